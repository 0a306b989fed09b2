#!/usr/bin/env python3
"""Generate tests/lostfound/set16.json: a BLIND labelled lost-and-found set.

World: 云栖新城, a large new residential district on a city's edge (invented).
Every object is first drawn as a hidden truth record; the owner's report and
the finder's registration are then each written from that record on their own
(the finder sees only what is visible or printed, the owner also knows hidden
contents).  Python 3 standard library only; fixed seed; deterministic whatever
PYTHONHASHSEED (no set iteration, lists only).
"""
import json
import os
import random

SEED = 20261216
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set16.json")
MAX_MIN = 170000

N_TRUE = 150
N_NULL = 60
# negatives (found items that are nobody's in this set)
N_NULL_DECOY = 40
N_NULL_TWIN = 12
N_TRUE_TWIN = 25
N_TRUE_DECOY = 23
N_BEFORE = 20
N_BRAND_ELSE = 15
N_UNCLAIMED = 15

rng = random.Random(SEED)

# ---------------------------------------------------------------- places
CLAT, CLON = 34.7935, 113.9120
# key, type, dlat, dlon (km-ish offsets converted below), owner aliases, finder aliases
PLACES = [
    ("jxlw", "compound", 0.004, -0.006, ["锦绣澜湾小区", "锦绣澜湾", "锦绣澜湾东门那边"], ["锦绣澜湾小区东门岗亭", "云栖大道188号锦绣澜湾", "锦绣澜湾7号楼下"]),
    ("cuihu", "compound", -0.006, -0.010, ["翠湖天地小区", "翠湖天地三期", "翠湖天地"], ["翠湖路66号翠湖天地", "翠湖天地3期12栋大堂", "翠湖天地南门"]),
    ("yuelan", "compound", 0.011, 0.004, ["悦澜府", "悦澜府小区北门", "悦澜府快递柜那里"], ["明德路19号悦澜府", "悦澜府北门快递柜旁", "悦澜府地下车库B2"]),
    ("heshun", "compound", -0.012, 0.009, ["和顺家园", "和顺家园安置小区", "和顺街那个小区"], ["和顺街2号院和顺家园", "和顺家园5号楼单元门口", "和顺家园门岗"]),
    ("school1", "school", 0.002, 0.012, ["云栖实验小学门口", "实验小学校门口", "孩子学校门口"], ["云栖实验小学南门", "学府路1号云栖实验小学", "实验小学接送等候区"]),
    ("school2", "school", 0.008, 0.015, ["云栖二中门口", "二中", "云栖第二中学"], ["云栖第二中学校门", "学府路30号二中门卫室", "二中操场"]),
    ("clinic", "hospital", -0.003, 0.002, ["社区医院", "云栖社区卫生服务中心", "社区卫生中心打针那"], ["云栖社区卫生服务中心一楼大厅", "康宁路8号社区卫生服务中心", "卫生中心输液室"]),
    ("pharm", "shop", -0.010, 0.006, ["益康大药房", "和顺街口的药店", "药房"], ["益康大药房(和顺街店)", "和顺街口益康药房收银台", "益康大药房门口"]),
    ("super", "shop", 0.000, -0.002, ["惠万家超市", "惠万家", "大超市"], ["惠万家购物广场服务台", "云栖大道与明德路交叉口惠万家", "惠万家超市存包柜"]),
    ("market", "market", -0.008, -0.003, ["东关菜市场", "菜市场", "东关农贸市场"], ["东关农贸市场管理处", "东关路菜场肉摊旁", "东关农贸市场南门"]),
    ("square", "square", 0.001, 0.005, ["幸福广场", "跳广场舞那个广场", "云栖文化广场"], ["幸福广场东侧", "云栖文化广场舞台旁", "幸福广场音响边"]),
    ("park", "park", 0.014, -0.012, ["星河体育公园", "体育公园跑道", "星河公园篮球场"], ["星河体育公园塑胶跑道", "星河体育公园篮球场", "体育公园北门服务点"]),
    ("site", "site", 0.018, 0.001, ["工地", "云栖大道北段工地", "中建云栖项目"], ["云栖大道北段建筑工地门口", "中建云栖项目部", "北段工地材料区"]),
    ("dorm", "site", 0.019, 0.006, ["工人宿舍", "板房宿舍", "工地生活区"], ["北段工人生活区板房", "工地生活区门卫", "工人宿舍食堂"]),
    ("metro", "metro", -0.001, -0.016, ["地铁云栖站", "6号线终点站", "云栖地铁站"], ["地铁6号线云栖站站厅", "云栖站B口", "6号线云栖站站台"]),
    ("busdep", "bus", -0.004, -0.018, ["公交总站", "云栖公交首末站", "公交场站"], ["云栖公交首末站调度室", "公交场站", "首末站候车亭"]),
    ("banquet", "banquet", 0.006, -0.001, ["喜来福婚宴酒店", "喜来福", "婚宴那个酒店"], ["喜来福婚宴大酒店二楼宴会厅", "喜来福大酒店前台", "喜来福门口停车场"]),
    ("elder", "elder", -0.014, -0.006, ["颐养园养老中心", "养老院", "颐养园"], ["康宁路颐养园养老中心", "颐养园活动室", "颐养园门卫"]),
    ("station", "shop", 0.010, 0.008, ["菜鸟驿站", "驿站", "快递驿站"], ["悦澜府菜鸟驿站", "驿站取件台", "驿站门口货架"]),
    ("street", "street", 0.003, -0.011, ["云栖里商业街", "商业街", "云栖里"], ["云栖里商业街奶茶店门口", "云栖里步行街", "云栖里商业街公厕旁"]),
    ("bikes", "street", -0.005, 0.014, ["共享单车停车点", "学府路口", "学府路和康宁路口"], ["学府路与康宁路交叉口", "学府路口共享单车停放区", "学府路公交站台"]),
]
FAR = [
    ("eastst", "far", 0.060, 0.110, ["市东站", "高铁东站", "东站"], ["高铁东站候车大厅", "市东站出站口", "东站南广场"]),
    ("oldtown", "far", -0.040, -0.140, ["老城区鼓楼", "鼓楼那边", "老城"], ["老城区鼓楼派出所", "鼓楼步行街", "老城区鼓楼广场"]),
    ("cityhosp", "far", -0.030, -0.090, ["市人民医院", "市医院", "人民医院门诊"], ["市人民医院门诊大厅", "人民医院住院部", "市医院停车场"]),
    ("airport", "far", -0.150, 0.200, ["机场", "机场T2", "新郑那边机场"], ["机场T2到达层", "机场大巴站", "机场T2安检口"]),
]
ALLP = PLACES + FAR
PIDX = {p[0]: i for i, p in enumerate(ALLP)}
NEAR = {
    "jxlw": ["square", "super", "station"], "cuihu": ["market", "street"], "yuelan": ["station", "school2"],
    "heshun": ["pharm", "elder"], "school1": ["bikes", "square"], "school2": ["yuelan", "bikes"],
    "clinic": ["pharm", "square"], "pharm": ["clinic", "heshun"], "super": ["jxlw", "square"],
    "market": ["cuihu", "super"], "square": ["jxlw", "super"], "park": ["school2", "yuelan"],
    "site": ["dorm"], "dorm": ["site"], "metro": ["busdep", "street"], "busdep": ["metro"],
    "banquet": ["square", "super"], "elder": ["heshun", "clinic"], "station": ["yuelan", "jxlw"],
    "street": ["metro", "jxlw"], "bikes": ["school1", "school2"],
    "eastst": ["eastst"], "oldtown": ["oldtown"], "cityhosp": ["cityhosp"], "airport": ["airport"],
}


def coord(pkey, spread=0.0012):
    p = ALLP[PIDX[pkey]]
    return (round(CLAT + p[2] + rng.uniform(-spread, spread), 6),
            round(CLON + p[3] + rng.uniform(-spread, spread), 6))


