#!/usr/bin/env python3
"""Blind labelled set 31 for the lost-and-found matcher: 冰河市 in deep winter.

Standard library only; one seeded random.Random; deterministic whatever PYTHONHASHSEED
(only lists are iterated, never sets or dicts keyed by random values).
Each object is first drawn as a hidden truth record; the owner's report and the finder's
registration are then written separately from that record.
"""
import datetime
import json
import os

import random

SEED = 20261231
R = random.Random(SEED)
NOW = datetime.datetime(2026, 2, 6, 20, 0)
SEASON_START = datetime.datetime(2025, 12, 22, 0, 0)
PFX = "F3"


def ch(seq):
    return seq[R.randrange(len(seq))]


def p(x):
    return R.random() < x


# ---------------------------------------------------------------- places
# (id, zone, formal name for the desk, owner's vague words, street address, lat, lon, hours)
PLACES = [
    ("park_n", "park", "冰河冰雪节园区北门", ["冰雪节那疙瘩", "冰雪大世界门口", "冰雪节园区北门", "看冰灯的地方"], "松江北路1号", 46.6421, 128.1392, (15, 22)),
    ("park_slide", "park", "冰雪节园区超级冰滑梯", ["大滑梯排队那块", "冰滑梯", "滑梯那边"], "松江北路1号园区内", 46.6448, 128.1360, (14, 22)),
    ("park_lamp", "park", "冰雪节园区冰灯展区", ["冰灯那块", "冰雕展区", "灯展里面"], "松江北路1号园区东区", 46.6437, 128.1419, (16, 22)),
    ("river_rink", "river", "江畔公园冰上乐园", ["江上冰场", "江面上滑冰那", "冰上乐园"], "滨江道江畔公园", 46.6330, 128.1288, (10, 18)),
    ("river_sled", "river", "江畔公园雪橇区", ["坐狗拉爬犁那", "江上雪橇区", "马拉爬犁那块"], "滨江道江畔公园西段", 46.6318, 128.1247, (10, 17)),
    ("river_tower", "river", "江堤纪念塔广场", ["纪念塔那疙瘩", "江堤纪念塔", "塔底下"], "滨江道与中央大街交口", 46.6305, 128.1321, (9, 21)),
    ("ski_hall", "ski", "北岭滑雪场雪具大厅", ["雪具大厅", "租雪板那", "滑雪场大厅"], "北岭镇滑雪场路8号", 46.4012, 128.6233, (8, 16)),
    ("ski_lift", "ski", "北岭滑雪场缆车上站", ["缆车上面", "坐缆车的时候", "山顶缆车站"], "北岭滑雪场山顶", 46.3951, 128.6310, (9, 16)),
    ("ski_bus", "ski", "北岭滑雪场班车停车场", ["滑雪场班车上", "回市里的大巴", "班车停车场"], "北岭镇滑雪场路8号停车场", 46.4031, 128.6198, (8, 18)),
    ("st_ped", "street", "伏尔加步行街", ["步行街", "中央大街那块", "俄式老街"], "伏尔加步行街中段", 46.6281, 128.1347, (10, 22)),
    ("st_ice", "street", "老俄罗斯冰棍铺门前", ["买冰棍那", "冰棍铺门口", "排队买冰棍的地方"], "伏尔加步行街88号", 46.6275, 128.1352, (10, 22)),
    ("st_church", "street", "圣安德烈教堂广场", ["教堂那疙瘩", "教堂广场", "拍照的教堂"], "透笼街与兆麟街交口", 46.6263, 128.1398, (9, 21)),
    ("mk_main", "market", "红旗早市", ["早市", "红旗早市", "早市上"], "红旗大街北段", 46.6190, 128.1512, (4, 8)),
    ("mk_fish", "market", "红旗早市冻货区", ["早市卖冻鱼那", "冻货摊", "早市冻梨冻柿子那"], "红旗大街北段冻货区", 46.6194, 128.1523, (4, 8)),
    ("mk_bus", "market", "红旗早市公交站", ["早市公交站", "站牌那", "等公交的地方"], "红旗大街与友谊路交口", 46.6182, 128.1501, (5, 9)),
    ("rw_hall", "rail", "冰河站候车大厅", ["火车站", "候车室", "火车站候车大厅"], "站前街1号", 46.6102, 128.1205, (5, 23)),
    ("rw_exit", "rail", "冰河站出站口", ["出站口", "火车站出站那", "出站口打车那"], "站前街1号北出站口", 46.6095, 128.1198, (5, 23)),
    ("rw_ticket", "rail", "冰河站售票厅", ["售票厅", "取票那", "火车站售票厅"], "站前街3号", 46.6108, 128.1214, (6, 22)),
    ("bh_long", "bath", "龙泉洗浴中心", ["龙泉洗浴", "洗浴", "澡堂子"], "和平路166号", 46.6220, 128.1455, (0, 24)),
    ("bh_jin", "bath", "金汤温泉洗浴会馆", ["金汤洗浴", "金汤会馆", "洗澡那"], "学府路20号", 46.6051, 128.1604, (0, 24)),
    ("ht_xue", "hotel", "雪乡假日酒店", ["住的酒店", "雪乡假日", "酒店大堂"], "中央大街201号", 46.6290, 128.1366, (0, 24)),
    ("ht_bg", "hotel", "北国宾馆", ["宾馆", "北国宾馆", "住的宾馆"], "站前街28号", 46.6115, 128.1233, (0, 24)),
    ("taxi", "taxi", "出租车上（司机送交）", ["出租车上", "打车时候的出租车上", "坐的出租车里"], "冰河市出租汽车服务中心", 46.6160, 128.1300, (0, 24)),
]
ZONES = ["park", "river", "ski", "street", "market", "rail", "bath", "hotel", "taxi"]


def places_in(zone):
    return [pl for pl in PLACES if pl[1] == zone]


def near_place(pl):
    same = places_in(pl[1])
    return pl if p(0.5) else ch(same)


def far_place(pl):
    others = [q for q in PLACES if q[1] != pl[1]]
    return ch(others)


def jitter(pl, d=0.0025):
    return round(pl[5] + R.uniform(-d, d), 6), round(pl[6] + R.uniform(-d, d), 6)


# ---------------------------------------------------------------- colours
COLORS = {
    "black": (["黑色", "黑的", "纯黑", "曜石黑", "黑"], ["黑色", "深黑色", "黑"]),
    "white": (["白色", "白的", "珍珠白", "米白"], ["白色", "乳白色", "白"]),
    "blue": (["蓝色", "深蓝", "天蓝色", "蓝的", "宝蓝"], ["蓝色", "藏青色", "浅蓝色", "蓝"]),
    "red": (["红色", "大红", "红的", "酒红"], ["红色", "枣红色", "红"]),
    "pink": (["粉色", "粉的", "樱花粉", "粉红"], ["粉色", "浅粉色", "粉红色"]),
    "purple": (["紫色", "淡紫", "紫的"], ["紫色", "浅紫色"]),
    "gold": (["金色", "香槟金", "土豪金", "黄金色"], ["金色", "金黄色"]),
    "silver": (["银色", "银白", "银的"], ["银色", "银灰色"]),
    "gray": (["灰色", "深空灰", "灰的", "铁灰"], ["灰色", "深灰色", "浅灰"]),
    "green": (["绿色", "墨绿", "军绿", "绿的", "翠绿"], ["绿色", "深绿色", "碧绿色"]),
    "brown": (["棕色", "咖啡色", "驼色", "褐色"], ["棕色", "深棕色", "咖色"]),
    "yellow": (["黄色", "明黄", "黄的"], ["黄色", "橙黄色"]),
    "orange": (["橙色", "橘色", "橘红"], ["橙色", "橘黄色"]),
}


