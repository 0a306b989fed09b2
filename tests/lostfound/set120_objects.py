"""set120 objects: hidden truth records of the things people lose in the port district.

A truth record knows everything about one object.  The writers (set120_write.py) later look at
it through the eyes of the owner or the finder.  Every number is invented; ID numbers carry a
valid GB 11643 check digit and IMEIs a valid Luhn digit.
"""
import copy

import set120_world as W

# ---- colours -----------------------------------------------------------
COLORS = {
    "black": (["黑色", "黑", "深色", "哑光黑", "纯黑"], ["black", "matte black", "dark"]),
    "white": (["白色", "白", "米白", "乳白"], ["white", "off-white"]),
    "grey": (["灰色", "深灰", "灰", "太空灰"], ["grey", "gray", "dark grey"]),
    "silver": (["银色", "银白", "银灰"], ["silver"]),
    "blue": (["蓝色", "深蓝", "藏青", "宝蓝"], ["blue", "navy", "dark blue"]),
    "red": (["红色", "大红", "酒红"], ["red", "maroon"]),
    "green": (["绿色", "军绿", "墨绿"], ["green", "army green"]),
    "brown": (["棕色", "咖啡色", "褐色", "深棕"], ["brown", "dark brown", "tan"]),
    "gold": (["金色", "香槟金", "土豪金"], ["gold", "golden"]),
    "yellow": (["黄色", "荧光黄", "明黄"], ["yellow", "hi-vis yellow"]),
    "orange": (["橙色", "橘色", "荧光橙"], ["orange"]),
    "purple": (["紫色", "浅紫"], ["purple"]),
    "pink": (["粉色", "粉红"], ["pink"]),
}
COLOR_DRIFT = {"black": ["深灰", "深蓝"], "grey": ["银色", "黑色"], "silver": ["灰色", "白色"], "blue": ["黑色", "深灰"],
               "red": ["酒红", "橙色"], "green": ["墨绿", "灰绿"], "brown": ["黑色", "深棕"], "gold": ["黄色", "铜色"],
               "white": ["米白", "银色"], "yellow": ["橙色"], "orange": ["红色", "黄色"], "purple": ["蓝色", "粉色"],
               "pink": ["红色", "紫色"]}

# ---- brands: zh spellings, en spellings, pinyin/typo spellings ----------
BRANDS = {
    "huawei": (["华为"], ["HUAWEI", "Huawei"], ["huawei", "华伟", "HUAWEl"]),
    "apple": (["苹果"], ["Apple", "iPhone"], ["pingguo", "平果", "iphone"]),
    "xiaomi": (["小米"], ["Xiaomi", "XIAOMI", "MI"], ["xiaomi", "晓米"]),
    "redmi": (["红米"], ["Redmi"], ["hongmi", "redmi"]),
    "oppo": (["欧珀"], ["OPPO"], ["oppo", "0PPO"]),
    "vivo": (["维沃"], ["vivo", "VIVO"], ["weiwo", "viv0"]),
    "honor": (["荣耀"], ["HONOR", "Honor"], ["rongyao", "荣曜"]),
    "samsung": (["三星"], ["Samsung", "SAMSUNG"], ["sanxing", "Samsang"]),
    "kaiwei": (["铠卫"], ["KAIWEI"], ["kaiwei", "凯卫"]),
    "romoss": (["罗马仕"], ["ROMOSS", "Romoss"], ["luomashi", "罗马士"]),
    "anker": (["安克"], ["Anker", "ANKER"], ["anke", "安可"]),
    "baseus": (["倍思"], ["Baseus", "BASEUS"], ["beisi", "贝思"]),
    "edifier": (["漫步者"], ["EDIFIER", "Edifier"], ["manbuzhe", "漫布者"]),
    "sony": (["索尼"], ["SONY", "Sony"], ["suoni", "sony"]),
    "motorola": (["摩托罗拉"], ["Motorola", "MOTOROLA"], ["motuoluola", "moto"]),
    "hytera": (["海能达"], ["Hytera", "HYTERA"], ["hainengda", "海能达HYT"]),
    "septwolves": (["七匹狼"], ["SEPTWOLVES", "Septwolves"], ["qipilang", "7匹狼"]),
    "goldlion": (["金利来"], ["Goldlion", "GOLDLION"], ["jinlilai", "金利莱"]),
    "pierre": (["皮尔卡丹"], ["Pierre Cardin", "pierre cardin"], ["pierkadan", "皮尔卡单"]),
    "sata": (["世达"], ["SATA"], ["shida", "世达SATA"]),
    "stanley": (["史丹利"], ["STANLEY", "Stanley"], ["shidanli", "斯坦利"]),
    "deli": (["得力"], ["deli", "DELI"], ["deli工具", "得利"]),
    "lining": (["李宁"], ["LI-NING", "Li Ning"], ["lining", "李宁LINING"]),
    "nike": (["耐克"], ["Nike", "NIKE"], ["naike", "奈克"]),
    "faw": (["解放"], ["FAW", "JIEFANG"], ["jiefang", "一汽解放J6"]),
    "dongfeng": (["东风"], ["Dongfeng", "DFM"], ["dongfeng", "东风天龙"]),
    "howo": (["豪沃"], ["HOWO", "Sinotruk"], ["haowo", "重汽豪沃"]),
    "shacman": (["陕汽"], ["SHACMAN", "Shacman"], ["shanqi", "陕汽德龙"]),
    "yadea": (["雅迪"], ["Yadea", "YADEA"], ["yadi", "雅迪yadea"]),
    "aima": (["爱玛"], ["AIMA", "Aima"], ["aima", "艾玛"]),
    "tailg": (["台铃"], ["TAILG", "Tailg"], ["tailing", "台玲"]),
    "niu": (["小牛"], ["NIU", "Niu"], ["xiaoniu", "小牛电动"]),
    "forever": (["永久"], ["FOREVER", "Forever"], ["yongjiu", "永久牌"]),
    "phoenix": (["凤凰"], ["Phoenix", "PHOENIX"], ["fenghuang", "凤凰牌"]),
    "giant": (["捷安特"], ["GIANT", "Giant"], ["jieante", "捷安特GIANT"]),
    "ctf": (["周大福"], ["Chow Tai Fook", "CTF"], ["zhoudafu", "周大富"]),
    "lfx": (["老凤祥"], ["Lao Feng Xiang", "LFX"], ["laofengxiang", "老凤翔"]),
    "thermos": (["膳魔师"], ["THERMOS", "Thermos"], ["shanmoshi", "善魔师"]),
    "fuguang": (["富光"], ["FGA", "Fuguang"], ["fuguang", "富光杯"]),
}


