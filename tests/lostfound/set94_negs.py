"""Set 94 hard negatives: found items that are nobody's, built against a lost report.

  near_twin              the same look as the report's object but one detail both sides
                         would state is different (colour, brand, case, name, plate ...)
  same_category_colour   same category and colour, otherwise a different object, nearby
  found_before_loss      a look-alike found nearby before the loss window began
  same_brand_elsewhere   same category and brand, found 20-60 km away
"""
import collections
import datetime
from set94_world import T0, FAR_KEYS, near_places, at
from set94_names import person
from set94_lexicon import colors_contrast, brand_group
from set94_events import GEN, loss_places

PLAN = {"near_twin": 40, "same_category_colour": 30, "found_before_loss": 25, "same_brand_elsewhere": 25}
DEPENDS = {"brand": ["model", "serial"], "material": ["color"], "noun": ["contents"], "color": ["material"]}
NO_VARY = ("story", "serial", "contents", "cards", "cash")
NOUN_SKIP = ("brand", "model", "material", "size", "contents", "shape", "engraving")


def _differs(k, a, b):
    if a["cmp"] == "color":
        return colors_contrast(a["v"], b["v"])
    if a["cmp"] == "brand":
        return brand_group(a["v"]) != brand_group(b["v"])
    return a["v"] != b["v"]


def owner_like(rng, target, nat):
    return person(rng, nat if target["cat"] in ("id_doc", "wallet") else rng.choice(["cn", "cn", "ru", "mn", "cn_mn"]))


def twin_of(rng, target, vary=None, tries=30, nat="cn", need=None):
    """A different object that looks like target; if vary, that one fact differs visibly."""
    for _ in range(tries):
        owner = owner_like(rng, target, nat)
        fresh = GEN[target["cat"]](rng, owner, None if vary == "noun" else target["noun"])
        if need and need not in fresh["facts"]:
            continue
        if (fresh["noun"] == target["noun"]) == (vary == "noun"):
            continue
        if vary == "model" and fresh["facts"].get("brand", {}).get("v") != target["facts"].get("brand", {}).get("v"):
            continue
        facts = dict(fresh["facts"])
        keep = set(DEPENDS.get(vary, [])) | {vary}
        for k, f in target["facts"].items():
            if vary == "noun" and (k in NOUN_SKIP or k not in fresh["facts"] or fresh["facts"][k]["tmpl_own"] != f["tmpl_own"]):
                continue
            if f["look"] and k not in keep:
                facts[k] = f
        if vary:
            if vary not in fresh["facts"] or vary not in target["facts"]:
                continue
            if not _differs(vary, fresh["facts"][vary], target["facts"][vary]):
                continue
        tw = dict(fresh)
        tw["facts"] = facts
        tw["alt_cat"] = None
        return tw
    return None


def other_same_colour(rng, target):
    for _ in range(30):
        owner = person(rng, rng.choice(["cn", "ru", "mn", "cn_mn"]))
        fresh = GEN[target["cat"]](rng, owner, None)
        if "color" not in fresh["facts"]:
            continue
        fresh["facts"] = dict(fresh["facts"])
        c = dict(fresh["facts"]["color"])
        c.update({k: v for k, v in target["facts"]["color"].items() if k in ("v", "own", "fnd", "en", "vague", "ru")})
        fresh["facts"]["color"] = c
        fresh["alt_cat"] = None
        if any(_differs(k, fresh["facts"][k], target["facts"][k]) for k in sorted(set(fresh["facts"]) & set(target["facts"]))
               if k in ("brand", "noun", "case", "fob", "material", "shape", "container", "nkeys")):
            return fresh
    return None


def same_brand(rng, target, nat):
    b = target["facts"]["brand"]
    for _ in range(40):
        fresh = GEN[target["cat"]](rng, owner_like(rng, target, nat), target["noun"])
        if "brand" in fresh["facts"] and brand_group(fresh["facts"]["brand"]["v"]) == brand_group(b["v"]):
            break
    fresh["facts"] = dict(fresh["facts"])
    if fresh["facts"].get("brand", {}).get("v") != b["v"]:
        fresh["facts"].pop("model", None)
    fresh["facts"]["brand"] = b
    if "model" in target["facts"] and rng.random() < 0.4:
        fresh["facts"]["model"] = target["facts"]["model"]
    fresh["alt_cat"] = None
    return fresh


def near_place(rng, ev):
    p = rng.choice(loss_places(ev))
    near = near_places(p, 1.2, rng)
    return p if not near or rng.random() < 0.5 else rng.choice(near)


