#!/usr/bin/env python3
"""Write tests/lostfound/set77.json: a blind labelled lost-and-found set (东礁岛, August).

Every object is first drawn as a hidden truth record; the lost report and the found
registration are then written from it separately, each knowing only what that person
would know. Standard library only, one random.Random(SEED), no set iteration.
"""
import datetime as dt
import json
import math
import os
import random

SEED = 7777
PFX = "S77"
PART = "set77"
N_PAIRS = 150
N_NULL = 90
NEG_QUOTA = [("same_fleet_other_number", 10), ("same_model_other_serial", 14), ("same_kind_other_person", 12),
             ("found_before_loss", 24), ("same_brand_far", 24), ("same_cat_color", 36)]
NOW = dt.datetime(2024, 8, 31, 21, 0)   # the moment of registration all minutes count back from
R = random.Random(SEED)

# ---------------------------------------------------------------- places
# key: (zone, kind, lat, lon, [spellings]); zone island / mainland / far (far: decoys only)
PLACES = {
    "dj_pier": ("island", "pier", 29.9921, 122.1853, ["东礁岛客运码头", "东礁码头", "东礁港客运站", "Dongjiao Ferry Terminal", "dongjiao matou", "岛上码头候船厅", "东焦码头"]),
    "jinsha": ("island", "beach", 30.0043, 122.2138, ["金沙湾浴场", "金沙湾", "金沙滩", "Jinsha Bay beach", "jinshawan", "金沙湾沙滩", "金纱湾"]),
    "yueya": ("island", "beach", 30.0118, 122.2279, ["月牙湾", "月牙湾沙滩", "月牙滩", "Crescent Bay", "yueyawan", "月芽湾"]),
    "beiao": ("island", "beach", 30.0247, 122.2152, ["北岙沙滩", "北岙", "北奥沙滩", "Beiao beach", "beiao shatan"]),
    "market": ("island", "market", 29.9952, 122.1902, ["东礁海鲜市场", "渔港海鲜市场", "海鲜市场", "seafood market", "haixian shichang", "海鲜市扬"]),
    "foodst": ("island", "food", 29.9968, 122.1931, ["渔港路大排档", "渔港路美食街", "排档一条街", "Yugang Rd food street", "yugang lu dapaidang"]),
    "oldst": ("island", "street", 29.9961, 122.1964, ["东礁老街", "老街", "东礁村老街", "Dongjiao Old Street", "laojie"]),
    "temple": ("island", "temple", 29.9989, 122.2004, ["天后宫", "东礁天后宫", "妈祖庙", "Tianhou Temple", "tianhougong", "天后官"]),
    "lighthouse": ("island", "view", 30.0203, 122.2398, ["望潮岬灯塔", "灯塔观景台", "望潮灯塔", "the lighthouse", "wangchao dengta", "望潮角灯塔"]),
    "viewdeck": ("island", "view", 30.0101, 122.2352, ["望海台", "环岛路望海台", "观海平台", "sea view deck", "wanghaitai"]),
    "camp": ("island", "camp", 30.0152, 122.2047, ["松林露营地", "东礁松林营地", "露营基地", "Pine Grove campsite", "songlin yingdi", "松林营地"]),
    "clinic": ("island", "clinic", 29.9983, 122.1972, ["东礁卫生院", "岛上卫生院", "卫生室", "island clinic", "dongjiao weishengyuan"]),
    "dive": ("island", "dive", 30.0061, 122.2201, ["蓝洞潜水", "蓝洞潜水俱乐部", "Blue Hole Dive", "landong qianshui", "兰洞潜水"]),
    "ebike_rent": ("island", "rental", 29.9930, 122.1881, ["阿强电动车出租", "码头电瓶车租赁点", "阿强租车行", "Aqiang e-bike rental", "电驴出租点"]),
    "bike_rent": ("island", "rental", 30.0035, 122.2120, ["金沙湾单车租赁", "自行车租赁点", "金沙湾租车点", "bike rental", "单车出租"]),
    "hs_tinghai": ("island", "homestay", 30.0021, 122.2087, ["听海民宿", "听海小院", "Tinghai Homestay", "tinghai minsu", "听海民俗"]),
    "hs_aying": ("island", "homestay", 29.9975, 122.1948, ["阿英渔家民宿", "阿英民宿", "渔家乐阿英家", "A-Ying's Homestay", "aying minsu"]),
    "hs_jiaoshi": ("island", "homestay", 30.0079, 122.2248, ["礁石客栈", "礁石民宿", "Reef Inn", "jiaoshi kezhan"]),
    "hs_banshan": ("island", "homestay", 30.0135, 122.2170, ["半山民宿", "半山居", "Banshan Homestay", "banshan minsu"]),
    "hs_haifeng": ("island", "homestay", 30.0009, 122.2041, ["海风里民宿", "海风里", "Seabreeze Homestay", "haifengli minsu"]),
    "bus": ("island", "bus", None, None, ["环岛1路公交", "环岛公交", "岛上公交车", "loop bus", "huandao gongjiao", "环岛巴士"]),
    "bus_depot": ("island", "depot", 29.9938, 122.1872, ["环岛公交总站", "码头公交总站", "公交总站", "bus terminus", "gongjiao zongzhan"]),
    "ferry": ("sea", "ferry", None, None, ["轮渡上", "渡轮上", "澜礁航线客船", "the ferry", "lundu", "坐船的时候"]),
    "lg_pier": ("mainland", "pier", 29.9553, 121.9748, ["澜港客运码头", "澜港轮渡码头", "澜港客运中心", "Langang Ferry Terminal", "langang matou", "兰港码头"]),
    "lg_parking": ("mainland", "parking", 29.9561, 121.9731, ["澜港码头停车场", "客运中心停车场", "码头停车场", "Langang terminal car park"]),
    "lg_station": ("far", "station", 29.9302, 121.9104, ["澜港火车站", "澜港站", "Langang Railway Station", "langang huochezhan"]),
    "lg_walk": ("far", "street", 29.9447, 121.9318, ["澜港步行街", "中山步行街", "澜港老城步行街", "Langang pedestrian street"]),
    "xiyu_pier": ("far", "pier", 30.1512, 122.3320, ["西屿码头", "西屿客运码头", "Xiyu Pier", "xiyu matou", "西渔码头"]),
    "xiyu_beach": ("far", "beach", 30.1580, 122.3405, ["西屿银滩", "银滩浴场", "Xiyu Silver Beach", "xiyu yintan"]),
    "xiyu_village": ("far", "street", 30.1547, 122.3368, ["西屿渔村", "西屿村", "xiyu yucun"]),
}
SPOTS = {
    "pier": ["候船厅座椅上", "安检口旁边", "售票窗口前", "洗手间洗手台", "检票口"],
    "beach": ["3号救生塔下", "淋浴间", "更衣室", "遮阳伞租赁点旁", "沙滩排球网边", "礁石边上", "冲脚池旁"],
    "market": ["卖贝壳的摊位前", "海鲜加工档口", "电子秤旁边", "市场门口"],
    "food": ["大排档桌子底下", "店门口台阶", "洗手池边"],
    "street": ["巷口", "奶茶店门口", "石板路边"],
    "temple": ["香炉旁", "功德箱边", "门口台阶"],
    "view": ["观景台栏杆边", "台阶上", "拍照打卡点", "长椅上"],
    "camp": ["3号营位", "公共水池", "烧烤区", "帐篷边草地"],
    "clinic": ["候诊椅上", "输液室", "挂号窗口"],
    "dive": ["更衣区", "冲淋处", "装备架上"],
    "rental": ["还车点", "柜台上"],
    "homestay": ["退房后的房间里", "公共厨房", "前台沙发", "院子里的秋千上"],
    "bus": ["后排座位下", "投币箱旁", "车门台阶"],
    "depot": ["收车检查时车厢里"],
    "ferry": ["二层客舱座位下", "甲板栏杆边", "行李架上", "船尾观景区"],
    "parking": ["停车场入口", "缴费机旁"],
    "station": ["候车室"],
}
ISLAND = [k for k in PLACES if PLACES[k][0] == "island" and k not in ("bus", "bus_depot")]
FAR = ["lg_station", "lg_walk", "xiyu_pier", "xiyu_beach", "xiyu_village"]
HOURS = {"beach": (9, 18), "pier": (7, 18), "market": (10, 20), "food": (11, 22), "street": (9, 21),
         "temple": (7, 17), "view": (5, 19), "camp": (6, 23), "clinic": (8, 17), "dive": (8, 17),
         "rental": (8, 19), "homestay": (7, 23), "bus": (7, 20), "ferry": (7, 17), "parking": (7, 19),
         "depot": (7, 20), "station": (7, 21)}


def dist_km(a, b):
    pa, pb = PLACES[a], PLACES[b]
    if pa[2] is None or pb[2] is None:
        return 99.0
    dy = (pa[2] - pb[2]) * 111.0
    dx = (pa[3] - pb[3]) * 111.0 * math.cos(math.radians(30.0))
    return math.hypot(dx, dy)


def near(p, km=2.2):
    return [k for k in ISLAND if k != p and dist_km(p, k) <= km]


# ---------------------------------------------------------------- words
COLORS = {
    "black": (["黑色", "黑", "深色", "哑光黑", "纯黑", "黑的"], "black", "hei se"),
    "white": (["白色", "白", "米白", "奶白色", "白的"], "white", "bai se"),
    "blue": (["蓝色", "深蓝", "藏青色", "宝蓝", "蓝的"], "blue", "lan se"),
    "lightblue": (["浅蓝", "天蓝色", "淡蓝", "湖蓝"], "light blue", "qian lan"),
    "red": (["红色", "大红", "酒红", "红的"], "red", "hong se"),
    "pink": (["粉色", "粉红", "浅粉", "粉的"], "pink", "fen se"),
    "yellow": (["黄色", "明黄", "鹅黄", "黄的"], "yellow", "huang se"),
    "green": (["绿色", "墨绿", "军绿", "薄荷绿"], "green", "lv se"),
    "grey": (["灰色", "深灰", "浅灰", "灰的"], "grey", "hui se"),
    "silver": (["银色", "银白", "银灰"], "silver", "yin se"),
    "gold": (["金色", "香槟金", "土豪金"], "gold", "jin se"),
    "rosegold": (["玫瑰金", "粉金"], "rose gold", "meigui jin"),
    "purple": (["紫色", "淡紫", "香芋紫"], "purple", "zi se"),
    "orange": (["橙色", "橘色", "荧光橙"], "orange", "cheng se"),
    "brown": (["棕色", "咖啡色", "褐色", "驼色"], "brown", "zong se"),
    "clear": (["透明", "透明色"], "clear", "touming"),
    "multi": (["花色", "彩色", "印花"], "patterned", "hua se"),
}
CONFUSE = {"black": ["blue", "grey"], "blue": ["black"], "grey": ["silver", "black"], "silver": ["grey", "white"],
           "white": ["silver"], "pink": ["rosegold", "red"], "rosegold": ["pink", "gold"], "gold": ["rosegold"],
           "brown": ["black"], "lightblue": ["blue"], "purple": ["pink"], "red": ["pink"], "green": ["blue"]}

