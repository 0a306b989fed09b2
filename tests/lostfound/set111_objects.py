"""Hidden truth records for set111: one record per physical object.

A record says what the object really is.  The writers in make_set111.py never copy a record;
each side (owner, finder) draws its own words from it, knowing only what that person would know.
Fields of a record:
  cat, alt_cat (a second category a person might file it under, or None), nz/ne (nouns zh/en),
  color, brand, model, serial (dict: t=type, v=value, or None), tails (bank card tails inside),
  vis (visible marks, list of (zh, en)), hid (owner-only facts), cont (contents seen when opened),
  cash (amount inside, or 0), fsees (chance the finder writes the serial down), prefer (place types),
  owner (dict: name, kind: han|bai|naxi|en, nat)
"""
from set111_world import (id_number, imei, passport_no, digits, alnum, cn_name, en_name, NATIONS)

BANKS = [("建设银行", "建行", "CCB"), ("工商银行", "工行", "ICBC"), ("农业银行", "农行", "ABC"),
         ("招商银行", "招行", "CMB"), ("中国银行", "中行", "BOC"), ("云南农信", "农信社", "RCC"),
         ("邮储银行", "邮储", "PSBC")]
UNIS = ["云州大学", "南岭理工学院", "滇西师范学院", "苍岫职业技术学院", "西川医科大学"]

PHONES = {
    "huawei": (["Mate 60", "Mate 60 Pro", "P60", "nova 12", "畅享 70", "Pura 70"], ["black", "white", "green", "purple", "gold"]),
    "apple": (["iPhone 13", "iPhone 14 Pro", "iPhone 15", "iPhone 15 Pro Max", "iPhone 12 mini", "iPhone 14"], ["black", "white", "blue", "pink", "purple", "gold", "grey"]),
    "xiaomi": (["小米14", "Redmi K70", "Redmi Note 13", "小米13"], ["black", "white", "blue", "green"]),
    "oppo": (["Reno 11", "Find X7", "A2 Pro"], ["black", "blue", "purple"]),
    "vivo": (["X100", "S18", "Y36"], ["black", "white", "blue"]),
    "honor": (["Magic6", "荣耀90", "X50"], ["black", "green", "white"]),
    "samsung": (["Galaxy S23", "Galaxy A54"], ["black", "purple", "green"]),
    "google": (["Pixel 7", "Pixel 8a"], ["black", "white"]),
}
PHONE_CASES = [("透明手机壳", "clear case"), ("黑色硅胶壳", "black silicone case"), ("扎染布手机壳", "tie-dye fabric case"),
               ("皮质翻盖手机套", "leather flip case"), ("粉色兔耳朵手机壳", "pink bunny-ear case"), ("带支架的磨砂壳", "frosted case with a stand"),
               ("印着熊猫的手机壳", "case with a panda print"), ("没有壳", "no case")]
PHONE_MARKS = [("屏幕右上角碎了", "screen cracked top right"), ("背面贴了张樱花贴纸", "cherry-blossom sticker on the back"),
               ("挂着一根红色编织挂绳", "red braided lanyard"), ("挂着扎染小鱼挂件", "little tie-dye fish charm"),
               ("贴了防窥膜", "privacy screen protector"), ("边框有磕痕", "dents on the frame"), ("摄像头那里有划痕", "scratches near the camera")]
LOCKS = [("橘猫", "a ginger cat"), ("小孩照片", "a photo of a child"), ("雪山", "a snowy mountain"), ("樱花", "cherry blossom"),
         ("一对情侣合照", "a couple selfie"), ("默认壁纸", "the default wallpaper"), ("一只柯基", "a corgi"), ("湖边日落", "a lake sunset")]

CAMS = {
    "canon": (["EOS R50", "EOS R6 Mark II", "EOS M50", "G7X Mark III"], ["black", "white"]),
    "sony": (["A7C II", "ZV-E10", "A6400", "RX100 VII"], ["black", "silver"]),
    "fuji": (["X-T30 II", "X100V", "X-S20", "X-E4"], ["silver", "black"]),
    "nikon": (["Z50", "Zfc", "Z5"], ["black", "silver"]),
    "ricoh": (["GR III", "GR IIIx"], ["black"]),
}
DRONES = ["Mini 4 Pro", "Mini 3", "Air 3", "Mini 2 SE", "Avata 2"]


def owner_for(R, p_en=0.12, p_local=0.0):
    x = R.random()
    if x < p_en:
        nat = R.choice(NATIONS)
        return {"name": en_name(R), "kind": "en", "nat": nat}
    if x < p_en + p_local:
        k = R.choice(["bai", "naxi"])
        return {"name": cn_name(R, k), "kind": k, "nat": None}
    return {"name": cn_name(R), "kind": "han", "nat": None}


