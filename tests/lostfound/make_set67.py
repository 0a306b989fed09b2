#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes tests/lostfound/set67.json: blind labelled set 67 (铁峪市, January, -20°C).

    python3 tests/lostfound/make_set67.py [OUTPUT]

Standard library only.  One random.Random(SEED) drives everything; nothing is drawn
from a set or from hash order, so the output is byte-identical on every run and under
any PYTHONHASHSEED.

How the set is made: for every object a hidden truth record is drawn first (what it
is, brand, model, colour, serial, visible marks, things only the owner knows, where
and when it really went missing).  The owner's lost report and the finder's found
registration are then written separately from that record, each in its own voice
and each knowing only what that person could know.  Hard negatives are new objects
derived from a lost report's truth (a twin that differs in a written detail or a
serial, a look-alike found before the loss began, a same-brand item far away at
another time) plus unclaimed items that nobody reported.

All times are minutes before one common reference moment T0 (the moment the whole
set is registered), so found_at_min <= lost_from_min means "found after the loss
window began".

SET67_AUDIT=N prints the honesty audit (written contradictions in true pairs, what
separates each negative from its target, and the N other found/lost pairs with the most
agreement and nothing written against them); SET67_DEBUG=path writes which lost report
each derived negative was made from.  Neither changes set67.json.
"""
import collections
import copy
import datetime as dt
import json
import math
import os
import sys
import random

SEED = 6767
PFX = "S67"
PART = "set67"
MADE_BY = "tests/lostfound/make_set67.py"
T0 = dt.datetime(2025, 1, 27, 21, 0)   # reference moment (两天后是除夕)
MAXMIN = 172800

R = random.Random(SEED)


# ----------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------
def ch(seq):
    return R.choice(seq)


def p(x):
    return R.random() < x


def ri(a, b):
    return R.randint(a, b)


def wch(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def mins_before(t):
    return int((T0 - t).total_seconds() // 60)


def clause_join(parts, sep="，", end="。"):
    parts = [x.strip("，。 ") for x in parts if x and x.strip("，。 ")]
    if not parts:
        return ""
    return sep.join(parts) + end


def en_join(parts):
    parts = [x.strip(" .,") for x in parts if x and x.strip(" .,")]
    if not parts:
        return ""
    s = ", ".join(parts)
    return s[0].upper() + s[1:] + "."


CN_DIG = "零一二三四五六七八九"


def cn_small(n):
    """Chinese numerals for 0..9999 (spoken style)."""
    if n < 10:
        return CN_DIG[n]
    if n < 20:
        return "十" + (CN_DIG[n % 10] if n % 10 else "")
    out = ""
    units = [(1000, "千"), (100, "百"), (10, "十")]
    zero = False
    for u, w in units:
        d = n // u
        n %= u
        if d:
            if zero:
                out += "零"
                zero = False
            out += ("两" if (d == 2 and u >= 1000) else CN_DIG[d]) + w
        elif out:
            zero = True
    if n:
        if zero:
            out += "零"
        out += CN_DIG[n]
    return out


def amount_owner(n):
    """How an owner remembers a cash amount (never contradicts the counted amount)."""
    r = R.random()
    if r < 0.3:
        return "%d元" % n
    if r < 0.5:
        return "%d块钱" % n
    if n >= 1000:
        th = n // 1000
        hu = (n % 1000) // 100
        if r < 0.75 and hu:
            return "%s千%s左右" % (cn_small(th) if th != 2 else "两", CN_DIG[hu])
        return "%s千多块" % (cn_small(th) if th != 2 else "两")
    if n >= 100:
        hu = n // 100
        return "%s百多块" % (cn_small(hu) if hu != 2 else "两")
    return "几十块钱"


# ----------------------------------------------------------------------------------
# numbers: IMEI (Luhn), GB 11643 ID numbers, tails
# ----------------------------------------------------------------------------------
def luhn_check_digit(body):
    s = 0
    for i, d in enumerate(reversed(body)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return str((10 - s % 10) % 10)


def make_imei():
    body = "86" + "".join(str(ri(0, 9)) for _ in range(12))
    return body + luhn_check_digit(body)


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, ID_W)) % 11]


HOMES = [  # invented places of origin: (ID region prefix, address)
    ("239102", "黑龙江省铁峪市北关区"), ("239105", "黑龙江省铁峪市河东区"),
    ("239121", "黑龙江省铁峪市青岭县"), ("229314", "吉林省松岭县"),
    ("419627", "河南省宁丘县"), ("379418", "山东省临河县"),
    ("519733", "四川省云溪县"), ("219512", "辽宁省北沟县"),
    ("159208", "内蒙古自治区白岭旗"), ("139716", "河北省清泉县"),
    ("349305", "安徽省柳营县"), ("429811", "湖北省石门岗县"),
]


def make_id(male, year_range=(1955, 2005), home=None):
    if home is None:
        home = ch(HOMES)
    y = ri(*year_range)
    b = dt.date(y, 1, 1) + dt.timedelta(days=ri(0, 364))
    seq = ri(0, 99)
    g = ch([1, 3, 5, 7, 9]) if male else ch([0, 2, 4, 6, 8])
    s17 = "%s%04d%02d%02d%02d%d" % (home[0], b.year, b.month, b.day, seq, g)
    return s17 + id_check(s17), home, b


SURNAMES = list("王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方白邹孟熊秦邱江尹薛闫段雷侯史陶贺顾毛郝龚邵万严武戴孔汤")
GIVEN_M = list("伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆亮成志国东海峰文博")
GIVEN_F = list("芳娜敏静丽艳娟霞燕玲婷慧莹雪琳晶欣颖倩月秀英兰萍红梅丹洁佳悦")


def cn_name(male):
    s = ch(SURNAMES)
    pool = GIVEN_M if male else GIVEN_F
    if p(0.25):
        return s + ch(pool)
    return s + ch(pool) + ch(pool)


def name_variant(name, male):
    """Same surname, one given-name character changed: a different person."""
    pool = GIVEN_M if male else GIVEN_F
    while True:
        n2 = name[:-1] + ch(pool)
        if n2 != name:
            return n2


FOREIGN = [  # (nationality zh, en, given names, surnames, passport colour)
    ("俄罗斯", "Russia", ["Anna", "Olga", "Mikhail", "Dmitri", "Irina", "Pavel"],
     ["Volkonskaya", "Belova", "Sorokin", "Zarudny", "Levitskaya", "Orlin"], "winered"),
    ("韩国", "Korea", ["Ji-woo", "Min-jun", "Seo-yeon", "Hyun-woo"],
     ["Bae", "Yoon", "Seong", "Hwang"], "navy"),
    ("德国", "Germany", ["Jonas", "Lena", "Elise", "Moritz"],
     ["Haller", "Brenning", "Vogtland", "Kessler"], "winered"),
    ("芬兰", "Finland", ["Aino", "Eero", "Sanni", "Veikko"],
     ["Lindqvist", "Korvela", "Saarimaa", "Hietala"], "winered"),
    ("加拿大", "Canada", ["Megan", "Liam", "Chloe", "Owen"],
     ["Whitlock", "Marchand", "Ostrander", "Bellweather"], "navy"),
]


def d4():
    return "%04d" % ri(0, 9999)


def diff_tail(tail):
    while True:
        t = d4()
        if t != tail and sum(a != b for a, b in zip(t, tail)) >= 2:
            return t


# ----------------------------------------------------------------------------------
# colours and brands
# ----------------------------------------------------------------------------------
COLORS = {
    "black": dict(o=["黑色", "黑色", "黑的", "纯黑色"], f=["黑色", "黑色", "黑", "深色"], en="black"),
    "white": dict(o=["白色", "白的", "米白色", "乳白色"], f=["白色", "白色", "米白色", "浅色"], en="white"),
    "red": dict(o=["红色", "大红色", "红的"], f=["红色", "红色", "大红色"], en="red"),
    "winered": dict(o=["酒红色", "枣红色", "暗红色"], f=["酒红色", "深红色", "枣红色"], en="burgundy"),
    "navy": dict(o=["藏青色", "深蓝色", "藏蓝色"], f=["深蓝色", "深蓝色", "藏青色"], en="navy"),
    "blue": dict(o=["蓝色", "宝蓝色", "蓝的"], f=["蓝色", "蓝色", "亮蓝色"], en="blue"),
    "gray": dict(o=["灰色", "深灰色", "铁灰色"], f=["灰色", "深灰色", "灰"], en="grey"),
    "silver": dict(o=["银色", "银白色"], f=["银色", "银灰色", "银白色"], en="silver"),
    "gold": dict(o=["金色", "香槟金"], f=["金色", "金黄色"], en="gold"),
    "pink": dict(o=["粉色", "粉红色", "粉的"], f=["粉色", "粉红色"], en="pink"),
    "green": dict(o=["军绿色", "墨绿色", "绿色"], f=["绿色", "军绿色", "深绿色"], en="green"),
    "brown": dict(o=["棕色", "咖啡色", "棕的"], f=["棕色", "咖啡色", "褐色"], en="brown"),
    "camel": dict(o=["驼色", "卡其色"], f=["卡其色", "浅棕色", "驼色"], en="camel"),
    "purple": dict(o=["紫色", "香芋紫"], f=["紫色", "浅紫色"], en="purple"),
    "yellow": dict(o=["黄色", "姜黄色"], f=["黄色", "土黄色"], en="yellow"),
    "orange": dict(o=["橙色", "橘色"], f=["橙色", "橘黄色"], en="orange"),
    "jadegreen": dict(o=["绿色", "淡绿色", "翠绿色"], f=["绿色", "浅绿色", "翠绿色"], en="green"),
    "darkgray": dict(o=["深空灰", "钛灰色", "深灰色"], f=["黑色", "深灰色", "深色"], en="space grey"),
}
PHONE_COLOR_O = {
    "black": ["曜石黑", "亮黑色", "幻夜黑", "哑光黑"], "white": ["珍珠白", "雪域白"],
    "blue": ["冰川蓝", "天际蓝"], "purple": ["暮光紫"], "gold": ["香槟金"],
    "green": ["松针绿"], "silver": ["星河银"], "pink": ["樱花粉"],
}

BRANDS = {
    "huawei": dict(zh="华为", en="HUAWEI", alt=["huawei", "Huawei"], typo=["华伟", "花为"]),
    "apple": dict(zh="苹果", en="Apple", alt=["apple", "苹果Apple"], typo=["平果"]),
    "xiaomi": dict(zh="小米", en="Xiaomi", alt=["xiaomi", "MI"], typo=["小咪"]),
    "honor": dict(zh="荣耀", en="HONOR", alt=["rongyao", "honor"], typo=["容耀"]),
    "oppo": dict(zh="OPPO", en="OPPO", alt=["oppo", "欧珀"], typo=["0PPO"]),
    "vivo": dict(zh="vivo", en="vivo", alt=["VIVO", "维沃"], typo=["vivio"]),
    "samsung": dict(zh="三星", en="Samsung", alt=["SAMSUNG", "sanxing"], typo=["三兴"]),
    "septwolves": dict(zh="七匹狼", en="SEPTWOLVES", alt=["qipilang"], typo=["七匹郎"]),
    "goldlion": dict(zh="金利来", en="Goldlion", alt=["jinlilai", "GOLDLION"], typo=["金利莱"]),
    "coach": dict(zh="蔻驰", en="COACH", alt=["coach", "寇驰"], typo=["扣驰"]),
    "thermos": dict(zh="膳魔师", en="THERMOS", alt=["thermos", "shanmoshi"], typo=["善魔师"]),
    "zojirushi": dict(zh="象印", en="ZOJIRUSHI", alt=["xiangyin"], typo=["像印"]),
    "fuguang": dict(zh="富光", en="FUGUANG", alt=["fuguang"], typo=["福光"]),
    "bosideng": dict(zh="波司登", en="BOSIDENG", alt=["bosideng"], typo=["波斯登"]),
    "yaya": dict(zh="鸭鸭", en="YAYA", alt=["yaya"], typo=["丫丫"]),
    "tnf": dict(zh="北面", en="The North Face", alt=["TNF", "northface"], typo=["北脸"]),
    "anker": dict(zh="安克", en="Anker", alt=["ANKER", "anke"], typo=["安可"]),
    "romoss": dict(zh="罗马仕", en="ROMOSS", alt=["luomashi", "romoss"], typo=["罗马士"]),
    "lenovo": dict(zh="联想", en="Lenovo", alt=["lianxiang", "LENOVO"], typo=["连想"]),
    "dji": dict(zh="大疆", en="DJI", alt=["dajiang", "dji"], typo=["大江"]),
    "insta": dict(zh="影石", en="Insta360", alt=["insta360"], typo=["影时"]),
    "nintendo": dict(zh="任天堂", en="Nintendo", alt=["Switch", "rentiantang"], typo=["任天棠"]),
    "xtc": dict(zh="小天才", en="imoo", alt=["xiaotiancai"], typo=["小天财"]),
    "burton": dict(zh="伯顿", en="Burton", alt=["BURTON", "burton"], typo=["伯登"]),
    "decathlon": dict(zh="迪卡侬", en="Decathlon", alt=["dikanong", "DECATHLON"], typo=["迪卡农"]),
    "oakley": dict(zh="欧克利", en="Oakley", alt=["OAKLEY"], typo=["奥克利"]),
    "salomon": dict(zh="萨洛蒙", en="Salomon", alt=["SALOMON", "saluomeng"], typo=["萨罗蒙"]),
    "samsonite": dict(zh="新秀丽", en="Samsonite", alt=["xinxiuli", "samsonite"], typo=["新秀里"]),
    "diplomat": dict(zh="外交官", en="Diplomat", alt=["waijiaoguan", "DIPLOMAT"], typo=["外交馆"]),
    "jansport": dict(zh="杰斯伯", en="JanSport", alt=["jansport", "JANSPORT"], typo=["杰斯博"]),
    "ctf": dict(zh="周大福", en="CHOW TAI FOOK", alt=["zhoudafu", "CTF"], typo=["周大富"]),
    "lfx": dict(zh="老凤祥", en="LAO FENG XIANG", alt=["laofengxiang"], typo=["老凤翔"]),
    "vw": dict(zh="大众", en="Volkswagen", alt=["VW", "dazhong"], typo=["大从"]),
    "toyota": dict(zh="丰田", en="TOYOTA", alt=["toyota", "fengtian"], typo=["丰天"]),
    "byd": dict(zh="比亚迪", en="BYD", alt=["biyadi", "byd"], typo=["比亚笛"]),
    "yadea": dict(zh="雅迪", en="Yadea", alt=["yadi", "YADEA"], typo=["亚迪"]),
    "aima": dict(zh="爱玛", en="AIMA", alt=["aima"], typo=["艾玛"]),
    "giant": dict(zh="捷安特", en="GIANT", alt=["jieante", "giant"], typo=["杰安特"]),
    "uniqlo": dict(zh="优衣库", en="UNIQLO", alt=["uniqlo", "youyiku"], typo=["优衣酷"]),
}


def brand_word(b, who, en_voice=False):
    B = BRANDS[b]
    if en_voice:
        return B["en"]
    if who == "o":
        return wch([(B["zh"], 55), (B["en"], 18), (ch(B["alt"]), 17), (ch(B["typo"]), 10)])
    return wch([(B["zh"], 45), (B["en"], 40), (ch(B["alt"]), 15)])


def color_word(c, who, en_voice=False, phone=False):
    if c is None:
        return None
    C = COLORS[c]
    if en_voice:
        return C["en"]
    if who == "o" and phone and c in PHONE_COLOR_O and p(0.45):
        return ch(PHONE_COLOR_O[c])
    return ch(C[who])


# ----------------------------------------------------------------------------------
# places (all invented; coordinates inside China, around an invented city)
# ----------------------------------------------------------------------------------
def _ll(base, n=0.0, e=0.0):
    lat, lon = base
    return (round(lat + n / 111320.0, 6),
            round(lon + e / (111320.0 * math.cos(math.radians(lat))), 6))


B_ST = (45.3180, 128.1720)     # 铁峪站 (high-speed railway station)
B_BT = (45.3102, 128.1801)     # long-distance bus terminal, ~1.2 km
B_MK = (45.3262, 128.2048)     # 东关大市场, ~3 km
B_ICE = (45.3478, 128.1648)    # frozen 铁峪河 ice festival, ~3.4 km
B_SKI = (45.0422, 128.5131)    # 青岭滑雪场, ~40 km
B_UNI = (45.3205, 128.0955)    # 铁峪大学, ~6 km
B_DEPOT = (45.3071, 128.1642)  # 旅游客运车队停车场
B_POL = (45.3166, 128.1703)    # 铁峪站站前派出所

PLACES = {}
SETTING_PLACES = {}


def place(key, setting, name, alts, en, base, n=0, e=0, acts=(), en_acts=(), ll=True, generic=False):
    PLACES[key] = dict(key=key, setting=setting, name=name, alts=list(alts), en=en,
                       ll=_ll(base, n, e) if ll else None, acts=list(acts),
                       en_acts=list(en_acts), generic=generic)
    if not generic:
        SETTING_PLACES.setdefault(setting, []).append(key)


WAIT = ["候车", "等车", "坐着等检票", "在椅子上眯了一会儿"]
EWAIT = ["waiting for my train"]
place("st_any", "station", "铁峪站", ["铁峪火车站", "火车站", "高铁站", "铁峪高铁站"], "Tieyu railway station",
      B_ST, acts=["候车", "进站"], en_acts=["at the station"], generic=True)
place("st_hall_a", "station", "铁峪站候车大厅A区", ["火车站A区候车厅", "候车大厅A区", "铁峪站一楼候车室A区"],
      "waiting hall A of Tieyu station", B_ST, 0, -60, WAIT, EWAIT)
place("st_hall_b", "station", "铁峪站候车大厅B区", ["候车大厅B区", "火车站B区候车室", "高铁站B区"],
      "waiting hall B of Tieyu station", B_ST, 0, 60, WAIT, EWAIT)
place("st_hall_2f", "station", "铁峪站二楼高架候车室", ["火车站二楼候车室", "高铁站二楼", "二楼候车厅"],
      "the upstairs waiting hall at Tieyu station", B_ST, 25, 0, WAIT, EWAIT)
for _g, (_n, _e) in ((5, (10, -140)), (8, (12, -40)), (12, (14, 50)), (15, (16, 130))):
    place("st_gate%d" % _g, "station", "铁峪站%d号检票口" % _g,
          ["%d检票口" % _g, "火车站%d号检票口" % _g, "高铁站%d号口" % _g],
          "gate %d at Tieyu station" % _g, B_ST, _n, _e, ["排队检票", "检票进站"], ["queuing at the ticket gate"])
place("st_sec", "station", "铁峪站南进站口安检处", ["火车站进站安检", "南进站口安检", "安检口"],
      "the security check at the south entrance", B_ST, -90, 0, ["过安检", "排队安检"], ["going through security"])
place("st_exit", "station", "铁峪站地下出站口", ["出站口", "火车站出站口", "高铁站出口"],
      "the arrivals exit of Tieyu station", B_ST, -40, 120, ["下车出站", "出站"], ["leaving the station"])
place("st_nsq", "station", "铁峪站北广场", ["火车站北广场", "北广场"], "the north square of the station",
      B_ST, 170, 0, ["等人", "接人"], ["waiting outside"])
place("st_ssq", "station", "铁峪站南广场", ["火车站南广场", "站前广场", "南广场"], "the south square of the station",
      B_ST, -180, 0, ["等人", "排队进站"], ["waiting outside"])
place("st_ticket", "station", "铁峪站售票厅", ["火车站售票厅", "售票大厅", "高铁站售票处"],
      "the ticket office at Tieyu station", B_ST, -120, -150, ["取票", "改签", "排队买票"], ["buying tickets"])
place("st_wc", "station", "铁峪站候车大厅A区卫生间", ["A区厕所", "候车厅卫生间", "火车站厕所"],
      "the restroom by waiting hall A", B_ST, 10, -110, ["上厕所", "洗手"], ["in the restroom"])
place("st_mom", "station", "铁峪站母婴候车室", ["母婴室", "火车站母婴候车室"], "the mother-and-baby room",
      B_ST, 15, 90, ["给孩子喂奶", "带孩子休息"], ["with my kid"])
place("st_food", "station", "铁峪站候车大厅东侧快餐店", ["候车厅快餐店", "火车站里的快餐店", "候车室东边吃饭的地方"],
      "the fast-food place in the waiting hall", B_ST, 5, 150, ["吃饭", "买吃的"], ["having a meal"])
place("st_taxi", "station", "铁峪站南广场出租车上客区", ["出租车排队那", "南广场打车点", "火车站打车的地方"],
      "the taxi rank at the south square", B_ST, -220, 60, ["排队打车"], ["queuing for a taxi"])
place("st_plat", "station", "铁峪站3站台", ["3站台", "火车站站台"], "platform 3", B_ST, 60, 30,
      ["等车上车", "上车"], ["boarding the train"])
place("st_charge", "station", "铁峪站候车大厅充电桩旁", ["候车厅充电的地方", "充电桩那", "火车站充电桩"],
      "the phone charging posts in the waiting hall", B_ST, 0, 20, ["给手机充电", "充电"], ["charging my phone"])

place("st_bike", "station_bike", "铁峪站南广场非机动车停车场", ["火车站存车处", "南广场停车棚", "站前停车棚"],
      "the bike park at the south square", B_ST, -240, -110, ["存车"], ["parking"])
place("bt_any", "bus", "铁峪长途汽车客运站", ["长途客运站", "客运站", "汽车站", "长途汽车站"], "the long-distance bus terminal",
      B_BT, acts=["坐车"], en_acts=["at the bus terminal"], generic=True)
place("bt_hall", "bus", "铁峪长途汽车客运站候车室", ["客运站候车室", "汽车站候车厅", "长途站候车室"],
      "the waiting room of the bus terminal", B_BT, 0, 0, ["等车", "候车"], ["waiting for the bus"])
place("bt_ticket", "bus", "铁峪长途汽车客运站售票大厅", ["客运站售票厅", "汽车站买票的地方"],
      "the ticket hall of the bus terminal", B_BT, -30, -40, ["买票", "排队买票"], ["buying a ticket"])
place("bt_gate", "bus", "铁峪长途汽车客运站5号检票口", ["客运站5号口", "汽车站5检票口"],
      "gate 5 of the bus terminal", B_BT, 20, 35, ["检票上车", "排队检票"], ["boarding"])
place("bt_yard", "bus", "铁峪长途汽车客运站发车场", ["客运站发车场", "汽车站停车场", "发车的地方"],
      "the bus yard of the terminal", B_BT, 60, 70, ["上车", "放行李"], ["boarding"])
place("bt_store", "bus", "铁峪长途汽车客运站行李寄存处", ["客运站寄存处", "汽车站存包的地方"],
      "the left-luggage office of the bus terminal", B_BT, -10, 50, ["存行李", "取行李"], ["at the left-luggage office"])

HOTELS = [
    ("ht1", "站前宾馆", "Zhanqian Hotel", (45.3158, 128.1688)),
    ("ht2", "铁路大厦酒店", "Railway Tower Hotel", (45.3199, 128.1771)),
    ("ht3", "北辰商务酒店", "Beichen Business Hotel", (45.3216, 128.1708)),
    ("ht4", "岭上快捷酒店（站前路店）", "Lingshang Express Hotel", (45.3149, 128.1748)),
]
HOTEL_NAME = {h[0]: h[1].split("（")[0] for h in HOTELS}
for _k, _zh, _en, _b in HOTELS:
    _short = _zh.split("（")[0]
    place(_k + "_room", "hotel:" + _k, _zh, [_short, _short + "客房"], _en, _b, 0, 0,
          ["住了一晚", "住宿"], ["staying"])
    place(_k + "_lobby", "hotel:" + _k, _zh + "大堂", [_short + "大堂", _short + "前台"], _en + " lobby", _b, -8, 5,
          ["办退房", "在大堂等车"], ["checking out"])
    place(_k + "_bf", "hotel:" + _k, _zh + "早餐厅", [_short + "餐厅", _short + "吃早饭的地方"],
          _en + " breakfast room", _b, 6, -10, ["吃早饭"], ["having breakfast"])

place("mk_any", "market", "东关大市场", ["东关市场", "大市场", "东关大市场里面"], "Dongguan indoor market",
      B_MK, acts=["买年货"], en_acts=["shopping"], generic=True)
place("mk_frozen", "market", "东关大市场冻货区", ["大市场冻货区", "东关市场卖冻货那块", "冻货区"],
      "the frozen-food section of Dongguan market", B_MK, -40, -30, ["买冻货", "买年货", "挑冻梨冻柿子"], ["shopping"])
place("mk_dry", "market", "东关大市场干货山货区", ["大市场干货区", "东关市场山货区"], "the dry-goods section",
      B_MK, 10, 40, ["买蘑菇木耳", "买年货", "买山货"], ["shopping"])
place("mk_cloth", "market", "东关大市场二楼服装鞋帽区", ["大市场二楼", "东关市场卖衣服那层"], "the clothing floor",
      B_MK, 5, 0, ["买衣服", "给孩子挑棉鞋"], ["shopping for clothes"])
place("mk_deli", "market", "东关大市场熟食区", ["大市场熟食区", "卖红肠那"], "the deli section",
      B_MK, -20, 60, ["买红肠", "买熟食"], ["buying food"])
place("mk_gate", "market", "东关大市场南门", ["大市场南门", "东关市场门口"], "the south gate of the market",
      B_MK, -90, 0, ["等车", "进门"], ["at the gate"])
place("mk_park", "market", "东关大市场停车场", ["大市场停车场", "东关市场外面停车的地方"], "the market car park",
      B_MK, -140, -60, ["停车", "装车"], ["in the car park"])

place("ice_any", "ice", "铁峪河冰雪节", ["冰雪节", "冰灯游园会", "铁峪河冰灯"], "the ice festival on the Tieyu river",
      B_ICE, acts=["看冰灯"], en_acts=["at the ice festival"], generic=True)
place("ice_gate", "ice", "铁峪河冰雪节南门入口", ["冰雪节南门", "冰灯入口", "冰雪节门口"], "the south entrance of the ice festival",
      B_ICE, -260, 20, ["排队进园", "检票"], ["queuing at the entrance"])
place("ice_sculpt", "ice", "铁峪河冰雪节冰雕园", ["冰雕园", "冰雪节看冰雕那", "冰灯区"], "the ice-sculpture garden",
      B_ICE, -60, -80, ["看冰雕", "拍照"], ["taking photos of the ice sculptures"])
place("ice_slide", "ice", "铁峪河冰雪节大冰滑梯", ["大滑梯", "冰滑梯", "冰雪节滑梯"], "the big ice slide",
      B_ICE, 40, 60, ["带孩子玩滑梯", "排队玩冰滑梯"], ["on the big ice slide"])
place("ice_warm", "ice", "铁峪河冰雪节暖房休息区", ["冰雪节暖房", "休息区", "暖房"], "the heated rest house",
      B_ICE, -120, 90, ["进暖房暖和", "歇脚"], ["warming up in the rest house"])
place("ice_rink", "ice", "铁峪河冰面娱乐区", ["冰面上玩冰车的地方", "冰上娱乐区", "河面冰场"], "the play area on the river ice",
      B_ICE, 120, -20, ["玩冰车", "玩冰上自行车"], ["on the ice rink"])

place("ski_any", "ski", "青岭滑雪场", ["滑雪场", "青岭雪场", "青岭"], "Qingling ski resort", B_SKI,
      acts=["滑雪"], en_acts=["skiing"], generic=True)
place("ski_hall", "ski", "青岭滑雪场雪具大厅", ["雪具大厅", "滑雪场换鞋的地方", "租板大厅"], "the rental hall at Qingling",
      B_SKI, 0, 0, ["换雪鞋", "租雪具"], ["in the rental hall"])
place("ski_locker", "ski", "青岭滑雪场更衣室", ["更衣室", "滑雪场储物柜"], "the locker room at Qingling",
      B_SKI, 15, -20, ["换衣服", "存东西"], ["in the locker room"])
place("ski_lift", "ski", "青岭滑雪场缆车下站", ["缆车站", "缆车排队那", "滑雪场缆车"], "the bottom station of the chairlift",
      B_SKI, 180, 140, ["排队坐缆车", "上缆车"], ["queuing for the chairlift"])
place("ski_slope", "ski", "青岭滑雪场初级道", ["初级道", "滑雪场初级雪道", "新手道"], "the beginner slope",
      B_SKI, 260, 60, ["滑雪", "练单板"], ["on the beginner slope"])
place("ski_rest", "ski", "青岭滑雪场游客中心餐厅", ["滑雪场餐厅", "游客中心吃饭的地方"], "the restaurant in the visitor centre",
      B_SKI, -30, 40, ["吃午饭", "歇着"], ["having lunch"])
place("ski_park", "ski", "青岭滑雪场接驳车停车场", ["滑雪场停车场", "接驳车下车的地方"], "the shuttle car park at Qingling",
      B_SKI, -150, -90, ["下车", "等接驳车"], ["at the shuttle stop"])

place("shuttle", "shuttle", "滑雪接驳大巴（铁峪站南广场—青岭滑雪场）",
      ["去滑雪场的接驳大巴上", "滑雪接驳车上", "青岭滑雪场大巴上"], "the ski shuttle bus (station - Qingling)",
      B_ST, acts=["坐接驳大巴去滑雪场", "坐接驳车回市里"], en_acts=["on the ski shuttle bus"], ll=False)
place("depot", "shuttle_found", "铁峪旅游客运车队停车场", ["旅游车队停车场"], "the tour-bus depot", B_DEPOT, 0, 0)
place("taxi", "taxi", "出租车上", ["出租车里", "打的车上"], "a taxi", B_ST, acts=["打车"], en_acts=["in a taxi"], ll=False)
place("police", "taxi_found", "铁峪站站前派出所", ["站前派出所"], "the station police post", B_POL, 0, 0)

place("uni_gate", "city", "铁峪大学南门", ["铁大南门", "学校南门"], "the south gate of Tieyu University",
      B_UNI, -300, 0, ["等公交", "打车"], ["waiting for a bus"])
place("uni_lib", "city", "铁峪大学图书馆", ["图书馆", "铁大图书馆"], "Tieyu University library",
      B_UNI, 100, 50, ["自习", "还书"], ["in the library"])
place("oldst", "city", "铁峪老街", ["老街", "老街步行街"], "the old street", (45.3291, 128.1852), 0, 0,
      ["逛街", "买糖葫芦"], ["walking around"])
place("hosp", "city", "铁峪市人民医院门诊楼", ["人民医院", "医院门诊"], "the People's Hospital",
      (45.3236, 128.1603), 0, 0, ["看病", "取药"], ["at the hospital"])
place("mall", "city", "新天地商场", ["新天地", "新天地商场一楼"], "Xintiandi mall", (45.3271, 128.1781), 0, 0,
      ["逛商场", "买东西"], ["shopping"])
place("bus1", "city", "1路公交车（铁峪站—东关大市场）", ["1路公交上", "1路车上"], "bus No. 1",
      B_ST, acts=["坐公交"], en_acts=["on the bus"], ll=False)

place("far_west", "far", "铁峪西郊开发区客运站", ["西郊客运站", "开发区汽车站"], "the west industrial park bus station",
      (45.2968, 127.9108), 0, 0)
place("far_air", "far", "铁峪机场航站楼", ["机场", "铁峪机场"], "Tieyu airport", (45.5218, 128.0402), 0, 0)

for _k in list(SETTING_PLACES.keys()):
    SETTING_PLACES[_k].sort()


def setting_of(key):
    return PLACES[key]["setting"]


def generic_for(setting):
    g = {"station": "st_any", "bus": "bt_any", "market": "mk_any", "ice": "ice_any", "ski": "ski_any"}
    return g.get(setting)


def dist_km(a, b):
    (la1, lo1), (la2, lo2) = a, b
    x = math.radians(lo2 - lo1) * math.cos(math.radians((la1 + la2) / 2))
    y = math.radians(la2 - la1)
    return 6371.0 * math.hypot(x, y)


def jitter(ll):
    return (round(ll[0] + R.uniform(-0.00025, 0.00025), 6), round(ll[1] + R.uniform(-0.00035, 0.00035), 6))


SPOTS = {   # by place key prefix, longest prefix wins
    "st_hall": ["座椅下面", "座椅缝里", "座位上", "垃圾桶边上", "候车椅扶手上"],
    "st_gate": ["检票闸机旁", "排队栏杆边", "检票口座椅上"],
    "st_sec": ["安检传送带旁", "安检筐里", "安检口地上"],
    "st_exit": ["出站闸机旁", "出站通道地上"],
    "st_nsq": ["广场雪地上", "台阶上"], "st_ssq": ["广场雪地上", "台阶上", "公交站牌旁"],
    "st_ticket": ["售票窗口台面上", "自助取票机旁"],
    "st_wc": ["洗手台上", "隔间里", "烘手机旁"],
    "st_mom": ["母婴室沙发上", "婴儿护理台上"],
    "st_food": ["餐桌上", "座椅上"],
    "st_taxi": ["排队栏杆边", "雪地上"],
    "st_plat": ["站台上", "站台座椅旁"],
    "st_charge": ["充电桩旁", "充电桩台面上"],
    "st_any": ["候车厅地上"],
    "bt_hall": ["候车椅下", "座椅上"], "bt_ticket": ["售票窗口台面上", "地上"], "bt_gate": ["检票口栏杆边", "地上"],
    "bt_yard": ["发车位地上", "车旁雪地上"], "bt_store": ["寄存处柜台旁", "地上"],
    "ht": ["床头柜上", "枕头底下", "卫生间洗手台", "衣柜里", "沙发缝里", "床底下"],
    "lobby": ["大堂沙发上", "前台台面上", "旋转门边", "行李架旁"],
    "bf": ["餐桌上", "座椅上", "取餐台边"],
    "mk_frozen": ["冻货摊位前", "过道地上", "冷柜旁"], "mk_dry": ["摊位前", "过道地上", "称台旁"],
    "mk_cloth": ["试衣间里", "过道地上", "摊位凳子上"], "mk_deli": ["柜台上", "过道地上"],
    "mk_gate": ["门口棉门帘边上", "台阶上"], "mk_park": ["车位旁雪地上", "收费岗亭旁"],
    "ice_gate": ["入口闸机旁", "排队栏杆边"], "ice_sculpt": ["冰雕旁的雪堆里", "观景台上"],
    "ice_slide": ["冰滑梯出口", "滑梯排队处"], "ice_warm": ["暖房座椅上", "暖房门口"],
    "ice_rink": ["冰面上", "冰车租赁点旁"],
    "ski_hall": ["长椅上", "换鞋凳上"], "ski_locker": ["储物柜里", "更衣室长凳上"],
    "ski_lift": ["缆车排队区雪地里", "缆车站台上"], "ski_slope": ["雪道边上"], "ski_rest": ["餐桌上", "座椅上"],
    "ski_park": ["接驳车停车处雪地上", "候车棚里"],
    "uni_gate": ["公交站台上", "路边"], "uni_lib": ["自习桌上", "存包柜里"], "oldst": ["路边长椅上", "糖葫芦摊旁"],
    "hosp": ["候诊椅上", "挂号窗口台面上"], "mall": ["一楼休息椅上", "收银台上"],
    "far": ["候车椅上", "地上", "门口"], "mk_any": ["过道地上"], "ice_any": ["雪地上"], "ski_any": ["长椅上"],
    "shuttle": ["后排座位上", "座位底下", "行李架上", "车门台阶上"],
    "taxi": ["后座上", "后座缝里", "副驾驶脚下"],
}


def spot_for(key):
    if key.startswith("ht"):
        k = "lobby" if key.endswith("_lobby") else ("bf" if key.endswith("_bf") else "ht")
        return ch(SPOTS[k])
    if key in ("depot",):
        return ch(SPOTS["shuttle"])
    if key == "police":
        return ch(SPOTS["taxi"])
    best = ""
    for k in SPOTS:
        if key.startswith(k) and len(k) > len(best):
            best = k
    return ch(SPOTS[best or "far"])


VENDOR = {"mk_frozen": "卖冻货的摊主", "mk_dry": "卖山货的摊主", "mk_cloth": "卖棉鞋的摊主", "mk_deli": "卖红肠的摊主",
          "mk_gate": "门口卖糖葫芦的摊主", "mk_park": "停车场收费员", "mk_any": "一位摊主"}


def normalize_found(setting, t):
    """Nobody finds things in a closed ice park at 2 am: move such finds to the next opening."""
    base = setting_base(setting) if setting else ""
    if base == "ice" and (t.hour >= 22 or t.hour < 7):
        d = t.date() if t.hour < 7 else t.date() + dt.timedelta(days=1)
        t = dt.datetime(d.year, d.month, d.day, 7, 30) + dt.timedelta(minutes=ri(0, 120))
    elif base == "market" and (t.hour >= 18 or t.hour < 7):
        d = t.date() if t.hour < 7 else t.date() + dt.timedelta(days=1)
        t = dt.datetime(d.year, d.month, d.day, 7, 40) + dt.timedelta(minutes=ri(0, 80))
    elif base == "ski" and (t.hour >= 17 or t.hour < 8):
        d = t.date() if t.hour >= 17 else t.date() - dt.timedelta(days=1)
        t = dt.datetime(d.year, d.month, d.day, 16, 30) + dt.timedelta(minutes=ri(0, 30))
    return t


# ----------------------------------------------------------------------------------
# attribute pools: (owner phrase, finder phrase or None if hidden, english or None)
# ----------------------------------------------------------------------------------
POOLS = {
    "ph_case": [
        ("套着透明软壳", "透明软壳", "a clear case"),
        ("透明壳，壳里夹着一张公交卡", "透明手机壳，壳内夹有公交卡一张", "a clear case with a bus card tucked in it"),
        ("透明壳，壳里夹着我家孩子的照片", "透明手机壳，壳内夹有一张小孩照片", "a clear case with a photo of my kid inside"),
        ("透明壳，里面塞着一张一百块钱", "透明手机壳，壳内夹有100元纸币一张", None),
        ("黑色硅胶壳", "黑色硅胶手机壳", "a black silicone case"),
        ("粉色毛茸茸的壳", "粉色毛绒手机壳", "a fluffy pink case"),
        ("棕色翻盖皮套", "棕色翻盖皮套", "a brown flip leather cover"),
        ("壳上印着卡通小熊", "卡通小熊图案手机壳", "a case with a cartoon bear"),
        ("没套壳，裸机", "无手机壳", "no case"),
        ("蓝色防摔壳", "蓝色防摔手机壳", "a blue rugged case"),
        ("红色的壳，上面印着福字", "红色手机壳，印有“福”字", None),
        ("壳后面粘着一个指环扣", "手机壳背面有指环支架", "a ring holder on the back"),
    ],
    "ph_screen": [
        ("屏幕右上角摔裂了", "屏幕右上角有裂纹", "screen cracked at the top right"),
        ("屏幕左下角碎了一小块", "屏幕左下角破损", "screen chipped at the bottom left"),
        ("贴了防窥膜", "贴有防窥膜", "privacy screen protector"),
        ("钢化膜边上翘起来了", "钢化膜边缘翘起", None),
        ("后盖裂了一道缝", "后盖有一道裂纹", "back glass cracked"),
        ("摄像头那块玻璃碎了", "后置摄像头镜片碎裂", "camera glass broken"),
    ],
    "ph_charm": [
        ("挂着一根红绳", "挂有红绳", "a red string tied to it"),
        ("挂了个小老虎挂件", "挂有小老虎挂件", "a little tiger charm"),
        ("带一根挂脖子的绳", "带挂脖绳", "a neck lanyard"),
        ("挂着一个白色毛绒球", "挂有白色毛绒球挂件", "a white pompom charm"),
        ("挂着一个平安符", "挂有红色平安符", None),
    ],
    "ph_hidden": [
        ("锁屏是我家孩子的照片", None, "the lock screen is a photo of my kid"),
        ("锁屏壁纸是一座雪山", None, "the lock screen is a snowy mountain"),
        ("屏保是一只橘猫", None, "the lock screen shows an orange cat"),
        ("开机密码是六位数", None, None),
        ("微信里有好多工作群，着急用", None, None),
        ("相册里有刚拍的冰灯照片", None, "all my photos from the trip are on it"),
        ("里面两张卡，一张移动一张联通", None, None),
        ("家里人打过去能通但没人接", None, "it rang when my friend called it but nobody answered"),
    ],
    "wl_style": [
        ("拉链头掉了一个", "拉链拉头缺失", "zipper pull missing"),
        ("边角都磨白了", "边角磨损发白", "corners worn white"),
        ("是磁铁扣的", "磁吸扣", "magnetic clasp"),
        ("上面挂着一个小铃铛", "挂有小铃铛", None),
        ("正面有一道划痕", "正面有划痕", "a scratch on the front"),
        ("上面有我名字缩写的烫金字母", "正面有烫金字母", None),
    ],
    "wl_photo": [
        ("里面夹着一张全家福", "内有全家福照片一张", "a family photo inside"),
        ("里面有我闺女的一寸照", "内有女童一寸照片一张", None),
        ("夹着一张老伴年轻时的照片", "内有男子黑白照片一张", None),
        ("有张我们俩的结婚照", "内有婚纱照一张", None),
        ("夹着一张小狗的照片", "内有小狗照片一张", "a photo of my dog"),
    ],
    "wl_misc": [
        ("还有一张铁峪通公交卡", "铁峪通公交卡一张", None),
        ("还有几张超市小票", "购物小票若干", None),
        ("夹着一张火车票报销凭证", "火车票报销凭证一张", None),
        ("有一张理发店的会员卡", "美发店会员卡一张", None),
        ("有一张医保卡", "医保卡一张", None),
    ],
    "key_ring": [
        ("挂着一个毛绒小熊", "挂有毛绒小熊挂件", "a small teddy bear keyring"),
        ("用红绳拴着", "钥匙用红绳串着", None),
        ("有个开瓶器钥匙扣", "开瓶器造型钥匙扣", "a bottle-opener keyring"),
        ("挂着一个小葫芦", "挂有葫芦挂件", None),
        ("钥匙扣是个小篮球", "篮球造型钥匙扣", "a mini basketball keyring"),
        ("挂着一个冰雪节纪念牌", "挂有“铁峪冰雪节”纪念挂牌", None),
        ("挂着个熊猫挂件", "熊猫挂件", "a panda keyring"),
    ],
    "key_count": [
        ("一共三把钥匙", "钥匙3把", "three keys"),
        ("四把钥匙", "钥匙4把", "four keys"),
        ("五六把钥匙，有一把防盗门的大钥匙", "钥匙6把，其中一把十字防盗门钥匙", None),
        ("就两把钥匙", "钥匙2把", "two keys"),
    ],
    "key_fob": [
        ("带一个蓝色门禁卡", "蓝色门禁扣一个", "a blue door fob"),
        ("带一个黄色水滴形门禁", "黄色水滴形门禁扣", "a yellow teardrop door fob"),
        ("有个红色的门禁扣", "红色门禁扣", None),
        ("带着小区的白色门禁卡片", "白色门禁卡一张", None),
    ],
    "case_mark": [
        ("拉杆上系着一根红丝带", "拉杆系有红色丝带", "a red ribbon tied on the handle"),
        ("箱子上贴了好多旅行贴纸", "箱体贴有多张贴纸", "covered in travel stickers"),
        ("有个轮子坏了", "一只轮子损坏", "one wheel broken"),
        ("箱子角磕掉了一块", "箱角有磕损", "a chipped corner"),
        ("套着印卡通图案的防尘套", "外套卡通图案防尘罩", None),
        ("拉杆上挂着一个黄色行李牌", "挂有黄色行李牌", "a yellow luggage tag"),
        ("箱子外面用打包带捆了一圈", "箱体用打包带捆扎", None),
    ],
    "case_content": [
        ("里面有给家里带的红肠和干蘑菇", "内有红肠、干蘑菇等食品", None),
        ("里面是换洗衣服和一台笔记本电脑", "内有衣物及笔记本电脑一台", "clothes and a laptop inside"),
        ("装着孩子的寒假作业和课本", "内有小学课本、作业本", None),
        ("装了两瓶白酒和几盒冻梨", "内有白酒两瓶、冻梨数盒", None),
        ("都是过年给老人买的新衣服，还带着吊牌", "内有带吊牌新衣物若干", None),
        ("里面有一套滑雪服和雪镜", "内有滑雪服一套、雪镜一副", "my ski suit and goggles inside"),
    ],
    "bp_mark": [
        ("拉链上挂着一个小恐龙", "拉链挂小恐龙挂件", "a little dinosaur on the zipper"),
        ("侧兜插着一个保温杯", "侧袋内有保温杯一个", "a thermos in the side pocket"),
        ("背带上别着一个校徽", "背带别有校徽", None),
        ("底下磨破了个小洞", "底部有破洞", "a small hole at the bottom"),
        ("印着铁峪大学几个字", "印有“铁峪大学”字样", None),
        ("背带上挂着一个反光条", "背带挂有反光条", "a reflective strip on the strap"),
    ],
    "bp_content": [
        ("里面有笔记本电脑和充电器", "内有笔记本电脑、充电器", "a laptop and charger inside"),
        ("装着几本书和一个平板", "内有书本、平板电脑", None),
        ("里面有换洗衣服和洗漱包", "内有衣物、洗漱用品", "clothes and a toiletry bag inside"),
        ("里面有给爸妈买的保健品", "内有保健品数盒", None),
        ("有一台相机和两个镜头", "内有相机一台、镜头两个", "a camera and two lenses"),
    ],
    "woven_mark": [
        ("袋子上用黑笔写着我的姓“{sur}”", "袋身用记号笔写有“{sur}”字", None),
        ("袋口用红绳扎着", "袋口用红绳扎口", None),
        ("袋子外面又套了一层塑料布", "外套塑料布", None),
        ("袋子侧面破了个口子用胶带粘着", "侧面有破口，用胶带粘补", None),
    ],
    "woven_content": [
        ("里面是被褥和几件衣服", "内有被褥、衣物", None),
        ("装着干活的工具，电锤和扳子", "内有电锤、扳手等工具", None),
        ("装着给家里带的粘豆包和冻肉", "内有粘豆包、冻肉等", None),
        ("装着给孩子买的新棉袄和鞋", "内有儿童棉衣、鞋", None),
    ],
    "hb_print": [
        ("红包上印着“恭喜发财”", "红包印有“恭喜发财”字样", None),
        ("印着“蛇年大吉”", "印有“蛇年大吉”字样", None),
        ("是烫金福字的红包", "印烫金“福”字", None),
        ("红包上印着一条卡通小蛇", "印有卡通蛇图案", None),
    ],
    "hb_write": [
        ("红包上我写了“给豆豆”", "红包上手写“给豆豆”", None),
        ("背面写着“奶奶给的”", "背面手写“奶奶给的”", None),
        ("上面写着“乐乐新年快乐”", "手写“乐乐新年快乐”", None),
        ("写着“给妞妞压岁”", "手写“给妞妞压岁”", None),
        ("写着“二舅给的”", "手写“二舅给的”", None),
    ],
    "env_write": [
        ("信封上写着“工钱”两个字", "信封上写有“工钱”字样", None),
        ("信封上写着“张姐 一月”", "信封写有“张姐 一月”", None),
        ("信封印着“铁峪建工”", "信封印有“铁峪建工”字样", None),
        ("信封口用透明胶粘着，上面写着我的名字", "信封口透明胶封口，写有姓名", None),
    ],
    "cash_bind": [
        ("用皮筋扎着", "用皮筋捆扎", None),
        ("装在一个塑料袋里", "装于塑料袋内", None),
        ("用一张报纸包着", "用报纸包裹", None),
    ],
    "gold_pat": [
        ("光面的，没花纹", "光面无花纹", "plain, no pattern"),
        ("上面是福字纹", "福字纹", None),
        ("竹节纹的", "竹节纹", None),
        ("古法金，有缠枝花纹", "古法缠枝花纹", None),
    ],
    "engrave": [
        ("内圈刻着“平安”两个字", "内圈刻有“平安”字样", None),
        ("内侧刻着“L&Z 2019”", "内侧刻有“L&Z 2019”", "engraved L&Z 2019 inside"),
        ("刻着“长命百岁”", "刻有“长命百岁”", None),
        ("内侧刻着孙女的名字“朵朵”", "内侧刻有“朵朵”二字", None),
        ("内圈刻着“H♥M”", "内圈刻有“H♥M”", "engraved H♥M inside"),
    ],
    "pendant": [
        ("坠子是个小金蛇", "吊坠为生肖蛇造型", None),
        ("坠子是观音", "观音吊坠", None),
        ("坠子是平安扣", "平安扣吊坠", None),
        ("坠子是个小金猪", "小猪造型吊坠", None),
        ("坠子是一颗心", "心形吊坠", "a heart pendant"),
    ],
    "jade": [
        ("白底飘绿花", "白底带绿色飘花", None),
        ("淡绿色的，透亮", "浅绿色", None),
        ("上面有一道细纹", "有一道细裂纹", None),
        ("里面有一块黑点", "内有黑色斑点", None),
    ],
    "pb_mark": [
        ("上面贴着我名字的贴纸", "贴有姓名贴", None),
        ("外壳有好多划痕", "外壳划痕较多", "scratched all over"),
        ("自带两根线", "自带充电线两根", "two built-in cables"),
        ("带一个数字电量屏", "带数字电量显示屏", "a digital battery display"),
        ("侧面贴着一个小猫贴纸", "侧面贴有小猫贴纸", "a cat sticker on the side"),
    ],
    "ear_mark": [
        ("耳机盒上刻着“Lucky”", "充电盒刻有“Lucky”字样", "case engraved Lucky"),
        ("套着一个小恐龙硅胶套", "恐龙造型硅胶保护套", "a dinosaur silicone cover"),
        ("套着透明壳", "透明保护套", "a clear cover"),
        ("盒子上挂着一个小铃铛", "充电盒挂有小铃铛", None),
        ("左耳那只有点掉漆", "左耳耳机有掉漆", None),
    ],
    "lap_mark": [
        ("A面贴着NASA贴纸", "顶盖贴有NASA贴纸", "a NASA sticker on the lid"),
        ("键盘上有一个键帽掉了", "键盘缺一颗键帽", "one key cap is missing"),
        ("装在灰色的内胆包里", "装于灰色电脑内胆包", "in a grey sleeve"),
        ("顶盖贴着铁峪大学校徽贴纸", "顶盖贴有铁峪大学校徽贴纸", None),
        ("屏幕右下角有一块亮斑", "屏幕右下角有亮斑", None),
    ],
    "cam_mark": [
        ("装在防水壳里", "装于防水壳内", "in a waterproof housing"),
        ("带一个头盔绑带", "带头盔固定支架", "helmet mount attached"),
        ("镜头保护盖是红色的", "红色镜头保护盖", "a red lens cap"),
        ("机身贴了黄色贴纸", "机身贴黄色贴纸", "a yellow sticker on the body"),
    ],
    "sw_mark": [
        ("手柄是红蓝配色", "手柄为红蓝配色", None),
        ("卡槽里插着一张游戏卡带", "内插游戏卡带一张", None),
        ("屏幕上有一道划痕", "屏幕有划痕", None),
        ("装在灰色收纳包里", "装于灰色收纳包", None),
    ],
    "watch_mark": [
        ("表带是粉色的", "粉色表带", None),
        ("表盘边上贴着小兔子贴纸", "表面贴有兔子贴纸", None),
        ("表带是蓝色的，有个恐龙图案", "蓝色恐龙图案表带", None),
        ("屏幕有一道划痕", "屏幕有划痕", None),
    ],
    "glove_type": [
        ("是连指的", "连指款", "mittens (no separate fingers)"),
        ("是五指的", "五指款", "five-finger"),
        ("是露指的半指手套", "半指款（露指）", "fingerless"),
    ],
    "glove_mark": [
        ("手腕那有一圈毛", "腕口有毛边", "fur around the wrist"),
        ("手背上有反光条", "手背有反光条", "reflective strips on the back"),
        ("两只用一根绳连着", "两只手套以绳连接", None),
        ("手心是皮的", "手掌面为皮质", "leather palms"),
        ("上面绣着雪花", "绣有雪花图案", "snowflakes embroidered on them"),
    ],
    "scarf_mark": [
        ("红黑格子的", "红黑格子图案", "red and black check"),
        ("两头有流苏", "两端有流苏", "tassels at both ends"),
        ("是我妈手织的毛线围巾", "手工编织毛线围巾", "hand-knitted"),
        ("一头有点起球了", "一端起球", None),
        ("上面印着驯鹿", "印有驯鹿图案", "reindeer pattern"),
    ],
    "jacket_mark": [
        ("帽子上有一圈毛领", "帽子带毛领", "fur trim on the hood"),
        ("左边袖口有点油渍", "左袖口有油渍", None),
        ("拉链头坏了，用曲别针别着", "拉链头以回形针代替", None),
        ("胸口有个反光logo", "胸前有反光标志", "a reflective logo on the chest"),
        ("右边袖子上别着一个徽章", "右袖别有徽章一枚", "a pin badge on the right sleeve"),
    ],
    "jacket_pocket": [
        ("兜里有一副耳机和两百块钱", "衣兜内有耳机一副、现金200元", None),
        ("兜里有一串钥匙", "衣兜内有钥匙一串", "my keys are in the pocket"),
        ("兜里有一包烟和打火机", "衣兜内有香烟一包、打火机一个", None),
        ("口袋里有给孩子买的糖", "衣兜内有糖果若干", None),
    ],
    "thermos_mark": [
        ("杯身贴着名字贴“{name}”", "杯身贴有姓名贴“{name}”", None),
        ("杯盖磕瘪了一块", "杯盖有凹痕", None),
        ("杯子上印着“铁峪机务段”", "杯身印有“铁峪机务段”字样", None),
        ("套着一个针织杯套", "套有针织杯套", "a knitted sleeve"),
        ("杯底掉了一块漆", "杯底掉漆", "paint chipped off the bottom"),
        ("带一根提绳", "带提绳", "a carrying strap"),
    ],
    "thermos_hidden": [
        ("里面泡着枸杞", None, None),
        ("里面有热水，早上刚灌的", None, "it had hot water in it"),
        ("里面是给孩子冲奶粉的水", None, None),
        ("里面是红茶", None, "it had black tea in it"),
    ],
    "board_mark": [
        ("板面是黑底白色山峰图案", "板面黑底白色山峰图案", "black top sheet with white mountains"),
        ("板面是彩色涂鸦", "板面彩色涂鸦图案", "colourful graffiti top sheet"),
        ("固定器是橙色的", "橙色固定器", "orange bindings"),
        ("板头贴着一个笑脸贴纸", "板头贴有笑脸贴纸", "a smiley sticker on the nose"),
        ("板尾磕掉了一块", "板尾有磕损", "a chip on the tail"),
    ],
    "goggle_mark": [
        ("镜片是电镀红色", "电镀红色镜片", "red mirrored lens"),
        ("镜片是蓝色反光的", "蓝色反光镜片", "blue mirrored lens"),
        ("镜片是茶色的", "茶色镜片", "brown lens"),
        ("镜片有划痕", "镜片有划痕", "lens scratched"),
    ],
    "helmet_mark": [
        ("头盔后面贴着熊猫贴纸", "头盔后部贴有熊猫贴纸", "a panda sticker on the back"),
        ("上面装着运动相机底座", "顶部有运动相机底座", "a camera mount on top"),
        ("头盔侧面有道划痕", "头盔侧面有划痕", "a scratch on the side"),
        ("后面写着名字缩写", "后部写有字母缩写", "my initials on the back"),
    ],
    "kid_toy": [
        ("白色毛绒兔子，耳朵上系着粉色蝴蝶结", "白色毛绒兔，耳朵系粉色蝴蝶结", None),
        ("棕色的小熊，一只眼睛掉了", "棕色毛绒熊，缺一只眼睛", None),
        ("一个奥特曼玩偶，胳膊掉了一只", "奥特曼玩偶，缺一只胳膊", None),
        ("一只黄色的小鸭子玩偶，会叫", "黄色小鸭玩偶（按压发声）", None),
    ],
    "kid_mark": [
        ("上面缝着孩子的名字“{kid}”", "缝有名字“{kid}”", None),
        ("上面有两个小耳朵", "带两个小耳朵造型", None),
        ("有一个小熊图案", "有小熊图案", None),
        ("上面绣着一颗星星", "绣有星星图案", None),
    ],
    "eb_mark": [
        ("车把上套着黑色挡风被", "车把装有黑色挡风被", None),
        ("车筐里有个菜篮子", "车筐内有菜篮一个", None),
        ("后座绑着一个泡沫箱", "后座绑泡沫箱", None),
        ("左边后视镜掉了", "缺左侧后视镜", None),
        ("车身贴着外卖平台的反光贴", "车身贴有反光贴", None),
    ],
    "id_holder": [
        ("装在透明卡套里", "装于透明卡套内", "in a clear sleeve"),
        ("套着一个红色卡套", "红色卡套", None),
        ("没套卡套", "无卡套", None),
        ("跟一张公交卡套在一个卡套里", "与公交卡一同装在卡套内", None),
        ("卡套上挂着一个小熊钥匙扣", "卡套挂有小熊挂件", None),
    ],
    "stu_extra": [
        ("里面夹着火车票学生优惠卡", "内附火车票学生优惠卡", None),
        ("封皮上贴着一个小猫贴纸", "封皮贴有小猫贴纸", None),
        ("里面夹着一张一寸照片", "内夹一寸照片一张", None),
        ("装在一个蓝色证件套里", "装于蓝色证件套", None),
    ],
    "pass_extra": [
        ("护照里夹着登机牌和酒店卡", "护照内夹有登机牌、酒店房卡", "boarding pass and hotel key card inside"),
        ("护照套是黑色皮的", "黑色皮质护照套", "black leather cover"),
        ("里面夹着一张滑雪场的缆车卡", "内夹滑雪场缆车卡一张", "my lift pass inside"),
        ("护照里夹着几张卢布和人民币", "内夹有少量外币和人民币", "some cash inside"),
    ],
}


STORY_WORDS = ("着急", "打过去", "传给我", "天天抱着", "论文", "生日礼物", "本命年", "结婚时买", "冻没电", "新换",
               "今天滑雪", "ski videos", "结婚戒指", "all my photos", "nobody answered", "早上刚灌", "hot water")
CORE_SLOTS = ("kid_toy", "groc", "coin_look", "ch_color", "bike_mark")


def is_story(a):
    return any(w in (a["o"] or "") or w in (a["en"] or "") for w in STORY_WORDS)


def attr(pool, idx=None, en=False, fmt=None):
    items = POOLS[pool]
    if idx is None:
        cand = [i for i, it in enumerate(items) if (not en or it[2])]
        idx = ch(cand)
    o, f, e = items[idx]
    if fmt:
        o = o.format(**fmt)
        f = f.format(**fmt) if f else f
    return dict(slot=pool, i=idx, o=o, f=f, en=e, vis=f is not None, fmt=fmt)


def attr_alt(a):
    """Same slot, a value that cannot be true of the same object (for a twin)."""
    if a["slot"] in NAME_TEMPL and a["i"] == NAME_TEMPL[a["slot"]]:
        return attr_alt_name(a)
    cand = [i for i in EXCL[a["slot"]] if i != a["i"]]
    return attr(a["slot"], ch(cand), fmt=a.get("fmt"))


def attr_alt_name(a):
    """Same kind of mark, another name written in it."""
    fmt = a["fmt"]
    key = sorted(fmt.keys())[0]
    while True:
        if key == "name":
            v = cn_name(p(0.5))
        elif key == "sur":
            v = ch(SURNAMES)
        else:
            v = ch(["豆豆", "乐乐", "妞妞", "壮壮", "朵朵", "天天", "小雨", "果果", "欢欢", "宁宁"])
        if v != fmt[key] and v[0] != fmt[key][0]:
            break
    return attr(a["slot"], a["i"], fmt=dict(fmt, **{key: v}))


def free_attr(o, f=None, en=None, slot=None):
    return dict(slot=slot, i=None, o=o, f=f, en=en, vis=f is not None, fmt=None)


# ----------------------------------------------------------------------------------
# the kinds of object (hidden truth records)
# ----------------------------------------------------------------------------------
NOT_POCKET = ("suitcase", "backpack", "woven", "handbag", "groceries", "boardbag", "snowboard", "jacket", "laptop",
              "helmet", "thermos", "switch", "ebike", "bicycle", "kidtoy")


def mkT(kind, cat, noun_o, noun_f, mw, **kw):
    T = dict(kind=kind, cat=cat, noun_o=noun_o, noun_f=noun_f, mw=mw, noun_en=None,
             brand=None, brand_o=0.9, brand_f=0.6, model=None, model_o=0.0, model_f=0.0,
             color=None, phone_color=False, serial=None, attrs=[], hidden=[], fstate=[],
             settings=[("station", 1)], voices=[], en_ok=False, alt_cat=None, fcolor=None,
             person=None, extra_o=[], extra_f=[],
             pocket=kind not in NOT_POCKET)
    T.update(kw)
    return T


PHONE_MODELS = {
    "huawei": [("Mate 68", ["Mate68", "mate 68", "Mate 68"], "Mate 68"),
               ("nova 15 SE", ["nova15SE", "Nova 15 se", "nova 15 SE"], "nova 15 SE"),
               ("畅享 Z80", ["畅享Z80", "畅想Z80", "畅享 Z80"], "Enjoy Z80"),
               ("Pura 80 mini", ["P80mini", "Pura80 mini", "pura 80 mini"], "Pura 80 mini")],
    "apple": [("iPhone 16 Max", ["16max", "iphone16 max", "苹果16Max"], "iPhone 16 Max"),
              ("iPhone 15 Lite", ["15lite", "iPhone15 lite", "苹果15 Lite"], "iPhone 15 Lite"),
              ("iPhone 14 mini", ["14mini", "iphone 14mini"], "iPhone 14 mini")],
    "xiaomi": [("Redmi K88", ["红米K88", "k88", "Redmi K88"], "Redmi K88"),
               ("小米 15 青春版", ["小米15青春", "米15青春版"], "Mi 15 Youth"),
               ("Redmi Note 15X", ["红米note15x", "Note15X"], "Redmi Note 15X")],
    "honor": [("X70 Lite", ["x70lite", "荣耀X70 lite"], "X70 Lite"), ("Magic 8 Air", ["magic8air", "Magic8 Air"], "Magic 8 Air")],
    "oppo": [("Reno 14 Air", ["reno14air", "Reno14 Air"], "Reno 14 Air"), ("A5 活力版", ["A5活力", "A5活力版"], "A5 Vita")],
    "vivo": [("Y88 活力版", ["Y88", "y88活力"], "Y88 Vita"), ("S22 mini", ["s22mini", "S22 mini"], "S22 mini")],
    "samsung": [("Galaxy A58", ["A58", "galaxy a58"], "Galaxy A58"), ("Galaxy S26 Lite", ["S26 lite"], "Galaxy S26 Lite")],
}


def k_phone(en=False):
    b = wch([("apple", 5), ("samsung", 3), ("huawei", 1), ("xiaomi", 1)]) if en else \
        wch([("huawei", 5), ("apple", 5), ("xiaomi", 3), ("honor", 2), ("oppo", 2), ("vivo", 2)])
    m = ch(PHONE_MODELS[b])
    c = wch([("black", 6), ("darkgray", 2), ("white", 3), ("blue", 2), ("purple", 1), ("gold", 1),
             ("green", 1), ("silver", 1), ("pink", 1)])
    if b == "apple" and c == "black" and p(0.5):
        c = "darkgray"
    attrs = [attr("ph_case", en=en)]
    if p(0.55):
        attrs.append(attr("ph_screen", en=en))
    if p(0.3):
        attrs.append(attr("ph_charm", en=en))
    hidden = [attr("ph_hidden", en=en)]
    if p(0.5) and not en:
        hidden.append(free_attr("手机号尾号" + d4()))
    fst = ch(["手机已冻得没电关机", "手机处于锁屏状态", "拾得时电量耗尽，已关机", "有未接来电，锁屏无法接听",
              "开机状态，有密码锁", "屏幕亮着但有锁屏密码"])
    case_color = {4: "black", 5: "pink", 6: "brown", 9: "blue", 10: "red"}.get(attrs[0]["i"])
    return mkT("phone", "phone", ["手机"], ["手机", "手机", "智能手机"], "部", noun_en="phone",
               brand=b, brand_o=1.0, brand_f=0.65, model=m, model_o=0.7, model_f=0.15, color=c, phone_color=True,
               serial=dict(type="imei", value=make_imei(), o_p=0.45, f_p=0.3),
               attrs=attrs, hidden=hidden, fstate=[fst], fcolor=case_color,
               settings=[("station", 40), ("bus", 10), ("hotel", 10), ("market", 10), ("ice", 10), ("ski", 6),
                         ("shuttle", 5), ("taxi", 5), ("city", 4)],
               en_ok=en)


def k_idcard():
    male = p(0.5)
    name = cn_name(male)
    idn, home, birth = make_id(male)
    holder = attr("id_holder")
    extra = []
    if p(0.3):
        extra.append(free_attr("卡套里还夹着一张火车票报销凭证", "同套内有火车票报销凭证一张", slot="id_ticket"))
    return mkT("idcard", "id_doc", ["身份证", "身份证", "居民身份证"], ["居民身份证", "身份证"], "张",
               person=dict(name=name, male=male, home=home, birth=birth), color=None,
               serial=dict(type="id", value=idn, o_p=0.75, f_p=0.8), brand=None,
               attrs=[holder] + extra, hidden=([free_attr("照片是好几年前照的，留着短头发")] if p(0.3) else []),
               settings=[("station", 50), ("bus", 15), ("hotel", 15), ("city", 10), ("market", 5), ("ice", 5)])


def k_cardholder():  # owner says 证件 (id_doc), finder sees a card wallet (wallet): cross-category
    male = p(0.5)
    name = cn_name(male)
    idn, home, birth = make_id(male)
    bank = ch(BANKS)
    tail = d4()
    c = ch(["black", "brown", "red", "navy"])
    return mkT("cardholder", "id_doc", ["证件", "身份证和银行卡"], ["卡包", "卡套"], "个",
               person=dict(name=name, male=male, home=home, birth=birth), color=c,
               serial=dict(type="id", value=idn, o_p=0.6, f_p=0.7), brand=None,
               attrs=[free_attr("装在一个%s的小卡包里" % COLORS[c]["o"][0], "%s卡包" % COLORS[c]["f"][0], slot="ch_color"),
                      free_attr("里面还有一张%s卡，尾号%s" % (bank[0], tail),
                                "内有%s卡一张（尾号%s）" % (bank[1], tail), slot="ch_bank")],
               settings=[("station", 60), ("bus", 20), ("hotel", 20)], alt_cat="wallet")


SCHOOLS = ["铁峪大学", "铁峪师范学院", "北岭工业大学铁峪校区", "铁峪医学高等专科学校"]


def k_student():
    male = p(0.5)
    name = cn_name(male)
    school = ch(SCHOOLS)
    sno = "%d%02d%04d%02d" % (ri(2021, 2024), ri(1, 18), ri(1000, 9999), ri(1, 60))
    c = ch(["red", "blue", "navy", "green"])
    return mkT("student", "id_doc", ["学生证"], ["学生证"], "本",
               person=dict(name=name, male=male, school=school), color=c,
               serial=dict(type="student", value=sno, o_p=0.7, f_p=0.85),
               attrs=[attr("stu_extra")] + ([attr("id_holder", idx=ch([0, 1, 4]))] if p(0.3) else []),
               settings=[("station", 60), ("bus", 15), ("city", 25)], voices=["student"])


def k_passport():
    nat = ch(FOREIGN)
    male = p(0.5)
    given = ch(nat[2])
    name = "%s %s" % (given, ch(nat[3]))
    pno = "%s%s%07d" % (ch("KPRNE"), ch("ABCDKMX"), ri(0, 9999999))
    return mkT("passport", "id_doc", ["护照"], ["护照", "外国护照"], "本", noun_en="passport",
               person=dict(name=name, nat=nat), color=nat[4],
               serial=dict(type="passport", value=pno, o_p=0.8, f_p=0.9),
               attrs=[attr("pass_extra", en=True)],
               settings=[("hotel", 40), ("ski", 25), ("station", 20), ("shuttle", 15)], voices=["en"], en_ok=True)


def k_license():
    male = p(0.65)
    name = cn_name(male)
    idn, home, birth = make_id(male, (1965, 2003))
    c = ch(["black", "brown", "navy"])
    return mkT("license", "id_doc", ["驾驶证", "驾照"], ["机动车驾驶证", "驾驶证"], "本",
               person=dict(name=name, male=male, home=home, birth=birth), color=c,
               serial=dict(type="id", value=idn, o_p=0.55, f_p=0.8),
               attrs=[free_attr("皮套是%s的" % COLORS[c]["o"][0], "%s皮套" % COLORS[c]["f"][0], slot="lic_cover")] +
                     ([free_attr("里面夹着行驶证", "内夹行驶证一本", slot="lic_extra")] if p(0.5) else []),
               settings=[("station", 30), ("market", 30), ("hotel", 20), ("city", 20)])


def k_sscard():
    male = p(0.5)
    name = cn_name(male)
    idn, home, birth = make_id(male, (1950, 1990))
    return mkT("sscard", "id_doc", ["社保卡"], ["社会保障卡", "社保卡"], "张",
               person=dict(name=name, male=male, home=home, birth=birth), color=None,
               serial=dict(type="id", value=idn, o_p=0.5, f_p=0.7),
               attrs=[attr("id_holder", idx=ch([0, 1, 2]))],
               settings=[("city", 40), ("market", 30), ("bus", 30)])


def k_elder():
    male = p(0.4)
    name = cn_name(male)
    idn, home, birth = make_id(male, (1938, 1957), home=ch(HOMES[:3]))
    return mkT("elder", "id_doc", ["老年证", "老年优待证"], ["老年人优待证", "老年证"], "本",
               person=dict(name=name, male=male, home=home, birth=birth), color="red",
               serial=dict(type="id", value=idn, o_p=0.3, f_p=0.6),
               attrs=[attr("id_holder", idx=ch([0, 1, 3]))],
               settings=[("market", 40), ("bus", 30), ("city", 30)], voices=["granny"])


BANKS = [("工行", "中国工商银行", "6222"), ("农行", "中国农业银行", "6228"), ("建行", "中国建设银行", "6217"),
         ("中行", "中国银行", "6216"), ("邮储", "中国邮政储蓄银行", "6221"), ("交行", "交通银行", "6222")]


def k_wallet(en=False):
    style = wch([("men", 4), ("women", 4), ("card", 1), ("coin", 1)]) if not en else ch(["men", "women"])
    if style == "men":
        b = ch(["septwolves", "goldlion", None, None]) if not en else None
        c = ch(["black", "black", "brown"])
        noun_o, noun_f, mw = ["钱包", "短款钱包", "男士钱包"], ["男士钱包", "钱包", "短款钱包"], "个"
    elif style == "women":
        b = ch(["coach", None, None, "goldlion"]) if not en else ch(["coach", None])
        c = ch(["red", "pink", "black", "white", "winered", "camel"])
        noun_o, noun_f, mw = ["钱包", "长款钱包", "女士钱包"], ["女士长款钱包", "钱包"], "个"
    elif style == "card":
        b = None
        c = ch(["black", "brown", "navy"])
        noun_o, noun_f, mw = ["卡包"], ["卡包", "卡夹"], "个"
    else:
        b = None
        c = ch(["red", "purple", "green"])
        noun_o, noun_f, mw = ["零钱包", "小布钱包"], ["零钱包", "布钱包"], "个"
    bank = ch(BANKS)
    tail = d4()
    cash = ch([0, 50, 120, 300, 460, 520, 800, 950, 1200, 1350, 1780, 2600, 3100]) if style != "coin" \
        else ch([35, 60, 87, 150, 230, 312])
    attrs = []
    if p(0.6):
        attrs.append(attr("wl_style", en=en))
    if p(0.4):
        attrs.append(attr("wl_photo", en=en))
    if p(0.35) and not en:
        attrs.append(attr("wl_misc"))
    person = None
    serial = None
    if style != "coin":
        serial = dict(type="card", value=tail, bank=bank, o_p=0.6, f_p=0.75)
        if p(0.35) and not en:
            male = style == "men"
            name = cn_name(male)
            idn, home, birth = make_id(male)
            person = dict(name=name, male=male, home=home, birth=birth, idn=idn)
    else:
        attrs.append(free_attr("碎花布的，上面有个按扣", "碎花布面，带按扣", slot="coin_look"))
    return mkT("wallet", "wallet", noun_o, noun_f, mw, noun_en="wallet", brand=b, brand_o=0.9, brand_f=0.7,
               color=c, serial=serial, attrs=attrs, person=person, cash=cash, style=style,
               settings=[("market", 25), ("station", 30), ("bus", 10), ("taxi", 10), ("hotel", 10), ("ice", 10), ("city", 5)],
               voices=(["granny"] if style == "coin" else []), en_ok=en)


def k_keys():
    style = wch([("home", 6), ("car", 3), ("ebike", 1)])
    attrs = []
    b = None
    model = None
    if style == "home":
        attrs.append(attr("key_count"))
        attrs.append(attr("key_ring"))
        if p(0.5):
            attrs.append(attr("key_fob"))
        noun_o, noun_f, mw = ["钥匙", "钥匙", "家门钥匙"], ["钥匙", "钥匙"], "串"
    elif style == "car":
        b = ch(["vw", "toyota", "byd"])
        model = ("遥控钥匙", ["车钥匙", "遥控钥匙"], "key fob")
        attrs.append(attr("key_ring"))
        if p(0.5):
            attrs.append(attr("key_count", idx=ch([0, 3])))
        noun_o, noun_f, mw = ["车钥匙", "汽车钥匙"], ["汽车遥控钥匙", "车钥匙"], "把"
    else:
        b = ch(["yadea", "aima"])
        attrs.append(attr("key_ring"))
        noun_o, noun_f, mw = ["电动车钥匙"], ["电动车钥匙"], "把"
    hidden = [free_attr(ch(["是家里防盗门和单元门的钥匙", "有一把是单位更衣柜的", "还有一把是老家院子的钥匙",
                            "锁在家里的孩子等着开门呢"]))] if style == "home" and p(0.5) else []
    return mkT("keys", "keys", noun_o, noun_f, mw, brand=b, brand_o=0.95, brand_f=0.8, model=model,
               model_o=0.3, model_f=0.5, color=None, attrs=attrs, hidden=hidden, style=style,
               settings=[("station", 30), ("market", 20), ("ice", 15), ("hotel", 10), ("bus", 10), ("city", 15)])


def k_suitcase(en=False):
    b = ch(["samsonite", "diplomat", None, None]) if not en else ch(["samsonite", None])
    size = ch([20, 24, 26, 28])
    c = ch(["black", "silver", "navy", "gray", "pink", "red", "white", "green"])
    attrs = [attr("case_mark", en=en)]
    if p(0.4):
        attrs.append(attr("case_mark", en=en))
        if attrs[1]["i"] == attrs[0]["i"]:
            attrs.pop()
    hidden = []
    content = attr("case_content", en=en)
    hidden.append(dict(content, vis=True, slot="case_content", content=True))
    if p(0.4) and not en:
        hidden.append(free_attr("密码锁密码是%03d" % ri(0, 999)))
    return mkT("suitcase", "bag", ["行李箱", "拉杆箱", "箱子"], ["拉杆行李箱", "行李箱"], "个", noun_en="suitcase",
               brand=b, brand_o=0.8, brand_f=0.7, model=("%d寸" % size, ["%d寸" % size, "%d寸的" % size], "%d-inch" % size),
               model_o=0.8, model_f=0.5, color=c, attrs=attrs, hidden=hidden,
               settings=[("station", 40), ("bus", 20), ("hotel", 15), ("taxi", 15), ("shuttle", 10)], en_ok=en)


def k_backpack(en=False):
    b = ch(["jansport", "tnf", "decathlon", None, None])
    c = ch(["black", "black", "gray", "navy", "green", "red"])
    attrs = [attr("bp_mark", en=en)]
    content = attr("bp_content", en=en)
    hidden = [dict(content, slot="bp_content", content=True)]
    return mkT("backpack", "bag", ["双肩包", "书包", "背包"], ["双肩背包", "背包"], "个", noun_en="backpack",
               brand=b, brand_o=0.8, brand_f=0.6, color=c, attrs=attrs, hidden=hidden,
               settings=[("station", 35), ("bus", 15), ("city", 20), ("shuttle", 10), ("ski", 10), ("hotel", 10)],
               en_ok=en)


def k_woven():
    sur = ch(SURNAMES)
    attrs = [attr("woven_mark", fmt={"sur": sur})]
    if p(0.4):
        a2 = attr("woven_mark", fmt={"sur": sur})
        if a2["i"] != attrs[0]["i"]:
            attrs.append(a2)
    content = attr("woven_content")
    hidden = [dict(content, slot="woven_content", content=True)]
    if p(0.5):
        col, no, nf = "white", ["编织袋", "蛇皮袋", "大编织袋"], ["编织袋", "蛇皮袋"]
    else:
        col, no, nf = None, ["红白蓝条纹的蛇皮袋", "红白蓝的编织袋"], ["红白蓝条纹编织袋", "条纹编织袋"]
    return mkT("woven", "bag", no, nf, "个",
               color=col, attrs=attrs, hidden=hidden, surname=sur,
               settings=[("station", 50), ("bus", 40), ("market", 10)], voices=["migrant"])


def k_handbag():
    b = ch(["coach", None, None])
    c = ch(["black", "camel", "red", "white", "winered"])
    hidden = [free_attr(ch(["里面有口红、纸巾和一把伞", "里面有个化妆包和充电器", "包里有孩子的药和病历本",
                            "包里有两张去宁丘的车票"]))]
    attrs = [free_attr(ch(["肩带上系着丝巾", "包带断过一次又缝上了", "包上挂着一个毛绒球"]), None)]
    attrs[0]["f"] = {"肩带上系着丝巾": "肩带系有丝巾", "包带断过一次又缝上了": "包带有缝补痕迹",
                     "包上挂着一个毛绒球": "挂有毛绒球挂件"}[attrs[0]["o"]]
    attrs[0]["vis"] = True
    attrs[0]["slot"] = "handbag_mark"
    return mkT("handbag", "bag", ["挎包", "手提包", "包"], ["女士挎包", "手提包"], "个", brand=b, brand_o=0.9, brand_f=0.6,
               color=c, attrs=attrs, hidden=hidden,
               settings=[("market", 30), ("station", 30), ("taxi", 15), ("ice", 10), ("hotel", 15)])


def k_groceries():
    items = ch([("红肠三根、一袋榛蘑", "红肠3根、榛蘑一袋"), ("冻梨冻柿子和一箱粘豆包", "冻梨、冻柿子及粘豆包一箱"),
                ("两条大鲤鱼和一袋饺子", "鲤鱼2条、速冻饺子一袋"), ("给孩子买的新衣服和一盒糖", "儿童衣物、糖果一盒")])
    c = ch(["red", "white", "blue"])
    return mkT("groceries", "bag", ["年货袋子", "装年货的袋子", "手提袋"], ["手提袋", "塑料袋"], "个",
               color=c, attrs=[free_attr("里面装着" + items[0], "内有" + items[1], slot="groc")],
               settings=[("market", 50), ("bus", 30), ("taxi", 20)])


def k_boardbag(en=False):
    b = ch(["burton", "salomon"])
    c = ch(["black", "navy", "gray"])
    return mkT("boardbag", "bag", ["雪板包", "滑雪板包"], ["雪板包", "单板滑雪板包"], "个", noun_en="snowboard bag",
               brand=b, brand_o=1.0, brand_f=0.8, color=c, attrs=[attr("board_mark", en=en)],
               hidden=[free_attr("包里有一块单板和一双雪鞋", en="a board and boots inside")],
               settings=[("shuttle", 40), ("ski", 40), ("station", 20)], en_ok=en)


def k_redpacket():
    n = ch([1, 1, 1, 2, 3, 5])
    each = ch([200, 288, 500, 600, 666, 800, 888, 1000, 1200, 1666, 2000])
    attrs = [attr("hb_print")]
    if p(0.6):
        attrs.append(attr("hb_write"))
    noun_o = ["红包"] if n == 1 else ["%d个红包" % n, "一沓红包"]
    return mkT("redpacket", "cash", noun_o, ["红包"] if n == 1 else ["红包%d个" % n], "个" if n == 1 else "叠",
               color="red", attrs=attrs, amount=each * n, count=n,
               settings=[("market", 35), ("station", 30), ("bus", 15), ("hotel", 10), ("taxi", 10)])


def k_envelope():
    amt = ch([4800, 5300, 6500, 7400, 8200, 9600, 10500, 11400, 13000, 15800])
    attrs = [attr("env_write")]
    return mkT("envelope", "cash", ["牛皮纸信封", "装钱的信封"], ["牛皮纸信封", "信封"], "个", color=None,
               attrs=attrs, amount=amt, count=1,
               settings=[("station", 50), ("bus", 40), ("market", 10)], voices=["migrant"])


def k_cashroll():
    amt = ch([700, 1500, 2300, 3000, 3600, 4200, 5100])
    return mkT("cashroll", "cash", ["现金", "一卷钱"], ["现金", "人民币现金"], "卷", color=None,
               attrs=[attr("cash_bind")], amount=amt, count=1,
               settings=[("market", 60), ("station", 20), ("taxi", 20)])


def k_bangle():
    b = ch(["ctf", "lfx", None])
    g = "%.1f" % R.uniform(18, 46)
    attrs = [attr("gold_pat")]
    if p(0.6):
        attrs.append(attr("engrave", idx=ch([0, 1, 3, 4])))
    return mkT("bangle", "jewelry", ["金手镯", "金镯子"], ["黄金手镯", "金色手镯"], "只", brand=b, brand_o=0.9,
               brand_f=0.4, color="gold", attrs=attrs, hidden=[free_attr("发票上写的%s克" % g)],
               settings=[("hotel", 30), ("ice", 20), ("market", 20), ("station", 20), ("ski", 10)])


def k_necklace():
    b = ch(["ctf", "lfx", None])
    attrs = [attr("pendant")]
    return mkT("necklace", "jewelry", ["金项链", "项链"], ["黄金项链", "金色项链"], "条", brand=b, brand_o=0.8,
               brand_f=0.3, color="gold", attrs=attrs,
               hidden=[free_attr(ch(["是结婚时买的", "本命年给自己买的", "孩子给买的生日礼物"]))],
               settings=[("hotel", 35), ("ice", 20), ("market", 15), ("station", 20), ("ski", 10)])


def k_jade():
    attrs = [attr("jade")]
    return mkT("jade", "jewelry", ["玉镯子", "玉手镯"], ["玉镯", "玉手镯"], "只", color=ch(["jadegreen", "white"]),
               attrs=attrs, hidden=[free_attr("是我妈传给我的，戴了二十多年")],
               settings=[("hotel", 30), ("market", 30), ("station", 20), ("bus", 20)], voices=["granny"])


def k_kidsilver():  # owner: jewelry; finder may file as other
    attrs = [attr("engrave", idx=2), free_attr("带着小铃铛", "带小铃铛", slot="bell")]
    return mkT("kidsilver", "jewelry", ["银手镯", "宝宝的银镯子"], ["儿童银手镯", "小银镯"], "只", color="silver",
               attrs=attrs, settings=[("ice", 40), ("station", 40), ("market", 20)], voices=["parent"],
               alt_cat="other")


def k_ring():
    attrs = [attr("engrave", idx=ch([0, 1, 4]))]
    kind = ch([("金戒指", "黄金戒指", "gold"), ("钻戒", "镶钻戒指", "silver"), ("铂金戒指", "白色金属戒指", "silver")])
    return mkT("ring", "jewelry", [kind[0], "戒指"], [kind[1], "戒指"], "枚", color=kind[2], attrs=attrs,
               hidden=[free_attr("是结婚戒指，摘手套的时候带下来的")],
               settings=[("ski", 30), ("hotel", 30), ("ice", 20), ("station", 20)])


def k_powerbank():
    b = ch(["anker", "romoss", "xiaomi", "huawei"])
    cap = ch([10000, 20000, 20000, 30000])
    c = ch(["black", "white", "white", "blue", "pink"])
    attrs = [attr("pb_mark", en=False)]
    return mkT("powerbank", "electronics", ["充电宝", "移动电源"], ["充电宝", "移动电源"], "个", noun_en="power bank",
               brand=b, brand_o=0.85, brand_f=0.8,
               model=("%dmAh" % cap, ["%d毫安" % cap, "%dmAh" % cap, "%d万毫安" % (cap // 10000)], "%dmAh" % cap),
               model_o=0.6, model_f=0.7, color=c, attrs=attrs,
               hidden=[free_attr("天冷掉电快，本来就剩一半电")] if p(0.3) else [],
               settings=[("station", 50), ("bus", 15), ("shuttle", 10), ("ski", 10), ("hotel", 15)],
               alt_cat="other")


def k_earbuds(en=False):
    b = ch(["apple", "huawei", "xiaomi"])
    model = {"apple": ("AirPods Pro 3", ["AirPods", "airpods pro", "苹果耳机"], "AirPods Pro 3"),
             "huawei": ("FreeBuds 7", ["freebuds7", "FreeBuds"], "FreeBuds 7"),
             "xiaomi": ("Buds 6", ["小米耳机", "buds6"], "Buds 6")}[b]
    c = "white" if b == "apple" else ch(["white", "black", "blue"])
    sn = "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
    return mkT("earbuds", "electronics", ["蓝牙耳机", "耳机"], ["无线耳机", "蓝牙耳机"], "副", noun_en="earbuds",
               brand=b, brand_o=0.95, brand_f=0.7, model=model, model_o=0.6, model_f=0.4, color=c,
               serial=dict(type="sn", value=sn, o_p=0.35, f_p=0.2),
               attrs=[attr("ear_mark", en=en)], settings=[("station", 40), ("bus", 15), ("shuttle", 10),
                                                           ("city", 20), ("ski", 15)], en_ok=en)


def k_laptop():
    b = ch(["lenovo", "huawei", "apple"])
    model = {"lenovo": ("ThinkBook 14 G9", ["thinkbook14", "ThinkBook"], None),
             "huawei": ("MateBook 16X", ["matebook16x", "MateBook"], None),
             "apple": ("MacBook Air 15", ["macbook air", "Mac"], None)}[b]
    c = ch(["silver", "gray", "darkgray"])
    sn = "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12))
    return mkT("laptop", "electronics", ["笔记本电脑", "电脑"], ["笔记本电脑"], "台",
               brand=b, brand_o=1.0, brand_f=0.9, model=model, model_o=0.6, model_f=0.5, color=c,
               serial=dict(type="sn", value=sn, o_p=0.45, f_p=0.5),
               attrs=[attr("lap_mark")], hidden=[free_attr("里面有毕业论文，没备份")] if p(0.5) else [],
               settings=[("station", 40), ("city", 30), ("hotel", 15), ("bus", 15)], voices=["student", ""])


def k_camera(en=False):
    b = ch(["dji", "insta"])
    model = {"dji": ("Osmo Action 9", ["action9", "Osmo Action"], "Osmo Action 9"),
             "insta": ("X6 Go", ["x6", "insta360 x6"], "X6 Go")}[b]
    sn = "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(14))
    return mkT("camera", "electronics", ["运动相机", "相机"], ["运动相机", "小型相机"], "台", noun_en="action camera",
               brand=b, brand_o=1.0, brand_f=0.8, model=model, model_o=0.7, model_f=0.4, color="black",
               serial=dict(type="sn", value=sn, o_p=0.4, f_p=0.35), attrs=[attr("cam_mark", en=en)],
               hidden=[free_attr("卡里是今天滑雪拍的视频", en="the card has all my ski videos")],
               settings=[("ski", 50), ("shuttle", 25), ("hotel", 15), ("ice", 10)], en_ok=en)


def k_switch():
    return mkT("switch", "electronics", ["游戏机", "Switch"], ["游戏机", "掌上游戏机"], "台",
               brand="nintendo", brand_o=1.0, brand_f=0.7, model=("Switch OLED", ["switch", "NS"], None),
               model_o=0.6, model_f=0.5, color=ch(["black", "white"]), attrs=[attr("sw_mark")],
               settings=[("station", 60), ("bus", 20), ("hotel", 20)], voices=["student", "parent"])


def k_kidwatch():  # owner may file it as other (child's thing); finder as electronics
    c = ch(["pink", "blue"])
    kid = cn_name(c == "blue")[1:] if p(0.5) else ch(["豆豆", "乐乐", "妞妞", "壮壮"])
    return mkT("kidwatch", "other", ["电话手表", "儿童手表"], ["儿童电话手表", "智能手表"], "块",
               brand="xtc", brand_o=1.0, brand_f=0.6, model=("Z11", ["z11"], None), model_o=0.3, model_f=0.2,
               color=c, attrs=[attr("watch_mark")], hidden=[free_attr("手表里存着我和孩子他爸的电话，能定位但冻没电了")],
               settings=[("ice", 40), ("station", 30), ("market", 30)], voices=["parent"], alt_cat="electronics")


def k_gloves(en=False):
    b = ch(["burton", "decathlon", "uniqlo", None, None])
    c = ch(["black", "black", "red", "gray", "navy", "white", "pink"])
    ski = p(0.45)
    single = p(0.25)
    attrs = [attr("glove_type", en=en)]
    if p(0.6):
        attrs.append(attr("glove_mark", en=en))
    if single:
        attrs.append(free_attr("只丢了右手那只", "右手单只", "only the right one", slot="glove_single"))
    return mkT("gloves", "other", ["滑雪手套", "手套"] if ski else ["手套", "棉手套"],
               ["滑雪手套", "手套"] if ski else ["手套", "棉手套"], "只" if single else "副",
               noun_en="ski gloves" if ski else "gloves", brand=b, brand_o=0.6, brand_f=0.5, color=c, attrs=attrs,
               settings=[("ice", 25), ("station", 20), ("ski", 25), ("market", 10), ("shuttle", 10), ("bus", 10)],
               en_ok=en)


def k_scarf(en=False):
    c = ch(["red", "gray", "camel", "navy", "winered", "white"])
    attrs = [attr("scarf_mark", en=en)]
    return mkT("scarf", "other", ["围巾"], ["围巾"], "条", noun_en="scarf", brand=ch(["uniqlo", None, None]),
               brand_o=0.6, brand_f=0.4, color=c, attrs=attrs,
               settings=[("ice", 30), ("station", 30), ("market", 15), ("bus", 10), ("hotel", 15)], en_ok=en)


def k_jacket(en=False):
    b = ch(["bosideng", "yaya", "tnf", None]) if not en else ch(["tnf", None])
    c = ch(["black", "black", "navy", "red", "white", "green", "camel"])
    size = ch(["L", "XL", "XXL", "170", "175", "180"])
    attrs = [attr("jacket_mark", en=en)]
    pocket = attr("jacket_pocket", en=en)
    hidden = [dict(pocket, content=True)]
    return mkT("jacket", "other", ["羽绒服", "棉袄", "大衣"], ["羽绒服", "羽绒外套"], "件", noun_en="down jacket",
               brand=b, brand_o=0.9, brand_f=0.7, model=(size, [size + "码", size], size), model_o=0.4, model_f=0.4,
               color=c, attrs=attrs, hidden=hidden,
               settings=[("ski", 25), ("hotel", 20), ("station", 20), ("ice", 15), ("shuttle", 10), ("bus", 10)],
               en_ok=en)


def k_hat():
    c = ch(["black", "brown", "gray", "red"])
    typ = ch([("雷锋帽", "雷锋帽（护耳棉帽）"), ("毛线帽", "针织毛线帽"), ("貂皮帽子", "皮毛帽")])
    extra = ch([("顶上有个毛球", "顶部有毛球"), ("里面写着名字", "内衬写有名字"), ("护耳带子断了一根", "护耳系带断一根")])
    return mkT("hat", "other", [typ[0], "帽子"], [typ[1], "帽子"], "顶", color=c,
               attrs=[free_attr(extra[0], extra[1], slot="hat_mark")],
               settings=[("ice", 30), ("station", 30), ("market", 20), ("bus", 20)])


def k_thermos(en=False):
    b = ch(["thermos", "zojirushi", "fuguang", None])
    c = ch(["black", "silver", "pink", "white", "navy", "green"])
    vol = ch(["500ml", "500ml", "350ml", "1L"])
    nm = cn_name(p(0.5))
    a1 = attr("thermos_mark", en=en, fmt={"name": nm})
    attrs = [a1]
    hidden = [attr("thermos_hidden", en=en)] if p(0.6) else []
    return mkT("thermos", "other", ["保温杯", "水杯"] if vol != "1L" else ["保温壶", "暖壶"],
               ["保温杯", "不锈钢保温杯"] if vol != "1L" else ["保温壶"], "个", noun_en="thermos flask",
               brand=b, brand_o=0.85, brand_f=0.7, model=(vol, [vol, vol.replace("ml", "毫升")], vol), model_o=0.5,
               model_f=0.4, color=c, attrs=attrs, hidden=hidden,
               settings=[("station", 45), ("bus", 20), ("shuttle", 10), ("ski", 10), ("market", 15)], en_ok=en)


def k_snowboard(en=False):
    b = ch(["burton", "salomon", "decathlon"])
    length = ch([146, 150, 154, 156, 158])
    attrs = [attr("board_mark", en=en)]
    if p(0.4):
        a2 = attr("board_mark", en=en)
        if a2["i"] != attrs[0]["i"]:
            attrs.append(a2)
    return mkT("snowboard", "other", ["单板", "滑雪板"], ["单板滑雪板", "滑雪板"], "块", noun_en="snowboard",
               brand=b, brand_o=1.0, brand_f=0.8, model=("%dcm" % length, ["%d" % length, "%dcm" % length], "%dcm" % length),
               model_o=0.6, model_f=0.5, color=ch(["black", "white", "blue"]), attrs=attrs,
               settings=[("ski", 50), ("shuttle", 35), ("hotel", 15)], en_ok=en)


def k_goggles(en=False):
    b = ch(["oakley", "decathlon", "burton"])
    c = ch(["black", "white", "red"])
    return mkT("goggles", "other", ["雪镜", "滑雪镜"], ["滑雪护目镜", "雪镜"], "副", noun_en="ski goggles",
               brand=b, brand_o=0.9, brand_f=0.7, color=c, attrs=[attr("goggle_mark", en=en)],
               settings=[("ski", 55), ("shuttle", 30), ("hotel", 15)], en_ok=en)


def k_helmet(en=False):
    b = ch(["salomon", "decathlon", "burton"])
    c = ch(["black", "white", "gray", "pink"])
    return mkT("helmet", "other", ["滑雪头盔", "头盔"], ["滑雪头盔"], "个", noun_en="ski helmet",
               brand=b, brand_o=0.9, brand_f=0.7, color=c, attrs=[attr("helmet_mark", en=en)],
               settings=[("ski", 55), ("shuttle", 30), ("hotel", 15)], en_ok=en)


def k_kidtoy():
    a = attr("kid_toy")
    return mkT("kidtoy", "other", ["毛绒玩具", "孩子的玩具"], ["毛绒玩具", "儿童玩具"], "个", color=None, attrs=[a],
               hidden=[free_attr("孩子天天抱着睡觉，找不着一直哭")],
               settings=[("station", 40), ("ice", 30), ("market", 15), ("bus", 15)], voices=["parent"])


def k_kidgear():
    kid = ch(["豆豆", "乐乐", "妞妞", "壮壮", "朵朵", "天天", "小雨", "果果"])
    typ = ch([("小孩的棉手套", "儿童棉手套", "副"), ("孩子的棉帽子", "儿童棉帽", "顶"), ("儿童保温水壶", "儿童水壶", "个"),
              ("孩子的小书包", "儿童书包", "个")])
    c = ch(["pink", "yellow", "blue", "red"])
    return mkT("kidgear", "other", [typ[0]], [typ[1]], typ[2], color=c,
               attrs=[attr("kid_mark", fmt={"kid": kid})],
               settings=[("ice", 40), ("station", 30), ("market", 20), ("bus", 10)], voices=["parent"])


def k_ebike():
    b = ch(["yadea", "aima"])
    model = {"yadea": ("冠能 T9", ["T9", "冠能T9"], None), "aima": ("A600 Lite", ["A600", "a600lite"], None)}[b]
    frame = "TY" + "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(11))
    c = ch(["white", "black", "red", "gray"])
    attrs = [attr("eb_mark")]
    if p(0.5):
        a2 = attr("eb_mark")
        if a2["i"] != attrs[0]["i"]:
            attrs.append(a2)
    return mkT("ebike", "ebike", ["电动车", "电瓶车"], ["电动自行车", "电动车"], "辆", brand=b, brand_o=1.0, brand_f=0.9,
               model=model, model_o=0.6, model_f=0.5, color=c,
               serial=dict(type="frame", value=frame, o_p=0.5, f_p=0.8), attrs=attrs,
               hidden=[free_attr("电瓶是去年新换的")],
               settings=[("market", 60), ("station", 40)])


def k_bicycle():
    b = ch(["giant"])
    frame = "GT" + "".join(ch("0123456789") for _ in range(9))
    c = ch(["blue", "black", "orange"])
    return mkT("bicycle", "bicycle", ["自行车", "山地车"], ["山地自行车", "自行车"], "辆", brand=b, brand_o=1.0,
               brand_f=0.8, model=("ATX 870", ["ATX", "atx870"], None), model_o=0.5, model_f=0.4, color=c,
               serial=dict(type="frame", value=frame, o_p=0.4, f_p=0.7),
               attrs=[free_attr("车把上缠着黑色防滑带，车座套着棉座套", "车把缠黑色防滑带，车座有棉座套", slot="bike_mark")],
               settings=[("ice", 50), ("station", 50)])


KINDS_BY_CAT = {
    "phone": [(k_phone, 1)],
    "id_doc": [(k_idcard, 10), (k_student, 4), (k_passport, 2), (k_license, 3), (k_sscard, 2), (k_elder, 1)],
    "wallet": [(k_wallet, 1)],
    "keys": [(k_keys, 1)],
    "bag": [(k_suitcase, 5), (k_backpack, 4), (k_woven, 3), (k_handbag, 2), (k_groceries, 2), (k_boardbag, 1)],
    "cash": [(k_redpacket, 5), (k_envelope, 3), (k_cashroll, 2)],
    "jewelry": [(k_bangle, 3), (k_necklace, 3), (k_jade, 2), (k_ring, 2)],
    "electronics": [(k_powerbank, 5), (k_earbuds, 4), (k_laptop, 2), (k_camera, 2), (k_switch, 1)],
    "other": [(k_gloves, 5), (k_scarf, 4), (k_jacket, 4), (k_hat, 2), (k_thermos, 6), (k_snowboard, 2),
              (k_goggles, 2), (k_helmet, 1), (k_kidtoy, 2), (k_kidgear, 3)],
    "ebike": [(k_ebike, 1)],
    "bicycle": [(k_bicycle, 1)],
}
EN_CAPABLE = {k_phone, k_wallet, k_suitcase, k_backpack, k_boardbag, k_earbuds, k_camera, k_gloves, k_scarf,
              k_jacket, k_thermos, k_snowboard, k_goggles, k_helmet}

# lost reports per category: (with a true found item, never found)
PLAN = [("phone", 27, 15), ("id_doc", 22, 10), ("wallet", 18, 10), ("keys", 11, 7), ("bag", 17, 9),
        ("cash", 7, 7), ("jewelry", 6, 6), ("electronics", 15, 9), ("other", 24, 16), ("ebike", 2, 1),
        ("bicycle", 1, 0)]
# cross-category pairs (owner's category -> finder's category) built on purpose, at most 5
CROSS = {"id_doc": k_cardholder, "electronics": k_powerbank, "other": k_kidwatch, "jewelry": k_kidsilver}


# ----------------------------------------------------------------------------------
# scenario: where and when it really happened, who writes
# ----------------------------------------------------------------------------------
def pick_setting(T):
    s = wch(T["settings"])
    if s == "hotel":
        s = "hotel:" + ch([h[0] for h in HOTELS])
    return s


def pick_truth_place(setting):
    if setting in ("shuttle", "taxi"):
        return setting
    if setting == "city":
        return ch(["uni_gate", "uni_lib", "oldst", "hosp", "mall", "bus1"])
    return ch(SETTING_PLACES[setting])


HOURS = {"station": (6, 21), "bus": (6, 16), "market": (8, 16), "ice": (13, 20), "ski": (9, 14),
         "shuttle": (7, 17), "taxi": (6, 22), "city": (8, 19), "hotel": (7, 11)}


def setting_base(s):
    return "hotel" if s.startswith("hotel:") else s


def pick_day():
    # 春运 started 1月14日: more traffic in the last two weeks
    return wch([(d, 1 if d < 14 else 3) for d in range(2, 28)])


def make_window(setting, voice):
    base = setting_base(setting)
    while True:
        day = pick_day()
        lo, hi = HOURS[base]
        h = ri(lo, hi)
        m = ch([0, 10, 20, 30, 40, 50])
        start = dt.datetime(2025, 1, day, h, m)
        if base == "hotel":
            if p(0.5):   # "last night it was there, after checkout it was gone"
                start = dt.datetime(2025, 1, day, 0, 0) - dt.timedelta(minutes=ch([60, 120, 180, 240]))
                end = dt.datetime(2025, 1, day, ri(9, 12), ch([0, 30]))
            else:
                end = start + dt.timedelta(minutes=ch([60, 90, 120, 180]))
        elif base == "ski":
            end = start + dt.timedelta(minutes=ch([120, 180, 240, 300, 360]))
        elif base == "shuttle":
            start = dt.datetime(2025, 1, day, ch([7, 8, 15, 16]), ch([0, 30]))
            end = start + dt.timedelta(minutes=ch([90, 100, 110]))
        elif base == "taxi":
            end = start + dt.timedelta(minutes=ch([15, 20, 30, 40]))
        elif base in ("market", "ice", "city"):
            end = start + dt.timedelta(minutes=ch([60, 90, 120, 180]))
        else:
            end = start + dt.timedelta(minutes=ch([20, 30, 40, 60, 90, 120]))
        if voice == "granny":
            start = start - dt.timedelta(minutes=ch([60, 120, 180]))
            end = end + dt.timedelta(minutes=ch([60, 120, 240]))
        elif p(0.08):   # noticed much later: the window stretches
            end = end + dt.timedelta(minutes=ch([300, 480, 720]))
        if end <= T0 - dt.timedelta(minutes=90) and start.month == 1:
            return start, end


def found_time(setting, start, end):
    base = setting_base(setting)
    w = int((end - start).total_seconds() // 60)
    if base == "hotel":
        t = end - dt.timedelta(minutes=ri(0, 40)) + dt.timedelta(minutes=ri(10, 200))
    elif base == "shuttle":
        t = end + dt.timedelta(minutes=ri(10, 300))
    elif base == "taxi":
        t = start + dt.timedelta(minutes=ri(20, 600))
    elif base == "ice":
        t = start + dt.timedelta(minutes=ri(10, w + 900))
    elif base == "ski":
        t = start + dt.timedelta(minutes=ri(20, w + 180))
    else:
        t = start + dt.timedelta(minutes=ri(5, w + 150))
    if p(0.07):
        t = start + dt.timedelta(minutes=ri(1440, 4320))   # turned up days later (deep clean, under a seat)
    t = normalize_found(setting, t)
    if t > T0 - dt.timedelta(minutes=5):
        t = start + (T0 - dt.timedelta(minutes=5) - start) * R.random()
    if t < start:
        t = start
    return t.replace(second=0, microsecond=0)


def finder_place(setting, truth_place, T=None):
    base = setting_base(setting)
    if T is not None and T["cat"] in ("ebike", "bicycle"):
        return truth_place
    if base == "shuttle":
        return ch(["depot", "depot", "ski_park", "st_ssq"])
    if base == "taxi":
        return "police"
    if truth_place == "bus1":
        return ch(["st_bus_found", "mk_gate"]) if False else "mk_gate"
    if p(0.62):
        return truth_place
    if base == "city":
        return truth_place
    sibs = [k for k in SETTING_PLACES[setting] if k != truth_place]
    return ch(sibs) if sibs else truth_place


def owner_place(setting, truth_place):
    if truth_place in ("shuttle", "taxi", "bus1") or setting == "city":
        return truth_place
    r = R.random()
    if r < 0.55:
        return truth_place
    if r < 0.85 and setting in SETTING_PLACES:
        return ch(SETTING_PLACES[setting])
    g = generic_for(setting_base(setting))
    return g if g else truth_place


def owner_voice(T, setting):
    base = setting_base(setting)
    forced = [v for v in T["voices"] if v]
    if T.get("en_ok"):
        return "en"
    if "granny" in forced and T.get("person") and T["person"].get("birth") and T["person"]["birth"].year > 1958:
        forced = [v for v in forced if v != "granny"]
    if forced and (p(0.85) or T["kind"] in ("envelope", "woven", "elder", "kidtoy", "kidgear", "kidwatch",
                                                 "kidsilver", "student")):
        return ch(forced)
    cands = [("std", 50), ("hurry", 16)]
    if base in ("station", "bus", "market"):
        cands.append(("migrant", 12))
    if base in ("market", "ice", "bus", "station", "city") and \
            not (T.get("person") and (not T["person"].get("birth") or T["person"]["birth"].year > 1958)):
        cands.append(("granny", 6))
    if base in ("station", "bus", "city"):
        cands.append(("student", 10))
    if base == "hotel":
        cands.append(("business", 14))
    return wch(cands)


def finder_voice(fplace, setting):
    """Who hands it in: depends on where it was found (and on the vehicle it was lost in)."""
    if setting == "shuttle" and fplace in ("depot", "ski_park", "st_ssq"):
        return "driver"
    s = setting_of(fplace)
    if s == "shuttle_found":
        return "driver"
    if s == "taxi_found":
        return "taxidriver"
    base = setting_base(s)
    if s == "station_bike":
        return wch([("staff", 50), ("police", 50)])
    if base == "station":
        return wch([("cleaner", 35), ("staff", 30), ("citizen", 20), ("police", 15)])
    if base == "bus":
        return wch([("staff", 60), ("citizen", 40)])
    if base == "hotel":
        return "hotel"
    if base == "market":
        return wch([("vendor", 45), ("guard", 25), ("citizen", 30)])
    if base == "ice":
        return wch([("icestaff", 50), ("citizen", 35), ("police", 15)])
    if base == "ski":
        return wch([("skistaff", 70), ("citizen", 20), ("en_finder", 10)])
    return wch([("citizen", 70), ("police", 30)])


# ----------------------------------------------------------------------------------
# time phrases
# ----------------------------------------------------------------------------------
def period(h):
    if h < 5:
        return "凌晨"
    if h < 9:
        return "早上"
    if h < 11:
        return "上午"
    if h < 13:
        return "中午"
    if h < 18:
        return "下午"
    return "晚上"


def clock(t, fuzzy=False):
    h, m = t.hour, t.minute
    h12 = h if h <= 12 else h - 12
    if h == 0:
        h12 = 12
    pre = period(h)
    if fuzzy:
        if m < 15:
            return "%s%d点左右" % (pre, h12)
        if m < 45:
            return "%s%d点多" % (pre, h12)
        return "%s快%d点" % (pre, (h12 % 12) + 1)
    if m == 0:
        return "%s%d点" % (pre, h12)
    if m == 30:
        return "%s%d点半" % (pre, h12)
    return "%s%d点%d" % (pre, h12, m) if m >= 10 else "%s%d点0%d" % (pre, h12, m)


def date_cn(t):
    return ch(["%d月%d日" % (t.month, t.day), "%d月%d号" % (t.month, t.day), "%d号" % t.day])


def window_cn(start, end, voice):
    if voice == "granny":
        return ch(["%d号那天%s" % (start.day, period(start.hour + 1)), "%s那天" % date_cn(start),
                   "%s（具体几点记不清了）" % date_cn(start)])
    if start.date() != end.date():
        return "%s%s到%s%s之间" % (date_cn(start), clock(start, True), ("%d号" % end.day), clock(end, True))
    r = R.random()
    if r < 0.4:
        return "%s%s到%s之间" % (date_cn(start), clock(start), clock(end).replace(period(end.hour), "", 1)
                              if period(end.hour) == period(start.hour) else clock(end))
    if r < 0.75:
        return "%s%s" % (date_cn(start), clock(start, True))
    return "%s %02d:%02d左右" % (date_cn(start), start.hour, start.minute)


def when_found_cn(t):
    r = R.random()
    if r < 0.5:
        return "%d月%d日%s" % (t.month, t.day, clock(t))
    if r < 0.8:
        return "%d月%d日 %02d:%02d" % (t.month, t.day, t.hour, t.minute)
    return "%d日%s" % (t.day, clock(t, True))


MON = "Jan"


def window_en(start, end):
    def hm(t):
        h = t.hour % 12 or 12
        return "%d:%02d %s" % (h, t.minute, "am" if t.hour < 12 else "pm")
    if start.date() != end.date():
        return "between %s %d (%s) and %s %d (%s)" % (MON, start.day, hm(start), MON, end.day, hm(end))
    return ch(["on %s %d between %s and %s" % (MON, start.day, hm(start), hm(end)),
               "on %s %d, around %s" % (MON, start.day, hm(start))])


# ----------------------------------------------------------------------------------
# serial writing
# ----------------------------------------------------------------------------------
def imei_forms(v, who):
    spaced = "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14])
    dashed = "%s-%s-%s-%s" % (v[:2], v[2:8], v[8:14], v[14])
    quad = " ".join([v[i:i + 4] for i in range(0, 15, 4)])
    if who == "o":
        return wch([(v, 30), (spaced, 20), (quad, 15), ("IMEI:" + v, 10), (dashed, 10), ("后六位" + v[-6:], 15)])
    return wch([(v, 60), ("IMEI " + v, 25), (quad, 15)])


def id_forms(v, who):
    masked = v[:6] + "********" + v[-4:]
    masked2 = v[:4] + "**********" + v[-4:]
    if who == "o":
        return wch([(v, 45), (v.lower(), 5 if v.endswith("X") else 0), (masked, 15), ("尾号" + v[-4:], 20),
                    ("%s %s %s" % (v[:6], v[6:14], v[14:]), 15)])
    return wch([(v, 55), (masked, 30), (masked2, 15)])


def card_forms(v, bank, who):
    if who == "o":
        return wch([("尾号" + v, 35), (v, 20), ("%s卡尾号%s" % (bank[0], v), 25), ("卡号后四位" + v, 20)])
    return wch([("%s****%s" % (bank[2], v), 40), ("%s **** **** %s" % (bank[2], v), 20), ("尾号" + v, 40)])


def serial_text(S, who, en_voice=False):
    t, v = S["type"], S["value"]
    if t == "imei":
        s = imei_forms(v, who)
        return ("IMEI " + v) if en_voice else s
    if t == "id":
        return id_forms(v, who)
    if t == "card":
        return card_forms(v, S["bank"], who)
    if t == "student":
        if who == "o":
            return wch([(v, 60), ("学号" + v, 30), ("学号后四位" + v[-4:], 10)])
        return wch([(v, 60), ("学号：" + v, 40)])
    if t == "passport":
        return v if (who == "f" or en_voice) else ch([v, "护照号" + v])
    if t == "sn":
        if who == "o":
            return wch([(v, 50), ("S/N " + v, 30), ("序列号" + v, 20)])
        return wch([(v, 50), ("SN:" + v, 50)])
    if t == "frame":
        if who == "o":
            return wch([(v, 50), ("车架号" + v, 50)])
        return wch([(v, 60), ("车架号：" + v, 40)])
    return v


# ----------------------------------------------------------------------------------
# owner (lost report) writer
# ----------------------------------------------------------------------------------
TYPOS = [("候车", "侯车"), ("身份证", "身分证"), ("充电宝", "冲电宝"), ("钥匙", "钥是"), ("羽绒服", "羽绒福"),
         ("保温杯", "保温被"), ("钱包", "前包"), ("项链", "项连"), ("手镯", "手琢"), ("检票", "剪票"),
         ("手套", "手淘"), ("行李箱", "行礼箱"), ("耳机", "耳几"), ("围巾", "围斤"), ("红包", "红苞"),
         ("麻烦", "麻凡"), ("谢谢", "谢射"), ("找到", "照到"), ("丢了", "丢le")]


def typo(s):
    cands = [(a, b) for a, b in TYPOS if a in s]
    if not cands:
        return s
    a, b = ch(cands)
    return s.replace(a, b, 1)


PLEAS = ["麻烦帮忙留意一下，谢谢！", "着急用，有消息请联系我。", "拜托了，谢谢民警同志。", "如有人捡到请联系，必有酬谢。",
         "急！！", "谢谢！", "电话已留，麻烦了。", ""]


def item_phrase_owner(T, knows_brand, knows_model, say_color, en_voice=False):
    noun = ch(T["noun_o"])
    cw = color_word(T["color"], "o", en_voice, T["phone_color"]) if say_color else None
    bw = brand_word(T["brand"], "o", en_voice) if (knows_brand and T["brand"]) else None
    if T["cat"] == "jewelry" and any(x in noun for x in ("金", "银", "玉")):
        cw = None
    mw_ = None
    if knows_model and T["model"]:
        mw_ = T["model"][2] if en_voice else ch(T["model"][1] + [T["model"][0]])
    if bw and mw_ and bw[-1:].isascii() and bw[-1:].isalnum() and mw_[:1].isascii() and mw_[:1].isalnum():
        bw = bw + " "
    if en_voice:
        parts = [x.strip() for x in [cw, bw, mw_] if x]
        noun_en = T["noun_en"] or "item"
        if T["kind"] == "phone" and mw_:
            noun_en = ""
        return ("my " + " ".join(parts + [noun_en])).strip()
    if T["cat"] == "cash":
        if T.get("count", 1) > 1:
            return "%d个红包" % T["count"]
        return "一%s%s" % (T["mw"], noun)
    if T["cat"] in ("id_doc",) and T["kind"] != "cardholder":
        cw = None
    if noun.startswith("一"):
        noun = noun[1:]
    r = R.random()
    if r < 0.4:
        s = "一%s%s%s%s" % (T["mw"], (cw if cw.endswith("的") else cw + "的") if cw else "", bw or "", noun)
        if mw_:
            s += "，型号%s" % mw_
    elif r < 0.75:
        s = "%s%s%s" % (bw or "", mw_ or "", noun)
        if cw:
            s += "，%s" % (cw if cw.endswith("的") else cw + "的")
    else:
        s = "%s%s" % (cw or "", noun)
        if bw:
            s += "，%s的" % bw
        if mw_:
            s += "，%s" % mw_
    return s


def write_owner(L):
    T, S = L["T"], L["S"]
    voice = S["ovoice"]
    en_voice = voice == "en"
    level = S["olevel"]
    force = set(L["force_slots"])
    rec = {}
    # what the owner mentions
    vis_p = {"terse": 0.3, "plain": 0.6, "full": 0.85}[level]
    hid_p = {"terse": 0.0, "plain": 0.45, "full": 0.7}[level]
    ment = []
    for a in T["attrs"]:
        if a["slot"] in force or a["slot"] in CORE_SLOTS or p(vis_p):
            if en_voice and not a["en"]:
                continue
            ment.append(a)
    if level == "terse":
        forced = [a for a in ment if a["slot"] in force or a["slot"] in CORE_SLOTS]
        rest = [a for a in ment if a["slot"] not in force]
        ment = forced + rest[:max(0, 1 - len(forced))]
    hid = []
    for a in T["hidden"]:
        if a["slot"] in force or p(hid_p if not a.get("content") else hid_p + 0.3):
            if en_voice and not a["en"]:
                continue
            hid.append(a)
    knows_brand = T["brand"] is not None and (p(T["brand_o"]) or "brand" in force)
    knows_model = T["model"] is not None and (p(T["model_o"]) or "model" in force)
    say_color = T["color"] is not None and (p(0.85) or "color" in force)
    ser = None
    if T["serial"] and (L["force_serial"] or p(T["serial"]["o_p"] * (0.4 if level == "terse" else 1.0))):
        ser = serial_text(T["serial"], "o", en_voice)
    person = T.get("person")
    name_said = None
    if person and (p(0.75) or (L["force_serial"] and T["kind"] in ("passport",))):
        name_said = person["name"]

    # fields
    rec["category"] = T["cat"]
    fill = {"terse": 0.25, "plain": 0.55, "full": 0.9}[level]
    if T["color"] and p(fill):
        rec["color"] = color_word(T["color"], "o", en_voice, T["phone_color"])
    if knows_brand and p(fill + 0.1):
        rec["brand"] = brand_word(T["brand"], "o", en_voice)
    if knows_model and (p(fill) or "model" in force):
        rec["model"] = T["model"][2] if (en_voice and T["model"][2]) else ch(T["model"][1] + [T["model"][0]])
    ser_in_field = False
    if ser and (p(0.7) or level == "terse"):
        rec["serial"] = ser
        ser_in_field = True
    op = S["oplace"]
    P = PLACES[op]
    pname = P["en"] if en_voice else (P["name"] if p(0.5) else ch(P["alts"] + [P["name"]]))
    if p({"terse": 0.4, "plain": 0.8, "full": 0.95}[level]):
        rec["address"] = pname if len(pname) <= 60 else pname[:60]
    if P["ll"] and p(0.35 if level != "terse" else 0.1):
        ll = jitter(P["ll"])
        rec["lat"], rec["lon"] = ll[0], ll[1]
    marks_list = []
    body_attrs = list(ment)
    body_hid = list(hid)
    if level != "terse" and (ment or hid) and p(0.5 if level == "plain" else 0.75):
        k = len(ment) + len(hid)
        pool = [a for a in ment + hid if not is_story(a)]
        chosen = ([a for a in pool if p(0.6)] or [pool[0]]) if pool else []
        for a in chosen:
            marks_list.append(a["en"] if en_voice else a["o"])
        # some of what is in marks is not repeated in the body
        body_attrs = [a for a in ment if a not in chosen or p(0.4)]
        body_hid = [a for a in hid if a not in chosen or p(0.4)]
    if marks_list:
        rec["marks"] = ("; " if en_voice else "；").join(marks_list)

    start, end = S["start"], S["end"]
    rec["_w"] = dict(kind=T["kind"], style=T.get("style"), cat=T["cat"],
                     color=T["color"] if ("color" in rec or say_color) else None,
                     brand=T["brand"] if knows_brand else None, model=T["model"][0] if knows_model else None,
                     serial=T["serial"]["value"] if ser else None,
                     name=person["name"] if (person and name_said) else None,
                     slots=written_slots(ment + hid), money=T.get("amount"), place=op)
    # body
    short_n = T["noun_o"][0]
    if en_voice:
        item = item_phrase_owner(T, knows_brand, knows_model, say_color, True)
        act = ch(P["en_acts"]) if P["en_acts"] else ""
        s1 = "I lost %s %s at %s%s." % (item, window_en(start, end), P["en"], (" while " + act) if act and not act.startswith(("at ", "on ", "in ", "with ")) else "")
        s2 = ("Details: " + "; ".join(a["en"] for a in body_attrs) + ".") if body_attrs else ""
        s3 = en_join([a["en"] for a in body_hid]) if body_hid else ""
        s4 = ""
        if ser and not ser_in_field:
            s4 = {"passport": "Passport number %s.", "card": "Bank card ending %s."}.get(T["serial"]["type"],
                                                                                   "Serial / number: %s.") % ser
        elif ser and p(0.4):
            s4 = "Number: %s." % ser
        s5 = ""
        if name_said:
            s5 = "Name in passport: %s." % name_said if T["kind"] == "passport" else ""
        hotel = ch([h[2] for h in HOTELS])
        tail = ch(["I'm staying at the %s until Jan %d. Thank you so much!" % (hotel, min(end.day + 3, 31)),
                   "My flight home is in a few days, please help.", "Please contact me via the hotel front desk. Thanks!",
                   "I don't speak Chinese, sorry. Thank you!"])
        body = " ".join(x for x in [s1, s2, s3, s4, s5, tail] if x)
        rec["body"] = body
        return rec

    item = item_phrase_owner(T, knows_brand, knows_model, say_color)
    attrs_txt = clause_join([a["o"] for a in body_attrs])
    hid_txt = clause_join([a["o"] for a in body_hid])
    ser_txt = ""
    if ser and (not ser_in_field or p(0.35)):
        lab = {"imei": "串号", "id": "证件号", "card": "卡号", "student": "学号", "passport": "护照号",
               "sn": "序列号", "frame": "车架号"}[T["serial"]["type"]]
        pre = ("IMEI", "后六位", "尾号", "学号", "护照号", "S/N", "序列号", "车架号", "卡号", "工行", "农行", "建行",
               "中行", "邮储", "交行")
        ser_txt = (ser if ser.startswith(pre) else "%s%s" % (lab, ser)) + "。"
    money_txt = ""
    if T.get("amount"):
        money_txt = ("一共%s。" if T["kind"] == "cashroll" else "里面一共%s。") % amount_owner(T["amount"])
    elif T["kind"] == "wallet" and T["cash"] and p(0.75):
        money_txt = "里面有现金%s%s。" % (amount_owner(T["cash"]), "，还有银行卡" if T["serial"] else "")
    person_txt = ""
    if person and name_said and T["kind"] in ("idcard", "license", "sscard", "elder", "cardholder", "student"):
        person_txt = ch(["本人%s，" % name_said, "证件上名字是%s，" % name_said, "姓名%s，" % name_said])
        if T["kind"] == "student":
            person_txt += "%s的，" % person["school"]
    elif person and T["kind"] == "wallet" and p(0.8):
        person_txt = ch(["身份证也在里面，名字是%s，" % person["name"], "里面有我的身份证（%s），" % person["name"]])
    when = window_cn(start, end, voice) if (level != "terse" or voice == "granny" or p(0.3)) else ""
    scene, notice = owner_scene(T, S, op, pname, voice)
    plea = ch(PLEAS)

    if voice == "hurry":
        bits = [scene.replace("在", "", 1) if scene.startswith("在") and p(0.5) else scene,
                "丢了" + item.replace("一" + T["mw"], "", 1)]
        bits += [a["o"] for a in body_attrs[:2]]
        if ser_txt:
            bits.append(ser_txt.rstrip("。"))
        if money_txt:
            bits.append(money_txt.rstrip("。"))
        body = " ".join(b for b in bits if b) + ch([" 急", " 急！！", "！", " 赶车 有消息打电话", ""])
        body = typo(body)
    elif voice == "migrant":
        hometown = ch(HOMES[3:])[1]
        intro = ch(["俺是在铁峪工地干活的，老家%s，" % hometown, "我是外地来打工的，今天回%s过年，" % hometown,
                    "在这边干了一年活，准备坐车回老家，"])
        body = "%s%s%s%s，%s。%s%s%s%s%s%s%s" % (
            intro, when, scene, "" if scene.endswith(COLLOQ_END + ("待了一会儿",)) else ("时" if scene.endswith("的") else "的时候"),
            notice, person_txt, item + "。", attrs_txt, hid_txt, money_txt, ser_txt,
            ch((["这是一年的辛苦钱，求求帮帮忙。"] if T["cat"] in ("cash", "wallet") else []) +
               ["回家等着用，麻烦你们了。", "俺不会弄手机，留的是老乡的电话。", ""]))
    elif voice == "granny":
        if person and person.get("birth"):
            age = 2025 - person["birth"].year
            title = "大爷" if person["male"] else "大娘"
            sur = person["name"][0]
        else:
            age = ri(68, 86)
            title = ch(["大娘", "大爷"])
            sur = ch(SURNAMES)
        body = "老人口述，民警代录：%s%s，%d岁，说%s%s，%s找不着了。%s%s%s%s%s%s" % (
            sur, title, age, when, scene, short_n, "是" + item + "。" if item != short_n else "",
            person_txt.rstrip("，") + "。" if person_txt else "",
            attrs_txt, hid_txt, money_txt,
            ch(["老人记不清具体时间，家属电话已留。", "老人说可能是掏东西时带出来的。", "孙子陪同来报的。"]))
    elif voice == "student":
        sch = person["school"] if person and "school" in person else ch(SCHOOLS)
        body = "我是%s的学生，寒假回家，%s%s，%s。%s丢的是%s。%s%s%s%s%s" % (
            sch, when, scene, notice, person_txt, item, attrs_txt, hid_txt, money_txt, ser_txt,
            ch(["麻烦帮忙找一下，谢谢警察叔叔！", "车票是晚上的，还来得及的话希望能找回来。", "谢谢！"]))
    elif voice == "parent":
        body = "%s带孩子%s，%s。是%s。%s%s%s" % (
            when, scene.replace("带孩子", ""), notice, item, attrs_txt, hid_txt,
            ch(["孩子一直哭，麻烦帮忙找找。", "不值钱但孩子特别喜欢。", "有消息请联系孩子妈妈。"]))
    elif voice == "business":
        body = "本人出差来铁峪。%s%s，%s。%s%s%s%s%s%s" % (
            when, scene, notice, person_txt, item + "。", attrs_txt, hid_txt, ser_txt, plea)
    else:
        body = "%s%s，%s。%s%s%s%s%s%s%s" % (
            when, scene, notice, person_txt, item + "。", attrs_txt, hid_txt, money_txt, ser_txt, plea)
    body = body.replace("。。", "。").replace("，。", "。").replace("，，", "，").strip("，").strip()
    if len(body) > 600:
        body = body[:599] + "。"
    rec["body"] = body
    return rec


COLLOQ_END = ("那", "那块", "的地方", "那边")


def owner_scene(T, S, op, pname, voice):
    """Where the owner says they were and how they noticed; returns (scene, notice)."""
    P = PLACES[op]
    base = setting_base(S["setting"])
    n = T["noun_o"][0]
    pocket = T.get("pocket", True)
    if voice == "parent" and not n.startswith(("孩子", "小孩", "儿童", "宝宝")):
        n = "孩子的" + n
    if op == "taxi":
        a_, b_ = ch([("铁峪站", "北辰商务酒店"), ("东关大市场", "铁峪站"), ("铁路大厦酒店", "铁峪河冰雪节"),
                     ("铁峪站", "铁峪大学"), ("长途客运站", "铁峪站"), ("站前宾馆", "东关大市场")])
        scene = "从%s打出租车到%s%s" % (a_, b_, ch(["，没要发票，车牌没记住", "，是辆绿色的出租车", "", ""]))
        return scene, ch(["下车后才发现%s落在车上了", "付完钱下车，走了几步发现%s没了"]) % n
    if op == "shuttle":
        scene = "坐%s%s" % (ch(["去青岭滑雪场的接驳大巴", "滑雪场回市里的接驳车", "青岭雪场的大巴"]),
                           ch(["，坐的是最后一排", "，车牌好像是铁峪B开头", ""]))
        return scene, ch(["下车后才发现%s落在车上了", "到地方下车忘拿%s了", "下车时天黑，没注意%s掉了"]) % n
    if op == "bus1":
        return "坐1路公交（火车站到东关大市场）", ch(["下车后发现%s没了", "下车时太挤，%s不知道掉哪了"]) % n
    if base == "hotel":
        hname = HOTEL_NAME[S["setting"].split(":")[1]]
        if op.endswith("_room"):
            scene = ch(["住在%s%s房间" % (hname, S["room"]), "在%s住了一晚（%s房间）" % (hname, S["room"]),
                        "住%s" % hname])
            return scene, ch(["退房走的时候忘拿%s了", "退房到了火车站才发现%s落在房间里了", "早上退房后才想起来%s没收拾"]) % n
        if op.endswith("_lobby"):
            return "在%s大堂%s" % (hname, ch(["办退房", "等出租车"])),                 ch(["办完手续回头一看%s不见了", "上了车才发现%s不在身上"]) % n
        return "在%s早餐厅吃早饭" % hname, ch(["吃完走的时候忘拿%s了", "回房间才发现%s没了"]) % n
    if T["cat"] in ("ebike", "bicycle"):
        return "把%s停在%s" % (n, pname), ch(["回来一看车不见了", "出来车就没了，不知道是被挪走了还是被人骑走了",
                                              "第二天去取车发现车没了"])
    act = ch(P["acts"]) if P["acts"] else ""
    if pname != P["name"] and pname.endswith(COLLOQ_END):
        scene = "在%s%s" % (pname, ch(["", "待了一会儿"]))
    else:
        scene = "在%s%s" % (pname, act)
    if base in ("station", "bus"):
        nl = ["上车后一摸兜%s没了", "检票的时候发现%s不见了", "戴着手套没感觉到%s掉了", "过了一会儿一摸兜%s没了"] if pocket \
            else ["起身走的时候忘拿%s了", "上车后才发现%s落下了", "回头一看%s不见了"]
    elif base == "ski":
        nl = ["换衣服的时候发现%s没了", "滑完一趟回来发现%s不见了", "戴着手套没感觉到%s掉了"] if pocket \
            else ["滑完回来发现%s不见了", "回到大厅%s就没了"]
    else:
        nl = ["到家才发现%s找不着了", "戴着手套没感觉到%s掉了", "掏钱的时候发现%s没了", "走出去一段才发现%s没了"] \
            if pocket else ["回头一看%s不见了", "到家才发现%s落下了", "走出去一段才想起来%s没拿"]
    return scene, ch(nl) % n


# ----------------------------------------------------------------------------------
# finder (found item) writer
# ----------------------------------------------------------------------------------
def item_phrase_finder(T, bw, mw_, cw, en=False):
    noun = ch(T["noun_f"])
    if bw and mw_ and bw[-1:].isascii() and bw[-1:].isalnum() and mw_[:1].isascii() and mw_[:1].isalnum():
        bw = bw + " "
    if T["cat"] == "id_doc" and T["kind"] != "cardholder":
        cw = None
    if T["cat"] == "jewelry" and any(x in noun for x in ("金", "银", "玉")):
        cw = None
    if mw_ and (mw_ in noun or noun in mw_ or mw_ in ("车钥匙", "遥控钥匙")):
        mw_ = None
    if en:
        return " ".join(x for x in [cw, bw, T["noun_en"] or "item"] if x)
    r = R.random()
    if r < 0.5:
        s = "%s%s一%s" % (cw or "", noun, T["mw"])
        extra = [x for x in [bw, mw_] if x]
        if extra:
            s += "（%s）" % " ".join(extra)
    else:
        s = "%s%s%s%s一%s" % (bw + "牌" if bw and T["cat"] not in ("phone", "electronics") else (bw or ""),
                             mw_ or "", cw or "", noun, T["mw"])
    return s


def money_finder(n):
    r = R.random()
    if r < 0.5:
        return "现金人民币%d元" % n
    if r < 0.8:
        return "现金%s元" % format(n, ",")
    h, rest = divmod(n, 100)
    if h == 0:
        return "现金%d元（零钱）" % n
    s = "现金共%d元（百元%d张" % (n, h)
    if rest:
        s += "，其余零钞%d元" % rest
    return s + "）"


def write_finder(T, F, force=(), force_serial=False, generic=False, cat_override=None):
    """F: dict(place, time, voice, setting, room). generic: a look-alike that says little."""
    voice = F["voice"]
    rec = {}
    rec["category"] = cat_override or T["cat"]
    level = wch([("terse", 15), ("plain", 50), ("full", 35)]) if not generic else wch([("terse", 40), ("plain", 60)])
    en = voice == "en_finder"
    vis = [a for a in T["attrs"] if a["vis"]]
    if not generic:
        vis += [a for a in T["hidden"] if a.get("content") and a["vis"]]
    ment = []
    for a in vis:
        pr = {"terse": 0.35, "plain": 0.65, "full": 0.9}[level]
        if a.get("content"):
            pr = 0.35 if level != "terse" else 0.1
        if generic:
            pr = 0.25
        if a["slot"] in force or a["slot"] in CORE_SLOTS or p(pr):
            if en and not a["en"] and a["slot"] not in force:
                continue
            ment.append(a)
    if generic:
        ment = [a for a in ment if a["slot"] in force] or ment[:1]
    cw = None
    col = T["color"]
    if T.get("fcolor") and p(0.4):
        col = T["fcolor"]
    if col and p(0.92):
        cw = color_word(col, "f", en)
    bw = brand_word(T["brand"], "f", en) if T["brand"] and (p(T["brand_f"]) or "brand" in force) else None
    mw_ = None
    if T["model"] and (p(T["model_f"]) or "model" in force):
        mw_ = T["model"][2] if (en and T["model"][2]) else T["model"][0]
    ser = None
    if T["serial"] and not generic and (force_serial or p(T["serial"]["f_p"])):
        ser = serial_text(T["serial"], "f")
    fill = {"terse": 0.4, "plain": 0.7, "full": 0.95}[level]
    if cw and p(fill):
        rec["color"] = cw
    if bw and (p(fill) or "brand" in force):
        rec["brand"] = bw
    if mw_ and (p(fill) or "model" in force):
        rec["model"] = mw_
    ser_in_field = False
    if ser and p(0.8):
        rec["serial"] = ser
        ser_in_field = True
    P = PLACES[F["place"]]
    if p(0.92):
        addr = P["name"] if p(0.8) else ch(P["alts"] or [P["name"]])
        rec["address"] = addr[:60]
    if P["ll"] and p(0.6):
        ll = jitter(P["ll"])
        rec["lat"], rec["lon"] = ll[0], ll[1]
    marks = []
    body_ment = list(ment)
    if ment and level != "terse" and p(0.55):
        chosen = [a for a in ment if p(0.7)] or [ment[0]]
        marks = [(a["en"] or a["f"]) if en else a["f"] for a in chosen]
        body_ment = [a for a in ment if a not in chosen or p(0.35)]
    # money counted at hand-in
    money = None
    if T.get("amount"):
        money = money_finder(T["amount"])
    elif T["kind"] == "wallet":
        money = money_finder(T["cash"]) if T["cash"] else "无现金"
    person = T.get("person")
    person_txt = ""
    if person and T["kind"] in ("idcard", "license", "sscard", "elder", "cardholder", "student", "passport"):
        nm = person["name"]
        if T["kind"] != "passport" and p(0.25):
            nm = nm[0] + "*" + (nm[-1] if len(nm) > 2 else "")
        if T["kind"] == "student":
            person_txt = "姓名%s，%s" % (nm, person["school"])
        elif T["kind"] == "passport":
            person_txt = "%s籍，持照人%s" % (person["nat"][0], nm.upper())
        else:
            person_txt = "姓名%s" % nm
            if "home" in person and p(0.5):
                person_txt += "，住址%s" % person["home"][1]
    elif person and T["kind"] == "wallet":
        nm = person["name"] if p(0.7) else person["name"][0] + "某"
        person_txt = "内有身份证一张（%s）" % nm
        if p(0.5):
            person_txt += "，身份证号%s" % id_forms(person["idn"], "f")
    if marks:
        rec["marks"] = "；".join(marks + ([money] if money and p(0.5) else []))
    item = item_phrase_finder(T, bw if p(0.7) else None, mw_ if p(0.6) else None, cw if p(0.85) else None, en)
    attrs_txt = "，".join(a["f"] for a in body_ment)
    state = ch(T["fstate"]) if T["fstate"] and p(0.6) else ""
    if T["kind"] == "wallet" and T["serial"]:
        bank = T["serial"]["bank"]
        cards = "内有%s卡一张" % bank[1] if not ser or ser_in_field or p(0.5) else ""
    else:
        cards = ""
    ser_txt = ""
    if ser and not ser_in_field:
        lab = {"imei": "IMEI", "id": "证件号码", "card": "卡号", "student": "学号", "passport": "护照号",
               "sn": "机身序列号", "frame": "车架号"}[T["serial"]["type"]]
        ser_txt = ser if ser.startswith(("IMEI", "SN", "学号", "车架号", "尾号")) else "%s%s%s" % (lab, " " if lab == "IMEI" else "", ser)
    elif ser and p(0.3):
        ser_txt = "编号见登记栏" if T["serial"]["type"] not in ("card",) else ""
    details = clause_join([person_txt, attrs_txt, cards, money, ser_txt, state])
    when = when_found_cn(F["time"])
    spot = spot_for(F["place"])
    pname = P["name"]
    for k in range(len(spot), 1, -1):   # "…检票口" + "检票口座椅上" -> "…检票口座椅上"
        if pname.endswith(spot[:k]):
            spot = spot[k:]
            break
    if not spot:
        spot = "附近地上"
    sur = ch(SURNAMES)
    if T["cat"] in ("ebike", "bicycle"):
        item = ch(["长时间停放、无人看管的", "无人看管的", "未上锁、无人看管的"]) + item
    if T["cat"] in ("ebike", "bicycle"):
        who = ch(["巡逻民警", "停车场管理员", "市场保安" if F["place"].startswith("mk") else "车站保安"])
        body = "%s%s在%s发现%s，%s%s" % (who, when, pname, item, details,
                                      ch(["已拖至派出所院内。", "已登记暂存。", "张贴招领无人认领。"]))
    elif en:
        body = "Handed in by a foreign guest (recorded by staff): found %s at %s, %s. %s" % (
            "on %s %d" % (MON, F["time"].day), P["en"], item, en_join([a["en"] or a["f"] for a in body_ment]))
    elif voice == "cleaner":
        body = "%s，铁峪站保洁员%s师傅在%s%s拾得%s。%s交车站值班室后转来本所。" % (when, sur, pname, spot, item, details)
    elif voice == "staff":
        body = "%s工作人员%s在%s发现%s。%s%s" % (pname, when, spot, item, details, ch(["无人认领。", "广播寻找失主未果。", ""]))
    elif voice == "driver":
        veh = ch(["滑雪接驳大巴", "青岭线接驳车", "旅游大巴"])
        body = "%s司机%s师傅%s收车后在车厢%s发现%s。%s送来登记。" % (veh, sur, when, ch(SPOTS["shuttle"]), item, details)
    elif voice == "taxidriver":
        body = "出租车司机%s师傅送来：%s在车内%s发现乘客遗落的%s。%s不记得乘客在哪上的车。" % (sur, when, ch(SPOTS["taxi"]), item, details)
    elif voice == "hotel":
        room = F.get("room") or "%d%02d" % (ri(2, 12), ri(1, 30))
        hname = HOTEL_NAME[setting_of(F["place"]).split(":")[1]]
        if F["place"].endswith("_room"):
            body = "%s前台送交：%s客房服务员查房时在%s房间%s发现%s，客人已退房。%s" % (hname, when, room, spot, item, details)
        else:
            body = "%s前台送交：%s在%s%s拾得%s。%s" % (hname, when, pname, spot, item, details)
    elif voice == "vendor":
        body = "%s，%s%s在%s拾得%s。%s交市场管理处后送来。" % (when, pname, VENDOR.get(F["place"], "一位摊主"),
                                                   spot, item, details)
    elif voice == "guard":
        body = "东关大市场保安%s在%s巡查时发现%s。%s" % (when, pname + spot, item, details)
    elif voice == "icestaff":
        body = "冰雪节工作人员%s在%s%s捡到%s。%s" % (when, pname + spot, ch(["清场时", "巡场时", ""]), item, details)
    elif voice == "skistaff":
        body = "青岭滑雪场工作人员%s在%s%s发现%s。%s随接驳车送来。" % (when, pname, spot, item, details)
    elif voice == "police":
        body = "巡逻民警%s在%s%s发现%s。%s" % (when, pname, spot, item, details)
    else:
        who = ch(["市民%s先生" % sur, "市民%s女士" % sur, "路过的大学生", "一位大姐"] +
                 (["一名旅客", "一名旅客"] if setting_base(setting_of(F["place"])) in ("station", "bus", "ski") else []))
        body = "%s送来：%s在%s%s捡到%s。%s" % (who, when, pname, spot, item, details)
    body = body.replace("。。", "。").replace("，。", "。").replace("，，", "，").strip()
    if level == "terse" and not en:
        # one-line registration by a busy desk
        bits = [when.split(" ")[0], pname, "拾得" + item]
        bits += [a["f"] for a in body_ment[:1]]
        if money and p(0.6):
            bits.append(money)
        if person_txt and p(0.7):
            bits.append(person_txt)
        if ser and not ser_in_field:
            bits.append(ser_txt)
        body = " ".join(b for b in bits if b)
    if len(body) > 600:
        body = body[:599] + "。"
    rec["body"] = body
    rec["_voice"] = voice
    rec["_w"] = dict(kind=T["kind"], style=T.get("style"), cat=T["cat"],
                     color=col if (cw and col == T["color"]) else None,
                     brand=T["brand"] if bw else None, model=T["model"][0] if mw_ else None,
                     serial=T["serial"]["value"] if ser else None,
                     name=person["name"] if (person and person_txt) else None,
                     slots=written_slots(ment), money=T.get("amount") or (T.get("cash") if T["kind"] == "wallet" else None),
                     place=F["place"])
    return rec


AUDIT = {}


def evidence(lw, lmin, lto, fw, fmin):
    """Positive evidence that a found item is this lost object (no contradiction assumed)."""
    sc = 0
    if place_km(lw["place"], fw["place"]) <= 2.0:
        sc += 1
    if lmin >= fmin >= lto - 1440:
        sc += 1
    for k in ("color", "brand", "model"):
        if lw[k] and fw[k] and lw[k] == fw[k]:
            sc += 1
    for k, v in lw["slots"].items():
        if fw["slots"].get(k) == v:
            sc += 1
    if lw["serial"] and lw["serial"] == fw["serial"]:
        sc += 3
    if lw["name"] and lw["name"] == fw["name"]:
        sc += 3
    if lw["money"] and lw["money"] == fw["money"]:
        sc += 2
    return sc


def audit(lost_out, found):
    """Counts, for the record (printed by main, described in SET67.md)."""
    res = dict(true_inconsistent=[], neg_indistinct=[], neg_reasons={}, other_indistinct=[])
    for rec in lost_out:
        fr = rec["_truth"]
        if fr is not None:
            why = distinguishable(rec["_w"], rec["lost_from_min"], fr["_w"], fr["found_at_min"],
                                  cross=fr["category"] != rec["category"])
            if why:
                res["true_inconsistent"].append((rec["_i"], why))
    for fr in found:
        if "_target" in fr:
            rec = fr["_target"]
            why = distinguishable(rec["_w"], rec["lost_from_min"], fr["_w"], fr["found_at_min"])
            if not why:
                res["neg_indistinct"].append((rec["_i"], fr["negative"]))
                res.setdefault("neg_list", []).append(fr)
            key = fr["negative"] + ":" + "+".join(sorted(set(w.split(":")[0] for w in why)))
            res["neg_reasons"][key] = res["neg_reasons"].get(key, 0) + 1
    res["true_scores"] = {}
    for rec in lost_out:
        fr = rec["_truth"]
        if fr is not None:
            sc = evidence(rec["_w"], rec["lost_from_min"], rec["lost_to_min"], fr["_w"], fr["found_at_min"])
            res["true_scores"][sc] = res["true_scores"].get(sc, 0) + 1
            if sc <= 2:
                res.setdefault("weak_true", []).append((sc, rec, fr))
    res["other_scores"] = {}
    for fr in found:
        for rec in lost_out:
            if rec["_truth"] is fr or fr.get("_target") is rec or rec["category"] != fr["category"]:
                continue
            if not distinguishable(rec["_w"], rec["lost_from_min"], fr["_w"], fr["found_at_min"]):
                sc = evidence(rec["_w"], rec["lost_from_min"], rec["lost_to_min"], fr["_w"], fr["found_at_min"])
                res["other_scores"][sc] = res["other_scores"].get(sc, 0) + 1
                res["other_indistinct"].append((sc, rec, fr))
    res["other_indistinct"].sort(key=lambda x: -x[0])
    return res


def written_slots(attrs):
    out = {}
    for a in attrs:
        if a["slot"] and (a["slot"] in EXCL or a["slot"] in NAME_TEMPL):
            out[a["slot"]] = "%s|%s" % (a["i"], json.dumps(a.get("fmt"), sort_keys=True, ensure_ascii=False))
    return out


# ----------------------------------------------------------------------------------
# audit: could a careful reader tell a found item from a lost report using only what is written?
# ----------------------------------------------------------------------------------
COLOR_NEAR = {("black", "darkgray"), ("gray", "darkgray"), ("white", "silver"), ("gray", "silver"),
              ("red", "winered"), ("navy", "blue"), ("brown", "camel"), ("gold", "yellow")}


def colors_compatible(a, b):
    return a is None or b is None or a == b or (a, b) in COLOR_NEAR or (b, a) in COLOR_NEAR


def place_km(op, fp):
    def pts(k):
        if k == "shuttle":
            return [PLACES["st_ssq"]["ll"], PLACES["ski_park"]["ll"], PLACES["depot"]["ll"]]
        if k in ("taxi", "bus1"):
            return [PLACES["st_any"]["ll"], PLACES["mk_any"]["ll"], PLACES["police"]["ll"]]
        return [PLACES[k]["ll"]]
    return min(dist_km(a, b) for a in pts(op) for b in pts(fp))


def distinguishable(lw, lmin, fw, fmin, cross=False):
    """Reasons (list) a careful reader has to say 'not this one'; empty list = cannot tell them apart."""
    why = []
    if lw["cat"] != fw["cat"] and not cross:
        why.append("category")
    if lw["kind"] != fw["kind"] or lw["style"] != fw["style"]:
        why.append("kind")
    if not colors_compatible(lw["color"], fw["color"]):
        why.append("color")
    if lw["brand"] and fw["brand"] and lw["brand"] != fw["brand"]:
        why.append("brand")
    if lw["model"] and fw["model"] and lw["model"] != fw["model"]:
        why.append("model")
    if lw["serial"] and fw["serial"] and lw["serial"] != fw["serial"]:
        why.append("serial")
    if lw["name"] and fw["name"] and lw["name"] != fw["name"]:
        why.append("name")
    if lw["money"] and fw["money"] and lw["money"] != fw["money"]:
        why.append("money")
    for k, v in lw["slots"].items():
        if k in fw["slots"] and fw["slots"][k] != v:
            why.append("detail:" + k)
    if fmin > lmin:
        why.append("found_before_loss")
    if place_km(lw["place"], fw["place"]) > 15:
        why.append("place")
    return why


# ----------------------------------------------------------------------------------
# negatives: twins and look-alikes derived from a lost report's truth
# ----------------------------------------------------------------------------------
# A twin must differ in a detail that cannot be true of both objects at once: the values inside
# one group below are mutually exclusive (one case on a phone, one pendant on a chain, one printed
# phrase on a red packet, three keys against four ...).  Marks that can coexist (a scratch, a
# sticker) are never used to tell twins apart.
EXCL = {
    "ph_case": list(range(12)), "ph_charm": [0, 1, 2, 3, 4], "key_ring": list(range(7)), "key_count": [0, 1, 2, 3],
    "key_fob": [0, 1, 2, 3], "case_content": list(range(6)), "bp_content": list(range(5)),
    "woven_content": [0, 1, 2, 3], "hb_print": [0, 1, 2, 3], "hb_write": [0, 1, 2, 3, 4], "env_write": [0, 1, 2],
    "cash_bind": [0, 1, 2], "gold_pat": [0, 1, 2, 3], "engrave": [0, 1, 3, 4], "pendant": [0, 1, 2, 3, 4],
    "jade": [0, 1], "ear_mark": [1, 2], "scarf_mark": [0, 4], "jacket_pocket": [0, 1, 2, 3], "board_mark": [0, 1],
    "goggle_mark": [0, 1, 2], "kid_toy": [0, 1, 2, 3], "id_holder": [0, 1, 2], "glove_type": [0, 1, 2],
}
NAME_TEMPL = {"thermos_mark": 0, "kid_mark": 0, "woven_mark": 0}
MODEL_TWIN = ("suitcase", "powerbank", "snowboard", "thermos", "jacket", "phone")


def twin_attrs(T):
    return [a for a in T["attrs"] + [h for h in T["hidden"] if h.get("content")] if a["vis"]]


def twin_slots(T):
    out = []
    for a in twin_attrs(T):
        sl = a["slot"]
        if sl in NAME_TEMPL and a["i"] == NAME_TEMPL[sl]:
            out.append(sl)
        elif sl in EXCL and a["i"] in EXCL[sl] and len(EXCL[sl]) > 1:
            out.append(sl)
    if T["kind"] in MODEL_TWIN and T["model"]:
        out.append("model")
    return out


def model_alt(T):
    k = T["kind"]
    if k == "suitcase":
        cur = int(T["model"][0].rstrip("寸"))
        v = ch([x for x in (20, 24, 26, 28) if x != cur])
        return ("%d寸" % v, ["%d寸" % v, "%d寸的" % v], "%d-inch" % v)
    if k == "powerbank":
        cur = int(T["model"][0].rstrip("mAh"))
        v = ch([x for x in (10000, 20000, 30000) if x != cur])
        return ("%dmAh" % v, ["%d毫安" % v, "%dmAh" % v, "%d万毫安" % (v // 10000)], "%dmAh" % v)
    if k == "snowboard":
        cur = int(T["model"][0].rstrip("cm"))
        v = ch([x for x in (140, 146, 150, 154, 158, 162) if abs(x - cur) >= 6])
        return ("%dcm" % v, ["%d" % v, "%dcm" % v], "%dcm" % v)
    if k == "thermos":
        v = ch([x for x in ("350ml", "500ml", "1L") if x != T["model"][0]])
        return (v, [v, v.replace("ml", "毫升")], v)
    if k == "jacket":
        v = ch([x for x in ("M", "L", "XL", "XXL", "165", "170", "175", "180", "185") if x != T["model"][0]])
        return (v, [v + "码", v], v)
    if k == "phone":
        return ch([m for m in PHONE_MODELS[T["brand"]] if m[0] != T["model"][0]])
    raise ValueError(k)


def new_serial_like(S):
    S2 = dict(S)
    t = S["type"]
    if t == "imei":
        while True:
            v = make_imei()
            if v[-6:] != S["value"][-6:]:
                break
        S2["value"] = v
    elif t == "id":
        raise ValueError
    elif t == "card":
        S2["value"] = diff_tail(S["value"])
    elif t == "student":
        v = S["value"]
        S2["value"] = v[:6] + diff_tail(v[6:10]) + v[10:]
    elif t == "passport":
        v = S["value"]
        S2["value"] = v[:2] + "%07d" % ((int(v[2:]) + ri(100000, 8000000)) % 10000000)
    elif t in ("sn", "frame"):
        v = S["value"]
        S2["value"] = v[:-5] + "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5))
    return S2


def make_twin_detail(T):
    T2 = copy.deepcopy(T)
    slots = twin_slots(T)
    slot = ch(slots)
    if slot == "model":
        T2["model"] = model_alt(T)
    else:
        for lst in (T2["attrs"], T2["hidden"]):
            for i, a in enumerate(lst):
                if a["slot"] == slot:
                    alt = attr_alt(a)
                    if a.get("content"):
                        alt["content"] = True
                    lst[i] = alt
                    break
    if T2["serial"]:
        if T2["serial"]["type"] == "id":
            T2["serial"] = None
        else:
            T2["serial"] = new_serial_like(T2["serial"])
    if T2.get("person"):
        per = T2["person"]
        if "idn" in per or T["kind"] in ("idcard", "license", "sscard", "elder", "cardholder"):
            male = per.get("male", True)
            nm = name_variant(per["name"], male)
            idn, home, birth = make_id(male)
            T2["person"] = dict(per, name=nm, idn=idn, home=home, birth=birth)
            if T2["serial"] is None and T["serial"] and T["serial"]["type"] == "id":
                T2["serial"] = dict(T["serial"], value=idn)
        elif T["kind"] == "student":
            T2["person"] = dict(per, name=name_variant(per["name"], per["male"]))
        elif T["kind"] == "passport":
            T2["person"] = dict(per, name="%s %s" % (ch(per["nat"][2]), ch(per["nat"][3])))
    vary_money(T, T2)
    return T2, slot


def vary_money(T, T2):
    """A twin carries its own money: clearly another amount (double or half)."""
    if T.get("amount"):
        T2["amount"] = T["amount"] * 2 if p(0.5) else max(100, (T["amount"] // 200) * 100)
    if T.get("cash"):
        T2["cash"] = T["cash"] * 2 if p(0.5) else (T["cash"] // 200) * 100


def make_twin_serial(T):
    T2 = copy.deepcopy(T)
    vary_money(T, T2)
    if T["serial"]["type"] == "id":
        per = T["person"]
        male = per.get("male", True)
        nm = name_variant(per["name"], male)
        while True:
            idn, home, birth = make_id(male)
            if idn[-4:] != T["serial"]["value"][-4:]:
                break
        T2["person"] = dict(per, name=nm, home=home, birth=birth)
        T2["serial"] = dict(T["serial"], value=idn)
    else:
        T2["serial"] = new_serial_like(T["serial"])
        if T["kind"] == "student":
            T2["person"] = dict(T["person"], name=name_variant(T["person"]["name"], T["person"]["male"]))
        if T["kind"] == "passport":
            per = T["person"]
            T2["person"] = dict(per, name="%s %s" % (ch(per["nat"][2]), ch(per["nat"][3])))
    return T2


def make_lookalike(T):
    """A different object that looks like T from what a finder writes; no serial, no identity."""
    T2 = copy.deepcopy(T)
    T2["serial"] = None
    if T2.get("person"):
        per = T2["person"]
        if T["kind"] in ("idcard", "license", "sscard", "elder", "cardholder", "student", "passport"):
            # documents are identities: a look-alike document is someone else's; keep only holder/cover
            if T["kind"] == "passport":
                T2["person"] = dict(per, name="%s %s" % (ch(per["nat"][2]), ch(per["nat"][3])))
            else:
                male = per.get("male", True)
                T2["person"] = dict(per, name=name_variant(per["name"], male))
                if "idn" in per:
                    T2["person"]["idn"] = make_id(male)[0]
        else:
            T2["person"] = None
    return T2


def twin_time_place(L):
    S = L["S"]
    setting = S["setting"]
    start, end = S["start"], S["end"]
    t = start + dt.timedelta(minutes=ri(5, int((end - start).total_seconds() // 60) + 1440))
    if t > T0 - dt.timedelta(minutes=5):
        t = start + (T0 - dt.timedelta(minutes=5) - start) * R.random()
    t = normalize_found(setting, t)
    if t > T0 - dt.timedelta(minutes=5) or t < start:
        t = start + (T0 - dt.timedelta(minutes=5) - start) * R.random()
    fp = finder_place(setting, S["tplace"], L["T"])
    return fp, t.replace(second=0, microsecond=0)


def before_time_place(L):
    S = L["S"]
    t = S["start"] - dt.timedelta(minutes=ri(360, 8640))
    t = normalize_found(S["setting"], t)
    if t >= S["start"] - dt.timedelta(minutes=120):
        t = S["start"] - dt.timedelta(minutes=ri(1440, 2880))
    fp = finder_place(S["setting"], S["tplace"], L["T"])
    return fp, t.replace(second=0, microsecond=0)


def far_time_place(L):
    S = L["S"]
    base = setting_base(S["setting"])
    if base == "shuttle":
        fp = ch(["far_west", "far_air"])
    elif base == "ski":
        fp = ch(["far_west", "mk_frozen", "uni_gate", "far_air", "ice_sculpt"])
    else:
        fp = ch(["far_west", "far_air", "ski_hall", "ski_rest", "ski_park"])
    if p(0.5):
        t = S["start"] - dt.timedelta(minutes=ri(1440, 7200))
    else:
        t = S["end"] + dt.timedelta(minutes=ri(2880, 8640))
        if t > T0 - dt.timedelta(minutes=600):
            t = S["start"] - dt.timedelta(minutes=ri(1440, 7200))
    t2 = normalize_found(setting_of(fp), t)
    if abs((t2 - t).total_seconds()) < 86400 and t2 < T0 - dt.timedelta(minutes=5):
        t = t2
    return fp, t.replace(second=0, microsecond=0)


# ----------------------------------------------------------------------------------
# build
# ----------------------------------------------------------------------------------
def new_lost(fn, en, use_cross):
    T = fn(en=True) if en else fn()
    if fn is k_passport:
        en = True
    if not use_cross:
        T["alt_cat"] = None
    T["cross"] = bool(use_cross)
    setting = pick_setting(T)
    if en and setting_base(setting) in ("market", "bus", "taxi", "city"):
        setting = ch(["ski", "shuttle", "station", "hotel:ht2"])
    tplace = pick_truth_place(setting)
    if T["cat"] in ("ebike", "bicycle"):
        tplace = {"station": "st_bike", "market": "mk_park", "ice": "ice_gate"}[setting]
    voice = "en" if en else owner_voice(T, setting)
    start, end = make_window(setting, voice)
    S = dict(setting=setting, tplace=tplace, ovoice=voice,
             oplace=tplace if T["cat"] in ("ebike", "bicycle") else owner_place(setting, tplace),
             olevel=("terse" if voice == "hurry" else wch([("terse", 8), ("plain", 52), ("full", 40)])),
             start=start, end=end, room="%d%02d" % (ri(2, 16), ri(1, 32)))
    return T, S


def near_dup(T, setting, start, end, T2, S2):
    """Two objects a desk could not tell apart from their coarse description, close in place and time."""
    if T["kind"] != T2["kind"] or T.get("style") != T2.get("style"):
        return False
    if T.get("person") and T2.get("person"):
        return False   # a document or a wallet with an ID: the names tell them apart
    if not colors_compatible(T["color"], T2["color"]):
        return False
    if T["brand"] and T2["brand"] and T["brand"] != T2["brand"]:
        return False
    if T.get("amount") and T2.get("amount"):
        # counted cash is the one thing both sides always write: never reuse an amount for the same kind
        return T["amount"] == T2["amount"]
    b1, b2 = setting_base(setting), setting_base(S2["setting"])
    b1 = {"shuttle_found": "shuttle", "taxi_found": "taxi", "station_bike": "station"}.get(b1, b1)
    close = b1 == b2 or {b1, b2} <= {"station", "bus", "taxi", "hotel", "shuttle"} or \
        {b1, b2} <= {"market", "taxi", "bus", "city"}
    if not close:
        return False
    return start - dt.timedelta(days=4) < S2["end"] and S2["start"] < end + dt.timedelta(days=4)


def build():
    lost = []   # internal records
    # -- lost reports and their hidden truth
    en_count = 0
    for cat, n_true, n_never in PLAN:
        for j in range(n_true + n_never):
            has_truth = j < n_true
            fn = wch(KINDS_BY_CAT[cat])
            use_cross = CROSS.get(cat) if (j == 2 and has_truth) else None
            if use_cross:
                fn = use_cross
            en = False
            if fn in EN_CAPABLE and en_count < 9 and p(0.07):
                en = True
            for _try in range(60):
                T, S = new_lost(fn, en, use_cross)
                if not any(near_dup(T, S["setting"], S["start"], S["end"], o["T"], o["S"]) for o in lost):
                    break
            if en or fn is k_passport:
                en_count += 1
            L = dict(T=T, S=S, has_truth=has_truth, force_slots=[], force_serial=False, neg=None, cat=cat)
            lost.append(L)

    # -- choose hard-negative targets (each target gets one derived negative)
    idx_never = [i for i, L in enumerate(lost) if not L["has_truth"]]
    idx_true = [i for i, L in enumerate(lost) if L["has_truth"]]
    R.shuffle(idx_never)
    R.shuffle(idx_true)
    want = [("twin_serial", 10, 6), ("twin_detail", 22, 16), ("found_before_loss", 13, 9), ("far_place", 8, 6)]
    used = set()

    def ok(L, label):
        T = L["T"]
        if T["cross"]:
            return False
        if label == "twin_serial":
            return T["serial"] is not None and T["serial"]["type"] in ("imei", "id", "card", "student", "passport", "sn", "frame") \
                and not (L["S"]["ovoice"] == "en" and T["serial"]["type"] == "card")
        if label == "twin_detail":
            return bool(twin_slots(T))
        if label in ("found_before_loss", "far_place"):
            # a look-alike must not carry identity or counted money, or more than time/place would rule it out
            if T.get("person") or T["cat"] in ("wallet", "cash", "id_doc"):
                return False
            if L["S"]["tplace"] in ("taxi", "bus1"):
                return False
        if label == "far_place":
            return T["brand"] is not None
        return True

    for label, n_nev, n_tru in want:
        for pool, n in ((idx_never, n_nev), (idx_true, n_tru)):
            got = 0
            for i in pool:
                if got == n:
                    break
                if i in used or not ok(lost[i], label):
                    continue
                used.add(i)
                lost[i]["neg"] = label
                got += 1
            if got != n:
                raise SystemExit("not enough targets for %s" % label)

    found = []
    lost_out = []
    cross_pairs = 0
    for i, L in enumerate(lost):
        T, S = L["T"], L["S"]
        label = L["neg"]
        twinT = None
        if label == "twin_detail":
            twinT, slot = make_twin_detail(T)
            L["force_slots"] = [slot]
        elif label == "twin_serial":
            twinT = make_twin_serial(T)
            L["force_serial"] = True
        # owner's report
        rec = write_owner(L)
        rec["lost_from_min"] = mins_before(S["start"])
        rec["lost_to_min"] = mins_before(S["end"])
        rec["_i"] = i
        truth_found = None
        if L["has_truth"]:
            fp = finder_place(S["setting"], S["tplace"], L["T"])
            ft = found_time(S["setting"], S["start"], S["end"])
            F = dict(place=fp, time=ft, voice=finder_voice(fp, S["setting"]), setting=S["setting"], room=S["room"])
            cat_o = None
            if T["cross"] and T["alt_cat"]:
                cat_o = T["alt_cat"]
                cross_pairs += 1
            fr = write_finder(T, F, force=L["force_slots"], force_serial=(label == "twin_serial" and p(0.5)),
                              cat_override=cat_o)
            fr["found_at_min"] = mins_before(ft)
            fr["_truth_of"] = i
            found.append(fr)
            truth_found = fr
        rec["_truth"] = truth_found
        lost_out.append(rec)
        # the derived negative
        def clashes(T2, fp, ft):
            # the negative must not quietly fit some other report better than its own target
            return any(near_dup(T2, setting_of(fp), ft, ft, o["T"], o["S"]) for o in lost if o is not L)

        if label in ("twin_detail", "twin_serial"):
            for _try in range(40):
                fp, ft = twin_time_place(L)
                if not clashes(twinT, fp, ft):
                    break
            F = dict(place=fp, time=ft, voice=finder_voice(fp, S["setting"]), setting=S["setting"],
                     room="%d%02d" % (ri(2, 16), ri(1, 32)))
            fr = write_finder(twinT, F, force=L["force_slots"], force_serial=(label == "twin_serial"))
            fr["found_at_min"] = mins_before(ft)
            fr["negative"] = label
            fr["_target"] = rec
            found.append(fr)
        elif label in ("found_before_loss", "far_place"):
            T2 = make_lookalike(T)
            for _try in range(40):
                fp, ft = (before_time_place if label == "found_before_loss" else far_time_place)(L)
                if not clashes(T2, fp, ft):
                    break
            F = dict(place=fp, time=ft, voice=finder_voice(fp, setting_of(fp)), setting=setting_of(fp),
                     room="%d%02d" % (ri(2, 16), ri(1, 32)))
            fr = write_finder(T2, F, force=(["brand"] if label == "far_place" else []), generic=True)
            fr["found_at_min"] = mins_before(ft)
            fr["negative"] = label
            fr["_target"] = rec
            found.append(fr)

    # -- unclaimed items: handed in, nobody reported them
    ucats = ["phone"] * 4 + ["id_doc"] * 4 + ["wallet"] * 3 + ["keys"] * 4 + ["bag"] * 3 + ["electronics"] * 3 + \
            ["other"] * 7 + ["cash"] + ["jewelry"]
    for cat in ucats:
        for _try in range(80):
            T = wch(KINDS_BY_CAT[cat])()
            T["cross"] = False
            setting = pick_setting(T)
            tp = pick_truth_place(setting)
            if T["cat"] in ("ebike", "bicycle"):
                tp = {"station": "st_bike", "market": "mk_park", "ice": "ice_gate"}[setting]
            start, _ = make_window(setting, "std")
            start = normalize_found(setting, start + dt.timedelta(minutes=ri(3, 95)))
            if start > T0 - dt.timedelta(minutes=30):
                continue
            if not any(near_dup(T, setting, start, start, o["T"], o["S"]) for o in lost):
                break
        fp = finder_place(setting, tp, T)
        if fp in ("shuttle", "taxi", "bus1"):
            fp = "depot" if fp == "shuttle" else ("police" if fp == "taxi" else "mk_gate")
        F = dict(place=fp, time=start, voice=finder_voice(fp, setting), setting=setting,
                 room="%d%02d" % (ri(2, 16), ri(1, 32)))
        fr = write_finder(T, F)
        fr["found_at_min"] = mins_before(start)
        fr["negative"] = "unclaimed"
        found.append(fr)

    AUDIT.update(audit(lost_out, found))
    AUDIT["owner_voices"] = dict(sorted(collections.Counter(L["S"]["ovoice"] for L in lost).items()))
    AUDIT["finder_voices"] = dict(sorted(collections.Counter(fr["_voice"] for fr in found).items()))

    # -- shuffle, assign keys
    R.shuffle(found)
    for n, fr in enumerate(found, 1):
        fr["key"] = "%s-F%04d" % (PFX, n)
    R.shuffle(lost_out)
    for n, rec in enumerate(lost_out, 1):
        rec["key"] = "%s-L%04d" % (PFX, n)
    order_l = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "lost_from_min", "lost_to_min", "truth"]
    order_f = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "found_at_min", "negative"]
    out_l = []
    for rec in lost_out:
        rec["truth"] = rec["_truth"]["key"] if rec["_truth"] else None
        out_l.append({k: rec[k] for k in order_l if k in rec})
    out_f = [{k: fr[k] for k in order_f if k in fr} for fr in found]
    for rec in out_l:
        assert MAXMIN >= rec["lost_from_min"] >= rec["lost_to_min"] >= 0, rec["key"]
    for fr in out_f:
        assert 0 <= fr["found_at_min"] <= MAXMIN, fr["key"]
    debug = {fr["key"]: fr["_target"]["key"] for fr in found if "_target" in fr}
    return {"seed": SEED, "made_by": MADE_BY, "parts": {PART: {"found": out_f, "lost": out_l}}}, debug


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "set67.json")
    data, debug = build()
    if os.environ.get("SET67_DEBUG"):
        with open(os.environ["SET67_DEBUG"], "w", encoding="utf-8") as fh:
            json.dump(debug, fh, ensure_ascii=False, indent=0, sort_keys=True)
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    part = data["parts"][PART]
    print("wrote %s: %d lost, %d found" % (out, len(part["lost"]), len(part["found"])))
    if os.environ.get("SET67_AUDIT"):
        print("true pairs with a written contradiction:", len(AUDIT["true_inconsistent"]), AUDIT["true_inconsistent"][:20])
        print("negatives a reader cannot tell from their target:", AUDIT["neg_indistinct"])
        for k in sorted(AUDIT["neg_reasons"]):
            print("  ", k, AUDIT["neg_reasons"][k])
        print("owner voices:", AUDIT["owner_voices"])
        print("finder voices:", AUDIT["finder_voices"])
        print("evidence scores of true pairs:", sorted(AUDIT["true_scores"].items()))
        for sc, rec, fr in AUDIT.get("weak_true", []):
            print("   weak", sc, json.dumps({k: v for k, v in rec.items() if not k.startswith("_")}, ensure_ascii=False))
            print("        ", json.dumps({k: v for k, v in fr.items() if not k.startswith("_")}, ensure_ascii=False))
        for fr in AUDIT.get("neg_list", []):
            print("   neg-indistinct", json.dumps({k: v for k, v in fr["_target"].items() if not k.startswith("_")}, ensure_ascii=False))
            print("        ", json.dumps({k: v for k, v in fr.items() if not k.startswith("_")}, ensure_ascii=False))
        print("other found/lost pairs with nothing written to tell them apart:", len(AUDIT["other_indistinct"]),
              sorted(AUDIT["other_scores"].items()))
        for sc, rec, fr in AUDIT["other_indistinct"][:int(os.environ.get("SET67_AUDIT"))]:
            print("  ", sc, "L:", rec["key"], rec["body"][:100])
            print("      F:", fr["key"], fr.get("negative") or "truth", fr["body"][:100])


if __name__ == "__main__":
    main()
