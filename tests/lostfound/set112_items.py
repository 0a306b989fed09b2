"""set112 hidden truth records: one invented object per call.

An object is a dict:
  cat, kind, noun_o (owner's words), noun_f (finder's words), clf,
  color (key of COLORS or None), brand (key of BRANDS or None),
  model, serials: [{t, v, po, pf}] (po/pf = chance owner knows / finder sees),
  vis: [(owner phrase, finder phrase)] visible marks,
  hid: [owner phrase] things only the owner knows,
  cont: [(owner phrase, finder phrase)] contents (finder sees them if opened),
  alt_cat: another category a person could file it under (or None),
  owner: person dict.
"""

import datetime
import set112_world as W

COLORS = dict(W.COLORS)
COLORS["红白蓝"] = ["红白蓝", "红蓝白条纹", "蓝白红"]


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


def id_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body17, w))
    return "10X98765432"[s % 11]


def make_imei(rng):
    body = rng.choice(W.PHONE_TAC) + "".join(str(rng.randrange(10)) for _ in range(6))
    return body + luhn_digit(body)


def make_id(rng, prefix4, female):
    region = prefix4 + "%02d" % rng.choice([1, 2, 3, 21, 22, 23, 24, 25, 26])
    born = datetime.date(1968, 1, 1) + datetime.timedelta(days=rng.randrange(0, 38 * 365))
    seq = rng.randrange(10, 99) * 10 + rng.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9])
    body = region + born.strftime("%Y%m%d") + "%03d" % seq
    return body + id_check(body)


VOICES = {"sc": ["sc", "sc", "formal", "young", "plain"],
          "hn": ["hn", "hn", "formal", "young", "plain"],
          "gz": ["gz", "gz", "formal", "young", "plain"],
          "gd": ["gd", "gd", "formal", "plain", "leader"]}


def make_person(rng, used_names):
    prov = rng.choice(["sc", "sc", "hn", "hn", "gz", "gz", "gd"])
    pname, cities, prefixes = W.PROVINCES[prov]
    ci = rng.randrange(len(cities))
    female = rng.random() < 0.5
    while True:
        name = rng.choice(W.SURNAMES) + "".join(rng.choice(W.GIVEN) for _ in range(rng.choice([1, 2, 2])))
        if name not in used_names:
            used_names.add(name)
            break
    comp = rng.choice(W.COMPANIES)
    voice = rng.choice(VOICES[prov])
    if rng.random() < 0.08:
        voice = "leader"
    return {
        "name": name, "prov": prov, "pname": pname, "city": cities[ci], "female": female,
        "id": make_id(rng, prefixes[ci], female), "company": comp,
        "badge": comp[2] + "%05d" % rng.randrange(10000, 99999) if rng.random() < 0.9 else comp[2] + "%06d" % rng.randrange(100000, 999999),
        "dept": rng.choice(comp[3]),
        "tel": rng.choice(["138", "139", "136", "152", "157", "177", "188", "199"]) + "****" + "%04d" % rng.randrange(10000),
        "voice": voice,
    }


def pick_color(rng, allowed, force):
    if force.get("color"):
        return force["color"]
    return rng.choice(allowed)


