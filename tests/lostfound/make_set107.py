#!/usr/bin/python3
"""Blind lost-and-found set 107: a trade-fair exhibition district in a Guangzhou-style city, October.

Writes set107.json beside this file. Standard library only, one random.Random(SEED); every draw is
made from lists in a fixed order, so the output is byte-identical on every run and under any
PYTHONHASHSEED.

Every object is first drawn as a hidden truth record (what it is, what is visible on it, what only
its owner knows, where and when it was really lost, where and when it was picked up). The lost
report is then written from the owner's side and the found registration from the finder's side,
each in its own voice and each knowing only what that person could know. Hard negatives are
further objects drawn as variations of a lost report's object and registered only as found items.
"""
import datetime
import json
import math
import os

import random

SEED = 1070709
PFX = "S107"
PART = "set107"
N_PAIRS = 150
N_ABSENT = 90
NEG_PLAN = [("near_twin", 28), ("found_before_loss", 22), ("same_cat_color", 24),
            ("same_brand_far", 20), ("serial_near_miss", 14), ("same_place_other_color", 12)]

R = random.Random(SEED)

BASE = datetime.datetime(2025, 10, 1, 0, 0)
NOW = datetime.datetime(2025, 11, 8, 9, 0)
NOW_MIN = int((NOW - BASE).total_seconds() // 60)
FAIR_DAYS = [15, 16, 17, 18, 19, 23, 24, 25, 26, 27, 31, 32, 33, 34, 35]  # day-of-October (32 = Nov 1)
TYPHOON_DAY = 24  # typhoon rain on the evening of Oct 24


def ch(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


# ----------------------------------------------------------------------------- numbers

def luhn_check(d14):
    total = 0
    for i, c in enumerate(reversed(d14)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def make_imei():
    body = ch(["86", "35", "86", "35", "49"]) + digits(12)
    return body + luhn_check(body)


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(s17):
    return ID_C[sum(int(a) * b for a, b in zip(s17, ID_W)) % 11]


AREAS = ["440103", "440104", "440105", "440106", "440111", "440112", "440113", "440183",
         "441900", "440604", "445102", "440981", "450103", "430102", "360102", "350203", "420106"]


def make_id(local=True, y0=1958, y1=2006):
    area = ch(AREAS[:8]) if local else ch(AREAS)
    d = datetime.date(R.randrange(y0, y1), 1, 1) + datetime.timedelta(days=R.randrange(365))
    s17 = area + d.strftime("%Y%m%d") + digits(3)
    return s17 + id_check(s17)


BANKS = [("招商银行", "招行", "622588"), ("工商银行", "工行", "622202"), ("建设银行", "建行", "621700"),
         ("中国银行", "中行", "621661"), ("农业银行", "农行", "622848"), ("广发银行", "广发", "622568"),
         ("邮储银行", "邮储", "621799")]
FOREIGN_CARDS = [("Visa", "4"), ("Mastercard", "5"), ("Visa", "4")]


# ----------------------------------------------------------------------------- vocabulary

COLORS = {
    "black": {"zh": ["黑色", "黑", "深色", "哑光黑", "曜石黑", "亮黑色", "黑色的"], "en": ["black", "Black", "dark", "matte black", "blak"],
              "fam": "dark"},
    "white": {"zh": ["白色", "白", "珍珠白", "白色的", "雪白"], "en": ["white", "White", "pearl white"], "fam": "light"},
    "silver": {"zh": ["银色", "银白色", "亮银", "钛银色", "银"], "en": ["silver", "Silver", "silver grey"], "fam": "light"},
    "gold": {"zh": ["金色", "香槟金", "金", "土豪金"], "en": ["gold", "Gold", "champagne gold"], "fam": "warm"},
    "blue": {"zh": ["蓝色", "深蓝", "宝蓝色", "藏青色", "蓝", "海军蓝"], "en": ["blue", "navy", "dark blue", "Blue"], "fam": "cool"},
    "red": {"zh": ["红色", "酒红色", "枣红", "大红色", "红"], "en": ["red", "wine red", "Red", "maroon"], "fam": "warm"},
    "green": {"zh": ["绿色", "墨绿色", "军绿", "翠绿", "绿"], "en": ["green", "dark green", "olive", "Green"], "fam": "cool"},
    "brown": {"zh": ["棕色", "咖啡色", "啡色", "褐色", "浅棕"], "en": ["brown", "Brown", "dark brown", "tan"], "fam": "warm"},
    "grey": {"zh": ["灰色", "深灰", "太空灰", "钛灰色", "灰"], "en": ["grey", "gray", "space grey", "Grey"], "fam": "dark"},
    "pink": {"zh": ["粉色", "粉红色", "樱花粉", "浅粉", "粉"], "en": ["pink", "Pink", "rose pink"], "fam": "warm"},
    "purple": {"zh": ["紫色", "淡紫色", "紫", "薰衣草紫"], "en": ["purple", "violet", "lilac"], "fam": "cool"},
    "orange": {"zh": ["橙色", "橘色", "橙"], "en": ["orange", "Orange"], "fam": "warm"},
    "yellow": {"zh": ["黄色", "鹅黄", "黄"], "en": ["yellow", "Yellow"], "fam": "warm"},
    "beige": {"zh": ["米色", "卡其色", "杏色", "米白"], "en": ["beige", "khaki", "cream"], "fam": "light"},
}
COLOR_KEYS = sorted(COLORS)

BRANDS = {
    "huawei": {"zh": ["华为", "华为", "華為"], "en": ["HUAWEI", "Huawei", "huawei"], "typo": ["华伟", "Huawai", "Hua wei"]},
    "apple": {"zh": ["苹果", "苹果"], "en": ["Apple", "iPhone", "apple", "Iphone"], "typo": ["平果", "爱疯", "Aplle"]},
    "xiaomi": {"zh": ["小米"], "en": ["Xiaomi", "MI", "xiaomi"], "typo": ["小咪", "Xiomi"]},
    "samsung": {"zh": ["三星"], "en": ["Samsung", "SAMSUNG"], "typo": ["Samsumg", "Sam sung", "三生"]},
    "oppo": {"zh": ["OPPO", "欧珀"], "en": ["OPPO", "oppo", "Oppo"], "typo": ["0PPO"]},
    "vivo": {"zh": ["vivo", "维沃"], "en": ["vivo", "VIVO", "Vivo"], "typo": ["viov"]},
    "honor": {"zh": ["荣耀"], "en": ["HONOR", "Honor"], "typo": ["荣曜", "Honour"]},
    "tecno": {"zh": ["传音TECNO", "传音"], "en": ["TECNO", "Tecno"], "typo": ["Tekno", "Techno"]},
    "infinix": {"zh": ["传音Infinix", "英菲尼克斯"], "en": ["Infinix", "INFINIX"], "typo": ["Infinex"]},
    "lenovo": {"zh": ["联想"], "en": ["Lenovo", "ThinkPad", "lenovo"], "typo": ["联像", "Lenova"]},
    "canon": {"zh": ["佳能"], "en": ["Canon", "CANON"], "typo": ["Cannon"]},
    "sony": {"zh": ["索尼"], "en": ["Sony", "SONY"], "typo": ["Sonny"]},
    "anker": {"zh": ["安克"], "en": ["Anker", "ANKER"], "typo": ["Anchor"]},
    "iflytek": {"zh": ["讯飞", "科大讯飞"], "en": ["iFLYTEK", "iFlytek"], "typo": ["迅飞"]},
    "samsonite": {"zh": ["新秀丽"], "en": ["Samsonite", "SAMSONITE"], "typo": ["Samsonit", "新秀莉"]},
    "nike": {"zh": ["耐克"], "en": ["Nike", "NIKE"], "typo": ["Nkie"]},
    "adidas": {"zh": ["阿迪达斯", "阿迪"], "en": ["Adidas", "adidas"], "typo": ["Addidas"]},
    "coach": {"zh": ["蔻驰"], "en": ["COACH", "Coach"], "typo": ["Couch"]},
    "goldlion": {"zh": ["金利来"], "en": ["Goldlion"], "typo": ["金利莱"]},
    "septwolves": {"zh": ["七匹狼"], "en": ["SEPTWOLVES"], "typo": ["7匹狼"]},
    "yadea": {"zh": ["雅迪"], "en": ["Yadea", "YADEA"], "typo": ["雅笛", "Yadi"]},
    "aima": {"zh": ["爱玛"], "en": ["AIMA", "Aima"], "typo": ["爱马"]},
    "tailg": {"zh": ["台铃"], "en": ["TAILG", "Tailing"], "typo": ["台玲"]},
    "niu": {"zh": ["小牛", "小牛电动"], "en": ["NIU", "Niu"], "typo": ["小妞"]},
    "giant": {"zh": ["捷安特"], "en": ["GIANT", "Giant"], "typo": ["捷安持"]},
    "merida": {"zh": ["美利达"], "en": ["MERIDA", "Merida"], "typo": ["美丽达"]},
    "forever": {"zh": ["永久"], "en": ["Yongjiu", "FOREVER"], "typo": ["永久牌"]},
    "phoenix": {"zh": ["凤凰"], "en": ["Fenghuang", "PHOENIX"], "typo": ["凤凰牌"]},
    "toyota": {"zh": ["丰田"], "en": ["Toyota", "TOYOTA"], "typo": ["丰天"]},
    "byd": {"zh": ["比亚迪"], "en": ["BYD"], "typo": ["比亚笛"]},
    "benz": {"zh": ["奔驰"], "en": ["Benz", "Mercedes"], "typo": ["奔池"]},
    "vw": {"zh": ["大众"], "en": ["VW", "Volkswagen"], "typo": ["大从"]},
    "jinxi": {"zh": ["金禧珠宝", "金禧"], "en": ["Jinxi Jewellery"], "typo": ["金喜"]},
    "baoyu": {"zh": ["宝玉坊"], "en": ["Baoyufang"], "typo": ["宝玉方"]},
    "casio": {"zh": ["卡西欧"], "en": ["CASIO", "Casio"], "typo": ["卡西鸥"]},
    "seiko": {"zh": ["精工"], "en": ["SEIKO", "Seiko"], "typo": ["Saiko"]},
    "thermos": {"zh": ["膳魔师"], "en": ["THERMOS", "Thermos"], "typo": ["善魔师"]},
    "rayban": {"zh": ["雷朋"], "en": ["Ray-Ban", "RayBan"], "typo": ["Rayban"]},
    "paradise": {"zh": ["天堂伞", "天堂"], "en": ["Paradise"], "typo": ["天常伞"]},
}

MODELS = {
    "huawei": ["Mate 68 Pro", "Mate 68", "nova 14i", "Pura 77", "Pura 77 Ultra", "nova 14 Pro"],
    "apple": ["iPhone 18 Pro", "iPhone 18 Pro Max", "iPhone 17e", "iPhone 17 Plus", "iPhone 16s"],
    "xiaomi": ["Xiaomi 16 Ultra", "Redmi Note 15T", "Redmi K90", "Xiaomi 16"],
    "samsung": ["Galaxy S27", "Galaxy S27 Ultra", "Galaxy A58", "Galaxy Z Flip 8"],
    "oppo": ["Reno 15", "Find X9s", "A99"],
    "vivo": ["X210 Pro", "S29", "Y300s"],
    "honor": ["Magic 9", "X70 Max", "Magic V6"],
    "tecno": ["Camon 41", "Spark 33 Pro", "Pova 8"],
    "infinix": ["Note 52", "Hot 60i", "Zero 42"],
}


# ----------------------------------------------------------------------------- places
# id, cluster, formal name (desk), owner aliases zh, owner aliases en, lat, lon
PLACES = [
    ("hallA", "fair", "珠湾会展中心A区展馆", ["会展中心A区", "A区展馆", "展馆A区11号馆", "珠交会A区", "A区9号馆附近"], ["Zhuwan Expo Area A", "fair hall A", "Hall 11 area A", "expo center A zone"], 23.1042, 113.3618),
    ("hallB", "fair", "珠湾会展中心B区展馆", ["会展中心B区", "B区展馆", "B区5.2馆", "珠交会B区", "B区二楼"], ["Zhuwan Expo Area B", "fair hall B", "area B hall 5", "expo B zone 2nd floor"], 23.1010, 113.3672),
    ("hallC", "fair", "珠湾会展中心C区展馆", ["会展中心C区", "C区展馆", "C区16号馆", "C区"], ["Zhuwan Expo Area C", "hall C", "area C hall 16", "C zone"], 23.0978, 113.3731),
    ("cloakA", "fair", "会展中心A区北门衣帽寄存处", ["A区北门寄存处", "A区衣帽间", "A区北门存包处"], ["cloakroom north gate area A", "bag deposit A north", "cloak room hall A"], 23.1051, 113.3609),
    ("svcB", "fair", "会展中心B区南登录厅服务台", ["B区南登录厅", "B区南门入口", "南登录厅安检口"], ["south registration hall B", "entrance B south", "B south gate security"], 23.1003, 113.3665),
    ("taxiB", "fair", "会展中心B区南广场出租车候车点", ["B区南广场的士站", "南广场打车点", "B区出租车排队那里"], ["taxi queue B south square", "taxi line outside hall B", "taxi stand south square"], 23.0995, 113.3680),
    ("foodC", "fair", "会展中心C区美食广场", ["C区美食广场", "C区餐厅", "C区食堂"], ["food court area C", "C zone food court", "restaurant area C"], 23.0982, 113.3740),
    ("m1", "metro", "地铁会展北站", ["会展北站", "会展北地铁站", "地铁会展北站B口"], ["Huizhan North metro", "Expo North station", "metro Huizhan Bei"], 23.1065, 113.3625),
    ("m2", "metro", "地铁珠湾塔站", ["珠湾塔站", "珠湾塔地铁站", "珠湾塔站站台"], ["Zhuwan Tower station", "Zhuwanta metro", "metro Zhuwan Tower"], 23.1008, 113.3580),
    ("m3", "metro", "地铁凤浦站", ["凤浦站", "凤浦地铁站", "凤浦站C出口"], ["Fengpu station", "Fengpu metro", "metro Fengpu exit C"], 23.0970, 113.3790),
    ("m4", "metro", "地铁榕岸站", ["榕岸站", "榕岸地铁站", "榕岸站换乘通道"], ["Rong'an station", "Rongan metro", "Rongan transfer"], 23.1120, 113.3450),
    ("m5", "metro", "地铁鹭江东站", ["鹭江东站", "鹭江东地铁"], ["Lujiang East station", "Lujiang Dong metro"], 23.0990, 113.3300),
    ("h1", "hotel", "凯澜国际酒店", ["凯澜酒店", "凯澜国际大酒店", "凯澜酒店大堂"], ["Kailan International Hotel", "Kailan hotel", "Kailan Intl hotel lobby"], 23.1080, 113.3570),
    ("h2", "hotel", "珠湾丽舍酒店", ["丽舍酒店", "珠湾丽舍", "丽舍酒店早餐厅"], ["Zhuwan Lishe Hotel", "Lishe hotel", "Lishe hotel breakfast"], 23.0955, 113.3605),
    ("h3", "hotel", "南岸星辰大酒店", ["星辰酒店", "南岸星辰", "星辰大酒店"], ["Nan'an Star Hotel", "Star hotel", "Nanan Xingchen hotel"], 23.1012, 113.3815),
    ("h4", "hotel", "锦汇商务公寓", ["锦汇公寓", "锦汇商务公寓3栋", "锦汇"], ["Jinhui Serviced Apartment", "Jinhui apartment", "Jinhui residence"], 23.1110, 113.3720),
    ("h5", "market", "百悦酒店(沙涌店)", ["百悦酒店", "沙涌百悦", "百悦宾馆"], ["Baiyue Hotel", "Baiyue hotel Shachong", "Bai Yue hotel"], 23.1335, 113.2700),
    ("r1", "food", "好彩茶楼", ["好彩茶楼", "好彩酒楼", "好彩饮早茶嗰度"], ["Hoi Choi tea house", "dim sum restaurant Haocai", "Haocai teahouse"], 23.1060, 113.3540),
    ("r2", "food", "凤城酒家", ["凤城酒家", "凤城", "凤城酒楼二楼"], ["Fengcheng restaurant", "Fung Shing restaurant", "Fengcheng dim sum"], 23.0960, 113.3680),
    ("r3", "food", "荣记茶餐厅", ["荣记", "荣记茶餐厅", "荣记冰室"], ["Wing Kee cafe", "Rongji cha chaan teng", "Wing Kee"], 23.1100, 113.3690),
    ("r4", "food", "努尔清真餐厅", ["清真餐厅", "努尔餐厅", "阿拉伯餐厅"], ["Al-Noor Halal Restaurant", "Al Noor restaurant", "halal restaurant near Kailan"], 23.1075, 113.3560),
    ("r5", "food", "西贡越南粉店", ["越南粉店", "西贡粉店"], ["Saigon Pho", "pho shop Saigon", "Vietnam noodle shop"], 23.1090, 113.3600),
    ("k1", "market", "沙涌服装批发城", ["沙涌服装城", "沙涌批发市场", "沙涌服装批发城3楼"], ["Shachong garment market", "Shachong wholesale", "garment wholesale Shachong"], 23.1300, 113.2680),
    ("k2", "fair2", "珠湾灯饰城", ["灯饰城", "珠湾灯饰城二楼", "灯饰市场"], ["Zhuwan lighting market", "lighting mall Zhuwan", "lamp market"], 23.0930, 113.3520),
    ("k3", "market", "凤浦手机配件市场", ["手机配件市场", "凤浦配件城", "配件市场一楼"], ["phone accessories market Fengpu", "mobile parts market", "Fengpu phone market"], 23.1350, 113.2600),
    ("k4", "fair2", "新港茶叶城", ["茶叶城", "新港茶叶市场", "茶叶城B座"], ["Xingang tea market", "tea city", "tea wholesale market"], 23.1030, 113.3390),
    ("s1", "fair", "珠湾路与会展东路交界", ["珠湾路会展东路口", "会展东路", "珠湾路口"], ["Zhuwan Rd / Huizhan E Rd", "road outside expo east", "Huizhan East road"], 23.1025, 113.3700),
    ("s2", "local", "凤浦新村", ["凤浦新村", "凤浦村", "凤浦新村牌坊"], ["Fengpu village", "Fengpu new village"], 23.0945, 113.3760),
    ("s3", "local", "榕岸街市", ["榕岸街市", "榕岸市场", "街市门口"], ["Rongan wet market", "Rong'an market"], 23.1130, 113.3460),
    ("s4", "local", "江湾城中村", ["江湾村", "江湾城中村", "江湾村口"], ["Jiangwan village", "Jiangwan urban village"], 23.1150, 113.3520),
    ("air", "far", "白云机场T2到达层", ["机场T2", "白云机场", "T2到达"], ["airport T2", "Baiyun airport arrivals", "airport terminal 2"], 23.3924, 113.2988),
]
FAR_PLACES = [
    ("f1", "天河北星汇广场", 23.1450, 113.3300), ("f2", "白云区龙归市场", 23.2700, 113.2900),
    ("f3", "番禺市桥步行街", 22.9400, 113.3650), ("f4", "佛山祖庙商圈", 23.0300, 113.1100),
    ("f5", "深圳华发电子街", 22.5450, 114.0850), ("f6", "东莞厚街家具城", 22.9400, 113.6700),
    ("f7", "广州火车站西广场", 23.1510, 113.2570), ("f8", "花都狮岭皮具城", 23.4600, 113.1600),
]
PL = {p[0]: p for p in PLACES}
PLACES_BY_CLUSTER = {}
for _p in PLACES:
    PLACES_BY_CLUSTER.setdefault(_p[1], []).append(_p[0])
CLUSTER_LINKS = {"fair": ["fair", "metro"], "metro": ["metro", "fair"], "hotel": ["hotel", "food", "fair"],
                 "food": ["food", "hotel"], "market": ["market"], "fair2": ["fair2", "metro"],
                 "local": ["local", "food"], "far": ["far", "fair"]}


def jitter(lat, lon, m_lo, m_hi):
    d = R.uniform(m_lo, m_hi)
    a = R.uniform(0, 2 * math.pi)
    return (lat + d * math.cos(a) / 111000.0, lon + d * math.sin(a) / (111000.0 * math.cos(math.radians(lat))))


# ----------------------------------------------------------------------------- names

ZH_SUR = ["陈", "李", "黄", "梁", "何", "林", "罗", "郭", "冯", "邓", "谭", "麦", "区", "欧阳", "曾", "钟", "张", "王", "刘", "潘", "莫", "苏"]
ZH_GIV = ["伟", "嘉", "志", "明", "婉", "玲", "俊", "浩", "敏", "颖", "锦", "华", "丽", "杰", "淑", "芬", "健", "炜", "思", "雅", "泳", "桂", "彬", "晓"]
FOREIGN = {
    "arab": (["Mohammed", "Ahmed", "Khalid", "Omar", "Youssef", "Hassan", "Fatima", "Aisha", "Mariam", "Tariq", "Saeed", "Karim", "Nasser", "Layla"],
             ["Al-Qadiri", "Haddad", "Mansour", "El-Sayed", "Darwish", "Al-Nuaimi", "Farouk", "Zidan", "Al-Rashidi", "Khoury"],
             ["Saudi Arabia", "UAE", "Egypt", "Jordan", "Iraq", "Oman"]),
    "russian": (["Dmitry", "Sergei", "Olga", "Natalia", "Ivan", "Alexei", "Irina", "Yulia", "Pavel", "Andrei", "Aigerim", "Nurlan"],
                ["Sokolov", "Volkova", "Morozov", "Lebedev", "Kuznetsova", "Orlov", "Belova", "Zhakupov", "Petrenko"],
                ["Russia", "Russia", "Kazakhstan", "Belarus", "Uzbekistan"]),
    "african": (["Chinedu", "Emeka", "Ngozi", "Adebayo", "Kwame", "Amina", "Wanjiru", "Otieno", "Fatou", "Tunde", "Ibrahim", "Grace"],
                ["Okafor", "Adeyemi", "Mensah", "Odhiambo", "Nwosu", "Balogun", "Kamau", "Diallo", "Eze", "Boateng"],
                ["Nigeria", "Nigeria", "Ghana", "Kenya", "Tanzania", "Senegal", "Uganda"]),
    "sea": (["Minh", "Lan", "Hung", "Budi", "Siti", "Agus", "Dewi", "Somchai", "Nattaya", "Aiman", "Maria", "Rizky"],
            ["Nguyen", "Tran", "Santoso", "Wijaya", "Pratama", "Srisuk", "Boonmee", "Abdullah", "Reyes", "Hidayat"],
            ["Vietnam", "Indonesia", "Thailand", "Malaysia", "Philippines", "Vietnam"]),
}
NAT_ZH = {"Saudi Arabia": "沙特", "UAE": "阿联酋", "Egypt": "埃及", "Jordan": "约旦", "Iraq": "伊拉克", "Oman": "阿曼",
          "Russia": "俄罗斯", "Kazakhstan": "哈萨克斯坦", "Belarus": "白俄罗斯", "Uzbekistan": "乌兹别克斯坦",
          "Nigeria": "尼日利亚", "Ghana": "加纳", "Kenya": "肯尼亚", "Tanzania": "坦桑尼亚", "Senegal": "塞内加尔", "Uganda": "乌干达",
          "Vietnam": "越南", "Indonesia": "印尼", "Thailand": "泰国", "Malaysia": "马来西亚", "Philippines": "菲律宾"}


def zh_name():
    return ch(ZH_SUR) + ch(ZH_GIV) + (ch(ZH_GIV) if chance(0.7) else "")


def foreign_person(group):
    f, l, c = FOREIGN[group]
    return ch(f) + " " + ch(l), ch(c)


def passport_no(country):
    if country in ("Russia", "Belarus"):
        return digits(2) + " " + digits(7)
    if country in ("Nigeria", "Egypt", "Kazakhstan"):
        return ch(["A", "B", "N"]) + digits(8)
    if country in ("Vietnam",):
        return "C" + digits(7)
    if country in ("Pakistan", "Kenya", "Thailand", "Philippines"):
        return ch(["AK", "AA", "P"]) + digits(7)
    return ch(["K", "P", "E", "A", "N"]) + digits(7) + ch(["", digits(1)])


# ----------------------------------------------------------------------------- helpers for text

YUE = [("钱包", "银包"), ("钥匙", "锁匙"), ("手机壳", "电话套"), ("雨伞", "遮"), ("没有", "冇"), ("的", "嘅"),
       ("是", "系"), ("在", "喺"), ("了", "咗"), ("这个", "呢个"), ("那个", "嗰个"), ("看", "睇"), ("他", "佢"),
       ("她", "佢"), ("不", "唔"), ("充电宝", "尿袋"), ("电动车", "电鸡"), ("自行车", "单车"), ("行李箱", "行李喼"),
       ("手镯", "鈪"), ("什么", "乜嘢"), ("东西", "嘢")]
TRAD = str.maketrans({"银": "銀", "钥": "鑰", "匙": "匙", "见": "見", "个": "個", "话": "話", "电": "電", "机": "機", "丢": "丟",
                      "车": "車", "门": "門", "里": "裏", "张": "張", "证": "證", "们": "們", "时": "時", "点": "點", "后": "後",
                      "边": "邊", "会": "會", "馆": "館", "区": "區", "场": "場", "钱": "錢", "请": "請", "帮": "幫", "谢": "謝",
                      "尔": "爾", "为": "為", "华": "華", "苹": "蘋", "黑": "黑", "色": "色", "蓝": "藍", "红": "紅", "绿": "綠",
                      "过": "過", "还": "還", "说": "說", "应": "應", "该": "該", "带": "帶", "卡": "卡", "号": "號", "约": "約"})


def yueify(s):
    for a, b in YUE:
        s = s.replace(a, b)
    return s


ZH_TYPOS = [("钱包", "钱抱"), ("身份证", "身分证"), ("护照", "户照"), ("地铁站", "地跌站"), ("展馆", "展管"), ("苹果", "平果"),
            ("充电宝", "冲电宝"), ("蓝牙", "兰牙"), ("钥匙", "钥是"), ("手机", "手几"), ("黑色", "黒色"), ("酒店", "洒店"),
            ("拾到", "拾倒"), ("耳机", "耳鸡"), ("电脑", "电恼")]
EN_TYPOS = [("passport", "pasport"), ("wallet", "walet"), ("black", "blak"), ("phone", "fone"), ("exhibition", "exibition"),
            ("please", "pls"), ("station", "staion"), ("hotel", "hotal"), ("lost", "lose"), ("keys", "keyes"), ("brown", "browm"),
            ("because", "becuz"), ("inside", "insaid"), ("money", "mony"), ("yesterday", "yesturday")]


def typo_zh(s, n=1):
    opts = [t for t in ZH_TYPOS if t[0] in s]
    for _ in range(n):
        if not opts:
            break
        a, b = ch(opts)
        s = s.replace(a, b, 1)
    return s


def typo_en(s, n=1):
    opts = [t for t in EN_TYPOS if t[0] in s]
    for _ in range(n):
        if not opts:
            break
        a, b = ch(opts)
        s = s.replace(a, b, 1)
    return s


def broken_en(s):
    for a, b in [("I lost ", "I lose "), ("I have lost ", "I lost "), (" the ", " "), (" a ", " "), ("It has ", "It have "),
                 ("There is ", "have "), ("was ", "is "), (". ", ", ")]:
        if chance(0.45):
            s = s.replace(a, b)
    if chance(0.3):
        s = s.lower()
    return s


def dt(t):
    return BASE + datetime.timedelta(minutes=t)


def zh_when(t, exact=False):
    d = dt(t)
    h = d.hour
    part = "凌晨" if h < 6 else "早上" if h < 9 else "上午" if h < 12 else "中午" if h < 14 else "下午" if h < 18 else "晚上"
    h12 = h if h <= 12 else h - 12
    if exact:
        return "%d月%d日%02d:%02d" % (d.month, d.day, d.hour, d.minute)
    return ch(["%d月%d日%s%d点左右" % (d.month, d.day, part, h12), "%d号%s" % (d.day, part),
               "%d月%d日%s" % (d.month, d.day, part), "%d/%d %s%d点多" % (d.month, d.day, part, h12)])


def en_when(t):
    d = dt(t)
    h = d.hour
    part = "morning" if h < 12 else "afternoon" if h < 18 else "evening" if h < 22 else "night"
    mon = "Oct" if d.month == 10 else "Nov"
    return ch(["%s %d %s" % (mon, d.day, part), "%d %s around %d%s" % (d.day, mon, (h % 12) or 12, "am" if h < 12 else "pm"),
               "on %d/%d in the %s" % (d.day, d.month, part), "%s %d, %s" % (mon, d.day, part)])


def cut(s, n):
    s = s.strip()
    return s if len(s) <= n else s[:n].rstrip()


def mask_id(idn, style=None):
    style = style if style is not None else R.randrange(5)
    if style == 0:
        return idn[:6] + "*" * 8 + idn[14:]
    if style == 1:
        return idn[:4] + "*" * 10 + idn[14:]
    if style == 2:
        return "尾号" + idn[-4:]
    if style == 3:
        return idn[:3] + "*" * 11 + idn[14:]
    return idn[:6] + "********" + idn[14:]


def spaced_imei(imei, style=None):
    style = style if style is not None else R.randrange(6)
    if style == 0:
        return imei
    if style == 1:
        return imei[:2] + " " + imei[2:8] + " " + imei[8:14] + " " + imei[14]
    if style == 2:
        return "IMEI:" + imei
    if style == 3:
        return "IMEI " + " ".join(imei[i:i + 4] for i in range(0, 15, 4))
    if style == 4:
        return imei[:8] + "-" + imei[8:14] + "-" + imei[14]
    return "串号" + imei


def card_text(card, side, lang="zh"):
    bank, short, bin6, tail = card
    if lang == "en":
        return ch(["%s card ending %s" % (short, tail), "%s card last 4 digits %s" % (short, tail), "%s ****%s" % (short, tail)])
    if side == "owner":
        return ch(["%s卡尾号%s" % (short, tail), "%s卡(尾号%s)" % (bank, tail), "%s银行卡 后四位%s" % (short, tail), "%s卡%s" % (short, tail)])
    return ch(["%s卡一张(%s****%s)" % (bank, bin6[:4], tail), "%s银行卡,卡号%s %s** **** %s" % (bank, bin6[:4], bin6[4:], tail),
               "%s借记卡 尾号%s" % (bank, tail), "%s卡 %s****%s" % (short, bin6, tail)])


# ----------------------------------------------------------------------------- truth objects
# A detail is (owner_zh, owner_en, finder_zh, who) with who in {"both", "owner", "finder"}.

def D(o_zh, o_en, f_zh=None, who="both"):
    return (o_zh, o_en, f_zh if f_zh is not None else o_zh, who)


def pick_brand_spelling(b, lang, typo_p=0.06):
    if b is None:
        return None
    e = BRANDS[b]
    if chance(typo_p):
        return ch(e["typo"])
    if lang == "en":
        return ch(e["en"])
    return ch(e["zh"] + (e["en"] if chance(0.35) else []))


def model_spelling(m):
    if m is None:
        return None
    v = R.randrange(6)
    if v == 0:
        return m.lower()
    if v == 1:
        return m.replace(" ", "")
    if v == 2 and " Pro" in m:
        return m.replace(" Pro", "pro")
    if v == 3 and m.startswith("iPhone "):
        return m.replace("iPhone ", "")
    if v == 4 and " Max" in m:
        return m.replace(" Max", "max")
    return m


class Obj:
    pass


def phone_obj(voice):
    o = Obj()
    o.cat = "phone"
    if voice in ("african",):
        o.brand = ch(["tecno", "tecno", "infinix", "samsung", "apple", "xiaomi"])
    elif voice == "arab":
        o.brand = ch(["apple", "apple", "samsung", "huawei", "honor"])
    elif voice == "russian":
        o.brand = ch(["samsung", "xiaomi", "apple", "honor"])
    elif voice == "sea":
        o.brand = ch(["oppo", "vivo", "samsung", "xiaomi", "apple"])
    else:
        o.brand = ch(["huawei", "huawei", "apple", "apple", "xiaomi", "oppo", "vivo", "honor"])
    o.model = ch(MODELS[o.brand])
    o.color = ch(["black", "black", "white", "silver", "blue", "gold", "purple", "green", "grey", "pink"])
    o.kind = ("手机", "phone", "手机")
    o.imei = make_imei()
    o.card = None
    o.idn = None
    o.passport = None
    o.other_serial = None
    det = []
    case = ch([("透明手机壳", "clear case", "透明软壳"), ("黑色硅胶手机壳", "black silicone case", "黑色硅胶壳"),
               ("粉色闪粉手机壳", "pink glitter case", "粉色带亮片的壳"), ("翻盖皮套", "flip leather cover", "皮质翻盖保护套"),
               ("卡通熊猫手机壳", "panda cartoon case", "熊猫图案手机壳"), ("带指环支架的壳", "case with ring holder", "背面有指环扣的手机壳"),
               ("防摔军绿色手机壳", "green rugged case", "绿色加厚防摔壳"), ("绣花布艺手机壳", "embroidered fabric case", "刺绣布面手机壳")])
    det.append(D(case[0], case[1], case[2]))
    pool = [
        D("屏幕右上角碎了", "screen cracked top right corner", "屏幕右上角有裂痕"),
        D("屏幕贴的钢化膜裂了一条", "screen protector broken", "钢化膜有一道裂纹"),
        D("锁屏是我女儿的照片", "lock screen is photo of my daughter", "锁屏壁纸为小女孩照片", "both"),
        D("锁屏是一只橘猫", "lock screen is orange cat", "锁屏为猫咪图片"),
        D("锁屏壁纸是麦加天房", "lock screen picture of Kaaba Mecca", "锁屏为清真寺类图片"),
        D("锁屏是全家福", "lock screen is family photo", "锁屏为多人合影"),
        D("背面贴了一个小熊贴纸", "small bear sticker on back", "背面有小熊贴纸"),
        D("挂着一条红色挂绳", "red lanyard strap", "系有红色手机挂绳"),
        D("壳里面夹着一张交通卡", "metro card inside the case", "手机壳内夹有交通卡一张"),
        D("壳里面夹着名片", "business card inside case", "壳内夹名片一张"),
        D("双卡,一张是外国卡", "two SIM, one foreign SIM", None, "owner"),
        D("开机密码是六位数", "6 digit passcode", None, "owner"),
        D("手机里有很多样品照片和客户微信", "many product photos and client WeChat inside", None, "owner"),
        D("镜头边上掉了点漆", "paint chipped near camera", "摄像头旁掉漆"),
        D(None, None, "拾得时已关机", "finder"),
        D(None, None, "电量约20%,有多个未接来电", "finder"),
        D(None, None, "来电显示'老婆'未接", "finder"),
    ]
    R.shuffle(pool)
    det.extend(pool[:R.randrange(1, 4)])
    o.details = det
    return o


def wallet_obj(voice):
    o = Obj()
    o.cat = "wallet"
    o.brand = ch(["coach", "goldlion", "septwolves", None, None, None]) if voice not in ("arab",) else ch(["coach", None, "goldlion"])
    o.model = None
    o.color = ch(["black", "black", "brown", "brown", "red", "pink", "blue", "grey", "beige"])
    k = ch([("长款钱包", "long wallet", "长款钱包"), ("短款钱包", "short wallet", "对折短钱包"), ("钱包", "wallet", "钱包"),
            ("卡包", "card holder", "卡套式钱包"), ("拉链钱包", "zip wallet", "拉链款钱包")])
    o.kind = (k[0], k[1], k[2])
    o.imei = None
    o.passport = None
    o.other_serial = None
    det = [D(ch(["真皮", "皮质", "PU皮"]) + o.kind[0], "leather " + o.kind[1], ch(["皮质", "皮革"]) + o.kind[2])]
    foreign = voice in ("arab", "russian", "african", "sea")
    if foreign:
        b = ch(FOREIGN_CARDS)
        o.card = (b[0] + "信用卡", b[0], b[1] + digits(5), digits(4))
    else:
        b = ch(BANKS)
        o.card = (b[0], b[1], b[2], digits(4))
    o.idn = make_id() if (not foreign and chance(0.55)) else None
    if o.idn:
        det.append(D("身份证在里面", "my ID card inside", "内有身份证一张", "both"))
    amt = ch([200, 350, 500, 800, 1200, 1500, 2000, 3000, 680, 460])
    counted = amt + ch([0, 0, 0, -20, -50, 15, 30, -100])
    if foreign:
        usd = ch([300, 500, 800, 1000, 1500])
        det.append(D("里面有美金大约%d和一些人民币" % usd, "about %d USD and some RMB cash" % usd,
                     "内有美元现金%d元及人民币%d元" % (usd + ch([0, 0, -100]), counted)))
    else:
        det.append(D("现金大概%d块" % amt, "about %d yuan cash" % amt, "内有现金%d元" % counted))
    pool = [
        D("有凯澜酒店的房卡", "Kailan hotel room key card inside", "内有凯澜国际酒店房卡一张"),
        D("几张名片,公司叫%s" % ch(["恒通贸易", "粤兴五金", "Al-Rashid Trading", "Lagos Star Ventures", "明辉灯饰"]),
          "business cards of my company", "内有名片若干"),
        D("有一张小孩的照片", "photo of my kids inside", "夹有儿童照片一张"),
        D("拉链坏了", "zipper broken", "拉链损坏"),
        D("边角磨损得比较厉害", "corners very worn", "边角磨损明显"),
        D("有一张交通卡", "transport card inside", "内有交通卡一张"),
        D("还有几张收据和发票", "receipts and invoice", "内有购物小票若干"),
        D("有会员卡、优衣库卡之类", "some member cards", "会员卡数张"),
        D("有一张驾驶证", "driving licence inside", "内有驾驶证", "both"),
    ]
    R.shuffle(pool)
    det.extend(pool[:R.randrange(1, 4)])
    o.details = det
    return o


def id_obj(voice):
    o = Obj()
    o.cat = "id_doc"
    o.brand = None
    o.model = None
    o.imei = None
    o.card = None
    o.idn = None
    o.passport = None
    o.other_serial = None
    det = []
    foreign = voice in ("arab", "russian", "african", "sea")
    if foreign:
        o.kind = ("护照", "passport", "护照")
        o.passport = passport_no(_CUR_NAT[0])
        o.color = ch(["green", "blue", "red", "black"]) if _CUR_NAT[0] not in ("Russia",) else "red"
        pool = [D("护照套是%s的" % ch(["黑色皮", "透明", "棕色"]), "in a passport cover", "外有护照套"),
                D("里面夹着酒店入住单", "hotel check-in paper inside", "内夹酒店入住单"),
                D("里面夹着回程机票行程单", "return flight itinerary inside", "内夹机票行程单一张"),
                D("有中国签证,两次入境", "Chinese visa inside", "内有中国签证页"),
                D("夹了一张展会采购商证", "buyer badge inside", "内夹展会采购商证一张"),
                D("里面有200美金", "200 USD inside", "内夹美元纸币2张")]
    else:
        kind = wchoice([("id", 6), ("hk", 1.5), ("drv", 1.5), ("stu", 1.5)])
        o.color = ch(["blue", "white", "black", "red"])
        if kind == "id":
            o.kind = ("身份证", "ID card", "居民身份证")
            o.idn = make_id()
            o.color = None
            pool = [D("装在透明卡套里", "in plastic sleeve", "装于透明卡套内"), D("卡套挂着钥匙扣", "sleeve on keyring", "卡套带挂扣"),
                    D("和一张交通卡放在一起", "together with transport card", "另有交通卡一张"),
                    D("身份证有点旧,边上起皮", "old card, edges peeling", "证件边缘起皮")]
        elif kind == "hk":
            o.kind = ("回乡证", "home return permit", "港澳居民来往内地通行证")
            o.other_serial = "H" + digits(8)
            o.color = "white"
            pool = [D("放在黑色卡套里", "in black card holder", "黑色卡套"), D("同八达通放埋一齐", "together with Octopus card", "同时有八达通卡一张")]
        elif kind == "drv":
            o.kind = ("驾驶证", "driving licence", "机动车驾驶证")
            o.idn = make_id()
            o.color = ch(["black", "brown"])
            pool = [D("驾驶证皮套是黑色的", "black cover", "黑色证件皮套"), D("里面夹着行驶证", "vehicle licence inside", "内夹行驶证一本")]
        else:
            o.kind = ("学生证", "student card", "学生证")
            o.other_serial = "2023" + digits(6)
            o.idn = None
            o.color = ch(["red", "blue"])
            pool = [D("是珠湾职业技术学院的学生证,我在展会做志愿者", "student card, volunteer", "珠湾职业技术学院学生证"),
                    D("里面夹着志愿者证", "volunteer pass inside", "内夹展会志愿者证"),
                    D("夹着一张饭卡", "canteen card inside", "内有饭卡一张")]
    R.shuffle(pool)
    det.extend(pool[:R.randrange(1, 3)])
    o.details = det
    return o


def keys_obj(voice):
    o = Obj()
    o.cat = "keys"
    o.imei = o.card = o.idn = o.passport = None
    o.other_serial = None
    car = chance(0.45)
    if car:
        o.brand = ch(["toyota", "byd", "benz", "vw"])
        o.kind = ("车钥匙", "car key", "汽车遥控钥匙")
        o.model = None
        o.other_serial = "粤A·" + ch("BCDEFGHK") + digits(4) if chance(0.4) else None
        o.color = "black"
    else:
        o.brand = None
        o.model = None
        o.kind = ("一串钥匙", "bunch of keys", "钥匙一串")
        o.color = ch(["silver", "silver", "gold", "black"])
    n = R.randrange(2, 7)
    det = [D("%d条钥匙" % n, "%d keys" % n, "钥匙%d把" % n)]
    pool = [D("挂着一个小熊公仔", "small teddy bear keyring", "挂小熊挂件"), D("有个貔貅挂件", "pixiu charm", "挂有貔貅吊坠"),
            D("有一张蓝色门禁卡", "blue access card", "附蓝色门禁卡一张"), D("钥匙扣是足球形状", "football keychain", "足球形钥匙扣"),
            D("有一个开瓶器", "bottle opener", "带开瓶器"), D("有寄存柜小钥匙,号码A-117", "locker key A-117", "另有编号A-117的小钥匙"),
            D("钥匙扣是埃菲尔铁塔", "Eiffel tower keychain", "铁塔造型钥匙扣"), D("有一个红色的指甲钳", "red nail clipper", "附红色指甲钳"),
            D("是屋企同铺头嘅锁匙", "home and shop keys", None, "owner"), D("有个平安符", "a lucky charm", "系有红色平安符")]
    R.shuffle(pool)
    det.extend(pool[:R.randrange(1, 3)])
    o.details = det
    return o


def bag_obj(voice):
    o = Obj()
    o.cat = "bag"
    o.imei = o.card = o.idn = o.passport = None
    o.other_serial = None
    k = ch([("双肩包", "backpack", "双肩背包"), ("手提包", "handbag", "女式手提包"), ("行李箱", "suitcase", "拉杆箱"),
            ("帆布袋", "tote bag", "帆布手提袋"), ("电脑包", "laptop bag", "电脑包"), ("腰包", "waist bag", "腰包"),
            ("斜挎包", "shoulder bag", "斜挎包")])
    o.kind = k
    o.brand = ch(["samsonite", "nike", "adidas", "coach", "xiaomi", None, None, None])
    o.model = None
    o.color = ch(["black", "black", "blue", "grey", "brown", "beige", "red", "green", "pink"])
    det = []
    pool = [D("里面有笔记本电脑", "laptop inside", "内有笔记本电脑一台"), D("有很多产品目录和报价单", "product catalogues and price lists", "内有产品画册、报价单若干"),
            D("有几个LED灯样品", "LED lamp samples", "内有LED灯具样品数个"), D("有瓷砖样板", "ceramic tile samples", "内有瓷砖样板"),
            D("有几件样衣", "sample clothes", "内有服装若干"), D("有充电器和数据线", "charger and cables", "内有充电器、数据线"),
            D("挂着行李牌写着我的名字", "luggage tag with my name", "挂有行李牌"), D("拉链上挂着一个小国旗", "small flag on zipper", "拉链挂小国旗挂饰"),
            D("侧袋有一瓶水和雨伞", "water bottle and umbrella in side pocket", "侧袋有水杯、雨伞"), D("背带有点脱线", "strap a bit torn", "背带有脱线"),
            D("有一本合同文件夹", "folder with contracts", "内有合同文件夹一个"), D("有药,是我妈妈的降压药", "my mother's medicine", "内有药品一盒")]
    R.shuffle(pool)
    det.extend(pool[:R.randrange(2, 5)])
    if chance(0.35):
        if voice in ("arab", "russian", "african", "sea"):
            o.passport = passport_no(_CUR_NAT[0])
            det.append(D("护照也在包里", "my passport is in the bag", "内有护照一本"))
        else:
            o.idn = make_id()
            det.append(D("身份证也在里面", "ID card inside", "内有身份证"))
    if chance(0.2):
        o.other_serial = "CAN" + digits(6)
        det.append(D("有航空行李条", "airline tag", "挂有航空行李托运条"))
    o.details = det
    return o


def cash_obj(voice):
    o = Obj()
    o.cat = "cash"
    o.imei = o.card = o.idn = o.passport = None
    o.other_serial = None
    o.brand = None
    o.model = None
    foreign = voice in ("arab", "russian", "african", "sea")
    cont = ch([("白色信封", "white envelope", "白色信封", "white"), ("牛皮纸信封", "brown envelope", "牛皮纸信封", "brown"),
               ("利是封", "red packet", "红包(利是封)", "red"), ("透明胶袋", "plastic bag", "透明塑料袋", "white"), ("橡皮筋捆着", "rubber band", "橡皮筋捆扎", "white")])
    o.color = cont[3]
    o.kind = ("现金", "cash", "现金")
    if foreign:
        amt = ch([1000, 1500, 2000, 3000, 5000])
        cur = ("美元", "USD")
    else:
        amt = ch([1000, 2000, 2600, 3000, 5000, 8800, 600])
        cur = ("元", "RMB")
    got = amt + ch([0, 0, 0, -100, 100, -200])
    det = [D("用%s装着" % cont[0], "in %s" % cont[1], "装于%s内" % cont[2]),
           D("一共%d%s" % (amt, cur[0]), "%d %s" % (amt, cur[1]), "清点共%d%s" % (got, cur[0]))]
    pool = [D("信封上写着'定金'两个字", "envelope written 'deposit'", "信封上写有'定金'字样"),
            D("是100面额的", "all 100 notes", "均为100元面额" if not foreign else "均为100美元面额"),
            D("信封上有公司名字恒通贸易", "company name on envelope", "信封印有公司名称"),
            D("是准备给档口的货款", "payment for supplier", None, "owner"),
            D("里面还有一张收据", "receipt inside too", "内夹收据一张")]
    R.shuffle(pool)
    det.extend(pool[:R.randrange(1, 3)])
    o.details = det
    return o


def jewelry_obj(voice):
    o = Obj()
    o.cat = "jewelry"
    o.imei = o.card = o.idn = o.passport = None
    o.other_serial = None
    o.model = None
    opts = [(("金手镯", "gold bangle", "黄金手镯"), "gold", ["jinxi", None]), (("玉镯", "jade bangle", "玉手镯"), "green", ["baoyu", None]),
            (("戒指", "ring", "戒指"), "gold", ["jinxi", None]), (("金项链", "gold necklace", "黄金项链"), "gold", ["jinxi", None]),
            (("手表", "watch", "手表"), "silver", ["casio", "seiko"]), (("念珠", "prayer beads", "串珠手串"), "brown", [None])]
    if voice == "arab":
        opts += [(("念珠", "prayer beads (misbaha)", "串珠手串"), "brown", [None])] * 2
    kind, col, brs = ch(opts)
    o.kind = kind
    o.color = col if chance(0.8) else ch(["silver", "white", "black", "brown"]) if kind[0] in ("手表", "念珠") else col
    o.brand = ch(brs)
    det = []
    if kind[0] == "金手镯":
        g = ch([18, 25, 30, 32, 40])
        det = [D("大约%d克" % g, "about %d grams" % g, None, "owner"), D("刻着'平安'两个字", "engraved 平安", "内圈刻有'平安'字样")]
    elif kind[0] == "玉镯":
        det = [D("有一条很细的裂纹", "small crack", "有细微裂纹"), D("是我妈留给我的", "from my mother", None, "owner")]
    elif kind[0] == "戒指":
        ini = ch(["M&A 2019", "L♥W", "Y.K 520", "F&K"])
        det = [D("内圈刻着%s" % ini, "engraved %s inside" % ini, "内圈刻字'%s'" % ini), D("镶了一颗小钻", "small diamond", "镶有一粒白色小石")]
    elif kind[0] == "金项链":
        p = ch([("观音吊坠", "Guanyin pendant", "观音像吊坠"), ("新月吊坠", "crescent pendant", "月牙形吊坠"), ("十字架吊坠", "cross pendant", "十字形吊坠")])
        det = [D("有个%s" % p[0], "with %s" % p[1], "带%s" % p[2])]
    elif kind[0] == "手表":
        o.model = ch(["MTP-V3008", "G-2100S", "SUR-391", "AE-1800W"])
        o.other_serial = digits(3) + ch("ABCDE") + digits(3)
        det = [D("表带是%s" % ch(["钢带", "黑色皮带", "棕色皮带"]), "strap", "表带如图"), D("表盘有划痕", "scratch on glass", "表面有划痕")]
    else:
        n = ch([33, 99, 108])
        det = [D("%d颗珠子" % n, "%d beads" % n, "共%d粒" % (n + ch([0, 0, -1]))), D("有个流苏", "tassel", "尾部带流苏")]
    o.details = det
    return o


def elec_obj(voice):
    o = Obj()
    o.cat = "electronics"
    o.imei = o.card = o.idn = o.passport = None
    opts = [(("笔记本电脑", "laptop", "笔记本电脑"), ["lenovo", "apple", "huawei"], {"lenovo": ["ThinkPad X13s Gen 7", "小新 Pro 16s"], "apple": ["MacBook Air 15 M5", "MacBook Pro 14"], "huawei": ["MateBook 14s 2025", "MateBook X Pro"]}),
            (("蓝牙耳机", "earbuds", "无线耳机(连充电盒)"), ["apple", "huawei", "xiaomi"], {"apple": ["AirPods Pro 3", "AirPods 5"], "huawei": ["FreeBuds 7i", "FreeBuds Pro 5"], "xiaomi": ["Buds 6 Pro"]}),
            (("充电宝", "power bank", "移动电源"), ["xiaomi", "anker"], {"xiaomi": ["20000mAh 快充版", "10000mAh 磁吸"], "anker": ["PowerCore 26K", "Nano 10K"]}),
            (("相机", "camera", "数码相机"), ["canon", "sony"], {"canon": ["EOS R60", "PowerShot V30"], "sony": ["ZV-E20", "A7C III"]}),
            (("平板电脑", "tablet", "平板电脑"), ["apple", "huawei", "xiaomi"], {"apple": ["iPad Air 7", "iPad mini 8"], "huawei": ["MatePad 12X"], "xiaomi": ["Pad 8 Pro"]}),
            (("翻译机", "translator device", "翻译机"), ["iflytek"], {"iflytek": ["翻译机 6.0", "双屏翻译机 Pro"]}),
            (("智能手表", "smart watch", "智能手表"), ["huawei", "apple", "xiaomi"], {"huawei": ["Watch GT 7", "Watch Fit 5"], "apple": ["Watch S11"], "xiaomi": ["Watch S5"]})]
    kind, brs, mods = ch(opts)
    o.kind = kind
    o.brand = ch(brs)
    o.model = ch(mods[o.brand])
    o.color = ch(["black", "grey", "silver", "white", "blue"])
    o.other_serial = ch(["SN", "S/N ", ""]) + ch("PFCGHKLMRX") + ch("PFCGHKLMRX") + digits(2) + ch("ABCDEFGHJK") + digits(5) if chance(0.75) else None
    pool = [D("贴了一个公司logo贴纸", "company logo sticker", "表面贴有logo贴纸"), D("外壳有凹痕", "dent on the shell", "外壳有凹陷"),
            D("装在灰色内胆包里", "in grey sleeve", "装于灰色内胆包"), D("刻了名字缩写", "my initials engraved", "刻有英文字母"),
            D("开机密码是公司名", "password is company name", None, "owner"), D("保护套是透明的", "clear cover", "有透明保护套"),
            D("有一道明显划痕", "big scratch", "有明显划痕"), D("充电口有点松", "charging port loose", None, "owner"),
            D(None, None, "拾得时电量耗尽无法开机", "finder")]
    R.shuffle(pool)
    o.details = pool[:R.randrange(1, 3)]
    return o


def ebike_obj(voice):
    o = Obj()
    o.cat = "ebike"
    o.imei = o.card = o.idn = o.passport = None
    o.brand = ch(["yadea", "aima", "tailg", "niu", "yadea"])
    o.model = ch(["DE3", "G100", "冠能E8", "小刀", "M2"]) if chance(0.6) else None
    o.color = ch(["black", "white", "blue", "grey", "red", "green"])
    o.kind = ("电动车", "e-bike", "电动自行车")
    o.plate = "广州" + ch("ABCDEFGK") + digits(5)
    o.frame = {"yadea": "LYD", "aima": "AM", "tailg": "TL", "niu": "NIU"}[o.brand] + digits(2) + ch("ABCDEFGHJKL") + digits(7)
    o.other_serial = None
    pool = [D("后面有个蓝色外卖箱", "blue delivery box", "后座装有蓝色外卖箱"), D("后面有个黄色外卖箱", "yellow delivery box", "后座黄色保温箱"),
            D("左边后视镜断了", "left mirror broken", "左后视镜缺失"), D("装了挡风被", "windshield quilt", "装有挡风被"),
            D("车头有手机支架", "phone holder", "车把有手机支架"), D("装了雨篷", "rain canopy", "车上装雨棚"), D("有个车篮", "basket", "带车篮"),
            D("电池是48V的", "48V battery", None, "owner"), D(None, None, "车钥匙未拔", "finder"), D(None, None, "电池已被拆走", "finder")]
    R.shuffle(pool)
    o.details = pool[:R.randrange(1, 4)]
    return o


def bike_obj(voice):
    o = Obj()
    o.cat = "bicycle"
    o.imei = o.card = o.idn = o.passport = None
    o.brand = ch(["giant", "merida", "forever", "phoenix", None])
    o.model = ch(["ATX 830", "Escape 3", "公路车", "折叠车"]) if chance(0.4) else None
    o.color = ch(["black", "white", "blue", "red", "green", "grey"])
    o.kind = ("自行车", "bicycle", "自行车")
    o.frame = ch(["G", "M", "YJ", "FH"]) + digits(8)
    o.plate = None
    o.other_serial = None
    pool = [D("有个车篮", "basket", "带车篮"), D("后座有儿童座椅", "child seat", "后座加装儿童座椅"), D("车铃是小黄鸭", "duck bell", "黄鸭造型车铃"),
            D("锁是U型锁", "U lock", "附U型锁"), D("座垫破了用胶布缠着", "seat taped", "座垫有胶布缠绕"), D("前轮有点歪", "front wheel bent", "前轮变形")]
    R.shuffle(pool)
    o.details = pool[:R.randrange(1, 3)]
    return o


def other_obj(voice):
    o = Obj()
    o.cat = "other"
    o.imei = o.card = o.idn = o.passport = None
    o.other_serial = None
    o.model = None
    k = ch(["umbrella", "umbrella", "badge", "samples", "tea", "glasses", "folder", "thermos"])
    if k == "umbrella":
        o.kind = ("雨伞", "umbrella", "雨伞")
        o.brand = ch(["paradise", None, None])
        o.color = ch(["black", "blue", "red", "green", "beige", "purple"])
        det = [D(ch(["长柄伞", "折叠伞", "自动伞"]), "umbrella", "伞一把"), D("伞柄是木头的", "wooden handle", "木质伞柄"),
               D("印着凯澜酒店的字", "Kailan hotel logo", "伞面印有'凯澜国际酒店'")]
    elif k == "badge":
        o.kind = ("参展证", "exhibitor badge", "展会证件")
        o.brand = None
        o.color = ch(["blue", "red", "white"])
        o.other_serial = "ZW25" + ch(["A", "B", "C"]) + "-" + digits(6)
        det = [D("挂带是蓝色的", "blue lanyard", "蓝色挂绳"), D("证上有我的照片", "photo on it", "证件带照片"),
               D("公司写的是%s" % ch(["明辉灯饰", "粤兴五金", "Al-Rashid Trading", "Lagos Star Ventures"]), "company name on it", "证件印有公司名")]
    elif k == "samples":
        o.kind = ("样品盒", "sample box", "纸箱(产品样品)")
        o.brand = None
        o.color = ch(["brown", "white"])
        det = [D("纸箱里面是蓝牙音箱样品", "bluetooth speaker samples", "内装音箱类产品"), D("箱上写着展位号B5.2-17", "booth B5.2-17 written", "箱面写有'B5.2-17'"),
               D("用黄色胶带封的", "sealed with yellow tape", "黄色胶带封口")]
    elif k == "tea":
        o.kind = ("茶叶礼盒", "tea gift box", "茶叶礼盒")
        o.brand = None
        o.color = ch(["red", "yellow", "green"])
        det = [D("是陈皮普洱", "aged tangerine pu-erh", "包装写'陈皮普洱'"), D("装在手提纸袋里", "in paper bag", "装于手提纸袋")]
    elif k == "glasses":
        o.kind = ("眼镜", "glasses", "眼镜(带眼镜盒)")
        o.brand = ch(["rayban", None])
        o.color = ch(["black", "brown", "gold"])
        det = [D("近视眼镜,度数很高", "strong prescription", "近视镜片较厚"), D("眼镜盒是%s的" % ch(["黑色", "棕色", "蓝色"]), "in case", "有眼镜盒")]
    elif k == "folder":
        o.kind = ("文件夹", "document folder", "文件袋")
        o.brand = None
        o.color = ch(["blue", "black", "green", "white"])
        det = [D("里面是合同和报价单", "contracts and quotations", "内有合同、报价单等文件"),
               D("文件抬头是%s" % ch(["恒通贸易有限公司", "Al-Rashid Trading LLC", "粤兴五金制品厂"]), "company letterhead", "文件抬头印公司名"),
               D("有展商名片十几张", "a dozen exhibitor business cards", "夹名片多张")]
    else:
        o.kind = ("保温杯", "thermos flask", "保温杯")
        o.brand = ch(["thermos", None])
        o.color = ch(["black", "silver", "pink", "blue", "white"])
        det = [D("杯身有划痕", "scratches", "杯身有划痕"), D("贴了名字贴纸", "name sticker", "杯身贴有名字贴")]
    R.shuffle(det)
    o.details = det[:R.randrange(1, len(det) + 1)]
    return o


BUILDERS = {"phone": phone_obj, "wallet": wallet_obj, "id_doc": id_obj, "keys": keys_obj, "bag": bag_obj, "cash": cash_obj,
            "jewelry": jewelry_obj, "electronics": elec_obj, "ebike": ebike_obj, "bicycle": bike_obj, "other": other_obj}

CAT_PLACES = {
    "phone": ["hallA", "hallB", "hallC", "m1", "m2", "m3", "m4", "taxiB", "h1", "h2", "r1", "r4", "foodC", "k3", "k1", "s1", "air"],
    "wallet": ["hallA", "hallB", "m1", "m2", "m3", "r1", "r2", "r3", "r4", "r5", "h1", "h3", "k1", "s3", "taxiB", "foodC"],
    "id_doc": ["svcB", "hallA", "hallB", "hallC", "h1", "h2", "h3", "h4", "h5", "m1", "taxiB", "air", "r4"],
    "keys": ["r1", "r2", "r3", "s2", "s3", "s4", "m2", "m4", "hallB", "cloakA", "k2"],
    "bag": ["hallA", "hallB", "hallC", "cloakA", "m1", "m3", "taxiB", "h1", "h2", "h4", "h5", "k1", "k2", "air", "foodC"],
    "cash": ["k1", "k2", "k4", "r1", "r2", "hallB", "taxiB", "h5", "s3"],
    "jewelry": ["h1", "h2", "h3", "r1", "r4", "hallA", "hallC", "m1", "s3"],
    "electronics": ["hallA", "hallB", "hallC", "m1", "m2", "h1", "h4", "taxiB", "foodC", "air", "r3"],
    "ebike": ["s1", "s2", "s3", "s4", "m3", "m4", "k2", "r3"],
    "bicycle": ["s2", "s3", "s4", "m4", "m5", "k4"],
    "other": ["hallA", "hallB", "hallC", "cloakA", "m1", "m2", "taxiB", "h1", "h2", "r1", "k4", "foodC"],
}

VOICES_BY_CAT = {
    "phone": [("cantonese", 3), ("mandarin", 3), ("arab", 2), ("russian", 1.5), ("african", 2), ("sea", 1.5), ("hk", 0.6), ("rider", 0.8), ("driver", 0.6), ("student", 0.6)],
    "wallet": [("cantonese", 3), ("mandarin", 2.5), ("arab", 1.5), ("russian", 1), ("african", 1.2), ("sea", 1), ("hk", 0.8), ("driver", 0.5), ("elder", 1)],
    "id_doc": [("cantonese", 1.5), ("mandarin", 2), ("arab", 2), ("russian", 1.5), ("african", 2), ("sea", 1.5), ("hk", 1), ("student", 0.8)],
    "keys": [("cantonese", 4), ("mandarin", 2), ("elder", 1.5), ("rider", 1), ("driver", 1), ("hk", 0.5)],
    "bag": [("mandarin", 2), ("cantonese", 1.5), ("arab", 1.5), ("russian", 1.5), ("african", 1.5), ("sea", 1.5), ("hk", 0.5), ("student", 0.5)],
    "cash": [("cantonese", 3), ("mandarin", 1.5), ("arab", 1), ("african", 1.5), ("elder", 1), ("russian", 0.5)],
    "jewelry": [("cantonese", 2.5), ("mandarin", 1.5), ("arab", 2), ("elder", 1.5), ("russian", 0.7), ("sea", 0.7), ("hk", 0.5)],
    "electronics": [("mandarin", 2.5), ("cantonese", 1), ("arab", 1.5), ("russian", 1.5), ("african", 1), ("sea", 1), ("student", 1)],
    "ebike": [("rider", 5), ("cantonese", 2), ("mandarin", 1.5)],
    "bicycle": [("cantonese", 2), ("mandarin", 2), ("student", 2), ("elder", 1)],
    "other": [("mandarin", 2), ("cantonese", 1.5), ("arab", 1.2), ("russian", 1), ("african", 1), ("sea", 1), ("elder", 0.5), ("student", 0.5)],
}
FOREIGN_VOICES = ("arab", "russian", "african", "sea")


def new_object(cat, voice=None, place=None):
    voice = voice or wchoice(VOICES_BY_CAT[cat])
    nat = None
    person = zh_name()
    if voice in FOREIGN_VOICES:
        person, nat = foreign_person(voice)
    elif voice == "hk":
        person = zh_name()
    # builders read nationality
    _CUR_NAT[0] = nat
    o = BUILDERS[cat](voice)
    o.voice = voice
    o.nationality = nat
    o.person = person
    for a in ("plate", "frame"):
        if not hasattr(o, a):
            setattr(o, a, None)
    # place and time
    pid = place or ch(CAT_PLACES[cat])
    if voice in FOREIGN_VOICES and pid in ("s2", "s3", "s4") and chance(0.7):
        pid = ch(["hallA", "hallB", "h1", "m1"])
    o.place = pid
    p = PL[pid]
    o.lat, o.lon = jitter(p[5], p[6], 10, 250)
    day = ch(FAIR_DAYS) if chance(0.85) else R.randrange(10, 36)
    kind = p[1]
    if pid in ("r1", "r2", "r3") and chance(0.7):
        hour = R.randrange(7, 11)
    elif kind in ("fair",):
        hour = R.randrange(9, 18)
    elif kind == "hotel":
        hour = ch([7, 8, 19, 20, 21, 22, 23, 12])
    elif kind == "metro":
        hour = ch([8, 9, 17, 18, 19, 20, 21])
    else:
        hour = R.randrange(8, 22)
    t = (day - 1) * 1440 + hour * 60 + R.randrange(60)
    if chance(0.1):
        t = (TYPHOON_DAY - 1) * 1440 + R.randrange(17 * 60, 23 * 60)
    o.t_loss = t
    back = wchoice([(R.randrange(15, 120), 4), (R.randrange(120, 480), 3), (R.randrange(480, 1440), 1.5), (R.randrange(1440, 4320), 0.6)])
    fwd = wchoice([(R.randrange(5, 60), 4), (R.randrange(60, 300), 3), (R.randrange(300, 1500), 1)])
    if cat in ("ebike", "bicycle"):
        back = R.randrange(60, 900)
    o.lost_from = t - back
    o.lost_to = t + fwd
    o.typhoon = (dt(t).day == TYPHOON_DAY and dt(t).month == 10 and dt(t).hour >= 17)
    return o


_CUR_NAT = [None]


def day_hour(t):
    """Finders hand things in while people are about: move a small-hours time to the same morning."""
    h = dt(t).hour
    if h < 7:
        t += (7 - h) * 60 + R.randrange(0, 50)
    return t


def set_found(o, mode="true"):
    """Where and when the true finder picked the object up."""
    p = PL[o.place]
    r = R.random()
    if o.cat in ("ebike", "bicycle"):
        fp = o.place if r < 0.5 else ch([q[0] for q in PLACES if q[1] in ("local", "metro") and q[0] != o.place])
        m = (50, 900)
    elif r < 0.55:
        fp, m = o.place, (5, 300)
    elif o.place == "air":
        fp, m = ch(["air", "air", "taxiB", "h1"]), (0, 300)
    elif r < 0.85:
        cl = CLUSTER_LINKS.get(p[1], [p[1]])
        cands = [q[0] for q in PLACES if q[1] in cl and q[0] != o.place]
        fp, m = ch(cands), (0, 150)
    else:
        fp, m = ch(["taxiB", "m1", "m3", "svcB", "h1", "air", "m5"]), (0, 200)
    if o.place in ("hallA", "hallB", "hallC", "foodC") and chance(0.3):
        fp, m = ch(["svcB", "cloakA"]), (0, 60)
    q = PL[fp]
    o.fplace = fp
    o.flat, o.flon = jitter(q[5], q[6], m[0], m[1])
    if o.cat in ("ebike", "bicycle"):
        delay = R.randrange(120, 6 * 1440)
    else:
        delay = wchoice([(R.randrange(3, 90), 4), (R.randrange(90, 600), 3), (R.randrange(600, 2880), 1.5), (R.randrange(2880, 7200), 0.4)])
    o.t_found = min(day_hour(o.t_loss + delay), NOW_MIN - R.randrange(30, 600))
    if o.t_found < o.lost_from:
        o.t_found = o.lost_from + R.randrange(0, 30)


# ----------------------------------------------------------------------------- rendering

FANCY = {"曜石黑", "亮黑色", "哑光黑", "珍珠白", "雪白", "钛银色", "亮银", "香槟金", "土豪金", "宝蓝色", "海军蓝", "樱花粉",
         "薰衣草紫", "太空灰", "钛灰色", "matte black", "pearl white", "space grey", "champagne gold", "rose pink", "silver grey"}
FANCY_CATS = ("phone", "electronics", "bag", "ebike")


def color_word(c, lang, cat=None):
    if c is None:
        return None
    words = COLORS[c]["en"] if lang == "en" else COLORS[c]["zh"]
    if cat not in FANCY_CATS:
        words = [w for w in words if w not in FANCY] or words
    return ch(words)


def serial_owner(o, lang):
    """What the owner writes in the serial box (or None)."""
    opts = []
    if o.imei and chance(0.45):
        opts.append(spaced_imei(o.imei) if chance(0.8) else ("IMEI后六位" + o.imei[-6:] if lang != "en" else "IMEI last digits " + o.imei[-6:]))
    if o.card and chance(0.6):
        opts.append(card_text(o.card, "owner", lang) if chance(0.6) else ("尾号" + o.card[3] if lang != "en" else o.card[3]))
    if o.idn and chance(0.6):
        opts.append(ch([o.idn, o.idn, mask_id(o.idn), o.idn[:6] + " " + o.idn[6:14] + " " + o.idn[14:]]))
    if o.passport and chance(0.75):
        opts.append(ch([o.passport, o.passport.replace(" ", ""), "Passport No. " + o.passport, "护照号" + o.passport]))
    if o.other_serial and chance(0.6):
        opts.append(o.other_serial)
    if o.plate and chance(0.7):
        pl = o.plate
        opts.append(ch([pl, pl[:2] + " " + pl[2] + " " + pl[3:], pl[2:], "车牌" + pl[3:]]))
    if o.frame and chance(0.35):
        opts.append(ch(["车架号" + o.frame, o.frame, o.frame.lower()]))
    if not opts:
        return None
    return cut(" / ".join(opts[:2]), 60)


def serial_finder(o, force=False):
    if force:
        for _ in range(30):
            s = serial_finder(o)
            if s:
                return s
    opts = []
    if o.imei and chance(0.18):
        opts.append(ch(["卡托IMEI:" + o.imei, spaced_imei(o.imei, 1), "IMEI " + o.imei]))
    if o.card and chance(0.7):
        opts.append(card_text(o.card, "finder"))
    if o.idn and chance(0.8):
        opts.append(ch([o.idn, mask_id(o.idn, 0), mask_id(o.idn, 1), "身份证号" + o.idn]))
    if o.passport and chance(0.85):
        opts.append(ch([o.passport, "护照号:" + o.passport.replace(" ", ""), o.passport]))
    if o.other_serial and chance(0.7):
        opts.append(o.other_serial)
    if o.plate and chance(0.85):
        opts.append(ch([o.plate, "车牌:" + o.plate, o.plate[:2] + o.plate[2:]]))
    if o.frame and chance(0.5):
        opts.append(ch(["车架号:" + o.frame, o.frame]))
    if not opts:
        return None
    return cut(";".join(opts[:2]), 60)


def owner_details(o, lang, k=None):
    ds = [d for d in o.details if d[3] in ("both", "owner") and d[0]]
    if k is None:
        k = R.randrange(0, len(ds) + 1)
    idx = list(range(len(ds)))
    R.shuffle(idx)
    sel = [ds[i] for i in sorted(idx[:k])]
    return [d[1] if lang == "en" else d[0] for d in sel]


def finder_details(o, k=None):
    ds = [d for d in o.details if d[3] in ("both", "finder") and d[2]]
    if k is None:
        k = R.randrange(0, len(ds) + 1)
    idx = list(range(len(ds)))
    R.shuffle(idx)
    return [ds[i][2] for i in sorted(idx[:k])]


def place_owner(pid, lang):
    p = PL[pid]
    return ch(p[4]) if lang == "en" else ch(p[3])


STORY_ZH = ["当时我从{a}过来,到了才发现不见了。", "我沿路返回找过,没找到。",
            "可能是掏东西的时候掉的。", "同事帮我问过服务台,说暂时没有。", "记得最后一次见到是在{a}。", "可能落在的士上,没有要发票。",
            "那边人很多,可能被人捡走了。", "在{a}和{b}之间都有可能。"]
STORY_YUE = ["我由{a}行过嚟,到咗先发现冇咗。", "我返转头搵过,搵唔到。",
             "可能摸荷包嗰阵跌咗。", "问过服务台,话暂时冇。", "最后一次见到系喺{a}。", "可能跌咗喺的士度,冇攞发票。",
             "嗰度好多人,可能俾人执咗。", "{a}同{b}之间都有可能。"]
STORY_EN = ["I came from {a}, when I arrived it was gone.", "I went back to look, nothing.",
            "Maybe I dropped it when taking out my phone.", "The info desk said they have nothing yet.", "Last time I saw it was at {a}.",
            "Maybe I left it in the taxi, I did not take receipt.", "Very crowded there.", "Could be between {a} and {b}.",
            "My interpreter can speak Chinese, please call her."]
PHONE_STORY_ZH = ["查找手机显示最后位置在{a}附近。", "用朋友手机打过去没人接。", "打过电话,开始还通,后来关机了。"]
PHONE_STORY_YUE = ["打过电话,一开始仲通,之后熄咗机。", "用朋友部电话打过去冇人听。"]
PHONE_STORY_EN = ["Find My showed last location near {a}.", "I call my number, nobody answer.", "I called it, first ringing then switched off."]
WALLET_STORY_ZH = ["银行卡已经挂失了。", "身份证已经去补办了。"]
WALLET_STORY_YUE = ["张卡已经挂失咗。"]
WALLET_STORY_EN = ["I already blocked my cards.", "Bank card already blocked."]


def story(o, L, v):
    if not chance(0.5):
        return ""
    a = place_owner(ch(list(PLACES_BY_CLUSTER.get(PL[o.place][1], [o.place]))), L)
    b = place_owner(o.place, L)
    ph, wa = o.cat == "phone", o.cat == "wallet"
    if L == "en":
        pool = STORY_EN + (PHONE_STORY_EN if ph else []) + (WALLET_STORY_EN if wa else [])
    elif v in ("cantonese", "elder", "hk"):
        pool = STORY_YUE + (PHONE_STORY_YUE if ph else []) + (WALLET_STORY_YUE if wa else [])
    else:
        pool = STORY_ZH + (PHONE_STORY_ZH if ph else []) + (WALLET_STORY_ZH if wa else [])
    return ch(pool).format(a=a, b=b)


def yue_verb(pid):
    k = PL[pid][1]
    if k == "food":
        return ch(["饮茶", "食早餐", "饮早茶"])
    if k in ("market", "fair2", "local"):
        return ch(["行街", "买嘢", "入货"])
    if k == "fair":
        return ch(["睇展", "帮手睇档", "开档"])
    if k == "metro":
        return ch(["搭地铁", "转车"])
    if k == "hotel":
        return ch(["见客", "送货"])
    return ch(["搭车", "行街"])


def owner_lang(o):
    if o.voice in FOREIGN_VOICES:
        return "zh_interp" if chance(0.25) else "en"
    return "zh"


def render_lost(o, key):
    lang = owner_lang(o)
    L = "en" if lang == "en" else "zh"
    v = o.voice
    item_zh, item_en = o.kind[0], o.kind[1]
    col = color_word(o.color, L, o.cat) if chance(0.8 if o.cat not in ("id_doc", "keys", "cash") else 0.3) else None
    br = pick_brand_spelling(o.brand, L) if o.brand and chance(0.85) else None
    mod = model_spelling(o.model) if o.model and chance(0.6) else None
    dets = owner_details(o, L)
    place = place_owner(o.place, L)
    when = en_when(o.t_loss) if L == "en" else zh_when(o.t_loss)
    ser = serial_owner(o, L)
    if br and mod and (br.lower() in mod.lower() or mod.lower().startswith(br.lower()[:4])):
        br = None
    desc_zh = (col or "") + (br or "") + (mod or "") + item_zh
    desc_en = " ".join(x for x in [col, br, mod, item_en] if x)
    typhoon_zh = ch(["那天台风落大雨,", "台风天下暴雨,", "当时雨好大,"]) if o.typhoon else ""
    typhoon_en = ch(["it was typhoon rain, ", "big rain that evening, "]) if o.typhoon else ""
    if lang == "en":
        if v == "arab":
            head = ch(["Dear sir, I am %s from %s, buyer at the fair. " % (o.person, o.nationality),
                       "Hello, my name %s (%s). " % (o.person, o.nationality), "Assalamu alaikum. "])
            body = head + ch(["I lost my %s %s near %s. " % (desc_en, when, place), "My %s is missing since %s, I was at %s. " % (desc_en, when, place)])
            tail = ch(["Please help me, it is very important. Shukran.", "Please call my hotel if you find. Thank you my friend.", "Inshallah someone finds it."])
        elif v == "russian":
            head = ch(["Hello. I am %s, %s. " % (o.person, o.nationality), "Good day. ", ""])
            body = head + ch(["Lost %s, %s, place %s. " % (desc_en, when, place), "I lost %s in %s %s. " % (desc_en, place, when)])
            tail = ch(["Spasibo.", "Please contact by WeChat.", "My translator will call."])
        elif v == "african":
            head = ch(["Good afternoon sir/madam, ", "Hello, I am %s from %s. " % (o.person, o.nationality), "Pls, "])
            body = head + ch(["I misplaced my %s %s around %s. " % (desc_en, when, place), "my %s got missing at %s %s. " % (desc_en, place, when)])
            tail = ch(["God bless you.", "I need it urgently abeg.", "Thank you so much.", "I fly back next week please."])
        else:
            head = ch(["Hello, I %s from %s. " % (o.person, o.nationality), "Hi. ", "Sorry. "])
            body = head + ch(["I lose %s at %s, %s. " % (desc_en, place, when), "My %s lost %s near %s. " % (desc_en, when, place)])
            tail = ch(["Thank you very much.", "Please help.", "Thanks."])
        if dets:
            body += ch(["It has: ", "Details: ", "Inside/features: "]) + ", ".join(dets) + ". "
        if ser and chance(0.4):
            body += ch(["Number ", "No: ", "serial "]) + ser + ". "
        st = story(o, "en", v)
        body = typhoon_en + body + (st + " " if st else "") + tail
        body = broken_en(body) if chance(0.55) else body
        body = typo_en(body, R.randrange(0, 3)) if chance(0.5) else body
    elif lang == "zh_interp":
        body = "%s籍客商%s(%s):%s%s在%s附近丢失%s。" % (NAT_ZH.get(o.nationality, "外国"), o.person, ch(["经翻译", "同事代述", "翻译陪同", "酒店前台代为报失"]), typhoon_zh, when, place, desc_zh)
        if dets:
            body += "特征:" + ",".join(dets) + "。"
        body += ch(["本人不会中文,请联系酒店前台转达。", "联系人为其中国同事。", "客人住%s。" % ch(["凯澜国际酒店", "珠湾丽舍酒店", "锦汇公寓", "百悦酒店"]), ""])
    else:
        if v in ("cantonese", "elder", "hk"):
            core = ch(["%s%s喺%s唔见咗个%s。" % (typhoon_zh, when, place, desc_zh), "我%s喺%s跌咗%s," % (when, place, desc_zh) + typhoon_zh,
                       "%s去%s%s,返屋企先发现%s唔见咗。" % (when, place, yue_verb(o.place), desc_zh), "%s喺%s附近,%s冇咗。" % (when, place, desc_zh)])
            extra = ("特征:" + ",".join(yueify(x) for x in dets) + "。") if dets else ""
            extra += story(o, "zh", v)
            tail = ch(["唔该晒!", "拾到请打电话俾我,多谢。", "好紧要㗎,唔该帮手留意。", "", "急!!"])
            body = yueify(core) + extra + tail
            if v == "hk":
                body = ch(["香港人,嚟睇展。", "由香港过嚟做生意。", ""]) + body
                body = body.translate(TRAD) if chance(0.7) else body
            if v == "elder":
                body = ch(["阿婆话", "老人家讲", "我老豆话", ""]) + body + ch(["记唔清楚系边度跌嘅。", "佢记性唔好。", ""])
        elif v == "rider":
            core = ch(["送单时%s停在%s路边,回来就没了,%s。" % (desc_zh, place, when), "%s在%s取餐,%s不见了" % (when, place, desc_zh),
                       "骑手,%s%s丢了%s" % (when, place, desc_zh)])
            body = typhoon_zh + core + ("," + ",".join(dets) if dets else "") + ch(["。急用,靠它吃饭", "", "。平台工号可查", "!!"])
        elif v == "driver":
            core = ch(["本人出租车司机,%s在%s等客时%s不见了。" % (when, place, desc_zh), "网约车司机,%s在%s附近丢失%s" % (when, place, desc_zh)])
            body = core + ("。" + ",".join(dets) if dets else "") + "。"
        elif v == "student":
            core = ch(["我是展会志愿者,%s在%s值班时把%s弄丢了。" % (when, place, desc_zh), "学生,%s在%s丢失%s" % (when, place, desc_zh)])
            body = typhoon_zh + core + ("物品特征:" + ";".join(dets) + "。" if dets else "") + ch(["麻烦老师/警官帮忙留意。", "谢谢!", ""])
        else:
            core = ch(["%s%s在%s丢失%s一个。" % (typhoon_zh, when, place, desc_zh), "本人%s在%s不慎遗失%s," % (when, place, desc_zh),
                       "展商工作人员,%s从%s出来后发现%s丢了。" % (when, place, desc_zh), ("%s" + ch(["坐车", "走路"]) + "经过%s,%s不见了。") % (when, place, desc_zh)])
            body = core + (("特征:" + ",".join(dets) + "。") if dets else "") + story(o, "zh", v) + ch(["望好心人归还,必有重谢。", "请帮忙查找,谢谢。", "", "如有拾到请联系。"])
        if o.idn and o.voice not in FOREIGN_VOICES and chance(0.3):
            body += ch(["证件上名字是%s。", "身份证姓名:%s。", "失主%s。"]) % o.person
        if chance(0.15):
            body = typo_zh(body)
    rec = {"key": key, "category": o.cat, "body": cut(body, 600)}
    # fields: vary how much is filled
    fill = wchoice([(0.15, 2), (0.5, 4), (0.85, 4)])
    if chance(fill) and o.color:
        rec["color"] = color_word(o.color, L, o.cat)
    if o.brand and chance(fill):
        rec["brand"] = pick_brand_spelling(o.brand, L)
    if o.model and chance(fill * 0.8):
        rec["model"] = model_spelling(o.model)
    if ser and chance(0.75):
        rec["serial"] = ser
    md = owner_details(o, L)
    if md and chance(fill):
        rec["marks"] = cut(";".join(md), 500)
    if chance(0.7):
        rec["address"] = cut(place_owner(o.place, L), 60)
    if chance(0.45):
        la, lo = jitter(o.lat, o.lon, 0, 200)
        rec["lat"], rec["lon"] = round(la, 5), round(lo, 5)
    wrong_box(rec, o, L)
    rec["lost_from_min"] = NOW_MIN - o.lost_from
    rec["lost_to_min"] = NOW_MIN - o.lost_to
    return rec


def wrong_box(rec, o, L):
    r = R.random()
    if r < 0.04 and "color" in rec and "brand" not in rec:
        rec["brand"] = rec.pop("color")
    elif r < 0.08 and "serial" in rec and "marks" not in rec:
        rec["marks"] = rec.pop("serial")
    elif r < 0.11 and "brand" in rec and "model" in rec:
        rec["model"] = cut(rec.pop("brand") + rec["model"], 60)
    elif r < 0.14 and "address" in rec:
        rec["marks"] = cut((rec.get("marks", "") + " " + rec.pop("address")).strip(), 500)
    elif r < 0.16 and "serial" not in rec:
        rec["serial"] = ch(["138****" + digits(4), "本人电话139" + digits(4) + "****", "微信同号"])


FINDER_VOICES = [("cleaner", 3), ("guard", 3), ("hotel", 2), ("metro", 2), ("taxi", 1.5), ("rider", 1), ("citizen", 2), ("shop", 1.5),
                 ("desk", 3), ("foreigner", 0.6)]


def finder_voice(o):
    k = PL[o.fplace][1]
    if k == "metro":
        return wchoice([("metro", 5), ("citizen", 1), ("desk", 1.5)])
    if k == "hotel":
        return wchoice([("hotel", 5), ("cleaner", 1.5), ("desk", 1), ("foreigner", 0.5)])
    if k in ("market", "fair2"):
        return wchoice([("shop", 4), ("citizen", 1), ("desk", 1), ("guard", 1)])
    if k == "food":
        return wchoice([("shop", 3), ("cleaner", 1), ("citizen", 1), ("desk", 1)])
    if o.fplace == "taxiB" or o.fplace == "air":
        return wchoice([("taxi", 4), ("desk", 1), ("guard", 1)])
    if k == "local":
        return wchoice([("citizen", 3), ("rider", 2), ("desk", 2), ("shop", 1)])
    return wchoice([("cleaner", 3), ("guard", 3), ("desk", 2), ("citizen", 1), ("foreigner", 0.5), ("rider", 0.5)])


def render_found(o, key, negative=None):
    v = finder_voice(o)
    col = color_word(o.color, "zh", o.cat) if chance(0.85 if o.cat not in ("id_doc", "keys", "cash") else 0.4) else None
    br = pick_brand_spelling(o.brand, "zh", 0.04) if o.brand and chance(0.8) else None
    mod = o.model if (o.model and o.cat not in ("phone",) and chance(0.5)) else (model_spelling(o.model) if o.model and chance(0.25) else None)
    item = o.kind[2]
    if br and mod and (br.lower() in mod.lower() or mod.lower().startswith(br.lower()[:4])):
        br = None
    desc = (col or "") + (br or "") + (("(" + mod + ")") if mod else "") + item
    dets = finder_details(o)
    fname = PL[o.fplace][2]
    when = zh_when(o.t_found, exact=chance(0.5))
    if v == "cleaner":
        body = ch(["保洁员在%s清洁时发现%s,交服务台。" % (fname, desc), "%s保洁在%s捡到%s一件" % (when, fname, desc), "清洁阿姨于%s%s拾得%s。" % (fname, when, desc)])
    elif v == "guard":
        body = ch(["安保巡逻于%s在%s拾获%s。" % (when, fname, desc), "%s安检口遗留%s,无人认领。" % (fname, desc), "保安队交来:%s,地点%s。" % (desc, fname)])
    elif v == "hotel":
        body = ch(["%s前台交来:客人遗留%s,%s在大堂沙发发现。" % (fname, desc, when), "%s客房清扫时发现%s,退房客人遗留。" % (fname, desc),
                   "酒店礼宾部拾得%s一件,时间%s。" % (desc, when)])
    elif v == "metro":
        body = ch(["%s站务员于%s站台拾获%s。" % (fname, when, desc), "%s列车清客时发现%s。" % (fname, desc), "乘客交站务:%s,%s。" % (desc, when)])
    elif v == "taxi":
        body = ch(["的士司机交来,话有乘客留低咗%s喺车上,%s。" % (desc, when), "网约车司机送来%s,乘客在%s下车后遗留。" % (desc, fname),
                   "出租车司机%s师傅拾得%s,%s。" % (ch(ZH_SUR), desc, when)])
    elif v == "rider":
        body = ch(["外卖小哥送单路过%s捡到%s,送到警务室。" % (fname, desc), "骑手在%s路边拾到%s" % (fname, desc)])
    elif v == "shop":
        body = ch(["档口老板交来:有个客仔留低咗%s喺%s,等咗成日冇人返嚟搵。" % (desc, fname), "%s店员在餐桌下发现%s。" % (fname, desc),
                   "%s商户拾得%s一个,%s。" % (fname, desc, when)])
    elif v == "foreigner":
        body = ch(["外籍客人交来(英文沟通):在%s地上捡到%s, guest said 'found on the floor near the seats'。" % (fname, desc),
                   "外籍人士交来,自述在%s捡到%s。" % (fname, desc)])
    elif v == "citizen":
        body = ch(["市民%s在%s拾得%s,送交本所。" % (zh_name(), fname, desc), "热心群众于%s%s附近捡到%s。" % (when, fname, desc),
                   "街坊送来:%s,喺%s门口执到。" % (desc, fname)])
    else:
        body = ch(["拾得物:%s,地点%s。" % (desc, fname), "%s;%s;%s" % (desc, fname, when), "登记%s一件,于%s拾得。" % (desc, fname)])
    if o.typhoon and chance(0.6) and abs(o.t_found - o.t_loss) < 600:
        body = ch(["台风暴雨中,", "雨天,物品有些湿,", ""]) + body
    if dets:
        body += ch(["特征:", "物品情况:", "", "另:"]) + ",".join(dets) + "。"
    if o.idn and chance(0.3):
        body += "证件姓名%s。" % (o.person[0] + "**" if chance(0.6) else o.person) if o.voice not in FOREIGN_VOICES else ""
    if o.passport and chance(0.5):
        body += "护照持有人%s,%s籍。" % (o.person.upper(), NAT_ZH.get(o.nationality, "外"))
    if chance(0.1):
        body = typo_zh(body)
    rec = {"key": key, "category": o.cat, "body": cut(body, 600)}
    fill = wchoice([(0.2, 1), (0.55, 3), (0.9, 4)])
    if o.color and chance(fill):
        rec["color"] = color_word(o.color, "zh", o.cat)
    if o.brand and chance(fill):
        rec["brand"] = pick_brand_spelling(o.brand, "zh", 0.03)
    if o.model and chance(fill * 0.5):
        rec["model"] = model_spelling(o.model)
    s = serial_finder(o, force=(negative == "serial_near_miss"))
    if s and (chance(0.8) or negative == "serial_near_miss"):
        rec["serial"] = s
    md = finder_details(o)
    if md and chance(fill):
        rec["marks"] = cut(";".join(md), 500)
    if chance(0.8):
        rec["address"] = cut(fname, 60)
    if chance(0.7):
        rec["lat"], rec["lon"] = round(o.flat, 5), round(o.flon, 5)
    r = R.random()
    if r < 0.03 and "color" in rec and "marks" not in rec:
        rec["marks"] = rec.pop("color")
    elif r < 0.06 and "serial" in rec and "marks" not in rec:
        rec["marks"] = rec.pop("serial")
    rec["found_at_min"] = NOW_MIN - o.t_found
    if negative:
        rec["negative"] = negative
    return rec


# ----------------------------------------------------------------------------- negatives

def clone(o):
    c = Obj()
    c.__dict__.update(o.__dict__)
    c.details = list(o.details)
    return c


def fresh_serials(c, src):
    if src.imei:
        c.imei = make_imei()
    if src.card:
        c.card = (src.card[0], src.card[1], src.card[2], digits(4))
    if src.idn:
        c.idn = make_id()
    if src.passport:
        c.passport = passport_no(src.nationality)
    if src.other_serial:
        s = src.other_serial
        c.other_serial = "".join(ch("0123456789") if x.isdigit() else x for x in s)
    if src.plate:
        c.plate = src.plate[:3] + digits(5)
    if src.frame:
        c.frame = src.frame[:5] + digits(len(src.frame) - 5)
    c.person = zh_name() if src.voice not in FOREIGN_VOICES else foreign_person(src.voice)[0]


def near_digit(s):
    idx = [i for i, x in enumerate(s) if x.isdigit()]
    i = ch(idx[-6:])
    return s[:i] + str((int(s[i]) + R.randrange(1, 9)) % 10) + s[i + 1:]


def place_time_near(c, src, before=False):
    p = PL[src.place]
    if chance(0.6) or src.place == "air":
        c.fplace = src.place
        q = p
        c.flat, c.flon = jitter(q[5], q[6], 20, 400)
    else:
        cl = CLUSTER_LINKS.get(p[1], [p[1]])
        cands = [x[0] for x in PLACES if x[1] in cl and x[0] != src.place]
        c.fplace = ch(cands)
        q = PL[c.fplace]
        c.flat, c.flon = jitter(q[5], q[6], 0, 200)
    if before:
        c.t_found = day_hour(src.lost_from - R.randrange(30, 5 * 1440))
        if c.t_found >= src.lost_from:
            c.t_found -= 1440
    else:
        c.t_found = min(day_hour(src.lost_from + R.randrange(0, 3 * 1440)), NOW_MIN - R.randrange(30, 300))
    c.t_loss = c.t_found - R.randrange(10, 300)


def twin_of(src):
    """Another object of the same kind (a passport for a passport, a ring for a ring), own details."""
    b = BUILDERS[src.cat]
    other = None
    for _ in range(40):
        _CUR_NAT[0] = src.nationality
        other = b(src.voice)
        if other.kind == src.kind:
            break
    return other


def mixed_details(src, other, keep_first):
    """The leading descriptor (case, leather, key count, container) from the source when keep_first,
    the rest from the other object. Wallets, cash and bags always keep their own leading descriptor."""
    if keep_first or src.cat in ("wallet", "cash") or other.kind != src.kind:
        return src.details[:1] + [d for d in other.details[1:] if d not in src.details[:1]][:2]
    return other.details[:3]


def make_negative(src, kind):
    c = clone(src)
    fresh_serials(c, src)
    if kind == "near_twin":
        # same category, kind, brand, model and colour, nearby and in time; its visible details are
        # another object's, so it is told apart only by what one side happened to write down
        c.details = mixed_details(src, twin_of(src), chance(0.5))
        place_time_near(c, src)
    elif kind == "found_before_loss":
        # looks like the lost thing (sometimes word for word), but was handed in before the loss began
        if chance(0.6):
            c.details = mixed_details(src, twin_of(src), chance(0.5))
        place_time_near(c, src, before=True)
    elif kind == "same_cat_color":
        b = BUILDERS[src.cat]
        other = None
        for _ in range(60):
            _CUR_NAT[0] = src.nationality
            cand = b(ch(["mandarin", "cantonese", src.voice]))
            if (cand.brand != src.brand or cand.kind != src.kind or src.brand is None) and cand.color == src.color:
                other = cand
                break
        if other is None:
            for _ in range(30):
                _CUR_NAT[0] = src.nationality
                other = b(src.voice)
                if other.kind == src.kind and (other.brand != src.brand or src.brand is None):
                    break
        other.color = src.color
        for a in ("plate", "frame"):
            if not hasattr(other, a):
                setattr(other, a, None)
        other.voice, other.nationality, other.place = src.voice, src.nationality, src.place
        other.person = zh_name() if src.voice not in FOREIGN_VOICES else foreign_person(src.voice)[0]
        other.lost_from = src.lost_from
        c = other
        place_time_near(c, src)
    elif kind == "same_brand_far":
        f = ch(FAR_PLACES)
        c.fplace = "far:" + f[0]
        c.flat, c.flon = jitter(f[2], f[3], 0, 300)
        if chance(0.5) and src.cat not in ("id_doc", "jewelry", "cash") and src.color:
            c.color = ch([k for k in COLOR_KEYS if k != src.color])
        if chance(0.5):
            c.t_found = day_hour(src.lost_from - R.randrange(3 * 1440, 25 * 1440))
        else:
            c.t_found = min(day_hour(src.lost_to + R.randrange(2 * 1440, 12 * 1440)), NOW_MIN - R.randrange(60, 600))
            if c.t_found < src.lost_from:
                c.t_found = src.lost_from + 60
        c.details = mixed_details(src, twin_of(src), chance(0.3))
    elif kind == "serial_near_miss":
        # same look, a serial one or two digits away from the owner's (a batch neighbour, a card tail)
        if src.imei:
            s = near_digit(src.imei[:-1])
            c.imei = s + luhn_check(s)
        if src.card:
            c.card = (src.card[0], src.card[1], src.card[2], near_digit(src.card[3]))
        if src.idn:
            s = near_digit(src.idn[:17])
            c.idn = s + id_check(s)
        if src.passport:
            c.passport = near_digit(src.passport)
        if src.other_serial:
            c.other_serial = near_digit(src.other_serial)
        if src.plate:
            c.plate = near_digit(src.plate)
        if src.frame:
            c.frame = near_digit(src.frame)
        c.details = mixed_details(src, twin_of(src), chance(0.5))
        place_time_near(c, src)
    elif kind == "same_place_other_color":
        if src.cat == "jewelry":
            c.color = ch([k for k in ("gold", "silver", "white", "green", "brown") if k != src.color])
        elif src.color:
            c.color = ch([k for k in COLOR_KEYS if COLORS[k]["fam"] != COLORS[src.color]["fam"]])
        c.details = mixed_details(src, twin_of(src), False)
        place_time_near(c, src)
    c.typhoon = False
    return c


def has_serial(o):
    return bool(o.imei or o.card or o.idn or o.passport or o.other_serial or o.plate or o.frame)


# far places are not in PL; register them so rendering works
for _f in FAR_PLACES:
    PL["far:" + _f[0]] = ("far:" + _f[0], "far", _f[1], [_f[1]], [_f[1]], _f[2], _f[3])


# ----------------------------------------------------------------------------- assemble

CAT_COUNTS = [("phone", 45), ("wallet", 35), ("id_doc", 30), ("bag", 30), ("electronics", 25), ("keys", 20),
              ("other", 17), ("jewelry", 12), ("cash", 10), ("ebike", 10), ("bicycle", 6)]
FOUND_BIAS = {"phone": 0.1, "wallet": 0.05, "id_doc": 0.2, "bag": 0.15, "electronics": 0.05, "keys": 0.0, "other": -0.05,
              "jewelry": -0.1, "cash": -0.3, "ebike": -0.1, "bicycle": -0.15}
CROSS = [("id_doc", "wallet"), ("jewelry", "electronics"), ("bag", "other"), ("other", "id_doc")]


def main():
    cats = []
    for c, n in CAT_COUNTS:
        cats += [c] * n
    R.shuffle(cats)
    objs = [new_object(c) for c in cats]
    scored = sorted(range(len(objs)), key=lambda i: (-(R.random() + FOUND_BIAS[objs[i].cat]), i))
    pair_idx = sorted(scored[:N_PAIRS])
    absent_idx = sorted(scored[N_PAIRS:])
    for i in pair_idx:
        set_found(objs[i])

    # cross-category filings (at most 5 pairs)
    cross_done = []
    for fcat, lcat in CROSS:
        for i in pair_idx:
            if objs[i].cat == fcat and i not in [x[0] for x in cross_done]:
                o = objs[i]
                if fcat == "jewelry" and o.kind[0] != "手表":
                    continue
                if fcat == "bag" and o.kind[0] not in ("帆布袋", "腰包"):
                    continue
                if fcat == "other" and o.kind[0] != "参展证":
                    continue
                cross_done.append((i, lcat))
                break
    cross_map = dict(cross_done)

    # negatives
    neg_specs = []
    subjects = list(range(len(objs)))
    for kind, n in NEG_PLAN:
        pool = [i for i in subjects if (kind != "serial_near_miss" or has_serial(objs[i]))
                and (kind not in ("near_twin", "same_brand_far") or objs[i].brand or objs[i].cat in ("id_doc", "keys", "cash", "other"))
                and (kind != "same_place_other_color" or objs[i].color)]
        # lean on absent reports (the abstention cases) a little more
        pool_abs = [i for i in pool if i in absent_idx]
        pool_pair = [i for i in pool if i in pair_idx]
        for k in range(n):
            src_i = ch(pool_abs) if (chance(0.55) and pool_abs) else ch(pool_pair)
            neg_specs.append((src_i, kind))
    negs = []
    for src_i, kind in neg_specs:
        c = make_negative(objs[src_i], kind)
        negs.append((c, kind, src_i))

    # keys: shuffle the order of registrations before numbering
    lost_order = list(range(len(objs)))
    R.shuffle(lost_order)
    found_entries = [("T", i) for i in pair_idx] + [("N", j) for j in range(len(negs))]
    R.shuffle(found_entries)
    fkey = {}
    found = []
    for n, (t, i) in enumerate(found_entries, 1):
        key = "%s-F%04d" % (PFX, n)
        if t == "T":
            fkey[i] = key
            found.append(render_found(objs[i], key))
        else:
            c, kind, _ = negs[i]
            found.append(render_found(c, key, negative=kind))
    lost = []
    for n, i in enumerate(lost_order, 1):
        key = "%s-L%04d" % (PFX, n)
        rec = render_lost(objs[i], key)
        if i in cross_map:
            rec["category"] = cross_map[i]
        rec["truth"] = fkey.get(i)
        lost.append(rec)
    out = {"seed": SEED, "made_by": "tests/lostfound/make_set107.py", "parts": {PART: {"found": found, "lost": lost}}}
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "set107.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1, sort_keys=False)
        fh.write("\n")
    nneg = sum(1 for f in found if "negative" in f)
    print("set107: %d lost (%d with truth, %d never handed in), %d found (%d true, %d hard negatives), %d cross-category pairs"
          % (len(lost), sum(1 for x in lost if x["truth"]), sum(1 for x in lost if not x["truth"]), len(found), len(found) - nneg, nneg, len(cross_map)))


if __name__ == "__main__":
    main()
