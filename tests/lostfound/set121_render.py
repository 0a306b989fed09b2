"""Object truth records and the two voices (owner / finder) for set121."""
from set121_world import REF, PLACES, COLORS, ITEMS, BR, SURNAMES, GIVEN, EN_NAMES
import datetime

TYPOS = [("手机", "手几"), ("钱包", "钱保"), ("身份证", "身分证"), ("钥匙", "钥是"), ("耳机", "耳鸡"), ("黑色", "黑涩"),
         ("麻烦", "麻烦烦"), ("谢谢", "xiexie"), ("左右", "左又"), ("捡到", "检到"), ("看台", "看抬"), ("丢了", "丢le")]


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def id_check(s17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, w)) % 11]


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_serial(rng, kind):
    if kind == "imei":
        b = "86" + digits(rng, 12)
        return b + luhn_digit(b)
    if kind == "idcard":
        area = rng.choice(["439102", "439105", "439121", "439183"])
        d = datetime.date(1950, 1, 1) + datetime.timedelta(days=rng.randint(0, 26000))
        s17 = area + d.strftime("%Y%m%d") + digits(rng, 3)
        return s17 + id_check(s17)
    if kind == "student":
        return "2026" + digits(rng, 6)
    if kind == "exam":
        return "26439" + digits(rng, 9)
    if kind == "cardtail":
        return rng.choice(["6222", "6217", "6228", "6214"]) + digits(rng, 4)
    if kind == "frame":
        return rng.choice(["YD", "AM", "NU", "GT", "MR", "FH"]) + digits(rng, 2) + rng.choice("ABCDEFGHJK") + digits(rng, 7)
    if kind == "sn":
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(11))
    return None


def person_name(rng):
    return rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.6 else "")


def make_obj(rng, item=None):
    if item is None:
        cat = rng.choice(sorted(set(i["cat"] for i in ITEMS)))
        item = rng.choice([i for i in ITEMS if i["cat"] == cat])
    it = item
    o = {"it": it, "cat": it["cat"], "noun": rng.choice(it["nouns"][:2] if len(it["nouns"]) > 1 else it["nouns"])}
    o["color"] = rng.choice(it["colors"])
    o["brand"] = rng.choice(it["brands"])
    m = rng.choice(it["models"])
    o["model"] = m.replace("{n}", str(rng.randint(2, 90))) if m else None
    o["serial"] = make_serial(rng, it["serial"])
    o["skind"] = it["serial"]
    o["vis"] = rng.sample(it["vis"], min(len(it["vis"]), rng.choice([1, 2, 2, 3])))
    h = rng.choice(it["hid"])
    o["hid"] = h.replace("{m}", str(rng.choice([200, 300, 500, 800, 1000, 1500, 2000, 600, 350]))).replace(
        "{g}", str(rng.randint(3, 30))).replace("{p}", digits(rng, 5))
    o["name"] = person_name(rng)
    return o


def when(minutes):
    dt = REF - datetime.timedelta(minutes=minutes)
    dd = (REF.date() - dt.date()).days
    day = {0: "今天", 1: "昨天", 2: "前天"}.get(dd, "%d月%d号" % (dt.month, dt.day))
    h = dt.hour
    part = "凌晨" if h < 6 else "早上" if h < 9 else "上午" if h < 12 else "中午" if h < 13 else "下午" if h < 18 else "傍晚" if h < 19 else "晚上"
    h12 = h if h <= 12 else h - 12
    return day, part, h12, dt


def when_cn(rng, minutes, loose=True):
    day, part, h12, dt = when(minutes)
    r = rng.random()
    if r < 0.35:
        return day + part
    if r < 0.7:
        return "%s%s%d点多" % (day, part, h12)
    return "%d月%d日%02d:%02d左右" % (dt.month, dt.day, dt.hour, (dt.minute // 10) * 10)


def when_en(minutes):
    day, part, h12, dt = when(minutes)
    dname = {"今天": "today", "昨天": "yesterday", "前天": "the day before yesterday"}.get(day, "on June %d" % dt.day)
    return "%s around %d%s" % (dname, h12 if h12 else 12, "am" if dt.hour < 12 else "pm")


def color_word(rng, c):
    return rng.choice(COLORS[c][0]) if c else ""


def brand_word(rng, b):
    return rng.choice(BR[b]) if b else ""


def serial_owner(rng, o):
    s, k = o["serial"], o["skind"]
    if not s:
        return None, ""
    r = rng.random()
    if k == "imei":
        if r < 0.35:
            return None, ""
        if r < 0.6:
            return s, "IMEI " + s
        if r < 0.8:
            sp = " ".join([s[:2], s[2:8], s[8:14], s[14]])
            return sp, "串号" + sp
        return s[-6:], "IMEI后六位" + s[-6:]
    if k == "idcard":
        if r < 0.7:
            return s, "身份证号" + s
        return s[-4:], "号码尾号" + s[-4:]
    if k == "cardtail":
        if r < 0.3:
            return None, "里面有张银行卡"
        t = s[-4:]
        return (rng.choice(["尾号" + t, t, "卡号后四位" + t]), "银行卡尾号" + t)
    if k == "frame":
        if r < 0.45:
            return None, ""
        if r < 0.7:
            return s.lower(), "车架号" + s.lower()
        return s, "车架号" + s
    if k == "sn":
        if r < 0.5:
            return None, ""
        return s, "序列号" + s
    if r < 0.2:
        return None, ""
    return s, ("学号" if k == "student" else "准考证号") + s


def serial_finder(rng, o, staff):
    s, k = o["serial"], o["skind"]
    if not s:
        return None, ""
    r = rng.random()
    if k == "imei":
        if staff and r < 0.3:
            return s, "卡托内IMEI：" + s
        return None, "手机锁屏，无法查看"
    if k == "idcard":
        if r < 0.5:
            m = s[:4] + "*" * 10 + s[-4:]
            return m, "证号" + m
        if r < 0.8:
            return s, "证号" + s
        return None, ""
    if k == "cardtail":
        if r < 0.6:
            m = s[:4] + "****" + s[-4:]
            return m, "内有银行卡一张，卡号" + m
        if r < 0.8:
            m = s[:4] + " **** **** " + s[-4:]
            return m, "银行卡" + m
        return None, "内有银行卡"
    if k == "frame":
        if r < 0.5:
            return s, "车架号" + s
        if r < 0.7:
            return s[:4] + "-" + s[4:], "车架号(看不太清)" + s[:4] + "-" + s[4:]
        return None, ""
    if k == "sn":
        if r < 0.45:
            return s, "SN:" + s
        return None, ""
    if r < 0.7:
        return s, ("学号" if k == "student" else "考号") + s
    return None, ""


def maybe_typo(rng, text, p=0.18):
    if rng.random() < p:
        a, b = rng.choice(TYPOS)
        if a in text:
            text = text.replace(a, b, 1)
    return text


def place_text(rng, p):
    return rng.choice([p[0]] + p[1])


def coords(rng, p):
    return round(p[2] + rng.uniform(-0.0007, 0.0007), 6), round(p[3] + rng.uniform(-0.0007, 0.0007), 6)
