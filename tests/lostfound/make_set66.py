#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Write tests/lostfound/set66.json: a blind labelled lost-and-found set (set 66).

World: 槐荫里街道 of the invented northern city 津原市, March 2026, an old 1980s quarter under
renovation (老旧小区改造).  Every person, place, model string and number is invented.

Each object is first drawn as a hidden truth record; the owner's lost report and the finder's
registration are then written separately from it, each side saying only what that person would
know.  Python 3 standard library only, one random.Random(6666); output is byte-identical on every
run and under any PYTHONHASHSEED (no set or hash order is ever drawn from).

    python3 tests/lostfound/make_set66.py        # writes tests/lostfound/set66.json

build() returns (data, meta); check_set66.py imports it to compare and to check the hidden
anchors of the hard negatives, which are not written into the JSON.
"""
import copy
import json
import math
import os
import random
import sys

SEED = 6666
PFX = "S66"
PART = "set66"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set66.json")

N_LOST = 240
N_FOUND = 270
N_PAIRS = 150
N_NULL = 90
N_UNCLAIMED = 30
NEG_PLAN = [("twin", 22), ("same_category_colour", 24), ("found_before_loss", 22),
            ("same_make_far_later", 22)]

R = random.Random(SEED)


# --------------------------------------------------------------------------- random helpers
def ch(seq):
    return seq[R.randrange(len(seq))]


def chance(x):
    return R.random() < x


def rint(a, b):
    return R.randint(a, b)


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def alnum(n):
    return "".join(ch(ALNUM) for _ in range(n))


USED_SERIALS = set()   # membership only, never iterated


def unique(fn):
    for _ in range(1000):
        v = fn()
        if v not in USED_SERIALS:
            USED_SERIALS.add(v)
            return v
    raise RuntimeError("serial space exhausted")


# --------------------------------------------------------------------------- numbers
def luhn_check(payload):
    s = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


GB_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def gb_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, GB_W)) % 11]


# invented county codes of 津原市 (the 139 prefix is not a real prefecture)
REGIONS = ["139102", "139104", "139105", "139121", "139126", "139203", "139211", "139602"]


def new_id(year, male):
    def f():
        reg = ch(REGIONS)
        seq = rint(0, 99) * 10 + ch([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
        s17 = "%s%04d%02d%02d%03d" % (reg, year, rint(1, 12), rint(1, 28), seq)
        return s17 + gb_check(s17)
    return unique(f)


def new_imei():
    def f():
        body = ch(["86", "35"]) + digits(12)
        return body + luhn_check(body)
    return unique(f)


def new_tail():
    return unique(lambda: digits(4))


BIN = {"工商银行": "6222", "农业银行": "6228", "建设银行": "6217", "中国银行": "6216",
       "邮储银行": "6210", "交通银行": "6222", "津原农商银行": "6230"}
BANKS = ["工商银行", "农业银行", "建设银行", "中国银行", "邮储银行", "交通银行", "津原农商银行"]
BANK_FULL = {"工商银行": "中国工商银行", "农业银行": "中国农业银行", "建设银行": "中国建设银行",
             "中国银行": "中国银行", "邮储银行": "中国邮政储蓄银行", "交通银行": "交通银行",
             "津原农商银行": "津原农村商业银行"}
BANK_SHORT = {"工商银行": ["工行", "工商银行"], "农业银行": ["农行", "农业银行"],
              "建设银行": ["建行", "建设银行"], "中国银行": ["中行", "中国银行"],
              "邮储银行": ["邮政", "邮储", "邮政储蓄"], "交通银行": ["交行", "交通银行"],
              "津原农商银行": ["农商行", "农商银行"]}


def new_plate():
    def f():
        s = list(digits(5))
        s[rint(0, 2)] = ch(LETTERS)
        return ch("ABCDEFH") + "".join(s)
    return unique(f)


def new_frame(prefix):
    return unique(lambda: prefix + ch("KLMNPR") + digits(2) + alnum(3) + digits(5))


def new_sn(pat):
    # pat: 'D' digit, 'A' letter, 'X' alnum, other chars literal
    def f():
        return "".join(digits(1) if c == "D" else ch(LETTERS) if c == "A" else
                       ch(ALNUM) if c == "X" else c for c in pat)
    return unique(f)


# --------------------------------------------------------------------------- time
# every *_min is "minutes before 2026-03-28 20:00", the moment the set is registered.
NOW_DAY, NOW_HM = 28, 20 * 60
WEEK = "一二三四五六日"
WEEK_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def to_min(day, h, m=0):
    return (NOW_DAY * 1440 + NOW_HM) - (day * 1440 + h * 60 + m)


def from_min(mn):
    t = NOW_DAY * 1440 + NOW_HM - mn
    return t // 1440, (t % 1440) // 60, t % 60


def weekday(day):          # 0 = Monday; 2026-03-01 is a Sunday
    return (day + 5) % 7


def md(day):
    return (3, day) if day >= 1 else (2, 28 + day)


CN_D = "零一二三四五六七八九"


def cn_num(n):
    if n <= 0 or n >= 10000:
        return str(n)
    th, h, t, u = n // 1000, n // 100 % 10, n // 10 % 10, n % 10
    s = ""
    if th:
        s += ("两" if th == 2 else CN_D[th]) + "千"
    if h:
        s += ("两" if h == 2 and th == 0 else CN_D[h]) + "百"
    elif th and (t or u):
        s += "零"
    if t:
        s += ("" if (t == 1 and not th and not h) else CN_D[t]) + "十"
    elif (th or h) and u:
        s += "零"
    if u:
        s += CN_D[u]
    if th and h and not t and not u and chance(0.6):
        s = s[:-1]          # 三千二百 -> 三千二
    return s


def date_zh(day):
    m, d = md(day)
    return ch(["%d月%d日" % (m, d), "%d月%d号" % (m, d), "%d号" % d if m == 3 else "%d月%d号" % (m, d),
               "%d.%d" % (m, d)])


def period(h):
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
    return "晚上"


def clock_zh(h, m, loose=False):
    h12 = h if h <= 12 else h - 12
    p = period(h)
    if loose or chance(0.25):
        return ch(["%s%d点多" % (p, h12), "%s%d点左右" % (p, h12), "%s%d点来钟" % (p, h12)])
    if chance(0.2):
        return "%02d:%02d" % (h, m)
    if m == 0:
        return "%s%d点" % (p, h12)
    if m == 30:
        return "%s%d点半" % (p, h12)
    return "%s%d点%d" % (p, h12, m) if chance(0.5) else "%s%d点%d分" % (p, h12, m)


def rel_day(day, ref):
    d = ref - day
    if d == 0:
        return ch(["今天", "今天", "今儿"])
    if d == 1:
        return ch(["昨天", "昨天", "昨儿"])
    if d == 2:
        return ch(["前天", "前天", date_zh(day)])
    if d <= 6 and chance(0.5):
        return ("上周" if weekday(day) >= weekday(ref) else "这周") + WEEK[weekday(day)] if chance(0.5) \
            else "周" + WEEK[weekday(day)]
    return date_zh(day)


def when_en(day, h, ref):
    d = ref - day
    part = "morning" if h < 12 else "afternoon" if h < 18 else "evening"
    if d == 0:
        w = "this " + part
    elif d == 1:
        w = "yesterday " + part if part != "evening" else "last night"
    else:
        m, dd = md(day)
        w = "on %s (%s %d) in the %s" % (WEEK_EN[weekday(day)], "Mar" if m == 3 else "Feb", dd, part)
    hh = h if h <= 12 else h - 12
    return w + ", around %d %s" % (hh, "am" if h < 12 else "pm")


# --------------------------------------------------------------------------- geography
BASE_LAT, BASE_LON = 38.52461, 115.93817       # arbitrary point for the invented 津原市


def latlon(e, n):
    lat = BASE_LAT + n / 111320.0
    lon = BASE_LON + e / (111320.0 * math.cos(math.radians(BASE_LAT)))
    return round(lat, 6), round(lon, 6)


def dist_m(a, b):
    return math.hypot(a[0] - b[0], a[1] - b[1])


def P(key, kind, e, n, names, en, bases=None):
    return {"key": key, "kind": kind, "e": e, "n": n, "names": names, "en": en, "bases": bases or names}


PLACES = [
    P("dongli", "compound", 320, 210, ["槐荫东里小区", "槐荫东里", "东里小区", "槐荫东里社区"], "Huaiyin Dongli compound", ["槐荫东里", "东里"]),
    P("xili", "compound", -360, 170, ["槐荫西里小区", "槐荫西里", "西里小区", "西里"], "Huaiyin Xili compound", ["槐荫西里", "西里"]),
    P("mianfang", "compound", -220, -380, ["棉纺二厂家属院", "棉纺二厂宿舍", "棉纺家属院", "纺织厂家属院"], "the Cotton Mill No.2 housing", ["棉纺二厂家属院", "棉纺家属院"]),
    P("jichuang", "compound", 520, -300, ["机床厂宿舍", "机床厂家属楼", "机床宿舍小区", "机床厂小区"], "the machine-tool factory flats", ["机床厂宿舍", "机床宿舍"]),
    P("youdian", "compound", 60, 610, ["邮电新村", "邮电新村小区", "邮电小区"], "Youdian Xincun", ["邮电新村"]),
    P("liangku", "compound", 720, 450, ["粮库北院", "粮库宿舍", "粮食局北院", "粮库家属院"], "Liangku North Yard", ["粮库北院", "粮库宿舍"]),
    P("market", "market", 0, 0, ["槐荫菜市场", "槐荫农贸市场", "菜市场", "菜场"], "the wet market"),
    P("canteen", "canteen", 160, 90, ["槐荫里长者食堂", "长者食堂", "社区老年食堂", "老年饭桌"], "the seniors' canteen"),
    P("square", "square", -110, 310, ["槐荫广场", "文化广场", "小广场", "槐荫里文化广场"], "Huaiyin Square"),
    P("kinder", "kinder", -460, -90, ["槐花幼儿园", "幼儿园", "槐花幼儿园门口"], "Huaihua Kindergarten",
      ["槐花幼儿园", "幼儿园"]),
    P("school", "school", -520, 60, ["槐荫里小学", "槐荫小学", "小学门口", "槐荫里小学东门"], "Huaiyinli Primary School",
      ["槐荫里小学", "槐荫小学", "小学"]),
    P("courier", "courier", 250, -60, ["邻里快递驿站", "快递驿站", "驿站", "小区快递点"], "the parcel station"),
    P("metroA", "metro", 410, 40, ["地铁槐荫里站A口", "槐荫里站A出口", "地铁A口", "地铁站A口"], "Huaiyinli metro, Exit A",
      ["地铁槐荫里站A口", "槐荫里站A口", "地铁A口"]),
    P("metroB", "metro", 610, -90, ["地铁槐荫里站B口", "槐荫里站B出口", "地铁B口", "地铁站B口"], "Huaiyinli metro, Exit B",
      ["地铁槐荫里站B口", "槐荫里站B口", "地铁B口"]),
    P("health", "health", -150, -210, ["槐荫里社区卫生服务中心", "社区卫生服务中心", "社区医院", "卫生服务中心"], "the community health centre"),
    P("bath", "bath", 350, -460, ["清泉浴池", "清泉澡堂", "澡堂子", "清泉浴池老澡堂"], "the Qingquan bathhouse",
      ["清泉浴池", "清泉澡堂", "澡堂子"]),
    P("chess", "chess", -250, 420, ["老友棋牌室", "棋牌室", "老友棋牌", "活动室棋牌室"], "the chess-and-card room"),
    P("bus", "bus", 820, 10, ["槐荫里公交总站", "公交总站", "27路总站", "公交场站"], "the bus terminus"),
    P("dorm", "dorm", 560, -420, ["工人临时宿舍", "工地板房", "项目部板房宿舍", "施工队宿舍"], "the workers' dorm",
      ["工人临时宿舍", "施工队宿舍", "项目部宿舍"]),
    P("store", "store", 100, -130, ["惠邻24小时便利店", "惠邻便利店", "24小时便利店", "便利店"], "the Huilin 24h store"),
    P("police", "police", -40, -560, ["槐荫里派出所", "派出所门口"], "the police station", ["槐荫里派出所", "派出所"]),
    P("road", "road", 200, -10, ["槐荫路", "槐荫路边", "槐荫路和纺机路路口"], "Huaiyin Road", ["槐荫路", "槐荫路东段"]),
    P("road2", "road", -300, -150, ["纺机路", "纺机路边", "纺机路人行道"], "Fangji Road", ["纺机路", "纺机路西段"]),
    P("lane", "road", 450, 300, ["粮库街", "粮库街口", "粮库街上"], "Liangku Street", ["粮库街"]),
]
PL = {p["key"]: p for p in PLACES}
COMPOUNDS = ["dongli", "xili", "mianfang", "jichuang", "youdian", "liangku"]

FAR = [
    P("far_station", "far", 5200, 3800, ["津原站", "津原火车站", "火车站北广场"], "Jinyuan railway station"),
    P("far_south", "far", -9000, -7000, ["津原南站", "高铁南站", "津原南站进站口"], "Jinyuan South station"),
    P("far_mall", "far", -4200, 2600, ["滨河天街购物中心", "滨河天街", "天街商场"], "Binhe mall"),
    P("far_uni", "far", 11000, -2000, ["大学城北门", "大学城", "大学城地铁站"], "the university town"),
    P("far_logi", "far", 2000, 12000, ["北郊物流园", "北郊物流园区", "物流园"], "the north logistics park"),
    P("far_old", "far", -6000, -500, ["鼓楼老街", "鼓楼步行街", "鼓楼"], "the Drum Tower street"),
    P("far_eco", "far", 8000, 6000, ["经开区工业园", "经开区", "经开区管委会"], "the development zone"),
    P("far_hosp", "far", 3500, -5200, ["市第一医院", "市一院", "第一医院门诊楼"], "the city No.1 hospital"),
    P("far_park", "far", -3000, -6500, ["南湖公园", "南湖公园东门", "南湖"], "South Lake park"),
]
FL = {p["key"]: p for p in FAR}

SPOTS = {
    "compound": ["{b}号楼{u}单元楼道", "{b}号楼楼下", "{b}号楼门口脚手架底下", "小区北门", "小区南门口", "车棚",
                 "快递柜旁边", "垃圾站旁", "健身器材边上", "{b}号楼前的花坛", "{b}号楼楼道口台阶", "改造施工围挡边"],
    "market": ["东门", "西门口", "卖豆腐的摊位旁", "鱼摊边上", "水果摊", "熟食区", "门口修车摊", "公厕门口", "肉摊前面"],
    "canteen": ["打饭窗口", "靠窗的桌子上", "门口台阶", "洗手池边", "门口的长椅", "收餐具的地方"],
    "square": ["舞池边的长椅", "音箱旁边", "西侧花坛", "健身器材那儿", "东北角", "树底下的石凳"],
    "kinder": ["大门口", "接送区", "门口栏杆边", "门口小花园"],
    "school": ["东门", "南门", "接送点", "门口小卖部", "家长等候区", "东门对面马路边"],
    "courier": ["取件台", "门口货架", "快递柜前", "门口台阶"],
    "metro": ["出口楼梯", "闸机口", "安检口", "出口外的单车停放点", "扶梯边"],
    "health": ["取药窗口", "二楼输液室", "候诊椅", "挂号处", "门口坡道"],
    "bath": ["更衣柜", "休息大厅", "门口", "搓澡间外面"],
    "chess": ["牌桌上", "门口", "窗台上", "沙发缝里"],
    "bus": ["候车亭", "27路车上", "113路车上", "调度室门口", "站台长椅"],
    "dorm": ["板房门口", "洗漱间", "食堂板房", "工具棚"],
    "store": ["收银台", "门口", "微波炉旁边", "门口桌子上", "货架边"],
    "police": ["门口"],
    "road": ["人行道上", "公交站牌下", "路边绿化带", "路口电线杆旁", "非机动车道"],
    "far": ["门口", "广场", "停车场", "出口", "路边"],
}
ACTS = {
    "compound": ["下楼扔垃圾", "在楼下晒太阳", "下楼", "出门遛弯儿", "搬东西", "取快递"],
    "market": ["买菜", "称菜", "挑水果", "买豆腐"],
    "canteen": ["打饭", "吃饭", "在食堂吃饭"],
    "square": ["跳广场舞", "在广场溜达", "看人跳舞", "跳舞"],
    "kinder": ["接孩子", "送孩子", "接孙子"],
    "school": ["接孩子放学", "送孩子上学", "在校门口等孩子", "接孩子"],
    "courier": ["取快递", "寄快递"],
    "metro": ["坐地铁", "进站", "出站", "从地铁口出来"],
    "health": ["量血压", "拿药", "看病", "输液"],
    "bath": ["洗澡", "泡澡"],
    "chess": ["打牌", "下棋", "打麻将"],
    "bus": ["坐公交", "等车", "坐27路", "下车"],
    "dorm": ["在宿舍", "下班回宿舍"],
    "store": ["买东西", "买烟", "买水", "热饭"],
    "road": ["路过", "走路", "遛弯儿"],
    "police": ["办事"],
    "far": ["办事"],
}
HOURS = {
    "compound": [(7, 21)], "market": [(6, 10), (6, 10), (16, 18)], "canteen": [(11, 12), (11, 12), (17, 17)],
    "square": [(19, 20), (19, 20), (7, 8)], "kinder": [(7, 8), (16, 17)], "school": [(7, 7), (16, 16)],
    "courier": [(9, 20)], "metro": [(7, 9), (17, 20), (10, 16)], "health": [(8, 10), (14, 15)],
    "bath": [(13, 20)], "chess": [(9, 21)], "bus": [(6, 21)], "dorm": [(18, 22), (5, 6)],
    "store": [(0, 23)], "road": [(6, 22)], "police": [(9, 16)], "far": [(8, 20)],
}


def act_for(kind, h):
    if kind == "canteen" and 10 <= h <= 13 and chance(0.5):
        return "吃午饭"
    if kind == "canteen" and h >= 16 and chance(0.5):
        return "吃晚饭"
    if kind == "store" and h < 10 and chance(0.5):
        return "买早点"
    if kind == "school":
        return ch(["送孩子上学", "送孩子"]) if h < 12 else ch(["接孩子放学", "接孩子", "在校门口等孩子"])
    if kind == "kinder":
        return "送孩子" if h < 12 else ch(["接孩子", "接孙子", "接孩子放学"])
    return ch(ACTS[kind])


def place_time(pk, day):
    hr = ch(HOURS[pk])
    h = rint(hr[0], hr[1])
    m = rint(0, 59)
    if pk in ("school", "kinder"):
        while weekday(day) >= 5:
            day -= 1
        if pk == "school":
            m = rint(20, 59) if h == 7 else rint(0, 40)
    return day, h, m


def spot_of(place):
    s = ch(SPOTS[place["kind"]])
    return s.replace("{b}", str(rint(1, 24))).replace("{u}", str(rint(1, 4)))


def near_place(place, maxd=480):
    base = (place["e"], place["n"])
    cands = [p for p in PLACES if p["key"] != place["key"] and p["kind"] != "police"
             and dist_m(base, (p["e"], p["n"])) <= maxd]
    return ch(cands) if cands else place


def jit(pos, r):
    a = R.random() * 2 * math.pi
    d = R.random() * r
    return (pos[0] + d * math.cos(a), pos[1] + d * math.sin(a))


# --------------------------------------------------------------------------- people
SUR = list("王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁于蒋蔡余杜叶程魏苏吕丁任"
           "沈姚卢姜崔钟谭陆汪范金石廖贾夏付方白邹孟熊秦邱江尹薛闫段雷侯龙史贺顾毛郝龚邵万钱武戴孔汤庞"
           "樊殷施陶翟安颜倪严牛温季俞章鲁葛申毕聂焦邢岳齐庄辛管祝左谷耿路关苗纪靳盛童曲裴席卫霍")
GIVEN = {
    ("old", 0): ["桂兰", "淑芬", "秀英", "玉珍", "凤英", "桂芝", "淑珍", "秀兰", "玉兰", "素琴", "桂荣", "凤琴",
                 "秀珍", "淑华", "玉梅", "金凤", "兰英", "翠英", "玉芬", "凤兰", "桂琴", "淑琴"],
    ("old", 1): ["德顺", "建国", "国庆", "福生", "长山", "振华", "树林", "连生", "保国", "永福", "志刚", "卫东",
                 "广田", "守成", "宝山", "庆祥", "万福", "德才", "玉林", "金财", "殿臣", "洪生"],
    ("mid", 0): ["丽娟", "海燕", "红梅", "晓燕", "静", "丽华", "春梅", "艳", "秀梅", "慧敏", "丽", "雪梅", "玉洁", "婷"],
    ("mid", 1): ["建军", "海涛", "志强", "立新", "永强", "军", "涛", "建华", "明", "勇", "国栋", "海龙", "振宇", "磊"],
    ("young", 0): ["婷婷", "佳怡", "雪", "晨曦", "梦琪", "思琪", "雨萱", "子涵", "欣然", "可可", "一凡", "悦"],
    ("young", 1): ["浩然", "宇航", "子豪", "俊杰", "鹏飞", "博文", "一鸣", "家豪", "文博", "嘉豪", "天宇", "昊"],
    ("kid", 0): ["梓萱", "一诺", "若汐", "欣妍", "诗琪", "语桐", "可馨", "悦彤", "沐瑶", "安琪", "芷若", "雨菲"],
    ("kid", 1): ["子轩", "沐宸", "浩宇", "奕辰", "宇泽", "铭轩", "皓轩", "俊熙", "梓睿", "承泽", "一航", "子墨"],
}
FOREIGN = [("Hannah", "Whitcombe", 0), ("Liam", "O'Farrell", 1), ("Sophie", "Kettering", 0),
           ("Marcus", "Vandeley", 1), ("Aoife", "Brennock", 0), ("Daniel", "Ruskin", 1)]
USED_NAMES = set()

ROLE_YEARS = {"elder": (1938, 1958), "parent": (1984, 1993), "gparent": (1952, 1966),
              "worker": (1968, 1997), "rider": (1988, 2004), "vendor": (1964, 1986),
              "renter": (1995, 2004), "staff": (1970, 1996), "foreign": (1988, 1999)}


def gen_of(year):
    return "old" if year < 1962 else "mid" if year < 1994 else "young" if year < 2010 else "kid"


def new_name(year, male):
    for _ in range(500):
        n = ch(SUR) + ch(GIVEN[(gen_of(year), 1 if male else 0)])
        if n not in USED_NAMES:
            USED_NAMES.add(n)
            return n
    raise RuntimeError("names")


FOREIGN_LEFT = list(FOREIGN)


EXTRA_FIRST = [("Greta", 0), ("Tobias", 1), ("Nina", 0), ("Oskar", 1), ("Maeve", 0), ("Callum", 1)]
EXTRA_LAST = ["Lindqvist", "Harrowgate", "Pellerin", "Dunmore", "Aldana", "Fairbrook"]


def new_person(role, extra=False, male=None):
    if role == "foreign" and (extra or not FOREIGN_LEFT):
        fn, male = ch(EXTRA_FIRST)
        ln = ch(EXTRA_LAST)
        return {"name": fn + " " + ln, "sur": ln, "male": bool(male), "year": rint(1980, 1999), "role": role, "first": fn}
    if role == "foreign":
        fn, ln, male = FOREIGN_LEFT.pop(R.randrange(len(FOREIGN_LEFT)))
        return {"name": fn + " " + ln, "sur": ln, "male": bool(male), "year": rint(1986, 1998), "role": role,
                "first": fn}
    y0, y1 = ROLE_YEARS[role]
    if male is None:
        male = chance(0.8 if role in ("worker", "rider") else 0.45)
    year = rint(y0, y1)
    name = new_name(year, male)
    return {"name": name, "sur": name[0], "male": male, "year": year, "role": role}


def new_child(kinder=False):
    male = chance(0.5)
    year = rint(2020, 2022) if kinder else rint(2016, 2019)
    name = new_name(year, male)
    grade = 2026 - year - 6 if not kinder else 0
    grade = max(1, min(6, grade)) if not kinder else 0
    return {"name": name, "sur": name[0], "male": male, "year": year, "grade": grade, "cls": rint(1, 6),
            "kinder": kinder}


def mask_name(n):
    if len(n) == 2:
        return n[0] + "*"
    return n[0] + "*" * (len(n) - 2) + n[-1]


# --------------------------------------------------------------------------- colours and brands
def C(o, f, field, en, grp):
    return {"o": o, "f": f, "field": field, "en": en, "grp": grp}


COLOURS = {
    "black": C(["黑色", "黑的", "黑", "哑光黑", "亮黑色", "曜石黑"], ["黑色", "黑", "深色"], ["黑色", "黑", "深色", "哑光黑", "黑色的"], ["black"], "dark"),
    "grey": C(["灰色", "深空灰", "深灰", "灰的", "太空灰"], ["灰色", "深灰色", "灰"], ["灰色", "深空灰", "深灰", "灰"], ["grey", "space grey"], "dark"),
    "navy": C(["藏青色", "深蓝", "藏蓝色", "藏青"], ["深蓝色", "藏青色"], ["藏青", "深蓝", "藏蓝"], ["navy"], "dark"),
    "white": C(["白色", "白的", "米白", "珍珠白", "象牙白"], ["白色", "白"], ["白色", "白", "米白"], ["white"], "light"),
    "silver": C(["银色", "银白色", "亮银", "银的"], ["银色", "银白色"], ["银色", "银"], ["silver"], "light"),
    "beige": C(["米色", "卡其色", "杏色", "浅咖"], ["米色", "卡其色"], ["米色", "卡其"], ["beige"], "light"),
    "gold": C(["金色", "香槟金", "土豪金", "流光金"], ["金色", "金黄色"], ["金色", "金"], ["gold"], "gold"),
    "yellow": C(["黄色", "明黄", "柠檬黄", "姜黄"], ["黄色"], ["黄色", "黄"], ["yellow"], "gold"),
    "orange": C(["橙色", "橘色", "橘黄"], ["橙色", "橘黄色"], ["橙色", "橘色"], ["orange"], "orange"),
    "red": C(["红色", "大红", "酒红", "枣红色", "红的"], ["红色", "红"], ["红色", "红", "酒红"], ["red"], "red"),
    "pink": C(["粉色", "粉红", "樱花粉", "浅粉", "粉的"], ["粉色", "粉红色"], ["粉色", "粉", "粉红"], ["pink"], "pink"),
    "purple": C(["紫色", "淡紫", "香芋紫", "紫的"], ["紫色", "浅紫色"], ["紫色", "紫"], ["purple"], "purple"),
    "blue": C(["蓝色", "天蓝", "宝蓝", "湖蓝", "浅蓝", "蓝的"], ["蓝色", "蓝"], ["蓝色", "蓝", "天蓝"], ["blue"], "blue"),
    "green": C(["绿色", "墨绿", "军绿", "薄荷绿", "绿的"], ["绿色", "绿"], ["绿色", "墨绿", "军绿"], ["green"], "green"),
    "brown": C(["棕色", "咖啡色", "褐色", "深棕", "驼色"], ["棕色", "咖啡色", "褐色"], ["棕色", "咖啡色", "棕"], ["brown"], "brown"),
}
NEAR = {"black": ["grey", "navy"], "grey": ["black", "silver"], "navy": ["black", "blue"], "white": ["silver", "beige"],
        "silver": ["grey", "white"], "beige": ["white", "brown"], "gold": ["yellow"], "yellow": ["gold", "orange"],
        "orange": ["yellow", "red"], "red": ["pink", "orange"], "pink": ["red", "purple"], "purple": ["pink", "blue"],
        "blue": ["navy"], "green": [], "brown": ["black", "beige"]}


def far_colour(col, allowed):
    bad = [col] + NEAR.get(col, [])
    cands = [c for c in allowed if c not in bad and COLOURS[c]["grp"] != COLOURS[col]["grp"]]
    if not cands:
        cands = [c for c in COLOURS if c not in bad and COLOURS[c]["grp"] != COLOURS[col]["grp"]]
    return ch(cands)


def B(o, f, en, typo=None):
    return {"o": o, "f": f, "en": en, "typo": typo or []}


BRANDS = {
    "huawei": B(["华为", "HUAWEI", "Huawei", "华为的"], ["华为", "HUAWEI"], ["Huawei"], ["华伟", "花为", "huawie"]),
    "apple": B(["苹果", "iPhone", "Apple", "苹果的"], ["苹果", "Apple"], ["Apple"], ["平果", "爱疯", "iphone"]),
    "xiaomi": B(["小米", "Xiaomi", "MI", "小米的"], ["小米", "Xiaomi"], ["Xiaomi"], ["晓米", "xiaomi"]),
    "redmi": B(["红米", "Redmi", "小米红米"], ["Redmi", "红米"], ["Redmi"], ["redmi", "红咪"]),
    "oppo": B(["OPPO", "oppo", "欧珀"], ["OPPO"], ["OPPO"], ["0PPO", "opop"]),
    "vivo": B(["vivo", "VIVO", "维沃"], ["vivo"], ["vivo"], ["viov", "vivio"]),
    "honor": B(["荣耀", "HONOR", "Honor", "荣耀的"], ["荣耀", "HONOR"], ["Honor"], ["容耀", "荣跃"]),
    "samsung": B(["三星", "Samsung", "SAMSUNG"], ["三星", "SAMSUNG"], ["Samsung"], ["sumsung", "三心"]),
    "kanglebao": B(["康乐宝", "康乐宝牌", "KLB"], ["康乐宝", "KLB"], ["Kanglebao"], ["康乐保"]),
    "nokia": B(["诺基亚", "NOKIA", "Nokia"], ["诺基亚", "NOKIA"], ["Nokia"], ["诺基压"]),
    "zte": B(["中兴", "ZTE"], ["中兴", "ZTE"], ["ZTE"], ["中星"]),
    "yadea": B(["雅迪", "Yadea", "YADEA", "雅迪的"], ["雅迪", "YADEA"], ["Yadea"], ["雅笛", "yadi", "亚迪"]),
    "aima": B(["爱玛", "AIMA", "爱玛的"], ["爱玛", "AIMA"], ["Aima"], ["艾玛", "爱马"]),
    "tailg": B(["台铃", "TAILG", "台铃的"], ["台铃", "TAILG"], ["Tailg"], ["台玲", "tailing"]),
    "sunra": B(["新日", "SUNRA", "新日牌"], ["新日", "SUNRA"], ["Sunra"], ["新曰", "xinri"]),
    "niu": B(["小牛", "NIU", "小牛电动"], ["小牛", "NIU"], ["NIU"], ["xiaoniu", "小妞"]),
    "luyuan": B(["绿源", "LUYUAN", "绿源的"], ["绿源", "LUYUAN"], ["Luyuan"], ["绿园", "lvyuan"]),
    "ninebot": B(["九号", "Ninebot", "9号"], ["九号", "Ninebot"], ["Ninebot"], ["nine bot", "久号"]),
    "tianneng": B(["天能", "天能电池", "TIANNENG"], ["天能", "TIANNENG"], ["Tianneng"], ["天龙", "田能"]),
    "chaowei": B(["超威", "超威电池", "CHILWEE"], ["超威", "CHILWEE"], ["Chilwee"], ["超为", "超微"]),
    "xingheng": B(["星恒", "星恒锂电"], ["星恒"], ["Xingheng"], ["星横"]),
    "giant": B(["捷安特", "GIANT", "Giant"], ["捷安特", "GIANT"], ["Giant"], ["杰安特", "jieante"]),
    "forever": B(["永久", "永久牌", "FOREVER"], ["永久", "永久牌"], ["Forever"], ["永九"]),
    "phoenix": B(["凤凰", "凤凰牌", "PHOENIX"], ["凤凰", "凤凰牌"], ["Phoenix"], ["凤皇"]),
    "merida": B(["美利达", "MERIDA", "Merida"], ["美利达", "MERIDA"], ["Merida"], ["美力达", "美丽达"]),
    "xds": B(["喜德盛", "XDS"], ["喜德盛", "XDS"], ["XDS"], ["喜得盛"]),
    "dahon": B(["大行", "DAHON", "大行折叠"], ["大行", "DAHON"], ["Dahon"], ["大航"]),
    "goodbaby": B(["好孩子", "goodbaby", "好孩子牌"], ["好孩子", "goodbaby"], ["Goodbaby"], ["好孩仔"]),
    "septwolves": B(["七匹狼", "SEPTWOLVES", "7匹狼"], ["七匹狼", "SEPTWOLVES"], ["Septwolves"], ["七皮狼"]),
    "goldlion": B(["金利来", "Goldlion", "金利来的"], ["金利来", "goldlion"], ["Goldlion"], ["金力来"]),
    "woodpecker": B(["啄木鸟", "啄木鸟牌"], ["啄木鸟"], ["Woodpecker"], ["琢木鸟"]),
    "coach": B(["蔻驰", "COACH", "Coach"], ["COACH", "蔻驰"], ["Coach"], ["寇驰", "coch"]),
    "samsonite": B(["新秀丽", "Samsonite"], ["新秀丽", "Samsonite"], ["Samsonite"], ["新秀利"]),
    "lining": B(["李宁", "LI-NING", "李宁的"], ["李宁", "LI-NING"], ["Li-Ning"], ["lining"]),
    "anta": B(["安踏", "ANTA"], ["安踏", "ANTA"], ["Anta"], ["安塔"]),
    "carany": B(["卡拉羊", "Carany"], ["卡拉羊"], ["Carany"], ["卡拉洋"]),
    "ctf": B(["周大福", "CTF", "周大福的"], ["周大福", "CTF"], ["Chow Tai Fook"], ["周大富"]),
    "lfx": B(["老凤祥", "老凤祥的"], ["老凤祥"], ["Lao Feng Xiang"], ["老凤翔"]),
    "css": B(["周生生", "周生生的"], ["周生生"], ["Chow Sang Sang"], ["周升生"]),
    "zghj": B(["中国黄金", "中金"], ["中国黄金"], ["China Gold"], []),
    "shanghai": B(["上海牌", "上海"], ["上海牌"], ["Shanghai"], ["上海表"]),
    "seagull": B(["海鸥", "海鸥表"], ["海鸥"], ["Seagull"], []),
    "signia": B(["西门子", "Signia", "西门子助听器", "信泰"], ["Signia", "西门子"], ["Signia"], ["西门字"]),
    "phonak": B(["峰力", "Phonak", "PHONAK"], ["峰力", "Phonak"], ["Phonak"], ["丰力"]),
    "oticon": B(["奥迪康", "Oticon"], ["奥迪康", "OTICON"], ["Oticon"], ["奥帝康"]),
    "xtc": B(["小天才", "imoo", "小天才的"], ["小天才", "imoo"], ["imoo"], ["小天材"]),
    "lenovo": B(["联想", "Lenovo", "ThinkPad"], ["联想", "Lenovo"], ["Lenovo"], ["联相"]),
    "romoss": B(["罗马仕", "ROMOSS"], ["罗马仕", "ROMOSS"], ["Romoss"], ["罗马士"]),
    "anker": B(["安克", "Anker"], ["Anker", "安克"], ["Anker"], ["anke"]),
    "tecsun": B(["德生", "TECSUN", "德生牌"], ["德生", "TECSUN"], ["Tecsun"], ["得生"]),
    "jinzheng": B(["金正", "金正牌"], ["金正"], ["Jinzheng"], ["金政"]),
    "yuwell": B(["鱼跃", "yuwell"], ["鱼跃", "yuwell"], ["Yuwell"], ["鱼悦"]),
    "bosch": B(["博世", "BOSCH", "Bosch"], ["博世", "BOSCH"], ["Bosch"], ["博士"]),
    "dongcheng": B(["东成", "DCA", "东成牌"], ["东成", "DCA"], ["Dongcheng"], ["东城"]),
    "makita": B(["牧田", "Makita", "MAKITA"], ["牧田", "Makita"], ["Makita"], ["木田"]),
    "thermos": B(["膳魔师", "THERMOS"], ["膳魔师", "THERMOS"], ["Thermos"], ["善魔师"]),
    "zojirushi": B(["象印", "ZOJIRUSHI"], ["象印"], ["Zojirushi"], ["象印的"]),
    "paradise": B(["天堂伞", "天堂"], ["天堂伞"], ["Paradise"], ["天唐"]),
    "stanley": B(["史丹利", "STANLEY"], ["史丹利", "STANLEY"], ["Stanley"], ["史丹力"]),
    "bosideng": B(["波司登", "BOSIDENG"], ["波司登"], ["Bosideng"], ["波斯登"]),
    "vw": B(["大众", "VW", "大众的"], ["大众", "VW"], ["VW"], ["大重"]),
    "toyota": B(["丰田", "TOYOTA"], ["丰田", "TOYOTA"], ["Toyota"], ["丰天"]),
    "byd": B(["比亚迪", "BYD"], ["比亚迪", "BYD"], ["BYD"], ["比亚笛"]),
    "mingliang": B(["明亮眼镜", "明亮眼镜店"], ["明亮眼镜"], ["Mingliang"], []),
}
BRAND_CONFUSE = {"redmi": "xiaomi", "honor": "huawei"}
PHONE_ONLY = ("iPhone", "iphone", "爱疯")


def bvars(o, side, typo_p=0.0):
    """spellings of o's brand that fit its kind (nobody calls AirPods 'iPhone')"""
    b = BRANDS[o["brand"]]
    phone = o["kind"] == "smartphone"
    if b["typo"] and chance(typo_p):
        t = [x for x in b["typo"] if phone or x not in PHONE_ONLY]
        if t:
            return ch(t)
    v = [x for x in (b["o"] if side == "o" else b["f"]) if phone or x not in PHONE_ONLY]
    return ch(v)


