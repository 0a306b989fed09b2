#!/usr/bin/env python3
"""Write tests/lostfound/set64.json, blind labelled lost-and-found set 64.

World: the invented southern coastal city 澄湾市, its 前港 district in typhoon season.
Every registration is written from a hidden truth record of the object; the lost report
and the found registration are written separately, each in its own voice and knowing only
what that person would know.  Written without looking at the matcher.

Python 3 standard library only; one random.Random(SEED); the output is identical on every
run and under any PYTHONHASHSEED (no sets are drawn from, dicts are only read in insertion
order).

    python3 tests/lostfound/make_set64.py            # writes set64.json next to this file
    python3 tests/lostfound/make_set64.py --out F    # writes F instead

check_set64.py imports build() from here to re-derive the hidden anchors of the negatives.
"""
import copy
import datetime
import json
import math
import os
import random
import sys

SEED = 6464
PFX = "S64"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set64.json")
MADE_BY = "tests/lostfound/make_set64.py"

# every minute field is "minutes before NOW", the moment the whole set is registered
NOW = datetime.datetime(2025, 9, 6, 20, 0)
MAX_MIN = 172800
TYPHOON_DAY = datetime.date(2025, 8, 29)
TYPHOON = "银鲳"

CAT_COUNTS = [("phone", 40), ("id_doc", 30), ("wallet", 30), ("keys", 20), ("ebike", 18),
              ("bicycle", 12), ("bag", 30), ("cash", 10), ("jewelry", 14), ("electronics", 26),
              ("other", 10)]
FOUND_RATE = {"phone": 0.65, "id_doc": 0.75, "wallet": 0.65, "keys": 0.6, "ebike": 0.6,
              "bicycle": 0.5, "bag": 0.7, "cash": 0.4, "jewelry": 0.5, "electronics": 0.6,
              "other": 0.55}
N_TRUE = 150
NEG_PLAN = [("twin", 22), ("same_category_colour", 24), ("found_before_loss", 22),
            ("same_brand_later_far", 22), ("unclaimed", 30)]
N_CROSS = 4
N_ENGLISH_LOST = 10
N_ENGLISH_FOUND = 2

CAT_ZH = {"id_doc": "证件", "phone": "手机", "wallet": "钱包", "keys": "钥匙", "ebike": "电动车",
          "bicycle": "自行车", "bag": "包", "cash": "现金", "jewelry": "首饰",
          "electronics": "电子产品", "other": "其他"}


# ---------------------------------------------------------------------------------------
# small helpers

def alt(s, r):
    """'a|b|c' -> one of them."""
    if not s:
        return s
    parts = s.split("|")
    return parts[r.randrange(len(parts))]


def wpick(r, pairs):
    """pairs: [(item, weight), ...] in a fixed order."""
    tot = sum(w for _, w in pairs)
    x = r.random() * tot
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def dt_of(m):
    return NOW - datetime.timedelta(minutes=m)


def min_of(dt):
    return int(round((NOW - dt).total_seconds() / 60.0))


def km(a, b):
    lat1, lon1 = a
    lat2, lon2 = b
    dy = (lat2 - lat1) * 111.2
    dx = (lon2 - lon1) * 111.2 * math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot(dx, dy)


# ---------------------------------------------------------------------------------------
# numbers: GB 11643 ID numbers, Luhn IMEIs, tails and masks only for bank cards

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"
# invented region codes (prefecture part 99 is not in use)
REGIONS = ["449906", "449912", "449931", "449950", "439902", "459907", "369905", "359911",
           "449918", "519903"]


def id_check(s17):
    return ID_C[sum(int(a) * b for a, b in zip(s17, ID_W)) % 11]


def make_idnum(r, g=None, ymin=1960, ymax=2006):
    reg = r.choice(REGIONS)
    y = r.randint(ymin, ymax)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    seq = r.randint(0, 99)
    if g == "m":
        gd = r.choice([1, 3, 5, 7, 9])
    elif g == "f":
        gd = r.choice([0, 2, 4, 6, 8])
    else:
        gd = r.randint(0, 9)
    s17 = "%s%04d%02d%02d%02d%d" % (reg, y, m, d, seq, gd)
    return s17 + id_check(s17)


def luhn_digit(payload):
    tot = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def make_imei(r):
    tac = r.choice(["86", "35", "86", "99"]) + "".join(str(r.randint(0, 9)) for _ in range(6))
    sn = "".join(str(r.randint(0, 9)) for _ in range(6))
    return tac + sn + luhn_digit(tac + sn)


def digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def alnum(r, n, letters="ABCDEFGHJKLMNPQRSTUVWXYZ"):
    pool = letters + "0123456789"
    return "".join(r.choice(pool) for _ in range(n))


def phone_masked(r):
    return "1%s%s****%s" % (r.choice("3456789"), r.randint(0, 9), digits(r, 4))


BANKS = ["南海银行", "澄湾农商银行", "前港村镇银行", "粤信银行", "海联银行", "招商银行", "建设银行",
         "工商银行", "邮储银行"]


def make_card(r):
    return {"bank": r.choice(BANKS), "pre": "62" + digits(r, 2), "tail": digits(r, 4)}


# ---------------------------------------------------------------------------------------
# people

SURN = "陈林黄张李王吴刘蔡杨郑梁谢何许罗邓冯曾彭苏卢蒋叶钟潘周麦区冼岑龚温邱"
SURN_CANT = "陈黄梁麦区冼岑何罗邓冯"
GIVEN = "嘉浩俊子欣诗雅志伟文静晓敏思颖宇轩梓博海丽婷杰家明雨涵一鸣建国华慧琳秋月晨锦荣德永泽凯妍芷晴乐安宁朗玥"
PY = dict(zip("陈林黄张李王吴刘蔡杨郑梁谢何许罗邓冯曾彭苏卢蒋叶钟潘周麦区冼岑龚温邱",
              "CLHZLWWLCYZLXHXLDFZPSLJYZPZMOXCGWQ"))
PY.update(dict(zip("嘉浩俊子欣诗雅志伟文静晓敏思颖宇轩梓博海丽婷杰家明雨涵一鸣建国华慧琳秋月晨锦荣德永泽凯妍芷晴乐安宁朗玥",
                   "JHJZXSYZWWJXMSYYXZBHLTJJMYHYMJGHHLQYCJRDYZKYZQLANLY")))
FOREIGN = ["Lukas Brenner", "Priya Raman", "Tomas Okafor", "Anika Solberg", "Matteo Ferrante",
           "Daniel Mwangi", "Yusuf Demir", "Sophie Laurent", "Kenji Arata", "Rahul Menon",
           "Elena Petrova", "Oliver Hughes", "Camila Reyes", "Jonas Lindqvist", "Aisha Bello"]


def make_person(r, cant=False):
    s = r.choice(SURN_CANT if cant else SURN)
    n = 1 if r.random() < 0.25 else 2
    g = "".join(r.choice(GIVEN) for _ in range(n))
    if n == 2 and g[0] == g[1]:
        g = g[0] + r.choice(GIVEN)
    return {"name": s + g, "g": r.choice(["m", "f"]), "ini": "".join(PY.get(ch, "X") for ch in s + g)}


def mask_name(name, r):
    x = r.random()
    if x < 0.6 or len(name) < 2:
        return name
    if x < 0.85:
        return name[0] + "*" + (name[2:] if len(name) > 2 else "")
    return name[0] + "某" + (name[2:] if len(name) > 2 else "")


# ---------------------------------------------------------------------------------------
# colours: canonical -> synonyms

COLORS = {
    "黑": (["黑色", "黑色", "深色", "哑光黑", "曜石黑", "亮黑色", "磨砂黑", "午夜黑"], ["black", "matte black", "dark"]),
    "白": (["白色", "白色", "珍珠白", "月光白", "奶白色", "米白色"], ["white", "off-white"]),
    "银": (["银色", "银色", "银白色", "星光银", "亮银色"], ["silver"]),
    "灰": (["灰色", "灰色", "深空灰", "石墨灰", "铁灰色", "浅灰色"], ["grey", "space grey", "gray"]),
    "蓝": (["蓝色", "蓝色", "深蓝色", "藏青色", "海蓝色", "宝石蓝", "雾霾蓝"], ["blue", "navy", "dark blue"]),
    "绿": (["绿色", "绿色", "墨绿色", "薄荷绿", "军绿色", "橄榄绿", "青绿色"], ["green", "olive green", "mint green"]),
    "红": (["红色", "红色", "大红色", "酒红色", "枣红色", "砖红色"], ["red", "burgundy"]),
    "粉": (["粉色", "粉色", "粉红色", "樱花粉", "浅粉色", "藕粉色"], ["pink", "light pink"]),
    "紫": (["紫色", "紫色", "淡紫色", "香芋紫", "远峰紫"], ["purple", "lilac"]),
    "金": (["金色", "金色", "香槟金", "土豪金", "金黄色"], ["gold"]),
    "黄": (["黄色", "黄色", "明黄色", "柠檬黄", "鹅黄色"], ["yellow"]),
    "棕": (["棕色", "棕色", "咖啡色", "驼色", "焦糖色", "深棕色", "褐色"], ["brown", "tan"]),
    "橙": (["橙色", "橘色", "橘黄色"], ["orange"]),
    "玫瑰金": (["玫瑰金", "玫瑰金", "粉金色"], ["rose gold"]),
}
# colours that are clearly different from each other (for twins)
FAR_COLOR = {"黑": ["白", "银", "粉", "蓝", "红", "金"], "白": ["黑", "蓝", "红", "绿"],
             "银": ["黑", "金", "蓝"], "灰": ["白", "粉", "蓝"], "蓝": ["黑", "白", "粉", "红"],
             "绿": ["黑", "白", "红"], "红": ["黑", "白", "蓝"], "粉": ["黑", "蓝", "白"],
             "紫": ["黑", "白", "绿"], "金": ["银", "黑"], "黄": ["黑", "蓝"], "棕": ["黑", "红"],
             "橙": ["黑", "蓝"], "玫瑰金": ["银", "黑"]}


def color_text(c, r, en=False):
    if c is None:
        return None
    zh, e = COLORS[c]
    return r.choice(e) if en else r.choice(zh)


# ---------------------------------------------------------------------------------------
# brands: (zh, en, alternative spellings, typos/homophones, models)

def B(zh, en, alts, typos, models):
    return {"zh": zh, "en": en, "alts": alts, "typos": typos, "models": models}


BR = {
    "phone": [
        B("华为", "HUAWEI", ["华为", "Huawei", "huawei", "HW"], ["华伟", "化为"], ["Mate 58 Pro", "nova 13 Lite", "Pura 88", "畅享 50z"]),
        B("苹果", "Apple", ["iPhone", "苹果", "apple", "爱疯"], ["平果", "苹过"], ["iPhone 15 Max", "iPhone 14 Mini", "iPhone 16 Lite"]),
        B("小米", "Xiaomi", ["小米", "xiaomi", "MI", "Redmi"], ["小咪", "晓米"], ["Redmi K88", "小米 15 Lite", "Redmi Note 19"]),
        B("OPPO", "OPPO", ["oppo", "OPPO", "欧珀"], ["0PPO", "opp0"], ["Reno 15 Z", "Find X9 Lite", "A3 Max"]),
        B("vivo", "vivo", ["VIVO", "vivo", "维沃"], ["vivi", "VIV0"], ["X300 mini", "S29e", "Y55t"]),
        B("荣耀", "HONOR", ["Honor", "honor", "荣耀"], ["容耀", "荣耀手机"], ["Magic 8 Lite", "X60 GT", "Play 9C"]),
        B("星澜", "XINGLAN", ["Xinglan", "xinglan", "星澜手机"], ["星兰", "星蓝"], ["S9", "S9 Pro", "Note 6"]),
        B("海鲸", "ORCA", ["Orca", "海鲸手机", "haijing"], ["海京", "海晶"], ["W3", "W5 Max"]),
    ],
    "wallet": [
        B("七匹狼", "SEPTWOLVES", ["7匹狼", "septwolves"], ["七匹郎"], []),
        B("金利来", "Goldlion", ["goldlion", "金利来"], ["金利莱", "金立来"], []),
        B("蔻驰", "COACH", ["Coach", "寇驰"], ["扣驰", "蔻池"], []),
        B("卡曼诺", "KAMANO", ["kamano", "卡曼诺"], ["卡曼罗"], []),
        B("北岸", "NORDSHORE", ["Nordshore", "北岸"], ["北按"], []),
        B("稻草人", "DAOCAOREN", ["稻草人", "daocaoren"], ["稻草仁"], []),
    ],
    "car": [
        B("比亚迪", "BYD", ["byd", "比亚迪"], ["比亚笛", "比压迪"], ["秦 L9", "海豹 09", "元 UP Max"]),
        B("丰田", "TOYOTA", ["Toyota", "丰田"], ["风田", "丰天"], ["卡罗拉 X", "凯美瑞 Z"]),
        B("大众", "Volkswagen", ["VW", "大众", "大众汽车"], ["大重"], ["朗逸 S", "ID.5 X"]),
        B("五菱", "Wuling", ["五菱", "wuling"], ["五零", "五玲"], ["宏光 MINI 3"]),
        B("岚驰", "LANCHI", ["岚驰汽车", "lanchi"], ["兰驰"], ["L6"]),
    ],
    "ebike": [
        B("雅迪", "Yadea", ["YADEA", "yadea", "雅迪"], ["雅地", "亚迪"], ["冠能 E9", "DE8 Plus", "欧睿 Q3"]),
        B("爱玛", "AIMA", ["aima", "爱玛"], ["艾玛", "爱马"], ["小蜜豆 M5", "麦 TDT-1025"]),
        B("台铃", "TAILG", ["tailg", "台铃"], ["台玲", "台林"], ["狮子王 S7", "超能 T12"]),
        B("小牛", "NIU", ["niu", "小牛电动", "牛电"], ["小妞", "小扭"], ["G6 Lite", "UQi 8"]),
        B("绿源", "LUYUAN", ["luyuan", "绿源"], ["绿元", "录源"], ["S50 液冷", "MODA 9"]),
        B("速澜", "SULAN", ["sulan", "速澜"], ["速兰", "速蓝"], ["SL-350", "闪电 X2"]),
    ],
    "bicycle": [
        B("捷安特", "GIANT", ["Giant", "giant", "捷安特"], ["捷安待", "杰安特"], ["ATX 870", "Escape 5 Lite"]),
        B("美利达", "MERIDA", ["Merida", "美利达"], ["美力达", "美丽达"], ["勇士 350", "公爵 R3"]),
        B("喜德盛", "XDS", ["xds", "喜德盛"], ["喜得盛"], ["RC 300", "逐日 D7"]),
        B("凤凰", "Phoenix", ["凤凰牌", "phoenix"], ["风凰"], ["城市 C2", "复古 28"]),
        B("永久", "Forever", ["永久牌", "forever"], ["永旧"], ["C8 通勤"]),
        B("澜骑", "LANQI", ["lanqi", "澜骑"], ["兰骑"], ["Q7", "Q9 Pro"]),
    ],
    "bag": [
        B("新秀丽", "Samsonite", ["samsonite", "新秀丽"], ["新秀莉", "新秀力"], ["商旅 2代", "Lite-Cube 25寸"]),
        B("迪卡侬", "Decathlon", ["decathlon", "迪卡侬"], ["迪卡龙", "迪卡农"], ["NH100 20L", "Quechua 30L"]),
        B("小米", "Xiaomi", ["小米", "MI"], ["小咪"], ["极简都市双肩包 3"]),
        B("外交官", "Diplomat", ["diplomat", "外交官"], ["外角官"], ["DH-2268"]),
        B("北岸", "NORDSHORE", ["Nordshore", "北岸"], ["北按"], ["City 18L"]),
        B("途岚", "TULAN", ["tulan", "途岚"], ["图岚", "途兰"], ["T-30"]),
        B("蔻驰", "COACH", ["Coach", "寇驰"], ["扣驰"], ["Tabby 26"]),
    ],
    "jewelry": [
        B("周大福", "Chow Tai Fook", ["CTF", "周大福"], ["周大幅", "周大富"], []),
        B("周生生", "Chow Sang Sang", ["周生生"], ["周生升", "周声生"], []),
        B("老凤祥", "Lao Feng Xiang", ["老凤祥"], ["老风祥", "老凤翔"], []),
        B("六福", "Lukfook", ["六福珠宝", "六福"], ["陆福", "六幅"], []),
        B("潘多拉", "PANDORA", ["Pandora", "潘多拉"], ["潘朵拉", "盘多拉"], []),
        B("金澜", "JINLAN", ["金澜珠宝", "金澜"], ["金兰", "金蓝"], []),
    ],
    "watch": [
        B("天王", "TIANWANG", ["天王表", "天王"], ["天旺"], ["GS 3588", "昆仑 T2"]),
        B("卡西欧", "CASIO", ["casio", "卡西欧"], ["卡西鸥", "卡西欧表"], ["G-Shock GX-570", "MTP-1398"]),
        B("罗西尼", "Rossini", ["罗西尼"], ["罗西妮"], ["启迪 5823"]),
    ],
    "laptop": [
        B("联想", "Lenovo", ["ThinkPad", "lenovo", "联想"], ["连想", "联响"], ["ThinkPad X13 Gen 7", "小新 Pro 16 2025"]),
        B("苹果", "Apple", ["MacBook", "Mac", "苹果"], ["mac book", "平果"], ["MacBook Air 15", "MacBook Pro 14"]),
        B("华为", "HUAWEI", ["MateBook", "Huawei", "华为"], ["华伟"], ["MateBook 14s", "MateBook X Lite"]),
        B("戴尔", "DELL", ["Dell", "戴尔"], ["戴儿", "代尔"], ["Latitude 7460", "灵越 16"]),
        B("星澜", "XINGLAN", ["StarBook", "星澜"], ["星兰"], ["StarBook 14"]),
    ],
    "tablet": [
        B("苹果", "Apple", ["iPad", "苹果"], ["平果", "ipda"], ["iPad Air 7", "iPad mini 8"]),
        B("华为", "HUAWEI", ["MatePad", "华为"], ["华伟"], ["MatePad 12 Lite"]),
        B("小米", "Xiaomi", ["小米平板", "xiaomi"], ["小咪"], ["小米平板 8", "Redmi Pad 3"]),
        B("联想", "Lenovo", ["lenovo", "联想"], ["连想"], ["小新 Pad 13"]),
    ],
    "earbuds": [
        B("苹果", "Apple", ["AirPods", "苹果"], ["平果", "airpod"], ["AirPods Pro 3", "AirPods 5"]),
        B("华为", "HUAWEI", ["FreeBuds", "华为"], ["华伟"], ["FreeBuds 7i", "FreeBuds Pro 5"]),
        B("小米", "Xiaomi", ["Redmi", "小米"], ["小咪"], ["Redmi Buds 8", "Buds 6 Pro"]),
        B("声澜", "SONLAN", ["sonlan", "声澜"], ["声兰"], ["Pods S2"]),
        B("索尼", "SONY", ["sony", "索尼"], ["索妮"], ["WF-1200X"]),
    ],
    "swatch": [
        B("苹果", "Apple", ["Apple Watch", "苹果"], ["平果"], ["Watch S11", "Watch SE 4"]),
        B("华为", "HUAWEI", ["华为", "Huawei"], ["华伟"], ["Watch GT 6 Lite", "Watch Fit 5"]),
        B("小米", "Xiaomi", ["小米", "xiaomi"], ["小咪"], ["手环 10", "Watch S5"]),
    ],
    "camera": [
        B("佳能", "Canon", ["canon", "佳能"], ["Cannon", "加能"], ["EOS R60", "G7 X Mk V"]),
        B("索尼", "SONY", ["sony", "索尼"], ["索妮"], ["ZV-E20", "A6800"]),
        B("富士", "FUJIFILM", ["fuji", "富士"], ["富仕", "福士"], ["X-S30", "X100W"]),
        B("大疆", "DJI", ["dji", "大疆"], ["大江", "大僵"], ["Osmo Pocket 5", "Action 7 Lite"]),
    ],
    "powerbank": [
        B("小米", "Xiaomi", ["小米", "MI"], ["小咪"], ["20000mAh 3代"]),
        B("安克", "Anker", ["anker", "安克"], ["按克", "安可"], ["PowerCore 10K Slim"]),
        B("罗马仕", "ROMOSS", ["romoss", "罗马仕"], ["罗马士"], ["PHP20 Pro"]),
    ],
    "console": [B("任天堂", "Nintendo", ["Switch", "switch", "任天堂"], ["任天唐", "swich"], ["Switch Lite 2", "Switch OLED"])],
    "ereader": [B("Kindle", "Kindle", ["kindle", "亚马逊Kindle"], ["kindel", "金读"], ["Paperwhite 7"]),
                B("掌阅", "iReader", ["ireader", "掌阅"], ["掌悦"], ["Ocean 5"])],
    "radio": [B("摩托罗拉", "Motorola", ["moto", "摩托罗拉"], ["摩托罗啦"], ["GP338X"]),
              B("海能达", "Hytera", ["hytera", "海能达"], ["海能大"], ["TC-620X"])],
    "drone": [B("大疆", "DJI", ["dji", "大疆"], ["大江"], ["Mini 6 Lite", "Neo 2"])],
    "umbrella": [B("天堂伞", "Paradise", ["天堂", "天堂伞"], ["天唐伞"], []),
                 B("蕉下", "Beneunder", ["蕉下", "beneunder"], ["焦下", "蕉夏"], [])],
    "thermos": [B("膳魔师", "THERMOS", ["thermos", "膳魔师"], ["善魔师", "膳魔狮"], []),
                B("象印", "ZOJIRUSHI", ["象印"], ["像印", "象引"], [])],
    "stroller": [B("好孩子", "goodbaby", ["gb", "好孩子"], ["好孩仔"], ["口袋车 D8"]),
                 B("宝宝乐", "BAOBAOLE", ["宝宝乐"], ["宝宝勒"], ["L3"])],
    "glasses": [B("暴龙", "BOLON", ["bolon", "暴龙"], ["暴笼"], []),
                B("依视路", "Essilor", ["依视路"], ["依是路"], [])],
    "guitar": [B("雅马哈", "YAMAHA", ["yamaha", "雅马哈"], ["雅马啥", "亚马哈"], ["F310X"]),
               B("澜音", "LANYIN", ["澜音"], ["兰音"], ["D-28C"])],
    "jacket": [B("优衣库", "UNIQLO", ["uniqlo", "优衣库"], ["优衣裤"], []),
               B("李宁", "LI-NING", ["李宁", "lining"], ["李凝"], []),
               B("北岸", "NORDSHORE", ["Nordshore", "北岸"], ["北按"], [])],
    "scooter": [B("米高", "Micro", ["micro", "米高"], ["米糕"], ["Mini 3"]),
                B("乐骑", "LEQI", ["乐骑"], ["勒骑"], ["K2"])],
}