# brand key: (zh, en, pinyin, [typos / other spellings])
BRANDS = {
    "huawei": ("华为", "HUAWEI", "huawei", ["华伟", "Huawei", "花为"]),
    "apple": ("苹果", "Apple", "pingguo", ["苹菓", "apple", "爱疯"]),
    "xiaomi": ("小米", "Xiaomi", "xiaomi", ["MI", "小咪", "xiao mi"]),
    "oppo": ("欧珀", "OPPO", "oupo", ["oppo", "OPP0"]),
    "vivo": ("维沃", "vivo", "weiwo", ["VIVO", "vivio"]),
    "honor": ("荣耀", "HONOR", "rongyao", ["Honor", "荣跃"]),
    "dji": ("大疆", "DJI", "dajiang", ["dji", "大僵"]),
    "insta360": ("影石", "Insta360", "yingshi", ["insta 360", "影石360"]),
    "gopro": ("狗pro", "GoPro", "gaopu", ["gopro", "go pro"]),
    "sony": ("索尼", "SONY", "suoni", ["Sony", "sonny"]),
    "fujifilm": ("富士", "FUJIFILM", "fushi", ["Fuji", "富仕"]),
    "anker": ("安克", "Anker", "anke", ["ANKER", "安可"]),
    "romoss": ("罗马仕", "ROMOSS", "luomashi", ["罗马士", "romoss"]),
    "edifier": ("漫步者", "EDIFIER", "manbuzhe", ["Edifier", "慢步者"]),
    "casio": ("卡西欧", "CASIO", "kaxiou", ["Casio", "卡西鸥"]),
    "rayban": ("雷朋", "Ray-Ban", "leipeng", ["RayBan", "雷棚"]),
    "bolon": ("暴龙", "BOLON", "baolong", ["Bolon", "爆龙"]),
    "decathlon": ("迪卡侬", "DECATHLON", "dikanong", ["Decathlon", "迪卡龙"]),
    "septwolves": ("七匹狼", "SEPTWOLVES", "qipilang", ["7匹狼", "七皮狼"]),
    "goldlion": ("金利来", "goldlion", "jinlilai", ["金丽来", "Goldlion"]),
    "muji": ("无印良品", "MUJI", "wuyin liangpin", ["muji", "无印"]),
    "thermos": ("膳魔师", "THERMOS", "shanmoshi", ["Thermos", "善魔师"]),
    "vw": ("大众", "Volkswagen", "dazhong", ["VW", "大众汽车"]),
    "toyota": ("丰田", "TOYOTA", "fengtian", ["Toyota", "丰天"]),
    "byd": ("比亚迪", "BYD", "biyadi", ["byd", "比亚笛"]),
    "yadea": ("雅迪", "Yadea", "yadi", ["YADEA", "雅笛"]),
    "aima": ("爱玛", "AIMA", "aima", ["Aima", "艾玛"]),
    "giant": ("捷安特", "GIANT", "jieante", ["Giant", "捷安持"]),
    "dahon": ("大行", "DAHON", "daxing", ["Dahon"]),
    "jinjiao": ("金礁珠宝", "JINJIAO", "jinjiao zhubao", ["金礁", "金蕉珠宝"]),
    "chaosheng": ("潮生金行", "CHAOSHENG", "chaosheng jinhang", ["潮声金行"]),
    "lanjiao": ("澜礁户外", "LANJIAO OUTDOOR", "lanjiao huwai", ["澜焦户外", "LANJIAO"]),
}
PHONE_MODELS = {"huawei": ["Mate 80", "Mate 80 Pro", "nova 15", "Pura 90"],
                "apple": ["iPhone 18", "iPhone 18 Pro", "iPhone 17 Plus"],
                "xiaomi": ["Xiaomi 16", "Redmi K90", "Redmi Note 16"],
                "oppo": ["Reno 15", "Find X9", "A3x"], "vivo": ["X300", "S25", "Y38"],
                "honor": ["Magic 8", "X70", "Play 9"]}
SURN = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("黄", "Huang"),
        ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"), ("胡", "Hu"), ("林", "Lin"), ("郑", "Zheng"),
        ("谢", "Xie"), ("沈", "Shen"), ("叶", "Ye"), ("蒋", "Jiang"), ("潘", "Pan"), ("邵", "Shao"), ("俞", "Yu"), ("虞", "Yu")]
GIVEN = [("思", "si"), ("远", "yuan"), ("雨", "yu"), ("晨", "chen"), ("浩", "hao"), ("欣", "xin"), ("怡", "yi"), ("子", "zi"),
         ("涵", "han"), ("博", "bo"), ("文", "wen"), ("静", "jing"), ("宇", "yu"), ("佳", "jia"), ("琪", "qi"), ("俊", "jun"),
         ("海", "hai"), ("波", "bo"), ("梦", "meng"), ("瑶", "yao"), ("亮", "liang"), ("婷", "ting"), ("明", "ming"), ("杰", "jie")]
EN_FIRST = ["Mara", "Tobias", "Ines", "Pieter", "Lotte", "Callum", "Annika", "Rafael", "Siobhan", "Jonas"]
EN_LAST = ["Vellacott", "Brandvold", "Okafor-Reyes", "Lindqvarn", "Duchamel", "Harrowgate", "Szeberin"]
REGIONS = ["330203", "330281", "330902", "330921", "310115", "310104", "320506", "340104", "110105", "420106", "330106", "320102"]
BANKS = ["澜港农商银行", "瀛海银行", "浙东商业银行", "东海岸银行", "江南实业银行"]
BANK_BINS = ["622871", "621455", "622630", "628317", "623093"]
SCHOOLS = ["澜港海洋大学", "江城理工学院", "东瓯师范学院", "钱塘职业技术学院"]
SHIPS = ["澜礁快线1号", "东礁号", "海鸥8号"]

TYPOS = [("手机", "手记"), ("钱包", "钱保"), ("身份证", "身分证"), ("钥匙", "要匙"), ("耳机", "耳几"), ("墨镜", "默镜"),
         ("充电宝", "冲电宝"), ("银行卡", "银航卡"), ("沙滩", "沙摊"), ("码头", "马头"), ("在", "再"), ("的", "地"),
         ("蓝色", "兰色"), ("黑色", "黑涩"), ("丢了", "丢勒"), ("帮忙", "帮芒"), ("捡到", "检到"), ("相机", "像机")]


def pick(xs):
    return xs[R.randrange(len(xs))]


def chance(p):
    return R.random() < p


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def person():
    s = pick(SURN)
    g = [pick(GIVEN) for _ in range(1 if chance(0.3) else 2)]
    return {"zh": s[0] + "".join(c[0] for c in g), "py": s[1] + " " + "".join(c[1] for c in g).capitalize(),
            "sur": s[0]}


def foreigner():
    f, l = pick(EN_FIRST), pick(EN_LAST)
    return {"zh": f + " " + l, "py": f + " " + l, "sur": l}


def id_number(birth_year=None):
    reg = pick(REGIONS)
    y = birth_year or R.randint(1950, 2008)
    d = dt.date(y, 1, 1) + dt.timedelta(days=R.randrange(365))
    body = reg + d.strftime("%Y%m%d") + "%03d" % R.randrange(1000)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, w)) % 11]


def imei():
    d = "86" + "".join(str(R.randrange(10)) for _ in range(12))
    s = 0
    for i, c in enumerate(d):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return d + str((10 - s % 10) % 10)


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def alnum(n):
    a = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return "".join(pick(a) for _ in range(n))


# ---------------------------------------------------------------- truth records
def base(cat, zh, en, py, clf, color, brand=None, model=None):
    return {"cat": cat, "noun": zh, "noun_en": en, "noun_py": py, "clf": clf, "color": color, "brand": brand,
            "model": model, "serial": None, "vis": [], "hid": [], "fleet": None, "alt_cat": None}


def mk_phone(o):
    b = pick(sorted(PHONE_MODELS))
    t = base("phone", pick(["手机", "手机", "智能手机"]), "phone", "shouji", "部",
             pick(["black", "white", "blue", "silver", "purple", "green", "gold", "pink"]), b, pick(PHONE_MODELS[b]))
    t["serial"] = {"kind": "imei", "v": imei()}
    case = wpick([("clear", 3), ("silicone", 3), ("pouch", 3), ("cartoon", 2), ("none", 1)])
    if case == "clear":
        t["vis"].append(("透明手机壳", "clear case"))
    elif case == "silicone":
        c = pick(["black", "pink", "green", "blue"])
        t["vis"].append((COLORS[c][0][0] + "硅胶壳", COLORS[c][1] + " silicone case"))
    elif case == "pouch":
        c = pick(["blue", "yellow", "clear", "pink"])
        t["vis"].append(("装在" + COLORS[c][0][0] + "防水袋里，挂绳挂脖子那种", "in a " + COLORS[c][1] + " waterproof pouch with a neck strap"))
    elif case == "cartoon":
        c = pick([("小黄鸭", "yellow duck"), ("海绵宝宝", "SpongeBob-ish"), ("蜡笔小新", "cartoon boy"), ("草莓熊", "strawberry bear")])
        t["vis"].append(("卡通手机壳（" + c[0] + "）", c[1] + " cartoon case"))
    t["vis"] += R.sample([("屏幕左上角碎了", "cracked top-left corner"), ("摄像头旁边有划痕", "scratch by the camera"),
                          ("背面贴了张贴纸", "sticker on the back"), ("钢化膜裂了", "cracked screen protector"),
                          ("壳里夹着一张公交卡", "a bus card tucked in the case"), ("挂着一根编织手机链", "braided phone strap")], R.randint(0, 2))
    ls = pick([("两只柯基", "two corgis"), ("一家三口在沙滩上", "family on a beach"), ("海边日落", "a sunset"),
               ("小女孩戴草帽", "a little girl in a straw hat"), ("一只橘猫", "an orange cat"), ("默认壁纸", "the default wallpaper")])
    t["vis"].append(("锁屏是" + ls[0], "lock screen shows " + ls[1]))
    t["hid"] += R.sample([("密码是孩子生日", "passcode is my kid's birthday"), ("里面很多孩子玩沙的照片", "lots of beach photos of my kids"),
                          ("手机号尾号" + digits(4), "number ends " + digits(4)), ("电量大概还有40%", "battery about 40%"),
                          ("开着静音", "it was on silent"), ("微信头像是一朵向日葵", "my WeChat avatar is a sunflower"),
                          ("查找手机最后定位在附近", "Find My last showed it nearby")], R.randint(1, 3))
    return t


