"""set90 hard negatives: found items that are nobody's, built against one lost report
(the target) the way an outside reviewer would, per the brief's kinds:

  near_twin             the same kind of object, place and time, differing in one detail
                        both sides would plausibly state (forced into both texts)
  same_category_colour  same category and colour, a different object (another brand or
                        type, or another stated detail), near in place and time
  found_before_loss     a look-alike found before the target's loss window began
  same_brand_elsewhere  same brand, found 25-60 km away and at another time
"""
import datetime
import set90_world as W
import set90_story as S
import set90_objects as O
import set90_say as Y

LABELS = ["near_twin", "same_category_colour", "found_before_loss", "same_brand_elsewhere"]
TWIN_KEYS = {
    "phone": ["case", "screen", "lock", "strap", "sticker", "model", "keyswear"],
    "id_doc": ["name"],
    "wallet": ["name", "bank_tail", "amount", "brand", "photo", "paper", "wmaterial"],
    "keys": ["count", "keyring", "access", "brand", "serial"],
    "ebike": ["serial", "trunk", "basket", "sunshade", "seatcov", "scratch", "model", "bed"],
    "bicycle": ["permit", "bikelock", "basket", "seatcov", "trunk", "brand"],
    "bag": ["name", "inside", "charm", "pocket", "brand"],
    "cash": ["amount", "envprint", "envnote", "denom", "wrap", "name"],
    "jewelry": ["engrave", "shape", "stamp", "rope", "brand"],
    "electronics": ["model", "ecase", "cap", "wstrap", "name", "tcover", "content", "sticker2", "brand"],
    "other": ["name", "cupnote", "gcase", "gframe", "hospital", "partkind", "brand"],
}
FOUND_CAT_OF = {}


def _level(rng):
    return rng.choices(["hurried", "normal", "rich"], [10, 60, 30])[0]


def twin_person(rng, used, l):
    p = S.make_person(rng, used, l["pkind"])
    sur = l["t"]["person"][0]
    if rng.random() < 0.7 and sur + p["name"][1:] not in used:
        used.discard(p["name"])
        p["name"] = sur + p["name"][1:]
        used.add(p["name"])
    return p


def _near_place(rng, l, km=2.0):
    base = rng.choice(l["places"])
    return rng.choice([base, base] + [q for q in W.near(base, km) if q != base])


