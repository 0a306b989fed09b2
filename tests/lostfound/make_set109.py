#!/usr/bin/python3
"""Write set109.json: a blind labelled lost-and-found set for an invented north-western bazaar
city (雪泉市) in July.  Entry point; the tables live in set109_world.py, the objects in
set109_items.py and the voices in set109_voice.py.

    PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 tests/lostfound/make_set109.py

Output is identical on every run (one random.Random(SEED), no set or dict iteration order
reaches a draw unsorted, no clock).
"""
import sys

sys.dont_write_bytecode = True
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from set109_world import NOW, DAY, PLACE, PLACES, cluster_of, neighbours, person, make_idno  # noqa: E402
from set109_items import make_object  # noqa: E402
from set109_voice import (open_shift, scenario, lost_voice, VOICE_PERSON, render_lost, render_found)  # noqa: E402

SEED = 1090917
PFX = "S109"
PART = "set109"

# lost reports per category, and how many of them are handed in
PLAN = [("phone", 50, 30), ("id_doc", 36, 28), ("wallet", 30, 20), ("keys", 18, 12), ("ebike", 8, 5), ("bicycle", 7, 3),
        ("bag", 30, 20), ("cash", 10, 4), ("jewelry", 16, 8), ("electronics", 22, 12), ("other", 13, 8)]
# hard negatives: label, count
NEG_PLAN = [("near_twin", 24), ("same_category_colour", 26), ("found_before_loss", 20), ("same_brand_elsewhere", 20),
            ("same_name_other_person", 12), ("same_place_other_item", 18)]
# pairs the two sides file under different categories: (lost cat, forced sub, found cat)
CROSS = [("id_doc", "holder", "wallet"), ("jewelry", "watch", "electronics"), ("electronics", "watch", "jewelry"), ("bag", "camera", "electronics")]


def build(rng):
    cases = []  # each: dict(obj, sc, voice, owner, paired)
    for cat, n, npaired in PLAN:
        for i in range(n):
            voice = lost_voice(rng, cat)
            owner = person(rng, rng.choice(VOICE_PERSON[voice]))
            force = {}
            paired = i < npaired
            cross = None
            for cc in CROSS:
                if cc[0] == cat and i == 0:
                    cross = cc
            if cross:
                force["sub"] = cross[1]
            if cat == "id_doc" and owner["kind"] in ("ru", "west"):
                force.pop("sub", None)
                cross = None if cross and cross[1] != "passport" else cross
            obj = make_object(rng, cat, owner, force)
            if cross and obj["sub"] == cross[1]:
                obj["fcat"] = cross[2]
            sc = scenario(rng, cat, vague=(voice == "elder" and rng.random() < 0.4) or (voice == "hurried" and rng.random() < 0.2))
            if sc["mode"] == "spot" and rng.random() < 0.12:
                sc["oplace"] = rng.choice(neighbours(sc["place"]))  # the owner is sure it was the shop next door
            cases.append(dict(obj=obj, sc=sc, voice=voice, owner=owner, paired=paired))
    return cases


def neg_object(rng, label, tgt):
    """A found item that is not the target's object, built from the target's hidden record."""
    o = tgt["obj"]
    cat = o["cat"]
    sc = tgt["sc"]
    kind = rng.choice(["han_local", "han_east", "uy", "kz", "hui"])
    owner = person(rng, kind)
    force, avoid = {}, {}
    if label in ("near_twin", "found_before_loss"):
        force = {"brand": o["brand"], "color": o["color"], "model": o.get("model"), "sub": o["sub"]}
        if cat == "phone" and rng.random() < 0.5:
            force["case"] = o["case"]
        if cat == "cash":
            force["amount"] = o["amount"] if rng.random() < 0.4 else o["amount"] + rng.choice([-200, -100, 100, 300])
        if cat == "id_doc":
            owner = person(rng, tgt["owner"]["kind"] if tgt["owner"]["kind"] not in ("ru", "west") else kind)
            if tgt["owner"]["kind"] in ("ru", "west"):
                owner = person(rng, tgt["owner"]["kind"])
    elif label == "same_category_colour":
        force = {"color": o["color"]} if o["color"] else {}
        if o["brand"]:
            avoid["brand"] = o["brand"]
    elif label == "same_brand_elsewhere":
        force = {"brand": o["brand"], "sub": o["sub"]}
        if rng.random() < 0.5 and o.get("model"):
            force["model"] = o["model"]
    elif label == "same_name_other_person":
        t = tgt["owner"]
        owner = dict(t)
        owner["prov"] = rng.choice(["650102", "650103", "650104", "650105", "652301", "654002", "653101"]) if t["kind"] not in ("han_east",) else t["prov"]
        owner["idno"] = make_idno(rng, owner["prov"], owner["g"])
        force = {"sub": o["sub"]}
        if o["sub"] == "student":
            owner.pop("school", None)
    elif label == "same_place_other_item":
        if o["color"]:
            avoid["color"] = o["color"]
        if o["brand"]:
            avoid["brand"] = o["brand"]
    if force.get("color") is None:
        force.pop("color", None)
    if force.get("brand") is None and label != "same_brand_elsewhere":
        force.pop("brand", None)
    obj = make_object(rng, cat, owner, force, avoid)
    # where and when it was found
    L0, L1 = sc["L0"], sc["L1"]
    base = sc["fplace"] if rng.random() < 0.5 else sc.get("oplace", sc["place"])
    fs = {"mode": "spot"}
    if label == "same_brand_elsewhere":
        far = sorted(p[0] for p in PLACES if cluster_of(p[0]) != cluster_of(base))
        fs["fplace"] = rng.choice(far)
        F = L0 + rng.randint(DAY, 6 * DAY) if rng.random() < 0.7 else L0 - rng.randint(DAY, 5 * DAY)
    elif label == "found_before_loss":
        fs["fplace"] = base if rng.random() < 0.5 else rng.choice(neighbours(base))
        F = L0 - rng.randint(45, 3 * DAY)
    elif label == "same_place_other_item":
        fs["fplace"] = base
        F = rng.randint(L0, max(L0, L1)) if rng.random() < 0.6 else L1 + rng.randint(10, 600)
    else:
        fs["fplace"] = base if rng.random() < 0.45 else rng.choice(neighbours(base))
        F = rng.randint(L0, max(L0, L1)) if rng.random() < 0.5 else L1 + rng.randint(10, 2 * DAY)
        if sc["mode"] == "vehicle" and rng.random() < 0.5:
            fs.update(mode="vehicle", veh=sc["veh"], b=sc["b"], fplace=sc["fplace"])
    if fs["mode"] != "vehicle":
        F2 = open_shift(rng, fs["fplace"], F)
        if F2 < NOW - 10 and not (label == "found_before_loss" and F2 >= L0):
            F = F2
    F = max(60, min(F, NOW - rng.randint(10, 200)))
    if label == "found_before_loss" and F >= L0:
        F = max(30, L0 - 45)
    fs["F"] = F
    return obj, fs


