"""set86 hidden truth records, part A: phones, documents, wallets, keys, cash.

A truth record is the object itself. Each fact has an owner phrase ("o"), a finder
phrase ("f", None when a finder cannot see it) and sometimes an English phrase ("e").
"""
from set86_nums import make_serial, make_id
from set86_world import cname

MODELS = {
    "huawei": ["Mate 81", "Mate 81 Pro", "nova 27", "Pura 95"],
    "apple": ["iPhone 19", "iPhone 19 Pro", "iPhone 18 Plus"],
    "xiaomi": ["18 Pro", "Redmi K97", "Redmi Note 33"],
    "oppo": ["Reno 31", "Find X12"],
    "vivo": ["X300 Lite", "S41"],
    "honor": ["Magic 11", "X90 GT"],
    "samsung": ["Galaxy S33", "Galaxy A78"],
}
PHONE_COLORS = ["black", "black", "white", "blue", "purple", "green", "silver", "gold", "pink", "grey"]

T = {
    "case": [("clear", "带透明手机壳", "透明手机壳", "a clear case"),
             ("bear", "手机壳是棕色小熊图案的", "棕色小熊图案手机壳", "a brown teddy-bear case"),
             ("blacksi", "套着黑色硅胶壳", "黑色硅胶保护壳", "a black silicone case"),
             ("flip", "皮质翻盖手机壳", "皮质翻盖保护套", "a leather flip cover"),
             ("ring", "壳背面有个金属指环支架", "背面带指环支架", "a ring holder on the back"),
             ("dino", "壳上印着绿色小恐龙", "手机壳印有绿色恐龙图案", "a case with a green dinosaur"),
             ("none", "没戴壳", "无保护壳", "no case")],
    "crack": [("tl", "屏幕左上角摔裂了", "屏幕左上角有裂痕", "the top-left corner of the screen is cracked"),
              ("br", "屏幕右下角有一道裂痕", "屏幕右下角碎裂", "a crack at the bottom-right of the screen"),
              ("back", "后盖玻璃碎了", "后盖有碎裂", "the back glass is broken"),
              ("cam", "摄像头那块磕掉了一点漆", "摄像头边框掉漆", "paint chipped near the camera")],
    "wall": [("cat", "锁屏是一只橘猫", "锁屏壁纸为橘猫照片", "the lock screen is an orange cat"),
             ("shiba", "锁屏壁纸是柴犬", "锁屏为柴犬图片", "a shiba inu on the lock screen"),
             ("family", "锁屏是我们一家三口的合照", "锁屏为一家三口合影", "a family photo on the lock screen"),
             ("sea", "锁屏是海边日落", "锁屏为海边日落风景", "a sunset beach lock screen"),
             ("anime", "锁屏是蓝头发的动漫女孩", "锁屏为蓝发动漫人物", "an anime girl with blue hair on the lock screen"),
             ("grad", "锁屏是穿学士服的合照", "锁屏为学士服合影", "a graduation photo on the lock screen"),
             ("sakura", "锁屏是樱花", "锁屏为樱花图片", "cherry blossoms on the lock screen")],
    "sticker": [("star", "背面贴了个星星贴纸", "背面有星星贴纸", "a star sticker on the back"),
                ("shangan", "壳上贴着'一定上岸'的贴纸", "背面贴有'一定上岸'字样贴纸", "a sticker saying 一定上岸"),
                ("rocket", "背面贴着小火箭贴纸", "背面贴小火箭贴纸", "a little rocket sticker"),
                ("crest", "背面贴了青岚大学校徽贴纸", "贴有青岚大学校徽贴纸", "a Qinglan University crest sticker")],
    "lanyard": [("blue", "挂了一根蓝色挂绳", "带蓝色手机挂绳", "a blue lanyard"),
                ("pearl", "挂着一串珍珠手机链", "带珍珠手机链", "a pearl phone chain"),
                ("red", "挂着红色短挂绳", "带红色短挂绳", "a short red strap")],
    "hidden": [("pwd", "有6位锁屏密码", None, "it has a 6-digit passcode"),
               ("paid", "里面绑了支付宝，已经冻结了", None, "I already froze my payment apps"),
               ("low", "丢的时候电量只有百分之二十", None, "battery was low"),
               ("thesis", "里面有毕业论文的照片，很重要", None, "it has photos of my thesis")],
    "sleeve": [("bluesl", "装在蓝色卡套里", "装于蓝色卡套内", "in a blue card sleeve"),
               ("pinksl", "套着粉色卡套，带伸缩扣", "粉色卡套带伸缩扣", "in a pink sleeve with a reel clip"),
               ("clearsl", "透明卡套", "透明卡套", "in a clear sleeve"),
               ("lany", "挂在一根黑色挂绳上", "带黑色挂绳", "on a black lanyard")],
    "college": [(c, c, c, None) for c in ["计算机学院", "外国语学院", "材料学院", "经管学院", "药学院", "国际教育学院", "机械学院", "新闻学院"]],
    "bank": [(b, b + "的卡", b + "借记卡", None) for b in ["东海银行", "江岚银行", "星城商业银行", "青岚农商银行"]],
    "company": [(c, "公司是" + c, "印有" + c + "字样", None) for c in ["澜图智能", "北辰芯片", "知序科技", "星桥云算"]],
    "pouch": [("pouch", "和身份证一起装在透明文件袋里", "装于透明文件袋内，内另有身份证", "in a clear document pouch with the ID card"),
              ("clip", "夹在一个蓝色文件夹里", "夹在蓝色文件夹中", "in a blue folder"),
              ("plain", "就一张纸，折了一下", "对折过", "folded once")],
    "room": [("r%d" % i, "考场号是第%d考场" % i, "第%d考场" % i, "exam room %d" % i) for i in range(3, 31)],
    "material": [("leather", "皮的", "皮质", "leather"), ("canvas", "帆布的", "帆布材质", "canvas"),
                 ("nylon", "尼龙面料", "尼龙材质", "nylon"), ("pu", "PU皮，边上有点掉皮", "PU材质边缘脱皮", "faux leather, peeling at the edge")],
    "photo": [("girl", "有一张我女儿小时候的照片", "夹有一张小女孩照片", "a photo of my daughter"),
              ("couple", "夹着一张和女朋友的合照", "内有男女合影一张", "a photo of me and my girlfriend"),
              ("grandma", "有我外婆的照片", "内有老人照片一张", "a photo of my grandma"),
              ("dog", "有一张小狗的拍立得", "内有小狗拍立得照片", "a polaroid of a puppy")],
    "misc": [("ticket", "还有几张小票", "内有购物小票若干", None), ("metro", "有一张地铁卡", "内有交通卡一张", "a metro card"),
             ("coffee", "有瑞鹿咖啡的会员卡", "内有瑞鹿咖啡会员卡", None), ("key", "零钱包里还有把小钥匙", "内有小钥匙一把", "a small key")],
    "kcount": [("2", "两把钥匙", "钥匙2把", "two keys"), ("3", "三把钥匙", "钥匙3把", "three keys"),
               ("4", "四把钥匙", "钥匙4把", "four keys"), ("5", "五六把钥匙", "钥匙5把", "five or so keys")],
    "fob": [(c, c + "门禁扣", c + "门禁卡扣", c2 + " door fob") for c, c2 in [("蓝色", "a blue"), ("红色", "a red"), ("黄色", "a yellow"), ("黑色", "a black")]],
    "pendant": [("bear", "挂着一个小熊挂件", "带小熊挂件", "a teddy bear charm"), ("duck", "挂着小黄鸭", "带小黄鸭挂件", "a yellow duck charm"),
                ("ball", "有个小篮球挂件", "带篮球挂件", "a mini basketball charm"), ("acryl", "亚克力挂件上写着'上岸'", "亚克力挂件印'上岸'", "an acrylic charm saying 上岸"),
                ("rabbit", "毛绒兔子挂件", "带毛绒兔子挂件", "a fluffy rabbit charm"), ("bell", "挂了个小铃铛", "带小铃铛", "a little bell"),
                ("opener", "有个开瓶器", "带开瓶器", "a bottle opener")],
    "env": [("jbtm", "红包上写着'金榜题名'", "红包封面印'金榜题名'", "the red envelope says 金榜题名"),
            ("bykl", "红包上写着'毕业快乐'", "红包印'毕业快乐'", "the red envelope says 毕业快乐"),
            ("rent", "牛皮纸信封上写着'6月房租'", "牛皮纸信封写有'6月房租'", "a brown envelope marked June rent"),
            ("plainenv", "装在白信封里", "白色信封装", "in a white envelope")],
    "denom": [("100", "都是一百的", "均为100元面额", "all 100-yuan notes"), ("mix", "有一百的也有五十的", "100元和50元混装", "100s and 50s"),
              ("20", "大多是二十的零钱", "多为20元面额", "mostly 20s")],
    "band": [("yband", "用黄色皮筋扎着", "黄色橡皮筋捆扎", "held with a yellow rubber band"),
             ("clipb", "用长尾夹夹着", "用长尾夹夹住", "held with a binder clip")],
}


