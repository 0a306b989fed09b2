"""set117 hidden truth records: one invented object per record.

A truth record holds everything about the object; the writers in set117_write.py
decide what the owner and the finder each know and say.
A mark is a dict: slot, zh/en (owner wording), fzh/fen (finder wording),
vis = 'both' (anyone sees it), 'owner' (only the owner knows), 'finder'.
"""
from set117_world import (COLORS, BANKS, make_imei, make_idno, zh_name, en_name, COUNTRIES)


def M(slot, zh, en, vis="both", fzh=None, fen=None):
    return {"slot": slot, "zh": zh, "en": en, "fzh": fzh or zh, "fen": fen or en, "vis": vis}


def pool(slot, items, vis="both"):
    def gen(rng, obj):
        zh, en = rng.choice(items)
        return M(slot, zh, en, vis)
    gen.slot = slot
    return gen


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def letters(rng, n, alpha="ABCDEFGHJKLMNPQRSTUVWXYZ"):
    return "".join(rng.choice(alpha) for _ in range(n))


# ----------------------------------------------------------------- shared mark pools
STICKERS = [("贴着一只橘猫贴纸", "an orange-cat sticker on it"), ("贴着澜湖马拉松的纪念贴纸", "a Lanhu Marathon sticker on it"),
            ("贴着一张小熊贴纸", "a little bear sticker on it"), ("贴着一片茶叶形状的贴纸", "a tea-leaf sticker on it"),
            ("贴了一个笑脸贴纸", "a smiley-face sticker on it"), ("贴着写了名字的白色标签", "a white label with a name written on it")]

PHONE_MODELS = {
    "huawei": ["Mate 68", "nova 14 Lake", "Pura 77", "畅享 72"], "apple": ["iPhone 15 Lite", "iPhone 16 Max", "iPhone 14 Mini"],
    "xiaomi": ["Civi 9", "小米 16 Lake", "Redmi K88"], "oppo": ["Reno 15", "Find X9 Lite"], "vivo": ["X 210", "S 25e"],
    "honor": ["Magic 8 Lite", "荣耀 X70"], "samsung": ["Galaxy S26 Lite", "Galaxy A78"],
}
PHONE_COLORS = ["black", "black", "white", "blue", "silver", "grey", "gold", "green", "purple", "pink"]


def phone_lock(rng, obj):
    items = [("锁屏是我女儿的照片", "the lock screen is a photo of my daughter", "owner"),
             ("锁屏壁纸是一只柯基", "the lock screen wallpaper is a corgi", "both"),
             ("壁纸是澜湖日落", "the wallpaper is a sunset over the lake", "both"),
             ("锁屏是我们俩的婚纱照", "the lock screen is our wedding photo", "both"),
             ("锁屏是一片茶园", "the lock screen is a tea field", "both"),
             ("锁屏是孙子的满月照", "the lock screen is my grandson's baby photo", "owner"),
             ("设了六位数密码", "it has a six-digit passcode", "owner")]
    zh, en, vis = rng.choice(items)
    fzh = {"锁屏是我女儿的照片": "锁屏是一个小女孩的照片", "锁屏是我们俩的婚纱照": "锁屏是一对新人的婚纱照",
           "锁屏是孙子的满月照": "锁屏是一个婴儿的照片"}.get(zh, zh)
    fen = {"the lock screen is a photo of my daughter": "the lock screen shows a little girl",
           "the lock screen is our wedding photo": "the lock screen shows a wedding couple",
           "the lock screen is my grandson's baby photo": "the lock screen shows a baby"}.get(en, en)
    if vis == "owner" and rng.random() < 0.5 and zh != "设了六位数密码":
        vis = "both"
    return M("lock", zh, en, vis, fzh, fen)


phone_lock.slot = "lock"


def phone_number(rng, obj):
    d = digits(rng, 4)
    return M("number", "手机号尾号%s" % d, "the number ends in %s" % d, "owner")


phone_number.slot = "number"

PHONE_SLOTS = [
    pool("case", [("透明软壳", "a clear soft case"), ("黑色皮质翻盖壳", "a black leather flip case"),
                  ("壳上贴着一只橘猫贴纸", "an orange-cat sticker on the case"), ("带指环支架的手机壳", "a case with a ring holder"),
                  ("蓝色硅胶壳", "a blue silicone case"), ("印着茶叶图案的手机壳", "a case printed with tea leaves"),
                  ("挂着一根红色挂绳", "a red lanyard attached"), ("臂包式跑步手机套", "a running armband holder"),
                  ("壳背面夹着一张地铁卡", "a metro card tucked behind the case")]),
    pool("screen", [("屏幕右上角碎了", "the top-right corner of the screen is cracked"), ("贴了防窥膜", "a privacy screen protector"),
                    ("屏幕下方有一道划痕", "a scratch along the bottom of the screen"), ("钢化膜裂成蜘蛛网一样", "the glass protector is shattered like a web"),
                    ("后背玻璃裂了一条缝", "a crack across the back glass")]),
    phone_lock, phone_number,
]


