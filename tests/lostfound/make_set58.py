#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Write tests/lostfound/set58.json, a blind labelled lost-and-found set.

World: the invented 奥体中心 district of the invented city 临川市, three busy weeks
in April 2025 (two pop concerts, a city marathon, a football match, the swimming
hall, the sports park, the metro, taxis, hotels and the food street).

Every object is first drawn as a hidden truth record.  The owner's lost report and
the finder's registration are then written separately from that record, each in
its own voice and knowing only what that person would know.  Hard negatives are
new objects made from one report (a twin that differs in exactly one fact the
owner stated, the same category and colour, a look-alike found before the loss
began, the same brand far away in place and time).

Standard library only, one random.Random(SEED); sets are never iterated, so the
output is byte-identical on every run and under any PYTHONHASHSEED.

    python3 tests/lostfound/make_set58.py
"""

import json
import math
import os
import random
import sys
from datetime import datetime, timedelta

SEED = 58058
NN = "58"
PFX = "S58"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set%s.json" % NN)
MADE_BY = "tests/lostfound/make_set%s.py" % NN

N_PAIRS = 150
N_UNFOUND = 90
N_UNCLAIMED = 30
N_HURRIED_LOST = 30
NEG_PLAN = [("twin_one_fact", 22), ("same_category_colour", 24),
            ("found_before_loss", 22), ("same_brand_far_away", 22)]
NEG_UNCLAIMED = "unclaimed"
MAX_CROSS_CATEGORY = 4

R = random.Random(SEED)


def ch(seq):
    return seq[R.randrange(len(seq))]


def pr(p):
    return R.random() < p


def uni(a, b):
    return R.randint(int(a), int(b))


def wch(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def other_index(n, v):
    if n < 2:
        return None
    while True:
        k = R.randrange(n)
        if k != v:
            return k


# ------------------------------------------------------------------ time
# minute 0 is 2025-04-08 00:00; every record is registered at NOW.
BASE = datetime(2025, 4, 8)
DAY = 1440
NOW = 21 * DAY + 9 * 60          # 2025-04-29 09:00
WEEK = "一二三四五六日"
EVENT_DAY = {"c1": 4, "c2": 11, "mar": 12, "fb": 18}


def dt(t):
    return BASE + timedelta(minutes=t)


def hm(h, m=0):
    return h * 60 + m


def date_cn(t):
    d = dt(t)
    return ch(["%d月%d日" % (d.month, d.day), "%d月%d号" % (d.month, d.day),
               "%d月%d号" % (d.month, d.day), "%d号" % d.day,
               "%d月%d日（周%s）" % (d.month, d.day, WEEK[d.weekday()])])


def date_desk(t):
    d = dt(t)
    return "%d月%d日" % (d.month, d.day)


def date_en(t):
    d = dt(t)
    return ch(["April %d" % d.day, "%d April" % d.day, "Apr %d" % d.day])


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
    return "晚上"


def clock(t, fuzzy=None):
    d = dt(t)
    h, m = d.hour, d.minute
    if fuzzy is None:
        fuzzy = pr(0.5)
    if not fuzzy:
        return "%d:%02d" % (h, m)
    per = period(h)
    h12 = h if h <= 12 else h - 12
    if h == 0:
        h12 = 12
    if 25 <= m <= 35:
        return "%s%d点半" % (per, h12)
    if m > 45:
        return "%s快%d点" % (per, h12 % 12 + 1)
    if m > 5:
        return "%s%d点多" % (per, h12)
    return "%s%d点" % (per, h12)


def clock_en(t):
    d = dt(t)
    return "%d:%02d" % (d.hour, d.minute)


# ------------------------------------------------------------------ geography
LAT0, LON0 = 30.88230, 118.74160       # 奥体中心体育场 (invented position)
KM_LAT = 111.0
KM_LON = 111.0 * math.cos(math.radians(LAT0))


def to_ll(xy):
    return round(LAT0 + xy[1] / KM_LAT, 6), round(LON0 + xy[0] / KM_LON, 6)


def jitter(xy, r):
    a = R.random() * 2 * math.pi
    d = r * math.sqrt(R.random())
    return (xy[0] + d * math.cos(a), xy[1] + d * math.sin(a))


def km(a, b):
    return math.hypot(a[0] - b[0], a[1] - b[1])


PL = {}


def addp(pid, name, short, x, y, op, fs, cluster, en=None):
    PL[pid] = dict(id=pid, name=name, short=short, xy=(x, y), op=op, fs=fs,
                   cluster=cluster, en=en)


addp("north_gate", "奥体中心体育场北门安检口", "北门安检口", 0.0, 0.28,
     ["体育场北门安检那里", "北门安检口", "北门排队进场的地方", "奥体北门"],
     ["外侧护栏旁", "安检通道置物筐内", "排队区地面", "旁垃圾桶边"], "stadium")
addp("east_gate1", "奥体中心体育场东1号门", "东1号门", 0.22, 0.05,
     ["东1门", "东一门检票口", "体育场东边1号门"], ["检票口", "外台阶上", "内侧通道"], "stadium")
addp("west_gate2", "奥体中心体育场西2号门", "西2号门", -0.22, 0.02,
     ["西2门", "西二门那边"], ["检票闸机旁", "外花坛边"], "stadium")
addp("south_gate", "奥体中心体育场南门", "南门", 0.0, -0.27,
     ["南门", "体育场南门进场口"], ["检票口", "外广场长椅"], "stadium")
addp("field", "奥体中心体育场内场", "内场", 0.0, 0.0,
     ["内场", "内场A区", "内场站区"], ["A区地面", "B区护栏边", "通道"], "stadium")
addp("stand", "奥体中心体育场看台", "看台", 0.08, 0.06,
     ["看台", "二层看台", "看台座位那里"], ["215区座椅下", "312区过道", "座椅缝隙"], "stadium")
addp("north_plaza", "奥体中心北广场", "北广场", 0.0, 0.55,
     ["北广场", "体育场北边的广场"], ["雕塑旁长椅", "花坛边", "应援物摊位附近"], "stadium")
addp("east_plaza", "奥体中心东广场", "东广场", 0.55, 0.0,
     ["东广场", "马拉松起点", "起点那个广场"], ["起点拱门下", "检录区", "临时厕所门口"],
     "stadium", en="the start area at East Plaza")
addp("bag_drop", "临川马拉松存包区（东广场南侧）", "存包区", 0.6, -0.15,
     ["存包区", "存包的帐篷那", "存取包的地方"], ["3号帐篷", "领取处", "帐篷外草地"],
     "stadium", en="the bag drop area")
addp("finish", "临川马拉松终点区（体育场南广场）", "终点区", 0.05, -0.55,
     ["终点", "终点区", "终点拱门那里"], ["完赛物资领取处", "拱门后补给区", "医疗帐篷旁"],
     "stadium", en="the finish area")
addp("metro_A", "地铁3号线奥体中心站A口", "地铁A口", 0.62, 0.6,
     ["地铁站A口", "奥体中心站A出口", "地铁口"], ["扶梯旁", "通道内"], "stadium")
addp("metro_hall", "地铁3号线奥体中心站站厅", "奥体中心站站厅", 0.7, 0.62,
     ["奥体中心地铁站", "地铁站里", "地铁站闸机那"], ["闸机旁", "售票机旁", "安检机传送带末端"], "stadium")
addp("bike_north", "体育场北门外非机动车停放点", "北门外停车点", 0.12, 0.45,
     ["北门外停车的地方", "北门外非机动车停放点", "北门外人行道上"], ["非机动车停放区", "旁人行道"], "stadium")
addp("taxi", "奥体中心东侧出租车候客区", "出租车候客区", 0.95, -0.1,
     ["东边打车的地方", "出租车排队那"], ["排队通道", "护栏边"], "stadium")
addp("ridehail", "奥体中心网约车上车点（西北角）", "网约车上车点", -0.5, 0.62,
     ["网约车上车点", "西北角打车点"], ["护栏旁", "路边"], "stadium")
addp("food", "奥体美食街", "美食街", 1.15, 0.42,
     ["美食街", "奥体美食街", "美食街那家烧烤店", "美食街奶茶店"],
     ["“老邓烧烤”店内", "“茶语”奶茶店门口桌上", "24小时便利店收银台旁", "公共座椅"], "stadium")
addp("service_north", "北广场志愿者服务站", "志愿者服务站", 0.05, 0.6,
     ["北广场服务站"], ["服务台"], "stadium")
addp("race_info", "临川马拉松赛事服务台（东广场）", "赛事服务台", 0.4, -0.3,
     ["赛事服务台"], ["失物招领处"], "stadium")
addp("swim", "奥体中心游泳馆", "游泳馆", -0.75, 0.3,
     ["游泳馆", "奥体游泳馆", "游泳馆更衣室"],
     ["女更衣室", "男更衣室柜顶", "淋浴间", "前台大厅座椅", "泳池边休息椅"], "swim")
addp("park_track", "奥体体育公园慢跑道", "公园慢跑道", -0.45, -0.85,
     ["体育公园跑道", "公园慢跑道", "体育公园红色跑道"], ["2公里标识牌旁", "边长椅上", "旁草坪"], "park")
addp("park_lake", "奥体体育公园湖边步道", "湖边步道", -0.95, -1.05,
     ["体育公园湖边", "湖边亭子", "公园湖边"], ["凉亭内", "长椅上", "健身器材旁"], "park")
addp("park_kids", "奥体体育公园儿童游乐区", "儿童游乐区", -0.2, -1.15,
     ["儿童游乐区", "公园滑梯那", "公园里小孩玩的地方"], ["滑梯下", "沙池边", "秋千旁长椅"], "park")
addp("park_court", "奥体体育公园篮球场", "公园篮球场", 0.35, -0.95,
     ["公园篮球场", "篮球场边上"], ["看台", "围网边"], "park")
addp("park_office", "奥体体育公园管理处", "公园管理处", -0.6, -0.7,
     ["公园管理处"], ["值班室"], "park")
addp("hotel_jl", "临川奥体锦澜酒店", "锦澜酒店", 1.35, 0.1,
     ["锦澜酒店", "住的锦澜酒店"], ["大堂沙发", "早餐厅", "前台"], "hotel", en="Jinlan Hotel")
addp("hotel_xh", "星汇快捷酒店（奥体店）", "星汇快捷酒店", 1.0, 0.92,
     ["星汇快捷", "星汇快捷酒店"], ["大堂沙发", "电梯口", "前台"], "hotel", en="Xinghui Express Hotel")
addp("hotel_lt", "澜庭假日酒店", "澜庭假日酒店", -1.25, 0.85,
     ["澜庭假日酒店", "澜庭酒店"], ["大堂沙发", "早餐厅", "前台"], "hotel", en="Lanting Holiday Hotel")
addp("wr5", "临川马拉松5公里水站（文昌路口）", "5公里水站", 3.4, 1.1,
     ["5公里水站", "文昌路口那个水站", "5km补给站"], ["补给桌下", "旁垃圾桶边", "附近绿化带"],
     "route", en="the 5 km water station on Wenchang Road")
addp("wr10", "临川马拉松10公里水站（滨江公园）", "10公里水站", 6.1, 3.1,
     ["10公里水站", "滨江公园水站", "10km补给点"], ["补给桌下", "旁垃圾桶边", "附近草地"],
     "route", en="the 10 km water station at Binjiang Park")
addp("wr15", "临川马拉松15公里水站（青云桥）", "15公里水站", 7.4, 6.2,
     ["15公里水站", "青云桥那个水站"], ["补给桌下", "桥头护栏边"], "route",
     en="the 15 km water station near Qingyun Bridge")
addp("wr21", "临川马拉松半程点（市民中心）", "半程点", 4.1, 8.6,
     ["半程点", "市民中心那边", "21公里处"], ["计时毯旁", "路边绿化带"], "route",
     en="the half-way point at the Civic Center")
addp("wr30", "临川马拉松30公里水站（临江大道）", "30公里水站", -2.2, 6.1,
     ["30公里水站", "临江大道水站", "30km"], ["补给桌下", "旁垃圾桶边"], "route",
     en="the 30 km water station on Linjiang Avenue")
addp("wr35", "临川马拉松35公里水站（鼓楼）", "35公里水站", -4.4, 3.2,
     ["35公里水站", "鼓楼那个水站", "35km补给站"], ["补给桌下", "路边台阶"], "route",
     en="the 35 km water station at the Drum Tower")
addp("wr40", "临川马拉松40公里水站（体育公园东路）", "40公里水站", -0.9, -0.5,
     ["40公里水站", "体育公园东路", "最后一个水站"], ["补给桌下", "路边绿化带"], "route",
     en="the 40 km water station")
addp("st_ljw", "地铁3号线临江湾站（终点站）", "临江湾站", 9.6, 4.2, ["临江湾站"], ["清车时车厢内", "站台座椅"], "metro")
addp("st_xt", "地铁3号线西塘站（终点站）", "西塘站", -8.4, -3.1, ["西塘站"], ["清车时车厢内", "站台座椅"], "metro")
addp("st_gl", "地铁3号线鼓楼站", "鼓楼站", -4.3, 3.1, ["鼓楼站"], ["站台", "站厅座椅"], "metro")
addp("st_sm", "地铁3号线市民中心站", "市民中心站", 4.0, 8.4, ["市民中心站"], ["站台", "换乘通道"], "metro")
addp("d_rail", "临川站（火车站）南广场", "临川站", 5.2, -3.8, ["临川站", "火车站"], ["落客区", "出租车上客点"], "city")
addp("d_gulou", "鼓楼老街路口", "鼓楼老街", -4.4, 3.3, ["鼓楼老街"], ["路边停车处"], "city")
addp("d_xg", "青云路星光广场", "星光广场", 3.0, 5.5, ["星光广场"], ["路边临停处"], "city")
addp("d_hosp", "临川市第一人民医院门口", "市一医院", -2.5, -3.0, ["市一医院"], ["门口落客区"], "city")
addp("tow_lot", "奥体临时车辆停放场（清拖点）", "临时停放场", 1.6, -0.9, ["临时停放场"], ["场内"], "city")
addp("res_1", "幸福里小区东门外", "幸福里小区", 2.2, -1.8, ["幸福里小区"], ["路边", "绿化带旁"], "city")
addp("res_2", "文昌路桥下", "文昌路桥下", 3.1, 0.9, ["文昌路桥下"], ["桥墩旁", "人行道"], "city")
addp("far_station", "临川北站候车大厅", "临川北站", 18.5, 22.0, ["临川北站"], ["候车区座椅", "安检口"], "far")
addp("far_airport", "临川云台机场T2到达层", "云台机场", -26.0, 14.5, ["机场"], ["行李转盘旁", "出租车上客区"], "far")
addp("far_town", "云岭镇中心街", "云岭镇", -31.0, -19.0, ["云岭镇"], ["菜市场门口", "公交站台"], "far")
addp("far_mall", "青湖新区万象汇商场", "万象汇", 23.5, -17.5, ["青湖新区"], ["三楼洗手间外", "一楼服务台"], "far")
addp("far_county", "东江县汽车站", "东江汽车站", 41.0, 4.5, ["东江县"], ["候车室", "售票厅"], "far")
addp("far_univ", "临川大学城南门", "大学城南门", -15.5, -27.0, ["大学城"], ["快递驿站旁", "公交站"], "far")

FAR_PLACES = ["far_station", "far_airport", "far_town", "far_mall", "far_county", "far_univ"]
STADIUM_NEAR = ["north_gate", "east_gate1", "west_gate2", "south_gate", "north_plaza",
                "east_plaza", "metro_A", "metro_hall", "bike_north", "food", "taxi"]
PARK_NEAR = ["park_track", "park_lake", "park_kids", "park_court"]
DESTS = ["d_rail", "d_gulou", "d_xg", "d_hosp", "hotel_jl", "hotel_xh", "hotel_lt"]
HOTELS = ["hotel_jl", "hotel_xh", "hotel_lt"]
ROUTE_KM = {"wr5": 5, "wr10": 10, "wr15": 15, "wr21": 21, "wr30": 30, "wr35": 35, "wr40": 40}

# ------------------------------------------------------------------ people and numbers
SURN = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
GIVEN = ["思雨", "子涵", "浩然", "欣怡", "梓萱", "宇轩", "一诺", "嘉怡", "俊杰", "诗琪", "明轩", "雨桐",
         "晓彤", "佳琪", "文博", "昊天", "可馨", "婉清", "志强", "建国", "秀英", "桂兰", "玉梅", "海燕",
         "红霞", "丽娟", "伟华", "晨阳", "若曦", "沐辰", "安琪", "家豪", "梦瑶", "乐天", "书瑶", "宏伟",
         "振华", "雅静", "慧敏", "静", "磊", "洋", "敏", "杰", "婷", "涛", "鹏", "琳", "帆", "悦", "晗",
         "岚", "骁", "蕾", "嘉禾", "亦凡", "星辰", "语桐", "锦程", "秋实", "知夏", "念安", "清扬", "景行"]
KIDNAMES = ["朵朵", "豆豆", "乐乐", "果果", "糖糖", "小宝", "壮壮", "甜甜", "阳阳", "多多", "叮当", "米粒"]
FOREIGN = [("Jonas", "Brekke"), ("Lena", "Hartveld"), ("Tomas", "Vidal"), ("Marek", "Olszak"),
           ("Samuel", "Okafor-Lind"), ("Hannah", "Leclerq"), ("Pieter", "Draaisma"),
           ("Ines", "Calloway"), ("Rafael", "Montiero"), ("Elsa", "Varrga"), ("Oskar", "Lindqvarn")]
LOCAL_REGIONS = ["369902", "369903", "369905", "369911"]
OTHER_REGIONS = ["439904", "519906", "329908", "449912", "619903", "219905", "379907"]
BANKS = ["临川农商银行", "江州银行", "汇川银行", "云岭银行", "临川城商行"]
BINS = ["6230", "6217", "6228", "6212", "6259"]
SCHOOLS = ["临川理工学院", "临川师范学院", "临川职业技术学院", "临川市第三中学"]


def person_name():
    return ch(SURN) + ch(GIVEN)


def gb11643(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body17, w))
    return body17 + "10X98765432"[s % 11]


def make_idno(region, year):
    return gb11643("%s%04d%02d%02d%03d" % (region, year, uni(1, 12), uni(1, 28), uni(0, 999)))


def luhn_digit(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def make_imei():
    body = "86" + "%06d" % uni(0, 999999) + "%06d" % uni(0, 999999)
    return body + luhn_digit(body)


def digits(n):
    return "".join(str(uni(0, 9)) for _ in range(n))


def make_person(voice, local=None):
    if voice == "foreign":
        f, l = ch(FOREIGN)
        return dict(name="%s %s" % (f, l), latin=("%s %s" % (l, f)).upper(), foreign=True)
    years = {"fan": (1999, 2008), "runner": (1975, 2000), "parent": (1982, 1994),
             "elderly": (1950, 1964), "visitor": (1978, 2003), "commuter": (1984, 2002),
             "football": (1980, 2004), "kid": (2013, 2020)}.get(voice, (1980, 2000))
    if local is None:
        local = voice in ("elderly", "commuter", "parent", "kid", "football") or pr(0.5)
    region = ch(LOCAL_REGIONS if local else OTHER_REGIONS)
    year = uni(*years)
    return dict(name=person_name(), idno=make_idno(region, year), foreign=False)


def mask_name(n):
    if len(n) == 2:
        return n[0] + "*"
    return n[0] + "*" * (len(n) - 2) + n[-1]


def id_forms(no):
    return [no, no[:6] + "********" + no[-4:], no[:3] + "*" * 11 + no[-4:], no[:6] + "*" * 8 + no[-4:]]


# ------------------------------------------------------------------ colours and brands
COLOR = {
    "黑": (["黑色", "黑色", "黑的", "深色", "哑光黑", "曜石黑", "亮黑色"], ["黑色", "黑色", "深色"], "black"),
    "白": (["白色", "白色", "白的", "珍珠白", "奶白色"], ["白色", "白色"], "white"),
    "银": (["银色", "银白色", "亮银色"], ["银色", "银灰色"], "silver"),
    "灰": (["灰色", "深空灰", "太空灰", "铁灰色"], ["灰色", "深灰色"], "grey"),
    "蓝": (["蓝色", "深蓝色", "宝石蓝", "冰川蓝", "藏青色"], ["蓝色", "深蓝色"], "blue"),
    "红": (["红色", "大红色", "酒红色"], ["红色"], "red"),
    "粉": (["粉色", "樱花粉", "浅粉色", "粉粉的"], ["粉色", "粉红色"], "pink"),
    "绿": (["绿色", "墨绿色", "薄荷绿", "军绿色"], ["绿色"], "green"),
    "黄": (["黄色", "荧光黄", "柠檬黄"], ["黄色"], "yellow"),
    "紫": (["紫色", "香芋紫", "浅紫色"], ["紫色"], "purple"),
    "金": (["金色", "香槟金", "土豪金"], ["金色"], "gold"),
    "棕": (["棕色", "咖啡色", "驼色"], ["棕色", "咖啡色"], "brown"),
    "橙": (["橙色", "荧光橙", "橘色"], ["橙色"], "orange"),
}
# colours a finder may honestly see instead of the owner's (true pairs only)
NEAR = {"黑": ["灰"], "灰": ["黑", "银"], "银": ["白", "灰"], "白": ["银"], "紫": ["粉"],
        "粉": ["紫"], "金": ["黄"], "棕": ["黑"], "蓝": ["黑"], "黄": ["橙"], "橙": ["黄"], "红": ["粉"]}
ALL_COLORS = list(COLOR.keys())


def far_colors(c):
    bad = [c] + NEAR.get(c, []) + [k for k in ALL_COLORS if c in NEAR.get(k, [])]
    return [k for k in ALL_COLORS if k not in bad]


BR = {
    "huawei": ("华为", ["HUAWEI", "Huawei"], "huawei", ["华伟", "花为"]),
    "apple": ("苹果", ["Apple"], "pingguo", ["平果"]),
    "xiaomi": ("小米", ["Xiaomi", "MI"], "xiaomi", ["小咪"]),
    "honor": ("荣耀", ["HONOR", "Honor"], "rongyao", ["容耀", "荣曜"]),
    "oppo": ("欧珀", ["OPPO", "oppo"], "oupo", ["OPP0"]),
    "vivo": ("维沃", ["vivo", "VIVO"], "weiwo", ["vivi"]),
    "trailmark": ("行迹", ["TRAILMARK", "Trailmark"], "xingji", ["行际"]),
    "apexrun": ("极驰", ["APEXRUN", "ApexRun"], "jichi", ["极弛"]),
    "leapbeat": ("跃动", ["LEAPBEAT", "LeapBeat"], "yuedong", ["越动"]),
    "soundisle": ("声屿", ["SOUNDISLE", "SoundIsle"], "shengyu", ["声语"]),
    "mantin": ("漫听", ["MANTIN", "Mantin"], "manting", ["慢听"]),
    "powercube": ("能量方", ["POWERCUBE", "PowerCube"], "nengliangfang", ["能量方块"]),
    "voltbee": ("电小蜂", ["VOLTBEE", "VoltBee"], "dianxiaofeng", ["电小峰"]),
    "lumisle": ("光屿", ["LUMISLE", "Lumisle"], "guangyu", ["光宇"]),
    "riview": ("映川", ["RIVIEW", "RiView"], "yingchuan", ["影川"]),
    "traverse": ("途岸", ["TRAVERSE", "Traverse"], "tuan", ["途安"]),
    "wildpath": ("野径", ["WILDPATH", "WildPath"], "yejing", ["野境"]),
    "coto": ("蔻图", ["COTO", "Coto"], "koutu", ["寇图"]),
    "mubai": ("木白", ["MUBAI", "Mubai"], "mubai", ["沐白"]),
    "windrider": ("风行者", ["WINDRIDER", "WindRider"], "fengxingzhe", ["风行着"]),
    "ridemark": ("骑迹", ["RIDEMARK", "RideMark"], "qiji", ["奇迹"]),
    "greencolt": ("绿驹", ["GREENCOLT", "GreenColt"], "lvju", ["绿居"]),
    "flywhale": ("飞鲸", ["FLYWHALE", "FlyWhale"], "feijing", ["飞京"]),
    "voltride": ("电驰", ["VOLTRIDE", "VoltRide"], "dianchi", ["电池"]),
    "clearhaze": ("晴岚", ["CLEARHAZE", "ClearHaze"], "qinglan", ["青岚"]),
    "stridewild": ("步野", ["STRIDEWILD", "StrideWild"], "buye", ["布野"]),
    "jinxi": ("金禧", ["JINXI"], "jinxi", ["金喜"]),
    "yuanlan": ("远岚汽车", ["YUANLAN", "Yuanlan"], "yuanlan", ["远兰"]),
    "qingche": ("擎澈汽车", ["QINGCHE", "Qingche"], "qingche", ["擎彻"]),
    "linqi": ("林栖官方", ["LINQI OFFICIAL"], "linqi", ["林栖"]),
    "aurora": ("极光信号官方", ["AURORA SIGNAL"], "jiguangxinhao", ["极光信号"]),
}
# extra English spellings that only make sense for one kind of object
BR_EN_KIND = {("apple", "phone"): ["iPhone", "Apple"], ("apple", "earbuds"): ["AirPods", "Apple"],
              ("apple", "watch"): ["Apple Watch", "Apple"], ("apple", "tablet"): ["iPad", "Apple"],
              ("oppo", "phone"): ["OPPO"], ("vivo", "phone"): ["vivo", "步步高vivo"]}

BRAND_KIND = {
    "phone": [("huawei", ["Mate 71", "Mate 71 Pro", "nova 16 Air", "Pura 88", "畅享 Z3"], 5),
              ("apple", ["iPhone 15 Mini", "iPhone 14e", "iPhone 16 Lite", "iPhone 13 SE"], 5),
              ("xiaomi", ["Xiaomi 15 Neo", "Redmi K88", "Redmi Note 19T"], 3),
              ("honor", ["X70 Lite", "Magic 8 Flip", "Play 11C"], 2),
              ("oppo", ["Reno 19 Air", "Find Z9", "A98s"], 2),
              ("vivo", ["X300 Mini S", "S25 Lite", "Y79t"], 2)],
    "earbuds": [("huawei", ["FreeBuds Q7", "FreeClip S"], 3), ("apple", ["AirPods Lite 2", "AirPods Pro S"], 3),
                ("soundisle", ["SI-Air 3", "SI-Pods 5 Pro"], 2), ("mantin", ["MT-Buds 2", "MT-Bean"], 2),
                ("xiaomi", ["Buds 7 Neo"], 1)],
    "watch": [("trailmark", ["TM-K58 Pro", "TM-K40", "TM-Ultra 3"], 4), ("apexrun", ["Apex R920", "Apex R650"], 3),
              ("huawei", ["Watch GT 9 Run", "Watch Fit X5"], 2), ("apple", ["Watch S11 Sport"], 1)],
    "band": [("leapbeat", ["LB-7", "LB-7 NFC", "LB-9"], 3), ("xiaomi", ["手环10 Neo"], 2),
             ("huawei", ["手环11 Pro"], 2), ("honor", ["手环9S"], 1)],
    "powerbank": [("powercube", ["PC-20K", "PC-10K Slim", "PC-M5"], 3), ("voltbee", ["VB-205", "VB-Mini 10"], 3),
                  ("xiaomi", ["PB2099"], 2)],
    "camera": [("lumisle", ["LX-M30", "LX-M50 II"], 3), ("riview", ["RV-X200", "ActionShadow A9"], 3)],
    "tablet": [("huawei", ["MatePad Q12"], 1), ("apple", ["iPad 11 Lite"], 1), ("xiaomi", ["Pad 8 Neo"], 1)],
    "backpack": [("traverse", ["TA-Urban 22L", "TA-Trail 30"], 3), ("wildpath", ["WP-Daypack 18"], 2),
                 ("apexrun", ["Vest 8"], 1)],
    "handbag": [("coto", ["C-217", "C-830"], 2), ("mubai", ["MB-19"], 1)],
    "wallet": [("coto", [], 2), ("mubai", [], 2)],
    "runbelt": [("trailmark", ["TB-2"], 2), ("apexrun", ["R-Belt"], 2)],
    "bicycle": [("windrider", ["WR-700", "WR-Fold 20"], 2), ("ridemark", ["RM-Trail 29", "RM-City 3"], 2)],
    "ebike": [("greencolt", ["GC-Q5", "GC-Lite 2"], 2), ("flywhale", ["FW-M8", "小鲸S"], 2),
              ("voltride", ["VR-X1", "VR-City 3"], 2)],
    "sunglasses": [("clearhaze", ["CH-Run 2", "CH-Aviator 8"], 3), ("apexrun", ["Apex Shade"], 1)],
    "jacket": [("wildpath", ["WP-Storm"], 2), ("stridewild", ["SW-Air"], 2), ("apexrun", ["R-Wind"], 1)],
    "cap": [("stridewild", [], 2), ("apexrun", [], 2)],
    "carkey": [("yuanlan", ["Y6", "Y9"], 2), ("qingche", ["Q3", "Q5"], 2)],
    "ebikekey": [("greencolt", [], 1), ("flywhale", [], 1), ("voltride", [], 1)],
    "jewel": [("jinxi", [], 1)],
}
PB_CAP = {"PC-20K": "20000mAh", "PC-10K Slim": "10000mAh", "PC-M5": "5000mAh", "VB-205": "20000mAh",
          "VB-Mini 10": "10000mAh", "PB2099": "20000mAh"}


def pick_brand(kind, exclude=None):
    opts = [(b, w) for b, _, w in BRAND_KIND[kind] if b != exclude]
    b = wch(opts)
    models = [m for bb, ms, _ in BRAND_KIND[kind] if bb == b for m in ms]
    return b, (ch(models) if models else None)


def models_of(kind, b):
    return [m for bb, ms, _ in BRAND_KIND.get(kind, []) if bb == b for m in ms]


def brand_en(b, kind):
    return BR_EN_KIND.get((b, kind), BR[b][1])


def model_forms(m, owner=False):
    out = [m, m]
    if " " in m:
        out.append(m.replace(" ", ""))
    if m.lower() != m:
        out.append(m.lower().replace(" ", ""))
    toks = m.split(" ")
    rest = " ".join(toks[1:])
    if owner and len(toks) > 1 and toks[0] in ("iPhone", "Watch", "Redmi") and any(c.isalpha() for c in rest):
        out.append(rest)
    return out


# ------------------------------------------------------------------ phrase pools: "owner|owner // finder|finder // english"
def P(s):
    parts = [x.strip() for x in s.split("//")]
    own = parts[0].split("|")
    fin = None if len(parts) < 2 or parts[1] in ("", "-") else parts[1].split("|")
    en = parts[2].split("|") if len(parts) > 2 and parts[2] else None
    return own, fin, en


POOLS = {
    "lock": [
        "锁屏是我家柯基的照片|锁屏壁纸是只柯基 // 锁屏壁纸为一只柯基犬|锁屏是柯基犬照片 // the lock screen is a photo of a corgi",
        "锁屏是林栖演唱会的海报|锁屏是阿栖的海报 // 锁屏为男歌手海报|锁屏壁纸是一张演唱会海报",
        "锁屏是我女儿的照片，扎两个小辫子|锁屏是我闺女 // 锁屏为扎两个小辫的小女孩照片",
        "锁屏是一张海边日落 // 锁屏壁纸为海边日落 // the lock screen is a sunset at the sea",
        "锁屏是黑底白字“好好学习” // 锁屏为黑底白字“好好学习”",
        "锁屏是一只橘猫趴在键盘上 // 锁屏为橘猫照片",
        "锁屏是我和男朋友的合照 // 锁屏为一男一女合影",
        "锁屏是我跑完半马的冲线照 // 锁屏为跑步冲线照片 // the lock screen is my finish-line photo",
        "锁屏是极光信号的乐队合照 // 锁屏为一支乐队的合影",
        "锁屏是雪山 // 锁屏壁纸为雪山风景 // the lock screen is a snowy mountain",
        "锁屏是全家福，四个人 // 锁屏为四人合影",
        "锁屏是一只白色萨摩耶 // 锁屏为白色狗狗照片",
        "锁屏是临川城建的队徽 // 锁屏为足球队徽图片",
        "锁屏是宝宝的满月照 // 锁屏为婴儿照片",
    ],
    "pcase": [
        "透明软壳，壳里夹着一张小卡|透明壳，里面夹了张偶像小卡 // 透明手机壳，壳内夹有人物小卡",
        "黑色磨砂壳，背面有个指环扣 // 黑色磨砂手机壳，背面带指环支架 // a black case with a ring holder",
        "粉色兔耳朵壳 // 粉色兔耳造型手机壳",
        "绿色硅胶壳，边角磨破了 // 绿色硅胶壳，边角磨损",
        "棕色皮质翻盖套，卡槽里插着一张公交卡 // 棕色皮质翻盖保护套，卡槽内有公交卡一张",
        "蓝色壳，背面印着临川城建队徽 // 蓝色手机壳，背面印有足球队徽",
        "白色壳，背面贴了好多贴纸 // 白色手机壳，背面贴满贴纸",
        "紫色壳，连着一根编织挂绳 // 紫色手机壳，连编织挂绳|紫色壳带挂绳",
        "军绿色防摔壳，四个角有气囊 // 军绿色防摔壳 // an army green rugged case",
        "卡通熊猫图案的壳 // 熊猫图案手机壳",
        "红色壳，背面有个“福”字 // 红色手机壳，背面有“福”字",
        "透明壳，壳里夹着一张临川地铁卡 // 透明壳，壳内夹地铁卡一张",
        "裸机没套壳|没有壳 // 无手机壳|未装保护壳 // no case",
        "用一个黑色跑步臂包套着 // 装在黑色运动臂包内 // in a black running armband",
    ],
    "dmg": [
        "屏幕右上角摔裂了 // 屏幕右上角有裂纹 // the screen is cracked at the top right",
        "后盖有一道很长的划痕 // 背面有一道明显划痕 // a long scratch on the back",
        "摄像头镜片碎了一点 // 摄像头镜片有裂痕",
        "钢化膜裂成蜘蛛网了 // 钢化膜碎裂呈蛛网状",
        "边框掉了一块漆 // 边框有掉漆",
    ],
    "budcover": [
        "充电仓套了个小熊硅胶套 // 充电盒外套小熊造型硅胶套",
        "仓上贴着一个星星贴纸 // 充电盒贴有星星贴纸",
        "套了一个透明壳，挂着个小铃铛 // 透明保护套，挂小铃铛",
        "外壳有点发黄，掉了一块漆 // 充电盒外壳发黄、有掉漆",
        "装在一个蓝色皮套里，带登山扣 // 蓝色皮质保护套，带登山扣 // in a blue leather cover with a clip",
        "仓上用马克笔写了“ZY” // 充电盒上手写“ZY”字样",
        "戴着一个恐龙造型的套 // 恐龙造型保护套 // a dinosaur cover",
    ],
    "strap": [
        "表带是荧光橙的硅胶表带 // 荧光橙色硅胶表带 // a neon orange silicone strap",
        "尼龙魔术贴表带，黑色的 // 黑色尼龙魔术贴表带 // a black velcro nylon strap",
        "表带是白色的，有点脏 // 白色表带，较脏",
        "换了一条蓝色编织表带 // 蓝色编织表带 // a blue braided strap",
        "绿色硅胶表带，扣子那里裂了 // 绿色硅胶表带，表扣处开裂",
        "米色皮表带 // 米色皮质表带",
        "粉色透气孔表带 // 粉色带透气孔表带",
    ],
    "face": [
        "表盘设置成心率界面 // 表盘显示心率界面 // the watch face shows heart rate",
        "表盘是一张猫的照片 // 表盘为猫咪照片",
        "表盘是大号数字 // 表盘为大号数字 // big digital numbers on the face",
        "表盘背景是红色的 // 表盘背景为红色",
        "表盘上显示我名字的拼音缩写 // 表盘显示字母缩写",
    ],
    "wdmg": [
        "表镜右边有一道划痕 // 表镜右侧有划痕 // a scratch on the right of the glass",
        "表圈磕掉一块漆 // 表圈有磕碰掉漆",
        "后盖贴了一张写着手机号后四位的小贴纸 // 背面贴有手写数字小贴纸",
    ],
    "pbsticker": [
        "贴了一张林栖的贴纸 // 贴有男歌手贴纸",
        "贴了一个小恐龙贴纸 // 贴有恐龙贴纸",
        "上面用油性笔写了个“王”字 // 外壳手写“王”字",
        "贴着公司资产标签，编号LC-0312 // 贴有资产标签“LC-0312”",
        "外壳有一道裂缝 // 外壳有裂缝",
        "贴了一张“极光信号”的圆形贴纸 // 贴有“极光信号”圆形贴纸",
    ],
    "cable": [
        "自带一根白色的线 // 自带白色数据线",
        "连着一根编织充电线 // 连接编织数据线一根",
        "插着一根红色短线 // 插有红色短数据线",
    ],
    "camstrap": [
        "背带是彩色民族风的 // 彩色民族风相机背带",
        "挂着一根红色手腕绳 // 系红色手腕绳",
        "黑色原装背带 // 黑色相机背带",
        "装在灰色相机包里 // 装于灰色相机包内",
    ],
    "photos": [
        "卡里都是马拉松的照片 // 储存卡内多为马拉松跑者照片",
        "里面是演唱会的照片和视频 // 储存卡内为演唱会照片",
        "里面是我孩子在公园玩的照片 // 照片多为儿童在公园游玩",
        "里面有很多鸟的照片 // 储存卡内多为鸟类照片",
    ],
    "tcase": [
        "灰色三折皮套 // 灰色三折保护套",
        "套着带键盘的保护壳 // 配键盘保护套",
        "透明壳，背面贴了一张课程表 // 透明保护壳，背面贴课程表",
        "蓝色卡通壳 // 蓝色卡通图案保护壳",
    ],
    "sleeve": [
        "装在透明卡套里，卡套印着小猫 // 装于印有小猫图案的透明卡套内",
        "放在蓝色挂绳卡套里 // 装在蓝色挂绳卡套中",
        "夹在一个黑色皮卡包里 // 装于黑色皮质卡包内",
        "卡套上挂着一根演唱会工作证的挂绳 // 卡套连有挂绳",
        "卡背面贴了一张小贴纸 // 卡背面贴有小贴纸",
    ],
    "pcover": [
        "护照套是红色皮的 // 护照外有红色皮套 // a red leather passport cover",
        "夹着一张登机牌 // 内夹登机牌一张 // a boarding pass inside",
        "里面夹着酒店房卡 // 内夹酒店房卡一张 // a hotel key card inside",
    ],
    "wstyle": [
        "长款，拉链的 // 长款拉链钱包 // long zip wallet",
        "短款对折 // 短款对折钱包 // short bifold",
        "三折小钱包 // 三折短款钱包",
        "长款翻盖带按扣 // 长款按扣钱包",
        "手拿包那种 // 手拿款钱包",
    ],
    "wmat": [
        "真皮的 // 皮质",
        "帆布的 // 帆布材质",
        "漆皮的，很亮 // 漆皮材质",
        "尼龙的 // 尼龙材质 // nylon",
    ],
    "wx": [
        "一张全家福照片 // 家庭合影照片一张",
        "健身房会员卡 // 健身房会员卡一张",
        "奶茶店积分卡 // 积分卡一张",
        "演唱会票根 // 演唱会票根一张",
        "几张购物小票 // 购物小票若干",
        "一张临川公交卡 // 公交卡一张",
        "一个平安符 // 平安符一个",
        "折着的体检单 // 折叠的体检单一张",
        "超市储值卡 // 超市储值卡一张",
        "手写的购物清单 // 手写纸条一张",
    ],
    "cstyle": [
        "风琴卡包 // 风琴式卡包",
        "挂脖的卡套 // 挂脖卡套",
        "带钥匙扣的小卡包 // 带钥匙扣的卡包",
        "透明硬壳卡套 // 透明硬质卡套",
    ],
    "access": [
        "一张蓝色门禁卡 // 蓝色门禁卡一张",
        "小区门禁扣，圆形红色的 // 红色圆形门禁扣",
        "公司工牌，印着“临川云帆科技” // 工牌一张（临川云帆科技）",
        "学校饭卡 // 饭卡一张",
    ],
    "keyring": [
        "挂着一个毛绒小羊 // 挂有毛绒小羊挂件 // a small plush sheep",
        "钥匙扣是金属小飞机 // 金属飞机造型钥匙扣",
        "挂着一个写着“平安”的木牌 // 挂“平安”字样木牌",
        "有一个开瓶器钥匙扣 // 带开瓶器钥匙扣",
        "挂着林栖的亚克力挂件 // 挂有人物亚克力挂件",
        "有个蓝色的小手电 // 附蓝色小手电筒",
        "挂着一个足球造型的钥匙扣 // 足球造型钥匙扣",
        "挂着一个红色中国结 // 挂红色中国结",
        "挂着一只橡胶小黄鸭 // 橡胶小黄鸭挂件",
        "拴着一根红绳 // 系有红绳",
    ],
    "bstyle": [
        "双肩包，侧面有水杯袋 // 双肩包，两侧有网兜",
        "书包款 // 书包款双肩包",
        "登山包那种，带胸扣 // 登山款背包，带胸扣",
    ],
    "hstyle": [
        "链条小方包 // 链条小方包",
        "托特包 // 托特包",
        "斜挎包 // 斜挎包",
        "水桶包 // 水桶包",
    ],
    "bagmark": [
        "别了好几个徽章 // 别有多枚徽章",
        "拉链头系着红绳 // 拉链头系红绳",
        "背带上缝了个补丁 // 背带有补丁",
        "侧面有块洗不掉的油渍 // 侧面有油渍",
        "挂着一个小熊挂件 // 挂小熊挂件",
        "肩带上别着马拉松的参赛纪念章 // 肩带别有马拉松纪念章",
    ],
    "print": [
        "印着林栖的大头照 // 印有男歌手头像",
        "印着“栖光”两个字 // 印有“栖光”字样",
        "印着“AURORA SIGNAL” // 印有“AURORA SIGNAL”字样",
        "写着“阿栖 我们一直都在” // 写有“阿栖 我们一直都在”",
        "写着“信号不灭” // 写有“信号不灭”字样",
    ],
    "kpattern": [
        "印着小恐龙 // 恐龙图案",
        "小猪图案 // 小猪图案",
        "星空图案的 // 星空图案",
        "上面有只大熊猫 // 熊猫图案",
    ],
    "cashform": [
        "装在一个红包里 // 装于红色利是封内",
        "用橡皮筋捆着 // 以橡皮筋捆扎",
        "装在银行的白信封里 // 装于白色银行信封内",
        "折起来用一个金属钱夹夹着 // 以金属钱夹夹住",
        "装在一个透明塑料袋里 // 装于透明塑料袋内",
    ],
    "block": [
        "锁着一把U型锁 // 车上挂U型锁",
        "锁着一根红色钢缆锁 // 红色钢缆锁",
        "黑色密码锁 // 黑色密码锁",
        "没上锁 // 未上锁",
    ],
    "bacc": [
        "后座装了儿童座椅 // 后座装儿童座椅",
        "车把缠了白色把带 // 白色车把带",
        "装了车铃和码表 // 装有车铃、码表",
        "车筐里有个旧水壶 // 车筐内有水壶一个",
        "挡泥板上贴着车队贴纸 // 挡泥板贴车队贴纸",
    ],
    "eacc": [
        "后面装了个灰色后备箱 // 车尾装灰色尾箱",
        "前面有挡风被，蓝色格子的 // 前有蓝格子挡风被",
        "车把上挂着一个粉色头盔 // 车把挂粉色头盔",
        "脚踏上铺着一块黑色橡胶垫 // 脚踏铺黑色橡胶垫",
        "后座装了儿童座椅 // 后座装儿童座椅",
        "车身贴着一圈反光贴 // 车身贴有反光贴",
    ],
    "engr": [
        "刻着“L&W 2019.05.20” // 刻有“L&W 2019.05.20”",
        "刻着“平安喜乐” // 刻有“平安喜乐”字样",
        "内侧刻着“ZY 0818” // 内侧刻“ZY 0818”",
        "刻着孩子的名字“朵朵” // 刻有“朵朵”二字",
        "背面刻着“RUN FOREVER” // 背面刻“RUN FOREVER”",
        "刻着“HT·MJ” // 刻有“HT·MJ”字母",
    ],
    "deco": [
        "贴了写着“小鱼”的名字贴 // 贴有“小鱼”字样名字贴",
        "挂着一个小星星挂件 // 挂星星挂件",
        "手柄缠了粉色胶带 // 手柄缠粉色胶带",
        "灯头贴了一圈亮片 // 灯头贴一圈亮片",
        "手绳是自己编的紫色绳子 // 紫色编织手绳",
        "贴着座位号“312-8-15”的贴纸 // 贴有“312-8-15”字样贴纸",
        "电池盖上用笔写着“QQ” // 电池盖手写“QQ”",
    ],
    "pcards": [
        "里面夹着五张小卡 // 夹有五张人物小卡",
        "卷着两张拍立得 // 卷有两张拍立得照片",
        "还有一张签名海报 // 另有签名海报一张",
    ],
    "size": ["L码 // L码", "XL码 // XL码", "M码 // M码", "175/92A // 175/92A", "S码 // S码", "XXL // XXL码"],
    "pocket": [
        "兜里有一把钥匙 // 口袋内有钥匙一把",
        "口袋里有纸巾和一支唇膏 // 口袋内有纸巾、唇膏",
        "兜里有张地铁单程票 // 口袋内有地铁单程票",
        "口袋里有演唱会票根 // 口袋内有票根",
        "左边兜里有20块钱 // 口袋内有现金20元",
    ],
    "jmark": [
        "袖口磨白了 // 袖口磨损发白",
        "领口有个小洞 // 领口有小破洞",
        "后背印着“临川马拉松2025” // 后背印“临川马拉松2025”",
        "拉链头掉了，拴了根绳 // 拉链头缺失，拴绳代替",
    ],
    "captext": [
        "临川马拉松2025纪念帽 // 印“临川马拉松2025”",
        "绣着“RUN LC” // 绣“RUN LC”字样 // embroidered RUN LC",
        "临川城建的球迷帽 // 印足球队徽",
        "帽檐上有签名 // 帽檐有签名字迹",
        "侧面有个小骷髅刺绣 // 侧面骷髅图案刺绣",
    ],
    "lens": [
        "镜片是蓝色反光的 // 蓝色反光镜片 // blue mirror lenses",
        "茶色镜片 // 茶色镜片 // brown lenses",
        "变色镜片 // 镜片为灰色 // photochromic lenses",
        "左边镜片有划痕 // 左镜片有划痕 // a scratch on the left lens",
    ],
    "scase": [
        "装在黑色硬盒里 // 装于黑色眼镜硬盒 // in a black hard case",
        "装在绒布袋里 // 装于绒布袋 // in a soft pouch",
    ],
    "tmark": [
        "一只眼睛掉了 // 缺一只眼睛",
        "被孩子啃得有点旧了 // 较旧，有咬痕",
        "背后有个拉链口袋 // 背后有拉链口袋",
    ],
    "lband": [
        "蓝色手腕带 // 蓝色手腕带",
        "橙色弹簧绳 // 橙色弹簧绳",
        "黄色手牌 // 黄色手牌",
    ],
}

ITEMS = {
    "general": [
        "一件灰色连帽卫衣 // 灰色连帽卫衣一件",
        "一把黑色折叠伞 // 黑色折叠伞一把",
        "一个充电宝 // 充电宝一个",
        "两瓶矿泉水 // 矿泉水两瓶",
        "一本笔记本，写了很多歌词 // 笔记本一本",
        "眼镜盒，里面是近视眼镜 // 眼镜盒一个（内有近视眼镜）",
        "一瓶哮喘喷雾 // 药物喷雾一支",
        "保温杯 // 保温杯一个",
        "笔记本电脑 // 笔记本电脑一台",
        "一本小说《雾港来信》 // 书籍一本（《雾港来信》）",
        "一袋橘子 // 橘子一袋",
        "发票和几张收据 // 票据若干",
    ],
    "concert": [
        "两张应援手幅 // 应援手幅两张",
        "一根应援棒 // 应援棒一根",
        "一包小卡 // 人物小卡一包",
        "一个充电宝 // 充电宝一个",
        "化妆包 // 化妆包一个",
        "一件白色应援T恤 // 白色T恤一件",
    ],
    "run": [
        "三支能量胶 // 能量胶三支 // three energy gels",
        "一把钥匙 // 钥匙一把 // a key",
        "酒店房卡 // 房卡一张 // a hotel key card",
        "一包盐丸 // 盐丸一小袋 // salt tablets",
        "一张皱巴巴的一百块 // 现金100元 // one 100 yuan note",
    ],
    "drop": [
        "一套换洗衣服，灰色运动裤 // 换洗衣物一套（含灰色运动裤） // a change of clothes, grey trousers",
        "一双拖鞋 // 拖鞋一双 // flip-flops",
        "一条毛巾 // 毛巾一条 // a towel",
        "一件红色冲锋衣 // 红色外套一件 // a red jacket",
        "充电宝和数据线 // 充电宝、数据线 // a power bank and cable",
        "一个保温杯 // 保温杯一个 // a thermos",
    ],
    "kid": [
        "孩子的水杯，蓝色恐龙图案的 // 儿童水杯一个（恐龙图案）",
        "一包湿巾 // 湿巾一包",
        "一套换洗的小衣服 // 儿童衣服一套",
        "绘本两本 // 儿童绘本两本",
        "一个奥体游泳馆的泳镜 // 儿童泳镜一副",
    ],
    "swim": [
        "泳镜和泳帽 // 泳镜、泳帽",
        "一条白毛巾 // 白色毛巾一条",
        "洗发水沐浴露 // 洗浴用品若干",
        "游泳馆的次卡 // 游泳馆次卡一张",
    ],
    "handbag": [
        "一支口红 // 口红一支",
        "一包纸巾 // 纸巾一包",
        "一个化妆镜 // 小化妆镜一个",
        "一串钥匙 // 钥匙一串",
        "耳机 // 耳机一副",
        "防晒霜 // 防晒霜一支",
    ],
}

HIDDEN = {
    "phone": ["手机没设密码", "锁屏密码是六位数", "里面有很重要的工作资料", "刚买了不到两个月",
              "出门的时候电量就不多了", "开着静音，打过去可能听不到", "手机卡已经挂失补办了"],
    "earbuds": ["左耳之前修过一次", "刚买一个月", "是朋友送的生日礼物"],
    "watch": ["手表里有这次比赛的全部数据", "表是去年买的，三千多", "APP显示最后一次同步就在那附近"],
    "band": ["手环里绑了公交卡", "里面有好几个月的睡眠数据"],
    "powerbank": ["电量应该还剩一半", "是公司发的"],
    "camera": ["储存卡是64G的", "对我来说照片比相机重要"],
    "tablet": ["里面有孩子的网课资料", "没设密码"],
    "id": ["明天要坐高铁，急用", "已经在网上挂失了", "后天要用身份证办事"],
    "doc": ["已经挂失了", "补办很麻烦", "这几天就要用，急"],
    "carkey": ["就这一把车钥匙", "车还在停车场，开不走了"],
    "wallet": ["钱包是女朋友送的", "银行卡已经挂失了", "钱不多，主要是证件"],
    "keys": ["家里没人，进不了门", "就这一把，没有备用的"],
    "cash": ["是准备交房租的钱", "是给老家亲戚的礼金", "刚从银行取的"],
    "jewel": ["大概12克", "是结婚时买的", "奶奶留给我的", "发票还在"],
    "lightstick": ["蓝牙已经和我手机绑定了", "电池是新换的", "抢了很久才买到的"],
    "ticket": ["票是在官方平台实名买的", "已经联系主办方了"],
    "bicycle": ["买了两年多", "车是孩子上学骑的"],
    "ebike": ["电池是新换的", "车上装了定位器但是没信号了"],
    "bag": ["东西不值钱但是很重要", "包是去年生日买的"],
    "other": ["不值什么钱", "是纪念品，意义很大"],
}


def money_exact(a):
    parts = []
    for den in (100, 50, 20, 10, 5, 1):
        n = a // den
        if n:
            parts.append("%d元×%d" % (den, n))
            a -= n * den
    return "、".join(parts)


def money_approx(a):
    if a < 100:
        return ch(["几十块钱", "%d块左右" % a])
    lo = (a // 100) * 100
    opts = ["%d块" % a, "%d块左右" % (int(round(a / 50.0)) * 50), "大概%d多块" % lo]
    if a >= 1000:
        opts.append("一千多块" if a < 2000 else "%d千多块" % (a // 1000))
    return ch(opts)


# ------------------------------------------------------------------ object kinds
KINDS = {
    # kind: category, owner nouns, finder nouns, english nouns, classifier
    "phone": ("phone", ["手机", "手机", "电话"], ["手机一部", "手机", "移动电话一部"], ["phone", "mobile phone"], "部"),
    "earbuds": ("electronics", ["蓝牙耳机", "无线耳机", "耳机"], ["蓝牙耳机（含充电盒）", "无线耳机一副", "耳机充电盒一个（内有耳机两只）"], ["earbuds", "wireless earbuds"], "副"),
    "watch": ("electronics", ["运动手表", "跑步手表", "智能手表", "手表"], ["运动手表一块", "智能手表一只", "手表一块"], ["sports watch", "running watch", "GPS watch"], "块"),
    "band": ("electronics", ["手环", "运动手环", "智能手环"], ["运动手环一个", "手环一只"], ["fitness band"], "个"),
    "powerbank": ("electronics", ["充电宝", "移动电源"], ["充电宝一个", "移动电源一个"], ["power bank"], "个"),
    "camera": ("electronics", ["相机", "微单相机"], ["相机一台", "数码相机一台"], ["camera"], "台"),
    "tablet": ("electronics", ["平板", "平板电脑"], ["平板电脑一台"], ["tablet"], "台"),
    "idcard": ("id_doc", ["身份证", "二代身份证", "身份证件"], ["居民身份证一张", "身份证一张"], ["ID card"], "张"),
    "studentcard": ("id_doc", ["学生证", "校园卡"], ["学生证一本", "校园卡一张"], ["student card"], "张"),
    "license": ("id_doc", ["驾驶证", "驾照"], ["机动车驾驶证一本", "驾驶证一本"], ["driving licence"], "本"),
    "passport": ("id_doc", ["护照"], ["外籍护照一本", "护照一本"], ["passport"], "本"),
    "sscard": ("id_doc", ["社保卡", "社会保障卡"], ["社会保障卡一张", "社保卡一张"], ["social security card"], "张"),
    "hkpass": ("id_doc", ["港澳通行证", "通行证"], ["往来港澳通行证一本"], ["travel permit"], "本"),
    "wallet": ("wallet", ["钱包", "皮夹", "钱夹"], ["钱包一个", "钱夹一个"], ["wallet"], "个"),
    "cardholder": ("wallet", ["卡包", "卡套", "卡夹"], ["卡包一个", "卡套一个"], ["card holder"], "个"),
    "coinpurse": ("wallet", ["零钱包", "小钱包"], ["零钱包一个"], ["coin purse"], "个"),
    "housekeys": ("keys", ["钥匙", "一串钥匙", "家门钥匙"], ["钥匙一串", "钥匙串一个"], ["keys"], "串"),
    "carkey": ("keys", ["车钥匙", "汽车钥匙"], ["汽车遥控钥匙一把", "车钥匙一把"], ["car key"], "把"),
    "ebikekey": ("keys", ["电动车钥匙", "电瓶车钥匙"], ["电动车钥匙一把"], ["e-bike key"], "把"),
    "lockerkey": ("keys", ["更衣柜钥匙", "柜子钥匙手牌", "储物柜手牌"], ["更衣柜钥匙手牌一个", "储物柜手牌一个"], ["locker key"], "个"),
    "backpack": ("bag", ["双肩包", "背包", "书包"], ["双肩背包一个", "背包一个"], ["backpack"], "个"),
    "handbag": ("bag", ["包", "包包", "手提包"], ["女士挎包一个", "手提包一个"], ["handbag"], "个"),
    "runbelt": ("bag", ["跑步腰包", "腰包", "跑步腰带"], ["运动腰包一个", "跑步腰带一条"], ["running belt", "waist pack"], "个"),
    "dropbag": ("bag", ["存包袋", "马拉松存包袋"], ["赛事存包袋一个", "存包袋一个"], ["bag drop bag", "drop bag"], "个"),
    "tote": ("bag", ["帆布包", "应援帆布袋", "托特包"], ["帆布包一个", "帆布手提袋一个"], ["tote bag"], "个"),
    "kidsbag": ("bag", ["孩子的书包", "儿童书包", "小书包"], ["儿童背包一个"], ["kid's backpack"], "个"),
    "cash": ("cash", ["现金", "钱"], ["现金", "人民币现金"], ["cash"], "笔"),
    "bicycle": ("bicycle", None, None, ["bicycle"], "辆"),
    "ebike": ("ebike", ["电动车", "电瓶车", "电驴"], ["电动自行车一辆", "电动车一辆"], ["e-bike"], "辆"),
    "jewel": ("jewelry", None, None, ["jewellery"], "件"),
    "lightstick": ("other", ["应援棒", "灯棒", "荧光棒"], ["应援棒一根", "演唱会应援灯棒一支", "带电池的荧光棒一根"], ["light stick"], "根"),
    "ticket": ("other", ["门票", "演唱会门票", "票"], ["门票一张", "纸质门票一张"], ["ticket"], "张"),
    "banner": ("other", ["手幅", "应援手幅", "应援横幅"], ["应援手幅一条", "横幅一条"], ["banner"], "条"),
    "jacket": ("other", None, None, ["jacket"], "件"),
    "cap": ("other", ["帽子", "棒球帽", "鸭舌帽"], ["帽子一顶", "棒球帽一顶"], ["cap"], "顶"),
    "sunglasses": ("other", ["墨镜", "太阳镜", "运动眼镜"], ["太阳镜一副", "墨镜一副"], ["sunglasses"], "副"),
    "toy": ("other", None, None, ["toy"], "个"),
}
SUBS = {
    # kind: list of (sub, colour or None, owner nouns, finder nouns)
    "bicycle": [("road", None, ["公路车", "自行车"], ["公路自行车一辆"]),
                ("mtb", None, ["山地车", "自行车"], ["山地自行车一辆"]),
                ("fold", None, ["折叠车", "折叠自行车"], ["折叠自行车一辆"]),
                ("kids", None, ["儿童自行车", "孩子的自行车"], ["儿童自行车一辆（带辅助轮）"]),
                ("city", None, ["自行车", "带车筐的自行车"], ["带车筐的自行车一辆"])],
    "jewel": [("bracelet_gold", "金", ["金手链", "转运珠手链"], ["金色转运珠红绳手链一条", "红绳手链一条（带金色珠子）"]),
              ("bangle_silver", "银", ["银手镯", "手镯"], ["银色开口手镯一只"]),
              ("necklace_pt", "银", ["铂金项链", "项链"], ["银白色项链一条（兔子吊坠）"]),
              ("necklace_gold", "金", ["金项链", "项链"], ["金色项链一条（心形吊坠）"]),
              ("ring_gold", "金", ["金戒指", "戒指"], ["金色素圈戒指一枚"]),
              ("ring_diamond", "银", ["钻戒", "戒指"], ["银白色戒指一枚（镶透明宝石）"]),
              ("earring_pearl", "白", ["珍珠耳环", "耳环"], ["珍珠耳环一只"]),
              ("jade", "绿", ["翡翠平安扣", "玉吊坠"], ["绿色玉石平安扣吊坠一个"])],
    "jacket": [("shell", None, ["冲锋衣", "外套"], ["冲锋衣一件", "外套一件"]),
               ("skin", None, ["皮肤衣", "防晒外套"], ["薄款外套一件"]),
               ("wind", None, ["跑步风衣", "风衣"], ["运动风衣一件"]),
               ("hoodie", None, ["连帽卫衣", "卫衣"], ["连帽卫衣一件"]),
               ("denim", None, ["牛仔外套", "外套"], ["牛仔外套一件"])],
    "toy": [("rabbit", "白", ["毛绒兔子", "兔子玩偶"], ["毛绒兔子玩偶一个（颈部系红丝带）"]),
            ("dino", "绿", ["恐龙玩偶", "小恐龙"], ["绿色恐龙毛绒玩具一个（按压发声）"]),
            ("rccar", "红", ["遥控小汽车", "玩具车"], ["红色遥控玩具车一辆"]),
            ("robot", "蓝", ["变形机器人", "机器人玩具"], ["蓝色变形机器人玩具一个"]),
            ("bear", "棕", ["小熊布偶", "小熊"], ["棕色小熊布偶一个"]),
            ("unicorn", "粉", ["独角兽玩偶", "独角兽抱枕"], ["粉色独角兽毛绒玩具一个"]),
            ("bubble", "紫", ["泡泡枪", "泡泡机"], ["紫色泡泡机玩具一个"])],
}
SUB_EN = {"road": "road bike", "mtb": "mountain bike", "fold": "folding bike", "kids": "kid's bike", "city": "city bike"}

REPORTED_KINDS = [  # (kind, reported count, of which found)
    ("phone", 40, 28),
    ("earbuds", 12, 7), ("watch", 9, 6), ("band", 6, 3), ("powerbank", 9, 5), ("camera", 6, 4), ("tablet", 3, 2),
    ("idcard", 12, 10), ("studentcard", 3, 2), ("license", 2, 2), ("passport", 2, 1), ("sscard", 2, 1), ("hkpass", 1, 1),
    ("wallet", 14, 9), ("cardholder", 6, 4), ("coinpurse", 2, 1),
    ("housekeys", 9, 6), ("carkey", 5, 3), ("ebikekey", 2, 1), ("lockerkey", 2, 1),
    ("backpack", 9, 6), ("handbag", 6, 4), ("runbelt", 5, 4), ("dropbag", 3, 2), ("tote", 3, 2), ("kidsbag", 2, 1),
    ("cash", 8, 3),
    ("bicycle", 8, 5),
    ("ebike", 8, 5),
    ("jewel", 8, 4),
    ("lightstick", 9, 5), ("ticket", 4, 2), ("banner", 4, 2), ("jacket", 4, 2), ("cap", 3, 2),
    ("sunglasses", 4, 2), ("toy", 5, 2),
]

KIND_SCEN = {
    "phone": {"c1": 4, "c2": 4, "mar": 2, "fb": 2, "swim": 1, "park": 2, "metro": 3, "ride": 3, "hotel": 1, "food": 2},
    "earbuds": {"metro": 3, "park": 2, "swim": 1, "mar": 2, "c1": 1, "c2": 1, "ride": 2, "hotel": 1},
    "watch": {"mar": 5, "park": 2, "swim": 2},
    "band": {"mar": 2, "park": 2, "swim": 2, "c1": 1, "c2": 1},
    "powerbank": {"c1": 3, "c2": 3, "metro": 1, "ride": 1, "food": 1, "hotel": 1},
    "camera": {"c1": 2, "c2": 1, "mar": 2, "park": 1, "fb": 1},
    "tablet": {"hotel": 1, "metro": 1, "ride": 1, "food": 1},
    "idcard": {"c1": 3, "c2": 3, "metro": 1, "hotel": 1, "mar": 2, "swim": 1, "food": 1, "fb": 1},
    "studentcard": {"c1": 1, "c2": 1, "metro": 1, "swim": 1},
    "license": {"ride": 1, "food": 1, "fb": 1},
    "passport": {"mar": 1},
    "sscard": {"park": 1, "swim": 1, "metro": 1},
    "hkpass": {"c1": 1, "c2": 1, "hotel": 1},
    "wallet": {"c1": 2, "c2": 2, "mar": 1, "fb": 2, "swim": 1, "park": 1, "metro": 2, "ride": 2, "hotel": 1, "food": 2},
    "cardholder": {"metro": 2, "c1": 1, "c2": 1, "swim": 1},
    "coinpurse": {"park": 1, "food": 1},
    "housekeys": {"park": 2, "swim": 1, "metro": 1, "food": 1, "c1": 1, "fb": 1, "mar": 1},
    "carkey": {"park": 1, "mar": 2, "fb": 1, "food": 1, "hotel": 1},
    "ebikekey": {"park": 1, "food": 1, "metro": 1},
    "lockerkey": {"swim": 1},
    "backpack": {"metro": 2, "ride": 2, "hotel": 1, "c1": 1, "c2": 1, "park": 1, "food": 1},
    "handbag": {"food": 1, "ride": 1, "c1": 1, "c2": 1, "hotel": 1},
    "runbelt": {"mar": 3, "park": 1},
    "dropbag": {"mar": 1},
    "tote": {"c1": 1, "c2": 1},
    "kidsbag": {"park": 1, "swim": 1},
    "cash": {"food": 1, "ride": 1, "metro": 1, "park": 1, "c1": 1},
    "bicycle": {"street": 2, "park": 1},
    "ebike": {"street": 2, "c1": 1, "c2": 1, "fb": 1},
    "jewel": {"swim": 2, "park": 1, "c1": 1, "c2": 1, "hotel": 1},
    "lightstick": {"c1": 1, "c2": 1},
    "ticket": {"c1": 2, "c2": 2, "fb": 1},
    "banner": {"c1": 1, "c2": 1},
    "jacket": {"mar": 1, "park": 1, "fb": 1, "c1": 1, "food": 1},
    "cap": {"mar": 2, "park": 1, "fb": 1},
    "sunglasses": {"mar": 2, "park": 1, "ride": 1, "food": 1},
    "toy": {"park": 2, "metro": 1, "swim": 1, "food": 1},
}
CONCERT_SPOTS = [("north_gate", "queue", 3), ("east_gate1", "queue", 2), ("west_gate2", "queue", 1),
                 ("field", "show", 3), ("stand", "show", 3), ("north_plaza", "before", 2),
                 ("metro_hall", "after", 2), ("metro_A", "after", 1), ("food", "after", 2),
                 ("metro_train", "after", 1), ("ride", "after", 2)]
SCEN_SPOTS = {
    "c1": CONCERT_SPOTS, "c2": CONCERT_SPOTS,
    "fb": [("south_gate", "queue", 2), ("stand", "show", 4), ("north_plaza", "after", 1), ("food", "after", 2),
           ("ride", "after", 1), ("metro_hall", "after", 1)],
    "mar": [("bag_drop", "drop", 3), ("east_plaza", "start", 3), ("wr5", "route", 1), ("wr10", "route", 1),
            ("wr15", "route", 1), ("wr21", "route", 1), ("wr30", "route", 1), ("wr35", "route", 1),
            ("wr40", "route", 1), ("finish", "finish", 3), ("hotel", "hotel", 1)],
    "swim": [("swim", "swim", 1)],
    "park": [("park_track", "park", 3), ("park_lake", "park", 2), ("park_kids", "park", 2), ("park_court", "park", 1)],
    "metro": [("metro_hall", "metro", 2), ("metro_train", "metro", 2), ("metro_A", "metro", 1)],
    "ride": [("ride", "ride", 1)],
    "hotel": [("hotel", "hotel", 1)],
    "food": [("food", "food", 1)],
    "street": [("bike_north", "park_v", 2), ("metro_A", "park_v", 1), ("park_court", "park_v", 1), ("food", "park_v", 1)],
}
EVENT_NAMES = {
    "c1": ["林栖演唱会", "林栖「栖光」巡演临川站", "阿栖的演唱会", "林栖的演唱会"],
    "c2": ["极光信号演唱会", "极光信号乐队的演唱会", "「信号不灭」演唱会", "极光的演唱会"],
    "mar": ["临川马拉松", "临马", "马拉松"],
    "fb": ["临川城建对江州海港的比赛", "城建主场的球赛", "足球赛"],
}
FOREIGN_KINDS = ["passport", "phone", "watch", "runbelt", "dropbag", "sunglasses", "earbuds", "wallet"]

# ------------------------------------------------------------------ object generation


def new_obj(kind):
    return dict(kind=kind, cat=KINDS[kind][0], p={}, hidden=[])


def pool_idx(key, avoid=None):
    n = len(POOLS[key])
    k = R.randrange(n)
    if avoid is not None and n > 1:
        while k == avoid:
            k = R.randrange(n)
    return k


def set_brand(o, kind=None):
    kind = kind or o["kind"]
    b, m = pick_brand(kind)
    o["p"]["brand"] = b
    if m:
        o["p"]["model"] = m


def gen_items(o, group, lo, hi):
    n = uni(lo, hi)
    idx = list(range(len(ITEMS[group])))
    R.shuffle(idx)
    for i in range(n):
        o["p"]["item%d" % i] = (group, idx[i])


def gen_params(o, owner):
    k = o["kind"]
    p = o["p"]
    scen = o.get("scen")
    hid_key = {"idcard": "id", "studentcard": "doc", "license": "doc", "passport": "doc", "sscard": "doc",
               "hkpass": "doc", "cardholder": "wallet", "coinpurse": "wallet", "housekeys": "keys",
               "carkey": "carkey", "ebikekey": "keys", "lockerkey": "keys", "backpack": "bag", "handbag": "bag",
               "runbelt": "bag", "dropbag": "bag", "tote": "bag", "kidsbag": "bag", "banner": "other",
               "jacket": "other", "cap": "other", "sunglasses": "other", "toy": "other"}.get(k, k)
    if hid_key in HIDDEN and pr(0.55):
        o["hidden"] = [ch(HIDDEN[hid_key])]
    if k in SUBS:
        sub = ch(SUBS[k])
        p["sub"] = sub[0]
        if sub[1]:
            p["color"] = sub[1]
    if k == "phone":
        set_brand(o)
        p["color"] = ch(["黑", "黑", "黑", "白", "蓝", "紫", "绿", "银", "金", "粉", "灰"])
        p["imei"] = make_imei()
        if pr(0.65):
            p["lock"] = pool_idx("lock")
        if pr(0.8):
            p["pcase"] = pool_idx("pcase")
        if pr(0.3):
            p["dmg"] = pool_idx("dmg")
    elif k == "earbuds":
        set_brand(o)
        p["color"] = ch(["白", "白", "白", "黑", "黑", "蓝", "绿", "粉"])
        if pr(0.6):
            p["budcover"] = pool_idx("budcover")
    elif k == "watch":
        set_brand(o)
        p["color"] = ch(["黑", "黑", "白", "灰", "蓝", "橙", "绿", "银"])
        if pr(0.8):
            p["strap"] = pool_idx("strap")
        if pr(0.45):
            p["face"] = pool_idx("face")
        if pr(0.4):
            p["wdmg"] = pool_idx("wdmg")
    elif k == "band":
        set_brand(o)
        p["color"] = ch(["黑", "粉", "蓝", "绿", "白", "紫"])
        if pr(0.4):
            p["face"] = pool_idx("face")
    elif k == "powerbank":
        set_brand(o)
        p["color"] = ch(["白", "黑", "粉", "蓝", "灰", "绿"])
        if pr(0.6):
            p["pbsticker"] = pool_idx("pbsticker")
        if pr(0.5):
            p["cable"] = pool_idx("cable")
    elif k == "camera":
        set_brand(o)
        p["color"] = ch(["黑", "银", "黑", "灰"])
        p["cserial"] = ("LX" if p["brand"] == "lumisle" else "RV") + digits(8)
        if pr(0.7):
            p["camstrap"] = pool_idx("camstrap")
        if pr(0.7):
            p["photos"] = pool_idx("photos")
    elif k == "tablet":
        set_brand(o)
        p["color"] = ch(["灰", "银", "蓝", "紫"])
        if pr(0.8):
            p["tcase"] = pool_idx("tcase")
        if pr(0.5):
            p["lock"] = pool_idx("lock")
    elif k in ("idcard", "license", "sscard"):
        p["holder"] = dict(name=owner["name"], no=owner["idno"])
        if pr(0.5):
            p["sleeve"] = pool_idx("sleeve")
    elif k == "studentcard":
        year = uni(2021, 2024)
        p["stu"] = dict(name=owner["name"], school=ch(SCHOOLS), no="%d%s" % (year, digits(6)))
        if pr(0.6):
            p["color"] = ch(["蓝", "红", "绿"])
        if pr(0.4):
            p["sleeve"] = pool_idx("sleeve")
    elif k == "passport":
        p["pass"] = dict(name=owner.get("latin") or owner["name"], no=ch("KPXNL") + digits(7))
        if pr(0.6):
            p["pcover"] = pool_idx("pcover")
    elif k == "hkpass":
        p["pass"] = dict(name=owner["name"], no="C" + digits(8))
        if pr(0.5):
            p["sleeve"] = pool_idx("sleeve")
    elif k == "wallet":
        p["color"] = ch(["黑", "黑", "棕", "红", "粉", "蓝", "白", "灰"])
        if pr(0.5):
            set_brand(o)
        p["wstyle"] = pool_idx("wstyle")
        if pr(0.5):
            p["wmat"] = pool_idx("wmat")
        if pr(0.5) and not owner.get("foreign"):
            p["win_id"] = dict(name=owner["name"], no=owner["idno"])
        if pr(0.8):
            p["cards"] = [(ch(BANKS), ch(BINS), digits(4)) for _ in range(uni(1, 3))]
        if pr(0.8):
            p["cash"] = uni(20, 1500)
        if pr(0.5):
            p["wx0"] = pool_idx("wx")
        if pr(0.25):
            p["wx1"] = pool_idx("wx", p.get("wx0"))
    elif k == "cardholder":
        p["color"] = ch(["黑", "棕", "粉", "蓝", "白"])
        p["cstyle"] = pool_idx("cstyle")
        if pr(0.8):
            p["cards"] = [(ch(BANKS), ch(BINS), digits(4)) for _ in range(uni(1, 2))]
        if pr(0.6):
            p["access"] = pool_idx("access")
        if pr(0.45):
            p["win_id"] = dict(name=owner["name"], no=owner["idno"])
    elif k == "coinpurse":
        p["color"] = ch(["粉", "黄", "蓝", "红"])
        p["kpattern"] = pool_idx("kpattern")
        p["cash"] = uni(8, 120)
    elif k == "housekeys":
        p["nkeys"] = uni(2, 6)
        if pr(0.85):
            p["keyring"] = pool_idx("keyring")
        if pr(0.5):
            p["access"] = pool_idx("access")
    elif k == "carkey":
        set_brand(o)
        if pr(0.5):
            p["color"] = ch(["黑", "黑", "银", "白"])
        if pr(0.6):
            p["keyring"] = pool_idx("keyring")
    elif k == "ebikekey":
        set_brand(o)
        p["nkeys"] = uni(1, 3)
        if pr(0.7):
            p["keyring"] = pool_idx("keyring")
    elif k == "lockerkey":
        p["color"] = ch(["蓝", "橙", "黄"])
        p["locker"] = uni(101, 480)
        p["lband"] = pool_idx("lband")
    elif k == "backpack":
        p["color"] = ch(["黑", "黑", "灰", "蓝", "绿", "粉", "白"])
        if pr(0.7):
            set_brand(o)
            if pr(0.6):
                p.pop("model", None)
        p["bstyle"] = pool_idx("bstyle")
        if pr(0.6):
            p["bagmark"] = pool_idx("bagmark")
        if pr(0.3):
            p["tag"] = owner["name"]
        gen_items(o, "concert" if scen in ("c1", "c2") else "general", 1, 3)
    elif k == "handbag":
        p["color"] = ch(["黑", "白", "棕", "粉", "红", "金"])
        if pr(0.6):
            set_brand(o)
            if pr(0.5):
                p.pop("model", None)
        p["hstyle"] = pool_idx("hstyle")
        if pr(0.4):
            p["bagmark"] = pool_idx("bagmark")
        gen_items(o, "handbag", 1, 3)
        if pr(0.5):
            p["cash"] = uni(50, 800)
    elif k == "runbelt":
        set_brand(o)
        p["color"] = ch(["黑", "黑", "橙", "蓝", "黄", "灰"])
        gen_items(o, "run", 1, 2)
    elif k == "dropbag":
        p["color"] = ch(["白", "白", "蓝"])
        p["bib"] = ch("ABC") + "%05d" % uni(1001, 29999)
        gen_items(o, "drop", 1, 3)
    elif k == "tote":
        p["color"] = ch(["白", "黑", "蓝", "粉"])
        p["print"] = ch([0, 1, 3] if scen == "c1" else [2, 4] if scen == "c2" else [0, 1, 2, 3, 4])
        gen_items(o, "concert", 1, 2)
    elif k == "kidsbag":
        p["color"] = ch(["蓝", "粉", "黄", "绿"])
        p["kpattern"] = pool_idx("kpattern")
        if pr(0.75):
            p["tag"] = ch(KIDNAMES) if pr(0.5) else person_name()
        gen_items(o, "kid", 1, 2)
    elif k == "cash":
        p["cash"] = ch([uni(200, 900), uni(1000, 3000), uni(300, 5000)]) // 10 * 10
        p["cashform"] = pool_idx("cashform")
    elif k == "bicycle":
        set_brand(o)
        if pr(0.4):
            p.pop("model", None)
        p["color"] = ch(["黑", "白", "蓝", "红", "绿", "黄", "灰"])
        p["frame"] = ("WR" if p["brand"] == "windrider" else "RM") + "%02d" % uni(19, 24) + digits(6)
        if pr(0.6):
            p["block"] = pool_idx("block")
        if pr(0.5):
            p["bacc"] = pool_idx("bacc")
    elif k == "ebike":
        set_brand(o)
        p["color"] = ch(["白", "黑", "蓝", "粉", "绿", "灰", "红"])
        p["plate"] = "临" + ch("ABCDEFGH") + "%05d" % uni(10000, 99999)
        if pr(0.7):
            p["eacc"] = pool_idx("eacc")
    elif k == "jewel":
        if pr(0.3):
            set_brand(o)
        if pr(0.45):
            p["engr"] = pool_idx("engr")
    elif k == "lightstick":
        b = "linqi" if scen == "c1" else ("aurora" if scen == "c2" else ch(["linqi", "aurora"]))
        p["brand"] = b
        if b == "linqi":
            p["model"], p["color"] = ch([("栖光棒二代", "白"), ("栖光棒一代", "粉")])
        else:
            p["model"], p["color"] = ch([("信号灯棒Ver.3", "黑"), ("信号灯棒Ver.2", "银")])
        if pr(0.8):
            p["deco"] = pool_idx("deco")
    elif k == "ticket":
        ev = scen if scen in ("c1", "c2", "fb") else ch(["c1", "c2"])
        p["event"] = ev
        if ev == "fb":
            area = ch(["南看台S3区", "北看台N2区", "东看台E5区"])
        else:
            area = ch(["内场A区", "内场B区", "看台212区", "看台315区", "看台108区"])
        p["seat"] = (area, uni(1, 30), uni(1, 40))
        if pr(0.8):
            p["tno"] = digits(4)
        if pr(0.6) and not owner.get("foreign"):
            p["tname"] = owner["name"]
    elif k == "banner":
        p["color"] = ch(["白", "黑", "粉", "蓝", "紫"])
        p["print"] = ch([0, 1, 3] if scen == "c1" else [2, 4] if scen == "c2" else [0, 1, 2, 3, 4])
        if pr(0.5):
            p["pcards"] = pool_idx("pcards")
    elif k == "jacket":
        if "color" not in p:
            p["color"] = ch(["黑", "灰", "蓝", "红", "绿", "白", "黄"])
        if pr(0.6):
            set_brand(o)
            if pr(0.5):
                p.pop("model", None)
        if pr(0.7):
            p["size"] = pool_idx("size")
        if pr(0.5):
            p["pocket"] = pool_idx("pocket")
        if pr(0.4):
            p["jmark"] = pool_idx("jmark")
    elif k == "cap":
        p["color"] = ch(["黑", "白", "红", "蓝", "灰"])
        if pr(0.5):
            set_brand(o)
        if pr(0.8):
            p["captext"] = pool_idx("captext")
    elif k == "sunglasses":
        set_brand(o)
        if pr(0.5):
            p.pop("model", None)
        p["color"] = ch(["黑", "白", "银", "红", "蓝"])
        if pr(0.7):
            p["lens"] = pool_idx("lens")
        if pr(0.5):
            p["scase"] = pool_idx("scase")
    elif k == "toy":
        if pr(0.3):
            p["tag"] = ch(KIDNAMES)
        if pr(0.4):
            p["tmark"] = pool_idx("tmark")
    # a colour-less bicycle/jacket sub never happens; make sure toys/jewels got one from SUBS
    return o


# ------------------------------------------------------------------ facts
PROB = {  # param fact: (owner states, finder states when visible)
    "color": (0.8, 0.9), "brand": (0.7, 0.65), "model": (0.4, 0.2), "imei": (0.3, 0.15),
    "lock": (0.5, 0.6), "pcase": (0.7, 0.85), "dmg": (0.55, 0.6), "budcover": (0.65, 0.85),
    "strap": (0.6, 0.8), "face": (0.3, 0.35), "wdmg": (0.4, 0.5), "pbsticker": (0.6, 0.8),
    "cable": (0.3, 0.5), "cserial": (0.25, 0.55), "camstrap": (0.5, 0.7), "photos": (0.55, 0.35),
    "tcase": (0.6, 0.8), "hname": (0.95, 1.0), "hno": (0.55, 0.85), "school": (0.8, 0.9),
    "stuno": (0.5, 0.8), "sleeve": (0.4, 0.6), "passname": (0.9, 1.0), "passno": (0.6, 0.9),
    "pcover": (0.5, 0.7), "cards": (0.6, 0.9), "cash": (0.85, 1.0), "wx": (0.4, 0.7),
    "wstyle": (0.6, 0.7), "wmat": (0.4, 0.5), "cstyle": (0.5, 0.6), "access": (0.6, 0.8),
    "keyring": (0.8, 0.9), "nkeys": (0.55, 0.9), "locker": (0.9, 1.0), "lband": (0.5, 0.7),
    "bstyle": (0.5, 0.6), "hstyle": (0.6, 0.7), "bagmark": (0.6, 0.7), "tag": (0.8, 0.9),
    "item": (0.7, 0.85), "bib": (0.9, 0.95), "frame": (0.25, 0.4), "plate": (0.8, 0.95),
    "block": (0.5, 0.6), "bacc": (0.6, 0.7), "eacc": (0.6, 0.8), "engr": (0.7, 0.55),
    "deco": (0.75, 0.85), "seat": (0.75, 0.95), "tno": (0.4, 0.8), "tname": (0.3, 0.6),
    "print": (0.7, 0.8), "pcards": (0.5, 0.7), "size": (0.4, 0.6), "pocket": (0.5, 0.6),
    "jmark": (0.5, 0.6), "captext": (0.7, 0.8), "lens": (0.5, 0.6), "scase": (0.4, 0.6),
    "tmark": (0.5, 0.6), "kpattern": (0.6, 0.8), "cashform": (0.7, 0.9), "win_id": (0.7, 0.9),
    "event": (0.95, 0.95),
}
# how likely a finder sees / bothers with a head fact, per kind
FINDER_BRAND = {"phone": 0.75, "earbuds": 0.55, "watch": 0.7, "band": 0.45, "powerbank": 0.7, "camera": 0.9,
                "tablet": 0.7, "wallet": 0.4, "backpack": 0.6, "handbag": 0.5, "runbelt": 0.6, "bicycle": 0.85,
                "ebike": 0.9, "sunglasses": 0.5, "jacket": 0.5, "cap": 0.5, "carkey": 0.9, "ebikekey": 0.7,
                "jewel": 0.15, "lightstick": 0.6}
FINDER_MODEL = {"phone": 0.15, "earbuds": 0.05, "watch": 0.3, "band": 0.2, "powerbank": 0.6, "camera": 0.7,
                "tablet": 0.2, "backpack": 0.2, "handbag": 0.1, "runbelt": 0.2, "bicycle": 0.5, "ebike": 0.6,
                "sunglasses": 0.4, "jacket": 0.1, "carkey": 0.3, "lightstick": 0.5}
OWNER_MODEL = {"phone": 0.45, "watch": 0.6, "camera": 0.6, "ebike": 0.5, "bicycle": 0.45, "lightstick": 0.6,
               "earbuds": 0.35, "band": 0.35, "powerbank": 0.3}


def F(fid, param, own, fin, en=None, field="marks"):
    """own/fin/en: lists of (body phrase, field value or None)."""
    po, pf = PROB.get(fid, PROB.get(param, (0.5, 0.6)))
    return dict(id=fid, param=param, o=own, f=fin, en=en, field=field, po=po, pf=pf, head=False)


def pool_fact(fid, param, key, idx):
    own, fin, en = P(POOLS[key][idx])
    return F(fid, param, [(x, x) for x in own], [(x, x) for x in fin] if fin else None,
             [(x, x) for x in en] if en else None)


def facts_of(o):
    p = o["p"]
    k = o["kind"]
    out = []
    for key in list(p.keys()):
        v = p[key]
        if key == "sub":
            continue
        if key == "color":
            cw = COLOR[v]
            plain = {"黑的": "黑色", "白的": "白色", "粉粉的": "粉色"}
            f = F("color", "color", [(x, plain.get(x, x)) for x in cw[0]], [(x, x) for x in cw[1]],
                  [(cw[2], cw[2])], field="color")
            f["head"] = True
            out.append(f)
        elif key == "brand":
            zh, ens, py, typo = BR[v]
            ens = brand_en(v, k)
            own = [(zh, zh)] * 5 + [(e, e) for e in ens] * 2 + [(py, py), (ch(typo), ch(typo)),
                                                               (zh + ens[0], zh + ens[0])]
            fin = [(zh, zh)] * 2 + [(e, e) for e in ens] * 2 + [("印有%s标识的" % ens[0], ens[0])]
            f = F("brand", "brand", own, fin, [(e, e) for e in ens], field="brand")
            f["head"] = True
            f["pf"] = FINDER_BRAND.get(k, 0.5)
            out.append(f)
        elif key == "model":
            forms = model_forms(v)
            own = [(m, m) for m in model_forms(v, owner=True)]
            fin = [(m, m) for m in forms]
            f = F("model", "model", own, fin, [(m, m) for m in forms], field="model")
            f["head"] = True
            f["po"] = OWNER_MODEL.get(k, 0.3)
            f["pf"] = FINDER_MODEL.get(k, 0.2)
            out.append(f)
        elif key == "imei":
            sp = "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14])
            sp2 = "%s %s %s %s" % (v[:4], v[4:8], v[8:12], v[12:])
            dash = "%s-%s-%s-%s" % (v[:2], v[2:8], v[8:14], v[14])
            own = [("IMEI：" + v, v), ("IMEI号 " + sp, sp), ("串号" + dash, dash),
                   ("IMEI后六位" + v[-6:], "IMEI后六位" + v[-6:]), ("包装盒上的IMEI是" + sp2, sp2)]
            fin = [("经拨*#06#查得IMEI：" + v, v), ("紧急拨号界面查得IMEI " + sp, sp)]
            out.append(F("imei", "imei", own, fin, [("IMEI " + v, v)], field="serial"))
        elif key in ("holder", "win_id"):
            name, no = v["name"], v["no"]
            doc = {"idcard": "身份证", "license": "驾驶证", "sscard": "社保卡"}.get(k, "身份证")
            if key == "win_id":
                own = [("里面有我的身份证，名字是" + name, "内有身份证（" + name + "）"),
                       ("身份证也在里面，" + name, "身份证" + name)]
                fin = [("内有身份证一张（姓名" + name + "）", "内有身份证 " + name),
                       ("内有身份证一张，姓名%s，号码%s" % (mask_name(name), id_forms(no)[1]), "身份证 " + mask_name(name)),
                       ("内有%s的身份证" % name, "身份证 " + name)]
                out.append(F("win_id", "win_id", own, fin))
                continue
            own = [("姓名" + name, "姓名" + name), ("名字是" + name, "姓名" + name), ("上面是" + name, name),
                   ("我叫" + name, "姓名" + name)]
            fin = [("姓名：" + name, "姓名" + name), ("姓名" + name, name), ("持证人%s" % mask_name(name), "姓名" + mask_name(name))]
            out.append(F("hname", "holder", own, fin))
            forms = id_forms(no)
            own = [(doc + "号" + no, no), ("证件号" + forms[1], forms[1]), (doc + "后四位" + no[-4:], "尾号" + no[-4:]),
                   ("号码是" + no, no), ("号码" + forms[2], forms[2])]
            fin = [("公民身份号码" + no, no), ("证件号码" + no, no), ("号码" + forms[1], forms[1]),
                   ("证号" + forms[3], forms[3])]
            out.append(F("hno", "holder", own, fin, field="serial"))
        elif key == "stu":
            own = [("名字" + v["name"], "姓名" + v["name"]), ("上面是" + v["name"], v["name"])]
            fin = [("姓名" + v["name"], "姓名" + v["name"])]
            out.append(F("hname", "stu", own, fin))
            own = [(v["school"] + "的", v["school"]), ("是" + v["school"] + "的证", v["school"])]
            fin = [(v["school"] + "学生证", v["school"]), ("学校：" + v["school"], v["school"])]
            out.append(F("school", "stu", own, fin))
            own = [("学号" + v["no"], v["no"]), ("学号后四位" + v["no"][-4:], "学号尾号" + v["no"][-4:])]
            fin = [("学号" + v["no"], v["no"])]
            out.append(F("stuno", "stu", own, fin, field="serial"))
        elif key == "pass":
            n, no = v["name"], v["no"]
            own = [("姓名" + n, n)]
            fin = [("姓名" + n, n), ("持照人" + n, n)]
            en = [("Name: " + n, n), ("the name is " + n, n)]
            out.append(F("passname", "pass", own, fin, en))
            own = [("证件号" + no, no), ("号码" + no, no)]
            fin = [("证件号码" + no, no), ("护照号" + no, no)]
            en = [("passport number " + no, no), ("Passport No. " + no, no),
                  ("the number ends with " + no[-4:], "ends " + no[-4:])]
            out.append(F("passno", "pass", own, fin, en, field="serial"))
        elif key == "cards":
            t = v[0]
            n = len(v)
            own = [("有张%s的卡，尾号%s" % (t[0], t[2]), "尾号" + t[2]),
                   ("%d张银行卡，其中%s那张卡号后四位%s" % (n, t[0], t[2]), t[2]),
                   ("银行卡 %s **** **** %s" % (t[1], t[2]), "%s **** **** %s" % (t[1], t[2])),
                   ("银行卡末四位%s" % t[2], "末四位" + t[2])]
            fl = "、".join("%s%s********%s" % (c[0], c[1], c[2]) for c in v)
            fl2 = "、".join("尾号" + c[2] for c in v)
            fin = [("内有银行卡%d张（%s）" % (n, fl), "%s********%s" % (t[1], t[2])),
                   ("银行卡%d张，%s" % (n, fl2), "尾号" + t[2])]
            en = [("a bank card ending %s" % t[2], t[2])]
            out.append(F("cards", "cards", own, fin, en, field="serial"))
        elif key == "cash":
            if k == "cash":
                own = [(money_approx(v), None) for _ in range(2)] + [("一共%d元" % v, "%d元" % v)]
                fin = [("共计人民币%d元（%s）" % (v, money_exact(v)), "%d元" % v),
                       ("现金%d元" % v, "%d元" % v)]
            else:
                own = [("里面有%s现金" % money_approx(v), None), ("现金%s" % money_approx(v), None)]
                fin = [("内有现金%d元" % v, "现金%d元" % v), ("现金%d元（%s）" % (v, money_exact(v)), "现金%d元" % v)]
            out.append(F("cash", "cash", own, fin, [("about %d yuan cash" % v, None)]))
        elif key in ("wx0", "wx1"):
            f = pool_fact("wx", key, "wx", v)
            f["o"] = [("里面还有" + b, fv) for b, fv in f["o"]] + [("还有" + b, fv) for b, fv in f["o"]]
            f["f"] = [("内有" + b, fv) for b, fv in f["f"]] + f["f"]
            out.append(f)
        elif key.startswith("item"):
            grp, idx = v
            own, fin, en = P(ITEMS[grp][idx])
            pre_o = ["里面有", "装着", "里面有"] if k not in ("runbelt",) else ["腰包里有", "里面装着"]
            out.append(F("item", key, [(ch(pre_o) + x, x) for x in own] * 2 + [(x, x) for x in own],
                         [("内有" + x, x) for x in fin] + [(x, x) for x in fin],
                         [("inside: " + x, x) for x in en] if en else None))
        elif key == "nkeys":
            own = [("一共%d把钥匙" % v, "%d把钥匙" % v), ("%d把" % v, "%d把钥匙" % v)]
            fin = [("共%d把钥匙" % v, "%d把钥匙" % v)]
            if k == "ebikekey":
                fin = [("共%d把" % v, "%d把" % v)]
            out.append(F("nkeys", "nkeys", own, fin, [("%d keys" % v, None)]))
        elif key == "locker":
            own = [("手牌号%d" % v, "%d号" % v), ("柜号%d号" % v, str(v))]
            fin = [("手牌号码%d" % v, "%d号" % v), ("编号%d" % v, str(v))]
            out.append(F("locker", "locker", own, fin, field="serial"))
        elif key == "tag":
            if k == "toy":
                own = [("衣服上绣着名字“%s”" % v, "绣字" + v)]
                fin = [("衣服上绣“%s”二字" % v, "绣字" + v)]
            else:
                own = [("挂着名牌，写着%s" % v, "名牌 " + v), ("包上有个名字牌“%s”" % v, "名牌" + v)]
                fin = [("挂有名牌，写“%s”" % v, "名牌 " + v), ("名字牌写有“%s”" % v, v)]
            out.append(F("tag", "tag", own, fin))
        elif key == "bib":
            own = [("号码布是" + v, v), ("存包号就是我的参赛号" + v, v), ("参赛号" + v, v),
                   ("号码" + v[0] + " " + v[1:], v[0] + v[1:])]
            fin = [("袋上贴参赛号码" + v, v), ("存包贴纸号码 " + v, v), ("号码贴“%s”" % v, v)]
            en = [("bib number " + v, v), ("my bib is " + v, v)]
            out.append(F("bib", "bib", own, fin, en, field="serial"))
        elif key == "frame":
            sp = v[:4] + " " + v[4:7] + " " + v[7:]
            own = [("车架号" + v, v), ("车架号后六位" + v[-6:], "车架号后六位" + v[-6:]), ("车架号 " + sp, sp)]
            fin = [("车架钢印号" + v, v), ("车架号" + sp, sp)]
            out.append(F("frame", "frame", own, fin, field="serial"))
        elif key == "plate":
            forms = [v, v[:2] + "·" + v[2:], v[:2] + "-" + v[2:], v[:2] + " " + v[2:]]
            own = [("车牌" + f, f) for f in forms] + [("牌照号码后五位" + v[2:], v[2:])]
            fin = [("车牌" + f, f) for f in forms]
            out.append(F("plate", "plate", own, fin, field="serial"))
        elif key == "cserial":
            own = [("机身序列号" + v, v), ("序列号后四位" + v[-4:], "序列号尾号" + v[-4:])]
            fin = [("底部序列号" + v, v), ("机身编号" + v, v)]
            out.append(F("cserial", "cserial", own, fin, field="serial"))
        elif key == "event":
            nm = {"c1": "林栖4月12日演唱会", "c2": "极光信号4月19日演唱会", "fb": "4月26日临川城建主场比赛"}[v]
            fn = {"c1": "林栖「栖光」巡演临川站", "c2": "极光信号「信号不灭」演唱会", "fb": "临川城建vs江州海港"}[v]
            out.append(F("event", "event", [(nm + "的", nm)], [("票面为" + fn, fn)], field="event"))
        elif key == "seat":
            a, r, s = v
            own = [("座位%s%d排%d号" % (a, r, s), "%s%d排%d号" % (a, r, s)),
                   ("%s %d排%d座" % (a, r, s), "%s %d排%d座" % (a, r, s))]
            fin = [("座位%s%d排%d号" % (a, r, s), "%s%d排%d号" % (a, r, s)),
                   ("票面座位：%s第%d排%d座" % (a, r, s), "%s-%d-%d" % (a, r, s))]
            out.append(F("seat", "seat", own, fin))
        elif key == "tno":
            own = [("票号最后四位" + v, "票号尾号" + v), ("票号尾号是" + v, "尾号" + v)]
            fin = [("票号末四位" + v, "票号末四位" + v), ("票号…" + v, "…" + v)]
            out.append(F("tno", "tno", own, fin, field="serial"))
        elif key == "tname":
            own = [("实名是%s" % v, "实名" + v), ("票上是我的名字%s" % v, "实名" + v)]
            fin = [("票面实名“%s”" % mask_name(v), "实名" + mask_name(v))]
            out.append(F("tname", "tname", own, fin))
        elif key in POOLS:
            out.append(pool_fact(key, key, key, v))
        else:
            raise KeyError(key)
    return out


# ------------------------------------------------------------------ the twin: change exactly one fact

def alt_param(o, param, stated_ids):
    """Return a copy of o with one parameter changed so the finder can see the difference."""
    q = dict(kind=o["kind"], cat=o["cat"], p=json.loads(json.dumps(o["p"])), hidden=[])
    p = q["p"]
    k = o["kind"]
    v = p[param]
    if param == "color":
        opts = far_colors(v)
        p["color"] = ch(opts)
    elif param == "brand":
        b, m = pick_brand(k, exclude=v)
        p["brand"] = b
        if "model" in p:
            p["model"] = m or p["model"]
    elif param == "model":
        ms = [m for m in models_of(k, p["brand"]) if m != v]
        p["model"] = ch(ms)
    elif param == "imei":
        p["imei"] = make_imei()
        while p["imei"][-6:] == v[-6:]:
            p["imei"] = make_imei()
    elif param in ("holder", "win_id"):
        no = make_idno(v["no"][:6], int(v["no"][6:10]))
        while no[-4:] == v["no"][-4:]:
            no = make_idno(v["no"][:6], int(v["no"][6:10]))
        if param == "holder" and "hno" in stated_ids:
            p[param] = dict(name=v["name"], no=no)       # same name, another person (重名)
        else:
            name = person_name()
            while name == v["name"]:
                name = person_name()
            p[param] = dict(name=name, no=no)
    elif param == "stu":
        no = v["no"][:4] + digits(6)
        while no[-4:] == v["no"][-4:]:
            no = v["no"][:4] + digits(6)
        if "stuno" in stated_ids:
            p["stu"] = dict(name=v["name"], school=v["school"], no=no)
        else:
            name = person_name()
            while name == v["name"]:
                name = person_name()
            p["stu"] = dict(name=name, school=v["school"], no=no)
    elif param == "pass":
        if "passno" in stated_ids:
            no = v["no"][0] + digits(7)
            while no[-4:] == v["no"][-4:]:
                no = v["no"][0] + digits(7)
            p["pass"] = dict(name=v["name"], no=no)
        else:
            f, l = ch([x for x in FOREIGN if ("%s %s" % (x[1], x[0])).upper() != v["name"]])
            p["pass"] = dict(name=("%s %s" % (l, f)).upper(), no=v["no"][0] + digits(7))
    elif param == "cards":
        c0 = v[0]
        tail = digits(4)
        while tail in [c[2] for c in v]:
            tail = digits(4)
        p["cards"] = [[c0[0], c0[1], tail]] + v[1:]
    elif param == "cash":
        if v < 1500 and (v < 200 or pr(0.5)):
            new = uni(int(v * 2.5) + 5, int(v * 4) + 10)
        else:
            new = max(5, uni(int(v * 0.15), int(v * 0.4)))
        p["cash"] = new // 10 * 10 if new >= 100 else new
    elif param == "tag":
        p["tag"] = ch([x for x in KIDNAMES if x != v]) if k == "toy" else person_name()
    elif param == "bib":
        p["bib"] = v[0] + "%05d" % uni(1001, 29999)
    elif param == "frame":
        p["frame"] = v[:4] + digits(6)
        while p["frame"][-6:] == v[-6:]:
            p["frame"] = v[:4] + digits(6)
    elif param == "plate":
        p["plate"] = "临" + ch("ABCDEFGH") + "%05d" % uni(10000, 99999)
        while p["plate"][2:] == v[2:]:
            p["plate"] = "临" + ch("ABCDEFGH") + "%05d" % uni(10000, 99999)
    elif param == "cserial":
        p["cserial"] = v[:2] + digits(8)
        while p["cserial"][-4:] == v[-4:]:
            p["cserial"] = v[:2] + digits(8)
    elif param == "locker":
        p["locker"] = ch([x for x in range(101, 481) if abs(x - v) > 20])
    elif param == "nkeys":
        p["nkeys"] = ch([x for x in range(1, 8) if abs(x - v) >= 2])
    elif param == "seat":
        a, r, s = v
        p["seat"] = [a, ch([x for x in range(1, 31) if x != r]), ch([x for x in range(1, 41) if x != s])]
    elif param == "tno":
        p["tno"] = ch([x for x in ("%04d" % uni(0, 9999) for _ in range(5)) if x != v] or ["0000" if v != "0000" else "0001"])
    elif param.startswith("item"):
        grp, idx = v
        used = [p[x][1] for x in p if x.startswith("item")]
        p[param] = [grp, ch([i for i in range(len(ITEMS[grp])) if i not in used])]
    elif param in ("wx0", "wx1"):
        used = [p[x] for x in ("wx0", "wx1") if x in p]
        p[param] = ch([i for i in range(len(POOLS["wx"])) if i not in used])
    elif param in POOLS:
        p[param] = other_index(len(POOLS[param]), v)
    else:
        return None
    # json round trip turned tuples into lists; keep them as lists consistently
    return q


TWIN_PARAMS = ["color", "brand", "model", "imei", "holder", "win_id", "stu", "pass", "cards", "cash", "tag",
               "bib", "frame", "plate", "cserial", "locker", "nkeys", "seat", "tno", "lock", "pcase", "budcover",
               "strap", "face", "pbsticker", "camstrap", "tcase", "sleeve", "keyring", "access", "bagmark",
               "eacc", "bacc", "engr", "deco", "print", "captext", "lens", "wstyle", "hstyle", "item0", "item1",
               "item2", "wx0", "wx1", "dmg", "wdmg", "kpattern", "lband"]


DISTINCT_MARKS = ["lock", "pcase", "dmg", "budcover", "strap", "face", "wdmg", "pbsticker", "camstrap", "photos",
                  "tcase", "sleeve", "pcover", "keyring", "bagmark", "bacc", "eacc", "engr", "deco", "pcards",
                  "pocket", "jmark", "captext", "tmark", "access", "cable"]


def norm(o):
    """tuples -> lists so that truth records and clones compare equal after json."""
    o["p"] = json.loads(json.dumps(o["p"]))
    return o


# ------------------------------------------------------------------ situations (hidden truth of when/where)

def event_time(scen, phase, day, pid):
    b = day * DAY
    if scen in ("c1", "c2"):
        rng = {"queue": (hm(16, 30), hm(19, 25)), "before": (hm(13, 30), hm(18, 30)), "show": (hm(19, 35), hm(22, 15)),
               "after": (hm(22, 15), hm(23, 50)), "park_v": (hm(17, 0), hm(23, 30))}[phase]
    elif scen == "fb":
        rng = {"queue": (hm(18, 0), hm(19, 30)), "show": (hm(19, 35), hm(21, 30)), "after": (hm(21, 30), hm(22, 45)),
               "before": (hm(16, 30), hm(19, 0)),
               "park_v": (hm(18, 0), hm(22, 30))}[phase]
    elif scen == "mar":
        if phase == "drop":
            rng = ch([(hm(5, 40), hm(7, 10)), (hm(10, 30), hm(14, 0))])
        elif phase == "start":
            rng = (hm(6, 40), hm(7, 35))
        elif phase == "route":
            kmv = ROUTE_KM[pid]
            t = hm(7, 30) + int(kmv * R.uniform(4.2, 7.5))
            rng = (t, t + 5)
        elif phase == "finish":
            rng = (hm(9, 40), hm(13, 30))
        else:
            rng = ch([(hm(5, 0), hm(6, 10)), (hm(13, 0), hm(16, 0))])
    else:
        rng = {"swim": (hm(7, 0), hm(21, 0)), "park": (hm(6, 0), hm(19, 30)), "metro": (hm(7, 0), hm(23, 0)),
               "food": (hm(11, 0), hm(23, 30)), "ride": (hm(8, 0), hm(23, 40)), "hotel": (hm(7, 0), hm(12, 30)),
               "park_v": (hm(7, 0), hm(20, 0))}[phase]
    return b + uni(rng[0], rng[1])


def choose_voice(o, scen, phase):
    k = o["kind"]
    if k in ("kidsbag", "toy"):
        return "parent"
    if k == "passport":
        return "foreign"
    if scen == "mar":
        if phase in ("drop", "start", "route", "finish") or k in ("runbelt", "dropbag", "watch"):
            if k in FOREIGN_KINDS and pr(0.22):
                return "foreign"
            if k in ("runbelt", "dropbag", "watch", "band") or phase in ("drop", "start", "route"):
                return "runner"
            return wch([("runner", 5), ("parent", 2), ("visitor", 2)])
        return wch([("runner", 3), ("visitor", 2)])
    if scen in ("c1", "c2"):
        if k in ("lightstick", "banner", "tote", "ticket"):
            return wch([("fan", 9), ("visitor", 2)])
        return wch([("fan", 7), ("visitor", 2), ("parent", 1), ("commuter", 1)])
    if scen == "fb":
        return wch([("football", 7), ("visitor", 1), ("parent", 1)])
    if scen == "swim":
        return wch([("commuter", 4), ("parent", 4), ("elderly", 2)])
    if scen == "park":
        if k in ("watch", "band", "runbelt", "earbuds", "sunglasses", "cap"):
            return wch([("runner", 5), ("commuter", 2), ("elderly", 1)])
        return wch([("runner", 2), ("parent", 3), ("elderly", 3), ("commuter", 1)])
    if scen == "metro":
        return wch([("commuter", 5), ("visitor", 3), ("fan", 2)])
    if scen == "ride":
        return wch([("visitor", 6), ("commuter", 3), ("fan", 1)])
    if scen == "hotel":
        return wch([("visitor", 8), ("runner", 2)])
    if scen == "food":
        return wch([("commuter", 4), ("visitor", 3), ("fan", 3)])
    return wch([("commuter", 6), ("fan", 2), ("elderly", 2)])


def make_situation(o, scen=None):
    k = o["kind"]
    if scen is None:
        scen = wch(list(KIND_SCEN[k].items()))
    spots = list(SCEN_SPOTS[scen])
    if k in ("bicycle", "ebike"):
        if scen in ("c1", "c2", "fb"):
            spots = [("bike_north", "park_v", 1)]
        elif scen == "park":
            spots = [("park_court", "park_v", 1), ("park_kids", "park_v", 1)]
    elif k == "dropbag":
        spots = [("bag_drop", "drop", 1)]
    elif k == "ticket":
        spots = [s for s in spots if s[1] in ("queue", "before")] + [("metro_hall", "before", 1)]
    elif k == "passport" and scen == "mar":
        spots = [("bag_drop", "drop", 2), ("finish", "finish", 1), ("hotel", "hotel", 1)]
    elif k in ("watch", "runbelt") and scen == "mar":
        spots = [s for s in spots if s[1] != "hotel"]
    pid, phase = wch([((a, b), w) for a, b, w in spots])
    day = EVENT_DAY.get(scen)
    if day is None:
        day = uni(0, 20)
    t = event_time(scen, phase, day, pid)
    o["scen"], o["phase"], o["day"] = scen, phase, day
    o["t"] = t
    o["voice"] = choose_voice(o, scen, phase)
    if pid == "hotel":
        pid = ch(HOTELS)
        o["room"] = "%d%02d" % (uni(3, 16), uni(1, 30))
    if pid == "ride":
        o["pickup"] = ch(["taxi", "ridehail", "east_gate1", "north_plaza", "food"]) if scen != "mar" else "finish"
        if scen not in ("c1", "c2", "fb", "mar"):
            o["pickup"] = ch(["taxi", "ridehail", "food", "metro_A", "swim"])
        o["dest"] = ch(DESTS)
        o["xy"] = jitter(PL[o["pickup"]]["xy"], 0.05)
        o["ride_kind"] = ch(["taxi", "ridehail"])
    elif pid == "metro_train":
        o["xy"] = PL["metro_hall"]["xy"]
        o["dest"] = ch(["st_ljw", "st_xt", "st_gl", "st_sm"])
    else:
        o["xy"] = jitter(PL[pid]["xy"], 0.08)
    o["place"] = pid
    # the owner's window: from when they last had it to when they noticed
    v = o["voice"]
    if phase == "park_v":
        a, b = uni(60, 360), uni(20, 240)
    elif pid in HOTELS:
        a, b = uni(120, 720), uni(30, 300)
    elif pid == "ride":
        a, b = uni(3, 25), uni(5, 60)
    elif v in ("runner", "foreign"):
        a, b = uni(5, 60), uni(5, 100)
    else:
        a = wch([(uni(10, 120), 6), (uni(60, 300), 3), (uni(300, 600), 1)])
        b = wch([(uni(5, 90), 6), (uni(60, 240), 3), (uni(240, 600), 1)])
    day0 = (t // DAY) * DAY + hm(7, 0)
    if t - a < day0 <= t:
        a = t - day0
    t0 = (t - a) // 10 * 10
    t1 = min(-(-(t + b) // 10) * 10, NOW - 30)
    o["w"] = (t0, t1)
    return o


def found_delay(o):
    ph = o["phase"]
    if ph in ("queue", "show", "before", "after") and o["place"] in PL and PL[o["place"]]["cluster"] == "stadium":
        r = R.random()
        if r < 0.4:
            return uni(5, 90)
        day_end = o["day"] * DAY + hm(23, 30) + uni(0, 150)
        if r < 0.8 and day_end > o["t"]:
            return day_end - o["t"]
        return (o["day"] + 1) * DAY + uni(hm(8, 0), hm(12, 0)) - o["t"]
    rng = {"route": (20, 300), "drop": (30, 480), "start": (10, 240), "finish": (10, 300), "metro": (10, 360),
           "ride": (20, 600), "hotel": (30, 600), "park": (15, 1440), "swim": (10, 480), "food": (5, 300),
           "park_v": (60, 2880), "after": (10, 300)}.get(ph, (10, 600))
    if o["place"] in HOTELS:
        rng = (30, 600)
    if o["place"] == "ride":
        rng = (20, 600)
    return uni(*rng)


def found_place(o):
    pid = o["place"]
    k = o["kind"]
    if pid == "metro_train":
        return ch([o["dest"], o["dest"], "st_ljw", "st_xt", "metro_hall"]), "metro"
    if pid == "ride":
        return o["dest"], o["ride_kind"]
    if pid in HOTELS:
        return pid, "hotel"
    if k == "dropbag":
        return ch(["bag_drop", "bag_drop", "race_info"]), "race"
    if o["phase"] == "park_v":
        r = R.random()
        if r < (0.6 if k == "ebike" else 0.35):
            return "tow_lot", "cg"
        if r < 0.8:
            return pid, ch(["cg", "citizen"])
        return ch(["res_1", "res_2"]), "citizen"
    cl = PL[pid]["cluster"]
    r = R.random()
    if cl == "stadium":
        if r < 0.65:
            return pid, None
        if r < 0.85:
            near = [x for x in STADIUM_NEAR if x != pid and km(PL[x]["xy"], PL[pid]["xy"]) < 1.2]
            return (ch(near) if near else pid), None
        return ("race_info" if o["scen"] == "mar" else "service_north"), None
    if cl == "park":
        if r < 0.7:
            return pid, None
        if r < 0.9:
            return ch([x for x in PARK_NEAR if x != pid]), None
        return "park_office", None
    if cl == "route":
        if r < 0.8:
            return pid, None
        return "race_info", "race"
    return pid, None


ROLE_BY_PLACE = {
    "north_gate": ["security", "volunteer", "cleaner"], "east_gate1": ["security", "volunteer", "cleaner"],
    "west_gate2": ["security", "volunteer"], "south_gate": ["security", "volunteer", "cleaner"],
    "field": ["cleaner", "volunteer", "security"], "stand": ["cleaner", "volunteer", "cleaner"],
    "north_plaza": ["volunteer", "cleaner", "citizen"], "east_plaza": ["volunteer", "race", "cleaner"],
    "bag_drop": ["race", "volunteer"], "finish": ["race", "volunteer", "cleaner"],
    "metro_A": ["metro", "citizen"], "metro_hall": ["metro", "metro", "citizen"],
    "bike_north": ["cg", "citizen", "security"], "taxi": ["taxi", "citizen"], "ridehail": ["ridehail", "citizen"],
    "food": ["shop", "shop", "citizen"], "service_north": ["volunteer"], "race_info": ["race", "volunteer"],
    "swim": ["pool", "pool", "cleaner"], "park_track": ["park", "citizen", "cleaner"],
    "park_lake": ["park", "citizen", "cleaner"], "park_kids": ["park", "citizen"], "park_court": ["park", "citizen"],
    "park_office": ["park"], "tow_lot": ["cg"], "res_1": ["citizen"], "res_2": ["citizen", "cleaner"],
    "st_ljw": ["metro"], "st_xt": ["metro"], "st_gl": ["metro"], "st_sm": ["metro"],
    "d_rail": ["taxi", "citizen"], "d_gulou": ["citizen", "taxi"], "d_xg": ["citizen", "ridehail"],
    "d_hosp": ["citizen", "taxi"],
    "far_station": ["rail", "citizen"], "far_airport": ["airport", "citizen"], "far_town": ["citizen", "cleaner"],
    "far_mall": ["mall", "citizen"], "far_county": ["citizen", "rail"], "far_univ": ["citizen", "cleaner"],
}
for _p in PL:
    if _p.startswith("wr"):
        ROLE_BY_PLACE[_p] = ["volunteer", "cleaner", "citizen"]
    if _p in HOTELS:
        ROLE_BY_PLACE[_p] = ["hotel"]

ROLES = {
    "volunteer": (["志愿者", "赛事志愿者", "场馆志愿者"], ["我是今天的志愿者，", "志愿者交来：", "我是场馆志愿者，"]),
    "security": (["安保人员", "安检口安保队员", "场馆安保"], ["我是安检口的安保，", "安保队员交来："]),
    "cleaner": (["保洁人员", "保洁阿姨", "环卫工人"], ["我是做保洁的，", "扫地时捡的：", "保洁员交来："]),
    "hotel": (["酒店前台", "客房服务员", "酒店大堂经理"], ["我是酒店前台，", "客房服务员整理时，"]),
    "taxi": (["出租车司机", "的哥"], ["我是开出租的，", "出租车司机送来："]),
    "ridehail": (["网约车司机"], ["我是跑网约车的，", "网约车司机送来："]),
    "metro": (["地铁站务员", "地铁工作人员", "3号线站务"], ["地铁站工作人员交来：", "我是站务员，"]),
    "shop": (["店员", "烧烤店老板", "便利店店员", "奶茶店店员"], ["我是店里的服务员，", "店员交来："]),
    "citizen": (["市民", "路过的市民", "一名热心市民"], ["我是路过的，", "我是附近居民，", "热心市民交来："]),
    "pool": (["游泳馆工作人员", "救生员", "游泳馆前台"], ["我是游泳馆前台，", "救生员巡场时，"]),
    "park": (["公园保洁", "园林工人", "公园巡逻保安"], ["我是公园保安，", "园林工人交来："]),
    "race": (["赛事工作人员", "存包区工作人员", "终点区工作人员"], ["我是存包区的工作人员，", "组委会工作人员交来："]),
    "cg": (["城管队员", "交警", "执法队员"], ["违停清拖：", "城管队员交来："]),
    "rail": (["车站工作人员", "客运员"], ["车站客运员交来："]),
    "airport": (["机场地勤", "机场保洁"], ["机场工作人员交来："]),
    "mall": (["商场保安", "商场服务台"], ["商场服务台交来："]),
}

# ------------------------------------------------------------------ writing text
OPEN = {
    "fan": ["啊啊啊救命，", "家人们谁懂啊，", "呜呜呜，", "急急急！！", "求求了，", "啊啊啊啊我真的会哭，", "姐妹们帮帮忙，", "", "报失！！"],
    "runner": ["", "", "跑者报失：", "您好，"],
    "parent": ["您好，", "麻烦登记一下，", "你好，孩子的东西丢了，", ""],
    "visitor": ["你好，我是外地来的，", "您好，我们从外地过来玩，", "你好，", "出差住在附近，"],
    "elderly": ["同志你好，", "你好啊，", "麻烦你们了，", ""],
    "commuter": ["你好，", "", "报失：", "麻烦登记："],
    "football": ["看球丢了东西，", "你好，", "", "哥们儿丢东西了，"],
}
CLOSE = {
    "fan": ["求好心人捡到联系我！！", "里面有我好多饭拍呜呜呜", "有重谢！！真的！！", "真的很重要求求了", "捡到的宝子联系我，必有重谢",
            "蹲一个好心人啊啊啊", ""],
    "runner": ["", "如有拾到请联系，谢谢。", "有重谢。", "谢谢志愿者和民警。"],
    "parent": ["孩子一直在哭，麻烦大家留意。", "谢谢！", "有消息请联系我。", ""],
    "visitor": ["我过两天就回去了，麻烦尽快联系。", "对这边不熟，拜托了。", "谢谢！", ""],
    "elderly": ["麻烦你们了，谢谢。", "东西不值钱，是个念想。", ""],
    "commuter": ["谢谢。", "", "有消息请联系。", "必有酬谢。"],
    "football": ["谢了。", "", "有捡到的兄弟联系我。"],
}
TYPOS = [("的", "得"), ("在", "再"), ("手机", "手几"), ("耳机", "耳几"), ("钱包", "钱抱"), ("身份证", "身分证"),
         ("充电宝", "充电包"), ("钥匙", "钥是"), ("应援棒", "应援帮"), ("已经", "以经"), ("安检", "按检"),
         ("演唱会", "演唱回"), ("马拉松", "马拉送"), ("护照", "户照"), ("麻烦", "麻凡"), ("体育场", "体育厂"),
         ("门口", "们口"), ("帮忙", "帮帮忙"), ("看台", "看抬"), ("颜色", "眼色"), ("里面", "里边"),
         ("找不到", "找不倒"), ("不见了", "不见啦"), ("地铁", "地跌")]


def typo(s, n):
    cand = [(a, b) for a, b in TYPOS if a in s]
    R.shuffle(cand)
    for a, b in cand[:n]:
        i = s.find(a)
        s = s[:i] + b + s[i + len(a):]
    return s


def join_bm(b, m):
    if not b:
        return m or ""
    if not m:
        return b
    if m.lower().startswith(b.lower()):
        return m
    if b[-1].isascii() and m[0].isascii():
        return b + " " + m
    return b + m


def owner_noun(o):
    k = o["kind"]
    if k in SUBS:
        for s in SUBS[k]:
            if s[0] == o["p"]["sub"]:
                return ch(s[2])
    if k == "camera" and o["p"].get("model", "").startswith("Action"):
        return ch(["运动相机", "相机"])
    return ch(KINDS[k][1])


def finder_noun(o):
    k = o["kind"]
    if k in SUBS:
        for s in SUBS[k]:
            if s[0] == o["p"]["sub"]:
                return ch(s[3])
    if k == "camera" and o["p"].get("model", "").startswith("Action"):
        return "运动相机一台"
    return ch(KINDS[k][2])


def en_noun(o):
    k = o["kind"]
    if k == "bicycle":
        return SUB_EN[o["p"]["sub"]]
    return ch(KINDS[k][3])


def head_owner(noun, c, b, m, cl):
    bm = join_bm(b, m)
    de = "的" if c and not c.endswith("的") and pr(0.35) else ""
    one = "一" + cl if pr(0.4) else ""
    style = R.randrange(4)
    if style == 0 or not (bm or c):
        return one + (c or "") + de + bm + noun
    if style == 1 and bm:
        return noun + "，" + bm + ("，" + c if c else "")
    if style == 2 and b:
        return one + (c or "") + de + noun + "，牌子是" + b + ("，型号" + m if m else "")
    if c and bm and pr(0.4):
        return one + c + de + noun + "，" + bm + "的"
    return one + (c or "") + de + bm + noun


def head_finder(noun, c, b, m):
    style = R.randrange(3)
    logo = b if b and b.startswith("印有") else None
    b = None if logo else b
    if style == 0:
        return (c or "") + (b or "") + noun + ("，" + logo if logo else "") + ("，型号%s" % m if m else "")
    parts = [x for x in [c, ("品牌" + b) if b else logo, ("型号" + m) if m else None] if x]
    if style == 1 or noun.endswith("）"):
        return noun + ("，" + "，".join(parts) if parts else "")
    return noun + ("（%s）" % "，".join(parts) if parts else "")


def when_owner(o):
    t0, t1 = o["w"]
    t = o["t"]
    d0, d1 = dt(t0), dt(t1)
    if t1 - t0 > 300:
        if d0.date() == d1.date():
            return "%s%s到%s之间" % (date_cn(t0), clock(t0), clock(t1))
        return "%s%s到%s%s之间" % (date_cn(t0), clock(t0), date_cn(t1), clock(t1))
    opts = ["%s%s左右" % (date_cn(t), clock(t, True)), "%s%s" % (date_cn(t), period(dt(t).hour))]
    if d0.date() == d1.date():
        opts.append("%s%s到%s之间" % (date_cn(t0), clock(t0), clock(t1)))
    else:
        opts.append("%s%s到%s%s之间" % (date_cn(t0), clock(t0), date_cn(t1), clock(t1)))
    return ch(opts)


def story_owner(o):
    """the owner's own account of when and where; returns (sentence, address text)."""
    pid, ph, scen, v = o["place"], o["phase"], o["scen"], o["voice"]
    ev = ch(EVENT_NAMES[scen]) if scen in EVENT_NAMES else ""
    when = when_owner(o)
    date = date_cn(o["t"])
    wide = o["w"][1] - o["w"][0] > 300
    if pid == "ride":
        pk = PL[o["pickup"]]
        ds = PL[o["dest"]]
        car = "出租车" if o["ride_kind"] == "taxi" else ch(["网约车", "滴滴"])
        s = ch(["%s从%s坐%s去%s，下车后才发现" % (when, ch(pk["op"]), car, ds["short"]),
                "%s%s在%s打了辆%s到%s，" % (date, clock(o["t"], True), ch(pk["op"]), car, ds["short"])])
        return s, "%s（%s至%s）" % (car, pk["short"], ds["short"])
    if pid == "metro_train":
        ds = PL[o["dest"]]
        s = ch(["%s坐地铁3号线从奥体中心站往%s方向，在车厢里" % (when, ds["short"]),
                "%s在3号线车上（奥体中心站上车，%s下车）" % (when, ds["short"])])
        return s, "地铁3号线车厢（奥体中心站—%s）" % ds["short"]
    pl = PL[pid]
    where = ch(pl["op"])
    if pid in HOTELS:
        s = ch(["%s住在%s%s房间，%s" % (date, pl["short"], o["room"], "退房的时候" if pr(0.6) else ""),
                "%s在%s（%s房）" % (when, pl["short"], o["room"])])
        return s, "%s %s房" % (pl["name"], o["room"])
    addr = ch([pl["name"], where, ("奥体中心" + where) if pl["cluster"] == "stadium" and not where.startswith("奥体") else pl["name"]])
    if wide and ph != "park_v":
        s = ch(["%s，不知道丢在哪了，%s去过%s" % (when, ch(["中间", "那段时间", ""]), where),
                "%s，%s之后才发现，可能是在%s" % (when, ch([ev, "回去", "到家"]) if ev else ch(["回去", "到家"]), where),
                "%s在%s附近" % (when, where)])
        return s, addr
    T = {
        "queue": ["%s%s进场排队的时候，在%s" % (date, ev, where), "%s在%s排队过安检" % (when, where),
                  "%s%s检票进场时在%s" % (when, ev, where)],
        "before": ["%s%s开场前在%s等朋友" % (date, ev, where), "%s在%s换小卡的时候" % (when, where),
                   "%s在%s" % (when, where)],
        "show": ["%s%s看演出的时候，在%s" % (date, ev, where), "%s在%s跟着大合唱的时候" % (when, where),
                 "%s%s中途，在%s" % (when, ev, where)],
        "after": ["%s%s散场的时候在%s" % (date, ev, where), "%s散场后在%s" % (when, where),
                  "%s%s结束后去%s" % (date, ev, where)],
        "drop": ["%s%s在%s存取包的时候" % (date, ev, where), "%s在%s" % (when, where)],
        "start": ["%s%s起跑前在%s检录" % (date, ev, where), "%s在%s等发枪的时候" % (when, where)],
        "route": ["%s%s跑到%s的时候" % (date, ev, where), "%s比赛中在%s补给时" % (when, where),
                  "%s经过%s" % (when, where)],
        "finish": ["%s%s冲线以后在%s" % (date, ev, where), "%s完赛后在%s领物资时" % (when, where)],
        "swim": ["%s在%s游泳" % (when, where), "%s游完泳在%s换衣服" % (when, where)],
        "metro": ["%s在%s进站的时候" % (when, where), "%s坐地铁，在%s" % (when, where)],
        "food": ["%s在%s吃饭" % (when, where), "%s在%s买东西" % (when, where)],
        "park_v": ["%s把车停在%s，回来就找不到了" % (when, where), "%s停在%s" % (when, where)],
    }
    if scen == "mar" and v not in ("runner", "foreign") and ph in ("route", "start", "finish"):
        s = ch(["%s%s在%s给家人加油的时候" % (date, ev, where), "%s在%s看马拉松" % (when, where)])
    elif ph == "swim" and v == "parent":
        s = ch(["%s带孩子去%s游泳" % (when, where), "%s在%s给孩子换衣服的时候" % (when, where)])
    elif ph == "park":
        s = ch({"parent": ["%s带孩子在%s玩" % (when, where), "%s孩子在%s玩的时候" % (when, where)],
                "elderly": ["%s在%s打太极" % (when, where), "%s在%s散步" % (when, where)],
                "runner": ["%s在%s跑步" % (when, where),
                           "%s在%s%s" % (when, where, "夜跑" if dt(o["t"]).hour >= 18 else "晨跑" if dt(o["t"]).hour < 9 else "慢跑")]}.get(
            v, ["%s在%s散步" % (when, where), "%s在%s锻炼" % (when, where)]))
    else:
        s = ch(T[ph])
    return s, addr


