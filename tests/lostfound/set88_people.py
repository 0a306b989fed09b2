"""set88 people and numbers: invented names, GB 11643 ID numbers, Luhn IMEIs and card numbers,
student numbers, frame numbers, plates, SNs, and the ways each side writes them."""

# given names: (chinese, latin, [other transliterations])
UY_M = [("艾力", "Eli", []), ("买买提", "Memet", ["麦麦提"]), ("阿不都", "Abdu", ["阿布都"]),
        ("麦尔丹", "Merdan", ["买尔旦"]), ("艾克拜尔", "Ekber", ["艾克拜"]), ("吐尔逊", "Tursun", ["图尔逊"]),
        ("亚森", "Yasin", ["亚生"]), ("热合曼", "Rahman", ["热合满"]), ("依明", "Imin", ["伊明"]),
        ("库尔班", "Kurban", ["库尔帮"]), ("司马义", "Ismail", ["斯马依"]), ("努尔艾力", "Nurali", [])]
UY_F = [("阿依古丽", "Aygul", ["阿依姑丽"]), ("古丽娜尔", "Gulnar", ["姑丽娜尔"]), ("迪丽努尔", "Dilnur", ["迪里努尔"]),
        ("热依拉", "Reyila", ["热伊拉"]), ("帕提古丽", "Patigul", ["帕提姑丽"]), ("米娜", "Mina", []),
        ("祖丽皮亚", "Zulpiye", ["祖力皮亚"]), ("阿依努尔", "Aynur", []), ("古丽巴哈尔", "Gulbahar", ["古丽巴哈"])]
KZ_M = [("叶尔兰", "Erlan", ["叶尔朗"]), ("努尔兰", "Nurlan", []), ("别克", "Bek", []), ("阿斯哈尔", "Askhar", ["阿斯卡尔"]),
        ("木拉提", "Murat", ["穆拉提"]), ("哈依拉提", "Hayrat", []), ("达吾列提", "Dawlet", []), ("赛力克", "Serik", ["赛里克"])]
KZ_F = [("阿依达娜", "Aydana", []), ("加娜尔", "Janar", ["佳娜尔"]), ("达娜", "Dana", []), ("阿克玛依", "Akmay", []),
        ("古丽扎达", "Gulzada", []), ("沙尔达娜", "Shardana", [])]
HAN_SUR = [("张", "Zhang"), ("王", "Wang"), ("李", "Li"), ("陈", "Chen"), ("刘", "Liu"), ("赵", "Zhao"), ("周", "Zhou"),
           ("吴", "Wu"), ("徐", "Xu"), ("孙", "Sun"), ("胡", "Hu"), ("朱", "Zhu"), ("高", "Gao"), ("林", "Lin"),
           ("何", "He"), ("郭", "Guo"), ("沈", "Shen"), ("宋", "Song")]
HUI_SUR = [("马", "Ma"), ("丁", "Ding"), ("白", "Bai"), ("穆", "Mu"), ("杨", "Yang")]
HAN_GIVEN = [("明", "Ming"), ("敏", "Min"), ("晓梅", "Xiaomei"), ("海燕", "Haiyan"), ("志强", "Zhiqiang"), ("建华", "Jianhua"),
             ("雨桐", "Yutong"), ("子涵", "Zihan"), ("浩然", "Haoran"), ("思远", "Siyuan"), ("丽娟", "Lijuan"), ("文杰", "Wenjie"),
             ("佳怡", "Jiayi"), ("国庆", "Guoqing"), ("秀英", "Xiuying"), ("俊杰", "Junjie"), ("欣然", "Xinran"), ("立新", "Lixin"),
             ("春燕", "Chunyan"), ("宇航", "Yuhang"), ("梦瑶", "Mengyao"), ("伟", "Wei")]
