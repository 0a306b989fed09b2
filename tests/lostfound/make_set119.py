#!/usr/bin/env python3
"""Write tests/lostfound/set119.json: a blind labelled lost-and-found set.

World: an invented mountain Buddhist pilgrimage town (岚口镇, 岚觉山, 岚觉寺) in October.
Deterministic: one random.Random(SEED), every draw from sorted sequences.
Usage: make_set119.py [output_path]
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from set119_world import (NOW_ABS, PROVINCE_IDS, AGENCIES, neighbours, far_from, daytime,  # noqa: E402
                          name_zh, name_en, id_check)
from set119_objects import KINDS, FACTS, serial_of  # noqa: E402
from set119_write import write_lost, write_found  # noqa: E402

SEED = 119119
PFX = "S119"
PART = "set119"
N_PAIRS = 150
N_LOST_ONLY = 90
NEG_COUNTS = [("same_category_colour", 30), ("found_before_loss", 30),
              ("same_brand_other_place_time", 30), ("near_twin", 30)]
N_CROSS = 4

KIND_WEIGHTS = [("beads", 10), ("jade", 6), ("bracelet", 2), ("phone", 21), ("idcard", 10), ("elder", 3),
                ("guishi", 3), ("student", 2), ("passport", 2), ("bankcard", 2), ("wallet", 17), ("keys", 9),
                ("ebike", 3), ("bicycle", 2), ("backpack", 6), ("waistbag", 4), ("incensebag", 4), ("cash", 5),
                ("camera", 6), ("earbuds", 3), ("powerbank", 3), ("watch", 2), ("stick", 10), ("thermos", 10),
                ("umbrella", 4), ("glasses", 3), ("sutra", 2)]
EN_KINDS = {"phone", "passport", "wallet", "keys", "backpack", "waistbag", "incensebag", "cash", "beads", "jade",
            "camera", "earbuds", "powerbank", "watch", "stick", "thermos", "umbrella"}
# params that identify one object (never copied to a look-alike)
IDENT = {"imei", "idno", "number", "tail", "sn", "frame", "plate", "name", "fahao", "years", "cash", "amount",
         "photos", "lock", "grams", "deg", "year", "sex", "bin", "tea"}
TWIN_MUST = {"idno": "serial", "number": "serial", "tail": "serial"}

PLACE_WEIGHTS = {"carpark": 5, "visitor": 5, "shuttle_low": 4, "shuttle_bus": 7, "incense": 7, "veg1": 5, "veg2": 4,
                 "hostel1": 4, "hostel2": 4, "gate": 5, "shuttle_mid": 2, "tianwang": 5, "daxiong": 9, "guanyin": 7,
                 "sutra": 2, "zhaitang": 4, "pond": 4, "bell": 2, "cable_low": 6, "shuttle_cable": 2, "stair": 4,
                 "pav1": 6, "pav2": 5, "pav3": 5, "cable_up": 6, "goldtop": 7, "pagoda": 4, "upper": 3, "view": 5}
DAY_WEIGHTS = [3, 4, 10, 10, 9, 8, 7, 6, 5, 4]      # Sep 29 .. Oct 8


def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def profile(rng, kind):
    if kind == "passport":
        voice = "foreign"
    elif kind == "student":
        voice = "hiker"
    elif kind in ("elder", "guishi"):
        voice = wchoice(rng, [("pilgrim", 5), ("relative", 3), ("guide", 2)])
    elif kind in ("ebike", "bicycle"):
        voice = wchoice(rng, [("local", 3), ("hiker", 1)])
    else:
        opts = [("pilgrim", 34), ("guide", 17), ("hiker", 22), ("relative", 10), ("local", 7)]
        if kind in EN_KINDS:
            opts.append(("foreign", 10))
        voice = wchoice(rng, opts)
    prof = {"voice": voice, "prov": rng.choice(PROVINCE_IDS)}
    if voice in ("pilgrim", "relative"):
        prof["age"] = "old"
        prof["agenum"] = rng.randint(58, 86)
    elif voice == "guide":
        prof["age"] = "old" if rng.random() < 0.7 else "mid"
        prof["agenum"] = rng.randint(55, 80) if prof["age"] == "old" else rng.randint(35, 54)
        prof["agency"] = rng.choice(AGENCIES)
        prof["guide"] = rng.choice(["小", "阿"]) + rng.choice(["刘", "陈", "周", "罗", "唐"])
        prof["member"] = name_zh(rng, prof["age"])
        prof["group"] = "%s%02d%02d-%d" % (rng.choice(["LJ", "XY", "FY", "HZ"]), 10, rng.randint(1, 9), rng.randint(1, 6))
    elif voice == "hiker":
        prof["age"] = "young"
        prof["agenum"] = rng.randint(18, 30)
    elif voice == "foreign":
        prof["age"] = "mid"
        prof["agenum"] = rng.randint(25, 65)
        prof["en_name"] = name_en(rng)
    else:
        prof["age"] = "mid"
        prof["agenum"] = rng.randint(30, 55)
        prof["job"] = rng.choice(["景区保洁", "香烛街摆摊的", "素斋馆后厨", "客栈帮工", "观光车调度员"])
    return prof


def actual_place(rng, kind, p):
    if kind in ("ebike", "bicycle"):
        return rng.choice(["carpark", "visitor", "incense", "veg1", "hostel1", "hostel2", "shuttle_low", "gate"])
    if kind == "keys" and p.get("room") and rng.random() < 0.5:
        return "hostel1" if p["room"][0] == "朝山香客客栈" else "hostel2"
    return wchoice(rng, sorted(PLACE_WEIGHTS.items()))


def belief_of(rng, pid):
    if pid == "shuttle_bus":
        r = rng.random()
        return ["shuttle_bus"] if r < 0.6 else (["shuttle_low"] if r < 0.8 else ["shuttle_bus", "cable_low"])
    nb = neighbours(pid)
    r = rng.random()
    if r < 0.6 or not nb:
        return [pid]
    if r < 0.85:
        return [rng.choice(nb)]
    other = rng.choice(nb)
    return [pid, other] if rng.random() < 0.5 else [other, pid]


def loss_time(rng):
    day = wchoice(rng, list(enumerate(DAY_WEIGHTS)))
    hour = wchoice(rng, [(6, 2), (7, 4), (8, 6), (9, 8), (10, 9), (11, 8), (12, 6), (13, 7), (14, 8), (15, 7), (16, 6), (17, 4), (18, 2)])
    t = day * 1440 + hour * 60 + rng.randint(0, 59)
    return min(t, NOW_ABS - 90)


def window(rng, t):
    before = rng.choice([10, 20, 30, 60, 90, 120, 180, 240])
    after = rng.choice([10, 20, 40, 60, 120, 180, 300])
    if rng.random() < 0.1:
        before += rng.randint(600, 2000)
    tf = max(0, (t - before) // 10 * 10)
    if before < 600:
        tf = max(tf, (t // 1440) * 1440 + 5 * 60 + 30)
    tt = min(NOW_ABS - 5, -(-(t + after) // 10) * 10)
    return tf, tt


def new_truth(rng, kind, fx=None, prof=None):
    kd = KINDS[kind]
    prof = prof or profile(rng, kind)
    p = kd["draw"](rng, dict(fx or {}), prof)
    if prof["voice"] == "guide" and p.get("name") and kind != "passport":
        prof["member"] = p["name"]          # the guide registers for the card holder
    return {"kind": kind, "cat": kd["cat"], "p": p, "prof": prof}


def ftexts(truth):
    return {f["k"]: f for f in FACTS[truth["kind"]](truth["p"])}


def lookalike(rng, base, keep_out, tries=80, want=None, keep_ident=()):
    """Draw a new object of base's kind with base's params except keep_out (and identity)."""
    p0 = base["p"]
    ident = IDENT - set(keep_ident)
    fx = {k: v for k, v in sorted(p0.items()) if k not in ident and k not in keep_out}
    for _ in range(tries):
        t = new_truth(rng, base["kind"], fx, dict(base["prof"]))
        for k, v in fx.items():
            t["p"][k] = v
        if want is None or want(t):
            return t
    return None


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "set119.json")
    rng = random.Random(SEED)

    # 1. hidden truths of the 240 lost objects
    items = []
    for i in range(N_PAIRS + N_LOST_ONLY):
        kind = wchoice(rng, KIND_WEIGHTS)
        t = new_truth(rng, kind)
        t["place"] = actual_place(rng, kind, t["p"])
        t["t_loss"] = loss_time(rng)
        t["tf"], t["tt"] = window(rng, t["t_loss"])
        t["belief"] = belief_of(rng, t["place"])
        t["paired"] = i < N_PAIRS
        t["lost_must"], t["found_must"] = set(), set()
        t["id"] = i
        items.append(t)

    # 2. hard negatives, each shadowing one lost report
    negs = []
    used = set()
    order = list(range(len(items)))
    rng.shuffle(order)
    for label, count in NEG_COUNTS:
        made = 0
        for want_paired in [False, True] * count:
            if made >= count:
                break
            cand = [j for j in order if j not in used and items[j]["paired"] == want_paired]
            rng.shuffle(cand)
            for j in cand:
                n = make_negative(rng, label, items[j])
                if n:
                    used.add(j)
                    negs.append(n)
                    made += 1
                    break
        if made < count:
            raise SystemExit("could not make %d %s negatives" % (count, label))

    # 3. which true pairs are filed under two categories
    cross_ids = [t["id"] for t in items if t["paired"] and KINDS[t["kind"]]["cross"]]
    rng.shuffle(cross_ids)
    cross = {}
    for n, j in enumerate(sorted(cross_ids[:N_CROSS])):
        cross[j] = "lost" if n % 2 == 0 else "found"

    # 4. write the registrations
    lost, found = [], []
    for t in items:
        cat_l = KINDS[t["kind"]]["cross"] if cross.get(t["id"]) == "lost" else None
        rec = write_lost(rng, t, t["belief"], t["tf"], t["tt"], must=sorted(t["lost_must"]), cat=cat_l)
        rec["_id"] = t["id"]
        lost.append(rec)
        if t["paired"]:
            delay = wchoice(rng, [((5, 60), 40), ((60, 360), 35), ((360, 1800), 25)])
            tfound = min(t["t_loss"] + rng.randint(*delay), NOW_ABS - 2)
            tfound = daytime(rng, tfound, t["t_loss"], NOW_ABS - 2)
            cat_f = KINDS[t["kind"]]["cross"] if cross.get(t["id"]) == "found" else None
            frec = write_found(rng, t, t["place"], tfound, must=sorted(t["found_must"]), cat=cat_f)
            frec["_id"] = t["id"]
            found.append(frec)
    for n in negs:
        n["t"] = daytime(rng, n["t"], n["lo"], n["hi"])
        frec = write_found(rng, n["truth"], n["place"], n["t"], must=sorted(n["must"]))
        frec["_id"] = None
        frec["negative"] = n["label"]
        found.append(frec)

    # 5. shuffle, key, link
    rng.shuffle(lost)
    rng.shuffle(found)
    fkey = {}
    found_out = []
    for i, r in enumerate(found, 1):
        key = "%s-F%04d" % (PFX, i)
        if r["_id"] is not None:
            fkey[r["_id"]] = key
        found_out.append(ordered(key, r, "found"))
    lost_out = []
    for i, r in enumerate(lost, 1):
        key = "%s-L%04d" % (PFX, i)
        rr = ordered(key, r, "lost")
        rr["truth"] = fkey.get(r["_id"]) if items[r["_id"]]["paired"] else None
        lost_out.append(rr)
    doc = {"seed": SEED, "made_by": "tests/lostfound/make_set119.py", "parts": {PART: {"found": found_out, "lost": lost_out}}}
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %s: %d lost (%d with truth), %d found (%d negatives)" % (
        out, len(lost_out), sum(1 for r in lost_out if r["truth"]), len(found_out), len(negs)))


FIELD_ORDER = ["category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon"]


def ordered(key, r, side):
    o = {"key": key}
    for f in FIELD_ORDER:
        if f in r:
            o[f] = r[f]
    if side == "lost":
        o["lost_from_min"] = r["lost_from_min"]
        o["lost_to_min"] = r["lost_to_min"]
    else:
        o["found_at_min"] = r["found_at_min"]
        if "negative" in r:
            o["negative"] = r["negative"]
    return o


def near_place(rng, target):
    pool = [target["place"]] + neighbours(target["place"]) + [b for b in target["belief"]]
    return rng.choice(sorted(set(pool)))


def make_negative(rng, label, target):
    k = target["kind"]
    p = target["p"]
    tf, tt = target["tf"], target["tt"]
    tfacts = ftexts(target)
    if label == "near_twin":
        twins = [tw for tw in KINDS[k]["twin"] if p.get(tw) is not None]
        if not twins:
            return None
        tw = rng.choice(twins)
        mk = TWIN_MUST.get(tw, tw)
        if mk != "serial" and not states(target, mk):
            return None
        if mk == "serial" and target["prof"]["voice"] == "foreign" and k != "passport":
            return None
        keep = {"name", "fahao", "year", "sex"} if KINDS[k]["cat"] == "id_doc" or k == "sutra" else set()
        n = lookalike(rng, target, {tw}, want=lambda t: t["p"].get(tw) is not None and t["p"][tw] != p[tw], keep_ident=keep)
        if not n:
            return None
        target["lost_must"].add(mk)
        if target["paired"] and rng.random() < 0.5:
            target["found_must"].add(mk)
        if tw == "idno":
            old = p["idno"]
            while True:
                s17 = old[:14] + "%02d" % rng.randint(0, 99) + old[16]
                if s17 != old[:17]:
                    break
            n["p"]["idno"] = s17 + id_check(s17)
        t = rng.randint(tf, min(tt + 1200, NOW_ABS - 3))
        return {"label": label, "truth": n, "place": near_place(rng, target), "t": t, "must": {mk}, "target": target["id"],
                "lo": tf, "hi": NOW_ABS - 3}
    if label == "found_before_loss":
        if tf < 300:
            return None
        n = lookalike(rng, target, set())
        if not n:
            return None
        nf = ftexts(n)
        shared = sorted(x for x in nf if nf[x]["f"] and x in tfacts and tfacts[x]["f"] == nf[x]["f"])
        must = {"color"} if p.get("color") else set()
        if shared:
            must.add(rng.choice(shared))
        t = tf - rng.randint(120, min(tf, 3000))
        return {"label": label, "truth": n, "place": near_place(rng, target), "t": t, "must": must, "target": target["id"],
                "lo": 0, "hi": tf - 60}
    if label == "same_brand_other_place_time":
        if not p.get("brand") or tt + 1500 > NOW_ABS - 30:
            return None
        fx_keep = {"brand"} | ({"color"} if rng.random() < 0.5 else set())
        fx = {x: p[x] for x in fx_keep if p.get(x) is not None}
        if "model" in p and rng.random() < 0.5:
            fx["model"] = p["model"]
        n = None
        for _ in range(40):
            c = new_truth(rng, k, fx)
            for x, v in fx.items():
                c["p"][x] = v
            if c["p"].get("brand") == p["brand"]:
                n = c
                break
        if not n:
            return None
        far = far_from(target["place"], 900)
        if not far:
            return None
        target["lost_must"].add("brand")
        t = rng.randint(tt + 1500, NOW_ABS - 30)
        return {"label": label, "truth": n, "place": rng.choice(far), "t": t, "must": {"brand"}, "target": target["id"],
                "lo": tt + 1440, "hi": NOW_ABS - 3}
    if label == "same_category_colour":
        col = p.get("color")

        def ok(c):
            if c["p"].get("color") != col:
                return False
            if p.get("brand") and c["p"].get("brand") == p["brand"]:
                return False
            return bool(diff_keys(target, c))
        n = None
        for _ in range(80):
            c = new_truth(rng, k, {"color": col} if col else {})
            if ok(c):
                n = c
                break
        if not n:
            return None
        dk = diff_keys(target, n)
        d = rng.choice(dk)
        must = {d} | ({"color"} if col else set())
        target["lost_must"] |= must
        t = rng.randint(tf, min(tt + 1440, NOW_ABS - 3))
        return {"label": label, "truth": n, "place": near_place(rng, target), "t": t, "must": must, "target": target["id"],
                "lo": tf, "hi": NOW_ABS - 3}
    raise ValueError(label)


def states(t, key):
    """Can the owner of t state fact `key` in their own voice, and could a finder see it?"""
    f = ftexts(t).get(key)
    if not f or not f["f"]:
        return False
    return bool(f["e"] if t["prof"]["voice"] == "foreign" else f["o"])


def diff_keys(a, b):
    fa, fb = ftexts(a), ftexts(b)
    out = sorted(x for x in fa if states(a, x) and x in fb and fb[x]["f"] and fa[x]["f"] != fb[x]["f"])
    if a["p"].get("brand") and b["p"].get("brand") and a["p"]["brand"] != b["p"]["brand"]:
        out.append("brand")
    return out


if __name__ == "__main__":
    main()