# ---------------------------------------------------------------- words
COLORS = {
    "black": ["黑色", "深空灰", "深色", "曜石黑", "黑的", "亮黑色"],
    "white": ["白色", "珍珠白", "米白色", "白的", "象牙白"],
    "blue": ["蓝色", "海蓝色", "深蓝", "宝石蓝", "蓝的"],
    "pink": ["粉色", "樱花粉", "浅粉色", "粉红", "粉的"],
    "red": ["红色", "酒红色", "大红", "枣红色", "红的"],
    "gold": ["金色", "香槟金", "土豪金", "金的"],
    "silver": ["银色", "银白色", "亮银", "银的"],
    "green": ["绿色", "墨绿色", "军绿", "薄荷绿", "绿的"],
    "brown": ["棕色", "咖啡色", "褐色", "驼色", "棕的"],
    "purple": ["紫色", "浅紫", "香芋紫", "紫的"],
    "yellow": ["黄色", "明黄", "柠檬黄", "黄的"],
    "grey": ["灰色", "浅灰", "银灰色", "灰的"],
}
BRANDS = {
    "huawei": ["华为", "HUAWEI", "huawei", "花为", "华为HUAWEI"],
    "apple": ["苹果", "iPhone", "Apple", "平果", "苹果iPhone"],
    "xiaomi": ["小米", "Xiaomi", "MI", "红米Redmi", "xiaomi"],
    "oppo": ["OPPO", "oppo", "欧珀", "OPPO手机"],
    "vivo": ["vivo", "VIVO", "维沃", "vivo手机"],
    "honor": ["荣耀", "HONOR", "容耀", "honor"],
    "shouhubao": ["守护宝", "中兴守护宝", "守护宝", "守护保"],
    "tianyu": ["天语", "K-Touch", "KTOUCH", "天语"],
    "xtc": ["小天才", "XTC", "小天财", "小天才电话手表"],
    "imoo": ["imoo", "小寻", "IMOO"],
    "septwolves": ["七匹狼", "SEPTWOLVES", "7匹狼"],
    "goldlion": ["金利来", "goldlion", "金力来"],
    "coach": ["蔻驰", "COACH", "coach", "寇驰"],
    "yadea": ["雅迪", "Yadea", "YADEA", "亚迪"],
    "aima": ["爱玛", "AIMA", "艾玛"],
    "tailg": ["台铃", "TAILG", "台玲"],
    "niu": ["小牛", "NIU", "小牛电动"],
    "giant": ["捷安特", "GIANT", "giant", "杰安特"],
    "forever": ["永久", "FOREVER", "上海永久"],
    "phoenix": ["凤凰", "PHOENIX", "飞鸽凤凰"],
    "kalayang": ["卡拉羊", "Carany", "卡拉样"],
    "disney": ["迪士尼", "Disney", "迪斯尼"],
    "nike": ["耐克", "NIKE", "Nike", "奈克"],
    "chowtaifook": ["周大福", "CTF", "周大富"],
    "laofengxiang": ["老凤祥", "老凤翔", "LAO FENG XIANG"],
    "airpods": ["AirPods", "苹果耳机", "airpods", "爱破的"],
    "freebuds": ["华为FreeBuds", "FreeBuds", "华为耳机"],
    "siemens": ["西门子", "Signia西嘉", "西门子助听器"],
    "ipad": ["iPad", "苹果平板", "ipad", "爱派"],
    "lenovo": ["联想", "Lenovo", "lenovo", "连想"],
    "thermos": ["膳魔师", "THERMOS", "膳魔士"],
    "toyota": ["丰田", "TOYOTA", "风田"],
    "vw": ["大众", "VW", "大众汽车"],
    "byd": ["比亚迪", "BYD", "比亚笛"],
    "anker": ["安克", "Anker", "anker"],
    "romoss": ["罗马仕", "ROMOSS", "罗马士"],
}
# no brand printed / nobody says one
NOBRAND = None

SURN = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "萧", "田", "董", "潘", "袁", "蔡", "蒋", "余"]
GIVEN = ["秀兰", "桂英", "建国", "志强", "玉梅", "淑珍", "子涵", "梓萱", "浩然", "雨桐", "一诺", "宇轩", "欣怡", "俊杰", "丽娟", "海燕", "红霞", "卫东", "德福", "凤英", "春生", "晓东", "佳怡", "思远", "明辉", "国庆", "金花", "翠兰", "振华", "若曦", "沐阳", "天佑", "书瑶", "嘉豪", "文静", "永红", "保国", "素芬", "铁柱", "小军"]

REGION = ["410105", "410122", "410183", "370102", "370811", "310112", "320583", "411302", "412727", "340104"]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_number(byear):
    base = "%s%04d%02d%02d%03d" % (rng.choice(REGION), byear, rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 999))
    s = sum(int(base[i]) * ID_W[i] for i in range(17))
    return base + ID_C[s % 11]


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def imei():
    body = rng.choice(["86", "35", "86"]) + "".join(str(rng.randint(0, 9)) for _ in range(12))
    return body + luhn_digit(body)


def bank_card():
    body = rng.choice(["622202", "621700", "622848", "621226", "623058"]) + "".join(str(rng.randint(0, 9)) for _ in range(12))
    return body + luhn_digit(body)


def person(byear=None):
    return rng.choice(SURN) + rng.choice(GIVEN)


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


# ---------------------------------------------------------------- objects
# An object: cat_owner (list of plausible owner categories, first most usual),
# cat_finder, what_o (owner nouns), what_f (finder nouns), brand key, model,
# color family, vis (visible facts: list of (owner phrase, finder phrase)),
# hid (owner-only facts), serial (dict), rel (whose it is), twin_vis pool.

def ph(o, f=None):
    return (o, f if f is not None else o)


def pick_vis(pool, k):
    pool = list(pool)
    rng.shuffle(pool)
    return pool[:k]


PHONE_CASES = [ph("套了个透明手机壳", "透明软壳"), ph("手机壳上有个小熊", "手机壳印卡通小熊"),
               ph("壳子是皮的翻盖的", "翻盖皮套"), ph("后壳贴了张孙子的照片", "手机壳内夹一张小孩照片"),
               ph("屏幕右上角碎了", "屏幕右上角有裂纹"), ph("挂了根红绳", "挂红色挂绳"),
               ph("壳子上有个指环支架", "背面有指环支架"), ph("屏幕贴的膜翘边了", "钢化膜边缘翘起"),
               ph("锁屏是一只柴犬", "锁屏壁纸为柴犬"), ph("锁屏是全家福", "锁屏壁纸为合影照片"),
               ph("壳子上写着电话号码", "手机壳背面手写一串电话号码"), ph("后面贴了个平安符贴纸", "背面贴平安符贴纸"),
               ph("按键有一个掉漆了", "按键掉漆"), ph("外卖平台的手机支架夹痕", "机身侧边有支架夹痕")]


def mk_phone(elder=None):
    if elder is None:
        elder = rng.random() < 0.35
    if elder:
        b = rng.choice(["shouhubao", "tianyu", "huawei"])
        model = None
        col = rng.choice(["red", "black", "gold", "blue"])
        rel = rng.choice(["老伴", "俺娘", "我爸", "我妈", "老头子", "姆妈"])
        what_o = ["老年机", "老人机", "手机", "按键手机"]
        what_f = ["老年手机", "按键手机", "手机"]
        vis = pick_vis([ph("后面贴着写了电话的胶布", "背面胶布写有电话号码"), ph("挂了个葫芦挂件", "挂葫芦挂件"),
                        ph("按键数字磨掉了", "数字键磨损"), ph("外面套了个布袋子", "装在小布袋里"),
                        ph("屏幕上有道划痕", "屏幕有划痕"), ph("电池盖用皮筋缠着", "电池盖用橡皮筋缠住"),
                        ph("侧面有手电筒", "带手电筒")], rng.randint(1, 3))
        hid = pick_vis(["通讯录里第一个是我", "里面存着孩子们的电话", "没有密码", "卡是移动的老号"], rng.randint(0, 2))
    else:
        b = rng.choice(["huawei", "apple", "xiaomi", "oppo", "vivo", "honor"])
        model = {"huawei": ["Mate40", "Mate 60", "nova 9", "P40"], "apple": ["iPhone 13", "iPhone 14 Pro", "iPhone 12", "iPhone 11"],
                 "xiaomi": ["Redmi K60", "小米13", "Redmi Note 12"], "oppo": ["Reno8", "A96", "Find X5"],
                 "vivo": ["X90", "Y77", "S16"], "honor": ["荣耀X40", "荣耀70", "Magic5"]}[b]
        model = rng.choice(model)
        col = rng.choice(["black", "white", "blue", "purple", "gold", "green", "silver"])
        rel = rng.choice(["我", "我", "我", "我老婆", "我儿子", "我闺女"])
        what_o = ["手机", "手机", "智能手机"]
        what_f = ["手机", "智能手机", "手机一部"]
        vis = pick_vis(PHONE_CASES, rng.randint(1, 3))
        hid = pick_vis(["有锁屏密码", "微信里有工作群", "里面有孩子的照片", "电话卡是联通的", "支付宝绑了卡"], rng.randint(0, 2))
    return {"cat_o": ["phone"], "cat_f": ["phone"], "what_o": what_o, "what_f": what_f, "brand": b,
            "model": model, "color": col, "vis": vis, "hid": hid, "rel": rel,
            "serial": {"kind": "imei", "value": imei(), "visible": False}, "kind": "phone_elder" if elder else "phone"}


def mk_watch():
    b = rng.choice(["xtc", "xtc", "imoo", "huawei"])
    model = rng.choice({"xtc": ["Z6", "Z7", "Q1A", "Z8"], "imoo": ["Z1", "Z6"], "huawei": ["儿童手表5X", "儿童手表4Pro"]}[b])
    col = rng.choice(["blue", "pink", "purple", "black", "green"])
    rel = rng.choice(["孙子", "孙女", "孩子", "儿子", "闺女", "外孙"])
    vis = pick_vis([ph("表带上贴着名字贴", "表带贴有姓名贴"), ph("表盘是奥特曼", "表盘奥特曼图案"),
                    ph("表盘是冰雪奇缘", "表盘为卡通公主"), ph("表带扣坏了一个", "表带扣缺损"),
                    ph("屏幕有个小裂", "屏幕有细裂纹"), ph("背面刻了字", "背面刻字"),
                    ph("贴了个小恐龙贴纸", "贴恐龙贴纸")], rng.randint(1, 2))
    hid = pick_vis(["手表里存着我的号", "定位显示最后在那附近", "开着定位但没电了"], rng.randint(0, 1))
    return {"cat_o": ["electronics", "electronics", "jewelry", "phone"], "cat_f": ["electronics", "electronics", "phone"],
            "what_o": ["电话手表", "儿童手表", "手表", "小天才手表" if b == "xtc" else "定位手表"],
            "what_f": ["儿童电话手表", "智能手表", "电话手表"], "brand": b, "model": model, "color": col,
            "vis": vis, "hid": hid, "rel": rel, "serial": {"kind": "sn", "value": "SN" + digits(10), "visible": False},
            "kind": "watch"}