def base(cat, nz, ne, owner):
    return {"cat": cat, "alt_cat": None, "nz": nz, "ne": ne, "color": None, "brand": None, "model": None,
            "serial": None, "tails": [], "vis": [], "hid": [], "cont": [], "cash": 0, "fsees": 0.0,
            "prefer": [], "owner": owner, "kind": ""}


def mk_phone(R):
    brand = R.choice(["huawei"] * 5 + ["apple"] * 6 + ["xiaomi"] * 3 + ["oppo"] * 2 + ["vivo"] * 2 + ["honor"] * 2 + ["samsung", "google"])
    o = base("phone", ["手机", "手机", "电话", "智能手机"], ["phone", "mobile", "smartphone"],
             owner_for(R, 0.25 if brand in ("samsung", "google") else 0.1, 0.04))
    if brand == "google" and o["owner"]["kind"] != "en":
        brand = "apple"
    models, cols = PHONES[brand]
    o.update(kind="phone", brand=brand, model=R.choice(models), color=R.choice(cols))
    o["serial"] = {"t": "imei", "v": imei(R)}
    o["fsees"] = 0.18
    case = R.choice(PHONE_CASES)
    o["vis"].append(case)
    for m in R.sample(PHONE_MARKS, R.randint(0, 2)):
        o["vis"].append(m)
    lock = R.choice(LOCKS)
    o["vis"].append(("锁屏是%s" % lock[0], "lock screen shows %s" % lock[1]))
    if R.random() < 0.35 and case[0] != "没有壳":
        o["cont"].append(R.choice([("壳里夹着一张公交卡", "a bus card tucked in the case"), ("壳里夹着100元现金", "100 yuan folded in the case"),
                                   ("壳里夹着身份证复印件", "a photocopy of an ID card inside the case"), ("壳后面夹着一张门票", "a ticket stub behind the case")]))
    o["hid"].append(R.choice([("手机号%s****%s" % (R.choice(["138", "139", "158", "186", "177", "135"]), digits(R, 4)), "number ends in %s" % digits(R, 4)),
                              ("手机里有电子身份证和付款码", "my payment apps are on it"), ("相册里全是这几天拍的樱花", "the gallery is full of blossom photos"),
                              ("锁屏密码我可以当面解锁", "I can unlock it in front of you"), ("微信名叫%s" % R.choice(["山野", "小鹿", "阿飞", "一朵云", "老王"]), "WeChat name")]))
    o["prefer"] = ["street", "lake", "transport", "flower", "guesthouse", "hospital", "village"]
    return o


def mk_idcard(R):
    ow = owner_for(R, 0.0, 0.12)
    o = base("id_doc", ["身份证", "身份证", "二代身份证", "居民身份证"], ["ID card", "Chinese ID card"], ow)
    o.update(kind="idcard")
    o["serial"] = {"t": "id", "v": id_number(R)}
    o["fsees"] = 0.85
    o["vis"].append(("姓名%s" % ow["name"], "name %s" % ow["name"]))
    if R.random() < 0.4:
        o["color"] = R.choice(["blue", "pink", "black", "white"])
        o["vis"].append(("装在%s卡套里" % R.choice(["透明", "硅胶", "带挂绳的", "卡通"]), "in a card sleeve"))
    if R.random() < 0.3:
        o["cont"].append(R.choice([("卡套里还有一张公交卡", "a bus card in the sleeve too"), ("卡套里还有一张%s卡" % R.choice(BANKS)[1], "a bank card in the sleeve too")]))
    o["prefer"] = ["transport", "guesthouse", "hospital", "street", "lake"]
    return o


def mk_passport(R):
    if R.random() < 0.6:
        nat = R.choice(NATIONS)
        ow = {"name": en_name(R), "kind": "en", "nat": nat}
        num = passport_no(R, nat[2])
        color = "red" if nat[2] in ("de", "nl", "fr", "ie") else "blue"
        natzh = nat[0]
    else:
        ow = owner_for(R, 0.0, 0.0)
        num = passport_no(R, "cn")
        color = "red"
        natzh = "中国"
    o = base("id_doc", ["护照", "护照", "护照本"], ["passport"], ow)
    o.update(kind="passport", color=color)
    o["serial"] = {"t": "passport", "v": num}
    o["fsees"] = 0.8
    o["vis"].append(("%s护照, 持照人%s" % (natzh, ow["name"]), "%s passport, holder %s" % (ow["nat"][1] if ow["nat"] else "Chinese", ow["name"])))
    if R.random() < 0.5:
        o["cont"].append(R.choice([("夹着一张登机牌", "a boarding pass inside"), ("夹着几张人民币", "some RMB notes inside"),
                                   ("外面套着扎染布护照套", "in a tie-dye passport cover"), ("夹着青旅的入住单", "hostel check-in slip inside")]))
    o["prefer"] = ["guesthouse", "transport", "street", "hospital"]
    return o