def brand_zh(b):
    return BRANDS[b][0][0]


def brand_en(b):
    return BRANDS[b][1][0]


# ---- numbers ------------------------------------------------------------
def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def make_imei(rng):
    body = rng.choice(["86", "35", "86", "99"]) + "".join(str(rng.randint(0, 9)) for _ in range(12))
    return body + luhn_digit(body)


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(first17):
    s = sum(int(c) * w for c, w in zip(first17, ID_W))
    return "10X98765432"[s % 11]


def make_id(rng, prov2, male=True):
    region = prov2 + "%02d%02d" % (rng.randint(1, 17), rng.randint(2, 28))
    y = rng.randint(1966, 2001)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    seq = rng.randint(0, 99) * 10 + (rng.choice([1, 3, 5, 7, 9]) if male else rng.choice([0, 2, 4, 6, 8]))
    first = "%s%04d%02d%02d%03d" % (region, y, m, d, seq)
    return first + id_check(first)


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def letters(rng, n, pool="ABCDEFGHJKLMNPQRSTUVWXYZ"):
    return "".join(rng.choice(pool) for _ in range(n))


def make_plate(rng, prov):
    pre = W.PLATE_PREFIX.get(prov, "浙")
    return pre + rng.choice("ABCDEFGHJKLMNPQR") + "·" + digits(rng, 1) + letters(rng, 1) + digits(rng, 3)


# ---- people -------------------------------------------------------------
def cn_person(rng, local=False):
    if local:
        prov = ("本地", "33", ["澄屿"], "我")
    else:
        prov = W.PROVINCES[rng.randrange(len(W.PROVINCES))]
    male = rng.random() < 0.75
    name = W.cn_name(rng)
    return {"foreign": False, "name": name, "prov": prov[0], "prov2": prov[1][:2], "city": rng.choice(prov[2]),
            "self": prov[3], "male": male, "id": make_id(rng, prov[1][:2], male), "phone_tail": digits(rng, 4),
            "company": rng.choice(W.COMPANIES), "room": "%d%02d" % (rng.randint(1, 6), rng.randint(1, 30))}


def foreign_person_full(rng):
    p = W.foreign_person(rng)
    p["foreign"] = True
    p["name"] = "%s %s" % (p["first"], p["last"])
    p["phone_tail"] = digits(rng, 4)
    return p


def M(zh, en, vis=True, kind="mark"):
    """one detail of an object: Chinese wording, English wording, whether a finder can see it"""
    return {"zh": zh, "en": en, "vis": vis, "kind": kind}


def base(cat, noun, noun_en, color, brand=None, model=None, zones=None):
    return {"cat": cat, "noun": noun, "noun_en": noun_en, "color": color, "brand": brand, "model": model,
            "model_vis": False, "serial": None, "marks": [], "zones": zones or sorted(W.ZONE_OWNERS),
            "alt_cat": None, "twin": None}


STICKERS = [("小猪佩奇贴纸", "a Peppa Pig sticker"), ("海贼王贴纸", "a One Piece sticker"), ("一个福字贴", "a red 'fu' sticker"),
            ("公司logo贴纸", "a company logo sticker"), ("国旗贴纸", "a flag sticker"), ("奥特曼贴纸", "an Ultraman sticker"),
            ("篮球贴纸", "a basketball sticker"), ("小黄人贴纸", "a Minions sticker")]
CHARMS = [("平安符", "a red 'ping an' charm"), ("小熊挂件", "a small bear charm"), ("开瓶器", "a bottle opener"),
          ("十字架吊坠", "a small cross"), ("迷你手电", "a mini torch"), ("红绳铜钱", "a red string with an old coin"),
          ("足球挂件", "a football charm"), ("塑料鱼挂件", "a plastic fish charm")]
WALLPAPERS = [("孩子的照片", "photo of my kids"), ("老婆和女儿的合照", "my wife and daughter"), ("一只柯基", "a corgi dog"),
              ("海边日落", "a sunset at sea"), ("一艘货轮", "a ship picture"), ("系统默认壁纸", "default wallpaper"),
              ("全家福", "family photo"), ("篮球明星", "a basketball player")]


def twin_serial(rng, truth):
    """a near-twin differs in its identifying number"""
    s = truth["serial"]
    if s["t"] == "imei":
        s["v"] = make_imei(rng)
    elif s["t"] == "id":
        s["v"] = make_id(rng, s["v"][:2], True)
    elif s["t"] == "plate":
        if "·" in s["v"]:
            s["v"] = s["v"][:3] + digits(rng, 1) + letters(rng, 1) + digits(rng, 3)
        else:
            s["v"] = s["v"][:3] + digits(rng, 5)
    elif s["t"] == "tail":
        s["v"] = digits(rng, 4)
    else:
        v = s["v"]
        n = sum(ch.isdigit() for ch in v)
        nd = digits(rng, n)
        out, k = [], 0
        for ch in v:
            if ch.isdigit():
                out.append(nd[k])
                k += 1
            else:
                out.append(ch)
        s["v"] = "".join(out)


