"""Words for set111: how owners and finders name colours, brands, models, serials, places, times.

Each helper takes the single random.Random of make_set111.py.
"""
import datetime
from set111_world import COLORS, CONFUSE, BRANDS, PLACES, FAR_PLACES, REF

ALLP = dict(PLACES)
ALLP.update(FAR_PLACES)

CN_DIG = "零一二三四五六七八九"
BANK_BIN = {"建设银行": ["6217", "6227", "4367"], "工商银行": ["6222", "6212", "6215"], "农业银行": ["6228", "6230"],
            "招商银行": ["6225", "6214"], "中国银行": ["6216", "6013"], "云南农信": ["6224", "6231"], "邮储银行": ["6221", "6217"]}


def color_word(R, c, lang="zh", confuse=0.0):
    if c is None:
        return ""
    if confuse and R.random() < confuse and c in CONFUSE:
        c = R.choice(CONFUSE[c])
    return R.choice(COLORS[c][1] if lang == "en" else COLORS[c][0])


def brand_word(R, b, lang="zh", slip=0.15):
    if not b:
        return ""
    zh, en = BRANDS[b]
    if lang == "en":
        return R.choice(en)
    if R.random() < slip:
        return R.choice(zh)
    return zh[0] if R.random() < 0.6 else R.choice(zh[:3])


def model_word(R, m, wrong=0.0):
    if not m:
        return ""
    if wrong and R.random() < wrong:
        # misremembered: a neighbouring model number or a dropped suffix
        for a, b in [("60", "50"), ("15", "14"), ("14", "13"), ("Pro", ""), ("Max", ""), ("mini", ""), ("4", "3"), ("X7", "X6"), ("12", "11")]:
            if a in m:
                return m.replace(a, b, 1).strip()
    x = R.random()
    if x < 0.55:
        return m
    if x < 0.7:
        return m.lower()
    if x < 0.85:
        return m.replace(" ", "")
    parts = m.split(" ")
    return parts[-1] if (len(parts) > 1 and len(parts[-1]) >= 3) else m


def noun(R, o, lang="zh"):
    return R.choice(o["ne"] if lang == "en" else o["nz"])


def place_word(R, pk, lang="zh"):
    p = ALLP[pk]
    return p[1] if lang == "en" else R.choice(p[0])


VAGUE = {"town": (["古城里", "古城里面", "古城附近", "古城那一片"], "somewhere in the old town"),
         "lake": (["环湖路上", "湖边", "环湖那一圈", "湖边骑行道上"], "somewhere on the lake road"),
         "hills": (["山脚那边", "苍岫山下", "景区里"], "up near the hills"),
         "airport": (["机场", "机场那边"], "at the airport"),
         "far": (["外面", "路上"], "on the road")}


def vague_word(R, pk, lang="zh"):
    g = ALLP[pk][5]
    v = VAGUE[g]
    return v[1] if lang == "en" else R.choice(v[0])


def jitter(R, pk, s):
    p = ALLP[pk]
    return round(p[2] + R.uniform(-s, s), 6), round(p[3] + R.uniform(-s, s), 6)


def dist_km(a, b):
    pa, pb = ALLP[a], ALLP[b]
    dy = (pa[2] - pb[2]) * 111.0
    dx = (pa[3] - pb[3]) * 100.5
    return (dx * dx + dy * dy) ** 0.5


# ----------------------------------------------------------------- time words
def at(mins):
    return REF - datetime.timedelta(minutes=mins)


def tod(h):
    if h < 5:
        return "凌晨"
    if h < 8:
        return "早上"
    if h < 11:
        return "上午"
    if h < 13:
        return "中午"
    if h < 17:
        return "下午"
    if h < 19:
        return "傍晚"
    return "晚上"


def tod_en(h):
    if h < 5:
        return "in the small hours"
    if h < 12:
        return "in the morning"
    if h < 14:
        return "around lunchtime"
    if h < 18:
        return "in the afternoon"
    return "in the evening"


