"""set101 hidden truth records of objects.

A truth record is what the object really is.  Writers of lost and found registrations
only ever see parts of it: the owner knows hidden things (amounts, lock screen, what is
written inside), a finder knows what is visible or printed.

serials: list of [kind, value, finder_sees, owner_knows]
"""
from set101_world import cn_name, en_name, id_number, imei

BANKS = [("农业银行", "农行", "622848"), ("建设银行", "建行", "621700"), ("工商银行", "工行", "622202"),
         ("邮储银行", "邮政", "621799"), ("澜溪农商银行", "农商行", "623190"), ("中国银行", "中行", "621661")]


def _digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _pick(rng, pool, k):
    k = min(k, len(pool))
    return rng.sample(pool, k)


def base(cat, noun, noun_en, color, brand, model):
    return {"cat": cat, "noun": noun, "noun_en": noun_en, "color": color, "brand": brand, "model": model,
            "serials": [], "vis": [], "inside": [], "hid": [], "cash": None, "owner": None, "idno": None,
            "cards": []}


PHONE_MODELS = {"huawei": ["nova 15 Pro", "Mate 68", "畅享 80", "Pura 91"], "apple": ["iPhone 17", "iPhone 16 Plus", "iPhone 15 Pro"],
                "xiaomi": ["Redmi Note 19", "小米 16", "Redmi 15C"], "oppo": ["Reno 15", "A3x"], "vivo": ["Y338", "S21"],
                "honor": ["X70", "Play 9T", "荣耀 400"], "samsung": ["Galaxy A58"]}
CASES = [("透明手机壳", "clear case"), ("黑色硅胶壳", "black silicone case"), ("壳子上印了一只橘猫", "case with a ginger cat print"),
         ("翻盖皮套", "flip leather cover"), ("壳子背后贴了个红色'福'字贴纸", "a red 福 sticker on the back"),
         ("手机壳背面夹了一张公交卡", "a bus card tucked in the case"), ("壳子上有个熊猫支架", "a panda ring holder on the back"),
         ("挂了根红色编织挂绳", "red braided lanyard"), ("壳子边上磨得发白了", "case worn white at the edges"),
         ("背面有个灯塔图案的贴纸", "lighthouse sticker on the back")]
SCREENS = [("屏幕左上角裂了", "cracked top-left corner"), ("贴了钢化膜，膜有裂纹", "cracked screen protector"),
           ("屏幕完好", "screen intact"), ("右下角碎了一小块", "small crack bottom right")]
WALLS = [("锁屏是孙女的照片", "lock screen is my granddaughter"), ("锁屏是一只柯基", "lock screen shows a corgi"),
         ("锁屏是结婚照", "lock screen is our wedding photo"), ("锁屏是三峡的风景照", "lock screen is a gorge landscape"),
         ("锁屏是动漫人物", "lock screen is an anime character"), ("锁屏是娃儿的照片", "lock screen is my kid"),
         ("锁屏是全家福", "lock screen is a family photo")]


def phone(rng, color=None, brand=None, voice=None):
    if brand is None:
        brand = rng.choice(["huawei", "huawei", "apple", "apple", "xiaomi", "oppo", "vivo", "honor", "samsung"])
        if voice == "tourist_en":
            brand = rng.choice(["apple", "apple", "samsung", "huawei"])
    color = color or rng.choice(["black", "black", "white", "blue", "silver", "gold", "purple", "green", "pink"])
    t = base("phone", "手机", "phone", color, brand, rng.choice(PHONE_MODELS[brand]))
    t["serials"].append(["imei", imei(rng), False, 0.35])
    t["vis"] = _pick(rng, CASES, rng.randint(1, 2)) + [rng.choice(SCREENS)]
    walls = WALLS if voice != "student" else [w for w in WALLS if w[0][2:4] not in ("孙女", "结婚", "娃儿")]
    t["hid"] = [rng.choice(walls), rng.choice([("手机号尾号%s" % _digits(rng, 4), "number ends %s" % _digits(rng, 4)),
                                             ("开机密码是六位数", "6-digit passcode"), ("里面有我跑车的记账", "my bookkeeping is in it"),
                                             ("微信里有几百块零钱", "a few hundred yuan on WeChat"), ("电量本来就不多了", "battery was low")])]
    return t


