#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Write tests/lostfound/set134.json, a blind labelled lost-and-found set.

Set 134 was written from the issue's own words only, without looking at the matcher.
World: 雪岭, an invented ski-resort and border-trade county town in the north-east, in January.

Every object first exists as a hidden truth record (kind, brand, model, colour, serial, marks,
contents, what only the owner knows).  The lost report is then written from the owner's side and
the found registration from the finder's side, each in its own voice and each knowing only what
that person would know.  Hard negatives are found items built against a chosen lost report:
  near_twin            same kind/brand/model/colour as a real pair, one visible detail different
  found_before_loss    same kind/brand/colour close by, but found before that loss began
  same_brand_elsewhere same kind and brand, 12-20 km away and days apart
  same_category_colour same category and colour close by and in time, a different object

Standard library only, one random.Random(SEED); the output does not depend on PYTHONHASHSEED.
Usage: python3 make_set134.py [output path]
"""

import datetime
import json
import math
import os
import sys
import random

SEED = 134134
PART = "set134"
PFX = "S134"
HERE = os.path.dirname(os.path.abspath(__file__))
# the moment every record is registered; all *_min values count back from it
NOW = datetime.datetime(2026, 1, 31, 21, 30)
MAXMIN = 172800

R = random.Random(SEED)


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(x):
    return R.random() < x


def wpick(pairs):
    items = [a for a, _ in pairs]
    weights = [w for _, w in pairs]
    return R.choices(items, weights=weights, k=1)[0]


def sample(seq, k):
    k = max(0, min(k, len(seq)))
    return R.sample(list(seq), k)


# ---------------------------------------------------------------------------------------------
# numbers: ID numbers (GB 11643), IMEIs (Luhn), card tails, serials
# ---------------------------------------------------------------------------------------------

ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_C = "10X98765432"


def id_check(s17):
    return ID_C[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


PROV = {
    "local": ["23"],
    "south": ["44", "35", "43", "32", "33", "45", "46", "36", "51", "50"],
    "north": ["21", "22", "37", "41", "13"],
}


def new_id(prov, sex, y0=1950, y1=2006):
    area = prov + "%02d" % R.randint(1, 12) + "%02d" % R.randint(1, 29)
    birth = "%04d%02d%02d" % (R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))
    seq = R.randint(0, 99) * 10 + (pick([1, 3, 5, 7, 9]) if sex == "M" else pick([0, 2, 4, 6, 8]))
    s17 = area + birth + "%03d" % seq
    return s17 + id_check(s17)


def luhn_digit(payload):
    total = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def new_imei():
    p = "86" + "".join(str(R.randint(0, 9)) for _ in range(12))
    return p + luhn_digit(p)


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def fmt_serial(s, side):
    """One way a person would write serial s; side is 'o' (owner) or 'f' (finder/desk)."""
    t, v = s["type"], s["val"]
    if t == "imei":
        if side == "o":
            return pick([v, v, v[:2] + " " + v[2:8] + " " + v[8:14] + " " + v[14],
                         "IMEI:" + v, v[:4] + "-" + v[4:8] + "-" + v[8:12] + "-" + v[12:],
                         "IMEI后六位" + v[-6:]])
        return pick([v, "IMEI " + v, v[:4] + " " + v[4:8] + " " + v[8:12] + " " + v[12:],
                     v[:8] + " " + v[8:]])
    if t == "id":
        if side == "o":
            forms = [v, v, v[:6] + " " + v[6:14] + " " + v[14:], "尾号" + v[-4:],
                     v[:6] + "********" + v[-4:]]
            if v.endswith("X"):
                forms.append(v[:-1] + "x")
            return pick(forms)
        return pick([v[:6] + "********" + v[-4:], v[:4] + "**********" + v[-4:],
                     v[:3] + "***********" + v[-4:], v, v[:10] + "****" + v[-4:],
                     v[:6] + "********" + v[-4:]])
    if t == "card":
        tail, bin4 = v, s["bin"]
        if side == "o":
            return pick(["尾号" + tail, "卡号后四位" + tail, tail, "尾号" + tail])
        return pick([bin4 + "****" + tail, bin4 + " **** **** " + tail, "****" + tail,
                     "尾号" + tail])
    if t in ("sn", "frame"):
        plain = v.replace("-", "")
        if side == "o":
            return pick([v, plain, "SN:" + v if t == "sn" else "车架号" + plain, plain[-6:],
                         " ".join(plain[i:i + 4] for i in range(0, len(plain), 4))])
        return pick([v, plain, v.replace("-", " "), plain.lower(), "S/N " + plain if t == "sn" else plain])
    if t == "plate":
        head, num = s["head"], s["num"]
        if side == "o":
            return pick([head + num, num, head + " " + num, "牌照" + num])
        return pick([head + num, head + "·" + num, num])
    if t == "passport":
        return pick([v, v[:2] + " " + v[2:], v.lower() if side == "o" else v, v])
    if t == "rupass":
        return pick([v, v.replace(" ", ""), "№ " + v, v.replace(" ", "-")])
    if t == "student":
        return pick([v, "学号" + v, v, v[-6:] if side == "o" else v])
    if t == "work":
        a, b = v.split("-")
        return pick([v, a + b, "工号" + b, v])
    if t == "rental":
        a, b = v.split("-")
        return pick([v, a + b, b + "号", "雪板" + b if side == "o" else v])
    if t == "room":
        return pick([v, v + "房", "房号" + v, v])
    if t == "tag":
        a, b = v.split("-")
        return pick([v, a + "号楼" + b, a + "—" + b, v])
    if t == "skicard":
        return pick([v, v.replace(" ", ""), v.replace(" ", "-"), "卡号" + v[-4:]])
    if t == "elder":
        return pick([v, v.replace("-", ""), "编号" + v])
    if t == "border":
        return pick([v, v.replace(" ", ""), v])
    return v


# ---------------------------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------------------------

SURN = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
        "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯史陶黎贺顾毛郝")
GIV_M = "伟强磊军洋勇杰涛斌超明刚平辉鹏华飞鑫波宁浩凯健俊帆帅旭宇晨阳东博文亮峰成志国建海林"
GIV_F = "芳娜敏静丽艳娟霞燕玲婷雪琳晶颖倩欣悦佳怡洁蕾璐瑶薇萍红梅兰月琪慧莉丹"

# a few names with their passport spelling (invented combinations)
PP_NAMES = [("刘晓婷", "LIU XIAOTING", "F"), ("陈嘉豪", "CHEN JIAHAO", "M"), ("黄思琪", "HUANG SIQI", "F"),
            ("林子轩", "LIN ZIXUAN", "M"), ("郑雅文", "ZHENG YAWEN", "F"), ("吴俊杰", "WU JUNJIE", "M"),
            ("周欣怡", "ZHOU XINYI", "F"), ("梁志明", "LIANG ZHIMING", "M"), ("许佳琪", "XU JIAQI", "F"),
            ("何浩然", "HE HAORAN", "M"), ("罗诗涵", "LUO SHIHAN", "F"), ("谢宇航", "XIE YUHANG", "M"),
            ("邓雨桐", "DENG YUTONG", "F"), ("曾伟豪", "ZENG WEIHAO", "M"), ("蔡梦瑶", "CAI MENGYAO", "F")]

RU_SUR = [("Смирнов", "SMIRNOV", "斯米尔诺夫"), ("Кузнецов", "KUZNETSOV", "库兹涅佐夫"),
          ("Волков", "VOLKOV", "沃尔科夫"), ("Орлов", "ORLOV", "奥尔洛夫"),
          ("Морозов", "MOROZOV", "莫罗佐夫"), ("Лебедев", "LEBEDEV", "列别杰夫")]
RU_FIRST_M = [("Сергей", "SERGEI", "谢尔盖"), ("Андрей", "ANDREI", "安德烈"),
              ("Дмитрий", "DMITRII", "德米特里"), ("Алексей", "ALEKSEI", "阿列克谢")]
RU_FIRST_F = [("Ольга", "OLGA", "奥莉加"), ("Наталья", "NATALIA", "娜塔莉娅"),
              ("Ирина", "IRINA", "伊琳娜"), ("Елена", "ELENA", "叶莲娜")]

CITIES = [("广州", "44"), ("深圳", "44"), ("厦门", "35"), ("福州", "35"), ("长沙", "43"), ("南京", "32"),
          ("杭州", "33"), ("南宁", "45"), ("海口", "46"), ("南昌", "36"), ("成都", "51"), ("重庆", "50")]


def new_name(sex):
    g = pick(GIV_M if sex == "M" else GIV_F)
    if chance(0.65):
        g += pick(GIV_M if sex == "M" else GIV_F)
    return pick(SURN) + g


def mask_name(n):
    if len(n) == 2:
        return n[0] + "*"
    return n[0] + "*" + n[2:] if chance(0.5) else n[0] + "某某"


def ru_person(sex):
    sur = pick(RU_SUR)
    first = pick(RU_FIRST_M if sex == "M" else RU_FIRST_F)
    if sex == "F":
        sur = (sur[0] + "а", sur[1] + "A", sur[2][:-1] + "娃")
    return {"cyr": sur[0].upper() + " " + first[0].upper(), "lat": sur[1] + " " + first[1],
            "cn": first[2] + "·" + sur[2], "first_cn": first[2]}


def new_person(who):
    sex = pick("MF")
    if who["origin"] == "russian":
        p = ru_person(sex)
        p["sex"] = sex
        return p
    if who["origin"] == "south" and chance(0.35):
        n = pick(PP_NAMES)
        name, lat, sex = n
    else:
        name, lat = new_name(sex), None
    prov = who.get("prov") or pick(PROV[who["origin"]])
    y0, y1 = (1945, 1962) if who["voice"] == "elderly" else (1966, 2004)
    return {"name": name, "lat": lat, "sex": sex, "id": new_id(prov, sex, y0, y1)}


# ---------------------------------------------------------------------------------------------
# places
# ---------------------------------------------------------------------------------------------

LAT0, LON0 = 44.6125, 130.9850
M_LAT = 111320.0
M_LON = 111320.0 * math.cos(math.radians(LAT0))

# pid, names people use, dx (m east), dy (m north), sub-places, finder voices, what people were doing, hours
PLACES = [
    ("ski", ["雪岭滑雪场", "雪岭雪场", "雪场服务大厅", "北坡雪场", "Xueling Ski Resort"], -1300, 1100,
     ["大厅休息区", "一楼餐厅", "检票闸机口", "二楼快餐区"], ["instructor", "cleaner", "tourist", "rental_staff"],
     ["在雪场大厅休息的时候", "在雪场餐厅吃饭", "滑完雪在大厅歇脚"], (8, 17)),
    ("rental", ["雪具租赁大厅", "租板大厅", "雪场租赁处", "雪具大厅"], -1260, 1060,
     ["还板柜台", "换鞋凳", "雪鞋架旁", "押金柜台"], ["rental_staff", "cleaner", "instructor"],
     ["在雪具大厅换雪鞋", "还雪板的时候", "在租赁处排队交押金"], (8, 17)),
    ("locker", ["雪场储物柜", "存包柜区", "雪场更衣室", "更衣室储物柜"], -1280, 1130,
     ["A区储物柜", "B区柜子旁", "更衣室长凳"], ["rental_staff", "cleaner"],
     ["在更衣室换衣服", "往储物柜里放东西"], (8, 17)),
    ("beginner", ["初级道", "魔毯", "新手道", "初级雪道魔毯口"], -1500, 1300,
     ["魔毯上端", "魔毯入口", "初级道中间", "初级道底部"], ["instructor", "patrol_ski", "tourist"],
     ["在初级道练习摔了好几跤", "坐魔毯上去的时候", "在新手道学单板"], (8.5, 16.5)),
    ("lift", ["缆车下站", "索道下站", "吊椅站", "中级道缆车"], -1650, 1500,
     ["排队区", "上车口", "下站出口"], ["lift_staff", "instructor", "patrol_ski"],
     ["坐缆车的时候", "在缆车下站排队", "坐吊椅上山"], (8.5, 16)),
    ("parking", ["雪场停车场", "雪场P2停车场", "滑雪场门口停车场"], -1100, 950,
     ["收费亭旁", "P2区", "大巴停靠区"], ["parking", "tourist"],
     ["在停车场上车前", "在雪场停车场换鞋"], (8, 18)),
    ("hotel", ["松汤温泉酒店", "松汤温泉", "温泉宾馆", "松汤温泉大酒店", "Songtang Hot Spring Hotel"], -700, 700,
     ["室外温泉池边", "更衣室", "大堂", "自助餐厅", "客房"], ["hotel", "cleaner"],
     ["在温泉酒店泡温泉", "在酒店大堂等车", "退房的时候", "在酒店吃自助早餐"], (7, 23.5)),
    ("market", ["中俄边贸市场", "边贸市场", "俄货市场", "俄罗斯商品城", "边贸大厅"], 600, -300,
     ["一楼食品区", "二楼皮草区", "B区摊位", "门口换钱的地方", "巧克力摊位"], ["trader", "cleaner", "tourist"],
     ["在边贸市场买俄罗斯巧克力", "逛俄货市场", "在边贸市场挑套娃"], (9, 18)),
    ("station", ["雪岭站", "雪岭火车站", "火车站候车室", "火车站出站口"], 1100, -800,
     ["候车室", "进站安检口", "出站口", "售票厅", "2站台"], ["rail", "cleaner"],
     ["在火车站候车", "出站的时候", "在售票厅取票"], (6, 23)),
    ("square", ["站前广场", "火车站广场", "站前出租车排队点", "火车站前面打车的地方"], 1050, -700,
     ["出租车排队点", "广场雪雕旁", "公交站牌"], ["taxi", "rail", "elderly", "patrol"],
     ["在站前广场排队打车", "在火车站广场拍照"], (6, 23)),
    ("bath", ["金汤洗浴中心", "金汤洗浴", "金汤汗蒸", "金汤澡堂子", "洗浴中心"], 300, 200,
     ["男更衣室", "女更衣室", "休息大厅", "搓澡间", "汗蒸房", "前台"], ["bath", "cleaner"],
     ["在金汤洗澡", "在洗浴中心过夜", "在洗浴休息大厅睡了一觉", "汗蒸完出来"], (13, 23.9)),
    ("icepark", ["冰河冰灯公园", "冰灯公园", "江边冰灯", "冰灯游园会", "江上冰滑梯"], -200, -1400,
     ["冰滑梯出口", "冰城堡", "大门口", "冰雕长廊", "暖房"], ["park_staff", "tourist", "elderly"],
     ["晚上逛冰灯公园", "玩冰滑梯", "在冰灯公园拍照"], (16, 22)),
    ("river", ["江畔栈道", "江边步道", "沿江路", "江边观景台"], 100, -1300,
     ["观景台", "栈道台阶", "冬泳点"], ["elderly", "tourist", "patrol"],
     ["在江边散步", "在江边看冬泳", "在沿江路拍冰挂"], (7, 21)),
    ("dorm", ["贮木场宿舍", "木材厂宿舍", "贮木场职工宿舍", "林业贮木场"], 1500, 500,
     ["宿舍楼门口", "食堂", "锅炉房旁", "车棚"], ["dorm_keeper", "worker"],
     ["下班回宿舍", "在贮木场食堂吃饭", "在宿舍楼下"], (6, 22)),
    ("veg", ["向阳蔬菜市场", "县蔬菜市场", "向阳菜市场", "向阳早市", "菜市场"], -400, -500,
     ["冻货区", "门口", "豆腐摊", "菜摊"], ["veg_trader", "elderly", "cleaner"],
     ["早上去买菜", "在菜市场买冻梨", "在早市买豆腐"], (5, 11)),
    ("minibus", ["县客运站", "客运站", "中巴车站", "班车站", "小客车站"], 900, -600,
     ["候车厅", "中巴车上", "售票窗口"], ["minibus", "cleaner"],
     ["坐中巴", "在客运站等班车"], (6, 18)),
    ("street", ["兴边大街", "兴边街", "兴边步行街", "步行街"], 200, -100,
     ["路边", "公交站", "糖葫芦摊", "雪雕旁"], ["elderly", "patrol", "tourist"],
     ["在兴边街逛", "在步行街买糖葫芦", "走路回酒店"], (8, 22)),
    ("volga", ["伏尔加西餐厅", "伏尔加", "俄式西餐厅", "伏尔加餐厅"], 500, -200,
     ["靠窗座位", "卫生间", "门口衣帽架"], ["waiter"],
     ["在伏尔加吃俄餐", "在俄式西餐厅吃饭"], (11, 22)),
    ("stew", ["老林子铁锅炖", "老林子", "铁锅炖", "老林子饭店"], -600, 300,
     ["大炕", "包间", "门口"], ["waiter"],
     ["在老林子吃铁锅炖", "在铁锅炖饭店吃饭"], (11, 22)),
    ("hospital", ["县人民医院", "人民医院", "县医院急诊", "县医院"], -300, 700,
     ["急诊大厅", "挂号处", "输液室"], ["hospital", "cleaner"],
     ["去县医院看病", "在医院输液", "带孩子看急诊"], (7, 21)),
    ("supermarket", ["万家福超市", "万家福", "兴边街万家福超市"], 350, -50,
     ["收银台", "存包柜", "门口"], ["cashier", "cleaner"],
     ["在万家福买东西", "在超市结账"], (8, 21)),
    ("shuttle", ["雪场班车站", "雪场大巴上车点", "接驳车站", "雪场接驳车"], 700, -400,
     ["等车棚", "接驳车上"], ["minibus", "tourist"],
     ["坐雪场接驳车", "等雪场班车"], (7.5, 18)),
]
PL = {}
for _p in PLACES:
    PL[_p[0]] = {"pid": _p[0], "names": _p[1], "dx": _p[2], "dy": _p[3], "subs": _p[4], "finders": _p[5],
                 "acts": _p[6], "hours": _p[7], "far": False}
PIDS = [p[0] for p in PLACES]

FAR = [
    ("laoheishan", ["老黑山滑雪场", "老黑山雪场", "老黑山"], -13500, 6500, ["雪具大厅", "初级道", "停车场"],
     "老黑山雪场工作人员"),
    ("sandaohe", ["三道河温泉山庄", "三道河温泉", "三道河镇温泉"], 9000, 11000, ["温泉池边", "前台"],
     "三道河温泉山庄前台"),
    ("port", ["界河口岸", "口岸联检楼", "口岸"], 17000, -3000, ["旅检大厅", "候检区"], "口岸工作人员"),
    ("service", ["雪岭高速服务区", "高速服务区", "服务区"], -8000, -12000, ["卫生间", "便利店"], "服务区保洁员"),
    ("qinggou", ["青沟林场", "青沟林场场部"], 5000, -15000, ["场部门口", "小卖部"], "林场职工"),
    ("sdhmarket", ["三道河大集", "三道河集市"], 9500, 11600, ["大集东头", "冻货摊"], "三道河集市摊主"),
]
for _p in FAR:
    PL[_p[0]] = {"pid": _p[0], "names": _p[1], "dx": _p[2], "dy": _p[3], "subs": _p[4], "finders": ["far"],
                 "far_who": _p[5], "acts": ["在" + _p[1][0]], "hours": (8, 20), "far": True}
FAR_IDS = [p[0] for p in FAR]


def dist(a, b):
    return math.hypot(PL[a]["dx"] - PL[b]["dx"], PL[a]["dy"] - PL[b]["dy"])


NEAR = {}
for _a in PIDS:
    NEAR[_a] = [b for b in PIDS if b != _a and dist(_a, b) <= 1100]


def latlon(pid, jitter):
    p = PL[pid]
    dx = p["dx"] + R.uniform(-jitter, jitter)
    dy = p["dy"] + R.uniform(-jitter, jitter)
    return round(LAT0 + dy / M_LAT, 6), round(LON0 + dx / M_LON, 6)


def place_name(pid, sub=None, typo=False):
    p = PL[pid]
    n = pick(p["names"])
    if typo:
        n = n.replace("公园", "公圆").replace("市场", "市厂").replace("雪场", "雪厂").replace("洗浴", "洗欲")
    if sub and sub[:2] not in n and sub[-3:] not in n:
        n = n + sub
    return n


# ---------------------------------------------------------------------------------------------
# colours and brands
# ---------------------------------------------------------------------------------------------

# key: (owner words, finder words, fancy names)
COLORS = {
    "black": (["黑色", "黑的", "黑"], ["黑色", "黑", "深色"], ["哑光黑", "曜石黑", "亮黑", "磨砂黑"]),
    "white": (["白色", "白的"], ["白色", "白"], ["珍珠白", "月光白", "乳白"]),
    "blue": (["蓝色", "蓝的"], ["蓝色", "蓝"], ["冰川蓝", "天蓝", "宝蓝"]),
    "navy": (["深蓝", "藏蓝色", "藏青"], ["深蓝色", "藏青色", "深色"], ["午夜蓝", "海军蓝"]),
    "red": (["红色", "红的", "大红"], ["红色", "红"], ["酒红", "枣红", "中国红"]),
    "pink": (["粉色", "粉的", "粉红"], ["粉色", "粉红色"], ["樱花粉", "藕粉"]),
    "green": (["绿色", "绿的"], ["绿色", "墨绿色"], ["墨绿", "军绿", "薄荷绿"]),
    "purple": (["紫色", "紫的"], ["紫色"], ["香芋紫", "星云紫", "浅紫"]),
    "gold": (["金色", "金的"], ["金色", "金黄色"], ["香槟金", "流沙金"]),
    "silver": (["银色", "银的"], ["银色", "银白色"], ["钛银", "银灰"]),
    "grey": (["灰色", "灰的"], ["灰色", "深灰色"], ["深空灰", "铁灰", "烟灰"]),
    "brown": (["棕色", "咖啡色"], ["棕色", "褐色", "咖啡色"], ["驼色", "焦糖色"]),
    "orange": (["橙色", "橘色"], ["橙色", "橘黄色"], ["荧光橙", "活力橙"]),
    "yellow": (["黄色", "黄的"], ["黄色"], ["荧光黄", "明黄"]),
    "beige": (["米色", "米白"], ["米色", "米黄色"], ["燕麦色", "奶茶色"]),
}


def color_word(c, side, cat=None):
    o, f, fancy = COLORS[c]
    if side == "o":
        return pick(fancy) if chance(0.3 if cat in ("phone", "electronics") else 0.06) else pick(o)
    if c == "navy" and chance(0.25):
        return pick(["黑色", "深色"])
    return pick(f)


def BR(cn, en, py, typo, models=None):
    return {"cn": cn, "en": en, "py": py, "typo": typo, "models": models or []}


PHONE_BRANDS = [
    BR("曜石", "OBSIDO", "Yaoshi", "耀石", [["Y30 Pro", "Y30Pro", "y30 pro", "Y30 PRO"], ["Y28", "y28", "Y 28"],
                                         ["Fold 3", "Fold3", "fold 3", "FOLD3"]]),
    BR("青禾", "KINHO", "Qinghe", "青和", [["K9", "k9", "K 9"], ["K10 Ultra", "K10U", "k10 ultra", "K10至尊版"]]),
    BR("米朵", "MIDOT", "Miduo", "米多", [["Note 12", "note12", "NOTE12", "Note12"], ["M7", "m7", "M七"]]),
    BR("拓鲸", "TOWHALE", "Tuojing", "托鲸", [["Whale 5", "W5", "whale5", "鲸5"], ["T60", "t60", "T-60"]]),
    BR("星澜", "STARLAN", "Xinglan", "星兰", [["S23", "s23", "S 23"], ["S23 Lite", "S23lite", "S23青春版"]]),
]
ELDER_BRANDS = [BR("守望", "SHOUWANG", "Shouwang", "首望", [["SW-8", "SW8", "sw8"], ["SW-5", "SW5", "sw-5"]]),
                BR("康乐宝", "KANGLEBAO", "Kanglebao", "康乐保", [["K1", "k1", "K-1"]])]
POWER_BRANDS = [BR("电小满", "DMAN", "Dianxiaoman", "电晓满", [["PB-10", "PB10", "pb-10"], ["PB-20", "PB20", "2万毫安PB20"]]),
                BR("能量熊", "POWERBEAR", "Nengliangxiong", "能量雄", [["B10", "b10", "B-10"], ["B5 Mini", "B5mini", "b5 mini"]])]
EAR_BRANDS = [BR("声派", "SOUNDPIE", "Shengpai", "声排", [["Buds 3", "buds3", "Buds三代", "Buds III"],
                                                       ["AirFree", "Air Free", "airfree"]]),
              BR("听澜", "TINLAN", "Tinglan", "听兰", [["Pro 2", "pro2", "Pro二代"], ["Lite", "lite", "LITE版"]])]
CAM_BRANDS = [BR("驰影", "RIDESHOT", "Chiying", "驰映", [["Go 4", "GO4", "go4", "四代"], ["Mini 2", "mini2", "MINI二代"]])]
PHOTO_BRANDS = [BR("光屿", "LUMISLE", "Guangyu", "光宇", [["Z50", "z50", "Z 50"], ["Z30", "z30", "Z-30"]])]
READER_BRANDS = [BR("墨阅", "INKREAD", "Moyue", "墨悦", [["R6", "r6", "R6青春版"]])]
SNOW_BRANDS = [BR("雪鸮", "SNOWL", "Xuexiao", "雪枭", [["G2", "g2", "G-2"], ["G1柱面", "G1", "g1"]])]
WEAR_BRANDS = [BR("极北", "FARNORTH", "Jibei", "急北", [["极地600", "600蓬", "极地六百"], ["轻羽", "轻羽系列"]])]
BOARD_BRANDS = [BR("板岭", "BOARDRIDGE", "Banling", "版岭", [["Flow 148", "flow148", "148"], ["Park 152", "park152", "152"]])]
FLASK_BRANDS = [BR("暖途", "WARMWAY", "Nuantu", "暖图", [["500ml", "500毫升", "五百毫升"], ["350ml", "350毫升"]])]
SKATE_BRANDS = [BR("冰原", "ICEFIELD", "Bingyuan", "冰源", [["速滑款", "速滑"], ["花样款", "花滑款"]])]
GLASS_BRANDS = [BR("清目", "QINGMU", "Qingmu", "清木", [])]
WALLET_BRANDS = [BR("金狐", "KINFOX", "Jinhu", "金孤"), BR("皮匠坊", "TANNERY", "Pijiangfang", "皮将坊"),
                 BR("绮罗", "KIRO", "Qiluo", "绮萝")]
BAG_BRANDS = [BR("岭行者", "RIDGEWALKER", "Lingxingzhe", "岭形者", [["攀岭30", "30L", "30升"], ["城市18", "18L", "18升"]])]
HANDBAG_BRANDS = [BR("绮罗", "KIRO", "Qiluo", "绮萝", [["托特", "tote", "托特包"], ["小方包", "方包"]])]
CAR_BRANDS = [BR("驰远", "CHIYUAN", "Chiyuan", "弛远"), BR("北骏", "NORTHSTEED", "Beijun", "北俊"),
              BR("锐途", "RAYTOUR", "Ruitu", "锐图")]
EBIKE_BRANDS = [BR("小雷", "THUNDERBEE", "Xiaolei", "小蕾", [["Q5", "q5", "Q-5"], ["追风X", "追风x", "ZF-X"]]),
                BR("绿驹", "GREENPONY", "Lvju", "绿俱", [["S1", "s1", "S-1"], ["M3", "m3"]]),
                BR("速客", "SPEEDKE", "Suke", "速克", [["T9", "t9"]])]
BIKE_BRANDS = [BR("飞羚", "FLYANTELOPE", "Feiling", "飞玲", [["雪地胖胎", "胖胎", "4.0胖胎"], ["山地26", "26寸山地"]]),
               BR("东岭", "DONGLING", "Dongling", "东玲", [["二八大杠", "28大杠", "老二八"]]),
               BR("小骑士", "LITTLEKNIGHT", "Xiaoqishi", "小骑仕", [["16寸", "16吋"], ["20寸", "20吋"]])]
GOLD_BRANDS = [BR("福满楼", "FUMANLOU", "Fumanlou", "福满搂"), BR("金禧坊", "JINXIFANG", "Jinxifang", "金喜坊")]
WATCH_BRANDS = [BR("北辰", "NORSTAR", "Beichen", "北晨", [["机械表 N8", "N8", "n8"]])]


def brand_word(b, side, voice):
    if voice == "elderly":
        w = [("cn", 6), ("typo", 3), ("py", 1)]
    elif voice == "russian":
        w = [("en", 6), ("cn", 2), ("py", 2)]
    elif side == "f":
        w = [("en", 4), ("cn", 4), ("py", 1), ("typo", 1)]
    else:
        w = [("cn", 5), ("en", 3), ("py", 1), ("typo", 1.2)]
    return b[wpick(w)]


def model_word(m):
    return pick(m)


def choose_brand(brands, force):
    if force.get("brand") is not None:
        return force["brand"]
    pool = [b for b in brands if b is not force.get("not_brand")]
    return pick(pool or brands)


def choose_model(brand, force, allowed=None):
    if force.get("model") is not None and force["model"] in brand["models"]:
        return force["model"]
    models = brand["models"]
    if allowed:
        models = [m for m in models if allowed(m)] or models
    if not models:
        return None
    return pick(models)


COLOR_MISS = [False]


def choose_color(opts, force):
    if force.get("color"):
        if force["color"] not in opts:
            COLOR_MISS[0] = True
        return force["color"]
    pool = [c for c in opts if c != force.get("not_color")]
    return pick(pool or opts)


def F(slot, k, o, f, d=True, alive=False):
    """A fact about the object: o = how the owner words it, f = how a finder words it (None: invisible)."""
    return {"slot": slot, "k": k, "o": o if isinstance(o, list) else [o],
            "f": None if f is None else (f if isinstance(f, list) else [f]), "d": d, "alive": alive}


# ---------------------------------------------------------------------------------------------
# fact pools
# ---------------------------------------------------------------------------------------------

STICKERS = [("duck", ["小黄鸭", "黄色小鸭子"], ["小黄鸭", "黄色鸭子"]), ("panda", ["熊猫"], ["熊猫"]),
            ("shiba", ["柴犬", "小柴犬"], ["柴犬", "小狗"]), ("baofu", ["'暴富'", "暴富两个字"], ["'暴富'字样", "写着暴富"]),
            ("berry", ["草莓"], ["草莓"]), ("snowman", ["雪人"], ["雪人"]), ("dino", ["小恐龙"], ["恐龙"]),
            ("star", ["星星"], ["星星", "黄色星星"]), ("paw", ["猫爪"], ["猫爪印"]), ("sakura", ["樱花"], ["樱花", "粉色花朵"]),
            ("palm", ["椰子树"], ["椰子树"]), ("rocket", ["小火箭"], ["火箭"])]

PHONE_CASES = [
    ("clear", ["透明壳", "透明的手机壳", "透明软壳"], ["透明软壳", "透明保护壳", "透明手机壳"]),
    ("pinksil", ["粉色硅胶壳", "粉的硅胶壳"], ["粉色硅胶保护套", "粉色软壳"]),
    ("flip", ["黑色翻盖皮套", "翻盖的黑皮套"], ["黑色皮质翻盖保护套", "黑色翻盖皮套"]),
    ("ring", ["壳背面有个金色指环扣", "带金色指环支架的壳"], ["背面有金色指环支架", "壳背面带金色指环扣"]),
    ("bear", ["毛绒小熊壳", "毛茸茸的小熊手机壳"], ["毛绒小熊造型手机壳", "棕色毛绒熊壳"]),
    ("camo", ["迷彩壳", "迷彩的手机壳"], ["迷彩图案手机壳", "迷彩色外壳"]),
    ("fu", ["红色福字壳", "大红壳上面印个福字"], ["红色手机壳印有'福'字", "红壳，印福字"]),
    ("naked", ["没带壳，裸机", "没套壳"], ["无手机壳", "无保护壳，裸机"]),
    ("glitter", ["流沙亮片壳", "带亮片的流沙壳"], ["流沙亮片手机壳", "亮片流沙壳"]),
    ("leather", ["咖啡色皮壳", "棕色皮质壳"], ["棕色皮质手机壳", "咖啡色皮壳"]),
    ("snowflake", ["蓝色雪花图案的壳", "印着雪花的壳"], ["蓝底雪花图案壳", "雪花图案手机壳"]),
    ("cardslot", ["背面带插卡槽的壳", "壳后面能插卡的那种"], ["壳背面带卡槽", "背面插卡式手机壳"]),
]
PHONE_SCREENS = [
    ("crack_br", ["屏幕右下角摔裂了", "屏幕右下角有裂纹"], ["屏幕右下角碎裂", "屏幕右下角有裂痕"]),
    ("crack_top", ["屏幕上面碎了一块", "屏幕顶上裂了"], ["屏幕上方碎裂", "屏幕顶端有裂纹"]),
    ("crack_web", ["屏幕摔成蜘蛛网了还能用", "整个屏都裂了"], ["屏幕呈蛛网状碎裂", "屏幕大面积碎裂"]),
    ("privacy", ["贴着防窥膜"], ["贴有防窥膜", "屏幕贴防窥膜（侧面看是黑的）"]),
    ("scratch_back", ["后盖划了好几道", "背面有划痕"], ["背面有明显划痕", "后壳多处划痕"]),
]
PHONE_LANYARDS = [
    ("red", ["挂着红绳", "挂了根红色挂绳"], ["带红色挂绳", "挂有红绳"]),
    ("yellow", ["挂着黄色防丢绳", "有根黄色斜挎手机绳"], ["带黄色挂绳", "挂黄色斜挎绳"]),
    ("pompom", ["挂着个白色毛球", "挂了个毛球挂件"], ["挂白色毛球挂件", "挂有毛球"]),
    ("bell", ["挂着个小铃铛", "挂个铃铛"], ["挂小铃铛", "挂有铃铛"]),
]
PHONE_INCASE = [
    ("skiticket", ["壳里夹着雪场的雪票", "手机壳里夹着雪票"], ["壳内夹雪岭雪场雪票一张", "手机壳里有张雪票"]),
    ("cash100", ["壳里塞了一张一百的", "壳里面夹了100块钱"], ["壳内夹人民币100元", "壳内有一张百元钞"]),
    ("trainticket", ["壳里夹着火车票报销凭证", "壳里有张回程火车票"], ["壳内夹火车票报销凭证一张", "壳里夹有火车票"]),
    ("kidphoto", ["壳里夹着我儿子的照片", "手机壳里有张小孩大头贴"], ["壳内夹儿童照片一张", "壳里有小孩大头贴"]),
    ("buscard", ["壳里夹着一张公交卡", "后面夹着交通卡"], ["壳内夹交通卡一张", "壳内有公交卡"]),
]
PHONE_LOCKS = [
    ("girl", "我女儿的照片", "一个小女孩的照片"), ("orange", "我家橘猫", "一只橘猫"),
    ("couple", "我和我老公的合照", "一男一女合影"), ("sea", "海边的风景", "海边风景图"),
    ("selfie", "我在雪场拍的自拍", "戴雪镜的人的自拍"), ("corgi", "我家柯基", "一只柯基犬"),
    ("stars", "默认的星空壁纸", "星空壁纸"), ("baby", "我儿子满月照", "婴儿照片"),
    ("lantern", "冰灯的照片", "冰灯夜景"), ("anime", "一个动漫人物", "动漫人物图片"),
    ("husky", "我家二哈", "一只哈士奇"), ("mountain", "雪山照片", "雪山图片"),
]
KEYCHAIN = [
    ("bear", ["挂着个小熊挂件", "有个毛绒小熊"], ["挂有小熊挂件", "带毛绒小熊"]),
    ("gourd", ["挂着个小葫芦", "拴了个铜葫芦"], ["挂一个小葫芦", "带铜葫芦挂件"]),
    ("bluecard", ["还串着一张蓝色门禁卡", "有个蓝色的门禁扣"], ["串有蓝色门禁卡", "带蓝色门禁扣"]),
    ("copper", ["还有两把铜钥匙", "另外有两把黄铜钥匙"], ["另有铜钥匙两把", "还有黄铜钥匙2把"]),
    ("clipper", ["串着个指甲刀", "有个指甲刀"], ["串指甲刀一个", "带指甲刀"]),
    ("redrope", ["拴着红绳", "用红绳拴着"], ["拴有红绳", "红绳拴着"]),
    ("opener", ["挂着个开瓶器", "有个开瓶器"], ["挂开瓶器一个", "带开瓶器"]),
    ("torch", ["挂着个小手电", "带个迷你手电筒"], ["挂迷你手电", "带小手电筒"]),
    ("matryoshka", ["挂着个套娃钥匙扣（市场买的）", "有个小套娃挂件"], ["挂有套娃钥匙扣", "带俄罗斯套娃挂件"]),
    ("lantern", ["挂着个冰灯纪念币", "有个雪岭冰灯的纪念币"], ["挂冰灯纪念币一枚", "带纪念币挂件"]),
    ("whistle", ["挂着个哨子", "有个塑料哨"], ["挂哨子一个", "带塑料哨"]),
]
BANKS = ["兴边银行", "北林银行", "江城储蓄", "松原农商行", "雪岭信用社", "南海商业银行", "闽江银行"]
TEXTS = ["平安", "LOVE", "一路顺风", "宝贝", "永结同心", "福", "勿忘初心", "Z&L", "1314", "HAPPY", "小满", "守岁"]
INITIALS = ["LXT", "CJH", "ZYW", "WJJ", "HSQ", "XJQ", "ZM", "L.Y", "DYT", "KK", "Y.Z", "JL"]
COMPANIES = ["鸿程物流", "南风科技", "海岳装饰", "三和制药", "星海教育", "青石设计"]


def stk():
    s = pick(STICKERS)
    return s


def person_who(voice):
    """origin for a voice"""
    if voice == "russian":
        return {"voice": voice, "origin": "russian"}
    if voice == "tourist":
        city, prov = pick(CITIES)
        return {"voice": voice, "origin": "south", "city": city, "prov": prov}
    if voice in ("instructor",) and chance(0.4):
        return {"voice": voice, "origin": "north"}
    return {"voice": voice, "origin": "local"}


# ---------------------------------------------------------------------------------------------
# builders: one per category; each returns a hidden truth record
# force: kind, brand, model, color, not_brand, not_kind, not_color, special
# ---------------------------------------------------------------------------------------------

def base(cat, kind, noun_o, noun_f, brand=None, model=None, color=None):
    return {"cat": cat, "fcat": cat, "kind": kind, "noun_o": noun_o, "noun_f": noun_f, "brand": brand,
            "model": model, "color": color, "facts": [], "hidden": [], "serial": None, "serial2": None,
            "places": None, "vehicle_ok": True, "state_f": [], "owner": None}


def build_phone(who, force):
    kind = force.get("kind")
    if not kind:
        kind = "elder" if (who["voice"] == "elderly" and chance(0.75)) else "smart"
    if kind == "elder":
        b = choose_brand(ELDER_BRANDS, force)
        m = choose_model(b, force)
        c = choose_color(["black", "red", "gold", "silver", "blue"], force)
        o = base("phone", kind, ["老人机", "手机（老年机）", "老年手机"], ["老年手机一部", "直板按键手机", "老人机"], b, m, c)
        if chance(0.55):
            t = digits(4)
            o["facts"].append(F("tape", "tape" + t, ["后面贴着张纸条写着我儿子电话", "背面贴了个纸条，写着我闺女手机号"],
                                ["背面贴纸条写有手机号（尾号%s）" % t, "后盖贴有写着电话号码的纸条，尾号%s" % t]))
        if chance(0.5):
            k = pick([("worn", ["按键上的字都磨没了", "按键磨得看不清了"], ["按键字迹磨损", "按键磨损严重"]),
                      ("rubber", ["用皮筋缠了两圈", "后盖松了用皮筋勒着"], ["用皮筋缠着", "后盖用橡皮筋固定"]),
                      ("cover", ["套着个布套子", "装在布套里"], ["装在布质手机套内", "带布套"])])
            o["facts"].append(F("elderx", k[0], k[1], k[2]))
        if chance(0.3):
            ly = pick(PHONE_LANYARDS)
            o["facts"].append(F("lanyard", ly[0], ly[1], ly[2]))
        o["hidden"] = sample(["里面存着老伴和孩子电话", "有个老人卡在里头", "电量本来就不多", "声音开得老大"], R.randint(0, 2))
        o["serial"] = {"type": "imei", "val": new_imei(), "o": 0.08, "f": 0.3}
    else:
        b = choose_brand(PHONE_BRANDS, force)
        m = choose_model(b, force)
        c = choose_color(["black", "white", "blue", "green", "purple", "gold", "silver", "pink", "grey"], force)
        fold = m is not None and m[0].startswith("Fold")
        o = base("phone", kind, ["折叠屏手机", "折叠手机"] if fold else ["手机", "手机", "智能手机"],
                 ["折叠屏手机一部"] if fold else ["手机一部", "手机", "智能手机一部"], b, m, c)
        if chance(0.88):
            cs = pick(PHONE_CASES)
            o["facts"].append(F("case", cs[0], cs[1], cs[2]))
            if cs[0] != "naked" and chance(0.3):
                s = stk()
                o["facts"].append(F("sticker", s[0], ["壳上贴了个%s贴纸" % pick(s[1])],
                                    ["壳背面贴有%s贴纸" % pick(s[2]), "壳上有%s贴纸" % pick(s[2])]))
            if cs[0] in ("clear", "cardslot", "flip") and chance(0.45):
                ic = pick(PHONE_INCASE)
                o["facts"].append(F("incase", ic[0], ic[1], ic[2]))
        if chance(0.45):
            sc = pick(PHONE_SCREENS)
            o["facts"].append(F("screen", sc[0], sc[1], sc[2]))
        if chance(0.2):
            ly = pick(PHONE_LANYARDS)
            o["facts"].append(F("lanyard", ly[0], ly[1], ly[2]))
        if chance(0.6):
            lk = pick(PHONE_LOCKS)
            o["facts"].append(F("lock", lk[0], ["锁屏是" + lk[1], "锁屏壁纸是" + lk[1]],
                                ["锁屏壁纸为" + lk[2], "按亮屏幕显示锁屏是" + lk[2]], alive=True))
        o["hidden"] = sample(["里面两张卡", "微信支付宝都在上面", "里面有这次出来玩的所有照片，没备份",
                              "开了指纹锁", "有密码", "电话卡是外地的", "刚买不到半年"], R.randint(1, 2))
        o["serial"] = {"type": "imei", "val": new_imei(), "o": 0.45, "f": 0.5}
    o["dead"] = chance(0.5)
    if o["dead"]:
        o["hidden"].append(pick(["天太冷估计冻关机了，打过去关机", "打过去已经关机", "没电了，打不通"]))
        o["state_f"] = [pick(["拾得时已冻关机", "已没电关机，无法开机", "冻得开不了机", "手机无电"])]
    else:
        o["hidden"].append(pick(["打过去能通但没人接", "刚才打还响着", "打电话是通的"]))
        o["state_f"] = [pick(["拾得时有电，有多个未接来电", "有电，屏幕显示未接来电", "锁屏状态，有电"])]
    return o


def build_id(who, force):
    v = who["voice"]
    kind = force.get("kind")
    if not kind:
        if v == "russian":
            kind = "rupass"
        else:
            opts = [("idcard", 10), ("driver", 2.5), ("social", 1.5), ("bankcard", 1.5)]
            if v == "tourist":
                opts += [("passport", 2), ("student", 2.5)]
            if v == "worker":
                opts += [("workcard", 5), ("border", 1)]
            if v == "trader":
                opts += [("border", 4), ("passport", 1.5)]
            if v == "elderly":
                opts += [("elder", 5)]
            if v in ("local", "taxi_driver"):
                opts += [("border", 1), ("elder", 0.5)]
            opts = [x for x in opts if x[0] != force.get("not_kind")]
            kind = wpick(opts)
    if kind == "rupass" and who["origin"] != "russian":
        who = {"voice": who["voice"], "origin": "russian"}
    if kind != "rupass" and who["origin"] == "russian":
        kind = "idcard"
        who = {"voice": who["voice"], "origin": "local"}
    p = new_person(who)
    if kind in ("passport",) and not p.get("lat"):
        n = pick(PP_NAMES)
        p["name"], p["lat"], p["sex"] = n
    if kind == "elder":
        p = new_person({"voice": "elderly", "origin": "local"})
    color = None
    if kind == "idcard":
        o = base("id_doc", kind, ["身份证", "二代身份证", "身份证"], ["居民身份证一张", "身份证一张", "身份证"])
        o["serial"] = {"type": "id", "val": p["id"], "o": 0.75, "f": 0.85}
        if chance(0.4):
            color = choose_color(["blue", "pink", "black"], force)
            o["facts"].append(F("sleeve", "sleeve_" + color, ["装在%s卡套里" % color_word(color, "o")],
                                ["装于%s卡套内" % color_word(color, "f")]))
    elif kind == "driver":
        o = base("id_doc", kind, ["驾驶证", "驾照", "驾驶本"], ["机动车驾驶证一本", "驾驶证", "驾驶证一本"])
        o["serial"] = {"type": "id", "val": p["id"], "o": 0.6, "f": 0.8}
        color = "black"
        plate = "黑C·" + pick("ABDEFGHJKL") + digits(4) if who["origin"] == "local" else None
        if plate and chance(0.6):
            o["facts"].append(F("xingshi", plate, ["本子里还夹着行驶证，车牌%s" % plate],
                                ["内夹行驶证一本（号牌%s）" % plate, "夹有行驶证，车牌%s" % plate]))
        o["facts"].append(F("class", "cls", ["准驾C1", "C1的"], ["准驾车型C1"], d=False))
    elif kind == "social":
        o = base("id_doc", kind, ["社保卡", "医保卡", "社会保障卡"], ["社会保障卡一张", "社保卡"])
        o["serial"] = {"type": "id", "val": p["id"], "o": 0.55, "f": 0.7}
    elif kind == "bankcard":
        bank = pick(BANKS)
        o = base("id_doc", kind, ["银行卡", bank + "的卡", "储蓄卡"], ["银行卡一张", bank + "银行卡", "储蓄卡一张"])
        tail = digits(4)
        o["serial"] = {"type": "card", "val": tail, "bin": "62" + digits(2), "o": 0.9, "f": 0.9}
        o["facts"].append(F("bank", bank, [bank], [bank], d=True))
        p["hide_name"] = True
    elif kind == "passport":
        o = base("id_doc", kind, ["护照", "因私护照"], ["中华人民共和国护照一本", "护照一本", "护照"])
        num = "E" + pick("ABCDEFGHJK") + digits(7)
        o["serial"] = {"type": "passport", "val": num, "o": 0.4, "f": 0.85}
        color = "red"
        if chance(0.5):
            o["facts"].append(F("visa", "ruvisa", ["里面有俄罗斯签证", "有一页俄罗斯的签证"], ["内有俄罗斯签证页", "护照内有俄文签证"]))
        if chance(0.4):
            o["facts"].append(F("ppcover", "ppcover", ["套着个透明护照夹", "外面有个护照套"], ["外有透明护照夹", "带护照保护套"]))
    elif kind == "student":
        school = pick(["南江理工学院", "岭海师范大学", "闽中医科大学", "湘南商学院", "江东职业技术学院"])
        o = base("id_doc", kind, ["学生证", "学生证（%s）" % school], ["学生证一本", "%s学生证" % school])
        num = "20" + pick(["21", "22", "23", "24"]) + digits(6)
        o["serial"] = {"type": "student", "val": num, "o": 0.6, "f": 0.9}
        o["facts"].append(F("school", school, [school], [school]))
        color = pick(["red", "blue", "navy"])
        if chance(0.5):
            o["facts"].append(F("railcard", "rail", ["学生证里有火车票优惠卡", "夹着火车优惠磁条卡"], ["内附火车票学生优惠卡", "夹有学生优惠卡"], d=False))
    elif kind == "workcard":
        o = base("id_doc", kind, ["工作证", "贮木场工作证", "厂里的工作证"], ["雪岭贮木场工作证一个", "工作证（贮木场）", "工作证"])
        num = "ZM-" + "%04d" % R.randint(100, 2999)
        o["serial"] = {"type": "work", "val": num, "o": 0.6, "f": 0.9}
        color = pick(["blue", "red"])
        if chance(0.5):
            o["facts"].append(F("lanyard", "lanyard_" + color, ["挂着%s挂绳" % color_word(color, "o")], ["带%s挂绳" % color_word(color, "f")]))
        o["places"] = ["dorm", "veg", "bath", "stew", "street", "supermarket", "minibus", "hospital"]
    elif kind == "border":
        o = base("id_doc", kind, ["边境通行证", "边境管理区通行证", "边防证"], ["边境管理区通行证一张", "边境通行证"])
        num = "BJ" + digits(2) + " " + digits(7)
        o["serial"] = {"type": "border", "val": num, "o": 0.35, "f": 0.85}
    elif kind == "elder":
        o = base("id_doc", kind, ["老年证", "老年优待证", "老年卡"], ["老年人优待证一本", "老年证"])
        num = "XL" + pick(["2016", "2018", "2019", "2021"]) + "-" + digits(4)
        o["serial"] = {"type": "elder", "val": num, "o": 0.2, "f": 0.85}
        color = "red"
    else:  # rupass
        o = base("id_doc", "rupass", ["护照", "俄罗斯护照", "паспорт（护照）"], ["俄罗斯护照一本", "外国人护照（俄罗斯）", "俄罗斯联邦护照"])
        num = "7" + str(R.randint(0, 9)) + " " + digits(7)
        o["serial"] = {"type": "rupass", "val": num, "o": 0.7, "f": 0.9}
        color = "red"
        o["facts"].append(F("name", p["lat"], ["名字 " + p["lat"], p["cyr"] + "（" + p["cn"] + "）", "我叫" + p["cn"]],
                            ["持照人 " + p["lat"], "姓名 " + p["lat"] + "（" + p["cyr"] + "）", "持照人" + p["cn"] + "（" + p["lat"] + "）"]))
        if chance(0.5):
            o["facts"].append(F("visa", "cnvisa", ["里面夹着入境卡", "夹着中国签证和入境卡"], ["内夹入境卡", "有中国签证"], d=False))
        o["color"] = color
        o["owner"] = p
        o["vehicle_ok"] = True
        return o
    if kind != "bankcard":
        nm = p["name"]
        fv = ["姓名" + nm, "姓名：" + nm, "持证人" + nm]
        if kind in ("idcard", "social", "driver", "border") and chance(0.3):
            fv = ["姓名" + mask_name(nm)]
        if kind == "passport" and p.get("lat"):
            fv = ["姓名%s（%s）" % (nm, p["lat"]), "持照人 " + p["lat"]]
        o["facts"].insert(0, F("name", nm, ["名字叫" + nm, "姓名" + nm, "我叫" + nm], fv))
    if kind in ("idcard", "social") and chance(0.4):
        desc = pick([("短头发戴眼镜", "戴眼镜短发"), ("扎马尾", "扎马尾女性"), ("光头", "光头男性"), ("是我二十岁拍的，看着挺年轻", "面容年轻")])
        o["facts"].append(F("photo", desc[0], ["照片上%s" % desc[0]], ["照片为%s" % desc[1]], d=False))
    o["color"] = color
    o["owner"] = p
    return o


def wallet_contents(o, who, p, kinds):
    facts = []
    for k in kinds:
        if k == "idcard":
            facts.append(F("c_id", p["name"], ["里面有我身份证（%s）" % p["name"], "身份证在里面，名字%s" % p["name"]],
                           ["内有身份证一张（姓名%s）" % (p["name"] if chance(0.7) else mask_name(p["name"])),
                            "内有%s的身份证" % p["name"]]))
            if o["serial"] is None and chance(0.6):
                o["serial"] = {"type": "id", "val": p["id"], "o": 0.4, "f": 0.6}
        elif k == "bank":
            n = R.randint(1, 3)
            bank = pick(BANKS)
            tail = digits(4)
            facts.append(F("c_bank", tail, ["%d张银行卡，有张%s的尾号%s" % (n, bank, tail), "银行卡%d张" % n],
                           ["银行卡%d张（其中%s卡尾号%s）" % (n, bank, tail), "%s银行卡等%d张" % (bank, n)]))
            if o["serial"] is None or chance(0.3):
                o["serial"] = {"type": "card", "val": tail, "bin": "62" + digits(2), "o": 0.7, "f": 0.6}
        elif k == "cash":
            amt = R.randint(2, 60) * 10 + pick([0, 0, 5, 1, 2])
            approx = (amt // 100) * 100
            ov = ["里面大概有%d多块钱" % approx if approx else "里面就几十块零钱", "现金%d左右" % (round(amt, -1)),
                  "里面有%d来块钱" % approx if approx else "里面有点零钱"]
            facts.append(F("c_cash", str(amt), ov, ["现金%d元" % amt, "人民币%d元" % amt]))
        elif k == "rubles":
            n = R.randint(2, 9)
            facts.append(F("c_rub", str(n), ["还有几张卢布", "有%d张卢布" % n], ["俄罗斯卢布%d张" % n, "卢布纸币%d张" % n]))
        elif k == "photo":
            ph = pick([("孩子的一寸照", "儿童一寸照片"), ("我和老伴的合影", "老年夫妇合影照片"), ("一张全家福", "全家福照片一张"), ("我对象的照片", "年轻女子照片一张")])
            facts.append(F("c_photo", ph[0], ["夹着" + ph[0]], ["夹有" + ph[1]]))
        elif k == "member":
            n = digits(4)
            facts.append(F("c_member", n, ["有张金汤洗浴的会员卡", "金汤会员卡%s号" % n], ["金汤洗浴会员卡一张（No.%s）" % n, "洗浴会员卡%s" % n]))
        elif k == "ticket":
            facts.append(F("c_ticket", "ticket", ["还有火车票报销凭证", "夹着回去的火车票"], ["火车票报销凭证一张", "内夹火车票"], d=False))
        elif k == "skicard":
            n = digits(4)
            facts.append(F("c_ski", n, ["雪场季卡也在里面", "雪卡在里面，卡号后四位%s" % n], ["雪岭雪场季卡一张（尾号%s）" % n, "雪场季卡一张"]))
        elif k == "receipt":
            facts.append(F("c_rcpt", "rcpt", ["还有几张小票", "有伏尔加吃饭的小票"], ["伏尔加西餐厅小票", "购物小票若干"], d=False))
        elif k == "driver":
            facts.append(F("c_driver", p["name"], ["驾驶证也在里面", "夹着驾驶证"], ["驾驶证一本（%s）" % p["name"], "内有驾驶证"]))
    return facts


def build_wallet(who, force):
    kind = force.get("kind") or wpick([("long", 4), ("short", 4), ("cardholder", 2), ("coin", 1.2)])
    if force.get("special") == "cardholder":
        kind = "cardholder"
    if who["origin"] == "russian":
        who = {"voice": who["voice"], "origin": "local"}
    p = new_person(who)
    if chance(0.7) or force.get("brand"):
        b = choose_brand(WALLET_BRANDS, force)
    else:
        b = None
    c = choose_color(["black", "brown", "red", "pink", "grey", "navy"], force)
    nouns = {"long": (["长款钱包", "钱包", "长钱包"], ["长款钱包一个", "钱包一个", "皮夹一个"]),
             "short": (["短款钱包", "钱包", "折叠钱包"], ["短款钱包一个", "钱包一个", "对折钱包"]),
             "cardholder": (["卡包", "卡套", "小卡包"], ["卡包一个", "卡套一个"]),
             "coin": (["零钱包", "小钱包"], ["零钱包一个", "小零钱包"])}[kind]
    o = base("wallet", kind, nouns[0], nouns[1], b, None, c)
    if kind == "cardholder":
        ks = ["idcard", "bank"] + sample(["skicard", "member"], R.randint(0, 1))
    elif kind == "coin":
        ks = ["cash"] + sample(["photo", "member"], R.randint(0, 1))
    else:
        extra = ["photo", "member", "ticket", "skicard", "receipt", "driver", "rubles"]
        ks = ["cash"] + (["idcard"] if chance(0.75) else []) + (["bank"] if chance(0.7) else []) + sample(extra, R.randint(0, 2))
        if who["voice"] == "trader" and "rubles" not in ks:
            ks.append("rubles")
    o["facts"] = wallet_contents(o, who, p, ks)
    if chance(0.45):
        r = R.randrange(5)
        if r == 0:
            x = ("zip", ["拉链坏了", "拉链头掉了"], ["拉链损坏", "拉链头缺失"])
        elif r == 1:
            x = ("corner", ["边角磨破了", "四个角都磨白了"], ["边角磨损", "边角磨白"])
        elif r == 2:
            ini = pick(INITIALS)
            x = ("ini" + ini, ["上面烫着我名字缩写" + ini], ["表面压印字母'%s'" % ini, "印有字母" + ini])
        elif r == 3:
            x = ("button", ["按扣松了", "扣子合不上"], ["按扣松脱", "扣子损坏"])
        else:
            col = pick(["红", "白", "黄"])
            x = ("stitch" + col, ["边上是%s线缝的" % col], ["边缘%s色缝线" % col])
        o["facts"].append(F("outer", x[0], x[1], x[2]))
    if force.get("special") == "cardholder":
        # the finder files the card, not the holder: the holder becomes a detail
        o["fcat"] = "id_doc"
        o["noun_f"] = ["身份证一张（连卡套）", "身份证及卡套", "居民身份证一张"]
        o["f_view"] = {"color": None, "brand": None, "model": None}
        hw = (b["en"] if b else "")
        o["facts"].append(F("holder", "holder" + c, ["卡包是%s的" % color_word(c, "o")],
                            ["装于%s卡套内%s" % (color_word(c, "f"), ("（印%s）" % hw) if hw else "")]))
        if not any(f["slot"] == "c_id" for f in o["facts"]):
            o["facts"] = wallet_contents(o, who, p, ["idcard"]) + o["facts"]
        o["force_fact"], o["force_slot"] = p["name"], "c_id"
    o["owner"] = p
    return o


def build_keys(who, force):
    v = who["voice"]
    kind = force.get("kind")
    if not kind:
        opts = [("house", 5), ("car", 3)] + ([("ebike", 1.5)] if v != "tourist" else [])
        if v == "tourist":
            opts += [("room", 3), ("car", 1)]
        if v == "worker":
            opts += [("dorm", 5)]
        if v in ("local", "elderly"):
            opts += [("house", 2)]
        opts = [x for x in opts if x[0] != force.get("not_kind")]
        kind = wpick(opts)
    o = None
    if kind == "car":
        b = choose_brand(CAR_BRANDS, force)
        c = choose_color(["black", "silver", "grey"], force)
        o = base("keys", kind, ["车钥匙", "汽车钥匙", "车钥匙（遥控的）"], ["汽车遥控钥匙一把", "车钥匙一串", "汽车钥匙"], b, None, c)
        if chance(0.35):
            plate = "黑C·" + pick("ABDEFGHJKLMN") + digits(4)
            o["facts"].append(F("platetag", plate, ["钥匙牌上写着车牌%s" % plate], ["钥匙牌写有'%s'" % plate]))
        o["hidden"] = sample(["车停在楼下打不开了", "备用钥匙在老家", "车是租的"], R.randint(0, 1))
    elif kind == "house":
        c = choose_color(["silver", "gold", "red", "black"], force) if chance(0.5) or force.get("color") else None
        n = R.randint(2, 6)
        o = base("keys", kind, ["一串钥匙", "钥匙", "家门钥匙"], ["钥匙一串", "钥匙", "钥匙一串（%d把）" % n], None, None, c)
        o["facts"].append(F("nkeys", str(n), ["一共%d把钥匙" % n, "%d把钥匙" % n], ["钥匙%d把" % n, "共%d把" % n]))
        if c:
            o["facts"].append(F("ring", "ring" + c, ["%s的钥匙圈" % color_word(c, "o")], ["%s钥匙环" % color_word(c, "f")], d=False))
        o["hidden"] = sample(["有一把是防盗门的", "单元门钥匙也在上面", "柜子钥匙"], R.randint(0, 1))
    elif kind == "room":
        c = choose_color(["black", "gold", "white"], force)
        room = "%d%02d" % (R.randint(2, 12), R.randint(1, 36))
        o = base("keys", kind, ["房卡", "酒店房卡", "温泉酒店的房卡"], ["酒店房卡一张", "房卡一张", "松汤温泉酒店房卡"], None, None, c)
        o["serial"] = {"type": "room", "val": room, "o": 0.85, "f": 0.35}
        o["facts"].append(F("sleeve", "sleeve", ["房卡装在酒店的纸套里", "有个纸卡套写着房号"], ["装于酒店纸质卡套，套上手写'%s'" % room, "纸套写%s" % room]))
        o["places"] = ["hotel", "ski", "rental", "locker", "street", "icepark", "market", "bath", "volga", "stew", "shuttle", "parking"]
    elif kind == "dorm":
        tag = "%d-%d%02d" % (R.randint(1, 4), R.randint(1, 4), R.randint(1, 20))
        c = choose_color(["yellow", "red", "blue"], force)
        o = base("keys", kind, ["宿舍钥匙", "钥匙", "宿舍门钥匙"], ["钥匙一串（带号码牌）", "宿舍钥匙", "钥匙"], None, None, c)
        o["serial"] = {"type": "tag", "val": tag, "o": 0.8, "f": 0.85}
        o["facts"].append(F("tag", tag, ["挂着%s塑料牌，写着%s" % (color_word(c, "o"), tag)], ["挂%s塑料号码牌，写有%s" % (color_word(c, "f"), tag)]))
        o["places"] = ["dorm", "veg", "bath", "stew", "supermarket", "street", "minibus", "hospital"]
    else:  # ebike key
        b = choose_brand(EBIKE_BRANDS, force)
        c = choose_color(["black", "red", "blue"], force)
        o = base("keys", "ebike", ["电动车钥匙", "电瓶车钥匙", "电动车遥控钥匙"], ["电动车钥匙一把", "电瓶车钥匙（带遥控）"], b, None, c)
    for kc in sample(KEYCHAIN, R.randint(1, 3) if kind != "room" else 0):
        o["facts"].append(F("kc_" + kc[0], kc[0], kc[1], kc[2]))
    return o


CONTENTS = [
    ("powerbank", ["一个充电宝", "充电宝"], ["充电宝一个", "移动电源一个"]),
    ("thermos", ["保温杯", "一个保温杯"], ["保温杯一个"]),
    ("warmers", ["一包暖宝宝", "好几片暖宝宝"], ["暖宝宝若干", "暖贴数片"]),
    ("choco", ["刚买的俄罗斯巧克力", "几盒俄罗斯巧克力"], ["俄文包装巧克力几盒（Шоколад）", "俄罗斯巧克力数盒"]),
    ("honey", ["一罐蜂蜜", "一罐椴树蜜"], ["蜂蜜一罐，标签俄文'Мёд'", "椴树蜜一罐"]),
    ("doll", ["一套套娃", "刚买的套娃"], ["套娃一套", "俄罗斯套娃一套"]),
    ("sweater", ["一件灰毛衣", "换洗的毛衣"], ["灰色毛衣一件", "毛衣一件"]),
    ("baby", ["孩子的尿不湿和奶瓶", "奶粉和奶瓶"], ["尿不湿、奶瓶", "奶瓶、奶粉盒"]),
    ("gloves", ["一副手套", "备用手套"], ["手套一副"]),
    ("charger", ["充电器和数据线", "充电线"], ["充电器、数据线", "数据线一根"]),
    ("medicine", ["降压药", "感冒药"], ["药品若干", "药盒一个"]),
    ("cosmetic", ["化妆包", "口红和面霜"], ["化妆品若干", "化妆包一个"]),
    ("book", ["一本书", "一本《林海雪原》"], ["书一本", "小说一本"]),
    ("goggles", ["雪镜", "一副雪镜"], ["滑雪镜一副", "雪镜一个"]),
    ("sausage", ["红肠", "两根哈尔滨红肠"], ["红肠两根", "真空包装红肠"]),
    ("vodka", ["一瓶伏特加", "俄罗斯酒"], ["俄文标签酒一瓶", "伏特加一瓶（Водка）"]),
    ("umbrella", ["折叠伞", "一把伞"], ["折叠伞一把"]),
    ("scarf", ["一条围巾", "红围巾"], ["围巾一条"]),
]


def build_bag(who, force):
    kind = force.get("kind")
    if force.get("special") == "phonepouch":
        kind = "pouch"
    if not kind:
        opts = [("backpack", 4), ("handbag", 2.5), ("crossbody", 2), ("shopbag", 2), ("waist", 1.5), ("skibag", 1.5), ("duffel", 1)]
        opts = [x for x in opts if x[0] != force.get("not_kind")]
        kind = wpick(opts)
    b, m = None, None
    if kind in ("backpack", "waist", "duffel"):
        b = choose_brand(BAG_BRANDS, force)
        m = choose_model(b, force) if kind == "backpack" else None
        c = choose_color(["black", "grey", "navy", "red", "green", "orange"], force)
    elif kind in ("handbag", "crossbody", "pouch"):
        b = choose_brand(HANDBAG_BRANDS, force) if (chance(0.7) or force.get("brand")) else None
        m = choose_model(b, force) if (b and kind == "handbag" and chance(0.5)) else None
        c = choose_color(["black", "brown", "beige", "red", "white", "pink"], force)
    elif kind == "skibag":
        b = choose_brand(SNOW_BRANDS, force)
        c = choose_color(["black", "blue", "orange", "grey"], force)
    else:  # shopbag
        c = choose_color(["white", "red", "blue"], force)
    nouns = {"backpack": (["双肩包", "背包", "书包"], ["双肩背包一个", "背包一个", "双肩包"]),
             "handbag": (["手提包", "女士包", "包"], ["女式手提包一个", "手提包一个"]),
             "crossbody": (["斜挎包", "挎包", "小挎包"], ["斜挎包一个", "挎包一个"]),
             "shopbag": (["购物袋", "塑料袋", "一兜东西"], ["购物袋一个", "塑料购物袋（俄文）", "手提袋一个"]),
             "waist": (["腰包", "胸包"], ["腰包一个", "胸包一个"]),
             "skibag": (["雪鞋包", "雪具包"], ["雪鞋包一个", "滑雪装备包一个"]),
             "duffel": (["旅行包", "行李包", "大旅行袋"], ["旅行包一个", "行李包一个"]),
             "pouch": (["手机包", "斜挎手机包", "小挎包"], ["手机一部（装在小挎包内）", "手机一部"])}[kind]
    o = base("bag", kind, nouns[0], nouns[1], b, m, c)
    if kind == "shopbag":
        lab = pick(["Сувениры", "Русские товары", "Магазин Берёзка", "Шоколад"])
        o["facts"].append(F("label", lab, ["袋子上印着俄文（%s）" % lab, "袋子上有俄文字母"],
                            ["袋子印有俄文'%s'" % lab, "印俄文%s" % lab]))
        pool = [x for x in CONTENTS if x[0] in ("choco", "honey", "doll", "sausage", "vodka", "scarf")]
    elif kind == "skibag":
        pool = [x for x in CONTENTS if x[0] in ("goggles", "gloves", "warmers", "thermos", "charger", "powerbank")]
        o["places"] = ["ski", "rental", "locker", "beginner", "lift", "parking", "hotel", "shuttle", "station", "square"]
    else:
        pool = CONTENTS
    n = R.randint(1, 3) if kind != "pouch" else 0
    for x in sample(pool, n):
        f = F("c_" + x[0], x[0], x[1], x[2])
        f["item"] = True
        o["facts"].append(f)
    if kind in ("handbag", "crossbody", "backpack", "waist", "duffel") and chance(0.45):
        p = new_person(who if who["origin"] != "russian" else {"voice": "x", "origin": "local"})
        o["facts"].append(F("c_id", p["name"], ["身份证也在包里（%s）" % p["name"], "包里有身份证，名字%s" % p["name"]],
                            ["包内有身份证一张（姓名%s）" % p["name"], "内有%s的身份证" % mask_name(p["name"])]))
        if chance(0.4):
            o["serial"] = {"type": "id", "val": p["id"], "o": 0.3, "f": 0.4}
    if kind != "shopbag" and chance(0.5):
        x = pick([("pendant", ["包上挂着个%s挂件" % pick(["熊猫", "兔子", "小熊", "冰墩墩样子的"]), "拉链上挂着挂件"], None),
                  ("tag", ["挂着行李牌，写着%s" % who.get("city", "雪岭"), "有个行李牌"], None),
                  ("zip", ["有个拉链头坏了", "拉链拉不严"], ["一处拉链头缺失", "拉链损坏"]),
                  ("patch", ["包上缝着一个%s布贴" % pick(["五角星", "雪花", "小熊", "国旗"]), "有布贴"], None),
                  ("stain", ["底下有块油渍", "前面沾了点红油"], ["底部有油渍", "表面有污渍"])])
        if x[0] == "pendant":
            what = x[1][0].replace("包上挂着个", "").replace("挂件", "")
            x = ("pend_" + what, x[1], ["挂有%s挂件" % what, "拉链挂%s挂件" % what])
        elif x[0] == "tag":
            city = who.get("city", "雪岭")
            x = ("tag_" + city, ["挂着行李牌，写着" + city], ["行李牌写有'%s'" % city, "挂行李牌（%s）" % city])
        elif x[0] == "patch":
            what = x[1][0].replace("包上缝着一个", "").replace("布贴", "")
            x = ("patch_" + what, [x[1][0]], ["包面缝有%s布贴" % what])
        o["facts"].append(F("outer", x[0], x[1], x[2]))
    if kind == "pouch":
        pb = choose_brand(PHONE_BRANDS, {})
        pm = choose_model(pb, {}, lambda mm: not mm[0].startswith("Fold"))
        pc = choose_color(["black", "white", "blue", "gold"], {})
        o["facts"].append(F("c_phone", pb["cn"], ["包里装着我%s的%s手机%s" % (color_word(pc, "o"), pb["cn"], pm[0])],
                            ["%s%s手机（%s）" % (color_word(pc, "f"), brand_word(pb, "f", "x"), pick(pm)), "%s手机一部" % pb["en"]]))
        o["facts"].append(F("c_pouchid", "id", ["还有身份证和几十块钱", "包里还有身份证"], ["包内另有身份证一张及现金若干", "内有身份证"], d=False))
        o["serial"] = {"type": "imei", "val": new_imei(), "o": 0.3, "f": 0.0}
        o["fcat"] = "phone"
        o["f_view"] = {"brand": pb, "model": pm, "color": pc}
        o["force_fact"], o["force_slot"] = pb["cn"], "c_phone"
        cw = color_word(c, "o")
        o["facts"].append(F("pouchlook", "pouch" + c, ["包是" + cw + ("" if cw.endswith("的") else "的")], ["外装%s小挎包" % color_word(c, "f")]))
    return o


def build_electronics(who, force):
    kind = force.get("kind")
    if force.get("special") == "watch":
        kind = "watch"
    if force.get("special") == "helmetcam":
        kind = "actioncam"
    if not kind:
        opts = [("powerbank", 4), ("earbuds", 4), ("actioncam", 3), ("watch", 2), ("tablet", 1.5), ("camera", 2), ("reader", 1)]
        opts = [x for x in opts if x[0] != force.get("not_kind")]
        kind = wpick(opts)
    if kind == "powerbank":
        b = choose_brand(POWER_BRANDS, force)
        m = choose_model(b, force)
        c = choose_color(["white", "black", "grey", "pink"], force)
        o = base("electronics", kind, ["充电宝", "移动电源"], ["充电宝一个", "移动电源一个", "充电宝"], b, m, c)
        for x in sample([("cable", ["自带两根线", "带着线的那种"], ["自带充电线（两头）", "自带线"]),
                         ("label", ["贴着我们公司的资产标签", "有个公司贴的标签"], ["贴有'%s'资产标签" % pick(COMPANIES)]),
                         ("ini", ["侧面用记号笔写了%s" % pick(INITIALS)], None),
                         ("sticker", None, None),
                         ("scratch", ["一面磕掉漆了", "外壳有裂缝"], ["外壳磕碰掉漆", "外壳有裂纹"])], R.randint(1, 2)):
            if x[0] == "ini":
                t = x[1][0].replace("侧面用记号笔写了", "")
                x = ("ini" + t, x[1], ["侧面有记号笔写的'%s'" % t])
            if x[0] == "sticker":
                s = stk()
                x = ("stk" + s[0], ["贴着%s贴纸" % pick(s[1])], ["贴有%s贴纸" % pick(s[2])])
            o["facts"].append(F("pb_" + x[0][:3], x[0], x[1], x[2]))
        o["serial"] = {"type": "sn", "val": b["en"][:2] + digits(2) + pick("ABCDK") + "-" + digits(6), "o": 0.12, "f": 0.4}
        o["hidden"] = sample(["电还剩一半多", "我一直给手机充着电呢，手机也没电了"], R.randint(0, 1))
    elif kind == "earbuds":
        b = choose_brand(EAR_BRANDS, force)
        m = choose_model(b, force)
        c = choose_color(["white", "black", "blue", "pink"], force)
        o = base("electronics", kind, ["蓝牙耳机", "无线耳机", "耳机"], ["蓝牙耳机一副（带充电仓）", "无线耳机一个", "耳机充电仓一个"], b, m, c)
        for x in sample(["sleeve", "sticker", "oneside", "engrave", "scratch"], R.randint(1, 2)):
            if x == "sleeve":
                cc = pick(["red", "green", "yellow", "purple"])
                o["facts"].append(F("sleeve", "sl" + cc, ["套着%s硅胶套，带挂钩" % color_word(cc, "o")], ["充电仓套%s硅胶套" % color_word(cc, "f")]))
            elif x == "sticker":
                s = stk()
                o["facts"].append(F("sticker", s[0], ["充电仓上贴了%s" % pick(s[1])], ["仓盖贴有%s贴纸" % pick(s[2])]))
            elif x == "oneside":
                side = pick(["左", "右"])
                o["facts"].append(F("oneside", side, ["仓里只有%s耳，另一只早丢了" % side], ["仓内仅有%s耳一只" % side]))
            elif x == "engrave":
                t = pick(TEXTS)
                o["facts"].append(F("engrave", t, ["仓盖上刻了'%s'" % t], ["仓盖刻字'%s'" % t]))
            else:
                o["facts"].append(F("scratch", "scr", ["仓盖有划痕"], ["充电仓有划痕"], d=False))
        o["serial"] = {"type": "sn", "val": b["en"][:2] + digits(3) + pick("ABCX") + digits(5), "o": 0.2, "f": 0.3}
    elif kind == "actioncam":
        b = choose_brand(CAM_BRANDS, force)
        m = choose_model(b, force)
        c = choose_color(["black", "grey", "white"], force)
        o = base("electronics", kind, ["运动相机", "运动摄像机"], ["运动相机一台", "运动摄像机一台"], b, m, c)
        for x in sample([("case", ["装在防水壳里"], ["装于透明防水壳内"]),
                         ("mount", ["带着头盔底座", "下面有个头盔支架"], ["带头盔支架", "底部连头盔贴片支架"]),
                         ("refl", ["贴了个反光贴"], ["贴有反光贴"]),
                         ("lens", ["镜头有划痕"], ["镜头有划痕"]),
                         ("rope", ["挂着黄色防丢绳"], ["系黄色防丢绳"]),
                         ("stick", ["连着自拍杆", "装在自拍杆上"], ["连自拍杆一根", "装于自拍杆上"])], R.randint(1, 3)):
            o["facts"].append(F("ac_" + x[0], x[0], x[1], x[2]))
        o["hidden"] = ["卡里是这几天滑雪的视频"] if chance(0.6) else []
        o["serial"] = {"type": "sn", "val": "RS" + digits(4) + pick("ABC") + digits(5), "o": 0.25, "f": 0.25}
        o["places"] = ["ski", "rental", "locker", "beginner", "lift", "parking", "hotel", "shuttle", "icepark", "river"]
        if force.get("special") == "helmetcam":
            hc = choose_color(["white", "black", "red", "pink", "blue"], {})
            o["facts"].append(F("helmet", hc, ["相机是装在%s头盔上的，头盔也一起丢了" % color_word(hc, "o")],
                                ["相机固定在%s滑雪头盔顶部" % color_word(hc, "f")]))
            o["fcat"] = "other"
            o["noun_f"] = ["滑雪头盔一个（顶部装有运动相机）", "头盔一个，带运动相机"]
            o["f_view"] = {"color": hc}
            o["force_fact"], o["force_slot"] = hc, "helmet"
    elif kind == "watch":
        b = choose_brand(PHONE_BRANDS, force)
        m = [b["en"].title() + " Watch 4", "Watch4", "watch 4", "W4"]
        c = choose_color(["black", "white", "silver", "pink"], force)
        o = base("electronics", kind, ["智能手表", "手表（智能的）", "运动手表"], ["智能手表一块", "电子手表一块"], b, m, c)
        st = pick([("orange", "橙色硅胶表带"), ("leather", "棕色皮表带"), ("steel", "钢表带"), ("nylon", "蓝色尼龙表带"), ("white", "白色硅胶表带")])
        o["facts"].append(F("strap", st[0], ["表带是" + st[1], st[1]], ["表带为" + st[1], st[1]]))
        if chance(0.5):
            o["facts"].append(F("dial", "dial", ["表盘是我家孩子照片", "表盘换成孩子照片了"], ["表盘显示儿童照片"], alive=True))
        if chance(0.4):
            o["facts"].append(F("wscr", "scr", ["表盘边上磕了一下"], ["表盘边缘有磕痕"]))
        o["serial"] = {"type": "sn", "val": "W4" + digits(3) + pick("ABX") + digits(6), "o": 0.15, "f": 0.35}
        if force.get("special") == "watch":
            o["fcat"] = "jewelry"
            o["noun_f"] = ["手表一块", "腕表一块"]
        o["dead"] = chance(0.5)
    elif kind == "tablet":
        b = choose_brand(PHONE_BRANDS[2:3] + PHONE_BRANDS[1:2], force)
        m = ["Pad 6", "pad6", "平板6"] if b["cn"] == "米朵" else ["Tab S", "TabS", "tab s"]
        c = choose_color(["grey", "silver", "blue", "pink"], force)
        o = base("electronics", kind, ["平板电脑", "平板", "iPad那种平板"], ["平板电脑一台", "平板一台"], b, m, c)
        x = pick([("kb", ["带蓝色键盘套"], ["套蓝色键盘保护套"]), ("kid", ["壳上贴满孩子的贴纸"], ["保护壳贴满卡通贴纸"]),
                  ("ears", ["套着兔耳朵硅胶套"], ["兔耳朵硅胶保护套"]), ("crack", ["屏幕左上角裂了"], ["屏幕左上角碎裂"])])
        o["facts"].append(F("tab_" + x[0], x[0], x[1], x[2]))
        o["hidden"] = sample(["里面下载了孩子的动画片", "有孩子的网课"], 1)
        o["serial"] = {"type": "sn", "val": "TB" + digits(4) + pick("ABC") + digits(5), "o": 0.25, "f": 0.3}
    elif kind == "camera":
        b = choose_brand(PHOTO_BRANDS, force)
        m = choose_model(b, force)
        c = choose_color(["black", "silver"], force)
        o = base("electronics", kind, ["相机", "微单相机", "照相机"], ["数码相机一台", "微单相机一台", "相机一台"], b, m, c)
        for x in sample([("strap", ["背带是彩色民族风的", "彩色织带背带"], ["彩色民族风背带", "背带为彩色织带"]),
                         ("cap", ["镜头盖丢了", "没有镜头盖"], ["无镜头盖"]),
                         ("uv", ["UV镜裂了一道", "镜头前面的UV镜有裂纹"], ["UV镜有裂纹"]),
                         ("pend", ["背带上挂个小熊", "挂着个毛绒小熊"], ["背带挂小熊挂件"]),
                         ("bag", ["装在灰色相机包里", "套着灰色内胆包"], ["装在灰色相机包内"])], R.randint(1, 2)):
            o["facts"].append(F("cam_" + x[0], x[0], x[1], x[2]))
        o["serial"] = {"type": "sn", "val": "LM" + digits(7), "o": 0.35, "f": 0.5}
        o["hidden"] = ["卡里有这次旅行的照片"] if chance(0.5) else []
    else:  # reader
        b = choose_brand(READER_BRANDS, force)
        m = choose_model(b, force)
        c = choose_color(["black", "white"], force)
        o = base("electronics", "reader", ["电子书", "电纸书", "阅读器"], ["电子阅读器一台", "电纸书一台"], b, m, c)
        t = pick(TEXTS + INITIALS)
        o["facts"].append(F("rd_cover", t, ["套着皮套，皮套上写着'%s'" % t], ["皮套上写有'%s'" % t]))
        o["serial"] = {"type": "sn", "val": "IR6" + digits(8), "o": 0.15, "f": 0.3}
    return o


def build_other(who, force):
    v = who["voice"]
    kind = force.get("kind")
    if not kind:
        opts = [("goggles", 4), ("gloves", 3), ("helmet", 2), ("jacket", 2), ("thermos", 1.5), ("board", 1.5),
                ("rentalboard", 1), ("glasses", 1.5), ("skicard", 1.2), ("hat", 1), ("skates", 0.8), ("matryoshka", 1)]
        if v == "elderly":
            opts = [("cane", 3), ("glasses", 3), ("hat", 2), ("thermos", 1), ("sled", 2)]
        if v == "instructor":
            opts = [("goggles", 3), ("gloves", 2), ("board", 2), ("helmet", 1), ("jacket", 1)]
        opts = [x for x in opts if x[0] != force.get("not_kind")]
        kind = wpick(opts)
    ski = ["ski", "rental", "locker", "beginner", "lift", "parking", "hotel", "shuttle"]
    if kind == "goggles":
        b = choose_brand(SNOW_BRANDS, force)
        m = choose_model(b, force)
        c = choose_color(["black", "white", "pink", "blue", "orange"], force)
        o = base("other", kind, ["雪镜", "滑雪镜", "护目镜"], ["滑雪镜一副", "雪镜一副", "滑雪护目镜"], b, m, c)
        ln = pick([("red", "电镀红色镜片", "镜片为红色电镀"), ("blue", "蓝色反光镜片", "蓝色反光镜片"),
                   ("yellow", "黄色夜视镜片", "黄色镜片"), ("silver", "银色镀膜片", "银色镜面镜片"), ("clear", "透明镜片", "透明镜片")])
        o["facts"].append(F("lens", ln[0], [ln[1], "镜片是" + ln[1]], [ln[2]]))
        if chance(0.5):
            x = pick([("scr", ["镜片有划痕"], ["镜片有划痕"]), ("strap", ["绑带上别着个%s徽章" % pick(["熊猫", "雪花", "五星"])], None),
                      ("box", ["装在黑色眼镜袋里"], ["装于黑色绒布袋"])])
            if x[0] == "strap":
                what = x[1][0].replace("绑带上别着个", "").replace("徽章", "")
                x = ("strap" + what, x[1], ["绑带别有%s徽章" % what])
            o["facts"].append(F("gx", x[0], x[1], x[2]))
        o["places"] = ski + ["station", "square", "bath", "stew", "street"]
    elif kind == "gloves":
        b = choose_brand(WEAR_BRANDS + SNOW_BRANDS, force) if (chance(0.7) or force.get("brand")) else None
        c = choose_color(["black", "red", "blue", "grey", "pink", "yellow"], force)
        o = base("other", kind, ["滑雪手套", "手套", "一双手套"], ["手套一双", "滑雪手套一副", "手套"], b, None, c)
        for x in sample([("right", ["只丢了右手那只"], ["仅右手一只"]), ("warmer", ["手套里塞着暖宝宝"], ["手套内有暖宝宝"]),
                         ("worn", ["虎口那磨破了"], ["虎口处磨损"]), ("rope", ["手腕上有防丢绳"], ["带腕部防丢绳"]),
                         ("name", ["里面写着名字%s" % pick(INITIALS)], None)], R.randint(1, 2)):
            if x[0] == "name":
                t = x[1][0].replace("里面写着名字", "")
                x = ("name" + t, x[1], ["内侧写有'%s'" % t])
            o["facts"].append(F("gl_" + x[0][:4], x[0], x[1], x[2]))
        o["places"] = ski + ["station", "square", "icepark", "river", "street", "market", "shuttle", "minibus"]
    elif kind == "helmet":
        b = choose_brand(SNOW_BRANDS, force)
        c = choose_color(["white", "black", "red", "pink", "blue"], force)
        o = base("other", kind, ["滑雪头盔", "头盔"], ["滑雪头盔一个", "头盔一顶"], b, None, c)
        x = pick([("stk", None, None), ("goggles", ["头盔上卡着一副雪镜"], ["头盔上卡有雪镜一副"]),
                  ("ear", ["头盔上有两个小猫耳朵"], ["头盔带猫耳装饰"]), ("scr", ["后脑勺那块磕了个坑"], ["后部有磕痕"])])
        if x[0] == "stk":
            s = stk()
            x = ("stk" + s[0], ["头盔上贴了%s贴纸" % pick(s[1])], ["头盔贴有%s贴纸" % pick(s[2])])
        o["facts"].append(F("hx", x[0], x[1], x[2]))
        o["places"] = ski
    elif kind == "jacket":
        b = choose_brand(WEAR_BRANDS, force)
        m = choose_model(b, force)
        c = choose_color(["black", "red", "navy", "white", "green", "beige"], force)
        o = base("other", kind, ["羽绒服", "长款羽绒服", "棉服"], ["羽绒服一件", "长款羽绒服一件"], b, m, c)
        size = pick(["L", "XL", "M", "170", "175/92A"])
        o["facts"].append(F("size", size, ["%s码" % size], ["尺码%s" % size], d=False))
        x = pick([("fur", ["帽子上有毛领"], ["帽子带毛领"]), ("stain", ["袖口有油渍"], ["袖口油渍"]),
                  ("pocket", ["左边兜里有%s" % pick(["一包纸巾和车钥匙", "雪票", "几个暖宝宝", "一盒烟和打火机"])], None)])
        if x[0] == "pocket":
            what = x[1][0].replace("左边兜里有", "")
            x = ("pocket" + what, x[1], ["左侧口袋内有%s" % what])
        o["facts"].append(F("jx", x[0], x[1], x[2]))
        o["places"] = ski + ["bath", "stew", "volga", "station", "hotel", "minibus", "hospital"]
    elif kind == "thermos":
        b = choose_brand(FLASK_BRANDS, force)
        m = choose_model(b, force)
        c = choose_color(["black", "pink", "white", "green", "blue", "silver"], force)
        o = base("other", kind, ["保温杯", "保温壶"], ["保温杯一个", "保温杯"], b, m, c)
        x = pick([("name", None, None), ("dent", ["杯底磕瘪了一块"], ["杯底有凹痕"]), ("tea", ["里面泡着枸杞"], ["杯内有枸杞水"]),
                  ("rope", ["杯盖上拴着个绳"], ["杯盖有提绳"])])
        if x[0] == "name":
            nm = new_name(pick("MF"))
            x = ("name" + nm, ["杯身上贴着名字贴%s" % nm], ["杯身贴有姓名贴'%s'" % nm])
        o["facts"].append(F("tx", x[0], x[1], x[2]))
    elif kind == "board":
        b = choose_brand(BOARD_BRANDS, force)
        m = choose_model(b, force)
        c = choose_color(["black", "white", "blue", "green", "orange"], force)
        o = base("other", kind, ["单板", "滑雪板", "单板滑雪板"], ["单板滑雪板一块", "滑雪板一块"], b, m, c)
        o["facts"].append(F("bind", "bind", ["固定器是%s的" % pick(["红", "黑", "白"])], None, d=False))
        bc = o["facts"][-1]["o"][0].replace("固定器是", "").replace("的", "")
        o["facts"][-1] = F("bind", bc, ["固定器是%s色的" % bc], ["%s色固定器" % bc])
        nm = new_name(pick("MF"))
        if chance(0.5):
            o["facts"].append(F("nametag", nm, ["板头贴了写我名字的贴纸（%s）" % nm], ["板头贴有姓名贴'%s'" % nm]))
        else:
            s = stk()
            o["facts"].append(F("bstk", s[0], ["板面贴了%s贴纸" % pick(s[1])], ["板面有%s贴纸" % pick(s[2])]))
        o["places"] = ski
        o["vehicle_ok"] = False
    elif kind == "rentalboard":
        c = choose_color(["black", "white", "blue"], force)
        num = "XL-%04d" % R.randint(1, 999)
        o = base("other", kind, ["租的单板", "雪场租的滑雪板", "租赁的雪板"], ["滑雪板一块（雪场租赁）", "租赁单板一块"], None, None, c)
        o["serial"] = {"type": "rental", "val": num, "o": 0.75, "f": 0.95}
        o["hidden"] = ["押金交了一千", "押金单还在我手上"]
        o["places"] = ["ski", "rental", "locker", "beginner", "lift", "parking"]
        o["vehicle_ok"] = False
    elif kind == "glasses":
        b = choose_brand(GLASS_BRANDS, force) if chance(0.4) or force.get("brand") else None
        c = choose_color(["black", "gold", "brown", "silver"], force)
        o = base("other", kind, ["眼镜", "近视眼镜", "老花镜"], ["眼镜一副", "近视眼镜一副"], b, None, c)
        x = pick([("case", ["装在红色眼镜盒里"], ["装于红色眼镜盒"]), ("tape", ["右腿缠着胶布"], ["右镜腿缠有胶布"]),
                  ("chain", ["挂着眼镜链"], ["带眼镜链"]), ("crack", ["左边镜片有道裂"], ["左镜片有裂纹"])])
        o["facts"].append(F("gl", x[0], x[1], x[2]))
    elif kind == "skicard":
        p = new_person(who if who["origin"] != "russian" else {"voice": "x", "origin": "local"})
        num = digits(4) + " " + digits(4)
        o = base("other", kind, ["雪场季卡", "滑雪季卡", "雪卡"], ["雪岭雪场季卡一张", "滑雪季卡一张"], None, None, choose_color(["blue", "white"], force))
        o["serial"] = {"type": "skicard", "val": num, "o": 0.5, "f": 0.85}
        o["facts"].append(F("name", p["name"], ["卡上是我的照片和名字%s" % p["name"]], ["卡面姓名%s，有照片" % p["name"]]))
        o["places"] = ski + ["bath", "street", "stew", "supermarket"]
    elif kind == "hat":
        b = choose_brand(WEAR_BRANDS, force) if chance(0.5) or force.get("brand") else None
        c = choose_color(["red", "grey", "white", "black", "yellow"], force)
        o = base("other", kind, ["毛线帽", "帽子", "护耳帽"], ["帽子一顶", "毛线帽一顶"], b, None, c)
        x = pick([("pom", ["顶上有个毛球"], ["帽顶带毛球"]), ("ear", ["带护耳的"], ["带护耳"]),
                  ("lei", ["雷锋帽样式的"], ["雷锋帽款"]), ("name", ["里边缝着布条写着名字"], ["内侧缝有姓名布条"])])
        o["facts"].append(F("ht", x[0], x[1], x[2]))
    elif kind == "skates":
        b = choose_brand(SKATE_BRANDS, force)
        m = choose_model(b, force)
        c = choose_color(["black", "white"], force)
        size = pick(["37", "39", "41", "42", "43"])
        o = base("other", kind, ["冰刀鞋", "冰刀"], ["冰刀鞋一双", "冰鞋一双"], b, m, c)
        o["facts"].append(F("size", size, ["%s码" % size], ["%s码" % size]))
        o["facts"].append(F("guard", "guard", ["刀套是%s的" % pick(["红", "蓝"])], None, d=False))
        gc = o["facts"][-1]["o"][0][3]
        o["facts"][-1] = F("guard", gc, ["刀套是%s色的" % gc], ["%s色刀套" % gc])
        o["places"] = ["icepark", "river", "street", "station", "minibus", "hotel"]
    elif kind == "matryoshka":
        n = pick([5, 7, 10])
        c = choose_color(["red", "blue", "gold"], force)
        o = base("other", kind, ["套娃", "俄罗斯套娃", "一盒套娃"], ["套娃一盒", "俄罗斯套娃一套"], None, None, c)
        o["facts"].append(F("ncount", str(n), ["一套%d个" % n], ["共%d个" % n]))
        o["facts"].append(F("box", "box", ["装在印着俄文的纸盒里（Матрёшка）"], ["纸盒印俄文'Матрёшка'"], d=False))
        if chance(0.6):
            pt = pick(["金色头巾", "蓝色花裙", "红头巾配向日葵", "冬宫图案"])
            o["facts"].append(F("paint", pt, ["最大那个画着%s" % pt], ["最大一个绘有%s" % pt]))
        o["places"] = ["market", "street", "station", "square", "minibus", "volga", "hotel", "supermarket"]
    elif kind == "sled":
        c = choose_color(["brown", "red"], force)
        sn = pick(SURN)
        o = base("other", kind, ["冰爬犁", "爬犁", "小爬犁"], ["冰爬犁一个", "木质爬犁一个"], None, None, c)
        o["facts"].append(F("paint", sn, ["上面用红漆写着个'%s'字" % sn], ["爬犁上红漆写'%s'" % sn]))
        o["facts"].append(F("runner", "iron", ["底下钉着铁条"], ["底部有铁条"], d=False))
        o["places"] = ["icepark", "river", "street"]
        o["vehicle_ok"] = False
    else:  # cane
        c = choose_color(["brown", "black"], force)
        o = base("other", "cane", ["拐棍", "拐杖", "手杖"], ["拐杖一根", "手杖一根"], None, None, c)
        x = pick([("cloth", ["手柄缠着布条"], ["手柄缠布条"]), ("spike", ["底下加了防滑钉"], ["底部带防滑钉"]),
                  ("bell", ["挂着个小铃铛"], ["挂小铃铛"])])
        o["facts"].append(F("cn", x[0], x[1], x[2]))
        o["places"] = ["veg", "street", "river", "hospital", "supermarket", "bath", "minibus"]
    return o


def build_cash(who, force):
    kind = force.get("kind")
    if not kind:
        opts = [("bundle", 3), ("envelope", 2), ("redpacket", 1.5), ("loose", 2), ("rubles", 1.5)]
        if who["voice"] == "trader":
            opts += [("rubles", 3), ("bundle", 2)]
        opts = [x for x in opts if x[0] != force.get("not_kind")]
        kind = wpick(opts)
    if kind == "loose":
        amt = R.randint(3, 18) * 50 + pick([0, 0, 20, 10])
    elif kind == "redpacket":
        amt = pick([200, 500, 600, 800, 1000, 1200, 2000])
    else:
        amt = R.randint(8, 60) * 100 + pick([0, 0, 50, 20])
    c = None
    o = base("cash", kind, ["现金", "钱", "一沓钱"], ["现金", "人民币现金", "现金一沓"], None, None, c)
    h = amt // 100
    d100 = h
    rest = amt - h * 100
    fin = "人民币%d元" % amt
    if h and rest:
        fin += "（100元%d张，其余零钞）" % d100
    elif h:
        fin += "（100元面额%d张）" % d100
    approx = pick(["大概%d左右" % (round(amt, -2) or amt), "%d多块" % (amt // 100 * 100) if amt >= 200 else "一百多块",
                   "差不多%d" % (round(amt, -2) or amt), "%d元" % amt])
    if who["voice"] == "trader" and chance(0.6):
        approx = "%d元整" % amt if rest == 0 else "%d元" % amt
    o["facts"].append(F("amount", str(amt), ["一共" + approx, approx + "的现金"], [fin]))
    if kind == "bundle":
        o["facts"].append(F("wrap", "rubber", ["用皮筋扎着", "拿猴皮筋捆着的"], ["用橡皮筋捆扎", "皮筋捆着"]))
    elif kind == "envelope":
        bank = pick(BANKS)
        o["facts"].append(F("wrap", "env" + bank, ["装在%s的信封里" % bank], ["装于%s信封内" % bank, "%s信封一个" % bank]))
    elif kind == "redpacket":
        t = pick(["恭喜发财", "给妞妞", "爸妈收", "新年快乐", "大吉大利"])
        o["facts"].append(F("wrap", "red" + t, ["装在红包里，红包上写着'%s'" % t], ["红包一个，上写'%s'" % t]))
        o["color"] = "red"
        o["noun_o"] = ["红包", "装钱的红包", "现金红包"]
        o["noun_f"] = ["红包一个（内有现金）", "现金红包"]
    elif kind == "rubles":
        n = R.randint(1, 6)
        o["facts"].append(F("rub", str(n), ["还有%d张5000的卢布" % n, "里面混着卢布，5000面值的%d张" % n],
                            ["另有俄罗斯卢布5000面值%d张" % n, "卢布（5000）%d张" % n]))
        o["facts"].append(F("wrap", "plastic", ["装在塑料袋里"], ["装于透明塑料袋内"]))
    else:
        o["facts"].append(F("wrap", "fold", ["对折着揣兜里的", "叠着放兜里"], ["对折的纸币", "对折现金"]))
    if chance(0.3):
        x = pick([("write", ["有张一百的上面用圆珠笔写着字"], ["其中一张百元钞有圆珠笔字迹"]),
                  ("torn", ["有张五十的缺个角"], ["一张50元缺角"]), ("tape", ["有张钱用透明胶粘过"], ["一张纸币有胶带粘补"])])
        o["facts"].append(F("note", x[0], x[1], x[2]))
    o["hidden"] = sample(["是今天卖货的钱", "是给孩子交学费的", "准备去换卢布的", "刚从银行取的", "发的工资"], 1)
    o["amount"] = amt
    return o


def build_jewelry(who, force):
    kind = force.get("kind")
    if not kind:
        opts = [("bracelet", 3), ("necklace", 3), ("jade", 2), ("amber", 1.5), ("ring", 2.5), ("earring", 1.2), ("beads", 1), ("mwatch", 1)]
        opts = [x for x in opts if x[0] != force.get("not_kind")]
        kind = wpick(opts)
    b, m = None, None
    if kind in ("bracelet", "necklace", "ring"):
        b = choose_brand(GOLD_BRANDS, force) if (chance(0.6) or force.get("brand")) else None
    if kind == "bracelet":
        c = choose_color(["gold"], force)
        g = R.randint(8, 40)
        o = base("jewelry", kind, ["金手镯", "金镯子", "足金手镯"], ["黄金手镯一只", "金色手镯一只"], b, None, c)
        o["facts"].append(F("weight", str(g), ["%d克左右" % g, "大概%d克" % g], ["称重约%d克" % (g + pick([-1, 0, 0, 1]))]))
    elif kind == "necklace":
        c = choose_color(["gold", "silver"], force)
        o = base("jewelry", kind, ["金项链", "项链"] if c == "gold" else ["银项链", "项链"], ["项链一条", "项链", "链子一条"], b, None, c)
        pend = pick([("dragon", "小龙吊坠", "龙形吊坠"), ("snake", "小蛇吊坠", "蛇形吊坠"), ("lock", "长命锁", "长命锁吊坠"),
                     ("heart", "心形吊坠", "心形吊坠"), ("buddha", "佛像吊坠", "佛像吊坠"), ("coin", "铜钱吊坠", "铜钱形吊坠")])
        o["facts"].append(F("pendant", pend[0], ["带个" + pend[1], "吊坠是" + pend[1]], ["带" + pend[2], "有" + pend[2]]))
    elif kind == "ring":
        c = choose_color(["gold", "silver"], force)
        o = base("jewelry", kind, ["戒指", "婚戒", "金戒指"] if c == "gold" else ["银戒指", "戒指"], ["戒指一枚", "戒指"], b, None, c)
    elif kind == "jade":
        c = choose_color(["green", "white"], force)
        o = base("jewelry", kind, ["玉镯子", "翡翠手镯", "玉镯"], ["玉镯一只", "手镯一只（玉质）"], None, None, c)
        o["facts"].append(F("flower", pick(["飘绿", "飘花", "无"]), ["镯子有一段飘绿", "上面有飘花"], ["带绿色飘花"]))
    elif kind == "amber":
        c = choose_color(["yellow", "orange", "brown"], force)
        o = base("jewelry", kind, ["琥珀吊坠", "蜜蜡坠子", "琥珀项链"], ["琥珀色吊坠一个", "琥珀吊坠一个"], None, None, c)
        o["facts"].append(F("label", "yantar", ["在边贸市场买的，带个俄文小票签（Янтарь）"], ["附俄文标签'Янтарь'"]))
        if chance(0.5):
            o["facts"].append(F("bug", "bug", ["里面有个小虫子"], ["内含小虫"]))
    elif kind == "earring":
        c = choose_color(["gold", "silver", "white"], force)
        o = base("jewelry", kind, ["耳环", "耳钉", "珍珠耳环"], ["耳环一只", "耳钉一只"], None, None, c)
        o["facts"].append(F("pearl", "pearl" + c, ["%s的，带颗珍珠" % color_word(c, "o")], ["%s带珍珠" % color_word(c, "f")]))
    elif kind == "beads":
        c = choose_color(["brown", "red", "black"], force)
        o = base("jewelry", kind, ["手串", "佛珠", "串珠"], ["手串一条", "佛珠手串"], None, None, c)
        n = pick([18, 21, 108])
        o["facts"].append(F("nbeads", str(n), ["%d颗珠子" % n], ["共%d颗" % n]))
    else:  # mechanical watch
        b = choose_brand(WATCH_BRANDS, force)
        m = choose_model(b, force)
        c = choose_color(["silver", "gold", "black"], force)
        o = base("jewelry", "mwatch", ["手表", "机械表", "男士手表"], ["手表一块", "机械手表一块"], b, m, c)
        o["serial"] = {"type": "sn", "val": "NS-" + digits(6), "o": 0.25, "f": 0.6}
        o["facts"].append(F("band", pick(["钢", "皮"]), ["表带是钢的"], ["钢表带"], d=False))
    if kind in ("bracelet", "ring", "necklace", "jade") and chance(0.5):
        t = pick(TEXTS)
        o["facts"].append(F("engr", t, ["内圈刻着'%s'" % t, "里面刻了字'%s'" % t], ["内侧刻字'%s'" % t, "刻有'%s'" % t]))
    if kind in ("bracelet", "ring", "necklace") and c == "gold":
        o["facts"].append(F("stamp", "999", ["足金的"], ["印有'足金999'", "内侧有'足金'字样"], d=False))
    if kind in ("bracelet", "necklace", "beads", "mwatch") and chance(0.35):
        o["facts"].append(F("clasp", "clasp", ["扣子有点松"], ["搭扣松动"]))
    o["hidden"] = sample(["是我妈给我的", "结婚时买的", "是在边贸市场买的", "戴了十几年了", "发票在家里"], R.randint(0, 1))
    o["places"] = ["bath", "hotel", "icepark", "ski", "market", "street", "hospital", "volga", "stew", "station", "veg", "river", "supermarket", "locker"]
    return o


def build_ebike(who, force):
    b = choose_brand(EBIKE_BRANDS, force)
    m = choose_model(b, force)
    c = choose_color(["white", "black", "red", "blue", "grey", "pink"], force)
    o = base("ebike", "ebike", ["电动车", "电瓶车", "电动自行车"], ["电动车一辆", "电动自行车一辆", "电瓶车一辆"], b, m, c)
    num = "%05d" % R.randint(100, 99999)
    o["serial"] = {"type": "plate", "val": "雪岭E" + num, "head": "雪岭E", "num": num, "o": 0.85, "f": 0.8}
    o["serial2"] = {"type": "frame", "val": "XLD" + digits(2) + pick("ABCKM") + digits(6), "o": 0.2, "f": 0.7}
    for x in sample([("quilt", None, None), ("grip", ["车把套是棉的", "把上套着棉把套"], ["装有棉把套"]),
                     ("basket", ["前面车筐里有个%s" % pick(["布兜子", "塑料桶", "破手套"])], None),
                     ("child", ["后座加了儿童座椅"], ["后座装儿童座椅"]), ("mirror", ["左边后视镜掉了"], ["缺左后视镜"]),
                     ("scr", ["右边刮了一道"], ["车身右侧刮痕"])], R.randint(1, 3)):
        if x[0] == "quilt":
            qc = pick(["red", "blue", "green", "black"])
            x = ("quilt" + qc, ["车把上挂着%s格子挡风被" % color_word(qc, "o")], ["装有%s格子挡风被" % color_word(qc, "f")])
        elif x[0] == "basket":
            what = x[1][0].replace("前面车筐里有个", "")
            x = ("basket" + what, x[1], ["前车筐内有%s" % what])
        o["facts"].append(F("eb_" + x[0][:4], x[0], x[1], x[2]))
    o["hidden"] = sample(["上了锁的", "电瓶是新换的", "钥匙还在我手里"], R.randint(1, 2))
    o["places"] = ["dorm", "veg", "street", "market", "hospital", "supermarket", "minibus", "bath", "station"]
    o["vehicle_ok"] = False
    o["long_find"] = True
    return o


def build_bicycle(who, force):
    v = who["voice"]
    if force.get("brand") is not None:
        b = force["brand"]
    elif v == "elderly" and force.get("not_brand") is not BIKE_BRANDS[1]:
        b = BIKE_BRANDS[1]
    else:
        b = choose_brand(BIKE_BRANDS, force)
    m = choose_model(b, force)
    c = choose_color(["black", "blue", "red", "green", "grey"], force)
    o = base("bicycle", "bike", ["自行车", "车子", "自行车（%s）" % m[0]], ["自行车一辆", "单车一辆"], b, m, c)
    o["serial"] = {"type": "frame", "val": b["en"][:2] + digits(4) + pick("ABC") + digits(5), "o": 0.15, "f": 0.6}
    for x in sample([("basket", ["前面有个铁车筐"], ["前有铁车筐"]), ("box", ["后座绑着个纸箱子"], ["后座捆纸箱"]),
                     ("seat", ["车座用布包着"], ["车座包布"]), ("bell", ["铃铛是老式的转铃"], ["老式转铃"]),
                     ("lock", ["锁是U型锁"], ["带U型锁"]), ("tape", ["横梁缠着黑胶布"], ["车梁缠黑胶布"])], R.randint(1, 3)):
        o["facts"].append(F("bk_" + x[0], x[0], x[1], x[2]))
    o["hidden"] = sample(["锁的密码是我生日", "骑了十来年了", "给孩子买的"], R.randint(0, 1))
    o["places"] = ["dorm", "veg", "street", "station", "supermarket", "hospital", "river", "minibus"]
    o["vehicle_ok"] = False
    o["long_find"] = True
    return o


BUILDERS = {"phone": build_phone, "id_doc": build_id, "wallet": build_wallet, "keys": build_keys, "bag": build_bag,
            "electronics": build_electronics, "other": build_other, "jewelry": build_jewelry, "cash": build_cash,
            "ebike": build_ebike, "bicycle": build_bicycle}

# ---------------------------------------------------------------------------------------------
# plan: lost reports per category (pairs, never handed in)
# ---------------------------------------------------------------------------------------------

PLAN = [("phone", 32, 18), ("id_doc", 21, 9), ("wallet", 18, 10), ("keys", 13, 9), ("bag", 15, 9),
        ("electronics", 16, 10), ("other", 14, 10), ("jewelry", 8, 6), ("cash", 5, 5), ("ebike", 4, 2), ("bicycle", 4, 2)]
SPECIALS = [("wallet", "cardholder"), ("electronics", "watch"), ("electronics", "helmetcam"), ("bag", "phonepouch")]

VOICES = {
    "phone": [("tourist", 5), ("instructor", 1), ("taxi_driver", 0.5), ("trader", 1), ("elderly", 1.2), ("worker", 1), ("local", 1.5), ("russian", 0.5)],
    "id_doc": [("tourist", 4), ("elderly", 1.5), ("worker", 1), ("trader", 1), ("local", 1.5), ("russian", 1), ("instructor", 0.4)],
    "wallet": [("tourist", 4), ("elderly", 1.5), ("trader", 1), ("worker", 1), ("local", 1.5), ("taxi_driver", 0.5), ("russian", 0.5)],
    "keys": [("tourist", 3), ("local", 2), ("elderly", 1.5), ("worker", 1.5), ("instructor", 0.5), ("taxi_driver", 0.5)],
    "bag": [("tourist", 5), ("trader", 0.5), ("local", 1), ("russian", 0.6), ("elderly", 0.5)],
    "electronics": [("tourist", 6), ("instructor", 1.5), ("local", 1)],
    "other": [("tourist", 6), ("instructor", 1.2), ("local", 1), ("elderly", 1)],
    "jewelry": [("tourist", 3), ("local", 2), ("elderly", 1), ("trader", 0.5), ("russian", 0.5)],
    "cash": [("trader", 2), ("elderly", 2), ("local", 1), ("tourist", 1), ("worker", 1), ("russian", 0.5), ("taxi_driver", 0.5)],
    "ebike": [("worker", 2), ("local", 2), ("trader", 1), ("elderly", 1)],
    "bicycle": [("worker", 1), ("local", 2), ("elderly", 2)],
}

VOICE_PLACES = {
    "tourist": ["ski", "rental", "locker", "beginner", "lift", "parking", "hotel", "market", "station", "square", "bath",
                "icepark", "river", "street", "volga", "stew", "shuttle", "supermarket", "minibus"],
    "instructor": ["ski", "rental", "locker", "beginner", "lift", "parking", "shuttle", "bath", "stew"],
    "taxi_driver": ["square", "street", "bath", "stew", "station", "supermarket"],
    "trader": ["market", "street", "veg", "bath", "volga", "minibus", "supermarket"],
    "elderly": ["veg", "street", "hospital", "river", "supermarket", "minibus", "bath", "icepark"],
    "worker": ["dorm", "veg", "bath", "stew", "supermarket", "minibus", "street", "hospital"],
    "local": PIDS,
    "russian": ["market", "volga", "hotel", "station", "bath", "street", "square"],
}


def choose_place(obj, voice):
    vp = VOICE_PLACES[voice]
    if obj.get("places"):
        both = [p for p in vp if p in obj["places"]]
        return pick(both or obj["places"])
    return pick(vp)


# ---------------------------------------------------------------------------------------------
# time
# ---------------------------------------------------------------------------------------------

def mins_to_dt(m):
    return NOW - datetime.timedelta(minutes=m)


def dt_to_mins(dt):
    return int((NOW - dt).total_seconds() // 60)


def loss_time(pid, lo_days=0, hi_days=26):
    h0, h1 = PL[pid]["hours"]
    for _ in range(100):
        day = NOW.date() - datetime.timedelta(days=R.randint(lo_days, hi_days))
        minute = R.randint(int(h0 * 60), int(h1 * 60) - 1)
        dt = datetime.datetime(day.year, day.month, day.day) + datetime.timedelta(minutes=minute)
        m = dt_to_mins(dt)
        if 40 <= m <= 27 * 1440:
            return m
    return 600


CN_H = {0: "十二", 1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十", 11: "十一", 12: "十二"}


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


def say_day(dt, style=None):
    style = style or pick(["md", "d", "md", "dd"])
    if style == "md":
        return "%d月%d日" % (dt.month, dt.day)
    if style == "d":
        return "%d号" % dt.day
    return "%d日" % dt.day


def say_clock(dt, loose=True):
    h12 = dt.hour % 12
    if loose:
        if dt.minute < 20:
            tail = pick(["点多", "点左右", "点来钟"])
        elif dt.minute < 45:
            tail = pick(["点半", "点半左右", "点多"])
        else:
            h12 = (dt.hour + 1) % 12
            tail = pick(["点", "点不到", "点左右"])
            return tod((dt.hour + 1) % 24) + (CN_H[h12] if pick([0, 1]) else str(h12 or 12)) + tail
        return tod(dt.hour) + (CN_H[h12] if pick([0, 1]) else str(h12 or 12)) + tail
    return "%d:%02d" % (dt.hour, dt.minute)


def say_window(lf, lt):
    a, b = mins_to_dt(lf), mins_to_dt(lt)
    span = lf - lt
    if a.date() == b.date() and span <= 16 * 60 and not (a.hour > b.hour):
        return pick(["%s%s到%s之间" % (say_day(a), say_clock(a), say_clock(b)),
                     "%s%s到%s" % (say_day(a), say_clock(a), say_clock(b)),
                     "%s%s左右" % (say_day(a), tod(a.hour))])
    if span <= 36 * 60:
        if a.date() == b.date():
            return "%s%s到%s之间" % (say_day(a), tod(a.hour), tod(b.hour))
        return "%s%s到%s%s之间" % (say_day(a), tod(a.hour), say_day(b, "d"), tod(b.hour))
    return pick(["%s到%s这几天，具体哪天说不准" % (say_day(a), say_day(b)),
                 "%s以后，记不清哪天" % say_day(a), "这两三天（%s到%s）" % (say_day(a), say_day(b))])


def say_found_time(m, desk):
    dt = mins_to_dt(m)
    if desk:
        return pick(["%d月%d日%d时%02d分" % (dt.month, dt.day, dt.hour, dt.minute),
                     "%d月%d日 %d:%02d" % (dt.month, dt.day, dt.hour, dt.minute),
                     "%d日%d时许" % (dt.day, dt.hour)])
    return say_day(dt) + say_clock(dt)


def owner_window(t, wide_ok=True):
    r = R.random()
    if r < 0.6:
        lf, lt = t + R.randint(10, 120), t - R.randint(5, 180)
    elif r < 0.9 or not wide_ok:
        lf, lt = t + R.randint(120, 600), t - R.randint(60, 900)
    else:
        lf, lt = t + R.randint(1440, 4320), t - R.randint(0, 1440)
    lt = max(0, lt)
    # nobody says "from three in the morning": start and end the window at waking hours when it is a same-day one
    a, b, tt = mins_to_dt(lf), mins_to_dt(lt), mins_to_dt(t)
    if a.hour < 6 and a.date() == tt.date():
        lf = max(t, dt_to_mins(datetime.datetime(a.year, a.month, a.day, 6, 0)))
    if b.hour < 6 and b.date() != tt.date() and lt > 0:
        lt = min(t, max(0, dt_to_mins(datetime.datetime(tt.year, tt.month, tt.day, 23, 30))))
    lf = min(MAXMIN, max(lf, lt))
    return lf, lt


def find_delay(obj):
    r = R.random()
    if obj.get("long_find"):
        if r < 0.3:
            return R.randint(60, 720)
        return R.randint(720, 6 * 1440)
    if r < 0.55:
        return R.randint(3, 180)
    if r < 0.87:
        return R.randint(180, 1440)
    return R.randint(1440, 5 * 1440)


# ---------------------------------------------------------------------------------------------
# text
# ---------------------------------------------------------------------------------------------

TYPOS = [("身份证", "身分证"), ("钱包", "钱抱"), ("手机", "手几"), ("钥匙", "钥是"), ("雪场", "雪厂"),
         ("黑色", "嘿色"), ("充电宝", "充电保"), ("耳机", "耳几"), ("捡到", "检到"), ("公园", "公圆"), ("市场", "市厂"),
         ("洗浴", "洗欲"), ("火车站", "火车占"), ("眼镜", "眼睛"), ("羽绒服", "羽容服"), ("银行卡", "银航卡"),
         ("丢了", "丢拉"), ("在", "再"), ("红色", "洪色"), ("手套", "手tao"), ("钱", "前")]


def typo(s):
    order = list(range(len(TYPOS)))
    R.shuffle(order)
    for i in order:
        a, b = TYPOS[i]
        if a in s:
            pos = s.find(a)
            return s[:pos] + b + s[pos + len(a):]
    return s


def cap(s, n):
    if len(s) <= n:
        return s
    cut = s[:n]
    for sep in ("。", "，", "；", " "):
        i = cut.rfind(sep)
        if i > n * 0.6:
            return cut[:i + 1]
    return cut


def fact_text(fact, side):
    return pick(fact["o"] if side == "o" else fact["f"])


OPENERS = {
    "tourist": ["我们一家从{city}来雪岭玩，", "跟团从{city}过来的，", "从{city}坐雪国专列来的游客，", "第一次来东北滑雪，",
                "{city}来的游客，", "", "我和朋友从{city}来旅游，"],
    "instructor": ["我是雪场的滑雪教练，", "雪场教练，", "本人在雪岭雪场当单板教练，", "我是雪场双板教练，"],
    "taxi_driver": ["我是跑出租的，", "出租车司机，", "开出租的，"],
    "trader": ["我在边贸市场卖俄罗斯货，", "在市场做买卖的，", "我在{stall}摆摊，"],
    "elderly": ["", "俺", ""],
    "worker": ["我是贮木场的工人，住宿舍，", "贮木场上班的，", "在贮木场干活，"],
    "local": ["", "本地人，", "我在镇上住，", ""],
    "russian": ["你好，我是俄罗斯人，来做生意的。", "Здравствуйте！我从海参崴来，", "我是俄罗斯游客，中文不好，"],
}
AFTER = ["回去找了一圈没有，", "问了服务台说没人交，", "回原地找过了没找着，", "打了好几遍电话，",
         "第二天一早又去问了一遍，", "跟酒店前台也说了，", "调监控说要派出所开手续，"]
COLD = ["天太冷了手都冻僵了，", "戴着厚手套没感觉到东西掉了，", "穿得太厚了兜里东西掉了都不知道，",
        "零下二十多度手机一下就冻关机了，", "羽绒服兜太浅了，"]
CLOSERS = {
    "tourist": ["麻烦帮忙留意，谢谢！", "我们后天的火车回{city}，希望尽快找到", "有人捡到请联系我，必有重谢", "", "谢谢警察同志！", "拜托了"],
    "instructor": ["麻烦了", "", "捡到的联系雪场教练部也行"],
    "taxi_driver": ["", "谢谢"],
    "trader": ["着急用，谢谢", "", "捡到的给送回来必有重谢"],
    "elderly": ["", "谁捡着了给送来"],
    "worker": ["", "麻烦了"],
    "local": ["", "谢谢", "麻烦帮着找找"],
    "russian": ["Спасибо！谢谢！", "谢谢", "Спасибо большое"],
}
LOSS_VERB = ["发现{n}不见了", "{n}就找不着了", "{n}丢了", "才发现{n}没了", "一摸兜{n}没了"]
LOSS_VERB_BIG = ["发现{n}不见了", "{n}就找不着了", "{n}丢了", "回头一看{n}没了", "才想起来{n}落下了"]
BIG_KINDS = ("board", "rentalboard", "helmet", "jacket", "sled", "cane", "skates", "tablet", "camera", "matryoshka")
ELDER_LINES = ["俺{t}在{p}把{n}整丢了，{d}", "{t}在{p}丢了{n} {d}", "丢了{n}，{p}，{d}，谁捡了给送派出所",
               "{n}丢了 {p} {t}", "在{p}丢个{n} {d}"]
HURRY_LINES = ["{t}在{p}丢了{n}，{d}", "{n}丢了，{d}，在{p}", "丢{n} {d} {p}附近", "{p}丢{n}，{d}"]
FINDER_HURRY = ["{p}捡的{n}，{d}", "拾{n} {d} {p}", "在{p}捡着个{n}，{d}", "{n}，{d}，{p}拾得"]

FINDER_WHO = {
    "instructor": ["雪场教练{s}某", "单板教练{s}教练", "雪场滑雪教练"],
    "cleaner": ["保洁员{s}大姐", "保洁阿姨", "保洁员"],
    "tourist": ["游客{s}先生", "一名南方游客", "游客{s}女士"],
    "rental_staff": ["雪具大厅工作人员", "租赁处员工{s}某", "雪具租赁处"],
    "patrol_ski": ["雪场巡逻员", "雪道巡逻队员{s}某"],
    "lift_staff": ["索道工作人员", "缆车站员工{s}某"],
    "parking": ["停车场收费员{s}师傅", "停车场管理员"],
    "hotel": ["松汤温泉酒店前台", "酒店客房服务员", "温泉酒店大堂经理{s}某"],
    "trader": ["边贸市场商户{s}某", "俄货摊主{s}姐", "市场卖巧克力的摊主"],
    "rail": ["雪岭站客运员{s}某", "火车站值班员", "车站保洁"],
    "taxi": ["出租车司机{s}师傅（车号黑C·T{n}）", "的哥{s}某（黑C·T{n}）", "出租车司机"],
    "elderly": ["一位老大爷", "市民{s}大娘", "附近居民{s}老爷子"],
    "patrol": ["巡逻辅警", "巡逻民警", "街面巡逻队员"],
    "bath": ["金汤洗浴服务员", "洗浴中心搓澡师傅{s}某", "洗浴前台", "更衣室服务员{s}某"],
    "park_staff": ["冰灯公园工作人员", "公园保安{s}某", "冰滑梯管理员"],
    "dorm_keeper": ["宿舍管理员{s}大爷", "贮木场宿管"],
    "worker": ["贮木场工人{s}某", "木材厂职工"],
    "veg_trader": ["菜市场摊主{s}大姐", "卖冻货的{s}某", "豆腐摊老板"],
    "minibus": ["中巴车司机{s}某", "接驳车司机", "客运站工作人员"],
    "waiter": ["餐厅服务员", "店员{s}某", "饭店老板娘"],
    "hospital": ["医院保安{s}某", "急诊导医", "医院保洁"],
    "cashier": ["超市收银员", "万家福超市员工{s}某"],
}
FINDER_EXTRA = ["拾得时周围无人。", "在原地等了半小时无人认领。", "先交到前台，未有人认领后送来。",
                "已在店内群里发过消息。", "拾得人称看见一名穿红色羽绒服的游客在附近停留过。"]
HANDLING = ["已交阳光坐席暂存。", "已登记待认领。", "", "物品已封存。", "拾得人未留联系方式。", "", "已拍照存档。"]


def finder_who(fv, place):
    if fv == "far":
        return place["far_who"]
    return pick(FINDER_WHO[fv]).format(s=pick(SURN), n=digits(4))


def describe(obj, side, voice, use):
    """'黑色曜石Y30 Pro手机' style phrase; use = which of color/brand/model words to include."""
    noun = pick(obj["noun_o"] if side == "o" else obj["noun_f"])
    col = use.get("color")
    if col and (col[0] in noun or col.rstrip("的色") in noun):
        col = None
    parts = [p_ for p_ in (col, use.get("brand"), use.get("model")) if p_]
    if parts and noun.startswith("一"):
        noun = noun[2:]
    s = ""
    for p_ in parts:
        if s and s[-1].isascii() and p_[0].isascii():
            s += " "
        s += p_
    if len(parts) == 1 and col and not s.endswith("的") and chance(0.3):
        s += "的"
    return s + noun


FILL_W = {"o": [("full", 0.33), ("mixed", 0.37), ("sparse", 0.2), ("hurried", 0.1)],
          "f": [("full", 0.4), ("mixed", 0.35), ("sparse", 0.15), ("hurried", 0.1)]}
FIELD_P = {"full": dict(color=0.9, brand=0.85, model=0.6, serial=0.9, marks=0.9, address=0.95, ll=0.8, fact=0.75),
           "mixed": dict(color=0.5, brand=0.5, model=0.35, serial=0.6, marks=0.5, address=0.85, ll=0.5, fact=0.6),
           "sparse": dict(color=0.15, brand=0.1, model=0.05, serial=0.25, marks=0.15, address=0.6, ll=0.3, fact=0.5),
           "hurried": dict(color=0.1, brand=0.05, model=0.0, serial=0.05, marks=0.0, address=0.4, ll=0.2, fact=0.3)}


def knows(obj, side, fill):
    """What one side knows and chooses to mention: brand/model/colour words, serials, fact phrases."""
    voice = obj["_voice_" + side]
    k = {}
    view = obj
    if side == "f" and obj.get("f_view"):
        view = dict(obj)
        view.update(obj["f_view"])
    if view["color"]:
        k["color"] = color_word(view["color"], side, obj["cat"])
    if view["brand"]:
        p_know = 0.9 if side == "o" else 0.75
        if obj["cat"] in ("ebike", "bicycle", "jewelry"):
            p_know = 0.8 if side == "o" else 0.85
        if voice == "elderly" and side == "o":
            p_know = 0.5
        if chance(p_know):
            k["brand"] = brand_word(view["brand"], side, voice)
    if view["model"]:
        p_know = 0.75 if side == "o" else 0.3
        if obj["cat"] in ("electronics", "other", "ebike") and side == "f":
            p_know = 0.45
        if voice == "elderly":
            p_know = 0.2
        if chance(p_know):
            k["model"] = model_word(view["model"])
    ser = []
    for s in (obj["serial"], obj["serial2"]):
        if not s:
            continue
        if side == "f" and s["type"] == "imei" and obj.get("dead"):
            continue
        if chance(s[side]):
            ser.append((s["type"], fmt_serial(s, side)))
    k["serials"] = ser
    facts = []
    facts_src = []
    pf = FIELD_P[fill]["fact"]
    force_k = obj.get("force_fact")
    for f in obj["facts"]:
        if side == "f" and (f["f"] is None or (f["alive"] and obj.get("dead"))):
            continue
        if (force_k and f["k"] == force_k and f["slot"] == obj.get("force_slot")) or chance(pf if f["d"] else pf * 0.6):
            facts.append(fact_text(f, side))
            facts_src.append(f)
    # things inside a bag are written as one list
    items = [i for i, f in enumerate(facts_src) if f.get("item")]
    if len(items) > 1:
        first = items[0]
        merged = "、".join(facts[i] for i in items)
        merged = ("里面有" if side == "o" else pick(["内有", "包内有"])) + merged
        facts = [merged if i == first else t for i, t in enumerate(facts) if i == first or i not in items]
    elif len(items) == 1:
        i = items[0]
        facts[i] = ("里面有" if side == "o" else "内有") + facts[i]
    if fill == "hurried":
        # a hurried line keeps at most one detail (the forced one if any)
        keep = [fact_text(f, side) for f in obj["facts"] if force_k and f["k"] == force_k and f["slot"] == obj.get("force_slot")
                and (side == "o" or f["f"])]
        facts = keep or facts[:1]
    k["facts"] = facts
    if side == "o":
        k["hidden"] = [h for h in obj["hidden"] if chance(0.55 if fill != "hurried" else 0.1)]
    else:
        k["state"] = obj["state_f"] if chance(0.7) else []
    return k


SER_LABEL = {
    "o": {"imei": "IMEI", "id": "身份证号", "card": "卡号", "sn": "序列号", "frame": "车架号", "plate": "车牌",
          "passport": "护照号", "rupass": "护照号", "student": "学号", "work": "工号", "rental": "租赁编号",
          "room": "房号", "tag": "门牌", "skicard": "卡号", "elder": "证号", "border": "证号"},
    "f": {"imei": "拨*#06#显示IMEI", "id": "证号", "card": "卡号", "sn": "机身编号", "frame": "车架号", "plate": "号牌",
          "passport": "护照号", "rupass": "护照号", "student": "学号", "work": "工号", "rental": "雪板编号",
          "room": "房号", "tag": "号码牌", "skicard": "卡号", "elder": "证号", "border": "证号"},
}


def serial_text(st, side):
    typ, txt = st
    if any(w in txt for w in ("号", "尾", "IMEI", "车架", "牌照", "SN", "S/N", "卡号", "房", "工号", "学号", "雪板", "编号")):
        return txt
    lab = SER_LABEL[side].get(typ, "编号")
    return lab + (" " if lab[-1].isascii() else "") + txt


def fill_fields(rec, k, fill, obj, side):
    fp = FIELD_P[fill]
    used = {}
    if "color" in k and chance(fp["color"]):
        rec["color"] = k["color"]
        used["color"] = True
    if "brand" in k and chance(fp["brand"]):
        rec["brand"] = k["brand"]
        used["brand"] = True
    if "model" in k and chance(fp["model"]):
        rec["model"] = k["model"]
        used["model"] = True
    if k["serials"] and chance(fp["serial"]):
        rec["serial"] = k["serials"][0][1]
        used["serial"] = True
    if k["facts"] and chance(fp["marks"]):
        rec["marks"] = cap("，".join(k["facts"]), 500)
        used["marks"] = True
    return used


def render_lost(obj, sc):
    voice = obj["_voice_o"]
    who = obj["_who"]
    fill = wpick(FILL_W["o"])
    if voice == "elderly" and chance(0.55):
        fill = "hurried"
    if voice == "russian" and fill == "full":
        fill = "mixed"
    k = knows(obj, "o", fill)
    rec = {"category": obj["cat"]}
    used = fill_fields(rec, k, fill, obj, "o")
    # address
    pid = sc["o_pid"]
    sub = pick(PL[pid]["subs"]) if chance(0.5) else None
    addr = place_name(pid, sub)
    if sc.get("mode") == "taxi" and chance(0.5):
        addr = pick(["出租车上", "出租车上（%s上车）" % place_name(sc["route"][0]), "%s到%s的出租车上" % (place_name(sc["route"][0]), place_name(sc["route"][1]))])
    if sc.get("mode") == "bus" and chance(0.5):
        addr = pick(["雪场接驳车上", "中巴车上", "%s的中巴上" % place_name("minibus")])
    if chance(FIELD_P[fill]["address"]) and not sc.get("o_vague"):
        rec["address"] = cap(addr, 60)
    if chance(FIELD_P[fill]["ll"]) and not sc.get("o_vague"):
        rec["lat"], rec["lon"] = latlon(pid, 250)
    lf, lt = sc["lf"], sc["lt"]
    use_c = {"color": k.get("color") if ("color" not in used or chance(0.6)) else None,
             "brand": k.get("brand") if ("brand" not in used or chance(0.5)) else None,
             "model": k.get("model") if ("model" not in used or chance(0.4)) else None}
    desc = describe(obj, "o", voice, use_c)
    noun = pick(obj["noun_o"])
    t_txt = say_window(lf, lt)
    pl_txt = place_name(pid, sub if chance(0.5) else None)
    facts = k["facts"] if ("marks" not in used or chance(0.5)) else sample(k["facts"], min(1, len(k["facts"])))
    ser_txt = ""
    if k["serials"] and ("serial" not in used or chance(0.3)):
        ser_txt = serial_text(k["serials"][-1], "o")
    if fill == "hurried":
        d = "，".join([x for x in [k.get("color"), (facts[0] if facts else None)] if x]) or pick(["别的记不清了", "就这些"])
        tt = say_day(mins_to_dt(lf), "d") + (tod(mins_to_dt(lf).hour) if chance(0.5) else "")
        line = pick(ELDER_LINES if voice == "elderly" else HURRY_LINES)
        body = line.format(t=tt, p=place_name(pid, typo=chance(0.3)), n=noun, d=d)
        if ser_txt and chance(0.5):
            body += " " + ser_txt
        body = typo(body)
    else:
        op = pick(OPENERS[voice]).format(city=who.get("city", "外地"), stall=pick(["边贸市场B区23号", "菜市场东头", "俄货市场二楼"]))
        cold = pick(COLD) if voice == "tourist" and chance(0.45) else ""
        closer = pick(CLOSERS[voice]).format(city=who.get("city", "家"))
        act = pick(PL[pid]["acts"])
        big = obj["cat"] in ("bag", "ebike", "bicycle") or obj["kind"] in BIG_KINDS
        lv = pick(LOSS_VERB_BIG if big else LOSS_VERB).format(n=noun)
        if sc.get("mode") == "taxi":
            a, b = sc["route"]
            story = "%s从%s打车去%s，下车后%s，估计落在出租车上了" % (t_txt, place_name(a), place_name(b), lv)
            if chance(0.5):
                story += "，车是%s的" % pick(["绿色", "黄绿色", "白色"]) + pick(["出租车", "捷达", "的士"]) + pick(["，没要发票", "，车牌没记住", "，司机是个中年男的", ""])
        elif sc.get("mode") == "bus":
            story = "%s坐%s，下车后%s，可能落车上了" % (t_txt, pick(["雪场接驳车", "去雪场的大巴", "中巴"]), lv)
        elif obj["cat"] in ("ebike", "bicycle"):
            story = "%s把%s停在%s%s，回来车就没了" % (t_txt, noun, place_name(pid), pick(["门口", "边上", "车棚", "路边", ""]))
            if chance(0.4):
                story += pick(["，找了一圈没找着", "，问了旁边的人都说没看见"])
        elif sc.get("o_vague"):
            other = place_name(sc["o_alt"])
            story = "%s去过%s和%s，%s，不知道丢在哪了" % (t_txt, place_name(pid), other, lv)
        else:
            if chance(0.7):
                story = "%s在%s，%s，%s%s" % (t_txt, pl_txt, act.replace("在" + PL[pid]["names"][0], "").lstrip("在") or act, cold, lv)
            else:
                story = "%s%s，%s%s" % (t_txt, act, cold, lv)
        if chance(0.3):
            story += "，" + pick(AFTER).rstrip("，")
        tmpl = R.random()
        detail = "，".join(facts)
        hid = "，".join(k["hidden"])
        if tmpl < 0.5:
            body = "%s%s。丢的是%s" % (op, story, desc)
            if ser_txt:
                body += "，" + ser_txt
            body += "。"
            if detail:
                body += detail + "。"
            if hid:
                body += hid + "。"
        elif tmpl < 0.8:
            body = "%s丢失%s。%s" % (op, desc, story + "。")
            if detail:
                body += "特征：" + detail + "。"
            if ser_txt:
                body += ser_txt + "。"
            if hid:
                body += hid + "。"
        else:
            body = "%s%s" % (op, desc)
            if detail:
                body += "（" + detail + "）"
            body += "，" + story + "。"
            if hid:
                body += hid + "。"
            if ser_txt:
                body += ser_txt + "。"
        body += closer
        body = body.replace("。。", "。").replace("，，", "，").replace("，。", "。")
        if voice == "russian" and chance(0.6):
            body = body.replace("丢失", "丢了").replace("估计", "可能")
        if chance(0.08):
            body = typo(body)
    rec["body"] = cap(body, 600)
    rec["lost_from_min"] = lf
    rec["lost_to_min"] = lt
    return rec


def short_noun(n):
    n = n.split("（")[0]
    for q in "本张个部台副串双件块把只枚条顶辆盒套根一":
        if n.endswith("一" + q):
            return n[:-2]
    return n


def render_found(obj, fs, neg=None):
    """fs: finder scene dict: pid, sub, fv (finder voice), found_at, taxi"""
    fill = wpick(FILL_W["f"])
    if fs["fv"] == "elderly" and chance(0.5):
        fill = "hurried"
    obj["_voice_f"] = fs["fv"]
    k = knows(obj, "f", fill)
    rec = {"category": obj["fcat"]}
    used = fill_fields(rec, k, fill, obj, "f")
    pid = fs["pid"]
    sub = fs.get("sub")
    addr = fs.get("addr") or place_name(pid, sub)
    if chance(FIELD_P[fill]["address"]) or fill == "full":
        rec["address"] = cap(addr, 60)
    if chance(FIELD_P[fill]["ll"] + 0.15):
        rec["lat"], rec["lon"] = latlon(pid, 60)
    use_c = {"color": k.get("color") if ("color" not in used or chance(0.6)) else None,
             "brand": k.get("brand") if ("brand" not in used or chance(0.5)) else None,
             "model": k.get("model") if ("model" not in used or chance(0.4)) else None}
    desc = describe(obj, "f", fs["fv"], use_c)
    facts = k["facts"] if ("marks" not in used or chance(0.5)) else sample(k["facts"], min(1, len(k["facts"])))
    ser_txt = ""
    if k["serials"] and ("serial" not in used or chance(0.35)):
        ser_txt = serial_text(k["serials"][-1], "f")
    who = finder_who(fs["fv"], PL[pid])
    ftime = say_found_time(fs["found_at"], desk=chance(0.6))
    state = "，".join(k.get("state", []))
    pl_txt = addr if chance(0.6) else place_name(pid)
    if fill == "hurried":
        d = "，".join([x for x in [k.get("color"), (facts[0] if facts else None)] if x]) or pick(["无其他特征", "别的没看"])
        noun = short_noun(pick(obj["noun_f"]))
        body = pick(FINDER_HURRY).format(p=place_name(pid, typo=chance(0.3)), n=noun, d=d)
        if ser_txt and chance(0.5):
            body += " " + ser_txt
        body = typo(body)
    else:
        detail = "，".join(facts)
        t = R.random()
        if fs.get("taxi"):
            where = pick(["在车辆后座", "在副驾驶座位缝里", "在后排脚垫上", "收车时在后座"])
            body = "%s交来：%s%s发现乘客遗落的%s" % (who, ftime, where, desc)
            if fs.get("taxi_txt"):
                body += "，" + fs["taxi_txt"]
            body += "。"
            if detail:
                body += detail + "。"
        elif fs.get("bus"):
            body = "%s交来：%s在%s上发现乘客遗落%s。" % (who, ftime, pick(["接驳车", "中巴车", "班车"]), desc)
            if detail:
                body += detail + "。"
        elif t < 0.45:
            body = "%s交来，称于%s在%s拾得%s。" % (who, ftime, pl_txt, desc)
            if detail:
                body += "特征：" + detail + "。"
        elif t < 0.75:
            body = "%s，%s在%s捡到%s" % (ftime, who, pl_txt, desc)
            body += ("，" + detail + "。") if detail else "。"
        else:
            body = "拾得物：%s。" % desc
            if detail:
                body += detail + "。"
            body += "拾得地点：%s；拾得时间：%s；交来人：%s。" % (pl_txt, ftime, who)
        if ser_txt:
            body += ser_txt + "。"
        if state:
            body += state + "。"
        if chance(0.15):
            body += pick(FINDER_EXTRA)
        body += pick(HANDLING)
        body = body.replace("。。", "。").replace("，，", "，")
        if chance(0.05):
            body = typo(body)
    if obj["fcat"] in ("ebike", "bicycle"):
        body = (body.replace("拾得物：", "无主车辆：").replace("捡到", "发现").replace("拾得地点", "发现地点")
                .replace("拾得时间", "发现时间").replace("拾得人", "发现人").replace("拾得", "发现").replace("捡的", "停着的")
                .replace("捡着个", "发现").replace("拾", "发现"))
        if chance(0.6):
            body += pick(["车身积雪较厚，疑似长时间停放。", "电瓶已被拆走。", "未上锁。", "已拖回所里。", "周边商户称停放多日无人认领。"])
    rec["body"] = cap(body, 600)
    rec["found_at_min"] = fs["found_at"]
    if neg:
        rec["negative"] = neg
    return rec


# ---------------------------------------------------------------------------------------------
# scenes
# ---------------------------------------------------------------------------------------------

def make_scene(obj, voice):
    pid = choose_place(obj, voice)
    sc = {"pid": pid}
    mode = "at"
    if obj["vehicle_ok"] and chance(0.14 if voice == "tourist" else 0.07):
        mode = pick(["taxi", "taxi", "bus"])
    sc["mode"] = mode
    if mode == "taxi":
        a = {"locker": "ski", "rental": "ski", "beginner": "parking", "lift": "parking"}.get(pid, pid)
        b = pick([x for x in VOICE_PLACES[voice] if x != a and x not in ("lift", "beginner", "locker", "rental")])
        if voice == "tourist" and chance(0.4):
            a, b = "square", pick(["hotel", "ski", "market", "bath", "icepark", "street"])
        sc["route"] = (a, b)
        sc["o_pid"] = pick([a, b])
        pid = b
    elif mode == "bus":
        sc["o_pid"] = pick(["shuttle", "minibus", "ski", "parking"])
        pid = sc["o_pid"]
    else:
        r = R.random()
        if r < 0.66 or not NEAR[pid]:
            sc["o_pid"] = pid
        elif r < 0.92:
            sc["o_pid"] = pick(NEAR[pid])
        else:
            sc["o_pid"] = pid
            sc["o_vague"] = True
            sc["o_alt"] = pick(NEAR[pid] or PIDS)
    sc["pid"] = pid
    t = loss_time(pid)
    sc["t"] = t
    sc["lf"], sc["lt"] = owner_window(t)
    return sc


def snap(m, pid, direction, lo, hi):
    """Move a finding time (minutes before NOW) to the hours when someone would be at pid to find it;
    try the other direction when the bounds leave no room."""
    r = snap1(m, pid, direction, lo, hi)
    if r is None:
        r = snap1(m, pid, "earlier" if direction == "later" else "later", lo, hi)
    return min(max(m, lo), hi) if r is None else r


def snap1(m, pid, direction, lo, hi):
    h0, h1 = PL[pid]["hours"]
    h0, h1 = max(0.0, h0 - 1.5), min(24.0, h1 + 1.0)
    for step in range(0, 24 * 6 + 1):
        cand = m - step * 10 if direction == "later" else m + step * 10
        if cand < lo or cand > hi:
            break
        dt = mins_to_dt(cand)
        if h0 <= dt.hour + dt.minute / 60.0 <= h1:
            if step == 0:
                return cand
            # not always the first minute the place opens
            more = R.randint(0, 240)
            c2 = cand - more if direction == "later" else cand + more
            d2 = mins_to_dt(c2)
            if lo <= c2 <= hi and h0 <= d2.hour + d2.minute / 60.0 <= h1:
                return c2
            return cand
    return None


def near_place(obj, pid):
    pool = [pid] + NEAR[pid]
    if obj.get("places"):
        pool = [p_ for p_ in pool if p_ in obj["places"]] or [pid]
    return pick(pool)


def finder_sub(obj, pid):
    if obj["cat"] in ("ebike", "bicycle"):
        return pick(["门口", "路边", "门前", None, None]) if not PL[pid]["far"] else None
    return pick(PL[pid]["subs"]) if chance(0.6) else None


def finder_scene(obj, sc):
    pid = sc["pid"]
    fs = {}
    if sc["mode"] == "taxi":
        fs["fv"] = "taxi"
        fs["taxi"] = True
        fs["pid"] = pick([sc["route"][1], sc["route"][1], "square"])
        fs["addr"] = pick(["出租车内", "出租车上（%s附近）" % place_name(fs["pid"]), place_name(fs["pid"])])
        if chance(0.5):
            fs["taxi_txt"] = "称该乘客从%s上车" % place_name(sc["route"][0]) if chance(0.5) else "乘客在%s下车" % place_name(sc["route"][1])
    elif sc["mode"] == "bus":
        fs["fv"] = "minibus"
        fs["bus"] = True
        fs["pid"] = pick(["shuttle", "minibus", "parking"])
    else:
        if chance(0.72) or not NEAR[pid]:
            fs["pid"] = pid
        else:
            fs["pid"] = pick(NEAR[pid])
            if obj["cat"] in ("ebike", "bicycle"):
                fs["pid"] = pick(NEAR[pid])
        fv = pick(PL[fs["pid"]]["finders"])
        if obj["cat"] in ("ebike", "bicycle") and chance(0.6):
            fv = "patrol"
        fs["fv"] = fv
        fs["sub"] = finder_sub(obj, fs["pid"])
    fat = max(0, sc["t"] - find_delay(obj))
    if sc["mode"] == "at":
        fat = snap(fat, fs["pid"], "later", 0, sc["t"])
    fs["found_at"] = fat
    return fs


# ---------------------------------------------------------------------------------------------
# build the set
# ---------------------------------------------------------------------------------------------

def new_object(cat, voice, force=None):
    who = person_who(voice)
    COLOR_MISS[0] = False
    obj = BUILDERS[cat](who, force or {})
    obj["_color_miss"] = COLOR_MISS[0]
    obj["_who"] = who
    obj["_voice_o"] = voice
    return obj


EXPLAIN = []


def main(out_path, explain=False):
    lost_items = []  # dicts: obj, sc, pair(bool)
    specials = list(SPECIALS)
    for cat, npair, nnull in PLAN:
        for i in range(npair + nnull):
            pair = i < npair
            voice = wpick(VOICES[cat])
            force = {}
            for s in specials:
                if s[0] == cat and pair:
                    force["special"] = s[1]
                    specials.remove(s)
                    if s[1] in ("watch", "helmetcam", "phonepouch"):
                        voice = "tourist"
                    break
            obj = new_object(cat, voice, force)
            sc = make_scene(obj, voice)
            lost_items.append({"obj": obj, "sc": sc, "pair": pair, "cat": cat, "force": force})
    assert not specials

    # ---- choose negative targets before anything is written
    pairs = [x for x in lost_items if x["pair"]]
    nulls = [x for x in lost_items if not x["pair"]]
    taken = []

    def take(pool, n, cond):
        cand = [x for x in pool if cond(x) and not any(x is t for t in taken)]
        got = sample(cand, n)
        if len(got) < n:
            more = [x for x in pool if cond(x) and not any(x is g for g in got)]
            got += sample(more, n - len(got))
        taken.extend(got)
        return got

    def twinable(x):
        o = x["obj"]
        if o["cat"] in ("cash",) or o["fcat"] != o["cat"]:
            return False
        return any(f["d"] and f["f"] and not f["alive"] for f in o["facts"])

    def make_twin(x):
        o = x["obj"]
        cands = [f for f in o["facts"] if f["d"] and f["f"] and not f["alive"]]
        R.shuffle(cands)
        force = {"kind": o["kind"], "brand": o["brand"], "model": o["model"], "color": o["color"]}
        for f in cands:
            for _ in range(30):
                t = new_object(o["cat"], o["_voice_o"], force)
                tf = [g for g in t["facts"] if g["slot"] == f["slot"] and g["f"] and g["k"] != f["k"]]
                if tf:
                    # one visible detail in which the two differ is written on both sides of the real pair
                    o["force_fact"], o["force_slot"] = f["k"], f["slot"]
                    t["force_fact"], t["force_slot"] = tf[0]["k"], f["slot"]
                    x["twin"] = t
                    return True
        return False

    negs = []
    pool = [x for x in pairs if twinable(x)]
    R.shuffle(pool)
    for x in pool:
        if len(negs) == 30:
            break
        if make_twin(x):
            negs.append(("near_twin", x))
            taken.append(x)
    assert len(negs) == 30
    for x in take(nulls, 18, lambda x: True) + take(pairs, 12, lambda x: x["obj"]["fcat"] == x["obj"]["cat"]):
        negs.append(("found_before_loss", x))
    for x in take(nulls, 16, lambda x: x["obj"]["brand"] is not None) + take(pairs, 12, lambda x: x["obj"]["brand"] is not None and x["obj"]["fcat"] == x["obj"]["cat"]):
        negs.append(("same_brand_elsewhere", x))
    for x in take(nulls, 20, lambda x: x["obj"]["color"] is not None) + take(pairs, 12, lambda x: x["obj"]["color"] is not None and x["obj"]["fcat"] == x["obj"]["cat"]):
        negs.append(("same_category_colour", x))

    # ---- render lost reports and true found items
    found_recs = []
    for x in lost_items:
        o = x["obj"]
        x["lost"] = render_lost(o, x["sc"])
        if x["pair"]:
            fs = finder_scene(o, x["sc"])
            if fs["found_at"] > x["lost"]["lost_from_min"]:
                fs["found_at"] = x["lost"]["lost_from_min"]
            x["fs"] = fs
            x["found"] = render_found(o, fs)
            found_recs.append(x["found"])

    # ---- negatives
    for lab, x in negs:
        o, sc = x["obj"], x["sc"]
        cat = o["cat"]
        voice = o["_voice_o"]
        lr = x["lost"]
        lf, lt = lr["lost_from_min"], lr["lost_to_min"]
        if lab == "near_twin":
            t = x["twin"]
            fpid = x["fs"]["pid"] if chance(0.5) else near_place(t, sc["pid"])
            fat = max(0, min(lf, sc["t"]) - R.randint(10, 2880))
            fat = snap(fat, fpid, "later", 0, lf)
        elif lab == "found_before_loss":
            force = {"kind": o["kind"], "brand": o["brand"], "color": o["color"]}
            if chance(0.5):
                force["model"] = o["model"]
            t = new_object(cat, voice, force)
            fpid = near_place(t, sc["pid"])
            fat = min(MAXMIN, lf + R.randint(180, 6 * 1440))
            fat = snap(fat, fpid, "earlier", lf + 60, MAXMIN)
        elif lab == "same_brand_elsewhere":
            force = {"kind": o["kind"], "brand": o["brand"]}
            if chance(0.5):
                force["color"] = o["color"]
            t = new_object(cat, voice, force)
            fpid = pick(FAR_IDS)
            if chance(0.5) and lt > 2 * 1440:
                fat = snap(R.randint(0, lt - 2 * 1440), fpid, "later", 0, lt - 1440)
            else:
                fat = min(MAXMIN, lf + R.randint(2 * 1440, 9 * 1440))
                fat = snap(fat, fpid, "earlier", lf + 1440, MAXMIN)
        else:  # same_category_colour
            t = None
            for attempt in range(80):
                force = {"color": o["color"], "not_brand": o["brand"]}
                if attempt < 50 and (o["brand"] is not None or chance(0.6)):
                    force["not_kind"] = o["kind"]
                cand = new_object(cat, voice, force)
                if cand["_color_miss"] or cand["color"] != o["color"]:
                    continue
                t = cand
                if cand["kind"] != o["kind"] or o["brand"] is None or cand["brand"] is not o["brand"]:
                    break
            if t is None:
                raise SystemExit("no same-colour object for %s/%s/%s" % (cat, o["kind"], o["color"]))
            fpid = near_place(t, sc["pid"])
            fat = max(0, lf - R.randint(30, 3 * 1440))
            fat = snap(fat, fpid, "later", 0, lf)
        fs = {"pid": fpid, "found_at": fat, "sub": finder_sub(t, fpid)}
        fs["fv"] = "far" if PL[fpid]["far"] else pick(PL[fpid]["finders"])
        if cat in ("ebike", "bicycle") and not PL[fpid]["far"] and chance(0.6):
            fs["fv"] = "patrol"
        t["_voice_o"] = voice
        if t["fcat"] != cat:  # negatives keep the category of their target
            t["fcat"] = cat
        found_recs.append(render_found(t, fs, neg=lab))
        EXPLAIN.append((lab, x["lost"], found_recs[-1]))

    # ---- keys and order
    order_f = list(range(len(found_recs)))
    R.shuffle(order_f)
    for n, i in enumerate(order_f):
        found_recs[i]["key"] = "%s-F%04d" % (PFX, n + 1)
    order_l = list(range(len(lost_items)))
    R.shuffle(order_l)
    for n, i in enumerate(order_l):
        lost_items[i]["lost"]["key"] = "%s-L%04d" % (PFX, n + 1)
    for x in lost_items:
        x["lost"]["truth"] = x["found"]["key"] if x["pair"] else None

    FORDER = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon"]

    def ordered(rec, tail):
        out = {}
        for k_ in FORDER + tail:
            if k_ in rec:
                out[k_] = rec[k_]
        return out

    lost_out = sorted((ordered(x["lost"], ["lost_from_min", "lost_to_min", "truth"]) for x in lost_items), key=lambda r: r["key"])
    found_out = sorted((ordered(r, ["found_at_min", "negative"]) for r in found_recs), key=lambda r: r["key"])
    doc = {"seed": SEED, "made_by": "tests/lostfound/make_%s.py" % PART,
           "parts": {PART: {"found": found_out, "lost": lost_out}}}
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    if explain:
        for lab, lr, fr in EXPLAIN:
            print("%-21s %s -> %s" % (lab, fr["key"], lr["key"]))
    print("wrote %s: %d lost (%d with a true found item, %d never handed in), %d found (%d negatives)" % (
        out_path, len(lost_out), sum(1 for r in lost_out if r["truth"]), sum(1 for r in lost_out if not r["truth"]),
        len(found_out), sum(1 for r in found_out if "negative" in r)))


if __name__ == "__main__":
    # python3 make_set134.py [out.json] [--explain]   (--explain lists which report each negative was built against)
    args = [a for a in sys.argv[1:] if a != "--explain"]
    main(args[0] if args else os.path.join(HERE, PART + ".json"), explain="--explain" in sys.argv[1:])
