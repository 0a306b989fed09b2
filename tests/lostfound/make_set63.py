#!/usr/bin/env python3
"""Write tests/lostfound/set63.json: blind set 63, 石岭县 during the Spring Festival temple fair.

Written from the brief alone, without looking at the matcher.  Each object is first drawn as a
hidden truth record; the lost report and the found registration are then written separately from
it, each in its own voice and knowing only what that person would know.

Python 3 standard library only, one random.Random(SEED); nothing is drawn from a set or from an
unsorted dict, so the output is the same on every run and under any PYTHONHASHSEED.

    python3 tests/lostfound/make_set63.py            # writes set63.json next to this file
    python3 tests/lostfound/make_set63.py --stdout   # prints the JSON instead
"""
import copy
import datetime as dt
import json
import math
import os
import random
import sys

SEED = 6363
PFX = "S63"
PART = "set63"
# The moment every record is registered at: 2025-02-20 10:00, 正月二十三 上午.
NOW = dt.datetime(2025, 2, 20, 10, 0)
MAXMIN = 172800

N_TRUE = 150
N_NEVER = 90
NEG_PLAN = [  # kind, how many, how many aimed at a report whose object does turn up
    ("twin", 22, 11),
    ("same_category_colour", 24, 12),
    ("found_before_loss", 22, 8),
    ("same_brand_far", 22, 10),
]
N_UNCLAIMED = 30

R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def pr(x):
    return R.random() < x


def ri(a, b):
    return R.randint(a, b)