def mk_student(R):
    ow = owner_for(R, 0.0, 0.08)
    o = base("id_doc", ["学生证", "学生证", "学生卡"], ["student card"], ow)
    uni = R.choice(UNIS)
    sn = str(R.choice([2021, 2022, 2023, 2024])) + digits(R, 6)
    o.update(kind="student", color=R.choice(["red", "blue", "green"]))
    o["serial"] = {"t": "student", "v": sn}
    o["fsees"] = 0.75
    o["vis"].append(("%s学生证, 姓名%s" % (uni, ow["name"]), "%s student card, %s" % (uni, ow["name"])))
    o["prefer"] = ["street", "guesthouse", "flower", "transport"]
    return o


def mk_license(R):
    ow = owner_for(R, 0.0, 0.06)
    o = base("id_doc", ["驾驶证", "驾照", "机动车驾驶证"], ["driving licence"], ow)
    o.update(kind="license", color=R.choice(["brown", "black"]))
    o["serial"] = {"t": "id", "v": id_number(R)}
    o["fsees"] = 0.7
    o["vis"].append(("驾驶证姓名%s" % ow["name"], "licence name %s" % ow["name"]))
    if R.random() < 0.5:
        o["cont"].append(("里面夹着行驶证", "vehicle registration inside"))
    o["prefer"] = ["lake", "street", "transport"]
    return o


def mk_sscard(R):
    ow = owner_for(R, 0.0, 0.3)
    o = base("id_doc", ["社保卡", "医保卡", "社会保障卡"], ["social security card"], ow)
    o.update(kind="sscard", color="blue")
    o["serial"] = {"t": "id", "v": id_number(R, y0=1945, y1=1975)}
    o["fsees"] = 0.7
    o["vis"].append(("社保卡姓名%s" % ow["name"], "name %s" % ow["name"]))
    o["prefer"] = ["hospital", "market", "street"]
    return o


WALLET_KINDS = [("长款钱包", "long wallet"), ("短款钱包", "short wallet"), ("卡包", "card holder"), ("零钱包", "coin purse"), ("折叠钱包", "bifold wallet")]
WALLET_BRANDS = ["coach", "septwolves", "goldlion", "kipling", None, None, None]


def mk_wallet(R):
    ow = owner_for(R, 0.1, 0.1)
    k = R.choice(WALLET_KINDS)
    o = base("wallet", [k[0], "钱包", "钱包", "皮夹", "钱夹"], [k[1], "wallet", "purse"], ow)
    b = R.choice(WALLET_BRANDS)
    col = R.choice(["black", "brown", "red", "pink", "blue", "indigo", "grey", "black"])
    if b is None and R.random() < 0.3:
        col = "indigo"
    o.update(kind="wallet", brand=b, color=col)
    n_cards = R.randint(0, 3)
    for _ in range(n_cards):
        bk = R.choice(BANKS)
        t = digits(R, 4)
        o["tails"].append((bk, t))
    if o["tails"]:
        o["serial"] = {"t": "card", "v": o["tails"][0][1], "bank": o["tails"][0][0]}
        o["fsees"] = 0.55
    o["cash"] = R.choice([0, 0, 35, 80, 120, 200, 300, 460, 600, 850, 1200, 2000])
    if R.random() < 0.3:
        o["cont"].append(("身份证一张(%s)" % ow["name"], "an ID card (%s)" % ow["name"]) if ow["kind"] != "en" else ("一张外国驾照(%s)" % ow["name"], "a driving licence (%s)" % ow["name"]))
        if ow["kind"] != "en" and R.random() < 0.5:
            o["alt_cat"] = "id_doc"
    extra = [("几张会员卡", "some loyalty cards"), ("一张全家福照片", "a family photo"), ("几张购物小票", "some receipts"),
             ("一张扎染店名片", "a tie-dye shop card"), ("一把小钥匙", "a small key"), ("车票", "a train ticket"), ("樱花谷门票", "cherry valley ticket")]
    for e in R.sample(extra, R.randint(0, 2)):
        o["cont"].append(e)
    if R.random() < 0.4:
        o["vis"].append(R.choice([("边角磨破了", "worn corners"), ("拉链坏了", "broken zip"), ("上面有金属logo", "metal logo on it"),
                                  ("绣着一朵茶花", "embroidered camellia"), ("有一道划痕", "a scratch on it")]))
    o["prefer"] = ["street", "guesthouse", "transport", "market", "village", "lake", "flower"]
    return o


BAG_KINDS = [("双肩包", "backpack"), ("扎染布包", "tie-dye cloth bag"), ("斜挎包", "crossbody bag"), ("相机包", "camera bag"),
             ("帆布袋", "canvas tote"), ("腰包", "bum bag"), ("登山包", "hiking pack")]


