# -*- coding: utf-8 -*-
"""set105 hidden truth records: one invented object per call.

An object record holds everything that is true about the thing; the lost and
found registrations are later written from it separately, each side seeing only
what that person could know.  vis = visible marks as (owner wording, finder
wording); hid = things only the owner knows; contents = (owner, finder)."""

import set105_world as W

# ---------------------------------------------------------------- numbers

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(s17):
    return ID_C[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


def make_id(R, region, year, female=None):
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    seq = R.randint(10, 99)
    if female is None:
        female = R.random() < 0.5
    sx = R.choice([0, 2, 4, 6, 8]) if female else R.choice([1, 3, 5, 7, 9])
    s17 = "%s%04d%02d%02d%02d%d" % (region, year, m, d, seq, sx)
    return s17 + id_check(s17)


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str((10 - tot % 10) % 10)


def make_imei(R):
    tac = R.choice(["86", "35", "86", "86"]) + "".join(R.choice("0123456789") for _ in range(6))
    s14 = tac + "".join(R.choice("0123456789") for _ in range(6))
    return s14 + luhn_digit(s14)


ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def rstr(R, n, chars=ALNUM):
    return "".join(R.choice(chars) for _ in range(n))


def digits(R, n):
    return "".join(R.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- people

def make_person(R, origin=None, age_band=None):
    if origin is None:
        origin = R.choices(["harbin", "beijing", "chengdu", "local", "houniao", "other"], [22, 18, 18, 16, 16, 10])[0]
    city, regions, voice = W.ORIGINS[origin]
    region = R.choice(regions)
    if origin == "houniao":
        year = R.randint(1946, 1962)
        city = W.HOUNIAO_CITY.get(region, "东北")
    elif age_band == "child":
        year = R.randint(2010, 2018)
    elif age_band == "old" or (origin == "local" and R.random() < 0.35):
        year = R.randint(1945, 1962)
    else:
        year = R.randint(1968, 2006)
    sur = R.choice(W.HAINAN_SURNAMES) if origin == "local" and R.random() < 0.7 else R.choice(W.SURNAMES)
    given = R.choice(W.GIVEN) + (R.choice(W.GIVEN) if R.random() < 0.7 else "")
    female = R.random() < 0.5
    return {"name": sur + given, "sur": sur, "origin": origin, "city": city, "region": region,
            "year": year, "female": female, "voice": voice,
            "id": make_id(R, region, year, female), "old": year <= 1962,
            "tel4": digits(R, 4)}


# ---------------------------------------------------------------- helpers

def col(R, choices, force):
    return force if force else R.choice(choices)


def brand_of(R, choices, force):
    if force and force in choices:
        return force
    return R.choice(choices)


def some(R, lst, k_lo, k_hi):
    k = min(len(lst), R.randint(k_lo, k_hi))
    return R.sample(lst, k)


CASES = [("透明手机壳", "透明保护壳"), ("黑色硅胶软壳", "黑色软壳"), ("粉色小熊图案的壳", "粉色卡通小熊手机壳"),
         ("奥特曼的手机壳", "卡通人物（奥特曼）手机壳"), ("皮的翻盖保护套", "翻盖皮套"), ("壳后面贴了个椰子树贴纸", "背面有椰树贴纸"),
         ("带挂绳的手机壳，挂绳是蓝色的", "手机壳带蓝色挂绳"), ("磨砂的蓝色壳", "蓝色磨砂壳"), ("壳上印着冰墩墩", "手机壳印有熊猫卡通图案"),
         ("壳里面夹着一张公交卡", "手机壳内夹有一张交通卡"), ("大熊猫图案的壳", "熊猫图案手机壳")]
SCREENS = [("屏幕右上角碎了", "屏幕右上角有裂痕"), ("屏幕左下角有一道裂纹", "屏幕左下有裂纹"), ("贴了钢化膜，膜边上翘起来了", "钢化膜边缘翘起"),
           ("后盖摔裂了一块", "后盖有破损"), ("边框有磕碰掉漆", "边框掉漆")]
LOCKS = [("锁屏是我闺女的照片", "锁屏壁纸为一小女孩照片"), ("锁屏是全家福", "锁屏为多人合影照片"), ("锁屏是冰雪大世界拍的冰灯", "锁屏壁纸为冰雕夜景"),
         ("锁屏是一只橘猫", "锁屏为橘色猫咪图片"), ("锁屏是大海的图", "锁屏壁纸为海景"), ("锁屏是熊猫", "锁屏为熊猫图片"),
         ("锁屏是我和老伴的合影", "锁屏为一对老年人合影"), ("锁屏是我儿子穿校服的照片", "锁屏为男孩照片"), ("锁屏是个动漫人物", "锁屏为动漫图片")]

PHONE_MODELS = {
    "huawei": ["Mate 68 Pro", "Mate 68", "nova 15", "Pura 90", "畅享 75", "Mate X7"],
    "apple": ["iPhone 17 Pro", "iPhone 17", "iPhone 16 Plus", "iPhone 17 Pro Max", "iPhone 15"],
    "xiaomi": ["小米 16", "Redmi K90", "Redmi Note 15", "小米 16 Ultra"],
    "oppo": ["Reno 15", "Find X9", "A5 Pro"],
    "vivo": ["X 300", "S 21", "Y 200"],
    "honor": ["Magic 8", "荣耀 400", "X 70"],
    "samsung": ["Galaxy S26", "Galaxy A57", "Galaxy Z Flip 8"],
    "zte": ["老人机 K8"],
}


def gen_phone(R, force_color=None, force_brand=None, person=None):
    old = person and person["old"]
    if old and not force_brand and R.random() < 0.3:
        brand = "zte"
    else:
        brand = brand_of(R, ["huawei", "huawei", "apple", "apple", "xiaomi", "oppo", "vivo", "honor", "samsung"], force_brand)
    model = R.choice(PHONE_MODELS[brand])
    color = col(R, ["black", "black", "white", "blue", "gold", "silver", "purple", "green", "pink", "grey"], force_color)
    vis = []
    if R.random() < 0.75:
        vis.append(R.choice(CASES))
    if R.random() < 0.35:
        vis.append(R.choice(SCREENS))
    lock = R.choice(LOCKS) if R.random() < 0.7 else None
    hid = some(R, ["密码是孩子生日", "里面有微信和支付宝", "手机里有工作群的资料", "装了一张移动卡", "手机里好多过年拍的照片和视频",
                   "开着定位但是已经关机了", "打过去一开始还响后来就关机了", "电量不多了"], 1, 2)
    return {"cat": "phone", "kind": "手机", "nouns": ["手机", "手机", "智能手机", "电话"] if not old else ["手机", "老人机", "电话"],
            "brand": brand, "model": model, "color": color,
            "serial": {"kind": "imei", "value": make_imei(R)}, "owner_serial_p": 0.3, "finder_serial_p": 0.15,
            "vis": vis, "lock": lock, "hid": hid, "contents": [], "cash": None}


def gen_id_doc(R, force_color=None, force_brand=None, person=None):
    kind = R.choices(["身份证", "护照", "驾驶证", "港澳通行证", "学生证", "老年证", "社保卡"], [40, 14, 12, 6, 8, 10, 10])[0]
    p = person
    vis, hid = [], []
    color = None
    serial = None
    nouns = [kind]
    if kind == "身份证":
        serial = {"kind": "idcard", "value": p["id"]}
        nouns = ["身份证", "居民身份证", "身份证", "二代身份证"]
        if R.random() < 0.3:
            vis.append(("身份证套了个透明卡套", "外有透明卡套"))
    elif kind == "护照":
        serial = {"kind": "passport", "value": "E" + digits(R, 8)}
        color = "red"
        nouns = ["护照", "中国护照", "因私护照"]
        if R.random() < 0.4:
            vis.append(("护照夹着登机牌", "内夹登机牌一张"))
        if R.random() < 0.3:
            vis.append(("外面有个蓝色护照套", "有蓝色护照套"))
    elif kind == "驾驶证":
        serial = {"kind": "idcard", "value": p["id"]}
        nouns = ["驾驶证", "驾照", "机动车驾驶证"]
        color = R.choice(["black", "brown", None])
    elif kind == "港澳通行证":
        serial = {"kind": "hkmo", "value": "C" + rstr(R, 8, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")}
        nouns = ["港澳通行证", "往来港澳通行证", "港澳通行证卡"]
    elif kind == "学生证":
        school = R.choice(["哈尔滨某中学", "北京市第九十七中学", "成都七中初中部", "鹿湾市实验小学", "黑龙江某大学", "四川某职业学院"])
        serial = {"kind": "student", "value": "20" + digits(R, 8)}
        nouns = ["学生证", "学生卡"]
        color = R.choice(["red", "blue", "green"])
        vis.append(("是%s的" % school, "学校名：%s" % school))
    elif kind == "老年证":
        serial = {"kind": "idcard", "value": p["id"]}
        nouns = ["老年证", "老年优待证", "老年人优待证"]
        color = R.choice(["red", "brown"])
    else:
        serial = {"kind": "idcard", "value": p["id"]}
        nouns = ["社保卡", "社会保障卡", "医保卡"]
        vis.append(("社保卡是%s发的" % p["city"], "%s社会保障卡" % p["city"]))
    if R.random() < 0.3 and kind not in ("护照",):
        vis.append(R.choice([("和一张银行卡放一起用皮筋扎着", "另有银行卡一张，用皮筋扎在一起"),
                             ("夹在一个小卡包里", "装在小卡包内"),
                             ("还有一张酒店房卡", "附酒店房卡一张")]))
    return {"cat": "id_doc", "kind": kind, "nouns": nouns, "brand": None, "model": None, "color": color,
            "serial": serial, "owner_serial_p": 0.55, "finder_serial_p": 0.85, "name_visible": True,
            "vis": vis, "lock": None, "hid": hid, "contents": [], "cash": None}


BANK_BINS = ["6222", "6217", "6228", "6230", "6214", "6212", "6259", "6226"]
BANK_NAMES = ["工商银行", "建设银行", "农业银行", "中国银行", "招商银行", "交通银行", "哈尔滨银行", "成都银行", "海南农信"]


def card(R):
    return {"bin": R.choice(BANK_BINS), "tail": digits(R, 4), "bank": R.choice(BANK_NAMES)}


def gen_wallet(R, force_color=None, force_brand=None, person=None):
    kind = R.choice(["长款钱包", "短款钱包", "卡包", "零钱包", "男士钱包", "女士长钱包"])
    brand = brand_of(R, ["septwolves", "goldlion", "coach", "lv", None, None, None], force_brand)
    color = col(R, ["black", "black", "brown", "red", "pink", "blue", "grey", "white"], force_color)
    cash = R.choice([0, 0, 50, 120, 200, 380, 500, 650, 800, 1200, 1500, 2600, 3000])
    cards = [card(R) for _ in range(R.randint(0, 3))]
    contents = []
    serial = None
    has_id = R.random() < 0.5
    if has_id:
        contents.append(("身份证", "居民身份证一张（姓名%s）" % person["name"]))
        serial = {"kind": "idcard", "value": person["id"]}
    for c in cards:
        contents.append(("%s卡尾号%s" % (c["bank"], c["tail"]), "%s卡一张（%s****%s）" % (c["bank"], c["bin"], c["tail"])))
    if cards and not has_id:
        serial = {"kind": "bankcard", "value": cards[0]["bin"] + cards[0]["tail"], "bank": cards[0]["bank"]}
    extra = some(R, [("孩子的照片", "一寸照片一张"), ("几张超市小票", "购物小票若干"), ("一个平安符", "平安符一个"), ("驾驶证", "驾驶证一本"),
                     ("酒店的房卡", "酒店房卡一张"), ("免税店的提货单", "免税品提货凭证"), ("一张老年证", "老年优待证一张"), ("一个红包", "红包一个")], 0, 2)
    contents += extra
    vis = []
    if R.random() < 0.4:
        vis.append(R.choice([("边角磨得发白了", "边角磨损"), ("拉链坏了", "拉链损坏"), ("上面有个金属扣", "有金属搭扣"),
                             ("挂着个小铃铛", "挂有小铃铛"), ("皮子有点掉色", "表面掉色")]))
    alt = "id_doc" if (kind == "卡包" and has_id) else None
    return {"cat": "wallet", "kind": kind, "nouns": [kind, "钱包", "皮夹", "钱夹"] if kind != "卡包" else ["卡包", "卡套", "证件卡包"],
            "brand": brand, "model": None, "color": color, "serial": serial, "owner_serial_p": 0.45, "finder_serial_p": 0.7,
            "name_visible": has_id, "vis": vis, "lock": None, "hid": [], "contents": contents, "cash": cash, "alt_cat": alt}


CHARMS = [("椰子挂件", "椰子造型挂件"), ("小熊挂件", "卡通小熊挂饰"), ("冰雪大世界的纪念钥匙扣", "冰雕图案钥匙扣"), ("大熊猫钥匙扣", "熊猫钥匙扣"),
          ("故宫的钥匙扣", "宫殿图案钥匙扣"), ("红色平安符", "红色平安符"), ("一个指甲刀", "指甲刀一把"), ("一个开瓶器", "开瓶器一个"),
          ("贝壳挂件", "贝壳挂饰"), ("福字挂件", "福字挂饰")]


def gen_keys(R, force_color=None, force_brand=None, person=None):
    kind = R.choices(["家门钥匙", "酒店房卡", "车钥匙", "电动车钥匙", "门禁卡钥匙"], [35, 15, 15, 15, 20])[0]
    brand, model, serial, color = None, None, None, None
    vis = []
    hid = []
    nouns = ["钥匙", "一串钥匙", "钥匙串"]
    alt = None
    if kind == "家门钥匙":
        n = R.randint(2, 6)
        vis.append(("%d把钥匙" % n, "钥匙%d把" % n))
        vis.append(R.choice(CHARMS))
        color = col(R, ["silver", "gold", "red", "black"], force_color)
        if R.random() < 0.3:
            vis.append(("还有个钥匙包", "装在钥匙包内"))
            alt = "wallet"
        hid.append(R.choice(["是金椰花园租的房子的钥匙", "有一把是防盗门的", "有一把是信箱钥匙", "是老家的钥匙，回去要用"]))
    elif kind == "酒店房卡":
        hotel = R.choice(["海韵大酒店", "蓝湾度假酒店", "椰风海景民宿", "鹿湾假日公寓"])
        room = "%d%02d" % (R.randint(2, 18), R.randint(1, 40))
        serial = {"kind": "room", "value": room}
        nouns = ["房卡", "酒店房卡", "门卡"]
        color = col(R, ["white", "blue", "black", "gold"], force_color)
        vis.append(("%s的房卡" % hotel, "卡面印有%s字样" % hotel))
        if R.random() < 0.5:
            vis.append(("装在卡套里，卡套上写着房号", "卡套手写房号"))
    elif kind == "车钥匙":
        brand = brand_of(R, ["byd", "toyota", "byd"], force_brand)
        plate = "琼B" + R.choice("DF") + digits(R, 5)
        serial = {"kind": "carplate", "value": plate}
        nouns = ["车钥匙", "汽车钥匙", "租车钥匙"]
        color = col(R, ["black", "silver"], force_color)
        vis.append(("钥匙上挂着租车公司的牌子写着车牌", "挂有租车公司号牌吊牌"))
        hid.append("车是在租车平台上租的")
    elif kind == "电动车钥匙":
        brand = brand_of(R, ["yadea", "aima", "niu", "tailg"], force_brand)
        nouns = ["电动车钥匙", "电瓶车钥匙", "小电驴钥匙"]
        color = col(R, ["black", "red", "blue"], force_color)
        vis.append(R.choice([("挂着租车行的号码牌", "挂有租车行编号牌"), ("带一个遥控器", "带防盗遥控器"), ("钥匙圈是绿色的", "绿色钥匙圈")]))
    else:
        n = R.randint(1, 4)
        vis.append(("%d把钥匙加一个门禁卡" % n, "钥匙%d把、门禁卡一张" % n))
        color = col(R, ["blue", "red", "green", "yellow", "black"], force_color)
        vis.append(("门禁卡是%s的" % W.COLORS[color][1], "%s门禁卡" % W.COLORS[color][1]))
        if R.random() < 0.5:
            vis.append(R.choice(CHARMS))
        hid.append("是金椰花园的门禁")
    return {"cat": "keys", "kind": kind, "nouns": nouns, "brand": brand, "model": model, "color": color,
            "serial": serial, "owner_serial_p": 0.7, "finder_serial_p": 0.6, "vis": vis, "lock": None,
            "hid": hid, "contents": [], "cash": None, "alt_cat": alt}


def gen_bag(R, force_color=None, force_brand=None, person=None):
    kind = R.choice(["双肩包", "斜挎包", "沙滩包", "拉杆箱", "腰包", "儿童书包", "购物袋", "手提包"])
    brands = {"双肩包": ["tnf", "decathlon", "anta", "xiaomi", None], "斜挎包": ["coach", "anta", None, "lv"],
              "沙滩包": [None, None, "decathlon"], "拉杆箱": ["samsonite", "samsonite", "xiaomi", None],
              "腰包": ["anta", "decathlon", None], "儿童书包": [None, "decathlon"], "购物袋": [None],
              "手提包": ["coach", "lv", None]}[kind]
    brand = brand_of(R, brands, force_brand)
    color = col(R, ["black", "black", "blue", "grey", "pink", "red", "green", "white", "yellow", "brown"], force_color)
    nouns = {"双肩包": ["双肩包", "背包", "书包"], "斜挎包": ["斜挎包", "挎包", "小包"], "沙滩包": ["沙滩包", "草编包", "编织包"],
             "拉杆箱": ["拉杆箱", "行李箱", "箱子"], "腰包": ["腰包", "胸包", "小腰包"], "儿童书包": ["儿童书包", "小孩的书包", "小书包"],
             "购物袋": ["免税店购物袋", "免税袋", "购物袋"], "手提包": ["手提包", "包", "女包"]}[kind]
    pool = [("一件防晒衣", "防晒衣一件"), ("两瓶防晒霜", "防晒霜两瓶"), ("一个充电宝", "充电宝一个"), ("孩子的泳衣泳镜", "儿童泳衣、泳镜"),
            ("一把遮阳伞", "遮阳伞一把"), ("几包纸巾", "纸巾若干"), ("一本书", "书籍一本"), ("平板电脑", "平板电脑一台"),
            ("药盒，降压药", "药品（降压药）一盒"), ("换洗衣服", "衣物若干"), ("几包椰子糖", "椰子糖数包"), ("一条香烟", "香烟一条"),
            ("两盒面霜", "护肤品（面霜）两盒"), ("一瓶香水", "香水一瓶"), ("水杯", "水杯一个"), ("拖鞋", "拖鞋一双"), ("帽子", "遮阳帽一顶")]
    contents = some(R, pool, 1, 4)
    vis = []
    serial = None
    owner = person
    if kind == "拉杆箱":
        size = R.choice(["20寸", "24寸", "26寸", "28寸"])
        vis.append(("%s的" % size, "%s" % size))
        if R.random() < 0.6:
            tag = "LW" + digits(R, 6)
            serial = {"kind": "tag", "value": tag}
            vis.append(("箱子上挂着托运行李牌", "挂有行李牌"))
    if R.random() < 0.4:
        vis.append(R.choice([("包上挂着个小黄鸭", "挂有小黄鸭挂件"), ("侧面有个破洞", "侧面有破损"), ("带子用别针别着", "背带有别针"),
                             ("上面写着孩子名字", "包上写有姓名"), ("绑着一条红丝带", "系有红丝带"), ("贴满了贴纸", "表面贴有多张贴纸")]))
    cash = None
    if R.random() < 0.25:
        cash = R.choice([200, 500, 800, 1000, 1500])
        contents.append(("包里还有%d块钱现金" % cash, "现金%d元" % cash))
    if R.random() < 0.3:
        contents.append(("我的身份证", "身份证一张（姓名%s）" % owner["name"]))
        serial = serial or {"kind": "idcard", "value": owner["id"]}
    return {"cat": "bag", "kind": kind, "nouns": nouns, "brand": brand, "model": None, "color": color,
            "serial": serial, "owner_serial_p": 0.5, "finder_serial_p": 0.7, "name_visible": serial is not None and serial["kind"] == "idcard",
            "vis": vis, "lock": None, "hid": [], "contents": contents, "cash": cash}


ELEC = [
    ("耳机", "apple", ["AirPods Pro 第三代", "AirPods 4"], ["蓝牙耳机", "无线耳机", "耳机", "AirPods"], ["white"]),
    ("耳机", "huawei", ["FreeBuds Pro 5", "FreeBuds 7"], ["蓝牙耳机", "无线耳机", "耳机"], ["white", "black", "silver"]),
    ("相机", "canon", ["EOS R60", "G7X Mark V"], ["相机", "照相机", "数码相机"], ["black"]),
    ("相机", "sony", ["ZV-E20", "RX100 M9"], ["相机", "微单相机", "照相机"], ["black", "silver"]),
    ("运动相机", "dji", ["Osmo Pocket 5", "Osmo Action 6"], ["运动相机", "云台相机", "口袋相机"], ["black", "grey"]),
    ("运动相机", "gopro", ["HERO 15", "HERO 14 Black"], ["运动相机", "防水相机"], ["black"]),
    ("平板", "apple", ["iPad Air 7", "iPad mini 8"], ["平板", "平板电脑", "iPad"], ["grey", "silver", "purple", "blue"]),
    ("平板", "huawei", ["MatePad 13", "MatePad Air 3"], ["平板", "平板电脑"], ["grey", "white"]),
    ("游戏机", "nintendo", ["Switch 2", "Switch OLED"], ["游戏机", "掌机", "switch游戏机"], ["black", "red", "white"]),
    ("充电宝", "anker", ["PowerCore 20K", "Nano 10000"], ["充电宝", "移动电源"], ["black", "white", "blue"]),
    ("充电宝", "romoss", ["PAC20", "Sense 10"], ["充电宝", "移动电源"], ["white", "black"]),
    ("儿童手表", "xtc", ["Z12", "Q5 Pro"], ["儿童电话手表", "电话手表", "小孩手表"], ["pink", "blue", "purple", "green"]),
    ("手表", "huawei", ["Watch GT 7", "Watch 6"], ["智能手表", "手表", "运动手表"], ["black", "brown", "silver"]),
    ("无人机", "dji", ["Mini 6 Pro", "Air 4S"], ["无人机", "航拍机"], ["grey", "white"]),
]


def gen_electronics(R, force_color=None, force_brand=None, person=None):
    cands = ELEC
    if force_brand:
        f = [e for e in ELEC if e[1] == force_brand]
        cands = f or ELEC
    kind, brand, models, nouns, colors = R.choice(cands)
    color = force_color if force_color else R.choice(colors)
    model = R.choice(models)
    sn = rstr(R, R.choice([10, 12]))
    vis, hid = [], []
    if kind == "耳机":
        vis.append(R.choice([("充电盒上刻了字母", "充电仓有刻字"), ("装在一个透明保护套里", "外有透明保护套"), ("保护套是恐龙造型", "恐龙造型保护套"),
                             ("盒子上有划痕", "充电仓有划痕"), ("只有充电盒和左耳", "仅充电仓及左耳")]))
    elif kind in ("相机", "运动相机"):
        vis.append(R.choice([("挂着红色挂绳", "红色挂绳"), ("镜头盖丢了", "无镜头盖"), ("贴着我名字缩写的贴纸", "贴有字母贴纸"),
                             ("装在灰色相机包里", "装于灰色相机包内"), ("带自拍杆", "附自拍杆")]))
        hid.append(R.choice(["里面有一张存储卡，全是这次旅游拍的", "卡里有孩子在沙滩的视频", "存储卡是64G的"]))
    elif kind == "儿童手表":
        vis.append(R.choice([("表带上写着孩子名字", "表带写有姓名"), ("表盘是小猪佩奇的", "表盘为卡通图案"), ("屏幕有划痕", "屏幕有划痕")]))
        hid.append("孩子今年%d岁" % R.randint(5, 11))
    elif kind == "平板":
        vis.append(R.choice([("带键盘套", "附键盘保护套"), ("套着个卡通保护套", "卡通保护套"), ("背面贴着姓名贴", "背面贴有姓名贴")]))
        hid.append("里面下载了孩子看的动画片")
    else:
        if R.random() < 0.5:
            vis.append(R.choice([("有个贴纸", "表面有贴纸"), ("角上有磕碰", "边角有磕碰"), ("带着充电线", "附数据线")]))
    alt = "other" if kind in ("儿童手表",) and R.random() < 0.5 else None
    return {"cat": "electronics", "kind": kind, "nouns": nouns, "brand": brand, "model": model, "color": color,
            "serial": {"kind": "sn", "value": sn}, "owner_serial_p": 0.2, "finder_serial_p": 0.35,
            "vis": vis, "lock": None, "hid": hid, "contents": [], "cash": None, "alt_cat": alt}


def gen_ebike(R, force_color=None, force_brand=None, person=None):
    brand = brand_of(R, ["yadea", "yadea", "aima", "niu", "tailg", "ninebot"], force_brand)
    models = {"yadea": ["冠能 G7", "DE8", "欧睿 E10"], "aima": ["小蜜豆 A3", "MA500"], "niu": ["UQi+", "G400", "NQi"],
              "tailg": ["超能 S2", "TDT1180Z"], "ninebot": ["F90", "E120C"]}[brand]
    model = R.choice(models)
    color = col(R, ["white", "black", "blue", "red", "grey", "green", "yellow", "pink"], force_color)
    rental = R.random() < 0.6
    plate = "琼B" + R.choice("ACDEFG") + digits(R, 4)
    frame = R.choice(["LYD", "AMA", "NIU", "TLG", "NBT"]) + digits(R, 2) + R.choice("ABCDEFGH") + digits(R, 6)
    vis = [("车牌%s" % plate, "号牌%s" % plate)]
    if rental:
        no = "LW-%04d" % R.randint(1, 2999)
        vis.append(("车是在椰城租车租的，车上贴着编号%s" % no, "车身贴有租车行编号%s" % no))
    vis.append(R.choice([("后面有个黑色后备箱", "后置黑色尾箱"), ("脚踏板上放着一个头盔", "踏板处有头盔一个"), ("车筐是铁的", "前置铁车筐"),
                         ("座垫破了用胶带缠着", "坐垫破损缠有胶带"), ("挂着雨披", "挂有雨披"), ("后视镜少了一个", "缺一侧后视镜")]))
    hid = [R.choice(["停的时候锁了龙头", "钥匙还在我身上", "忘了拔钥匙", "电池是新换的"])]
    serial = {"kind": "frame", "value": frame} if R.random() < 0.5 else {"kind": "plate", "value": plate}
    return {"cat": "ebike", "kind": "电动车", "nouns": ["电动车", "电瓶车", "电动自行车", "小电驴"] if not rental else ["电动车", "租的电动车", "电瓶车"],
            "brand": brand, "model": model, "color": color, "serial": serial, "plate": plate, "frame": frame,
            "owner_serial_p": 0.75, "finder_serial_p": 0.8, "vis": vis, "lock": None, "hid": hid, "contents": [], "cash": None}


def gen_bicycle(R, force_color=None, force_brand=None, person=None):
    brand = brand_of(R, ["giant", "merida", "forever", "phoenix", "decathlon"], force_brand)
    kind = R.choice(["山地车", "折叠车", "买菜车", "儿童自行车", "公路车"])
    model = {"giant": "ATX 880", "merida": "勇士 600", "forever": "QJ-26", "phoenix": "F28 复古款", "decathlon": "Rockrider 120"}[brand]
    color = col(R, ["black", "white", "blue", "red", "green", "silver", "pink"], force_color)
    frame = R.choice(["GT", "MD", "YJ", "FH", "DC"]) + digits(R, 8)
    vis = [R.choice([("前面有个车筐", "有前车筐"), ("后座绑着一个小板凳", "后座捆有小板凳"), ("车把上缠着红布条", "车把缠红布"),
                     ("挡泥板掉了一个", "缺后挡泥板"), ("车铃是小黄鸭的", "小黄鸭车铃"), ("锁着一把U型锁", "带U型锁")])]
    return {"cat": "bicycle", "kind": kind, "nouns": [kind, "自行车", "单车"], "brand": brand, "model": model, "color": color,
            "serial": {"kind": "frame", "value": frame}, "owner_serial_p": 0.3, "finder_serial_p": 0.6,
            "vis": vis, "lock": None, "hid": [R.choice(["车是来这边以后在二手市场买的", "骑了好几年了", "给孙子买的"])], "contents": [], "cash": None}


def gen_cash(R, force_color=None, force_brand=None, person=None):
    kind = R.choice(["红包", "红包", "信封装现金", "一沓现金", "零钱包装现金"])
    serial = None
    vis = []
    alt = None
    if kind == "红包":
        n = R.randint(1, 4)
        each = R.choice([200, 600, 666, 800, 888, 1000, 1200, 2000])
        amount = n * each
        color = "red"
        vis.append(R.choice([("红包上印着福字", "红包印有福字"), ("红包上写着'新春快乐'", "红包印有“新春快乐”"),
                             ("红包上印着小蛇", "红包印有卡通蛇图案"), ("红包上写着孙子的名字", "红包上写有名字")]))
        nouns = ["红包", "%d个红包" % n]
        vis.append(("%d个红包，每个%d" % (n, each), "红包%d个" % n))
    elif kind == "信封装现金":
        amount = R.choice([2000, 3000, 5000, 6000, 10000])
        color = R.choice(["white", "brown", "yellow"])
        bank = R.choice(BANK_NAMES)
        vis.append(("装在%s的信封里" % bank, "%s信封" % bank))
        nouns = ["现金", "一个信封的现金", "钱"]
    elif kind == "一沓现金":
        amount = R.choice([1000, 1500, 2300, 3200, 4000])
        color = None
        vis.append(R.choice([("用橡皮筋扎着", "用橡皮筋捆扎"), ("折成两半", "对折"), ("用一张报纸包着", "用报纸包裹")]))
        nouns = ["现金", "钱", "一沓钱"]
    else:
        amount = R.choice([300, 460, 700, 980])
        color = R.choice(["black", "pink", "blue"])
        vis.append(("装在一个%s小零钱包里" % W.COLORS[color][1], "%s零钱包内" % W.COLORS[color][1]))
        nouns = ["现金", "零钱", "钱"]
        alt = "wallet"
    return {"cat": "cash", "kind": kind, "nouns": nouns, "brand": None, "model": None, "color": color, "serial": serial,
            "owner_serial_p": 0, "finder_serial_p": 0, "vis": vis, "lock": None, "hid": [R.choice(["是准备给孩子的压岁钱", "是取出来交房租的", "是买海鲜剩的钱", "是老伴的退休金"])],
            "contents": [], "cash": amount, "alt_cat": alt}


def gen_jewelry(R, force_color=None, force_brand=None, person=None):
    kind = R.choice(["金手镯", "珍珠项链", "黄花梨手串", "沉香手串", "玉镯", "金项链", "戒指", "耳环"])
    brand = None
    vis, hid = [], []
    serial = None
    if kind in ("金手镯", "金项链", "戒指", "耳环"):
        brand = brand_of(R, ["ctf", "laofengxiang", "css", None], force_brand)
        color = force_color or ("gold" if kind != "戒指" else R.choice(["gold", "silver"]))
    elif kind == "珍珠项链":
        brand = brand_of(R, ["yedao_pearl", None], force_brand)
        color = force_color or R.choice(["white", "pink"])
    elif kind == "玉镯":
        color = force_color or "green"
    else:
        color = force_color or R.choice(["brown", "black"])
    if kind == "金手镯":
        g = R.randint(18, 45)
        vis.append(("大概%d克" % g, "约%d克" % g))
        vis.append(R.choice([("内圈刻着'平安'", "内侧刻有“平安”字样"), ("有一处压扁了", "有一处变形"), ("是古法金的，表面磨砂", "磨砂古法工艺")]))
    elif kind == "珍珠项链":
        vis.append(R.choice([("珠子大概有拇指甲那么大", "珍珠直径约1cm"), ("扣子是银的", "银色搭扣"), ("中间有一颗是金色的", "中间一颗为金色珍珠")]))
        hid.append("是在这边珍珠店买的，有证书")
    elif kind in ("黄花梨手串", "沉香手串"):
        n = R.choice([12, 14, 18, 21, 108])
        vis.append(("%d颗珠子" % n, "%d颗珠" % n))
        vis.append(R.choice([("有一颗隔珠是蜜蜡", "含一颗蜜蜡隔珠"), ("带个佛头和穗子", "有佛头及流苏"), ("绳子是红色的", "红绳串")]))
        hid.append(R.choice(["戴了十几年了", "是在观澜寺开过光的", "是老伴送的"]))
    elif kind == "玉镯":
        vis.append(R.choice([("有一道细纹", "有细纹一道"), ("颜色发飘花", "飘花纹路"), ("用金包过一小段", "有包金修补")]))
    elif kind == "金项链":
        z = R.choice(["龙", "蛇", "兔", "马", "猴", "鸡"])
        vis.append(("坠子是属%s的" % z, "生肖%s吊坠" % z))
    elif kind == "戒指":
        ini = R.choice(["L&W", "Z&Y", "520", "M·J", "LOVE"])
        vis.append(("内圈刻着%s" % ini, "戒圈内刻%s" % ini))
        vis.append(R.choice([("镶着一颗小钻", "镶有小钻石"), ("是素圈", "素圈无镶嵌"), ("上面有个小花", "有花朵造型")]))
        serial = None
    else:
        vis.append(R.choice([("只丢了一只", "单只"), ("是吊坠款的，下面坠着珍珠", "带珍珠吊坠"), ("是圆圈的", "圆环款")]))
    nouns = {"金手镯": ["金手镯", "金镯子", "手镯"], "珍珠项链": ["珍珠项链", "项链", "珍珠链子"], "黄花梨手串": ["黄花梨手串", "手串", "佛珠手串"],
             "沉香手串": ["沉香手串", "手串", "佛珠"], "玉镯": ["玉镯", "翡翠镯子", "镯子"], "金项链": ["金项链", "项链", "金链子"],
             "戒指": ["戒指", "婚戒", "对戒"], "耳环": ["耳环", "耳坠", "耳钉"]}[kind]
    return {"cat": "jewelry", "kind": kind, "nouns": nouns, "brand": brand, "model": None, "color": color, "serial": serial,
            "owner_serial_p": 0, "finder_serial_p": 0, "vis": vis, "lock": None, "hid": hid, "contents": [], "cash": None}


OTHERS = [
    ("儿童推车", ["goodbaby", None], ["婴儿车", "儿童推车", "推车", "宝宝推车"], ["blue", "grey", "pink", "black"]),
    ("墨镜", ["rayban", None], ["墨镜", "太阳镜", "眼镜"], ["black", "brown"]),
    ("保温杯", ["thermos", "zojirushi", None], ["保温杯", "水杯", "杯子"], ["white", "black", "pink", "blue", "silver"]),
    ("遮阳伞", ["beneunder", None], ["遮阳伞", "太阳伞", "伞"], ["black", "pink", "blue", "purple"]),
    ("拐杖", [None], ["拐杖", "手杖", "拐棍"], ["brown", "black", "silver"]),
    ("老花镜", [None], ["老花镜", "眼镜", "花镜"], ["brown", "black", "gold"]),
    ("游泳圈", [None], ["游泳圈", "泳圈"], ["yellow", "pink", "blue"]),
    ("玩具", [None], ["奥特曼玩具", "玩具", "变形金刚"], ["red", "silver", "blue"]),
    ("冲浪板", ["decathlon", None], ["冲浪板", "软板", "冲浪软板"], ["white", "blue", "yellow"]),
    ("钓鱼竿", [None], ["鱼竿", "钓鱼竿", "海竿"], ["black", "grey"]),
    ("折叠凳", ["decathlon", None], ["折叠凳", "小马扎", "折叠椅"], ["green", "blue", "black"]),
]


def gen_other(R, force_color=None, force_brand=None, person=None):
    cands = OTHERS
    if force_brand:
        cands = [o for o in OTHERS if force_brand in o[1]] or OTHERS
    kind, brands, nouns, colors = R.choice(cands)
    brand = force_brand if force_brand and force_brand in brands else R.choice(brands)
    color = force_color or R.choice(colors)
    vis = [R.choice({
        "儿童推车": [("把手上挂着个小鸭子", "把手挂小鸭子玩偶"), ("篮子里有尿不湿", "车筐内有纸尿裤"), ("遮阳棚破了个口子", "遮阳篷有破口")],
        "墨镜": [("一条腿有点歪", "一侧镜腿变形"), ("装在硬壳眼镜盒里", "附硬质眼镜盒"), ("镜片是渐变的", "渐变色镜片")],
        "保温杯": [("杯子上贴着名字贴", "杯身贴有姓名贴"), ("杯底磕瘪了", "杯底凹陷"), ("里面泡着枸杞", "杯内有枸杞水")],
        "遮阳伞": [("伞柄是木头的", "木质伞柄"), ("伞骨断了一根", "一根伞骨断裂"), ("伞面有小花", "伞面碎花图案")],
        "拐杖": [("底下有四个脚", "四脚拐杖"), ("把手缠着胶布", "手柄缠胶布"), ("能折叠的", "可折叠款")],
        "老花镜": [("三百度的", "老花镜"), ("一边镜腿缠着胶布", "镜腿缠胶布"), ("装在红色眼镜盒里", "红色眼镜盒")],
        "游泳圈": [("是小黄鸭造型的", "鸭子造型"), ("上面有火烈鸟", "火烈鸟图案"), ("有个补丁", "有修补痕迹")],
        "玩具": [("手臂能动，一只手断了", "一侧手臂断裂"), ("背后写着孩子名字", "背面写有名字"), ("是会发光的", "带灯光")],
        "冲浪板": [("7尺的", "约2米长"), ("板尾有个缺口", "板尾有缺口"), ("贴着店家的贴纸", "贴有商家贴纸")],
        "钓鱼竿": [("装在长条竿包里", "装于竿包内"), ("带着渔轮", "配渔线轮"), ("竿梢断了", "竿梢断")],
        "折叠凳": [("腿上缠着胶布", "凳腿缠胶布"), ("凳面写着名字", "凳面写字"), ("带个小靠背", "带靠背")],
    }[kind])]
    return {"cat": "other", "kind": kind, "nouns": nouns, "brand": brand, "model": None, "color": color, "serial": None,
            "owner_serial_p": 0, "finder_serial_p": 0, "vis": vis, "lock": None, "hid": [], "contents": [], "cash": None}


GENS = {"phone": gen_phone, "id_doc": gen_id_doc, "wallet": gen_wallet, "keys": gen_keys, "bag": gen_bag,
        "electronics": gen_electronics, "ebike": gen_ebike, "bicycle": gen_bicycle, "cash": gen_cash,
        "jewelry": gen_jewelry, "other": gen_other}