def mk_iddoc():
    t = rng.choice(["id", "id", "id", "student", "social", "driver", "elder_card"])
    name = person()
    if t == "id" or t == "driver" or t == "social":
        byear = rng.randint(1950, 2004)
        num = id_number(byear)
        rel = rng.choice(["我", "我", "我爸", "我妈", "俺家老头", "我自己"])
        what = {"id": (["身份证", "身份证件", "二代证"], ["居民身份证", "身份证一张", "身份证"]),
                "driver": (["驾驶证", "驾照", "驾驶本"], ["机动车驾驶证", "驾驶证一本", "驾驶证"]),
                "social": (["社保卡", "医保卡", "社会保障卡"], ["社会保障卡", "社保卡一张", "社保卡"])}[t]
        serial = {"kind": "idno", "value": num, "visible": True}
        col = rng.choice(["blue", "white"]) if t != "driver" else rng.choice(["black", "brown"])
        vis = [ph("姓名%s" % name, "姓名%s" % name)]
        nocol = True
        if t == "driver":
            vis.append(ph("外面是黑皮套", "黑色皮套"))
        hid = pick_vis(["补办要跑好几趟", "下礼拜要用", "里面还夹着一张银行卡"], rng.randint(0, 1))
        if "夹着一张银行卡" in "".join(hid):
            hid = []
    elif t == "student":
        rel = rng.choice(["孩子", "我儿子", "我闺女"])
        num = "2024" + digits(4)
        what = (["学生证", "校卡", "饭卡学生证"], ["学生证", "校园卡", "学生卡"])
        serial = {"kind": "student", "value": num, "visible": True}
        col = rng.choice(["blue", "red", "green"])
        vis = [ph("名字叫%s" % name, "姓名%s" % name), ph("二中的", "云栖二中")]
        hid = pick_vis(["卡里还有饭钱", "挂了个卡套"], rng.randint(0, 1))
    else:
        rel = rng.choice(["俺娘", "我妈", "老伴", "我爸"])
        num = "LN" + digits(8)
        what = (["老年卡", "公交老年卡", "敬老卡"], ["老年人公交卡", "敬老卡", "老年乘车卡"])
        serial = {"kind": "card", "value": num, "visible": True}
        col = rng.choice(["red", "yellow", "green"])
        vis = [ph("卡上照片名字是%s" % name, "持卡人%s" % name)]
        hid = pick_vis(["坐公交天天用", "卡套是毛线织的"], rng.randint(0, 1))
    return {"cat_o": ["id_doc"], "cat_f": ["id_doc"], "what_o": what[0], "what_f": what[1], "brand": NOBRAND,
            "model": None, "color": col, "vis": vis, "hid": hid, "rel": rel, "serial": serial, "kind": "iddoc_" + t,
            "name": name, "no_color_word": t in ("id", "social", "driver")}


def mk_wallet():
    b = rng.choice(["septwolves", "goldlion", "coach", None, None])
    col = rng.choice(["black", "brown", "red", "pink", "blue"])
    small = rng.random() < 0.3
    cash = rng.choice([50, 120, 200, 300, 460, 800, 1000, 35, 2000])
    card = bank_card()
    rel = rng.choice(["我", "我", "老伴", "我妈", "我爸", "我媳妇"])
    contents_f = [ph("现金%d元左右" % (cash + rng.choice([0, 0, 3, 5, -3])) if False else "大概%d块钱现金" % cash, "内有现金%d元" % cash),
                  ph("一张银行卡尾号%s" % card[-4:], "银行卡一张（%s****%s）" % (card[:4], card[-4:])),
                  ph("还有张超市会员卡", "惠万家会员卡一张"), ph("夹着一张老照片", "夹照片一张"),
                  ph("里面有药方单子", "内有处方单"), ph("有张公交卡", "公交卡一张")]
    vis_outer = pick_vis([ph("拉链头坏了", "拉链头缺失"), ph("角上磨白了", "边角磨损发白"), ph("有个按扣", "按扣式"),
                          ph("对折的短款", "短款对折"), ph("长款的", "长款")], rng.randint(0, 2))
    vis = vis_outer + pick_vis(contents_f, rng.randint(1, 3))
    hid = pick_vis(["身份证没放里面还好", "钱不多主要是卡", "是闺女送的"], rng.randint(0, 1))
    what_o = ["卡包", "小卡包", "零钱包"] if small else ["钱包", "皮夹子", "钱夹"]
    what_f = ["卡包", "卡套", "零钱包"] if small else ["钱包", "皮夹", "男士钱包" if rng.random() < 0.5 else "钱包一个"]
    return {"cat_o": ["wallet", "other"] if small else ["wallet"], "cat_f": ["wallet", "other"] if small else ["wallet"],
            "what_o": what_o, "what_f": what_f, "brand": b, "model": None, "color": col, "vis": vis, "hid": hid,
            "rel": rel, "serial": {"kind": "bankcard", "value": card, "visible": any("银行卡" in v[0] for v in vis)},
            "kind": "wallet_small" if small else "wallet", "cash": cash}


def mk_keys():
    n = rng.randint(2, 6)
    car = rng.choice([None, None, "toyota", "vw", "byd"])
    ebike = rng.choice([None, "yadea", "aima", "tailg"])
    col_card = rng.choice(["blue", "red", "yellow", "green", "grey"])
    b = car or ebike
    vis = [ph("%d把钥匙" % n, "钥匙%d把" % n), ph("一个%s门禁卡" % rng.choice(COLORS[col_card]), "%s门禁扣" % COLORS[col_card][0])]
    if car:
        vis.append(ph("一把%s车钥匙" % BRANDS[car][0], "%s车钥匙一把" % BRANDS[car][0]))
    if ebike:
        vis.append(ph("电动车钥匙是%s的" % BRANDS[ebike][0], "%s电动车钥匙" % BRANDS[ebike][0]))
    vis += pick_vis([ph("挂了个小熊挂件", "小熊挂件"), ph("有个平安扣", "玉平安扣"), ph("钥匙圈上有个指甲刀", "带指甲刀"),
                     ph("有个红绳编的葫芦", "红绳葫芦挂饰"), ph("挂着开瓶器", "开瓶器挂件"), ph("一个皮的钥匙包", "皮质钥匙包")],
                    rng.randint(1, 2))
    rng.shuffle(vis)
    rel = rng.choice(["我", "我", "老伴", "我妈", "孩子"])
    return {"cat_o": ["keys"], "cat_f": ["keys"], "what_o": ["钥匙", "一串钥匙", "钥匙串", "要是"],
            "what_f": ["钥匙一串", "钥匙", "钥匙串"], "brand": b, "model": None, "color": col_card,
            "vis": vis, "hid": pick_vis(["家里就这一套", "单元门卡也在上面"], rng.randint(0, 1)), "rel": rel,
            "serial": None, "kind": "keys", "no_color_word": True}


def plate():
    return "豫A%s" % digits(5) if rng.random() < 0.7 else "云栖%s" % digits(6)


def mk_ebike():
    b = rng.choice(["yadea", "aima", "tailg", "niu", "yadea"])
    col = rng.choice(["white", "black", "red", "blue", "grey", "pink"])
    pl = plate()
    frame = rng.choice(["LYD", "AM", "TL", "N"]) + digits(11)
    rider = rng.random() < 0.4
    vis = [ph("车牌%s" % pl, "车牌号%s" % pl)]
    if rider:
        box = rng.choice([("美团黄色外卖箱", "后座黄色美团餐箱"), ("饿了么蓝色外卖箱", "后座蓝色饿了么餐箱")])
        vis.append(ph(box[0], box[1]))
    vis += pick_vis([ph("后座有个儿童座椅", "后座加装儿童座椅"), ph("前面有个车筐", "前车筐"), ph("挂了挡风被", "安装挡风被"),
                     ph("后视镜断了一个", "左后视镜缺失"), ph("车把上绑着手机支架", "车把装手机支架"),
                     ph("座垫上套着格子套", "格子座套")], rng.randint(1, 2))
    hid = pick_vis(["车架号%s" % frame, "电池是新换的60V", "锁着车但没拔钥匙"], rng.randint(0, 2))
    return {"cat_o": ["ebike"], "cat_f": ["ebike"], "what_o": ["电动车", "电瓶车", "电驴"], "what_f": ["电动自行车", "电动车一辆", "电瓶车"],
            "brand": b, "model": rng.choice([None, "冠能", "小刀款", "G2"]) if b == "yadea" else None, "color": col, "vis": vis,
            "hid": hid, "rel": rng.choice(["我", "我", "我老公"]), "serial": {"kind": "plate", "value": pl, "visible": True},
            "kind": "ebike", "rider": rider}