def cw(fam, side):
    return ch(COLORS[fam][0 if side == "o" else 1])


# ---------------------------------------------------------------- people, numbers
SURN = ["王", "李", "张", "刘", "赵", "孙", "于", "邵", "曲", "衣", "宫", "隋", "姜", "鞠", "栾", "林", "陈", "黄", "邓", "欧阳", "蒋", "何"]
GIVEN = ["淑芬", "桂兰", "玉珍", "德胜", "国庆", "铁柱", "秀英", "宝山", "志刚", "海燕", "立新", "春生", "晓雯", "子轩", "梓涵", "浩然", "一诺", "嘉怡", "俊杰", "雨桐", "凤霞", "长贵", "金凤", "振华"]
REGIONS_LOCAL = ["230102", "230103", "230104", "230108", "230109", "230182", "230183"]
REGIONS_SOUTH = ["440106", "440304", "330106", "350203", "430104", "450103", "510107", "320583"]

_used_names = []


def name():
    while True:
        n = ch(SURN) + ch(GIVEN)
        if n not in _used_names or len(_used_names) > 400:
            _used_names.append(n)
            return n


def mask_name(n):
    return n[0] + "*" * (len(n) - 1) if p(0.5) else n[0] + "某某"


W_ID = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def gb_check(d17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(d17, W_ID)) % 11]


def id_number(south=False, old=False):
    reg = ch(REGIONS_SOUTH if south else REGIONS_LOCAL)
    y = R.randint(1938, 1960) if old else R.randint(1962, 2012)
    d = datetime.date(y, 1, 1) + datetime.timedelta(days=R.randrange(365))
    body = reg + d.strftime("%Y%m%d") + "%03d" % R.randrange(1000)
    return body + gb_check(body)