def story_owner_en(o):
    pid = o["place"]
    pl = PL[pid]
    t0, t1 = o["w"]
    where = pl["en"] or pl["name"]
    if pid in HOTELS:
        where = "my hotel room %s at %s" % (o["room"], pl["en"])
    opts = ["on %s at %s, around %s" % (date_en(o["t"]), where, clock_en(o["t"])),
            "at %s on %s, between %s and %s" % (where, date_en(t0), clock_en(t0), clock_en(t1))]
    if o["scen"] == "mar" and pid not in HOTELS:
        opts.append("during the marathon on %s near %s (about %s)" % (date_en(o["t"]), where, clock_en(o["t"])))
    return ch(opts), (pl["en"] or pl["name"])


def pick_variant(f, who, forced=False):
    lst = f["en"] if who == "en" else (f["o"] if who == "o" else f["f"])
    if forced:
        plain = [x for x in lst if "*" not in x[0] and x[0] != "深色"]
        if plain:
            lst = plain
    return ch(lst)


def clip(s, n):
    return s if len(s) <= n else s[:n]


def sentence(*parts):
    """join clauses with Chinese punctuation, dropping empty ones and doubled marks."""
    out = ""
    for p in parts:
        p = (p or "").strip()
        if not p:
            continue
        if out and out[-1] not in "。！？，：；!?.":
            out += "，"
        out += p
    for a, b in (("。。", "。"), ("，。", "。"), ("，，", "，"), ("：，", "："), ("，！", "！")):
        out = out.replace(a, b)
    return out


