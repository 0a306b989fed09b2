"""set118 objects: hidden truth records of invented objects, and the number
helpers (GB 11643 ID numbers, Luhn IMEIs, masked bank cards, plates, S/Ns)."""
import datetime

# ---------------------------------------------------------------- numbers
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"
REGIONS = ["532801", "532822", "532823", "530102", "530111", "510104", "500103", "440106", "430102",
           "520102", "450103", "330106", "532501", "530402"]


def id_check(first17):
    return ID_C[sum(int(a) * b for a, b in zip(first17, ID_W)) % 11]


def make_id(rng, region=None, female=None):
    region = region or rng.choice(REGIONS)
    d = datetime.date(1958, 1, 1) + datetime.timedelta(days=rng.randrange(0, 365 * 50))
    seq = rng.randrange(0, 1000)
    if female is not None:
        seq = seq - seq % 2 + (0 if female else 1)
        seq = min(seq, 999)
    s17 = "%s%s%03d" % (region, d.strftime("%Y%m%d"), seq)
    return s17 + id_check(s17)


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def make_imei(rng):
    body = "86" + "".join(str(rng.randrange(10)) for _ in range(12))
    return body + luhn_digit(body)


def make_card(rng):
    bin_ = rng.choice(["622202", "622848", "621700", "623058", "621226", "622908", "625965"])
    body = bin_ + "".join(str(rng.randrange(10)) for _ in range(9))
    return body + luhn_digit(body)


def make_plate(rng):
    return "勐沙%s%05d" % (rng.choice("ABC"), rng.randrange(0, 100000))


def make_alnum(rng, n, alpha="ABCDEFGHJKLMNPRSTUVWXYZ0123456789"):
    return "".join(rng.choice(alpha) for _ in range(n))


def make_frame(rng, prefix):
    return prefix + "%02d" % rng.randrange(18, 26) + make_alnum(rng, 1, "ABCDEFGHJK") + "%07d" % rng.randrange(10 ** 7)


def make_sn(rng, prefix=""):
    return prefix + make_alnum(rng, 12 - len(prefix))


def make_student(rng):
    return "20%02d%02d%04d" % (rng.randrange(19, 25), rng.randrange(1, 40), rng.randrange(10000))


def make_passport(rng, country):
    if country == "Thailand":
        return "A" + make_alnum(rng, 1, "ABCDEF") + "%07d" % rng.randrange(10 ** 7)
    if country == "Laos":
        return "P" + "%07d" % rng.randrange(10 ** 7)
    if country == "Myanmar":
        return "M" + "%07d" % rng.randrange(10 ** 7)
    if country == "Vietnam":
        return "C" + "%07d" % rng.randrange(10 ** 7)
    return make_alnum(rng, 2, "ABCDEFGHJKLMNPRSTUVWXYZ") + "%07d" % rng.randrange(10 ** 7)


def make_border_pass(rng):
    return "BM" + "%010d" % rng.randrange(10 ** 10)


def make_cert(rng):
    return "NGTC%d%06d" % (rng.randrange(2019, 2025), rng.randrange(10 ** 6))


