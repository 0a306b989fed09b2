"""Set 89: invented people and numbers (GB 11643 ID numbers, Luhn IMEIs, tails, plates)."""
import datetime

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
                "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严覃")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建志浩宇轩婷雪琳晨欣怡涵梓睿诗雨嘉"
             "佳思博文昊天俊凡航帆逸瑶蕾晓岚宁凯彬斌翔鑫莉倩楠琦颖菲璐骏峰晖冬梅松柏庆福德贵")
OLD_M = ["建国", "卫东", "国庆", "德明", "长福", "永胜", "志刚", "春生", "宝山", "学军", "文华"]
OLD_F = ["秀英", "桂兰", "凤英", "玉珍", "淑芬", "金花", "红梅", "素珍", "兰英"]
OLD_GIVEN = OLD_M + OLD_F
EN_FIRST = ["Tom", "Anna", "Lukas", "Sofia", "Mark", "Emma", "Daniel", "Nina", "Oliver", "Clara",
            "Jonas", "Maya", "Peter", "Elena", "Sam", "Julia", "Ivan", "Hannah", "Leo", "Grace"]
EN_LAST = ["Becker", "Moreau", "Haldane", "Novak", "Lindqvist", "Okafor", "Brennan", "Castell",
           "Vermeer", "Sato", "Kowal", "Ferreira", "Whitlow", "Dubois", "Hartmann", "Rossi"]

REGIONS = ["429031", "429107", "421182", "420916", "429250", "421307", "420785", "429422"]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def person(rng, old=False):
    s = rng.choice(SURNAMES)
    if old:
        return s + rng.choice(OLD_GIVEN)
    g = rng.choice(GIVEN)
    if rng.random() < 0.7:
        g += rng.choice(GIVEN)
    return s + g


def en_person(rng):
    return rng.choice(EN_FIRST) + " " + rng.choice(EN_LAST)


def id_check(body17):
    return ID_C[sum(int(c) * w for c, w in zip(body17, ID_W)) % 11]


def id_number(rng, year0=1950, year1=2006, male=None):
    region = rng.choice(REGIONS)
    d = datetime.date(rng.randint(year0, year1), 1, 1) + datetime.timedelta(days=rng.randint(0, 364))
    seq = rng.randint(1, 99)
    sex = rng.randint(0, 9)
    if male is not None:
        sex = sex | 1 if male else sex & ~1
    body = "%s%s%02d%d" % (region, d.strftime("%Y%m%d"), seq, sex)
    return body + id_check(body)


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


def imei(rng):
    body = "86" + "".join(str(rng.randint(0, 9)) for _ in range(12))
    return body + luhn_digit(body)


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def alnum(rng, n, letters="ABCDEFGHJKLMNPRSTUVWXYZ"):
    pool = letters + "0123456789"
    return "".join(rng.choice(pool) for _ in range(n))


def bank_tail(rng):
    return digits(rng, 4)


def student_no(rng):
    return "20%d%02d%04d" % (rng.randint(21, 24), rng.randint(1, 18), rng.randint(1, 4999))


def plate(rng):
    return "漾川%s%s" % (rng.choice("ABCDE"), digits(rng, 5))


def frame_no(rng, prefix):
    return prefix + alnum(rng, 2) + digits(rng, 7)


def sn(rng):
    return alnum(rng, 4) + digits(rng, 4) + alnum(rng, 4)


def bib(rng, half=False):
    return ("H" if half else "A") + str(rng.randint(10001, 29999) if half else rng.randint(1001, 9999))


def mobile_masked(rng):
    return "1%s%d****%s" % (rng.choice(["38", "39", "58", "86", "87", "35", "52", "77"]), rng.randint(0, 9), digits(rng, 4))


BANK_BIN = ["6222", "6217", "6228", "6230", "6214"]
BANKS = ["工商银行", "农业银行", "建设银行", "漾川农商行", "邮储银行", "招商银行"]


# --- ways people write identifiers ------------------------------------------------
def fmt_imei(rng, v, finder=False):
    r = rng.random()
    if r < 0.3:
        return v
    if r < 0.5:
        return "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14])
    if r < 0.62:
        return "%s-%s-%s-%s" % (v[:2], v[2:8], v[8:14], v[14])
    if r < 0.8:
        return ("IMEI后四位" if not finder else "IMEI尾号") + v[-4:]
    if r < 0.9:
        return v[:4] + "*" * 7 + v[-4:]
    return "IMEI:" + v[:8] + " " + v[8:]


def fmt_id(rng, v):
    r = rng.random()
    if r < 0.3:
        return v
    if r < 0.55:
        return v[:6] + "*" * 8 + v[-4:]
    if r < 0.7:
        return v[:4] + "**********" + v[-4:]
    if r < 0.85:
        return "尾号" + v[-4:]
    return "%s %s %s" % (v[:6], v[6:14], v[14:])


def fmt_card(rng, tail):
    r = rng.random()
    if r < 0.35:
        return "尾号" + tail
    if r < 0.6:
        return rng.choice(BANK_BIN) + "****" + tail
    if r < 0.8:
        return tail
    return rng.choice(BANK_BIN) + " **** **** " + tail


def fmt_plain(rng, v):
    r = rng.random()
    if r < 0.5 or len(v) < 8:
        return v
    if r < 0.7:
        return v[:4] + " " + v[4:]
    if r < 0.85:
        return v[:4] + "-" + v[4:]
    return "尾号" + v[-4:]


def fmt_serial(rng, typ, v, finder=False):
    if typ == "imei":
        return fmt_imei(rng, v, finder)
    if typ == "idno":
        return fmt_id(rng, v)
    if typ == "bank":
        return fmt_card(rng, v)
    if typ == "plate":
        return v if rng.random() < 0.6 else (v[:3] + " " + v[3:] if rng.random() < 0.5 else v[2:])
    return fmt_plain(rng, v)
