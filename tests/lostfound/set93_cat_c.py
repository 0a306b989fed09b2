"""Set 93 truth records: e-bikes, bicycles and bags."""
from set93_obj import tslot, cslot, bslot, mslot, sslot, clause, obj, wpick, nobrand
from set93_vocab import pick_model
from set93_nums import make_frame, frame_forms, make_plate, plate_forms

EBK_B = ["yadea", "aima", "tailg", "niu", "luyuan"]
EB_PRE = {"yadea": "YD", "aima": "AM", "tailg": "TL", "niu": "NQ", "luyuan": "LY"}
EB_ACC = [("box", "后面装了个黄色外卖箱", "后座装有黄色外卖箱"), ("quilt", "装了蓝格子的挡风被", "装蓝色格子挡风被"),
          ("kidseat", "后座装了儿童座椅", "后座加装儿童座椅"), ("canopy", "装了透明遮阳雨棚", "车上加装透明雨棚"),
          ("holder", "车把上有手机支架", "车把装有手机支架"), ("basket", "前面有个黑色车篮", "前部黑色车筐")]
EB_DMG = [("mirror", "右边后视镜断了", "右后视镜缺失"), ("scratch", "左边侧板刮花了", "左侧面板有刮痕"),
          ("seat", "坐垫破了，用黑胶布缠着", "坐垫破损，缠黑胶带"), ("light", "前灯罩裂了", "前大灯罩破裂")]


def plate_slot(p):
    def rem(r):
        while True:
            q = make_plate(r)
            if q[-3:] != p[-3:]:
                return plate_slot(q)
    return sslot(p, plate_forms(p), plate_forms(p)[:4], ["车牌", "牌照", "车牌号"], ["车牌", "号牌"], rem)


def frame_slot(fr):
    def rem(r):
        return frame_slot(make_frame(r, fr[:2]))
    return sslot(fr, frame_forms(fr, False), frame_forms(fr, True), ["车架号"], ["车架号", "车架号码"], rem)


def ebike(rng, ctx):
    en = ctx["en"]
    b = rng.choice(EBK_B)
    fam = rng.choice("white black red blue green pink grey yellow silver".split())
    sl = [("color", cslot(fam, en)), ("brand", bslot(b, en, EBK_B)), ("model", mslot(b, pick_model(rng, b), en)),
          ("plate", plate_slot(make_plate(rng))), ("frame", frame_slot(make_frame(rng, EB_PRE[b])))]
    if ctx["voice"] == "rider":
        sl.append(("acc", dict(clause("box", [EB_ACC[0][1]], [EB_ACC[0][2]]), excl=False)))
    else:
        sl.append(("acc", tslot(rng, [(a, o, f, "") for a, o, f in EB_ACC[1:]], en, excl=False)))
    if rng.random() < 0.6:
        sl.append(("dmg", tslot(rng, [(a, o, f, "") for a, o, f in EB_DMG], en, excl=False)))
    sl.append(("hid", clause("hid", [rng.choice(["电池是60V的，去年刚换", "当时锁了龙头锁", "车是分期买的还没还完",
                                                  "钥匙还在我手上"])], [], soft=True)))
    sl.append(("state", clause("state", [], [rng.choice(["电瓶尚在", "电瓶已被拆走", "车锁被撬", "车身积灰，停放多日"])], soft=True)))
    return obj("ebike", "ebike", "电动车|电瓶车|小电驴|电动自行车", "电动自行车一辆|电动车一辆|电瓶车一辆", sl, en)


BK_B = ["giant", "merida", "forever", "phoenix", "xds"]
BK_PRE = {"giant": "GT", "merida": "MD", "forever": "FV", "phoenix": "PX", "xds": "XD"}
BK_SUB = {"mtb": ("山地车|山地自行车|变速山地车", "山地自行车一辆|山地车一辆"),
          "road": ("公路车|公路自行车", "公路自行车一辆"),
          "city": ("通勤自行车|女式自行车|城市自行车", "城市自行车一辆|女式自行车一辆"),
          "fold": ("折叠自行车|折叠车|小折叠车", "折叠自行车一辆"),
          "kid": ("儿童自行车|小孩的自行车", "儿童自行车一辆")}
