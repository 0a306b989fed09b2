"""Hidden truth records of set83: the objects themselves, their owners, where and when they were lost.

Part of the generator for set83. A truth record knows everything; the lost report and the found
registration are written from it later, each knowing only its own side.
"""
import json

import make_set83_catalog2  # noqa: F401  (fills the tables below)
from make_set83_catalog import BRANDS, SLOTS, KINDS, MODELS, PHONE_MODELS
import make_set83_world as W

OWNER_VOICES = ["fisher", "wife", "wife_py", "vendor", "tourist", "tourist_en", "worker", "parent", "local"]
VOICE_W = [3, 2, 0.6, 2, 3, 0.9, 2, 1.5, 2]
VOICE_PLACES = {
    "fisher": ["quay", "fishmarket", "fish_ice", "fish_lot", "night", "night_bbq", "village", "shipyard", "yard_gate",
               "gas", "temple", "island_pier"],
    "wife": ["fishmarket", "fish_ice", "night", "market", "village", "temple", "school", "square", "clinic", "busstop"],
    "wife_py": ["fishmarket", "market", "village", "temple", "clinic", "busstop", "quay"],
    "vendor": ["fishmarket", "fish_ice", "fish_lot", "night", "night_bbq", "square", "market"],
    "tourist": ["ferry_hall", "ferry_ticket", "ferry_boat", "island_pier", "island_vil", "island_stay", "boardwalk",
                "viewdeck", "beach", "lighthouse", "night", "night_bbq", "stay_haisao", "stay_captain", "square", "temple",
                "bus", "fishmarket"],
    "tourist_en": ["ferry_hall", "ferry_boat", "island_pier", "boardwalk", "beach", "night", "stay_captain", "lighthouse",
                   "island_stay"],
    "worker": ["cold", "cold_dorm", "cold_canteen", "gas", "bus", "busstop", "market", "night", "shipyard", "yard_gate"],
    "parent": ["school", "beach", "square", "market", "stay_haisao", "boardwalk", "temple", "busstop", "ferry_hall"],
    "local": ["market", "clinic", "busstop", "bus", "square", "temple", "yard_gate", "shipyard", "boardwalk", "night",
              "gas", "school"],
}
PARK = ["fish_lot", "market", "cold", "cold_dorm", "bus", "night", "school", "quay", "yard_gate", "clinic", "village",
        "square", "busstop", "ferry_hall", "gas"]
VOICE_PROV = {"fisher": ["local"], "wife": ["local"], "wife_py": ["local"], "vendor": ["local", "anhui"],
              "tourist": ["shaanxi", "shanxi", "hebei", "gansu", "henan"], "tourist_en": ["shaanxi", "hebei", "gansu"],
              "worker": ["henan", "sichuan", "anhui"], "parent": ["local", "hebei"], "local": ["local"]}
