#!/usr/bin/env python3
"""Writes tests/lostfound/set87.json: a blind labelled lost-and-found set for the 澜湾
(Lanwan) airport, the bonded logistics park beside it and the outlet mall on the airport
road, in late December around New Year.  Python 3 standard library only; one
random.Random(8787); byte-identical output under any PYTHONHASHSEED.

Run from the worktree root:  python3 tests/lostfound/make_set87.py"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import set87_people as PP  # noqa: E402
from set87_fix import fix_all, separable  # noqa: E402
from set87_judge import TIME_MARGIN, place_far  # noqa: E402
from set87_found import plan_found, write_found  # noqa: E402
from set87_kinds import KINDS, kinds_of  # noqa: E402
from set87_lost import plan_lost, write_lost  # noqa: E402
from set87_neg import LABELS, build as build_negative, fits  # noqa: E402
from set87_objects import make_object, place_found, place_loss, wchoice  # noqa: E402
from set87_plan import add_attr  # noqa: E402

SEED = 8787
PFX = "S87"
CATS = ["phone", "id_doc", "wallet", "bag", "keys", "electronics", "cash", "jewelry", "ebike", "bicycle", "other"]
PAIRS = {"phone": 22, "id_doc": 20, "wallet": 17, "bag": 20, "keys": 12, "electronics": 18, "cash": 9,
         "jewelry": 9, "ebike": 8, "bicycle": 5, "other": 10}
NEVER = {"phone": 14, "id_doc": 10, "wallet": 10, "bag": 11, "keys": 8, "electronics": 10, "cash": 7,
         "jewelry": 6, "ebike": 5, "bicycle": 3, "other": 6}
# pairs filed under two categories (the finder files the object differently)
CROSS_FORCED = {"id_doc": ["passport"], "electronics": ["laptop", "smartwatch", "earbuds"]}
LOST_ORDER = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
              "lost_from_min", "lost_to_min", "truth"]
FOUND_ORDER = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "found_at_min", "negative"]


def _ordered(rec, order):
    return {k: rec[k] for k in order if k in rec}


def apart(n, o):
    """A negative n can be told from lost object o by what the texts may say, by time or by place."""
    return (separable(n, o) or n["found_at"] > o["lost_from"] + TIME_MARGIN
            or place_far(n["found_place"], o["said_places"]))


def build():
    rng = random.Random(SEED)
    used = {"names": set(), "serials": set()}
    specs = []
    for cat in CATS:
        forced = CROSS_FORCED.get(cat, [])
        ws = {k: KINDS[k]["w"] for k in kinds_of(cat)}
        for i in range(PAIRS[cat]):
            specs.append((forced[i], True, True) if i < len(forced) else (wchoice(rng, ws), True, False))
        for i in range(NEVER[cat]):
            specs.append((wchoice(rng, ws), False, False))
    objs = []
    for kind, paired, cross in specs:
        for _ in range(60):
            o = make_object(rng, kind, used)
            if all(separable(o, p) for p in objs):
                break
        else:
            raise RuntimeError("no separable %s" % kind)
        place_loss(rng, o)
        if paired:
            place_found(rng, o)
            if cross and kind == "laptop":
                o["feats"]["sleeve"] = "black"
        objs.append(o)
    lost_plans = [plan_lost(rng, o) for o in objs]
    found_plans, truth_of, labels, target = [], [], [], []
    for j, (kind, paired, cross) in enumerate(specs):
        if paired:
            o = objs[j]
            fp = plan_found(rng, o, PP.person(rng, used["names"]), o["found_place"], o["found_at"], cross)
            found_plans.append(fp)
            truth_of.append(j)
            labels.append(None)
            target.append(None)
    count = [0] * len(lost_plans)
    for label, n in LABELS:
        for _ in range(n):
            cands = [j for j in range(len(lost_plans)) if fits(label, lost_plans[j])]
            never = [j for j in cands if not specs[j][1]]
            paired = [j for j in cands if specs[j][1]]
            pool = list(never if (never and rng.random() < 0.45) else (paired or never))
            rng.shuffle(pool)
            pool.sort(key=lambda x: count[x])
            for j in pool[:30]:
                got = build_negative(rng, label, lost_plans[j], used)
                if got is None:
                    continue
                no, force, ban = got
                seen = dict(no, **{b: None for b in ban})  # what the finder may write about it
                if all(k == j or apart(seen, objs[k]) for k in range(len(objs))):
                    break
            else:
                raise RuntimeError("no place for a %s negative" % label)
            count[j] += 1
            fp = plan_found(rng, no, PP.person(rng, used["names"]), no["found_place"], no["found_at"], banned=ban)
            for a in force:
                add_attr(rng, fp, a, strict=True)
            found_plans.append(fp)
            truth_of.append(None)
            labels.append(label)
            target.append(j)
    log = []
    fix_all(rng, lost_plans, found_plans, truth_of, log)
    # keys in shuffled order, so that pairs and negatives are interleaved
    lperm = list(range(len(lost_plans)))
    fperm = list(range(len(found_plans)))
    rng.shuffle(lperm)
    rng.shuffle(fperm)
    lkey = {j: "%s-L%04d" % (PFX, n + 1) for n, j in enumerate(lperm)}
    fkey = {i: "%s-F%04d" % (PFX, n + 1) for n, i in enumerate(fperm)}
    truth_key = {truth_of[i]: fkey[i] for i in range(len(found_plans)) if truth_of[i] is not None}
    metas = {}
    lost_recs = []
    for j in sorted(lperm, key=lambda x: lkey[x]):
        rec, meta = write_lost(lost_plans[j])
        rec["key"] = lkey[j]
        rec["truth"] = truth_key.get(j)
        meta.update(truth=rec["truth"], voice=objs[j]["voice"])
        metas[rec["key"]] = meta
        lost_recs.append(_ordered(rec, LOST_ORDER))
    found_recs = []
    for i in sorted(fperm, key=lambda x: fkey[x]):
        rec, meta = write_found(found_plans[i])
        rec["key"] = fkey[i]
        if labels[i]:
            rec["negative"] = labels[i]
            meta["target"] = lkey[target[i]]
        meta["label"] = labels[i]
        metas[rec["key"]] = meta
        found_recs.append(_ordered(rec, FOUND_ORDER))
    data = {"seed": SEED, "made_by": "tests/lostfound/make_set87.py",
            "parts": {"set87": {"found": found_recs, "lost": lost_recs}}}
    return data, metas, log


def dump(data):
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def out_path():
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "set87.json")


def main():
    data, metas, log = build()
    with open(out_path(), "w", encoding="utf-8") as f:
        f.write(dump(data))
    part = data["parts"]["set87"]
    pairs = sum(1 for r in part["lost"] if r["truth"])
    print("set87: %d lost (%d with a found item, %d never found), %d found (%d negatives)" % (
        len(part["lost"]), pairs, len(part["lost"]) - pairs, len(part["found"]),
        sum(1 for r in part["found"] if "negative" in r)))
    for line in log:
        print("  fix " + line)
    print("wrote " + os.path.relpath(out_path()))


if __name__ == "__main__":
    main()
