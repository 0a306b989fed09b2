"""Hard negatives for set96 and the rule that keeps every label honest."""
import copy
from set96_world import BY_ID, FAR, dist_km, near
from set96_catalog import KINDS, BRANDS
from set96_objects import make_truth, _serial
import set96_ids as ids

ATTRS = ("color", "brand", "model", "serial", "name", "amount", "mark")


def distinct(f, l):
    """f: (stated, found_at, place id); l: (stated, lost_from, place id). True when a desk officer
    reading the two registrations can see they are not the same object."""
    fs, fat, fp = f
    ls, lf, lp = l
    if fs["kind"] != ls["kind"]:
        return True
    if fat > lf:
        return True
    if dist_km(BY_ID[fp], BY_ID[lp]) > 5.0:
        return True
    return any(fs[a] is not None and ls[a] is not None and fs[a] != ls[a] for a in ATTRS)


def consistent(f, l):
    fs, fat, fp = f
    ls, lf, lp = l
    return fs["kind"] == ls["kind"] and fat <= lf and not any(
        fs[a] is not None and ls[a] is not None and fs[a] != ls[a] for a in ATTRS)


def spec_of(kind):
    return [k for k in KINDS if k[1] == kind][0]


def after(rng, base_lf):
    return max(0, base_lf - rng.randint(5, 1500))


def near_place(rng, pid):
    return rng.choice(near(BY_ID[pid], 1.0) + [pid, pid])


def other_object(rng, base):
    """Same category and colour, a different object nearby after the loss."""
    specs = [k for k in KINDS if k[0] == base["cat"] and (base["color"] is None or base["color"] in k[3])]
    t = make_truth(rng, rng.choice(specs), BY_ID[base["place"]])
    t["color"] = base["color"]
    return t, near_place(rng, base["place"]), after(rng, base["lf"])


def found_before(rng, base):
    """The same-looking object, handed in before this loss began."""
    t = copy.deepcopy(base)
    t["serial"] = _serial(rng, t["stype"], t["kind"])
    if t["name"]:
        t["name"] = ids.cn_name(rng) if rng.random() < 0.5 else t["name"]
    return t, near_place(rng, base["place"]), base["lf"] + rng.randint(30, 2880)


def same_brand_far(rng, base):
    """Same category and brand, far away and at another time."""
    spec = spec_of(base["kind"])
    far = rng.choice(FAR)
    t = make_truth(rng, spec, BY_ID[base["place"]])
    t["brand"] = base["brand"]
    mods = BRANDS[base["brand"]][1]
    if t["model"] not in mods:
        t["model"] = base["model"]
    fat = base["lf"] + rng.randint(60, 3000) if rng.random() < 0.4 else after(rng, base["lf"])
    return t, far["id"], fat


def twin(rng, base, lost_stated):
    """A copy that differs in one detail the owner stated and a finder can see."""
    opts = [a for a in ("color", "brand", "serial", "name", "amount") if lost_stated.get(a) is not None]
    if base["stype"] == "imei":
        opts = [a for a in opts if a != "serial"]
    if not opts:
        return None
    a = rng.choice(opts)
    t = copy.deepcopy(base)
    if a == "color":
        spec = spec_of(base["kind"])
        t["color"] = rng.choice([c for c in spec[3] if c != base["color"]] or ["红"])
    elif a == "brand":
        spec = spec_of(base["kind"])
        others = [b for b in spec[4] if b != base["brand"]]
        if not others:
            return None
        t["brand"] = rng.choice(others)
        fit = [m for m in BRANDS[t["brand"]][1] if m != base["model"]]
        t["model"] = None
    elif a == "serial":
        t["serial"] = _serial(rng, t["stype"], t["kind"])
    elif a == "name":
        t["name"] = ids.cn_name(rng)
    else:
        t["amount"] = base["amount"] + rng.choice([-100, 100, 200, 50, -50, 500])
    return (t, near_place(rng, base["place"]), after(rng, base["lf"])), a


PLAN = [("same_category_colour_other_object", 38), ("found_before_loss", 27),
        ("same_brand_other_place_time", 25), ("near_twin", 30)]