KIND_VOICES = {
    "seaman": ["fisher"], "student": ["parent", "tourist", "tourist_en"], "driving": ["fisher", "local", "tourist", "vendor"],
    "social": ["local", "wife", "worker", "fisher"], "boatkey": ["fisher", "wife", "wife_py"],
    "ebikekey": ["worker", "vendor", "wife", "local"], "carkey": ["tourist", "local", "vendor"], "locker": ["worker"],
    "room": ["tourist", "tourist_en"], "ebike": ["worker", "vendor", "wife", "local", "fisher"], "trike": ["fisher", "vendor", "wife"],
    "bike": ["local", "worker", "wife"], "mtb": ["tourist", "local"], "kids": ["parent"], "folding": ["tourist", "worker"],
    "backpack": ["tourist", "tourist_en", "worker"], "handbag": ["tourist", "wife", "local"], "waist": ["vendor", "fisher", "wife"],
    "drybag": ["tourist", "tourist_en", "fisher"], "sack": ["fisher", "worker", "vendor", "wife"],
    "suitcase": ["tourist", "tourist_en"], "school": ["parent"],
    "bundle": ["fisher", "vendor", "wife", "wife_py", "worker"], "plastic": ["fisher", "vendor", "wife", "wife_py"],
    "cloth": ["fisher", "vendor", "wife_py"], "envelope": ["fisher", "wife", "worker", "local"], "redpacket": ["local", "wife", "parent"],
    "babylock": ["parent"], "earbuds": ["tourist", "worker", "local", "tourist_en"], "actioncam": ["tourist", "tourist_en"],
    "watch": ["tourist", "local", "worker"], "tablet": ["tourist", "parent"], "walkie": ["fisher"], "finder": ["fisher"],
    "camera": ["tourist", "tourist_en"], "laptop": ["tourist", "local"], "pouch": ["tourist", "tourist_en", "fisher"],
    "rod": ["fisher", "tourist", "local"], "reel": ["fisher", "local"], "life": ["fisher"], "sunglasses": ["tourist", "tourist_en"],
    "toy": ["parent"], "stroller": ["parent"], "tickets": ["tourist", "tourist_en", "local"], "tackle": ["fisher", "local"],
}
# who knows which serial, as (owner probability, finder probability)
SERIAL_P = {"imei": (0.3, 0.35), "id": (0.6, 0.75), "student": (0.5, 0.7), "card": (0.8, 0.8), "boat": (0.7, 0.7),
            "locker": (0.7, 0.8), "room": (0.7, 0.8), "plate": (0.85, 0.85), "frame": (0.35, 0.5), "sn": (0.3, 0.45),
            "ticket": (0.4, 0.8)}
FRAME_PFX = {"yadea": "YD", "aima": "AM", "tailg": "TL", "luyuan": "LY", "sunra": "XR", "niu": "NU", "jinpeng": "JP",
             "zongshen": "ZS", "giant": "GT", "merida": "MD", "forever": "YJ", "phoenix": "FH", "xds": "XD", "goodbaby": "GB"}
WEIGHT = {"necklace": (8, 30), "bangle": (15, 40), "bracelet": (4, 15), "ring": (2, 8), "earring": (1, 4), "babylock": (10, 25)}


def clone(o):
    return json.loads(json.dumps(o, ensure_ascii=False, sort_keys=True))


def nick(rng):
    r = rng.random()
    if r < 0.4:
        return "阿" + rng.choice(W.GIVEN)
    if r < 0.7:
        return "老" + rng.choice(W.SURNAMES)
    return "小" + rng.choice(W.GIVEN)


def make_params(rng):
    up = "ABCDEFGHJKLMNPQRSTWXYZ"
    return {"d4": W.digits(rng, 4), "nick": nick(rng), "n": W.person(rng), "num": str(rng.randint(3, 48)),
            "ini": rng.choice(up) + rng.choice(up) + rng.choice(["&", "♥", "·"]) + rng.choice(up) + rng.choice(up),
            "k": str(rng.randint(2, 7)), "date": "%d.%d.%d" % (rng.randint(1995, 2022), rng.randint(1, 12), rng.randint(1, 28))}


def fill(s, p):
    if s is None:
        return None
    for k in sorted(p):
        s = s.replace("{" + k + "}", p[k])
    return s


def make_mark(slot, rng, params, exclude=(), idx=None):
    vis, vals = SLOTS[slot]
    idxs = [i for i in range(len(vals)) if i not in exclude]
    i = rng.choice(idxs) if idx is None else idx
    v = vals[i]
    return {"slot": slot, "vis": vis, "idx": i, "o": [fill(x, params) for x in v["o"]],
            "f": [fill(x, params) for x in v["f"]], "en": fill(v["en"], params), "py": fill(v["py"], params)}


def models_for(cat, kind, brand):
    if brand is None:
        return []
    if cat == "phone":
        return PHONE_MODELS.get(brand, [])
    return MODELS.get((kind, brand)) or MODELS.get((cat, brand)) or []


def pick_kind(cat, rng, voice=None):
    kinds = sorted(KINDS[cat])
    if voice:
        ok = [k for k in kinds if voice in KIND_VOICES.get(k, OWNER_VOICES)]
        if ok:
            kinds = ok
    return rng.choice(kinds)