def mk_wallet(o):
    b = wpick([("septwolves", 2), ("goldlion", 2), ("muji", 1), (None, 3)])
    t = base("wallet", pick(["钱包", "钱包", "皮夹", "卡包"]), "wallet", "qianbao", "个",
             pick(["black", "brown", "pink", "red", "blue", "grey"]), b)
    cash = R.choice([0, 50, 120, 230, 300, 460, 800, 1250, 35, 600])
    t["cash"] = cash
    t["idp"] = dict(person(), no=id_number()) if chance(0.6) else None
    t["card"] = {"bank": pick(BANKS), "bin": pick(BANK_BINS), "tail": digits(4)} if chance(0.7) else None
    if t["card"]:
        t["serial"] = {"kind": "card", "v": t["card"]}
    elif t["idp"]:
        t["serial"] = {"kind": "idno", "v": t["idp"]["no"]}
    t["vis"] += R.sample([("拉链坏了一半", "zip half broken"), ("角上磨白了", "worn corners"),
                          ("里面有一张船票票根", "a ferry ticket stub inside"), ("夹着一张全家福小照片", "a small family photo inside"),
                          ("有一张民宿名片", "a homestay business card inside")], R.randint(0, 2))
    t["hid"].append(("是家里人送的生日礼物", "a birthday present from my family") if chance(0.3) else ("用了好几年了", "had it for years"))
    return t


def mk_id(o):
    kind = "passport" if o["voice"] == "english" and chance(0.6) else wpick([("id", 6), ("student", 3), ("driver", 2)])
    p = o["p"]
    if kind == "id":
        t = base("id_doc", pick(["身份证", "身份证", "二代身份证"]), "ID card", "shenfenzheng", "张", "blue")
        t["idp"] = dict(p, no=id_number())
        t["serial"] = {"kind": "idno", "v": t["idp"]["no"]}
    elif kind == "driver":
        t = base("id_doc", pick(["驾驶证", "驾照"]), "driving licence", "jiazhao", "本", "black")
        t["idp"] = dict(p, no=id_number())
        t["serial"] = {"kind": "idno", "v": t["idp"]["no"]}
    elif kind == "student":
        t = base("id_doc", pick(["学生证", "学生卡", "校园卡"]), "student card", "xueshengzheng", "张", pick(["red", "blue", "green"]))
        school = pick(SCHOOLS)
        t["school"] = school
        t["idp"] = dict(p, no=None)
        t["serial"] = {"kind": "student", "v": str(R.randint(2019, 2024)) + digits(6), "school": school}
    else:
        t = base("id_doc", "护照", "passport", "huzhao", "本", pick(["red", "blue", "black"]))
        t["idp"] = dict(p, no=None)
        t["serial"] = {"kind": "passport", "v": pick("EKPG") + alnum(2) + digits(6)}
    t["sub"] = kind
    if chance(0.5):
        c = pick(["blue", "clear", "pink", "black"])
        t["vis"].append(("套着" + COLORS[c][0][0] + "卡套", "in a " + COLORS[c][1] + " card sleeve"))
    if chance(0.3):
        t["vis"].append(("挂着一根挂绳", "on a lanyard"))
    t["hid"].append(("本来要坐船回去用的", "I need it for the ferry back"))
    return t


FLEET_SHOPS = [("阿强电动车出租", "ebike_rent"), ("码头电瓶车租赁", "ebike_rent")]
HOMESTAYS = ["hs_tinghai", "hs_aying", "hs_jiaoshi", "hs_banshan", "hs_haifeng"]


def mk_keys(o):
    kind = wpick([("car", 3), ("room", 3), ("roomcard", 2), ("ebike", 3), ("house", 2)])
    if kind == "car":
        b = pick(["vw", "toyota", "byd"])
        t = base("keys", pick(["车钥匙", "汽车钥匙", "遥控钥匙"]), "car key", "che yaoshi", "把", "black", b)
        t["serial"] = {"kind": "plate", "v": "浙" + pick("BLKX") + "·" + alnum(5)}
        t["vis"].append(pick([("钥匙扣是一只皮卡丘", "Pikachu keyring"), ("挂着一个开瓶器", "bottle opener on the ring"),
                              ("还串着两把小钥匙", "two small keys on the ring"), ("皮质钥匙包", "leather key pouch")]))
        t["hid"].append(("车停在澜港码头停车场", "car is parked at the Langang terminal car park"))
    elif kind in ("room", "roomcard"):
        hs = pick(HOMESTAYS)
        room = str(pick([1, 2, 3])) + "0" + str(R.randint(1, 8))
        nm = PLACES[hs][4][0]
        if kind == "room":
            t = base("keys", pick(["房间钥匙", "民宿钥匙", "房门钥匙"]), "room key", "fangjian yaoshi", "把", "silver")
            t["vis"].append(("挂着木头牌子写着" + nm + " " + room, "wooden tag: " + PLACES[hs][4][3] + " " + room))
        else:
            t = base("keys", pick(["房卡", "门卡"]), "room card", "fangka", "张", "white")
            t["vis"].append(("卡面印着" + nm + "和一只海鸥", "card printed " + PLACES[hs][4][3] + " with a gull"))
        t["fleet"] = {"shop": hs, "num": room}
        t["serial"] = {"kind": "room", "v": room}
        t["hid"].append(("押金交了100", "100 deposit paid"))
    elif kind == "ebike":
        shop = pick(FLEET_SHOPS)
        num = str(R.randint(1, 88))
        t = base("keys", pick(["电动车钥匙", "电瓶车钥匙", "电驴钥匙"]), "e-bike key", "diandongche yaoshi", "把", "black", pick(["yadea", "aima"]))
        t["fleet"] = {"shop": shop[0], "num": num}
        t["serial"] = {"kind": "tag", "v": num}
        t["vis"].append(("塑料牌上写着" + shop[0] + " " + num + "号", "plastic tag " + num))
        t["hid"].append(("押金条在我包里", "deposit slip is in my bag"))
    else:
        t = base("keys", pick(["一串钥匙", "家门钥匙", "钥匙"]), "bunch of keys", "yaoshi", "串", pick(["silver", "gold"]))
        t["vis"].append(pick([("三把钥匙加一个门禁扣", "three keys and a fob"), ("挂着一个小海螺", "a little shell charm"),
                              ("红绳拴着", "tied with a red string")]))
        t["hid"].append(("是家里的钥匙，人在岛上进不了家倒不急", "house keys back home"))
    t["sub"] = kind
    return t


def mk_ebike(o):
    shop = pick(FLEET_SHOPS)
    num = str(R.randint(1, 88))
    b = pick(["yadea", "aima"])
    t = base("ebike", pick(["电动车", "电瓶车", "电驴", "租的电动车"]), "rental e-bike", "diandongche", "辆",
             pick(["white", "yellow", "blue", "pink"]), b)
    t["fleet"] = {"shop": shop[0], "num": num}
    t["serial"] = {"kind": "frame", "v": "LY" + digits(2) + alnum(2) + digits(5), "num": num}
    t["vis"].append(("车身贴着" + shop[0] + "的" + num + "号", "rental sticker no. " + num))
    t["vis"].append(pick([("前筐里有个矿泉水瓶", "water bottle in the basket"), ("后座绑着一个泡沫箱", "foam box on the rack"),
                          ("左边后视镜掉了", "left mirror missing")]))
    t["hid"].append(("押金300，租到晚上六点", "300 deposit, rented till 6pm"))
    return t


def mk_bicycle(o):
    rent = chance(0.5)
    b = "giant" if rent else pick(["giant", "dahon"])
    t = base("bicycle", pick(["自行车", "单车", "折叠车"] if not rent else ["自行车", "租的单车"]), "bicycle", "zixingche", "辆",
             pick(["black", "white", "orange", "green", "grey"]), b, pick(["ATX 660", "Escape R3", "K3 Plus", "P8"]))
    t["serial"] = {"kind": "frame", "v": pick(["GT", "DH", "KA"]) + digits(2) + alnum(1) + digits(6)}
    if rent:
        num = str(R.randint(1, 60))
        t["fleet"] = {"shop": "金沙湾单车租赁", "num": num}
        t["serial"]["num"] = num
        t["vis"].append(("车把上挂着金沙湾单车租赁" + num + "号的牌子", "rental plate no. " + num))
    else:
        t["vis"].append(pick([("车座套是豹纹的", "leopard saddle cover"), ("前面装了个车篮", "front basket"), ("挂着一把U型锁", "U-lock hung on it")]))
        t["hid"].append(("坐轮渡带上岛的", "brought it on the ferry"))
    return t


