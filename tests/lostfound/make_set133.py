#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Write tests/lostfound/set133.json, a blind labelled lost-and-found set.

Set 133: an invented Yangtze river-port county town, 汊口县 (county seat 城关镇), in the
June 高考 week and the plum-rain season.  Written only from the issue text quoted in
BRIEF-issue-worded.md, without looking at the matcher.

Every object first exists as a hidden truth record (category, colour, brand, model,
identifiers, visible marks, owner-only facts, where and when it was lost).  The lost report
is then written from the owner's side and the found registration from the finder's side,
each knowing only what that person would know.

Python 3 standard library only, one random.Random(SEED); the output is identical on every
run and under any PYTHONHASHSEED (no set or dict is ever iterated to draw from it).

    python3 make_set133.py            # writes set133.json next to this file
    python3 make_set133.py --stdout   # prints the JSON instead (used by check_set133.py)
    python3 make_set133.py --debug    # also writes /tmp/set133_debug.json: each negative's target report
"""

import copy
import json
import math
import os
import random
import sys

SEED = 133133
PFX = "S133"
PART = "set133"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set133.json")

R = random.Random(SEED)

# Time is kept in minutes since 5月1日 00:00.  The whole set is registered at NOW,
# 6月14日 21:00; every *_min field is NOW minus the moment.
NOW = (31 + 13) * 1440 + 21 * 60
MAXMIN = 172800
EXAM_DAYS = [31 + 7, 31 + 8, 31 + 9]          # 6月7日-9日
WEEK_DAYS = list(range(31 + 3, 31 + 15))      # 6月3日-14日


# ----------------------------------------------------------------------------- helpers
def ch(seq):
    return seq[R.randrange(len(seq))]


def p(x):
    return R.random() < x


def rint(a, b):
    return R.randint(a, b)


def wch(pairs):
    tot = sum(w for _, w in pairs)
    r = R.random() * tot
    for it, w in pairs:
        r -= w
        if r < 0:
            return it
    return pairs[-1][0]


def sample(seq, n):
    return R.sample(list(seq), n)


def shuffled(seq):
    s = list(seq)
    R.shuffle(s)
    return s


KIN = ["我儿子", "我女儿", "孩子", "考生叫"]   # words only a parent uses of the owner


# ----------------------------------------------------------------------------- time text
def split(t):
    d, rem = divmod(t, 1440)
    h, m = divmod(rem, 60)
    day = d + 1
    if day <= 31:
        return 5, day, h, m
    return 6, day - 31, h, m


def pod(h):
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


def h12(h):
    if h == 0:
        return 0
    x = h % 12
    return 12 if x == 0 else x


def day_txt(t, st=None):
    mon, dd, h, m = split(t)
    if st is None:
        st = ch([0, 0, 1, 1, 2, 3])
    if mon == 5 and st in (1, 3):
        st = 0
    return [f"{mon}月{dd}日", f"{dd}号", f"{mon}月{dd}号", f"{mon}.{dd} "][st]


def clock_txt(t, st=None):
    mon, dd, h, m = split(t)
    if st is None:
        st = ch([0, 1, 1, 2, 3])
    if st == 0:
        return f"{h}:{m:02d}"
    if st == 1:
        if m < 10:
            return f"{pod(h)}{h12(h)}点"
        if m < 25:
            return f"{pod(h)}{h12(h)}点多"
        if m < 40:
            return f"{pod(h)}{h12(h)}点半"
        return f"{pod(h)}快{h12(h + 1)}点"
    if st == 2:
        return f"{h}时{m}分" if m else f"{h}时"
    return f"{pod(h)}{h12(h)}点{m}分" if m else f"{pod(h)}{h12(h)}点"


def win_txt(t0, t1):
    s0, s1 = split(t0), split(t1)
    if s0[:2] == s1[:2]:
        d = day_txt(t0)
        r = R.random()
        if clock_txt(t0, 1) == clock_txt(t1, 1):
            return f"{d}{clock_txt(t0, 0)}-{clock_txt(t1, 0)}"
        if r < 0.45:
            return f"{d}{clock_txt(t0, 1)}到{clock_txt(t1, 1)}之间"
        if r < 0.7:
            return f"{d}{clock_txt(t0, 0)}-{clock_txt(t1, 0)}"
        if r < 0.85:
            return f"{d}{clock_txt(t0, 1)}以后"
        return f"{d}{pod(s0[2])}"
    return f"{day_txt(t0)}{clock_txt(t0, 1)}到{day_txt(t1)}{clock_txt(t1, 1)}"


def ft_txt(t):
    r = R.random()
    if r < 0.4:
        return f"{day_txt(t)}{clock_txt(t, 2)}许"
    if r < 0.7:
        return f"{day_txt(t)}{clock_txt(t, 1)}"
    if r < 0.85:
        return f"{day_txt(t)}{clock_txt(t, 0)}"
    return f"{day_txt(t)}{pod(split(t)[2])}"


def exam_phase(t):
    if t < (EXAM_DAYS[0] - 1) * 1440:
        return "before"
    if t >= (EXAM_DAYS[-1] - 1) * 1440 + 17 * 60:
        return "after"
    return "during"


def subject(t):
    mon, dd, h, m = split(t)
    am = h < 13
    return {7: ("语文", "数学"), 8: ("物理", "英语"), 9: ("化学", "政治"), 10: ("生物", "生物")}.get(
        dd, ("语文", "数学"))[0 if am else 1]


# ----------------------------------------------------------------------------- the world
# 汊口县城关镇: an invented county seat on the south bank of the middle Yangtze.
LAT0, LON0 = 29.8731, 113.0618
KM_LAT = 1 / 110.95
KM_LON = 1 / (111.32 * math.cos(math.radians(LAT0)))

P = {}
PIDS = []


def place(pid, dx, dy, names, spots, street, owners, finders, prof, far=False):
    P[pid] = dict(id=pid, dx=dx, dy=dy, names=names, spots=spots, street=street,
                  owners=owners, finders=finders, prof=prof, far=far)
    PIDS.append(pid)


place("ferry", -1.6, 1.2, ["汊口汽渡码头", "汽渡码头", "过江汽渡", "轮渡码头", "老渡口"],
      ["上船的引桥边", "码头售票窗口", "车辆待渡区", "渡船甲板上", "码头台阶上"], "江堤路",
      ["ferrypax", "shipyard", "resident", "elderly"], ["ferrystaff", "sanitation", "passerby"], "day")
place("ferryhall", -1.45, 1.05, ["汽渡候船厅", "候船厅", "渡口候船室", "码头候船大厅", "等船的大厅"],
      ["第二排座椅", "售票窗口旁", "卫生间门口", "充电桩旁边", "小卖部柜台上"], "江堤路",
      ["ferrypax", "shipyard", "elderly", "resident"], ["ferrystaff", "sanitation", "passerby"], "day")
place("busstation", 0.6, -0.4, ["汊口长途汽车站", "汽车站", "长途站", "客运站", "老车站"],
      ["售票大厅", "3号检票口", "候车室座椅", "出站口", "厕所洗手台"], "车站路",
      ["buspax", "student", "elderly", "resident"], ["stationstaff", "conductor", "taxidriver"], "day")
place("townbus", 0.95, -0.7, ["城乡公交总站", "公交总站", "乡镇班车站", "农村客运站"],
      ["发车区", "候车亭", "调度室门口", "车上后排座位"], "车站路东段",
      ["buspax", "elderly", "student"], ["conductor", "stationstaff"], "day")
place("school", 1.2, 0.5, ["汊口县第一中学", "县一中", "一中考点", "一中大门口", "汊口一中"],
      ["大门口家长等候区", "校门外警戒线旁", "东侧围墙树荫下", "门口遮阳棚", "考生入场通道", "校门对面花坛"], "学府路",
      ["parent", "parent", "student"], ["examstaff", "schoolguard", "sanitation", "passerby"], "exam")
place("printshop", 1.05, 0.38, ["学府文印店", "一中对面打印店", "文印店", "学府路复印店"],
      ["柜台上", "门口台阶", "复印机旁"], "学府路",
      ["parent", "student"], ["shopkeeper"], "examweek")
place("hotel", 1.38, 0.33, ["望江宾馆", "望江酒店", "一中对面宾馆"],
      ["大堂沙发", "前台", "电梯口", "门口雨棚下"], "学府路",
      ["parent", "student", "resident"], ["hotelstaff"], "examweek")
place("hospital", 0.2, 0.95, ["汊口县人民医院", "县人民医院", "县医院", "人民医院", "县人医"],
      ["门诊大厅", "收费窗口", "住院部电梯", "急诊室门口", "门诊三楼候诊椅", "停车棚"], "人民路北段",
      ["hospfamily", "elderly", "resident"], ["hospguard", "nurse", "sanitation"], "office")
place("nightmarket", -0.9, 1.35, ["滨江夜市", "江边夜市", "夜市", "大堤下夜市"],
      ["烧烤摊", "炒粉摊桌子底下", "套圈摊旁", "夜市入口", "卖凉虾的摊位"], "滨江路",
      ["diner", "stallkeeper", "student", "shipyard"], ["stallfinder", "sanitation", "passerby"], "night")
place("crayfish", -0.45, 1.5, ["龙虾一条街", "小龙虾街", "虾街", "堤街龙虾街"],
      ["江妹子龙虾馆门口", "刘三虾铺包间", "大排档塑料桌旁", "街口停车处"], "堤街",
      ["diner", "shipyard", "student", "parent"], ["stallfinder", "sanitation", "passerby"], "night")
place("square", -1.1, 1.62, ["滨江广场", "江滩广场", "广场"],
      ["跳广场舞那块空地", "石凳上", "儿童游乐区", "观江台"], "滨江路",
      ["resident", "elderly", "parent"], ["sanitation", "passerby", "patrol"], "evening")
place("levee", -0.75, 1.85, ["长江大堤", "江堤", "防洪堤", "大堤上"],
      ["堤顶步道", "台阶下面", "柳树下", "防汛值班棚边"], "江堤路",
      ["resident", "elderly"], ["sanitation", "passerby", "patrol"], "evening")
place("dorm", -2.4, 0.3, ["江洲船厂宿舍", "船厂宿舍", "船厂生活区", "船厂职工宿舍"],
      ["3栋楼下", "食堂门口", "车棚", "洗衣房", "篮球场边"], "船厂路",
      ["shipyard"], ["shipguard", "shipmate"], "shift")
place("shipyard", -2.7, 0.75, ["江洲造船厂", "船厂大门", "船厂"],
      ["门卫室外", "大门口", "更衣室", "舾装码头"], "船厂路",
      ["shipyard"], ["shipguard", "shipmate"], "shift")
place("supermarket", 0.0, 0.2, ["惠万家超市", "惠万家", "万家超市", "人民路超市"],
      ["存包柜", "收银台", "生鲜区", "门口购物车里", "二楼扶梯口"], "人民路",
      ["resident", "elderly", "parent"], ["superstaff"], "day")
place("oldstreet", -0.3, 0.6, ["解放街", "老街", "解放街步行街"],
      ["奶茶店门口", "鞋店门口", "石板路上", "公厕旁"], "解放街",
      ["resident", "student", "elderly"], ["sanitation", "passerby"], "day")
place("market", 1.6, -0.2, ["东门农贸市场", "东门菜场", "菜市场"],
      ["猪肉摊", "蔬菜区", "鱼摊边", "市场门口三轮车停放处"], "东门路",
      ["elderly", "resident", "stallkeeper"], ["sanitation", "passerby", "stallfinder"], "morning")
place("bank", 0.3, 0.1, ["汊口农商银行", "农商行", "人民路农商银行"],
      ["ATM机旁", "叫号机旁", "门口台阶"], "人民路",
      ["resident", "elderly", "shipyard"], ["bankguard"], "office")
place("park", 0.5, 1.3, ["人民公园", "公园", "县公园"],
      ["湖边长椅", "健身器材旁", "凉亭里"], "公园路",
      ["elderly", "resident", "parent"], ["sanitation", "passerby"], "evening")
place("gov", 0.8, 0.0, ["汊口县政务服务中心", "政务中心", "办证大厅"],
      ["取号机旁", "户籍窗口", "休息区座椅"], "人民路",
      ["resident", "elderly", "parent"], ["govstaff"], "office")
place("gas", 0.3, 2.2, ["城北加油站", "北门加油站"],
      ["加油机旁", "便利店收银台"], "北环路",
      ["resident", "shipyard"], ["gasstaff"], "day")
# 12-20 km away: only for the "same brand, different place and time" negatives
place("liuwan", -13.0, -6.0, ["柳湾镇汽车站", "柳湾车站", "柳湾镇上"], ["候车室", "门口"], "柳湾镇正街",
      ["resident"], ["passerby", "stationstaff"], "day", far=True)
place("shaling", 9.0, -12.0, ["沙岭乡集市", "沙岭街上", "沙岭乡"], ["集市口", "肉摊边"], "沙岭乡正街",
      ["resident"], ["passerby", "sanitation"], "morning", far=True)
place("heji", -15.0, 4.5, ["鹤矶渡口", "鹤矶码头", "鹤矶"], ["候船棚", "码头边"], "鹤矶镇江边",
      ["resident"], ["passerby", "ferrystaff"], "day", far=True)
place("qiaowan", 13.0, 8.0, ["桥湾镇卫生院", "桥湾卫生院", "桥湾镇"], ["门诊", "挂号窗口"], "桥湾镇中街",
      ["resident"], ["hospguard", "passerby"], "office", far=True)
place("xintan", -6.0, -14.0, ["新滩镇惠万家", "新滩镇超市", "新滩惠万家超市"], ["存包柜", "收银台"], "新滩镇新街",
      ["resident"], ["superstaff", "passerby"], "day", far=True)

NEAR_IDS = [pid for pid in PIDS if not P[pid]["far"]]
FAR_IDS = [pid for pid in PIDS if P[pid]["far"]]


def dist(a, b):
    return math.hypot(P[a]["dx"] - P[b]["dx"], P[a]["dy"] - P[b]["dy"])


def neighbours(pid, lim=0.9):
    out = [q for q in NEAR_IDS if q != pid and dist(pid, q) <= lim]
    if not out:
        out = sorted([q for q in NEAR_IDS if q != pid], key=lambda q: (dist(pid, q), q))[:2]
    return out


def jitter(pid, rmax=0.22):
    pl = P[pid]
    ang = R.random() * 2 * math.pi
    r = R.random() * rmax
    dx = pl["dx"] + r * math.cos(ang)
    dy = pl["dy"] + r * math.sin(ang)
    return round(LAT0 + dy * KM_LAT, 6), round(LON0 + dx * KM_LON, 6)


def pname(pid):
    return ch(P[pid]["names"])


def addr_txt(pid, spot=None):
    pl = P[pid]
    nm = ch(pl["names"])
    opts = [nm, nm, f"汊口县{nm}", f"{pl['street']}{nm}", f"{nm}附近"]
    if spot:
        opts += [f"{nm}{spot}", f"{nm}{spot}", f"{nm}（{spot}）"]
    return ch(opts)[:60]


PROF = {
    "exam": [((7 * 60 + 20, 11 * 60 + 50), 5), ((14 * 60, 17 * 60 + 40), 4),
             ((11 * 60 + 50, 13 * 60), 1), ((17 * 60 + 40, 19 * 60), 1)],
    "examweek": [((7 * 60, 12 * 60), 2), ((12 * 60, 22 * 60), 3)],
    "day": [((6 * 60 + 30, 19 * 60), 1)],
    "night": [((18 * 60 + 30, 24 * 60 + 90), 1)],
    "evening": [((17 * 60 + 30, 22 * 60 + 30), 3), ((5 * 60 + 30, 8 * 60), 1)],
    "shift": [((6 * 60 + 30, 8 * 60 + 30), 2), ((17 * 60 + 30, 20 * 60 + 30), 2), ((23 * 60, 24 * 60 + 60), 1)],
    "morning": [((5 * 60 + 30, 11 * 60), 3), ((15 * 60, 18 * 60), 1)],
    "office": [((7 * 60 + 30, 17 * 60 + 30), 1)],
}


def pick_time(prof, days=None):
    if days is not None:
        pass
    elif prof == "exam":
        days = EXAM_DAYS
    elif prof == "examweek":
        days = [31 + 6] + EXAM_DAYS + [31 + 10]
    else:
        days = WEEK_DAYS
    for _ in range(500):
        a, b = wch(PROF[prof])
        t = (ch(days) - 1) * 1440 + rint(a, b)
        if t <= NOW - 240:
            return t
    raise RuntimeError("no time")


# ----------------------------------------------------------------------------- colours, brands
COLORS = {
    "黑": ["黑色", "黑色", "黑", "深色", "哑光黑", "亮黑色"],
    "白": ["白色", "白色", "白", "米白色", "乳白色"],
    "蓝": ["蓝色", "蓝色", "深蓝色", "宝蓝色", "蓝"],
    "红": ["红色", "红色", "大红色", "酒红色", "红"],
    "粉": ["粉色", "粉红色", "浅粉色", "樱花粉"],
    "绿": ["绿色", "墨绿色", "薄荷绿", "军绿色"],
    "紫": ["紫色", "浅紫色", "香芋紫"],
    "金": ["金色", "香槟金", "土豪金", "金黄色"],
    "银": ["银色", "银白色", "亮银色"],
    "灰": ["灰色", "深灰色", "深空灰", "浅灰色"],
    "棕": ["棕色", "咖啡色", "褐色", "深棕色"],
    "黄": ["黄色", "明黄色", "橙黄色"],
    "橙": ["橙色", "橘色", "橘黄色"],
    "透明": ["透明", "透明的"],
}
CONFUSE = {"灰": ["黑", "银"], "蓝": ["黑"], "银": ["白", "灰"], "金": ["黄"], "棕": ["黑"],
           "紫": ["粉", "蓝"], "粉": ["红", "紫"], "白": ["银"], "黑": ["灰", "蓝"], "绿": ["蓝"],
           "红": ["粉"], "黄": ["金", "橙"], "橙": ["黄", "红"], "透明": ["白"]}


def cw(c):
    return ch(COLORS[c]) if c else ""


BR = {}


def brand(key, zh, en, py, typos, models=None):
    BR[key] = dict(zh=zh, en=en, py=py, typos=typos, models=models or [])


# phones
brand("HUAXIN", "华芯", ["HUAXIN", "Huaxin"], ["huaxin", "hua xin"], ["华心", "华欣"],
      [["星河X30", "X30", "星河x30", "xinghe X30"], ["星河X30 Pro", "X30 Pro", "x30pro", "星河X30P"],
       ["云帆V8", "V8", "云帆v8", "yunfan V8"]])
brand("GUOREN", "果仁", ["GUOREN", "Guoren"], ["guoren", "guo ren"], ["果人", "裹仁"],
      [["G12", "g12", "果仁12", "G 12"], ["G13 Pro", "G13pro", "13Pro", "果仁13 Pro"], ["G11 mini", "G11迷你", "g11mini"]])
brand("MITUO", "米拓", ["MITUO", "MiTuo"], ["mituo", "mi tuo"], ["米托", "迷拓"],
      [["Note 9", "note9", "Note9", "米拓Note九"], ["Note 9 Turbo", "Note9 Turbo", "note9t"], ["拓14", "T14", "米拓14", "t14"]])
brand("OLANG", "欧朗", ["OLANG", "OULANG"], ["oulang", "ou lang"], ["欧郎", "鸥朗"],
      [["K9", "k9", "K9 5G"], ["A58x", "A58", "a58x"], ["K11 Pro", "K11Pro", "k11p"]])
brand("WEIKU", "唯酷", ["WEIKU", "Weiku"], ["weiku", "wei ku"], ["唯库", "维酷"],
      [["S20", "s20", "S20 5G"], ["Y36", "y36", "Y36t"]])
brand("RONGDING", "荣鼎", ["RONGDING", "Rongding"], ["rongding", "rong ding"], ["荣顶", "容鼎"],
      [["畅玩50", "Play50", "畅玩 50", "play 50"], ["X40 GT", "X40GT", "x40 gt"]])
brand("FUXING", "福星", ["FUXING", "FuXing"], ["fuxing"], ["福兴", "富星"],
      [["F9", "F-9", "F9老人机"], ["F6", "F-6", "f6"]])
PHONE_BRANDS = ["HUAXIN", "GUOREN", "MITUO", "OLANG", "WEIKU", "RONGDING"]
TAC = {"HUAXIN": "86493105", "GUOREN": "35688207", "MITUO": "86117604", "OLANG": "86902311",
       "WEIKU": "86377520", "RONGDING": "86655012", "FUXING": "86024418"}

# wallets, bags
brand("QILANG", "七狼", ["QILANG", "QiLang"], ["qilang", "qi lang"], ["柒狼", "七郎"])
brand("JINLU", "金鹿", ["GOLDEN DEER", "JINLU"], ["jinlu", "jin lu"], ["金路", "金禄"])
brand("KALI", "卡丽", ["KALI", "KALLY"], ["kali", "ka li"], ["卡莉", "咔丽"])
brand("JIANGFAN", "江帆", ["JIANGFAN", "JF"], ["jiangfan", "jiang fan"], ["江凡", "江番"])
brand("TUYUE", "途越", ["TUYUE", "TuYue"], ["tuyue", "tu yue"], ["图越", "途悦"])
# e-bikes, bicycles, cars, locks
brand("YATU", "雅途", ["YATU", "YaTu"], ["yatu", "ya tu"], ["雅图", "亚途"],
      [["小精灵Q5", "Q5", "精灵Q5", "小精灵q5"], ["风尚V9", "V9", "风尚v9", "风尚九"]])
brand("LVJU", "绿驹", ["LVJU", "LÜJU"], ["lvju", "lv ju"], ["绿巨", "绿聚"],
      [["LJ-800", "LJ800", "800型"], ["酷跑", "酷跑KP", "KUPAO"]])
brand("FEIBAO", "飞豹", ["FEIBAO", "FeiBao"], ["feibao", "fei bao"], ["飞暴", "飞宝"],
      [["飞豹F3", "F3", "f3"], ["豹子王", "豹王", "豹子王BZ"]])
brand("CHENCHI", "晨驰", ["CHENCHI", "ChenChi"], ["chenchi", "chen chi"], ["晨池", "辰驰"],
      [["晨驰C7", "C7", "c7"], ["都市风", "都市风DS", "都市风 DS"]])
EBIKE_BRANDS = ["YATU", "LVJU", "FEIBAO", "CHENCHI"]
brand("YONGGU", "永固", ["YONGGU", "YongGu"], ["yonggu"], ["永故", "勇固"],
      [["28大杠", "永固28", "二八大杠"], ["学生车YG-24", "YG24", "24寸学生车"]])
brand("FENGMING", "凤鸣", ["FENGMING", "FengMing"], ["fengming"], ["风鸣", "凤明"],
      [["山地S21", "S21", "凤鸣山地S21", "s21"], ["淑女车L2", "L2", "淑女车"]])
brand("JIECHI", "捷驰", ["JIECHI", "JieChi"], ["jiechi"], ["捷池", "杰驰"],
      [["折叠F20", "F20", "折叠车F20", "f20"]])
BIKE_BRANDS = ["YONGGU", "FENGMING", "JIECHI"]
brand("DONGLAN", "东岚", ["DONGLAN", "DongLan"], ["donglan"], ["东兰", "东蓝"], [["S5", "东岚S5"], ["E3", "东岚E3", "e3"]])
brand("BEICHEN", "北辰", ["BEICHEN", "BeiChen"], ["beichen"], ["北晨", "北宸"], [["X7", "北辰X7", "x7"]])
# jewelry, watches
brand("JINLIUHE", "金六和", ["JINLIUHE", "JLH"], ["jinliuhe"], ["金六合", "金陆和"])
brand("HENGFU", "恒福珠宝", ["HENGFU", "HENGFU JEWELRY"], ["hengfu"], ["亨福", "恒富"])
brand("JIANGOU", "江鸥", ["JIANGOU", "JIANG OU"], ["jiangou", "jiang ou"], ["江欧", "江鸥表"],
      [["自动机械表", "机械表", "自动机械"], ["双历石英表", "双历", "石英双历"]])
# electronics
brand("SHENGYUE", "声悦", ["SHENGYUE", "SoundJoy"], ["shengyue", "sheng yue"], ["声越", "声跃"])
brand("DIANBA", "电霸", ["DIANBA", "DianBa"], ["dianba"], ["电坝", "电8"])
brand("XUEYOU", "学优", ["XUEYOU", "XueYou"], ["xueyou", "xue you"], ["学尤", "学忧"])
# other
brand("TIANQING", "天晴", ["TIANQING", "TianQing"], ["tianqing"], ["天情", "天青"])
brand("NUANLE", "暖乐", ["NUANLE", "NuanLe"], ["nuanle"], ["暖了", "暖勒"])

EMODELS = {
    ("SHENGYUE", "earbuds"): [["Pods 2", "Pods2", "pods二代", "POD2"], ["FreeGo", "Free Go", "freego"]],
    ("HUAXIN", "earbuds"): [["FreeX 3", "FreeX3", "freex 3"]],
    ("GUOREN", "earbuds"): [["Buds G", "BudsG", "buds g"]],
    ("GUOREN", "watch"): [["Watch S3", "S3手表", "watch s3", "WatchS3"]],
    ("HUAXIN", "watch"): [["星河手环7", "手环7", "Band 7", "band7"]],
    ("MITUO", "tablet"): [["Pad 6", "pad6", "平板6", "Pad6"]],
    ("HUAXIN", "tablet"): [["星河平板11", "MatePad11", "平板11"]],
    ("DIANBA", "powerbank"): [["D20", "D-20", "20000毫安"], ["D10", "D-10", "10000毫安"]],
    ("MITUO", "powerbank"): [["PB10", "PB-10", "10000mAh"]],
    ("XUEYOU", "learner"): [["X7学习机", "X7", "x7"], ["词典E5", "E5", "e5"]],
    ("RONGDING", "laptop"): [["锐书14", "Ruishu 14", "锐书 14", "ruishu14"]],
    ("SHENGYUE", "megaphone"): [["K8扩音器", "K8", "k8"]],
    ("SHENGYUE", "radio"): [["R3收音机", "R3", "r3"]],
}


def bspell(key, side):
    b = BR[key]
    if side == "o":
        return wch([(b["zh"], 56), (ch(b["en"]), 15), (ch(b["py"]), 11), (ch(b["typos"]), 18)])
    return wch([(b["zh"], 42), (ch(b["en"]), 34), (ch(b["py"]), 9), (ch(b["typos"]), 15)])


# ----------------------------------------------------------------------------- identifiers
IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, IDW)) % 11]


def make_id(region, y, m, d, sex):
    sd = ch([1, 3, 5, 7, 9]) if sex == "m" else ch([0, 2, 4, 6, 8])
    s17 = f"{region}{y:04d}{m:02d}{d:02d}{rint(0, 99):02d}{sd}"
    return s17 + id_check(s17)


def luhn_digit(payload):
    tot = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def make_imei(brand_key):
    body = TAC.get(brand_key, "86" + "".join(str(rint(0, 9)) for _ in range(6))) + \
        "".join(str(rint(0, 9)) for _ in range(6))
    return body + luhn_digit(body)


def digits(n):
    return "".join(str(rint(0, 9)) for _ in range(n))


SUR = list("王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
GIV = {
    ("student", "m"): ["浩然", "宇轩", "俊熙", "思远", "一鸣", "博文", "奕辰", "沐阳", "天佑", "子墨", "俊杰", "文韬", "嘉乐", "泽宇", "晨阳"],
    ("student", "f"): ["子涵", "梓萱", "欣怡", "雨桐", "梦瑶", "嘉怡", "晨曦", "诗琪", "可馨", "若曦", "靖雯", "佳琪", "雨萱", "思彤", "安然"],
    ("adult", "m"): ["建华", "国强", "志刚", "卫东", "小军", "德明", "文斌", "长江", "海波", "红兵", "建军", "永胜", "明亮", "春生", "大勇"],
    ("adult", "f"): ["秀英", "丽娟", "红梅", "海燕", "春燕", "晓燕", "永红", "桂芳", "翠兰", "金凤", "小红", "玉梅", "慧敏", "丽华", "艳萍"],
    ("elderly", "m"): ["长生", "福根", "德胜", "水生", "家旺", "有才", "宝山", "金贵", "老四", "满堂"],
    ("elderly", "f"): ["玉兰", "桂英", "凤英", "秀珍", "翠花", "桂香", "冬梅", "素珍", "菊英", "银花"],
}
USED_NAMES = set()
REGIONS = [("429035", 8), ("429038", 1), ("429042", 1)]   # invented county codes


def person(kind, sex=None):
    sex = sex or ch(["m", "f"])
    nm = None
    for _ in range(300):
        nm = ch(SUR) + ch(GIV[(kind, sex)])
        if nm not in USED_NAMES:
            break
    USED_NAMES.add(nm)
    if kind == "student":
        y = rint(2006, 2007)
    elif kind == "adult":
        y = rint(1968, 1992)
    else:
        y = rint(1940, 1958)
    idn = make_id(wch(REGIONS), y, rint(1, 12), rint(1, 28), sex)
    return dict(name=nm, sex=sex, kind=kind, idn=idn, y=y)


VILLAGES = ["城关镇滨江社区", "城关镇学府社区", "柳湾镇渔家湾村", "沙岭乡新垸村", "鹤矶镇太平村",
            "桥湾镇三合村", "城关镇船厂社区", "新滩镇江心村", "城关镇东门社区"]
BANKS = [["汊口农商银行", "农商行", "农商银行"], ["楚天银行", "楚天银行"], ["长江银行", "长江银行"]]
BINS = ["6217", "6230", "6214", "6228", "6216"]
DEPTS = ["舾装车间", "船体车间", "涂装车间", "机电车间", "安环部", "焊接二班"]
ROUTES = ["1路", "3路", "5路", "K2路", "汊口—柳湾班车", "汊口—沙岭班车", "汊口—桥湾班车"]
TOWNS = ["柳湾", "沙岭", "桥湾", "鹤矶", "新滩"]
STALLS = ["凉面", "烧烤", "炒粉", "凉虾", "臭豆腐", "卤味", "冰粉"]


# ----------------------------------------------------------------------------- objects
def new(cat, sub, no, nf, cnt):
    return dict(cat=cat, fcat=cat, sub=sub, no=no, nf=nf, cnt=cnt, color=None, fcolor=None,
                brand=None, model=None, bo=0.85, bf=0.6, mo=0.5, mf=0.2,
                feats=[], ids=[], hidden=[], fstate=[], person=None, places=None, owners=None,
                case_color=None)


def F(o, slot, own, fnd, po=0.6, pf=0.7, pers=False):
    if isinstance(own, str):
        own = [own]
    if isinstance(fnd, str):
        fnd = [fnd]
    o["feats"].append(dict(slot=slot, o=own, f=fnd, po=po, pf=pf, pers=pers))


def FA(o, slot, pairs, po=0.6, pf=0.7, pers=False):
    """one of several alternative facts, each with the owner's and the finder's wording"""
    a, b = ch(pairs)
    F(o, slot, a, b, po, pf, pers)


def I(o, slot, own, fnd, po, pf, pers=True):
    """own/fnd: lists of (text for the body, value for the serial field)."""
    o["ids"].append(dict(slot=slot, o=own, f=fnd, po=po, pf=pf, pers=pers))


def pick_brand(k, pool):
    if "brand" in k:
        return k["brand"]
    pool = [b for b in pool if b != k.get("avoid_brand")]
    return ch(pool) if pool else None


def pick_model(k, b, models=None):
    if "model" in k:
        return k["model"]
    if models is None:
        models = BR[b]["models"] if b else []
    return ch(models) if models else None


def imei_forms(imei):
    sp1 = f"{imei[:2]} {imei[2:8]} {imei[8:14]} {imei[14]}"
    sp2 = f"{imei[:8]}-{imei[8:14]}-{imei[14]}"
    sp3 = f"{imei[:4]} {imei[4:8]} {imei[8:12]} {imei[12:]}"
    own = [(f"IMEI号{imei}", imei), (f"串号是{imei}", imei), (f"IMEI：{sp3}", sp3),
           (f"盒子上的IMEI后六位是{imei[-6:]}", imei[-6:]), (f"IMEI尾号{imei[-4:]}", f"尾号{imei[-4:]}"),
           (f"串号{sp1}", sp1)]
    fnd = [(f"IMEI：{imei}", imei), (f"IMEI码{sp1}", sp1), (f"串号{sp2}", sp2), (f"IMEI {imei}", imei),
           (f"经查IMEI为{sp3}", sp3)]
    return own, fnd


def id_forms(idn, lab="身份证号"):
    m6 = idn[:6] + "*" * 8 + idn[-4:]
    m4 = idn[:4] + "*" * 10 + idn[-4:]
    sp = f"{idn[:6]} {idn[6:14]} {idn[14:]}"
    tail = idn[-4:]
    own = [(f"{lab}{idn}", idn), (f"{lab}：{idn}", idn), (f"号码是{idn}", idn), (f"{lab}{sp}", sp),
           (f"{lab}后四位{tail}", f"尾号{tail}"), (f"{lab}尾号是{tail}", tail), (f"{lab}末四位{tail}", f"尾号{tail}")]
    fnd = [(f"公民身份号码{idn}", idn), (f"{lab}：{m6}", m6), (f"{lab}{m4}", m4), (f"证号{idn}", idn),
           (f"号码{m6}", m6), (f"{lab}{idn}", idn)]
    return own, fnd


def card_forms(bank, tail):
    b = ch(BINS)
    mask1 = f"{b}****{tail}"
    mask2 = f"{b} **** **** {tail}"
    own = [(f"{ch(bank)}卡尾号{tail}", f"尾号{tail}"), (f"{ch(bank)}的银行卡，尾号{tail}", tail),
           (f"{ch(bank)}卡，卡号最后四位{tail}", f"尾号{tail}"), (f"一张{ch(bank)}卡（{tail}结尾）", tail)]
    fnd = [(f"{ch(bank)}银行卡一张，卡号{mask1}", mask1), (f"{ch(bank)}卡一张（{mask2}）", mask2),
           (f"银行卡一张，尾号{tail}", f"尾号{tail}"), (f"{ch(bank)}卡{mask1}", mask1)]
    return own, fnd


def sn_forms(sn, lab_o="序列号", lab_f="SN"):
    sp = " ".join(sn[i:i + 4] for i in range(0, len(sn), 4))
    own = [(f"{lab_o}{sn}", sn), (f"盒子上的{lab_o}是{sp}", sp), (f"{lab_o}后六位{sn[-6:]}", sn[-6:]),
           (f"{lab_o}{sn.lower()}", sn.lower())]
    fnd = [(f"{lab_f}:{sn}", sn), (f"{lab_f}码{sp}", sp), (f"背面印有{lab_f} {sn}", sn), (f"{lab_f}：{sn[:-6]}-{sn[-6:]}", f"{sn[:-6]}-{sn[-6:]}")]
    return own, fnd


def amount_owner(a):
    cn = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九"}
    r = R.random()
    if r < 0.35 or a < 100:
        return f"{a}元"
    if r < 0.55:
        return f"{a // 100 * 100}多块"
    if r < 0.75:
        return f"大概{int(round(a, -2))}块"
    if a < 1000:
        return f"{cn[a // 100]}百多块钱"
    if a < 10000:
        return f"{cn[a // 1000]}千{'多' if a % 1000 else ''}块钱"
    return f"{a}元左右"


# .......................................................................... phone
def gen_phone(k):
    sub = k.get("sub") or ("old" if p(0.13) else "smart")
    if sub == "old":
        o = new("phone", sub, ["老人机", "手机", "老年机", "按键手机"], ["老人机", "按键手机", "手机"], "一部")
        b = pick_brand(k, ["FUXING"])
        o["color"] = k.get("color") or ch(["黑", "红", "金", "蓝"])
        o["places"] = [("market", 3), ("hospital", 3), ("townbus", 3), ("park", 2), ("square", 2), ("ferryhall", 2), ("supermarket", 2), ("bank", 1)]
        o["owners"] = ["elderly", "hospfamily", "buspax"]
        o["bo"], o["bf"], o["mo"], o["mf"] = 0.45, 0.7, 0.2, 0.4
    else:
        o = new("phone", sub, ["手机", "手机", "电话", "智能手机", "机子"], ["手机", "手机", "智能手机", "移动电话"], "一部")
        b = pick_brand(k, PHONE_BRANDS)
        o["color"] = k.get("color") or ch(["黑", "白", "蓝", "紫", "金", "绿", "银", "粉", "灰"])
        o["places"] = [(q, w) for q, w in [("school", 5), ("ferryhall", 3), ("ferry", 2), ("busstation", 3), ("townbus", 2),
                                            ("hospital", 3), ("nightmarket", 3), ("crayfish", 3), ("square", 2), ("levee", 1),
                                            ("dorm", 2), ("shipyard", 1), ("supermarket", 2), ("oldstreet", 2), ("market", 1),
                                            ("bank", 1), ("park", 1), ("hotel", 1), ("printshop", 1), ("gov", 1), ("gas", 1)]]
        o["bo"], o["bf"], o["mo"], o["mf"] = 0.9, 0.75, 0.6, 0.2
    o["brand"] = b
    o["model"] = pick_model(k, b)
    imei = make_imei(b or "X")
    own, fnd = imei_forms(imei)
    if sub == "old":
        I(o, "imei", own, fnd, 0.05, 0.35)
        F(o, "tape", ["背面贴着白胶布，写着我儿子的电话", "后面贴了块胶布写的电话号码"],
          ["背面贴有白色胶布，上写一手机号码", "后盖贴胶布写有电话"], 0.6, 0.85)
        w = ch([("按键上的数字都磨没了", "按键字迹磨损"), ("用橡皮筋绑着后盖", "后盖用橡皮筋捆住"),
                ("挂着一根红绳子", "挂有红色挂绳"), ("屏幕上的膜起泡了", "屏幕贴膜起泡"),
                ("顶上的手电筒灯罩破了", "顶部手电灯罩破损")])
        F(o, "wear", w[0], w[1], 0.5, 0.7)
        o["hidden"] = ["里面存着孙子和女儿的电话", "是女儿给我买的", "没设密码", f"号码尾号{digits(4)}"]
        o["fstate"] = ["已关机", "电量不足", "开机状态，无密码，通讯录有'儿子''女儿'等联系人"]
        return o
    I(o, "imei", own, fnd, 0.3, 0.45)
    cc = ch(["黑", "白", "粉", "蓝", "透明", "透明", "绿", "紫", "黄"])
    ctype = ch(["硅胶壳", "磨砂壳", "皮套", "带支架的壳", "防摔壳", "卡通壳"])
    if cc == "透明":
        case = "透明壳"
        o["case_color"] = None
    else:
        case = f"{cw(cc)}{ctype}"
        o["case_color"] = cc
    F(o, "case", [f"套了个{case}", f"手机壳是{case}", f"外面是{case}"], [f"外套{case}", f"带{case}", f"有{case}"], 0.6, 0.85)
    d = ch([("壳背面贴着一张小熊贴纸", "背面贴有小熊贴纸"),
            ("壳后面贴了张'逢考必过'的贴纸", "背面贴有'逢考必过'字样贴纸"),
            (f"挂着一根{cw(ch(['红', '蓝', '黑', '粉']))}挂绳", "带挂绳"),
            ("壳里夹着一张一寸照片", "手机壳内夹有一寸照片一张"),
            ("手机壳后面夹着一张公交卡", "壳内夹有公交卡一张"),
            ("背面有个指环扣", "背面粘有指环支架"),
            ("壳里塞了张五十块钱", "壳内夹有现金50元"),
            ("挂了个小铃铛", "挂有小铃铛挂件"),
            ("壳里夹了张电影票根", "壳内夹有票根一张")])
    F(o, "deco", d[0], d[1], 0.6, 0.75)
    d = ch([("屏幕左上角碎了一块", "屏幕左上角碎裂"), ("屏幕右下角有裂纹", "屏幕右下角有裂痕"),
            ("后盖有一道很深的划痕", "后盖有明显划痕"), ("摄像头那块玻璃裂了", "后置摄像头镜片破裂"),
            ("边框掉漆了", "边框有掉漆"), ("贴的钢化膜碎了", "钢化膜碎裂"), ("屏幕完好，没有裂", "")])
    if d[1]:
        F(o, "damage", d[0], d[1], 0.5, 0.7)
    ls = ch(["孩子穿校服的照片", "一只橘猫", "全家福", "江边的风景照", "'金榜题名'四个大字", "一个卡通头像",
             "一张荷花图片", "老两口的合照", "一艘船的照片", "小孩吹蜡烛的照片"])
    F(o, "lock", [f"锁屏是{ls}", f"锁屏壁纸是{ls}"], [f"锁屏壁纸为{ls}", f"按亮屏幕显示{ls}", f"锁屏图片是{ls}"], 0.45, 0.5)
    o["hidden"] = [f"手机号尾号{digits(4)}", "设了六位数密码", "微信里有钱，已经冻结了", "刚买不到两个月",
                   f"买的时候{rint(12, 45)}00多", "电量不多了", "我打过去已经关机了", "打过去响了没人接",
                   "里面有孩子考试的资料和照片"]
    o["fstate"] = ["已关机", "电量耗尽无法开机", f"屏幕显示未接来电{rint(3, 17)}个",
                   f"有来电显示'{ch(['妈妈', '老公', '老婆', '儿子', '爸爸', '女儿', '老弟'])}'，未接通",
                   "开机状态，设有锁屏密码", "进水，屏幕不亮"]
    return o


# .......................................................................... id documents
def name_feat(o, pe, own_extra=None, fnd_what="证件", po=0.9, pf=0.95):
    n = pe["name"]
    own = [f"名字是{n}", f"姓名{n}", f"上面写的名字是{n}", f"是{n}的"] + (own_extra or [])
    fnd = [f"姓名：{n}", f"姓名{n}", f"{fnd_what}上姓名为{n}", f"持有人{n}"]
    F(o, "name", own, fnd, po, pf, pers=True)


def gen_id(k):
    sub = k.get("sub") or wch([("idcard", 30), ("exam_bag", 20), ("student_card", 12), ("driving", 9),
                               ("social", 14), ("workcard", 10), ("holder", 5)])
    if sub in ("idcard", "holder"):
        kind = k.get("kind") or wch([("adult", 5), ("student", 3), ("elderly", 2)])
        pe = person(kind)
        if sub == "idcard":
            o = new("id_doc", sub, ["身份证", "身份证", "居民身份证", "身份证件"], ["居民身份证", "身份证"], "一张")
        else:
            o = new("id_doc", sub, ["身份证和卡包", "身份证", "身份证（在卡包里）"], ["身份证及卡包", "卡包（内有身份证）"], "一个")
        o["kind"] = kind
        o["person"] = pe
        child = ["我儿子" if pe["sex"] == "m" else "我女儿"]
        name_feat(o, pe, [f"{child[0]}{pe['name']}的"] if kind == "student" else None, "身份证")
        own, fnd = id_forms(pe["idn"])
        I(o, "idno", own, fnd, 0.7, 0.85)
        if p(0.4):
            v = ch(VILLAGES)
            F(o, "addr", [f"户口是{v}的", f"住址{v}"], [f"证件住址为汊口县{v}", f"住址：汊口县{v}"], 0.25, 0.4, pers=True)
        if sub == "idcard":
            if p(0.4):
                c = ch(["粉", "蓝", "透明", "黑"])
                o["color"] = c if c != "透明" else None
                txt = "透明" if c == "透明" else cw(c)
                F(o, "sleeve", [f"装在一个{txt}卡套里", f"套着{txt}的卡套"], [f"外有{txt}卡套", f"带{txt}卡套"], 0.5, 0.7)
        else:
            c = k.get("color") or ch(["黑", "棕", "粉", "蓝"])
            o["color"] = c
            o["brand"] = pick_brand(k, ["KALI", "QILANG", "JINLU", None, None])
            o["bo"], o["bf"] = 0.6, 0.5
            F(o, "holder", [f"装在一个{cw(c)}卡包里", f"卡包是{cw(c)}的"], [f"{cw(c)}卡包", f"外为{cw(c)}卡包"], 0.9, 0.95)
            bank = ch(BANKS)
            tail = digits(4)
            own, fnd = card_forms(bank, tail)
            I(o, "card", own, fnd, 0.5, 0.6)
            FA(o, "cards", [("卡包里还有两张银行卡", ["另有银行卡2张", "内有银行卡两张"]), ("还有一张银行卡和公交卡", ["另有银行卡、公交卡各一张", "内有公交卡一张"])], 0.6, 0.6)
        o["places"] = [("gov", 2), ("bank", 2), ("busstation", 3), ("ferryhall", 2), ("hospital", 3), ("school", 2 if kind == "student" else 0),
                       ("hotel", 2), ("printshop", 1), ("supermarket", 1), ("nightmarket", 1), ("townbus", 1)]
        o["places"] = [x for x in o["places"] if x[1] > 0]
        o["owners"] = ["parent", "student"] if kind == "student" else (["elderly", "hospfamily", "buspax", "resident"] if kind == "elderly" else None)
        return o
    if sub == "exam_bag":
        pe = person("student")
        o = new("id_doc", sub, ["准考证和身份证", "孩子的准考证、身份证", "准考证", "高考准考证"],
                ["透明文件袋（内有准考证、身份证）", "准考证及身份证", "透明考试袋"], "一个")
        o["person"] = pe
        o["color"] = "透明"
        room, seat = rint(1, 40), rint(1, 30)
        eno = "25429035" + str(rint(1, 2)) + "0" + f"{room:02d}{seat:02d}"
        kid = "我儿子" if pe["sex"] == "m" else "我女儿"
        name_feat(o, pe, [f"考生叫{pe['name']}", f"{kid}{pe['name']}"], "准考证", 0.95, 0.95)
        own = [(f"准考证号{eno}", eno), (f"准考证号：{eno[:4]} {eno[4:8]} {eno[8:12]} {eno[12:]}", f"{eno[:4]} {eno[4:8]} {eno[8:12]} {eno[12:]}"),
               (f"准考证号后四位{eno[-4:]}", f"尾号{eno[-4:]}")]
        fnd = [(f"准考证号{eno}", eno), (f"准考证号：{eno[:2]}-{eno[2:8]}-{eno[8:12]}-{eno[12:]}", f"{eno[:2]}-{eno[2:8]}-{eno[8:12]}-{eno[12:]}"),
               (f"考号{eno}", eno)]
        I(o, "examno", own, fnd, 0.55, 0.8)
        F(o, "room", [f"第{room}考场，{seat}号座位", f"在第{room}考场"], [f"考场号{room:02d}，座位号{seat:02d}", f"第{room}考场"], 0.5, 0.7, pers=True)
        own, fnd = id_forms(pe["idn"])
        I(o, "idno", own, fnd, 0.25, 0.5)
        z = ch(["蓝", "黑", "白", "粉"])
        F(o, "zip", [f"袋子是{cw(z)}拉链的透明袋", "透明的拉链袋"], [f"{cw(z)}拉链透明文件袋", "透明拉链袋"], 0.5, 0.6)
        F(o, "pens", ["袋子里还有2B铅笔、橡皮和两支黑色签字笔", "里面有笔和橡皮"],
          ["内有2B铅笔1支、黑色签字笔2支、橡皮1块", "内有文具若干"], 0.45, 0.7)
        o["hidden"] = ["孩子下午还要考试，急！", "已经去考点补办了临时证明", "孩子急得直哭"]
        o["places"] = [("school", 6), ("printshop", 2), ("hotel", 2), ("busstation", 1), ("townbus", 1)]
        o["owners"] = ["parent", "student"]
        return o
    if sub == "student_card":
        pe = person("student")
        c = k.get("color") or ch(["红", "蓝", "绿"])
        o = new("id_doc", sub, ["学生证", "学生证", "一中的学生证"], ["学生证"], "一本")
        o["person"] = pe
        o["color"] = c
        cls, no = rint(1, 24), rint(1, 60)
        sno = f"2022{cls:02d}{no:02d}"
        school = ch(["汊口一中", "汊口县第一中学", "县一中"])
        name_feat(o, pe, None, "学生证")
        own = [(f"学号{sno}", sno), (f"学号{sno[:4]}-{sno[4:6]}-{sno[6:]}", f"{sno[:4]}-{sno[4:6]}-{sno[6:]}"), (f"高三({cls})班{no}号", f"{cls}班{no}号")]
        fnd = [(f"学号：{sno}", sno), (f"学号{sno}", sno), (f"编号{sno}", sno)]
        I(o, "sno", own, fnd, 0.5, 0.8)
        F(o, "school", [f"{school}的", f"{school}高三({cls})班"], [f"{school}学生证", f"学校：{school}，高三({cls})班"], 0.7, 0.85, pers=True)
        F(o, "cover", [f"{cw(c)}封皮", f"封面是{cw(c)}的"], [f"{cw(c)}封皮", f"{cw(c)}外壳"], 0.5, 0.6)
        ins = ch([("里面夹着一张饭卡", "内夹饭卡一张"), ("夹着一张公交月票", "内夹公交月票"), ("夹了两张证件照", "内夹证件照两张"), ("里面夹着一张借书证", "夹有借书证")])
        F(o, "inside", ins[0], ins[1], 0.45, 0.6)
        o["places"] = [("school", 3), ("printshop", 2), ("nightmarket", 2), ("crayfish", 1), ("park", 1), ("townbus", 2), ("busstation", 1), ("oldstreet", 1)]
        o["owners"] = ["student", "parent"]
        return o
    if sub == "driving":
        pe = person("adult")
        c = k.get("color") or ch(["黑", "棕"])
        o = new("id_doc", sub, ["驾驶证", "驾照", "机动车驾驶证"], ["机动车驾驶证", "驾驶证"], "一本")
        o["person"] = pe
        o["color"] = c
        name_feat(o, pe, None, "驾驶证")
        own, fnd = id_forms(pe["idn"], "证号")
        I(o, "idno", own, fnd, 0.5, 0.85)
        cl = ch(["C1", "B2", "A2"])
        F(o, "class", [f"准驾车型{cl}", f"{cl}的本子"], [f"准驾车型{cl}", f"准驾{cl}"], 0.35, 0.6, pers=True)
        F(o, "cover", [f"{cw(c)}皮套", f"套着{cw(c)}的皮套"], [f"{cw(c)}皮套", f"外有{cw(c)}皮套"], 0.55, 0.8)
        ins = ch([("皮套里还夹着行驶证", "皮套内另有行驶证一本"), ("里面夹着一张加油卡", "内夹加油卡一张"), ("夹着两百块钱", "内夹现金200元")])
        F(o, "inside", ins[0], ins[1], 0.5, 0.7)
        o["places"] = [("gas", 2), ("shipyard", 2), ("dorm", 1), ("crayfish", 1), ("nightmarket", 1), ("ferry", 3), ("ferryhall", 1), ("hotel", 1)]
        o["owners"] = ["shipyard", "resident", "ferrypax", "diner"]
        return o
    if sub == "social":
        pe = person("elderly")
        o = new("id_doc", sub, ["医保卡", "社保卡", "社会保障卡", "老年人的医保卡"], ["社会保障卡", "社保卡"], "一张")
        o["person"] = pe
        name_feat(o, pe, [f"我老伴{pe['name']}的", f"我妈{pe['name']}的"] if pe["sex"] == "f" else [f"我老伴{pe['name']}的", f"我爸{pe['name']}的"], "社保卡")
        own, fnd = id_forms(pe["idn"], "身份证号")
        fnd = [(f"社会保障号码{pe['idn'][:6]}********{pe['idn'][-4:]}", pe["idn"][:6] + "********" + pe["idn"][-4:]),
               (f"社保号{pe['idn']}", pe["idn"]), (f"卡面号码{pe['idn'][:4]}**********{pe['idn'][-4:]}", pe["idn"][:4] + "**********" + pe["idn"][-4:])]
        I(o, "idno", own, fnd, 0.35, 0.75)
        if p(0.6):
            c = k.get("color") or ch(["红", "蓝", "透明"])
            o["color"] = c if c != "透明" else None
            txt = "透明" if c == "透明" else cw(c)
            F(o, "sleeve", [f"装在{txt}卡套里", f"有个{txt}套子"], [f"外有{txt}卡套", f"带{txt}卡套"], 0.5, 0.7)
        ins = ch([(f"卡套里还有一张县医院的就诊卡", f"卡套内另有县人民医院就诊卡一张（{pe['name']}）"),
                  ("还夹着一张写了电话的纸条", "夹有写着电话号码的纸条"), ("和老年证放在一起", "另有老年优待证一本")])
        F(o, "inside", ins[0], ins[1], 0.5, 0.6, pers="就诊卡" in ins[1])
        o["places"] = [("hospital", 5), ("bank", 2), ("market", 2), ("gov", 1), ("townbus", 1), ("park", 1)]
        o["owners"] = ["elderly", "hospfamily"]
        return o
    # workcard
    pe = person("adult")
    c = k.get("color") or ch(["蓝", "红", "黑", "绿"])
    o = new("id_doc", sub, ["工作证", "工牌", "船厂的工牌", "厂牌"], ["工作证", "江洲造船厂工作证", "工牌"], "一张")
    o["person"] = pe
    o["color"] = c
    gh = digits(4)
    name_feat(o, pe, None, "工作证")
    own = [(f"工号JZ{gh}", f"JZ{gh}"), (f"工号{gh}", gh), (f"工号JZ-{gh}", f"JZ-{gh}")]
    fnd = [(f"工号：JZ{gh}", f"JZ{gh}"), (f"编号JZ-{gh}", f"JZ-{gh}"), (f"工号jz {gh}", f"jz {gh}")]
    I(o, "workno", own, fnd, 0.6, 0.8)
    dp = ch(DEPTS)
    F(o, "dept", [f"{dp}的", f"部门是{dp}"], [f"部门：{dp}", f"{dp}"], 0.5, 0.8, pers=True)
    F(o, "lanyard", [f"挂着{cw(c)}挂绳", f"{cw(c)}的绳子"], [f"{cw(c)}挂绳", f"带{cw(c)}挂绳"], 0.5, 0.7)
    F(o, "photo", ["照片是穿工作服照的", "证件照穿的工作服"], ["照片为穿工作服男子" if pe["sex"] == "m" else "照片为穿工作服女子"], 0.2, 0.5)
    o["places"] = [("shipyard", 3), ("dorm", 3), ("crayfish", 1), ("nightmarket", 1), ("ferry", 1), ("ferryhall", 1)]
    o["owners"] = ["shipyard"]
    return o


# .......................................................................... wallets
ALL_NEAR = [("school", 2), ("ferryhall", 2), ("ferry", 1), ("busstation", 2), ("townbus", 2), ("hospital", 3),
            ("nightmarket", 2), ("crayfish", 2), ("square", 1), ("levee", 1), ("dorm", 1), ("shipyard", 1),
            ("supermarket", 3), ("oldstreet", 2), ("market", 2), ("bank", 2), ("park", 1), ("hotel", 1),
            ("printshop", 1), ("gov", 1), ("gas", 1)]


def gen_wallet(k):
    sub = k.get("sub") or wch([("men", 34), ("women", 34), ("card", 14), ("coin", 18)])
    if sub == "men":
        o = new("wallet", sub, ["钱包", "皮夹", "钱夹", "男士钱包", "皮夹子"], ["男士钱包", "钱包", "皮夹"], "一个")
        b = pick_brand(k, ["QILANG", "JINLU"])
        o["color"] = k.get("color") or ch(["黑", "黑", "棕", "灰"])
        kind = "adult"
        a = rint(120, 1600)
    elif sub == "women":
        o = new("wallet", sub, ["钱包", "长款钱包", "女士钱包", "手拿钱包"], ["女士长款钱包", "女式钱包", "钱包"], "一个")
        b = pick_brand(k, ["KALI", "JINLU"])
        o["color"] = k.get("color") or ch(["红", "粉", "白", "紫", "黑", "棕"])
        kind = "adult"
        a = rint(60, 1300)
    elif sub == "card":
        o = new("wallet", sub, ["卡包", "卡套", "小卡包", "卡夹"], ["卡包", "卡夹"], "一个")
        b = pick_brand(k, ["KALI", "QILANG", "JINLU"])
        o["color"] = k.get("color") or ch(["黑", "蓝", "粉", "棕"])
        kind = ch(["adult", "student"])
        a = ch([0, 0, 20, 50, 100])
    else:
        o = new("wallet", sub, ["零钱包", "小钱包", "布钱包", "钱包"], ["零钱包", "布制零钱包", "小钱包"], "一个")
        b = pick_brand(k, [None])
        o["color"] = k.get("color") or ch(["红", "蓝", "绿", "黄", "紫"])
        kind = "elderly"
        a = rint(20, 400)
    o["brand"] = b
    o["bo"], o["bf"], o["mo"], o["mf"] = 0.75, 0.55, 0.0, 0.0
    pe = person(kind, {"men": "m", "women": "f"}.get(sub))
    o["person"] = pe
    if a:
        own = [f"里面有现金{amount_owner(a)}", f"钱大概{amount_owner(a)}", f"有{amount_owner(a)}现金"]
        if sub == "coin":
            own = [f"里面有{amount_owner(a)}，还有好些硬币", f"有{amount_owner(a)}零钱"]
        fnd = [f"内有现金{a}元", f"现金人民币{a}元", f"内有现金{a}元整"] if sub != "coin" else [f"内有零钱{a}元及硬币若干", f"现金{a}元（含硬币）"]
        F(o, "cash", own, fnd, 0.85, 0.85)
    if sub != "coin" and p(0.55):
        F(o, "name", [f"里面有我的身份证（{pe['name']}）", f"身份证也在里面，名字{pe['name']}", f"有身份证，{pe['name']}"],
          [f"内有身份证一张，姓名{pe['name']}", f"内有{pe['name']}的身份证", f"身份证一张（{pe['name']}）"], 0.8, 0.85, pers=True)
        own, fnd = id_forms(pe["idn"])
        I(o, "idno", own, fnd, 0.3, 0.45)
    if sub == "coin":
        F(o, "oldcard", [f"还有老年证，{pe['name']}", f"老年证也在里面，名字是{pe['name']}"],
          [f"内有老年优待证一本（{pe['name']}）", f"老年证一本，姓名{pe['name']}"], 0.6, 0.8, pers=True)
        pat = ch(["印着小花", "绣着一个福字", "有卡通猫图案", "拉链上挂了个小铃铛"])
        F(o, "pattern", [pat], [pat.replace("印着", "印有").replace("绣着", "绣有")], 0.5, 0.7)
    if sub in ("men", "women", "card") and p(0.65):
        bank = ch(BANKS)
        tail = digits(4)
        own, fnd = card_forms(bank, tail)
        I(o, "card", own, fnd, 0.55, 0.5)
        n = rint(1, 3)
        F(o, "ncards", [f"{n + 1}张银行卡", "几张银行卡"], [f"银行卡{n + 1}张", "银行卡若干"], 0.4, 0.6)
    misc = ch([("惠万家的会员卡", "惠万家超市会员卡一张"), ("一个平安符", "黄色平安符一个"),
               ("城乡公交卡", "公交卡一张"), (f"船厂饭卡，工号{digits(4)}", "江洲船厂饭卡一张"),
               ("几张购物小票", "购物小票数张"), ("县医院的缴费单", "县人民医院缴费单据"),
               ("孩子的一寸照", "一寸照片一张（小孩）"), ("我和老伴的合影", "老年男女合影一张"),
               ("高考准考证的复印件", "准考证复印件一张")])
    F(o, "misc", [f"里面还有{misc[0]}", f"还夹着{misc[0]}"], f"另有{misc[1]}", 0.5, 0.6, pers=("复印件" in misc[0] or "饭卡" in misc[0]))
    if sub != "coin":
        w = ch([("边角磨白了", "边角磨损发白"), ("拉链头坏了挂了个回形针", "拉链头缺失，以回形针代替"),
                ("按扣有点松", "按扣松动"), ("里面有个地方开线了", "内衬开线"), ("印着格子花纹", "表面为格纹"),
                ("正面有个金属牌子", "正面有金属标牌"), ("被雨淋过有点发霉", "表面有霉点")])
        F(o, "wear", w[0], w[1], 0.45, 0.6)
    o["hidden"] = ["身份证已经挂失了", "钱不要紧，证件和卡很重要", "是孩子送的生日礼物", "银行卡已经挂失",
                   "用了好几年了"]
    o["places"] = ALL_NEAR if sub != "coin" else [("market", 3), ("hospital", 3), ("townbus", 2), ("park", 2), ("square", 1), ("supermarket", 2)]
    o["owners"] = ["elderly", "hospfamily", "buspax", "stallkeeper", "resident"] if sub == "coin" else None
    return o


# .......................................................................... keys
CHARMS = [("一个棕色小熊", "棕色小熊挂件", "棕"), ("一个铜葫芦", "铜葫芦挂件", "金"), ("一个绿色的平安扣", "绿色平安扣", "绿"),
          ("一个小篮球", "橙色小篮球挂件", "橙"), ("一只白色毛绒兔子", "白色毛绒兔挂件", "白"), ("一个小手电", "黑色小手电", "黑"),
          ("一把指甲刀", "指甲刀一把", "银"), ("一个开瓶器", "开瓶器一个", "银"), ("一个红色中国结", "红色中国结", "红"),
          ("一只黄色小鸭子", "黄色小鸭公仔", "黄"), ("一块'福'字铜牌", "'福'字铜牌", "金"), ("一个粉色草莓挂件", "粉色草莓挂件", "粉"),
          ("一个'逢考必过'的小木牌", "木牌，刻'逢考必过'", "棕")]


def gen_keys(k):
    sub = k.get("sub") or wch([("house", 40), ("car", 15), ("ebike", 20), ("dorm", 15), ("single", 10)])
    o = new("keys", sub, ["钥匙", "一串钥匙", "钥匙串", "锁匙"], ["钥匙", "钥匙串"], "一串")
    o["bo"], o["bf"], o["mo"], o["mf"] = 0.9, 0.8, 0.6, 0.5
    charm = ch(CHARMS) if sub != "car" or p(0.5) else None
    if "color" in k:
        cands = [c for c in CHARMS if c[2] == k["color"]]
        charm = ch(cands) if cands else charm
    if sub == "car":
        o["brand"] = pick_brand(k, ["DONGLAN", "BEICHEN"])
        o["model"] = pick_model(k, o["brand"]) if o["brand"] else None
        o["color"] = k.get("color") or "黑"
        n = rint(1, 3)
        bn = BR[o["brand"]]["zh"] if o["brand"] else "汽车"
        F(o, "fob", [f"一把{bn}车钥匙", f"车钥匙是{bn}的", "有个汽车遥控钥匙"], [f"{bn}汽车遥控钥匙一把", "汽车遥控钥匙一把", "车钥匙一把（遥控）"], 0.9, 0.9)
        F(o, "count", [f"还有{n}把家里的钥匙", f"另外{cnum(n)}把小钥匙"], [f"另有钥匙{n}把", f"普通钥匙{n}把"], 0.6, 0.8)
        o["no"] = ["车钥匙", "汽车钥匙", "钥匙"]
        o["nf"] = ["汽车钥匙", "钥匙", "车钥匙"]
    elif sub == "ebike":
        o["brand"] = pick_brand(k, EBIKE_BRANDS)
        o["color"] = k.get("color") or (charm[2] if charm else "黑")
        o["mo"], o["mf"] = 0.0, 0.0
        bn = bspell(o["brand"], "o") if o["brand"] else "电动车"
        n = rint(1, 3)
        F(o, "ebkey", [f"一把{bn}电动车钥匙", f"电动车钥匙（{bn}的）", "有个电动车钥匙"], [f"{BR[o['brand']]['zh'] if o['brand'] else ''}电动车钥匙一把", "电动车钥匙一把（带遥控）", "电瓶车钥匙一把"], 0.9, 0.85)
        F(o, "count", [f"还有{n}把门钥匙", f"一共{n + 1}把"], [f"另有钥匙{n}把", f"共{n + 1}把"], 0.55, 0.8)
    elif sub == "dorm":
        o["color"] = k.get("color") or (charm[2] if charm else "银")
        b, r = rint(1, 6), rint(1, 5) * 100 + rint(1, 12)
        F(o, "tag", [f"挂着塑料牌，写着{b}栋{r}", f"钥匙牌上写的{b}-{r}"], [f"挂有塑料号牌'{b}-{r}'", f"号牌写'{b}栋{r}'"], 0.8, 0.9, pers=True)
        n = rint(2, 3)
        F(o, "count", [f"{n}把钥匙", f"{cnum(n)}把"], [f"钥匙{n}把", f"共{n}把"], 0.5, 0.8)
        if p(0.5):
            F(o, "meal", ["串着食堂饭卡", "还有一张饭卡"], ["串有江洲船厂饭卡一张", "挂有饭卡"], 0.6, 0.8)
        o["places"] = [("dorm", 4), ("shipyard", 3), ("crayfish", 1), ("nightmarket", 1), ("ferry", 1)]
        o["owners"] = ["shipyard"]
    elif sub == "single":
        o["color"] = k.get("color") or (charm[2] if charm else "银")
        F(o, "count", ["就一把钥匙", "只有一把"], ["钥匙1把", "单把钥匙"], 0.7, 0.9)
        o["no"] = ["钥匙", "一把钥匙", "防盗门钥匙"]
        o["nf"] = ["钥匙", "钥匙一把"]
        o["cnt"] = "一把"
    else:
        o["color"] = k.get("color") or (charm[2] if charm else ch(["蓝", "黄", "红"]))
        n = rint(3, 7)
        F(o, "count", [f"{n}把左右", f"{cnum(n)}把钥匙", f"大概{cnum(n - 1)}{cnum(n)}把"], [f"钥匙{n}把", f"共{n}把"], 0.6, 0.85)
        g = ch(["蓝", "黄", "红", "黑", "绿"])
        F(o, "fob", [f"有个{cw(g)}门禁扣", f"还挂着{cw(g)}的小区门禁卡"], [f"{cw(g)}门禁扣一个", f"带{cw(g)}门禁卡"], 0.6, 0.8)
    if charm:
        F(o, "charm", [f"挂着{charm[0]}", f"钥匙扣上有{charm[0]}"], [f"挂有{charm[1]}", f"钥匙扣上挂{charm[1]}"], 0.8, 0.85)
        if "color" not in k and sub not in ("car",):
            o["color"] = charm[2]
    ring = ch([("钥匙圈是弹簧伸缩的", "伸缩弹簧钥匙扣"), ("钥匙圈是登山扣", "登山扣式钥匙圈"), ("就是普通的铁圈", "普通钢圈")])
    F(o, "ring", ring[0], ring[1], 0.3, 0.5)
    o["hidden"] = ["有家里防盗门和单位抽屉的钥匙", "没有备用钥匙，进不了家门", "其中一把是车库的", "急用"]
    if o["places"] is None:
        o["places"] = ALL_NEAR
    return o


def cnum(n):
    return {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八"}.get(n, str(n))


# .......................................................................... e-bikes, bicycles
def plate_forms(num):
    own = [(f"车牌汊口A·{num}", f"汊口A·{num}"), (f"牌照{num}", num), (f"车牌号A{num}", f"A{num}"), (f"牌子是汊口A {num}", f"汊口A {num}")]
    fnd = [(f"号牌汊口A·{num}", f"汊口A·{num}"), (f"车牌：汊口A{num}", f"汊口A{num}"), (f"牌照汊A{num}", f"汊A{num}")]
    return own, fnd


def frame_forms(fr, lab="车架号"):
    a, b2, c = fr[:2], fr[2:6], fr[6:]
    own = [(f"{lab}{fr}", fr), (f"{lab}后五位{fr[-5:]}", fr[-5:]), (f"发票上{lab}是{fr.lower()}", fr.lower())]
    fnd = [(f"{lab}：{fr}", fr), (f"{lab}{a} {b2} {c}", f"{a} {b2} {c}"), (f"{lab}{a}-{b2}-{c}", f"{a}-{b2}-{c}")]
    return own, fnd


def gen_ebike(k):
    sub = k.get("sub") or wch([("scooter", 55), ("small", 30), ("moto", 15)])
    nouns = {"scooter": (["电动车", "电瓶车", "电动车", "小电驴"], ["电动车", "电动自行车", "电瓶车"]),
             "small": (["小电驴", "电动车", "电瓶车", "小电动车"], ["电动自行车", "电动车"]),
             "moto": (["电摩", "电动摩托", "电动车"], ["电动摩托车", "电动车", "电摩"])}[sub]
    o = new("ebike", sub, nouns[0], nouns[1], "一辆")
    o["brand"] = pick_brand(k, EBIKE_BRANDS)
    o["model"] = pick_model(k, o["brand"])
    o["color"] = k.get("color") or ch(["白", "黑", "红", "蓝", "灰", "粉", "绿", "银"])
    o["bo"], o["bf"], o["mo"], o["mf"] = 0.95, 0.9, 0.5, 0.5
    if p(0.85):
        own, fnd = plate_forms(digits(5))
        I(o, "plate", own, fnd, 0.6, 0.85, pers=True)
    pre = {"YATU": "YT", "LVJU": "LJ", "FEIBAO": "FB", "CHENCHI": "CC"}.get(o["brand"], "DD")
    fr = f"{pre}{rint(19, 24)}{rint(1, 12):02d}{ch('ABCDEFGHJK')}{digits(5)}"
    own, fnd = frame_forms(fr)
    I(o, "frame", own, fnd, 0.25, 0.5)
    pool = [("seat", "后座装了个儿童座椅", "后座装有儿童座椅"),
            ("basket", f"车篓里有个{cw(ch(['红', '白', '黄', '黑']))}头盔", "车篓内有头盔一个"),
            ("mat", f"脚踏板上铺了块{cw(ch(['红', '灰', '黑']))}地垫", "脚踏板铺有地垫"),
            ("rain", f"车把上挂着{cw(ch(['蓝', '红', '黄', '透明']))}雨披", "车把挂有雨披"),
            ("mirror", "左边后视镜没了", "左侧后视镜缺失"),
            ("cushion", "坐垫破了用胶布粘着", "坐垫破损，有胶布粘补"),
            ("canopy", "装了挡雨的车篷", "加装遮阳雨篷"),
            ("sticker", "车头贴了'考试顺利'的贴纸", "车头贴有'考试顺利'贴纸"),
            ("lock", "后轮上有把U型锁", "后轮挂U型锁"),
            ("holder", "车把上装了手机支架", "车把装有手机支架"),
            ("box", "后面加了个后备箱", "加装后尾箱"),
            ("scratch", "右边车壳有一大块刮痕", "右侧外壳有较大刮擦")]
    for slot, a_, b_ in sample(pool, rint(2, 4)):
        F(o, slot, a_, b_, 0.6, 0.7)
    o["hidden"] = [f"去年花了{rint(22, 45)}00块买的", "电瓶是新换的60伏", "钥匙还在我手上", "停的时候没锁", "买了保险"]
    o["fstate"] = ["车上无钥匙", "钥匙插在车上", "电量耗尽", "车锁已被破坏", "停放多日无人认领"]
    o["places"] = [("nightmarket", 3), ("crayfish", 3), ("school", 2), ("hospital", 2), ("supermarket", 2), ("market", 2),
                   ("dorm", 2), ("busstation", 1), ("square", 1), ("oldstreet", 1), ("park", 1)]
    o["owners"] = ["parent", "diner", "stallkeeper", "shipyard", "resident", "hospfamily", "student"]
    return o


def gen_bicycle(k):
    sub = k.get("sub") or wch([("mtb", 30), ("ladies", 25), ("student", 25), ("folding", 10), ("old28", 10)])
    o = new("bicycle", sub, ["自行车", "单车", "脚踏车", "自行车"], ["自行车", "自行车"], "一辆")
    pool = {"mtb": ["FENGMING"], "ladies": ["FENGMING"], "student": ["YONGGU"], "folding": ["JIECHI"], "old28": ["YONGGU"]}[sub]
    o["brand"] = pick_brand(k, pool)
    mi = {"mtb": 0, "ladies": 1, "student": 1, "folding": 0, "old28": 0}[sub]
    if "model" in k:
        o["model"] = k["model"]
    elif o["brand"] and BR[o["brand"]]["models"]:
        ms = BR[o["brand"]]["models"]
        o["model"] = ms[min(mi, len(ms) - 1)]
    o["color"] = k.get("color") or ch(["黑", "白", "红", "蓝", "绿", "灰", "黄"])
    o["bo"], o["bf"], o["mo"], o["mf"] = 0.85, 0.8, 0.4, 0.4
    kindword = {"mtb": ("山地车", "山地车"), "ladies": ("女式车", "女式自行车"), "student": ("学生车", "学生自行车"),
                "folding": ("折叠车", "折叠自行车"), "old28": ("二八大杠", "老式28寸自行车")}[sub]
    o["no"] = [kindword[0], "自行车", "单车"]
    o["nf"] = [kindword[1], "自行车"]
    fr = f"{o['brand'][:2] if o['brand'] else 'ZX'}{digits(8)}"
    own, fnd = frame_forms(fr, "钢印号")
    I(o, "frame", own, fnd, 0.08, 0.45)
    pool = [("basket", "前面有个铁车筐", "前有车筐"), ("rack", "后座绑着根绳子", "后座绑有绳子"),
            ("tape", f"车把上缠着{cw(ch(['蓝', '黑', '红']))}胶布", "车把缠有胶布"),
            ("bell", "铃铛掉了", "无车铃"), ("lock", "有把链条锁挂在车上", "车上挂有链条锁"),
            ("sticker", "车架上贴了我名字的贴纸", "车架贴有姓名贴"),
            ("fender", "后挡泥板掉了", "后挡泥板缺失"), ("cover", f"坐垫套了个{cw(ch(['黑', '粉', '灰']))}座套", "坐垫有座套"),
            ("gear", "变速器有点坏，总掉链", "变速器损坏"), ("light", "车头装了个小灯", "车头装有车灯")]
    for slot, a_, b_ in sample(pool, rint(2, 3)):
        F(o, slot, a_, b_, 0.6, 0.7)
    o["hidden"] = ["孩子骑来考试的", "骑了好几年了", "没上锁", "钥匙在我这"]
    o["places"] = [("school", 3), ("dorm", 2), ("market", 2), ("park", 1), ("oldstreet", 1), ("printshop", 1), ("supermarket", 1), ("hotel", 1)]
    o["owners"] = ["student", "parent", "shipyard", "resident", "elderly"]
    return o


# .......................................................................... bags
def gen_bag(k):
    sub = k.get("sub") or wch([("schoolbag", 22), ("backpack", 20), ("handbag", 18), ("suitcase", 10),
                               ("woven", 10), ("waist", 10), ("shopping", 10)])
    spec = {
        "schoolbag": (["书包", "双肩书包", "书包"], ["双肩书包", "书包"], ["JIANGFAN"], ["黑", "蓝", "灰", "粉", "紫"], "student"),
        "backpack": (["双肩包", "背包", "旅行背包"], ["双肩背包", "背包"], ["TUYUE", "JIANGFAN"], ["黑", "灰", "蓝", "绿"], "adult"),
        "handbag": (["包", "手提包", "挎包", "包包", "单肩包"], ["女式手提包", "挎包", "单肩包"], ["KALI", "JINLU"], ["黑", "红", "白", "棕", "粉"], "adult"),
        "suitcase": (["行李箱", "拉杆箱", "箱子"], ["拉杆行李箱", "行李箱"], ["TUYUE"], ["黑", "银", "蓝", "粉", "灰"], "adult"),
        "woven": (["编织袋", "蛇皮袋", "一袋行李"], ["编织袋", "蛇皮袋"], [None], ["白", "蓝", "红"], "adult"),
        "waist": (["腰包", "收钱的腰包", "小腰包"], ["腰包", "腰包"], [None, "JINLU"], ["黑", "棕", "灰"], "adult"),
        "shopping": (["购物袋", "环保袋", "布袋子"], ["环保购物袋", "布袋"], [None], ["绿", "红", "蓝", "白"], "elderly"),
    }[sub]
    o = new("bag", sub, spec[0], spec[1], "一个")
    o["brand"] = pick_brand(k, spec[2])
    o["color"] = k.get("color") or ch(spec[3])
    o["bo"], o["bf"], o["mo"], o["mf"] = 0.8, 0.7, 0.0, 0.0
    pe = person(spec[4])
    o["person"] = pe
    if sub == "schoolbag":
        F(o, "book", [f"里面有高三复习资料，错题本上写着{pe['name']}", f"本子上都写了名字{pe['name']}"],
          [f"内有复习资料若干，作业本署名{pe['name']}", f"本子封面写有'{pe['name']}'"], 0.85, 0.85, pers=True)
        it = ch([("一把折叠伞", "折叠伞一把"), ("一个水杯", "水杯一个"), ("校服外套", "校服一件"), ("一个计算器", "计算器一个"), ("文具盒", "文具盒一个")])
        F(o, "item", f"还有{it[0]}", f"另有{it[1]}", 0.5, 0.7)
        o["places"] = [("school", 3), ("printshop", 2), ("hotel", 2), ("busstation", 2), ("townbus", 2), ("nightmarket", 1), ("crayfish", 1)]
        o["owners"] = ["student", "parent"]
    elif sub == "backpack":
        it = sample([("换洗衣服", "衣物若干"), ("手机充电器", "充电器一个"), ("一个保温杯", "保温杯一个"),
                     ("一本船员培训的书", "船员培训教材一本"), ("几盒药", "药品数盒"), ("一包烟和打火机", "香烟一包、打火机一个")], 2)
        F(o, "items", f"里面有{it[0][0]}和{it[1][0]}", f"内有{it[0][1]}、{it[1][1]}", 0.75, 0.8)
        if p(0.5):
            F(o, "tag", [f"包上挂着行李牌写着{pe['name']}", f"挂了个名牌"], [f"挂有行李牌，写'{pe['name']}'", f"行李牌姓名{pe['name']}"], 0.5, 0.85, pers=True)
        o["places"] = [("busstation", 3), ("ferryhall", 3), ("ferry", 2), ("townbus", 2), ("hotel", 1), ("hospital", 1), ("supermarket", 1), ("park", 1)]
        o["owners"] = ["buspax", "ferrypax", "shipyard", "resident", "parent"]
    elif sub == "handbag":
        it = sample([("化妆包", "化妆品若干"), ("一串钥匙", "钥匙一串"), ("纸巾", "纸巾"), ("一把折叠伞", "折叠伞一把"),
                     (f"病历本，名字{pe['name']}", f"病历本一本（{pe['name']}）"), ("一个眼镜盒", "眼镜盒一个")], 2)
        F(o, "items", f"里面有{it[0][0]}、{it[1][0]}", f"内有{it[0][1]}、{it[1][1]}", 0.75, 0.8, pers=("病历" in it[0][0] + it[1][0]))
        w = ch([("肩带有点开线", "肩带开线"), ("拉链上挂着个毛球", "拉链挂有毛球"), ("包角磨破了", "包角磨损"), ("有个金属扣", "金属锁扣")])
        F(o, "wear", w[0], w[1], 0.45, 0.6)
        o["places"] = [("hospital", 2), ("supermarket", 2), ("oldstreet", 2), ("nightmarket", 1), ("crayfish", 2), ("square", 1), ("bank", 1), ("hotel", 1)]
    elif sub == "suitcase":
        sz = ch([20, 24, 26, 28])
        F(o, "size", [f"{sz}寸的", f"{sz}寸"], [f"{sz}寸", f"约{sz}寸"], 0.6, 0.6)
        it = ch([("衣服和一双皮鞋", "衣物及皮鞋一双"), ("给孩子带的土特产", "腊鱼腊肉等食品"), ("被子和床单", "被褥")])
        F(o, "items", f"里面是{it[0]}", f"内有{it[1]}", 0.7, 0.7)
        w = ch([("有个轮子坏了", "一个轮子损坏"), ("拉杆上缠了根红布条", "拉杆系红布条"), ("贴着托运标签", "贴有托运标签"), ("箱子上有划痕", "箱体有划痕")])
        F(o, "mark", w[0], w[1], 0.6, 0.75)
        F(o, "lockcode", ["密码锁，密码我知道", "有密码锁"], ["带密码锁（未打开）", "密码锁锁闭"], 0.3, 0.6)
        o["places"] = [("ferryhall", 3), ("ferry", 2), ("busstation", 3), ("townbus", 2), ("hotel", 1)]
        o["owners"] = ["ferrypax", "buspax", "shipyard", "parent"]
    elif sub == "woven":
        it = ch([("被子和工作服", "被子一床、工作服数件"), ("劳保鞋和安全帽", "劳保鞋一双、安全帽一顶"), ("几件衣服和一床凉席", "衣物、凉席"), ("腊鱼和咸菜", "腊鱼、咸菜等")])
        F(o, "items", f"里面装的{it[0]}", f"内装{it[1]}", 0.85, 0.85)
        F(o, "tie", ["口子用红绳扎着", "用绳子扎的口"], ["袋口用红绳扎紧", "袋口扎绳"], 0.4, 0.6)
        if p(0.5):
            F(o, "written", [f"袋子上用记号笔写了'{pe['name'][0]}'字", "袋子上写了字"], [f"袋身用记号笔写有'{pe['name'][0]}'字", "袋身有手写字"], 0.5, 0.7)
        o["places"] = [("ferryhall", 2), ("ferry", 2), ("busstation", 2), ("townbus", 3), ("dorm", 2), ("market", 1)]
        o["owners"] = ["shipyard", "ferrypax", "buspax", "elderly"]
    elif sub == "waist":
        a = rint(150, 900)
        F(o, "cash", [f"里面有零钱{amount_owner(a)}", f"收的零钱有{amount_owner(a)}"], [f"内有零钱{a}元", f"现金{a}元（多为零钞）"], 0.8, 0.85)
        st = ch(STALLS)
        F(o, "qr", [f"还有一块收款码牌子，写着'{pe['name'][0]}记{st}'", "有个收款码的牌子"], [f"内有收款码牌一块，印'{pe['name'][0]}记{st}'", "内有收款二维码牌"], 0.6, 0.8, pers=True)
        o["places"] = [("nightmarket", 4), ("crayfish", 2), ("market", 3)]
        o["owners"] = ["stallkeeper"]
    else:
        it = ch([("刚买的菜和一块肉", "蔬菜、猪肉"), ("两瓶酱油和一袋米", "酱油两瓶、大米一袋"), ("给孙子买的牛奶", "牛奶一箱"), ("药和一些水果", "药品、水果")])
        F(o, "items", f"里面有{it[0]}", f"内有{it[1]}", 0.85, 0.85)
        F(o, "print", ["袋子上印着'惠万家'", "超市送的袋子"], ["袋身印'惠万家超市'字样", "惠万家环保袋"], 0.5, 0.7)
        o["places"] = [("supermarket", 3), ("market", 3), ("townbus", 2), ("park", 1), ("oldstreet", 1)]
        o["owners"] = ["elderly", "resident"]
    o["hidden"] = ["包是去年买的", "里面东西不值钱但对我很重要", "急着用", "里面的资料很重要"]
    if o["places"] is None:
        o["places"] = ALL_NEAR
    return o


# .......................................................................... cash
def gen_cash(k):
    sub = k.get("sub") or wch([("envelope", 30), ("redpacket", 25), ("plastic", 20), ("roll", 15), ("clothbag", 10)])
    o = new("cash", sub, ["现金", "钱"], ["现金"], "")
    o["bo"] = o["bf"] = 0.0
    pe = person(ch(["adult", "elderly"]))
    o["person"] = pe
    if sub == "envelope":
        c = k.get("color") or ch(["棕", "白"])
        a = rint(20, 80) * 100
        txt = ch(["住院押金", f"给{pe['name'][0]}师傅的工钱", "6月工资", "学费", "还账的钱"])
        env = "牛皮纸信封" if c == "棕" else "白信封"
        o["no"] = [f"一个{env}装的现金", "一信封现金", "信封里的钱"]
        o["nf"] = [f"{env}一个（内装现金）", "装有现金的信封"]
        o["cnt"] = ""
        F(o, "write", [f"信封上写着'{txt}'", f"封皮上写了{txt}几个字"], [f"信封上手写'{txt}'", f"信封正面写有'{txt}'"], 0.65, 0.85)
        den = "都是一百的"
    elif sub == "redpacket":
        c = "红"
        a = rint(2, 20) * 100
        txt = ch(["金榜题名", "学业有成", "旗开得胜", "前程似锦", "恭喜发财"])
        o["no"] = ["红包", "一个红包", "考试红包"]
        o["nf"] = ["红包一个", "红包（内装现金）"]
        F(o, "write", [f"红包上印着'{txt}'", f"是'{txt}'的红包"], [f"红包印有'{txt}'字样", f"红包正面印'{txt}'"], 0.7, 0.85)
        if p(0.5):
            F(o, "from", [f"背面写着'{ch(['外婆', '舅舅', '姑姑', '爷爷'])}给'", "背面写了是谁给的"],
              ["红包背面有手写字", "背面写有'给'等字"], 0.4, 0.5)
        den = ch(["都是一百的新票", "有一百的有五十的"])
    elif sub == "plastic":
        c = k.get("color") or ch(["黑", "红", "白"])
        a = rint(8, 60) * 100 + ch([0, 50, 20, 70])
        o["no"] = ["一塑料袋钱", "塑料袋装的现金", "钱"]
        o["nf"] = [f"{cw(c)}塑料袋一个（内有现金）", "装有现金的塑料袋"]
        F(o, "bag", [f"用{cw(c)}塑料袋装着", f"{cw(c)}方便袋包着"], [f"{cw(c)}塑料袋包裹", f"装于{cw(c)}塑料袋"], 0.85, 0.9)
        den = ch(["有一百的、五十的、二十的，还有零钱", "大部分是零票"])
    elif sub == "roll":
        c = k.get("color") or ch(["黄", "黑", "红"])
        a = rint(3, 20) * 100 + ch([0, 50])
        o["no"] = ["一卷钱", "一沓现金", "钱"]
        o["nf"] = ["现金一卷", "成卷现金"]
        F(o, "band", [f"用{cw(c)}橡皮筋扎着", "橡皮筋捆着"], [f"以{cw(c)}橡皮筋捆扎", "用橡皮筋扎成一卷"], 0.8, 0.9)
        den = ch(["一百和五十的", "都是一百的"])
    else:
        c = k.get("color") or ch(["蓝", "红", "绿"])
        a = rint(10, 50) * 100
        o["no"] = ["一个小布袋装的钱", "布袋子里的现金", "现金"]
        o["nf"] = [f"{cw(c)}小布袋一个", "布袋一个（内有现金）"]
        F(o, "bag", [f"装在一个{cw(c)}小布袋里，有拉链", f"{cw(c)}布袋子装着"], [f"{cw(c)}拉链小布袋", f"{cw(c)}布袋"], 0.85, 0.95)
        FA(o, "extra", [("袋子里还有一张存折", "袋内另有存折一本"), ("还有个老花镜", "袋内另有老花镜一副")], 0.4, 0.6)
        den = "都是一百的"
    o["color"] = c
    o["amount"] = a
    F(o, "amount", [f"一共{a}元", f"{a}块钱", f"总共{amount_owner(a)}"], [f"现金{a}元", f"经清点共{a}元", f"人民币{a}元"], 0.9, 0.9)
    F(o, "den", [den], [den.replace("都是一百的", "均为百元面额").replace("一百", "百元").replace("五十", "50元")], 0.4, 0.4)
    o["hidden"] = ["是给老人看病的钱", "是一个月的工钱", "是家里凑的钱", "急用"]
    o["places"] = {
        "envelope": [("hospital", 4), ("bank", 3), ("gov", 1), ("market", 1), ("shipyard", 1)],
        "redpacket": [("school", 2), ("hotel", 2), ("crayfish", 2), ("supermarket", 1), ("oldstreet", 1)],
        "plastic": [("market", 3), ("nightmarket", 2), ("crayfish", 2), ("busstation", 1)],
        "roll": [("ferryhall", 2), ("townbus", 2), ("dorm", 2), ("market", 2)],
        "clothbag": [("hospital", 3), ("market", 2), ("townbus", 2), ("bank", 2)],
    }[sub]
    o["owners"] = {"envelope": ["hospfamily", "elderly", "shipyard", "resident"], "redpacket": ["student", "parent"],
                   "plastic": ["stallkeeper", "elderly", "resident"], "roll": ["shipyard", "buspax", "elderly", "ferrypax"],
                   "clothbag": ["elderly", "hospfamily"]}[sub]
    return o


# .......................................................................... jewelry
def gen_jewelry(k):
    sub = k.get("sub") or wch([("bangle", 18), ("necklace", 18), ("jade", 12), ("redstring", 14), ("ring", 14),
                               ("earring", 8), ("beads", 8), ("watch", 8)])
    o = new("jewelry", sub, [], [], "一只")
    o["bo"], o["bf"], o["mo"], o["mf"] = 0.7, 0.45, 0.3, 0.2
    if sub == "bangle":
        o["no"], o["nf"] = ["金手镯", "金镯子", "手镯"], ["黄金手镯", "金色手镯"]
        o["brand"] = pick_brand(k, ["JINLIUHE", "HENGFU"])
        o["color"] = "金"
        g = rint(15, 45)
        o["hidden"] = [f"有{g}克左右", f"花了{g * 5}00多买的", "是我妈留给我的", "戴了十几年了"]
        pat = ch(["刻着福字", "是光面的", "上面是龙凤花纹", "刻着回纹"])
        F(o, "pattern", pat, pat.replace("刻着", "刻有").replace("是光面的", "光面").replace("上面是", ""), 0.7, 0.8)
        F(o, "stamp", ["内圈有'足金'的印子", "里面打了足金999"], ["内圈印有'足金999'", "内侧有'足金'字样"], 0.4, 0.7)
        o["places"] = [("hospital", 3), ("market", 2), ("supermarket", 2), ("square", 2), ("park", 2), ("oldstreet", 1)]
        o["owners"] = ["elderly", "resident", "hospfamily"]
    elif sub == "necklace":
        o["no"], o["nf"] = ["金项链", "项链", "金链子"], ["金色项链", "项链"]
        o["cnt"] = "一条"
        o["brand"] = pick_brand(k, ["JINLIUHE", "HENGFU"])
        o["color"] = k.get("color") or ch(["金", "金", "银"])
        if o["color"] == "银":
            o["no"], o["nf"] = ["银项链", "项链", "链子"], ["银色项链", "项链"]
        pend = ch([("一个观音吊坠", "观音吊坠"), ("一个平安扣吊坠", "平安扣吊坠"), ("一个生肖兔的吊坠", "兔形吊坠"),
                   ("一个字母L的吊坠", "字母'L'吊坠"), ("一颗小珍珠", "珍珠吊坠")])
        F(o, "pendant", f"带着{pend[0]}", f"带{pend[1]}", 0.85, 0.85)
        FA(o, "clasp", [("扣子有点松", "链扣松动"), ("链子断了一截", "链子断开")], 0.4, 0.6)
        o["hidden"] = [f"大概{rint(5, 20)}克", "结婚时买的", "老公送的"]
        o["places"] = [("square", 2), ("park", 2), ("crayfish", 2), ("nightmarket", 2), ("hotel", 1), ("levee", 1)]
    elif sub == "jade":
        o["no"], o["nf"] = ["玉镯子", "玉手镯", "镯子"], ["玉镯", "手镯（玉质）"]
        o["color"] = k.get("color") or ch(["绿", "白"])
        o["brand"] = None
        FA(o, "float", [(f"有{cw(o['color'])}的飘花", "镯体有飘花"), ("里面有一条棉絮", "内有棉絮纹")], 0.6, 0.6)
        F(o, "crack", ["有一道小裂纹", "摔过一次有条细纹"], ["有细小裂纹", "镯体有一条细纹"], 0.45, 0.5)
        o["hidden"] = ["是婆婆给的", "家里传下来的", "值几千块"]
        o["places"] = [("hospital", 3), ("market", 2), ("park", 2), ("square", 1)]
        o["owners"] = ["elderly", "hospfamily", "resident"]
    elif sub == "redstring":
        o["no"], o["nf"] = ["红绳手链", "红绳", "转运珠手链", "红绳平安扣"], ["红绳手链", "红绳"]
        o["cnt"] = "一根"
        o["color"] = "红"
        o["brand"] = pick_brand(k, ["JINLIUHE", "HENGFU", None])
        bead = ch([("一颗金转运珠", "金色转运珠一颗"), ("一个小玉平安扣", "玉质平安扣"), ("一个小金鱼", "小金鱼吊坠"),
                   ("三颗金珠子", "金色珠子三颗")])
        F(o, "bead", f"上面串着{bead[0]}", f"串有{bead[1]}", 0.85, 0.85)
        FA(o, "knot", [("绳结是我自己编的", "手工编织绳结"), ("尾巴上打了个死结", "绳尾打结")], 0.3, 0.5)
        o["hidden"] = ["是考前外婆给孩子求的", "孩子戴着考试保平安的", "专门为高考买的"]
        o["places"] = [("school", 3), ("hotel", 2), ("printshop", 1), ("park", 1), ("crayfish", 1)]
        o["owners"] = ["student", "parent"]
    elif sub == "ring":
        o["no"], o["nf"] = ["金戒指", "戒指", "婚戒"], ["金色戒指", "戒指"]
        o["cnt"] = "一枚"
        o["brand"] = pick_brand(k, ["JINLIUHE", "HENGFU"])
        o["color"] = k.get("color") or ch(["金", "金", "银"])
        if o["color"] == "银":
            o["no"], o["nf"] = ["银戒指", "戒指", "对戒"], ["银色戒指", "戒指"]
        eng = ch(["LOVE", "ZH&LM", "2008.10.1", "永结同心", "WX"])
        F(o, "engrave", [f"内圈刻着'{eng}'", f"里面刻了{eng}"], [f"内圈刻有'{eng}'", f"戒圈内侧刻'{eng}'"], 0.75, 0.7)
        F(o, "size", ["圈口比较大", "16号圈口"], ["戒圈较大", "圈口约16号"], 0.3, 0.3)
        o["hidden"] = ["洗手的时候摘下来的", "结婚戒指，意义很大"]
        o["places"] = [("crayfish", 3), ("nightmarket", 2), ("supermarket", 1), ("hospital", 2), ("hotel", 1), ("ferryhall", 1)]
    elif sub == "earring":
        o["no"], o["nf"] = ["耳环", "一只耳环", "耳坠"], ["耳环（单只）", "耳坠一只"]
        o["brand"] = pick_brand(k, ["JINLIUHE", "HENGFU", None])
        o["color"] = k.get("color") or ch(["金", "银"])
        sh = ch([("圆圈形的", "圆环形"), ("水滴形的", "水滴形"), ("带个小珍珠", "带珍珠")])
        F(o, "shape", sh[0], sh[1], 0.85, 0.85)
        F(o, "single", ["只丢了一只，左耳的", "另一只还在"], ["仅一只", "单只"], 0.5, 0.8)
        o["hidden"] = ["另一只还在我这，可以比对"]
        o["places"] = [("square", 2), ("nightmarket", 2), ("oldstreet", 2), ("crayfish", 1), ("hotel", 1)]
    elif sub == "beads":
        o["no"], o["nf"] = ["手串", "佛珠手串", "珠子手链"], ["手串", "珠串手链"]
        o["cnt"] = "一串"
        mat = ch([("檀木", "棕"), ("黑曜石", "黑"), ("红玛瑙", "红"), ("菩提", "白")])
        o["color"] = k.get("color") or mat[1]
        o["brand"] = None
        n = ch([14, 18, 21, 108])
        F(o, "mat", [f"{mat[0]}的", f"是{mat[0]}珠子"], [f"疑为{mat[0]}", f"{mat[0]}质地"], 0.8, 0.5)
        F(o, "count", [f"{n}颗珠子", f"一共{n}颗"], [f"共{n}颗", f"珠子{n}粒"], 0.5, 0.6)
        FA(o, "tassel", [("尾巴上有个流苏", "带流苏"), ("有颗隔珠是银的", "有银色隔珠")], 0.4, 0.6)
        o["hidden"] = ["寺里开过光的", "戴了好多年"]
        o["places"] = [("ferryhall", 2), ("townbus", 2), ("park", 2), ("dorm", 1), ("hospital", 1)]
    else:
        o["no"], o["nf"] = ["手表", "机械表", "表"], ["手表", "男式手表", "腕表"]
        o["cnt"] = "一块"
        o["brand"] = pick_brand(k, ["JIANGOU"])
        o["model"] = pick_model(k, o["brand"]) if o["brand"] else None
        o["color"] = k.get("color") or ch(["金", "银", "黑"])
        band = ch([("钢带", "钢表带"), ("皮表带", "皮质表带"), ("黑色皮带", "黑色皮表带")])
        F(o, "band", f"{band[0]}的", band[1], 0.7, 0.85)
        fc_ = ch(["白", "黑", "蓝"])
        FA(o, "face", [([f"表盘是{cw(fc_)}的", f"{cw(fc_)}表盘，有日历"], [f"{cw(fc_)}表盘", f"表盘{cw(fc_)}，带日历"]), ("表盘玻璃有道划痕", "表盘有划痕")], 0.5, 0.7)
        F(o, "back", [f"后盖刻着'{ch(['退休纪念', '江洲船厂三十年', '生日快乐'])}'", "后盖刻了字"], ["后盖刻有文字", "表背有刻字"], 0.6, 0.7)
        o["hidden"] = ["是退休时厂里发的", "买了三千多", "表走得有点快"]
        o["places"] = [("ferry", 2), ("dorm", 2), ("hospital", 2), ("park", 2), ("crayfish", 1), ("levee", 1)]
        o["owners"] = ["shipyard", "elderly", "ferrypax", "resident"]
    o["person"] = person("adult")
    if o["places"] is None:
        o["places"] = ALL_NEAR
    return o


# .......................................................................... electronics
def gen_electronics(k):
    sub = k.get("sub") or wch([("earbuds", 30), ("watch", 16), ("tablet", 12), ("powerbank", 14), ("learner", 10),
                               ("laptop", 6), ("megaphone", 8), ("radio", 4)])
    pools = {"earbuds": ["SHENGYUE", "HUAXIN", "GUOREN"], "watch": ["GUOREN", "HUAXIN"], "tablet": ["MITUO", "HUAXIN"],
             "powerbank": ["DIANBA", "MITUO"], "learner": ["XUEYOU"], "laptop": ["RONGDING"], "megaphone": ["SHENGYUE"],
             "radio": ["SHENGYUE"]}
    nouns = {"earbuds": (["蓝牙耳机", "耳机", "无线耳机"], ["蓝牙耳机", "无线耳机（含充电仓）"], "一副"),
             "watch": (["智能手表", "手表", "手环"], ["智能手表", "运动手环"], "一块"),
             "tablet": (["平板", "平板电脑", "ipad"], ["平板电脑", "平板"], "一台"),
             "powerbank": (["充电宝", "移动电源"], ["充电宝", "移动电源"], "一个"),
             "learner": (["学习机", "电子词典", "点读机"], ["学习机", "电子学习机"], "一台"),
             "laptop": (["笔记本电脑", "电脑", "笔记本"], ["笔记本电脑"], "一台"),
             "megaphone": (["扩音器", "小蜜蜂喇叭", "喇叭"], ["扩音器", "小喇叭"], "一个"),
             "radio": (["收音机", "小收音机"], ["收音机"], "一台")}[sub]
    o = new("electronics", sub, nouns[0], nouns[1], nouns[2])
    o["brand"] = pick_brand(k, pools[sub])
    ms = EMODELS.get((o["brand"], sub), [])
    o["model"] = pick_model(k, o["brand"], ms)
    o["bo"], o["bf"], o["mo"], o["mf"] = 0.85, 0.75, 0.45, 0.3
    o["color"] = k.get("color") or ch({"earbuds": ["白", "黑", "蓝", "绿"], "watch": ["黑", "粉", "白", "蓝"],
                                        "tablet": ["灰", "银", "蓝"], "powerbank": ["白", "黑", "粉"],
                                        "learner": ["白", "蓝"], "laptop": ["灰", "银"],
                                        "megaphone": ["黑", "红"], "radio": ["黑", "红", "银"]}[sub])
    pre = (o["brand"] or ch(["QT", "HM", "ZK", "BX"]))[:2]
    sn = f"{pre}{rint(20, 24)}{ch('ABCDEFGHJKLMN')}{digits(7)}"
    own, fnd = sn_forms(sn)
    I(o, "sn", own, fnd, 0.2 if sub in ("earbuds", "powerbank", "megaphone", "radio") else 0.35, 0.5, pers=False)
    pe = person("student" if sub == "learner" else "adult")
    o["person"] = pe
    if sub == "earbuds":
        case = ch([(f"套了个{cw(ch(['粉', '绿', '黑', '蓝']))}硅胶保护套", "充电仓有硅胶保护套"), ("充电仓上贴了贴纸", "充电仓贴有贴纸"),
                   ("充电仓有个小挂钩", "仓盒带挂扣"), ("盒子盖子有点松", "充电仓盖松动")])
        F(o, "case", case[0], case[1], 0.7, 0.8)
        FA(o, "pair", [("两只都在盒子里", "仓内耳机齐全"), ("盒子里只剩右耳", "仓内仅右耳一只"), ("盒子里只有左耳", "仓内仅左耳一只")], 0.3, 0.5)
    elif sub == "watch":
        bc = ch(["黑", "粉", "蓝", "白", "橙"])
        F(o, "band", [f"{cw(bc)}表带", f"表带是{cw(bc)}硅胶的"], [f"{cw(bc)}硅胶表带", f"表带{cw(bc)}"], 0.75, 0.85)
        FA(o, "face", [("表盘是一只猫", "表盘为猫咪图案"), ("表盘是步数那个页面", "屏幕显示步数"), ("屏幕有划痕", "表盘有划痕")], 0.35, 0.45)
    elif sub == "tablet":
        tc_ = ch(["蓝", "粉", "黑"])
        FA(o, "cover", [(f"带{cw(tc_)}保护套", [f"带{cw(tc_)}保护套", f"{cw(tc_)}皮套"]), ("有个键盘保护套", "有键盘保护套")], 0.75, 0.85)
        F(o, "sticker", [f"背面贴了名字贴'{pe['name']}'", "背面贴了贴纸"], [f"背面贴有姓名贴'{pe['name']}'", "背面有贴纸"], 0.5, 0.7, pers=True)
    elif sub == "powerbank":
        cap = ch(["10000", "20000"])
        F(o, "cap", [f"{cap}毫安的", f"{cap}mAh"], [f"标称{cap}mAh", f"容量{cap}毫安"], 0.5, 0.7)
        FA(o, "cable", [("上面缠着一根数据线", "缠有数据线一根"), ("自带挂绳和线", "带挂绳、自带线")], 0.5, 0.7)
    elif sub == "learner":
        F(o, "sticker", [f"背面贴了名字{pe['name']}", "贴了姓名贴"], [f"背面姓名贴'{pe['name']}'", "背面有姓名贴"], 0.7, 0.8, pers=True)
        FA(o, "cover", [("有个蓝色套子", "带蓝色保护套"), ("屏幕上贴了膜", "屏幕贴膜")], 0.4, 0.6)
    elif sub == "laptop":
        lc_ = ch(["黑", "灰"])
        FA(o, "bag", [(f"装在{cw(lc_)}电脑包里", f"装于{cw(lc_)}电脑包内"), ("没有包，就一台电脑", "无电脑包")], 0.6, 0.8)
        FA(o, "sticker", [("盖子上贴了几张贴纸", "顶盖贴有贴纸"), ("键盘有个键掉了", "键盘缺一键")], 0.5, 0.7)
    elif sub == "megaphone":
        st = ch(STALLS)
        msg = f"{st}{ch(['五块一碗', '十块三份', '好吃不贵', '欢迎品尝'])}"
        F(o, "msg", [f"里面录的是'{msg}'", "录了叫卖的声音"], [f"打开后播放'{msg}'", "内有录音（叫卖）"], 0.75, 0.75)
        FA(o, "strap", [("挂带断了用线缝过", "挂带有缝补"), ("挂带是红色的", "红色挂带")], 0.4, 0.6)
        o["owners"] = ["stallkeeper"]
    else:
        FA(o, "antenna", [("天线断了一截", "天线折断"), ("外壳用胶布粘过", "外壳有胶布粘补")], 0.6, 0.7)
        FA(o, "station", [("一直调在戏曲台", "开机为戏曲节目"), ("插着一张内存卡，里面是评书", "插有内存卡，播放评书")], 0.5, 0.5)
        o["owners"] = ["elderly"]
    o["hidden"] = ["刚买不久", "和手机配对过，手机上能看到最后位置", "是孩子考完试奖励的", "发票还在"]
    o["places"] = {
        "earbuds": [("school", 2), ("ferryhall", 2), ("busstation", 2), ("townbus", 2), ("park", 1), ("levee", 1), ("nightmarket", 1), ("dorm", 1)],
        "watch": [("levee", 2), ("park", 2), ("square", 2), ("school", 1), ("dorm", 1)],
        "tablet": [("hotel", 2), ("ferryhall", 2), ("busstation", 2), ("hospital", 2), ("school", 1)],
        "powerbank": [("ferryhall", 2), ("busstation", 2), ("hospital", 2), ("school", 1), ("nightmarket", 1)],
        "learner": [("school", 2), ("printshop", 2), ("townbus", 2), ("hotel", 1)],
        "laptop": [("hotel", 2), ("busstation", 2), ("ferryhall", 2)],
        "megaphone": [("nightmarket", 3), ("crayfish", 2), ("market", 2)],
        "radio": [("park", 2), ("levee", 2), ("market", 1), ("hospital", 1)],
    }[sub]
    return o


# .......................................................................... other
def gen_other(k):
    sub = k.get("sub") or wch([("umbrella", 26), ("pencilcase", 14), ("thermos", 12), ("glasses", 12), ("medicine", 8),
                               ("raincoat", 8), ("helmet", 10), ("toolbag", 6), ("cane", 4)])
    pe = person("student" if sub == "pencilcase" else ch(["adult", "elderly"]))
    if sub == "umbrella":
        kind = ch([("长柄伞", "长柄雨伞"), ("折叠伞", "三折伞"), ("自动伞", "自动折叠伞")])
        o = new("other", sub, [kind[0], "雨伞", "伞"], [kind[1], "雨伞"], "一把")
        o["brand"] = pick_brand(k, ["TIANQING", None])
        o["color"] = k.get("color") or ch(["黑", "蓝", "红", "透明", "粉", "绿"])
        F(o, "kind", kind[0], kind[1], 0.5, 0.5)
        m = ch([("伞柄缠着胶布", "伞柄缠有胶布"), ("伞面印着'惠万家'广告", "伞面印'惠万家'字样"), ("断了一根伞骨", "伞骨折断一根"),
                ("伞柄是木头的", "木质伞柄"), ("伞面上有小碎花", "碎花伞面"), ("伞套上写着名字", "伞套有手写姓名")])
        F(o, "mark", m[0], m[1], 0.65, 0.75)
        o["places"] = ALL_NEAR
    elif sub == "pencilcase":
        o = new("other", sub, ["透明文具袋", "笔袋", "考试用的文具袋"], ["透明文具袋", "透明笔袋"], "一个")
        o["color"] = "透明"
        F(o, "pens", ["里面有2B铅笔、橡皮、黑色签字笔和尺子", "几支笔和一块橡皮"], ["内有2B铅笔、签字笔、橡皮、直尺", "内有文具若干"], 0.7, 0.8)
        F(o, "name", [f"袋子上贴着名字贴'{pe['name']}'", f"写了孩子名字{pe['name']}"], [f"贴有姓名贴'{pe['name']}'", f"袋上写有'{pe['name']}'"], 0.6, 0.8, pers=True)
        F(o, "extra", [ch(["还有一个圆规", "还有一块手表（不带智能的）", "还有一张准考证复印件"])], ["另有圆规等", "另有其他物品"], 0.3, 0.4)
        o["places"] = [("school", 4), ("printshop", 2), ("hotel", 2)]
        o["owners"] = ["parent", "student"]
    elif sub == "thermos":
        o = new("other", sub, ["保温杯", "水杯", "杯子"], ["保温杯", "水杯"], "一个")
        o["brand"] = pick_brand(k, ["NUANLE", None])
        o["color"] = k.get("color") or ch(["黑", "白", "粉", "蓝", "绿", "银"])
        m = ch([("杯身刻着名字", "杯身刻字"), ("杯盖上有道裂", "杯盖有裂纹"), ("贴了个小熊贴纸", "贴有小熊贴纸"), ("杯子底部掉漆了", "底部掉漆")])
        F(o, "mark", m[0], m[1], 0.65, 0.75)
        FA(o, "inside", [("里面泡着枸杞", "杯内有枸杞茶"), ("里面是绿豆汤", "杯内有绿豆汤")], 0.4, 0.5)
        o["places"] = [("school", 3), ("hospital", 2), ("ferryhall", 2), ("park", 1), ("busstation", 1)]
    elif sub == "glasses":
        o = new("other", sub, ["眼镜", "近视眼镜", "老花镜"], ["眼镜", "眼镜（带盒）"], "一副")
        o["color"] = k.get("color") or ch(["黑", "金", "银", "棕"])
        FA(o, "frame", [([f"{cw(o['color'])}镜框", f"{cw(o['color'])}全框"], [f"{cw(o['color'])}镜框", f"{cw(o['color'])}全框眼镜"]), ([f"{cw(o['color'])}半框的", "半框的"], [f"{cw(o['color'])}半框眼镜", "半框眼镜"])], 0.6, 0.8)
        F(o, "case", ["装在'明视眼镜店'的眼镜盒里", "眼镜盒是明视眼镜的"], ["眼镜盒印'明视眼镜'", "明视眼镜盒"], 0.6, 0.8)
        FA(o, "deg", [("度数很高，六百多度", "镜片较厚"), ("右边镜片有划痕", "右镜片有划痕")], 0.4, 0.5)
        o["places"] = [("hospital", 3), ("bank", 1), ("park", 2), ("townbus", 2), ("ferryhall", 1)]
    elif sub == "medicine":
        o = new("other", sub, ["一袋药", "药", "医院开的药"], ["药品一袋", "药袋"], "一袋")
        o["color"] = k.get("color") or "白"
        F(o, "label", [f"药袋上贴着名字{pe['name']}", "药盒上有医院的标签"], [f"药袋标签姓名{pe['name']}", f"县人民医院药袋（{pe['name']}）"], 0.7, 0.85, pers=True)
        FA(o, "kind", [("有降压药和胰岛素", "内有降压药、胰岛素"), ("几盒消炎药", "消炎药数盒")], 0.6, 0.6)
        o["places"] = [("hospital", 4), ("townbus", 2), ("supermarket", 1), ("busstation", 1)]
        o["owners"] = ["elderly", "hospfamily"]
    elif sub == "raincoat":
        o = new("other", sub, ["雨衣", "雨披", "骑车的雨披"], ["雨衣", "雨披"], "一件")
        o["brand"] = pick_brand(k, ["TIANQING", None])
        o["color"] = k.get("color") or ch(["蓝", "红", "黄", "透明", "黑"])
        FA(o, "kind", [("双帽檐的电动车雨披", "双帽檐雨披"), ("分体的雨衣", "分体式雨衣")], 0.6, 0.7)
        FA(o, "mark", [("袖口破了个洞", "袖口破损"), ("帽子上有反光条", "帽檐带反光条")], 0.5, 0.6)
        o["places"] = [("school", 2), ("nightmarket", 1), ("market", 2), ("dorm", 1), ("supermarket", 1)]
    elif sub == "helmet":
        o = new("other", sub, ["头盔", "电动车头盔", "安全帽"], ["头盔", "电动车头盔"], "一个")
        o["brand"] = pick_brand(k, ["YATU", "LVJU", None])
        o["color"] = k.get("color") or ch(["白", "黑", "粉", "黄", "红"])
        m = ch([("上面有兔耳朵装饰", "头盔有兔耳装饰"), ("贴了'平安'两个字", "贴有'平安'字样"), ("镜片裂了", "镜片破裂"), ("带个小辫子装饰", "带辫子装饰")])
        F(o, "mark", m[0], m[1], 0.75, 0.8)
        o["places"] = [("school", 2), ("nightmarket", 2), ("crayfish", 2), ("supermarket", 1), ("dorm", 1), ("market", 1)]
    elif sub == "toolbag":
        o = new("other", sub, ["工具包", "工具袋", "帆布工具包"], ["工具包", "帆布工具包"], "一个")
        o["color"] = k.get("color") or ch(["灰", "黑", "蓝"])
        FA(o, "tools", [("里面有扳手、卷尺和电笔", "内有扳手、卷尺、电笔等"), ("一套扳手和焊工手套", "内有扳手一套、焊工手套")], 0.8, 0.85)
        gh = digits(4)
        F(o, "num", [f"包上写了工号{gh}", "包上写了工号"], [f"包身写有数字'{gh}'", "包身有手写编号"], 0.5, 0.8, pers=True)
        o["places"] = [("shipyard", 3), ("dorm", 2), ("ferry", 1)]
        o["owners"] = ["shipyard"]
    else:
        o = new("other", sub, ["拐杖", "拐棍", "手杖"], ["拐杖", "手杖"], "一根")
        o["color"] = k.get("color") or ch(["棕", "黑", "银"])
        FA(o, "kind", [("四个脚的那种", "四脚拐杖"), ("铝合金可以伸缩的", "伸缩铝合金手杖"), ("木头的", "木质拐杖")], 0.7, 0.8)
        FA(o, "mark", [("把手上缠着布条", "把手缠有布条"), ("底下的胶垫磨没了", "底部胶垫磨损")], 0.5, 0.6)
        o["places"] = [("hospital", 3), ("park", 2), ("market", 1)]
        o["owners"] = ["elderly", "hospfamily"]
    o["bo"], o["bf"], o["mo"], o["mf"] = 0.6, 0.5, 0.0, 0.0
    o["person"] = pe
    o["hidden"] = ["不值什么钱，但用惯了", "是孩子买的", "急用"]
    if o["places"] is None:
        o["places"] = ALL_NEAR
    return o


def gen_any(cat, k):
    o = GEN[cat](k)
    # the colour of these is the colour of a sleeve, lanyard or key charm: say it there, not on the noun
    if cat == "keys" or (cat == "id_doc" and o["sub"] in ("idcard", "social", "workcard", "holder")):
        o["nocol"] = True
    if cat == "id_doc" and o["sub"] == "holder":
        o["nobrand"] = True     # the brand is the card holder's, not the ID card's
    return o


GEN = {"phone": gen_phone, "id_doc": gen_id, "wallet": gen_wallet, "keys": gen_keys, "ebike": gen_ebike,
       "bicycle": gen_bicycle, "bag": gen_bag, "cash": gen_cash, "jewelry": gen_jewelry,
       "electronics": gen_electronics, "other": gen_other}


# ----------------------------------------------------------------------------- scenarios
TRANSIT = ["busstation", "townbus", "ferryhall", "ferry"]


def loss_dur(o, role):
    if o["cat"] in ("ebike", "bicycle"):
        a, b = wch([((30, 240), 3), ((240, 720), 3), ((720, 2880), 2)])
    elif o["sub"] in ("exam_bag", "pencilcase"):
        a, b = wch([((10, 60), 3), ((60, 180), 1)])
    elif role == "elderly":
        a, b = wch([((20, 180), 2), ((180, 1440), 2), ((1440, 4320), 1)])
    else:
        a, b = wch([((5, 60), 4), ((60, 240), 4), ((240, 720), 2), ((720, 2880), 1)])
    return rint(a, b)


OUTDOOR = ["门口路边", "停车处", "围墙边", "树下", "门口台阶下", "路边绿化带旁"]


def spot_for(o, pl):
    if o["cat"] in ("ebike", "bicycle"):
        return ch(OUTDOOR)
    return ch(P[pl]["spots"])


def lost_scenario(o):
    pl = wch(o["places"])
    roles = [r for r in P[pl]["owners"] if o["owners"] is None or r in o["owners"]]
    if not roles:
        roles = o["owners"] or P[pl]["owners"]
    role = ch(roles)
    if o["sub"] in ("exam_bag", "pencilcase", "redstring"):
        prof = P[pl]["prof"] if P[pl]["prof"] in ("exam", "examweek") else "morning"
        t0 = pick_time(prof, EXAM_DAYS)
    else:
        t0 = pick_time(P[pl]["prof"])
    dur = loss_dur(o, role)
    t1 = t0 + dur
    if t1 > NOW - 30:
        t1 = NOW - 30 - rint(0, 300)
        t0 = t1 - dur
    ta = rint(t0, t1)
    return dict(pl=pl, role=role, t0=t0, t1=t1, ta=ta, spot=spot_for(o, pl),
                route=ch(ROUTES), town=ch(TOWNS), dept=ch(DEPTS), stall=ch(STALLS))


def found_delay(o):
    if o["sub"] in ("exam_bag", "pencilcase", "redstring"):
        a, b = wch([((5, 60), 4), ((60, 300), 1)])
    elif o["cat"] in ("ebike", "bicycle"):
        a, b = wch([((60, 600), 2), ((600, 2880), 3), ((2880, 7200), 2)])
    else:
        a, b = wch([((5, 90), 5), ((90, 600), 3), ((600, 2880), 2), ((2880, 5760), 1)])
    return rint(a, b)


def clamp_found(tf, lo):
    hi = NOW - 3
    if tf > hi:
        tf = rint(min(lo, hi), hi)
    return max(tf, lo) if lo <= hi else hi


OFFICE_FINDERS = ["superstaff", "bankguard", "govstaff", "hotelstaff", "shopkeeper", "examstaff", "schoolguard", "nurse",
                  "stationstaff", "conductor", "ferrystaff", "gasstaff", "shipguard"]


def office_hours(tf, finder):
    """an office-type finder hands things in during working hours"""
    if finder not in OFFICE_FINDERS:
        return tf
    h = (tf % 1440) // 60
    if 7 <= h < 21:
        return tf
    nxt = (tf // 1440 + (1 if h >= 21 else 0)) * 1440 + 7 * 60 + rint(20, 150)
    return nxt if nxt <= NOW - 3 else tf


def time_in(pl, lo, hi):
    """a moment in [lo, hi] that fits the place's hours, if there is one"""
    lo, hi = int(lo), int(hi)
    if hi <= lo:
        return lo
    spans = PROF[P[pl]["prof"]]
    for _ in range(60):
        d = rint(lo // 1440, hi // 1440)
        a, b = wch(spans)
        t = d * 1440 + rint(a, b)
        if lo <= t <= hi:
            return t
    return rint(lo, hi)


def found_scenario(o, sc):
    pl = sc["pl"]
    r = R.random()
    finder = None
    if o["cat"] in ("ebike", "bicycle"):
        fpl = pl if r < 0.45 else ch(neighbours(pl, 1.5))
        finder = ch(["patrol", "patrol", "sanitation", "passerby"])
    elif pl in TRANSIT and r < 0.3:
        fpl = ch(["townbus", "ferry"]) if pl in ("ferry", "ferryhall") else "townbus"
        finder = "conductor" if fpl == "townbus" else "ferrystaff"
    elif r < 0.55:
        fpl = pl
    elif r < 0.9:
        fpl = ch(neighbours(pl))
    else:
        fpl = ch(neighbours(pl, 1.6))
        finder = "taxidriver"
    if finder is None:
        finder = ch(P[fpl]["finders"])
    tf = clamp_found(sc["ta"] + found_delay(o), sc["ta"] + 1)
    tf = office_hours(tf, finder)
    if finder == "examstaff" and exam_phase(tf) != "during":
        finder = "schoolguard"
    return dict(pl=fpl, finder=finder, tf=tf, long=(tf - sc["ta"] > 1440), spot=spot_for(o, fpl), route=ch(ROUTES))


# ----------------------------------------------------------------------------- voices
TYPO = [("身份证", "身分证"), ("蓝色", "兰色"), ("候船厅", "侯船厅"), ("钥匙", "钥是"), ("已经", "以经"),
        ("坐", "做"), ("挎包", "跨包"), ("准考证", "准考正"), ("充电宝", "冲电宝"), ("手镯", "手卓"),
        ("联系", "连系"), ("钱包", "钱抱"), ("电动车", "电动扯"), ("在", "再"), ("麻烦", "麻繁"),
        ("耳机", "耳几"), ("项链", "项连"), ("眼镜", "眼睛"), ("雨伞", "雨散"), ("不见了", "不件了")]


def typo(s):
    cands = [(a, b) for a, b in TYPO if a in s]
    if not cands:
        return s
    a, b = ch(cands)
    return s.replace(a, b, 1)


def noun_phrase(o, side, kb, col_c, role=None):
    """kb: the brand spelling this person would use, or ''."""
    nouns = o["no"] if side == "o" else o["nf"]
    if role == "student":
        nouns = [x for x in nouns if not any(w in x for w in KIN)] or nouns
    if o["cat"] == "cash":
        return ch(nouns)
    n = ch(nouns)
    if o.get("nobrand"):
        kb = ""
    col = cw(col_c) if col_c and p(0.8) and not o.get("nocol") else ""
    if col and (col in n or col.rstrip("色的") in n or col_c in n or (col_c == "透明" and "袋" not in n)):
        col = ""
    br = kb if kb and p(0.8) else ""
    mp = o["mo"] if side == "o" else o["mf"]
    md = ch(o["model"]) if (o["model"] and br and p(mp)) else ""
    if br and md:
        if md.startswith(BR[o["brand"]]["zh"]) and br != BR[o["brand"]]["zh"]:
            md = md[len(BR[o["brand"]]["zh"]):] or md
        if md.startswith(br):
            br = ""
        elif br.isascii() or md[0].isascii() and br[-1].isascii():
            br = br + " "
    if md and n in md:
        n = ""
    cnt = o["cnt"] if not n.startswith("一") else ""
    if side == "o":
        r = R.random()
        if r < 0.5:
            return f"{cnt if cnt and p(0.5) else ''}{col}{'的' if col and p(0.3) else ''}{br}{md}{n}"
        if r < 0.75 and col:
            return f"{br}{md}{n}（{col}）"
        return f"{cnt}{col}{br}{md}{n}"
    r = R.random()
    if r < 0.6:
        return f"{col}{br}{md}{n}{cnt}"
    return f"{cnt}{col}{br}{md}{n}"


def pick_feats(o, side, force, role=None):
    out = []
    for f in o["feats"]:
        txts = f["o"] if side == "o" else f["f"]
        if role == "student":
            # a student speaks for himself, not of "my daughter"
            txts = [t for t in txts if not any(w in t for w in KIN)] or txts
        if not txts:
            continue
        pr = f["po"] if side == "o" else f["pf"]
        if f["slot"] in force or p(pr):
            out.append((f["slot"], ch(txts)))
    return out


def pick_ids(o, side, force):
    out = []
    for d in o["ids"]:
        pr = d["po"] if side == "o" else d["pf"]
        if d["slot"] in force or p(pr):
            t, v = ch(d["o"] if side == "o" else d["f"])
            out.append((t, v, d["slot"]))
    return out


def owner_opening(o, sc, nphr):
    role, pl = sc["role"], sc["pl"]
    W = win_txt(sc["t0"], sc["t1"])
    Pn = pname(pl)
    S = sc["spot"]
    N = nphr
    if sc["t1"] - sc["t0"] > 360 and o["cat"] not in ("ebike", "bicycle") and p(0.8):
        a, b = sc["t0"], sc["t1"]
        return ch([f"{day_txt(a)}{clock_txt(a, 1)}最后一次见到{N}，{day_txt(b)}{clock_txt(b, 1)}才发现不见了，可能丢在{Pn}。",
                   f"{day_txt(a)}{clock_txt(a, 1)}到{day_txt(b)}{clock_txt(b, 1)}之间{N}丢了，估计是在{Pn}。",
                   f"{N}不记得具体什么时候丢的，{day_txt(a)}{clock_txt(a, 1)}还在，{day_txt(b)}{clock_txt(b, 1)}就找不到了，去过{Pn}。"])
    if o["cat"] in ("ebike", "bicycle"):
        a, b = sc["t0"], sc["t1"]
        return ch([f"{day_txt(a)}{clock_txt(a, 1)}把{N}停在{Pn}{S}，{day_txt(b)}{clock_txt(b, 1)}回来车就不见了。",
                   f"{win_txt(a, b)}，停在{Pn}的{N}被人骑走了。",
                   f"{N}停在{Pn}{S}，{win_txt(a, b)}丢的。"])
    ph = exam_phase(sc["t0"])
    if role == "parent":
        if pl == "school" and ph == "during":
            return ch([f"我是考生家长，{W}送孩子到{Pn}考试，在{S}等的时候把{N}弄丢了。",
                       f"孩子今年高考，{W}我在{Pn}外面陪考，{N}不见了。",
                       f"陪考家长。{W}在{Pn}，人多又下着雨，{N}不知道掉哪了。",
                       f"{W}在{Pn}附近丢失{N}，本人是送考家长。"])
        if pl == "hotel":
            return ch([f"陪孩子考试住在{Pn}，{W}{N}不见了。", f"{W}在{Pn}大堂办入住，{N}丢了。我是考生家长。"])
        if pl == "printshop":
            return ch([f"{W}在{Pn}给孩子复印材料，{N}落下了。", f"{W}去{Pn}打印东西，出来发现{N}没了。"])
        if ph == "after":
            return ch([f"孩子考完试，{W}带孩子去{Pn}，{N}丢了。", f"{W}在{Pn}，{N}不见了。我是考生家长，这几天忙着陪考。"])
        if ph == "before":
            return ch([f"孩子马上高考，{W}去{Pn}办事，{N}丢了。", f"{W}在{Pn}，{N}不见了。"])
        return ch([f"这几天陪孩子高考，{W}抽空去了趟{Pn}，{N}丢了。", f"{W}在{Pn}，{N}不见了。我是考生家长。"])
    if role == "student":
        if pl == "school" and ph == "during":
            return ch([f"我是今年的高考考生，{W}考完{subject(sc['t0'])}从{Pn}出来，发现{N}不见了。",
                       f"高三学生，{W}在{Pn}，{N}丢了。", f"{W}在{Pn}丢了{N}，我是考生。"])
        if ph == "after":
            return ch([f"考完试{W}和同学去{Pn}玩，{N}丢了。", f"{W}在{Pn}，{N}找不到了。我是刚考完的高三学生。",
                       f"{W}坐车经过{Pn}，{N}掉了。"])
        if ph == "before":
            return ch([f"我是高三学生，{W}在{Pn}，{N}丢了，过几天就要高考了。", f"{W}在{Pn}丢了{N}。"])
        return ch([f"我是考生，{W}在{Pn}，{N}丢了。", f"{W}在{Pn}，{N}找不到了，这两天在考试。"])
    if role == "ferrypax":
        return ch([f"{W}在{Pn}等汽渡过江，上船前发现{N}不见了。", f"我从江南岸过来的，{W}坐汽渡，在{Pn}丢了{N}。",
                   f"{W}在{Pn}过江，{N}落下了。"])
    if role == "shipyard":
        return ch([f"本人是江洲船厂{sc['dept']}的，{W}下班后在{Pn}，{N}丢了。", f"船厂上班的，{W}在{Pn}丢了{N}。",
                   f"{W}下夜班路过{Pn}，{N}找不到了。"])
    if role == "elderly":
        if pl in ("supermarket", "market", "oldstreet"):
            return ch([f"{W}我在{Pn}买东西，{N}掉了。", f"老人{W}在{Pn}丢了{N}，家里人帮忙登记。"])
        return ch([f"{W}我去了趟{Pn}，{N}掉了。", f"老人{W}在{Pn}丢了{N}，家里人帮忙登记。",
                   f"{W}在{Pn}，{N}不见了，年纪大了记不清放哪了。"])
    if role == "stallkeeper":
        return ch([f"我在{Pn}摆{sc['stall']}摊，{W}收摊的时候发现{N}不见了。", f"摆摊的，{W}在{Pn}，{N}被人拿了还是掉了不知道。"])
    if role == "hospfamily":
        if pl == "hospital":
            return ch([f"陪家里老人在县医院看病，{W}在{Pn}{S}，{N}丢了。", f"{W}在{Pn}陪护病人，{N}不见了。"])
        return f"这几天陪老人看病，{W}去{Pn}办事，{N}丢了。"
    if role == "diner":
        return ch([f"{W}和朋友在{Pn}吃小龙虾，走的时候{N}忘拿了。", f"{W}在{Pn}吃夜宵，{N}丢了。",
                   f"{W}跟同事在{Pn}喝酒，{N}不见了。"])
    if role == "buspax":
        return ch([f"{W}坐{sc['route']}从{sc['town']}到县城，在{Pn}下车后发现{N}不见了。",
                   f"{W}在{Pn}等车，{N}落在车上或者候车室了。", f"{W}从{sc['town']}坐班车进城，{N}丢在{Pn}附近。"])
    nb = ch(neighbours(pl))
    return ch([f"{W}在{Pn}，{N}丢了。", f"本人{W}在{Pn}{S}附近遗失{N}。",
               f"{W}从{pname(nb)}走到{Pn}，路上{N}丢了。", f"{W}去{Pn}办事，回来发现{N}没了。"])


CLOSE_O = ["有捡到的请联系我，必有重谢！", "麻烦民警同志帮忙留意一下。", "东西对我很重要，谢谢！", "急！", "",
           "", "联系电话已留在登记表上。", "拾到者请交派出所，谢谢。", "好心人捡到请归还，愿意给酬谢。"]


def finder_opening(o, fs, nphr):
    f = fs["finder"]
    T = ft_txt(fs["tf"])
    Pn = pname(fs["pl"])
    S = fs["spot"]
    N = nphr
    sur = ch(SUR)
    if f == "examstaff":
        return ch([f"考点工作人员于{T}在{Pn}{S}拾得{N}，送交派出所。", f"一中考点执勤人员交来{N}，系{T}在{S}发现。"])
    if f == "schoolguard":
        return f"一中门卫交来：{T}在校门口{S}捡到{N}。"
    if f == "sanitation":
        if o["cat"] in ("ebike", "bicycle"):
            return ch([f"环卫工人{sur}师傅{T}在{Pn}{S}发现{N}停放无人看管，报告派出所后拖回。",
                       f"环卫工{T}反映{Pn}{S}有{N}无人认领，已带回所里。"])
        return ch([f"环卫工人{sur}师傅{T}在{Pn}{S}清扫时捡到{N}，送至阳光坐席。", f"环卫工{T}打扫{Pn}时捡到{N}。"])
    if f == "conductor":
        return ch([f"城乡公交{fs['route']}售票员{T}收车检查时在车厢后排发现{N}。",
                   f"{fs['route']}公交司机交来{N}，{T}在车上捡到，乘客下车地点不详。"])
    if f == "stationstaff":
        return ch([f"{Pn}工作人员{T}在{S}发现{N}，无人认领，送所。", f"{Pn}售票员交来{N}，{T}在{S}捡到。"])
    if f == "taxidriver":
        return f"出租车司机{sur}师傅送来{N}，称{T}有乘客在{Pn}下车后遗落在后座。"
    if f == "hospguard":
        return ch([f"{Pn}保安{T}在{S}巡查时拾得{N}。", f"{Pn}保卫科交来{N}，{T}在{S}发现。"])
    if f == "nurse":
        return f"{Pn}住院部护士站交来{N}，{T}在{S}发现。"
    if f == "ferrystaff":
        return ch([f"汽渡工作人员{T}在{Pn}{S}发现{N}，无人认领。", f"渡船船员在{S}捡到{N}，{T}交来。"])
    if f == "stallfinder":
        return ch([f"{Pn}摊主{sur}姐{T}收摊时在摊位桌下发现{N}，送来。", f"{Pn}一摊主捡到{N}，{T}交派出所。"])
    if f == "superstaff":
        return f"{Pn}服务台交来{N}，{T}顾客遗留在{S}。"
    if f == "passerby":
        if o["cat"] in ("ebike", "bicycle"):
            return ch([f"群众{sur}先生{T}反映{Pn}{S}停放{N}，无人认领，民警带回。",
                       f"{sur}女士{T}报称{Pn}{S}有{N}停了很久没人骑，已拖回所里。"])
        return ch([f"群众{sur}先生{T}在{Pn}{S}捡到{N}，交至派出所。", f"路人{T}在{Pn}捡到{N}送来。",
                   f"一名学生{T}在{Pn}捡到{N}，交到所里。", f"{sur}女士{T}在{Pn}{S}拾得{N}。"])
    if f == "patrol":
        if o["cat"] in ("ebike", "bicycle"):
            if fs.get("long"):
                return ch([f"巡逻民警{T}在{Pn}{S}发现{N}，停放多日无人认领，已拖回所里。",
                           f"{T}接群众反映，{Pn}{S}停放{N}多日无人看管，民警带回。"])
            return ch([f"巡逻民警{T}在{Pn}{S}发现{N}，无人看管，带回所里。",
                       f"{T}接群众反映，{Pn}{S}停放{N}无人看管，民警带回。"])
        return f"巡逻民警{T}在{Pn}{S}发现{N}，无人看管，带回所里。"
    if f == "shipguard":
        return f"船厂门卫{T}在{S}捡到{N}。"
    if f == "shipmate":
        return f"船厂职工{sur}某{T}在{Pn}{S}捡到{N}，送到派出所。"
    if f == "hotelstaff":
        return f"{Pn}前台交来：{T}在{S}发现{N}。"
    if f == "shopkeeper":
        return f"{Pn}老板{T}在店里{S}发现{N}，估计是考生家长落下的。"
    if f == "bankguard":
        return f"{Pn}保安{T}在{S}拾得{N}。"
    if f == "govstaff":
        return f"{Pn}工作人员{T}在{S}发现{N}。"
    if f == "gasstaff":
        return f"{Pn}员工{T}在{S}捡到{N}。"
    return f"{T}在{Pn}{S}拾得{N}。"


FINDER_DESC = {"examstaff": "考点工作人员", "schoolguard": "一中门卫", "sanitation": "环卫工人", "conductor": "公交售票员",
               "stationstaff": "车站工作人员", "taxidriver": "出租车司机", "hospguard": "医院保安", "nurse": "护士",
               "ferrystaff": "汽渡工作人员", "stallfinder": "夜市摊主", "superstaff": "超市员工", "passerby": "群众",
               "patrol": "巡逻民警", "shipguard": "船厂门卫", "shipmate": "船厂职工", "hotelstaff": "宾馆前台",
               "shopkeeper": "文印店老板", "bankguard": "银行保安", "govstaff": "政务中心工作人员", "gasstaff": "加油站员工"}
CLOSE_F = ["现暂存阳光坐席，待失主认领。", "等待失主认领。", "", "", "已登记入库。", "请失主携带有效证件认领。"]


def join_feats(xs):
    sep = ch(["，", "；", "，"])
    return sep.join(x.rstrip("。！，") for x in xs)


def sent(xs, sep="，"):
    return sep.join(x.rstrip("。！，；") for x in xs) + "。"


def fit(parts, limit=600):
    s = "".join(parts)
    return s if len(s) <= limit else s[:limit - 1] + "…"


def render_lost(o, sc, force=()):
    rec = {"category": o["cat"]}
    role = sc["role"]
    hurried = (role == "elderly" and p(0.7)) or p(0.06)
    kb = bspell(o["brand"], "o") if o["brand"] and p(o["bo"] if not hurried else 0.4) else ""
    feats = pick_feats(o, "o", force, role)
    ids = pick_ids(o, "o", force)
    fts = [t for _, t in feats]
    if hurried:
        nphr = noun_phrase(o, "o", kb, o["color"], role)
        day = day_txt(sc["t0"], ch([1, 1, 0]))
        line = f"{day}{ch(['在', '', '在'])}{pname(sc['pl'])}丢了{nphr}"
        n = ch([1, 1, 2])
        extra = [t for sl, t in feats if sl in force] + [t for sl, t in feats if sl not in force][:n]
        extra += [x[0] for x in ids if x[2] in force] or [x[0] for x in ids[:1]]
        if extra:
            line += ch([" ", "，", " "]) + " ".join(extra)
        line += ch(["", "", " 急", "，谢谢"])
        rec["body"] = typo(line) if p(0.7) else line
        if p(0.3):
            rec["address"] = addr_txt(sc["pl"])
        if o["color"] and p(0.15):
            rec["color"] = cw(o["color"])
        if p(0.15):
            rec["lat"], rec["lon"] = jitter(sc["pl"], 0.3)
        return rec
    nphr = noun_phrase(o, "o", kb, o["color"], role)
    opening = owner_opening(o, sc, nphr)
    marks_mode = p(0.45) and fts
    body = [opening]
    marks = []
    if marks_mode:
        marks = fts
        if p(0.4):
            body.append(sent([ch(fts)]))
    elif fts:
        body.append(join_feats(fts) + "。")
    serial = None
    if ids:
        if p(0.75):
            serial = ids[0][1]
            if p(0.55):
                body.append(sent([x[0] for x in ids]))
            elif len(ids) > 1:
                body.append(sent([x[0] for x in ids[1:]]))
        else:
            body.append(sent([x[0] for x in ids]))
    hidden = [h for h in o["hidden"] if not (role == "student" and "孩子" in h)]
    hid = [h for h in sample(hidden, min(2, len(hidden))) if p(0.45)] if hidden else []
    if hid:
        body.append(sent(hid))
    body.append(ch(CLOSE_O))
    text = fit(body)
    rec["body"] = typo(text) if p(0.12) else text
    if o["color"] and p(0.6):
        rec["color"] = cw(o["color"])
    if kb and p(0.6):
        rec["brand"] = kb[:60]
    if o["model"] and kb and p(0.4):
        rec["model"] = ch(o["model"])
    if serial:
        rec["serial"] = serial[:60]
    if marks:
        rec["marks"] = ("；".join(marks))[:500]
    if p(0.75):
        rec["address"] = addr_txt(sc["pl"], sc["spot"] if p(0.4) else None)
    if p(0.55):
        rec["lat"], rec["lon"] = jitter(sc["pl"], 0.3)
    return rec


def render_found(o, fs, force=()):
    rec = {"category": o["fcat"]}
    fc = o["color"]
    if o.get("case_color") and p(0.3):
        fc = o["case_color"]
    elif fc and fc in CONFUSE and p(0.1):
        fc = ch(CONFUSE[fc])
    kb = bspell(o["brand"], "f") if o["brand"] and p(o["bf"]) else ""
    feats = [t for _, t in pick_feats(o, "f", force)]
    ids = pick_ids(o, "f", force)
    nphr = noun_phrase(o, "f", kb, fc)
    fst = [x for x in o["fstate"] if fs.get("long") or "多日" not in x]
    state = [ch(fst)] if fst and p(0.5) else []
    serial = None
    if ids and p(0.7):
        serial = ids[0][1]
    marks_mode = p(0.5) and feats
    if p(0.3):
        # form style
        body = [f"拾得物品：{nphr}。"]
        if feats and not marks_mode:
            body.append(f"特征：{join_feats(feats)}。")
        if ids and (not serial or p(0.5)):
            body.append(sent([x[0] for x in ids]))
        body.append(f"拾得地点：{pname(fs['pl'])}{fs['spot']}。拾得时间：{ft_txt(fs['tf'])}。拾得人：{FINDER_DESC[fs['finder']]}。")
        body += [s + "。" for s in state]
    else:
        body = [finder_opening(o, fs, nphr)]
        if feats and not marks_mode:
            body.append(join_feats(feats) + "。")
        elif feats and p(0.3):
            body.append(sent([ch(feats)]))
        if ids and (not serial or p(0.5)):
            body.append(sent([x[0] for x in ids]))
        body += [s + "。" for s in state]
    body.append(ch(CLOSE_F))
    text = fit(body)
    rec["body"] = typo(text) if p(0.05) else text
    if fc and p(0.75):
        rec["color"] = cw(fc)
    if kb and p(0.55):
        rec["brand"] = kb[:60]
    if o["model"] and kb and p(o["mf"] + 0.1):
        rec["model"] = ch(o["model"])
    if serial:
        rec["serial"] = serial[:60]
    if marks_mode:
        rec["marks"] = ("；".join(feats))[:500]
    if p(0.9):
        rec["address"] = addr_txt(fs["pl"], fs["spot"] if p(0.6) else None)
    if p(0.75):
        rec["lat"], rec["lon"] = jitter(fs["pl"], 0.2)
    return rec


# ----------------------------------------------------------------------------- the set
# category: (lost reports, of which have a true found item)
PLAN = [("phone", 40, 26), ("id_doc", 34, 22), ("wallet", 28, 18), ("keys", 22, 13), ("ebike", 16, 10),
        ("bicycle", 10, 6), ("bag", 22, 14), ("cash", 10, 6), ("jewelry", 16, 10), ("electronics", 22, 13),
        ("other", 20, 12)]
# hard negatives per category: same_category_colour, found_before_loss, same_brand_elsewhere, near_twin
NEG_PLAN = {"phone": (5, 5, 5, 5), "id_doc": (6, 5, 0, 5), "wallet": (3, 4, 4, 3), "keys": (3, 3, 2, 3),
            "ebike": (2, 2, 2, 2), "bicycle": (1, 1, 2, 1), "bag": (3, 2, 3, 3), "cash": (2, 2, 0, 1),
            "jewelry": (2, 2, 2, 2), "electronics": (1, 2, 6, 3), "other": (2, 2, 4, 2)}
LABELS = ["same_category_colour", "found_before_loss", "same_brand_elsewhere", "near_twin"]
# (category, forced subtype, category the finder files it under): at most 5 such pairs
CROSS = [("id_doc", "exam_bag", "other"), ("id_doc", "holder", "wallet"), ("cash", "clothbag", "bag"),
         ("jewelry", "watch", "other")]


def make_twin(tr):
    best = None
    for _ in range(30):
        k = dict(sub=tr["sub"], color=tr["color"], brand=tr["brand"], model=tr["model"])
        tw = gen_any(tr["cat"], k)
        trf = {}
        for f in tr["feats"]:
            trf[f["slot"]] = f
        cands = []
        for f in tw["feats"]:
            g = trf.get(f["slot"])
            if not g or f["pf"] < 0.5:
                continue
            so = [v for v in g["o"] if v not in f["o"]]
            sf = [v for v in g["f"] if v not in f["f"]]
            wf = [v for v in f["f"] if v not in g["f"]]
            if so and sf and wf:
                cands.append(f["slot"])
        for d in tw["ids"]:
            if any(e["slot"] == d["slot"] for e in tr["ids"]) and d["pf"] >= 0.4:
                cands.append(d["slot"])
        if cands:
            best = (tw, cands)
            break
    if best is None:
        raise RuntimeError("no twin for " + tr["cat"] + "/" + tr["sub"])
    tw, cands = best
    slot = ch(cands)
    twf = {}
    for f in tw["feats"]:
        twf[f["slot"]] = f
    if slot in twf and slot in trf:
        # keep only the wordings that tell the two apart
        f, g = twf[slot], trf[slot]
        so = [v for v in g["o"] if v not in f["o"]]
        sf = [v for v in g["f"] if v not in f["f"]]
        wf = [v for v in f["f"] if v not in g["f"]]
        g["o"], g["f"], f["f"] = so, sf, wf
    feats = []
    for f in tr["feats"]:
        g = twf.get(f["slot"])
        if f["slot"] == slot or f["pers"]:
            if g:
                feats.append(g)
        elif g is not None and p(0.25):
            feats.append(g)
        else:
            feats.append(f)
    tw["feats"] = feats
    tw["case_color"] = tr.get("case_color") if slot != "case" else tw.get("case_color")
    return tw, slot


def neg_place(base, far=False):
    if far:
        return ch(FAR_IDS)
    return ch([base, base] + neighbours(base))


def neg_finder(pl, o, tf):
    if o["cat"] in ("ebike", "bicycle"):
        return ch(["patrol", "sanitation", "passerby"])
    f = ch(P[pl]["finders"])
    if f == "examstaff" and exam_phase(tf) != "during":
        f = "schoolguard"
    return f


def build():
    lost = []      # dicts: obj, sc, truth (index into found or None), force
    found = []     # dicts: obj, fs, neg label or None, force
    for cat, n_lost, n_truth in PLAN:
        cross_here = [c for c in CROSS if c[0] == cat]
        for i in range(n_lost):
            k = {}
            cross = None
            if i < len(cross_here):
                cross = cross_here[i]
                k["sub"] = cross[1]
            o = gen_any(cat, k)
            if cross:
                o["fcat"] = cross[2]
            sc = lost_scenario(o)
            ent = dict(obj=o, sc=sc, truth=None, force=set(), cat=cat, cross=bool(cross))
            if i < n_truth:
                fs = found_scenario(o, sc)
                found.append(dict(obj=o, fs=fs, neg=None, force=set(), lost=len(lost)))
                ent["truth"] = len(found) - 1
            lost.append(ent)
    # hard negatives
    neg_count = {lab: 0 for lab in LABELS}
    for cat, _, _ in PLAN:
        n_scc, n_fbl, n_sbe, n_tw = NEG_PLAN[cat]
        idx = [i for i, e in enumerate(lost) if e["cat"] == cat]
        truth_idx = [i for i in idx if lost[i]["truth"] is not None and not lost[i]["cross"]]
        tw_targets = sample(truth_idx, n_tw)
        rest = [i for i in idx if i not in tw_targets]
        branded = [i for i in rest if lost[i]["obj"]["brand"]]
        sbe_targets = sample(branded, min(n_sbe, len(branded)))
        if len(sbe_targets) < n_sbe:
            more = [i for i in idx if lost[i]["obj"]["brand"] and i not in sbe_targets]
            sbe_targets += sample(more, min(n_sbe - len(sbe_targets), len(more)))
        if len(sbe_targets) < n_sbe:
            n_scc += n_sbe - len(sbe_targets)
        rest = [i for i in rest if i not in sbe_targets]
        other = sample(rest, n_scc + n_fbl)
        jobs = [(i, "near_twin") for i in tw_targets] + [(i, "same_brand_elsewhere") for i in sbe_targets] + \
               [(i, "same_category_colour") for i in other[:n_scc]] + [(i, "found_before_loss") for i in other[n_scc:]]
        for i, lab in jobs:
            e = lost[i]
            t, sc = e["obj"], e["sc"]
            if lab == "near_twin":
                tf_ent = found[e["truth"]]
                tw, slot = make_twin(t)
                pl = neg_place(tf_ent["fs"]["pl"])
                tf = time_in(pl, min(sc["ta"] + 10, NOW - 6), min(sc["ta"] + 2880, NOW - 5))
                fs = dict(pl=pl, finder=neg_finder(pl, tw, tf), tf=tf, spot=spot_for(tw, pl), route=ch(ROUTES), long=p(0.5))
                found.append(dict(obj=tw, fs=fs, neg=lab, force={slot}, lost=None, target=i))
                e["force"].add(slot)
                tf_ent["force"].add(slot)
            else:
                k = dict(sub=t["sub"])
                if lab == "same_category_colour":
                    if t["color"]:
                        k["color"] = t["color"]
                    k["avoid_brand"] = t["brand"]
                    if cat in ("id_doc",) and t.get("kind"):
                        k["kind"] = t["kind"]
                    o = gen_any(cat, k)
                    pl = neg_place(sc["pl"])
                    tf = time_in(pl, min(sc["t0"] + 15, NOW - 6), min(sc["t0"] + 4 * 1440, NOW - 5))
                elif lab == "found_before_loss":
                    if t["color"]:
                        k["color"] = t["color"]
                    k["brand"] = t["brand"]
                    if t.get("kind"):
                        k["kind"] = t["kind"]
                    o = gen_any(cat, k)
                    pl = neg_place(sc["pl"])
                    tf = time_in(pl, sc["t0"] - 10 * 1440, sc["t0"] - 120)
                else:
                    k["brand"] = t["brand"]
                    if t["color"] and p(0.5):
                        k["color"] = t["color"]
                    o = gen_any(cat, k)
                    pl = neg_place(sc["pl"], far=True)
                    if p(0.5) or sc["t0"] + 1440 > NOW - 60:
                        tf = time_in(pl, sc["t0"] - 6 * 1440, sc["t0"] - 1440)
                    else:
                        tf = time_in(pl, sc["t0"] + 1440, min(sc["t0"] + 5 * 1440, NOW - 5))
                fs = dict(pl=pl, finder=neg_finder(pl, o, tf), tf=tf, spot=spot_for(o, pl), route=ch(ROUTES), long=p(0.5))
                found.append(dict(obj=o, fs=fs, neg=lab, force=set(), lost=None, target=i))
            neg_count[lab] += 1
    return lost, found, neg_count


def main():
    lost, found, neg_count = build()
    # render (in generation order), then shuffle and number
    lost_recs = []
    for e in lost:
        r = render_lost(e["obj"], e["sc"], e["force"])
        r["lost_from_min"] = NOW - e["sc"]["t0"]
        r["lost_to_min"] = NOW - e["sc"]["t1"]
        lost_recs.append(r)
    found_recs = []
    for f in found:
        r = render_found(f["obj"], f["fs"], f["force"])
        r["found_at_min"] = NOW - f["fs"]["tf"]
        if f["neg"]:
            r["negative"] = f["neg"]
        found_recs.append(r)
    lorder = shuffled(range(len(lost_recs)))
    forder = shuffled(range(len(found_recs)))
    fkey = {}
    for n, i in enumerate(forder):
        fkey[i] = f"{PFX}-F{n + 1:04d}"
    out_lost = []
    for n, i in enumerate(lorder):
        r = lost_recs[i]
        rec = {"key": f"{PFX}-L{n + 1:04d}"}
        rec.update(r)
        t = lost[i]["truth"]
        rec["truth"] = fkey[t] if t is not None else None
        out_lost.append(rec)
    out_found = []
    for n, i in enumerate(forder):
        rec = {"key": fkey[i]}
        rec.update(found_recs[i])
        out_found.append(rec)
    order = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
             "lost_from_min", "lost_to_min", "found_at_min", "truth", "negative"]

    def ordered(rec):
        return {k: rec[k] for k in order if k in rec}
    data = {"seed": SEED, "made_by": "tests/lostfound/make_set133.py",
            "parts": {PART: {"found": [ordered(r) for r in out_found], "lost": [ordered(r) for r in out_lost]}}}
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if "--debug" in sys.argv:
        lkey = {}
        for n, i in enumerate(lorder):
            lkey[i] = f"{PFX}-L{n + 1:04d}"
        dbg = []
        for i, f in enumerate(found):
            if f["neg"]:
                tgt = f.get("target")
                dbg.append(dict(found=fkey[i], label=f["neg"], target=lkey.get(tgt), force=sorted(f["force"])))
        with open("/tmp/set133_debug.json", "w", encoding="utf-8") as fh:
            json.dump(dbg, fh, ensure_ascii=False, indent=1)
    if "--stdout" in sys.argv:
        sys.stdout.write(text)
        return
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    n_truth = sum(1 for e in lost if e["truth"] is not None)
    print(f"wrote {OUT}: {len(out_lost)} lost ({n_truth} with a true found item, {len(out_lost) - n_truth} never handed in), "
          f"{len(out_found)} found ({len(out_found) - sum(neg_count.values())} true, {sum(neg_count.values())} hard negatives)")
    for lab in LABELS:
        print(f"  negative {lab}: {neg_count[lab]}")


if __name__ == "__main__":
    main()
