"""Hidden truth records (part a): phones, documents, wallets, keys, cash.

A truth record is what the object really is.  Features carry a tag (what kind of detail),
a key (its canonical value, used to keep negatives honest), Chinese and English wording,
and whether a finder can see it (vis).  Owners know every feature plus the hidden ones.
"""
from set95_ids import id_number, imei, digits, BRANDS
from set95_world import zh_name, KR, EN


def F(tag, key, zh, en, vis=True, fzh=None):
    return {"tag": tag, "key": key, "zh": zh, "en": en, "vis": vis, "fzh": fzh or zh}


def pick_feats(rng, pools, n_lo, n_hi):
    tags = list(pools)
    rng.shuffle(tags)
    out = []
    for tag in tags[:rng.randint(n_lo, n_hi)]:
        key, zh, en = rng.choice(pools[tag])
        out.append(F(tag, key, zh, en))
    return out


def base(cat, noun, noun_en, color=None, brand=None, model=None):
    return {"cat": cat, "noun": noun, "noun_en": noun_en, "color": color, "brand": brand,
            "model": model, "serial": None, "feats": [], "hid": [], "owner": None, "cross": None}


PHONE_MODELS = {
    "huawei": ["Mate 68 Pro", "nova 15 Youth", "畅享 90 Max"], "apple": ["iPhone 17 Lite", "iPhone SE 4", "iPhone 16 Mini"],
    "xiaomi": ["Redmi K88", "Redmi Note 15X", "Civi 6 Lite"], "oppo": ["Reno 15 Air", "Find X9 Lite", "A3 Mini"],
    "vivo": ["X300 Lite", "S25 Youth", "Y58 Max"], "honor": ["Magic 8 Lite", "X60 Youth", "Play 9 Max"],
    "samsung": ["Galaxy S27 FE", "Galaxy A59", "Galaxy Z Flip 8 Lite"]}
PHONE_POOLS = {
    "case": [("clear", "透明手机壳", "clear case"), ("blue_sil", "蓝色硅胶壳", "blue silicone case"),
             ("leather_flip", "棕色皮质翻盖壳", "brown leather flip case"), ("puppy", "卡通小狗图案的壳", "case with a cartoon puppy"),
             ("photo_card", "透明壳里夹着一张演唱会小卡", "clear case with a concert photo card inside"),
             ("black_armor", "黑色防摔壳", "black rugged case"), ("pink_glitter", "粉色亮片壳", "pink glitter case"),
             ("none", "没套壳，裸机", "no case at all")],
    "screen": [("crack_tl", "屏幕左上角有裂纹", "crack at the top-left of the screen"),
               ("crack_bottom", "屏幕下面碎了一小块", "small broken patch at the bottom of the screen"),
               ("film_chip", "钢化膜碎了一个角", "screen protector chipped at one corner")],
    "strap": [("orange_lanyard", "挂着一根橙色挂绳", "orange lanyard"), ("pearl_chain", "挂着珍珠手机链", "pearl phone chain"),
              ("shell_charm", "挂着一个贝壳挂件", "a shell charm hanging"), ("ring", "背面有个指环支架", "ring holder on the back")],
    "wallpaper": [("cat", "锁屏是一只橘猫", "lock screen shows an orange cat"), ("kid", "锁屏是小孩的照片", "lock screen is a child's photo"),
                  ("sunset", "锁屏是海边日落", "lock screen is a sunset over the sea"), ("couple", "锁屏是两个人的合照", "lock screen is a photo of a couple"),
                  ("anime", "锁屏是动漫人物", "lock screen is an anime character")],
}
PHONE_HID = [("微信支付宝都在上面", "all my payment apps are on it"), ("相册里有很多孩子的照片", "lots of photos of my kid"),
             ("开机密码是六位数", "six-digit passcode"), ("电量不多了，可能已经关机", "battery was low, may be off"),
             ("里面两张卡，移动和联通", "two SIM cards inside")]


def phone(rng):
    b = rng.choice(["huawei", "apple", "apple", "xiaomi", "oppo", "vivo", "honor", "samsung"])
    o = base("phone", "手机", "phone", rng.choice(["black", "black", "white", "blue", "purple", "green", "gold", "silver", "pink"]),
             b, rng.choice(PHONE_MODELS[b]))
    o["feats"] = pick_feats(rng, PHONE_POOLS, 1, 3)
    for f in o["feats"]:
        if f["tag"] == "wallpaper":
            f["vis"] = rng.random() < 0.5
    o["serial"] = {"kind": "imei", "value": imei(rng), "owner": rng.random() < 0.45, "finder": rng.random() < 0.18}
    o["hid"] = rng.sample(PHONE_HID, 2) + [("手机号尾号" + digits(rng, 4), "my number ends in " + digits(rng, 4))]
    return o


SCHOOLS = ["鹭江大学", "东海理工学院", "南屿职业技术学院", "闽东师范学院", "白鲎岛中心小学"]