def mk_bag(R):
    k = R.choice(BAG_KINDS)
    ow = owner_for(R, 0.3 if k[0] in ("登山包", "双肩包") else 0.1, 0.05)
    o = base("bag", [k[0], "包", "背包" if "背" in k[0] or "双肩" in k[0] else k[0]], [k[1], "bag"], ow)
    if k[0] == "扎染布包":
        b, col = None, R.choice(["indigo", "indigo", "blue"])
    elif k[0] in ("双肩包", "登山包"):
        b = R.choice(["tnf", "arcteryx", "osprey", "decathlon", "xiaomi", None])
        col = R.choice(["black", "grey", "blue", "green", "orange", "red"])
    elif k[0] == "斜挎包":
        b = R.choice(["coach", "kipling", None, None])
        col = R.choice(["black", "brown", "white", "pink"])
    else:
        b = R.choice([None, None, "decathlon"])
        col = R.choice(["black", "white", "grey", "green", "brown"])
    o.update(kind="bag", brand=b, color=col)
    pool = [("充电宝", "power bank"), ("保温杯", "thermos"), ("一件冲锋衣", "a shell jacket"), ("防晒霜", "sunscreen"),
            ("两瓶氧气瓶", "two oxygen canisters"), ("一本笔记本", "a notebook"), ("雨伞", "umbrella"), ("一包纸巾和湿巾", "tissues"),
            ("药(高原安)", "altitude pills"), ("一条扎染围巾", "a tie-dye scarf"), ("耳机", "earphones"), ("一盒鲜花饼", "a box of flower cakes"),
            ("钥匙", "keys"), ("相机镜头", "a camera lens")]
    for c in R.sample(pool, R.randint(1, 4)):
        o["cont"].append(c)
    if R.random() < 0.25:
        o["cont"].append(("身份证(%s)" % ow["name"], "ID of %s" % ow["name"]) if ow["kind"] != "en" else ("passport of %s" % ow["name"], "my passport"))
    if R.random() < 0.3:
        o["cash"] = R.choice([200, 500, 800, 1500])
    if R.random() < 0.5:
        o["vis"].append(R.choice([("挂着一个熊猫挂件", "panda keyring hanging on it"), ("侧袋有个水杯", "bottle in the side pocket"),
                                  ("肩带上系着红绳", "red string on the strap"), ("拉链头是红色的", "red zip pulls"),
                                  ("包上缝了个国旗布标", "a flag patch sewn on"), ("底部有污渍", "stain on the bottom")]))
    o["prefer"] = ["street", "transport", "guesthouse", "lake", "flower", "village"]
    return o


GH = [("tingfeng", "听风客栈"), ("tingfengge", "听风阁客栈"), ("banshan", "半山客栈"), ("banshanyun", "半山云舍客栈"),
      ("yunqi", "云栖客栈"), ("yunqi_yard", "云栖小院"), ("hostel", "鹿角青旅")]
FOBS = ["volkswagen", "toyota", "byd"]


def mk_keys(R):
    ow = owner_for(R, 0.1, 0.15)
    x = R.random()
    o = base("keys", ["钥匙", "一串钥匙", "钥匙串", "锁匙"], ["keys", "key", "bunch of keys"], ow)
    o["kind"] = "keys"
    if x < 0.35:
        g = R.choice(GH)
        room = str(R.choice([1, 2, 3])) + R.choice(["01", "02", "03", "05", "06", "08", "11"])
        o["serial"] = {"t": "room", "v": room, "gh": g[1]}
        o["vis"].append(("木牌上刻着%s %s" % (g[1], room), "wooden tag '%s %s'" % (g[1], room)))
        o["nz"] = ["房间钥匙", "客栈钥匙", "房卡钥匙", "钥匙"]
        o["fsees"] = 0.95
        o["color"] = R.choice(["brown", "gold", None])
        o["prefer"] = ["street", "lake", "flower"]
    elif x < 0.65:
        b = R.choice(FOBS)
        o["brand"] = b
        o["vis"].append(("%s车钥匙一个" % ["大众", "丰田", "比亚迪"][FOBS.index(b)], "a car key fob"))
        o["vis"].append(("还有%d把家门钥匙" % R.randint(1, 4), "some house keys"))
        o["color"] = R.choice(["black", "silver"])
        o["fsees"] = 0.0
        o["prefer"] = ["street", "lake", "guesthouse", "market"]
    else:
        no = "%03d" % R.randint(1, 160)
        o["serial"] = {"t": "rental", "v": no, "shop": R.choice(["湖畔租车", "洱岸租车", "古城租车行"])}
        o["vis"].append(("电动车钥匙, 塑料牌写着%s %s号" % (o["serial"]["shop"], no), "e-scooter key with tag %s no.%s" % (o["serial"]["shop"], no)))
        o["nz"] = ["电动车钥匙", "电瓶车钥匙", "车钥匙", "钥匙"]
        o["fsees"] = 0.9
        o["brand"] = R.choice(["yadea", "aima", "niu", None])
        o["prefer"] = ["lake", "street", "flower"]
    pend = [("挂着一个银铃铛", "a little silver bell"), ("挂着扎染小鱼", "a tie-dye fish"), ("挂着熊猫公仔", "a panda figure"),
            ("挂着红色中国结", "a red knot"), ("挂着开瓶器", "a bottle opener"), ("挂着一个小手电", "a mini torch")]
    if R.random() < 0.6:
        o["vis"].append(R.choice(pend))
    return o


