"""Hidden truth records for set96: one object, where and when it was lost and found."""
from set96_catalog import KINDS, BRANDS
from set96_world import PLACES, BY_ID, near
import set96_ids as ids

# which kinds of place each object kind turns up in
WHERE = {
    "储物柜钥匙": ["office"], "就诊卡": ["hospital"], "应援灯牌": ["arena", "metro", "ridehail"],
    "快递包裹": ["parcel", "street", "office", "cowork"], "毛绒玩具": ["hospital", "mall", "metro"],
    "电动车": ["street", "parcel", "office", "metro"], "自行车": ["street", "metro", "office"],
    "折叠自行车": ["street", "metro", "cowork"], "相机": ["expo", "arena", "mall", "ridehail"],
    "护照": ["hotel", "metro", "ridehail", "expo", "cowork", "store"], "工牌": ["office", "metro", "cowork", "store", "street"],
    "车钥匙": ["office", "expo", "mall", "ridehail"],
}
# place kind -> days before NOW it is busy, opening hours
HOURS = {"metro": (range(0, 5), 7, 23), "office": ((0, 1, 4), 8, 21), "mall": (range(0, 5), 10, 22),
         "ridehail": (range(0, 5), 8, 24), "expo": (range(0, 5), 9, 18), "cowork": ((0, 1, 4, 3), 9, 23),
         "hospital": (range(0, 5), 7, 23), "parcel": (range(0, 5), 8, 21), "arena": ((3,), 18, 23),
         "store": (range(0, 5), 0, 24), "street": (range(0, 5), 6, 24)}


def place_kind(p):
    return "hotel" if p["id"] == "hotel" else p["kind"]


def pick_place(rng, kind):
    allowed = WHERE.get(kind)
    pool = [p for p in PLACES if allowed is None or place_kind(p) in allowed or p["kind"] in allowed]
    if kind in ("身份证", "驾驶证", "现金", "手机", "长款钱包", "短款钱包", "卡包"):
        pool = [p for p in PLACES if p["kind"] != "arena" or rng.random() < 0.5]
    return rng.choice(pool)


def loss_time(rng, place):
    days, h0, h1 = HOURS[place["kind"]]
    days = sorted(days)
    while True:
        day = rng.choice(days)
        hour = rng.randint(h0, h1 - 1)
        minute = rng.randint(0, 59)
        back = day * 1440 + (21 * 60 + 30) - (hour * 60 + minute)
        if back > 30:
            return back


def new_card_tail(rng):
    return ids.digits(rng, 4)


def make_truth(rng, spec=None, place=None):
    spec = spec or rng.choice(KINDS)
    cat, kind, words, colors, brands, stype, named, marks = spec
    place = place or pick_place(rng, kind)
    t = {"cat": cat, "kind": kind, "words": words, "place": place["id"]}
    t["color"] = rng.choice(colors) if colors else None
    t["brand"] = rng.choice(brands) if brands else None
    models = BRANDS[t["brand"]][1] if t["brand"] else []
    fit = [m for m in models if _model_fits(kind, m)]
    t["model"] = rng.choice(fit) if fit and rng.random() < 0.8 else None
    t["mark"] = rng.choice(marks) if marks and rng.random() < 0.85 else None
    t["name"] = None
    foreign = kind == "护照" or rng.random() < 0.08
    t["foreign"] = foreign
    if named:
        t["name"] = rng.choice(ids.FOREIGN) if foreign and kind in ("护照", "工牌") else ids.cn_name(rng)
    t["serial"] = _serial(rng, stype, kind)
    t["stype"] = stype
    t["amount"] = None
    t["company"] = rng.choice(ids.COMPANIES) if kind == "工牌" else None
    if cat == "cash" or (cat == "wallet" and rng.random() < 0.7):
        t["amount"] = rng.choice([50, 100, 200, 300, 500, 800, 1000, 1500, 2000, 3000]) + rng.choice([0, 0, 20, 35, 60, 88])
    t["contents"] = _contents(rng, kind)
    t["loss"] = loss_time(rng, place)
    return t