def id_doc(rng, foreign=False):
    name = zh_name(rng)
    kind = rng.choice(["id", "id", "id", "drive", "student", "hk", "elder"]) if not foreign else "passport"
    if kind == "id":
        o = base("id_doc", rng.choice(["身份证", "二代身份证", "居民身份证"]), "ID card")
        o["serial"] = {"kind": "id", "value": id_number(rng, 1955, 2008), "owner": rng.random() < 0.6, "finder": True}
    elif kind == "drive":
        o = base("id_doc", rng.choice(["驾驶证", "驾照"]), "driving licence", rng.choice(["brown", "black"]))
        o["serial"] = {"kind": "id", "value": id_number(rng, 1965, 2004), "owner": rng.random() < 0.4, "finder": True}
        o["feats"].append(F("cover", o["color"], "装在%s皮套里" % ("棕色" if o["color"] == "brown" else "黑色"), "in a leather cover"))
    elif kind == "student":
        school = rng.choice(SCHOOLS)
        o = base("id_doc", "学生证", "student card", rng.choice(["red", "blue", "green"]))
        o["serial"] = {"kind": "student", "value": "2%03d%05d" % (rng.randint(19, 24) * 10 + rng.randint(0, 3), rng.randint(0, 99999)),
                       "owner": rng.random() < 0.5, "finder": True}
        o["feats"].append(F("school", school, school + "的", "from " + school))
    elif kind == "hk":
        o = base("id_doc", rng.choice(["港澳通行证", "往来港澳通行证"]), "HK/Macau travel permit")
        o["serial"] = {"kind": "code", "value": "C" + rng.choice("ABCDEFGHJK") + digits(rng, 7), "owner": rng.random() < 0.3, "finder": True}
    elif kind == "elder":
        name = zh_name(rng)
        o = base("id_doc", rng.choice(["老年优待证", "老人卡"]), "senior card")
        o["serial"] = {"kind": "code", "value": "鲎老%04d" % rng.randint(1, 3000), "owner": rng.random() < 0.2, "finder": True}
        o["elder"] = True
    else:
        name = rng.choice(KR + EN)
        o = base("id_doc", "护照", "passport", rng.choice(["blue", "red", "green"]))
        o["serial"] = {"kind": "code", "value": rng.choice("MS") + digits(rng, 8), "owner": rng.random() < 0.7, "finder": True}
        o["foreign"] = True
    o["owner"] = name
    o["feats"].append(F("name", name, "名字是" + name, "name " + name))
    holder = [("clear_sleeve", "装在透明卡套里", "in a clear sleeve"), ("blue_sleeve", "套着蓝色卡套", "in a blue card sleeve"),
              ("work_badge", "和一张工牌挂在一起", "hung together with a work badge"), ("rubber", "用橡皮筋和几张会员卡扎在一起", "bundled with loyalty cards")]
    if rng.random() < 0.5 and kind != "passport":
        k, zh, en = rng.choice(holder)
        o["feats"].append(F("holder", k, zh, en))
    return o


BANKS = [("工商银行", "6222"), ("建设银行", "6217"), ("农业银行", "6228"), ("招商银行", "6225"), ("中国银行", "6216"), ("农商银行", "6230")]
WALLET_POOLS = {
    "charm": [("tassel", "拉链上挂着流苏", "tassel on the zip"), ("bell", "挂着一个小铃铛", "little bell attached"),
              ("fish_tag", "挂着小鱼皮扣", "small leather fish tag")],
    "wear": [("corner_worn", "四个角都磨白了", "corners worn pale"), ("pen_mark", "里面有圆珠笔画的印子", "ballpoint mark inside"),
             ("torn_lining", "内衬有点破", "lining a bit torn")],
    "photo": [("family", "夹着一张全家福", "a family photo inside"), ("baby", "夹着婴儿的照片", "a baby photo inside"),
              ("temple_charm", "夹着天后宫求的平安符", "a temple charm inside")],
}


def wallet(rng):
    b = rng.choice(["coach", "septwolves", "goldlion", None, None])
    noun, en = rng.choice([("钱包", "wallet"), ("长款钱包", "long wallet"), ("短款钱包", "short wallet"), ("卡包", "card holder"), ("零钱包", "coin purse")])
    o = base("wallet", noun, en, rng.choice(["black", "black", "brown", "red", "pink", "blue", "grey"]), b)
    o["feats"] = pick_feats(rng, WALLET_POOLS, 0, 2)
    name = zh_name(rng)
    o["owner"] = name
    if rng.random() < 0.55:
        o["feats"].append(F("name", name, "里面有%s的身份证" % name, "ID card of " + name))
    bank, pre = rng.choice(BANKS)
    tail = digits(rng, 4)
    o["serial"] = {"kind": "tail", "value": tail, "bank": bank, "prefix": pre, "owner": rng.random() < 0.6, "finder": rng.random() < 0.6}
    amt = rng.choice([0, 50, 120, 200, 350, 600, 800, 1500]) + rng.choice([0, 0, 6, 30, 47])
    if amt:
        o["feats"].append(F("amount", amt, "里面大概%s块钱现金" % approx(amt), "about %d yuan cash" % amt, True, "内有现金%d元" % amt))
    o["hid"] = [("还有几张会员卡", "some loyalty cards"), ("有一张船票收据", "a ferry ticket receipt")]
    return o


