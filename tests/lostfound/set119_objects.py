"""set119 objects: hidden truth records of invented objects and the facts each side can know.

A truth is a dict of params drawn by a kind's draw(); facts(params) returns a list of facts:
    {"k": key, "o": owner words (zh) or None, "f": finder words (zh) or None,
     "e": owner words (en) or None, "fe": finder words (en) or None}
An owner knows every fact with "o"; a finder only those with "f" (what is visible or printed).
"""
from set119_world import (PROVINCES, PROVINCE_IDS, HOME_TEMPLES, UNIVERSITIES, BANKS, COUNTRIES,
                          make_id, make_imei, name_zh, name_en)

COLORS = {
    "black": (["黑色", "黑", "深色", "哑光黑", "纯黑"], ["black", "dark"]),
    "white": (["白色", "白", "乳白色", "米白"], ["white", "off-white"]),
    "red": (["红色", "红", "枣红", "酒红色"], ["red", "dark red"]),
    "gold": (["金色", "香槟金", "土豪金"], ["gold", "champagne gold"]),
    "silver": (["银色", "银白色", "亮银"], ["silver"]),
    "blue": (["蓝色", "深蓝", "藏青色", "宝蓝"], ["blue", "navy"]),
    "green": (["绿色", "墨绿", "军绿色", "翠绿"], ["green", "dark green"]),
    "brown": (["棕色", "咖啡色", "褐色", "深棕"], ["brown", "tan"]),
    "grey": (["灰色", "深灰", "铁灰", "浅灰"], ["grey", "gray"]),
    "purple": (["紫色", "紫红色", "深紫"], ["purple", "maroon"]),
    "yellow": (["黄色", "明黄", "杏黄色", "土黄"], ["yellow", "saffron"]),
    "pink": (["粉色", "粉红", "浅粉"], ["pink"]),
}

# key: zh, en, pinyin, typos
BRANDS = {
    "xinglan": ("星澜", "XINGLAN", "Xing Lan", ["星兰", "星岚", "XINGLAM"]),
    "yaoshi": ("曜石", "OBSIDIO", "Yaoshi", ["耀石", "曜识", "Obsidia"]),
    "qinghe": ("青禾", "QINGHE", "qinghe", ["清禾", "青和"]),
    "nuvia": ("纽维亚", "Nuvia", "Niuweiya", ["纽维雅", "Nuvai"]),
    "guangyu": ("光屿", "LUMISLE", "Guangyu", ["光宇", "光雨"]),
    "kameo": ("卡美欧", "KAMEO", "Kameiou", ["卡美鸥", "Kamoe"]),
    "nuanlan": ("暖岚", "NUANLAN", "nuan lan", ["暖兰", "暖蓝"]),
    "thermolo": ("特美乐", "Thermolo", "Temeile", ["特美勒", "Thermalo"]),
    "pantu": ("攀途", "PANTU", "Pantu", ["盘途", "攀图"]),
    "alpfeld": ("阿尔菲德", "Alpfeld", "Aerfeide", ["阿尔飞德", "Alpfield"]),
    "jinhu": ("金狐", "GOLDFOX", "Jinhu", ["金虎", "金湖"]),
    "luchi": ("路驰", "LUCHI", "luchi", ["路弛", "陆驰"]),
    "ardeno": ("雅德诺", "Ardeno", "Yadenuo", ["亚德诺", "Ardeo"]),
    "yachi": ("雅驰", "YACHI", "Yachi", ["亚驰", "雅弛"]),
    "lvqi": ("绿骑", "GREENRIDE", "Lvqi", ["绿其", "率骑"]),
    "jieye": ("捷野", "JIEYE", "jie ye", ["杰野", "捷叶"]),
    "chiyuan": ("驰远", "CHIYUAN", "Chiyuan", ["弛远", "驰源"]),
    "jindingfu": ("金鼎福", "JDF", "Jindingfu", ["金顶福", "金定福"]),
    "nengdao": ("能量岛", "POWERISLE", "Nengliangdao", ["能量道", "能亮岛"]),
}


def brand_spelling(rng, key, en_voice=False):
    zh, en, py, typos = BRANDS[key]
    r = rng.random()
    if en_voice:
        return en if r < 0.75 else py
    if r < 0.5:
        return zh
    if r < 0.72:
        return en
    if r < 0.85:
        return py
    if r < 0.93:
        return en.lower() if en.upper() == en else en.upper()
    return rng.choice(typos)


def color_word(rng, key, en=False):
    zh, e = COLORS[key]
    return rng.choice(e if en else zh)


def model_spelling(rng, tokens):
    r = rng.random()
    if r < 0.45:
        return " ".join(tokens)
    if r < 0.65:
        return "".join(tokens)
    if r < 0.8:
        return "".join(tokens).lower()
    if r < 0.9 and len(tokens) > 1:
        return " ".join(tokens[1:])
    return "-".join(tokens)


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def alnum(rng, n):
    a = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return "".join(rng.choice(a) for _ in range(n))


def F(k, o=None, f=None, e=None, fe=None):
    return {"k": k, "o": o, "f": f, "e": e, "fe": fe}


def pick(rng, seq, fixed, key):
    if key in fixed:
        return fixed[key]
    return rng.choice(seq)


