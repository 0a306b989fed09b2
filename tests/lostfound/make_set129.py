#!/usr/bin/env python3
"""Write tests/lostfound/set129.json: a blind lost-and-found set for 汀浦镇 (invented).

World: 汀浦镇, a canal town of stone bridges near a big eastern city, in October, during the
湖岛音乐节 on the lake island and the osmanthus season.  Everything here is invented: people,
places, brands, models, serials.  ID numbers carry valid GB 11643 check digits, IMEIs valid
Luhn digits, bank cards appear only as tails or masks.

Method: draw a hidden truth record for every object, then write the owner's lost report and
the finder's registration separately, each in its own voice and knowing only what that person
would know.  Standard library only, one random.Random(SEED); every set and dict is sorted
before drawing, so the output is byte-identical under any PYTHONHASHSEED.
"""
import datetime
import json
import os
import random

SEED = 129129
PFX = "S129"
PART = "set129"
N_PAIRS = 300        # the brief: "at least 300 lost/found pairs"
N_UNFOUND = 90
N_NEG = 120
NEG_KINDS = [("same_category_colour", 36), ("found_before_loss", 30),
             ("same_brand_elsewhere", 30), ("near_twin", 24)]
MAX_CROSS = 4

R = random.Random(SEED)
NOW = datetime.datetime(2024, 10, 27, 21, 0)   # the common moment of registration


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


# ----------------------------------------------------------------------------- places
# id: (zone, [name variants], lat, lon)
PLACES = {
    "dock_east":   ("water", ["东栅游船码头", "东栅码头", "东栅上船的地方", "汀浦东栅游船码头售票处旁", "east boat dock"], 31.0712, 120.8421),
    "dock_west":   ("water", ["西栅游船码头", "西栅码头", "西码头候船亭", "西栅游船码头 2号泊位"], 31.0698, 120.8335),
    "tourboat":    ("water", ["游船上", "手摇船上", "乌篷游船", "观光船(东栅—湖心岛线)", "tour boat"], 31.0720, 120.8450),
    "bridge_wanan": ("water", ["万安桥", "万安桥桥头", "万安桥下石阶", "万安桥边"], 31.0705, 120.8392),
    "bridge_sanyuan": ("water", ["三元桥", "三元桥堍", "三元桥东堍", "三元桥旁边的廊棚"], 31.0689, 120.8371),
    "ferry_town":  ("transport", ["汀浦渡口", "镇上渡口", "渡口候船室", "轮渡码头(镇这头)", "ferry pier (town side)"], 31.0741, 120.8480),
    "ferry_boat":  ("transport", ["渡船上", "去岛上的渡轮", "湖心岛渡轮", "the ferry"], 31.0790, 120.8552),
    "ferry_island": ("island", ["湖心岛码头", "岛上渡口", "湖心岛渡轮码头", "island pier"], 31.0843, 120.8611),
    "gate":        ("island", ["音乐节手环检票口", "检票口", "音乐节入口安检", "wristband gate", "南入口闸机"], 31.0851, 120.8630),
    "stage_main":  ("island", ["湖岛音乐节主舞台", "主舞台前", "主舞台草坪", "main stage", "主台内场"], 31.0872, 120.8655),
    "stage_lake":  ("island", ["湖畔舞台", "湖边小舞台", "湖畔舞台后面", "lakeside stage"], 31.0880, 120.8690),
    "camp":        ("island", ["音乐节露营区", "露营区C区", "帐篷区", "camping area", "露营区淋浴间"], 31.0893, 120.8641),
    "foodcourt":   ("island", ["音乐节美食市集", "岛上市集", "小吃摊区(音乐节内)", "food market on the island"], 31.0865, 120.8672),
    "oldstreet":   ("oldstreet", ["汀浦老街", "老街", "老街上", "老街口", "old street"], 31.0709, 120.8360),
    "snack":       ("oldstreet", ["老街小吃铺", "阿桂定胜糕店门口", "老街臭豆腐摊", "桂花糕铺子"], 31.0707, 120.8353),
    "teahouse":    ("oldstreet", ["听橹茶馆", "听橹茶楼二楼", "老街茶馆", "tea house on old street"], 31.0711, 120.8348),
    "homestay_a":  ("oldstreet", ["枕河民宿", "枕河客栈", "枕河民宿203房", "枕河民宿大堂"], 31.0716, 120.8344),
    "homestay_b":  ("oldstreet", ["桂语民宿", "桂语小院", "桂语民宿门口", "Guiyu homestay"], 31.0701, 120.8381),
    "homestay_c":  ("oldstreet", ["水阁人家民宿", "水阁人家", "水阁民宿后门"], 31.0694, 120.8402),
    "bus":         ("transport", ["汀浦汽车客运站", "汀浦汽车站", "客运站候车厅", "bus terminal", "汽车站3号检票口"], 31.0652, 120.8288),
    "bus_line":    ("transport", ["汀浦—市区快线大巴上", "去市区的大巴", "T8路大巴", "bus to the city"], 31.0600, 120.8100),
    "bikehire":    ("transport", ["公共自行车租赁点", "租车点(汽车站旁)", "自行车租赁点", "bike hire point"], 31.0660, 120.8301),
    "school":      ("town", ["汀浦中心小学", "中心小学校门口", "小学门口接送区", "汀浦中心小学东门"], 31.0633, 120.8395),
    "clinic":      ("town", ["县人民医院汀浦分院", "汀浦分院门诊", "医院分院挂号处", "镇医院门诊大厅"], 31.0621, 120.8430),
    "market":      ("town", ["汀浦农贸市场", "菜场", "小菜场", "农贸市场鱼摊那边", "wet market"], 31.0645, 120.8352),
    "park":        ("town", ["桂花公园", "桂花林步道", "桂花公园凉亭", "osmanthus park"], 31.0671, 120.8455),
    "city_terminal": ("city", ["市区长途汽车总站", "城里汽车总站", "东城客运总站到达层", "city bus station"], 31.2281, 121.3874),
    "city_metro":  ("city", ["市区地铁东城站", "东城站换乘通道", "地铁站出口"], 31.2310, 121.4012),
}
PLACE_IDS = sorted(PLACES)
ZONES = sorted({v[0] for v in PLACES.values()})
NEIGH = {  # plausible hand-in places near where a thing was lost
    "dock_east": ["tourboat", "bridge_wanan", "ferry_town"], "dock_west": ["tourboat", "oldstreet"],
    "tourboat": ["dock_east", "dock_west"], "bridge_wanan": ["oldstreet", "dock_east"],
    "bridge_sanyuan": ["oldstreet", "snack"], "ferry_town": ["ferry_boat", "dock_east"],
    "ferry_boat": ["ferry_island", "ferry_town"], "ferry_island": ["ferry_boat", "gate"],
    "gate": ["ferry_island", "stage_main"], "stage_main": ["gate", "foodcourt", "stage_lake"],
    "stage_lake": ["stage_main", "camp"], "camp": ["stage_lake", "foodcourt"],
    "foodcourt": ["stage_main", "camp"], "oldstreet": ["snack", "teahouse", "bridge_wanan"],
    "snack": ["oldstreet", "teahouse"], "teahouse": ["oldstreet", "homestay_a"],
    "homestay_a": ["oldstreet", "teahouse"], "homestay_b": ["oldstreet", "bridge_wanan"],
    "homestay_c": ["bridge_wanan", "oldstreet"], "bus": ["bus_line", "bikehire"],
    "bus_line": ["bus", "city_terminal"], "city_terminal": ["bus_line", "city_metro"],
    "city_metro": ["city_terminal"], "bikehire": ["bus", "market"], "school": ["market", "park"],
    "clinic": ["park", "school"], "market": ["school", "bikehire"], "park": ["clinic", "school"],
}
DESK = ["汀浦派出所阳光坐席", "派出所接待大厅", "音乐节警务站", "湖心岛临时警务点"]

