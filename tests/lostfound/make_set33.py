#!/usr/bin/env python3
"""Blind labelled set 33 (key prefix H3): 青石区, 城西派出所 阳光坐席, three months of autumn.

Each object is first drawn as a hidden truth record; the owner's report and the finder's
registration are then written separately from it (the finder sees only what is visible).
Standard library only, one seeded random.Random, deterministic under any PYTHONHASHSEED.
"""
import json
import os
import random

SEED = 20261233
R = random.Random(SEED)
P = "H3"
MAXMIN = 172800

# ---------------------------------------------------------------- places
# (key, owner aliases, finder spots, lat, lon)
PLACES = [
    ("market", ["青石农贸市场", "青石菜场", "菜市场", "农贸市场那边", "青石菜市场"],
     ["青石农贸市场东门", "农贸市场猪肉摊旁", "菜场二楼熟食区", "菜场门口公厕旁", "青石农贸市场鱼摊"], 29.35412, 113.12873),
    ("super", ["惠邻超市", "惠邻生活超市", "超市", "惠邻超市青石店"],
     ["惠邻超市收银台", "惠邻超市存包柜", "惠邻超市门口购物车区", "惠邻超市二楼日用品区"], 29.35538, 113.13051),
    ("primary", ["青石二小", "二小门口", "学校门口", "青石区第二小学"],
     ["青石二小门卫室", "二小东门接送点", "二小操场边"], 29.35081, 113.12412),
    ("middle", ["青石中学", "青中", "中学门口"],
     ["青石中学门卫", "青石中学篮球场", "青石中学后门奶茶店"], 29.34702, 113.13366),
    ("hospital", ["区医院", "区人民医院", "人民医院门诊", "青石区人民医院"],
     ["区医院门诊大厅", "区医院住院部3楼", "区医院缴费窗口", "区医院停车场"], 29.35926, 113.12188),
    ("park", ["明湖公园", "公园", "明湖公园广场", "跳广场舞那块"],
     ["明湖公园南广场", "明湖公园湖边长椅", "明湖公园健身器材旁", "明湖公园北门"], 29.36244, 113.13620),
    ("guiyuan", ["桂园社区", "桂园小区", "桂园"],
     ["桂园社区7栋楼下", "桂园小区北门", "桂园社区服务中心", "桂园菜鸟驿站"], 29.35265, 113.13702),
    ("fenglin", ["枫林社区", "枫林苑", "枫林苑小区"],
     ["枫林苑3期大门", "枫林社区垃圾分类点", "枫林苑12栋电梯口", "枫林社区健身角"], 29.34511, 113.12622),
    ("metro_qs", ["地铁青石站", "青石站", "3号线青石站"],
     ["地铁青石站B口", "青石站站厅服务台", "3号线青石站站台"], 29.35701, 113.12595),
    ("metro_mh", ["地铁明湖公园站", "明湖公园站", "3号线明湖站"],
     ["明湖公园站A口", "明湖公园站客服中心", "3号线列车车厢"], 29.36080, 113.13399),
    ("bus36", ["36路公交", "36路车上", "坐36路的时候"],
     ["36路公交车上", "青石公交总站36路", "36路末班车后排"], 29.34870, 113.11951),
    ("bus12", ["12路公交", "12路车上", "12路"],
     ["12路公交车上", "12路区医院站", "青石公交总站12路"], 29.35820, 113.12302),
    ("night", ["槐树街", "槐树街夜宵街", "槐树街吃烧烤那里", "夜宵街"],
     ["槐树街老周烧烤", "槐树街小龙虾店门口", "槐树街路边桌", "槐树街夜宵摊"], 29.34983, 113.13811),
    ("plaza", ["青石广场", "青石广场商场", "青石路步行街"],
     ["青石广场一楼中庭", "青石路步行街长椅", "青石广场地下停车场"], 29.35350, 113.13354),
    ("cross", ["建设路口", "青石路建设路交叉口", "建设路公交站"],
     ["建设路公交站台", "青石路建设路口红绿灯", "建设路共享单车停放点"], 29.35152, 113.13014),
    ("express", ["中通网点", "青石快递网点", "快递站"],
     ["中通快递青石网点", "青石快递网点门口", "快递分拣区"], 29.34805, 113.12855),
]
PL = {p[0]: p for p in PLACES}
NEAR = {
    "market": ["super", "cross", "express"], "super": ["market", "plaza", "cross"],
    "primary": ["fenglin", "market"], "middle": ["night", "cross"], "hospital": ["bus12", "metro_qs"],
    "park": ["metro_mh", "guiyuan"], "guiyuan": ["park", "night"], "fenglin": ["primary", "express"],
    "metro_qs": ["hospital", "market"], "metro_mh": ["park", "plaza"], "bus36": ["fenglin", "express"],
    "bus12": ["hospital", "metro_qs"], "night": ["guiyuan", "middle"], "plaza": ["super", "metro_mh"],
    "cross": ["super", "market"], "express": ["market", "fenglin"],
}
PKEYS = [p[0] for p in PLACES]
ELSEWHERE = [("江北区火车站候车室", 29.41832, 113.05127), ("高新区软件园B座", 29.29514, 113.20872),
             ("东湖区万达广场", 29.39077, 113.19930), ("滨江区客运站", 29.31267, 113.04415),
             ("临湖县汽车站", 29.24109, 113.27650), ("开发区富士康南门", 29.42566, 113.22410)]

# ---------------------------------------------------------------- vocab
COLORS = {
    "黑": ["黑色", "黑", "深色", "哑光黑", "亮黑色", "曜石黑"],
    "白": ["白色", "白", "米白", "珍珠白", "奶白色"],
    "蓝": ["蓝色", "深蓝", "藏青色", "宝蓝", "浅蓝色"],
    "红": ["红色", "大红", "酒红色", "红"],
    "灰": ["灰色", "深空灰", "太空灰", "银灰色", "浅灰"],
    "银": ["银色", "银白色", "亮银"],
    "金": ["金色", "香槟金", "土豪金"],
    "粉": ["粉色", "樱花粉", "浅粉色", "粉红"],
    "绿": ["绿色", "墨绿", "军绿色", "薄荷绿"],
    "棕": ["棕色", "咖啡色", "褐色", "驼色"],
    "紫": ["紫色", "浅紫", "薰衣草紫"],
    "黄": ["黄色", "明黄", "姜黄色"],
}
CKEYS = list(COLORS.keys())

