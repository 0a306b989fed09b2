#!/usr/bin/env python3
"""make_set.py — writes tests/lostfound/set.json, the labelled lost-and-found set (失物招领标注集).

Deterministic (seed below). Every object is drawn once as "the truth" (category, brand, model,
colour, serial, marks, place, time); the owner's lost report (失物登记) and the finder's
registration (拾遗物登记) are then each WRITTEN from it independently, the way two different
people describe one thing: brand in Chinese, English, pinyin or with a typo (华为 / HUAWEI /
huawei / 华伟), colour words of the same family (黑色 / 哑光黑 / 深色), the serial in another
format (IMEI with spaces, only the tail 尾号8842, a masked card 6222****8842, a masked ID
number against the full one), fields left out, other words for the same marks, a nearby place
instead of the same one, and a finding time after the loss.

Beside the true pairs the set holds:
  - never-found reports (the object is never handed in): every lost report without a truth;
  - hard negatives among the found items: the same category and colour but another object,
    the very same kind of object found BEFORE the loss began, the same brand at another place
    weeks later.
Each part (tuning, heldout) is a world of its own: its own objects, found items and reports.
Tune only on "tuning"; the bench reports "heldout".

Times are offsets in minutes before the registration run (the runner adds them to its clock),
so the set never holds a future time.
"""
import json
import random
import sys

SEED = 20261202
rnd = random.Random(SEED)

PLACES = [
    # name, lat, lon, nearby variants (another way to say a place close by, with offset metres)
    ("人民广场公交站", 29.0805, 119.6470, ["人民广场东侧", "人民广场附近的公交站台", "人民广场站"]),
    ("火车站候车厅", 29.0950, 119.6350, ["金华站进站口", "火车站售票厅旁", "火车站广场"]),
    ("万达广场三楼", 29.0890, 119.6530, ["万达广场电影院门口", "万达三层扶梯口", "万达广场"]),
    ("将军路菜市场", 29.0790, 119.6420, ["将军路农贸市场", "菜场门口", "将军路市场东门"]),
    ("中心医院门诊楼", 29.0830, 119.6580, ["中心医院挂号处", "市中心医院一楼大厅", "中心医院门诊"]),
    ("婺州公园南门", 29.0760, 119.6510, ["婺州公园湖边", "婺州公园内长椅", "公园南门口"]),
    ("金华一中校门口", 29.0870, 119.6440, ["一中门口", "一中对面奶茶店", "金华一中东门"]),
    ("八一北街永辉超市", 29.0900, 119.6480, ["永辉超市收银台", "八一北街超市", "永辉超市门口"]),
    ("西关街道办事大厅", 29.0770, 119.6300, ["西关街道便民服务中心", "西关办事大厅", "街道大厅"]),
    ("K101路公交车上", 29.0840, 119.6400, ["101路公交车", "K101公交后排座位", "公交101路"]),
    ("宾虹路地铁口", 29.0920, 119.6600, ["宾虹路站", "宾虹路口", "宾虹路地铁站B口"]),
    ("古子城步行街", 29.0750, 119.6460, ["古子城", "古子城老街", "步行街奶茶店旁"]),
    ("浙师大北门", 29.1350, 119.6330, ["师大北门", "浙江师范大学北门", "师大北门快递点"]),
    ("江滨公园健身步道", 29.0720, 119.6550, ["江滨公园", "江边步道", "江滨绿道"]),
    ("银泰百货一楼", 29.0860, 119.6520, ["银泰一楼", "银泰百货门口", "银泰化妆品柜台"]),
    ("双龙南街停车场", 29.0810, 119.6610, ["双龙南街", "双龙南街地面停车场", "停车场出口"]),
]