# ---- generators per category ------------------------------------------
def g_id_doc(rng, p):
    if p["foreign"]:
        kind = rng.choice(["sbook", "sbook", "passport", "sid"])
        if kind == "sbook":
            col = {"PH": "blue", "IN": "blue", "UA": "red", "ID": "green"}[p["nat"]]
            t = base("id_doc", ["海员证", "海员证件", "船员证"], ["seaman's book", "seafarer's book", "SIRB"], col,
                     zones=["sea", "berth", "market", "ferry", "bonded"])
            num = {"PH": "C0" + digits(rng, 6), "IN": "MUM " + digits(rng, 6), "UA": "AB " + digits(rng, 6),
                   "ID": "F " + digits(rng, 6)}[p["nat"]]
            t["serial"] = {"t": "doc", "v": num, "own": True, "vis": True, "label": ("证号", "book no.")}
        elif kind == "passport":
            col = {"PH": "blue", "IN": "blue", "UA": "blue", "ID": "green"}[p["nat"]]
            t = base("id_doc", ["护照", "外国护照"], ["passport"], col, zones=["sea", "berth", "market", "ferry", "bonded"])
            num = {"PH": "P" + digits(rng, 7) + letters(rng, 1), "IN": letters(rng, 1) + digits(rng, 7),
                   "UA": letters(rng, 2) + digits(rng, 6), "ID": letters(rng, 1) + digits(rng, 7)}[p["nat"]]
            t["serial"] = {"t": "doc", "v": num, "own": True, "vis": True, "label": ("护照号", "passport no.")}
        else:
            col = rng.choice(["white", "blue"])
            t = base("id_doc", ["船员登轮证", "登轮证", "临时登陆证"], ["shore pass", "landing permit card"], col,
                     zones=["sea", "berth", "ferry", "market"])
            num = "DL" + digits(rng, 2) + "-" + digits(rng, 5)
            t["serial"] = {"t": "doc", "v": num, "own": rng.random() < 0.5, "vis": True, "label": ("证号", "card no.")}
        t["marks"].append(M("姓名%s %s" % (p["last"].upper(), p["first"].upper()), "name %s" % p["name"], True, "name"))
        t["marks"].append(M("%s国籍" % p["zh"], "%s" % p["adj"], True))
        if rng.random() < 0.5:
            t["marks"].append(M("夹着一张%s船员名单复印件" % p["ship"], "crew list copy of %s inside" % p["ship"], True))
        if rng.random() < 0.4:
            t["marks"].append(M("外面套着透明塑料套", "in a clear plastic sleeve", True))
        t["twin"] = "serial"
        return t
    kind = rng.choice(["idcard", "idcard", "access", "access", "badge", "badge", "licence"])
    if kind == "idcard":
        col = rng.choice(["black", "brown", "blue", "red"])
        t = base("id_doc", ["身份证", "二代身份证", "居民身份证"], ["ID card"], col)
        t["serial"] = {"t": "id", "v": p["id"], "own": True, "vis": True, "label": ("身份证号", "ID no.")}
        t["marks"].append(M("姓名%s" % p["name"], "name %s" % p["name"], True, "name"))
        t["marks"].append(M("住址%s省%s市" % (p["prov"], p["city"]) if p["prov"] != "本地" else "住址本地", "", True))
        t["marks"].append(M("装在%s卡套里" % COLORS[col][0][0], "in a card sleeve", True, "sleeve"))
        if rng.random() < 0.5:
            t["marks"].append(M("卡套里还有一张银行卡尾号%s" % digits(rng, 4), "", rng.random() < 0.6))
    elif kind == "access":
        col = rng.choice(["blue", "white", "yellow", "red"])
        t = base("id_doc", ["港区通行证", "集卡司机IC卡", "进港卡", "港口通行卡"], ["port access card"], col,
                 zones=["gate", "rest", "berth"])
        code = "GQ" + "25%02d" % rng.randint(1, 3) + "-" + digits(rng, 6)
        t["serial"] = {"t": "card", "v": code, "own": rng.random() < 0.6, "vis": True, "label": ("卡号", "card no.")}
        t["marks"].append(M("持卡人%s" % p["name"], "", True, "name"))
        t["marks"].append(M("背面写着车牌%s" % make_plate(rng, p["prov"]), "", True))
        t["marks"].append(M("挂着%s挂绳" % rng.choice(["蓝色", "红色", "黑色", "印着港区字样的"]), "", True))
    elif kind == "badge":
        col = rng.choice(["blue", "white", "red", "green", "black"])
        t = base("id_doc", ["工作证", "工牌", "员工卡", "胸卡"], ["work badge"], col, zones=["wh", "dorm", "berth", "gate", "rest"])
        code = W.COMPANY_CODE[p["company"]] + rng.choice(["-", "", " "]) + digits(rng, 5)
        t["serial"] = {"t": "badge", "v": code, "own": True, "vis": True, "label": ("工号", "staff no.")}
        t["marks"].append(M("%s的工牌，姓名%s" % (W.COMPANY_SHORT[p["company"]], p["name"]), "", True, "name"))
        t["marks"].append(M("部门：%s" % rng.choice(["夜班理货", "冷链装卸", "叉车班", "保税仓储", "闸口调度"]), "", True))
        if rng.random() < 0.6:
            t["marks"].append(M("卡套背后夹着一张饭卡", "", True))
        t["alt_cat"] = "other"
    else:
        col = rng.choice(["black", "brown", "red"])
        t = base("id_doc", ["驾驶证", "驾照和从业资格证", "驾驶证加从业资格证"], ["driving licence"], col, zones=["gate", "rest"])
        t["serial"] = {"t": "id", "v": p["id"], "own": True, "vis": True, "label": ("证号", "licence no.")}
        t["marks"].append(M("姓名%s，A2照" % p["name"], "", True, "name"))
        t["marks"].append(M("皮套里夹着行驶证复印件", "", True))
    t["twin"] = rng.choice(["serial", "name"])
    return t


PHONE_MODELS = {
    "huawei": ["Mate 66", "nova 13 Lite", "畅享 70X", "Pura 80s"],
    "apple": ["iPhone 15 Max", "iPhone 13 Lite", "iPhone 14e"],
    "xiaomi": ["Xiaomi 14 Lite", "Civi 5S"],
    "redmi": ["K81", "Note 15R", "Turbo 5s"],
    "oppo": ["A99s", "Reno 13F"],
    "vivo": ["Y300t", "iQOO Z11"],
    "honor": ["X70i", "Play 11T", "X9c Lite"],
    "samsung": ["Galaxy A36s", "Galaxy M55R"],
    "kaiwei": ["KW-T8三防", "KW-X3"],
}


