"""Write tests/lostfound/set89.json: a blind lost-and-found set (creative park, marathon, May Day).

Run from the worktree root:  python3 tests/lostfound/make_set89.py  [optional output path]
Python 3 standard library only; one random.Random(8989); byte-identical on every run.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from set89_audit import ambiguous_with, consistent  # noqa: E402
from set89_found import render_found  # noqa: E402
from set89_kinds import K  # noqa: E402
from set89_lost import pick_voice, render_lost  # noqa: E402
from set89_neg import make_negative  # noqa: E402
from set89_objects import FINDER_CAT, make_object, make_owner  # noqa: E402
from set89_world import IN_AREA, METRO, PLACE, daylight, draw_loss_time, mins_before, near, wchoice  # noqa: E402

SEED = 8989
PFX = "S89"
N_PAIRS, N_NEVER = 150, 90
NEG_PLAN = [("near_twin", 40), ("same_category_colour", 30), ("found_before_loss", 25), ("same_brand_elsewhere", 25)]
CAT_COUNTS = [("phone", 34), ("wallet", 26), ("id_doc", 24), ("keys", 24), ("bag", 32), ("electronics", 26),
              ("bicycle", 12), ("ebike", 12), ("jewelry", 14), ("cash", 8), ("other", 28)]
KIND_W = {"earbuds": 3, "watch": 3, "laptop": 2, "tablet": 2, "camera": 2, "actioncam": 1, "powerbank": 2, "ereader": 1,
          "long_wallet": 3, "short_wallet": 3, "card_holder": 2, "coin_purse": 1, "idcard": 4, "student": 3, "license": 2,
          "passport": 1, "social": 2, "volpass": 1, "keyring": 5, "carkey": 2, "ebikekey": 2, "backpack": 4, "crossbody": 3,
          "handbag": 2, "waistpack": 2, "suitcase": 2, "tote": 2, "dropbag": 2, "sack": 1, "ebike": 5, "escooter": 1,
          "citybike": 3, "mtb": 2, "roadbike": 2, "foldbike": 1, "rentbike": 1, "necklace": 3, "bracelet": 3, "ring": 2,
          "earring": 1, "envelope": 2, "redpacket": 1, "cashroll": 1, "umbrella": 2, "flask": 3, "glasses": 2, "jacket": 2,
          "medal": 2, "bib": 1, "toy": 2, "tube": 1, "guitar": 1, "pottery": 1, "cane": 1, "skateboard": 1, "phone": 1}
HAND_IN = {"start": ["finish", "bagdrop"], "bagdrop": ["finish"], "finish": ["stadium", "bagdrop"],
           "hall1": ["gate"], "hall3": ["gate"], "chimney": ["gate"], "wh5": ["gate"], "cycleway": ["rental1", "wharf"],
           "coach": ["waiting"], "waiting": ["coach"]}
FOUND_ORDER = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "found_at_min", "negative"]
LOST_ORDER = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
              "lost_from_min", "lost_to_min", "truth"]


def pick_kind(rng, cat):
    ks = [(k, KIND_W.get(k, 1)) for k in sorted(K) if K[k]["cat"] == cat]
    return wchoice(rng, ks)


def pick_place(rng, kind_key):
    pref = K[kind_key]["places"]
    if pref and rng.random() < 0.65:
        return rng.choice(pref)
    return wchoice(rng, [(k, PLACE[k]["w"]) for k in IN_AREA])


def found_place(rng, p):
    r = rng.random()
    if r < 0.6:
        return p
    if r < 0.85 or (p not in HAND_IN and p not in METRO):
        nb = near(p)
        return rng.choice(nb) if nb else p
    if p in METRO:
        return rng.choice([m for m in METRO if m != p])
    return rng.choice(HAND_IN[p])


def found_delay(rng, t_loss):
    r = rng.random()
    d = rng.randint(5, 180) if r < 0.6 else (rng.randint(180, 1440) if r < 0.9 else rng.randint(1440, 5760))
    return daylight(rng, t_loss - d if t_loss - d >= 0 else rng.randint(0, t_loss))


def ordered(rec, order):
    return {k: rec[k] for k in order if k in rec}


def main():
    rng = random.Random(SEED)
    cats = []
    for c, n in CAT_COUNTS:
        cats += [c] * n
    assert len(cats) == N_PAIRS + N_NEVER
    rng.shuffle(cats)
    paired = set()   # about the same share of every category is handed in
    quota = {c: n * N_PAIRS // len(cats) for c, n in CAT_COUNTS}
    for c, _ in sorted(CAT_COUNTS, key=lambda cn: -(cn[1] * N_PAIRS % len(cats)))[:N_PAIRS - sum(quota.values())]:
        quota[c] += 1
    for c, _ in CAT_COUNTS:
        idx = [i for i, x in enumerate(cats) if x == c]
        paired |= set(rng.sample(idx, quota[c]))
    objs = []
    for i, cat in enumerate(cats):
        kk = pick_kind(rng, cat)
        place = pick_place(rng, kk)
        voice = pick_voice(rng, place, kk)
        obj = make_object(rng, kk, i, make_owner(rng, voice))
        obj["place"] = place
        obj["t_loss_dt"] = draw_loss_time(rng, place, marathon=voice.startswith("runner"), kind=kk)
        obj["t_loss"] = mins_before(obj["t_loss_dt"])
        objs.append(obj)
    lost = []
    for i, obj in enumerate(objs):
        rec, meta = render_lost(rng, obj, "L%d" % i)
        lost.append((rec, meta, obj))
    pairs = [(r, m) for r, m, _ in lost]

    cross = 0
    found = []   # (rec, meta, truth lost index or None, negative label or None)
    ambiguous = 0
    for i in sorted(paired):
        lrec, lmeta, obj = lost[i]
        fcat = None
        if obj["kind"] in FINDER_CAT and cross < 4 and rng.random() < 0.6:
            fcat = FINDER_CAT[obj["kind"]]
            cross += 1
        fp = found_place(rng, obj["place"])
        t = found_delay(rng, obj["t_loss"])
        best = None
        for attempt in range(10):
            rec, meta = render_found(rng, obj, "F", fp, t, cat=fcat, level="full" if attempt >= 4 else None)
            bad = consistent(lrec, lmeta, rec, meta)
            if bad:
                raise SystemExit("true pair %d contradicts itself: %s" % (i, bad))
            amb = ambiguous_with(rec, meta, pairs, skip=i)
            if best is None or len(amb) < len(best[2]):
                best = (rec, meta, amb)
            if not amb:
                break
        ambiguous += bool(best[2])
        found.append((best[0], best[1], i, None))

    cycle = [c for c, n in CAT_COUNTS for _ in range(max(1, round(n / 8.0)))]
    for label, n in NEG_PLAN:
        rng.shuffle(cycle)
        for j in range(n):
            rec, meta, obj, bi, rs = make_negative(rng, label, lost, 10000 + len(found), prefer=cycle[j % len(cycle)])
            found.append((rec, meta, None, label))

    lorder = list(range(len(lost)))
    rng.shuffle(lorder)
    lkey = {i: "%s-L%04d" % (PFX, n + 1) for n, i in enumerate(lorder)}
    forder = list(range(len(found)))
    rng.shuffle(forder)
    fkey = {}
    out_found = []
    for n, fi in enumerate(forder):
        rec, meta, truth, label = found[fi]
        rec = dict(rec)
        rec["key"] = "%s-F%04d" % (PFX, n + 1)
        if label:
            rec["negative"] = label
        fkey[fi] = rec["key"]
        out_found.append(ordered(rec, FOUND_ORDER))
    truth_of = {found[fi][2]: fkey[fi] for fi in range(len(found)) if found[fi][2] is not None}
    out_lost = []
    for i in lorder:
        rec = dict(lost[i][0])
        rec["key"] = lkey[i]
        rec["truth"] = truth_of.get(i)
        out_lost.append(ordered(rec, LOST_ORDER))

    data = {"seed": SEED, "made_by": "tests/lostfound/make_set89.py",
            "parts": {"set89": {"found": out_found, "lost": out_lost}}}
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "set89.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    negs = {}
    for r in out_found:
        if "negative" in r:
            negs[r["negative"]] = negs.get(r["negative"], 0) + 1
    print("wrote %s: %d lost (%d with a found item, %d never found), %d found (%d negatives %s), "
          "%d cross-category pairs, %d true items still look like some other report" % (
              os.path.relpath(path), len(out_lost), len(truth_of), len(out_lost) - len(truth_of), len(out_found),
              sum(negs.values()), json.dumps(negs, sort_keys=True), cross, ambiguous))


if __name__ == "__main__":
    main()