COLORS = {
    "black": (["黑色", "黑"], ["哑光黑", "曜石黑", "深色", "黑色", "亮黑色", "黑"]),
    "white": (["白色", "白"], ["珍珠白", "米白色", "白色", "白"]),
    "blue": (["蓝色", "蓝"], ["深蓝色", "海军蓝", "蓝色", "藏青色"]),
    "red": (["红色", "红"], ["酒红色", "红色", "大红色"]),
    "gold": (["金色"], ["香槟金", "金色", "土豪金"]),
    "grey": (["灰色", "银色"], ["深空灰", "银灰色", "灰色", "银白色"]),
    "pink": (["粉色", "粉红色"], ["粉色", "樱花粉", "浅粉色"]),
    "brown": (["棕色", "咖啡色"], ["咖啡色", "棕色", "褐色", "驼色"]),
    "green": (["绿色"], ["墨绿色", "军绿色", "绿色"]),
    "purple": (["紫色"], ["紫色", "淡紫色"]),
    "yellow": (["黄色"], ["黄色", "亮黄色"]),
}

BRANDS = {
    "huawei": (["华为", "华为", "HUAWEI"], ["HUAWEI", "huawei", "华伟", "Huawei", "华为"]),
    "apple": (["苹果", "iPhone", "Apple"], ["Apple", "苹果", "平果", "iPhone", "apple"]),
    "xiaomi": (["小米", "Xiaomi"], ["MI", "xiaomi", "小米", "红米"]),
    "oppo": (["OPPO"], ["oppo", "OPPO", "欧珀"]),
    "vivo": (["vivo", "VIVO"], ["vivo", "维沃", "VIVO"]),
    "samsung": (["三星"], ["Samsung", "SAMSUNG", "三星", "samsumg"]),
    "honor": (["荣耀"], ["HONOR", "荣耀", "rongyao"]),
    "lenovo": (["联想"], ["Lenovo", "ThinkPad", "联想"]),
    "dji": (["大疆"], ["DJI", "大疆"]),
    "sony": (["索尼"], ["SONY", "索尼"]),
    "yadea": (["雅迪"], ["Yadea", "雅迪", "yadi"]),
    "aima": (["爱玛"], ["AIMA", "爱玛"]),
    "tailg": (["台铃"], ["TAILG", "台铃"]),
    "sunra": (["新日"], ["新日", "SUNRA"]),
    "giant": (["捷安特"], ["GIANT", "捷安特", "Giant"]),
    "merida": (["美利达"], ["MERIDA", "美利达"]),
    "forever": (["永久"], ["永久", "FOREVER"]),
    "coach": (["蔻驰", "COACH"], ["COACH", "蔻驰", "coach"]),
    "lv": (["LV", "路易威登"], ["LV", "路易威登"]),
    "nike": (["耐克", "Nike"], ["NIKE", "耐克"]),
    "adidas": (["阿迪达斯"], ["adidas", "阿迪达斯", "阿迪"]),
    "ctf": (["周大福"], ["周大福", "CTF"]),
    "casio": (["卡西欧"], ["CASIO", "卡西欧"]),
}

MODELS = {
    "huawei": ["Mate 40", "Mate 50 Pro", "P50", "nova 9", "Mate 60"],
    "apple": ["iPhone 13", "iPhone 14 Pro", "iPhone 12", "iPhone 15", "iPhone 11"],
    "xiaomi": ["小米12", "Redmi K50", "小米13", "Redmi Note 11"],
    "oppo": ["Reno 8", "Find X5", "A96"],
    "vivo": ["X80", "S15", "iQOO 9"],
    "samsung": ["Galaxy S22", "Galaxy A53", "Galaxy S23"],
    "honor": ["荣耀70", "荣耀X40", "Magic4"],
    "lenovo": ["小新Pro 14", "ThinkPad X1", "拯救者Y9000"],
    "dji": ["Mini 3", "Pocket 2"],
    "sony": ["WH-1000XM4", "WF-1000XM4"],
}

CAT_BRANDS = {
    "phone": ["huawei", "apple", "xiaomi", "oppo", "vivo", "samsung", "honor"],
    "electronics": ["apple", "lenovo", "huawei", "dji", "sony", "xiaomi"],
    "ebike": ["yadea", "aima", "tailg", "sunra"],
    "bicycle": ["giant", "merida", "forever"],
    "bag": ["coach", "lv", "nike", "adidas", None],
    "wallet": ["coach", "lv", None, None],
    "jewelry": ["ctf", None],
    "keys": [None],
    "cash": [None],
    "id_doc": [None],
    "other": ["casio", None, None],
}
CAT_WEIGHTS = {"phone": 22, "wallet": 14, "id_doc": 10, "keys": 9, "ebike": 8, "bicycle": 6,
               "bag": 10, "cash": 4, "jewelry": 5, "electronics": 9, "other": 5}