def day_zh(R, d):
    dd = (REF.date() - d.date()).days
    if dd == 0 and R.random() < 0.8:
        return "今天"
    if dd == 1 and R.random() < 0.7:
        return "昨天"
    if dd == 2 and R.random() < 0.6:
        return "前天"
    if d.month == 2 and d.day == 14 and R.random() < 0.5:
        return "情人节那天"
    return R.choice(["%d月%d日" % (d.month, d.day), "%d号" % d.day, "%d月%d号" % (d.month, d.day)])


def day_en(R, d):
    dd = (REF.date() - d.date()).days
    if dd == 0:
        return "today"
    if dd == 1:
        return "yesterday"
    return R.choice(["on %d Feb" % d.day if d.month == 2 else "on %d Jan" % d.day, "on the %dth" % d.day if d.day not in (1, 2, 3, 21, 22, 23, 31) else "on %d/%d" % (d.day, d.month)])


def hour_zh(h, m):
    hh = h if h <= 12 else h - 12
    if m < 15:
        return "%d点" % hh
    if m < 45:
        return "%d点半" % hh
    return "%d点多" % hh


def window_zh(R, f, t):
    a, b = at(f), at(t)
    span = f - t
    if span <= 120:
        hz = hour_zh(a.hour, a.minute)
        return "%s%s%s%s" % (day_zh(R, a), tod(a.hour), hz, "" if hz.endswith("多") else "左右")
    if a.date() == b.date():
        if R.random() < 0.5:
            return "%s%s到%s之间" % (day_zh(R, a), hour_zh(a.hour, a.minute), hour_zh(b.hour, b.minute))
        return "%s%s" % (day_zh(R, a), tod(a.hour) if tod(a.hour) == tod(b.hour) else tod(a.hour) + "到" + tod(b.hour))
    return "%s%s到%s%s之间" % (day_zh(R, a), tod(a.hour), day_zh(R, b), tod(b.hour))