# --------------------------------------------------------------------------- fact pools
def E(o, f, en=None, col=None):
    def L(x):
        return [] if x is None else ([x] if isinstance(x, str) else list(x))
    return {"o": L(o), "f": L(f), "en": L(en), "col": col}


POOLS = {
    "case": [
        E(["套着透明手机壳", "透明软壳", "带个透明壳"], ["透明手机壳", "外套透明软壳"], "a clear case"),
        E(["黑色硅胶壳", "套着黑色硅胶壳"], ["黑色硅胶手机壳", "外套黑色硅胶壳"], "a black silicone case"),
        E(["粉色小熊手机壳", "壳是粉色的，上面有只小熊"], ["粉色小熊图案手机壳", "手机壳为粉色，印有小熊"], "a pink case with a little bear on it"),
        E(["棕色皮质翻盖套", "翻盖的皮套，棕色"], ["棕色翻盖皮套"], "a brown leather flip cover"),
        E(["军绿色带支架的壳", "壳后面带个支架，军绿色的"], ["军绿色手机壳（带支架）"], "an army-green case with a kickstand"),
        E(["壳上印着小恐龙", "小恐龙图案的壳"], ["手机壳印有卡通恐龙图案"], "a case with a cartoon dinosaur"),
        E(["红色的壳，上面一个福字", "大红福字手机壳"], ["红色福字手机壳"], "a red case with the character fu on it"),
        E(["蓝色磨砂壳"], ["蓝色磨砂手机壳"], "a frosted blue case"),
        E(["四个角鼓起来的防摔壳"], ["透明四角防摔壳"], "a clear bumper case"),
        E(["壳后面贴着孙子的大头贴", "手机壳背面贴了张小孩大头贴"], ["手机壳背面贴有一张儿童大头贴"], "a kid's photo sticker on the back"),
        E(["没套壳", "裸机没带壳"], ["无手机壳", "未带手机壳"], "no case"),
        E(["壳里夹着一张公交卡", "手机壳里插着公交卡"], ["手机壳内夹有公交卡一张"], "a bus card tucked in the case"),
        E(["挂着一根红色挂绳", "带红色挂绳"], ["手机系红色挂绳"], "a red lanyard"),
        E(["壳背面有个指环扣"], ["手机背面粘有指环支架"], "a ring holder on the back"),
        E(["白色猫爪图案的壳"], ["白色猫爪图案手机壳"], "a white case with cat paws"),
        E(["黑白格子的壳"], ["黑白格纹手机壳"], "a black-and-white checked case"),
    ],
    "lock": [
        E(["锁屏是我孙子的照片", "屏保是孙子照片"], ["锁屏为一男童照片", "锁屏是个小男孩的照片"], "the lock screen is a photo of a little boy"),
        E(["屏保是一只橘猫", "锁屏是我家橘猫"], ["锁屏图片为一只橘猫"], "the lock screen shows a ginger cat"),
        E(["锁屏是全家福"], ["锁屏为多人合影"], "the lock screen is a family photo"),
        E(["壁纸是海边的风景"], ["锁屏为海边风景"], "the wallpaper is a beach"),
        E(["锁屏是个动漫人物"], ["锁屏为动漫人物图片"], "an anime character on the lock screen"),
        E(["屏保是一朵荷花"], ["锁屏为荷花图片"], "a lotus flower on the lock screen"),
        E(["锁屏是我闺女的照片"], ["锁屏为一年轻女子照片"], "a photo of my daughter on the lock screen"),
        E(["锁屏是我和对象的合照"], ["锁屏为一男一女合影"], "a photo of me and my partner on the lock screen"),
        E(["屏保是一只金毛"], ["锁屏为一只金毛犬"], "a golden retriever on the lock screen"),
        E(["锁屏是雪山的图"], ["锁屏为雪山风景"], "a snowy mountain wallpaper"),
    ],
    "screen": [
        E(["屏幕右上角碎了一块", "右上角屏幕摔碎了"], ["屏幕右上角碎裂"], "the top right corner of the screen is cracked"),
        E(["屏幕上有一道斜着的裂纹"], ["屏幕有一道斜裂纹"], "a diagonal crack across the screen"),
        E(["贴着钢化膜，膜碎了"], ["钢化膜碎裂", "屏幕保护膜已碎"], "the screen protector is shattered"),
        E(["后盖有好几道划痕"], ["后盖有明显划痕"], "scratches on the back"),
        E(["摄像头那块磕掉漆了"], ["摄像头边框掉漆"], "chipped paint near the camera"),
        E(["屏幕左下角有个亮点"], ["屏幕左下角有坏点"], "a dead pixel at the lower left"),
    ],
    "phone_hidden": [
        E(["没设密码，一按就开"], None), E(["设了六位数的密码"], None, "it has a six-digit passcode"),
        E(["支付宝微信都绑着卡，已经挂失了"], None, "I have already frozen my payment apps"),
        E(["手机号已经去营业厅补卡了"], None, "I already got a new SIM card"), E(["设的指纹解锁"], None, "it unlocks with my fingerprint"),
        E(["里面照片很重要"], None, "the photos on it matter a lot to me"),
    ],
    "eph_feat": [
        E(["手机上拴着根绳，挂着个小牌写着家里电话", "挂绳上有个写电话的小牌子"], ["挂绳上系有写着电话号码的小纸牌"]),
        E(["顶上带手电筒"], ["机顶带手电筒"]),
        E(["后盖用透明胶缠了几圈"], ["后盖用透明胶带缠绕"]),
        E(["按键上的字都磨没了"], ["按键字迹磨损"]),
        E(["套着个红色绒布套"], ["装在红色绒布手机套内"]),
        E(["屏幕下面贴着紧急联系人的贴纸"], ["机身贴有“紧急联系人”贴纸"]),
        E(["侧面有个SOS键"], ["侧面有SOS按键"]),
        E(["顶上掉了一块漆"], ["机身顶部掉漆"]),
    ],
    "sleeve": [
        E(["套着透明卡套"], ["装在透明卡套内"], "in a clear plastic sleeve"),
        E(["红色平安卡套"], ["红色“平安”字样卡套"], "in a red sleeve"),
        E(["卡角折了一下"], ["卡片一角折弯"], "one corner is bent"),
        E(["背面用笔写了个电话"], ["背面有手写电话号码"], "a phone number written on the back"),
        E(["套在一个蓝色塑料皮里"], ["装在蓝色塑料皮套内"], "in a blue plastic cover"),
        E(["跟别的卡用皮筋捆在一起"], ["与其他卡片用皮筋捆在一起"], "held with a rubber band with other cards"),
        E(["卡有点旧，照片那块磨花了"], ["卡面磨损，照片模糊"], "worn, the photo is scuffed"),
    ],
    "wfeat": [
        E(["边角都磨白了"], ["边角磨损发白"]), E(["拉链头坏了"], ["拉链头损坏"]),
        E(["带个金属扣"], ["带金属按扣"]), E(["上面绣着一朵牡丹"], ["绣有牡丹花图案"]),
        E(["拉链上挂着个小铃铛"], ["拉链头挂小铃铛"]), E(["里面有面小镜子"], ["内附小镜子"]),
        E(["对折的"], ["对折款"]), E(["三折的"], ["三折款"]),
        E(["有个放零钱的拉链袋"], ["带零钱拉链袋"]), E(["皮面有道划痕"], ["皮面有划痕"]),
        E(["边上缝过线"], ["边缘有缝补痕迹"]), E(["上面有个小熊挂件"], ["挂有小熊挂件"]),
    ],
    "wmisc": [
        E(["一张我和老伴的合影"], ["合影照片一张"], "a photo"), E(["几张超市小票"], ["购物小票若干张"], "some receipts"),
        E(["一张彩票"], ["体育彩票一张"]), E(["社区医院的挂号单"], ["社区卫生服务中心挂号单一张"]),
        E(["孩子的一寸照片"], ["儿童一寸照片一张"]), E(["理发店的会员卡"], ["理发店会员卡一张"]),
        E(["一张公交卡"], ["公交卡一张"], "a bus card"), E(["门禁卡"], ["门禁卡一张"], "a door card"),
        E(["烟酒店的积分卡"], ["烟酒店积分卡一张"]), E(["几个创可贴"], ["创可贴数片"]),
        E(["一张药方"], ["处方单一张"]), E(["一张洗澡票"], ["清泉浴池澡票一张"]),
    ],
    "orn": [
        E(["挂着一个红色中国结", "钥匙上拴着红色中国结"], ["钥匙扣为红色中国结"], "a red Chinese knot", "red"),
        E(["挂了个小葫芦"], ["挂有小葫芦挂件"], "a little gourd charm", "yellow"),
        E(["挂着个毛绒小熊"], ["毛绒小熊挂件"], "a fluffy teddy bear keyring", "brown"),
        E(["带个开瓶器"], ["带开瓶器"], "a bottle opener", "silver"),
        E(["带着指甲刀"], ["挂有指甲刀一把"], "a nail clipper", "silver"),
        E(["拴着一枚铜钱"], ["挂铜钱一枚"], "an old copper coin", "gold"),
        E(["挂着奥特曼挂件"], ["奥特曼钥匙扣"], "an Ultraman keyring", "red"),
        E(["有个绿色的平安扣"], ["挂有绿色平安扣"], "a green jade disc", "green"),
        E(["挂着一块写着出入平安的小木牌"], ["挂木牌一个，刻“出入平安”"], "a small wooden tag", "brown"),
        E(["挂着个小铃铛，一走就响"], ["挂小铃铛"], "a little bell", "gold"),
        E(["棕色皮的钥匙扣"], ["棕色皮质钥匙扣"], "a brown leather fob", "brown"),
        E(["挂着个小熊猫玩偶"], ["熊猫玩偶挂件"], "a small panda doll", "white"),
        E(["钥匙圈上缠着红绳"], ["钥匙圈缠红绳"], "red string around the ring", "red"),
        E(["挂着个蓝色塑料小鱼"], ["蓝色塑料小鱼挂件"], "a blue plastic fish", "blue"),
        E(["一个迷你小手电"], ["挂迷你手电筒"], "a mini torch", "black"),
        E(["挂着粉色小兔子"], ["粉色兔子挂件"], "a pink bunny", "pink"),
        E(["挂着绿色的小恐龙"], ["绿色恐龙挂件"], "a green dinosaur", "green"),
        E(["一个紫色的薰衣草小香包"], ["紫色薰衣草香包"], "a purple lavender sachet", "purple"),
        E(["挂着黄色的小鸭子"], ["黄色小鸭挂件"], "a yellow duck", "yellow"),
        E(["挂着一个黑色皮质小狗"], ["黑色皮质小狗挂件"], "a black leather dog", "black"),
        E(["挂着个橙色的篮球挂件"], ["橙色小篮球挂件"], "an orange basketball charm", "orange"),
        E(["一个蓝色的钥匙套"], ["钥匙套着蓝色硅胶套"], "a blue rubber key cover", "blue"),
    ],
    "fob": [
        E(["还有个蓝色水滴形门禁卡"], ["蓝色水滴形门禁扣"], "a blue drop-shaped door fob"),
        E(["带个黑色门禁扣"], ["黑色门禁扣"], "a black door fob"),
        E(["有个红色门禁卡"], ["红色门禁扣"], "a red door fob"),
        E(["一个绿色圆门禁"], ["绿色圆形门禁扣"], "a round green fob"),
        E(["黄色门禁扣"], ["黄色门禁扣"], "a yellow fob"),
        E(["白色长方形门禁卡"], ["白色长方形门禁卡"], "a white key card"),
        E(["没有门禁卡"], [], "no door fob"),
    ],
    "ebfeat": [
        E(["后座有个儿童座椅"], ["后座装有儿童座椅"]), E(["车筐是黑色塑料的"], ["黑色塑料车筐"]),
        E(["挡风被是迷彩的"], ["迷彩挡风被"]), E(["后面绑着个黄色外卖箱"], ["后座绑有黄色外卖箱"]),
        E(["车把上装着手机支架"], ["车把装手机支架"]), E(["装了个透明雨棚"], ["车上装有透明雨棚"]),
        E(["左边后视镜断了"], ["左后视镜断裂"]), E(["脚踏那儿铺着红胶垫"], ["脚踏处有红色胶垫"]),
        E(["坐垫套是格子的"], ["格子坐垫套"]), E(["车身贴着平安出行的贴纸"], ["车身贴“平安出行”贴纸"]),
        E(["有个后备箱"], ["带后尾箱"]), E(["挡风被是大红花的"], ["红色花朵图案挡风被"]),
        E(["后座绑着个白色泡沫箱"], ["后座绑白色泡沫箱"]), E(["车把上缠着黑胶布"], ["车把缠黑色胶布"]),
    ],
    "ebhidden": [
        E(["电池是上个月新换的"], None), E(["钥匙还在我手里"], None), E(["车是去年买的，三千多"], None),
        E(["锁是锁了的"], None), E(["充电器在家"], None), E(["可能是被人骑走了"], None),
    ],
    "batfeat": [
        E(["提手断了一边"], ["提手一侧断裂"]), E(["外壳有点鼓包"], ["外壳轻微鼓包"]),
        E(["上面用记号笔写了个8"], ["外壳有记号笔写的“8”"]), E(["外壳裂了一道缝"], ["外壳有裂缝"]),
        E(["贴着张黄色标签"], ["贴有黄色标签"]), E(["插头那儿缠着黑胶布"], ["插头处缠黑胶布"]),
    ],
    "bikefeat": [
        E(["前面有车筐"], ["带车筐"], "a front basket"), E(["后面有货架"], ["带后货架"], "a rear rack"),
        E(["车铃是小黄鸭的"], ["车把装小黄鸭车铃"], "a rubber-duck bell"), E(["坐垫套是豹纹的"], ["豹纹坐垫套"], "a leopard-print seat cover"),
        E(["车把缠着防滑带"], ["车把缠防滑带"], "taped handlebars"), E(["后挡泥板断了"], ["后挡泥板断裂"], "a broken rear mudguard"),
        E(["带水壶架"], ["车架装水壶架"], "a bottle cage"), E(["车架上贴着反光贴"], ["车架贴有反光贴"], "reflective stickers on the frame"),
        E(["前灯是后装的"], ["加装前车灯"], "an add-on headlight"), E(["车座是新换的黑色大座"], ["黑色宽座垫"], "a wide black saddle"),
    ],
    "kidbikefeat": [
        E(["带两个辅助轮"], ["带辅助轮"]), E(["车把上挂着彩色流苏"], ["车把有彩色流苏"]),
        E(["车上贴着汪汪队贴纸", "贴满了小狗贴纸"], ["车身贴有卡通小狗贴纸"]), E(["前面有个白色小车筐"], ["前置白色小车筐"]),
        E(["后面插着一面小旗子"], ["后部插小旗"]), E(["车铃是小兔子的"], ["兔子造型车铃"]),
    ],
    "sbpat": [
        E(["书包上印着奥特曼"], ["书包印有奥特曼图案"]), E(["上面有个太空人图案"], ["书包有太空人图案"]),
        E(["印着小恐龙"], ["书包印有恐龙图案"]), E(["印着独角兽"], ["书包印有独角兽图案"]),
        E(["护脊的那种，带反光条"], ["护脊书包，带反光条"]), E(["书包侧面挂着个小熊猫"], ["书包侧面挂熊猫挂件"]),
        E(["拉杆书包"], ["拉杆式书包"]),
    ],
    "sbcont": [
        E(["二年级下册的语文数学书"], ["二年级下册语文、数学课本"]), E(["一个铁皮文具盒"], ["铁皮文具盒一个"]),
        E(["保温水杯"], ["儿童保温杯一个"]), E(["红领巾"], ["红领巾一条"]), E(["跳绳"], ["跳绳一根"]),
        E(["一袋饼干"], ["饼干一袋"]), E(["口算本"], ["口算练习本"]), E(["英语点读笔"], ["点读笔一支"]),
    ],
    "bpcont": [
        E(["充电器"], ["电源适配器一个"], "a charger"), E(["一把折叠伞"], ["折叠伞一把"], "a folding umbrella"),
        E(["保温杯"], ["保温杯一个"], "a thermos"), E(["工牌"], ["工作证一个"], "my work badge"),
        E(["两本书"], ["书籍两本"], "two books"), E(["一件外套"], ["外套一件"], "a jacket"),
        E(["数据线和充电宝"], ["数据线、充电宝各一"], "cables and a power bank"), E(["眼镜盒"], ["眼镜盒一个"], "a glasses case"),
    ],
    "hbcont": [
        E(["口红"], ["口红一支"]), E(["一包纸巾"], ["纸巾一包"]), E(["降压药"], ["药品一盒"]),
        E(["小镜子"], ["小镜子一面"]), E(["一把家门钥匙"], ["钥匙一把"]), E(["发票"], ["发票若干"]),
        E(["孩子的疫苗本"], ["儿童预防接种证一本"]), E(["护手霜"], ["护手霜一支"]),
    ],
    "tbcont": [
        E(["电笔"], ["试电笔"]), E(["钳子"], ["钢丝钳"]), E(["卷尺"], ["卷尺一个"]), E(["扳手"], ["活动扳手"]),
        E(["一套螺丝刀"], ["螺丝刀套装"]), E(["水平尺"], ["水平尺一把"]), E(["电工胶布"], ["电工胶布两卷"]),
        E(["冲击钻头"], ["钻头若干"]),
    ],
    "bathcont": [
        E(["毛巾"], ["毛巾一条"]), E(["洗发水"], ["洗发水一瓶"]), E(["搓澡巾"], ["搓澡巾"]),
        E(["拖鞋"], ["塑料拖鞋一双"]), E(["梳子"], ["梳子一把"]), E(["香皂盒"], ["香皂盒一个"]),
    ],
    "bagfeat": [
        E(["背带断了一根"], ["一侧背带断裂"]), E(["拉链坏了合不上"], ["拉链损坏"]), E(["挂着个小熊挂件"], ["挂小熊挂件"]),
        E(["侧兜插着一把伞"], ["侧袋插雨伞一把"]), E(["底下有块油渍"], ["底部有油渍"]), E(["上面缝了个补丁"], ["有补丁"]),
        E(["包带上系着红丝带"], ["包带系红丝带"]),
    ],
    "bangle": [
        E(["上面刻着福字"], ["镯面刻“福”字"]), E(["龙凤图案的"], ["龙凤纹样"]), E(["光面的"], ["光面"]),
        E(["古法工艺，有点磨砂"], ["古法磨砂面"]), E(["竹节款"], ["竹节造型"]),
    ],
    "pendant": [
        E(["吊坠是个平安扣"], ["坠子为平安扣"]), E(["坠子是观音"], ["观音吊坠"]), E(["挂着个貔貅"], ["貔貅吊坠"]),
        E(["上面有颗转运珠"], ["转运珠吊坠"]), E(["坠子是小葫芦"], ["葫芦吊坠"]), E(["挂了个小兔子，属兔的"], ["生肖兔吊坠"]),
    ],
    "jade": [
        E(["有一道细裂纹"], ["有细裂纹"]), E(["以前断过，包了金"], ["有包金修补"]), E(["里面有飘花"], ["镯内有飘花"]),
        E(["颜色偏白"], ["偏白色"]),
    ],
    "watchfeat": [
        E(["表带是黑色皮的"], ["黑色皮表带"]), E(["钢表带"], ["钢制表带"]), E(["表蒙子有道划痕"], ["表镜有划痕"]),
        E(["表盘是白的"], ["白色表盘"]), E(["带日历"], ["带日历窗"]),
    ],
    "beads": [
        E(["小叶紫檀的手串"], ["深红色木质手串"]), E(["菩提子手串"], ["菩提子手串"]), E(["沉香手串，十八颗"], ["木质手串十八颗"]),
        E(["绿松石手串"], ["蓝绿色石头手串"]), E(["黑曜石的"], ["黑色石头手串"]),
    ],
    "budcover": [
        E(["套着个透明硅胶套"], ["透明硅胶保护套"], "a clear silicone cover"),
        E(["耳机盒套着个小恐龙的套"], ["耳机盒套恐龙造型保护套"], "a dinosaur cover on the case"),
        E(["套着黑色保护套，带挂钩"], ["黑色保护套带挂钩"], "a black cover with a clip"),
        E(["盒子上贴着星星贴纸"], ["耳机盒贴有星星贴纸"], "star stickers on the case"),
        E(["没套套"], ["无保护套"], "no cover"),
        E(["套着粉色毛绒套"], ["粉色毛绒保护套"], "a fluffy pink cover"),
    ],
    "budmiss": [
        E(["两只耳机都在盒里"], ["盒内有左右耳机各一"], "both earbuds are in the case"),
        E(["盒里只有左耳的"], ["盒内只有左耳机"], "only the left bud is in the case"),
        E(["盒子侧面有个磕痕"], ["耳机盒侧面有磕痕"], "a dent on the side of the case"),
    ],
    "hafeat": [
        E(["装在一个蓝色小盒子里"], ["装于蓝色小收纳盒内"]), E(["耳塞是透明的"], ["透明耳塞"]),
        E(["电池仓盖有点松"], ["电池仓盖松动"]), E(["上面有个红点，是右耳的"], ["有红色标记（右耳）"]),
        E(["上面有个蓝点，是左耳的"], ["有蓝色标记（左耳）"]), E(["用一根细绳拴着防丢"], ["带防丢绳"]),
    ],
    "kwband": [
        E(["表带是粉色的硅胶带"], ["粉色硅胶表带"], "a pink rubber strap"),
        E(["表带上有小星星"], ["表带有星星图案"], "a strap with little stars"),
        E(["表带是蓝色的"], ["蓝色表带"], "a blue strap"),
        E(["表带是紫色带花的"], ["紫色碎花表带"], "a purple flowery strap"),
        E(["表带是黑色的"], ["黑色表带"], "a black strap"),
        E(["屏幕贴着膜，有裂纹"], ["表盘保护膜有裂纹"], "a cracked screen protector"),
    ],
    "tabcase": [
        E(["套着蓝色皮套"], ["蓝色翻盖保护套"]), E(["带键盘的保护套"], ["带键盘保护套"]),
        E(["透明壳，后面贴着贴纸"], ["透明保护壳，背面有贴纸"]), E(["套着儿童防摔的泡沫壳"], ["儿童EVA防摔壳"]),
        E(["没套壳"], ["无保护壳"]),
    ],
    "lapfeat": [
        E(["上面贴满了贴纸"], ["机身贴有多张贴纸"]), E(["键盘上F键掉了"], ["键盘F键缺失"]),
        E(["A面有个凹坑"], ["顶盖有凹痕"]), E(["装在灰色内胆包里"], ["装于灰色内胆包"]),
        E(["屏幕边上贴着便利贴"], ["屏幕边框贴有便利贴"]),
    ],
    "pbfeat": [
        E(["带着一根白色的数据线"], ["附白色数据线一根"]), E(["外壳有划痕"], ["外壳有划痕"]),
        E(["上面贴着外卖站点的编号贴"], ["贴有外卖站点编号贴纸"]), E(["有个小屏幕显示电量"], ["带电量显示屏"]),
        E(["自带挂绳"], ["带挂绳"]),
    ],
    "spkfeat": [
        E(["插着U盘，里面全是跳舞的歌"], ["插有U盘一个"]), E(["带拉杆和轮子"], ["拉杆式带滚轮"]),
        E(["带个无线话筒"], ["附无线话筒一个"]), E(["前面网罩有个凹坑"], ["前网罩凹陷"]),
        E(["背带上系着红绸子"], ["背带系红绸"]),
    ],
    "toolfeat": [
        E(["把手上用红漆写了个姓"], ["手柄有红漆写的字"]), E(["电池包是新换的"], ["带电池包一块"]),
        E(["装在工具箱里"], ["装于塑料工具箱内"]), E(["钻头还插着"], ["钻头未取下"]),
        E(["外壳沾满了白灰"], ["外壳沾有大量白灰"]),
    ],
    "glfeat": [
        E(["一条腿用胶布缠着"], ["一侧镜腿缠胶布"], "one arm is taped"), E(["挂着一条眼镜链"], ["带眼镜链"], "it has a glasses chain"),
        E(["镜片有点花了"], ["镜片有划痕"], "the lenses are scratched"), E(["鼻托掉了一个"], ["缺一个鼻托"], "one nose pad is missing"),
        E(["是折叠的"], ["折叠式"], "they fold up"),
    ],
    "glcase": [
        E(["装在红色眼镜盒里"], ["红色眼镜盒"]), E(["眼镜盒是黑的，印着明亮眼镜"], ["黑色眼镜盒，印“明亮眼镜”"]),
        E(["装在一个布袋子里"], ["装在布眼镜袋内"]), E(["没装盒"], []), E(["绿色的铁眼镜盒"], ["绿色铁质眼镜盒"]),
    ],
    "stick": [
        E(["四个脚的"], ["四脚拐杖"]), E(["能折叠的"], ["折叠拐杖"]), E(["带个小手电"], ["手柄带照明灯"]),
        E(["手柄缠着红布"], ["手柄缠红布"]), E(["木头的，手柄是弯的"], ["木质弯柄拐杖"]),
    ],
    "denture": [
        E(["上牙，半口的"], ["半口上假牙"]), E(["下牙一整口"], ["全口下假牙"]), E(["带钢丝卡子的活动牙"], ["带金属卡环的活动假牙"]),
    ],
    "dentbox": [
        E(["装在蓝色小盒里"], ["装于蓝色塑料盒"]), E(["用纸巾包着"], ["用纸巾包裹"]), E(["装在白色小盒子里"], ["装于白色小盒"]),
    ],
    "cupfeat": [
        E(["杯子上贴着名字贴"], ["杯身贴有名字贴"]), E(["里面泡着枸杞"], ["杯内有枸杞茶"]), E(["杯底磕瘪了"], ["杯底凹陷"]),
        E(["带个杯套"], ["带杯套"]), E(["杯盖上有个小熊"], ["杯盖有小熊图案"]), E(["杯身印着单位的字"], ["杯身印有单位字样"]),
    ],
    "umbfeat": [
        E(["长柄的"], ["长柄伞"]), E(["三折的"], ["三折伞"]), E(["伞骨断了一根"], ["一根伞骨折断"]),
        E(["伞面有小碎花"], ["碎花伞面"]), E(["伞把是木头的"], ["木质伞柄"]),
    ],
    "hatfeat": [
        E(["帽子上印着津原三建"], ["帽身印“津原三建”"]), E(["后面贴着反光条"], ["帽后有反光条"]),
        E(["帽带是新换的"], ["帽带较新"]), E(["侧面有道裂纹"], ["帽侧有裂纹"]),
    ],
    "unifeat": [
        E(["蓝白的运动服款"], ["蓝白色运动款"]), E(["袖子上有块油渍"], ["袖口有油渍"]), E(["拉链头是坏的"], ["拉链头损坏"]),
        E(["口袋里有几颗糖"], ["口袋内有糖果"]),
    ],
    "toy": [
        E(["奥特曼的手办，红银色"], ["奥特曼玩偶一个"]), E(["遥控小汽车，蓝色"], ["蓝色遥控车一辆"]),
        E(["毛绒兔子，耳朵很长"], ["长耳毛绒兔子"]), E(["变形金刚"], ["变形机器人玩具"]), E(["小猪毛绒玩具"], ["毛绒小猪"]),
    ],
    "jackfeat": [
        E(["兜里有副手套"], ["口袋内有手套一副"]), E(["帽子上有一圈毛"], ["帽檐带毛领"]), E(["袖口磨破了"], ["袖口磨损"]),
        E(["兜里有串钥匙"], ["口袋内有钥匙"]), E(["胸口有个小洞"], ["胸前有小破洞"]),
    ],
    "scootfeat": [
        E(["轮子会发光"], ["发光轮"]), E(["把手上贴着贴纸"], ["把手贴有贴纸"]), E(["能折叠"], ["可折叠"]),
        E(["前面挂着个小篮子"], ["挂小篮子"]),
    ],
}


