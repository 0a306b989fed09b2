#!/usr/bin/env python3
"""Write tests/lostfound/set6.json: a labelled lost-and-found set, written blind.

World: a city-centre police station whose area holds a scenic area with tourists, a
university campus, a large hospital, a high-speed railway station with its taxi rank,
hotels, a mall and food-delivery riders. Owners write on a phone form (or a relative
writes for them); desk officers copy from what the finder hands in.

Every person, name, number, plate and place here is invented. Full ID numbers carry a
valid GB 11643 check digit; IMEIs carry a valid Luhn digit.

Deterministic: python3 make_set6.py  (standard library only, fixed seed).
set6 is a judge: nobody tunes on it.
"""
import json
import os
import random

SEED = 60612
R = random.Random(SEED)
MAX_MIN = 90 * 24 * 60 - 60          # every time within the last 90 days
N_TRUE, N_NEVER = 150, 60

# ---------------------------------------------------------------- places
# (id, lat, lon, finder's exact wording, owner's wordings, kind)
PLACES = [
    ("scenic_gate", 29.1045, 119.6480, "古婺景区南门游客中心", ["古婺景区南门", "景区南门买票那里", "古婺景区游客中心", "景区大门口"], "scenic"),
    ("scenic_pav", 29.1010, 119.6510, "古婺景区八咏亭观景台", ["八咏亭", "景区里面那个亭子观景台", "古婺景区八咏亭上面", "bayong pavilion"], "scenic"),
    ("scenic_pier", 29.0990, 119.6455, "古婺景区游船码头", ["游船码头", "景区坐船的地方", "古婺景区码头排队的时候"], "scenic"),
    ("food_street", 29.1060, 119.6420, "景区步行街(美食街)", ["美食街", "景区步行街吃东西的时候", "步行街那家臭豆腐店门口"], "scenic"),
    ("night_mkt", 29.1110, 119.6460, "解放东路夜市", ["解放东路夜市", "夜市", "解放路那个夜宵摊"], "street"),
    ("uni_lib", 29.0920, 119.6180, "城南大学图书馆三楼自习室", ["图书馆三楼", "城南大学图书馆", "图书馆自习室", "学校图书馆3楼"], "campus"),
    ("uni_canteen", 29.0935, 119.6155, "城南大学第二食堂", ["二食堂", "城南大学二食堂", "学校食堂二楼"], "campus"),
    ("uni_gym", 29.0905, 119.6210, "城南大学东区体育馆", ["东区体育馆", "学校体育馆打球的时候", "东区篮球场"], "campus"),
    ("uni_teach", 29.0945, 119.6200, "城南大学3号教学楼", ["3号教学楼", "三教", "城南大学三教301"], "campus"),
    ("hosp_hall", 29.1150, 119.6350, "市中心医院门诊大厅", ["医院门诊大厅", "市中心医院挂号的地方", "中心医院门诊一楼", "中心医院门诊缴费处"], "hospital"),
    ("hosp_ward", 29.1158, 119.6362, "市中心医院住院部8楼", ["住院部8楼", "中心医院住院部八楼病房", "住院部电梯里"], "hospital"),
    ("hosp_park", 29.1142, 119.6340, "市中心医院地面停车场", ["医院停车场", "中心医院停车场", "医院门口停车的地方"], "hospital"),
    ("hsr_wait", 29.1290, 119.6150, "城西高铁站二楼候车室", ["高铁站候车室", "城西站候车厅", "高铁站二楼等车的地方"], "rail"),
    ("hsr_taxi", 29.1282, 119.6165, "城西高铁站出租车候客区", ["高铁站打车的地方", "高铁站出租车排队那里", "城西站出租车上客点"], "rail"),
    ("hsr_gate", 29.1295, 119.6142, "城西高铁站进站安检口", ["高铁站安检", "进站安检那里", "城西站进站口"], "rail"),
    ("hotel_jc", 29.1120, 119.6290, "锦程大酒店大堂", ["锦程大酒店", "住的锦程酒店", "锦程大酒店1208房间"], "hotel"),
    ("hotel_yt", 29.1180, 119.6410, "悦途快捷酒店(人民路店)", ["悦途酒店", "人民路那个悦途快捷酒店", "悦途酒店前台"], "hotel"),
    ("mall", 29.1085, 119.6300, "和信广场三楼", ["和信广场", "和信广场三楼", "和信商场里面"], "mall"),
    ("mall_park", 29.1080, 119.6310, "和信广场地下停车场B2", ["和信广场地下车库", "和信B2停车场", "商场地下停车场"], "mall"),
    ("bus_rm", 29.1170, 119.6380, "人民路公交站", ["人民路公交站", "人民路站台", "公交站等车的时候"], "street"),
    ("square", 29.1125, 119.6330, "人民广场", ["人民广场", "广场跳舞的地方", "人民广场喷泉边上"], "street"),
    ("market", 29.1100, 119.6420, "莲花井菜市场", ["莲花井菜场", "菜市场", "莲花井菜市场门口"], "street"),
    ("river_park", 29.0980, 119.6300, "江滨公园", ["江滨公园", "江边公园跑步的时候", "江滨公园长椅上"], "street"),
    ("station", 29.1105, 119.6395, "城中派出所门口", ["派出所门口", "城中派出所旁边"], "street"),
]
PLACE = {p[0]: p for p in PLACES}
# places at the edges of the area, used for "same brand far away weeks apart"
FAR_OF = {"scenic": ["uni_gym", "hsr_gate", "uni_canteen"], "street": ["hsr_gate", "uni_gym"],
          "campus": ["scenic_pav", "hotel_yt", "night_mkt"], "hospital": ["scenic_pier", "uni_gym"],
          "rail": ["scenic_pav", "river_park", "uni_gym"], "hotel": ["uni_canteen", "hsr_gate"],
          "mall": ["hsr_gate", "scenic_pav"]}
# relative places an owner gives when they do not know where it fell
ROUTES = [
    ("轨道交通1号线往高铁站方向的车厢里", "hsr_wait"),
    ("从高铁站打车去锦程大酒店，落在出租车后座上了", "hsr_taxi"),
    ("坐21路公交从人民路到城南大学这一段", "bus_rm"),
    ("从景区南门走到美食街的路上", "food_street"),
    ("医院门诊到住院部那段连廊", "hosp_hall"),
    ("打网约车从和信广场回悦途酒店，车上", "hotel_yt"),
    ("学校里，图书馆到二食堂之间那条路", "uni_canteen"),
]

# ---------------------------------------------------------------- people
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢傅钟姜崔谭陆范汪廖石金贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤"
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平",
         "刚", "桂英", "子涵", "梓轩", "一诺", "浩然", "欣怡", "雨桐", "思远", "嘉怡", "俊杰", "诗琪", "宇航", "文博", "佳琪", "晨曦",
         "海燕", "建国", "志强", "玉兰", "凤英", "春梅", "晓东", "立新", "婉婷", "梦瑶", "博文", "天佑", "若曦", "昊天", "语嫣", "瑞"]
# homophone slips an input method produces in names (finder misreads / mistypes)
NAME_SLIP = {"伟": "玮", "芳": "方", "娜": "那", "静": "婧", "丽": "莉", "磊": "蕾", "洋": "阳", "杰": "洁", "婷": "亭", "琪": "淇",
             "涛": "滔", "明": "铭", "霞": "侠", "晨": "辰", "宇": "雨", "博": "波", "瑶": "遥", "燕": "艳", "欣": "馨", "轩": "萱"}
PINYIN_SUR = {"王": "WANG", "李": "LI", "张": "ZHANG", "刘": "LIU", "陈": "CHEN", "杨": "YANG", "黄": "HUANG", "赵": "ZHAO", "吴": "WU", "周": "ZHOU"}
FOREIGN = [("JOHN MILLER", "美国", "护照号 5618 42977"), ("ANNA SCHMIDT", "德国", "Passport C7HK29L41"),
           ("KIM MINJUN", "韩国", "여권 M71593826"), ("SOPHIE MARTIN", "法国", "Passport 19FR83562"),
           ("TANAKA YUKI", "日本", "旅券 TR4418205")]
USED_NAMES = set()


def person():
    while True:
        n = R.choice(SURNAMES) + R.choice(GIVEN)
        if n not in USED_NAMES:
            USED_NAMES.add(n)
            return n


def slip_name(n):
    for i in range(len(n) - 1, 0, -1):
        if n[i] in NAME_SLIP:
            return n[:i] + NAME_SLIP[n[i]] + n[i + 1:]
    return n


REGIONS = ["330702", "330703", "330781", "330782", "110105", "320106", "510107", "420111", "440305", "370202", "610113", "360102",
           "430104", "350203", "340104", "410105", "220102", "500103"]


def id_number():
    body = R.choice(REGIONS) + "%04d%02d%02d" % (R.randint(1950, 2006), R.randint(1, 12), R.randint(1, 28)) + "%03d" % R.randint(1, 999)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, w)) % 11]


