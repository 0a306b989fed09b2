"""Writes set104.json: a blind lost-and-found set (铁原 old steel district, August nights).

Run: python3 -B tests/lostfound/make_set104.py
"""
import datetime
import json
import os
import random
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from set104_world import NOW, NEAR  # noqa: E402
from set104_objects import person, draw  # noqa: E402
import set104_lost as lost  # noqa: E402
import set104_found as found  # noqa: E402
import set104_neg as neg  # noqa: E402

SEED = 10404
PFX = "S104"
N_PAIRS, N_NEVER = 150, 90
NEG_PLAN = [("same_cat_color", 20), ("near_twin", 22), ("found_before_loss", 20), ("same_brand_elsewhere", 20),
            ("namesake", 18), ("one_detail", 20)]
MAX_CROSS = 4

VOICES = [("young", 70), ("musician", 22), ("retiree", 45), ("parent", 35), ("shift", 30), ("driver", 20),
          ("foreign", 18)]
PLACES_OF = {
    "young": ["livehouse", "livehouse", "ingot", "shop3", "cinema", "plaza", "gate_w", "bus_mill", "mill", "street_jh"],
    "musician": ["livehouse", "livehouse", "livehouse", "mill", "gate_w", "ingot", "shop3", "bus_mill"],
    "retiree": ["market", "market", "estate", "club", "shed", "estate_e", "bus_estate", "hospital", "cinema",
                "street_jh"],
    "parent": ["pool", "pool", "pool", "estate", "street_jh", "market", "cinema", "estate_e"],
    "shift": ["hospital", "hosp_er", "yard", "yard_gate", "bus_hosp", "street_lt", "bus_mill"],
    "driver": ["gate_w", "gate_w", "mill", "hospital", "bus_mill", "yard_gate", "street_lt"],
    "foreign": ["livehouse", "ingot", "shop3", "cinema", "market", "hospital", "plaza"],
}
ZONE_HOURS = {"night": (19, 24), "ride": (22, 27), "day": (5, 8), "estate": (7, 21), "pool": (9, 17),
              "work": (0, 24), "bus": (21, 25), "street": (17, 24)}
from set104_world import PLACE  # noqa: E402


def window(rng, place, o):
    zone = PLACE[place][4]
    h0, h1 = ZONE_HOURS[zone]
    if o["cat"] in ("ebike", "bicycle") and place in ("shed", "estate", "yard", "hospital", "estate_e"):
        h0, h1 = 18, 23
        length = rng.choice([600, 660, 720, 780, 1500, 2900])
    elif zone in ("night", "street"):
        length = rng.choice([25, 40, 90, 150, 200, 240, 300, 360])
    elif zone in ("ride", "bus"):
        length = rng.choice([10, 20, 30, 60, 90])
    elif zone == "day":
        length = rng.choice([30, 60, 90, 150])
    elif zone == "pool":
        length = rng.choice([45, 90, 120, 180, 240])
    else:
        length = rng.choice([30, 90, 240, 480, 720, 1440])
    for _ in range(50):
        d = rng.randint(0, 13)
        h = rng.randint(h0, h1 - 1)
        start = datetime.datetime(NOW.year, NOW.month, NOW.day) - datetime.timedelta(days=d) + \
            datetime.timedelta(hours=h, minutes=rng.choice([0, 10, 15, 20, 30, 40, 45, 50]))
        lf = int((NOW - start).total_seconds() // 60)
        lt = lf - length
        if lt >= 5 and lf <= 172800:
            return lf, lt
    return 3000, 2800


def found_time(rng, lf, lt):
    span = lf - lt
    r = rng.random()
    if r < 0.3:
        delay = rng.randint(5, max(6, span))
    elif r < 0.8:
        delay = span + rng.randint(10, 720)
    else:
        delay = span + rng.randint(720, 5000)
    fa = lf - delay
    if fa < 0:
        fa = rng.randint(0, max(0, lt))
    return fa


def build():
    rng = random.Random(SEED)
    voices = []
    for v, n in VOICES:
        voices += [v] * n
    rng.shuffle(voices)
    hidden = []
    cross = 0
    for i, v in enumerate(voices):
        p = person(rng, v)
        o = draw(rng, p)
        place = rng.choice(PLACES_OF[v])
        if o["kind"] == "swimbag" or (o["kind"] in ("goggles", "kidwatch") and rng.random() < 0.6):
            place = "pool"
        if o["cat"] == "ebike" and place in ("livehouse", "pool", "ingot", "shop3", "cinema"):
            place = rng.choice(["shed", "estate", "hospital", "yard_gate"])
        lf, lt = window(rng, place, o)
        hidden.append({"o": o, "p": p, "place": place, "lf": lf, "lt": lt})
    # which reports get their object handed in: 150 of 240, decided by a shuffled index list
    idx = list(range(len(hidden)))
    rng.shuffle(idx)
    paired = set(idx[:N_PAIRS])
    for i, t in enumerate(hidden):
        t["paired"] = i in paired
        if t["o"]["fcat"] != t["o"]["cat"]:
            if t["paired"] and cross < MAX_CROSS:
                cross += 1
            else:
                t["o"]["fcat"] = t["o"]["cat"]
    # found items: true ones and negatives, then shuffled, then keyed
    founds = []
    for i, t in enumerate(hidden):
        if not t["paired"]:
            continue
        pl = t["place"] if rng.random() < 0.6 else rng.choice(NEAR[t["place"]])
        fa = found_time(rng, t["lf"], t["lt"])
        founds.append(("T", i, t["o"], pl, fa))
    negs = []
    named = [i for i, t in enumerate(hidden) if t["o"]["name"] and t["o"]["name"] == t["p"]["name"]]
    others = list(range(len(hidden)))
    for kind, n in NEG_PLAN:
        pool = named if kind == "namesake" else others
        if kind == "same_brand_elsewhere":
            pool = [i for i in others if hidden[i]["o"]["brand"]]
        for _ in range(n):
            negs.append((kind, rng.choice(pool)))
    order = list(range(len(founds) + len(negs)))
    rng.shuffle(order)
    fkeys = {}
    for pos, j in enumerate(order):
        fkeys[j] = "%s-F%04d" % (PFX, pos + 1)
    found_recs = {}
    notes = []
    for j, (_, i, o, pl, fa) in enumerate(founds):
        found_recs[j] = found.write(rng, fkeys[j], o, pl, fa)
        hidden[i]["fkey"] = fkeys[j]
    for jj, (kind, i) in enumerate(negs):
        j = len(founds) + jj
        rec, note = neg.make(rng, kind, hidden[i], fkeys[j])
        found_recs[j] = rec
        notes.append((kind, note))
    found_list = [found_recs[j] for j in sorted(found_recs, key=lambda j: fkeys[j])]
    lost_list = []
    lorder = list(range(len(hidden)))
    rng.shuffle(lorder)
    for pos, i in enumerate(lorder):
        t = hidden[i]
        key = "%s-L%04d" % (PFX, pos + 1)
        lost_list.append(lost.write(rng, key, t["o"], t["p"], t["place"], t["lf"], t["lt"],
                                    t.get("fkey") if t["paired"] else None))
    lost_list.sort(key=lambda r: r["key"])
    return {"seed": SEED, "made_by": "tests/lostfound/make_set104.py",
            "parts": {"set104": {"found": found_list, "lost": lost_list}}}


def main():
    data = build()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set104.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    part = data["parts"]["set104"]
    print("wrote %s: %d lost, %d found" % (out, len(part["lost"]), len(part["found"])))


if __name__ == "__main__":
    main()