def gen_phone(rng, ctx):
    brand = rng.choice(sorted(PHONE_MODELS))
    if rng.random() < 0.3:
        brand = rng.choice(["huawei", "apple"])
    model = rng.choice(PHONE_MODELS[brand])
    obj = dict(cat="phone", type="phone", brand=brand, model=model, color=rng.choice(PHONE_COLORS),
               noun_zh=["手机", "手机", "电话"], noun_en=["phone", "mobile phone", "smartphone"],
               serial={"kind": "imei", "value": make_imei(rng), "owner": rng.random() < 0.55,
                       "finder": rng.random() < 0.3})
    obj["slots"] = PHONE_SLOTS
    return obj


# ----------------------------------------------------------------- wallet
def wallet_cash(rng, obj):
    amt = rng.choice([0, 30, 50, 86, 120, 200, 260, 300, 450, 500, 800, 1000, 1200, 1500])
    if amt == 0:
        return M("cash", "里面没钱", "no cash in it", "both", "内无现金", "no cash inside")
    approx = amt if rng.random() < 0.5 else int(round(amt * rng.choice([0.8, 0.9, 1.1, 1.2]) / 10.0) * 10)
    return M("cash", "里面大概有%d元现金" % approx, "about %d yuan in cash" % approx, "both",
             "内有现金%d元" % amt, "%d yuan cash inside" % amt)


wallet_cash.slot = "cash"


def wallet_idcard(rng, obj):
    n = obj["owner"]
    return M("idcard", "还有我的身份证（%s）" % n, "my ID card (%s) is inside" % n, "both",
             "内有%s的身份证一张" % n, "an ID card in the name of %s" % n)


wallet_idcard.slot = "idcard"

WALLET_SLOTS = [
    wallet_cash, wallet_idcard,
    pool("cards", [("几张超市会员卡", "some supermarket loyalty cards"), ("一张澜湖图书馆借书证", "a Lanhu library card"),
                   ("一张湄澜公交卡", "a Meilan transit card"), ("一张全家福照片", "a family photo"),
                   ("一张马拉松参赛确认单", "a marathon entry confirmation slip"), ("几张茶叶收购的收据", "some tea purchase receipts"),
                   ("一张驾驶证", "a driving licence")]),
    pool("wear", [("边角磨白了", "the corners are worn white"), ("拉链头掉了一个", "one zip pull is missing"),
                  ("扣子有点松", "the clasp is loose"), ("上面有圆珠笔印", "a ballpoint pen mark on it"),
                  ("里面夹着一片干茶叶书签", "a dried tea-leaf bookmark inside")]),
]
WALLET_TYPES = [(["钱包", "长款钱包", "皮夹"], ["wallet", "long wallet"]),
                (["短钱包", "对折钱包", "钱包"], ["bifold wallet", "wallet"]),
                (["卡包", "拉链卡包"], ["card holder", "zip card wallet"]),
                (["零钱包", "小钱包"], ["coin purse", "small purse"])]


def bank_card(rng):
    bank, bin6 = rng.choice(BANKS)
    return {"kind": "card", "value": bin6 + digits(rng, 6) + digits(rng, 4), "bank": bank,
            "owner": True, "finder": True}


def gen_wallet(rng, ctx):
    nz, ne = rng.choice(WALLET_TYPES)
    brand = rng.choice([None, None, "coach", "coach", "samsonite", "decathlon", "lining", "anta"])
    obj = dict(cat="wallet", type="wallet", brand=brand, model=None,
               color=rng.choice(["black", "black", "brown", "brown", "red", "pink", "blue", "grey", "white", "green"]),
               noun_zh=nz, noun_en=ne, serial=bank_card(rng) if rng.random() < 0.7 else None)
    obj["slots"] = WALLET_SLOTS
    return obj