def g_phone(rng, p):
    brands = sorted(PHONE_MODELS)
    if p["foreign"]:
        brands = ["samsung", "apple", "xiaomi", "redmi", "oppo", "vivo", "honor"]
    b = rng.choice(brands)
    col = rng.choice(["black", "black", "blue", "white", "grey", "green", "silver", "purple", "gold"])
    t = base("phone", ["手机", "智能手机", "电话"], ["phone", "mobile phone", "cellphone"], col, b, rng.choice(PHONE_MODELS[b]))
    t["model_vis"] = rng.random() < 0.3
    t["serial"] = {"t": "imei", "v": make_imei(rng), "own": rng.random() < 0.55, "vis": rng.random() < 0.3,
                   "label": ("IMEI", "IMEI")}
    case = rng.choice(["black", "black", "green", "yellow", "orange", "blue", "grey"])
    cz = COLORS[case][0][0]
    rugged = rng.random() < 0.6
    if rugged:
        t["marks"].append(M("套着%s三防壳（带支架）" % cz, "in a %s rugged case with kickstand" % COLORS[case][1][0], True, "case"))
    else:
        t["marks"].append(M("%s硅胶壳" % cz, "%s silicone case" % COLORS[case][1][0], True, "case"))
    r = rng.random()
    if r < 0.45:
        t["marks"].append(M("屏幕%s有裂纹" % rng.choice(["左上角", "右下角", "中间", "底部"]),
                            "screen cracked", True))
    elif r < 0.7:
        s = rng.choice(STICKERS)
        t["marks"].append(M("背面贴了%s" % s[0], "%s on the back" % s[1], True, "sticker"))
    wp = rng.choice(WALLPAPERS)
    t["marks"].append(M("锁屏是%s" % wp[0], "lock screen is %s" % wp[1], rng.random() < 0.5, "wallpaper"))
    if rng.random() < 0.5:
        tail = digits(rng, 4)
        t["marks"].append(M("壳里夹着一张银行卡尾号%s" % tail, "a bank card ending %s in the case" % tail, True, "card"))
    t["marks"].append(M("手机号尾号%s" % p["phone_tail"], "my number ends %s" % p["phone_tail"], False))
    if rng.random() < 0.3:
        t["marks"].append(M("电量不多了", "battery was low", False))
    t["twin"] = rng.choice(["serial", "wallpaper", "case"])
    return t


CURR = {"PH": ("菲律宾比索", "Philippine pesos", "peso"), "IN": ("印度卢比", "Indian rupees", "rupee"),
        "UA": ("乌克兰格里夫纳", "hryvnia", "hryvnia"), "ID": ("印尼盾", "rupiah", "rupiah")}


def g_wallet(rng, p):
    b = rng.choice(["septwolves", "goldlion", "pierre", None, None])
    col = rng.choice(["black", "black", "brown", "brown", "blue", "grey"])
    style = rng.choice([("长款钱包", "long wallet"), ("短款钱包", "short wallet"), ("皮夹", "leather wallet"),
                        ("折叠钱包", "bifold wallet"), ("帆布钱包", "canvas wallet")])
    t = base("wallet", [style[0], "钱包", "皮夹子"], [style[1], "wallet"], col, b)
    cash = rng.choice([80, 150, 200, 300, 460, 500, 800, 1200, 2000])
    t["marks"].append(M("里面现金大概%d元" % cash, "about %d RMB cash" % cash, False, "cash"))
    if p["foreign"]:
        cz, ce, _ = CURR[p["nat"]]
        amt = rng.choice([500, 1000, 2000, 3000])
        t["marks"].append(M("有%s若干" % cz, "some %s (around %d)" % (ce, amt), True, "fx"))
        usd = rng.choice([20, 50, 100, 200])
        t["marks"].append(M("还有几张美元", "%d US dollars" % usd, True, "usd"))
        t["marks"].append(M("有%s的船员卡，名字%s" % (p["ship"], p["name"].upper()), "crew ID card of %s" % p["ship"], True, "name"))
        tail = digits(rng, 4)
        t["serial"] = {"t": "tail", "v": tail, "own": True, "vis": True, "label": ("银行卡尾号", "card ending")}
        t["marks"].append(M("一张外国银行卡", "my %s bank card" % p["adj"], True))
    else:
        tail = digits(rng, 4)
        t["serial"] = {"t": "tail", "v": tail, "own": True, "vis": True, "label": ("银行卡尾号", "card ending")}
        t["marks"].append(M("有身份证（%s）" % p["name"], "", True, "name"))
        if rng.random() < 0.5:
            t["marks"].append(M("有加油卡", "", True))
        if rng.random() < 0.4:
            t["marks"].append(M("夹着一张孩子的照片", "", True))
        if rng.random() < 0.3:
            t["marks"].append(M("有一张过路费发票", "", True))
    if rng.random() < 0.4:
        t["marks"].append(M("边角磨破了", "corners worn", True))
    t["alt_cat"] = "id_doc"
    t["twin"] = rng.choice(["serial", "name"])
    return t


