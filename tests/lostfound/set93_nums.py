"""Set 93 numbers: ID numbers (GB 11643 check digit), IMEIs (Luhn), tails,
frame numbers and the many ways people write them. All numbers are invented."""

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
LOCAL_AREAS = ["428103", "428106", "428111", "428122"]
AWAY_AREAS = ["139027", "317605", "512344", "236218", "645109"]


def id_check(body17):
    s = sum(int(c) * w for c, w in zip(body17, W))
    return "10X98765432"[s % 11]


def id_valid(s):
    return len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17].upper()


def make_id(rng, gender, year_lo=1945, year_hi=2006, local=True):
    area = rng.choice(LOCAL_AREAS if local else AWAY_AREAS)
    y = rng.randint(year_lo, year_hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    seq = rng.randrange(0, 100) * 10 + rng.randrange(0, 10)
    seq = seq - seq % 2 + (1 if gender == "M" else 0)
    seq = seq if seq < 1000 else seq - 2
    b = "%s%04d%02d%02d%03d" % (area, y, m, d, seq)
    return b + id_check(b)


def luhn_digit(body):
    tot = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            v = v - 9 if v > 9 else v
        tot += v
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    return s.isdigit() and luhn_digit(s[:-1]) == s[-1]


TACS = ["86412305", "86735104", "35690122", "86027739", "86955018"]


def make_imei(rng):
    body = rng.choice(TACS) + "%06d" % rng.randrange(10 ** 6)
    return body + luhn_digit(body)


def imei2(imei):
    body = imei[:8] + "%06d" % ((int(imei[8:14]) + 1) % 10 ** 6)
    return body + luhn_digit(body)


def imei_forms(imei, owner=True):
    """Ways to write one IMEI; all keep the full number or the tail."""
    a, b, c, d = imei[:2], imei[2:8], imei[8:14], imei[14]
    forms = [imei, "%s %s %s %s" % (a, b, c, d), "%s-%s-%s-%s" % (imei[:4], imei[4:8], imei[8:12], imei[12:]),
             "%s %s %s" % (imei[:5], imei[5:10], imei[10:])]
    if owner:
        forms.append("后六位" + imei[-6:])
    return forms


def id_forms(idn, finder):
    f = [idn[:6] + "*" * 8 + idn[-4:], idn[:6] + "********" + idn[-4:], idn[:10] + "****" + idn[-4:],
         "%s %s %s" % (idn[:6], idn[6:14], idn[14:])]
    if finder:
        return f + ["尾号" + idn[-4:]]
    return [idn, idn, "%s %s %s" % (idn[:6], idn[6:14], idn[14:]), "后四位" + idn[-4:]]


BANKS = [("icbc", "工商银行|工行|ICBC|中国工商银行", "6222"), ("ccb", "建设银行|建行|CCB|中国建设银行", "6217"),
         ("abc", "农业银行|农行|ABC|中国农业银行", "6228"), ("lhrcb", "澜湖农商银行|农商行|澜湖农商|LHRCB", "6231"),
         ("boc", "中国银行|中行|BOC", "6216"), ("cmb", "招商银行|招行|CMB", "6214")]


def card_tail(rng):
    return "%04d" % rng.randrange(10000)


def card_forms(prefix, tail, finder):
    if finder:
        return [prefix + " **** **** " + tail, prefix + "********" + tail, "尾号" + tail, "****" + tail]
    return ["尾号" + tail, "卡号后四位" + tail, tail, "末四位" + tail]


def make_frame(rng, pre):
    return pre + "%02d%02d" % (rng.randint(19, 25), rng.randint(1, 12)) + "%07d" % rng.randrange(10 ** 7)


def frame_forms(fr, finder):
    f = [fr, fr.lower() if not finder else fr, fr[:4] + " " + fr[4:8] + " " + fr[8:], fr[:4] + "-" + fr[4:]]
    return f + ["后六位" + fr[-6:]] if not finder else f


def make_plate(rng):
    return "澜湖%s%05d" % (rng.choice("ABCDE"), rng.randrange(10 ** 5))


def plate_forms(p):
    return [p, p[2:], p[:2] + " " + p[2:], p[:3] + "·" + p[3:], p[2] + "-" + p[3:]]


def make_sn(rng, pre, n=8):
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return pre + "".join(rng.choice(al) for _ in range(n))


def sn_forms(sn, finder):
    f = [sn, " ".join(sn[i:i + 4] for i in range(0, len(sn), 4)), sn.lower()]
    return f + ["SN后5位" + sn[-5:]] if not finder else f


def make_stuno(rng, year):
    return "%d%02d%02d%03d" % (year, rng.randint(1, 24), rng.randint(1, 12), rng.randrange(1, 400))


def stu_forms(s):
    return [s, s[:4] + "-" + s[4:], s[:4] + " " + s[4:8] + " " + s[8:]]


TYPO_ZH = [("身份证", "身分证"), ("充电宝", "冲电宝"), ("捡到", "检到"), ("钥匙", "钥是"),
           ("已经", "以经"), ("蓝牙", "兰牙"), ("钱包", "钱抱"), ("手镯", "手濁"), ("耳机", "耳几"),
           ("的时候", "得时候"), ("雨伞", "雨散"), ("在", "再"), ("黑色", "黒色"), ("电动车", "电东车"),
           ("手机", "手机机"), ("背包", "被包"), ("帮忙", "帮帮"), ("一个", "一各")]
TYPO_EN = [("wallet", "walet"), ("passport", "pasport"), ("black", "blak"), ("phone", "phnoe"),
           ("around", "arround"), ("umbrella", "umbrela"), ("the ", "teh "), ("lost", "lsot"),
           ("please", "plese"), ("camera", "camra"), ("ferry", "ferri")]


def typo(rng, text, en=False):
    pairs = [p for p in (TYPO_EN if en else TYPO_ZH) if p[0] in text]
    if not pairs:
        return text
    a, b = rng.choice(pairs)
    i = text.find(a)
    return text[:i] + b + text[i + len(a):]