# ---------------------------------------------------------------- marks
# each visible mark is (slot, zh, en); a near twin swaps one mark within its slot
SLOTS = {
    "case": [("透明手机壳", "clear case"), ("粉色硅胶壳", "pink silicone case"), ("孔雀图案的手机壳", "peacock pattern case"),
             ("黑色磨砂壳", "black matte case"), ("翻盖皮套", "leather flip cover"), ("印着大象的壳", "case with an elephant print"),
             ("蓝色防摔壳", "blue rugged case"), ("卡通小黄鸭壳", "yellow duck cartoon case")],
    "pouch": [("装在透明防水袋里，挂绳是红色的", "in a clear waterproof pouch on a red lanyard"),
              ("装在绿色防水袋里", "in a green dry pouch"), ("套着黄色手机防水套", "in a yellow phone pouch"),
              ("装在蓝色防水袋里，袋子上印着泼水节", "in a blue waterproof bag printed with water festival"),
              ("装在粉色防水套里，带挂脖绳", "in a pink waterproof sleeve with neck strap")],
    "screen": [("屏幕左上角碎了", "screen cracked at the top left"), ("钢化膜裂了一道", "screen protector cracked across"),
               ("屏幕右下角有个坏点", "a dead pixel lower right"), ("后盖摔掉一块漆", "paint chipped on the back")],
    "phone_tag": [("背面贴了小猫贴纸", "cat sticker on the back"), ("壳里夹着一张公交卡", "a bus card tucked in the case"),
                  ("壳里夹着一张一百块", "a 100 yuan note in the case"), ("挂着银色小象挂件", "a little silver elephant charm"),
                  ("挂着红绳平安符", "red string lucky charm attached")],
    "lock": [("锁屏是小娃娃的照片", "lock screen is a photo of a baby"), ("锁屏是一只橘猫", "lock screen is an orange cat"),
             ("锁屏是佛寺金塔", "lock screen is a golden pagoda"), ("锁屏是两个人的合照", "lock screen is a couple photo"),
             ("锁屏是一片茶山", "lock screen is a tea hill")],
    "wallet_style": [("长款的", "long style"), ("短款对折的", "short bifold"), ("拉链的", "zip-around"), ("三折的", "trifold")],
    "wallet_mark": [("边角磨破了", "worn corners"), ("上面印着孔雀", "peacock embossed"), ("扣子坏了", "broken clasp"),
                    ("里面夹着一张全家福", "family photo inside"), ("里面有张护身符", "amulet inside"),
                    ("插着一张公交卡", "a bus card inside")],
    "keyring": [("小象钥匙扣", "little elephant keyring"), ("孔雀羽毛挂件", "peacock feather charm"), ("平安符挂件", "lucky charm tag"),
                ("小熊公仔挂件", "teddy bear charm"), ("开瓶器钥匙扣", "bottle opener keyring"), ("红绳编的挂绳", "red braided cord"),
                ("佛牌挂件", "small Buddha amulet")],
    "keycount": [("三把钥匙", "three keys"), ("五六把钥匙", "five or six keys"), ("两把钥匙", "two keys"), ("四把钥匙", "four keys")],
    "keytag": [("钥匙牌上写着302", "tag says 302"), ("有一张蓝色门禁卡", "a blue access fob"), ("有一张白色门禁卡", "a white access card"),
               ("有把小的信箱钥匙", "a small mailbox key"), ("钥匙牌上写着仓库", "tag says warehouse")],
    "ebike_mark": [("车筐是黑色塑料的", "black plastic basket"), ("后座装了儿童座椅", "child seat on the back"),
                   ("装了雨棚", "has a rain canopy"), ("把手缠了黑胶布", "handlebars wrapped in black tape"),
                   ("后面贴着孔雀贴纸", "peacock sticker on the back"), ("脚踏板上有一块橡胶垫", "rubber mat on the footboard"),
                   ("车筐里有顶红色头盔", "red helmet in the basket")],
    "bike_mark": [("前面有车筐", "front basket"), ("后座有货架", "rear rack"), ("车铃是小黄鸭的", "yellow duck bell"),
                  ("车座套着蓝色座套", "blue seat cover"), ("挂着一把U型锁", "U-lock attached"), ("把套是红色的", "red grips")],
    "bag_mark": [("拉链上挂着小象挂件", "elephant charm on the zip"), ("侧袋插着一把折叠伞", "folding umbrella in the side pocket"),
                 ("肩带断了用别针别着", "strap held with a safety pin"), ("背后绣着名字拼音", "name embroidered on the back"),
                 ("包上有孔雀花纹", "peacock pattern"), ("挂着一个防水手机袋", "a phone pouch hanging off it"),
                 ("包带上系着红绳", "red string tied on the strap")],
    "bag_content": [("里面有几件衣服", "some clothes inside"), ("有一包普洱茶饼", "a pu-erh tea cake"), ("有一个水枪", "a water gun"),
                    ("有一个充电宝", "a power bank"), ("有防晒霜和墨镜", "sunscreen and sunglasses"), ("有一本笔记本", "a notebook"),
                    ("有两瓶药", "two bottles of medicine"), ("有一套傣装", "a Dai costume"), ("有一袋芒果", "a bag of mangoes"),
                    ("有一个相机", "a camera")],
    "cash_wrap": [("红包装着", "in a red envelope"), ("牛皮纸信封装着", "in a brown paper envelope"), ("用橡皮筋捆着", "held with a rubber band"),
                  ("装在塑料袋里", "in a plastic bag"), ("对折夹在一起", "folded together")],
    "cash_mark": [("信封上写着'卖茶钱'", "envelope says 'tea money'"), ("信封上写着'岩'字", "envelope marked 岩"),
                  ("红包上印着'吉祥'", "red envelope printed 吉祥"), ("里面夹着一张收据", "a receipt folded in"),
                  ("钱里夹着一张车票", "a bus ticket in with the money")],
    "jewel_mark": [("刻着'平安'两个字", "engraved 平安"), ("刻着名字缩写", "engraved initials"), ("有孔雀花纹", "peacock pattern"),
                   ("有大象花纹", "elephant pattern"), ("扣子是弹簧扣", "spring clasp"), ("有一道小裂纹", "a hairline crack"),
                   ("挂着一个小铃铛", "a little bell on it")],
    "elec_mark": [("贴着卡通贴纸", "cartoon sticker on it"), ("外壳有划痕", "scratched shell"), ("套着硅胶保护套", "silicone cover"),
                  ("挂着蓝色挂绳", "blue strap"), ("写着名字缩写", "initials written on it"), ("一角摔凹了", "dented corner")],
    "other_mark": [("上面写着名字", "name written on it"), ("手柄缠着胶布", "tape around the handle"), ("贴了孔雀贴纸", "peacock sticker"),
                   ("有一处掉漆", "paint chipped"), ("挂着一个小铃铛", "little bell hanging on it"), ("旧得很", "quite worn")],
    "holder": [("装在蓝色卡套里", "in a blue card sleeve"), ("装在透明卡套里", "in a clear sleeve"),
               ("和一张医保卡放在一起", "together with a health insurance card"), ("卡套上挂着小铃铛", "sleeve has a small bell"),
               ("用皮筋和银行卡捆在一起", "rubber-banded with a bank card"), ("装在塑料套里", "in a plastic sleeve"),
               ("里面夹着签证页和入境卡", "visa and arrival card inside"), ("装在红色卡套里", "in a red card sleeve")],
    "holder2": [("有个大象图案的护照套", "in an elephant passport cover"), ("有个黑色皮护照套", "in a black leather passport cover")],
    "school": [("勐沙坝中学的", "from 勐沙坝中学"), ("南沙职业学院的", "from 南沙职业学院"), ("勐沙坝第二小学的", "from 勐沙坝第二小学")],
}