# ----------------------------------------------------------------- id documents
def gen_id_doc(rng, ctx):
    en_owner = ctx.get("english")
    if en_owner:
        cz, ce = rng.choice(COUNTRIES)
        num = letters(rng, 1) + digits(rng, 7) + letters(rng, 1)
        obj = dict(cat="id_doc", type="passport", brand=None, model=None, color=rng.choice(["red", "blue", "green", "black"]),
                   noun_zh=["%s护照" % cz, "护照"], noun_en=["%s passport" % ce, "passport"],
                   serial={"kind": "passport", "value": num, "owner": rng.random() < 0.6, "finder": True})
        obj["slots"] = [pool("sleeve", [("夹着一张登机牌", "a boarding pass tucked inside"),
                                        ("护照套是棕色皮的", "in a brown leather cover"),
                                        ("里面夹着民宿的房卡", "a homestay room card inside"),
                                        ("夹着马拉松参赛号码布", "the marathon bib folded inside")])]
        return obj
    kind = rng.choice(["id", "id", "id", "id", "driver", "student", "social"])
    if kind == "student":
        sno = "20%02d%s" % (rng.randrange(19, 25), digits(rng, 6))
        obj = dict(cat="id_doc", type="student", brand=None, model=None, color=rng.choice(["blue", "red", "white"]),
                   noun_zh=["学生证", "澜湖学院学生证", "校园卡"], noun_en=["student card", "student ID"],
                   serial={"kind": "student", "value": sno, "owner": True, "finder": True})
    else:
        by = rng.randrange(1950, 2005) if kind != "driver" else rng.randrange(1960, 2003)
        idno = make_idno(rng, by)
        nz = {"id": ["身份证", "二代身份证", "居民身份证"], "driver": ["驾驶证", "驾照", "机动车驾驶证"],
              "social": ["社保卡", "社会保障卡"]}[kind]
        ne = {"id": ["ID card"], "driver": ["driving licence"], "social": ["social security card"]}[kind]
        obj = dict(cat="id_doc", type=kind, brand=None, model=None,
                   color=None if kind == "id" else rng.choice(["black", "blue", "red"]),
                   noun_zh=nz, noun_en=ne,
                   serial={"kind": "idno", "value": idno, "owner": rng.random() < 0.75, "finder": True})
    obj["slots"] = [pool("sleeve", [("装在透明卡套里", "in a clear card sleeve"), ("卡套上挂着马拉松参赛证", "clipped to a marathon credential lanyard"),
                                    ("卡套是粉色卡通的", "in a pink cartoon sleeve"), ("用橡皮筋和银行卡扎在一起", "bundled with a bank card by a rubber band"),
                                    ("有一个角被折过", "one corner has been bent")])]
    return obj


# ----------------------------------------------------------------- keys
def keys_count(rng, obj):
    n = rng.choice([2, 3, 3, 4, 5, 6])
    cn = "两三四五六"[n - 2]
    return M("count", "一串%s把钥匙" % cn, "a bunch of %d keys" % n, "both", "钥匙%d把" % n, "%d keys" % n)


keys_count.slot = "count"

KEY_SLOTS = [
    keys_count,
    pool("fob", [("挂着一个小熊挂件", "a little bear charm on it"), ("挂着澜湖马拉松纪念钥匙扣", "a Lanhu Marathon keyring"),
                 ("挂着一个木头茶壶小挂件", "a small wooden teapot charm"), ("钥匙扣是一只塑料小黄鸭", "a rubber-duck keyring"),
                 ("挂着一个红色中国结", "a red Chinese-knot charm"), ("挂着一个开瓶器", "a bottle-opener keyring"),
                 ("挂着一个写着平安的铜牌", "a brass tag saying 平安 (safe)")]),
    pool("card", [("带一张蓝色圆形门禁卡", "a blue round access fob"), ("带一张白色小区门禁卡", "a white building access card"),
                  ("有一把电动车钥匙", "one e-bike key"), ("有一把防盗门的十字钥匙", "one cross-shaped security-door key")]),
    pool("hidden", [("其中一把是单位抽屉的", "one key is for my office drawer"), ("有把钥匙是民宿后门的", "one is the homestay back door"),
                    ("小钥匙是信箱的", "the small one is the mailbox")], vis="owner"),
]


def gen_keys(rng, ctx):
    car = rng.random() < 0.35
    brand = rng.choice(["vw", "toyota", "byd"]) if car else None
    obj = dict(cat="keys", type="keys", brand=brand, model=None,
               color=rng.choice(["silver", "silver", "black", "red", "yellow", "blue", "brown"]),
               noun_zh=(["车钥匙和家门钥匙", "钥匙串", "钥匙"] if car else ["钥匙", "钥匙串", "一串钥匙"]),
               noun_en=(["car key with house keys", "keys"] if car else ["keys", "bunch of keys"]), serial=None)
    if rng.random() < 0.2:
        obj["serial"] = {"kind": "keytag", "value": "No.%s" % digits(rng, 5), "owner": True, "finder": True}
    obj["slots"] = KEY_SLOTS
    return obj


