"""set92 numbers and names: invented people, GB 11643 ID numbers, Luhn IMEIs, card tails,
locker/room/pass/tag numbers, the ways people write them, and hurried-typing typos."""

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "子涵欣怡梓轩浩然雨桐思远佳琪俊杰晓雪一鸣若曦嘉豪文博婉清宇航诗琪天佑紫萱明轩雅静泽宇可馨昊天梦瑶志强秀兰桂芳玉珍德福长海凤琴建国淑华春生冬梅雪松冰洁"
KR_SUR = ["KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "YOON", "HAN", "SEO", "SHIN"]
KR_GIVEN = ["MINJI", "SEOYUN", "JIHO", "HAEUN", "DOYUN", "YERIN", "JUNWOO", "SUAH", "TAEHO", "EUNBI", "HYUNSOO", "DAIN"]
RU_SUR = ["SOKOLOVA", "MOROZOV", "VOLKOVA", "LEBEDEV", "ORLOVA", "ZAITSEV", "BELOVA", "GROMOV", "KUZINA", "SEDOV"]
RU_GIVEN = ["ANNA", "OLGA", "DMITRY", "IRINA", "PAVEL", "ELENA", "MAKSIM", "VERA", "ARTEM", "KSENIA"]

REGIONS_NORTH = ["230109", "230103", "230182", "220104", "210202", "150102"]
REGIONS_SOUTH = ["440305", "440106", "310115", "330106", "320583", "350203", "430104", "510107", "420111", "460105"]
BANK_BINS = ["6222", "6217", "6228", "6212", "6230", "6259", "6226", "6214"]
TAC_PREFIX = ["86451", "86732", "86190", "35684", "86027", "86913"]


class Registry:
    """Keeps names and identifier tails unique across the whole set."""

    def __init__(self):
        self.names = set()
        self.keys = set()

    def fresh(self, rng, make, keyf=lambda v: v):
        for _ in range(500):
            v = make(rng)
            k = keyf(v)
            if k not in self.keys:
                self.keys.add(k)
                return v
        raise RuntimeError("registry exhausted")

    def name(self, rng, kind="cn"):
        for _ in range(500):
            if kind == "kr":
                n = "%s %s" % (rng.choice(KR_SUR), rng.choice(KR_GIVEN))
            elif kind == "ru":
                n = "%s %s" % (rng.choice(RU_SUR), rng.choice(RU_GIVEN))
            else:
                g = rng.randrange(len(GIVEN) // 2) * 2
                given = GIVEN[g:g + 2] if rng.random() < 0.75 else GIVEN[g]
                n = rng.choice(SURNAMES) + given
            if n not in self.names:
                self.names.add(n)
                return n
        raise RuntimeError("names exhausted")


def tail4(v):
    """The last four letters or digits, as every written form of a number keeps them."""
    d = "".join(c for c in v.upper() if c.isalnum() and c.isascii())
    return d[-4:]


def id_check(s17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * x for c, x in zip(s17, w)) % 11]


def id_number(rng, south=True, year=None):
    region = rng.choice(REGIONS_SOUTH if south else REGIONS_NORTH)
    year = year or rng.randint(1985, 2006)
    s17 = "%s%04d%02d%02d%03d" % (region, year, rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 999))
    return s17 + id_check(s17)


def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def imei(rng):
    body = rng.choice(TAC_PREFIX) + "".join(str(rng.randrange(10)) for _ in range(9))
    return body + luhn_digit(body)


def card(rng):
    return rng.choice(BANK_BINS) + "".join(str(rng.randrange(10)) for _ in range(12))


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def letters(rng, n, alpha="ABCDEFGHJKLMNPQRSTUVWXYZ"):
    return "".join(rng.choice(alpha) for _ in range(n))


def make_serial(rng, stype):
    """A fresh canonical value for one kind of identifier."""
    if stype == "imei":
        return imei(rng)
    if stype == "card":
        return card(rng)
    if stype == "sn":
        return letters(rng, 2) + digits(rng, 2) + letters(rng, 1) + digits(rng, 7)
    if stype == "locker":
        return "%s-%d%s" % (rng.choice("ABCD"), rng.randint(1, 3), digits(rng, 2))
    if stype == "room":
        return "%d%02d" % (rng.randint(2, 16), rng.randint(1, 40))
    if stype == "pass":
        return "XL2601" + digits(rng, 6)
    if stype == "tag":
        return "R-%s" % digits(rng, 4)
    if stype == "frame":
        return "LXD" + digits(rng, 2) + letters(rng, 1) + digits(rng, 7)
    if stype == "plate":
        return "冰湖" + digits(rng, 6)
    if stype == "passport_kr":
        return "M" + digits(rng, 8)
    if stype == "passport_ru":
        return "75 " + digits(rng, 7)
    if stype == "accred":
        return "UWG26-" + digits(rng, 6)
    if stype == "student":
        return "20" + digits(rng, 2) + digits(rng, 6)
    if stype == "engrave":
        return "%s&%s %d.%d.%d" % (letters(rng, 1), letters(rng, 1), rng.randint(2012, 2025),
                                  rng.randint(1, 12), rng.randint(1, 28))
    raise ValueError(stype)