BK_FEAT = [("basket", "前面有个白色车篮", "前部白色车筐"), ("uparking", "车身贴着澜大停车证", "车身贴有澜湖大学停车证"),
           ("kidseat", "后座装了儿童座椅", "后架装儿童座椅"), ("bell", "车铃是小黄鸭的", "小黄鸭造型车铃"),
           ("ulock", "车架上挂着一把U型锁", "车架挂U型锁"), ("fender", "后挡泥板掉了", "缺后挡泥板"),
           ("light", "车把上装了一个前灯", "车把装前灯"), ("training", "带两个辅助轮", "带辅助轮")]


def bicycle(rng, ctx):
    en = ctx["en"]
    sub = wpick(rng, [("mtb", 4), ("road", 2), ("city", 4), ("fold", 2), ("kid", 1)])
    b = wpick(rng, [("giant", 4), ("merida", 3), ("forever", 2), ("phoenix", 2), ("xds", 2)])
    fam = rng.choice("black white red blue green grey yellow orange".split())
    feats = [f for f in BK_FEAT if sub == "kid" or f[0] != "training"]
    sl = [("color", cslot(fam, en)), ("brand", bslot(b, en, BK_B)),
          ("model", mslot(b, pick_model(rng, b), en) if sub in ("mtb", "road") else None),
          ("frame", frame_slot(make_frame(rng, BK_PRE[b]))),
          ("feat", tslot(rng, [(a, o, f, "") for a, o, f in feats], en, excl=False))]
    if rng.random() < 0.5:
        sl.append(("hid", clause("hid", [rng.choice(["当时没上锁", "锁在栏杆上的，锁也不见了", "买了三年了"])], [], soft=True)))
    no, nf = BK_SUB[sub]
    return obj("bicycle", sub, no, nf, sl, en)


BAG_SUB = {
    "backpack": ("双肩包|书包|背包", "双肩背包一个|双肩包", "backpack|rucksack", ["tnf", "jansport", "decathlon", "anta", "lining", "samsonite", None]),
    "cross": ("斜挎包|小挎包|单肩斜挎包", "斜挎包一个|女式斜挎包", "crossbody bag|shoulder bag", ["coach", "ck", "longchamp", None]),
    "hand": ("手提包|女士手提包|手拎包", "女士手提包一个|手提包", "handbag", ["coach", "mcm", "ck", "longchamp"]),
    "tote": ("帆布袋|帆布包|托特包", "帆布手提袋一个|帆布包", "canvas tote|tote bag", ["muji", None]),
    "case": ("行李箱|拉杆箱|箱子", "拉杆行李箱一个|行李箱", "suitcase|roller case", ["samsonite", None]),
    "waist": ("腰包|胸包|收钱腰包", "腰包一个|胸包", "bum bag|waist pack", ["lining", "anta", None]),
    "gear": ("龙舟队的装备包|运动包|大旅行袋", "运动旅行袋一个|装备包", "gear bag", ["decathlon", "lining", None]),
    "gift": ("粽子礼盒|一盒粽子（手提袋装）|装粽子的礼品袋", "粽子礼盒一个（手提袋装）|礼品手提袋", "zongzi gift box", [None]),
}
BAG_MARK = [("badge", "背带上别着一个龙舟队徽章", "背带上有龙舟队徽章"), ("zzcharm", "挂着一个毛绒粽子挂件", "挂毛绒粽子挂件"),
            ("zip", "侧袋拉链坏了", "侧袋拉链损坏"), ("patch", "上面缝了一块熊猫布贴", "缝有熊猫布贴"),
            ("ribbon", "把手上系了根红丝带", "提手系红丝带"), ("stain", "底部有一块油渍", "底部有油渍"),
            ("pin", "别了很多动漫徽章", "别有多枚动漫徽章"), ("museum", "印着澜湖博物馆文创logo", "印有澜湖博物馆字样")]