def window_en(R, f, t):
    a, b = at(f), at(t)
    if f - t <= 120:
        return "%s around %d:%02d" % (day_en(R, a), a.hour, (a.minute // 15) * 15)
    if a.date() == b.date():
        return "%s between %d and %d o'clock" % (day_en(R, a), a.hour, b.hour)
    return "sometime between %s %s and %s %s" % (day_en(R, a), tod_en(a.hour), day_en(R, b), tod_en(b.hour))


def found_time_zh(R, m, exact):
    a = at(m)
    if exact:
        return "%d月%d日%02d:%02d" % (a.month, a.day, a.hour, a.minute)
    return "%s%s" % (day_zh(R, a), tod(a.hour) + (hour_zh(a.hour, a.minute) if R.random() < 0.4 else ""))


# ----------------------------------------------------------------- serials
def spaced(s, groups):
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    if i < len(s):
        out.append(s[i:])
    return " ".join(x for x in out if x)


def serial_text(R, ser, side="owner"):
    """Return (field_text, body_text) for a serial, each in a way a person writes it."""
    t, v = ser["t"], ser["v"]
    x = R.random()
    if t == "imei":
        if x < 0.3:
            s = v
        elif x < 0.55:
            s = spaced(v, [2, 6, 6, 1])
        elif x < 0.7:
            s = spaced(v, [4, 4, 4, 3])
        elif x < 0.85:
            s = "IMEI:" + v
        else:
            s = "IMEI后六位" + v[-6:]
        return s, "串号" + s if not s.startswith("IMEI") else s
    if t == "id":
        if side == "finder" and x < 0.55:
            s = v
        elif x < 0.35:
            s = v if R.random() < 0.7 else v.lower()
        elif x < 0.55:
            s = v[:4] + "*" * 10 + v[-4:]
        elif x < 0.75:
            s = v[:6] + "********" + v[-4:]
        elif x < 0.9:
            s = "尾号" + v[-4:]
        else:
            s = v[:6] + " " + v[6:14] + " " + v[14:]
        return s, R.choice(["身份证号", "证号", "号码"]) + s
    if t == "passport":
        if x < 0.5:
            s = v
        elif x < 0.65:
            s = v.lower()
        elif x < 0.8:
            s = v[:len(v) // 2] + " " + v[len(v) // 2:]
        else:
            s = ("尾号" if side != "en" else "ending ") + v[-4:]
        return s, ("护照号" if side != "en" else "passport no. ") + s
    if t == "student":
        s = v if x < 0.7 else "学号" + v
        return s, "学号" + v if x < 0.7 else s
    if t == "card":
        bank = ser.get("bank", ("建设银行", "建行", "CCB"))
        if x < 0.35:
            s = "尾号" + v
        elif x < 0.6:
            s = R.choice(BANK_BIN.get(bank[0], ["6222"])) + "****" + v
        elif x < 0.75:
            s = v
        elif x < 0.88:
            s = "**** **** **** " + v
        else:
            s = "卡号后四位" + v
        return s, "%s卡%s" % (R.choice(bank[:2]), s.replace("卡号", "") if not s.isdigit() else "尾号" + s)
    if t == "room":
        gh = ser.get("gh", "")
        if x < 0.4:
            s = gh + v
        elif x < 0.7:
            s = v + "房"
        else:
            s = v
        return s, "%s %s房间的钥匙" % (gh, v) if x < 0.7 else "房号%s" % v
    if t == "rental":
        shop = ser.get("shop", "")
        n = v.lstrip("0") or "0"
        if x < 0.35:
            s = "%s%s号" % (shop, v)
        elif x < 0.6:
            s = "%s号" % n
        elif x < 0.8:
            s = "No.%s" % v
        else:
            s = v
        return s, "%s编号%s" % (shop, v if R.random() < 0.5 else n)
    if t == "frame":
        if x < 0.45:
            s = v
        elif x < 0.6:
            s = v.lower()
        elif x < 0.8:
            s = spaced(v, [4, 4, 4])
        else:
            s = "车架号后6位" + v[-6:]
        return s, "车架号" + s if not s.startswith("车架号") else s
    # camsn, dronesn, podsn, devsn
    if x < 0.4:
        s = v
    elif x < 0.6:
        s = "SN:" + v
    elif x < 0.75:
        s = v.lower()
    elif x < 0.9:
        s = "S/N " + spaced(v, [4, 4, 4, 4])
    else:
        s = "序列号后四位" + v[-4:]
    return s, ("序列号" + s) if not s.startswith(("SN", "S/N", "序列号")) else s


def amount_owner(R, a):
    x = R.random()
    if x < 0.4:
        return "%d元" % a
    if x < 0.6:
        return "大概%d块" % (round(a / 100.0) * 100 if a >= 100 else a)
    if x < 0.8 and a >= 1000:
        return "%s千多" % CN_DIG[a // 1000] if a // 1000 < 10 else "一万多"
    if x < 0.9:
        return "%d左右" % (round(a / 100.0) * 100 if a >= 100 else a)
    return "不到%d" % ((a // 100 + 1) * 100)


SLIPS = [("身份证", "身分证"), ("捡到", "检到"), ("客栈", "客站"), ("钥匙", "钥是"), ("充电宝", "冲电宝"), ("相机", "像机"),
         ("手镯", "手琢"), ("银镯", "银桌"), ("麻烦", "麻繁"), ("已经", "以经"), ("无人机", "无人鸡"), ("耳机", "耳鸡"),
         ("护照", "户照"), ("电动车", "电东车"), ("自行车", "自形车"), ("蓝色", "兰色"), ("钱包", "钱抱"), ("在", "再"),
         ("的时候", "得时候"), ("联系", "连系"), ("里面", "里边"), ("黑色", "黑涩"), ("手机", "手几"), ("谢谢", "xiexie")]
SLIPS_EN = [("passport", "pasport"), ("camera", "camra"), ("wallet", "walet"), ("Thanks", "Thnaks"), ("lost", "lsot"),
            ("please", "plz"), ("bracelet", "braclet"), ("around", "arround"), ("phone", "phnoe")]


def slip(R, text, n=1, lang="zh"):
    pool = SLIPS_EN if lang == "en" else SLIPS
    cands = [p for p in pool if p[0] in text]
    for a, b in R.sample(cands, min(n, len(cands))):
        text = text.replace(a, b, 1)
    return text