# ----------------------------------------------------------------- ebike / bicycle
EBIKE_SLOTS = [
    pool("basket", [("车筐里有个白色头盔", "a white helmet in the basket"), ("后座绑着一只竹茶篓", "a bamboo tea basket tied on the back"),
                    ("车把上挂着一把格子雨伞", "a checked umbrella hanging on the handlebar"), ("前筐里有一袋茶叶", "a bag of tea in the front basket")]),
    pool("look", [("车座套是豹纹的", "a leopard-print seat cover"), ("前挡泥板撞裂了", "the front mudguard is cracked"),
                  ("脚踏板上贴了反光条", "reflective tape on the footboard"), ("后视镜少了一个", "one mirror missing"),
                  ("装了挡风被", "a winter wind-blanket fitted")]),
    pool("hidden", [("电池是去年新换的", "the battery was replaced last year"), ("钥匙还在我身上", "I still have the key")], vis="owner"),
]
BIKE_SLOTS = [
    pool("bar", [("车把缠着白色把带", "white bar tape on the handlebar"), ("后座装了儿童座椅", "a child seat on the back"),
                 ("前面有个铁车筐", "a metal front basket"), ("挂着一把U型锁", "a U-lock hanging on it"),
                 ("坐垫破了用胶布缠着", "the saddle is torn and taped")]),
    pool("look", [("车架上贴着马拉松贴纸", "a marathon sticker on the frame"), ("后轮挡泥板掉了", "the rear mudguard is missing"),
                  ("车铃是小黄鸭造型", "a rubber-duck bell"), ("左边脚踏断了半截", "the left pedal is half broken")]),
]


def plate(rng):
    return "澜" + rng.choice("ABC") + digits(rng, 1) + letters(rng, 1) + digits(rng, 3)


def gen_ebike(rng, ctx):
    brand = rng.choice(["yadea", "aima", "niu", "ninebot"])
    obj = dict(cat="ebike", type="ebike", brand=brand, model=rng.choice(["DE3", "Q7 Lite", "TX2", "F90 Lake", None]),
               color=rng.choice(["white", "black", "blue", "red", "grey", "green", "pink"]),
               noun_zh=["电动车", "电瓶车", "电驴"], noun_en=["e-bike", "electric scooter"],
               serial={"kind": "plate", "value": plate(rng), "owner": True, "finder": True})
    obj["slots"] = EBIKE_SLOTS
    return obj


def frame_no(rng):
    return letters(rng, 2) + digits(rng, 4) + letters(rng, 1) + digits(rng, 4)


def gen_bicycle(rng, ctx):
    brand = rng.choice(["giant", "merida", "xds", "decathlon"])
    obj = dict(cat="bicycle", type="bicycle", brand=brand, model=rng.choice(["ATX 7", "Escape 3 Lake", "勇士 500", "RC 120", None]),
               color=rng.choice(["black", "white", "blue", "red", "grey", "green", "orange"]),
               noun_zh=["自行车", "山地车", "单车"], noun_en=["bicycle", "bike"],
               serial={"kind": "frame", "value": frame_no(rng), "owner": rng.random() < 0.4, "finder": rng.random() < 0.6})
    obj["slots"] = BIKE_SLOTS
    return obj


# ----------------------------------------------------------------- bags
BAG_CONTENTS = [("一件灰色卫衣", "a grey hoodie"), ("一双人字拖", "a pair of flip-flops"), ("一个白色充电宝", "a white power bank"),
                ("一瓶防晒霜", "a bottle of sunscreen"), ("一条蓝色毛巾", "a blue towel"), ("几包能量胶", "a few energy gels"),
                ("一件备用婚纱头纱", "a spare wedding veil"), ("两罐茶叶", "two tins of tea"), ("一把折叠伞", "a folding umbrella"),
                ("一本笔记本", "a notebook"), ("一副墨镜", "a pair of sunglasses"), ("一套换洗衣服", "a change of clothes"),
                ("一个保温杯", "a thermos cup"), ("化妆包", "a make-up pouch"), ("一盒创可贴", "a box of plasters")]


def bag_contents(rng, obj):
    a, b = rng.sample(BAG_CONTENTS, 2)
    return M("contents", "里面有%s和%s" % (a[0], b[0]), "inside: %s and %s" % (a[1], b[1]), "both",
             "内有%s、%s" % (a[0], b[0]), "contains %s and %s" % (a[1], b[1]))


