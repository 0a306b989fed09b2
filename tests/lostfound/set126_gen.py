# -*- coding: utf-8 -*-
"""Hidden truth objects for set126 and the number helpers (ID, IMEI, serials).

All randomness comes from the single random.Random passed in by make_set126.py.
"""
import set126_world as W

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(first17):
    s = sum(int(c) * w for c, w in zip(first17, ID_W))
    return "10X98765432"[s % 11]


def make_id(rng, birth_year_lo=1950, birth_year_hi=2007):
    area = rng.choice(W.ID_AREAS)
    y = rng.randint(birth_year_lo, birth_year_hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    seq = rng.randint(10, 999)
    body = "%s%04d%02d%02d%03d" % (area, y, m, d, seq)
    return body + id_check(body)


def luhn_digit(num14):
    total = 0
    for i, ch in enumerate(reversed(num14)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def make_imei(rng, tac=None):
    if tac is None:
        tac = rng.choice(["86", "35", "86", "99"]) + "%06d" % rng.randint(0, 999999)
    body = tac + "%06d" % rng.randint(0, 999999)
    return body + luhn_digit(body)


def near_imei(rng, imei):
    body = list(imei[:14])
    i = rng.randint(9, 13)
    body[i] = str((int(body[i]) + rng.randint(1, 9)) % 10)
    body = "".join(body)
    return body + luhn_digit(body)


def near_id(rng, idn):
    body = list(idn[:17])
    i = rng.randint(14, 16)
    body[i] = str((int(body[i]) + rng.randint(1, 9)) % 10)
    body = "".join(body)
    return body + id_check(body)


def near_digits(rng, s):
    s = list(s)
    idx = [i for i, c in enumerate(s) if c.isdigit()]
    i = rng.choice(idx[-4:])
    s[i] = str((int(s[i]) + rng.randint(1, 9)) % 10)
    return "".join(s)


def alnum(rng, n, letters="ABCDEFGHJKLMNPQRSTUVWXYZ", digits="0123456789"):
    pool = letters + digits
    return "".join(rng.choice(pool) for _ in range(n))


def person_name(rng):
    return rng.choice(W.SURNAMES) + "".join(rng.choice(W.GIVEN) for _ in range(rng.choice([1, 2, 2])))


def mask_name(name):
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" + name[-1]


def mark(o, f, e):
    return (o, f, e)


def _cz(rng, key):
    return rng.choice(W.COLORS[key][0])


# ---------------------------------------------------------------- subtypes
# Each returns a dict of the object's hidden truth (without place and time).

PHONE_MODELS = {
    "lanxing": ["星耀 30", "S12 Pro", "星耀 28 青春版"],
    "cenguo": ["C7 Max", "C9", "C9 Plus"],
    "xunying": ["鹰翼 X5", "X6 Lite"],
    "chengyu": ["Note 11", "Note 12 Turbo"],
    "moyan": ["M3", "M5 Ultra"],
}


def gen_phone(rng, ctx):
    brand = rng.choice(sorted(PHONE_MODELS))
    model = rng.choice(PHONE_MODELS[brand])
    color = rng.choice(["black", "white", "blue", "purple", "green", "silver", "gold", "gray", "pink"])
    case = rng.choice(COLOR_CASES)
    pool = [
        mark("套了个%s的硅胶壳" % _cz(rng, case), "外面套着%s手机壳" % _cz(rng, case), "%s silicone case" % W.COLORS[case][1]),
        mark("屏幕左上角碎了一块", "屏幕左上角有裂纹", "cracked top-left corner of the screen"),
        mark("屏幕下面裂了一条缝", "屏幕底部有一道裂痕", "a crack along the bottom of the screen"),
        mark("壳背面贴了个戴帽子的小熊猫贴纸", "背面贴着熊猫贴纸", "a little panda sticker on the back"),
        mark("壳里夹着我%s的照片" % rng.choice(["儿子", "闺女", "孙女", "女朋友"]), "壳里夹着一张照片", "a photo tucked inside the case"),
        mark("挂了根红绳挂绳", "挂着红色挂绳", "red lanyard attached"),
        mark("摄像头旁边磕掉了一块漆", "镜头边上掉漆", "chipped paint next to the camera"),
        mark("壳里塞了一张西坪通公交卡", "壳内有张公交卡", "a transit card inside the case"),
        mark("贴了防窥膜，边上翘起来了", "贴膜边缘翘起", "privacy film peeling at the edge"),
        mark("背后有个指环支架", "背面有指环扣", "ring holder on the back"),
    ]
    hidden = [
        ("锁屏是我家%s的照片" % rng.choice(["狗", "猫", "娃儿", "老汉"]), "lock screen is a photo of my family"),
        ("手机号尾号%04d" % rng.randint(0, 9999), "my number ends in %04d" % rng.randint(0, 9999)),
        ("设了指纹和六位密码", "fingerprint and 6-digit passcode"),
        ("电量不多了，可能已经关机", "battery was low, may be off"),
    ]
    imei = make_imei(rng)
    return dict(cat="phone", sub="phone", nouns=["手机", "手机", "电话", "机子", "手机儿"],
                fnouns=["手机", "手机一部", "智能手机"], en="phone", color=color,
                brand=brand, model=model, serial=("imei", imei),
                marks=rng.sample(pool, rng.randint(1, 3)), hidden=rng.sample(hidden, rng.randint(0, 2)))


COLOR_CASES = ["black", "pink", "blue", "green", "purple", "white", "yellow", "red"]


def gen_wallet(rng, ctx):
    sub = rng.choice(["长款钱包", "短款钱包", "卡包", "零钱包"])
    brand = rng.choice(["kolan", "tuchuan", "maiye", None, None])
    color = rng.choice(["black", "brown", "red", "pink", "blue", "gray", "white"])
    tail = "%04d" % rng.randint(0, 9999)
    bin6 = rng.choice(["6222", "6217", "6228", "6230", "6212"])
    amt = rng.choice([60, 120, 200, 300, 450, 800, 1200, 35, 500])
    counted = amt + rng.choice([0, 0, 3, 6, -10, 12, 0])
    counted = max(counted, 5)
    pool = [
        mark("里面有身份证，名字是%s" % ctx["name"], "内有身份证一张，姓名%s" % rng.choice([ctx["name"], mask_name(ctx["name"])]),
             "ID card inside, name %s" % ctx["name"]),
        mark("有张银行卡尾号%s" % tail, "内有银行卡一张（%s****%s）" % (bin6, tail), "bank card ending %s" % tail),
        mark("现金大概%d块" % amt, "现金%d元" % counted, "about %d yuan cash" % amt),
        mark("夹着一张全家福", "夹层有一张合影", "a family photo inside"),
        mark("有张%s的厂牌" % rng.choice(W.COMPANIES), "内有厂牌一张", "a factory badge"),
        mark("拉链头掉了", "拉链头缺失", "zip pull missing"),
        mark("边角都磨白了", "边角磨损严重", "corners worn white"),
        mark("有两张超市购物卡", "内有购物卡两张", "two supermarket gift cards"),
    ]
    marks = rng.sample(pool, rng.randint(2, 4))
    if not any("尾号" in m[0] for m in marks) and rng.random() < 0.6:
        marks.append(pool[1])
    return dict(cat="wallet", sub=sub, nouns=[sub, "钱包", "皮夹", "钱夹子"], fnouns=[sub, "钱包", "皮夹"],
                en="wallet", color=color, brand=brand, model=None,
                serial=("card", (bin6, tail)), marks=marks, hidden=[])


def gen_id(rng, ctx):
    sub = rng.choice(["身份证", "身份证", "学生证", "厂牌", "驾驶证", "社保卡", "就诊卡"])
    if ctx.get("voice") == "foreign":
        sub = "护照"
    name = ctx["name"]
    holder = rng.choice([None, None, "blue", "pink", "black", "green"])
    marks = []
    if holder:
        marks.append(mark("装在一个%s卡套里" % _cz(rng, holder), "外有%s卡套" % _cz(rng, holder), "in a %s card sleeve" % W.COLORS[holder][1]))
    if sub == "身份证":
        serial = ("id", make_id(rng))
        nouns, en = ["身份证", "身份证", "二代证", "身份证件"], "ID card"
    elif sub == "驾驶证":
        serial = ("id", make_id(rng, 1965, 2004))
        nouns, en = ["驾驶证", "驾照", "驾驶本"], "driving licence"
    elif sub == "社保卡":
        serial = ("id", make_id(rng, 1945, 2000))
        nouns, en = ["社保卡", "社保卡", "医保卡"], "social security card"
    elif sub == "学生证":
        school = rng.choice(["西坪理工学院", "蓝湾职业学院"])
        serial = ("stu", "20%02d%02d%04d" % (rng.randint(21, 26), rng.randint(1, 40), rng.randint(1, 9999)))
        nouns, en = ["学生证", "学生证", "校园卡", "一卡通"], "student card"
        marks.append(mark("%s的" % school, "%s学生证" % school, school))
    elif sub == "厂牌":
        comp = rng.choice(W.COMPANIES)
        serial = ("emp", "%s%06d" % (rng.choice(["XD", "DF", "HR", "JX"]), rng.randint(0, 999999)))
        nouns, en = ["厂牌", "工牌", "工作证", "厂牌"], "staff badge"
        marks.append(mark("%s的厂牌，带照片" % comp, "%s工牌，有照片" % comp, "%s badge with photo" % comp))
    elif sub == "就诊卡":
        serial = ("card_no", "XP%08d" % rng.randint(0, 99999999))
        nouns, en = ["就诊卡", "医院就诊卡", "诊疗卡"], "hospital card"
        marks.append(mark("西坪医学中心的就诊卡", "西坪医学中心就诊卡", "Xiping Medical Centre card"))
    else:
        serial = ("passport", rng.choice("EGKPX") + "%d" % rng.randint(1000000, 9999999))
        nouns, en = ["护照"], "passport"
        marks.append(mark("护照里夹着展商证", "护照内夹展商证", "exhibitor badge inside the passport"))
    return dict(cat="id_doc", sub=sub, nouns=nouns, fnouns=[sub, nouns[0]], en=en, color=holder,
                brand=None, model=None, serial=serial, marks=marks, hidden=[])


def gen_keys(rng, ctx):
    sub = rng.choice(["门钥匙串", "门钥匙串", "车钥匙", "电动车钥匙"])
    if sub == "车钥匙":
        brand = rng.choice(["chiyuan", "fenglang"])
        color = rng.choice(["black", "silver", "gray"])
        pool = [mark("车钥匙上挂了个小铃铛", "钥匙上挂一个铃铛", "a small bell on the key"),
                mark("钥匙壳有划痕", "遥控钥匙表面有划痕", "scratched key fob"),
                mark("还串着一把家门钥匙", "另串有一把普通钥匙", "one house key on the same ring"),
                mark("皮套是%s的" % _cz(rng, "brown"), "套着棕色皮套", "brown leather cover")]
        nouns, en = ["车钥匙", "汽车钥匙", "遥控钥匙"], "car key"
        serial = None
    elif sub == "电动车钥匙":
        brand = rng.choice(["yajun", "lvju", "fengxing"])
        color = rng.choice(["black", "blue", "red"])
        pool = [mark("钥匙上挂着一个小葫芦", "挂一个小葫芦挂件", "a little gourd charm"),
                mark("有两把，一把是锁车的U型锁钥匙", "共两把钥匙", "two keys, one for the U-lock"),
                mark("遥控器按键磨掉了字", "遥控器按键磨损", "worn remote buttons")]
        nouns, en = ["电动车钥匙", "电瓶车钥匙", "电驴钥匙"], "e-bike key"
        serial = None
    else:
        brand = None
        color = rng.choice(["silver", "gold", "blue", "green", "red", "black"])
        n = rng.randint(2, 6)
        fob = rng.choice(["blue", "green", "red", "yellow", "black"])
        pool = [mark("一共%d把钥匙" % n, "钥匙%d把" % n, "%d keys" % n),
                mark("挂着一个%s的门禁卡" % _cz(rng, fob), "带%s门禁扣" % _cz(rng, fob), "%s door fob" % W.COLORS[fob][1]),
                mark("挂了个毛绒小兔子", "挂有毛绒兔子挂件", "plush rabbit charm"),
                mark("有一把是防盗门的十字钥匙", "含十字钥匙一把", "one cross-shaped key"),
                mark("钥匙圈上挂着个开瓶器", "钥匙圈带开瓶器", "bottle opener on the ring"),
                mark("挂着写了“%d栋”的塑料牌" % rng.randint(1, 18), "挂着号码小牌", "a plastic tag with a building number")]
        nouns, en = ["钥匙", "一串钥匙", "钥匙串", "家门钥匙"], "keys"
        serial = ("tag", "%02d-%d-%02d%02d" % (rng.randint(1, 18), rng.randint(1, 3), rng.randint(1, 32), rng.randint(1, 8))) if rng.random() < 0.3 else None
    return dict(cat="keys", sub=sub, nouns=nouns, fnouns=nouns[:2], en=en, color=color, brand=brand,
                model=None, serial=serial, marks=rng.sample(pool, min(len(pool), rng.randint(1, 3))), hidden=[])


EBIKE_MODELS = {"yajun": ["YJ-350", "悦行 S2"], "lvju": ["小驹 Q5", "LJ-800 长续航"], "fengxing": ["风翎 T2", "F-9 Lite"]}


def gen_ebike(rng, ctx):
    brand = rng.choice(sorted(EBIKE_MODELS))
    model = rng.choice(EBIKE_MODELS[brand])
    color = rng.choice(["white", "black", "blue", "green", "red", "gray", "pink", "yellow"])
    frame = "%s%02d%s%05d" % (W.BRANDS[brand][1][:2], rng.randint(20, 26), rng.choice("ABCDEFGH"), rng.randint(0, 99999))
    plate = "坪%s·%s" % (rng.choice("ABC"), alnum(rng, 5, "DEFHKLMNPRSTUWXYZ"))
    pool = [
        mark("后座加装了个靠背", "后座有加装靠背", "a backrest fitted on the rear seat"),
        mark("车把上套了个%s挡风被" % _cz(rng, "blue"), "车把装了挡风被", "a wind blanket on the handlebars"),
        mark("脚踏板上铺了块红地毯", "脚垫是红色的", "red mat on the footboard"),
        mark("前面车筐里有顶%s头盔" % _cz(rng, rng.choice(["yellow", "white", "pink"])), "车筐里有一顶头盔", "a helmet in the front basket"),
        mark("左边后视镜断了", "左后视镜缺失", "left mirror broken off"),
        mark("车身贴了个外卖平台的贴纸", "车身有外卖贴纸", "delivery sticker on the body"),
        mark("坐垫破了用胶带缠着", "坐垫有胶带缠绕", "seat taped up"),
    ]
    return dict(cat="ebike", sub="电动车", nouns=["电动车", "电瓶车", "电驴", "小电驴", "电动自行车"],
                fnouns=["电动车", "电动自行车", "电瓶车"], en="e-bike", color=color, brand=brand, model=model,
                serial=("frame", frame), plate=plate, marks=rng.sample(pool, rng.randint(1, 3)),
                hidden=[("电池是今年新换的48V", "battery replaced this year")])


BIKE_MODELS = {"jielun": ["山地 TX-26", "城市 C3"], "tuoye": ["折叠 F20", "越野 R7"]}


def gen_bicycle(rng, ctx):
    brand = rng.choice(sorted(BIKE_MODELS))
    model = rng.choice(BIKE_MODELS[brand])
    color = rng.choice(["black", "white", "blue", "red", "green", "gray", "yellow"])
    frame = "%s%s%06d" % (rng.choice(["JL", "TY", "C"]), rng.choice("KMPRSTW"), rng.randint(0, 999999))
    pool = [
        mark("车把缠了%s胶带" % _cz(rng, "black"), "车把缠着胶带", "taped handlebars"),
        mark("后面有个货架，绑着根橡皮绳", "后货架上有松紧绳", "rear rack with a bungee cord"),
        mark("前面装了个车篮", "带前车篮", "front basket"),
        mark("车锁是%s的U型锁挂在车架上" % _cz(rng, "red"), "车架上挂着U型锁", "U-lock hanging on the frame"),
        mark("座垫换过，是个宽的软座", "宽座垫", "wide soft saddle"),
        mark("前轮挡泥板有点歪", "前挡泥板变形", "bent front mudguard"),
    ]
    return dict(cat="bicycle", sub="自行车", nouns=["自行车", "单车", "山地车" if "山地" in model or "越野" in model else "折叠车", "车子"],
                fnouns=["自行车", "单车"], en="bicycle", color=color, brand=brand, model=model,
                serial=("frame", frame), marks=rng.sample(pool, rng.randint(1, 3)), hidden=[])


def gen_bag(rng, ctx):
    zone = ctx["zone"]
    subs = ["双肩包", "斜挎包", "手提袋", "帆布袋", "腰包"]
    if zone == "market":
        subs += ["编织袋", "编织袋"]
    if zone in ("expo", "metro"):
        subs += ["拉杆箱"]
    sub = rng.choice(subs)
    brand = rng.choice(["tuchuan", "maiye", "kolan", None, None]) if sub not in ("编织袋", "帆布袋") else None
    color = rng.choice(["black", "gray", "blue", "red", "green", "brown", "white", "pink"])
    pool = [
        mark("里面有一台笔记本电脑", "内有笔记本电脑一台", "a laptop inside"),
        mark("有几件样衣，吊牌都没剪", "内有带吊牌的衣服若干", "garment samples with tags"),
        mark("装着我爸的CT片和病历", "内有病历资料、CT片", "CT films and medical records"),
        mark("里面有两本高数书和一个水杯", "内有书本、水杯", "textbooks and a water bottle"),
        mark("拉链上挂了个小黄鸭", "拉链挂小黄鸭挂件", "a yellow duck zip charm"),
        mark("背带断了一边用别针别着", "一侧背带用别针固定", "one strap held with a safety pin"),
        mark("里面有一件%s外套" % _cz(rng, rng.choice(["black", "gray", "blue"])), "内有外套一件", "a jacket inside"),
        mark("侧袋里有把折叠伞", "侧袋插着雨伞", "umbrella in the side pocket"),
        mark("有个充电宝和数据线", "内有充电宝、数据线", "power bank and cable"),
        mark("包上印着车展的logo", "印有车展标志", "car show logo printed on it"),
    ]
    if sub == "编织袋":
        pool = pool[1:2] + [mark("装了三十多条牛仔裤", "内装牛仔裤约30条", "about thirty pairs of jeans"),
                            mark("袋子上用记号笔写了“二楼%d号”" % rng.randint(100, 299), "袋外有记号笔字迹", "stall number written in marker")]
    marks = rng.sample(pool, min(len(pool), rng.randint(1, 3)))
    serial = None
    if sub in ("拉杆箱", "双肩包") and rng.random() < 0.3:
        serial = ("name_tag", "行李牌%s" % ctx["name"])
    return dict(cat="bag", sub=sub, nouns=[sub, "包", sub], fnouns=[sub, "包"], en="bag", color=color,
                brand=brand, model=None, serial=serial, marks=marks, hidden=[])


def gen_cash(rng, ctx):
    sub = rng.choice(["信封", "皮筋扎的一卷", "红包", "塑料袋"])
    amt = rng.choice([500, 800, 1000, 1500, 2000, 2600, 3000, 4800, 600, 1200])
    color = {"信封": "brown", "红包": "red", "皮筋扎的一卷": None, "塑料袋": rng.choice(["white", "black"])}[sub]
    pool = [mark("信封上写着“%s”" % rng.choice(["房租", "11月工资", "给妈的", "学费"]), "信封上有手写字", "handwriting on the envelope"),
            rng.choice([mark("都是一百的", "均为百元面额", "all 100-yuan notes"),
                        mark("有几张五十的", "含五十元若干", "some 50s")]),
            mark("里面还夹了张超市小票", "夹有一张购物小票", "a shopping receipt inside")]
    marks = rng.sample(pool, rng.randint(1, 2))
    if sub != "信封":
        marks = [m for m in marks if "信封" not in m[0]] or [pool[2]]
    container = {"信封": "信封", "红包": "红包", "皮筋扎的一卷": "", "塑料袋": "塑料袋"}[sub]
    return dict(cat="cash", sub=sub, container=container, nouns=["现金", "钱", "一沓钱"], fnouns=["现金", "人民币"], en="cash",
                color=color, brand=None, model=None, serial=None, amount=amt, marks=marks,
                hidden=[("是刚从银行取的", "just withdrawn from the bank")])


def gen_jewelry(rng, ctx):
    sub = rng.choice(["金手镯", "金项链", "银手链", "玉镯子", "戒指", "耳钉"])
    brand = rng.choice(["ruilong", "jinhui", None, None])
    color = {"金手镯": "gold", "金项链": "gold", "银手链": "silver", "玉镯子": "green", "戒指": rng.choice(["gold", "silver"]), "耳钉": rng.choice(["gold", "silver"])}[sub]
    en = {"金手镯": "gold bangle", "金项链": "gold necklace", "银手链": "silver bracelet", "玉镯子": "jade bangle", "戒指": "ring", "耳钉": "earrings"}[sub]
    engr = rng.choice(["平安", "LY♥ZQ", "2019.5.20", "福", "HX"])
    pool = [mark("内圈刻了“%s”" % engr, "内侧有刻字", "engraved '%s' inside" % engr),
            mark("吊坠是个小金鱼", "带鱼形吊坠", "small fish pendant"),
            mark("有个地方有点变形", "有轻微变形", "slightly bent"),
            mark("装在一个%s丝绒小袋里" % _cz(rng, "red"), "装在红色绒布袋中", "in a red velvet pouch"),
            mark("扣子有点松", "搭扣松动", "loose clasp")]
    serial = ("cert", "%s%02d-%05d" % (rng.choice(["RL", "JH", "GC"]), rng.randint(18, 26), rng.randint(0, 99999))) if brand and rng.random() < 0.4 else None
    return dict(cat="jewelry", sub=sub, nouns=[sub, sub, "首饰"], fnouns=[sub, "饰品"], en=en, color=color,
                brand=brand, model=None, serial=serial, marks=rng.sample(pool, rng.randint(1, 2)),
                hidden=[("是我妈留给我的，大概%d克" % rng.randint(8, 40), "family heirloom")])


ELEC = [
    ("蓝牙耳机", ["蓝牙耳机", "耳机", "无线耳机"], "earbuds", {"shengyue": ["悦享 Pods 3", "Air S2"]}),
    ("笔记本电脑", ["笔记本电脑", "笔记本", "电脑"], "laptop", {"lanxing": ["星书 14"], "moyan": ["M-Book Air 13"]}),
    ("平板电脑", ["平板", "平板电脑", "pad"], "tablet", {"cenguo": ["C Pad 11"], "chengyu": ["Pad Pro 12"]}),
    ("相机", ["相机", "微单", "照相机"], "camera", {"guangyu": ["GY-Z30", "光屿 Mini 2"]}),
    ("充电宝", ["充电宝", "移动电源"], "power bank", {"dianxm": ["20000mAh 快充版", "磁吸 10000"]}),
    ("智能手表", ["手表", "智能手表", "运动手表"], "smartwatch", {"cenguo": ["Watch GT5"], "xunying": ["鹰翼手环 7"]}),
    ("助听器", ["助听器"], "hearing aid", {"anjia": ["AJ-R2"]}),
]


def gen_elec(rng, ctx):
    sub, nouns, en, bm = rng.choice(ELEC)
    if ctx["zone"] == "greenway" and rng.random() < 0.6:
        sub, nouns, en, bm = ELEC[5]
    brand = rng.choice(sorted(bm))
    model = rng.choice(bm[brand])
    color = rng.choice(["white", "black", "silver", "gray", "blue", "pink"])
    sn = alnum(rng, rng.choice([10, 12]))
    pool = [mark("外壳上贴了张写着名字的标签", "贴有姓名标签", "name label on the case"),
            mark("有一道明显划痕", "表面有划痕", "a visible scratch"),
            mark("装在一个%s保护套里" % _cz(rng, rng.choice(["gray", "black", "pink", "blue"])), "带保护套", "in a protective sleeve"),
            mark("贴了个车展的贴纸", "贴有车展贴纸", "car show sticker"),
            mark("充电盒上有个小凹坑", "充电盒有磕碰", "dent on the charging case")]
    return dict(cat="electronics", sub=sub, nouns=nouns, fnouns=nouns[:2], en=en, color=color, brand=brand,
                model=model, serial=("sn", sn) if sub != "充电宝" else None,
                marks=rng.sample(pool, rng.randint(1, 2)), hidden=[("开机密码是我生日", "password is my birthday")])


OTHER = [
    ("雨伞", "umbrella", None), ("保温杯", "thermos", "maiye"), ("病历袋", "medical file bag", None),
    ("号码布", "race bib", None), ("样衣袋", "garment sample bag", None), ("拐杖", "walking stick", None),
    ("工具包", "tool bag", None), ("展会资料袋", "exhibition folder", None), ("毛线帽", "knitted hat", None),
]


def gen_other(rng, ctx):
    sub, en, brand = rng.choice(OTHER)
    z = ctx["zone"]
    if z == "hospital" and rng.random() < 0.5:
        sub, en, brand = OTHER[2]
    if z == "greenway" and rng.random() < 0.5:
        sub, en, brand = OTHER[3]
    if z == "expo" and rng.random() < 0.5:
        sub, en, brand = OTHER[7]
    color = rng.choice(["black", "blue", "red", "green", "gray", "yellow", "white", "brown"])
    serial = None
    marks = []
    if sub == "雨伞":
        marks = [mark("长柄的，伞骨断了一根", "长柄伞，一根伞骨断", "long umbrella, one broken rib"), mark("伞柄是木头的", "木质伞柄", "wooden handle")]
    elif sub == "保温杯":
        marks = [mark("杯身贴了“%s”名字贴" % ctx["name"], "杯身贴有名字贴", "name sticker on it"), mark("杯盖掉了漆", "杯盖掉漆", "chipped lid")]
    elif sub == "病历袋":
        no = "%d" % rng.randint(20000000, 29999999)
        serial = ("card_no", "住院号" + no)
        marks = [mark("里面是我%s的CT片和出院小结" % rng.choice(["父亲", "母亲", "爷爷", "婆婆"]), "内有CT片、病历资料", "CT films and discharge notes"),
                 mark("袋子上写着住院号%s" % no, "袋上印有住院号", "admission number on the bag")]
    elif sub == "号码布":
        serial = ("bib", "%s%04d" % (rng.choice("ABC"), rng.randint(1, 9999)))
        marks = [mark("连着计时芯片", "背面有计时芯片", "timing chip attached"), mark("别着四个别针", "带别针", "with safety pins")]
    elif sub == "样衣袋":
        marks = [mark("装着五件羊毛衫样衣", "内有毛衫约5件", "five wool sweater samples"), mark("袋子上写着档口号%d" % rng.randint(200, 299), "袋上有手写档口号", "stall number written on it")]
    elif sub == "拐杖":
        marks = [mark("四个脚的那种，把手缠了布", "四脚拐杖，手柄缠布", "four-foot cane, cloth on the handle")]
    elif sub == "工具包":
        marks = [mark("里面有电笔、扳手和一卷电工胶布", "内有电笔、扳手等工具", "tester, wrench, electrical tape"), mark("包上用笔写了个“%s”字" % ctx["name"][0], "包上写有一字", "a character written on it")]
    elif sub == "展会资料袋":
        marks = [mark("里面有合同和名片", "内有文件和名片", "contracts and business cards inside"), mark("印着%s的标志" % rng.choice(W.EXHIBITORS), "印有外文公司标志", "printed with our company logo")]
    else:
        marks = [mark("顶上有个毛球", "顶部毛球", "pompom on top"), mark("是手织的", "手工编织", "hand-knitted")]
    return dict(cat="other", sub=sub, nouns=[sub], fnouns=[sub], en=en, color=color, brand=brand,
                model=None, serial=serial, marks=marks[:rng.randint(1, len(marks))], hidden=[])


GEN = {"phone": gen_phone, "wallet": gen_wallet, "id_doc": gen_id, "keys": gen_keys, "ebike": gen_ebike,
       "bicycle": gen_bicycle, "bag": gen_bag, "cash": gen_cash, "jewelry": gen_jewelry,
       "electronics": gen_elec, "other": gen_other}

BIKE_PLACES = ["park_dorm6", "park_xd_gate", "park_shuttle", "bike_area", "metro_b", "hosp_park",
               "uni_express", "uni_street", "mkt_dock", "est_pa", "est_market", "green_st3", "bus_hub"]