def mk_bag(o):
    sub = wpick([("swim", 4), ("tote", 3), ("backpack", 3), ("kid", 1), ("waist", 2)])
    names = {"swim": (["游泳包", "防水游泳袋", "泳衣收纳包", "干湿分离包"], "swim bag", "youyong bao"),
             "tote": (["沙滩包", "草编包", "帆布袋"], "beach tote", "shatan bao"),
             "backpack": (["双肩包", "背包", "书包"], "backpack", "shuangjian bao"),
             "kid": (["儿童小背包", "小孩的包"], "kid's backpack", "xiaohai de bao"),
             "waist": (["腰包", "斜挎包", "胸包"], "waist bag", "yaobao")}[sub]
    b = wpick([("decathlon", 3), ("lanjiao", 2), ("muji", 1), (None, 3)])
    t = base("bag", pick(names[0]), names[1], names[2], "个", pick(["black", "blue", "pink", "yellow", "green", "grey", "multi"]), b)
    pool = [("一条蓝白条纹浴巾", "a blue-white striped towel"), ("一套泳衣", "swimsuit"), ("防晒霜", "sunscreen"),
            ("泳镜", "goggles"), ("小孩的换洗衣服", "kid's change of clothes"), ("一个保温杯", "a flask"),
            ("充电线", "charging cable"), ("一包纸巾", "tissues"), ("一副拖鞋", "flip-flops"), ("驱蚊水", "mosquito spray"),
            ("一本速写本", "a sketchbook"), ("两瓶矿泉水", "two water bottles")]
    t["contents"] = R.sample(pool, R.randint(2, 4))
    t["vis"].append(("里面有" + "、".join(c[0] for c in t["contents"]), "inside: " + ", ".join(c[1] for c in t["contents"])))
    if chance(0.4):
        t["vis"].append(pick([("拉链上挂着一只小海龟挂件", "turtle charm on the zip"), ("侧面用马克笔写了个Y", "a Y written on the side"),
                              ("肩带打了个结", "knotted strap")]))
    t["hid"].append(pick([("包里还有一点零钱大概二十几块", "some change, about 20"), ("是孩子的东西多", "mostly the kids' things")]))
    t["sub"] = sub
    return t


def mk_cash(o):
    amt = pick([200, 500, 600, 1000, 1200, 1500, 2000, 3000, 800])
    t = base("cash", pick(["现金", "钱", "一沓现金", "红包"]), "cash", "xianjin", "笔", pick(["red", "white", "brown"]))
    t["cash"] = amt
    holder = pick([("装在红包里，红包上印着福字", "in a red envelope printed 福"), ("用银行的信封装着", "in a bank envelope"),
                   ("用橡皮筋扎着", "held with a rubber band"), ("对折夹在一张船票里", "folded inside a ferry ticket")])
    t["vis"].append(holder)
    t["hid"].append(("是准备付民宿尾款的", "for the homestay balance") if chance(0.5) else ("早上刚从ATM取的", "just withdrew it this morning"))
    return t


def mk_jewel(o):
    sub = wpick([("ring", 5), ("necklace", 3), ("bracelet", 2), ("earring", 2), ("anklet", 1)])
    nm = {"ring": (["戒指", "婚戒", "对戒", "钻戒"], "ring", "jiezhi"), "necklace": (["项链", "金项链", "吊坠项链"], "necklace", "xianglian"),
          "bracelet": (["手镯", "手链", "玉镯"], "bracelet", "shoulian"), "earring": (["耳环", "耳钉"], "earring", "erhuan"),
          "anklet": (["脚链"], "anklet", "jiaolian")}[sub]
    b = wpick([("jinjiao", 2), ("chaosheng", 2), (None, 3)])
    t = base("jewelry", pick(nm[0]), nm[1], nm[2], "个", pick(["green", "silver"] if sub == "bracelet" else ["gold", "silver", "rosegold"]), b)
    if sub == "ring":
        eng = pick(["L&W 0520", "Forever 1314", "ZY·2019", "YH 0808", "SX&JM"])
        t["eng"] = eng
        t["vis"].append(("内圈刻着字", "engraved inside"))
        t["hid"].append(("内圈刻的是" + eng, "engraving says " + eng))
        t["vis"].append(pick([("上面有颗小钻", "small diamond"), ("素圈", "plain band"), ("有一圈碎钻", "a row of tiny stones")]))
    else:
        t["vis"].append(pick([("吊坠是个小贝壳", "shell pendant"), ("有个四叶草", "four-leaf clover charm"),
                              ("搭扣有点松", "loose clasp"), ("上面串了颗转运珠", "a lucky bead")]))
    t["hid"].append(pick([("结婚时买的，特别有意义", "bought when we married"), ("大概五六克", "about 5-6 g"), ("奶奶传下来的", "my grandmother's")]))
    t["sub"] = sub
    return t


def mk_elec(o):
    sub = wpick([("actioncam", 4), ("camera", 2), ("powerbank", 4), ("earbuds", 4), ("watch", 3)])
    if sub == "actioncam":
        b = pick(["dji", "insta360", "gopro"])
        m = {"dji": ["Osmo Action 7", "Osmo Pocket 5"], "insta360": ["Ace Pro 3", "X6", "GO 5"], "gopro": ["HERO 15", "HERO 14 Black"]}[b]
        t = base("electronics", pick(["运动相机", "运动相机", "防水相机", "相机"]), "action camera", "yundong xiangji", "台", pick(["black", "grey", "white"]), b, pick(m))
        t["serial"] = {"kind": "sn", "v": alnum(4) + digits(6)}
        t["vis"].append(pick([("套着潜水壳", "in a dive housing"), ("接着自拍杆", "on a selfie stick"), ("挂着浮力棒", "with a float grip")]))
        t["hid"].append(pick([("里面是今天潜水拍的视频", "dive videos from today"), ("卡里有孩子第一次浮潜的视频", "my kid's first snorkel video")]))
    elif sub == "camera":
        b = pick(["sony", "fujifilm"])
        m = {"sony": ["ZV-E30", "RX100 IX"], "fujifilm": ["X-S30", "X100 VII"]}[b]
        t = base("electronics", pick(["相机", "微单", "照相机"]), "camera", "xiangji", "台", pick(["black", "silver"]), b, pick(m))
        t["serial"] = {"kind": "sn", "v": digits(7)}
        t["vis"].append(pick([("背带是彩虹编织的", "rainbow strap"), ("镜头盖丢了", "no lens cap"), ("机身贴了张小熊贴纸", "bear sticker")]))
        t["hid"].append(("卡里有灯塔日出的照片", "sunrise photos at the lighthouse"))
    elif sub == "powerbank":
        b = pick(["anker", "romoss", "xiaomi"])
        t = base("electronics", pick(["充电宝", "移动电源", "充电宝"]), "power bank", "chongdianbao", "个", pick(["white", "black", "pink", "blue"]), b,
                 pick(["10000mAh", "20000毫安", "磁吸款"]))
        t["vis"].append(pick([("插着一根数据线", "cable attached"), ("贴着名字贴", "name sticker on it"), ("外壳摔掉一块漆", "chipped paint")]))
        t["hid"].append(("电量还剩两格", "two bars left"))
    elif sub == "earbuds":
        b = pick(["apple", "huawei", "xiaomi", "edifier"])
        m = {"apple": ["AirPods Pro 3", "AirPods 5"], "huawei": ["FreeBuds 7", "FreeBuds Pro 5"], "xiaomi": ["Buds 6"], "edifier": ["NeoBuds 3"]}[b]
        t = base("electronics", pick(["蓝牙耳机", "耳机", "无线耳机"]), "earbuds", "lanya erji", "副", pick(["white", "black", "blue"]), b, pick(m))
        t["serial"] = {"kind": "sn", "v": alnum(10)}
        t["vis"].append(pick([("耳机盒套着小恐龙硅胶套", "dinosaur silicone cover"), ("盒子上刻了字母J", "letter J on the case"), ("只剩右耳一只在盒里", "only the right bud inside")]))
        t["hid"].append(("手机上查找显示最后连接在这附近", "phone shows last connection nearby"))
    else:
        b = pick(["apple", "huawei", "xiaomi", "casio"])
        m = {"apple": ["Watch S11"], "huawei": ["Watch GT 6", "Watch Fit 4"], "xiaomi": ["手环10"], "casio": ["G-SHOCK GA-2700"]}[b]
        t = base("electronics", pick(["手表", "智能手表", "运动手环"]) if b != "casio" else pick(["手表", "电子表"]), "watch", "shoubiao", "块",
                 pick(["black", "white", "pink", "green"]), b, pick(m))
        t["serial"] = {"kind": "sn", "v": alnum(8)} if b != "casio" else None
        t["vis"].append(pick([("表带是橙色的", "orange strap"), ("表盘有划痕", "scratched face"), ("尼龙表带", "nylon strap")]))
        t["hid"].append(("游泳时摘下来放在毛巾上", "took it off to swim"))
        if b == "casio":
            t["alt_ok"] = "jewelry"
    t["sub"] = sub
    return t


