"""set90 objects: the hidden truth record of an object, near-twin alterations,
and what a registration "says" about it (its stated facts, used to keep labels honest)."""
from set90_cat_a import SLOTS, CATS_A
from set90_cat_b import SLOTS_B, CATS_B, ABSENT
from set90_brands import MODELS, colors_clash, brands_clash
import set90_nums as N

ALL_SLOTS = dict(SLOTS)
ALL_SLOTS.update(SLOTS_B)
CATS = dict(CATS_A)
CATS.update(CATS_B)
SPECIAL = ("name", "amount", "count", "bank_tail")
CAT_ORDER = ["phone", "id_doc", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]

MODEL_SUB = {"hwpad": "tablet", "hwfb": "buds", "hwwatch": "watch", "xmpad": "tablet", "xmpb": "power",
             "xmbuds": "buds", "ipad": "tablet", "airpods": "buds", "xtcz7": "watch", "xtcq3": "watch",
             "rm20": "power", "rm10": "power", "ank10": "power", "fx82": "calc", "fx95": "calc", "d1710": "calc",
             "xy8": "opera", "xy12": "opera", "ydg5": "two", "ydf3": "two", "amq7": "two", "amm9": "two",
             "tlx5": "two", "atx6": "mtb", "xtc8": "mtb", "hjv125": None, "wlhg": None}
MODEL_CATS = ("phone", "electronics", "ebike", "bicycle")
TAC = {"huawei": "8674", "honor": "8692", "oppo": "8661", "vivo": "8653", "xiaomi": "8681", "redmi": "8682",
       "apple": "3566", "samsung": "3520", "jinnong": "8612", "xiangqin": "8613", "fuxing": "8614"}
BIN = {"nongshang": "623190", "youchu": "621799", "nonghang": "622848"}
STAMP_BY_COLOR = {"gold": ["g999", "au750"], "silver": ["s925", "zuyin"]}


def subs(cat):
    return sorted(CATS[cat])


def pick_sub(rng, cat):
    names = subs(cat)
    return rng.choices(names, weights=[CATS[cat][s]["w"] for s in names])[0]


def spec(t):
    return CATS[t["cat"]][t["sub"]]


def implicit_sub(cat, sub):
    """True when even the generic noun of this sub names it (耳机 vs 充电宝)."""
    mine = set(CATS[cat][sub]["gen"])
    return all(not (mine & set(CATS[cat][o]["gen"])) for o in subs(cat) if o != sub)


def models_for(brand, cat, sub):
    out = []
    for mid, _ in MODELS.get(brand, []):
        ms = MODEL_SUB.get(mid, "phone")
        if ms == "phone":
            ms = "elder" if brand in ("jinnong", "xiangqin", "fuxing") else "smart"
        if ms == sub:
            out.append(mid)
    return out


def slot_values(t, slot):
    sp = spec(t)
    vals = [v for v, _ in ALL_SLOTS[slot][1]]
    if slot in sp.get("allow", {}):
        vals = [v for v in vals if v in sp["allow"][slot]]
    if slot == "stamp":
        vals = [v for v in vals if v in STAMP_BY_COLOR.get(t["color"], [])]
    if has_absent(t["cat"], slot):
        vals.append("none")
    return vals


def has_absent(cat, slot):
    a = ABSENT.get(slot)
    return bool(a) and (isinstance(a, list) or cat in a)


def new_serial(rng, t, person):
    kind = spec(t)["serial"]
    if kind is None:
        return None
    if kind == "imei":
        v = N.make_imei(rng, TAC[t["brand"]] + N.digits(rng, 4, False))
    elif kind == "idno":
        v = person["id"]
    elif kind == "exam":
        v = "25371592" + N.digits(rng, 4, False)
    elif kind == "student":
        v = "2022" + N.digits(rng, 4, False)
    elif kind == "card":
        v = BIN[t["brand"]] + N.digits(rng, 10, False)
    elif kind == "plate":
        v = N.digits(rng, 5, False)
    elif kind == "frame":
        v = {"giant": "GT", "phoenix": "FH", "forever": "YJ", "pigeon": "FG"}[t["brand"]] + N.digits(rng, 9)
    elif kind == "sn":
        v = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12))
    else:  # tag: machine number on a harvester key
        v = N.digits(rng, 8)
    return {"kind": kind, "value": v}