BRANDS = {
    "huawei": ["华为", "HUAWEI", "Huawei", "huawei", "华伟", "hua wei"],
    "apple": ["苹果", "iPhone", "Apple", "apple", "平果", "pingguo"],
    "xiaomi": ["小米", "Xiaomi", "MI", "xiaomi", "红米"],
    "oppo": ["OPPO", "oppo", "欧珀"],
    "vivo": ["vivo", "VIVO", "维沃", "步步高vivo"],
    "honor": ["荣耀", "HONOR", "Honor", "rongyao"],
    "samsung": ["三星", "Samsung", "SAMSUNG", "sanxing"],
    "yadea": ["雅迪", "Yadea", "yadi", "雅迪电动车"],
    "aima": ["爱玛", "AIMA", "aima"],
    "tailg": ["台铃", "TAILG", "tailing"],
    "niu": ["小牛", "NIU", "小牛电动"],
    "luyuan": ["绿源", "LUYUAN", "lvyuan"],
    "giant": ["捷安特", "Giant", "GIANT", "jieante"],
    "merida": ["美利达", "Merida", "MERIDA"],
    "forever": ["永久", "FOREVER", "yongjiu"],
    "phoenix": ["凤凰", "Phoenix", "fenghuang"],
    "xds": ["喜德盛", "XDS", "xidesheng"],
    "ctf": ["周大福", "Chow Tai Fook", "CTF", "zhoudafu"],
    "lfx": ["老凤祥", "Lao Feng Xiang", "laofengxiang"],
    "chowss": ["周生生", "Chow Sang Sang", "zhoushengsheng"],
    "lukfook": ["六福", "六福珠宝", "Lukfook"],
    "lenovo": ["联想", "Lenovo", "lenovo", "ThinkPad"],
    "xtc": ["小天才", "imoo", "xiaotiancai"],
    "kindle": ["Kindle", "kindle", "亚马逊Kindle"],
    "canon": ["佳能", "Canon", "canon"],
    "anker": ["Anker", "安克"],
    "coach": ["蔻驰", "COACH", "Coach", "kouchi"],
    "samsonite": ["新秀丽", "Samsonite", "xinxiuli"],
    "decathlon": ["迪卡侬", "Decathlon", "DECATHLON"],
    "nike": ["耐克", "Nike", "NIKE"],
    "adidas": ["阿迪达斯", "adidas", "阿迪"],
    "vw": ["大众", "Volkswagen", "VW"],
    "toyota": ["丰田", "TOYOTA", "Toyota"],
    "byd": ["比亚迪", "BYD", "byd"],
    "thermos": ["膳魔师", "THERMOS", "Thermos"],
    "paradise": ["天堂伞", "天堂", "Paradise"],
    "lv": ["LV", "路易威登", "Louis Vuitton"],
    "goldlion": ["金利来", "Goldlion", "jinlilai"],
    "septwolves": ["七匹狼", "SEPTWOLVES"],
}

PHONE_MODELS = {
    "huawei": ["Mate 60 Pro", "Mate 40", "nova 11", "P50", "畅享50"],
    "apple": ["iPhone 13", "iPhone 14 Pro", "iPhone 12", "iPhone 15", "iPhone 11"],
    "xiaomi": ["Redmi Note 12", "小米13", "Redmi K60", "小米14"],
    "oppo": ["Reno 10", "A58", "Find X6"],
    "vivo": ["X90", "Y78", "S17"],
    "honor": ["X50", "Magic5", "荣耀90", "Play 7T"],
    "samsung": ["Galaxy S23", "Galaxy A54"],
}

