"""set88 hidden truth records: an owner and the object they lose (or a look-alike)."""
import set88_people as P
from set88_feats import values
from set88_specs import SPECS, CAT_KINDS

KIND_W = {"smartphone": 9, "oldphone": 1, "wallet_long": 4, "wallet_short": 4, "card_holder": 2, "coin_purse": 1,
          "idcard": 6, "student": 3, "driver": 2, "passport": 1, "social": 1, "vehlic": 1, "keyring": 4, "carkey": 2,
          "ebike": 1, "mtb": 2, "road": 1, "folding": 1, "citybike": 2, "backpack": 5, "crossbody": 3, "handbag": 2,
          "waist": 2, "duffel": 1, "suitcase": 2, "tote": 1, "cash": 1, "bangle": 3, "necklace": 3, "earring": 2,
          "ring": 2, "bracelet": 2, "earbuds": 4, "tablet": 2, "laptop": 2, "camera": 3, "actioncam": 1, "drone": 1,
          "powerbank": 3, "watch": 2, "kids_watch": 1, "ereader": 1, "thermos": 3, "glasses": 2, "sunglasses": 2,
          "doppa": 2, "scarf": 2, "dutar": 1, "plush": 2, "umbrella": 2, "stroller": 1, "raisin_box": 2, "medicine": 1}
PROV = {"上海": "沪A", "杭州": "浙A", "南京": "苏A", "苏州": "苏E", "广州": "粤A", "深圳": "粤B", "成都": "川A",
        "武汉": "鄂A", "郑州": "豫A", "北京": "京Q", "长沙": "湘A", "合肥": "皖A", "西安": "陕A", "济南": "鲁A",
        "宁波": "浙B"}
ENGRAVE = ["A&M", "2016.8.8", "LOVE", "Y&H", "平安", "永恒", "M.T.", "1998.10.1", "福", "GUL", "E&A", "2020.5.20"]
MAKERS = ["吐尔逊", "铜匠巷", "阿依", "库尔班", "老城"]
HIDDEN = {
    "phone": ["手机号尾号{d4}", "没设密码", "有六位数字密码", "微信里有收款码，很着急", "手机里有很多旅游照片"],
    "wallet": ["钱包是女儿送的", "用了好多年了", "里面的卡都挂失了一部分"],
    "id_doc": ["明天要用它坐高铁", "补办要回老家，很麻烦", "下周要用来办事"],
    "keys": ["是家里大门和单元门的钥匙", "有店铺卷帘门的钥匙", "没有备用钥匙"],
    "ebike": ["电瓶是上个月新换的", "车是去年买的", "车锁坏了一直没修"],
    "bicycle": ["车是去年买的二手车", "车锁密码是{d4}", "每天骑去上课"],
    "bag": ["包是去年买的", "里面东西对我很重要", "包不值钱，主要是里面的东西"],
    "cash": ["是卖哈密瓜的货款", "是给老人看病的钱", "是准备交房租的", "是出来旅游带的备用金", "是店里这几天的营业款"],
    "jewelry": ["大概{g}克", "是我妈妈留给我的", "结婚时买的", "戴了十几年了"],
    "electronics": ["开机密码是我生日", "里面有工作资料", "刚买不到一个月", "里面的资料没备份"],
    "other": ["是朋友送的", "用了好几年了", "不值什么钱但很有纪念意义", "是孩子最喜欢的"],
}


USED_NAMES = set()      # every owner in the set has a name of their own


def unique(make, rng=None, keep=True):
    """A name no lost report's owner carries; keep=False for look-alikes' owners (not reserved)."""
    for i in range(400):
        n = make() if i < 60 or rng is None else P.make_name(rng)
        if n["key"] not in USED_NAMES:
            if keep:
                USED_NAMES.add(n["key"])
            return n
    raise SystemExit("ran out of names")


