#!/usr/bin/python3
"""Write tests/lostfound/set120.json: a blind labelled lost-and-found set for the container-terminal
district of the invented port city 澄屿 in March.  Written from the brief only.

usage: make_set120.py [output path]      (default: set120.json next to this file)
Deterministic: one random.Random(120120), every draw from sorted lists.
"""
import copy
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import set120_objects as O  # noqa: E402
import set120_world as W  # noqa: E402
import set120_write as WR  # noqa: E402

N_PAIRS = 150
N_NEVER = 90
NEG_KINDS = ["same_category_colour", "found_before_loss", "same_brand_elsewhere", "near_twin"]
N_PER_NEG = 30
MAX_CROSS = 4

CAT_QUOTA = {"id_doc": 45, "phone": 45, "wallet": 30, "keys": 28, "electronics": 30, "bag": 20, "ebike": 8,
             "bicycle": 6, "cash": 8, "jewelry": 10, "other": 10}
FOREIGN_P = {"id_doc": 0.25, "phone": 0.2, "wallet": 0.25, "keys": 0.1, "electronics": 0.2, "bag": 0.2, "ebike": 0.0,
             "bicycle": 0.0, "cash": 0.3, "jewelry": 0.2, "other": 0.2}
FOREIGN_ZONES = ["berth", "bonded", "ferry", "market", "sea"]
LOCAL_ZONES = ["bonded", "dorm", "ferry", "market"]
MAX_MIN = 172800


def places_in(zone):
    return [p for p in W.PLACE_IDS if W.PLACE[p][1] == zone]


def pick_hour(rng, voice, zone):
    if voice in ("night", "dormmgr") or zone == "wh":
        return rng.choice([19, 20, 21, 22, 23, 0, 1, 2, 3, 4, 5])
    if zone == "market":
        return rng.choice([18, 19, 20, 21, 22, 23, 0])
    if voice == "driver":
        return rng.randint(0, 23)
    return rng.randint(7, 22)


