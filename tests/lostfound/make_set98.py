#!/usr/bin/env python3
"""Write set98.json: a blind lost-and-found set for an invented old-town neighbourhood in July.

Each object is first drawn as a hidden truth record (set98_objects); the owner's lost report
(set98_lost) and the finder's registration (set98_found) are then written from it separately,
each knowing only what that person would know.  Hard negatives (set98_neg) are other objects
aimed at particular lost reports.  One random.Random(SEED) drives everything, in a fixed order.
"""
import datetime
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from set98_world import T0, neighbours, PLACES  # noqa: E402
from set98_objects import new_object  # noqa: E402
from set98_lost import write_lost  # noqa: E402
from set98_found import write_found  # noqa: E402
import set98_neg  # noqa: E402

SEED = 9898
PFX = "S98"
PART = "set98"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set98.json")

PAIRS = {"phone": 22, "id_doc": 18, "wallet": 16, "keys": 16, "ebike": 12, "bicycle": 8, "bag": 16,
         "cash": 8, "jewelry": 10, "electronics": 14, "other": 10}
NEVER = {"phone": 14, "id_doc": 8, "wallet": 10, "keys": 10, "ebike": 8, "bicycle": 6, "bag": 8,
         "cash": 6, "jewelry": 8, "electronics": 7, "other": 5}
NEG = {"same_cat_color": 25, "near_twin": 25, "found_before_loss": 20, "same_brand_elsewhere": 18,
       "namesake": 12, "one_detail": 20}

VOICES = {  # category -> [(voice, weight)]
    "phone": [("parent", 2), ("rider", 3), ("elderly", 2), ("visitor", 2), ("diner", 3), ("foreign", 1)],
    "id_doc": [("parent", 2), ("visitor", 3), ("elderly", 2), ("rider", 1), ("diner", 1), ("foreign", 1)],
    "wallet": [("parent", 1), ("rider", 1), ("elderly", 2), ("visitor", 2), ("diner", 3), ("foreign", 1)],
    "keys": [("parent", 2), ("rider", 2), ("elderly", 3), ("diner", 2), ("foreign", 1)],
    "ebike": [("rider", 5), ("parent", 1), ("elderly", 1), ("diner", 1)],
    "bicycle": [("parent", 3), ("elderly", 1), ("foreign", 2), ("diner", 1)],
    "bag": [("parent", 3), ("visitor", 2), ("elderly", 2), ("rider", 1), ("diner", 1), ("foreign", 1)],
    "cash": [("elderly", 3), ("visitor", 3), ("rider", 1), ("diner", 1)],
    "jewelry": [("elderly", 3), ("parent", 2), ("diner", 1), ("visitor", 1)],
    "electronics": [("parent", 3), ("rider", 2), ("diner", 2), ("foreign", 1), ("visitor", 1)],
    "other": [("parent", 2), ("elderly", 3), ("rider", 2), ("visitor", 1), ("diner", 1)],
}
LOSS_PLACES = {
    "parent": ["school_dx", "school_gx", "hospital", "hospital_ward", "market", "square", "metro", "greenway"],
    "rider": ["night", "rider_hub", "metro_b", "ebike_bay", "qilou", "datong", "qingzhuan", "hospital_gate", "market"],
    "elderly": ["market", "market_fish", "square", "elder_canteen", "rongyin_li", "qingzhuan", "committee", "bus"],
    "visitor": ["hospital", "hospital_ward", "hospital_gate", "metro", "metro_d", "bus"],
    "diner": ["night", "night_bbq", "metro", "metro_b", "qilou", "square"],
    "foreign": ["metro", "metro_d", "night", "square", "greenway", "market", "qilou"],
}
HOURS = {"parent": [(8, 18)], "rider": [(10, 23)], "elderly": [(6, 11), (18, 21)], "visitor": [(7, 21)],
         "diner": [(21, 26)], "foreign": [(9, 23)]}