# =============================================================== kinds
KINDS = {}


def kind(name, cat, o_nouns, f_nouns, en, twin, brands=None, cross=None):
    def deco(fn):
        KINDS[name] = {"name": name, "cat": cat, "o_nouns": o_nouns, "f_nouns": f_nouns, "en": en,
                       "twin": twin, "brands": brands or [], "cross": cross, "draw": fn}
        return fn
    return deco


# ---------- phone
PHONE_MODELS = {"xinglan": [["XL", "12", "Pro"], ["XL", "11"], ["XL", "12", "青春版"]],
                "yaoshi": [["Y7"], ["Y9", "Max"], ["Y7", "Plus"]],
                "qinghe": [["QH", "Note", "9"], ["QH", "30"]],
                "nuvia": [["Nuvia", "S3"], ["Nuvia", "S5", "mini"]]}
CASES = [("透明软壳", "clear soft case"), ("黑色皮套", "black leather flip case"), ("粉色硅胶壳", "pink silicone case"),
         ("带指环支架的壳", "case with a ring holder"), ("印着莲花图案的壳", "case with a lotus print"),
         ("蓝色磨砂壳", "blue frosted case"), ("印着卡通猫的壳", "case with a cartoon cat")]
WALLPAPERS = [("孙子的照片", "my grandson's photo"), ("一朵荷花", "a lotus flower"), ("全家福", "a family photo"),
              ("一尊观音像", "a Guanyin statue"), ("一只橘猫", "an orange cat"), ("雪山风景", "snowy mountains"),
              ("金顶日出", "sunrise at the summit")]


@kind("phone", "phone", ["手机", "手机", "智能手机", "电话"], ["手机", "手机一部", "智能手机"], "phone", ["case", "wallpaper"],
      brands=sorted(PHONE_MODELS))
def draw_phone(rng, fx, prof):
    p = {}
    p["brand"] = pick(rng, sorted(PHONE_MODELS), fx, "brand")
    p["model"] = fx.get("model") if fx.get("brand") == p["brand"] and "model" in fx else rng.choice(PHONE_MODELS[p["brand"]])
    p["color"] = pick(rng, ["black", "white", "blue", "gold", "silver", "green", "purple"], fx, "color")
    p["case"] = pick(rng, CASES, fx, "case")
    p["wallpaper"] = pick(rng, WALLPAPERS, fx, "wallpaper")
    p["crack"] = pick(rng, [None, None, ("屏幕右上角有裂纹", "crack in the top right corner"), ("后盖摔了一道印", "scratch on the back")], fx, "crack")
    p["imei"] = make_imei(rng)
    p["lock"] = rng.choice(["指纹解锁", "密码是孙子生日", "六位数字密码", "人脸解锁"])
    return p


def facts_phone(p):
    c, w = p["case"], p["wallpaper"]
    out = [F("case", "套着" + c[0], "带" + c[0], "in a " + c[1], "with a " + c[1]),
           F("wallpaper", "锁屏是" + w[0], "按亮屏幕锁屏壁纸为" + w[0], "the lock screen is " + w[1], "lock screen shows " + w[1]),
           F("lock", p["lock"], None, None)]
    if p["crack"]:
        out.append(F("crack", p["crack"][0], p["crack"][0], p["crack"][1], p["crack"][1]))
    return out


# ---------- ID card and other documents
@kind("idcard", "id_doc", ["身份证", "身份证", "居民身份证", "二代身份证"], ["居民身份证一张", "身份证", "身份证一张"], "ID card", ["idno"])
def draw_idcard(rng, fx, prof):
    p = {"prov": fx.get("prov", prof["prov"]), "age": fx.get("age", prof["age"])}
    p["name"] = fx.get("name") or name_zh(rng, p["age"])
    p["idno"], p["year"], p["sex"] = make_id(rng, p["prov"], p["age"])
    p["sleeve"] = pick(rng, [None, None, ("装在红色卡套里", "red"), ("套着透明卡套", None), ("卡套上印着“平安”", "yellow")], fx, "sleeve")
    p["color"] = p["sleeve"][1] if p["sleeve"] else None
    return p


def facts_idcard(p):
    out = [F("name", "持证人%s" % p["name"], "姓名%s" % p["name"]),
           F("born", "%d年出生" % p["year"], "出生%d年" % p["year"])]
    if p["sleeve"]:
        out.append(F("sleeve", p["sleeve"][0], p["sleeve"][0]))
    return out


@kind("elder", "id_doc", ["老年证", "老年优待证", "老人证"], ["老年优待证一本", "老年证"], "senior card", ["number"])
def draw_elder(rng, fx, prof):
    p = {"prov": prof["prov"], "age": "old"}
    p["name"] = fx.get("name") or name_zh(rng, "old")
    p["number"] = PROVINCES[p["prov"]]["code"] + digits(rng, 8)
    p["color"] = pick(rng, ["red", "green", "blue"], fx, "color")
    return p


def facts_elder(p):
    return [F("name", "是%s的" % p["name"], "持证人%s" % p["name"]),
            F("prov", "%s发的" % PROVINCES[p["prov"]]["name"], "%s老龄办发" % PROVINCES[p["prov"]]["name"])]