# ----------------------------------------------------------------------------- colours
COLORS = {
    "黑": ["黑色", "黑", "深色", "哑光黑", "black", "曜石黑", "黑的"],
    "白": ["白色", "白", "米白", "象牙白", "white", "奶白"],
    "银": ["银色", "银白", "silver", "亮银"],
    "灰": ["灰色", "深灰", "太空灰", "grey", "浅灰"],
    "蓝": ["蓝色", "深蓝", "藏青", "navy", "天蓝", "蓝"],
    "红": ["红色", "酒红", "大红", "red", "红"],
    "粉": ["粉色", "浅粉", "樱花粉", "pink", "粉"],
    "绿": ["绿色", "墨绿", "军绿", "green", "薄荷绿"],
    "金": ["金色", "香槟金", "gold", "金"],
    "黄": ["黄色", "鹅黄", "yellow", "明黄"],
    "紫": ["紫色", "淡紫", "purple", "香芋紫"],
    "棕": ["棕色", "咖啡色", "驼色", "brown", "焦糖色"],
    "橙": ["橙色", "橘色", "orange", "橘黄"],
}
COLOR_IDS = sorted(COLORS)
COLOR_EN = {"黑": "black", "白": "white", "银": "silver", "灰": "grey", "蓝": "blue", "红": "red", "粉": "pink",
            "绿": "green", "金": "gold", "黄": "yellow", "紫": "purple", "棕": "brown", "橙": "orange"}

# ----------------------------------------------------------------------------- brands
# id: [canonical zh, EN, pinyin, typo variants...]
BRANDS = {
    "lantu":   ["澜图", "LANTU", "lantu", "兰图", "澜涂"],
    "xinglan": ["星岚", "XINGLAN", "xing lan", "星兰", "星蓝"],
    "oulu":    ["鸥鹭", "OULU", "oulu", "欧鹭", "鸥路"],
    "guoling": ["果岭", "GUOLING", "guoling", "果玲", "果铃"],
    "meiyao":  ["魅遥", "MEIYAO", "mei yao", "魅瑶", "媚遥"],
    "shengyu": ["声屿", "SOUNDISLE", "shengyu", "声语", "声鱼"],
    "dxm":     ["电小满", "DIANXIAOMAN", "dianxiaoman", "电小蛮", "点小满"],
    "guangyu": ["光羽", "GUANGYU", "guangyu", "光宇", "光雨"],
    "kaiying": ["凯映", "KAIYING", "kaiying", "凯影", "恺映"],
    "xiaoque": ["小雀", "XIAOQUE", "xiaoque", "小鹊", "小却"],
    "hudao":   ["湖岛音乐节", "HUDAO FEST", "hudao", "湖岛", "胡岛音乐节"],
    "xingzhe": ["行者", "XINGZHE", "xingzhe", "形者", "行著"],
    "shanyu":  ["山屿", "SHANYU", "shan yu", "山雨", "山语"],
    "pjf":     ["皮匠坊", "PIJIANGFANG", "pijiangfang", "皮匠房", "皮将坊"],
    "luyu":    ["鹿与", "LUYU", "lu yu", "路与", "鹿于"],
    "jml":     ["金满楼", "JINMANLOU", "jinmanlou", "金满樓", "金曼楼"],
    "zhuguang": ["珠光", "ZHUGUANG", "zhu guang", "朱光", "珠广"],
    "yuanhang": ["远航", "YUANHANG", "yuanhang", "远行", "远杭"],
    "chicheng": ["驰骋", "CHICHENG", "chicheng", "驰程", "弛骋"],
    "gusuo":   ["固锁", "GUSUO", "gusuo", "固琐"],
    "xiaoju":  ["小驹", "XIAOJU", "xiao ju", "小菊", "小局"],
    "jifeng":  ["疾风", "JIFENG", "jifeng", "急风", "疾锋"],
    "yatu":    ["雅途", "YATU", "ya tu", "雅图", "亚途"],
    "feilun":  ["飞轮", "FEILUN", "feilun", "飞仑", "非轮"],
    "qingqi":  ["青骑", "QINGQI", "qing qi", "轻骑", "青琪"],
    "tpbike":  ["汀浦公共自行车", "TINGPU BIKE", "tingpu bike", "汀浦公共单车", "汀埔公共自行车"],
    "tianqing": ["天晴", "TIANQING", "tian qing", "天青", "天睛"],
    "shuidi":  ["水滴", "SHUIDI", "shui di", "水帝", "水镝"],
    "mingmou": ["明眸", "MINGMOU", "ming mou", "明谋", "明眼"],
    "tangdou": ["糖豆熊", "TANGDOU BEAR", "tangdouxiong", "糖逗熊", "糖豆兄"],
}


def brand_text(bid, style=None):
    v = BRANDS[bid]
    if style is None:
        r = R.random()
        style = "zh" if r < 0.5 else "en" if r < 0.72 else "py" if r < 0.85 else "typo"
    if style == "zh":
        return v[0]
    if style == "en":
        return pick([v[1], v[1].title(), v[1].lower()])
    if style == "py":
        return v[2]
    return pick(v[3:])


# ----------------------------------------------------------------------------- people
SURN = ["陆", "沈", "钱", "顾", "吴", "施", "蒋", "范", "金", "姚", "俞", "褚", "邵", "柏", "闵", "屠", "葛", "缪"]
GIVEN = ["怡", "晨", "婉", "嘉", "浩", "子涵", "雨桐", "思远", "梓萱", "一鸣", "佳琪", "宇航", "巧玲", "阿毛",
         "根宝", "杏芳", "秀英", "国强", "亦凡", "若溪", "沐阳", "小满", "知秋", "可欣", "明轩", "桂英"]
FOREIGN = ["Emma Lindqvist", "Tomasz Wrobel", "Aiko Hanada", "Lucas Moreau", "Priya Raman", "Noah Fischer",
           "Sofia Castell", "Jack O'Dwyer", "Mira Kovac", "Daniel Abara"]


def cname():
    return pick(SURN) + pick(GIVEN)


def gb11643(region, birth, seq):
    body = "%s%s%03d" % (region, birth.strftime("%Y%m%d"), seq)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * w[i] for i, c in enumerate(body))
    return body + "10X98765432"[s % 11]


def new_id(age_lo=8, age_hi=80):
    region = pick(["3205", "3204", "3306", "3304", "3101", "3211"]) + "%02d" % R.randint(1, 89)
    age = R.randint(age_lo, age_hi)
    birth = datetime.date(2024 - age, 1, 1) + datetime.timedelta(days=R.randint(0, 364))
    return gb11643(region, birth, R.randint(1, 999))


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def new_imei():
    s = pick(["86", "35", "86", "99"]) + "".join(str(R.randint(0, 9)) for _ in range(12))
    return s + luhn_digit(s)


def imei_written(imei):
    r = R.random()
    if r < 0.3:
        return imei
    if r < 0.5:
        return "%s %s %s %s" % (imei[:2], imei[2:8], imei[8:14], imei[14])
    if r < 0.62:
        return "-".join([imei[:5], imei[5:10], imei[10:]])
    if r < 0.8:
        return "IMEI后六位" + imei[-6:]
    if r < 0.9:
        return "IMEI:" + imei
    return "串号" + imei[:8] + "…" + imei[-4:]


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def mask_id(idn):
    r = R.random()
    if r < 0.35:
        return idn[:6] + "********" + idn[-4:]
    if r < 0.55:
        return idn[:4] + "**********" + idn[-4:]
    if r < 0.75:
        return "身份证尾号" + idn[-4:]
    if r < 0.88:
        return idn
    return idn[:6] + "*" * 8 + idn[14:]


