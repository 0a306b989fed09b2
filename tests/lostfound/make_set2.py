#!/usr/bin/env python3
"""make_set2.py — writes tests/lostfound/set2.json, the SECOND labelled lost-and-found set
(第二标注集): a judge of how the matcher generalises, never a set to tune on.

It was written apart from make_set.py on purpose, with other authorship habits, so that a
matcher fitted to make_set.py's habits shows it here:
  - another town (义乌-like coordinates and places), places named either as a landmark
    (小商品城国际商贸城二区东门) or as a street number (稠州北路388号), each side choosing;
  - three writing styles per registration, drawn independently for the owner and the finder:
    "fields" (brand, colour, model, serial and marks in their fields, a terse body such as
    "手机一部"), "body" (nothing in those fields: everything said in one free sentence) and
    "mixed";
  - brands and models make_set.py lacks or spells otherwise (Redmi K60, iQOO Neo7, 一加 11,
    荣耀 Magic5, ThinkPad T14, 大疆 Mini 4 Pro, 小牛 G2, 美利达 公爵 ...), written in Chinese,
    English, pinyin, with a typo or as a sub-brand (Redmi for 小米, iQOO for vivo);
  - colour words of fashion names: 藏青, 墨绿, 玫瑰金, 星空灰, 远峰蓝, 米白, 酒红, 冰川蓝 ...,
    against the family word the other side uses;
  - serials of other kinds and other ways of writing: a bank card's last four in Chinese
    numerals (尾号八八四二), a student number (学生证号), an e-bike's frame number (车架号) and
    motor number (电机号), a driving permit's file number (行驶证档案编号), a masked passport
    number (E12****78), an IMEI grouped by dashes;
  - times written loosely: a lost window of a whole afternoon or a whole day as often as an
    hour; the finding from within the window to five days later;
  - more never-found reports (about 36 %) and harder negatives: a "twin" of the same brand,
    model and colour with a different full serial near the same place and time; another
    student's card of the same school; the same model found before the loss began.

Deterministic (seed below). Times are minutes before the registration run.
Output: {"seed", "made_by", "parts": {"set2": {"found": [...], "lost": [...]}}} with the same
record fields as set.json (bench/lostfound.mjs reads both).
"""
import json
import random
import sys

SEED = 8_1207
rnd = random.Random(SEED)

# (landmark, street address, lat, lon, [other ways to name a place close by])
PLACES = [
    ("国际商贸城二区东门", "福田路105号", 29.3312, 120.1052, ["商贸城二区", "国际商贸城东门停车场", "二区市场入口"]),
    ("义乌火车站南广场", "诚信大道2号", 29.2890, 120.0530, ["火车站出站口", "义乌站广场", "火车站公交枢纽"]),
    ("绣湖公园", "绣湖西路1号", 29.3060, 120.0720, ["绣湖边上", "绣湖公园北门", "绣湖广场"]),
    ("宾王夜市", "宾王路218号", 29.3130, 120.0780, ["宾王市场", "夜市小吃街", "宾王路口"]),
    ("之江中学门口", "工人北路760号", 29.3210, 120.0690, ["之江中学", "学校门口文具店", "之江中学北侧"]),
    ("银泰城负一楼", "稠州北路388号", 29.3150, 120.0840, ["银泰城超市", "银泰城地下", "银泰城B1"]),
    ("中医院急诊", "江东中路266号", 29.2990, 120.0900, ["中医院门口", "中医院挂号大厅", "中医院停车场"]),
    ("江滨绿廊", "江滨北路", 29.2940, 120.0820, ["江边绿道", "江滨公园步道", "江滨路边长椅"]),
    ("篁园市场", "篁园路168号", 29.3260, 120.0920, ["篁园服装市场", "篁园市场南门", "篁园路市场"]),
    ("客运中心候车室", "江滨西路98号", 29.2960, 120.0610, ["汽车站", "客运中心售票处", "长途汽车站"]),
    ("稠城街道便民中心", "县前街1号", 29.3070, 120.0760, ["街道服务大厅", "便民服务中心", "县前街办事处"]),
    ("工人体育场", "工人西路33号", 29.3110, 120.0650, ["体育场跑道", "工人体育场看台", "体育场门口"]),
    ("24路公交车", "24路公交线路", 29.3100, 120.0800, ["24路车上", "公交24路后门", "24路公交"]),
    ("丹溪路快递驿站", "丹溪北路412号", 29.3190, 120.0960, ["菜鸟驿站", "丹溪路驿站", "快递点"]),
]