SUR = list("王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
GIV = list("秀英华明丽芳军伟强敏静磊洋艳勇杰娟涛超霞平刚桂兰玉梅红波辉鹏宇浩婷雪琳欣怡子涵梓轩思雨佳俊凯晨阳建国志淑珍凤")


def name():
    return R.choice(SUR) + "".join(R.choice(GIV) for _ in range(R.choice([1, 2, 2])))


def mask_name(n):
    return n[0] + "*" * (len(n) - 1) if len(n) == 2 else n[0] + "*" + n[-1]


# ---------------------------------------------------------------- numbers
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(age):
    region = R.choice(["429004", "430602", "421002", "420106", "430621", "421087", "429006"])
    y = 2026 - age
    d = "%04d%02d%02d" % (y, R.randint(1, 12), R.randint(1, 28))
    s = region + d + "%03d" % R.randint(1, 999)
    c = "10X98765432"[sum(int(a) * w for a, w in zip(s, W)) % 11]
    return s + c


def luhn_digit(s14):
    tot = 0
    for i, ch in enumerate(reversed(s14)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def imei():
    s = R.choice(["86", "35"]) + "".join(str(R.randint(0, 9)) for _ in range(12))
    return s + luhn_digit(s)


def imei_form(im, who):
    f = R.random()
    if f < 0.35:
        return im
    if f < 0.55:
        return im[:2] + " " + im[2:8] + " " + im[8:14] + " " + im[14]
    if f < 0.7:
        return "IMEI:" + im
    if f < 0.85:
        return " ".join(im[i:i + 4] for i in range(0, 15, 4))
    return "IMEI尾号" + im[-4:] if who == "owner" else "串号后四位" + im[-4:]


def card_tail():
    return "%04d" % R.randint(0, 9999)


def card_form(bin6, tail, who):
    f = R.random()
    if who == "finder":
        return R.choice([bin6[:4] + "****" + tail, bin6 + "******" + tail, bin6[:4] + " **** **** " + tail,
                         "卡号尾号" + tail])
    if f < 0.4:
        return "尾号" + tail
    if f < 0.7:
        return tail
    return bin6[:4] + "****" + tail


def id_form(idn, who):
    f = R.random()
    if who == "owner":
        if f < 0.7:
            return idn
        if f < 0.85:
            return idn[:6] + "********" + idn[-4:]
        return "身份证后四位" + idn[-4:]
    if f < 0.45:
        return idn
    if f < 0.8:
        return idn[:6] + "********" + idn[-4:]
    return idn[:3] + "***********" + idn[-4:]


def sn():
    a = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return "".join(R.choice(a) for _ in range(12))


def sn_form(s):
    f = R.random()
    if f < 0.4:
        return s
    if f < 0.6:
        return s.lower()
    if f < 0.8:
        return s[:4] + "-" + s[4:8] + "-" + s[8:]
    return "SN " + s


def plate():
    return R.choice(["青石", "A", ""]) + "%06d" % R.randint(0, 999999)


def frame_no():
    a = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return "".join(R.choice(a) for _ in range(3)) + "".join(str(R.randint(0, 9)) for _ in range(7)) + R.choice(a)


def variant_model(m):
    f = R.random()
    if f < 0.45:
        return m
    if f < 0.65:
        return m.replace(" ", "").lower()
    if f < 0.8:
        return m.replace("iPhone ", "").replace("Galaxy ", "")
    if f < 0.9:
        return m.replace("Pro", "pro").replace(" ", "")
    return m + "那款"


def bname(b):
    return R.choice(BRANDS[b]) if b else None


def cname(c):
    return R.choice(COLORS[c]) if c else None


# ---------------------------------------------------------------- truth objects
def obj_phone(color=None, brand=None):
    b = brand or R.choice(["huawei"] * 5 + ["apple"] * 5 + ["xiaomi"] * 3 + ["oppo"] * 2 + ["vivo"] * 2 + ["honor"] * 2 + ["samsung"])
    c = color or R.choice(["黑"] * 5 + ["白"] * 2 + ["蓝", "紫", "金", "灰", "绿", "银"])
    case = R.choice([None, "透明手机壳", "卡通手机壳", "黑色硅胶壳", "带支架的手机壳", "粉色小熊手机壳", "皮套", "带挂绳的手机壳"])
    vis = []
    if case:
        vis.append(case)
    if R.random() < 0.3:
        vis.append(R.choice(["屏幕左上角碎了", "屏幕有裂纹", "后盖有划痕", "边框磕掉了漆"]))
    if R.random() < 0.35:
        vis.append(R.choice(["锁屏是小孩照片", "锁屏是一只猫", "锁屏是风景照", "锁屏是全家福"]))
    hid = [R.choice(["有锁屏密码", "开了查找手机", "里面有微信支付", "卡是移动的卡", "手机号138****%04d" % R.randint(0, 9999),
                     "壳里夹了一张公交卡", "是双卡的"])]
    return dict(cat="phone", noun=["手机", "手机", "手机", "智能手机"], color=c, brand=b,
                model=R.choice(PHONE_MODELS[b]), imei=imei(), vis=vis, hid=hid)


def obj_id(kind=None):
    kind = kind or R.choice(["身份证"] * 8 + ["社保卡"] * 2 + ["驾驶证"] * 2 + ["银行卡", "学生证", "老年卡", "护照"])
    age = R.randint(8, 16) if kind == "学生证" else (R.randint(62, 82) if kind == "老年卡" else R.randint(19, 70))
    n = name()
    o = dict(cat="id_doc", kind=kind, noun=[kind], holder=n, color=None, brand=None, model=None, vis=[], hid=[])
    if kind in ("身份证", "社保卡", "驾驶证", "老年卡"):
        o["idn"] = id_number(age)
    if kind == "银行卡":
        o["bin"] = R.choice(["622202", "621700", "622848", "621226", "622588"])
        o["tail"] = card_tail()
        o["brand"] = {"622202": None, "621700": None}.get(o["bin"])
        o["vis"].append(R.choice(["工商银行", "建设银行", "农业银行", "招商银行"]) + "储蓄卡")
    if kind == "学生证":
        o["vis"].append("青石中学" + R.choice(["初一", "初二", "初三"]) + "(%d)班" % R.randint(1, 9))
    if kind == "护照":
        o["pp"] = "E" + "".join(str(R.randint(0, 9)) for _ in range(8))
    if R.random() < 0.35:
        o["vis"].append(R.choice(["装在透明卡套里", "卡套是蓝色的", "用橡皮筋和公交卡绑在一起", "套着红色证件套"]))
    o["hid"].append(R.choice(["刚补办没多久", "明天要用", "要去医院挂号用", "要办社保用", "卡里有钱"]))
    return o


def obj_wallet():
    c = R.choice(["黑"] * 4 + ["棕"] * 3 + ["红", "粉", "蓝", "白", "灰"])
    b = R.choice([None, None, "coach", "goldlion", "septwolves", "lv"])
    kind = R.choice(["钱包", "钱包", "长款钱包", "男士短款钱包", "零钱包", "卡包"])
    cash = R.choice([0, 35, 80, 120, 200, 350, 500, 1200])
    o = dict(cat="wallet", noun=[kind, "钱包", "皮夹"], color=c, brand=b, model=None, vis=[], hid=[], cash=cash)
    o["holder"] = name()
    if R.random() < 0.6:
        o["bin"] = R.choice(["622202", "621700", "622848", "621226", "622588"])
        o["tail"] = card_tail()
        o["vis"].append("里面有银行卡")
    if R.random() < 0.45:
        o["idn"] = id_number(R.randint(20, 75))
        o["vis"].append("夹着身份证")
    if cash:
        o["vis"].append("现金%d元" % cash)
    o["vis"].append(R.choice(["皮面磨损", "拉链坏了", "有个小挂件", "里面有张超市会员卡", "有几张小票", "夹了一张照片"]))
    o["hid"].append(R.choice(["是女儿送的", "用了好几年", "里面还有医保卡", "还有几张发票"]))
    return o


def obj_keys():
    t = R.choice(["bunch"] * 6 + ["car"] * 2 + ["ebike"])
    if t == "bunch":
        n = R.randint(2, 6)
        ch = R.choice(["小熊挂件", "红绳", "奥特曼钥匙扣", "蓝色门禁卡", "黄色门禁扣", "指甲刀", "平安符", "开瓶器挂件"])
        c = {"红绳": "红", "蓝色门禁卡": "蓝", "黄色门禁扣": "黄"}.get(ch, R.choice([None, "银", "黑"]))
        return dict(cat="keys", noun=["一串钥匙", "钥匙", "钥匙串"], color=c, brand=None, model=None,
                    vis=["%d把钥匙" % n, "挂着" + ch], hid=[R.choice(["有一把是防盗门的", "有信箱钥匙", "有单位抽屉钥匙", "家里门钥匙"])])
    if t == "car":
        b = R.choice(["vw", "toyota", "byd"])
        return dict(cat="keys", noun=["车钥匙", "汽车钥匙", "遥控钥匙"], color="黑", brand=b, model=None,
                    vis=[R.choice(["带皮套", "挂了个小铃铛", "钥匙扣是4S店送的"])], hid=["车停在" + R.choice(["小区地库", "路边"])])
    b = R.choice(["yadea", "aima", "tailg"])
    return dict(cat="keys", noun=["电动车钥匙", "电瓶车钥匙"], color=R.choice(["黑", "红"]), brand=b, model=None,
                vis=[R.choice(["带遥控器", "挂了个塑料牌", "钥匙扣是个小葫芦"])], hid=["车还锁在楼下"])


def obj_ebike():
    b = R.choice(["yadea"] * 3 + ["aima"] * 3 + ["tailg"] * 2 + ["niu", "luyuan"])
    c = R.choice(["白", "黑", "红", "蓝", "灰", "粉", "绿"])
    o = dict(cat="ebike", noun=["电动车", "电瓶车", "电动自行车"], color=c, brand=b, model=None,
             plate=plate(), frame=frame_no(), vis=[], hid=[])
    o["vis"].append(R.choice(["后面有外卖箱", "前面有车筐", "后座有儿童座椅", "挂着挡风被", "车头贴了个贴纸"]))
    o["hid"].append(R.choice(["电池是新换的", "车是去年买的", "锁了龙头锁", "没拔钥匙"]))
    return o


def obj_bicycle():
    kind = R.choice(["山地车", "儿童自行车", "公路车", "女式自行车", "折叠车"])
    b = R.choice(["giant", "merida", "forever", "phoenix", "xds", None])
    c = R.choice(["黑", "白", "蓝", "红", "黄", "绿", "灰"])
    o = dict(cat="bicycle", noun=[kind, "自行车", "单车"], color=c, brand=b, model=None, vis=[], hid=[])
    o["vis"].append(R.choice(["前面有车筐", "带U型锁", "后座有软垫", "车把上缠了胶带", "装了铃铛", "挡泥板有点歪"]))
    if R.random() < 0.25:
        o["frame"] = frame_no()
    o["hid"].append(R.choice(["孩子上学骑的", "没锁", "锁密码是自己设的", "买了两年"]))
    return o


def obj_bag():
    kind = R.choice(["双肩包", "书包", "手提包", "斜挎包", "帆布袋", "电脑包", "购物袋"])
    b = R.choice([None, None, "decathlon", "nike", "adidas", "coach", "samsonite", "xiaomi"])
    c = R.choice(["黑"] * 4 + ["蓝", "灰", "红", "粉", "白", "棕", "绿"])
    cont = R.sample(["一本数学书", "作业本", "雨伞", "水杯", "病历本和药", "充电宝", "化妆包", "工作证", "笔记本",
                     "几件衣服", "保温饭盒", "一串钥匙", "耳机", "文件夹", "老花镜"], R.randint(1, 3))
    o = dict(cat="bag", noun=[kind, "包"], color=c, brand=b, model=None, vis=["里面有" + "、".join(cont)], hid=[])
    if kind == "书包":
        o["vis"].append("书包上写着" + name())
    o["hid"].append(R.choice(["拉链上挂了个小公仔", "侧袋有破洞", "是新买的", "里面还有一张银行卡"]))
    return o


def obj_cash():
    amt = R.choice([300, 500, 800, 1000, 1500, 2000, 2600, 3000, 5000])
    cont = R.choice(["牛皮纸信封", "红包", "塑料袋", "橡皮筋扎着", "银行的信封", "手帕包着"])
    c = {"红包": "红", "牛皮纸信封": "棕", "银行的信封": "白"}.get(cont)
    return dict(cat="cash", noun=["现金", "钱", "一沓钱"], color=c, brand=None, model=None, amt=amt,
                vis=["人民币%d元" % amt, "用" + cont + "装着" if cont != "橡皮筋扎着" else "橡皮筋扎着"],
                hid=[R.choice(["刚从银行取的养老金", "给孙子交学费的钱", "准备交房租的", "卖菜攒的钱"])])


def obj_jewelry():
    kind = R.choice(["金项链", "金手镯", "玉镯子", "银手镯", "金耳环", "戒指", "金吊坠", "珍珠项链"])
    b = R.choice(["ctf", "lfx", "chowss", "lukfook", None])
    c = {"玉镯子": "绿", "银手镯": "银", "珍珠项链": "白"}.get(kind, "金")
    o = dict(cat="jewelry", noun=[kind, "首饰"], color=c, brand=b, model=None, vis=[], hid=[])
    if R.random() < 0.45:
        o["vis"].append("内侧刻着" + R.choice(["LY", "平安", "ZW 2015", "福", "一生一世", "宝宝周岁"]))
    o["vis"].append(R.choice(["扣子有点松", "带个红绳", "装在红色首饰盒里", "有一处小划痕", "挂着生肖吊坠"]))
    o["hid"].append("大约%d克" % R.randint(5, 40) if c == "金" else R.choice(["戴了十几年", "奶奶传下来的", "结婚时买的"]))
    return o


def obj_electronics(kind=None):
    kind = kind or R.choice(["耳机"] * 4 + ["平板"] * 2 + ["笔记本电脑", "电话手表", "电话手表", "Kindle", "相机", "充电宝", "充电宝"])
    if kind == "耳机":
        b = R.choice(["apple", "huawei", "xiaomi"])
        m = {"apple": "AirPods Pro", "huawei": "FreeBuds 5", "xiaomi": "Redmi Buds 4"}[b]
        c = "白" if b == "apple" else R.choice(["白", "黑"])
        return dict(cat="electronics", noun=["蓝牙耳机", "耳机", "无线耳机"], color=c, brand=b, model=m,
                    vis=[R.choice(["耳机盒上有划痕", "套了个卡通保护套", "只有盒子和一只耳机", "盒子贴了贴纸"])], hid=["连着我手机"])
    if kind == "平板":
        b = R.choice(["apple", "huawei", "xiaomi"])
        m = {"apple": "iPad Air", "huawei": "MatePad 11", "xiaomi": "小米平板6"}[b]
        return dict(cat="electronics", noun=["平板电脑", "平板", "iPad" if b == "apple" else "平板"], color=R.choice(["灰", "银", "蓝"]),
                    brand=b, model=m, sn=sn(), vis=[R.choice(["带键盘保护套", "蓝色保护壳", "屏幕贴了膜"])], hid=["孩子上网课用的"])
    if kind == "笔记本电脑":
        b = R.choice(["lenovo", "huawei", "apple"])
        m = {"lenovo": "ThinkPad E14", "huawei": "MateBook D14", "apple": "MacBook Air"}[b]
        return dict(cat="electronics", noun=["笔记本电脑", "电脑"], color=R.choice(["黑", "银", "灰"]), brand=b, model=m, sn=sn(),
                    vis=[R.choice(["装在黑色电脑包里", "贴了公司资产标签", "键盘上有贴纸"])], hid=["里面有工作资料"])
    if kind == "电话手表":
        return dict(cat="electronics", noun=["电话手表", "儿童手表"], color=R.choice(["蓝", "粉", "黑"]), brand="xtc",
                    model=R.choice(["Z9", "Q1A", "Z8"]), imei=imei(), vis=[R.choice(["表带上写了名字", "表盘有划痕", "表带是卡通的"])],
                    hid=["孩子的"], xcat="phone")
    if kind == "Kindle":
        return dict(cat="electronics", noun=["电子书", "Kindle阅读器"], color="黑", brand="kindle", model="Paperwhite", sn=sn(),
                    vis=["带翻盖保护套"], hid=["里面很多书"])
    if kind == "相机":
        return dict(cat="electronics", noun=["相机", "单反相机", "数码相机"], color="黑", brand="canon", model=R.choice(["EOS R50", "G7X"]),
                    sn=sn(), vis=["带背带"], hid=["卡里有旅游照片"])
    return dict(cat="electronics", noun=["充电宝", "移动电源"], color=R.choice(["白", "黑"]), brand=R.choice(["xiaomi", "anker"]),
                model=None, vis=[R.choice(["带两根线", "上面贴了名字贴", "有点旧了"])], hid=["10000毫安的"])


def obj_other(kind=None):
    kind = kind or R.choice(["雨伞", "保温杯", "老花镜", "药袋", "拐杖", "校服", "玩具", "钓鱼竿", "公交卡", "眼镜", "围巾", "快递包裹"])
    c = R.choice(CKEYS[:8])
    b = None
    vis = []
    hid = [R.choice(["不值钱但有用", "老伴留下的", "孩子很着急", "用了好多年"])]
    noun = [kind]
    xcat = None
    if kind == "雨伞":
        b = R.choice(["paradise", None]); vis.append(R.choice(["折叠伞", "长柄伞", "伞柄是木头的"]))
    elif kind == "保温杯":
        b = R.choice(["thermos", None, "xiaomi"]); vis.append(R.choice(["杯盖有点凹", "杯身贴了名字", "带杯套"])); noun = ["保温杯", "水杯"]
    elif kind in ("老花镜", "眼镜"):
        vis.append(R.choice(["装在眼镜盒里", "镜腿缠了胶布", "金属框"])); noun = [kind, "眼镜"]
    elif kind == "药袋":
        vis.append("区医院的药袋，处方上写着" + name()); c = "白"; noun = ["一袋药", "药袋", "药"]
    elif kind == "拐杖":
        vis.append(R.choice(["四脚拐杖", "木头拐杖", "带凳子的拐杖"])); noun = ["拐杖", "手杖"]
    elif kind == "校服":
        vis.append("衣领写着" + name()); vis.append("青石二小校服"); c = R.choice(["蓝", "红"])
    elif kind == "玩具":
        vis.append(R.choice(["奥特曼", "毛绒兔子", "遥控小汽车", "芭比娃娃"])); noun = ["玩具", "小孩玩具"]
    elif kind == "钓鱼竿":
        vis.append("装在竿包里"); noun = ["钓鱼竿", "鱼竿", "渔具包"]
    elif kind == "公交卡":
        vis.append(R.choice(["老年公交卡", "学生公交卡", "普通公交卡"])); vis.append("卡面印着" + name()); noun = ["公交卡"]; xcat = "id_doc"
    elif kind == "围巾":
        vis.append(R.choice(["格子的", "羊毛的", "织的"]))
    else:
        vis.append("快递单收件人" + mask_name(name())); noun = ["快递", "包裹", "快递件"]; c = R.choice(["棕", "白", "黑"])
    return dict(cat="other", noun=noun, color=c, brand=b, model=None, vis=vis, hid=hid, xcat=xcat)


MAKERS = {"phone": obj_phone, "id_doc": obj_id, "wallet": obj_wallet, "keys": obj_keys, "ebike": obj_ebike,
          "bicycle": obj_bicycle, "bag": obj_bag, "cash": obj_cash, "jewelry": obj_jewelry,
          "electronics": obj_electronics, "other": obj_other}
CATS = list(MAKERS.keys())


def make(cat):
    return MAKERS[cat]()


# ---------------------------------------------------------------- voices
OWNER_VOICES = ["elder", "parent", "office", "grid", "rider", "student", "shop"]
FINDER_VOICES = ["cleaner", "shop", "guard", "driver", "courier", "resident", "grid", "metro", "patrol", "brief"]


def jitter(lat, lon, m):
    d = m / 111000.0
    return round(lat + R.uniform(-d, d), 6), round(lon + R.uniform(-d, d), 6)


def serial_of(o, who):
    """Serial field as this person would write it, or None."""
    c = o["cat"]
    if "imei" in o:
        if who == "owner" and R.random() < 0.55:
            return imei_form(o["imei"], "owner")
        if who == "finder" and R.random() < 0.15:
            return imei_form(o["imei"], "finder")
        return None
    if "idn" in o and c in ("id_doc", "wallet"):
        if who == "owner" and R.random() < 0.7:
            return id_form(o["idn"], "owner")
        if who == "finder" and R.random() < (0.75 if c == "id_doc" else 0.35):
            return id_form(o["idn"], "finder")
        if "tail" not in o:
            return None
    if "tail" in o:
        if R.random() < (0.6 if who == "owner" else 0.5):
            return card_form(o["bin"], o["tail"], who)
        return None
    if "pp" in o:
        return o["pp"] if R.random() < 0.7 else None
    if "plate" in o:
        if who == "owner":
            return R.choice(["车牌" + o["plate"], o["plate"], "车架号" + o["frame"], o["frame"].lower()])
        return R.choice(["车牌" + o["plate"], o["plate"], None])
    if "frame" in o:
        return ("车架号" + o["frame"]) if R.random() < 0.5 else None
    if "sn" in o:
        if who == "owner" and R.random() < 0.5:
            return sn_form(o["sn"])
        if who == "finder" and R.random() < 0.35:
            return sn_form(o["sn"])
    return None


def place_words_owner(pk):
    p = PL[pk]
    f = R.random()
    if f < 0.6:
        return R.choice(p[1]), pk
    if f < 0.78:
        nk = R.choice(NEAR[pk])
        a, b = R.choice(p[1]), R.choice(PL[nk][1])
        return (a + "或者" + b if R.random() < 0.5 else b + "到" + a + "那一路"), R.choice([pk, nk])
    if f < 0.9:
        return "从家里出来到" + R.choice(p[1]) + "路上", pk
    return None, None


def owner_body(o, voice, where):
    noun = R.choice(o["noun"])
    col = cname(o["color"]) if o["color"] and R.random() < 0.6 else ""
    br = bname(o["brand"]) if o["brand"] and R.random() < 0.5 else ""
    parts = []
    det = R.sample(o["vis"], min(len(o["vis"]), R.randint(0, 2))) + R.sample(o["hid"], min(len(o["hid"]), R.randint(0, 1)))
    place = ("在" + where if where else R.choice(["不记得丢在哪了，", "不知道掉哪了，", "一路上都可能，"]))
    thing = col + br + noun
    if "holder" in o and o["cat"] in ("id_doc",):
        thing = o["holder"] + "的" + thing if R.random() < 0.6 else thing
    if "amt" in o:
        thing = R.choice(["%d块钱" % o["amt"], "%d元现金" % o["amt"], "%d多块钱" % (o["amt"] - o["amt"] % 100) if o["amt"] >= 200 else "%d元" % o["amt"]])
    d = "，".join(det)
    if voice == "elder":
        t = R.choice(["我是个老人家，%s把%s搞丢了，%s。麻烦警察同志帮忙找找。", "%s买完东西回来发现%s不见了，%s，急死了",
                      "老伴让我来登记，%s丢了%s，%s，有人捡到请联系"])
        parts.append(t % (place, thing, d or "别的记不清了"))
    elif voice == "parent":
        t = R.choice(["接孩子的时候%s丢了%s，%s", "孩子%s把%s弄丢了，%s，谢谢", "%s带娃玩，%s不见了。%s"])
        parts.append(t % (place, thing, d or "麻烦留意"))
    elif voice == "office":
        t = R.choice(["%s丢失%s，%s，捡到请联系，必有重谢", "下班%s掉了%s %s 急", "本人%s遗失%s。特征：%s"])
        parts.append(t % (place, thing, d or "无"))
    elif voice == "grid":
        who = name()
        parts.append("网格员代%s登记：居民%s%s丢失%s。%s" % (R.choice(["桂园社区", "枫林社区"]), who, place, thing, d or "居民年纪大说不清细节"))
    elif voice == "rider":
        parts.append(R.choice(["送外卖%s掉了%s，%s", "跑单的时候%s丢了%s，%s，着急用"]) % (place, thing, d or "麻烦了"))
    elif voice == "student":
        parts.append("放学%s把%s弄丢了 %s" % (place, thing, d or ""))
    else:
        parts.append("开店的，%s丢了%s，%s" % (place, thing, d or "请帮忙"))
    if R.random() < 0.06:
        parts[0] = parts[0].replace("的", "得", 1)  # typo
    return "".join(parts)[:600]


def finder_body(o, voice, spot):
    noun = R.choice(o["noun"])
    col = cname(o["color"]) if o["color"] and R.random() < 0.55 else ""
    br = bname(o["brand"]) if o["brand"] and R.random() < 0.4 else ""
    det = R.sample(o["vis"], min(len(o["vis"]), R.randint(0, 2)))
    if "holder" in o and o["cat"] == "id_doc" and R.random() < 0.7:
        det.append("姓名" + (o["holder"] if R.random() < 0.5 else mask_name(o["holder"])))
    if "amt" in o:
        noun = R.choice(["现金%d元" % o["amt"], "人民币%d元" % o["amt"], "一沓现金"])
    d = "，".join(det)
    thing = col + br + noun
    if voice == "cleaner":
        s = "打扫卫生时在%s捡到%s%s" % (spot, thing, "，" + d if d else "")
    elif voice == "shop":
        s = "在%s捡到顾客落下的%s%s，等人来领" % (spot, thing, "，" + d if d else "")
    elif voice == "guard":
        s = "门卫在%s拾到%s。%s" % (spot, thing, d)
    elif voice == "driver":
        s = "公交司机收车检查在%s发现%s %s" % (spot, thing, d)
    elif voice == "courier":
        s = "送件路过%s看到地上有%s%s，交到派出所" % (spot, thing, "，" + d if d else "")
    elif voice == "resident":
        s = "在%s捡到%s，%s，请失主来认领" % (spot, thing, d or "没看到人")
    elif voice == "grid":
        s = "网格员登记：居民在%s拾得%s%s" % (spot, thing, "，" + d if d else "")
    elif voice == "metro":
        s = "地铁工作人员在%s拾获%s，%s" % (spot, thing, d or "已登记")
    elif voice == "patrol":
        s = "巡逻时在%s发现遗留的%s，%s" % (spot, thing, d or "无人认领")
    else:
        s = "拾到%s %s" % (thing, spot)
    return s[:600]


def finder_voice(pk):
    if pk in ("bus36", "bus12"):
        return R.choice(["driver", "driver", "resident", "brief"])
    if pk in ("metro_qs", "metro_mh"):
        return R.choice(["metro", "metro", "resident", "brief"])
    if pk in ("primary", "middle"):
        return R.choice(["guard", "guard", "resident", "brief"])
    if pk in ("market", "super", "night", "plaza"):
        return R.choice(["shop", "cleaner", "resident", "brief", "courier"])
    return R.choice(["cleaner", "resident", "grid", "courier", "patrol", "brief", "resident"])


def fields(rec, o, who, cat):
    rec["category"] = cat
    if o["color"] and R.random() < (0.65 if who == "owner" else 0.6):
        rec["color"] = cname(o["color"])
    if o["brand"] and R.random() < (0.6 if who == "owner" else 0.45):
        rec["brand"] = bname(o["brand"])
    if o.get("model") and R.random() < (0.55 if who == "owner" else 0.2):
        rec["model"] = variant_model(o["model"])
    s = serial_of(o, who)
    if s:
        rec["serial"] = s
    picks = o["vis"] if who == "finder" else o["vis"] + o["hid"]
    if picks and R.random() < 0.5:
        rec["marks"] = "；".join(R.sample(picks, min(len(picks), R.randint(1, 2))))[:500]


def owner_cat(o):
    if o.get("xcat") and R.random() < 0.5:
        return o["xcat"]
    return o["cat"]


XCOUNT = [0]


def write_lost(o, pk, t_loss):
    voice = R.choice(OWNER_VOICES)
    where, wk = place_words_owner(pk)
    cat = o["cat"]
    if o.get("xcat") and XCOUNT[0] < 4 and R.random() < 0.5:
        cat = o["xcat"]
        XCOUNT[0] += 1
    rec = {"body": owner_body(o, voice, where)}
    fields(rec, o, "owner", cat)
    rec["category"] = cat
    if where and R.random() < 0.6:
        rec["address"] = where[:60]
    if wk and R.random() < 0.35:
        lat, lon = jitter(PL[wk][3], PL[wk][4], 250)
        rec["lat"], rec["lon"] = lat, lon
    before = R.choice([R.randint(0, 60), R.randint(30, 300), R.randint(120, 1440), R.randint(600, 4000)])
    after = R.choice([R.randint(10, 120), R.randint(60, 600), R.randint(300, 2880)])
    rec["lost_from_min"] = min(MAXMIN, t_loss + before)
    rec["lost_to_min"] = max(0, t_loss - after)
    return rec


def write_found(o, pk, found_at, cat=None):
    if o["cat"] in ("ebike", "bicycle"):
        if pk.startswith("bus") or pk.startswith("metro"):
            pk = R.choice([k for k in NEAR[pk] if not k.startswith("bus") and not k.startswith("metro")] or ["cross"])
        spot = R.choice(PL[pk][1][:2]) + R.choice(["门口", "旁边路边", "非机动车停放区", "附近人行道"])
        voice = R.choice(["patrol", "resident", "grid", "guard", "brief"])
    else:
        spot = R.choice(PL[pk][2])
        voice = finder_voice(pk)
    rec = {"body": finder_body(o, voice, spot)}
    fields(rec, o, "finder", cat or o["cat"])
    if R.random() < 0.7:
        rec["address"] = spot[:60]
    if R.random() < 0.45:
        lat, lon = jitter(PL[pk][3], PL[pk][4], 80)
        rec["lat"], rec["lon"] = lat, lon
    rec["found_at_min"] = found_at
    return rec


def found_delay(cat):
    f = R.random()
    if cat == "ebike":
        return R.randint(120, 10080)
    if f < 0.7:
        return R.randint(10, 360)
    if f < 0.9:
        return R.randint(360, 4320)
    return R.randint(4320, 14400)


# ---------------------------------------------------------------- plan
TRUE_N = {"phone": 30, "id_doc": 22, "wallet": 18, "keys": 16, "bag": 14, "electronics": 14,
          "ebike": 8, "bicycle": 6, "cash": 6, "jewelry": 6, "other": 10}
NEVER_N = {"phone": 12, "id_doc": 6, "wallet": 8, "keys": 6, "bag": 5, "electronics": 6,
           "ebike": 4, "bicycle": 4, "cash": 3, "jewelry": 3, "other": 3}
UNCL_N = {"phone": 8, "id_doc": 14, "wallet": 5, "keys": 8, "bag": 4, "electronics": 4,
          "ebike": 2, "bicycle": 2, "cash": 1, "jewelry": 1, "other": 11}  # 60 ordinary finds
NEG_NEAR = {"same_cat_colour": 35, "before_loss": 28, "brand_elsewhere": 27}  # 90, tied to reports

lost, found = [], []
reports = []  # (rec, obj, pk, t_loss)

for cat in CATS:
    for _ in range(TRUE_N[cat]):
        o = make(cat)
        pk = R.choice(PKEYS)
        d = found_delay(cat)
        t_loss = R.randint(d + 30, MAXMIN - 5000)
        lr = write_lost(o, pk, t_loss)
        fpk = pk if R.random() < 0.75 else R.choice(NEAR[pk])
        fa = min(t_loss - d, lr["lost_from_min"])
        fr = write_found(o, fpk, fa)
        fid = len(found)
        found.append(fr)
        lr["_truth"] = fid
        lost.append(lr)
        reports.append((lr, o, pk, t_loss))
    for _ in range(NEVER_N[cat]):
        o = make(cat)
        pk = R.choice(PKEYS)
        t_loss = R.randint(60, MAXMIN - 5000)
        lr = write_lost(o, pk, t_loss)
        lr["_truth"] = None
        lost.append(lr)
        reports.append((lr, o, pk, t_loss))

for cat in CATS:
    for _ in range(UNCL_N[cat]):
        o = make(cat)
        pk = R.choice(PKEYS)
        fr = write_found(o, pk, R.randint(0, MAXMIN))
        fr["negative"] = "unclaimed"
        found.append(fr)


def differs(a, b):
    """A human can tell the two objects apart from what a finder writes."""
    if a["brand"] != b["brand"] and a["brand"] and b["brand"]:
        return True
    if a.get("model") and b.get("model") and a["model"] != b["model"]:
        return True
    if set(a["vis"]).isdisjoint(set(b["vis"])) and a["vis"] and b["vis"]:
        return True
    return False


idx = list(range(len(reports)))
true_idx = [i for i in idx if reports[i][0]["_truth"] is not None]
never_idx = [i for i in idx if reports[i][0]["_truth"] is None]


def pick_target():
    f = R.random()
    if f < 0.55:
        return reports[R.choice(true_idx)]
    return reports[R.choice(never_idx)]


for label in ["same_cat_colour", "before_loss", "brand_elsewhere"]:
    n = 0
    while n < NEG_NEAR[label]:
        lr, o, pk, t_loss = pick_target()
        cat = o["cat"]
        if label == "same_cat_colour":
            if not o["color"]:
                continue
            for _ in range(30):
                o2 = make(cat)
                o2["color"] = o["color"]
                if differs(o, o2):
                    break
            else:
                continue
            fpk = R.choice([pk] + NEAR[pk]) if R.random() < 0.6 else R.choice(PKEYS)
            fa = max(0, lr["lost_to_min"] - R.randint(0, 2880)) if R.random() < 0.7 else R.randint(0, lr["lost_from_min"])
            fr = write_found(o2, fpk, fa)
        elif label == "before_loss":
            o2 = make(cat)
            o2["color"] = o["color"]
            if o["brand"] and R.random() < 0.6 and cat in ("phone", "ebike", "electronics", "bicycle", "jewelry", "bag", "wallet"):
                o2["brand"] = o["brand"]
                if o.get("model") and cat == "phone" and o2.get("model") and R.random() < 0.4:
                    o2["model"] = o["model"]
            lo = lr["lost_from_min"] + R.choice([60, 600, 1440, 4320])
            if lo >= MAXMIN - 60:
                continue
            fa = R.randint(lo, min(MAXMIN, lo + 30 * 1440))
            fpk = R.choice([pk] + NEAR[pk])
            fr = write_found(o2, fpk, fa)
            fr["_before"] = lr
        else:
            if not o["brand"]:
                continue
            for _ in range(300):
                o2 = make(cat)
                if o2["brand"] == o["brand"] and differs(o, o2) or (o2["brand"] == o["brand"] and cat in ("cash",)):
                    break
            else:
                continue
            name_, la, lo_ = R.choice(ELSEWHERE)
            if R.random() < 0.5:
                fa = max(0, lr["lost_to_min"] - R.randint(14 * 1440, 40 * 1440))
                if fa == 0 and lr["lost_to_min"] < 14 * 1440:
                    fa = min(MAXMIN, lr["lost_from_min"] + R.randint(14 * 1440, 40 * 1440))
            else:
                fa = min(MAXMIN, lr["lost_from_min"] + R.randint(14 * 1440, 40 * 1440))
            fr = {"body": finder_body(o2, R.choice(["resident", "brief", "cleaner", "patrol"]), name_)}
            fields(fr, o2, "finder", cat)
            fr["brand"] = bname(o2["brand"])
            fr["address"] = name_
            if R.random() < 0.5:
                fr["lat"], fr["lon"] = jitter(la, lo_, 80)
            fr["found_at_min"] = fa
        fr["negative"] = label
        found.append(fr)
        n += 1

# ---------------------------------------------------------------- keys, order, output
forder = list(range(len(found)))
R.shuffle(forder)
fkey = {}
for k, i in enumerate(forder):
    fkey[i] = "%s-F%04d" % (P, k + 1)
lorder = list(range(len(lost)))
R.shuffle(lorder)

FIELD_ORDER = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon"]


def clean(rec, extra):
    out = {}
    for f in FIELD_ORDER:
        if f in rec:
            out[f] = rec[f]
    for f in extra:
        if f in rec:
            out[f] = rec[f]
    return out


found_out = []
for k, i in enumerate(forder):
    r = dict(found[i])
    r["key"] = fkey[i]
    r.pop("_before", None)
    found_out.append(clean(r, ["found_at_min", "negative"]))
lost_out = []
for k, i in enumerate(lorder):
    r = dict(lost[i])
    r["key"] = "%s-L%04d" % (P, k + 1)
    r["truth"] = fkey[r["_truth"]] if r["_truth"] is not None else None
    lost_out.append(clean(r, ["lost_from_min", "lost_to_min", "truth"]))

doc = {"seed": SEED, "made_by": "tests/lostfound/make_set33.py",
       "parts": {"set33": {"found": found_out, "lost": lost_out}}}
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set33.json")
with open(out, "w", encoding="utf-8") as fh:
    json.dump(doc, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print("wrote %s: %d lost (%d with truth), %d found (%d negative)" % (
    out, len(lost_out), sum(1 for r in lost_out if r["truth"]), len(found_out),
    sum(1 for r in found_out if "negative" in r)))
