"""Hidden truth records for set113: one physical object each, before anybody describes it.

A mark is (id, what the owner would say, what a finder would write). "vis" marks can be seen by
a finder; "hid" facts only the owner knows; "semi" facts a finder sees sometimes (a lock screen).
"""

import set113_world as W

# ---------------------------------------------------------------- numbers


def luhn_check(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(s):
    return s.isdigit() and luhn_check(s[:-1]) == s[-1]


def make_imei(R):
    body = "86" + "".join(str(R.randrange(10)) for _ in range(12))
    return body + luhn_check(body)


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(body17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, ID_W)) % 11]


def id_ok(s):
    return len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17]


def make_id(R, sex, age):
    y = 2025 - age
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    seq = R.randint(0, 99) * 10 + R.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8])
    body = "%s%04d%02d%02d%03d" % (R.choice(W.REGIONS), y, m, d, seq)
    return body + id_check(body)


def near_id(R, s):
    """Same person-like number, one digit of the sequence changed (last four differ)."""
    body = s[:17]
    pos = 15
    old = body[pos]
    new = R.choice([c for c in "0123456789" if c != old])
    body = body[:pos] + new + body[pos + 1:]
    return body + id_check(body)


def near_imei(R, s):
    body = s[:14]
    pos = R.choice([11, 12, 13])
    new = R.choice([c for c in "0123456789" if c != body[pos]])
    body = body[:pos] + new + body[pos + 1:]
    return body + luhn_check(body)


