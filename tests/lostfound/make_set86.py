#!/usr/bin/env python3
"""Write tests/lostfound/set86.json: a blind labelled lost-and-found set for a
university town and science park in June (exam week, graduation, moving out).

Written from the issue's words only (see SET86.md). Standard library only, one
random.Random(SEED); output is identical on every run and any PYTHONHASHSEED.
Helpers: set86_world, set86_nums, set86_obj_a, set86_obj_b, set86_voice,
set86_scene, set86_lost, set86_found, set86_neg (all in this folder).
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from set86_scene import make_truth, window, found_time, found_place, dist_km  # noqa: E402
from set86_lost import render_lost  # noqa: E402
from set86_found import render_found  # noqa: E402
from set86_neg import make_neg, conflicts, MUTABLE  # noqa: E402

SEED = 8686
PART = "set86"
PFX = "S86"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set86.json")
CATS = ["phone", "id_doc", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
PAIRS = {"phone": 22, "id_doc": 26, "wallet": 15, "keys": 13, "ebike": 8, "bicycle": 8, "bag": 14, "cash": 6, "jewelry": 8,
         "electronics": 20, "other": 10}
NEVER = {"phone": 13, "id_doc": 14, "wallet": 9, "keys": 9, "ebike": 5, "bicycle": 6, "bag": 8, "cash": 5, "jewelry": 6,
         "electronics": 10, "other": 5}
NEG_PLAN = [("same_model_other_serial", 18), ("namesake", 14), ("twin_one_detail", 20), ("same_brand_far_place_time", 18),
            ("found_before_loss", 22), ("same_colour_other_object", 28)]
CROSS = 4
LOST_FIELDS = ["category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "lost_from_min", "lost_to_min"]
FOUND_FIELDS = ["category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "found_at_min"]


def eligible(kind, it):
    o, rev = it["o"], it["lost"]["_rev"]
    if kind == "same_model_other_serial":
        return bool(rev["serial"] and o["serial"])
    if kind == "namesake":
        return o["cat"] == "id_doc" and o["which"] != "bank" and bool(rev["name"]) and bool(rev["serial"] or rev["facts"])
    if kind == "twin_one_detail":
        return o["cat"] != "id_doc" and any(t in MUTABLE for t in rev["facts"])
    if kind == "same_brand_far_place_time":
        return bool(o["brand"] and rev["brand"])
    if kind == "found_before_loss":
        return bool(o["color"] or o["brand"]) and it["lost"]["lost_from_min"] < 165000
    return bool(o["color"] and (rev["brand"] or rev["serial"] or rev["facts"] or rev["name"]))


def honest(kind, why):
    hard = why - {"time", "far"}
    if kind == "found_before_loss":
        return "time" in why
    if kind == "same_brand_far_place_time":
        return "far" in why and "brand" not in why
    if kind == "same_model_other_serial":
        return "serial" in why and "time" not in why
    if kind == "twin_one_detail":
        return "time" not in why and any(w.startswith("fact:") for w in why) and not (hard & {"color", "brand", "cls"})
    if kind == "namesake":
        return "name" not in why and "time" not in why and bool(hard)
    return "time" not in why and "color" not in why and bool(hard)


def cross_category(rng, items):
    """A few objects filed under a different category by the finder."""
    alt = []
    for it in items:
        o = it["o"]
        if it["found"] is None:
            continue
        if o["cat"] == "wallet" and any(f["t"] == "cardin" and f["v"] in ("idcard", "student") for f in o["facts"]):
            alt.append((it, "id_doc"))
        elif o["cat"] == "electronics" and o["which"] in ("earbuds", "powerbank", "ereader"):
            alt.append((it, "other"))
        elif o["cat"] == "ebike" and o["kind"] == "电动滑板车":
            alt.append((it, "electronics"))
        elif o["cat"] == "other" and o["which"] == "gown":
            alt.append((it, "bag"))
    rng.shuffle(alt)
    seen, done = set(), 0
    for it, cat in alt:
        if done < CROSS and it["o"]["cat"] not in seen:
            it["found"]["category"] = cat
            seen.add(it["o"]["cat"])
            done += 1


def build():
    rng = random.Random(SEED)
    items = []
    for cat in CATS:
        for n, paired in ((PAIRS[cat], True), (NEVER[cat], False)):
            for _ in range(n):
                o = make_truth(rng, cat)
                o["frm"], o["to"] = window(rng, o["L"])
                lost = render_lost(rng, o)
                found = None
                if paired:
                    found = render_found(rng, o, found_time(rng, o["L"]), found_place(rng, o))
                items.append({"o": o, "lost": lost, "found": found})
    cross_category(rng, items)
    negs, used = [], {}
    for kind, n in NEG_PLAN:
        pool = [i for i, it in enumerate(items) if eligible(kind, it) and used.get(i, 0) < 2 and kind not in items[i].get("kinds", ())]
        paired = [i for i in pool if items[i]["found"] is not None]
        never = [i for i in pool if items[i]["found"] is None]
        rng.shuffle(paired)
        rng.shuffle(never)
        order = []
        for a, b in zip(never + [None] * len(paired), paired + [None] * len(never)):
            order += [x for x in (a, b) if x is not None]
        made = 0
        for i in order:
            if made == n:
                break
            tgt = items[i]
            for _ in range(8):
                res = make_neg(rng, kind, tgt)
                if res and honest(kind, conflicts(tgt["lost"], res[0])):
                    negs.append({"found": res[0], "target": i})
                    used[i] = used.get(i, 0) + 1
                    tgt.setdefault("kinds", []).append(kind)
                    made += 1
                    break
    repair(rng, items, negs)
    return rng, items, negs


def unclear(i, lost, founds):
    """A found item close by that nothing in the two registrations rules out."""
    for f, owner in founds:
        if owner != i and not conflicts(lost, f) and dist_km(lost["_rev"]["at"], f["_rev"]["at"]) < 1.5:
            return True
    return False


def repair(rng, items, negs):
    """An owner asked again at the desk: when a report fits someone else's found
    item just as well as its own, let the owner tell it once more (a fresh draw of
    the same report from the same hidden record), keeping every negative honest."""
    founds = [(it["found"], i) for i, it in enumerate(items) if it["found"] is not None] + [(n["found"], None) for n in negs]
    mine = {}
    for n in negs:
        mine.setdefault(n["target"], []).append(n["found"])
    for i, it in enumerate(items):
        if not unclear(i, it["lost"], founds):
            continue
        for _ in range(12):
            lost = render_lost(rng, it["o"])
            if unclear(i, lost, founds):
                continue
            if all(honest(f["negative"], conflicts(lost, f)) for f in mine.get(i, [])):
                it["lost"] = lost
                break


def assemble():
    rng, items, negs = build()
    lost_order = list(range(len(items)))
    rng.shuffle(lost_order)
    found_recs = [it["found"] for it in items if it["found"] is not None] + [n["found"] for n in negs]
    rng.shuffle(found_recs)
    fkey = {}
    found_out = []
    for j, f in enumerate(found_recs):
        k = "%s-F%04d" % (PFX, j + 1)
        fkey[id(f)] = k
        rec = {"key": k}
        rec.update({x: f[x] for x in FOUND_FIELDS if x in f})
        if "negative" in f:
            rec["negative"] = f["negative"]
        found_out.append(rec)
    lost_out = []
    for j, i in enumerate(lost_order):
        it = items[i]
        rec = {"key": "%s-L%04d" % (PFX, j + 1)}
        rec.update({x: it["lost"][x] for x in LOST_FIELDS if x in it["lost"]})
        rec["truth"] = fkey[id(it["found"])] if it["found"] is not None else None
        lost_out.append(rec)
    data = {"seed": SEED, "made_by": "tests/lostfound/make_set86.py", "parts": {PART: {"found": found_out, "lost": lost_out}}}
    return data, items, negs


def text(data=None):
    """The file's exact text."""
    if data is None:
        data = assemble()[0]
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main():
    data, items, negs = assemble()
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text(data))
    part = data["parts"][PART]
    kinds = {}
    for f in part["found"]:
        if "negative" in f:
            kinds[f["negative"]] = kinds.get(f["negative"], 0) + 1
    paired = sum(1 for r in part["lost"] if r["truth"])
    print("wrote %s: %d lost (%d paired, %d never found), %d found, negatives %s" % (
        OUT, len(part["lost"]), paired, len(part["lost"]) - paired, len(part["found"]), json.dumps(kinds, sort_keys=True)))


if __name__ == "__main__":
    main()