def id_doc(rng, color=None, brand=None, voice=None, owner=None, kind=None):
    if kind is None:
        if voice == "tourist_en":
            kind = "passport"
        elif voice == "student":
            kind = rng.choice(["student", "student", "idcard"])
        elif voice == "driver":
            kind = rng.choice(["license", "idcard"])
        elif voice == "elder":
            kind = rng.choice(["idcard", "social", "elder"])
        else:
            kind = rng.choice(["idcard", "idcard", "idcard", "social", "license"])
    male = rng.random() < 0.55
    if kind == "passport":
        name = owner or en_name(rng)
        t = base("id_doc", "护照", "passport", color or rng.choice(["red", "blue", "black", "green"]), None, None)
        t["owner"] = name
        t["serials"].append(["passport", rng.choice("XKPNE") + rng.choice("ABCDFHJ") + _digits(rng, 7), True, 0.5])
        t["vis"] = [rng.choice([("护照夹着一张游轮登船卡", "cruise boarding card inside"), ("外面套了个皮质护照套", "in a leather passport cover"),
                                ("里面夹了张游轮行程单", "cruise itinerary folded inside"), ("封面有点弯", "cover slightly bent")])]
        return t
    name = owner or cn_name(rng)
    year = {"student": rng.randint(2008, 2011), "elder": rng.randint(1940, 1960)}.get(kind, rng.randint(1955, 2004))
    idno = id_number(rng, birth_year=year, male=male)
    if kind == "student":
        t = base("id_doc", "学生证", "student card", color or rng.choice(["blue", "red", "green"]), None, None)
        cls = "高%s(%d)班" % (rng.choice("一二三"), rng.randint(1, 12))
        stu = "2026" + _digits(rng, 4) if rng.random() < 0.5 else "20%02d%02d%03d" % (rng.randint(24, 26), rng.randint(1, 12), rng.randint(1, 60))
        t["serials"].append(["student", stu, True, 0.7])
        t["vis"] = [("澜溪二中学生证", "Lanxi No.2 school card"), ("班级" + cls, cls), rng.choice([("夹了张饭卡", "meal card inside"), ("外面有个卡套印着皮卡丘", "Pikachu card sleeve"), ("照片是蓝底", "blue-background photo")])]
    elif kind == "license":
        t = base("id_doc", "驾驶证", "driving licence", color or rng.choice(["black", "brown"]), None, None)
        t["serials"].append(["id", idno, True, 0.6])
        t["vis"] = [rng.choice([("准驾车型B2", "class B2"), ("准驾车型C1", "class C1"), ("准驾车型A1", "class A1")]),
                    rng.choice([("黑色皮套", "black cover"), ("夹着行驶证", "vehicle licence inside"), ("封皮有点烂", "cover worn")])]
    elif kind == "social":
        t = base("id_doc", "社保卡", "social security card", color or "blue", None, None)
        t["serials"].append(["id", idno, True, 0.45])
        t["vis"] = [rng.choice([("带金融功能的社保卡", "with bank function"), ("卡上贴了张写着电话的纸条", "a note with a phone number taped on")])]
    elif kind == "elder":
        t = base("id_doc", "老年证", "senior card", color or "red", None, None)
        t["serials"].append(["id", idno, True, 0.3])
        t["vis"] = [("红色封皮老年优待证", "red senior card"), rng.choice([("里面夹了张医院挂号单", "hospital slip inside"), ("用橡皮筋绑着身份证", "ID card banded to it")])]
    else:
        t = base("id_doc", "身份证", "ID card", color, None, None)
        t["serials"].append(["id", idno, True, 0.55])
        t["vis"] = [rng.choice([("装在透明卡套里", "in a clear sleeve"), ("没得套子", "no sleeve"), ("卡套是蓝色的", "blue sleeve"),
                                ("边角有点磨损", "worn corners"), ("背面贴了张小纸条写着电话", "a phone note on the back")])]
    t["owner"] = name
    t["idno"] = idno
    t["kind"] = kind
    return t


WALLET_STYLES = [("长款", "long"), ("短款对折", "bifold"), ("拉链", "zip"), ("三折", "trifold"), ("零钱包", "coin purse")]