def brand_text(b, r, voice, sloppy=False):
    if b is None:
        return None
    if voice == "en":
        return b["en"] if r.random() < 0.8 else r.choice(b["alts"])
    if sloppy and b["typos"] and r.random() < 0.45:
        return r.choice(b["typos"])
    if voice in ("office", "mixed"):
        return b["en"] if r.random() < 0.45 else (b["zh"] if r.random() < 0.6 else r.choice(b["alts"]))
    x = r.random()
    if x < 0.6:
        return b["zh"]
    if x < 0.88:
        return r.choice(b["alts"])
    if b["typos"] and x < 0.95:
        return r.choice(b["typos"])
    return b["en"]


def model_text(m, r):
    if not m:
        return None
    x = r.random()
    if x < 0.55:
        return m
    if x < 0.75:
        return m.replace(" ", "")
    if x < 0.9:
        return m.lower()
    return m.lower().replace(" ", "")


# ---------------------------------------------------------------------------------------
# places of 澄湾市 (invented coordinates on the coast; lat/lon WGS84)
# (id, zone, lat, lon, [names], english, kind)

P = [
    ("air_t2dep", "air", 21.8142, 112.1265, ["机场T2出发层", "澄湾前港国际机场T2出发大厅", "T2出发层值机区", "机场二号航站楼出发层"], "Terminal 2 departures", "airport"),
    ("air_t2arr", "air", 21.8128, 112.1272, ["T2到达层行李提取区", "机场T2到达层7号转盘", "T2到达层", "机场到达口"], "T2 arrivals baggage hall", "airport"),
    ("air_t1sec", "air", 21.8165, 112.1218, ["机场T1安检口", "T1航站楼国内安检", "一号航站楼安检通道"], "T1 security check", "airport"),
    ("air_bus", "air", 21.8119, 112.1301, ["机场大巴上车点", "T2机场巴士站", "机场巴士3号站台"], "airport bus stop", "road"),
    ("air_p2", "air", 21.8105, 112.1248, ["机场P2停车楼", "T2停车场P2", "机场停车楼二层"], "P2 car park at the airport", "road"),
    ("air_lpo", "air", 21.8131, 112.1280, ["机场失物招领处", "T2到达层失物招领柜台", "机场遗失物品服务台"], "airport lost property office", "lpo"),
    ("m_air", "metro", 21.8085, 112.1350, ["地铁机场站", "3号线机场站", "机场快线机场站"], "Airport metro station", "metro"),
    ("m_qgb", "metro", 21.7962, 112.1703, ["地铁前港北站", "前港北站", "3号线前港北"], "Qiangang North station", "metro"),
    ("m_kjy", "metro", 21.7812, 112.1985, ["地铁科技园站", "科技园站A出口", "3号线科技园站"], "Science Park metro station", "metro"),
    ("m_bhgy", "metro", 21.7598, 112.2218, ["地铁滨海公园站", "滨海公园站B口", "3号线滨海公园站"], "Seaside Park station", "metro"),
    ("m_gwdd", "metro", 21.7479, 112.2482, ["地铁港湾大道站", "港湾大道站", "3号线港湾大道"], "Harbour Avenue station", "metro"),
    ("m_dxc", "metro", 21.7703, 112.2676, ["地铁大学城站", "大学城站C出口", "3号线大学城站"], "University Town station", "metro"),
    ("m_lczx", "metro", 21.7921, 112.3052, ["地铁老城中心站", "老城中心站", "3号线老城中心站"], "Old Town Centre station", "metro"),
    ("t_a", "tech", 21.7841, 112.2012, ["前港科技园A座", "科技园A栋大堂", "科技园A座"], "Tower A, Qiangang Science Park", "office"),
    ("t_b", "tech", 21.7835, 112.2036, ["科技园B座", "前港科技园B座电梯厅", "科技园B栋"], "Tower B, Science Park", "office"),
    ("t_c", "tech", 21.7828, 112.2061, ["科技园C座", "前港科技园C座", "C座大堂"], "Tower C, Science Park", "office"),
    ("t_hy", "tech", 21.7862, 112.2071, ["海云中心T1", "海云中心T1写字楼", "海云中心一期"], "Haiyun Centre T1", "office"),
    ("t_c1", "tech", 21.7822, 112.2052, ["园区一号食堂", "科技园一号食堂二楼", "一食堂"], "No.1 canteen, Science Park", "canteen"),
    ("t_c2", "tech", 21.7851, 112.2095, ["园区二号食堂", "科技园二食堂", "二号餐厅"], "No.2 canteen, Science Park", "canteen"),
    ("t_cafe", "tech", 21.7830, 112.2020, ["科技园星客咖啡", "A座楼下星客咖啡", "Starkey咖啡科技园店"], "Starkey Coffee below Tower A", "canteen"),
    ("t_gym", "tech", 21.7870, 112.2040, ["园区健身房", "科技园健身中心", "海云中心负一楼健身房"], "Science Park gym", "office"),
    ("t_gate", "tech", 21.7808, 112.2031, ["科技园南门", "科技园南门快递柜", "园区南门岗亭"], "Science Park south gate", "road"),
    ("t_lpo", "tech", 21.7845, 112.2050, ["科技园物业服务中心", "园区物业前台", "科技园物业"], "Science Park property office", "lpo"),
    ("p_gate3", "port", 21.7262, 112.2551, ["前港集装箱码头3号闸口", "码头3号闸口", "3号卡口"], "container terminal gate 3", "port"),
    ("p_home", "port", 21.7240, 112.2583, ["码头司机之家", "集卡司机之家", "司机休息室"], "truck drivers' rest house", "port"),
    ("p_yard", "port", 21.7181, 112.2680, ["堆场C区", "码头C区堆场", "C3堆场"], "container yard C", "port"),
    ("p_gas", "port", 21.7301, 112.2498, ["港区加油站", "港区加油站便利店", "前港港区加油站"], "port petrol station", "road"),
    ("p_park", "port", 21.7333, 112.2461, ["集卡停车场", "港区集卡停车场", "港区货车停车场"], "truck car park", "road"),
    ("p_canteen", "port", 21.7212, 112.2620, ["港口食堂", "码头员工食堂", "港区食堂"], "port canteen", "canteen"),
    ("p_lpo", "port", 21.7250, 112.2600, ["港区调度中心", "码头调度大楼一楼", "港区调度室"], "port dispatch centre", "lpo"),
    ("s_gct", "sea", 21.7462, 112.2262, ["滨海长廊观潮台", "观潮台", "滨海长廊观潮平台"], "tide-watching deck on the promenade", "beach"),
    ("s_gh", "sea", 21.7441, 112.2318, ["观海栈道", "滨海观海木栈道", "观海台栈道"], "sea-view boardwalk", "beach"),
    ("s_light", "sea", 21.7410, 112.2380, ["灯塔广场", "滨海灯塔广场", "灯塔下面的广场"], "Lighthouse Square", "beach"),
    ("s_park", "sea", 21.7521, 112.2210, ["滨海公园南门", "滨海公园", "滨海公园儿童游乐区"], "Seaside Park south gate", "beach"),
    ("s_beach", "sea", 21.7390, 112.2440, ["前港沙滩浴场", "沙滩浴场淋浴间", "海边浴场"], "public beach", "beach"),
    ("s_fish", "sea", 21.7430, 112.2502, ["渔人码头大排档", "渔人码头海鲜街", "渔人码头"], "Fisherman's Wharf food street", "shop"),
    ("s_lpo", "sea", 21.7505, 112.2236, ["滨海公园管理处", "滨海公园服务中心", "公园管理处"], "Seaside Park office", "lpo"),
    ("u_lib", "uni", 21.7735, 112.2715, ["澄湾大学图书馆", "图书馆三楼自习室", "澄大图书馆"], "university library", "campus"),
    ("u_c3", "uni", 21.7712, 112.2740, ["三饭堂", "澄湾大学第三食堂", "学校三食堂"], "No.3 dining hall", "canteen"),
    ("u_gym", "uni", 21.7748, 112.2760, ["体育馆", "澄大体育馆篮球场", "学校体育馆"], "university sports hall", "campus"),
    ("u_dorm", "uni", 21.7760, 112.2731, ["东区宿舍12栋", "东区12栋楼下", "东12宿舍"], "East dorm block 12", "campus"),
    ("u_teach", "uni", 21.7725, 112.2698, ["教学楼B座", "B座301教室", "第二教学楼B座"], "Teaching building B", "campus"),
    ("u_gate", "uni", 21.7692, 112.2705, ["澄大南门", "大学南门公交站", "南门奶茶店门口"], "university south gate", "road"),
    ("u_lpo", "uni", 21.7718, 112.2722, ["澄湾大学保卫处", "校保卫处值班室", "学校保卫科"], "campus security office", "lpo"),
    ("h_qg", "town", 21.7903, 112.2152, ["前港花园小区", "前港花园", "前港花园3期"], "Qiangang Garden estate", "home"),
    ("h_hw", "town", 21.7651, 112.2403, ["海湾新村", "海湾新村东门", "海湾新村驿站"], "Haiwan village", "home"),
    ("h_mall", "town", 21.7772, 112.2281, ["万汇广场", "万汇广场负一楼", "万汇广场影院"], "Wanhui Plaza", "shop"),
    ("h_hosp", "town", 21.7690, 112.2103, ["前港人民医院", "前港人民医院门诊大厅", "人民医院急诊"], "Qiangang People's Hospital", "hospital"),
    ("h_mkt", "town", 21.7741, 112.2362, ["前港菜市场", "前港街市", "菜市场门口"], "Qiangang wet market", "shop"),
    ("h_cross", "town", 21.7582, 112.2141, ["港湾大道与创业路交叉口", "创业路口", "港湾大道创业路红绿灯"], "Harbour Ave / Chuangye Rd junction", "road"),
    ("h_rider", "town", 21.7790, 112.2320, ["快鹿外卖前港站点", "骑手站点", "快鹿站点门口"], "delivery riders' depot", "road"),
    ("h_bus", "town", 21.7801, 112.2400, ["前港公交总站", "公交总站", "前港公交枢纽"], "Qiangang bus terminal", "road"),
    ("h_station", "town", 21.7712, 112.2250, ["前港派出所", "前港派出所阳光坐席", "前港派出所大厅"], "Qiangang police station", "lpo"),
    ("o_old", "old", 21.7950, 112.3100, ["老城骑楼街", "老城区骑楼老街", "骑楼街"], "Old Town arcade street", "shop"),
    ("o_mkt", "old", 21.7985, 112.3150, ["老城西关市场", "西关市场", "西关街市"], "Xiguan market", "shop"),
    ("o_lpo", "old", 21.7960, 112.3070, ["老城派出所", "老城派出所值班室", "老城派出所大厅"], "Old Town police station", "lpo"),
    ("n_bl", "north", 21.8300, 112.2500, ["北岭工业区", "北岭工业区宿舍", "北岭村"], "Beiling industrial area", "home"),
    ("e_da", "east", 21.7550, 112.3300, ["东澳新区", "东澳新区商业街", "东澳"], "Dong'ao new district", "shop"),
]
PL = {}
for _p in P:
    PL[_p[0]] = {"id": _p[0], "zone": _p[1], "ll": (_p[2], _p[3]), "names": _p[4], "en": _p[5], "kind": _p[6]}
PIDS = [p[0] for p in P]
LPO_OF = {"air": "air_lpo", "metro": "m_lczx", "tech": "t_lpo", "port": "p_lpo", "sea": "s_lpo",
          "uni": "u_lpo", "town": "h_station", "old": "o_lpo", "north": "h_station", "east": "o_lpo"}
METRO_LINE = ["m_air", "m_qgb", "m_kjy", "m_bhgy", "m_gwdd", "m_dxc", "m_lczx"]
ZONE_PLACES = {}
for _pid in PIDS:
    if PL[_pid]["kind"] != "lpo":
        ZONE_PLACES.setdefault(PL[_pid]["zone"], []).append(_pid)


def near_places(pid, within=1.5):
    return [q for q in PIDS if q != pid and PL[q]["kind"] != "lpo"
            and km(PL[pid]["ll"], PL[q]["ll"]) <= within]


def far_places(pid, beyond=3.0):
    return [q for q in PIDS if PL[q]["kind"] != "lpo" and km(PL[pid]["ll"], PL[q]["ll"]) >= beyond]


def pname(pid, r, first=False):
    names = PL[pid]["names"]
    return names[0] if first else r.choice(names)


def jitter(ll, r, m=180):
    lat, lon = ll
    dlat = (r.random() - 0.5) * 2 * m / 111200.0
    dlon = (r.random() - 0.5) * 2 * m / (111200.0 * math.cos(math.radians(lat)))
    return round(lat + dlat, 6), round(lon + dlon, 6)


PLATFORMS = ["澄行出行", "滴滴", "快嘀打车", "澄行", "曹操出行"]
RIDER_CO = ["快鹿外卖", "饿急送"]
COMPANIES = ["云帆科技", "海图智能", "澜芯半导体", "北岸网络", "潮汐数据", "星澜通讯"]
CO_PFX = {"云帆科技": "YF", "海图智能": "HT", "澜芯半导体": "LX", "北岸网络": "BA", "潮汐数据": "CX", "星澜通讯": "XL"}
FLIGHTS_FROM = ["北京", "上海", "成都", "杭州", "昆明", "西安", "武汉", "重庆", "新加坡", "曼谷"]


