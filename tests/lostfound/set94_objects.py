"""Set 94 hidden truth records, part 1: phone, id_doc, wallet, keys, cash.

Each generator returns an object: cat, noun, generic nouns per side, classifier, facts.
`owner` is the person it belongs to (a dict from set94_names.person)."""
from set94_facts import (fact, color_fact, brand_fact, model_fact, serial_fact, name_fact, set_fact,
                         cards_fact, cash_fact, story, mark)
from set94_ids import imei, id_number, passport, permit, student_no

CN_DIGIT = "零一两三四五六七八九十"


def obj(cat, noun, gen_own, gen_fnd, gen_en, cl, facts, spec=None, alt_cat=None):
    facts = {k: v for k, v in facts.items() if v is not None}
    if spec:
        facts["noun"] = fact(noun, spec[0], spec[1], spec[2], po=0.7, pf=0.85, look=True)
    else:  # one kind of object: its word is always written
        facts["noun"] = fact(noun, gen_own, gen_fnd, gen_en, po=1.0, pf=1.0, look=True)
    return {"cat": cat, "noun": noun, "gen_own": gen_own, "gen_fnd": gen_fnd, "gen_en": gen_en, "cl": cl,
            "facts": facts, "alt_cat": alt_cat}


PHONE_BRANDS = {"ru": ["samsung", "apple", "xiaomi", "redmi", "honor"], "mn": ["samsung", "apple", "xiaomi", "huawei"],
                "cn": ["huawei", "huawei", "apple", "apple", "xiaomi", "oppo", "vivo", "honor", "redmi"]}
CASES = [("clear", ["透明壳", "透明手机壳"], ["透明保护壳"], ["clear case"]),
         ("black_sil", ["黑色硅胶壳", "黑色的软壳"], ["黑色硅胶保护壳"], ["black silicone case"]),
         ("pink_strap", ["粉色壳带挂绳", "粉色手机壳还有一根挂绳"], ["粉色手机壳，带挂绳"], ["pink case with a strap"]),
         ("flip", ["翻盖皮套", "皮的翻盖套"], ["翻盖式皮套"], ["leather flip cover"]),
         ("bear", ["小熊图案的壳", "卡通小熊手机壳"], ["卡通小熊图案手机壳"], ["cartoon bear case"]),
         ("matryoshka", ["套娃图案的壳", "印着俄罗斯套娃的壳"], ["套娃图案手机壳"], ["matryoshka case"]),
         ("card_case", ["背面能插卡的壳，插着公交卡", "插卡手机壳"], ["插卡式手机壳（内插公交卡一张）"], ["case with a bus card in the back"]),
         ("none", ["没有壳", "裸机没套壳"], ["无保护壳"], ["no case"])]
LOCKS = [("cat", ["锁屏是一只橘猫", "锁屏是我家猫"], ["锁屏壁纸为一只橘猫"], ["lock screen is a ginger cat"]),
         ("child", ["锁屏是小孩照片", "锁屏是我女儿"], ["锁屏为儿童照片"], ["lock screen is my kid"]),
         ("horse", ["锁屏是草原上骑马的照片"], ["锁屏为草原骑马照"], ["lock screen: riding a horse"]),
         ("couple", ["锁屏是我和老婆的合照", "锁屏是两个人合影"], ["锁屏为男女合影"], ["lock screen: me and my wife"]),
         ("football", ["锁屏是足球队队徽"], ["锁屏为足球队徽"], ["lock screen: football club badge"]),
         ("lake", ["锁屏是湖和雪山的风景"], ["锁屏为湖泊雪山风景"], ["lock screen: a lake and mountains"])]
CRACKS = [("corner", ["屏幕右下角碎了", "屏幕角上有裂"], ["屏幕右下角碎裂"], ["cracked screen corner"]),
          ("back", ["后盖有裂纹", "背面玻璃裂了"], ["后盖玻璃有裂纹"], ["cracked back"]),
          ("film", ["贴膜翘边了", "钢化膜碎了"], ["钢化膜破损"], ["broken screen protector"])]


def slot(rng, table, **kw):
    v, own, fnd, en = rng.choice(table)
    return mark(v, own, fnd, en, **kw)


