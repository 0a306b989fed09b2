#!/usr/bin/env python3
"""make_set118.py: writes tests/lostfound/set118.json, a blind labelled
lost-and-found set (勐沙坝镇 at the Water-Splashing Festival).

Deterministic: one random.Random(118118); nothing is drawn from an unordered
collection.  Run:  python3 tests/lostfound/make_set118.py
"""
import copy
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from set118_world import (PLACES, FAR_PLACES, NEAR, BY_ID, NOW, OWNER_VOICES, person)  # noqa: E402
from set118_objects import (new_truth, make_imei, make_id, make_card, make_plate, make_frame, make_sn,  # noqa: E402
                            make_student, make_passport, make_border_pass, make_cert, swap_mark, PHONE_MODELS)
from set118_write import write_lost, write_found  # noqa: E402

SEED = 118118
PART = "set118"
PFX = "S118"
OUT = os.path.join(HERE, "set118.json")
MAXMIN = 172800

MATCHED = {"phone": 30, "id_doc": 20, "wallet": 18, "keys": 12, "ebike": 10, "bicycle": 6, "bag": 18,
           "cash": 6, "jewelry": 10, "electronics": 14, "other": 6}
UNMATCHED = {"phone": 20, "id_doc": 8, "wallet": 12, "keys": 8, "ebike": 6, "bicycle": 4, "bag": 10,
             "cash": 8, "jewelry": 6, "electronics": 5, "other": 3}
NEG_KINDS = ["same_category_colour", "found_before_loss", "same_brand_other_place_time", "near_twin"]
NEG_EACH = 30
CROSS = 4

PLACE_W = {"square": 4, "riverside": 4, "bridge": 1, "dock": 2, "nightmkt": 3, "hostel": 1, "hotel": 1, "temple": 3,
           "school": 1, "village": 1, "busstn": 3, "taxi": 1, "farmmkt": 2, "border": 2, "rocket": 1, "gas": 1,
           "rubber": 1, "tea": 1}
BACKPACKER_W = {"square": 4, "riverside": 4, "nightmkt": 3, "hostel": 3, "busstn": 2, "temple": 2, "border": 1, "dock": 1}
WORKER_W = {"rubber": 3, "tea": 3, "farmmkt": 1, "square": 1, "nightmkt": 1, "busstn": 1}
TRADER_W = {"border": 3, "nightmkt": 3, "farmmkt": 3, "square": 1}


def wchoice(rng, weights):
    keys = sorted(weights)
    total = sum(weights[k] for k in keys)
    x = rng.uniform(0, total)
    for k in keys:
        x -= weights[k]
        if x <= 0:
            return k
    return keys[-1]