# --------------------------------------------------------------------------- kinds of objects
def K(cat, q, n_o, n_f, n_en, brands=None, bo=0.0, bf=0.0, colours=None, models=None, mo=0.0, mf=0.0,
      pools=(), hook=None, twin=(), roles=(), places=None, kid=False, col_np=True, qf=None):
    return {"cat": cat, "q": q, "qf": qf, "n_o": n_o, "n_f": n_f, "n_en": n_en, "brands": brands, "bo": bo, "bf": bf,
            "colours": colours, "models": models, "mo": mo, "mf": mf, "pools": list(pools), "hook": hook,
            "twin": list(twin), "roles": list(roles), "places": places, "kid": kid, "col_np": col_np}


PHONE_MODELS = {
    "huawei": ["nova 14", "nova 13 Pro", "Mate 70", "畅享 80", "Pura 80", "nova 12 SE"],
    "apple": ["iPhone 15", "iPhone 16 Pro", "iPhone 14", "iPhone 13", "iPhone 16", "iPhone 15 Plus"],
    "xiaomi": ["小米15", "小米14", "Civi 5", "小米13"],
    "redmi": ["Redmi K80", "Redmi Note 14", "Redmi 14C", "Redmi Turbo 4"],
    "oppo": ["Reno 13", "A5", "Find X8", "Reno 12"],
    "vivo": ["S20", "X200", "Y39", "iQOO 13"],
    "honor": ["Magic7", "X60", "荣耀200", "Play 9"],
    "samsung": ["Galaxy S25", "Galaxy A56", "Galaxy Z Flip6"],
}
EB_MODELS = {"yadea": ["冠能E8", "DE3", "欧睿5"], "aima": ["A500", "小蜜豆", "Q7"], "tailg": ["战速X", "超能T3"],
             "sunra": ["CT9", "雷霆"], "niu": ["NQi", "UQi", "G2"], "luyuan": ["S5", "MODA"], "ninebot": ["F90", "B80", "Q90"]}
LOOSE_PLACES = [("compound", 5), ("market", 2), ("store", 1), ("road", 1), ("bus", 1), ("courier", 1)]
VEHICLE_PLACES = [("compound", 5), ("school", 2), ("market", 2), ("metroA", 1), ("metroB", 1), ("courier", 1), ("store", 1)]