def wallet(rng, color=None, brand=None, voice=None, owner=None):
    brand = brand if brand is not None else rng.choice(["septwolves", "goldlion", "coach", None, None, None])
    color = color or rng.choice(["black", "black", "brown", "brown", "red", "pink", "blue"])
    st = rng.choice(WALLET_STYLES)
    t = base("wallet", "钱包", "wallet", color, brand, None)
    t["vis"] = [(st[0] + ("款" if st[0].endswith("包") else "钱包"), st[1] + " wallet"), rng.choice([("皮子", "leather"), ("人造革", "faux leather"), ("帆布", "canvas")])]
    if rng.random() < 0.4:
        t["vis"].append(rng.choice([("拉链坏了", "broken zip"), ("角上磨破了", "worn corner"), ("挂了个小铃铛", "a small bell attached")]))
    name = owner or (en_name(rng) if voice == "tourist_en" else cn_name(rng))
    t["owner"] = name
    if voice != "tourist_en" and rng.random() < 0.75:
        t["idno"] = id_number(rng)
        t["serials"].append(["id", t["idno"], True, 0.35])
        t["inside"].append(("身份证（%s）" % name, "ID card (%s)" % name))
    for _ in range(rng.choice([0, 1, 1, 2])):
        b = rng.choice(BANKS)
        tail = _digits(rng, 4)
        t["cards"].append((b, tail))
        t["serials"].append(["card", b[2] + "|" + tail, True, 0.6])
        t["inside"].append(("%s卡一张" % b[0], "%s card" % b[0]))
    t["cash"] = rng.choice([0, 35, 80, 150, 260, 420, 600, 850, 1200, 1680, 2300]) if voice != "tourist_en" else rng.choice([300, 500, 800])
    extra = [("公交卡", "bus card"), ("一张全家福", "a family photo"), ("几张超市小票", "supermarket receipts"),
             ("医保卡", "medical card"), ("平安符", "a paper charm"), ("身份证复印件", "ID photocopy"), ("驾驶证", "driving licence")]
    if voice in ("tourist_en", "tourist_cn"):
        extra = [("一张游轮房卡", "cruise cabin key card"), ("美元几张", "some US dollars"), ("一张全家福", "a family photo"),
                 ("几张小票", "receipts"), ("酒店名片", "hotel card")]
    t["inside"] += _pick(rng, extra, rng.randint(0, 2))
    return t


KEY_TAGS = [("挂了个小熊挂件", "teddy-bear charm"), ("红绳子拴的平安扣", "jade disc on a red string"), ("一个开瓶器", "bottle opener"),
            ("塑料牌子写着308", "plastic tag marked 308"), ("蓝色门禁卡", "blue door fob"), ("黄色门禁卡", "yellow door fob"),
            ("指甲剪", "nail clipper"), ("小手电筒", "small torch"), ("五角星挂件", "star charm"), ("一个铜铃铛", "a brass bell")]


def keys(rng, color=None, brand=None, voice=None):
    car = brand is not None or rng.random() < 0.3
    if car:
        brand = brand or rng.choice(["changan", "wuling", "vw", "toyota", "yadea"])
    t = base("keys", "钥匙", "keys", color or rng.choice(["silver", "black", "gold", "red", None]), brand if car else None, None)
    n = rng.randint(2, 7)
    t["vis"] = [("一串钥匙%d把" % n, "bunch of %d keys" % n)]
    if car:
        t["vis"].append(("带一把%s车钥匙" % ("电动车" if brand == "yadea" else "汽车"), "with a car key"))
    t["vis"] += _pick(rng, KEY_TAGS, rng.randint(1, 2))
    if voice == "student":
        room = "%d%02d" % (rng.randint(1, 6), rng.randint(1, 20))
        t["vis"].append(("钥匙牌写着宿舍%s" % room, "tag with dorm room %s" % room))
    t["hid"] = [rng.choice([("有一把是屋头大门的", "one is my front door"), ("有把是铺子卷帘门的", "one is my shop shutter"),
                            ("一把是摩托车的", "one for a motorbike"), ("有把小的开信报箱", "a small one for the mailbox")])]
    return t


EBIKE_BRANDS = ["yadea", "aima", "tailg", "sunra", "yadea", "aima"]


