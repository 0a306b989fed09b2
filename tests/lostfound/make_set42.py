#!/usr/bin/env python3
"""Write tests/lostfound/set42.json: a blind labelled lost-and-found set for 沙洲镇.

沙洲镇 is an invented Yangtze river port town in the invented 临江县, late autumn
(October-November).  Every person, place, model and number here is invented.

Each object first gets a hidden truth record; the owner's lost report and the
finder's registration are then written separately from it, each knowing only what
that person would know.  Python 3 standard library only, one random.Random(SEED),
output identical on every run and under any PYTHONHASHSEED.
"""
import datetime
import json
import os
import random

SEED = 4242
PFX = "U3"
PART = "set42"
N_TRUE, N_NEVER, N_NEG = 300, 100, 200
R = random.Random(SEED)
NOW = datetime.datetime(2025, 11, 30, 18, 0)   # the moment of registration
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set42.json")


def pick(seq):
    return seq[R.randrange(len(seq))]


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


def sample(seq, k):
    k = max(0, min(k, len(seq)))
    return R.sample(list(seq), k)


# ---------------------------------------------------------------- numbers
def luhn_digit(payload):
    tot = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def make_imei(tac=None):
    tac = tac or ("86" + digits(6))
    body = tac + digits(6)
    return body + luhn_digit(body)


GB_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
GB_C = "10X98765432"


def id_check(s17):
    return GB_C[sum(int(a) * w for a, w in zip(s17, GB_W)) % 11]


def make_id(region, birth, female):
    seq = R.randrange(0, 100) * 10 + (R.choice([0, 2, 4, 6, 8]) if female else R.choice([1, 3, 5, 7, 9]))
    s17 = region + birth.strftime("%Y%m%d") + "%03d" % seq
    return s17 + id_check(s17)


def make_card():
    n = pick([16, 19, 19])
    return "62" + digits(n - 2)


CN_D = "零一二三四五六七八九"


def cn_num(n):
    """simple Chinese reading of 1..99999 as people say it (600 -> 六百, 350 -> 三百五)."""
    if n <= 0:
        return "零"
    units = [(10000, "万"), (1000, "千"), (100, "百"), (10, "十")]
    out = ""
    rest = n
    zero = False
    started = False
    for val, name in units:
        d = rest // val
        rest = rest % val
        if d:
            if zero and started:
                out += "零"
            dd = "两" if (d == 2 and val >= 1000) else CN_D[d]
            if val == 10 and d == 1 and not started:
                dd = ""
            out += dd + name
            started = True
            zero = False
        elif started:
            zero = True
    if rest:
        if zero and started:
            out += "零"
        out += CN_D[rest]
    # 三百五十 -> 三百五 is how people say it
    if out.endswith("十") and len(out) >= 3 and out[-3] in "百":
        out = out[:-1]
    return out