def new_serials(o, rng):
    s = {}
    for t in KINDS[o["cat"]][o["kind"]][7]:
        if t == "imei":
            s[t] = W.imei(rng)
        elif t == "id":
            s[t] = W.id_number(rng, o["prov"], *((2004, 2012) if o["voice"] == "parent" else (1958, 2004)))
        elif t == "student":
            s[t] = rng.choice(["2023", "2024", "2022"]) + W.digits(rng, 6)
        elif t == "card":
            b = rng.randrange(len(W.BANKS))
            s[t] = [W.BANKS[b][0], W.digits(rng, 4), b]
        elif t == "boat":
            s[t] = W.boat_no(rng)
        elif t == "locker":
            s[t] = rng.choice("ABC") + "-" + str(rng.randint(1, 80))
        elif t == "room":
            s[t] = str(rng.randint(1, 3)) + "0" + str(rng.randint(1, 9))
        elif t == "plate":
            s[t] = W.plate(rng)
        elif t == "frame":
            s[t] = W.frame_no(rng, FRAME_PFX.get(o["brand"], "QY"))
        elif t == "sn":
            s[t] = W.sn(rng, rng.choice([10, 11, 12]))
        elif t == "ticket":
            s[t] = "QY" + W.digits(rng, 8)
    # contents that carry numbers: wallets and some bags hold an ID card and a bank card
    if o["cat"] in ("wallet", "bag"):
        if o.get("has_id"):
            s["id"] = W.id_number(rng, o["prov"], 1958, 2004)
        if o.get("has_card"):
            b = rng.randrange(len(W.BANKS))
            s["card"] = [W.BANKS[b][0], W.digits(rng, 4), b]
    o["serials"] = s
    o["owner_knows"] = sorted(t for t in s if rng.random() < SERIAL_P.get(t, (0.6, 0.7))[0])
    o["finder_sees"] = sorted(t for t in s if rng.random() < SERIAL_P.get(t, (0.6, 0.7))[1])
    return o


def new_marks(o, rng):
    marks = []
    for slot in KINDS[o["cat"]][o["kind"]][6]:
        vis = SLOTS[slot][0]
        p = {"out": 0.7, "in": 0.6, "owner": 0.5}[vis]
        if rng.random() >= p:
            continue
        n = rng.choice([2, 2, 3]) if slot == "bagin" else 1
        used = set()
        for _ in range(n):
            m = make_mark(slot, rng, o["params"])
            if m["idx"] not in used:
                used.add(m["idx"])
                marks.append(m)
    o["marks"] = marks
    return o


def new_object(cat, rng, kind=None, voice=None, color=None, brand="?"):
    if voice is None:
        voice = rng.choices(OWNER_VOICES, VOICE_W)[0]
        if kind is None:
            kind = pick_kind(cat, rng, voice)
    if kind is None:
        kind = pick_kind(cat, rng, voice)
    kv = KINDS[cat][kind]
    if voice not in KIND_VOICES.get(kind, OWNER_VOICES):
        voice = rng.choice(KIND_VOICES.get(kind, OWNER_VOICES))
    o = {"cat": cat, "fcat": cat, "kind": kind, "voice": voice, "prov": rng.choice(VOICE_PROV[voice])}
    o["brand"] = rng.choice(kv[4]) if brand == "?" else brand
    ms = models_for(cat, kind, o["brand"])
    o["model"] = rng.choice(ms) if ms and rng.random() < 0.85 else None
    o["color"] = color if color is not None else rng.choice(kv[5])
    o["params"] = make_params(rng)
    o["name"] = W.person(rng)
    o["has_id"] = cat == "wallet" and rng.random() < 0.5 or cat == "bag" and rng.random() < 0.15
    o["has_card"] = cat == "wallet" and rng.random() < 0.6
    o["amount"] = None
    if cat == "wallet" and rng.random() < 0.8:
        o["amount"] = rng.choice([rng.randint(2, 60) * 10, rng.randint(30, 2500), rng.randint(5, 20) * 100])
    if cat == "cash":
        r = rng.random()
        o["amount"] = (rng.randint(40, 300) * 50 if r < 0.45 else rng.randint(15, 90) * 100 if r < 0.75
                       else rng.randint(6, 30) * 50)
    o["weight"] = None
    if kind in WEIGHT:
        lo, hi = WEIGHT[kind]
        o["weight"] = "%.2f" % (lo + (hi - lo) * rng.random())
    if cat == "id_doc" and kind == "student":
        o["school"] = rng.choice(W.SCHOOLS)
    new_serials(o, rng)
    new_marks(o, rng)
    o["thief"] = cat == "wallet" and o["amount"] is not None and rng.random() < 0.06
    return o