FEMALE_HAN = {"晓梅", "海燕", "雨桐", "子涵", "丽娟", "佳怡", "秀英", "欣然", "春燕", "梦瑶", "敏"}
LOCAL_REGIONS = ["659201", "659202", "659203"]
HOMES = [("上海", "310104"), ("杭州", "330106"), ("南京", "320102"), ("苏州", "320505"), ("广州", "440106"),
         ("深圳", "440305"), ("成都", "510107"), ("武汉", "420106"), ("郑州", "410105"), ("北京", "110108"),
         ("长沙", "430104"), ("合肥", "340104"), ("西安", "610113"), ("济南", "370102"), ("宁波", "330203")]


def make_name(rng, group=None):
    group = group or rng.choice(["uy", "uy", "uy", "kz", "hui", "han", "han"])
    if group in ("uy", "kz"):
        female = rng.random() < 0.5
        pool = (UY_F if female else UY_M) if group == "uy" else (KZ_F if female else KZ_M)
        fathers = UY_M if group == "uy" else KZ_M
        g = rng.choice(pool)
        f = rng.choice([x for x in fathers if x[0] != g[0]])
        return {"key": g[0] + "|" + f[0], "group": group, "female": female, "g": g, "f": f}
    sur = rng.choice(HUI_SUR if group == "hui" else HAN_SUR)
    g = rng.choice(HAN_GIVEN)
    return {"key": sur[0] + "|" + g[0], "group": group, "female": g[0] in FEMALE_HAN, "g": g, "f": sur}


def other_name(rng, name):
    """A different person whose name shares a part with name (same given or same surname)."""
    while True:
        n = make_name(rng, name["group"])
        if name["group"] in ("uy", "kz"):
            n["g"], n["female"] = name["g"], name["female"]
            n["key"] = n["g"][0] + "|" + n["f"][0]
        else:
            n["f"] = name["f"]
            n["key"] = n["f"][0] + "|" + n["g"][0]
        if n["key"] != name["key"] and n["g"][0] != n["f"][0]:
            return n


def name_zh(name, rng=None, vary=False):
    g, f = name["g"], name["f"]
    if name["group"] in ("uy", "kz"):
        gz, fz = g[0], f[0]
        if vary and rng is not None and rng.random() < 0.5:
            if g[2] and rng.random() < 0.5:
                gz = rng.choice(g[2])
            elif f[2]:
                fz = rng.choice(f[2])
        sep = "·" if (rng is None or rng.random() < 0.75) else ""
        return gz + sep + fz
    return f[0] + g[0]


def name_latin(name, upper=False):
    if name["group"] in ("uy", "kz"):
        s = name["g"][1] + " " + name["f"][1]
    else:
        s = name["f"][1] + " " + name["g"][1]
    return s.upper() if upper else s


# ---- numbers -------------------------------------------------------------------------
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, W)) % 11]