def make_owner(rng, role, keep=True):
    if role in ("tourist", "selfdrive", "guide_for"):
        home, region = rng.choice(P.HOMES)
        name = unique(lambda: P.make_name(rng, rng.choice(["han", "han", "han", "hui"])), rng, keep)
    elif role == "student":
        if rng.random() < 0.4:
            home, region = rng.choice(P.HOMES)
            name = unique(lambda: P.make_name(rng, "han"), rng, keep)
        else:
            home, region = None, rng.choice(P.LOCAL_REGIONS)
            name = unique(lambda: P.make_name(rng), rng, keep)
    else:
        home, region = None, rng.choice(P.LOCAL_REGIONS)
        name = unique(lambda: P.make_name(rng), rng, keep)
    years = {"elder": (1942, 1962), "student": (2002, 2007), "patient": (1940, 1975)}.get(role, (1963, 2001))
    return {"role": role, "name": name, "region": region, "home": home, "years": years}


def pick_kind(rng, cat):
    kinds = CAT_KINDS[cat]
    return rng.choices(kinds, weights=[KIND_W[k] for k in kinds])[0]


def new_ident(rng, t, owner):
    if t == "id":
        return {"t": "id", "v": P.make_id(rng, owner["region"], owner["name"]["female"], owner["years"])}
    if t == "imei":
        return {"t": "imei", "v": P.make_imei(rng)}
    if t == "card":
        return P.make_card(rng)
    if t == "student":
        return {"t": "student", "v": P.make_student(rng)}
    if t == "frame":
        return {"t": "frame", "v": P.make_frame(rng)}
    if t == "plate":
        return {"t": "plate", "v": P.make_plate(rng)}
    if t == "passport":
        return {"t": "passport", "v": P.make_passport(rng)}
    if t == "carplate":
        pre = PROV.get(owner["home"], "新Y")
        return {"t": "carplate", "v": pre + P.make_code(rng, "", 5)}
    return {"t": "sn", "v": P.make_code(rng, rng.choice(["C", "S", "F", "H", "D"]), 11)}


def add_ident(rng, o, t, owner, ok, fv):
    idt = new_ident(rng, t, owner)
    idt["ok"] = rng.random() < ok
    idt["fv"] = rng.random() < fv
    o["idents"].append(idt)
    return idt


def make_object(rng, cat, owner, kind=None):
    spec = SPECS[kind or pick_kind(rng, cat)]
    brand = rng.choice(list(spec["brands"]))
    models = spec["brands"][brand].split("|") if spec["brands"][brand] else []
    o = {"cat": cat, "kind": spec["kind"], "brand": brand or None, "model": rng.choice(models) if models else None,
         "color": rng.choice(spec["colors"]) if spec["colors"] else None, "feats": {}, "idents": [],
         "name": None, "nametag": False, "contents": [], "amount": None, "hidden": [], "alt": None,
         "brand_vis": rng.random() < spec["logo"], "model_vis": rng.random() < spec["model_vis"],
         "owner_brand": rng.random() < spec["owner_brand"], "owner_model": rng.random() < spec["owner_model"]}
    for ftype, p, allowed in spec["feats"]:
        if rng.random() < p:
            o["feats"][ftype] = rng.choice(allowed.split() if allowed else values(ftype) or ["?"])
    for t, ok, fv in spec["idents"]:
        add_ident(rng, o, t, owner, ok, fv)
    hook = spec["hook"]
    if hook:
        globals()["_hook_" + hook](rng, o, owner)
    hid = rng.choice(HIDDEN[cat])
    o["hidden"].append(hid.replace("{d4}", "%04d" % rng.randint(0, 9999)).replace("{g}", str(rng.randint(6, 40))))
    if o["kind"] == "scarf" and o["color"] == "multi" and o["feats"].get("spattern") == "plain":
        o["feats"]["spattern"] = "atlas"
    o["color_vis"] = True
    if spec["hide_color"]:
        ft, vals = spec["hide_color"]
        o["color_vis"] = o["feats"].get(ft) not in vals.split()
    return o