KINDS = {
    "smartphone": K("phone", ["一部", "一个", "一台"], ["手机", "手机", "智能手机", "电话"], ["手机", "智能手机"], ["phone"],
                    brands=["huawei", "apple", "xiaomi", "redmi", "oppo", "vivo", "honor", "samsung"], bo=0.9, bf=0.75,
                    colours=["black", "white", "grey", "silver", "gold", "blue", "green", "purple", "pink"],
                    models=PHONE_MODELS, mo=0.45, mf=0.12,
                    pools=[("case", 0.7, 0.8, 1), ("lock", 0.4, 0.3, 1), ("screen", 0.35, 0.5, 1), ("phone_hidden", 0.35, 0, 1)],
                    hook="smartphone", twin=["case", "colour", "lock"],
                    roles=[("elder", 2), ("parent", 2), ("worker", 3), ("rider", 4), ("vendor", 2), ("renter", 6), ("staff", 2)]),
    "elderphone": K("phone", ["一部", "一个"], ["老人机", "老年机", "手机", "按键手机"], ["老人机", "老年手机", "按键手机"], ["phone"],
                    brands=["kanglebao", "nokia", "zte"], bo=0.6, bf=0.7, colours=["red", "black", "gold", "blue"],
                    pools=[("eph_feat", 0.7, 0.8, 2)], hook="elderphone", twin=["eph_feat0", "serial", "colour"],
                    roles=[("elder", 10), ("vendor", 1)]),
    "kidwatch": K("electronics", ["一块", "一个"], ["电话手表", "儿童手表", "儿童电话手表"], ["儿童电话手表", "儿童智能手表"], ["kids' smartwatch"],
                  brands=["xtc", "huawei", "xiaomi"], bo=0.8, bf=0.7, colours=["pink", "blue", "purple", "black"],
                  models={"xtc": ["Z9", "Q2", "D3"], "huawei": ["5X", "4 Pro"], "xiaomi": ["米兔7"]}, mo=0.3, mf=0.1,
                  pools=[("kwband", 0.6, 0.7, 1)], hook="kidwatch", twin=["kwname", "kwband0", "colour"],
                  roles=[("parent", 3), ("gparent", 5)], places=[("school", 4), ("kinder", 3), ("square", 1), ("market", 1)], kid=True),
    "idcard": K("id_doc", ["一张"], ["身份证", "二代身份证", "身份证"], ["身份证", "居民身份证"], ["ID card"],
                pools=[("sleeve", 0.3, 0.4, 1)], hook="idcard", twin=["name"],
                roles=[("elder", 3), ("worker", 3), ("rider", 2), ("renter", 3), ("vendor", 1), ("parent", 1)]),
    "oldcard": K("id_doc", ["一张"], ["老年卡", "老年优待卡", "老年证", "老年乘车卡"], ["老年优待卡", "老年卡"], ["senior card"],
                 pools=[("sleeve", 0.4, 0.5, 1)], hook="oldcard", twin=["name"], roles=[("elder", 10)],
                 places=[("bus", 4), ("market", 2), ("canteen", 2), ("square", 1), ("bath", 1), ("health", 1)]),
    "sscard": K("id_doc", ["一张"], ["社保卡", "社会保障卡", "医保卡"], ["社会保障卡", "社保卡"], ["social security card"],
                pools=[("sleeve", 0.3, 0.4, 1)], hook="sscard", twin=["name"], roles=[("elder", 4), ("worker", 1), ("parent", 1)],
                places=[("health", 5), ("market", 1), ("store", 1), ("bus", 1)]),
    "passbook": K("id_doc", ["一本", "一个"], ["存折", "养老金存折", "工资存折"], ["存折", "储蓄存折"], ["passbook"],
                  hook="passbook", twin=["name"], roles=[("elder", 10)],
                  places=[("market", 2), ("bus", 2), ("canteen", 1), ("health", 1), ("compound", 2), ("road", 1)]),
    "studentcard": K("id_doc", ["一张", "一个"], ["学生卡", "校牌", "学生证", "校园卡"], ["学生卡", "校牌"], ["student card"],
                     hook="studentcard", twin=["name"], roles=[("parent", 2), ("gparent", 2)],
                     places=[("school", 6), ("market", 1), ("square", 1), ("compound", 1)], kid=True),
    "driverlic": K("id_doc", ["一本", "一个"], ["驾驶证", "驾照", "驾驶本"], ["机动车驾驶证", "驾驶证"], ["driving licence"],
                   hook="driverlic", twin=["name"], roles=[("renter", 1), ("parent", 1), ("staff", 1), ("rider", 1)]),
    "badge": K("id_doc", ["一个", "一张"], ["工牌", "工作证", "实名制考勤卡", "工卡"], ["工作证", "工牌"], ["work badge"],
               hook="badge", twin=["name"], roles=[("worker", 5), ("staff", 1)],
               places=[("dorm", 3), ("jichuang", 2), ("compound", 2), ("store", 2), ("bath", 1)]),
    "passport": K("id_doc", ["一本"], ["护照"], ["护照", "外国护照"], ["passport"], hook="passport", twin=["name"],
                  roles=[("foreign", 1)], places=[("metroA", 1), ("metroB", 1), ("store", 1)]),
    "medcard": K("id_doc", ["一张"], ["就诊卡", "医院的卡", "看病的卡"], ["就诊卡"], ["clinic card"], hook="medcard", twin=["name"],
                 roles=[("elder", 3)], places=[("health", 5), ("bus", 1), ("market", 1)]),
    "mwallet": K("wallet", ["一个"], ["钱包", "皮夹子", "钱夹", "男士钱包"], ["钱包", "男式钱包", "皮夹"], ["wallet"],
                 brands=["septwolves", "goldlion", "woodpecker", None, None], bo=0.6, bf=0.6,
                 colours=["black", "brown", "navy", "grey"], pools=[("wfeat", 0.5, 0.6, 1)], hook="wallet",
                 twin=["serial", "cash", "wfeat0"],
                 roles=[("elder", 2), ("worker", 2), ("rider", 1), ("vendor", 1), ("renter", 2), ("parent", 1), ("staff", 1)]),
    "lwallet": K("wallet", ["一个"], ["长款钱包", "钱包", "女士钱包", "手拿包"], ["长款钱包", "女式钱包"], ["purse"],
                 brands=["coach", None, None], bo=0.6, bf=0.6, colours=["red", "pink", "beige", "purple", "black", "white", "green"],
                 pools=[("wfeat", 0.5, 0.6, 1)], hook="wallet", twin=["serial", "cash", "wfeat0"],
                 roles=[("renter", 3), ("parent", 2), ("elder", 1), ("vendor", 1)]),
    "coinpurse": K("wallet", ["一个"], ["零钱包", "小钱包", "布钱包", "小荷包"], ["零钱包", "布质小钱包"], ["coin purse"],
                   colours=["red", "blue", "green", "purple", "black", "pink", "yellow"], pools=[("wfeat", 0.5, 0.6, 1)],
                   hook="coinpurse", twin=["cash", "wfeat0", "colour"], roles=[("elder", 6), ("vendor", 1)]),
    "cardholder": K("wallet", ["一个"], ["卡包", "卡套", "卡夹"], ["卡包", "卡夹"], ["card holder"],
                    brands=["coach", None, None], bo=0.4, bf=0.5, colours=["black", "brown", "blue", "pink", "grey"],
                    hook="cardholder", twin=["serial", "colour"], roles=[("renter", 2), ("staff", 1), ("parent", 1)]),
    "waistpouch": K("wallet", ["一个"], ["腰包", "收钱的腰包", "挎包"], ["腰包", "收银腰包"], ["waist pouch"],
                    colours=["black", "brown", "blue"], hook="waistpouch", twin=["cash", "qr"], roles=[("vendor", 4)],
                    places=[("market", 6), ("store", 1)]),
    "keybunch": K("keys", ["一串", "一把", "一嘟噜"], ["钥匙", "钥匙串", "钥匙"], ["钥匙", "钥匙串"], ["keys"],
                  hook="keybunch", twin=["orn", "fob", "nkeys"], col_np=False,
                  roles=[("elder", 3), ("parent", 2), ("renter", 3), ("worker", 1), ("staff", 2), ("vendor", 1), ("rider", 1)]),
    "carfob": K("keys", ["一把", "一个"], ["车钥匙", "汽车钥匙", "车钥匙"], ["汽车钥匙", "车钥匙"], ["car key"],
                brands=["vw", "toyota", "byd"], bo=0.95, bf=0.9, colours=["black"], hook="carfob", twin=["orn", "fob"], col_np=False,
                roles=[("parent", 2), ("staff", 1), ("renter", 1)]),
    "ebikekey": K("keys", ["一把", "一个"], ["电动车钥匙", "电车钥匙", "电瓶车钥匙"], ["电动车钥匙"], ["e-bike key"],
                  brands=["yadea", "aima", "tailg", "niu", "luyuan"], bo=0.85, bf=0.8, colours=["black", "red", "blue", "white"],
                  hook="ebikekey", twin=["orn", "colour"], col_np=False, roles=[("rider", 3), ("parent", 2), ("worker", 1)]),
    "singlekey": K("keys", ["一把"], ["钥匙", "房门钥匙"], ["钥匙"], ["key"], hook="singlekey", twin=["tag"], col_np=False,
                   roles=[("renter", 1), ("elder", 1)]),
    "ebike": K("ebike", ["一辆", "一台"], ["电动车", "电瓶车", "电动自行车", "小电驴"], ["电动自行车", "电动车"], ["e-bike"],
               brands=["yadea", "aima", "tailg", "sunra", "niu", "luyuan", "ninebot"], bo=0.95, bf=0.9,
               colours=["white", "black", "red", "blue", "grey", "pink", "green", "silver"], models=EB_MODELS, mo=0.3, mf=0.35,
               pools=[("ebfeat", 0.7, 0.85, 2), ("ebhidden", 0.5, 0, 1)], hook="ebike", twin=["serial", "ebfeat0", "colour"],
               roles=[("rider", 4), ("parent", 3), ("worker", 2), ("vendor", 1), ("elder", 1), ("renter", 1)], places=VEHICLE_PLACES),
    "battery": K("ebike", ["一块", "一个"], ["电动车电池", "电瓶", "锂电池", "电车电池"], ["电动车电池", "蓄电池", "电池"], ["e-bike battery"],
                 brands=["tianneng", "chaowei", "xingheng"], bo=0.8, bf=0.85, colours=["black", "grey", "blue"],
                 pools=[("batfeat", 0.6, 0.7, 1)], hook="battery", twin=["serial", "tape"],
                 roles=[("rider", 3), ("worker", 1), ("vendor", 1)],
                 places=[("compound", 3), ("courier", 2), ("dorm", 1), ("road", 1), ("store", 1)]),
    "bike": K("bicycle", ["一辆"], ["自行车", "单车", "车子", "脚蹬子"], ["自行车"], ["bike"],
              brands=["giant", "forever", "phoenix", "merida", "xds", "dahon"], bo=0.9, bf=0.85,
              colours=["black", "white", "red", "blue", "green", "grey", "silver", "orange"],
              pools=[("bikefeat", 0.7, 0.85, 2)], hook="bike", twin=["serial", "bikefeat0", "colour"],
              roles=[("elder", 2), ("renter", 3), ("worker", 1), ("parent", 1)], places=VEHICLE_PLACES),
    "kidbike": K("bicycle", ["一辆"], ["儿童自行车", "小孩自行车", "童车"], ["儿童自行车"], ["kid's bike"],
                 brands=["goodbaby", "xds", None], bo=0.6, bf=0.7, colours=["pink", "blue", "red", "yellow", "purple", "green"],
                 pools=[("kidbikefeat", 0.7, 0.85, 2)], hook="kidbike", twin=["kidbikefeat0", "colour"],
                 roles=[("parent", 2), ("gparent", 2)], places=[("square", 3), ("compound", 3), ("school", 1), ("kinder", 1)], kid=True),
    "schoolbag": K("bag", ["一个"], ["书包", "小书包", "孩子书包"], ["儿童书包", "书包"], ["schoolbag"],
                   brands=["carany", None, None], bo=0.4, bf=0.6, colours=["blue", "pink", "red", "purple", "navy", "green", "yellow"],
                   pools=[("sbpat", 0.7, 0.8, 1), ("sbcont", 0.5, 0.85, 2)], hook="schoolbag", twin=["hw", "sbpat0"],
                   roles=[("parent", 2), ("gparent", 3)], places=[("school", 5), ("kinder", 1), ("market", 1), ("bus", 1), ("store", 1)], kid=True),
    "backpack": K("bag", ["一个"], ["双肩包", "背包", "书包"], ["双肩背包", "背包"], ["backpack"],
                  brands=["samsonite", "xiaomi", "lining", "anta", None], bo=0.6, bf=0.7,
                  colours=["black", "grey", "navy", "beige", "green", "blue"], pools=[("bpcont", 0.6, 0.85, 2), ("bagfeat", 0.4, 0.5, 1)],
                  hook="backpack", twin=["laptop", "bagfeat0"], roles=[("renter", 4), ("staff", 1)],
                  places=[("metroA", 2), ("metroB", 2), ("bus", 2), ("store", 1), ("courier", 1)]),
    "handbag": K("bag", ["一个"], ["包", "挎包", "手提包", "斜挎包"], ["女式挎包", "手提包"], ["handbag"],
                 brands=["coach", None, None], bo=0.5, bf=0.6, colours=["black", "red", "beige", "brown", "white", "pink"],
                 pools=[("hbcont", 0.6, 0.85, 2), ("bagfeat", 0.4, 0.5, 1)], hook="handbag", twin=["cash", "bagfeat0"],
                 roles=[("parent", 2), ("renter", 2), ("elder", 1)]),
    "toolbag": K("bag", ["一个"], ["工具包", "工具袋", "帆布工具包"], ["工具包", "帆布工具袋"], ["tool bag"],
                 brands=["stanley", None, None], bo=0.4, bf=0.6, colours=["black", "blue", "grey", "orange"],
                 pools=[("tbcont", 0.6, 0.9, 3)], hook="toolbag", twin=["wname", "colour"], roles=[("worker", 4), ("staff", 1)],
                 places=[("dorm", 2), ("jichuang", 3), ("compound", 2), ("store", 1), ("bus", 1)]),
    "bathbag": K("bag", ["一个"], ["洗澡包", "网兜", "洗漱包"], ["洗浴用品袋", "网兜"], ["bath bag"],
                 colours=["blue", "pink", "green", "white"], pools=[("bathcont", 0.6, 0.9, 2)], hook="bathbag", twin=["serial", "colour"],
                 roles=[("elder", 2), ("worker", 2)], places=[("bath", 6), ("bus", 1)]),
    "trolley": K("bag", ["一个"], ["买菜小拉车", "小推车", "购物车"], ["折叠购物拉车", "买菜拉车"], ["shopping trolley"],
                 colours=["red", "blue", "navy", "green"], hook="trolley", twin=["tpat", "colour"], roles=[("elder", 3)],
                 places=[("market", 6), ("bus", 1), ("canteen", 1)]),
    "medbag": K("bag", ["一个"], ["布袋子", "药袋子", "环保袋"], ["布袋", "环保购物袋"], ["cloth bag"],
                colours=["white", "blue", "green", "red"], hook="medbag", twin=["name"], roles=[("elder", 3)],
                places=[("health", 5), ("bus", 2), ("market", 1)]),
    "envelope": K("cash", [""], ["一信封钱", "一沓现金", "装钱的信封", "红包", "一沓钱"], ["装有现金的信封", "现金信封"], ["cash"], qf=["一个"],
                  colours=["red", "brown", "white"], hook="envelope", twin=["cash", "env"], col_np=False,
                  roles=[("elder", 4), ("parent", 1), ("worker", 1), ("renter", 1)], places=None),
    "cashroll": K("cash", [""], ["一卷钱", "一沓零钱", "卖菜的钱", "一卷现金", "一沓钱"], ["现金", "零钞"], ["cash"], qf=["一沓", "一卷"],
                  colours=["white", "red", "black"], hook="cashroll", twin=["cash", "band"], col_np=False,
                  roles=[("vendor", 4), ("rider", 1)], places=[("market", 6), ("store", 1), ("road", 1)]),
    "goldbangle": K("jewelry", ["一个", "一只"], ["金镯子", "金手镯", "足金手镯"], ["手镯", "黄金手镯"], ["gold bangle"],
                    brands=["ctf", "lfx", "css", "zghj"], bo=0.6, bf=0.55, colours=["gold"], pools=[("bangle", 0.7, 0.8, 1)],
                    hook="goldbangle", twin=["weight", "bangle0"], roles=[("elder", 3), ("parent", 1)]),
    "jadebangle": K("jewelry", ["一个", "一只"], ["玉镯子", "玉手镯", "翡翠镯子"], ["玉镯", "玉石手镯"], ["jade bangle"],
                    colours=["green", "white"], pools=[("jade", 0.7, 0.8, 1)], hook="jadebangle", twin=["jade0", "colour"],
                    roles=[("elder", 3)]),
    "necklace": K("jewelry", ["一条", "一根"], ["项链", "项链", "链子"], ["项链"], ["necklace"],
                  brands=["ctf", "lfx", None], bo=0.5, bf=0.5, colours=["gold", "silver"], pools=[("pendant", 0.8, 0.85, 1)],
                  hook="necklace", twin=["pendant0", "colour"], roles=[("elder", 1), ("parent", 2), ("renter", 1)]),
    "ring": K("jewelry", ["一枚", "一个"], ["戒指", "戒指", "婚戒"], ["戒指"], ["ring"],
              brands=["ctf", "css", None], bo=0.5, bf=0.4, colours=["gold", "silver"], hook="ring", twin=["engr", "colour"],
              roles=[("elder", 2), ("renter", 1), ("worker", 1)]),
    "silverlock": K("jewelry", ["一个", "一把"], ["长命锁", "银锁", "银项圈"], ["儿童银锁", "长命锁"], ["silver lock pendant"],
                    brands=["lfx", None], bo=0.3, bf=0.4, colours=["silver"], hook="silverlock", twin=["engr"],
                    roles=[("gparent", 2), ("parent", 1)], places=[("kinder", 3), ("square", 2), ("market", 1), ("compound", 1)], kid=True),
    "earring": K("jewelry", ["一只", "一个"], ["耳环", "耳坠", "耳钉"], ["耳环", "耳饰"], ["earring"],
                 brands=["ctf", None], bo=0.4, bf=0.3, colours=["gold", "white", "silver"], hook="earring", twin=["estyle"],
                 roles=[("renter", 1), ("parent", 1), ("elder", 1)]),
    "watch": K("jewelry", ["一块"], ["手表", "机械表", "老手表"], ["手表", "机械手表"], ["watch"],
               brands=["shanghai", "seagull"], bo=0.8, bf=0.8, colours=["silver", "gold"], pools=[("watchfeat", 0.6, 0.7, 2)],
               hook="watch", twin=["engr", "watchfeat0"], roles=[("elder", 2)]),
    "beads": K("jewelry", ["一串", "一条"], ["手串", "佛珠", "珠子手串"], ["手串", "串珠"], ["bead bracelet"],
               colours=["brown", "black", "green", "beige"], pools=[("beads", 0.8, 0.8, 1)], hook="beads", twin=["beads0", "count"],
               roles=[("elder", 1), ("vendor", 1), ("worker", 1)]),
    "earbuds": K("electronics", ["一副", "一个"], ["耳机", "蓝牙耳机", "无线耳机"], ["蓝牙耳机", "无线耳机"], ["earbuds"],
                 brands=["apple", "huawei", "xiaomi"], bo=0.9, bf=0.7, colours=["white", "black", "silver", "blue"],
                 models={"apple": ["AirPods Pro 2", "AirPods 4", "AirPods Pro"], "huawei": ["FreeBuds 6i", "FreeBuds Pro 4"],
                         "xiaomi": ["Buds 5", "Redmi Buds 6"]}, mo=0.6, mf=0.25,
                 pools=[("budcover", 0.7, 0.8, 1), ("budmiss", 0.4, 0.6, 1)], hook="earbuds", twin=["budcover0", "serial"],
                 roles=[("renter", 5), ("rider", 1), ("parent", 1)]),
    "hearingaid": K("electronics", ["一个", "一副"], ["助听器", "耳背机", "助听器"], ["助听器"], ["hearing aid"],
                    brands=["signia", "phonak", "oticon"], bo=0.55, bf=0.6, colours=["beige", "grey", "brown", "silver"],
                    models={"signia": ["Pure 3X", "Motion 2"], "phonak": ["Audeo L5", "Naida P"], "oticon": ["Real 2", "Zircon 1"]},
                    mo=0.2, mf=0.3, pools=[("hafeat", 0.6, 0.7, 1)], hook="hearingaid", twin=["side", "serial"],
                    roles=[("elder", 6)], places=[("canteen", 3), ("health", 3), ("square", 2), ("chess", 2), ("bus", 2), ("market", 2)]),
    "tablet": K("electronics", ["一个", "一台"], ["平板", "平板电脑", "iPad"], ["平板电脑"], ["tablet"],
                brands=["apple", "huawei", "xiaomi"], bo=0.9, bf=0.8, colours=["grey", "silver", "blue", "pink"],
                models={"apple": ["iPad Air", "iPad 10"], "huawei": ["MatePad 12", "MatePad SE"], "xiaomi": ["平板7", "Redmi Pad 2"]},
                mo=0.5, mf=0.2, pools=[("tabcase", 0.7, 0.8, 1), ("lock", 0.3, 0.25, 1)], hook="tablet", twin=["tabcase0", "serial"],
                roles=[("parent", 1), ("renter", 1), ("elder", 1)]),
    "laptop": K("electronics", ["一台", "一个"], ["笔记本电脑", "电脑", "笔记本"], ["笔记本电脑"], ["laptop"],
                brands=["lenovo", "huawei", "apple"], bo=0.95, bf=0.9, colours=["grey", "silver", "black"],
                models={"lenovo": ["ThinkPad E14", "小新Pro 14"], "huawei": ["MateBook 14", "MateBook D16"], "apple": ["MacBook Air", "MacBook Pro 14"]},
                mo=0.6, mf=0.3, pools=[("lapfeat", 0.6, 0.75, 2)], hook="laptop", twin=["serial", "lapfeat0"],
                roles=[("renter", 3), ("staff", 1)], places=[("metroA", 2), ("metroB", 2), ("bus", 2), ("store", 1), ("courier", 1)]),
    "powerbank": K("electronics", ["一个"], ["充电宝", "移动电源"], ["充电宝", "移动电源"], ["power bank"],
                   brands=["xiaomi", "romoss", "anker"], bo=0.7, bf=0.8, colours=["white", "black", "blue", "pink"],
                   pools=[("pbfeat", 0.6, 0.7, 1)], hook="powerbank", twin=["cap", "pbfeat0"], roles=[("rider", 2), ("renter", 2)]),
    "speaker": K("electronics", ["一个", "一台"], ["音箱", "小音箱", "广场舞音箱", "扩音器"], ["便携音箱", "音箱"], ["speaker"],
                 brands=["jinzheng", "tecsun"], bo=0.6, bf=0.8, colours=["black", "red", "blue"], pools=[("spkfeat", 0.7, 0.8, 2)],
                 hook=None, twin=["spkfeat0", "colour"], roles=[("elder", 3)], places=[("square", 6), ("compound", 1)]),
    "powertool": K("electronics", ["一把", "一台", "一个"], ["电锤", "电钻", "冲击钻", "角磨机"], ["电动工具", "电锤"], ["power drill"],
                   brands=["bosch", "dongcheng", "makita"], bo=0.9, bf=0.9, colours=["blue", "green", "red"],
                   pools=[("toolfeat", 0.6, 0.7, 1)], hook="powertool", twin=["serial", "paint"], roles=[("worker", 4)],
                   places=[("dorm", 2), ("jichuang", 3), ("compound", 3), ("store", 1)]),
    "bpmonitor": K("electronics", ["一个", "一台"], ["血压计", "电子血压计"], ["电子血压计"], ["blood pressure meter"],
                   brands=["yuwell"], bo=0.7, bf=0.9, colours=["white", "grey"], hook="bpmonitor", twin=["bpbag"],
                   roles=[("elder", 2)], places=[("square", 2), ("canteen", 2), ("health", 2), ("chess", 1)]),
    "glasses": K("other", ["一副"], ["老花镜", "眼镜", "花镜"], ["老花镜", "眼镜"], ["reading glasses"],
                 colours=["black", "brown", "gold", "silver", "red", "purple"], pools=[("glfeat", 0.6, 0.7, 1), ("glcase", 0.6, 0.7, 1)],
                 hook="glasses", twin=["glcase0", "colour"], roles=[("elder", 6)],
                 places=[("canteen", 3), ("chess", 3), ("square", 2), ("health", 2), ("bus", 2), ("market", 1)]),
    "stick": K("other", ["一根", "一个"], ["拐杖", "拐棍", "手杖"], ["拐杖"], ["walking stick"],
               colours=["black", "brown", "silver", "red"], pools=[("stick", 0.8, 0.85, 1)], twin=["stick0", "colour"],
               roles=[("elder", 3)], places=[("square", 2), ("canteen", 2), ("bus", 2), ("health", 2), ("chess", 1)]),
    "dentures": K("other", ["一副", "一个"], ["假牙", "活动假牙", "牙托"], ["假牙", "义齿"], ["dentures"],
                  colours=["white"], pools=[("denture", 0.9, 0.8, 1), ("dentbox", 0.6, 0.8, 1)], twin=["denture0"],
                  roles=[("elder", 3)], places=[("canteen", 4), ("health", 1), ("bath", 1)]),
    "thermos": K("other", ["一个"], ["保温杯", "水杯", "杯子"], ["保温杯"], ["thermos"],
                 brands=["thermos", "zojirushi", None], bo=0.5, bf=0.7, colours=["black", "silver", "red", "blue", "pink", "green"],
                 pools=[("cupfeat", 0.6, 0.75, 2)], twin=["cupfeat0", "colour"],
                 roles=[("elder", 2), ("staff", 1), ("worker", 1)]),
    "umbrella": K("other", ["一把"], ["雨伞", "伞", "折叠伞"], ["雨伞"], ["umbrella"],
                  brands=["paradise", None], bo=0.4, bf=0.6, colours=["black", "navy", "red", "purple", "green"],
                  pools=[("umbfeat", 0.6, 0.75, 2)], twin=["umbfeat0", "colour"], roles=[("renter", 1), ("parent", 1)]),
    "hardhat": K("other", ["一个", "一顶"], ["安全帽", "头盔"], ["安全帽"], ["hard hat"],
                 colours=["yellow", "red", "white", "blue", "orange"], pools=[("hatfeat", 0.5, 0.7, 1)], hook="hardhat",
                 twin=["hname", "colour"], roles=[("worker", 3)], places=[("dorm", 2), ("jichuang", 3), ("compound", 3), ("store", 1)]),
    "uniform": K("other", ["一件"], ["校服", "校服外套"], ["校服外套", "儿童校服"], ["school jacket"],
                 colours=["blue", "navy", "red"], pools=[("unifeat", 0.5, 0.6, 1)], hook="uniform", twin=["uname"],
                 roles=[("parent", 1), ("gparent", 1)], places=[("school", 5), ("square", 1), ("market", 1)], kid=True),
    "toy": K("other", ["一个"], ["玩具", "小玩具"], ["儿童玩具", "玩具"], ["toy"], colours=["red", "blue", "white", "pink", "green"],
             pools=[("toy", 0.9, 0.9, 1)], twin=["toy0"], roles=[("parent", 1), ("gparent", 1)],
             places=[("kinder", 2), ("square", 2), ("school", 1), ("market", 1), ("bus", 1)], kid=True),
    "jacket": K("other", ["一件"], ["羽绒服", "外套", "棉服"], ["羽绒服", "外套"], ["down jacket"],
                brands=["bosideng", None], bo=0.6, bf=0.7, colours=["black", "navy", "red", "green", "beige"],
                pools=[("jackfeat", 0.6, 0.75, 2)], hook="jacket", twin=["size", "jackfeat0"], roles=[("renter", 1), ("worker", 1), ("elder", 1)]),
    "scooter": K("other", ["一个", "一辆"], ["滑板车", "儿童滑板车"], ["儿童滑板车"], ["kick scooter"],
                 colours=["pink", "blue", "green", "yellow"], pools=[("scootfeat", 0.7, 0.8, 2)], twin=["scootfeat0", "colour"],
                 roles=[("parent", 1), ("gparent", 1)], places=[("square", 3), ("kinder", 2), ("school", 1), ("compound", 2)], kid=True),
    "parcel": K("other", ["一个", "一件"], ["快递", "快递包裹", "包裹"], ["快递包裹"], ["parcel"], colours=["brown", "white", "black"],
                hook="parcel", twin=["serial"], roles=[("renter", 2), ("elder", 1)],
                places=[("courier", 4), ("compound", 3), ("metroA", 1), ("road", 1)], col_np=False),
}
DEFAULT_PLACES = {
    "elder": [("market", 4), ("canteen", 3), ("square", 3), ("chess", 2), ("health", 3), ("bath", 1), ("bus", 2),
              ("compound", 4), ("store", 1), ("road", 1)],
    "parent": [("school", 4), ("kinder", 3), ("market", 1), ("compound", 2), ("store", 1), ("courier", 1), ("metroA", 1)],
    "gparent": [("school", 4), ("kinder", 3), ("market", 2), ("square", 1), ("compound", 1)],
    "worker": [("dorm", 3), ("jichuang", 3), ("compound", 2), ("store", 2), ("bath", 1), ("bus", 1), ("road", 1)],
    "rider": [("courier", 2), ("metroB", 1), ("compound", 3), ("store", 2), ("market", 1), ("road", 3), ("lane", 1)],
    "vendor": [("market", 6), ("store", 1), ("road", 1)],
    "renter": [("metroA", 2), ("metroB", 2), ("courier", 2), ("store", 2), ("compound", 2), ("bus", 2), ("road", 1)],
    "staff": [("compound", 5), ("courier", 1), ("store", 1)],
    "foreign": [("metroA", 2), ("kinder", 2), ("school", 1), ("store", 1), ("square", 1)],
}


