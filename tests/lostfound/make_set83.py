"""Generator of set83: a blind labelled lost-and-found set, fishing port 青屿港 in September.

Written from the issue text alone, without looking at the matcher. Helper modules (same folder,
part of this generator): make_set83_world.py, make_set83_catalog.py, make_set83_catalog2.py,
make_set83_objects.py, make_set83_text.py, make_set83_lost.py, make_set83_found.py.

Run: python3 tests/lostfound/make_set83.py   -> writes tests/lostfound/set83.json
One random.Random(SEED); output is identical on every run and under any PYTHONHASHSEED.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import make_set83_objects as O  # noqa: E402
from make_set83_lost import render_lost  # noqa: E402
from make_set83_found import render_found  # noqa: E402

SEED = 8383
PFX = "S83"
# lost reports per category, and how many of them are handed in
CATS = {"phone": (40, 26), "wallet": (30, 21), "id_doc": (28, 21), "keys": (26, 17), "bag": (24, 17),
        "electronics": (22, 13), "jewelry": (18, 8), "cash": (14, 6), "ebike": (12, 7), "bicycle": (10, 5),
        "other": (16, 9)}
NEGATIVES = [("same_category_colour", 26), ("found_before_loss", 22), ("same_brand_other_place_time", 18),
             ("same_model_other_serial", 18), ("twin_hidden_detail", 14), ("twin_visible_detail", 14),
             ("same_kind_other_person", 8)]


def eligible(label, o):
    if o.get("cross"):
        return False
    if label == "same_category_colour":
        return o["color"] is not None
    if label == "same_brand_other_place_time":
        return o["brand"] is not None
    if label == "same_model_other_serial":
        return any(t not in ("id", "card", "student") for t in o["serials"])
    if label.startswith("twin") and o["cat"] == "id_doc":
        return False
    if label == "twin_hidden_detail":
        return bool(o["amount"]) and not o.get("thief") or bool(O.contrast_slots(o, ("in",)))
    if label == "twin_visible_detail":
        return bool(O.contrast_slots(o, ("out",)))
    if label == "same_kind_other_person":
        return o["cat"] == "id_doc" or bool(o.get("has_id"))
    return True


def build(rng):
    objs = []
    for cat in sorted(CATS):
        n, handed = CATS[cat]
        for i in range(n):
            o = O.new_object(cat, rng)
            o["paired"] = i < handed
            objs.append(o)
    # four objects that finder and owner file under different categories
    crosses = [("wallet", None, "id_doc"), ("phone", None, "other"), ("electronics", "camera", "bag"),
               ("cash", "cloth", "wallet")]
    for cat, kind, fcat in crosses:
        i = [j for j, o in enumerate(objs) if o["cat"] == cat and o["paired"] and not o.get("cross")][0]
        o = O.new_object(cat, rng, kind=kind) if kind else objs[i]
        o["paired"] = True
        if cat == "wallet":
            o["has_id"] = True
            O.new_serials(o, rng)
            o["finder_sees"] = sorted(set(o["finder_sees"]) | {"id"})
        if cat == "phone":
            o["marks"] = [m for m in o["marks"] if m["slot"] != "case"] + [O.make_mark("case", rng, o["params"], idx=5)]
        if cat == "cash":
            o["color"] = "red"
        o["fcat"], o["cross"] = fcat, True
        objs[i] = o
    for o in objs:
        O.set_loss(o, rng)
        if o["paired"]:
            O.set_found(o, rng)
    negs = []
    uses = [0] * len(objs)
    per_cat = {c: 0 for c in CATS}
    for label, count in NEGATIVES:
        made = 0
        while made < count:
            want_null = made % 2 == 0
            pool = [j for j, o in enumerate(objs) if uses[j] < 2 and o["paired"] != want_null and eligible(label, o)]
            if not pool:
                pool = [j for j, o in enumerate(objs) if uses[j] < 2 and eligible(label, o)]
            # spread the negatives over the categories in proportion to their size
            load = {j: per_cat[objs[j]["cat"]] / CATS[objs[j]["cat"]][0] for j in pool}
            low = min(load.values())
            j = rng.choice([j for j in pool if load[j] <= low + 0.02])
            t = objs[j]
            if label == "same_category_colour":
                n = O.neg_same_colour(t, rng)
            elif label == "found_before_loss":
                n = O.neg_before(t, rng)
            elif label == "same_brand_other_place_time":
                n = O.neg_brand_elsewhere(t, rng)
            elif label == "same_model_other_serial":
                n = O.neg_model_serial(t, rng)
            elif label == "twin_hidden_detail":
                n = O.neg_twin(t, rng, ("in",))
            elif label == "twin_visible_detail":
                n = O.neg_twin(t, rng, ("out",))
            else:
                n = O.neg_other_person(t, rng)
            if n is None:
                continue
            n["negative"], n["target"] = label, j
            n["fcat"] = n["cat"]
            negs.append(n)
            uses[j] += 1
            per_cat[t["cat"]] += 1
            made += 1
    return objs, negs


def main():
    rng = random.Random(SEED)
    objs, negs = build(rng)
    lost, styles = [], []
    for o in objs:
        rec, st = render_lost(o, rng)
        lost.append(rec)
        styles.append(st)
    found = []
    for j, o in enumerate(objs):
        if o["paired"]:
            rec = render_found(o, rng)
            found.append((rec, j, None))
    for n in negs:
        rec = render_found(n, rng, styles[n["target"]] if n.get("style_from") else None)
        found.append((rec, None, n["negative"]))
    rng.shuffle(found)
    order = list(range(len(lost)))
    rng.shuffle(order)
    truth = {}
    out_found = []
    for k, (rec, j, label) in enumerate(found):
        key = "%s-F%04d" % (PFX, k + 1)
        r = {"key": key}
        r.update(rec)
        if label:
            r["negative"] = label
        else:
            truth[j] = key
        out_found.append(r)
    out_lost = []
    for k, j in enumerate(order):
        r = {"key": "%s-L%04d" % (PFX, k + 1)}
        r.update(lost[j])
        r["truth"] = truth.get(j)
        out_lost.append(r)
    doc = {"seed": SEED, "made_by": "tests/lostfound/make_set83.py",
           "parts": {"set83": {"found": out_found, "lost": out_lost}}}
    path = os.path.join(HERE, "set83.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %s: %d found (%d negatives), %d lost (%d never found)" % (
        path, len(out_found), len(negs), len(out_lost), sum(1 for r in out_lost if r["truth"] is None)))


if __name__ == "__main__":
    main()