bag_contents.slot = "contents"
BAG_SLOTS = [
    bag_contents,
    pool("look", [("拉链上挂着一个茶叶形状的挂件", "a tea-leaf charm on the zip"), ("侧袋破了一个洞", "a hole in the side pocket"),
                  ("背带上别着一个马拉松徽章", "a marathon pin on the strap"), ("包上用马克笔写了名字", "a name written on it in marker"),
                  ("拉链头坏了一个", "one zip pull is broken"), ("挂着一条丝巾", "a silk scarf tied to the handle")]),
    pool("hidden", [("夹层里有一张写着电话的纸条", "a note with my phone number in the inner pocket"),
                    ("包是我老公送的生日礼物", "it was a birthday present from my husband")], vis="owner"),
]
BAG_TYPES = [("racebag", ["存包袋", "赛事存包袋", "透明存包袋"], ["bag-drop bag", "race baggage bag"]),
             ("backpack", ["双肩包", "背包", "书包"], ["backpack", "rucksack"]),
             ("cross", ["斜挎包", "小挎包", "单肩包"], ["crossbody bag", "shoulder bag"]),
             ("hand", ["手提包", "女士手提包"], ["handbag"]),
             ("camera", ["相机包", "摄影包"], ["camera bag"]),
             ("waist", ["腰包", "跑步腰包"], ["waist pack", "running belt"])]


def gen_bag(rng, ctx):
    zone = ctx.get("zone")
    if zone == "race" and rng.random() < 0.6:
        t = BAG_TYPES[0]
    elif zone == "shore" and rng.random() < 0.4:
        t = BAG_TYPES[4]
    else:
        t = rng.choice(BAG_TYPES[1:])
    key, nz, ne = t
    brand = None if key == "racebag" else rng.choice([None, "decathlon", "nike", "lining", "anta", "coach", "samsonite"])
    obj = dict(cat="bag", type=key, brand=brand, model=None,
               color=("white" if key == "racebag" and rng.random() < 0.5 else
                      rng.choice(["black", "black", "blue", "grey", "red", "green", "brown", "pink", "white", "yellow"])),
               noun_zh=nz, noun_en=ne, serial=None)
    if key == "racebag":
        tent = rng.choice("ABCDEF")
        obj["serial"] = {"kind": "bagtag", "value": "%s-%04d" % (tent, rng.randrange(1, 3000)), "owner": True, "finder": True}
        obj["tent"] = tent
    obj["slots"] = BAG_SLOTS
    return obj


# ----------------------------------------------------------------- cash
def cash_amount(rng, obj):
    amt = obj["amount"]
    approx = amt if rng.random() < 0.5 else int(round(amt * rng.choice([0.9, 1.1]) / 100.0) * 100)
    words = "%d元" % approx if approx == amt else "大概%d块" % approx
    return M("amount", words, "%s%d yuan" % ("" if approx == amt else "about ", approx), "both",
             "现金%d元" % amt, "%d yuan" % amt)


cash_amount.slot = "amount"


def cash_note(rng, obj):
    c = obj["container"]
    items = {"red": [("红包上写着百年好合", "the red packet says 百年好合"), ("红包上印着金色双喜", "a golden double-happiness print"),
                     ("红包背面写了个陈字", "the character 陈 written on the back")],
             "white": [("信封上写着茶款", "the envelope says 茶款 (tea money)"), ("信封是银行的白信封", "a plain white bank envelope"),
                       ("信封上写着一个电话号码", "a phone number written on the envelope")],
             "brown": [("牛皮纸信封，封口用订书机钉着", "kraft envelope stapled shut"), ("信封上写着‘四月工钱’", "the envelope says 四月工钱 (April wages)")],
             "black": [("用橡皮筋扎成一沓", "rolled with a rubber band"), ("装在一个黑色塑料袋里", "inside a black plastic bag")]}[c]
    zh, en = rng.choice(items)
    return M("note", zh, en)


cash_note.slot = "note"


def cash_denom(rng, obj):
    zh, en = rng.choice([("都是一百的", "all 100-yuan notes"), ("一百和五十的混着", "mixed 100s and 50s"), ("有几张是新钞连号", "some new notes in sequence")])
    return M("denom", zh, en)


cash_denom.slot = "denom"