# --------------------------------------------------------------------------- object construction
def _L(x):
    return [] if x is None else ([x] if isinstance(x, str) else list(x))


def S(t, v, op, fp, **kw):
    d = {"t": t, "v": v, "op": op, "fp": fp}
    d.update(kw)
    return d


def addf(o, fid, ow, fw, op, fp, en=None, content=False, val=None):
    o["facts"].append({"id": fid, "o": _L(ow), "f": _L(fw), "en": _L(en), "op": op, "fp": fp,
                       "content": content, "val": val})


def pool_fact(o, pool, fid, op, fp, content=False, only=None):
    idxs = [i for i in range(len(POOLS[pool])) if only is None or only(POOLS[pool][i])]
    i = ch(idxs)
    e = POOLS[pool][i]
    o["facts"].append({"id": fid, "o": e["o"], "f": e["f"], "en": e["en"], "op": op, "fp": fp,
                       "content": content, "val": (pool, i)})
    return e


def make_amount(lo, hi, style):
    if style == "big":
        a = rint(lo // 100, hi // 100) * 100
        if chance(0.4):
            a += ch([50, 20, 70, 30, 10])
    elif style == "mid":
        a = rint(lo // 10, hi // 10) * 10
    else:
        a = rint(lo, hi)
    return max(a, 1)


def amount_owner(a):
    if chance(0.45):
        return ch(["%d元" % a, "%d块钱" % a, "%s块钱" % cn_num(a)])
    r = a // 100 * 100 if a >= 200 else a // 10 * 10 if a >= 20 else a
    return ch(["大概%d块" % r, ("%d多块钱" % r) if a > r else ("%d块左右" % r), "%s来块钱" % cn_num(r), "差不多%d" % r])


def denoms(a, style):
    if style == "big":
        n100, rem = divmod(a, 100)
        parts = ["100元%d张" % n100] if n100 else []
        for d in (50, 20, 10):
            if rem >= d:
                k, rem = divmod(rem, d)
                parts.append("%d元%d张" % (d, k))
        return "、".join(parts)
    return ch(["10元、20元、5元零钞若干", "以10元和20元面额为主", "零钞为主，含1元硬币若干", "50元、20元、10元面额混合"])


def cash_fact(o, lo, hi, style, fid="cash", op=0.85, fp=0.95, lead_o="", lead_f=""):
    a = make_amount(lo, hi, style)
    ow = [lead_o + "现金" + amount_owner(a), lead_o + amount_owner(a) + ("现金" if chance(0.5) else "")]
    fw = [lead_f + "现金%d元" % a, lead_f + "人民币%d元（%s）" % (a, denoms(a, style)), lead_f + "现金共计%d元" % a]
    addf(o, fid, ow, fw, op, fp, en=["about %d yuan in cash" % (a // 10 * 10)], content=True, val=a)
    return a


def name_fact(o, who, op=0.85, fp=0.95, fid="name", lead_f="姓名"):
    n = who["name"]
    addf(o, fid, ["名字是" + n, "上面名字叫" + n, "姓名" + n, ("户名" if lead_f == "户名" else "名字") + "写的是" + n],
         [lead_f + n, lead_f + "：" + n, lead_f + mask_name(n), "持有人" + n], op, fp, en=["the name on it is " + n], val=n)


ROLE_HIDDEN = {"elder": ["相册里好多孙子的照片", "手机里有好多跳舞的视频", "里面存着老伴的病历照片"],
               "vendor": ["手机里有摊位的收款码", "进货的账都在手机里"], "worker": ["微信里有工地的工资群", "里面有考勤打卡的软件"],
               "rider": ["骑手APP还登着", "手机里有今天的单子"], "renter": ["里面有租房合同的照片", "工作资料都在里面"],
               "parent": ["里面有孩子学校的群", "相册里都是孩子的照片"], "staff": ["物业的工作群都在里面", "业主的电话都存在里面"]}


def h_smartphone(o):
    o["serials"].append(S("imei", new_imei(), 0.35, 0.03))
    if o["role"] in ROLE_HIDDEN and chance(0.5):
        addf(o, "rolehid", ch(ROLE_HIDDEN[o["role"]]), None, 0.5, 0)
    if chance(0.3):
        addf(o, "numtail", ["手机号尾号" + digits(4)], None, 0.6, 0)


def h_elderphone(o):
    o["serials"].append(S("imei", new_imei(), 0.2, 0.35))


def h_kidwatch(o):
    c = o["child"]
    n = c["name"]
    addf(o, "kwname", ["表背面贴着名字贴，写的" + n, "表带内侧写着" + n + "的名字", "背面有孩子名字" + n],
         ["表背面贴有姓名贴“%s”" % n, "背面姓名贴：%s" % mask_name(n), "表背面贴名字“%s”" % n], 0.65, 0.7,
         en=["a name sticker on the back: " + n], val=n)
    o["serials"].append(S("imei", new_imei(), 0.15, 0.2))
    if not c["kinder"] and chance(0.5):
        addf(o, "class", ["孩子是槐荫里小学%d年级%d班的" % (c["grade"], c["cls"])], None, 0.6, 0)


def h_idcard(o):
    p = o["owner"]
    o["serials"].append(S("id", new_id(p["year"], p["male"]), 0.55, 0.9))
    name_fact(o, p)
    comp = PL[ch(COMPOUNDS)]["names"][0]
    addr = "%s%d号楼" % (comp, rint(1, 24))
    addf(o, "addr", ["身份证上的地址是" + addr], ["住址：" + addr, "证件地址为" + addr], 0.2, 0.35, val=addr)
    o["sigx"] = p["name"]


def h_oldcard(o):
    p = o["owner"]
    o["serials"].append(S("oldcard", unique(lambda: "60" + digits(8)), 0.3, 0.85))
    name_fact(o, p)
    addf(o, "photo", ["卡上的照片是戴眼镜的" if chance(0.5) else "卡上照片是白头发的"], None, 0.3, 0)
    o["sigx"] = p["name"]


def h_sscard(o):
    p = o["owner"]
    bank = ch(BANKS)
    o["serials"].append(S("id", new_id(p["year"], p["male"]), 0.4, 0.85, label="社会保障号码"))
    o["serials"].append(S("tail", new_tail(), 0.35, 0.7, bank=bank))
    name_fact(o, p)
    addf(o, "bank", ["是%s的社保卡" % ch(BANK_SHORT[bank]), "%s发的卡" % ch(BANK_SHORT[bank])],
         ["%s社会保障卡" % BANK_FULL[bank], "卡面银行：%s" % BANK_FULL[bank]], 0.5, 0.8, val=bank)
    o["sigx"] = p["name"]


def h_passbook(o):
    p = o["owner"]
    bank = ch(["邮储银行", "农业银行", "工商银行", "建设银行", "津原农商银行"])
    o["serials"].append(S("account", new_tail(), 0.45, 0.9, bank=bank))
    name_fact(o, p, lead_f="户名")
    addf(o, "bank", ["%s的存折" % ch(BANK_SHORT[bank]), "是在%s办的" % ch(BANK_SHORT[bank])],
         ["%s储蓄存折" % BANK_FULL[bank], "%s活期存折一本" % BANK_FULL[bank]], 0.9, 0.95, val=bank)
    e = ch([("存折套着红色塑料皮", "外套红色塑料皮"), ("里面夹着几张取款凭条", "内夹取款凭条数张"),
            ("折子封皮有点卷边", "封皮卷边"), ("夹着一张写着电话的纸条", "内夹写有电话的纸条")])
    addf(o, "pbfeat", e[0], e[1], 0.5, 0.6)
    o["sigx"] = p["name"]


def h_studentcard(o):
    c = o["child"]
    o["serials"].append(S("student", unique(lambda: "2026%02d%02d%02d" % (c["grade"], c["cls"], rint(1, 45))), 0.35, 0.9))
    name_fact(o, c, op=0.95)
    addf(o, "class", ["%d年级%d班" % (c["grade"], c["cls"]), "孩子在%d年级%d班" % (c["grade"], c["cls"])],
         ["%d年级%d班" % (c["grade"], c["cls"]), "槐荫里小学%d年级%d班" % (c["grade"], c["cls"])], 0.8, 0.9)
    addf(o, "lanyard", ["挂绳是蓝色的", "带个红色挂绳"][rint(0, 1)], None, 0.4, 0)
    o["sigx"] = c["name"]


def h_driverlic(o):
    p = o["owner"]
    o["serials"].append(S("id", new_id(p["year"], p["male"]), 0.45, 0.9, label="证号"))
    name_fact(o, p)
    col = ch(["黑色", "棕色", "蓝色"])
    addf(o, "dlcover", ["装在%s皮套里" % col, "外面是%s的皮套" % col], ["%s皮质证件套" % col], 0.5, 0.7)
    addf(o, "dlclass", ["准驾C1"], ["准驾车型C1"], 0.3, 0.6)
    o["sigx"] = p["name"]


def h_badge(o):
    p = o["owner"]
    o["serials"].append(S("badge", unique(lambda: "SJ-2025-%04d" % rint(1, 1999)), 0.45, 0.9))
    name_fact(o, p)
    addf(o, "org", ["津原三建的工牌", "三建槐荫里改造项目的"], ["印有“津原市第三建筑工程公司”", "津原三建 槐荫里老旧小区改造项目部"], 0.6, 0.9)
    addf(o, "bphoto", ["照片是戴安全帽拍的"], ["照片为戴安全帽的男子" if p["male"] else "照片为戴安全帽的女子"], 0.3, 0.5)
    o["sigx"] = p["name"]


def h_passport(o):
    p = o["owner"]
    o["serials"].append(S("passport", unique(lambda: ch("EKPN") + digits(8)), 0.9, 0.9))
    n = p["name"]
    nat = ch(["Canadian", "Irish", "New Zealand", "British"])
    addf(o, "name", [n], ["持照人 " + n.upper(), "姓名：" + n.upper()], 0.95, 0.95, en=["name " + n], val=n)
    addf(o, "nat", ["%s passport" % nat], ["外国护照（%s）" % nat], 0.8, 0.8, en=["%s passport, dark cover" % nat])
    addf(o, "permit", ["my residence permit is inside"], ["内夹居留许可一张"], 0.7, 0.8, en=["my residence permit is folded inside"])
    o["sigx"] = n


def h_medcard(o):
    p = o["owner"]
    o["serials"].append(S("card", unique(lambda: "0" + digits(6)), 0.25, 0.8, label="就诊卡号"))
    name_fact(o, p)
    o["sigx"] = p["name"]


def wallet_cards(o, n_bank, p_id):
    p = o["owner"]
    if chance(p_id):
        o["serials"].append(S("id", new_id(p["year"], p["male"]), 0.35, 0.8))
        addf(o, "idin", ["我的身份证", "身份证"], ["身份证一张（姓名%s）" % p["name"], "%s的身份证一张" % mask_name(p["name"])],
             0.8, 0.9, en=["my ID card"], content=True, val=p["name"])
    for k in range(n_bank):
        bank = ch(BANKS)
        t = new_tail()
        o["serials"].insert(0, S("tail", t, 0.45, 0.75, bank=bank))
        addf(o, "bank%d" % k, ["一张%s卡" % ch(BANK_SHORT[bank]), "%s的银行卡" % ch(BANK_SHORT[bank])],
             ["%s借记卡一张" % BANK_FULL[bank], "%s卡（尾号%s）" % (BANK_FULL[bank], t)], 0.6, 0.9,
             en=["a %s bank card" % bank], content=True, val=bank)


def h_wallet(o):
    style = ch(["big", "big", "mid"])
    a = cash_fact(o, 100, 3000 if o["role"] != "elder" else 1500, style)
    wallet_cards(o, rint(0, 2), 0.5)
    for k in range(rint(0, 2)):
        pool_fact(o, "wmisc", "misc%d" % k, 0.4, 0.8, content=True)
    o["sigx"] = a // 300


def h_coinpurse(o):
    a = cash_fact(o, 15, 400, "small")
    if chance(0.5):
        p = o["owner"]
        o["serials"].append(S("oldcard", unique(lambda: "60" + digits(8)), 0.15, 0.8))
        addf(o, "oldin", ["老年卡", "我的老年卡"], ["老年优待卡一张（%s）" % p["name"], "%s的老年卡一张" % mask_name(p["name"])],
             0.8, 0.9, content=True, val=p["name"])
    pool_fact(o, "wmisc", "misc0", 0.4, 0.8, content=True)
    o["sigx"] = a // 50


def h_cardholder(o):
    wallet_cards(o, rint(1, 2), 0.6)
    pool_fact(o, "wmisc", "misc0", 0.5, 0.85, content=True, only=lambda e: "卡" in e["f"][0])
    o["sigx"] = None


def h_waistpouch(o):
    p = o["owner"]
    a = cash_fact(o, 200, 1500, "small")
    stall = ch(["老%s豆腐", "%s记水产", "%s家果蔬", "%s姐熟食", "%s师傅早点"]) % p["sur"]
    addf(o, "qr", ["摊位的收款码牌（写着%s）" % stall, "%s的收款码牌" % stall],
         ["收款码牌一个，印“%s”" % stall, "收款二维码牌（%s）" % stall], 0.7, 0.85, content=True, val=stall)
    o["sigx"] = stall


def ornament(o, fid="orn", op=0.85, fp=0.85):
    want = o.get("_force_col")
    only = (lambda e: e["col"] == want) if want and any(e["col"] == want for e in POOLS["orn"]) else None
    e = pool_fact(o, "orn", fid, op, fp, only=only)
    return e


def h_keybunch(o):
    e = ornament(o)
    o["colour"] = e["col"]
    n = rint(3, 8)
    addf(o, "nkeys", ["%s把钥匙" % cn_num(n), "%d把钥匙" % n, "%d、%d把钥匙" % (n, n + 1) if chance(0.5) else "好几把钥匙"],
         ["钥匙%d把" % n, "共%d把钥匙" % n, "%d把钥匙" % n], 0.6, 0.9, en=["%d keys" % n], val=n)
    pool_fact(o, "fob", "fob", 0.5, 0.7)
    t = ch([("有一把是十字的防盗门钥匙", "含十字钥匙一把"), ("有把小的信箱钥匙", "含信箱小钥匙"), ("有一把月牙的", "含月牙形钥匙"),
            ("有一把黄铜的老钥匙", "含铜钥匙一把"), ("有把挂锁钥匙", "含挂锁钥匙")])
    addf(o, "ktype", t[0], t[1], 0.35, 0.5)
    if o["_brand_forced"] and o["brand"] or not o["_brand_forced"] and chance(0.35):
        b = o["brand"] if o["_brand_forced"] else ch(["yadea", "aima", "tailg", "vw", "byd", "toyota"])
        o["brand"] = b
        kind = "电动车钥匙" if b in ("yadea", "aima", "tailg") else "车钥匙"
        addf(o, "vkey", ["还有一把%s%s" % (ch(BRANDS[b]["o"]), kind)], ["含%s%s一把" % (BRANDS[b]["f"][0], kind)], 0.7, 0.75,
             en=["a %s %s on the ring" % (BRANDS[b]["en"][0], "e-bike key" if kind == "电动车钥匙" else "car key")])
    if chance(0.15):
        r = "%d-%d-%d0%d" % (rint(1, 24), rint(1, 4), rint(1, 6), rint(1, 2))
        addf(o, "tag", ["钥匙上贴着胶布写着%s" % r], ["钥匙贴胶布，写“%s”" % r], 0.8, 0.8, val=r)
    o["sigx"] = (e["o"][0], o["facts"][2]["val"])


def h_carfob(o):
    e = ornament(o, op=0.7, fp=0.8)
    pool_fact(o, "fob", "fob", 0.5, 0.7)
    addf(o, "fobkind", ["遥控钥匙", "带遥控的"], ["遥控车钥匙"], 0.4, 0.6)
    o["sigx"] = e["o"][0]


def h_ebikekey(o):
    e = ornament(o, op=0.6, fp=0.7)
    addf(o, "remote", ["带个遥控器", "钥匙带遥控"], ["带防盗遥控器"], 0.6, 0.7)
    o["sigx"] = e["o"][0]


def h_singlekey(o):
    r = "%d-%d-%d0%d" % (rint(1, 24), rint(1, 4), rint(1, 6), rint(1, 2))
    addf(o, "tag", ["钥匙上挂着个小牌写着%s" % r, "钥匙上贴着%s" % r], ["挂小牌，写“%s”" % r, "贴有“%s”字样" % r], 0.9, 0.9,
         en=["a tag saying %s" % r], val=r)
    e = ornament(o, op=0.5, fp=0.6)
    o["colour"] = e["col"]
    o["sigx"] = r


def h_ebike(o):
    o["serials"].append(S("plate", new_plate(), 0.85, 0.75))
    pre = {"yadea": "LYD", "aima": "AMA", "tailg": "TLG", "sunra": "XRD", "niu": "NIU", "luyuan": "LYE", "ninebot": "NBT"}[o["brand"]]
    o["serials"].append(S("frame", new_frame(pre), 0.25, 0.55))


def h_battery(o):
    spec = ch(["48V20Ah铅酸", "48V12Ah铅酸", "60V20Ah铅酸", "48V24Ah锂电", "60V30Ah锂电"])
    addf(o, "spec", [spec + "电池", "是%s的" % spec], ["%s电池" % spec, "标称%s" % spec], 0.8, 0.85, val=spec)
    o["serials"].append(S("sn", new_sn("DDDDADDDDDD"), 0.25, 0.6))
    s = o["owner"]["sur"]
    addf(o, "tape", ["上面贴着胶布写着%s字" % s, "电池上写着我的姓%s" % s], ["外壳贴胶布写有“%s”字" % s, "电池贴有“%s”字胶布" % s],
         0.5, 0.6, val=s)
    o["sigx"] = spec


def h_bike(o):
    t = {"giant": ["山地车", "公路车"], "merida": ["山地车", "公路车"], "xds": ["山地车", "变速车"],
         "forever": ["二八大杠", "女式车", "老式自行车"], "phoenix": ["二八大杠", "女式车", "老式自行车"], "dahon": ["折叠车"]}[o["brand"]]
    tt = ch(t)
    addf(o, "btype", [tt, "是辆%s" % tt], [tt, "款式为%s" % tt], 0.7, 0.8, en=["a " + {"山地车": "mountain bike", "公路车": "road bike",
         "变速车": "geared bike", "二八大杠": "old-style bike", "女式车": "step-through bike", "老式自行车": "old-style bike",
         "折叠车": "folding bike"}[tt]], val=tt)
    o["serials"].append(S("frame", unique(lambda: ch(["GT", "FV", "PH", "MD", "XD", "DH"]) + digits(8)), 0.15, 0.4))
    o["sigx"] = tt


def h_kidbike(o):
    sz = ch(["12寸", "14寸", "16寸", "18寸"])
    addf(o, "size", [sz + "的", sz], [sz], 0.6, 0.7, val=sz)
    o["sigx"] = sz


def homework(o, fid, op, fp):
    c = o["child"]
    n = c["name"]
    g, k = c["grade"], c["cls"]
    addf(o, fid, ["作业本上写着%s，%d年级%d班" % (n, g, k), "孩子叫%s，%d年级%d班的" % (n, g, k), "本子上有名字%s" % n],
         ["作业本署名“%d年级%d班 %s”" % (g, k, n), "课本上写有姓名%s" % mask_name(n), "作业本上写有%s（%d年级%d班）" % (n, g, k)],
         op, fp, content=True, val=n)
    o["sigx"] = n


def h_schoolbag(o):
    homework(o, "hw", 0.75, 0.85)


def h_backpack(o):
    if chance(0.55):
        b = ch(["lenovo", "huawei", "apple"])
        bo = [x for x in BRANDS[b]["o"] if not x.endswith("的") and x not in PHONE_ONLY]
        addf(o, "laptop", ["一台%s笔记本电脑" % ch(bo), "%s电脑" % ch(bo)],
             ["%s笔记本电脑一台" % BRANDS[b]["f"][0], "%s牌笔记本电脑一台" % BRANDS[b]["f"][0]], 0.9, 0.9,
             en=["a %s laptop inside" % BRANDS[b]["en"][0]], content=True, val=b)
    else:
        it = ch([("一个平板", "平板电脑一台", "a tablet"), ("一沓合同", "文件若干", "a stack of contracts"),
                 ("健身衣服和鞋", "运动服、运动鞋", "gym clothes")])
        addf(o, "laptop", it[0], it[1], 0.8, 0.85, en=it[2], content=True, val=it[1])
    o["sigx"] = o["facts"][-1]["val"]


def h_handbag(o):
    cash_fact(o, 50, 800, "mid", op=0.6, fp=0.9)
    if chance(0.5):
        wallet_cards(o, 1, 0.0)


def h_toolbag(o):
    n = o["owner"]["name"]
    addf(o, "wname", ["包上用记号笔写着%s" % n, "包上写着我名字%s" % n, "上面写了个%s字" % n[0]],
         ["包身有记号笔写的“%s”" % n, "包上写有姓名%s" % mask_name(n)], 0.7, 0.8, val=n)
    o["sigx"] = n


def h_bathbag(o):
    o["serials"].append(S("card", unique(lambda: "0" + digits(3)), 0.5, 0.8, label="浴池会员卡号"))
    addf(o, "bcard", ["清泉浴池的会员卡", "洗澡的会员卡"], ["清泉浴池会员卡一张"], 0.7, 0.9, content=True)


def h_trolley(o):
    e = ch([("格子布的", "格子布面"), ("上面印着大花", "花朵图案"), ("牛津布的，有点旧", "牛津布面，较旧"), ("带三个轮子能爬楼的", "三轮爬楼款")])
    addf(o, "tpat", e[0], e[1], 0.8, 0.85, val=e[1])
    veg = ch(["一颗大白菜、几根葱", "一条鲤鱼、两斤鸡蛋", "土豆萝卜还有一块豆腐", "半扇排骨和一兜橘子"])
    addf(o, "veg", [veg], [veg.replace("还有", "、")], 0.7, 0.85, content=True)
    o["sigx"] = e[1]


def h_medbag(o):
    p = o["owner"]
    addf(o, "name", ["病历本（写的%s）" % p["name"], "%s的病历本" % p["name"]],
         ["病历本一本（%s）" % p["name"], "病历本（姓名%s）" % mask_name(p["name"])], 0.85, 0.9, content=True, val=p["name"])
    med = ch(["降压药和降糖药", "几盒降压药", "速效救心丸和降压药", "胰岛素笔和针头", "治关节的膏药"])
    addf(o, "meds", [med], ["药品：" + med, "药品若干（%s）" % med], 0.8, 0.85, content=True)
    o["sigx"] = p["name"]


def h_envelope(o):
    kind = {"red": ("红包", "红包"), "brown": ("牛皮纸信封", "牛皮纸信封"), "white": ("白信封", "白色信封")}[o["colour"]]
    bank = ch(["工行", "邮政", "农行", ""])
    a = cash_fact(o, 500, 8000, "big", lead_o="", lead_f="")
    w = ch(["给孙子的学费", "房租", "三月份工钱", "看病的钱", "老%s家随礼" % ch(SUR), "", ""])
    o_env = "装在%s%s里" % (bank if kind[0] == "白信封" and bank else "", kind[0])
    f_env = "%s%s装" % (bank + "的" if kind[0] == "白信封" and bank else "", kind[1])
    if w:
        on = "红包" if kind[0] == "红包" else "信封"
        o_env += "，%s上写着“%s”" % (on, w)
        f_env += "，%s上手写“%s”" % (on, w)
    addf(o, "env", [o_env], [f_env], 0.8, 0.9, val=(kind[0], w))
    if chance(0.4):
        addf(o, "band", ["用皮筋扎着"], ["用皮筋捆扎"], 0.4, 0.6)
    o["sigx"] = a // 500


def h_cashroll(o):
    a = cash_fact(o, 150, 1500, "small")
    e = ch([("用黑色皮筋扎着", "黑色皮筋捆扎"), ("卷成一卷塞在塑料袋里", "卷成卷装于塑料袋内"), ("用个夹子夹着", "金属钱夹夹着"),
            ("用报纸包着", "报纸包裹")])
    addf(o, "band", e[0], e[1], 0.7, 0.85, val=e[1])
    o["sigx"] = a // 300


def h_goldbangle(o):
    g = rint(18, 62)
    addf(o, "weight", ["%d克" % g, "%d克左右" % g, "大概%d克" % g], ["称重约%d克" % g, "重%d克" % g, "约%d克" % g],
         0.6, 0.45, en=["about %d grams" % g], val=g)
    b = BRANDS[o["brand"]]["f"][0]
    addf(o, "stamp", ["里面有%s的印" % ch(BRANDS[o["brand"]]["o"])], ["内侧刻“%s 足金”" % b, "内侧印记：%s 999" % b], 0.4, 0.7)
    o["sigx"] = g // 8


def h_jadebangle(o):
    addf(o, "size", ["圈口%d的" % rint(52, 60)], None, 0.3, 0)


def h_necklace(o):
    mat = "金" if o["colour"] == "gold" else "银"
    addf(o, "mat", ["%s的" % mat, "是条%s链子" % mat], ["%s质" % mat, "%s色链子" % mat], 0.8, 0.8)


def initials():
    return "%s&%s" % (ch(LETTERS) + ch(LETTERS), ch(LETTERS) + ch(LETTERS))


def h_ring(o):
    e = ch(["%s %d" % (initials(), rint(1975, 2020)), "永结同心", "%s LOVE" % initials(), "%d.%d.%d" % (rint(1980, 2022), rint(1, 12), rint(1, 28))])
    addf(o, "engr", ["戒指里面刻着%s" % e, "内圈刻了%s" % e], ["戒指内圈刻有“%s”" % e, "内侧刻字：%s" % e], 0.75, 0.8, val=e)
    o["sigx"] = e


def h_silverlock(o):
    c = o["child"]
    addf(o, "engr", ["背面刻着孩子名字%s" % c["name"], "刻着长命百岁，背面是%s" % c["name"]],
         ["正面刻“长命百岁”，背面刻“%s”" % c["name"], "背面刻有姓名“%s”" % mask_name(c["name"])], 0.8, 0.8, val=c["name"])
    addf(o, "bells", ["下面坠着小铃铛"], ["下缀小铃铛"], 0.5, 0.7)
    o["sigx"] = c["name"]


def h_earring(o):
    styles = [("珍珠耳环，就丢了一只", "珍珠耳环一只", "white"), ("金耳钉，小花形状的", "花朵形金耳钉一只", "gold"),
              ("银的长耳坠，带流苏", "银色流苏耳坠一只", "silver"), ("金圈圈耳环，一只", "金色圆圈耳环一只", "gold"),
              ("小金豆耳钉，一只", "金色圆珠耳钉一只", "gold"), ("银耳圈，上面带个小月亮", "银色月亮耳圈一只", "silver")]
    want = o.get("_force_col")
    e = ch([x for x in styles if x[2] == want] or styles)
    o["colour"] = e[2]
    addf(o, "estyle", e[0], e[1], 0.9, 0.9, val=e[1])
    o["sigx"] = e[1]


def h_watch(o):
    e = ch(["退休纪念 %d" % rint(1995, 2012), "先进工作者 %d" % rint(1978, 1995), "赠 %s %d" % (ch(SUR) + "师傅", rint(1985, 2005)), ""])
    if e:
        addf(o, "engr", ["表后盖刻着“%s”" % e], ["后盖刻字“%s”" % e], 0.8, 0.7, val=e)
    else:
        addf(o, "engr", ["后盖没刻字"], ["后盖无刻字"], 0.2, 0.3, val="")
    o["sigx"] = e


def h_beads(o):
    n = ch([12, 14, 18, 21, 108])
    addf(o, "count", ["%d颗珠子" % n], ["共%d颗" % n], 0.5, 0.7, val=n)


def h_earbuds(o):
    o["serials"].append(S("sn", new_sn("XXXXXXXXXX"), 0.2, 0.3))
    o["sigx"] = [f["val"] for f in o["facts"] if f["id"] == "budcover0"][0]


def h_hearingaid(o):
    side = ch([("左耳的", "左耳", "left"), ("右耳的", "右耳", "right"), ("一对两个", "一对（左右各一）", "pair")])
    addf(o, "side", [side[0], "是%s" % side[0]], [side[1]], 0.9, 0.8, val=side[2])
    o["serials"].append(S("sn", new_sn("DDDDADDDD"), 0.35, 0.35))
    if chance(0.5):
        addf(o, "haprice", ["配的时候花了一万多", "是儿女给配的，好几千"][rint(0, 1)], None, 0.6, 0)
    o["sigx"] = side[2]


def h_tablet(o):
    o["serials"].append(S("sn", new_sn("XXXXXXXXXXXX"), 0.25, 0.1))


def h_laptop(o):
    o["serials"].append(S("sn", new_sn("XXXXXXXX"), 0.3, 0.6))
    addf(o, "lapdata", ["里面有毕业设计的资料", "电脑里有工作文件，很重要"][rint(0, 1)], None, 0.6, 0)


def h_powerbank(o):
    cap = ch([10000, 20000, 5000])
    addf(o, "cap", ["%d毫安的" % cap, "%d mAh" % cap], ["%dmAh" % cap, "容量%dmAh" % cap], 0.5, 0.8, val=cap)
    o["sigx"] = cap


def h_powertool(o):
    t = ch(["电锤", "冲击钻", "角磨机", "手电钻"])
    addf(o, "tooltype", ["是个%s" % t], ["%s一台" % t], 0.9, 0.9, val=t)
    s = o["owner"]["sur"]
    addf(o, "paint", ["上面用红漆写了个%s字" % s, "机身刻了%s字" % s], ["机身有红漆书写的“%s”字" % s, "外壳刻有“%s”字" % s], 0.7, 0.75, val=s)
    o["serials"].append(S("sn", new_sn("DDDDDDDDDD"), 0.2, 0.6))
    o["sigx"] = t


def h_bpmonitor(o):
    e = ch([("装在原装的蓝袋子里", "装于蓝色收纳袋"), ("装在一个布兜里", "装于布兜"), ("带着说明书和盒子", "附包装盒及说明书")])
    addf(o, "bpbag", e[0], e[1], 0.7, 0.8, val=e[1])
    addf(o, "bpmem", ["里面存着我这个月的血压记录"], None, 0.4, 0)


def h_glasses(o):
    d = ch([150, 200, 250, 300, 350])
    addf(o, "deg", ["%d度的" % d, "度数%d" % d], None, 0.6, 0, en=["+%.1f" % (d / 100.0)])
    o["sigx"] = d


def h_hardhat(o):
    n = o["owner"]["name"]
    addf(o, "hname", ["帽子后面写着%s" % n, "帽子上写了我名字%s" % n], ["帽后写有“%s”" % n, "帽身手写姓名%s" % mask_name(n)], 0.8, 0.85, val=n)
    o["sigx"] = n


def h_uniform(o):
    c = o["child"]
    sz = ch(["130", "140", "150", "160"])
    addf(o, "uname", ["领子里写着%s，%d年级%d班" % (c["name"], c["grade"], c["cls"]), "衣服标签上写了名字%s" % c["name"]],
         ["领标写有“%d年级%d班 %s”" % (c["grade"], c["cls"], c["name"]), "衣领内写有姓名%s" % mask_name(c["name"])], 0.8, 0.85, val=c["name"])
    addf(o, "size", ["%s码" % sz], ["尺码%s" % sz], 0.4, 0.6, val=sz)
    o["sigx"] = c["name"]


def h_jacket(o):
    sz = ch(["L", "XL", "XXL", "170", "175", "180"])
    addf(o, "size", ["%s码的" % sz], ["尺码%s" % sz], 0.5, 0.7, val=sz)
    o["sigx"] = sz


def h_parcel(o):
    p = o["owner"]
    o["serials"].append(S("waybill", unique(lambda: "XD" + digits(12)), 0.5, 0.9))
    addf(o, "pname", ["收件人是%s" % p["name"], "收件人写的%s" % p["name"]],
         ["面单收件人“%s”" % mask_name(p["name"]), "收件人%s，电话尾号%s" % (mask_name(p["name"]), digits(4))], 0.8, 0.9, val=p["name"])
    c = ch([("里面是给孙子买的衣服", "箱子不大"), ("里面是一双鞋", "鞋盒大小"), ("是个挺沉的箱子，装的书", "纸箱较重"),
            ("是个软袋子，装的衣服", "黑色快递袋，软质")])
    addf(o, "pcont", c[0], c[1], 0.7, 0.7)
    o["sigx"] = p["name"]


HOOKS = {k[2:]: v for k, v in list(globals().items()) if k.startswith("h_") and callable(v)}
HOOKS["wallet"] = h_wallet


BRAND_COLOURS = {("earbuds", "apple"): ["white"], ("laptop", "apple"): ["grey", "silver"], ("tablet", "apple"): ["grey", "silver", "blue", "pink"]}
FEMALE_KINDS = ("lwallet", "handbag", "goldbangle", "jadebangle", "earring", "necklace")
KINDER_KIDS = ("kidwatch", "toy", "silverlock", "scooter", "kidbike")


def make_obj(kind, role, colour=None, brand="*", model=None, owner=None, extra=False):
    sp = KINDS[kind]
    o = {"kind": kind, "cat": sp["cat"], "role": role, "facts": [], "serials": [], "sigx": None}
    o["owner"] = owner or new_person(role, extra, male=(False if kind in FEMALE_KINDS and role != "foreign" else None))
    if sp["kid"]:
        o["child"] = new_child(kinder=(kind in KINDER_KIDS and chance(0.4)))
    brands = sp["brands"]
    if brands and colour and brand == "*":
        brands = [b for b in brands if colour in BRAND_COLOURS.get((kind, b), [colour])] or brands
    o["brand"] = (ch(brands) if brands else None) if brand == "*" else brand
    o["_brand_forced"] = brand != "*"
    o["_force_col"] = colour
    cols = BRAND_COLOURS.get((kind, o["brand"]), sp["colours"])
    o["colour"] = colour if colour else (ch(cols) if cols else None)
    ms = sp["models"].get(o["brand"]) if sp["models"] else None
    o["model"] = model if model else (ch(ms) if ms else None)
    for (pool, op, fp, k) in sp["pools"]:
        idxs = R.sample(range(len(POOLS[pool])), k)
        for j, i in enumerate(idxs):
            e = POOLS[pool][i]
            fid = pool if k == 1 and pool not in ("ebfeat", "bikefeat", "kidbikefeat", "sbcont", "bpcont", "tbcont", "eph_feat",
                                                   "hbcont", "bathcont", "cupfeat", "umbfeat", "scootfeat", "jackfeat", "spkfeat",
                                                   "watchfeat", "lapfeat", "glfeat", "glcase", "budcover", "budmiss", "kwband",
                                                   "tabcase", "bangle", "jade", "pendant", "beads", "stick", "denture", "dentbox",
                                                   "toolfeat", "hafeat", "hatfeat", "unifeat", "toy", "batfeat", "wfeat", "bagfeat",
                                                   "sbpat") else "%s%d" % (pool, j)
            cont = pool in ("sbcont", "bpcont", "hbcont", "tbcont", "bathcont")
            o["facts"].append({"id": fid, "o": e["o"], "f": e["f"], "en": e["en"], "op": op, "fp": fp,
                               "content": cont, "val": (pool, i)})
    if sp["hook"]:
        HOOKS[sp["hook"]](o)
    if o["colour"] is None and sp["colours"]:
        o["colour"] = ch(sp["colours"])
    o["sig"] = sig_of(o)
    return o


def sig_of(o):
    c = COLOURS[o["colour"]]["grp"] if o["colour"] else None
    return (o["kind"], o["brand"], c, o["sigx"])


# --------------------------------------------------------------------------- writing serials
SER_LABEL = {"imei": ["IMEI", "串号", "IMEI号"], "id": ["身份证号", "证件号", "身份证号码"], "tail": ["卡号"],
             "account": ["账号", "存折账号"], "plate": ["车牌", "牌照", "车牌号"], "frame": ["车架号", "车架号码"],
             "sn": ["序列号", "SN", "SN码"], "oldcard": ["卡号", "老年卡号"], "student": ["学号"], "badge": ["工号", "卡号"],
             "passport": ["护照号"], "card": ["卡号"], "waybill": ["快递单号", "运单号"]}


def fmt_serial(s, side):
    """returns (text for the serial field, text for the body)"""
    t, v = s["t"], s["v"]
    lab = s.get("label") or ch(SER_LABEL[t])
    if t == "imei":
        forms = [v, "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14]), "%s %s %s %s" % (v[:4], v[4:8], v[8:12], v[12:]),
                 "IMEI:" + v, "%s-%s-%s-%s" % (v[:2], v[2:8], v[8:14], v[14])]
        if side == "o":
            forms += [v[:14], "后六位" + v[-6:]]
    elif t == "id":
        forms = [v, "%s %s %s" % (v[:6], v[6:14], v[14:]), v[:6] + "********" + v[-4:], v[:4] + "**********" + v[-4:]]
        if v[-1] == "X":
            forms.append(v[:-1] + "x")
        if side == "o":
            forms += ["后四位" + v[-4:], v]
    elif t == "tail":
        b = BIN[s.get("bank", "工商银行")]
        forms = ["尾号" + v, b + "****" + v, "**** **** **** " + v, b + " **** **** " + v, v, "后四位" + v]
    elif t == "account":
        b = BIN[s.get("bank", "邮储银行")]
        forms = ["尾号" + v, b + "*********" + v, "账号尾号" + v, b + " **** **** *** " + v]
    elif t == "plate":
        forms = ["津原" + v, "津原" + v[0] + "·" + v[1:], v, "津原 " + v, "津原" + v[0] + " " + v[1:]]
        if side == "o":
            forms.append(v[1:])
    elif t == "frame":
        forms = [v, v.lower(), " ".join(v[i:i + 4] for i in range(0, len(v), 4))]
        if side == "o":
            forms += ["后六位" + v[-6:], "尾号" + v[-5:]]
    elif t == "sn":
        forms = [v, "SN:" + v, "S/N " + v, v.lower()]
        if side == "o":
            forms.append("后四位" + v[-4:])
    elif t == "oldcard":
        forms = [v, "%s %s %s" % (v[:2], v[2:6], v[6:]), "尾号" + v[-4:]]
    elif t == "student":
        forms = [v, "学号" + v]
    elif t == "badge":
        forms = [v, v.replace("-", ""), "工号" + v[-4:]]
    elif t == "passport":
        forms = [v, "No. " + v]
    elif t == "waybill":
        forms = [v, "%s %s %s %s" % (v[:2], v[2:6], v[6:10], v[10:]), "尾号" + v[-4:]]
    else:
        forms = [v]
    f = ch(forms)
    field = f
    if f.startswith(("SN:", "S/N", "IMEI", "No.", "学号", "工号", "账号")):
        body = f
    elif f.startswith("后") or f.startswith("尾号"):
        body = lab + f
    else:
        body = lab + ch(["", "：", "是", " "]) + f
    return field, body


def fmt_serial_en(s):
    t, v = s["t"], s["v"]
    lab = {"imei": "IMEI", "passport": "passport no.", "sn": "serial number", "frame": "frame number"}.get(t, "number")
    f = ch([v, v]) if t != "imei" else ch([v, "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14])])
    return f, "%s %s" % (lab, f)


# --------------------------------------------------------------------------- text helpers
def clean(s):
    for a, b in [("，，", "，"), ("。。", "。"), ("，。", "。"), ("。，", "。"), ("：，", "："), ("  ", " "), ("，！", "！"),
                 ("！。", "！"), ("；。", "。"), ("，；", "，"), ("。；", "。"), ("？。", "？")]:
        while a in s:
            s = s.replace(a, b)
    s = s.strip().lstrip("，。；")
    return s


TYPOS = [("的", ["得", "滴"]), ("在", ["再"]), ("钥匙", ["要是", "钥是"]), ("手机", ["手鸡", "shouji"]),
         ("电动车", ["电动c", "电瓶车", "电驴"]), ("丢了", ["丢le", "diu了", "丢啦"]), ("钱包", ["前包"]), ("身份证", ["身分证", "sfz"]),
         ("谢谢", ["xx", "谢了", "3q"]), ("麻烦", ["mf", "麻烦麻烦"]), ("联系", ["联系下", "练习"]), ("附近", ["付近"]),
         ("一个", ["一哥"]), ("外卖", ["外麦"]), ("快递", ["快滴"]), ("充电宝", ["充电包"]), ("耳机", ["耳鸡"]), ("黑色", ["黑se", "黑"]),
         ("时候", ["时侯"]), ("找不到", ["找不倒"]), ("已经", ["以经"]), ("捡到", ["捡倒", "检到"])]


def typo(s, rate=0.45):
    for a, alts in TYPOS:
        if a in s and chance(rate):
            s = s.replace(a, ch(alts), 1)
    if chance(0.6):
        s = s.replace("，", " ").replace("。", " ")
    return " ".join(s.split())


MIXED = [("手机", ["phone", "手机"]), ("丢了", ["lost了", "丢了"]), ("钥匙", ["keys"]), ("钱包", ["wallet"]), ("笔记本电脑", ["laptop"]), ("电脑", ["laptop"]),
         ("谢谢", ["thx", "thanks", "thank you"]), ("着急", ["很urgent", "着急"]), ("便利店", ["convenience store"]),
         ("充电宝", ["power bank"]), ("双肩包", ["backpack"]), ("耳机", ["AirPods", "earphones"]), ("地铁", ["metro", "地铁"]),
         ("好像", ["maybe"]), ("麻烦", ["pls"]), ("真的", ["really"])]


def mix_en(s):
    n = 0
    for a, alts in MIXED:
        if a in s and chance(0.55):
            i = s.index(a)
            r = ch(alts)
            if i > 0 and s[i - 1].isascii() and s[i - 1].isalnum() and r[0].isascii():
                r = " " + r
            s = s[:i] + r + s[i + len(a):]
            n += 1
    if n == 0:
        s = s + ch([" pls help!", " thx!!", " so urgent"])
    return s


def cut(s, n):
    return s if len(s) <= n else s[:n]


def place_name(pl, spot=None, side="o"):
    if not spot:
        return ch(pl["names"])
    if "车上" in spot:
        return spot
    return ch(pl["bases"]) + spot


# --------------------------------------------------------------------------- noun phrases
def np_zh(o, side, col_t, br_t, mo_t, q_front=True):
    sp = KINDS[o["kind"]]
    noun = ch(sp["n_o"] if side == "o" else sp["n_f"])
    if br_t and mo_t and br_t.lower() in mo_t.lower():
        br_t = None
    bm = ""
    if br_t:
        bm += br_t
    if mo_t:
        bm += (" " if bm and bm[-1].isascii() and mo_t[0].isascii() else "") + mo_t
        if "iPhone" in mo_t and chance(0.5):
            noun = ""
        elif bm and bm[-1].isascii() and noun and chance(0.5):
            bm += " "
    q = ch(sp["q"] if side == "o" else sp.get("qf") or sp["q"])
    if noun == "钥匙串" or (q and q[-1] in noun):
        q = ""
    if side == "o" and o["kind"] in ("keybunch",) and chance(0.25):
        noun, q = "钥匙", "一嘟噜"
        q_front = True
    use_col = col_t if (col_t and sp["col_np"]) else None
    core = ""
    if use_col:
        form = rint(0, 2)
        if form == 0 or not bm:
            core = use_col + ("的" if (not use_col.endswith("的") and chance(0.3)) else "") + bm + noun
        elif form == 1:
            core = bm + noun + "，" + (use_col if use_col.endswith("的") else use_col + "的")
        else:
            core = bm + noun + "（" + use_col.rstrip("的") + "）"
    else:
        core = bm + noun
    core = core.strip()
    if side == "o":
        return (q + core) if (q_front and chance(0.6)) else core
    # finder / desk register style puts the measure word after the noun
    if "，" in core or "（" in core:
        return (q + core) if chance(0.4) else core
    return core + q if chance(0.6) else (q + core if chance(0.5) else core)


def np_en(o, col, br, mo):
    sp = KINDS[o["kind"]]
    if sp["cat"] == "keys" and o["kind"] != "carfob":
        br = None
    parts = []
    if col:
        parts.append(col)
    if br and not (mo and br.lower() in mo.lower()):
        parts.append(br)
    if mo:
        parts.append(mo)
    noun = ch(sp["n_en"])
    if mo and "iPhone" in mo:
        noun = ""
    return " ".join(parts + [noun]).strip()


# --------------------------------------------------------------------------- voices
LEVELS = {
    "elder": [("body", 45), ("normal", 30), ("one", 15), ("full", 10)],
    "grand": [("full", 35), ("normal", 45), ("body", 15), ("one", 5)],
    "neigh": [("normal", 50), ("body", 30), ("one", 20)],
    "parent": [("normal", 40), ("full", 25), ("body", 20), ("one", 15)],
    "gparent": [("body", 40), ("normal", 35), ("one", 25)],
    "worker": [("body", 35), ("one", 35), ("normal", 30)],
    "rider": [("one", 50), ("normal", 30), ("body", 20)],
    "vendor": [("body", 40), ("one", 30), ("normal", 30)],
    "renter": [("normal", 40), ("full", 30), ("one", 20), ("body", 10)],
    "mixed": [("normal", 60), ("full", 20), ("one", 20)],
    "staff": [("full", 40), ("normal", 40), ("one", 20)],
    "foreign": [("normal", 60), ("full", 40)],
}
FIELD_P = {  # colour, brand, model, serial, address, marks, coords
    "full": (0.9, 0.9, 0.8, 0.9, 0.95, 0.8, 0.85),
    "normal": (0.6, 0.55, 0.5, 0.6, 0.7, 0.45, 0.6),
    "body": (0.1, 0.05, 0.0, 0.15, 0.35, 0.05, 0.4),
    "one": (0.3, 0.2, 0.0, 0.2, 0.3, 0.0, 0.3),
}
DIALECT = ("elder", "worker", "vendor", "gparent", "neigh")
LOSTV = ["丢了", "弄丢了", "不见了", "找不到了", "掉了"]
LOSTV_D = ["整丢了", "找不着了", "不知道落哪儿了", "弄没了", "丢了", "落哪儿了找不着"]
CLOSE = ["麻烦帮忙留意一下，谢谢！", "有捡到的请联系我，必有重谢。", "谢谢警察同志。", "急用，谢谢。", "", "", "找到了请给我打电话。",
         "东西对我很重要，拜托了。", "好心人捡到请交派出所，谢谢！"]
CLOSE_R = ["谢谢", "xx", "急", "", "拜托了", "谢谢大哥"]


def phone_contact():
    return "联系电话1%s****%s" % (ch(["38", "39", "36", "58", "52", "87", "80", "55"]), digits(4))


def grand_rel(p):
    return ch(["爷爷", "姥爷", "外公"]) if p["male"] else ch(["奶奶", "姥姥", "外婆"])


def neigh_rel(p):
    return ch(["楼下的%s大爷", "对门%s爷爷", "隔壁老%s", "%s大爷"]) % p["sur"] if p["male"] else \
        ch(["楼下的%s大妈", "对门%s奶奶", "隔壁%s阿姨", "%s大娘"]) % p["sur"]


def opener(v, o, sc):
    p = o["owner"]
    home = sc["home_txt"]
    if v == "elder":
        age = 2026 - p["year"]
        return ch(["我是%s的住户，" % home, "我今年%d了，记性不好，" % age, "同志你好，", "唉，", "", "",
                   "老头子我" if p["male"] else "老太太我"])
    if v == "parent":
        c = o.get("child")
        if c and not c["kinder"]:
            return ch(["我是槐荫里小学%d年级%d班%s的家长，" % (c["grade"], c["cls"], c["name"]), "%s妈妈，" % c["name"], "孩子家长，", ""])
        if c:
            return ch(["我是槐花幼儿园%s的家长，" % c["name"], "孩子妈妈，", ""])
        return ch(["", "孩子家长，", "我是接孩子的家长，", "宝妈一枚，"])
    if v == "gparent":
        return ch(["我是接孙子的，", "我是%s的奶奶，" % o["child"]["name"] if o.get("child") else "我是接孙女的，", "", "俺是孩子姥姥，"])
    if v == "worker":
        return ch(["俺是%s工地上干活的，" % ch(PL[ch(COMPOUNDS)]["names"]), "工地上的，", "我是改造项目上的工人，", "", "干活的，"])
    if v == "rider":
        return ch(["送外卖的 ", "骑手 ", "跑单的 ", "快递员 ", "", ""])
    if v == "vendor":
        return ch(["我在菜市场%s的，" % ch(["卖豆腐", "东头卖鱼", "卖水果", "炸油条", "卖熟食"]), "菜市场摆摊的，", "我是卖菜的，", ""])
    if v in ("renter", "mixed"):
        return ch(["", "", "租房住在%s，" % home, "救命！", "急！！", "有没有人看到", "求助："])
    if v == "staff":
        return ch(["我是%s物业的，" % sc["home_comp"], "改造项目部的，", "我是小区保洁，", "社区网格员，"])
    return ""


def when_owner(sc):
    wd = from_min(sc["lw"])[0]
    fd, fh, fm = from_min(sc["lf"])
    td, th, tm = from_min(sc["lt"])
    wt = sc["wtype"]
    d, h, m = from_min(sc["t"])           # when the owner was at the place (roughly)
    if wt == "precise":
        d2, h2, m2 = from_min((sc["lf"] + sc["lt"]) // 2)
        return rel_day(d2, wd) + clock_zh(h2, m2, loose=chance(0.5)), None
    if wt == "half":
        at = rel_day(d, wd) + clock_zh(h, m, loose=True)
        a = rel_day(fd, wd) + clock_zh(fh, fm, loose=True)
        b = (rel_day(td, wd) if td != fd else "") + clock_zh(th, tm, loose=True)
        return at, ch(["%s出门的时候还在，%s发现没了" % (a, b), "%s到%s之间丢的" % (a, b), "%s还在，%s就找不着了" % (a, b)])
    if wt == "day":
        at = rel_day(d, wd) + ch([period(h), ""])
        a = rel_day(fd, wd)
        b = rel_day(td, wd)
        return at, ("%s白天的事" % a if fd == td else "%s到%s之间丢的" % (a, b))
    a = date_zh(fd)
    b = date_zh(td)
    return ch(["那几天", date_zh(d) + "前后", "前些天"]), ch(["%s到%s之间丢的" % (a, b), "大概%s前后，具体哪天记不清了" % a,
                                                         "这几天（%s到%s）丢的" % (a, b)])


def owner_place(sc):
    st = sc["stated"]
    if st is None:
        return None, None
    pl = st
    sp = sc["stated_spot"]
    return pl, place_name(pl, sp)


# --------------------------------------------------------------------------- the owner's report
def knowledge(o, side, force, mult, max_facts=99):
    sp = KINDS[o["kind"]]
    out = {"facts": [], "contents": [], "hidden": [], "fids": []}
    pick = []
    for f in o["facts"]:
        words = f["o"] if side == "o" else f["f"]
        if not words:
            continue
        p = f["op"] if side == "o" else f["fp"]
        if f["id"] in force or chance(min(0.98, p * mult)):
            pick.append((f["id"] in force, f, ch(words)))
    forced = [x for x in pick if x[0]]
    rest = [x for x in pick if not x[0]]
    rest = rest[:max(0, max_facts - len(forced))]
    keep = forced + rest
    keep.sort(key=lambda x: o["facts"].index(x[1]))
    for _, f, w in keep:
        out["fids"].append(f["id"])
        if side == "o" and not f["f"]:
            out["hidden"].append(w)
        elif f["content"]:
            out["contents"].append(w)
        else:
            out["facts"].append(w)
    return out


def render_lost(o, sc):
    v = sc["voice"]
    if v == "foreign":
        return render_lost_en(o, sc)
    sp = KINDS[o["kind"]]
    force = sc.get("force", [])
    level = wpick(LEVELS[v])
    if force and level == "one":
        level = "normal"
    mult = {"full": 1.2, "normal": 1.0, "body": 1.0, "one": 0.35}[level]
    K_ = knowledge(o, "o", force, mult, max_facts=(1 if level == "one" else 99))
    # brand / colour / model
    br = None
    if o["brand"] and ("brand" in force or chance(sp["bo"])):
        br = bvars(o, "o", 0.35 if v == "rider" else 0.07)
    col = None
    if o["colour"] and sp["col_np"] and ("colour" in force or chance(0.85)):
        col = ch(COLOURS[o["colour"]]["o"])
    mo = None
    if o["model"] and ("model" in force or chance(sp["mo"])):
        mo = o["model"] if chance(0.8) else o["model"].lower()
    sers = []
    for i, s in enumerate(o["serials"]):
        if ("serial" in force and i == 0) or (s["op"] > 0 and chance(s["op"])):
            sers.append((s, fmt_serial(s, "o")))
    fp_ = FIELD_P[level]
    rec = {"category": sc.get("cat") or o["cat"]}
    fields = {}
    if col and chance(fp_[0]):
        fields["color"] = ch(COLOURS[o["colour"]]["field"])
    elif o["colour"] and not sp["col_np"] and chance(fp_[0] * 0.5):
        fields["color"] = ch(COLOURS[o["colour"]]["field"])
    if br and chance(fp_[1]):
        fields["brand"] = (br if chance(0.7) else bvars(o, "o")).rstrip("的") or br
    if mo and chance(fp_[2]):
        fields["model"] = mo
    ser_in_field = None
    if sers and chance(fp_[3]):
        ser_in_field = sers[0]
        fields["serial"] = sers[0][1][0]
    pl, ptxt = owner_place(sc)
    if ptxt and chance(fp_[4]):
        fields["address"] = ptxt if chance(0.8) else ch(pl["names"])
    elif not ptxt and chance(0.25):
        fields["address"] = sc["home_txt"] + ch(["附近", "", "一带"])
    marks_src = K_["facts"] + K_["contents"]
    if marks_src and chance(fp_[5]):
        k = rint(1, len(marks_src))
        fields["marks"] = ch(["，", "；", "、", " "]).join(marks_src[:k])
    # body
    in_fields_colour = "color" in fields and level == "full" and chance(0.4)
    in_fields_brand = "brand" in fields and level == "full" and chance(0.4)
    npx = np_zh(o, "o", None if in_fields_colour else col, None if in_fields_brand else br, mo if chance(0.7) else None)
    if o.get("child") and v in ("parent", "gparent") and chance(0.6):
        c = o["child"]
        own = ["孩子的", c["name"] + "的"] + (["我家孩子的", "儿子的" if c["male"] else "闺女的"] if v == "parent" else
                                             ["孙子的" if c["male"] else "孙女的", "外孙的" if c["male"] else "外孙女的"])
        npx = ch(own) + npx.lstrip("一个部张串把辆本块副条根枚只件顶嘟噜")
    when, window = when_owner(sc)
    hh = from_min(sc["t"])[1]
    act = act_for(sc["stated"]["kind"], hh) if sc["stated"] is not None else None
    if v == "worker" and sc["stated"] is not None and sc["stated"]["kind"] == "compound":
        act = ch(["干活", "拆窗户", "搭架子", "抹灰", "刷外墙"])
    if v == "vendor" and sc["stated"] is not None and sc["stated"]["kind"] == "market":
        act = ch(["出摊", "收摊", "摆摊", "卸货"])
    if v == "rider" and sc["stated"] is not None and sc["stated"]["kind"] in ("compound", "road", "market", "store"):
        act = ch(["送单", "取餐", "送外卖", "等单"])
    veh = o["kind"] in VEHICLES or o["kind"] == "trolley"
    if veh:
        lv = ch(["丢了", "不见了", "找不着了", "让人骑走了" if o["kind"] in ("ebike", "bike") else "让人推走了", "没了"])
    else:
        lv = ch(LOSTV_D) if (v in DIALECT and chance(0.5)) else ch(LOSTV)
    facts = "，".join(K_["facts"])
    conts = ("里面有" + "、".join(K_["contents"])) if K_["contents"] else ""
    if o["cat"] == "cash" and K_["contents"]:
        conts = ch(["", "一共", "有"]) + "，".join(K_["contents"])
    hidden = "，".join(K_["hidden"])
    sbody = ""
    if sers:
        show = [s for s in sers if s is not ser_in_field or chance(0.3)]
        sbody = "，".join(x[1][1] for x in show)
    if v == "grand":
        rel = grand_rel(o["owner"])
        pron = "他" if o["owner"]["male"] else "她"
        if level == "one":
            body = "帮我%s登记：%s%s" % (rel, npx, lv) + ("，在" + ptxt if ptxt else "")
        else:
            who = ch([rel, pron, "老人"])
            core = ("%s%s在%s%s，%s%s" % (who, when, ptxt, act, npx, lv)) if ptxt else ("%s的%s%s，%s" % (who, npx, lv, window or when))
            pre = ch(["帮我%s登记一下：" % rel, "替我%s报个失，" % rel, "我是孙女，帮我%s登记：" % rel, "我是外孙，替我%s来登记，" % rel,
                      "我%s不会弄手机，我帮%s填一下。" % (rel, pron)])
            body = "%s%s。%s。%s。%s。%s。%s%s" % (pre, core, facts, conts, hidden, sbody,
                                              ch(["老人家着急得不行，", "%s岁数大了，" % pron, ""]), ch(CLOSE))
    elif v == "neigh":
        nb = neigh_rel(o["owner"])
        pron = "他" if o["owner"]["male"] else "她"
        core = ("%s%s在%s%s的时候%s%s" % (pron, when, ptxt, act, npx, lv)) if ptxt else ("%s的%s%s，%s" % (pron, npx, lv, window or when))
        body = "替%s登记一下，%s。%s。%s。%s。%s" % (nb, core, facts, conts, sbody,
                                              ch(["老人挺着急的，麻烦帮忙留意。", "有消息可以找我。", "谢谢。", "", "麻烦了。"]))
        if level == "one":
            body = "替%s登记，%s%s" % (nb, npx, lv) + ("，%s" % ptxt if ptxt else "")
    elif level == "one":
        bits = []
        if ptxt:
            bits.append(ch(["%s%s%s" % (ptxt, lv, npx), "%s%s，%s" % (npx, lv, ptxt), "在%s丢了%s" % (ptxt, npx)]))
        else:
            bits.append("%s%s" % (npx, lv))
        if chance(0.5):
            bits.append(when)
        if facts:
            bits.append(facts)
        if K_["contents"]:
            bits.append(conts)
        if sbody and chance(0.6):
            bits.append(sbody)
        body = opener(v, o, sc) if chance(0.3) else ""
        body += "，".join(bits)
        if v == "rider":
            body = typo(body)
    else:
        op = opener(v, o, sc)
        forms = []
        if ptxt and veh:
            forms.append("%s在%s%s，停在那儿的%s%s" % (when, ptxt, act, npx, lv))
            forms.append("%s%s，%s，当时停在%s" % (npx, lv, window or when, ptxt))
        elif ptxt:
            forms.append("%s在%s%s，%s%s" % (when, ptxt, act, npx, lv))
            forms.append("%s%s的时候把%s%s" % (when, ("在" + ptxt + act) if chance(0.5) else act, npx, ch(["丢了", "落那儿了", "弄丢了", "掉了", "忘那儿了"])))
            forms.append("%s%s，%s，估计是落在%s了" % (npx, lv, window or when, ptxt))
        elif veh:
            forms.append("%s%s，%s，不知道是不是让人推走了" % (npx, lv, window or when))
        else:
            forms.append("%s%s，%s，不知道丢在哪儿了" % (npx, lv, window or when))
            forms.append("%s，%s%s，可能是路上掉的" % (window or when, npx, lv))
        core = ch(forms)
        if window and window not in core and chance(0.5):
            core += "，" + window
        tail = ch(CLOSE_R) if v == "rider" else ch(CLOSE)
        if chance(0.2):
            tail = (tail + ("" if tail and tail[-1] in "！。!" else "，") if tail else "") + phone_contact()
        body = "%s%s。%s。%s。%s。%s。%s" % (op, core, facts, conts, hidden, sbody, tail)
        if v == "rider":
            body = typo(body)
        elif v == "mixed":
            body = mix_en(body)
    body = clean(body)
    if len(body) > 600:
        body = clean(body[:598]) + "。"
    rec["body"] = body
    for k in ("color", "brand", "model", "serial", "address"):
        if k in fields:
            rec[k] = cut(fields[k], 60)
    if "marks" in fields:
        rec["marks"] = cut(fields["marks"], 500)
    if sc["lpos"] is not None and (chance(fp_[6]) or ("address" in rec and chance(0.5))):
        rec["lat"], rec["lon"] = latlon(*sc["lpos"])
    rec["lost_from_min"] = sc["lf"]
    rec["lost_to_min"] = sc["lt"]
    return rec, K_["fids"] + (["brand"] if br else []) + (["colour"] if col else []) + (["serial"] if sers else [])


def render_lost_en(o, sc):
    sp = KINDS[o["kind"]]
    force = sc.get("force", [])
    col = ch(COLOURS[o["colour"]]["en"]) if o["colour"] and sp["col_np"] and ("colour" in force or chance(0.9)) else None
    br = ch(BRANDS[o["brand"]]["en"]) if o["brand"] and ("brand" in force or chance(0.9)) else None
    mo = o["model"] if o["model"] and chance(0.7) else None
    facts, fids = [], []
    for f in o["facts"]:
        if f["en"] and (f["id"] in force or chance(0.75)):
            facts.append(ch(f["en"]))
            fids.append(f["id"])
    sers = [s for i, s in enumerate(o["serials"]) if ("serial" in force and i == 0) or chance(max(s["op"], 0.5))]
    wd = from_min(sc["lw"])[0]
    d, h, m = from_min((sc["lf"] + sc["lt"]) // 2)
    when = when_en(d, h, wd)
    if sc["wtype"] in ("day", "vague"):
        d1, d2 = from_min(sc["lf"])[0], from_min(sc["lt"])[0]
        when = "sometime between %s %d and %s %d" % ("Mar" if md(d1)[0] == 3 else "Feb", md(d1)[1], "Mar" if md(d2)[0] == 3 else "Feb", md(d2)[1]) \
            if d1 != d2 else "on %s (Mar %d), I'm not sure what time" % (WEEK_EN[weekday(d1)], md(d1)[1])
    st = sc["stated"]
    where = st["en"] if st else None
    npx = np_en(o, col, br, mo)
    lines = []
    lines.append(ch(["Hi, I lost my %s %s%s." % (npx, when, (" near " + where) if where else ""),
                     "Lost: %s. Last seen %s%s." % (npx, when, (" at " + where) if where else ""),
                     "Hello, I think I dropped my %s%s, %s." % (npx, (" around " + where) if where else "", when)]))
    if facts:
        lines.append(ch(["Details: ", "Description: ", "To recognise it: "]) + "; ".join(facts) + ".")
    ser_field = None
    if sers:
        ser_field, sb = fmt_serial_en(sers[0])
        lines.append("The %s." % sb if chance(0.5) else sb[0].upper() + sb[1:] + ".")
    lines.append(ch(["Please contact me if someone hands it in. Thank you!", "I teach English at Huaihua Kindergarten, you can find me there. Thanks a lot.",
                     "Any help appreciated, thanks!", "谢谢! Thank you."]))
    rec = {"category": sc.get("cat") or o["cat"], "body": " ".join(lines)}
    if col and chance(0.7):
        rec["color"] = col
    if br and chance(0.7):
        rec["brand"] = br
    if mo and chance(0.5):
        rec["model"] = mo
    if ser_field and chance(0.8):
        rec["serial"] = ser_field
    if where and chance(0.8):
        rec["address"] = cut(where, 60)
    if sc["lpos"] is not None and chance(0.6):
        rec["lat"], rec["lon"] = latlon(*sc["lpos"])
    rec["lost_from_min"] = sc["lf"]
    rec["lost_to_min"] = sc["lt"]
    return rec, fids + (["brand"] if br else []) + (["colour"] if col else []) + (["serial"] if sers else [])


# --------------------------------------------------------------------------- the finder's registration
FINDERS = {
    "compound": ["保洁员%s阿姨", "物业保洁%s师傅", "物业巡查员", "改造施工队工人%s师傅", "楼长%s大妈", "小区住户%s先生", "快递员%s师傅"],
    "market": ["菜市场摊主%s大姐", "卖豆腐的%s师傅", "市场管理员", "市场保洁员"],
    "canteen": ["长者食堂工作人员", "食堂%s师傅", "志愿者%s阿姨"],
    "square": ["跳舞队领队%s阿姨", "晨练的%s大爷", "广场保洁员", "路过群众"],
    "kinder": ["幼儿园%s老师", "幼儿园保安", "一位家长"],
    "school": ["学校门卫%s大爷", "值周老师", "一名家长", "护学岗志愿者"],
    "courier": ["驿站店员", "驿站老板%s哥", "快递员%s师傅"],
    "metro": ["地铁站务员", "地铁安检员", "一名乘客"],
    "health": ["导诊护士", "药房工作人员", "保洁员"],
    "bath": ["浴池服务员", "浴池老板%s姐", "搓澡师傅"],
    "chess": ["棋牌室老板%s哥", "棋牌室服务员", "牌友%s大爷"],
    "bus": ["27路司机%s师傅", "113路驾驶员", "场站调度员", "公交场站保洁"],
    "dorm": ["宿舍管理员%s师傅", "工友%s师傅", "项目部安全员"],
    "store": ["便利店店员", "惠邻便利店夜班店员", "店长%s姐"],
    "road": ["环卫工人%s师傅", "外卖骑手", "巡逻民警", "路过的热心群众", "交通协管员"],
    "police": ["值班民警"],
    "far": ["巡逻民警", "环卫工人", "商场保安", "车站工作人员", "热心市民"],
}
STATE = {"phone": ["已关机", "电量低已关机", "开机状态，有未接来电", "屏幕亮着，设有锁屏密码", "静音状态"],
         "electronics": ["电量耗尽", "能正常开机", "已没电"],
         "ebike": ["车锁完好", "车锁被破坏", "无钥匙", "车身落满灰尘"],
         "bicycle": ["未上锁", "车锁完好", "后胎没气"], "wallet": ["物品已当面清点"], "cash": ["已当面清点"], "bag": ["包内物品已清点"]}
HANDLE = ["已交派出所。", "暂存值班室，待失主认领。", "请失主携带有效证件认领。", "已登记入库。", "", "", "拾得人未留姓名。", "拾得人留了电话，不求回报。"]


def finder_name(pk):
    f = ch(FINDERS[pk])
    return f % ch(SUR) if "%s" in f else f


def when_found(fs):
    d, h, m = from_min(fs["fa"])
    wd = from_min(fs["fw"])[0]
    a = date_zh(d) if chance(0.5) else rel_day(d, wd)
    b = clock_zh(h, m)
    return a + (" " if a[-1].isdigit() and b[0].isdigit() else "") + b


def render_found(o, fs):
    if fs["voice"] == "foreign":
        return render_found_en(o, fs)
    sp = KINDS[o["kind"]]
    force = fs.get("force", [])
    level = wpick([("full", 35), ("normal", 40), ("body", 15), ("one", 10)])
    if force and level == "one":
        level = "normal"
    mult = {"full": 1.1, "normal": 1.0, "body": 1.0, "one": 0.3}[level]
    K_ = knowledge(o, "f", force, mult, max_facts=(1 if level == "one" else 99))
    br = None
    if o["brand"] and ("brand" in force or chance(sp["bf"])):
        b = o["brand"]
        if b in BRAND_CONFUSE and "brand" not in force and chance(0.3):
            b = BRAND_CONFUSE[b]
        br = ch(BRANDS[b]["f"])
    col = None
    if o["colour"] and sp["col_np"] and ("colour" in force or chance(0.92)):
        c = o["colour"]
        if "colour" not in force and NEAR[c] and chance(0.1):
            c = ch(NEAR[c])
        col = ch(COLOURS[c]["f"])
    mo = o["model"] if o["model"] and ("model" in force or chance(sp["mf"])) else None
    sers = []
    for i, s in enumerate(o["serials"]):
        if s["fp"] > 0 and (("serial" in force and i == 0) or chance(s["fp"])):
            sers.append((s, fmt_serial(s, "f")))
    fp_ = FIELD_P[level]
    rec = {"category": fs.get("cat") or o["cat"]}
    fields = {}
    if col and chance(fp_[0] + 0.1):
        fields["color"] = col
    if br and chance(fp_[1] + 0.1):
        fields["brand"] = br
    if mo and chance(fp_[2]):
        fields["model"] = mo
    ser_in_field = None
    if sers and chance(fp_[3] + 0.1):
        ser_in_field = sers[0]
        fields["serial"] = sers[0][1][0]
    pl = fs["place"]
    ptxt = place_name(pl, fs["spot"], "f")
    if chance(fp_[4] + 0.15):
        fields["address"] = ptxt if chance(0.7) else ch(pl["names"])
    marks_src = K_["facts"] + K_["contents"]
    if marks_src and chance(fp_[5] + 0.1):
        fields["marks"] = ch(["；", "，", "、"]).join(marks_src)
    npx = np_zh(o, "f", col, br, mo)
    facts = "，".join(K_["facts"])
    conts = ("内有" + "、".join(K_["contents"])) if K_["contents"] else ""
    sbody = ""
    if sers:
        sbody = "，".join(x[1][1] for x in sers if x is not ser_in_field or chance(0.4))
    state = ch(STATE.get(o["cat"], [""])) if chance(0.5) else ""
    fv = fs["voice"]
    who = finder_name(pl["kind"])
    if fs["spot"] and fs["spot"].endswith("路车上"):
        who = fs["spot"][:-2] + ch(["司机%s师傅" % ch(SUR), "驾驶员", "乘务员"])
    when = when_found(fs)
    if level == "one":
        body = ch(["%s捡到%s" % (ptxt, npx), "%s，%s拾得" % (npx, ptxt), "拾得%s，地点%s" % (npx, ptxt)])
        if facts:
            body += "，" + facts
        if conts:
            body += "，" + conts
        if sbody:
            body += "，" + sbody
        if chance(0.3):
            body = typo(body, 0.25)
    elif fv == "patrol":
        body = "%s，巡逻民警在%s发现%s，%s。%s。%s。停放多日无人挪动，%s" % (
            when, ptxt, npx, facts, sbody, state, ch(["已拖回所里暂存。", "已联系物业协助查找车主。", "已暂扣所内，待车主认领。"]))
    elif fv == "staff":
        comp = ch(pl["names"])
        body = "%s物业：%s%s在%s发现%s，%s。%s。%s。%s" % (comp, when, who, fs["spot"] if chance(0.7) else "小区内", npx, facts, conts,
                                                 sbody, ch(["已送派出所。", "物业转交派出所。", "先放物业办公室了，后送所里。"]))
    elif fv == "finder":
        body = "%s在%s捡到%s，%s。%s。%s。%s。%s" % (ch(["我", "我", "俺", "本人"]) + when, ptxt, npx, facts, conts, sbody, state,
                                               ch(["送派出所来了。", "交给警察同志了。", "希望失主早点找到。", "不知道谁丢的，交过来了。"]))
    else:
        body = "%s，%s在%s拾得%s。%s。%s。%s。%s。%s" % (when, who, ptxt, npx, facts, conts, sbody, state, ch(HANDLE))
    body = clean(body)
    if len(body) > 600:
        body = clean(body[:598]) + "。"
    rec["body"] = body
    for k in ("color", "brand", "model", "serial", "address"):
        if k in fields:
            rec[k] = cut(fields[k], 60)
    if "marks" in fields:
        rec["marks"] = cut(fields["marks"], 500)
    if chance(0.75 if level != "one" else 0.45):
        rec["lat"], rec["lon"] = latlon(*fs["fpos"])
    rec["found_at_min"] = fs["fa"]
    return rec


def render_found_en(o, fs):
    sp = KINDS[o["kind"]]
    col = ch(COLOURS[o["colour"]]["en"]) if o["colour"] else None
    br = ch(BRANDS[o["brand"]]["en"]) if o["brand"] and chance(0.8) else None
    facts = [ch(f["en"]) for f in o["facts"] if f["en"] and f["f"] and (f["id"] in fs.get("force", []) or chance(0.8))]
    d, h, m = from_min(fs["fa"])
    when = when_en(d, h, from_min(fs["fw"])[0])
    pl = fs["place"]
    body = "Found a %s %s, at %s (by the gate). %s%sI handed it in at the police desk. - %s, English teacher" % (
        np_en(o, col, br, None), when, pl["en"], ("It has " + ", ".join(facts) + ". ") if facts else "",
        "The screen was off. " if chance(0.5) else "", o["_finder_name"])
    rec = {"category": fs.get("cat") or o["cat"], "body": body}
    if col:
        rec["color"] = col
    if br:
        rec["brand"] = br
    rec["address"] = pl["en"]
    rec["lat"], rec["lon"] = latlon(*fs["fpos"])
    rec["found_at_min"] = fs["fa"]
    return rec


# --------------------------------------------------------------------------- scenarios
VEHICLES = ("ebike", "bike", "kidbike", "scooter")
PERSONAL = ("name", "idin", "oldin", "hw", "kwname", "wname", "hname", "uname", "pname", "engr", "tag", "qr", "tape", "paint",
            "bank0", "bank1", "numtail", "class", "addr", "photo", "bphoto", "permit", "nat", "dlcover", "dlclass", "bank", "pbfeat",
            "org", "lanyard", "meds", "bcard")


def home_of(o):
    if o["role"] == "worker" and chance(0.6):
        return ch(PL["dorm"]["names"]), PL["dorm"]
    pk = ch(COMPOUNDS)
    return "%s%d号楼" % (ch(PL[pk]["bases"]), rint(1, 24)), PL[pk]


def loss_scenario(o, voice):
    sp = KINDS[o["kind"]]
    weights = sp["places"] or DEFAULT_PLACES[o["role"]]
    pk = wpick(weights)
    if pk == "compound":
        pk = ch(COMPOUNDS)
    if o.get("child"):
        if o["child"]["kinder"] and pk == "school":
            pk = "kinder"
        elif not o["child"]["kinder"] and pk == "kinder":
            pk = "school"
    place = PL[pk]
    day, h, m = place_time(place["kind"], rint(2, 27))
    if (sp["kid"] or o["role"] in ("elder", "gparent")) and not 6 <= h <= 20:
        h = rint(7, 19)
    t = to_min(day, h, m)
    wtype = wpick([("precise", 40), ("half", 35), ("day", 15), ("vague", 10)])
    a, b = {"precise": (rint(5, 90), rint(0, 60)), "half": (rint(60, 360), rint(30, 300)),
            "day": (rint(300, 1000), rint(120, 900)), "vague": (rint(1440, 4320), rint(60, 2880))}[wtype]
    lf = t + a
    lt = max(0, t - b)
    lw = max(0, lt - (rint(5, 240) if chance(0.7) else rint(240, 4320)))
    pos = jit((place["e"], place["n"]), 120 if place["kind"] in ("road", "compound") else 50)
    r = R.random()
    if wtype == "vague":
        r = r * 0.5 + 0.5
    if r < 0.68:
        stated = place
    elif r < 0.82:
        stated = near_place(place, 420)
    else:
        stated = None
    if stated is not None and o.get("child") and stated["kind"] in ("kinder", "school"):
        stated = PL["kinder"] if o["child"]["kinder"] else PL["school"]
    spot = spot_of(stated) if stated is not None and chance(0.6) else None
    if spot and o["kind"] in VEHICLES + ("battery",):
        spot = ch(["车棚", "楼下", "门口", "路边", "门口停车点"]) if stated["kind"] == "compound" else ch(["门口", "门口停车点", "路边", ""])
    home_txt, home_pl = home_of(o)
    home_comp = ch(home_pl["bases"]) if home_pl["kind"] == "compound" else ch(PL[ch(COMPOUNDS)]["bases"])
    if stated is not None:
        lpos = jit((stated["e"], stated["n"]), 80)
    elif chance(0.3):
        lpos = jit((home_pl["e"], home_pl["n"]), 60)
    else:
        lpos = None
    return {"place": place, "pos": pos, "t": t, "lf": lf, "lt": lt, "lw": lw, "wtype": wtype, "stated": stated,
            "stated_spot": spot, "lpos": lpos, "home_txt": home_txt, "home_comp": home_comp, "voice": voice}


def found_voice(o, place):
    if o["kind"] in VEHICLES:
        return wpick([("patrol", 40), ("staff", 30), ("desk", 30)]) if place["kind"] == "compound" else \
            wpick([("patrol", 55), ("desk", 45)])
    if place["kind"] == "compound":
        return wpick([("staff", 50), ("desk", 30), ("finder", 20)])
    return wpick([("desk", 45), ("finder", 35), ("desk", 20)])


OPEN = {"market": (5, 19), "canteen": (10, 19), "square": (6, 22), "kinder": (7, 18), "school": (7, 18), "courier": (8, 21),
        "metro": (6, 23), "health": (7, 18), "bath": (10, 23), "chess": (8, 23), "bus": (5, 23), "compound": (6, 23),
        "far": (7, 22), "road": (5, 23)}


def open_time(kind, fa, lo, hi):
    """move a find into the opening hours of the place (later first, else earlier), keeping lo <= fa <= hi."""
    if kind not in OPEN:
        return fa
    a, b = OPEN[kind]
    d, h, m = from_min(fa)
    if a <= h <= b:
        return fa
    later = to_min(d + (1 if h > b else 0), a, rint(0, 50))
    if max(lo, 0) <= later <= hi:
        return later
    earlier = to_min(d - (1 if h < a else 0), b, rint(0, 50))
    if max(lo, 0) <= earlier <= hi:
        return earlier
    return fa


def found_at(place, fa, o, fw=None, lo=0, hi=172800):
    fa = open_time(place["kind"], fa, lo, hi)
    spot = spot_of(place)
    if o["kind"] in VEHICLES:
        spot = ch(["车棚", "%d号楼楼下" % rint(1, 24), "围挡边", "单元门口"]) if place["kind"] == "compound" else \
            ch(["路边", "人行道上", "非机动车道"]) if place["kind"] == "road" else ch(["门口", "门口停车点", "路边", "停车场"])
    fpos = jit((place["e"], place["n"]), 40)
    if fw is None:
        fw = max(0, fa - rint(0, 180))
    return {"place": place, "spot": spot, "fpos": fpos, "fa": fa, "fw": fw, "voice": found_voice(o, place)}


def true_found(o, sc):
    veh = o["kind"] in VEHICLES
    r = R.random()
    if r < 0.58:
        place = sc["place"]
    elif veh and r < 0.8:
        place = near_place(sc["place"], 900)
    else:
        place = near_place(sc["place"], 450)
    r = R.random()
    if veh:
        delay = rint(60, 1440) if r < 0.4 else rint(1440, 8640)
    else:
        delay = rint(3, 120) if r < 0.4 else rint(120, 1440) if r < 0.75 else rint(1440, 5760) if r < 0.95 else rint(5760, 12000)
    fa = sc["t"] - delay
    if fa < 0:
        fa = rint(0, sc["t"])
    return found_at(place, fa, o, hi=sc["t"])


# --------------------------------------------------------------------------- the plan
CATS = ["phone", "id_doc", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
SLOTS = {
    "phone": ([("smartphone", 27), ("elderphone", 8), ("kidwatch", 1)], 21),
    "id_doc": ([("idcard", 9), ("oldcard", 5), ("sscard", 4), ("passbook", 2), ("studentcard", 3), ("driverlic", 2), ("badge", 2),
                ("medcard", 1), ("passport", 1)], 22),
    "wallet": ([("mwallet", 8), ("lwallet", 7), ("coinpurse", 5), ("cardholder", 3), ("waistpouch", 1)], 15),
    "keys": ([("keybunch", 18), ("carfob", 3), ("ebikekey", 4), ("singlekey", 1)], 18),
    "ebike": ([("ebike", 14), ("battery", 4)], 9),
    "bicycle": ([("bike", 8), ("kidbike", 4)], 6),
    "bag": ([("schoolbag", 6), ("backpack", 5), ("handbag", 4), ("toolbag", 3), ("bathbag", 2), ("trolley", 1), ("medbag", 1)], 15),
    "cash": ([("envelope", 8), ("cashroll", 4)], 5),
    "jewelry": ([("goldbangle", 3), ("jadebangle", 2), ("necklace", 3), ("ring", 3), ("silverlock", 2), ("earring", 1), ("watch", 1),
                 ("beads", 1)], 8),
    "electronics": ([("earbuds", 6), ("hearingaid", 5), ("kidwatch", 3), ("tablet", 2), ("laptop", 2), ("powerbank", 2), ("speaker", 1),
                     ("powertool", 2), ("bpmonitor", 1)], 15),
    "other": ([("glasses", 5), ("stick", 2), ("dentures", 1), ("thermos", 2), ("umbrella", 1), ("hardhat", 2), ("uniform", 2), ("toy", 2),
               ("jacket", 1), ("scooter", 1), ("parcel", 1), ("passbook", 1)], 16),
}
# (lost category, kind, category the finder's desk files it under)
CROSS = [("phone", "kidwatch", "electronics"), ("ebike", "battery", "electronics"), ("electronics", "hearingaid", "other"),
         ("other", "passbook", "id_doc")]
# English-writing foreign teachers: (lost category, kind, brand, handed in?)
FOREIGN_LOST = [("id_doc", "passport", None, True), ("phone", "smartphone", "apple", True), ("electronics", "earbuds", "apple", True),
                ("keys", "keybunch", None, False), ("bicycle", "bike", None, False)]
FB_OK = ("smartphone", "elderphone", "keybunch", "carfob", "ebikekey", "ebike", "battery", "bike", "kidbike", "backpack", "earbuds",
         "hearingaid", "tablet", "laptop", "powerbank", "speaker", "powertool", "bpmonitor", "glasses", "stick", "dentures", "thermos",
         "umbrella", "goldbangle", "jadebangle", "necklace", "ring", "earring", "watch", "beads", "envelope", "cashroll", "coinpurse",
         "lwallet", "mwallet", "handbag", "trolley", "bathbag", "jacket", "scooter", "toy", "cardholder")


def voice_of(role):
    if role == "elder":
        return wpick([("elder", 45), ("grand", 35), ("neigh", 20)])
    if role == "renter":
        return "mixed" if chance(0.3) else "renter"
    return role


ORN_COLOURS = sorted(set(e["col"] for e in POOLS["orn"]))


def kind_colours(k):
    if k in ("keybunch", "singlekey"):
        return ORN_COLOURS
    return KINDS[k]["colours"] or []


def twin_options(o):
    sp = KINDS[o["kind"]]
    opts = []
    for t in sp["twin"]:
        if t == "serial":
            if o["serials"] and o["serials"][0]["fp"] > 0 and o["serials"][0]["op"] > 0:
                opts.append(t)
        elif t == "colour":
            if o["colour"] and sp["col_np"]:
                opts.append(t)
        elif t == "model":
            if o["model"]:
                opts.append(t)
        else:
            for f in o["facts"]:
                if f["id"] == t and f["o"] and f["f"]:
                    opts.append(t)
                    break
    return opts


def differs(f1, f2):
    v1, v2 = f1["val"], f2["val"]
    if isinstance(v1, (int, float)) and isinstance(v2, (int, float)):
        return abs(v1 - v2) >= max(0.3 * max(v1, v2), 1)
    return v1 != v2 and f1["f"] != f2["f"]


def lookalike(a, fid=None):
    """a different object that looks like a: same kind/brand/colour/model and the same visible wear;
    personal contents and serials are its own.  With fid, exactly that visible fact is changed."""
    sp = KINDS[a["kind"]]
    for _ in range(80):
        fr = make_obj(a["kind"], a["role"], colour=a["colour"], brand=a["brand"], model=a["model"], extra=True)
        t = copy.deepcopy(a)
        t["owner"] = fr["owner"]
        if "child" in fr:
            t["child"] = fr["child"]
        t["serials"] = fr["serials"]
        frf = {f["id"]: f for f in fr["facts"]}
        nf = []
        for f in t["facts"]:
            if f["id"] in PERSONAL:
                # someone else's name/number: it is a different object, but the finder's note leaves it out
                # unless it is the one fact the twin differs in
                if f["id"] in frf:
                    g = copy.deepcopy(frf[f["id"]])
                    if f["id"] != fid:
                        g["fp"] = 0.0
                    nf.append(g)
            elif f["content"] and fid is None:
                # a lookalike found before the loss carries its own contents
                if f["id"] in frf:
                    nf.append(frf[f["id"]])
            else:
                nf.append(f)
        t["facts"] = nf
        if fid is None:
            for s in t["serials"]:
                s["fp"] = 0.0
            return t
        if fid == "colour":
            t["colour"] = far_colour(a["colour"], sp["colours"])
            for s in t["serials"]:
                s["fp"] = 0.0
            return t
        if fid == "model":
            ms = [m for m in sp["models"][a["brand"]] if m != a["model"]]
            t["model"] = ch(ms)
            return t
        if fid == "serial":
            return t
        if fid not in PERSONAL:
            for s in t["serials"]:
                s["fp"] = 0.0
        af = [f for f in a["facts"] if f["id"] == fid][0]
        tf = [f for f in fr["facts"] if f["id"] == fid]
        others = [f["val"] for f in a["facts"] if f["id"] != fid]
        if tf and differs(af, tf[0]) and tf[0]["o"] and tf[0]["f"] and tf[0]["val"] not in others:
            t["facts"] = [tf[0] if f["id"] == fid else f for f in t["facts"]]
            if fid not in [f["id"] for f in t["facts"]]:
                t["facts"].append(tf[0])
            if fid == "orn":
                t["colour"] = tf[0].get("col") or t["colour"]
            return t
    raise RuntimeError("no twin for %s/%s" % (a["kind"], fid))


def build():
    global R
    R = random.Random(SEED)
    USED_SERIALS.clear()
    USED_NAMES.clear()
    FOREIGN_LEFT[:] = list(FOREIGN)

    lost_sigs = {}
    slots = []
    for cat in CATS:
        kinds, ntrue = SLOTS[cat]
        lst = []
        for k, n in kinds:
            lst += [k] * n
        R.shuffle(lst)
        cs = [{"lcat": cat, "kind": k, "true": None, "cross": None, "foreign": None, "en_found": False} for k in lst]
        for (lc, kd, fc) in CROSS:
            if lc == cat:
                s = [x for x in cs if x["kind"] == kd and x["true"] is None][0]
                s["true"], s["cross"] = True, fc
        for (lc, kd, br, tr) in FOREIGN_LOST:
            if lc == cat:
                s = [x for x in cs if x["kind"] == kd and x["true"] is None][0]
                s["true"], s["foreign"] = tr, br or "-"
        if cat == "electronics":
            s = [x for x in cs if x["kind"] == "kidwatch" and x["true"] is None][0]
            s["true"], s["en_found"] = True, True
        free = [x for x in cs if x["true"] is None]
        need = ntrue - len([x for x in cs if x["true"]])
        R.shuffle(free)
        for i, x in enumerate(free):
            x["true"] = i < need
        slots += cs

    # hidden truth objects and the owners' situations
    for s in slots:
        kd = s["kind"]
        role = "foreign" if s["foreign"] else wpick(KINDS[kd]["roles"])
        brand = s["foreign"] if s["foreign"] and s["foreign"] != "-" else "*"
        for _ in range(400):
            o = make_obj(kd, role, brand=brand)
            if o["sig"] not in lost_sigs:
                break
        else:
            raise RuntimeError("signature space exhausted for " + kd)
        lost_sigs[o["sig"]] = s
        s["obj"] = o
        s["sc"] = loss_scenario(o, voice_of(role))
        s["sc"]["cat"] = s["lcat"]
        s["force_l"] = []
        s["force_t"] = []
        if s["true"]:
            s["fs"] = true_found(o, s["sc"])
            s["fs"]["cat"] = s["cross"] or o["cat"]
            if s["en_found"]:
                s["fs"]["voice"] = "foreign"
                s["fs"]["place"] = PL[ch(["kinder", "school"])]
                s["fs"]["fpos"] = jit((s["fs"]["place"]["e"], s["fs"]["place"]["n"]), 30)
    for s in slots:
        if s["en_found"]:
            s["obj"]["_finder_name"] = FOREIGN_LEFT[0][0]

    # hard negatives, each tied to one lost report (its anchor)
    negs = []
    used = set()
    order = list(range(len(slots)))
    for label, n in NEG_PLAN:
        for want_true in (False, True):
            k = n // 2
            R.shuffle(order)
            got = 0
            for i in order:
                if got >= k:
                    break
                s = slots[i]
                if i in used or bool(s["true"]) != want_true or s["cross"]:
                    continue
                a = s["obj"]
                sp = KINDS[a["kind"]]
                if label == "twin":
                    opts = twin_options(a)
                    if not opts:
                        continue
                    pers = [x for x in opts if x in PERSONAL]
                    fid = ch(pers) if pers else ch(opts)
                    t = lookalike(a, fid)
                    s["force_l"] += [fid, "brand", "colour"]
                    s["force_t"] += [fid]
                    near = near_place(s["sc"]["place"], 350) if chance(0.6) else s["sc"]["place"]
                    fa = max(0, s["sc"]["t"] - rint(10, 2880))
                    fs = found_at(near, fa, t, hi=s["sc"]["t"])
                    fs["force"] = [fid, "brand", "colour"]
                elif label == "same_category_colour":
                    if not a["colour"] or a["kind"] == "passport":
                        continue
                    kinds = [k2 for k2 in KINDS if KINDS[k2]["cat"] == a["cat"] and a["colour"] in kind_colours(k2)
                             and k2 != "passport"]
                    t = None
                    if not kinds:
                        continue
                    for _ in range(200):
                        k2 = ch(kinds)
                        c = make_obj(k2, wpick(KINDS[k2]["roles"]), colour=a["colour"])
                        if c["sig"] not in lost_sigs and c["colour"] == a["colour"] and (k2, c["brand"]) != (a["kind"], a["brand"]) \
                                or (c["sig"] not in lost_sigs and c["colour"] == a["colour"] and k2 in ("keybunch", "singlekey", "coinpurse")):
                            t = c
                            break
                    if t is None:
                        continue
                    fid = None
                    s["force_l"] += ["colour"] if sp["col_np"] else ["orn"]
                    near = near_place(s["sc"]["place"], 350) if chance(0.5) else s["sc"]["place"]
                    fa = max(0, s["sc"]["t"] - rint(0, 2880))
                    fs = found_at(near, fa, t, hi=s["sc"]["t"])
                    fs["force"] = ["colour"] if KINDS[t["kind"]]["col_np"] else ["orn"]
                elif label == "found_before_loss":
                    if a["kind"] not in FB_OK:
                        continue
                    t = lookalike(a)
                    fid = None
                    s["force_l"] += ["brand", "colour"]
                    near = s["sc"]["stated"] or s["sc"]["place"]
                    if chance(0.4):
                        near = near_place(near, 300)
                    fa = s["sc"]["lf"] + rint(60, 5760)
                    fs = found_at(near, fa, t, lo=s["sc"]["lf"] + 30)
                    fs["force"] = ["brand", "colour"]
                else:  # same_make_far_later
                    if not a["brand"] or s["sc"]["lt"] < 2 * 1440 + 120:
                        continue
                    t = None
                    for _ in range(200):
                        c = make_obj(a["kind"], a["role"], brand=a["brand"], colour=(a["colour"] if chance(0.6) else None), extra=True)
                        if c["sig"] not in lost_sigs or c["sig"] == a["sig"]:
                            t = c
                            break
                    if t is None:
                        continue
                    fid = None
                    s["force_l"] += ["brand"]
                    lo = 2 * 1440
                    hi = min(9 * 1440, s["sc"]["lt"] - 60)
                    fa = s["sc"]["lt"] - rint(lo, hi)
                    fs = found_at(ch(FAR), fa, t, hi=s["sc"]["lt"] - lo)
                    fs["force"] = ["brand"]
                fs["cat"] = t["cat"]
                used.add(i)
                got += 1
                negs.append({"label": label, "anchor": i, "obj": t, "fs": fs, "fid": fid})
            if got < k:
                raise RuntimeError("not enough anchors for %s" % label)

    # unclaimed found items that relate to no report
    unclaimed = []
    all_kinds = [k for k in KINDS if k != "passport"]
    uc_sigs = set()
    while len(unclaimed) < N_UNCLAIMED:
        kd = ch(all_kinds)
        role = wpick(KINDS[kd]["roles"])
        o = make_obj(kd, role)
        if o["sig"] in lost_sigs or o["sig"] in uc_sigs:
            continue
        uc_sigs.add(o["sig"])
        if chance(0.1):
            place = ch(FAR)
        else:
            pk = wpick(KINDS[kd]["places"] or DEFAULT_PLACES[role])
            place = PL[ch(COMPOUNDS) if pk == "compound" else pk]
        d, h, m = place_time(place["kind"] if place["kind"] != "far" else "far", rint(1, 27))
        fs = found_at(place, to_min(d, h, m), o)
        fs["cat"] = o["cat"]
        unclaimed.append({"obj": o, "fs": fs})

    # write the registrations
    lost_recs, found_recs = [], []
    for i, s in enumerate(slots):
        s["sc"]["force"] = s["force_l"]
        rec, fids = render_lost(s["obj"], s["sc"])
        s["lrec"] = rec
        s["lfids"] = fids
        if s["true"]:
            s["fs"]["force"] = s["force_t"]
            s["frec"] = render_found(s["obj"], s["fs"])
    for ng in negs:
        ng["frec"] = render_found(ng["obj"], ng["fs"])
        ng["frec"]["negative"] = ng["label"]
    for u in unclaimed:
        u["frec"] = render_found(u["obj"], u["fs"])
        u["frec"]["negative"] = "unclaimed"

    # shuffle and key
    lorder = list(range(len(slots)))
    R.shuffle(lorder)
    for n, i in enumerate(lorder):
        slots[i]["lkey"] = "%s-L%04d" % (PFX, n + 1)
    fitems = [("truth", i) for i, s in enumerate(slots) if s["true"]] + [("neg", j) for j in range(len(negs))] + \
             [("unc", j) for j in range(len(unclaimed))]
    R.shuffle(fitems)
    found_out = []
    fmeta = []
    for n, (kind, j) in enumerate(fitems):
        key = "%s-F%04d" % (PFX, n + 1)
        if kind == "truth":
            s = slots[j]
            s["fkey"] = key
            rec, obj, fs = s["frec"], s["obj"], s["fs"]
            meta = {"key": key, "role": "truth", "lost": None, "kind": obj["kind"]}
        elif kind == "neg":
            ng = negs[j]
            rec, obj, fs = ng["frec"], ng["obj"], ng["fs"]
            meta = {"key": key, "role": ng["label"], "anchor_index": ng["anchor"], "kind": obj["kind"], "fid": ng["fid"]}
        else:
            u = unclaimed[j]
            rec, obj, fs = u["frec"], u["obj"], u["fs"]
            meta = {"key": key, "role": "unclaimed", "kind": obj["kind"]}
        meta.update({"brand": obj["brand"], "colour": obj["colour"], "sig": list(map(str, obj["sig"])), "pos": [round(x, 1) for x in fs["fpos"]],
                     "serials": [[x["t"], x["v"]] for x in obj["serials"]], "english": fs["voice"] == "foreign"})
        found_out.append(dict([("key", key)] + list(rec.items())))
        fmeta.append(meta)
    for m in fmeta:
        if "anchor_index" in m:
            m["anchor"] = slots[m.pop("anchor_index")]["lkey"]
    lost_out = []
    lmeta = []
    for i in lorder:
        s = slots[i]
        rec = dict([("key", s["lkey"])] + list(s["lrec"].items()))
        rec["truth"] = s.get("fkey") if s["true"] else None
        lost_out.append(rec)
        o = s["obj"]
        lmeta.append({"key": s["lkey"], "kind": o["kind"], "voice": s["sc"]["voice"], "cross": s["cross"], "true": bool(s["true"]),
                      "brand": o["brand"], "colour": o["colour"], "sig": list(map(str, o["sig"])), "pos": [round(x, 1) for x in s["sc"]["pos"]],
                      "serials": [[x["t"], x["v"]] for x in o["serials"]], "t_loss": s["sc"]["t"], "mentions": s["lfids"],
                      "forced": s["force_l"], "english": s["sc"]["voice"] == "foreign"})
    data = {"seed": SEED, "made_by": "tests/lostfound/make_set66.py", "parts": {PART: {"found": found_out, "lost": lost_out}}}
    meta = {"lost": lmeta, "found": fmeta}
    return data, meta


def dumps(data):
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main():
    data, _ = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(dumps(data))
    p = data["parts"][PART]
    print("wrote %s: %d lost, %d found" % (os.path.relpath(OUT), len(p["lost"]), len(p["found"])))


if __name__ == "__main__":
    main()
