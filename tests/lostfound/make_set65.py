#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes tests/lostfound/set65.json: a blind labelled lost-and-found set.

World: 雁栖县, an invented inland county on the 雁岭高速 during the National Day
Golden Week of 2025.  Every object is first drawn as a hidden truth record; the
owner's lost report and the finder's registration are then written separately
from it, each in its own voice and knowing only what that person would know.

Python 3 standard library only, one random.Random(6565), and nothing iterates over
a set or depends on hash order, so the output is byte-identical on every run and
under any PYTHONHASHSEED.

usage: python3 tests/lostfound/make_set65.py [output-path]
"""

import copy
import datetime
import json
import math
import os
import random
import re
import sys

SEED = 6565
PFX = "S65"
PART = "set65"
R = random.Random(SEED)

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "set65.json")

# The common moment of registration: every *_min value counts minutes back from it.
T0 = datetime.datetime(2025, 10, 9, 9, 0)

N_TRUE = 150
N_NULL = 90
NEG_PLAN = [("twin", 14, 8), ("same_cat_colour", 14, 10),
            ("found_before_loss", 13, 9), ("same_make_elsewhere", 14, 8)]
N_UNCLAIMED = 30


# ----------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------

def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def wpick(pairs):
    total = sum(w for _, w in pairs)
    x = R.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def at(m):
    """datetime of an event m minutes before T0"""
    return T0 - datetime.timedelta(minutes=m)


def mins(dt):
    return int(round((T0 - dt).total_seconds() / 60.0))


DIG = "0123456789"
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
PLATE_CH = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def digits(n):
    return "".join(pick(DIG) for _ in range(n))


def alnum(n):
    return "".join(pick(ALNUM) for _ in range(n))


CN = "零一二三四五六七八九"


def cn_int(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


# ----------------------------------------------------------------------------
# identifiers (all invented; ID numbers with GB 11643 check digits, IMEIs Luhn)
# ----------------------------------------------------------------------------

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


def make_id(region, year, male):
    d = datetime.date(year, 1, 1) + datetime.timedelta(days=R.randrange(365))
    seq = R.randrange(100) * 10 + pick([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    s17 = region + d.strftime("%Y%m%d") + "%03d" % seq
    return s17 + id_check(s17)


def luhn(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def make_imei():
    s = "86" + digits(12)
    return s + luhn(s)


def mask_phone():
    return "1" + pick("35789") + pick(DIG) + "****" + digits(4)


def make_plate(prefix):
    while True:
        rest = "".join(pick(DIG) if chance(0.6) else pick(PLATE_CH) for _ in range(5))
        if sum(c.isdigit() for c in rest) >= 3:
            return prefix + rest


def plate_forms(p):
    prov, rest = p[:2], p[2:]
    return [p, p, prov + "·" + rest, prov + " " + rest, p.lower(), p[1:]]


BANKS = [("工商银行", "工行", "ICBC", "6222"), ("建设银行", "建行", "CCB", "6217"),
         ("农业银行", "农行", "ABC", "6228"), ("中国银行", "中行", "BOC", "6216"),
         ("招商银行", "招行", "CMB", "6214"), ("邮储银行", "邮政", "PSBC", "6210"),
         ("农村信用社", "信用社", "RCC", "6230")]


# ----------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
                "蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江"
                "尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万严覃武戴莫孔向汤")
GIVEN1 = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚英华萍辉斌宇浩凯俊鹏帅欣怡涵轩桐远琪"
              "晨梅兰珍凤燕峰波亮健琳雪颖婷倩")
GIVEN2 = ["志强", "国庆", "建国", "秀兰", "淑珍", "凤英", "玉兰", "德明", "永福", "海燕", "春梅",
          "子轩", "梓涵", "雨桐", "思远", "佳琪", "诗雨", "浩然", "一诺", "晨阳", "建华", "丽萍",
          "红霞", "文博", "嘉怡", "俊杰", "美玲", "桂芳", "少华", "锦荣", "家豪", "伟明", "丽珠",
          "淑华", "振东", "晓东", "立新", "秋云", "宏伟", "雅婷", "瑞霖", "沛然", "炳坤", "素琴"]
EN_FIRST = ["Daniel", "Priya", "Tom", "Hannah", "Marcus", "Chloe", "Ravi", "Sophie", "Lucas",
            "Amelia", "Kenji", "Grace", "Oliver", "Nadia", "Ethan", "Isla"]
EN_LAST = ["Hartwell", "Okafor", "Lindqvist", "Moreau", "Kowalczyk", "Brennan", "Fairbanks",
           "Delacroix", "Whitlock", "Ferreira", "Abernathy", "Sandoval", "Quennell", "Marchetti"]
COUNTRIES = ["Singapore", "Australia", "the UK", "Canada", "New Zealand", "Malaysia", "Ireland",
             "Germany"]
NICKS = ["朵朵", "豆豆", "乐乐", "小宇", "甜甜", "果果", "糖糖", "阳阳", "妞妞", "壮壮", "小满",
         "安安", "老周", "大刘", "阿杰", "琪琪", "木木", "嘟嘟"]


def make_city(name, plate, idp, dial):
    return dict(name=name, plate=plate, idp=idp, dial=dial)


CITIES = [make_city("广州", "粤A", "44", "yue"), make_city("深圳", "粤B", "44", "yue"),
          make_city("佛山", "粤E", "44", "yue"), make_city("东莞", "粤S", "44", "yue"),
          make_city("中山", "粤T", "44", "yue"), make_city("厦门", "闽D", "35", "min"),
          make_city("泉州", "闽C", "35", "min"), make_city("漳州", "闽E", "35", "min"),
          make_city("西安", "陕A", "61", None), make_city("郑州", "豫A", "41", None),
          make_city("武汉", "鄂A", "42", None), make_city("成都", "川A", "51", None),
          make_city("重庆", "渝A", "50", None), make_city("北京", "京Q", "11", None),
          make_city("天津", "津A", "12", None), make_city("石家庄", "冀A", "13", None),
          make_city("太原", "晋A", "14", None), make_city("济南", "鲁A", "37", None),
          make_city("长沙", "湘A", "43", None), make_city("南宁", "桂A", "45", None),
          make_city("兰州", "甘A", "62", None), make_city("银川", "宁A", "64", None),
          make_city("洛阳", "豫C", "41", None)]
LOCAL = make_city("雁栖", "晋M", "14", None)
LOCAL_VOICES = ["farmer", "staff", "sa_staff", "toll_staff", "bus_driver", "ride_driver"]


def make_person(voice):
    if voice == "en":
        return dict(name=pick(EN_FIRST) + " " + pick(EN_LAST), en=True, country=pick(COUNTRIES),
                    city=None, id=None, male=chance(0.5),
                    phone="+" + pick(["61", "44", "65", "1", "64"]) + " " + digits(3) + "****" + digits(3))
    if voice in LOCAL_VOICES or (voice == "angler" and chance(0.5)):
        city = LOCAL
    elif voice == "yue":
        city = pick([c for c in CITIES if c["dial"] == "yue"])
    elif voice == "min":
        city = pick([c for c in CITIES if c["dial"] == "min"])
    else:
        city = pick(CITIES)
    lo, hi = {"elderly": (62, 82), "farmer": (38, 70), "family": (27, 50), "rider": (23, 46),
              "camper": (21, 40), "angler": (28, 66), "sa_staff": (35, 58)}.get(voice, (20, 55))
    age = R.randint(lo, hi)
    male = chance(0.75 if voice in ("rider", "angler") else 0.5)
    sur = pick(SURNAMES)
    given = pick(GIVEN1) if chance(0.35) else pick(GIVEN2)
    region = city["idp"] + "%02d%02d" % (R.randint(1, 12), R.randint(1, 30))
    return dict(name=sur + given, sur=sur, en=False, city=city, age=age, male=male,
                id=make_id(region, 2025 - age, male), phone=mask_phone())


def new_holder_like(p, same_name=False):
    """another person; same_name keeps the name (同名同姓) but not the number"""
    q = copy.deepcopy(p)
    if p.get("en"):
        q["name"] = p["name"] if same_name else pick(EN_FIRST) + " " + pick(EN_LAST)
        return q
    if not same_name:
        while q["name"] == p["name"]:
            q["name"] = pick(SURNAMES) + (pick(GIVEN1) if chance(0.35) else pick(GIVEN2))
        q["sur"] = q["name"][0]
    region = p["city"]["idp"] + "%02d%02d" % (R.randint(1, 12), R.randint(1, 30))
    while True:
        q["id"] = make_id(region, 2025 - R.randint(18, 80), p["male"])
        if q["id"] != p["id"]:
            break
    return q


# ----------------------------------------------------------------------------
# geography (all invented; county centre placed inland)
# ----------------------------------------------------------------------------

LAT0, LON0 = 35.8312, 112.4867


def km_to_ll(e, n):
    lat = LAT0 + n / 110.574
    lon = LON0 + e / (111.320 * math.cos(math.radians(LAT0)))
    return round(lat, 6), round(lon, 6)


PLACES = {}


def place(key, cluster, e, n, zh, en, py, finders, act):
    PLACES[key] = dict(key=key, cluster=cluster, e=e, n=n, zh=zh, en=en, py=py,
                       finders=finders, act=act)


def sa_side(side, c_e, c_n, dz, den, dpy):
    k = "sa_" + side + "_"
    place(k + "rest", "sa_" + side, c_e - 0.03, c_n + 0.02,
          ["雁栖服务区%s餐厅" % dz, "雁栖服务区%s快餐厅" % dz, "服务区%s餐厅" % dz,
           "雁栖服务区（%s）餐厅" % dz, "燕栖服务区%s餐厅" % dz, "服务区%s吃饭的地方" % dz],
          "the restaurant at Yanqi Service Area (%s side)" % den, "yanqi fuwuqu %s canting" % dpy,
          ["sa_cleaner", "sa_rest_staff", "sa_security", "tourist"], ["吃饭", "吃午饭", "点餐"])
    place(k + "shop", "sa_" + side, c_e + 0.01, c_n + 0.04,
          ["雁栖服务区%s便利店" % dz, "服务区%s超市" % dz, "雁栖服务区%s小卖部" % dz,
           "服务区%s商店" % dz],
          "the shop at Yanqi Service Area (%s side)" % den, "yanqi fuwuqu %s chaoshi" % dpy,
          ["sa_clerk", "sa_cleaner", "tourist"], ["买东西", "买水", "结账"])
    place(k + "wc", "sa_" + side, c_e - 0.06, c_n - 0.01,
          ["雁栖服务区%s卫生间" % dz, "服务区%s厕所" % dz, "雁栖服务区%s女卫生间" % dz,
           "服务区%s公厕" % dz, "服务区%s洗手间" % dz],
          "the toilets at Yanqi Service Area (%s side)" % den, "fuwuqu %s cesuo" % dpy,
          ["sa_cleaner", "sa_cleaner", "tourist"], ["上厕所", "上洗手间", "带孩子上厕所"])
    place(k + "charge", "sa_" + side, c_e + 0.08, c_n + 0.10,
          ["雁栖服务区%s充电桩" % dz, "服务区%s充电站" % dz, "服务区%s新能源充电区" % dz,
           "雁栖服务区%s快充桩旁" % dz],
          "the EV chargers at Yanqi Service Area (%s side)" % den, "fuwuqu %s chongdianzhuang" % dpy,
          ["sa_security", "tourist", "sa_cleaner"], ["排队充电", "充电", "等充电"])
    place(k + "fuel", "sa_" + side, c_e + 0.16, c_n + 0.16,
          ["雁栖服务区%s加油站" % dz, "服务区%s加油站" % dz, "雁栖服务区加油站（%s）" % dz],
          "the petrol station at Yanqi Service Area (%s side)" % den, "fuwuqu %s jiayouzhan" % dpy,
          ["fuel_staff", "sa_security"], ["加油", "加油付钱"])
    place(k + "park", "sa_" + side, c_e, c_n + 0.07,
          ["雁栖服务区%s停车场" % dz, "服务区%s停车场" % dz, "服务区%s小车停车位" % dz,
           "雁栖服务区%s大车停车区" % dz],
          "the car park at Yanqi Service Area (%s side)" % den, "fuwuqu %s tingchechang" % dpy,
          ["sa_security", "sa_cleaner", "tourist"], ["下车活动", "停车休息", "下车拿东西"])


sa_side("n", -8.0, 6.0, "北区", "north", "beiqu")
sa_side("s", -8.35, 5.70, "南区", "south", "nanqu")
place("toll", "toll", -5.5, 3.2,
      ["雁栖收费站", "雁栖高速出口收费站", "雁栖站收费口", "收费站", "雁栖收费站出口广场", "雁栖收费站ETC车道旁"],
      "Yanqi toll station", "yanqi shoufeizhan", ["toll_staff", "toll_staff", "road_patrol"],
      ["过收费站交费", "出高速交费", "在收费站停车"])
place("motel_toll", "toll", -4.9, 2.95,
      ["顺风汽车旅馆", "顺风汽车旅馆（收费站旁）", "收费站边上的顺风旅馆", "顺丰汽车旅馆"],
      "the Shunfeng Motel by the toll station", "shunfeng qiche lvguan", ["motel_desk", "motel_maid"],
      ["住宿", "退房", "办入住"])
place("bus", "town", 0.3, -0.2,
      ["雁栖县汽车站", "县汽车站", "雁栖客运站", "汽车站候车厅", "县城汽车总站"],
      "Yanqi county bus station", "yanqi qichezhan", ["bus_staff", "bus_driver", "tourist"],
      ["等车", "候车", "买票"])
place("hotel", "town", 0.55, -0.62,
      ["驿途酒店（雁栖汽车站店）", "驿途连锁酒店", "汽车站对面的驿途酒店", "驿途酒店雁栖店"],
      "the Yitu Hotel near the bus station", "yitu jiudian", ["hotel_desk", "motel_maid"],
      ["住宿", "退房", "吃早餐"])
place("night", "town", 0.9, 0.6,
      ["雁栖夜市", "县城夜市", "夜市小吃街", "美食夜市", "雁栖夜市烧烤摊那边"],
      "the night market in Yanqi town", "yanqi yeshi", ["stall", "market_mgr", "tourist"],
      ["逛夜市", "吃烧烤", "吃小吃"])
place("old", "town", -0.4, 0.8,
      ["雁栖老街", "老街", "老街牌坊", "古街", "雁栖老街石板路"],
      "Yanqi Old Street", "yanqi laojie", ["shopkeeper", "sanitation", "tourist"],
      ["逛老街", "拍照", "买特产"])
place("super", "town", 0.2, 1.3,
      ["万家福超市", "万家福购物广场", "县城万家福大超市", "万家福超市收银台", "万家福超市门口"],
      "the Wanjiafu supermarket", "wanjiafu chaoshi", ["super_desk", "super_desk", "tourist"],
      ["买东西", "结账", "买菜"])
place("er", "town", 1.2, -1.1,
      ["县人民医院急诊", "雁栖县医院急诊科", "县医院急诊室", "县医院急诊候诊区"],
      "the county hospital emergency room", "xian yiyuan jizhen", ["nurse", "hosp_security"],
      ["看急诊", "陪孩子看病", "输液"])
place("police", "town", -0.1, 0.2,
      ["雁栖派出所", "派出所", "雁栖派出所接待大厅", "雁栖派出所门口"],
      "Yanqi police station", "yanqi paichusuo", ["anon", "patrol"], ["办事"])
place("dam", "lake", 6.0, 9.5,
      ["雁栖湖大坝", "水库大坝", "雁栖湖坝顶观景台", "大坝上", "雁栖水库坝上"],
      "the Yanqi Lake dam", "yanqi hu daba", ["scenic_staff", "tourist", "sanitation"],
      ["拍照", "看风景", "散步"])
place("pier", "lake", 7.2, 10.4,
      ["雁栖湖游船码头", "雁栖湖码头", "游船码头候船区", "坐船的码头", "湖边码头"],
      "the boat pier at Yanqi Lake", "yanqi hu matou", ["pier_staff", "boatman", "tourist"],
      ["坐游船", "排队坐船", "下船"])
place("lakepath", "lake", 6.7, 10.0,
      ["环湖步道", "雁栖湖环湖栈道", "湖边栈道", "环湖绿道"],
      "the lakeside boardwalk", "huanhu budao", ["scenic_staff", "tourist", "sanitation"],
      ["散步", "骑车", "走步道"])
place("camp", "lake", 8.1, 11.2,
      ["雁栖湖露营地", "湖边露营基地", "雁栖湖营地", "露营地B区", "雁栖湖露营地公共洗漱间"],
      "the Yanqi Lake campsite", "yanqi hu luyingdi", ["camp_mgr", "camper"],
      ["露营", "搭帐篷", "收帐篷"])
place("glamp", "lake", 8.9, 10.1,
      ["星空帐篷营地", "雁栖湖星空精致露营", "帐篷酒店（星空营地）", "星空营地"],
      "the Starry Sky glamping site", "xingkong yingdi", ["camp_mgr", "camper"],
      ["住帐篷酒店", "烧烤", "看星星"])
place("fish", "lake", 5.4, 10.8,
      ["雁栖湖西岸钓鱼区", "湖西岸野钓点", "西岸钓位", "雁栖湖钓鱼台", "水库西边钓鱼的地方"],
      "the west-shore fishing spots", "xi an diaoyu dian", ["angler", "scenic_staff", "farmer"],
      ["钓鱼", "夜钓", "收竿"])
place("nj_a", "nongjia", 4.75, 8.15,
      ["柳树湾农家院", "农家乐一条街柳树湾", "柳树湾农家乐"],
      "the Liushuwan farmhouse restaurant", "liushuwan nongjiayuan", ["nj_staff", "nj_boss", "tourist"],
      ["吃饭", "吃农家菜", "喝茶"])
place("nj_b", "nongjia", 4.86, 8.26,
      ["老王农家乐", "农家乐街老王家", "老王家农家院"],
      "Lao Wang's farmhouse restaurant", "laowang nongjiale", ["nj_staff", "nj_boss", "tourist"],
      ["吃饭", "吃鱼", "住宿"])
place("nj_st", "nongjia", 4.8, 8.2,
      ["农家乐一条街", "雁栖湖农家乐街", "农家乐街停车场", "农家乐一条街路口"],
      "the farmhouse-restaurant street", "nongjiale yitiaojie", ["nj_boss", "tourist", "sanitation"],
      ["逛街", "停车", "找吃饭的地方"])
place("motel_lake", "nongjia", 5.9, 8.9,
      ["湖畔汽车旅馆", "雁栖湖湖畔旅馆", "湖边的汽车旅馆", "湖畔汽车旅馆停车场"],
      "the Lakeside Motel", "hupan qiche lvguan", ["motel_desk", "motel_maid"],
      ["住宿", "退房", "停车"])
place("lingkou", "far_lk", -31.0, 22.0,
      ["岭口服务区", "下一个服务区（岭口）", "岭口服务区南区"],
      "Lingkou Service Area", "lingkou fuwuqu", ["sa_cleaner", "sa_security"], ["路过"])
place("yanbei", "far_yb", -12.0, 14.5, ["雁北收费站", "雁北出口收费站"],
      "Yanbei toll station", "yanbei shoufeizhan", ["toll_staff"], ["路过"])
place("shimen", "far_sm", 14.0, -6.0, ["石门镇集市", "石门镇", "石门镇赶集的地方"],
      "the Shimen town market", "shimen zhen", ["farmer", "shopkeeper"], ["赶集"])
place("liuwan", "far_lw", -6.0, -12.0, ["柳湾乡加油站", "柳湾乡国道边加油站", "柳湾加油站"],
      "the Liuwan petrol station", "liuwan jiayouzhan", ["fuel_staff"], ["加油"])
place("qingshi", "far_qs", 26.0, -9.0, ["青石县汽车站", "邻县青石汽车站"],
      "Qingshi bus station (next county)", "qingshi qichezhan", ["bus_staff"], ["坐车"])

VEHICLES = {
    "v_ride": dict(zh=["网约车", "叫的网约车", "打的网约车"], en="a ride-hailing car", py="wangyueche",
                   finders=["ride_driver"]),
    "v_taxi": dict(zh=["出租车", "县城的出租车"], en="a taxi", py="chuzuche", finders=["taxi_driver"]),
    "v_tourbus": dict(zh=["旅游大巴", "团里的大巴车", "旅游团大客车"], en="the tour bus", py="lvyou daba",
                      finders=["tour_driver"]),
    "v_busline": dict(zh=["县城到雁栖湖的旅游专线公交", "旅游专线公交", "3路公交车"], en="the lake shuttle bus",
                      py="zhuanxian gongjiao", finders=["bus_driver"]),
}
FAR = ["lingkou", "yanbei", "shimen", "liuwan", "qingshi"]


def cluster_members(cl):
    return [k for k in PLACES if PLACES[k]["cluster"] == cl]


NEAR_CLUSTERS = {"sa_n": ["toll"], "sa_s": ["toll"], "toll": ["sa_n", "sa_s"], "lake": ["nongjia"],
                 "nongjia": ["lake"], "town": ["town"]}


def place_dist(a, b):
    pa, pb = PLACES[a], PLACES[b]
    return math.hypot(pa["e"] - pb["e"], pa["n"] - pb["n"])


def sibling(pk):
    sib = [k for k in cluster_members(PLACES[pk]["cluster"]) if k != pk and k != "police"]
    return pick(sib) if sib else pk


def near_place(pk):
    cl = PLACES[pk]["cluster"]
    opts = []
    for c2 in NEAR_CLUSTERS.get(cl, []):
        opts += [k for k in cluster_members(c2) if k != pk and k != "police"]
    return pick(opts) if opts else sibling(pk)


def ll_near(pk, metres):
    p = PLACES[pk]
    ang = R.random() * 2 * math.pi
    d = (0.15 + 0.85 * R.random()) * metres / 1000.0
    return km_to_ll(p["e"] + d * math.cos(ang), p["n"] + d * math.sin(ang))


# ----------------------------------------------------------------------------
# colours and brands
# ----------------------------------------------------------------------------

COLORS = {
    "black": (["黑色", "黑色", "黑", "黑的", "深色", "哑光黑", "曜石黑", "亮黑色"], "black", "hei se", ["grey", "blue"]),
    "white": (["白色", "白色", "白", "白的", "米白", "珍珠白", "乳白色"], "white", "bai se", ["silver", "beige"]),
    "silver": (["银色", "银色", "银白", "亮银", "银灰色"], "silver", "yin se", ["grey", "white"]),
    "grey": (["灰色", "灰色", "深灰", "太空灰", "浅灰", "铁灰色", "灰的"], "grey", "hui se", ["silver", "black"]),
    "blue": (["蓝色", "蓝色", "深蓝", "藏青色", "宝蓝", "天蓝色", "蓝的"], "blue", "lan se", ["black", "purple"]),
    "red": (["红色", "红色", "大红", "酒红色", "枣红", "红的"], "red", "hong se", ["pink", "orange"]),
    "pink": (["粉色", "粉色", "粉红", "樱花粉", "粉的"], "pink", "fen se", ["red", "purple"]),
    "green": (["绿色", "绿色", "墨绿", "军绿色", "薄荷绿", "绿的"], "green", "lv se", ["grey", "blue"]),
    "gold": (["金色", "金色", "香槟金", "土豪金", "金黄色"], "gold", "jin se", ["yellow", "silver"]),
    "brown": (["棕色", "棕色", "咖啡色", "褐色", "驼色"], "brown", "zong se", ["beige", "black"]),
    "beige": (["米色", "米色", "杏色", "奶茶色", "米黄色", "卡其色"], "beige", "mi se", ["white", "brown"]),
    "yellow": (["黄色", "黄色", "明黄", "柠檬黄", "黄的"], "yellow", "huang se", ["gold", "orange"]),
    "purple": (["紫色", "紫色", "浅紫", "香芋紫", "紫的"], "purple", "zi se", ["pink", "blue"]),
    "orange": (["橙色", "橙色", "橘色", "桔黄色"], "orange", "cheng se", ["red", "yellow"]),
    "jade": (["翠绿", "绿色", "青绿", "淡绿色", "翡翠绿"], "jade green", "lv se", ["green", "white"]),
    "camo": (["迷彩", "迷彩色", "军绿迷彩"], "camo", "micai", ["green", "brown"]),
}
CONTRAST = {"black": ["white", "red", "pink", "gold"], "white": ["black", "blue", "red"],
            "silver": ["black", "red", "blue"], "grey": ["red", "pink", "white"],
            "blue": ["red", "white", "pink"], "red": ["black", "blue", "white"],
            "pink": ["black", "blue", "green"], "green": ["red", "white", "pink"],
            "gold": ["silver", "black"], "brown": ["blue", "white", "pink"],
            "beige": ["black", "blue"], "yellow": ["black", "blue"], "purple": ["black", "white"],
            "orange": ["black", "blue"], "jade": ["white"], "camo": ["black", "blue"]}


def color_form(ck):
    return pick(COLORS[ck][0])


BRANDS = {
    "huawei": (["华为", "华为", "HUAWEI", "Huawei", "华伟", "化为", "huawei"], "Huawei", "huawei"),
    "apple": (["苹果", "苹果", "iPhone", "Apple", "平果", "爱疯", "apple"], "Apple", "pingguo"),
    "xiaomi": (["小米", "小米", "Xiaomi", "MI", "小咪", "xiaomi"], "Xiaomi", "xiaomi"),
    "redmi": (["红米", "Redmi", "红米", "小米红米", "redmi", "紅米"], "Redmi", "hongmi"),
    "oppo": (["OPPO", "oppo", "欧珀", "OPPO", "Oppo", "欧泊"], "OPPO", "oppo"),
    "vivo": (["vivo", "VIVO", "维沃", "vivo", "步步高vivo", "vivio"], "vivo", "vivo"),
    "honor": (["荣耀", "荣耀", "HONOR", "Honor", "荣曜"], "Honor", "rongyao"),
    "oneplus": (["一加", "OnePlus", "一加", "1+", "oneplus"], "OnePlus", "yijia"),
    "fushouxing": (["福寿星", "福寿星", "福寿兴", "FSX"], "Fushouxing", "fushouxing"),
    "dji": (["大疆", "大疆", "DJI", "dji", "大江", "大僵"], "DJI", "dajiang"),
    "gopro": (["GoPro", "GoPro", "gopro", "狗pro", "狗Pro", "go pro"], "GoPro", "gopro"),
    "insta360": (["影石", "Insta360", "insta360", "影石Insta360", "因斯塔360"], "Insta360", "yingshi"),
    "canon": (["佳能", "佳能", "Canon", "canon", "加能"], "Canon", "jianeng"),
    "sony": (["索尼", "索尼", "SONY", "Sony", "所尼"], "Sony", "suoni"),
    "romoss": (["罗马仕", "罗马仕", "ROMOSS", "romoss", "罗马士"], "Romoss", "luomashi"),
    "anker": (["安克", "Anker", "ANKER", "安克", "anker"], "Anker", "anke"),
    "xtc": (["小天才", "小天才", "XTC", "小天财"], "XTC", "xiaotiancai"),
    "yadea": (["雅迪", "雅迪", "Yadea", "YADEA", "雅帝", "雅笛"], "Yadea", "yadi"),
    "aima": (["爱玛", "爱玛", "AIMA", "艾玛", "爱马"], "Aima", "aima"),
    "tailg": (["台铃", "台铃", "TAILG", "台玲", "台岭"], "Tailg", "tailing"),
    "niu": (["小牛", "小牛", "NIU", "niu", "小妞", "小牛电动"], "NIU", "xiaoniu"),
    "giant": (["捷安特", "捷安特", "GIANT", "Giant", "杰安特"], "Giant", "jieante"),
    "merida": (["美利达", "美利达", "MERIDA", "Merida", "美力达"], "Merida", "meilida"),
    "xds": (["喜德盛", "喜德盛", "XDS", "喜得胜"], "XDS", "xidesheng"),
    "forever": (["永久", "永久", "FOREVER", "永久牌"], "Forever", "yongjiu"),
    "phoenix": (["凤凰", "凤凰", "PHOENIX", "凤凰牌"], "Phoenix", "fenghuang"),
    "vw": (["大众", "大众", "VW", "一汽大众", "上汽大众", "Volkswagen", "大从"], "Volkswagen", "dazhong"),
    "toyota": (["丰田", "丰田", "TOYOTA", "Toyota", "风田", "豐田"], "Toyota", "fengtian"),
    "honda": (["本田", "本田", "HONDA", "Honda", "本天"], "Honda", "bentian"),
    "byd": (["比亚迪", "比亚迪", "BYD", "byd", "比亚笛", "比亚帝"], "BYD", "biyadi"),
    "geely": (["吉利", "吉利", "GEELY", "Geely", "吉力"], "Geely", "jili"),
    "haval": (["哈弗", "哈弗", "HAVAL", "哈佛", "长城哈弗"], "Haval", "hafu"),
    "buick": (["别克", "别克", "Buick", "BUICK", "别可"], "Buick", "bieke"),
    "cfmoto": (["春风", "春风", "CFMOTO", "春風", "CF"], "CFMOTO", "chunfeng"),
    "haojue": (["豪爵", "豪爵", "HAOJUE", "豪爵铃木", "好爵"], "Haojue", "haojue"),
    "septwolves": (["七匹狼", "七匹狼", "SEPTWOLVES", "7匹狼", "七匹郎"], "Septwolves", "qipilang"),
    "goldlion": (["金利来", "金利来", "Goldlion", "goldlion", "金莉来"], "Goldlion", "jinlilai"),
    "coach": (["蔻驰", "COACH", "Coach", "寇驰", "蔻驰"], "Coach", "kouchi"),
    "samsonite": (["新秀丽", "新秀丽", "Samsonite", "samsonite", "新秀利"], "Samsonite", "xinxiuli"),
    "decathlon": (["迪卡侬", "迪卡侬", "Decathlon", "DECATHLON", "迪卡龙", "迪卡农"], "Decathlon", "dikanong"),
    "tnf": (["北面", "The North Face", "TNF", "北脸", "北面"], "The North Face", "beimian"),
    "nike": (["耐克", "NIKE", "Nike", "耐克", "奈克"], "Nike", "naike"),
    "camel": (["骆驼", "骆驼", "CAMEL", "駱駝", "落驼"], "Camel", "luotuo"),
    "toread": (["探路者", "探路者", "TOREAD", "探路着"], "Toread", "tanluzhe"),
    "ctf": (["周大福", "周大福", "CTF", "Chow Tai Fook", "周大富"], "Chow Tai Fook", "zhoudafu"),
    "lfx": (["老凤祥", "老凤祥", "老鳳祥", "老风祥"], "Lao Feng Xiang", "laofengxiang"),
    "css": (["周生生", "周生生", "Chow Sang Sang", "周升升"], "Chow Sang Sang", "zhoushengsheng"),
    "lukfook": (["六福", "六福珠宝", "Lukfook", "六福"], "Lukfook", "liufu"),
    "gw": (["光威", "光威", "GW", "光威渔具", "光为"], "Guangwei", "guangwei"),
    "daiwa": (["达亿瓦", "DAIWA", "Daiwa", "达瓦", "达亿瓦"], "Daiwa", "dayiwa"),
    "shimano": (["禧玛诺", "SHIMANO", "Shimano", "西马诺", "喜玛诺"], "Shimano", "ximanuo"),
    "mobi": (["牧高笛", "牧高笛", "MOBIGARDEN", "木高笛", "牧高迪"], "Mobi Garden", "mugaodi"),
    "zojirushi": (["象印", "象印", "ZOJIRUSHI", "象印牌"], "Zojirushi", "xiangyin"),
    "thermos": (["膳魔师", "膳魔师", "THERMOS", "善魔师"], "Thermos", "shanmoshi"),
    "rayban": (["雷朋", "Ray-Ban", "RayBan", "雷朋", "雷鹏"], "Ray-Ban", "leipeng"),
    "goodbaby": (["好孩子", "好孩子", "gb", "goodbaby", "好孩子牌"], "Goodbaby", "haohaizi"),
    "yema": (["野马", "野马", "YEMA", "野马牌"], "Yema", "yema"),
}


def brand_form(bk, cat, who):
    forms = BRANDS[bk][0]
    if cat != "phone":
        forms = [f for f in forms if "iPhone" not in f and "爱疯" not in f] or forms
    if who == "find":
        forms = forms[:4]
    return pick(forms)


MODELS = {
    ("huawei", "phone"): ["nova 16", "Mate 75", "畅享 80", "Pura 90"],
    ("apple", "phone"): ["iPhone 15 Go", "iPhone 16 Lite", "iPhone 17 Max S"],
    ("xiaomi", "phone"): ["Civi 6", "Xiaomi 16 Lite", "MIX Slim"],
    ("redmi", "phone"): ["K90 Go", "Note 15 Turbo", "16C"],
    ("oppo", "phone"): ["Reno 15 Lite", "Find X9 Go", "A6 Max"],
    ("vivo", "phone"): ["S26 Lite", "X300 Go", "Y80t"],
    ("honor", "phone"): ["Magic 8 Go", "X70 Lite", "畅玩 60"],
    ("oneplus", "phone"): ["Ace 6 Lite", "14 Go"],
    ("fushouxing", "oldphone"): ["F9", "F8 Plus"],
    ("dji", "drone"): ["Mini Go 3", "Air 4 Lite", "Neo Max"],
    ("dji", "actioncam"): ["Osmo Action 6 Lite"],
    ("gopro", "actioncam"): ["HERO 14 Go"],
    ("insta360", "actioncam"): ["X5 Go", "Ace Lite 2"],
    ("apple", "earbuds"): ["AirPods 4 Lite"],
    ("huawei", "earbuds"): ["FreeBuds 7 Go"],
    ("xiaomi", "earbuds"): ["Buds 6 Go"],
    ("romoss", "powerbank"): ["PAC20 Go", "Sense 9 Plus"],
    ("anker", "powerbank"): ["PowerCore Go 20K"],
    ("xiaomi", "powerbank"): ["PB2030 Lite"],
    ("canon", "camera"): ["EOS R70 Go", "G7 Lite"],
    ("sony", "camera"): ["ZV-E20 Lite", "A7 Go"],
    ("apple", "tablet"): ["iPad Go 11", "iPad mini 8 Lite"],
    ("huawei", "tablet"): ["MatePad 12 Go"],
    ("xiaomi", "tablet"): ["Pad 8 Lite"],
    ("xtc", "kidswatch"): ["Z11 Go", "Q3 Lite"],
    ("huawei", "kidswatch"): ["儿童手表 6 Go"],
    ("huawei", "smartwatch"): ["Watch GT 6 Go"],
    ("apple", "smartwatch"): ["Watch S11 Lite"],
    ("xiaomi", "smartwatch"): ["Watch S5 Go"],
    ("dji", "gimbal"): ["Osmo Mobile 8 Go"],
    ("huawei", "laptop"): ["MateBook 14 Go"],
    ("apple", "laptop"): ["MacBook Air 13 Go"],
    ("xiaomi", "laptop"): ["Book Pro 14 Lite"],
    ("yadea", "ebike"): ["冠能 Go", "DE9 Lite"],
    ("aima", "ebike"): ["A7 Go", "小蜜豆 Lite"],
    ("tailg", "ebike"): ["战速 Lite"],
    ("niu", "ebike"): ["G5 Go", "F300 Lite"],
    ("giant", "bike"): ["ATX 870", "Escape 5 Lite"],
    ("merida", "bike"): ["勇士 Go 500"],
    ("xds", "bike"): ["逐日 600"],
    ("gw", "rod"): ["黑坑王 5.4"],
    ("daiwa", "rod"): ["琉璃 Lite"],
    ("shimano", "rod"): ["Zodias Go"],
    ("mobi", "tent"): ["冷山 Go 4"],
    ("camel", "tent"): ["速开 3代"],
    ("decathlon", "tent"): ["2秒速开 Go 4"],
}


def model_form(m):
    return pick([m, m, m, m.replace(" ", ""), m.lower(), m.upper().replace(" ", "")])


# ----------------------------------------------------------------------------
# kinds of object
# ----------------------------------------------------------------------------

KIND = {}


def kind(key, cat, own, find, en, py, mw, brands=(None,), colors=(), serial=None, facts=(),
         w=1.0, who=None, places=None, model_vis=0.2, xfind=None, brand_vis=0.8):
    KIND[key] = dict(key=key, cat=cat, own=list(own), find=list(find), en=en, py=py, mw=mw,
                     brands=list(brands), colors=list(colors), serial=serial, facts=list(facts),
                     w=w, who=who or {}, places=places, model_vis=model_vis, xfind=xfind,
                     brand_vis=brand_vis)


LAKE_PL = ["fish", "dam", "lakepath", "nj_b", "motel_lake", "pier"]
CAMP_PL = ["camp", "glamp", "lakepath", "fish", "camp", "glamp"]
ROAD_PL = ["sa_n_park", "sa_s_park", "toll", "nj_st", "dam", "motel_toll", "sa_n_fuel", "sa_s_fuel", "liuwan"]

kind("phone", "phone", ["手机", "手机", "手机", "电话"], ["手机", "手机", "智能手机", "移动电话"],
     "phone", "shouji", "部",
     brands=["huawei", "huawei", "huawei", "apple", "apple", "apple", "xiaomi", "redmi", "oppo", "oppo",
             "vivo", "vivo", "honor", "honor", "oneplus"],
     colors=["black", "black", "black", "white", "blue", "silver", "gold", "green", "purple", "pink", "grey"],
     serial=("imei", 0.45, 0.3), facts=["pcase", "wallpaper", "crack", "pback", "pown", "simnum"],
     w=10, model_vis=0.3)
kind("oldphone", "phone", ["老人机", "老年机", "按键手机", "老人手机"], ["老人机", "老年手机", "按键手机"],
     "basic phone", "laorenji", "部", brands=["fushouxing", None], colors=["black", "red", "gold", "blue"],
     serial=("imei", 0.1, 0.15), facts=["oldp", "pown", "simnum"], w=0.3,
     who={"elderly": 20, "farmer": 10})

kind("wallet", "wallet", ["钱包", "钱包", "皮夹", "钱夹"], ["钱包", "皮夹", "钱夹", "钱包"],
     "wallet", "qianbao", "个", brands=["septwolves", "goldlion", "coach", None, None],
     colors=["black", "black", "black", "brown", "brown", "red", "pink", "blue"],
     facts=["cash", "idin", "bank", "wcards", "wlook"], w=10)
kind("cardholder", "wallet", ["卡包", "卡套", "证件包", "卡夹"], ["卡包", "卡套", "证件夹"],
     "card holder", "kabao", "个", brands=[None, None, "coach"], colors=["black", "brown", "blue", "pink"],
     facts=["idin", "bank", "wcards", "wlook"], w=3,
     xfind=["身份证（装在卡套里）", "证件卡套一个（内有身份证）", "身份证及卡套"])
kind("coinpurse", "wallet", ["零钱包", "小钱包", "零钱袋"], ["零钱包", "小钱包"],
     "coin purse", "lingqianbao", "个", colors=["pink", "red", "yellow", "purple", "blue"],
     facts=["cash", "wcards", "cpurse"], w=2, who={"elderly": 3, "farmer": 2})

kind("idcard", "id_doc", ["身份证", "身份证", "二代身份证", "身分证"], ["居民身份证", "身份证", "身份证"],
     "ID card", "shenfenzheng", "张", serial=("id", 0.5, 0.8), facts=["idhold"], w=10)
kind("driving", "id_doc", ["驾驶证", "驾照", "驾驶本"], ["机动车驾驶证", "驾驶证", "驾照"],
     "driving licence", "jiazhao", "本", serial=("id", 0.4, 0.75), facts=["idhold"], w=5,
     who={"rider": 3, "family": 2})
kind("vreg", "id_doc", ["行驶证", "车的行驶证", "行车证"], ["机动车行驶证", "行驶证"],
     "vehicle registration", "xingshizheng", "本", serial=("plate", 0.8, 0.9), facts=["idhold"], w=3,
     who={"family": 2, "rider": 2})
kind("student", "id_doc", ["学生证", "学生卡", "校园卡"], ["学生证", "学生证", "校园卡"],
     "student card", "xueshengzheng", "张", serial=("student", 0.3, 0.6), facts=["idhold", "school"],
     w=3, who={"family": 2, "camper": 2})
kind("passport", "id_doc", ["护照"], ["护照", "中华人民共和国护照"], "passport", "huzhao", "本",
     serial=("passport", 0.5, 0.8), facts=["idhold"], w=0.5, who={"yue": 2})
kind("fpassport", "id_doc", ["护照"], ["外国护照", "护照（外籍）"], "passport", "huzhao", "本",
     serial=("fpassport", 0.6, 0.85), facts=["idhold"], w=0, who={"en": 50})
kind("hkpermit", "id_doc", ["港澳通行证", "通行证"], ["往来港澳通行证", "港澳通行证"],
     "HK/Macau travel permit", "gangao tongxingzheng", "本", serial=("hkpermit", 0.4, 0.75),
     facts=["idhold"], w=0.5, who={"yue": 4, "min": 2})
kind("elder", "id_doc", ["老年证", "老年优待证", "老人卡"], ["老年人优待证", "老年证"],
     "seniors card", "laonianzheng", "张", serial=("elder", 0.1, 0.5), facts=["idhold"], w=0,
     who={"elderly": 10, "farmer": 2})
kind("health", "id_doc", ["健康证"], ["健康证", "从业人员健康证明"], "health certificate", "jiankangzheng",
     "张", serial=("health", 0.2, 0.5), facts=["idhold"], w=0, who={"staff": 8, "sa_staff": 3})
kind("bankcard", "id_doc", ["银行卡", "银行卡", "储蓄卡"], ["银行卡", "借记卡"], "bank card", "yinhangka",
     "张", serial=("card", 0.9, 0.9), facts=["idhold"], w=3)

kind("carkey", "keys", ["车钥匙", "汽车钥匙", "车钥匙", "遥控钥匙"], ["汽车钥匙", "车钥匙", "汽车遥控钥匙"],
     "car key", "che yaoshi", "把", brands=["vw", "toyota", "honda", "byd", "geely", "haval", "buick"],
     colors=["black"], facts=["kcount", "kpend", "kcard", "kplate"], w=8, brand_vis=0.9)
kind("housekey", "keys", ["钥匙", "钥匙串", "家里钥匙", "钥匙串"], ["钥匙", "钥匙", "钥匙串"],
     "keys", "yaoshi", "串", colors=[], facts=["kcount", "kpend", "kcard"], w=6)
kind("motokey", "keys", ["摩托车钥匙", "摩托钥匙", "机车钥匙"], ["摩托车钥匙"], "motorbike key",
     "motuoche yaoshi", "把", brands=["cfmoto", "haojue"], colors=["black"], facts=["kpend", "kplate"],
     w=0, who={"rider": 8})
kind("roomcard", "keys", ["房卡", "酒店房卡"], ["房卡", "酒店房卡"], "room key card", "fangka", "张",
     colors=[], facts=["kroom"], w=1, who={"family": 1, "rider": 1})
kind("ebikekey", "keys", ["电动车钥匙", "电瓶车钥匙", "电驴钥匙"], ["电动车钥匙"], "e-bike key",
     "diandongche yaoshi", "把", brands=["yadea", "aima", "tailg", "niu"], colors=["black"],
     facts=["kpend", "kcount"], w=0.2, who={"farmer": 4, "staff": 4, "sa_staff": 4, "toll_staff": 4})

kind("ebike", "ebike", ["电动车", "电瓶车", "电驴", "电动自行车"], ["电动车", "电动自行车", "两轮电动车"],
     "e-bike", "diandongche", "辆", brands=["yadea", "aima", "tailg", "niu"],
     colors=["white", "black", "red", "blue", "pink", "grey", "green"], serial=("frame_e", 0.3, 0.45),
     facts=["ebk", "ebk", "eplate"], w=1, brand_vis=0.9)

kind("bike", "bicycle", ["自行车", "山地车", "单车", "自行车"], ["自行车", "山地自行车", "自行车"],
     "bicycle", "zixingche", "辆", brands=["giant", "merida", "xds", "forever", "phoenix"],
     colors=["black", "white", "blue", "red", "yellow", "green", "grey"], serial=("frame_b", 0.25, 0.35),
     facts=["bikef", "bikef"], w=1, brand_vis=0.85)
kind("kidbike", "bicycle", ["儿童自行车", "小孩的自行车", "童车"], ["儿童自行车"], "kid's bicycle",
     "ertong zixingche", "辆", brands=["goodbaby", "phoenix", "forever"], colors=["pink", "blue", "red", "yellow"],
     facts=["kbike", "kbike"], w=0.6, who={"family": 3, "yue": 2, "min": 2})

kind("backpack", "bag", ["双肩包", "背包", "书包", "双肩背包"], ["双肩包", "双肩背包", "背包"],
     "backpack", "beibao", "个", brands=["tnf", "decathlon", "nike", "camel", "toread", "xiaomi", None],
     colors=["black", "black", "grey", "blue", "green", "red", "orange"],
     facts=["bcont", "bcont", "btag", "blook"], w=6)
kind("shoulder", "bag", ["挎包", "斜挎包", "包包", "手提包"], ["挎包", "斜挎包", "女士手提包"],
     "shoulder bag", "kuabao", "个", brands=["coach", "nike", None, None],
     colors=["black", "brown", "red", "beige", "white", "pink"], facts=["bcont", "bcont", "blook"], w=4)
kind("waist", "bag", ["腰包", "胸包", "小腰包"], ["腰包", "胸包"], "waist bag", "yaobao", "个",
     brands=["decathlon", "nike", None], colors=["black", "grey", "green", "camo"],
     facts=["bcont", "blook"], w=2, who={"rider": 3, "farmer": 3})
kind("suitcase", "bag", ["行李箱", "拉杆箱", "箱子"], ["行李箱", "拉杆箱", "旅行箱"], "suitcase",
     "xinglixiang", "个", brands=["samsonite", None, None], colors=["silver", "black", "pink", "blue", "white"],
     facts=["bcont", "btag", "sstk"], w=1.5)
kind("tote", "bag", ["手提袋", "购物袋", "袋子", "布袋"], ["手提袋", "购物袋", "布袋"], "tote bag",
     "shoutidai", "个", colors=["white", "red", "green", "blue", "beige"], facts=["bcont", "bcont"], w=2)
kind("camerabag", "bag", ["相机包", "摄影包"], ["相机包"], "camera bag", "xiangjibao", "个",
     brands=[None, "canon"], colors=["black", "grey"], facts=["bcont", "blook"], w=0.8)

kind("cash", "cash", ["现金", "钱", "一沓钱", "一笔现金"], ["现金", "人民币现金", "现金"], "cash",
     "xianjin", "笔", facts=["cbox", "cashbig", "cnote"], w=1)

kind("necklace", "jewelry", ["金项链", "项链", "黄金项链"], ["项链", "金色项链", "黄金项链"], "gold necklace",
     "jin xianglian", "条", brands=["ctf", "lfx", "css", "lukfook", None], colors=["gold"],
     facts=["jeng", "jweight", "jgem", "jbox", "jclasp"], w=4, brand_vis=0.4)
kind("bangle", "jewelry", ["金手镯", "手镯", "金镯子"], ["金手镯", "金色手镯"], "gold bangle", "jin shouzhuo",
     "只", brands=["ctf", "lfx", "lukfook", None], colors=["gold"], facts=["jeng", "jweight", "jgem", "jbox"],
     w=2, brand_vis=0.4)
kind("jade", "jewelry", ["玉镯", "玉手镯", "翡翠镯子"], ["玉镯", "绿色手镯", "玉手镯"], "jade bangle",
     "yuzhuo", "只", colors=["jade", "white"], facts=["jade", "jbox", "jweight"], w=2, who={"elderly": 3})
kind("ring", "jewelry", ["戒指", "婚戒", "金戒指", "钻戒"], ["戒指", "金色戒指", "女式戒指"], "ring",
     "jiezhi", "枚", brands=["ctf", "css", "lukfook", None], colors=["gold", "silver"],
     facts=["jeng", "jgem", "jbox"], w=3, brand_vis=0.4)
kind("earring", "jewelry", ["耳环", "耳钉", "一只耳环"], ["耳环", "耳钉"], "earring", "erhuan", "只",
     brands=["ctf", None], colors=["gold", "silver"], facts=["jgem", "jbox"], w=1, brand_vis=0.3)
kind("bracelet", "jewelry", ["手链", "佛珠手串", "手串"], ["手链", "手串"], "bracelet", "shoulian", "条",
     brands=[None, "lfx"], colors=["gold", "silver", "brown", "red"], facts=["jgem", "jeng", "jclasp"], w=2,
     brand_vis=0.3)
kind("silverlock", "jewelry", ["长命锁", "银锁", "小孩的银锁"], ["银质长命锁", "银锁"],
     "silver baby-lock pendant", "changmingsuo", "个", brands=["lfx", None], colors=["silver"],
     facts=["jeng", "jbox"], w=0.5, who={"family": 3, "min": 3})

kind("drone", "electronics", ["无人机", "航拍无人机", "航拍机", "无人飞机"], ["无人机", "航拍飞行器", "四轴飞行器"],
     "drone", "wurenji", "台", brands=["dji"], colors=["grey", "white", "black"],
     serial=("drone_sn", 0.35, 0.45), facts=["ecase", "eprop", "estk", "esd"], w=2,
     who={"family": 2, "camper": 2, "rider": 1.5, "en": 2}, model_vis=0.5,
     xfind=["航拍飞行器", "遥控飞机", "四轴飞行器（遥控航模）"])
kind("actioncam", "electronics", ["运动相机", "运动摄像机", "运动相机（带支架）"], ["运动相机", "小型摄像机"],
     "action camera", "yundong xiangji", "台", brands=["dji", "gopro", "insta360"], colors=["black", "grey"],
     serial=("cam_sn", 0.25, 0.3), facts=["emount", "estk", "esd"], w=2, who={"rider": 5, "camper": 2},
     model_vis=0.4)
kind("earbuds", "electronics", ["蓝牙耳机", "无线耳机", "耳机"], ["蓝牙耳机", "无线耳机（含充电盒）"],
     "earbuds", "lanya erji", "副", brands=["apple", "huawei", "xiaomi"], colors=["white", "black", "blue"],
     serial=("buds_sn", 0.1, 0.2), facts=["estk", "ebud"], w=3)
kind("powerbank", "electronics", ["充电宝", "移动电源"], ["充电宝", "移动电源"], "power bank",
     "chongdianbao", "个", brands=["romoss", "anker", "xiaomi"], colors=["white", "black", "blue", "pink"],
     facts=["estk", "epb"], w=2)
kind("camera", "electronics", ["相机", "单反", "照相机", "微单"], ["相机", "数码相机", "照相机"], "camera",
     "xiangji", "台", brands=["canon", "sony"], colors=["black", "silver", "white"],
     serial=("cam_sn", 0.3, 0.45), facts=["ecase", "elens", "estk", "esd"], w=2, model_vis=0.5)
kind("tablet", "electronics", ["平板", "平板电脑"], ["平板电脑", "平板"], "tablet", "pingban", "台",
     brands=["apple", "huawei", "xiaomi"], colors=["grey", "silver", "blue", "pink"],
     serial=("tab_sn", 0.15, 0.1), facts=["tcase", "estk", "esd"], w=2, who={"family": 3})
kind("kidswatch", "electronics", ["电话手表", "儿童手表", "小天才手表", "儿童电话手表"],
     ["儿童电话手表", "儿童手表", "电话手表"], "kid's smartwatch", "dianhua shoubiao", "块",
     brands=["xtc", "xtc", "huawei"], colors=["blue", "pink", "green", "black"], serial=("imei", 0.12, 0.15),
     facts=["ekid", "eband"], w=1, who={"family": 4, "yue": 3, "min": 3},
     xfind=["儿童电话手表", "儿童手表（可通话）"])
kind("smartwatch", "electronics", ["智能手表", "手表", "运动手表"], ["智能手表", "电子手表"], "smartwatch",
     "zhineng shoubiao", "块", brands=["huawei", "apple", "xiaomi"], colors=["black", "silver", "pink", "white"],
     facts=["eband", "estk"], w=1.5)
kind("hearing", "electronics", ["助听器"], ["助听器"], "hearing aid", "zhutingqi", "个", colors=["beige", "grey"],
     facts=["ehear"], w=0, who={"elderly": 8})
kind("gimbal", "electronics", ["手机稳定器", "云台", "手持云台"], ["手机稳定器", "手持云台"], "phone gimbal",
     "wendingqi", "个", brands=["dji"], colors=["grey", "black"], facts=["ecase", "estk"], w=0.8)
kind("laptop", "electronics", ["笔记本电脑", "电脑", "笔记本"], ["笔记本电脑"], "laptop", "bijiben diannao",
     "台", brands=["huawei", "apple", "xiaomi"], colors=["grey", "silver"], serial=("tab_sn", 0.2, 0.15),
     facts=["estk", "lbag"], w=0.8)

kind("rod", "other", ["鱼竿", "钓竿", "渔竿", "鱼杆"], ["鱼竿", "钓鱼竿", "渔具（鱼竿）"], "fishing rods",
     "yugan", "套", brands=["gw", "daiwa", "shimano"], colors=["black", "green", "blue", "red"],
     facts=["frod", "frod", "fbag"], w=0.3, who={"angler": 12}, places=LAKE_PL,
     xfind=["长条竿包（内有鱼竿）", "黑色长条包一个，内装鱼竿", "竿包"])
kind("fishbox", "other", ["钓箱", "钓鱼箱"], ["钓箱", "渔具箱"], "tackle box", "diaoxiang", "个",
     brands=["gw", "daiwa", None], colors=["white", "blue", "black"], facts=["fbox", "fbox"], w=0.1,
     who={"angler": 6}, places=LAKE_PL)
kind("tent", "other", ["帐篷", "露营帐篷"], ["帐篷", "帐篷（收纳袋装）"], "tent", "zhangpeng", "顶",
     brands=["mobi", "camel", "decathlon"], colors=["green", "beige", "orange", "blue", "grey"],
     facts=["ftent", "ftent"], w=0.2, who={"camper": 8}, places=CAMP_PL)
kind("chair", "other", ["折叠椅", "露营椅", "月亮椅", "小马扎"], ["折叠椅", "露营椅"], "folding chair",
     "zhedieyi", "把", brands=["mobi", "decathlon", None], colors=["green", "beige", "black", "blue"],
     facts=["fgeneric"], w=0.3, who={"camper": 5, "angler": 3}, places=CAMP_PL)
kind("trolley", "other", ["露营车", "营地车", "小推车"], ["露营推车", "手推车"], "camping trolley",
     "luyingche", "辆", brands=["mobi", None], colors=["green", "beige", "grey"], facts=["fgeneric", "ftrol"],
     w=0.1, who={"camper": 4}, places=CAMP_PL)
kind("lamp", "other", ["营地灯", "露营灯", "头灯"], ["露营灯", "头灯"], "camping lantern", "yingdideng", "个",
     brands=["mobi", None], colors=["black", "beige", "orange"], facts=["fgeneric"], w=0.1,
     who={"camper": 3, "angler": 2}, places=CAMP_PL)
kind("thermos", "other", ["保温杯", "水杯", "保温壶"], ["保温杯", "水杯"], "thermos flask", "baowenbei", "个",
     brands=["zojirushi", "thermos", None], colors=["silver", "black", "pink", "blue", "white"],
     facts=["fthermos", "fgeneric"], w=1, who={"elderly": 3, "family": 2})
kind("sunglasses", "other", ["墨镜", "太阳镜"], ["墨镜", "太阳眼镜"], "sunglasses", "mojing", "副",
     brands=["rayban", None], colors=["black", "brown"], facts=["fglass"], w=1, who={"rider": 3})
kind("glasses", "other", ["眼镜", "近视眼镜", "老花镜"], ["眼镜", "近视眼镜", "眼镜（带盒）"], "glasses",
     "yanjing", "副", colors=["black", "gold", "brown"], facts=["fglass"], w=1, who={"elderly": 3})
kind("umbrella", "other", ["雨伞", "伞", "折叠伞"], ["雨伞", "折叠伞"], "umbrella", "yusan", "把",
     colors=["black", "blue", "pink", "red", "green"], facts=["fumb"], w=0.8)
kind("helmet", "other", ["头盔", "摩托车头盔", "全盔"], ["头盔", "摩托车头盔"], "motorcycle helmet",
     "toukui", "顶", brands=["yema", None], colors=["black", "white", "grey", "red"],
     facts=["fhelmet", "fgeneric"], w=0.2, who={"rider": 8, "farmer": 1})
kind("stroller", "other", ["婴儿车", "推车", "宝宝推车"], ["婴儿推车", "童车"], "baby stroller",
     "yingerche", "辆", brands=["goodbaby"], colors=["grey", "blue", "pink", "beige"], facts=["fstroller"],
     w=0.2, who={"family": 3, "yue": 2, "min": 2})
kind("wheelchair", "other", ["轮椅"], ["轮椅"], "wheelchair", "lunyi", "辆", colors=["black", "blue", "silver"],
     facts=["fwheel"], w=0, who={"elderly": 4})
kind("cane", "other", ["拐杖", "手杖", "拐棍"], ["拐杖", "手杖"], "walking stick", "guaizhang", "根",
     colors=["brown", "black", "silver"], facts=["fcane"], w=0, who={"elderly": 6})
kind("plate", "other", ["车牌", "车牌照", "前车牌", "后车牌"], ["机动车号牌", "车牌", "号牌"], "number plate",
     "chepai", "块", colors=["blue", "green"], serial=("carplate", 0.97, 0.97), facts=["fplate"], w=0.3,
     who={"family": 1.5}, places=ROAD_PL)
kind("toy", "other", ["玩具", "毛绒玩具", "公仔", "奥特曼玩具"], ["毛绒玩具", "玩具", "儿童玩具"], "kid's toy",
     "wanju", "个", colors=["pink", "brown", "white", "blue", "yellow"], facts=["ftoy"], w=0.3,
     who={"family": 3})
kind("jacket", "other", ["外套", "冲锋衣", "衣服"], ["外套", "冲锋衣", "上衣"], "jacket", "waitao", "件",
     brands=["tnf", "toread", "camel", "decathlon", None], colors=["black", "blue", "red", "grey", "green"],
     facts=["fjacket", "fgeneric"], w=0.5, who={"camper": 2, "rider": 2})

# ----------------------------------------------------------------------------
# facts: (what the owner says, what a finder can see or None, English)
# ----------------------------------------------------------------------------

FACTS = {
    "pcase": [("透明手机壳", "透明软壳", "a clear case"), ("黑色硅胶壳", "黑色硅胶保护壳", "a black silicone case"),
              ("带支架的磨砂壳", "磨砂壳，背面有折叠支架", "a matte case with a kickstand"),
              ("蜡笔小新图案的手机壳", "手机壳印有蜡笔小新图案", "a Crayon Shin-chan case"),
              ("粉色兔耳朵毛绒壳", "粉色毛绒壳，带兔耳朵", "a pink bunny-ear case"),
              ("皮质翻盖套，里面插着卡", "翻盖皮套，内插卡片", "a leather flip cover with cards"),
              ("迷彩防摔壳", "迷彩色防摔壳", "a camo rugged case"), ("奶茶色硅胶壳", "浅棕色硅胶壳", "a beige silicone case"),
              ("带挂绳的透明壳", "透明壳，带斜挎挂绳", "a clear case with a lanyard"),
              ("小黄鸭图案壳", "黄色鸭子图案手机壳", "a yellow duck case"), ("没带壳，裸机", "无手机壳", "no case")],
    "wallpaper": [("锁屏是我们一家三口在海边的照片", "锁屏图片为一家三口海边合影", "the lock screen is a family photo at the beach"),
                  ("锁屏是一只橘猫", "锁屏是橘猫照片", "the lock screen is an orange cat"),
                  ("锁屏是我女儿骑木马", "锁屏为小女孩骑木马照片", "the lock screen is my daughter on a rocking horse"),
                  ("锁屏是雪山风景", "锁屏为雪山风景图", "the lock screen is a snowy mountain"),
                  ("锁屏是我家金毛", "锁屏为一只金毛犬", "the lock screen is our golden retriever"),
                  ("锁屏是两个孩子穿汉服", "锁屏图片是两个穿汉服的小孩", "the lock screen shows two kids in hanfu"),
                  ("锁屏是老伴的照片", "锁屏为一位老年妇女照片", "the lock screen is my wife"),
                  ("锁屏是一辆摩托车", "锁屏为摩托车图片", "the lock screen is a motorbike"),
                  ("锁屏是我钓的一条大鲤鱼", "锁屏是一张手拿大鱼的照片", "the lock screen shows me holding a big carp")],
    "crack": [("屏幕左上角碎了", "屏幕左上角有碎裂", "the top-left corner of the screen is cracked"),
              ("后盖有一道裂纹", "后盖有裂纹", "a crack across the back"),
              ("屏幕右下角有个裂点", "屏幕右下角有裂点", "a small crack bottom-right"),
              ("镜头旁边磕掉了漆", "摄像头附近掉漆", "paint chipped near the camera"),
              ("贴了钢化膜，膜碎了", "钢化膜已碎", "the screen protector is shattered")],
    "pback": [("背面贴了个Hello Kitty贴纸", "背面有Hello Kitty贴纸", "a Hello Kitty sticker on the back"),
              ("壳里夹着一张公交卡", "壳内夹公交卡一张", "a transit card tucked in the case"),
              ("背面有个指环扣", "背面带指环扣", "a ring holder on the back"),
              ("壳里夹着两张一百的", "壳内夹有人民币200元", "two 100-yuan notes inside the case"),
              ("壳里夹着孩子的照片", "壳内夹小孩照片一张", "a photo of my kid inside the case")],
    "pown": [("有锁屏密码", None, "it has a passcode"), ("里面两张卡", None, "dual SIM"),
             ("丢的时候快没电了", None, "the battery was nearly dead"),
             ("开了静音，打过去没人接", None, "it is on silent and nobody answers"),
             ("现在打过去已经关机了", None, "it is switched off now")],
    "oldp": [("背后贴着写电话的纸条", "背面贴着手写电话号码纸条", "a note with phone numbers on the back"),
             ("用红绳挂脖子上的", "挂红色挂绳", "a red neck cord"), ("按键磨得看不清了", "按键磨损严重", "worn keys"),
             ("后盖用胶布粘着", "后盖用胶布缠着", "the back cover is taped")],
    "wcards": [("有张驾驶证", "内有驾驶证", "my driving licence"),
               ("有万家福超市会员卡", "万家福超市会员卡一张", "a supermarket loyalty card"),
               ("几张加油小票", "加油小票数张", "some fuel receipts"),
               ("两张雁栖湖游船票", "雁栖湖游船票两张", "two boat tickets"),
               ("一张全家福小照片", "小照片一张（全家福）", "a small family photo"),
               ("一个平安符", "平安符一个", "a paper amulet"), ("医保卡", "医保卡一张", "a medical insurance card"),
               ("公交卡", "公交卡一张", "a transit card"),
               ("孩子的疫苗本复印件", "疫苗接种证复印件", "a copy of my kid's vaccination record")],
    "wlook": [("拉链有点坏了", "拉链损坏", "the zip is broken"), ("边角磨白了", "边角磨损", "worn corners"),
              ("有个金属扣", "带金属搭扣", "a metal clasp"), ("上面压着字母{ini}", "压印字母“{ini}”", "initials {ini} embossed"),
              ("是长款的", "长款", "a long style"), ("是短款对折的", "短款对折", "a short bifold")],
    "cpurse": [("上面有个卡通猫", "印有卡通猫图案", "a cartoon cat print"), ("是绣花布的", "绣花布面", "embroidered cloth"),
               ("拉链上挂着一个铃铛", "拉链挂小铃铛", "a little bell on the zip")],
    "idhold": [("装在透明卡套里", "装透明卡套", "in a clear sleeve"), ("卡套是粉色的", "粉色卡套", "in a pink sleeve"),
               ("跟别的卡用皮筋绑在一起", "与其他卡片用皮筋捆在一起", "rubber-banded with other cards"),
               ("有点弯了", "证件略弯折", "slightly bent"),
               ("背面贴了张小纸条写着电话", "背面贴纸条（有电话号码）", "a note with a phone number on the back")],
    "kcount": [("一共三把钥匙", "钥匙三把", "three keys"), ("一把车钥匙加两把门钥匙", "车钥匙一把、门钥匙两把", "a car key and two door keys"),
               ("就一把车钥匙", "单把钥匙", "just the one key"), ("五六把钥匙一大串", "钥匙一串约6把", "a bunch of about six keys"),
               ("两把钥匙", "钥匙两把", "two keys")],
    "kpend": [("挂着一个小熊挂件", "挂小熊挂件", "a teddy-bear keyring"), ("挂着平安符", "挂平安符", "a lucky charm"),
              ("米奇挂件", "米老鼠挂件", "a Mickey Mouse keyring"), ("一个小葫芦，刻着“平安”", "挂小葫芦（刻“平安”字）", "a little gourd engraved 平安"),
              ("棕色皮钥匙包", "棕色皮钥匙包", "a brown leather key pouch"), ("开瓶器挂件", "挂开瓶器", "a bottle-opener keyring"),
              ("小鱼形状的挂件", "鱼形挂件", "a fish-shaped keyring"), ("头盔形状的小挂件", "头盔造型挂件", "a tiny helmet keyring")],
    "kcard": [("有一个蓝色门禁卡", "带蓝色门禁卡", "a blue access fob"), ("有个写着“3栋”的牌子", "挂“3栋”字样号牌", "a tag reading 3栋"),
              ("挂了个U盘", "挂U盘一个", "a USB stick")],
    "bcont": [("里面有两件小孩外套", "内有儿童外套两件", "two kids' jackets"), ("有个保温杯", "内有保温杯一个", "a thermos"),
              ("有充电宝", "内有充电宝", "a power bank"), ("有一个iPad", "内有平板电脑一台", "an iPad"),
              ("有我妈的降压药", "内有药品（降压药）", "my mum's blood-pressure pills"), ("装着一袋核桃", "内有核桃一袋", "a bag of walnuts"),
              ("有尿不湿和奶瓶", "内有纸尿裤、奶瓶", "nappies and a baby bottle"), ("有相机", "内有相机一台", "a camera"),
              ("有一套换洗衣服", "内有换洗衣物", "a change of clothes"), ("有雨伞", "内有折叠伞", "an umbrella"),
              ("有几百块现金", "内有现金若干", "a few hundred yuan"), ("有一本书", "内有书一本", "a book"),
              ("有车的行驶证", "内有行驶证一本", "the car's registration papers"), ("有纸巾和湿巾", "内有纸巾、湿巾", "tissues and wipes")],
    "blook": [("侧面挂着一个小熊挂件", "侧面挂小熊挂件", "a teddy-bear charm on the side"), ("肩带断过缝了一下", "肩带有缝补痕迹", "a re-stitched strap"),
              ("有个反光条", "有反光条", "a reflective strip"), ("拉链头绑了根红绳", "拉链头系红绳", "a red string on the zip"),
              ("底下有块油渍", "底部有油渍", "an oil stain on the bottom")],
    "sstk": [("箱子上贴满了贴纸", "箱体贴有多张贴纸", "covered in stickers"), ("一个轮子坏了", "一个轮子损坏", "one broken wheel"),
             ("拉杆上绑着黄丝带", "拉杆系黄色丝带", "a yellow ribbon on the handle")],
    "cbox": [("装在红包里", "红包装", "in a red envelope"), ("装在牛皮纸信封里", "牛皮纸信封装", "in a brown paper envelope"),
             ("用皮筋扎着", "用橡皮筋捆扎", "held with a rubber band"), ("装在农业银行的信封里", "农业银行信封装", "in an ABC bank envelope"),
             ("装在一个塑料袋里", "塑料袋装", "in a plastic bag")],
    "cnote": [("信封上写着“给妈妈”", "信封上写有“给妈妈”", "the envelope says 给妈妈"),
              ("红包上印着“恭喜发财”", "红包印“恭喜发财”", "the envelope is printed 恭喜发财"),
              ("信封上写着“房租”", "信封写“房租”二字", "the envelope says 房租"),
              ("里面还夹着一张收据", "内夹收据一张", "a receipt inside")],
    "jgem": [("镶了一颗小钻", "镶有小钻一颗", "a small diamond"), ("带一个金貔貅吊坠", "挂貔貅吊坠", "a gold pixiu pendant"),
             ("串着一颗红玛瑙", "有红色珠子一颗", "a red agate bead"), ("挂着一个小金锁", "挂小金锁", "a little gold lock charm"),
             ("是麻花款", "麻花样式", "a twisted-rope design"), ("上面有个小葫芦", "坠小葫芦", "a small gourd charm")],
    "jade": [("玉上有一道白絮", "玉镯有白色絮状纹", "a white vein in the jade"), ("镯子内圈磕了个小口", "内圈有小缺口", "a small chip inside"),
             ("颜色是飘绿花的", "带绿色飘花", "green floating flowers")],
    "jbox": [("装在红色首饰盒里", "红色首饰盒装", "in a red jewellery box"), ("用纸巾包着", "用纸巾包裹", "wrapped in a tissue"),
             ("装在小布袋里", "装在小布袋内", "in a little cloth pouch")],
    "jclasp": [("扣子有点松", "搭扣松动", "the clasp is loose"), ("链子断了一节", "链子有断口", "the chain is broken")],
    "ecase": [("装在一个灰色收纳包里", "装灰色收纳包", "in a grey carry case"), ("有个黑色硬壳包", "黑色硬壳收纳盒", "in a black hard case"),
              ("没装包", "无收纳包", "no case")],
    "estk": [("贴了个奥特曼贴纸", "贴有奥特曼贴纸", "an Ultraman sticker"), ("机身贴着名字贴“{nick}”", "贴有名字贴“{nick}”", "a name label {nick}"),
             ("有一道划痕", "机身有划痕", "a long scratch"), ("贴着一张写着电话的胶布", "贴有写电话的胶布", "tape with a phone number")],
    "esd": [("里面的卡有我们全家的旅游照片", None, "the card has our family trip photos"), ("用了两年了", None, "two years old"),
            ("刚买没多久", None, "nearly new")],
    "eprop": [("桨叶断了一片", "一片桨叶断裂", "a broken propeller"), ("装着桨叶保护罩", "装有桨叶保护罩", "prop guards on"),
              ("机身贴着黄色警示贴", "机身贴黄色贴纸", "a yellow warning sticker"), ("一个机臂有裂纹", "一侧机臂有裂纹", "a cracked arm")],
    "emount": [("装在头盔支架上", "带头盔固定支架", "on a helmet mount"), ("接着自拍杆", "连自拍杆", "on a selfie stick"),
               ("装在防水壳里", "装防水壳", "in a waterproof housing"), ("带磁吸挂脖支架", "带挂脖支架", "a magnetic neck mount")],
    "ebud": [("充电盒上有个划痕", "充电盒有划痕", "a scratched case"), ("充电盒套了个小恐龙硅胶套", "充电盒套恐龙硅胶套", "a dinosaur silicone cover"),
             ("只剩一只耳机在盒里", "盒内仅一只耳机", "only one earbud in the case"), ("充电盒上挂着挂绳", "充电盒挂挂绳", "a lanyard on the case")],
    "epb": [("自带充电线", "自带充电线", "a built-in cable"), ("上面贴着“{nick}”", "贴有“{nick}”字样", "a {nick} label"),
            ("有点鼓包", "外壳略鼓", "slightly swollen")],
    "elens": [("装的是长焦镜头", "带长焦镜头", "a telephoto lens"), ("镜头盖丢了", "无镜头盖", "no lens cap"),
              ("背带是彩色编织的", "彩色编织背带", "a woven colourful strap")],
    "tcase": [("保护套是蓝色的", "蓝色保护套", "a blue cover"), ("保护套带键盘", "带键盘保护套", "a keyboard cover"),
              ("套着儿童防摔壳，橙色把手", "橙色儿童防摔套", "an orange kids' shockproof case")],
    "eband": [("表带是粉色的", "粉色表带", "a pink strap"), ("表带是黑色硅胶的", "黑色硅胶表带", "a black silicone strap"),
              ("表带是皮的", "皮表带", "a leather strap")],
    "ehear": [("左耳的", "左耳助听器", "left ear"), ("装在小圆盒里", "装小圆盒", "in a small round box"), ("右耳的", "右耳助听器", "right ear")],
    "lbag": [("装在灰色内胆包里", "灰色内胆包", "a grey sleeve"), ("键盘上有油渍", "键盘有污渍", "a stained keyboard"),
             ("贴着公司资产标签", "贴资产标签", "a company asset tag")],
    "frod": [("两根竿，一根5.4米一根3.6米", "鱼竿两根（约5.4米、3.6米）", "two rods, 5.4 m and 3.6 m"),
             ("竿梢有点弯", "竿梢弯曲", "a bent tip"), ("竿子上缠了红胶带做记号", "竿身缠红胶带", "red tape as a marker"),
             ("还有一个绿色鱼护", "另有绿色鱼护一个", "a green keep net"), ("三根手竿", "手竿三根", "three poles"),
             ("配了个纺车轮", "带纺车轮", "a spinning reel")],
    "fbag": [("装在黑色竿包里", "黑色竿包装", "in a black rod bag"), ("竿包上缝着“{nick}”", "竿包缝有“{nick}”字样", "{nick} sewn on the bag"),
             ("竿包拉链坏了", "竿包拉链损坏", "the rod bag zip is broken")],
    "fbox": [("箱子里一堆鱼线鱼钩", "箱内有鱼线鱼钩等", "line and hooks inside"), ("箱盖上贴着“{nick}”", "箱盖贴“{nick}”", "{nick} on the lid"),
             ("带个坐垫", "箱盖带坐垫", "a padded lid"), ("里面还有饵料", "内有饵料", "bait inside")],
    "ftent": [("四人帐", "约4人帐篷", "a 4-person tent"), ("帐篷袋上绑着头灯", "收纳袋绑头灯", "a headlamp tied on"),
              ("地钉少了几根", None, "a few pegs missing"), ("帐篷袋上写着“{nick}”", "收纳袋写有“{nick}”", "bag marked {nick}"),
              ("是自动速开帐", "自动速开帐", "a pop-up tent")],
    "fgeneric": [("有点旧了", "较旧", "a bit worn"), ("上面贴着名字贴“{nick}”", "贴有名字贴“{nick}”", "a name sticker {nick}"),
                 ("有几道划痕", "有划痕", "some scratches"), ("刚买的，还很新", "较新", "almost new")],
    "ftrol": [("车里还有两把椅子", "车内有折叠椅两把", "two chairs inside"), ("一个轮子有点歪", "一轮变形", "a wobbly wheel")],
    "fthermos": [("杯身有个凹坑", "杯身有凹陷", "a dent"), ("套着针织杯套", "针织杯套", "a knitted sleeve"),
                 ("里面泡的枸杞", "内有枸杞茶水", "goji tea inside"), ("杯底贴着名字", "杯底贴名字标签", "a name label underneath"),
                 ("杯盖是粉色的", "粉色杯盖", "a pink lid")],
    "fglass": [("镜腿断了用胶布缠着", "镜腿缠胶布", "an arm taped up"), ("装在棕色眼镜盒里", "装棕色眼镜盒", "in a brown case"),
               ("度数挺高的", None, "a strong prescription"), ("金属细框", "金属细框", "a thin metal frame"),
               ("挂着眼镜链", "挂眼镜链", "a glasses chain")],
    "fumb": [("伞柄是木头的", "木质伞柄", "a wooden handle"), ("伞面有小碎花", "碎花伞面", "a floral print"),
             ("伞骨断了一根", "伞骨断一根", "a broken rib"), ("是自动伞", "自动伞", "an automatic umbrella")],
    "fhelmet": [("贴着“川藏线”贴纸", "贴有“川藏线”贴纸", "a 川藏线 sticker"), ("装了蓝牙对讲耳机", "装有蓝牙耳机", "an intercom fitted"),
                ("镜片是茶色的", "茶色镜片", "a tinted visor"), ("后面有道划痕", "后部有划痕", "a scratch at the back"),
                ("顶上装着运动相机底座", "顶部有相机底座", "a camera mount base on top")],
    "fstroller": [("把手上挂着蓝色水壶", "把手挂蓝色水壶", "a blue bottle on the handle"), ("座位上有个小熊坐垫", "座位有小熊坐垫", "a teddy seat pad"),
                  ("遮阳篷破了个口", "遮阳篷破损", "a torn canopy"), ("下面篮子里有尿不湿", "底篮有纸尿裤", "nappies in the basket")],
    "fwheel": [("椅背写着“{nick}家”", "椅背写“{nick}家”", "{nick}家 on the back"), ("左边扶手缠了胶布", "左扶手缠胶布", "tape on the left armrest"),
               ("可以折叠的", "折叠式", "foldable")],
    "fcane": [("四个脚的", "四脚拐杖", "four-footed"), ("手柄缠着红布", "手柄缠红布", "red cloth on the handle"),
              ("底下橡胶头磨没了", "底部胶头磨损", "a worn rubber tip"), ("带个小手电", "带手电", "a built-in torch")],
    "fplate": [("螺丝掉了一颗", "缺一颗螺丝", "a screw missing"), ("牌子有点弯", "号牌弯折", "bent"), ("边框是黑色的", "黑色牌照框", "a black frame")],
    "ftoy": [("是一只粉色小兔子", "粉色兔子玩偶", "a pink bunny"), ("奥特曼的，胳膊掉了一只", "奥特曼玩具（缺一只胳膊）", "an Ultraman missing an arm"),
             ("小熊脖子上系着红领结", "小熊系红领结", "a teddy with a red bow"), ("恐龙形状，会叫的", "恐龙玩具（有发声）", "a roaring dinosaur")],
    "fjacket": [("口袋里有纸巾和一包烟", "口袋内有纸巾、香烟", "tissues and cigarettes in the pocket"),
                ("袖子上有个破洞", "袖口破洞", "a hole in the sleeve"), ("帽子可以拆", "带可拆帽子", "a detachable hood"),
                ("口袋里有把钥匙", "口袋内有钥匙一把", "a key in the pocket")],
    "bikef": [("变速山地车", "山地车（带变速）", "a geared mountain bike"), ("车把上有个铃铛", "车把装铃铛", "a bell"),
              ("后座装了儿童座椅", "后座有儿童座椅", "a child seat"), ("后挡泥板坏了", "后挡泥板损坏", "a broken rear mudguard"),
              ("车座换了宽的减震座", "加宽减震坐垫", "a wide padded saddle"), ("前面有个车筐", "前有车筐", "a front basket"),
              ("带一把U型锁", "挂U型锁", "a U-lock")],
    "kbike": [("后轮有两个辅助轮", "带辅助轮", "training wheels"), ("车把上挂着彩色流苏", "车把挂彩色流苏", "tassels on the handlebar"),
              ("车筐里有个小熊", "车筐内有毛绒小熊", "a teddy in the basket"), ("车铃是小鸭子的", "小鸭子造型车铃", "a duck-shaped bell")],
    "ebk": [("前面有车筐", "前有车筐", "a front basket"), ("后座装了儿童座椅", "后座加装儿童座椅", "a child seat"),
            ("挂着雨披", "挂雨披", "a rain cape"), ("车把上绑着手机支架", "车把装手机支架", "a phone holder"),
            ("座垫套是豹纹的", "豹纹座套", "a leopard-print seat cover"), ("车头贴着“雁栖湖”贴纸", "车头贴“雁栖湖”贴纸", "a sticker on the front"),
            ("后视镜掉了一个", "缺一个后视镜", "one mirror missing"), ("电池是48V的", None, "a 48V battery")],
}
SCHOOLS = ["秦岭工业职业学院", "闽海师范学院", "南粤商贸学院", "汉江医科学院", "雁栖县第一中学", "河洛理工学院"]
ENGRAVE = ["LY♥1314", "520", "平安", "ZW 2008.10.1", "福", "Forever", "CH&LM", "1999.9.9", "永结同心", "W♥X"]
MOTELS = ["顺风汽车旅馆", "湖畔汽车旅馆", "驿途酒店"]


def approx_amount(a):
    if chance(0.35):
        return "%d块钱" % a
    if a < 100:
        return "几十块钱"
    if a < 1000:
        h = a // 100
        w = "两" if h == 2 else CN[h]
        return w + ("百块" if a % 100 == 0 else "百多块")
    return "%d多块" % ((a // 100) * 100) if a % 100 else "%d块" % a


def dyn(fid, t, avoid=None):
    """facts whose values are drawn per object; avoid = the fact this one must differ from"""
    av = avoid["val"] if avoid else None
    if fid == "cash":
        while True:
            a = pick([20, 50, 80, 100, 150, 200, 260, 300, 350, 420, 500, 600, 800, 1000, 1200, 1500]) + \
                pick([0, 0, 0, 5, 10, 30, 46, 7, 72])
            if av is None or abs(a - av) >= max(60, av * 0.3):
                break
        ap = approx_amount(a)
        return dict(val=a, own=pick(["里面有%s现金", "现金大概%s", "有%s"]) % ap, find="现金%d元" % a,
                    en="about %d yuan in cash" % (round(a, -1)), fp=0.9)
    if fid == "cashbig":
        while True:
            a = R.randint(8, 120) * 100 + pick([0, 0, 0, 50])
            if av is None or abs(a - av) >= max(300, av * 0.25):
                break
        n100, rest = a // 100, a % 100
        own = pick(["一共%d块" % a, "总共%d元" % a, "%d块钱" % a]) if chance(0.6) else approx_amount(a)
        den = "百元%d张" % n100 + ("、五十元1张" if rest else "")
        return dict(val=a, own=own, find="共计人民币%d元（%s）" % (a, den), en="%d yuan" % a, fp=0.97)
    if fid == "idin":
        h = t["holder"] if av is None else new_holder_like(t["holder"])
        n = h["name"]
        if h.get("en"):
            return dict(val=n, own="里面有我的居留卡（%s）" % n, find="内有外籍人员居留卡一张（%s）" % n,
                        en="my residence card (%s)" % n, fp=0.9)
        mid = h["id"][:4] + "*" * 10 + h["id"][-4:]
        own = pick(["里面有我的身份证，名字%s" % n, "有%s的身份证" % n, "身份证也在里面（%s）" % n])
        find = pick(["内有%s的身份证" % n, "内有身份证一张（%s，%s）" % (n, mid),
                     "内有身份证一张，姓名%s" % (n[0] + "某" + n[2:] if len(n) == 3 else n)])
        return dict(val=n, own=own, find=find, en="my ID card (%s)" % n, fp=0.9)
    if fid == "bank":
        while True:
            b = pick(BANKS)
            tail = digits(4)
            if av is None or tail != av:
                break
        own = pick(["一张%s的卡，尾号%s" % (b[1], tail), "%s卡（后四位%s）" % (b[0], tail), "%s银行卡尾号%s" % (b[1], tail)])
        find = pick(["%s借记卡一张（%s****%s）" % (b[0], b[3], tail), "%s卡一张，卡号后四位%s" % (b[0], tail),
                     "银行卡一张（%s **** **** %s）" % (b[3], tail)])
        return dict(val=tail, own=own, find=find, en="a %s card ending %s" % (b[2], tail), fp=0.85)
    if fid == "simnum":
        p = t["owner"].get("phone") or mask_phone()
        return dict(val=p, own="手机号%s" % p, find=None, en="my number is %s" % p)
    if fid == "kplate":
        pl = t["plate"] if av is None else make_plate(t["plate"][:2])
        pf = pick(plate_forms(pl))
        return dict(val=pl, own=pick(["车牌%s", "车是%s", "我的车%s"]) % pf,
                    find="保安按遥控器，停车场一辆车（%s）有反应" % pf, en="my car is %s" % pl, fp=0.2)
    if fid == "kroom":
        while True:
            room = "%d%02d" % (R.randint(1, 4), R.randint(1, 28))
            if av is None or room != av:
                break
        m = pick(MOTELS)
        return dict(val=room, own="%s的房卡，住%s房" % (m, room), find="%s房卡一张，卡套写%s" % (m, room),
                    en="a %s key card, room %s" % (m, room), fp=0.95)
    if fid == "btag":
        h = t["owner"] if av is None else new_holder_like(t["owner"])
        return dict(val=h["name"], own="包上挂着行李牌，写着我名字%s" % h["name"],
                    find="挂有行李牌，写有“%s %s”" % (h["name"], h.get("phone") or mask_phone()),
                    en="a luggage tag with my name %s" % h["name"], fp=0.85)
    if fid == "ekid":
        while True:
            nk = pick(NICKS[:12])
            if av is None or nk != av:
                break
        return dict(val=nk, own="表里存着我电话，孩子叫%s" % nk, find="手表屏幕显示名字“%s”，联系人有“妈妈”" % nk,
                    en="my number is in it, the child is called %s" % nk, fp=0.85)
    if fid == "eplate":
        while True:
            p = "雁栖" + digits(5)
            if av is None or p != av:
                break
        pf = pick([p, p, "雁栖 " + p[2:], p[2:], "雁栖牌" + p[2:]])
        return dict(val=p, own="车牌%s" % pf, find="号牌%s" % pf, en="plate %s" % p, fp=0.9)
    if fid == "jeng":
        while True:
            e = pick(ENGRAVE)
            if av is None or e != av:
                break
        return dict(val=e, own=pick(["内圈刻着“%s”", "背面刻着%s", "刻了字“%s”"]) % e, find="内侧刻有“%s”字样" % e,
                    en="engraved %s" % e, fp=0.8)
    if fid == "jweight":
        w = round(R.uniform(4, 55), 1)
        return dict(val=w, own="大概%s克" % w, find=None, en="about %s g" % w)
    if fid == "school":
        while True:
            s = pick(SCHOOLS)
            if av is None or s != av:
                break
        return dict(val=s, own="%s的" % s, find="学校：%s" % s, en="from %s" % s, fp=0.95)
    raise KeyError(fid)


DYN = ["cash", "cashbig", "idin", "bank", "simnum", "kplate", "kroom", "btag", "ekid", "eplate", "jeng",
       "jweight", "school"]


def new_fact(fid, t, avoid=None):
    if fid in DYN:
        f = dyn(fid, t, avoid)
    else:
        pool = FACTS[fid]
        if avoid is not None:
            pool = [x for x in pool if x[0] != avoid["val"] and x[1] is not None] or \
                [x for x in pool if x[0] != avoid["val"]] or pool
        own, find, en = pick(pool)
        f = dict(val=own, own=own, find=find, en=en)
    for k in ("own", "find", "en"):
        if f.get(k):
            f[k] = f[k].replace("{nick}", t["nick"]).replace("{ini}", t["ini"])
    f["id"] = fid
    f.setdefault("fp", 0.7)
    return f


# ----------------------------------------------------------------------------
# serial numbers and how people write them
# ----------------------------------------------------------------------------

def make_serial(stype, t):
    if stype == "imei":
        return make_imei()
    if stype == "id":
        return t["holder"]["id"]
    if stype == "passport":
        return "E" + digits(8) if chance(0.7) else "EJ" + digits(7)
    if stype == "fpassport":
        return pick(["PB", "LR", "X", "N"]) + digits(7)
    if stype == "hkpermit":
        return "C" + digits(8)
    if stype == "student":
        return pick(["2022", "2023", "2024", "2025"]) + digits(6)
    if stype == "elder":
        return "1409" + digits(8)
    if stype == "health":
        return "2025" + digits(6)
    if stype == "card":
        b = pick(BANKS)
        return b[3] + ":" + digits(4) + ":" + b[0]
    if stype in ("plate", "carplate"):
        return t["plate"]
    if stype == "frame_e":
        code = {"yadea": "YD", "aima": "AM", "tailg": "TL", "niu": "NU"}.get(t["brand"], "EB")
        return code + pick(["22", "23", "24", "25"]) + pick(PLATE_CH) + digits(7)
    if stype == "frame_b":
        code = {"giant": "GT", "merida": "MD", "xds": "XD", "forever": "FV", "phoenix": "PH"}.get(t["brand"], "BK")
        return code + digits(2) + pick(PLATE_CH) + digits(6)
    if stype == "drone_sn":
        return "5Q" + alnum(12)
    if stype == "cam_sn":
        return pick(["C", "Q", "H"]) + digits(10)
    if stype in ("buds_sn", "tab_sn"):
        return alnum(12)
    raise KeyError(stype)


def groups(v, n, sep=" "):
    return sep.join(v[i:i + n] for i in range(0, len(v), n))


def serial_text(s, who):
    """(field text, body phrase) for how one person writes the identifier"""
    st, v = s["type"], s["value"]
    own = who == "own"
    if st == "imei":
        if own and chance(0.22):
            tl = pick([v[-6:], v[-4:]])
            return pick([tl, "后%d位%s" % (len(tl), tl), "尾号" + tl]), "IMEI后%d位是%s" % (len(tl), tl)
        f = pick([v, v, "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14]), "%s-%s-%s-%s" % (v[:2], v[2:8], v[8:14], v[14]),
                  v[:8] + " " + v[8:], "IMEI:" + v, "IMEI1 " + v])
        g = f.replace("IMEI:", "").replace("IMEI1 ", "")
        if own:
            return f, pick(["IMEI：%s", "串号%s", "IMEI号%s", "手机盒子上的IMEI是%s"]) % g
        return f, pick(["拨*#06#显示IMEI为%s", "IMEI：%s", "串号%s"]) % g
    if st == "id":
        vx = v[:-1] + "x" if v.endswith("X") else v
        masks = [v[:4] + "*" * 10 + v[-4:], v[:6] + "*" * 8 + v[-4:], v[:3] + "*" * 11 + v[-4:]]
        r = R.random()
        if own:
            if r < 0.6:
                f = pick([v, v, vx, "%s %s %s" % (v[:6], v[6:14], v[14:])])
            elif r < 0.82:
                f = pick([v[-4:], "后四位" + v[-4:], "尾号" + vx[-4:]])
            else:
                f = pick(masks)
            return f, pick(["身份证号%s", "证件号码：%s", "号码%s"]) % f
        if r < 0.4:
            f = pick([v, v, vx])
        elif r < 0.85:
            f = pick(masks)
        else:
            f = "尾号" + v[-4:]
        return f, pick(["证件号码%s", "公民身份号码%s", "号码%s"]) % f
    if st == "card":
        pre, tail, bank = v.split(":")
        if own:
            f = pick([tail, "尾号" + tail, pre + "****" + tail, "卡号后四位" + tail])
            return f, pick(["%s的卡，尾号%s" % (bank, tail), "%s卡%s" % (bank, f)])
        f = pick([pre + "****" + tail, pre + " **** **** " + tail, "**** " + tail, "尾号" + tail])
        return f, "%s卡，卡号%s" % (bank, f)
    if st in ("plate", "carplate"):
        f = pick(plate_forms(v))
        return f, pick(["车牌%s", "号牌%s", "牌照%s", "车牌号%s"]) % f
    if st in ("frame_e", "frame_b"):
        if own:
            if chance(0.2):
                return v[-6:], "车架号后6位%s" % v[-6:]
            f = pick([v, v, v.lower(), groups(v, 4), v[:4] + "-" + v[4:]])
            return f, pick(["车架号%s", "车架号码%s", "大梁上的号是%s"]) % f
        if chance(0.3):
            return v[-5:], "车架号只能看清后5位%s（前面锈了）" % v[-5:]
        f = pick([v, v, groups(v, 4)])
        return f, pick(["车架号%s", "钢印号%s"]) % f
    if st in ("drone_sn", "cam_sn", "buds_sn", "tab_sn"):
        f = pick([v, v, v.lower(), groups(v, 4), "SN:" + v, "S/N " + v])
        g = f.replace("SN:", "").replace("S/N ", "")
        if own:
            return f, pick(["序列号%s", "SN码%s", "机身号%s"]) % g
        return f, pick(["机身序列号%s", "贴纸上SN：%s", "序列号%s"]) % g
    if st in ("passport", "fpassport", "hkpermit"):
        f = pick([v, v, v.lower(), (v[0] + " " + v[1:]) if v[1].isdigit() else v])
        return f, pick(["证件号%s", "号码%s"]) % f
    f = pick([v, v])
    lab = {"student": "学号", "elder": "证号", "health": "编号"}.get(st, "编号")
    return f, lab + f


# ----------------------------------------------------------------------------
# the hidden truth record
# ----------------------------------------------------------------------------

def make_truth(kk, owner, force_brand=None, force_color=None, avoid_brand=None):
    K = KIND[kk]
    t = dict(cat=K["cat"], kind=kk, owner=owner, holder=owner)
    t["nick"] = pick(NICKS)
    t["ini"] = pick(PLATE_CH) + pick(PLATE_CH)
    city = owner.get("city") or LOCAL
    t["plate"] = make_plate(city["plate"])
    brands = [b for b in K["brands"] if b != avoid_brand] or [None]
    t["brand"] = force_brand if force_brand else pick(brands)
    ms = MODELS.get((t["brand"], kk)) if t["brand"] else None
    t["model"] = pick(ms) if ms and chance(0.8) else None
    t["color"] = force_color if force_color else (pick(K["colors"]) if K["colors"] else None)
    if K["serial"]:
        st, po, pf = K["serial"]
        t["serial"] = dict(type=st, value=make_serial(st, t), own=po, find=pf)
    else:
        t["serial"] = None
    fids = list(K["facts"])
    if owner.get("en"):
        fids = [f for f in fids if f not in ("idin",)]
    n = min(len(fids), R.randint(2, 4))
    chosen = sorted(R.sample(range(len(fids)), n))
    t["facts"] = []
    used = []
    for i in chosen:
        f = new_fact(fids[i], t)
        if f["own"] in used:
            continue
        used.append(f["own"])
        f["uid"] = "%s#%d" % (f["id"], i)
        t["facts"].append(f)
    return t


# ----------------------------------------------------------------------------
# time
# ----------------------------------------------------------------------------

GW_START = mins(datetime.datetime(2025, 10, 1, 7, 0))
GW_END = mins(datetime.datetime(2025, 10, 8, 21, 0))


def part_of(h):
    for lo, hi, w in ((0, 5, "凌晨"), (5, 8, "早上"), (8, 11, "上午"), (11, 13, "中午"), (13, 18, "下午"), (18, 24, "晚上")):
        if lo <= h < hi:
            return w
    return "晚上"


def part_en(h):
    return "morning" if h < 12 else ("afternoon" if h < 18 else "evening")


def part_py(h):
    return {"凌晨": "lingchen", "早上": "zaoshang", "上午": "shangwu", "中午": "zhongwu", "下午": "xiawu",
            "晚上": "wanshang"}[part_of(h)]


def h12(h):
    x = h if h <= 12 else h - 12
    return 12 if x == 0 else x


def day_zh(dt):
    opts = ["%d月%d日" % (dt.month, dt.day), "%d月%d号" % (dt.month, dt.day), "%d号" % dt.day,
            "%d.%d" % (dt.month, dt.day), "%s月%s号" % (cn_int(dt.month), cn_int(dt.day))]
    if dt.month == 10 and dt.day <= 8:
        opts.append("国庆第%s天" % cn_int(dt.day))
    return pick(opts)


def dj(d, c):
    """join a day and what follows, with a space where two numbers would run together"""
    return d + (" " if d[-1].isdigit() and c[:1].isdigit() else "") + c


def dayclock(dt):
    return dj(day_zh(dt), clock_zh(dt))


def clock_zh(dt):
    h, m = dt.hour, dt.minute
    p = part_of(h)
    opts = ["%s%d点" % (p, h12(h)), "%s%d点多" % (p, h12(h)), "%d:%02d" % (h, m), "%s%d点左右" % (p, h12(h))]
    if 20 <= m <= 40:
        opts.append("%s%d点半" % (p, h12(h)))
    return pick(opts)


def window_zh(f, t):
    fd, td = at(f), at(t)
    w = f - t
    if fd.date() == td.date():
        d = day_zh(fd)
        if w <= 75:
            c = clock_zh(fd)
            return d + (" " if d[-1].isdigit() and c[0].isdigit() else "") + c
        p1, p2 = part_of(fd.hour), part_of(td.hour)
        return pick([
            "%s%s%d点到%s%d点之间" % (d, p1, h12(fd.hour), "" if p1 == p2 else p2, h12(td.hour)),
            "%s %d:%02d到%d:%02d" % (d, fd.hour, fd.minute, td.hour, td.minute),
            "%s%s" % (d, p1) if p1 == p2 else "%s%s到%s" % (d, p1, p2)])
    return pick(["%s%s到%s%s之间" % (day_zh(fd), part_of(fd.hour), day_zh(td), part_of(td.hour)),
                 "从%s到%s这段时间" % (day_zh(fd), day_zh(td)),
                 "%s以后到%s以前" % (dj(day_zh(fd), "%d点" % fd.hour), dj(day_zh(td), "%d点" % td.hour))])


def found_time_zh(m):
    d = at(m)
    return pick(["%d年%d月%d日%d时%d分许" % (d.year, d.month, d.day, d.hour, d.minute),
                 "%d月%d日%s%d点左右" % (d.month, d.day, part_of(d.hour), h12(d.hour)),
                 dayclock(d), "%d月%d日%d时许" % (d.month, d.day, d.hour),
                 "%d月%d日%d:%02d" % (d.month, d.day, d.hour, d.minute)])


MONTH_EN = {9: "Sep", 10: "Oct"}


def window_en(f, t):
    fd, td = at(f), at(t)
    day = pick(["%s %d" % (MONTH_EN[fd.month], fd.day), "%d %s" % (fd.day, MONTH_EN[fd.month])])

    def hh(d):
        return "%d%s" % (h12(d.hour), "am" if d.hour < 12 else "pm")
    if fd.date() == td.date():
        if f - t <= 75:
            return "on %s around %s" % (day, hh(fd))
        return pick(["on %s between %s and %s" % (day, hh(fd), hh(td)), "on the %s of %s" % (part_en(fd.hour), day)])
    return "sometime between %s and %s %d" % (day, MONTH_EN[td.month], td.day)


def window_py(f, t):
    fd = at(f)
    return "%d yue %d hao %s" % (fd.month, fd.day, part_py(fd.hour))


def make_window():
    while True:
        L = R.randint(GW_END, GW_START)
        if 7 <= at(L).hour <= 23 or chance(0.1):
            break
    kind_ = wpick([("short", 30), ("medium", 35), ("long", 25), ("vlong", 10)])
    width = {"short": (5, 45), "medium": (60, 300), "long": (360, 1800), "vlong": (1800, 4320)}[kind_]
    width = R.randint(*width)
    frac = R.random()
    f = L + int(width * frac)
    t = f - width
    f = int(math.ceil(f / 10.0) * 10)
    t = max(20, int(math.floor(t / 10.0) * 10))
    return L, f, t


def true_found_min(L):
    delay = wpick([((5, 60), 35), ((60, 360), 35), ((360, 1800), 20), ((1800, 4320), 10)])
    return max(5, L - R.randint(*delay))


# ----------------------------------------------------------------------------
# voices
# ----------------------------------------------------------------------------

VOICE_COUNTS = [("family", 72), ("rider", 26), ("camper", 24), ("angler", 16), ("elderly", 20), ("farmer", 14),
                ("staff", 12), ("sa_staff", 6), ("toll_staff", 3), ("bus_driver", 3), ("ride_driver", 4),
                ("yue", 18), ("min", 10), ("en", 8), ("py", 4)]
FAMILY_PL = ["sa_n_rest", "sa_n_wc", "sa_n_shop", "sa_n_park", "sa_n_charge", "sa_s_rest", "sa_s_wc", "sa_s_shop",
             "sa_s_charge", "sa_s_park", "toll", "dam", "pier", "lakepath", "camp", "glamp", "nj_a", "nj_b", "nj_st",
             "night", "old", "super", "motel_lake", "motel_toll", "hotel", "er", "v_ride", "v_taxi", "sa_n_fuel",
             "sa_s_fuel", "sa_n_rest", "sa_s_rest", "dam", "pier", "night"]
VOICE_PLACES = {
    "family": FAMILY_PL, "yue": FAMILY_PL, "min": FAMILY_PL, "py": FAMILY_PL,
    "rider": ["sa_n_fuel", "sa_s_fuel", "sa_n_rest", "sa_s_rest", "sa_n_park", "sa_s_park", "toll", "motel_toll",
              "motel_lake", "nj_st", "old", "night", "lakepath", "dam", "liuwan"],
    "camper": ["camp", "camp", "camp", "glamp", "glamp", "lakepath", "pier", "super", "dam", "fish", "sa_n_shop"],
    "angler": ["fish", "fish", "fish", "dam", "nj_b", "lakepath", "super", "motel_lake"],
    "elderly": ["v_tourbus", "v_tourbus", "dam", "pier", "old", "sa_n_wc", "sa_s_wc", "sa_n_shop", "nj_a", "nj_st",
                "er", "super", "lakepath"],
    "farmer": ["night", "old", "nj_st", "fish", "bus", "super", "er", "shimen", "dam", "v_busline"],
    "staff": ["nj_a", "nj_b", "nj_st", "motel_lake", "motel_toll", "hotel", "night", "super", "bus", "old"],
    "sa_staff": ["sa_n_rest", "sa_n_shop", "sa_s_rest", "sa_s_park", "sa_n_wc", "sa_s_charge"],
    "toll_staff": ["toll", "toll", "motel_toll"],
    "bus_driver": ["bus", "v_busline", "night", "old"],
    "ride_driver": ["night", "bus", "hotel", "old", "super", "er"],
    "en": ["sa_n_rest", "sa_s_shop", "dam", "pier", "glamp", "old", "night", "hotel", "v_ride", "camp", "lakepath"],
}
AFF = {
    "family": dict(bag=1.6, electronics=1.3, bicycle=0.7, ebike=0, cash=0.6),
    "yue": dict(bag=1.4, electronics=1.2, bicycle=0.5, ebike=0, cash=0.6),
    "min": dict(bag=1.4, electronics=1.2, bicycle=0.5, ebike=0, cash=0.6),
    "en": dict(ebike=0, bicycle=0, cash=0, keys=0, id_doc=1.5, phone=1.5, electronics=1.5, bag=1.5, jewelry=0.5, other=0.6),
    "py": dict(ebike=0.2, bicycle=0.3),
    "rider": dict(keys=2.5, electronics=2.0, other=1.4, ebike=0, bicycle=0, bag=0.8),
    "camper": dict(other=3.0, electronics=1.4, ebike=0, bicycle=0.6),
    "angler": dict(other=4.0, bag=1.2, ebike=0.6, bicycle=0.4, jewelry=0.2),
    "elderly": dict(id_doc=2.0, cash=2.5, jewelry=2.2, other=1.3, electronics=0.3, ebike=0, bicycle=0, keys=0.6),
    "farmer": dict(ebike=5.0, cash=2.5, phone=1.5, keys=1.5, bicycle=1.5, jewelry=0.5, electronics=0.2),
    "staff": dict(ebike=3.5, phone=1.5, keys=1.5, bicycle=1.5, electronics=0.5),
    "sa_staff": dict(ebike=3.0, phone=1.5, keys=1.5, bicycle=1.5),
    "toll_staff": dict(ebike=3.0, phone=1.5, keys=1.5),
    "bus_driver": dict(phone=2, keys=2, wallet=1.5, ebike=2),
    "ride_driver": dict(phone=2, wallet=1.5, keys=1.5, ebike=1.5),
}
CAT_COUNTS = [("phone", 34, 22), ("wallet", 28, 18), ("id_doc", 26, 20), ("keys", 24, 14), ("bag", 26, 17),
              ("electronics", 26, 16), ("cash", 12, 4), ("jewelry", 14, 6), ("ebike", 10, 6), ("bicycle", 10, 5),
              ("other", 30, 22)]

OPEN = {
    "family": ["我们一家从{city}自驾过来玩，", "自驾游路过雁栖，", "带孩子来雁栖湖玩，", "{city}来的自驾游客，",
               "国庆开车带爸妈出来玩，", "", "", ""],
    "rider": ["摩旅路过雁栖，", "骑摩托从{city}过来的，", "跑摩旅的，", "跟几个骑友跑国道路过，", ""],
    "camper": ["在雁栖湖露营的游客，", "我们在营地扎营两晚，", "来露营的，", ""],
    "angler": ["来水库钓鱼的，", "钓友，", "在湖边野钓的，", ""],
    "elderly": ["我是跟{city}夕阳红旅游团来的，", "老年团的，导游让来登记，", "跟老伴跟团来玩，", "我七十多了眼神不好，"],
    "farmer": ["俺是本地{village}的，", "俺在{spot}摆摊卖{produce}，", "卖{produce}的老乡，", "本地种地的，", ""],
    "staff": ["我是{work}的员工，", "在{work}上班，", "{work}服务员，"],
    "sa_staff": ["我是服务区保洁，", "服务区保安，", "服务区上班的，"],
    "toll_staff": ["我是收费站上班的，", "收费员，"],
    "bus_driver": ["我是汽车站班车司机，", "开旅游专线公交的，"],
    "ride_driver": ["跑网约车的，", "我开网约车的，", "开出租的，"],
    "yue": ["我们一家由{city}揸车过来玩，", "{city}来的自驾游客，", "我们自驾游路过，", "", ""],
    "min": ["我们一家从{city}开车来七桃，", "我们是{city}来的，", "我们自驾来雁栖湖𨑨迌，", "", ""],
}
VILLAGES = ["柳湾村", "石门村", "下河村", "雁栖村", "杏树坪", "东沟村"]
PRODUCE = ["苹果", "核桃", "小米", "红枣", "土鸡蛋", "山货", "玉米", "柿饼"]
WORK = {"nj_a": "柳树湾农家院", "nj_b": "老王农家乐", "nj_st": "农家乐街一家饭馆", "motel_lake": "湖畔汽车旅馆",
        "motel_toll": "顺风汽车旅馆", "hotel": "驿途酒店", "night": "夜市一家烧烤摊", "super": "万家福超市",
        "bus": "汽车站", "old": "老街一家特产店"}
LOSE_V = ["丢了", "弄丢了", "不见了", "掉了", "找不到了", "落下了"]
CLOSE = ["有捡到的麻烦联系我，谢谢！", "拾到者请联系{phone}，必有重谢。", "麻烦帮忙留意一下。", "谢谢民警同志！",
         "急！东西很重要，谢谢。", "", "", "望好心人归还，谢谢！", "电话{phone}。", "如有消息请打{phone}。"]

TYPOS = [("手机", "手鸡"), ("手机", "收机"), ("钱包", "钱抱"), ("身份证", "身分证"), ("身份证", "生份证"),
         ("钥匙", "钥是"), ("钥匙", "要匙"), ("服务区", "服务去"), ("服务区", "福务区"), ("收费站", "收费战"),
         ("充电宝", "冲电宝"), ("电动车", "电东车"), ("自行车", "自形车"), ("雁栖", "燕栖"), ("雁栖", "雁西"),
         ("雁栖", "雁溪"), ("露营", "路营"), ("码头", "马头"), ("派出所", "派处所"), ("银行卡", "银航卡"),
         ("项链", "项练"), ("手镯", "手着"), ("耳机", "耳鸡"), ("无人机", "无人鸡"), ("大坝", "大霸"),
         ("夜市", "夜是"), ("农家乐", "农家了"), ("超市", "超是"), ("停车场", "停车厂"), ("卫生间", "卫生见"),
         ("捡到", "减到"), ("捡到", "检到"), ("丢了", "丢le"), ("麻烦", "麻番"), ("联系", "连系"), ("帐篷", "账篷"),
         ("相机", "像机"), ("充电", "冲电"), ("左右", "左又"), ("黑色", "黑涩"), ("已经", "以经"), ("的时候", "得时候"),
         ("谢谢", "xiexie"), ("钓鱼", "掉鱼")]


def noisy(text, n):
    opts = [(a, b) for a, b in TYPOS if a in text]
    if not opts:
        return text
    for a, b in R.sample(opts, min(n, len(opts))):
        text = text.replace(a, b, 1)
    return text


def rsub(pat, rep, text, p):
    return re.sub(pat, lambda m: rep if chance(p) else m.group(0), text)


def yue_flavour(s, closer=True):
    for a, b, p in [("丢了", "唔见咗", 0.8), ("不见了", "唔见咗", 0.8), ("掉了", "跌咗", 0.8), ("落下了", "漏低咗", 0.8),
                    ("弄丢了", "整唔见咗", 0.8), ("找不到了", "揾唔到", 0.8), ("钱包", "银包", 0.8), ("钥匙", "锁匙", 0.8),
                    ("自行车", "单车", 0.8), ("没有", "冇", 0.8), ("谢谢", "唔该晒", 0.7), ("麻烦", "唔该", 0.6),
                    ("我们", "我哋", 0.8), ("这个", "呢个", 0.7), ("什么", "乜嘢", 0.7), ("在哪", "喺边", 0.8),
                    ("看到", "睇到", 0.7), ("的", "嘅", 0.35), ("是", "系", 0.4)]:
        s = rsub(re.escape(a), b, s, p)
    s = rsub(r"(?<![现正存实])在", "喺", s, 0.6)
    return s + (pick(["", "唔该晒！", "有人执到请联络我，唔该！", "好紧要㗎，拜托！"]) if closer else "")


def min_flavour(s, closer=True):
    for a, b, p in [("我们", "阮", 0.8), ("我的", "阮的", 0.6), ("弄丢了", "拍毋见了", 0.8), ("丢了", "拍毋见了", 0.8),
                    ("不见了", "拍不见去了", 0.8), ("掉了", "拍毋见了", 0.6), ("落下了", "拍毋见了", 0.6),
                    ("找不到了", "揣无去了", 0.8), ("钱包", "皮包仔", 0.7), ("钥匙", "锁匙", 0.7), ("谢谢", "多谢", 0.7),
                    ("东西", "物件", 0.7), ("麻烦", "拜托", 0.5), ("非常", "足", 0.7), ("很", "真", 0.5),
                    ("没有", "无", 0.6)]:
        s = rsub(re.escape(a), b, s, p)
    s = rsub(r"(?<![现正存实])在", "佇", s, 0.4)
    s = rsub(r"我(?![们哋])", "阮", s, 0.4)
    return s + (pick(["", "拜托拜托，感恩！", "真感谢！", "好佳在有恁帮忙。"]) if closer else "")


# ----------------------------------------------------------------------------
# lost reports
# ----------------------------------------------------------------------------

def place_name(pk):
    if pk in VEHICLES:
        return pick(VEHICLES[pk]["zh"])
    return pick(PLACES[pk]["zh"])


def item_zh(noun, mw, color, brand, model, nobrand=""):
    sep = " " if brand and model and brand[-1].isascii() and model[0].isascii() else ""
    core = (brand or "") + sep + (model or "")
    if core and not re.search(r"[\u4e00-\u9fff]$", core) and re.match(r"[A-Za-z0-9]", noun):
        core += " "
    if color and color[0] in noun:
        color = None
    if color is None:
        return pick(["一%s%s%s" % (mw, core, noun), "%s%s" % (core, noun)])
    return pick(["一%s%s%s%s" % (mw, color, core, noun), "%s%s（%s）" % (core, noun, color),
                 "%s%s%s" % (color, noun, ("，" + core + "的") if core else ("，" + nobrand if nobrand else "")),
                 "%s%s%s" % (color, core, noun)])


def fill_open(tpl, c):
    o = c["owner"]
    city = (o.get("city") or LOCAL)["name"]
    return tpl.replace("{city}", city).replace("{village}", pick(VILLAGES)).replace("{produce}", pick(PRODUCE)) \
        .replace("{spot}", place_name(c["claimed"]) if c["claimed"] in PLACES else "夜市") \
        .replace("{work}", WORK.get(c["claimed"], pick(list(WORK.values()))))


def lost_view(c):
    """what the owner knows and chooses to say"""
    t = c["truth"]
    K = KIND[t["kind"]]
    hurried = c["hurried"]
    v = dict(noun=pick(K["own"]), mw=K["mw"])
    if t["brand"] and chance(0.6 if c["voice"] == "elderly" else 0.88):
        v["brand"] = brand_form(t["brand"], t["cat"], "own")
        if t["model"] and chance(0.5 if t["cat"] in ("phone", "electronics") else 0.3):
            v["model"] = model_form(t["model"])
    if t["color"] and chance(0.92):
        v["color"] = color_form(t["color"])
    if t["serial"] and chance(t["serial"]["own"] * (0.5 if hurried else 1.0)):
        v["serial"] = serial_text(t["serial"], "own")
    facts = [f for f in t["facts"] if f["own"] and chance(0.75)]
    if t["cat"] == "id_doc" and chance(0.9):
        v["name"] = t["holder"]["name"]
    if hurried:
        facts = facts[:1]
    v["facts"] = facts
    return v


def distribute(v, hurried, p_field):
    """decide for brand/model/colour/serial whether it goes to a field, the body, or both"""
    where = {}
    for k in ("brand", "model", "color", "serial"):
        if k not in v:
            continue
        r = R.random()
        pf = min(0.85, p_field * {"serial": 1.4, "model": 0.9}.get(k, 1.0)) * (0.3 if hurried else 1.0)
        if r < pf * 0.45:
            where[k] = "field"
        elif r < pf:
            where[k] = "both"
        else:
            where[k] = "body"
    return where


def write_lost(c):
    v = lost_view(c)
    lang = {"en": "en", "py": "py"}.get(c["voice"], "zh")
    rec = {}
    exposed = []
    hurried = c["hurried"]
    where = distribute(v, hurried, 0.55 if lang == "zh" else 0.35)
    t = c["truth"]
    # fields
    if "brand" in v and where["brand"] != "body":
        rec["brand"] = v["brand"] if lang == "zh" else (BRANDS[t["brand"]][1] if lang == "en" else BRANDS[t["brand"]][2])
    if "model" in v and where["model"] != "body":
        rec["model"] = v["model"]
    if "color" in v and where["color"] != "body":
        rec["color"] = v["color"] if lang == "zh" else (COLORS[t["color"]][1] if lang == "en" else COLORS[t["color"]][2])
    if "serial" in v and where["serial"] != "body":
        rec["serial"] = v["serial"][0]
    for k in ("brand", "model", "color", "serial"):
        if k in v:
            exposed.append(k)
    # marks
    body_facts, mark_facts = [], []
    for f in v["facts"]:
        r = R.random()
        if lang != "zh" or hurried or r < 0.6:
            body_facts.append(f)
        elif r < 0.85:
            mark_facts.append(f)
        else:
            body_facts.append(f)
            mark_facts.append(f)
        exposed.append(f["uid"])
    if "name" in v:
        exposed.append("name")
    if mark_facts:
        rec["marks"] = "；".join(f["own"] if lang == "zh" else f["en"] for f in mark_facts)
    # place
    pk = c["claimed"]
    if pk in PLACES and chance(0.35 if hurried else 0.7):
        rec["address"] = place_name(pk) if lang == "zh" else (PLACES[pk]["en"] if lang == "en" else PLACES[pk]["py"])
    if pk in PLACES and chance(0.4) and not c.get("two_places"):
        rec["lat"], rec["lon"] = ll_near(pk, 250)
    # body
    bv = dict(v)
    for k in ("brand", "model", "color", "serial"):
        if k in v and where[k] == "field":
            bv.pop(k)
    c["rec_fields"] = list(rec.keys())
    if lang == "en":
        body = lost_body_en(c, bv, body_facts, t)
    elif lang == "py":
        body = lost_body_py(c, bv, t)
    else:
        body = lost_body_zh(c, bv, body_facts)
        if c["voice"] == "yue":
            body = yue_flavour(body)
        elif c["voice"] == "min":
            body = min_flavour(body)
        if hurried:
            body = noisy(body, R.randint(1, 2))
        elif chance(0.12):
            body = noisy(body, 1)
    rec["body"] = body[:600]
    c["exposed"] = exposed
    return rec


def lost_body_zh(c, v, facts):
    t = c["truth"]
    o = c["owner"]
    pk = c["claimed"]
    noun, mw = v["noun"], v["mw"]
    nob = ""
    if "brand" not in v and "brand" not in c["rec_fields"]:
        nob = "没什么牌子" if t["brand"] is None else pick(["牌子记不清了", "什么牌子不记得了", ""])
    item = item_zh(noun, mw, v.get("color"), v.get("brand"), v.get("model"), nob)
    det = "，".join(f["own"] for f in facts)
    name = ""
    if "name" in v:
        name = pick(["我叫%s。", "名字是%s。", "证上名字%s。", "姓名%s。"]) % v["name"]
    ser = (v["serial"][1] + "。") if "serial" in v else ""
    when = window_zh(c["from"], c["to"])
    close = pick(CLOSE).replace("{phone}", o.get("phone") or mask_phone())
    if c["hurried"]:
        ps = place_name(pk)
        short = "%s%s%s" % (v.get("color", ""), v.get("brand", ""), noun)
        name = name.rstrip("。")
        return pick([
            "%s丢%s %s %s %s急" % (ps, short, det, name, ser),
            "%s%s %s %s %s %s %s" % (short, pick(["丢了", "不见了", "掉了"]), when, ps, det, name, ser),
            "%s在%s丢的%s，%s %s %s" % (when, ps, short, det, name, ser),
            "急！！%s %s掉了%s %s %s %s" % (ps, when, short, det, name, ser),
        ]).strip()
    op = fill_open(pick(OPEN.get(c["voice"], OPEN["family"])), c)
    if det:
        det = pick(["", "特征：", "", "认得出来："]) + det + "。"
    if pk in VEHICLES:
        a, b = pick(["bus", "hotel", "night", "old", "super", "dam", "pier"]), pick(["nj_st", "camp", "glamp", "dam", "bus", "motel_lake"])
        veh = place_name(pk)
        if pk == "v_tourbus":
            route = "坐%s从%s去%s" % (veh, place_name(a), place_name(b))
        else:
            route = "%s坐%s从%s到%s" % (when, veh, place_name(a), place_name(b))
            when = ""
        isit = ("是%s。" % item) if ("color" in v or "brand" in v) else ""
        return "%s%s%s，下车后发现%s落在车上了。%s%s%s%s%s" % (op, when, route, noun, isit, det, name, ser, close)
    place = place_name(pk)
    act = pick(PLACES[pk]["act"])
    if c["voice"] in LOCAL_VOICES and (pk in WORK or pk.startswith("sa_") or pk == "toll"):
        act = pick(["上班", "值班", "干活"])
    v_ = pick(LOSE_V)
    if c.get("two_places"):
        p2 = place_name(c["two_places"])
        isit = ("是%s。" % item) if ("color" in v or "brand" in v) else ""
        return "%s%s%s，%s可能在%s，也可能在%s。%s%s%s%s%s" % (
            op, noun, v_, when, place, p2, isit, det, name, ser, close)
    tpl = R.randint(0, 3)
    if tpl == 0:
        return "%s%s在%s%s%s。%s%s%s%s" % (op, when, place, pick(["丢了", "掉了", "落了"]), item, det, name, ser, close)
    if tpl == 1:
        tail = pick(["走的时候发现", "完了发现", "回来才发现", "一转身"])
        isit = ("是%s。" % item) if ("color" in v or "brand" in v) else ""
        return "%s%s在%s%s，%s%s%s。%s%s%s%s%s" % (op, when, place, act, tail, noun, v_, isit, det, name, ser, close)
    if tpl == 2:
        return "寻物：%s。%s在%s附近丢失。%s%s%s%s" % (item, when, place, det, name, ser, close)
    return "%s%s，%s，%s%s。%s%s%s%s" % (op, when, place, item, v_, det, name, ser, close)


def lost_body_en(c, v, facts, t):
    o = c["owner"]
    pk = c["claimed"]
    K = KIND[t["kind"]]
    col = COLORS[t["color"]][1] + " " if "color" in v else ""
    br = BRANDS[t["brand"]][1] + " " if "brand" in v else ""
    mo = v["model"] + " " if "model" in v else ""
    item = "%s%s%s%s" % (col, br, mo, K["en"])
    where = ("in " + VEHICLES[pk]["en"]) if pk in VEHICLES else ("at " + PLACES[pk]["en"])
    when = window_en(c["from"], c["to"])
    det = ""
    if facts:
        det = " Details: " + "; ".join(f["en"] for f in facts) + "."
    name = ""
    if "name" in v:
        name = " Name on it: %s." % v["name"]
    ser = ""
    if "serial" in v:
        ser = " Serial/number: %s." % v["serial"][0]
    op = pick(["Hi, I'm a visitor from %s. " % o["country"], "Hello officer, ", "", "Travelling with my family. "])
    return op + pick(["I lost my %s %s %s." % (item, where, when), "Lost: %s, %s, %s." % (item, where, when),
                      "My %s went missing %s, %s." % (item, when, where)]) + det + name + ser + \
        " Please contact me on %s. Thank you!" % o["phone"]


def lost_body_py(c, v, t):
    K = KIND[t["kind"]]
    pk = c["claimed"]
    where = VEHICLES[pk]["py"] if pk in VEHICLES else PLACES[pk]["py"]
    col = (COLORS[t["color"]][2] + " de ") if "color" in v else ""
    br = (BRANDS[t["brand"]][2] + " ") if "brand" in v else ""
    ser = (" haoma " + v["serial"][0]) if "serial" in v else ""
    return pick(["wo de %s diu le, %s%s%s, zai %s, %s.%s dianhua %s" % (K["py"], col, br, K["py"], where,
                                                                     window_py(c["from"], c["to"]), ser, c["owner"]["phone"]),
                 "%s %s%s diu le! %s %s%s" % (window_py(c["from"], c["to"]), col, K["py"], where,
                                              "xie xie", ser)])


# ----------------------------------------------------------------------------
# found registrations
# ----------------------------------------------------------------------------

FINDERS = {
    "sa_cleaner": ["服务区保洁员{sur}阿姨", "保洁员{sur}某", "服务区保洁", "保洁大姐"],
    "sa_rest_staff": ["餐厅服务员{sur}某", "服务区餐厅员工", "餐厅收桌的小{sur}"],
    "sa_clerk": ["便利店店员", "超市收银员{sur}某"],
    "sa_security": ["服务区保安{sur}师傅", "保安{sur}某", "服务区安保人员"],
    "fuel_staff": ["加油站员工{sur}某", "加油工", "加油站站长"],
    "toll_staff": ["收费员{sur}某", "雁栖收费站收费员", "收费站班长"],
    "road_patrol": ["路政巡查员", "高速路政"],
    "motel_desk": ["旅馆前台", "旅馆老板娘", "前台小{sur}"],
    "motel_maid": ["保洁阿姨", "客房服务员{sur}某"],
    "hotel_desk": ["驿途酒店前台", "酒店值班经理"],
    "bus_staff": ["汽车站工作人员", "车站值班员{sur}某"],
    "bus_driver": ["班车司机{sur}师傅", "专线公交司机", "客车司机"],
    "stall": ["夜市摊主{sur}某", "烧烤摊老板", "卖臭豆腐的摊主"],
    "market_mgr": ["夜市管理员"],
    "shopkeeper": ["老街商户{sur}某", "老街一家特产店老板", "茶叶店店主"],
    "sanitation": ["环卫工{sur}某", "环卫工人", "清扫工"],
    "super_desk": ["万家福超市服务台", "超市收银员", "超市防损员"],
    "nurse": ["急诊护士", "急诊科护士{sur}某", "导诊台护士"],
    "hosp_security": ["医院保安", "急诊保安{sur}师傅"],
    "anon": ["群众", "一名市民", "一位过路群众", "热心群众"],
    "patrol": ["巡逻民警", "辅警{sur}某", "派出所巡逻组"],
    "scenic_staff": ["景区工作人员", "景区保洁{sur}某", "景区巡查员"],
    "pier_staff": ["码头工作人员", "码头售票员", "码头管理员{sur}某"],
    "boatman": ["游船船工{sur}师傅", "开船的师傅"],
    "camp_mgr": ["营地管家小{sur}", "营地工作人员", "露营地前台"],
    "camper": ["露营游客", "同营地的露营者", "一位营友"],
    "angler": ["钓鱼爱好者{sur}某", "一位钓友", "野钓的大爷"],
    "farmer": ["村民{sur}某", "附近种地的老乡", "放羊的大爷"],
    "nj_staff": ["农家乐服务员", "农家院服务员{sur}某", "后厨帮工"],
    "nj_boss": ["农家乐老板", "农家乐老板娘{sur}姐"],
    "tourist": ["游客{sur}某（自驾，{city}）", "一名外地游客", "过路游客", "一家自驾游客"],
    "ride_driver": ["网约车司机{sur}某", "一位网约车司机"],
    "taxi_driver": ["出租车司机{sur}师傅", "出租车司机"],
    "tour_driver": ["旅游大巴司机", "{city}旅行社大巴司机"],
}
FIRST_PERSON = ["tourist", "camper", "angler", "farmer", "ride_driver", "taxi_driver", "nj_boss", "stall"]
HAND = ["现已交至雁栖派出所。", "暂存{place}，请失主带证件认领。", "已移交派出所阳光坐席。", "", "", "拾得人电话{phone}。",
        "无人认领。"]


def finder_name(ft):
    s = pick(FINDERS[ft])
    return s.replace("{sur}", pick(SURNAMES)).replace("{city}", pick(CITIES)["name"])


def found_view(t, force, cat_found):
    K = KIND[t["kind"]]
    v = dict(mw=K["mw"])
    cross = cat_found != t["cat"]
    v["noun"] = pick(K["xfind"]) if (cross and K["xfind"]) else pick(K["find"])
    if t["brand"] and ("brand" in force or chance(K["brand_vis"])):
        v["brand"] = brand_form(t["brand"], t["cat"], "find")
    if t["model"] and ("model" in force or chance(K["model_vis"])):
        v["model"] = model_form(t["model"])
    if t["color"] and ("color" in force or chance(0.92)):
        ck = t["color"]
        if "color" not in force and "exact" not in force and chance(0.12):
            ck = pick(COLORS[ck][3])
        v["color"] = color_form(ck)
    if t["serial"] and ("serial" in force or chance(t["serial"]["find"])):
        v["serial"] = serial_text(t["serial"], "find")
    v["facts"] = []
    for f in t["facts"]:
        if f["find"] and (f["uid"] in force or chance(f["fp"])) and f["find"] not in [g["find"] for g in v["facts"]]:
            v["facts"].append(f)
    if t["cat"] == "id_doc" and ("name" in force or chance(0.85)):
        n = t["holder"]["name"]
        if "name" not in force and not t["holder"].get("en") and len(n) == 3 and chance(0.3):
            n = n[0] + "某" + n[2]
        v["name"] = n
    return v


def write_found(t, pk, fmin, cat_found, force=(), finder=None, origin=None):
    """pk: where the registration says it was found (or handed in); origin: where it was
    actually picked up when it was handed in elsewhere"""
    force = list(force)
    v = found_view(t, force, cat_found)
    hurried = not force and chance(0.1)
    rec = dict(category=cat_found)
    where = distribute(v, hurried, 0.6)
    for k in ("brand", "model", "color", "serial"):
        if k in force and k in v and where.get(k) == "field" and chance(0.3):
            where[k] = "both"
    if "brand" in v and where["brand"] != "body":
        rec["brand"] = v["brand"]
    if "model" in v and where["model"] != "body":
        rec["model"] = v["model"]
    if "color" in v and where["color"] != "body":
        rec["color"] = v["color"]
    if "serial" in v and where["serial"] != "body":
        rec["serial"] = v["serial"][0]
    body_facts, mark_facts = [], []
    for f in v["facts"]:
        r = R.random()
        if hurried or r < 0.6:
            body_facts.append(f)
        elif r < 0.85:
            mark_facts.append(f)
        else:
            body_facts.append(f)
            mark_facts.append(f)
    if mark_facts:
        rec["marks"] = "；".join(f["find"] for f in mark_facts)
    if chance(0.85):
        rec["address"] = place_name(pk)
    if chance(0.55):
        rec["lat"], rec["lon"] = ll_near(pk, 120)
    if finder is None:
        finder = pick(PLACES[pk]["finders"])
    bv = dict(v)
    for k in ("brand", "model", "color", "serial"):
        if k in v and where[k] == "field":
            bv.pop(k)
    body = found_body_zh(bv, body_facts, pk, fmin, finder, hurried, origin, "brand" in rec)
    if finder == "tourist" and chance(0.12):
        body = yue_flavour(body, False) if chance(0.6) else min_flavour(body, False)
    if hurried:
        body = noisy(body, 1)
    elif chance(0.05):
        body = noisy(body, 1)
    rec["body"] = body[:600]
    rec["found_at_min"] = fmin
    return rec


def found_body_zh(v, facts, pk, fmin, finder, hurried, origin, brand_in_field):
    noun, mw = v["noun"], v["mw"]
    nob = "" if ("brand" in v or brand_in_field) else pick(["品牌不详", "未见品牌标识", ""])
    item = item_zh(noun, mw, v.get("color"), v.get("brand"), v.get("model"), nob)
    det = "，".join(f["find"] for f in facts)
    if "name" in v:
        det = (det + "，" if det else "") + pick(["姓名%s", "持证人%s", "证上姓名：%s"]) % v["name"]
    ser = (v["serial"][1] + "。") if "serial" in v else ""
    when = found_time_zh(fmin)
    place = place_name(pk)
    if origin:
        place = pick(["%s附近", "%s一带"]) % place_name(origin) if origin in PLACES else place_name(origin)
    who = finder_name(finder)
    hand = pick(HAND).replace("{place}", place_name(pk)).replace("{phone}", mask_phone())
    if hurried:
        short = "%s%s%s" % (v.get("color", ""), v.get("brand", ""), noun)
        return pick(["%s交%s一%s %s %s" % (who, short, mw, place, det),
                     "%s 捡到%s %s %s" % (place, short, det, ser),
                     "拾%s一%s，%s，%s" % (short, mw, place, when)]).strip()
    if det:
        det += "。"
    if finder in ("ride_driver", "taxi_driver", "tour_driver") and origin:
        return "%s送来%s，称%s在车上后排座位发现，系乘客遗落，乘客已下车联系不上。%s%s%s" % (
            who, item, when, det, ser, hand)
    if pk == "police" and not origin:
        return "%s送来%s，未说明捡拾地点，未留姓名。%s%s" % (who, item, det, ser)
    if origin and pk == "police":
        return "%s送至派出所%s，称%s在%s捡到，未留姓名。%s%s" % (who, item, when, place, det, ser)
    tpl = R.randint(0, 4)
    if finder in FIRST_PERSON and tpl <= 1:
        return "我%s在%s捡到%s，%s已经交到%s了。%s" % (when, place, item, det, pick(["派出所", "管理处", "前台"]), ser)
    if tpl == 0:
        return "%s，%s在%s拾得%s。%s%s%s" % (when, who, place, item, det, ser, hand)
    if tpl == 1:
        return "%s交来%s，称%s在%s捡到。%s%s%s" % (who, item, when, place, det, ser, hand)
    if tpl == 2:
        return "拾得物品：%s。特征：%s拾得地点：%s。拾得时间：%s。%s拾得人：%s。" % (
            item, det or "无。", place, when, ser, who)
    if tpl == 3:
        return "%s报：%s在%s发现遗留物品：%s。%s%s无人认领。" % (who, when, place, item, det, ser)
    return "%s%s在%s发现%s。%s%s%s" % (who, when, place, item, det, ser, hand)


# ----------------------------------------------------------------------------
# building the set
# ----------------------------------------------------------------------------

def kind_for(cat, voice):
    ks = [k for k in KIND if KIND[k]["cat"] == cat]
    pairs = []
    for k in ks:
        w = KIND[k]["w"] + KIND[k]["who"].get(voice, 0)
        if voice == "en" and k in ("idcard", "driving", "vreg", "student", "passport", "hkpermit", "elder",
                                   "health", "bankcard", "oldphone", "silverlock"):
            w = 0
        if voice != "en" and k == "fpassport":
            w = 0
        if voice in LOCAL_VOICES and k in ("passport", "hkpermit"):
            w = 0
        if voice in ("family", "yue", "min", "en", "py", "camper", "elderly", "rider") and k in ("ebikekey",):
            w = 0
        if w > 0:
            pairs.append((k, w))
    return wpick(pairs)


def place_for(voice, kk):
    pl = VOICE_PLACES[voice]
    kp = KIND[kk]["places"]
    if kp:
        both = [p for p in pl if p in kp]
        pl = both if both else kp
    if kk == "roomcard":
        pl = [p for p in pl if p in PLACES and p not in FAR] or pl
    return pick(pl)


def build_cases():
    voices = []
    for v, n in VOICE_COUNTS:
        voices += [v] * n
    R.shuffle(voices)
    voices.sort(key=lambda v: 0 if v in LOCAL_VOICES else 1)   # locals first: they take the e-bikes
    remaining = dict((c, n) for c, n, _ in CAT_COUNTS)
    cases = []
    for voice in voices:
        aff = AFF.get(voice, {})
        pairs = [(c, remaining[c] * aff.get(c, 1.0)) for c, _, _ in CAT_COUNTS if remaining[c] > 0]
        pairs = [p for p in pairs if p[1] > 0] or [(c, remaining[c]) for c, _, _ in CAT_COUNTS if remaining[c] > 0]
        cat = wpick(pairs)
        remaining[cat] -= 1
        cases.append(dict(voice=voice, cat=cat))
    # repair the few forced misfits (a voice that would never lose such a thing) by swapping

    def fit(v, c):
        return AFF.get(v, {}).get(c, 1.0) > 0
    for i in range(len(cases)):
        if fit(cases[i]["voice"], cases[i]["cat"]):
            continue
        for j in range(len(cases)):
            if fit(cases[j]["voice"], cases[i]["cat"]) and fit(cases[i]["voice"], cases[j]["cat"]):
                cases[i]["cat"], cases[j]["cat"] = cases[j]["cat"], cases[i]["cat"]
                break
    # which of them are ever handed in
    for cat, n, ntrue in CAT_COUNTS:
        idx = [i for i, c in enumerate(cases) if c["cat"] == cat]
        tr = R.sample(idx, ntrue)
        for i in idx:
            cases[i]["is_true"] = i in tr
    # cross-category pairs: pre-assign kinds on four true cases
    cross_plan = [("electronics", "drone", "other"), ("electronics", "kidswatch", "phone"),
                  ("other", "rod", "bag"), ("wallet", "cardholder", "id_doc")]
    for cat, kk, xc in cross_plan:
        idx = [i for i, c in enumerate(cases) if c["cat"] == cat and c["is_true"] and "kind" not in c
               and c["voice"] not in ("en", "py")]
        i = pick(idx)
        cases[i]["kind"] = kk
        cases[i]["xcat"] = xc
    for c in cases:
        if "kind" not in c:
            c["kind"] = kind_for(c["cat"], c["voice"])
        c["owner"] = make_person(c["voice"])
        c["truth"] = make_truth(c["kind"], c["owner"])
        c["claimed"] = place_for(c["voice"], c["kind"])
        c["actual"] = c["claimed"]
        if c["claimed"] in PLACES and c["claimed"] not in FAR and chance(0.1):
            c["actual"] = near_place(c["claimed"]) if chance(0.5) else sibling(c["claimed"])
            if chance(0.5):
                c["two_places"] = c["actual"]
        c["hurried"] = c["voice"] not in ("en", "py", "elderly") and "xcat" not in c and chance(0.18)
        L, f, t = make_window()
        c["L"], c["from"], c["to"] = L, f, t
    return cases


def true_found(c):
    t = c["truth"]
    a = c["actual"]
    cat_found = c.get("xcat", t["cat"])
    fmin = true_found_min(c["L"])
    origin = None
    finder = None
    if a in VEHICLES:
        finder = pick(VEHICLES[a]["finders"])
        pk = {"v_ride": pick(["police", "police", "bus", "night"]), "v_taxi": pick(["police", "bus"]),
              "v_tourbus": pick(["dam", "police", "sa_n_park"]), "v_busline": "bus"}[a]
        origin = a
    else:
        r = R.random()
        if r < 0.58:
            pk = a
        elif r < 0.80:
            pk = sibling(a)
        elif r < 0.90 and a != "police":
            pk = "police"
            finder = "anon"
            origin = a if chance(0.7) else None
        else:
            pk = near_place(a)
    force = []
    if cat_found != t["cat"]:
        force = [f["uid"] for f in t["facts"] if f["id"] in ("idin", "ekid", "frod", "fbag")]
    return write_found(t, pk, fmin, cat_found, force=force, finder=finder, origin=origin)


VEHICLE_DROP = {"v_ride": "bus", "v_taxi": "bus", "v_tourbus": "dam", "v_busline": "bus"}


def ref_place(c):
    return c["claimed"] if c["claimed"] in PLACES else VEHICLE_DROP[c["claimed"]]


def near_for_negative(c):
    pk = ref_place(c)
    r = R.random()
    if r < 0.5:
        return pk
    if r < 0.85:
        return sibling(pk)
    return near_place(pk)


# pools whose entries exclude one another, so a changed one contradicts the report
EXCLUSIVE = ["pcase", "wallpaper", "kcount", "cbox", "jbox", "eband", "tcase", "ehear", "oldp", "cnote"]
# details that point at one owner; a look-alike must not carry the owner's ones
PERSONAL = ["idin", "bank", "btag", "ekid", "eplate", "jeng", "kplate", "kroom", "school", "cash", "cashbig",
            "simnum", "jweight"]


def neg_twin(c):
    """another object of the same make and look, differing from the report in one fact the
    report states; its own serial and personal details are its own and stay unseen"""
    t = c["truth"]
    K = KIND[t["kind"]]
    ex = c["exposed"]
    opts = []
    if "serial" in ex:
        opts += [("serial", 4)]
    if t["cat"] != "id_doc":
        for f in t["facts"]:
            if f["uid"] not in ex or not f["find"]:
                continue
            if f["id"] in DYN:
                opts += [(f["uid"], 3)]
            elif t["nick"] in f["own"]:
                opts += [("nick:" + f["uid"], 3)]
            elif f["id"] in EXCLUSIVE:
                opts += [(f["uid"], 2)]
        if "color" in ex and t["color"] in CONTRAST:
            opts += [("color", 1.5)]
        if "brand" in ex and [b for b in K["brands"] if b and b != t["brand"]]:
            opts += [("brand", 1.5)]
    if not opts:
        return None
    what = wpick(opts)
    u = copy.deepcopy(t)
    u["owner"] = make_person("family")
    if u["serial"]:
        st = u["serial"]["type"]
        if st == "id":
            u["holder"] = new_holder_like(t["holder"], same_name=True)
            u["serial"]["value"] = u["holder"]["id"]
        elif st in ("plate", "carplate"):
            u["plate"] = make_plate(t["plate"][:2])
            u["serial"]["value"] = u["plate"]
        else:
            while u["serial"]["value"] == t["serial"]["value"]:
                u["serial"]["value"] = make_serial(st, u)
        if what != "serial":
            u["serial"]["find"] = 0.0
    target = what[5:] if what.startswith("nick:") else what
    for f in u["facts"]:
        if f["uid"] != target and (f["id"] in PERSONAL or t["nick"] in f["own"]):
            f["find"] = None
    force = []
    if what == "serial":
        force.append("serial")
        if t["cat"] == "id_doc":
            force.append("name")
    elif what == "color":
        u["color"] = pick([x for x in CONTRAST[t["color"]] if x in K["colors"]] or CONTRAST[t["color"]])
        force.append("color")
    elif what == "brand":
        u["brand"] = pick([b for b in K["brands"] if b and b != t["brand"]])
        ms = MODELS.get((u["brand"], u["kind"]))
        u["model"] = pick(ms) if ms and t["model"] else None
        force.append("brand")
    elif what.startswith("nick:"):
        u["nick"] = pick([n for n in NICKS if n != t["nick"]])
        for f in u["facts"]:
            if f["uid"] == target:
                for k in ("own", "find", "en"):
                    if f.get(k):
                        f[k] = f[k].replace(t["nick"], u["nick"])
        force.append(target)
    else:
        i = [f["uid"] for f in u["facts"]].index(what)
        old = u["facts"][i]
        nf = new_fact(old["id"], u, avoid=old)
        nf["uid"] = old["uid"]
        u["facts"][i] = nf
        force.append(what)
    force.append("exact")   # no slip of the eye on the colour: only the one fact differs
    lo = max(5, c["to"] - 600)
    fmin = R.randint(lo, c["from"]) if c["from"] > lo else c["from"]
    fmin = min(fmin, c["from"])
    pk = near_for_negative(c)
    return write_found(u, pk, fmin, t["cat"], force=force)


def unlike(u, t):
    """a different object shares none of the owner's stated details by accident"""
    owns = [f["own"] for f in t["facts"]]
    for i, f in enumerate(u["facts"]):
        if f["own"] in owns or (f["find"] and t["nick"] in f["find"]):
            nf = new_fact(f["id"], u, avoid=f)
            nf["uid"] = f["uid"]
            u["facts"][i] = nf


