"""Write tests/lostfound/set90.json: a blind labelled lost-and-found set (an invented
county seat on the northern plains, wheat harvest, June).  Python 3 standard library
only; one random.Random(9090); the output is the same on every run.

    cd <worktree> && python3 tests/lostfound/make_set90.py
"""
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import set90_world as W      # noqa: E402
import set90_story as S      # noqa: E402
import set90_objects as O    # noqa: E402
import set90_say as Y        # noqa: E402
import set90_honest as H     # noqa: E402
import set90_neg as G        # noqa: E402
import set90_lost as LW      # noqa: E402
import set90_found as FW     # noqa: E402

SEED = 9090
PFX = "S90"
OUT = os.path.join(HERE, "set90.json")
# lost reports with a true found item / never handed in / hard negatives, per category
PAIRS = {"phone": 28, "id_doc": 25, "wallet": 17, "keys": 13, "ebike": 9, "bicycle": 7, "bag": 13,
         "cash": 7, "jewelry": 8, "electronics": 13, "other": 10}
NEVER = {"phone": 17, "id_doc": 11, "wallet": 10, "keys": 9, "ebike": 6, "bicycle": 5, "bag": 9,
         "cash": 7, "jewelry": 6, "electronics": 6, "other": 4}
NEGS = {"phone": 22, "id_doc": 17, "wallet": 14, "keys": 11, "ebike": 8, "bicycle": 6, "bag": 11,
        "cash": 7, "jewelry": 7, "electronics": 10, "other": 7}
# one object, two categories: (truth category, sub, lost report's category, found item's category)
CROSS = [("electronics", "watch", "electronics", "phone"), ("wallet", "cardholder", "id_doc", "wallet"),
         ("wallet", "coin", "cash", "wallet")]


def build_lost(rng, used, cat, sub, paired, lcat, fcat, others):
    sp = O.CATS[cat][sub]
    voice = S.pick_voice(rng, cat, sub)
    pkind = rng.choice(S.person_kinds(voice))
    person = S.make_person(rng, used, pkind)
    for _ in range(40):
        t = O.make_truth(rng, cat, sub, person)
        if all(H.distinct(t, x) for x in others):
            break
    else:
        raise RuntimeError("no distinct %s/%s" % (cat, sub))
    place = S.pick_place(rng, voice, sp)
    exam = sub in ("exam", "calc") and W.PLACES[place]["kind"] == "school"
    loss = S.loss_time(rng, place, exam)
    places = [place]
    if rng.random() < 0.2:
        others = [q for q in W.near(place, 4.0) if q != place]
        if others:
            other = rng.choice(others)
            places = [place, other] if rng.random() < 0.5 else [other, place]
    win = S.window(rng, loss)
    level = rng.choices(["hurried", "normal", "rich"], [15, 60, 25])[0]
    return {"side": "L", "t": t, "cat": lcat, "fcat": fcat, "voice": voice, "pkind": pkind, "person": person,
            "places": places, "place": place, "loss": loss, "win": win, "level": level,
            "say": Y.plan(rng, t, "L", level, voice), "job": rng.choice(S.STAFF_JOBS), "paired": paired}


def build_found(rng, l):
    place = S.found_place(rng, l["place"])
    when = S.found_time(rng, l["loss"])
    when = W.daytime(when, W.NOW - datetime.timedelta(minutes=20), W.ALL[place]["kind"])
    fv = S.finder_voice(rng, place)
    level = rng.choices(["hurried", "normal", "rich"], [10, 60, 30])[0]
    return {"side": "F", "t": l["t"], "cat": l["fcat"], "voice": fv, "place": place, "when": when,
            "level": level, "say": Y.plan(rng, l["t"], "F", level, fv), "neg": None, "owner": l}


def make_lost(rng, used):
    lost = []
    for cat in O.CAT_ORDER:
        plan = []
        for tc, sub, lc, fc in CROSS:
            if tc == cat:
                plan.append((sub, True, lc, fc))
        n_pairs = PAIRS[cat] - len(plan)
        plan += [(None, True, cat, cat)] * n_pairs + [(None, False, cat, cat)] * NEVER[cat]
        for sub, paired, lc, fc in plan:
            sub = sub or O.pick_sub(rng, cat)
            l = build_lost(rng, used, cat, sub, paired, lc, fc, [x["t"] for x in lost])
            if lc != cat:       # filed elsewhere: the owner names what made them file it so
                for k in ("sub", "name", "amount"):
                    if l["t"]["slots"].get(k, "none") not in ("none", 0) or k == "sub":
                        Y.force(rng, l["t"], l["say"], k, "L", l["voice"])
            lost.append(l)
    return lost


