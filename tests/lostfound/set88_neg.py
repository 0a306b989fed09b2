"""set88 hard negatives: found items that look like some lost report but are another object.

Each is built against one target lost report and differs from it in something both sides state
(a detail, the brand, a number, the name, the time, the place or the kind of thing)."""
import copy
import set88_world as Wd
import set88_people as P
import set88_objects as O
from set88_feats import FEAT, values, FINDER_SEES
from set88_found import write_found
from set88_judge import conflict
from set88_text import said_force
from set88_specs import SPECS

PLAN = [("twin_one_detail", 34), ("other_brand_same_look", 22), ("found_before_loss", 18), ("serial_near_miss", 14),
        ("far_place_look_alike", 12), ("other_owner_name", 10), ("other_kind_same_colour", 10)]
READABLE = ("id", "student", "passport", "card", "frame", "plate", "sn", "carplate")
# kinds a hurried person could take for one another
SIMILAR = [{"smartphone", "oldphone"}, {"wallet_long", "wallet_short", "card_holder", "coin_purse"},
           {"idcard", "social", "driver", "student"}, {"passport", "vehlic", "driver"}, {"keyring", "carkey"},
           {"mtb", "road", "folding", "citybike"}, {"backpack", "crossbody", "waist", "tote"},
           {"handbag", "crossbody", "tote"}, {"duffel", "suitcase", "backpack"}, {"bangle", "bracelet", "ring"},
           {"necklace", "bracelet", "earring"}, {"earbuds", "powerbank", "watch"}, {"tablet", "ereader", "laptop"},
           {"camera", "actioncam", "drone"}, {"watch", "kids_watch"}, {"glasses", "sunglasses"},
           {"doppa", "scarf"}]


def _fresh(rng, L, obj):
    """The look-alike belongs to somebody else: new numbers, new name."""
    owner = O.make_owner(rng, L["owner"]["role"], keep=False)
    n = copy.deepcopy(obj)
    n["alt"] = None
    n["idents"] = []
    for idt in obj["idents"]:
        new = O.new_ident(rng, idt["t"], owner)
        new["ok"], new["fv"] = idt["ok"], idt["fv"]
        n["idents"].append(new)
    if n["name"] is not None:
        n["name"] = O.unique(lambda: P.other_name(rng, obj["name"]), rng, False) if rng.random() < 0.5 else owner["name"]
        if n["name"]["key"] == obj["name"]["key"]:
            n["name"] = O.unique(lambda: P.other_name(rng, obj["name"]), rng, False)
    n["hidden"] = []
    if n["amount"]:
        lo, hi = int(n["amount"] * 0.6), int(n["amount"] * 1.6) + 10
        pool = [a for a in range(20, 20001, 10) if (a < lo or a > hi) and abs(a - n["amount"]) < 4 * n["amount"]]
        n["amount"] = rng.choice(pool)
    return n, owner


def _other_value(rng, ft, v):
    if ft == "count":
        return str(int(v) + 2) if int(v) <= 4 else str(int(v) - 2)
    if "{}" in FEAT[ft]:
        pool = {"engrave": O.ENGRAVE, "maker": O.MAKERS, "capacity": ["10000", "20000"], "weight": ["1", "2", "3"]}[ft]
    else:
        pool = values(ft)
    others = [x for x in pool if x != v]
    return rng.choice(others) if others else None


def _near_event(rng, L):
    ev = L["event"]
    place = rng.choice(Wd.near(rng.choice(ev["places"]), 1.5))
    hi = min(Wd.NOW - 30, ev["t1"] + rng.randint(60, 2880))
    return {"t": Wd.open_hours(rng, place, rng.randint(ev["t0"] + 1, max(ev["t0"] + 2, hi)), ev["t0"]), "place": place}