def pick_marks(rng, slots, lo=1, hi=3):
    slots = list(slots)
    rng.shuffle(slots)
    k = rng.randint(lo, min(hi, len(slots)))
    out = []
    for s in slots[:k]:
        zh, en = rng.choice(SLOTS[s])
        out.append((s, zh, en))
    return out


def swap_mark(rng, mark):
    s, zh, en = mark
    alts = [m for m in SLOTS[s] if m[0] != zh]
    nz, ne = rng.choice(alts)
    return (s, nz, ne)


# ---------------------------------------------------------------- catalogue
PHONE_MODELS = {
    "huawei": ["Mate 60 Pro", "nova 12", "畅享 70", "Pura 70", "nova 11 SE", "Mate 50"],
    "apple": ["iPhone 15", "iPhone 14 Pro", "iPhone 13", "iPhone 15 Pro Max", "iPhone 12", "iPhone 11"],
    "xiaomi": ["14", "13 Ultra", "Civi 4"],
    "redmi": ["Note 13 Pro", "K70", "Note 12"],
    "oppo": ["Reno 11", "A2", "Find X7", "A58"],
    "vivo": ["X100", "Y36", "S18", "iQOO Neo9"],
    "honor": ["90 GT", "X50", "Magic6", "Play 8T"],
    "samsung": ["Galaxy S23", "Galaxy A54", "Galaxy S24 Ultra"],
}
PHONE_COLORS = ["black", "black", "white", "blue", "purple", "gold", "silver", "green", "pink", "grey"]

CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]

NOUNS = {
    "phone": (["手机", "手机", "电话"], ["phone", "mobile phone", "smartphone"]),
    "wallet": (["钱包", "钱夹", "皮夹"], ["wallet", "purse"]),
    "keys": (["钥匙", "一串钥匙", "钥匙串"], ["keys", "bunch of keys", "key ring"]),
    "ebike": (["电动车", "电瓶车", "电驴"], ["e-bike", "electric scooter", "ebike"]),
    "bicycle": (["自行车", "单车", "山地车"], ["bicycle", "bike"]),
    "cash": (["现金", "钱", "现钞"], ["cash", "money"]),
}


def _brand_model(rng, table):
    b = rng.choice(sorted(table))
    return b, rng.choice(table[b])


def new_truth(rng, cat, owner, sub=None):
    """A hidden truth record for one object of category cat owned by owner."""
    t = {"cat": cat, "brand": None, "model": None, "color": None, "serial": None, "extra": [],
         "marks": [], "hid": [], "holder": None, "sub": sub, "amount": None, "currency": None}
    r = rng.random
    if cat == "phone":
        t["brand"] = rng.choice(sorted(PHONE_MODELS))
        t["model"] = rng.choice(PHONE_MODELS[t["brand"]])
        t["color"] = rng.choice(PHONE_COLORS)
        t["serial"] = ("imei", make_imei(rng))
        t["marks"] = pick_marks(rng, ["case", "pouch", "screen", "phone_tag", "lock"], 1, 3)
        t["nz"], t["ne"] = ["手机", "手机", "电话", "手机"], ["phone", "mobile", "smartphone"]
        t["hid"] = rng.sample([("锁屏密码是我生日", "passcode is my birthday"), ("手机号尾号%04d" % rng.randrange(10000), "number ends %04d" % rng.randrange(10000)),
                               ("微信里有收款码，着急得很", "my payment apps are on it"), ("里面有我娃娃的照片", "all my kids photos are on it"),
                               ("插着两张卡，一张移动一张电信", "two SIM cards inside"), ("开了定位但是没电了", "location was on but battery died")], 2)
    elif cat == "id_doc":
        sub = sub or rng.choice(["idcard", "idcard", "idcard", "driving", "student", "border", "passport"])
        if sub == "passport" and owner["voice"] not in ("backpacker", "sea_visitor"):
            sub = "idcard"
        if owner["voice"] in ("backpacker", "sea_visitor") and sub != "passport":
            sub = "passport"
        t["sub"] = sub
        t["holder"] = owner["name"]
        if sub in ("idcard", "driving"):
            t["serial"] = ("id", make_id(rng, region=rng.choice(["532801", "532822", "532823"]) if owner["voice"] in ("dai", "worker", "trader") else None))
            t["nz"] = ["身份证", "身份证", "二代证", "身份证件"] if sub == "idcard" else ["驾驶证", "驾照", "机动车驾驶证"]
            t["ne"] = ["ID card"] if sub == "idcard" else ["driving licence"]
            holders = [("装在蓝色卡套里", "in a blue card sleeve"), ("装在透明卡套里", "in a clear sleeve"), ("和一张医保卡放在一起", "together with a health insurance card"),
                       ("卡套上挂着小铃铛", "sleeve has a small bell"), ("用皮筋和银行卡捆在一起", "rubber-banded with a bank card")]
            z, e = rng.choice(holders)
            t["marks"] = [("holder", z, e)]
            if sub == "driving":
                t["color"] = rng.choice(["brown", "black"])
        elif sub == "student":
            t["serial"] = ("student", make_student(rng))
            t["nz"], t["ne"] = ["学生证", "学生证", "校园卡"], ["student card"]
            school = rng.choice(["勐沙坝中学", "南沙职业学院", "勐沙坝第二小学"])
            t["marks"] = [("school", "%s的" % school, "from %s" % school)]
            t["color"] = rng.choice(["blue", "red", "green"])
        elif sub == "border":
            t["serial"] = ("border", make_border_pass(rng))
            t["nz"], t["ne"] = ["边民证", "边境通行证", "边民出入境证"], ["border pass"]
            t["marks"] = [("holder", "装在塑料套里", "in a plastic sleeve")]
            t["color"] = rng.choice(["red", "green"])
        else:
            t["serial"] = ("passport", make_passport(rng, owner.get("country", "")))
            t["nz"], t["ne"] = ["护照"], ["passport"]
            t["color"] = rng.choice(["red", "blue", "green", "black"])
            t["marks"] = [("holder", "里面夹着签证页和入境卡", "visa and arrival card inside")]
            if r() < 0.5:
                t["marks"].append(("holder2", "有个大象图案的护照套", "in an elephant passport cover"))
        t["hid"] = [("证上的照片是好几年前照的", "photo is old")]
    elif cat == "wallet":
        t["brand"] = rng.choice(["septwolves", "goldlion", "coach", "cardin", None, None])
        t["color"] = rng.choice(["black", "black", "brown", "brown", "red", "pink", "blue"])
        card = make_card(rng)
        t["serial"] = ("card", card)
        bank = rng.choice(["农行", "建行", "工行", "邮储", "农信社", "中行"])
        t["bank"] = bank
        t["marks"] = pick_marks(rng, ["wallet_style", "wallet_mark"], 1, 2)
        amt = rng.choice([80, 150, 200, 320, 500, 650, 900, 1200, 1500, 2300])
        t["amount"], t["currency"] = amt, "CNY"
        t["nz"], t["ne"] = ["钱包", "钱包", "钱夹", "皮夹子"], ["wallet", "purse"]
        if r() < 0.4:
            t["extra"].append(("id", make_id(rng)))
        if owner["voice"] == "sea_visitor" and r() < 0.7:
            t["currency"] = {"Thailand": "THB", "Laos": "LAK", "Myanmar": "MMK", "Vietnam": "VND"}.get(owner.get("country"), "CNY")
        t["hid"] = [("大概有%d块钱" % amt, "about %d inside" % amt), ("%s卡一张" % bank, "one %s bank card" % bank)]
    elif cat == "keys":
        kind = sub or rng.choice(["car", "ebike", "house", "house", "car"])
        t["sub"] = kind
        if kind == "car":
            t["brand"] = rng.choice(["toyota", "vw", "wuling", "byd"])
        elif kind == "ebike":
            t["brand"] = rng.choice(["yadea", "aima", "tailg", "sunra"])
        t["color"] = rng.choice(["black", "red", "blue", "silver", "pink", "gold", "green"])
        t["marks"] = pick_marks(rng, ["keyring", "keycount", "keytag"], 2, 3)
        t["nz"], t["ne"] = ["钥匙", "一串钥匙", "钥匙串", "钥匙"], ["keys", "key ring", "bunch of keys"]
        if kind == "car":
            t["nz"] = ["车钥匙", "汽车钥匙", "钥匙"]
            t["ne"] = ["car key", "car keys"]
        t["hid"] = [("家里进不去了", "can't get in home"), ("车停在客运站等着开", "the car is waiting")]
    elif cat == "ebike":
        t["brand"] = rng.choice(["yadea", "aima", "tailg", "sunra"])
        t["model"] = rng.choice(["冠能 DE3", "小金刚", "TDR-2306", "Q7 Lite", "风尚 V8", "欧拉 E5"])
        t["color"] = rng.choice(["white", "black", "red", "blue", "grey", "green", "pink", "silver"])
        t["serial"] = ("plate", make_plate(rng))
        t["extra"].append(("frame", make_frame(rng, rng.choice(["YD", "AM", "TL", "XR"]))))
        t["marks"] = pick_marks(rng, ["ebike_mark"], 1, 3)
        t["nz"], t["ne"] = ["电动车", "电瓶车", "电动自行车", "电驴"], ["e-bike", "electric scooter"]
        t["hid"] = [("电池是去年新换的", "battery replaced last year"), ("钥匙还在我身上", "I still have the key")]
    elif cat == "bicycle":
        t["brand"] = rng.choice(["giant", "merida", "forever", "decathlon"])
        t["model"] = rng.choice(["ATX 660", "ATX 830", "勇士 500", "Riverside 120", "公爵 300", "Escape 3"])
        t["color"] = rng.choice(["black", "white", "red", "blue", "green", "yellow", "grey"])
        t["serial"] = ("frame", make_frame(rng, rng.choice(["GT", "MD", "FV", "DK"])))
        t["marks"] = pick_marks(rng, ["bike_mark"], 1, 3)
        t["nz"], t["ne"] = ["自行车", "单车", "山地车"], ["bicycle", "bike", "mountain bike"]
        t["hid"] = [("是租的青旅的车", "borrowed from the hostel"), ("锁着的，锁是密码锁", "had a combination lock")]
    elif cat == "bag":
        sub = sub or rng.choice(["backpack", "backpack", "tongpa", "crossbody", "waist", "drybag", "suitcase", "sack"])
        t["sub"] = sub
        nz = {"backpack": ["双肩包", "背包", "书包"], "tongpa": ["筒帕", "傣族挎包", "手织挎包"], "crossbody": ["斜挎包", "挎包", "单肩包"],
              "waist": ["腰包", "胸包", "小挎包"], "drybag": ["防水袋", "防水桶包", "防水包"], "suitcase": ["行李箱", "拉杆箱", "箱子"],
              "sack": ["编织袋", "蛇皮袋", "大编织袋"]}[sub]
        ne = {"backpack": ["backpack", "rucksack"], "tongpa": ["woven shoulder bag", "Dai cloth bag"], "crossbody": ["crossbody bag", "shoulder bag"],
              "waist": ["waist bag", "bum bag"], "drybag": ["dry bag", "waterproof bag"], "suitcase": ["suitcase", "trolley case"],
              "sack": ["woven sack"]}[sub]
        t["nz"], t["ne"] = nz, ne
        brands = {"backpack": ["decathlon", "tnf", "xiaomi", None], "tongpa": [None], "crossbody": ["coach", "tnf", None],
                  "waist": ["decathlon", "tnf", None], "drybag": ["decathlon", None], "suitcase": ["samsonite", None], "sack": [None]}[sub]
        t["brand"] = rng.choice(brands)
        t["color"] = rng.choice(["black", "black", "blue", "red", "green", "grey", "pink", "yellow", "orange", "white"])
        t["marks"] = pick_marks(rng, ["bag_mark"], 0, 2) + pick_marks(rng, ["bag_content"], 1, 3)
        if sub == "sack":
            t["marks"] = [("bag_content", z, e) for z, e in rng.sample([("装着二十来斤干笋", "dried bamboo shoots"), ("装着茶叶", "tea"),
                                                                        ("装着缅甸进的布料", "fabric rolls"), ("装着菠萝蜜", "jackfruit")], 1)]
            t["marks"].append(("bag_mark", "袋口用红绳扎着", "tied with red string"))
        if r() < 0.35:
            t["hid"].append(("里面还有%d块钱现金" % rng.choice([200, 300, 500, 800]), "some cash inside"))
        t["hid"].append(("里面有我的充电线", "my charger cable inside"))
    elif cat == "cash":
        t["color"] = rng.choice(["red", "red", "brown", "white", None])
        amt = rng.choice([300, 500, 600, 800, 1000, 1200, 1800, 2000, 2600, 3000, 4500, 5000])
        t["amount"], t["currency"] = amt, "CNY"
        if owner["voice"] == "sea_visitor":
            t["currency"] = {"Thailand": "THB", "Laos": "LAK", "Myanmar": "MMK", "Vietnam": "VND"}.get(owner.get("country"), "CNY")
            if t["currency"] == "THB":
                t["amount"] = rng.choice([2000, 3500, 5000])
            elif t["currency"] in ("LAK", "MMK", "VND"):
                t["amount"] = rng.choice([200000, 500000, 1000000])
        t["marks"] = pick_marks(rng, ["cash_wrap"], 1, 1) + pick_marks(rng, ["cash_mark"], 0, 1)
        t["nz"], t["ne"] = ["现金", "钱", "一沓钱", "现金"], ["cash", "money"]
        t["hid"] = [("是卖茶叶的货款", "money from selling tea"), ("一百的居多", "mostly 100 notes")]
    elif cat == "jewelry":
        sub = sub or rng.choice(["goldbangle", "silverbangle", "silverbelt", "jade", "goldchain", "earring", "ring"])
        t["sub"] = sub
        t["nz"], t["ne"], t["color"] = {
            "goldbangle": (["金手镯", "金镯子", "手镯"], ["gold bangle", "gold bracelet"], "gold"),
            "silverbangle": (["银手镯", "银镯子", "傣银镯子"], ["silver bangle"], "silver"),
            "silverbelt": (["银腰带", "傣族银腰带", "银腰链"], ["silver belt"], "silver"),
            "jade": (["翡翠手镯", "玉镯", "玉镯子"], ["jade bangle"], rng.choice(["green", "white", "purple"])),
            "goldchain": (["金项链", "金链子", "项链"], ["gold necklace", "gold chain"], "gold"),
            "earring": (["耳环", "耳坠"], ["earrings"], rng.choice(["gold", "silver"])),
            "ring": (["戒指", "戒子"], ["ring"], rng.choice(["gold", "silver"])),
        }[sub]
        if sub in ("earring", "ring"):
            metal = "金" if t["color"] == "gold" else "银"
            t["nz"] = t["nz"] + [metal + t["nz"][0]]
            t["ne"] = t["ne"] + [("gold " if metal == "金" else "silver ") + t["ne"][0]]
        if sub in ("goldbangle", "goldchain", "earring", "ring"):
            t["brand"] = rng.choice(["ctf", "lfx", "lukfook", None])
        if sub == "jade" and r() < 0.7:
            t["serial"] = ("cert", make_cert(rng))
        elif sub in ("goldbangle", "goldchain") and r() < 0.3:
            t["serial"] = ("cert", make_cert(rng))
        t["marks"] = pick_marks(rng, ["jewel_mark"], 1, 2)
        t["hid"] = [("大概%d克" % rng.choice([8, 12, 20, 30, 45]), "about %d grams" % rng.choice([8, 12, 20, 30])),
                    ("是我妈留给我的", "it was my mother's")]
    elif cat == "electronics":
        sub = sub or rng.choice(["earbuds", "earbuds", "camera", "action", "tablet", "powerbank", "watch", "kindle"])
        t["sub"] = sub
        opts = {"earbuds": [("apple", "AirPods Pro"), ("apple", "AirPods 3"), ("huawei", "FreeBuds 5i"), ("xiaomi", "Buds 4")],
                "camera": [("canon", "EOS R50"), ("sony", "ZV-E10"), ("fuji", "X-T30"), ("canon", "G7X Mark III")],
                "action": [("dji", "Osmo Action 4"), ("gopro", "HERO12"), ("dji", "Osmo Pocket 3")],
                "tablet": [("apple", "iPad Air"), ("huawei", "MatePad 11"), ("xiaomi", "Pad 6")],
                "powerbank": [("xiaomi", "10000mAh"), ("romoss", "20000mAh"), ("anker", "PowerCore 10K")],
                "watch": [("apple", "Apple Watch S9"), ("huawei", "Watch GT4"), ("xiaomi", "手环8")],
                "kindle": [("kindle", "Paperwhite")]}[sub]
        t["brand"], t["model"] = rng.choice(opts)
        t["nz"], t["ne"] = {"earbuds": (["蓝牙耳机", "耳机", "无线耳机"], ["earbuds", "wireless earphones"]),
                            "camera": (["相机", "照相机", "微单"], ["camera"]),
                            "action": (["运动相机", "相机", "口袋相机"], ["action camera", "action cam"]),
                            "tablet": (["平板", "平板电脑", "iPad"], ["tablet", "iPad"]),
                            "powerbank": (["充电宝", "移动电源"], ["power bank", "charger"]),
                            "watch": (["手表", "智能手表", "手环"], ["smartwatch", "watch"]),
                            "kindle": (["Kindle", "电子书阅读器"], ["Kindle", "e-reader"])}[sub]
        t["color"] = rng.choice(["white", "black", "grey", "silver", "blue", "pink"])
        if sub in ("earbuds",) and t["brand"] == "apple":
            t["color"] = "white"
        t["serial"] = ("sn", make_sn(rng, rng.choice(["", "G", "H", "C", "5"]))) if sub != "powerbank" or r() < 0.3 else None
        t["marks"] = pick_marks(rng, ["elec_mark"], 1, 2)
        t["hid"] = [("内存卡里有这几天拍的泼水照片", "all my festival photos on the card"), ("绑着我的账号", "linked to my account")]
    else:
        sub = sub or rng.choice(["watergun", "watergun", "umbrella", "sunglasses", "bowl", "flask", "guitar", "drum", "hat"])
        t["sub"] = sub
        t["nz"], t["ne"] = {"watergun": (["水枪", "大水枪", "泼水枪"], ["water gun", "super soaker"]),
                            "umbrella": (["雨伞", "伞", "遮阳伞"], ["umbrella"]),
                            "sunglasses": (["墨镜", "太阳镜", "眼镜"], ["sunglasses", "shades"]),
                            "bowl": (["银碗", "泼水银钵", "银水钵"], ["silver bowl", "splashing bowl"]),
                            "flask": (["保温杯", "水杯", "杯子"], ["thermos", "flask", "water bottle"]),
                            "guitar": (["吉他", "木吉他"], ["guitar"]),
                            "drum": (["象脚鼓", "小象脚鼓"], ["elephant-foot drum"]),
                            "hat": (["斗笠", "草帽", "帽子"], ["straw hat", "hat"])}[sub]
        t["brand"] = {"umbrella": "paradise", "sunglasses": "rayban", "flask": "thermos", "guitar": "yamaha"}.get(sub)
        if t["brand"] and r() < 0.3:
            t["brand"] = None
        t["color"] = rng.choice(["black", "blue", "yellow", "green", "orange", "pink", "silver", "brown"])
        if sub == "bowl":
            t["color"] = "silver"
        t["marks"] = pick_marks(rng, ["other_mark"], 1, 2)
        t["hid"] = [("是借朋友的", "borrowed from a friend"), ("用了好几年了", "I have had it for years")]
    if t.get("nz") is None:
        t["nz"], t["ne"] = NOUNS[cat]
    return t