def card_tail_owner(tail):
    return pick(["尾号" + tail, tail, "卡号后四位" + tail, "末四位" + tail, "****" + tail])


def card_tail_finder(prefix, tail):
    return pick([prefix + "****" + tail, prefix + " **** **** " + tail, "尾号" + tail, prefix[:4] + "******" + tail])


# ----------------------------------------------------------------------------- money
CN_NUM = {100: "一百", 200: "两百", 300: "三百", 500: "五百", 600: "六百", 800: "八百", 1000: "一千",
          1200: "一千二", 1500: "一千五", 2000: "两千", 2600: "两千六", 3000: "三千", 5000: "五千", 8800: "八千八"}
DAXIE = {100: "壹佰", 200: "贰佰", 300: "叁佰", 500: "伍佰", 600: "陆佰", 800: "捌佰", 1000: "壹仟", 1200: "壹仟贰佰",
         1500: "壹仟伍佰", 2000: "贰仟", 2600: "贰仟陆佰", 3000: "叁仟", 5000: "伍仟", 8800: "捌仟捌佰"}


def money_owner(amt):
    r = R.random()
    if r < 0.2:
        return "%d元" % amt
    if r < 0.4:
        return CN_NUM[amt] + "块"
    if r < 0.55:
        return "大概" + CN_NUM[amt] + "多"
    if r < 0.7:
        return "¥%s" % format(amt, ",")
    if r < 0.82 and amt >= 100:
        return "%d张一百的" % (amt // 100) if amt % 100 == 0 else "%d元" % amt
    return CN_NUM[amt] + "左右"


def money_finder(amt):
    r = R.random()
    if r < 0.45:
        return "现金%d元" % amt
    if r < 0.65:
        return "人民币%s元整" % DAXIE[amt]
    if r < 0.8:
        return "RMB %d" % amt
    return "百元钞%d张" % (amt // 100) if amt % 100 == 0 else "现金%d元" % amt


# ----------------------------------------------------------------------------- time
FEST_DAYS = [datetime.datetime(2024, 10, 18, 12), datetime.datetime(2024, 10, 19, 12),
             datetime.datetime(2024, 10, 20, 12)]


def draw_loss_time():
    """minutes before NOW when the object really left its owner"""
    if chance(0.45):
        d = pick(FEST_DAYS) + datetime.timedelta(minutes=R.randint(-180, 600))
        return int((NOW - d).total_seconds() // 60)
    while True:   # most things go missing in waking hours
        d = NOW.replace(hour=0, minute=0) - datetime.timedelta(days=R.randint(0, 26))
        d += datetime.timedelta(hours=R.randint(7, 22), minutes=R.randint(0, 59))
        t = int((NOW - d).total_seconds() // 60)
        if t >= 60:
            return t


def when_words(t_min, english=False):
    d = NOW - datetime.timedelta(minutes=t_min)
    days = (NOW.date() - d.date()).days
    h = d.hour
    if english:
        part = "morning" if h < 12 else "afternoon" if h < 18 else "evening"
        if days == 0:
            return "this " + part
        if days == 1:
            return "yesterday " + part
        return "%s %s (%d Oct)" % (d.strftime("%A"), part, d.day)
    part = "凌晨" if h < 6 else "早上" if h < 9 else "上午" if h < 12 else "中午" if h < 14 else "下午" if h < 18 else "晚上"
    hh = h if h <= 12 else h - 12
    clock = pick(["%d点左右" % hh, "%d点多" % hh, "%d:%02d" % (h, d.minute // 10 * 10), "", ""])
    if days == 0:
        day = pick(["今天", "今朝"])
    elif days == 1:
        day = pick(["昨天", "昨日", "昨天"])
    elif days == 2:
        day = "前天"
    else:
        day = pick(["%d月%d日" % (d.month, d.day), "%d号" % d.day, "%d.%d" % (d.month, d.day),
                    "周" + "一二三四五六日"[d.weekday()]])
    return day + part + clock


# ----------------------------------------------------------------------------- objects
def obj_phone():
    b = pick(["lantu", "xinglan", "oulu", "guoling", "meiyao"])
    models = {"lantu": ["Q70 Pro", "Q60", "Vela 9"], "xinglan": ["K30s", "K40 Ultra", "Air 5"],
              "oulu": ["R12", "R12 Mini", "Wing S3"], "guoling": ["G15", "G15 Plus"], "meiyao": ["M9", "Note 8"]}
    case = pick(["透明壳", "黑色硅胶壳", "带卡通兔子的壳", "皮质翻盖壳", "手机壳后面夹着一张音乐节门票", "没有壳", "蓝色磨砂壳",
                 "壳上贴着小猫贴纸", "带挂绳的壳"])
    return dict(cat="phone", noun_o=["手机", "手机", "phone", "手机一部"], noun_f=["手机一部", "手机", "智能手机"],
                brand=b, model=pick(models[b]), color=pick(["黑", "白", "银", "蓝", "紫", "绿", "金", "粉"]),
                imei=new_imei(), vis=[case, pick(["屏幕左上角有裂纹", "屏幕完好", "锁屏是一只柴犬", "锁屏是海边照片",
                                                    "后盖有划痕", "锁屏壁纸是一家三口", "没电关机了"])],
                hid=[pick(["锁屏密码是生日", "里面有孩子的照片", "微信里有家人群", "手机号尾号" + digits(4),
                           "关机前电量20%左右"])])


def obj_id():
    k = pick(["idcard", "idcard", "student", "bankcard", "student_uni", "passport"])
    if k == "idcard":
        name, idn = cname(), new_id(18, 80)
        return dict(cat="id_doc", noun_o=["身份证", "二代身份证", "身份证一张"], noun_f=["居民身份证", "身份证", "身份证一张"],
                    brand=None, model=None, color=None, idn=idn, name=name, vis=["姓名" + name], hid=[])
    if k == "student":
        name = cname()
        sn = "TP%d%04d" % (R.randint(2018, 2023), R.randint(1, 999))
        return dict(cat="id_doc", noun_o=["学生卡", "孩子的学生证", "校卡"], noun_f=["学生卡", "小学生证", "学生证"],
                    brand=None, model=None, color=pick(["蓝", "红"]), sn=sn, name=name, school="汀浦中心小学",
                    vis=["汀浦中心小学", "学生" + name, "挂绳是" + pick(["蓝色", "红色", "卡通"]) + "的"], hid=["班主任姓" + pick(SURN)])
    if k == "student_uni":
        name = cname()
        sn = "20%d%06d" % (R.randint(20, 24), R.randint(0, 999999))
        return dict(cat="id_doc", noun_o=["学生证", "校园卡", "饭卡"], noun_f=["学生证", "大学校园卡", "学生卡"],
                    brand=None, model=None, color=None, sn=sn, name=name, school="东渚大学",
                    vis=["东渚大学", name], hid=["卡里余额" + str(R.randint(20, 300)) + "元左右"])
    if k == "passport":
        name = pick(FOREIGN)
        pn = pick(["X", "P", "K"]) + digits(8)
        return dict(cat="id_doc", noun_o=["passport", "护照", "my passport"], noun_f=["外国护照", "护照", "passport"],
                    brand=None, model=None, color=pick(["红", "蓝", "黑", "绿"]), pn=pn, name=name, eng=True,
                    vis=["持照人" + name.upper()], hid=["里面夹着音乐节电子票的打印件"])
    name = cname()
    bank = pick(["汀浦农商银行", "江南兴业银行", "东海银行"])
    return dict(cat="id_doc", noun_o=["银行卡", "储蓄卡", "卡"], noun_f=["银行卡", "储蓄卡一张"], brand=None, model=None,
                color=pick(["金", "蓝", "银"]), tail=digits(4), prefix=pick(["6217", "6228", "6230", "6259"]),
                name=name, bank=bank, vis=[bank, "背面签名" + name], hid=[])


def obj_wallet():
    amt = pick(sorted(CN_NUM))
    tail = digits(4)
    name = cname()
    w = dict(cat="wallet", noun_o=pick([["钱包", "皮夹子", "钱包"], ["长款钱包", "钱包"], ["卡包", "钱包"]]),
             noun_f=["钱包", "皮夹", "钱包一个"], brand=pick(["pjf", "luyu", None, None]),
             model=None, color=pick(["黑", "棕", "红", "粉", "蓝", "灰"]), amt=amt, tail=tail,
             prefix=pick(["6217", "6228", "6230"]), name=name,
             vis=[pick(["拉链款", "折叠款", "按扣的", "边角磨破了"]), pick(["里面有身份证(%s)" % name, "有一张超市会员卡",
                                                              "夹着一张全家福", "有几张公交卡", "有一张音乐节门票存根"])],
             hid=[pick(["里面有张孩子的一寸照", "有我妈给的护身符", "夹层有张借书卡"])])
    if chance(0.5):
        w["idn"] = new_id(20, 75)
    return w


def obj_keys():
    k = pick(["homestay", "homestay", "car", "bikelock", "house"])
    if k == "homestay":
        hs = pick(["枕河民宿", "桂语民宿", "水阁人家"])
        room = pick(["101", "102", "203", "205", "301", "306"])
        return dict(cat="keys", noun_o=["房间钥匙", "民宿钥匙", "房卡钥匙", "room key"], noun_f=["钥匙一把(带木牌)", "民宿钥匙", "钥匙"],
                    brand=None, model=None, color=pick(["棕", "金", "红"]), tag="%s %s" % (hs, room), hs=hs, room=room,
                    vis=["木牌上写着%s %s" % (hs, room), pick(["一把铜钥匙", "两把钥匙", "挂着红绳"])], hid=["住%s房" % room])
    if k == "car":
        b = pick(["yuanhang", "chicheng"])
        return dict(cat="keys", noun_o=["车钥匙", "汽车钥匙", "car key"], noun_f=["汽车遥控钥匙", "车钥匙", "钥匙一串"],
                    brand=b, model=pick(["Y5", "Y7 EV", "C3", "C6"]) , color="黑",
                    vis=[pick(["挂着一个桂花香囊", "挂着小熊挂件", "还串着两把门钥匙", "钥匙扣是开瓶器"])],
                    hid=["车牌尾号" + digits(3), "车停在客运站停车场"])
    if k == "bikelock":
        return dict(cat="keys", noun_o=["车锁钥匙", "自行车锁钥匙", "钥匙"], noun_f=["小钥匙两把", "锁钥匙"], brand="gusuo",
                    model=None, color=pick(["银", "黄"]), vis=["钥匙上刻" + digits(3), pick(["串在塑料圈上", "挂着蓝色小牌"])], hid=[])
    return dict(cat="keys", noun_o=["家里钥匙", "一串钥匙", "钥匙"], noun_f=["钥匙一串", "钥匙"], brand=None, model=None,
                color=pick(["银", "金"]), vis=["%d把钥匙" % R.randint(2, 6), pick(["门禁扣是蓝色的", "挂着玉葫芦", "挂着一个小铃铛",
                                                                    "挂着桂花公园纪念牌"])], hid=["有一把是防盗门的"])


def obj_ebike():
    b = pick(["xiaoju", "jifeng", "yatu"])
    frame = pick(["XJ", "JF", "YT"]) + "20%d" % R.randint(19, 24) + pick("ABCDE") + digits(7)
    plate = "汀浦" + pick(["A", "B"]) + digits(5)
    return dict(cat="ebike", noun_o=["电动车", "电瓶车", "电驴", "小电驴"], noun_f=["电动自行车", "电动车一辆", "电瓶车"],
                brand=b, model=pick(["S3", "F9", "Q1 Lite", "T30"]), color=pick(["白", "黑", "红", "蓝", "绿"]),
                frame=frame, plate=plate, vis=["车牌" + plate, pick(["后座有儿童座椅", "车筐里有个头盔", "脚踏板贴着防滑垫",
                                                                 "车把上挂着雨披"])], hid=["电池是新换的"])


def obj_bicycle():
    if chance(0.55):
        fleet = "TP-%04d" % R.randint(1, 1600)
        return dict(cat="bicycle", noun_o=["租的自行车", "公共自行车", "单车", "rental bike"], noun_f=["公共自行车", "租赁自行车一辆"],
                    brand="tpbike", model=None, color=pick(["绿", "橙"]), fleet=fleet,
                    vis=["车身编号" + fleet, pick(["车筐歪了", "车座调得很高", "车筐里有一瓶水"])], hid=[])
    b = pick(["feilun", "qingqi"])
    return dict(cat="bicycle", noun_o=["自行车", "山地车", "单车"], noun_f=["自行车一辆", "山地自行车"], brand=b,
                model=pick(["FL-26", "Urban 3", "Q7"]), color=pick(["黑", "白", "蓝", "红", "灰"]), frame=pick(["FL", "QQ"]) + digits(8),
                vis=[pick(["没上锁", "锁在栏杆上被剪断了", "后轮没气"]), pick(["车把缠着红胶布", "前面装了车铃", "有一个水壶架"])], hid=[])


def obj_bag():
    k = pick(["backpack", "tote", "camera_bag", "crossbody", "kids"])
    noun = {"backpack": (["双肩包", "背包", "书包", "backpack"], ["双肩背包", "背包一个"]),
            "tote": (["帆布袋", "帆布包", "托特包", "tote bag"], ["帆布袋", "布袋子一个"]),
            "camera_bag": (["相机包", "摄影包"], ["相机包", "小型摄影包"]),
            "crossbody": (["斜挎包", "小挎包", "腰包", "bum bag"], ["斜挎小包", "挎包"]),
            "kids": (["孩子的书包", "小书包", "宝宝的包"], ["儿童书包", "小书包"])}[k]
    contents = pick(["里面有一件外套和充电线", "装着两瓶水和一盒桂花糕", "有几本绘本和水杯", "有防晒霜和一把折叠伞",
                     "有一个笔记本和钥匙", "装着换洗衣服", "有药盒和病历本"])
    return dict(cat="bag", noun_o=noun[0], noun_f=noun[1], brand=pick(["xingzhe", "shanyu", None]), model=None,
                color=pick(["黑", "灰", "蓝", "绿", "白", "棕", "黄"]), kind=k,
                vis=[contents, pick(["拉链头挂着一个徽章", "侧袋插着一把伞", "包上绣了名字缩写", "包带打了个结"])],
                hid=[pick(["夹层有" + money_owner(pick([100, 200, 300])), "里面有身份证复印件", "有一张医保卡"])])


def obj_cash():
    amt = pick(sorted(CN_NUM))
    k = pick(["envelope", "redpacket", "roll"])
    noun = {"envelope": (["一个信封，里面是现金", "装钱的信封", "现金(信封装)"], ["信封一个，内有现金", "牛皮纸信封(内有现金)"]),
            "redpacket": (["红包", "一个红包"], ["红包一个", "红包(内有现金)"]),
            "roll": (["一卷现金", "一叠钱", "现金"], ["现金一沓", "一卷钞票(橡皮筋扎着)"])}[k]
    return dict(cat="cash", noun_o=noun[0], noun_f=noun[1], brand=None, model=None,
                color="红" if k == "redpacket" else pick(["棕", "白"]) if k == "envelope" else None,
                amt=amt, vis=[pick(["信封上写着“房租”", "封面写着一个“寿”字", "用橡皮筋扎着", "上面写着" + cname() + "收",
                                    "信封印着汀浦农商银行"])], hid=["是准备交给民宿的尾款"])


def obj_jewelry():
    k = pick(["gold_bracelet", "silver_ring", "pearl", "jade", "gold_chain", "kid_lock"])
    spec = {"gold_bracelet": (["金手镯", "金镯子", "足金手镯"], ["黄金手镯", "金色手镯一只"], "金", "jml"),
            "silver_ring": (["银戒指", "戒指", "silver ring"], ["银色戒指一枚", "戒指"], "银", "zhuguang"),
            "pearl": (["珍珠耳环", "珍珠耳钉", "pearl earring"], ["珍珠耳饰一只", "耳环"], "白", "zhuguang"),
            "jade": (["玉镯", "翡翠镯子", "玉手镯"], ["玉镯一只", "绿色手镯"], "绿", None),
            "gold_chain": (["金项链", "项链", "金链子"], ["金色项链", "项链一条"], "金", "jml"),
            "kid_lock": (["长命锁", "宝宝的银锁", "小银锁"], ["儿童银锁", "长命锁一个"], "银", None)}[k]
    eng = pick(["内圈刻着 L&Y 2019", "刻有“平安”二字", "刻着宝宝名字" + pick(GIVEN), "无刻字", "内侧刻 999"])
    return dict(cat="jewelry", noun_o=spec[0], noun_f=spec[1], brand=spec[3] if chance(0.7) else None, model=None,
                color=spec[2], kind=k, vis=[eng, pick(["搭扣有点松", "有细小划痕", "链子断了", "装在小红绒袋里"])],
                hid=[pick(["大概%d克" % R.randint(5, 40), "婆婆留下的", "结婚时买的", "发票上写%d元" % R.choice([2680, 5800, 12600])])])


def obj_electronics():
    k = pick(["earbuds", "earbuds", "powerbank", "camera", "lens", "kidwatch", "wristband", "tablet"])
    if k == "earbuds":
        b = pick(["shengyu", "lantu", "xinglan"])
        sn = pick(["SI", "LT", "XL"]) + digits(10)
        return dict(cat="electronics", noun_o=["蓝牙耳机", "耳机", "无线耳机", "earbuds"], noun_f=["蓝牙耳机一副", "耳机盒", "无线耳机"],
                    brand=b, model=pick(["Buds 3", "FreeAir 2", "Pods Lite", "Buds Pro"]), color=pick(["白", "黑", "蓝"]),
                    sn=sn, sn_vis=chance(0.5), kind=k, vis=[pick(["只有耳机仓，左耳不在", "两只都在盒子里", "盒子上贴了名字贴",
                                                                   "盒子有裂缝"])], hid=["手机里能看到最后连接位置"])
    if k == "powerbank":
        b = pick(["dxm", "lantu"])
        return dict(cat="electronics", noun_o=["充电宝", "移动电源", "power bank"], noun_f=["充电宝一个", "移动电源"],
                    brand=b, model=pick(["10000mAh", "20000mAh 快充", "磁吸款 5000mAh"]), color=pick(["白", "黑", "粉"]),
                    kind=k, vis=[pick(["带两根线", "贴了一张音乐节贴纸", "侧面有磕痕", "磁吸款"])], hid=[])
    if k in ("camera", "lens"):
        b = pick(["guangyu", "kaiying"])
        sn = pick(["GY", "KY"]) + digits(8)
        if k == "camera":
            model = pick(["GX-7 II", "Z50c", "KY-R8", "Mini 3"])
            no = (["相机", "微单", "数码相机", "camera"], ["相机一台", "微单相机", "数码相机"])
        else:
            model = pick(["35mm F1.8", "24-70 F4", "50mm F1.4"])
            no = (["镜头", "相机镜头", "lens"], ["镜头一只", "相机镜头"])
        return dict(cat="electronics", noun_o=no[0], noun_f=no[1], brand=b, model=model, color=pick(["黑", "银"]), sn=sn,
                    sn_vis=chance(0.6), kind=k, vis=[pick(["背带是彩虹编织的", "镜头盖丢了", "机身贴着名字贴纸", "有UV镜"])],
                    hid=["存储卡里是音乐节的照片"])
    if k == "kidwatch":
        return dict(cat="electronics", noun_o=["儿童手表", "电话手表", "孩子的手表"], noun_f=["儿童电话手表", "小孩手表"],
                    brand="xiaoque", model=pick(["Q3", "Q5 Pro"]), color=pick(["粉", "蓝", "紫"]), imei=new_imei(), kind=k,
                    vis=[pick(["表带上有恐龙图案", "屏幕上贴着星星贴纸", "表带是蓝色硅胶"])], hid=["孩子在二年级"])
    if k == "wristband":
        chip = "LF24-%02d-%04d" % (R.randint(1, 12), R.randint(0, 9999))
        return dict(cat="electronics", noun_o=["音乐节手环", "手环", "festival wristband", "芯片手环"],
                    noun_f=["音乐节芯片手环", "手环一个", "入场手环"], brand="hudao", model=pick(["三日通票", "单日票", "VIP"]),
                    color=pick(["橙", "紫", "黄"]), chip=chip, kind=k, vis=["芯片编号" + chip], hid=["绑定了我的身份证"])
    return dict(cat="electronics", noun_o=["平板", "平板电脑", "iPad一样的平板"], noun_f=["平板电脑一台", "平板"], brand="lantu",
                model=pick(["LT Pad 11", "LT Pad Air"]), color=pick(["灰", "银"]), sn="LTP" + digits(9), sn_vis=chance(0.3),
                kind=k, vis=[pick(["带键盘套", "屏幕上有动画片暂停画面", "保护套是蓝色的"])], hid=["开机密码是孩子生日"])


def obj_other():
    k = pick(["umbrella", "hat", "glasses", "bottle", "toy", "jacket", "stroller_toy"])
    spec = {"umbrella": (["雨伞", "伞", "折叠伞", "umbrella"], ["雨伞一把", "折叠伞"], "tianqing"),
            "hat": (["帽子", "渔夫帽", "鸭舌帽", "hat"], ["帽子一顶", "渔夫帽"], None),
            "glasses": (["眼镜", "近视眼镜", "墨镜", "glasses"], ["眼镜一副", "眼镜(带盒)"], "mingmou"),
            "bottle": (["水杯", "保温杯", "水壶", "water bottle"], ["保温杯", "水杯一个"], "shuidi"),
            "toy": (["玩具熊", "毛绒玩具", "孩子的娃娃"], ["毛绒玩具", "玩偶一个"], "tangdou"),
            "jacket": (["外套", "冲锋衣", "衣裳", "jacket"], ["外套一件", "冲锋衣"], "shanyu"),
            "stroller_toy": (["玩具车", "小汽车玩具", "遥控车"], ["玩具汽车", "儿童玩具车"], None)}[k]
    return dict(cat="other", noun_o=spec[0], noun_f=spec[1], brand=spec[2] if chance(0.6) else None, model=None,
                color=pick(["黑", "蓝", "粉", "黄", "绿", "红", "白", "棕", "紫"]), kind=k,
                vis=[pick(["手柄上缠着胶布", "上面印着湖岛音乐节logo", "贴着名字贴“" + pick(GIVEN) + "”", "有点旧",
                           "挂着桂花香包", "一只耳朵缝过"])], hid=[pick(["孩子抱着睡觉的", "是朋友送的", "买了三年了"])])


MAKERS = {"phone": obj_phone, "id_doc": obj_id, "wallet": obj_wallet, "keys": obj_keys, "ebike": obj_ebike,
          "bicycle": obj_bicycle, "bag": obj_bag, "cash": obj_cash, "jewelry": obj_jewelry,
          "electronics": obj_electronics, "other": obj_other}
CAT_COUNTS = [("phone", 45), ("id_doc", 40), ("wallet", 30), ("keys", 30), ("electronics", 45), ("bag", 25),
              ("jewelry", 20), ("cash", 15), ("bicycle", 15), ("ebike", 10), ("other", 25)]


# ----------------------------------------------------------------------------- serial views
def serial_owner(o):
    """what the owner can give as an identifier (or None)"""
    if "imei" in o and chance(0.45):
        return imei_written(o["imei"])
    if "idn" in o and o["cat"] == "id_doc":
        return mask_id(o["idn"])
    if "sn" in o and o["cat"] == "id_doc":
        return pick([o["sn"], "学号" + o["sn"], o["sn"].lower(), o["sn"][-4:]])
    if "pn" in o:
        return pick([o["pn"], "passport no. " + o["pn"], o["pn"][:3] + "…" + o["pn"][-3:]])
    if "tail" in o and chance(0.8):
        return card_tail_owner(o["tail"])
    if "frame" in o and chance(0.6):
        f = o["frame"]
        return pick([f, "车架号" + f, "车架号后六位" + f[-6:], f[:4] + " " + f[4:]])
    if "plate" in o and chance(0.7):
        return o["plate"]
    if "fleet" in o:
        return pick([o["fleet"], o["fleet"].replace("-", ""), "车号" + o["fleet"][3:].lstrip("0"), o["fleet"][3:] + "号"])
    if "sn" in o and chance(0.35):
        return pick([o["sn"], "SN:" + o["sn"], "S/N " + o["sn"][:4] + " " + o["sn"][4:]])
    if "chip" in o and chance(0.6):
        c = o["chip"]
        return pick([c, c.replace("-", ""), c.replace("-", " "), "手环号" + c[-4:]])
    if "tag" in o:
        return pick([o["room"] + "房", o["tag"], None])
    return None


def serial_finder(o):
    if "idn" in o and o["cat"] == "id_doc":
        return pick([o["idn"], o["idn"], o["idn"][:6] + "********" + o["idn"][-4:]])
    if "sn" in o and o["cat"] == "id_doc":
        return pick([o["sn"], "学号:" + o["sn"]])
    if "pn" in o:
        return o["pn"]
    if "tail" in o:
        return card_tail_finder(o["prefix"], o["tail"])
    if "imei" in o and o["cat"] == "electronics" and chance(0.5):
        return imei_written(o["imei"])          # printed on the back of the watch
    if "imei" in o and chance(0.1):
        return imei_written(o["imei"])          # SIM tray label
    if "plate" in o and chance(0.7):
        return pick([o["plate"], o["plate"][2:], "牌照" + o["plate"]])
    if "frame" in o and chance(0.5):
        f = o["frame"]
        return pick([f, "车架号" + f, f.lower()])
    if "fleet" in o:
        return pick([o["fleet"], "编号" + o["fleet"][3:], o["fleet"]])
    if "sn" in o and o.get("sn_vis"):
        return pick([o["sn"], "S/N:" + o["sn"], o["sn"][:6] + "-" + o["sn"][6:]])
    if "chip" in o:
        return pick([o["chip"], o["chip"].replace("-", "")])
    if "tag" in o and chance(0.5):
        return o["tag"]
    return None


# ----------------------------------------------------------------------------- voices
SLANG_OPEN = ["家人们谁懂啊，", "救命！！", "蚌埠住了，", "破防了，", "求求好心人，", "真的会谢，", "绝了，", "呜呜呜", "有没有宝子看到",
              "麻了，", "啊啊啊啊"]
SLANG_CLOSE = ["捡到的宝子私我，必有重谢！", "求扩散🙏", "好人一生平安", "拜托拜托", "请你喝奶茶！！", "跪谢"]
WU_OPEN = ["阿拉老太婆记性勿好，", "侬好，我是镇上老住户，", "阿拉屋里厢", "格么讲起来，", "侬帮帮忙，"]
WU_CLOSE = ["侬晓得伐，有人捡着了告诉阿拉一声。", "拜托侬了。", "伊老值钿额，麻烦侬。", "谢谢侬。"]
PARENT_OPEN = ["带孩子出来玩，", "接孩子放学的时候，", "娃一直在哭，", "我家小孩", "推着婴儿车，一不留神"]
EN_OPEN = ["Hi, ", "Hello, ", "Sorry my Chinese is bad. ", "Ni hao! "]
EN_CLOSE = ["Thank you so much! xiexie", "Please call me, xie xie!", "Any help appreciated.", "谢谢!"]


def near_latlon(pid, far=False):
    _, _, la, lo = PLACES[pid]
    j = 0.004 if far else 0.0015
    return round(la + R.uniform(-j, j), 6), round(lo + R.uniform(-j, j), 6)


def color_text(c):
    return pick(COLORS[c]) if c else None


def glue(parts):
    """join description words, with a space after a Latin word"""
    out = ""
    for x in parts:
        if not x:
            continue
        if out and (out[-1].isascii() and out[-1].isalnum()) and x[0].isascii():
            out += " "
        out += x
    if out and out[-1].isascii() and out[-1].isalnum():
        out += " "
    return out


def lst(xs, dflt=""):
    return "，".join(x for x in xs if x) or dflt


def cut(s, n):
    return s if len(s) <= n else s[:n]


def typo(s):
    """one hurried slip: drop, double or swap a character"""
    if len(s) < 6:
        return s
    i = R.randrange(1, len(s) - 2)
    r = R.random()
    if r < 0.4:
        return s[:i] + s[i + 1:]
    if r < 0.7:
        return s[:i] + s[i] + s[i:]
    return s[:i] + s[i + 1] + s[i] + s[i + 2:]


def write_lost(o, place, t_loss, window):
    lf, lt = window
    eng = o.get("eng") or chance(0.07)
    voice = "en" if eng else pick(["slang", "slang", "parent", "wu", "homestay", "terse", "plain", "plain", "boatman"])
    if o["cat"] in ("id_doc",) and "school" in o and o["school"] == "汀浦中心小学":
        voice = pick(["parent", "parent", "wu"])
    noun = pick(o["noun_o"])
    pname = pick(PLACES[place][1])
    col = color_text(o["color"])
    bt = brand_text(o["brand"]) if o["brand"] else None
    model = o["model"]
    if model and chance(0.3):
        model = pick([model.replace(" ", ""), model.lower(), model.split(" ")[0]])
    when = when_words(t_loss, english=(voice == "en"))
    desc = glue([col if col and chance(0.7) and voice != "en" else "",
                 bt if bt and chance(0.6) else "", model if model and chance(0.5) else ""])
    if voice == "en":
        en_nouns = [x for x in o["noun_o"] if x.isascii()]
        noun = pick(en_nouns) if en_nouns else noun
    extras = [m for m in o["vis"] if chance(0.6)] + [m for m in o["hid"] if chance(0.6)]
    if "amt" in o:
        extras.insert(0, ("里面有" if o["cat"] == "wallet" else "一共") + money_owner(o["amt"]))
    if "tail" in o and o["cat"] == "wallet" and chance(0.5):
        extras.append("有张银行卡" + card_tail_owner(o["tail"]))
    if "name" in o and chance(0.6):
        extras.append(pick(["名字是", "姓名", "上面是"]) + o["name"] if voice != "en" else "name " + o["name"])
    if voice == "en":
        cn = COLOR_EN[o["color"]] if o["color"] else ""
        ex = (" Also: " + "，".join(extras[:2]) + ".") if extras and chance(0.5) else ""
        body = "%sI lost my %s near %s %s.%s %s" % (
            pick(EN_OPEN), glue([cn, BRANDS[o["brand"]][1].title() if o["brand"] else "", noun]).strip(),
            pname, when, ex, pick(EN_CLOSE))
    elif voice == "slang":
        body = "%s%s在%s把%s%s弄丢了，%s %s" % (pick(SLANG_OPEN), when, pname, desc, noun, lst(extras, "别的想不起来了"), pick(SLANG_CLOSE))
    elif voice == "parent":
        body = "%s%s在%s%s掉了，%s。孩子急得直哭，麻烦帮忙留意。" % (pick(PARENT_OPEN), when, pname, desc + noun, lst(extras, "别的记不清了"))
    elif voice == "wu":
        body = "%s%s辰光在%s落脱了一只%s，%s。%s" % (pick(WU_OPEN), when, pname, desc + noun, lst(extras, "样子老普通额"), pick(WU_CLOSE))
    elif voice == "homestay":
        body = "我是%s老板，替住客%s登记：客人%s在%s丢了%s，%s。客人明天退房，有消息请联系民宿。" % (
            pick(["枕河民宿", "桂语民宿", "水阁人家"]), pick(["", "小" + pick(SURN)]), when, pname, desc + noun, lst(extras, "样子客人说不清"))
    elif voice == "boatman":
        body = "我是摇船的，自家的%s%s在%s寻不着了，%s。" % (desc + noun, when, pname, lst(extras, "寻了半天"))
    elif voice == "terse":
        body = "%s %s 遗失%s%s" % (when, pname, desc + noun, ("，" + extras[0]) if extras else "")
        if chance(0.4):
            body = typo(body)
    else:
        body = "本人于%s在%s附近遗失%s%s。%s。" % (when, pname, desc + noun, "" if "一" in noun else pick(["一个", "一件", "一只", ""]), lst(extras, "其他特征记不清"))
    rec = {"category": o["cat"], "body": cut(body, 600)}
    full = R.random()
    if full > 0.35:
        if o["color"] and chance(0.75):
            rec["color"] = col
        if bt and chance(0.7):
            rec["brand"] = brand_text(o["brand"])
        if o["model"] and chance(0.55):
            rec["model"] = model
        s = serial_owner(o)
        if s and chance(0.85):
            rec["serial"] = cut(s, 60)
        if extras and chance(0.6):
            rec["marks"] = cut("；".join(extras), 500)
        if chance(0.8):
            rec["address"] = cut(pick(PLACES[place][1]) if chance(0.7) else "汀浦镇" + pick(PLACES[place][1]), 60)
        if chance(0.45):
            rec["lat"], rec["lon"] = near_latlon(place)
    elif full > 0.15:
        s = serial_owner(o)
        if s:
            rec["serial"] = cut(s, 60)
        if chance(0.5):
            rec["address"] = cut(pick(PLACES[place][1]), 60)
    rec["lost_from_min"], rec["lost_to_min"] = lf, lt
    return rec


FINDER_OPEN = {
    "security": ["音乐节安保巡查时", "安检口同事", "安保队员"],
    "volunteer": ["志愿者", "我是音乐节志愿者，", "蓝马甲志愿者"],
    "boatman": ["船老大收船时", "摇船的老张", "游船清扫时"],
    "driver": ["大巴司机收车检查", "末班车到站后司机", "客运站保洁"],
    "homestay": ["民宿打扫房间时", "民宿老板", "客栈前台"],
    "shop": ["小吃店老板", "茶馆伙计", "菜场摊主"],
    "passer": ["路人", "一位游客", "热心市民", "一个小姑娘"],
    "teacher": ["学校门卫", "值班老师"],
    "clinic": ["分院导医台", "护士站"],
    "desk": [""],
    "en": ["A visitor"],
}


def finder_voice_for(place):
    z = PLACES[place][0]
    opts = {"island": ["security", "volunteer", "volunteer", "passer", "desk"],
            "water": ["boatman", "boatman", "passer", "desk"],
            "transport": ["driver", "driver", "passer", "desk", "volunteer"],
            "oldstreet": ["shop", "homestay", "passer", "desk"],
            "city": ["driver", "passer", "desk"],
            "town": ["teacher", "clinic", "shop", "passer", "desk"]}[z]
    if place in ("school",):
        opts = ["teacher", "teacher", "passer"]
    if place == "clinic":
        opts = ["clinic", "clinic", "passer"]
    v = pick(opts)
    return "en" if chance(0.04) else v


def write_found(o, place, t_found):
    voice = finder_voice_for(place)
    noun = pick(o["noun_f"])
    pname = pick(PLACES[place][1])
    col = color_text(o["color"])
    bt = brand_text(o["brand"], pick(["zh", "zh", "en", "py", "typo"])) if o["brand"] else None
    model = o["model"]
    when = when_words(t_found, english=(voice == "en"))
    vis = [m for m in o["vis"] if chance(0.75)]
    if "amt" in o:
        vis.insert(0, money_finder(o["amt"]))
    if "tail" in o and o["cat"] == "wallet" and chance(0.6):
        vis.append("银行卡一张" + card_tail_finder(o["prefix"], o["tail"]))
    if "idn" in o and o["cat"] == "wallet" and chance(0.5):
        vis.append("身份证号" + pick([o["idn"], o["idn"][:6] + "********" + o["idn"][-4:]]))
    if "name" in o and o["cat"] == "id_doc" and chance(0.7) and not any(o["name"] in v for v in vis):
        vis.append("姓名:" + o["name"])
    if "bank" in o and chance(0.7) and o["bank"] not in vis:
        vis.append(o["bank"])
    desc = glue([col if col and chance(0.8) else "", bt if bt and chance(0.6) else "",
                 model if model and chance(0.4) else ""])
    if voice == "en":
        body = "Found a %s %s at %s, %s. %s" % (COLOR_EN[o["color"]] if o["color"] else "",
                                               noun, pname, when, lst(vis, "no other marks"))
    elif voice == "desk":
        body = "%s于%s拾得%s%s，%s。已登记保管。" % (pick(["群众", "市民", "游客", ""]), pname, desc, noun, lst(vis, "无其他特征"))
        if chance(0.3):
            body = typo(body)
    elif voice in ("security", "volunteer"):
        body = "%s%s在%s捡到%s%s，%s。已交音乐节警务站。" % (pick(FINDER_OPEN[voice]), when, pname, desc, noun, lst(vis, "无明显特征"))
    elif voice == "boatman":
        body = "%s%s在%s船舱里寻着一只%s%s，%s，勿晓得是啥人额。" % (pick(FINDER_OPEN[voice]), when, pname, desc, noun, lst(vis, "无明显特征"))
    elif voice == "driver":
        body = "%s%s在%s座位底下发现%s%s，%s。" % (pick(FINDER_OPEN[voice]), when, pname, desc, noun, lst(vis, "无明显特征"))
    elif voice == "homestay":
        body = "%s%s在%s捡到%s%s，%s，住客已离店，联系不上。" % (pick(FINDER_OPEN[voice]), when, pname, desc, noun, lst(vis, "无明显特征"))
    else:
        body = "%s%s在%s拾到%s%s，%s，送来派出所。" % (pick(FINDER_OPEN[voice]), when, pname, desc, noun, lst(vis, "无明显特征"))
    rec = {"category": o["cat"], "body": cut(body, 600)}
    if R.random() > 0.2:
        if o["color"] and chance(0.8):
            rec["color"] = col
        if bt and chance(0.65):
            rec["brand"] = bt
        if model and chance(0.45):
            rec["model"] = model if chance(0.6) else model.upper().replace(" ", "")
        s = serial_finder(o)
        if s and chance(0.9):
            rec["serial"] = cut(s, 60)
        if vis and chance(0.6):
            rec["marks"] = cut("；".join(vis), 500)
        if chance(0.85):
            rec["address"] = cut(pick(PLACES[place][1]) if chance(0.8) else pick(DESK) + "(拾于" + pick(PLACES[place][1]) + ")", 60)
        if chance(0.6):
            rec["lat"], rec["lon"] = near_latlon(place)
    rec["found_at_min"] = t_found
    return rec


# ----------------------------------------------------------------------------- truth
def loss_window(t):
    width = pick([20, 30, 60, 90, 120, 180, 240, 360, 600, 720, 1440, 2880, 4320])
    a = R.randint(0, width)
    lf = min(t + a, 172800)
    lt = max(0, t - (width - a))
    return lf, lt


def found_time(t):
    d = pick([5, 15, 30, 45, 60, 120, 240, 480, 1440, 2880, 5760])
    d = R.randint(max(1, d // 2), d)
    return max(0, t - d)


def near_place(p):
    return p if chance(0.5) else pick(NEIGH[p])


def far_place(p):
    z = PLACES[p][0]
    return pick([q for q in PLACE_IDS if PLACES[q][0] != z])


def variant_of(o, kind):
    """a different object, built to trap a matcher on report o"""
    maker = MAKERS[o["cat"]]
    for _ in range(200):
        n = maker()
        if kind == "same_category_colour":
            n["color"] = o["color"]
            if n.get("brand") == o.get("brand") and n.get("model") == o.get("model"):
                continue
            return n
        if kind == "near_twin":
            if n["noun_f"] != o["noun_f"]:
                continue
            if o["cat"] in ("id_doc", "cash"):
                # same kind of card / same money form, another person or another amount
                if (n.get("name"), n.get("amt")) == (o.get("name"), o.get("amt")):
                    continue
                n["color"] = o["color"]
                return n
            n["brand"], n["model"], n["color"] = o.get("brand"), o.get("model"), o["color"]
            if n["vis"] == o["vis"]:
                continue
            return n
        if kind in ("found_before_loss",):
            if n["noun_f"] != o["noun_f"] and chance(0.8):
                continue
            n["brand"], n["color"] = o.get("brand"), o["color"]
            if n.get("model") is not None and o.get("model") is not None and chance(0.6):
                n["model"] = o["model"]
            return n
        if kind == "same_brand_elsewhere":
            if o.get("brand") is None:
                return None
            n["brand"] = o["brand"]
            return n
    return None


def main():
    objs = []
    for cat, n in CAT_COUNTS:
        for _ in range(n):
            objs.append(("pair", cat))
    weights = [c for c, n in CAT_COUNTS for _ in range(n)]
    for _ in range(N_UNFOUND):
        objs.append(("unfound", pick(weights)))
    R.shuffle(objs)

    lost_recs, found_recs = [], []     # (record, truth-index or None)
    truths = []
    for kind, cat in objs:
        o = MAKERS[cat]()
        place = pick(PLACE_IDS)
        t = draw_loss_time()
        win = loss_window(t)
        lrec = write_lost(o, place, t, win)
        entry = {"o": o, "place": place, "t": t, "win": win, "lost": lrec, "found": None}
        if kind == "pair":
            fp = near_place(place)
            tf = found_time(t)
            entry["found"] = write_found(o, fp, tf)
        truths.append(entry)

    # a few objects filed under two categories by two people (brief: at most 5)
    cross = 0
    for e in truths:
        if cross >= MAX_CROSS or e["found"] is None:
            continue
        o = e["o"]
        alt = None
        if o.get("kind") == "wristband":
            alt = "other"
        elif o.get("kind") == "kidwatch":
            alt = "phone"
        elif o.get("kind") == "camera_bag":
            alt = "electronics"
        if alt and chance(0.7):
            e["found"]["category"] = alt
            cross += 1

    # hard negatives, each aimed at one report
    negs = []
    kinds = [k for k, n in NEG_KINDS for _ in range(n)]
    for k in kinds:
        for _ in range(500):
            e = pick(truths)
            # unfound reports are where a wrong "likely" costs most: aim half the traps at them
            if chance(0.5) and e["found"] is not None:
                continue
            if k in ("near_twin", "same_category_colour") and not any(
                    f in e["lost"] for f in ("serial", "brand", "marks", "model")):
                continue
            n = variant_of(e["o"], k)
            if n is None:
                continue
            lf, lt = e["win"]
            if k == "found_before_loss":
                tf = lf + R.randint(60, 10 * 1440)
                if tf > 172800:
                    continue
                fp = near_place(e["place"])
            elif k == "same_brand_elsewhere":
                fp = far_place(e["place"])
                if chance(0.5) and lf + 2 * 1440 <= 172800:
                    tf = lf + R.randint(2 * 1440, 20 * 1440)
                    tf = min(tf, 172800)
                else:
                    tf = max(0, lt - R.randint(3 * 1440, 8 * 1440))
                    if tf == 0 and lt < 3 * 1440:
                        tf = lf + R.randint(1440, 5 * 1440)
            else:
                fp = near_place(e["place"])
                tf = found_time(e["t"])
            rec = write_found(n, fp, tf)
            rec["negative"] = k
            negs.append(rec)
            break
        else:
            raise SystemExit("could not place negative " + k)

    # shuffle both sides and hand out keys
    found_all = [(e["found"], i) for i, e in enumerate(truths) if e["found"] is not None] + [(r, None) for r in negs]
    R.shuffle(found_all)
    fkey = {}
    found_out = []
    for j, (rec, ti) in enumerate(found_all, 1):
        k = "%s-F%04d" % (PFX, j)
        if ti is not None:
            fkey[ti] = k
        found_out.append(dict([("key", k)] + sorted(rec.items())))
    order = list(range(len(truths)))
    R.shuffle(order)
    lost_out = []
    for j, ti in enumerate(order, 1):
        rec = truths[ti]["lost"]
        d = dict([("key", "%s-L%04d" % (PFX, j))] + sorted(rec.items()))
        d["truth"] = fkey.get(ti)
        lost_out.append(d)

    out = {"seed": SEED, "made_by": "tests/lostfound/make_set129.py",
           "parts": {PART: {"found": found_out, "lost": lost_out}}}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set129.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %s: %d found (%d negatives), %d lost (%d with truth), %d cross-category" % (
        path, len(found_out), len(negs), len(lost_out), sum(1 for x in lost_out if x["truth"]), cross))


if __name__ == "__main__":
    main()