def gen_cash(rng, ctx):
    zone = ctx.get("zone")
    c = "red" if zone == "shore" else rng.choice(["white", "brown", "black", "red"])
    amt = rng.choice([200, 500, 600, 800, 1000, 1200, 1600, 2000, 2600, 3000, 3800, 5000])
    nz = {"red": ["红包", "一个红包"], "white": ["信封装的现金", "一个装钱的信封"], "brown": ["牛皮纸信封装的钱", "一信封钞票"],
          "black": ["一沓现金", "一卷钞票"]}[c]
    ne = {"red": ["red packet with cash"], "white": ["envelope of cash"], "brown": ["kraft envelope of cash"], "black": ["roll of cash"]}[c]
    obj = dict(cat="cash", type="cash", brand=None, model=None, color=c, noun_zh=nz, noun_en=ne, serial=None,
               amount=amt, container=c)
    obj["slots"] = [cash_amount, cash_note, cash_denom]
    return obj


# ----------------------------------------------------------------- jewelry
def engraving(rng, obj):
    a, b = letters(rng, 1), letters(rng, 1)
    d = rng.choice(["0427", "0520", "1314", "2025", "0808"])
    s = "%s&%s %s" % (a, b, d)
    return M("engrave", "内侧刻着“%s”" % s, "engraved inside: %s" % s, "both")


engraving.slot = "engrave"
JEWEL_TYPES = [("ring", ["戒指", "婚戒", "对戒中的一只"], ["ring", "wedding ring"], ["gold", "silver", "silver"]),
               ("necklace", ["项链", "吊坠项链"], ["necklace", "pendant necklace"], ["gold", "silver"]),
               ("bangle", ["玉镯", "手镯", "镯子"], ["jade bangle", "bangle"], ["green", "green", "gold", "white"]),
               ("earring", ["耳环", "一只耳坠"], ["earring"], ["gold", "silver", "white"]),
               ("bracelet", ["手链", "串珠手链"], ["bracelet", "charm bracelet"], ["silver", "gold", "red"])]
JEWEL_SLOTS = [
    engraving,
    pool("stone", [("镶着一颗小钻", "set with a small diamond"), ("吊坠是一片茶叶形状", "a tea-leaf shaped pendant"),
                   ("上面有一颗珍珠", "with one pearl"), ("有一道细裂纹", "has a hairline crack"), ("挂着一个小锁片", "a tiny padlock charm")]),
    None,
]


def jewel_pouch(rng, obj):
    items = [("装在红色绒布袋里", "in a red velvet pouch")]
    if obj["type"] in ("necklace", "bracelet"):
        items += [("扣子有点松", "the clasp is loose"), ("链子打了个结", "the chain has a knot")]
    elif obj["type"] == "ring":
        items += [("戒圈有点变形", "the band is slightly bent"), ("戒圈内侧有磨痕", "wear marks inside the band")]
    else:
        items += [("有一处小磕口", "a small chip on it")]
    zh, en = rng.choice(items)
    return M("pouch", zh, en)


jewel_pouch.slot = "pouch"
JEWEL_SLOTS[2] = jewel_pouch


def gen_jewelry(rng, ctx):
    key, nz, ne, cols = rng.choice(JEWEL_TYPES)
    brand = rng.choice([None, None, "ctf", "lfx", "pandora"])
    obj = dict(cat="jewelry", type=key, brand=brand, model=None, color=rng.choice(cols), noun_zh=nz, noun_en=ne, serial=None)
    if brand and rng.random() < 0.4:
        obj["serial"] = {"kind": "cert", "value": "NGTC%s" % digits(rng, 10), "owner": True, "finder": False}
    obj["slots"] = JEWEL_SLOTS if key != "bangle" else [JEWEL_SLOTS[1], JEWEL_SLOTS[2]]
    return obj