def mk_ebike(R):
    ow = owner_for(R, 0.1, 0.2)
    o = base("ebike", ["电动车", "电瓶车", "电驴", "小电驴", "电动自行车"], ["e-scooter", "electric scooter", "e-bike"], ow)
    b = R.choice(["yadea", "aima", "niu", "ninebot", "tailg"])
    o.update(kind="ebike", brand=b, color=R.choice(["white", "black", "pink", "blue", "green", "red", "yellow"]))
    o["model"] = R.choice({"yadea": ["冠能E8", "DE3", "Q5"], "aima": ["A500", "小蜜豆", "Q7"], "niu": ["G2", "UQi+", "F0"],
                           "ninebot": ["F90", "C40", "E100"], "tailg": ["铃仔", "T78"]}[b])
    frame = "L" + alnum(R, 3) + digits(R, 2) + alnum(R, 1) + digits(R, 6)
    shop = R.choice(["湖畔租车", "洱岸租车", "古城租车行", None])
    if shop:
        no = "%03d" % R.randint(1, 180)
        o["serial"] = {"t": "rental", "v": no, "shop": shop, "frame": frame}
        o["vis"].append(("车身贴着%s的牌子, 编号%s" % (shop, no), "rental sticker %s no.%s" % (shop, no)))
        o["hid"].append(("车架号%s" % frame, "frame number %s" % frame))
    else:
        o["serial"] = {"t": "frame", "v": frame}
        plate = "古城%s%s" % (R.choice("ABCDE"), digits(R, 5))
        o["vis"].append(("车牌%s" % plate, "plate %s" % plate))
    o["fsees"] = 0.8
    for m in R.sample([("前面有车篮", "front basket"), ("后座有靠背", "pillion backrest"), ("车篮里有个头盔", "helmet in the basket"),
                       ("后视镜断了一个", "one mirror broken"), ("座垫上套着扎染座套", "tie-dye seat cover"), ("脚踏板有泥", "muddy footboard")], R.randint(1, 3)):
        o["vis"].append(m)
    o["prefer"] = ["lake", "street", "flower", "village"]
    return o


def mk_bicycle(R):
    ow = owner_for(R, 0.2, 0.15)
    o = base("bicycle", ["自行车", "单车", "山地车", "脚踏车"], ["bicycle", "bike", "mountain bike"], ow)
    b = R.choice(["giant", "merida", "xds", "decathlon"])
    o.update(kind="bicycle", brand=b, color=R.choice(["black", "white", "blue", "red", "green", "grey", "orange"]))
    o["model"] = R.choice({"giant": ["ATX 830", "Escape 2", "XTC 800"], "merida": ["勇士500", "公爵300"], "xds": ["逐日600", "RC200"],
                           "decathlon": ["RC120", "Riverside 500"]}[b])
    frame = R.choice(["G", "M", "X", "D"]) + alnum(R, 2) + digits(R, 7)
    o["serial"] = {"t": "frame", "v": frame}
    o["fsees"] = 0.5
    if R.random() < 0.5:
        no = "%03d" % R.randint(1, 120)
        o["vis"].append(("车把上挂着租车牌, 湖畔租车%s号" % no, "rental tag Lakeside no.%s" % no))
    for m in R.sample([("前面装了车筐", "front basket"), ("后座有货架", "rear rack"), ("车座是黑色加厚坐垫", "thick black saddle"),
                       ("车把缠着彩色胶带", "colourful bar tape"), ("车铃是小黄鸭", "rubber-duck bell"), ("后挡泥板歪了", "bent rear mudguard")], R.randint(1, 2)):
        o["vis"].append(m)
    o["prefer"] = ["lake", "street", "village"]
    return o