def g_keys(rng, p):
    if p["foreign"]:
        kind = "cabin"
    else:
        kind = rng.choice(["truck", "truck", "truck", "dorm", "ebike"])
    charm = rng.choice(CHARMS)
    if kind == "truck":
        b = rng.choice(["faw", "dongfeng", "howo", "shacman"])
        col = rng.choice(["black", "black", "grey", "red"])
        t = base("keys", ["车钥匙", "货车钥匙", "集卡钥匙", "钥匙串"], ["truck keys"], col, b, zones=["gate", "rest", "market"])
        plate = make_plate(rng, p["prov"])
        t["serial"] = {"t": "plate", "v": plate, "own": True, "vis": rng.random() < 0.6, "label": ("车牌", "plate")}
        t["marks"].append(M("遥控钥匙加%d把小钥匙" % rng.randint(1, 4), "", True))
        t["marks"].append(M("挂着%s" % charm[0], "", True, "charm"))
        t["marks"].append(M("钥匙牌上写%s" % plate, "", t["serial"]["vis"], "plate"))
    elif kind == "dorm":
        col = rng.choice(["silver", "red", "blue", "yellow"])
        t = base("keys", ["钥匙串", "宿舍钥匙", "一串钥匙"], ["keys"], col, None, zones=["dorm", "wh"])
        room = "%d-%s" % (rng.randint(1, 5), p["room"])
        t["serial"] = {"t": "room", "v": room, "own": True, "vis": rng.random() < 0.5, "label": ("房号", "room")}
        t["marks"].append(M("%d把钥匙，有一把柜子钥匙" % rng.randint(3, 6), "", True))
        t["marks"].append(M("门禁扣是%s的" % COLORS[col][0][0], "", True))
        t["marks"].append(M("挂着%s" % charm[0], "", True, "charm"))
    elif kind == "ebike":
        b = rng.choice(["yadea", "aima", "tailg", "niu"])
        col = rng.choice(["black", "white", "blue", "pink"])
        t = base("keys", ["电动车钥匙", "电瓶车钥匙", "车钥匙"], ["e-bike key"], col, b, zones=["dorm", "wh", "market", "bonded"])
        t["marks"].append(M("遥控器%s的" % COLORS[col][0][0], "", True))
        t["marks"].append(M("挂着%s" % charm[0], "", True, "charm"))
        t["marks"].append(M("还有一把家门钥匙", "", True))
    else:
        col = rng.choice(["red", "yellow", "orange"])
        t = base("keys", ["钥匙", "船舱钥匙", "房间钥匙"], ["cabin key", "keys"], col, None, zones=["sea", "berth", "market", "ferry"])
        tag = "%s %s" % (p["ship"].replace("MV ", ""), rng.choice(["C-%d" % rng.randint(101, 412), "ENG-%d" % rng.randint(1, 9)]))
        t["serial"] = {"t": "room", "v": tag, "own": True, "vis": True, "label": ("钥匙牌", "key tag")}
        t["marks"].append(M("有一个%s浮漂钥匙牌写着%s" % (COLORS[col][0][0], tag), "%s float tag '%s'" % (COLORS[col][1][0], tag), True, "plate"))
        t["marks"].append(M("两把钥匙", "two keys", True))
        t["marks"].append(M("挂着%s" % charm[0], "with %s" % charm[1], True, "charm"))
    t["twin"] = "serial" if t["serial"] else "charm"
    return t