def digits(R, n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def near_digits(R, s):
    """Change or swap within the last four characters so the last four differ."""
    if R.random() < 0.5 and s[-1] != s[-2]:
        return s[:-2] + s[-1] + s[-2]
    pos = len(s) - R.choice([1, 2, 3])
    ch = s[pos]
    pool = "0123456789" if ch.isdigit() else "ABCDEFGHJKLMNPRSTUVWXYZ"
    return s[:pos] + R.choice([c for c in pool if c != ch]) + s[pos + 1:]


def person(R, sex=None, age=None, foreign=False):
    sex = sex or R.choice(["m", "f"])
    age = age if age is not None else R.randint(18, 70)
    if foreign:
        return {"name": R.choice(W.FOREIGN_FIRST) + " " + R.choice(W.FOREIGN_LAST), "sex": sex, "age": age,
                "nat": R.choice(W.FOREIGN_NAT)}
    name = R.choice(W.SURN) + R.choice(W.GIVEN_M if sex == "m" else W.GIVEN_F)
    return {"name": name, "sex": sex, "age": age, "id": make_id(R, sex, age)}


def mask_name(n):
    if len(n) == 2:
        return n[0] + "*"
    return n[0] + "*" + n[2:]


# ---------------------------------------------------------------- mark pools (owner, finder)

PHONE_VIS = [("屏幕右上角摔裂了一条缝", "屏幕右上角有裂纹"), ("背面贴了个熊猫贴纸", "背面有熊猫贴纸"),
             ("挂了根红绳子", "挂红色挂绳"), ("壳里面夹了张公交卡", "壳内夹一张交通卡"),
             ("壳背面有个指环支架", "背面有指环扣"), ("贴的防窥膜", "屏幕贴防窥膜"),
             ("壳边角磨白了", "壳边角磨损发白"), ("摄像头那圈掉了点漆", "镜头边缘掉漆"),
             ("壳上画了个笑脸", "壳上手绘笑脸"), ("挂了个小辣椒挂件", "挂辣椒造型挂件"),
             ("壳里夹了张娃儿的照片", "壳内夹小孩照片一张"), ("背面贴了张火锅店的贴纸", "背面贴有火锅店贴纸"),
             ("屏幕下面有一道白印子", "屏幕下方有白色划痕"), ("挂了个毛绒小狗", "挂毛绒小狗挂件")]
PHONE_SEMI = [("锁屏是我屋头猫儿的照片", "锁屏是一只猫"), ("锁屏是一张江景夜景", "锁屏为江边夜景"),
              ("锁屏是我和女朋友的合照", "锁屏为两人合照"), ("锁屏是动漫人物", "锁屏为动漫人物"),
              ("锁屏是娃儿的照片", "锁屏为小孩照片"), ("锁屏是一片向日葵", "锁屏为向日葵图片")]
PHONE_HID = ["电量只剩百分之十几了", "里头两张卡", "开机密码六位数", "微信里还有几百块钱", "刚换的新屏幕"]
CASES = ["硅胶壳", "透明壳", "皮套", "卡通壳", "防摔壳"]

WALLET_VIS = [("拉链头坏了", "拉链头损坏"), ("边上有点开线", "边缘开线"), ("有个金属扣", "带金属搭扣"),
              ("正面压了个字母C", "正面有字母C压花"), ("角上磨破了皮", "边角皮面磨破"),
              ("里面夹层有点脱胶", "内层脱胶"), ("挂了个小铃铛", "拉链挂小铃铛")]
KEY_VIS = [("挂了个小熊挂件", "挂小熊挂件"), ("挂了个熊猫公仔", "挂熊猫公仔"), ("有个开瓶器", "带开瓶器"),
           ("挂了个篮球挂件", "挂篮球挂件"), ("挂了个平安符", "挂平安符"), ("串了个指甲刀", "带指甲刀一把"),
           ("挂了个红色小灯笼", "挂红色小灯笼挂饰"), ("挂了个塑料火锅小模型", "挂火锅造型小挂件"),
           ("有个蓝色的门禁扣", "带蓝色门禁扣"), ("钥匙圈是个大铁环", "钥匙圈为大号铁环")]
EBIKE_VIS = [("后座装了个外卖箱", "后座装外卖箱"), ("装了挡风被", "装有挡风被"), ("车把上有手机支架", "车把装手机支架"),
             ("后视镜断了一个", "缺一个后视镜"), ("脚踏板有道裂缝", "脚踏板开裂"),
             ("车头贴了个'平安'贴纸", "车头贴'平安'字样贴纸"), ("座垫用胶布缠过", "座垫缠有胶布"),
             ("前面加了个车筐", "前加装车筐")]
BIKE_VIS = [("前面有个车筐", "带车筐"), ("后座加了货架", "后加装货架"), ("车把缠了白色把带", "车把缠白色把带"),
            ("挂了个U型锁", "挂U型锁一把"), ("后轮挡泥板掉了", "后挡泥板缺失"), ("座垫换成了减震的", "减震座垫")]
BAG_VIS = [("拉链上挂了个小熊", "拉链挂小熊挂件"), ("包带子断过用线缝的", "肩带有缝补痕迹"),
           ("侧边有块墨水印", "侧面有墨迹"), ("别了几个徽章", "包上别有徽章数枚"),
           ("侧袋插了把折叠伞", "侧袋有折叠伞"), ("底下有块油渍", "底部有油渍"),
           ("挂了个行李牌", "挂行李牌"), ("拉链头换成了绳子", "拉链头为绳结")]
BAG_CONT = [("一台笔记本电脑", "笔记本电脑一台"), ("几件换洗衣服", "衣物若干"), ("药和病历本", "药品及病历本"),
            ("充电宝和数据线", "充电宝、数据线"), ("一本考研的书", "考研复习书一本"), ("一个保温杯", "保温杯一个"),
            ("娃儿的暑假作业", "小学生暑假作业本"), ("一包烟和打火机", "香烟一包、打火机一个"),
            ("防晒霜和小风扇", "防晒霜、手持风扇"), ("一袋子桃子", "桃子一袋"), ("一把折扇", "折扇一把"),
            ("几张火锅店的发票", "火锅店发票数张")]
ELEC_VIS = [("贴了个猫咪贴纸", "贴有猫咪贴纸"), ("外壳有道划痕", "外壳有划痕"), ("套了个硅胶套", "外套硅胶保护套"),
            ("角上磕掉了一块漆", "一角掉漆"), ("挂了根挂绳", "带挂绳"), ("壳子发黄了", "外壳发黄"),
            ("贴了张写了电话的胶布", "贴有写号码的胶布")]
JEWEL_VIS = [("有个小缺口", "有一处小缺口"), ("链子扣坏了，用线绑的", "搭扣损坏，用线绑着"),
             ("配了根红绳", "穿红绳"), ("表面磨得有点花", "表面磨花"), ("上面有个小铃铛", "坠一个小铃铛")]
OTHER_VIS = [("把手上缠了胶布", "把手缠胶布"), ("上面写了个'李'字", "写有'李'字"), ("有点掉色", "有掉色"),
             ("贴了个卡通贴纸", "贴卡通贴纸"), ("边上有个缺口", "边缘有缺口"), ("挂了个小牌子", "挂小牌子")]

ENGRAVE = ["LY 0712", "爱 2019", "CHEN", "平安", "M&Q", "1998.6.1", "ZX 520"]
BANKS = [("工商银行", "6222"), ("农业银行", "6228"), ("建设银行", "6217"), ("雾江农商银行", "6230"),
         ("招商银行", "6225")]


def mk(pool, name, R, n):
    idx = sorted(R.sample(range(len(pool)), n))
    return [(name + str(i), pool[i][0], pool[i][1]) for i in idx]


def other_marks(pool, name, R, used, n):
    free = [i for i in range(len(pool)) if name + str(i) not in used]
    idx = sorted(R.sample(free, min(n, len(free))))
    return [(name + str(i), pool[i][0], pool[i][1]) for i in idx]


MARKPOOL = {"phone": (PHONE_VIS, "ph"), "wallet": (WALLET_VIS, "wa"), "keys": (KEY_VIS, "ke"),
            "ebike": (EBIKE_VIS, "eb"), "bicycle": (BIKE_VIS, "bi"), "bag": (BAG_VIS, "ba"),
            "electronics": (ELEC_VIS, "el"), "jewelry": (JEWEL_VIS, "je"), "other": (OTHER_VIS, "ot"),
            "id_doc": (WALLET_VIS, "wa"), "cash": (OTHER_VIS, "ot")}


def model_of(R, cat, brand):
    ms = W.MODELS.get((cat, brand))
    return R.choice(ms) if ms else None


def base(cat, kind, n_own, n_fnd, n_en):
    return {"cat": cat, "fcat": cat, "kind": kind, "n_own": n_own, "n_fnd": n_fnd, "n_en": n_en,
            "color": None, "color_in": None, "case": None, "brand": None, "model": None, "serial": None,
            "serial2": None, "vis": [], "semi": [], "hid": [], "cont": [], "person": None, "amount": None,
            "engrave": None, "scat": cat}


def build(R, cat, ov=None):
    ov = ov or {}
    f = BUILDERS[cat]
    return f(R, ov)


def b_phone(R, ov):
    if ov.get("kind") == "watch":
        return b_kidwatch(R, ov)
    o = base("phone", "phone", ["手机", "手机", "电话"], ["手机"], "phone")
    o["brand"] = ov.get("brand") or R.choice(["华为", "苹果", "小米", "OPPO", "vivo", "荣耀", "华为", "苹果"])
    o["model"] = ov.get("model") or model_of(R, "phone", o["brand"])
    body = ov.get("color_in") or R.choice(["黑", "白", "蓝", "紫", "金", "银", "绿", "粉", "灰"])
    if ov.get("case", R.random() < 0.55):
        cc = ov.get("color") or R.choice(["黑", "白", "蓝", "粉", "绿", "红", "黄", "紫", "棕"])
        o["case"] = R.choice(CASES)
        if o["case"] == "透明壳":
            cc = body
        o["color"], o["color_in"] = cc, body
    else:
        o["color"] = ov.get("color") or body
        o["color_in"] = o["color"]
    o["serial"] = ("imei", make_imei(R))
    o["vis"] = mk(PHONE_VIS, "ph", R, R.choice([1, 1, 2]))
    s = R.choice(PHONE_SEMI)
    o["semi"] = [s]
    o["hid"] = R.sample(PHONE_HID, 1)
    return o


def b_kidwatch(R, ov):
    o = base("phone", "watch", ["电话手表", "娃儿的电话手表", "儿童手表"], ["儿童智能手表", "电话手表"], "kids' smartwatch")
    o["fcat"] = "electronics"
    o["brand"] = "小天才"
    o["model"] = "Z 12"
    o["color"] = ov.get("color") or R.choice(["蓝", "粉", "黑"])
    kid = person(R, age=R.randint(6, 10))
    o["person"] = kid
    o["vis"] = [("kw0", "表带上贴了名字贴：%s" % kid["name"], "表带贴有姓名贴“%s”" % kid["name"])]
    o["hid"] = ["手表绑的是我的电话"]
    return o


def b_id(R, ov):
    kind = ov.get("kind") or R.choice(["idcard", "idcard", "idcard", "student", "driver", "social"])
    if kind == "passport":
        o = base("id_doc", "passport", ["护照"], ["护照", "外国护照"], "passport")
        p = person(R, foreign=True)
        o["person"] = p
        o["serial"] = ("passport", R.choice("CEKNPX") + digits(R, 8))
        o["color"] = R.choice(["红", "蓝", "黑", "绿"])
        o["hid"] = ["里面夹了张回程机票行程单"]
        return o
    if kind == "student":
        o = base("id_doc", "student", ["学生证"], ["学生证"], "student card")
        p = person(R, age=R.randint(18, 23))
        o["person"] = p
        o["school"] = R.choice(["雾江大学", "雾江师范学院", "雾江交通职业学院"])
        o["serial"] = ("stu", str(R.choice([2022, 2023, 2024])) + digits(R, 6))
        o["color"] = R.choice(["红", "蓝", "绿"])
        o["vis"] = [("st0", "里面夹了张火车票优惠卡", "内夹优惠卡")] if R.random() < 0.4 else []
        return o
    if kind == "driver":
        o = base("id_doc", "driver", ["驾驶证", "驾照"], ["机动车驾驶证", "驾驶证"], "driving licence")
        o["color"] = "棕"
    elif kind == "social":
        o = base("id_doc", "social", ["社保卡", "医保卡"], ["社会保障卡", "社保卡"], "social-security card")
        o["color"] = None
    elif kind == "holder":
        o = base("id_doc", "holder", ["身份证连卡套", "卡套", "身份证和卡套"], ["卡包", "卡套"], "card holder")
        o["fcat"] = "wallet"
        o["color"] = ov.get("color") or R.choice(["黑", "棕", "红", "蓝"])
        o["cont"] = [("还有一张公交卡", "交通卡一张"), ("一张火锅店会员卡", "火锅店会员卡一张")][:R.choice([1, 2])]
    else:
        o = base("id_doc", "idcard", ["身份证", "身份证", "二代证"], ["居民身份证", "身份证"], "ID card")
        if R.random() < 0.4:
            o["color"] = R.choice(["蓝", "黑", "粉"])
            o["vis"] = [("ic0", "套了个%s的卡套" % W.COLORS[o["color"]][0], "装在%s卡套内" % W.COLORS[o["color"]][0])]
    p = ov.get("person") or person(R)
    o["person"] = p
    o["serial"] = ("id", p["id"])
    return o


def b_wallet(R, ov):
    kind = ov.get("kind") or R.choice(["long", "short", "card"])
    names = {"long": (["钱包", "长款钱包", "皮夹子"], ["长款钱包", "钱包"]),
             "short": (["钱包", "钱夹子", "短款钱包"], ["钱包", "短款钱包"]),
             "card": (["卡包", "卡包"], ["卡包", "卡夹"])}[kind]
    o = base("wallet", kind, names[0], names[1], "wallet")
    o["brand"] = ov.get("brand") or (R.choice(["七匹狼", "蔻驰"]) if R.random() < 0.4 else None)
    o["color"] = ov.get("color") or R.choice(["黑", "棕", "红", "粉", "蓝", "黑", "棕"])
    o["vis"] = mk(WALLET_VIS, "wa", R, R.choice([0, 1, 1]))
    bank, bin_ = R.choice(BANKS)
    o["serial"] = ("card", {"bank": bank, "bin": bin_, "tail": ov.get("tail") or digits(R, 4)})
    if kind != "card":
        o["amount"] = R.choice([80, 150, 230, 300, 460, 500, 620, 1000, 1200, 2000])
    if R.random() < 0.45:
        o["person"] = person(R)
        o["cont"].append(("身份证", "居民身份证一张"))
    o["cont"] += R.sample([("一张超市会员卡", "超市会员卡一张"), ("几张发票", "发票数张"),
                           ("一张全家福照片", "合影照片一张"), ("两张电影票根", "电影票根两张"),
                           ("医保卡", "医保卡一张")], R.choice([0, 1, 2]))
    return o


def b_keys(R, ov):
    kind = ov.get("kind") or R.choice(["ring", "ring", "car", "ebkey"])
    if kind == "car":
        o = base("keys", "car", ["车钥匙", "汽车钥匙"], ["汽车钥匙", "车钥匙"], "car key")
        o["brand"] = ov.get("brand") or R.choice(["大众", "比亚迪", "丰田"])
        o["color"] = "黑"
    elif kind == "ebkey":
        o = base("keys", "ebkey", ["电动车钥匙", "电瓶车钥匙"], ["电动车钥匙"], "e-bike key")
        o["brand"] = ov.get("brand") or R.choice(["雅迪", "爱玛", "台铃"])
        o["color"] = R.choice(["黑", "红", "蓝"])
    else:
        o = base("keys", "ring", ["钥匙", "一串钥匙", "钥匙串"], ["钥匙串", "钥匙一串"], "keys")
        o["color"] = ov.get("color") or R.choice(["银", "黑", "红", "蓝", "黄", "粉"])
        o["nkeys"] = R.randint(2, 6)
    o["vis"] = mk(KEY_VIS, "ke", R, 1)
    if kind == "ring" and (ov.get("tail") or R.random() < 0.6):
        o["serial"] = ("tag", ov.get("tail") or digits(R, 4))
    return o


def b_ebike(R, ov):
    o = base("ebike", "ebike", ["电动车", "电瓶车", "小电驴", "电驴子"], ["电动自行车", "电动车"], "e-bike")
    o["brand"] = ov.get("brand") or R.choice(["雅迪", "爱玛", "台铃", "小牛"])
    o["model"] = ov.get("model") or model_of(R, "ebike", o["brand"])
    o["color"] = ov.get("color") or R.choice(["白", "黑", "红", "蓝", "灰", "绿", "粉"])
    o["serial"] = ("plate", "雾A·" + R.choice("BCDEFGHJK") + (ov.get("tail") or digits(R, 4)))
    o["serial2"] = ("frame", R.choice(["YD", "AM", "TL", "NU"]) + str(R.choice([23, 24, 25])) + R.choice("KLMNP")
                    + digits(R, 6))
    o["vis"] = mk(EBIKE_VIS, "eb", R, R.choice([1, 2]))
    o["hid"] = [R.choice(["电瓶是上个月才换的", "钥匙还在我身上", "座桶里有个头盔"])]
    return o


def b_bicycle(R, ov):
    o = base("bicycle", "bicycle", ["自行车", "单车", "山地车"], ["自行车", "山地自行车"], "bicycle")
    o["brand"] = ov.get("brand") or R.choice(["捷安特", "美利达", "喜德盛"])
    o["model"] = ov.get("model") or model_of(R, "bicycle", o["brand"])
    o["color"] = ov.get("color") or R.choice(["黑", "白", "蓝", "红", "绿", "灰"])
    o["serial"] = ("frame", R.choice(["G", "M", "X"]) + digits(R, 2) + R.choice("ABCDEF") + digits(R, 6))
    o["vis"] = mk(BIKE_VIS, "bi", R, R.choice([1, 2]))
    return o


def b_bag(R, ov):
    kind = ov.get("kind") or R.choice(["backpack", "backpack", "cross", "hand", "tote", "suitcase", "waist", "laptop"])
    names = {"backpack": (["双肩包", "背包", "书包"], ["双肩背包", "背包"], "backpack"),
             "cross": (["斜挎包", "挎包"], ["斜挎包"], "crossbody bag"),
             "hand": (["手提包", "包包"], ["女式手提包", "手提包"], "handbag"),
             "tote": (["帆布袋", "帆布包"], ["帆布袋"], "tote bag"),
             "suitcase": (["行李箱", "箱子"], ["拉杆箱", "行李箱"], "suitcase"),
             "waist": (["腰包", "挎包"], ["腰包"], "waist bag"),
             "laptop": (["电脑包"], ["电脑包"], "laptop bag"),
             "cooler": (["保温袋", "饭盒袋子"], ["保温手提袋", "手提袋"], "cooler bag")}[kind]
    o = base("bag", kind, names[0], names[1], names[2])
    if kind == "cooler":
        o["cat"], o["fcat"] = "other", "bag"
    o["brand"] = ov.get("brand") or (R.choice(["耐克", "阿迪达斯", "新秀丽", "小米", "迪卡侬"])
                                     if kind in ("backpack", "cross", "suitcase", "laptop") and R.random() < 0.6
                                     else None)
    o["color"] = ov.get("color") or R.choice(["黑", "灰", "蓝", "白", "红", "绿", "棕", "粉", "黄", "黑"])
    o["vis"] = mk(BAG_VIS, "ba", R, R.choice([0, 1, 1, 2]))
    o["cont"] = [c for c in R.sample(BAG_CONT, R.choice([1, 2, 2, 3]))]
    if kind == "cooler":
        o["cont"] = [("两个饭盒", "饭盒两个")]
    return o


def b_cash(R, ov):
    kind = ov.get("kind") or R.choice(["hongbao", "envelope", "roll"])
    names = {"hongbao": (["红包", "一个红包"], ["红包"], "red envelope"),
             "envelope": (["信封", "一个装钱的信封"], ["信封(内有现金)", "装钱的信封"], "envelope of cash"),
             "roll": (["一卷钱", "一沓钱"], ["现金一沓", "现金"], "roll of cash"),
             "purse": (["零钱包", "装钱的小包"], ["零钱包", "小钱包"], "coin purse")}[kind]
    o = base("cash", kind, names[0], names[1], names[2])
    if kind == "purse":
        o["fcat"] = "wallet"
    o["color"] = {"hongbao": "红", "envelope": R.choice(["棕", "白"]), "roll": None,
                  "purse": R.choice(["粉", "蓝", "黄"])}[kind]
    o["amount"] = ov.get("amount") or R.choice([200, 360, 600, 800, 1200, 1500, 2000, 2600, 3000, 5000, 880, 1688])
    o["denom"] = R.choice(["全是一百的", "一百的五十的都有", "有几张二十的"])
    if kind in ("hongbao", "envelope"):
        w = R.choice(["房租", "外婆", "学费", "生日快乐", "恭喜发财", "八月工钱"])
        o["vis"] = [("cw" + w, "上面写了'%s'" % w, "封面写有“%s”字样" % w)]
    elif kind == "roll":
        o["vis"] = [("cr0", "用橡皮筋捆起的", "用橡皮筋捆扎")]
    return o


def b_jewel(R, ov):
    kind = ov.get("kind") or R.choice(["bangle", "necklace", "jade", "bracelet", "ring", "earring"])
    names = {"bangle": (["金手镯", "手镯"], ["手镯", "金属手镯"], "gold bangle", "金"),
             "necklace": (["金项链", "项链"], ["项链", "细链子项链"], "gold necklace", "金"),
             "jade": (["翡翠吊坠", "玉坠子"], ["玉石吊坠", "玉吊坠"], "jade pendant", "绿"),
             "bracelet": (["银手链", "手链"], ["手链", "银手链"], "silver bracelet", "银"),
             "ring": (["戒指", "婚戒"], ["戒指", "金属戒指"], "ring", None),
             "earring": (["珍珠耳环", "耳环"], ["珍珠耳环一只", "耳环"], "pearl earring", "白")}[kind]
    o = base("jewelry", kind, names[0], names[1], names[2])
    o["color"] = names[3] or ov.get("color") or R.choice(["金", "银"])
    o["brand"] = ov.get("brand") or (R.choice(["金满堂", "福瑞珠宝"]) if R.random() < 0.35 else None)
    if kind in ("ring", "bangle", "bracelet") and R.random() < 0.7:
        o["engrave"] = R.choice(ENGRAVE)
    o["vis"] = mk(JEWEL_VIS, "je", R, R.choice([0, 1]))
    o["hid"] = [R.choice(["大概有%d克" % R.randint(8, 40), "是我妈留给我的", "结婚时候买的", "去年在店里打的"])]
    return o


def b_elec(R, ov):
    kind = ov.get("kind") or R.choice(["earbuds", "earbuds", "powerbank", "tablet", "camera", "laptop", "fan", "watch"])
    names = {"earbuds": (["蓝牙耳机", "耳机"], ["蓝牙耳机(带充电盒)", "无线耳机"], "earbuds"),
             "powerbank": (["充电宝", "移动电源"], ["充电宝"], "power bank"),
             "tablet": (["平板", "平板电脑"], ["平板电脑"], "tablet"),
             "camera": (["相机", "卡片机"], ["数码相机", "相机"], "camera"),
             "laptop": (["笔记本电脑", "电脑"], ["笔记本电脑"], "laptop"),
             "fan": (["小风扇", "手持风扇"], ["手持小风扇", "USB风扇"], "hand fan"),
             "watch": (["智能手表", "手表"], ["智能手表"], "smartwatch")}[kind]
    o = base("electronics", kind, names[0], names[1], names[2])
    brands = {"earbuds": ["华为", "苹果", "小米"], "powerbank": ["小米", "安克", "罗马仕"], "tablet": ["华为", "苹果", "联想"],
              "camera": ["佳能", "索尼", "大疆"], "laptop": ["联想", "华为", "苹果"], "fan": ["小米", None],
              "watch": ["华为", "苹果", "小米"]}[kind]
    o["brand"] = ov.get("brand") or R.choice(brands)
    ms = [m for m in (W.MODELS.get(("electronics", o["brand"])) or [])]
    keyw = {"earbuds": ("Buds", "AirPods"), "tablet": ("Pad",), "laptop": ("Book", "小新"), "watch": ("Watch",),
            "fan": ("风扇",), "powerbank": ("充电宝", "Power", "Sense"), "camera": ("G7", "R ", "ZV", "A ", "Pocket",
                                                                                  "Osmo")}[kind]
    ms = [m for m in ms if any(k in m for k in keyw)]
    o["model"] = ov.get("model") or (R.choice(ms) if ms and R.random() < 0.8 else None)
    o["color"] = ov.get("color") or R.choice(["白", "黑", "灰", "银", "蓝", "粉"])
    if kind in ("tablet", "camera", "laptop", "earbuds", "watch") and R.random() < 0.7:
        o["serial"] = ("sn", R.choice(["SN", "S/N", ""]) + R.choice("ABCDFGHK") + digits(R, 3) + R.choice("PQRTX")
                       + digits(R, 5))
    o["vis"] = mk(ELEC_VIS, "el", R, R.choice([0, 1, 1]))
    if kind in ("tablet", "laptop", "camera"):
        o["hid"] = [R.choice(["里面有我的毕业论文", "里面全是这几天拍的照片", "开机密码是生日", "桌面是一张雪山"])]
    return o


def b_other(R, ov):
    kind = ov.get("kind") or R.choice(["umbrella", "cup", "glasses", "hat", "pole", "records", "toy", "selfie",
                                       "stool", "parcel"])
    names = {"umbrella": (["伞", "遮阳伞", "太阳伞"], ["雨伞", "遮阳伞"], "umbrella"),
             "cup": (["保温杯", "水杯"], ["保温杯", "水杯"], "thermos"),
             "glasses": (["眼镜", "近视眼镜", "墨镜"], ["眼镜", "眼镜(带眼镜盒)"], "glasses"),
             "hat": (["帽子", "草帽", "遮阳帽"], ["遮阳帽", "帽子"], "hat"),
             "pole": (["扁担", "棒棒(竹竿)", "挑货的竹棒"], ["竹扁担(带麻绳)", "竹棒一根"], "bamboo carrying pole"),
             "records": (["病历本和片子", "CT片子", "病历"], ["病历本、CT胶片袋", "病历资料"], "medical records"),
             "toy": (["玩具", "娃儿的玩具"], ["儿童玩具"], "toy"),
             "selfie": (["自拍杆", "自拍杆(带三脚架)"], ["自拍杆"], "selfie stick"),
             "stool": (["折叠凳", "小马扎"], ["折叠凳"], "folding stool"),
             "parcel": (["快递", "快递包裹"], ["快递包裹"], "parcel")}[kind]
    o = base("other", kind, names[0], names[1], names[2])
    o["color"] = ov.get("color") or R.choice(["黑", "蓝", "红", "绿", "白", "黄", "棕", "粉"])
    if kind == "umbrella" and R.random() < 0.5:
        o["brand"] = "天堂伞"
    if kind == "cup" and R.random() < 0.5:
        o["brand"] = "膳魔师"
    if kind == "pole":
        o["color"] = "黄"
        o["vis"] = [("po0", "竹竿上缠了两根尼龙绳", "缠有尼龙绳两根"),
                    ("po1", "一头烧了个'%s'字" % R.choice(W.SURN), "")][:1]
    elif kind == "records":
        o["person"] = person(R, age=R.randint(55, 85))
        o["color"] = "白"
    elif kind == "parcel":
        o["serial"] = ("tail", digits(R, 4))
        o["color"] = "棕"
    elif kind == "toy":
        o["toy"] = R.choice(["塑料恐龙", "变形小汽车", "毛绒兔子", "水枪"])
    else:
        o["vis"] = mk(OTHER_VIS, "ot", R, R.choice([0, 1]))
    return o


BUILDERS = {"phone": b_phone, "id_doc": b_id, "wallet": b_wallet, "keys": b_keys, "ebike": b_ebike,
            "bicycle": b_bicycle, "bag": b_bag, "cash": b_cash, "jewelry": b_jewel, "electronics": b_elec,
            "other": b_other}