def imei():
    d = [int(c) for c in "86" + "".join(str(R.randint(0, 9)) for _ in range(12))]
    s = 0
    for i, x in enumerate(d):
        if i % 2 == 1:
            x *= 2
            x = x - 9 if x > 9 else x
        s += x
    return "".join(map(str, d)) + str((10 - s % 10) % 10)


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def alnum(n, alpha="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alpha) for _ in range(n))


CN_DIG = "零一二三四五六七八九"
CN_DIG_VOICE = "洞幺两三四五六拐八勾"


def spoken_digits(s, voice=False):
    t = CN_DIG_VOICE if voice and R.random() < 0.4 else CN_DIG
    return "".join(t[int(c)] if c.isdigit() else c for c in s)


def money_words(n):
    units = [(1000, "千"), (100, "百"), (10, "十")]
    out, zero = "", False
    for u, w in units:
        q = n // u
        n %= u
        if q:
            if zero:
                out += "零"
            out += CN_DIG[q] + w
            zero = False
        elif out:
            zero = True
    if n:
        if zero:
            out += "零"
        out += CN_DIG[n]
    return out.replace("一十", "十") if out.startswith("一十") else out


def money_capital(n):
    cap = "零壹贰叁肆伍陆柒捌玖"
    units = [(1000, "仟"), (100, "佰"), (10, "拾")]
    out = ""
    for u, w in units:
        q = n // u
        n %= u
        if q:
            out += cap[q] + w
        elif out and n:
            out += "零" if not out.endswith("零") else ""
    if n:
        out += cap[n]
    return out + "元"


# ---------------------------------------------------------------- words
COLORS = {
    "black": (["黑色", "黑的", "深色", "哑光黑", "纯黑"], ["黑色", "黑", "深黑色", "黑灰色"]),
    "white": (["白色", "米白", "白的", "奶白色"], ["白色", "白", "乳白色", "米色"]),
    "blue": (["蓝色", "深蓝", "藏青色", "宝蓝"], ["蓝色", "深蓝色", "蓝", "藏蓝"]),
    "purple": (["紫色", "暗紫色", "淡紫", "香芋紫"], ["紫色", "紫", "浅紫色"]),
    "red": (["红色", "酒红", "大红色", "枣红"], ["红色", "暗红色", "红"]),
    "pink": (["粉色", "粉红", "樱花粉", "粉的"], ["粉色", "粉红色", "浅粉"]),
    "grey": (["灰色", "深空灰", "银灰", "铁灰"], ["灰色", "深灰", "灰"]),
    "gold": (["金色", "香槟金", "土豪金"], ["金色", "金黄色"]),
    "green": (["绿色", "墨绿", "军绿色", "薄荷绿"], ["绿色", "深绿色", "绿"]),
    "brown": (["棕色", "咖啡色", "驼色", "焦糖色"], ["棕色", "褐色", "咖色"]),
    "silver": (["银色", "银白", "星光色"], ["银色", "银白色", "白色金属"]),
    "yellow": (["黄色", "明黄", "姜黄"], ["黄色", "黄"]),
}
BRANDS = {
    # key: (owner forms, finder forms incl. misreadings)
    "apple": (["苹果", "iPhone", "苹果", "Apple", "平果", "iphone"], ["苹果", "Apple", "苹果牌", "iPhone"]),
    "huawei": (["华为", "HUAWEI", "华为", "huawei", "华伟"], ["华为", "HUAWEI", "华伟", "HUAWE1"]),
    "xiaomi": (["小米", "Xiaomi", "xiao mi", "红米"], ["小米", "MI", "Xiaomi", "小米(MI)"]),
    "oppo": (["OPPO", "oppo", "欧珀"], ["OPPO", "oppo", "0PPO"]),
    "vivo": (["vivo", "VIVO", "维沃", "vivo手机"], ["vivo", "VIVO", "viv0"]),
    "honor": (["荣耀", "HONOR", "honor", "容耀"], ["荣耀", "HONOR", "honor"]),
    "samsung": (["三星", "Samsung", "三心"], ["三星", "SAMSUNG"]),
    "coach": (["COACH", "蔻驰", "寇驰", "coach"], ["COACH", "蔻驰", "C0ACH"]),
    "lv": (["LV", "路易威登", "驴牌"], ["LV", "LOUIS VUITTON", "路易威登"]),
    "gucci": (["GUCCI", "古驰", "gucci"], ["GUCCI", "古奇"]),
    "nike": (["耐克", "Nike", "NIKE", "nike"], ["NIKE", "耐克", "勾子牌"]),
    "adidas": (["阿迪", "adidas", "阿迪达斯"], ["adidas", "阿迪达斯", "三叶草"]),
    "goldlion": (["金利来", "goldlion"], ["金利来", "GOLDLION"]),
    "septwolves": (["七匹狼", "SEPTWOLVES"], ["七匹狼", "七匹狼(SEPTWOLVES)"]),
    "samsonite": (["新秀丽", "Samsonite", "新秀丽的"], ["Samsonite", "新秀丽", "SAMSONITE"]),
    "decathlon": (["迪卡侬", "DECATHLON", "迪卡龙"], ["迪卡侬", "DECATHLON"]),
    "muji": (["无印良品", "MUJI", "无印"], ["MUJI", "无印良品"]),
    "anta": (["安踏", "ANTA"], ["安踏", "ANTA"]),
    "yadea": (["雅迪", "Yadea", "亚迪"], ["雅迪", "YADEA", "雅迪(Yadea)"]),
    "aima": (["爱玛", "AIMA", "爱马"], ["爱玛", "AIMA"]),
    "tailg": (["台铃", "TAILG", "台玲"], ["台铃", "TAILG"]),
    "niu": (["小牛", "NIU", "小牛电动"], ["小牛", "NIU", "牛"]),
    "luyuan": (["绿源", "LUYUAN", "绿原"], ["绿源", "LUYUAN"]),
    "giant": (["捷安特", "GIANT", "捷安特的"], ["GIANT", "捷安特", "GlANT"]),
    "merida": (["美利达", "MERIDA", "美丽达"], ["MERIDA", "美利达"]),
    "xds": (["喜德盛", "XDS"], ["喜德盛", "XDS"]),
    "phoenix": (["凤凰", "凤凰牌", "fenghuang"], ["凤凰", "凤凰牌"]),
    "chowtaifook": (["周大福", "CTF", "周大富"], ["周大福", "周大福(CTF)"]),
    "laofengxiang": (["老凤祥", "老凤翔"], ["老凤祥"]),
    "chowtaiseng": (["周大生", "周大声"], ["周大生"]),
    "lenovo": (["联想", "Lenovo", "拯救者", "ThinkPad"], ["联想", "Lenovo", "lenovo", "ThinkPad"]),
    "dji": (["大疆", "DJI", "dji"], ["DJI", "大疆"]),
    "canon": (["佳能", "Canon", "canon"], ["Canon", "佳能"]),
    "sony": (["索尼", "SONY", "sony"], ["SONY", "索尼"]),
    "anker": (["安克", "Anker", "anker"], ["Anker", "ANKER"]),
    "romoss": (["罗马仕", "ROMOSS", "罗马士"], ["ROMOSS", "罗马仕"]),
    "thermos": (["膳魔师", "THERMOS", "膳魔师的"], ["THERMOS", "膳魔师"]),
    "zojirushi": (["象印", "ZOJIRUSHI", "大象牌"], ["象印", "ZOJIRUSHI"]),
    "vw": (["大众", "VW", "大众的车钥匙"], ["大众", "VW", "大众车标"]),
    "toyota": (["丰田", "TOYOTA"], ["丰田", "TOYOTA"]),
    "byd": (["比亚迪", "BYD", "byd"], ["BYD", "比亚迪"]),
    "tesla": (["特斯拉", "Tesla"], ["特斯拉", "TESLA"]),
    "longines": (["浪琴", "Longines", "浪琴表"], ["LONGINES", "浪琴"]),
}


def ow_color(c):
    return R.choice(COLORS[c][0])


def fi_color(c):
    return R.choice(COLORS[c][1])


def ow_brand(b):
    return R.choice(BRANDS[b][0]) if b else ""


def fi_brand(b):
    return R.choice(BRANDS[b][1]) if b else ""


# ---------------------------------------------------------------- objects
# An object is {cat, kind (the word people use), brand, color, feats}; feats maps a
# feature type to a dict {o: owner's words, f: finder's words or None if a finder cannot
# see it, field: which optional field the words may go in}.


def F(o, f, field="marks", v=None):
    return {"o": o, "f": f, "field": field, "v": o if v is None else v}


# features that many different objects share; they never decide identity on their own
NONDISC = {"model", "style", "count", "car", "class", "stamp", "size", "sim", "login"}


def disc(obj, k):
    return k not in NONDISC


PHONE_MODELS = {
    "apple": [("iPhone 15 Pro", ["苹果15pro", "15pro", "iPhone15 Pro", "15 pro"], "iPhone 15 Pro"),
              ("iPhone 14 Pro Max", ["14pm", "苹果14pm", "14promax", "14 Pro Max"], "14 Pro Max"),
              ("iPhone 13", ["苹果13", "13", "iPhone13"], "iPhone 13"),
              ("iPhone 12", ["12", "苹果12", "iphone十二"], "iPhone 12"),
              ("iPhone 15", ["15", "苹果15", "iPhone15"], "iPhone 15")],
    "huawei": [("Mate 60 Pro", ["mate60pro", "Mate60", "mate 60 pro", "meta60"], "Mate 60 Pro"),
               ("nova 11", ["nova11", "华为nova", "诺瓦11"], "nova 11"),
               ("P60", ["P60", "p60"], "P60"), ("畅享70", ["畅享70", "畅享"], "畅享70")],
    "xiaomi": [("Redmi K70", ["红米K70", "redmi k70", "K70"], "Redmi K70"), ("小米14", ["小米14", "Mi 14", "xiaomi14"], "Xiaomi 14"),
               ("Redmi Note 13", ["红米note13", "note13"], "Redmi Note 13")],
    "oppo": [("Reno 10", ["reno10", "Reno10", "雷诺10"], "Reno10"), ("Find X7", ["findx7", "Find X7"], "Find X7"), ("A2", ["A2", "a2"], "OPPO A2")],
    "vivo": [("X100", ["x100", "X100"], "X100"), ("S18", ["s18", "S18"], "S18"), ("Y100", ["y100"], "Y100")],
    "honor": [("Magic 6", ["magic6", "魔术6"], "Magic6"), ("荣耀90", ["荣耀90", "honor 90", "90"], "荣耀90"), ("X50", ["x50", "X50"], "X50")],
    "samsung": [("Galaxy S24", ["s24", "盖乐世S24", "Galaxy S24"], "Galaxy S24")],
}
CASES = [("透明壳", "透明手机壳"), ("粉色硅胶壳", "粉色硅胶手机壳"), ("黑色皮套，带翻盖", "黑色翻盖皮套"), ("壳上贴了个小熊贴纸", "手机壳背面有小熊贴纸"),
         ("蓝色的壳，上面有星空图案", "蓝色星空图案手机壳"), ("绿色恐龙壳", "绿色卡通恐龙手机壳"), ("磨砂黑壳", "黑色磨砂壳"),
         ("壳是库洛米的", "库洛米图案手机壳"), ("金属边框壳", "金属边框保护壳"), ("没戴壳", "无手机壳"), ("带指环支架的壳", "手机壳带指环支架"),
         ("壳上有个挂绳，红色的", "带红色挂绳"), ("米白色皮质壳", "米白色皮质保护壳")]
WALLPAPERS = [("锁屏是我家橘猫", "锁屏为一只橘猫"), ("锁屏是小孩照片", "锁屏壁纸为小孩照片"), ("锁屏是雪山风景", "锁屏为雪山图片"),
              ("锁屏是我和老公合照", "锁屏为一男一女合照"), ("锁屏是海绵宝宝", "锁屏是卡通海绵宝宝"), ("锁屏是柯基", "锁屏为一只狗(柯基)"),
              ("锁屏是周杰伦", "锁屏为男明星照片"), ("锁屏是纯黑的", "锁屏黑色背景"), ("锁屏是樱花", "锁屏粉色樱花")]
DAMAGES = [("屏幕右上角碎了", "屏幕右上角有裂痕"), ("后盖有一道裂纹", "背面玻璃有裂纹"), ("屏幕贴了防窥膜", "贴有防窥膜"),
           ("左下角磕掉一块漆", "左下角掉漆"), ("摄像头那里有划痕", "镜头旁有划痕"), ("屏幕中间一条横线", "屏幕有一条横向亮线")]
IN_CASE = [("壳里夹了一张公交卡", "手机壳内夹公交卡一张"), ("壳里夹着100块钱", "壳内夹现金100元"), ("壳里有张身份证复印件", "壳内有身份证复印件一张"),
           ("壳里夹了张电影票", "壳内夹电影票根"), ("壳里放了张校园卡", "壳内夹城南大学校园卡一张")]


def pick_distinct(lst, avoid):
    c = [x for x in lst if x not in avoid]
    return R.choice(c or lst)


def mk_phone(brand=None, color=None, model=None, avoid=None):
    avoid = avoid or {}
    brand = brand or R.choice(["apple"] * 5 + ["huawei"] * 4 + ["xiaomi"] * 2 + ["oppo"] * 2 + ["vivo"] * 2 + ["honor"] * 2 + ["samsung"])
    color = color or R.choice(["black", "black", "white", "purple", "blue", "gold", "silver", "green", "pink"])
    mdl = model or R.choice(PHONE_MODELS[brand])
    feats = {}
    feats["model"] = F(R.choice(mdl[1]), R.choice(["看着像" + mdl[2], mdl[2], mdl[2] + "(背面印)"]) if R.random() < 0.5 else None, "model")
    cs = pick_distinct(CASES, avoid.get("case", []))
    feats["case"] = F(cs[0], cs[1])
    wp = pick_distinct(WALLPAPERS, avoid.get("wallpaper", []))
    feats["wallpaper"] = F(wp[0], wp[1])
    if R.random() < 0.5:
        dm = pick_distinct(DAMAGES, avoid.get("damage", []))
        feats["damage"] = F(dm[0], dm[1])
    if cs[0] != "没戴壳" and R.random() < 0.3:
        ic = pick_distinct(IN_CASE, avoid.get("in_case", []))
        feats["in_case"] = F(ic[0], ic[1])
    im = imei()
    o_im = R.choice(["IMEI " + im, "串号" + im, "IMEI号后六位" + im[-6:], "盒子上的IMEI: " + " ".join([im[:2], im[2:8], im[8:14], im[14]])])
    f_im = R.choice(["IMEI:" + im, "IMEI " + im[:8] + "-" + im[8:], "IMEI号 " + " ".join(im[i:i + 4] for i in range(0, 15, 4)), "IMEI尾号" + im[-5:]])
    feats["imei"] = F(o_im, f_im if R.random() < 0.35 else None, "serial")
    feats["sim"] = F(R.choice(["手机号尾号" + digits(4), "里面是移动的卡", "电信卡，号码尾号" + digits(4), "双卡"]), None, None)
    return {"cat": "phone", "kind": R.choice(["手机"]), "brand": brand, "color": color, "feats": feats, "_m": mdl,
            "_keys": {"case": cs, "wallpaper": wp}}


BANKS = [("工商银行", "6222"), ("农业银行", "6228"), ("建设银行", "6217"), ("中国银行", "6216"), ("招商银行", "6214"), ("浙商银行", "6223"),
         ("金华银行", "6231"), ("邮储银行", "6221")]


def card_no(prefix):
    return prefix + digits(12)


def mk_wallet(brand=None, color=None, avoid=None, owner=None):
    brand = brand if brand is not None else R.choice(["coach", "lv", "gucci", "goldlion", "septwolves", None, None, None, "muji"])
    color = color or R.choice(["black", "black", "brown", "red", "pink", "blue", "white"])
    style = R.choice([("长款", "长款钱包"), ("短款折叠的", "短款对折钱包"), ("拉链的", "拉链式钱包"), ("卡包那种小的", "卡包")])
    owner = owner or person()
    feats = {"style": F(style[0], style[1], None)}
    idn = id_number()
    feats["idcard"] = F("里面有我身份证，" + owner + ("，身份证号" + idn if R.random() < 0.4 else ""),
                        R.choice(["内有身份证一张，姓名" + owner, "内有" + owner + "的身份证", "身份证(" + owner + "，" + idn[:6] + "********" + idn[-4:] + ")"]),
                        "marks")
    bk = R.choice(BANKS)
    cn = card_no(bk[1])
    if R.random() < 0.75:
        feats["bank"] = F(R.choice([bk[0] + "卡尾号" + cn[-4:], bk[0] + "的卡，后四位" + cn[-4:], "银行卡" + bk[0] + " " + cn[-4:]]),
                          R.choice([bk[0] + "卡" + cn[:4] + " **** **** " + cn[-4:], bk[0] + "银行卡一张，尾号" + cn[-4:], bk[0] + "卡(" + cn[:6] + "******" + cn[-4:] + ")"]),
                          "serial")
    cash = R.choice([0, 50, 120, 200, 350, 500, 600, 800, 1000, 1500, 2300])
    if cash:
        exact = cash + R.choice([0, 0, 2, 5, 10, 30])
        feats["cash"] = F(R.choice(["现金大概" + str(cash) + "左右", "几百块钱，" + money_words(cash) + "多", "现金" + str(cash) + "多块", "钱不多，" + money_words(cash) + "块左右"]),
                          R.choice(["现金" + str(exact) + "元", "现金人民币" + money_capital(exact), "现金共计" + str(exact) + "元(已清点)"]), "marks")
    sp = R.choice([("有张我女儿的一寸照片", "夹有一张小孩一寸照"), ("有个平安符", "内有红色平安符"), ("里面有一把小钥匙", "内有小钥匙一把"),
                   ("有张医院的就诊卡", "市中心医院就诊卡一张"), ("有张城南大学一卡通", "城南大学一卡通一张"), ("有张理发店会员卡", "美发会员卡一张"),
                   ("拉链坏了一边", "拉链一侧损坏"), ("角上磨白了", "边角磨损发白")])
    if R.random() < 0.6 and sp[0] not in (avoid or {}).get("sp", []):
        feats["special"] = F(sp[0], sp[1])
    return {"cat": "wallet", "kind": R.choice(["钱包", "钱包", "皮夹"]), "brand": brand, "color": color, "feats": feats, "_owner": owner}


DOC_KINDS = ["身份证", "身份证", "身份证", "驾驶证", "学生证", "校园卡", "社保卡", "银行卡", "护照", "工作证", "身份证", "校园卡"]


def mk_doc(kind=None, owner=None):
    kind = kind or R.choice(DOC_KINDS)
    feats = {}
    color = None
    foreign = None
    if kind == "护照" and R.random() < 0.6:
        foreign = R.choice(FOREIGN)
        owner = foreign[0]
    owner = owner or person()
    idn = id_number()
    if kind == "身份证":
        feats["name"] = F("姓名" + owner, R.choice(["姓名：" + owner, owner + "的身份证", "持证人" + owner]), None)
        o = R.choice(["身份证号" + idn, "号码" + idn, "身份证号后四位" + idn[-4:], "号码是" + idn[:6] + "开头的"])
        f = R.choice([idn[:6] + "********" + idn[-4:], idn, idn[:3] + "***********" + idn[-4:], "证号尾号" + idn[-4:]])
        feats["num"] = F(o, f, "serial")
        if R.random() < 0.5:
            feats["holder"] = F(R.choice(["装在一个透明卡套里", "卡套是蓝色的", "和一张公交卡套在一起"]), None)
    elif kind == "驾驶证":
        feats["name"] = F("驾驶证是" + owner + "的", "姓名" + owner, None)
        feats["num"] = F("证号就是身份证号" + idn, R.choice(["证号" + idn[:6] + "********" + idn[-4:], "证号" + idn]), "serial")
        feats["class"] = F(R.choice(["C1的", "准驾C1", "B2的驾照"]), R.choice(["准驾车型C1", "C1", "准驾车型B2"]), None)
        color = "brown"
    elif kind == "学生证":
        sno = "2023" + digits(6)
        col = R.choice(["计算机学院", "医学院", "外国语学院", "经济管理学院", "土木工程学院"])
        feats["name"] = F(owner + "，城南大学" + col, "城南大学学生证，姓名" + owner, None)
        feats["num"] = F("学号" + sno, R.choice(["学号" + sno, "学号：" + sno[:4] + "-" + sno[4:], "学号尾号" + sno[-4:]]), "serial")
        color = R.choice(["red", "blue"])
    elif kind == "校园卡":
        sno = "2022" + digits(6)
        feats["name"] = F(R.choice(["一卡通，名字" + owner, "校园卡上名字" + owner]), R.choice(["城南大学校园卡，姓名" + owner, "一卡通(" + owner + ")"]), None)
        feats["num"] = F(R.choice(["卡号" + sno, "学号" + sno]), R.choice(["卡号" + sno, "NO." + sno]), "serial")
        feats["sleeve"] = F(R.choice(["卡套是皮卡丘的", "挂了根蓝色挂绳", "套在透明卡套里"]), None)
        color = "blue"
    elif kind == "社保卡":
        feats["name"] = F("社保卡，" + owner + "的", "社会保障卡，姓名" + owner, None)
        feats["num"] = F("社会保障号码就是身份证号" + idn, R.choice(["社会保障号码" + idn[:6] + "********" + idn[-4:], "号码" + idn]), "serial")
        feats["who"] = F(R.choice(["是我爸的，来医院看病带的", "帮我奶奶登记的", "看病用的那张"]), None)
    elif kind == "银行卡":
        bk = R.choice(BANKS)
        cn = card_no(bk[1])
        feats["name"] = F(bk[0] + "卡，户名" + owner, bk[0] + "卡" + (" 持卡人" + owner if R.random() < 0.5 else " 背面签名" + owner), None)
        feats["num"] = F(R.choice(["卡号尾号" + cn[-4:], "后四位" + cn[-4:], "卡号" + cn]),
                         R.choice([" ".join(cn[i:i + 4] for i in range(0, 16, 4)), cn[:4] + "********" + cn[-4:], "尾号" + cn[-4:]]), "serial")
    elif kind == "护照":
        if foreign:
            feats["name"] = F("My passport, name " + owner + "，" + foreign[1] + "人", "护照，姓名" + owner + "(" + foreign[1] + ")", None)
            feats["num"] = F(foreign[2], foreign[2].split(" ", 1)[1].replace(" ", ""), "serial")
        else:
            pn = "E" + digits(8)
            py = "/" + PINYIN_SUR[owner[0]] if owner[0] in PINYIN_SUR else ""
            feats["name"] = F("护照，" + owner, R.choice(["中华人民共和国护照，姓名" + owner + py, "护照一本，" + owner]), None)
            feats["num"] = F("护照号" + pn, R.choice(["护照号" + pn, "No." + pn]), "serial")
        color = "red" if not foreign else R.choice(["blue", "red", "brown"])
    else:  # 工作证
        unit = R.choice(["市中心医院", "城南大学", "锦程大酒店", "和信广场物业"])
        wno = digits(5)
        feats["name"] = F(unit + "的工作证，" + owner, unit + "工作证，姓名" + owner, None)
        feats["num"] = F("工号" + wno, R.choice(["工号" + wno, "No." + wno]), "serial")
        feats["lanyard"] = F(R.choice(["挂着红色挂绳", "带伸缩卡扣"]), None)
    return {"cat": "id_doc", "kind": kind, "brand": None, "color": color, "feats": feats, "_owner": owner}


KEY_FOBS = [("金色家园的门禁卡，蓝色圆扣", "蓝色门禁扣(金色家园)"), ("门禁卡是红色的", "红色门禁卡扣"), ("有个小区的门禁卡，写着5幢", "门禁卡上写5幢"),
            ("挂了个皮卡丘玩偶", "皮卡丘挂件"), ("挂了个小熊玩偶，粉色的", "粉色小熊挂件"), ("有个平安符挂件", "红色平安符挂件"),
            ("钥匙圈上有个开瓶器", "带开瓶器钥匙圈"), ("挂了个迷你手电筒", "带小手电筒"), ("有个写着'福'字的木牌", "木质'福'字挂牌")]


def mk_keys(brand=None, color=None, avoid=None):
    avoid = avoid or {}
    brand = brand if brand is not None else R.choice(["vw", "toyota", "byd", "tesla", None, None, None, "yadea", "aima"])
    color = color or R.choice(["black", "silver", "pink", "red", "blue"])
    n = R.randint(2, 6)
    feats = {}
    feats["count"] = F(R.choice(["一串钥匙，" + str(n) + "把", "大概" + CN_DIG[n] + "把钥匙", str(n) + "把钥匙"]), R.choice(["钥匙" + str(n) + "把", "钥匙一串(" + str(n) + "把)", "共" + CN_DIG[n] + "把钥匙"]), None)
    fob = pick_distinct(KEY_FOBS, avoid.get("fob", []))
    feats["fob"] = F(fob[0], fob[1])
    if brand in ("vw", "toyota", "byd", "tesla"):
        feats["car"] = F(R.choice(["有个车钥匙", "车钥匙也在上面", "汽车遥控钥匙"]) + "，" + ow_brand(brand) + "的", fi_brand(brand) + "汽车遥控钥匙一把", None)
    elif brand:
        feats["car"] = F("电动车钥匙，" + ow_brand(brand) + "的", fi_brand(brand) + "电动车钥匙", None)
    if R.random() < 0.4:
        lk = R.choice([("有把防盗门钥匙是王力牌的", "王力防盗门钥匙"), ("有把信箱小钥匙", "信箱小钥匙一把"), ("有把是带胶套的，绿色", "一把钥匙带绿色胶套")])
        feats["extra"] = F(lk[0], lk[1])
    return {"cat": "keys", "kind": "钥匙", "brand": brand, "color": color, "feats": feats, "_keys": {"fob": fob}}


BAG_KINDS = [("双肩包", "双肩背包"), ("斜挎包", "斜挎包"), ("手提包", "女士手提包"), ("行李箱", "拉杆箱"), ("帆布袋", "帆布包"), ("电脑包", "电脑包"), ("腰包", "腰包")]
BAG_CONTENTS = [("里面有笔记本电脑", "内有笔记本电脑一台"), ("有几件换洗衣服", "内有衣物若干"), ("病历本和CT片子", "内有病历本及CT片"),
                ("高数课本，写了名字", "内有高等数学教材(扉页有名字)"), ("充电宝和数据线", "内有充电宝、数据线"), ("一把折叠伞", "内有折叠伞一把"),
                ("化妆包", "内有化妆品包"), ("药，降压药", "内有药品(降压药)"), ("保温杯", "内有保温杯一个"), ("一个相机", "内有相机一台"),
                ("小孩的尿不湿和奶瓶", "内有尿不湿、奶瓶"), ("几包景区买的特产", "内有特产若干")]
BAG_MARKS = [("拉链上挂了个小黄鸭", "拉链挂小黄鸭挂件"), ("侧袋有个破洞", "侧袋破损"), ("包带打了个结", "背带打结"), ("行李牌写着名字", "挂有行李牌"),
             ("有个蓝色丝巾系在把手上", "把手系蓝色丝巾"), ("贴了托运条", "贴有托运标签"), ("上面别着很多徽章", "包上有多个徽章")]


def mk_bag(brand=None, color=None, kind=None, avoid=None):
    avoid = avoid or {}
    brand = brand if brand is not None else R.choice(["nike", "adidas", "coach", "lv", "samsonite", "decathlon", "muji", "anta", None, None, "xiaomi"])
    color = color or R.choice(["black", "black", "grey", "blue", "brown", "pink", "white", "green"])
    kind = kind or R.choice(BAG_KINDS)
    feats = {}
    cs = R.sample([c for c in BAG_CONTENTS if c not in avoid.get("contents", [])], 2)
    feats["content"] = F(cs[0][0], cs[0][1])
    feats["content2"] = F(cs[1][0], cs[1][1])
    mk = pick_distinct(BAG_MARKS, avoid.get("mark", []))
    feats["mark"] = F(mk[0], mk[1])
    if mk[0] == "行李牌写着名字" or R.random() < 0.3:
        nm = person()
        feats["tag"] = F("名字是" + nm, "行李牌/名签：" + nm, None)
    return {"cat": "bag", "kind": kind[0], "_fk": kind[1], "brand": brand, "color": color, "feats": feats, "_keys": {"contents": cs, "mark": mk}}


def plate():
    return R.choice(["金华", "婺城"]) + " " + R.choice("ABCDE") + digits(5)


def mk_ebike(brand=None, color=None):
    brand = brand or R.choice(["yadea", "aima", "tailg", "niu", "luyuan"])
    color = color or R.choice(["white", "black", "blue", "red", "grey", "pink"])
    pl = plate()
    fr = alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(2) + alnum(2) + digits(7)
    feats = {"plate": F(R.choice(["车牌" + pl, "牌照" + pl.replace(" ", ""), "车牌号" + pl]), R.choice(["号牌" + pl, "车牌：" + pl.replace(" ", "·"), "牌照" + pl]), "serial"),
             "frame": F(R.choice(["车架号" + fr, "车架号后几位" + fr[-6:], "车架号" + fr[:4] + "..." + fr[-4:]]), R.choice(["车架号" + fr, "车架号 " + "-".join([fr[:5], fr[5:10], fr[10:]]), "车架号:" + fr.lower()]), "serial")}
    mk = R.choice([("后面装了个后备箱", "带后备箱"), ("前面有车篮", "前置车篮"), ("装了挡风被，格子的", "格子挡风被"), ("后座有儿童座椅", "后座加装儿童座椅"),
                   ("左边反光镜断了", "左后视镜断裂"), ("坐垫有破口用胶带贴着", "坐垫破损贴胶带")])
    feats["mark"] = F(mk[0], mk[1])
    return {"cat": "ebike", "kind": R.choice(["电动车", "电瓶车", "电动自行车"]), "brand": brand, "color": color, "feats": feats}


def mk_bicycle(brand=None, color=None):
    brand = brand or R.choice(["giant", "merida", "xds", "phoenix", "decathlon"])
    color = color or R.choice(["black", "white", "blue", "red", "grey", "yellow"])
    fr = alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(8)
    feats = {"frame": F(R.choice(["车架号" + fr, "钢印号" + fr[-5:] + "结尾"]), R.choice(["车架钢印" + fr, "五通下钢印 " + fr[:2] + " " + fr[2:]]), "serial") if R.random() < 0.7 else F("", None, None)}
    mk = R.choice([("车筐是后装的白色塑料筐", "白色塑料车筐"), ("车把上缠了黑胶带", "车把缠黑色胶带"), ("有个U型锁挂在车上", "车上挂U型锁"),
                   ("后座贴了城南大学停车证", "后挡泥板贴城南大学停车证"), ("前轮没气了", "前胎瘪"), ("变速器是禧玛诺的", "禧玛诺变速")])
    feats["mark"] = F(mk[0], mk[1])
    if not feats["frame"]["o"]:
        del feats["frame"]
        mk2 = R.choice([("车座是红色的", "红色车座"), ("后面有货架", "带后货架")])
        feats["mark2"] = F(mk2[0], mk2[1])
    return {"cat": "bicycle", "kind": R.choice(["自行车", "单车", "山地车"]), "brand": brand, "color": color, "feats": feats}


def mk_cash(color=None):
    amt = R.choice([800, 1000, 1200, 2000, 2600, 3000, 5000, 6800, 450, 1500])
    env = R.choice([("装在红包里", "红包装", "red"), ("银行的纸袋子装着", "银行信封装", "white"), ("用橡皮筋扎着", "橡皮筋捆扎", None),
                    ("牛皮纸信封装的", "牛皮纸信封", "brown")])
    color = color or env[2]
    feats = {"amount": F(R.choice(["现金" + str(amt) + "元", money_words(amt) + "块钱", "大概" + money_words(amt) + "块", str(amt) + "块现金"]),
                         R.choice(["现金" + str(amt) + "元", "人民币" + money_capital(amt) + "(" + str(amt) + "元)", "百元钞" + str(amt // 100) + "张" if amt % 100 == 0 else "现金" + str(amt) + "元"]), "marks", amt),
             "env": F(env[0], env[1])}
    if R.random() < 0.5:
        ex = R.choice([("里面还有取款凭条", "附取款凭条一张(" + R.choice(BANKS)[0] + ")"), ("信封上写了'房租'", "信封上写有'房租'二字"),
                       ("是给医院交住院费的", None), ("红包上写着'新婚快乐'", "红包印有'新婚快乐'")])
        feats["extra"] = F(ex[0], ex[1])
    return {"cat": "cash", "kind": "现金", "brand": None, "color": color, "feats": feats}


JEWEL = [("金项链", "黄金项链", "gold"), ("金手镯", "黄金手镯", "gold"), ("玉镯子", "玉手镯", "green"), ("钻戒", "戒指(带钻)", "silver"),
         ("金耳环", "黄色金属耳环", "gold"), ("手表", "手表", "silver"), ("银手链", "白色金属手链", "silver"), ("珍珠项链", "珍珠项链", "white")]


def mk_jewelry(kind=None, brand=None):
    k = kind or R.choice(JEWEL)
    if k[0] == "手表":
        brand = brand or "longines"
    elif k[0] in ("金项链", "金手镯", "钻戒", "金耳环"):
        brand = brand if brand is not None else R.choice(["chowtaifook", "laofengxiang", "chowtaiseng", None])
    else:
        brand = None
    feats = {}
    if k[0] == "钻戒":
        a, b = R.sample("LWZCHYMSJX", 2)
        d = "20%02d.%d.%d" % (R.randint(12, 24), R.randint(1, 12), R.randint(1, 28))
        feats["engrave"] = F("戒圈里刻了" + a + "&" + b + " " + d, R.choice(["内圈刻字'" + a + "&" + b + " " + d + "'", "内圈刻" + a + "&" + b]))
    elif k[0] == "手表":
        feats["engrave"] = F("表盘" + R.choice(["白色", "黑色", "蓝色"]) + "，钢带的", "钢表带", None)
        sn = digits(8)
        feats["sn"] = F("后盖编号" + sn, "后盖刻号" + sn, "serial")
    elif k[0] in ("金项链", "金手镯"):
        g = R.choice([8, 12, 15, 20, 25, 32])
        feats["weight"] = F("大概" + str(g) + "克", "称重约" + str(g + R.choice([0, 0.5, -0.4])) + "g", None)
        pend = R.choice([("吊坠是个小葫芦", "带葫芦吊坠"), ("有个'福'字吊坠", "福字吊坠"), ("没吊坠，绞丝的", "绞丝款"), ("生肖兔吊坠", "兔子吊坠")])
        feats["pend"] = F(pend[0], pend[1])
        feats["stamp"] = F("足金的", R.choice(["印记'足金999'", "标记AU999"]), None)
    elif k[0] == "玉镯子":
        feats["pend"] = F(R.choice(["有一点绿色飘花", "镯子上有一条白色棉絮纹"]), R.choice(["有绿色飘花", "有白色絮状纹"]))
        feats["size"] = F("圈口56", "内径约5.6cm", None)
    else:
        pend = R.choice([("一对，一只搭扣松了", "一只搭扣松动"), ("上面有个小铃铛", "带小铃铛"), ("中间一颗大的珠子", "中间一颗较大珠子"), ("有个爱心吊坠", "心形吊坠")])
        feats["pend"] = F(pend[0], pend[1])
    return {"cat": "jewelry", "kind": k[0], "_fk": k[1], "brand": brand, "color": k[2], "feats": feats}


ELEC = [("AirPods", "apple", "蓝牙耳机盒", None), ("笔记本电脑", "lenovo", "笔记本电脑", None), ("MacBook", "apple", "笔记本电脑", None),
        ("充电宝", "xiaomi", "充电宝", None), ("充电宝", "anker", "充电宝", None), ("充电宝", "romoss", "充电宝", None), ("iPad", "apple", "平板电脑", None),
        ("相机", "canon", "相机", None), ("相机", "sony", "相机", None), ("口袋相机", "dji", "手持云台相机", None), ("手表", "huawei", "智能手表", None),
        ("平板", "huawei", "平板电脑", None), ("蓝牙耳机", "huawei", "无线耳机", None)]


def mk_elec(kind=None, brand=None, color=None, avoid=None):
    avoid = avoid or {}
    e = kind or R.choice(ELEC)
    brand = brand or e[1]
    color = color or ("white" if e[0] in ("AirPods",) else R.choice(["black", "grey", "silver", "white", "blue"]))
    feats = {}
    sn = alnum(R.choice([10, 12]))
    feats["sn"] = F(R.choice(["序列号" + sn, "SN " + sn, "序列号后四位" + sn[-4:]]), R.choice(["SN:" + sn, "S/N " + sn[:4] + "-" + sn[4:], "序列号" + sn.replace("0", "O", 1)]), "serial")
    mk = pick_distinct([("盖子上贴了很多贴纸", "外壳贴满贴纸"), ("套了个蓝色保护套", "蓝色保护套"), ("有个挂绳", "带挂绳"), ("刻了名字拼音" + alnum(2, "ABCDEFGHJKLMNPQRSTWXYZ"), "刻有字母"),
                        ("一角磕瘪了", "一角凹陷"), ("外壳上写了学号", "外壳手写数字"), ("有个小恐龙贴纸", "恐龙贴纸"), ("套了个透明壳，发黄了", "透明壳发黄")], avoid.get("mark", []))
    if mk[0].startswith("刻了名字拼音"):
        mk = (mk[0], "刻有字母'" + mk[0][-2:] + "'")
    feats["mark"] = F(mk[0], mk[1])
    if e[0] in ("笔记本电脑", "MacBook"):
        feats["login"] = F("开机是" + R.choice(["我名字", "学号", "一个猫的头像"]), None, None)
        mdl = R.choice(["拯救者Y7000", "ThinkPad X1", "小新Pro14"]) if brand == "lenovo" else R.choice(["MacBook Air M2", "MacBook Pro 14"])
        feats["model"] = F(mdl, mdl if R.random() < 0.5 else None, "model")
    if e[0] == "充电宝":
        cap = R.choice(["10000", "20000"])
        feats["model"] = F(cap + "毫安的", cap + "mAh", "model")
    return {"cat": "electronics", "kind": e[0], "_fk": e[2], "brand": brand, "color": color, "feats": feats, "_keys": {"mark": mk}}


OTHER = [("雨伞", None, ["black", "blue", "pink"], [("伞柄是木头的", "木质伞柄"), ("伞骨断了一根", "一根伞骨断裂"), ("上面印着锦程大酒店", "印有'锦程大酒店'字样")]),
         ("保温杯", "thermos", ["black", "pink", "silver"], [("杯底贴了名字贴", "杯底有名字贴"), ("杯子有个凹坑", "杯身有凹痕"), ("杯盖是粉色的", "粉色杯盖")]),
         ("保温杯", "zojirushi", ["white", "blue"], [("杯身刻了字'加油'", "杯身刻'加油'"), ("套了个针织杯套", "针织杯套")]),
         ("眼镜", None, ["black", "gold"], [("近视眼镜，眼镜盒是蓝色的", "蓝色眼镜盒，内有近视镜"), ("镜腿有点歪", "镜腿弯曲")]),
         ("病历袋", None, ["white", "blue"], [("里面是我妈的片子和病历，名字", "内有CT片及病历，患者"), ]),
         ("玩具", None, ["yellow", "pink", "brown"], [("小孩的奥特曼，少了一只手", "奥特曼玩偶(缺一只手)"), ("毛绒兔子，耳朵有缝过", "毛绒兔，耳朵有缝补")]),
         ("拐杖", None, ["silver", "brown"], [("四脚拐杖，底下有一个脚套掉了", "四脚拐杖，一只脚套缺失"), ("木头拐杖，手柄缠了布", "木拐杖手柄缠布")])]


def mk_other(kind=None, color=None, avoid=None):
    o = kind or R.choice(OTHER)
    brand = o[1]
    color = color or R.choice(o[2])
    feats = {}
    mk = pick_distinct(o[3], (avoid or {}).get("mark", []))
    if o[0] == "病历袋":
        nm = person()
        mk = (mk[0] + nm, mk[1] + nm)
    feats["mark"] = F(mk[0], mk[1])
    return {"cat": "other", "kind": o[0], "brand": brand, "color": color, "feats": feats, "_o": o, "_keys": {"mark": mk}}


MAKERS = {"phone": mk_phone, "wallet": mk_wallet, "id_doc": mk_doc, "keys": mk_keys, "bag": mk_bag, "ebike": mk_ebike,
          "bicycle": mk_bicycle, "cash": mk_cash, "jewelry": mk_jewelry, "electronics": mk_elec, "other": mk_other}


def twin_of(obj):
    """Same category, colour and brand; another object (other marks, serial, name, model)."""
    c = obj["cat"]
    for _ in range(50):
        if c == "phone":
            mdl = obj["_m"] if R.random() < 0.6 else None
            t = mk_phone(obj["brand"], obj["color"], mdl, avoid={"case": [obj["_keys"]["case"]], "wallpaper": [obj["_keys"]["wallpaper"]]})
        elif c == "wallet":
            t = mk_wallet(obj["brand"], obj["color"])
        elif c == "id_doc":
            t = mk_doc(obj["kind"])
            t["color"] = obj["color"]
        elif c == "keys":
            t = mk_keys(obj["brand"], obj["color"], avoid={"fob": [obj["_keys"]["fob"]]})
        elif c == "bag":
            t = mk_bag(obj["brand"], obj["color"], (obj["kind"], obj["_fk"]), avoid={"contents": obj["_keys"]["contents"], "mark": [obj["_keys"]["mark"]]})
        elif c == "ebike":
            t = mk_ebike(obj["brand"], obj["color"])
        elif c == "bicycle":
            t = mk_bicycle(obj["brand"], obj["color"])
        elif c == "cash":
            t = mk_cash(obj["color"])
        elif c == "jewelry":
            t = mk_jewelry((obj["kind"], obj["_fk"], obj["color"]), obj["brand"])
        elif c == "electronics":
            t = mk_elec((obj["kind"], obj["brand"], obj["_fk"], None), obj["brand"], obj["color"], avoid={"mark": [obj["_keys"]["mark"]]})
        else:
            t = mk_other(obj["_o"], obj["color"], avoid={"mark": [obj["_keys"]["mark"]]})
        # a twin must differ on every feature both carry
        if all(t["feats"][k]["v"] != obj["feats"][k]["v"] for k in t["feats"] if k in obj["feats"] and disc(obj, k)):
            return t
    return t


def contra_twin(obj, owner_shown):
    """A twin that visibly differs on something the owner said; None if none can be made."""
    for _ in range(30):
        t = twin_of(obj)
        if any(k in owner_shown and disc(t, k) and t["feats"][k]["f"] for k in t["feats"]):
            return t
    return None


# ---------------------------------------------------------------- text variation
HOMOPHONE = [("钱包", "前包"), ("身份证", "身份正"), ("钥匙", "要是"), ("充电宝", "冲电宝"), ("耳机", "耳几"), ("手机", "首机"),
             ("丢了", "丢啦"), ("麻烦", "麻翻"), ("图书馆", "图书管"), ("候车室", "后车室"), ("谢谢", "谢谢谢"), ("电动车", "电动扯"),
             ("在", "再"), ("的", "得"), ("已经", "以经"), ("捡到", "减到"), ("联系", "连系")]
TRAD = str.maketrans("丢钱机钥证车银门号里个这们说没还头发后电饭书图馆动杂乱广场坐时间语问题红绿蓝黄现带长张实东园进话边万卡",
                     "丟錢機鑰證車銀門號裡個這們說沒還頭髮後電飯書圖館動雜亂廣場坐時間語問題紅綠藍黃現帶長張實東園進話邊萬卡")


def homophone(s):
    cands = [(a, b) for a, b in HOMOPHONE if a in s]
    if cands:
        a, b = R.choice(cands)
        i = s.find(a)
        return s[:i] + b + s[i + len(a):]
    return s


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if ("0" <= c <= "9" or "A" <= c <= "Z" or "a" <= c <= "z") else c for c in s)


def vary(s, voice=False):
    """Typing noise a phone form collects."""
    r = R.random()
    if r < 0.18:
        s = homophone(s)
    elif r < 0.23:
        s = s.translate(TRAD)
    elif r < 0.27:
        s = fullwidth(s)
    if voice:
        s = s.replace("，", "").replace("。", "").replace("；", "")
    return s


def jitter(lat, lon, metres):
    return round(lat + R.uniform(-metres, metres) / 111000, 5), round(lon + R.uniform(-metres, metres) / 97000, 5)


# ---------------------------------------------------------------- rendering
FINDERS = {
    "scenic": ["景区保洁员", "景区工作人员", "一名游客", "景区保安", "游船码头工作人员"],
    "street": ["外卖骑手", "环卫工人", "路过群众", "巡逻辅警", "附近店主"],
    "campus": ["城南大学保卫处", "宿管阿姨", "一名学生", "图书馆管理员", "食堂员工"],
    "hospital": ["医院保安", "护士站护士", "保洁员", "导诊台工作人员", "一名陪护家属"],
    "rail": ["出租车司机", "车站工作人员", "安检员", "网约车司机", "站内保洁"],
    "hotel": ["酒店前台", "客房服务员", "外卖骑手", "酒店保安"],
    "mall": ["商场服务台", "商场保安", "保洁员", "店员"],
}
MEASURE = {"phone": "部", "wallet": "个", "id_doc": "张", "keys": "串", "bag": "个", "ebike": "辆", "bicycle": "辆", "cash": "笔",
           "jewelry": "件", "electronics": "个", "other": "个"}
OPEN_OWNER = ["", "", "", "你好，", "您好 ", "警察同志你好，", "求助！", "急！", "麻烦帮忙找一下，"]
CLOSE_OWNER = ["", "", "有捡到的麻烦联系我，谢谢", "谢谢！", "很重要，拜托了", "有消息请打电话给我", "必有重谢"]
TIME_WORDS = ["上午", "中午吃饭的时候", "下午三点多", "晚上八九点", "早上", "傍晚", "昨天晚上", "下午", "快中午的时候", "晚上十点左右"]


def owner_place(pl, route):
    if route:
        return route, False
    return R.choice(pl[4]), True


def render_owner(obj, pl, shown, style, route=None):
    """The lost report, in the owner's (or a relative's) words."""
    it = {"category": obj["cat"]}
    col = ow_color(obj["color"]) if obj["color"] else ""
    br = ow_brand(obj["brand"])
    if obj["cat"] != "phone" and br.lower() == "iphone":
        br = "苹果"
    where, precise = owner_place(pl, route)
    kind = obj["kind"]
    fe = [obj["feats"][k] for k in shown]
    ftxt = [f["o"] for f in fe if f["o"]]
    if obj["cat"] == "phone" and "model" in shown and R.random() < 0.6:
        mo = obj["feats"]["model"]["o"]
        head = col + ("" if br and mo.lower().startswith(br.lower()) else br) + mo
        ftxt = [f["o"] for k, f in zip(shown, fe) if k != "model"]
    else:
        head = col + br + kind
    voice = style == "voice"
    if style == "short":
        body = head + "一" + MEASURE[obj["cat"]] if R.random() < 0.5 else col + kind + "一" + MEASURE[obj["cat"]]
        if R.random() < 0.5:
            body = where + "丢" + body
    elif style == "voice":
        body = "那个" + R.choice(TIME_WORDS) + "我在" + where + "那边嗯把" + head + "弄丢了就是" + "然后".join(spoken_digits(t, True) for t in ftxt) + "麻烦你们帮我找一下"
    elif style == "relative":
        who = R.choice(["我妈", "我爸", "我奶奶", "我老公", "我女儿", "同学", "我爷爷"])
        body = "帮" + who + "登记一下，" + who + R.choice(TIME_WORDS) + "在" + where + "把" + head + "丢了。" + "；".join(t.replace("我身份证", "身份证") for t in ftxt) + "。" + R.choice(["本人不会用手机，留我电话", "老人家记不太清楚了", ""])
    elif style == "long":
        body = (R.choice(OPEN_OWNER) + "我是" + R.choice(["外地来旅游的", "城南大学的学生", "陪家里人来看病的", "来出差的", "本地的"]) + "，" + R.choice(TIME_WORDS) + "在" + where +
                "，当时" + R.choice(["人很多挤来挤去", "手上东西太多", "急着赶车", "带着小孩", "一直在打电话"]) + "，等" + R.choice(["到酒店", "上了车", "回到宿舍", "排完队", "结账"]) +
                "的时候才发现" + head + "不见了。" + "。".join(ftxt) + "。" + R.choice(["回去找过了没找到。", "问了旁边店里也说没看到。", "已经挂失了银行卡。", ""]) + R.choice(CLOSE_OWNER))
    elif style == "english":
        body = "Lost my " + (BRANDS[obj["brand"]][0][1] + " " if obj["brand"] else "") + {"phone": "phone", "wallet": "wallet"}.get(obj["cat"], "") + " near " + where + "。" + "，".join(ftxt) + "。please call me, thanks"
        if obj["cat"] != "phone" and obj["cat"] != "wallet":
            body = "丢失" + head + "，" + where + "。" + "，".join(ftxt) + "。Please contact me"
    else:  # wechat
        body = R.choice(OPEN_OWNER) + where + "丢了" + head + "，" + "，".join(ftxt) + "。" + R.choice(CLOSE_OWNER)
    it["body"] = vary(body, voice)
    # structured fields: only sometimes filled
    if obj["color"] and R.random() < 0.7:
        it["color"] = col or ow_color(obj["color"])
    if br and R.random() < 0.75:
        it["brand"] = br
    for k in shown:
        f = obj["feats"][k]
        if f["field"] in ("serial", "model") and f["o"] and R.random() < 0.7:
            it[f["field"]] = f["o"]
    mk = [obj["feats"][k]["o"] for k in shown if obj["feats"][k]["field"] == "marks" and obj["feats"][k]["o"]]
    if mk and R.random() < 0.6:
        it["marks"] = "；".join(mk)
    if style != "short" or R.random() < 0.7:
        it["address"] = where
    if precise and R.random() < 0.7:
        it["lat"], it["lon"] = jitter(pl[1], pl[2], 120)
    return it


def render_finder(obj, pl, shown, style):
    it = {"category": obj["cat"]}
    col = fi_color(obj["color"]) if obj["color"] else ""
    br = fi_brand(obj["brand"])
    kind = obj.get("_fk") or obj["kind"]
    fe = [obj["feats"][k]["f"] for k in shown if obj["feats"][k]["f"]]
    finder = R.choice(FINDERS.get(pl[5], FINDERS["street"]))
    where = pl[3]
    head = col + br + kind
    if style == "short":
        body = col + kind + "一" + MEASURE[obj["cat"]]
    elif style == "label":
        body = "物品：" + kind + "；颜色：" + (col or "无") + "；品牌：" + (br or "不详") + "；特征：" + ("，".join(fe) or "无") + "；拾得地点：" + where
    elif style == "rider":
        body = finder + "送来" + head + "一" + MEASURE[obj["cat"]] + "，称在" + where + R.choice(["门口", "附近", "路边", "台阶上"]) + "捡到。" + "，".join(fe) + "。已登记入库。"
    else:
        body = finder + "于" + where + R.choice(["拾得", "捡到", "发现"]) + head + "一" + MEASURE[obj["cat"]] + "，" + "，".join(fe) + "。" + R.choice(["已入库保管。", "暂存值班室。", "交阳光坐席登记。", ""])
    it["body"] = vary(body) if R.random() < 0.5 else body
    if obj["color"] and R.random() < 0.8:
        it["color"] = col or fi_color(obj["color"])
    if br and R.random() < 0.8:
        it["brand"] = br
    for k in shown:
        f = obj["feats"][k]
        if f["field"] in ("serial", "model") and f["f"] and R.random() < 0.8:
            it[f["field"]] = f["f"]
    mk = [obj["feats"][k]["f"] for k in shown if obj["feats"][k]["field"] == "marks" and obj["feats"][k]["f"]]
    if mk and R.random() < 0.75:
        it["marks"] = "；".join(mk)
    it["address"] = where
    if R.random() < 0.68:
        it["lat"], it["lon"] = jitter(pl[1], pl[2], 60)
    return it


def choose_shown(obj):
    """Which features the owner mentions and which the finder writes; they always share one."""
    ks = list(obj["feats"])
    fvis = [k for k in ks if obj["feats"][k]["f"]]
    key = R.choice([k for k in fvis if disc(obj, k)] or fvis)
    own = [key] + [k for k in ks if k != key and R.random() < 0.55]
    fin = [key] + [k for k in fvis if k != key and R.random() < 0.5]
    return [k for k in ks if k in own], [k for k in ks if k in fin]


def finder_shown_against(obj, owner_shown):
    """For a negative found item: show at least one feature the lost report named (so a careful officer sees it differs)."""
    fvis = [k for k in obj["feats"] if obj["feats"][k]["f"]]
    common = [k for k in fvis if k in owner_shown and disc(obj, k)]
    base = common if common else fvis[:1]
    return [k for k in obj["feats"] if k in base or (k in fvis and R.random() < 0.4)]


# ---------------------------------------------------------------- assemble
TRUE_MIX = {"phone": 30, "wallet": 22, "id_doc": 22, "keys": 15, "bag": 18, "ebike": 8, "bicycle": 6, "cash": 6, "jewelry": 7, "electronics": 12, "other": 4}
NEVER_MIX = {"phone": 12, "wallet": 10, "id_doc": 9, "keys": 7, "bag": 7, "ebike": 4, "bicycle": 2, "cash": 2, "jewelry": 2, "electronics": 4, "other": 1}
PLACE_BY_CAT = {"ebike": ["hosp_park", "mall_park", "market", "uni_gym", "night_mkt", "bus_rm", "river_park", "square"],
                "bicycle": ["uni_lib", "uni_canteen", "uni_gym", "uni_teach", "river_park", "square"]}
OWNER_STYLES = ["wechat"] * 10 + ["relative"] * 3 + ["long"] * 2 + ["voice"] * 2 + ["short"] * 1
FINDER_STYLES = ["desk"] * 9 + ["label"] * 4 + ["rider"] * 2 + ["short"] * 1


def pick_place(cat):
    if cat in PLACE_BY_CAT:
        return PLACE[R.choice(PLACE_BY_CAT[cat])]
    return R.choice(PLACES)


def loss_window():
    start = R.randint(3 * 24 * 60, MAX_MIN - 10)
    width = R.choice([10, 30, 60, 120, 180, 240, 360, 600, 1440, 2880])
    return start, max(0, start - width)


def main():
    found, lost = [], []
    n_true = n_never = 0
    canon = []

    def add_found(it, at, neg=None):
        it["found_at_min"] = at
        if neg:
            it["negative"] = neg
        found.append(it)
        return it

    # 1. true pairs, with near twins and before-the-loss look-alikes around some of them
    cats = [c for c, n in TRUE_MIX.items() for _ in range(n)]
    R.shuffle(cats)
    for cat in cats:
        obj = MAKERS[cat]()
        pl = pick_place(cat)
        route = None
        if cat in ("phone", "wallet", "bag", "id_doc", "electronics") and R.random() < 0.12:
            route, pid = R.choice(ROUTES)
            pl = PLACE[pid]
        frm, to = loss_window()
        lost_at = R.randint(to, frm)
        delay = R.choice([20, 45, 90, 180, 300, 600, 1440, 2880, 4320])
        fat = max(0, lost_at - R.randint(5, delay))
        oshow, fshow = choose_shown(obj)
        ostyle = R.choice(OWNER_STYLES)
        if ostyle == "english" or (pl[5] in ("scenic", "hotel") and R.random() < 0.12):
            ostyle = "english"
        fstyle = R.choice(FINDER_STYLES)
        li = render_owner(obj, pl, oshow, ostyle, route)
        li.update(lost_from_min=frm, lost_to_min=to)
        fi = render_finder(obj, pl, fshow, fstyle)
        fi = add_found(fi, fat)
        li["_f"] = fi
        canon.append((cat, obj["brand"], obj["color"], frm))
        lost.append(li)
        n_true += 1
        # hard negatives around this pair (not around very short registrations)
        if ostyle == "short" or fstyle == "short":
            continue
        r = R.random()
        if r < 0.30:       # near twin, same place, a few days around
            t = contra_twin(obj, oshow)
            if t is None:
                continue
            tp = pl if R.random() < 0.6 else pick_place(cat)
            add_found(render_finder(t, tp, finder_shown_against(t, oshow), R.choice(FINDER_STYLES[:-1])),
                      max(0, min(frm, fat + R.randint(-4320, 4320))), "twin")
        elif r < 0.45:     # the same kind of thing found before the loss began
            # a look-alike (never the very object: a careful officer would then doubt the owner's times, not the item)
            t = contra_twin(obj, oshow)
            if t is None:
                continue
            add_found(render_finder(t, pl, finder_shown_against(t, oshow), R.choice(FINDER_STYLES[:-1])),
                      min(MAX_MIN, frm + R.randint(180, 20160)), "before")
        elif r < 0.57:     # same brand, far away, weeks apart
            t = contra_twin(obj, oshow)
            if t is None:
                continue
            fp = PLACE[R.choice(FAR_OF.get(pl[5], ["hsr_gate"]))]
            at = frm + R.choice([-1, 1]) * R.randint(14 * 1440, 40 * 1440)
            add_found(render_finder(t, fp, finder_shown_against(t, oshow), R.choice(FINDER_STYLES[:-1])), max(0, min(MAX_MIN, at)), "far")

    # 2. lost reports whose thing never turns up; some with tempting decoys close by
    cats = [c for c, n in NEVER_MIX.items() for _ in range(n)]
    R.shuffle(cats)
    for i, cat in enumerate(cats):
        obj = MAKERS[cat]()
        pl = pick_place(cat)
        frm, to = loss_window()
        oshow = choose_shown(obj)[0]
        li = render_owner(obj, pl, oshow, R.choice(OWNER_STYLES[:-1]))
        li.update(lost_from_min=frm, lost_to_min=to, truth=None)
        lost.append(li)
        n_never += 1
        canon.append((cat, obj["brand"], obj["color"], frm))
        t = contra_twin(obj, oshow) if i % 3 != 2 else None
        if t:             # two in three get a decoy: same category, colour, brand, same place, within days
            add_found(render_finder(t, pl, finder_shown_against(t, oshow), R.choice(FINDER_STYLES[:-1])),
                      max(0, frm - R.randint(30, 4320)), "decoy")

    # 3. unclaimed things of every category, anywhere, any time
    n_neg = sum(1 for f in found if f.get("negative"))
    target_unclaimed = max(30, 150 - n_neg)
    allcats = list(MAKERS)
    i = 0
    while i < target_unclaimed:
        cat = allcats[i % len(allcats)] if i < 22 else R.choice(["phone", "wallet", "id_doc", "keys", "bag", "electronics", "other", "cash"])
        obj = MAKERS[cat]()
        at = R.randint(0, MAX_MIN)
        # nothing unclaimed may look like a lost report's thing turning up soon after its loss
        if any(c == cat and b == obj["brand"] and co == obj["color"] and 0 <= frm - at <= 30 * 1440 for c, b, co, frm in canon):
            continue
        i += 1
        pl = pick_place(cat)
        fshow = [k for k in obj["feats"] if obj["feats"][k]["f"] and R.random() < 0.6] or [k for k in obj["feats"] if obj["feats"][k]["f"]][:1]
        add_found(render_finder(obj, pl, fshow, R.choice(FINDER_STYLES)), at, "unclaimed")

    # keys, in a shuffled order so nothing follows from position
    R.shuffle(found)
    R.shuffle(lost)
    for i, f in enumerate(found):
        f["key"] = "U-F%04d" % (i + 1)
    out_lost = []
    for i, li in enumerate(lost):
        li["key"] = "U-L%04d" % (i + 1)
        if "_f" in li:
            li["truth"] = li.pop("_f")["key"]
        out_lost.append(li)

    order_f = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "found_at_min", "negative"]
    order_l = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "lost_from_min", "lost_to_min", "truth"]
    doc = {"seed": SEED, "made_by": "tests/lostfound/make_set6.py",
           "parts": {"set6": {"found": [{k: f[k] for k in order_f if k in f} for f in found],
                              "lost": [{k: li[k] for k in order_l if k in li} for li in out_lost]}}}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set6.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    negs = {}
    for f in found:
        negs[f.get("negative", "true")] = negs.get(f.get("negative", "true"), 0) + 1
    print("set6: %d lost (%d with a true match, %d never found), %d found %s" % (len(lost), n_true, n_never, len(found), negs))


if __name__ == "__main__":
    main()