def _after(rng, l, max_days=3):
    a = l["win"][1]
    lo = a + datetime.timedelta(minutes=10)
    hi = min(a + datetime.timedelta(days=max_days), W.NOW - datetime.timedelta(minutes=20))
    if hi <= lo:
        return None
    span = int((hi - lo).total_seconds() // 60)
    return lo + datetime.timedelta(minutes=rng.randint(0, span))


def _rec(rng, t, l, place, when, label, latest=None):
    when = W.daytime(when, latest or W.NOW - datetime.timedelta(minutes=20), W.ALL[place]["kind"])
    fv = S.finder_voice(rng, place)
    lvl = _level(rng)
    return {"side": "F", "t": t, "cat": l["fcat"], "voice": fv, "place": place, "when": when.replace(second=0),
            "level": lvl, "say": Y.plan(rng, t, "F", lvl, fv), "neg": label, "target": l, "owner": None}


def near_twin(rng, used, l):
    t = l["t"]
    keys = [k for k in TWIN_KEYS[t["cat"]] if O.knowable(t, k, "L") and O.knowable(t, k, "F")]
    rng.shuffle(keys)
    if t["slots"].get("name", "none") != "none":
        keys = ["name"]      # an object that carries its owner's name differs first in the name
    for k in keys:
        p = twin_person(rng, used, l)
        rng_range = None
        if k == "amount":
            Y.force(rng, t, l["say"], "amount", "L", l["voice"])
            rng_range = l["say"]["amount"][:2]
        c = O.alter(rng, t, k, p, rng_range)
        if c is None:
            continue
        when = _after(rng, l)
        if when is None:
            return None
        f = _rec(rng, c, l, _near_place(rng, l), when, "near_twin")
        Y.force(rng, c, f["say"], k, "F", f["voice"])
        Y.force(rng, t, l["say"], k, "L", l["voice"])
        f["twin_key"] = k
        return f
    return None


def same_colour(rng, used, l):
    t = l["t"]
    if not t["color"]:
        return None
    subs = [s for s in O.subs(t["cat"]) if t["color"] in (O.CATS[t["cat"]][s]["colors"] or [])]
    sub = t["sub"] if rng.random() < 0.6 else rng.choice(subs)
    p = S.make_person(rng, used, l["pkind"])
    for _ in range(20):
        c = O.make_truth(rng, t["cat"], sub, p)
        c["color"] = t["color"]
        if "stamp" in c["slots"]:
            c["slots"]["stamp"] = rng.choice(O.slot_values(c, "stamp"))
        if c["brand"] != t["brand"] or sub != t["sub"]:
            break
    when = _after(rng, l, 2)
    if when is None:
        return None
    f = _rec(rng, c, l, _near_place(rng, l, 3.0), when, "same_category_colour")
    Y.force(rng, c, f["say"], "color", "F", f["voice"])
    Y.force(rng, t, l["say"], "color", "L", l["voice"])
    return f


def found_before(rng, used, l):
    t = l["t"]
    p = twin_person(rng, used, l)
    c = None
    if rng.random() < 0.5:
        keys = [k for k in TWIN_KEYS[t["cat"]] if k in O.keys_of(t)]
        rng.shuffle(keys)
        for k in keys:
            c = O.alter(rng, t, k, p, (0, 10 ** 6) if k != "amount" else None)
            if c:
                break
    if c is None:
        c = O.copy_truth(t)
        if "name" in c["slots"]:
            c["slots"]["name"] = p["name"]
            c["person"] = p["name"]
        c["serial"] = O.new_serial(rng, c, p) if c["serial"] else None
    if c["slots"].get("name", "none") not in ("none", p["name"]):
        c["slots"]["name"] = p["name"]        # a look-alike never carries the owner's name
        c["person"] = p["name"]
    if c["slots"].get("bank_tail", "none") not in ("none", "-") and c["slots"]["bank_tail"] == t["slots"]["bank_tail"]:
        c["slots"]["bank_tail"] = O.N.digits(rng, 4, False)
    a = l["win"][1]
    when = a - datetime.timedelta(minutes=rng.randint(60, 4 * 1440))
    if when < W.START - datetime.timedelta(days=3):
        return None
    return _rec(rng, c, l, _near_place(rng, l), when, "found_before_loss", a - datetime.timedelta(minutes=30))


def same_brand(rng, used, l):
    t = l["t"]
    if not t["brand"]:
        return None
    subs = [s for s in O.subs(t["cat"]) if t["brand"] in O.CATS[t["cat"]][s]["brands"]]
    sub = t["sub"] if rng.random() < 0.7 else rng.choice(subs)
    p = S.make_person(rng, used, l["pkind"])
    c = O.make_truth(rng, t["cat"], sub, p)
    c["brand"] = t["brand"]
    ms = O.models_for(c["brand"], c["cat"], sub) if c["cat"] in O.MODEL_CATS else []
    c["model"] = rng.choice(ms) if ms and rng.random() < 0.7 else None
    if rng.random() < 0.5 and t["color"] and t["color"] in (O.CATS[t["cat"]][sub]["colors"] or []) \
            and "stamp" not in c["slots"]:
        c["color"] = t["color"]
    c["serial"] = O.new_serial(rng, c, p) if c["serial"] else None
    place = rng.choice(W.FAR_IDS)
    a = l["win"][1]
    if rng.random() < 0.4:
        when = a - datetime.timedelta(minutes=rng.randint(1440, 5 * 1440))
    else:
        when = a + datetime.timedelta(minutes=rng.randint(1440, 6 * 1440))
        if when > W.NOW - datetime.timedelta(minutes=30):
            when = a - datetime.timedelta(minutes=rng.randint(600, 3 * 1440))
    latest = a - datetime.timedelta(minutes=30) if when < a else None
    f = _rec(rng, c, l, place, when, "same_brand_elsewhere", latest)
    Y.force(rng, c, f["say"], "brand", "F", f["voice"])
    Y.force(rng, t, l["say"], "brand", "L", l["voice"])
    return f


BUILD = {"near_twin": near_twin, "same_category_colour": same_colour,
         "found_before_loss": found_before, "same_brand_elsewhere": same_brand}