COLOURS = {  # family -> (owner's words, finder's words)
    "black": (["黑色", "曜夜黑", "深黑"], ["黑的", "黑色", "深色"]),
    "white": (["米白色", "白色", "奶白"], ["白色", "米白", "乳白色"]),
    "blue": (["藏青色", "远峰蓝", "冰川蓝", "天蓝色"], ["蓝色", "深蓝", "蓝的", "藏蓝色"]),
    "green": (["墨绿色", "薄荷绿", "军绿"], ["绿色", "深绿色", "墨绿"]),
    "red": (["酒红色", "正红", "大红"], ["红色", "暗红色", "红的"]),
    "gold": (["玫瑰金", "香槟色金", "金色"], ["金色", "金的", "玫瑰金色"]),
    "grey": (["星空灰", "银灰色", "深空灰"], ["灰色", "银色", "灰的"]),
    "purple": (["紫色", "香芋紫"], ["紫色", "淡紫"]),
    "pink": (["樱花粉", "粉色"], ["粉红色", "粉的"]),
}

# brand -> (owner's spellings, finder's spellings)
BRANDS = {
    "xiaomi": (["小米", "Redmi", "红米", "xiaomi"], ["Redmi", "小米", "MI", "XIAOMI", "晓米"]),
    "vivo": (["vivo", "iQOO", "步步高vivo"], ["VIVO", "iqoo", "维沃", "viv0"]),
    "oppo": (["OPPO", "oppo"], ["OPPO", "欧珀", "0PPO"]),
    "oneplus": (["一加", "OnePlus"], ["一加", "1+", "oneplus"]),
    "honor": (["荣耀", "honor"], ["HONOR", "荣耀", "榮耀", "rongyao"]),
    "huawei": (["华为", "HUAWEI"], ["华为", "Huawei", "华伟"]),
    "samsung": (["三星", "Samsung"], ["SAMSUNG", "三星", "sanxing"]),
    "apple": (["苹果", "iPhone"], ["apple", "苹果", "iphone"]),
    "lenovo": (["联想", "ThinkPad"], ["Lenovo", "thinkpad", "联想"]),
    "dji": (["大疆", "DJI"], ["DJI", "大疆"]),
    "sony": (["索尼", "SONY"], ["Sony", "索尼"]),
    "yadea": (["雅迪"], ["雅迪", "YADEA", "yadi"]),
    "aima": (["爱玛"], ["爱玛", "AIMA", "艾玛"]),
    "tailg": (["台铃"], ["台铃", "TAILG", "台玲"]),
    "niu": (["小牛", "小牛电动"], ["小牛", "NIU"]),
    "sunra": (["新日"], ["新日", "SUNRA"]),
    "giant": (["捷安特"], ["GIANT", "捷安特", "jieante"]),
    "merida": (["美利达"], ["MERIDA", "美利达", "美力达"]),
    "phoenix": (["凤凰"], ["凤凰", "PHOENIX"]),
}

MODELS = {
    "xiaomi": ["Redmi K60", "小米13", "Redmi Note 12"],
    "vivo": ["iQOO Neo7", "X90", "S16"],
    "oppo": ["Reno10", "Find X6", "A58"],
    "oneplus": ["一加11", "Ace 2"],
    "honor": ["Magic5", "荣耀90", "X50"],
    "huawei": ["P60", "nova 11", "Mate 50"],
    "samsung": ["Galaxy S23", "Galaxy Z Flip5"],
    "apple": ["iPhone 14 Pro", "iPhone 13", "iPhone 15"],
    "lenovo": ["ThinkPad T14", "ThinkPad X13", "小新Air 14"],
    "dji": ["Mini 4 Pro", "Osmo Pocket 3"],
    "sony": ["ZV-1", "WH-1000XM5"],
    "yadea": ["冠能G5", "DE2"],
    "aima": ["A500", "小魔鬼"],
    "tailg": ["超能S", "G3"],
    "niu": ["G2", "F100", "UQi"],
    "sunra": ["XC3", "RX"],
    "giant": ["ATX 660", "Escape 2"],
    "merida": ["公爵600", "挑战者300"],
    "phoenix": ["28寸老款", "城市通勤款"],
}