def _model_fits(kind, m):
    phone = any(x in m for x in ("iPhone", "Mate", "nova", "Pura", "小米 15", "Redmi", "Find", "Reno", "X200", "S21", "Magic", "荣耀"))
    if kind == "手机":
        return phone
    table = {"无线耳机": ("AirPods", "FreeBuds"), "笔记本电脑": ("MacBook", "ThinkPad", "小新"), "平板电脑": ("iPad", "MatePad"),
             "智能手表": ("Watch", "WATCH", "手环"), "相机": ("ZV", "α7", "Pocket", "Osmo"), "头戴耳机": ("WH-",),
             "游戏机": ("Switch",), "电动车": ("G7", "Q5", "UQi", "F2"), "自行车": ("ESCAPE", "TCR", "RC"), "折叠自行车": ("K3",)}
    return any(x in m for x in table.get(kind, ()))


def _serial(rng, stype, kind):
    if stype == "imei":
        return ids.imei(rng)
    if stype == "id":
        return ids.gb11643(rng)
    if stype == "badge":
        return ids.badge_no(rng)
    if stype == "passport":
        return rng.choice("ECPKX") + ids.digits(rng, 8)
    if stype == "hospcard":
        return "JZ" + ids.digits(rng, 10)
    if stype == "card":
        return new_card_tail(rng)
    if stype == "locker":
        return "%d号" % rng.randint(12, 380)
    if stype == "plate":
        return ids.plate(rng)
    if stype == "frame":
        return ids.frame_no(rng, rng.choice(["GT", "DH", "BT"]))
    if stype == "sn":
        return ids.laptop_sn(rng)
    if stype == "waybill":
        return ids.waybill(rng)
    return None


_CONTENTS = {
    "双肩包": ["一台笔记本电脑", "充电器", "一本《产品经理手记》", "公司工牌", "折叠伞", "健身衣服和毛巾", "一盒双十一买的面膜"],
    "托特包": ["化妆包", "一把折叠伞", "保温杯", "几份合同", "Kindle", "口罩和纸巾"],
    "电脑包": ["笔记本电脑", "鼠标", "投标文件", "名片夹", "充电器"],
    "斜挎包": ["口红", "车钥匙", "耳机", "交通卡", "一包湿巾"],
    "长款钱包": ["身份证", "两张银行卡", "会员卡", "停车票"], "短款钱包": ["驾驶证", "一张银行卡", "名片"],
    "卡包": ["地铁卡", "门禁卡", "一张银行卡", "健身卡"],
    "钥匙串": ["三把钥匙", "两把钥匙和门禁卡", "四把钥匙", "一把电动车钥匙和两把门钥匙"],
    "车钥匙": ["一把遥控钥匙", "遥控钥匙加一把小钥匙"],
    "快递包裹": ["纸箱", "防水袋"], "现金": ["牛皮纸信封", "银行信封", "红包", "用橡皮筋扎着"],
}


def _contents(rng, kind):
    pool = _CONTENTS.get(kind)
    if not pool:
        return []
    k = 1 if kind in ("钥匙串", "车钥匙", "快递包裹", "现金") else rng.randint(1, 3)
    return rng.sample(pool, k)


def found_place(rng, t):
    p = BY_ID[t["place"]]
    r = rng.random()
    if r < 0.55 or p["kind"] == "arena" and r < 0.8:
        return p["id"]
    cand = near(p, 1.2) or [p["id"]]
    if p["kind"] == "metro" and r > 0.85:
        cand = [q["id"] for q in PLACES if q["kind"] == "metro" and q["id"] != p["id"]]
    return rng.choice(cand)


def found_time(rng, t):
    r = rng.random()
    gap = rng.randint(3, 90) if r < 0.5 else rng.randint(90, 900) if r < 0.85 else rng.randint(900, 3000)
    return max(0, t["loss"] - gap)


def loss_window(rng, t):
    before = rng.choice([0, 10, 20, 30, 45, 60, 90, 120, 180, 240])
    after = rng.choice([10, 20, 30, 60, 90, 120, 240, 480])
    lf = t["loss"] + before
    lt = max(0, t["loss"] - after)
    return min(lf, 172800), lt
