"""Write tests/lostfound/set97.json: a blind lost-and-found set (翠嶂市, a mountain county city, October).

Usage: python3 tests/lostfound/make_set97.py
Standard library only; one random.Random(SEED); output identical under any PYTHONHASHSEED.
"""
import json
import os
import random
import sys
from datetime import datetime, timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import set97_world as W  # noqa: E402
import set97_objects as O  # noqa: E402
import set97_lost as L  # noqa: E402
import set97_found as F  # noqa: E402
import set97_neg as N  # noqa: E402

PLAN = {"phone": 36, "id_doc": 34, "wallet": 30, "keys": 20, "bag": 26, "electronics": 24, "cash": 12,
        "jewelry": 12, "ebike": 10, "bicycle": 8, "other": 28}
N_PAIRS = 150
N_NULL = 90
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set97.json")

KIND_BY_PERSONA = {
    "id_doc": {"tourist": ["idcard", "driving", "passport", "idcard"], "tourist_en": ["passport", "idcard"],
               "tourist_tw": ["tbz"], "student": ["student", "student", "idcard"],
               "elder": ["elder", "idcard", "sscard"], "driver": ["driving", "driving", "idcard"],
               "trader": ["idcard", "sscard"], "local": ["idcard", "driving", "sscard"]},
    "other": {"elder": ["cane", "birdcage", "glasses", "umbrella", "medical"],
              "trader": ["scale", "umbrella", "thermos"],
              "tourist": ["pole", "jacket", "umbrella", "toy", "glasses", "thermos"],
              "tourist_en": ["pole", "jacket", "umbrella"], "tourist_tw": ["umbrella", "jacket", "thermos"],
              "student": ["thermos", "umbrella", "jacket", "glasses"], "driver": ["thermos", "glasses", "jacket"],
              "local": ["medical", "umbrella", "thermos", "toy", "medical"]},
    "bag": {"trader": ["basket", "crossbody", "waist"], "elder": ["basket", "crossbody"],
            "student": ["backpack", "crossbody", "backpack"], "driver": ["backpack", "waist"],
            "tourist": ["backpack", "suitcase", "camerabag", "crossbody", "waist"],
            "tourist_en": ["backpack", "suitcase", "camerabag"], "tourist_tw": ["crossbody", "suitcase", "backpack"],
            "local": ["crossbody", "backpack", "waist"]},
    "electronics": {"tourist": ["camera", "drone", "earbuds", "powerbank", "tablet", "watch"],
                    "tourist_en": ["camera", "earbuds", "drone"], "tourist_tw": ["camera", "earbuds"],
                    "student": ["earbuds", "laptop", "tablet", "console", "powerbank", "watch"],
                    "elder": ["watch", "powerbank"], "driver": ["powerbank", "earbuds", "tablet"],
                    "trader": ["powerbank", "tablet"], "local": ["earbuds", "tablet", "laptop", "watch"]},
}

PLACES_BY_PERSONA = {
    "tourist": ["gorge_gate", "gorge_low", "cable", "gorge_up", "trail", "gorgebus", "hsr", "hsr_sq", "taxi",
                "street", "inn", "food", "bus", "market"],
    "student": ["college", "college", "citybus", "street", "mart", "bus", "hsr", "square"],
    "trader": ["market", "market", "bus", "street", "mart", "food"],
    "elder": ["market", "hospital", "square", "citybus", "street", "mart", "hospital"],
    "driver": ["svc", "gas", "bus", "hsr_sq", "food", "svc"],
    "local": ["hospital", "street", "mart", "square", "citybus", "market", "hsr", "food"],
}
PLACES_BY_PERSONA["tourist_en"] = PLACES_BY_PERSONA["tourist"]
PLACES_BY_PERSONA["tourist_tw"] = PLACES_BY_PERSONA["tourist"]
CAT_PLACES = {"ebike": ["college", "hospital", "market", "street", "mart", "square", "bus"],
              "bicycle": ["college", "street", "square", "mart", "hsr_sq", "market", "college"]}
KIND_PLACES = {"medical": ["hospital", "hospital", "citybus", "square"], "scale": ["market"],
               "basket": ["market", "bus"], "birdcage": ["square", "market"], "elder": ["citybus", "hospital",
                                                                                      "market", "square"],
               "student": ["college", "citybus", "mart", "street"], "sscard": ["hospital", "mart", "citybus"]}