CATS = {  # category -> (weight, brands, kinds: (owner's noun, finder's noun))
    "phone": (24, ["xiaomi", "vivo", "oppo", "oneplus", "honor", "huawei", "samsung", "apple"],
              [("手机", "手机")]),
    "electronics": (10, ["lenovo", "dji", "sony", "xiaomi"],
                    [("笔记本", "笔记本电脑"), ("相机", "数码相机"), ("无人机", "航拍器"),
                     ("头戴耳机", "耳机")]),
    "wallet": (12, [None], [("钱包", "钱夹"), ("卡包", "卡夹")]),
    "id_doc": (13, [None], [("学生证", "学生证"), ("行驶证", "机动车行驶证"), ("护照", "护照"),
                            ("身份证", "身份证")]),
    "keys": (8, [None], [("钥匙", "一串钥匙")]),
    "ebike": (10, ["yadea", "aima", "tailg", "niu", "sunra"], [("电动车", "电瓶车")]),
    "bicycle": (7, ["giant", "merida", "phoenix"], [("自行车", "单车")]),
    "bag": (8, [None], [("斜挎包", "挎包"), ("帆布袋", "布袋"), ("旅行箱", "拉杆箱")]),
    "jewelry": (4, [None], [("银手镯", "手镯"), ("耳钉", "耳钉"), ("金戒指", "戒指")]),
    "other": (4, [None], [("保温杯", "杯子"), ("折叠伞", "雨伞"), ("太阳镜", "墨镜")]),
}

# marks: (owner's words, finder's words), per category
MARKS = {
    "phone": [("手机壳上印着一只橘猫", "外壳有猫咪图案"), ("屏幕左下角碎了", "屏幕左下有裂纹"),
              ("背面贴着钢化膜已经翘边", "背膜边缘翘起"), ("挂了一根紫色挂绳", "带紫色挂绳"),
              ("壳里夹着两张照片", "保护套里有照片两张"), ("摄像头旁边有个小凹坑", "镜头边有磕碰")],
    "electronics": [("外壳有一道长划痕", "机身有明显划痕"), ("贴了公司资产标签", "贴有资产编号标签"),
                    ("装在黑色收纳包里", "放在黑色收纳袋中"), ("左边耳罩皮掉了", "左耳罩破皮"),
                    ("桨叶有一片裂了", "一片桨叶有裂口")],
    "wallet": [("里面有身份证和两张银行卡", "内有身份证一张银行卡两张"), ("有一张驾驶证", "夹有驾驶证"),
               ("夹着一张小孩的照片", "有儿童照片一张"), ("有两百多块钱", "现金两百余元"),
               ("扣子坏了", "搭扣损坏")],
    "id_doc": [("套着透明卡套", "透明证件套"), ("证件背后写了电话", "背面有手写电话号码"),
               ("和一把钥匙挂在一起", "连着一把钥匙"), ("封皮有点破", "封皮破损")],
    "keys": [("挂着一个小熊猫公仔", "挂件是熊猫玩偶"), ("有一个蓝色门禁扣", "蓝色门禁卡扣一个"),
             ("有一把摩托车钥匙", "含摩托车钥匙"), ("钥匙圈上有开瓶器", "带开瓶器的钥匙圈"),
             ("一共五把钥匙", "钥匙五把")],
    "ebike": [("后座有个黑色尾箱", "后面装有黑色后备箱"), ("车头装了手机支架", "车把有手机架"),
              ("挡风被是格子的", "格子挡风被"), ("左边刹车把手断了", "左刹把损坏"),
              ("脚踏垫是红色的", "红色脚垫")],
    "bicycle": [("车铃是小黄鸭", "小黄鸭车铃"), ("后轮挡泥板掉了", "后挡泥板缺失"),
                ("车把缠了白色把带", "白色把带"), ("座椅用塑料袋套着", "座垫上套着塑料袋")],
    "bag": [("里面有一个充电宝", "内有充电宝一个"), ("挂着一个星星挂件", "有星形挂饰"),
            ("包里有几本会计书", "内有会计类书籍"), ("拉杆有点卡", "拉杆不太顺"),
            ("贴着托运标签", "有托运条")],
    "jewelry": [("内侧刻了名字缩写ZY", "内侧刻有ZY字母"), ("有一颗小钻", "镶一颗小钻"),
                ("装在丝绒小袋里", "丝绒袋装")],
    "other": [("杯身有个凹痕", "杯子有凹陷"), ("伞面是格子图案", "格子伞面"),
              ("镜框是玳瑁色的", "玳瑁纹镜框"), ("杯盖上贴了名字", "盖子贴有姓名")],
}