def neg_same_cat_colour(c):
    t = c["truth"]
    if t["color"] is None or "color" not in c["exposed"]:
        return None
    ks = [k for k in KIND if KIND[k]["cat"] == t["cat"] and t["color"] in KIND[k]["colors"]
          and [b for b in KIND[k]["brands"] if b != t["brand"]] and (KIND[k]["w"] > 0 or k == t["kind"])]
    if not ks:
        return None
    kk = t["kind"] if (t["kind"] in ks and chance(0.5)) else pick(ks)
    u = make_truth(kk, make_person("family"), force_color=t["color"], avoid_brand=t["brand"])
    if t["brand"] and u["brand"] == t["brand"]:
        return None
    unlike(u, t)
    fmin = R.randint(5, c["from"])
    if chance(0.7):
        fmin = max(5, min(c["from"], c["to"] - R.randint(-300, 1500)))
    pk = near_for_negative(c)
    return write_found(u, pk, fmin, t["cat"], force=["color"])


def neg_found_before(c):
    t = c["truth"]
    u = copy.deepcopy(t)
    u["owner"] = make_person("family")
    if t["cat"] == "id_doc" or "idin" in [f["id"] for f in t["facts"]]:
        u["holder"] = new_holder_like(t["holder"], same_name=False)
    if u["serial"]:
        if u["serial"]["type"] == "id":
            u["serial"]["value"] = u["holder"]["id"]
        elif u["serial"]["type"] in ("plate", "carplate"):
            u["plate"] = make_plate(t["plate"][:2])
            u["serial"]["value"] = u["plate"]
        else:
            u["serial"]["value"] = make_serial(u["serial"]["type"], u)
    if u["brand"] and chance(0.2):
        bs = [b for b in KIND[u["kind"]]["brands"] if b and b != u["brand"]]
        if bs:
            u["brand"] = pick(bs)
            u["model"] = None
    u["nick"] = pick([n for n in NICKS if n != t["nick"]])
    u["ini"] = pick([a + b for a in "AHLMQWXZ" for b in "CGJRTY" if a + b != t["ini"]])
    # a similar thing, but none of its visible details is the owner's
    for i, f in enumerate(u["facts"]):
        nf = new_fact(f["id"], u, avoid=f)
        nf["uid"] = f["uid"]
        u["facts"][i] = nf
    fmin = c["from"] + R.randint(*wpick([((30, 240), 3), ((240, 1440), 4), ((1440, 5760), 3)]))
    fmin = min(fmin, 172800)
    pk = near_for_negative(c)
    return write_found(u, pk, fmin, t["cat"])