def main():
    rng = random.Random(SEED)
    cases = build(rng)
    lost, found = [], []
    for ci, c in enumerate(cases):
        rec = render_lost(rng, c["obj"], c["sc"], c["voice"], c["owner"])
        rec["_id"] = ci
        lost.append(rec)
        if c["paired"]:
            fs = {"mode": c["sc"]["mode"], "veh": c["sc"].get("veh"), "b": c["sc"].get("b"), "fplace": c["sc"]["fplace"], "F": c["sc"]["F"]}
            frec = render_found(rng, c["obj"], fs)
            frec["_truth_of"] = ci
            found.append(frec)
    # hard negatives, each aimed at one lost report (paired or never handed in, about half each)
    paired_idx = [i for i, c in enumerate(cases) if c["paired"]]
    lone_idx = [i for i, c in enumerate(cases) if not c["paired"]]
    for label, n in NEG_PLAN:
        for k in range(n):
            pool = lone_idx if k % 2 == 0 else paired_idx
            if label == "same_name_other_person":
                pool = [i for i in pool if cases[i]["obj"]["cat"] == "id_doc" and cases[i]["obj"]["sub"] in ("idcard", "student", "driver", "holder")]
            if label == "same_brand_elsewhere":
                pool = [i for i in pool if cases[i]["obj"]["brand"]]
            ti = rng.choice(pool)
            obj, fs = neg_object(rng, label, cases[ti])
            if label == "same_name_other_person":
                for fct in obj["facts"]:
                    if fct["kind"] == "name":
                        fct["pf"] = 1.0  # the whole point: the finder copies the name off the card
            frec = render_found(rng, obj, fs, careful=(label == "same_name_other_person"))
            frec["negative"] = label
            frec["_aim"] = ti
            found.append(frec)
    rng.shuffle(lost)
    rng.shuffle(found)
    fkey = {}
    for i, f in enumerate(found):
        f["key"] = "%s-F%04d" % (PFX, i + 1)
        if "_truth_of" in f:
            fkey[f["_truth_of"]] = f["key"]
    for i, l in enumerate(lost):
        l["key"] = "%s-L%04d" % (PFX, i + 1)
        l["truth"] = fkey.get(l["_id"])
    order_l = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "lost_from_min", "lost_to_min", "truth"]
    order_f = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "found_at_min", "negative"]
    lost_out = [{k: l[k] for k in order_l if k in l} for l in lost]
    found_out = [{k: f[k] for k in order_f if k in f} for f in found]
    out = {"seed": SEED, "made_by": "tests/lostfound/make_set109.py", "parts": {PART: {"found": found_out, "lost": lost_out}}}
    path = os.path.join(HERE, "set109.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    aims = {}
    for f in found:
        if "negative" in f:
            aims.setdefault(f["negative"], [0, 0])[0 if cases[f["_aim"]]["paired"] else 1] += 1
    print("wrote %s: %d lost (%d handed in), %d found (%d hard negatives)" % (
        path, len(lost_out), sum(1 for l in lost_out if l["truth"]), len(found_out), sum(1 for f in found_out if "negative" in f)))
    for k in sorted(aims):
        print("  negative %-24s aimed at handed-in %3d, at never-found %3d" % (k, aims[k][0], aims[k][1]))
    if "--aims" in sys.argv:  # for a reviewer: which lost report each negative was built against (not written to the set)
        lkey = {l["_id"]: l["key"] for l in lost}
        for f in found:
            if "negative" in f:
                print("AIM %s %s %s" % (f["key"], f["negative"], lkey[f["_aim"]]))


if __name__ == "__main__":
    main()