def mk_bicycle():
    kid = rng.random() < 0.45
    b = rng.choice(["giant", "forever", "phoenix", None])
    col = rng.choice(["red", "blue", "black", "pink", "yellow", "white"])
    vis = pick_vis([ph("前面有个车筐", "前车筐"), ph("后面有辅助轮", "带辅助轮") if kid else ph("变速的", "变速车"),
                    ph("车座是卡通的", "卡通车座") if kid else ph("车座破了用胶带缠着", "车座胶带缠绕"),
                    ph("车把上有铃铛", "车铃"), ph("后轮挡泥板歪了", "后挡泥板变形"), ph("车上有锁没锁", "附带链条锁")],
                   rng.randint(1, 3))
    return {"cat_o": ["bicycle"], "cat_f": ["bicycle"], "what_o": ["儿童自行车", "小孩自行车", "童车"] if kid else ["自行车", "山地车", "单车"],
            "what_f": ["儿童自行车", "儿童单车"] if kid else ["自行车", "山地自行车", "自行车一辆"], "brand": b,
            "model": None, "color": col, "vis": vis, "hid": pick_vis(["刚买俩月", "车架底下刻了名字"], rng.randint(0, 1)),
            "rel": "孩子" if kid else rng.choice(["我", "我儿子"]),
            "serial": {"kind": "frame", "value": digits(8), "visible": False}, "kind": "bicycle_kid" if kid else "bicycle"}


def mk_bag():
    t = rng.choice(["school", "school", "backpack", "shopping", "canvas", "handbag", "tools"])
    name = person()
    if t == "school":
        b = rng.choice(["kalayang", "disney", None])
        col = rng.choice(["blue", "pink", "purple", "black", "red"])
        grade = rng.choice(["一年级", "二年级", "三年级", "四年级", "五年级"])
        cls = rng.randint(1, 8)
        vis = [ph("书包侧面挂了个水壶", "侧袋有水壶"), ph("作业本写的%s%s（%d）班%s" % ("云栖实验小学", grade, cls, name),
                                                  "作业本署名%s（%d）班%s" % (grade, cls, name))]
        vis += pick_vis([ph("拉链上挂了个奥特曼", "挂奥特曼挂件"), ph("里面有个蓝色文具盒", "蓝色文具盒"),
                         ph("有个红领巾在里面", "内有红领巾")], rng.randint(0, 2))
        hid = pick_vis(["语文书封皮是我包的", "里面还有一袋饼干"], rng.randint(0, 1))
        w = (["书包", "孩子书包", "双肩书包"], ["小学生书包", "书包", "儿童书包"])
        rel = rng.choice(["孩子", "孙子", "孙女", "儿子"])
    elif t == "backpack":
        b = rng.choice(["nike", "xiaomi", None])
        col = rng.choice(["black", "grey", "blue"])
        vis = pick_vis([ph("里面有笔记本电脑充电器", "内有电脑充电器"), ph("有个保温杯", "内有保温杯"),
                        ph("工牌挂在外面", "外挂工牌"), ph("有把折叠伞", "折叠伞一把"), ph("背带上有个徽章", "背带别徽章")],
                       rng.randint(2, 3))
        hid = pick_vis(["有份合同要用", "U盘在夹层里"], rng.randint(0, 1))
        w = (["双肩包", "背包", "电脑包"], ["双肩背包", "背包", "双肩包"])
        rel = "我"
    elif t == "shopping":
        b = None
        col = rng.choice(["red", "green", "blue"])
        vis = pick_vis([ph("里面有刚买的排骨", "内有排骨"), ph("有两把青菜", "内有青菜"), ph("有一盒鸡蛋", "鸡蛋一盒"),
                        ph("还有几盒降压药", "内有药品数盒"), ph("有个保温饭盒", "保温饭盒")], rng.randint(2, 3))
        hid = pick_vis(["袋子是超市送的", "是老伴拎的"], rng.randint(0, 1))
        w = (["菜兜子", "购物袋", "环保袋"], ["环保购物袋", "手提袋", "布袋"])
        rel = rng.choice(["俺娘", "老伴", "我"])
    elif t == "canvas":
        b = None
        col = rng.choice(["white", "yellow", "green"])
        vis = pick_vis([ph("印着猫的图案", "印猫咪图案"), ph("里面有钥匙和纸巾", "内有纸巾"), ph("有本书", "书一本"),
                        ph("口红和小镜子", "化妆小镜子")], rng.randint(1, 3))
        hid = []
        w = (["帆布包", "布包", "帆布袋"], ["帆布包", "帆布手提包"])
        rel = rng.choice(["我", "我闺女"])
    elif t == "handbag":
        b = rng.choice(["coach", None])
        col = rng.choice(["black", "brown", "red"])
        vis = pick_vis([ph("有个丝巾系在带子上", "提手系丝巾"), ph("里面有把伞", "内有雨伞"), ph("包里有个小镜子", "小镜子"),
                        ph("有串佛珠", "佛珠一串")], rng.randint(1, 2))
        hid = pick_vis(["是参加婚礼带的", "里面有个红包没送出去"], rng.randint(0, 1))
        w = (["挎包", "手提包", "小包"], ["女士挎包", "手提包", "皮包"])
        rel = rng.choice(["我", "我妈", "老伴"])
    else:
        b = None
        col = rng.choice(["black", "blue", "grey"])
        vis = pick_vis([ph("有个电钻", "电钻一把"), ph("卷尺和扳手", "卷尺、扳手"), ph("一副手套", "劳保手套"),
                        ph("安全帽绑在上面", "绑有安全帽")], rng.randint(2, 3))
        hid = pick_vis(["工具是班组的", "包是帆布的"], rng.randint(0, 1))
        w = (["工具包", "工具袋", "干活的包"], ["工具包", "工具袋"])
        rel = rng.choice(["我", "俺"])
    return {"cat_o": ["bag"], "cat_f": ["bag"] if t != "shopping" else ["bag", "other"], "what_o": w[0], "what_f": w[1],
            "brand": b, "model": None, "color": col, "vis": vis, "hid": hid, "rel": rel, "serial": None, "kind": "bag_" + t}


def mk_cash():
    amt = rng.choice([200, 500, 600, 800, 1000, 1200, 1314, 2000, 3000, 3600, 5200, 888])
    t = rng.choice(["hongbao", "envelope", "roll", "wage"])
    if t == "hongbao":
        w = (["红包", "礼金红包", "红包"], ["红包一个", "红包", "礼金红包"])
        vis = [ph("%d块钱" % amt, "内有现金%d元" % amt), ph("红包上写着“百年好合”", "红包封面“百年好合”")]
        col = "red"
        hid = pick_vis(["是随礼的钱", "红包背面写了我名字"], rng.randint(0, 1))
    elif t == "envelope":
        w = (["信封装的钱", "一个信封", "牛皮纸信封"], ["牛皮纸信封", "信封（内装现金）", "信封"])
        vis = [ph("里面%d元" % amt, "现金%d元" % amt), ph("信封上写着“房租”", "信封手写“房租”") if rng.random() < 0.5 else ph("信封是银行的", "银行信封")]
        col = "brown"
        hid = []
    elif t == "roll":
        w = (["一卷钱", "现金", "钱"], ["现金一卷", "现金", "人民币"])
        vis = [ph("%d元" % amt, "共计%d元" % amt), ph("用皮筋扎着", "皮筋捆扎")]
        col = None
        hid = pick_vis(["是卖菜的钱", "都是一百的"], rng.randint(0, 1))
    else:
        w = (["工资", "一沓钱", "现金"], ["现金一沓", "现金", "人民币现金"])
        vis = [ph("%d块" % amt, "%d元" % amt), ph("装在塑料袋里", "装于透明塑料袋")]
        col = None
        hid = pick_vis(["刚发的工资", "要寄回老家的"], 1)
    return {"cat_o": ["cash"], "cat_f": ["cash"], "what_o": w[0], "what_f": w[1], "brand": None, "model": None,
            "color": col, "vis": vis, "hid": hid, "rel": rng.choice(["我", "我", "俺", "我爸"]), "serial": None,
            "kind": "cash_" + t, "amount": amt, "no_color_word": col is None}


def mk_jewelry():
    t = rng.choice(["bangle", "necklace", "jade", "lock", "ring", "earring"])
    b = rng.choice(["chowtaifook", "laofengxiang", None])
    if t == "bangle":
        w = (["金镯子", "金手镯", "镯子"], ["黄金手镯", "金色手镯", "手镯"]); col = "gold"
        vis = pick_vis([ph("有个福字", "刻“福”字"), ph("实心的开口镯", "开口镯"), ph("大概三十多克", "较重"), ph("上面有划痕", "表面有划痕")], 2)
    elif t == "necklace":
        w = (["金项链", "项链", "金链子"], ["金色项链", "项链一条", "链子"]); col = "gold"
        vis = pick_vis([ph("有个转运珠", "带转运珠"), ph("吊坠是个观音", "观音吊坠"), ph("扣子是坏的", "搭扣损坏"), ph("吊坠是心形", "心形吊坠")], 2)
    elif t == "jade":
        w = (["玉镯子", "玉手镯", "镯子"], ["玉镯", "绿色玉镯", "手镯"]); col = "green"; b = None
        vis = pick_vis([ph("有条白絮", "有白色絮状"), ph("戴了好多年", "有佩戴痕迹"), ph("有个小磕口", "边缘小缺口")], 2)
    elif t == "lock":
        w = (["长命锁", "银锁", "孩子的银锁"], ["银质长命锁", "小银锁", "长命锁"]); col = "silver"
        vis = pick_vis([ph("背面刻着“长命百岁”", "背刻“长命百岁”"), ph("有三个小铃铛", "带小铃铛"), ph("红绳串的", "红绳")], 2)
    elif t == "ring":
        w = (["戒指", "婚戒", "结婚戒指"], ["戒指", "戒指一枚", "金属戒指"]); col = rng.choice(["gold", "silver"])
        vis = pick_vis([ph("内圈刻了字母LH", "内圈刻字母“LH”"), ph("镶了颗小钻", "镶一颗小钻"), ph("素圈", "无花纹")], 2)
    else:
        w = (["耳环", "耳坠", "一只耳环"], ["耳环一只", "耳坠", "耳饰"]); col = rng.choice(["gold", "silver"])
        vis = pick_vis([ph("是珍珠的", "带珍珠"), ph("流苏款", "流苏"), ph("圆圈的", "圆环形")], 2)
    hid = pick_vis(["是老伴留下的念想", "结婚时候买的", "孩子满月时候亲戚送的", "发票还在"], rng.randint(0, 1))
    return {"cat_o": ["jewelry"], "cat_f": ["jewelry", "other"] if t == "lock" else ["jewelry"], "what_o": w[0], "what_f": w[1],
            "brand": b, "model": None, "color": col, "vis": vis, "hid": hid, "rel": rng.choice(["我", "我妈", "老伴", "孩子", "我媳妇"]),
            "serial": None, "kind": "jewelry_" + t}