def time_in_window(rng, ev):
    a, b = ev["t_from"], ev["t_to"]
    span = max(1, int((b - a).total_seconds() // 60))
    t = a + datetime.timedelta(minutes=rng.randrange(span) + rng.choice([0, 30, 120, 600]))
    return min(t, T0 - datetime.timedelta(minutes=rng.randint(2, 40)))


def make_negative(rng, label, ev):
    """-> found event for this label against lost event ev, or None if it does not fit."""
    target, st = ev["obj"], ev["stated"]
    if label == "near_twin":
        cands = [k for k in sorted(st) if k in target["facts"] and target["facts"][k]["who"] == "both"
                 and k not in NO_VARY and target["facts"][k]["cmp"] not in ("none", "set", "cash")
                 and not (k == "noun" and target["cat"] in ("phone", "keys", "cash", "ebike"))]
        if not cands:
            return None
        vary = rng.choice(cands)
        nat = ev["owner"]["nat"]
        obj = twin_of(rng, target, vary, nat=nat) if target["facts"][vary]["look"] else twin_of(rng, target, None, nat=nat, need=vary)
        if obj is None:
            return None
        return {"obj": obj, "place": near_place(rng, ev), "t_found": time_in_window(rng, ev), "force": [vary],
                "label": label, "target": ev["key"], "varied": vary}
    if label == "same_category_colour":
        if "color" not in st or "color" not in target["facts"]:
            return None
        obj = other_same_colour(rng, target)
        if obj is None:
            return None
        return {"obj": obj, "place": near_place(rng, ev), "t_found": time_in_window(rng, ev), "force": ["color"],
                "label": label, "target": ev["key"]}
    if label == "found_before_loss":
        obj = twin_of(rng, target, None, nat=ev["owner"]["nat"])
        if obj is None:
            return None
        back = rng.choice([40, 90, 180, 600, 1440, 2880, 7200, 20160, 43200])
        t = ev["t_from"] - datetime.timedelta(minutes=int(back * rng.uniform(0.8, 1.3)))
        if (T0 - t).total_seconds() / 60 > 172000:
            t = at(170000)
        return {"obj": obj, "place": near_place(rng, ev), "t_found": t, "force": [], "label": label, "target": ev["key"]}
    if label == "same_brand_elsewhere":
        if "brand" not in st or "brand" not in target["facts"]:
            return None
        obj = same_brand(rng, target, ev["owner"]["nat"])
        if obj is None:
            return None
        return {"obj": obj, "place": rng.choice(FAR_KEYS), "t_found": time_in_window(rng, ev) if rng.random() < 0.6 else ev["t_from"]
                - datetime.timedelta(minutes=rng.randint(60, 4000)), "force": ["brand"], "label": label, "target": ev["key"]}
    return None


def make_negatives(rng, events):
    """events: lost events that already carry key and stated.  Targets are spread so that each
    category gets negatives in proportion to its lost reports, at most two per report."""
    out = []
    lost_n = collections.Counter(ev["obj"]["cat"] for ev in events)
    neg_n, per_target = collections.Counter(), collections.Counter()
    for label in sorted(PLAN):
        for _ in range(PLAN[label]):
            order = sorted(range(len(events)), key=lambda i: (neg_n[events[i]["obj"]["cat"]] / lost_n[events[i]["obj"]["cat"]],
                                                              per_target[events[i]["key"]], rng.random()))
            for i in order:
                ev = events[i]
                if per_target[ev["key"]] >= 2:
                    continue
                neg = make_negative(rng, label, ev)
                if neg is not None:
                    out.append(neg)
                    neg_n[ev["obj"]["cat"]] += 1
                    per_target[ev["key"]] += 1
                    break
    return out


def mutate_apart(rng, obj, other, avoid=()):
    """Last resort when two hidden objects are look-alikes in everything both sides can see:
    redraw one visible fact of obj so that it differs from other.  Returns the key or None."""
    for _ in range(40):
        fresh = GEN[obj["cat"]](rng, {"nat": "cn", "female": False, "id": "x", "zh": "x", "forms": ["x"]}, obj["noun"])
        for k in ("color", "brand", "case", "fob", "material", "holder", "container", "shape", "mark", "lock", "sticker", "nkeys"):
            if k in fresh["facts"] and k in obj["facts"] and k in other["facts"] and k not in avoid \
                    and _differs(k, fresh["facts"][k], other["facts"][k]) and obj["facts"][k]["who"] == "both":
                obj["facts"][k] = fresh["facts"][k]
                if k == "brand" and "model" in obj["facts"]:
                    if "model" in fresh["facts"]:
                        obj["facts"]["model"] = fresh["facts"]["model"]
                    else:
                        del obj["facts"]["model"]
                return k
    return None