def approx(a):
    if a < 100:
        return str(a)
    return rng_free_round(a)


def rng_free_round(a):
    if a >= 1000:
        k = a // 1000
        return ("%d千多" % k) if a % 1000 else ("%d千" % k)
    h = a // 100
    return ("%d百多" % h) if a % 100 else ("%d百" % h)


KEY_POOLS = {
    "keychain": [("dolphin", "海豚钥匙扣", "dolphin keyring"), ("shell", "贝壳挂件", "shell charm"), ("bear", "小熊公仔挂件", "little teddy bear charm"),
                 ("opener", "开瓶器钥匙扣", "bottle-opener keyring"), ("knot", "红绳编的平安结", "red knotted cord"),
                 ("lighthouse", "灯塔纪念品挂件", "lighthouse souvenir charm")],
    "count": [("2", "两把钥匙", "two keys"), ("3", "三把钥匙", "three keys"), ("5", "五把钥匙一大串", "a bunch of five keys")],
    "extra": [("fob_gate", "还有一个小区门禁扣", "plus a building fob"), ("usb", "串着一个U盘", "with a USB stick on it"),
              ("nail_clip", "串着指甲剪", "with nail clippers on it")],
}


def keys(rng):
    kind = rng.choice(["ring", "ring", "car", "room", "ebike"])
    o = base("keys", "钥匙", "keys")
    if kind == "car":
        o["brand"] = rng.choice(["toyota", "byd", "honda", "vw"])
        o["noun"], o["noun_en"] = rng.choice([("车钥匙", "car key"), ("汽车遥控钥匙", "car remote key")])
        plate = "闽E" + rng.choice("ABCDFG") + digits(rng, 4)
        o["feats"].append(F("plate", plate, "车牌" + plate, "plate " + plate, False))
    elif kind == "room":
        gh, no = rng.choice(["潮汐里民宿", "阿嬷厝民宿", "听涛客栈"]), str(rng.choice([1, 2, 3])) + "0" + str(rng.randint(1, 8))
        o["feats"].append(F("room", gh + no, "%s%s房的房卡" % (gh, no), "room card %s %s" % (gh, no)))
        o["noun"] = "房卡和钥匙"
    elif kind == "ebike":
        o["brand"] = rng.choice(["yadea", "aima", "tailg"])
        o["noun"], o["noun_en"] = "电动车钥匙", "e-bike key"
    o["feats"] += pick_feats(rng, KEY_POOLS, 1, 3)
    o["color"] = rng.choice([None, None, "red", "blue", "silver", "black", "pink"])
    if rng.random() < 0.25:
        t = digits(rng, 4)
        o["feats"].append(F("tag", t, "挂着小牌子写着手机尾号" + t, "tag with phone number ending " + t))
    return o


def cash(rng):
    kind = rng.choice(["hongbao", "envelope", "bank_env", "band", "clip"])
    names = {"hongbao": ("红包", "red envelope", "red"), "envelope": ("牛皮纸信封装的现金", "brown envelope of cash", "brown"),
             "bank_env": ("银行信封装的现金", "bank envelope of cash", "white"), "band": ("一沓现金", "a wad of cash", None),
             "clip": ("钱夹子夹着的现金", "cash in a money clip", "silver")}
    noun, en, col = names[kind]
    o = base("cash", noun, en, col)
    amt = rng.choice([200, 500, 600, 800, 1000, 1200, 2000, 2600, 3000, 5000]) + rng.choice([0, 0, 0, 50, 100])
    o["feats"].append(F("amount", amt, rng.choice(["%d元" % amt, "大概" + rng_free_round(amt) + "块"]), "%d yuan" % amt, True, "共计%d元" % amt))
    den = rng.choice([("100", "都是一百的", "all 100-yuan notes"), ("mix", "一百和五十的都有", "100s and 50s")])
    o["feats"].append(F("notes", den[0], den[1], den[2]))
    if kind in ("hongbao", "envelope", "bank_env") and rng.random() < 0.6:
        w = rng.choice(["房租", "给阿嬷", "船票钱", "进货款", "满月礼"])
        o["feats"].append(F("writing", w, "上面写着“%s”" % w, "written on it: " + w))
    if kind == "band":
        o["feats"].append(F("band", "rubber", "用橡皮筋扎着", "held with a rubber band"))
    return o