def serial_key(stype, v):
    """What must be unique between two different objects: what every written form shows."""
    if stype == "locker":
        return (stype, v.split("-")[1])
    if stype in ("room", "engrave"):
        return (stype, v)
    return ("d", tail4(v))


def _spaced(v, sizes):
    out, i = [], 0
    for s in sizes:
        if i >= len(v):
            break
        out.append(v[i:i + s])
        i += s
    if i < len(v):
        out.append(v[i:])
    return out


def write_serial(rng, stype, v, side="owner"):
    """One way a person writes an identifier; every form keeps its distinguishing tail."""
    t4 = tail4(v)
    r = rng.random()
    if stype == "imei":
        forms = [v, v, " ".join(_spaced(v, [2, 4, 4, 4, 1])), "-".join(_spaced(v, [2, 6, 6, 1])),
                 "后四位" + t4, v[:6] + "*****" + t4]
        return forms[rng.randrange(len(forms))]
    if stype == "card":
        forms = ["尾号" + t4, v[:4] + "****" + t4, "**** " + t4, "卡号后四位" + t4, v[:6] + "******" + t4]
        return forms[rng.randrange(len(forms))]
    if stype == "id":
        forms = [v, v[:6] + "********" + v[-4:], v[:4] + "**********" + v[-4:], "尾号" + v[-4:],
                 " ".join(_spaced(v, [6, 8, 4])), v[:3] + "***********" + v[-4:]]
        if side == "finder":
            forms = forms[1:4] + [v[:6] + "****" + v[10:14] + v[-4:]]
        return forms[rng.randrange(len(forms))]
    if stype == "locker":
        area, num = v.split("-")
        forms = [v, area + num, "%s区%s号" % (area, num), "%s号柜（%s区）" % (num, area), "%s-%s号" % (area.lower(), num)]
        return forms[rng.randrange(len(forms))]
    if stype == "room":
        return rng.choice([v, v + "房", "房号" + v, v + "号房间"])
    if stype in ("sn", "frame", "pass", "accred", "student", "passport_kr"):
        if r < 0.45:
            return v
        if r < 0.65:
            if stype in ("sn", "frame"):
                return v.lower()
            return v.replace("-", " ") if "-" in v else " ".join(_spaced(v, [4, 4, 4, 4]))
        if r < 0.85:
            return v.replace("-", "") if "-" in v else "-".join(_spaced(v, [5, 5, 5]))
        return "***" + v[-6:] if side == "finder" or r < 0.93 else "尾号" + t4
    if stype == "passport_ru":
        return rng.choice([v, v.replace(" ", ""), v.replace(" ", "-")])
    if stype == "tag":
        return rng.choice([v, v.replace("-", ""), v.replace("-", " "), "No." + v[2:], v[2:] + "号"])
    if stype == "plate":
        return rng.choice([v, v[:2] + " " + v[2:], v[:2] + "·" + v[2:], v[2:]])
    if stype == "engrave":
        return rng.choice([v, v.replace(" ", ""), v.lower(), v.replace(".", "/")])
    raise ValueError(stype)


TYPOS = [("钱包", "前包"), ("手机", "手几"), ("黑色", "嘿色"), ("身份证", "身分证"), ("钥匙", "钥是"),
         ("充电宝", "冲电宝"), ("耳机", "耳鸡"), ("丢了", "丢le"), ("捡到", "减到"), ("缆车", "揽车"),
         ("滑雪", "划雪"), ("蓝色", "兰色"), ("眼镜", "眼睛"), ("背包", "被包"), ("红色", "洪色"),
         ("手套", "首套"), ("头盔", "头亏"), ("项链", "项练"), ("戒指", "戒子"), ("候车", "侯车")]


def typo(rng, text, n=1):
    hits = [(a, b) for a, b in TYPOS if a in text]
    rng.shuffle(hits)
    for a, b in hits[:n]:
        text = text.replace(a, b, 1)
    return text