WINDOW = {"parent": ((30, 300), (10, 120)), "rider": ((20, 240), (5, 90)), "elderly": ((30, 180), (10, 120)),
          "visitor": ((60, 900), (30, 600)), "diner": ((60, 240), (10, 180)), "foreign": ((30, 480), (10, 240))}


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def loss_event(rng, voice, cat):
    d = rng.randint(0, 27)
    lo, hi = rng.choice(HOURS[voice])
    h = rng.randint(lo, hi)
    mi = rng.randint(0, 59)
    day = datetime.datetime(T0.year, T0.month, T0.day) - datetime.timedelta(days=d)
    dt = day + datetime.timedelta(hours=h, minutes=mi)
    a = int((T0 - dt).total_seconds() // 60)
    while a < 90:
        a += 1440
    (b0, b1), (f0, f1) = WINDOW[voice]
    if voice == "elderly" and rng.random() < 0.2:
        b0, b1 = 600, 1440
    if cat == "ebike":  # parked, then gone: a longer window
        b0, b1 = max(b0, 120), max(b1, 720)
    frm = min(172800, a + rng.randint(b0, b1))
    to = max(0, a - rng.randint(f0, f1))
    place = rng.choice(LOSS_PLACES[voice])
    place2 = None
    if rng.random() < 0.25:
        nb = [k for k in neighbours(place, 600) if k != place]
        if nb:
            place2 = rng.choice(nb)
    return {"place": place, "place2": place2, "from_min": frm, "to_min": to, "actual": a}


def found_event(rng, lev, cat):
    a = lev["actual"]
    r = rng.random()
    if cat in ("ebike", "bicycle"):
        delay = rng.randint(300, 5 * 1440)
    elif r < 0.4:
        delay = rng.randint(5, 120)
    elif r < 0.7:
        delay = rng.randint(120, 720)
    elif r < 0.9:
        delay = rng.randint(720, 2880)
    else:
        delay = rng.randint(2880, 8640)
    f = a - delay
    if f < 0:
        f = rng.randint(0, a)
    base = lev["place2"] if lev["place2"] and rng.random() < 0.5 else lev["place"]
    r = rng.random()
    if r < 0.45:
        place = base
    elif r < 0.9:
        place = rng.choice(neighbours(base, 500))
    else:
        place = rng.choice(neighbours(base, 1000))
    return {"place": place, "found_min": f}


def cross_category(rng, items):
    """A few pairs (<= 4) where finder and owner file one object under different categories."""
    rules = [("electronics", lambda o: o["kind"] == "儿童电话手表", "phone"),
             ("wallet", lambda o: bool(o.get("id_in")), "id_doc"),
             ("cash", lambda o: o["kind"] == "红包", "other"),
             ("bag", lambda o: o["kind"] in ("买菜的环保袋", "布袋"), "other")]
    out = {}
    for cat, test, fcat in rules:
        cands = [i for i, it in enumerate(items) if it["obj"]["cat"] == cat and test(it["obj"]) and i not in out]
        if cands:
            out[rng.choice(cands)] = fcat
    return out


def build():
    rng = random.Random(SEED)
    truths = []
    for tag, quota in (("pair", PAIRS), ("never", NEVER)):
        for cat in sorted(quota):
            for _ in range(quota[cat]):
                voice = wchoice(rng, VOICES[cat])
                obj = new_object(rng, cat, voice)
                lev = loss_event(rng, voice, cat)
                lrec, meta = write_lost(rng, obj, voice, lev)
                truths.append({"tag": tag, "obj": obj, "voice": voice, "lev": lev, "lost": lrec, "meta": meta})

    pairs = [t for t in truths if t["tag"] == "pair"]
    xcat = cross_category(rng, pairs)
    for i, t in enumerate(pairs):
        fev = found_event(rng, t["lev"], t["obj"]["cat"])
        frec, who = write_found(rng, t["obj"], fev, cat=xcat.get(i))
        t["found"] = frec
        t["finder"] = who

    # negatives: about half aimed at never-found reports, half at reports whose object does come back
    negs = []
    hits = {}
    order = list(range(len(truths)))
    for kind in set98_neg.KINDS:
        n = NEG[kind]
        for j in range(n):
            want = "never" if j % 2 == 0 else "pair"
            cands = [i for i in order if truths[i]["tag"] == want and hits.get(i, 0) < 2
                     and set98_neg.eligible(kind, truths[i]["obj"], truths[i]["meta"])]
            if not cands:
                cands = [i for i in order if hits.get(i, 0) < 2
                         and set98_neg.eligible(kind, truths[i]["obj"], truths[i]["meta"])]
            i = rng.choice(cands)
            hits[i] = hits.get(i, 0) + 1
            t = truths[i]
            obj, fev, force, hide = set98_neg.make(rng, kind, t["obj"], t["meta"], t["lev"], t["voice"])
            frec, who = write_found(rng, obj, fev, force=force, hide=hide)
            frec["negative"] = kind
            negs.append({"found": frec, "target": i, "obj": obj})

    # shuffle, then key
    lost_idx = list(range(len(truths)))
    rng.shuffle(lost_idx)
    found_src = [("t", i) for i, t in enumerate(truths) if t["tag"] == "pair"] + [("n", j) for j in range(len(negs))]
    rng.shuffle(found_src)
    fkey = {}
    found = []
    for n, (src, i) in enumerate(found_src, 1):
        k = "%s-F%04d" % (PFX, n)
        rec = truths[i]["found"] if src == "t" else negs[i]["found"]
        out = {"key": k}
        out.update(rec)
        if src == "t":
            fkey[i] = k
        found.append(out)
    lost = []
    for n, i in enumerate(lost_idx, 1):
        out = {"key": "%s-L%04d" % (PFX, n)}
        out.update(truths[i]["lost"])
        out["truth"] = fkey.get(i)
        lost.append(out)
    return {"seed": SEED, "made_by": "tests/lostfound/make_set98.py", "parts": {PART: {"found": found, "lost": lost}}}


def main():
    data = build()
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    p = data["parts"][PART]
    print("wrote %s: %d lost, %d found" % (OUT, len(p["lost"]), len(p["found"])))


if __name__ == "__main__":
    main()