def minutes_before(dt):
    return int((NOW - dt).total_seconds() // 60)


def draw_moment(rng, pid):
    import datetime
    r = rng.random()
    if r < 0.65:
        day, month = rng.choice([13, 14, 15]), 4
    elif r < 0.85:
        day, month = rng.choice([16, 17, 18, 19]), 4
    elif r < 0.95:
        day, month = rng.randint(1, 12), 4
    else:
        day, month = rng.randint(5, 31), 3
    if pid == "nightmkt":
        hour = rng.randint(18, 23)
    elif pid in ("busstn", "taxi", "rubber", "tea"):
        hour = rng.randint(6, 17)
    else:
        hour = rng.randint(9, 21)
    dt = datetime.datetime(2025, month, day, hour, rng.randrange(60))
    m = minutes_before(dt)
    if m < 30:
        m = 30 + rng.randrange(300)
    return m


def draw_window(rng, t, cat):
    r = rng.random()
    if cat in ("ebike", "bicycle") and r < 0.5:
        r = 0.9
    if r < 0.35:
        lf, lt = t + rng.randint(10, 90), t - rng.randint(5, 90)
    elif r < 0.8:
        lf, lt = t + rng.randint(60, 360), t - rng.randint(30, 240)
    else:
        lf, lt = t + rng.randint(600, 2880), t - rng.randint(120, 1440)
    return min(lf, MAXMIN), max(lt, 0)


def neighbour(rng, pid):
    return rng.choice(NEAR[pid])


def pick_finder(rng, pid):
    opts = ["citizen", "citizen", "cleaner", "police", "desk", "desk", "trader_f", "backpacker_f"]
    cl = BY_ID[pid][6]
    if cl == "west":
        opts += ["bus_driver", "bus_driver", "ebike_taxi"]
    if pid == "temple":
        opts += ["temple_volunteer"] * 3
    if cl == "centre":
        opts += ["hostel_staff"]
    if cl == "far":
        opts = ["citizen", "police", "desk"]
    v = rng.choice(opts)
    if v == "bus_driver":
        fp = "busstn"
    elif v == "ebike_taxi":
        fp = rng.choice(["taxi", pid])
    elif v == "hostel_staff":
        fp = rng.choice(["hostel", pid])
    elif v == "temple_volunteer":
        fp = "temple"
    elif cl == "far":
        fp = pid
    else:
        fp = pid if rng.random() < 0.6 else neighbour(rng, pid)
    return person(rng, v), fp


def found_delay(rng):
    r = rng.random()
    if r < 0.5:
        return rng.randint(10, 240)
    if r < 0.85:
        return rng.randint(240, 1440)
    return rng.randint(1440, 5760)


def new_serial(rng, kind, t):
    if kind == "imei":
        return make_imei(rng)
    if kind == "id":
        return make_id(rng, region=t["serial"][1][:6])
    if kind == "card":
        return make_card(rng)
    if kind == "plate":
        return make_plate(rng)
    if kind == "frame":
        return make_frame(rng, t["serial"][1][:2])
    if kind == "sn":
        return make_sn(rng, t["serial"][1][:1] if not t["serial"][1][:1].isdigit() else "")
    if kind == "student":
        return make_student(rng)
    if kind == "passport":
        v = t["serial"][1]
        lead = len(v) - len(v.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        return v[:lead] + "".join(str(rng.randrange(10)) for _ in range(len(v) - lead))
    if kind == "border":
        return make_border_pass(rng)
    return make_cert(rng)


def fresh_ids(rng, t):
    """A different object of the same look: every number is new."""
    if t["serial"]:
        kind, val = t["serial"]
        nv = new_serial(rng, kind, t)
        while nv == val:
            nv = new_serial(rng, kind, t)
        t["serial"] = (kind, nv)
    t["extra"] = [(k, make_id(rng) if k == "id" else make_frame(rng, v[:2])) for k, v in t["extra"]]


def build():
    rng = random.Random(SEED)
    lost_recs, found_recs = [], []
    cases = []
    plan = [(c, True) for c in sorted(MATCHED) for _ in range(MATCHED[c])]
    plan += [(c, False) for c in sorted(UNMATCHED) for _ in range(UNMATCHED[c])]
    rng.shuffle(plan)
    for cat, matched in plan:
        ov = rng.choice(OWNER_VOICES)
        owner = person(rng, ov)
        w = {"backpacker": BACKPACKER_W, "sea_visitor": BACKPACKER_W, "worker": WORKER_W, "trader": TRADER_W}.get(ov, PLACE_W)
        pid = wchoice(rng, w)
        t = new_truth(rng, cat, owner)
        t_lost = draw_moment(rng, pid)
        lf, lt = draw_window(rng, t_lost, cat)
        believed = pid if rng.random() < 0.7 else neighbour(rng, pid)
        rec, said = write_lost(rng, t, owner, believed, t_lost, lf, lt)
        case = {"t": t, "owner": owner, "pid": pid, "t_lost": t_lost, "lf": lf, "lt": lt, "lost": rec, "said": said,
                "found": None}
        if matched:
            finder, fp = pick_finder(rng, pid)
            fa = max(0, t_lost - found_delay(rng))
            frec = write_found(rng, t, finder, fp, fa)
            case["found"] = frec
            found_recs.append(frec)
        cases.append(case)
        lost_recs.append(rec)

    # a few pairs filed under different categories by the two people
    crossed = 0
    for case in cases:
        if crossed >= CROSS or case["found"] is None:
            continue
        t = case["t"]
        fr = case["found"]
        if t["cat"] == "phone" and any(m[0] == "pouch" for m in t["marks"]) and crossed < 2:
            fr["category"] = "bag"
            fr["body"] = ("防水袋一个，里面装着手机。" + fr["body"])[:600]
            crossed += 1
        elif t["cat"] == "wallet" and t["extra"] and crossed < 3:
            fr["category"] = "id_doc"
            fr["body"] = ("证件一批（装在钱包里）。" + fr["body"])[:600]
            crossed += 1
        elif t["cat"] == "electronics" and t["sub"] == "watch":
            fr["category"] = "jewelry"
            crossed += 1

    # hard negatives
    matched_idx = [i for i, c in enumerate(cases) if c["found"] is not None]
    unmatched_idx = [i for i, c in enumerate(cases) if c["found"] is None]
    negs = []
    for kind in NEG_KINDS:
        def ok(i):
            t = cases[i]["t"]
            if kind == "same_category_colour":
                return t["color"] is not None
            if kind == "same_brand_other_place_time":
                return t["brand"] is not None
            return True
        m = [i for i in matched_idx if ok(i)]
        u = [i for i in unmatched_idx if ok(i)]
        targets = rng.sample(m, NEG_EACH // 2) + rng.sample(u, NEG_EACH - NEG_EACH // 2)
        for i in targets:
            c = cases[i]
            t0 = c["t"]
            force, deny = [], []
            if kind == "near_twin":
                t = copy.deepcopy(t0)
                slots_said = [mm for mm in t["marks"] if ("mark:" + mm[0]) in c["said"]]
                fresh_ids(rng, t)
                if "serial" in c["said"] and t0["serial"]:
                    force.append("serial")
                elif slots_said:
                    mm = rng.choice(slots_said)
                    j = t["marks"].index(mm)
                    t["marks"][j] = swap_mark(rng, mm)
                    force.append("mark:" + mm[0])
                    deny.append("serial")
                elif "amount" in c["said"]:
                    t["amount"] = t["amount"] + rng.choice([-1, 1]) * rng.choice([100, 200, 500]) if t["amount"] > 600 else t["amount"] * 2
                    force.append("amount")
                    deny.append("serial")
                elif t0["serial"]:
                    force.append("serial")
                else:
                    mm = rng.choice(t["marks"])
                    j = t["marks"].index(mm)
                    t["marks"][j] = swap_mark(rng, mm)
                    force.append("mark:" + mm[0])
                force += ["color", "brand"]
                deny.append("extra")
                pid = c["pid"] if rng.random() < 0.5 else neighbour(rng, c["pid"])
                fa = rng.randint(max(0, c["lt"] - 1440), c["lf"])
            elif kind == "found_before_loss":
                t = copy.deepcopy(t0)
                fresh_ids(rng, t)
                deny += ["serial", "extra"]
                force += ["color"]
                pid = c["pid"] if rng.random() < 0.5 else neighbour(rng, c["pid"])
                fa = min(MAXMIN, c["lf"] + rng.randint(60, 4320))
            elif kind == "same_category_colour":
                for _ in range(30):
                    t = new_truth(rng, t0["cat"], person(rng, rng.choice(OWNER_VOICES)), t0["sub"] if rng.random() < 0.5 else None)
                    if t0["brand"] is None or t["brand"] != t0["brand"]:
                        break
                t["color"] = t0["color"]
                force.append("color")
                pid = c["pid"] if rng.random() < 0.4 else neighbour(rng, c["pid"])
                fa = rng.randint(max(0, c["lt"] - 1440), c["lf"])
            else:
                t = new_truth(rng, t0["cat"], person(rng, rng.choice(OWNER_VOICES)), t0["sub"])
                t["brand"] = t0["brand"]
                if t["cat"] == "phone":
                    t["model"] = rng.choice(PHONE_MODELS[t0["brand"]])
                elif t["cat"] == "electronics" and t["brand"] != t0["brand"]:
                    t["model"] = None
                if t["cat"] == "electronics":
                    t["model"] = t0["model"] if rng.random() < 0.5 else None
                force.append("brand")
                pid = rng.choice(FAR_PLACES)[0]
                if rng.random() < 0.5 and c["lt"] >= 4320 + 10:
                    fa = max(0, c["lt"] - rng.randint(4320, 14400))
                else:
                    fa = min(MAXMIN, c["lf"] + rng.randint(4320, 21600))
            finder, fp = pick_finder(rng, pid)
            if kind == "same_brand_other_place_time":
                fp = pid
            frec = write_found(rng, t, finder, fp, fa, force=tuple(force), deny=tuple(deny))
            frec["negative"] = kind
            negs.append(frec)
    found_all = found_recs + negs

    # keys: shuffle so that key order says nothing about pairing
    lost_order = list(range(len(lost_recs)))
    rng.shuffle(lost_order)
    found_order = list(range(len(found_all)))
    rng.shuffle(found_order)
    fkey = {}
    found_out = []
    for n, i in enumerate(found_order, 1):
        key = "%s-F%04d" % (PFX, n)
        fkey[id(found_all[i])] = key
        found_out.append(dict([("key", key)] + list(found_all[i].items())))
    lost_out = []
    for n, i in enumerate(lost_order, 1):
        c = cases[i]
        truth = fkey[id(c["found"])] if c["found"] is not None else None
        lost_out.append(dict([("key", "%s-L%04d" % (PFX, n))] + list(c["lost"].items()) + [("truth", truth)]))
    lost_out.sort(key=lambda r: r["key"])
    found_out.sort(key=lambda r: r["key"])
    return {"seed": SEED, "made_by": "tests/lostfound/make_set118.py", "parts": {PART: {"found": found_out, "lost": lost_out}}}


def main():
    data = build()
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    p = data["parts"][PART]
    print("wrote %s: %d lost (%d with truth), %d found (%d negatives)" % (
        OUT, len(p["lost"]), sum(1 for r in p["lost"] if r["truth"]), len(p["found"]),
        sum(1 for r in p["found"] if "negative" in r)))


if __name__ == "__main__":
    main()