@kind("guishi", "id_doc", ["皈依证", "皈依证书", "居士证"], ["皈依证一本", "皈依证"], "refuge certificate", ["number"])
def draw_guishi(rng, fx, prof):
    p = {"age": "old", "prov": prof["prov"]}
    p["name"] = fx.get("name") or name_zh(rng, "old")
    p["fahao"] = fx.get("fahao") or "慧" + rng.choice(["明", "净", "心", "莲", "觉", "真", "善", "缘"])
    p["temple"] = pick(rng, HOME_TEMPLES, fx, "temple")
    p["number"] = "%04d" % rng.randint(12, 3999)
    p["color"] = "red"
    return p


def facts_guishi(p):
    return [F("fahao", "法名%s" % p["fahao"], "法名%s" % p["fahao"]),
            F("temple", "%s发的" % p["temple"], "%s颁发" % p["temple"]),
            F("name", "俗名%s" % p["name"], "俗名%s" % p["name"])]


@kind("student", "id_doc", ["学生证", "学生卡", "校园卡"], ["学生证一本", "学生证"], "student card", ["number"])
def draw_student(rng, fx, prof):
    p = {"age": "young"}
    p["name"] = fx.get("name") or name_zh(rng, "young")
    p["uni"] = pick(rng, UNIVERSITIES, fx, "uni")
    p["number"] = "20%02d%02d%04d" % (rng.randint(20, 24), rng.randint(1, 12), rng.randint(1, 9999))
    p["color"] = pick(rng, ["blue", "red", "green"], fx, "color")
    return p


def facts_student(p):
    return [F("name", "名字%s" % p["name"], "姓名%s" % p["name"]),
            F("uni", p["uni"] + "的", p["uni"])]


@kind("passport", "id_doc", ["护照"], ["外国护照一本", "护照一本"], "passport", ["number"])
def draw_passport(rng, fx, prof):
    p = {"name": fx.get("name") or name_en(rng), "country": pick(rng, COUNTRIES, fx, "country")}
    p["number"] = rng.choice("CEGKLNPRTX") + alnum(rng, 1) + digits(rng, 7)
    p["color"] = pick(rng, ["red", "blue", "green"], fx, "color")
    return p


def facts_passport(p):
    return [F("name", "持照人%s" % p["name"], "持照人%s" % p["name"].upper(), "name %s" % p["name"], "holder %s" % p["name"].upper()),
            F("country", "%s护照" % p["country"], "%s护照" % p["country"], "%s passport" % p["country"], "%s passport" % p["country"])]


@kind("bankcard", "id_doc", ["银行卡", "银行卡", "储蓄卡"], ["银行卡一张", "银行卡"], "bank card", ["tail"])
def draw_bankcard(rng, fx, prof):
    p = {"bank": pick(rng, BANKS, fx, "bank"), "name": fx.get("name") or name_zh(rng, prof["age"])}
    p["bin"] = fx.get("bin") or "62" + digits(rng, 2)
    p["tail"] = digits(rng, 4)
    p["color"] = pick(rng, ["gold", "blue", "red", "silver"], fx, "color")
    return p


def facts_bankcard(p):
    return [F("bank", p["bank"] + "的卡", p["bank"]),
            F("name", "户名%s" % p["name"], None)]


# ---------- wallet
@kind("wallet", "wallet", ["钱包", "钱包", "皮夹", "小钱包"], ["钱包", "钱包一个", "皮夹一个"], "wallet", ["tail", "cash", "style"],
      brands=["jinhu", "luchi", "ardeno"])
def draw_wallet(rng, fx, prof):
    p = {}
    p["brand"] = pick(rng, [None, "jinhu", "luchi", "ardeno", None], fx, "brand")
    p["color"] = pick(rng, ["black", "brown", "red", "purple", "blue"], fx, "color")
    p["style"] = pick(rng, [("长款", "long"), ("对折短款", "bifold"), ("拉链", "zip-around"), ("零钱包式", "coin purse style")], fx, "style")
    p["material"] = pick(rng, ["真皮", "皮的", "布的", "帆布"], fx, "material")
    p["cash"] = rng.choice([230, 380, 460, 520, 650, 800, 1200, 1350, 90, 150, 2100])
    p["bank"] = rng.choice(BANKS)
    p["tail"] = digits(rng, 4)
    p["bin"] = "62" + digits(rng, 2)
    p["name"] = name_zh(rng, prof["age"])
    p["extra"] = pick(rng, [("一张平安符", "a paper amulet"), ("孙女的照片", "a photo of my granddaughter"), ("一张小佛像卡片", "a small Buddha card"),
                            ("几张香火票", "some incense tickets"), ("医保卡", "a health insurance card")], fx, "extra")
    return p