def g_electronics(rng, p):
    kind = rng.choice(["powerbank", "powerbank", "earbuds", "earbuds", "headset", "radio", "watch", "pda"])
    if p["foreign"] and kind in ("radio", "pda"):
        kind = "earbuds"
    if kind == "powerbank":
        b = rng.choice(["romoss", "anker", "baseus", "xiaomi"])
        col = rng.choice(["black", "white", "blue", "grey"])
        cap = rng.choice([10000, 20000, 20000, 30000])
        t = base("electronics", ["充电宝", "移动电源", "充电器"], ["power bank", "powerbank"], col, b,
                 {"romoss": "Sense %d" % rng.randint(4, 9), "anker": "PowerCore %dK" % (cap // 1000),
                  "baseus": "Blade %d" % rng.randint(2, 5), "xiaomi": "PB%dK" % (cap // 1000)}[b])
        t["marks"].append(M("%dmAh" % cap, "%d mAh" % cap, True))
        t["marks"].append(M("插着一根%s数据线" % rng.choice(["白色", "黑色", "编织", "Type-C"]), "with a cable attached", True))
        if rng.random() < 0.6:
            s = rng.choice(STICKERS)
            t["marks"].append(M("贴着%s" % s[0], "%s on it" % s[1], True, "sticker"))
        t["alt_cat"] = "other"
        t["model_vis"] = True
        if rng.random() < 0.4:
            t["serial"] = {"t": "sn", "v": "SN" + letters(rng, 2) + digits(rng, 8), "own": False, "vis": True, "label": ("SN", "SN")}
    elif kind == "earbuds":
        b = rng.choice(["huawei", "apple", "xiaomi", "edifier", "sony"])
        col = rng.choice(["white", "white", "black", "blue"])
        t = base("electronics", ["蓝牙耳机", "无线耳机", "耳机"], ["earbuds", "wireless earphones", "headphones"], col, b,
                 rng.choice({"huawei": ["FreeBuds 7i", "FreeBuds SE 3"], "apple": ["AirPods 3 Lite", "AirPods Pro 2s"],
                             "xiaomi": ["Buds 6 Pro", "Redmi Buds 7"], "edifier": ["X3 Air", "Lolli Pro 4"],
                             "sony": ["WF-C720", "LinkBuds T"]}[b]))
        t["marks"].append(M("充电仓%s" % rng.choice(["有划痕", "套着卡通硅胶套", "贴了名字贴", "很旧了"]), "case scratched", True, "case"))
        if rng.random() < 0.5:
            t["marks"].append(M("只有充电仓和一只耳机", "only the case and one bud", True))
        t["serial"] = {"t": "sn", "v": letters(rng, 3) + digits(rng, 9), "own": rng.random() < 0.3, "vis": rng.random() < 0.5,
                       "label": ("序列号", "serial")}
    elif kind == "headset":
        b = rng.choice(["sony", "edifier", "huawei"])
        col = rng.choice(["black", "grey", "white"])
        t = base("electronics", ["头戴式耳机", "耳机", "大耳机"], ["headphones", "over-ear headphones"], col, b,
                 {"sony": "WH-C720", "edifier": "W830NB", "huawei": "FreeArc H2"}[b])
        t["marks"].append(M("左边耳罩皮%s" % rng.choice(["破了", "用胶布粘过"]), "left ear pad torn", True, "case"))
        t["marks"].append(M("装在%s收纳包里" % rng.choice(["灰色", "黑色"]), "in a pouch", True))
        t["serial"] = None
    elif kind == "radio":
        b = rng.choice(["motorola", "hytera"])
        col = "black"
        t = base("electronics", ["对讲机", "手台"], ["walkie-talkie"], col, b, {"motorola": "GP-338L", "hytera": rng.choice(["TC-610s", "BD-55x"])}[b],
                 zones=["gate", "wh", "berth"])
        t["marks"].append(M("背面贴着编号%s号机" % digits(rng, 2), "", True, "sticker"))
        t["marks"].append(M("天线%s" % rng.choice(["断了一截", "缠着黄胶布"]), "", True))
        t["serial"] = {"t": "sn", "v": digits(rng, 3) + letters(rng, 3) + digits(rng, 4), "own": False, "vis": True,
                       "label": ("机身号", "SN")}
    elif kind == "watch":
        b = rng.choice(["huawei", "xiaomi", "apple", "honor"])
        col = rng.choice(["black", "silver", "pink"])
        t = base("electronics", ["智能手表", "手环", "运动手表"], ["smart watch"], col, b,
                 {"huawei": "Watch GT 6", "xiaomi": "Band 10", "apple": "Watch S5", "honor": "Watch Fit 5"}[b])
        t["marks"].append(M("表带%s" % rng.choice(["是换过的橙色硅胶带", "磨白了", "扣子坏了用皮筋绑着"]), "strap worn", True, "case"))
        t["marks"].append(M("表盘是%s" % rng.choice(["女儿照片", "航海表盘", "默认表盘"]), "watch face photo", False, "wallpaper"))
        t["serial"] = None
    else:
        b = rng.choice(["honor", "kaiwei"])
        col = rng.choice(["yellow", "black", "orange"])
        t = base("electronics", ["扫码枪", "手持终端", "PDA", "巴枪"], ["scanner"], col, b, rng.choice(["PDA-S20", "KW-H7"]),
                 zones=["wh"])
        t["marks"].append(M("机身贴着仓库资产标签%s" % ("ZC-" + digits(rng, 5)), "", True, "sticker"))
        t["marks"].append(M("套着%s" % rng.choice(["防摔胶套", "挂绳"]), "", True))
        t["serial"] = {"t": "sn", "v": "ZC-" + digits(rng, 5), "own": True, "vis": True, "label": ("资产号", "asset no.")}
    if t["serial"] is None:
        t["twin"] = "case"
    else:
        t["twin"] = rng.choice(["serial", "case"]) if any(m["kind"] == "case" for m in t["marks"]) else "serial"
    return t


def g_bag(rng, p):
    kind = rng.choice(["tool", "tool", "backpack", "waist", "duffel"] if not p["foreign"] else ["backpack", "duffel", "duffel", "waist"])
    if kind == "tool":
        b = rng.choice(["sata", "stanley", "deli"])
        col = rng.choice(["black", "grey", "orange", "blue"])
        t = base("bag", ["工具包", "工具袋", "帆布工具包"], ["tool bag"], col, b, zones=["gate", "wh", "rest", "berth", "dorm"])
        t["marks"].append(M("里面有%s" % rng.choice(["扳手、螺丝刀、电笔", "套筒一套和万用表", "绑带、手套和扎带", "胎压表和一把钳子"]),
                            "", True, "contents"))
        t["marks"].append(M("包上用记号笔写着%s" % rng.choice([p["name"], p["name"][0] + "师傅", "%s车队" % p["city"]]), "", True, "name"))
        t["alt_cat"] = "other"
    elif kind == "backpack":
        b = rng.choice(["lining", "nike", None])
        col = rng.choice(["black", "grey", "blue", "red"])
        t = base("bag", ["双肩包", "背包", "书包"], ["backpack"], col, b)
        t["marks"].append(M("里面有%s" % rng.choice(["换洗衣服和充电器", "饭盒和雨衣", "一本笔记本和药"]),
                            "clothes and a charger inside", True, "contents"))
        t["marks"].append(M("拉链上挂着%s" % rng.choice(CHARMS)[0], "a keyring on the zip", True, "name"))
    elif kind == "waist":
        b = rng.choice(["nike", None])
        col = rng.choice(["black", "green", "grey"])
        t = base("bag", ["腰包", "斜挎包", "小挎包"], ["waist bag", "sling bag"], col, b)
        t["marks"].append(M("里面有%s" % rng.choice(["充电宝、烟和打火机", "零钱和耳机", "老花镜和药盒"]), "cigarettes, some coins", True, "contents"))
        t["marks"].append(M("背带%s" % rng.choice(["打了个结", "断了一边"]), "strap knotted", True, "name"))
    else:
        b = rng.choice([None, "nike"])
        col = rng.choice(["black", "blue", "red"])
        t = base("bag", ["旅行包", "行李袋", "手提包"], ["duffel bag", "travel bag"], col, b,
                 zones=["sea", "ferry", "market", "bonded", "berth"])
        who = p["name"].upper() if p["foreign"] else p["name"]
        t["marks"].append(M("行李牌写着%s" % who, "luggage tag with my name", True, "name"))
        t["marks"].append(M("里面有%s" % rng.choice(["衣服和给家里买的奶粉", "几条烟和巧克力", "衣服和一双工作鞋"]),
                            "clothes and gifts for family", True, "contents"))
    if rng.random() < 0.5:
        cash = rng.choice([100, 300, 600])
        t["marks"].append(M("夹层里有现金%d元左右" % cash, "about %d RMB in the pocket" % cash, False))
    t["twin"] = "name"
    return t


def g_ebike(rng, p):
    b = rng.choice(["yadea", "aima", "tailg", "niu"])
    col = rng.choice(["black", "white", "blue", "red", "grey", "green"])
    t = base("ebike", ["电动车", "电瓶车", "电动自行车"], ["e-bike"], col, b, rng.choice(["DE3", "冠能Q7", "小魔鬼S", "G40"]),
             zones=["dorm", "wh", "market", "bonded", "ferry"])
    plate = "澄屿" + rng.choice("ABC") + digits(rng, 5)
    t["serial"] = {"t": "eplate", "v": plate, "own": True, "vis": True, "label": ("车牌", "plate")}
    t["frame"] = letters(rng, 2) + "25" + digits(rng, 2) + letters(rng, 1) + digits(rng, 6)
    t["marks"].append(M("车牌%s" % plate, "", True, "plate"))
    t["marks"].append(M("车架号%s" % t["frame"], "", False))
    t["marks"].append(M(rng.choice(["前面装了铁篮子", "后座加了儿童座椅", "挂着挡风被", "后视镜少了一个"]), "", True))
    if rng.random() < 0.5:
        t["marks"].append(M("座垫%s" % rng.choice(["破了用胶带缠着", "套着格子座套"]), "", True))
    t["twin"] = "serial"
    return t


def g_bicycle(rng, p):
    b = rng.choice(["forever", "phoenix", "giant"])
    col = rng.choice(["black", "blue", "red", "white", "green"])
    t = base("bicycle", ["自行车", "单车", "脚踏车"], ["bicycle", "bike"], col, b,
             rng.choice(["ATX 660", "山地车", "28寸老式", "城市通勤款"]), zones=["dorm", "wh", "ferry", "bonded"])
    t["marks"].append(M(rng.choice(["车筐是铁丝的", "没有车筐", "车把缠了黑胶布", "后座绑着一根弹力绳"]), "", True))
    lock = rng.choice(["U型锁", "链条锁", "钢缆锁"])
    t["marks"].append(M("锁着%s" % lock, "", True, "lock"))
    fn = "F" + digits(rng, 8)
    t["serial"] = {"t": "frame", "v": fn, "own": rng.random() < 0.4, "vis": rng.random() < 0.4, "label": ("车架号", "frame no.")}
    t["twin"] = "lock"
    return t


def g_cash(rng, p):
    if p["foreign"]:
        usd = rng.choice([300, 500, 800, 1000])
        col = "white"
        t = base("cash", ["美元现金", "一沓美元", "现金"], ["US dollars", "cash"], col, zones=["sea", "market", "bonded", "ferry"])
        t["marks"].append(M("美元约%d" % usd, "%d USD" % usd, False, "amount"))
        t["marks"].append(M("装在白色信封里，信封上写着%s" % p["ship"], "in a white envelope with %s written on it" % p["ship"], True, "env"))
        t["amount"] = usd
    else:
        amt = rng.choice([800, 1500, 2000, 2600, 3000, 4200, 5000])
        col = rng.choice(["red", "brown", "white"])
        env = {"red": "红包", "brown": "牛皮纸信封", "white": "白信封"}[col]
        t = base("cash", ["现金", "钱", "一沓现金"], ["cash"], col)
        t["marks"].append(M("人民币%d元" % amt, "", False, "amount"))
        t["marks"].append(M("装在%s里" % env, "", True, "env"))
        if rng.random() < 0.5:
            t["marks"].append(M("信封上写着%s" % rng.choice(["运费", "3月工资", "油钱", "%s的份子钱" % W.cn_name(rng)]), "", True, "env2"))
        t["amount"] = amt
    t["twin"] = "amount"
    return t


def g_jewelry(rng, p):
    if p["foreign"]:
        kind = rng.choice(["ring", "chain"])
    else:
        kind = rng.choice(["chain", "chain", "ring", "jade", "bracelet"])
    if kind == "chain":
        b = rng.choice(["ctf", "lfx", None])
        t = base("jewelry", ["金项链", "项链", "金链子"], ["gold chain", "necklace"], "gold", b)
        g = rng.choice([8, 12, 15, 20, 26])
        t["marks"].append(M("约%d克" % g, "about %d grams" % g, False, "weight"))
        t["marks"].append(M("吊坠是%s" % rng.choice(["一个观音", "一个貔貅", "一个十字架", "一个小金牌"]), "with a pendant", True, "engrave"))
        t["marks"].append(M("扣子%s" % rng.choice(["有点松", "是弹簧扣"]), "clasp loose", True))
    elif kind == "ring":
        b = rng.choice(["ctf", None])
        col = rng.choice(["gold", "silver"])
        t = base("jewelry", ["戒指", "婚戒", "结婚戒指"], ["wedding ring", "ring"], col, b)
        eng = rng.choice(["L&M 2019", "J+R 2016", "Forever A.", "OK 12.05.18", "平安"])
        t["marks"].append(M("内圈刻着%s" % eng, "engraved '%s' inside" % eng, True, "engrave"))
        t["marks"].append(M("%s号" % rng.randint(14, 22), "size %d" % rng.randint(14, 22), False))
    elif kind == "jade":
        t = base("jewelry", ["玉镯", "手镯", "翡翠手镯"], ["jade bangle"], "green", None)
        t["marks"].append(M("有一道%s的裂纹" % rng.choice(["很细", "发白"]), "", True, "engrave"))
        t["marks"].append(M("圈口%d" % rng.choice([54, 56, 58]), "", False))
    else:
        t = base("jewelry", ["银手链", "手链", "手镯"], ["silver bracelet"], "silver", rng.choice(["lfx", None]))
        t["marks"].append(M("刻了名字缩写%s" % letters(rng, 3), "", True, "engrave"))
    t["twin"] = "engrave"
    return t


def g_other(rng, p):
    kind = rng.choice(["helmet", "helmet", "thermos", "glasses", "rosary", "vest"] if not p["foreign"] else ["rosary", "thermos", "glasses"])
    if kind == "helmet":
        col = rng.choice(["yellow", "white", "red", "blue", "orange"])
        t = base("other", ["安全帽", "头盔", "工地帽"], ["hard hat"], col, None, zones=["gate", "wh", "berth", "dorm"])
        t["marks"].append(M("帽子后面写着%s" % rng.choice([p["name"], "%s %s" % (W.COMPANY_SHORT.get(p.get("company"), "港区"), p["name"])]),
                            "", True, "name"))
        t["marks"].append(M("贴着反光条", "", True))
    elif kind == "thermos":
        b = rng.choice(["thermos", "fuguang", None])
        col = rng.choice(["black", "silver", "blue", "green"])
        t = base("other", ["保温杯", "水杯", "茶杯"], ["thermos flask", "thermos"], col, b)
        t["marks"].append(M("杯身%s" % rng.choice(["掉漆了", "有个凹坑", "贴着名字贴"]), "dented", True, "name"))
        t["marks"].append(M("里面泡着%s" % rng.choice(["枸杞", "浓茶", "咖啡"]), "tea inside", True))
    elif kind == "glasses":
        col = rng.choice(["black", "brown", "gold"])
        t = base("other", ["眼镜", "近视眼镜", "老花镜"], ["glasses", "spectacles"], col, None)
        t["marks"].append(M("装在%s眼镜盒里" % rng.choice(["蓝色", "灰色", "黑色硬壳"]), "in a hard case", True, "name"))
        t["marks"].append(M("度数大概%d度" % rng.choice([300, 450, 600]), "", False))
    elif kind == "rosary":
        col = rng.choice(["brown", "blue", "white"])
        t = base("other", ["念珠", "玫瑰念珠", "十字架手串"], ["rosary"], col, None, zones=["sea", "berth", "ferry", "market"])
        t["marks"].append(M("木头珠子带一个小十字架", "wooden beads with a small cross", True, "name"))
        t["marks"].append(M("是我妈妈给的", "gift from my mother", False))
    else:
        col = rng.choice(["yellow", "orange"])
        t = base("other", ["反光背心", "反光马甲", "工作马甲"], ["hi-vis vest"], col, None, zones=["gate", "wh", "berth"])
        t["marks"].append(M("背后印着%s" % W.COMPANY_SHORT[p["company"]] if not p["foreign"] else "背后印着港区", "", True, "name"))
        t["marks"].append(M("口袋里有%s" % rng.choice(["打火机和一包烟", "一副手套", "几张过磅单"]), "", True))
    t["twin"] = "name"
    return t


GEN = {"id_doc": g_id_doc, "phone": g_phone, "wallet": g_wallet, "keys": g_keys, "electronics": g_electronics,
       "bag": g_bag, "ebike": g_ebike, "bicycle": g_bicycle, "cash": g_cash, "jewelry": g_jewelry, "other": g_other}


def make_object(rng, cat, person):
    t = GEN[cat](rng, person)
    t["owner"] = person
    return t


# ---- variants of a truth for the hard negatives -------------------------
def near_twin(rng, truth):
    """copy of the object, differing in one stated detail (truth['twin'])"""
    t = copy.deepcopy(truth)
    what = twin_detail(truth)
    t["twin_of"] = what
    if t["serial"]:
        # a different object never shares the number, even when the number is not the stated difference
        oldv = t["serial"]["v"]
        twin_serial(rng, t)
        for m in t["marks"]:
            if oldv in m["zh"]:
                m["zh"] = m["zh"].replace(oldv, t["serial"]["v"])
                m["en"] = m["en"].replace(oldv, t["serial"]["v"])
                if what == "serial":
                    m["vis"] = True
    if what == "color":
        t["color"] = rng.choice([c for c in sorted(COLORS) if c != t["color"]])
        return t
    if what == "serial":
        t["serial"]["vis"] = True
        return t
    for m in t["marks"]:
        if m["kind"] == what:
            m["vis"] = True
            if what == "name":
                other = W.cn_name(rng)
                own = t["owner"]
                olds = [own["name"]]
                if own["foreign"]:
                    olds = [own["name"].upper(), "%s %s" % (own["last"].upper(), own["first"].upper())]
                    fp = W.foreign_person(rng)
                    other = "%s %s" % (fp["last"].upper(), fp["first"].upper())
                hit = [o for o in olds if o in m["zh"]]
                if hit:
                    m["zh"] = m["zh"].replace(hit[0], other)
                elif own["name"][0] + "师傅" in m["zh"]:
                    m["zh"] = m["zh"].replace(own["name"][0] + "师傅", other[0] + "师傅")
                else:
                    m["zh"] = rng.choice(["写着%s" % other, "上面有名字%s" % other])
                m["en"] = ""
                m["vis"] = True
            elif what == "wallpaper":
                wp = rng.choice([w for w in WALLPAPERS if w[0] not in m["zh"]])
                m["zh"], m["en"], m["vis"] = "锁屏是%s" % wp[0], "lock screen is %s" % wp[1], True
            elif what == "case":
                if t["cat"] == "phone":
                    m["zh"] = rng.choice(["套着透明硅胶壳", "没有壳", "套着粉色卡通壳", "套着皮质翻盖套"])
                elif "表带" in m["zh"]:
                    m["zh"] = "表带是原装黑色的，很新"
                elif "耳罩" in m["zh"]:
                    m["zh"] = "耳罩完好，头梁贴着白胶布"
                else:
                    m["zh"] = rng.choice(["充电仓是裸的没有套", "充电仓套着透明壳", "充电仓上刻了字母"])
                m["en"] = ""
            elif what == "amount":
                amt = t["amount"] + rng.choice([-600, -300, 400, 1000, 1500])
                amt = max(amt, 200)
                t["amount"] = amt
                m["zh"] = "人民币%d元" % amt if "人民币" in m["zh"] else "美元约%d" % amt
                m["vis"] = True
            elif what == "engrave":
                if "吊坠" in m["zh"]:
                    m["zh"] = "吊坠是%s" % rng.choice([x for x in ["一个葫芦", "一个生肖牌", "一个观音", "一个貔貅"] if x not in m["zh"]])
                elif "内圈" in m["zh"]:
                    m["zh"] = "内圈刻着%s" % rng.choice(["H&Y 2021", "W.Z. 2015", "永结同心", "R+A 2020"])
                elif "裂纹" in m["zh"]:
                    m["zh"] = "没有裂纹，很完整"
                else:
                    m["zh"] = "刻了名字缩写%s" % letters(rng, 3)
                m["en"] = ""
            elif what == "sticker":
                m["zh"] = "贴着%s" % rng.choice([x[0] for x in STICKERS if x[0] not in m["zh"]])
                m["en"] = ""
            elif what == "charm":
                m["zh"] = "挂着%s" % rng.choice([c[0] for c in CHARMS if c[0] not in m["zh"]])
            elif what == "lock":
                m["zh"] = "没有锁" if rng.random() < 0.5 else "锁着一把%s" % rng.choice(["蓝色密码锁", "红色钢缆锁"])
            return t
    # nothing to change: change the colour instead (stated difference)
    t["color"] = rng.choice([c for c in sorted(COLORS) if c != t["color"]])
    t["twin_of"] = "color"
    return t


TWIN_KINDS = ["name", "wallpaper", "case", "sticker", "engrave", "charm", "lock", "amount"]


def twin_detail(truth):
    """which single detail a near-twin of this object differs in, and so what its owner must state"""
    s = truth["serial"]
    want = truth["twin"]
    kinds = [m["kind"] for m in truth["marks"]]
    if want == "serial" and s and s["own"]:
        return "serial"
    if want in kinds and want in TWIN_KINDS:
        return want
    for k in TWIN_KINDS:
        if k in kinds:
            return k
    if s and s["own"]:
        return "serial"
    return "color"