def ebike(rng, color=None, brand=None, voice=None):
    brand = brand or rng.choice(EBIKE_BRANDS)
    t = base("ebike", "电动车", "e-bike", color or rng.choice(["white", "black", "red", "blue", "gray", "pink"]), brand,
             rng.choice(["冠能", "小金豆", "Q7", "踏板款", "简易款", None]))
    plate = "澜溪%s%s" % (rng.choice("ABCDE"), _digits(rng, 5))
    t["serials"].append(["plate", plate, True, 0.85])
    t["serials"].append(["frame", rng.choice(["LYD", "AMC", "TLG", "XRD"]) + _digits(rng, 12), True, 0.25])
    t["vis"] = _pick(rng, [("后座绑了个塑料筐", "basket on the back"), ("把手上挂个黄色头盔", "yellow helmet on handle"), ("装了挡风被", "wind quilt"),
                           ("左边后视镜断了", "left mirror broken"), ("坐垫破了用胶带粘的", "seat taped up"), ("车头贴了'平安'两个字", "平安 on the front"),
                           ("脚踏板上有泥巴和橙子叶子", "mud and orange leaves on footboard")], rng.randint(1, 3))
    t["hid"] = [rng.choice([("电池是去年换的新电池", "new battery"), ("钥匙还在我身上", "I have the key"), ("锁了的", "it was locked")])]
    return t


def bicycle(rng, color=None, brand=None, voice=None):
    brand = brand or rng.choice(["giant", "merida", "forever", "phoenix", "giant"])
    t = base("bicycle", "自行车", "bicycle", color or rng.choice(["black", "white", "blue", "red", "green"]), brand,
             rng.choice(["ATX 660", "山地车", "公路车", "女式车", "折叠车"]))
    t["serials"].append(["frame", rng.choice(["G", "M", "YJ", "FH"]) + _digits(rng, 9), True, 0.3])
    t["vis"] = _pick(rng, [("车筐是黑色铁丝的", "black wire basket"), ("后轮有点歪", "bent rear wheel"), ("龙头上缠了红胶布", "red tape on bars"),
                           ("车座是后来换的黑座", "replaced black saddle"), ("没有车筐", "no basket"), ("车架上贴了澜溪二中停车证", "school parking sticker")],
                     rng.randint(1, 3))
    t["hid"] = [rng.choice([("锁是密码锁密码0925", "code lock 0925"), ("是我哥哥给我的", "a hand-me-down"), ("链条有点掉", "chain slips")])]
    return t


BAG_TYPES = [("双肩包", "backpack"), ("手提包", "handbag"), ("斜挎包", "crossbody bag"), ("行李箱", "suitcase"),
             ("编织袋", "woven sack"), ("帆布袋", "canvas tote"), ("腰包", "waist bag"), ("书包", "school bag")]
BAG_CONTENTS = [("换洗衣服", "clothes"), ("两盒月饼", "two boxes of mooncakes"), ("一袋药", "a bag of medicine"), ("充电器", "charger"),
                ("作业本和课本", "exercise books"), ("一份劳动合同", "a labour contract"), ("工资条", "pay slips"), ("一件冲锋衣", "a rain jacket"),
                ("一把折叠伞", "folding umbrella"), ("保温杯", "thermos"), ("腊肉两块", "two slabs of cured pork"), ("相机充电线", "camera cable"),
                ("防晒霜和墨镜", "sunscreen and sunglasses"), ("一本旅游指南", "a guidebook"), ("发票一沓", "a stack of invoices"),
                ("孩子的玩具", "child's toy"), ("CT片子", "CT films"), ("几斤脐橙", "a few jin of navel oranges")]