def mk_cash(R):
    ow = owner_for(R, 0.05, 0.3)
    amt = R.choice([600, 800, 1000, 1200, 1500, 2000, 2600, 3000, 3500, 5000])
    o = base("cash", ["现金", "钱", "一沓现金", "现金"], ["cash", "money"], ow)
    cont = R.choice([("装在%s的信封里" % R.choice(BANKS)[1], "in a bank envelope"), ("用橡皮筋扎着", "held with a rubber band"),
                     ("装在红包里", "in a red packet"), ("装在一个塑料袋里", "in a plastic bag"), ("夹在一张收据里", "folded in a receipt")])
    o.update(kind="cash", cash=amt)
    if "红包" in cont[0]:
        o["nz"] = ["红包", "一个红包", "现金红包"]
        o["ne"] = ["red envelope of cash"]
    o["vis"].append(cont)
    if R.random() < 0.4:
        o["vis"].append(R.choice([("信封上写着'房租'", "'rent' written on the envelope"), ("信封上写着'银料款'", "'silver money' written on it"),
                                  ("都是100元的", "all 100s"), ("有几张50的", "some 50s")]))
    o["color"] = "red" if "红包" in cont[0] else None
    o["prefer"] = ["market", "street", "village", "transport", "hospital"]
    return o


SILVER_SHOPS = ["shiping", "yangji", "duanshi", "yunyin", None]


def mk_jewelry(R):
    ow = owner_for(R, 0.1, 0.1)
    x = R.random()
    o = base("jewelry", ["首饰"], ["jewellery"], ow)
    o["kind"] = "jewelry"
    if x < 0.45:
        style = R.choice([("錾花", "chased flowers"), ("云纹", "cloud pattern"), ("鱼纹", "fish pattern"), ("素圈", "plain band"),
                          ("葫芦纹", "gourd pattern"), ("竹节", "bamboo-joint"), ("龙凤", "dragon and phoenix")])
        o["nz"] = ["银镯", "银手镯", "镯子", "银镯子", "手镯"]
        o["ne"] = ["silver bangle", "silver bracelet", "bangle"]
        o["model"] = R.choice(["开口镯", "闭口镯", "推拉镯"]) if R.random() < 0.6 else None
        o["vis"].append(("%s图案" % style[0], style[1]))
        o["color"] = "silver"
        o["brand"] = R.choice(SILVER_SHOPS)
        stamp = R.choice(["S990", "足银", "S999", "S925"])
        o["vis"].append(("内侧印着%s" % stamp, "stamped %s inside" % stamp))
        if R.random() < 0.4:
            w = R.choice(["平安", "长命百岁", "L&Y", "如意", "2025", "喜乐"])
            o["vis"].append(("内侧刻字'%s'" % w, "engraved '%s'" % w))
        o["hid"].append(("大概%d克, 花了%d块" % (R.choice([30, 40, 50, 60, 80]), R.choice([380, 580, 680, 880, 1280])), "about %d g" % R.choice([30, 50, 60])))
    elif x < 0.7:
        o["nz"] = ["银手链", "手链", "银链子", "链子"]
        o["ne"] = ["silver bracelet", "chain bracelet"]
        o["color"] = "silver"
        o["brand"] = R.choice(SILVER_SHOPS)
        o["vis"].append(R.choice([("挂着一个小铃铛", "little bell"), ("串着转运珠", "lucky bead"), ("有个葫芦吊坠", "gourd charm"),
                                  ("带一颗红绳结", "red knot"), ("扣子是龙虾扣", "lobster clasp")]))
        o["hid"].append(("银器街买的, 一百多块", "bought on silver street"))
    elif x < 0.82:
        o["nz"] = ["银项链", "项链", "链子"]
        o["ne"] = ["silver necklace", "necklace"]
        o["color"] = "silver"
        o["brand"] = R.choice(SILVER_SHOPS)
        o["vis"].append(R.choice([("吊坠是一片银叶子", "silver leaf pendant"), ("吊坠是平安锁", "padlock pendant"), ("吊坠是一条小鱼", "fish pendant")]))
    elif x < 0.92:
        o["nz"] = ["玉镯", "翡翠手镯", "镯子", "玉手镯"]
        o["ne"] = ["jade bangle"]
        o["color"] = R.choice(["green", "white"])
        o["vis"].append(R.choice([("有一道棉絮纹", "a cloudy streak"), ("飘绿花", "green flecks"), ("圈口比较小", "small size")]))
        o["hid"].append(("家里老人给的, 有证书", "family heirloom, has certificate"))
    else:
        o["nz"] = ["金戒指", "戒指", "婚戒"]
        o["ne"] = ["gold ring", "ring", "wedding ring"]
        o["color"] = "gold"
        w = R.choice(["LOVE", "Z&Q", "2019.5.20", "永远"])
        o["vis"].append(("内圈刻着'%s'" % w, "engraved '%s' inside" % w))
    if R.random() < 0.3:
        o["cont"].append(R.choice([("装在红色绒布袋里", "in a red velvet pouch"), ("装在店里的小盒子里", "in the shop's little box"),
                                   ("还有购买小票", "with the receipt")]))
    o["prefer"] = ["street", "village", "guesthouse", "hospital", "flower", "lake"]
    if o["nz"][0] in ("银手链", "银镯") and R.random() < 0.35:
        o["alt_cat"] = "other"
    return o