HOURS = {"gorge": (8, 17), "market": (6, 12), "hospital": (7, 18), "road": (0, 23)}
RIDE_HOURS = {"cable": (8, 17), "gorgebus": (7, 17)}
CROSS = [("wallet", "idin", "id_doc"), ("bag", "camerabag", "electronics"), ("electronics", "watch", "phone"),
         ("keys", None, "other")]


def pick_persona(cat, rng):
    while True:
        p = L.persona(rng)
        if cat in ("ebike", "bicycle") and p["kind"].startswith("tourist"):
            continue
        if cat == "cash" and p["kind"] == "tourist_en":
            continue
        return p


def pick_kind(cat, p, rng):
    table = KIND_BY_PERSONA.get(cat)
    if not table:
        return None
    return rng.choice(table[p["kind"]])


def pick_place(cat, kind, p, rng):
    if kind in KIND_PLACES and rng.random() < 0.85:
        return rng.choice(KIND_PLACES[kind])
    if cat in CAT_PLACES:
        return rng.choice(CAT_PLACES[cat])
    if p["kind"] == "trader" and cat == "cash":
        return "market"
    return rng.choice(PLACES_BY_PERSONA[p["kind"]])


def loss_event(place, p, rng):
    kind = W.PLACES[place][3]
    if place == "market":
        day = 6
    else:
        day = rng.choice([1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 7, 7])
    lo, hi = RIDE_HOURS.get(place) or HOURS.get(kind, (7, 21))
    t_loss = datetime(2024, 10, day, rng.randint(lo, hi), rng.randint(0, 59))
    if p["kind"] == "elder":
        pre, post = rng.randint(40, 300), rng.randint(30, 360)
    elif p["kind"].startswith("tourist"):
        pre, post = rng.randint(10, 150), rng.randint(10, 240)
    else:
        pre, post = rng.randint(15, 240), rng.randint(15, 300)
    if rng.random() < 0.08:
        pre, post = rng.randint(600, 2400), rng.randint(60, 1200)
    a = t_loss - timedelta(minutes=pre)
    b = min(t_loss + timedelta(minutes=post), W.NOW - timedelta(minutes=30))
    return dict(place=place, t_from=W.mins_before(a), t_to=W.mins_before(b), t_loss=W.mins_before(t_loss),
                unsure=rng.random() < 0.15)


def found_event(ev, rng):
    place = ev["place"]
    if W.PLACES[place][3] != "ride" and rng.random() < 0.4:
        near = [x for x in W.PLACES[place][4] if W.PLACES[x][3] != "ride"]
        if near:
            place = rng.choice(near)
    delay = rng.randint(5, 360) if rng.random() < 0.8 else rng.randint(360, 2880)
    f = W.at(ev["t_loss"]) + timedelta(minutes=delay)
    if f.hour < 6:
        f = f.replace(hour=6, minute=rng.randint(20, 59))
    t = min(max(5, W.mins_before(f)), ev["t_loss"])
    return dict(place=place, t=t)


def holder_for(cat, kind, p, rng):
    if rng.random() < 0.75:
        return (p["name"], p["py"])
    zh, py = W.name(rng, old=rng.random() < 0.5)
    return (p["name"][0] + zh[1:], W.SURNAMES[p["name"][0]] + " " + py.split(" ", 1)[1])