# Marks: (owner's words, finder's words) for the same feature.
MARKS = {
    "phone": [("透明手机壳", "透明保护壳"), ("背面贴着小熊贴纸", "后盖有卡通熊贴画"),
              ("屏幕右上角有裂痕", "屏幕右上角碎了一角"), ("挂着红色挂绳", "带一根红绳"),
              ("手机壳是蓝色硅胶的", "蓝色软壳"), ("壳里夹着一张公交卡", "保护壳内有公交卡一张"),
              ("锁屏是一只柴犬", "锁屏壁纸为小狗"), ("有皮质翻盖保护套", "翻盖皮套")],
    "electronics": [("充电仓上有划痕", "充电盒有刮痕"), ("贴了名字贴", "贴有姓名标签"),
                    ("装在灰色电脑包里", "放在灰色内胆包中"), ("键盘上有贴纸", "键盘贴有贴纸"),
                    ("左耳机有点掉漆", "左侧耳机掉漆"), ("外壳贴了星空贴膜", "机身有星空图案贴膜")],
    "wallet": [("里面有现金约三百元", "内有人民币三百余元"), ("有几张会员卡", "会员卡数张"),
               ("夹着一张全家福照片", "内有家庭合影照片"), ("钱包边角磨损", "边缘有磨损"),
               ("有一张医保卡", "医保卡一张"), ("拉链头掉了", "拉链头缺失")],
    "id_doc": [("装在蓝色卡套里", "蓝色证件套"), ("和一张银行卡放在一起", "另有银行卡一张"),
               ("卡套上有校徽", "卡套印有校徽"), ("证件有点弯", "证件略弯曲")],
    "keys": [("钥匙扣是一只黄色小鸭", "挂件为黄色鸭子"), ("三把钥匙和一个门禁卡", "钥匙三把、门禁卡一张"),
             ("有一把汽车钥匙", "含车钥匙一把"), ("挂着一个小铃铛", "有一个铃铛挂件"),
             ("钥匙圈是银色的大圆环", "银色大钥匙圈"), ("有一把防盗门钥匙", "防盗门钥匙一把")],
    "ebike": [("车筐里有一个头盔", "车篮内有头盔"), ("后座加装了儿童座椅", "后座有儿童座椅"),
              ("车把上挂着雨披", "车头挂有雨衣"), ("右边后视镜断了", "右后视镜缺损"),
              ("脚踏板上有划痕", "踏板处有刮痕")],
    "bicycle": [("车座是黑色真皮的", "黑色皮质座垫"), ("前面有车筐", "带前车篮"),
                ("链条有点生锈", "链条锈蚀"), ("车架上贴了反光贴", "车架有反光贴纸"),
                ("装了一个水壶架", "有水杯架")],
    "bag": [("里面有一台笔记本电脑", "内有笔记本电脑一台"), ("有几本英语书", "英语课本数本"),
            ("拉链上挂着小熊公仔", "拉链挂有熊公仔"), ("侧袋里有一把折叠伞", "侧兜有折叠雨伞"),
            ("包带断了一根", "一侧背带断裂"), ("装着换洗衣服", "内有衣物若干")],
    "cash": [("用白色信封装着", "装于白色信封内"), ("都是一百元的", "均为百元面额"),
             ("用橡皮筋扎着", "橡皮筋捆扎"), ("夹在一本笔记本里", "夹在笔记本中")],
    "jewelry": [("刻着字母LOVE", "内圈刻有LOVE字样"), ("吊坠是一颗心", "心形吊坠"),
                ("装在红色首饰盒里", "红色首饰盒"), ("手链上有一颗转运珠", "带转运珠")],
    "other": [("伞柄是木头的", "木质伞柄"), ("镜腿有点松", "镜腿松动"),
              ("上面有卡通图案", "印有卡通图案"), ("表带是皮的", "皮质表带")],
}