BAG_IN = {"backpack": "笔记本电脑一台、充电器|学位服一套、帽子|几本书和水杯|换洗衣服、洗漱包|相机、三脚架",
          "cross": "化妆品、纸巾、钥匙|口红、耳机、身份证|一把折叠伞和钥匙",
          "hand": "化妆包、香水|雨伞、纸巾、口红|医院的检查单和药",
          "tote": "刚买的粽子和咸鸭蛋|几本书、笔袋|庙里请的香和平安符",
          "case": "换洗衣物、洗漱用品|衣服、电脑、充电器|给亲戚带的土特产",
          "waist": "零钱、收款码牌|手机充电宝、零钱|烟和打火机、零钱",
          "gear": "队服两套、桨套|毛巾、拖鞋、队服|救生衣、水壶",
          "gift": "十个肉粽、四个咸鸭蛋|八个碱水粽和豆沙粽|蛋黄肉粽一盒"}
GIFT_SHOP = [("chen", "菱塘陈记的礼盒", "礼盒印“菱塘陈记”"), ("wufang", "湖心汇超市买的礼盒", "礼盒印湖心汇超市标签"),
             ("laozihao", "粽子街老字号“黄家粽”的", "手提袋印“黄家粽”")]


def bag(rng, ctx):
    en, name = ctx["en"], ctx["owner"]
    v = ctx["voice"]
    w = {"rower": [("gear", 5), ("backpack", 3), ("waist", 1)], "traveler": [("case", 5), ("backpack", 3), ("cross", 1)],
         "graduate": [("backpack", 4), ("tote", 2), ("cross", 2)], "stall": [("waist", 5), ("tote", 1)],
         "shopper": [("gift", 4), ("tote", 3), ("hand", 1)], "pilgrim": [("tote", 3), ("cross", 2), ("gift", 1)]}
    sub = wpick(rng, w.get(v, [("backpack", 3), ("cross", 3), ("hand", 2), ("tote", 1), ("case", 1), ("waist", 1)]))
    if en and sub in ("gift", "waist", "gear"):
        sub = "backpack"
    no, nf, ne, brands = BAG_SUB[sub]
    b = rng.choice(brands)
    fam = rng.choice("black black grey navy blue red pink beige green brown white".split())
    if sub == "gift":
        fam = rng.choice(["red", "green", "yellow"])
    inside = rng.choice(BAG_IN[sub].split("|"))
    sl = [("color", cslot(fam, en)), ("brand", bslot(b, en, [x for x in brands if x]) if b else nobrand(en) if sub != "gift" else None),
          ("inside", clause(inside, ["里面有" + inside, "装着" + inside] if not en else [], ["内有" + inside, "包内：" + inside], soft=True))]
    if sub == "gift":
        sl.append(("shop", tslot(rng, [(a, o, f, "") for a, o, f in GIFT_SHOP], en)))
    else:
        sl.append(("mark", tslot(rng, [(a, o, f, "") for a, o, f in BAG_MARK], en, excl=False) if rng.random() < 0.65 else None))
    if sub == "case":
        size = rng.choice([20, 24, 26, 28])
        sl.append(("size", clause("s%d" % size, ["%d寸的" % size, "%d寸" % size], ["%d寸" % size])))
    if sub in ("case", "gear", "backpack") and rng.random() < 0.4:
        sl.append(("tag", tag_slot(name, en)))
    alt = "other" if sub == "gift" else None
    return obj("bag", sub, ne if en else no, nf, sl, en, alt=alt)



def tag_slot(name, en):
    def rem(r):
        from set93_world import person, en_person
        return tag_slot((en_person(r) if en else person(r))[0], en)
    tag = ["行李牌上写着%s" % name, "挂着名字牌（%s）" % name] if not en else ["name tag: " + name]
    return clause(name, tag, ["挂牌写有“%s”" % name, "吊牌姓名%s" % name], remake=rem)