def car_plate(r):
    return "粤W·D" + alnum(r, 1, "ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(r, 4)


# ---------------------------------------------------------------------------------------
# facts.  A fact is what one side may write about the object: (own, fnd, en).
# own = the owner's words (None: the owner cannot know it), fnd = the finder's words
# (None: not visible to a finder), en = an English rendering of the owner's words.

def fact(fid, own, fnd, en=None, pool=None, idx=None, ctx=None, twin=True):
    who = "both" if own and fnd else ("owner" if own else "finder")
    return {"id": fid, "own": own, "fnd": fnd, "en": en, "who": who, "pool": pool, "idx": idx,
            "ctx": ctx or {}, "twin": twin and who == "both"}


def pfact(r, fid, pool, ctx=None, exclude=None, twin=True, color=None):
    idxs = [i for i in range(len(pool)) if i != exclude]
    if color is not None and len(pool[0]) > 3 and any(pool[i][3] == color for i in idxs):
        idxs = [i for i in idxs if pool[i][3] == color]
    i = r.choice(idxs)
    own, fnd, en = pool[i][:3]
    ctx = ctx or {}
    fmt = (lambda s: s.format(**ctx) if s else s)
    f = fact(fid, fmt(own), fmt(fnd), fmt(en), pool=pool, idx=i, ctx=ctx, twin=twin)
    if len(pool[i]) > 3:
        f["color"] = pool[i][3]
    return f


def idrec(kind, value, own_p, fnd_p, **kw):
    d = {"kind": kind, "value": value, "own_p": own_p, "fnd_p": fnd_p}
    d.update(kw)
    return d


def new_T(cat, sub, noun, measure, en, own_nouns=None, fnd_nouns=None):
    return {"cat": cat, "sub": sub, "noun": noun, "measure": measure, "en": en,
            "own_nouns": own_nouns or [noun], "fnd_nouns": fnd_nouns or [noun],
            "brand": None, "bgroup": None, "model": None, "color": None, "ids": [], "facts": [],
            "alt_cat": None, "owner": None, "cdet": None}


def brand_pick(r, group, brand=None, p=1.0):
    if brand is not None:
        return brand
    if r.random() < p:
        return r.choice(BR[group])
    return None


def model_pick(r, b, model, p=0.8):
    if model is not None:
        return model or None
    if b and b["models"] and r.random() < p:
        return r.choice(b["models"])
    return None


# ---- phone ----
PH_CASE = [
    ("透明壳，用久了有点发黄|套着个透明软壳，已经发黄了", "透明软壳（已发黄）|透明手机壳，略发黄", "a clear case, gone a bit yellow"),
    ("黑色皮质翻盖套|翻盖的黑色皮套", "黑色翻盖皮套", "a black leather flip cover"),
    ("粉色硅胶壳，挂着一根手机绳|粉色软壳带挂绳", "粉色硅胶壳，带挂绳", "a pink silicone case with a strap"),
    ("壳上印了只橘猫|手机壳是橘猫图案的", "手机壳印有橘猫图案", "a case with an orange cat print"),
    ("军绿色防摔壳|军绿的防摔壳，四个角鼓起来那种", "军绿色防摔壳", "an olive green rugged case"),
    ("壳背面有个金属指环扣|带指环支架的壳", "壳背面有金属指环支架", "a case with a metal ring holder"),
    ("壳后面插着一张公交卡|手机壳卡槽里夹着交通卡", "手机壳卡槽内夹有交通卡一张", "a transit card in the case's card slot"),
    ("没套壳，背面有不少划痕|裸机，背面划花了", "无保护壳，机身背面有划痕", "no case, the back is scratched"),
    ("蓝色卡通壳，上面是一只小恐龙|小恐龙图案的蓝壳", "蓝色卡通壳（小恐龙图案）", "a blue case with a little dinosaur"),
    ("壳里压了干花，是自己做的|自己DIY的干花手机壳", "手机壳内有干花装饰", "a homemade case with pressed flowers"),
    ("黑色磨砂硬壳，边上有点掉漆|黑色磨砂壳", "黑色磨砂硬壳，边缘掉漆", "a matte black hard case, worn at the edges"),
    ("白色的壳上写着英文LUCKY|壳上有LUCKY几个字母", "手机壳印有“LUCKY”字样", "a white case that says LUCKY"),
]
PH_SCREEN = [
    ("屏幕右上角碎了|屏幕右上角有裂痕", "屏幕右上角有裂纹", "the screen is cracked at the top right"),
    ("钢化膜裂了好几道，屏幕本身没事|贴的钢化膜碎了", "钢化膜有多道裂痕", "the screen protector is cracked"),
    ("屏幕左下角磕破了一点|屏幕左下角有个小缺口", "屏幕左下角有破损", "a small chip at the bottom left of the screen"),
    ("后盖摔裂了一条缝|背板有一道裂痕", "机身后盖有裂痕", "a cracked back"),
]
PH_LOCK = [
    ("锁屏是我女儿的照片，扎两个小辫|锁屏是我女儿，扎辫子那张", "锁屏为一扎辫子小女孩照片", "the lock screen is my daughter with pigtails"),
    ("锁屏是海边日落的照片|锁屏是一张日落", "锁屏壁纸为海边日落", "the lock screen is a sunset at the beach"),
    ("锁屏是我家的柯基|锁屏是一只柯基狗", "锁屏为柯基犬照片", "the lock screen is my corgi"),
    ("锁屏是全家福|锁屏是我们一家三口", "锁屏为一家三口合影", "the lock screen is a family photo"),
    ("锁屏是一个蓝头发的动漫人物|锁屏是动漫壁纸，蓝头发女生", "锁屏为蓝发动漫人物", "an anime girl with blue hair on the lock screen"),
    ("锁屏是我跟女朋友的合照|锁屏是情侣照", "锁屏为一男一女合影", "the lock screen is me and my girlfriend"),
    ("锁屏就是系统自带的壁纸|默认壁纸没改过", "锁屏为系统默认壁纸", "the default wallpaper"),
    ("锁屏是灯塔的照片|锁屏是滨海那个灯塔", "锁屏图片为灯塔", "a lighthouse photo on the lock screen"),
    ("锁屏是一只黑白花的猫|锁屏是我家猫，奶牛猫", "锁屏为黑白花猫咪照片", "the lock screen is my black-and-white cat"),
    ("锁屏是宝宝满月照|锁屏是小宝宝照片", "锁屏为婴儿照片", "the lock screen is my baby"),
]
PH_EXTRA = [
    ("背面贴了个小熊贴纸|后面贴了张小熊贴纸", "机身背面贴有小熊贴纸", "a small bear sticker on the back"),
    ("壳里夹着一张演唱会票根|壳里面夹了张票根", "手机壳内夹有演唱会票根一张", "a concert ticket stub inside the case"),
    ("挂着一个小铃铛挂件|有个铃铛挂坠", "挂有小铃铛挂件", "a little bell charm"),
    ("壳里夹了张一寸照|壳里有张证件照", "手机壳内夹有一寸照片一张", "a passport photo inside the case"),
    ("挂了一个红色平安符|挂着平安符", "挂有红色平安符", "a red good-luck charm hanging on it"),
]
PH_OWN = [
    ("开机密码我知道，可以当面解锁|可以现场解锁证明是我的", None, "I can unlock it in front of you"),
    ("里面有孩子的照片，对我很重要|照片都没备份，拜托了", None, "all my kids' photos are on it"),
    ("刚买了不到两个月|新手机，才用了一个多月", None, "I bought it about two months ago"),
    ("微信支付宝都绑着，已经冻结了|手机卡已经挂失了", None, "I have already blocked the SIM"),
    ("里面是双卡，一张移动一张电信", None, None),
]
PH_FND = [
    (None, "拾得时已关机|已关机，无法开机", None),
    (None, "屏幕锁定，电量不足|电量约15%，屏幕锁定", None),
    (None, "屏幕有多条未读消息通知", None),
    (None, "手机处于静音状态", None),
]
CALLS = [("我老婆", "老婆"), ("我妈", "妈妈"), ("我同事阿强", "阿强"), ("我爸", "老爸"),
         ("我女朋友", "宝贝"), ("我儿子", "儿子"), ("我老公", "老公")]


def g_phone(r, o, zone, brand=None, color=None, model=None, sub=None):
    T = new_T("phone", "phone", "手机", "部", "phone", ["手机", "手机", "电话", "手机"], ["手机", "手机", "移动电话"])
    b = brand_pick(r, "phone", brand)
    T["brand"], T["bgroup"] = b, "phone"
    T["model"] = model_pick(r, b, model, 0.85)
    T["color"] = color or r.choice(["黑", "黑", "黑", "白", "银", "蓝", "紫", "绿", "金", "粉", "灰"])
    T["ids"].append(idrec("imei", make_imei(r), 0.4, 0.12))
    if r.random() < 0.85:
        T["facts"].append(pfact(r, "case", PH_CASE))
    if r.random() < 0.35:
        T["facts"].append(pfact(r, "screen", PH_SCREEN))
    if r.random() < 0.7:
        T["facts"].append(pfact(r, "lock", PH_LOCK))
    if r.random() < 0.3:
        T["facts"].append(pfact(r, "extra", PH_EXTRA))
    if r.random() < 0.35:
        rel, disp = r.choice(CALLS)
        T["facts"].append(fact("calls", alt("%s一直在打我电话，开始还能打通|让%s打过去，响了没人接" % (rel, rel), r),
                               "拾得后多次有来电，来电显示“%s”，未接听" % disp, None, twin=False))
    if r.random() < 0.5:
        T["facts"].append(pfact(r, "own", PH_OWN))
    if r.random() < 0.3:
        num = phone_masked(r)
        T["facts"].append(fact("num", "我的号码是%s" % num, None, "my number is %s" % num))
    if r.random() < 0.5:
        T["facts"].append(pfact(r, "fnd", PH_FND))
    return T


# ---- id_doc ----
ID_SLEEVE = [
    ("装在一个蓝色卡套里|外面套着蓝色卡套", "外有蓝色卡套", "in a blue card sleeve", "蓝"),
    ("和公交卡一起装在透明卡套里", "与交通卡一同装在透明卡套内", "in a clear sleeve with a transit card", None),
    ("卡套是粉色的，挂着个小铃铛|粉色卡套带铃铛", "粉色卡套，系有小铃铛", "pink sleeve with a little bell", "粉"),
    ("套着黑色皮卡套|黑色的皮卡套", "黑色皮质卡套", "black leather sleeve", "黑"),
    ("卡套上挂了根绿色挂绳|绿色挂绳卡套", "附绿色挂绳卡套", "green lanyard sleeve", "绿"),
]
ID_PHOTO = {
    "m": [("证件照是寸头|照片是平头", "照片为短发男子", "short hair in the photo"),
          ("照片上戴黑框眼镜", "照片中人戴黑框眼镜", "black-rimmed glasses in the photo")],
    "f": [("照片是扎马尾的|证件照是马尾", "照片为扎马尾女子", "ponytail in the photo"),
          ("照片上戴眼镜，短发", "照片为戴眼镜短发女子", "short hair and glasses in the photo")],
}
ID_OWN = [("有效期到2034年", None, None), ("去年刚补办的", None, None),
          ("下周要用来办事，很急|过两天要坐高铁，急用", None, "I need it urgently")]
JSZ_CLASS = [("准驾车型A2", "准驾车型A2", None), ("准驾车型C1", "准驾车型C1", None), ("准驾车型B2", "准驾车型B2", None)]
JSZ_MARK = [
    ("皮套里夹着行驶证|里面还有行驶证", "皮套内夹有行驶证一本", "the vehicle licence is inside too"),
    ("皮套上印着“澄湾驾校”", "皮套印有“澄湾驾校”字样", None),
    ("皮套里还有一张加油卡", "皮套内有加油卡一张", None),
]
XSZ_COLLEGE = [("计算机学院", "计算机学院", "School of Computing"), ("海洋科学学院", "海洋科学学院", "Ocean Science"),
               ("外国语学院", "外国语学院", "Foreign Languages"), ("经济管理学院", "经济管理学院", "Economics"),
               ("机械工程学院", "机械工程学院", "Mechanical Engineering")]
XSZ_MARK = [
    ("卡套上挂着一个小鲨鱼挂件|挂了只小鲨鱼", "卡套挂有鲨鱼造型挂件", "a little shark charm on the holder"),
    ("挂绳是粉色的，印着学校名字", "粉色挂绳（印校名）", "pink lanyard with the university name"),
    ("卡背面贴了一张星星贴纸", "卡背面贴有星星贴纸", "a star sticker on the back"),
    ("和宿舍门禁卡套在一起", "与门禁卡套在一起", "together with my dorm key card"),
]
GQZ_CO = ["前港国际集装箱码头有限公司", "澄湾顺远物流", "海联运输车队", "前港港务集团"]
GQZ_MARK = [
    ("和从业资格证一起放在红色证件夹里|红色证件夹，里面还有从业资格证", "装在红色证件夹内，另有从业资格证一本", None, "红"),
    ("挂在一根蓝色挂绳上", "附蓝色挂绳", None, "蓝"),
    ("塑封的，角上有点开胶", "塑封，边角开胶", None, None),
]
HZ_MARK = [
    ("护照里夹着登机牌|里面夹了一张登机牌", "护照内夹有登机牌一张", "my boarding pass is inside"),
    ("套着黑色护照套", "外有黑色护照套", "in a black passport cover"),
    ("里面夹了几张外币", "内夹少量外币", "some foreign banknotes inside"),
]
GP_MARK = [
    ("工牌挂绳是蓝色的，印着公司logo", "蓝色挂绳，印有公司标志", "blue lanyard with the company logo", "蓝"),
    ("工牌套是透明的，后面塞了张门禁卡", "透明卡套内另有门禁卡一张", "an access card behind the badge", None),
    ("挂绳是红色的", "红色挂绳", "red lanyard", "红"),
]


def g_id(r, o, zone, brand=None, color=None, model=None, sub=None):
    if sub is None:
        w = [("sfz", 6), ("jsz", 2), ("xsz", 2), ("gqz", 1), ("hz", 1), ("sbk", 1), ("gat", 1), ("gp", 1)]
        if zone == "uni":
            w = [("xsz", 8), ("sfz", 3), ("gat", 1)]
        elif zone == "port":
            w = [("gqz", 5), ("jsz", 4), ("sfz", 3)]
        elif zone == "air":
            w = [("hz", 4), ("sfz", 4), ("gat", 3)]
        elif zone == "tech":
            w = [("gp", 4), ("sfz", 4), ("sbk", 1), ("gat", 1)]
        sub = wpick(r, w)
    g = o["g"]
    name = o["name"]
    cdet = ("卡套是%s的", "%s卡套")
    if sub == "sfz":
        T = new_T("id_doc", sub, "身份证", "张", "ID card", ["身份证", "身份证", "二代身份证", "身份证件"], ["居民身份证", "身份证"])
        T["ids"].append(idrec("idnum", make_idnum(r, g), 0.75, 0.9, holder=name))
        if r.random() < 0.55:
            f = pfact(r, "sleeve", ID_SLEEVE, color=color)
            T["facts"].append(f)
            T["color"] = color or f.get("color")
        if r.random() < 0.35:
            T["facts"].append(pfact(r, "photo", ID_PHOTO[g]))
        if r.random() < 0.3:
            c = make_card(r)
            T["facts"].append(fact("card", "卡套里还夹着一张%s卡，尾号%s" % (c["bank"], c["tail"]),
                                   "卡套内另有%s银行卡一张（尾号%s）" % (c["bank"].replace("银行", ""), c["tail"]), None))
        if r.random() < 0.4:
            T["facts"].append(pfact(r, "own", ID_OWN))
    elif sub == "jsz":
        T = new_T("id_doc", sub, "驾驶证", "本", "driving licence", ["驾驶证", "驾照", "驾驶证"], ["机动车驾驶证", "驾驶证"])
        T["ids"].append(idrec("idnum", make_idnum(r, g, 1960, 2000), 0.5, 0.85, holder=name))
        T["color"] = color or r.choice(["黑", "棕", "蓝", "黑"])
        T["facts"].append(fact("cover", alt("驾驶证皮套是%s的|%s皮套" % (color_text(T["color"], r), color_text(T["color"], r)), r),
                               "%s驾驶证皮套" % color_text(T["color"], r), None, twin=False))
        T["facts"].append(pfact(r, "class", JSZ_CLASS))
        if r.random() < 0.6:
            T["facts"].append(pfact(r, "mark", JSZ_MARK))
    elif sub == "xsz":
        T = new_T("id_doc", sub, "校园卡", "张", "student card", ["校园卡", "学生证", "饭卡", "校园卡"], ["校园卡", "学生卡", "澄湾大学校园卡"])
        yr = r.choice([2021, 2022, 2023, 2024, 2025])
        T["ids"].append(idrec("student", "%d%s" % (yr, digits(r, 6)), 0.85, 0.9, holder=name))
        T["color"] = color or r.choice(["蓝", "粉", "黑", "白", "绿"])
        T["facts"].append(pfact(r, "college", XSZ_COLLEGE))
        if r.random() < 0.7:
            T["facts"].append(pfact(r, "mark", XSZ_MARK))
        if r.random() < 0.3:
            T["facts"].append(fact("bal", "卡里还有两百多块饭钱|里面有一百多的余额", None, None))
    elif sub == "gqz":
        T = new_T("id_doc", sub, "港区通行证", "张", "port pass", ["港区通行证", "码头通行证", "港区证", "通行证"], ["港区通行证", "码头出入证"])
        T["ids"].append(idrec("pass", "GQ%d%s" % (r.choice([2023, 2024, 2025]), digits(r, 5)), 0.6, 0.95, holder=name))
        co = r.choice(GQZ_CO)
        T["facts"].append(fact("co", "单位是%s" % co, "单位：%s" % co, None))
        f = pfact(r, "mark", GQZ_MARK, color=color)
        T["facts"].append(f)
        T["color"] = color or f.get("color")
        if r.random() < 0.4:
            T["ids"].append(idrec("idnum", make_idnum(r, g, 1965, 1998), 0.2, 0.4, holder=name, inside="身份证"))
    elif sub == "hz":
        T = new_T("id_doc", sub, "护照", "本", "passport", ["护照", "护照", "因私护照"], ["护照", "中华人民共和国护照"])
        T["ids"].append(idrec("passport", "E" + digits(r, 8), 0.6, 0.95, holder=name))
        T["color"] = color or r.choice(["红", "红", "黑"])
        if r.random() < 0.7:
            T["facts"].append(pfact(r, "mark", HZ_MARK))
    elif sub == "sbk":
        T = new_T("id_doc", sub, "社保卡", "张", "social security card", ["社保卡", "社保卡", "医保卡"], ["社会保障卡", "社保卡"])
        T["ids"].append(idrec("idnum", make_idnum(r, g), 0.5, 0.7, holder=name))
        c = make_card(r)
        T["facts"].append(fact("bank", "是%s的社保卡" % c["bank"], "%s社保卡" % c["bank"], None))
        if r.random() < 0.5:
            f = pfact(r, "sleeve", ID_SLEEVE, color=color)
            T["facts"].append(f)
            T["color"] = color or f.get("color")
    elif sub == "gat":
        T = new_T("id_doc", sub, "港澳通行证", "张", "Hong Kong-Macao travel permit", ["港澳通行证", "通行证", "港澳通行证"], ["往来港澳通行证", "港澳通行证"])
        T["ids"].append(idrec("hkmo", "C" + digits(r, 8), 0.45, 0.95, holder=name))
        if r.random() < 0.5:
            f = pfact(r, "sleeve", ID_SLEEVE, color=color)
            T["facts"].append(f)
            T["color"] = color or f.get("color")
        if r.random() < 0.4:
            T["facts"].append(fact("visa", "有效的个人旅游签注|签注还有两次", "背面有签注", None, twin=False))
    else:  # gp: employee badge
        T = new_T("id_doc", sub, "工牌", "张", "staff badge", ["工牌", "工作证", "员工卡"], ["工作证", "工牌"])
        co = r.choice(COMPANIES)
        T["ids"].append(idrec("emp", "%s%s" % (CO_PFX[co], digits(r, 5)), 0.6, 0.95, holder=name))
        T["facts"].append(fact("co", "%s的工牌" % co, "单位：%s" % co, "%s badge" % co))
        f = pfact(r, "mark", GP_MARK, color=color)
        T["facts"].append(f)
        T["color"] = color or f.get("color")
        T["alt_cat"] = "other"
    T["holder"] = name
    if sub in ("sfz", "sbk", "gat"):
        T["cdet"] = cdet
    elif sub == "gp":
        T["cdet"] = ("挂绳是%s的", "%s挂绳")
    elif sub == "gqz":
        T["cdet"] = ("证件夹是%s的", "%s证件夹") if T["color"] == "红" else ("挂绳是%s的", "%s挂绳")
    return T


# ---- wallet ----
W_MAT = [("真皮的|牛皮的", "皮质", "leather"), ("PU皮的", "人造革材质", "faux leather"),
         ("帆布的", "帆布材质", "canvas"), ("尼龙的", "尼龙材质", "nylon")]
W_CARDS = [
    ("里面还有一张海岸健身的会员卡", "另有“海岸健身”会员卡一张", "a gym membership card"),
    ("有张万汇广场的停车卡", "万汇广场停车卡一张", None),
    ("有一张澄湾通公交卡", "澄湾通交通卡一张", "a Chengwan transit card"),
    ("夹着几张超市小票", "内有购物小票数张", "some receipts"),
    ("有一张彩票", "彩票一张", None),
    ("有张医保卡", "医保卡一张", None),
]
W_PHOTO = [("夹层里有张我儿子的照片", "夹层内有男童照片一张", "a photo of my son"),
           ("有一张结婚照的小照片", "内有一男一女合影小照", "a small wedding photo"),
           ("有张我和我妈的合照", "内有两名女性合影一张", None)]
W_MISC = [("拉链有点坏了，拉不到头", "拉链损坏", "the zip is broken"),
          ("角上磨破了|边角磨得发白", "边角磨损", "worn corners"),
          ("扣子是磁吸的", "磁吸扣", "magnetic clasp"),
          ("里面有个平安符", "内有平安符一个", "a good-luck charm inside"),
          ("挂着一个小猪挂件", "挂有小猪挂件", "a little pig charm")]


def cash_amount(r, lo=2, hi=30):
    n100 = r.randint(lo // 2, hi // 2)
    n50 = r.choice([0, 0, 1, 1, 2])
    n20 = r.choice([0, 0, 1, 2, 3])
    n10 = r.choice([0, 1, 2, 3])
    tot = 100 * n100 + 50 * n50 + 20 * n20 + 10 * n10
    if tot == 0:
        n100, tot = 1, 100
    return tot, (n100, n50, n20, n10)


def cn_approx(tot, r):
    if tot < 100:
        return "几十块"
    h = tot // 100
    cn = "零一二三四五六七八九十"
    def cnn(n):
        if n <= 10:
            return cn[n]
        if n < 20:
            return "十" + cn[n - 10]
        if n < 100:
            return cn[n // 10] + "十" + (cn[n % 10] if n % 10 else "")
        return str(n)
    x = r.random()
    if tot % 100 == 0 and x < 0.5:
        return "%d元" % tot
    if x < 0.35:
        return "%s百多块" % cnn(h)
    if x < 0.6:
        return "大概%d块" % (int(round(tot / 100.0)) * 100)
    if x < 0.8:
        return "%d左右" % tot
    return "%s%s百块" % (cnn(h), cnn(h + 1)) if h < 9 else "一千左右"


def denoms_text(d):
    n100, n50, n20, n10 = d
    bits = []
    for n, v in ((n100, 100), (n50, 50), (n20, 20), (n10, 10)):
        if n:
            bits.append("%d元×%d" % (v, n))
    return "、".join(bits)


def cash_fact(r, lo=2, hi=30, fid="cash"):
    tot, d = cash_amount(r, lo, hi)
    ap = cn_approx(tot, r)
    if ap.startswith("大概"):
        own = r.choice(["现金%s" % ap, "里面有现金%s" % ap])
    else:
        own = r.choice(["现金%s" % ap, "大概有%s现金" % ap, "里面有现金%s" % ap])
    fnd = r.choice(["现金人民币%d元" % tot, "现金%d元（%s）" % (tot, denoms_text(d)), "内有现金共计%d元" % tot])
    f = fact(fid, own, fnd, "about %d yuan in cash" % (int(round(tot / 100.0)) * 100 or tot))
    f["amount"] = tot
    return f


def g_wallet(r, o, zone, brand=None, color=None, model=None, sub=None):
    sub = sub or wpick(r, [("long", 4), ("short", 4), ("card", 2), ("coin", 1)])
    nouns = {"long": ("钱包", ["长款钱包", "钱包", "长钱包", "钱包"], ["长款钱包", "钱包"], "long wallet"),
             "short": ("钱包", ["钱包", "短款钱包", "钱包", "皮夹"], ["短款钱包", "钱包", "皮夹"], "wallet"),
             "card": ("卡包", ["卡包", "卡套", "卡夹"], ["卡包", "卡夹"], "card holder"),
             "coin": ("零钱包", ["零钱包", "小钱包"], ["零钱包"], "coin purse")}[sub]
    T = new_T("wallet", sub, nouns[0], "个", nouns[3], nouns[1], nouns[2])
    b = brand_pick(r, "wallet", brand, 0.6)
    T["brand"], T["bgroup"] = b, "wallet"
    T["color"] = color or r.choice(["黑", "黑", "棕", "棕", "红", "粉", "蓝", "灰", "白", "绿"])
    if r.random() < 0.6:
        T["facts"].append(pfact(r, "mat", W_MAT))
    if sub != "card" and r.random() < 0.85:
        T["facts"].append(cash_fact(r, 1, 12 if sub != "coin" else 2))
    ncards = r.choice([0, 1, 1, 2, 2, 3]) if sub != "coin" else 0
    for i in range(ncards):
        c = make_card(r)
        T["ids"].append(idrec("card", c["tail"], 0.6, 0.75, bank=c["bank"], pre=c["pre"]))
    if sub != "coin" and not o.get("foreign") and r.random() < 0.5:
        T["ids"].append(idrec("idnum", make_idnum(r, o["g"]), 0.35, 0.7, holder=o["name"], inside="身份证"))
        T["holder"] = o["name"]
        if sub == "card":
            T["alt_cat"] = "id_doc"
    if r.random() < 0.5:
        T["facts"].append(pfact(r, "cards", W_CARDS))
    if r.random() < 0.3:
        T["facts"].append(pfact(r, "photo", W_PHOTO))
    if r.random() < 0.4:
        T["facts"].append(pfact(r, "misc", W_MISC))
    return T


# ---- keys ----
K_CHARM = [
    ("钥匙扣是一只黄色小鸭|挂着个黄色小鸭子", "钥匙扣为黄色小鸭公仔", "a yellow duck keyring"),
    ("挂了一个篮球挂件", "挂有篮球造型挂件", "a basketball keyring"),
    ("有个红色平安符写着“出入平安”", "挂红色“出入平安”挂件", "a red 'safe travels' charm"),
    ("钥匙扣是开瓶器|带一个开瓶器", "钥匙扣带开瓶器", "a bottle-opener keyring"),
    ("挂着个粉色毛绒小兔子|粉色小兔挂件", "挂有粉色毛绒兔子挂件", "a pink plush bunny"),
    ("挂了个小手电|带一个迷你手电筒", "附迷你手电筒", "a mini torch"),
    ("有个海螺壳挂件|挂着一个小海螺", "挂有海螺壳挂件", "a seashell charm"),
    ("挂着一个乐高小人", "挂有乐高小人挂件", "a Lego figure keyring"),
    ("钥匙圈上有个皮质名牌，刻着“{ini}”", "钥匙圈挂皮质名牌，刻“{ini}”", "a leather tag stamped {ini}"),
    ("挂着一个小熊猫玩偶", "挂有熊猫玩偶挂件", "a small panda plush"),
]
K_CARD = [
    ("还有一个蓝色的门禁扣|蓝色水滴门禁卡", "蓝色水滴形门禁扣一个", "a blue door fob", "蓝"),
    ("有张白色门禁卡，写着{bld}", "白色门禁卡一张，写有“{bld}”", "a white access card marked {bld}", "白"),
    ("带一个黑色门禁卡|黑色门禁扣", "黑色门禁扣", "a black access fob", "黑"),
    ("有个绿色的门禁扣", "绿色门禁扣一个", "a green door fob", "绿"),
]
K_EXTRA = [
    ("有一把是防盗门的十字钥匙", "其中一把为十字钥匙", "one cross-shaped key"),
    ("有把小的是信箱钥匙", "含小钥匙一把", None),
    ("几把钥匙头套了彩色套子|钥匙头有彩色钥匙套", "钥匙头套有彩色钥匙套", "coloured key caps"),
    ("有一把是王力牌的|防盗门钥匙是王力的", "其中一把刻有“王力”", None),
]
BLDS = ["3栋1单元", "海湾新村5栋", "东12", "A座", "7栋", "前港花园2期"]


def g_keys(r, o, zone, brand=None, color=None, model=None, sub=None):
    sub = sub or wpick(r, [("home", 5), ("car", 3), ("ekey", 2), ("dorm", 1 if zone != "uni" else 4), ("locker", 1)])
    ctx = {"ini": o["ini"], "bld": r.choice(BLDS)}
    if sub == "car":
        T = new_T("keys", sub, "车钥匙", "把", "car key", ["车钥匙", "汽车钥匙", "车匙"], ["汽车钥匙", "车钥匙"])
        b = brand_pick(r, "car", brand)
        T["brand"], T["bgroup"] = b, "car"
        T["color"] = color or r.choice(["黑", "黑", "银", "白"])
        if r.random() < 0.6:
            T["facts"].append(pfact(r, "charm", K_CHARM, ctx))
        if r.random() < 0.5:
            n = r.randint(1, 3)
            T["facts"].append(fact("count", "还串着%d把家里钥匙" % n, "另串有钥匙%d把" % n, "%d house keys on the same ring" % n))
        if r.random() < 0.4:
            T["facts"].append(fact("cover", "车钥匙套了个皮套|有个钥匙包", "遥控钥匙外有皮套", "a leather cover on the fob", twin=False))
    elif sub == "ekey":
        T = new_T("keys", sub, "电动车钥匙", "串", "e-bike key", ["电动车钥匙", "电车钥匙", "电瓶车钥匙"], ["电动车钥匙"])
        b = brand_pick(r, "ebike", brand, 0.8)
        T["brand"], T["bgroup"] = b, "ebike"
        T["color"] = color or r.choice(["黑", "黑", "蓝", "红", "白"])
        T["facts"].append(pfact(r, "charm", K_CHARM, ctx))
        if r.random() < 0.5:
            T["facts"].append(pfact(r, "card", K_CARD, ctx))
    else:
        noun = {"home": ("钥匙", ["钥匙", "家门钥匙", "钥匙", "钥匙串"], ["钥匙", "钥匙串"], "keys"),
                "dorm": ("宿舍钥匙", ["宿舍钥匙", "钥匙", "宿舍钥匙"], ["钥匙", "钥匙串"], "dorm keys"),
                "locker": ("柜子钥匙", ["柜子钥匙", "储物柜钥匙"], ["储物柜钥匙", "钥匙"], "locker key")}[sub]
        T = new_T("keys", sub, noun[0], "串", noun[3], noun[1], noun[2])
        n = r.randint(1, 2) if sub == "locker" else r.randint(2, 6)
        T["facts"].append(fact("count", alt("一共%d把钥匙|%d把钥匙串在一起" % (n, n), r), "钥匙%d把" % n, "%d keys" % n))
        if sub == "locker":
            no = r.randint(10, 260)
            T["ids"].append(idrec("locker", str(no), 0.9, 0.9, place=r.choice(["健身房", "游泳馆", "更衣室"])))
        if r.random() < 0.75:
            f = pfact(r, "charm", K_CHARM, ctx)
            T["facts"].append(f)
        if r.random() < 0.55:
            f = pfact(r, "card", K_CARD, ctx, color=color)
            T["facts"].append(f)
            T["color"] = color or f.get("color")
        if r.random() < 0.35:
            T["facts"].append(pfact(r, "extra", K_EXTRA, ctx))
        if T["color"] is None and color:
            T["color"] = color
        has_card = any(f["id"] == "card" for f in T["facts"])
        T["cdet"] = ("门禁扣是%s的", "%s门禁扣") if has_card else ("钥匙扣是%s的", "%s钥匙扣")
    return T


# ---- ebike ----
E_MARK = [
    ("后座装了个黄色外卖箱，印着“快鹿外卖”|后面有快鹿的外卖箱", "后座装有黄色外卖箱（印“快鹿外卖”）", None),
    ("后面有个蓝色饿急送的箱子|尾箱是饿急送的蓝箱", "后座蓝色外卖箱，印“饿急送”", None),
    ("车尾有个黑色后备箱", "车尾装黑色尾箱", "a black top box"),
    ("装了透明雨棚|有个挡雨的棚子", "车上装有透明雨棚", "a rain canopy"),
    ("车把上有个手机支架|龙头装了导航支架", "车把装有手机支架", "a phone mount on the handlebar"),
    ("左边后视镜断了|只剩右边一个后视镜", "左侧后视镜缺失", "the left mirror is broken"),
    ("座垫破了用黑胶布缠着|坐垫裂开缠了胶布", "座垫破损，缠有黑色胶布", "the seat is taped up"),
    ("前挡板有一道大划痕", "前挡板有明显划痕", "a long scratch on the front panel"),
    ("后面贴着“别催了在路上”的贴纸", "车尾贴有“别催了在路上”贴纸", None),
    ("前面车筐里放着一个灰色头盔|车篮里有头盔", "前车筐内有灰色头盔一个", "a grey helmet in the basket"),
    ("脚踏板上铺了块红色脚垫", "脚踏处有红色脚垫", None),
]
E_OWN = [("电池是今年新换的60V锂电", None, None), ("三月份买的，两千多块", None, None),
         ("钥匙还在我身上", None, "I still have the key"), ("车上装了定位器但没电了", None, None),
         ("发票和合格证都在", None, None)]
E_FND = [(None, "电池已被拆走", None), (None, "车锁有撬痕", None),
         (None, "停放于绿化带内，车身积灰", None), (None, "车头锁已被破坏", None)]


def ebike_plate(r):
    return "澄湾%s%s" % (r.choice("ABCD"), digits(r, 5))


def frame_no(r, pre):
    return "%s%02d%02d%s%s" % (pre, r.randint(19, 25), r.randint(1, 12), alnum(r, 1, "ABCDEFGHJKLMN"), digits(r, 5))


def g_ebike(r, o, zone, brand=None, color=None, model=None, sub=None):
    T = new_T("ebike", "ebike", "电动车", "辆", "e-bike", ["电动车", "电瓶车", "电动自行车", "电车"], ["电动自行车", "电动车"])
    b = brand_pick(r, "ebike", brand)
    T["brand"], T["bgroup"] = b, "ebike"
    T["model"] = model_pick(r, b, model, 0.55)
    T["color"] = color or r.choice(["黑", "白", "灰", "蓝", "红", "绿", "黑", "白"])
    pre = (b["en"][:2] if b else "EB").upper()
    removed = r.random() < 0.25
    T["ids"].append(idrec("plate", ebike_plate(r), 0.92, 0.0 if removed else 0.85))
    T["ids"].append(idrec("frame", frame_no(r, pre), 0.35, 0.6))
    for _ in range(r.choice([1, 2, 2, 3])):
        f = pfact(r, "mark%d" % len(T["facts"]), E_MARK)
        if all(x.get("idx") != f["idx"] for x in T["facts"]):
            T["facts"].append(f)
    if r.random() < 0.5:
        T["facts"].append(pfact(r, "own", E_OWN))
    if removed:
        T["facts"].append(fact("fnd", None, "车牌已被拆除", None))
    elif r.random() < 0.4:
        T["facts"].append(pfact(r, "fnd", E_FND))
    return T


# ---- bicycle ----
BK_MARK = [
    ("前面有个黑色铁车筐", "前装黑色铁车筐", "a black wire basket"),
    ("后座装了儿童座椅", "后座装有儿童座椅", "a child seat on the back"),
    ("车架上挂着一把U型锁", "车架上挂U型锁", "a U-lock hanging on the frame"),
    ("用的是黑色钢缆密码锁", "车上有钢缆密码锁", "a black cable combination lock"),
    ("车把缠了红色把带", "车把缠有红色握把带", "red bar tape"),
    ("横梁上贴着学院的贴纸", "车架横梁贴有贴纸", "a college sticker on the top tube"),
    ("车铃是小黄鸭形状的", "车铃为小黄鸭造型", "a rubber-duck bell"),
    ("后挡泥板掉了", "后挡泥板缺失", "the rear mudguard is missing"),
    ("装了前后车灯", "装有前后车灯", "front and rear lights"),
    ("座垫换成了加厚软座", "座垫为加厚软座", "a thick gel saddle"),
    ("车架上用白漆写着我名字缩写{ini}", "车架上有白漆手写字母“{ini}”", "my initials {ini} painted on the frame"),
]
BK_OWN = [("去年在专卖店买的，发票还在", None, None), ("变速有点问题，后拨调不准", None, None),
          ("前轮是新换的胎", None, None), ("锁的密码是{code}", None, None)]


def g_bicycle(r, o, zone, brand=None, color=None, model=None, sub=None):
    T = new_T("bicycle", "bike", "自行车", "辆", "bicycle", ["自行车", "单车", "山地车", "自行车"], ["自行车", "单车"])
    b = brand_pick(r, "bicycle", brand, 0.85)
    T["brand"], T["bgroup"] = b, "bicycle"
    T["model"] = model_pick(r, b, model, 0.45)
    T["color"] = color or r.choice(["黑", "白", "蓝", "红", "灰", "绿", "黄", "橙"])
    T["ids"].append(idrec("frame", "%s%s%s" % (alnum(r, 2, "ABCDEFGHJKLMNPRSTWXZ"), digits(r, 2), digits(r, 6)), 0.2, 0.45))
    ctx = {"ini": o["ini"], "code": digits(r, 4)}
    for _ in range(r.choice([1, 2, 2, 3])):
        f = pfact(r, "mark%d" % len(T["facts"]), BK_MARK, ctx)
        if all(x.get("idx") != f["idx"] for x in T["facts"]):
            T["facts"].append(f)
    if r.random() < 0.4:
        T["facts"].append(pfact(r, "own", BK_OWN, ctx))
    return T


# ---- bag ----
BAG_ITEMS = [
    ("一台笔记本电脑", "笔记本电脑一台", "a laptop"),
    ("充电器和鼠标", "电源适配器、鼠标各一", "charger and mouse"),
    ("一把折叠伞", "折叠伞一把", "a folding umbrella"),
    ("一个保温杯", "保温杯一个", "a thermos"),
    ("几件换洗衣服", "衣物若干", "some clothes"),
    ("一份很重要的合同文件|一沓合同", "文件一沓（合同）", "contract papers"),
    ("一本《高等数学》和笔记本", "《高等数学》教材及笔记本", "a maths textbook and notes"),
    ("一盒感冒药", "药品一盒", "some medicine"),
    ("一个粉色化妆包", "粉色化妆包一个", "a pink make-up pouch"),
    ("小孩的水壶和零食", "儿童水壶及零食", "my kid's bottle and snacks"),
    ("一个黑色充电宝", "黑色充电宝一个", "a black power bank"),
    ("工作证和门禁卡", "工作证、门禁卡各一", "my work badge and access card"),
    ("耳机盒", "蓝牙耳机一副", "earphones"),
    ("一本素描本", "素描本一本", "a sketchbook"),
    ("泳衣和毛巾", "泳衣、毛巾", "swimsuit and towel"),
    ("集装箱提单和一叠报关单据", "提单、报关单据若干", "bills of lading and customs papers"),
    ("一个扳手和几把螺丝刀", "扳手一把、螺丝刀数把", "a wrench and screwdrivers"),
    ("一台平板电脑", "平板电脑一台", "a tablet"),
    ("一件灰色外套", "灰色外套一件", "a grey jacket"),
    ("两本英文书", "英文书籍两本", "two English books"),
]
BAG_MARK = [
    ("拉链上挂了一个小熊挂件", "拉链挂有小熊挂件", "a teddy bear on the zip"),
    ("包侧面有个破洞|侧面磨破一个洞", "侧面有破损", "a hole in the side"),
    ("把手上系了黄色丝带", "把手系有黄色丝带", "a yellow ribbon on the handle"),
    ("包上别了个“澄湾马拉松2024”的徽章", "包上别有“澄湾马拉松2024”徽章", "a Chengwan Marathon 2024 pin"),
    ("肩带一边缝过", "肩带有缝补痕迹", "one strap has been re-stitched"),
    ("贴了好多托运贴纸", "表面有多张行李托运贴纸", "lots of baggage stickers"),
    ("挂着一个黄色海绵挂件", "挂有黄色卡通挂件", "a yellow cartoon charm"),
    ("正面有个反光条", "正面有反光条", "a reflective strip on the front"),
]
BAG_OWN = [("密码锁密码是{code}", None, "the lock code is {code}"), ("包是去年生日礼物", None, None),
           ("电脑里有我这周要交的方案|资料很重要", None, "there are work files I need this week"),
           ("包里大概值五六千", None, None)]
BAG_SUBS = {
    "backpack": ("双肩包", ["双肩包", "背包", "书包", "双肩包"], ["双肩背包", "双肩包", "背包"], "backpack", ["黑", "黑", "灰", "蓝", "绿", "白"]),
    "hand": ("手提包", ["手提包", "包包", "手袋", "女士包"], ["女士手提包", "手提包"], "handbag", ["黑", "棕", "白", "红", "粉", "灰"]),
    "cross": ("斜挎包", ["斜挎包", "小挎包", "斜背包"], ["斜挎包", "挎包"], "crossbody bag", ["黑", "棕", "灰", "绿"]),
    "case": ("行李箱", ["行李箱", "拉杆箱", "箱子", "行李箱"], ["拉杆箱", "行李箱"], "suitcase", ["黑", "银", "灰", "蓝", "粉", "白"]),
    "laptop": ("电脑包", ["电脑包", "公文包", "电脑包"], ["电脑包", "公文包"], "laptop bag", ["黑", "黑", "灰"]),
    "tote": ("帆布袋", ["帆布袋", "帆布包", "布袋"], ["帆布袋", "帆布包"], "tote bag", ["白", "黄", "绿", "蓝"]),
    "tool": ("工具包", ["工具包", "工具袋"], ["工具包"], "tool bag", ["黑", "橙", "蓝"]),
    "waist": ("腰包", ["腰包", "胸包", "小腰包"], ["腰包", "胸包"], "waist bag", ["黑", "灰", "绿"]),
}


def g_bag(r, o, zone, brand=None, color=None, model=None, sub=None):
    if sub is None:
        w = [("backpack", 5), ("hand", 3), ("cross", 2), ("case", 1), ("laptop", 2), ("tote", 1), ("waist", 1)]
        if zone == "air":
            w = [("case", 5), ("backpack", 3), ("hand", 1), ("cross", 1)]
        elif zone == "port":
            w = [("tool", 3), ("backpack", 2), ("waist", 2)]
        elif zone == "uni":
            w = [("backpack", 5), ("tote", 3), ("cross", 1)]
        elif zone == "tech":
            w = [("backpack", 4), ("laptop", 4), ("hand", 1)]
        sub = wpick(r, w)
    s = BAG_SUBS[sub]
    T = new_T("bag", sub, s[0], "个", s[3], s[1], s[2])
    b = brand_pick(r, "bag", brand, 0.55 if sub not in ("tool", "tote") else 0.15)
    if sub == "hand" and brand is None and r.random() < 0.4:
        b = BR["bag"][-1]
    T["brand"], T["bgroup"] = b, "bag"
    T["model"] = model_pick(r, b, model, 0.2)
    T["color"] = color or r.choice(s[4])
    ctx = {"code": digits(r, 3), "ini": o["ini"]}
    pool = list(range(len(BAG_ITEMS)))
    if sub == "tool":
        pool = [16, 3, 15, 4]
    elif sub in ("backpack", "laptop"):
        pool = [0, 1, 2, 3, 5, 7, 10, 11, 12, 17, 18, 19]
    elif sub == "case":
        pool = [4, 7, 8, 9, 12, 18, 19, 17]
    elif sub == "hand":
        pool = [8, 2, 7, 10, 12, 9]
    elif sub == "tote":
        pool = [6, 13, 14, 2, 3, 19]
    n = r.randint(1, 3)
    chosen = []
    for _ in range(n):
        i = r.choice(pool)
        if i not in chosen:
            chosen.append(i)
    owns = [alt(BAG_ITEMS[i][0], r) for i in chosen]
    fnds = [BAG_ITEMS[i][1] for i in chosen]
    ens = [BAG_ITEMS[i][2] for i in chosen]
    if 0 in chosen and r.random() < 0.5:
        lb = r.choice(BR["laptop"])
        owns[chosen.index(0)] = "一台%s笔记本" % lb["zh"]
        fnds[chosen.index(0)] = "%s笔记本电脑一台" % lb["en"]
        if r.random() < 0.5:
            T["ids"].append(idrec("sn", alnum(r, 10), 0.25, 0.6, label="电脑序列号"))
    if len(owns) > 1 and r.random() < 0.4:
        owns = owns[:-1]
    own = r.choice(["里面有", "包里有", "里面装着"]) + ("、".join(owns[:-1]) + "和" + owns[-1] if len(owns) > 1 else owns[0])
    fnd = r.choice(["内有", "包内有", "内装"]) + "、".join(fnds)
    T["facts"].append(fact("items", own, fnd, "inside: " + ", ".join(ens), twin=False))
    if sub in ("case", "backpack") and r.random() < 0.45:
        T["facts"].append(fact("tag", "行李牌上写着我名字%s|挂着行李牌，写的%s" % (o["name"], o["name"]),
                               "挂有行李牌，姓名“%s”" % o["name"], "there is a name tag: %s" % o["name"], twin=False))
        T["holder"] = o["name"]
    if sub == "case" and r.random() < 0.6:
        T["ids"].append(idrec("tag", "CW" + digits(r, 6), 0.5, 0.85))
    if r.random() < 0.6:
        T["facts"].append(pfact(r, "mark", BAG_MARK, ctx))
    if r.random() < 0.4:
        T["facts"].append(pfact(r, "own", BAG_OWN, ctx))
    return T


# ---- cash ----
CASH_WRITE = [
    ("信封上写着“九月房租”", "信封上写有“九月房租”", None),
    ("信封上写了“给阿嫲”", "信封写有“给阿嫲”字样", None),
    ("红包上写着“新婚快乐”", "红包写有“新婚快乐”", None),
    ("信封背面写了个电话尾号{tail}", "信封背面写有数字“{tail}”", None),
    ("信封上写着“工资 {ini}”", "信封上写“工资 {ini}”", None),
    ("利是封上写着“学业进步”", "利是封印有“学业进步”", None),
]
CASH_OWN = [("是准备交房租的钱", None, None), ("是这个月给工人发的工资", None, None),
            ("准备拿去还信用卡的", None, None), ("刚从银行取出来", None, None),
            ("是给我妈的生活费", None, None)]


def g_cash(r, o, zone, brand=None, color=None, model=None, sub=None):
    sub = sub or wpick(r, [("env", 4), ("red", 3), ("roll", 2), ("bag", 1)])
    noun = {"env": ("现金", ["现金", "装钱的信封", "信封装的现金"], ["信封（内有现金）", "装有现金的信封"], "cash", "个"),
            "red": ("红包", ["红包", "利是", "红包"], ["红包", "利是封"], "red envelope", "个"),
            "roll": ("现金", ["现金", "一卷钱", "一沓现金"], ["现金", "成沓现金"], "cash", "沓"),
            "bag": ("现金", ["一袋钱", "现金", "装钱的塑料袋"], ["塑料袋（内有现金）", "装有现金的塑料袋"], "cash", "个")}[sub]
    T = new_T("cash", sub, noun[0], noun[4], noun[3], noun[1], noun[2])
    T["color"] = color or {"env": r.choice(["棕", "白", "棕"]), "red": "红", "roll": None, "bag": r.choice([None, "白", "黑"])}[sub]
    if sub == "env":
        T["cdet"] = ("用的是%s信封", "%s信封")
    elif sub == "bag":
        T["cdet"] = ("装在%s塑料袋里", "%s塑料袋")
    f = cash_fact(r, 4, 60, "amount")
    T["facts"].append(f)
    T["amount"] = f["amount"]
    ctx = {"tail": digits(r, 4), "ini": o["ini"]}
    if sub in ("env", "red") and r.random() < 0.7:
        pool = CASH_WRITE if sub == "env" else [CASH_WRITE[2], CASH_WRITE[5]]
        T["facts"].append(pfact(r, "write", pool, ctx))
    if sub == "env" and r.random() < 0.4:
        bk = r.choice(BANKS)
        T["facts"].append(fact("bankenv", "是%s的信封|%s取款信封" % (bk, bk), "%s信封" % bk, None))
    if sub == "roll":
        T["facts"].append(fact("band", "用橡皮筋扎着|拿皮筋捆着", "以橡皮筋捆扎", None, twin=False))
    if r.random() < 0.6:
        T["facts"].append(pfact(r, "own", CASH_OWN))
    return T


# ---- jewelry ----
J_PENDANT = [("吊坠是个“福”字", "吊坠为“福”字造型", "a 'fu' character pendant"),
             ("坠子是一只小兔子", "吊坠为兔子造型", "a rabbit pendant"),
             ("挂着一个平安扣", "挂平安扣一枚", "a round jade disc"),
             ("吊坠是四叶草", "四叶草吊坠", "a four-leaf clover pendant"),
             ("坠子上有颗小珍珠", "吊坠镶小珍珠一颗", "a small pearl")]
J_BOX = [("装在红色首饰盒里", "装于红色首饰盒内", "in a red jewellery box"),
         ("用一个小绒布袋装着", "装在绒布小袋中", "in a small velvet pouch")]
J_MISC = [("扣子有点松|搭扣不太紧", "搭扣松动", "a loose clasp"),
          ("有一处小凹痕", "表面有一处凹痕", "a small dent"),
          ("链子断了一截", "链条断开", "the chain is broken")]
J_OWN = [("是我妈留给我的，很有纪念意义", None, "it was my mother's"), ("去年买的，一万多", None, None),
         ("有发票和证书", None, None), ("是结婚时的三金之一", None, None)]
J_SUBS = {
    "bangle": ("手镯", ["手镯", "金手镯", "镯子"], ["手镯", "金属手镯"], "bangle", "金"),
    "necklace": ("项链", ["项链", "金项链", "链子"], ["项链", "项链一条"], "necklace", "金"),
    "ring": ("戒指", ["戒指", "婚戒", "戒指"], ["戒指", "指环"], "ring", None),
    "jade": ("玉坠", ["玉坠", "玉佩", "翡翠吊坠"], ["玉石吊坠", "玉坠"], "jade pendant", "绿"),
    "earring": ("耳环", ["耳环", "耳钉", "耳环"], ["耳环（单只）", "耳饰"], "earring", None),
    "bracelet": ("手链", ["手链", "手串", "手链"], ["手链", "手链一条"], "bracelet", None),
    "watch": ("手表", ["手表", "机械表", "表"], ["手表", "腕表"], "watch", None),
}
J_MEASURE = {"bangle": "只", "necklace": "条", "ring": "枚", "jade": "块", "earring": "只", "bracelet": "条", "watch": "块"}


def g_jewelry(r, o, zone, brand=None, color=None, model=None, sub=None):
    sub = sub or wpick(r, [("bangle", 2), ("necklace", 3), ("ring", 3), ("jade", 1), ("earring", 1), ("bracelet", 2), ("watch", 2)])
    s = J_SUBS[sub]
    T = new_T("jewelry", sub, s[0], J_MEASURE[sub], s[3], s[1], s[2])
    if sub == "watch":
        b = brand_pick(r, "watch", brand, 0.9)
        T["bgroup"] = "watch"
        T["model"] = model_pick(r, b, model, 0.5)
        T["color"] = color or r.choice(["黑", "银", "金", "白", "蓝"])
        T["facts"].append(fact("strap", alt("表带是%s皮表带|%s的皮表带" % (("棕色", "棕色") if r.random() < 0.5 else ("黑色", "黑色")), r),
                               None, None, twin=False))
        T["facts"][-1]["fnd"] = T["facts"][-1]["own"].replace("是", "为").replace("的", "")
        T["facts"][-1]["who"] = "both"
        if r.random() < 0.5:
            T["facts"].append(fact("back", "表背面刻着“%s”" % o["ini"], "表背刻有“%s”" % o["ini"], "engraved %s on the back" % o["ini"]))
    else:
        b = brand_pick(r, "jewelry", brand, 0.6 if sub != "jade" else 0.2)
        T["bgroup"] = "jewelry"
        T["color"] = color or s[4] or r.choice(["金", "银", "玫瑰金", "金"])
        if sub in ("ring", "bangle", "bracelet") and r.random() < 0.55:
            y = r.randint(2008, 2024)
            ctx = {"ini": o["ini"][:2] + "&" + r.choice("CLHZWYX") + r.choice("JHXMYZ"), "y": y}
            T["facts"].append(fact("engr", "内圈刻着“%s %d”" % (ctx["ini"], y), "内圈刻有“%s %d”字样" % (ctx["ini"], y),
                                   "engraved '%s %d' inside" % (ctx["ini"], y)))
        if sub in ("necklace", "jade") and r.random() < 0.7:
            T["facts"].append(pfact(r, "pend", J_PENDANT))
        if T["color"] == "金" and sub in ("bangle", "necklace", "ring", "bracelet"):
            w = round(r.uniform(2.5, 38.0), 2)
            T["facts"].append(fact("weight", alt("%.2f克|大概%d克" % (w, int(round(w))), r),
                                   r.choice(["称重约%.1f克" % w, "重约%d克" % int(round(w)), "印有“足金999”"]), None, twin=False))
        if r.random() < 0.3:
            T["facts"].append(pfact(r, "box", J_BOX))
        if r.random() < 0.3:
            T["facts"].append(pfact(r, "misc", J_MISC))
    T["brand"] = b
    if r.random() < 0.5:
        T["facts"].append(pfact(r, "own", J_OWN))
    return T


# ---- electronics ----
EL_SUBS = {
    "laptop": ("笔记本电脑", "台", ["笔记本电脑", "电脑", "笔记本", "手提电脑"], ["笔记本电脑"], "laptop", "laptop", ["银", "灰", "黑", "黑"]),
    "tablet": ("平板电脑", "台", ["平板", "平板电脑", "平板"], ["平板电脑"], "tablet", "tablet", ["银", "灰", "蓝", "紫"]),
    "earbuds": ("蓝牙耳机", "副", ["耳机", "蓝牙耳机", "无线耳机"], ["蓝牙耳机", "耳机（含充电盒）"], "earbuds", "earbuds", ["白", "白", "黑", "蓝"]),
    "swatch": ("智能手表", "块", ["手表", "智能手表", "手环"], ["智能手表", "电子手表"], "smartwatch", "swatch", ["黑", "银", "粉", "绿"]),
    "camera": ("相机", "台", ["相机", "微单", "卡片机"], ["数码相机", "相机"], "camera", "camera", ["黑", "银", "黑"]),
    "powerbank": ("充电宝", "个", ["充电宝", "移动电源"], ["移动电源", "充电宝"], "power bank", "powerbank", ["白", "黑", "粉"]),
    "console": ("游戏机", "台", ["游戏机", "游戏机", "掌机"], ["游戏机", "掌上游戏机"], "game console", "console", ["灰", "蓝", "白"]),
    "ereader": ("电子书", "台", ["电子书", "阅读器", "电纸书"], ["电子阅读器", "电子书"], "e-reader", "ereader", ["黑", "白"]),
    "radio": ("对讲机", "台", ["对讲机", "对讲"], ["对讲机"], "walkie-talkie", "radio", ["黑"]),
    "drone": ("无人机", "台", ["无人机", "航拍器"], ["无人机"], "drone", "drone", ["灰", "白"]),
}
EL_MARKS = {
    "laptop": [("贴了很多贴纸，有一只小恐龙|外壳贴满贴纸", "表面贴有多张贴纸（含小恐龙）", "covered in stickers, including a little dinosaur"),
               ("贴着公司资产标签{asset}", "贴有资产标签“{asset}”", "company asset tag {asset}"),
               ("键盘C键掉了|有个键帽掉了", "键盘缺一个键帽", "a missing key cap"),
               ("装在灰色内胆包里", "装在灰色内胆包内", "in a grey sleeve"),
               ("顶盖有一道划痕|A面划了一道", "顶盖有划痕", "a scratch on the lid")],
    "tablet": [("套着带键盘的保护套", "带键盘保护套", "in a keyboard case"),
               ("背面贴着孩子画的贴纸", "背面贴有儿童贴纸", "kids' stickers on the back"),
               ("屏幕有一道裂痕", "屏幕有裂痕", "a crack on the screen"),
               ("套着橙色保护壳", "橙色保护壳", "an orange case")],
    "earbuds": [("耳机盒套了粉色硅胶套", "充电盒有粉色硅胶保护套", "the case has a pink silicone cover"),
                ("盒子上刻了“{ini}”|充电盒刻字{ini}", "充电盒刻有“{ini}”", "the case is engraved {ini}"),
                ("盒子挂着一根小挂绳", "充电盒带挂绳", "a little strap on the case"),
                ("盒盖上有一道划痕", "充电盒盖有划痕", "a scratch on the lid")],
    "swatch": [("表带是橙色运动表带", "橙色运动表带", "an orange sport band"),
               ("表盘设置的是家人照片", "表盘显示家庭照片", "the watch face is a family photo"),
               ("屏幕有划痕", "屏幕有划痕", "a scratched screen")],
    "camera": [("背带是彩色编织的", "相机背带为彩色编织带", "a colourful woven strap"),
               ("镜头盖丢了，装着UV镜", "镜头前装UV镜，无镜头盖", "no lens cap, a UV filter on"),
               ("机身贴了张“LOMO”贴纸", "机身贴有“LOMO”贴纸", "a LOMO sticker"),
               ("装在一个灰色相机包里", "装于灰色相机包内", "in a grey camera bag")],
    "powerbank": [("上面贴了写着我名字的标签|贴了名字贴“{name}”", "贴有姓名标签“{name}”", "a name label: {name}"),
                  ("自带两根线", "自带充电线两根", "two built-in cables"),
                  ("外壳有点鼓了|边上有磕碰", "外壳有磕碰", "a dent on the shell")],
    "console": [("装在一个蓝色收纳包里", "装于蓝色收纳包内", "in a blue carry case"),
                ("手柄是红蓝配色的", "手柄为红蓝配色", "red and blue controllers"),
                ("背面贴了宝可梦贴纸", "背面贴有卡通贴纸", "cartoon stickers on the back")],
    "ereader": [("套着棕色皮套", "棕色皮质保护套", "a brown leather cover"),
                ("屏保是一幅地图", "锁屏为地图图片", "the screensaver is a map")],
    "radio": [("机身贴着编号“C区-{no}”", "机身贴有“C区-{no}”编号", None),
              ("天线缠了黑胶布", "天线缠有黑色胶布", None)],
    "drone": [("装在灰色收纳包里，有两块电池", "灰色收纳包内，含电池两块", "in a grey bag with two batteries"),
              ("桨叶有一片是红色的备用桨", "一片桨叶为红色", "one red spare propeller")],
}
EL_OWN = [("里面有很重要的工作资料|资料还没备份", None, "work files that are not backed up"),
          ("开机密码我可以现场输|我可以当面解锁", None, "I can unlock it in front of you"),
          ("买了才半年", None, None), ("是公司配的，丢了要赔", None, "it's a company device")]


def g_electronics(r, o, zone, brand=None, color=None, model=None, sub=None):
    if sub is None:
        w = [("laptop", 4), ("tablet", 2), ("earbuds", 4), ("swatch", 2), ("camera", 2), ("powerbank", 2),
             ("console", 1), ("ereader", 1), ("drone", 1)]
        if zone == "port":
            w = [("radio", 5), ("earbuds", 2), ("powerbank", 2)]
        elif zone == "tech":
            w = [("laptop", 6), ("earbuds", 4), ("tablet", 2), ("swatch", 1)]
        elif zone == "sea":
            w = [("camera", 4), ("drone", 2), ("earbuds", 2), ("swatch", 1)]
        sub = wpick(r, w)
    s = EL_SUBS[sub]
    T = new_T("electronics", sub, s[0], s[1], s[4], s[2], s[3])
    b = brand_pick(r, s[5], brand, 0.95)
    T["brand"], T["bgroup"] = b, s[5]
    T["model"] = model_pick(r, b, model, 0.7)
    T["color"] = color or r.choice(s[6])
    if sub in ("laptop", "tablet", "camera", "drone", "console", "radio"):
        T["ids"].append(idrec("sn", alnum(r, r.choice([8, 10, 12])), 0.3 if sub != "radio" else 0.1, 0.55))
    elif sub in ("earbuds", "swatch"):
        T["ids"].append(idrec("sn", alnum(r, 10), 0.2, 0.15))
    ctx = {"ini": o["ini"], "name": o["name"], "asset": "%s-IT-%s" % (r.choice(["YF", "HT", "LX", "BA"]), digits(r, 5)),
           "no": "%02d" % r.randint(1, 40)}
    marks = EL_MARKS[sub]
    for _ in range(r.choice([1, 1, 2])):
        f = pfact(r, "mark%d" % len(T["facts"]), marks, ctx)
        if all(x.get("idx") != f["idx"] for x in T["facts"]):
            T["facts"].append(f)
    if sub in ("laptop", "tablet") and r.random() < 0.4:
        T["facts"].append(pfact(r, "lock", PH_LOCK))
    if r.random() < 0.4:
        T["facts"].append(pfact(r, "own", EL_OWN))
    if sub == "earbuds":
        T["alt_cat"] = "other"
    return T


# ---- other ----
OT_SUBS = {
    "umbrella": ("雨伞", "把", ["雨伞", "伞", "长柄伞", "折叠伞"], ["雨伞"], "umbrella", "umbrella", ["黑", "蓝", "红", "黄", "透明"]),
    "glasses": ("眼镜", "副", ["眼镜", "近视眼镜", "眼镜"], ["眼镜", "近视眼镜"], "glasses", "glasses", ["黑", "棕", "银", "金"]),
    "stroller": ("婴儿推车", "辆", ["婴儿车", "推车", "宝宝推车"], ["婴儿推车"], "stroller", "stroller", ["灰", "蓝", "粉", "黑"]),
    "hardhat": ("安全帽", "顶", ["安全帽", "头盔", "安全帽"], ["安全帽"], "hard hat", None, ["黄", "红", "蓝", "白"]),
    "thermos": ("保温杯", "个", ["保温杯", "水杯", "杯子"], ["保温杯", "水杯"], "thermos", "thermos", ["白", "黑", "粉", "蓝", "绿"]),
    "guitar": ("吉他", "把", ["吉他", "木吉他", "琴"], ["吉他（带琴包）", "吉他"], "guitar", "guitar", ["棕", "黑", "白"]),
    "plush": ("毛绒玩具", "个", ["毛绒玩具", "公仔", "娃娃"], ["毛绒玩具", "公仔"], "plush toy", None, ["灰", "粉", "白", "棕"]),
    "jacket": ("外套", "件", ["外套", "衣服", "风衣", "防晒衣"], ["外套", "衣物"], "jacket", "jacket", ["黑", "灰", "蓝", "白", "绿"]),
    "folder": ("文件袋", "个", ["文件袋", "资料袋", "文件"], ["文件袋", "档案袋"], "document folder", None, ["白", "棕", "蓝"]),
    "rhelmet": ("头盔", "顶", ["头盔", "电动车头盔", "骑行头盔"], ["头盔"], "helmet", None, ["黄", "蓝", "白", "黑"]),
    "scooter": ("滑板车", "辆", ["滑板车", "小孩滑板车", "踏板车"], ["儿童滑板车"], "kick scooter", "scooter", ["粉", "蓝", "绿"]),
}
OT_MARKS = {
    "umbrella": [("伞骨断了一根|被台风吹断了一根伞骨", "伞骨折断一根", "one broken rib"), ("伞柄是木头的", "木质伞柄", "a wooden handle"),
                 ("伞面有小黄鸭图案", "伞面印小黄鸭图案", "yellow duck pattern"), ("伞柄挂着一个名牌写着{name}", "伞柄挂名牌“{name}”", None)],
    "glasses": [("装在棕色眼镜盒里", "装于棕色眼镜盒", "in a brown case"), ("一边镜腿用胶布粘过", "一侧镜腿缠胶布", "one arm taped"),
                ("镜片是防蓝光的，有点发蓝", "镜片反蓝光", "blue-light lenses"), ("眼镜盒上贴着“{name}”", "眼镜盒贴有“{name}”字样", None)],
    "stroller": [("篮子里有一包尿不湿", "底篮有尿不湿一包", "a pack of nappies in the basket"), ("扶手挂着一只长颈鹿玩偶", "扶手挂长颈鹿玩偶", "a giraffe toy on the handle"),
                 ("遮阳篷上有个小洞", "遮阳篷有破洞", "a small hole in the canopy")],
    "hardhat": [("后面写着“C区 {sur}”|帽子后面写了我的姓", "帽后写有“C区 {sur}”", None), ("贴着两条反光条", "贴反光条", None),
                ("帽檐上有个贴纸“安全第一”", "帽檐贴“安全第一”", None)],
    "thermos": [("杯身贴了卡通贴纸", "杯身贴有卡通贴纸", "cartoon stickers"), ("杯盖上有个凹痕", "杯盖有凹痕", "a dent on the lid"),
                ("杯子上刻着名字{name}", "杯身刻有“{name}”", None), ("杯套是针织的", "外有针织杯套", "a knitted sleeve")],
    "guitar": [("琴包上挂了个小吉他挂件", "琴包挂吉他造型挂件", None), ("琴头有磕碰", "琴头有磕痕", None),
               ("琴包里有一本乐谱和变调夹", "琴包内有乐谱、变调夹", None)],
    "plush": [("一只毛绒鲨鱼，大概四十厘米", "毛绒鲨鱼，约40厘米", None), ("兔子耳朵有一只脱线了", "兔子公仔一只耳朵脱线", None),
              ("脖子上系着红色蝴蝶结", "颈部系红色蝴蝶结", None)],
    "jacket": [("口袋里有一包纸巾和公交卡", "口袋内有纸巾、交通卡", None), ("袖口有油渍", "袖口有污渍", None),
               ("拉链头是个小熊", "拉链头为小熊造型", None)],
    "folder": [("里面是房屋租赁合同", "内有房屋租赁合同", None), ("里面有体检报告，名字是{name}", "内有体检报告（姓名{name}）", None),
               ("里面有集装箱放行单", "内有集装箱放行单", None)],
    "rhelmet": [("头盔上印着“快鹿外卖”", "头盔印“快鹿外卖”", None), ("侧面贴着兔耳朵装饰", "头盔有兔耳朵装饰", None),
                ("挡风镜片裂了", "镜片有裂痕", None)],
    "scooter": [("把手上绑了蝴蝶结", "把手系蝴蝶结", None), ("轮子会发光", "轮子带发光灯", None),
                ("踏板上贴着小猪佩奇贴纸", "踏板贴有卡通贴纸", None)],
}


def g_other(r, o, zone, brand=None, color=None, model=None, sub=None):
    if sub is None:
        w = [("umbrella", 3), ("glasses", 2), ("stroller", 1), ("thermos", 2), ("guitar", 1), ("plush", 1), ("jacket", 2),
             ("folder", 1), ("rhelmet", 1), ("scooter", 1)]
        if zone == "port":
            w = [("hardhat", 5), ("thermos", 2), ("folder", 2)]
        elif zone == "sea":
            w = [("stroller", 2), ("scooter", 2), ("plush", 2), ("umbrella", 2), ("glasses", 1)]
        sub = wpick(r, w)
    s = OT_SUBS[sub]
    T = new_T("other", sub, s[0], s[1], s[4], s[2], s[3])
    b = brand_pick(r, s[5], brand, 0.6) if s[5] else None
    T["brand"], T["bgroup"] = b, s[5]
    T["model"] = model_pick(r, b, model, 0.3)
    c = color or r.choice(s[6])
    T["color"] = c if c in COLORS else None
    if c == "透明":
        T["facts"].append(fact("clear", "透明的伞面", "透明伞面", "a clear canopy", twin=False))
    ctx = {"name": o["name"], "sur": o["name"][0]}
    for _ in range(r.choice([1, 2])):
        f = pfact(r, "mark%d" % len(T["facts"]), OT_MARKS[sub], ctx)
        if all(x.get("idx") != f["idx"] for x in T["facts"]):
            T["facts"].append(f)
    if sub == "hardhat" and r.random() < 0.5:
        T["ids"].append(idrec("helmet", "QG-%s" % digits(r, 4), 0.6, 0.9))
    return T


GEN = {"phone": g_phone, "id_doc": g_id, "wallet": g_wallet, "keys": g_keys, "ebike": g_ebike,
       "bicycle": g_bicycle, "bag": g_bag, "cash": g_cash, "jewelry": g_jewelry,
       "electronics": g_electronics, "other": g_other}


# ---------------------------------------------------------------------------------------
# time phrases

WD = "一二三四五六日"
CN_H = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
MON_EN = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def period(h):
    if h < 5:
        return "凌晨"
    if h < 9:
        return "早上"
    if h < 12:
        return "上午"
    if h < 13:
        return "中午"
    if h < 18:
        return "下午"
    if h < 19:
        return "傍晚"
    return "晚上"


def h12(h):
    x = h % 12
    return 12 if x == 0 else x


def clock(dt, r, style="approx", cn=False):
    h, m = dt.hour, dt.minute
    p = period(h)
    hs = CN_H[h12(h)] if cn else str(h12(h))
    if style == "exact":
        if m == 0:
            return "%s%s点" % (p, hs)
        if m == 30:
            return "%s%s点半" % (p, hs)
        return "%s%s点%d分" % (p, hs, m) if r.random() < 0.5 else "%s%s点%02d" % (p, hs, m)
    if m < 10:
        return "%s%s点%s" % (p, hs, r.choice(["左右", "", "左右"]))
    if m < 25:
        return "%s%s点多" % (p, hs)
    if m < 40:
        return "%s%s点半%s" % (p, hs, r.choice(["左右", ""]))
    nx = dt + datetime.timedelta(minutes=60 - m)
    return "%s快%s点" % (period(nx.hour), CN_H[h12(nx.hour)] if cn else str(h12(nx.hour)))


def dstr(dt, r, style):
    if dt.date() == TYPHOON_DAY and r.random() < 0.35:
        return r.choice(["台风那天（8月29日）", "8月29号台风天", "台风“%s”那天" % TYPHOON, "29号刮台风那天"])
    if style == "md":
        return "%d月%d日" % (dt.month, dt.day)
    if style == "mdh":
        return "%d月%d号" % (dt.month, dt.day)
    if style == "d":
        return "%d号" % dt.day
    if style == "wd":
        return "%d月%d日（周%s）" % (dt.month, dt.day, WD[dt.weekday()])
    if style == "dot":
        return "%d.%d" % (dt.month, dt.day)
    if style == "ymd":
        return "%d年%d月%d日" % (dt.year, dt.month, dt.day)
    return "%d月%d日" % (dt.month, dt.day)


def window_zh(mf, mt, r, voice):
    f, t = dt_of(mf), dt_of(mt)
    span = mf - mt
    crisp = voice in ("office", "mixed", "traveller")
    cn = voice in ("elder", "cantonese") and r.random() < 0.6
    sty = r.choice(["md", "wd", "dot", "md"]) if crisp else r.choice(["md", "mdh", "d", "mdh", "wd"])
    if f.date() == t.date():
        d = dstr(f, r, sty)
        if span <= 45 and r.random() < 0.6:
            return d + clock(dt_of((mf + mt) // 2), r, "approx", cn)
        if crisp and r.random() < 0.7:
            return "%s %s-%s" % (d, f.strftime("%H:%M"), t.strftime("%H:%M"))
        st = r.choice(["approx", "exact"])
        return "%s%s到%s之间" % (d, clock(f, r, st, cn), clock(t, r, st, cn))
    d1 = dstr(f, r, sty)
    d2 = dstr(t, r, "d" if f.month == t.month and r.random() < 0.6 else sty)
    if crisp and r.random() < 0.5:
        return "%s %s至%s %s" % (d1, f.strftime("%H:%M"), d2, t.strftime("%H:%M"))
    return "%s%s到%s%s之间" % (d1, clock(f, r, "approx", cn), d2, clock(t, r, "approx", cn))


def en_clock(dt):
    h, m = dt.hour, dt.minute
    ap = "am" if h < 12 else "pm"
    return ("%d %s" % (h12(h), ap)) if m == 0 else ("%d:%02d %s" % (h12(h), m, ap))


def en_date(dt, r):
    return r.choice(["%s %d" % (MON_EN[dt.month], dt.day), "%d %s" % (dt.day, MON_EN[dt.month]),
                     "%s, %s %d" % (["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][dt.weekday()],
                                    MON_EN[dt.month], dt.day)])


def window_en(mf, mt, r):
    f, t = dt_of(mf), dt_of(mt)
    if f.date() == t.date():
        if mf - mt <= 45 and r.random() < 0.5:
            return "on %s around %s" % (en_date(f, r), en_clock(dt_of((mf + mt) // 2)))
        return "on %s between %s and %s" % (en_date(f, r), en_clock(f), en_clock(t))
    return "between %s %s and %s %s" % (en_date(f, r), en_clock(f), en_date(t, r), en_clock(t))


def found_when_zh(m, r, formal=True):
    d = dt_of(m)
    if formal:
        x = r.random()
        if x < 0.35:
            return "%d年%d月%d日%d时%d分" % (d.year, d.month, d.day, d.hour, d.minute)
        if x < 0.7:
            return "%d月%d日 %s" % (d.month, d.day, d.strftime("%H:%M"))
        return "%d月%d日%s" % (d.month, d.day, clock(d, r, "exact"))
    return "%s%s" % (dstr(d, r, r.choice(["mdh", "d", "md"])), clock(d, r, "approx"))


# ---------------------------------------------------------------------------------------
# text transforms: hurried typing, Cantonese flavour

TYPO = [("的", "得"), ("在", "再"), ("座", "做"), ("钱包", "钱保"), ("钥匙", "要匙"), ("捡到", "检到"),
        ("已经", "以经"), ("麻烦", "麻凡"), ("谢谢", "谢谢谢"), ("身份证", "身分证"), ("充电宝", "冲电宝"),
        ("那边", "哪边"), ("黑色", "黑涩"), ("联系", "连系"), ("知道", "只道"), ("丢了", "丢勒"),
        ("附近", "付近"), ("电动车", "电动叉"), ("应该", "因该"), ("急", "吉")]


def typo(s, r, n=1):
    cands = [p for p in TYPO if p[0] in s]
    for _ in range(n):
        if not cands:
            break
        a, b = cands.pop(r.randrange(len(cands)))
        i = s.find(a)
        s = s[:i] + b + s[i + len(a):]
    return s


CANT = [("钱包", "银包"), ("钥匙", "锁匙"), ("不见了", "唔见咗"), ("丢了", "唔见咗"), ("在", "喺"),
        ("是", "系"), ("没有", "冇"), ("这个", "呢个"), ("那个", "嗰个"), ("的", "嘅"), ("谢谢", "唔该"),
        ("自行车", "单车"), ("手提包", "手袋"), ("很", "好"), ("看", "睇"), ("我们", "我哋"), ("他", "佢"),
        ("她", "佢"), ("找", "揾")]


CANT_KEEP = ["利是", "的士", "目的", "在线"]


def cantonize(s, r):
    for i, w in enumerate(CANT_KEEP):
        s = s.replace(w, "\x00%d\x00" % i)
    for a, b in CANT:
        if a in s and r.random() < 0.75:
            s = s.replace(a, b)
    for i, w in enumerate(CANT_KEEP):
        s = s.replace("\x00%d\x00" % i, w)
    return s


def ridertext(s, r):
    s = s.replace("。", " ").replace("，", " ").replace("；", " ").replace("：", " ")
    s = s.replace("（", " ").replace("）", " ")
    while "  " in s:
        s = s.replace("  ", " ")
    return typo(s.strip(), r, r.choice([1, 1, 2]))


# ---------------------------------------------------------------------------------------
# identifiers as people write them

def id_forms(idr, r, side, en=False):
    """-> (field text, body phrase)"""
    k, v = idr["kind"], idr["value"]
    if k == "imei":
        forms = [v, "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14]), "%s-%s-%s" % (v[:8], v[8:14], v[14:]),
                 "%s %s %s %s" % (v[:4], v[4:8], v[8:12], v[12:])]
        if side == "own" and r.random() < 0.3:
            tail = v[-4:] if r.random() < 0.6 else v[-6:]
            fld = r.choice(["尾号%s" % tail, "IMEI后%d位%s" % (len(tail), tail), "**%s" % tail])
            body = "IMEI后%d位是%s" % (len(tail), tail) if not en else "IMEI ends in %s" % tail
            return fld, body
        fm = r.choice(forms)
        body = r.choice(["IMEI：%s", "IMEI号%s", "串号%s", "IMEI %s"]) % fm if not en else "IMEI %s" % fm
        return fm, body
    if k == "idnum":
        x = r.random()
        lim = (0.45, 0.8) if side == "own" else (0.3, 0.8)
        if x < lim[0]:
            fm = v if r.random() < 0.8 else "%s %s %s" % (v[:6], v[6:14], v[14:])
        elif x < lim[1]:
            fm = r.choice(["%s********%s" % (v[:6], v[-4:]), "%s**********%s" % (v[:4], v[-4:]),
                           "%s***********%s" % (v[:3], v[-4:])])
        else:
            fm = "尾号%s" % v[-4:]
        lab = r.choice(["身份证号", "证件号码", "身份证号码"])
        if idr.get("inside"):
            lab = "身份证号"
        body = "%s%s%s" % (lab, "" if fm.startswith("尾号") else r.choice(["：", "", " "]), fm)
        if en:
            body = "an ID card, number ending %s" % v[-4:]
        return fm, body
    if k == "card":
        t, bk, pre = v, idr["bank"], idr["pre"]
        fm = r.choice(["尾号%s" % t, "%s****%s" % (pre, t), "**** **** **** %s" % t, t, "%s **** **** %s" % (pre, t)])
        if en:
            return fm, "a bank card ending %s" % t
        if side == "own":
            body = r.choice(["%s卡尾号%s" % (bk, t), "一张%s的卡，卡号后四位%s" % (bk, t), "银行卡（%s）尾号%s" % (bk, t)])
        else:
            body = r.choice(["%s卡一张，尾号%s" % (bk, t), "%s银行卡（%s****%s）" % (bk.replace("银行", ""), pre, t),
                             "银行卡一张，卡号末四位%s" % t])
        return fm, body
    if k == "student":
        fm = r.choice([v, v, "%s %s" % (v[:4], v[4:]), "尾号%s" % v[-4:]])
        return fm, ("学号%s" % fm if not fm.startswith("尾号") else "学号%s" % fm) if not en else "student no. %s" % fm
    if k == "pass":
        fm = r.choice([v, "%s-%s-%s" % (v[:2], v[2:6], v[6:]), "%s-%s" % (v[:6], v[6:]), v[-5:]])
        return fm, "通行证号%s" % fm
    if k in ("passport", "hkmo"):
        fm = r.choice([v, v, "%s****%s" % (v[:3], v[-3:])])
        return fm, ("护照号%s" if k == "passport" else "证件号%s") % fm if not en else "passport no. %s" % fm
    if k == "emp":
        fm = r.choice([v, "%s-%s" % (v[:2], v[2:]), "工号%s" % v[2:]])
        return fm, ("工号%s" % v[2:] if fm.startswith("工号") else "工牌号%s" % fm) if not en else "badge no. %s" % fm
    if k == "plate":
        fm = r.choice([v, "%s·%s" % (v[:3], v[3:]), v[2:], "%s %s %s" % (v[:2], v[2], v[3:])])
        return fm, r.choice(["车牌%s", "车牌号%s", "牌照%s"]) % fm
    if k == "frame":
        x = r.random()
        if x < 0.2 and side == "own":
            fm = "后六位%s" % v[-6:]
            return fm, "车架号后六位%s" % v[-6:]
        fm = r.choice([v, v, v.lower(), " ".join(v[i:i + 4] for i in range(0, len(v), 4))])
        return fm, r.choice(["车架号%s", "车架号：%s", "钢印号%s"]) % fm
    if k == "sn":
        x = r.random()
        if x < 0.2 and side == "own":
            return "尾号%s" % v[-4:], ("序列号后四位%s" % v[-4:]) if not en else "serial ends in %s" % v[-4:]
        fm = r.choice([v, v, v.lower(), "S/N %s" % v, " ".join(v[i:i + 4] for i in range(0, len(v), 4))])
        lab = idr.get("label") or r.choice(["序列号", "SN", "S/N码"])
        return fm, ("%s：%s" % (lab, fm)) if not en else "serial no. %s" % fm
    if k == "tag":
        fm = r.choice([v, "%s %s" % (v[:2], v[2:]), v[2:]])
        return fm, (r.choice(["行李牌号%s", "托运行李条号%s", "行李条%s"]) % fm) if not en else "bag tag %s" % fm
    if k == "locker":
        return v, ("钥匙牌上是%s号柜（%s）" % (v, idr["place"])) if side == "own" else "钥匙牌编号%s" % v
    if k == "helmet":
        return v, "编号%s" % v
    return v, v


# ---------------------------------------------------------------------------------------
# scenes: where and how it was lost, in the owner's words

ACTIONS = {
    "office": ["开会", "等电梯", "加班", "开完会出来", "去茶水间倒水", "大堂等人"],
    "canteen": ["吃午饭", "吃饭", "排队打饭", "喝咖啡", "吃晚饭"],
    "metro": ["进站", "等车", "过闸机", "换乘", "出站"],
    "airport": ["值机", "过安检", "取行李", "接人", "等航班"],
    "beach": ["散步", "看海", "游泳", "拍照", "吹海风", "跑步"],
    "campus": ["自习", "上课", "打球", "取快递", "等人"],
    "home": ["取快递", "下楼倒垃圾", "回家的时候", "在楼下乘凉"],
    "shop": ["买东西", "吃宵夜", "逛街", "买菜", "吃大排档"],
    "road": ["等红绿灯", "等车", "送单", "停车", "扫码骑车"],
    "hospital": ["看病", "排队挂号", "陪家人看病", "拿药"],
    "port": ["排队进闸", "等提柜", "加油", "吃饭", "车上休息"],
    "lpo": ["办事"],
}
PLACE_ACT = {
    "air_t2dep": ["值机", "托运行李", "等登机"], "air_t2arr": ["取行李", "接人", "等行李"],
    "air_t1sec": ["过安检", "排队安检"], "air_bus": ["等大巴", "排队上车"], "air_p2": ["取车", "停车"],
    "u_lib": ["自习", "借书", "自习"], "u_teach": ["上课", "考试"], "u_gym": ["打球", "上体育课"],
    "u_dorm": ["取快递", "下楼拿外卖"], "u_c3": ["吃饭", "打饭"], "u_gate": ["等公交", "买奶茶"],
    "t_gym": ["健身", "换衣服"], "t_gate": ["取快递", "等车"], "s_beach": ["游泳", "冲凉", "玩沙"],
    "s_fish": ["吃宵夜", "吃海鲜"], "p_gas": ["加油", "买水"], "p_park": ["停车休息", "车上睡觉"],
    "p_yard": ["等提柜", "装箱"], "p_gate3": ["排队进闸", "等放行"], "p_home": ["休息", "打水", "洗澡"],
    "p_canteen": ["吃饭", "吃宵夜"], "h_rider": ["等单", "换电池"], "h_cross": ["等红绿灯", "送单"],
    "h_bus": ["等公交", "转车"], "h_mall": ["逛街", "看电影", "吃饭"], "h_mkt": ["买菜", "买海鲜"],
}
ACT_EN = {"office": "in a meeting", "canteen": "having lunch", "metro": "waiting for the train",
          "airport": "checking in", "beach": "taking a walk", "campus": "studying", "home": "picking up a parcel",
          "shop": "having dinner", "road": "waiting for a taxi", "hospital": "at the clinic", "port": "waiting", "lpo": ""}
ACT_MIXED = ["开完meeting", "lobby等人", "去pantry倒水", "等lift", "跟client吃完lunch", "等外卖"]
LOSE_STATIC = ["，走的时候把{obj}忘在那了", "，回头发现{obj}不见了", "，{obj}就不见了", "，离开时{obj}落下了",
               "，后来发现{obj}没拿"]


def place_zh(pid, r):
    return pname(pid, r)


def scene_lost(r, L, voice, obj):
    """-> scene sentence (zh) with obj inserted."""
    ctx, A, B = L["ctx"], L["place"], L.get("place2")
    when = window_zh(L["lf"], L["lt"], r, voice)
    a = place_zh(A, r)
    kind = PL[A]["kind"]
    if voice == "mixed":
        act = r.choice(ACT_MIXED)
    elif voice == "parent":
        act = r.choice(["带孩子玩", "带小孩散步", "陪孩子玩", "接孩子"])
    else:
        acts = PLACE_ACT.get(A) or ACTIONS[kind]
        if voice == "rider" and kind == "road":
            acts = ["送单", "等单", "送外卖"]
        elif voice != "rider":
            acts = [x for x in acts if "单" not in x] or ["路过"]
        act = r.choice(acts)
    if L["cat"] in ("ebike", "bicycle"):
        a = pname(A, r, True) + (r.choice(["楼下", "门口", ""]) if kind in ("office", "campus", "canteen", "hospital", "shop", "home") else "")
    if L["cat"] in ("ebike", "bicycle") and ctx in ("static", "typhoon"):
        if ctx == "typhoon":
            return "%s把%s停在%s，%s" % (when, obj, a, r.choice(
                ["台风过后去找，车不见了", "那边被水淹了，第二天去找车已经没了", "台风过了再去，车找不到了"]))
        return "%s把%s停在%s，%s" % (when, obj, a, r.choice(
            ["回来就找不到了，不知道是不是被物业拖走了", "出来发现车不见了", "再去取的时候车没了", "忘了停在哪个位置，找了几圈都没找到"]))
    if ctx == "static" and L["lf"] - L["lt"] > 360 and r.random() < 0.8:
        act = r.choice([x for x in (PLACE_ACT.get(A) or ACTIONS[kind]) if "单" not in x] or ["办事"])
        return r.choice(["%s，去过%s%s，%s就是那段时间不见的" % (when, a, act, obj),
                         "%s，最后一次见到%s是在%s%s的时候" % (when, obj, a, act),
                         "%s不见了%s，中间去过%s%s" % (when, obj, a, act)])
    if ctx in ("static", "typhoon"):
        s = "%s在%s%s" % (when, a, act)
        if ctx == "typhoon" and "台风" not in when:
            s = r.choice(["%s台风%s来之前，在%s%s，走得急" % (when, TYPHOON, a, act),
                          "%s（台风天）在%s%s，大家都急着走" % (when, a, act),
                          "%s刮台风提前下班，在%s%s" % (when, a, act)])
        elif ctx == "typhoon":
            s += "，走得很急"
        return s + r.choice(LOSE_STATIC).format(obj=obj)
    if ctx == "metro":
        b = place_zh(B, r).replace("地铁", "").replace("3号线", "")
        a2 = a.replace("地铁", "").replace("3号线", "")
        return "%s从%s坐3号线到%s，%s" % (when, a2, b, r.choice(
            ["出站才发现%s落在车上了" % obj, "下车后发现%s不见了，应该是落在车厢座位上" % obj,
             "%s可能掉在车厢里了" % obj, "到站下车，%s忘在座位上" % obj]))
    if ctx == "ride":
        b = place_zh(B, r)
        plate = ("（车牌%s）" % L["plate"]) if L.get("own_plate") else ""
        return "%s在%s打了辆%s的车去%s%s，%s" % (when, a, L["platform"], b, plate, r.choice(
            ["下车后发现%s落在后座了" % obj, "%s应该是掉在车上了" % obj, "下车忘拿%s" % obj]))
    if ctx == "route":
        b = place_zh(B, r)
        return "%s从%s到%s这一路，%s" % (when, a, b, r.choice(
            ["%s不知道掉哪了" % obj, "%s从口袋里滑出去了" % obj, "%s不见了，可能掉在路边" % obj]))
    if ctx == "flight":
        return "%s坐%s航班从%s飞到澄湾，%s" % (when, L["flight"], L["city"], r.choice(
            ["在T2到达层取完行李后发现%s不见了" % obj, "%s落在飞机座位上了" % obj,
             "%s应该是落在行李转盘旁边" % obj]))
    if ctx == "bus":
        b = place_zh(B, r)
        return "%s坐机场大巴到%s，%s" % (when, b, r.choice(["%s落在大巴上了" % obj, "下车时忘了拿%s" % obj]))
    if ctx == "stolen":
        f, t = dt_of(L["lf"]), dt_of(L["lt"])
        sty = r.choice(["md", "mdh", "d"])
        return "%s%s把%s停在%s，%s%s%s" % (dstr(f, r, sty), clock(f, r, "approx"), obj, a,
                                        "" if f.date() == t.date() else dstr(t, r, "d"), clock(t, r, "approx"),
                                        r.choice(["回来车就不见了", "下楼发现车没了", "去取车发现不见了，锁也没了"]))
    return "%s在%s%s" % (when, a, act)


def scene_en(r, L, obj):
    ctx, A, B = L["ctx"], L["place"], L.get("place2")
    when = window_en(L["lf"], L["lt"], r)
    a = PL[A]["en"]
    if ctx == "metro":
        return "I left my %s on Metro Line 3 %s, riding from %s to %s" % (obj, when, a, PL[B]["en"])
    if ctx == "ride":
        return "I left my %s in a ride-hailing car (%s) %s, from %s to %s" % (obj, L["platform"], when, a, PL[B]["en"])
    if ctx == "flight":
        return "I lost my %s %s after flight %s arrived, probably at the baggage claim in T2" % (obj, when, L["flight"])
    if ctx == "bus":
        return "I left my %s on the airport bus %s" % (obj, when)
    if ctx == "typhoon":
        return "I lost my %s %s at %s, the day of the typhoon, when everyone left in a hurry" % (obj, when, a)
    return r.choice(["I lost my %s %s at %s" % (obj, when, a),
                     "Lost my %s %s at %s while %s" % (obj, when, a, ACT_EN[PL[A]["kind"]]),
                     "My %s went missing %s, last seen at %s" % (obj, when, a)])


def obj_zh(r, T, side, c, b, m, noun=None):
    noun = noun or r.choice(T["own_nouns"] if side == "own" else T["fnd_nouns"])
    meas = T["measure"]
    if meas in ("笔",):
        meas = "个"
    if b and noun:
        bare = noun.lstrip("一")
        if b.endswith(bare[:2]) and len(b) > 2:
            b = b[:-2]
        elif b.endswith(bare[:1]) and len(b) > 1:
            b = b[:-1]
        elif b.endswith(bare[-1:]) and len(b) > 1 and not b[-1].isascii():
            b = b[:-1]
    if b and m and m.lower().replace(" ", "").startswith(b.lower().replace(" ", "")):
        b = None
    desc = b or ""
    if m:
        desc = desc + (" " if desc and desc[-1].isascii() and m[0].isascii() else "") + m
    one = "" if noun.startswith("一") else "一" + meas
    if c and desc:
        forms = ["%s%s的%s%s" % (one, c, desc, noun), "%s%s（%s）" % (desc, noun, c), "%s%s%s" % (c, desc, noun),
                 "%s%s%s" % (c, desc, noun)]
    elif c:
        forms = ["%s%s的%s" % (one, c, noun), "%s%s" % (c, noun), "%s%s" % (c, noun)]
    elif desc:
        forms = ["%s%s%s" % (one, desc, noun), "%s%s" % (desc, noun)]
    else:
        forms = ["%s%s" % (one, noun), noun]
    if side == "fnd":
        noun = noun.lstrip("一")
        if c and desc:
            forms = ["%s%s%s一%s" % (c, desc, noun, meas), "%s%s一%s（%s）" % (desc, noun, meas, c),
                     "%s一%s，%s，%s" % (noun, meas, c, desc)]
        elif c:
            forms = ["%s%s一%s" % (c, noun, meas), "%s一%s（%s）" % (noun, meas, c)]
        elif desc:
            forms = ["%s%s一%s" % (desc, noun, meas), "%s一%s（%s）" % (noun, meas, desc)]
        else:
            forms = ["%s一%s" % (noun, meas)]
    return r.choice(forms)


def obj_en(r, T, c, b, m):
    if b and m and m.lower().startswith(b.lower()):
        b = None
    bits = [x for x in (c, b, m) if x]
    return " ".join(bits + [T["en"]])


CLOSE = {
    "office": ["如有拾获请联系，谢谢。", "烦请协助查找，感谢！", "有消息请电话联系，谢谢。", ""],
    "mixed": ["有拾到的pls联系我，thx！", "麻烦帮忙check一下监控，thanks", "急用，thx"],
    "rider": ["求好心人联系", "急用 谢谢", "捡到的老板联系我 必有重谢", "拜托了"],
    "port": ["麻烦帮忙找找，谢谢。", "捡到的兄弟联系我，必有酬谢。", "急用，谢谢。"],
    "student": ["捡到的同学麻烦联系我！", "拜托拜托，万分感谢🙏", "谢谢好心人！", "求求了"],
    "parent": ["孩子一直在哭，麻烦大家了。", "谢谢好心人。", "麻烦帮忙留意。"],
    "elder": ["老人家很着急，麻烦你们了。", "谢谢警察同志。", "麻烦帮忙找一下。"],
    "resident": ["谢谢！", "有拾到的麻烦联系我，必有重谢。", "麻烦了。", ""],
    "traveller": ["明天就要离开澄湾了，麻烦尽快联系。", "人已到外地，可以邮寄，谢谢。", "麻烦帮忙找一下，谢谢。"],
    "cantonese": ["唔该晒！", "麻烦大家帮手留意下，多谢。", "拜托晒。"],
    "en": ["Please contact me if found. Thank you!", "Any help is appreciated, thanks.", "Thanks a lot!", ""],
}


# ---------------------------------------------------------------------------------------
# the owner's report

def lvl_pick(r, voice):
    w = {"rider": [("oneline", 35), ("body", 40), ("partial", 20), ("full", 5)],
         "office": [("full", 40), ("partial", 35), ("body", 20), ("oneline", 5)],
         "mixed": [("full", 25), ("partial", 35), ("body", 30), ("oneline", 10)],
         "en": [("full", 30), ("partial", 30), ("body", 35), ("oneline", 5)],
         "elder": [("body", 60), ("partial", 30), ("oneline", 10)],
         "port": [("body", 40), ("partial", 30), ("oneline", 20), ("full", 10)]}.get(
        voice, [("full", 20), ("partial", 35), ("body", 33), ("oneline", 12)])
    return wpick(r, w)


def holder_own(r, T, en=False):
    n = T.get("holder")
    if not n:
        return None
    if en:
        return "the name on it is %s" % n
    if T["cat"] == "bag":
        return None
    if T["cat"] == "id_doc":
        return r.choice(["姓名%s" % n, "名字是%s" % n, "证上名字%s" % n, "本人%s" % n])
    return r.choice(["里面有我的身份证（%s）" % n, "还有我的身份证，名字%s" % n, "身份证也在里面，%s" % n])


def holder_fnd(r, T, cat):
    n = T.get("holder")
    if not n:
        return None
    mn = mask_name(n, r)
    if T["cat"] == "id_doc" or cat == "id_doc":
        return r.choice(["姓名：%s" % mn, "持证人%s" % mn, "证件姓名%s" % mn])
    if T["cat"] == "bag":
        return None
    return r.choice(["内有身份证一张（姓名%s）" % mn, "内有%s的身份证" % mn])


def addr_lost(r, L):
    ctx, A, B = L["ctx"], L["place"], L.get("place2")
    if ctx == "metro":
        return r.choice(["地铁3号线%s-%s" % (pname(A, r).replace("地铁", "").replace("3号线", ""), pname(B, r).replace("地铁", "").replace("3号线", "")),
                         pname(A, r), "3号线车厢内"])
    if ctx == "ride":
        return r.choice(["%s至%s" % (pname(A, r), pname(B, r)), pname(A, r), "网约车上"])
    if ctx == "route":
        return r.choice(["%s附近" % pname(A, r), "%s到%s一带" % (pname(A, r), pname(B, r))])
    if ctx == "flight":
        return r.choice(["机场T2到达层", "%s航班上" % L["flight"], "澄湾前港国际机场"])
    if ctx == "bus":
        return r.choice(["机场大巴上", "机场大巴（机场-%s）" % pname(B, r)])
    return pname(A, r)


def ll_lost(r, L):
    ctx, A, B = L["ctx"], L["place"], L.get("place2")
    if ctx == "metro" and r.random() < 0.5:
        return jitter(PL[B]["ll"], r)
    return jitter(PL[A]["ll"], r)


def fit(body, limit=600):
    return body if len(body) <= limit else body[:limit - 1] + "…"


def write_lost(r, L, force):
    T = L["T"]
    voice, level = L["voice"], L["level"]
    en = voice == "en"
    sloppy = voice == "rider" or level == "oneline"
    rec = {"category": T["cat"]}
    # what the owner says
    c_on = T["color"] is not None
    b_on = T["brand"] is not None and (r.random() < 0.95 or "brand" in force)
    m_on = T["model"] is not None and (r.random() < 0.75 or "model" in force)
    if level == "oneline":
        b_on = b_on and (r.random() < 0.6 or "brand" in force)
        m_on = m_on and (r.random() < 0.4 or "model" in force)
        c_on = c_on and (r.random() < 0.8 or "color" in force)
    facts = [f for f in T["facts"] if f["own"] and (not en or f["en"])]
    forced_f = [f for f in facts if "f:" + f["id"] in force]
    rest = [f for f in facts if "f:" + f["id"] not in force]
    if level == "full":
        k = max(1, len(rest) - r.choice([0, 0, 1]))
    elif level == "oneline":
        k = r.choice([0, 0, 1])
    else:
        k = r.randint(1, 3)
    pick = r.sample(rest, min(k, len(rest)))
    chosen = [f for f in T["facts"] if f in forced_f or f in pick]
    ids = [(i, d) for i, d in enumerate(T["ids"]) if ("id%d" % i) in force or r.random() < d["own_p"]]
    if level == "oneline":
        ids = [x for x in ids if ("id%d" % x[0]) in force] or ids[:1 if r.random() < 0.3 else 0]
    # fields
    pfield = {"full": 0.9, "partial": 0.45, "body": 0.0, "oneline": 0.0}[level]
    fields = {}
    if c_on and r.random() < pfield:
        fields["color"] = color_text(T["color"], r, en)
    if b_on and r.random() < pfield:
        fields["brand"] = brand_text(T["brand"], r, voice, sloppy)
    if m_on and r.random() < pfield * 0.9:
        fields["model"] = model_text(T["model"], r)
    serial_id = None
    if ids and r.random() < {"full": 0.95, "partial": 0.5, "body": 0.12, "oneline": 0.0}[level]:
        serial_id = ids[0]
        fields["serial"] = id_forms(serial_id[1], r, "own", en)[0]
    if chosen and r.random() < {"full": 0.8, "partial": 0.4, "body": 0.0, "oneline": 0.0}[level]:
        sep = r.choice(["；", "，", "; "]) if not en else "; "
        fields["marks"] = sep.join(alt(f["en"] if en else f["own"], r) for f in chosen)
    pa = {"full": 0.92, "partial": 0.7, "body": 0.35, "oneline": 0.15}[level]
    if r.random() < pa:
        fields["address"] = addr_lost(r, L) if not en else PL[L["place"]]["en"]
    if r.random() < {"full": 0.6, "partial": 0.35, "body": 0.15, "oneline": 0.05}[level]:
        fields["lat"], fields["lon"] = ll_lost(r, L)
    # body
    c_b = color_text(T["color"], r, en) if c_on and ("color" not in fields or r.random() < 0.5) else None
    b_b = brand_text(T["brand"], r, voice, sloppy) if b_on and ("brand" not in fields or r.random() < 0.5) else None
    m_b = model_text(T["model"], r) if m_on and ("model" not in fields or r.random() < 0.4) else None
    if "marks" in fields:
        body_facts = [f for f in chosen if r.random() < 0.35]
    else:
        body_facts = chosen
    body_facts = [f for f in body_facts if f in forced_f] + [f for f in body_facts if f not in forced_f]
    det = [alt(f["en"] if en else f["own"], r) for f in body_facts]
    if c_b and T["cdet"] and any(f.get("color") for f in body_facts):
        c_b = None
    if c_b and T["cdet"]:
        det.insert(0, (T["cdet"][0] % c_b) if not en else "%s %s" % (c_b, "cover" if T["cat"] == "id_doc" else "keyring"))
        c_b = None
    idt, idt_i = [], []
    for i, d in ids:
        if serial_id and serial_id[0] == i and r.random() < 0.6:
            continue
        idt.append(id_forms(d, r, "own", en)[1])
        idt_i.append(i)
    if T.get("holder") and (r.random() < (0.85 if T["cat"] == "id_doc" else 0.4) or "holder" in force):
        h = holder_own(r, T, en)
        if h:
            det.insert(0, h)
    if en:
        obj = obj_en(r, T, c_b, b_b, m_b)
        sc = scene_en(r, L, obj)
        if level == "oneline":
            body = "Lost my %s at %s, %s." % (obj, PL[L["place"]]["en"], window_en(L["lf"], L["lt"], r))
            if det:
                body += " " + det[0][0].upper() + det[0][1:] + "."
        else:
            parts = [sc + "."]
            if det:
                dd = ", ".join(det)
                parts.append(r.choice(["Details: ", "", "Description: "]) + dd[0].upper() + dd[1:] + ".")
            if idt:
                it = ", ".join(idt)
                parts.append(it[0].upper() + it[1:] + ".")
            parts.append(r.choice(CLOSE["en"]))
            body = " ".join(p for p in parts if p)
    else:
        obj = obj_zh(r, T, "own", c_b, b_b, m_b)
        if level == "oneline":
            d = dt_of((L["lf"] + L["lt"]) // 2)
            a = pname(L["place"], r)
            body = r.choice(["%s%s在%s丢了%s", "%s%s %s 丢%s", "%s%s%s掉了%s"]) % (
                dstr(d, r, r.choice(["d", "mdh"])), period(d.hour), a, obj)
            if det:
                body += " " + det[0]
            if idt:
                body += " " + idt[0]
            for j, i in enumerate(idt_i):
                if j > 0 and ("id%d" % i) in force and not (serial_id and serial_id[0] == i):
                    body += " " + idt[j]
            body += r.choice([" 急", "", "！", " 谢谢", "!!"])
            body = typo(body, r, 1) if r.random() < 0.7 else body
        else:
            sc = scene_lost(r, L, voice, obj)
            sep = r.choice(["，", "；", "，"])
            dtext = sep.join(det)
            itext = "，".join(idt)
            close = r.choice(CLOSE[voice])
            if voice == "office" and r.random() < 0.3:
                body = "情况：%s。" % sc
                if dtext:
                    body += "\n特征：%s。" % dtext
                if itext:
                    body += "\n%s。" % itext
                if close:
                    body += "\n" + close
            else:
                pre = ""
                if voice == "port" and r.random() < 0.6:
                    pre = r.choice(["本人集卡司机，", "我是跑码头的司机，", "本人码头理货员，", "我开集卡的，"])
                elif voice == "parent" and r.random() < 0.6:
                    pre = r.choice(["帮孩子登记：", "替小孩登记一下，", "孩子的东西丢了，"])
                elif voice == "elder" and r.random() < 0.7:
                    pre = r.choice(["替家里老人登记：", "帮我妈登记，", "帮我爸登记一下，"])
                elif voice == "student" and r.random() < 0.4:
                    pre = r.choice(["本人澄湾大学学生，", "同学们好，", "澄大大三学生，"])
                elif voice == "traveller" and r.random() < 0.4:
                    pre = r.choice(["本人出差来澄湾，", "我是外地旅客，", ""])
                body = pre + sc
                body += "😭" if voice == "student" and r.random() < 0.3 else "。"
                if dtext:
                    body += r.choice(["", "特征：", "物品特征：", ""]) if voice in ("office", "traveller") else ""
                    body += dtext + "。"
                if itext:
                    body += itext + "。"
                body += close
            if voice == "rider":
                body = ridertext(body, r)
            elif voice == "cantonese":
                body = cantonize(body, r)
            elif sloppy and r.random() < 0.5:
                body = typo(body, r, 1)
    rec["body"] = fit(body)
    for k2 in ("color", "brand", "model", "serial", "marks", "address", "lat", "lon"):
        if k2 in fields:
            rec[k2] = fields[k2]
    return rec


# ---------------------------------------------------------------------------------------
# the finder's registration

ROLE_OPEN = {
    "cleaner": ["保洁员于{when}在{where}清洁时拾得{obj}", "{when}保洁阿姨在{where}打扫时发现{obj}", "{where}保洁{when}捡到{obj}"],
    "security": ["{when}保安巡逻时在{where}发现{obj}，现场无人认领", "{where}保安于{when}拾得{obj}", "{when}安保人员在{where}巡查发现{obj}"],
    "frontdesk": ["{when}有人将{obj}交到{where}前台，称在大堂沙发上捡到", "{where}前台{when}收到{obj}，访客在电梯口捡到的"],
    "canteen": ["{when}食堂工作人员收餐盘时在{where}餐桌上发现{obj}", "{where}工作人员{when}清台时拾得{obj}"],
    "metro": ["{when}列车到达{where}清客时，站务员在车厢座椅上拾得{obj}", "{when}乘客在{where}站台拾得{obj}，交至客服中心", "{where}站务员{when}巡站时拾得{obj}"],
    "airport": ["{when}于{where}拾得旅客遗留{obj}", "{where}工作人员{when}巡查时发现{obj}，无人认领", "{when}航班清舱时在客舱座椅处发现{obj}，转交{where}"],
    "driver": ["网约车司机（车牌{plate}）报称{when}在车内后排发现乘客遗留的{obj}，送至本所", "{plat}司机{when}送完乘客后在后座发现{obj}，车牌{plate}，交来"],
    "passerby": ["市民{name}于{when}在{where}捡到{obj}，交至本所", "{when}一名路过的市民在{where}捡到{obj}送来", "群众{name}{when}在{where}拾得{obj}"],
    "rider": ["外卖骑手{when}送餐路过{where}时在路边捡到{obj}，交来", "{rco}骑手{name}{when}在{where}捡到{obj}"],
    "student": ["{when}同学在{where}捡到{obj}，交到服务台", "{where}{when}有学生捡到{obj}，交到保卫处"],
    "port": ["{when}码头{job}在{where}拾得{obj}", "{where}{job}{when}巡查时发现{obj}"],
    "police": ["{when}巡逻民警在{where}发现{obj}，疑似被盗后弃置", "{when}接群众反映{where}有{obj}长时间无人看管，已拖回所内"],
    "property": ["{when}物业在{where}发现{obj}，长时间无人认领", "{where}物业{when}清理时发现{obj}"],
    "lifeguard": ["{when}浴场救生员在{where}拾得{obj}", "{where}救生员{when}收队前发现{obj}"],
    "shop": ["{when}{where}一家店的老板收摊时发现{obj}，送来", "{where}商户{when}在店门口捡到{obj}"],
    "sanitation": ["环卫工人{when}在{where}清扫时捡到{obj}", "{when}环卫工在{where}路边发现{obj}"],
    "nurse": ["{when}{where}护士站拾得{obj}", "{where}工作人员{when}在候诊区发现{obj}"],
    "busstaff": ["{when}机场大巴到达{where}后司机在车上发现{obj}", "{where}调度员{when}在大巴车上拾得{obj}"],
}
ROLE_BY_KIND = {"airport": [("airport", 5), ("cleaner", 2)], "metro": [("metro", 6), ("passerby", 1)],
                "office": [("security", 3), ("cleaner", 3), ("frontdesk", 2)], "canteen": [("canteen", 4), ("cleaner", 2)],
                "port": [("port", 5), ("security", 2)], "beach": [("cleaner", 2), ("lifeguard", 1), ("passerby", 3)],
                "campus": [("student", 4), ("security", 2), ("cleaner", 2)], "home": [("property", 3), ("passerby", 2)],
                "shop": [("shop", 3), ("passerby", 2), ("cleaner", 1)], "road": [("passerby", 3), ("rider", 2), ("sanitation", 2)],
                "hospital": [("nurse", 2), ("security", 2)], "lpo": [("passerby", 1)]}
PORT_JOBS = ["理货员", "闸口值班员", "调度员", "保安", "龙门吊司机"]
SEE_BRAND = {"phone": 0.8, "electronics": 0.85, "ebike": 0.9, "bicycle": 0.8, "bag": 0.6, "wallet": 0.5,
             "jewelry": 0.4, "keys": 0.85, "other": 0.5, "id_doc": 0.0, "cash": 0.0}
SEE_MODEL = {"phone": 0.3, "electronics": 0.45, "ebike": 0.4, "bicycle": 0.35}


def pick_role(r, pid, cat):
    if cat in ("ebike", "bicycle"):
        return wpick(r, [("police", 4), ("property", 3), ("security", 2)])
    return wpick(r, ROLE_BY_KIND[PL[pid]["kind"]])


def office_name(pid, r):
    if PL[pid]["kind"] == "metro":
        return pname(pid, r, True).replace("（3号线终点）", "") + "客服中心"
    return pname(pid, r)


def write_found(r, T, F, force, en=False):
    cat = F.get("cat") or T["cat"]
    role, level = F["role"], F["level"]
    rec = {"category": cat}
    c_on = T["color"] is not None and (r.random() < 0.93 or "color" in force)
    b_on = T["brand"] is not None and (r.random() < SEE_BRAND[T["cat"]] or "brand" in force)
    m_on = T["model"] is not None and (r.random() < SEE_MODEL.get(T["cat"], 0.2) or "model" in force)
    facts = [f for f in T["facts"] if f["fnd"]]
    if en:
        facts = [f for f in facts if f["en"] and "my " not in f["en"] and "I " not in f["en"]]
    forced_f = [f for f in facts if "f:" + f["id"] in force]
    rest = [f for f in facts if "f:" + f["id"] not in force]
    k = {"full": len(rest), "partial": r.randint(1, 3), "body": r.randint(1, 3), "oneline": r.choice([0, 1])}[level]
    pick = r.sample(rest, min(k, len(rest)))
    chosen = [f for f in T["facts"] if f in forced_f or f in pick]
    ids = [(i, d) for i, d in enumerate(T["ids"]) if ("id%d" % i) in force or r.random() < d["fnd_p"]]
    fields = {}
    pfield = {"full": 0.9, "partial": 0.45, "body": 0.0, "oneline": 0.0}[level]
    if c_on and r.random() < pfield:
        fields["color"] = color_text(T["color"], r, en)
    if b_on and r.random() < pfield:
        fields["brand"] = brand_text(T["brand"], r, "en" if en else "finder")
    if m_on and r.random() < pfield * 0.8:
        fields["model"] = model_text(T["model"], r)
    serial_id = None
    if ids and r.random() < {"full": 0.95, "partial": 0.6, "body": 0.15, "oneline": 0.05}[level]:
        serial_id = ids[0]
        fields["serial"] = id_forms(serial_id[1], r, "fnd")[0]
    if chosen and r.random() < {"full": 0.8, "partial": 0.45, "body": 0.0, "oneline": 0.0}[level]:
        fields["marks"] = r.choice(["；", "，", "。"]).join(alt(f["en"] if en else f["fnd"], r) for f in chosen)
    addr_pid = F["addr"]
    if r.random() < {"full": 0.95, "partial": 0.8, "body": 0.5, "oneline": 0.3}[level]:
        fields["address"] = (office_name(addr_pid, r) if addr_pid == F.get("office") else pname(addr_pid, r, T["cat"] in ("ebike", "bicycle"))) if not en else PL[addr_pid]["en"]
    if r.random() < {"full": 0.7, "partial": 0.45, "body": 0.2, "oneline": 0.05}[level]:
        fields["lat"], fields["lon"] = jitter(PL[addr_pid]["ll"], r, 120)
    c_b = color_text(T["color"], r, en) if c_on and ("color" not in fields or r.random() < 0.6) else None
    b_b = brand_text(T["brand"], r, "en" if en else "finder") if b_on and ("brand" not in fields or r.random() < 0.5) else None
    m_b = model_text(T["model"], r) if m_on and ("model" not in fields or r.random() < 0.4) else None
    body_facts = [f for f in chosen if r.random() < 0.4] if "marks" in fields else chosen
    body_facts = [f for f in body_facts if f in forced_f] + [f for f in body_facts if f not in forced_f]
    det = [alt(f["en"] if en else f["fnd"], r) for f in body_facts]
    if c_b and T["cdet"] and any(f.get("color") for f in body_facts):
        c_b = None
    if c_b and T["cdet"] and not en:
        det.insert(0, T["cdet"][1] % c_b)
        c_b = None
    idt, idt_i = [], []
    for i, d in ids:
        if serial_id and serial_id[0] == i and r.random() < 0.5:
            continue
        idt.append(id_forms(d, r, "fnd", en)[1])
        idt_i.append(i)
    h = holder_fnd(r, T, cat) if not en else None
    if h and (r.random() < (0.9 if cat == "id_doc" else 0.7) or "holder" in force):
        det.insert(0, h)
    where = pname(F["place"], r)
    if T["cat"] in ("ebike", "bicycle") and PL[F["place"]]["kind"] not in ("road", "lpo"):
        where = pname(F["place"], r, True) + r.choice(["楼下", "门口", "附近", "旁边"])
    office = F.get("office")
    if en:
        obj = obj_en(r, T, c_b, b_b, m_b)
        body = "Found a %s at %s on %s %s." % (obj, PL[F["place"]]["en"], en_date(dt_of(F["m"]), r), en_clock(dt_of(F["m"])))
        if det:
            body += " " + ", ".join(det).capitalize() + "."
        if idt:
            it = ", ".join(idt)
            body += " " + it[0].upper() + it[1:] + "."
        body += " " + r.choice(["Handed it to the front desk.", "Left it with building security.", "Brought it to the police station."])
        rec["body"] = fit(body)
    else:
        noun = r.choice(F["nouns"]) if F.get("nouns") else None
        obj = obj_zh(r, T, "fnd", c_b, b_b, m_b, noun)
        when = found_when_zh(F["m"], r, role not in ("passerby", "rider", "student"))
        if level == "oneline":
            body = r.choice(["%s拾得%s", "%s捡到%s", "在%s发现%s"]) % (where, obj)
            if det:
                body += "，" + det[0]
            if idt:
                body += "，" + idt[0]
            for j, i in enumerate(idt_i):
                if j > 0 and ("id%d" % i) in force and not (serial_id and serial_id[0] == i):
                    body += "，" + idt[j]
            if r.random() < 0.5:
                body = found_when_zh(F["m"], r, False) + body
        elif role in ("security", "airport", "metro", "port", "property", "police", "cleaner") and r.random() < 0.3:
            lines = ["拾得物品：%s" % obj, "拾得时间：%s" % when, "拾得地点：%s" % where]
            if det or idt:
                lines.append("物品特征：%s" % "；".join(det + idt))
            if office:
                lines.append("保管：%s" % office_name(office, r))
            body = "\n".join(lines)
        else:
            tpl = r.choice(ROLE_OPEN[role])
            nm = make_person(r)["name"]
            body = tpl.format(when=when, where=where, obj=obj, plate=F.get("plate") or car_plate(r),
                              plat=F.get("platform") or r.choice(PLATFORMS), name=nm[0] + r.choice(["先生", "女士", "某"]),
                              rco=r.choice(RIDER_CO), job=r.choice(PORT_JOBS))
            body += "。"
            if det:
                body += r.choice(["", "特征：", "物品情况：", "经查看，"]) + "，".join(det) + "。"
            if idt:
                body += "，".join(idt) + "。"
            if office and office != F["place"]:
                body += r.choice(["现存放于%s。", "已交%s保管。", "已送至%s。"]) % office_name(office, r)
            else:
                body += r.choice(["待失主认领。", "", "已登记保管。", "请失主携有效证件认领。"])
        rec["body"] = fit(body)
    for k2 in ("color", "brand", "model", "serial", "marks", "address", "lat", "lon"):
        if k2 in fields:
            rec[k2] = fields[k2]
    return rec


# ---------------------------------------------------------------------------------------
# planning the lost reports (hidden truth: object, place, time, who writes)

ZONE_W = {
    "phone": [("air", 1), ("metro", 2), ("tech", 3), ("port", 1), ("sea", 2), ("uni", 2), ("town", 2), ("old", 0.5)],
    "id_doc": [("air", 2), ("metro", 1), ("tech", 1), ("port", 2), ("sea", 1), ("uni", 2), ("town", 2)],
    "wallet": [("air", 1), ("metro", 2), ("tech", 2), ("port", 1), ("sea", 2), ("uni", 1), ("town", 2), ("old", 1)],
    "keys": [("tech", 2), ("sea", 1), ("uni", 2), ("town", 3), ("port", 1)],
    "ebike": [("tech", 2), ("town", 4), ("uni", 1), ("port", 1), ("old", 1)],
    "bicycle": [("uni", 4), ("town", 2), ("sea", 1)],
    "bag": [("air", 3), ("metro", 2), ("tech", 2), ("port", 1), ("sea", 1), ("uni", 1), ("town", 1)],
    "cash": [("town", 2), ("port", 1), ("old", 2), ("sea", 1), ("metro", 1)],
    "jewelry": [("sea", 3), ("town", 2), ("old", 1), ("air", 1), ("tech", 1)],
    "electronics": [("air", 2), ("metro", 2), ("tech", 3), ("uni", 2), ("sea", 1), ("port", 1)],
    "other": [("sea", 2), ("metro", 1), ("air", 1), ("town", 2), ("port", 1), ("uni", 1)],
}
VOICE_W = {
    "air": [("traveller", 5), ("office", 2), ("parent", 1.5), ("resident", 1)],
    "metro": [("office", 4), ("student", 2), ("resident", 2), ("cantonese", 1.5), ("elder", 1), ("rider", 0.5)],
    "tech": [("office", 6), ("mixed", 2.5), ("rider", 1)],
    "port": [("port", 7), ("rider", 1), ("office", 1)],
    "sea": [("resident", 3), ("parent", 2.5), ("cantonese", 1.2), ("student", 1), ("traveller", 1), ("elder", 1)],
    "uni": [("student", 7), ("parent", 1.5), ("resident", 0.5)],
    "town": [("resident", 4), ("elder", 1.5), ("parent", 1.5), ("cantonese", 1), ("rider", 1.5), ("office", 1)],
    "old": [("cantonese", 2.2), ("elder", 2), ("resident", 2.5)],
}
EN_CATS = ["phone", "electronics", "bag", "wallet", "keys"]
HOURS = {"office": (8, 22), "canteen": (11, 20), "metro": (7, 23), "airport": (6, 23), "beach": (6, 23),
         "campus": (8, 23), "home": (7, 23), "shop": (9, 24), "road": (7, 23), "hospital": (8, 18),
         "port": (0, 24), "lpo": (9, 17)}


def foreign_person(r):
    n = r.choice(FOREIGN)
    return {"name": n, "g": r.choice(["m", "f"]), "ini": "".join(w[0] for w in n.split()), "foreign": True}


def pick_ctx(r, cat, zone):
    if cat == "ebike":
        return wpick(r, [("stolen", 6), ("static", 2.5), ("typhoon", 1.5)])
    if cat == "bicycle":
        return wpick(r, [("stolen", 7), ("static", 3)])
    if zone == "metro":
        return wpick(r, [("metro", 8), ("static", 2)])
    if zone == "air":
        w = [("static", 5), ("bus", 1)]
        if cat in ("bag", "electronics", "other", "id_doc", "phone"):
            w.append(("flight", 3))
        return wpick(r, w)
    w = [("static", 7), ("typhoon", 1.3)]
    if zone not in ("port",):
        w.append(("ride", 1.2))
    if cat in ("phone", "wallet", "keys", "cash", "id_doc", "jewelry"):
        w.append(("route", 1))
    return wpick(r, w)


def plan_time(r, L):
    kind = PL[L["place"]]["kind"]
    if L["ctx"] == "typhoon":
        day = TYPHOON_DAY
        mod = r.randint(9 * 60, 17 * 60 + 30)
    else:
        if r.random() < 0.05:
            days = r.randint(36, 100)
        else:
            days = min(int(r.expovariate(1 / 7.0)), 34)
        lo, hi = HOURS[kind]
        mod = r.randint(lo * 60, hi * 60 - 1)
        day = NOW.date() - datetime.timedelta(days=days)
    dt = datetime.datetime.combine(day, datetime.time(0, 0)) + datetime.timedelta(minutes=mod)
    while dt > NOW - datetime.timedelta(minutes=90):
        dt -= datetime.timedelta(days=1)
    t = min_of(dt)
    if L["ctx"] == "stolen":
        before, after = r.randint(60, 13 * 60), r.randint(20, 10 * 60)
    elif L["ctx"] == "flight":
        before, after = r.randint(60, 240), r.randint(10, 90)
    elif L["ctx"] in ("metro", "ride", "bus", "route"):
        before, after = r.randint(5, 60), r.randint(5, 90)
    else:
        x = r.random()
        if x < 0.45:
            before, after = r.randint(5, 35), r.randint(5, 40)
        elif x < 0.82:
            before, after = r.randint(30, 200), r.randint(20, 180)
        else:
            before, after = r.randint(180, 1500), r.randint(60, 1400)
    lf = t + before
    if L["ctx"] == "stolen" and dt_of(lf).hour < 6:
        lf += dt_of(lf).hour * 60 + dt_of(lf).minute + r.randint(60, 240)
    lf = min(MAX_MIN, ((lf + 9) // 10) * 10)
    lt = max(0, ((t - after) // 10) * 10)
    L["t"], L["lf"], L["lt"] = t, lf, lt


def plan_lost(r):
    slots = []
    for c, n in CAT_COUNTS:
        slots += [c] * n
    tn = {c: int(round(n * FOUND_RATE[c])) for c, n in CAT_COUNTS}
    diff = N_TRUE - sum(tn.values())
    order = [c for c, n in sorted(CAT_COUNTS, key=lambda x: (-x[1], x[0]))]
    i = 0
    while diff != 0:
        c = order[i % len(order)]
        tn[c] += 1 if diff > 0 else -1
        diff += -1 if diff > 0 else 1
        i += 1
    has = []
    for c, n in CAT_COUNTS:
        flags = [True] * tn[c] + [False] * (n - tn[c])
        r.shuffle(flags)
        has += flags
    en_slots = r.sample([i for i, c in enumerate(slots) if c in EN_CATS], N_ENGLISH_LOST)
    out = []
    for i, cat in enumerate(slots):
        english = i in en_slots
        zone = wpick(r, [("tech", 4), ("air", 3), ("metro", 1), ("sea", 1)]) if english else wpick(r, ZONE_W[cat])
        ctx = pick_ctx(r, cat, zone)
        L = {"slot": i, "cat": cat, "zone": zone, "ctx": ctx, "has_truth": has[i]}
        if ctx == "metro":
            a, b = r.sample(METRO_LINE, 2)
            L["place"], L["place2"] = a, b
        elif ctx == "flight":
            L["place"] = "air_t2arr"
            L["flight"] = "CW%d" % r.randint(1100, 8899)
            L["city"] = r.choice(FLIGHTS_FROM)
        elif ctx == "bus":
            L["place"], L["place2"] = "air_bus", r.choice(["h_bus", "m_lczx", "t_gate", "u_gate"])
        else:
            cands = [p for p in ZONE_PLACES[zone] if not (cat in ("ebike", "bicycle") and PL[p]["kind"] in ("metro", "airport"))]
            L["place"] = r.choice(cands)
            if ctx == "route":
                L["place2"] = r.choice(near_places(L["place"], 2.0) or [L["place"]])
            elif ctx == "ride":
                others = [p for p in PIDS if PL[p]["kind"] not in ("lpo", "metro") and PL[p]["zone"] != zone]
                L["place2"] = r.choice(others)
                L["platform"] = r.choice(PLATFORMS)
                L["plate"] = car_plate(r)
                L["own_plate"] = r.random() < 0.45
        if english:
            voice = "en"
        else:
            w = list(VOICE_W[zone])
            if cat == "ebike":
                w.append(("rider", 6))
            voice = wpick(r, w)
            if voice == "en" or (voice == "parent" and cat in ("ebike", "bicycle", "cash")):
                voice = "resident"
        o = foreign_person(r) if english else make_person(r, cant=voice == "cantonese")
        T = GEN[cat](r, o, zone)
        T["owner"] = o
        L["T"], L["voice"] = T, voice
        plan_time(r, L)
        L["level"] = lvl_pick(r, voice)
        out.append(L)
    return out


def daylight(m, r, later=True):
    """Nobody registers a find at 3 a.m. outside the port: move it into the morning."""
    dt = dt_of(m)
    if dt.hour >= 6:
        return m
    if later:
        m2 = m - ((6 - dt.hour) * 60 - dt.minute + r.randint(20, 150))
        return m2 if m2 >= 0 else m
    return m + (dt.hour * 60 + dt.minute + r.randint(30, 180))


def found_level(r):
    return wpick(r, [("full", 35), ("partial", 35), ("body", 20), ("oneline", 10)])


def plan_found_true(r, L):
    ctx, A, B = L["ctx"], L["place"], L.get("place2")
    t = L["t"]
    cat = L["cat"]
    F = {"ctx": ctx, "office": None}
    if ctx in ("static", "typhoon"):
        x = r.random()
        fp = A if x < 0.5 else r.choice(near_places(A, 1.2) or [A])
        if PL[fp]["kind"] == "metro":
            fp = A
        if x > 0.8 or r.random() < 0.2:
            F["office"] = LPO_OF[PL[fp]["zone"]]
        if ctx == "typhoon":
            delay = r.randint(8 * 60, 40 * 60)
        else:
            delay = r.choice([r.randint(5, 60), r.randint(20, 240), r.randint(120, 1440), r.randint(600, 4000)])
        if cat in ("ebike", "bicycle"):
            delay = r.randint(600, 6 * 1440)
    elif ctx == "metro":
        term = "m_lczx" if METRO_LINE.index(B) > METRO_LINE.index(A) else "m_air"
        x = r.random()
        fp = term if x < 0.6 else (B if x < 0.85 else r.choice(METRO_LINE))
        F["office"] = fp
        delay = r.randint(10, 150)
    elif ctx == "ride":
        x = r.random()
        fp = B if x < 0.35 else ("h_station" if x < 0.75 else r.choice([p for p in PIDS if PL[p]["kind"] in ("road", "home")]))
        F["office"] = "h_station" if r.random() < 0.6 else None
        F["plate"], F["platform"] = L["plate"], L["platform"]
        delay = r.randint(20, 900)
    elif ctx == "route":
        fp = r.choice([A, B] + near_places(A, 1.0))
        F["office"] = LPO_OF[PL[fp]["zone"]] if r.random() < 0.3 else None
        delay = r.randint(10, 600)
    elif ctx == "flight":
        fp = r.choice(["air_t2arr", "air_t2arr", "air_t2dep"])
        F["office"] = "air_lpo"
        delay = r.randint(20, 300)
    elif ctx == "bus":
        fp = r.choice([B, "air_bus"])
        F["office"] = LPO_OF[PL[fp]["zone"]] if r.random() < 0.5 else None
        delay = r.randint(30, 300)
    else:  # stolen
        if r.random() < 0.55:
            fs = [p for p in far_places(A, 2.0) if km(PL[A]["ll"], PL[p]["ll"]) <= 9 and PL[p]["kind"] not in ("metro", "airport")]
            fp = r.choice(fs or [A])
            delay = r.randint(1440, 15 * 1440)
        else:
            fp = r.choice(near_places(A, 1.2) or [A])
            if PL[fp]["kind"] in ("metro", "airport"):
                fp = A
            delay = r.randint(300, 3 * 1440)
        F["office"] = LPO_OF[PL[fp]["zone"]] if r.random() < 0.4 else None
    F["place"] = fp
    F["m"] = t - delay if t - delay >= 0 else r.randint(0, t)
    if PL[fp]["kind"] != "port":
        F["m"] = daylight(F["m"], r)
    F["role"] = "driver" if ctx == "ride" and (fp == "h_station" or r.random() < 0.8) else ("busstaff" if ctx == "bus" else pick_role(r, fp, cat))
    if ctx == "flight":
        F["role"] = "airport"
    F["addr"] = F["office"] if F["office"] and r.random() < 0.55 else fp
    F["level"] = found_level(r)
    return F


# ---------------------------------------------------------------------------------------
# hard negatives

def twin_options(T):
    opts = []
    if T["color"] and T["cat"] not in ("id_doc", "cash") and not any(f.get("color") for f in T["facts"]) \
            and T["sub"] not in ("jsz",):
        opts.append("color")
    if T["brand"] and T["bgroup"] and len(BR[T["bgroup"]]) > 1:
        opts.append("brand")
    for i, d in enumerate(T["ids"]):
        if d["own_p"] > 0 and d["fnd_p"] > 0 and d["kind"] not in ("locker",):
            opts.append("id%d" % i)
    for f in T["facts"]:
        if f["twin"] and f["pool"] and len(f["pool"]) > 1 and f["own"] and f["fnd"]:
            opts.append("f:" + f["id"])
    return opts


def regen_id(r, d, T):
    k = d["kind"]
    d = dict(d)
    if k == "imei":
        d["value"] = make_imei(r)
    elif k == "idnum":
        g = "m" if int(d["value"][16]) % 2 else "f"
        d["value"] = make_idnum(r, g)
    elif k == "card":
        d["value"] = digits(r, 4)
    elif k == "student":
        d["value"] = d["value"][:4] + digits(r, 6)
    elif k == "pass":
        d["value"] = d["value"][:6] + digits(r, 5)
    elif k in ("passport", "hkmo"):
        d["value"] = d["value"][0] + digits(r, 8)
    elif k == "emp":
        d["value"] = d["value"][:2] + digits(r, 5)
    elif k == "plate":
        d["value"] = ebike_plate(r)
    elif k == "frame":
        d["value"] = d["value"][:7] + digits(r, len(d["value"]) - 7)
    elif k == "sn":
        d["value"] = alnum(r, len(d["value"]))
    elif k == "tag":
        d["value"] = "CW" + digits(r, 6)
    elif k == "helmet":
        d["value"] = "QG-%s" % digits(r, 4)
    return d


def make_twin(r, T, diff):
    T2 = copy.deepcopy(T)
    o = T["owner"]
    # a twin keeps the look of the object; other identifying things of the owner are absent
    keep_ids = []
    for i, d in enumerate(T2["ids"]):
        if "id%d" % i == diff:
            keep_ids.append(regen_id(r, d, T2))
    T2["ids"] = keep_ids
    if T2["cat"] != "id_doc":
        T2["facts"] = [f for f in T2["facts"] if not (o["name"] in (f["own"] or "") + (f["fnd"] or "")
                                                      or o["ini"] in (f["own"] or "") + (f["fnd"] or ""))]
        T2["holder"] = None
    new_diff = diff
    if diff == "color":
        T2["color"] = r.choice(FAR_COLOR[T["color"]])
    elif diff == "brand":
        others = [b for b in BR[T["bgroup"]] if b["zh"] != T["brand"]["zh"]]
        T2["brand"] = r.choice(others)
        if T["model"]:
            T2["model"] = r.choice(T2["brand"]["models"]) if T2["brand"]["models"] else None
    elif diff.startswith("id"):
        new_diff = "id0"
    else:
        fid = diff[2:]
        for j, f in enumerate(T2["facts"]):
            if f["id"] == fid:
                nf = pfact(r, fid, f["pool"], f["ctx"], exclude=f["idx"])
                if nf.get("color") is not None:
                    T2["color"] = nf["color"]
                T2["facts"][j] = nf
    return T2, new_diff


def bike_ok(pid, cat):
    return cat not in ("ebike", "bicycle") or PL[pid]["kind"] not in ("metro", "airport", "lpo")


def neg_place_time(r, kind, A, L):
    """-> (place, found_at_min)"""
    cat = L["cat"]
    if kind == "twin":
        fp = A if r.random() < 0.5 else r.choice([p for p in near_places(A, 1.2) if bike_ok(p, cat)] or [A])
        lo = max(0, L["lt"] - 2 * 1440)
        hi = max(lo, L["lf"] - 5)
        return fp, r.randint(lo, hi)
    if kind == "same_category_colour":
        zone = PL[A]["zone"]
        fp = A if r.random() < 0.3 else r.choice([p for p in ZONE_PLACES[zone] if bike_ok(p, cat)] or [A])
        if r.random() < 0.75:
            lo = max(0, L["lt"] - 3 * 1440)
            return fp, r.randint(lo, max(lo, L["lf"] - 5))
        return fp, r.randint(0, max(0, L["lf"] - 5))
    if kind == "found_before_loss":
        fp = A if r.random() < 0.5 else r.choice([p for p in near_places(A, 1.2) if bike_ok(p, cat)] or [A])
        delta = r.choice([r.randint(30, 240), r.randint(240, 1440), r.randint(1440, 5 * 1440)])
        return fp, min(MAX_MIN, L["lf"] + delta)
    if kind == "same_brand_later_far":
        fs = [p for p in far_places(A, 3.0) if bike_ok(p, cat)]
        fp = r.choice(fs)
        delta = r.randint(2 * 1440 + 30, min(12 * 1440, L["lt"]))
        return fp, L["lt"] - delta
    raise ValueError(kind)


def anchor_ok(kind, L):
    T = L["T"]
    if kind == "twin":
        return bool(twin_options(T)) and L["voice"] != "en"
    if kind == "same_category_colour":
        return T["color"] is not None
    if kind == "found_before_loss":
        return L["lf"] + 30 < MAX_MIN and L["ctx"] not in ("ride", "flight", "bus")
    if kind == "same_brand_later_far":
        return T["brand"] is not None and L["lt"] >= 2 * 1440 + 60 and T["bgroup"] is not None
    return True


def plan_negatives(r, lost):
    negs = []
    used = []
    for kind, n in NEG_PLAN:
        for j in range(n):
            if kind == "unclaimed":
                cat = wpick(r, [(c, w) for c, w in CAT_COUNTS])
                zone = wpick(r, ZONE_W[cat])
                o = make_person(r)
                T = GEN[cat](r, o, zone)
                T["owner"] = o
                fp = r.choice([p for p in ZONE_PLACES[zone] if not (cat in ("ebike", "bicycle") and PL[p]["kind"] in ("metro", "airport"))])
                m = daylight(r.randint(20, 45 * 1440), r)
                negs.append({"kind": kind, "anchor": None, "T": T, "place": fp, "m": m, "diff": None})
                continue
            want_truth = (j % 2 == 0)
            cands = [k for k, L in enumerate(lost) if k not in used and L["has_truth"] == want_truth and anchor_ok(kind, L)]
            if not cands:
                cands = [k for k, L in enumerate(lost) if k not in used and anchor_ok(kind, L)]
            a = r.choice(cands)
            used.append(a)
            L = lost[a]
            TA = L["T"]
            A = L["place"] if L["ctx"] != "metro" else L["place2"]
            diff = None
            if kind == "twin":
                opts = twin_options(TA)
                diff = r.choice(opts)
                T, fdiff = make_twin(r, TA, diff)
                L.setdefault("force", []).append(diff)
                L["twin_diff"] = diff
            else:
                o = make_person(r)
                for _ in range(12):
                    if kind == "same_category_colour":
                        T = GEN[TA["cat"]](r, o, L["zone"], color=TA["color"], sub=TA["sub"] if r.random() < 0.6 else None)
                        if T["color"] != TA["color"]:
                            continue
                        if TA["brand"] is None or T["brand"] is None or T["brand"]["zh"] != TA["brand"]["zh"]:
                            break
                    elif kind == "found_before_loss":
                        T = GEN[TA["cat"]](r, o, L["zone"], brand=TA["brand"], color=TA["color"], sub=TA["sub"],
                                           model=TA["model"] if r.random() < 0.5 else None)
                        break
                    else:
                        T = GEN[TA["cat"]](r, o, L["zone"], brand=TA["brand"], sub=TA["sub"],
                                           color=TA["color"] if r.random() < 0.5 else None)
                        break
                T["owner"] = o
                fdiff = None
            fp, m = neg_place_time(r, kind, A, L)
            if PL[fp]["kind"] != "port":
                m = daylight(m, r, later=kind != "found_before_loss")
            negs.append({"kind": kind, "anchor": a, "T": T, "place": fp, "m": m, "diff": fdiff, "adiff": diff})
    return negs


def neg_found_event(r, N):
    fp = N["place"]
    F = {"ctx": "static", "place": fp, "m": N["m"], "office": None}
    if r.random() < 0.3 or PL[fp]["kind"] == "metro":
        F["office"] = fp if PL[fp]["kind"] == "metro" else LPO_OF[PL[fp]["zone"]]
    F["role"] = pick_role(r, fp, N["T"]["cat"])
    F["addr"] = F["office"] if F["office"] and r.random() < 0.5 else fp
    F["level"] = found_level(r)
    return F


# ---------------------------------------------------------------------------------------
# assembly

CROSS_NOUNS = {("wallet", "id_doc"): ["身份证（装于卡包内）", "身份证及卡包", "卡包（内有身份证）"],
               ("id_doc", "other"): ["工牌", "工作牌", "员工工牌"],
               ("electronics", "other"): ["耳机", "耳机盒", "无线耳机"]}
FIELD_ORDER_L = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
                 "lost_from_min", "lost_to_min", "truth"]
FIELD_ORDER_F = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
                 "found_at_min", "negative"]


def ordered(d, order):
    return {k: d[k] for k in order if k in d}


def build():
    r = random.Random(SEED)
    lost = plan_lost(r)
    negs = plan_negatives(r, lost)
    # cross-category pairs: the finder files the object under another category
    cross = [k for k, L in enumerate(lost) if L["has_truth"] and L["T"]["alt_cat"]
             and (L["cat"], L["T"]["alt_cat"]) in CROSS_NOUNS]
    cross = r.sample(cross, min(N_CROSS, len(cross)))
    # found events of the true items
    for L in lost:
        if L["has_truth"]:
            L["F"] = plan_found_true(r, L)
    # pick the two English-speaking finders among the unclaimed items in the science park / airport
    en_found = [i for i, N in enumerate(negs) if N["kind"] == "unclaimed"][:N_ENGLISH_FOUND]
    # write
    lost_recs = []
    for k, L in enumerate(lost):
        force = list(L.get("force", []))
        rec = write_lost(r, L, force)
        rec["lost_from_min"], rec["lost_to_min"] = L["lf"], L["lt"]
        lost_recs.append(rec)
    found_recs = []  # (rec, meta)
    for k, L in enumerate(lost):
        if not L["has_truth"]:
            continue
        F = L["F"]
        if k in cross:
            F["cat"] = L["T"]["alt_cat"]
            F["nouns"] = CROSS_NOUNS[(L["cat"], F["cat"])]
        rec = write_found(r, L["T"], F, list(L.get("force", [])))
        rec["found_at_min"] = F["m"]
        found_recs.append((rec, {"truth_of": k, "place": F["place"]}))
    for i, N in enumerate(negs):
        F = neg_found_event(r, N)
        force = [N["diff"]] if N.get("diff") else []
        rec = write_found(r, N["T"], F, force, en=i in en_found)
        rec["found_at_min"] = N["m"]
        rec["negative"] = N["kind"]
        found_recs.append((rec, {"neg": i, "place": N["place"]}))
    # shuffle and key
    lo = list(range(len(lost_recs)))
    r.shuffle(lo)
    lkey = {}
    for n, k in enumerate(lo):
        lkey[k] = "%s-L%04d" % (PFX, n + 1)
    fo = list(range(len(found_recs)))
    r.shuffle(fo)
    fkey = {}
    for n, j in enumerate(fo):
        fkey[j] = "%s-F%04d" % (PFX, n + 1)
    truth_found = {}
    for j, (rec, meta) in enumerate(found_recs):
        if "truth_of" in meta:
            truth_found[meta["truth_of"]] = j
    lost_out = []
    for k in lo:
        rec = dict(lost_recs[k])
        rec["key"] = lkey[k]
        rec["truth"] = fkey[truth_found[k]] if k in truth_found else None
        lost_out.append(ordered(rec, FIELD_ORDER_L))
    found_out = []
    for j in fo:
        rec = dict(found_recs[j][0])
        rec["key"] = fkey[j]
        found_out.append(ordered(rec, FIELD_ORDER_F))
    data = {"seed": SEED, "made_by": MADE_BY, "parts": {"set64": {"found": found_out, "lost": lost_out}}}
    meta = {"negatives": {}, "lost": {}, "found": {}}
    for j, (rec, m) in enumerate(found_recs):
        meta["found"][fkey[j]] = {"place": m["place"], "ll": PL[m["place"]]["ll"]}
        if "neg" in m:
            N = negs[m["neg"]]
            meta["negatives"][fkey[j]] = {"kind": N["kind"],
                                          "anchor": lkey[N["anchor"]] if N["anchor"] is not None else None,
                                          "diff": N.get("adiff")}
    for k, L in enumerate(lost):
        meta["lost"][lkey[k]] = {"place": L["place"], "place2": L.get("place2"), "ctx": L["ctx"], "voice": L["voice"],
                                 "level": L["level"], "ll": PL[L["place"] if L["ctx"] != "metro" else L["place2"]]["ll"],
                                 "sub": L["T"]["sub"], "cross": k in cross}
    return data, meta


def dump(data):
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main(argv):
    out = OUT
    if len(argv) >= 3 and argv[1] == "--out":
        out = argv[2]
    data, meta = build()
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(dump(data))
    part = data["parts"]["set64"]
    print("wrote %s: %d lost (%d with a true found item), %d found" % (
        out, len(part["lost"]), sum(1 for x in part["lost"] if x["truth"]), len(part["found"])))


if __name__ == "__main__":
    main(sys.argv)