def mk_electronics():
    t = rng.choice(["earbuds", "earbuds", "hearing", "tablet", "laptop", "powerbank", "speaker"])
    if t == "earbuds":
        b = rng.choice(["airpods", "freebuds", "xiaomi"]); col = rng.choice(["white", "black"])
        w = (["蓝牙耳机", "耳机", "无线耳机"], ["蓝牙耳机", "耳机盒", "无线耳机"])
        vis = pick_vis([ph("耳机盒套了个恐龙壳", "耳机盒套恐龙保护套"), ph("盒子上刻了字", "充电盒刻字"), ph("只有左耳", "仅左耳"),
                        ph("壳子是透明的", "透明保护壳")], rng.randint(1, 2))
        serial = {"kind": "sn", "value": rng.choice(["H", "G", "F"]) + digits(3) + "X" + digits(5), "visible": False}
    elif t == "hearing":
        b = "siemens"; col = rng.choice(["brown", "silver", "grey"])
        w = (["助听器", "耳朵上戴的助听器", "助听器"], ["助听器", "助听器一个"])
        vis = pick_vis([ph("装在小盒子里", "装小盒"), ph("右耳的", "右耳款"), ph("挂耳式的", "耳背式")], 2)
        serial = None
    elif t == "tablet":
        b = rng.choice(["ipad", "huawei", "xiaomi"]); col = rng.choice(["silver", "grey", "pink"])
        w = (["平板", "平板电脑", "学习机"], ["平板电脑", "平板"])
        vis = pick_vis([ph("套着黄色小鸭的套", "小黄鸭保护套"), ph("屏幕左下角裂了", "屏幕左下裂"), ph("背面贴了名字", "背贴姓名"),
                        ph("套子是蓝色翻盖的", "蓝色翻盖保护套")], 2)
        serial = {"kind": "sn", "value": "DMP" + digits(9), "visible": False}
    elif t == "laptop":
        b = rng.choice(["lenovo", "huawei", "apple"]); col = rng.choice(["silver", "grey", "black"])
        w = (["笔记本电脑", "电脑", "笔记本"], ["笔记本电脑", "电脑一台"])
        vis = pick_vis([ph("贴了公司资产标签", "贴资产标签"), ph("键盘C键掉了", "C键缺失"), ph("外面装在灰色内胆包里", "装于灰色内胆包")], 2)
        serial = {"kind": "sn", "value": "PF" + digits(8), "visible": True}
    elif t == "powerbank":
        b = rng.choice(["anker", "romoss", "xiaomi"]); col = rng.choice(["white", "black", "blue"])
        w = (["充电宝", "移动电源"], ["充电宝", "移动电源"])
        vis = pick_vis([ph("自带两根线", "自带线"), ph("上面贴着外卖站点贴纸", "贴外卖站点贴纸"), ph("两万毫安的", "20000mAh")], 2)
        serial = None
    else:
        b = None; col = rng.choice(["black", "red"])
        w = (["音箱", "广场舞音箱", "小音响"], ["拉杆音箱", "音响", "蓝牙音箱"])
        vis = pick_vis([ph("带拉杆轮子", "拉杆带轮"), ph("话筒插在上面", "附无线话筒"), ph("侧面贴了“舞动幸福”队名", "侧贴“舞动幸福”字样")], 2)
        serial = None
    return {"cat_o": ["electronics"] if t != "hearing" else ["electronics", "other"], "cat_f": ["electronics"] if t != "hearing" else ["other", "electronics"],
            "what_o": w[0], "what_f": w[1], "brand": b, "model": None, "color": col, "vis": vis,
            "hid": pick_vis(["买了不到半年", "发票在家", "有开机密码"], rng.randint(0, 1)),
            "rel": rng.choice(["我", "我爸", "孩子", "老伴"]), "serial": serial, "kind": "el_" + t}


def mk_other():
    t = rng.choice(["medicine", "cane", "cup", "umbrella", "glasses", "helmet", "basketball", "parcel"])
    b = None
    if t == "medicine":
        w = (["药", "一袋药", "药袋子"], ["药品一袋", "药袋", "药品"]); col = None
        vis = pick_vis([ph("有硝苯地平", "硝苯地平缓释片"), ph("有二甲双胍", "二甲双胍"), ph("袋子上印着益康大药房", "益康大药房药袋"),
                        ph("还有张社区医院的单子", "社区卫生服务中心处方笺")], 2)
    elif t == "cane":
        w = (["拐棍", "拐杖", "老人拐杖"], ["拐杖", "助行拐杖"]); col = rng.choice(["brown", "black", "silver"])
        vis = pick_vis([ph("四个脚的", "四脚拐杖"), ph("把手缠了布", "手柄缠布"), ph("能伸缩", "可伸缩")], 2)
    elif t == "cup":
        b = rng.choice(["thermos", None]); w = (["保温杯", "杯子", "水杯"], ["保温杯", "水杯"]); col = rng.choice(["black", "pink", "blue", "silver"])
        vis = pick_vis([ph("杯子上贴了名字贴", "杯身姓名贴"), ph("有磕瘪的地方", "杯身凹陷"), ph("里面泡着枸杞", "内有枸杞茶")], 2)
    elif t == "umbrella":
        w = (["伞", "雨伞", "折叠伞"], ["雨伞", "折叠伞"]); col = rng.choice(["black", "blue", "purple", "yellow"])
        vis = pick_vis([ph("伞柄是木头的", "木质伞柄"), ph("有根伞骨断了", "伞骨断一根"), ph("印着小碎花", "碎花图案")], 2)
    elif t == "glasses":
        w = (["眼镜", "老花镜", "近视眼镜"], ["眼镜", "眼镜一副"]); col = rng.choice(["black", "gold", "brown"])
        vis = pick_vis([ph("装在红色眼镜盒里", "红色眼镜盒"), ph("腿有点歪", "镜腿变形"), ph("半框的", "半框")], 2)
    elif t == "helmet":
        w = (["头盔", "安全帽"], ["头盔", "安全帽"]); col = rng.choice(["yellow", "red", "white", "blue"])
        vis = pick_vis([ph("上面写着名字", "帽壳手写姓名"), ph("贴了美团贴纸", "美团贴纸"), ph("带个镜片", "有护目镜片")], 2)
    elif t == "basketball":
        b = rng.choice(["nike", None]); w = (["篮球", "球"], ["篮球", "篮球一个"]); col = rng.choice(["brown", "yellow", "black"])
        vis = pick_vis([ph("上面签了个名字", "球面签名"), ph("有点漏气", "气不足"), ph("7号球", "7号")], 2)
    else:
        w = (["快递", "快递包裹", "一个件"], ["快递包裹", "快递件"]); col = None
        vis = pick_vis([ph("面单尾号%s" % digits(4), "面单手机尾号同上"), ph("是个纸箱", "纸箱"), ph("写着易碎", "贴易碎标签")], 2)
        vis = [v if "同上" not in v[1] else (v[0], "面单" + v[0][2:]) for v in vis]
    return {"cat_o": ["other"], "cat_f": ["other"], "what_o": w[0], "what_f": w[1], "brand": b, "model": None, "color": col,
            "vis": vis, "hid": pick_vis(["不值钱但是用惯了", "着急用"], rng.randint(0, 1)),
            "rel": rng.choice(["我", "我爸", "俺娘", "孩子", "老伴"]), "serial": None, "kind": "other_" + t,
            "no_color_word": col is None}


MAKERS = [(mk_phone, 24), (mk_watch, 10), (mk_iddoc, 18), (mk_wallet, 16), (mk_keys, 14), (mk_ebike, 9),
          (mk_bicycle, 6), (mk_bag, 16), (mk_cash, 6), (mk_jewelry, 8), (mk_electronics, 10), (mk_other, 10)]


def new_obj():
    tot = sum(w for _, w in MAKERS)
    x = rng.uniform(0, tot)
    for f, w in MAKERS:
        x -= w
        if x <= 0:
            return f()
    return MAKERS[-1][0]()


