"""make_set103.py writes set103.json: a blind lost-and-found set for 岚屿县 (southern Fujian) at Qingming.

Run: python3 -B tests/lostfound/make_set103.py
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from set103_world import PLACES, make_person, at          # noqa: E402
from set103_objects import make                           # noqa: E402
from set103_lost import write_lost                        # noqa: E402
from set103_found import write_found                      # noqa: E402
from set103_world import NEAR                             # noqa: E402
from set103_neg import make_negatives                     # noqa: E402

SEED = 10303
PFX = "S103"
PAIRED = {"phone": 22, "id_doc": 18, "wallet": 18, "keys": 14, "ebike": 10, "bicycle": 8, "bag": 16, "cash": 10,
          "jewelry": 12, "electronics": 12, "other": 10}
NULL = {"phone": 14, "id_doc": 8, "wallet": 10, "keys": 10, "ebike": 6, "bicycle": 5, "bag": 9, "cash": 8,
        "jewelry": 7, "electronics": 7, "other": 6}
ZONE_W = {"hill": 30, "town": 35, "harbour": 10, "tea": 10, "stone": 8, "road": 7}
LOST_ORDER = ["key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon",
              "lost_from_min", "lost_to_min", "truth"]
FOUND_ORDER = ["key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon",
               "found_at_min", "negative"]


def _place(rng, cat):
    zones = sorted(ZONE_W)
    z = rng.choices(zones, [ZONE_W[k] for k in zones])[0]
    if cat in ("ebike", "bicycle") and z == "hill":
        return rng.choice(["hall", "hall2"])
    return rng.choice([p[0] for p in PLACES if p[5] == z])


def _loss_time(rng):
    day = rng.choices([(3, 29), (3, 31), (4, 2), (4, 3), (4, 4), (4, 5), (4, 6), (4, 8), (4, 10), (4, 11), (4, 12)],
                      [2, 2, 4, 6, 10, 14, 8, 4, 3, 3, 2])[0]
    hour = rng.randint(7, 20) if day != (4, 12) else rng.randint(7, 15)
    return at(day[1], hour, rng.choice([0, 10, 20, 30, 40, 50]), month=day[0])


def _voice(rng, o):
    if o["overseas"]:
        return "overseas"
    if o["age"] >= 68:
        return "elder"
    if o["age"] <= 17:
        return "student"
    return rng.choice(["clan", "clan", "migrant", "tea", "driver"])


def _order(rec, order):
    return {k: rec[k] for k in order if k in rec}


def build():
    rng = random.Random(SEED)
    cases = []
    for kind, table in (("pair", PAIRED), ("null", NULL)):
        for cat in sorted(table):
            for _ in range(table[cat]):
                o = make_person(rng, overseas=rng.random() < 0.12)
                t = make(cat, rng, o)
                place = _place(rng, cat)
                t_loss = _loss_time(rng)
                sure = rng.random() < 0.65
                lost = write_lost(rng, t, place, t_loss, _voice(rng, o), sure)
                cases.append({"t": t, "place": place, "t_loss": t_loss, "lf": lost["lost_from_min"],
                              "lost": lost, "pair": kind == "pair"})
    founds = []
    cross = 0
    for i, c in enumerate(cases):
        if not c["pair"]:
            continue
        r = rng.random()
        fplace = c["place"] if r < 0.55 else rng.choice(NEAR.get(c["place"], [c["place"]])) if r < 0.9 else "bus_yard"
        delay = rng.choice([5, 20, 45, 90, 180, 400, 900, 1500, 2900])
        f = max(0, c["t_loss"] - int(delay * (0.5 + rng.random())))
        rec = write_found(rng, c["t"], fplace, f)
        t = c["t"]
        if cross < 3:
            if t["cat"] == "wallet" and t["holder"]:
                rec["category"] = "id_doc"
                cross += 1
            elif t["cat"] == "electronics" and t["kind"] == "老人机":
                rec["category"] = "phone"
                cross += 1
            elif t["cat"] == "bag" and t["kind"] in ("红色塑料袋", "编织袋"):
                rec["category"] = "other"
                cross += 1
        rec["_case"] = i
        founds.append(rec)
    for rec in make_negatives(rng, cases):
        founds.append(rec)
    rng.shuffle(founds)
    fkey = {}
    for n, rec in enumerate(founds, 1):
        rec["key"] = "%s-F%04d" % (PFX, n)
        if "_case" in rec:
            fkey[rec.pop("_case")] = rec["key"]
    order = list(range(len(cases)))
    rng.shuffle(order)
    lost = []
    for n, i in enumerate(order, 1):
        rec = dict(cases[i]["lost"])
        rec["key"] = "%s-L%04d" % (PFX, n)
        rec["truth"] = fkey.get(i)
        lost.append(_order(rec, LOST_ORDER))
    found = [_order(r, FOUND_ORDER) for r in founds]
    return {"seed": SEED, "made_by": "tests/lostfound/make_set103.py", "parts": {"set103": {"found": found, "lost": lost}}}


def dump(data):
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "set103.json")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(dump(build()))
    print("wrote", out)


if __name__ == "__main__":
    main()