def loss_window(rng, voice, zone):
    day = rng.randint(1, 30)
    hour = pick_hour(rng, voice, zone)
    start = W.NOW.replace(day=day, hour=hour, minute=rng.randint(0, 59))
    t_from = int((W.NOW - start).total_seconds() // 60)
    if t_from < 180:
        t_from += 1440
    r = rng.random()
    if r < 0.6:
        dur = rng.randint(15, 180)
    elif r < 0.9:
        dur = rng.randint(180, 720)
    else:
        dur = rng.randint(720, 2880)
    t_to = max(t_from - dur, rng.randint(20, 90))
    if t_to > t_from:
        t_to = t_from
    return t_from, t_to


def near_place(rng, pid, p_same=0.45):
    nb = W.neighbours(pid)
    if not nb or rng.random() < p_same:
        return pid
    return rng.choice(nb)


def finder_voice(rng, t, pid):
    zone = W.PLACE[pid][1]
    if t["owner"]["foreign"] and zone == "sea":
        return "centre"
    return rng.choice(W.ZONE_FINDERS[zone])


def new_person(rng, like):
    if like["foreign"]:
        return O.foreign_person_full(rng)
    return O.cn_person(rng, local=like.get("prov") == "本地")


def recolour(t, colour):
    old = O.COLORS[t["color"]]
    new = O.COLORS[colour]
    for m in t["marks"]:
        m["zh"] = m["zh"].replace(old[0][0], new[0][0])
        m["en"] = m["en"].replace(old[1][0], new[1][0])
    t["color"] = colour


def new_like(rng, base, want):
    """a different object of the same kind as base; want(obj) filters"""
    last = None
    for _ in range(80):
        obj = O.make_object(rng, base["cat"], new_person(rng, base["owner"]))
        last = obj
        if obj["noun"][0] == base["noun"][0] and want(obj):
            return obj
    return last


def build(debug=None):
    rng = random.Random(W.SEED)
    cats = []
    for c in sorted(CAT_QUOTA):
        cats += [c] * CAT_QUOTA[c]
    rng.shuffle(cats)
    assert len(cats) == N_PAIRS + N_NEVER

    # 1. hidden truth records of the lost objects, where and when they were lost
    losses = []
    for c in cats:
        foreign = rng.random() < FOREIGN_P[c]
        person = O.foreign_person_full(rng) if foreign else O.cn_person(rng, local=rng.random() < 0.15)
        t = O.make_object(rng, c, person)
        zones = sorted(set(t["zones"]) & set(FOREIGN_ZONES if foreign else [z for z in W.ZONE_OWNERS if z != "sea"]))
        if not foreign and person["prov"] == "本地" and set(zones) & set(LOCAL_ZONES):
            zones = sorted(set(zones) & set(LOCAL_ZONES))
        if not zones:
            zones = sorted(FOREIGN_ZONES if foreign else ["gate", "rest", "dorm"])
        zone = rng.choice(zones)
        pid = rng.choice(places_in(zone))
        if foreign:
            voice = "seafarer" if rng.random() < 0.82 else "desk"
        else:
            vs = [v for v in W.ZONE_OWNERS[zone] if v != "seafarer"]
            if person["prov"] == "本地":
                vs = ["local", "desk"]
            voice = rng.choice(vs)
        t_from, t_to = loss_window(rng, voice, zone)
        losses.append({"t": t, "pid": pid, "voice": voice, "from": t_from, "to": t_to, "must": None})

    matched = list(range(N_PAIRS))
    never = list(range(N_PAIRS, N_PAIRS + N_NEVER))

    # 2. choose the lost reports that the hard negatives imitate, half of them from reports whose item never turns up
    used = set()
    plan = []
    for kind in NEG_KINDS:
        def ok(i):
            t = losses[i]["t"]
            if kind == "same_brand_elsewhere":
                return t["brand"] is not None
            return True
        for pool, n in ((matched, N_PER_NEG // 2), (never, N_PER_NEG - N_PER_NEG // 2)):
            cand = [i for i in pool if i not in used and ok(i)]
            rng.shuffle(cand)
            for i in cand[:n]:
                used.add(i)
                plan.append((kind, i))
    for kind, i in plan:
        if kind == "near_twin":
            losses[i]["must"] = O.twin_detail(losses[i]["t"])

    # 3. the found items that are the truth of a lost report
    founds = []
    cross = 0
    for i in matched:
        L = losses[i]
        t = L["t"]
        pid = near_place(rng, L["pid"])
        span = L["from"] - L["to"]
        delay = rng.randint(10, span + rng.choice([60, 300, 1440, 2880]))
        f_at = L["from"] - delay
        if f_at < 3:
            f_at = rng.randint(3, max(3, L["from"]))
        cat = t["cat"]
        if t["alt_cat"] and cross < MAX_CROSS and rng.random() < 0.18:
            cat = t["alt_cat"]
            cross += 1
        founds.append({"t": t, "pid": pid, "voice": finder_voice(rng, t, pid), "at": f_at, "cat": cat, "truth_of": i, "neg": None})

    # 4. the hard negatives
    for kind, i in plan:
        L = losses[i]
        base = L["t"]
        if kind == "same_category_colour":
            obj = new_like(rng, base, lambda o: base["brand"] is None or o["brand"] != base["brand"])
            recolour(obj, base["color"])
            pid = near_place(rng, L["pid"], 0.5)
            f_at = rng.randint(3, L["from"])
        elif kind == "found_before_loss":
            obj = new_like(rng, base, lambda o: o["brand"] == base["brand"])
            recolour(obj, base["color"])
            obj["brand"], obj["model"] = base["brand"], base["model"]
            pid = near_place(rng, L["pid"], 0.5)
            f_at = min(MAX_MIN, L["from"] + rng.randint(60, 4 * 1440))
        elif kind == "same_brand_elsewhere":
            obj = new_like(rng, base, lambda o: o["brand"] == base["brand"] and (base["model"] is None or o["model"] != base["model"]))
            obj["brand"] = base["brand"]
            if base["cat"] == "phone":
                others = [m for m in O.PHONE_MODELS[base["brand"]] if m != base["model"]]
                obj["model"] = rng.choice(others) if others else base["model"]
            if rng.random() < 0.5:
                recolour(obj, base["color"])
            far = W.far_places(L["pid"])
            pid = rng.choice(far) if far else L["pid"]
            if L["to"] > 3000 and rng.random() < 0.6:
                f_at = rng.randint(3, L["to"] - 1440)
            else:
                f_at = min(MAX_MIN, L["from"] + rng.randint(120, 6 * 1440))
        else:
            obj = O.near_twin(rng, base)
            obj["owner"] = copy.deepcopy(base["owner"])
            pid = near_place(rng, L["pid"], 0.5)
            f_at = rng.randint(3, L["from"])
        founds.append({"t": obj, "pid": pid, "voice": finder_voice(rng, obj, pid), "at": f_at, "cat": obj["cat"],
                       "truth_of": None, "neg": kind, "base": i})

    # 5. write every registration separately, in its own voice
    lost_recs = []
    for i, L in enumerate(losses):
        rec = WR.write_lost(rng, L["t"], L["pid"], L["from"], L["to"], L["voice"], L["must"])
        lost_recs.append((i, rec))
    found_recs = []
    for j, F in enumerate(founds):
        rec = WR.write_found(rng, F["t"], F["pid"], F["at"], F["voice"], F["t"].get("twin_of") if F["neg"] == "near_twin" else None)
        found_recs.append((j, rec))

    # 6. shuffle and key
    order_l = list(range(len(lost_recs)))
    order_f = list(range(len(found_recs)))
    rng.shuffle(order_l)
    rng.shuffle(order_f)
    fkey = {}
    for n, j in enumerate(order_f):
        fkey[j] = "%s-F%04d" % (W.PFX, n + 1)
    truth_of_lost = {F["truth_of"]: j for j, F in enumerate(founds) if F["truth_of"] is not None}

    lost_out = []
    for n, i in enumerate(order_l):
        L, rec = losses[i], lost_recs[i][1]
        out = {"key": "%s-L%04d" % (W.PFX, n + 1), "category": L["t"]["cat"]}
        out.update(rec)
        out["lost_from_min"] = L["from"]
        out["lost_to_min"] = L["to"]
        out["truth"] = fkey[truth_of_lost[i]] if i in truth_of_lost else None
        lost_out.append(out)
    found_out = [None] * len(founds)
    for j, F in enumerate(founds):
        out = {"key": fkey[j], "category": F["cat"]}
        out.update(found_recs[j][1])
        out["found_at_min"] = F["at"]
        if F["neg"]:
            out["negative"] = F["neg"]
            if debug is not None:
                debug.append((out["key"], F["neg"], lost_out[order_l.index(F["base"])]["key"]))
        found_out[order_f.index(j)] = out
    return {"seed": W.SEED, "made_by": "tests/lostfound/make_set120.py",
            "parts": {W.PART: {"found": found_out, "lost": lost_out}}}


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "set120.json")
    data = build()
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    part = data["parts"][W.PART]
    print("wrote %s: %d lost, %d found" % (path, len(part["lost"]), len(part["found"])))


if __name__ == "__main__":
    main()