def mk_like(o):
    """Another object of the same maker family (same kind, fresh details)."""
    k = o["kind"]
    for _ in range(60):
        if k.startswith("phone"):
            c = mk_phone(k == "phone_elder")
        elif k == "watch":
            c = mk_watch()
        elif k.startswith("iddoc"):
            c = mk_iddoc()
        elif k.startswith("wallet"):
            c = mk_wallet()
        elif k == "keys":
            c = mk_keys()
        elif k == "ebike":
            c = mk_ebike()
        elif k.startswith("bicycle"):
            c = mk_bicycle()
        elif k.startswith("bag"):
            c = mk_bag()
        elif k.startswith("cash"):
            c = mk_cash()
        elif k.startswith("jewelry"):
            c = mk_jewelry()
        elif k.startswith("el_"):
            c = mk_electronics()
        else:
            c = mk_other()
        if c["kind"] == k:
            return c
    return c


def places_for(o):
    k = o["kind"]
    pref = {"watch": ["school1", "square", "park", "jxlw", "bikes"], "iddoc_student": ["school2", "park", "bikes", "metro"],
            "iddoc_elder_card": ["busdep", "elder", "clinic", "square", "market"], "bag_school": ["school1", "bikes", "busdep", "square"],
            "bag_tools": ["site", "dorm", "busdep", "metro"], "bag_shopping": ["market", "super", "busdep", "heshun"],
            "cash_hongbao": ["banquet"], "cash_wage": ["dorm", "site", "busdep"], "cash_roll": ["market", "super"],
            "ebike": ["yuelan", "jxlw", "street", "station", "bikes", "cuihu"], "other_medicine": ["pharm", "clinic", "elder", "busdep"],
            "other_cane": ["elder", "clinic", "square"], "other_helmet": ["site", "street", "station"], "other_basketball": ["park"],
            "el_hearing": ["elder", "clinic", "square"], "el_speaker": ["square"], "phone_elder": ["square", "market", "elder", "clinic", "busdep", "pharm"],
            "jewelry_lock": ["school1", "square", "banquet"], "jewelry_ring": ["banquet", "park", "super"]}
    if k in pref:
        return pref[k]
    return [p[0] for p in PLACES]


# ---------------------------------------------------------------- voices
TYPO = [("钥匙", "要是"), ("钱包", "前包"), ("身份证", "身份正"), ("手机", "收机"), ("黑色", "嘿色"), ("小区", "小去"),
        ("捡到", "检到"), ("电动车", "电东车"), ("谢谢", "谢谢谢"), ("麻烦", "麻繁"), ("书包", "书报"), ("丢了", "丢勒"),
        ("红色", "洪色"), ("门口", "门扣"), ("耳机", "二机"), ("附近", "付近")]


def typo(s, n=2):
    cands = [t for t in TYPO if t[0] in s]
    rng.shuffle(cands)
    for a, b in cands[:n]:
        s = s.replace(a, b, 1)
    return s


def when_word(from_min):
    d = from_min // 1440
    if d == 0:
        return rng.choice(["今天", "刚才", "今儿个"])
    if d == 1:
        return rng.choice(["昨天", "昨儿", "昨天"])
    if d == 2:
        return rng.choice(["前天", "前儿个"])
    if d < 8:
        return rng.choice(["前几天", "这礼拜", "上几天"])
    if d < 35:
        return rng.choice(["上个礼拜", "半个月前", "前阵子", "上个月"])
    return rng.choice(["一两个月前", "上上个月", "好久之前"])


ACTS = {"square": ["跳广场舞的时候", "晚上跳舞时", "在广场歇着的时候"], "school1": ["接孩子放学的时候", "送孩子上学时", "等孩子放学那会"],
        "school2": ["放学的时候", "开家长会那天", "接孩子时"], "market": ["买菜的时候", "早上买菜时"], "super": ["逛超市的时候", "结账时"],
        "park": ["跑步的时候", "打球的时候", "遛弯时"], "site": ["上工的时候", "干活时"], "dorm": ["在宿舍睡觉时", "下工回宿舍时"],
        "metro": ["坐地铁下车时", "刷卡进站时"], "busdep": ["坐公交的时候", "在车上打盹"], "banquet": ["喝喜酒的时候", "吃席的时候", "参加婚礼时"],
        "elder": ["去看老人的时候", "在养老院活动时"], "clinic": ["去社区医院拿药时", "打针的时候"], "pharm": ["买药的时候"],
        "station": ["取快递的时候", "寄快递时"], "street": ["送单的时候", "买奶茶时", "逛街时"], "bikes": ["骑共享单车", "等红绿灯时"]}


def act(pkey):
    return rng.choice(ACTS.get(pkey, ["出门的时候", "路过时", "回家路上"]))


def brand_word(o, side):
    if not o["brand"]:
        return ""
    v = BRANDS[o["brand"]]
    if side == "f":
        return rng.choice(v[:3])
    return rng.choice(v)


def color_word(o):
    if o["color"] is None or o.get("no_color_word"):
        return ""
    return rng.choice(COLORS[o["color"]])


def serial_owner(o):
    s = o["serial"]
    if not s:
        return None, None
    v = s["value"]
    k = s["kind"]
    if k == "imei":
        fmt = rng.choice(["full", "group", "tail", "prefix"])
        if fmt == "full":
            t = v
        elif fmt == "group":
            t = "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14:])
        elif fmt == "tail":
            t = "尾号%s" % v[-4:]
        else:
            t = "IMEI:%s" % v
        return t, "串号" + t if fmt != "prefix" else t
    if k == "idno":
        fmt = rng.choice(["full", "full", "tail", "mask", "lower"])
        if fmt == "full":
            t = v
        elif fmt == "lower":
            t = v.lower() if v.endswith("X") else v[:6] + " " + v[6:14] + " " + v[14:]
        elif fmt == "tail":
            t = "尾号%s" % v[-4:]
        else:
            t = v[:6] + "********" + v[-4:]
        return t, "号码" + t
    if k == "bankcard":
        return "尾号%s" % v[-4:], None
    if k == "plate":
        t = v if rng.random() < 0.6 else v[:3] + "·" + v[3:]
        return t, None
    if k == "student":
        return v, "学号" + v
    if k == "card":
        return v, "卡号" + v
    if k == "sn":
        return v, "序列号" + v
    if k == "frame":
        return None, None
    return v, v


def serial_finder(o, ledger):
    s = o["serial"]
    if not s:
        return None
    v = s["value"]
    k = s["kind"]
    if k == "imei":
        if ledger and rng.random() < 0.35:
            return "IMEI " + v  # desk read it with *#06#
        return None
    if not s["visible"]:
        return None
    if k == "idno":
        return rng.choice([v, v[:4] + "**********" + v[-4:], v[:6] + "********" + v[-4:], v])
    if k == "bankcard":
        return v[:4] + "****" + v[-4:]
    if k == "plate":
        return v
    return v


FINDERS = {"compound": ["保安", "保洁阿姨", "物业管家", "业主"], "school": ["门卫", "值班老师", "班主任"],
           "hospital": ["导医", "护士", "保洁"], "shop": ["收银员", "店员", "快递员"], "market": ["摊主", "市场管理员"],
           "square": ["跳舞队队长", "路过居民", "巡逻保安"], "park": ["公园管理员", "晨跑的市民"], "site": ["工地门卫", "班组长"],
           "metro": ["站务员", "安检员"], "bus": ["公交司机", "调度员"], "banquet": ["服务员", "酒店前台"], "elder": ["护工", "门卫"],
           "street": ["外卖骑手", "店主", "环卫工"], "far": ["车站工作人员", "巡逻民警", "保安"]}