def money_words(n):
    digits = "零一二三四五六七八九"
    if n % 1000 == 0 and n < 10000:
        return digits[n // 1000] + "千"
    if n % 100 == 0 and n < 10000:
        return digits[n // 1000] + "千" + digits[(n // 100) % 10] + ("百" if n // 1000 == 0 else "")
    return str(n)


def amount_owner(rng, n):
    r = rng.random()
    if r < 0.55:
        return rng.choice(["%d块" % n, "%d元" % n, money_words(n) + "块"])
    if r < 0.85:
        lo = (n // 500) * 500 if n >= 500 else (n // 100) * 100
        return rng.choice(["%d多" % lo if lo else "几百", "大概%d左右" % (round(n, -2) or 100), "%s来块" % money_words(max(100, round(n, -2)))])
    return rng.choice(["具体多少不记得了", "有一些现金"])


# ---------------------------------------------------------------- kinds

def k_phone(rng, P, force):
    brands = sorted(W.PHONE_MODELS)
    brand = force.get("brand") or rng.choice(brands + ["华为", "苹果", "OPPO", "vivo"])
    model = force.get("model") or rng.choice(W.PHONE_MODELS[brand])
    color = pick_color(rng, ["黑", "黑", "白", "蓝", "紫", "金", "银", "绿", "粉", "灰"], force)
    vis = []
    case = rng.choice([
        ("套了个透明壳", "透明手机壳"), ("粉色硅胶壳，上面有个草莓熊", "粉色卡通壳（草莓熊图案）"),
        ("黑色翻盖皮套", "黑色翻盖皮套"), ("没套壳", "无保护壳"),
        ("壳子后面夹了张门禁卡", "手机壳内夹门禁卡一张"), ("背面贴了个福字贴纸", "背面贴红色福字贴纸"),
        ("磨砂黑壳，边角磨白了", "黑色磨砂壳，四角磨损"), ("壳上挂了根红绳子", "挂有红色挂绳"),
    ])
    vis.append(case)
    if rng.random() < 0.5:
        vis.append(rng.choice([("屏幕左上角碎了一块", "屏幕左上角有裂痕"), ("屏幕有条裂缝", "屏幕有裂纹"),
                               ("贴了防窥膜", "贴有防窥膜"), ("后摄像头那里摔凹了一点", "后摄像头边框有磕碰")]))
    lock = rng.choice([("锁屏是我儿子的照片", "锁屏图片为一小男孩"), ("屏保是我跟我老婆的合照", "锁屏为一男一女合影"),
                       ("锁屏是一只橘猫", "锁屏图片是一只黄色的猫"), ("锁屏是我女儿穿校服的照片", "锁屏为一女孩照片"),
                       ("锁屏是个动漫人物", "锁屏为卡通人物"), ("屏保是老家的山", "锁屏为风景照")])
    if rng.random() < 0.6:
        vis.append(lock)
    hid = []
    hid.append(rng.choice(["里面有两张卡，一张移动一张电信", "手机号%s" % P["tel"], "开机密码是我生日",
                           "微信里有刚发的年终奖还没转出来", "里面有回家的车票取票码", "相册里全是我娃的照片"]))
    if rng.random() < 0.4:
        hid.append(rng.choice(["电量不多了，可能已经关机", "买了才三个月", "是去年在电子市场买的二手"]))
    return dict(cat="phone", kind="phone", noun_o=["手机", "手机", "电话", "手机"], noun_f=["手机", "手机一部", "移动电话"],
                clf="部", color=color, brand=brand, model=model,
                serials=[{"t": "imei", "v": make_imei(rng), "po": 0.35, "pf": 0.3}],
                vis=vis, hid=hid, cont=[], alt_cat=None)


def k_idcard(rng, P, force):
    vis = []
    if rng.random() < 0.5:
        vis.append(rng.choice([("装在一个蓝色卡套里", "外有蓝色卡套"), ("背面用透明胶贴过", "背面有透明胶带"),
                               ("卡套上挂着鸿锦厂的门禁扣", "附门禁扣一个")]))
    return dict(cat="id_doc", kind="idcard", noun_o=["身份证", "身份证", "二代身份证"], noun_f=["身份证", "居民身份证", "身份证一张"],
                clf="张", color=None, brand=None, model=None,
                serials=[{"t": "id", "v": P["id"], "po": 0.55, "pf": 0.95}],
                vis=vis + [("名字%s" % P["name"], "姓名%s" % P["name"])],
                hid=[rng.choice(["%s%s人" % (P["pname"], P["city"]), "过年回家坐车要用", "这两天要去劳动所办事要用"])],
                cont=[], alt_cat=None)


def k_badge(rng, P, force):
    comp = P["company"]
    color = pick_color(rng, ["蓝", "红", "绿", "黑"], force)
    return dict(cat="id_doc", kind="badge", noun_o=["工牌", "厂牌", "工作证", "员工卡"], noun_f=["工牌", "员工工牌", "厂牌一个"],
                clf="个", color=color, brand=None, model=None,
                serials=[{"t": "badge", "v": P["badge"], "po": 0.8, "pf": 0.9}],
                vis=[("%s挂绳" % rng.choice(COLORS[color]), "%s挂绳" % rng.choice(COLORS[color])),
                     ("%s的" % comp[0], "印有%s" % comp[1]), ("%s" % P["dept"], "部门：%s" % P["dept"]),
                     ("上面名字%s" % P["name"], "姓名%s" % P["name"])],
                hid=[rng.choice(["没有工牌进不了厂门", "饭卡也在工牌里，里面还有两百多块饭钱", "明天要打卡领年终奖"])],
                cont=[], alt_cat="other")


def k_bankcard(rng, P, force):
    bank, pre = rng.choice(W.BANKS)
    tail = "%04d" % rng.randrange(10000)
    return dict(cat="id_doc", kind="bankcard", noun_o=["银行卡", "工资卡", "卡"], noun_f=["银行卡", "借记卡一张"],
                clf="张", color=None, brand=None, model=None,
                serials=[{"t": "card", "v": (pre, tail), "po": 0.75, "pf": 0.95}],
                vis=[("%s的" % bank, "%s借记卡" % bank)],
                hid=[rng.choice(["是工资卡，年终奖刚打进去", "已经打电话挂失了", "卡里有要寄回家的钱"])],
                cont=[], alt_cat=None)


def k_sscard(rng, P, force):
    return dict(cat="id_doc", kind="sscard", noun_o=["社保卡", "医保卡", "社保卡"], noun_f=["社会保障卡", "社保卡一张"],
                clf="张", color=None, brand=None, model=None,
                serials=[{"t": "id", "v": P["id"], "po": 0.4, "pf": 0.85}],
                vis=[("名字是%s" % P["name"], "姓名%s" % P["name"])],
                hid=[rng.choice(["拿去药店买药的时候", "上面照片是几年前的"])], cont=[], alt_cat=None)


def k_driver(rng, P, force):
    color = pick_color(rng, ["棕", "黑"], force)
    return dict(cat="id_doc", kind="driver", noun_o=["驾驶证", "驾照", "驾驶本"], noun_f=["机动车驾驶证", "驾驶证一本"],
                clf="本", color=color, brand=None, model=None,
                serials=[{"t": "id", "v": P["id"], "po": 0.45, "pf": 0.9}],
                vis=[("%s的皮套" % rng.choice(COLORS[color]), "%s皮套" % rng.choice(COLORS[color])),
                     ("名字%s" % P["name"], "姓名%s" % P["name"])],
                hid=["准驾C1", rng.choice(["里面夹了张行驶证复印件", "刚换的新证"])], cont=[], alt_cat=None)


def k_wallet(rng, P, force):
    brand = force.get("brand", rng.choice(["七匹狼", "金利来", "皮尔卡丹", None, None]))
    color = pick_color(rng, ["黑", "黑", "棕", "红", "粉"], force)
    style = rng.choice([("长款", "长款"), ("短款对折", "对折短款"), ("拉链的", "拉链式")])
    cash = rng.choice([86, 230, 460, 800, 1250, 1700, 2300, 3600])
    cont = [("现金%s" % amount_owner(rng, cash), "现金%d元" % cash)]
    serials = []
    if rng.random() < 0.6:
        cont.append(("身份证", "身份证一张（%s）" % P["name"]))
        serials.append({"t": "id", "v": P["id"], "po": 0.3, "pf": 0.6})
    if rng.random() < 0.6:
        bank, pre = rng.choice(W.BANKS)
        tail = "%04d" % rng.randrange(10000)
        cont.append(("%s卡" % bank, "%s银行卡一张" % bank))
        serials.append({"t": "card", "v": (pre, tail), "po": 0.5, "pf": 0.6})
    if rng.random() < 0.4:
        cont.append(("工牌", "%s工牌（%s）" % (P["company"][0], P["name"])))
        serials.append({"t": "badge", "v": P["badge"], "po": 0.3, "pf": 0.6})
    if rng.random() < 0.4:
        cont.append(rng.choice([("我娃的一寸照", "小孩照片一张"), ("回家的车票", "汽车票一张"),
                                ("几张超市小票", "购物小票若干"), ("一张全家福", "合影照片一张")]))
    vis = [(style[0], style[1])]
    if rng.random() < 0.4:
        vis.append(rng.choice([("边上有点脱皮", "边缘有脱皮"), ("扣子坏了", "搭扣损坏"), ("有股烟味", "有烟味")]))
    return dict(cat="wallet", kind="wallet", noun_o=["钱包", "钱包", "皮夹"], noun_f=["钱包", "钱包一个", "皮夹"],
                clf="个", color=color, brand=brand, model=None, serials=serials, vis=vis,
                hid=[rng.choice(["是我老婆送的", "用了好几年了", "里面的钱是这个月的生活费"])], cont=cont, alt_cat="bag")


def k_keys(rng, P, force):
    brand = force.get("brand", rng.choice(["雅迪", "爱玛", "台铃", "新日", None]))
    color = pick_color(rng, ["红", "蓝", "黑", "黄", "绿", "粉"], force)
    n = rng.randrange(2, 6)
    vis = [("%d把钥匙" % n, "钥匙%d把" % n)]
    if brand:
        vis.append(("一把是%s电动车钥匙" % rng.choice(W.BRANDS[brand][:3]), "含%s电动车钥匙一把" % rng.choice(W.BRANDS[brand][:3])))
    fob = rng.choice([("挂了个%s的小熊" % rng.choice(COLORS[color]), "%s小熊挂件" % rng.choice(COLORS[color])),
                      ("挂了个%s的门禁扣" % rng.choice(COLORS[color]), "%s门禁卡扣" % rng.choice(COLORS[color])),
                      ("钥匙扣是%s的葫芦" % rng.choice(COLORS[color]), "%s葫芦挂件" % rng.choice(COLORS[color])),
                      ("%s的平安扣绳子" % rng.choice(COLORS[color]), "%s挂绳（平安扣）" % rng.choice(COLORS[color]))])
    vis.append(fob)
    serials = []
    if rng.random() < 0.5:
        room = rng.choice(["A", "B", "3栋", "5栋", "C"]) + "-%d%02d" % (rng.randrange(2, 8), rng.randrange(1, 30))
        serials.append({"t": "room", "v": room, "po": 0.8, "pf": 0.8})
    return dict(cat="keys", kind="keys", noun_o=["钥匙", "一串钥匙", "钥匙串"], noun_f=["钥匙一串", "钥匙", "一串钥匙"],
                clf="串", color=color, brand=brand, model=None, serials=serials, vis=vis,
                hid=[rng.choice(["宿舍柜子的钥匙也在上面", "出租屋的钥匙，房东回老家了配不到", "车钥匙没了车都骑不走"])],
                cont=[], alt_cat="other")


def k_ebike(rng, P, force):
    brand = force.get("brand") or rng.choice(sorted(W.EBIKE_MODELS))
    model = force.get("model") or rng.choice(W.EBIKE_MODELS[brand])
    color = pick_color(rng, ["白", "黑", "红", "蓝", "灰", "绿", "粉"], force)
    plate = "粤S" + rng.choice("ABCDEFGH") + "%05d" % rng.randrange(100000)
    frame = W.EBIKE_PREFIX[brand] + rng.choice(["23", "24", "25"]) + "%02d" % rng.randrange(1, 13) + "%06d" % rng.randrange(1000000)
    vis = [rng.choice([("后面装了个外卖箱", "后置外卖箱"), ("后座有儿童座椅", "后座装儿童座椅"),
                       ("前面有挡风被，%s的" % rng.choice(["蓝", "黑", "红", "迷彩"]), "车头装挡风被"),
                       ("车筐里有个黄色安全帽", "车筐内有黄色安全帽"), ("左边后视镜断了", "左后视镜缺失"),
                       ("坐垫破了用胶布缠的", "坐垫破损缠有胶布")])]
    if rng.random() < 0.4:
        vis.append(rng.choice([("车身贴了个'平安'贴纸", "车身贴平安字样贴纸"), ("踏板上有块脚垫", "踏板有脚垫"),
                               ("把手上挂了个%s头盔" % rng.choice(["白", "粉", "黑"]), "车把挂头盔一个")]))
    return dict(cat="ebike", kind="ebike", noun_o=["电动车", "电瓶车", "电车", "电动车"], noun_f=["电动自行车", "电动车一辆", "电瓶车"],
                clf="辆", color=color, brand=brand, model=model,
                serials=[{"t": "plate", "v": plate, "po": 0.85, "pf": 0.8}, {"t": "frame", "v": frame, "po": 0.25, "pf": 0.4}],
                vis=vis, hid=[rng.choice(["电池是后来换的48V的", "锁了U型锁的", "买了一年多，两千多块", "充电器放在宿舍没带"])],
                cont=[], alt_cat=None)


def k_bicycle(rng, P, force):
    brand = force.get("brand") or rng.choice(sorted(W.BIKE_MODELS))
    model = force.get("model") or rng.choice(W.BIKE_MODELS[brand])
    color = pick_color(rng, ["黑", "白", "蓝", "红", "灰", "绿"], force)
    frame = rng.choice(["G", "X", "F", "P"]) + "%09d" % rng.randrange(10 ** 9)
    vis = [rng.choice([("后座绑了个坐垫", "后座绑有软垫"), ("车铃没了", "无车铃"), ("前面有个车筐", "车前有筐"),
                       ("链条有点锈", "链条生锈"), ("挂了把密码锁", "车上挂密码锁一把")])]
    return dict(cat="bicycle", kind="bicycle", noun_o=["自行车", "单车", "脚踏车"], noun_f=["自行车", "自行车一辆", "单车"],
                clf="辆", color=color, brand=brand, model=model,
                serials=[{"t": "frame", "v": frame, "po": 0.15, "pf": 0.35}],
                vis=vis, hid=[rng.choice(["平时骑去上班的", "二手市场买的", "锁在楼下没锁好"])], cont=[], alt_cat=None)


BAG_GOODS = [("两斤腊肠", "腊肠一包"), ("给娃买的新衣服", "儿童衣物若干"), ("一罐奶粉", "奶粉一罐"),
             ("给我妈买的羽绒服", "女式羽绒服一件"), ("手机充电器", "充电器一个"), ("几包东莞米粉", "米粉若干包"),
             ("两瓶酒", "白酒两瓶"), ("一床被子", "被子一床"), ("换洗衣服", "衣物若干"), ("一箱沙糖桔", "沙糖桔一箱"),
             ("给小孩的玩具车", "玩具车一个"), ("保温杯", "保温杯一个")]


def k_bag(rng, P, force):
    sub = force.get("sub") or rng.choice(["backpack", "backpack", "suitcase", "woven", "handbag"])
    serials = []
    if sub == "backpack":
        brand = force.get("brand", rng.choice(["耐克", "阿迪达斯", "安踏", "李宁", None]))
        color = pick_color(rng, ["黑", "黑", "灰", "蓝", "红"], force)
        no, nf = ["双肩包", "背包", "书包"], ["双肩背包", "背包一个"]
    elif sub == "suitcase":
        brand = None
        color = pick_color(rng, ["黑", "银", "灰", "蓝", "粉"], force)
        no, nf = ["行李箱", "拉杆箱", "箱子"], ["拉杆箱", "行李箱一个"]
    elif sub == "woven":
        brand = None
        color = "红白蓝"
        no, nf = ["蛇皮袋", "编织袋", "大袋子"], ["编织袋", "蛇皮袋一个"]
    else:
        brand = force.get("brand", rng.choice(["七匹狼", "金利来", None]))
        color = pick_color(rng, ["黑", "棕", "红"], force)
        no, nf = ["手提包", "手拿包", "挎包"], ["手提包", "挎包一个"]
    goods = rng.sample(BAG_GOODS, rng.randrange(2, 4))
    cont = list(goods)
    if rng.random() < 0.35:
        cont.append(("身份证", "身份证（%s）" % P["name"]))
        serials.append({"t": "id", "v": P["id"], "po": 0.3, "pf": 0.6})
    vis = []
    if rng.random() < 0.5:
        vis.append(rng.choice([("拉链坏了用别针别着", "拉链损坏用别针固定"), ("挂了个行李牌写了我名字", "挂行李牌，写有'%s'" % P["name"]),
                               ("上面用记号笔写了%s" % P["name"][0], "袋上有记号笔写的'%s'字" % P["name"][0]),
                               ("轮子掉了一个", "缺一个轮子"), ("绑了根红布条", "系红色布条")]))
    return dict(cat="bag", kind=sub, noun_o=no, noun_f=nf, clf="个", color=color, brand=brand, model=None,
                serials=serials, vis=vis, hid=[rng.choice(["都是准备带回老家的年货", "刚从快递点取的", "本来要寄回家的"])],
                cont=cont, alt_cat=None)


def k_cash(rng, P, force):
    sub = force.get("sub") or rng.choice(["redpacket", "redpacket", "envelope", "loose"])
    amt = rng.choice([600, 800, 1000, 1200, 1500, 2000, 2600, 3000, 3880, 5000])
    serials, vis = [], []
    comp = P["company"]
    if sub == "redpacket":
        color, no, nf = "红", ["红包", "利是", "红包"], ["红包", "红包一个", "利是封"]
        vis.append(rng.choice([("红包上印着%s恭贺新禧" % comp[0], "红包印有'%s 恭贺新禧'" % comp[1]),
                               ("红包上印了个福字", "红包印'福'字"), ("红包背面我写了'给妈'", "背面手写'给妈'")]))
    elif sub == "envelope":
        color, no, nf = rng.choice(["棕", "白"]), ["工资袋", "信封", "牛皮纸信封"], ["牛皮纸信封", "信封一个", "工资袋"]
        vis.append(("信封上写了我名字和工号", "信封上写有姓名%s及工号" % P["name"]))
        serials.append({"t": "badge", "v": P["badge"], "po": 0.6, "pf": 0.85})
    else:
        color, no, nf = None, ["现金", "一沓钱", "钱"], ["现金", "人民币一沓"]
        vis.append(rng.choice([("用橡皮筋扎着", "用橡皮筋捆扎"), ("折起来夹在一张工资条里", "夹在一张工资条内")]))
    h = amt // 100
    return dict(cat="cash", kind=sub, noun_o=no, noun_f=nf, clf="个" if sub != "loose" else "沓", color=color,
                brand=None, model=None, serials=serials, vis=vis,
                hid=[rng.choice(["是年终奖", "是准备寄回家的钱", "是这个月工资加奖金", "是给家里老人包的"])],
                cont=[("里面%s" % amount_owner(rng, amt), "人民币%d元%s" % (amt, "（百元%d张）" % h if amt % 100 == 0 else ""))],
                alt_cat="other" if sub == "envelope" else None)


def k_jewelry(rng, P, force):
    sub = rng.choice(["bangle", "necklace", "ring", "pendant"])
    brand = force.get("brand", rng.choice(["周大福", "老凤祥", "周生生", "六福", None]))
    if sub == "pendant":
        color = pick_color(rng, ["金", "银", "绿"], force)
        no, nf = rng.choice([(["长命锁", "小孩的长命锁"], ["长命锁一个", "儿童长命锁"]), (["玉坠", "吊坠"], ["吊坠一个", "玉石吊坠"])])
    elif sub == "bangle":
        color = pick_color(rng, ["金", "银"], force)
        no, nf = ["手镯", "镯子"], ["手镯一只", "手镯"]
    elif sub == "necklace":
        color = pick_color(rng, ["金", "银"], force)
        no, nf = ["项链", "链子"], ["项链一条", "项链"]
    else:
        color = pick_color(rng, ["金", "银"], force)
        no, nf = ["戒指", "金戒指"], ["戒指一枚", "戒指"]
    vis = [rng.choice([("内圈刻了'平安'两个字", "内侧刻'平安'"), ("刻了个'福'", "刻有'福'字"),
                       ("装在红色小绒袋里", "装于红色绒布袋内"), ("带着盒子，盒子上有店名", "有首饰盒")])]
    return dict(cat="jewelry", kind=sub, noun_o=no, noun_f=nf, clf="个", color=color, brand=brand, model=None, serials=[],
                vis=vis, hid=[rng.choice(["%s克左右" % rng.choice(["十二", "二十", "8.6", "15", "30"]), "刚买的还没戴过，准备带回去给我妈",
                                          "是我结婚的时候买的", "给刚出生的侄子买的"])],
                cont=[], alt_cat=None)


def k_electronics(rng, P, force):
    sub = force.get("sub") or rng.choice(["earbuds", "earbuds", "powerbank", "powerbank", "tablet", "kidwatch", "speaker", "laptop"])
    serials = []
    if sub == "earbuds":
        brand = force.get("brand") or rng.choice(["苹果", "华为", "小米", "漫步者"])
        model = {"苹果": "AirPods 3", "华为": "FreeBuds 5i", "小米": "Buds 4", "漫步者": "Lolli Pro"}[brand]
        color = pick_color(rng, ["白", "白", "黑"], force)
        no, nf = ["蓝牙耳机", "耳机", "无线耳机"], ["蓝牙耳机一副", "耳机（含充电盒）"]
        sn = rng.choice(["H", "F", "E"]) + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
        serials.append({"t": "sn", "v": sn, "po": 0.15, "pf": 0.35})
        vis = [rng.choice([("盒子上贴了个小猪贴纸", "充电盒贴小猪贴纸"), ("盒子有划痕", "充电盒有划痕"),
                           ("套了个%s硅胶套" % rng.choice(["蓝", "粉", "黑"]), "充电盒有硅胶保护套"), ("只有一只耳机在盒子里", "盒内仅一只耳机")])]
    elif sub == "powerbank":
        brand = force.get("brand") or rng.choice(["罗马仕", "小米", "罗马仕"])
        model = rng.choice(["20000毫安", "10000毫安"])
        color = pick_color(rng, ["白", "黑", "蓝"], force)
        no, nf = ["充电宝", "移动电源"], ["充电宝一个", "移动电源"]
        sn = "%s%010d" % ("RM" if brand == "罗马仕" else "MI", rng.randrange(10 ** 10))
        serials.append({"t": "sn", "v": sn, "po": 0.05, "pf": 0.3})
        vis = [rng.choice([("上面用胶布贴了我名字", "贴有胶布写着'%s'" % P["name"]), ("插着一根%s的数据线" % rng.choice(["白", "黑"]), "带数据线一根"),
                           ("有一面摔裂了", "外壳有裂")])]
    elif sub == "tablet":
        brand = force.get("brand") or rng.choice(["华为", "联想", "小米"])
        model = {"华为": "MatePad SE 10", "联想": "小新 Pad 11", "小米": "Pad 6"}[brand]
        color = pick_color(rng, ["灰", "银", "蓝"], force)
        no, nf = ["平板", "平板电脑", "ipad"], ["平板电脑一台", "平板"]
        serials.append({"t": "sn", "v": "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(12)), "po": 0.2, "pf": 0.4})
        vis = [rng.choice([("套着%s的保护套" % rng.choice(["蓝色", "粉色", "黑色"]), "带保护套"), ("背面贴了奥特曼贴纸", "背面有奥特曼贴纸"),
                           ("屏幕有划痕", "屏幕有划痕")])]
    elif sub == "kidwatch":
        brand = "小天才"
        model = rng.choice(["Z8 少年版", "Q3 儿童版"])
        color = pick_color(rng, ["蓝", "粉", "紫"], force)
        no, nf = ["电话手表", "儿童手表", "小孩手表"], ["儿童电话手表", "智能手表一块"]
        serials.append({"t": "sn", "v": "T%011d" % rng.randrange(10 ** 11), "po": 0.1, "pf": 0.3})
        vis = [rng.choice([("还没拆封，装在盒子里", "未拆封，带包装盒"), ("表带有点脏", "表带有污渍")])]
    elif sub == "speaker":
        brand = force.get("brand") or "漫步者"
        model = "M230"
        color = pick_color(rng, ["黑", "灰", "红"], force)
        no, nf = ["音箱", "蓝牙音响", "小音箱"], ["蓝牙音箱一个", "音箱"]
        vis = [("带挂绳", "带挂绳")]
    else:
        brand = force.get("brand") or "联想"
        model = rng.choice(["小新 Air 14", "ThinkBook 15"])
        color = pick_color(rng, ["灰", "银", "黑"], force)
        no, nf = ["笔记本电脑", "电脑", "笔记本"], ["笔记本电脑一台", "手提电脑"]
        serials.append({"t": "sn", "v": "PF" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)), "po": 0.3, "pf": 0.5})
        vis = [rng.choice([("装在一个黑色电脑包里", "装于黑色电脑包"), ("A面贴了个骷髅头贴纸", "外壳有骷髅贴纸")])]
    return dict(cat="electronics", kind=sub, noun_o=no, noun_f=nf, clf="个", color=color, brand=brand, model=model,
                serials=serials, vis=vis,
                hid=[rng.choice(["刚买的，准备过年带回去给娃", "用了一年多", "是厂里年会抽奖抽到的", "发票还在我这里"])],
                cont=[], alt_cat="other" if sub == "earbuds" else None)


def k_other(rng, P, force):
    sub = force.get("sub") or rng.choice(["ticket", "docs", "docs", "thermos", "helmet", "umbrella"])
    serials, brand, model, cont = [], None, None, []
    if sub == "ticket":
        color = None
        dest = {"sc": ["南充", "达州", "巴中"], "hn": ["邵阳", "衡阳", "怀化"], "gz": ["毕节", "遵义", "铜仁"], "gd": ["湛江", "梅州"]}[P["prov"]]
        d = rng.choice(dest)
        no, nf = ["车票", "回家的车票", "汽车票"], ["长途汽车票", "车票一张"]
        tno = "%07d" % rng.randrange(10 ** 7)
        serials.append({"t": "ticket", "v": tno, "po": 0.3, "pf": 0.9})
        vis = [("樟岚到%s的" % d, "樟岚至%s" % d), ("%d号座" % rng.randrange(1, 50), "座位号%d" % rng.randrange(1, 50))]
        vis[1] = (vis[1][0], "座位号" + vis[1][0].rstrip("号座"))
        hid = ["排了一上午队才买到的", "票上有我名字"]
    elif sub == "docs":
        color = pick_color(rng, ["蓝", "白", "红"], force)
        no, nf = ["文件袋", "一袋材料", "资料袋"], ["文件袋一个", "透明文件袋"]
        cont = [("劳动仲裁的申请书", "劳动仲裁申请书"), ("工资条", "工资条若干"), ("考勤记录复印件", "考勤表复印件"),
                ("身份证复印件", "身份证复印件（%s）" % P["name"])]
        cont = rng.sample(cont, 3)
        serials.append({"t": "id", "v": P["id"], "po": 0.2, "pf": 0.5})
        vis = [("%s的透明文件袋" % rng.choice(COLORS[color]), "%s色透明文件袋" % color)]
        hid = [rng.choice(["老板欠了我三个月工资，材料都在里面", "明天要交到调解中心的", "劳务中介那边还要看的"])]
    elif sub == "thermos":
        brand = force.get("brand", rng.choice(["膳魔师", None]))
        color = pick_color(rng, ["黑", "白", "粉", "蓝", "绿"], force)
        no, nf = ["保温杯", "水杯", "杯子"], ["保温杯一个", "水杯"]
        vis = [rng.choice([("杯子上贴了我名字", "杯身贴有名字'%s'" % P["name"]), ("杯盖摔凹了", "杯盖有凹痕"), ("里面泡的枸杞", "杯内有枸杞水")])]
        hid = ["是我老婆买的"]
    elif sub == "helmet":
        color = pick_color(rng, ["白", "粉", "黑", "黄"], force)
        no, nf = ["头盔", "安全帽", "电动车头盔"], ["头盔一个", "电动车头盔"]
        vis = [rng.choice([("上面有两个兔耳朵", "头盔有兔耳装饰"), ("后面贴了'平安'贴纸", "贴'平安'贴纸"), ("带墨镜片", "带茶色镜片")])]
        hid = ["交警查得严，没有头盔不得行"]
    else:
        brand = "天堂"
        color = pick_color(rng, ["黑", "蓝", "紫", "红"], force)
        no, nf = ["雨伞", "伞", "折叠伞"], ["雨伞一把", "折叠伞"]
        vis = [rng.choice([("伞柄是木头的", "木质伞柄"), ("有一根骨折了", "伞骨断一根")])]
        hid = ["用了好几年"]
    return dict(cat="other", kind=sub, noun_o=no, noun_f=nf, clf="个", color=color, brand=brand, model=model,
                serials=serials, vis=vis, hid=hid, cont=cont, alt_cat=None)


ID_KINDS = ["idcard", "idcard", "badge", "badge", "bankcard", "sscard", "driver"]


def make_object(rng, cat, P, force=None, kind=None):
    force = force or {}
    if cat == "id_doc":
        kind = kind or rng.choice(ID_KINDS)
        fn = {"idcard": k_idcard, "badge": k_badge, "bankcard": k_bankcard, "sscard": k_sscard, "driver": k_driver}[kind]
        o = fn(rng, P, force)
    else:
        fn = {"phone": k_phone, "wallet": k_wallet, "keys": k_keys, "ebike": k_ebike, "bicycle": k_bicycle,
              "bag": k_bag, "cash": k_cash, "jewelry": k_jewelry, "electronics": k_electronics, "other": k_other}[cat]
        if kind and cat in ("bag", "cash", "electronics", "other"):
            force = dict(force, sub=kind)
        o = fn(rng, P, force)
    o["owner"] = P
    return o