def mk_other(o):
    sub = wpick([("sunglasses", 5), ("hat", 3), ("towel", 2), ("toy", 3), ("snorkel", 3), ("ticket", 2), ("flask", 2), ("umbrella", 1)])
    if sub == "sunglasses":
        b = wpick([("rayban", 3), ("bolon", 3), (None, 2)])
        t = base("other", pick(["墨镜", "太阳镜", "墨镜"]), "sunglasses", "mojing", "副", pick(["black", "brown", "gold", "pink"]), b,
                 pick(["RB3025", "BL5088", None]) if b else None)
        t["vis"].append(pick([("装在硬壳眼镜盒里", "in a hard case"), ("右边镜腿有点松", "loose right arm"), ("镜片是偏光渐变的", "gradient lenses")]))
    elif sub == "hat":
        t = base("other", pick(["草帽", "遮阳帽", "渔夫帽", "棒球帽"]), "hat", "maozi", "顶", pick(["white", "yellow", "black", "pink", "brown"]))
        t["vis"].append(pick([("帽檐上绑着一条丝巾", "scarf tied round it"), ("有防风绳", "chin strap"), ("印着I LOVE DJ", "printed I LOVE DJ")]))
    elif sub == "towel":
        t = base("other", pick(["浴巾", "沙滩巾", "大毛巾"]), "beach towel", "yujin", "条", pick(["multi", "blue", "yellow", "pink"]))
        t["vis"].append(pick([("印着菠萝图案", "pineapple print"), ("一角绣着英文名Coco", "Coco embroidered"), ("蓝白条纹", "blue-white stripes")]))
    elif sub == "toy":
        t = base("other", pick(["沙滩玩具", "玩具铲子桶", "毛绒海豚", "奥特曼玩偶", "遥控小船"]), "child's toy", "wanju", "个",
                 pick(["yellow", "blue", "pink", "red", "multi"]))
        t["vis"].append(pick([("有点旧了，一只眼睛掉了", "worn, an eye missing"), ("桶上写着“乐乐”", "bucket says 乐乐"), ("装在网兜里", "in a mesh bag")]))
        t["hid"].append(("孩子一直哭着要找", "my child keeps crying for it"))
    elif sub == "snorkel":
        b = wpick([("decathlon", 3), ("lanjiao", 1), (None, 1)])
        t = base("other", pick(["浮潜面镜", "呼吸管面镜", "潜水面镜", "脚蹼"]), "snorkel mask", "fuqian mianjing", "套", pick(["blue", "pink", "black", "clear", "yellow"]), b,
                 pick(["Easybreath 540", None]) if b == "decathlon" else None)
        t["vis"].append(pick([("带着一个GoPro支架", "with a camera mount"), ("面镜带上贴了名字贴", "name tape on the strap"), ("是儿童尺码", "kid's size")]))
    elif sub == "ticket":
        t = base("other", pick(["船票", "回程船票", "轮渡票"]), "ferry ticket", "chuanpiao", "张", "white")
        t["idp"] = dict(o["p"], no=id_number())
        ship = pick(SHIPS)
        t["ship"] = ship
        t["serial"] = {"kind": "idno", "v": t["idp"]["no"]}
        t["vis"].append(("印着" + ship + "、东礁—澜港", "printed " + ship + ", Dongjiao-Langang"))
        t["alt_ok"] = "id_doc"
    elif sub == "flask":
        b = pick(["thermos", "muji", None])
        t = base("other", pick(["保温杯", "水杯", "杯子"]), "flask", "baowenbei", "个", pick(["pink", "white", "black", "blue", "green"]), b)
        t["vis"].append(pick([("杯身贴着小鲸鱼贴纸", "whale sticker"), ("杯底磕瘪了一块", "dented bottom"), ("带个背带", "with a strap")]))
    else:
        t = base("other", pick(["遮阳伞", "雨伞", "太阳伞"]), "umbrella", "yusan", "把", pick(["black", "multi", "blue"]))
        t["vis"].append(pick([("伞柄是木头的", "wooden handle"), ("有一根伞骨断了", "one rib broken")]))
    t["sub"] = sub
    if not t["hid"]:
        t["hid"].append(pick([("前天刚买的", "bought two days ago"), ("不值钱但是有纪念意义", "not worth much but sentimental")]))
    return t


MAKERS = {"phone": mk_phone, "wallet": mk_wallet, "id_doc": mk_id, "keys": mk_keys, "ebike": mk_ebike,
          "bicycle": mk_bicycle, "bag": mk_bag, "cash": mk_cash, "jewelry": mk_jewel, "electronics": mk_elec, "other": mk_other}
CAT_W = [("phone", 40), ("wallet", 24), ("id_doc", 24), ("keys", 26), ("electronics", 36), ("other", 40), ("bag", 18),
         ("jewelry", 15), ("cash", 7), ("ebike", 5), ("bicycle", 5)]
CAT_ZH = {"phone": "手机", "wallet": "钱包", "id_doc": "证件", "keys": "钥匙", "ebike": "电动车", "bicycle": "自行车",
          "bag": "包", "cash": "现金", "jewelry": "首饰", "electronics": "电子产品", "other": "其他"}

PLACE_FOR = {  # where each kind of thing tends to be lost
    "phone": ["jinsha", "yueya", "beiao", "market", "foodst", "lighthouse", "bus", "ferry", "dj_pier", "hs_tinghai", "camp", "viewdeck", "temple", "oldst", "lg_pier"],
    "wallet": ["market", "foodst", "bus", "ferry", "dj_pier", "oldst", "temple", "ebike_rent", "lg_pier", "clinic"],
    "id_doc": ["dj_pier", "lg_pier", "ferry", "bus", "hs_aying", "hs_banshan", "clinic", "dive", "jinsha", "market"],
    "keys": ["jinsha", "yueya", "hs_tinghai", "hs_aying", "hs_jiaoshi", "hs_banshan", "hs_haifeng", "market", "beiao", "camp", "lg_parking", "lighthouse"],
    "ebike": ["lighthouse", "viewdeck", "beiao", "market", "yueya", "temple"],
    "bicycle": ["jinsha", "lighthouse", "beiao", "camp", "dj_pier"],
    "bag": ["jinsha", "yueya", "beiao", "bus", "ferry", "dive", "camp", "dj_pier", "hs_haifeng"],
    "cash": ["market", "foodst", "hs_aying", "temple", "bus", "oldst"],
    "jewelry": ["jinsha", "yueya", "beiao", "hs_tinghai", "dive", "temple", "clinic"],
    "electronics": ["jinsha", "yueya", "dive", "lighthouse", "ferry", "bus", "camp", "viewdeck", "dj_pier", "hs_jiaoshi", "foodst"],
    "other": ["jinsha", "yueya", "beiao", "ferry", "bus", "lighthouse", "camp", "dive", "temple", "dj_pier", "market", "viewdeck"],
}
OWNER_VOICES = [("family", 5), ("student", 4), ("couple", 3), ("plain", 4), ("hurried", 3), ("elder", 2), ("proxy", 2),
                ("english", 2), ("pinyin", 1)]