# ----------------------------------------------------------------- electronics
ELEC_TYPES = {
    "watch": (["运动手表", "跑步手表", "手表"], ["running watch", "sports watch", "GPS watch"],
              {"garmin": ["Forerunner 275", "Fenix 9 Lake"], "coros": ["PACE 5", "APEX 4 Lite"], "huawei": ["Watch GT 7 Run"], "apple": ["Watch S11"]}),
    "earbuds": (["蓝牙耳机", "无线耳机", "耳机"], ["earbuds", "wireless earbuds"],
                {"apple": ["AirPods 5"], "huawei": ["FreeBuds 7"], "sony": ["WF-2000LX"], "xiaomi": ["Buds 6"]}),
    "camera": (["相机", "微单相机", "单反"], ["camera", "mirrorless camera"],
               {"canon": ["EOS R9 Lake", "EOS 95D"], "sony": ["A7 VI", "ZV-E20"], "fuji": ["X-T60", "X100 VII"]}),
    "drone": (["无人机", "航拍无人机"], ["drone"], {"dji": ["Mini 6 Lake", "Air 4S"]}),
    "powerbank": (["充电宝", "移动电源"], ["power bank"], {"xiaomi": ["PB2050", "口袋版 3"], "anta": []}),
    "tablet": (["平板", "平板电脑", "iPad"], ["tablet", "iPad"], {"apple": ["iPad Air 8"], "huawei": ["MatePad 13 Lake"]}),
}
ELEC_LOOK = {
    "watch": [("表带是荧光黄硅胶的", "a neon-yellow silicone strap"), ("表盘有一道划痕", "a scratch on the watch face"),
              ("表扣坏了用皮筋绑着", "the buckle is broken and held with a hair tie"), ("表背贴着姓名贴", "a name sticker on the back")],
    "earbuds": [("充电盒上刻着名字缩写 ZQ", "initials ZQ engraved on the case"), ("一只耳塞套是黑色的，另一只是白色的", "one ear tip is black, the other white"),
                ("充电盒套着小恐龙硅胶套", "a little dinosaur silicone cover on the case"), ("盒盖有一道裂纹", "a crack on the case lid")],
    "camera": [("镜头盖丢了", "the lens cap is missing"), ("背带上绣着‘拾光影像’", "the strap is embroidered 拾光影像"),
               ("装着一支35mm定焦镜头", "a 35mm prime lens mounted"), ("机身边角有磕碰掉漆", "paint chipped on the corners")],
    "drone": [("有一片桨叶是新换的白色的", "one propeller is a new white one"), ("机身贴着工作室贴纸", "a studio sticker on the body"),
              ("装在灰色收纳包里", "in a grey carrying pouch")],
    "powerbank": [("贴着一张写着电话的标签", "a label with a phone number on it"), ("外壳有明显划痕", "deep scratches on the shell"),
                  ("连着一根黄色数据线", "a yellow cable attached")],
    "tablet": [("装在灰色保护套里", "in a grey protective cover"), ("背面贴着星星贴纸", "star stickers on the back"),
               ("屏幕左下角裂了", "the bottom-left corner of the screen is cracked")],
}


def elec_look(rng, obj):
    zh, en = rng.choice(ELEC_LOOK[obj["type"]])
    return M("look", zh, en)


elec_look.slot = "look"
ELEC_SLOTS = [
    elec_look,
    pool("hidden", [("里面存着今天拍的照片", "it holds today's photos"), ("App里绑定的是我的账号", "it's bound to my account in the app"),
                    ("电量大概只剩一半", "battery was about half")], vis="owner"),
]


