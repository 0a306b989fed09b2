# -*- coding: utf-8 -*-
"""Hidden truth records for set114: one object each, with what its owner knows and what a
finder can see.  Imported by make_set114.py; every draw goes through the one Random passed in."""

from set114_world import (BRANDS, MODELS, COLORS, SURNAMES, GIVEN_M, GIVEN_F, FOREIGN_NAMES, WORKER_HOMES,
                          BOATS, ROOMS, SHORTS, id_check, luhn_digit)


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.used = set()

    def ch(self, seq):
        return self.r.choice(list(seq))

    def pr(self, p):
        return self.r.random() < p

    def digits(self, n):
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    def uniq(self, make):
        while True:
            v = make()
            if v not in self.used:
                self.used.add(v)
                return v

    # ------------------------------------------------------------ numbers
    def imei(self):
        return self.uniq(lambda: (lambda b: b + luhn_digit(b))("86" + self.digits(12)))

    def idno(self, region, age, male):
        def make():
            y = 2025 - age
            mo = self.r.randint(1, 12)
            d = self.r.randint(1, 28)
            seq = self.r.randrange(0, 100) * 10 + self.ch([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
            s17 = "%s%04d%02d%02d%03d" % (region, y, mo, d, seq)
            return s17 + id_check(s17)
        return self.uniq(make)

    def short_or(self, n):
        if self.pr(0.3):
            s = self.ch(SHORTS)
            if len(s) == n:
                return s
        return self.digits(n)

    def card_tail(self):
        return self.short_or(4)

    def frame(self, pre):
        return self.uniq(lambda: pre + self.digits(2) + self.ch("ABCDEFGHJK") + self.digits(6))

    def sn(self, pre):
        al = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
        return self.uniq(lambda: pre + "".join(self.ch(al) for _ in range(9)))

    def plate(self):
        return self.uniq(lambda: "澜港" + self.ch("ABCD") + self.short_or(4))

    # ------------------------------------------------------------ people
    def person(self, voice):
        male = self.pr(0.55)
        p = {"voice": voice, "male": male}
        if voice == "foreign":
            p["name"] = self.ch(FOREIGN_NAMES)
            p["age"] = self.r.randint(22, 50)
            return p
        p["name"] = self.ch(SURNAMES) + self.ch(GIVEN_M if male else GIVEN_F)
        if voice == "elderly":
            p["age"] = self.r.randint(66, 84)
        elif voice == "student":
            p["age"] = self.r.randint(15, 19)
        else:
            p["age"] = self.r.randint(19, 60)
        if voice == "worker":
            home = self.ch(WORKER_HOMES)
            p["home"] = home[0]
            p["region"] = home[1] + self.digits(3)
            p["self"] = home[2]
        elif voice == "tourist":
            p["region"] = self.ch(["350", "360", "430", "330", "440", "420", "310"]) + self.digits(3)
        else:
            p["region"] = "3505" + self.ch(["83", "84", "86"])
        return p

    def color(self, pool):
        return self.ch(pool)

    def model(self, brand, kind):
        ms = MODELS.get((brand, kind))
        return self.ch(ms) if ms else None


def cz(color):
    return COLORS[color][0][0] if color else ""


def ce(color):
    return COLORS[color][1] if color else ""


def obj(cat, kind, own_n, fnd_n, en_n, unit, **kw):
    t = {"cat": cat, "kind": kind, "own_n": own_n, "fnd_n": fnd_n, "en_n": en_n, "unit": unit,
         "color": None, "brand": None, "model": None, "serial": None, "stype": None,
         "plate": None, "vis": [], "hid": [], "fx": [], "num": None, "fser": 0.3}
    t.update(kw)
    return t


def pick_some(g, items, lo, hi):
    items = list(items)
    g.r.shuffle(items)
    return items[:g.r.randint(lo, min(hi, len(items)))]


# vis entries: (owner words, English or None, finder words)

def make_phone(g, person):
    brand = g.ch(["huawei", "huawei", "apple", "apple", "xiaomi", "redmi", "oppo", "vivo", "honor"])
    color = g.ch(["black", "black", "white", "blue", "green", "purple", "gold", "silver", "darkgray"])
    case_c = g.ch(["black", "pink", "blue", "navy", "green", "yellow", "orange", "white"])
    vis_pool = [
        ("套着%s的硅胶壳" % cz(case_c), "in a %s silicone case" % ce(case_c), "外套%s硅胶手机壳" % cz(case_c)),
        ("透明壳，壳里夹着一张公交卡", "clear case with a bus card in it", "透明手机壳，壳内夹公交卡一张"),
        ("装在%s防水手机袋里，有挂脖子的绳" % cz(case_c), "in a %s waterproof pouch on a neck strap" % ce(case_c),
         "装在%s防水袋内，带挂绳" % cz(case_c)),
        ("背后贴了一张妈祖平安符贴纸", "a Mazu sticker on the back", "背面有妈祖像贴纸"),
        ("屏幕右上角碎了", "the screen is cracked at the top right", "屏幕右上角有裂纹"),
        ("后面有个金属指环支架", "a ring holder on the back", "背部带指环扣"),
        ("壳上印着卡通海豚", "a cartoon dolphin on the case", "手机壳印有海豚图案"),
        ("壳里夹了两张一百块", None, "手机壳内夹现金200元"),
    ]
    lock = g.ch([("锁屏是我孙子的照片", "my grandson's photo on the lock screen", "锁屏为一男孩照片"),
                 ("锁屏是我们家渔船的照片", "lock screen is a photo of our boat", "锁屏为一艘渔船照片"),
                 ("锁屏是妈祖像", None, "锁屏为妈祖像"),
                 ("锁屏是我女儿在沙滩上的照片", "lock screen is my daughter on a beach", "锁屏为小女孩在海边照片"),
                 ("锁屏是一只橘猫", "lock screen is an orange cat", "锁屏为一只橘猫")])
    vis = pick_some(g, vis_pool, 1, 3)
    if g.pr(0.5):
        vis.append(lock)
    hid = pick_some(g, [("开机密码是六位数", "6-digit passcode", None),
                        ("手机里有拍卖结算的截图", None, None),
                        ("里面两张卡，移动和电信", "two SIM cards", None),
                        ("微信名叫“讨海人”", None, None),
                        ("支付宝里还有钱，麻烦尽快", None, None)], 0, 2)
    fx = pick_some(g, ["手机已没电关机", "有未接来电数个", "开机需密码", "机身有海水痕迹"], 0, 1)
    return obj("phone", "phone", ["手机", "手机", "电话"], ["手机", "手机一部"], "phone", "部",
               brand=brand, color=color, model=g.model(brand, "phone"), serial=g.imei(), stype="imei",
               vis=vis, hid=hid, fx=fx, fser=0.15)


def make_id(g, person):
    v = person["voice"]
    if v == "foreign":
        kind = "passport"
    elif v == "worker":
        kind = g.ch(["idcard", "idcard", "health", "sscard"])
    elif v == "fisher":
        kind = g.ch(["idcard", "crew", "crew", "license"])
    elif v == "student":
        kind = "student"
    elif v == "elderly":
        kind = g.ch(["idcard", "idcard", "sscard"])
    else:
        kind = g.ch(["idcard", "idcard", "sscard", "license", "student"])
    name = person["name"]
    idn = None
    if v != "foreign":
        idn = g.idno(person["region"], person["age"], person["male"])
        person["id"] = idn
    holder_c = g.ch(["blue", "pink", "black", "green"])
    holder = ("装在%s卡套里" % cz(holder_c), "in a %s card sleeve" % ce(holder_c), "外有%s卡套" % cz(holder_c))
    band = ("和两张银行卡用橡皮筋捆在一起", None, "与银行卡两张用橡皮筋捆扎")
    if kind == "idcard":
        t = obj("id_doc", kind, ["身份证", "身份证", "二代证", "身份证件"], ["居民身份证", "身份证"],
                "ID card", "张", serial=idn, stype="id", vis=pick_some(g, [holder, band], 0, 1))
    elif kind == "license":
        t = obj("id_doc", kind, ["驾驶证", "驾照"], ["机动车驾驶证", "驾驶证"], "driving licence", "本",
                serial=idn, stype="id", color="brown", vis=pick_some(g, [holder], 0, 1))
    elif kind == "crew":
        no = "闽澜渔员2025" + g.short_or(4)
        t = obj("id_doc", kind, ["船员证", "渔业船员证书", "船员证书"], ["渔业船员证书", "船员证"], "seaman's book",
                "本", serial=no, stype="crew", color="navy", num=no[-4:],
                vis=[("夹着一张%s的船名卡" % g.ch(BOATS), None, "内夹渔船卡片一张")])
    elif kind == "student":
        no = "2024" + g.short_or(4)
        school = g.ch(["澜港一中", "澜港职业中专", "东澳中学"])
        t = obj("id_doc", kind, ["学生证", "学生卡"], ["学生证"], "student card", "本", serial=no,
                stype="student", color=g.ch(["red", "blue"]), vis=[("%s的" % school, None, "%s学生证" % school)])
    elif kind == "sscard":
        tail = g.card_tail()
        t = obj("id_doc", kind, ["社保卡", "社会保障卡"], ["社会保障卡", "社保卡"], "social security card",
                "张", serial=tail, stype="card", vis=pick_some(g, [holder], 0, 1))
    elif kind == "health":
        no = "澜健2025-" + g.short_or(4)
        t = obj("id_doc", kind, ["健康证"], ["健康证", "食品从业人员健康证"], "health certificate", "张",
                serial=no, stype="crew", vis=[("宏洋厂办的", None, "宏洋水产加工厂统一办理")])
    else:
        no = g.uniq(lambda: g.ch("CEGP") + g.digits(7))
        t = obj("id_doc", kind, ["护照"], ["外国护照", "护照"], "passport", "本", serial=no, stype="passport",
                color=g.ch(["navy", "green", "red"]), vis=pick_some(g, [holder], 0, 1))
    t["holder"] = name
    if idn and kind in ("sscard", "health", "student"):
        t["idn"] = idn
    return t


def make_wallet(g, person):
    kind = g.ch(["long", "short", "short", "card", "coin"])
    own = {"long": ["长款钱包", "钱包", "长钱包"], "short": ["钱包", "短款钱包", "皮夹"],
           "card": ["卡包", "卡夹"], "coin": ["零钱包", "小钱包"]}[kind]
    brand = g.ch(["septwolves", "goldlion", "coach", None, None]) if kind != "coin" else None
    color = g.ch(["black", "black", "brown", "red", "pink", "navy"])
    cash = g.ch([0, g.r.randint(3, 99), g.r.randint(100, 3000)]) if kind != "card" else g.ch([0, 0, 50])
    tails = [g.card_tail() for _ in range(g.r.randint(1, 2))]
    vis = []
    hid = []
    fx = []
    if cash:
        approx = (cash // 100) * 100
        hid.append(("里面有现金%s" % ("%d多块" % approx if approx else "几十块"),
                    "about %d yuan cash inside" % max(approx, 50), None))
        fx.append("内有现金%d元" % cash)
    vis.append(("有%d张银行卡，一张尾号%s" % (len(tails), tails[0]), "bank card ending %s" % tails[0],
                "内有银行卡%d张" % len(tails)))
    extra = pick_some(g, [("夹着一张妈祖平安符", None, "内夹平安符一张"),
                          ("有一张全家福照片", "a family photo inside", "内有合影照片一张"),
                          ("有一张拍卖结算单", None, "内有水产拍卖结算单一张"),
                          ("拉链坏了", "the zip is broken", "拉链损坏"),
                          ("边角磨破了", "worn corners", "边角磨损")], 1, 2)
    vis += extra
    t = obj("wallet", kind, own, ["钱包", "钱包一个", "皮夹"] if kind != "card" else ["卡包"], "wallet", "个",
            brand=brand, color=color, serial=tails[0], stype="card", vis=vis, hid=hid, fx=fx, fser=0.55)
    t["tails"] = tails
    if g.pr(0.35) and person["voice"] != "foreign":
        idn = g.idno(person["region"], person["age"], person["male"])
        t["idn"] = idn
        t["holder"] = person["name"]
        t["vis"].append(("身份证也在里面", "an ID card inside", "内有身份证一张"))
    return t


def make_keys(g, person):
    kind = g.ch(["float", "float", "car", "ebike_key", "room", "locker", "boat"])
    fc = g.ch(["orange", "yellow", "red", "blue", "white"])
    float_v = ("挂着一个%s泡沫浮球" % cz(fc), "an %s foam float on it" % ce(fc), "挂%s泡沫浮球钥匙扣" % cz(fc))
    n = g.r.randint(2, 6)
    vis = [("一共%d把钥匙" % n, "%d keys" % n, "共%d把钥匙" % n)]
    brand = None
    num = None
    color = fc
    if kind == "float":
        vis.append(float_v)
        vis += pick_some(g, [("有一张蓝色门禁卡", "a blue fob", "带蓝色门禁扣"),
                             ("挂着小海豚公仔", "a little dolphin charm", "挂海豚小挂件"),
                             ("有个开瓶器", None, "带开瓶器")], 0, 1)
    elif kind == "car":
        brand = g.ch(["byd", "wuling"])
        color = "black"
        vis.append(("有%s车钥匙" % BRANDS[brand][0][0], "a %s car key" % BRANDS[brand][2],
                    "含%s汽车遥控钥匙" % BRANDS[brand][1][0]))
        if g.pr(0.5):
            vis.append(float_v)
            color = fc
    elif kind == "ebike_key":
        brand = g.ch(["yadea", "aima", "tailg"])
        num = g.short_or(4)
        vis.append(("有%s电动车钥匙，挂着号码牌%s" % (BRANDS[brand][0][0], num), None,
                    "含%s电动车钥匙，挂号牌“%s”" % (BRANDS[brand][1][0], num)))
    elif kind == "room":
        room = g.ch(ROOMS)
        num = room
        gh = g.ch(["海风民宿", "海峰民宿", "听涛民宿", "渔家小院"])
        vis = [("%s的房间钥匙，木牌上写%s" % (gh, room), None, "房间钥匙一把，木质号牌写“%s”" % room)]
        color = "brown"
        t = obj("keys", kind, ["房卡钥匙", "房间钥匙", "钥匙"], ["钥匙", "房间钥匙"], "room key", "把",
                color=color, vis=vis, num=num)
        t["gh"] = gh
        return t
    elif kind == "locker":
        num = g.ch(["17", "0017", "203", "0417"]).lstrip("0")
        vis = [("宏洋厂更衣柜钥匙，号码%s" % num, None, "更衣柜钥匙，塑料牌号码“%s”" % num),
               ("还挂着宿舍钥匙", None, "另有钥匙一把")]
        color = g.ch(["red", "yellow"])
    else:
        boat = g.ch(BOATS)
        num = boat[-4:]
        vis.append(("渔船钥匙，系着写%s的木牌" % boat, None, "钥匙系木牌，写“%s”" % boat))
        vis.append(float_v)
    return obj("keys", kind, ["钥匙", "一串钥匙", "钥匙串", "锁匙"], ["钥匙一串", "钥匙"], "keys", "串",
               brand=brand, color=color, vis=vis, num=num)


def make_ebike(g, person):
    trike = g.pr(0.3)
    brand = g.ch(["jinpeng"]) if trike else g.ch(["yadea", "aima", "tailg", "sunra"])
    color = g.ch(["white", "black", "red", "blue", "silver", "green", "pink"])
    plate = g.plate()
    fr = g.frame("LY" if not trike else "JP")
    vis = [("车牌%s" % plate, "plate %s" % plate, "车牌号%s" % plate)]
    vis += pick_some(g, [("后座绑着一个泡沫箱", None, "后座绑泡沫箱一个"),
                         ("车头贴着妈祖平安符", None, "车头贴平安符"),
                         ("左边后视镜断了", "left mirror broken", "左后视镜缺失"),
                         ("车筐里有一件雨衣", "a raincoat in the basket", "车筐内有雨衣"),
                         ("装了挡风被", None, "加装挡风被")] if not trike else
                        [("车斗里有渔网和两个塑料筐", None, "车斗内有渔网、塑料筐"),
                         ("车斗边上喷了%s" % g.ch(BOATS), None, "车斗侧面喷有船号"),
                         ("车篷是蓝色的", None, "蓝色车篷")], 1, 2)
    return obj("ebike", "trike" if trike else "ebike",
               ["电动三轮车", "三轮车", "电三轮"] if trike else ["电动车", "电瓶车", "电驴", "电动自行车"],
               ["电动三轮车"] if trike else ["电动车", "电动自行车"], "e-tricycle" if trike else "e-bike", "辆",
               brand=brand, color=color, model=g.model(brand, "trike" if trike else "ebike"), serial=fr,
               stype="frame", plate=plate, vis=vis, num=plate[-4:], fser=0.5)


def make_bicycle(g, person):
    brand = g.ch(["giant", "merida", "forever", "phoenix", None])
    color = g.ch(["black", "white", "red", "blue", "green", "darkgray"])
    vis = pick_some(g, [("前面有车篮", "front basket", "带前车篮"),
                        ("后座装了儿童座椅", "child seat on the back", "后座装儿童座椅"),
                        ("挂着一把U型锁", "a U-lock hanging on it", "车上挂U型锁"),
                        ("车座套是豹纹的", None, "豹纹车座套"),
                        ("铃铛是小黄鸭", None, "小黄鸭车铃")], 1, 3)
    return obj("bicycle", "bicycle", ["自行车", "单车", "脚踏车", "山地车"], ["自行车", "单车"], "bicycle", "辆",
               brand=brand, color=color, model=g.model(brand, "bicycle") if brand else None,
               serial=g.frame("GF"), stype="frame", vis=vis, fser=0.35)


def make_bag(g, person):
    kind = g.ch(["backpack", "backpack", "handbag", "tackle", "dry", "suitcase", "waist", "woven"])
    spec = {
        "backpack": (["双肩包", "背包", "书包"], ["双肩背包", "背包"], "backpack",
                     ["decathlon", "tnf", "nike", "xiaomi", None]),
        "handbag": (["手提包", "女包", "包包"], ["女式手提包", "手提包"], "handbag", ["coach", None]),
        "tackle": (["渔具包", "钓鱼包"], ["渔具包"], "fishing tackle bag", ["daiwa", "shimano", None]),
        "dry": (["防水袋", "防水桶包", "漂流袋"], ["防水桶包", "防水袋"], "dry bag", ["decathlon", None]),
        "suitcase": (["行李箱", "拉杆箱", "箱子"], ["拉杆箱", "行李箱"], "suitcase", ["samsonite", None]),
        "waist": (["腰包", "斜挎包", "胸包"], ["腰包", "斜挎包"], "waist bag", ["nike", "tnf", None]),
        "woven": (["编织袋", "蛇皮袋"], ["编织袋"], "woven sack", [None]),
    }[kind]
    brand = g.ch(spec[3])
    color = g.ch(["black", "navy", "red", "green", "darkgray", "blue", "yellow", "pink"])
    if kind == "woven":
        color = g.ch(["white", "blue"])
    contents = {
        "backpack": ["泳衣和毛巾", "一个充电宝", "防晒霜", "两瓶矿泉水", "小孩的换洗衣服", "一本笔记本"],
        "handbag": ["化妆包", "一把折叠伞", "钥匙", "墨镜", "纸巾"],
        "tackle": ["两个渔线轮", "一盒鱼钩", "一卷编织线", "一把剪刀"],
        "dry": ["换洗衣服", "潜水镜", "一个充电宝", "拖鞋"],
        "suitcase": ["换洗衣服", "洗漱包", "一双凉鞋", "给家里带的鱼干"],
        "waist": ["车钥匙", "零钱", "纸巾", "老花镜"],
        "woven": ["十来斤鱼干", "虾干两包", "紫菜"],
    }[kind]
    inside = pick_some(g, contents, 1, 3)
    ins_zh = "、".join(inside)
    vis = [("里面有%s" % ins_zh, None, "内有%s" % ins_zh)]
    vis += pick_some(g, [("拉链上挂着小贝壳挂件", "a shell charm on the zip", "拉链挂贝壳挂件"),
                         ("侧边有一块油渍", None, "侧面有油污"),
                         ("背带打了个结", None, "背带打结"),
                         ("上面挂着写了名字的行李牌", "a luggage tag with my name", "挂行李牌一个")], 0, 2)
    return obj("bag", kind, spec[0], spec[1], spec[2], "个", brand=brand, color=color, vis=vis)


def make_cash(g, person):
    amount = g.r.randint(6, 180) * 100 + g.ch([0, 0, 0, 50, g.r.randint(1, 9) * 10])
    cont = g.ch(["envelope", "redpacket", "plastic", "band"])
    slip = g.short_or(4)
    if cont == "envelope":
        color = "brown"
        vis = [("装在牛皮纸信封里，信封上印着东澳渔业合作社", None, "牛皮纸信封装，印“东澳渔业专业合作社”")]
    elif cont == "redpacket":
        color = "red"
        vis = [("装在写着“开海大吉”的红包里", None, "红包装，印“开海大吉”")]
    elif cont == "plastic":
        color = g.ch(["black", "white", "red"])
        vis = [("用%s塑料袋包着" % cz(color), None, "%s塑料袋包裹" % cz(color))]
    else:
        color = None
        vis = [("用橡皮筋捆着", None, "橡皮筋捆扎")]
    if g.pr(0.55):
        vis.append(("夹着一张拍卖结算单，单号%s" % slip, None, "夹拍卖结算单一张，单号%s" % slip))
        num = slip
    else:
        num = None
    hundreds = amount // 100
    hid = [("一共%s块左右" % ("%d" % amount if g.pr(0.5) else "%d多" % (hundreds * 100 // 1000 * 1000 or hundreds * 100)),
            None, None)]
    fx = ["经清点共%d元" % amount, "多为百元面额"]
    return obj("cash", cont, ["现金", "钱", "一沓钱", "卖鱼的钱"], ["现金", "人民币现金"], "cash", "沓",
               color=color, vis=vis, hid=hid, fx=fx, num=num, amount=amount)


def make_jewelry(g, person):
    kind = g.ch(["necklace", "bracelet", "ring", "pendant", "pendant", "pearl", "silver_baby", "jade"])
    spec = {
        "necklace": (["金项链", "金链子", "金链仔", "项链"], ["黄金项链", "项链"], "gold necklace", "gold", "条"),
        "bracelet": (["金手镯", "金镯子", "手镯"], ["手镯", "镯子"], "gold bangle", "gold", "只"),
        "ring": (["金戒指", "戒指"], ["戒指"], "gold ring", "gold", "枚"),
        "pendant": (["妈祖金牌", "金吊坠", "平安金牌"], ["吊坠", "妈祖像吊坠"], "gold Mazu pendant", "gold", "个"),
        "pearl": (["珍珠项链", "珍珠链"], ["珍珠项链"], "pearl necklace", "white", "条"),
        "silver_baby": (["银手镯", "小孩银镯子", "银手链"], ["儿童银手镯", "银手链"], "child's silver bangle", "silver", "只"),
        "jade": (["玉镯", "玉手镯"], ["玉镯", "手镯"], "jade bangle", "green", "只"),
    }[kind]
    brand = g.ch(["ctf", "lfx", "lukfook", None]) if kind not in ("jade", "silver_baby", "pearl") else None
    grams = g.r.randint(3, 40) if kind in ("necklace", "bracelet", "pendant", "ring") else None
    vis = []
    if grams:
        vis.append(("大概%d克" % grams, "about %d g" % grams, "称重约%.1f克" % (grams + g.r.choice([-0.4, -0.2, 0.1, 0.3]))))
    eng = g.ch(["平安", "福", "LSH", "CYH", "妈祖保佑", "1999.9.3"])
    vis += pick_some(g, [("内侧刻着“%s”" % eng, "engraved '%s' inside" % eng, "内侧刻字“%s”" % eng),
                         ("扣子有点松", "the clasp is loose", "搭扣松动"),
                         ("穿在红绳上", "on a red string", "系红绳"),
                         ("带两个小铃铛", None, "带小铃铛两个")], 1, 2)
    return obj("jewelry", kind, spec[0], spec[1], spec[2], spec[4], brand=brand, color=spec[3], vis=vis)


def make_electronics(g, person):
    kind = g.ch(["earbuds", "earbuds", "watch", "tablet", "actioncam", "drone", "camera", "powerbank",
                 "radio", "gps"])
    spec = {
        "earbuds": (["蓝牙耳机", "耳机", "无线耳机"], ["蓝牙耳机", "无线耳机"], "earbuds", ["huawei", "apple", "xiaomi"]),
        "watch": (["手表", "智能手表", "运动手表"], ["智能手表"], "smartwatch", ["huawei", "apple"]),
        "tablet": (["平板", "平板电脑"], ["平板电脑"], "tablet", ["huawei", "apple"]),
        "actioncam": (["运动相机", "小相机"], ["运动相机"], "action camera", ["dji", "gopro"]),
        "drone": (["无人机", "航拍机"], ["无人机"], "drone", ["dji"]),
        "camera": (["相机", "微单", "照相机"], ["数码相机", "相机"], "camera", ["canon", "sony"]),
        "powerbank": (["充电宝", "移动电源"], ["充电宝"], "power bank", ["romoss", "xiaomi"]),
        "radio": (["对讲机"], ["对讲机"], "walkie-talkie", ["baofeng"]),
        "gps": (["手持GPS", "GPS定位仪"], ["手持GPS"], "handheld GPS", ["garmin"]),
    }[kind]
    brand = g.ch(spec[3])
    color = g.ch(["black", "white", "silver", "darkgray", "blue", "pink"])
    if kind in ("radio", "gps", "drone"):
        color = g.ch(["black", "darkgray", "orange"])
    vis = pick_some(g, [("外面套着%s保护套" % cz(g.ch(["blue", "green", "pink", "black"])), None, "带保护套"),
                        ("贴了一张海贼王贴纸", "a One Piece sticker", "贴有动漫贴纸"),
                        ("边上有一道划痕", "a scratch on the side", "侧面有划痕"),
                        ("刻着“%s”" % g.ch(["阿海", "LY", "Mia", "陈家"]), None, "有刻字")], 1, 2)
    if kind in ("camera", "actioncam", "drone"):
        vis.append(("存储卡里有开海节的照片", "photos of the festival on the card", "存储卡内为开海节照片"))
    if kind == "radio":
        vis.append(("背面贴着船号%s" % g.ch(BOATS), None, "背面贴有船号"))
    pre = {"huawei": "HW", "apple": "F", "xiaomi": "MI", "dji": "DJ", "gopro": "GP", "canon": "CN",
           "sony": "SY", "romoss": "RM", "baofeng": "BF", "garmin": "GA"}[brand]
    return obj("electronics", kind, spec[0], spec[1], spec[2], "个", brand=brand, color=color,
               model=g.model(brand, kind), serial=g.sn(pre), stype="sn", vis=vis, fser=0.35)


def make_other(g, person):
    kind = g.ch(["lifejacket", "lifejacket", "boots", "rod", "glasses", "thermos", "hat", "umbrella", "cooler"])
    num = None
    brand = None
    model = None
    if kind == "lifejacket":
        boat = g.ch(BOATS)
        num = boat[-4:]
        color = g.ch(["orange", "orange", "red", "yellow"])
        vis = [("背后印着船号%s" % boat, "boat number %s on the back" % boat, "背面印“%s”" % boat)]
        vis += pick_some(g, [("有一根反光条掉了", None, "反光条脱落一条"), ("口袋里有个哨子", None, "口袋内有哨子")], 0, 1)
        t = (["救生衣", "救生背心"], ["救生衣"], "life jacket", "件")
    elif kind == "boots":
        brand = g.ch(["warrior", None])
        color = g.ch(["white", "black", "yellow"])
        size = g.ch(["40", "41", "42", "43"])
        vis = [("%s码" % size, "size %s" % size, "%s码" % size),
               ("靴筒上用记号笔写了“%s”" % g.ch(["阿水", "陈", "5123", "海"]), None, "靴筒有记号笔字迹")]
        t = (["雨靴", "水鞋", "胶鞋", "高筒雨鞋"], ["高筒雨靴", "胶鞋"], "rubber boots", "双")
    elif kind == "rod":
        brand = g.ch(["daiwa", "shimano"])
        color = g.ch(["black", "navy", "red"])
        ln = g.ch(["3.6", "4.5", "5.4"])
        vis = [("%s米长" % ln, "%s m" % ln, "长约%s米" % ln), ("带一个渔线轮", "with a reel", "配渔线轮")]
        t = (["鱼竿", "钓竿", "海竿"], ["鱼竿"], "fishing rod", "根")
    elif kind == "glasses":
        color = g.ch(["black", "gold", "brown"])
        vis = [("装在%s眼镜盒里" % cz(g.ch(["black", "blue", "brown"])), None, "有眼镜盒"),
               ("近视六百多度", None, "近视镜片")]
        t = (["眼镜", "近视眼镜"], ["眼镜一副"], "glasses", "副")
    elif kind == "thermos":
        brand = g.ch(["thermos", None])
        color = g.ch(["pink", "blue", "silver", "black"])
        vis = pick_some(g, [("杯身上有凹痕", "dented", "杯身有凹陷"), ("贴着名字贴", None, "贴名字贴")], 1, 2)
        t = (["保温杯", "水杯"], ["保温杯"], "thermos flask", "个")
    elif kind == "hat":
        color = "yellow"
        vis = [("斗笠上系着%s花头巾" % cz(g.ch(["blue", "pink", "green"])), None, "系花头巾")]
        t = (["斗笠", "竹斗笠"], ["斗笠"], "straw hat", "顶")
    elif kind == "umbrella":
        color = g.ch(["black", "navy", "red", "blue"])
        vis = [("伞柄是木头的", None, "木质伞柄")] + pick_some(g, [("有一根伞骨断了", None, "伞骨折断一根")], 0, 1)
        t = (["雨伞", "伞", "长柄伞"], ["雨伞"], "umbrella", "把")
    else:
        color = "white"
        vis = [("泡沫箱里装着%s" % g.ch(["几斤虾干", "两条马鲛鱼", "冻蟹"]), None, "泡沫箱内装海产"),
               ("箱盖上用胶带写了电话尾号%s" % g.short_or(4), None, "箱盖有胶带字迹")]
        t = (["泡沫箱", "海鲜箱"], ["泡沫箱"], "cooler box", "个")
    return obj("other", kind, t[0], t[1], t[2], t[3], brand=brand, color=color, model=model, vis=vis, num=num)


MAKERS = {"phone": make_phone, "id_doc": make_id, "wallet": make_wallet, "keys": make_keys,
          "ebike": make_ebike, "bicycle": make_bicycle, "bag": make_bag, "cash": make_cash,
          "jewelry": make_jewelry, "electronics": make_electronics, "other": make_other}
