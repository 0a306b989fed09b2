#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""make_set79.py -- writes set79.json, a blind labelled lost-and-found set.

World: the Xitou (溪头) factory district of Chengwan (澄湾市), an invented
southern coastal manufacturing city.  Electronics and garment factories,
migrant workers' dormitories, shift changes at 8:00 and 20:00, canteens,
night markets, a logistics park and a long-distance bus station in the
run-up to the Spring Festival.

Every object is first drawn as a hidden truth record; the lost report and
the found registration are then written separately from it, each in its
own voice and each knowing only what that person would know.  Every name,
place, model and number is invented.  ID numbers carry GB 11643 check
digits, IMEIs Luhn digits; bank cards appear only as tails or masks.

Standard library only, one random.Random(SEED); output is identical on
every run and under any PYTHONHASHSEED (no set or hash order is drawn from).
"""
import copy
import datetime
import json
import os
import random
import re
import sys

SEED = 7979
PFX = "S79"
PART = "set79"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set79.json")
R = random.Random(SEED)

N_PAIRS = 150          # lost reports whose object is handed in
N_NEVER = 90           # lost reports whose object never turns up
NEG_PLAN = [           # hard-negative found items: (label, count)
    ("same_category_colour", 24),
    ("found_before_loss", 18),
    ("same_brand_elsewhere", 15),
    ("twin", 16),
    ("near_serial", 16),
    ("same_spot_other_item", 13),
    ("same_name_other_person", 9),
    ("spring_rush_lookalike", 9),
]
MAX_CROSS = 4          # true pairs filed under two different categories
T0 = datetime.datetime(2025, 1, 23, 21, 30)   # the moment of registration
MAX_MIN = 172800
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag",
        "cash", "jewelry", "electronics", "other"]
QUOTA = {"id_doc": 36, "phone": 44, "wallet": 25, "keys": 24, "ebike": 20,
         "bicycle": 8, "bag": 26, "cash": 12, "jewelry": 10,
         "electronics": 20, "other": 15}


# ----------------------------------------------------------------- basics
def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def wpick(pairs):
    """pairs: list of (item, weight)."""
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


TACS = ["86412307", "86753902", "86921544", "35830917", "86604218",
        "86139950", "35277461", "86880235", "86247713", "86511096"]


def make_imei(tac=None):
    body = (tac or pick(TACS)) + digits(6)
    return body + luhn_digit(body)


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(s17):
    return ID_C[sum(int(a) * b for a, b in zip(s17, ID_W)) % 11]


def make_idno(prov_code, birth, male):
    area = prov_code + "%02d" % R.randint(1, 12) + "%02d" % R.randint(21, 29)
    seq = "%02d" % R.randint(0, 99) + str(pick([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8]))
    s17 = area + birth.strftime("%Y%m%d") + seq
    return s17 + id_check(s17)


def near_idno(idno):
    """Same area, birth year and sex; another day or sequence, valid check."""
    s = idno[:17]
    while True:
        if chance(0.5):
            day = int(s[12:14])
            nd = day + pick([-2, -1, 1, 2, 10])
            if not 1 <= nd <= 28:
                continue
            t = s[:12] + "%02d" % nd + s[14:]
        else:
            t = s[:14] + "%02d" % ((int(s[14:16]) + R.randint(1, 30)) % 100) + s[16]
        if t != s:
            return t + id_check(t)


def near_imei(imei):
    while True:
        i = R.randint(8, 13)
        body = imei[:i] + str((int(imei[i]) + R.randint(1, 9)) % 10) + imei[i + 1:14]
        if body != imei[:14]:
            return body + luhn_digit(body)


def mobile():
    return pick(["138", "139", "158", "159", "186", "187", "135", "136",
                 "177", "180", "199", "155"]) + "****" + digits(4)


FW = str.maketrans("0123456789", "０１２３４５６７８９")


# ------------------------------------------------------------------ time
def mins_before(dt):
    return int((T0 - dt).total_seconds() // 60)


def day_zh(dt):
    return pick(["%d月%d日" % (dt.month, dt.day), "%d月%d号" % (dt.month, dt.day),
                 "%d号" % dt.day, "%d.%d" % (dt.month, dt.day)])


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


def clock_zh(dt, loose=True):
    h, m = dt.hour, dt.minute
    if not loose or chance(0.3):
        return "%d:%02d" % (h, m)
    h12 = h if h <= 12 else h - 12
    if m == 0:
        tail = pick(["点", "点左右", "点钟"])
    elif m == 30:
        tail = pick(["点半", "点半左右"])
    elif m < 20:
        tail = pick(["点多", "点%d分" % m, "点过一点"])
    else:
        tail = pick(["点多", "点%d" % m, "点%d分" % m])
    return pod(h) + str(h12) + tail


def when_zh(dt, loose=True):
    d, c = day_zh(dt), clock_zh(dt, loose)
    return d + (" " if c[0].isdigit() else "") + c


def window_zh(a, b):
    if (b - a) <= datetime.timedelta(minutes=90) and chance(0.6):
        return when_zh(a + (b - a) / 2) + pick(["左右", "前后", ""])
    if a.date() == b.date():
        d, c = day_zh(a), clock_zh(a)
        return d + (" " if c[0].isdigit() else "") + c + pick(["到", "至", "-"]) + clock_zh(b)
    return when_zh(a) + pick(["到", "至", "一直到"]) + when_zh(b)


MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def when_en(dt):
    h = dt.hour % 12 or 12
    return "%s %d around %d:%02d %s" % (MON_EN[dt.month - 1], dt.day, h, dt.minute,
                                         "am" if dt.hour < 12 else "pm")


def window_en(a, b):
    if a.date() == b.date():
        ha, hb = a.hour % 12 or 12, b.hour % 12 or 12
        return "on %s %d between %d:%02d %s and %d:%02d %s" % (
            MON_EN[a.month - 1], a.day, ha, a.minute, "am" if a.hour < 12 else "pm",
            hb, b.minute, "am" if b.hour < 12 else "pm")
    return "between %s and %s" % (when_en(a), when_en(b))


def when_py(dt):
    POD = {"凌晨": "ling chen", "早上": "zao shang", "上午": "shang wu", "中午": "zhong wu",
           "下午": "xia wu", "晚上": "wan shang"}
    h12 = dt.hour if dt.hour <= 12 else dt.hour - 12
    return "%d yue %d hao %s %d dian" % (dt.month, dt.day, POD[pod(dt.hour)], h12)


# ---------------------------------------------------------------- people
SURN = ("王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun "
        "马ma 朱zhu 胡hu 郭guo 何he 罗luo 高gao 林lin 梁liang 谢xie 宋song 唐tang 韩han "
        "冯feng 邓deng 曾zeng 彭peng 肖xiao 田tian 袁yuan 潘pan 蒋jiang 蔡cai 余yu 叶ye "
        "程cheng 魏wei 吕lv 任ren 姚yao 卢lu 钟zhong 谭tan 廖liao 覃qin 韦wei 莫mo 龙long "
        "雷lei 黎li 欧ou 向xiang 邹zou 熊xiong 侯hou 龚gong 蒙meng 饶rao").split()
GIVEN = ("伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan "
         "杰jie 娟juan 涛tao 明ming 超chao 秀xiu 霞xia 平ping 刚gang 桂gui 兰lan 华hua "
         "建jian 国guo 红hong 文wen 辉hui 玲ling 鹏peng 飞fei 春chun 梅mei 云yun 海hai "
         "波bo 林lin 婷ting 雪xue 琴qin 亮liang 成cheng 浩hao 宇yu 晨chen 欣xin 怡yi "
         "慧hui 龙long 燕yan 小xiao 志zhi 永yong 金jin 凤feng 翠cui 兵bing 福fu 贵gui "
         "荣rong 德de 俊jun 倩qian 佳jia 露lu 坤kun 鑫xin 阳yang 帅shuai 萍ping 莉li "
         "丹dan 蓉rong 月yue 家jia 振zhen 江jiang 远yuan 庆qing 秋qiu 菊ju").split()
FIRST_EN = ["Daniel", "Maria", "Ahmed", "Priya", "Lucas", "Olga", "Kwame", "Sofia",
            "Rahul", "Elena", "Yusuf", "Ana", "Tomasz", "Fatima", "Diego", "Nadia",
            "Viktor", "Chinedu", "Isabel", "Omar"]
LAST_EN = ["Okoro", "Petrenko", "Haddadi", "Nairn", "Ferrante", "Kowalczyk", "Mensari",
           "Rossetti", "Demirel", "Salvato", "Ibrahimov", "Novacek", "Santoro",
           "Ivashova", "Mwangiri", "Alvareda", "Rahmani", "Costella", "Jendahl", "Tranh"]
NATION = ["Nigeria", "Poland", "Brazil", "India", "Turkey", "Kenya", "Italy",
          "Egypt", "Mexico", "Ukraine"]
# (code, name, voice, weight)
PROVS = [("43", "湖南", "hunan", 14), ("51", "四川", "sichuan", 12), ("50", "重庆", "sichuan", 6),
         ("52", "贵州", "guizhou", 9), ("45", "广西", "guangxi", 10), ("41", "河南", "henan", 10),
         ("36", "江西", "std", 8), ("42", "湖北", "hubei", 7), ("53", "云南", "std", 4),
         ("62", "甘肃", "std", 3), ("44", "广东", "canto", 11), ("23", "黑龙江", "dongbei", 3),
         ("34", "安徽", "std", 4), ("61", "陕西", "std", 2)]


def make_person(foreign=False, name=None):
    if foreign:
        fn, ln = pick(FIRST_EN), pick(LAST_EN)
        return {"name": "%s %s" % (fn, ln), "py": "%s %s" % (fn, ln), "foreign": True,
                "nation": pick(NATION), "voice": "english", "phone": mobile(),
                "passport": pick("PEGKN") + pick("ABCDX") + digits(7), "male": chance(0.6)}
    code, prov, voice, _ = wpick([(p, p[3]) for p in PROVS])
    male = chance(0.55)
    if name is None:
        s = pick(SURN)
        gs = [pick(GIVEN) for _ in range(1 if chance(0.35) else 2)]
        name = (s[0] + "".join(g[0] for g in gs), s[1:], "".join(g[1:] for g in gs))
    birth = datetime.date(R.randint(1968, 2006), R.randint(1, 12), R.randint(1, 28))
    return {"name": name[0], "py": "%s %s" % (name[1].capitalize(), name[2].capitalize()),
            "pyname": name, "foreign": False, "prov": prov, "code": code, "voice": voice,
            "male": male, "birth": birth, "idno": make_idno(code, birth, male), "phone": mobile()}


def py_name(p):
    s, g = p["pyname"][1], p["pyname"][2]
    return pick(["%s %s" % (s.capitalize(), g.capitalize()), "%s %s" % (s.upper(), g.upper()),
                 s + g, "%s%s" % (s.capitalize(), g)])


# ---------------------------------------------------------------- places
# (pid, zone, ptype, lat, lon, zh names, english, pinyin)
PLACES = [
    ("hj_gate", "A", "gate", 22.58120, 113.09870, ["鸿钜电子厂东门", "鸿钜东门", "鸿钜电子东门保安亭", "鸿钜厂东门口"], "the east gate of Hongju Electronics", "hong ju dong men"),
    ("hj_shop", "A", "factory", 22.58210, 113.09690, ["鸿钜电子厂3号厂房", "鸿钜3号楼SMT车间", "鸿钜车间"], "Hongju Electronics workshop 3", "hong ju 3 hao chang fang"),
    ("hj_canteen", "A", "canteen", 22.58030, 113.09610, ["鸿钜一食堂", "鸿钜电子第一食堂", "鸿钜一饭堂"], "the Hongju canteen", "hong ju yi shi tang"),
    ("hj_shed", "A", "shed", 22.58080, 113.09950, ["鸿钜东门电动车棚", "鸿钜车棚", "东门车棚"], "the bike shed at Hongju east gate", "hong ju che peng"),
    ("hj_b3", "A", "dorm", 22.57880, 113.09720, ["鸿钜员工宿舍B3栋", "鸿钜B3宿舍", "B3栋宿舍楼"], "Hongju dorm B3", "hong ju B3 su she"),
    ("hj_b5", "A", "dorm", 22.57840, 113.09810, ["鸿钜员工宿舍B5栋", "鸿钜B5栋", "B5宿舍楼下"], "Hongju dorm B5", "hong ju B5 su she"),
    ("rx_a", "A", "factory", 22.58460, 113.10420, ["锐迅科技园A栋", "锐迅科技园", "锐迅A栋大堂"], "Ruixun Tech Park building A", "rui xun ke ji yuan A dong"),
    ("rx_canteen", "A", "canteen", 22.58390, 113.10530, ["锐迅科技园食堂", "锐迅饭堂", "锐迅员工餐厅"], "the Ruixun canteen", "rui xun shi tang"),
    ("rx_gate", "A", "gate", 22.58520, 113.10300, ["锐迅科技园北门", "锐迅北门岗亭", "锐迅北门"], "the north gate of Ruixun Tech Park", "rui xun bei men"),
    ("qm", "A", "factory", 22.57690, 113.10380, ["启明光电厂", "启明光电南门", "启明厂"], "Qiming Optoelectronics", "qi ming guang dian"),
    ("yt", "A", "factory", 22.57510, 113.09520, ["永泰五金厂", "永泰五金车间", "永泰五金"], "Yongtai hardware factory", "yong tai wu jin chang"),
    ("mz", "G", "factory", 22.57120, 113.10760, ["美织服装厂", "美织制衣厂车间", "美织服装二楼车位"], "Meizhi garment factory", "mei zhi fu zhuang chang"),
    ("mz_dorm", "G", "dorm", 22.57030, 113.10890, ["美织服装厂宿舍6栋", "美织6栋宿舍", "美织宿舍"], "Meizhi dorm 6", "mei zhi su she 6 dong"),
    ("mz_shop", "G", "shop", 22.57180, 113.10650, ["美织服装厂后门小卖部", "美织后门小卖部"], "the kiosk behind Meizhi", "mei zhi hou men xiao mai bu"),
    ("hjz", "G", "factory", 22.56940, 113.10470, ["华锦制衣厂", "华锦服装厂", "华锦制衣"], "Huajin garment factory", "hua jin zhi yi chang"),
    ("hjz_canteen", "G", "canteen", 22.56900, 113.10580, ["华锦饭堂", "华锦制衣厂食堂"], "the Huajin canteen", "hua jin fan tang"),
    ("sp_rent", "V", "dorm", 22.56760, 113.11240, ["沙埔新村出租屋", "沙埔新村", "沙埔新村12巷"], "Shapu new village", "sha pu xin cun"),
    ("sp_gate", "V", "street", 22.56640, 113.11110, ["沙埔村口", "沙埔村牌坊", "沙埔村口榕树下"], "the Shapu village entrance", "sha pu cun kou"),
    ("sp_atm", "V", "atm", 22.56620, 113.11150, ["沙埔村口农商行ATM", "村口取款机", "农商银行自助取款点"], "the ATM at Shapu village", "cun kou qu kuan ji"),
    ("sp_night", "V", "market", 22.56520, 113.11380, ["沙埔夜市", "沙埔村夜市", "夜市小吃街"], "Shapu night market", "sha pu ye shi"),
    ("sp_veg", "V", "shop", 22.56810, 113.11530, ["沙埔菜市场", "菜市场", "沙埔市场门口"], "Shapu wet market", "sha pu cai shi chang"),
    ("sp_charge", "V", "shed", 22.56710, 113.11080, ["沙埔新村充电桩", "新村充电棚", "沙埔充电站"], "the e-bike chargers in Shapu", "sha pu chong dian zhuang"),
    ("netcafe", "V", "netcafe", 22.56580, 113.11260, ["星河网咖", "沙埔星河网吧", "星河网吧"], "Xinghe internet cafe", "xing he wang ka"),
    ("clinic", "V", "clinic", 22.56900, 113.11310, ["沙埔社区卫生服务站", "沙埔社康", "社康中心"], "the Shapu clinic", "sha pu she kang"),
    ("linlin", "V", "express", 22.56700, 113.11400, ["邻邻驿站沙埔店", "沙埔快递驿站", "邻邻驿站"], "the Linlin parcel station", "lin lin yi zhan"),
    ("xt_walk", "S", "street", 22.57340, 113.11620, ["溪头步行街", "步行街", "溪头步行街路口"], "Xitou pedestrian street", "xi tou bu xing jie"),
    ("xt_bus", "S", "busstop", 22.57510, 113.10890, ["工业大道溪头公交站", "溪头公交站", "工业大道公交站台"], "the Xitou bus stop", "xi tou gong jiao zhan"),
    ("overpass", "S", "street", 22.57420, 113.10950, ["工业大道天桥", "天桥底", "工业大道人行天桥"], "the Industrial Avenue footbridge", "gong ye da dao tian qiao"),
    ("snack", "S", "market", 22.57240, 113.11080, ["工业大道宵夜街", "宵夜街大排档", "宵夜街"], "the late-night food street", "xiao ye jie"),
    ("jlh", "S", "shop", 22.57290, 113.11470, ["佳乐惠超市溪头店", "佳乐惠超市", "佳乐惠"], "Jialehui supermarket", "jia le hui chao shi"),
    ("labour", "S", "office", 22.57600, 113.11210, ["溪头劳务市场", "人才市场招工点", "劳务市场"], "the Xitou labour market", "xi tou lao wu shi chang"),
    ("park", "S", "park", 22.57820, 113.11560, ["溪头文体公园篮球场", "文体公园", "溪头公园"], "Xitou sports park", "xi tou wen ti gong yuan"),
    ("school", "S", "school", 22.58010, 113.11830, ["澄湾技师学院溪头校区", "技师学院", "技师学院门口"], "the technical college", "ji shi xue yuan"),
    ("log_east", "C", "logistics", 22.58630, 113.13150, ["澄湾东物流园", "东物流园3号仓", "物流园"], "Chengwan East logistics park", "wu liu yuan"),
    ("sorting", "C", "logistics", 22.58880, 113.13420, ["顺岗快递分拨中心", "顺岗分拨", "快递分拨场"], "the Shungang sorting centre", "shun gang fen bo zhong xin"),
    ("log_canteen", "C", "canteen", 22.58590, 113.13290, ["物流园食堂", "物流园大排档", "物流园饭堂"], "the logistics park canteen", "wu liu yuan shi tang"),
    ("log_gate", "C", "gate", 22.58470, 113.13040, ["澄湾东物流园南门", "物流园门岗", "物流园南门"], "the logistics park south gate", "wu liu yuan nan men"),
    ("log_truck", "C", "logistics", 22.58760, 113.13600, ["物流园货车停车场", "货车停车场", "物流园停车场"], "the truck park", "huo che ting che chang"),
    ("bus_hall", "D", "station", 22.54380, 113.12010, ["澄湾汽车客运站售票大厅", "客运站售票厅", "汽车站售票大厅"], "the ticket hall of Chengwan bus station", "qi che zhan shou piao ting"),
    ("bus_wait", "D", "station", 22.54420, 113.12070, ["澄湾汽车客运站候车室", "客运站二楼候车厅", "汽车站候车室"], "the waiting room of Chengwan bus station", "qi che zhan hou che shi"),
    ("bus_gate3", "D", "station", 22.54450, 113.12110, ["客运站3号检票口", "3号检票口", "汽车站三号检票口"], "gate 3 of the bus station", "3 hao jian piao kou"),
    ("bus_square", "D", "station", 22.54310, 113.11940, ["客运站站前广场", "汽车站门口广场", "客运站广场"], "the square outside the bus station", "qi che zhan guang chang"),
    ("bus_wc", "D", "station", 22.54400, 113.11980, ["客运站一楼卫生间", "汽车站厕所", "客运站洗手间"], "the bus station toilets", "qi che zhan ce suo"),
    ("bus_coach", "D", "station", 22.54510, 113.12250, ["客运站发车场", "发车区", "客运站停车场大巴上"], "the coach bays", "fa che chang"),
    ("old_town", "F", "street", 22.52460, 112.98230, ["澄湾老城区中山路", "老城中山路", "中山路步行街"], "Zhongshan Road in the old town", "lao cheng zhong shan lu"),
    ("hsr", "F", "station", 22.61970, 113.01450, ["澄湾高铁站", "高铁站出站口", "澄湾高铁站候车厅"], "Chengwan high-speed rail station", "gao tie zhan"),
    ("port", "F", "logistics", 22.45130, 113.20640, ["澄湾港区码头", "港区码头", "港区集装箱堆场"], "the port", "gang qu ma tou"),
    ("beiling", "F", "market", 22.70120, 113.05380, ["北岭镇圩场", "北岭镇", "北岭镇市场"], "Beiling town market", "bei ling zhen"),
    ("linjiang", "F", "station", 22.83350, 113.42180, ["临江市火车站", "临江火车站", "临江站"], "Linjiang railway station", "lin jiang huo che zhan"),
]
PL = {p[0]: p for p in PLACES}
POLICE = "溪头派出所"


def places_of(zone=None, ptypes=None, exclude_far=True):
    out = []
    for p in PLACES:
        if exclude_far and p[1] == "F":
            continue
        if zone and p[1] != zone:
            continue
        if ptypes and p[2] not in ptypes:
            continue
        out.append(p[0])
    return out


def coords(pid, spread=0.0011):
    p = PL[pid]
    return (round(p[3] + R.uniform(-spread, spread), 6),
            round(p[4] + R.uniform(-spread, spread), 6))


# --------------------------------------------------------------- colours
# key: (owner/finder Chinese variants, english, pinyin, confusable keys)
COLORS = {
    "black": (["黑色", "黑", "深色", "哑光黑", "亮黑色", "曜石黑", "黑的"], "black", "hei se", ["grey", "blue"]),
    "white": (["白色", "白", "米白", "珍珠白", "白的"], "white", "bai se", ["silver"]),
    "blue": (["蓝色", "深蓝", "宝石蓝", "天蓝色", "藏青色", "蓝的"], "blue", "lan se", ["black"]),
    "red": (["红色", "大红", "酒红色", "红的", "枣红色"], "red", "hong se", ["pink"]),
    "gold": (["金色", "香槟金", "土豪金", "金的"], "gold", "jin se", ["yellow"]),
    "silver": (["银色", "银白色", "银的", "亮银"], "silver", "yin se", ["white", "grey"]),
    "grey": (["灰色", "深灰", "太空灰", "铁灰色", "灰的"], "grey", "hui se", ["black", "silver"]),
    "green": (["绿色", "墨绿", "军绿色", "青绿色", "绿的"], "green", "lv se", []),
    "pink": (["粉色", "粉红", "樱花粉", "粉的"], "pink", "fen se", ["red"]),
    "purple": (["紫色", "淡紫色", "薰衣草紫", "紫的"], "purple", "zi se", []),
    "yellow": (["黄色", "明黄色", "黄的"], "yellow", "huang se", ["gold"]),
    "brown": (["棕色", "咖啡色", "褐色", "卡其色"], "brown", "zong se", ["black"]),
    "orange": (["橙色", "橘色", "橘黄色"], "orange", "cheng se", ["yellow"]),
    "rwb": (["红白蓝", "红蓝白条纹", "红白蓝条纹"], "red-white-blue striped", "hong bai lan", []),
}


def color_word(key, voice, side="own", confuse=0.0):
    if confuse and COLORS[key][3] and chance(confuse):
        key = pick(COLORS[key][3])
    zh, en, py, _ = COLORS[key]
    if voice == "english":
        return en
    if voice == "pinyin":
        return py
    if side == "find" and chance(0.5):
        return zh[0]
    return pick(zh)


# ---------------------------------------------------------------- brands
# key: (Chinese spellings incl. typos, printed/English spellings, pinyin)
BRANDS = {
    "huawei": (["华为", "华为", "华伟", "花为"], ["HUAWEI", "Huawei", "huawei"], "hua wei"),
    "apple": (["苹果", "苹果", "平果", "苹果牌"], ["Apple", "iPhone", "APPLE", "apple"], "ping guo"),
    "honor": (["荣耀", "荣耀", "荣曜"], ["HONOR", "Honor"], "rong yao"),
    "xiaomi": (["小米", "小米", "小咪"], ["Xiaomi", "MI", "xiaomi"], "xiao mi"),
    "redmi": (["红米", "红米"], ["Redmi", "REDMI", "redmi"], "hong mi"),
    "oppo": (["OPPO", "欧珀", "oppo", "OPP0"], ["OPPO", "oppo"], "ou po"),
    "vivo": (["vivo", "维沃", "VIVO", "vivi"], ["vivo", "VIVO"], "vivo"),
    "samsung": (["三星", "三星"], ["Samsung", "SAMSUNG", "samsung"], "san xing"),
    "oneplus": (["一加", "一加"], ["OnePlus", "1+"], "yi jia"),
    "yadea": (["雅迪", "雅迪", "雅帝"], ["Yadea", "YADEA", "yadea"], "ya di"),
    "aima": (["爱玛", "爱玛", "爱马"], ["AIMA", "Aima"], "ai ma"),
    "tailg": (["台铃", "台铃", "台玲"], ["TAILG", "Tailg"], "tai ling"),
    "sunra": (["新日", "新日"], ["SUNRA", "Sunra"], "xin ri"),
    "luyuan": (["绿源", "绿源", "绿园"], ["LUYUAN", "Luyuan"], "lv yuan"),
    "niu": (["小牛", "小牛电动"], ["NIU", "niu"], "xiao niu"),
    "giant": (["捷安特", "捷安特", "杰安特"], ["GIANT", "Giant"], "jie an te"),
    "forever": (["永久", "永久牌"], ["FOREVER", "Forever"], "yong jiu"),
    "phoenix": (["凤凰", "凤凰牌"], ["PHOENIX", "Phoenix"], "feng huang"),
    "xds": (["喜德盛", "喜德胜"], ["XDS", "xds"], "xi de sheng"),
    "septwolves": (["七匹狼", "七匹狼"], ["SEPTWOLVES", "Septwolves"], "qi pi lang"),
    "goldlion": (["金利来", "金利来"], ["goldlion", "GOLDLION"], "jin li lai"),
    "playboy": (["花花公子", "花花公子"], ["PLAYBOY", "Playboy"], "hua hua gong zi"),
    "coach": (["蔻驰", "寇驰"], ["COACH", "Coach"], "kou chi"),
    "decathlon": (["迪卡侬", "迪卡侬", "迪卡农"], ["DECATHLON", "Decathlon"], "di ka nong"),
    "samsonite": (["新秀丽", "新秀丽"], ["Samsonite", "SAMSONITE"], "xin xiu li"),
    "anta": (["安踏", "安踏"], ["ANTA", "anta"], "an ta"),
    "lining": (["李宁", "李宁"], ["LI-NING", "LINING", "Li Ning"], "li ning"),
    "edifier": (["漫步者", "漫步者"], ["EDIFIER", "Edifier"], "man bu zhe"),
    "romoss": (["罗马仕", "罗马仕", "罗马士"], ["ROMOSS", "romoss"], "luo ma shi"),
    "anker": (["安克", "安克"], ["Anker", "ANKER"], "an ke"),
    "lenovo": (["联想", "联想"], ["Lenovo", "lenovo", "ThinkPad"], "lian xiang"),
    "hytera": (["海能达", "海能达"], ["Hytera", "HYT"], "hai neng da"),
    "zojirushi": (["象印", "象印"], ["ZOJIRUSHI", "Zojirushi"], "xiang yin"),
    "thermos": (["膳魔师", "膳魔师", "善魔师"], ["THERMOS", "Thermos"], "shan mo shi"),
    "fuguang": (["富光", "富光"], ["FUGUANG", "fuguang"], "fu guang"),
    "chowtaifook": (["周大福", "周大福"], ["CHOW TAI FOOK", "CTF"], "zhou da fu"),
    "laofengxiang": (["老凤祥", "老凤翔"], ["LAOFENGXIANG"], "lao feng xiang"),
}


def brand_word(key, voice, side="own"):
    zh, en, py = BRANDS[key]
    if voice == "english":
        return en[0]
    if voice == "pinyin":
        return py if chance(0.7) else en[0]
    if side == "find":
        return pick(en) if chance(0.55) else zh[0]
    r = R.random()
    if r < 0.62:
        return zh[0]
    if r < 0.85:
        return pick(en)
    return pick(zh)


PHONE_MODELS = {
    "huawei": ["nova 17", "nova 17 Pro", "Mate 68", "畅享 61", "Pura 90", "nova 16 SE"],
    "apple": ["iPhone 19", "iPhone 19 Pro", "iPhone 18 Plus", "iPhone 19 Pro Max"],
    "honor": ["X70i", "Play 11T", "Magic 9 Lite", "X60 GT"],
    "xiaomi": ["小米 17", "Civi 9", "MIX Q2"],
    "redmi": ["Note 16", "Note 16 Pro", "15C", "K90"],
    "oppo": ["A89x", "Reno 15", "K15x", "A3 Lite"],
    "vivo": ["Y99t", "S29", "iQOO Z11", "Y58s"],
    "samsung": ["Galaxy A78", "Galaxy S31", "Galaxy M57"],
    "oneplus": ["Ace 7V", "13R Lite"],
}
PHONE_BRAND_W = [("huawei", 18), ("apple", 14), ("honor", 10), ("xiaomi", 7), ("redmi", 11),
                 ("oppo", 13), ("vivo", 14), ("samsung", 3), ("oneplus", 3)]
PHONE_COLORS = ["black", "black", "black", "white", "blue", "green", "purple", "gold",
                "silver", "pink", "grey"]


def model_word(m, voice="std", side="own"):
    r = R.random()
    if side == "own" and r < 0.2:
        return m.replace(" ", "")
    if r < 0.3:
        return m.lower() if voice != "pinyin" else m.lower().replace(" ", "")
    if r < 0.38:
        return m.upper()
    return m


# companies: (short name, full name, badge prefix, home places, english)
COMPANIES = [
    ("鸿钜", "鸿钜电子", "HJ", ["hj_gate", "hj_shop", "hj_canteen", "hj_b3", "hj_b5", "hj_shed"], "Hongju Electronics"),
    ("锐迅", "锐迅科技", "RX", ["rx_a", "rx_canteen", "rx_gate"], "Ruixun Tech"),
    ("启明", "启明光电", "QM", ["qm", "xt_bus", "overpass"], "Qiming Opto"),
    ("美织", "美织服装", "MZ", ["mz", "mz_dorm", "mz_shop"], "Meizhi Garments"),
    ("华锦", "华锦制衣", "HJY", ["hjz", "hjz_canteen"], "Huajin Garments"),
    ("永泰", "永泰五金", "YT", ["yt", "xt_bus"], "Yongtai Hardware"),
    ("顺岗", "顺岗快递", "SG", ["sorting", "log_east", "log_canteen", "log_gate"], "Shungang Express"),
]
COMPANY_W = [(c, w) for c, w in zip(COMPANIES, [16, 11, 6, 9, 6, 4, 6])]
DEPTS = {"鸿钜": ["SMT车间", "组装二线", "品质部", "仓库"], "锐迅": ["测试部", "包装线", "研发楼"],
         "启明": ["LED车间", "贴片部"], "美织": ["车缝组", "裁床", "尾部"],
         "华锦": ["车位三组", "整烫部"], "永泰": ["冲压车间", "打磨组"],
         "顺岗": ["分拣组", "装卸班", "派件部"]}


def badge_no(co):
    return co[2] + ("2" + digits(4) if chance(0.6) else digits(6))


def dorm_tag(pid):
    if pid == "hj_b3":
        return "B3-%d%02d" % (R.randint(1, 7), R.randint(1, 24))
    if pid == "hj_b5":
        return "B5-%d%02d" % (R.randint(1, 7), R.randint(1, 24))
    if pid == "mz_dorm":
        return "6-%d%02d" % (R.randint(1, 6), R.randint(1, 18))
    return "12巷%d号%d0%d" % (R.randint(1, 30), R.randint(1, 7), R.randint(1, 4))


BANKS = [("农商银行", "6231"), ("工行", "6222"), ("建行", "6217"), ("邮储", "6221"), ("农行", "6228"),
         ("澄湾农商", "6230")]


# ------------------------------------------------------- truth objects
def brand_from(fix, pairs):
    ok = [(x, w) for x, w in pairs if x != fix.get("brand_not")]
    return wpick(ok or pairs)


def new_obj(cat, kind, owner, own, find, unit, en, py):
    return {"cat": cat, "kind": kind, "owner": owner, "color": None, "brand": None,
            "model": None, "facts": {}, "own": own, "find": find, "unit": unit,
            "en": en, "py": py, "near": None, "cn": None, "company": None}


def fact(o, slot, kind, v, own=None, find=None, en=None, py=None, ser=None):
    o["facts"][slot] = {"kind": kind, "v": v, "own": own, "find": find, "en": en,
                        "py": py, "ser": ser}


def approx_money(a):
    r = R.random()
    if a % 100 == 0 and r < 0.5:
        return pick(["%d块整" % a, "%d元整" % a, "刚好%d" % a])
    if r < 0.3:
        return "%d块左右" % (a // 10 * 10)
    if r < 0.6 and a >= 200:
        return "%d多" % (a // 100 * 100)
    if r < 0.8:
        return "大概%d" % (int(round(a / 100.0)) * 100 or 50)
    return "%d元" % a


def name_fact(o, p, ctx_own, ctx_find, slot="name"):
    n = p["name"]
    py = "ming zi %s" % py_name(p) if not p["foreign"] else n
    fact(o, slot, "name", n, own=ctx_own.format(n=n), find=ctx_find.format(n=n),
         en="name %s" % (n if p["foreign"] else py_name(p)), py=py)


CASES = [("clear", "套着透明壳", "带透明手机壳", "clear case", "tou ming ke"),
         ("blk_sil", "戴了个黑色硅胶壳", "带黑色软胶手机壳", "black silicone case", "hei se ke"),
         ("bear", "壳上有个小熊图案", "手机壳印有小熊图案", "case with a bear print", None),
         ("flip", "带翻盖皮套", "带翻盖式皮套", "flip leather cover", None),
         ("ring", "壳后面有个指环支架", "手机壳背面带指环支架", "case with a ring holder", None),
         ("blue_sil", "套了个蓝色的壳", "带蓝色手机壳", "blue case", "lan se ke"),
         ("flower", "碎花的手机壳", "碎花图案手机壳", "flowery case", None),
         ("slot", "壳后面能插卡", "背面带卡槽的手机壳", "case with a card slot", None)]
WALLS = [("girl", "锁屏是我女儿的照片", "锁屏为一小女孩照片", "lock screen: photo of a little girl"),
         ("baby", "锁屏是我儿子满月照", "锁屏为婴儿照片", "lock screen: baby photo"),
         ("couple", "锁屏是我跟我老婆的合照", "锁屏为一男一女合照", "lock screen: a couple"),
         ("sea", "锁屏是海边风景", "锁屏为海边风景图", "lock screen: a beach"),
         ("anime", "锁屏是动漫人物", "锁屏为动漫人物图片", "lock screen: anime character"),
         ("dog", "锁屏是我家狗的照片", "锁屏为黄狗照片", "lock screen: a yellow dog"),
         ("car", "锁屏是一辆跑车", "锁屏为跑车图片", "lock screen: a sports car")]


def g_phone(owner, fix):
    o = new_obj("phone", "phone", owner, ["手机", "手机", "电话", "手机", "机子"], ["手机"],
                "部", "phone", "shou ji")
    b = fix.get("brand")
    if b is None:
        b = brand_from(fix, PHONE_BRAND_W)
    o["brand"] = b
    ms = [m for m in PHONE_MODELS[b] if m != fix.get("model_not")] or PHONE_MODELS[b]
    o["model"] = fix.get("model") or pick(ms)
    o["color"] = fix.get("color") or pick(PHONE_COLORS)
    imei = fix.get("imei") or make_imei()
    fact(o, "imei", "serial", imei, ser=("imei", imei))
    if chance(0.8):
        c = pick(CASES)
        fact(o, "case", "mark", c[0], own=c[1], find=c[2], en=c[3], py=c[4])
    if chance(0.35):
        pos = pick([("右上角", "top right"), ("左上角", "top left"), ("左下角", "bottom left"),
                    ("右下角", "bottom right"), ("中间", "middle")])
        fact(o, "crack", "mark", pos[0], own=pick(["屏幕%s摔碎了", "屏幕%s有裂痕", "%s屏幕碎了"]) % pos[0],
             find="屏幕%s有裂纹" % pos[0], en="screen cracked at the %s" % pos[1], py="ping mu sui le")
    if chance(0.18) and not owner["foreign"]:
        card = pick(["饭卡", "工牌", "门禁卡", "身份证"])
        name_fact(o, owner, "壳里夹着我的%s，上面有名字{n}" % card, "壳内夹有%s一张，姓名：{n}" % card)
    if chance(0.35):
        w = pick(WALLS)
        fact(o, "wall", "mark", w[0], own=w[1], find="按亮屏幕，" + w[2], en=w[3])
    if chance(0.12):
        fact(o, "sticker", "mark", "fu", own="背面贴了个福字贴纸", find="背面贴有“福”字贴纸")
    if chance(0.12):
        c = pick(["红色", "黑色", "彩色编织", "粉色"])
        fact(o, "lanyard", "mark", c, own="挂着一根%s挂绳" % c, find="带%s挂绳" % c)
    if chance(0.45):
        fact(o, "pass", "hidden", 1, own=pick(["密码是六位数字", "解锁图案是个Z字", "我可以现场解锁",
                                               "有面容锁，我本人能打开"]), en="I can unlock it")
    if chance(0.2):
        fact(o, "money", "hidden", 1, own=pick(["微信里有刚发的工资", "里面有很多孩子的照片",
                                                "里面存着我所有的工资条截图"]))
    if chance(0.3) and not owner["foreign"]:
        fact(o, "num", "hidden", 1, own="手机号%s" % owner["phone"])
    if chance(0.4):
        fact(o, "state", "state", 1, find=pick(["已关机", "电量不足", "有多个未接来电", "开着机，调了静音",
                                                "有未接来电显示“老妈”", "有未接来电显示“老公”"]))
    return o


def g_badge(owner, fix):
    co = fix.get("company") or wpick(COMPANY_W)
    o = new_obj("id_doc", "badge", owner, ["工牌", "厂牌", "厂证", "工卡", "胸卡", "工作证"],
                ["工牌", "厂牌", "工作证", "员工卡"], "张", "work badge", "gong pai")
    o["color"] = fix.get("color") or pick(["blue", "red", "green", "black", "yellow", "white"])
    o["cn"] = "挂绳"
    o["near"] = co[3]
    o["company"] = co
    name_fact(o, owner, pick(["名字{n}", "上面是我的名字{n}", "姓名{n}"]), "姓名{n}")
    fact(o, "co", "mark", co[0], own=pick(["是%s的", "%s厂的"]) % co[1],
         find=pick(["单位：%s", "印有“%s”字样"]) % co[1], en="from %s" % co[4], py=co[0])
    no = fix.get("badge") or badge_no(co)
    fact(o, "badge", "serial", no, ser=("badge", no))
    if chance(0.6):
        d = pick(DEPTS[co[0]])
        fact(o, "dept", "mark", d, own="%s的" % d, find="部门：%s" % d)
    if chance(0.5):
        fact(o, "sleeve", "mark", "hard", own="装在透明卡套里", find="透明硬卡套")
    if chance(0.25):
        c = pick([("cash200", "卡套背面还塞了200块钱", "卡套内夹现金200元"),
                  ("meal", "后面还夹了一张饭卡", "卡套内另有饭卡一张"),
                  ("door", "跟门禁卡放一起的", "附门禁卡一张")])
        fact(o, "extra", "content", c[0], own=c[1], find=c[2])
    fact(o, "photo", "state", 1, find=pick(["带本人照片", "有一寸照片", "贴有照片"]))
    return o


PROV_FULL = {"重庆": "重庆市", "广西": "广西壮族自治区"}


def g_card(owner, fix, sub):
    if sub == "passport":
        o = new_obj("id_doc", "passport", owner, ["护照"], ["护照", "外国护照"], "本", "passport", "hu zhao")
        fact(o, "name", "name", owner["name"], own="name %s" % owner["name"],
             find="姓名%s" % owner["name"], en="name %s" % owner["name"])
        fact(o, "pp", "serial", owner["passport"], ser=("passport", owner["passport"]))
        fact(o, "nation", "mark", owner["nation"], own="%s passport" % owner["nation"],
             find="国籍：%s" % owner["nation"], en="%s passport" % owner["nation"])
        if chance(0.5):
            fact(o, "visa", "content", 1, own="business visa inside, a business card in the cover",
                 find="内夹名片一张", en="a business card inside")
        o["near"] = ["bus_hall", "snack", "sp_night", "rx_a", "log_east"]
        return o
    spec = {
        "idcard": (["身份证", "身份证", "身分证", "二代身份证"], ["居民身份证", "身份证"], "ID card", "shen fen zheng"),
        "residence": (["居住证", "暂住证"], ["澄湾市居住证", "居住证"], "residence permit", "ju zhu zheng"),
        "driving": (["驾驶证", "驾照"], ["机动车驾驶证", "驾驶证"], "driving licence", "jia zhao"),
        "social": (["社保卡", "社保卡"], ["社会保障卡", "社保卡"], "social security card", "she bao ka"),
        "student": (["学生证", "学生卡", "校卡"], ["学生证"], "student card", "xue sheng zheng"),
        "health": (["健康证", "健康证明"], ["健康证", "食品从业人员健康证明"], "health certificate", "jian kang zheng"),
    }[sub]
    o = new_obj("id_doc", sub, owner, spec[0], spec[1], "张" if sub != "driving" else "本", spec[2], spec[3])
    name_fact(o, owner, pick(["名字是{n}", "{n}的", "姓名{n}"]), "姓名：{n}")
    if sub == "student":
        sno = "20%d%s" % (R.randint(21, 24), digits(6))
        fact(o, "sno", "serial", sno, ser=("student", sno))
        cls = "%d级%s%d班" % (R.randint(2021, 2024), pick(["电子技术", "机电一体化", "服装设计", "物流管理"]), R.randint(1, 6))
        fact(o, "cls", "mark", cls, own="%s的" % cls, find="班级：%s" % cls)
        o["near"] = ["school", "rx_a", "hj_shop", "xt_bus", "park"]
        return o
    if sub == "health":
        hno = "CW%d-%s" % (R.randint(2023, 2024), digits(5))
        fact(o, "hno", "serial", hno, ser=("health", hno))
        o["near"] = ["hj_canteen", "rx_canteen", "hjz_canteen", "log_canteen", "snack", "sp_night"]
        return o
    fact(o, "id", "serial", owner["idno"], ser=("id", owner["idno"]))
    pf = PROV_FULL.get(owner["prov"], owner["prov"] + "省")
    fact(o, "prov", "mark", owner["prov"], own=pick(["我是%s人", "%s户口"]) % owner["prov"],
         find=("住址：%s" if sub == "idcard" else "籍贯%s") % pf)
    if chance(0.4):
        b = owner["birth"]
        fact(o, "birth", "mark", b.year, own="%d年出生" % b.year, find="出生%d年%d月%d日" % (b.year, b.month, b.day))
    if sub == "driving":
        cl = pick(["C1", "C2", "D", "E"])
        fact(o, "class", "mark", cl, own="%s照" % cl, find="准驾车型%s" % cl)
    if sub == "social":
        bk = pick(BANKS)
        fact(o, "card", "serial", digits(4), ser=("card", (bk[0], bk[1])))
    if chance(0.3):
        o["color"] = pick(["blue", "black", "red", "brown", "pink"])
        o["cn"] = "卡套" if sub != "driving" else "皮套"
    return o


PHOTOS = [("son", "夹层有张我儿子的照片", "夹层内有男孩照片一张", "a photo of my son"),
          ("family", "有一张全家福", "内有全家福照片一张", "a family photo"),
          ("wife", "有张我老婆的一寸照", "内有女士一寸照一张", "a passport photo of my wife"),
          ("old", "有张我爸妈的老照片", "内有老人合影一张", "an old photo of my parents")]


def add_idin(o, owner, p_name=0.85):
    o["facts"]["id"] = {"kind": "serial", "v": owner["idno"], "own": None, "find": None,
                        "en": None, "py": None, "ser": ("id", None)}
    if chance(p_name):
        name_fact(o, owner, pick(["里面有我身份证，名字{n}", "身份证在里面，叫{n}", "有身份证（{n}）"]),
                  "内有身份证一张，姓名{n}")


def g_wallet(owner, fix):
    k = fix.get("sub") or wpick([("long", 3), ("short", 5), ("cardholder", 2), ("coin", 1)])
    nouns = {"long": (["长款钱包", "钱包", "皮夹"], ["长款钱包", "钱包"], "long wallet"),
             "short": (["钱包", "短款钱包", "皮夹子", "折叠钱包"], ["短款钱包", "钱包", "折叠钱包"], "wallet"),
             "cardholder": (["卡包", "卡套", "证件包"], ["卡包", "卡夹"], "card holder"),
             "coin": (["零钱包", "小钱包"], ["零钱包", "小钱包"], "coin purse")}[k]
    o = new_obj("wallet", k, owner, nouns[0], nouns[1], "个", nouns[2], "qian bao")
    o["color"] = fix.get("color") or pick(["black", "black", "brown", "brown", "red", "pink", "blue", "grey"])
    if fix.get("brand") or chance(0.45):
        bs = ["septwolves", "goldlion", "playboy"] + (["coach"] if owner["foreign"] else [])
        b = fix.get("brand")
        if b is None:
            b = brand_from(fix, [(x, 1) for x in bs])
        o["brand"] = b
    if k != "cardholder" and chance(0.8):
        a = R.randint(25, 62) * 100 if chance(0.2) else R.randint(2, 150) * 10 + R.randint(0, 9)
        fact(o, "cash", "content", a, own=("里面有现金" if chance(0.5) else "钱有") + approx_money(a),
             find="内有现金%d元" % a, en="about %d yuan cash inside" % (a // 100 * 100 or a))
    if owner["foreign"]:
        fact(o, "pp", "content", owner["passport"], own="my residence card and bank cards inside",
             find="内有外籍人士名片及银行卡", en="my business cards inside")
        name_fact(o, owner, "name {n}", "名片姓名{n}")
    elif k == "cardholder" or chance(0.55):
        add_idin(o, owner)
    if chance(0.6):
        for slot in (["card", "card2"] if chance(0.3) else ["card"]):
            bk = pick(BANKS)
            fact(o, slot, "serial", digits(4), ser=("card", (bk[0], bk[1])))
    if chance(0.22) and not owner["foreign"]:
        co = wpick(COMPANY_W)
        fact(o, "badgein", "content", co[0], own="还有%s的厂牌" % co[0], find="%s工牌一张" % co[1])
    if chance(0.25):
        ph = pick(PHOTOS)
        fact(o, "photo", "content", ph[0], own=ph[1], find=ph[2], en=ph[3])
    if chance(0.25):
        m = pick([("meal", "饭卡", "饭卡一张"), ("keysm", "一把小钥匙", "小钥匙一把"),
                  ("amulet", "一个护身符", "平安符一个"), ("receipt", "几张超市小票", "超市小票若干")])
        fact(o, "misc", "content", m[0], own="还有" + m[1], find=m[2])
    if chance(0.25):
        w = pick([("zip", "拉链有点坏", "拉链损坏"), ("worn", "用了几年边角都磨白了", "边角磨损明显"),
                  ("button", "扣子掉了一个", "按扣缺失")])
        fact(o, "wear", "mark", w[0], own=w[1], find=w[2])
    return o


KEYRINGS = [("duck", "小黄鸭公仔", "小黄鸭挂件", "a yellow duck charm", "yellow"),
            ("panda", "熊猫挂件", "熊猫公仔挂件", "a panda charm", "black"),
            ("opener", "开瓶器", "开瓶器钥匙扣", "a bottle opener", "silver"),
            ("jade", "平安扣", "玉质平安扣", "a jade ring", "green"),
            ("rope", "红绳", "红色编织绳", "red string", "red"),
            ("ball", "小篮球挂件", "篮球造型挂件", "a basketball charm", "orange"),
            ("clip", "指甲剪", "指甲剪", "nail clippers", "silver")]


def g_keys(owner, fix):
    k = fix.get("sub") or wpick([("dorm", 6), ("ebikekey", 2), ("locker", 2), ("car", 1)])
    if k == "dorm":
        o = new_obj("keys", "dorm", owner, ["宿舍钥匙", "钥匙", "一串钥匙", "房门钥匙"],
                    ["钥匙", "钥匙串"], "串", "keys", "yao shi")
        pid = fix.get("home") or pick(["hj_b3", "hj_b5", "mz_dorm", "sp_rent", "sp_rent"])
        tag = fix.get("tag") or dorm_tag(pid)
        fact(o, "tag", "serial", tag, ser=("tag", pid))
        o["near"] = [pid] + {"hj_b3": ["hj_canteen", "hj_gate"], "hj_b5": ["hj_canteen", "hj_shed"],
                             "mz_dorm": ["mz", "mz_shop"], "sp_rent": ["sp_gate", "sp_night", "netcafe"]}[pid]
        n = R.randint(2, 5)
        fact(o, "count", "mark", n, own="一共%d把" % n, find="共%d把" % n)
    elif k == "ebikekey":
        o = new_obj("keys", "ebikekey", owner, ["电动车钥匙", "电车钥匙", "电瓶车钥匙"],
                    ["电动车钥匙", "车钥匙"], "把", "e-bike key", "dian dong che yao shi")
        b = fix.get("brand") or pick(["yadea", "aima", "tailg", "sunra", "luyuan"])
        o["brand"] = b
        fact(o, "remote", "mark", 1, own="带个遥控器", find="带防盗遥控器")
        if chance(0.5):
            fact(o, "with", "mark", 1, own="还串着一把门钥匙", find="另串有门钥匙一把")
    elif k == "locker":
        o = new_obj("keys", "locker", owner, ["柜子钥匙", "更衣柜钥匙", "储物柜钥匙"],
                    ["柜钥匙", "储物柜钥匙"], "把", "locker key", "gui zi yao shi")
        co = wpick(COMPANY_W)
        o["near"] = co[3]
        o["company"] = co
        no = str(R.randint(1, 480))
        fact(o, "tag", "serial", no, ser=("locker", None))
        fact(o, "co", "mark", co[0], own="%s厂里的" % co[0], find="号码牌印%s" % co[0])
    else:
        o = new_obj("keys", "car", owner, ["车钥匙", "汽车钥匙"], ["汽车钥匙", "车钥匙"], "把",
                    "car key", "che yao shi")
        o["brand"] = fix.get("brand") or pick(["byd", "wuling"])
        fact(o, "remote", "mark", 1, own="遥控的", find="遥控钥匙")
    if chance(0.75):
        kr = pick(KEYRINGS)
        fact(o, "ring", "mark", kr[0], own=pick(["挂着个", "上面有个", "串了个"]) + kr[1],
             find="挂有" + kr[2], en=kr[3])
        o["color"] = fix.get("color") or kr[4]
    elif chance(0.5):
        o["color"] = fix.get("color") or pick(["blue", "red", "black"])
        o["cn"] = "门禁扣"
    return o


BRANDS["byd"] = (["比亚迪", "比亚迪"], ["BYD"], "bi ya di")
BRANDS["wuling"] = (["五菱", "五菱"], ["WULING", "五菱"], "wu ling")
EBIKE_MODELS = {"yadea": ["冠能G7", "DX6", "欧睿Q3"], "aima": ["A500", "小蜜豆M2", "MX9"],
                "tailg": ["超能S7", "TL-60"], "sunra": ["XR3", "新日K8"], "luyuan": ["S30", "LY-M5"],
                "niu": ["MQi5", "G4 Lite"]}


def plate():
    return "澄%s·%s" % (pick("ABCDE"), digits(5))


def frame_no(b):
    pre = {"yadea": "YD", "aima": "AM", "tailg": "TL", "sunra": "XR", "luyuan": "LY", "niu": "NQ",
           "giant": "GT", "forever": "FV", "phoenix": "FH", "xds": "XS"}[b]
    return pre + digits(2) + pick("ABCDEFHK") + digits(8)


def g_ebike(owner, fix):
    o = new_obj("ebike", "ebike", owner, ["电动车", "电瓶车", "电车", "小电驴", "电动车"],
                ["电动车", "电动自行车", "两轮电动车"], "辆", "e-bike", "dian dong che")
    b = fix.get("brand")
    if b is None:
        b = brand_from(fix, [("yadea", 5), ("aima", 5), ("tailg", 4), ("sunra", 2), ("luyuan", 2), ("niu", 2)])
    o["brand"] = b
    o["model"] = fix.get("model") or pick(EBIKE_MODELS[b])
    o["color"] = fix.get("color") or pick(["white", "black", "black", "red", "blue", "grey", "green", "pink"])
    pl = fix.get("plate") or plate()
    fact(o, "plate", "serial", pl, ser=("plate", None))
    fr = fix.get("frame") or frame_no(b)
    fact(o, "frame", "serial", fr, ser=("frame", None))
    marks = [("seat", "后座装了儿童座椅", "后座加装儿童座椅"), ("basket", "前面有个车篮", "带前车篮"),
             ("quilt", "挂着挡风被", "装有挡风被"), ("mirror", "左边后视镜断了", "左后视镜缺失"),
             ("box", "后面有个外卖箱", "后座装有外卖箱"), ("reflect", "车尾贴了反光条", "车尾贴有反光贴"),
             ("rain", "装了个遮雨棚", "装有雨棚")]
    for m in sorted(R.sample(range(len(marks)), R.randint(0, 3))):
        mk = marks[m]
        fact(o, mk[0], "mark", mk[0], own=mk[1], find=mk[2])
    v = pick(["48V", "60V", "72V"])
    fact(o, "batt", "hidden", v, own=pick(["电池是%s锂电", "%s的电瓶", "电池%s，去年才换的"]) % v)
    if chance(0.4):
        fact(o, "price", "hidden", 1, own="去年%d块买的" % (R.randint(18, 45) * 100))
    fact(o, "state", "state", 1, find=pick(["车锁已被撬", "无钥匙", "电池已被拆走", "车身有划痕",
                                            "无车牌，锁完好", "停放多日无人认领"]))
    return o


def g_bicycle(owner, fix):
    sub = pick([("mtb", ["山地车", "单车", "自行车"], ["山地自行车", "自行车"]),
                ("city", ["自行车", "单车", "买菜车"], ["女式自行车", "自行车"]),
                ("fold", ["折叠车", "折叠自行车"], ["折叠自行车"])])
    o = new_obj("bicycle", sub[0], owner, sub[1], sub[2], "辆", "bicycle", "zi xing che")
    b = fix.get("brand")
    if b is None:
        b = brand_from(fix, [(x, 1) for x in ["giant", "forever", "phoenix", "xds"]])
    o["brand"] = b
    o["color"] = fix.get("color") or pick(["black", "white", "blue", "red", "grey", "green"])
    fr = fix.get("frame") or frame_no(b)
    fact(o, "frame", "serial", fr, ser=("frame", None))
    for mk in [("basket", "有车篮", "带车篮"), ("rack", "后面有货架", "带后货架"),
               ("lock", "挂着一把U型锁", "车上挂U型锁"), ("tape", "车把缠了黑胶布", "车把缠有黑色胶布"),
               ("gear", "21速变速", "带变速器")]:
        if chance(0.3):
            fact(o, mk[0], "mark", mk[0], own=mk[1], find=mk[2])
    return o


BAG_CONTENTS = [("clothes", "几件衣服", "衣物若干", "some clothes"),
                ("workwear", "两套工衣", "工作服两套", "work uniforms"),
                ("sausage", "给家里带的腊肠", "腊肠数包", "sausages as gifts"),
                ("milk", "两罐奶粉", "奶粉两罐", "two tins of milk powder"),
                ("toy", "给孩子买的玩具车", "儿童玩具车一个", "a toy car"),
                ("charger", "充电器和数据线", "充电器、数据线", "chargers"),
                ("shoes", "一双劳保鞋", "劳保鞋一双", "safety shoes"),
                ("tea", "两盒茶叶", "茶叶两盒", "two boxes of tea"),
                ("snacks", "一袋零食", "零食一袋", "snacks"),
                ("towel", "毛巾牙刷", "洗漱用品", "toiletries"),
                ("samples", "几块样板布", "布料样板若干", "fabric samples"),
                ("quilt", "一床被子", "被子一床", "a quilt")]


def g_bag(owner, fix):
    sub = fix.get("sub") or wpick([("backpack", 5), ("crossbody", 3), ("suitcase", 4),
                                   ("woven", 3), ("gift", 2), ("laptopbag", 1)])
    spec = {"backpack": (["双肩包", "背包", "书包"], ["双肩背包", "背包"], "backpack", "bei bao"),
            "crossbody": (["挎包", "斜挎包", "包包"], ["斜挎包", "单肩包"], "shoulder bag", "kua bao"),
            "suitcase": (["行李箱", "拉杆箱", "箱子"], ["拉杆箱", "行李箱"], "suitcase", "xing li xiang"),
            "woven": (["编织袋", "蛇皮袋", "大袋子"], ["编织袋", "蛇皮袋"], "woven sack", "bian zhi dai"),
            "gift": (["手提袋", "年货袋子", "袋子"], ["手提礼品袋", "购物袋"], "gift bag", "shou ti dai"),
            "laptopbag": (["电脑包", "公文包"], ["电脑包"], "laptop bag", "dian nao bao")}[sub]
    o = new_obj("bag", sub, owner, spec[0], spec[1], "个", spec[2], spec[3])
    if sub == "woven":
        o["color"] = fix.get("color") or pick(["rwb", "rwb", "white", "green"])
    else:
        o["color"] = fix.get("color") or pick(["black", "black", "grey", "blue", "red", "brown", "pink", "green"])
    if sub in ("backpack", "suitcase", "crossbody", "laptopbag") and (fix.get("brand") or chance(0.5)):
        bs = {"backpack": ["decathlon", "anta", "lining", "xiaomi"], "suitcase": ["samsonite", "decathlon", "xiaomi"],
              "crossbody": ["anta", "lining", "coach"], "laptopbag": ["lenovo", "samsonite", "xiaomi"]}[sub]
        b = fix.get("brand")
        if b is None:
            b = brand_from(fix, [(x, 1) for x in bs])
        o["brand"] = b
    locked = sub == "suitcase" and chance(0.35)
    n = R.randint(1, 3)
    small = {"crossbody": ("charger", "towel", "snacks", "samples", "tea"),
             "laptopbag": ("charger", "samples", "snacks"),
             "gift": ("sausage", "milk", "toy", "tea", "snacks")}
    pool = [c for c in BAG_CONTENTS if sub not in small or c[0] in small[sub]]
    for i, c in enumerate(R.sample(pool, n)):
        fact(o, "c%d" % i, "content", c[0], own=c[1], find=None if locked else c[2], en=c[3])
    if locked:
        fact(o, "lock", "hidden", 1, own="箱子密码锁密码是%s" % digits(3))
        fact(o, "locked", "state", 1, find="箱子上密码锁，未能打开")
    if chance(0.35) and not owner["foreign"]:
        name_fact(o, owner, pick(["行李牌上写了我名字{n}", "包上挂了名牌写着{n}"]),
                  pick(["挂有行李牌，写“{n}”", "吊牌手写姓名{n}"]))
    elif chance(0.3) and not owner["foreign"]:
        add_idin(o, owner, 0.9)
    if owner["foreign"] and chance(0.6):
        fact(o, "laptop", "content", 1, own="laptop inside", find="内有笔记本电脑一台", en="a laptop inside")
    m = pick([("tape", "箱子上缠了红胶带", "箱体缠红色胶带"), ("rope", "用绳子捆着", "外面用绳子捆扎"),
              ("amulet", "拉链上挂着平安符", "拉链挂平安符"), ("broken", "拉链坏了一边", "一侧拉链损坏"),
              ("ribbon", "把手上绑了根红布条", "把手系红布条"), (None, None, None)])
    if m[0]:
        fact(o, "mark", "mark", m[0], own=m[1], find=m[2])
    return o


def g_cash(owner, fix):
    sub = fix.get("sub") or wpick([("payenv", 4), ("redpacket", 3), ("roll", 3)])
    if sub == "payenv":
        co = wpick(COMPANY_W)
        o = new_obj("cash", sub, owner, ["工资", "现金", "工资袋"], ["工资袋", "装现金的工资袋"], "个", "pay envelope with cash", "gong zi dai")
        o["color"] = pick(["brown", "yellow", "white"])
        o["cn"] = "信封"
        a = fix.get("amount") or R.randint(2800, 6900)
        fact(o, "env", "mark", co[0], own="%s发的工资袋" % co[1], find="牛皮纸工资袋，印“%s”字样" % co[1])
        name_fact(o, owner, "信封上写着我名字{n}", "信封手写姓名{n}")
        o["near"] = co[3]
    elif sub == "redpacket":
        o = new_obj("cash", sub, owner, ["红包", "红包", "利是"], ["红包", "红包（内有现金）"], "个",
                    "red envelope", "hong bao")
        o["color"] = "red"
        a = fix.get("amount") or pick([600, 800, 1000, 1200, 1600, 2000, 2600, 3000])
        if chance(0.6):
            fact(o, "print", "mark", "gxfc", own="红包上印着恭喜发财", find="封面印“恭喜发财”")
        if chance(0.5):
            n = R.randint(2, 4)
            fact(o, "count", "mark", n, own="一共%d个红包" % n, find="共%d个" % n)
    else:
        o = new_obj("cash", sub, owner, ["现金", "一沓钱", "钱"], ["现金", "人民币现金"], "沓", "bundle of cash", "xian jin")
        a = fix.get("amount") or R.randint(8, 80) * 100
        w = pick([("band", "用橡皮筋扎着", "用橡皮筋捆扎", None), ("bag", "装在一个塑料袋里", "装于透明塑料袋", "white"),
                  ("folded", "对折着的", "对折放置", None)])
        fact(o, "wrap", "mark", w[0], own=w[1], find=w[2])
        o["color"] = w[3]
    fact(o, "amount", "content", a, own=pick(["一共", "总共", "", "大概"]) + approx_money(a),
         find=pick(["现金%d元", "经清点共%d元", "人民币%d元"]) % a, en="%d yuan" % a)
    if a >= 1000 and chance(0.5):
        fact(o, "denom", "state", 1, find="其中100元面额%d张" % (a // 100))
    return o


def g_jewelry(owner, fix):
    sub = fix.get("sub") or wpick([("necklace", 4), ("bangle", 2), ("ring", 2), ("bracelet", 2), ("earring", 1)])
    fc = fix.get("color")
    if fc and not fix.get("sub"):
        sub = {"red": "bracelet", "green": "bangle", "silver": "bangle"}.get(fc, sub)
        if fc == "gold" and sub == "bracelet":
            sub = "necklace"
    spec = {"necklace": (["金项链", "项链", "金链子"], ["黄色金属项链", "项链"], "gold", "necklace"),
            "bangle": (["手镯", "镯子"], ["手镯"], "green", "bangle"),
            "ring": (["金戒指", "戒指"], ["戒指", "黄色金属戒指"], "gold", "ring"),
            "bracelet": (["手链", "转运珠手链"], ["手链"], "red", "bracelet"),
            "earring": (["耳环", "耳钉"], ["耳环"], "gold", "earring")}[sub]
    unit = {"necklace": "条", "bangle": "只", "ring": "枚", "bracelet": "条", "earring": "对"}[sub]
    o = new_obj("jewelry", sub, owner, spec[0], spec[1], unit, spec[3],
                {"necklace": "xiang lian", "bangle": "shou zhuo", "ring": "jie zhi", "bracelet": "shou lian",
                 "earring": "er huan"}[sub])
    if sub == "bangle":
        c = fix.get("color") or pick(["green", "silver", "gold"])
        o["own"] = {"green": ["玉镯", "翡翠手镯"], "silver": ["银手镯", "银镯子"], "gold": ["金手镯"]}[c]
        o["find"] = {"green": ["绿色玉石手镯"], "silver": ["白色金属手镯"], "gold": ["黄色金属手镯"]}[c]
        o["color"] = c
    else:
        o["color"] = fix.get("color") or spec[2]
    if sub != "bracelet" and (fix.get("brand") or chance(0.45)):
        o["brand"] = fix.get("brand") or pick(["chowtaifook", "laofengxiang"])
    g = round(R.uniform(3, 28), 1)
    fact(o, "weight", "hidden", g, own=pick(["大概%s克", "%s克左右", "称过是%s克"]) % g)
    if sub == "necklace":
        p = pick([("pixiu", "貔貅吊坠", "貔貅造型吊坠"), ("guanyin", "观音吊坠", "观音像吊坠"),
                  ("pingan", "平安扣吊坠", "圆形平安扣吊坠"), ("none", "没有吊坠", None)])
        fact(o, "pend", "mark", p[0], own=("带" if p[0] != "none" else "") + p[1], find=p[2] and ("带" + p[2]))
        if chance(0.5):
            fact(o, "clasp", "mark", 1, own="扣子有点松", find="搭扣已损坏")
    if sub == "ring" and chance(0.7):
        e = pick(["LX♡ZM", "520", "W&Y", "永结同心", "ZJ 2019"])
        fact(o, "engr", "mark", e, own="内圈刻了“%s”" % e, find="内圈刻有“%s”" % e)
    if sub == "bracelet":
        fact(o, "beads", "mark", 1, own="红绳编的，串了三颗金珠", find="红绳编织，串黄色金属珠三颗")
    if chance(0.4):
        fact(o, "why", "hidden", 1, own=pick(["是我妈给我的嫁妆", "结婚时买的", "刚买没多久，发票还在"]))
    return o


def g_electronics(owner, fix):
    sub = fix.get("sub") or wpick([("earbuds", 6), ("powerbank", 5), ("watch", 3), ("tablet", 2),
                                   ("laptop", 2 if owner["foreign"] else 1), ("walkie", 1), ("speaker", 1)])
    spec = {"earbuds": (["蓝牙耳机", "耳机", "无线耳机"], ["蓝牙耳机", "无线耳机（含充电盒）"], "earbuds",
                        ["apple", "huawei", "xiaomi", "edifier"], {"apple": "AirPods 5", "huawei": "FreeBuds 8i",
                                                                   "xiaomi": "Buds 7", "edifier": "X9s"}),
            "powerbank": (["充电宝", "移动电源", "冲电宝"], ["充电宝", "移动电源"], "power bank",
                          ["romoss", "xiaomi", "anker"], {"romoss": "20000mAh", "xiaomi": "10000mAh", "anker": "PowerCore 26"}),
            "watch": (["手表", "智能手表", "手环"], ["智能手表", "运动手表"], "smart watch",
                      ["huawei", "xiaomi", "apple"], {"huawei": "Watch GT 9", "xiaomi": "Band 12", "apple": "Watch S14"}),
            "tablet": (["平板", "平板电脑"], ["平板电脑"], "tablet", ["huawei", "apple", "xiaomi"],
                       {"huawei": "MatePad 14", "apple": "iPad Air 9", "xiaomi": "Pad 9"}),
            "laptop": (["笔记本电脑", "电脑"], ["笔记本电脑"], "laptop", ["lenovo", "apple", "huawei"],
                       {"lenovo": "ThinkBook 17X", "apple": "MacBook Air 17", "huawei": "MateBook 16X"}),
            "walkie": (["对讲机"], ["对讲机"], "walkie-talkie", ["hytera"], {"hytera": "TC-880"}),
            "speaker": (["蓝牙音箱", "小音箱"], ["蓝牙音箱"], "bluetooth speaker", ["xiaomi", "edifier"],
                        {"xiaomi": "Sound 5", "edifier": "M7"})}[sub]
    o = new_obj("electronics", sub, owner, spec[0], spec[1], "个" if sub != "laptop" else "台", spec[2],
                {"earbuds": "lan ya er ji", "powerbank": "chong dian bao", "watch": "shou biao", "tablet": "ping ban",
                 "laptop": "bi ji ben dian nao", "walkie": "dui jiang ji", "speaker": "yin xiang"}[sub])
    b = fix.get("brand")
    if b is None:
        b = brand_from(fix, [(x, 1) for x in spec[3]])
    o["brand"] = b
    o["model"] = spec[4][b]
    o["color"] = fix.get("color") or pick(["white", "black", "black", "grey", "blue", "pink", "silver"])
    if sub in ("earbuds", "tablet", "laptop", "watch") and chance(0.6):
        sn = pick("FGHKLMP") + pick("QRSTVWX") + digits(2) + "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6))
        fact(o, "sn", "serial", sn, ser=("sn", None))
    mk = {"earbuds": [("cover", "耳机盒套了个恐龙图案的保护套", "充电盒带恐龙图案保护套", "dinosaur cover"),
                      ("one", "只剩左耳", "盒内仅有左耳一只", "only the left bud"),
                      ("name", "盒子上贴了宿舍号", "充电盒贴有宿舍号贴纸", "room number sticker")],
          "powerbank": [("sticker", "上面贴了个卡通贴纸", "表面贴卡通贴纸", "cartoon sticker"),
                        ("cable", "插着一根白色数据线", "带白色数据线", "white cable"),
                        ("scratch", "外壳磨花了", "外壳有明显划痕", "scratched")],
          "watch": [("band", "表带换成了橙色的", "橙色表带", "orange strap"),
                    ("crack", "表盘有划痕", "表镜有划痕", "scratched face")],
          "tablet": [("case", "带个皮套", "带翻盖保护套", "folio case"),
                     ("kid", "里面全是孩子的动画片", "锁屏为卡通图片", "cartoon lock screen")],
          "laptop": [("sticker", "盖子上贴了世界地图贴纸", "顶盖贴有世界地图贴纸", "world map sticker on the lid"),
                     ("bag", "装在灰色内胆包里", "装在灰色内胆包内", "in a grey sleeve")],
          "walkie": [("num", "机身贴了3号", "机身贴“3号”", "number 3 sticker"),
                     ("clip", "背夹断了", "背夹断裂", "broken clip")],
          "speaker": [("strap", "挂绳是蓝色的", "带蓝色挂绳", "blue strap")]}[sub]
    for m in mk:
        if chance(0.45):
            fact(o, m[0], "mark", m[0], own=m[1], find=m[2], en=m[3])
    if sub == "walkie":
        o["near"] = ["hj_gate", "rx_gate", "log_gate", "log_east", "sorting"]
    if sub == "laptop" and chance(0.5):
        fact(o, "pw", "hidden", 1, own="开机有密码，桌面是我女儿", en="password protected, my daughter on the desktop")
    return o


def g_other(owner, fix):
    sub = fix.get("sub") or wpick([("thermos", 4), ("helmet", 3), ("umbrella", 2), ("glasses", 2),
                                   ("parcel", 2), ("toolbag", 1), ("workwear", 1)])
    if sub == "thermos":
        o = new_obj("other", sub, owner, ["保温杯", "水杯", "杯子"], ["保温杯", "不锈钢保温杯"], "个", "thermos", "bao wen bei")
        b = fix.get("brand")
        if b is None:
            b = brand_from(fix, [(x, 1) for x in ["zojirushi", "thermos", "fuguang"]])
        o["brand"] = b
        o["color"] = fix.get("color") or pick(["black", "white", "pink", "blue", "silver", "green"])
        if chance(0.4):
            name_fact(o, owner, "杯身贴了名字贴“{n}”", "杯身贴姓名贴“{n}”")
        for m in [("dent", "杯底摔瘪了一块", "杯底有凹痕"), ("tea", "里面泡着枸杞", "杯内有枸杞茶水"),
                  ("rope", "杯盖上系了根绳子", "杯盖系有挂绳")]:
            if chance(0.35):
                fact(o, m[0], "mark", m[0], own=m[1], find=m[2])
    elif sub == "helmet":
        co = fix.get("company") or wpick(COMPANY_W)
        o = new_obj("other", sub, owner, ["安全帽", "头盔", "安全帽"], ["安全帽", "工地安全帽"], "顶", "safety helmet", "an quan mao")
        o["color"] = fix.get("color") or pick(["yellow", "red", "white", "blue", "orange"])
        o["near"] = co[3]
        o["company"] = co
        fact(o, "co", "mark", co[0], own="印着%s的标" % co[1], find="印有“%s”标志" % co[1])
        if chance(0.8):
            name_fact(o, owner, "帽子后面用记号笔写了{n}", "帽后记号笔写“{n}”")
            if chance(0.6):
                no = fix.get("badge") or badge_no(co)
                fact(o, "badge", "serial", no, ser=("badge", None))
    elif sub == "umbrella":
        o = new_obj("other", sub, owner, ["雨伞", "伞"], ["雨伞", "折叠伞"], "把", "umbrella", "yu san")
        o["color"] = fix.get("color") or pick(["black", "blue", "pink", "grey", "purple"])
        m = pick([("ad", "佳乐惠送的广告伞", "伞面印“佳乐惠超市”"), ("fold", "三折的", "三折伞"),
                  ("long", "长柄的，伞骨断了一根", "长柄伞，一根伞骨断裂")])
        fact(o, "type", "mark", m[0], own=m[1], find=m[2])
    elif sub == "glasses":
        o = new_obj("other", sub, owner, ["眼镜", "近视眼镜"], ["眼镜", "近视眼镜（带眼镜盒）"], "副", "glasses", "yan jing")
        o["color"] = fix.get("color") or pick(["black", "brown", "blue", "grey"])
        o["cn"] = "眼镜盒"
        fact(o, "frame", "mark", pick(["黑框", "金属框", "半框"]), own=None, find=None)
        f = o["facts"]["frame"]
        f["own"], f["find"] = "%s的" % f["v"], "%s镜架" % f["v"]
        fact(o, "deg", "hidden", 1, own="度数%d度左右" % (R.randint(2, 8) * 100))
    elif sub == "parcel":
        o = new_obj("other", sub, owner, ["快递", "快递件", "包裹"], ["快递包裹", "快递件"], "件", "parcel", "kuai di")
        o["color"] = fix.get("color") or pick(["brown", "white", "black"])
        o["cn"] = "包装"
        wb = "SG" + digits(12)
        fact(o, "wb", "serial", wb, ser=("waybill", None))
        rn = pick(SURN)[0]
        fact(o, "rcpt", "mark", rn, own="收件人姓%s" % rn, find="收件人：%s**" % rn)
        c = pick(["衣服", "手机壳", "一箱洗衣液", "零食", "电子配件"])
        fact(o, "what", "hidden", c, own="里面是%s" % c)
        o["near"] = ["sorting", "log_east", "linlin", "sp_rent", "xt_bus", "hj_b3"]
    elif sub == "toolbag":
        o = new_obj("other", sub, owner, ["工具包", "工具袋"], ["帆布工具包"], "个", "tool bag", "gong ju bao")
        o["color"] = fix.get("color") or pick(["black", "blue", "grey", "green"])
        fact(o, "tools", "content", 1, own="里面有万用表和电烙铁", find="内有万用表、电烙铁等工具")
        if chance(0.5):
            name_fact(o, owner, "包上写了{n}", "包面写有“{n}”")
    else:
        co = fix.get("company") or wpick(COMPANY_W)
        o = new_obj("other", "workwear", owner, ["工衣", "厂服", "工作服"], ["工作服", "工衣"], "件", "work jacket", "gong yi")
        o["color"] = fix.get("color") or pick(["blue", "grey", "white", "red"])
        o["near"] = co[3]
        o["company"] = co
        fact(o, "co", "mark", co[0], own="%s的厂服" % co[1], find="印有“%s”字样" % co[1])
        no = fix.get("badge") or badge_no(co)
        fact(o, "badge", "serial", no, ser=("badge", None))
        if chance(0.4):
            fact(o, "pocket", "content", 1, own="口袋里有包烟和打火机", find="口袋内有香烟一包、打火机一个")
    return o


KINDS = {
    "id_doc": [("badge", 36), ("idcard", 30), ("residence", 7), ("driving", 6), ("social", 7),
               ("student", 6), ("health", 5), ("passport", 3)],
}


def make_obj(cat, owner, fix=None, sub=None):
    fix = dict(fix or {})
    if sub:
        fix["sub"] = sub
    if cat == "id_doc":
        s = fix.get("sub") or wpick(KINDS["id_doc"])
        if s == "passport" and not owner["foreign"]:
            s = "idcard"
        return g_badge(owner, fix) if s == "badge" else g_card(owner, fix, s)
    return {"phone": g_phone, "wallet": g_wallet, "keys": g_keys, "ebike": g_ebike,
            "bicycle": g_bicycle, "bag": g_bag, "cash": g_cash, "jewelry": g_jewelry,
            "electronics": g_electronics, "other": g_other}[cat](owner, fix)


# --------------------------------------------------------- serial text
OWN_P = {"imei": 0.42, "id": 0.7, "badge": 0.75, "card": 0.65, "plate": 0.85, "frame": 0.3,
         "tag": 0.85, "locker": 0.8, "sn": 0.3, "passport": 0.8, "student": 0.6, "health": 0.45,
         "waybill": 0.9}
FIND_P = {"imei": 0.38, "id": 0.95, "badge": 0.95, "card": 0.75, "plate": 0.9, "frame": 0.5,
          "tag": 0.9, "locker": 0.9, "sn": 0.35, "passport": 0.95, "student": 0.9, "health": 0.9,
          "waybill": 0.95}


def mask_card(pre, tail):
    return pick(["%s****%s" % (pre, tail), "%s **** **** %s" % (pre, tail),
                 "%s%s******%s" % (pre, digits(2), tail), "**** **** **** %s" % tail])


def ser_text(f, side, voice):
    """-> (text for the serial field, phrase for the body)."""
    t, v = f["ser"][0], f["v"]
    en = voice == "english"
    if t == "imei":
        r = R.random()
        if side == "own" and r < 0.22:
            x = v[-6:]
            return x, ("last 6 of IMEI %s" % x) if en else pick(["串号后六位%s", "IMEI后6位%s"]) % x
        if r < 0.5:
            x = v
        elif r < 0.7:
            x = "%s %s %s %s" % (v[:4], v[4:8], v[8:12], v[12:])
        elif r < 0.85:
            x = "%s-%s-%s-%s" % (v[:2], v[2:8], v[8:14], v[14])
        else:
            x = v
        if side == "own" and chance(0.05):
            x = x.translate(FW)
        fld = pick([x, "IMEI:" + x, "IMEI " + x, "IMEI1 " + x]) if chance(0.6) else x
        return fld, ("IMEI %s" % x) if en else pick(["IMEI号%s", "串号%s", "IMEI：%s", "手机串号是%s"]) % x
    if t == "id":
        r = R.random()
        if side == "own":
            if r < 0.5:
                x = v
            elif r < 0.75:
                x = v[:6] + "********" + v[-4:]
            else:
                return v[-4:], "身份证尾号%s" % v[-4:]
        else:
            x = v if r < 0.55 else pick([v[:6] + "********" + v[-4:], v[:10] + "****" + v[-4:]])
        return x, pick(["身份证号%s", "身份证号码：%s", "证号%s"]) % x
    if t == "card":
        bank, pre = f["ser"][1]
        if side == "own":
            x = pick(["尾号%s" % v, v, "****%s" % v])
            return x, pick(["%s卡尾号%s" % (bank, v), "银行卡尾号%s" % v, "%s的卡，卡号后四位%s" % (bank, v)])
        x = mask_card(pre, v)
        return x, "%s银行卡一张（%s）" % (bank, x)
    if t == "plate":
        x = pick([v, v.replace("·", ""), v[1:], v.replace("·", " "), v[1:].replace("·", "")])
        return x, pick(["车牌%s", "车牌号%s", "牌照%s"]) % x
    if t == "frame":
        if side == "own" and chance(0.4):
            return v[-6:], "车架号后六位%s" % v[-6:]
        x = pick([v, v, v.lower(), "%s %s" % (v[:5], v[5:])])
        return x, pick(["车架号%s", "车架号码：%s"]) % x
    if t == "tag":
        if "-" in v:
            b, n = v.split("-")
            x = pick([v, "%s栋%s" % (b, n), "%s %s" % (b.lower(), n), "%s房" % n]) if side == "own" else v
        else:
            x = pick([v, v + "房", v.split("号")[-1] + "房"]) if side == "own" else v
        return x, (pick(["%s的钥匙", "房号%s", "钥匙牌写的%s"]) % x) if side == "own" else pick(["号码牌“%s”", "钥匙牌写有%s"]) % x
    if t == "locker":
        return "柜号" + v, pick(["柜号%s", "%s号柜"]) % v
    if t == "sn":
        if side == "own" and chance(0.4):
            return v[-4:], "序列号后四位%s" % v[-4:]
        return "SN:" + v, "SN码%s" % v
    if t == "passport":
        x = pick([v, "No. " + v, v[:2] + " " + v[2:]])
        return x, ("passport number %s" % x) if en else "护照号%s" % x
    if t == "student":
        return v, "学号%s" % v
    if t == "health":
        x = pick([v, v.replace("-", "")])
        return x, "编号%s" % x
    if t == "waybill":
        if side == "own" and chance(0.3):
            return v[-6:], "单号后六位%s" % v[-6:]
        x = pick([v, "%s %s %s" % (v[:6], v[6:10], v[10:])])
        return x, "运单号%s" % x
    if t == "badge":
        if side == "own":
            x = pick([v, v, v.lower(), re_digits(v)])
        else:
            lead = v.rstrip("0123456789")
            x = pick([v, v, lead + "-" + v[len(lead):], lead + " " + v[len(lead):]])
        return x, pick(["工号%s", "工号：%s"]) % x
    raise ValueError(t)


def re_digits(s):
    return "".join(c for c in s if c.isdigit())


# ---------------------------------------------------------------- voices
DIALECT = {
    "sichuan": [("丢了", "搞掉了"), ("不见了", "找不到了"), ("什么", "啥子"), ("没有", "莫得"), ("很", "好")],
    "hunan": [("丢了", "搞丢哒"), ("不见了", "冇看到哒"), ("什么", "么子"), ("很", "蛮")],
    "henan": [("我", "俺"), ("很", "可"), ("丢了", "弄丢了")],
    "guizhou": [("丢了", "搞落了"), ("什么", "哪样"), ("没有", "没得")],
    "guangxi": [("丢了", "丢掉了"), ("没有", "没得"), ("谢谢", "谢谢咯")],
    "dongbei": [("丢了", "整丢了"), ("很", "贼"), ("什么", "啥")],
    "hubei": [("丢了", "搞掉了"), ("什么", "么事")],
    "canto": [("钱包", "银包"), ("钥匙", "锁匙"), ("电动车", "电单车"), ("丢了", "唔见咗"),
              ("不见了", "唔见咗"), ("没有", "冇"), ("里面", "入面"), ("在", "喺"), ("的", "嘅"),
              ("和", "同埋"), ("捡到", "执到"), ("谢谢", "唔该")],
}
TYPOS = [("在", "再"), ("的", "得"), ("捡到", "检到"), ("钥匙", "钥是"), ("身份证", "身分证"),
         ("已经", "以经"), ("联系", "连系"), ("手机", "手几"), ("充电宝", "冲电宝"), ("宿舍", "宿社"),
         ("麻烦", "麻繁"), ("钱包", "钱抱"), ("黑色", "黑涩"), ("左右", "作右"), ("电动车", "电动东"),
         ("里面", "里边"), ("工牌", "工排"), ("谢谢", "谢射"), ("食堂", "食糖"), ("厂牌", "场牌")]


def voice_text(s, voice, typo_p):
    for a, b in DIALECT.get(voice, []):
        if a in s and chance(0.65):
            if a == "丢了":
                s = re.sub("[弄搞整]?丢了", b, s)
            else:
                s = s.replace(a, b)
    if chance(typo_p):
        cands = [t for t in TYPOS if t[0] in s]
        for a, b in R.sample(cands, min(len(cands), R.randint(1, 2))):
            i = s.find(a)
            s = s[:i] + b + s[i + len(a):]
    return s


def fit(parts, limit, sep=""):
    """join parts, dropping trailing optional parts until it fits."""
    out = list(parts)
    while len(sep.join(out)) > limit and len(out) > 1:
        out.pop(-2 if len(out) > 2 else -1)
    return sep.join(out)[:limit]


# ------------------------------------------------------------ item text
def item_zh(o, side, cw, bw, mw, voice):
    noun = pick(o["own"] if side == "own" else o["find"])
    unit = o["unit"]
    pre = ""
    if cw and not o["cn"]:
        pre += cw
    if bw:
        pre += bw
    if mw:
        pre += (" " if pre and pre[-1].isascii() and pre[-1].isalnum() else "") + mw
    if side == "own":
        r = R.random()
        if r < 0.5 or not pre:
            s = ("一%s" % unit if chance(0.5) and o["cat"] != "cash" else "") + pre + noun
        elif r < 0.8:
            s = pre + ("的" if not bw and not pre.endswith("的") else "") + noun
        else:
            s = "%s（%s）" % (noun, pre)
    else:
        r = R.random()
        if r < 0.55 or not pre:
            s = pre + noun + "一" + unit
        else:
            s = "%s一%s（%s）" % (noun, unit, pre)
    if cw and o["cn"]:
        s += "，%s%s" % (cw, o["cn"])
    return s


CN_EN = {"挂绳": "lanyard", "卡套": "sleeve", "皮套": "cover", "门禁扣": "fob", "信封": "envelope",
         "眼镜盒": "case", "包装": "wrapping"}


def item_en(o, cw, bw, mw):
    bits = [b for b in ((cw if not o["cn"] else None), bw, mw) if b] + [o["en"]]
    s = " ".join(bits)
    s = ("an " if s[0].lower() in "aeiou" else "a ") + s
    if cw and o["cn"]:
        s += " (%s %s)" % (cw, CN_EN.get(o["cn"], "cover"))
    return s


def choose_attrs(o, side, voice, hurried, proxy):
    """decide colour/brand/model words this person gives."""
    cw = bw = mw = None
    if o["color"]:
        p = 0.85 if side == "own" else 0.92
        if hurried:
            p = 0.7
        if chance(p):
            cw = color_word(o["color"], voice, side, confuse=0.05 if side == "find" else 0.0)
    if o["brand"]:
        if side == "own":
            p = 0.75 if not proxy else 0.45
        else:
            p = {"phone": 0.75, "ebike": 0.85, "bicycle": 0.8, "electronics": 0.7, "other": 0.6,
                 "keys": 0.7}.get(o["cat"], 0.5)
        if hurried:
            p *= 0.6
        if chance(p):
            bw = brand_word(o["brand"], voice, side)
    if o["model"] and bw:
        p = 0.45 if side == "own" else {"phone": 0.25, "ebike": 0.4}.get(o["cat"], 0.3)
        if o["brand"] == "apple" and side == "find":
            p = 0.1
        if not hurried and chance(p):
            mw = model_word(o["model"], voice, side)
    return cw, bw, mw


def choose_facts(o, side, hurried, proxy, force=()):
    """-> list of slots this person mentions."""
    out = []
    for slot, f in o["facts"].items():
        k = f["kind"]
        if slot in force:
            if (side == "own" and (f["own"] or k == "serial")) or (side == "find" and (f["find"] or k == "serial")):
                out.append(slot)
            continue
        if side == "own":
            if k == "state":
                continue
            p = {"serial": OWN_P.get(f["ser"][0], 0.5) if f["ser"] else 0, "name": 0.85, "mark": 0.55,
                 "content": 0.7, "hidden": 0.55}[k]
            if proxy:
                p *= 0.45 if k == "hidden" else 0.8
            if k != "serial" and not f["own"]:
                p = 0
        else:
            if k == "hidden":
                continue
            p = {"serial": FIND_P.get(f["ser"][0], 0.5) if f["ser"] else 0, "name": 0.92, "mark": 0.7,
                 "content": 0.75, "state": 0.5}[k]
            if k != "serial" and not f["find"]:
                p = 0
            if slot == "plate" and any("无车牌" in (g["find"] or "") for g in o["facts"].values()):
                p = 0
        if hurried:
            p *= 0.3
        if chance(p):
            out.append(slot)
    return out


# ---------------------------------------------------------------- events
KIND_PT = {
    "phone": [("dorm", 2), ("canteen", 2), ("factory", 1), ("gate", 1), ("market", 2), ("street", 1),
              ("busstop", 2), ("station", 2), ("netcafe", 1), ("shop", 1), ("logistics", 1), ("park", 1)],
    "badge": [("gate", 3), ("canteen", 2), ("factory", 2), ("busstop", 1), ("dorm", 1), ("street", 1)],
    "card": [("station", 2), ("office", 2), ("atm", 1), ("street", 1), ("dorm", 1), ("busstop", 1),
             ("clinic", 1), ("shop", 1), ("market", 1), ("netcafe", 1)],
    "wallet": [("market", 3), ("street", 2), ("busstop", 2), ("station", 2), ("canteen", 1), ("atm", 1),
               ("shop", 2), ("netcafe", 1)],
    "keys": [("shed", 2), ("dorm", 2), ("market", 1), ("street", 1), ("logistics", 1), ("canteen", 1)],
    "ebike": [("shed", 3), ("dorm", 2), ("gate", 1), ("market", 2), ("shop", 1), ("logistics", 1), ("netcafe", 1)],
    "bicycle": [("dorm", 2), ("shed", 1), ("shop", 1), ("park", 1), ("school", 1), ("street", 1)],
    "bag": [("station", 6), ("busstop", 2), ("market", 1), ("street", 1), ("dorm", 1), ("logistics", 1)],
    "cash": [("atm", 3), ("station", 2), ("market", 1), ("shop", 1), ("dorm", 1), ("canteen", 1)],
    "jewelry": [("market", 2), ("dorm", 2), ("park", 1), ("clinic", 1), ("shop", 1), ("station", 1),
                ("street", 1), ("canteen", 1)],
    "electronics": [("dorm", 2), ("factory", 1), ("canteen", 1), ("netcafe", 1), ("busstop", 1),
                    ("station", 2), ("logistics", 1), ("park", 1)],
    "other": [("factory", 2), ("canteen", 2), ("logistics", 2), ("busstop", 1), ("dorm", 1),
              ("station", 1), ("street", 1)],
}
TOD = {
    "gate": [(440, 500, 4), (1160, 1220, 4), (0, 1439, 2)], "shed": [(440, 500, 4), (1160, 1220, 4), (0, 1439, 1)],
    "factory": [(480, 1200, 3), (1200, 1439, 2), (0, 479, 1)],
    "canteen": [(660, 770, 4), (1020, 1120, 3), (1410, 1439, 1), (0, 40, 1)],
    "dorm": [(360, 510, 2), (1200, 1439, 3), (720, 840, 1)], "market": [(1170, 1439, 4), (0, 90, 2)],
    "street": [(420, 1380, 1)], "busstop": [(390, 510, 2), (1050, 1290, 2), (540, 1020, 1)],
    "station": [(360, 1290, 1)], "logistics": [(0, 1439, 1)], "atm": [(540, 1380, 1)],
    "shop": [(540, 1380, 1)], "netcafe": [(720, 1439, 2), (0, 300, 1)], "clinic": [(480, 1200, 1)],
    "express": [(540, 1260, 1)], "office": [(480, 1020, 1)], "park": [(1020, 1320, 1)],
    "school": [(450, 1080, 1)],
}
ZONE_ADJ = {"A": ["G", "S"], "G": ["A", "V", "S"], "V": ["G", "S"], "S": ["A", "G", "V"],
            "C": ["A", "S"], "D": ["V", "S"]}


def kind_pt(o):
    if o["cat"] == "id_doc":
        return KIND_PT["badge"] if o["kind"] == "badge" else KIND_PT["card"]
    return KIND_PT[o["cat"]]


def loss_place(o):
    if o["near"] and chance(0.65):
        return pick(o["near"])
    pt = wpick(kind_pt(o))
    ps = places_of(ptypes=[pt])
    return pick(ps)


def tod_minute(ptype):
    a, b, _ = wpick([((a, b, w), w) for a, b, w in TOD.get(ptype, [(0, 1439, 1)])])
    return R.randint(a, b)


def event_time(pid, days=None):
    ptype, zone = PL[pid][2], PL[pid][1]
    if days is None:
        if zone == "D" and chance(0.85):
            days = R.randint(0, 12)
        else:
            days = min(int(R.expovariate(1 / 14.0)), 100)
    m = tod_minute(ptype)
    t = datetime.datetime.combine(T0.date() - datetime.timedelta(days=days), datetime.time(m // 60, m % 60))
    while t > T0 - datetime.timedelta(minutes=60):
        t -= datetime.timedelta(days=1)
    return t


def floor10(t):
    return t - datetime.timedelta(minutes=t.minute % 10)


def ceil10(t):
    return t + datetime.timedelta(minutes=(10 - t.minute % 10) % 10)


def make_window(o, t):
    long_kind = o["cat"] in ("ebike", "bicycle", "keys", "jewelry")
    prof = wpick([("tight", 4 if not long_kind else 1), ("mid", 4), ("long", 2 if not long_kind else 4),
                  ("days", 1 if not long_kind else 2)])
    a, b = {"tight": lambda: (R.randint(5, 40), R.randint(5, 40)),
            "mid": lambda: (R.randint(30, 180), R.randint(20, 150)),
            "long": lambda: (R.randint(180, 720), R.randint(60, 600)),
            "days": lambda: (R.randint(720, 3600), R.randint(120, 1440))}[prof]()
    f = floor10(t - datetime.timedelta(minutes=a))
    to = ceil10(t + datetime.timedelta(minutes=b))
    lim = T0 - datetime.timedelta(minutes=R.randint(5, 40))
    if to > lim:
        to = max(lim, t)
    return f, to


def near_place(pid, o=None, same_p=0.25):
    zone = PL[pid][1]
    r = R.random()
    if r < same_p:
        return pid
    far_p = 0.3 if o and o["cat"] in ("ebike", "bicycle") else 0.12
    if r < 1 - far_p or zone not in ZONE_ADJ:
        cands = [p for p in places_of(zone=zone) if p != pid]
    else:
        cands = places_of(zone=pick(ZONE_ADJ[zone]))
    return pick(cands or [pid])


def found_delay(o, pid):
    if o["cat"] in ("ebike", "bicycle"):
        return R.randint(120, 14400)
    r = R.random()
    if PL[pid][1] == "D" and r < 0.7:
        return R.randint(5, 600)
    if r < 0.45:
        return R.randint(5, 120)
    if r < 0.75:
        return R.randint(120, 720)
    if r < 0.92:
        return R.randint(720, 4320)
    return R.randint(4320, 21600)


def clamp_found(t_found, floor_t):
    lim = T0 - datetime.timedelta(minutes=R.randint(5, 30))
    if t_found > lim:
        t_found = max(lim, floor_t)
    return t_found


def make_event(o, with_found):
    pid = loss_place(o)
    t = event_time(pid)
    f, to = make_window(o, t)
    ev = {"pid": pid, "t": t, "from": f, "to": to}
    r = R.random()
    others = [p for p in places_of(zone=PL[pid][1]) if p != pid]
    if r < 0.6 or not others or o["cat"] in ("ebike", "bicycle"):
        ev["otext"] = ("exact", pid, None)
    elif r < 0.8:
        ev["otext"] = ("route", pid, pick(others))
    elif r < 0.9:
        ev["otext"] = ("near", pid, None)
    else:
        ev["otext"] = ("either", pid, pick(others))
    if with_found:
        ev["fpid"] = near_place(pid, o)
        ev["tf"] = clamp_found(t + datetime.timedelta(minutes=found_delay(o, pid)), t)
    return ev


def place_name(pid, voice):
    p = PL[pid]
    if voice == "english":
        return p[6]
    if voice == "pinyin":
        return p[7]
    return pick(p[5])


def owner_place(ev, voice):
    """-> (text, lat, lon) as the owner gives it."""
    kind, a, b = ev["otext"]
    na = place_name(a, voice)
    lat, lon = coords(a)
    if voice == "english":
        if kind in ("route", "either"):
            lb, ob = coords(b)
            nb = place_name(b, voice)
            if kind == "route":
                return "on the way from %s to %s" % (na, nb), round((lat + lb) / 2, 6), round((lon + ob) / 2, 6)
            return "at %s or %s" % (na, nb), lat, lon
        return ("at " if kind == "exact" else "around ") + na, lat, lon
    if kind == "exact":
        return na, lat, lon
    if kind == "near":
        return na + ({"english": " area", "pinyin": " fu jin"}.get(voice, "附近")), lat, lon
    nb = place_name(b, voice)
    lb, ob = coords(b)
    mid = (round((lat + lb) / 2, 6), round((lon + ob) / 2, 6))
    if kind == "route":
        t = {"english": "between %s and %s" % (na, nb), "pinyin": "%s dao %s lu shang" % (na, nb)}.get(
            voice, pick(["从%s到%s的路上", "%s去%s路上", "%s和%s之间"]) % (na, nb))
        return t, mid[0], mid[1]
    t = {"english": "%s or %s" % (na, nb), "pinyin": "%s huo zhe %s" % (na, nb)}.get(
        voice, pick(["%s还是%s（记不清了）", "%s或者%s"]) % (na, nb))
    return t, lat, lon


# ------------------------------------------------------------ lost side
CLOSE_OWN = ["麻烦捡到的好心人联系我，必有重谢！", "有消息请打%s", "谢谢！", "急！！证件很重要，谢谢",
             "请帮忙留意一下", "", "", "捡到请联系%s，重谢", "拜托了", "本人电话%s"]
OPEN_OWN = ["", "", "本人", "你好，", "民警同志你好，", "我", "登记一下，"]


PY_SER = {"imei": "chuan hao", "id": "shen fen zheng hao", "badge": "gong hao", "card": "ka hao wei hao",
          "plate": "che pai", "frame": "che jia hao", "tag": "fang hao", "locker": "gui hao",
          "student": "xue hao", "waybill": "dan hao", "sn": "xu lie hao"}


def fact_phrase(f, side, voice):
    if f["kind"] == "serial" and voice != "pinyin":
        return ser_text(f, side, voice)
    if voice == "english":
        return None, f["en"]
    if voice == "pinyin":
        if f["kind"] == "serial":
            fld, _ = ser_text(f, side, voice)
            return fld, "%s %s" % (PY_SER.get(f["ser"][0], "hao ma"), fld)
        return None, f["py"]
    return None, f["own"] if side == "own" else f["find"]


def main_clause_own(o, ev, tphrase, wtext, item, long_win):
    pt = PL[ev["pid"]][2]
    h = ev["t"].hour
    if o["cat"] in ("ebike", "bicycle"):
        return pick(["%s把%s停在%s，回来就不见了，应该是被人偷了" % (tphrase, item, wtext),
                     "停在%s的%s%s被偷了" % (wtext, item, tphrase),
                     "%s在%s丢了%s" % (tphrase, wtext, item)])
    if pt == "station":
        act = {"bus_wc": "上厕所出来", "bus_gate3": pick(["检票的时候", "排队检票"]), "bus_hall": "排队买票",
               "bus_wait": pick(["等车", "等车的时候睡着了"]), "bus_coach": "上车的时候",
               "bus_square": "人太多挤来挤去"}.get(ev["pid"], "人太多挤来挤去")
        return "%s在%s%s，%s不见了" % (tphrase, wtext, act, item)
    if pt in ("gate", "shed") and (7 <= h <= 8 or 19 <= h <= 20):
        sh = "下夜班" if h < 12 else pick(["交班", "下白班", "上夜班"])
        return "%s%s的时候在%s丢了%s" % (tphrase, sh, wtext, item)
    if long_win:
        return pick(["%s之间在%s把%s弄丢了" % (tphrase, wtext, item),
                     "%s，%s一带，%s不见了" % (tphrase, wtext, item)])
    return pick(["%s在%s丢了%s" % (tphrase, wtext, item),
                 "%s在%s不小心把%s弄丢了" % (tphrase, wtext, item),
                 "%s从%s出来发现%s不见了" % (tphrase, wtext, item),
                 "%s于%s遗失%s" % (tphrase, wtext, item),
                 "%s掉在%s了，%s" % (item, wtext, tphrase)])


def write_lost(o, ev, key):
    owner = o["owner"]
    voice = owner["voice"]
    mode = "normal"
    if voice != "english":
        r = R.random()
        if r < 0.05:
            voice, mode = "pinyin", "pinyin"
        elif r < 0.14:
            mode = "hurried"
        elif r < 0.22:
            mode = "proxy"
    hurried, proxy = mode == "hurried", mode == "proxy"
    cw, bw, mw = choose_attrs(o, "own", voice, hurried, proxy)
    slots = choose_facts(o, "own", hurried, proxy)
    if voice in ("english", "pinyin"):
        slots = [s for s in slots if o["facts"][s]["kind"] == "serial" or fact_phrase(o["facts"][s], "own", voice)[1]]
    disc = {"kind"}
    rec = {"key": key, "category": o["cat"]}
    fp = 0.0 if hurried else (0.55 if mode != "pinyin" else 0.35)
    body_attr = {}
    for nm, w in (("color", cw), ("brand", bw), ("model", mw)):
        if not w:
            continue
        disc.add(nm)
        if chance(fp):
            rec[nm] = w[:60]
            body_attr[nm] = w if chance(0.4) else None
        else:
            body_attr[nm] = w
    details, marks = [], []
    serial_done = False
    for s in slots:
        f = o["facts"][s]
        fld, ph = fact_phrase(f, "own", voice)
        if not ph:
            continue
        disc.add(s)
        if f["kind"] == "serial" and not serial_done and chance(fp + 0.1):
            rec["serial"] = fld[:60]
            serial_done = True
            if chance(0.35):
                details.append(ph)
            continue
        if f["kind"] in ("mark", "content", "name") and chance(fp * 0.7):
            marks.append(ph)
        else:
            details.append(ph)
    if marks:
        rec["marks"] = fit(marks, 500, pick(["，", "；", "; "]) if voice != "english" else "; ")
    wtext, lat, lon = owner_place(ev, voice)
    if not hurried and chance(0.7):
        rec["address"] = re.sub("^(at|around) ", "", wtext)[:60]
        if chance(0.3):
            wtext = ("at " if voice == "english" else "") + place_name(ev["pid"], voice)
    if chance(0.3 if hurried else (0.6 if voice == "english" else 0.45)):
        rec["lat"], rec["lon"] = lat, lon
    long_win = (ev["to"] - ev["from"]) > datetime.timedelta(hours=3)
    cwb, bwb, mwb = body_attr.get("color"), body_attr.get("brand"), body_attr.get("model")
    phone = owner["phone"]
    if voice == "english":
        t = window_en(ev["from"], ev["to"]) if long_win else "on " + when_en(ev["t"])
        body = pick(["Lost %s %s, %s." % (item_en(o, cwb, bwb, mwb), wtext, t),
                     "I lost my %s %s %s." % (item_en(o, cwb, bwb, mwb).split(" ", 1)[1], wtext, t),
                     "Hello, %s went missing %s, %s." % (item_en(o, cwb, bwb, mwb), wtext, t)])
        det = ". ".join(details)
        tail = pick(["Please call %s." % phone, "Reward offered. WeChat/phone %s" % phone,
                     "I am a buyer visiting the factories, please help!", "Thank you."])
        parts = [body, (det + ".") if det else "", tail]
        rec["body"] = fit([p for p in parts if p], 600, " ")
    elif voice == "pinyin":
        t = when_py(ev["t"])
        it = " ".join([x for x in (cwb, bwb, mwb, o["py"]) if x])
        body = "%s zai %s diu le %s" % (t, wtext, it)
        parts = [body] + details + ["lian xi %s" % phone if chance(0.6) else "xie xie"]
        rec["body"] = fit(parts, 600, ", ")
    else:
        tphrase = window_zh(ev["from"], ev["to"]) if long_win or chance(0.3) else when_zh(ev["t"])
        item = item_zh(o, "own", cwb, bwb, mwb, voice)
        if hurried:
            rec["body"] = voice_text(pick(["%s丢了 %s" % (item, wtext), "在%s丢了%s" % (wtext, item),
                                           "%s 丢%s %s" % (wtext, item, day_zh(ev["t"])),
                                           "丢了%s，%s，%s" % (item, wtext, tphrase)]) +
                                     ("，" + details[0] if details else ""), voice, 0.45)[:600]
        else:
            head = ""
            if proxy:
                head = pick(["宿管代登记：", "我是%s线长，帮组员%s登记，" % (
                    (o["company"] or wpick(COMPANY_W))[0], owner["name"]), "帮我老乡%s报个失，" % owner["name"],
                             "帮同事登记：", "替我%s登记，" % ("老公" if owner["male"] else "老婆")])
            else:
                head = pick(OPEN_OWN)
            mc = main_clause_own(o, ev, tphrase, wtext, item, long_win)
            cl = pick(CLOSE_OWN)
            if "证件" in cl and o["cat"] not in ("id_doc", "wallet", "bag"):
                cl = "急！！谢谢"
            if "%s" in cl:
                cl = cl % phone
            if proxy:
                pron = "他" if owner["male"] else "她"
                details = [d.replace("我们", pron + "们").replace("我", pron) for d in details]
            det = "，".join(details)
            parts = [head + mc + "。", (det + "。") if det else "", cl]
            body = fit([p for p in parts if p], 600)
            rec["body"] = voice_text(body, voice, 0.12 if proxy else 0.25)[:600]
    f_min, t_min = mins_before(ev["from"]), mins_before(ev["to"])
    rec["lost_from_min"], rec["lost_to_min"] = f_min, t_min
    return rec, disc


# ----------------------------------------------------------- found side
FINDER_BY_PT = {
    "gate": [("guard", 5), ("worker", 1)], "shed": [("guard", 4), ("worker", 1)],
    "factory": [("guard", 3), ("worker", 2)], "canteen": [("canteen", 4), ("worker", 1)],
    "dorm": [("dorm", 4), ("worker", 2)], "market": [("stall", 3), ("worker", 1), ("officer", 1)],
    "street": [("worker", 2), ("officer", 2), ("sanitation", 1)], "busstop": [("driver", 2), ("worker", 2), ("officer", 1)],
    "shop": [("shop", 3), ("worker", 1)], "atm": [("officer", 2), ("worker", 1)],
    "netcafe": [("netcafe", 3), ("worker", 1)], "clinic": [("shop", 1), ("officer", 1)],
    "express": [("courier", 3), ("worker", 1)], "logistics": [("courier", 3), ("guard", 2)],
    "station": [("station", 5), ("officer", 1)], "office": [("officer", 2), ("worker", 1)],
    "park": [("worker", 2), ("sanitation", 1), ("officer", 1)], "school": [("guard", 3), ("worker", 1)],
}


def finder_open(role, t, where, item, pid):
    sur = pick(SURN)[0]
    prec = when_zh(t, loose=False) if role in ("guard", "station", "officer", "courier") else when_zh(t)
    if role == "guard":
        co = [c for c in COMPANIES if pid in c[3]]
        who = (co[0][0] + "保安" if co else pick(["园区保安", "巡逻保安", "门岗保安"])) + sur + pick(["师傅", "某"])
        return pick(["%s%s巡逻时在%s拾得%s，交至本所。" % (who, prec, where, item),
                     "保安室移交：%s于%s拾获%s。" % (prec, where, item),
                     "%s在%s捡到%s，%s送来。" % (prec, where, item, who)])
    if role == "dorm":
        return pick(["宿管%s阿姨%s在%s捡到%s，楼下贴了招领两天没人认，送来登记。" % (sur, prec, where, item),
                     "宿管员交来：%s%s走廊拾得%s。" % (prec, where, item)])
    if role == "canteen":
        return pick(["食堂保洁%s收餐盘时在%s发现%s。" % (prec, where, item),
                     "%s打饭阿姨%s在餐桌上捡到%s，交保安后转来。" % (where, prec, item)])
    if role == "courier" and PL[pid][2] == "express":
        return "驿站店员%s在%s门口发现%s，不是本站包裹。" % (prec, where, item)
    if role == "courier":
        return pick(["快递员%s某%s送件途中在%s捡到%s，送至派出所。" % (sur, prec, where, item),
                     "%s分拣员%s在%s地上发现%s。" % (pick(["顺岗", "物流园"]), prec, where, item)])
    if role == "station" and PL[pid][1] == "F":
        return "车站工作人员%s于%s拾得%s，已广播寻找失主。" % (prec, where, item)
    if role == "station":
        return pick(["客运站失物招领处移交：%s在%s发现%s，广播寻找失主未果。" % (prec, where, item),
                     "客运站工作人员%s于%s拾得%s。" % (prec, where, item),
                     "%s，%s，乘务员清车时发现%s。" % (prec, where, item)])
    if role == "stall":
        return pick(["夜市摊主%s在%s档口旁捡到%s，等了一晚上没人来拿。" % (prec, where, item),
                     "%s档主%s执到%s，送过来登记。" % (where, prec, item)])
    if role == "driver":
        return pick(["公交司机%s收车时在车上发现%s（该车经停%s）。" % (prec, item, where),
                     "摩托车司机%s在%s捡到%s，送来派出所。" % (prec, where, item)])
    if role == "officer":
        return pick(["群众%s%s送来：称%s在%s捡到%s。" % (sur, pick(["先生", "女士"]), prec, where, item),
                     "巡逻民警%s在%s发现%s，现场无人认领。" % (prec, where, item),
                     "辅警%s巡查时于%s拾得%s。" % (prec, where, item)])
    if role == "sanitation":
        return "环卫工%s%s清扫时在%s发现%s。" % (sur, prec, where, item)
    if role == "shop":
        return pick(["%s店员%s在收银台旁发现%s。" % (where, prec, item),
                     "%s工作人员%s捡到%s，顾客遗留。" % (where, prec, item)])
    if role == "netcafe":
        return "网管%s在%s%d号机位发现%s，顾客已离开。" % (prec, where, R.randint(1, 120), item)
    return pick(["我%s在%s捡到%s，" % (prec, where, item) + pick(["交给派出所了。", "失主来派出所认领吧。", "希望早日物归原主。"]),
                 "%s在%s捡到%s，麻烦帮忙找失主。" % (prec, where, item)])


CLOSE_FIND = ["", "", "请失主携带有效证件认领。", "已登记入库。", "物品暂存溪头派出所。", "待失主认领。",
              "已拍照存档。"]


def write_found(o, fev, key, force=(), plain=False):
    pid, t = fev["pid"], fev["t"]
    role = wpick(FINDER_BY_PT.get(PL[pid][2], [("worker", 1)]))
    voice = "std"
    r = R.random()
    if plain:
        if role in ("worker", "stall", "dorm", "canteen", "driver"):
            voice = make_person()["voice"]
    elif r < 0.06:
        voice = "english"
    elif r < 0.18:
        role = "terse"
    elif role in ("worker", "stall", "dorm", "canteen", "driver"):
        voice = make_person()["voice"]
    hurried = role == "terse"
    cw, bw, mw = choose_attrs(o, "find", voice, hurried, False)
    if "color" in force and o["color"]:
        cw = color_word(o["color"], voice, "find")
    if "brand" in force and not bw and o["brand"]:
        bw = brand_word(o["brand"], voice, "find")
    if "model" in force and not mw and o["model"]:
        mw = model_word(o["model"], voice, "find")
    slots = choose_facts(o, "find", hurried, False, force)
    rec = {"key": key, "category": o["cat"]}
    fp = 0.3 if hurried else 0.6
    ba = {}
    for nm, w in (("color", cw), ("brand", bw), ("model", mw)):
        if not w:
            continue
        if chance(fp + 0.1):
            rec[nm] = w[:60]
            ba[nm] = w if chance(0.35) else None
        else:
            ba[nm] = w
    details, marks = [], []
    serial_done = False
    for s in slots:
        f = o["facts"][s]
        if voice == "english" and f["kind"] != "serial" and not f["en"]:
            continue
        fld, ph = fact_phrase(f, "find", voice)
        if not ph:
            continue
        if f["kind"] == "serial" and not serial_done and chance(fp + 0.15):
            rec["serial"] = fld[:60]
            serial_done = True
            if chance(0.5):
                details.append(ph)
            continue
        if f["kind"] in ("mark", "content", "name") and chance(fp * 0.8):
            marks.append(ph)
        else:
            details.append(ph)
    if marks:
        rec["marks"] = fit(marks, 500, "; " if voice == "english" else pick(["；", "，", "、"]))
    where = place_name(pid, voice)
    lat, lon = coords(pid, 0.0009)
    if chance(0.85 if not hurried else 0.5):
        rec["address"] = where[:60]
    if chance(0.6):
        rec["lat"], rec["lon"] = lat, lon
    cwb, bwb, mwb = ba.get("color"), ba.get("brand"), ba.get("model")
    if voice == "english":
        head = pick(["Found %s at %s, %s." % (item_en(o, cwb, bwb, mwb), where, when_en(t)),
                     "I picked up %s near %s (%s) and brought it to the police." % (item_en(o, cwb, bwb, mwb), where, when_en(t))])
        det = ". ".join(details)
        rec["body"] = fit([head] + ([det + "."] if det else []) + [pick([
            "Visiting buyer, staying at the Xitou hotel.", "I am here for a factory audit.",
            "Nobody around claimed it.", "Left it with the police desk."])], 600, " ")
    else:
        item = item_zh(o, "find", cwb, bwb, mwb, voice)
        if hurried:
            body = pick(["%s拾得%s" % (where, item), "%s，%s，%s" % (item, where, when_zh(t, False)),
                         "捡到%s %s" % (item, where)])
            if details:
                body += "，" + "，".join(details[:2])
        else:
            body = finder_open(role, t, where, item, pid)
            det = "，".join(details)
            body = fit([body, (det + "。") if det else "", pick(CLOSE_FIND)], 600)
        rec["body"] = voice_text(body, voice, 0.25 if role == "worker" else 0.06)[:600]
    rec["found_at_min"] = mins_before(t)
    return rec


# ------------------------------------------------------------ negatives
def bump_digit(s, lo):
    """change one digit at or after index lo (counted on the whole string)."""
    idx = [i for i, c in enumerate(s) if c.isdigit() and i >= lo]
    i = pick(idx)
    return s[:i] + str((int(s[i]) + R.randint(1, 9)) % 10) + s[i + 1:]


def near_value(t, v):
    if t == "imei":
        return near_imei(v)
    if t == "id":
        return near_idno(v)
    if t in ("card", "locker"):
        return bump_digit(v, 0) if t == "card" else str(max(1, int(v) + pick([-3, -1, 1, 2, 10])))
    if t == "sn":
        return v[:-1] + pick([c for c in "0123456789ABCDEFGH" if c != v[-1]])
    if t == "passport":
        return bump_digit(v, len(v) - 3)
    return bump_digit(v, len(v) - 3)


ID_SLOTS = ("imei", "id", "badge", "name", "tag", "plate", "frame", "card", "card2", "sn", "pp", "sno",
            "hno", "wb", "cash", "amount", "c0", "c1", "c2", "photo", "engr", "idin")
TWIN_EXTRA = ("prov", "birth", "dept", "cls", "class", "rcpt", "what")
ID_KINDS = ("idcard", "residence", "driving", "social", "student", "health", "passport")
PRIO = {"serial": 0, "name": 1, "brand": 2, "kind": 3, "content": 4, "mark": 5, "color": 6, "model": 7}


def diff_keys(a, b):
    out = []
    if a["color"] and b["color"] and a["color"] != b["color"] and \
            b["color"] not in COLORS[a["color"]][3] and a["color"] not in COLORS[b["color"]][3]:
        out.append("color")
    for nm in ("brand", "model"):
        if a[nm] and b[nm] and a[nm] != b[nm]:
            out.append(nm)
    if a["kind"] != b["kind"] and not (set(a["own"]) & set(b["find"])):
        out.append("kind")
    for slot in a["facts"]:
        fa, fb = a["facts"][slot], b["facts"].get(slot)
        if fb is None or fa["kind"] in ("hidden", "state") or fb["kind"] in ("hidden", "state"):
            continue
        if fa["v"] != fb["v"] and (fb["find"] or fb["kind"] == "serial"):
            if re.match(r"c\d$", slot) and fa["v"] in [g["v"] for k, g in b["facts"].items() if re.match(r"c\d$", k)]:
                continue
            out.append(slot)
    return out


def contra(tgt, neg):
    ks = [k for k in diff_keys(tgt["o"], neg) if k in tgt["disc"]]

    def pr(k):
        if k in PRIO:
            return PRIO[k]
        return PRIO.get(neg["facts"][k]["kind"], 9)
    return sorted(ks, key=lambda k: (pr(k), k))


def after_time(tgt, extra_days=2):
    f, to = tgt["ev"]["from"], tgt["ev"]["to"]
    span = int((to - f).total_seconds() // 60) + extra_days * 1440
    t = f + datetime.timedelta(minutes=R.randint(10, max(20, span)))
    return clamp_found(t, f)


def neg_event(label, tgt):
    pid = tgt["ev"]["pid"]
    zone = PL[pid][1]
    if label == "same_brand_elsewhere":
        fp = pick(places_of(zone="F", exclude_far=False,
                            ptypes=["street", "market", "logistics"] if tgt["o"]["cat"] in ("ebike", "bicycle") else None))
        if chance(0.5):
            d = R.randint(600, 20000)
            t = tgt["ev"]["from"] - datetime.timedelta(minutes=d)
        else:
            t = clamp_found(tgt["ev"]["to"] + datetime.timedelta(minutes=R.randint(4320, 20000)), tgt["ev"]["from"])
        return {"pid": fp, "t": t}
    if label == "found_before_loss":
        d = R.randint(60, 20000)
        t = tgt["ev"]["from"] - datetime.timedelta(minutes=d)
        return {"pid": pid if chance(0.4) else near_place(pid, None, 0.0), "t": t}
    if label == "same_spot_other_item":
        f, to = tgt["ev"]["from"], tgt["ev"]["to"]
        span = int((to - f).total_seconds() // 60) + 180
        return {"pid": pid, "t": clamp_found(f + datetime.timedelta(minutes=R.randint(0, span)), f)}
    if label == "spring_rush_lookalike":
        return {"pid": pick(places_of(zone="D")), "t": after_time(tgt, 3)}
    if label == "same_name_other_person":
        return {"pid": pick(places_of()), "t": after_time(tgt, 6)}
    return {"pid": near_place(pid, None, 0.3), "t": after_time(tgt, 3)}


def build_negative(label, tgt):
    """-> (object, force) or None when this target does not suit the label."""
    o = tgt["o"]
    cat = o["cat"]
    foreign = o["owner"]["foreign"]
    person = make_person(foreign=foreign)
    base = {"sub": o["kind"]}
    if o["company"]:
        base["company"] = o["company"]
    if label == "same_category_colour":
        if not o["color"]:
            return None
        fix = {"color": o["color"], "brand_not": o["brand"]}
        if chance(0.6):
            fix["sub"] = o["kind"]
        n = make_obj(cat, person, fix)
        if n["color"] != o["color"]:
            return None
        need = 1
    elif label == "found_before_loss":
        n = make_obj(cat, person, dict(base, color=o["color"], brand=o["brand"], model=o["model"]))
        return n, [k for k in ("color", "brand") if n[k]]
    elif label == "same_brand_elsewhere":
        if not o["brand"]:
            return None
        n = make_obj(cat, person, dict(base, brand=o["brand"], model_not=o["model"]))
        need = 1
    elif label == "twin":
        fix = dict(base, color=o["color"], brand=o["brand"], model=o["model"])
        if o["kind"] == "dorm":
            fix["home"] = o["facts"]["tag"]["ser"][1]
        fresh = make_obj(cat, person, fix)
        n = copy.deepcopy(o)
        n["owner"] = person
        for slot in list(n["facts"]):
            if n["facts"][slot]["kind"] in ("serial", "name", "content", "hidden") or slot in TWIN_EXTRA:
                if slot in fresh["facts"]:
                    n["facts"][slot] = copy.deepcopy(fresh["facts"][slot])
                else:
                    del n["facts"][slot]
        need = 1
    elif label == "near_serial":
        sers = sorted(s for s in tgt["disc"] if s in o["facts"] and o["facts"][s]["kind"] == "serial")
        if not sers:
            return None
        s = pick(sers)
        fix = dict(base)
        if chance(0.5):
            fix["color"] = o["color"]
        if chance(0.6):
            fix["brand"] = o["brand"]
        n = make_obj(cat, person, fix)
        f = copy.deepcopy(o["facts"][s])
        f["v"] = near_value(f["ser"][0], f["v"])
        if f["v"] == o["facts"][s]["v"]:
            return None
        n["facts"][s] = f
        if s == "id":
            n["facts"].pop("birth", None)
            if "prov" in o["facts"] and "prov" in n["facts"]:
                n["facts"]["prov"] = copy.deepcopy(o["facts"]["prov"])
        return n, [s] + [k for k in contra(tgt, n) if k != s][:1]
    elif label == "same_spot_other_item":
        fix = {} if chance(0.6) else {"sub": o["kind"], "brand_not": o["brand"]}
        n = make_obj(cat, person, fix)
        need = 1
    elif label == "same_name_other_person":
        if foreign or "name" not in tgt["disc"] or cat not in ("id_doc", "wallet", "bag", "other"):
            return None
        person = make_person(name=o["owner"]["pyname"])
        n = make_obj(cat, person, dict(base))
        if "name" not in n["facts"]:
            return None
        cs = [k for k in contra(tgt, n) if k != "name"]
        if not cs:
            return None
        return n, ["name"] + cs[:2]
    elif label == "spring_rush_lookalike":
        if cat not in ("bag", "cash", "phone", "wallet", "electronics"):
            return None
        fix = dict(base, color=o["color"])
        if chance(0.5):
            fix["brand"] = o["brand"]
        n = make_obj(cat, person, fix)
        need = 1
    else:
        raise ValueError(label)
    cs = contra(tgt, n)
    if len(cs) < need:
        return None
    return n, cs[:2]


def suits(label, t):
    o = t["o"]
    if label == "twin":
        return o["kind"] not in ID_KINDS
    if label == "spring_rush_lookalike":
        return o["cat"] in ("bag", "cash", "phone", "wallet", "electronics") and \
            (PL[t["ev"]["pid"]][1] == "D" or o["cat"] == "bag")
    if label == "same_name_other_person":
        return o["cat"] in ("id_doc", "wallet", "bag", "other") and "name" in t["disc"]
    if label == "same_brand_elsewhere":
        return bool(o["brand"])
    return True


# ------------------------------------------------------------------ main
FIELD_ORDER = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address",
               "lat", "lon", "lost_from_min", "lost_to_min", "truth", "found_at_min", "negative"]


def ordered(rec):
    return {k: rec[k] for k in FIELD_ORDER if k in rec}


CROSS = {("wallet", "cardholder"): "id_doc", ("bag", "woven"): "other", ("electronics", "earbuds"): "other",
         ("keys", "locker"): "other", ("cash", "redpacket"): "wallet", ("bag", "gift"): "other"}


NEG_STATS = __import__("collections").Counter()


def build():
    cats = []
    for c in CATS:
        cats += [c] * QUOTA[c]
    assert len(cats) == N_PAIRS + N_NEVER
    R.shuffle(cats)
    losts, founds = [], []
    for i, cat in enumerate(cats):
        foreign = cat in ("phone", "wallet", "bag", "electronics", "id_doc") and chance(0.05)
        owner = make_person(foreign=foreign)
        o = make_obj(cat, owner, sub="passport" if (foreign and cat == "id_doc") else None)
        true = i < N_PAIRS
        ev = make_event(o, true)
        rec, disc = write_lost(o, ev, None)
        item = {"o": o, "ev": ev, "rec": rec, "disc": disc, "found": None, "uses": 0}
        if true:
            frec = write_found(o, {"pid": ev["fpid"], "t": ev["tf"]}, None)
            item["found"] = frec
            founds.append(frec)
        losts.append(item)
    # a few true pairs filed under different categories by the two people
    n_cross = 0
    for it in losts:
        k = (it["o"]["cat"], it["o"]["kind"])
        if it["found"] is not None and k in CROSS and n_cross < MAX_CROSS:
            it["found"]["category"] = CROSS[k]
            n_cross += 1
    # hard negatives
    for label, count in NEG_PLAN:
        made = 0
        tries = 0
        while made < count:
            tries += 1
            if tries > 5000:
                raise SystemExit("cannot build negatives for %s" % label)
            pool_never = [t for t in losts if t["found"] is None and t["uses"] < 2 and suits(label, t)]
            pool_true = [t for t in losts if t["found"] is not None and t["uses"] < 2 and suits(label, t)]
            pool = pool_never if (chance(0.55) and pool_never) or not pool_true else pool_true
            tgt = pick(pool)
            res = build_negative(label, tgt)
            if res is None:
                continue
            n, force = res
            fev = neg_event(label, tgt)
            if mins_before(fev["t"]) > MAX_MIN or fev["t"] > T0:
                continue
            if label == "found_before_loss" and not fev["t"] < tgt["ev"]["from"]:
                continue
            frec = write_found(n, fev, None, force=force, plain=True)
            frec["negative"] = label
            founds.append(frec)
            tgt["uses"] += 1
            made += 1
            NEG_STATS[(label, "handed_in" if tgt["found"] is not None else "never_found")] += 1
    # keys: shuffle so that report and item numbers carry no pairing
    R.shuffle(losts)
    R.shuffle(founds)
    for i, f in enumerate(founds):
        f["key"] = "%s-F%04d" % (PFX, i + 1)
    for i, it in enumerate(losts):
        it["rec"]["key"] = "%s-L%04d" % (PFX, i + 1)
        it["rec"]["truth"] = it["found"]["key"] if it["found"] is not None else None
    return {"seed": SEED, "made_by": "tests/lostfound/make_set79.py",
            "parts": {PART: {"found": [ordered(f) for f in founds],
                             "lost": [ordered(it["rec"]) for it in losts]}}}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    data = build()
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(data, ensure_ascii=False, indent=1))
        fh.write("\n")
    p = data["parts"][PART]
    print("wrote %s: %d lost (%d with truth), %d found (%d negatives)" % (
        out, len(p["lost"]), sum(1 for x in p["lost"] if x["truth"]), len(p["found"]),
        sum(1 for x in p["found"] if "negative" in x)))
    for label, _ in NEG_PLAN:
        print("  %-24s aimed at a handed-in report %2d, at a never-found report %2d" % (
            label, NEG_STATS[(label, "handed_in")], NEG_STATS[(label, "never_found")]))


if __name__ == "__main__":
    main()