NOUNS = {  # (owner's words, finder's words)
    "phone": [("手机", "手机")],
    "electronics": [("笔记本电脑", "笔记本电脑"), ("无线耳机", "蓝牙耳机"), ("平板电脑", "平板"),
                    ("相机", "照相机")],
    "wallet": [("钱包", "钱包"), ("钱夹", "皮夹"), ("长款钱包", "钱包")],
    "id_doc": [("身份证", "居民身份证"), ("学生证", "学生证")],
    "keys": [("一串钥匙", "钥匙一串"), ("钥匙", "钥匙串")],
    "ebike": [("电动车", "电瓶车"), ("电瓶车", "电动自行车")],
    "bicycle": [("自行车", "单车"), ("山地车", "自行车")],
    "bag": [("双肩包", "背包"), ("书包", "双肩背包"), ("手提包", "女士手提包"), ("挎包", "斜挎包")],
    "cash": [("现金", "现金")],
    "jewelry": [("金项链", "黄金项链"), ("手链", "手镯式手链"), ("戒指", "戒指")],
    "other": [("雨伞", "雨伞"), ("眼镜", "近视眼镜"), ("手表", "手表"), ("保温杯", "水杯")],
}

OWNER_OPEN = ["本人不慎在{p}遗失{n}", "在{p}附近丢了{n}", "{p}丢失{n}", "下午在{p}把{n}弄丢了",
              "早上坐车到{p}，发现{n}不见了", "在{p}买东西时{n}掉了"]
FINDER_OPEN = ["群众在{p}拾得{n}，交至派出所", "在{p}捡到{n}", "保洁员在{p}拾到{n}",
               "{p}工作人员拾得{n}送来", "市民于{p}拾获{n}"]

IDN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number():
    area = rnd.choice(["330702", "330703", "330782", "330781", "330723"])
    birth = "%04d%02d%02d" % (rnd.randint(1955, 2008), rnd.randint(1, 12), rnd.randint(1, 28))
    seq = "%03d" % rnd.randint(0, 999)
    body = area + birth + seq
    s = sum(int(c) * w for c, w in zip(body, IDN_W))
    return body + "10X98765432"[s % 11]


def digits(n):
    return "".join(rnd.choice("0123456789") for _ in range(n))


def alnum(n):
    return "".join(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(n))


def make_serial(cat):
    """The true identifier of an object, and how it may be written: (kind, value)."""
    if cat == "phone":
        return ("imei", "86" + digits(13)) if rnd.random() < 0.6 else None
    if cat == "electronics":
        return ("sn", alnum(rnd.choice([10, 12]))) if rnd.random() < 0.5 else None
    if cat == "wallet":
        return ("card", "6222" + digits(12)) if rnd.random() < 0.6 else None
    if cat == "id_doc":
        return ("id", id_number()) if rnd.random() < 0.8 else ("student", "2021" + digits(6))
    if cat in ("ebike", "bicycle"):
        return ("frame", alnum(rnd.choice([10, 12, 17]))) if rnd.random() < 0.6 else None
    if cat == "jewelry":
        return None
    return None


def write_serial(kind, v, side):
    """One way of writing the serial (partial ones too)."""
    r = rnd.random()
    if kind == "imei":
        if r < 0.3:
            return "IMEI " + " ".join([v[i:i + 4] for i in range(0, 15, 4)])
        if r < 0.5:
            return "IMEI:" + v
        if r < 0.7 and side == "lost":
            return "尾号" + v[-4:]
        if r < 0.8:
            return v[:6] + "****" + v[-4:]
        return v
    if kind == "card":
        if r < 0.35:
            return "尾号" + v[-4:]
        if r < 0.65:
            return v[:4] + "****" + v[-4:]
        if r < 0.8:
            return "卡号末四位" + v[-4:]
        return " ".join([v[i:i + 4] for i in range(0, 16, 4)])
    if kind == "id":
        if side == "found" and r < 0.6:
            return v[:6] + "********" + v[-4:]
        if r < 0.15:
            return v[:-1] + v[-1].lower()
        return v
    if kind == "student":
        return ("学号" + v) if r < 0.5 else v
    if kind == "sn":
        if r < 0.3:
            return "SN:" + v.lower()
        if r < 0.5:
            return "S/N " + v
        return v
    if kind == "frame":
        if r < 0.3:
            return " ".join([v[i:i + 4] for i in range(0, len(v), 4)])
        if r < 0.45 and side == "lost":
            return "车架号后六位" + v[-6:]
        if r < 0.55:
            return "车架号" + v.lower()
        return v
    return v