def approx_amount(a):
    """how an owner remembers a sum."""
    forms = []
    if a >= 100:
        h = a // 100
        forms.append("%d多块" % (h * 100) if a % 100 else "%d块" % a)
        forms.append(cn_num(h * 100) + "多块" if a % 100 else cn_num(a) + "块")
        forms.append("大概%d元" % (int(round(a / 100.0)) * 100))
        forms.append("%d块左右" % (int(round(a / 50.0)) * 50))
        if 2 <= h <= 8 and a % 100:
            forms.append(cn_num(h * 100).replace("百", "") + cn_num((h + 1) * 100) + "块钱的样子")
    else:
        forms.append("几十块零钱")
        forms.append("%d来块" % ((a // 10) * 10 or 10))
    return pick(forms)


# ---------------------------------------------------------------- world
SURN = list("王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许沈曾彭吕苏卢蒋蔡丁魏叶余潘杜夏钟汪田任姜范方石姚谭廖邹熊金陆孔白崔毛邱秦江顾侯邵孟龙万段汤易常武乔贺龚文柯涂喻")
G_OLD = ["秀英", "桂兰", "玉珍", "凤英", "德明", "国华", "建国", "福生", "水生", "春香", "金莲", "桂香", "长庚",
         "友才", "冬梅", "满堂", "翠花", "银娥", "德胜", "泽民", "腊梅", "四海", "秋菊", "启贵", "三毛", "细妹",
         "宝珍", "木生", "菊英", "汉清"]
G_MID = ["建军", "海燕", "丽娟", "伟", "军", "红梅", "志强", "晓东", "小平", "春燕", "卫东", "海涛", "丽华", "勇",
         "静", "新民", "金平", "少华", "文斌", "艳", "朝阳", "国庆", "红霞", "立新", "江波", "水清", "慧敏", "志刚"]
G_YOUNG = ["子涵", "梓萱", "浩然", "雨桐", "宇轩", "一诺", "欣怡", "俊杰", "思远", "佳怡", "梓轩", "诗琪", "铭泽",
           "可欣", "子墨", "语嫣", "博文", "雅琪", "天佑", "若曦", "锦程", "晨阳", "沐辰", "安琪", "家乐", "心怡"]
FEMALE_HINT = set(["秀英", "桂兰", "玉珍", "凤英", "春香", "金莲", "桂香", "冬梅", "翠花", "银娥", "腊梅", "秋菊",
                   "细妹", "宝珍", "菊英", "海燕", "丽娟", "红梅", "春燕", "丽华", "静", "艳", "红霞", "慧敏",
                   "子涵", "梓萱", "雨桐", "欣怡", "佳怡", "诗琪", "可欣", "语嫣", "雅琪", "若曦", "安琪", "心怡"])
VILLAGES = ["柳湾村", "江心洲村", "新垸村", "何家嘴村", "黄泥湖村", "三合村", "永丰村", "沙湖村", "青石村",
            "罗家湾村", "芦花村", "堤角村"]
OTHER_TOWNS = ["白沙乡", "江口镇", "龙潭乡", "坪山镇"]
CITIES = [("武汉", "4201"), ("南昌", "3601"), ("长沙", "4301"), ("合肥", "3401"), ("上海", "3101"),
          ("杭州", "3301"), ("广州", "4401"), ("九江", "3604")]
BANKS = ["农业银行", "农商银行", "邮储银行", "建设银行", "工商银行", "信用社", "中国银行"]
USED_NAMES = set()


def make_name(age):
    pool = G_OLD if age >= 55 else (G_MID if age >= 28 else G_YOUNG)
    for _ in range(200):
        n = pick(SURN) + pick(pool)
        if n not in USED_NAMES:
            USED_NAMES.add(n)
            return n
    n = pick(SURN) + pick(pool) + pick(["", "儿"])
    return n


ROLES = ["passenger", "trader", "buyer", "boatman", "pupil", "grandparent", "tourist", "patient"]
AGE = {"passenger": (19, 60), "trader": (28, 62), "buyer": (35, 76), "boatman": (30, 66), "pupil": (12, 16),
       "grandparent": (58, 83), "tourist": (22, 55), "patient": (45, 86)}


def make_person(role):
    age = R.randint(*AGE[role])
    name = make_name(age)
    given = name[1:]
    female = given in FEMALE_HINT
    if role == "tourist":
        city, pre = pick(CITIES)
        origin = city + "人"
        region = pre + "9" + str(R.randrange(1, 10))
    elif role == "buyer" and chance(.6):
        origin = pick(OTHER_TOWNS) + pick(VILLAGES)
        region = "4290" + pick(["62", "63", "64"])
    else:
        origin = "沙洲镇" + pick(VILLAGES) if role != "trader" or chance(.5) else "沙洲镇新街"
        region = "4290" + pick(["61", "61", "65"])
    birth = datetime.date(2025 - age, R.randint(1, 12), R.randint(1, 28))
    return {"role": role, "age": age, "name": name, "female": female, "origin": origin,
            "id": make_id(region, birth, female), "tail": digits(4)}


# places: key -> names (official first), lat, lon, spots
PLACES = {
    "ferry": (["沙洲客运码头", "沙洲渡口", "轮渡码头", "客运码头", "江边码头"], 30.07120, 115.62330,
              ["候船厅", "候船厅二楼", "售票窗口", "检票口", "趸船上", "台阶上", "停车场", "门口小卖部"]),
    "boat": (["渡轮上", "轮渡上", "过江的渡船上"], 30.07610, 115.62690,
             ["二层座椅下面", "一层车辆甲板", "船尾", "客舱走道", "船上厕所"]),
    "market": (["沙洲干货批发市场", "干货市场", "大市场", "沙洲批发市场"], 30.06550, 115.62980,
               ["干货区", "香菇木耳摊", "B区", "东门", "西门停车场", "服装区", "二楼服装城", "市场管理处门口", "过磅处"]),
    "bus": (["沙洲汽车站", "沙洲客运站", "镇汽车站", "车站"], 30.06180, 115.63520,
            ["候车室", "售票厅", "进站口", "发车区", "车站厕所", "门口早点摊"]),
    "bus_ride": (["沙洲到县城的班车上", "去县城的中巴车上", "班车上"], 30.11600, 115.56700,
                 ["后排座位", "行李架", "司机后面的座位", "车门边"]),
    "hospital": (["沙洲镇卫生院", "镇卫生院", "镇医院"], 30.05910, 115.62770,
                 ["门诊大厅", "挂号收费处", "住院部三楼", "输液室", "药房窗口", "B超室门口"]),
    "school": (["沙洲中学", "镇中学", "沙洲镇中学"], 30.05700, 115.61900,
               ["男生宿舍", "女生宿舍", "食堂", "操场", "校门口", "教学楼三楼", "学校小卖部"]),
    "fishing": (["下河街渔码头", "渔船码头", "渔港"], 30.07350, 115.61500,
                ["鱼货摊", "渔船上", "栈桥", "冰厂门口", "修船棚"]),
    "night": (["江滩夜市", "滨江路夜市", "夜市"], 30.06980, 115.62700,
              ["烧烤摊", "炒粉摊", "套圈摊", "卖衣服的摊子", "公厕旁边"]),
    "street": (["沙洲大道", "老街", "新街", "滨江路"], 30.06420, 115.62550,
               ["路边", "公交站台", "农商银行门口", "超市门口", "药店门口"]),
    # farther away
    "county_bus": (["临江县汽车客运总站", "县汽车站", "县城车站"], 30.17120, 115.50830,
                   ["到站车辆", "候车室", "出站口"]),
    "opposite": (["柳林渡口", "对岸柳林码头", "江北柳林渡口"], 30.08680, 115.64090, ["候船棚", "码头台阶", "渡口小卖部"]),
    "baisha": (["白沙乡集镇", "白沙乡"], 30.01050, 115.70380, ["乡政府门口", "集镇路边", "村口"]),
    "county_hosp": (["临江县人民医院", "县医院"], 30.17680, 115.51510, ["门诊楼", "住院部"]),
    "jiangkou": (["江口镇", "江口镇老街"], 30.11230, 115.73520, ["路边", "车站门口"]),
}
TOWN = ["ferry", "boat", "market", "bus", "bus_ride", "hospital", "school", "fishing", "night", "street"]
FAR = ["county_bus", "opposite", "baisha", "county_hosp", "jiangkou"]

ROLE_PLACES = {
    "passenger": [("ferry", 4), ("boat", 3), ("bus", 3), ("bus_ride", 2), ("street", 2), ("night", 1)],
    "trader": [("market", 6), ("night", 2), ("street", 2), ("bus", 1), ("ferry", 1)],
    "buyer": [("market", 5), ("bus", 3), ("bus_ride", 2), ("ferry", 2), ("boat", 1), ("street", 1)],
    "boatman": [("fishing", 5), ("ferry", 2), ("boat", 2), ("night", 2), ("street", 1)],
    "pupil": [("school", 6), ("bus", 2), ("street", 2), ("night", 1), ("bus_ride", 1)],
    "grandparent": [("school", 3), ("hospital", 2), ("market", 3), ("street", 2), ("bus", 2), ("ferry", 1)],
    "tourist": [("ferry", 3), ("boat", 3), ("night", 3), ("street", 1), ("bus", 1)],
    "patient": [("hospital", 6), ("street", 1), ("bus", 1), ("market", 1)],
}
ACTS = {
    "ferry": ["等船", "买船票", "候船", "下船出来"], "boat": ["坐渡轮过江", "过江", "坐轮渡"],
    "market": ["进货", "买香菇木耳", "批衣服", "看摊", "买干货"], "bus": ["等车", "买车票", "候车"],
    "bus_ride": ["坐班车", "坐车去县城", "坐中巴回来"], "hospital": ["看病", "陪老伴输液", "拿药", "做检查"],
    "school": ["送孙子到学校", "上晚自习", "在宿舍", "接孙女放学", "上体育课"],
    "fishing": ["卸鱼", "补网", "买鱼", "收船"], "night": ["吃烧烤", "逛夜市", "摆摊", "吃宵夜"],
    "street": ["骑车回家", "走路去市场", "取钱", "买菜"],
}
HOURS = {"ferry": (6, 19), "boat": (6, 19), "market": (5, 18), "bus": (6, 18), "bus_ride": (6, 18),
         "hospital": (7, 18), "school": (6, 22), "fishing": (4, 18), "night": (18, 23), "street": (6, 22),
         "county_bus": (7, 19), "opposite": (6, 19), "baisha": (6, 19), "county_hosp": (7, 18), "jiangkou": (6, 19)}
FOUND_NEAR = {
    "ferry": [("ferry", 14), ("boat", 2), ("opposite", 2), ("street", 2)],
    "boat": [("boat", 10), ("ferry", 7), ("opposite", 3)],
    "market": [("market", 14), ("street", 3), ("bus", 2), ("night", 1)],
    "bus": [("bus", 14), ("bus_ride", 2), ("street", 2), ("county_bus", 2)],
    "bus_ride": [("county_bus", 9), ("bus", 9), ("street", 2)],
    "hospital": [("hospital", 17), ("street", 3)],
    "school": [("school", 17), ("street", 3)],
    "fishing": [("fishing", 15), ("ferry", 3), ("night", 2)],
    "night": [("night", 15), ("street", 5)],
    "street": [("street", 12), ("market", 3), ("bus", 2), ("night", 3)],
}
BOATS = ["沙洲渡1号", "沙洲渡2号", "沙洲渡3号", "临渡8号", "江洲客渡5号"]


def place_name(pk, official=False):
    names = PLACES[pk][0]
    return names[0] if official else pick(names)


def jitter_ll(pk, spread=0.0012):
    _, lat, lon, _ = PLACES[pk]
    return round(lat + R.uniform(-spread, spread), 6), round(lon + R.uniform(-spread, spread), 6)


# ---------------------------------------------------------------- colours and brands
COLORS = {
    "black": (["黑色", "黑色", "黑", "曜石黑", "亮黑色", "幻夜黑", "哑光黑", "深色"], ["黑色", "黑色", "黑", "深色"]),
    "white": (["白色", "白色", "白", "珍珠白", "月光白", "米白色"], ["白色", "白", "米白色"]),
    "blue": (["蓝色", "蓝色", "天蓝色", "深海蓝", "宝石蓝", "浅蓝"], ["蓝色", "蓝", "浅蓝色"]),
    "navy": (["藏青色", "深蓝色", "藏蓝"], ["深蓝色", "深色", "藏青色"]),
    "red": (["红色", "红色", "大红色", "中国红", "酒红色"], ["红色", "红", "暗红色"]),
    "gold": (["金色", "香槟金", "土豪金", "流光金"], ["金色", "金黄色"]),
    "silver": (["银色", "银白色", "星河银", "亮银"], ["银色", "银白色"]),
    "grey": (["灰色", "深空灰", "太空灰", "星空灰", "银灰色"], ["灰色", "深灰色", "灰"]),
    "green": (["绿色", "墨绿色", "军绿色", "翡冷翠"], ["绿色", "墨绿色", "深绿色"]),
    "pink": (["粉色", "樱花粉", "粉红色", "少女粉"], ["粉色", "粉红色", "浅粉色"]),
    "purple": (["紫色", "梦幻紫", "浅紫色", "薰衣草紫"], ["紫色", "淡紫色"]),
    "brown": (["棕色", "咖啡色", "驼色", "深棕色"], ["棕色", "咖啡色", "褐色"]),
    "yellow": (["黄色", "柠檬黄", "明黄色"], ["黄色", "黄"]),
    "orange": (["橙色", "橘色"], ["橙色", "橘黄色"]),
}


def cwo(c, plain=False):
    return pick(COLORS[c][1] if plain else COLORS[c][0])


FANCY = ("phone", "electronics", "ebike")


def cwf(c):
    return pick(COLORS[c][1])


BR = {
    "huawei": (["华为", "华为", "HUAWEI", "huawei", "华伟", "Huawei"], ["HUAWEI", "华为", "华为"]),
    "honor": (["荣耀", "荣耀", "HONOR", "honor", "rongyao"], ["HONOR", "荣耀"]),
    "xiaomi": (["小米", "小米", "Xiaomi", "xiaomi", "MI"], ["Xiaomi", "小米"]),
    "redmi": (["红米", "红米", "Redmi", "redmi", "小米红米"], ["Redmi", "红米"]),
    "oppo": (["OPPO", "oppo", "欧珀", "OPPO"], ["OPPO", "oppo"]),
    "vivo": (["vivo", "VIVO", "维沃", "步步高vivo"], ["vivo", "VIVO"]),
    "apple": (["苹果", "苹果", "iPhone", "Apple", "平果", "iphone", "爱疯"], ["苹果", "iPhone", "苹果"]),
    "samsung": (["三星", "Samsung", "SAMSUNG", "sanxing"], ["SAMSUNG", "三星"]),
    "leshou": (["乐寿", "乐寿老人机", "leshou"], ["乐寿", "LESHOU"]),
    "yadea": (["雅迪", "雅迪", "Yadea", "yadi"], ["雅迪", "Yadea"]),
    "aima": (["爱玛", "AIMA", "aima", "艾玛"], ["爱玛", "AIMA"]),
    "tailg": (["台铃", "TAILG", "tailing", "台玲"], ["台铃", "TAILG"]),
    "sunra": (["新日", "Sunra", "xinri"], ["新日", "SUNRA"]),
    "luyuan": (["绿源", "LUYUAN", "lvyuan"], ["绿源", "LUYUAN"]),
    "niu": (["小牛", "NIU", "小牛电动"], ["小牛", "NIU"]),
    "jiangfan": (["江帆", "江帆电动车", "jiangfan"], ["江帆"]),
    "forever": (["永久", "Forever", "yongjiu", "永久牌"], ["永久", "FOREVER"]),
    "phoenix": (["凤凰", "Phoenix", "fenghuang", "凤凰牌"], ["凤凰", "PHOENIX"]),
    "giant": (["捷安特", "GIANT", "jieante", "giant"], ["GIANT", "捷安特"]),
    "xds": (["喜德盛", "XDS", "xidesheng"], ["XDS", "喜德盛"]),
    "jiangying": (["江鹰", "江鹰牌"], ["江鹰"]),
    "nike": (["耐克", "Nike", "NIKE", "naike"], ["NIKE", "耐克"]),
    "adidas": (["阿迪达斯", "adidas", "阿迪", "Adidas"], ["adidas", "阿迪达斯"]),
    "lining": (["李宁", "LI-NING", "LINING", "lining"], ["李宁", "LI-NING"]),
    "anta": (["安踏", "ANTA", "anta"], ["ANTA", "安踏"]),
    "samsonite": (["新秀丽", "Samsonite", "xinxiuli"], ["Samsonite", "新秀丽"]),
    "jiangou": (["江鸥", "江鸥牌", "jiangou"], ["江鸥"]),
    "septwolves": (["七匹狼", "SEPTWOLVES", "qipilang", "7匹狼"], ["七匹狼", "SEPTWOLVES"]),
    "goldlion": (["金利来", "Goldlion", "jinlilai"], ["金利来", "goldlion"]),
    "playboy": (["花花公子", "PLAYBOY", "playboy"], ["PLAYBOY", "花花公子"]),
    "zhouji": (["洲记", "洲记皮具"], ["洲记皮具", "洲记"]),
    "ctf": (["周大福", "周大福", "Chow Tai Fook", "zhoudafu", "周大幅", "CTF"], ["周大福", "CTF"]),
    "lfx": (["老凤祥", "laofengxiang", "老凤翔", "LAO FENG XIANG"], ["老凤祥"]),
    "css": (["周生生", "Chow Sang Sang", "zhoushengsheng"], ["周生生"]),
    "lukfook": (["六福", "六福珠宝", "Lukfook"], ["六福"]),
    "zghj": (["中国黄金", "China Gold", "zhongguohuangjin"], ["中国黄金"]),
    "szyl": (["沙洲老银楼", "老银楼", "银楼打的"], ["沙洲老银楼"]),
    "xtc": (["小天才", "imoo", "xiaotiancai"], ["小天才", "imoo"]),
    "romoss": (["罗马仕", "ROMOSS", "luomashi"], ["ROMOSS", "罗马仕"]),
    "anker": (["安克", "Anker", "ANKER"], ["Anker"]),
    "edifier": (["漫步者", "EDIFIER", "manbuzhe"], ["EDIFIER", "漫步者"]),
    "canon": (["佳能", "Canon", "jianeng"], ["Canon", "佳能"]),
    "dji": (["大疆", "DJI", "dajiang"], ["DJI", "大疆"]),
    "bbk": (["步步高", "BBK", "bubugao"], ["步步高"]),
    "motorola": (["摩托罗拉", "Motorola", "moto"], ["MOTOROLA", "摩托罗拉"]),
    "yuyan": (["渔眼", "渔眼探鱼器"], ["渔眼"]),
    "xiyanghong": (["夕阳红", "夕阳红唱戏机"], ["夕阳红"]),
    "thermos": (["膳魔师", "THERMOS", "shanmoshi"], ["THERMOS", "膳魔师"]),
    "fuguang": (["富光", "FGA", "fuguang"], ["富光"]),
    "paradise": (["天堂伞", "天堂"], ["天堂"]),
    "gw": (["光威", "GW", "guangwei"], ["光威", "GW"]),
    "wuling": (["五菱", "Wuling", "wuling"], ["五菱"]),
    "vw": (["大众", "VW", "Volkswagen", "dazhong"], ["大众"]),
    "byd": (["比亚迪", "BYD", "biyadi"], ["BYD", "比亚迪"]),
}


def bwo(b, cat=None):
    if b == "apple" and cat not in (None, "phone"):
        return pick(["苹果", "Apple", "苹果的"])
    return pick(BR[b][0])


def bwf(b, cat=None):
    if b == "apple" and cat not in (None, "phone"):
        return pick(["Apple", "苹果"])
    return pick(BR[b][1])


def other_brand(pool, avoid):
    cands = [b for b in pool if b != avoid]
    return pick(cands)


def sn(n=12, pre=""):
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return pre + "".join(pick(al) for _ in range(n - len(pre)))


def imei_forms(imei):
    return [imei, imei,
            "%s %s %s %s" % (imei[:2], imei[2:8], imei[8:14], imei[14:]),
            "%s %s %s %s" % (imei[:4], imei[4:8], imei[8:12], imei[12:]),
            "%s-%s-%s-%s" % (imei[:2], imei[2:8], imei[8:14], imei[14:]),
            "IMEI:" + imei]


def id_forms_owner(idn):
    return [idn, idn, idn[:6] + "********" + idn[14:], idn[:10] + "****" + idn[14:], "身份证后四位" + idn[-4:],
            idn[:6] + " " + idn[6:14] + " " + idn[14:]]


def id_forms_finder(idn):
    return [idn, idn[:6] + "********" + idn[14:], idn[:3] + "***********" + idn[14:], idn[:6] + "********" + idn[14:],
            idn[:4] + "**********" + idn[14:]]


def card_forms_owner(card, bank):
    t = card[-4:]
    return [t, "尾号" + t, bank + "卡尾号" + t, "卡号后四位" + t, "****" + t]


def card_forms_finder(card, bank):
    return [card[:4] + "****" + card[-4:], card[:6] + "******" + card[-4:], card[:4] + " **** **** " + card[-4:],
            "尾号" + card[-4:]]


# ---------------------------------------------------------------- object builders
# An object: cat, kind, color, fcolor (colour the finder sees), brand, fbrand_visible, model,
# o_noun/f_noun, o_serial/f_serial (lists of (field, body) forms), shared [(owner, finder)], hidden [owner],
# f_only [finder], o_cont/f_cont (contents lists).

def base(cat, kind, color, brand=None, model=None):
    return {"cat": cat, "kind": kind, "color": color, "fcolor": color, "brand": brand, "fbrand": brand is not None,
            "model": model, "fmodel": False, "o_noun": [], "f_noun": [], "o_serial": [], "f_serial": [],
            "shared": [], "hidden": [], "f_only": [], "o_cont": [], "f_cont": [], "persons": []}


PHONE = {
    "huawei": (["nova {n}", "畅享{n}", "Mate {n}", "nova {n} SE", "畅享{n} Plus"], ["black", "white", "green", "purple", "blue", "gold"]),
    "honor": (["X{n}", "Play{n}", "荣耀{n}", "X{n} GT"], ["black", "blue", "silver", "green"]),
    "xiaomi": (["小米{n}", "Civi {n}", "小米{n} Pro"], ["black", "white", "blue", "green"]),
    "redmi": (["Note {n}", "K{n}", "Note {n} Pro", "{n}C"], ["black", "blue", "green", "purple"]),
    "oppo": (["A{n}", "Reno{n}", "A{n}x", "K{n}"], ["black", "gold", "purple", "blue"]),
    "vivo": (["Y{n}", "S{n}", "Y{n}s", "iQOO Z{n}"], ["black", "blue", "purple", "white"]),
    "apple": (["iPhone {n}", "iPhone {n} Pro", "iPhone {n} Pro Max", "iPhone {n} Plus"], ["black", "white", "purple", "blue", "gold", "pink"]),
    "samsung": (["Galaxy A{n}", "Galaxy S{n}", "Galaxy M{n}"], ["black", "silver", "green"]),
}
PHONE_N = {"huawei": (8, 14), "honor": (7, 13), "xiaomi": (11, 15), "redmi": (9, 14), "oppo": (31, 99), "vivo": (31, 99),
           "apple": (11, 16), "samsung": (12, 56)}
WALLPAPERS = [("锁屏是我孙子的照片", "锁屏画面为一小孩照片"), ("锁屏是一张荷花图", "锁屏为荷花图片"),
              ("屏保是我和我老婆的合照", "锁屏为一男一女合影"), ("锁屏是我家狗的照片，一条黄狗", "锁屏为一只黄狗照片"),
              ("壁纸是长江大桥的风景", "锁屏为大桥风景图"), ("屏保是个动漫人物", "锁屏为卡通动漫图片"),
              ("锁屏是我女儿穿校服的照片", "锁屏为一女孩照片"), ("壁纸是全家福", "锁屏为多人合影")]
CASES = [("带小熊图案", "印有小熊图案"), ("皮质翻盖的", "皮质翻盖式"), ("印着卡通兔子", "有卡通兔子图案"),
         ("磨砂的", "磨砂材质"), ("背面有个支架", "背面带支架"), ("挂了根红绳", "壳上系有红绳")]


def b_phone(p, like=None):
    elder = like["kind"] == "elder" if like else (p["age"] >= 63 and chance(.5))
    if elder:
        brand = (like["brand"] if like and chance(.2) else pick(["leshou", "leshou", "huawei", None, None]))
        if like and brand == like["brand"]:
            brand = None if like["brand"] else "leshou"
        color = like["color"] if like else pick(["black", "red", "gold", "black", "blue"])
        o = base("phone", "elder", color, brand)
        o["o_noun"] = ["老人机", "老年机", "按键手机", "老人手机"]
        o["f_noun"] = ["老人机", "按键手机", "直板老年手机"]
        nm = pick(["儿子", "女儿", "孙子", "老伴"])
        t = digits(4)
        o["shared"].append(("后面贴了张纸写着我%s的电话，尾号%s" % (nm, t), "背面贴有纸条写着电话号码，尾号%s" % t))
        if chance(.6):
            o["shared"].append(pick([("按键上的字磨得看不清了", "按键字迹磨损"), ("用橡皮筋绑着电池盖", "电池盖用橡皮筋捆着"),
                                     ("挂了个小葫芦", "挂有小葫芦挂件"), ("屏幕上有道裂痕", "屏幕有裂痕")]))
        o["hidden"].append(pick(["里面存的都是亲戚的电话", "没设密码", "话费刚充了五十块", "手机卡是移动的"]))
        o["f_only"].append(pick(["已没电关机", "开机正常", "有电，无密码", "电量不足"]))
        if o["fbrand"] and chance(.3):
            o["fbrand"] = False
        return o
    brand = like["brand"] if like and like.get("same_brand") else (
        other_brand(sorted(PHONE), like["brand"]) if like else
        wpick([("huawei", 6), ("honor", 3), ("xiaomi", 2), ("redmi", 3), ("oppo", 4), ("vivo", 4), ("apple", 5), ("samsung", 1)]))
    pats, cols = PHONE[brand]
    lo, hi = PHONE_N[brand]
    model = pick(pats).format(n=R.randint(lo, hi))
    if like and like.get("same_brand") and like["model"] == model:
        model = pick(pats).format(n=R.randint(lo, hi) + 1)
    color = like["color"] if like else pick(cols)
    o = base("phone", "smart", color, brand, model)
    o["o_noun"] = ["手机", "手机", "智能手机"]
    o["f_noun"] = ["手机一部", "手机", "智能手机一部"]
    imei1 = make_imei()
    imei2 = make_imei(imei1[:8]) if brand != "apple" or chance(.5) else None
    o["imei"] = (imei1, imei2)
    owner_has = chance(.45)
    if owner_has:
        f1 = pick(imei_forms(imei1))
        forms = [(f1, "IMEI是" + f1), (f1, "盒子上的串号" + f1)]
        if imei2 and chance(.3):
            f2 = pick(imei_forms(imei2))
            forms = [("IMEI1 %s / IMEI2 %s" % (imei1, imei2), "串号一%s，串号二%s" % (imei1, f2))]
        elif imei2 and chance(.06):
            f2 = pick(imei_forms(imei2))
            forms = [(f2, "发票上写的IMEI是" + f2)]
        else:
            forms.append((imei1[-6:], "串号后六位%s" % imei1[-6:]))
        o["o_serial"] = forms
    # case
    case = wpick([(None, 3), ("clear", 3), ("color", 4)])
    if case == "clear":
        o["shared"].append(("套了个透明壳", "带透明保护壳"))
    elif case == "color":
        cc = pick([c for c in ["pink", "black", "blue", "green", "purple", "red", "brown", "white"] if c != color])
        d = pick(CASES)
        o["shared"].append(("%s手机壳，%s" % (cwo(cc).replace("色", "") + "色", d[0]), "%s手机壳（%s）" % (cwf(cc), d[1])))
        if chance(.7):
            o["fcolor"] = cc
    o["powered"] = chance(.55)
    wp = pick([w for w in WALLPAPERS if (p["age"] >= 50) == (("孙子" in w[0]) or ("全家福" in w[0]) or ("荷花" in w[0]) or ("女儿" in w[0]) or ("大桥" in w[0]))])
    if o["powered"]:
        o["shared"].append(wp)
        o["f_only"].append(pick(["有电，锁屏状态", "有电，有密码打不开", "开机状态，锁屏中"]))
        if chance(.35):
            who = pick(["老婆", "儿子", "妈妈", "老公", "女儿", "爸爸"])
            o["f_only"].append("期间有来电显示“%s”" % who)
            o["hidden"].append("家里人一直在打我电话（备注%s）" % who)
        if imei2 is not None and chance(.4):
            o["f_serial"] = [(imei1, "经*#06#查询IMEI1：%s" % pick(imei_forms(imei1))),
                             ("%s/%s" % (imei1, imei2), "IMEI：%s，%s" % (imei1, imei2))]
    else:
        o["hidden"].append(wp[0])
        o["f_only"].append(pick(["已关机", "没电关机", "关机状态，无法开机"]))
    if chance(.3):
        o["shared"].append(pick([("屏幕左上角碎了", "屏幕左上角有裂痕"), ("背面有划痕", "背面有明显划痕"),
                                 ("贴了钢化膜，膜裂了", "钢化膜已裂"), ("摄像头那边磕了一块", "摄像头旁有磕碰")]))
    if chance(.25):
        o["shared"].append(pick([("壳子里夹了张公交卡", "手机壳内夹有公交卡一张"), ("壳里夹着一百块钱", "壳内夹有现金100元"),
                                 ("壳里夹了张船票", "壳内夹有船票一张")]))
    o["hidden"].append(pick(["密码是图案锁", "有指纹锁", "手机号尾号%s" % p["tail"], "用了两年多了", "买的时候两千多",
                             "微信里有一些货款", "里面有很多孩子的照片"]))
    o["fmodel"] = brand == "apple" and chance(.15)
    if brand == "apple":
        o["fbrand"] = True
    return o


def b_id(p, like=None):
    kind = like["kind"] if like else wpick([("idcard", 10), ("driver", 3), ("social", 3), ("student", 4 if p["role"] == "pupil" else 0),
                                            ("seaman", 3 if p["role"] == "boatman" else 0), ("elder", 3 if p["age"] >= 65 else 0)])
    if p["role"] == "pupil" and not like and kind in ("driver", "seaman", "elder"):
        kind = "student"
    o = base("id_doc", kind, None)
    name, idn = p["name"], p["id"]
    o["persons"].append(name)
    if kind == "idcard":
        o["o_noun"] = ["身份证", "身份证", "二代身份证", "身分证"]
        o["f_noun"] = ["居民身份证一张", "身份证一张", "身份证"]
        o["o_serial"] = [(f, "身份证号" + f) for f in id_forms_owner(idn)[:5]]
        o["f_serial"] = [(f, "证号" + f) for f in id_forms_finder(idn)]
        o["shared"].append(("名字是%s" % name, "姓名%s" % name))
        if chance(.5):
            o["shared"].append(pick([("套着个透明卡套", "装在透明卡套内"), ("和银行卡一起用皮筋扎着", "与一张银行卡用橡皮筋捆在一起"),
                                     ("卡套是红色的", "红色卡套")]))
            o["color"] = o["fcolor"] = None
        o["hidden"].append(pick(["刚办的新证", "老证还有两年到期", "是出门坐船要用的", "还要拿去办社保"]))
    elif kind == "driver":
        o["o_noun"] = ["驾驶证", "驾照", "驾驶证（本子）"]
        o["f_noun"] = ["机动车驾驶证一本", "驾驶证一本"]
        o["o_serial"] = [(f, "证号" + f) for f in id_forms_owner(idn)[:4]]
        o["f_serial"] = [(f, "驾驶证号" + f) for f in id_forms_finder(idn)]
        o["shared"].append(("上面是%s的名字" % name, "姓名：%s" % name))
        o["shared"].append(("黑色的皮套", "黑色证件皮套"))
        o["color"] = o["fcolor"] = "black"
        o["hidden"].append(pick(["准驾车型C1", "里面还夹着行驶证", "快要换证了"]))
    elif kind == "social":
        card = make_card()
        o["o_noun"] = ["社保卡", "医保卡", "社会保障卡"]
        o["f_noun"] = ["社会保障卡一张", "社保卡一张"]
        o["o_serial"] = [(f, "社保卡上身份证号" + f) for f in id_forms_owner(idn)[:3]]
        o["f_serial"] = [(f, "卡面证号" + f) for f in id_forms_finder(idn)] + [(card_forms_finder(card, "")[0], "卡号" + card_forms_finder(card, "")[0])]
        o["shared"].append(("名字%s" % name, "持卡人%s" % name))
        o["hidden"].append(pick(["还要拿去卫生院报销", "里面有医保的钱", "密码是生日"]))
    elif kind == "student":
        sno = "20%02d%04d" % (R.randint(22, 25), R.randint(1, 1300))
        grade = pick(["初一", "初二", "初三"])
        o["o_noun"] = ["学生证", "校园卡", "饭卡", "学生卡"]
        o["f_noun"] = ["沙洲中学学生卡一张", "校园卡一张", "学生证一本"]
        o["o_serial"] = [(sno, "学号" + sno), (sno, "卡号" + sno)]
        o["f_serial"] = [(sno, "学号" + sno), (sno[:4] + " " + sno[4:], "卡上编号" + sno[:4] + " " + sno[4:])]
        o["shared"].append(("上面名字%s，%s的" % (name, grade), "姓名%s，%s" % (name, grade)))
        o["color"] = pick(["blue", "red", None])
        o["fcolor"] = o["color"]
        if chance(.6):
            o["shared"].append(pick([("挂在一根蓝色挂绳上", "带蓝色挂绳"), ("卡套上贴了奥特曼贴纸", "卡套贴有奥特曼贴纸"),
                                     ("卡套上画了个笑脸", "卡套上画有笑脸")]))
        o["hidden"].append(pick(["饭卡里还有八十多块钱", "卡里充了一百", "没这个进不了宿舍"]))
    elif kind == "seaman":
        no = "42" + digits(9)
        o["o_noun"] = ["船员证", "船员适任证书", "船员服务簿"]
        o["f_noun"] = ["船员适任证书一本", "船员证一本"]
        o["o_serial"] = [(no, "证书编号" + no), (no[-4:], "编号最后是" + no[-4:])]
        o["f_serial"] = [(no, "证书编号" + no)]
        o["shared"].append(("%s的名字" % name, "持证人%s" % name))
        o["color"] = o["fcolor"] = pick(["red", "blue"])
        o["hidden"].append(pick(["开船一定要带的", "年底要年审"]))
    else:
        no = "LJ" + digits(6)
        o["o_noun"] = ["老年证", "老年优待证"]
        o["f_noun"] = ["老年人优待证一本", "老年证一本"]
        o["o_serial"] = [(f, "身份证号" + f) for f in id_forms_owner(idn)[:3]]
        fid = id_forms_finder(idn)[1]
        o["f_serial"] = [(no, "证号" + no), (fid, "内页身份证号" + fid)]
        o["shared"].append(("名字%s" % name, "姓名%s，%d岁" % (name, p["age"])))
        o["color"] = o["fcolor"] = "red"
        o["hidden"].append(pick(["坐公交不要钱靠它", "里面夹着一张孙子的照片"]))
    if like and o["o_serial"]:
        pass
    return o


WALLET_KINDS = [("long", ["长款钱包", "长钱包", "钱包"], ["长款钱包一个", "长款皮夹一个"]),
                ("short", ["短款钱包", "折叠钱包", "钱包", "皮夹子"], ["短款钱包一个", "折叠皮夹一个"]),
                ("coin", ["零钱包", "小钱包", "布钱包"], ["零钱包一个", "小布包一个"]),
                ("cardholder", ["卡包", "卡套", "证件包"], ["卡包一个", "卡夹一个"])]
WALLET_BRANDS = ["septwolves", "goldlion", "playboy", "zhouji"]


def b_wallet(p, like=None):
    k = [w for w in WALLET_KINDS if like and w[0] == like["kind"]] or [pick(WALLET_KINDS)]
    kind, on, fn = k[0]
    if p["age"] >= 65 and not like and chance(.5):
        kind, on, fn = WALLET_KINDS[2]
    color = like["color"] if like else pick(["black", "brown", "black", "red", "blue", "pink", "grey"])
    if kind == "coin":
        brand = None
    elif like:
        brand = other_brand(WALLET_BRANDS + [None], like["brand"]) if like["brand"] else pick(WALLET_BRANDS)
    else:
        brand = pick(WALLET_BRANDS + [None, None])
    o = base("wallet", kind, color, brand)
    o["o_noun"] = on
    o["f_noun"] = fn
    if brand and chance(.25):
        o["fbrand"] = False
    o["persons"].append(p["name"])
    stripped = chance(.12)
    o["stripped"] = stripped
    cash = 0 if kind == "cardholder" and chance(.5) else R.choice([R.randint(20, 150), R.randint(150, 900), R.randint(300, 2600)])
    if cash:
        o["o_cont"].append("现金" + approx_amount(cash) if p["role"] != "trader" else "现金%d元" % cash)
        o["f_cont"].append("内无现金" if stripped else "现金%d元" % cash)
        if stripped:
            o["f_only"].append(pick(["在垃圾桶边上发现，钱包是打开的", "拉链敞开，丢在路边花坛里"]))
    has_id = chance(.55) or kind == "cardholder"
    if has_id:
        o["o_cont"].append(pick(["身份证", "我的身份证", "身份证一张", "身份证（%s）" % p["name"], "我%s的身份证" % p["name"]]))
        fid = pick(id_forms_finder(p["id"]))
        o["f_cont"].append("%s身份证一张（%s）" % (p["name"], fid))
        o["o_serial"] += [(f, "身份证号" + f) for f in id_forms_owner(p["id"])[:3]]
        o["f_serial"] += [(fid, "身份证号" + fid)]
    n_cards = R.randint(0, 3)
    for _ in range(n_cards):
        bank, card = pick(BANKS), make_card()
        o["o_cont"].append(pick(["%s的卡，尾号%s" % (bank, card[-4:]), "一张%s卡" % bank, "%s卡" % bank]))
        ff = pick(card_forms_finder(card, bank))
        o["f_cont"].append("%s卡一张（%s）" % (bank, ff))
        if not o["o_serial"] or chance(.5):
            o["o_serial"].append((pick(card_forms_owner(card, bank)), bank + "卡尾号" + card[-4:]))
        o["f_serial"].append((ff, bank + "卡" + ff))
    extra = sample([("医保卡", "医保卡一张"), ("孙子的一寸照片", "小孩一寸照片一张"), ("几张购物小票", "购物小票若干"),
                    ("公交卡", "公交卡一张"), ("一张船票", "船票一张"), ("进货的单子", "进货单据一张"),
                    ("一个平安符", "平安符一个"), ("驾驶证", "驾驶证一本")], R.randint(0, 2))
    for a, b in extra:
        o["o_cont"].append(a)
        o["f_cont"].append(b)
    if chance(.4):
        o["shared"].append(pick([("拉链坏了", "拉链损坏"), ("边上磨破了", "边角磨损"), ("上面有个小挂件", "挂有小挂件"),
                                 ("按扣是磁铁的", "磁扣式")]))
    o["hidden"].append(pick(["是女儿送的", "用了好多年", "里面钱是准备进货的", "钱是刚从银行取的"]))
    return o


def b_keys(p, like=None):
    o = base("keys", "keys", None)
    n = R.randint(2, 7)
    if like:
        n = like["nkeys"] + pick([-2, -1, 1, 2])
        n = max(1, n)
    o["nkeys"] = n
    car = pick([None, None, None, "wuling", "vw", "byd"]) if not like else other_brand(["wuling", "vw", "byd", None, None], like["brand"])
    o["brand"] = car
    o["fbrand"] = car is not None
    o["o_noun"] = ["钥匙", "一串钥匙", "钥匙串", "要是"]
    o["f_noun"] = ["钥匙一串", "一串钥匙", "钥匙一串"]
    o["shared"].append(("一共%s把钥匙" % cn_num(n) if chance(.6) else "%d把钥匙" % n, "共%d把" % n))
    orn = [("挂着个小熊", "挂有小熊挂件", "brown"), ("有个红绳平安扣", "系红绳平安扣", "red"),
           ("带个指甲剪", "串有指甲剪", None), ("挂了个小手电", "带小手电筒", "black"),
           ("有个蓝色门禁卡", "有蓝色门禁扣", "blue"), ("挂了个葫芦", "挂有葫芦挂件", "yellow"),
           ("钥匙扣是个开瓶器", "钥匙扣为开瓶器", "silver"), ("挂了个奥特曼", "挂有奥特曼挂件", "red"),
           ("有个黄色的门禁扣", "黄色门禁卡扣一个", "yellow"), ("绑了根绿绳子", "系有绿色绳子", "green")]
    if like:
        orn = [x for x in orn if x[0] not in like.get("orn", [])]
    chosen = sample(orn, R.randint(1, 2))
    o["orn"] = [c[0] for c in chosen]
    for a, b, col in chosen:
        o["shared"].append((a, b))
        if col and o["color"] is None:
            o["color"] = o["fcolor"] = col
    if like:
        o["color"] = o["fcolor"] = like["color"]
    if car:
        o["shared"].append(("还有%s的车钥匙" % bwo(car), "%s汽车遥控钥匙一把" % bwf(car)))
    if chance(.4):
        o["shared"].append(pick([("有把摊位卷帘门的钥匙，大的那把", "其中一把较大，似卷帘门钥匙"),
                                 ("有把电动车钥匙", "含电动车钥匙一把"), ("有把挂锁钥匙", "含小挂锁钥匙一把")]))
    o["hidden"].append(pick(["家里大门和仓库的钥匙都在上面", "摊位和家里的都在", "锁不换的话进不了门", "车钥匙配一把要三百"]))
    return o


EBIKE_BRANDS = ["yadea", "aima", "tailg", "sunra", "luyuan", "niu", "jiangfan"]


def b_ebike(p, like=None):
    brand = (other_brand(EBIKE_BRANDS, like["brand"]) if like and not like.get("same_brand") else
             like["brand"] if like else wpick([(b, w) for b, w in zip(EBIKE_BRANDS, [5, 5, 4, 2, 2, 1, 2])]))
    color = like["color"] if like else pick(["white", "black", "red", "blue", "grey", "pink", "green"])
    o = base("ebike", "ebike", color, brand)
    o["o_noun"] = ["电动车", "电瓶车", "电动自行车", "电驴"]
    o["f_noun"] = ["电动自行车一辆", "电动车一辆", "无人看管的电动车一辆"]
    plate = "临江" + pick("ABCD") + digits(5)
    frame = pick(["YD", "AM", "TL", "XR", "LY", "NU", "JF"]) + digits(2) + pick("ABCDEFGH") + digits(9)
    own_plate = [(plate, "车牌" + plate), (plate[2:], "牌照" + plate[2:]), (plate[:2] + " " + plate[2:], "牌子是" + plate[:2] + plate[2:])]
    if chance(.3):
        own_plate.append((frame, "车架号" + frame))
    o["o_serial"] = own_plate
    has_plate = chance(.75)
    o["f_serial"] = [(plate, "车牌" + plate), (plate[2:3] + plate[3:], "牌照" + plate)] if has_plate else []
    o["f_serial"].append((frame, "车架号" + frame))
    if not has_plate:
        o["f_only"].append("车牌已被拆除")
    feats = [("前面有个车筐", "带前车筐"), ("后面装了儿童座椅", "后座装有儿童座椅"), ("装了个挡风被", "装有挡风被"),
             ("有个雨棚", "装有雨棚"), ("后备箱是白色的", "带白色后备箱"), ("脚踏板上贴了防滑垫", "踏板有防滑垫"),
             ("车把上挂了个塑料袋", "车把挂有塑料袋"), ("反光镜断了一个", "缺左后视镜")]
    for a, b in sample(feats, R.randint(1, 3)):
        o["shared"].append((a, b))
    o["hidden"].append(pick(["电瓶是48V的，新换的", "60V的电瓶，买了一年多", "锁了的，钥匙在我这里", "买的时候两千八",
                             "没锁，就拔了钥匙", "去年在镇上车行买的"]))
    return o


BIKE_BRANDS = ["forever", "phoenix", "giant", "xds", "jiangying"]


def b_bicycle(p, like=None):
    brand = other_brand(BIKE_BRANDS, like["brand"]) if like else pick(BIKE_BRANDS)
    color = like["color"] if like else pick(["black", "blue", "white", "red", "grey", "green", "yellow"])
    kind = like["kind"] if like else pick(["mtb", "lady", "kid", "road"])
    o = base("bicycle", kind, color, brand)
    o["o_noun"] = {"mtb": ["山地车", "自行车", "变速山地车"], "lady": ["女式自行车", "单车", "自行车"],
                   "kid": ["儿童自行车", "小孩的自行车"], "road": ["自行车", "变速车", "跑车"]}[kind]
    o["f_noun"] = {"mtb": ["山地自行车一辆", "自行车一辆"], "lady": ["女式自行车一辆", "自行车一辆"],
                   "kid": ["儿童自行车一辆"], "road": ["变速自行车一辆", "自行车一辆"]}[kind]
    frame = pick(["FX", "PH", "GT", "XD", "JY"]) + digits(8)
    if chance(.2):
        o["o_serial"] = [(frame, "车架号" + frame)]
    o["f_serial"] = [(frame, "车架号" + frame), (frame[-6:], "车架号后六位" + frame[-6:])] if chance(.6) else []
    feats = [("前面有车筐", "带车筐"), ("车座套了个套子", "车座有座套"), ("后轮有点瘪", "后胎气不足"),
             ("车上贴了个奥特曼贴纸", "车架贴有卡通贴纸"), ("挂了个U型锁", "车上挂有U型锁"),
             ("铃铛是坏的", "车铃损坏"), ("车把缠了黑胶布", "车把缠有黑色胶布")]
    for a, b in sample(feats, R.randint(1, 3)):
        o["shared"].append((a, b))
    if p["role"] == "pupil" or chance(.2):
        nm = p["name"]
        o["shared"].append(("车后面写着%s的名字" % nm, "后挡泥板写有“%s”" % nm))
        o["persons"].append(nm)
    o["hidden"].append(pick(["没上锁", "锁了，锁被剪了也不知道", "是去年生日买的"]))
    return o


BAG_KINDS = [("backpack", ["双肩包", "背包", "书包"], ["双肩背包一个", "背包一个"]),
             ("shoulder", ["斜挎包", "挎包", "小包"], ["斜挎包一个", "单肩包一个"]),
             ("hand", ["手提包", "女士包", "包"], ["女士手提包一个", "手提包一个"]),
             ("woven", ["编织袋", "蛇皮袋", "大袋子"], ["编织袋一个", "蛇皮袋一个"]),
             ("suitcase", ["行李箱", "拉杆箱", "箱子"], ["拉杆箱一个", "行李箱一个"]),
             ("waist", ["腰包", "收钱的腰包", "霹雳包"], ["腰包一个", "收银腰包一个"]),
             ("canvas", ["帆布袋", "布袋子", "环保袋"], ["帆布袋一个", "布袋一个"])]
BAG_BRANDS = ["nike", "adidas", "lining", "anta", "samsonite", "jiangou"]
BAG_CONT = [("几件换洗衣服", "衣物若干"), ("一袋香菇", "香菇一袋"), ("两斤木耳", "木耳一袋"), ("降压药", "药品一盒"),
            ("充电器", "充电器一个"), ("作业本和课本", "课本、作业本若干"), ("一个保温杯", "保温杯一个"),
            ("账本", "记账本一本"), ("雨伞", "折叠伞一把"), ("病历本和片子", "病历本一本、CT片一袋"),
            ("一包烟", "香烟一包"), ("孩子的衣服", "儿童衣物若干"), ("饭盒", "饭盒一个"), ("老花镜", "老花镜一副"),
            ("几双袜子（刚批的货）", "新袜子若干双"), ("一床新被套", "被套一个"), ("腊鱼两条", "腊鱼两条")]


def b_bag(p, like=None):
    k = [b for b in BAG_KINDS if like and b[0] == like["kind"]]
    if k:
        kind, on, fn = k[0]
    else:
        pool = BAG_KINDS
        if p["role"] == "pupil":
            pool = [BAG_KINDS[0], BAG_KINDS[1]]
        elif p["role"] == "trader":
            pool = [BAG_KINDS[5], BAG_KINDS[3], BAG_KINDS[1], BAG_KINDS[6]]
        kind, on, fn = pick(pool)
    if kind in ("woven", "canvas", "waist"):
        brand = None if chance(.7) else "jiangou"
    elif like:
        brand = other_brand(BAG_BRANDS + [None], like["brand"]) if like["brand"] else pick(BAG_BRANDS)
    else:
        brand = pick(BAG_BRANDS + [None])
    color = like["color"] if like else pick(["black", "blue", "grey", "red", "pink", "green", "navy", "brown", "white"])
    o = base("bag", kind, color, brand)
    o["o_noun"] = on
    o["f_noun"] = fn
    conts = sample(BAG_CONT, R.randint(1, 4))
    if like and like.get("cont"):
        conts = [c for c in conts if c[0] not in like["cont"]] or [pick(BAG_CONT)]
    o["cont"] = [c[0] for c in conts]
    for a, b in conts:
        o["o_cont"].append(a)
        o["f_cont"].append(b)
    if chance(.35):
        o["o_cont"].insert(0, "身份证")
        fid = pick(id_forms_finder(p["id"]))
        o["f_cont"].insert(0, "%s身份证一张（%s）" % (p["name"], fid))
        o["f_serial"].append((fid, "身份证号" + fid))
        if chance(.5):
            o["o_serial"].append((pick(id_forms_owner(p["id"])[:3]), ""))
        o["persons"].append(p["name"])
    if kind == "waist" or chance(.25):
        cash = R.randint(20, 200) if p["role"] == "pupil" else R.randint(100, 3500)
        o["o_cont"].insert(0, "现金" + (("%d元" % cash) if p["role"] == "trader" else approx_amount(cash)))
        o["f_cont"].insert(0, "现金%d元" % cash)
    if p["role"] == "pupil":
        o["shared"].append(("书包上写了%s的名字" % p["name"], "包上写有“%s”" % p["name"]))
        o["persons"].append(p["name"])
    if chance(.4):
        o["shared"].append(pick([("拉链上挂了个小铃铛", "拉链挂有小铃铛"), ("包带断过，缝了几针", "背带有缝补痕迹"),
                                 ("侧面有个破洞", "侧面有破损"), ("上面别着个徽章", "别有徽章一枚")]))
    return o


def b_cash(p, like=None):
    cont = like["kind"] if like else pick(["envelope", "redpacket", "plastic", "rubber", "hanky"])
    o = base("cash", cont, None)
    amount = like["amount"] + pick([-1, 1]) * R.choice([100, 200, 350, 500, 20]) if like else R.choice(
        [R.randint(2, 30) * 100, R.randint(1, 60) * 50, R.randint(200, 3000)])
    amount = max(50, amount)
    o["amount"] = amount
    cn = {"envelope": (["一个信封装的钱", "牛皮纸信封里的钱", "信封"], ["牛皮纸信封一个，内有现金", "信封装现金"], "brown"),
          "redpacket": (["红包", "一个红包", "包了钱的红包"], ["红包一个", "红包（内有现金）"], "red"),
          "plastic": (["塑料袋装的钱", "一卷钱用塑料袋包着"], ["塑料袋包裹的现金", "透明塑料袋内现金"], None),
          "rubber": (["一沓钱用皮筋扎着", "一卷现金"], ["橡皮筋捆扎的现金一沓", "现金一沓"], None),
          "hanky": (["手帕包着的钱", "用手绢包的钱"], ["手帕包裹的现金", "手绢包着的现金"], "blue")}[cont]
    o["o_noun"], o["f_noun"], col = cn
    o["color"] = o["fcolor"] = col
    own = "%d元" % amount if p["role"] in ("trader", "boatman") or chance(.4) else approx_amount(amount)
    o["o_cont"].append(own)
    if amount < 100:
        denom = pick(["均为零钱", "五十元一张，其余为十元、五元"]) if amount >= 50 else "均为零钱"
    elif amount % 100 == 0:
        denom = pick(["均为百元面额", "百元%d张" % (amount // 100)])
    else:
        denom = pick(["百元%d张，其余为零钱" % (amount // 100), "有百元也有五十、二十的", "多为一百元"])
    o["f_cont"].append("共计人民币%d元（%s）" % (amount, denom))
    if cont == "envelope" and chance(.5):
        w = pick(["货款", "老李", "给妈", "学费", "%s收" % p["name"]])
        o["shared"].append(("信封上写着“%s”" % w, "信封上写有“%s”" % w))
    if cont == "redpacket":
        w = pick(["恭喜发财", "百年好合", "福"])
        o["shared"].append(("红包上印着“%s”" % w, "红包印有“%s”字样" % w))
    o["hidden"].append(pick(["是卖鱼的钱", "刚收的货款", "准备给孙子交学费的", "是刚从信用社取的",
                             "准备去医院交住院费的", "喜酒的礼钱"]))
    return o


JEW = [("gold_bangle", ["金手镯", "黄金手镯", "金镯子"], ["黄色金属手镯一只", "金色手镯一只"], "gold"),
       ("gold_chain", ["金项链", "黄金项链", "金链子"], ["黄色金属项链一条", "金色项链一条"], "gold"),
       ("gold_ring", ["金戒指", "黄金戒指"], ["黄色金属戒指一枚", "金色戒指一枚"], "gold"),
       ("silver_lock", ["银锁", "长命锁", "小孩戴的银项圈"], ["白色金属长命锁一个", "银色长命锁一个"], "silver"),
       ("silver_bangle", ["银手镯", "银镯子"], ["银色手镯一只", "白色金属手镯一只"], "silver"),
       ("jade", ["玉镯子", "玉手镯", "翡翠镯子"], ["绿色玉石手镯一只", "玉镯一只"], "green"),
       ("earring", ["金耳环", "耳环"], ["金色耳环一只", "黄色金属耳环一只"], "gold"),
       ("pendant", ["玉观音吊坠", "观音吊坠", "佛像吊坠"], ["玉石吊坠一个（观音像）", "吊坠一个"], "green")]
JEW_BRANDS = {"gold": ["ctf", "lfx", "css", "lukfook", "zghj"], "silver": ["szyl", "lfx", "ctf"], "green": [None, "ctf"]}
ENGRAVE = ["福", "平安", "长命百岁", "LOVE", "520", "寿", "吉祥", "一生平安"]


def b_jewelry(p, like=None):
    j = [x for x in JEW if like and x[0] == like["kind"]] or [pick(JEW)]
    kind, on, fn, color = j[0]
    pool = JEW_BRANDS[color]
    brand = other_brand(pool + [None], like["brand"]) if like else pick(pool + [None])
    o = base("jewelry", kind, color, brand)
    o["o_noun"] = on
    o["f_noun"] = fn
    o["fbrand"] = brand is not None and chance(.4)
    g = round(R.uniform(3, 45), 1) if color != "green" else None
    if g:
        o["hidden"].append(pick(["%s克左右" % (int(g) if chance(.5) else g), "发票上写的%s克" % g, "大概%d克" % round(g)]))
        if chance(.5):
            o["f_only"].append("称重约%.1f克" % (g + R.choice([-0.3, -0.1, 0, 0.1, 0.2])))
    if chance(.55):
        e = pick(ENGRAVE)
        if like and like.get("engrave"):
            e = pick([x for x in ENGRAVE if x != like["engrave"]])
        o["engrave"] = e
        o["shared"].append(("里面刻了“%s”" % e, "内侧刻有“%s”字样" % e))
    if brand and chance(.35):
        cert = sn(10, "C")
        o["o_serial"] = [(cert, "证书编号" + cert)]
        o["hidden"].append("票据还在，证书编号" + cert)
    if kind == "silver_lock":
        o["shared"].append(pick([("带三个小铃铛", "下坠三个小铃铛"), ("锁上有个“福”字", "锁面有“福”字")]))
        o["hidden"].append("是孙子满月时外婆给打的")
    if kind in ("gold_chain", "pendant") and chance(.5):
        o["shared"].append(pick([("扣子有点松", "搭扣松动"), ("链子是断了的，断在扣子那", "链子在搭扣处断开")]))
    o["hidden"].append(pick(["戴了十几年", "是结婚时买的", "女儿去年给买的", "是传家的东西", "花了一万多"]))
    return o


ELEC = [("earbuds", ["蓝牙耳机", "无线耳机", "耳机"], ["蓝牙耳机（带充电仓）一副", "无线耳机一副"],
         ["apple", "huawei", "xiaomi", "edifier"], ["white", "black"]),
        ("kidwatch", ["儿童手表", "电话手表", "小天才手表"], ["儿童电话手表一块", "儿童智能手表一块"],
         ["xtc", "huawei", "xtc"], ["pink", "blue", "black", "purple"]),
        ("powerbank", ["充电宝", "移动电源", "冲电宝"], ["充电宝一个", "移动电源一个"],
         ["romoss", "xiaomi", "anker", "huawei"], ["white", "black", "blue"]),
        ("tablet", ["平板", "平板电脑", "ipad"], ["平板电脑一台"], ["apple", "huawei", "xiaomi"], ["grey", "silver", "blue"]),
        ("camera", ["相机", "照相机", "运动相机"], ["相机一台", "数码相机一台"], ["canon", "dji"], ["black", "grey"]),
        ("learner", ["学习机", "点读机"], ["学习机一台"], ["bbk"], ["white", "blue"]),
        ("radio", ["对讲机", "船上用的对讲机"], ["对讲机一部"], ["motorola"], ["black"]),
        ("sonar", ["探鱼器", "钓鱼的探鱼器"], ["探鱼器一个"], ["yuyan"], ["black", "yellow"]),
        ("opera", ["唱戏机", "收音机", "听戏的小音箱"], ["收音机（唱戏机）一台"], ["xiyanghong"], ["red", "gold", "black"]),
        ("band", ["手环", "运动手环", "智能手表"], ["智能手环一个", "手表一块"], ["huawei", "xiaomi", "apple"], ["black", "pink", "white"])]


def b_elec(p, like=None, kind=None):
    if like:
        kind = like["kind"]
    if kind is None:
        pool = ELEC
        if p["role"] == "pupil":
            pool = [ELEC[0], ELEC[1], ELEC[5], ELEC[2]]
        elif p["role"] == "boatman":
            pool = [ELEC[6], ELEC[7], ELEC[2], ELEC[8]]
        elif p["role"] == "tourist":
            pool = [ELEC[0], ELEC[3], ELEC[4], ELEC[2]]
        elif p["age"] >= 60:
            pool = [ELEC[8], ELEC[2], ELEC[1]]
        e = pick(pool)
    else:
        e = [x for x in ELEC if x[0] == kind][0]
    kind, on, fn, brands, cols = e
    if like:
        brand = other_brand(brands, like["brand"]) if len(set(brands)) > 1 else brands[0]
    else:
        brand = pick(brands)
    color = like["color"] if like else pick(cols)
    o = base("electronics", kind, color, brand)
    o["o_noun"] = on
    o["f_noun"] = fn
    s = sn(12, pick(["SN", "5A", "P2", "HW", "X1"]))
    if chance(.35):
        o["o_serial"] = [(s, "序列号" + s), (s.lower() if chance(.3) else s, "SN:" + s)]
    if chance(.5):
        o["f_serial"] = [(s, "背面序列号" + s), (s[:4] + " " + s[4:8] + " " + s[8:], "S/N " + s[:4] + " " + s[4:8] + " " + s[8:])]
    if kind == "kidwatch":
        o["shared"].append(pick([("表带上贴了%s的名字贴" % p["name"], "表带贴有姓名贴“%s”" % p["name"]),
                                 ("表盘是奥特曼的", "表盘为奥特曼图案"), ("表带有点脏", "表带有污渍")]))
        o["hidden"].append("手表号码是我存在手机里的，打过去关机了")
    if kind == "earbuds":
        o["shared"].append(pick([("充电仓套了个硅胶套，小猫图案", "充电仓带小猫图案硅胶套"), ("仓子上有划痕", "充电仓有划痕"),
                                 ("只有右耳一只加充电仓", "仅充电仓及右耳耳机")]))
    if kind == "opera":
        o["shared"].append(pick([("里面插了张卡，全是黄梅戏", "插有存储卡，播放黄梅戏"), ("天线断了", "天线折断"),
                                 ("用红布袋装着", "装在红布袋里")]))
    if kind in ("radio", "sonar"):
        o["shared"].append(pick([("上面用油漆写了“鄂渔”两个字", "机身写有“鄂渔”字样"), ("外面缠了防水胶带", "缠有防水胶带"),
                                 ("后面贴着船名", "背面贴有船名标签")]))
    if kind in ("tablet", "camera"):
        o["shared"].append(pick([("装在一个灰色的包里", "装于灰色收纳包内"), ("屏幕贴了膜", "屏幕贴膜"),
                                 ("挂了一根彩色挂绳", "带彩色挂绳")]))
    if chance(.5):
        o["hidden"].append(pick(["刚买了两个月", "是孩子过生日送的", "里面有很多照片", "发票还在", "我儿子给买的"]))
    return o


OTHER = [("umbrella", ["雨伞", "伞", "折叠伞"], ["雨伞一把", "折叠伞一把"], ["paradise", None]),
         ("cup", ["保温杯", "杯子", "水杯"], ["保温杯一个"], ["thermos", "fuguang", None]),
         ("glasses", ["眼镜", "老花镜", "近视眼镜"], ["眼镜一副（带眼镜盒）", "眼镜一副"], [None]),
         ("medical", ["病历袋", "片子", "病历和CT片"], ["病历资料一袋", "CT片一袋"], [None]),
         ("cane", ["拐杖", "拐棍"], ["拐杖一根"], [None]),
         ("rod", ["鱼竿", "钓鱼竿"], ["鱼竿一根（带竿包）", "钓竿一副"], ["gw", None]),
         ("uniform", ["校服", "校服外套"], ["沙洲中学校服一件", "校服外套一件"], [None]),
         ("goods", ["一袋干货", "一箱香菇", "一袋木耳"], ["干货一袋", "纸箱装香菇一箱"], [None]),
         ("scarf", ["围巾", "毛线帽子和围巾"], ["围巾一条"], [None]),
         ("hearing", ["助听器", "耳朵上戴的助听器"], ["助听器一个"], [None])]


def b_other(p, like=None, kind=None):
    if like:
        kind = like["kind"]
    if kind:
        e = [x for x in OTHER if x[0] == kind][0]
    else:
        pool = OTHER[:-1]
        if p["role"] == "pupil":
            pool = [OTHER[6], OTHER[1], OTHER[0], OTHER[2]]
        elif p["role"] == "boatman":
            pool = [OTHER[5], OTHER[1], OTHER[0]]
        elif p["role"] in ("patient", "grandparent"):
            pool = [OTHER[3], OTHER[4], OTHER[2], OTHER[1], OTHER[8]]
        elif p["role"] in ("trader", "buyer"):
            pool = [OTHER[7], OTHER[1], OTHER[0]]
        e = pick(pool)
    kind, on, fn, brands = e
    brand = pick([b for b in brands if not like or b != like["brand"]] or brands)
    color = like["color"] if like else pick(["black", "blue", "red", "grey", "green", "brown", "navy", "white", "pink"])
    if kind in ("medical", "goods"):
        color = None if not like else like["color"]
    o = base("other", kind, color, brand)
    o["o_noun"] = on
    o["f_noun"] = fn
    if kind == "medical":
        o["shared"].append(("病历上是%s的名字" % p["name"], "病历姓名%s" % p["name"]))
        o["persons"].append(p["name"])
        o["hidden"].append("下个礼拜还要拿去县医院复查")
    elif kind == "uniform":
        o["shared"].append(("领子里面写了%s" % p["name"], "衣领内写有“%s”" % p["name"]))
        o["persons"].append(p["name"])
        o["shared"].append(pick([("口袋里有饭卡", "口袋内有饭卡一张"), ("袖子上有墨水印", "袖口有墨迹")]))
    elif kind == "goods":
        w = R.randint(2, 30)
        o["o_cont"].append("大概%d斤" % w)
        o["f_cont"].append("约%d斤" % (w + pick([-1, 0, 0, 1])))
        o["shared"].append(pick([("箱子上写了我的摊位号B-%d" % R.randint(1, 80), "纸箱上写有“B-%d”" % R.randint(1, 80)),
                                 ("袋子上用记号笔写了个“%s”字" % p["name"][0], "袋上写有“%s”字" % p["name"][0])]))
    elif kind == "glasses":
        o["shared"].append(pick([("眼镜盒是%s的" % cwo(color), "眼镜盒为%s" % cwf(color)), ("一条腿是用胶布缠的", "镜腿缠有胶布")]))
        o["hidden"].append(pick(["度数四百多", "是在县城配的", "老花镜三百度"]))
    elif kind == "hearing":
        o["shared"].append(("装在一个小盒子里", "装于小盒内"))
        o["hidden"].append("配的时候花了四千多")
    elif kind == "cane":
        o["shared"].append(pick([("手柄上缠了布", "手柄缠有布条"), ("底下有四个脚", "四脚拐杖")]))
    elif kind == "rod":
        o["shared"].append(pick([("竿子有%d米多长" % R.randint(3, 7), "长约%d米" % R.randint(3, 7)), ("竿包上有名字缩写", "竿包上有字母缩写")]))
    else:
        o["shared"].append(pick([("上面贴了个贴纸", "贴有贴纸"), ("有点旧了", "较旧"), ("手柄上有个缺口", "手柄有缺损")]))
    if not o["hidden"]:
        o["hidden"].append(pick(["用了好几年", "是儿子给买的", "不值什么钱，但用习惯了"]))
    return o


BUILDERS = {"phone": b_phone, "id_doc": b_id, "wallet": b_wallet, "keys": b_keys, "ebike": b_ebike,
            "bicycle": b_bicycle, "bag": b_bag, "cash": b_cash, "jewelry": b_jewelry, "electronics": b_elec,
            "other": b_other}
CAT_ROLES = {
    "phone": ROLES, "id_doc": ROLES, "wallet": ["passenger", "trader", "buyer", "boatman", "grandparent", "tourist", "patient"],
    "keys": ["passenger", "trader", "buyer", "boatman", "grandparent", "pupil", "patient"],
    "ebike": ["trader", "buyer", "passenger", "boatman", "grandparent", "patient"],
    "bicycle": ["pupil", "pupil", "grandparent", "passenger", "trader"],
    "bag": ROLES, "cash": ["trader", "buyer", "boatman", "grandparent", "patient", "passenger"],
    "jewelry": ["grandparent", "buyer", "passenger", "tourist", "patient", "trader"],
    "electronics": ROLES, "other": ROLES,
}
CAT_COUNTS = [("phone", 70), ("id_doc", 50), ("wallet", 50), ("keys", 35), ("ebike", 25), ("bicycle", 20), ("bag", 45),
              ("cash", 20), ("jewelry", 30), ("electronics", 35), ("other", 20)]
CAT_ZH = {"phone": "手机", "id_doc": "证件", "wallet": "钱包", "keys": "钥匙", "ebike": "电动车", "bicycle": "自行车",
          "bag": "包", "cash": "现金", "jewelry": "首饰", "electronics": "电子产品", "other": "其他"}


# ---------------------------------------------------------------- time phrases
DAYPARTS = [(5, "早上"), (8, "上午"), (11, "中午"), (13, "下午"), (17, "傍晚"), (19, "晚上"), (23, "夜里")]


def partday(dt):
    h = dt.hour
    out = "凌晨"
    for s, w in DAYPARTS:
        if h >= s:
            out = w
    return out


def day_word(dt, allow_rel=True):
    d = (NOW.date() - dt.date()).days
    if allow_rel and d == 0:
        return "今天"
    if allow_rel and d == 1:
        return "昨天"
    if allow_rel and d == 2:
        return "前天"
    return pick(["%d月%d号" % (dt.month, dt.day), "%d月%d日" % (dt.month, dt.day), "%d号" % dt.day])


def hour12(dt):
    h = dt.hour % 12 or 12
    w = cn_num(h) if h != 2 else "两"
    tail = "点" if dt.minute < 10 else ("点多" if dt.minute < 40 else "点半多")
    if chance(.3):
        return "%d点%s" % (h, "左右" if dt.minute < 20 else "多")
    return w + tail


def t_casual(dt):
    return day_word(dt) + partday(dt) + hour12(dt)


def t_officer(dt):
    if chance(.5):
        return "%d月%d日%d时许" % (dt.month, dt.day, dt.hour)
    return "%d月%d日%d时%02d分" % (dt.month, dt.day, dt.hour, dt.minute)


def window_text(a, b, style):
    span = (b - a).total_seconds() / 60
    if style == "officer":
        if span <= 150:
            return "%s至%d时%02d分之间" % (t_officer(a), b.hour, b.minute) if chance(.5) else t_officer(a) + "前后"
        return "%d月%d日%d时至%d月%d日%d时之间" % (a.month, a.day, a.hour, b.month, b.day, b.hour)
    if span <= 150:
        return t_casual(a) + pick(["左右", "", "那会儿"])
    if a.date() == b.date():
        return day_word(a) + partday(a) + hour12(a) + "到" + partday(b) + hour12(b) + "之间"
    return day_word(a) + partday(a) + "到" + day_word(b) + partday(b) + pick(["之间", "这段时间", ""])


# ---------------------------------------------------------------- typos for fast phone typing
TYPO = [("码头", "马头"), ("钱包", "钱宝"), ("身份证", "身分证"), ("钥匙", "要是"), ("候船", "后船"), ("在", "再"),
        ("的", "得"), ("已经", "以经"), ("联系", "连系"), ("车站", "车展"), ("医院", "意愿"), ("耳机", "二级"),
        ("充电宝", "冲电宝"), ("捡到", "检到"), ("项链", "香莲"), ("手机", "手jI"), ("谢谢", "谢谢谢"), ("麻烦", "马烦"),
        ("黑色", "hei色"), ("丢了", "丢le"), ("市场", "时常"), ("电动车", "电动cHe"), ("手表", "首表"), ("学校", "学小")]


def typo(s):
    out = s
    reps = [t for t in TYPO if t[0] in out]
    for a, b in sample(reps, min(len(reps), R.randint(1, 3))):
        i = out.find(a)
        out = out[:i] + b + out[i + len(a):]
    out = out.replace("。", " ").replace("，", " ").replace("（", " ").replace("）", " ")
    if chance(.3):
        out = out.replace("“", "").replace("”", "")
    return " ".join(out.split())


# ---------------------------------------------------------------- writing the two registrations
TAILS = ["请帮忙留意。", "麻烦帮忙找找，谢谢！", "有捡到的请联系我。", "请求协助查找。", "", "急用，拜托了。",
         "捡到的好心人有酬谢。", "老人家急得睡不着觉。"]


def what_owner(o, use_color, use_brand):
    noun = pick(o["o_noun"])
    parts = []
    if use_color and o["color"]:
        parts.append(cwo(o["color"], o["cat"] not in FANCY) + ("的" if chance(.4) else ""))
    if use_brand and o["brand"] and o["cat"] != "keys":
        parts.append(bwo(o["brand"], o["cat"]) + pick(["", "的"]))
    if o["model"] and use_brand and chance(.4):
        parts.append(o["model"] + pick(["", "的"]))
    if chance(.5):
        parts.reverse() if len(parts) == 2 and chance(.3) else None
    return pick(["一个", "一部", "", ""]) + "".join(parts) + noun if o["cat"] == "phone" else "".join(parts) + noun


def what_finder(o, use_color, use_brand):
    noun = pick(o["f_noun"])
    pre = ""
    if use_color and o["fcolor"] and "色" not in noun and "金属" not in noun:
        pre += cwf(o["fcolor"])
    if use_brand and o["brand"] and o["fbrand"] and o["cat"] != "keys":
        pre += bwf(o["brand"], o["cat"]) + pick(["", "牌", "品牌"]) if o["cat"] in ("ebike", "bicycle", "bag", "wallet") else bwf(o["brand"], o["cat"])
    if o["fmodel"] and o["model"]:
        pre += o["model"]
    return pre + noun


def owner_details(o):
    det = []
    for i, (a, b) in enumerate(o["shared"]):
        if chance(.72) or (o["cat"] == "id_doc" and i == 0):
            det.append(a)
    hid = [h for h in o["hidden"] if chance(.6)] or o["hidden"][:1]
    det += hid
    if o["o_cont"]:
        k = len(o["o_cont"]) if chance(.6) else max(1, len(o["o_cont"]) - 1)
        det.append(("一共" if o["cat"] == "cash" else "里面有") + "、".join(o["o_cont"][:k]))
    R.shuffle(det)
    return det


def finder_details(o):
    det = []
    for a, b in o["shared"]:
        if chance(.78):
            det.append(b)
    cont = [c for c in o["f_cont"] if c != "内无现金"]
    if len(cont) < len(o["f_cont"]):
        det.append("内无现金")
    if cont:
        det.append(("" if o["cat"] == "cash" else "内有") + "、".join(cont))
    for f in o["f_only"]:
        if chance(.75):
            det.append(f)
    return det


def clip(s, n):
    return s if len(s) <= n else s[:n]


def owner_voice(p):
    r = p["role"]
    if r == "tourist":
        return wpick([("tourist", 6), ("phone", 2), ("officer", 2)])
    if r == "pupil":
        return wpick([("pupil", 5), ("relative", 2), ("officer", 3)])
    if p["age"] >= 62:
        return wpick([("relative", 5), ("officer", 4), ("self", 2)])
    if p["age"] < 35:
        return wpick([("phone", 5), ("self", 3), ("officer", 2)])
    return wpick([("self", 4), ("officer", 4), ("phone", 2)])


def write_lost(o, p, ev):
    voice = owner_voice(p)
    pk = ev["place"]
    uc, ub = chance(.8), chance(.7)
    what = what_owner(o, uc, ub)
    det = owner_details(o)
    ser = None
    if o["o_serial"] and chance(.8):
        ser = pick(o["o_serial"])
        if ser[1] and chance(.5):
            det.append(ser[1])
    pl = place_name(pk)
    pl2 = None
    if ev.get("unsure") and chance(.9):
        pl2 = place_name(ev["unsure"])
    spot = pick(PLACES[pk][3]) if chance(.5) else ""
    act = pick(ACTS.get(pk, ["办事"]))
    if pk == "market":
        act = pick(["看摊", "卸货", "收摊", "过磅"]) if p["role"] == "trader" else pick(["进货", "买香菇木耳", "批衣服", "买干货"])
    if pk == "night" and p["role"] != "trader":
        act = pick(["吃烧烤", "逛夜市", "吃宵夜"])
    if pk == "school":
        act = pick(["上晚自习", "在宿舍", "上体育课", "吃饭"]) if p["role"] == "pupil" else pick(["送孙子到学校", "接孙女放学", "给孙子送衣服"])
    if pk == "fishing" and p["role"] not in ("boatman", "trader"):
        act = "买鱼"
    if pl2:
        act = pick(["的时候", "来回走", "办事"])
    parked = o["cat"] in ("ebike", "bicycle")
    if voice == "officer":
        det = [x.replace("我的", "其").replace("我", "其") for x in det]
    win = window_text(ev["a"], ev["b"], "officer" if voice == "officer" else "casual")
    win = win.replace("左右左右", "左右").replace("多左右", "多")
    if (ev["b"] - ev["a"]).total_seconds() > 12 * 3600 and chance(.6):
        det.append(pick(["具体什么时候掉的不清楚", "不晓得哪会儿掉的", "记不清是哪天掉的"]))
    where = pl + spot if not pl2 else pick(["%s或者%s" % (pl, pl2), "从%s到%s的路上" % (pl, pl2)])
    dets = "，".join(det)
    if voice == "officer":
        sex = "女" if p["female"] else "男"
        if parked:
            body = "报失人%s（%s，%d岁，%s）称：其%s将%s停放在%s，回来时发现车辆不见，%s。%s" % (
                p["name"], sex, p["age"], p["origin"], win, what, where, dets, pick(["请求协助查找。", "现登记备查。", ""]))
        else:
            body = "报失人%s（%s，%d岁，%s）称：其于%s在%s%s时，将随身携带的%s遗失，%s。%s" % (
                p["name"], sex, p["age"], p["origin"], win, where, act, what, dets, pick(["请求协助查找。", "现登记备查。", "如有拾到请联系。", ""]))
    elif voice == "relative":
        if p["role"] == "pupil":
            rel = pick(["孙女", "女儿", "外孙女"] if p["female"] else ["孙子", "儿子", "外孙"])
        else:
            rel = pick(["奶奶", "外婆", "妈", "婆婆", "老母亲"] if p["female"] else ["爷爷", "外公", "爸", "公公", "我老爸"])
        body = "%s%s说是%s在%s%s，%s就找不到了。%s。%s%s" % (
            pick(["帮我", "替我", "我是家属，帮"]) + rel + pick(["登记一下。", "来报个失。", "登记。"]),
            rel, win, where, act, what, dets, pick(["老人记性不好，说不太清楚。", "%s急得饭都吃不下。" % rel, "", ""]),
            pick(TAILS))
    elif voice == "phone":
        body = typo("%s在%s%s%s %s %s" % (win, where, pick(["丢了", "掉了", "搞丢了", "不见了"]), what, dets, pick(["有捡到的联系下", "谢谢", "急", "麻烦了", ""])))
    elif voice == "tourist":
        body = "您好，我是从%s来的游客，%s%s的时候，把%s弄丢了。%s。麻烦帮忙留意，谢谢！" % (
            p["origin"].replace("人", ""), win, "在" + where + (act if not pl2 else ""), what, dets)
    elif voice == "pupil":
        g = pick(["初一", "初二", "初三"])
        if chance(.3):
            body = "班主任代学生%s（%s）登记：该生%s在%s把%s弄丢了，%s。" % (p["name"], g, win, where, what, dets)
        else:
            body = "我是沙洲中学%s的学生%s，%s在%s把%s搞丢了，%s。%s" % (g, p["name"], win, where, what, dets, pick(["求求帮忙找一下", "谢谢叔叔阿姨", ""]))
    else:
        if parked:
            body = "%s我把%s停在%s，出来就不见了。%s。%s" % (win, what, where, dets, pick(TAILS[:5]))
        else:
            body = "%s我在%s%s，%s%s。%s。%s" % (win, where, act, what, pick(["搞丢了", "不见了", "掉了", "冇得了"]), dets, pick(TAILS[:7]))
    body = body.replace("，。", "。").replace("。。", "。")
    body = clip(body, 600)
    rec = {"category": o.get("o_cat", o["cat"]), "body": body}
    if o["color"] and chance(.5):
        rec["color"] = cwo(o["color"], o["cat"] not in FANCY)
    if o["brand"] and chance(.5):
        rec["brand"] = bwo(o["brand"], o["cat"]).rstrip("的")
    if o["model"] and chance(.3):
        rec["model"] = o["model"]
    if ser and ser[0] and chance(.75):
        rec["serial"] = clip(ser[0], 60)
    if chance(.6):
        rec["address"] = clip(where if chance(.6) else pl, 60)
    if det and chance(.45):
        rec["marks"] = clip("；".join(det), 500)
    if chance(.35):
        lat, lon = jitter_ll(pk, 0.002)
        rec["lat"], rec["lon"] = lat, lon
    return rec, voice


FINDERS = {
    "ferry": ["crew", "cleaner", "officer", "passerby"], "boat": ["crew", "crew", "cleaner", "officer"],
    "market": ["stall", "security", "officer", "stall"], "bus": ["driver", "cleaner", "officer"],
    "bus_ride": ["driver", "driver", "officer"], "hospital": ["cleaner", "nurse", "officer"],
    "school": ["pupil", "teacher", "officer"], "fishing": ["boatman", "officer", "passerby"],
    "night": ["stall", "cleaner", "passerby"], "street": ["sanitation", "passerby", "officer"],
    "county_bus": ["driver", "officer"], "opposite": ["crew", "passerby"], "baisha": ["officer", "passerby"],
    "county_hosp": ["nurse", "officer"], "jiangkou": ["officer", "passerby"],
}


def fperson():
    return pick(SURN) + pick(["某", "某某", "师傅", "女士", "先生", "阿姨", pick(G_MID)])


def write_found(o, fpk, ft):
    if o["cat"] in ("ebike", "bicycle") and fpk in ("boat", "bus_ride"):
        fpk = "street"
    voice = pick(FINDERS[fpk])
    if o["cat"] in ("ebike", "bicycle") and voice in ("pupil", "nurse", "crew", "driver", "stall", "cleaner", "teacher", "boatman"):
        voice = pick(["officer", "passerby", "sanitation"])
    uc, ub = chance(.85), chance(.7)
    what = what_finder(o, uc, ub)
    det = finder_details(o)
    ser = None
    if o["f_serial"] and chance(.85):
        ser = pick(o["f_serial"])
        if chance(.6):
            det.append(ser[1])
    pl = place_name(fpk, official=chance(.6))
    spot = pick(PLACES[fpk][3])
    boat = pick(BOATS)
    route = pick(["沙洲—临江县城", "沙洲—白沙", "沙洲—江口"])
    if voice == "crew" and fpk != "opposite":
        spot = pick(PLACES["boat"][3])
    if voice == "driver":
        spot = pick(PLACES["bus_ride"][3])
    tf = t_officer(ft) if voice in ("officer", "nurse") or chance(.4) else t_casual(ft)
    dets = "，".join(det)
    fn = fperson()
    if voice == "crew":
        body = "%s船员%s%s清舱时在%s%s发现%s，%s，已交码头值班室。" % (boat, fn, tf, "" if fpk != "opposite" else pl, spot, what, dets)
    elif voice == "cleaner":
        body = "保洁员%s%s打扫%s%s时捡到%s，%s。" % (fn, tf, pl, spot, what, dets)
    elif voice == "driver":
        body = "%s班车司机%s%s收车检查车厢时在%s捡到%s，%s，交%s值班室后转来。" % (route, fn, tf, spot, what, dets, pl)
    elif voice == "stall":
        body = "%s%s的摊主%s送来，称%s有人落在摊上%s，%s，等了半天没人回来找。" % (pl, spot, fn, tf, what, dets)
    elif voice == "security":
        body = "市场保安%s巡逻时于%s在%s%s发现%s，%s。" % (fn, tf, pl, spot, what, dets)
    elif voice == "nurse":
        body = "%s护士%s于%s在%s发现%s，%s，交来登记。" % (pl, fn, tf, spot, what, dets)
    elif voice == "pupil":
        g = pick(["初一", "初二", "初三"])
        body = "%s学生%s%s在学校%s捡到%s，交给班主任%s老师送来，%s。" % (g, pick(SURN) + "同学", tf, spot, what, pick(SURN), dets)
    elif voice == "teacher":
        body = "沙洲中学%s老师交来：学生%s在%s捡到%s，%s。" % (pick(SURN), tf, spot, what, dets)
    elif voice == "boatman":
        body = "渔民%s说%s在%s%s捡到%s，%s，送到所里。" % (fn, tf, pl, spot, what, dets)
    elif voice == "sanitation":
        body = "环卫工%s%s在%s%s清扫时发现%s，%s。" % (fn, tf, pl, spot, what, dets)
    elif voice == "passerby":
        body = "群众%s送来%s，称%s在%s%s捡到，%s。" % (fn, what, tf, pl, spot, dets)
    else:
        body = "拾得人%s于%s在%s%s拾得%s，%s。现交我所。" % (fn, tf, pl, spot, what, dets)
    if chance(.12):
        body = "%s %s%s 拾得%s %s" % (tf, pl, spot, what, dets)
    body = body.replace("，。", "。").replace("，，", "，")
    body = clip(body, 600)
    rec = {"category": o.get("f_cat", o["cat"]), "body": body}
    if o["fcolor"] and chance(.65):
        rec["color"] = cwf(o["fcolor"])
    if o["brand"] and o["fbrand"] and chance(.55):
        rec["brand"] = bwf(o["brand"], o["cat"])
    if o["fmodel"] and o["model"] and chance(.5):
        rec["model"] = o["model"]
    if ser and chance(.8):
        rec["serial"] = clip(ser[0], 60)
    if chance(.85):
        if voice == "crew" and fpk != "opposite":
            rec["address"] = clip(pick(["沙洲客运码头（%s）" % boat, "%s%s" % (boat, spot)]), 60)
        elif voice == "driver":
            rec["address"] = clip("%s（%s班车%s）" % (pl, route, spot), 60)
        else:
            rec["address"] = clip(pl + spot, 60)
    if det and chance(.55):
        rec["marks"] = clip("；".join(det), 500)
    if chance(.6):
        lat, lon = jitter_ll(fpk, 0.0008)
        rec["lat"], rec["lon"] = lat, lon
    return rec, voice


# ---------------------------------------------------------------- events
def mins_ago(dt):
    return int((NOW - dt).total_seconds() // 60)


def loss_event(p, cat):
    pk = wpick(ROLE_PLACES[p["role"]])
    if cat == "ebike" and pk in ("boat", "bus_ride", "school" if p["role"] != "grandparent" else "x"):
        pk = pick(["market", "street", "ferry", "hospital", "night"])
    if cat == "bicycle" and pk in ("boat", "bus_ride"):
        pk = pick(["school", "street", "market"])
    lo, hi = HOURS[pk]
    day = R.randint(0, 60)
    t = (NOW - datetime.timedelta(days=day)).replace(hour=R.randint(lo, hi), minute=R.randrange(60))
    if t >= NOW - datetime.timedelta(minutes=40):
        t = NOW - datetime.timedelta(minutes=R.randint(60, 300))
    style = wpick([("tight", 4), ("mid", 4), ("wide", 2)])
    if cat in ("ebike", "bicycle"):
        style = wpick([("mid", 5), ("wide", 5)])
    if style == "tight":
        before, after = R.randint(5, 60), R.randint(5, 60)
    elif style == "mid":
        before, after = R.randint(30, 240), R.randint(30, 240)
    else:
        before, after = R.randint(180, 1440), R.randint(120, 1440)
    a = t - datetime.timedelta(minutes=before)
    b = min(t + datetime.timedelta(minutes=after), NOW - datetime.timedelta(minutes=R.randint(5, 30)))
    if b < t:
        b = t
    ev = {"place": pk, "t": t, "a": a, "b": b}
    if chance(.08):
        ev["unsure"] = pick([x for x in TOWN if x != pk and x not in ("boat", "bus_ride")])
    return ev


def found_time(t):
    d = wpick([("fast", 5), ("day", 3), ("slow", 1.5)])
    m = R.randint(5, 360) if d == "fast" else (R.randint(360, 2880) if d == "day" else R.randint(2880, 14400))
    ft = t + datetime.timedelta(minutes=m)
    if ft > NOW:
        ft = t + datetime.timedelta(minutes=max(0, int((NOW - t).total_seconds() // 60) - R.randint(0, 4)))
        if ft > NOW:
            ft = NOW
    return ft


def awake(ft, lo=None, hi=None, back=False):
    """people find and hand in things by day: move a time in 0:00-5:59 out of the small hours."""
    if ft.hour >= 6:
        return ft
    if back:
        nt = (ft - datetime.timedelta(days=1)).replace(hour=R.randint(19, 22))
    else:
        nt = ft.replace(hour=R.randint(6, 8))
    if (lo is not None and nt < lo) or (hi is not None and nt > hi):
        return ft
    return nt


# ---------------------------------------------------------------- build the world
SHOW = []


def sig(o):
    return (o["cat"], o["kind"], o["brand"], o["color"], tuple(sorted(b for a, b in o["shared"])), tuple(sorted(o["f_cont"])))


def main():
    cats = []
    for c, n in CAT_COUNTS:
        cats += [c] * n
    R.shuffle(cats)
    truth_flags = [True] * N_TRUE + [False] * N_NEVER
    R.shuffle(truth_flags)
    lost_rows = []   # (rec, obj, person, ev, truth_obj_index)
    found_rows = []  # (rec, tag)
    pairs = []
    voices_l, voices_f = {}, {}
    for i, cat in enumerate(cats):
        role = pick(CAT_ROLES[cat])
        p = make_person(role)
        o = BUILDERS[cat](p)
        ev = loss_event(p, cat)
        lost_rows.append({"o": o, "p": p, "ev": ev, "true": truth_flags[i]})

    # up to 4 cross-category pairs among true objects: filed under two categories by two people
    cross = 0
    for row in lost_rows:
        if cross >= 4 or not row["true"]:
            continue
        o = row["o"]
        if cross == 0 and o["cat"] == "electronics" and o["kind"] == "kidwatch":
            o["o_cat"] = "phone"; cross += 1
        elif cross == 1 and o["cat"] == "wallet" and o["kind"] == "cardholder":
            o["f_cat"] = "id_doc"; cross += 1
        elif cross == 2 and o["cat"] == "bag" and o["kind"] == "waist":
            o["f_cat"] = "wallet"; cross += 1
        elif cross == 3 and o["cat"] == "other" and o["kind"] != "goods":
            o["f_cat"] = "electronics" if o["kind"] == "hearing" else "bag" if o["kind"] == "rod" else o["cat"]
            if o["f_cat"] != o["cat"]:
                cross += 1
            else:
                o.pop("f_cat")
    if cross < 4:
        # make sure: turn one true 'other' into a hearing aid filed as electronics by the finder
        for row in lost_rows:
            if row["true"] and row["o"]["cat"] == "other" and "f_cat" not in row["o"] and "o_cat" not in row["o"]:
                row["o"] = b_other(row["p"], kind="hearing")
                row["o"]["f_cat"] = "electronics"
                cross += 1
                if cross >= 4:
                    break

    for row in lost_rows:
        rec, v = write_lost(row["o"], row["p"], row["ev"])
        lf, lt = mins_ago(row["ev"]["a"]), mins_ago(row["ev"]["b"])
        rec["lost_from_min"], rec["lost_to_min"] = lf, lt
        row["rec"] = rec
        voices_l[v] = voices_l.get(v, 0) + 1
        if row["true"]:
            fpk = wpick(FOUND_NEAR[row["ev"]["place"]])
            if row["o"]["cat"] == "ebike" and chance(.2):
                fpk = pick(["baisha", "jiangkou", "street"])
            ft = awake(found_time(row["ev"]["t"]), row["ev"]["t"], NOW)
            frec, fv = write_found(row["o"], fpk, ft)
            frec["found_at_min"] = mins_ago(ft)
            voices_f[fv] = voices_f.get(fv, 0) + 1
            row["found"] = frec

    # hard negatives
    neg_plan = [("same_category_colour", 45, "never"), ("same_category_colour", 25, "true"),
                ("found_before_loss", 20, "never"), ("found_before_loss", 20, "true"),
                ("same_brand_elsewhere", 40, "any"), ("ordinary", 50, None)]
    never_rows = [r for r in lost_rows if not r["true"]]
    true_rows = [r for r in lost_rows if r["true"]]
    negs = []
    for label, n, target in neg_plan:
        for _ in range(n):
            if label == "ordinary":
                cat = wpick([(c, w) for c, w in CAT_COUNTS])
                p = make_person(pick(CAT_ROLES[cat]))
                o = BUILDERS[cat](p)
                ev = loss_event(p, cat)
                fpk = wpick(FOUND_NEAR[ev["place"]])
                ft = awake(found_time(ev["t"]), ev["t"], NOW)
            else:
                if label == "same_brand_elsewhere":
                    pool = [r for r in lost_rows if r["o"]["brand"] and r["o"]["cat"] in
                            ("phone", "ebike", "bag", "jewelry", "electronics", "wallet", "bicycle")]
                else:
                    pool = never_rows if target == "never" else true_rows
                tr = pick(pool)
                to = tr["o"]
                p = make_person(pick(CAT_ROLES[to["cat"]]))
                like = {"kind": to["kind"], "color": to["color"], "brand": to["brand"], "model": to["model"],
                        "nkeys": to.get("nkeys", 3), "orn": to.get("orn", []), "amount": to.get("amount", 500),
                        "cont": to.get("cont"), "engrave": to.get("engrave")}
                if label == "found_before_loss":
                    like["same_brand"] = True
                if label == "same_brand_elsewhere":
                    like["same_brand"] = True
                o = BUILDERS[to["cat"]](p, like)
                for _ in range(20):
                    if sig(o) != sig(to):
                        break
                    o = BUILDERS[to["cat"]](p, like)
                if label == "same_brand_elsewhere":
                    if to["brand"] and o["brand"] != to["brand"]:
                        o["brand"] = to["brand"]
                        o["fbrand"] = True
                    if o["color"] and chance(.5):
                        o["color"] = o["fcolor"] = pick([c for c in sorted(COLORS) if c != to["color"]])
                    fpk = pick(FAR)
                    # a different time: either well before the loss or well after it
                    t0 = tr["ev"]["t"]
                    if chance(.5):
                        ft = t0 - datetime.timedelta(minutes=R.randint(4320, 30000))
                    else:
                        ft = t0 + datetime.timedelta(minutes=R.randint(4320, 20000))
                        if ft > NOW - datetime.timedelta(minutes=30):
                            ft = t0 - datetime.timedelta(minutes=R.randint(4320, 20000))
                elif label == "found_before_loss":
                    # same look, same neighbourhood, but handed in before this loss began
                    o["color"] = to["color"]
                    o["fcolor"] = to.get("fcolor", to["color"])
                    fpk = wpick(FOUND_NEAR[tr["ev"]["place"]])
                    ft = tr["ev"]["a"] - datetime.timedelta(minutes=R.randint(120, 17280))
                else:
                    fpk = wpick(FOUND_NEAR[tr["ev"]["place"]])
                    ft = tr["ev"]["a"] + datetime.timedelta(minutes=R.randint(0, 4320))
                    if ft > NOW:
                        ft = NOW - datetime.timedelta(minutes=R.randint(0, 20))
                    if ft < tr["ev"]["a"]:
                        ft = tr["ev"]["a"]
            if label == "found_before_loss":
                ft = awake(ft, None, tr["ev"]["a"] - datetime.timedelta(minutes=60), back=True)
            elif label == "same_category_colour":
                ft = awake(ft, tr["ev"]["a"], NOW)
            elif label != "ordinary":
                ft = awake(ft, None, NOW)
            frec, fv = write_found(o, fpk, ft)
            frec["found_at_min"] = mins_ago(ft)
            frec["negative"] = label
            negs.append(frec)
            if label != "ordinary":
                SHOW.append((tr, frec))

    # keys
    order_l = list(range(len(lost_rows)))
    R.shuffle(order_l)
    lost_out = [None] * len(lost_rows)
    for k, idx in enumerate(order_l):
        lost_rows[idx]["key"] = "%s-L%04d" % (PFX, k + 1)
    found_all = [("t", r) for r in lost_rows if r["true"]] + [("n", f) for f in negs]
    order_f = list(range(len(found_all)))
    R.shuffle(order_f)
    found_out = []
    for k, idx in enumerate(order_f):
        kind, x = found_all[idx]
        fkey = "%s-F%04d" % (PFX, k + 1)
        if kind == "t":
            x["fkey"] = fkey
            rec = dict(x["found"])
        else:
            rec = dict(x)
        found_out.append(dict([("key", fkey)] + list(rec.items())))
    for r in lost_rows:
        lost_out[int(r["key"][-4:]) - 1] = dict([("key", r["key"])] + list(r["rec"].items()) + [("truth", r.get("fkey"))])
    data = {"seed": SEED, "made_by": "tests/lostfound/make_set42.py",
            "parts": {PART: {"found": found_out, "lost": lost_out}}}
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    if os.environ.get("SET42_SHOW"):
        for tr, frec in SHOW[:: max(1, len(SHOW) // int(os.environ["SET42_SHOW"]))]:
            print(json.dumps(dict(tr["rec"], key=tr["key"], truth=tr.get("fkey")), ensure_ascii=False))
            print("   NEG", json.dumps(frec, ensure_ascii=False))
    print("wrote", OUT, "lost", len(lost_out), "found", len(found_out))
    print("owner voices", dict(sorted(voices_l.items())))
    print("finder voices (true items)", dict(sorted(voices_f.items())))


if __name__ == "__main__":
    main()