def place_for(o, rng):
    opts = VOICE_PLACES[o["voice"]]
    if o["cat"] in ("ebike", "bicycle"):
        opts = [p for p in opts if p in PARK] or PARK
    return rng.choice(opts)


# --- when and where ------------------------------------------------------------
FINDER_VOICES = {"port": ["vendor", "cleaner", "fisher", "aux", "desk"], "ferry": ["ferry", "ferry", "desk", "tourist"],
                 "island": ["ferry", "homestay", "desk"], "village": ["homestay", "homestay", "fisher", "desk"],
                 "shore": ["cleaner", "tourist", "aux", "tourist_en", "cleaner"], "industry": ["security", "worker", "aux"],
                 "town": ["cleaner", "aux", "desk", "tourist"]}


def area(p):
    return W.PLACES[p][6]


def near(p, rng, same=0.5):
    if rng.random() < same:
        return p
    others = [q for q in W.AREAS[area(p)] if q != p]
    return rng.choice(others) if others else p


def set_loss(o, rng, place=None):
    o["place"] = place or place_for(o, rng)
    days = list(range(0, 32))
    wts = [3 if d < 3 else 3 if d in W.TYPHOON_DAYS else 1 for d in days]
    day = rng.choices(days, wts)[0]
    h0, h1 = W.PLACES[o["place"]][7]
    t = day * 1440 + rng.randint(h0, h1 - 1) * 60 + rng.randint(0, 59)
    r = rng.random()
    if r < 0.55:
        b, a = rng.randint(0, 120), rng.randint(5, 240)
    elif r < 0.88:
        b, a = rng.randint(60, 600), rng.randint(30, 1440)
    else:
        b, a = rng.randint(1440, 4 * 1440), rng.randint(720, 2 * 1440)
    o["t_loss"] = t
    o["from"] = t - b
    o["to"] = min(t + a, W.T0 - 60)
    o["typhoon"] = day in W.TYPHOON_DAYS
    return o


def pick_finder(place, rng):
    v = rng.choice(FINDER_VOICES[area(place)])
    if v == "homestay" and "stay" not in place:
        v = "desk"
    return v


def set_found(o, rng):
    r = rng.random()
    d = rng.randint(5, 180) if r < 0.5 else rng.randint(180, 1440) if r < 0.8 else rng.randint(1440, 6 * 1440)
    o["t_found"] = min(o["t_loss"] + d, W.T0 - 30)
    p = o["place"]
    r = rng.random()
    if o["cat"] in ("ebike", "bicycle") and r < 0.5:
        fp = rng.choice(PARK)
    elif r < 0.45:
        fp = p
    elif r < 0.75 or p not in W.DRIFT:
        fp = near(p, rng, 0.0)
    else:
        fp = rng.choice(W.DRIFT[p])
    o["fplace"] = fp
    o["fvoice"] = pick_finder(fp, rng)
    return o


# --- hard negatives ---------------------------------------------------------------
def _force(o, key, item):
    o.setdefault(key, [])
    if item not in o[key]:
        o[key].append(item)


def _after(target, rng, o, place_same=0.5):
    o["fplace"] = near(target["place"], rng, place_same)
    lo = max(target["from"], target["t_loss"] - 60)
    o["t_found"] = min(lo + rng.randint(10, 2 * 1440), W.T0 - 30)
    o["fvoice"] = pick_finder(o["fplace"], rng)
    return o


def _twin(target, rng, keep_marks=True):
    o = clone(target)
    o["params"] = make_params(rng)
    if rng.random() < 0.6 or o["cat"] in ("id_doc", "wallet"):
        o["name"] = W.person(rng)
    new_serials(o, rng)
    if not keep_marks:
        new_marks(o, rng)
    for k in ("force_o", "force_f", "style_from"):
        o.pop(k, None)
    return o


