"""Writes tests/lostfound/set122.json: a blind lost-and-found set (川口塬县, apple harvest + county fair).
Written from tests/lostfound/BRIEF-issue-worded.md only. Deterministic: one random.Random(SEED)."""
import copy
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from set122_world import PLACES, PLACE_IDS, KINDS  # noqa: E402
from set122_gen import (new_truth, window, lost_record, found_record, make_serial, pick_mark, MAXMIN)  # noqa: E402

SEED = 122122
PFX = "S122"
N_PAIRS, N_NEVER = 150, 90
NEG_PLAN = [("same_category_colour_other_object", 35), ("found_before_loss", 30),
            ("same_brand_other_place_time", 30), ("near_twin_one_detail", 25)]
CROSS = [("phone", "electronics"), ("ebike", "bicycle"), ("keys", "other"), ("wallet", "bag")]


def main():
    rng = random.Random(SEED)
    truths = []
    for i in range(N_PAIRS + N_NEVER):
        t = new_truth(rng)
        t["window"] = window(rng)
        t["idx"] = i
        truths.append(t)
    # a few pairs filed under different categories by the two people
    used = set()
    for lc, fc in CROSS:
        for t in truths[:N_PAIRS]:
            if t["cat"] == lc and t["idx"] not in used:
                t["found_cat"] = fc
                used.add(t["idx"])
                break

    # plan hard negatives against lost reports
    negs = []
    force = {}
    for label, n in NEG_PLAN:
        made = 0
        while made < n:
            tg = rng.choice(truths)
            frm, to = tg["window"]
            pl = None
            if label == "same_category_colour_other_object":
                o = new_truth(rng, cat=tg["cat"], color=tg["color"], kindidx=tg["ki"])
                tries = 0
                while o["brand"] == tg["brand"] and o["brand"] is not None and tries < 10:
                    o = new_truth(rng, cat=tg["cat"], color=tg["color"], kindidx=tg["ki"])
                    tries += 1
                if o["brand"] == tg["brand"] and o["model"] == tg["model"] and o["mark"] == tg["mark"]:
                    continue
                if rng.random() < 0.5:
                    o["place"] = tg["place"]
                fmin = rng.randint(max(0, to - 3000), frm)
            elif label == "found_before_loss":
                if frm > MAXMIN - 200:
                    continue
                o = copy.deepcopy(tg)
                o["serial"] = make_serial(rng, o["skind"], o["brand"]) if o["skind"] else None
                o["mark"] = pick_mark(rng, o["cat"], o["ki"])
                o.pop("plate", None)
                if o.get("amount"):
                    o["amount"] = o["amount"] + rng.choice([-200, 100, 300])
                fmin = rng.randint(frm + 30, min(MAXMIN, frm + 4000))
            elif label == "same_brand_other_place_time":
                if not tg["brand"]:
                    continue
                o = new_truth(rng, cat=tg["cat"], brand=tg["brand"], kindidx=tg["ki"])
                far = [p for p in PLACE_IDS if PLACES[p][3] != PLACES[tg["place"]][3]]
                o["place"] = rng.choice(far)
                if frm <= MAXMIN - 3000 and (to < 6000 or rng.random() < 0.5):
                    fmin = rng.randint(frm + 600, min(MAXMIN, frm + 20000))
                elif to >= 6000:
                    fmin = rng.randint(0, to - 5000)
                else:
                    continue
            else:  # near twin: same object description, one stated detail differs
                if not (tg["serial"] or tg["mark"]) or tg["idx"] in force:
                    continue
                o = copy.deepcopy(tg)
                o.pop("found_cat", None)
                o.pop("plate", None)
                if tg["serial"] and tg["skind"] in ("imei", "idno", "frame", "sn", "card", "student"):
                    while o["serial"] == tg["serial"]:
                        o["serial"] = make_serial(rng, o["skind"], o["brand"])
                    pl = "serial"
                else:
                    while o["mark"] == tg["mark"]:
                        o["mark"] = pick_mark(rng, o["cat"], o["ki"])
                    pl = "marks"
                force[tg["idx"]] = pl
                fmin = rng.randint(max(0, to - 3000), frm)
            o.pop("found_cat", None)
            o["owner"] = new_truth(rng, cat=tg["cat"])["owner"] if label != "near_twin_one_detail" else o["owner"]
            negs.append((o, fmin, label, pl))
            made += 1

    # keys: shuffle so key order says nothing
    lost_order = list(range(len(truths)))
    rng.shuffle(lost_order)
    lkey = {ti: "%s-L%04d" % (PFX, n + 1) for n, ti in enumerate(lost_order)}
    found_slots = [("true", i) for i in range(N_PAIRS)] + [("neg", j) for j in range(len(negs))]
    rng.shuffle(found_slots)
    fkey = {slot: "%s-F%04d" % (PFX, n + 1) for n, slot in enumerate(found_slots)}

    lost, found = [], []
    for ti in lost_order:
        t = truths[ti]
        truth_key = fkey[("true", ti)] if ti < N_PAIRS else None
        lost.append(lost_record(rng, t, lkey[ti], truth_key, force_detail=force.get(ti)))
    for slot in found_slots:
        kind, i = slot
        if kind == "true":
            t = truths[i]
            frm, to = t["window"]
            fmin = rng.randint(max(0, to - 3000), frm)
            near = None
            if rng.random() < 0.25:  # handed in at a nearby but different spot
                near = {"busstation": "minibus", "minibus": "busstation", "hsr": "hsrtaxi", "hsrtaxi": "hsr",
                        "coldstore": "buypoint", "buypoint": "coldstore", "fair": "street", "street": "fair"}.get(t["place"])
            found.append(found_record(rng, t, fkey[slot], fmin, place=near))
        else:
            o, fmin, label, pl = negs[i]
            found.append(found_record(rng, o, fkey[slot], fmin, negative=label, force=pl))
    lost.sort(key=lambda r: r["key"])
    found.sort(key=lambda r: r["key"])
    out = {"seed": SEED, "made_by": "tests/lostfound/make_set122.py",
           "parts": {"set122": {"found": found, "lost": lost}}}
    with open(os.path.join(HERE, "set122.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("set122: %d lost (%d with truth), %d found (%d negatives)" % (
        len(lost), sum(1 for r in lost if r["truth"]), len(found), sum(1 for r in found if "negative" in r)))


if __name__ == "__main__":
    main()