def bag(rng, color=None, brand=None, voice=None):
    if voice == "migrant":
        bt = rng.choice([BAG_TYPES[3], BAG_TYPES[4], BAG_TYPES[0]])
    elif voice == "student":
        bt = rng.choice([BAG_TYPES[7], BAG_TYPES[0]])
    elif voice == "trader":
        bt = rng.choice([BAG_TYPES[6], BAG_TYPES[5], BAG_TYPES[4]])
    elif voice in ("tourist_en", "tourist_cn"):
        bt = rng.choice([BAG_TYPES[0], BAG_TYPES[2], BAG_TYPES[3], BAG_TYPES[1]])
    else:
        bt = rng.choice(BAG_TYPES)
    if brand is None:
        brand = rng.choice({"行李箱": ["samsonite", None, None], "编织袋": [None]}.get(bt[0], ["decathlon", "nike", "camel", None, None]))
    t = base("bag", bt[0], bt[1], color or rng.choice(["black", "black", "blue", "gray", "red", "green", "white", "brown"]), brand, None)
    if bt[0] == "编织袋":
        t["color"] = color or rng.choice(["white", "blue", "red"])
        t["vis"] = [rng.choice([("红白蓝条纹的", "red-white-blue stripes"), ("袋子上用记号笔写了个'刘'字", "a name in marker on it"), ("用尼龙绳扎起的", "tied with nylon rope")])]
    else:
        t["vis"] = _pick(rng, [("拉链上挂了个小猴子", "a little monkey charm on the zip"), ("侧面有个破洞", "a hole on the side"),
                               ("背带上系了根黄丝带", "yellow ribbon on the strap"), ("挂了张游轮行李牌", "cruise luggage tag"),
                               ("有个轮子坏了", "a broken wheel"), ("包上绣了名字缩写", "initials embroidered"), ("有雨水印子", "water stains")],
                         rng.randint(1, 2))
    t["inside"] = _pick(rng, BAG_CONTENTS, rng.randint(1, 4))
    if rng.random() < 0.3:
        t["cash"] = rng.choice([200, 500, 1000, 3000])
    if rng.random() < 0.3:
        t["owner"] = cn_name(rng) if voice != "tourist_en" else en_name(rng)
        t["inside"].append(("写着%s名字的本子" % t["owner"], "a notebook with %s's name" % t["owner"]))
    t["hid"] = [rng.choice([("包里的东西对我很重要", "the contents matter to me"), ("里面的钱是工钱", "the money is wages"),
                            ("月饼是带回家过节的", "mooncakes are for the family"), ("侧袋里有把备用钥匙", "spare key in side pocket")])]
    return t


CASH_WRAPS = [("中秋快乐的红包", "red envelope"), ("牛皮纸信封", "brown envelope"), ("橡皮筋捆着的一卷", "a roll with a rubber band"),
              ("黑色塑料袋包着", "in a black plastic bag"), ("银行的纸袋", "bank paper envelope"), ("对折起来夹在一起", "folded bundle")]


def cash(rng, color=None, brand=None, voice=None):
    amt = rng.choice([300, 500, 600, 800, 1000, 1200, 1500, 2000, 2600, 3000, 4800, 6000])
    if voice == "trader":
        amt = rng.choice([1850, 2600, 3420, 5200, 7600])
    w = rng.choice(CASH_WRAPS)
    t = base("cash", "现金", "cash", color or ("red" if "红包" in w[0] else None), None, None)
    t["cash"] = amt
    t["vis"] = [w]
    if "信封" in w[0] and rng.random() < 0.6:
        t["vis"].append(rng.choice([("信封上写着'王师傅工钱'", "'wages' written on it"), ("信封上写着'货款'", "'goods payment' on it"),
                                    ("信封上写了个电话号码尾号%s" % _digits(rng, 4), "a phone number on it")]))
    n100 = amt // 100
    t["hid"] = [("%d张一百的" % n100 if amt % 100 == 0 else "有一百的也有五十的零的", "")]
    return t


def jewelry(rng, color=None, brand=None, voice=None):
    kind = rng.choice([("金手镯", "gold bangle", "gold"), ("玉镯子", "jade bangle", "green"), ("银手链", "silver bracelet", "silver"),
                       ("金项链带吊坠", "gold necklace with pendant", "gold"), ("戒指", "ring", "gold"), ("金耳环一只", "one gold earring", "gold"),
                       ("珍珠项链", "pearl necklace", "white")])
    brand = brand if brand is not None else rng.choice(["ctf", "lfx", "css", None, None])
    if kind[0] == "玉镯子":
        brand = None
    t = base("jewelry", kind[0], kind[1], color or kind[2], brand, None)
    if kind[0] == "戒指":
        ini = rng.choice(["LY&ZH", "W❤C", "JM 2019", "永结同心", "CX·MX"])
        t["vis"] = [("内圈刻了'%s'" % ini, "engraved '%s' inside" % ini)]
    elif kind[0] == "金项链带吊坠":
        t["vis"] = [rng.choice([("吊坠是个小金猪", "a little gold pig pendant"), ("吊坠是观音", "a Guanyin pendant"), ("吊坠是字母M", "an M pendant")])]
    elif kind[0] == "玉镯子":
        t["vis"] = [rng.choice([("有一道白色的絮", "a white streak"), ("颜色是飘绿的", "green flecks"), ("以前断过用金包了一截", "mended with gold")])]
    else:
        t["vis"] = [rng.choice([("有点变形了", "slightly bent"), ("搭扣有点松", "loose clasp"), ("有花纹", "patterned"), ("光面的", "plain")])]
    t["hid"] = [rng.choice([("大概%d克" % rng.randint(5, 40), "about %d g" % rng.randint(5, 40)), ("是我妈传给我的", "my mother's"),
                            ("结婚时买的", "bought for our wedding"), ("发票还在屋头", "receipt at home")])]
    return t