def split_fields(chosen, pfield, head, details, rec, marks, also_body):
    for f, (body, fval) in chosen:
        if f["field"] in ("color", "brand", "model", "event"):
            infield = False
            if f["field"] != "event" and pr(pfield):
                rec[f["field"]] = clip(fval, 60)
                infield = True
            if not infield or pr(also_body):
                head[f["field"]] = body
        elif f["field"] == "serial":
            if "serial" not in rec and fval and pr(pfield + 0.1):
                rec["serial"] = clip(fval, 60)
                if pr(0.5):
                    details.append(body)
            else:
                details.append(body)
        else:
            if fval and pr(pfield * 0.8):
                marks.append(fval)
                if pr(0.45):
                    details.append(body)
            else:
                details.append(body)


KID_KINDS = ("toy", "kidsbag")


def write_lost(o, hurried=False):
    voice = o["voice"]
    en = voice == "foreign"
    facts = facts_of(o)
    mul = {"runner": 1.2, "foreign": 1.0, "fan": 0.9, "elderly": 0.8}.get(voice, 1.0)
    stated = []
    for f in facts:
        if en and not f["en"]:
            continue
        if pr(min(0.97, f["po"] * mul)):
            stated.append(f)
    if hurried:
        heads = [f for f in stated if f["head"] and f["id"] != "model"][:2]
        dets = [f for f in stated if not f["head"]][:1]
        stated = heads + dets
    if not stated:
        cand = [f for f in facts if (f["en"] or not en)]
        if cand:
            stated = [cand[0]]
    chosen = [(f, pick_variant(f, "en" if en else "o")) for f in stated]
    fill = "none" if hurried else wch([("none", 35), ("few", 35), ("many", 30)])
    pfield = {"none": 0.0, "few": 0.4, "many": 0.85}[fill]
    rec, marks, details = {}, [], []
    head = {"color": None, "brand": None, "model": None, "event": None}
    split_fields(chosen, pfield, head, details, rec, marks, 0.6)
    if marks:
        rec["marks"] = clip("；".join(marks), 500)
    if en:
        story, addr = story_owner_en(o)
        obj = " ".join(x for x in [head["color"], head["brand"], head["model"], en_noun(o)] if x)
        hello = ch(["Hello, ", "Hi, ", ""])
        first = ch(["I lost my %s %s." % (obj, story), "My %s is missing. I had it %s." % (obj, story)])
        if hello and first.startswith("My "):
            first = "m" + first[1:]
        parts = [hello + first]
        if details:
            parts.append("Details: " + "; ".join(details) + ".")
        parts.append(ch(["Please call me. Thank you!", "I stay in Linchuan until April 23. Thanks a lot.",
                         "Thank you for your help.", "I am a runner from abroad, please help."]))
        body = " ".join(parts)
    else:
        story, addr = story_owner(o)
        noun = owner_noun(o)
        if head["event"]:
            noun = head["event"] + noun
        obj = head_owner(noun, head["color"], head["brand"], head["model"], KINDS[o["kind"]][4])
        if hurried:
            bits = "，".join([obj] + details[:1])
            if o["place"] in PL:
                sp = ch(PL[o["place"]]["op"])
                tpl = ["%s丢了%s %s" % (sp, bits, ch(["急", "急急急", "求", "", "！！"])),
                       "%s %s不见了" % (bits, sp),
                       "%s %s找不到了" % (date_cn(o["t"]), bits),
                       "丢%s 在%s附近" % (bits, sp)]
            else:
                sp = "地铁上" if o["place"] == "metro_train" else ch(["车上", "打车的时候"])
                tpl = ["%s丢了%s %s" % (sp, bits, ch(["急", "求", "", "！！"])),
                       "%s %s落%s了" % (date_cn(o["t"]), bits, "地铁上" if o["place"] == "metro_train" else "车上")]
            body = ch(tpl).strip()
            body = typo(body, uni(1, 2) if voice == "fan" else uni(0, 2))
        else:
            if o["place"] == "ride":
                act = ch(["%s落在车上了。" % obj, "%s忘在车上了。" % obj])
            elif o["phase"] == "park_v":
                act = ch(["我的%s不见了。" % obj, "%s没了。" % obj])
            else:
                act = ch(["把%s弄丢了。" % obj, "发现%s不见了。" % obj, "丢了%s。" % obj, "%s找不到了。" % obj])
            det = ""
            if details:
                if KINDS[o["kind"]][0] in ("id_doc", "cash"):
                    det = ch(["", "对了，", ""]) + "，".join(details) + "。"
                else:
                    det = ch(["", "特征：", "特点是", "比较好认：", "对了，", ""]) + "，".join(details) + "。"
            hid = ""
            if o["hidden"] and pr(0.7):
                hid = o["hidden"][0] + "。"
            if voice == "runner" and o["scen"] == "mar" and pr(0.4):
                hid += ch(["我是全马选手。", "我跑的半马。", "成绩大概四小时。"])
            closes = [c for c in CLOSE[voice] if o["kind"] in KID_KINDS or "孩子" not in c]
            body = sentence(ch(OPEN[voice]) + story, act) + det + hid + ch(closes)
            nt = {"fan": (1, 2), "elderly": (0, 1)}.get(voice, (0, 0))
            if voice not in ("fan", "elderly") and pr(0.12):
                nt = (1, 1)
            body = typo(body, uni(*nt))
    body = clip(body, 600)
    paddr = {"none": 0.3, "few": 0.65, "many": 0.9}[fill] if not hurried else 0.1
    if pr(paddr):
        rec["address"] = clip(addr, 60)
    pll = {"none": 0.15, "few": 0.3, "many": 0.55}[fill] if not hurried else 0.05
    if o["place"] == "metro_train":
        pll = 0.0
    if pr(pll):
        lat, lon = to_ll(jitter(o["xy"], 0.25))
        rec["lat"], rec["lon"] = lat, lon
    out = {"category": o.get("cat_lost", o["cat"]), "body": body}
    for key in ("color", "brand", "model", "serial", "marks", "address", "lat", "lon"):
        if key in rec:
            out[key] = rec[key]
    out["lost_from_min"] = NOW - o["w"][0]
    out["lost_to_min"] = NOW - o["w"][1]
    o["stated"] = [f["id"] for f in stated]
    o["stated_params"] = []
    for f in stated:
        if f["param"] not in o["stated_params"]:
            o["stated_params"].append(f["param"])
    o["hurried"] = hurried
    return out


