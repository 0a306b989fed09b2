# -*- coding: utf-8 -*-
"""set110 hidden truth records: one object, as it really is, before anyone describes it.

A feature is (slot, zh-variants, en, vis): vis "out" = anyone holding it sees it, "in" = seen
when opened, "own" = only the owner knows, "fnd" = only a finder would notice (state it was in).
"""

import copy

from set110_world import (make_id, make_imei, digits, alnum, person_name, en_name, COUNTRIES,
                          COMPANIES, BANKS)

BRANDS = {
    "华为": (["华为", "HUAWEI", "Huawei", "华伟", "huawei"], "Huawei"),
    "苹果": (["苹果", "Apple", "iPhone", "apple", "苹果牌"], "Apple"),
    "小米": (["小米", "Xiaomi", "MI", "xiaomi", "小咪"], "Xiaomi"),
    "OPPO": (["OPPO", "oppo", "欧珀", "OPPO手机"], "OPPO"),
    "vivo": (["vivo", "VIVO", "维沃", "Vivo"], "vivo"),
    "荣耀": (["荣耀", "HONOR", "Honor", "荣曜"], "Honor"),
    "三星": (["三星", "Samsung", "SAMSUNG", "三鑫"], "Samsung"),
    "蔻驰": (["蔻驰", "COACH", "Coach", "寇驰", "koachi"], "Coach"),
    "MK": (["MK", "Michael Kors", "迈克高仕", "mk"], "Michael Kors"),
    "七匹狼": (["七匹狼", "SEPTWOLVES", "七匹浪", "qipilang"], "Septwolves"),
    "金利来": (["金利来", "Goldlion", "金利莱"], "Goldlion"),
    "小CK": (["小CK", "Charles & Keith", "CK", "charles&keith"], "Charles & Keith"),
    "大众": (["大众", "VW", "Volkswagen", "大众汽车"], "VW"),
    "丰田": (["丰田", "TOYOTA", "Toyota", "丰天"], "Toyota"),
    "比亚迪": (["比亚迪", "BYD", "byd", "比亚笛"], "BYD"),
    "别克": (["别克", "Buick", "BUICK"], "Buick"),
    "特斯拉": (["特斯拉", "Tesla", "TESLA"], "Tesla"),
    "雅迪": (["雅迪", "Yadea", "YADEA", "雅地"], "Yadea"),
    "爱玛": (["爱玛", "AIMA", "Aima", "艾玛"], "Aima"),
    "小牛": (["小牛", "NIU", "niu", "小牛电动"], "NIU"),
    "九号": (["九号", "Ninebot", "9号", "ninebot"], "Ninebot"),
    "台铃": (["台铃", "TAILG", "台玲"], "Tailg"),
    "捷安特": (["捷安特", "GIANT", "Giant", "jieante"], "Giant"),
    "美利达": (["美利达", "MERIDA", "美力达"], "Merida"),
    "永久": (["永久", "FOREVER", "永久牌"], "Forever"),
    "凤凰": (["凤凰", "PHOENIX", "凤凰牌"], "Phoenix"),
    "迪卡侬": (["迪卡侬", "DECATHLON", "迪卡农"], "Decathlon"),
    "新秀丽": (["新秀丽", "Samsonite", "新秀莉"], "Samsonite"),
    "北面": (["北面", "The North Face", "TNF", "北脸"], "The North Face"),
    "无印良品": (["无印良品", "MUJI", "muji"], "MUJI"),
    "龙骧": (["龙骧", "Longchamp", "珑骧", "LONGCHAMP"], "Longchamp"),
    "周大福": (["周大福", "Chow Tai Fook", "周大富", "CTF"], "Chow Tai Fook"),
    "老凤祥": (["老凤祥", "老凤翔", "Lao Feng Xiang"], "Lao Feng Xiang"),
    "施华洛世奇": (["施华洛世奇", "Swarovski", "施华洛", "SWAROVSKI"], "Swarovski"),
    "潘多拉": (["潘多拉", "PANDORA", "潘朵拉"], "Pandora"),
    "浪琴": (["浪琴", "Longines", "浪琴表", "LONGINES"], "Longines"),
    "天梭": (["天梭", "Tissot", "天梭表"], "Tissot"),
    "卡西欧": (["卡西欧", "CASIO", "卡西鸥"], "Casio"),
    "联想": (["联想", "Lenovo", "ThinkPad", "联相"], "Lenovo"),
    "索尼": (["索尼", "SONY", "Sony"], "Sony"),
    "佳能": (["佳能", "Canon", "CANON"], "Canon"),
    "富士": (["富士", "FUJIFILM", "Fuji"], "Fujifilm"),
    "安克": (["安克", "Anker", "ANKER"], "Anker"),
    "罗马仕": (["罗马仕", "ROMOSS", "罗马士"], "Romoss"),
    "亚马逊": (["Kindle", "亚马逊", "kindle"], "Kindle"),
    "峰力": (["峰力", "Phonak", "风力"], "Phonak"),
    "天堂伞": (["天堂伞", "天堂", "Paradise", "天棠伞"], "Paradise"),
    "蕉下": (["蕉下", "Beneunder", "BENEUNDER", "焦下"], "Beneunder"),
    "膳魔师": (["膳魔师", "THERMOS", "膳魔狮", "Thermos"], "Thermos"),
    "象印": (["象印", "ZOJIRUSHI", "象印牌"], "Zojirushi"),
    "暴龙": (["暴龙", "BOLON", "暴龙眼镜"], "Bolon"),
    "雷朋": (["雷朋", "Ray-Ban", "RayBan", "雷鹏"], "Ray-Ban"),
}


def F(slot, zh, en, vis="out"):
    return {"slot": slot, "zh": zh.split("|"), "en": en, "vis": vis}