# marks that only fit one kind of object (a glasses frame is not a cup lid)
KIND_MARKS = {
    "保温杯": [("杯身有个凹痕", "杯子有凹陷"), ("杯盖上贴了名字", "盖子贴有姓名")],
    "折叠伞": [("伞面是格子图案", "格子伞面"), ("伞柄缠了胶布", "伞把上缠有胶布")],
    "太阳镜": [("镜框是玳瑁色的", "玳瑁纹镜框"), ("左边镜腿有点松", "左镜腿松动")],
    "旅行箱": [("拉杆有点卡", "拉杆不太顺"), ("贴着托运标签", "有托运条"), ("挂着一个星星挂件", "有星形挂饰")],
    "头戴耳机": [("左边耳罩皮掉了", "左耳罩破皮"), ("外壳有一道长划痕", "机身有明显划痕")],
    "无人机": [("桨叶有一片裂了", "一片桨叶有裂口"), ("装在黑色收纳包里", "放在黑色收纳袋中")],
    "笔记本": [("贴了公司资产标签", "贴有资产编号标签"), ("外壳有一道长划痕", "机身有明显划痕"),
              ("装在黑色收纳包里", "放在黑色收纳袋中")],
    "相机": [("外壳有一道长划痕", "机身有明显划痕"), ("贴了公司资产标签", "贴有资产编号标签")],
}
for _k in ("斜挎包", "帆布袋"):
    KIND_MARKS[_k] = [("里面有一个充电宝", "内有充电宝一个"), ("挂着一个星星挂件", "有星形挂饰"),
                      ("包里有几本会计书", "内有会计类书籍")]


def marks_pool(cat, kind):
    return KIND_MARKS.get(kind[0], MARKS[cat])


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾"
GIVEN = ["子涵", "浩然", "欣怡", "宇轩", "梓萱", "俊杰", "雨桐", "思远", "嘉怡", "一鸣",
         "佳琪", "明轩", "诗涵", "志强", "丽华", "建国", "晓燕", "文博", "若曦", "天佑"]
SCHOOLS = ["之江中学", "义乌中学", "工商学院", "稠州中学"]
CN_DIGITS = "零一二三四五六七八九"

OWNER_LOST = ["{when}在{p}丢了{n}", "{n}{when}落在{p}了", "{when}去{p}，回来发现{n}没了",
              "{p}遗失{n}一个", "{when}在{p}附近{n}不见了，可能是掉了"]
FINDER_FOUND = ["{p}拾到{n}", "路人在{p}捡到{n}后送来", "{p}的保安交来{n}", "环卫工在{p}拾得{n}",
                "{p}有人捡到{n}"]
WHEN = {"narrow": ["刚才", "今天十点左右", "中午"], "half": ["下午", "早上", "晚上"],
        "day": ["昨天", "前天", "那天"]}


def digits(n):
    return "".join(rnd.choice("0123456789") for _ in range(n))


def alnum(n):
    return "".join(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(n))


def luhn_imei():
    body = "35" + digits(12)
    s = 0
    for i, c in enumerate(body):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            d = d - 9 if d > 9 else d
        s += d
    return body + str((10 - s % 10) % 10)