def owner_report(o, pkey, lf, lt, force_disc=False, plain=False):
    """Write the owner's report from the truth record; returns dict of fields (no key/truth)."""
    p = ALLP[PIDX[pkey]]
    place = rng.choice(p[4])
    if rng.random() < 0.15 and NEAR.get(pkey) and NEAR[pkey][0] != pkey:
        other = ALLP[PIDX[rng.choice(NEAR[pkey])]]
        place = rng.choice(["%s或者%s" % (place, other[4][0]), "%s到%s那一路" % (other[4][0], place)])
    what = rng.choice(o["what_o"])
    rel = o["rel"]
    col = color_word(o)
    br = brand_word(o, "o")
    model = o["model"] if o["model"] and rng.random() < 0.6 else None
    cat = o["cat_o"][0] if rng.random() < 0.75 else rng.choice(o["cat_o"])
    facts = []
    disc = False
    if plain:
        vis = []
        hid = []
        br = "" if rng.random() < 0.6 else br
        model = None
    else:
        nvis = rng.randint(0 if not force_disc else 1, len(o["vis"]))
        vis = pick_vis(o["vis"], nvis)
        hid = pick_vis(o["hid"], rng.randint(0, len(o["hid"])))
    for v in vis:
        facts.append(v[0])
        disc = True
    ser_txt, ser_body = (None, None) if plain else serial_owner(o)
    if ser_txt and rng.random() < (0.9 if force_disc else 0.55):
        if ser_body:
            facts.append(ser_body)
        elif o["serial"]["kind"] in ("bankcard",):
            pass
        else:
            facts.append(ser_txt)
        if o["serial"]["visible"]:
            disc = True
    else:
        ser_txt = None
    if force_disc and not disc and o["vis"]:
        v = rng.choice(o["vis"])
        facts.append(v[0])
        vis = vis + [v]
    facts += hid
    rng.shuffle(facts)
    fj = "，".join(facts)
    name = o.get("name")
    whoq = "" if rel in ("我", "我自己", "俺") else rel + "的"
    desc = (col + "的" if col and not col.endswith("的") and rng.random() < 0.5 else col) + br + ((" " if br and br[-1:].isascii() and model[:1].isascii() else "") + model if model else "") + what
    w = when_word(lf)
    a = act(pkey) if pkey in ACTS else rng.choice(["出门的时候", "回来的路上"])
    style = rng.choice(["form", "form", "chat", "chat", "voice", "henan", "wu", "proxy", "terse", "terse", "rider", "parent"])
    if plain:
        style = rng.choice(["form", "terse", "terse", "chat"])
    if o["kind"] in ("watch", "bag_school", "bicycle_kid", "iddoc_student") and rng.random() < 0.6:
        style = "parent"
    if o["kind"] in ("phone_elder", "iddoc_elder_card", "el_hearing", "other_cane", "other_medicine") and rng.random() < 0.5:
        style = "proxy"
    if o.get("rider"):
        style = "rider"
    kidrel = rel in ("孩子", "孙子", "孙女", "儿子", "闺女", "外孙", "我儿子", "我闺女")
    if style == "parent" and not kidrel:
        style = "story"
    if style == "chat" and not plain and rng.random() < 0.4:
        style = "story"
    fields = {}
    if style == "form":
        body = "丢失物品：%s%s。%s地点：%s。%s" % (whoq, what, ("颜色：%s。" % col) if col else "", place,
                                               ("特征：%s。" % fj) if fj else "")
        if col:
            fields["color"] = col
        if br:
            fields["brand"] = br
        if model:
            fields["model"] = model
        if ser_txt:
            fields["serial"] = ser_txt
        fields["address"] = place[:60]
    elif style == "chat":
        body = "你好，我%s%s在%s把%s%s弄丢了%s%s，麻烦帮忙留意一下，有消息联系我，谢谢！" % (
            w, a, place, whoq, desc, "，" if fj else "", fj)
    elif style == "voice":
        body = "喂 那个 我%s在%s那块 %s丢了个%s%s %s 你们看看有没有人捡到交过来" % (
            w, place, a, whoq, desc, fj.replace("，", " "))
    elif style == "henan":
        body = "俺%s%s在%s把%s%s弄丢了%s%s。恁帮俺瞅瞅有人捡着没有，中不中？俺也不知道该咋弄。" % (
            w, a, place, whoq, desc, "，" if fj else "", fj)
        body = body.replace("我", "俺").replace("姆妈", "俺娘").replace("阿拉", "俺")
    elif style == "wu":
        body = "阿拉%s在%s落脱一只%s%s%s%s，帮帮忙寻寻看，迭只物事老要紧个，谢谢侬。" % (
            w, place, whoq.replace("俺家老头", "阿拉老头子").replace("老头子", "阿拉老头子").replace("俺娘", "阿拉姆妈").replace("我", "阿拉").replace("阿拉阿拉", "阿拉"), desc, "，" if fj else "", fj)
    elif style == "proxy":
        r = rel if rel not in ("我", "我自己", "俺") else rng.choice(["我妈", "我爸"])
        body = "我替%s报个失，%s%s%s在%s丢了%s，%s%s。老人说不太清楚，有消息请打我电话，我在外地上班。" % (
            r, r, w, a, place, desc, fj if fj else "别的老人记不清了", "" if fj else "")
        fields["address"] = place[:60]
    elif style == "terse":
        body = "%s 丢%s %s %s" % (place, what, col, fj.replace("，", " "))
        body = typo(" ".join(body.split()), rng.randint(1, 3))
    elif style == "rider":
        body = "外卖骑手，%s送单时在%s附近丢了%s%s。%s。急用，谢谢。" % (w, place, desc, "" if not o.get("rider") else "（车上有餐箱）",
                                                     fj if fj else "具体记不太清")
        if rng.random() < 0.4:
            body = typo(body, 2)
    elif style == "story":
        body = "民警同志你好，是这样的，%s%s%s在%s那边，%s，回家一摸才发现%s%s不见了。%s%s%s我已经回去找过一圈了，也问了那边的保安和店里的人，都说没看见。要是有人捡到交过来，麻烦一定打电话告诉我，太感谢了。" % (
            "我" if whoq == "" else "我和" + rel, w, a, place, rng.choice(["人特别多", "当时急着赶时间", "手里拎了好多东西", "天都黑了"]),
            whoq, desc, "东西的样子：" if fj else "", fj, "。" if fj else "")
    else:  # parent
        kid = rel if rel not in ("我", "我自己", "俺") else "孩子"
        body = "家长报失：%s%s在%s把%s弄丢了，%s%s%s。孩子说不清楚在哪丢的，麻烦老师/民警帮忙看看。" % (
            kid, w, place, desc, "" if not fj else fj, "，" if fj and name else "", ("名字是%s" % name) if name and name not in fj else "")
        if style == "parent" and col:
            fields["color"] = col
    if name and name not in body and rng.random() < 0.8 and not plain:
        body += "证件上名字%s。" % name
    if o["kind"].startswith("cash") and not plain and str(o["amount"]) not in body:
        body += "一共%d元。" % o["amount"]
    body = body.replace("，，", "，").replace("。。", "。")
    if len(body) > 600:
        body = body[:600]
    fields["category"] = cat
    fields["body"] = body
    fields["_vis"] = [] if plain else vis
    if rng.random() < 0.3:
        la, lo = coord(pkey, 0.003)
        fields["lat"], fields["lon"] = la, lo
    return fields


def finder_reg(o, pkey, neg=None, must=None):
    p = ALLP[PIDX[pkey]]
    place = rng.choice(p[5])
    ftype = p[1]
    who = rng.choice(FINDERS.get(ftype, ["市民"]))
    fname = rng.choice(SURN) + rng.choice(["师傅", "某", "女士", "先生", "阿姨"])
    what = rng.choice(o["what_f"])
    col = color_word(o)
    br = brand_word(o, "f")
    cat = o["cat_f"][0] if rng.random() < 0.8 else rng.choice(o["cat_f"])
    style = rng.choice(["ledger", "ledger", "property", "guard", "wechat", "staff"])
    if ftype == "compound" and style == "staff":
        style = "property"
    if style == "wechat" and ftype not in ("compound", "square", "street", "shop"):
        style = "staff"
    ledger = style in ("ledger", "property")
    nv = rng.randint(1, len(o["vis"])) if o["vis"] else 0
    vis = o["vis"] if (o.get("name") or o["kind"].startswith("cash")) else pick_vis(o["vis"], max(nv, min(len(o["vis"]), 2)))
    if must and not any(m in vis for m in must):
        vis = vis + [must[0]]
    facts = [v[1] for v in vis]
    ser = serial_finder(o, ledger)
    fields = {}
    fj = "，".join(facts)
    if style == "ledger":
        body = "拾得物登记：%s%s%s%s。%s拾得地点：%s。拾得人：%s%s，已交社区警务室。" % (
            col, br, what, "" if what[-2:-1] == "一" else "一" + rng.choice(["件", "个", "份"]), ("特征：" + fj + "。") if fj else "", place, who, fname)
        if ser:
            body = body.replace("特征：", "编号：%s；特征：" % ser) if fj else body + "编号：%s。" % ser
    elif style == "property":
        body = "物业拾遗移交单｜物品：%s｜颜色：%s｜品牌：%s｜拾得位置：%s｜拾得人：%s%s｜物品描述：%s" % (
            what, col or "无", br or "无/不详", place, who, fname, fj or "无")
    elif style == "guard":
        body = "%s%s在%s捡到%s%s%s，%s。请失主带有效证件到门岗认领。" % (who, fname, place, col, br, what, fj or "无其他特征")
    elif style == "wechat":
        body = "业主群里有人在%s捡到个%s%s%s，%s，已交到门岗保安处，谁丢的赶紧来拿。" % (place, col + "的" if col and not col.endswith("的") else col, br, what, fj)
    else:
        body = "%s在%s发现遗留%s%s%s。%s。" % (who, place, col, br, what, fj)
    if ledger or rng.random() < 0.3:
        if col:
            fields["color"] = col
        if br:
            fields["brand"] = br
        if o["model"] and rng.random() < 0.5:
            fields["model"] = o["model"]
        if o["model"] and "model" in fields and o["model"] not in body:
            body += ("｜型号：%s" if style == "property" else "型号%s。") % o["model"]
        if ser:
            fields["serial"] = ser[:60]
        if rng.random() < 0.5 and fj:
            fields["marks"] = fj[:500]
        fields["address"] = place[:60]
    if ser and ser not in body and ser not in fields.get("serial", ""):
        fields["serial"] = ser
    if rng.random() < 0.45:
        la, lo = coord(pkey)
        fields["lat"], fields["lon"] = la, lo
    body = body.replace("，，", "，").replace("。。", "。").replace("、，", "，")
    fields["category"] = cat
    fields["body"] = body[:600]
    if neg:
        fields["negative"] = neg
    return fields