def wch(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


# --------------------------------------------------------------------------- numbers

GB_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
GB_C = "10X98765432"


def gb_check(s17):
    return GB_C[sum(int(c) * w for c, w in zip(s17, GB_W)) % 11]


def make_idno(area, birth, male):
    while True:
        seq = ri(0, 498) * 2 + (1 if male else 0)
        if seq > 0:
            break
    s17 = "%s%04d%02d%02d%03d" % (area, birth.year, birth.month, birth.day, seq)
    return s17 + gb_check(s17)


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


def make_imei(tac=None):
    if tac is None:
        tac = "86" + "".join(str(ri(0, 9)) for _ in range(6))
    body = tac + "".join(str(ri(0, 9)) for _ in range(6))
    return body + luhn_digit(body)


def digits(n):
    return "".join(str(ri(0, 9)) for _ in range(n))


def alnum(n, first_letter=False):
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    out = []
    for i in range(n):
        if (i == 0 and first_letter) or pr(0.45):
            out.append(ch(al))
        else:
            out.append(str(ri(0, 9)))
    return "".join(out)


# --------------------------------------------------------------------------- words

CN_D = "零一二三四五六七八九"


def cn_int(n):
    if n < 10:
        return CN_D[n]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + CN_D[n - 10]
    t, u = divmod(n, 10)
    return CN_D[t] + "十" + (CN_D[u] if u else "")


def cn_money(n):
    """Spoken amount for a multiple of 10 up to 9990: 2400 -> 两千四, 350 -> 三百五."""
    th, rest = divmod(n, 1000)
    h, rest = divmod(rest, 100)
    t = rest // 10
    two = lambda d: "两" if d == 2 else CN_D[d]
    s = ""
    if th:
        s += two(th) + "千"
        if h:
            s += CN_D[h] if not t else CN_D[h] + "百"
            if t:
                s += CN_D[t] + "十"
        elif t:
            s += "零" + CN_D[t] + "十"
        return s
    if h:
        s += two(h) + "百"
        if t:
            s += CN_D[t]
        return s
    return cn_int(t * 10)


def approx_amount(a):
    if a < 100:
        return ["%d块钱" % a, "几十块钱", "%s块钱" % cn_int(a)]
    hund = a // 100 * 100
    out = []
    if a % 100 == 0:
        out += ["%s块钱" % cn_money(a), "%d块" % a, "整%s" % cn_money(a)]
    else:
        out += ["%s来块" % cn_money(hund), "%s多块钱" % cn_money(hund), "大概%s多" % cn_money(hund),
                "%d多块" % hund]
    return out


COLORS = {
    "black": (["黑色", "黑的", "深色", "哑光黑", "黑不溜秋的", "曜石黑", "亮黑色", "纯黑"], ["black"], "hei se"),
    "white": (["白色", "白的", "米白色", "珍珠白", "雪白的"], ["white"], "bai se"),
    "silver": (["银色", "银白色", "银灰色", "亮银色"], ["silver"], "yin se"),
    "grey": (["灰色", "深灰色", "铁灰色", "灰不溜秋的", "浅灰"], ["grey", "gray"], "hui se"),
    "blue": (["蓝色", "宝蓝色", "天蓝色", "海蓝色", "蓝的"], ["blue"], "lan se"),
    "navy": (["藏蓝色", "深蓝色", "藏青色", "深蓝"], ["navy", "dark blue"], "shen lan"),
    "red": (["红色", "大红色", "枣红色", "中国红", "红的"], ["red"], "hong se"),
    "pink": (["粉色", "粉红色", "樱花粉", "粉的"], ["pink"], "fen se"),
    "gold": (["金色", "香槟金", "土豪金", "金黄色"], ["gold"], "jin se"),
    "green": (["绿色", "墨绿色", "军绿色", "深绿"], ["green", "dark green"], "lv se"),
    "purple": (["紫色", "淡紫色", "梦幻紫", "紫的"], ["purple"], "zi se"),
    "brown": (["棕色", "咖啡色", "褐色", "驼色"], ["brown"], "zong se"),
    "yellow": (["黄色", "土黄色", "明黄色"], ["yellow"], "huang se"),
    "beige": (["肉色", "米色", "浅咖色"], ["beige"], "mi se"),
}
# What a finder may call a colour the owner calls otherwise (a dark blue seen as black, ...).
COLOR_SEEN_AS = {"navy": ["black"], "grey": ["silver", "black"], "silver": ["grey", "white"],
                 "brown": ["black"], "pink": ["red"], "purple": ["blue"], "gold": ["yellow"],
                 "beige": ["white"], "green": ["black"]}


def color_word(key, lang="zh"):
    zh, en, py = COLORS[key]
    if lang == "en":
        return ch(en)
    if lang == "py":
        return py
    return ch(zh)


# zh: what people say; logo: what is printed; alt: typos and homophones; py: pinyin
BRANDS = {
    "huawei": ("华为", ["HUAWEI", "Huawei"], ["华伟", "花为", "huawei"], "hua wei"),
    "apple": ("苹果", ["iPhone", "Apple"], ["平果", "爱疯", "iphone"], "ping guo"),
    "xiaomi": ("小米", ["Xiaomi", "MI"], ["小咪", "xiaomi"], "xiao mi"),
    "redmi": ("红米", ["Redmi"], ["红咪", "redmi"], "hong mi"),
    "oppo": ("OPPO", ["OPPO"], ["欧珀", "oppo", "欧泊"], "ou po"),
    "vivo": ("vivo", ["vivo", "VIVO"], ["维沃", "步步高vivo", "微沃"], "wei wo"),
    "honor": ("荣耀", ["HONOR", "Honor"], ["容耀", "荣跃"], "rong yao"),
    "jinfuxing": ("金福星", ["JINFUXING"], ["金福兴", "金福新"], "jin fu xing"),
    "xiaotiancai": ("小天才", ["imoo"], ["小天材", "小天财"], "xiao tian cai"),
    "septwolves": ("七匹狼", ["SEPTWOLVES"], ["七皮狼", "七匹郎"], "qi pi lang"),
    "goldlion": ("金利来", ["Goldlion"], ["金力来", "金利莱"], "jin li lai"),
    "woodpecker": ("啄木鸟", ["TUCANO"], ["琢木鸟", "啄木鸟牌"], "zhuo mu niao"),
    "playboy": ("花花公子", ["PLAYBOY"], ["花花公仔"], "hua hua gong zi"),
    "nike": ("耐克", ["NIKE", "Nike"], ["奈克", "耐克牌"], "nai ke"),
    "adidas": ("阿迪达斯", ["adidas"], ["阿迪", "阿迪达思", "阿迪王"], "a di da si"),
    "anta": ("安踏", ["ANTA"], ["安蹋", "按踏"], "an ta"),
    "lining": ("李宁", ["LI-NING", "LINING"], ["李宁牌", "里宁"], "li ning"),
    "oiwas": ("爱华仕", ["OIWAS"], ["爱华士", "艾华仕"], "ai hua shi"),
    "samsonite": ("新秀丽", ["Samsonite"], ["新秀利", "新秀莉"], "xin xiu li"),
    "kalayang": ("卡拉羊", ["Carany"], ["咖啦羊", "卡拉洋"], "ka la yang"),
    "camel": ("骆驼", ["CAMEL"], ["落驼", "骆驼牌"], "luo tuo"),
    "romoss": ("罗马仕", ["ROMOSS"], ["罗马士", "罗马式"], "luo ma shi"),
    "lenovo": ("联想", ["Lenovo"], ["联像", "lenovo"], "lian xiang"),
    "canon": ("佳能", ["Canon"], ["嘉能", "canon"], "jia neng"),
    "nintendo": ("任天堂", ["Nintendo"], ["任天当"], "ren tian tang"),
    "bbk": ("步步高", ["BBK"], ["部部高", "步步糕"], "bu bu gao"),
    "lingsheng": ("聆声", ["LINGSHENG"], ["灵声", "玲声"], "ling sheng"),
    "hongxing": ("红星", ["HONGXING"], ["红心", "红星牌"], "hong xing"),
    "yadea": ("雅迪", ["Yadea", "YADEA"], ["亚迪", "雅笛"], "ya di"),
    "aima": ("爱玛", ["AIMA"], ["艾玛", "爱马"], "ai ma"),
    "tailg": ("台铃", ["TAILG"], ["台玲", "台领"], "tai ling"),
    "luyuan": ("绿源", ["LUYUAN"], ["绿园", "绿原"], "lv yuan"),
    "sunra": ("新日", ["SUNRA"], ["新日牌", "鑫日"], "xin ri"),
    "giant": ("捷安特", ["GIANT"], ["杰安特", "捷安特牌"], "jie an te"),
    "forever": ("永久", ["FOREVER"], ["永久牌", "永玖"], "yong jiu"),
    "phoenix": ("凤凰", ["PHOENIX"], ["凤凰牌", "风凰"], "feng huang"),
    "xds": ("喜德盛", ["XDS"], ["喜得盛", "喜德胜"], "xi de sheng"),
    "wuling": ("五菱", ["Wuling", "SGMW"], ["五凌", "五零"], "wu ling"),
    "vw": ("大众", ["VW", "Volkswagen"], ["大众牌", "大重"], "da zhong"),
    "haval": ("哈弗", ["HAVAL"], ["哈佛", "哈福"], "ha fu"),
    "haojue": ("豪爵", ["HAOJUE"], ["豪爵铃木", "豪觉"], "hao jue"),
    "ctf": ("周大福", ["CTF", "Chow Tai Fook"], ["周大富", "周大付"], "zhou da fu"),
    "lfx": ("老凤祥", ["LAOFENGXIANG"], ["老凤翔", "老风祥"], "lao feng xiang"),
    "xinyuan": ("鑫源金店", ["鑫源"], ["鑫缘金店", "鑫园", "新源金店"], "xin yuan"),
    "bosideng": ("波司登", ["BOSIDENG"], ["波斯登", "博司登"], "bo si deng"),
    "yaya": ("鸭鸭", ["YAYA"], ["丫丫", "鸭鸭牌"], "ya ya"),
    "fuguang": ("富光", ["FUGUANG"], ["富广", "富光牌"], "fu guang"),
    "zojirushi": ("象印", ["ZOJIRUSHI"], ["像印", "象印牌"], "xiang yin"),
    "paradise": ("天堂伞", ["天堂"], ["天堂牌", "天棠伞"], "tian tang"),
    "abc": ("农业银行", ["ABC", "中国农业银行"], ["农行", "农业银形"], "nong hang"),
    "psbc": ("邮储银行", ["PSBC", "中国邮政储蓄银行"], ["邮政", "邮政储蓄"], "you zheng"),
    "rcb": ("农商银行", ["石岭农商银行"], ["信用社", "农商行", "农村信用社"], "xin yong she"),
    "ccb": ("建设银行", ["CCB", "中国建设银行"], ["建行", "建设银形"], "jian hang"),
    "icbc": ("工商银行", ["ICBC", "中国工商银行"], ["工行"], "gong hang"),
}


def brand_word(key, side, lang="zh"):
    zh, logo, alt, py = BRANDS[key]
    if lang == "py":
        return py
    if lang == "en":
        lat = [x for x in logo if x.isascii()]
        return lat[0] if lat else py.title()
    if side == "o":
        return wch([(zh, 60), (ch(logo), 15), (ch(alt), 25)])
    return wch([(zh, 45), (ch(logo), 45), (ch(alt), 10)])


MODEL_SPECIAL = {
    "iPhone 14 Pro Max": ["14ProMax", "苹果14pm", "14 pro max"],
    "iPhone 13": ["13", "苹果13", "iphone13"],
    "iPhone 12": ["12", "苹果12"],
    "iPhone 11": ["11", "苹果11"],
    "iPhone 15": ["15", "苹果15"],
    "nova 13 Lite": ["诺瓦13", "nova13lite"],
    "Mate 56": ["mate56", "麦特56"],
    "Redmi Note 17": ["红米note17", "Note17", "红米 Note 17"],
    "AirPods Pro": ["airpods pro", "AirPodsPro", "苹果耳机pro"],
    "Switch": ["switch", "NS", "任天堂switch"],
}


def model_forms(m):
    """Every way an owner may write a model (the first is how it is printed)."""
    return [m, m, m.replace(" ", ""), m.lower(), m.lower().replace(" ", "")] + MODEL_SPECIAL.get(m, [])


def model_word(m):
    if not m:
        return m
    return ch(model_forms(m))


# --------------------------------------------------------------------------- calendar

LA_START = dt.date(2024, 12, 31)   # 腊月初一
ZY_START = dt.date(2025, 1, 29)    # 正月初一 (春节)
CHUXI = dt.date(2025, 1, 28)       # 除夕, 腊月二十九


def lunar_md(d):
    if d >= ZY_START:
        return "正月", (d - ZY_START).days + 1
    return "腊月", (d - LA_START).days + 1


def lunar_dayname(n):
    if n <= 10:
        return "初" + ("十" if n == 10 else CN_D[n])
    if n < 20:
        return "十" + CN_D[n - 10]
    if n == 20:
        return "二十"
    if n < 30:
        return "二十" + CN_D[n - 20]
    return "三十"


def lunar_phrase(d):
    m, n = lunar_md(d)
    if m == "腊月" and n == 23:
        return ch(["小年", "腊月二十三", "小年那天"])
    if d == CHUXI:
        return ch(["除夕", "大年三十", "年三十", "腊月二十九"])
    if m == "正月" and n == 1:
        return ch(["大年初一", "正月初一", "初一"])
    if m == "正月" and n == 5:
        return ch(["破五", "初五", "正月初五"])
    if m == "正月" and n == 15:
        return ch(["正月十五", "元宵节", "十五"])
    if m == "正月" and n <= 10:
        return ch(["正月" + lunar_dayname(n), lunar_dayname(n), "大年" + lunar_dayname(n)] if n <= 7
                  else ["正月" + lunar_dayname(n), lunar_dayname(n)])
    return m + lunar_dayname(n)


def solar_phrase(d):
    return ch(["%d月%d号" % (d.month, d.day), "%d月%d日" % (d.month, d.day), "%d.%d" % (d.month, d.day)])


def date_zh(d, style=None):
    style = style or wch([("lunar", 50), ("solar", 30), ("mixed", 20)])
    if style == "lunar":
        return lunar_phrase(d)
    if style == "solar":
        return solar_phrase(d)
    return "%d月%d日（%s）" % (d.month, d.day, lunar_phrase(d))


def seg_zh(h):
    if h < 5:
        return "凌晨"
    if h < 8:
        return "早上"
    if h < 11:
        return "上午"
    if h < 13:
        return "中午"
    if h < 18:
        return "下午"
    if h < 19:
        return "傍晚"
    return "晚上"


def tod_zh(t, precise=None, hedge=True):
    h, mi = t.hour, t.minute
    seg = seg_zh(h)
    h12 = h if h <= 12 else h - 12
    if precise is None:
        precise = wch([("vague", 20), ("spoken", 55), ("digits", 25)])
    if precise == "vague":
        return seg
    if precise == "digits":
        return "%d:%02d" % (h, mi) + (ch(["", "左右", "前后"]) if hedge else "")
    hh = "两" if h12 == 2 else cn_int(h12)
    if mi < 10:
        tail = ch(["点", "点来钟", "点左右", "点多"] if hedge else ["点", "点多"])
    elif mi < 25:
        tail = ch(["点多", "点来钟", "点一刻左右"] if hedge else ["点多", "点一刻"])
    elif mi < 40:
        tail = ch(["点半", "点半左右", "点多"] if hedge else ["点半", "点多"])
    else:
        tail = ch(["点多", "点四十左右", "点大半"] if hedge else ["点多", "点四十"])
    return seg + hh + tail


def dj(d, t):
    """Join a date and a time of day, keeping 2.4 and 15:20 apart."""
    return d + " " + t if d[-1].isdigit() and t[0].isdigit() else d + t


def window_zh(lf, lt):
    """A noun-like span for '{when}在{place}…' sentences."""
    d1, d2 = lf.date(), lt.date()
    style = wch([("lunar", 50), ("solar", 30), ("mixed", 20)])
    if d1 == d2:
        D = date_zh(d1, style)
        if seg_zh(lf.hour) == seg_zh(lt.hour) and pr(0.4):
            return dj(D, seg_zh(lf.hour))
        pc = wch([("spoken", 65), ("digits", 35)])
        return ch(["%s到%s之间" % (dj(D, tod_zh(lf, pc)), tod_zh(lt, pc, hedge=False)),
                   "%s到%s" % (dj(D, tod_zh(lf, pc)), tod_zh(lt, pc, hedge=False))])
    pc = wch([("spoken", 65), ("digits", 35)])
    return ch(["%s到%s之间" % (dj(date_zh(d1, style), tod_zh(lf, pc)), dj(date_zh(d2, style), tod_zh(lt, pc, hedge=False))),
               "从%s到%s" % (dj(date_zh(d1, style), tod_zh(lf, "vague")), dj(date_zh(d2, style), tod_zh(lt, "vague")))])


def window_pair(lf, lt):
    """(last seen, noticed missing) for '…还在，…才发现没了' sentences."""
    style = wch([("lunar", 50), ("solar", 30), ("mixed", 20)])
    f = dj(date_zh(lf.date(), style), tod_zh(lf))
    if lt.date() == lf.date():
        t = ch(["到了", "等到", ""]) + tod_zh(lt, hedge=False)
    else:
        t = dj(date_zh(lt.date(), style), tod_zh(lt, ch(["vague", "spoken"])))
    return f, t


def found_time_zh(t, formal):
    d = t.date()
    if formal:
        return ch([
            "2025年%d月%d日%d时%d分许" % (d.month, d.day, t.hour, t.minute),
            "%d月%d日%d时许" % (d.month, d.day, t.hour),
            "%d月%d日（%s）%d:%02d" % (d.month, d.day, lunar_phrase(d), t.hour, t.minute),
        ])
    return dj(date_zh(d), tod_zh(t))


MON = ["", "Jan", "Feb", "Mar"]


PY_NUM = ["ling", "yi", "er", "san", "si", "wu", "liu", "qi", "ba", "jiu", "shi"]


def py_int(n):
    if n <= 10:
        return PY_NUM[n]
    if n < 20:
        return "shi " + PY_NUM[n - 10]
    t, u = divmod(n, 10)
    return PY_NUM[t] + " shi" + (" " + PY_NUM[u] if u else "")


def time_py(t):
    m, n = lunar_md(t.date())
    mm = "zheng yue" if m == "正月" else "la yue"
    if n <= 10:
        day = "chu " + PY_NUM[n]
    else:
        day = py_int(n)
    h = t.hour
    seg = "shang wu" if h < 12 else ("xia wu" if h < 18 else "wan shang")
    return "%s %s %s %s dian" % (mm, day, seg, py_int(h if h <= 12 else h - 12))


def to_min(t):
    return int((NOW - t).total_seconds() // 60)


# --------------------------------------------------------------------------- places

C_LAT, C_LON = 39.2873, 113.0412


def ll(x, y):
    return (C_LAT + y / 111.0, C_LON + x / (111.32 * math.cos(math.radians(C_LAT))))


def km(a, b):
    dy = (a[0] - b[0]) * 111.0
    dx = (a[1] - b[1]) * 111.32 * math.cos(math.radians(C_LAT))
    return math.hypot(dx, dy)


def jitter(p, kmax, kmin=0.0):
    ang = R.random() * 2 * math.pi
    d = kmin + R.random() * (kmax - kmin)
    lat = p[0] + d * math.sin(ang) / 111.0
    lon = p[1] + d * math.cos(ang) / (111.32 * math.cos(math.radians(C_LAT)))
    return (round(lat, 6), round(lon, 6))


PLACES = {}


def place(pid, x, y, zh, en, finders, stories, spots, alt=(), kind="town", via=None):
    PLACES[pid] = dict(id=pid, xy=ll(x, y), zh=zh, en=en, finders=finders, stories=stories,
                       spots=spots, alt=list(alt), kind=kind, via=via)


place("bus_station", 0.9, -0.6,
      ["石岭汽车站", "县汽车站", "石岭客运站", "汽车站", "客运站"],
      "the long-distance bus station",
      ["保洁员", "车站保安", "售票员", "车站值班员"],
      ["等车的时候", "排队买票的时候", "在候车室坐着歇了会儿", "挤着检票上车的时候", "出站的时候", "接人的时候"],
      ["候车厅第三排座椅上", "售票窗口台子上", "卫生间洗手台上", "进站口安检机旁边", "候车室暖气片上"],
      alt=["bus_shop", "bus_lot"])
place("bus_shop", 0.97, -0.5, ["汽车站对面小卖部", "车站对过儿的小卖铺", "客运站斜对面便利店"],
      "the shop opposite the bus station", ["小卖部老板", "店老板"],
      ["买烟的时候", "买瓶水的工夫", "买泡面的时候"], ["柜台上", "门口冰柜上", "门口台阶上"])
place("bus_lot", 0.8, -0.72, ["客运站停车场", "汽车站后院停车场", "车站出租车排队点"],
      "the bus station car park", ["车站保安", "出租车司机"],
      ["等出租的时候", "往车上放行李的时候", "停车的时候"], ["角落里", "排队点栏杆边", "围墙边"])
place("rt_houguo", 0.9, -0.6, ["去后沟村的小巴", "石岭到后沟的小公共", "后沟线中巴车"],
      "the minibus to Hougou village", ["小巴司机", "售票员"],
      ["坐车的时候", "下车的时候", "打了个盹的时候", "放行李的时候"],
      ["最后一排座位底下", "司机后头那排座位缝里", "车门口台阶上", "行李架上"],
      alt=["houguo", "bus_station"], kind="route", via="houguo")
place("rt_liushuwan", 0.9, -0.6, ["去柳树湾的班车", "石岭—柳树湾小巴", "柳树湾线小公共"],
      "the minibus to Liushuwan", ["小巴司机", "售票员"],
      ["坐车的时候", "下车的时候", "去走亲戚的路上", "打了个盹的时候"],
      ["最后一排座位底下", "副驾驶座位上", "过道里", "座位缝里"],
      alt=["liushuwan", "bus_station"], kind="route", via="liushuwan")
place("rt_dongchuan", 0.9, -0.6, ["去东川镇的班车", "石岭—东川班车", "东川线大巴"],
      "the bus to Dongchuan", ["班车司机", "售票员"],
      ["坐车的时候", "下车的时候", "去赶集的路上", "放行李的时候"],
      ["倒数第二排座位上", "行李舱里", "座位底下", "车窗边挂钩上"],
      alt=["dongchuan", "bus_station"], kind="route", via="dongchuan")
place("fair", -0.4, 0.8, ["城隍庙庙会", "庙会上", "城隍庙会", "庙会"],
      "the temple fair", ["摊主", "庙会保安", "庙会志愿者", "巡逻民警"],
      ["买小吃的时候", "给孙子买糖葫芦的时候", "在庙里烧香的时候", "套圈的时候", "挤着看耍猴的时候", "看舞狮的时候"],
      ["套圈摊子旁", "糖葫芦摊前", "庙门口香炉边", "小吃摊的长条凳上", "棉花糖摊子底下"],
      alt=["fair_stage", "fair_gate", "fair_office"])
place("fair_stage", -0.45, 0.86, ["庙会戏台", "城隍庙大戏台", "庙会唱戏的台子"],
      "near the opera stage at the temple fair", ["庙会保安", "戏班子的人", "看戏的老汉"],
      ["看戏的时候", "听梆子戏的时候", "挤在台下看大戏的时候"],
      ["前头的长条凳上", "侧面台阶上", "台下马扎旁边"], alt=["fair", "fair_office"])
place("fair_gate", -0.72, 0.78, ["庙会西口", "庙会西门", "城隍庙西边路口"],
      "the west gate of the temple fair", ["庙会保安", "摊主"],
      ["出庙会的时候", "在路口等人的时候", "停车逛庙会的时候"], ["路边雪堆上", "栏杆旁"], alt=["fair"])
place("fair_office", -0.5, 0.7, ["庙会管理处", "庙会失物招领点", "庙会服务台"],
      "the temple fair office", ["庙会管理处工作人员", "庙会志愿者"],
      ["问路的时候"], ["桌子上", "门口"])
place("hospital", 1.2, 0.9, ["县人民医院", "石岭县医院", "县医院"],
      "the county hospital", ["护士", "医院保洁", "医院保安", "收费处工作人员"],
      ["排队挂号的时候", "给老伴拿药的时候", "陪孩子输液的时候", "拍片子的时候", "去住院部看亲戚的时候"],
      ["挂号大厅座椅上", "挂号窗口前", "输液室椅子底下", "住院部电梯里", "急诊科门口"],
      alt=["pharmacy"])
place("pharmacy", 1.28, 0.83, ["医院对面药店", "县医院斜对过的大药房", "康民大药房"],
      "the pharmacy opposite the hospital", ["药店店员"], ["买药的时候"], ["柜台上", "门口台阶上"])
place("bath", 0.3, 0.2, ["裕华浴池", "裕华澡堂", "裕华澡堂子"],
      "the Yuhua bathhouse", ["澡堂前台", "搓澡师傅", "浴池老板娘"],
      ["洗澡的时候", "在更衣柜那儿换衣裳的时候", "搓完澡出来的时候"],
      ["更衣室长凳上", "更衣柜顶上", "前台沙发缝里", "淋浴间门口"])
place("bath2", 0.55, -0.3, ["新泉洗浴中心", "新泉洗浴", "新泉澡堂"], "the Xinquan bath house",
      ["澡堂前台", "洗浴中心服务员"], ["洗澡的时候", "在休息大厅躺着的时候"],
      ["休息大厅躺椅上", "更衣室柜子里"])
place("super", 0.1, -0.1, ["家家福超市", "家家福", "家家福超市（东大街）"],
      "the Jiajiafu supermarket", ["收银员", "超市保安", "理货员"],
      ["买年货结账的时候", "存包的时候", "推着车买东西的时候"],
      ["收银台旁", "存包柜里", "购物车里", "生鲜区秤台边"], alt=["super2"])
place("super2", 0.35, -0.18, ["惠民超市", "惠民购物广场"],
      "the Huimin supermarket", ["收银员", "超市保安"], ["买东西的时候"], ["收银台", "门口推车处"])
place("school", -1.1, -0.5, ["石岭二中", "二中", "石岭二中校园"],
      "Shiling No.2 Middle School", ["学校门卫", "值班老师", "学生"],
      ["补课放学的时候", "在操场打球的时候", "去学校领书的时候", "返校报到的时候"],
      ["操场看台上", "校门口传达室窗台", "篮球架底下", "教学楼楼道"], alt=["tutor"])
place("tutor", -0.9, -0.3, ["二中对面补习班", "新华书店二楼补课班", "学府路补习班"],
      "the tutoring class opposite the school", ["补习班老师", "学生"],
      ["上补习班的时候"], ["教室桌肚里", "楼梯口"], alt=["school"])
place("oldst", -0.2, 0.4, ["鼓楼老街", "老街", "老街小吃摊那儿"],
      "the old street with snack stalls", ["摊主", "环卫工", "小吃店老板"],
      ["吃凉粉的时候", "排队买烧饼的时候", "喝羊杂割的时候", "买油糕的时候"],
      ["凉粉摊的小桌上", "烧饼铺门口", "刘记羊杂割店的凳子上", "路边雪堆里"], alt=["drum"])
place("drum", -0.15, 0.47, ["鼓楼底下", "鼓楼跟前", "鼓楼十字口"], "under the Drum Tower",
      ["环卫工", "路人"], ["在鼓楼底下等人的时候"], ["门洞里", "台阶下", "路边雪堆旁"], alt=["oldst"])
place("square", 0.0, 0.0, ["人民广场", "县城广场", "人民广场灯会"],
      "People's Square", ["环卫工", "巡逻民警", "广场管理员"],
      ["看社火的时候", "看扭秧歌的时候", "看花灯的时候", "放烟花的时候"],
      ["花灯底下", "台阶上", "雪堆边", "长椅上"])
place("ice", -0.8, 1.6, ["石河冰场", "河滩冰场", "石河上的滑冰场"], "the ice rink on the river",
      ["冰场管理员", "租冰车的"], ["滑冰的时候", "带孩子坐冰车的时候", "换冰鞋的时候"],
      ["换鞋的长凳上", "冰面边上", "租冰车的棚子里"])
place("bank", 0.22, 0.05, ["农商银行", "石岭农商行", "信用社营业厅"], "the rural bank",
      ["银行保安", "大堂经理"], ["取钱的时候", "在ATM上取钱的时候", "排队办业务的时候"],
      ["门口ATM机台子上", "填单台上", "等候区椅子上"])
place("market", 0.6, 0.5, ["年货大集", "农贸市场", "东关大集"], "the New Year market",
      ["摊主", "市场管理员"], ["赶集买年货的时候", "买对联的时候", "割肉的时候"],
      ["对联摊子上", "肉摊案板边", "过道里"])
place("gas", 1.8, -1.2, ["城东加油站", "东环加油站"], "the petrol station east of town",
      ["加油员"], ["加油的时候"], ["加油机旁边", "便利店门口"])
place("houguo", 6.5, 4.2, ["后沟村", "后沟村口", "后沟村小巴终点站"], "Hougou village",
      ["村民", "小巴司机", "村委会"], ["在村口等车的时候"], ["小卖部门口", "路边"], kind="village")
place("liushuwan", -5.8, 3.1, ["柳树湾村", "柳树湾村口", "柳树湾村委会"], "Liushuwan village",
      ["村民", "小巴司机", "村委会"], ["在村口下车的时候"], ["大槐树底下", "小卖部门口"], kind="village")
place("xicha", -3.9, -6.3, ["西岔村", "西岔村口"], "Xicha village",
      ["村民", "村委会"], ["走亲戚的时候"], ["路边沟里", "村委会门口"], kind="village")
place("nanyao", 2.5, -7.7, ["南窑村", "南窑村口"], "Nanyao village",
      ["村民"], ["走亲戚的时候"], ["戏台边", "路边"], kind="village")
place("majia", 8.9, -2.2, ["马家庄", "马家庄路口"], "Majiazhuang",
      ["村民", "加油员"], ["路过的时候"], ["路口", "加油站旁"], kind="village")
place("shangshi", -1.6, 3.4, ["上石岭村", "上石岭村口"], "Shangshiling village",
      ["村民"], ["看村里的戏的时候"], ["戏台下", "路边"], kind="village")
place("dongchuan", 13.5, 5.0, ["东川镇", "东川镇汽车站", "东川镇集上"], "Dongchuan town",
      ["班车司机", "村民", "路人"], ["赶集的时候"], ["路边", "集市口"], kind="far")
place("hekou", -11.2, -14.0, ["河口镇", "河口镇街上"], "Hekou town",
      ["村民", "路人", "环卫工"], ["办事的时候"], ["卫生院门口", "路边"], kind="far")

FAR_PLACES = ["houguo", "liushuwan", "xicha", "nanyao", "majia", "dongchuan", "hekou", "shangshi"]

CAT_PLACES = {
    "phone": [("bus_station", 14), ("rt_houguo", 4), ("rt_liushuwan", 3), ("rt_dongchuan", 3), ("fair", 10),
              ("fair_stage", 6), ("hospital", 6), ("bath", 5), ("super", 6), ("school", 4), ("oldst", 6),
              ("square", 5), ("ice", 4), ("market", 4), ("bus_lot", 2)],
    "id_doc": [("bus_station", 12), ("hospital", 10), ("bank", 8), ("super", 5), ("fair", 5), ("rt_houguo", 3),
               ("rt_dongchuan", 3), ("oldst", 4), ("school", 4), ("pharmacy", 2), ("market", 3)],
    "wallet": [("bus_station", 10), ("fair", 8), ("fair_stage", 3), ("hospital", 6), ("super", 7), ("oldst", 6),
               ("market", 6), ("bath", 4), ("rt_liushuwan", 3), ("rt_dongchuan", 2), ("bank", 4), ("square", 3)],
    "keys": [("bath", 8), ("super", 6), ("school", 4), ("square", 5), ("ice", 5), ("oldst", 5), ("market", 5),
             ("fair", 6), ("hospital", 3), ("bath2", 3), ("bus_station", 3)],
    "ebike": [("bus_lot", 5), ("hospital", 5), ("super", 6), ("fair_gate", 5), ("oldst", 4), ("market", 6),
              ("school", 3), ("square", 4), ("bath", 3)],
    "bicycle": [("school", 8), ("tutor", 5), ("super", 3), ("oldst", 2), ("square", 2), ("market", 2), ("ice", 2)],
    "bag": [("bus_station", 12), ("rt_houguo", 4), ("rt_liushuwan", 3), ("rt_dongchuan", 4), ("bus_lot", 4),
            ("super", 6), ("hospital", 5), ("fair", 4), ("school", 4), ("tutor", 3), ("bus_shop", 2), ("market", 3)],
    "cash": [("bank", 8), ("market", 6), ("fair", 6), ("oldst", 4), ("super", 5), ("hospital", 4),
             ("bus_station", 5), ("square", 3), ("rt_houguo", 2)],
    "jewelry": [("bath", 9), ("bath2", 3), ("fair", 5), ("hospital", 4), ("square", 5), ("super", 3),
                ("oldst", 3), ("ice", 3), ("fair_stage", 3)],
    "electronics": [("bus_station", 8), ("rt_dongchuan", 3), ("rt_houguo", 2), ("school", 5), ("tutor", 4),
                    ("ice", 4), ("fair", 5), ("bath", 3), ("oldst", 3), ("hospital", 4), ("square", 3)],
    "other": [("bus_station", 8), ("fair", 6), ("fair_stage", 6), ("hospital", 7), ("bath", 4), ("super", 4),
              ("oldst", 5), ("square", 4), ("ice", 4), ("market", 4), ("rt_houguo", 2), ("rt_liushuwan", 2),
              ("pharmacy", 2)],
}

# --------------------------------------------------------------------------- people

SURNAMES = list("王李张刘陈杨赵周吴孙马朱胡郭何高罗郑梁谢宋韩冯曹董袁潘蒋杜程苏魏吕丁任姚卢崔贾石白孟秦薛闫段雷侯郝武乔牛樊霍尹")
GIVEN = {
    ("old", True): ["福贵", "建国", "满仓", "拴柱", "根生", "存良", "守仁", "二虎", "铁柱", "来福", "全喜", "有才",
                    "增福", "银锁", "保平", "成旺", "占魁", "三元"],
    ("old", False): ["秀英", "桂兰", "玉梅", "金花", "凤英", "喜娥", "改花", "翠莲", "桂香", "巧云", "润梅", "兰英",
                     "爱莲", "引弟", "月娥", "梅香"],
    ("mid", True): ["海波", "志强", "建军", "国庆", "春生", "永刚", "卫东", "晓东", "利军", "少华", "鹏飞", "俊峰",
                    "文斌", "小龙", "二伟", "宏亮", "旭东", "振华"],
    ("mid", False): ["丽娟", "红梅", "晓燕", "海燕", "美玲", "春霞", "丽萍", "秀芳", "彩霞", "晓丽", "雪梅", "艳红",
                     "慧敏", "婷婷", "倩倩"],
    ("young", True): ["浩然", "梓轩", "宇航", "俊杰", "子豪", "一鸣", "博文", "嘉乐", "睿泽", "天佑", "明轩", "晨阳"],
    ("young", False): ["子涵", "欣怡", "佳琪", "思雨", "一诺", "雨桐", "梦瑶", "诗琪", "可馨", "语嫣", "若曦", "心怡"],
}
AREAS_LOCAL = ["148121", "148121", "148121", "148122"]
AREAS_AWAY = ["147302", "139045", "159201"]
VILLAGES = ["后沟村", "柳树湾村", "西岔村", "南窑村", "马家庄", "上石岭村", "石岭镇", "石岭镇", "东关村"]
CITIES = ["天津", "东莞", "苏州", "北京", "太原", "郑州", "西安", "包头", "鄂尔多斯", "宁波", "石家庄"]


def make_person(age):
    male = pr(0.5)
    if age == "old":
        y = ri(1942, 1962)
    elif age == "mid":
        y = ri(1972, 2000)
    else:
        y = ri(2009, 2012)
    birth = dt.date(y, ri(1, 12), ri(1, 28))
    name = ch(SURNAMES) + ch(GIVEN[(age, male)])
    area = ch(AREAS_LOCAL) if pr(0.85) else ch(AREAS_AWAY)
    return dict(name=name, sur=name[0], male=male, birth=birth, age=age, area=area,
                idno=make_idno(area, birth, male), village=ch(VILLAGES), years=2025 - y,
                school=ch(["石岭二中", "石岭二中", "石岭一中"]))


def finder_name():
    return ch(SURNAMES) + ch(GIVEN[(ch(["old", "mid", "mid"]), pr(0.5))])


# --------------------------------------------------------------------------- object parts

def mk(key, o, f, en=None):
    return dict(key=key, o=o, f=f, en=en)


PHONE_MARKS = {
    "case": [
        mk("case_clear", ["带个透明壳", "套着透明手机壳"], ["透明手机壳", "套透明软壳"]),
        mk("case_pink", ["套着个粉色硅胶壳", "壳子是粉的"], ["粉色硅胶手机壳"]),
        mk("case_bear", ["壳上印着小熊", "手机壳是小熊图案的"], ["手机壳印有卡通小熊"]),
        mk("case_flip", ["带个皮套，翻盖的", "套着翻盖皮套"], ["翻盖式皮套"]),
        mk("case_photo", ["透明壳里夹着一张照片", "壳后头夹着张一寸照片"], ["透明壳内夹有一张一寸照片"]),
        mk("case_fu", ["壳上有个福字", "手机壳上贴着福字"], ["手机壳上印有“福”字"]),
        mk("case_ring", ["壳后面有个指环扣", "带指环支架"], ["背面有指环支架"]),
        mk("case_sheep", ["壳上是喜羊羊", "喜羊羊的壳"], ["喜羊羊图案手机壳"]),
        mk("case_money", ["壳里头塞了张五十的", "手机壳里夹着五十块钱"], ["手机壳内夹有50元纸币一张"]),
        mk("case_lucky", ["壳上写着“好运连连”", "壳上有好运连连四个字"], ["手机壳有“好运连连”字样"]),
        mk("case_snake", ["壳上是个卡通小蛇", "蛇年的小蛇手机壳"], ["手机壳印有卡通蛇图案"]),
    ],
    "damage": [
        mk("crack_tl", ["屏幕左上角碎了", "屏左上角摔裂了"], ["屏幕左上角碎裂"]),
        mk("crack_line", ["屏幕上有一道裂纹", "屏上有道裂子"], ["屏幕有一道裂痕"]),
        mk("back_chip", ["后盖磕掉一块漆", "后头掉了块漆"], ["后盖有磕碰掉漆"]),
        mk("cam_crack", ["摄像头那儿玻璃裂了"], ["摄像头玻璃有裂纹"]),
        mk("film_bubble", ["贴的膜起泡了", "钢化膜碎了一角"], ["屏幕贴膜有破损"]),
    ],
    "charm": [
        mk("charm_rope", ["挂着根红绳", "拴着红绳"], ["挂有红绳"]),
        mk("charm_gourd", ["挂个小葫芦", "挂着个小葫芦挂件"], ["挂有小葫芦挂件"]),
        mk("charm_lanyard", ["带个挂脖绳", "挂着挂脖子的绳"], ["带挂脖绳"]),
        mk("charm_bell", ["挂个小铃铛"], ["挂有小铃铛"]),
    ],
}
PHONE_MODELS = {
    "huawei": ["Mate 56", "nova 13 Lite", "畅享 57", "Mate 46 Pro", "nova 9 Max", "P58"],
    "apple": ["iPhone 12", "iPhone 13", "iPhone 14 Pro Max", "iPhone 11", "iPhone 15", "iPhone XR"],
    "xiaomi": ["小米 16S", "Civi 7", "小米 15 青春版"],
    "redmi": ["Redmi Note 17", "K66", "Redmi 19C"],
    "oppo": ["Reno 15 Lite", "A79s", "K16", "Reno 13 Pro"],
    "vivo": ["Y79", "S26", "X88", "Y36s"],
    "honor": ["X48", "Play 9C", "Magic 8 Lite", "X36i"],
    "jinfuxing": ["F9", "K18", "V8"],
}
PHONE_HIDDEN_OLD = ["锁屏是俺孙子的照片", "锁屏密码是俺生日", "屏保是全家福", "是闺女刚给买的，才用了俩月",
                    "通讯录里存着俺所有亲戚的电话", "里头有俺老伴的照片"]
PHONE_HIDDEN_YOUNG = ["锁屏是一只橘猫", "里面有我的网课资料", "微信里有压岁钱", "锁屏是我和同学的合照",
                      "密码是我生日", "是我爸淘汰下来给我的"]
PHONE_HIDDEN = ["锁屏是一只橘猫", "屏保是我和对象的合照", "手机里存着打工的工资单照片", "微信里还有两千多块钱",
                "开了查找手机，现在关机了找不着", "里面有孩子从小到大的照片", "锁屏密码是六位数", "手机卡是移动的，号不想换"]

WALLET_MARKS = {
    "wear": [
        mk("worn_corner", ["边角都磨白了", "边上磨得起毛了"], ["边角磨损发白"]),
        mk("zip_broken", ["拉链坏了", "拉链头掉了"], ["拉链损坏"]),
        mk("peeling", ["皮子有点开胶", "皮子起皮了"], ["皮面开胶起皮"]),
        mk("stitch", ["线开了一截", "侧面开线了"], ["一侧开线"]),
    ],
    "deco": [
        mk("coin", ["拉链上拴着个小铜钱", "挂着个铜钱"], ["拉链挂有铜钱挂件"]),
        mk("tassel", ["挂着个红穗子", "拴着红流苏"], ["挂有红色流苏"]),
        mk("button_snap", ["是按扣的", "带个按扣"], ["按扣式"]),
        mk("metal_logo", ["正面有个金属牌子", "上头有个铁牌牌"], ["正面有金属标牌"]),
    ],
}
KEY_MARKS = {
    "pendant": [
        mk("lantern", ["挂着个小红灯笼", "拴着个小灯笼"], ["挂有小红灯笼挂件"]),
        mk("pig", ["挂着个毛绒小猪", "有个粉猪猪挂件"], ["毛绒小猪挂件"]),
        mk("gourd", ["拴着个铜葫芦", "挂个小铜葫芦"], ["铜葫芦挂件"]),
        mk("pingan", ["挂了个“平安”小木牌", "有个写着平安的木牌子"], ["“平安”字样木牌"]),
        mk("bear", ["挂着个小熊玩偶", "挂个小熊"], ["小熊玩偶挂件"]),
        mk("tiger", ["挂着个布老虎", "拴着个小布老虎"], ["布老虎挂件"]),
        mk("gold_snake", ["挂个金色的小蛇", "拴着个蛇年的小金蛇"], ["金色小蛇挂件"]),
        mk("bottle_opener", ["挂着个开瓶器", "有个起子"], ["挂有开瓶器"]),
    ],
    "card": [
        mk("fob_blue", ["有个蓝色门禁卡", "带个蓝的门禁扣"], ["蓝色门禁扣一个"]),
        mk("fob_red", ["有个红的门禁卡", "带个红门禁扣"], ["红色门禁扣一个"]),
        mk("tape", ["有一把缠着红胶布", "有把钥匙上缠了红胶带"], ["一把钥匙缠有红胶布"]),
        mk("nail", ["还挂着个指甲刀", "连着个指甲剪"], ["挂有指甲刀一把"]),
        mk("usb", ["还挂着个U盘", "有个小U盘"], ["挂有U盘一个"]),
    ],
}
KEY_HIDDEN = ["其中一把是俺家铺子卷帘门的", "有一把是单位办公室的", "家里没备用钥匙，进不去门了",
              "车停在楼下开不了", "有把小钥匙是俺柜子上的"]

EBIKE_MARKS = {
    "quilt": [
        mk("quilt_camo", ["挂着迷彩的挡风被", "挡风被是迷彩的"], ["车头有迷彩挡风被"]),
        mk("quilt_check", ["挡风被是红格子的", "红格子挡风被"], ["红格子挡风被"]),
        mk("quilt_black", ["套着黑色挡风被", "挡风被黑的"], ["黑色挡风被"]),
        mk("quilt_flower", ["挡风被是带花的", "碎花挡风被"], ["碎花挡风被"]),
        mk("quilt_blue", ["挡风被是蓝的", "套着个蓝挡风被"], ["蓝色挡风被"]),
    ],
    "seat": [
        mk("seat_cushion", ["座子上垫着个棉垫子", "座上有个毛垫子"], ["座椅有棉坐垫"]),
        mk("seat_torn", ["座子破了个口子", "座套烂了"], ["座椅有破损"]),
        mk("seat_tape", ["座子用胶带缠着", "座上缠着黑胶布"], ["座椅缠有胶带"]),
    ],
    "misc": [
        mk("basket_bag", ["车筐里有个红塑料袋", "车筐里搁着个红袋子"], ["车筐内有红色塑料袋"]),
        mk("mirror_missing", ["左边后视镜掉了", "少个后视镜"], ["缺左侧后视镜"]),
        mk("sticker_pingan", ["车尾贴着“平安”贴纸", "后头贴着个平安贴"], ["车尾有“平安”贴纸"]),
        mk("trunk", ["后面装着个后备箱", "带个后备箱"], ["车尾装有后备箱"]),
        mk("child_seat", ["后座装着个小孩座椅", "后头有个儿童座"], ["后座加装儿童座椅"]),
        mk("handle_cover", ["车把上套着棉把套", "有棉手套把套"], ["车把有棉把套"]),
    ],
}
EBIKE_MODELS = {"yadea": ["冠越E8", "DE2", "欧逸"], "aima": ["A7 Plus", "小甜豆", "麦克斯"], "tailg": ["战隼", "钻驰T3"],
                "luyuan": ["MODO", "S36"], "sunra": ["XC1", "小新"]}
EBIKE_FRAME = {"yadea": "YD", "aima": "AM", "tailg": "TL", "luyuan": "LY", "sunra": "XR"}
EBIKE_HIDDEN = ["钥匙在俺这儿", "电瓶是去年新换的", "车是分期买的还没还完", "电瓶上俺拿记号笔写了个“王”字"]

BIKE_MARKS = {
    "a": [
        mk("bell_duck", ["车铃是个小黄鸭", "车把上有个小黄鸭喇叭"], ["车把有小黄鸭车铃"]),
        mk("basket_bent", ["车筐歪了", "车筐瘪了一块"], ["车筐变形"]),
        mk("rope_rack", ["后座绑着根绳", "后架上缠着绳子"], ["后货架绑有绳子"]),
        mk("new_tire", ["前轱辘是新换的", "前胎是新的"], ["前轮胎较新"]),
        mk("mudguard", ["后挡泥板掉了", "没后挡泥板"], ["缺后挡泥板"]),
    ],
    "b": [
        mk("lock_u", ["锁是U型锁", "挂着个U型锁"], ["挂U型锁"]),
        mk("lock_chain", ["链子锁锁着的", "拿链子锁锁着"], ["上有链条锁"]),
        mk("sticker_bike", ["横梁上贴着贴纸", "车梁上贴满了贴纸"], ["车架有贴纸"]),
        mk("light", ["车头装了个灯", "前面有个小灯"], ["车头装有车灯"]),
    ],
}
BIKE_MODELS = {"giant": ["ATX 760", "Escape 5"], "forever": ["28大杠", "变速山地"], "phoenix": ["老式二八"],
               "xds": ["逐日600", "英雄300"]}

BAG_MARKS = {
    "a": [
        mk("bell_zip", ["拉链上挂个小铃铛", "拉锁上有个铃铛"], ["拉链挂小铃铛"]),
        mk("torn_side", ["侧面破了个口子", "边上刮破了"], ["侧面有破口"]),
        mk("red_ribbon", ["提手上系着红布条", "把手上绑着红布条"], ["提手系红布条"]),
        mk("marker_name", ["上面拿记号笔写着“{sur}”字", "写了个大大的“{sur}”"], ["袋身用记号笔写有“{sur}”字"]),
        mk("badge", ["包上别着个徽章", "带个小徽章"], ["包上有徽章"]),
        mk("plush", ["挂着个毛绒公仔", "拉链上挂着个小熊"], ["挂毛绒公仔"]),
        mk("tag_phone", ["挂着行李牌，上面写着电话", "有个行李牌子"], ["挂行李牌，写有手机号（138****）"]),
        mk("wheel_broken", ["有个轱辘不好使", "一个轮子坏了"], ["一个轮子损坏"]),
    ],
}
BAG_HIDDEN = ["东西不值钱，就是急用", "里面的东西是给亲戚带的", "包是去年买的"]

CASH_MARKS = {
    "w": [
        mk("gxfc", ["红包上印着“恭喜发财”", "红包是恭喜发财的"], ["红包印有“恭喜发财”"]),
        mk("waisheng", ["红包上写着“外甥压岁”", "上面写着给外甥的"], ["红包上手写“外甥压岁”"]),
        mk("gei_ma", ["信封上写着“给妈”", "信封上俺写了“给妈”两个字"], ["信封上手写“给妈”"]),
        mk("gongzi", ["信封上写着“工资”", "是厂里发工资的信封"], ["信封印有“工资”字样"]),
        mk("rubber", ["用皮筋扎着", "拿皮筋捆着"], ["用皮筋捆扎"]),
        mk("newspaper", ["外面包了张报纸", "拿报纸裹着"], ["外包报纸"]),
        mk("snake_year", ["红包上是蛇年的图案", "红包印着小金蛇"], ["红包印有蛇年图案"]),
        mk("fu_env", ["红包上印着个大福字", "红包是福字的"], ["红包印有“福”字"]),
    ],
}
CASH_HIDDEN_OLD = ["这是给孙子们准备的压岁钱", "是刚从信用社取的，准备还账", "是卖羊的钱", "准备给老伴看病用的"]
CASH_HIDDEN = ["这是给孩子们准备的压岁钱", "是刚从信用社取的，准备还账", "是俺一年打工攒下的", "准备给老娘看病用的"]

JEWEL_HIDDEN = {
    "金手镯": ["是俺结婚时候婆婆给的", "有二十多克重", "发票和证书在家里"],
    "金戒指": ["是结婚戒指", "戴了二十多年了"], "金耳环": ["另一只还在俺这儿", "是闺女给买的生日礼物"],
    "金项链": ["是闺女给买的生日礼物", "发票和证书在家里", "去年在金店花了一万多买的"],
    "银手镯": ["孩子满月时候姥姥给打的", "孩子戴着的，一玩就掉了"], "玉镯": ["戴了二十多年了", "是娘家陪嫁的"],
    "手串": ["在五台山请的", "天天戴着盘的"], "珍珠项链": ["是对象送的", "去年在海边买的"]}
ELEC_HIDDEN = {
    "耳机": ["查找显示最后在那附近", "是同学送的生日礼物"], "充电宝": ["里面还有一半电", "是刚买的"],
    "平板": ["里面有网课资料", "密码是孩子生日"], "笔记本": ["是单位配的，丢了要赔", "里面有工作资料"],
    "相机": ["里面有拍的庙会照片", "存储卡里有孩子的照片"], "游戏机": ["是压岁钱买的", "里面插着卡带"],
    "学习机": ["开学还要用", "是刚买的"], "助听器": ["四千多块钱配的", "没它老人听不见"],
    "收音机": ["老人天天拿着听戏", "用了十几年了"], "手表": ["跟手机绑定的", "是对象送的"]}
OTHER_HIDDEN = {
    "羽绒服": ["刚买的，穿了没几天", "兜里还有两百块钱"], "保温杯": ["是单位发的", "用了好几年了"],
    "老花镜": ["三百度的", "配了一百多块钱"], "拐杖": ["是老伴用过的", "俺腿脚不好离不了它"],
    "帽子": ["是闺女给织的", "戴了好几年了"], "手套": ["是孩子给买的", "刚买的"],
    "围巾": ["是老伴给织的", "是对象送的"], "雨伞": ["下雪天打的", "不值钱，就是用惯了"],
    "二胡": ["拉了三十年了", "是俺师傅传下来的"], "暖手宝": ["充电的", "是孩子给买的"],
    "药袋": ["里面的药是救命用的", "刚从县医院开的"], "CT片": ["过几天还要拿去太原看病", "是给老人拍的片子"],
    "玩具": ["孩子哭着要", "是过年新买的"], "年货酒": ["是给老丈人拜年的", "花了四百多"]}
DOC_HIDDEN = ["过完年还要拿着办事", "过几天要坐车得用", "补办太麻烦了", "还要拿它去银行取钱"]

ROLE_FAMILY = {
    "保洁员": "cleaner", "医院保洁": "cleaner", "车站保安": "guard", "超市保安": "guard", "医院保安": "guard",
    "庙会保安": "guard", "银行保安": "guard", "售票员": "staff", "车站值班员": "staff", "小巴司机": "driver",
    "班车司机": "driver", "出租车司机": "driver", "摊主": "stall", "小吃店老板": "stall", "小卖部老板": "stall",
    "店老板": "stall", "药店店员": "stall", "护士": "staff", "收费处工作人员": "staff", "澡堂前台": "bath",
    "搓澡师傅": "bath", "浴池老板娘": "bath", "洗浴中心服务员": "bath", "收银员": "staff", "理货员": "staff",
    "学校门卫": "guard", "值班老师": "staff", "学生": "student", "补习班老师": "staff", "环卫工": "sanitation",
    "巡逻民警": "police", "庙会志愿者": "staff", "庙会管理处工作人员": "staff", "村民": "passer",
    "路人": "passer", "看戏的老汉": "passer", "戏班子的人": "staff", "冰场管理员": "staff", "租冰车的": "stall",
    "广场管理员": "staff", "市场管理员": "staff", "加油员": "staff", "大堂经理": "staff", "村委会": "staff",
}

BRANDS["shilingjiu"] = ("石岭老窖", ["SHILING LAOJIAO"], ["石岭老酒", "石领老窖"], "shi ling lao jiao")
COLORS["rwb"] = (["红白蓝", "红白蓝条纹的", "蛇皮袋那种红白蓝"], ["red, white and blue"], "hong bai lan")

# --------------------------------------------------------------------------- identifiers

ID_KINDS_MUTABLE = ["imei", "idno", "card", "plate", "frame", "sn", "stuno", "workno", "oldno", "jzk"]


def new_id(kind, person=None, old=None, **kw):
    if kind == "imei":
        tac = old[:8] if old else None
        while True:
            v = make_imei(tac)
            if not old or v[-4:] != old[-4:]:
                return v
    if kind == "idno":
        while True:
            if person is not None and old is None:
                return person["idno"]
            male = pr(0.5)
            birth = dt.date(ri(1945, 2005), ri(1, 12), ri(1, 28))
            v = make_idno(ch(AREAS_LOCAL), birth, male)
            if not old or v[-4:] != old[-4:]:
                return v
    gen = {
        "card": lambda: digits(4),
        "plate": lambda: "石岭E" + digits(5),
        "frame": lambda: kw.get("pfx", "XX") + "20" + digits(2) + ch("ABCDEFGHK") + digits(6),
        "sn": lambda: kw.get("snfmt", lambda: alnum(10, True))(),
        "stuno": lambda: ch(["2022", "2023", "2024"]) + digits(4),
        "workno": lambda: "HT" + digits(6),
        "oldno": lambda: "1481" + digits(8),
        "jzk": lambda: "JZ" + digits(8),
        "cert": lambda: "ZJ" + digits(10),
        "passport": lambda: ch("EGKP") + digits(8),
    }[kind]
    while True:
        v = gen()
        if not old or v[-4:] != old[-4:]:
            return v


def mkid(kind, ok, fs, person=None, **kw):
    d = dict(kind=kind, ok=pr(ok), fs=pr(fs), kw={k: v for k, v in kw.items() if k != "snfmt"})
    if kind == "card":
        d["prefix"] = ch(["6228", "6217", "6210", "6230", "6222", "6212"])
    d["val"] = new_id(kind, person=person, **kw)
    if kind == "imei" and pr(0.3):
        d["imei2"] = new_id("imei", old=d["val"])
    return d


def mask_id(v):
    return wch([(v[:6] + "********" + v[-4:], 50), (v[:3] + "***********" + v[-4:], 25), (v[:14] + "****", 25)])


def fmt_id(d, side):
    """(field text, body phrase) for one identifier as this side writes it."""
    k, v = d["kind"], d["val"]
    if k == "imei":
        spaced = "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14])
        grp4 = " ".join(v[i:i + 4] for i in range(0, 15, 4))
        if side == "o":
            if d.get("imei2") and pr(0.4):
                x = "%s / %s" % (v, d["imei2"])
                return x, ch(["IMEI1：%s，IMEI2：%s" % (v, d["imei2"]), "盒子上两个串号：%s和%s" % (v, d["imei2"])])
            x = wch([(v, 35), (spaced, 20), (grp4, 15), ("IMEI尾号" + v[-4:], 15), (v[:8] + "*****" + v[-2:], 0),
                     ("串号后六位" + v[-6:], 15)])
            b = ch(["串号是%s", "盒子上的IMEI号%s", "IMEI：%s", "手机串号%s"]) % x if not x.startswith(("IMEI尾", "串号后")) else x
            return x, b
        x = wch([(v, 45), (spaced, 15), ("IMEI:" + v, 25), (grp4, 15)])
        b = ch(["卡托上印有IMEI %s", "拨*#06#显示串号%s", "串号%s", "IMEI号%s"]) % x.replace("IMEI:", "")
        return x, b
    if k == "idno":
        if side == "o":
            x = wch([(v, 55), ("%s %s %s" % (v[:6], v[6:14], v[14:]), 10), (v[:6] + "********" + v[-4:], 15),
                     ("后四位" + v[-4:], 10), (v.lower(), 10 if v.endswith("X") else 0)])
            b = ch(["身份证号%s", "号码是%s", "证号%s"]) % x if not x.startswith("后四位") else "身份证号" + x
            return x, b
        masked = (v[:6] + "********" + v[-4:]) if d.get("strict") else mask_id(v)
        x = wch([(v, 50), (masked, 50)])
        return x, ch(["身份证号码%s", "证号%s", "公民身份号码%s"]) % x
    if k == "card":
        t, p = v, d["prefix"]
        if side == "o":
            x = wch([("尾号" + t, 40), (t, 15), ("后四位" + t, 20), (p + "****" + t, 25)])
            return x, ch(["卡号%s", "卡%s"]) % x if x[0].isdigit() else "卡" + x
        x = wch([(p + "****" + t, 40), (p + " **** **** " + t, 20), (p + "**********" + t, 15), ("尾号" + t, 25)])
        return x, "卡号" + x
    if k == "plate":
        if side == "o":
            x = wch([(v, 40), (v[2:], 25), ("石岭E·" + v[3:], 20), ("E-" + v[3:], 15)])
            return x, ch(["车牌%s", "牌照是%s", "牌子号%s"]) % x
        x = wch([(v, 60), ("石岭 " + v[2:], 20), (v[2:], 20)])
        return x, ch(["车牌号%s", "号牌%s"]) % x
    if k == "frame":
        if side == "o":
            x = wch([(v, 50), (v.lower(), 20), ("车架号后六位" + v[-6:], 30)])
            return x, (ch(["车架号%s", "发票上车架号是%s"]) % x) if not x.startswith("车架号") else x
        x = wch([(v, 50), (" ".join(v[i:i + 4] for i in range(0, len(v), 4)), 25), (v.lower(), 25)])
        return x, ch(["车架号%s", "车架钢印%s"]) % x
    if k in ("sn", "cert", "passport", "jzk", "workno", "oldno", "stuno"):
        label = {"sn": "序列号", "cert": "证书编号", "passport": "护照号", "jzk": "就诊卡号", "workno": "工号",
                 "oldno": "编号", "stuno": "学号"}[k]
        if side == "o":
            x = wch([(v, 50), (label + v, 30), (label + "后四位" + v[-4:], 20 if k == "sn" else 0)])
            return x, x if x.startswith(label) else label + x
        if k == "sn":
            x = wch([(v, 40), ("S/N " + v, 35), (" ".join(v[i:i + 4] for i in range(0, len(v), 4)), 25)])
            return x, ch(["底部标签S/N：%s", "背面印有序列号%s", "SN码%s"]) % x.replace("S/N ", "")
        x = wch([(v, 60), (label + v, 40)])
        if k == "stuno" and pr(0.3):
            x = v[:4] + " " + v[4:]
        return x, x if x.startswith(label) else label + x
    raise ValueError(k)


# --------------------------------------------------------------------------- contents

def ct(key, o, f, named=False):
    return dict(key=key, o=o, f=f, named=named)


def ct_cash(amount, exact_owner=False):
    if exact_owner:
        o = ["%s块钱" % cn_money(amount) if amount % 10 == 0 else "%d块钱" % amount, "%d元" % amount]
    else:
        o = approx_amount(amount)
    d = ct("cash", o, ["现金%d元" % amount, "人民币%d元" % amount, "现金共计%d元" % amount])
    d["amount"] = amount
    d["exact"] = exact_owner
    return d


def ct_idcard(p):
    n = p["name"]
    return ct("idcard", ["身份证", "俺的身份证" if p["age"] == "old" else "我的身份证", "身份证（%s）" % n],
              ["身份证一张（%s）" % n, "%s的身份证一张" % n, "居民身份证一张，姓名%s" % n], named=True)


def ct_bankcard(bank, prefix, tail):
    zh = BRANDS[bank][0]
    short = BRANDS[bank][2][0]
    return ct("bankcard", ["%s卡，尾号%s" % (short, tail), "一张%s的卡" % zh, "%s卡（后四位%s）" % (short, tail)],
              ["%s银行卡一张（%s****%s）" % (zh.replace("银行", ""), prefix, tail), "%s卡一张，尾号%s" % (short, tail)])


PHOTO_PAIRS = [("一张俺孙子的照片", "小孩照片一张"), ("老伴年轻时候的照片", "黑白老照片一张"),
               ("闺女的一寸照片", "一寸照片一张（女孩）"), ("我和对象的合照", "两人合影照片一张")]


def ct_photo():
    o, f = ch(PHOTO_PAIRS)
    return ct("photo", [o], [f])


def ct_ticket(city, d):
    lp = lunar_phrase(d)
    sp = "%d月%d日" % (d.month, d.day)
    return ct("ticket", ["%s回%s的车票" % (lp, city), "返程车票（%s去%s的）" % (sp, city)],
              ["石岭至%s汽车票一张（%s）" % (city, sp), "%s石岭—%s车票一张" % (sp, city)])


def ct_named(key, o, f_tpl, p):
    return ct(key, o, [t.format(name=p["name"]) for t in f_tpl], named=True)


BAG_CONTENTS = {
    "books": (["寒假作业和练习册，上面写着名字", "寒假作业，本子上都写着我名字"],
              ["寒假作业、练习册若干，署名{name}", "书本若干（写有“{name}”）"], True),
    "pencil": (["文具盒", "笔袋"], ["笔袋一个"], False),
    "clothes": (["几件换洗衣裳", "换洗衣服"], ["衣物若干", "换洗衣服几件"], False),
    "nianhuo": (["两瓶酒一条烟", "年货，有酒有烟"], ["白酒两瓶、香烟一条", "烟酒年货若干"], False),
    "charger": (["手机充电器", "充电器"], ["充电器一个"], False),
    "cup": (["保温杯"], ["保温杯一个"], False),
    "medicine": (["俺的降压药", "降压药"], ["药品若干（降压药）"], False),
    "kidclothes": (["给孙子买的新衣裳"], ["儿童新衣服一套（带吊牌）"], False),
    "workclothes": (["干活的工作服"], ["工作服一套"], False),
    "snacks": (["两盒点心", "点心匣子"], ["点心礼盒两盒"], False),
    "dates": (["一包红枣"], ["红枣一袋"], False),
    "duilian": (["对联和福字"], ["春联、福字若干"], False),
    "documents": (["一个文件袋，里头是合同"], ["文件袋一个（内有合同）"], False),
    "cosmetics": (["化妆包"], ["化妆品若干"], False),
    "powerbank": (["充电宝"], ["充电宝一个"], False),
    "toys": (["给孩子买的玩具"], ["儿童玩具若干"], False),
}


def ct_bag(key, p):
    o, f, named = BAG_CONTENTS[key]
    return ct(key, o, [t.format(name=p["name"]) for t in f], named=named)


# --------------------------------------------------------------------------- builders

def base(cat, sub, person, voice, noun_o, noun_f, cl, noun_en=None):
    return dict(cat=cat, sub=sub, person=person, voice=voice, noun_o=noun_o, noun_f=noun_f, cl=cl,
                noun_en=noun_en or sub, color=None, brand=None, model=None, model_printed=False,
                ids=[], marks=[], contents=[], hidden=[], fstate=[], pool=None)


def add_marks(o, pools, probs):
    groups = [g for g in sorted(pools) if pr(probs.get(g, 0.5))]
    if not groups:
        groups = [ch(sorted(pools))]
    R.shuffle(groups)
    o["pool"] = pools
    for g in groups:
        o["marks"].append(dict(group=g, spec=ch(pools[g])))


def b_phone(voice, p, sub=None):
    if voice in ("elder", "relative"):
        brand = wch([("jinfuxing", 45), ("huawei", 15), ("oppo", 10), ("vivo", 10), ("honor", 10), ("redmi", 10)])
    elif voice == "student":
        brand = wch([("apple", 30), ("huawei", 20), ("xiaomi", 10), ("redmi", 15), ("oppo", 10), ("vivo", 10),
                     ("honor", 5)])
    else:
        brand = wch([("huawei", 28), ("apple", 20), ("xiaomi", 8), ("redmi", 10), ("oppo", 12), ("vivo", 12),
                     ("honor", 10)])
    if sub == "老人机":
        brand = "jinfuxing"
    if brand == "jinfuxing":
        o = base("phone", "老人机", p, voice, ["老人机", "手机", "按键手机", "电话"], ["老年手机", "按键手机", "老人机"], "部",
                 "phone")
        o["color"] = ch(["red", "black", "gold", "blue"])
    else:
        o = base("phone", "智能机", p, voice, ["手机"] if voice not in ("elder",) else ["手机", "电话"],
                 ["手机", "智能手机"], "部", "phone")
        o["color"] = ch(["black", "black", "white", "blue", "gold", "silver", "green", "purple", "grey", "pink",
                         "navy"] if brand != "apple" else ["black", "white", "blue", "purple", "red", "gold",
                                                             "silver", "green"])
    o["brand"] = brand
    o["model"] = ch(PHONE_MODELS[brand])
    o["ids"] = [mkid("imei", 0.15 if voice == "elder" else 0.35, 0.5 if brand == "jinfuxing" else 0.35)]
    add_marks(o, PHONE_MARKS, {"case": 0.75, "damage": 0.4, "charm": 0.3})
    o["hidden"] = R.sample(PHONE_HIDDEN_OLD if voice in ("elder", "relative") else
                           PHONE_HIDDEN_YOUNG if voice == "student" else PHONE_HIDDEN, 2)
    o["fstate"] = ["捡到时已经关机了", "电量还剩一半左右", "屏幕亮着，有好几个未接来电", "有来电，显示“闺女”",
                   "锁屏是一张小孩照片", "开着机，有密码打不开", "没电了开不了机"]
    return o


ID_HOLDER = {"h": [mk("holder_clear", ["装在透明卡套里", "套着透明卡套"], ["套有透明卡套"]),
                   mk("holder_pink", ["套着个粉卡套", "外头是粉色卡套"], ["粉色卡套"]),
                   mk("holder_bus", ["和公交卡套在一块", "跟一张公交卡放一起"], ["与一张公交卡套在一起"]),
                   mk("photo_back", ["后面夹着张小照片", "背后夹着个一寸照片"], ["背面夹有一张小照片"]),
                   mk("corner_cut", ["一个角有点折了", "角上磨花了"], ["一角有折痕"])]}


def b_id_doc(voice, p, sub=None):
    if sub is None:
        w = {"elder": [("身份证", 40), ("社保卡", 25), ("老年证", 15), ("银行卡", 15), ("就诊卡", 5)],
             "relative": [("身份证", 40), ("社保卡", 25), ("老年证", 15), ("银行卡", 10), ("就诊卡", 10)],
             "student": [("学生证", 60), ("身份证", 25), ("银行卡", 15)],
             "migrant": [("身份证", 45), ("驾驶证", 15), ("银行卡", 20), ("工牌", 15), ("户口本", 5)]}
        sub = wch(w.get(voice, [("身份证", 40), ("驾驶证", 20), ("银行卡", 20), ("户口本", 10), ("社保卡", 10)]))
    if sub == "身份证":
        o = base("id_doc", sub, p, voice, ["身份证", "身份证", "二代身份证", "身分证"], ["居民身份证", "身份证"], "张",
                 "ID card")
        o["ids"] = [mkid("idno", 0.75, 0.9, p)]
        if pr(0.35):
            add_marks(o, ID_HOLDER, {"h": 1})
        o["fstate"] = ["住址为石岭县%s" % p["village"], "照片是个%s" % ("男的" if p["male"] else "女的"),
                       "出生日期%d年%d月%d日" % (p["birth"].year, p["birth"].month, p["birth"].day)]
    elif sub == "驾驶证":
        o = base("id_doc", sub, p, voice, ["驾驶证", "驾照", "驾驶本"], ["机动车驾驶证", "驾驶证"], "本", "driving licence")
        o["ids"] = [mkid("idno", 0.55, 0.85, p)]
        if pr(0.6):
            o["color"] = ch(["brown", "black"])
        add_marks(o, {"c": [mk("dl_c1", ["C1的本", "准驾C1"], ["准驾车型C1"]),
                            mk("dl_fuye", ["副页也在里头", "带着副页"], ["有副页"]),
                            mk("dl_card", ["皮套里还插着张加油卡", "里面夹着加油卡"], ["皮套内夹加油卡一张"])]},
                  {"c": 0.7})
    elif sub == "学生证":
        o = base("id_doc", sub, p, voice, ["学生证"], ["学生证"], "本", "student card")
        o["ids"] = [mkid("stuno", 0.8, 0.9)]
        o["color"] = ch(["red", "blue", "green"])
        school = p["school"]
        add_marks(o, {"s": [mk("sc_" + school, ["%s的" % school], ["%s学生证" % school]),
                            mk("sc_sticker", ["封皮上贴着个贴画"], ["封皮贴有贴画"])]}, {"s": 1})
        o["fstate"] = ["照片是个%s学生" % ("男" if p["male"] else "女")]
    elif sub == "社保卡":
        o = base("id_doc", sub, p, voice, ["社保卡", "医保卡", "社会保障卡"], ["社会保障卡", "社保卡"], "张",
                 "social security card")
        o["brand"] = ch(["rcb", "ccb", "abc"])
        o["ids"] = [mkid("idno", 0.4, 0.8, p)]
        if pr(0.3):
            add_marks(o, ID_HOLDER, {"h": 1})
    elif sub == "银行卡":
        o = base("id_doc", sub, p, voice, ["银行卡", "卡", "存钱的卡"], ["银行卡"], "张", "bank card")
        o["brand"] = ch(["abc", "psbc", "rcb", "ccb", "icbc"])
        o["ids"] = [mkid("card", 0.9, 0.95)]
        if pr(0.4):
            o["color"] = {"abc": "green", "psbc": "green", "rcb": "red", "ccb": "blue", "icbc": "red"}[o["brand"]]
        if pr(0.4):
            add_marks(o, {"s": [mk("card_sign", ["背面签着名", "后头签了名字"], ["背面有签名“%s”" % p["name"]]),
                                mk("card_gold", ["是金卡", "金色的那种卡"], ["金卡"]),
                                mk("card_sticker", ["卡上贴着一小块胶布写着密码提示", "贴着个小贴纸"], ["卡面贴有小贴纸"])]},
                      {"s": 1})
    elif sub == "户口本":
        o = base("id_doc", sub, p, voice, ["户口本", "户口簿"], ["居民户口簿", "户口本"], "本", "household register")
        o["color"] = "red"
        o["ids"] = [mkid("idno", 0.3, 0.6, p)]
        o["fstate"] = ["户主%s，住址石岭县%s" % (p["name"], p["village"])]
        add_marks(o, {"s": [mk("hk_bag", ["装在一个塑料文件袋里", "拿塑料袋装着"], ["装于塑料文件袋内"]),
                            mk("hk_pages", ["一共四页", "全家四口人"], ["共四页（四人）"])]}, {"s": 0.6})
    elif sub == "老年证":
        o = base("id_doc", sub, p, voice, ["老年证", "老年优待证", "老人证"], ["老年人优待证", "老年证"], "本",
                 "senior card")
        o["color"] = "red"
        o["ids"] = [mkid("oldno", 0.2, 0.8)]
    elif sub == "就诊卡":
        o = base("id_doc", sub, p, voice, ["就诊卡", "县医院的就诊卡", "看病的卡"], ["县人民医院就诊卡", "就诊卡"], "张",
                 "hospital card")
        o["ids"] = [mkid("jzk", 0.3, 0.9)]
        o["color"] = "blue"
    else:  # 工牌
        o = base("id_doc", sub, p, voice, ["工牌", "厂牌", "工作证"], ["工作证（厂牌）", "工牌"], "个", "work badge")
        o["ids"] = [mkid("workno", 0.8, 0.9)]
        o["color"] = "blue"
        add_marks(o, {"s": [mk("fac_ht", ["东莞鸿泰电子厂的", "鸿泰电子厂的工牌"], ["东莞鸿泰电子厂工牌"]),
                            mk("fac_lanyard", ["挂着蓝色挂绳", "带根蓝绳"], ["蓝色挂绳"])]}, {"s": 1})
    o["named"] = True
    o["hidden"] = R.sample(DOC_HIDDEN, 1)
    return o


def b_wallet(voice, p, sub=None):
    sub = sub or wch([("短款", 40), ("长款", 30), ("零钱包", 15), ("卡包", 15)])
    noun_f = {"短款": ["短款钱包", "钱包", "对折钱包"], "长款": ["长款钱包", "钱包", "长款皮夹"],
              "零钱包": ["零钱包", "小钱包"], "卡包": ["卡包", "卡夹"]}[sub]
    noun_o = {"短款": ["钱包", "钱夹子", "皮夹子"], "长款": ["长钱包", "钱包", "长款钱包"],
              "零钱包": ["零钱包", "小钱包", "钱包子"], "卡包": ["卡包", "装卡的小包"]}[sub]
    o = base("wallet", sub, p, voice, noun_o, noun_f, "个", "wallet")
    o["brand"] = wch([(None, 35), ("septwolves", 20), ("goldlion", 15), ("woodpecker", 12), ("playboy", 10)])
    o["color"] = wch([("black", 35), ("brown", 25), ("navy", 8), ("red", 12), ("pink", 8), ("grey", 6),
                      ("purple", 6)])
    amount = ri(3, 60) * 10 + (ri(1, 9) if pr(0.4) else 0)
    if voice == "migrant":
        amount = ri(8, 45) * 100 + ri(0, 9) * 10
    if sub == "卡包":
        amount = ri(0, 15) * 10
    if amount:
        o["contents"].append(ct_cash(amount))
    if pr(0.55):
        o["contents"].append(ct_idcard(p))
        o["ids"].append(mkid("idno", 0.25, 0.45, p))
    if pr(0.55) or sub == "卡包":
        bank = ch(["abc", "psbc", "rcb", "ccb", "icbc"])
        cid = mkid("card", 0.6, 0.6)
        o["ids"].append(cid)
        o["contents"].append(ct_bankcard(bank, cid["prefix"], cid["val"]))
    if pr(0.25):
        o["contents"].append(ct_photo())
    if voice == "migrant" and pr(0.5):
        o["contents"].append(ct_ticket(ch(CITIES), dt.date(2025, 2, ri(3, 14))))
    if pr(0.2):
        o["contents"].append(ct_named("medcard", ["医保卡", "社保卡"], ["社保卡一张（{name}）"], p))
    if pr(0.1):
        o["contents"].append(ct_named("driver", ["驾驶证"], ["驾驶证一本（{name}）"], p))
    if pr(0.2):
        o["contents"].append(ct("receipts", None, ["购物小票几张", "几张超市小票"]))
    o["named"] = any(c["named"] for c in o["contents"])
    add_marks(o, WALLET_MARKS, {"wear": 0.6, "deco": 0.4})
    o["hidden"] = R.sample(["钱包是对象送的", "钱是准备给孩子交学费的", "这钱是今年打工挣的", "钱包用了好些年了舍不得扔"], 1)
    return o


def b_keys(voice, p, sub=None):
    sub = sub or wch([("家门钥匙", 55), ("车钥匙", 30), ("摩托钥匙", 8), ("钥匙包", 7)])
    o = base("keys", sub, p, voice, ["钥匙", "一串钥匙", "钥匙串"], ["钥匙", "钥匙串", "一串钥匙"], "串", "keys")
    if sub == "车钥匙":
        o["brand"] = wch([("wuling", 12), ("vw", 8), ("haval", 6)])
        o["noun_o"] = ["车钥匙", "一串钥匙带车钥匙", "钥匙"]
        o["noun_f"] = ["汽车钥匙（连家门钥匙）", "钥匙串（带车钥匙）"]
    elif sub == "摩托钥匙":
        o["brand"] = "haojue"
        o["noun_o"] = ["摩托车钥匙", "钥匙"]
        o["noun_f"] = ["摩托车钥匙", "钥匙串（含摩托车钥匙）"]
    elif sub == "钥匙包":
        o["color"] = ch(["black", "brown", "red"])
        o["noun_o"] = ["钥匙包", "钥匙"]
        o["noun_f"] = ["钥匙包（内有钥匙）", "钥匙包"]
    elif pr(0.25):
        o["color"] = ch(["red", "pink", "blue", "gold"])
    n = ri(2, 7)
    pools = dict(KEY_MARKS)
    pools["count"] = [mk("count%d" % n, ["%s把钥匙" % cn_int(n), "%d把钥匙" % n], ["钥匙%d把" % n, "共%d把钥匙" % n])]
    add_marks(o, pools, {"pendant": 0.75, "card": 0.55, "count": 0.5})
    o["hidden"] = R.sample(KEY_HIDDEN, 1)
    return o


def b_ebike(voice, p, sub=None):
    o = base("ebike", "电动车", p, voice, ["电动车", "电瓶车", "电车子", "电动车"], ["电动车", "电动自行车", "两轮电动车"],
             "辆", "e-bike")
    o["brand"] = ch(["yadea", "yadea", "aima", "aima", "tailg", "luyuan", "sunra"])
    o["model"] = ch(EBIKE_MODELS[o["brand"]])
    o["model_printed"] = True
    o["color"] = ch(["white", "black", "red", "blue", "grey", "pink", "green", "silver"])
    o["ids"] = [mkid("plate", 0.85, 0.9), mkid("frame", 0.3, 0.55, pfx=EBIKE_FRAME[o["brand"]])]
    add_marks(o, EBIKE_MARKS, {"quilt": 0.7, "seat": 0.4, "misc": 0.55})
    o["hidden"] = R.sample(EBIKE_HIDDEN, 1)
    o["fstate"] = ["车钥匙还插在上面", "车没锁", "停了好几天，落了一层雪", "电量显示快没电了"]
    return o


def b_bicycle(voice, p, sub=None):
    o = base("bicycle", "自行车", p, voice, ["自行车", "单车", "车子"], ["自行车", "山地自行车", "自行车"], "辆", "bike")
    o["brand"] = wch([("giant", 30), ("forever", 20), ("phoenix", 15), ("xds", 20), (None, 15)])
    if o["brand"]:
        o["model"] = ch(BIKE_MODELS[o["brand"]])
        o["model_printed"] = True
    o["color"] = ch(["black", "white", "blue", "red", "grey", "green", "yellow"])
    o["ids"] = [mkid("frame", 0.15, 0.5, pfx="G" + ch("JKMT"))]
    add_marks(o, BIKE_MARKS, {"a": 0.7, "b": 0.6})
    o["hidden"] = ["车锁钥匙在我这", "是我爸去年给我买的生日礼物"][ri(0, 1):][:1]
    return o


def b_bag(voice, p, sub=None):
    if sub is None:
        subs = {"student": ["书包", "双肩包"], "migrant": ["拉杆箱", "编织袋", "双肩包", "旅行包"],
                "elder": ["布兜", "编织袋", "挎包", "手提袋"]}.get(voice, ["挎包", "手提包", "双肩包", "购物袋", "拉杆箱"])
        sub = ch(subs)
    nouns = {"书包": (["书包"], ["学生书包", "书包"]), "双肩包": (["双肩包", "背包"], ["双肩背包", "双肩包"]),
             "拉杆箱": (["行李箱", "拉杆箱", "箱子"], ["拉杆行李箱", "行李箱"]),
             "编织袋": (["编织袋", "蛇皮袋子", "大袋子"], ["编织袋", "蛇皮袋"]),
             "旅行包": (["旅行包", "大包"], ["旅行包", "手提旅行袋"]),
             "布兜": (["布兜子", "布袋子"], ["布袋", "手提布袋"]), "挎包": (["挎包", "包"], ["斜挎包", "挎包"]),
             "手提袋": (["手提袋", "袋子"], ["手提袋"]), "手提包": (["手提包", "包包"], ["女士手提包", "手提包"]),
             "购物袋": (["购物袋", "袋子"], ["购物袋"])}[sub]
    o = base("bag", sub, p, voice, nouns[0], nouns[1], "个", "bag")
    brands = {"书包": [("kalayang", 35), ("nike", 15), ("anta", 15), (None, 35)],
              "双肩包": [("nike", 20), ("adidas", 15), ("anta", 15), ("lining", 15), ("camel", 15), (None, 20)],
              "拉杆箱": [("oiwas", 35), ("samsonite", 20), (None, 45)], "旅行包": [("camel", 40), (None, 60)],
              "挎包": [("camel", 30), ("playboy", 20), (None, 50)], "手提包": [("playboy", 30), (None, 70)]}
    o["brand"] = wch(brands.get(sub, [(None, 1)]))
    if sub == "编织袋":
        o["color"] = "rwb"
    else:
        o["color"] = ch(["black", "black", "blue", "red", "grey", "navy", "pink", "green", "brown", "purple"])
    keys = {"书包": ["books", "pencil", "powerbank"], "双肩包": ["clothes", "charger", "cup", "powerbank", "documents"],
            "拉杆箱": ["clothes", "nianhuo", "workclothes", "kidclothes", "charger"],
            "编织袋": ["nianhuo", "dates", "duilian", "snacks", "clothes"], "旅行包": ["clothes", "workclothes", "nianhuo"],
            "布兜": ["medicine", "dates", "snacks", "kidclothes"], "挎包": ["cosmetics", "charger", "medicine", "cup"],
            "手提袋": ["snacks", "duilian", "medicine", "toys"], "手提包": ["cosmetics", "powerbank", "documents"],
            "购物袋": ["snacks", "toys", "duilian", "kidclothes"]}[sub]
    ks = R.sample(keys, ri(1, min(3, len(keys))))
    if sub == "书包" and "books" not in ks:
        ks.insert(0, "books")
    for k in ks:
        o["contents"].append(ct_bag(k, p))
    if sub in ("拉杆箱", "双肩包", "旅行包", "挎包") and pr(0.25):
        o["contents"].append(ct_idcard(p))
        o["ids"].append(mkid("idno", 0.3, 0.5, p))
    o["named"] = any(c["named"] for c in o["contents"])
    add_marks(o, BAG_MARKS, {"a": 0.8})
    o["hidden"] = R.sample(BAG_HIDDEN + (["箱子密码是三个零"] if sub == "拉杆箱" else []), 1)
    return o


def b_cash(voice, p, sub=None):
    sub = sub or wch([("红包", 45), ("牛皮纸信封", 15), ("白信封", 8), ("皮筋", 12), ("黑塑料袋", 8), ("手绢", 7)])
    spec = {"红包": (["红包", "压岁钱红包"], ["红包", "压岁红包"], "red", ["gxfc", "waisheng", "snake_year", "fu_env"]),
            "牛皮纸信封": (["信封装的钱", "牛皮纸信封装的钱"], ["牛皮纸信封（内有现金）", "信封装的现金"], "brown",
                      ["gei_ma", "gongzi"]),
            "白信封": (["信封装的钱", "白信封装的钱"], ["白色信封（内有现金）"], "white", ["gei_ma", "gongzi"]),
            "皮筋": (["一沓钱", "一卷钱", "钱"], ["现金", "成卷的现金"], None, ["rubber", "newspaper"]),
            "黑塑料袋": (["塑料袋装的钱", "一袋子钱"], ["黑色塑料袋（内有现金）"], "black", ["rubber", "newspaper"]),
            "手绢": (["手绢包着的钱", "拿手绢包着的钱"], ["手帕包裹的现金"], ch(["blue", "purple"]), ["rubber"])}[sub]
    o = base("cash", sub, p, voice, spec[0], spec[1], "个" if sub not in ("皮筋",) else "沓", "cash")
    o["color"] = spec[2]
    if sub == "红包":
        amount = ch([200, 200, 500, 600, 600, 800, 1000, 1000, 1200, 2000])
    elif sub in ("牛皮纸信封", "白信封"):
        amount = ri(10, 80) * 100
    else:
        amount = ri(3, 50) * 100 + (ri(1, 9) * 10 if pr(0.5) else 0)
    o["amount"] = amount
    o["contents"].append(ct_cash(amount, exact_owner=(sub == "红包" or pr(0.4))))
    den = ch([("new", ["都是一百的新票子", "全是新的一百块"], ["百元新钞", "全是百元新钞"]),
              ("mixed", ["一百的五十的都有", "有一百的也有五十的"], ["百元、五十元纸币若干"]),
              ("small", ["零零碎碎的，有十块二十的", "好些零钱"], ["十元、二十元零钞若干"])])
    o["contents"].append(ct("den_" + den[0], den[1], den[2]))
    pool = {"w": [m for m in CASH_MARKS["w"] if m["key"] in spec[3]]}
    add_marks(o, pool, {"w": 0.8})
    o["hidden"] = R.sample(CASH_HIDDEN_OLD if voice in ("elder", "relative") else CASH_HIDDEN, 1)
    return o


JEWEL_SUBS = {
    "金手镯": dict(no=["金镯子", "金手镯"], nf=["金手镯", "黄金手镯"], cl="只", colors=["gold"],
                brands=[("ctf", 30), ("lfx", 25), ("xinyuan", 25), (None, 20)],
                pool={"p": [mk("dragon_phoenix", ["上面是龙凤的花纹", "龙凤镯"], ["龙凤花纹"]),
                            mk("fu_bangle", ["刻着福字", "上头有福字"], ["刻有“福”字"]),
                            mk("plain_b", ["光面的，没花", "素圈的"], ["光面素圈"]),
                            mk("ancient", ["古法的，磨砂面", "古法金的"], ["古法磨砂工艺"])]}),
    "金戒指": dict(no=["金戒指", "戒指"], nf=["金戒指", "黄金戒指"], cl="枚", colors=["gold"],
                brands=[("ctf", 30), ("lfx", 25), ("xinyuan", 25), (None, 20)],
                pool={"p": [mk("engr_love", ["里头刻着LOVE", "内圈刻着LOVE"], ["内圈刻“LOVE”"]),
                            mk("engr_wl", ["里圈刻着W&L", "刻着W&L两个字母"], ["内圈刻字母W&L"]),
                            mk("engr_date", ["戒指里头刻着1998.10.01", "里面刻着结婚日子1998.10.01"], ["内圈刻“1998.10.01”"]),
                            mk("engr_zl", ["里圈刻着Z&L", "刻着Z&L"], ["内圈刻字母Z&L"])]}),
    "金耳环": dict(no=["金耳环", "一只金耳坠", "耳环"], nf=["金耳环（单只）", "黄金耳饰（单只）"], cl="只", colors=["gold"],
                brands=[("ctf", 25), ("lfx", 20), ("xinyuan", 25), (None, 30)],
                pool={"p": [mk("hoop", ["圈圈样式的", "圆圈的"], ["圆圈款"]),
                            mk("drop", ["带个小坠子", "吊坠的"], ["吊坠款"]),
                            mk("plum", ["小梅花的", "梅花样子"], ["梅花造型"])]}),
    "金项链": dict(no=["金项链", "金链子"], nf=["金项链（带吊坠）", "黄金项链"], cl="条", colors=["gold"],
                brands=[("ctf", 30), ("lfx", 25), ("xinyuan", 25), (None, 20)],
                pool={"p": [mk("p_snake", ["吊坠是个小金蛇", "坠子是条小蛇，孩子属蛇"], ["吊坠为蛇造型"]),
                            mk("p_rabbit", ["坠子是小兔子", "吊坠是兔子"], ["兔子吊坠"]),
                            mk("p_pingan", ["挂着个平安扣", "坠子是平安扣"], ["平安扣吊坠"]),
                            mk("p_lock", ["坠子是个长命锁", "挂着长命锁"], ["长命锁吊坠"])]}),
    "银手镯": dict(no=["孩子的银镯子", "小银镯子", "银手镯"], nf=["儿童银手镯", "银手镯（儿童款）"], cl="只",
                colors=["silver"], brands=[("lfx", 30), (None, 70)],
                pool={"p": [mk("bells", ["上面挂着小铃铛", "带铃铛的"], ["带小铃铛"]),
                            mk("cmbs", ["刻着“长命百岁”", "上头有长命百岁四个字"], ["刻“长命百岁”"]),
                            mk("pax", ["刻着“平安喜乐”", "刻的平安喜乐"], ["刻“平安喜乐”"])]}),
    "玉镯": dict(no=["玉镯子", "翡翠镯子"], nf=["玉手镯", "翡翠手镯"], cl="只", colors=["green"], brands=[(None, 1)],
               pool={"p": [mk("crack", ["有一道细纹", "上头有道小纹"], ["有一道细裂纹"]),
                           mk("float", ["带点飘花", "里头有飘花"], ["有飘花"]),
                           mk("white_spot", ["有块白棉", "有一点白的"], ["内有白色棉絮"])]}),
    "手串": dict(no=["手串", "佛珠"], nf=["手串", "佛珠手串"], cl="串", colors=["brown", "red"], brands=[(None, 1)],
               pool={"p": [mk("zitan", ["小叶紫檀的，108颗", "紫檀的一百零八颗"], ["紫檀木质手串，108颗"]),
                           mk("bodhi", ["星月菩提的", "菩提子的"], ["星月菩提手串"]),
                           mk("tassel_bead", ["带个红穗子", "挂着红穗穗"], ["带红色穗子"])]}),
    "珍珠项链": dict(no=["珍珠项链", "珍珠链子"], nf=["珍珠项链"], cl="条", colors=["white"], brands=[(None, 70), ("ctf", 30)],
                 pool={"p": [mk("clasp", ["扣子是银的", "银扣子"], ["银色搭扣"]),
                             mk("small", ["珠子不大，黄豆那么大", "小珠子的"], ["珍珠直径约6毫米"]),
                             mk("double", ["是两圈的", "双层的"], ["双层款"])]}),
}


def b_jewelry(voice, p, sub=None):
    if sub is None:
        sub = ch(["金手镯", "金戒指", "金耳环", "金项链", "银手镯", "玉镯", "手串", "珍珠项链"] +
                 (["金手镯", "玉镯", "金耳环"] if voice in ("elder", "relative") else ["金项链", "金戒指"]))
    s = JEWEL_SUBS[sub]
    o = base("jewelry", sub, p, voice, s["no"], s["nf"], s["cl"], "jewellery")
    o["color"] = ch(s["colors"])
    o["brand"] = wch(s["brands"])
    add_marks(o, s["pool"], {"p": 0.9})
    if o["brand"] and pr(0.3):
        o["ids"] = [mkid("cert", 0.6, 0.0)]
    o["hidden"] = R.sample(JEWEL_HIDDEN[sub], 1)
    if o["brand"]:
        o["fstate"] = ["内侧印有“足金999”和品牌标记" if o["color"] == "gold" else "内侧有“S990”印记"]
    return o


ELEC_SUBS = {
    "耳机": dict(no=["蓝牙耳机", "耳机"], nf=["无线蓝牙耳机（带充电盒）", "蓝牙耳机"], cl="副", en="earbuds",
               brands=[("apple", 45), ("huawei", 35), ("xiaomi", 20)],
               models={"apple": ["AirPods Pro", "AirPods 3"], "huawei": ["FreeBuds 7i", "FreeBuds Lite 3"],
                       "xiaomi": ["Buds 6", "Redmi Buds 9"]}, colors=["white", "white", "black", "silver"],
               sn=(lambda: alnum(10, True), 0.2, 0.15),
               pool={"p": [mk("ear_dino", ["耳机盒套着个小恐龙硅胶套", "盒子外头有恐龙的套"], ["耳机盒有恐龙硅胶套"]),
                           mk("ear_lanyard", ["盒子上挂着根挂绳", "盒子拴着绳"], ["耳机盒挂有挂绳"]),
                           mk("ear_scratch", ["盒子上划花了", "盒子磨得挺旧"], ["耳机盒表面划痕多"]),
                           mk("ear_one", ["盒子里只有左耳", "右耳早丢了就剩左边的"], ["盒内仅左耳一只"])]}),
    "充电宝": dict(no=["充电宝"], nf=["移动电源（充电宝）", "充电宝"], cl="个", en="power bank",
                brands=[("romoss", 50), ("xiaomi", 50)], models={"romoss": ["20000mAh"], "xiaomi": ["10000mAh"]},
                printed=True, colors=["white", "black", "pink"], sn=None,
                pool={"p": [mk("pb_peppa", ["上面贴着小猪佩奇贴纸", "贴着佩奇"], ["贴有小猪佩奇贴纸"]),
                            mk("pb_cable", ["连着一根白色数据线", "插着根线"], ["连有白色数据线"]),
                            mk("pb_dent", ["角上磕了一块", "一个角磕坏了"], ["一角有磕痕"])]}),
    "平板": dict(no=["平板", "平板电脑", "iPad"], nf=["平板电脑"], cl="台", en="tablet",
               brands=[("apple", 55), ("huawei", 45)], models={"apple": ["iPad 9", "iPad Air 5"],
                                                                  "huawei": ["MatePad 12 SE", "MatePad 10.4"]},
               colors=["grey", "silver", "gold", "blue"], sn=(lambda: alnum(12, True), 0.35, 0.6),
               pool={"p": [mk("tab_case_blue", ["带个蓝色保护套", "套着蓝皮套"], ["蓝色保护套"]),
                           mk("tab_case_kb", ["带键盘套", "套着个带键盘的套"], ["带键盘保护套"]),
                           mk("tab_name", ["保护套背面写着名字", "套子上写了名字"], ["保护套背面写有名字“{name}”"]),
                           mk("tab_crack", ["屏幕右下角有裂纹", "屏右下角裂了"], ["屏幕右下角裂纹"])]}),
    "笔记本": dict(no=["笔记本电脑", "电脑"], nf=["笔记本电脑"], cl="台", en="laptop",
                brands=[("lenovo", 70), ("huawei", 30)], models={"lenovo": ["小新 Pro 15 Air", "ThinkBook 13x"],
                                                                    "huawei": ["MateBook D15 Lite"]},
                printed=True, colors=["grey", "silver", "black"], sn=(lambda: "PF" + alnum(6), 0.3, 0.85),
                pool={"p": [mk("lap_sticker", ["电脑上贴着好几个贴纸", "外壳贴满贴纸"], ["机身贴有多张贴纸"]),
                            mk("lap_bag", ["装在黑色电脑包里", "套着黑内胆包"], ["装于黑色电脑内胆包"]),
                            mk("lap_key", ["键盘上有个键掉了", "少一个键帽"], ["键盘缺一键帽"])]}),
    "相机": dict(no=["相机", "照相机", "单反"], nf=["数码相机", "单反相机"], cl="台", en="camera",
               brands=[("canon", 100)], models={"canon": ["EOS 250D", "EOS R60", "G9X III"]}, printed=True,
               colors=["black", "white"], sn=(lambda: digits(12), 0.3, 0.75),
               pool={"p": [mk("cam_strap", ["背带是蓝花的", "带条蓝色花背带"], ["蓝色花纹背带"]),
                           mk("cam_lens", ["镜头盖丢了", "没有镜头盖"], ["无镜头盖"]),
                           mk("cam_bag", ["装在相机包里", "带个小相机包"], ["有相机包"])]}),
    "游戏机": dict(no=["游戏机", "switch"], nf=["游戏机", "掌上游戏机"], cl="台", en="game console",
                brands=[("nintendo", 100)], models={"nintendo": ["Switch", "Switch OLED"]}, printed=True,
                colors=["grey", "red", "white"], sn=(lambda: "XKW" + digits(11), 0.2, 0.7),
                pool={"p": [mk("sw_joycon", ["手柄是一红一蓝的", "红蓝手柄"], ["红蓝手柄"]),
                            mk("sw_case", ["装在黑色收纳包里", "带个黑包"], ["黑色收纳包"]),
                            mk("sw_film", ["屏幕贴着膜", "贴了钢化膜"], ["屏幕有贴膜"])]}),
    "学习机": dict(no=["学习机", "点读机"], nf=["学习机", "平板学习机"], cl="台", en="learning tablet",
                brands=[("bbk", 100)], models={"bbk": ["S5", "S6"]}, printed=True,
                colors=["white", "blue", "pink"], sn=(lambda: alnum(10, True), 0.2, 0.5),
                pool={"p": [mk("study_case", ["带个皮套", "套着皮套"], ["带皮套"]),
                            mk("study_name", ["背后贴着名字", "后面贴了名字贴"], ["背面贴有名字贴“{name}”"])]}),
    "助听器": dict(no=["助听器"], nf=["助听器"], cl="个", en="hearing aid", brands=[("lingsheng", 100)],
                models={"lingsheng": ["LS-mini", "LS-20"]}, colors=["beige", "grey"],
                sn=(lambda: "LS" + digits(7), 0.1, 0.5),
                pool={"p": [mk("ha_box", ["装在小盒子里", "有个小盒子装着"], ["装于小塑料盒"]),
                            mk("ha_left", ["是左耳的", "戴左耳朵的"], ["左耳款"])]}),
    "收音机": dict(no=["收音机", "匣子"], nf=["收音机", "便携收音机"], cl="台", en="radio", brands=[("hongxing", 100)],
                models={"hongxing": ["HX-9", "HX-12"]}, printed=True, colors=["red", "black", "silver"], sn=None,
                pool={"p": [mk("radio_ant", ["天线断了一截", "天线折了"], ["天线折断"]),
                            mk("radio_tape", ["拿胶布缠着电池盖", "后盖缠着胶布"], ["电池盖缠胶布"]),
                            mk("radio_strap", ["挂着个绳子", "拴着根绳"], ["带挂绳"])]}),
    "手表": dict(no=["智能手表", "手表"], nf=["智能手表"], cl="块", en="smart watch", brands=[("huawei", 70), ("xiaomi", 30)],
               models={"huawei": ["Watch GT 6 Lite", "Watch Fit 5"], "xiaomi": ["Watch S5", "手环11"]},
               colors=["black", "silver", "gold"], sn=(lambda: alnum(10, True), 0.2, 0.4),
               pool={"p": [mk("w_band_orange", ["表带是橙色的", "橙色表带"], ["橙色表带"]),
                           mk("w_band_leather", ["表带是皮的", "皮表带"], ["皮表带"]),
                           mk("w_scratch", ["表盘有划痕", "表面划了"], ["表盘有划痕"])]}),
}


def b_electronics(voice, p, sub=None):
    if sub is None:
        subs = {"student": ["耳机", "平板", "游戏机", "学习机", "手表", "充电宝"],
                "elder": ["助听器", "收音机", "收音机", "充电宝"], "relative": ["助听器", "收音机", "耳机"]}.get(
            voice, ["耳机", "充电宝", "笔记本", "相机", "手表", "平板", "耳机"])
        sub = ch(subs)
    s = ELEC_SUBS[sub]
    o = base("electronics", sub, p, voice, s["no"], s["nf"], s["cl"], s["en"])
    o["brand"] = wch(s["brands"])
    o["model"] = ch(s["models"][o["brand"]])
    o["model_printed"] = s.get("printed", False)
    o["color"] = ch(s["colors"])
    if s["sn"]:
        fn, okp, fsp = s["sn"]
        o["ids"] = [mkid("sn", okp, fsp, snfmt=fn)]
        o["snfmt"] = sub
    add_marks(o, s["pool"], {"p": 0.85})
    o["hidden"] = R.sample(ELEC_HIDDEN[sub], 1)
    return o


OTHER_SUBS = {
    "羽绒服": dict(no=["羽绒服", "棉袄"], nf=["羽绒服"], cl="件", en="down jacket",
                brands=[("bosideng", 40), ("yaya", 25), (None, 35)],
                colors=["black", "navy", "red", "white", "green", "grey"],
                pool={"a": [mk("coat_xl", ["XL的", "加大号的"], ["XL码"]), mk("coat_175", ["175的号", "175/92A"], ["175/92A"])],
                      "b": [mk("coat_key", ["兜里有一把钥匙", "口袋里装着钥匙"], ["口袋内有钥匙一把"]),
                            mk("coat_gloves", ["兜里装着副手套", "口袋里有手套"], ["口袋里有手套一副"]),
                            mk("coat_fur", ["帽子上有毛领", "带毛领子"], ["帽檐毛领"]),
                            mk("coat_stain", ["袖子上有块油渍", "袖口有油点子"], ["袖口有油渍"])]}),
    "保温杯": dict(no=["保温杯", "杯子"], nf=["保温杯"], cl="个", en="thermos",
                brands=[("fuguang", 40), ("zojirushi", 30), (None, 30)], colors=["black", "pink", "blue", "silver", "green"],
                pool={"p": [mk("cup_name", ["杯子上贴着名字贴", "贴了个名字"], ["杯身贴有名字“{name}”"]),
                            mk("cup_dent", ["杯底瘪了一块", "底下磕瘪了"], ["杯底凹陷"]),
                            mk("cup_tea", ["里头泡着枸杞", "泡着枸杞茶"], ["杯内有枸杞茶"]),
                            mk("cup_sleeve", ["带个布杯套", "套着杯套"], ["有布杯套"])]}),
    "老花镜": dict(no=["老花镜", "眼镜"], nf=["老花镜（带眼镜盒）", "眼镜"], cl="副", en="reading glasses",
                brands=[(None, 1)], colors=["black", "brown", "gold", "red"],
                pool={"p": [mk("gl_tape", ["腿上缠着胶布", "眼镜腿拿胶布缠着"], ["镜腿缠胶布"]),
                            mk("gl_case_red", ["装在红眼镜盒里", "盒子是红的"], ["红色眼镜盒"]),
                            mk("gl_chain", ["挂着个眼镜绳", "拴着眼镜绳"], ["带眼镜绳"])]}),
    "拐杖": dict(no=["拐杖", "拐棍"], nf=["拐杖"], cl="根", en="walking stick", brands=[(None, 1)],
               colors=["brown", "silver", "black"],
               pool={"p": [mk("cane_tape", ["把手缠着黑胶布", "手把上缠着胶布"], ["手柄缠黑胶布"]),
                           mk("cane_rubber", ["底下的胶皮头磨没了", "底下胶头掉了"], ["底部胶垫磨损"]),
                           mk("cane_dragon", ["龙头把手的", "把手是个龙头"], ["龙头造型手柄"]),
                           mk("cane_four", ["四个脚的", "底下四个爪的"], ["四脚拐杖"])]}),
    "帽子": dict(no=["帽子", "棉帽子"], nf=["帽子", "棉帽"], cl="顶", en="hat", brands=[(None, 1)],
               colors=["black", "grey", "red", "navy", "brown"],
               pool={"p": [mk("hat_leifeng", ["雷锋帽，带护耳的", "带耳朵的雷锋帽"], ["护耳棉帽"]),
                           mk("hat_pompom", ["顶上有个毛球", "带个毛球球"], ["顶部毛球"]),
                           mk("hat_knit", ["毛线织的", "手织的毛线帽"], ["毛线编织帽"])]}),
    "手套": dict(no=["手套", "一副手套"], nf=["手套", "皮手套"], cl="副", en="gloves", brands=[(None, 1)],
               colors=["black", "brown", "grey"],
               pool={"p": [mk("glove_sheep", ["羊皮的", "皮手套"], ["皮手套"]),
                           mk("glove_fur", ["里头是毛的", "里子带毛"], ["内有绒毛"]),
                           mk("glove_hole", ["右手大拇指破了个洞", "有个指头破了"], ["一只手套指尖有破洞"])]}),
    "围巾": dict(no=["围巾", "围脖"], nf=["围巾"], cl="条", en="scarf", brands=[(None, 1)],
               colors=["red", "grey", "navy", "white", "purple", "yellow"],
               pool={"p": [mk("scarf_knit", ["手织的毛线围巾", "自己织的"], ["手工编织毛线围巾"]),
                           mk("scarf_tassel", ["两头有穗子", "带流苏的"], ["两端有流苏"]),
                           mk("scarf_check", ["格子的", "是格子图案"], ["格纹"])]}),
    "雨伞": dict(no=["伞", "雨伞"], nf=["雨伞"], cl="把", en="umbrella", brands=[("paradise", 60), (None, 40)],
               colors=["black", "blue", "red", "purple"],
               pool={"p": [mk("umb_broken", ["一根伞骨断了", "伞骨折了一根"], ["一根伞骨折断"]),
                           mk("umb_hook", ["弯把的", "长柄弯把"], ["弯柄"]),
                           mk("umb_fold", ["三折的", "能折起来的"], ["三折伞"])]}),
    "二胡": dict(no=["二胡", "胡胡"], nf=["二胡（带琴盒）", "二胡"], cl="把", en="erhu", brands=[(None, 1)], colors=["black"],
               pool={"p": [mk("erhu_snake", ["琴筒蒙的蟒皮", "蒙的是蛇皮"], ["琴筒蒙蛇皮"]),
                           mk("erhu_name", ["琴盒上贴着“{sur}”字", "盒子上贴了个“{sur}”字"], ["琴盒贴有“{sur}”字"]),
                           mk("erhu_bow", ["弓子是新换的", "弓毛新换的"], ["琴弓较新"])]}),
    "暖手宝": dict(no=["暖手宝", "暖宝宝"], nf=["暖手宝"], cl="个", en="hand warmer", brands=[(None, 1)],
                colors=["pink", "red", "blue"],
                pool={"p": [mk("wh_rabbit", ["兔子样子的", "兔子形状"], ["兔子造型"]),
                            mk("wh_cover", ["外面套着毛绒套", "有个毛毛套子"], ["毛绒外套"])]}),
    "药袋": dict(no=["一袋药", "药袋子", "装药的袋子"], nf=["县医院药袋（内有药品）", "药品"], cl="袋", en="medicine",
               brands=[(None, 1)], colors=["white"],
               pool={"p": [mk("med_bp", ["有降压药", "降压药和速效救心丸"], ["内有降压药若干"]),
                           mk("med_insulin", ["有胰岛素", "打的胰岛素"], ["内有胰岛素笔"]),
                           mk("med_name", ["药袋上写着俺的名字", "袋子上有名字"], ["药袋上写有患者姓名“{name}”"])]}),
    "CT片": dict(no=["片子", "CT片子", "拍的片子"], nf=["县医院影像袋（内有CT片）", "CT片"], cl="袋", en="x-ray films",
                brands=[(None, 1)], colors=["white", "blue"],
                pool={"p": [mk("ct_name", ["袋子上写着名字", "上头有俺名字"], ["影像袋写有姓名“{name}”"]),
                            mk("ct_head", ["是头部的片子", "拍的脑袋"], ["头颅CT片"]),
                            mk("ct_chest", ["是胸片", "拍的肺"], ["胸部CT片"])]}),
    "玩具": dict(no=["玩具", "孩子的玩具"], nf=["儿童玩具"], cl="个", en="toy", brands=[(None, 1)],
               colors=["red", "blue", "yellow", "silver"],
               pool={"p": [mk("toy_ultraman", ["是个奥特曼", "奥特曼"], ["奥特曼玩偶"]),
                           mk("toy_car", ["遥控小汽车", "遥控车"], ["遥控汽车"]),
                           mk("toy_transformer", ["变形金刚", "能变形的车"], ["变形金刚玩具"])]}),
    "年货酒": dict(no=["两瓶酒", "一箱酒"], nf=["白酒两瓶（礼盒装）", "礼盒装白酒"], cl="盒", en="liquor",
                brands=[("shilingjiu", 100)], colors=["red"],
                pool={"p": [mk("wine_bag", ["装在红提袋里", "拿红袋子提着"], ["红色手提袋"]),
                            mk("wine_box", ["盒子是红的带个福字", "礼盒上有福字"], ["礼盒印“福”字"])]}),
}


def b_other(voice, p, sub=None):
    if sub is None:
        subs = {"elder": ["老花镜", "拐杖", "帽子", "手套", "药袋", "二胡", "暖手宝"],
                "relative": ["拐杖", "老花镜", "药袋", "CT片", "二胡"],
                "student": ["羽绒服", "围巾", "手套", "玩具", "保温杯"],
                "migrant": ["羽绒服", "保温杯", "年货酒", "手套"]}.get(
            voice, ["羽绒服", "保温杯", "雨伞", "围巾", "CT片", "玩具", "暖手宝"])
        sub = ch(subs)
    s = OTHER_SUBS[sub]
    o = base("other", sub, p, voice, s["no"], s["nf"], s["cl"], s["en"])
    o["brand"] = wch(s["brands"])
    o["color"] = ch(s["colors"])
    add_marks(o, s["pool"], {g: 0.8 for g in s["pool"]})
    o["named"] = any("{name}" in f for m in o["marks"] for f in m["spec"]["f"])
    o["hidden"] = R.sample(OTHER_HIDDEN[sub], 1)
    return o


BUILDERS = {"phone": b_phone, "id_doc": b_id_doc, "wallet": b_wallet, "keys": b_keys, "ebike": b_ebike,
            "bicycle": b_bicycle, "bag": b_bag, "cash": b_cash, "jewelry": b_jewelry, "electronics": b_electronics,
            "other": b_other}

# --------------------------------------------------------------------------- events

DAY0 = dt.date(2025, 1, 14)   # 腊月十五
DAYN = dt.date(2025, 2, 18)   # 正月二十一


def day_weight(d):
    if dt.date(2025, 1, 22) <= d <= dt.date(2025, 1, 28):
        return 2.0      # 小年 to 除夕: 年货 and the rush home
    if dt.date(2025, 1, 29) <= d <= dt.date(2025, 2, 5):
        return 3.0      # 初一 to 初八: temple fair, visiting, the first return rush
    if d == dt.date(2025, 2, 12):
        return 4.0      # 元宵节
    if dt.date(2025, 2, 6) <= d <= dt.date(2025, 2, 13):
        return 2.0
    if d > dt.date(2025, 2, 13):
        return 1.5      # term begins, the last returns
    return 1.0


def all_days(lo=DAY0, hi=DAYN):
    out, d = [], lo
    while d <= hi:
        out.append(d)
        d += dt.timedelta(days=1)
    return out


HOUR_W = [(7, 2), (8, 3), (9, 4), (10, 5), (11, 4), (12, 3), (13, 3), (14, 4), (15, 5), (16, 4), (17, 3), (18, 3),
          (19, 3), (20, 2), (21, 1), (22, 0.5), (6, 1)]


def draw_loss_time(pid):
    if pid.startswith("fair"):
        days = all_days(dt.date(2025, 1, 29), dt.date(2025, 2, 13))
    elif pid == "square":
        days = all_days(dt.date(2025, 1, 28), dt.date(2025, 2, 14))
    elif pid in ("school", "tutor"):
        days = [d for d in all_days() if not (dt.date(2025, 1, 27) <= d <= dt.date(2025, 2, 4))]
    else:
        days = all_days()
    d = wch([(x, day_weight(x)) for x in days])
    h = wch(HOUR_W)
    return dt.datetime(d.year, d.month, d.day, h, ri(0, 59))


def floor10(t):
    return t - dt.timedelta(minutes=t.minute % 10)


def ceil10(t):
    m = t.minute % 10
    return t if m == 0 else t + dt.timedelta(minutes=10 - m)


def make_event(pid, t=None):
    t = t or draw_loss_time(pid)
    x = R.random()
    a = ri(10, 90) if x < 0.5 else (ri(90, 480) if x < 0.8 else ri(480, 2880))
    x = R.random()
    b = ri(10, 120) if x < 0.5 else (ri(120, 720) if x < 0.85 else ri(720, 3600))
    lf = floor10(t - dt.timedelta(minutes=a))
    if lf.hour < 7:     # nobody last saw it at four in the morning: the evening before
        lf = (lf - dt.timedelta(days=1)).replace(hour=ri(19, 21), minute=ri(0, 5) * 10)
    elif lf.hour >= 22:
        lf = lf.replace(hour=21, minute=ri(0, 5) * 10)
    lt = ceil10(t + dt.timedelta(minutes=b))
    if lt.hour < 7:     # ... nor noticed it gone then: the next morning
        lt = lt.replace(hour=ri(7, 9), minute=ri(0, 5) * 10)
    lt = min(lt, NOW - dt.timedelta(minutes=ri(5, 60)))
    return dict(pid=pid, t=t, lf=lf, lt=lt, xy=PLACES[pid]["xy"])


def true_found_time(ev):
    x = R.random()
    dl = ri(5, 180) if x < 0.6 else (ri(180, 1440) if x < 0.85 else ri(1440, 5760))
    t = ev["t"] + dt.timedelta(minutes=dl)
    return min(t, NOW - dt.timedelta(minutes=ri(20, 120)))


def found_place_for(ev):
    P = PLACES[ev["pid"]]
    if P["kind"] == "route":
        return ch(P["alt"])
    if P["alt"] and pr(0.3):
        return ch(P["alt"])
    return ev["pid"]


# --------------------------------------------------------------------------- rendering: helpers

TYPOS = [("钱包", "前包"), ("身份证", "身分证"), ("钥匙", "钥是"), ("黑色", "嘿色"), ("汽车站", "气车站"),
         ("庙会", "妙会"), ("医院", "医园"), ("手机", "手鸡"), ("华为", "华伟"), ("超市", "超事"),
         ("电动车", "电东车"), ("红包", "红保"), ("丢了", "丢勒"), ("戒指", "戒子"), ("耳机", "耳鸡"),
         ("充电宝", "充电包"), ("澡堂", "早堂"), ("书包", "书抱"), ("镯子", "桌子"), ("老街", "老接")]


def typo(s):
    cands = [(a, b) for a, b in TYPOS if a in s]
    if not cands:
        return s
    a, b = ch(cands)
    return s.replace(a, b, 1)


def fill(s, o):
    return s.format(sur=o["person"]["sur"], name=o["person"]["name"])


def mark_text(m, side, o):
    return fill(ch(m["spec"]["o"] if side == "o" else m["spec"]["f"]), o)


def clip(s, n):
    return s if len(s) <= n else s[:n]


def place_word(pid):
    return ch(PLACES[pid]["zh"])


FIELD_P = {"elder": 0.3, "relative": 0.45, "migrant": 0.5, "student": 0.5, "plain": 0.65, "hurried": 0.15}


def plan(o, side, voice, must, fpf=None, suppress_ids=False):
    """Which facts this side writes, and where: {fact: (in_field, in_body)}."""
    pf = FIELD_P.get(voice, 0.5) if side == "o" else fpf
    hurried = voice == "hurried"
    P = {}

    def put(k, avail, pm):
        if not avail:
            return
        if k in must or pr(pm):
            f = pr(pf) or (hurried and k in must)   # a hurried line keeps what matters in a field
            b = (not f) or pr(0.2 if hurried else 0.35)
            P[k] = (f, b)

    old = voice in ("elder", "relative")
    if side == "o":
        put("color", o["color"], 0.7 if hurried else 0.85)
        put("brand", o["brand"], 0.6 if old else 0.8)
        put("model", o["model"] and ("model" in must or o["model_printed"] or pr(0.3 if old else 0.6)), 0.8)
        for i, d in enumerate(o["ids"]):
            put("id%d" % i, d["ok"] or "id%d" % i in must, 0.3 if hurried else 0.9)
        for i, m in enumerate(o["marks"]):
            put("mark%d" % i, True, 0.25 if hurried else 0.7)
        for i, c in enumerate(o["contents"]):
            put("ct%d" % i, bool(c["o"]), 0.3 if hurried else 0.85)
        if o["cat"] == "id_doc" and o["sub"] != "银行卡":
            put("name", True, 0.4 if hurried else 0.7)
    else:
        put("color", o["color"], 0.88)
        seen = {"jewelry": 0.6, "wallet": 0.55, "keys": 0.8, "bag": 0.6, "other": 0.7}.get(o["cat"], 0.8)
        put("brand", o["brand"], seen)
        put("model", o["model"] and ("model" in must or pr(0.7 if o["model_printed"] else 0.2)), 0.9)
        for i, d in enumerate(o["ids"]):
            put("id%d" % i, (d["fs"] or "id%d" % i in must) and not suppress_ids, 0.9)
        for i, m in enumerate(o["marks"]):
            put("mark%d" % i, True, 0.75)
        for i, c in enumerate(o["contents"]):
            put("ct%d" % i, bool(c["f"]), 0.9)
        if o["cat"] == "id_doc" and o["sub"] != "银行卡":
            put("name", True, 0.95)
    return P


def fact_texts(o, side, P, seen_color):
    """Field values and body clauses for the planned facts."""
    fields, clauses, inline = {}, [], {}
    ser_done = False
    marks_f = []
    ctx = []
    for k in sorted(P, key=lambda k: (["color", "brand", "model", "name"].index(k) if k in ("color", "brand", "model", "name")
                                      else 4, k)):
        f, b = P[k]
        if k == "color":
            if f:
                fields["color"] = color_word(seen_color)
            if b:
                w = color_word(seen_color)
                if pr(0.6):
                    inline["color"] = w
                else:
                    clauses.append(ch(["颜色是%s", "%s的", "是%s的"]) % w.rstrip("的") if not w.endswith("的")
                                   else "是" + w)
        elif k == "brand":
            if f:
                fields["brand"] = brand_word(o["brand"], side)
            if b:
                w = brand_word(o["brand"], side)
                if pr(0.7):
                    inline["brand"] = w
                else:
                    clauses.append((ch(["是%s的"]) if w.endswith("牌") or o["cat"] == "id_doc" else
                                    ch(["牌子是%s", "是%s的", "%s牌子的"])) % w)
        elif k == "model":
            mw = model_word if side == "o" else (lambda m: ch([m, m, m.replace(" ", "")]))
            if f:
                fields["model"] = mw(o["model"])
            if b:
                w = mw(o["model"])
                if pr(0.5) and "brand" in inline:
                    inline["model"] = w
                else:
                    clauses.append(ch(["型号是%s", "是%s那款"] if side == "o" else ["型号%s", "印有“%s”字样"]) % w)
        elif k == "name":
            n = o["person"]["name"]
            if side == "o":
                clauses.append(ch(["名字是%s", "上头名字%s", "叫%s"]) % n)
            else:
                clauses.append(ch(["姓名%s", "持证人%s", "上面姓名为%s"]) % n)
            if f and pr(0.4):
                marks_f.append("姓名：" + n)
        elif k.startswith("id"):
            d = o["ids"][int(k[2:])]
            fx, bx = fmt_id(d, side)
            if f and not ser_done:
                fields["serial"] = fx
                ser_done = True
                if b:
                    clauses.append(bx)
            else:
                clauses.append(bx)
        elif k.startswith("mark"):
            t = mark_text(o["marks"][int(k[4:])], side, o)
            if f:
                marks_f.append(t)
            if b or not f:
                clauses.append(t)
        elif k.startswith("ct"):
            c = o["contents"][int(k[2:])]
            t = ch(c["o"] if side == "o" else c["f"])
            if f:
                marks_f.append(t)
            if b or not f:
                ctx.append(t)
    if marks_f:
        fields["marks"] = clip("，".join(marks_f), 500)
    return fields, clauses, ctx, inline


def noun_phrase(o, side, inline):
    noun = ch(o["noun_o"] if side == "o" else o["noun_f"])
    pre = ""
    if "color" in inline:
        c = inline["color"]
        pre += c if c.endswith("的") or pr(0.5) else c + "的"
    if "brand" in inline:
        if "model" in inline and BRANDS[o["brand"]][0] in inline["model"]:
            pre += inline["model"]
        elif "model" in inline:
            pre += inline["brand"] + inline["model"]
        else:
            pre += inline["brand"]
        if "model" not in inline and o["cat"] in ("ebike", "bicycle", "wallet", "bag", "other", "jewelry") and pr(0.4):
            pre += "" if pre.endswith("牌") else "牌"
    if pre and noun[0].isascii() and pre[-1].isascii():
        pre += " "
    return pre + noun


# --------------------------------------------------------------------------- rendering: lost reports

REL = {True: [("我爷爷", "孙子"), ("我爸", "儿子"), ("我姥爷", "外孙"), ("我大爷", "侄子")],
       False: [("我奶奶", "孙女"), ("我妈", "闺女"), ("我姥姥", "外孙女"), ("我大娘", "侄女")]}
SCHOOL_STORIES_ADULT = ["接孩子的时候", "给孩子开家长会的时候", "送孩子补课的时候"]


def nots(story):
    return story[:-3] if story.endswith("的时候") else story


def voice_fix(text, voice):
    """Owner phrases are written with 俺; other voices say 我, a relative says 老人."""
    if voice == "elder":
        return text
    if voice == "relative":
        return text.replace("俺的", "老人的").replace("俺", "老人")
    return text.replace("俺", "我")


def render_lost(o, ev, voice, must):
    P = plan(o, "o", voice, must)
    fields, clauses, ctx, inline = fact_texts(o, "o", P, o["color"])
    p = o["person"]
    pid = ev["pid"]
    lf, lt = ev["lf"], ev["lt"]
    long_window = (lt - lf).total_seconds() > 5 * 3600
    when = window_zh(lf, lt)
    F, T = window_pair(lf, lt)
    place = place_word(pid)
    if PLACES[pid]["kind"] == "route":
        place += "上"
    story = ch(PLACES[pid]["stories"])
    if pid in ("school", "tutor") and voice != "student":
        story = ch(SCHOOL_STORIES_ADULT)
    st = nots(story)
    np_ = noun_phrase(o, "o", inline)
    parked = o["cat"] in ("ebike", "bicycle")
    small = o["cat"] in ("phone", "wallet", "keys", "cash", "id_doc", "jewelry")
    hid = [h for h in o["hidden"] if pr(0.6)] if voice != "hurried" else []
    desc = ""
    if clauses:
        desc = "，".join(clauses) + "。"
    if ctx:
        desc += ch(["里头有", "里面有", "里边装着"]) + "、".join(ctx) + "。"
    if hid:
        desc += "。".join(hid) + "。"
    if voice == "elder":
        op = ch(["", "", "俺是%s的，" % p["village"], "俺叫%s，" % p["name"], "俺今年%s了，" % cn_int(min(p["years"], 99)),
                 "俺是%s的%s，" % (p["village"], "老汉" if p["male"] else "老婆儿")])
        npx = ch(["俺那个", "俺的", "俺那"]) + np_
        if parked:
            core = ch(["%s俺把%s停在%s，%s，出来就寻不见了。" % (when, npx, place, story),
                       "俺%s把%s搁在%s门口，%s再去就没了。" % (F, npx, place, T)])
        elif long_window:
            core = ch(["俺%s在%s%s，%s才发现%s寻不见了。" % (F, place, st, T, npx),
                       "%s俺在%s还见着%s来着，%s%s没了。" % (F, place, np_, T, "一摸兜" if small else "一找")])
        else:
            core = ch(["%s俺在%s%s，%s就寻不见了。" % (when, place, st, npx),
                       "%s在%s%s，%s%s没了。" % (when, place, story, "一摸兜" if small else "回头一看", npx),
                       "%s丢了，也不知道搁哪儿丢的，%s俺就在%s那块儿转悠来着。" % (npx, when, place),
                       "%s在%s，%s叫人挤掉了还是落下了，俺也说不清。" % (when, place, npx)])
        close = ch(["谁捡着了给俺送回来，俺谢谢人家。", "麻烦你们给俺找找，可急死俺了。", "这东西对俺可要紧了。",
                    "有消息给俺闺女打电话，俺耳朵背。", "咋办呀，帮帮俺吧。", "", ""])
        body = op + core + desc + close
    elif voice == "relative":
        rel, who = ch(REL[p["male"]])
        op = ch(["替%s登记一下：" % rel, "%s七十多了说不清楚，我帮着写：" % rel, "帮%s报的，" % rel,
                 "我是%s的%s，老人不会用手机，我代登记。" % (p["name"], who)])
        if parked:
            core = "老人说%s把%s停在%s，%s，出来车就没了。" % (when, np_, place, story)
        elif long_window:
            core = ch(["老人说%s在%s%s，%s回家才发现%s没了。" % (F, place, st, T, np_),
                       "%s%s去的%s，%s才想起来%s找不着了。" % (rel, F, place, T, np_)])
        else:
            core = ch(["老人说%s在%s%s，回家发现%s没了。" % (when, place, st, np_),
                       "%s%s在%s%s，%s丢了。" % (rel, when, place, story, np_),
                       "%s%s去%s，%s找不着了，估计是%s掉的。" % (when, rel, place, np_, st)])
        close = ch(["有消息请打我电话。", "老人急得一宿没睡着。", "麻烦了，谢谢。", ""])
        body = op + core + desc + close
    elif voice == "migrant":
        city = ch(CITIES)
        d0 = max(DAY0, lf.date() - dt.timedelta(days=ri(1, 8)))
        op = ch(["过年回来的，", "在%s打工，%s刚回石岭，" % (city, lunar_phrase(d0)), "我在外头打工，过年才回来，", "",
                 "我是%s的，在%s干活，" % (p["village"], city)])
        if parked:
            core = "%s把%s停在%s，%s，回来车就不见了。" % (when, np_, place, story)
        elif long_window:
            core = ch(["%s在%s%s还在，%s发现%s不见了。" % (F, place, st, T, np_),
                       "%s丢了，%s在%s还有，%s就没了。" % (np_, F, place, T)])
        else:
            core = ch(["%s在%s%s，把%s丢了。" % (when, place, st, np_),
                       "%s在%s，%s不见了，可能是%s掉的。" % (when, place, np_, st),
                       "%s丢在%s了，时间是%s。" % (np_, place, when)])
        close = ch(["过几天就得回%s了，麻烦尽快帮忙找找。" % city, "好心人捡到请联系我，必有重谢。", "别的不要紧，证件和卡要紧。",
                    "着急，谢谢！", ""])
        body = op + core + desc + close
    elif voice == "student":
        op = "" if pr(0.4) else ch(["我是%s初二的学生，" % p["school"], "我是%s初三%s班的，" % (p["school"], cn_int(ri(1, 8)))])
        if parked:
            core = ch(["我%s把%s停在%s，%s出来就没了。" % (when, np_, place, st),
                       "%s我的%s放在%s，回来就找不到了。" % (when, np_, place)])
        elif long_window:
            core = "%s在%s%s的时候%s还在，%s就找不到了。" % (F, place, st, np_, T)
        else:
            core = ch(["我%s在%s%s，%s丢了。" % (when, place, st, np_),
                       "%s在%s，我的%s不见了。" % (when, place, np_)])
        close = ch(["要是我妈知道了会骂死我的，拜托了！", "开学前一定要找回来，谢谢！", "谢谢叔叔阿姨！", ""])
        body = op + core + desc + close
    elif voice == "plain":
        if parked:
            core = "%s将%s停放在%s，%s发现被人骑走或挪走。" % (F, np_, place, T)
        elif long_window:
            core = ch(["本人%s在%s%s，%s发现%s遗失。" % (F, place, st, T, np_),
                       "%s在%s%s时%s还在，%s发现不见了。" % (F, place, st, np_, T)])
        else:
            core = ch(["本人于%s在%s丢失%s。" % (when, place, np_),
                       "%s在%s%s时不慎遗失%s。" % (when, place, st, np_),
                       "%s，在%s把%s弄丢了。" % (when, place, np_)])
        close = ch(["望拾到者与我联系，谢谢。", "如有拾到请联系，必有酬谢。", "麻烦帮忙留意。", ""])
        body = core + desc + close
    else:  # hurried: one line, a typo, little else
        short = place.replace("石岭", "").replace("县", "").strip("—") or place
        when_s = ch(["", lunar_phrase(lf.date()), solar_phrase(lt.date())])
        extra = " ".join(clauses[:2] + ctx[:1])
        body = ch(["%s丢了%s 急" % (short, np_), "%s丢了 %s %s" % (np_, short, when_s), "在%s丢的%s！！" % (short, np_),
                   "%s %s丢%s" % (when_s, short, np_)])
        if extra:
            body += " " + extra
        body = typo(body.strip())
    body = voice_fix(body, voice)
    rec = {"category": o["cat"], "body": clip(body, 600)}
    for k in ("color", "brand", "model", "serial"):
        if k in fields:
            rec[k] = clip(fields[k], 60)
    if "marks" in fields:
        rec["marks"] = voice_fix(fields["marks"], voice)
    pa = 0.3 if voice == "hurried" else 0.65
    if pr(pa):
        a = place_word(pid)
        if pr(0.15) and PLACES[pid]["alt"] and PLACES[pid]["kind"] != "route":
            a = "%s或者%s附近" % (a, place_word(ch(PLACES[pid]["alt"])))
        rec["address"] = clip(a, 60)
    if pr(0.15 if voice == "hurried" else 0.35):
        rec["lat"], rec["lon"] = jitter(ev["xy"], 0.6, 0.05)
    rec["lost_from_min"] = to_min(lf)
    rec["lost_to_min"] = to_min(lt)
    return rec


# --------------------------------------------------------------------------- rendering: found items

STALL_GOODS = {"fair": ["糖葫芦", "棉花糖", "气球", "玩具", "剪纸", "灯笼", "炒栗子"],
               "fair_gate": ["糖葫芦", "炒栗子", "气球"], "fair_stage": ["瓜子", "糖葫芦"],
               "oldst": ["油糕", "凉粉", "烧饼", "羊杂割"], "market": ["对联", "年画", "猪肉", "干果"]}


def render_found(o, fev, must, suppress_ids=False):
    pid = fev["pid"]
    P_ = PLACES[pid]
    role = fev["role"]
    fam = ROLE_FAMILY.get(role, "staff")
    formal = fev["formal"]
    P = plan(o, "f", "finder", must, fpf=0.75 if formal else 0.55, suppress_ids=suppress_ids)
    seen = o["color"]
    if seen and seen in COLOR_SEEN_AS and pr(0.08) and "color" not in must:
        seen = ch(COLOR_SEEN_AS[seen])
    fields, clauses, ctx, inline = fact_texts(o, "f", P, seen)
    if o["fstate"] and pr(0.5):
        clauses.append(ch(o["fstate"]))
    fn = fev["fname"]
    t = fev["t"]
    route = fev.get("route")
    place = route or place_word(pid)
    spot = fev["spot"]
    np_ = noun_phrase(o, "f", inline)
    desc = "，".join(clauses)
    cts = ("内有" + "、".join(ctx) + "。") if ctx else ""
    if route and pr(0.5):
        cts += "（车停%s）" % place_word(pid)
    if formal:
        cnt = "" if (o["cl"] in np_ or np_.endswith("）") or pr(0.3)) else "一" + o["cl"]
        body = "拾得人%s（%s）于%s在%s%s拾得%s%s。" % (fn, role, found_time_zh(t, True), route or place, spot, np_, cnt)
        if desc:
            body += desc + "。"
        body += cts + ch(["现交我所登记。", "已交所内保管。", ""])
    else:
        ft = found_time_zh(t, False)
        d = ("，" + desc) if desc else ""
        if fam == "driver":
            body = "%s%s%s：%s收车打扫时在%s发现%s%s。%s不知道是哪个乘客落下的。" % (
                route or place, role, fn, ft, spot, np_, d, cts)
        elif fam == "cleaner":
            body = "%s%s%s打扫卫生时在%s捡到%s%s。%s" % (place, role, fn, spot, np_, d, cts)
        elif fam == "guard":
            body = "%s保安%s巡逻时在%s发现%s%s，周边询问无人认领。%s" % (place, ft, spot, np_, d, cts)
        elif fam == "stall" and pid in STALL_GOODS:
            body = "俺在%s卖%s，%s有人把%s落在俺%s了%s，等了半天也没人回来找。%s" % (
                place, ch(STALL_GOODS[pid]), ft, np_, ch(["摊子上", "摊子跟前"]), d, cts)
        elif fam == "stall" and P_["kind"] == "town":
            body = "%s%s：%s有顾客把%s落在%s了%s，一直没人回来取。%s" % (place, role, ft, np_, spot, d, cts)
        elif fam == "bath":
            body = "%s%s：%s收拾的时候在%s发现%s%s。%s" % (place, role, ft, spot, np_, d, cts)
        elif fam == "student":
            body = "我%s在%s%s捡到的%s%s。%s交给警察叔叔。" % (ft, place, spot, np_, d, cts)
        elif fam == "sanitation":
            body = "环卫工%s清扫积雪时在%s%s发现%s%s。%s" % (fn, place, spot, np_, d, cts)
        elif fam == "police":
            body = "巡逻民警%s在%s%s发现%s%s，带回所里登记。%s" % (ft, place, spot, np_, d, cts)
        elif fam in ("passer", "stall"):
            body = ch(["俺%s在%s%s捡着个%s%s，不知道是谁的。%s" % (ft, place, spot, np_, d, cts),
                       "%s俺路过%s，在%s捡着%s%s。%s" % (ft, place, spot, np_, d, cts)])
        else:
            body = "%s%s于%s在%s%s发现%s%s，送交派出所。%s" % (role, fn if pr(0.5) else "", ft, place, spot, np_, d, cts)
    rec = {"category": o.get("fcat", o["cat"]), "body": clip(body.replace("，，", "，"), 600)}
    for k in ("color", "brand", "model", "serial"):
        if k in fields:
            rec[k] = clip(fields[k], 60)
    if "marks" in fields:
        rec["marks"] = fields["marks"]
    if pr(0.85):
        if route:
            a = ch([place_word(pid), route])
        else:
            a = place_word(pid)
            if pr(0.3):
                a += spot
        rec["address"] = clip(a, 60)
    if pr(0.6):
        rec["lat"], rec["lon"] = jitter(P_["xy"], 0.12)
    rec["found_at_min"] = to_min(t)
    return rec


BIKE_SPOTS = ["门口停车处", "路边", "墙根底下", "车棚里", "停车场角落", "台阶下"]
BIKE_ROLES = ["车站保安", "超市保安", "医院保安", "庙会保安", "学校门卫", "环卫工", "巡逻民警", "路人", "村民"]


def daytime(t, before=None):
    """People find and hand in things by day: move a small-hours time to the morning (or, when it must stay
    before `before`, to the previous evening)."""
    if 7 <= t.hour < 22:
        return t
    if t.hour >= 22:
        u = t.replace(hour=21, minute=ri(0, 50))
    else:
        u = t.replace(hour=ri(7, 9), minute=ri(0, 59))
    if before is not None and u >= before:
        d = t - dt.timedelta(days=1) if t.hour < 7 else t
        u = d.replace(hour=ri(19, 21), minute=ri(0, 59))
    return min(u, NOW - dt.timedelta(minutes=30))


def make_fev(pid, t, route=None, cat=None):
    P_ = PLACES[route] if route else PLACES[pid]
    role = ch(P_["finders"])
    spot = ch(P_["spots"])
    if cat in ("ebike", "bicycle") and not route:
        spot = ch(BIKE_SPOTS)
        roles = [r for r in BIKE_ROLES if r in P_["finders"]] or ["环卫工", "巡逻民警", "路人"]
        role = ch(roles)
    return dict(pid=pid, t=t, role=role, fname=finder_name(), formal=pr(0.4), spot=spot,
                route=place_word(route) if route else None)


EBIKE_DUMPS = ["square", "market", "oldst", "super", "hospital", "gas", "school", "bus_lot", "houguo", "shangshi"]


def fev_for_true(ev, cat=None):
    pid = found_place_for(ev)
    t = true_found_time(ev)
    if cat == "ebike" and pr(0.35):
        # ridden off and left somewhere else, found a day or more later
        pid = ch([p for p in EBIKE_DUMPS if p != ev["pid"]])
        t = min(ev["t"] + dt.timedelta(minutes=ri(1440, 5760)), NOW - dt.timedelta(hours=ri(1, 5)))
    t2 = daytime(t)
    if t2 >= ev["t"]:
        t = t2
    route = ev["pid"] if PLACES[ev["pid"]]["kind"] == "route" else None
    return make_fev(pid, t, route, cat)


# --------------------------------------------------------------------------- hard negatives

CLEAR_COLORS = ["black", "white", "red", "blue", "pink", "gold", "green", "purple", "yellow", "silver", "brown", "grey"]


def other_color(c):
    bad = [c] + COLOR_SEEN_AS.get(c, []) + [k for k in sorted(COLOR_SEEN_AS) if c in COLOR_SEEN_AS[k]]
    return ch([x for x in CLEAR_COLORS if x not in bad])


def brand_alts(o):
    c, s = o["cat"], o["sub"]
    lst = []
    if c == "wallet":
        lst = ["septwolves", "goldlion", "woodpecker", "playboy"]
    elif c == "bag":
        lst = {"书包": ["kalayang", "nike", "anta"], "双肩包": ["nike", "adidas", "anta", "lining", "camel"],
               "拉杆箱": ["oiwas", "samsonite"], "挎包": ["camel", "playboy"]}.get(s, [])
    elif c == "keys" and s == "车钥匙":
        lst = ["wuling", "vw", "haval"]
    elif c == "jewelry" and s.startswith("金"):
        lst = ["ctf", "lfx", "xinyuan"]
    elif c == "other":
        lst = {"羽绒服": ["bosideng", "yaya"], "保温杯": ["fuguang", "zojirushi"]}.get(s, [])
    return [b for b in lst if b != o["brand"]]


def model_alts(o):
    c, b = o["cat"], o["brand"]
    if not o["model"] or not o["model_printed"]:
        return []
    lst = {"ebike": EBIKE_MODELS, "bicycle": BIKE_MODELS}.get(c, {}).get(b, [])
    if c == "electronics":
        lst = ELEC_SUBS[o["sub"]]["models"].get(b, [])
    return [m for m in lst if m != o["model"]]


def twin_options(o):
    if o.get("special"):
        return []
    ids_ok = bool(o["ids"]) and o["ids"][0]["kind"] in ID_KINDS_MUTABLE
    if o["cat"] == "id_doc":
        return [("id0", 1)] if ids_ok else []
    if o.get("named"):
        return []
    opts = []
    if o["color"] and o["cat"] not in ("jewelry", "cash") and o["color"] != "rwb":
        opts.append(("color", 4))
    if o["brand"] and not o["model"] and brand_alts(o):
        opts.append(("brand", 2))
    if model_alts(o):
        opts.append(("model", 2))
    if ids_ok:
        opts.append(("id0", 3))
    if o["marks"]:
        m0 = o["marks"][0]
        if len([x for x in o["pool"][m0["group"]] if x["key"] != m0["spec"]["key"]]) >= 1 and m0["group"] != "count":
            opts.append(("mark0", 2))
    if any(c["key"] == "cash" for c in o["contents"]):
        opts.append(("amount", 3))
    return opts


def mutate(o):
    """A twin: the same object but for exactly one fact that both sides write down."""
    fact = wch(twin_options(o))
    t = copy.deepcopy(o)
    must = must_t = fact
    if fact == "color":
        t["color"] = other_color(o["color"])
    elif fact == "brand":
        t["brand"] = ch(brand_alts(o))
    elif fact == "model":
        t["model"] = ch(model_alts(o))
    elif fact == "id0":
        d = t["ids"][0]
        d["ok"] = d["fs"] = True
        d["strict"] = True
        o["ids"][0]["ok"] = True
        o["ids"][0]["strict"] = True
        if d["kind"] == "idno":
            np_ = make_person(o["person"]["age"])
            np_["name"], np_["sur"], np_["male"] = o["person"]["name"], o["person"]["sur"], o["person"]["male"]
            np_["idno"] = make_idno(np_["area"], np_["birth"], np_["male"])
            while np_["idno"][-4:] == o["ids"][0]["val"][-4:]:
                np_["birth"] = dt.date(np_["birth"].year, np_["birth"].month, ri(1, 28))
                np_["idno"] = make_idno(np_["area"], np_["birth"], np_["male"])
            t["person"] = np_
            d["val"] = np_["idno"]
            t["fstate"] = ["住址为石岭县%s" % np_["village"]]
        else:
            kw = dict(d["kw"])
            if d["kind"] == "sn":
                kw["snfmt"] = ELEC_SUBS[o["sub"]]["sn"][0]
            d["val"] = new_id(d["kind"], old=d["val"], **kw)
            if d["kind"] == "card":
                for c in t["contents"]:
                    if c["key"] == "bankcard":
                        c["o"] = [x.replace(o["ids"][0]["val"], d["val"]) for x in c["o"]]
                        c["f"] = [x.replace(o["ids"][0]["val"], d["val"]) for x in c["f"]]
    if fact != "id0":
        # a second object never carries the first one's IMEI, plate, card or serial: the twin's are its own,
        # and its finder does not write them down (otherwise it would differ in more than one fact)
        for d in t["ids"]:
            kw = dict(d["kw"])
            if d["kind"] == "sn":
                kw["snfmt"] = ELEC_SUBS[o["sub"]]["sn"][0]
            if d["kind"] in ID_KINDS_MUTABLE:
                oldv = d["val"]
                d["val"] = new_id(d["kind"], old=oldv, **kw)
                for c in t["contents"]:
                    c["o"] = [x.replace(oldv, d["val"]) for x in c["o"]] if c["o"] else c["o"]
                    c["f"] = [x.replace(oldv, d["val"]) for x in c["f"]] if c["f"] else c["f"]
            d["fs"] = False
        t["contents"] = [c for c in t["contents"] if c["key"] != "bankcard"]
    if fact == "mark0":
        m0 = t["marks"][0]
        m0["spec"] = ch([x for x in o["pool"][m0["group"]] if x["key"] != m0["spec"]["key"]])
    elif fact == "amount":
        i = [k for k, c in enumerate(o["contents"]) if c["key"] == "cash"][0]
        j = [k for k, c in enumerate(t["contents"]) if c["key"] == "cash"][0]
        a = o["contents"][i]["amount"]
        if o["cat"] == "cash" and o["sub"] == "红包":
            na = ch([x for x in [200, 500, 600, 800, 1000, 1200, 2000] if abs(x - a) >= max(200, a * 0.3)])
        else:
            na = int(a * ch([0.4, 0.5, 2.0, 2.5]) // 10 * 10) or a + 300
        t["contents"][j] = ct_cash(na, exact_owner=True)
        must, must_t = "ct%d" % i, "ct%d" % j
        if "amount" in t:
            t["amount"] = na
    return t, fact, must, must_t


def near_place(ev):
    P_ = PLACES[ev["pid"]]
    if P_["kind"] == "route":
        return ch(P_["alt"])
    return ch([ev["pid"], ev["pid"]] + P_["alt"])


def in_window_time(ev):
    span = (ev["lt"] - ev["lf"]).total_seconds() / 60
    m = ri(5, max(6, int(span))) + (ri(0, 1440) if pr(0.3) else 0)
    return min(ev["lf"] + dt.timedelta(minutes=m), NOW - dt.timedelta(minutes=ri(30, 180)))


def rebuild_like(o, need, tries=200):
    """A different object of the same category (and kind) from the builder, accepted by need()."""
    for k in range(tries):
        voice = o["voice"] if o["voice"] in ("elder", "relative", "student", "migrant", "plain") else "plain"
        p = make_person({"elder": "old", "relative": "old", "student": "young"}.get(voice, "mid"))
        sub = o["sub"] if o["cat"] not in ("phone",) and k < tries // 2 else None
        n = BUILDERS[o["cat"]](voice, p, sub)
        if need(n):
            return n
    raise RuntimeError("no object for %s %s" % (o["cat"], o["sub"]))


def eligible(kind, s):
    o, ev = s["obj"], s["ev"]
    if o.get("special"):
        return False
    if kind == "twin":
        return bool(twin_options(o))
    if kind == "same_category_colour":
        return bool(o["color"]) and not (o["cat"] == "id_doc" and o["sub"] in ("老年证", "就诊卡", "工牌"))
    if kind == "found_before_loss":
        return o["cat"] != "id_doc"
    if kind == "same_brand_far":
        return bool(o["brand"]) and (NOW - ev["lt"]).total_seconds() >= 2.6 * 86400
    raise ValueError(kind)


def make_negative(kind, s):
    o, ev = s["obj"], s["ev"]
    info = dict(kind=kind)
    suppress = False
    if kind == "twin":
        n, fact, must, must_t = mutate(o)
        s["must"].add(must)
        info["fact"] = fact
        nmust = {must_t}
        pid = near_place(ev)
        t = in_window_time(ev)
    elif kind == "same_category_colour":
        def need(n):
            if o["brand"] and n["brand"] == o["brand"]:
                return False
            if not o["brand"] and not n["brand"] and n["marks"] and o["marks"] and \
                    n["marks"][0]["spec"]["key"] == o["marks"][0]["spec"]["key"]:
                return False
            return True
        n = rebuild_like(o, need)
        n["color"] = o["color"]
        nmust = {"color"}
        pid = near_place(ev)
        t = in_window_time(ev)
    elif kind == "found_before_loss":
        n = rebuild_like(o, lambda n: True)
        n["color"] = o["color"]
        n["brand"] = o["brand"]
        n["model"] = o["model"]
        n["model_printed"] = o["model_printed"]
        if o["marks"] and pr(0.5):
            n["marks"] = copy.deepcopy(o["marks"][:1]) + n["marks"][1:]
            n["pool"] = o["pool"]
        suppress = True
        nmust = {"color"} if o["color"] else set()
        if o["brand"]:
            nmust.add("brand")
        pid = near_place(ev)
        x = R.random()
        gap = ri(60, 720) if x < 0.4 else (ri(720, 4320) if x < 0.8 else ri(4320, 14400))
        t = ev["lf"] - dt.timedelta(minutes=gap)
    else:  # same_brand_far
        n = rebuild_like(o, lambda n: n["brand"] == o["brand"], tries=400)
        if o["model"] and pr(0.5):
            n["model"] = o["model"]
        if o["color"] and pr(0.5):
            n["color"] = o["color"]
        nmust = {"brand"}
        via = PLACES[ev["pid"]]["via"]
        far = [f for f in FAR_PLACES if f != via and km(PLACES[f]["xy"], ev["xy"]) >= 4.0
               and (not via or km(PLACES[f]["xy"], PLACES[via]["xy"]) >= 4.0)]
        pid = ch(far)
        lo = ev["lt"] + dt.timedelta(days=2)
        hi = min(ev["lt"] + dt.timedelta(days=8), NOW - dt.timedelta(hours=1))
        t = lo + dt.timedelta(minutes=ri(0, int((hi - lo).total_seconds() // 60)))
    if kind == "found_before_loss":
        t = daytime(t, before=ev["lf"])
    else:
        t2 = daytime(t)
        t = t2 if t2 >= ev["lf"] else t
    fev = make_fev(pid, t, cat=o["cat"])
    return dict(obj=n, fev=fev, must=nmust, suppress=suppress, info=info)


# --------------------------------------------------------------------------- hand-written reports

FOREIGN = ["Laura Penhall", "Emily Carver", "Tom Whitfield", "Anna Lindqvist", "Mark Delaney", "Sophie Brandt",
           "Daniel Osei"]


def hm_en(t):
    h12 = t.hour % 12 or 12
    ap = "am" if t.hour < 12 else "pm"
    return "%d:%02d %s" % (h12, t.minute, ap) if t.minute else "%d %s" % (h12, ap)


def window_en(lf, lt):
    if lf.date() == lt.date():
        fest = " (Lantern Festival)" if lf.date() == dt.date(2025, 2, 12) else ""
        return ch(["on %s %d%s between %s and %s" % (MON[lf.month], lf.day, fest, hm_en(lf), hm_en(lt)),
                   "on %s %d%s, some time between %s and %s" % (MON[lf.month], lf.day, fest, hm_en(lf), hm_en(lt))])
    return "between %s %d %s and %s %d %s" % (MON[lf.month], lf.day, hm_en(lf), MON[lt.month], lt.day, hm_en(lt))


def finish_lost(rec, ev, latlon=False):
    if latlon:
        rec["lat"], rec["lon"] = jitter(ev["xy"], 0.4, 0.05)
    rec["lost_from_min"] = to_min(ev["lf"])
    rec["lost_to_min"] = to_min(ev["lt"])
    return rec


def finish_found(rec, fev, latlon=True):
    if latlon:
        rec["lat"], rec["lon"] = jitter(PLACES[fev["pid"]]["xy"], 0.1)
    rec["found_at_min"] = to_min(fev["t"])
    return rec


def short_event(pid):
    """A loss noticed soon: a ride, a game, a parade."""
    ev = make_event(pid)
    ev["lf"] = floor10(ev["t"] - dt.timedelta(minutes=ri(10, 50)))
    ev["lt"] = min(ceil10(ev["t"] + dt.timedelta(minutes=ri(30, 150))), NOW - dt.timedelta(minutes=30))
    return ev


def tft(ev):
    t = true_found_time(ev)
    t2 = daytime(t)
    return t2 if t2 >= ev["t"] else t


def special_specs():
    out = []

    def add(cat, color, brand, ev, lost, fev=None, found=None, fcat=None, voice="english"):
        obj = dict(cat=cat, color=color, brand=brand, special=True, voice=voice, fcat=fcat or cat)
        out.append(dict(obj=obj, ev=ev, voice=voice, true=fev is not None, must=set(), special=True,
                        lost_rec=lost, fev=fev, found_rec=found))

    # EN1 phone, opera stage
    ev = short_event("fair_stage")
    imei = make_imei()
    fev = make_fev("fair_stage", tft(ev))
    lost = finish_lost({"category": "phone", "body": (
        "Hi, I'm the visiting English teacher at Shiling No.2 Middle School. I lost my phone at the temple fair, in "
        "the crowd in front of the opera stage, %s. It's a blue iPhone 13 in a clear case with a pressed flower "
        "inside. The lock screen is a photo of a lighthouse. IMEI ends in %s. Please call the school office if it "
        "turns up. Thank you!") % (window_en(ev["lf"], ev["lt"]), imei[-4:]),
        "color": "blue", "brand": "Apple", "model": "iPhone 13", "serial": "IMEI ...%s" % imei[-4:],
        "address": "temple fair, opera stage"}, ev, latlon=True)
    found = finish_found({"category": "phone", "body": (
        "拾得人%s（%s）于%s在城隍庙大戏台前长条凳上拾得苹果手机一部，蓝色，透明壳里夹着一朵干花，锁屏是一张灯塔的照片，"
        "系统是英文的。") % (fev["fname"], fev["role"], found_time_zh(fev["t"], True)),
        "color": "蓝色", "brand": "苹果", "serial": imei, "address": "城隍庙大戏台"}, fev)
    add("phone", "blue", "apple", ev, lost, fev, found)

    # EN2 passport, bus station
    ev = make_event("bus_station")
    pp = "PA" + digits(7)
    fev = make_fev("bus_station", tft(ev))
    lost = finish_lost({"category": "id_doc", "body": (
        "My passport is missing. Dark blue cover, name EMILY CARVER, passport number %s. I think I dropped it when "
        "buying a ticket at the long-distance bus station %s. My Chinese visa is inside, I need it to leave!") % (
        pp, window_en(ev["lf"], ev["lt"])), "color": "dark blue", "serial": pp}, ev)
    found = finish_found({"category": "id_doc", "body": (
        "拾得人%s（%s）于%s在汽车站售票窗口台子上拾得外国护照一本，深蓝色封皮，持照人EMILY CARVER，护照号%s，内有中国签证。") % (
        fev["fname"], fev["role"], found_time_zh(fev["t"], True), pp),
        "color": "深蓝", "serial": pp, "address": "石岭汽车站售票厅"}, fev, latlon=False)
    add("id_doc", "navy", None, ev, lost, fev, found)

    # EN3 wallet, old street
    ev = make_event("oldst")
    tail = digits(4)
    fev = make_fev("oldst", tft(ev))
    fev["role"] = "摊主"
    lost = finish_lost({"category": "wallet", "body": (
        "Lost a brown leather wallet at the Old Street snack stalls %s, I think while buying sesame cakes. Inside: "
        "about 600 RMB, a Visa card ending %s, my UK driving licence (TOM WHITFIELD) and a photo of my dog.") % (
        window_en(ev["lf"], ev["lt"]), tail), "color": "brown", "serial": "card ending %s" % tail}, ev, latlon=True)
    found = finish_found({"category": "wallet", "body": (
        "俺在鼓楼老街卖烧饼，%s有个外国人把钱包落在俺摊子上了，棕色皮的，里头有六百二十块钱、一张外国银行卡（尾号%s）、"
        "外国驾照一张写着TOM WHITFIELD，还有一张狗的照片。") % (found_time_zh(fev["t"], False), tail),
        "color": "棕色", "marks": "现金620元，外国银行卡尾号%s，外国驾照（TOM WHITFIELD），狗的照片" % tail,
        "address": "老街烧饼铺门口"}, fev)
    add("wallet", "brown", None, ev, lost, fev, found)

    # EN4 backpack, minibus to Hougou, found at the terminal
    ev = short_event("rt_houguo")
    fev = make_fev("houguo", tft(ev), route="rt_houguo")
    lost = finish_lost({"category": "bag", "body": (
        "I left my grey backpack on the minibus to Hougou village %s (I went to see the village opera). It is a "
        "Trailwing backpack, a red scarf is tied to the strap. Inside: a laptop charger, a travel guidebook in "
        "English and a steel thermos.") % window_en(ev["lf"], ev["lt"]),
        "color": "grey", "brand": "Trailwing", "address": "minibus Shiling - Hougou"}, ev)
    found = finish_found({"category": "bag", "body": (
        "后沟线小巴司机%s：%s在后沟村终点站收车时在最后一排座位上发现灰色双肩包一个，背带上系着一条红围巾，"
        "内有电脑充电器一个、外文旅游书一本、不锈钢保温杯一个。估计是坐车的外国游客落下的。") % (
        fev["fname"], found_time_zh(fev["t"], False)), "color": "灰色", "brand": "TRAILWING",
        "address": "后沟村小巴终点站"}, fev)
    add("bag", "grey", "trailwing", ev, lost, fev, found)

    # EN5 camera, square (never handed in)
    ev = short_event("square")
    sn = digits(12)
    lost = finish_lost({"category": "electronics", "body": (
        "Black Canon camera lost while watching the shehuo parade at People's Square %s. Blue patterned strap, the "
        "lens cap is missing. Serial number %s. All my photos of the festival are on it.") % (
        window_en(ev["lf"], ev["lt"]), sn), "color": "black", "brand": "Canon", "model": "EOS 250D",
        "serial": sn, "address": "People's Square"}, ev, latlon=True)
    add("electronics", "black", "canon", ev, lost)

    # EN6 scarf, ice rink
    ev = make_event("ice")
    fev = make_fev("ice", tft(ev))
    lost = finish_lost({"category": "other", "body": (
        "Green hand-knitted wool scarf with my initials L.P. stitched in one corner, left at the ice rink on the "
        "river %s. My mother made it, please!") % window_en(ev["lf"], ev["lt"]), "color": "green"}, ev)
    found = finish_found({"category": "other", "body": (
        "%s冰场管理员在换鞋的长凳上捡到墨绿色毛线围巾一条，手织的，一角绣着字母“L.P.”。") % found_time_zh(fev["t"], False),
        "color": "墨绿色", "marks": "一角绣有字母L.P.", "address": "石河冰场"}, fev)
    add("other", "green", None, ev, lost, fev, found)

    # EN7 ring, bathhouse (never handed in)
    ev = make_event("bath")
    lost = finish_lost({"category": "jewelry", "body": (
        "I lost a silver ring with a small turquoise stone in the changing room of the Yuhua bathhouse %s. I took it "
        "off before the shower and forgot it.") % window_en(ev["lf"], ev["lt"]),
        "color": "silver", "address": "Yuhua bathhouse"}, ev)
    add("jewelry", "silver", None, ev, lost)

    # EN8 hotel keys, temple fair
    ev = make_event("fair")
    fev = make_fev("fair", tft(ev))
    fev["role"] = "庙会志愿者"
    lost = finish_lost({"category": "keys", "body": (
        "Two room keys on a wooden tag from the Shiling Hotel (room 308), lost at the temple fair %s. We are "
        "tourists, the hotel will charge us for the lock.") % window_en(ev["lf"], ev["lt"]),
        "marks": "wooden tag, Shiling Hotel 308"}, ev)
    found = finish_found({"category": "keys", "body": (
        "庙会志愿者%s在%s捡到钥匙两把，拴着一个木牌，上面写着“石岭宾馆 308”。") % (
        fev["fname"], ch(PLACES["fair"]["spots"])), "marks": "木牌：石岭宾馆308", "address": "城隍庙庙会"}, fev)
    add("keys", None, None, ev, lost, fev, found)

    # PY1 phone, bus station
    ev = make_event("bus_station")
    fev = make_fev("bus_station", tft(ev))
    lost = finish_lost({"category": "phone", "body": (
        "wo de shou ji diu le, hua wei de, hei se, zai qi che zhan hou che shi, %s zuo you. tao zhe hong se de ke zi, "
        "ping mu you yi dao lie wen. qing bang mang zhao yi xia xie xie") % time_py(ev["t"])}, ev)
    found = finish_found({"category": "phone", "body": (
        "保洁员%s打扫候车室时在%s捡到华为手机一部，黑色，红色手机壳，屏幕有一道裂痕，已关机。") % (
        fev["fname"], ch(PLACES["bus_station"]["spots"])), "color": "黑色", "brand": "HUAWEI",
        "address": "石岭汽车站候车室"}, fev)
    add("phone", "black", "huawei", ev, lost, fev, found, voice="pinyin")

    # PY2 wallet, supermarket
    ev = make_event("super")
    p = make_person("old")
    fev = make_fev("super", tft(ev))
    fev["role"] = "收银员"
    amt = ri(21, 29) * 10
    lost = finish_lost({"category": "wallet", "body": (
        "qian bao diu le, hong se de chang kuan, li mian you shen fen zheng he %s bai duo kuai qian, zai jia jia fu "
        "chao shi shou yin tai, %s. wo jiao %s") % ("er", time_py(ev["t"]), "li xiu lan"),
        "address": "jia jia fu"}, ev)
    found = finish_found({"category": "wallet", "body": (
        "家家福超市收银员%s在收银台旁捡到红色长款钱包一个，内有现金%d元、身份证一张（李秀兰）。") % (fev["fname"], amt),
        "color": "红色", "serial": mask_id(make_idno("148121", p["birth"], False)), "address": "家家福超市收银台"}, fev)
    add("wallet", "red", None, ev, lost, fev, found, voice="pinyin")

    # PY3 keys, temple fair (never handed in)
    ev = make_event("fair")
    lost = finish_lost({"category": "keys", "body": (
        "yao shi diu le, yi chuan, si ba, gua zhe yi ge xiao hong deng long, zai miao hui shang, %s") % time_py(ev["t"])},
        ev)
    add("keys", "red", None, ev, lost, voice="pinyin")

    # PY4 red envelope, old street
    ev = make_event("oldst")
    fev = make_fev("oldst", tft(ev))
    lost = finish_lost({"category": "cash", "body": (
        "hong bao diu le, li mian liu bai kuai qian, dou shi xin de yi bai de, zai lao jie mai shao bing de di fang. %s"
    ) % time_py(ev["t"])}, ev)
    found = finish_found({"category": "cash", "body": (
        "老街烧饼铺老板%s在门口捡到红包一个，内有现金600元（百元新钞6张），红包印有“恭喜发财”。") % found_time_zh(fev["t"], False),
        "color": "红色", "marks": "百元新钞6张，恭喜发财红包", "address": "老街烧饼铺门口"}, fev)
    add("cash", "red", None, ev, lost, fev, found, voice="pinyin")

    # X1 card holder (wallet) filed by the finder as id_doc
    ev = make_event("bus_station")
    p = make_person("mid")
    tail = digits(4)
    fev = make_fev("bus_station", tft(ev))
    city = ch(CITIES)
    lost = finish_lost({"category": "wallet", "body": (
        "过年回来在汽车站%s，黑色卡包丢了，里头有我身份证、建行卡尾号%s、医保卡，没有钱。过几天要回%s，急！时间是%s。") % (
        ch(PLACES["bus_station"]["stories"]), tail, city, window_zh(ev["lf"], ev["lt"])),
        "color": "黑色", "serial": "尾号" + tail, "address": "石岭汽车站"}, ev)
    found = finish_found({"category": "id_doc", "body": (
        "拾得人%s（%s）于%s在汽车站%s拾得身份证、建设银行卡、社保卡各一张（均为%s），装在一个黑色卡套里。") % (
        fev["fname"], fev["role"], found_time_zh(fev["t"], True), fev["spot"], p["name"]),
        "serial": p["idno"][:6] + "********" + p["idno"][-4:], "marks": "建设银行卡6217****%s；社保卡（%s）" % (tail, p["name"]),
        "address": "石岭汽车站"}, fev)
    add("wallet", "black", None, ev, lost, fev, found, fcat="id_doc", voice="migrant")

    # X2 earbuds (electronics) filed by the finder as other
    ev = short_event("school")
    fev = make_fev("school", tft(ev))
    fev["role"] = "学校门卫"
    lost = finish_lost({"category": "electronics", "body": (
        "我%s在二中操场打球，苹果耳机AirPods Pro丢了，白色的，耳机盒套着一个绿色小恐龙硅胶套。") % window_zh(ev["lf"], ev["lt"]),
        "brand": "苹果", "model": "AirPods Pro", "color": "白色"}, ev)
    found = finish_found({"category": "other", "body": (
        "二中门卫%s在操场看台上捡到一个白色小盒子，外面套着绿色恐龙硅胶套，打开里面是两只白色耳机。") % found_time_zh(fev["t"], False),
        "color": "白", "address": "石岭二中操场"}, fev)
    add("electronics", "white", "apple", ev, lost, fev, found, fcat="other", voice="student")

    # X3 woven bag of New Year goods (bag) filed by the finder as other
    ev = short_event("rt_liushuwan")
    fev = make_fev("liushuwan", tft(ev), route="rt_liushuwan")
    lost = finish_lost({"category": "bag", "body": (
        "俺%s坐小巴去柳树湾走亲戚，下车忘了拿袋子了，红白蓝的编织袋，里头装着两瓶石岭老窖、一条烟、一包红枣，是给俺舅舅拜年的。") % (
        window_zh(ev["lf"], ev["lt"])), "address": "石岭—柳树湾小巴"}, ev)
    found = finish_found({"category": "other", "body": (
        "柳树湾线小巴司机%s：%s收车时在车上发现年货一袋，有白酒两瓶（石岭老窖礼盒）、香烟一条、红枣一包，装在红白蓝编织袋里。") % (
        fev["fname"], found_time_zh(fev["t"], False)), "brand": "石岭老窖", "address": "柳树湾村口小卖部"}, fev)
    add("bag", "rwb", None, ev, lost, fev, found, fcat="other", voice="elder")

    # X4 child's phone watch (phone) filed by the finder as electronics
    ev = short_event("ice")
    imei = make_imei()
    fev = make_fev("ice", tft(ev))
    lost = finish_lost({"category": "phone", "body": (
        "我闺女的小天才电话手表丢了，粉色的，%s在石河冰场滑冰的时候掉的，表带上有个小兔子。手表号码打过去关机了。") % (
        window_zh(ev["lf"], ev["lt"])), "color": "粉色", "brand": "小天才", "address": "石河冰场"}, ev, latlon=True)
    found = finish_found({"category": "electronics", "body": (
        "冰场管理员在冰面边上捡到儿童电话手表一块，粉色，小天才牌，表带上有兔子图案，表背印有IMEI：%s。") % imei,
        "color": "粉", "brand": "imoo小天才", "serial": imei, "address": "石河冰场"}, fev)
    add("phone", "pink", "xiaotiancai", ev, lost, fev, found, fcat="electronics", voice="relative")

    # H1 elder's red wallet, found by a tourist who writes English
    ev = make_event("ice")
    p = make_person("old")
    fev = make_fev("ice", tft(ev))
    amt = ri(11, 19) * 10 + ri(0, 9)
    lost = finish_lost({"category": "wallet", "body": (
        "俺%s在冰场看孙子滑冰，俺那个红钱包寻不见了，里头有俺身份证，还有%s。") % (
        window_zh(ev["lf"], ev["lt"]), ch(approx_amount(amt)))}, ev)
    found = finish_found({"category": "wallet", "body": (
        "Found a red wallet on the bench where people change into skates at the ice rink on the river. There is an ID "
        "card inside (name: %s) and some cash, I counted %d yuan. Handed to the police desk. -- a visitor from "
        "Tianjin") % (p["name"], amt), "color": "red", "address": "Shihe ice rink"}, fev)
    add("wallet", "red", None, ev, lost, fev, found, voice="elder")

    # H2 gloves lost at the lantern show, found by a child who writes pinyin
    ev = short_event("square")
    fev = make_fev("square", tft(ev))
    lost = finish_lost({"category": "other", "body": (
        "%s在人民广场看花灯，丢了一副黑色羊皮手套，里面是毛的，右手那只大拇指破了个洞。") % window_zh(ev["lf"], ev["lt"]),
        "color": "黑色", "address": "人民广场"}, ev)
    found = finish_found({"category": "other", "body": (
        "wo zai ren min guang chang hua deng xia mian jian dao yi fu hei se pi shou tao, li mian you mao, you shou da "
        "mu zhi po le ge dong. wo shi xiao xue sheng."), "color": "黑色", "address": "人民广场花灯底下"}, fev)
    add("other", "black", None, ev, lost, fev, found, voice="plain")
    return out


# --------------------------------------------------------------------------- the whole set

GENERIC_COUNTS = {"phone": 39, "id_doc": 29, "wallet": 26, "keys": 18, "ebike": 12, "bicycle": 8, "bag": 22,
                  "cash": 13, "jewelry": 15, "electronics": 20, "other": 20}
VOICE_W = {
    "phone": [("elder", 25), ("relative", 8), ("migrant", 20), ("student", 17), ("plain", 20), ("hurried", 10)],
    "id_doc": [("elder", 22), ("relative", 12), ("migrant", 25), ("student", 13), ("plain", 18), ("hurried", 10)],
    "wallet": [("elder", 20), ("relative", 8), ("migrant", 30), ("student", 6), ("plain", 26), ("hurried", 10)],
    "keys": [("elder", 20), ("relative", 5), ("migrant", 10), ("student", 15), ("plain", 35), ("hurried", 15)],
    "ebike": [("elder", 25), ("relative", 10), ("migrant", 15), ("student", 5), ("plain", 35), ("hurried", 10)],
    "bicycle": [("student", 60), ("plain", 25), ("hurried", 15)],
    "bag": [("elder", 15), ("relative", 5), ("migrant", 30), ("student", 20), ("plain", 20), ("hurried", 10)],
    "cash": [("elder", 35), ("relative", 10), ("migrant", 25), ("plain", 20), ("hurried", 10)],
    "jewelry": [("elder", 30), ("relative", 15), ("plain", 40), ("migrant", 5), ("hurried", 10)],
    "electronics": [("student", 30), ("migrant", 20), ("plain", 30), ("elder", 8), ("relative", 4), ("hurried", 8)],
    "other": [("elder", 30), ("relative", 15), ("student", 10), ("migrant", 10), ("plain", 25), ("hurried", 10)],
}
HANDED_IN = {"id_doc": 0.75, "wallet": 0.65, "phone": 0.55, "keys": 0.65, "ebike": 0.6, "bicycle": 0.5, "bag": 0.7,
             "cash": 0.4, "jewelry": 0.5, "electronics": 0.6, "other": 0.6}
UNCLAIMED_W = [("phone", 5), ("id_doc", 4), ("wallet", 4), ("keys", 4), ("bag", 3), ("other", 5), ("electronics", 3),
               ("jewelry", 1), ("cash", 1), ("ebike", 1), ("bicycle", 1)]


def voice_age(voice):
    if voice in ("elder", "relative"):
        return "old"
    if voice == "student":
        return "young"
    if voice == "hurried" and pr(0.1):
        return "young"
    return "mid"


def build():
    global R
    R = random.Random(SEED)
    specs = special_specs()
    n_special_true = sum(1 for s in specs if s["true"])
    n_special_never = len(specs) - n_special_true
    # how many of each category are handed in: ID cards mostly, cash least (largest remainders fill up)
    want = N_TRUE - n_special_true
    exact = {c: HANDED_IN[c] * GENERIC_COUNTS[c] for c in sorted(GENERIC_COUNTS)}
    k_true = {c: int(exact[c]) for c in exact}
    rest = sorted(exact, key=lambda c: (-(exact[c] - int(exact[c])), c))
    for c in rest[:want - sum(k_true.values())]:
        k_true[c] += 1
    pairs = []
    for c in sorted(GENERIC_COUNTS):
        pairs += [(c, True)] * k_true[c] + [(c, False)] * (GENERIC_COUNTS[c] - k_true[c])
    R.shuffle(pairs)
    assert sum(1 for _, t in pairs if t) == want and len(pairs) - want == N_NEVER - n_special_never
    for c, tr in pairs:
        voice = wch(VOICE_W[c])
        o = BUILDERS[c](voice, make_person(voice_age(voice)))
        ev = make_event(wch(CAT_PLACES[c]))
        s = dict(obj=o, ev=ev, voice=voice, true=tr, must=set(), special=False)
        if tr:
            s["fev"] = fev_for_true(ev, c)
        specs.append(s)

    negs = []
    used = [False] * len(specs)
    for kind, n, n_true in NEG_PLAN:
        for want, cnt in ((True, n_true), (False, n - n_true)):
            pool = [i for i, s in enumerate(specs) if s["true"] == want and not used[i] and eligible(kind, s)]
            R.shuffle(pool)
            assert len(pool) >= cnt, (kind, want, len(pool))
            for i in pool[:cnt]:
                used[i] = True
                ng = make_negative(kind, specs[i])
                ng["target"] = i
                negs.append(ng)

    for _ in range(N_UNCLAIMED):
        c = wch(UNCLAIMED_W)
        voice = wch(VOICE_W[c])
        o = BUILDERS[c](voice, make_person(voice_age(voice)))
        ev = make_event(wch(CAT_PLACES[c]))
        fev = fev_for_true(ev, c)
        negs.append(dict(obj=o, fev=fev, must=set(), suppress=False, info=dict(kind="unclaimed"), target=None))

    # render
    lost_recs, found_recs = [], []
    for i, s in enumerate(specs):
        if s["special"]:
            lrec = s["lost_rec"]
        else:
            lrec = render_lost(s["obj"], s["ev"], s["voice"], s["must"])
        lost_recs.append(dict(rec=lrec, spec=i))
        if s["true"]:
            frec = s["found_rec"] if s["special"] else render_found(s["obj"], s["fev"], s["must"])
            found_recs.append(dict(rec=frec, spec=i, neg=None))
    for j, ng in enumerate(negs):
        frec = render_found(ng["obj"], ng["fev"], ng["must"], suppress_ids=ng["suppress"])
        found_recs.append(dict(rec=frec, spec=None, neg=j))

    R.shuffle(lost_recs)
    R.shuffle(found_recs)
    lost_key, found_key = {}, {}
    for k, x in enumerate(lost_recs):
        lost_key[x["spec"]] = "%s-L%04d" % (PFX, k + 1)
    for k, x in enumerate(found_recs):
        if x["spec"] is not None:
            found_key[("t", x["spec"])] = "%s-F%04d" % (PFX, k + 1)
        else:
            found_key[("n", x["neg"])] = "%s-F%04d" % (PFX, k + 1)

    lost_out, found_out = [], []
    for x in lost_recs:
        s = specs[x["spec"]]
        d = {"key": lost_key[x["spec"]]}
        d.update(x["rec"])
        d["truth"] = found_key[("t", x["spec"])] if s["true"] else None
        lost_out.append(d)
    for k, x in enumerate(found_recs):
        d = {"key": "%s-F%04d" % (PFX, k + 1)}
        d.update(x["rec"])
        if x["neg"] is not None:
            d["negative"] = negs[x["neg"]]["info"]["kind"]
        found_out.append(d)

    hidden = {"negatives": [], "pairs": []}
    for j, ng in enumerate(negs):
        h = dict(found=found_key[("n", j)], kind=ng["info"]["kind"], fact=ng["info"].get("fact"),
                 sig=signature(ng["obj"]), model=ng["obj"]["model"],
                 cat=ng["obj"]["cat"], color=ng["obj"]["color"], brand=ng["obj"]["brand"],
                 found_xy=list(PLACES[ng["fev"]["pid"]]["xy"]), found_min=to_min(ng["fev"]["t"]))
        if ng["target"] is not None:
            s = specs[ng["target"]]
            h.update(target=lost_key[ng["target"]], target_true=s["true"], t_cat=s["obj"]["cat"],
                     t_color=s["obj"]["color"], t_brand=s["obj"]["brand"], t_xy=list(s["ev"]["xy"]),
                     t_from=to_min(s["ev"]["lf"]), t_to=to_min(s["ev"]["lt"]),
                     t_truth=found_key.get(("t", ng["target"])), t_sig=signature(s["obj"]), t_model=s["obj"]["model"],
                     t_via_xy=list(PLACES[PLACES[s["ev"]["pid"]]["via"] or s["ev"]["pid"]]["xy"]))
            if h["kind"] == "twin":
                h["t_says"], h["n_says"] = fact_forms(s["obj"], "o", h["fact"]), fact_forms(ng["obj"], "f", h["fact"])
        hidden["negatives"].append(h)
    for i, s in enumerate(specs):
        if s["true"]:
            hidden["pairs"].append(dict(lost=lost_key[i], found=found_key[("t", i)], cat=s["obj"]["cat"],
                                        fcat=s["obj"].get("fcat", s["obj"]["cat"]), voice=s["voice"],
                                        lost_xy=list(s["ev"]["xy"]), found_xy=list(PLACES[s["fev"]["pid"]]["xy"])))
    hidden["voices"] = {lost_key[i]: s["voice"] for i, s in enumerate(specs)}
    doc = {"seed": SEED, "made_by": "tests/lostfound/make_set63.py",
           "parts": {PART: {"found": found_out, "lost": lost_out}}}
    return doc, hidden


def signature(o):
    """The facts both sides write down, for the checker: colour, brand, model, first identifier, first mark, cash."""
    cash = [c["amount"] for c in o.get("contents", []) if c["key"] == "cash"]
    return dict(color=o.get("color"), brand=o.get("brand"), model=o.get("model"),
                id0=o["ids"][0]["val"] if o.get("ids") else None,
                mark0=o["marks"][0]["spec"]["key"] if o.get("marks") else None,
                amount=cash[0] if cash else None)


def fact_forms(o, side, fact):
    """Strings of which at least one must appear in a registration that writes `fact` down."""
    if fact == "color":
        return list(COLORS[o["color"]][0])
    if fact == "brand":
        zh, logo, alt, _ = BRANDS[o["brand"]]
        return [zh] + logo + alt
    if fact == "model":
        return model_forms(o["model"])
    if fact == "id0":
        return [o["ids"][0]["val"][-4:]]
    if fact == "mark0":
        m = o["marks"][0]["spec"]
        return [fill(x, o) for x in (m["o"] if side == "o" else m["f"])]
    if fact == "amount":
        c = [c for c in o["contents"] if c["key"] == "cash"][0]
        return c["o"] if side == "o" else [str(c["amount"])]
    raise ValueError(fact)


def dump(doc):
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def main():
    doc, _ = build()
    text = dump(doc)
    if "--stdout" in sys.argv[1:]:
        sys.stdout.write(text)
        return
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set63.json")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    part = doc["parts"][PART]
    print("wrote %s: %d lost, %d found" % (path, len(part["lost"]), len(part["found"])))


if __name__ == "__main__":
    main()