def pick_cat():
    cats = list(CAT_WEIGHTS)
    return rnd.choices(cats, weights=[CAT_WEIGHTS[c] for c in cats])[0]


def make_object(cat=None):
    cat = cat or pick_cat()
    brand = rnd.choice(CAT_BRANDS[cat])
    model = rnd.choice(MODELS[brand]) if brand in MODELS and rnd.random() < 0.8 else None
    color = rnd.choice(list(COLORS))
    noun = rnd.choice(NOUNS[cat])
    marks = rnd.sample(MARKS[cat], k=min(len(MARKS[cat]), rnd.choice([1, 2, 2, 3])))
    place = rnd.randrange(len(PLACES))
    serial = make_serial(cat)
    amount = rnd.choice([200, 500, 800, 1000, 1500, 2000, 3000]) if cat == "cash" else None
    return dict(cat=cat, brand=brand, model=model, color=color, noun=noun, marks=marks,
                place=place, serial=serial, amount=amount)


def typo(s):
    """A character dropped or doubled now and then (手写录入的笔误)."""
    if len(s) > 6 and rnd.random() < 0.15:
        i = rnd.randrange(2, len(s) - 2)
        return s[:i] + s[i + 1:] if rnd.random() < 0.5 else s[:i] + s[i] + s[i:]
    return s


def near(place, side):
    name, lat, lon, variants = PLACES[place]
    if side == "found" and rnd.random() < 0.7:
        name = rnd.choice(variants)
    d = 0.0006 if side == "lost" else 0.003   # up to ~60 m / ~300 m away
    return name, round(lat + rnd.uniform(-d, d), 6), round(lon + rnd.uniform(-d, d), 6)


def describe(o, side, partial):
    """The registration one person writes of object o."""
    owner = side == "lost"
    noun = o["noun"][0 if owner else 1]
    place, lat, lon = near(o["place"], side)
    col_words = COLORS[o["color"]][0 if owner else 1]
    color = rnd.choice(col_words)
    rec = {"category": o["cat"]}
    brand = None
    if o["brand"]:
        brand = rnd.choice(BRANDS[o["brand"]][0 if owner else 1])
    opening = rnd.choice(OWNER_OPEN if owner else FINDER_OPEN).format(p=place, n=noun)
    desc = [opening]
    if o["cat"] == "cash":
        desc.append("约%d元" % o["amount"] if owner else "共计%d元" % o["amount"])
    mk = [m[0 if owner else 1] for m in o["marks"]]
    if partial and len(mk) > 1:
        mk = mk[:1]
    if rnd.random() < 0.5:
        desc.append("%s%s%s" % (color, brand or "", noun))
    body = typo("，".join(desc) + "。")
    rec["body"] = body
    if not partial or rnd.random() < 0.5:
        rec["color"] = color
    if brand and (not partial or rnd.random() < 0.6):
        rec["brand"] = brand
    if o["model"] and rnd.random() < (0.7 if owner else 0.5):
        m = o["model"]
        rec["model"] = m.replace(" ", "") if rnd.random() < 0.4 else m
    if o["serial"] and rnd.random() < (0.85 if owner else 0.7):
        rec["serial"] = write_serial(o["serial"][0], o["serial"][1], side)
    if mk:
        rec["marks"] = "；".join(mk)
    rec["address"] = place
    if rnd.random() < 0.75:
        rec["lat"], rec["lon"] = lat, lon
    return rec