EXCL = ["case", "lock", "sleeve", "float", "kcount", "ktag", "basket", "rear", "tray", "seat", "engrave", "pendant",
        "jstyle", "jform", "wphoto", "cnote", "oname", "bagin", "ecase", "strap", "edev", "ewatch", "olens"]


def contrast_slots(o, vis):
    """slots whose values exclude each other (one case, one lock screen, one engraving ...)"""
    return [s for s in KINDS[o["cat"]][o["kind"]][6] if s in EXCL and SLOTS[s][0] in vis]


def contrast(target, o, rng, vis):
    """give the negative a different value than the target in one exclusive slot of the wanted
    visibility; both sides (and the target's own finder) are told to mention it."""
    slots = contrast_slots(target, vis)
    if not slots:
        return None
    have = sorted({m["slot"] for m in target["marks"] if m["slot"] in slots})
    slot = rng.choice(have) if have and rng.random() < 0.7 else rng.choice(slots)
    tm = [m for m in target["marks"] if m["slot"] == slot]
    if not tm:
        tm = [make_mark(slot, rng, target["params"])]
        target["marks"].append(tm[0])
    if slot == "bagin" and len(tm) < 2:
        tm.append(make_mark(slot, rng, target["params"], exclude=[tm[0]["idx"]]))
        target["marks"].append(tm[-1])
    taken = sorted({m["idx"] for m in tm})
    o["marks"] = [m for m in o["marks"] if m["slot"] != slot]
    raw = SLOTS[slot][1][tm[0]["idx"]]["o"][0]
    if slot != "bagin" and "{" in raw and (rng.random() < 0.7 or len(SLOTS[slot][1]) == 1):
        for _ in range(20):
            nm = make_mark(slot, rng, o["params"], idx=tm[0]["idx"])
            if nm["f"][0] != tm[0]["f"][0]:
                break
            o["params"] = make_params(rng)
        o["marks"].append(nm)
    else:
        nm = make_mark(slot, rng, o["params"], exclude=taken)
        o["marks"].append(nm)
        if slot == "bagin":
            o["marks"].append(make_mark(slot, rng, o["params"], exclude=taken + [nm["idx"]]))
    _force(target, "force_o", "slot:" + slot)
    _force(target, "force_f", "slot:" + slot)
    _force(o, "force_f", "slot:" + slot)
    return slot


def neg_same_colour(target, rng):
    cat = target["cat"]
    col = target["color"]
    others = sorted(k for k in KINDS[cat] if col in KINDS[cat][k][5] and k != target["kind"])
    alt_brand = [b for b in KINDS[cat][target["kind"]][4] if b and b != target["brand"]]
    same_ok = (alt_brand and target["brand"]) or contrast_slots(target, ("out", "in"))
    kind = target["kind"] if same_ok and (rng.random() < 0.55 or not others) else rng.choice(others) if others \
        else target["kind"]
    brands = [b for b in KINDS[cat][kind][4] if b != target["brand"]] or KINDS[cat][kind][4]
    o = new_object(cat, rng, kind=kind, voice=target["voice"], color=col, brand=rng.choice(brands))
    set_loss(o, rng, target["place"])
    _after(target, rng, o)
    if kind == target["kind"]:
        if o["brand"] and target["brand"] and o["brand"] != target["brand"]:
            _force(target, "force_o", "brand")
            _force(target, "force_f", "brand")
            _force(o, "force_f", "brand")
        else:
            contrast(target, o, rng, ("out", "in"))
    _force(o, "force_f", "color")
    return o


def neg_before(target, rng):
    o = _twin(target, rng, keep_marks=rng.random() < 0.6)
    o["fplace"] = near(target["place"], rng, 0.6)
    o["t_found"] = target["from"] - rng.randint(60, 8 * 1440)
    o["fvoice"] = pick_finder(o["fplace"], rng)
    o["finder_sees"] = [t for t in o["finder_sees"] if t not in ("id", "card", "student")]
    if rng.random() < 0.5:
        o["style_from"] = True
    return o