def mk_electronics(R):
    ow = owner_for(R, 0.2, 0.0)
    x = R.random()
    o = base("electronics", ["电子产品"], ["device"], ow)
    o["kind"] = "electronics"
    if x < 0.32:
        b = R.choice(sorted(CAMS))
        o.update(brand=b, model=R.choice(CAMS[b][0]), color=R.choice(CAMS[b][1]))
        o["nz"] = ["相机", "照相机", "微单", "数码相机"]
        o["ne"] = ["camera", "mirrorless camera"]
        o["serial"] = {"t": "camsn", "v": digits(R, R.choice([8, 9, 10]))}
        o["fsees"] = 0.45
        o["vis"].append(R.choice([("挂着彩色扎染背带", "tie-dye strap"), ("黑色原装背带", "black original strap"), ("没有背带", "no strap"),
                                  ("手腕带是红色的", "red wrist strap")]))
        if R.random() < 0.5:
            o["vis"].append(R.choice([("镜头盖丢了", "no lens cap"), ("装着一个变焦镜头", "kit zoom lens"), ("UV镜有划痕", "scratched UV filter"),
                                      ("机身贴了一张贴纸", "sticker on the body")]))
        o["hid"].append(R.choice([("卡里全是樱花谷和湖边的照片", "card full of blossom and lake photos"), ("有我和我女朋友的合照", "photos of me and my girlfriend"),
                                  ("存储卡是64G闪迪", "64GB card")]))
        o["cont"].append(("存储卡里有照片", "memory card with photos"))
    elif x < 0.52:
        o.update(brand="dji", model=R.choice(DRONES), color=R.choice(["grey", "white", "grey"]))
        o["nz"] = ["无人机", "航拍器", "航拍无人机", "无人机"]
        o["ne"] = ["drone", "DJI drone"]
        sn = R.choice(["1581F", "1SSC", "3Q4S"]) + alnum(R, 9)
        o["serial"] = {"t": "dronesn", "v": sn}
        o["fsees"] = 0.5
        o["vis"].append(R.choice([("装在灰色收纳包里", "in a grey carry bag"), ("只有飞机没有遥控器", "drone only, no controller"),
                                  ("带带屏遥控器", "with the screen controller"), ("桨叶断了一片", "one broken propeller")]))
        if R.random() < 0.6:
            reg = "UAS-%s" % alnum(R, 8, "0123456789")
            o["vis"].append(("机身贴着实名登记码%s" % reg, "registration sticker %s" % reg))
        o["hid"].append(("里面有环湖航拍的视频", "lake footage on it"))
    elif x < 0.66:
        b = R.choice(["apple", "huawei", "sony", "xiaomi"])
        o.update(brand=b, model={"apple": "AirPods Pro", "huawei": "FreeBuds Pro 3", "sony": "WF-1000XM5", "xiaomi": "Buds 4"}[b],
                 color=R.choice(["white", "black", "white"]) if b != "sony" else "black")
        o["nz"] = ["耳机", "蓝牙耳机", "无线耳机", "耳机盒"]
        o["ne"] = ["earbuds", "wireless earphones"]
        o["serial"] = {"t": "podsn", "v": alnum(R, 10)}
        o["fsees"] = 0.2
        o["vis"].append(R.choice([("套着透明保护套", "clear cover"), ("套着卡通保护套", "cartoon cover"), ("盒子上有划痕", "scuffed case"),
                                  ("只有充电盒和一只耳机", "case with one earbud")]))
        if R.random() < 0.5:
            o["alt_cat"] = "other"
    elif x < 0.76:
        b = R.choice(["gopro", "insta360"])
        o.update(brand=b, model=R.choice({"gopro": ["HERO12", "HERO11"], "insta360": ["X3", "X4", "GO 3"]}[b]), color="black")
        o["nz"] = ["运动相机", "全景相机", "小相机"]
        o["ne"] = ["action camera", "360 camera"]
        o["serial"] = {"t": "camsn", "v": alnum(R, 12)}
        o["fsees"] = 0.35
        o["vis"].append(R.choice([("装在自拍杆上", "on a selfie stick"), ("带一个防水壳", "in a waterproof housing"), ("挂在胸带上", "on a chest mount")]))
    elif x < 0.86:
        b = R.choice(["anker", "xiaomi"])
        o.update(brand=b, model=R.choice(["20000mAh", "10000mAh", "PD快充"]), color=R.choice(["white", "black", "blue"]))
        o["nz"] = ["充电宝", "移动电源", "充电宝"]
        if R.random() < 0.4:
            o["alt_cat"] = "other"
        o["ne"] = ["power bank"]
        o["vis"].append(R.choice([("插着一根白色数据线", "white cable attached"), ("贴着一张名字贴纸", "name sticker"), ("一角磕掉漆了", "chipped corner")]))
    else:
        b = R.choice(["apple", "kindle", "huawei"])
        o.update(brand=b, model={"apple": R.choice(["iPad Air", "iPad mini", "MacBook Air"]), "kindle": "Paperwhite", "huawei": "MatePad 11"}[b],
                 color=R.choice(["grey", "blue", "silver", "black"]))
        o["nz"] = ["平板", "平板电脑", "iPad"] if o["model"].startswith("iPad") or b == "huawei" else (["笔记本电脑", "电脑"] if "Mac" in o["model"] else ["电子书", "阅读器", "Kindle"])
        o["ne"] = ["tablet"] if "iPad" in o["model"] or b == "huawei" else (["laptop"] if "Mac" in o["model"] else ["e-reader"])
        o["serial"] = {"t": "devsn", "v": alnum(R, 10)}
        o["fsees"] = 0.3
        o["vis"].append(R.choice([("套着皮套", "leather cover"), ("贴着樱花贴纸", "blossom stickers"), ("屏幕有裂纹", "cracked screen"),
                                  ("装在灰色内胆包里", "in a grey sleeve")]))
        o["hid"].append(("锁屏是我们家狗", "lock screen is our dog"))
    o["prefer"] = ["lake", "flower", "street", "guesthouse", "transport"]
    return o