def neg_same_make(c):
    t = c["truth"]
    if not t["brand"] or "brand" not in c["exposed"]:
        return None
    if c["to"] < 2200:
        return None
    ks = [k for k in KIND if KIND[k]["cat"] == t["cat"] and t["brand"] in KIND[k]["brands"]]
    kk = t["kind"] if (t["kind"] in ks and chance(0.7)) else pick(ks)
    col = t["color"] if (chance(0.5) and t["color"] in KIND[kk]["colors"]) else None
    u = make_truth(kk, make_person("family"), force_brand=t["brand"], force_color=col)
    unlike(u, t)
    hi = min(c["to"] - 2160, c["to"] - 60)
    lo = max(10, c["to"] - 7200)
    if hi < lo:
        return None
    fmin = R.randint(lo, hi)
    ref = ref_place(c)
    far = [p for p in PLACES if p != "police" and place_dist(p, ref) >= 6.0]
    pk = pick(far)
    return write_found(u, pk, fmin, t["cat"], force=["brand"])


def unclaimed():
    cat = wpick([(c, n) for c, n, _ in CAT_COUNTS])
    voice = pick(["family", "family", "rider", "camper", "angler", "elderly", "farmer", "staff", "yue"])
    kk = kind_for(cat, voice)
    u = make_truth(kk, make_person(voice))
    pk = pick([p for p in PLACES if p != "police"] + ["police"])
    fmin = R.randint(GW_END - 600 if GW_END > 700 else 100, GW_START + 1440)
    fmin = max(5, fmin)
    finder = "anon" if pk == "police" else None
    return write_found(u, pk, fmin, u["cat"], finder=finder)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT
    cases = build_cases()
    lost_recs = []
    for c in cases:
        rec = write_lost(c)
        c["rec"] = rec
    found = []
    for c in cases:
        if c["is_true"]:
            fr = true_found(c)
            c["found_rec"] = fr
            found.append(fr)
    # hard negatives, each shadowing a distinct lost report
    used = []
    makers = {"twin": neg_twin, "same_cat_colour": neg_same_cat_colour, "found_before_loss": neg_found_before,
              "same_make_elsewhere": neg_same_make}
    for label, n_null, n_true in NEG_PLAN:
        for want_true, n in ((False, n_null), (True, n_true)):
            pool = [i for i, c in enumerate(cases) if c["is_true"] == want_true and i not in used]
            R.shuffle(pool)
            made = 0
            for i in pool:
                if made == n:
                    break
                fr = makers[label](cases[i])
                if fr is None:
                    continue
                fr["negative"] = label
                found.append(fr)
                used.append(i)
                made += 1
            if made != n:
                raise SystemExit("could not place %d %s negatives" % (n, label))
    for _ in range(N_UNCLAIMED):
        fr = unclaimed()
        fr["negative"] = "unclaimed"
        found.append(fr)
    n_true = sum(1 for c in cases if c["is_true"])
    if (n_true, len(cases) - n_true) != (N_TRUE, N_NULL):
        raise SystemExit("planned %d true and %d null reports, got %d and %d" % (
            N_TRUE, N_NULL, n_true, len(cases) - n_true))
    # shuffle and key
    order = list(range(len(cases)))
    R.shuffle(order)
    R.shuffle(found)
    for j, fr in enumerate(found):
        fr["_key"] = "%s-F%04d" % (PFX, j + 1)
    lost = []
    for j, i in enumerate(order):
        c = cases[i]
        rec = c["rec"]
        o = dict(key="%s-L%04d" % (PFX, j + 1), category=c["cat"], body=rec["body"])
        for k in ("color", "brand", "model", "serial", "address", "marks", "lat", "lon"):
            if k in rec:
                o[k] = rec[k]
        o["lost_from_min"] = c["from"]
        o["lost_to_min"] = c["to"]
        o["truth"] = c["found_rec"]["_key"] if c["is_true"] else None
        lost.append(o)
    found_out = []
    for fr in found:
        o = dict(key=fr["_key"], category=fr["category"], body=fr["body"])
        for k in ("color", "brand", "model", "serial", "address", "marks", "lat", "lon"):
            if k in fr:
                o[k] = fr[k]
        o["found_at_min"] = fr["found_at_min"]
        if "negative" in fr:
            o["negative"] = fr["negative"]
        found_out.append(o)
    doc = {"seed": SEED, "made_by": "tests/lostfound/make_set65.py",
           "parts": {PART: {"found": found_out, "lost": lost}}}
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %s: %d lost (%d with truth), %d found" % (
        out, len(lost), sum(1 for x in lost if x["truth"]), len(found_out)))


if __name__ == "__main__":
    main()