def make_truth(rng, cat, sub, person):
    sp = CATS[cat][sub]
    t = {"cat": cat, "sub": sub, "color": None, "brand": None, "model": None, "serial": None, "slots": {},
         "person": person["name"], "bin": None}
    if sp["colors"]:
        t["color"] = rng.choice(sp["colors"])
    if sp["brands"] and rng.random() < sp["p_brand"]:
        t["brand"] = rng.choice(sp["brands"])
    if t["brand"] and cat in MODEL_CATS:
        ms = models_for(t["brand"], cat, sub)
        if ms and rng.random() < 0.85:
            t["model"] = rng.choice(ms)
    if sp["serial"] in ("frame", "imei", "card") and not t["brand"]:
        t["brand"] = sp["brands"][0]
    t["serial"] = new_serial(rng, t, person)
    for slot, p in sp["slots"]:
        if rng.random() >= p:
            if has_absent(cat, slot):
                t["slots"][slot] = 0 if slot == "amount" else "none"
            continue
        if slot == "name":
            t["slots"]["name"] = person["name"]
        elif slot == "amount":
            lo, hi = sp["amount"]
            step = 10 if hi < 1000 else 50
            t["slots"]["amount"] = rng.randrange(lo // step, hi // step + 1) * step
        elif slot == "count":
            t["slots"]["count"] = rng.randint(*sp["count"])
        elif slot == "bank_tail":
            t["bin"] = rng.choice(sorted(BIN.values()))
            t["slots"]["bank_tail"] = N.digits(rng, 4, False)
        else:
            vals = [v for v in slot_values(t, slot) if v != "none"]
            if vals:
                t["slots"][slot] = rng.choice(vals)
    return t


def copy_truth(t):
    c = dict(t)
    c["slots"] = dict(t["slots"])
    c["serial"] = dict(t["serial"]) if t["serial"] else None
    return c


def alter(rng, t, key, person, lost_range=None):
    """A twin of t that differs in key; None when key cannot be changed."""
    c = copy_truth(t)
    sp = spec(t)
    if key == "color":
        opts = [x for x in sp["colors"] or [] if colors_clash(x, t["color"])]
        if not opts or t["color"] is None:
            return None
        c["color"] = rng.choice(opts)
        if "stamp" in c["slots"]:
            return None
    elif key == "brand":
        opts = [b for b in sp["brands"] + ([None] if sp["p_brand"] < 1 else []) if brands_clash(b, t["brand"])]
        if not opts or sp["serial"] == "card":
            return None
        c["brand"] = rng.choice(opts)
        ms = models_for(c["brand"], t["cat"], t["sub"])
        c["model"] = rng.choice(ms) if (ms and t["model"] and c["brand"]) else None
    elif key == "model":
        ms = [m for m in models_for(t["brand"], t["cat"], t["sub"]) if m != t["model"]] if t["brand"] else []
        if not ms or not t["model"]:
            return None
        c["model"] = rng.choice(ms)
    elif key == "serial":
        if not t["serial"] or t["serial"]["kind"] == "idno":
            return None
    elif key == "name":
        if "name" not in t["slots"] or t["slots"]["name"] == "none":
            return None
        c["slots"]["name"] = person["name"]
        c["person"] = person["name"]
        if t["slots"].get("bank_tail", "none") != "none":      # another owner, another card
            c["slots"]["bank_tail"] = N.digits(rng, 4, False)
    elif key == "amount":
        if "amount" not in t["slots"] or lost_range is None:
            return None
        lo, hi = lost_range
        c["slots"]["amount"] = rng.choice([max(10, (lo // 2) // 10 * 10), (hi * 2 + 90) // 100 * 100])
        if c["slots"]["amount"] >= lo * 0.7 and c["slots"]["amount"] <= hi * 1.4:
            return None
    elif key == "count":
        if "count" not in t["slots"]:
            return None
        n = t["slots"]["count"]
        c["slots"]["count"] = n + 2 if n <= 3 else n - 2
    elif key == "bank_tail":
        if "bank_tail" not in t["slots"]:
            return None
        c["slots"]["bank_tail"] = N.digits(rng, 4, False)
        c["bin"] = c["bin"] or rng.choice(sorted(BIN.values()))
    else:
        if key not in t["slots"]:
            return None
        opts = [v for v in slot_values(t, key) if v != t["slots"][key]]
        if not opts:
            return None
        c["slots"][key] = rng.choice(opts)
    # a twin is a different object: it never shares the serial
    if c["serial"]:
        c["serial"] = new_serial(rng, c, person)
    return c


def knowable(t, key, side):
    """Can this side (L owner, F finder) know key at all?"""
    if key == "brand":
        return bool(spec(t)["brands"])
    if key in ("sub", "color", "model", "serial"):
        return t[key] is not None if key != "sub" else True
    if key not in t["slots"]:
        return False
    who = "both" if key in SPECIAL else ALL_SLOTS[key][0]
    return who == "both" or (who == "owner" and side == "L") or (who == "finder" and side == "F")


def keys_of(t):
    ks = ["sub"] + [k for k in ("color", "brand", "model", "serial") if t[k] is not None or
                    (k == "brand" and spec(t)["brands"])]
    return ks + sorted(t["slots"])