ELEC = [("蓝牙耳机", "earbuds", {"apple": ["AirPods 5", "AirPods Pro 4"], "huawei": ["FreeBuds 7i"], "xiaomi": ["Buds 6"]}),
        ("充电宝", "power bank", {"xiaomi": ["20000毫安", "PB10"], "romoss": ["10000mAh", "Sense 9"]}),
        ("平板电脑", "tablet", {"apple": ["iPad Air 7", "iPad mini 8"], "huawei": ["MatePad 13", "MatePad SE 12"], "lenovo": ["小新Pad 14"]}),
        ("相机", "camera", {"canon": ["EOS R60", "G7 X IV"], "sony": ["ZV-E20", "RX100 IX"], "fujifilm": ["X-S30", "X100Z"]}),
        ("智能手表", "smart watch", {"huawei": ["Watch GT 7", "Watch Fit 5"], "apple": ["Watch S11"], "xtc": ["Z10儿童手表"]}),
        ("电子书", "e-reader", {"kindle": ["Paperwhite 6"]}),
        ("笔记本电脑", "laptop", {"lenovo": ["小新Pro 16", "ThinkBook 15+"], "huawei": ["MateBook 15"], "apple": ["MacBook Air 15"]})]


def electronics(rng, color=None, brand=None, voice=None):
    opts = [e for e in ELEC if brand is None or brand in e[2]] or ELEC
    e = rng.choice(opts)
    brand = brand if brand in e[2] else rng.choice(sorted(e[2]))
    t = base("electronics", e[0], e[1], color or rng.choice(["black", "white", "silver", "gray", "blue"]), brand, rng.choice(e[2][brand]))
    sn = rng.choice(["H", "F", "C", "K", "D"]) + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
    t["serials"].append(["sn", sn, rng.random() < 0.6, 0.3])
    t["vis"] = _pick(rng, [("外壳有划痕", "scratched"), ("贴了个小恐龙贴纸", "a little dinosaur sticker"), ("装在灰色绒布袋里", "in a grey pouch"),
                           ("保护套是蓝色的", "blue cover"), ("背面刻了名字拼音", "name engraved in pinyin"), ("屏幕有一条划痕", "a scratch on the screen"),
                           ("充电口有点松", "loose charging port")], rng.randint(1, 2))
    hid = [("登录的是我的账号", "my account is logged in"), ("电量没得好多了", "battery was low"), ("买了还不到半年", "bought less than six months ago")]
    if voice in ("tourist_en", "tourist_cn"):
        hid.append(("里面有我这次旅游拍的全部照片", "all my trip photos are on it"))
    if voice in ("elder", "migrant", "local", "driver"):
        hid.append(("是娃儿上网课用的", "my kid's for classes"))
    t["hid"] = [rng.choice(hid)]
    return t


OTHER = [("雨伞", "umbrella", ["paradise", None, None]), ("保温杯", "thermos flask", ["thermos", "zojirushi", None]),
         ("老花镜", "reading glasses", [None]), ("拐杖", "walking stick", [None]), ("月饼礼盒", "mooncake gift box", ["jiangyue", None]),
         ("扁担和绳子", "bamboo carrying pole and ropes", [None]), ("外套", "jacket", ["camel", "nike", "decathlon", None]),
         ("帽子", "hat", [None, "nike"]), ("CT片子袋", "bag of CT films", [None]), ("小孩玩具", "child's toy", [None])]


