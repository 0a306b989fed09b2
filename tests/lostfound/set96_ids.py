"""Invented identifiers for set96: IDs with GB 11643 check digits, Luhn IMEIs, plates, names."""

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢"
GIVEN = "子涵雨轩浩然欣怡梓萱思远一诺宇航佳琪俊杰晓婷明辉丽娟志强海燕建国秀英文博若曦嘉怡振宇静怡晨阳"
FOREIGN = ["Lukas Brenner", "Maya Okafor", "Tomás Ribeiro", "Hannah Lindqvist", "Kenji Arai",
           "Priya Raman", "Oliver Pratt", "Sofia Marchetti", "Daniel Kowal", "Amelie Fournier",
           "Ryan McAvoy", "Yuna Seo", "Pedro Alcalde", "Ines Haddad", "Jonas Vik"]
COMPANIES = ["澜鲸科技", "汇信证券", "星舟咨询", "青禾律师事务所", "迈途互动", "云栖数据", "北辰保险", "启明设计"]
REGIONS = ["420106", "420102", "420111", "430104", "510107", "370203", "330105", "610113", "350203", "440305"]


def cn_name(rng):
    return rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")


def gb11643(rng, birth_year=None):
    y = birth_year or rng.randint(1950, 2005)
    body = "%s%04d%02d%02d%03d" % (rng.choice(REGIONS), y, rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 999))
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body, w)) % 11
    return body + "10X98765432"[s]


def gb_ok(idn):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    if len(idn) != 18 or not idn[:17].isdigit():
        return False
    return "10X98765432"[sum(int(c) * k for c, k in zip(idn[:17], w)) % 11] == idn[17]


def luhn_digit(body):
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    return num.isdigit() and luhn_digit(num[:-1]) == num[-1]


def imei(rng):
    body = rng.choice(["86", "35", "86", "99"]) + "".join(str(rng.randint(0, 9)) for _ in range(12))
    return body + luhn_digit(body)


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def plate(rng):
    return "澜江%s%s" % (rng.choice("ABCDEK"), digits(rng, 5))


def frame_no(rng, pre):
    return pre + digits(rng, 2) + rng.choice("ABCDEFGHJK") + digits(rng, 7)


def waybill(rng):
    return "SD" + digits(rng, 12)


def badge_no(rng):
    return "%s-%s" % (rng.choice(["YH", "HJ", "XZ", "QH", "MT"]), digits(rng, 5))


def laptop_sn(rng):
    return rng.choice(["PF", "C02", "5CD", "SN"]) + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))


def tail4(s):
    d = [c for c in s if c.isalnum()]
    return "".join(d[-4:]).upper()


def fmt_imei(rng, s):
    st = rng.choice(["plain", "space", "dash", "tail", "tail", "label"])
    if st == "plain":
        return s
    if st == "space":
        return "%s %s %s %s" % (s[:2], s[2:8], s[8:14], s[14])
    if st == "dash":
        return "%s-%s-%s" % (s[:6], s[6:12], s[12:])
    if st == "label":
        return "IMEI:" + s
    return "IMEI尾号" + s[-4:]


def fmt_id(rng, s, finder=False):
    st = rng.choice(["full", "mask", "mask2", "tail"] if not finder else ["full", "mask", "mask"])
    if st == "full":
        return s
    if st == "mask":
        return s[:6] + "********" + s[-4:]
    if st == "mask2":
        return s[:4] + "*" * 10 + s[-4:]
    return "尾号" + s[-4:]


def fmt_card(rng, tail):
    return rng.choice(["尾号" + tail, "6222****" + tail, "**** " + tail, "卡号后四位" + tail, "6217 **** **** " + tail])


def fmt_generic(rng, s):
    st = rng.choice(["plain", "plain", "space", "lower", "tail"])
    if st == "space" and len(s) > 6:
        return s[:4] + " " + s[4:8] + " " + s[8:]
    if st == "lower":
        return s.lower()
    if st == "tail":
        return "后四位" + tail4(s)
    return s
