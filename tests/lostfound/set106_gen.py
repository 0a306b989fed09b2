"""Write tests/lostfound/set106.json: a blind lost-and-found set (northwestern city, first snow).

Run: PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 tests/lostfound/set106_gen.py
One random.Random(SEED); no set or hash order is ever drawn from, so the output is the same on
every run and under any PYTHONHASHSEED.
"""

import json
import os
import random
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from set106_objects import build, new_person, sibling  # noqa: E402
from set106_voices import desk_coords, jitter, pname, write_found, write_lost  # noqa: E402
from set106_world import DESK, dist_m, place_list, when  # noqa: E402
from set106_objects import rname  # noqa: E402

SEED = 1060611
PFX = "S106"
N_PAIRS, N_UNFOUND = 150, 90
MAXMIN = 172800

CAT_PLAN = [("phone", 40), ("id_doc", 35), ("wallet", 30), ("keys", 25), ("bag", 25), ("other", 35),
            ("electronics", 20), ("jewelry", 10), ("ebike", 10), ("bicycle", 5), ("cash", 5)]
# how likely a lost thing of this category is handed in (used as a weight, counts are exact)
HANDED_IN = {"phone": 0.55, "id_doc": 0.85, "wallet": 0.65, "keys": 0.6, "bag": 0.75, "other": 0.35,
             "electronics": 0.55, "jewelry": 0.45, "ebike": 0.6, "bicycle": 0.5, "cash": 0.4}
ZONE_BY_CAT = {
    "phone": ["station", "station", "bus", "uni", "mosque", "river", "hospital", "center"],
    "id_doc": ["station", "station", "bus", "bus", "uni", "hospital", "center", "mosque"],
    "wallet": ["station", "bus", "uni", "mosque", "hospital", "center", "river"],
    "keys": ["uni", "mosque", "river", "center", "hospital", "river"],
    "bag": ["station", "station", "bus", "bus", "uni", "hospital"],
    "other": ["uni", "river", "river", "mosque", "hospital", "station", "bus", "center"],
    "electronics": ["uni", "uni", "station", "bus", "center"],
    "jewelry": ["mosque", "hospital", "river", "center"],
    "ebike": ["uni", "mosque", "hospital", "center"],
    "bicycle": ["uni", "uni", "river"],
    "cash": ["station", "bus", "mosque", "hospital", "center"],
}
PERSONA_BY_ZONE = {
    "station": ["traveller", "migrant", "student", "migrant", "office"],
    "bus": ["migrant", "student", "traveller", "elderly"],
    "uni": ["student", "student", "student", "office"],
    "mosque": ["hui", "hui", "elderly", "shop"],
    "river": ["elderly", "office", "student", "hui"],
    "hospital": ["patient", "patient", "elderly", "office"],
    "center": ["office", "elderly", "driver", "shop"],
}
FINDER_BY_ZONE = {
    "station": ["staff", "staff", "cleaner", "taxi", "officer", "migrant", "shop"],
    "bus": ["staff", "cleaner", "taxi", "officer", "migrant"],
    "uni": ["student", "student", "cleaner", "shop", "rider", "guard"],
    "mosque": ["shop", "elderly", "officer", "cleaner", "rider"],
    "river": ["elderly", "elderly", "rider", "cleaner", "officer"],
    "hospital": ["guard", "guard", "cleaner", "shop", "officer"],
    "center": ["rider", "officer", "cleaner", "taxi", "shop"],
}
NEG_PLAN = [("same_category_colour", 30), ("found_before_loss", 20), ("same_brand_elsewhere", 18),
            ("twin_other_serial", 16), ("twin_other_detail", 20), ("twin_unstated", 16)]


def loss_time(rng):
    r = rng.random()
    if r < 0.55:
        return rng.randint(30, 2 * 1440)
    if r < 0.85:
        return rng.randint(2 * 1440, 10 * 1440)
    if r < 0.97:
        return rng.randint(10 * 1440, 40 * 1440)
    return rng.randint(40 * 1440, 100 * 1440)


def window(t, rng):
    r = rng.random()
    if r < 0.35:
        a, b = rng.randint(0, 30), rng.randint(0, 30)
    elif r < 0.75:
        a, b = rng.randint(30, 240), rng.randint(20, 240)
    elif r < 0.93:
        a, b = rng.randint(240, 900), rng.randint(60, 900)
    else:
        a, b = rng.randint(900, 4000), rng.randint(300, 3000)
    lf = min(MAXMIN, t + a)
    lt = max(0, t - b)
    return lf, lt


def nearby(places, p, rng, lo=0.0, hi=1500.0):
    c = [q for q in places if q["id"] != p["id"] and lo <= dist_m(p, q) <= hi]
    return rng.choice(c) if c else p


def far(places, p, rng):
    c = [q for q in places if dist_m(p, q) > 3000]
    return rng.choice(c)


def finder_name(rng):
    return rname(rng, rng.random() < 0.3)