def build():
    rng = random.Random(W.SEED)
    # pairs and never-found reports in the same proportion within every category
    total = N_PAIRS + N_NULL
    npair = {c: PLAN[c] * N_PAIRS // total for c in sorted(PLAN)}
    rest = sorted(PLAN, key=lambda c: -(PLAN[c] * N_PAIRS % total))
    for c in rest[:N_PAIRS - sum(npair.values())]:
        npair[c] += 1
    plan = []
    for c in sorted(PLAN):
        plan += [(c, True)] * npair[c] + [(c, False)] * (PLAN[c] - npair[c])
    rng.shuffle(plan)
    assert len(plan) == total and sum(1 for _, x in plan if x) == N_PAIRS
    lost, found, bases = [], [], []
    for cat, pair in plan:
        p = pick_persona(cat, rng)
        kind = pick_kind(cat, p, rng)
        place = pick_place(cat, kind, p, rng)
        if kind == "elder" and p["kind"] != "elder":
            kind = "idcard"
        holder = holder_for(cat, kind, p, rng)
        obj = O.new_object(cat, rng, p["origin"], male=p["male"], kind=kind, holder=holder)
        ev = loss_event(place, p, rng)
        rec, men = L.render(obj, p, ev, rng, key=None, truth=None)
        rec["_i"] = len(lost)
        lost.append(rec)
        base = dict(obj=obj, ev=ev, men=men, p=p, pair=pair, li=rec["_i"], used=0)
        bases.append(base)
        if pair:
            fev = found_event(ev, rng)
            fcat = None
            frec, _ = F.render(obj, fev, rng, key=None, cat=fcat)
            frec["_i"] = len(found)
            found.append(frec)
            rec["_truth"] = frec["_i"]
            base["fi"] = frec["_i"]
    # a few pairs filed under different categories by the two sides
    done = 0
    for cat, kind, alt in CROSS:
        for b in bases:
            if not b["pair"] or b["obj"]["cat"] != cat or b.get("cross"):
                continue
            o = b["obj"]
            if kind == "idin" and not O.ident(o, "idin"):
                continue
            if kind and kind != "idin" and o["kind"] != kind:
                continue
            found[b["fi"]]["category"] = alt
            b["cross"] = alt
            done += 1
            break
    # hard negatives
    negs = {}
    for kind in N.KINDS:
        for _ in range(N.QUOTA[kind]):
            for attempt in range(200):
                b = rng.choice(bases)
                if b["used"] >= 2:
                    continue
                if kind == "namesake" and not (N.can_namesake(b) and "holder" in b["men"]):
                    continue
                if kind == "one_detail" and not N.one_detail_keys(b):
                    continue
                if kind == "same_brand_elsewhere" and not b["obj"]["brand"]:
                    continue
                if kind == "same_cat_color" and not b["obj"]["color"]:
                    continue
                o, fev, force, hide = N.build(kind, b, rng)
                if kind in ("near_twin", "same_cat_color"):
                    disc = N.differing(b["obj"], o, b["men"])
                    if kind == "same_cat_color" and "brand" in b["men"] and o["brand"] != b["obj"]["brand"]:
                        disc.append("brand")
                    if not disc:
                        continue
                if kind == "found_before_loss" and fev["t"] <= b["ev"]["t_from"]:
                    continue
                break
            else:
                raise RuntimeError("no base for " + kind)
            b["used"] += 1
            frec, _ = F.render(o, fev, rng, key=None, negative=kind, force=force, hide=hide)
            frec["_i"] = len(found)
            frec["_base"] = b["li"]
            found.append(frec)
            negs[kind] = negs.get(kind, 0) + 1
    # shuffle presentation order and assign keys
    lo = list(range(len(lost)))
    fo = list(range(len(found)))
    rng.shuffle(lo)
    rng.shuffle(fo)
    fkey = {}
    out_found = []
    for n, i in enumerate(fo):
        r = found[i]
        fkey[i] = "%s-F%04d" % (W.PFX, n + 1)
    for n, i in enumerate(fo):
        r = dict(found[i])
        r["key"] = fkey[i]
        out_found.append(clean(r, "found"))
    out_lost = []
    for n, i in enumerate(lo):
        r = dict(lost[i])
        r["key"] = "%s-L%04d" % (W.PFX, n + 1)
        r["truth"] = fkey[r["_truth"]] if "_truth" in r else None
        out_lost.append(clean(r, "lost"))
    return {"seed": W.SEED, "made_by": "tests/lostfound/make_set97.py",
            "parts": {W.PART: {"found": out_found, "lost": out_lost}}}


ORDER_LOST = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
              "lost_from_min", "lost_to_min", "truth"]
ORDER_FOUND = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "found_at_min", "negative"]


def clean(r, side):
    order = ORDER_LOST if side == "lost" else ORDER_FOUND
    return {k: r[k] for k in order if k in r}


def dump(doc):
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def main():
    text = dump(build())
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    doc = json.loads(text)
    part = doc["parts"][W.PART]
    print("wrote %s: %d lost, %d found" % (OUT, len(part["lost"]), len(part["found"])))


if __name__ == "__main__":
    main()