def other(rng, color=None, brand=None, voice=None):
    pool = [OTHER[i] for i in {"porter": [5, 5, 5, 0, 6], "elder": [2, 3, 8, 0, 1, 4], "tourist_en": [0, 6, 7, 1],
                               "tourist_cn": [0, 6, 7, 1, 4, 9], "student": [0, 1, 6, 7], "migrant": [0, 4, 6, 8, 9, 1],
                               "driver": [0, 1, 2, 6]}.get(voice, [0, 1, 2, 4, 6, 7, 8, 9])]
    o = rng.choice(pool)
    if brand is not None and brand not in o[2]:
        cands = [x for x in OTHER if brand in x[2]]
        o = rng.choice(cands) if cands else o
    b = brand if brand in o[2] else rng.choice(o[2])
    t = base("other", o[0], o[1], color or rng.choice(["black", "blue", "red", "green", "gray", "brown", "yellow"]), b, None)
    feats = {"雨伞": [("伞柄是木头的", "wooden handle"), ("有一根伞骨断了", "a broken rib"), ("伞面有小碎花", "small floral print"), ("长柄直骨伞", "long straight umbrella"), ("三折伞", "folding umbrella")],
             "保温杯": [("杯身贴了个名字贴", "a name sticker"), ("杯盖上有道划痕", "scratch on the lid"), ("装了半杯苦丁茶", "half full of tea")],
             "老花镜": [("装在棕色眼镜盒里", "in a brown case"), ("一条腿用胶布缠过", "one arm taped"), ("度数是300度", "+3.00")],
             "拐杖": [("四个脚的", "four-footed"), ("木头的，把手磨得发亮", "wooden, worn shiny handle"), ("底下橡皮头掉了", "rubber tip missing")],
             "月饼礼盒": [("盒子上印着嫦娥", "Chang'e printed on the box"), ("还没拆", "unopened"), ("提袋是红色的", "red carrier bag")],
             "扁担和绳子": [("竹扁担上刻了个'%s'字" % rng.choice("王李熊谭冉"), "a surname carved in the pole"), ("两根尼龙绳是黄色的", "two yellow nylon ropes"), ("扁担一头缠了布", "cloth wrapped round one end")],
             "外套": [("冲锋衣", "rain jacket"), ("口袋里有纸巾", "tissues in pocket"), ("拉链头掉了", "missing zip pull"), ("帽子可以拆", "detachable hood")],
             "帽子": [("遮阳帽", "sun hat"), ("帽檐有点变形", "bent brim"), ("上面别了个徽章", "a pin badge on it")],
             "CT片子袋": [("袋子上写着县人民医院", "hospital name on bag"), ("里面还有几张化验单", "lab reports inside")],
             "小孩玩具": [("奥特曼", "an Ultraman figure"), ("一只毛绒兔子", "a plush rabbit"), ("一条胳膊掉了", "an arm missing")]}[o[0]]
    t["vis"] = _pick(rng, feats, rng.randint(1, 2))
    if o[0] == "CT片子袋":
        t["owner"] = cn_name(rng)
        t["serials"].append(["patient", "ZY2609" + _digits(rng, 4), True, 0.4])
        t["vis"].append(("袋子上写着病人名字%s" % t["owner"], "patient name on bag"))
    hid = [("用了好多年了", "had it for years"), ("是儿子买给我的", "a gift from my son"), ("不值钱但是用惯了", "not valuable but I'm used to it")]
    if o[0] == "扁担和绳子":
        hid = [("吃饭的家伙", "my livelihood"), ("扁担是自己削的", "I cut the pole myself")]
    elif o[0] in ("月饼礼盒", "小孩玩具"):
        hid = [("是带回去给娃儿的", "for the kids"), ("单位发的", "from my work unit")]
    t["hid"] = [rng.choice(hid)]
    return t


MAKERS = {"phone": phone, "id_doc": id_doc, "wallet": wallet, "keys": keys, "ebike": ebike, "bicycle": bicycle, "bag": bag,
          "cash": cash, "jewelry": jewelry, "electronics": electronics, "other": other}


def make(rng, cat, voice=None, **kw):
    return MAKERS[cat](rng, voice=voice, **kw)