def when_finder(o, t):
    ph = o.get("phase")
    d = dt(t)
    if ph in ("show", "after", "queue") and PL.get(o.get("fplace"), {}).get("cluster") == "stadium" and \
            (d.hour >= 23 or d.hour < 3) and pr(0.5):
        return "%s%s清场时" % (date_desk(t - 300), "晚上" if d.hour >= 23 else "散场后")
    return ch(["%s%s" % (date_desk(t), clock(t, False)), "%s%s" % (date_cn(t), clock(t)),
               "%s %s" % (date_desk(t), clock(t, False))])


COND = {
    "phone": ["已关机。", "电量约20%，锁屏状态。", "有多个未接来电。", "屏幕亮起有消息提示，无法解锁。", ""],
    "earbuds": ["", "耳机电量已耗尽。", ""], "watch": ["", "已没电，无法亮屏。", "可亮屏。"],
    "band": ["", "屏幕可亮。"], "powerbank": ["", "剩余电量两格。"], "camera": ["可正常开机。", "电池没电。", ""],
    "tablet": ["已关机。", ""], "bicycle": ["", "车辆完好。", "前轮没气。"], "ebike": ["", "电量显示一格。"],
    "lightstick": ["", "可以亮。", "电池没电。"],
}
HANDOVER = ["已交至奥体派出所阳光坐席。", "现存放于派出所。", "已送警务站登记。", "", "", "暂存服务台，已转交派出所。"]


