# -*- coding: utf-8 -*-
"""Hidden truth records of objects for set108, and the numbers that identify them.

An object record knows everything about the thing: what an owner would know (hidden), what a
finder can see (visible), what is inside (contents, seen when someone opens it).  The lost and
found registrations are written from it later, each side knowing only its own part.
"""
from set108_world import GIVEN, SURNAMES, MODELS, NOW

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(body17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS)) % 11]


def luhn_check(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


class Registry:
    """Keeps every identifying number unique across the whole set."""

    def __init__(self):
        self.used = set()

    def take(self, value):
        if value in self.used:
            return False
        self.used.add(value)
        return True


def pick_w(rng, weights):
    keys = sorted(weights)
    total = sum(weights[k] for k in keys)
    x = rng.random() * total
    for k in keys:
        x -= weights[k]
        if x < 0:
            return k
    return keys[-1]


def make_person(rng, voice):
    if voice == "elder":
        age = rng.randint(62, 83)
    elif voice == "student":
        age = rng.randint(14, 16)
    elif voice in ("terse", "migrant"):
        age = rng.randint(19, 38)
    elif voice == "grain":
        age = rng.randint(42, 72)
    else:
        age = rng.randint(28, 58)
    male = rng.random() < 0.55
    band = "old" if age >= 60 else ("young" if age < 36 else "mid")
    given = rng.choice(GIVEN[band + ("_m" if male else "_f")])
    return dict(name=rng.choice(SURNAMES) + given, age=age, male=male, voice=voice)


def new_id(rng, reg, person):
    while True:
        region = "4116" + rng.choice(["71", "73", "76", "78", "82", "85", "87"])
        year = NOW.year - person["age"] - (1 if rng.random() < 0.5 else 0)
        body = "%s%04d%02d%02d%02d%d" % (region, year, rng.randint(1, 12), rng.randint(1, 28),
                                          rng.randint(0, 99),
                                          rng.choice([1, 3, 5, 7, 9] if person["male"] else [0, 2, 4, 6, 8]))
        v = body + id_check(body)
        if reg.take(v):
            return v


def new_imei(rng, reg):
    while True:
        tac = "86" + "".join(str(rng.randint(0, 9)) for _ in range(6))
        snr = "".join(str(rng.randint(0, 9)) for _ in range(5)) + str(rng.randint(0, 8))
        v1 = tac + snr + luhn_check(tac + snr)
        snr2 = snr[:-1] + str(int(snr[-1]) + 1)
        v2 = tac + snr2 + luhn_check(tac + snr2)
        if reg.take(v1) and reg.take(v2):
            return v1, v2


def new_digits(rng, reg, prefix, n):
    while True:
        v = prefix + "".join(str(rng.randint(0, 9)) for _ in range(n))
        if reg.take(v):
            return v


def new_frame(rng, reg, code):
    while True:
        v = "%s%02d%s%07d" % (code, rng.randint(19, 25), rng.choice("ABCDEFGHJK"), rng.randint(0, 9999999))
        if reg.take(v):
            return v


def new_sn(rng, reg, prefix):
    chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    while True:
        v = prefix + "".join(rng.choice(chars) for _ in range(10 - len(prefix) + 2))
        if reg.take(v):
            return v


def new_plate(rng, reg):
    while True:
        v = "麦A%05d" % rng.randint(10000, 99999)
        if reg.take(v):
            return v


def mask_name(name):
    return name[0] + "*" * (len(name) - 2) + name[-1] if len(name) > 2 else name[0] + "*"


# --- object generators -----------------------------------------------------------------------

def _base(cat, kind, nouns_o, nouns_f, measure):
    return dict(cat=cat, kind=kind, nouns_o=nouns_o, nouns_f=nouns_f, measure=measure, color=None,
                brand=None, model=None, serial=None, plate=None, vis=[], hid=[], cont=[], cash=None,
                name=None, alt_cat=None, opens=False)


def _vis(rng, pool, lo, hi):
    n = rng.randint(lo, min(hi, len(pool)))
    return rng.sample(pool, n)


def gen_id_doc(rng, reg, person, place):
    v = person["voice"]
    if v == "student":
        kind = pick_w(rng, {"准考证": 6, "学生证": 3, "身份证": 2})
    elif v == "elder":
        kind = pick_w(rng, {"身份证": 5, "社保卡": 3, "银行卡": 2, "户口本": 1})
    else:
        kind = pick_w(rng, {"身份证": 4, "驾驶证": 2, "银行卡": 3, "社保卡": 1})
    name = person["name"]
    if kind == "身份证":
        o = _base("id_doc", kind, ["身份证", "身份证件", "二代身份证", "身份证"], ["居民身份证", "身份证"], "张")
        o["serial"] = dict(type="id", v=new_id(rng, reg, person), owner=0.6 if v != "elder" else 0.3, finder=0.9)
        o["vis"] = _vis(rng, [("用个透明卡套装着", "装于透明卡套内"), ("卡面有点磨花了", "证件表面磨损"),
                              ("角上有个小豁口", "证件一角有缺口"), ("背面粘了点胶布", "背面有胶布痕迹")], 0, 2)
    elif kind == "驾驶证":
        o = _base("id_doc", kind, ["驾驶证", "驾照", "驾驶本"], ["机动车驾驶证", "驾驶证"], "本")
        o["color"] = "black"
        o["serial"] = dict(type="id", v=new_id(rng, reg, person), owner=0.4, finder=0.85)
        o["vis"] = _vis(rng, [("黑皮套", "黑色皮套"), ("里边夹着行驶证", "内夹行驶证一本"),
                              ("皮套里还有张加油卡", "皮套内有加油卡一张")], 1, 2)
    elif kind == "准考证":
        o = _base("id_doc", kind, ["准考证", "中考准考证", "考试准考证"], ["准考证", "中考准考证"], "张")
        o["color"] = "white"
        o["serial"] = dict(type="exam", v=new_digits(rng, reg, "2506" + rng.choice(["1203", "1207"]), 4),
                           owner=0.45, finder=0.9)
        room = rng.randint(1, 40)
        o["vis"] = _vis(rng, [("装在透明文件袋里，还有两支黑笔", "透明文件袋内有准考证及黑色中性笔两支"),
                              ("背面写着考场号%d" % room, "背面手写“%d考场”" % room),
                              ("折了一道印", "有折痕"), ("上面贴的照片是蓝底的", "照片为蓝底免冠照")], 1, 2)
        if any("文件袋" in x[0] for x in o["vis"]):
            o["alt_cat"] = "bag"
    elif kind == "学生证":
        o = _base("id_doc", kind, ["学生证", "学生卡", "校园卡"], ["学生证", "学生卡"], "个")
        o["color"] = rng.choice(["red", "blue"])
        o["serial"] = dict(type="stuno", v=new_digits(rng, reg, "2022", 4), owner=0.4, finder=0.8)
        o["vis"] = _vis(rng, [("挂着蓝色挂绳", "带蓝色挂绳"), ("套着卡通卡套", "卡通图案卡套"),
                              ("学生证里夹着一张饭卡", "内夹饭卡一张")], 1, 2)
    elif kind == "户口本":
        o = _base("id_doc", kind, ["户口本", "户口簿"], ["居民户口簿", "户口本"], "本")
        o["color"] = "red"
        o["serial"] = dict(type="id", v=new_id(rng, reg, person), owner=0.2, finder=0.7)
        o["vis"] = _vis(rng, [("用塑料袋包着", "用塑料袋包裹"), ("里边夹着结婚证", "内夹结婚证一本"),
                              ("封皮有点烂了", "封皮破损")], 1, 2)
    else:   # 银行卡 / 社保卡
        bank = rng.choice(["abc", "psbc", "rcc", "ccb"])
        if kind == "社保卡":
            o = _base("id_doc", kind, ["社保卡", "医保卡", "社会保障卡"], ["社会保障卡", "社保卡"], "张")
            o["serial"] = dict(type="id", v=new_id(rng, reg, person), owner=0.3, finder=0.8)
            o["color"] = "blue"
        else:
            o = _base("id_doc", kind, ["银行卡", "卡", "存折卡", "银行卡"], ["银行卡", "借记卡"], "张")
            o["serial"] = dict(type="card", v=new_digits(rng, reg, rng.choice(["6228", "6217", "6230", "6210"]), 12),
                               owner=0.75, finder=0.9)
            o["color"] = rng.choice(["green", "blue", "gold", "red"])
            o["hid"] = [rng.choice(["里头有卖麦哩钱", "密码是孩子生日", "卡里有两千来块", "是存养老钱哩卡"])]
            if rng.random() < 0.4:
                o["alt_cat"] = "wallet"
                o["vis"].append(("装在一个小卡套里", "装于卡套内"))
        o["brand"] = bank
        o["vis"] += _vis(rng, [("背面签了名", "背面签名栏有手写签名"), ("卡面磨得发白", "卡面磨损")], 0, 1)
    o["name"] = name
    return o


PHONE_BRANDS = {"huawei": 6, "honor": 3, "xiaomi": 2, "redmi": 3, "oppo": 4, "vivo": 4, "apple": 3}
PHONE_COLORS = {"huawei": ["black", "white", "purple", "blue", "green"], "honor": ["black", "blue", "silver"],
                "xiaomi": ["black", "white", "blue"], "redmi": ["black", "blue", "green", "silver"],
                "oppo": ["black", "gold", "blue", "purple"], "vivo": ["black", "blue", "white", "pink"],
                "apple": ["black", "white", "purple", "red", "blue"], "shouhu": ["red", "black", "gold"],
                "tianyu": ["black", "red", "silver"]}
LOCKS = [("锁屏是俺孙子照片", "锁屏图片为一小孩照片"), ("锁屏是山水风景", "锁屏为山水风景图"),
         ("锁屏是俺家狗", "锁屏为一只黄狗照片"), ("锁屏是全家福", "锁屏为多人合影"),
         ("锁屏是个卡通小猪", "锁屏为卡通小猪图案"), ("锁屏是麦地的照片", "锁屏为麦田照片")]


def gen_phone(rng, reg, person, place):
    old = person["voice"] == "elder" and rng.random() < 0.5
    if old:
        o = _base("phone", "老年机", ["老年机", "手机", "老人机", "按键手机"], ["老年手机", "按键手机"], "部")
        o["brand"] = rng.choice(["shouhu", "tianyu"])
    else:
        o = _base("phone", "手机", ["手机", "手机", "电话", "智能手机"], ["手机", "智能手机"], "部")
        o["brand"] = pick_w(rng, PHONE_BRANDS)
    o["model"] = rng.choice(MODELS[o["brand"]])
    o["color"] = rng.choice(PHONE_COLORS[o["brand"]])
    v1, v2 = new_imei(rng, reg)
    o["serial"] = dict(type="imei", v=v1, v2=v2, owner=0.2 if person["voice"] == "elder" else 0.5, finder=0.3)
    cases = [("手机壳是透明哩", "透明手机壳"), ("套着黑色硅胶壳", "黑色硅胶手机壳"), ("壳上有个小熊", "手机壳印有小熊图案"),
             ("带个红绳挂绳", "挂有红色挂绳"), ("皮套是翻盖哩", "翻盖皮套"), ("壳子是粉色带亮钻哩", "粉色水钻手机壳")]
    dmg = [("屏幕右上角摔裂了", "屏幕右上角有裂痕"), ("钢化膜碎了一角", "钢化膜一角碎裂"),
           ("后盖掉了块漆", "后盖有磕碰掉漆"), ("边框磕瘪了一块", "边框有凹痕")]
    o["vis"] = [rng.choice(cases)] + _vis(rng, dmg, 0, 1)
    if not old:
        o["vis"].append(rng.choice(LOCKS))
    o["hid"] = _vis(rng, ["里面插的移动卡，号码尾号%04d" % rng.randint(0, 9999), "微信名叫“%s”" % rng.choice(
        ["麦香人家", "平安是福", "老%s" % person["name"][0], "风吹麦浪", "静待花开", "收割机%s师傅" % person["name"][0]]),
        "开机密码是六个%d" % rng.randint(1, 9), "手机里有俺孩儿哩照片", "刚充满电"], 1, 2)
    if rng.random() < 0.25:
        amt = rng.choice([20, 50, 100])
        o["cont"].append(("壳子里夹着%d块钱" % amt, "手机壳内夹有现金%d元" % amt))
    return o


def gen_wallet(rng, reg, person, place):
    male = person["male"]
    if male:
        kind = rng.choice(["短款钱包", "短款钱包", "卡包"])
        color = rng.choice(["black", "brown", "black"])
    else:
        kind = rng.choice(["长款钱包", "零钱包", "长款钱包"])
        color = rng.choice(["red", "pink", "white", "black", "brown"])
    nouns_o = {"短款钱包": ["钱包", "皮夹子", "钱夹", "钱包子"], "卡包": ["卡包", "钱包", "卡夹"],
               "长款钱包": ["钱包", "长钱包", "女式钱包"], "零钱包": ["零钱包", "小钱包", "钱包"]}[kind]
    o = _base("wallet", kind, nouns_o, ["钱包", "皮夹", kind], "个")
    o["color"] = color
    o["brand"] = pick_w(rng, {"septwolves": 3, "goldlion": 2, "crocodile": 1, "": 4}) or None
    o["opens"] = True
    amt = rng.choice([60, 120, 235, 300, 480, 560, 800, 1200, 1650, 2300])
    coins = rng.randint(0, 9)
    approx = _approx_money(rng, amt)
    o["cash"] = amt
    o["cont"].append(("里头有%s钱" % approx, "内有现金%d元" % amt + (("，硬币%d枚" % coins) if coins and rng.random() < 0.5 else "")))
    if rng.random() < 0.6:
        idv = new_id(rng, reg, person)
        o["serial"] = dict(type="id", v=idv, owner=0.3, finder=0.85, via="身份证")
        o["cont"].append(("有俺哩身份证", "居民身份证一张（姓名%s）" % person["name"]))
    if rng.random() < 0.55:
        tail = new_digits(rng, reg, rng.choice(["6228", "6217", "6230"]), 12)
        bank = rng.choice(["农业银行", "邮政储蓄", "农商银行", "建设银行"])
        o["cont"].append(("还有张%s卡，尾号%s" % (bank, tail[-4:]), "%s银行卡一张（卡号%s****%s）" % (bank, tail[:4], tail[-4:])))
        if o["serial"] is None:
            o["serial"] = dict(type="card", v=tail, owner=0.6, finder=0.85, via="银行卡")
    extra = [("有张孙子哩照片", "一寸小孩照片一张"), ("夹着粮站结算单", "粮站售粮结算单一张"),
             ("有张医保卡", "医保卡一张"), ("夹着几张超市小票", "购物小票数张"), ("有张驾驶证", "驾驶证一本"),
             ("有张结婚照", "合影照片一张")]
    o["cont"] += _vis(rng, extra, 0, 2)
    o["vis"] = _vis(rng, [("边上开线了", "边缘开线"), ("扣子坏了", "搭扣损坏"), ("皮子磨得发亮", "表面磨损发亮"),
                          ("上面有个金属牌牌", "正面有金属标牌")], 0, 2)
    o["name"] = person["name"]
    return o


def _approx_money(rng, amt):
    if amt < 100:
        return rng.choice(["几十块", "%d来块" % (amt // 10 * 10), "不到一百块"])
    if amt < 1000:
        h = amt // 100
        return rng.choice(["%d百来块" % h, "%d百多块" % h, "大概%d块" % (amt // 10 * 10)])
    k = amt / 1000.0
    return rng.choice(["%d千多块" % int(k), "一千多块" if amt < 2000 else "两千来块", "大概%d块" % (amt // 50 * 50)])


def gen_keys(rng, reg, person, place):
    o = _base("keys", "钥匙串", ["钥匙", "一串钥匙", "钥匙串", "钥匙链"], ["钥匙", "钥匙", "钥匙链"], "串")
    n = rng.randint(2, 7)
    parts = []
    if person["voice"] == "crew" or (place.startswith("hotel") or place == "fuel") and rng.random() < 0.5:
        o["brand"] = rng.choice(["lovol", "kubota"])
        parts.append(("有把收割机钥匙", "收割机钥匙一把"))
    elif rng.random() < 0.7:
        o["brand"] = rng.choice(["yadea", "aima", "tailg", "jinpeng"])
        parts.append(("有把电车钥匙", "电动车钥匙一把"))
    charm = rng.choice([("挂个红绳葫芦", "挂有红绳葫芦挂件", "red"), ("挂个小熊", "小熊玩偶挂件", "brown"),
                        ("带个指甲刀", "带指甲刀一个", "silver"), ("有个平安扣", "玉质平安扣挂件", "green"),
                        ("挂个开瓶器", "开瓶器一个", "silver"), ("挂个粉色小兔子", "粉色兔子挂件", "pink"),
                        ("有个蓝色门禁卡", "蓝色门禁卡一张", "blue")])
    o["color"] = charm[2]
    parts.append(charm[:2])
    if rng.random() < 0.4:
        parts.append(("还有个门禁卡", "门禁卡一张"))
    o["vis"] = [("一共%d把钥匙" % n, "共%d把钥匙" % n)] + parts
    o["hid"] = _vis(rng, ["家门钥匙是铜哩", "有一把是仓库哩", "钥匙圈是俺闺女给哩"], 0, 1)
    return o


def gen_ebike(rng, reg, person, place):
    v = person["voice"]
    if v in ("elder", "grain") or (v == "villager" and rng.random() < 0.5):
        kind = "电动三轮车"
        o = _base("ebike", kind, ["电动三轮", "三轮车", "电三轮", "电动三轮车"], ["电动三轮车", "三轮电动车"], "辆")
        o["brand"] = rng.choice(["jinpeng", "huaihai", "jinpeng", "yadea"])
        vis_pool = [("车斗里有两个蛇皮袋", "车斗内有编织袋两个"), ("车棚是蓝铁皮哩", "带蓝色车棚"),
                    ("车斗后挡板掉了", "车斗后挡板缺失"), ("车斗里有把木叉", "车斗内有木叉一把"),
                    ("座子破了用胶布缠着", "座垫破损缠有胶布"), ("前头贴着“收麦”俩字", "车头贴有“收麦”字样")]
    else:
        kind = rng.choice(["电动自行车", "电动自行车", "电动踏板车"])
        o = _base("ebike", kind, ["电动车", "电瓶车", "电车", "小电驴"], ["电动自行车", "电动车", "电瓶车"], "辆")
        o["brand"] = rng.choice(["yadea", "aima", "tailg", "luyuan", "sunra", "yadea", "aima"])
        vis_pool = [("车筐里有个草帽", "车筐内有草帽一顶"), ("后座绑着儿童座椅", "后座装有儿童座椅"),
                    ("车把上挂着布袋", "车把挂布袋一个"), ("左边后视镜掉了", "左后视镜缺失"),
                    ("挡风被是迷彩哩", "装有迷彩色挡风被"), ("座子破了用胶布缠着", "座垫破损缠有胶布"),
                    ("前头有个手机支架", "车头装手机支架")]
    o["model"] = rng.choice(MODELS[o["brand"]])
    o["color"] = rng.choice(["white", "red", "blue", "black", "silver", "grey", "pink" if kind != "电动三轮车" else "red"])
    code = {"yadea": "YD", "aima": "AM", "tailg": "TL", "luyuan": "LY", "sunra": "XR", "jinpeng": "JP",
            "huaihai": "HH"}[o["brand"]]
    o["serial"] = dict(type="frame", v=new_frame(rng, reg, code), owner=0.35, finder=0.6)
    if rng.random() < 0.7:
        o["plate"] = new_plate(rng, reg)
    o["vis"] = _vis(rng, vis_pool, 1, 3)
    o["hid"] = _vis(rng, ["电瓶才换哩，%d伏哩" % rng.choice([48, 60, 72]), "钥匙孔坏了，拿螺丝刀都能打着",
                          "当时忘拔钥匙了", "锁了车，还上了个U型锁", "买了才一年多，花了%d块" % rng.choice([2600, 3200, 3980, 4500])], 1, 2)
    return o


def gen_bicycle(rng, reg, person, place):
    kind = rng.choice(["山地车", "学生变速车", "二八大杠", "女式车"]) if person["voice"] != "student" else \
        rng.choice(["山地车", "学生变速车"])
    o = _base("bicycle", kind, ["自行车", "车子", kind, "单车"], ["自行车", kind], "辆")
    o["brand"] = {"山地车": rng.choice(["giant", "xds", "phoenix"]), "学生变速车": rng.choice(["giant", "xds", "forever"]),
                  "二八大杠": rng.choice(["forever", "phoenix", "pigeon"]), "女式车": rng.choice(["forever", "phoenix"])}[kind]
    if o["brand"] in MODELS:
        o["model"] = rng.choice(MODELS[o["brand"]])
    o["color"] = rng.choice(["black", "blue", "red", "white", "grey", "green"])
    o["serial"] = dict(type="frame", v=new_frame(rng, reg, rng.choice(["FX", "GT", "XD", "FH"])), owner=0.15, finder=0.4)
    sur = person["name"][0]
    o["vis"] = _vis(rng, [("车筐歪了", "车筐变形"), ("后座上绑着个坐垫", "后座加装软垫"), ("锁着链条锁", "上有链条锁"),
                          ("车身贴着奥特曼贴纸", "车身贴有卡通贴纸"), ("车座底下写着个“%s”字" % sur, "车座底部手写“%s”字" % sur),
                          ("车把缠着黑胶布", "车把缠黑色胶布")], 1, 3)
    o["hid"] = _vis(rng, ["前闸不灵", "后胎才补过", "是去年考上初中时买哩"], 0, 1)
    return o


def gen_bag(rng, reg, person, place):
    v = person["voice"]
    kinds = {"双肩包": 3, "帆布手提包": 2, "编织袋": 2, "拉杆箱": 1, "女士挎包": 2, "腰包": 1}
    if v == "student":
        kinds = {"双肩包": 5, "帆布手提包": 1}
    elif v == "crew":
        kinds = {"双肩包": 2, "编织袋": 2, "腰包": 1}
    kind = pick_w(rng, kinds)
    nouns = {"双肩包": (["双肩包", "书包", "背包"], ["双肩背包", "书包"]),
             "帆布手提包": (["帆布包", "手提袋", "布兜"], ["帆布手提包", "手提袋"]),
             "编织袋": (["蛇皮袋", "编织袋", "袋子"], ["编织袋", "蛇皮袋"]),
             "拉杆箱": (["行李箱", "拉杆箱", "箱子"], ["拉杆箱", "行李箱"]),
             "女士挎包": (["挎包", "包", "斜挎包"], ["女士挎包", "斜挎包"]),
             "腰包": (["腰包", "小包", "挎包"], ["腰包", "小挎包"])}[kind]
    o = _base("bag", kind, nouns[0], nouns[1], "个")
    o["opens"] = True
    o["color"] = rng.choice({"编织袋": ["white", "blue", "green"], "拉杆箱": ["black", "blue", "silver", "pink"]}.get(
        kind, ["black", "blue", "grey", "red", "pink", "green", "brown"]))
    if kind in ("双肩包", "帆布手提包", "腰包"):
        o["brand"] = pick_w(rng, {"nike": 2, "adidas": 2, "anta": 2, "": 3}) or None
    elif kind == "拉杆箱":
        o["brand"] = pick_w(rng, {"diplomat": 1, "": 1}) or None
    pool = [("有几件换洗衣裳", "内有换洗衣物若干"), ("有个充电器", "手机充电器一个"), ("有包药", "药品一袋"),
            ("装着烙馍和咸菜", "内有食品（烙馍）"), ("有个保温杯", "保温杯一个"), ("有把雨伞", "折叠伞一把")]
    if v == "student":
        pool = [("有数学书和练习册", "初三数学课本及练习册"), ("有个文具盒", "文具盒一个"), ("有瓶水和面包", "饮用水、面包"),
                ("有个小电风扇", "手持小风扇一个"), ("书皮上写着%s" % person["name"], "课本封皮写有姓名“%s”" % person["name"])]
    elif v == "crew":
        pool = [("有两把割刀片", "收割机割刀片两片"), ("有套换洗衣裳", "换洗衣物"), ("有个扳手", "扳手一把"),
                ("有包黄油", "黄油一包"), ("有个充电宝", "充电宝一个")]
    o["cont"] = _vis(rng, pool, 1, 3)
    if rng.random() < 0.3:
        o["serial"] = dict(type="id", v=new_id(rng, reg, person), owner=0.3, finder=0.8, via="身份证")
        o["cont"].append(("包里有身份证", "内有居民身份证一张（姓名%s）" % person["name"]))
        o["name"] = person["name"]
    o["vis"] = _vis(rng, [("拉链坏了一个", "一侧拉链损坏"), ("上面挂个小熊", "挂有小熊挂件"), ("底下有块油渍", "底部有油渍"),
                          ("带子用线缝过", "背带有缝补痕迹")], 0, 2)
    return o


def gen_cash(rng, reg, person, place):
    cont = rng.choice([("红塑料袋", "红色塑料袋", "red"), ("牛皮纸信封", "牛皮纸信封", "brown"),
                       ("手绢包着", "手帕包裹", "blue"), ("皮筋扎着", "橡皮筋捆扎", None),
                       ("白信封", "白色信封", "white")])
    o = _base("cash", "现金", ["钱", "现金", "一沓钱", "卖麦哩钱"], ["现金", "人民币"], "沓")
    o["color"] = cont[2]
    big = person["voice"] == "grain" or place.startswith("grain")
    amt = rng.choice([1800, 2350, 3100, 4600, 5200, 6850]) if big else rng.choice([300, 500, 650, 900, 1200, 1500])
    o["cash"] = amt
    hundreds = amt // 100
    o["vis"] = [("用%s" % cont[0] if "着" not in cont[0] else cont[0], "用%s" % cont[1] if "扎" not in cont[1] and "包裹" not in cont[1] else cont[1])]
    o["cont"] = [("有%s" % _approx_money(rng, amt), "现金人民币%d元（%s）" % (amt, "百元%d张" % hundreds if amt % 100 == 0 else "百元%d张及零钱" % hundreds))]
    if big and rng.random() < 0.6:
        o["cont"].append(("里头夹着粮站哩结算单，写着俺名儿", "内夹售粮结算单一张，户名%s" % person["name"]))
        o["name"] = person["name"]
    o["hid"] = _vis(rng, ["是卖麦刚结哩钱", "准备给孩儿交学费哩", "给收割机结账哩钱", "有一张一百哩上面写了字"], 1, 1)
    o["opens"] = True
    return o


def gen_jewelry(rng, reg, person, place):
    kind = pick_w(rng, {"金戒指": 4, "金耳环": 2, "金项链": 2, "银手镯": 2, "玉镯": 1, "金手链": 1})
    nouns = {"金戒指": (["金戒指", "金镏子", "戒指"], ["黄金戒指", "金色戒指"], "枚"),
             "金耳环": (["金耳环", "耳坠", "耳环"], ["金色耳环", "耳环"], "只"),
             "金项链": (["金项链", "链子", "金链子"], ["金色项链", "项链"], "条"),
             "银手镯": (["银镯子", "小孩银手镯", "银手镯"], ["银色手镯", "儿童银镯"], "只"),
             "玉镯": (["玉镯子", "镯子", "玉手镯"], ["玉镯", "绿色手镯"], "只"),
             "金手链": (["金手链", "手链"], ["金色手链", "手链"], "条")}[kind]
    o = _base("jewelry", kind, nouns[0], nouns[1], nouns[2])
    o["color"] = {"银手镯": "silver", "玉镯": "green"}.get(kind, "gold")
    if kind != "玉镯":
        o["brand"] = pick_w(rng, {"chowtaifook": 2, "laofengxiang": 2, "chinagold": 1, "": 3}) or None
    g = rng.choice([2.6, 3.1, 4.8, 5.5, 6.2, 8.9, 12.3])
    o["hid"] = ["%.1f克" % g if rng.random() < 0.5 else "六克多" if 6 <= g < 7 else "%d克左右" % round(g)]
    pool = [("内圈刻着“永结同心”", "内圈刻有“永结同心”字样"), ("刻着“%s”" % rng.choice(["WXL", "ZH", "LOVE", "平安"]), None),
            ("装在红绒布袋里", "装于红色绒布袋内"), ("上头有个小铃铛", "带小铃铛"), ("有个观音吊坠", "带观音吊坠"),
            ("扣子变形了", "搭扣变形")]
    vis = []
    for a, b in _vis(rng, pool, 1, 2):
        if b is None:
            b = "刻有“%s”字样" % a.split("“")[1].split("”")[0]
        vis.append((a, b))
    o["vis"] = vis
    o["hid"].append(rng.choice(["是俺娘留给俺哩", "结婚时候买哩", "去年在县城金店买哩"] +
                               (["给孙女打哩长命镯"] if kind == "银手镯" else ["儿媳妇给买哩"])))
    return o


def gen_electronics(rng, reg, person, place):
    v = person["voice"]
    if v == "student":
        kinds = {"电话手表": 4, "蓝牙耳机": 2, "充电宝": 1}
    elif v == "crew":
        kinds = {"无人机遥控器": 3, "对讲机": 3, "充电宝": 1, "蓝牙耳机": 1}
    elif v == "elder":
        kinds = {"唱戏机": 5, "充电宝": 1}
    else:
        kinds = {"蓝牙耳机": 3, "充电宝": 2, "平板电脑": 2, "唱戏机": 1, "电话手表": 1}
    kind = pick_w(rng, kinds)
    table = {
        "电话手表": (["电话手表", "儿童手表", "小天才手表"], ["儿童电话手表", "智能手表"], "块", ["xtc"], ["pink", "blue", "black"]),
        "蓝牙耳机": (["蓝牙耳机", "耳机", "无线耳机"], ["无线蓝牙耳机", "耳机（带充电仓）"], "副", ["apple", "huawei", "xiaomi"], ["white", "black"]),
        "充电宝": (["充电宝", "移动电源"], ["充电宝", "移动电源"], "个", ["romoss", "xiaomi"], ["white", "black", "pink"]),
        "平板电脑": (["平板", "平板电脑", "iPad"], ["平板电脑"], "台", ["huawei", "apple"], ["grey", "silver", "gold"]),
        "唱戏机": (["唱戏机", "看戏机", "收音机"], ["唱戏机（带屏幕）", "收音机"], "个", ["jinzheng", "sast"], ["red", "black", "gold"]),
        "无人机遥控器": (["无人机遥控器", "植保机遥控器", "遥控器"], ["无人机遥控器", "遥控器"], "个", ["dji"], ["grey", "black"]),
        "对讲机": (["对讲机", "对讲"], ["对讲机"], "部", ["baofeng"], ["black"]),
    }
    nouns_o, nouns_f, measure, brands, colors = table[kind]
    o = _base("electronics", kind, nouns_o, nouns_f, measure)
    o["brand"] = rng.choice(brands)
    o["color"] = rng.choice(colors)
    if o["brand"] in MODELS and kind not in ("蓝牙耳机", "平板电脑"):
        o["model"] = rng.choice(MODELS[o["brand"]])
    elif kind == "蓝牙耳机":
        o["model"] = {"apple": "AirPods 3代", "huawei": "FreeBuds 7i", "xiaomi": "Buds 5青春"}[o["brand"]]
    elif kind == "平板电脑":
        o["model"] = {"apple": "iPad 第10代", "huawei": "MatePad 11.5S"}[o["brand"]]
    if kind == "电话手表":
        v1, v2 = new_imei(rng, reg)
        o["serial"] = dict(type="imei", v=v1, v2=v2, owner=0.25, finder=0.2)
        o["alt_cat"] = "phone"
        o["vis"] = _vis(rng, [("表带是卡通哩", "卡通图案表带"), ("表盘有划痕", "表盘有划痕"), ("背面贴着名字贴", "背面贴姓名贴")], 1, 2)
    elif kind in ("平板电脑", "无人机遥控器", "蓝牙耳机"):
        o["serial"] = dict(type="sn", v=new_sn(rng, reg, {"apple": "H", "huawei": "L", "xiaomi": "M", "dji": "DJ"}[o["brand"]]),
                           owner=0.3 if kind != "无人机遥控器" else 0.6, finder=0.4)
        o["vis"] = _vis(rng, {"平板电脑": [("带个蓝色保护套", "蓝色保护套"), ("屏幕有道划痕", "屏幕有划痕"), ("背面贴着卡通贴纸", "背面贴有卡通贴纸")],
                              "无人机遥控器": [("挂着黄色挂带", "带黄色挂带"), ("屏幕上贴着膜", "屏幕贴膜"), ("上面用记号笔写着“%s”" % person["name"][0] + "队", "机身手写“%s队”" % person["name"][0])],
                              "蓝牙耳机": [("充电盒套着个小鸭子壳", "充电仓套小黄鸭保护壳"), ("盒子上有道划痕", "充电仓有划痕"), ("只剩左耳一只", "仅有一只耳机")]}[kind], 1, 2)
    else:
        o["vis"] = _vis(rng, [("上面缠着胶布", "缠有胶布"), ("挂着个带子", "带挂绳"), ("外壳掉漆了", "外壳掉漆"),
                              ("插着一张内存卡", "插有内存卡")], 1, 2)
        if kind == "唱戏机":
            o["hid"] = [rng.choice(["里头存哩都是豫剧《朝阳沟》", "卡里有《花木兰》《七品芝麻官》", "还下载了好些坠子书"])]
    if kind == "对讲机":
        o["hid"] = ["频道调在%d" % rng.randint(1, 16)]
    return o


def gen_other(rng, reg, person, place):
    kinds = {"老花镜": 3, "保温杯": 2, "雨伞": 1, "病历本": 2, "药袋": 2, "草帽": 1, "拐杖": 1, "助听器": 1, "假牙": 1}
    kind = pick_w(rng, kinds)
    table = {
        "老花镜": (["老花镜", "眼镜", "花镜"], ["老花镜（带镜盒）", "眼镜"], "副", ["brown", "black", "red"]),
        "保温杯": (["保温杯", "水杯", "杯子"], ["保温杯", "不锈钢保温杯"], "个", ["silver", "black", "blue", "pink"]),
        "雨伞": (["伞", "雨伞", "折叠伞"], ["雨伞", "折叠伞"], "把", ["black", "blue", "red"]),
        "病历本": (["病历本", "病历", "CT片子"], ["病历本及检查单", "病历资料"], "份", ["blue", "white"]),
        "药袋": (["药", "一袋子药", "药袋"], ["药品", "药袋"], "袋", ["white"]),
        "草帽": (["草帽", "帽子"], ["草帽"], "顶", ["gold"]),
        "拐杖": (["拐棍", "拐杖", "手杖"], ["拐杖", "手杖"], "根", ["brown", "black", "silver"]),
        "助听器": (["助听器", "耳朵上戴哩助听器"], ["助听器"], "个", ["brown", "grey"]),
        "假牙": (["假牙", "牙托"], ["假牙（义齿）"], "副", ["pink"]),
    }
    nouns_o, nouns_f, measure, colors = table[kind]
    o = _base("other", kind, nouns_o, nouns_f, measure)
    o["color"] = rng.choice(colors)
    if kind == "保温杯":
        o["brand"] = rng.choice(["fuguang", ""]) or None
    if kind == "助听器":
        o["alt_cat"] = "electronics"
    if kind in ("病历本", "药袋"):
        o["name"] = person["name"]
        o["vis"] = [("上面写着俺哩名儿", "写有姓名“%s”" % person["name"]), rng.choice([
            ("是王集卫生院开哩", "王集镇卫生院字样"), ("里头有张CT片", "内有CT片一张"), ("是降压药", "内有降压药两盒")])]
    else:
        o["vis"] = _vis(rng, {"老花镜": [("装在个眼镜盒里", "装于眼镜盒内"), ("一条腿用线缠着", "镜腿缠线"), ("度数是300度", None)],
                              "保温杯": [("杯身上有个“福”字", "杯身印“福”字"), ("杯盖掉漆了", "杯盖掉漆"), ("里头泡哩枸杞", "杯内有枸杞水")],
                              "雨伞": [("伞把是木头哩", "木质伞柄"), ("有一根伞骨断了", "伞骨折断一根")],
                              "草帽": [("帽檐上系着红布条", "帽檐系红布条"), ("帽顶破了个洞", "帽顶有破洞")],
                              "拐杖": [("底下有个橡皮头", "底部带橡胶头"), ("把上缠着布", "手柄缠布条")],
                              "助听器": [("是右耳朵哩", "右耳款"), ("装在个小盒子里", "装于小盒内")],
                              "假牙": [("是上牙，七八颗", "上颌义齿"), ("用手绢包着", "手帕包裹")]}[kind], 1, 2)
        o["vis"] = [(a, b if b is not None else "镜片较厚") for a, b in o["vis"]]
    o["hid"] = [rng.choice(["对俺可重要", "刚在卫生院配哩", "用了好些年了", "孩子给买哩"])]
    return o


GENERATORS = {"id_doc": gen_id_doc, "phone": gen_phone, "wallet": gen_wallet, "keys": gen_keys,
              "ebike": gen_ebike, "bicycle": gen_bicycle, "bag": gen_bag, "cash": gen_cash,
              "jewelry": gen_jewelry, "electronics": gen_electronics, "other": gen_other}


def make_object(rng, reg, cat, person, place):
    o = GENERATORS[cat](rng, reg, person, place)
    o["owner"] = person
    o["place"] = place
    return o