def make_serial(cat, kind):
    """(serial kind, the true value) or None."""
    if cat == "phone":
        return ("imei", luhn_imei()) if rnd.random() < 0.55 else None
    if cat == "electronics":
        return ("sn", alnum(rnd.choice([11, 14]))) if rnd.random() < 0.5 else None
    if cat == "wallet":
        return ("card", "62170" + digits(14)) if rnd.random() < 0.55 else None
    if cat == "id_doc":
        if kind == "学生证":
            return ("student", "2023" + digits(6))
        if kind == "行驶证":
            return ("permit", "3307" + digits(8))
        if kind == "护照":
            return ("passport", "E" + digits(8))
        return ("id", "330782" + "%04d%02d%02d" % (rnd.randint(1960, 2008), rnd.randint(1, 12),
                                                  rnd.randint(1, 28)) + digits(3) + rnd.choice("0123456789X"))
    if cat == "ebike":
        r = rnd.random()
        if r < 0.4:
            return ("frame", "L" + alnum(16))
        if r < 0.65:
            return ("motor", alnum(4) + digits(8))
        return None
    if cat == "bicycle":
        return ("frame", alnum(3) + digits(7)) if rnd.random() < 0.5 else None
    return None


def cn_digits(s):
    return "".join(CN_DIGITS[int(c)] for c in s)


def write_serial(kind, v, side, style):
    """(field text, phrase for the body) — one way of writing a serial; may be partial."""
    r = rnd.random()
    if kind == "imei":
        if side == "lost":
            if r < 0.35:
                return v, "串号" + v
            if r < 0.6:
                return "-".join([v[:6], v[6:12], v[12:]]), "IMEI是" + "-".join([v[:6], v[6:12], v[12:]])
            return "后四位" + v[-4:], "串号后四位" + v[-4:]
        if r < 0.5:
            return "IMEI1:" + v, "卡槽上看到IMEI " + v
        return v[:8] + " " + v[8:], "串码" + v[:8] + " " + v[8:]
    if kind == "card":
        if side == "lost":
            if r < 0.5:
                return "尾号" + cn_digits(v[-4:]), "银行卡尾号" + cn_digits(v[-4:])
            return "尾号" + v[-4:], "有张卡尾号" + v[-4:]
        if r < 0.5:
            return " ".join(v[i:i + 4] for i in range(0, len(v), 4)), "有一张银行卡卡号" + v
        return v[:6] + "*******" + v[-4:], "银行卡号" + v[:6] + "*******" + v[-4:]
    if kind == "student":
        return ("学号" + v, "学号" + v) if r < 0.6 else (v, "学生证号" + v)
    if kind == "permit":
        return ("档案编号" + v, "行驶证档案编号" + v)
    if kind == "passport":
        if side == "lost":
            return v, "护照号" + v
        return v[:3] + "****" + v[-2:], "护照号码" + v[:3] + "****" + v[-2:]
    if kind == "id":
        if side == "lost":
            return (v, "身份证号" + v) if r < 0.5 else (v[:4] + "**********" + v[-4:], "身份证号" + v[:4] + "**********" + v[-4:])
        return (v[:6] + "********" + v[-4:], "证号" + v[:6] + "********" + v[-4:]) if r < 0.5 else (v, "证号" + v)
    if kind == "frame":
        if r < 0.5:
            return "车架号" + v, "车架号" + v
        return v[-6:], "车架号末六位" + v[-6:]
    if kind == "motor":
        return "电机号" + v, "电机号" + v
    if kind == "sn":
        return ("S/N " + v, "序列号" + v) if r < 0.6 else (v.lower(), "SN码" + v.lower())
    return v, v


def pick_cat():
    cats = list(CATS)
    return rnd.choices(cats, weights=[CATS[c][0] for c in cats])[0]


def make_object(cat=None, like=None):
    """The truth of one object; like: another object to copy category, brand, model, colour
    and kind from (a twin of another identity)."""
    cat = cat or (like["cat"] if like else pick_cat())
    if like:
        o = dict(like)
        o["serial"] = None
        if like["serial"] or rnd.random() < 0.5:
            while True:
                o["serial"] = make_serial(cat, o["kind"][0])
                if o["serial"] is None or like["serial"] is None or o["serial"][1] != like["serial"][1]:
                    break
            if o["serial"] is None and like["serial"]:
                o["serial"] = (like["serial"][0], like["serial"][1][:-5] + digits(5))
        pool = marks_pool(cat, o["kind"])
        o["marks"] = rnd.sample(pool, k=min(2, len(pool)))
        o["name"] = rnd.choice(SURNAMES) + rnd.choice(GIVEN)
        return o
    _, brands, kinds = CATS[cat]
    brand = rnd.choice(brands)
    kind = rnd.choice(kinds)
    o = {
        "cat": cat, "brand": brand, "model": rnd.choice(MODELS[brand]) if brand else None,
        "colour": rnd.choice(list(COLOURS)), "kind": kind,
        "serial": make_serial(cat, kind[0]),
        "marks": rnd.sample(marks_pool(cat, kind), k=min(rnd.choice([1, 2, 2, 3]), len(marks_pool(cat, kind)))),
        "place": rnd.choice(PLACES), "name": rnd.choice(SURNAMES) + rnd.choice(GIVEN),
        "school": rnd.choice(SCHOOLS),
    }
    return o