def write_found(o, force=None, hurried=False):
    """o has fplace, ft, role.  force: fact ids or params the finder must state."""
    facts = facts_of(o)
    force = force or []
    stated = []
    for f in facts:
        if not f["f"]:
            continue
        if f["id"] in force or f["param"] in force or pr(f["pf"]):
            stated.append(f)
    if hurried:
        keep = [f for f in stated if f["id"] in force or f["param"] in force]
        rest = [f for f in stated if f not in keep]
        stated = keep + rest[:max(0, 2 - len(keep))]
    near_color = o.get("near_color")
    chosen = []
    for f in stated:
        if f["id"] == "color" and near_color:
            x = ch(COLOR[near_color][1])
            chosen.append((f, (x, x)))
        else:
            chosen.append((f, pick_variant(f, "f", forced=f["id"] in force or f["param"] in force)))
    fill = "none" if hurried else wch([("none", 20), ("few", 35), ("many", 45)])
    pfield = {"none": 0.0, "few": 0.45, "many": 0.85}[fill]
    rec, marks, details = {}, [], []
    head = {"color": None, "brand": None, "model": None, "event": None}
    split_fields(chosen, pfield, head, details, rec, marks, 0.7)
    if head["event"]:
        details.insert(0, head["event"])
    if marks:
        rec["marks"] = clip("；".join(marks), 500)
    if o["kind"] in ("jewel", "toy"):
        head["color"] = None          # the finder's noun already says the colour
    pl = PL[o["fplace"]]
    role = o["role"]
    suffix = ch(pl["fs"])
    if o["fplace"] in HOTELS and o.get("room") and pr(0.6):
        suffix = "%s房间" % o["room"]
    if o["kind"] in ("bicycle", "ebike") and o["fplace"] not in ("tow_lot", "bike_north", "res_1", "res_2"):
        suffix = ch(["旁非机动车停放区", "附近路边", "门口人行道"])
    spot = pl["short"] + suffix
    addr = pl["name"] + suffix
    extra = ""
    if role in ("taxi", "ridehail"):
        car = "出租车" if role == "taxi" else "网约车"
        spot = "%s内（车停%s）" % (car, pl["short"])
        addr = "%s（%s内）" % (pl["name"], car)
        if o.get("pickup"):
            extra = ch(["乘客在%s上车，在%s下车，下车后在后排座椅发现。" % (PL[o["pickup"]]["short"], pl["short"]),
                        "乘客约%s从奥体中心方向上车，遗落在后座。" % clock(o["t"], True),
                        "清理车辆时在座椅缝隙发现。"])
        else:
            extra = "清理车辆时在座椅缝隙发现。"
    rdesc, rfp = ROLES[role]
    obj = head_finder(finder_noun(o), head["color"], head["brand"], head["model"])
    when = when_finder(o, o["ft"])
    cond = ch(COND.get(o["kind"], [""]))
    if role == "cg" and o["fplace"] == "tow_lot":
        extra = ch(["系违停清拖车辆。", "该车违停于奥体中心周边，已清拖。"])
        if o["kind"] == "ebike" and pr(0.5):
            cond = "车辆已拖至临时停放场。"
    if o["fplace"] in ("st_ljw", "st_xt") and pr(0.6):
        extra = "列车到达终点站清客时发现。"
    verb = ch(["拾得", "捡到", "发现"])
    if hurried:
        bits = "，".join([obj] + details[:1])
        body = ch(["%s%s%s" % (spot, verb, bits), "%s %s %s" % (when, spot, bits),
                   "%s：%s" % (spot if role in ("taxi", "ridehail") else pl["short"], bits)])
        body = typo(body, uni(0, 1))
    else:
        det = "，".join(details)
        if pr(0.5):
            body = sentence("%s，%s在%s%s%s。" % (when, ch(rdesc), spot, verb, obj), extra,
                            (det + "。") if det else "", cond, ch(HANDOVER))
        else:
            body = sentence(ch(rfp) + "%s在%s%s%s" % (when, spot, verb, obj), det, extra, cond,
                            ch(["麻烦联系失主。", "交给你们了。", "", "请民警处理。"]))
            if body[-1] not in "。！":
                body += "。"
    body = clip(body, 600)
    if pr({"none": 0.6, "few": 0.85, "many": 0.97}[fill]):
        rec["address"] = clip(addr, 60)
    if pr({"none": 0.35, "few": 0.55, "many": 0.75}[fill]):
        lat, lon = to_ll(jitter(o["fxy"], 0.03))
        rec["lat"], rec["lon"] = lat, lon
    out = {"category": o.get("cat_found", o["cat"]), "body": body}
    for key in ("color", "brand", "model", "serial", "marks", "address", "lat", "lon"):
        if key in rec:
            out[key] = rec[key]
    out["found_at_min"] = NOW - o["ft"]
    o["f_hurried"] = hurried
    o["f_stated"] = [f["id"] for f in stated]
    o["f_stated_params"] = []
    for f in stated:
        if f["param"] not in o["f_stated_params"]:
            o["f_stated_params"].append(f["param"])
    return out