def when(place_kind):
    day = R.randint(3, 30)
    lo, hi = HOURS.get(place_kind, (8, 20))
    h = R.randint(lo, hi)
    m = R.randrange(60)
    d = dt.datetime(2024, 8, day, min(h, 23), m)
    return int((NOW - d).total_seconds() // 60)


def truth_record():
    cat = wpick(CAT_W)
    voice = wpick(OWNER_VOICES)
    o = {"p": foreigner() if voice == "english" and chance(0.7) else person(), "voice": voice}
    t = MAKERS[cat](o)
    t["owner"] = o["p"]
    t["voice"] = voice
    if voice == "elder" and t.get("sub") == "student":
        t["voice"] = "plain"
    place = pick(PLACE_FOR[cat])
    if t["fleet"] and t["fleet"]["shop"] in PLACES:
        place = t["fleet"]["shop"] if chance(0.5) else place
    t["place"] = place
    t["t"] = when(PLACES[place][1])
    return t


# ---------------------------------------------------------------- formatting helpers
def tstr(mins, en=False, dialect=False):
    d = NOW - dt.timedelta(minutes=mins)
    h = d.hour
    if en:
        hh = h % 12 or 12
        return "%s %d around %d%s" % ("Aug", d.day, hh, "am" if h < 12 else "pm")
    per = ("凌晨" if h < 5 else "早上" if h < 8 else "上午" if h < 11 else "中午" if h < 13 else "下午" if h < 17 else "傍晚" if h < 19 else "晚上")
    hh = h if h <= 12 else h - 12
    if dialect:
        per = {"上午": "上半日", "下午": "下半日", "晚上": "夜里", "傍晚": "夜快边"}.get(per, per)
        return "%d号%s%d点钟光景" % (d.day, per, hh)
    return pick(["%d月%d日" % (d.month, d.day), "%d号" % d.day, "8.%d" % d.day]) + per + ("%d点" % hh) + pick(["左右", "多", "", "前后"])


def window_str(lf, lt, en=False, dialect=False):
    span = lf - lt
    if span <= 90:
        return tstr((lf + lt) // 2, en, dialect)
    a, b = NOW - dt.timedelta(minutes=lf), NOW - dt.timedelta(minutes=lt)
    if en:
        return "between Aug %d %d:00 and Aug %d %d:00" % (a.day, a.hour, b.day, b.hour) if a.day != b.day else "on Aug %d between %d:00 and %d:00" % (a.day, a.hour, b.hour)
    if a.day == b.day:
        return "%d月%d日%d点到%d点之间" % (a.month, a.day, a.hour, b.hour)
    return "%d号%d点到%d号%d点之间" % (a.day, a.hour, b.day, b.hour)


def brand_var(key, cat=None, en=False, py=False):
    zh, e, p, ty = BRANDS[key]
    if key == "apple" and cat == "phone" and chance(0.5):
        return "iPhone"
    if en:
        return e
    if py:
        return p
    return wpick([(zh, 5), (e, 3), (p, 1), (pick(ty), 2)])


def model_var(m):
    if not m:
        return m
    return wpick([(m, 5), (m.lower(), 2), (m.replace(" ", ""), 2), (m.replace("Pro", "p").replace("Plus", "+"), 1)])


def color_var(c, finder=False):
    if finder and c in CONFUSE and chance(0.12):
        c = pick(CONFUSE[c])
    return pick(COLORS[c][0])


def serial_var(s, who):
    k, v = s["kind"], s["v"]
    if k == "imei":
        return wpick([(v, 4), ("%s %s %s" % (v[:2], v[2:8], v[8:]), 1), ("%s %s %s %s" % (v[:4], v[4:8], v[8:12], v[12:]), 2),
                      ("IMEI:" + v, 1), ("尾号" + v[-4:], 2 if who == "owner" else 0), ("IMEI后六位" + v[-6:], 1 if who == "owner" else 0),
                      (v[:8] + "-" + v[8:], 1)])
    if k == "idno":
        return wpick([(v, 4 if who == "owner" else 1), (v[:6] + "********" + v[-4:], 3), (v[:3] + "*" * 11 + v[-4:], 1),
                      ("尾号" + v[-4:], 2), (v[:6] + " " + v[6:14] + " " + v[14:], 1), (v.lower(), 0.3 if v.endswith("X") else 0)])
    if k == "card":
        tail = v["tail"]
        return wpick([("尾号" + tail, 3), (v["bin"] + "****" + tail, 3 if who == "finder" else 1), (tail, 2),
                      (v["bin"][:4] + "****" + tail, 2), ("卡号后四位" + tail, 1), (v["bank"] + "卡尾号" + tail, 1)])
    if k == "student":
        return wpick([(v, 4), ("学号" + v, 2), (v[:4] + " " + v[4:], 1), ("后四位" + v[-4:], 1 if who == "owner" else 0)])
    if k == "passport":
        return wpick([(v, 3), (v[0] + " " + v[1:], 1), (v.lower(), 1)])
    if k == "frame":
        n = s.get("num")
        opts = [(v, 3), (v.lower(), 1), (v[:4] + " " + v[4:], 1), ("车架号后六位" + v[-6:], 1)]
        if n:
            opts += [(n + "号车", 3), ("车身编号" + n, 2)]
        return wpick(opts)
    if k == "tag":
        return wpick([(v + "号", 3), ("NO." + v, 1), ("钥匙牌" + v, 2), ("A-" + v.zfill(2), 1), (v, 1)])
    if k == "room":
        return wpick([(v + "房", 3), ("房号" + v, 2), ("Room " + v, 1), (v, 2)])
    if k == "sn":
        return wpick([(v, 3), ("SN:" + v, 2), (v.lower(), 1), ("S/N " + v[:4] + " " + v[4:], 1), ("序列号尾号" + v[-4:], 1 if who == "owner" else 0)])
    if k == "plate":
        return wpick([("车牌" + v, 2), (v.replace("·", ""), 2), (v, 1)])
    return v


def typo(s, p=1.0):
    if not chance(p):
        return s
    for a, b in R.sample(TYPOS, len(TYPOS)):
        if a in s:
            return s.replace(a, b, 1)
    return s


def jitter(place, spread):
    pl = PLACES[place]
    return round(pl[2] + (R.random() - 0.5) * spread, 6), round(pl[3] + (R.random() - 0.5) * spread, 6)


def name_of(place, en=False, py=False):
    ns = PLACES[place][4]
    if en:
        return ns[3] if len(ns) > 3 else ns[0]
    if py:
        return ns[4] if len(ns) > 4 else ns[0]
    return pick([n for n in ns if not n.isascii()])


# ---------------------------------------------------------------- lost side
def cash_owner(a):
    if a == 0:
        return "没什么现金"
    if a < 100:
        return pick(["现金%d块" % a, "零钱几十块"])
    return wpick([("现金%d块" % a, 2), ("现金大概%d左右" % (round(a, -2) or a), 2), ("几百块现金" if a < 1000 else "一千多现金", 1)])


def owner_details(t, en=False):
    det = []
    vis = [v for v in t["vis"]]
    hid = [h for h in t["hid"]]
    k = 1 if en else 0
    det += [v[k] for v in R.sample(vis, min(len(vis), R.randint(0, len(vis))))]
    det += [h[k] for h in R.sample(hid, R.randint(min(1, len(hid)), len(hid)))]
    if t.get("cash") is not None and t["cat"] == "wallet":
        det.append("cash about %d" % t["cash"] if en else cash_owner(t["cash"]))
        if t.get("idp"):
            det.append("my ID card" if en else pick(["身份证也在里面", "里面有身份证", "还有我老公的身份证"]))
        if t.get("card"):
            det.append("a bank card" if en else pick(["一张" + t["card"]["bank"] + "的卡", "银行卡一张，尾号" + t["card"]["tail"], "还有几张卡"]))
    if t["cat"] == "cash":
        a = t["cash"]
        det.append(("%d yuan" % a) if en else pick(["一共%d元" % a, "%d块整" % a, "大概%d" % a, "%s张一百的" % {200: "两", 500: "五", 600: "六", 800: "八", 1000: "十", 1200: "十二", 1500: "十五", 2000: "二十", 3000: "三十"}[a]]))
    if t.get("idp") and t["cat"] in ("id_doc", "other") and not en:
        det.append(pick(["名字是" + t["idp"]["zh"], "我叫" + t["idp"]["zh"], "姓名" + t["idp"]["zh"]]))
    if t.get("idp") and en:
        det.append("name " + t["idp"]["py"])
    if t.get("contents") and not en and chance(0.5):
        det.append("包里有" + "、".join(c[0] for c in t["contents"][:R.randint(1, len(t["contents"]))]))
    return det


def write_lost(t, key):
    cat = t["alt_cat_lost"] or t["cat"]
    v = t["voice"]
    en, py = v == "english", v == "pinyin"
    # where the owner thinks it happened
    p = t["place"]
    if p in ("bus", "ferry"):
        stated = p if chance(0.7) else pick(["dj_pier", "bus_depot"] if p == "bus" else ["dj_pier", "lg_pier"])
    else:
        nb = near(p)
        stated = p if (chance(0.62) or not nb) else pick(nb)
    maybe2 = None
    if stated == p and chance(0.2) and near(p):
        maybe2 = pick(near(p))
    # loss window (minutes before NOW): lost_from >= truth t >= lost_to
    span_b = wpick([(R.randint(0, 40), 5), (R.randint(40, 300), 4), (R.randint(300, 1800), 1), (R.randint(1800, 4000), 0.4)])
    span_a = wpick([(R.randint(0, 40), 5), (R.randint(40, 240), 3), (R.randint(240, 1500), 1)])
    lf = t["t"] + span_b
    lt = max(0, t["t"] - span_a)
    rec = {"key": key, "category": cat}
    item_zh = t["noun"]
    color = color_var(t["color"])
    brand = brand_var(t["brand"], t["cat"]) if t["brand"] else None
    model = model_var(t["model"])
    fill = {"hurried": 0.25, "elder": 0.3, "english": 0.45, "pinyin": 0.3, "proxy": 0.6}.get(v, 0.65)
    if chance(fill) and t["cat"] not in ("id_doc", "cash"):
        rec["color"] = color
    if brand and chance(fill):
        rec["brand"] = brand_var(t["brand"], t["cat"], en=en)
    if model and chance(fill * 0.7):
        rec["model"] = model
    knows_serial = t["serial"] and chance({"imei": 0.45, "idno": 0.7, "card": 0.7, "student": 0.6, "passport": 0.9, "frame": 0.5,
                                           "tag": 0.6, "room": 0.8, "sn": 0.25, "plate": 0.6}[t["serial"]["kind"]])
    sv = serial_var(t["serial"], "owner") if knows_serial else None
    if sv and chance(0.75):
        rec["serial"] = sv
    det = owner_details(t, en)
    if sv and "serial" not in rec:
        det.append(("serial " if en else pick(["编号", "号码", "", "号码是"])) + sv)
    if chance(0.45 * (fill + 0.2)) and det:
        rec["marks"] = ("; " if en else "；").join(det[:R.randint(1, len(det))])[:500]
    if chance(0.8 if v != "hurried" else 0.4):
        a = name_of(stated, en=en, py=py) if stated not in ("bus", "ferry") else name_of(stated, en=en, py=py)
        if chance(0.3) and PLACES[stated][1] in SPOTS and not en and not py:
            a += pick(SPOTS[PLACES[stated][1]]).rstrip("上")
        rec["address"] = a[:60]
    if PLACES[stated][2] is not None and chance(0.4):
        rec["lat"], rec["lon"] = jitter(stated, 0.004)
    # body
    pl = name_of(stated, en=en, py=py)
    if maybe2:
        pl += (" or maybe " if en else "或者") + name_of(maybe2, en=en, py=py)
    ws = window_str(lf, lt, en=en, dialect=(v == "elder"))
    bdesc = ""
    if brand and (chance(0.6) or "brand" not in rec):
        bdesc = brand_var(t["brand"], t["cat"])
        if t["model"] and chance(0.5):
            m = model_var(t["model"])
            bdesc += (" " if bdesc[-1].isascii() and m[0].isascii() else "") + m
    itm = (color if chance(0.7) and t["cat"] not in ("id_doc", "cash") else "") + ("的" if chance(0.3) else "") + bdesc + item_zh
    dtx = "，".join(det[:R.randint(0, len(det))])
    if v == "family":
        kid = pick(["带孩子", "一家人", "陪老人孩子", "带女儿", "带儿子"])
        act = {"beach": "玩水", "food": "吃饭", "market": "买海鲜", "pier": "等船", "ferry": "坐船", "bus": "坐公交", "homestay": "住",
               "view": "看海", "camp": "露营", "temple": "烧香"}.get(PLACES[stated][1], "玩")
        body = f"{ws}{kid}在{pl}{act}，回来发现{itm}不见了。{dtx}。麻烦帮忙留意一下，谢谢！"
    elif v == "student":
        body = f"{pick(['和室友', '跟同学', '毕业旅行', '暑假和朋友'])}来东礁岛玩，{ws}在{pl}把{itm}弄丢了{pick(['😭', '呜呜', '！！', '……'])}{dtx}。有人捡到的话{pick(['拜托联系我', '求联系', '请交派出所，感谢'])}"
    elif v == "couple":
        body = f"{pick(['和女朋友', '和老公', '和男朋友', '和老婆'])}{ws}在{pl}{pick(['拍照', '看日落', '散步', '吃海鲜'])}，{itm}应该是落在那了。{dtx}。"
    elif v == "plain":
        body = f"本人于{ws}在{pl}遗失{itm}一{t['clf']}。{dtx}。望拾到者交还，必有酬谢。"
    elif v == "hurried":
        body = f"{pl}丢{itm} {ws}" + (f" {det[0]}" if det and chance(0.5) else "")
        body = typo(body, 0.8)
    elif v == "elder":
        body = f"阿拉{ws}在{pl}，{pick(['一只', '一个'])}{itm}落脱了，{pick(['勿晓得掉在啥地方', '寻来寻去寻勿着', '老早就勿见了'])}。{dtx}。{pick(['麻烦侬帮帮忙', '谢谢侬', '拜托拜托'])}"
        body = typo(body, 0.2)
    elif v == "proxy":
        hs = pick(HOMESTAYS)
        body = f"我是{name_of(hs)}的老板，帮住客{t['owner']['sur']}{pick(['先生', '女士', '小姐'])}登记：{ws}在{pl}丢了{itm}。{dtx}。客人{pick(['后天', '明天一早', '这两天'])}坐船走，有消息打民宿电话。"
    elif v == "english":
        c = COLORS[t["color"]][1]
        bb = (BRANDS[t["brand"]][1] + " ") if t["brand"] else ""
        body = f"Lost my {c} {bb}{t['noun_en']} at {pl} {ws}. " + ". ".join(det[:R.randint(0, len(det))]) + pick([". Please call me!", ". Thanks a lot.", ". I'm staying till the weekend."])
        body = body.replace("..", ".")
    else:  # pinyin
        c = COLORS[t["color"]][2]
        bb = (BRANDS[t["brand"]][2] + " ") if t["brand"] else ""
        body = f"wo {ws} zai {pl} diu le yi ge {c} de {bb}{t['noun_py']}, " + pick(["shu ru fa huai le bu hao yi si", "qing bang mang zhao yi xia xie xie", "mei you zhong wen shu ru fa"]) + (" " + item_zh if chance(0.5) else "")
    body = body.replace("。。", "。").replace("，。", "。").replace("。，", "。").replace("，，", "，").replace("。。", "。")
    if v not in ("hurried",) and chance(0.12):
        body = typo(body)
    rec["body"] = body[:600]
    rec["lost_from_min"] = lf
    rec["lost_to_min"] = lt
    return rec


# ---------------------------------------------------------------- found side
FINDERS = {"beach": ["lifeguard", "cleaner", "tourist", "tourist", "aux"], "pier": ["cleaner", "staff", "tourist", "aux"],
           "ferry": ["crew"], "bus": ["driver"], "depot": ["driver"], "homestay": ["host", "cleaner"], "market": ["vendor", "elder", "tourist"],
           "food": ["vendor", "tourist"], "street": ["elder", "tourist", "aux"], "temple": ["elder", "cleaner"], "view": ["tourist", "aux", "cleaner"],
           "camp": ["staff", "tourist"], "clinic": ["nurse"], "dive": ["staff"], "rental": ["staff"], "parking": ["staff", "aux"],
           "station": ["staff", "aux"]}


def found_where(t):
    """Where a finder registers the object: the real place, or where it ended up."""
    p = t["place"]
    if p == "bus":
        return "bus_depot", "bus"
    if p == "ferry":
        return pick(["dj_pier", "lg_pier"]), "ferry"
    if chance(0.12) and near(p, 1.2):
        return pick(near(p, 1.2)), None   # carried a little way before handing in / drifted
    return p, None


def finder_cash(a):
    if a == 0:
        return "无现金"
    return pick(["现金%d元" % a, "现金共计%d元" % a, "内有人民币%d元" % a])


def daytime(fat):
    """Nobody hands things in at 3 a.m.: move a night-time find to the next morning."""
    d = NOW - dt.timedelta(minutes=fat)
    if d.hour >= 23 or d.hour < 6:
        nxt = (d + dt.timedelta(hours=8)).replace(hour=7, minute=R.randrange(60))
        return max(0, int((NOW - nxt).total_seconds() // 60))
    return fat


def write_found(t, key, fat, force_serial=False):
    cat = t["alt_cat_found"] or t["cat"]
    fp, via = found_where(t) if "fplace" not in t else (t["fplace"], None)
    kind = "ferry" if via == "ferry" else "bus" if via == "bus" else PLACES[fp][1]
    who = pick(FINDERS.get(kind, ["tourist", "aux"]))
    if chance(0.05):
        who = "tourist_en"
    rec = {"key": key, "category": cat}
    color = color_var(t["color"], finder=True)
    fill = {"aux": 0.8, "crew": 0.6, "staff": 0.6, "nurse": 0.6}.get(who, 0.45)
    if chance(fill + 0.15) and t["cat"] not in ("id_doc", "cash"):
        rec["color"] = color
    logo = t["brand"] and (t["cat"] not in ("jewelry", "wallet", "bag") or chance(0.3))
    if logo and chance(fill):
        rec["brand"] = brand_var(t["brand"], t["cat"])
    if t["model"] and chance(fill * 0.3):
        rec["model"] = model_var(t["model"])
    sk = t["serial"]["kind"] if t["serial"] else None
    seen = {"imei": 0.25, "idno": 0.85, "card": 0.6, "student": 0.8, "passport": 0.9, "frame": 0.55, "tag": 0.85,
            "room": 0.85, "sn": 0.35, "plate": 0.0}.get(sk, 0)
    if sk == "idno" and t["cat"] == "wallet":
        seen = 0.5
    sv = serial_var(t["serial"], "finder") if sk and (chance(seen) or (force_serial and sk != "plate")) else None
    if sv and (chance(0.8) or force_serial):
        rec["serial"] = sv
    # visible only
    vis = [x[0] for x in t["vis"]]
    det = R.sample(vis, R.randint(min(1, len(vis)), len(vis)))
    if t["cat"] == "wallet":
        det.append(finder_cash(t["cash"]))
        if t.get("idp"):
            nm = t["idp"]["zh"]
            det.append("身份证一张（" + pick([nm, nm[0] + "某某", nm[0] + "*" * (len(nm) - 1)]) + "）")
        if t.get("card"):
            det.append(pick([t["card"]["bank"] + "银行卡一张", "银行卡1张，尾号" + t["card"]["tail"], "卡若干"]))
    if t["cat"] == "cash":
        det.append(pick(["清点共%d元" % t["cash"], "人民币%d元" % t["cash"], "现金%d元整" % t["cash"]]))
    if t.get("idp") and t["cat"] in ("id_doc", "other"):
        nm = t["idp"]["zh"]
        det.append(pick(["姓名" + nm, "姓名：" + nm, "持证人" + nm[0] + "某" + (nm[2:] if len(nm) > 2 else ""), "名字是" + nm]))
        if t.get("school"):
            det.append(t["school"])
    if sv and "serial" not in rec:
        det.append(pick(["号码", "编号", ""]) + sv)
    if chance(0.2):
        det.append(pick(["无法开机", "泡过水", "沾满了沙子", "有人打过电话来没接到", "外观完好", "湿的"]) if t["cat"] in ("phone", "electronics") else pick(["外观完好", "有沙子", "湿了"]))
    if chance(fill) and det:
        rec["marks"] = "；".join(det[:R.randint(1, len(det))])[:500]
    spot = pick(SPOTS.get(kind, ["地上"]))
    rec["address"] = (name_of(fp) + (spot if chance(0.4) and kind not in ("ferry", "bus") else ""))[:60] if chance(0.92) else None
    if via == "ferry":
        rec["address"] = (pick(SHIPS) + "（靠" + name_of(fp) + "后清舱）")[:60]
    if via == "bus":
        rec["address"] = pick(["环岛1路公交车", "环岛公交（总站收车时）", "环岛线公交车上"])
    if rec["address"] is None:
        del rec["address"]
    if chance(0.75 if who in ("aux", "crew", "staff", "lifeguard") else 0.45):
        rec["lat"], rec["lon"] = jitter(fp, 0.0015)
    it = (color if chance(0.6) and t["cat"] not in ("id_doc", "cash") else "") + ((brand_var(t["brand"], t["cat"]) if logo and chance(0.5) else "") + t["noun"])
    ts = tstr(fat)
    pl = name_of(fp)
    dtx = "，".join(det[:R.randint(0, len(det))])
    if via == "ferry":
        body = f"{pick(SHIPS)}，{ts}航次到港后清舱，在{spot}拾得{it}一{t['clf']}，{dtx}。已交码头值班室后送所。"
    elif via == "bus":
        body = f"环岛1路{pick(['末班车', '中午那班', '下午的车'])}收车时在{spot}发现{it}，{dtx}。不知道是哪位乘客的，司机交来。"
    elif who == "lifeguard":
        body = f"{ts}巡查时在{pl}{spot}发现{it}，周围问了一圈没人认领，先放岗亭后送来。{dtx}。"
    elif who == "cleaner":
        body = f"保洁{pick(['阿姨', '师傅'])}打扫{pl}时{pick(['捡到', '在' + spot + '捡到'])}{it}，{dtx}。{ts}交来。"
    elif who == "host":
        body = f"{pl}老板交来：客人退房以后打扫{pick(['房间', '院子', '公共厨房'])}发现{it}，{dtx}。不确定是哪一批客人的。{ts}发现。"
    elif who == "vendor":
        body = f"{pl}摊主{pick(['阿姐', '老陈', '小王'])}：{ts}在{spot}地上捡到{it}，{dtx}，等了一会没人回来找。"
    elif who == "elder":
        body = f"阿拉{tstr(fat, dialect=True)}在{pl}捡着{pick(['一只', '一个'])}{it}，{dtx}，交拨侬。"
    elif who == "aux":
        body = f"{ts}，辅警巡逻至{pl}{spot}时拾得{it}一{t['clf']}，{dtx}，现暂存所内待认领。"
    elif who == "crew":
        body = f"{ts}在船上{spot}拾得{it}，{dtx}。"
    elif who == "staff":
        body = f"{pl}工作人员{ts}在{spot}发现{it}，{dtx}，客人没回来拿，送来登记。"
    elif who == "nurse":
        body = f"卫生院护士：{ts}在{spot}发现病人落下的{it}，{dtx}。"
    elif who == "tourist_en":
        c = COLORS[t["color"]][1]
        body = f"Found a {c} {t['noun_en']} at {name_of(fp, en=True)} {tstr(fat, en=True)}. " + ". ".join(x[1] for x in t["vis"][:1]) + ". Handed in by a visitor."
    else:
        body = f"游客{pick(['路过', '散步时', '带孩子玩的时候'] + (['游泳上来'] if kind == 'beach' else []))}在{pl}{pick(['', spot])}捡到{it}，{dtx}。{pick(['留了电话', '人已经走了', '坐船前交来的'])}。"
    body = body.replace("，。", "。").replace("，，", "，").replace("。。", "。").replace("：，", "：")
    if chance(0.1):
        body = typo(body)
    rec["body"] = body[:600]
    rec["found_at_min"] = fat
    return rec


# ---------------------------------------------------------------- decoys
def decoy(anchor, lost, kind):
    """A different object that looks like the anchor's in one chosen way. Returns (truth, found_at_min)."""
    cat = anchor["cat"]
    lf = lost["lost_from_min"]
    for _ in range(60):
        d = MAKERS[cat]({"p": person(), "voice": "plain"})
        if kind in ("same_cat_color", "same_brand_far") and d.get("sub", "") != anchor.get("sub", "") and chance(0.7):
            continue
        break
    d["owner"] = person()
    if kind == "same_cat_color":
        d["color"] = anchor["color"]
        if anchor["brand"] and d["brand"] == anchor["brand"]:
            d["brand"], d["model"] = None, None
        d["place"] = pick([anchor["place"]] + near(anchor["place"]) if anchor["place"] not in ("bus", "ferry") else [anchor["place"]])
        fat = R.randint(max(0, anchor["t"] - 3000), lf)
    elif kind == "found_before_loss":
        d = json.loads(json.dumps(anchor))
        d["owner"] = person()
        reroll_private(d, cat)
        d["place"] = anchor["place"]
        fat = lf + R.randint(90, 5000)
    elif kind == "same_brand_far":
        if anchor["brand"]:
            d["brand"] = anchor["brand"]
            d["model"] = anchor["model"] if chance(0.5) else d["model"]
        if chance(0.5):
            d["color"] = anchor["color"]
        d["place"] = pick(FAR)
        d["fplace"] = d["place"]
        far_shop = "西屿电动车租赁" if d["place"].startswith("xiyu") else "澜港共享单车"
        swap = [("阿强电动车出租", far_shop), ("码头电瓶车租赁", far_shop), ("金沙湾单车租赁", far_shop)]
        swap += [(PLACES[h][4][0], "西屿渔村客栈") for h in HOMESTAYS] + [(PLACES[h][4][3], "Xiyu Inn") for h in HOMESTAYS]
        for a, b in swap:
            d["vis"] = [(x.replace(a, b), y.replace(a, b)) for x, y in d["vis"]]
        if d["fleet"]:
            d["fleet"]["shop"] = far_shop
        fat = max(0, anchor["t"] + R.choice([-1, 1]) * R.randint(1500, 9000))
    elif kind == "same_fleet_other_number":
        d = json.loads(json.dumps(anchor))
        d["owner"] = person()
        n = d["fleet"]["num"]
        if d["serial"]["kind"] == "room":
            new = n[0] + "0" + str((int(n[-1]) % 8) + 1) if chance(0.5) else str((int(n[0]) % 3) + 1) + n[1:]
        else:
            new = pick([n[::-1] if n[::-1] != n else str(int(n) + 10), str(int(n) + 1), str(int(n) + 20)])
        d["vis"] = [(a.replace(n, new), b.replace(n, new)) for a, b in d["vis"]]
        d["fleet"]["num"] = new
        if d["serial"]["kind"] in ("room", "tag"):
            d["serial"]["v"] = new
        else:
            d["serial"]["num"] = new
            d["serial"]["v"] = d["serial"]["v"][:4] + digits(len(d["serial"]["v"]) - 4)
        d["place"] = anchor["place"]
        fat = R.randint(max(0, anchor["t"] - 4000), lf)
    elif kind == "same_model_other_serial":
        d = json.loads(json.dumps(anchor))
        d["owner"] = person()
        reroll_private(d, cat)
        d["place"] = pick([anchor["place"]] + near(anchor["place"], 1.5)) if anchor["place"] not in ("bus", "ferry") else anchor["place"]
        fat = R.randint(max(0, anchor["t"] - 3000), lf)
    else:  # same_kind_other_person
        d = json.loads(json.dumps(anchor))
        d["owner"] = person()
        reroll_private(d, cat)
        d["place"] = pick([anchor["place"]] + near(anchor["place"], 1.5)) if anchor["place"] not in ("bus", "ferry") else anchor["place"]
        fat = R.randint(max(0, anchor["t"] - 3000), lf)
    if kind == "found_before_loss":
        for _ in range(6):
            f2 = daytime(fat)
            if f2 > lf:
                fat = f2
                break
            fat += 720
    else:
        fat = daytime(fat)
    d["vis"] = [tuple(x) for x in d["vis"]]
    d["hid"] = [tuple(x) for x in d["hid"]]
    d["alt_cat_found"] = None
    d["t"] = fat
    return d, fat


def reroll_private(d, cat):
    """Same look, other identity: new serial, new person, new money amount, one visible mark changed."""
    s = d.get("serial")
    if s:
        k = s["kind"]
        if k == "imei":
            s["v"] = imei()
        elif k == "idno":
            s["v"] = id_number()
        elif k == "card":
            s["v"] = {"bank": s["v"]["bank"], "bin": s["v"]["bin"], "tail": digits(4)}
            d["card"] = s["v"]
        elif k == "student":
            s["v"] = str(R.randint(2019, 2024)) + digits(6)
        elif k == "passport":
            s["v"] = pick("EKPG") + alnum(2) + digits(6)
        elif k in ("sn", "frame"):
            s["v"] = s["v"][:2] + alnum(len(s["v"]) - 2)
    if d.get("idp"):
        p = person()
        d["idp"] = dict(p, no=s["v"] if s and s["kind"] == "idno" else None)
        if d.get("card") and s and s["kind"] == "card":
            d["idp"]["no"] = id_number()
    if d.get("cash") is not None:
        d["cash"] = pick([x for x in [0, 40, 150, 270, 520, 900, 1100, 2500] if x != d["cash"]])
    if d.get("eng"):
        d["eng"] = pick(["M&K 1001", "LOVE 0214", "CJ·2021"])
        d["hid"] = [("内圈刻的是" + d["eng"], "engraving says " + d["eng"])]
    if d["vis"] and chance(0.6):
        d["vis"] = d["vis"][:-1]


NEG_FIT = {
    "same_fleet_other_number": lambda a: a["fleet"] is not None,
    "same_model_other_serial": lambda a: a["serial"] is not None and a["serial"]["kind"] in ("imei", "sn", "card", "frame") and a["cat"] != "id_doc",
    "same_kind_other_person": lambda a: a.get("idp") is not None,
    "same_brand_far": lambda a: a["brand"] is not None,
    "found_before_loss": lambda a: True,
    "same_cat_color": lambda a: True,
}


# ---------------------------------------------------------------- build
def build():
    truths = [truth_record() for _ in range(N_PAIRS + N_NULL)]
    for t in truths:
        t["alt_cat_lost"] = None
        t["alt_cat_found"] = None
    # the first N_PAIRS are handed in, the rest never turn up
    cross = 0
    for i, t in enumerate(truths[:N_PAIRS]):
        if cross < 4 and t.get("alt_ok"):
            if t["cat"] == "electronics":
                t["alt_cat_lost"] = "jewelry"   # owner files a watch under 首饰, the desk under 电子产品
            else:
                t["alt_cat_found"] = "id_doc"   # a ferry ticket with a name and ID number filed as 证件
            cross += 1
    lost_raw, found_raw = [], []
    for i, t in enumerate(truths):
        L = write_lost(t, None)
        lost_raw.append((t, L))
        if i < N_PAIRS:
            delay = wpick([(R.randint(5, 90), 4), (R.randint(90, 720), 3), (R.randint(720, 4320), 2)])
            fat = daytime(max(0, t["t"] - delay))
            F = write_found(t, None, fat)
            found_raw.append((F, i, None))
    # hard negatives, each drawn against one lost report (its anchor)
    idx_null = list(range(N_PAIRS, N_PAIRS + N_NULL))
    idx_pair = list(range(N_PAIRS))
    R.shuffle(idx_null)
    R.shuffle(idx_pair)
    anchors = idx_null[:58] + idx_pair[:62]
    anchors = anchors + anchors
    everyone = list(range(N_PAIRS + N_NULL))
    R.shuffle(everyone)
    used = {}
    for kind, n in NEG_QUOTA:
        made = 0
        pool = everyone if kind in ("same_fleet_other_number", "same_model_other_serial", "same_kind_other_person") else anchors
        for ai in pool:
            if made >= n:
                break
            if used.get(ai, 0) >= 2 or (used.get(ai, 0) >= 1 and pool is anchors and made < n // 2):
                continue
            a = truths[ai]
            if not NEG_FIT[kind](a):
                continue
            d, fat = decoy(a, lost_raw[ai][1], kind)
            F = write_found(d, None, fat, force_serial=kind in ("same_model_other_serial", "same_fleet_other_number"))
            F["negative"] = kind
            found_raw.append((F, None, ai))
            used[ai] = used.get(ai, 0) + 1
            made += 1
        while made < n:   # fall back to a colour look-alike on any anchor
            ai = pick(anchors)
            d, fat = decoy(truths[ai], lost_raw[ai][1], "same_cat_color")
            F = write_found(d, None, fat)
            F["negative"] = "same_cat_color"
            found_raw.append((F, None, ai))
            made += 1
    # keys, in shuffled order so nothing can be read from the numbering
    lo = list(range(len(lost_raw)))
    R.shuffle(lo)
    lkey = {}
    for n, i in enumerate(lo):
        lkey[i] = "%s-L%04d" % (PFX, n + 1)
    fo = list(range(len(found_raw)))
    R.shuffle(fo)
    fkey_of_truth = {}
    found = []
    for n, j in enumerate(fo):
        F, ti, _ = found_raw[j]
        k = "%s-F%04d" % (PFX, n + 1)
        F["key"] = k
        if ti is not None:
            fkey_of_truth[ti] = k
        found.append(F)
    lost = []
    for i, (t, L) in enumerate(lost_raw):
        L["key"] = lkey[i]
        L["truth"] = fkey_of_truth.get(i)
        lost.append(L)
    order = ["key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon",
             "lost_from_min", "lost_to_min", "found_at_min", "truth", "negative"]
    def tidy(r):
        return {k: r[k] for k in order if k in r}
    lost = sorted((tidy(r) for r in lost), key=lambda r: r["key"])
    found = sorted((tidy(r) for r in found), key=lambda r: r["key"])
    return {"seed": SEED, "made_by": "tests/lostfound/make_set77.py", "parts": {PART: {"found": found, "lost": lost}}}


def main():
    data = build()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set77.json")
    with open(out, "w", encoding="utf-8") as f:
        f.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    p = data["parts"][PART]
    print("wrote %s: %d lost, %d found" % (out, len(p["lost"]), len(p["found"])))


if __name__ == "__main__":
    main()