OTHERS = [
    ("扎染围巾", "tie-dye scarf", ["围巾", "扎染围巾", "披肩", "扎染披肩"], None, ["indigo", "blue", "purple"]),
    ("登山杖", "trekking poles", ["登山杖", "手杖", "徒步杖"], "blackdiamond", ["black", "red", "blue"]),
    ("尤克里里", "ukulele", ["尤克里里", "小吉他", "四弦琴"], "enya", ["brown", "white", "pink"]),
    ("墨镜", "sunglasses", ["墨镜", "太阳镜", "太阳眼镜"], "rayban", ["black", "brown"]),
    ("保温杯", "thermos flask", ["保温杯", "水杯", "杯子"], "thermos", ["white", "black", "pink", "blue"]),
    ("近视眼镜", "glasses", ["眼镜", "近视眼镜", "眼镜盒"], None, ["black", "gold", "silver"]),
    ("病历袋", "medical folder", ["病历袋", "CT片", "片子", "病历"], None, ["white", "blue"]),
    ("遮阳帽", "sun hat", ["帽子", "遮阳帽", "草帽"], None, ["white", "yellow", "brown"]),
    ("雨伞", "umbrella", ["雨伞", "伞", "折叠伞"], None, ["black", "blue", "pink"]),
    ("儿童玩具", "toy", ["玩具", "毛绒玩具", "公仔"], None, ["pink", "white", "brown", "yellow"]),
]


def mk_other(R):
    ow = owner_for(R, 0.15, 0.05)
    t = R.choice(OTHERS)
    o = base("other", t[2], [t[1]], ow)
    o.update(kind="other", brand=t[3] if (t[3] and R.random() < 0.7) else None, color=R.choice(t[4]))
    if t[0] == "病历袋":
        o["vis"].append(("袋子上印着古城区人民医院, 写着名字%s" % ow["name"], "hospital folder, name %s" % ow["name"]))
        o["cont"].append(("里面有CT片和化验单", "CT film and lab results"))
        o["prefer"] = ["hospital", "transport", "street"]
    elif t[0] == "儿童玩具":
        animal = R.choice([("小熊", "bear"), ("兔子", "rabbit"), ("大象", "elephant"), ("小狗", "puppy")])
        o["nz"] = ["%s玩偶" % animal[0], "毛绒%s" % animal[0], "玩具"]
        o["vis"].append(("一只毛绒%s, 有点旧" % animal[0], "a worn plush %s" % animal[1]))
        o["hid"].append(("孩子每天抱着睡觉, 哭了一晚上", "my kid sleeps with it"))
        o["prefer"] = ["flower", "street", "transport", "guesthouse"]
    else:
        o["vis"].append(R.choice([("上面系着一根红绳", "red string tied on"), ("有点旧了", "a bit worn"), ("上面写着名字缩写", "initials on it"),
                                  ("边上有个小破口", "a small tear"), ("贴着一张卡通贴纸", "cartoon sticker")]))
        o["prefer"] = ["street", "flower", "lake", "guesthouse", "transport", "village"]
    o["nz"] = list(o["nz"])
    return o


BUILDERS = {"phone": [mk_phone], "id_doc": [mk_idcard] * 5 + [mk_passport] * 4 + [mk_student, mk_license, mk_sscard],
            "wallet": [mk_wallet], "bag": [mk_bag], "keys": [mk_keys], "ebike": [mk_ebike], "bicycle": [mk_bicycle],
            "cash": [mk_cash], "jewelry": [mk_jewelry], "electronics": [mk_electronics], "other": [mk_other]}


def make_object(R, cat):
    return R.choice(BUILDERS[cat])(R)