def awake(role, fplace, ft):
    """is somebody in this role about at this place at this time of day?"""
    m = ft % DAY
    day = ft // DAY
    if role in ("taxi", "ridehail", "hotel"):
        return True
    if role == "metro":
        return m >= hm(5, 30)
    if PL[fplace]["cluster"] == "stadium" and role in ("cleaner", "security", "volunteer", "race"):
        if day in (EVENT_DAY["c1"], EVENT_DAY["c2"], EVENT_DAY["fb"]) and m >= hm(6, 0):
            return True
        if day - 1 in (EVENT_DAY["c1"], EVENT_DAY["c2"], EVENT_DAY["fb"]) and m < hm(2, 30):
            return True
        if day == EVENT_DAY["mar"] and m >= hm(4, 30):
            return True
    return hm(6, 0) <= m <= hm(22, 30)


def set_found(o, fplace, ft, role=None, night="later"):
    o["fplace"] = fplace
    o["role"] = role or ch(ROLE_BY_PLACE.get(fplace, ["citizen"]))
    if not awake(o["role"], fplace, ft):
        # nobody in this role is about at night: the find happens the next morning (or the evening before)
        m = ft % DAY
        if night == "later":
            ft = (ft // DAY + (1 if m > hm(12, 0) else 0)) * DAY + uni(hm(6, 30), hm(9, 30))
        else:
            ft = (ft // DAY - (1 if m < hm(12, 0) else 0)) * DAY + uni(hm(18, 0), hm(21, 30))
    o["ft"] = min(ft, NOW - 5)
    o["fxy"] = jitter(PL[fplace]["xy"], 0.06)
    return o


# ------------------------------------------------------------------ build


def build():
    objs = []
    for kind, n, nf in REPORTED_KINDS:
        group = []
        for _ in range(n):
            o = new_obj(kind)
            make_situation(o)
            if o["voice"] == "foreign" and kind not in FOREIGN_KINDS:
                o["voice"] = "runner"
            owner = make_person(o["voice"], local=o["scen"] in ("park", "swim", "street", "metro") or None)
            o["owner"] = owner
            gen_params(o, owner)
            norm(o)
            group.append(o)
        idx = list(range(n))
        R.shuffle(idx)
        for j, i in enumerate(idx):
            group[i]["is_found"] = j < nf
        objs.extend(group)
    assert len(objs) == N_PAIRS + N_UNFOUND, len(objs)

    # small phrase pools make chance look-alikes far likelier than in life: two objects of
    # the same kind lost on the same day do not share a visible mark (case, lock screen ...)
    for i, o in enumerate(objs):
        for j in range(i):
            b = objs[j]
            if b["kind"] != o["kind"] or b["day"] != o["day"]:
                continue
            for key in list(o["p"].keys()):
                if key in DISTINCT_MARKS and key in b["p"] and b["p"][key] == o["p"][key]:
                    used = [x["p"][key] for x in objs[:i] if x["kind"] == o["kind"] and x["day"] == o["day"]
                            and key in x["p"]]
                    free = [k for k in range(len(POOLS[key])) if k not in used]
                    if free:
                        o["p"][key] = ch(free)
    assert sum(1 for o in objs if o["is_found"]) == N_PAIRS

    # hurried one-liners
    cand = [i for i, o in enumerate(objs) if o["voice"] != "foreign"]
    R.shuffle(cand)
    hurried = sorted(cand[:N_HURRIED_LOST])

    # cross-category pairs: the finder files the object under another plausible category
    cross = {"lightstick": "electronics", "cardholder": "id_doc", "runbelt": "other", "watch": "jewelry",
             "powerbank": "other"}
    ncross = 0
    order = list(range(len(objs)))
    R.shuffle(order)
    used_kinds = []
    for i in order:
        o = objs[i]
        if ncross >= MAX_CROSS_CATEGORY:
            break
        if o["is_found"] and o["kind"] in cross and o["kind"] not in used_kinds:
            if o["kind"] == "cardholder" and "win_id" not in o["p"]:
                continue
            o["cat_found"] = cross[o["kind"]]
            used_kinds.append(o["kind"])
            ncross += 1

    # lost reports
    for i, o in enumerate(objs):
        o["lost"] = write_lost(o, hurried=i in hurried)

    # true found items
    found_hurried = 0
    for o in objs:
        if not o["is_found"]:
            continue
        fp, role = found_place(o)
        ft = o["t"] + found_delay(o)
        set_found(o, fp, ft, role)
        if "color" in o["p"] and o["kind"] not in ("cash", "jewel", "lightstick", "toy") and pr(0.12):
            o["near_color"] = ch(NEAR.get(o["p"]["color"], [o["p"]["color"]]))
        h = found_hurried < 14 and pr(0.1)
        found_hurried += h
        o["found"] = write_found(o, hurried=h)
        assert o["found"]["found_at_min"] <= o["lost"]["lost_from_min"]

    # hard negatives, each made from one lost report
    negs = []
    bases_used = []

    def pick_bases(n, ok):
        pool_f = [i for i, o in enumerate(objs) if o["is_found"] and i not in bases_used and ok(o)]
        pool_u = [i for i, o in enumerate(objs) if not o["is_found"] and i not in bases_used and ok(o)]
        R.shuffle(pool_f)
        R.shuffle(pool_u)
        nu = (n + 1) // 2
        take = pool_u[:nu] + pool_f[:n - min(nu, len(pool_u))]
        take = take[:n]
        assert len(take) == n, (n, len(pool_f), len(pool_u))
        bases_used.extend(take)
        return take

    def twin_params(o):
        out = []
        for prm in TWIN_PARAMS:
            if prm not in o["p"] or prm not in o["stated_params"]:
                continue
            if prm == "brand" and ("model" in o["stated_params"] or len(BRAND_KIND.get(o["kind"], [])) < 2):
                continue
            if prm == "model" and len([m for m in models_of(o["kind"], o["p"].get("brand")) if m != o["p"]["model"]]) == 0:
                continue
            if prm == "color" and o["kind"] in ("lightstick", "toy", "jewel"):
                continue
            if prm == "cash" and o["kind"] != "cash" and o["kind"] not in ("wallet", "coinpurse", "handbag"):
                continue
            out.append(prm)
        return out

    def near_place(o):
        pid = o["place"]
        if pid == "ride":
            return ch([o["dest"], o["pickup"]])
        if pid == "metro_train":
            return ch(["metro_hall", o["dest"]])
        cl = PL[pid]["cluster"]
        if cl == "stadium":
            return ch([x for x in STADIUM_NEAR if km(PL[x]["xy"], PL[pid]["xy"]) < 1.0] or [pid])
        if cl == "park":
            return ch(PARK_NEAR)
        return pid

    def derive(base, q, kind_label):
        q["kind"] = base["kind"] if q.get("kind") is None else q["kind"]
        q["scen"], q["phase"], q["day"] = base["scen"], base["phase"], base["day"]
        q["place"] = base["place"]
        q["t"] = base["t"]
        for key in ("room", "pickup", "dest", "ride_kind"):
            if key in base:
                q[key] = base[key]
        q["neg"] = kind_label
        q["base"] = base
        return q

    # 1. twins
    for i in pick_bases(22, lambda o: len(twin_params(o)) > 0):
        base = objs[i]
        prm = ch(twin_params(base))
        q = alt_param(base, prm, base["stated"])
        norm(q)
        derive(base, q, "twin_one_fact")
        q["changed"] = prm
        t0 = base["w"][0]
        ft = uni(t0 + 10, max(t0 + 10, min(t0 + 2 * DAY, NOW - 60)))
        set_found(q, near_place(base), ft)
        forced = [f["id"] for f in facts_of(q) if f["param"] == prm and f["id"] in base["stated"] and f["f"]]
        assert forced, (base["kind"], prm)
        q["found"] = write_found(q, force=forced)
        negs.append(q)

    # 2. same category and colour, different object
    FREE_COLOUR = ["phone", "earbuds", "watch", "band", "powerbank", "camera", "tablet", "studentcard", "wallet",
                   "cardholder", "coinpurse", "carkey", "lockerkey", "backpack", "handbag", "runbelt", "tote",
                   "kidsbag", "bicycle", "ebike", "banner", "jacket", "cap", "sunglasses"]

    def scc_options(base):
        c = base["p"]["color"]
        out = []
        for k, _, _ in REPORTED_KINDS:
            if KINDS[k][0] != base["cat"]:
                continue
            if k in FREE_COLOUR:
                if k != base["kind"]:
                    out.append((k, "kind", None))
                elif "brand" in base["p"] and len(BRAND_KIND.get(k, [])) > 1:
                    out.append((k, "brand", None))
                else:
                    vis = [prm for prm in base["stated_params"] if prm in POOLS and len(POOLS[prm]) > 1
                           and P(POOLS[prm][base["p"][prm]])[1]]
                    for prm in vis:
                        out.append((k, "pool", prm))
            elif k in SUBS:
                for s in SUBS[k]:
                    if s[1] == c and not (k == base["kind"] and s[0] == base["p"].get("sub")):
                        out.append((k, "sub", s[0]))
        return out

    for i in pick_bases(24, lambda o: "color" in o["p"] and len(scc_options(o)) > 0):
        base = objs[i]
        opts = scc_options(base)
        other = [x for x in opts if x[0] != base["kind"]]
        kind, how, arg = ch(other) if other and pr(0.7) else ch(opts)
        q = new_obj(kind)
        q["scen"] = base["scen"]
        gen_params(q, make_person(ch(["commuter", "visitor", "fan"])))
        force = ["color"]
        if how == "sub":
            q["p"]["sub"] = arg
        q["p"]["color"] = base["p"]["color"]
        if how == "brand":
            b, m = pick_brand(kind, exclude=base["p"]["brand"])
            q["p"]["brand"] = b
            q["p"].pop("model", None)
            if m and pr(0.6):
                q["p"]["model"] = m
            force.append("brand")
        for key in list(q["p"].keys()):
            if key in POOLS and key in base["p"] and q["p"][key] == base["p"][key]:
                q["p"][key] = other_index(len(POOLS[key]), q["p"][key])
        if how == "pool":
            q["p"][arg] = other_index(len(POOLS[arg]), base["p"][arg])
            force.append(arg)
        norm(q)
        derive(base, q, "same_category_colour")
        q["kind"] = kind
        q["how"] = how
        ft = uni(base["w"][0], max(base["w"][0], min(base["w"][0] + 2 * DAY, NOW - 60)))
        set_found(q, near_place(base), ft)
        q["found"] = write_found(q, force=force)
        negs.append(q)

    # 3. a look-alike found before the loss began
    for i in pick_bases(22, lambda o: o["kind"] not in ("dropbag",)):
        base = objs[i]
        q = new_obj(base["kind"])
        q["scen"] = base["scen"]
        gen_params(q, make_person(ch(["commuter", "visitor", "fan"])))
        for key in ("color", "brand", "model", "sub", "event"):
            if key in base["p"]:
                q["p"][key] = base["p"][key]
            elif key in q["p"] and key in ("brand", "model"):
                q["p"].pop(key)
        for key in list(q["p"].keys()):
            if key in POOLS and key in base["p"] and q["p"][key] == base["p"][key]:
                q["p"][key] = other_index(len(POOLS[key]), q["p"][key])
        norm(q)
        derive(base, q, "found_before_loss")
        ft = base["w"][0] - uni(90, 6 * DAY)
        fp = near_place(base) if base["place"] not in ("ride",) else base["pickup"]
        set_found(q, fp, ft, night="earlier")
        force = [x for x in ("color", "brand") if x in base["stated"] and x in q["p"]]
        q["found"] = write_found(q, force=force)
        assert q["found"]["found_at_min"] > base["lost"]["lost_from_min"]
        negs.append(q)

    # 4. same make far away in place and time
    for i in pick_bases(22, lambda o: "brand" in o["p"] and "brand" in o["stated"] and o["kind"] != "lightstick"):
        base = objs[i]
        q = new_obj(base["kind"])
        q["scen"] = None
        gen_params(q, make_person(ch(["commuter", "visitor"])))
        q["p"]["brand"] = base["p"]["brand"]
        ms = models_of(base["kind"], base["p"]["brand"])
        if "model" in base["p"] and pr(0.4):
            q["p"]["model"] = base["p"]["model"]
        elif ms:
            q["p"]["model"] = ch(ms)
        else:
            q["p"].pop("model", None)
        for key in list(q["p"].keys()):
            if key in POOLS and key in base["p"] and q["p"][key] == base["p"][key]:
                q["p"][key] = other_index(len(POOLS[key]), q["p"][key])
        norm(q)
        derive(base, q, "same_brand_far_away")
        q["scen"] = "far"
        q["phase"] = "far"
        fp = ch(FAR_PLACES)
        t1 = base["w"][1]
        if t1 + 3 * DAY < NOW - 60:
            ft = uni(t1 + 3 * DAY, min(NOW - 60, t1 + 12 * DAY))
            set_found(q, fp, ft)
        else:
            ft = base["w"][0] - uni(3 * DAY, 9 * DAY)
            set_found(q, fp, ft, night="earlier")
        q["found"] = write_found(q, force=["brand"])
        negs.append(q)

    # unclaimed: handed in, nobody reports them.  A draw that looks like one of the
    # lost reports (same kind, colour and brand, near in place and time) is redrawn.
    def looks_reported(q):
        for o in objs:
            if o["kind"] != q["kind"]:
                continue
            if o["p"].get("color") != q["p"].get("color") or o["p"].get("brand") != q["p"].get("brand"):
                continue
            if o["w"][0] <= q["ft"] <= o["w"][1] + 3 * DAY and km(o["xy"], q["fxy"]) < 3.0:
                return True
        return False

    unclaimed = []
    all_kinds = [k for k, _, _ in REPORTED_KINDS if k not in ("passport",)]
    for _ in range(N_UNCLAIMED):
        for _attempt in range(200):
            kind = ch(all_kinds)
            q = new_obj(kind)
            make_situation(q)
            gen_params(q, make_person(q["voice"] if q["voice"] != "foreign" else "runner"))
            norm(q)
            fp, role = found_place(q)
            set_found(q, fp, q["t"] + found_delay(q), role)
            if not looks_reported(q):
                break
        else:
            raise RuntimeError("no unclaimed item that differs from every report")
        q["neg"] = NEG_UNCLAIMED
        q["found"] = write_found(q, hurried=pr(0.1))
        unclaimed.append(q)

    # ------------------------------------------------ keys and output
    found_objs = [o for o in objs if o["is_found"]] + negs + unclaimed
    R.shuffle(found_objs)
    for j, o in enumerate(found_objs):
        o["fkey"] = "%s-F%04d" % (PFX, j + 1)
    lost_objs = list(objs)
    R.shuffle(lost_objs)
    for j, o in enumerate(lost_objs):
        o["lkey"] = "%s-L%04d" % (PFX, j + 1)
    found_out = []
    for o in found_objs:
        rec = {"key": o["fkey"]}
        rec.update(o["found"])
        if "neg" in o:
            rec["negative"] = o["neg"]
        found_out.append(rec)
    lost_out = []
    for o in lost_objs:
        rec = {"key": o["lkey"]}
        rec.update(o["lost"])
        rec["truth"] = o["fkey"] if o["is_found"] else None
        lost_out.append(rec)
    data = {"seed": SEED, "made_by": MADE_BY, "parts": {"set" + NN: {"found": found_out, "lost": lost_out}}}
    hidden = {"objects": lost_objs, "negatives": negs, "unclaimed": unclaimed}
    return data, hidden


def dumps(data):
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main(argv):
    out = OUT
    if len(argv) > 1:
        out = argv[1]
    data, _ = build()
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(dumps(data))
    part = data["parts"]["set" + NN]
    print("wrote %s: %d lost, %d found" % (out, len(part["lost"]), len(part["found"])))


if __name__ == "__main__":
    main(sys.argv)