def _hook_wallet(rng, o, owner):
    k = o["kind"]
    p_id = {"wallet_long": 0.5, "wallet_short": 0.5, "card_holder": 0.6, "coin_purse": 0.05}[k]
    if rng.random() < p_id:
        add_ident(rng, o, "id", owner, 0.6, 1.0)
        o["name"] = owner["name"]
    ncards = rng.choice({"card_holder": [1, 2, 3], "coin_purse": [0, 0, 1]}.get(k, [0, 1, 1, 2, 2, 3]))
    for _ in range(ncards):
        add_ident(rng, o, "card", owner, 0.7, 1.0)
    p_cash = {"card_holder": 0.2, "coin_purse": 1.0}.get(k, 0.85)
    if rng.random() < p_cash:
        hi = {"card_holder": 30, "coin_purse": 80}.get(k, 250)
        o["amount"] = rng.randint(2, hi) * 10
    pool = ["bus_card", "member_card", "family_photo", "ticket", "small_key", "receipts", "clinic_card"]
    o["contents"] = sorted(rng.sample(pool, rng.choice([0, 1, 1, 2, 3] if k != "coin_purse" else [0, 1])))


def _hook_iddoc(rng, o, owner):
    o["name"] = owner["name"]
    t = {"idcard": "id", "student": "student", "driver": "id", "passport": "passport", "social": "id",
         "vehlic": "carplate"}[o["kind"]]
    add_ident(rng, o, t, owner, {"vehlic": 1.0, "passport": 0.6, "driver": 0.6}.get(o["kind"], 0.85), 1.0)


def _hook_keys(rng, o, owner):
    o["feats"]["count"] = str(rng.randint(2, 6))


BAG_POOL = {"backpack": "laptop powerbank clothes textbook thermos camera charger sunscreen naan",
            "crossbody": "powerbank sunscreen charger scarf medicine", "handbag": "sunscreen scarf medicine toys charger",
            "waist": "powerbank charger sunscreen", "duffel": "clothes raisins naan toys thermos",
            "suitcase": "clothes raisins toys camera charger", "tote": "raisins naan textbook thermos medicine"}


def _hook_bag(rng, o, owner):
    pool = BAG_POOL[o["kind"]].split()
    o["contents"] = sorted(rng.sample(pool, min(len(pool), rng.randint(1, 3))))
    if rng.random() < 0.25:
        add_ident(rng, o, "id", owner, 0.6, 1.0)
        o["name"] = owner["name"]
    elif o["kind"] in ("suitcase", "duffel", "backpack") and rng.random() < 0.2:
        o["name"], o["nametag"] = owner["name"], True


def _hook_cash(rng, o, owner):
    if owner["role"] in ("driver", "vendor"):
        o["amount"] = rng.randint(20, 200) * 100
    else:
        o["amount"] = rng.randint(4, 100) * 50
    if o["feats"].get("wrap") not in ("kraft", "bankbag", "redpacket"):
        o["feats"].pop("writing", None)


def _hook_jewel(rng, o, owner):
    metal = o["feats"]["metal"]
    o["color"] = {"gold": "gold", "silver": "silver", "jade_white": "white", "jade_green": "green",
                  "rosegold": "rosegold"}[metal]
    if metal.startswith("jade") or (metal == "silver" and rng.random() < 0.6):
        o["brand"] = None
    if "engrave" in o["feats"]:
        o["feats"]["engrave"] = rng.choice(ENGRAVE)


def _hook_capacity(rng, o, owner):
    o["feats"]["capacity"] = rng.choice(["10000", "20000"])


def _hook_maker(rng, o, owner):
    if "maker" in o["feats"]:
        o["feats"]["maker"] = rng.choice(MAKERS)


def _hook_weight(rng, o, owner):
    o["feats"]["weight"] = rng.choice(["1", "2", "3"])


def _hook_named(rng, o, owner):
    if o["kind"] == "kids_watch":
        o["name"] = unique(lambda: P.make_name(rng, owner["name"]["group"]), rng)
    else:
        o["name"] = owner["name"]
        o["contents"] = sorted(rng.sample(["insulin", "syrup", "bp_pills"], rng.randint(1, 2)))