def luhn_digit(d14):
    s = 0
    for i, c in enumerate(reversed(d14)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return str((10 - s % 10) % 10)


def imei():
    body = ch(["86", "35", "86", "86"]) + "".join(str(R.randrange(10)) for _ in range(12))
    return body + luhn_digit(body)


def mobile():
    return ch(["139", "138", "186", "158", "131", "177", "150"]) + "".join(str(R.randrange(10)) for _ in range(8))


def mask_mobile(m):
    return m[:3] + "****" + m[7:]


def owner_serial(kind, v):
    """How an owner writes his own number: full, grouped, tail, masked, lower-case x."""
    if kind == "imei":
        return ch([v, v, v[:4] + " " + v[4:8] + " " + v[8:12] + " " + v[12:], "尾号" + v[-4:], v[:6] + "*****" + v[-4:]])
    if kind == "id":
        return ch([v, v.lower(), "尾号" + v[-4:].lower(), v[:6] + " " + v[6:14] + " " + v[14:], v[:4] + "**********" + v[-4:]])
    if kind == "plate":
        return ch([v, v.replace(" ", ""), v.replace("冰河", "")])
    return ch([v, v.replace("-", ""), "号码" + v])


def finder_serial(kind, v):
    if kind == "id":
        return ch([v[:4] + "**********" + v[-4:], v[:6] + "********" + v[-4:], v[:4] + "**********" + v[-4:], v])
    if kind == "plate":
        return ch([v, v.replace(" ", "")])
    return ch([v, v.replace("-", "")])


CN_NUM = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九"]


def approx_amount(a):
    if a >= 1000:
        k = a // 1000
        r = (a % 1000) // 100
        return ch(["%d千%s" % (k, ("%d百" % r) if r else "") + "来块", "%d多块" % (a // 100 * 100), "一共%d左右" % (round(a / 100) * 100)])
    h = a // 100
    if h == 0:
        return ch(["%d来块钱" % (a // 10 * 10), "几十块零钱"])
    return ch(["%s百来块" % CN_NUM[h], "%d多块" % (h * 100), "大概%d" % (round(a / 50) * 50)])


# ---------------------------------------------------------------- object kinds
def F(fid, o, f):
    return {"id": fid, "o": o, "f": f}


PHONE_BRANDS = [
    ("华为", ["华为", "HUAWEI", "huawei", "花为"], ["华为", "HUAWEI"], [("Mate 60 Pro", ["mate60pro", "Mate60 Pro", "Mate60"], ["Mate 60 Pro"]), ("nova 12", ["nova12", "Nova 12"], ["nova 12"]), ("Pura 70", ["P70", "pura70"], ["Pura 70"])]),
    ("苹果", ["苹果", "iPhone", "爱疯", "平果", "Apple"], ["苹果", "Apple", "iPhone"], [("iPhone 15 Pro Max", ["15pm", "15 Pro Max", "苹果15promax"], ["iPhone 15 Pro Max"]), ("iPhone 13", ["13", "苹果13", "iPhone13"], ["iPhone 13"]), ("iPhone 14 Plus", ["14plus", "14 Plus"], ["iPhone 14 Plus"])]),
    ("小米", ["小米", "xiaomi", "MI", "红米", "Redmi"], ["小米", "Xiaomi", "Redmi"], [("Redmi K70", ["K70", "红米K70", "k70"], ["Redmi K70"]), ("小米14", ["小米14", "mi14"], ["Xiaomi 14"]), ("Redmi Note 13", ["note13", "红米note13"], ["Redmi Note 13"])]),
    ("OPPO", ["OPPO", "oppo", "欧珀"], ["OPPO"], [("Reno11", ["reno11", "Reno 11"], ["Reno11"]), ("Find X7", ["findx7", "Find X7"], ["Find X7"])]),
    ("vivo", ["vivo", "VIVO", "维沃"], ["vivo"], [("X100", ["x100", "X100"], ["X100"]), ("S18", ["s18", "S18"], ["S18"])]),
    ("荣耀", ["荣耀", "honor", "HONOR", "荣曜"], ["荣耀", "HONOR"], [("Magic6", ["magic6", "Magic 6"], ["Magic6"]), ("X50", ["x50", "荣耀X50"], ["X50"])]),
]

PHONE_FACTS = [
    F("case_bear", ["手机壳是卡通小熊的", "带个小熊壳"], ["外有卡通小熊图案手机壳", "套小熊软壳"]),
    F("case_clear", ["透明壳，壳里夹着一张公交卡", "透明手机壳里塞了张公交卡"], ["透明保护壳，壳内夹公交卡一张", "透明壳内有冰河通公交卡"]),
    F("case_fu", ["红色手机壳上印个福字", "红壳有福字"], ["红色保护壳印\"福\"字", "手机壳红色带福字"]),
    F("crack", ["屏幕右上角摔裂了", "屏幕碎了一个角"], ["屏幕右上角有裂痕", "屏幕一角碎裂"]),
    F("lanyard", ["挂着一根红绳挂绳", "有条红色挂绳"], ["带红色挂绳", "系红色手机绳"]),
    F("ring", ["背面有个指环扣", "后面粘了个指环支架"], ["背面带指环支架", "手机背部有指环扣"]),
    F("sticker", ["背面贴了个哈士奇贴纸", "后面贴着二哈的贴纸"], ["背面贴有狗头（哈士奇）贴纸", "后壳贴卡通狗贴纸"]),
    F("flip", ["皮套是翻盖的，棕色皮套", "带翻盖皮套"], ["外套翻盖式皮套", "有翻盖保护套"]),
    F("photo", ["壳里夹着孙子的照片", "手机壳里有张小孩照片"], ["壳内夹有一张儿童照片", "保护壳里夹小孩一寸照"]),
]
PHONE_HIDDEN = ["锁屏是我闺女照片", "里面微信绑着银行卡", "密码是六位数", "里面有我的滑雪视频", "有两张卡，一张移动一张联通", "开机密码我知道，能验证"]


def mk_phone(force=None):
    force = force or {}
    b = force.get("brand_t") or ch(PHONE_BRANDS)
    m = force.get("model_t") or ch(b[3])
    fam = force.get("color") or ch(["black", "white", "blue", "purple", "gold", "green", "pink", "silver"])
    return base("phone", force.get("kind") or ("手机", ["手机", "电话", "手机"], ["手机", "移动电话"]), b, m, fam,
                PHONE_FACTS, PHONE_HIDDEN, ("imei", imei(), False), force)


WALLET_BRANDS = [("七匹狼", ["七匹狼", "SEPTWOLVES"], ["七匹狼", "SEPTWOLVES"]), ("金利来", ["金利来", "goldlion"], ["金利来"]),
                 ("蔻驰", ["COACH", "蔻驰", "寇驰", "coach"], ["COACH"]), ("皮尔卡丹", ["皮尔卡丹", "皮尔卡登"], ["皮尔卡丹", "Pierre Cardin"]),
                 (None, [], [])]
WALLET_KINDS = [("长钱包", ["钱包", "长款钱包", "钱夹子"], ["长款钱包", "钱包"]), ("短钱包", ["钱包", "短款钱包", "对折钱包"], ["短款钱包", "钱包"]),
                ("卡包", ["卡包", "卡套"], ["卡包", "卡夹"]), ("零钱包", ["零钱包", "小钱包"], ["零钱包", "小钱包"])]


def mk_wallet(force=None):
    force = force or {}
    owner = name()
    south = p(0.3)
    idn = id_number(south=south, old=p(0.3))
    amt = R.choice([0, R.randint(20, 300), R.randint(300, 2600)])
    tail = "%04d" % R.randrange(10000)
    bank = ch(["工商银行", "建设银行", "农业银行", "邮储银行", "哈尔滨银行"])
    facts = [
        F("id", ["里面有我身份证，名字%s" % owner, "身份证在里面（%s）" % owner], ["内有身份证一张，姓名%s" % mask_name(owner), "内有%s身份证（%s）" % (mask_name(owner), idn[:4] + "**********" + idn[-4:])]),
        F("card", ["还有张%s卡，尾号%s" % (bank, tail), "%s的银行卡尾号%s" % (bank, tail)], ["%s银行卡一张，尾号%s" % (bank, tail), "银行卡（%s，卡号末四位%s）" % (bank, tail)]),
        F("photo", ["夹着一张全家福", "里面有张老照片"], ["内夹照片一张", "有一张合影照片"]),
        F("bathcard", ["有张龙泉洗浴的会员卡", "洗浴会员卡"], ["龙泉洗浴中心会员卡一张", "洗浴会员卡"]),
        F("ticket", ["还夹着回广州的火车票报销凭证", "有张火车票报销凭证"], ["内有铁路报销凭证一张", "火车票报销凭证"]),
    ]
    if amt:
        facts.append(F("cash", ["现金%s" % approx_amount(amt)], ["现金人民币%d元" % amt, "内有现金%d元" % amt]))
    b = force.get("brand_t") or ch(WALLET_BRANDS)
    if b[0] is None:
        b = None
    fam = force.get("color") or ch(["black", "brown", "red", "pink", "blue"])
    rec = base("wallet", force.get("kind") or ch(WALLET_KINDS), b, None, fam, facts,
               ["钱包里有个夹层", "用了五六年了", "边角磨白了"], None, force, must=["id"] if p(0.6) else (["cash"] if amt else []))
    rec["owner"] = owner
    rec["id_full"] = idn
    rec["south"] = south
    return rec


CAR_BRANDS = [("大众", ["大众", "VW", "大众车"], ["大众", "VW"]), ("丰田", ["丰田", "Toyota"], ["丰田", "TOYOTA"]), ("哈弗", ["哈弗", "哈佛", "HAVAL"], ["哈弗", "HAVAL"]),
              ("比亚迪", ["比亚迪", "BYD"], ["比亚迪", "BYD"]), ("吉利", ["吉利", "Geely"], ["吉利"]), ("奥迪", ["奥迪", "Audi"], ["奥迪", "Audi"])]
KEY_KINDS = [("车钥匙", ["车钥匙", "汽车钥匙", "车遥控钥匙"], ["汽车遥控钥匙", "车钥匙"]), ("钥匙串", ["钥匙", "一串钥匙", "家门钥匙"], ["钥匙一串", "钥匙串"]),
             ("手牌", ["手牌", "手牌钥匙", "柜子手牌"], ["手牌（更衣柜钥匙）", "手牌"])]


def mk_keys(force=None):
    force = force or {}
    k = force.get("kind") or ch(KEY_KINDS)
    n = R.randint(2, 7)
    facts = [F("bear", ["钥匙扣是个小熊", "挂个毛绒小熊"], ["挂毛绒小熊挂件", "钥匙扣为小熊玩偶"]),
             F("redrope", ["拴着红绳", "有根红绳子"], ["系红绳", "红色绳子拴着"]),
             F("amulet", ["挂个平安符", "有个平安福"], ["挂平安符一个", "带\"平安\"字挂件"]),
             F("opener", ["有个开瓶器", "带个起子"], ["附开瓶器", "钥匙圈上有起子"]),
             F("fob", ["有个蓝色门禁扣", "小区门禁卡蓝的"], ["蓝色门禁扣一个", "附蓝色门禁卡"])]
    serial = None
    b = None
    fam = force.get("color") or ch(["black", "silver", "red", "blue", "yellow"])
    if k[0] == "车钥匙":
        b = force.get("brand_t") or ch(CAR_BRANDS)
    elif k[0] == "钥匙串":
        facts.append(F("count%d" % n, ["%s把钥匙" % CN_NUM[n], "%d把钥匙" % n], ["共%d把钥匙" % n, "钥匙%d把" % n]))
    else:
        no = "%s-%03d" % (ch(["A", "B", "男", "女"]), R.randint(1, 460))
        serial = ("no", no, True)
        facts = [F("no" + no, ["手牌号%s" % no, "牌号是%s" % no], ["手牌号%s" % no, "手牌编号%s" % no])] + facts[:1]
        fam = force.get("color") or ch(["black", "blue", "red"])
    return base("keys", k, b, None, fam, facts, ["带指纹的那种", "备用钥匙家里还有", "车停在楼下没法开"], serial, force)


def mk_iddoc(force=None):
    force = force or {}
    k = force.get("kind") or ch([("身份证", ["身份证", "二代身份证", "身份证件"], ["居民身份证", "身份证"]),
                                 ("驾驶证", ["驾驶证", "驾照", "本子（驾驶证）"], ["机动车驾驶证", "驾驶证"]),
                                 ("老年证", ["老年证", "老年优待证"], ["老年优待证", "老年证"]),
                                 ("社保卡", ["社保卡", "医保卡"], ["社会保障卡", "社保卡"])])
    old = k[0] == "老年证" or p(0.2)
    south = (not old) and p(0.35)
    owner = name()
    idn = id_number(south=south, old=old)
    facts = [F("nm", ["名字叫%s" % owner, "上面是%s" % owner], ["姓名%s" % mask_name(owner), "持证人%s" % mask_name(owner)])]
    if p(0.5):
        facts.append(F("cover", ["装在一个透明卡套里", "套着个塑料套"], ["外有透明卡套", "套塑料保护套"]))
    if p(0.3):
        facts.append(F("tkt", ["跟一张车票夹一块了", "夹着火车票报销凭证"], ["另夹火车票报销凭证一张", "同夹铁路报销凭证"]))
    rec = base("id_doc", k, None, None, force.get("color") or ch(["blue", "white", "green", "red"]), facts,
               ["急着坐火车回家过年", "要办登机", "补办太麻烦"], ("id", idn, True), force, must=["nm"])
    rec["owner"] = owner
    rec["south"] = south
    return rec


EL_KINDS = [
    ("充电宝", ["充电宝", "移动电源", "充电宝子"], ["移动电源", "充电宝"], [("小米", ["小米", "MI"], ["小米"]), ("罗马仕", ["罗马仕", "ROMOSS", "罗马士"], ["ROMOSS", "罗马仕"]), ("安克", ["Anker", "安克"], ["Anker"])], "sn"),
    ("运动相机", ["运动相机", "gopro", "狗屁肉（GoPro）", "相机"], ["运动相机", "GoPro运动相机"], [("GoPro", ["GoPro", "gopro", "狗pro"], ["GoPro"]), ("大疆", ["大疆", "DJI", "Osmo Action"], ["DJI"]), ("影石", ["影石", "Insta360", "insta360"], ["Insta360"])], "hidden"),
    ("蓝牙耳机", ["耳机", "蓝牙耳机", "无线耳机"], ["蓝牙耳机", "无线耳机（含充电仓）"], [("苹果", ["AirPods", "苹果耳机", "airpods"], ["AirPods"]), ("华为", ["华为FreeBuds", "华为耳机"], ["HUAWEI FreeBuds"]), ("小米", ["小米耳机"], ["小米"])], "sn"),
    ("相机", ["相机", "微单", "单反"], ["数码相机", "相机"], [("佳能", ["佳能", "Canon", "canon"], ["Canon"]), ("索尼", ["索尼", "SONY", "sony"], ["SONY"]), ("富士", ["富士", "FUJIFILM"], ["FUJIFILM"])], "sn"),
    ("平板", ["平板", "iPad", "平板电脑"], ["平板电脑"], [("苹果", ["iPad", "苹果平板"], ["Apple"]), ("华为", ["华为平板", "MatePad"], ["HUAWEI"])], "hidden"),
    ("暖手宝", ["充电暖手宝", "暖手宝", "电暖宝"], ["充电暖手宝", "暖手器"], [("小米", ["小米", "米家"], ["小米"]), (None, [], [])], "none"),
]
EL_FACTS = [F("sticker", ["上面贴着熊猫贴纸", "贴了个熊猫贴"], ["贴有熊猫贴纸", "表面熊猫贴纸"]),
            F("scratch", ["边上磕掉块漆", "有个磕碰的坑"], ["边角磕碰掉漆", "外壳一处磕痕"]),
            F("pouch", ["装在灰色绒布袋里", "有个绒布套子"], ["装灰色绒布袋内", "外有绒布收纳袋"]),
            F("strap", ["拴着黄色挂绳", "有根黄绳"], ["系黄色挂绳", "带黄色挂绳"]),
            F("name", ["背面写了个\"宇\"字", "用马克笔写了个宇"], ["背面手写\"宇\"字", "有马克笔写的\"宇\""]),
            F("cable", ["连着一根白色数据线", "插着根白线"], ["附白色数据线一根", "连白色充电线"])]


def sn():
    return ch(["SN", "S/N ", ""]) + "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(R.randint(10, 12)))


def mk_elec(force=None):
    force = force or {}
    k = force.get("kind_t") or ch(EL_KINDS)
    b = force.get("brand_t") or ch(k[3])
    if b[0] is None:
        b = None
    serial = None
    if k[4] == "sn":
        serial = ("sn", sn(), p(0.5))
    elif k[4] == "hidden":
        serial = ("sn", sn(), False)
    fam = force.get("color") or ch(["black", "white", "silver", "gray", "pink", "blue"])
    rec = base("electronics", k[:3], b, None, fam, EL_FACTS, ["里面有这几天滑雪的视频", "买了不到一个月", "发票还在"], serial, force)
    rec["kind_t"] = k
    return rec


OTHER_KINDS = [
    ("手套", ["手套", "棉手套", "一副手套", "手闷子"], ["手套一副", "手套"], [("迪卡侬", ["迪卡侬", "Decathlon"], ["迪卡侬"]), (None, [], [])], ["black", "red", "gray", "brown"]),
    ("滑雪手套", ["滑雪手套", "雪服手套"], ["滑雪手套"], [("迪卡侬", ["迪卡侬", "Decathlon", "迪卡农"], ["DECATHLON"]), ("伯顿", ["Burton", "伯顿"], ["BURTON"])], ["black", "orange", "blue"]),
    ("帽子", ["帽子", "毛线帽", "狗皮帽子", "雷锋帽"], ["帽子一顶", "棉帽"], [(None, [], [])], ["black", "gray", "brown", "red", "white"]),
    ("貂皮围脖", ["貂皮围脖", "貂绒围巾", "貂围脖"], ["貂皮围巾", "皮草围脖"], [(None, [], [])], ["brown", "black", "gray"]),
    ("羊绒围巾", ["围巾", "羊绒围巾", "围脖"], ["羊绒围巾", "围巾"], [("鄂尔多斯", ["鄂尔多斯", "ERDOS", "鄂尔多斯1980"], ["鄂尔多斯", "ERDOS"]), ("恒源祥", ["恒源祥"], ["恒源祥"])], ["red", "gray", "brown", "blue"]),
    ("羽绒服", ["羽绒服", "大棉袄", "羽绒大衣", "长款羽绒服"], ["羽绒服一件", "羽绒外套"], [("波司登", ["波司登", "BOSIDENG", "波斯登"], ["波司登"]), ("加拿大鹅", ["加拿大鹅", "Canada Goose", "大鹅"], ["Canada Goose"]), ("鸭鸭", ["鸭鸭"], ["鸭鸭"])], ["black", "white", "red", "green"]),
    ("滑雪镜", ["雪镜", "滑雪镜", "护目镜"], ["滑雪镜", "护目镜"], [("欧克利", ["Oakley", "欧克利", "奥克利"], ["OAKLEY"]), ("迪卡侬", ["迪卡侬"], ["迪卡侬"]), ("Smith", ["smith", "史密斯"], ["SMITH"])], ["black", "white", "orange", "purple"]),
    ("保温杯", ["保温杯", "水杯", "暖壶杯"], ["保温杯", "不锈钢保温杯"], [("膳魔师", ["膳魔师", "THERMOS", "膳魔士"], ["THERMOS"]), ("象印", ["象印"], ["象印", "ZOJIRUSHI"]), ("富光", ["富光"], ["富光"])], ["silver", "pink", "black", "blue"]),
    ("爬犁", ["儿童爬犁", "小雪橇", "滑雪圈", "爬犁"], ["儿童雪橇", "塑料雪橇"], [(None, [], [])], ["red", "blue", "yellow", "pink"]),
    ("药袋", ["药袋子", "装胰岛素的包", "药包"], ["药品袋", "内装胰岛素笔的小包"], [("诺和诺德", ["诺和", "诺和笔"], ["诺和诺德"]), (None, [], [])], ["white", "blue", "gray"]),
    ("购物车", ["买菜小车", "拉杆小推车", "小拖车"], ["买菜拉杆车", "折叠购物车"], [(None, [], [])], ["red", "blue", "black"]),
]
OTHER_FACTS = [F("tag", ["上面缝了个名签写着\"乐乐\"", "有名字贴：乐乐"], ["缝有姓名标签\"乐乐\"", "名签写\"乐乐\""]),
               F("pom", ["上面有个毛球", "顶上有毛球球"], ["带毛球", "顶部毛绒球"]),
               F("stain", ["有块油渍", "沾了点火锅油"], ["有污渍一块", "表面油渍"]),
               F("tear", ["开了个口子", "有个小破口"], ["有破损开线", "一处开线"]),
               F("rope", ["系着根粉绳", "拴了条粉色绳子"], ["系粉色绳", "拴粉色绳子"]),
               F("pocket", ["兜里有包纸巾和润唇膏", "口袋里揣着润唇膏"], ["口袋内有纸巾、润唇膏", "兜里有润唇膏一支"]),
               F("kitty", ["印着Hello Kitty", "上面有个凯蒂猫"], ["印有Hello Kitty图案", "有KT猫图案"])]


def mk_other(force=None):
    force = force or {}
    k = force.get("kind_t") or ch([x for x in OTHER_KINDS if force.get("color") in x[4]] or OTHER_KINDS)
    b = force.get("brand_t") or ch(k[3])
    if b[0] is None:
        b = None
    fam = force.get("color") or ch(k[4])
    rec = base("other", k[:3], b, None, fam, OTHER_FACTS, ["孩子她姥给织的", "刚买的，小票还在", "对我挺重要的"], None, force)
    rec["kind_t"] = k
    return rec


BAG_KINDS = [("双肩包", ["书包", "双肩包", "背包"], ["双肩背包", "背包"]), ("挎包", ["挎包", "斜挎包", "小包"], ["斜挎包", "挎包"]),
             ("行李箱", ["行李箱", "拉杆箱", "箱子"], ["拉杆箱", "行李箱"]), ("雪具包", ["雪板包", "雪具包"], ["滑雪板包", "雪具包"]),
             ("手提袋", ["袋子", "手拎兜", "塑料袋"], ["手提袋", "购物袋"])]
BAG_BRANDS = [("北面", ["北面", "TNF", "the north face", "北脸"], ["The North Face"]), ("新秀丽", ["新秀丽", "samsonite"], ["Samsonite"]),
              ("迪卡侬", ["迪卡侬", "Decathlon"], ["迪卡侬"]), ("小米", ["小米"], ["小米"]), (None, [], [])]
BAG_FACTS = [F("sausage", ["里面有几根红肠", "装着红肠和大列巴"], ["内有红肠数根", "内装红肠、大列巴"]),
             F("clothes", ["里面是换洗衣服", "有衣服"], ["内有衣物若干", "装有换洗衣物"]),
             F("charger", ["有个充电器", "装着充电器"], ["内有充电器", "充电器一个"]),
             F("toy", ["有个奥特曼玩具", "孩子的奥特曼在里面"], ["内有奥特曼玩具", "奥特曼玩偶一个"]),
             F("med", ["里面有降压药", "装着药盒子"], ["内有药盒（降压药）", "有药品一盒"]),
             F("pin", ["包上别着个冰墩墩徽章", "挂着冰墩墩"], ["包外挂冰墩墩挂件", "别有冰墩墩徽章"]),
             F("ribbon", ["拉杆上系着红丝带", "系了根红带子"], ["系红色丝带", "把手系红布条"])]


def mk_bag(force=None):
    force = force or {}
    k = force.get("kind") or ch(BAG_KINDS)
    b = force.get("brand_t") or ch(BAG_BRANDS)
    if b[0] is None:
        b = None
    fam = force.get("color") or ch(["black", "blue", "gray", "red", "green", "pink"])
    return base("bag", k, b, None, fam, BAG_FACTS, ["里面有两千块现金在夹层", "身份证也在里面", "给老人买的年货"], None, force)


JW_KINDS = [("金项链", ["金项链", "金链子", "大金链子"], ["黄色金属项链", "金项链"], "gold"), ("金手镯", ["金镯子", "金手镯"], ["金色手镯", "黄金手镯"], "gold"),
            ("玉镯", ["玉镯子", "翡翠镯子", "玉手镯"], ["玉石手镯", "绿色玉镯"], "green"), ("金戒指", ["金戒指", "金镏子"], ["金色戒指"], "gold"),
            ("珍珠耳环", ["珍珠耳环", "耳坠"], ["珍珠耳环", "白色珠子耳饰"], "white"), ("银手链", ["银手链", "银镯子"], ["银色手链"], "silver"),
            ("玉坠", ["玉坠", "玉佩", "和田玉吊坠"], ["玉石吊坠", "白玉挂件"], "white")]
JW_BRANDS = [("周大福", ["周大福", "CTF", "周大福的"], ["周大福"]), ("老凤祥", ["老凤祥"], ["老凤祥"]), ("周生生", ["周生生"], ["周生生"]), (None, [], [])]
JW_FACTS = [F("eng", ["内侧刻着LOVE", "刻了LOVE字样"], ["内侧刻\"LOVE\"", "刻有LOVE字母"]),
            F("dragon", ["坠子是个小龙", "有个龙的坠"], ["带生肖龙吊坠", "龙形吊坠"]),
            F("rabbit", ["挂个小兔子", "兔子坠"], ["带兔形坠", "兔子吊坠"]),
            F("box", ["装在红绒布盒里", "在红盒子里"], ["装于红色绒布首饰盒", "红色首饰盒内"]),
            F("crackline", ["有一道细纹", "上面有条绺"], ["可见一道细纹", "有裂纹一道"]),
            F("init", ["刻着ZH两个字母", "刻了缩写ZH"], ["刻有\"ZH\"", "内刻ZH"])]


def mk_jewel(force=None):
    force = force or {}
    k = force.get("kind_t") or ch([x for x in JW_KINDS if x[3] == force.get("color")] or JW_KINDS)
    b = force.get("brand_t") or ch(JW_BRANDS)
    if b[0] is None:
        b = None
    rec = base("jewelry", k[:3], b, None, force.get("color") or k[3], JW_FACTS,
               ["大概%d克" % R.randint(5, 40), "老伴给买的", "结婚时候的", "有证书在家"], None, force)
    rec["kind_t"] = k
    return rec


def mk_cash(force=None):
    force = force or {}
    k = force.get("kind") or ch([("红包", ["红包", "压岁钱红包", "一个红包"], ["红包（内有现金）", "红包一个"]),
                                 ("信封", ["一信封钱", "装钱的信封"], ["信封（内有现金）", "牛皮纸信封"]),
                                 ("现金", ["一沓钱", "现金", "一卷钱"], ["现金一沓", "人民币现金"])])
    amt = R.choice([R.randint(2, 20) * 100, R.randint(1, 60) * 100 + ch([0, 50]), R.randint(100, 900)])
    facts = [F("amt", ["%s" % approx_amount(amt)], ["现金%d元" % amt, "共计%d元" % amt, "人民币%d元整" % amt] if amt % 100 == 0 else ["现金%d元" % amt, "共计人民币%d元" % amt])]
    if k[0] == "红包":
        facts.append(F("fa", ["红包上印着恭喜发财", "印恭喜发财的红包"], ["红包印\"恭喜发财\"", "红包封面\"恭喜发财\""]))
    if k[0] == "信封":
        facts.append(F("bankenv", ["农行的信封", "农业银行的信封"], ["中国农业银行信封", "农行字样信封"]))
    if k[0] == "现金":
        facts.append(F("rubber", ["用皮筋捆着", "拿猴皮筋扎着"], ["用橡皮筋捆扎", "皮筋捆着"]))
    rec = base("cash", k, None, None, force.get("color") or ("red" if k[0] == "红包" else ch(["brown", "red", "white"])), facts,
               ["过年给孩子的压岁钱", "刚从银行取的", "卖年货的钱"], None, force, must=["amt"])
    rec["amount"] = amt
    return rec


def mk_ebike(force=None):
    force = force or {}
    b = force.get("brand_t") or ch([("雅迪", ["雅迪", "yadea"], ["雅迪"]), ("爱玛", ["爱玛", "爱马"], ["爱玛"]), ("小牛", ["小牛", "NIU", "牛牛"], ["小牛", "NIU"]), ("台铃", ["台铃"], ["台铃"])])
    plate = "冰河 %s%05d" % (ch("ABCD"), R.randrange(100000))
    facts = [F("quilt", ["车把上有挡风被", "挂着棉挡风被"], ["车把装有防风棉被", "带挡风被"]),
             F("basket", ["前面有个车筐", "有车篓子"], ["带前车筐", "有车篮"]),
             F("plate", ["车牌%s" % plate.replace(" ", "")], ["号牌%s" % plate])]
    return base("ebike", ("电动车", ["电动车", "电瓶车", "电驴子"], ["电动自行车", "电动车"]), b, None, force.get("color") or ch(["white", "black", "blue", "red"]),
                facts, ["电瓶是新换的", "车架号我有照片", "锁是那种U型锁"], ("plate", plate, True), force, must=["plate"])


def mk_bike(force=None):
    force = force or {}
    b = force.get("brand_t") or ch([("捷安特", ["捷安特", "giant", "捷安特的"], ["GIANT"]), ("永久", ["永久"], ["永久"]), ("凤凰", ["凤凰", "凤凰牌"], ["凤凰"])])
    facts = [F("fat", ["胖胎的雪地车", "大胖轱辘"], ["宽胎（雪地胖胎）", "粗轮胎"]),
             F("seat", ["后座有个儿童座椅", "后面带小孩座"], ["后座装儿童座椅", "带儿童后座"]),
             F("bell", ["车把上有个小黄鸭铃铛", "有鸭子铃铛"], ["车把装小黄鸭车铃", "鸭子形车铃"])]
    return base("bicycle", ("自行车", ["自行车", "单车", "车子"], ["自行车", "单车"]), b, None, force.get("color") or ch(["black", "white", "red", "blue"]),
                facts, ["车锁钥匙还在我这", "骑了好几年了"], None, force)


VALUE_FACTS = ["nm", "id", "card", "cash", "amt", "plate"]


def base(cat, kind, brand, model, fam, pool, hidden, serial, force, must=None):
    """The hidden truth record of one object."""
    excl = force.get("exclude_facts", [])
    cand = [f for f in pool if f["id"] not in excl or f["id"] in VALUE_FACTS]
    mustf = [f for f in cand if must and f["id"] in must]
    rest = [f for f in cand if f not in mustf]
    R.shuffle(rest)
    n = R.randint(1, min(3, len(rest))) if rest else 0
    facts = mustf + rest[:n]
    if not facts and cand:
        facts = [cand[0]]
    return {"cat": cat, "kind": kind, "brand": brand, "model": model, "color": fam, "facts": facts,
            "hidden": [ch(hidden)] if hidden else [], "serial": serial}


MAKERS = {"phone": mk_phone, "wallet": mk_wallet, "keys": mk_keys, "id_doc": mk_iddoc, "electronics": mk_elec,
          "other": mk_other, "bag": mk_bag, "jewelry": mk_jewel, "cash": mk_cash, "ebike": mk_ebike, "bicycle": mk_bike}
CAT_PLAN = (["phone"] * 40 + ["other"] * 42 + ["wallet"] * 24 + ["keys"] * 22 + ["id_doc"] * 22 + ["electronics"] * 24
            + ["bag"] * 14 + ["jewelry"] * 11 + ["cash"] * 7 + ["ebike"] * 2 + ["bicycle"] * 2)
assert len(CAT_PLAN) == 210


def zone_for(cat, kind0):
    if kind0 in ("手牌",):
        return "bath"
    if kind0 in ("滑雪手套", "滑雪镜", "雪具包", "运动相机"):
        return ch(["ski", "ski", "ski", "taxi"])
    if kind0 in ("爬犁",):
        return ch(["river", "park"])
    if kind0 in ("购物车", "老年证"):
        return "market"
    if kind0 in ("羽绒服", "貂皮围脖"):
        return ch(["bath", "bath", "hotel", "taxi"])
    if kind0 in ("行李箱",):
        return ch(["rail", "taxi", "hotel"])
    if cat in ("ebike", "bicycle"):
        return ch(["market", "street", "rail"])
    return ch(ZONES)


# ---------------------------------------------------------------- time
def at_hour(day_back, hours):
    lo, hi = hours
    h = R.randint(lo, hi - 1) if hi > lo else lo
    t = NOW.replace(hour=0, minute=0) - datetime.timedelta(days=day_back) + datetime.timedelta(hours=h, minutes=R.randrange(60))
    return t


def mins(t):
    return int((NOW - t).total_seconds() // 60)


def to_dt(m):
    return NOW - datetime.timedelta(minutes=m)


def when_words(t):
    days = (NOW.date() - t.date()).days
    h = t.hour
    part = "凌晨" if h < 6 else "早上" if h < 9 else "上午" if h < 12 else "中午" if h < 14 else "下午" if h < 18 else "晚上"
    hh = h if h <= 12 else h - 12
    clock = ch(["%s%d点来钟" % (part, hh), "%s%d点多" % (part, hh), part, "%s大概%d点" % (part, hh)])
    if days == 0:
        d = "今天"
    elif days == 1:
        d = ch(["昨天", "昨儿个"])
    elif days == 2:
        d = "前天"
    else:
        d = "%d月%d号" % (t.month, t.day)
    return d + clock


def loss_window():
    day = R.randint(0, (NOW - SEASON_START).days)
    return day


# ---------------------------------------------------------------- writing
def owner_kind(rec):
    return ch(rec["kind"][1])


def finder_kind(rec):
    return ch(rec["kind"][2])


def owner_brand(rec):
    b = rec["brand"]
    return ch(b[1]) if b else None


def owner_model(rec):
    return ch(rec["model"][1]) if rec["model"] else None


def write_owner(rec, pl, lf, lt, voice, structured, facts, say_brand, say_serial):
    t0 = to_dt(lf)
    col = cw(rec["color"], "o")
    kind = owner_kind(rec)
    br = owner_brand(rec) if say_brand else None
    mo = owner_model(rec) if (say_brand and rec["model"] and p(0.6)) else None
    place = ch(pl[3])
    fact_txt = "，".join(ch(f["o"]) for f in facts)
    hid = rec["hidden"][0] if (rec["hidden"] and p(0.5)) else ""
    ser = owner_serial(rec["serial"][0], rec["serial"][1]) if say_serial else None
    what = "%s%s%s%s" % (col, "的" if (p(0.4) and not col.endswith("的")) else "", (br + (mo or "") if br else ""), kind)
    if rec["cat"] == "phone" and p(0.4):
        hid = (hid + "，" if hid else "") + "打过去关机了，估计冻没电了"
    if voice == "dongbei":
        s = ch(["%s在%s把%s整丢了，%s。%s老铁们帮帮忙，贼拉着急！", "%s搁%s落下了一个%s，%s。%s捡着的给打个电话，必有重谢。",
                "嘎哈都不顺，%s在%s那疙瘩%s没了，%s。%s"])
        body = s % (when_words(t0), place, what, fact_txt, (hid + "。") if hid else "") if s.count("%s") == 5 else s % (when_words(t0), place, what, fact_txt, hid)
    elif voice == "south":
        s = ch(["第一次来东北看雪，%s在%s丢了%s，%s。%s麻烦帮忙留意一下，谢谢！", "我是从%s来玩的游客，%s在%s弄丢了%s，%s。%s"])
        if s.startswith("我是"):
            body = s % (ch(["广州", "深圳", "厦门", "长沙", "南宁", "杭州"]), when_words(t0), place, what, fact_txt, (hid + "。") if hid else "")
        else:
            body = s % (when_words(t0), place, what, fact_txt, (hid + "。") if hid else "")
    elif voice == "elder":
        s = ch(["帮我妈登记一下：老太太%s去%s，%s丢了，%s。%s", "我是退休的，岁数大了记性不好，%s在%s丢个%s，%s。%s"])
        body = s % (when_words(t0), place, what, fact_txt, (hid + "。") if hid else "")
    else:
        s = ch(["本人于%s在%s附近遗失%s一个，%s。%s望拾到者联系。", "%s，%s，丢失%s。特征：%s。%s"])
        body = s % (when_words(t0), place, what, fact_txt, (hid + "。") if hid else "")
    if ser:
        lab = {"imei": ch(["串号", "IMEI", "imei号"]), "id": ch(["身份证号", "证号"]), "plate": "车牌", "no": "号", "sn": ch(["序列号", "SN"])}[rec["serial"][0]]
        body += ch(["%s：%s。" % (lab, ser), "%s是%s。" % (lab, ser)])
    if p(0.5):
        body += ch(["电话", "联系", "联系电话"]) + mobile()
    out = {"body": body[:600]}
    if structured:
        if p(0.8):
            out["color"] = col
        if br:
            out["brand"] = br
        if mo:
            out["model"] = mo
        if ser and p(0.7):
            out["serial"] = ser
        if p(0.6):
            out["address"] = ch([place, pl[4]])[:60]
        if p(0.35):
            out["lat"], out["lon"] = jitter(pl, 0.004)
    return out


FINDER_VOICES = {
    "taxi": ["出租车司机%s送交：%s，乘客下车后在后座发现%s，%s。", "的哥%s拉活，%s，后排座发现%s，%s，交到服务中心。"],
    "ski": ["滑雪场工作人员%s在%s捡到%s，%s。", "雪具大厅员工%s于%s拾得%s，%s，暂存失物招领处。"],
    "bath": ["洗浴收银员%s在%s更衣区发现%s，%s，客人未取。", "前台%s在%s休息大厅拾到%s，%s。"],
    "hotel": ["酒店前台%s在%s大堂沙发捡到%s，%s。", "客房保洁%s在%s退房房间发现%s，%s。"],
    "market": ["早市摊主%s在%s拾得%s，%s，送到警务站。", "晨练大爷%s在%s地上捡着个%s，%s。"],
    "rail": ["车站工作人员%s在%s拾得%s，%s。", "旅客%s在%s座椅上发现%s，%s，交站前警务室。"],
    "other": ["群众%s在%s拾得%s，%s，交至警务站。", "路人%s在%s雪地里捡到%s，%s。", "市民%s在%s捡着了%s，%s，老铁赶紧来认领。"],
}


def write_finder(rec, pl, fa, facts, structured):
    t = to_dt(fa)
    zone = pl[1]
    vk = zone if (zone in ("taxi", "bath", "hotel") or (zone in FINDER_VOICES and p(0.75))) else "other"
    col = cw(rec["color"], "f")
    kind = finder_kind(rec)
    b = rec["brand"]
    fb = ch(b[2]) if (b and b[2] and p(0.85)) else None
    fm = ch(rec["model"][2]) if (rec["model"] and fb and p(0.3)) else None
    fact_txt = "，".join(ch(f["f"]) for f in facts) if facts else "无其他明显特征"
    what = "%s%s%s" % ("" if kind[:2] in ("金色", "绿色", "银色", "白色", "黄色") else col, fb or "", kind)
    s = ch(FINDER_VOICES[vk])
    who = mask_name(name()) if p(0.3) else ""
    tw = "%d月%d日%d时" % (t.month, t.day, t.hour)
    body = (tw + "，" if p(0.5) else "") + s % (who, pl[2], what, fact_txt)
    if rec["cat"] == "phone" and p(0.6):
        body += ch(["低温关机，无法开机。", "手机已没电关机。", "锁屏状态，未能联系机主。"])
    ser = rec["serial"]
    fser = None
    if ser and ser[2] and p(0.8):
        fser = finder_serial(ser[0], ser[1])
        if ser[0] == "id":
            body += "证件号%s。" % fser
        elif p(0.5) and fser not in body:
            body += "编号%s。" % fser
    out = {"body": body[:600]}
    if structured:
        if p(0.85):
            out["color"] = col
        if fb:
            out["brand"] = fb
        if fm:
            out["model"] = fm
        if fser and p(0.8):
            out["serial"] = fser
        if facts and p(0.6):
            out["marks"] = "；".join(ch(f["f"]) for f in facts)[:500]
        if p(0.8):
            out["address"] = ch([pl[2], pl[4]])[:60]
        if p(0.5):
            out["lat"], out["lon"] = jitter(pl, 0.0015)
    return out


def finder_facts(rec, owner_facts):
    """The finder sees visible facts; for a true item at least one the owner stated."""
    fs = []
    if owner_facts:
        fs.append(ch(owner_facts))
    for f in rec["facts"]:
        if f not in fs and p(0.55):
            fs.append(f)
    return fs


# ---------------------------------------------------------------- build
def main():
    voices = ["dongbei", "dongbei", "south", "elder", "plain"]
    lost, found = [], []
    # which reports are true: 150 of 210
    flags = [True] * 150 + [False] * 60
    R.shuffle(flags)
    cats = list(CAT_PLAN)
    R.shuffle(cats)
    cross_pairs = 0
    reports = []  # (rec, pl, lf, lt, true?)
    for i in range(210):
        cat = cats[i]
        rec = MAKERS[cat]()
        pl = ch(places_in(zone_for(cat, rec["kind"][0])))
        day = R.randint(0, (NOW - SEASON_START).days)
        t0 = at_hour(day, pl[7])
        if t0 > NOW - datetime.timedelta(minutes=90):
            t0 = NOW - datetime.timedelta(minutes=R.randint(90, 600))
        lf = mins(t0)
        span = ch([R.randint(10, 90), R.randint(60, 360), R.randint(240, 900), R.randint(900, 4000)])
        lt = max(0, lf - span)
        reports.append({"rec": rec, "pl": pl, "lf": lf, "lt": lt, "true": flags[i]})

    # true found items
    for r in reports:
        if not r["true"]:
            continue
        lf = r["lf"]
        delay = ch([R.randint(3, 120), R.randint(60, 720), R.randint(300, 2880), R.randint(1440, 7200)])
        r["fa"] = max(0, lf - min(delay, lf))

    # write reports and true finds
    fidx = [0]
    found_rows = []

    for i, r in enumerate(reports):
        rec = r["rec"]
        rushed = (not r["true"]) and p(0.3)
        voice = ch(voices)
        if rushed:
            facts = []
            col = cw(rec["color"], "o")
            body = ch(["丢了个%s%s，在%s。", "%s%s，%s丢的", "%s的%s 地点%s 急"]) % (col, owner_kind(rec), ch(r["pl"][3]))
            o = {"body": body}
            if p(0.5):
                o["color"] = col
        else:
            facts = list(rec["facts"])
            R.shuffle(facts)
            facts = facts[:R.randint(1, len(facts))] if facts else []
            say_brand = bool(rec["brand"]) and p(0.75)
            if not facts:
                say_brand = bool(rec["brand"])
            say_serial = bool(rec["serial"]) and p(0.45 if rec["serial"][0] != "no" else 0.9)
            o = write_owner(rec, r["pl"], r["lf"], r["lt"], voice, p(0.5), facts, say_brand, say_serial)
        r["ofacts"] = facts
        key = "%s-L%04d" % (PFX, i + 1)
        row = {"key": key, "category": rec["cat"]}
        row.update(o)
        row["lost_from_min"] = r["lf"]
        row["lost_to_min"] = r["lt"]
        row["truth"] = None
        r["row"] = row
        lost.append(row)
        if r["true"]:
            assert facts, "a true owner states at least one visible fact"
            fpl = near_place(r["pl"]) if r["pl"][1] != "taxi" else r["pl"]
            ff = finder_facts(rec, facts)
            fo = write_finder(rec, fpl, r["fa"], ff, p(0.6))
            fcat = rec["cat"]
            alt = {"暖手宝": "other", "药袋": "bag", "零钱包": "bag", "卡包": "bag"}.get(rec["kind"][0])
            if cross_pairs < 4 and alt and p(0.5):
                fcat = alt
                cross_pairs += 1
            found_rows.append({"category": fcat, "fa": r["fa"], "o": fo, "truth_of": row})

    # negatives
    nf_reports = [r for r in reports if not r["true"]]
    tr_reports = [r for r in reports if r["true"]]
    neg_plan = [("twin", 24, nf_reports), ("twin", 16, tr_reports), ("decoy", 26, nf_reports), ("decoy", 14, tr_reports),
                ("before_loss", 20, None), ("brand_elsewhere", 20, None), ("unclaimed", 30, None)]
    for label, n, pool in neg_plan:
        for _ in range(n):
            if label in ("twin", "decoy"):
                r = ch(pool)
                if label == "twin":
                    while not (r["rec"]["brand"] or r["rec"]["serial"] or r["rec"]["cat"] in ("wallet", "id_doc", "cash")):
                        r = ch(pool)
                rec = r["rec"]
                if label == "twin":
                    force = {"color": rec["color"], "kind": rec["kind"], "kind_t": rec.get("kind_t"), "brand_t": rec["brand"],
                             "model_t": rec["model"], "exclude_facts": [f["id"] for f in rec["facts"]]}
                    force = {k: v for k, v in force.items() if v is not None}
                    nrec = MAKERS[rec["cat"]](force)
                    if rec["brand"] is None and nrec["brand"] is not None:
                        nrec["brand"] = None
                    assert nrec["serial"] is None or rec["serial"] is None or nrec["serial"][1] != rec["serial"][1]
                    assert nrec.get("owner") != rec.get("owner") or nrec.get("owner") is None
                    assert nrec.get("amount") != rec.get("amount") or nrec.get("amount") is None
                else:
                    for _t in range(50):
                        nrec = MAKERS[rec["cat"]]({"color": rec["color"], "exclude_facts": [f["id"] for f in rec["facts"]]})
                        if nrec["kind"][0] != rec["kind"][0] or (nrec["brand"] or [None])[0] != (rec["brand"] or [None])[0]:
                            break
                    nrec["color"] = rec["color"]
                pl = near_place(r["pl"]) if r["pl"][1] != "taxi" else r["pl"]
                fa = r["lf"] - R.randint(-180, 2880)
                fa = max(3, min(fa, 172800))
            elif label == "before_loss":
                r = ch(reports)
                rec = r["rec"]
                force = {"kind": rec["kind"], "kind_t": rec.get("kind_t"), "exclude_facts": [f["id"] for f in rec["facts"]]}
                force = {k: v for k, v in force.items() if v is not None}
                nrec = MAKERS[rec["cat"]](force)
                pl = near_place(r["pl"]) if p(0.6) else ch(PLACES)
                fa = min(172800, r["lf"] + R.randint(600, 30 * 1440))
            elif label == "brand_elsewhere":
                r = ch([x for x in reports if x["rec"]["brand"]])
                rec = r["rec"]
                for _t in range(50):
                    nrec = MAKERS[rec["cat"]]({"brand_t": rec["brand"], "exclude_facts": [f["id"] for f in rec["facts"]]} if rec["cat"] not in ("electronics", "other", "jewelry") else {"kind_t": rec.get("kind_t"), "brand_t": rec["brand"]})
                    if nrec["brand"] and nrec["brand"][0] == rec["brand"][0]:
                        break
                pl = far_place(r["pl"])
                fa = r["lf"] + ch([-1, 1]) * R.randint(5 * 1440, 25 * 1440)
                fa = max(3, min(fa, 172800))
            else:
                cat = ch(CAT_PLAN)
                nrec = MAKERS[cat]()
                pl = ch(places_in(zone_for(cat, nrec["kind"][0])))
                fa = mins(at_hour(R.randint(0, 60), pl[7]))
                fa = max(0, fa)
            ff = [f for f in nrec["facts"] if p(0.7)] or nrec["facts"][:1]
            fo = write_finder(nrec, pl, fa, ff, p(0.6))
            found_rows.append({"category": nrec["cat"], "fa": fa, "o": fo, "negative": label})

    R.shuffle(found_rows)
    for j, fr in enumerate(found_rows):
        key = "%s-F%04d" % (PFX, j + 1)
        row = {"key": key, "category": fr["category"]}
        row.update(fr["o"])
        row["found_at_min"] = fr["fa"]
        if "negative" in fr:
            row["negative"] = fr["negative"]
        else:
            fr["truth_of"]["truth"] = key
        found.append(row)

    # field order: keep body/times readable
    out = {"seed": SEED, "made_by": "tests/lostfound/make_set31.py", "parts": {"set31": {"found": found, "lost": lost}}}
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "set31.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote set31.json: %d lost (%d true), %d found, cross-category pairs %d"
          % (len(lost), sum(1 for x in lost if x["truth"]), len(found), cross_pairs))


if __name__ == "__main__":
    main()