# ---------------------------------------------------------------- twins / decoys
def make_twin(o):
    """Same kind, same brand/model/colour; other serial and other marks."""
    t = mk_like(o)
    t["brand"] = o["brand"]
    t["model"] = o["model"]
    t["color"] = o["color"]
    if o["kind"] == "keys":
        # same car / e-bike key on the ring, another count, card and pendants
        t["no_color_word"] = True
        keep = [v for v in o["vis"] if "车钥匙" in v[1]]
        n = rng.choice([k for k in range(2, 8) if ("钥匙%d把" % k) not in [v[1] for v in o["vis"]]])
        cc = rng.choice([c for c in ["blue", "red", "yellow", "green", "grey"] if c != o["color"]])
        own = [v[1] for v in o["vis"]]
        extra = [v for v in [ph("挂了个小熊挂件", "小熊挂件"), ph("有个平安扣", "玉平安扣"), ph("钥匙圈上有个指甲刀", "带指甲刀"),
                             ph("有个红绳编的葫芦", "红绳葫芦挂饰"), ph("挂着开瓶器", "开瓶器挂件"), ph("一个皮的钥匙包", "皮质钥匙包")]
                 if v[1] not in own]
        t["vis"] = keep + [ph("%d把钥匙" % n, "钥匙%d把" % n), ph("门禁卡", "%s门禁扣" % COLORS[cc][0])] + pick_vis(extra, 1)
        t["color"] = cc
        return t
    ov = [v[1] for v in o["vis"]]
    t["vis"] = [v for v in t["vis"] if v[1] not in ov]
    if not t["vis"]:
        t["vis"] = [ph("无明显特征", "无明显特征")] if not o["kind"].startswith("cash") else t["vis"]
    if o["kind"].startswith("cash"):
        amts = [a for a in [200, 500, 600, 800, 1000, 1200, 1314, 2000, 3000, 3600, 5200, 888] if a != o["amount"]]
        a = rng.choice(amts)
        t["amount"] = a
        t["vis"] = [ph("%d元" % a, "内有现金%d元" % a)]
    return t


COLOR_CHARS = "黑白蓝粉红金银绿棕紫黄灰"


def make_decoy(o):
    """Same category and colour family, another object."""
    for tries in range(400):
        c = new_obj()
        if c["cat_f"][0] != o["cat_f"][0] and c["cat_o"][0] != o["cat_o"][0]:
            continue
        if c["color"] != o["color"] and o["color"] is not None:
            if tries < 300:
                continue
            if any(ch in w for w in c["what_f"] + c["what_o"] for ch in COLOR_CHARS):
                continue
            c["color"] = o["color"]
        if c.get("name") and c.get("name") == o.get("name"):
            continue
        if c["brand"] == o["brand"] and c["brand"] is not None and c["kind"] == o["kind"]:
            continue
        if c["kind"] == o["kind"] and c["brand"] is None and o["brand"] is None and c["kind"].startswith(("bag", "other", "jewelry", "cash", "keys")):
            # same kind, no brand: differs by its marks
            ov = [v[1] for v in o["vis"]]
            c["vis"] = [v for v in c["vis"] if v[1] not in ov] or [ph("无明显特征", "无明显特征")]
            if c["kind"].startswith("cash") and c.get("amount") == o.get("amount"):
                continue
        return c
    return c


def brand_else(o):
    c = mk_like(o)
    c["brand"] = o["brand"]
    ov = [v[1] for v in o["vis"]]
    c["vis"] = [v for v in c["vis"] if v[1] not in ov] or [ph("无明显特征", "无明显特征")]
    return c


# ---------------------------------------------------------------- build
def window():
    start = rng.choice([rng.randint(30, 1440), rng.randint(1440, 20000), rng.randint(20000, 150000), rng.randint(200, 8000)])
    length = rng.choice([rng.randint(5, 60), rng.randint(30, 240), rng.randint(120, 1440), rng.randint(600, 4320)])
    lt = max(0, start - length)
    return start, lt


def main():
    found = []
    lost = []

    def add_found(f, fat):
        f["found_at_min"] = max(0, min(MAX_MIN, int(fat)))
        found.append(f)
        return f

    true_recs = []
    for i in range(N_TRUE):
        o = new_obj()
        pk = rng.choice(places_for(o))
        if rng.random() < 0.04:
            pk = rng.choice([p[0] for p in FAR])
        lf, lt = window()
        true_recs.append((o, pk, lf, lt))
    null_recs = []
    for i in range(N_NULL):
        o = new_obj()
        pk = rng.choice(places_for(o))
        if rng.random() < 0.06:
            pk = rng.choice([p[0] for p in FAR])
        lf, lt = window()
        null_recs.append((o, pk, lf, lt))

    # which true reports get a twin / decoy / before-loss / brand-else nearby
    idx = list(range(N_TRUE))
    rng.shuffle(idx)
    twin_true = idx[:N_TRUE_TWIN]
    decoy_true = idx[N_TRUE_TWIN:N_TRUE_TWIN + N_TRUE_DECOY]
    before_true = idx[N_TRUE_TWIN + N_TRUE_DECOY:N_TRUE_TWIN + N_TRUE_DECOY + N_BEFORE]
    rest = idx[N_TRUE_TWIN + N_TRUE_DECOY + N_BEFORE:]
    branded = [i for i in rest if true_recs[i][0]["brand"]]
    else_true = (branded + [i for i in idx if true_recs[i][0]["brand"] and i not in branded])[:N_BRAND_ELSE]
    nidx = list(range(N_NULL))
    rng.shuffle(nidx)
    twin_null = nidx[:N_NULL_TWIN]
    decoy_null = nidx[N_NULL_TWIN:N_NULL_TWIN + N_NULL_DECOY]
    plain_null = nidx[N_NULL_TWIN + N_NULL_DECOY:] + nidx[N_NULL_TWIN + 20:N_NULL_TWIN + 28]

    lost_recs = []
    for i, (o, pk, lf, lt) in enumerate(true_recs):
        weak = not o["brand"]
        rep = owner_report(o, pk, lf, lt, force_disc=(i in twin_true or i in before_true or weak))
        # finder: usually where it was lost, sometimes where it was handed in
        fpk = pk if rng.random() < 0.8 else rng.choice(NEAR.get(pk, [pk]))
        fat = rng.choice([rng.randint(lt, lf) if lf > lt else lt, lt - rng.randint(0, min(lt, 600)), lt - rng.randint(0, min(lt, 4000))])
        f = finder_reg(o, fpk, must=rep["_vis"])
        add_found(f, fat)
        lost_recs.append((rep, lf, lt, f, o, pk, i))
        if i in twin_true:
            t = make_twin(o)
            add_found(finder_reg(t, rng.choice([pk] + NEAR.get(pk, [])), "twin"), max(0, lt - rng.randint(-300, 3000)) if lt > 300 else rng.randint(0, lf))
        if i in decoy_true:
            d = make_decoy(o)
            add_found(finder_reg(d, rng.choice([pk] + NEAR.get(pk, [])), "decoy"), rng.randint(0, lf))
        if i in before_true:
            b = make_twin(o) if rng.random() < 0.6 else mk_like(o)
            add_found(finder_reg(b, rng.choice([pk] + NEAR.get(pk, [])), "before_loss"), lf + rng.randint(180, 30000))
        if i in else_true:
            e = brand_else(o)
            farp = rng.choice([p[0] for p in ALLP if p[0] != pk and p[0] not in NEAR.get(pk, [])])
            add_found(finder_reg(e, farp, "brand_elsewhere"), rng.randint(0, MAX_MIN - 1))
    for j, (o, pk, lf, lt) in enumerate(null_recs):
        rep = owner_report(o, pk, lf, lt, force_disc=(j in twin_null), plain=(j in plain_null and j not in twin_null))
        lost_recs.append((rep, lf, lt, None, o, pk, None))
        if j in twin_null:
            t = make_twin(o)
            add_found(finder_reg(t, rng.choice([pk] + NEAR.get(pk, [])), "twin"), rng.randint(0, lf))
        elif j in decoy_null:
            d = make_decoy(o)
            add_found(finder_reg(d, rng.choice([pk] + NEAR.get(pk, [])), "decoy"), rng.randint(0, lf))
    for _ in range(N_UNCLAIMED):
        o = new_obj()
        pk = rng.choice(places_for(o))
        add_found(finder_reg(o, pk, "unclaimed"), rng.randint(0, MAX_MIN - 1))

    # shuffle and key
    order = list(range(len(found)))
    rng.shuffle(order)
    found_sorted = [found[k] for k in order]
    for n, f in enumerate(found_sorted):
        f["key"] = "N-F%04d" % (n + 1)
    rng.shuffle(lost_recs)
    lost_out = []
    for n, (rep, lf, lt, f, o, pk, i) in enumerate(lost_recs):
        rec = {"key": "N-L%04d" % (n + 1), "category": rep["category"], "body": rep["body"],
               "lost_from_min": lf, "lost_to_min": lt, "truth": f["key"] if f else None}
        for k in ("color", "brand", "model", "serial", "marks", "address", "lat", "lon"):
            if k in rep:
                rec[k] = rep[k]
        lost_out.append(rec)
    found_out = []
    for f in found_sorted:
        rec = {"key": f["key"], "category": f["category"], "body": f["body"], "found_at_min": f["found_at_min"]}
        for k in ("color", "brand", "model", "serial", "marks", "address", "lat", "lon", "negative"):
            if k in f:
                rec[k] = f[k]
        found_out.append(rec)
    doc = {"seed": SEED, "made_by": "tests/lostfound/make_set16.py",
           "parts": {"set16": {"found": found_out, "lost": lost_out}}}
    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %s: %d found, %d lost (%d with truth)" % (OUT, len(found_out), len(lost_out),
                                                          sum(1 for r in lost_out if r["truth"])))


if __name__ == "__main__":
    main()