def make_negatives(rng, used, lost):
    negs, tally = [], {}
    for ci, cat in enumerate(O.CAT_ORDER):
        pool_never = [l for l in lost if l["t"]["cat"] == cat and not l["paired"]]
        pool_pair = [l for l in lost if l["t"]["cat"] == cat and l["paired"]]
        for j in range(NEGS[cat]):
            want = G.LABELS[(j + ci) % len(G.LABELS)]
            for tries in range(80):
                label = want if tries < 40 else rng.choice(G.LABELS)
                l = rng.choice(pool_never if rng.random() < 0.55 else pool_pair)
                snap = [dict(x["say"]) for x in lost]
                f = G.BUILD[label](rng, used, l)
                if f is not None and not H.settle(rng, f, lost):
                    negs.append(f)
                    tally[label] = tally.get(label, 0) + 1
                    break
                for x, s in zip(lost, snap):
                    x["say"] = s
            else:
                raise RuntimeError("no negative for %s" % cat)
    return negs, tally


def fields(d, order):
    return {k: d[k] for k in order if k in d}


def build():
    """Everything but the writing: returns (document, lost records, found records)."""
    rng = random.Random(SEED)
    used = set()
    lost = make_lost(rng, used)
    founds = [build_found(rng, l) for l in lost if l["paired"]]
    unfixed = []
    for f in founds:
        unfixed += [(f, l) for l in H.settle(rng, f, lost)]
    if unfixed:
        raise RuntimeError("%d true items cannot be told from another report" % len(unfixed))
    negs, _ = make_negatives(rng, used, lost)
    allf = founds + negs
    for f in allf:                       # the labels are honest
        if f["owner"] is not None:
            H.check_pair(f, f["owner"])
        assert not H.settle(rng, f, lost, dry=True), "indistinguishable pair left"
    for l in lost:
        l["out"] = LW.render(rng, l)
    for f in allf:
        f["out"] = FW.render(rng, f)
    lo, fo = list(range(len(lost))), list(range(len(allf)))
    rng.shuffle(lo)
    rng.shuffle(fo)
    for n, i in enumerate(lo):
        lost[i]["key"] = "%s-L%04d" % (PFX, n + 1)
    for n, i in enumerate(fo):
        allf[i]["key"] = "%s-F%04d" % (PFX, n + 1)
    common = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon"]
    out_l, out_f = [], []
    for i in lo:
        l = lost[i]
        d = dict(l["out"], key=l["key"], truth=None)
        for f in founds:
            if f["owner"] is l:
                d["truth"] = f["key"]
        out_l.append(fields(d, common + ["lost_from_min", "lost_to_min", "truth"]))
    for i in fo:
        f = allf[i]
        d = dict(f["out"], key=f["key"])
        if f["neg"]:
            d["negative"] = f["neg"]
        out_f.append(fields(d, common + ["found_at_min", "negative"]))
    for d in out_l + out_f:
        assert len(d["body"]) <= 600 and len(d.get("marks", "")) <= 500, d["key"]
        assert all(len(d.get(k, "")) <= 60 for k in ("color", "brand", "model", "serial", "address")), d["key"]
    doc = {"seed": SEED, "made_by": "tests/lostfound/make_set90.py",
           "parts": {"set90": {"found": out_f, "lost": out_l}}}
    return doc, lost, allf


def dump(doc):
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def main():
    doc, lost, allf = build()
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(dump(doc))
    part = doc["parts"]["set90"]
    cats, labels = {}, {}
    for d in part["lost"]:
        cats.setdefault(d["category"], [0, 0, 0, 0])[0 if d["truth"] else 1] += 1
    for d in part["found"]:
        cats.setdefault(d["category"], [0, 0, 0, 0])[3 if "negative" in d else 2] += 1
        if "negative" in d:
            labels[d["negative"]] = labels.get(d["negative"], 0) + 1
    paired = sum(1 for d in part["lost"] if d["truth"])
    print("wrote %s: %d lost (%d with a true item, %d never found), %d found (%d negatives)" % (
        os.path.relpath(OUT), len(part["lost"]), paired, len(part["lost"]) - paired, len(part["found"]),
        sum(labels.values())))
    print("negatives by label: " + ", ".join("%s %d" % (k, labels[k]) for k in G.LABELS if k in labels))
    print("%-12s %6s %6s %6s %6s" % ("category", "paired", "never", "true", "neg"))
    for c in O.CAT_ORDER:
        print("%-12s %6d %6d %6d %6d" % ((c,) + tuple(cats.get(c, [0, 0, 0, 0]))))


if __name__ == "__main__":
    main()