def wpick(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.random() * tot
    for v, w in pairs:
        r -= w
        if r < 0:
            return v
    return pairs[-1][0]


def pick_slots(rng, table, kmin, kmax, force=()):
    """table: slot -> list of feature options; returns features for k random slots"""
    slots = sorted(table)
    k = rng.randint(kmin, min(kmax, len(slots)))
    chosen = [s for s in slots if s in force]
    rest = [s for s in slots if s not in force]
    rng.shuffle(rest)
    chosen += rest[:max(0, k - len(chosen))]
    out = []
    for s in sorted(chosen):
        out.append(copy.deepcopy(rng.choice(table[s])))
    return out


BANK_EN = {"招行": "CMB", "工行": "ICBC", "建行": "CCB", "交行": "BoCom", "浦发": "SPDB", "中行": "BOC", "农行": "ABC"}
NICKS = ["小鱼儿", "阿星", "Momo", "橘子汽水", "老陆", "Sunny", "一只猫", "木木", "阿May"]


def obj(cat, noun_o, noun_f, noun_en, color=None, brand=None, model=None, serial=None, feats=None,
        sub=None, alt_cat=None, models=None):
    return {"cat": cat, "sub": sub, "noun_o": noun_o, "noun_f": noun_f, "noun_en": noun_en,
            "color": color, "brand": brand, "model": model, "serial": serial, "feats": feats or [],
            "alt_cat": alt_cat}


# ---------------------------------------------------------------- phone
PHONE_MODELS = {"苹果": ["iPhone 15", "iPhone 15 Pro", "iPhone 14", "iPhone 13", "iPhone 15 Pro Max", "iPhone 12 mini"],
                "华为": ["Mate 60", "Mate 60 Pro", "P70", "nova 12", "Pura 70"],
                "小米": ["小米14", "Redmi K70", "小米13"], "OPPO": ["Reno 11", "Find X7"],
                "vivo": ["X100", "S18"], "荣耀": ["Magic 6", "荣耀90"], "三星": ["Galaxy S24", "Galaxy Z Flip5"]}


def phone_table(rng):
    tl = digits(rng, 4)
    return {
        "case": [F("case", "透明手机壳|透明壳|透明的软壳", "clear case"),
                 F("case", "黑色硅胶壳|黑色手机套|黑色软壳", "black silicone case"),
                 F("case", "带支架的磨砂壳|磨砂壳带指环扣|背面有个指环支架", "matte case with a ring holder"),
                 F("case", "蜡笔小新图案的壳|蜡笔小新手机壳", "Crayon Shin-chan case"),
                 F("case", "棕色皮质翻盖保护套|翻盖皮套(棕色)", "brown leather flip cover"),
                 F("case", "粉色毛绒壳|毛茸茸的粉色壳子", "fluffy pink case"),
                 F("case", "带斜挎挂绳的手机壳|手机壳连着卡其色挂绳", "case with a khaki crossbody strap")],
        "sticker": [F("sticker", "背面贴了小熊贴纸|后盖有个小熊贴纸", "a small bear sticker on the back"),
                    F("sticker", "壳上贴着草莓熊贴纸|草莓熊贴纸", "a strawberry bear sticker"),
                    F("sticker", "壳里夹了张拍立得小照片|背后夹着一张拍立得", "a polaroid photo tucked in the case")],
        "damage": [F("damage", "屏幕右上角碎了|屏幕右上角有裂纹|右上角屏碎", "top-right corner of the screen cracked"),
                   F("damage", "左下角磕掉一块漆|边框左下有磕碰", "chipped bottom-left corner"),
                   F("damage", "钢化膜裂了一条缝|贴膜有条裂痕", "screen protector has a crack")],
        "lock": [F("lock", "锁屏是一只柯基的照片|锁屏壁纸是柯基|屏保是狗狗(柯基)", "lock screen is a photo of a corgi"),
                 F("lock", "锁屏是小孩的照片|屏保是小朋友照片", "lock screen shows a child"),
                 F("lock", "锁屏是海边风景|锁屏壁纸是海", "lock screen is a beach"),
                 F("lock", "锁屏是一只橘猫|屏保是橘猫", "lock screen is a ginger cat")],
        "incase": [F("incase", "壳里夹了一张交通卡|手机壳后面夹着公交卡", "a transport card inside the case", "in"),
                   F("incase", "壳里夹着汇澜中心门禁卡|手机壳里夹门禁卡", "an office access card inside the case", "in"),
                   F("incase", "手机壳里塞了张一百元|壳里有100块钱", "a 100-yuan note inside the case", "in")],
        "hidden": [F("hidden", "手机号尾号%s|电话卡尾号%s" % (tl, tl), "number ends in %s" % tl, "own"),
                   F("hidden", "微信名叫“%s”" % rng.choice(NICKS), "WeChat name %s" % rng.choice(NICKS), "own"),
                   F("hidden", "里面有很多工作文件和照片|相册里有孩子照片", "lots of work files and photos", "own")],
        "state": [F("state", "已关机|没电关机了|拾到时已关机", "switched off", "fnd"),
                  F("state", "有未接来电显示“老婆”|一直有电话打进来(显示“妈妈”)", "missed calls showing", "fnd"),
                  F("state", "屏幕亮着，电量约20%|电量很低", "battery low", "fnd")],
    }


def gen_phone(rng, color=None, brand=None, sub=None):
    brand = brand or wpick(rng, [("苹果", 35), ("华为", 25), ("小米", 10), ("OPPO", 8), ("vivo", 8), ("荣耀", 8), ("三星", 6)])
    color = color or wpick(rng, [("黑", 35), ("白", 15), ("蓝", 12), ("银", 6), ("灰", 6), ("紫", 6), ("金", 6), ("绿", 6), ("粉", 8)])
    model = rng.choice(PHONE_MODELS[brand])
    imei = make_imei(rng, brand in ("苹果", "三星"))
    o = obj("phone", ["手机", "手机", "一部手机"], ["手机一部", "手机", "移动电话一部"], "phone",
            color, brand, model, {"kind": "imei", "value": imei}, pick_slots(rng, phone_table(rng), 2, 5, force=("case",)))
    return o


# ---------------------------------------------------------------- id documents
def gen_id_doc(rng, color=None, brand=None, sub=None):
    sub = sub or wpick(rng, [("idcard", 34), ("badge", 24), ("licence", 10), ("passport", 10), ("medcard", 12),
                             ("student", 5), ("holder", 5)])
    name = person_name(rng)
    if sub == "idcard":
        local = rng.random() < 0.55
        idn = make_id(rng, 1950, 2004, local)
        t = {"cover": [F("cover", "装在蓝色卡套里|套着蓝色卡套", "in a blue card sleeve"),
                       F("cover", "透明卡套|塑料透明卡套", "in a clear sleeve"),
                       F("cover", "没有卡套，边角磨白了|卡片边角磨损", "no sleeve, worn edges")],
             "with": [F("with", "和一张交通卡放在一起|跟公交卡叠在一起", "together with a transport card", "in"),
                      F("with", "背面贴了张小纸条写着电话|背后贴有写电话的便签", "a note with a phone number on the back")],
             "photo": [F("photo", "照片上是短头发戴眼镜|照片是短发戴眼镜的", "photo shows short hair and glasses"),
                       F("photo", "照片上扎马尾|照片是扎马尾辫的", "photo with a ponytail")]}
        col = color or ("蓝" if rng.random() < 0.3 else None)
        return obj("id_doc", ["身份证", "身份证", "二代身份证"], ["居民身份证一张", "身份证", "身份证一张"], "ID card",
                   col, None, None, {"kind": "idno", "value": idn, "name": name}, pick_slots(rng, t, 1, 2), sub)
    if sub == "badge":
        comp, code = rng.choice(COMPANIES)
        num = "%s%s" % (code, digits(rng, 5))
        col = color or wpick(rng, [("蓝", 4), ("黑", 3), ("红", 2), ("绿", 1)])
        t = {"lanyard": [F("lanyard", "挂绳上印着公司logo|挂绳有公司logo", "lanyard with the company logo"),
                         F("lanyard", "挂绳是尼龙的有点旧|挂绳旧了起毛", "worn nylon lanyard")],
             "back": [F("back", "工牌背面夹着一张门禁卡|卡套后面还有门禁卡", "an access card behind the badge", "in"),
                      F("back", "卡套里还夹了两张名片|工牌后面有名片", "two business cards behind it", "in"),
                      F("back", "卡套里夹着一张饭卡|还有食堂饭卡", "a canteen card behind it", "in")],
             "holder": [F("holder", "硬壳透明卡套|透明硬卡套", "hard clear holder"),
                        F("holder", "皮质卡套|棕色皮卡套", "leather holder")]}
        return obj("id_doc", ["工牌", "工作证", "工卡"], ["工作牌一个", "工牌(带挂绳)", "员工卡"], "staff badge",
                   col, None, None, {"kind": "badge", "value": num, "company": comp, "name": name},
                   pick_slots(rng, t, 1, 3), sub, alt_cat="other")
    if sub == "licence":
        idn = make_id(rng, 1965, 2002, rng.random() < 0.6)
        col = color or rng.choice(["棕", "黑"])
        t = {"cover": [F("cover", "驾驶证皮套|装在皮套里", "in a leather cover"),
                       F("cover", "皮套里还有行驶证|跟行驶证在一起", "with the vehicle licence", "in")],
             "extra": [F("extra", "里面夹了张加油卡|夹着加油卡", "a fuel card inside", "in"),
                       F("extra", "本子边上写了个电话|内页有圆珠笔写的电话", "a phone number written inside", "in")]}
        return obj("id_doc", ["驾驶证", "驾照", "驾驶证"], ["机动车驾驶证一本", "驾驶证", "驾照一本"], "driving licence",
                   col, None, None, {"kind": "idno", "value": idn, "name": name}, pick_slots(rng, t, 1, 2), sub)
    if sub == "passport":
        cn, en = rng.choice(COUNTRIES)
        pn = alnum(rng, 2, "CEGKLPRSTX") + digits(rng, 7)
        col = color or rng.choice(["红", "蓝", "黑"])
        t = {"cover": [F("cover", "黑色皮护照套|护照套是黑色皮的", "black leather passport cover"),
                       F("cover", "护照套上印着世界地图|地图图案护照夹", "a passport holder with a world map")],
             "in": [F("in", "里面夹着登机牌|夹了张登机牌", "a boarding pass inside", "in"),
                    F("in", "里面有居留许可|夹着工作居留许可", "residence permit inside", "in"),
                    F("in", "夹着几张欧元|里面有几张欧元纸币", "a few euro notes inside", "in")]}
        return obj("id_doc", ["护照", "护照", "passport"], ["外国护照一本", "护照", "外籍护照"], "passport",
                   col, None, None, {"kind": "passport", "value": pn, "country": (cn, en), "name": en_name(rng)},
                   pick_slots(rng, t, 1, 2), sub)
    if sub == "medcard":
        idn = make_id(rng, 1938, 1962, rng.random() < 0.8)
        col = color or rng.choice(["红", "蓝", None])
        t = {"with": [F("with", "跟门诊病历本放在一起|和病历卡一起", "with the outpatient record book", "in"),
                      F("with", "夹在一个塑料袋里还有检查单|和化验单一起装在袋子里", "in a plastic bag with test slips")],
             "cover": [F("cover", "卡套是红色的|红色卡套", "red sleeve"),
                       F("cover", "卡上用记号笔写了名字|卡背面写着名字", "name written on the back with marker")]}
        return obj("id_doc", ["医保卡", "社保卡", "医保卡"], ["社保卡一张", "医保卡", "社会保障卡"], "medical insurance card",
                   col, None, None, {"kind": "idno", "value": idn, "name": name}, pick_slots(rng, t, 1, 2), sub)
    if sub == "student":
        num = "20%s" % digits(rng, 8)
        t = {"cover": [F("cover", "绿色学生证封皮|学生证是绿皮的", "green cover"),
                       F("cover", "里面夹着地铁优惠卡|夹了张交通卡", "a metro card inside", "in")]}
        return obj("id_doc", ["学生证", "学生证", "学生卡"], ["学生证一本", "学生证"], "student card",
                   color, None, None, {"kind": "student", "value": num, "school": "松湖大学", "name": name},
                   pick_slots(rng, t, 1, 1), sub)
    # card holder with an ID card: owner thinks "证件", finder thinks "卡包"
    idn = make_id(rng, 1975, 2003, rng.random() < 0.5)
    col = color or rng.choice(["黑", "棕", "粉"])
    bank = rng.choice(BANKS)
    t = {"cards": [F("cards", "还有%s卡|一张%s的卡" % (bank[1], bank[0]), "a %s card" % bank[1], "in")],
         "look": [F("look", "卡包是皮的有压纹|压纹皮卡包", "embossed leather"),
                  F("look", "卡包拉链坏了|拉链头掉了", "broken zip")]}
    return obj("id_doc", ["身份证(装在卡包里)", "身份证和卡包", "证件"], ["卡包一个", "卡包", "小卡包"], "ID card in a card holder",
               col, None, None, {"kind": "idno", "value": idn, "name": name}, pick_slots(rng, t, 1, 2), sub, alt_cat="wallet")


# ---------------------------------------------------------------- wallet
def gen_wallet(rng, color=None, brand=None, sub=None):
    brand = brand or wpick(rng, [("蔻驰", 18), ("MK", 12), ("七匹狼", 12), ("金利来", 8), ("小CK", 10), (None, 40)])
    color = color or wpick(rng, [("黑", 35), ("棕", 25), ("粉", 12), ("红", 10), ("白", 6), ("蓝", 6), ("灰", 6)])
    sub = sub or wpick(rng, [("长款", 4), ("短款", 4), ("零钱包", 1), ("男士皮夹", 3)])
    cash = rng.choice([0, 50, 120, 200, 300, 460, 500, 800, 1000, 1500, 2600])
    banks = sorted(rng.sample(range(len(BANKS)), rng.randint(1, 3)))
    cards = [(BANKS[i], digits(rng, 4)) for i in banks]
    feats = []
    for (b, tail) in cards:
        feats.append({"slot": "bank", "zh": ["%s卡尾号%s" % (b[1], tail), "%s银行卡(尾号%s)" % (b[0][:-2], tail)],
                      "en": "%s card ending %s" % (BANK_EN[b[1]], tail), "vis": "in", "bank": b, "tail": tail})
    if cash:
        feats.append({"slot": "cash", "zh": ["现金%d元" % cash], "en": "%d yuan cash" % cash, "vis": "in", "amount": cash})
    name = person_name(rng)
    idn = None
    if rng.random() < 0.4:
        idn = make_id(rng, 1960, 2003, rng.random() < 0.6)
        feats.append({"slot": "idcard", "zh": ["身份证"], "en": "ID card", "vis": "in", "name": name, "idn": idn})
    t = {"extra": [F("extra", "一张全家福照片|夹着一张家里人的合照", "a family photo", "in"),
                   F("extra", "几张超市小票|一些购物小票", "some receipts", "in"),
                   F("extra", "澜庭广场会员卡|商场会员卡一张", "a mall membership card", "in"),
                   F("extra", "一张交通卡|公交卡一张", "a transport card", "in"),
                   F("extra", "汇澜中心停车券|停车券两张", "parking vouchers", "in")],
         "look": [F("look", "边角有磨损|边上磨破了", "worn corners"),
                  F("look", "扣子有点松|搭扣松了", "loose clasp"),
                  F("look", "有个金属logo|正面有金属标", "a metal logo"),
                  F("look", "被雨淋过有点潮|有点湿", "a bit damp from the rain", "fnd")]}
    feats += pick_slots(rng, t, 1, 3)
    serial = {"kind": "bank", "value": cards[0][1], "bank": cards[0][0], "name": name, "idn": idn}
    nn = {"长款": "长款钱包", "短款": "短款钱包", "零钱包": "零钱包", "男士皮夹": "皮夹"}[sub]
    return obj("wallet", [nn, "钱包", "皮夹子" if rng.random() < .3 else "钱包"], ["钱包一个", nn, "钱夹"], "wallet",
               color, brand, None, serial, feats, sub)


# ---------------------------------------------------------------- keys
def gen_keys(rng, color=None, brand=None, sub=None):
    brand = brand or wpick(rng, [(None, 55), ("大众", 8), ("丰田", 7), ("比亚迪", 6), ("别克", 4), ("特斯拉", 3),
                                 ("雅迪", 9), ("爱玛", 8)])
    n = rng.randint(2, 6)
    t = {"orn": [F("orn", "挂着一个红色小葫芦|红颜色小葫芦挂件", "a little red gourd charm"),
                 F("orn", "皮卡丘挂件|皮卡丘钥匙扣", "a Pikachu keyring"),
                 F("orn", "红色平安符|挂了个平安符", "a red good-luck charm"),
                 F("orn", "一个小铜铃铛|挂着小铃铛", "a small brass bell"),
                 F("orn", "毛绒兔子挂件|白色毛绒小兔子", "a plush rabbit"),
                 F("orn", "Hello Kitty钥匙扣|KT猫挂件", "a Hello Kitty keyring")],
         "fob": [F("fob", "蓝色圆形门禁扣|蓝色门禁卡扣", "a blue round access fob"),
                 F("fob", "汇澜中心门禁卡|写字楼门禁卡", "an office access card"),
                 F("fob", "小区门禁卡(灰色)|灰色门禁卡", "a grey building fob")],
         "misc": [F("misc", "挂了把指甲钳|带个指甲钳", "a nail clipper attached"),
                  F("misc", "一把信箱小钥匙|还有信箱钥匙", "a small mailbox key"),
                  F("misc", "一把老式铜钥匙|黄铜老钥匙", "an old brass key")]}
    feats = pick_slots(rng, t, 1, 3, force=("orn",) if rng.random() < 0.6 else ())
    feats.append({"slot": "count", "zh": ["%d把钥匙" % n, "一共%d把" % n], "en": "%d keys" % n, "vis": "out", "n": n})
    if brand in ("雅迪", "爱玛"):
        feats.append(F("car", "%s电瓶车钥匙|%s电动车钥匙" % (brand, brand), "a %s e-bike key" % brand))
    elif brand:
        feats.append(F("car", "%s车钥匙|%s汽车遥控钥匙" % (brand, brand), "a %s car key" % brand))
    color = color or (rng.choice(["红", "银", "黑", "黄", "粉"]) if rng.random() < 0.5 else None)
    return obj("keys", ["钥匙", "一串钥匙", "钥匙串"], ["钥匙一串", "钥匙", "一串钥匙"], "set of keys",
               color, brand, None, None, feats)


# ---------------------------------------------------------------- ebike / bicycle
EBIKE_MODELS = {"雅迪": ["冠越Q3", "DE7", "欧睿S"], "爱玛": ["小蜜豆", "A500"], "小牛": ["U2", "MQi3", "G0"],
                "九号": ["E80C", "A30C", "N70"], "台铃": ["超能S", "狮鹫"]}


def gen_ebike(rng, color=None, brand=None, sub=None):
    brand = brand or wpick(rng, [("雅迪", 30), ("爱玛", 25), ("小牛", 18), ("九号", 15), ("台铃", 12)])
    color = color or wpick(rng, [("白", 25), ("黑", 25), ("灰", 15), ("蓝", 12), ("红", 8), ("绿", 8), ("黄", 7)])
    plate = "沪" + rng.choice("ABCDEFGHJK") + digits(rng, 5)
    frame = alnum(rng, 3, "ABCDEFGHJKLMNPRSTVWXYZ") + digits(rng, 9)
    t = {"box": [F("box", "后面加了个黄色外卖箱|后座绑着外卖箱(黄色)", "a yellow delivery box on the back"),
                 F("box", "前面有车篮|带车篮子", "a front basket")],
         "rain": [F("rain", "装了黑色挡风被|车把上有挡风被", "a black handlebar wind quilt"),
                  F("rain", "装了透明雨棚|带一个雨棚", "a clear rain canopy"),
                  F("rain", "车把上挂着蓝色雨披|挂着雨衣", "a blue rain poncho hanging on it")],
         "wear": [F("wear", "后视镜断了一边|少了一个后视镜", "one mirror broken off"),
                  F("wear", "座垫上套了红色座套|红色坐垫套", "a red seat cover"),
                  F("wear", "车身右侧有刮痕|右边刮花了", "scratches on the right side")]}
    return obj("ebike", ["电瓶车", "电动车", "电驴"], ["电动自行车一辆", "电动车", "电瓶车一辆"], "e-bike",
               color, brand, rng.choice(EBIKE_MODELS[brand]), {"kind": "plate", "value": plate, "frame": frame},
               pick_slots(rng, t, 1, 3))


BIKE_MODELS = {"捷安特": ["ATX 720", "Escape 2", "FCR 3100"], "美利达": ["勇士500", "挑战者300"],
               "永久": ["C4", "28寸老式"], "凤凰": ["26寸女式", "复古通勤"], "迪卡侬": ["RC120", "Riverside 100"]}


def gen_bicycle(rng, color=None, brand=None, sub=None):
    brand = brand or wpick(rng, [("捷安特", 30), ("美利达", 20), ("永久", 15), ("凤凰", 15), ("迪卡侬", 20)])
    color = color or wpick(rng, [("黑", 30), ("白", 20), ("蓝", 15), ("灰", 12), ("红", 10), ("绿", 8), ("黄", 5)])
    frame = rng.choice(["G", "M", "F", "P", "D"]) + alnum(rng, 2, "ABCDEFHKLTX") + digits(rng, 7)
    t = {"front": [F("front", "前面有车筐|带个车篮", "a front basket"),
                   F("front", "车把上装了小黄鸭车铃|小黄鸭喇叭", "a rubber duck bell")],
         "back": [F("back", "后座装了儿童座椅|后面有儿童座椅", "a child seat on the back"),
                  F("back", "后面有货架|带后货架", "a rear rack")],
         "wear": [F("wear", "车座破了用胶带缠着|坐垫用黑胶布包过", "seat patched with tape"),
                  F("wear", "挡泥板歪了|后挡泥板变形", "bent mudguard"),
                  F("wear", "链条生锈|链条有锈", "rusty chain")],
         "lock": [F("lock", "车轮上有个蓝色U型锁|挂着U型锁", "a blue U-lock"),
                  F("lock", "钢缆锁锁在后轮|后轮上挂钢缆锁", "a cable lock on the back wheel")]}
    return obj("bicycle", ["自行车", "脚踏车", "单车"], ["自行车一辆", "自行车", "单车一辆"], "bicycle",
               color, brand, rng.choice(BIKE_MODELS[brand]), {"kind": "frame", "value": frame},
               pick_slots(rng, t, 1, 3))


# ---------------------------------------------------------------- bag
def gen_bag(rng, color=None, brand=None, sub=None):
    sub = sub or wpick(rng, [("backpack", 40), ("tote", 25), ("laptop", 12), ("cross", 13), ("canvas", 10)])
    bdef = {"backpack": [("小米", 20), ("新秀丽", 20), ("北面", 20), ("无印良品", 10), (None, 30)],
            "tote": [("蔻驰", 25), ("龙骧", 30), ("MK", 15), (None, 30)],
            "laptop": [("新秀丽", 40), ("联想", 20), (None, 40)],
            "cross": [("小CK", 30), ("蔻驰", 20), (None, 50)],
            "canvas": [("无印良品", 30), (None, 70)]}
    brand = brand if brand is not None else wpick(rng, bdef[sub])
    color = color or wpick(rng, [("黑", 40), ("灰", 15), ("蓝", 12), ("棕", 10), ("白", 8), ("绿", 7), ("粉", 8)])
    nouns = {"backpack": (["双肩包", "书包", "背包"], ["双肩背包一个", "双肩包", "背包"], "backpack"),
             "tote": (["托特包", "手提包", "包包"], ["女式手提包一个", "手提包", "托特包"], "tote bag"),
             "laptop": (["电脑包", "电脑包", "公文包"], ["电脑包一个", "手提电脑包"], "laptop bag"),
             "cross": (["斜挎包", "小挎包", "斜挎小包"], ["斜挎包一个", "小挎包"], "crossbody bag"),
             "canvas": (["帆布袋", "帆布包", "布袋子"], ["帆布袋一个", "布袋"], "canvas bag")}[sub]
    feats = []
    t = {"out": [F("out", "包上挂着一只灰色毛绒兔|挂了个毛绒兔子挂件", "a grey plush rabbit hanging on it"),
                 F("out", "侧袋插着保温杯|侧边口袋有个保温杯", "a thermos in the side pocket"),
                 F("out", "肩带上别着几个徽章|带子上有徽章", "pins on the strap"),
                 F("out", "拉链头上系着红绳|拉链上有根红绳", "a red string on the zip")],
         "in1": [F("in1", "一个乐扣饭盒|饭盒(乐扣)", "a lunch box", "in"),
                 F("in1", "一把折叠伞|里面有把三折伞", "a folding umbrella", "in"),
                 F("in1", "一个化妆包|化妆包一个", "a make-up pouch", "in"),
                 F("in1", "充电器和数据线|充电头加数据线", "a charger and cable", "in")],
         "in2": [F("in2", "一叠合同文件|A4文件夹里有合同", "a folder of contracts", "in"),
                 F("in2", "一本英语书和笔记本|几本书", "some books", "in"),
                 F("in2", "两件换洗衣服|衣服", "a change of clothes", "in")],
         "own": [F("own", "夹层里有一张写着密码的纸|内袋有张便签", "a note in the inner pocket", "own")]}
    feats += pick_slots(rng, t, 1, 4)
    alt = None
    serial = None
    if sub in ("laptop", "backpack") and rng.random() < (0.9 if sub == "laptop" else 0.35):
        lb = wpick(rng, [("联想", 40), ("苹果", 35), ("华为", 25)])
        lm = {"联想": "ThinkPad X1", "苹果": "MacBook Air", "华为": "MateBook 14"}[lb]
        sn = ("C02" if lb == "苹果" else "PF") + alnum(rng, 8)
        feats.append({"slot": "laptop", "zh": ["%s笔记本电脑(%s)" % (lb, lm), "一台%s %s" % (lb, lm), "笔记本电脑一台"],
                      "en": "a %s %s laptop" % (BRANDS[lb][1], lm), "vis": "in", "lb": lb, "lm": lm, "sn": sn})
        serial = {"kind": "sn", "value": sn, "quiet": True}
        alt = "electronics"
    return obj("bag", nouns[0], nouns[1], nouns[2], color, brand, None, serial, feats, sub, alt_cat=alt)


# ---------------------------------------------------------------- cash
def gen_cash(rng, color=None, brand=None, sub=None):
    sub = sub or wpick(rng, [("envelope", 45), ("hongbao", 25), ("roll", 20), ("foreign", 10)])
    if sub == "envelope":
        amt = rng.choice([800, 1200, 2000, 2300, 3500, 4800, 5000, 6200, 8000])
        color = color or rng.choice(["白", "棕"])
        t = {"write": [F("write", "信封上写着“房租”|信封写了房租两个字", "'rent' written on it"),
                       F("write", "信封上写着“六月工资”|写着六月工资", "'June wages' written on it"),
                       F("write", "信封是工商银行的|银行的信封", "a bank envelope")],
             "notes": [F("notes", "全是100元的|都是一百的", "all 100-yuan notes", "in"),
                       F("notes", "有几张50的|夹着几张五十元", "a few 50s among them", "in")]}
        noun = (["一个装钱的信封", "现金(信封装)", "信封"], ["装有现金的信封一个", "现金信封"], "an envelope of cash")
    elif sub == "hongbao":
        amt = rng.choice([600, 666, 888, 1000, 1200, 1688, 2000])
        color = color or "红"
        t = {"write": [F("write", "红包上写着“新婚快乐”|写了新婚快乐", "'happy wedding' written on it"),
                       F("write", "红包背面写着“陈家敬贺”|背面有落款", "signed on the back"),
                       F("write", "红包上写着“生日快乐 外婆”|写着外婆生日快乐", "'happy birthday grandma' on it")],
             "notes": [F("notes", "全是新钞|崭新的连号新钱", "brand-new notes", "in")]}
        noun = (["红包", "一个红包", "红包(里面有钱)"], ["红包一个", "红包(内有现金)"], "a red envelope")
    elif sub == "roll":
        amt = rng.choice([300, 450, 700, 1100, 1600])
        color = color
        t = {"tie": [F("tie", "用橡皮筋扎着|皮筋捆着", "held with a rubber band"),
                     F("tie", "对折起来用夹子夹着|用长尾夹夹着", "folded in a binder clip")],
             "notes": [F("notes", "有一百的也有二十的|大小面额都有", "mixed notes", "in")]}
        noun = (["一卷现金", "一沓钱", "现金"], ["现金一沓", "人民币现金"], "a roll of cash")
    else:
        amt = rng.choice([200, 300, 500, 800])
        color = color
        t = {"wrap": [F("wrap", "夹在一张酒店便签纸里|用便签纸包着", "folded in a hotel notepaper"),
                      F("wrap", "装在一个小拉链袋里|小密封袋装着", "in a small zip bag")]}
        noun = (["美元现金", "一些美金", "外币"], ["外币现金(美元)", "美元"], "US dollar cash")
    feats = pick_slots(rng, t, 1, 2)
    feats.append({"slot": "amount", "zh": [str(amt)], "en": str(amt), "vis": "in", "amount": amt,
                  "unit": "美元" if sub == "foreign" else "元"})
    return obj("cash", noun[0], noun[1], noun[2], color, None, None, None, feats, sub)


# ---------------------------------------------------------------- jewelry
def gen_jewelry(rng, color=None, brand=None, sub=None):
    sub = sub or wpick(rng, [("bangle", 20), ("jade", 12), ("necklace", 20), ("ring", 18), ("watch", 22), ("earring", 8)])
    serial = None
    if sub == "bangle":
        brand = brand or rng.choice(["周大福", "老凤祥", None])
        color = color or "金"
        g = rng.choice([18, 22, 26, 31, 35])
        t = {"w": [F("w", "大概%d克|约%d克重" % (g, g), "about %d grams" % g)],
             "look": [F("look", "有福字花纹|刻着福字", "a 'fu' pattern"), F("look", "光面的|素圈光面", "plain polished"),
                      F("look", "有一道裂纹包过金|修补过", "once repaired")]}
        noun = (["金手镯", "金镯子", "手镯"], ["黄金手镯一只", "金色手镯"], "gold bangle")
    elif sub == "jade":
        brand = None
        color = color or "绿"
        t = {"look": [F("look", "飘花的|带点飘花", "with floating flecks"), F("look", "偏白的冰种|颜色很淡", "pale icy")],
             "mark": [F("mark", "内圈有一点磕口|里面有个小磕", "a small chip inside")]}
        noun = (["玉镯", "玉手镯", "翡翠镯子"], ["玉镯一只", "手镯(玉质)"], "jade bangle")
    elif sub == "necklace":
        brand = brand or rng.choice(["施华洛世奇", "潘多拉", "周大福"])
        color = color or rng.choice(["银", "金"])
        t = {"p": [F("p", "吊坠是小天鹅|天鹅吊坠", "a swan pendant"), F("p", "吊坠是四叶草|四叶草吊坠", "a clover pendant"),
                   F("p", "吊坠是一颗心|爱心吊坠", "a heart pendant")],
             "c": [F("c", "链子断了|搭扣坏了", "broken clasp")]}
        noun = (["项链", "项链", "链子"], ["项链一条", "项链"], "necklace")
    elif sub == "ring":
        brand = brand or rng.choice(["周大福", None, None])
        color = color or rng.choice(["金", "银"])
        initials = rng.choice(["LY&ZQ", "W♥J", "CX 520", "HM&LL", "Z&Y"])
        yr = rng.choice([2012, 2016, 2019, 2021, 2023])
        t = {"eng": [F("eng", "内圈刻着“%s %d”|戒圈里刻了“%s %d”" % (initials, yr, initials, yr), "engraved '%s %d'" % (initials, yr))],
             "stone": [F("stone", "镶了一颗小钻|有颗碎钻", "a small diamond"), F("stone", "素圈没有钻|光圈", "plain band")]}
        noun = (["戒指", "婚戒", "戒指"], ["戒指一枚", "指环一枚"], "ring")
    elif sub == "watch":
        brand = brand or rng.choice(["浪琴", "天梭", "卡西欧"])
        color = color or rng.choice(["银", "金", "黑"])
        serial = {"kind": "watch", "value": alnum(rng, 2, "ABKLMNRTX") + digits(rng, 6)}
        t = {"band": [F("band", "棕色皮表带|表带是棕色皮的", "brown leather strap"),
                      F("band", "钢带|不锈钢表链", "steel bracelet")],
             "face": [F("face", "白色表盘|表面是白的", "white dial"), F("face", "黑色表盘|表盘黑色", "black dial")],
             "mark": [F("mark", "表镜有划痕|镜面有划痕", "scratched glass")]}
        noun = (["手表", "表", "机械表"], ["手表一块", "腕表"], "watch")
    else:
        brand = brand or None
        color = color or rng.choice(["白", "金"])
        t = {"p": [F("p", "珍珠耳环，只有一只|一只珍珠耳坠", "one pearl earring"),
                   F("p", "金色圈圈耳环一只|一只金耳圈", "one gold hoop")]}
        noun = (["耳环", "耳环(一只)", "耳坠"], ["耳环一只", "耳饰"], "earring")
    return obj("jewelry", noun[0], noun[1], noun[2], color, brand, None, serial, pick_slots(rng, t, 1, 3), sub)


# ---------------------------------------------------------------- electronics
def gen_electronics(rng, color=None, brand=None, sub=None):
    sub = sub or wpick(rng, [("earbuds", 28), ("laptop", 14), ("tablet", 12), ("powerbank", 14), ("camera", 8),
                             ("watch", 10), ("kindle", 7), ("hearing", 7)])
    d = {
        "earbuds": ([("苹果", 55), ("华为", 30), ("索尼", 15)], {"苹果": ["AirPods Pro", "AirPods 3"], "华为": ["FreeBuds Pro 3", "FreeBuds 5"], "索尼": ["WF-1000XM5"]},
                    (["耳机", "蓝牙耳机", "无线耳机"], ["蓝牙耳机一副", "耳机(带充电盒)", "无线耳机"], "earbuds"), ["白", "黑", "白"]),
        "laptop": ([("联想", 40), ("苹果", 35), ("华为", 25)], {"联想": ["ThinkPad X1", "小新Pro 14"], "苹果": ["MacBook Air", "MacBook Pro 14"], "华为": ["MateBook 14"]},
                   (["笔记本电脑", "电脑", "笔记本"], ["笔记本电脑一台", "手提电脑"], "laptop"), ["银", "灰", "黑"]),
        "tablet": ([("苹果", 60), ("华为", 25), ("小米", 15)], {"苹果": ["iPad Air", "iPad mini"], "华为": ["MatePad 11"], "小米": ["小米平板6"]},
                   (["平板", "iPad", "平板电脑"], ["平板电脑一台", "平板"], "tablet"), ["灰", "银", "紫", "蓝"]),
        "powerbank": ([("小米", 40), ("安克", 35), ("罗马仕", 25)], {"小米": ["10000mAh"], "安克": ["PowerCore 10K"], "罗马仕": ["20000毫安"]},
                      (["充电宝", "移动电源", "充电宝"], ["充电宝一个", "移动电源"], "power bank"), ["白", "黑", "粉"]),
        "camera": ([("索尼", 45), ("佳能", 30), ("富士", 25)], {"索尼": ["A7C", "ZV-E10"], "佳能": ["R50"], "富士": ["X-T30", "X100V"]},
                   (["相机", "微单", "照相机"], ["相机一台", "数码相机"], "camera"), ["黑", "银"]),
        "watch": ([("苹果", 60), ("华为", 40)], {"苹果": ["Apple Watch S9", "Apple Watch SE"], "华为": ["WATCH GT 4"]},
                  (["智能手表", "手表", "运动手表"], ["手表一块", "电子手表"], "smart watch"), ["黑", "银", "粉"]),
        "kindle": ([("亚马逊", 100)], {"亚马逊": ["Paperwhite"]},
                   (["Kindle", "电子书阅读器", "kindle"], ["电子阅读器一个", "Kindle"], "Kindle"), ["黑"]),
        "hearing": ([("峰力", 100)], {"峰力": ["耳背式"]},
                    (["助听器", "助听器", "耳朵上戴的助听器"], ["助听器一个", "助听器(耳背式)"], "hearing aid"), ["棕", "灰"]),
    }[sub]
    brand = brand or wpick(rng, d[0])
    if brand not in d[1]:
        brand = d[0][0][0]
    model = rng.choice(d[1][brand])
    color = color or rng.choice(d[3])
    t = {"skin": [F("skin", "外面套了个透明保护壳|有透明保护套", "clear protective cover"),
                  F("skin", "贴了很多贴纸|上面贴满了贴纸", "covered with stickers"),
                  F("skin", "刻了名字缩写“ZY”|刻着ZY两个字母", "engraved initials 'ZY'"),
                  F("skin", "套着一个小恐龙硅胶套|恐龙图案的套子", "a dinosaur silicone cover")],
         "wear": [F("wear", "角上有磕碰|一个角磕掉漆", "a dented corner"),
                  F("wear", "外壳有划痕|划痕比较多", "scratches")],
         "own": [F("own", "开机密码是生日|里面有工作资料", "work files inside", "own")]}
    if sub == "earbuds":
        t["one"] = [F("one", "只有充电盒和左耳|右耳机不在盒子里", "only the left bud in the case"),
                    F("one", "两只耳机都在盒子里|盒子里两只都在", "both buds in the case")]
    sn = None
    if sub in ("laptop", "tablet", "camera", "earbuds", "watch", "kindle"):
        pref = {"苹果": "C02", "联想": "PF", "华为": "HW", "小米": "XM", "索尼": "S0", "佳能": "CN", "富士": "FJ", "亚马逊": "G0"}.get(brand, "SN")
        sn = {"kind": "sn", "value": pref + alnum(rng, 8)}
    return obj("electronics", d[2][0], d[2][1], d[2][2], color, brand, model, sn, pick_slots(rng, t, 1, 3), sub,
               alt_cat="jewelry" if sub == "watch" else None)


# ---------------------------------------------------------------- other
def gen_other(rng, color=None, brand=None, sub=None):
    sub = sub or wpick(rng, [("umbrella", 45), ("cup", 10), ("lightstick", 7), ("glasses", 10), ("parcel", 8),
                             ("cane", 5), ("records", 6), ("toy", 4), ("cart", 5)])
    serial = None
    if sub == "umbrella":
        brand = brand if brand is not None else wpick(rng, [("天堂伞", 35), ("蕉下", 25), ("无印良品", 10), (None, 30)])
        color = color or wpick(rng, [("黑", 30), ("蓝", 15), ("透明", 10), ("格子", 10), ("红", 8), ("粉", 8), ("绿", 7), ("紫", 6), ("黄", 6)])
        typ = rng.choice(["长柄伞", "折叠伞", "三折伞", "自动伞", "晴雨伞"])
        t = {"handle": [F("handle", "木头伞柄|木柄弯钩", "a wooden crook handle"),
                        F("handle", "伞柄上贴了名字贴“Amy”|伞柄贴着Amy的名字贴", "a name sticker 'Amy' on the handle"),
                        F("handle", "伞柄上缠了一圈红胶布|伞柄有红色胶布", "red tape round the handle")],
             "rib": [F("rib", "伞骨断了一根|有一根伞骨弯了", "one broken rib")],
             "print": [F("print", "印着小猫图案|有猫咪图案", "a cat print"), F("print", "边上有一圈白色花边|白色滚边", "a white trim"),
                       F("print", "伞面内侧是黑胶的|黑胶防晒里子", "black UV coating inside")],
             "sleeve": [F("sleeve", "带伞套|有个伞套", "with its sleeve")]}
        noun = ([typ, "雨伞", "伞"], ["雨伞一把", typ, "伞"], "umbrella")
    elif sub == "cup":
        brand = brand if brand is not None else wpick(rng, [("膳魔师", 45), ("象印", 35), (None, 20)])
        color = color or rng.choice(["白", "黑", "粉", "蓝", "绿"])
        t = {"name": [F("name", "杯身贴着名字贴|杯子上贴了名字", "a name label on it"), F("name", "杯子上刻了字“加油”|刻着加油", "engraved 'jiayou'")],
             "dent": [F("dent", "杯底有个凹痕|底部磕瘪了一块", "a dent at the bottom")],
             "in": [F("in", "里面泡着枸杞茶|装着红枣枸杞水", "goji tea inside", "in")]}
        noun = (["保温杯", "水杯", "杯子"], ["保温杯一个", "水杯"], "thermos cup")
    elif sub == "lightstick":
        brand = None
        color = color or rng.choice(["粉", "蓝", "紫", "白"])
        t = {"name": [F("name", "应援棒上贴了名字贴“小禾”|贴着写有小禾的贴纸", "a name sticker on it")],
             "with": [F("with", "跟手幅卷在一起|还有一条手幅", "rolled up with a banner"),
                      F("with", "电池盖用胶布粘着|电池盖贴了胶带", "battery cover taped")]}
        noun = (["应援棒", "荧光棒", "灯牌"], ["应援棒一根", "荧光棒"], "light stick")
    elif sub == "glasses":
        brand = brand if brand is not None else wpick(rng, [("暴龙", 30), ("雷朋", 25), (None, 45)])
        color = color or rng.choice(["黑", "棕", "金", "银"])
        t = {"kind": [F("kind", "近视眼镜，度数挺高|高度近视镜", "strong prescription"), F("kind", "老花镜|老花眼镜", "reading glasses")],
             "case": [F("case", "装在蓝色眼镜盒里|蓝眼镜盒", "in a blue case"), F("case", "没有眼镜盒|单独一副", "no case")],
             "mark": [F("mark", "一条镜腿用胶布缠过|镜腿有胶布", "taped temple")]}
        noun = (["眼镜", "一副眼镜", "眼镜"], ["眼镜一副", "眼镜"], "glasses")
    elif sub == "parcel":
        brand = None
        color = color or rng.choice(["棕", "白", "黄"])
        tr = rng.choice(["YT", "ZT", "JD", "SF"]) + digits(rng, 12)
        rn = person_name(rng)
        serial = {"kind": "track", "value": tr, "name": rn, "tail": digits(rng, 4)}
        t = {"size": [F("size", "鞋盒大小的纸箱|鞋盒那么大", "shoebox size"), F("size", "一个软的快递袋|快递袋子(软的)", "a soft mailer bag")],
             "content": [F("content", "里面是给客户的样品|装的是样品", "product samples inside", "own"),
                         F("content", "里面是一双运动鞋|装着一双鞋", "a pair of trainers inside", "own")]}
        noun = (["快递包裹", "快递件", "一个包裹"], ["快递包裹一件", "快递件"], "parcel")
    elif sub == "cane":
        brand = None
        color = color or rng.choice(["银", "黑", "棕"])
        t = {"kind": [F("kind", "四脚拐杖|四只脚的拐杖", "a four-foot cane"), F("kind", "铝合金可以伸缩的|伸缩拐杖", "a telescopic aluminium cane")],
             "mark": [F("mark", "把手上缠着毛线|手柄缠了毛线", "yarn wound on the grip")]}
        noun = (["拐杖", "拐棍", "司的克"], ["拐杖一根", "手杖"], "walking stick")
    elif sub == "records":
        brand = None
        color = color or rng.choice(["白", "蓝"])
        rn = person_name(rng)
        serial = {"kind": "name", "value": rn}
        t = {"film": [F("film", "里面有CT片子|装着一大张片子", "CT films inside", "in"), F("film", "有一本门诊病历|门诊病历卡", "an outpatient booklet", "in")],
             "bag": [F("bag", "装在医院的塑料袋里|医院塑料袋", "in a hospital plastic bag")]}
        noun = (["病历和片子", "片子(CT)", "病历袋"], ["病历资料一袋", "CT片袋"], "medical records")
    elif sub == "toy":
        brand = None
        color = color or rng.choice(["红", "蓝", "黄"])
        t = {"kind": [F("kind", "奥特曼玩偶|一个奥特曼", "an Ultraman figure"), F("kind", "毛绒小熊|一只小熊公仔", "a teddy bear")],
             "mark": [F("mark", "一只手臂松了|胳膊有点松", "a loose arm")]}
        noun = (["玩具", "小孩的玩具", "公仔"], ["儿童玩具一个", "玩具"], "toy")
    else:
        brand = None
        color = color or rng.choice(["红", "蓝", "格子"])
        t = {"in": [F("in", "里面有刚买的小菜|装着青菜和一条鱼", "groceries inside", "in"),
                    F("in", "里面有一把葱和豆腐|装着豆制品", "tofu and spring onions inside", "in")],
             "wheel": [F("wheel", "一个轮子有点歪|轮子不大好推", "a wobbly wheel")]}
        noun = (["买菜小拖车", "小拖车", "买小菜的拖车"], ["购物拖车一辆", "买菜车"], "shopping trolley")
    return obj("other", noun[0], noun[1], noun[2], color, brand, None, serial, pick_slots(rng, t, 1, 3), sub)


GEN = {"phone": gen_phone, "id_doc": gen_id_doc, "wallet": gen_wallet, "keys": gen_keys, "ebike": gen_ebike,
       "bicycle": gen_bicycle, "bag": gen_bag, "cash": gen_cash, "jewelry": gen_jewelry,
       "electronics": gen_electronics, "other": gen_other}