def brand_word(o, side):
    if not o["brand"]:
        return None
    return rnd.choice(BRANDS[o["brand"]][0 if side == "lost" else 1])


def colour_word(o, side):
    return rnd.choice(COLOURS[o["colour"]][0 if side == "lost" else 1])


def place_of(o, side, near):
    """(address text, lat, lon or None): the landmark or the street number, or a place close by."""
    lm, street, lat, lon, others = o["place"]
    r = rnd.random()
    if near and r < 0.35:
        text = rnd.choice(others)
    elif r < 0.7:
        text = lm
    else:
        text = street
    if rnd.random() < 0.6:
        jitter = 0.0012 if near else 0.0004
        return text, round(lat + rnd.uniform(-jitter, jitter), 6), round(lon + rnd.uniform(-jitter, jitter), 6)
    return text, None, None


def describe(o, side, when="", near=False):
    """One registration written from the truth o by the owner (lost) or the finder (found)."""
    style = rnd.choices(["fields", "body", "mixed"], weights=[3, 3, 4])[0]
    noun = o["kind"][0 if side == "lost" else 1]
    addr, lat, lon = place_of(o, side, near)
    rec = {"category": o["cat"], "address": addr}
    if lat is not None:
        rec["lat"], rec["lon"] = lat, lon
    bw = brand_word(o, side)
    cw = colour_word(o, side) if rnd.random() < 0.85 else None
    model = o["model"] if o["model"] and rnd.random() < (0.6 if side == "lost" else 0.4) else None
    ser = None
    if o["serial"] and o["serial"][1]:
        # the finder of a locked phone rarely reads the IMEI; the owner of a card knows its tail
        p = 0.45 if (side == "found" and o["cat"] == "phone") else 0.8
        if rnd.random() < p:
            ser = write_serial(o["serial"][0], o["serial"][1], side, style)
    marks = [m[0 if side == "lost" else 1] for m in o["marks"] if rnd.random() < 0.7]
    who = ""
    if o["cat"] in ("id_doc", "wallet") and rnd.random() < 0.6:
        who = ("姓名" if side == "found" else "名字是") + o["name"]
        if o["kind"][0] == "学生证":
            who = o["school"] + who
    tmpl = rnd.choice(OWNER_LOST if side == "lost" else FINDER_FOUND)
    if style == "fields":
        rec["body"] = rnd.choice([noun + "一个", noun + "一件", noun, "丢失" + noun if side == "lost" else "拾得" + noun])
        if who:
            rec["body"] += "，" + who
        if bw:
            rec["brand"] = bw
        if cw:
            rec["color"] = cw
        if model:
            rec["model"] = model
        if ser:
            rec["serial"] = ser[0]
        if marks:
            rec["marks"] = "；".join(marks)
    elif style == "body":
        desc = (cw or "") + ("的" if cw and not cw.endswith("的") and rnd.random() < 0.5 else "") + (bw or "") + (model or "") + noun
        parts = [tmpl.format(p=addr, n=desc, when=when)]
        if ser:
            parts.append(ser[1])
        if who:
            parts.append(who)
        parts += marks
        rec["body"] = "，".join(parts) + "。"
    else:
        desc = (bw or "") + noun
        parts = [tmpl.format(p=addr, n=desc, when=when)]
        if cw:
            parts.append("颜色是" + cw if rnd.random() < 0.5 or cw.endswith("的") else cw + "的")
        if who:
            parts.append(who)
        rec["body"] = "，".join(parts) + "。"
        if model and rnd.random() < 0.5:
            rec["model"] = model
        elif model:
            rec["body"] = rec["body"][:-1] + "，型号" + model + "。"
        if ser:
            if rnd.random() < 0.5:
                rec["serial"] = ser[0]
            else:
                rec["body"] = rec["body"][:-1] + "，" + ser[1] + "。"
        if marks:
            rec["marks"] = "；".join(marks)
    return rec