def gen_phone(rng, owner, hint=None):
    nat = "cn" if owner["nat"] in ("cn", "cn_mn") else owner["nat"]
    b = rng.choice(PHONE_BRANDS[nat])
    col = rng.choice(["black", "black", "white", "grey", "gold", "blue", "green", "purple", "pink"])
    f = {"color": color_fact(col), "brand": brand_fact(b, po=0.9, pf=0.85), "model": model_fact(b, rng, po=0.45, pf=0.1),
         "serial": serial_fact("imei", imei(rng), po=0.3, pf=0.06),
         "case": slot(rng, CASES, po=0.6, pf=0.8),
         "lock": slot(rng, LOCKS, po=0.35, pf=0.3)}
    if f["case"]["v"] not in ("clear", "none"):
        f["color"]["pf"] = 0.45
    if rng.random() < 0.35:
        f["crack"] = slot(rng, CRACKS, po=0.6, pf=0.7)
    f["story"] = story(rng.choice([["手机里有很多进货的照片"], ["微信支付宝都在上面"], ["里面有俄罗斯的电话卡"], ["可能没电关机了"],
                                   ["手机里有孩子的照片，很重要"], ["刚买不久"]]))
    return obj("phone", "phone", ["手机", "电话", "手机"], ["手机"], ["phone", "mobile phone", "cellphone"], "部", f)


DOC = {
    "idcard": (["身份证", "二代身份证"], ["居民身份证"], ["ID card", "Chinese ID card"], "张", "idno"),
    "driver": (["驾驶证", "驾照"], ["机动车驾驶证"], ["driving licence"], "本", "idno"),
    "permit": (["出入境通行证", "边境通行证", "通行证"], ["中华人民共和国出入境通行证", "出入境通行证"], ["border pass"], "本", "permit"),
    "passport_cn": (["护照", "中国护照"], ["中华人民共和国护照"], ["Chinese passport"], "本", "passport"),
    "passport_ru": (["俄罗斯护照", "护照", "загранпаспорт"], ["俄罗斯联邦护照", "外国护照（俄罗斯）"], ["Russian passport", "passport"], "本", "passport"),
    "passport_mn": (["蒙古国护照", "护照"], ["蒙古国护照", "外国护照（蒙古国）"], ["Mongolian passport", "passport"], "本", "passport"),
    "student": (["学生证", "校园卡", "饭卡"], ["锡尔嘎学院校园卡", "学生证"], ["student card"], "张", "student"),
}
HOLDERS = [("clear", ["装在透明卡套里"], ["外有透明卡套"], ["in a clear sleeve"]),
           ("black_leather", ["套着黑色皮套", "外面有个黑皮套"], ["外有黑色皮质封套"], ["black leather cover"]),
           ("matryoshka", ["外面套着印套娃的护照夹"], ["外有套娃图案证件夹"], ["matryoshka cover"]),
           ("fu_red", ["套着红色福字卡套"], ["外有红色福字卡套"], ["red cover with a fu character"])]
INSERTS = [("entry_card", ["入境卡"], ["入境卡一张"], ["entry card"]), ("train_ticket", ["火车票"], ["火车票一张"], ["train ticket"]),
           ("photo", ["一张小照片"], ["一寸照片一张"], ["a small photo"]), ("rub500", ["一张500卢布"], ["500卢布纸币一张"], ["a 500-rouble note"]),
           ("hotel_card", ["酒店房卡"], ["酒店房卡一张"], ["hotel key card"])]


def doc_noun(rng, owner, hint):
    if hint in DOC:
        return hint
    n = owner["nat"]
    if n == "ru":
        return "passport_ru"
    if n == "mn":
        return "passport_mn"
    return rng.choice(["idcard", "idcard", "idcard", "driver", "permit", "permit", "passport_cn", "student"])


def gen_id_doc(rng, owner, hint=None):
    noun = doc_noun(rng, owner, hint)
    own, fnd, en, cl, sk = DOC[noun]
    where = "local" if owner["nat"] == "cn_mn" or rng.random() < 0.5 else rng.choice(["south", "north"])
    num = {"idno": lambda: id_number(rng, where, female=owner["female"]), "permit": lambda: permit(rng),
           "passport": lambda: passport(rng, owner["nat"] if noun != "passport_cn" else "cn"),
           "student": lambda: student_no(rng)}[sk]()
    f = {"name": name_fact(owner, rng, po=0.8, pf=0.95), "serial": serial_fact(sk, num, po=0.45, pf=0.8)}
    if noun in ("passport_ru", "passport_cn"):
        f["color"] = color_fact("red", po=0.3, pf=0.5, tmpl_own=["{x}封皮"], tmpl_fnd=["{x}封皮"], in_noun=False)
    if noun in ("passport_ru", "passport_mn", "passport_cn", "permit", "driver") and rng.random() < 0.5:
        f["holder"] = slot(rng, HOLDERS, po=0.45, pf=0.75)
    if noun.startswith("passport") and rng.random() < 0.5:
        f["contents"] = set_fact([rng.choice(INSERTS)], po=0.35, pf=0.7, tmpl_own=["里面夹着{x}"], tmpl_fnd=["内夹{x}"])
    if noun == "student":
        f["color"] = color_fact(rng.choice(["blue", "white", "green"]), po=0.3, pf=0.5, in_noun=True)
    return obj("id_doc", noun, own, fnd, en, cl, f, spec=(own, fnd, en))