def fact(rng, t, o, exclude=None):
    """Draw a fact of type t for object o (exclude: a value it must differ from)."""
    if t == "cardname":
        n = o["holder"]
        while exclude is not None and n == exclude:
            n = cname(rng)
        return {"t": t, "v": n, "o": "手机壳里夹着我的校园卡，上面有名字%s" % n,
                "f": "手机壳内夹有校园卡一张，姓名%s" % n, "e": "my campus card (%s) is tucked in the case" % n}
    if t == "cash":
        amt = o["amount"]
        while exclude is not None and (abs(amt - exclude) < 100 or amt // 100 == exclude // 100):
            amt = rng.choice([60, 120, 180, 250, 400, 600, 850])
        rough = (amt // 100) * 100
        own = rng.choice(["现金%d元" % amt, "大概%d多块现金" % rough if rough else "几十块现金", "现金%d块左右" % amt])
        return {"t": t, "v": amt, "o": own, "f": "内有现金%d元" % amt, "fv": "内有现金若干",
                "e": "about %d yuan in cash" % amt}
    rows = T[t]
    allow = o.get("allow", {}).get(t)
    if allow:
        rows = [r for r in rows if r[0] in allow]
    while True:
        v, ot, ft, et = rng.choice(rows)
        if v != exclude or len(rows) == 1:
            return {"t": t, "v": v, "o": ot, "f": ft, "e": et}


def new(cat, kind, nouns, fnouns, en, py, color=None, brand=None, model=None, skind=None, serial=None,
        sk_owner=None, sk_finder=None, holder=None):
    return {"cat": cat, "kind": kind, "nouns": nouns, "fnouns": fnouns, "en": en, "py": py, "color": color,
            "brand": brand, "model": model, "skind": skind, "serial": serial, "sk_owner": sk_owner,
            "sk_finder": sk_finder, "holder": holder, "facts": [], "amount": None}


def add(rng, o, types, k_lo, k_hi):
    types = list(types)
    rng.shuffle(types)
    for t in types[:rng.randint(k_lo, k_hi)]:
        o["facts"].append(fact(rng, t, o))


def know(rng, pfull, ppart):
    r = rng.random()
    return "full" if r < pfull else ("part" if r < pfull + ppart else None)


def phone(rng, holder):
    b = rng.choice(sorted(MODELS))
    o = new("phone", "手机", ["手机", "手机", "智能手机"], ["手机"], "phone", "shouji", rng.choice(PHONE_COLORS), b,
            rng.choice(MODELS[b]), "imei", make_serial(rng, "imei"), know(rng, 0.3, 0.15), know(rng, 0.3, 0.0), holder)
    add(rng, o, ["case", "crack", "wall", "sticker", "lanyard"], 1, 3)
    if rng.random() < 0.15:
        o["facts"].append(fact(rng, "cardname", o))
    if rng.random() < 0.5:
        o["facts"].append(fact(rng, "hidden", o))
    return o


def id_doc(rng, holder, which=None, year=None, foreign_holder=None):
    which = which or rng.choice(["idcard", "idcard", "student", "student", "ticket", "bank", "passport", "license", "badge"])
    if which == "idcard":
        o = new("id_doc", "身份证", ["身份证", "身份证", "二代身份证"], ["居民身份证"], "ID card", "shenfenzheng",
                None, None, None, "idcard", make_id(rng, year), know(rng, 0.6, 0.25), "full", holder)
        add(rng, o, ["sleeve"], 0, 1)
    elif which == "student":
        col = rng.choice(["blue", "blue", "green"])
        o = new("id_doc", "校园卡", ["校园卡", "学生卡", "饭卡", "一卡通"], ["校园卡", "学生卡"], "campus card", "xiaoyuanka",
                col, None, None, "student", make_serial(rng, "student"), know(rng, 0.6, 0.3), "full", holder)
        add(rng, o, ["college", "sleeve"], 1, 2)
    elif which == "ticket":
        o = new("id_doc", "准考证", ["准考证", "高考准考证"], ["准考证"], "exam admission ticket", "zhunkaozheng",
                None, None, None, "ticket", make_serial(rng, "ticket"), know(rng, 0.4, 0.3), "full", holder)
        add(rng, o, ["pouch", "room"], 1, 2)
    elif which == "bank":
        o = new("id_doc", "银行卡", ["银行卡", "储蓄卡", "借记卡"], ["银行卡"], "bank card", "yinhangka",
                rng.choice(["gold", "blue", "black", "red"]), None, None, "bank", make_serial(rng, "bank"),
                know(rng, 0.8, 0.2), "full", holder)
        add(rng, o, ["bank"], 1, 1)
    elif which == "passport":
        o = new("id_doc", "护照", ["护照", "passport"], ["护照"], "passport", "huzhao", rng.choice(["blue", "red", "green", "black"]),
                None, None, "passport", make_serial(rng, "passport"), know(rng, 0.7, 0.2), "full", foreign_holder or holder)
        o["facts"].append({"t": "permit", "v": "permit", "o": "里面夹着居留许可", "f": "内夹居留许可一张",
                           "e": "my residence permit is inside"})
    elif which == "license":
        o = new("id_doc", "驾驶证", ["驾驶证", "驾照"], ["机动车驾驶证"], "driving licence", "jiazhao", None, None, None,
                "idcard", make_id(rng, year), know(rng, 0.5, 0.3), "full", holder)
        add(rng, o, ["sleeve"], 0, 1)
    else:
        o = new("id_doc", "工牌", ["工牌", "门禁卡", "员工卡"], ["工牌", "门禁工牌"], "staff badge", "gongpai",
                rng.choice(["blue", "black", "white"]), None, None, "badge", make_serial(rng, "badge"), know(rng, 0.4, 0.3), "full", holder)
        add(rng, o, ["company"], 1, 1)
        add(rng, o, ["sleeve"], 0, 1)
    o["which"] = which
    return o


def wallet(rng, holder):
    b = rng.choice(["coach", "septwolves", "goldlion", "muji", None, None])
    kind = rng.choice(["钱包", "钱包", "长款钱包", "短款钱包", "卡包", "零钱包"])
    o = new("wallet", kind, [kind, "钱包", "皮夹"], [kind, "钱包"], "wallet", "qianbao",
            rng.choice(["black", "black", "brown", "red", "pink", "blue", "grey"]), b, None, None, None, None, None, holder)
    o["amount"] = rng.choice([35, 80, 126, 200, 230, 300, 350, 480, 520, 700, 1000, 1500])
    o["facts"].append(fact(rng, "cash", o))
    card = rng.choice(["idcard", "student", "bank", None])
    if card:
        o["skind"], o["serial"] = card, (make_id(rng) if card == "idcard" else make_serial(rng, card))
        o["sk_owner"], o["sk_finder"] = know(rng, 0.55, 0.3), know(rng, 0.7, 0.0)
        o["facts"].append({"t": "cardin", "v": card, "o": {"idcard": "身份证在里面", "student": "校园卡也在里面",
                                                             "bank": "还有银行卡"}[card],
                           "f": {"idcard": "内有身份证一张(姓名%s)" % holder, "student": "内有校园卡(姓名%s)" % holder,
                                 "bank": "内有银行卡一张"}[card],
                           "e": "my %s is inside" % {"idcard": "ID card", "student": "campus card", "bank": "bank card"}[card]})
    add(rng, o, ["material", "photo", "misc"], 1, 2)
    return o


def keys(rng, holder):
    kind = rng.choice(["钥匙", "一串钥匙", "钥匙串", "宿舍钥匙", "车钥匙"])
    b = rng.choice(["vw", "byd", "yadea", "aima", None, None, None]) if kind != "宿舍钥匙" else None
    if kind == "车钥匙" and b is None:
        b = "byd"
    o = new("keys", kind, [kind, "钥匙"], ["钥匙", "钥匙串"], "keys", "yaoshi",
            rng.choice(["blue", "red", "yellow", "black", "silver"]), b, None, None, None, None, None, holder)
    add(rng, o, ["kcount", "fob", "pendant"], 2, 3)
    fob = [f["v"] for f in o["facts"] if f["t"] == "fob"]
    if fob:
        o["color"] = {"蓝色": "blue", "红色": "red", "黄色": "yellow", "黑色": "black"}[fob[0]]
        o["allow"] = {"fob": [fob[0]]}
    if rng.random() < 0.35:
        room = rng.choice(["东7-", "西12-", "北苑3-"]) + "%d%02d" % (rng.randint(1, 6), rng.randint(1, 24))
        o["facts"].append({"t": "roomtag", "v": room, "o": "钥匙牌上写着" + room, "f": "钥匙牌标注" + room,
                           "e": "the key tag says " + room})
    return o


def cash(rng, holder):
    kind = rng.choice(["现金", "红包", "红包", "信封装的现金"])
    nouns = ["红包", "红包里的钱", "红包"] if kind == "红包" else [kind, "现金", "钱"]
    o = new("cash", kind, nouns, ["红包"] if kind == "红包" else ["现金", kind], "cash", "xianjin",
            "red" if kind == "红包" else rng.choice(["brown", "white", None]), None, None, None, None, None, None, holder)
    o["amount"] = rng.choice([200, 500, 600, 800, 1000, 1200, 1888, 2000, 2600, 3000, 5000])
    o["facts"].append(fact(rng, "cash", o))
    o["facts"][-1]["f"] = "共计人民币%d元" % o["amount"]
    o["allow"] = {"env": ["jbtm", "bykl"] if kind == "红包" else (["rent"] if o["color"] == "brown" else ["plainenv"] if o["color"] == "white" else ["rent", "plainenv"])}
    add(rng, o, ["env", "denom", "band"], 1, 2)
    return o