def gen_electronics(rng, ctx):
    zone = ctx.get("zone")
    if zone == "race":
        t = rng.choice(["watch", "watch", "earbuds", "earbuds", "powerbank"])
    elif zone == "shore":
        t = rng.choice(["camera", "camera", "drone", "earbuds"])
    else:
        t = rng.choice(sorted(ELEC_TYPES))
    nz, ne, brands = ELEC_TYPES[t]
    b = rng.choice([k for k in sorted(brands) if brands[k]])
    obj = dict(cat="electronics", type=t, brand=b, model=rng.choice(brands[b]),
               color=rng.choice(["black", "black", "white", "grey", "silver", "blue", "pink"]) if t != "earbuds" else rng.choice(["white", "white", "black"]),
               noun_zh=nz, noun_en=ne,
               serial={"kind": "sn", "value": letters(rng, 2, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") + digits(rng, 3) + letters(rng, 1) + digits(rng, 5),
                       "owner": rng.random() < 0.4, "finder": rng.random() < 0.55})
    obj["slots"] = ELEC_SLOTS
    return obj


# ----------------------------------------------------------------- other
OTHER_TYPES = [
    ("glasses", ["眼镜", "近视眼镜", "老花镜"], ["glasses", "reading glasses"], ["black", "brown", "silver", "gold"], [None, "bolon"],
     [("装在眼镜盒里", "in a glasses case"), ("镜腿缠着胶布", "tape around one arm"), ("镜片有一道划痕", "a scratch on one lens")]),
    ("sunglasses", ["墨镜", "太阳镜", "跑步眼镜"], ["sunglasses", "running sunglasses"], ["black", "blue", "orange", "white"], ["bolon", "decathlon", None],
     [("镜片是彩色反光的", "mirrored rainbow lenses"), ("鼻托少了一个", "one nose pad missing"), ("挂着一根防滑绳", "with a retainer strap")]),
    ("umbrella", ["雨伞", "伞", "遮阳伞"], ["umbrella"], ["black", "blue", "pink", "yellow", "green"], [None],
     [("伞柄是木头的", "a wooden handle"), ("伞面印着荷花", "lotus print on the canopy"), ("有一根伞骨断了", "one rib is broken")]),
    ("veil", ["婚纱头纱", "头纱"], ["wedding veil"], ["white"], [None],
     [("边上缝着珍珠", "pearls sewn along the edge"), ("带一个银色发梳", "with a silver comb"), ("长度到腰", "waist length")]),
    ("medal", ["完赛奖牌", "马拉松奖牌"], ["finisher medal", "marathon medal"], ["gold", "silver"], [None],
     [("绶带是蓝色的", "a blue ribbon"), ("背面刻着成绩 3:41:07", "finish time 3:41:07 engraved on the back"), ("全马奖牌", "full-marathon medal"), ("半马奖牌", "half-marathon medal")]),
    ("teabasket", ["茶篓", "采茶篓", "竹篓"], ["tea-picking basket", "bamboo basket"], ["brown", "green", "yellow"], [None],
     [("里面有半篓鲜叶", "half full of fresh tea leaves"), ("背带是红布条", "a red cloth strap"), ("篓底补过", "the bottom has been mended")]),
    ("cup", ["保温杯", "水杯", "杯子"], ["thermos", "water bottle"], ["black", "white", "pink", "blue", "silver"], ["thermos", None],
     [("里面泡着茶", "tea brewing inside"), ("杯身有一块掉漆", "paint chipped on the side"), ("贴着姓名贴", "a name sticker on it")]),
    ("hat", ["帽子", "遮阳帽", "跑步帽"], ["cap", "sun hat"], ["white", "black", "yellow", "red"], ["nike", "decathlon", None],
     [("帽檐内侧写着名字", "a name written under the brim"), ("别着一枚茶叶徽章", "a tea-leaf pin on it")]),
    ("reflector", ["反光板", "五合一反光板"], ["photo reflector"], ["silver", "gold", "white"], [None],
     [("装在黑色圆形袋子里", "in a round black bag"), ("边框有点变形", "the rim is bent")]),
    ("stick", ["拐杖", "登山杖"], ["walking stick", "trekking pole"], ["black", "brown", "silver"], [None, "decathlon"],
     [("手柄缠着红布", "red cloth around the handle"), ("底下的橡胶头磨穿了", "the rubber tip is worn through")]),
]


def gen_other(rng, ctx):
    zone = ctx.get("zone")
    cand = OTHER_TYPES
    pref = {"shore": ("veil", "reflector", "sunglasses", "umbrella"), "race": ("medal", "sunglasses", "hat", "cup"),
            "tea": ("teabasket", "cup", "hat", "stick"), "causeway": ("glasses", "stick", "umbrella", "cup")}.get(zone)
    if pref and rng.random() < 0.7:
        cand = [t for t in OTHER_TYPES if t[0] in pref]
    key, nz, ne, cols, brands, marks = rng.choice(cand)
    obj = dict(cat="other", type=key, brand=rng.choice(brands), model=None, color=rng.choice(cols), noun_zh=nz, noun_en=ne, serial=None)
    obj["slots"] = [pool("look", marks), pool("sticker", STICKERS[:3] if key in ("cup", "umbrella", "stick") else marks)]
    return obj


GENERATORS = {"phone": gen_phone, "wallet": gen_wallet, "id_doc": gen_id_doc, "keys": gen_keys, "ebike": gen_ebike,
              "bicycle": gen_bicycle, "bag": gen_bag, "cash": gen_cash, "jewelry": gen_jewelry,
              "electronics": gen_electronics, "other": gen_other}


def fill_marks(rng, obj, nmin=1, nmax=3):
    """Draw the object's marks from its slots (one mark per slot)."""
    slots = list(obj["slots"])
    rng.shuffle(slots)
    k = rng.randint(min(nmin, len(slots)), min(nmax, len(slots)))
    marks = []
    seen = set()
    for gen in slots:
        if len(marks) >= k:
            break
        m = gen(rng, obj)
        if m["zh"] in seen:
            continue
        seen.add(m["zh"])
        marks.append(m)
    obj["marks"] = marks
    return obj


def make_object(rng, cat, ctx):
    obj = GENERATORS[cat](rng, ctx)
    obj["owner"] = en_name(rng) if ctx.get("english") else zh_name(rng)
    fill_marks(rng, obj)
    return obj


def slot_gen(obj, slot):
    for g in obj["slots"]:
        if g.slot == slot:
            return g
    return None