def neg_brand_elsewhere(target, rng):
    cat, kind = target["cat"], target["kind"]
    cols = [c for c in KINDS[cat][kind][5] if c != target["color"]]
    col = target["color"] if rng.random() < 0.4 or not cols else rng.choice(cols)
    o = new_object(cat, rng, kind=kind, voice=target["voice"], color=col, brand=target["brand"])
    far = rng.choice(W.AREAS[W.FAR_AREA[area(target["place"])]])
    set_loss(o, rng, far)
    o["fplace"] = far
    t = target["to"] + rng.randint(2 * 1440, 12 * 1440)
    if t > W.T0 - 60:
        t = target["from"] - rng.randint(3 * 1440, 10 * 1440)
    o["t_found"] = t
    o["fvoice"] = pick_finder(far, rng)
    _force(target, "force_o", "brand")
    _force(target, "force_f", "brand")
    _force(o, "force_f", "brand")
    if col == target["color"] and o["model"] == target["model"]:
        contrast(target, o, rng, ("out",))
    return o


def neg_model_serial(target, rng):
    o = _twin(target, rng, keep_marks=rng.random() < 0.5)
    st = rng.choice(sorted(t for t in target["serials"] if t not in ("id", "card", "student")))
    if target["model"] is None and models_for(target["cat"], target["kind"], target["brand"]):
        target["model"] = rng.choice(models_for(target["cat"], target["kind"], target["brand"]))
        o["model"] = target["model"]
    if target["model"]:
        _force(target, "force_o", "model")
        _force(o, "force_f", "model")
    if st not in target["owner_knows"]:
        target["owner_knows"] = sorted(target["owner_knows"] + [st])
    if st not in o["finder_sees"]:
        o["finder_sees"] = sorted(o["finder_sees"] + [st])
    if st not in target["finder_sees"]:
        target["finder_sees"] = sorted(target["finder_sees"] + [st])
    _force(target, "force_f", "serial:" + st)
    _force(target, "force_o", "serial:" + st)
    _force(o, "force_f", "serial:" + st)
    return _after(target, rng, o)


def neg_twin(target, rng, vis):
    o = _twin(target, rng, keep_marks=True)
    o["finder_sees"] = []
    o["hide_name"] = True
    if vis == ("in",) and target["amount"] and not target.get("thief") and rng.random() < 0.5:
        a = target["amount"]
        step = 50 if a % 100 else 100
        o["amount"] = max(step, a + rng.choice([-1, 1]) * step * rng.randint(2, 9))
        o["thief"] = False
        _force(target, "force_o", "amount")
        _force(target, "force_f", "amount")
        _force(o, "force_f", "amount")
    elif contrast(target, o, rng, vis) is None:
        return None
    o["style_from"] = True
    return _after(target, rng, o, 0.6)


def neg_other_person(target, rng):
    o = _twin(target, rng, keep_marks=rng.random() < 0.7)
    if rng.random() < 0.4:
        o["name"] = target["name"][0] + o["name"][1:]
    if o["name"] == target["name"]:
        o["name"] = W.person(rng)
    ids = sorted(t for t in o["serials"] if t in ("id", "card", "student"))
    for t in ids:
        if t not in o["finder_sees"]:
            o["finder_sees"] = sorted(o["finder_sees"] + [t])
    if target["cat"] == "id_doc" and target["kind"] != "bankcard" or target.get("has_id"):
        _force(target, "force_o", "name")
        _force(target, "force_f", "name")
        _force(o, "force_f", "name")
    elif ids:
        _force(target, "force_o", "serial:" + ids[0])
        _force(target, "force_f", "serial:" + ids[0])
        if ids[0] not in target["finder_sees"]:
            target["finder_sees"] = sorted(target["finder_sees"] + [ids[0]])
        if ids[0] not in target["owner_knows"]:
            target["owner_knows"] = sorted(target["owner_knows"] + [ids[0]])
        _force(o, "force_f", "serial:" + ids[0])
    return _after(target, rng, o)