def facts_wallet(p):
    return [F("style", p["style"][0] + "的", p["style"][0], "%s" % p["style"][1], p["style"][1]),
            F("material", p["material"], p["material"]),
            F("cash", "里面大概有%d多块钱" % (p["cash"] // 100 * 100 if p["cash"] >= 100 else p["cash"]), "内有现金%d元" % p["cash"],
              "about %d yuan cash inside" % (p["cash"] // 100 * 100 or p["cash"]), "%d yuan cash inside" % p["cash"]),
            F("card", "有一张%s的卡" % p["bank"], "%s银行卡一张" % p["bank"], "a %s bank card" % p["bank"], "a bank card"),
            F("extra", "还有" + p["extra"][0], "另有" + p["extra"][0], "and " + p["extra"][1], None),
            F("name", "卡上是%s的名字" % p["name"], "卡面姓名%s" % p["name"])]


# ---------- keys
@kind("keys", "keys", ["钥匙", "一串钥匙", "钥匙串", "车钥匙和家门钥匙"], ["钥匙一串", "钥匙", "钥匙串一个"], "keys", ["count", "room"],
      brands=["chiyuan"])
def draw_keys(rng, fx, prof):
    p = {}
    p["count"] = pick(rng, [2, 3, 4, 5], fx, "count")
    p["brand"] = pick(rng, [None, "chiyuan", None], fx, "brand")
    p["room"] = pick(rng, [None, ("朝山香客客栈", 203), ("云水禅舍", 108), ("朝山香客客栈", 312), ("云水禅舍", 215)], fx, "room")
    p["pendant"] = pick(rng, [("小葫芦挂件", "a small gourd charm", "yellow"), ("铜钱挂件", "a copper coin charm", "gold"),
                              ("属龙的生肖挂件", "a dragon zodiac charm", "red"), ("小佛牌", "a small Buddha amulet", "gold"),
                              ("毛绒小熊", "a fluffy bear", "brown"), ("红色中国结", "a red Chinese knot", "red")], fx, "pendant")
    p["color"] = p["pendant"][2]
    return p


def facts_keys(p):
    out = [F("count", "%d把钥匙" % p["count"], "共%d把钥匙" % p["count"], "%d keys" % p["count"], "%d keys" % p["count"]),
           F("pendant", "挂着一个" + p["pendant"][0], "挂" + p["pendant"][0], "with " + p["pendant"][1], "with " + p["pendant"][1])]
    if p["brand"]:
        out.append(F("fob", "有一把汽车遥控钥匙", "含汽车遥控钥匙一把", "a car remote key", "car remote key"))
    if p["room"]:
        out.append(F("room", "有%s的房卡钥匙%d房" % p["room"], "挂%s%d号房门牌" % p["room"], "hostel room key %d" % p["room"][1], "room tag %d" % p["room"][1]))
    return out


# ---------- ebike / bicycle
@kind("ebike", "ebike", ["电动车", "电瓶车", "电驴"], ["电动自行车一辆", "电动车"], "e-bike", ["plate"], brands=["yachi", "lvqi"])
def draw_ebike(rng, fx, prof):
    p = {"brand": pick(rng, ["yachi", "lvqi"], fx, "brand"), "color": pick(rng, ["white", "black", "blue", "red", "grey"], fx, "color")}
    p["plate"] = "LK%04d" % rng.randint(1, 9999)
    p["frame"] = "LQ" + digits(rng, 4) + alnum(rng, 1) + digits(rng, 4)
    p["basket"] = pick(rng, [("前面有个菜篮子", "车头带车篮"), ("后座绑了个纸箱", "后座绑纸箱"), ("挡风被是迷彩的", "装迷彩挡风被")], fx, "basket")
    return p


def facts_ebike(p):
    return [F("plate", "车牌LK%s" % p["plate"][2:], "车牌号%s" % p["plate"]),
            F("basket", p["basket"][0], p["basket"][1])]


@kind("bicycle", "bicycle", ["自行车", "山地车", "单车"], ["自行车一辆", "山地自行车"], "bicycle", ["bell"], brands=["jieye"])
def draw_bicycle(rng, fx, prof):
    p = {"brand": pick(rng, ["jieye", None], fx, "brand"), "color": pick(rng, ["black", "white", "red", "green", "blue"], fx, "color")}
    p["frame"] = "JY" + digits(rng, 8)
    p["bell"] = pick(rng, [("车把上挂了个铃铛", "车把有铃铛"), ("后座有个货架", "带后货架"), ("车座套是豹纹的", "豹纹座套")], fx, "bell")
    return p


def facts_bicycle(p):
    return [F("bell", p["bell"][0], p["bell"][1])]


# ---------- bags
@kind("backpack", "bag", ["双肩包", "背包", "登山包", "书包"], ["双肩背包一个", "背包", "双肩包"], "backpack", ["content"],
      brands=["luchi", "ardeno", "alpfeld"])
def draw_backpack(rng, fx, prof):
    p = {"brand": pick(rng, [None, "luchi", "ardeno", "alpfeld"], fx, "brand"),
         "color": pick(rng, ["black", "blue", "grey", "green", "red"], fx, "color")}
    p["content"] = pick(rng, [("一件冲锋衣和两瓶水", "a rain jacket and two bottles of water"), ("一本《心经》和一包香", "a Heart Sutra booklet and incense"),
                              ("充电线和一包纸巾", "a charging cable and tissues"), ("一个保温饭盒", "a lunch box"), ("雨衣和橘子", "a raincoat and oranges")], fx, "content")
    p["tag"] = pick(rng, [None, ("拉链上挂着一只小老虎", "a little tiger on the zip"), ("侧袋破了个洞", "a hole in the side pocket")], fx, "tag")
    return p


def facts_backpack(p):
    out = [F("content", "里面有" + p["content"][0], "内有" + p["content"][0], "inside: " + p["content"][1], "contains " + p["content"][1])]
    if p["tag"]:
        out.append(F("tag", p["tag"][0], p["tag"][0], p["tag"][1], p["tag"][1]))
    return out


@kind("waistbag", "bag", ["腰包", "斜挎包", "挎包", "小包"], ["腰包一个", "斜挎包一个", "小挎包"], "waist bag", ["content"],
      brands=["luchi", "jinhu"])
def draw_waistbag(rng, fx, prof):
    p = {"brand": pick(rng, [None, "luchi", "jinhu"], fx, "brand"), "color": pick(rng, ["black", "brown", "grey", "purple"], fx, "color")}
    p["content"] = pick(rng, [("老花镜和降压药", "reading glasses and medicine"), ("一把零钱和门票", "change and tickets"),
                              ("充电宝和纸巾", "a power bank and tissues"), ("一串钥匙和润喉糖", "keys and throat sweets")], fx, "content")
    p["tag"] = None
    return p


facts_waistbag = facts_backpack


@kind("incensebag", "bag", ["香袋", "朝山袋", "黄布袋", "进香袋子"], ["黄色香袋一个", "朝山香袋", "布袋一个"], "pilgrim bag", ["print"],
      cross="other")
def draw_incensebag(rng, fx, prof):
    p = {"brand": None, "color": pick(rng, ["yellow", "red", "yellow"], fx, "color")}
    p["print"] = pick(rng, ["朝山进香", "南无阿弥陀佛", "朝拜岚觉", "有求必应"], fx, "print")
    p["content"] = pick(rng, [("三把香和一对蜡烛", "incense and candles"), ("一叠黄表纸和香", "joss paper and incense"),
                              ("香和一本经书", "incense and a sutra book")], fx, "content")
    p["tag"] = None
    return p


def facts_incensebag(p):
    return [F("print", "袋子上印着“%s”" % p["print"], "印有“%s”字样" % p["print"], "printed with Chinese characters", None),
            F("content", "里面有" + p["content"][0], "内有" + p["content"][0], "inside: " + p["content"][1], "contains " + p["content"][1])]


# ---------- cash
@kind("cash", "cash", ["现金", "一个红包", "钱", "一沓钱"], ["现金", "红包一个", "信封装现金"], "cash", ["amount"])
def draw_cash(rng, fx, prof):
    p = {"container": pick(rng, [("红包", "red"), ("牛皮纸信封", "brown"), ("白信封", "white"), ("手帕包着", "blue")], fx, "container")}
    p["color"] = p["container"][1]
    p["amount"] = rng.choice([200, 300, 500, 600, 800, 1000, 1200, 1600, 2000])
    p["writing"] = pick(rng, [None, "随喜功德", "香火钱", "平安"], fx, "writing")
    p["brand"] = None
    return p


def facts_cash(p):
    amt = p["amount"]
    out = [F("container", "用%s装着" % p["container"][0], "以%s装" % p["container"][0]),
           F("amount", "大概%d块" % amt if amt % 500 else "%d块整" % amt, "经清点共%d元" % amt, "about %d yuan" % amt, "%d yuan" % amt)]
    if p["writing"]:
        out.append(F("writing", "上面写着“%s”" % p["writing"], "封面写“%s”" % p["writing"]))
    return out


# ---------- jewelry
BEAD_MAT = [("小叶紫檀", "purple", "red sandalwood"), ("星月菩提", "white", "star-moon bodhi seed"), ("金刚菩提", "brown", "rudraksha"),
            ("沉香", "brown", "agarwood"), ("黄花梨", "yellow", "huanghuali wood"), ("凤眼菩提", "white", "phoenix-eye bodhi"), ("黑檀", "black", "ebony")]


@kind("beads", "jewelry", ["佛珠", "念珠", "手串", "一串佛珠", "珠子"], ["佛珠一串", "手串一条", "念珠"], "prayer beads", ["count", "head"],
      cross="other")
def draw_beads(rng, fx, prof):
    p = {"mat": pick(rng, BEAD_MAT, fx, "mat"), "brand": None}
    p["color"] = p["mat"][1]
    p["count"] = pick(rng, [108, 108, 54, 27, 18, 21], fx, "count")
    p["head"] = pick(rng, [("蜜蜡佛头", "amber guru bead"), ("绿松石隔珠", "turquoise spacers"), ("红玛瑙隔珠", "red agate spacers"), ("黄色流苏", "a yellow tassel")], fx, "head")
    p["years"] = rng.choice([3, 5, 8, 10, 15, 20])
    return p


def facts_beads(p):
    return [F("material", p["mat"][0] + "的", p["mat"][0] + "材质", p["mat"][2], p["mat"][2]),
            F("count", "%d颗" % p["count"], "共%d颗" % p["count"], "%d beads" % p["count"], "%d beads" % p["count"]),
            F("head", "带" + p["head"][0], "有" + p["head"][0], "with " + p["head"][1], "with " + p["head"][1]),
            F("years", "戴了%d年了，开过光的" % p["years"], None, "blessed, I have worn them for %d years" % p["years"])]


@kind("jade", "jewelry", ["玉坠", "玉佩", "玉吊坠", "玉挂件"], ["玉石吊坠一个", "玉坠", "玉佩一枚"], "jade pendant", ["figure"],
      cross="other")
def draw_jade(rng, fx, prof):
    p = {"figure": pick(rng, [("观音", "Guanyin"), ("弥勒佛", "laughing Buddha"), ("平安扣", "round safety disc"), ("貔貅", "pixiu"), ("葫芦", "gourd")], fx, "figure"),
         "jade": pick(rng, [("和田玉", "white"), ("翡翠", "green"), ("岫玉", "green"), ("碧玉", "green")], fx, "jade"),
         "rope": pick(rng, [("红绳", "red cord"), ("黑绳", "black cord"), ("金链子", "gold chain")], fx, "rope"), "brand": None}
    p["color"] = p["jade"][1]
    return p


def facts_jade(p):
    return [F("figure", "雕的是" + p["figure"][0], "雕刻" + p["figure"][0], "carved " + p["figure"][1], "carved " + p["figure"][1]),
            F("jade", p["jade"][0] + "的", p["jade"][0] + "质地（未鉴定）", "jade", None),
            F("rope", "穿着" + p["rope"][0], "系" + p["rope"][0], "on a " + p["rope"][1], "on a " + p["rope"][1])]


@kind("bracelet", "jewelry", ["金手镯", "金镯子", "手镯"], ["黄金色手镯一只", "手镯一只", "金色镯子"], "gold bangle", ["engrave"],
      brands=["jindingfu"])
def draw_bracelet(rng, fx, prof):
    p = {"brand": pick(rng, ["jindingfu", None], fx, "brand"), "color": "gold"}
    p["engrave"] = pick(rng, ["平安", "福", "长命百岁", "如意"], fx, "engrave")
    p["grams"] = rng.choice([18, 22, 25, 31, 36])
    p["shape"] = pick(rng, [("光面", "plain"), ("莲花纹", "lotus pattern"), ("竹节款", "bamboo pattern")], fx, "shape")
    return p


def facts_bracelet(p):
    return [F("engrave", "内侧刻着“%s”" % p["engrave"], "内侧刻“%s”字" % p["engrave"]),
            F("shape", p["shape"][0] + "的", p["shape"][0]),
            F("grams", "%d克左右" % p["grams"], None)]


# ---------- electronics
CAM_MODELS = {"guangyu": [["GX", "5"], ["GX", "7", "II"]], "kameo": [["K", "20"], ["K", "30", "Mark2"]]}


@kind("camera", "electronics", ["相机", "照相机", "单反", "微单相机"], ["数码相机一台", "相机", "照相机一台"], "camera", ["strap", "lens"],
      brands=sorted(CAM_MODELS))
def draw_camera(rng, fx, prof):
    p = {"brand": pick(rng, sorted(CAM_MODELS), fx, "brand")}
    p["model"] = fx.get("model") if fx.get("brand") == p["brand"] and "model" in fx else rng.choice(CAM_MODELS[p["brand"]])
    p["color"] = pick(rng, ["black", "silver", "white"], fx, "color")
    p["sn"] = alnum(rng, 2) + digits(rng, 6)
    p["strap"] = pick(rng, [("彩色编织背带", "rainbow woven strap"), ("原装黑色背带", "original black strap"), ("棕色皮背带", "brown leather strap")], fx, "strap")
    p["lens"] = pick(rng, [("18-55镜头", "18-55 kit lens"), ("35mm定焦头", "35mm prime"), ("长焦镜头", "telephoto zoom")], fx, "lens")
    p["photos"] = rng.choice([("里面有金顶日出的照片", "photos of the summit sunrise"), ("存储卡里有我们全家的照片", "family photos on the card")])
    return p


def facts_camera(p):
    return [F("strap", "挂" + p["strap"][0], "带" + p["strap"][0], "with a " + p["strap"][1], "with a " + p["strap"][1]),
            F("lens", "装的" + p["lens"][0], "装" + p["lens"][0], "%s on it" % p["lens"][1], p["lens"][1]),
            F("photos", p["photos"][0], None, p["photos"][1])]


@kind("earbuds", "electronics", ["蓝牙耳机", "无线耳机", "耳机"], ["蓝牙耳机一副", "无线耳机"], "earbuds", ["sticker"], brands=["xinglan", "qinghe", "nengdao"])
def draw_earbuds(rng, fx, prof):
    p = {"brand": pick(rng, ["xinglan", "qinghe", "nengdao"], fx, "brand"), "color": pick(rng, ["white", "black", "pink"], fx, "color")}
    p["model"] = fx.get("model") or rng.choice([["Buds", "2"], ["FreePods"], ["Air", "3"]])
    p["sticker"] = pick(rng, [("盒子上贴了皮卡丘贴纸", "a yellow cartoon sticker"), ("盒子有一道划痕", "a scratch on the case"),
                              ("套了个草莓硅胶套", "a strawberry silicone cover")], fx, "sticker")
    return p


def facts_earbuds(p):
    return [F("sticker", p["sticker"][0], p["sticker"][0], p["sticker"][1], p["sticker"][1])]


@kind("powerbank", "electronics", ["充电宝", "移动电源", "充电器"], ["充电宝一个", "移动电源"], "power bank", ["capacity"], brands=["nengdao", "xinglan"])
def draw_powerbank(rng, fx, prof):
    p = {"brand": pick(rng, ["nengdao", "xinglan"], fx, "brand"), "color": pick(rng, ["white", "black", "blue"], fx, "color")}
    p["capacity"] = pick(rng, [10000, 20000, 5000], fx, "capacity")
    p["cable"] = pick(rng, [("自带两根线", "two built-in cables"), ("插着一根白色数据线", "a white cable plugged in")], fx, "cable")
    return p


def facts_powerbank(p):
    return [F("capacity", "%d毫安的" % p["capacity"], "标注%dmAh" % p["capacity"], "%dmAh" % p["capacity"], "%dmAh" % p["capacity"]),
            F("cable", p["cable"][0], p["cable"][0], p["cable"][1], p["cable"][1])]


@kind("watch", "electronics", ["智能手表", "运动手环", "手表"], ["智能手表一块", "手表"], "smartwatch", ["strap"], brands=["xinglan", "qinghe"])
def draw_watch(rng, fx, prof):
    p = {"brand": pick(rng, ["xinglan", "qinghe"], fx, "brand"), "color": pick(rng, ["black", "silver", "pink"], fx, "color")}
    p["model"] = fx.get("model") or rng.choice([["Watch", "4"], ["Band", "8"], ["GT", "3"]])
    p["strap"] = pick(rng, [("橙色硅胶表带", "orange strap"), ("黑色表带", "black strap"), ("米白色表带", "cream strap")], fx, "strap")
    return p


def facts_watch(p):
    return [F("strap", p["strap"][0], p["strap"][0], p["strap"][1], p["strap"][1])]


# ---------- other
@kind("stick", "other", ["登山杖", "拐杖", "手杖", "拐棍"], ["登山杖一根", "拐杖一根", "手杖"], "walking stick", ["handle", "mark"],
      brands=["pantu", "alpfeld"])
def draw_stick(rng, fx, prof):
    p = {"brand": pick(rng, [None, "pantu", "alpfeld", None], fx, "brand")}
    p["material"] = pick(rng, [("铝合金伸缩", "black"), ("碳纤维", "black"), ("桃木", "brown"), ("竹子", "yellow"), ("铝合金伸缩", "silver"), ("铝合金伸缩", "blue")], fx, "material")
    p["color"] = p["material"][1]
    p["handle"] = pick(rng, [("T字把手", "T-shaped handle"), ("龙头把手", "dragon-head handle"), ("直把海绵套", "foam grip")], fx, "handle")
    p["mark"] = pick(rng, [("缠着红布条", "a red ribbon tied on it"), ("挂着个小铃铛", "a little bell on it"), ("刻着“步步高升”", "characters carved on it"),
                           ("贴着写了名字的胶布", "tape with a name on it")], fx, "mark")
    return p


def facts_stick(p):
    return [F("material", p["material"][0] + "的", p["material"][0], None, None),
            F("handle", p["handle"][0], p["handle"][0], p["handle"][1], p["handle"][1]),
            F("mark", p["mark"][0], p["mark"][0], p["mark"][1], p["mark"][1])]


@kind("thermos", "other", ["保温杯", "水杯", "杯子", "茶杯"], ["保温杯一个", "水杯", "不锈钢保温杯"], "thermos", ["sticker", "capacity"],
      brands=["nuanlan", "thermolo"])
def draw_thermos(rng, fx, prof):
    p = {"brand": pick(rng, [None, "nuanlan", "thermolo", "nuanlan"], fx, "brand"),
         "color": pick(rng, ["black", "silver", "red", "blue", "pink", "green"], fx, "color")}
    p["capacity"] = pick(rng, [350, 500, 750], fx, "capacity")
    p["sticker"] = pick(rng, [("杯身贴着名字贴", "a name sticker"), ("杯盖上有磕痕", "a dent on the lid"), ("套着个布杯套", "a cloth sleeve"),
                              ("印着“岚觉山”纪念字", "printed souvenir text")], fx, "sticker")
    p["tea"] = rng.choice([("里面泡着枸杞", "goji tea inside"), ("泡的菊花茶", "chrysanthemum tea"), ("装着热水", "hot water")])
    return p


def facts_thermos(p):
    return [F("capacity", "%d毫升的" % p["capacity"], "约%dml" % p["capacity"], "%dml" % p["capacity"], "%dml" % p["capacity"]),
            F("sticker", p["sticker"][0], p["sticker"][0], p["sticker"][1], p["sticker"][1]),
            F("tea", p["tea"][0], p["tea"][0].replace("里面", "杯内"), p["tea"][1], p["tea"][1])]


@kind("umbrella", "other", ["雨伞", "伞", "折叠伞"], ["雨伞一把", "伞"], "umbrella", ["pattern"])
def draw_umbrella(rng, fx, prof):
    p = {"brand": None, "color": pick(rng, ["black", "blue", "red", "green", "purple"], fx, "color")}
    p["pattern"] = pick(rng, [("纯色", "plain"), ("格子的", "checked"), ("有小碎花", "small flowers"), ("印着广告字", "an advert printed")], fx, "pattern")
    p["type"] = pick(rng, [("三折", "folding"), ("长柄", "long")], fx, "type")
    return p


def facts_umbrella(p):
    return [F("pattern", p["pattern"][0], p["pattern"][0], p["pattern"][1], p["pattern"][1]),
            F("type", p["type"][0] + "的", p["type"][0] + "伞", p["type"][1], p["type"][1])]


@kind("glasses", "other", ["老花镜", "眼镜", "老花眼镜"], ["眼镜一副", "老花镜一副"], "reading glasses", ["case"])
def draw_glasses(rng, fx, prof):
    p = {"brand": None, "color": pick(rng, ["brown", "black", "red", "gold"], fx, "color")}
    p["case"] = pick(rng, [("装在绿色眼镜盒里", None), ("没有盒子，挂着眼镜绳", None), ("眼镜盒上写着“亨得利”", None), ("放在布袋里", None)], fx, "case")
    p["deg"] = rng.choice([150, 200, 250, 300])
    return p


def facts_glasses(p):
    return [F("case", p["case"][0], p["case"][0]), F("deg", "%d度" % p["deg"], None)]


@kind("sutra", "other", ["经书", "经本", "佛经"], ["经书一本", "佛经一本"], "sutra book", ["title"])
def draw_sutra(rng, fx, prof):
    p = {"brand": None, "color": pick(rng, ["yellow", "red", "blue"], fx, "color")}
    p["title"] = pick(rng, ["《金刚经》", "《地藏经》", "《普门品》", "《药师经》"], fx, "title")
    p["name"] = name_zh(rng, "old")
    return p


def facts_sutra(p):
    return [F("title", "是" + p["title"], "书名" + p["title"]),
            F("name", "扉页写着%s的名字" % p["name"], "扉页写有“%s”" % p["name"])]


FACTS = {k: globals()["facts_" + k] for k in KINDS}


def serial_of(kind_name, p):
    """(type, value, owner_knows_prob, finder_sees_prob) or None."""
    if kind_name == "phone":
        return ("imei", p["imei"], 0.45, 0.25)
    if kind_name == "idcard":
        return ("idno", p["idno"], 0.7, 0.85)
    if kind_name in ("elder", "guishi", "student", "passport"):
        return (kind_name, p["number"], 0.5, 0.8)
    if kind_name == "bankcard":
        return ("card", (p["bin"], p["tail"]), 0.75, 0.9)
    if kind_name == "wallet":
        return ("card", (p["bin"], p["tail"]), 0.4, 0.6)
    if kind_name == "ebike":
        return ("frame", p["frame"], 0.45, 0.5)
    if kind_name == "bicycle":
        return ("frame", p["frame"], 0.35, 0.5)
    if kind_name == "camera":
        return ("sn", p["sn"], 0.3, 0.45)
    return None


def serial_text(rng, stype, val, side):
    """A written form of a serial, as people write it."""
    r = rng.random()
    if stype == "imei":
        if r < 0.35:
            return val
        if r < 0.55:
            return "%s %s %s %s" % (val[:2], val[2:8], val[8:14], val[14])
        if r < 0.7:
            return " ".join(val[i:i + 4] for i in range(0, 15, 4))
        if r < 0.8:
            return "IMEI:" + val
        if side == "o":
            return "尾号" + val[-6:]
        return "%s-%s-%s" % (val[:8], val[8:14], val[14])
    if stype == "idno":
        v = val
        if r < 0.3:
            return v
        if r < 0.5:
            return v[:4] + "*" * 10 + v[-4:]
        if r < 0.65:
            return v[:6] + "********" + v[-4:]
        if r < 0.75:
            return v.lower() if v.endswith("X") else v[:6] + " " + v[6:14] + " " + v[14:]
        if r < 0.88 and side == "o":
            return "尾号" + v[-4:]
        return v[:3] + "*" * 11 + v[-4:]
    if stype == "card":
        b, t = val
        if r < 0.3:
            return b + "****" + t
        if r < 0.55:
            return "尾号" + t
        if r < 0.7:
            return t
        if r < 0.85:
            return "**** **** **** " + t
        return "卡号后四位" + t
    if stype in ("sn", "frame"):
        if r < 0.4:
            return val
        if r < 0.55:
            return val.lower()
        if r < 0.7:
            return ("SN:" if stype == "sn" else "车架号") + val
        if r < 0.85:
            return val[:4] + " " + val[4:]
        return val[:2] + "-" + val[2:]
    if stype == "guishi":
        return rng.choice(["皈字第%s号" % val, val, "No.%s" % val, "第%s号" % val])
    if stype == "passport":
        return rng.choice([val, val.lower(), val[:2] + " " + val[2:], "No." + val])
    if stype == "student":
        return rng.choice([val, "学号" + val, val[:6] + "**" + val[-2:] if side == "f" else val])
    if stype == "elder":
        return rng.choice([val, "证号" + val, val[:4] + "****" + val[-4:]])
    return val