def found_ctx(obj, place, f, finder, rng, places, lost_ctx=None):
    ctx = {"f": f, "finder": finder, "zone": place["zone"], "level": rng.choice(["terse", "normal", "normal", "normal", "rich"]),
           "finder_name": finder_name(rng)}
    if finder == "taxi":
        plate = "甘A·T%04d" % rng.randint(0, 9999)
        ctx["place_name"] = rng.choice(["出租车后座", "出租车上", "车里后排座位", "出租车副驾驶座位下"])
        ctx["addr"] = "出租车(%s)" % plate if rng.random() < 0.6 else "出租车后座"
        ctx["coords"] = desk_coords(rng) if rng.random() < 0.3 else None
        return ctx
    if rng.random() < 0.12:
        ctx["place_name"] = pname(place, rng)
        ctx["addr"] = rng.choice(DESK["names"])
        ctx["coords"] = desk_coords(rng)
        return ctx
    ctx["place_name"] = pname(place, rng)
    ctx["addr"] = ctx["place_name"]
    ctx["coords"] = jitter(rng, place)
    return ctx


def main():
    rng = random.Random(SEED)
    places = place_list()
    by_zone = {}
    for p in places:
        by_zone.setdefault(p["zone"], []).append(p)

    cats = []
    for c, n in CAT_PLAN:
        cats += [c] * n
    rng.shuffle(cats)
    # choose exactly N_PAIRS handed-in reports, weighted by category
    idx = list(range(len(cats)))
    keyed = sorted(idx, key=lambda i: rng.random() ** (1.0 / HANDED_IN[cats[i]]), reverse=True)
    paired = set(keyed[:N_PAIRS])

    lost_items = []   # (rec, stated, obj, ctx)
    found_items = []  # (rec, truth_lost_index or None, negative label)
    cross = {"wallet": "id_doc", "electronics": "other", "bag": "electronics", "keys": "other"}
    cross_used = set()
    for i, cat in enumerate(cats):
        zone = rng.choice(ZONE_BY_CAT[cat])
        place = rng.choice(by_zone[zone])
        persona = rng.choice(PERSONA_BY_ZONE[zone])
        person = new_person(rng, persona)
        obj = build(cat, rng, person)
        t = loss_time(rng)
        lf, lt = window(t, rng)
        ctx = {"place": place, "lf": lf, "lt": lt, "t": t, "persona": persona,
               "level": rng.choice(["terse", "normal", "normal", "normal", "rich", "rich"]),
               "officer": persona == "elderly" and rng.random() < 0.6 or rng.random() < 0.15}
        finder = rng.choice(FINDER_BY_ZONE[zone])
        if cat in ("ebike", "bicycle") and finder == "taxi":
            finder = "officer"
        r = rng.random()
        if finder == "taxi":
            dest = far(places, place, rng)
            ctx["route"] = rng.choice(["坐出租车从%s到%s", "打车从%s回%s", "从%s坐出租车去%s"]) % (
                pname(place, rng), pname(dest, rng))
            ctx["taxi"] = True
            ctx["route_addr"] = "%s至%s(出租车)" % (pname(place, rng), pname(dest, rng))
        elif r < 0.18:
            ctx["alt"] = nearby(places, place, rng, 100, 1200)
        elif r < 0.26 and zone in ("station", "bus", "uni") and cat not in ("ebike", "bicycle"):
            other = far(places, place, rng)
            ctx["route"] = "从%s到%s的%s上" % (pname(other, rng), pname(place, rng),
                                            rng.choice(["公交车", "路", "地铁", "1路公交"]))
            ctx["route_addr"] = ctx["route"]
        rec, stated = write_lost(obj, ctx, rng)
        lost_items.append([rec, stated, obj, ctx, None])
        if i in paired:
            f = max(0, t - rng.choice([rng.randint(5, 120), rng.randint(60, 1440), rng.randint(600, 6000)]))
            fplace = place
            if finder != "taxi" and rng.random() < 0.3:
                fplace = nearby(places, place, rng, 50, 800)
            fctx = found_ctx(obj, fplace, f, finder, rng, places)
            if cat in cross and cat not in cross_used and len(cross_used) < 4 and \
                    (cat != "bag" or "笔记本电脑" in obj["contents"]) and \
                    (cat != "wallet" or obj["kind"] == "卡包") and \
                    (cat != "electronics" or obj["kind"] == "无线耳机"):
                fctx["cat"] = cross[cat]
                cross_used.add(cat)
            frec = write_found(obj, fctx, rng)
            found_items.append([frec, i, None])

    # hard negatives
    brand_targets = [i for i, L in enumerate(lost_items) if L[2]["brand"]]
    neg_count = {}
    for label, n in NEG_PLAN:
        made = 0
        guard = 0
        while made < n and guard < 5000:
            guard += 1
            if label == "same_brand_elsewhere":
                ti = rng.choice(brand_targets)
            else:
                ti = rng.randrange(len(lost_items))
            if neg_count.get(ti, 0) >= 2:
                continue
            rec, stated, obj, ctx, _ = lost_items[ti]
            if label == "twin_other_serial" and (obj["serial"] is None or "serial" not in stated):
                continue
            if label == "twin_other_detail" and not ({"marks", "contents", "amount", "name"} & stated):
                continue
            if label == "twin_unstated" and ("serial" in stated and rng.random() < 0.7):
                continue
            place = ctx["place"]
            lf = ctx["lf"]
            force = set()
            sparse = False
            if label == "same_category_colour":
                keep = ["color"]
                o2 = sibling(obj, rng, keep)
            if o2 is None:
                continue
                if o2["brand"] == obj["brand"] and obj["brand"] is not None:
                    continue
                fplace = place if rng.random() < 0.4 else nearby(places, place, rng, 100, 2500)
                f = rng.randint(0, lf)
            elif label == "found_before_loss":
                o2 = sibling(obj, rng, ["kind", "color", "brand", "model", "visible"])
                if o2 is None:
                    continue
                fplace = place if rng.random() < 0.5 else nearby(places, place, rng, 50, 1000)
                f = lf + rng.randint(60, 7 * 1440)
                if f > MAXMIN:
                    continue
            elif label == "same_brand_elsewhere":
                o2 = sibling(obj, rng, ["kind", "brand"] + (["color"] if rng.random() < 0.5 else []))
                if o2 is None:
                    continue
                fplace = far(places, place, rng)
                if rng.random() < 0.5:
                    f = lf + rng.randint(3 * 1440, 30 * 1440)
                    if f > MAXMIN:
                        continue
                else:
                    f = rng.randint(0, min(lf, 3 * 1440))
            elif label == "twin_other_serial":
                o2 = sibling(obj, rng, ["kind", "color", "brand", "model"])
                if o2 is None:
                    continue
                if o2["serial"] is None or o2["serial"]["type"] != obj["serial"]["type"]:
                    continue
                force = {"serial", "brand"}
                fplace = place if rng.random() < 0.5 else nearby(places, place, rng, 50, 1000)
                f = rng.randint(0, lf)
            elif label == "twin_other_detail":
                o2 = sibling(obj, rng, ["kind", "color", "brand", "model"])
                if o2 is None:
                    continue
                if obj["amount"] is not None and o2["amount"] == obj["amount"]:
                    o2["amount"] = obj["amount"] + rng.choice([-100, 150, 300, 40])
                    o2["amount"] = max(0, o2["amount"])
                force = {"marks", "contents", "amount", "brand"}
                fplace = place if rng.random() < 0.5 else nearby(places, place, rng, 50, 1000)
                f = rng.randint(0, lf)
            else:  # twin_unstated
                o2 = sibling(obj, rng, ["kind", "color", "brand", "model", "visible"])
                if o2 is None:
                    continue
                sparse = True
                fplace = place if rng.random() < 0.6 else nearby(places, place, rng, 50, 800)
                f = rng.randint(0, lf)
            finder = rng.choice(FINDER_BY_ZONE[fplace["zone"]])
            if obj["cat"] in ("ebike", "bicycle") and finder == "taxi":
                finder = "officer"
            fctx = found_ctx(o2, fplace, f, finder, rng, places)
            fctx["force"] = force
            fctx["sparse"] = sparse
            if sparse:
                fctx["level"] = rng.choice(["terse", "normal"])
            frec = write_found(o2, fctx, rng)
            found_items.append([frec, None, label])
            neg_count[ti] = neg_count.get(ti, 0) + 1
            made += 1
        assert made == n, (label, made)

    # shuffle and key
    lorder = list(range(len(lost_items)))
    rng.shuffle(lorder)
    lkey = {}
    for k, i in enumerate(lorder):
        lkey[i] = "%s-L%04d" % (PFX, k + 1)
    forder = list(range(len(found_items)))
    rng.shuffle(forder)
    found_out = []
    truth_of = {}
    for k, j in enumerate(forder):
        frec, li, label = found_items[j]
        key = "%s-F%04d" % (PFX, k + 1)
        out = {"key": key}
        out.update(frec)
        if li is None:
            out["negative"] = label
        else:
            truth_of[li] = key
        found_out.append(out)
    lost_out = []
    for i in lorder:
        out = {"key": lkey[i]}
        out.update(lost_items[i][0])
        out["truth"] = truth_of.get(i)
        lost_out.append(out)
    doc = {"seed": SEED, "made_by": "tests/lostfound/set106_gen.py",
           "parts": {"set106": {"found": found_out, "lost": lost_out}}}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set106.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1, sort_keys=False)
        fh.write("\n")
    print("wrote %s: %d found (%d negatives), %d lost (%d with truth), cross-category pairs: %s"
          % (path, len(found_out), sum(1 for x in found_out if "negative" in x), len(lost_out),
             sum(1 for x in lost_out if x["truth"]), ",".join(sorted(cross_used))))


if __name__ == "__main__":
    main()