def build(rng, label, L):
    """(obj, fev, force) or None when the label does not fit this target."""
    s, obj = L["said"], L["obj"]
    force = set()
    n, owner = _fresh(rng, L, obj)
    fev = _near_event(rng, L)
    if label == "twin_one_detail":
        opts = [ft for ft in sorted(s["feats"]) if FINDER_SEES.get(ft, 1.0) >= 0.6 and ft in n["feats"]]
        if opts:
            ft = rng.choice(opts)
            nv = _other_value(rng, ft, n["feats"][ft])
            if nv is None:
                return None
            n["feats"][ft] = nv
            force.add("feat:" + ft)
        elif s["amount"] and n["amount"]:
            n["amount"] = max(20, int(obj["amount"] * rng.choice([0.3, 0.45, 2.2, 3.0])) // 10 * 10)
            force.add("amount")
        else:
            return None
    elif label == "other_brand_same_look":
        if not s["brand"]:
            return None
        spec = SPECS[n["kind"]]
        brands = [b for b in spec["brands"] if b and b != s["brand"]]
        if not brands:
            return None
        b = rng.choice(brands)
        models = spec["brands"][b].split("|") if spec["brands"][b] else []
        n["brand"], n["model"], n["brand_vis"] = b, rng.choice(models) if models else None, True
        force.add("brand")
        if s["color"] and n["color_vis"]:
            force.add("color")
    elif label == "found_before_loss":
        fev["place"] = rng.choice(Wd.near(L["event"]["places"][0], 1.0))
        t = L["event"]["t0"] - rng.randint(180, 5760)
        t2 = Wd.open_hours(rng, fev["place"], t, 0)
        fev["t"] = t2 if t2 < L["event"]["t0"] - 60 else t
    elif label == "serial_near_miss":
        ids = [x for x in s["idents"] if x[0] in READABLE]
        if not ids:
            return None
        t, v, _ = rng.choice(ids)
        src = [x for x in obj["idents"] if x["t"] == t and x["v"] == v][0]
        miss = P.near_miss(rng, src)
        miss["ok"], miss["fv"] = True, True
        n["idents"] = [x for x in n["idents"] if x["t"] != t] + [miss]
        force.add("ident:" + t)
    elif label == "far_place_look_alike":
        ev = L["event"]
        if not (s["brand"] or s["color"]) or any("transit" in Wd.tags(p) for p in ev["places"]):
            return None
        fev["place"] = rng.choice(Wd.FAR_IDS)
        fev["t"] = rng.randint(ev["t0"] + 30, max(ev["t0"] + 31, min(Wd.NOW - 30, ev["t1"] + 240)))
        opts = [ft for ft in sorted(s["feats"]) if FINDER_SEES.get(ft, 1.0) >= 0.6 and ft in n["feats"]]
        if opts:
            ft = rng.choice(opts)
            nv = _other_value(rng, ft, n["feats"][ft])
            if nv is not None:
                n["feats"][ft] = nv
                force.add("feat:" + ft)
        if s["brand"]:
            n["brand_vis"] = True
            force.add("brand")
        elif n["color_vis"]:
            force.add("color")
        else:
            return None
    elif label == "other_owner_name":
        if not s["name"]:
            return None
        n["name"] = O.unique(lambda: P.other_name(rng, obj["name"]), rng, False)
        force.add("name")
    elif label == "other_kind_same_colour":
        if not (s["color"] and s["kind"]):
            return None
        near = sorted(set().union(*[g for g in SIMILAR if obj["kind"] in g]) - {obj["kind"]})
        kinds = [k for k in near if SPECS[k]["cat"] == obj["cat"] and obj["color"] in SPECS[k]["colors"]]
        if not kinds:
            return None
        n = O.make_object(rng, obj["cat"], owner, rng.choice(kinds))
        n["color"], n["color_vis"] = obj["color"], True
        if obj["brand"] and obj["brand"] in SPECS[n["kind"]]["brands"]:
            n["brand"] = obj["brand"]
        force |= {"kind", "color"}
    return n, fev, force


def make_one(rng, label, L, tries=12, level=None, losts=()):
    """A negative against target L that also differs from every report in losts."""
    for i in range(tries):
        got = build(rng, label, L)
        if got is None:
            return None
        n, fev, force = got
        lv = level or (rng.choice(["low", "mid", "mid", "high"]) if i < 4 else "high" if i < 8 else "full")
        neg = {"obj": n, "fev": fev, "label": label, "target": L, "force": force, "neg": True}
        if restate(rng, neg, lv) and all(conflict(x["said"], neg["said"]) for x in losts):
            return neg
    return None


def restate(rng, neg, level):
    """(Re)write a negative's registration; True when it still differs from its target."""
    force = set(neg["force"]) | (said_force(neg["said"]) if "said" in neg else set())
    fields, said = write_found(rng, neg["obj"], neg["fev"], level, force)
    if conflict(neg["target"]["said"], said) is None:
        return False
    fields["negative"] = neg["label"]
    neg["fields"], neg["said"], neg["level"] = fields, said, level
    return True


def pick_target(rng, losts, label, used, per_cat=None):
    never = [L for L in losts if L["truth_rec"] is None and used.get(id(L), 0) < 2]
    paired = [L for L in losts if L["truth_rec"] is not None and used.get(id(L), 0) < 2]
    pool = never if (rng.random() < 0.6 and never) else paired
    if not pool:
        return None
    if per_cat is None:
        return rng.choice(pool)
    # spread the negatives over the categories in proportion to their lost reports
    size = {}
    for L in losts:
        size[L["obj"]["cat"]] = size.get(L["obj"]["cat"], 0) + 1
    return rng.choices(pool, weights=[1.0 / (1 + 4.0 * per_cat.get(L["obj"]["cat"], 0) / size[L["obj"]["cat"]]) ** 3
                                      for L in pool])[0]


FLOOR = {"keys": 7, "cash": 6}      # things with few features still get their look-alikes


def make_negatives(rng, losts):
    used, out, per_cat = {}, [], {}
    left = dict(PLAN)
    for cat in FLOOR:
        pool = [L for L in losts if L["obj"]["cat"] == cat]
        for i in range(400):
            if per_cat.get(cat, 0) >= FLOOR[cat]:
                break
            label = ["twin_one_detail", "found_before_loss", "far_place_look_alike"][i % 3]
            L = rng.choice(pool)
            if used.get(id(L), 0) >= 2:
                continue
            neg = make_one(rng, label, L, tries=10, losts=losts)
            if neg:
                used[id(L)] = used.get(id(L), 0) + 1
                per_cat[cat] = per_cat.get(cat, 0) + 1
                left[label] -= 1
                out.append(neg)
    for label, count in PLAN:
        count = left[label]
        made = 0
        for _ in range(count * 60):
            if made == count:
                break
            L = pick_target(rng, losts, label, used, per_cat)
            neg = make_one(rng, label, L, tries=30, losts=losts) if L is not None else None
            if neg:
                used[id(L)] = used.get(id(L), 0) + 1
                per_cat[L["obj"]["cat"]] = per_cat.get(L["obj"]["cat"], 0) + 1
                out.append(neg)
                made += 1
    return out