WALLET = {"long": (["长款钱包", "长钱包"], ["长款钱包"], ["long wallet"]), "short": (["短款钱包", "折叠钱包"], ["短款对折钱包"], ["bifold wallet"]),
          "cardholder": (["卡包", "卡套"], ["卡包"], ["card holder"]), "coin": (["零钱包"], ["零钱包"], ["coin purse"])}
MATERIAL = [("leather", ["真皮的", "皮的"], ["皮质"], ["leather"]), ("canvas", ["帆布的"], ["帆布材质"], ["canvas"]),
            ("nylon", ["尼龙的"], ["尼龙材质"], ["nylon"])]
W_EXTRA = [("bus_card", ["公交卡"], ["公交卡一张"], ["a bus card"]), ("photo", ["家人照片"], ["照片一张"], ["a family photo"]),
           ("receipt", ["进货单"], ["进货单据若干"], ["receipts"]), ("bizcard", ["几张名片"], ["名片数张"], ["business cards"]),
           ("vip", ["超市会员卡"], ["会员卡一张"], ["a loyalty card"]), ("ticket", ["车票"], ["客运车票一张"], ["a bus ticket"])]


def money(rng, nat, big=False):
    items = []
    if nat != "ru" or rng.random() < 0.5:
        items.append(("cny", rng.choice([1, 2, 3, 5, 8, 12, 20, 35]) * (100 if big else 10) + rng.choice([0, 0, 50, 20])))
    if nat == "ru" and rng.random() < 0.8:
        items.append(("rub", rng.choice([2, 3, 5, 8, 15, 30, 45]) * (2000 if big else 500)))
    if nat == "mn" and rng.random() < 0.7:
        items.append(("mnt", rng.choice([2, 5, 8, 12, 20]) * (10000 if big else 5000)))
    if not items or (big and rng.random() < 0.1):
        items.append(("usd", rng.choice([100, 200, 300, 500])))
    return items


def gen_wallet(rng, owner, hint=None):
    noun = hint if hint in WALLET else rng.choice(["long", "long", "short", "short", "cardholder", "coin"])
    own, fnd, en = WALLET[noun]
    f = {"color": color_fact(rng.choice(["black", "black", "brown", "brown", "red", "pink", "blue", "white", "grey"])),
         "material": slot(rng, MATERIAL, po=0.3, pf=0.5)}
    if rng.random() < 0.45:
        f["brand"] = brand_fact(rng.choice(["coach", "goldlion", "septwolves", "lv"]), po=0.7, pf=0.65)
    if noun != "cardholder" or rng.random() < 0.4:
        f["cash"] = cash_fact(money(rng, owner["nat"]))
    if noun != "coin" and rng.random() < 0.75:
        f["cards"] = cards_fact(rng, rng.randint(1, 3))
    alt = None
    if owner["nat"] in ("cn", "cn_mn") and rng.random() < 0.55:
        f["name"] = name_fact(owner, rng, po=0.6, pf=0.85, tmpl_fnd=["内有身份证（姓名：{x}）", "内有{x}的身份证", "身份证姓名{x}"])
        alt = "id_doc" if noun == "cardholder" else None
    elif owner["nat"] in ("ru", "mn") and rng.random() < 0.4:
        f["name"] = name_fact(owner, rng, po=0.6, pf=0.8, tmpl_fnd=["内有护照复印件（{x}）", "名片上名字为{x}"])
    extras = sorted(W_EXTRA, key=lambda e: rng.random())[:rng.randint(0, 2)]
    if extras:
        f["contents"] = set_fact(extras, po=0.35, pf=0.7)
    o = obj("wallet", noun, ["钱包", "皮夹", "钱夹"], ["钱包"], ["wallet", "purse"], "个", f, spec=(own, fnd, en), alt_cat=alt)
    o["inventory"] = ("cash", "cards", "contents")
    return o


CARS = {"ru": ["lada", "toyota", "kamaz"], "mn": ["toyota", "kamaz", "haval"], "cn": ["vw", "toyota", "haval", "byd", "wuling", "jeep", "kamaz"]}
FOBS = [("matryoshka", ["套娃挂件", "一个小套娃"], ["套娃挂件"], ["a matryoshka charm"]), ("horse", ["小马挂件", "铜的小马"], ["小马造型挂件"], ["a little horse charm"]),
        ("wolf_tooth", ["狼牙挂坠"], ["狼牙状挂件"], ["a wolf tooth charm"]), ("rabbit", ["毛绒兔子挂件"], ["毛绒兔子挂件"], ["a plush rabbit"]),
        ("basketball", ["篮球挂件"], ["小篮球挂件"], ["a basketball charm"]), ("opener", ["开瓶器"], ["开瓶器一个"], ["a bottle opener"]),
        ("ger", ["蒙古包形状的挂件"], ["蒙古包造型挂件"], ["a yurt charm"]), ("red_rope", ["红绳平安扣"], ["红绳平安扣"], ["a red cord with a jade disc"])]