def lost_window():
    """(lost_from_min, lost_to_min, words): minutes before the run; loosely written windows."""
    end = rnd.randint(600, 80000)
    kind = rnd.choices(["narrow", "half", "day"], weights=[4, 4, 2])[0]
    width = {"narrow": rnd.randint(20, 90), "half": rnd.randint(180, 360),
             "day": rnd.randint(900, 1440)}[kind]
    return end + width, end, rnd.choice(WHEN[kind])


def main():
    found, lost = [], []
    nf = nl = nn = 0

    def add_found(rec, note=None):
        nonlocal nf
        nf += 1
        rec["key"] = "S-F%04d" % nf
        if note:
            rec["negative"] = note
        found.append(rec)
        return rec["key"]

    objects = []
    # true pairs
    for _ in range(170):
        o = make_object()
        lf, lt, when = lost_window()
        # found from inside the window (loosely remembered) to five days after it
        r = rnd.random()
        if r < 0.25:
            fa = rnd.randint(lt, lf)
        elif r < 0.8:
            fa = lt - rnd.randint(10, 24 * 60)
        else:
            fa = lt - rnd.randint(24 * 60, 5 * 24 * 60)
        fa = max(fa, 1)
        f = describe(o, "found", near=True)
        f["found_at_min"] = fa
        fkey = add_found(f)
        l = describe(o, "lost", when=when)
        l.update({"lost_from_min": lf, "lost_to_min": lt, "truth": fkey})
        nl += 1
        l["key"] = "S-L%04d" % nl
        lost.append(l)
        objects.append((o, lf, lt, fa))
    # twins: the same brand, model and colour, another object (another serial, other marks),
    # near the same place and time
    for o, lf, lt, fa in rnd.sample(objects, 60):
        if o["brand"] is None and o["cat"] not in ("id_doc",):
            continue
        t = make_object(like=o)
        f = describe(t, "found", near=True)
        f["found_at_min"] = max(1, lt - rnd.randint(-30, 36 * 60))
        add_found(f, "twin: same brand, model and colour, another object")
    # never-found reports, most with a decoy of the same kind found near
    for _ in range(95):
        o = make_object()
        lf, lt, when = lost_window()
        l = describe(o, "lost", when=when)
        nn += 1
        l.update({"lost_from_min": lf, "lost_to_min": lt, "truth": None, "key": "S-N%04d" % nn})
        lost.append(l)
        r = rnd.random()
        if r < 0.55:
            t = make_object(like=o)
            f = describe(t, "found", near=True)
            f["found_at_min"] = max(1, lt - rnd.randint(0, 48 * 60))
            add_found(f, "decoy: same kind near, another object")
        elif r < 0.8:
            t = make_object(like=o)   # the same model and colour, found before the loss
            f = describe(t, "found", near=True)
            f["found_at_min"] = lf + rnd.randint(120, 3 * 24 * 60)
            add_found(f, "found before the loss began")
    # unclaimed found items over three months
    for _ in range(90):
        o = make_object()
        f = describe(o, "found")
        f["found_at_min"] = rnd.randint(60, 130000)
        add_found(f, "unclaimed")
    # registration order must not tell the answer
    rnd.shuffle(found)
    rnd.shuffle(lost)
    out = {"seed": SEED, "made_by": "tests/lostfound/make_set2.py",
           "parts": {"set2": {"found": found, "lost": lost}}}
    path = sys.argv[1] if len(sys.argv) > 1 else "tests/lostfound/set2.json"
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=0)
        fh.write("\n")
    nt = sum(1 for x in lost if x["truth"])
    print(f"set2: {len(lost)} lost reports ({nt} with a true match, {len(lost) - nt} never found), "
          f"{len(found)} found items")


if __name__ == "__main__":
    main()