def lost_report(o, t_loss_end, window):
    r = describe(o, "lost", partial=rnd.random() < 0.3)
    r["lost_from_min"] = t_loss_end + window
    r["lost_to_min"] = t_loss_end
    return r


def found_item(o, t_found, partial=None):
    r = describe(o, "found", partial=rnd.random() < 0.35 if partial is None else partial)
    r["found_at_min"] = t_found
    return r


def other_object_like(o):
    """Same category and colour, another object (another brand or model, other marks, other
    serial)."""
    x = make_object(o["cat"])
    x["color"] = o["color"]
    if rnd.random() < 0.5 and o["brand"]:
        x["brand"] = o["brand"]
        if o["brand"] in MODELS:
            others = [m for m in MODELS[o["brand"]] if m != o["model"]]
            x["model"] = rnd.choice(others) if others else None
    return x


def make_part(name, n_pairs, n_never, n_neg):
    lost, found = [], []
    key = 0

    def fid():
        nonlocal key
        key += 1
        return "%s-F%04d" % (name, key)

    # minutes before the run: losses spread over the last 60 days
    for i in range(n_pairs):
        o = make_object()
        t_end = rnd.randint(3 * 24 * 60, 60 * 24 * 60)
        window = rnd.choice([0, 30, 60, 120, 240, 600])
        delay = rnd.choice([10, 30, 60, 120, 240, 600, 1440, 2880, 4320])
        f = found_item(o, max(5, t_end - delay))
        f["key"] = fid()
        found.append(f)
        l = lost_report(o, t_end, window)
        l["truth"] = f["key"]
        l["key"] = "%s-L%04d" % (name, i)
        lost.append(l)
        # a hard negative beside some true pairs
        if rnd.random() < 0.35:
            x = other_object_like(o)
            x["place"] = o["place"] if rnd.random() < 0.5 else rnd.randrange(len(PLACES))
            g = found_item(x, max(5, t_end - rnd.choice([60, 300, 1440])))
            g["key"] = fid()
            g["negative"] = "same category and colour, another object"
            found.append(g)
    for i in range(n_never):
        o = make_object()
        t_end = rnd.randint(3 * 24 * 60, 60 * 24 * 60)
        window = rnd.choice([0, 60, 240, 600])
        l = lost_report(o, t_end, window)
        l["truth"] = None
        l["key"] = "%s-N%04d" % (name, i)
        lost.append(l)
        r = rnd.random()
        if r < 0.4:
            # the same kind of object, found before the loss began
            g = found_item(o, t_end + window + rnd.choice([240, 1440, 4320]))
            g["negative"] = "found before the loss began"
        elif r < 0.8:
            x = other_object_like(o)
            x["place"] = o["place"]
            g = found_item(x, max(5, t_end - rnd.choice([30, 120, 1440])))
            g["negative"] = "same category and colour, another object"
        else:
            x = other_object_like(o)
            x["brand"] = o["brand"]
            x["place"] = (o["place"] + rnd.randint(3, 8)) % len(PLACES)
            g = found_item(x, max(5, t_end - rnd.choice([14, 20, 30]) * 1440))
            g["negative"] = "same brand, another place and weeks later"
        g["key"] = fid()
        found.append(g)
    for i in range(n_neg):
        o = make_object()
        g = found_item(o, rnd.randint(5, 60 * 24 * 60))
        g["key"] = fid()
        g["negative"] = "unclaimed found item"
        found.append(g)
    rnd.shuffle(found)
    rnd.shuffle(lost)
    return {"found": found, "lost": lost}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "tests/lostfound/set.json"
    data = {
        "seed": SEED,
        "made_by": "tests/lostfound/make_set.py",
        "parts": {
            "tuning": make_part("T", 170, 60, 60),
            "heldout": make_part("H", 170, 60, 60),
        },
    }
    with open(out, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=0)
        f.write("\n")
    for name, p in data["parts"].items():
        pairs = sum(1 for l in p["lost"] if l["truth"])
        print("%s: %d lost reports (%d with a true match), %d found items" %
              (name, len(p["lost"]), pairs, len(p["found"])))


if __name__ == "__main__":
    main()