K_EXTRA = [("fob_card", ["门禁卡"], ["门禁卡一张"], ["a door fob"]), ("clipper", ["指甲刀"], ["指甲刀一把"], ["nail clippers"]),
           ("usb", ["U盘"], ["U盘一个"], ["a USB stick"]), ("ebike_key", ["电动车钥匙"], ["电动车钥匙一把"], ["an e-bike key"]),
           ("torch", ["小手电"], ["小手电筒"], ["a small torch"])]


def gen_keys(rng, owner, hint=None):
    n = rng.randint(1, 7)
    num = ["%d把钥匙" % n, "%s把钥匙" % CN_DIGIT[n], "%d把" % n]
    f = {"nkeys": fact(n, num, ["钥匙%d把" % n, "共%d把钥匙" % n], ["%d key%s" % (n, "s" if n > 1 else "")], po=0.55, pf=0.85, field="marks"),
         "fob": slot(rng, FOBS, po=0.65, pf=0.85),
         "color": color_fact(rng.choice(["red", "black", "blue", "pink", "gold", "green"]), po=0.4, pf=0.6,
                             tmpl_own=["钥匙扣是{x}的", "{x}钥匙扣"], tmpl_fnd=["{x}钥匙扣"], tmpl_en=["{x} key ring"], in_noun=False)}
    if rng.random() < 0.55:
        nat = "cn" if owner["nat"] in ("cn", "cn_mn") else owner["nat"]
        f["brand"] = brand_fact(rng.choice(CARS[nat]), po=0.85, pf=0.85, in_noun=False,
                                tmpl_own=["有一把{x}车钥匙", "带{x}的车钥匙"], tmpl_fnd=["含{x}汽车遥控钥匙一把", "{x}车钥匙一把"])
    extras = sorted(K_EXTRA, key=lambda e: rng.random())[:rng.randint(0, 2)]
    if extras:
        f["contents"] = set_fact(extras, po=0.45, pf=0.8, tmpl_own=["还有{x}", "挂着{x}"], tmpl_fnd=["另有{x}", "附{x}"])
    f["story"] = story(rng.choice([["家里和店里的钥匙都在上面"], ["仓库钥匙，很急"], ["车停在外面开不走了"], ["宿舍钥匙"]]))
    return obj("keys", "keys", ["钥匙", "一串钥匙", "钥匙串"], ["钥匙", "钥匙串"], ["keys", "bunch of keys"], "串", f)


CONTAINERS = [("brown_env", ["牛皮纸信封", "黄色牛皮纸信封"], ["牛皮纸信封"], ["a brown envelope"]),
              ("white_env", ["白信封", "白色信封"], ["白色信封"], ["a white envelope"]),
              ("red_packet", ["红包", "红包袋"], ["红包（利是封）"], ["a red packet"]),
              ("plastic", ["塑料袋", "黑色塑料袋"], ["黑色塑料袋"], ["a plastic bag"]),
              ("band", ["用橡皮筋捆着", "一沓用皮筋扎着"], ["以橡皮筋捆扎"], ["held with a rubber band"]),
              ("bank_bag", ["银行的取款袋", "银行纸袋"], ["银行取款袋"], ["a bank cash bag"])]
WRITING = [("huokuan", ["信封上写着“货款”", "上面写了货款两个字"], ["封面手写“货款”字样"], ["it says 'payment' on it"]),
           ("ru_name", ["上面用俄文写着名字"], ["封面有俄文手写字迹"], ["my name written in Russian"]),
           ("gongxi", ["印着恭喜发财"], ["印有“恭喜发财”"], ["printed with a new-year greeting"]),
           ("phone_digits", ["上面写着一串数字"], ["封面写有一串数字"], ["some numbers written on it"]),
           ("wedding", ["写着“新婚快乐”"], ["写有“新婚快乐”"], ["says 'happy wedding'"])]


def gen_cash(rng, owner, hint=None):
    f = {"cash": cash_fact(money(rng, owner["nat"], big=True), po=0.95, pf=1.0),
         "container": slot(rng, CONTAINERS, po=0.75, pf=0.95)}
    if f["container"]["v"] in ("brown_env", "white_env", "red_packet") and rng.random() < 0.6:
        f["writing"] = slot(rng, WRITING, po=0.55, pf=0.85)
    f["story"] = story(rng.choice([["是给供货商的货款"], ["刚从换汇点换的钱"], ["给孩子的学费"], ["是随礼的钱"], ["卖羊的钱"]]))
    return obj("cash", "cash", ["现金", "钱", "一笔现金"], ["现金"], ["cash", "money"], "笔", f)