def make_id(rng, region, female, years=(1950, 2006)):
    y = rng.randint(*years)
    body = "%s%04d%02d%02d%02d" % (region, y, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 99))
    body += str(rng.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    return body + id_check(body)


def luhn_digit(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def make_imei(rng):
    s = "86" + "".join(str(rng.randint(0, 9)) for _ in range(12))
    return s + luhn_digit(s)


BANKS = [("622202", ["工商银行", "工行"]), ("621700", ["建设银行", "建行"]), ("622848", ["农业银行", "农行"]),
         ("622588", ["招商银行", "招行"]), ("621799", ["农村信用社", "农信社"]), ("621098", ["邮储银行", "邮政储蓄"])]


def make_card(rng):
    prefix, bank = rng.choice(BANKS)
    n = rng.choice([16, 19])
    s = prefix + "".join(str(rng.randint(0, 9)) for _ in range(n - 7))
    return {"t": "card", "v": s + luhn_digit(s), "bank": bank}


def make_student(rng):
    return "20%02d%02d%02d%03d" % (rng.randint(21, 25), rng.randint(1, 16), rng.randint(1, 9), rng.randint(1, 240))


ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ23456789"


def make_code(rng, prefix, n):
    return prefix + "".join(rng.choice(ALNUM) for _ in range(n))


def make_frame(rng):
    return make_code(rng, rng.choice(["GJA", "MDX", "FVR", "XDS", "PHX"]), 2) + "".join(str(rng.randint(0, 9)) for _ in range(7))


def make_plate(rng):
    return "阿依" + rng.choice("ABCD") + "".join(str(rng.randint(0, 9)) for _ in range(5))


def make_passport(rng):
    return "E" + "".join(str(rng.randint(0, 9)) for _ in range(8))


def near_miss(rng, ident):
    """Same kind of number, differing where a tail or a mask would show it."""
    t, v = ident["t"], ident["v"]
    out = dict(ident)
    if t == "id":
        body = v[:14] + "%02d" % ((int(v[14:16]) + rng.randint(1, 98)) % 100) + v[16]
        out["v"] = body + id_check(body)
        if out["v"] == v:
            return near_miss(rng, ident)
    elif t == "card":
        tail = v[-4:]
        new = tail[:2] + tail[3] + tail[2] if tail[2] != tail[3] else tail[:3] + str((int(tail[3]) + 3) % 10)
        out["v"] = v[:-4] + new
    elif t == "imei":
        s = v[:10] + "".join(str(rng.randint(0, 9)) for _ in range(4))
        out["v"] = s + luhn_digit(s)
    else:
        chars = list(v)
        for i in rng.sample(range(max(len(v) - 4, 1), len(v)), 2):
            pool = "0123456789" if chars[i].isdigit() else ALNUM
            chars[i] = rng.choice([c for c in pool if c != chars[i]])
        out["v"] = "".join(chars)
    return out if out["v"] != v else near_miss(rng, ident)


# ---- writing a number: returns (text, shown) where shown = offsets from the end that are readable

def _tail(v, k):
    return frozenset(range(k))


def _all(v):
    return frozenset(range(len(v)))


def write_ident(rng, ident, who):
    t, v = ident["t"], ident["v"]
    if t == "id":
        forms = [(v, _all(v)), (v[:6] + "********" + v[14:], _all(v) - frozenset(range(4, 12))),
                 (v[:10] + "****" + v[14:], _all(v) - frozenset(range(4, 8))),
                 ("后四位" + v[-4:], _tail(v, 4)), (v[:6] + " " + v[6:14] + " " + v[14:], _all(v))]
        w = [3, 4, 2, 1, 1] if who == "owner" else [2, 4, 3, 1, 0]
    elif t == "imei":
        sp = v[:2] + " " + v[2:8] + " " + v[8:14] + " " + v[14]
        forms = [(v, _all(v)), (sp, _all(v)), (v[:8] + "-" + v[8:], _all(v)), ("尾号" + v[-4:], _tail(v, 4))]
        w = [3, 2, 1, 1]
    elif t == "card":
        forms = [("尾号" + v[-4:], _tail(v, 4)), (v[:4] + "****" + v[-4:], _tail(v, 4) | frozenset(range(len(v) - 4, len(v)))),
                 ("****" + v[-4:], _tail(v, 4)), ("后四位" + v[-4:], _tail(v, 4))]
        w = [4, 2, 2, 2]
    elif t == "student":
        forms = [(v, _all(v)), (v[:4] + "-" + v[4:8] + "-" + v[8:], _all(v)), ("学号" + v, _all(v))]
        w = [3, 1, 2]
    elif t == "carplate":
        forms = [(v, _all(v)), (v[:2] + "·" + v[2:], _all(v)), (v[1:], _tail(v, len(v) - 1))]
        w = [3, 2, 1]
    elif t == "plate":
        forms = [(v, _all(v)), (v[:3] + "·" + v[3:], _all(v)), (v[2:], _tail(v, len(v) - 2))]
        w = [2, 3, 1]
    else:   # frame, sn, passport
        sp = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        forms = [(v, _all(v)), (v.lower(), _all(v)), (sp, _all(v)), ("尾号" + v[-4:], _tail(v, 4))]
        w = [4, 1, 2, 2 if who == "owner" else 1]
    return rng.choices(forms, weights=w)[0]


def ident_label(ident):
    return {"id": "身份证号", "imei": "IMEI", "card": "银行卡", "student": "学号", "plate": "车牌",
            "frame": "车架号", "sn": "序列号SN", "passport": "护照号", "carplate": "车牌号"}[ident["t"]]
