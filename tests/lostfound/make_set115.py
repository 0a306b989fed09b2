#!/usr/bin/env python3
"""Write tests/lostfound/set115.json: a blind labelled lost-and-found set.

World: 燕岭大学 in the invented northern provincial capital 北川市, and its high-speed station
北川西站, in freshmen week (新生报到, 军训).  Written from the brief only, without looking at
the matcher.  Hidden truth records of objects come first; each lost report and each found
registration is then written from that truth separately, in its own voice.

Usage: python3 tests/lostfound/make_set115.py [--out PATH]
"""
import copy
import datetime
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from set115_kinds import features, gen_object, mutate_serial  # noqa: E402
from set115_voice import render_found, render_lost  # noqa: E402
from set115_world import (FAR, FINDERS, NEAR, PLACE_FINDERS, PLACES, TWIN, at, id_number, minutes_of,  # noqa: E402
                          name_cn, person_parent, person_student)

SEED = 115015
PFX = "S115"
PART = "set115"

N_TRUE = {"id_doc": 30, "phone": 25, "wallet": 14, "keys": 12, "ebike": 8, "bicycle": 8, "bag": 18,
          "cash": 6, "jewelry": 7, "electronics": 14, "other": 8}
N_NULL = {"id_doc": 16, "phone": 16, "wallet": 9, "keys": 8, "ebike": 4, "bicycle": 5, "bag": 10,
          "cash": 6, "jewelry": 5, "electronics": 7, "other": 4}
N_NEG = [("near_twin", 24), ("same_cat_color", 24), ("found_before_loss", 20), ("same_brand_far", 18),
         ("similar_place", 14), ("serial_near_miss", 14), ("number_collision", 6)]
CAT_KINDS = {
    "id_doc": [("idcard", 5), ("stucard", 3), ("campuscard", 4), ("bankcard", 3), ("letter", 2), ("passport", 1)],
    "phone": [("phone", 1)], "wallet": [("wallet", 1)], "keys": [("keys", 1)], "ebike": [("ebike", 1)],
    "bicycle": [("bicycle", 1)],
    "bag": [("suitcase", 3), ("backpack", 3), ("canvas", 2), ("handbag", 2)],
    "cash": [("cash", 1)], "jewelry": [("jewelry", 1)],
    "electronics": [("laptop", 3), ("tablet", 2), ("earbuds", 3), ("powerbank", 2)],
    "other": [("uniform", 3), ("sim", 2), ("umbrella", 2), ("glasses", 1)],
}
KIND_PLACES = {
    "idcard": ["WAIT", "EXIT", "TRANK", "TAXI", "SHUT", "TENT", "PH1", "PH2", "HOT", "C1", "EG", "SHS"],
    "passport": ["WAIT", "EXIT", "TAXI", "TENT", "SHUT", "PH1"],
    "stucard": ["TENT", "C1", "C2", "LIB", "D12", "D13", "M3", "M5", "NPG", "B305", "WG", "EG"],
    "campuscard": ["C1", "C2", "LIB", "D12", "D13", "M3", "M5", "NPG", "SPG", "B305", "EXP", "EG", "WG", "ST"],
    "bankcard": ["TENT", "GYM", "PH1", "PH2", "C1", "ST", "EG"],
    "letter": ["WAIT", "SHUT", "SHS", "TENT", "TAXI", "EXIT", "SHC"],
    "phone": ["WAIT", "EXIT", "TAXI", "SHUT", "TENT", "C1", "C2", "LIB", "NPG", "SPG", "PH1", "PH2", "ST", "B305",
              "EG", "WG", "D12", "M3", "TRANK", "HOT"],
    "wallet": ["WAIT", "EXIT", "TAXI", "SHUT", "TENT", "C1", "C2", "PH1", "PH2", "ST", "B305", "EG", "WG", "HOT", "TRANK"],
    "keys": ["D12", "D13", "M3", "M5", "C1", "C2", "LIB", "NPG", "SPG", "EXP", "B305", "ST"],
    "ebike": ["EG", "WG", "SG", "ST", "D12", "D13", "C1", "LIB"],
    "bicycle": ["D12", "D13", "M3", "M5", "LIB", "C1", "C2", "EG", "WG", "NPG"],
    "suitcase": ["WAIT", "EXIT", "TRANK", "TAXI", "SHUT", "SHS", "SHC", "TENT", "D12", "D13", "M3", "M5", "HOT"],
    "backpack": ["WAIT", "SHUT", "TENT", "C1", "C2", "LIB", "NPG", "B305", "EG", "WG", "ST", "TAXI"],
    "canvas": ["TENT", "GYM", "SHC", "D12", "D13", "M3", "M5", "C1", "C2"],
    "handbag": ["WAIT", "TAXI", "SHUT", "TENT", "HOT", "C1", "ST", "PH1"],
    "cash": ["TENT", "GYM", "PH1", "PH2", "HOT", "TAXI", "WAIT", "ST", "C1"],
    "jewelry": ["WAIT", "HOT", "TENT", "D12", "M3", "NPG", "C1", "C2", "GYM"],
    "laptop": ["LIB", "C1", "C2", "WAIT", "SHUT", "TAXI", "D12", "M5"],
    "tablet": ["LIB", "WAIT", "SHUT", "TAXI", "C1", "TENT"],
    "earbuds": ["NPG", "SPG", "LIB", "C1", "B305", "SHUT", "WAIT"],
    "powerbank": ["WAIT", "LIB", "NPG", "SPG", "TENT", "C2", "SHUT"],
    "uniform": ["NPG", "SPG", "D12", "D13", "M3", "M5", "TENT", "GYM"],
    "sim": ["PH1", "PH2", "ST", "EG", "C1"],
    "umbrella": ["LIB", "C1", "C2", "B305", "NPG", "WAIT"],
    "glasses": ["LIB", "NPG", "SPG", "C1", "WAIT"],
}
PARENT_P = {"handbag": 1.0, "cash": 0.7, "jewelry": 0.5, "idcard": 0.3, "wallet": 0.35, "phone": 0.25, "suitcase": 0.15}
INTL_P = {"passport": 1.0, "phone": 0.08, "laptop": 0.15, "backpack": 0.1, "wallet": 0.08, "campuscard": 0.1,
          "bicycle": 0.1, "tablet": 0.1, "earbuds": 0.1}
LOCAL_P = {"ebike": 0.8, "bicycle": 0.3, "phone": 0.05, "wallet": 0.05, "umbrella": 0.2}
DEBUG = {}  # for eyeballing the set while writing it; never written out
CROSS = {"letter": "other", "earbuds": "other", "powerbank": "other", "bankcard": "other"}


def wpick(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.uniform(0, tot)
    for v, w in pairs:
        r -= w
        if r <= 0:
            return v
    return pairs[-1][0]


def person_local(rng):
    p = person_student(rng)
    birth = datetime.date(1975, 1, 1) + datetime.timedelta(days=rng.randint(0, 9000))
    p.update(role="local", birth=birth, idno=id_number(rng, "13", birth), prov="河北", dialect="plain", block=None)
    return p


def make_holder(rng, kind):
    if rng.random() < INTL_P.get(kind, 0):
        return person_student(rng, intl=True)
    if rng.random() < LOCAL_P.get(kind, 0):
        return person_local(rng)
    s = person_student(rng)
    if rng.random() < PARENT_P.get(kind, 0):
        return person_parent(rng, s)
    return s


def make_reporter(rng, holder):
    r = holder["role"]
    if r == "student" and holder.get("intl"):
        if rng.random() < 0.8:
            return dict(holder, role="intl")
        return dict(role="counsellor", name=name_cn(rng))
    if r in ("parent", "local"):
        return holder
    x = rng.random()
    if x < 0.62:
        return holder
    if x < 0.82:
        return person_parent(rng, holder)
    return dict(role="counsellor", name=name_cn(rng))


def sample_time(rng, pk, parent):
    days = PLACES[pk]["days"]
    if parent:
        days = [d for d in days if d <= 7] or days
    d = rng.choice(list(days))
    hour = rng.randint(7, 21) if d < 12 else rng.randint(7, 18)
    dt = datetime.datetime(2025, 9, d, hour, rng.randint(0, 59))
    return minutes_of(dt)


def span(rng):
    return wpick(rng, [((5, 40), 3), ((30, 180), 4), ((120, 600), 2), ((600, 2880), 1)])


def plan_loss(rng, kind, pk, parent):
    t = sample_time(rng, pk, parent)
    a, b = span(rng)
    lf = t + rng.randint(a, b)
    h, m = at(lf).hour, at(lf).minute
    if h < 6:
        lf += (h + 1) * 60 + m
    a, b = span(rng)
    lt = max(0, t - rng.randint(a, b))
    return dict(place=pk, t_loss=t, lost_from=lf, lost_to=lt, alt=None)


def make_lost_plans(rng):
    plans = []
    for truth, table in (("true", N_TRUE), ("null", N_NULL)):
        for cat in sorted(table):
            for _ in range(table[cat]):
                kind = wpick(rng, CAT_KINDS[cat])
                holder = make_holder(rng, kind)
                if kind == "passport" and not holder.get("intl"):
                    holder = person_student(rng, intl=True)
                if holder.get("intl") and kind in ("idcard", "stucard", "letter", "bankcard", "keys", "uniform", "sim"):
                    holder = person_student(rng)
                if kind in ("stucard", "campuscard", "letter", "keys", "uniform", "canvas") and holder["role"] == "parent":
                    holder = holder["child"]
                rep = make_reporter(rng, holder)
                o = gen_object(rng, kind, holder)
                pk = rng.choice(KIND_PLACES[kind])
                if rep["role"] == "parent":
                    ok = [x for x in KIND_PLACES[kind] if min(PLACES[x]["days"]) <= 7]
                    pk = pk if pk in ok else rng.choice(ok)
                loss = plan_loss(rng, kind, pk, rep["role"] == "parent")
                plans.append(dict(truth=truth, cat=cat, obj=o, rep=rep, loss=loss, forced=set(), negs=[]))
    # a few more on bus 305, for the number collisions
    b305 = [p for p in plans if p["obj"]["kind"] in ("earbuds", "umbrella", "keys", "backpack", "campuscard", "phone")
            and p["loss"]["place"] != "B305"]
    for p in rng.sample(b305, 6):
        p["loss"] = plan_loss(rng, p["obj"]["kind"], "B305", p["rep"]["role"] == "parent")
    return plans


def plan_true_found(rng, p):
    loss = p["loss"]
    pk = loss["place"]
    near = NEAR.get(pk, [pk])
    if len(near) > 1 and rng.random() < 0.15:
        loss["alt"] = rng.choice(near[1:])
        fpk = loss["alt"]
    elif rng.random() < 0.55:
        fpk = pk
    else:
        fpk = rng.choice(near)
    a, b = wpick(rng, [((5, 120), 4), ((120, 720), 3), ((720, 4320), 2)])
    fa = loss["t_loss"] - rng.randint(a, b)
    if fa < 0:
        fa = rng.randint(0, loss["t_loss"])
    return fpk, daytime(fa)


def finder_for(rng, pk):
    return rng.choice(PLACE_FINDERS.get(pk) or FINDERS[PLACES[pk]["zone"]])


def fresh_holder_like(rng, h):
    if h.get("intl"):
        return person_student(rng, intl=True)
    if h["role"] == "parent":
        return person_parent(rng, person_student(rng))
    if h["role"] == "local":
        return person_local(rng)
    return person_student(rng)


KEEP_ATTRS = ["type", "mat", "size", "case", "env", "sleeve", "cover", "unit", "bank", "op", "pkg", "pend"]


def twin_of(rng, t, keep_all=True):
    h = fresh_holder_like(rng, t["holder"])
    if t["kind"] == "keys" and h.get("role") != "student":
        h = person_student(rng)
    n = gen_object(rng, t["kind"], h)
    n["brand"], n["color"] = t["brand"], t["color"]
    n["model"] = t["model"] if keep_all or rng.random() < 0.5 else n["model"]
    if keep_all:
        for k in KEEP_ATTRS:
            if k in t["a"] and rng.random() < 0.6:
                n["a"][k] = copy.deepcopy(t["a"][k])
        if t["kind"] == "jewelry":
            n["a"]["type"] = t["a"]["type"]
    elif t["kind"] == "jewelry":
        n["a"]["type"] = t["a"]["type"]
    if t["kind"] == "jewelry":
        n["color"] = t["color"]
    return n


def visible_diff(t, n, rng):
    tf = {f["k"]: f for f in features(t)}
    nf = {f["k"]: f for f in features(n)}
    ks = sorted(k for k in tf if k in nf and tf[k]["ident"] and tf[k]["own"] and nf[k]["fnd"]
                and tf[k]["own"][0] != nf[k]["own"][0])
    if not ks and t["serial"] and n["serial"] and t["serial"] != n["serial"] and t["serial"][0] != "imei":
        return "__serial"
    return rng.choice(ks) if ks else None


def set_serial(o, sv):
    o["serial"] = sv
    t, v = sv
    a, h = o["a"], o["holder"]
    if t == "stuno":
        h["stuno"] = v
    elif t == "idno":
        h["idno"] = v
    elif t == "bank":
        a["tail"] = v
    elif t == "plate":
        a["plate"] = v
    elif t == "sticker":
        a["sticker"] = v
    elif t == "ksh":
        a["ksh"] = v
    elif t == "passport":
        h["passport"] = v


def daytime(fa, later=True):
    """people hand things in by day: move a small-hours time to the morning (or the evening before)"""
    dt = at(fa)
    if dt.hour >= 6:
        return fa
    if later:
        return max(0, fa - ((6 - dt.hour) * 60 + 30 - dt.minute))
    return fa + dt.hour * 60 + dt.minute + 90


def found_after(rng, loss):
    lo = max(0, loss["lost_to"] - 2880)
    hi = max(lo, loss["lost_from"] - 5)
    return daytime(rng.randint(lo, hi))


def make_negative(rng, label, p):
    t, loss = p["obj"], p["loss"]
    pk = loss["place"]
    nforced, lforced = set(), set()
    for _ in range(20):
        if label == "same_cat_color":
            kinds = [k for k, _ in CAT_KINDS[p["cat"]] if k != t["kind"] and k != "passport"]
            kind = rng.choice(kinds) if kinds and rng.random() < 0.7 else t["kind"]
            h = fresh_holder_like(rng, t["holder"])
            if kind in ("stucard", "campuscard", "letter", "keys", "uniform", "canvas", "idcard", "bankcard", "sim") and \
                    (h.get("intl") or h["role"] != "student"):
                h = person_student(rng)
            n = gen_object(rng, kind, h)
            if t["color"]:
                n["color"] = t["color"]
            if kind == t["kind"] and t["brand"] and n["brand"] == t["brand"]:
                continue
            fpk, fa = rng.choice(NEAR.get(pk, [pk])), found_after(rng, loss)
            if n["brand"]:
                nforced.add("__brand")
            if kind == t["kind"]:
                d = visible_diff(t, n, rng)
                if d:
                    nforced.add(d)
                    lforced.add(d)
            return n, fpk, fa, nforced, lforced
        n = twin_of(rng, t, keep_all=label in ("near_twin", "found_before_loss", "serial_near_miss"))
        if label == "near_twin":
            fpk, fa = rng.choice(NEAR.get(pk, [pk])), found_after(rng, loss)
        elif label == "found_before_loss":
            fpk = rng.choice([pk, pk] + NEAR.get(pk, [pk]))
            fa = loss["lost_from"] + rng.choice([rng.randint(20, 240), rng.randint(240, 2880), rng.randint(2880, 20000)])
            fa = daytime(fa, later=False)
            return n, fpk, fa, nforced, lforced
        elif label == "same_brand_far":
            if rng.random() < 0.5:
                n["color"] = gen_object(rng, t["kind"], n["holder"])["color"] or t["color"]
            fpk, fa = rng.choice(FAR), daytime(rng.randint(0, max(0, loss["lost_from"] - 5)))
            nforced.add("__brand")
            lforced.add("__brand")
        elif label == "similar_place":
            fpk, fa = TWIN[pk], found_after(rng, loss)
        elif label == "serial_near_miss":
            if t["serial"][0] == "stuno":  # adjacent student numbers: a classmate
                n["holder"]["college"] = t["holder"]["college"]
            set_serial(n, mutate_serial(t, rng))
            fpk, fa = rng.choice(NEAR.get(pk, [pk])), found_after(rng, loss)
            nforced.add("__serial")
            lforced.add("__serial")
            return n, fpk, fa, nforced, lforced
        elif label == "number_collision":
            fa = found_after(rng, loss)
            if pk == "B305":
                fpk = rng.choice(["D12", "D13", "M3", "M5"])
                nforced.add("__dorm305")
            else:
                fpk = "B305"
                lforced.add("__dorm")
        d = visible_diff(t, n, rng)
        if d is None:
            continue
        nforced.add(d)
        lforced.add(d)
        return n, fpk, fa, nforced, lforced
    raise RuntimeError("no negative for %s %s" % (label, t["kind"]))


def eligible(label, p):
    o, pk = p["obj"], p["loss"]["place"]
    if len(p["negs"]) >= 2:
        return False
    if label == "serial_near_miss":
        return bool(o["serial"]) and o["kind"] not in ("wallet",)
    if label == "same_brand_far":
        return bool(o["brand"])
    if label == "similar_place":
        return pk in TWIN
    if label == "number_collision":
        h = o["holder"]
        return pk == "B305" or (h.get("room") == "305" and h.get("block") and not h.get("intl")
                                and p["rep"]["role"] in ("student", "counsellor", "parent"))
    if label == "same_cat_color":
        return bool(o["color"]) and o["kind"] != "jewelry"
    return True


def build():
    rng = random.Random(SEED)
    plans = make_lost_plans(rng)
    # true found items
    for p in plans:
        if p["truth"] == "true":
            p["fpk"], p["fa"] = plan_true_found(rng, p)
        elif rng.random() < 0.1 and len(NEAR.get(p["loss"]["place"], [])) > 1:
            p["loss"]["alt"] = rng.choice(NEAR[p["loss"]["place"]][1:])
    # hard negatives
    negs = []
    for label, cnt in N_NEG:
        for _ in range(cnt):
            pool_null = [p for p in plans if p["truth"] == "null" and eligible(label, p)]
            pool_true = [p for p in plans if p["truth"] == "true" and eligible(label, p)]
            pool = pool_null if (rng.random() < 0.6 and pool_null) or not pool_true else pool_true
            p = rng.choice(pool)
            n, fpk, fa, nforced, lforced = make_negative(rng, label, p)
            p["negs"].append(label)
            p["forced"] |= lforced
            negs.append(dict(obj=n, fpk=fpk, fa=fa, forced=nforced, label=label, target=p))
    # cross-category filing, at most one pair per kind
    crossed = set()
    for p in plans:
        k = p["obj"]["kind"]
        if p["truth"] == "true" and k in CROSS and k not in crossed:
            p["fcat"] = CROSS[k]
            crossed.add(k)
    # write the lost reports
    order = list(range(len(plans)))
    rng.shuffle(order)
    lost, found_pending = [], []
    for i, idx in enumerate(order):
        p = plans[idx]
        key = "%s-L%04d" % (PFX, i + 1)
        hurried = rng.random() < 0.12 and not p["forced"]
        rec = dict(key=key, category=p["cat"])
        rec.update(render_lost(rng, p["obj"], p["rep"], p["loss"], p["forced"], hurried))
        rec["lost_from_min"] = p["loss"]["lost_from"]
        rec["lost_to_min"] = p["loss"]["lost_to"]
        rec["truth"] = None
        lost.append(rec)
        p["rec"] = rec
        if p["truth"] == "true":
            found_pending.append(dict(obj=p["obj"], fpk=p["fpk"], fa=p["fa"], forced=set(), label=None,
                                      lost=rec, cat=p.get("fcat", p["cat"])))
    for n in negs:
        n["cat"] = n["obj"]["cat"]
        n["lost"] = None
        found_pending.append(n)
    rng.shuffle(found_pending)
    found = []
    for i, f in enumerate(found_pending):
        key = "%s-F%04d" % (PFX, i + 1)
        terse = rng.random() < 0.15 and not f["forced"]
        rec = dict(key=key, category=f["cat"])
        rec.update(render_found(rng, f["obj"], finder_for(rng, f["fpk"]), f["fpk"], f["fa"], f["forced"], terse))
        rec["found_at_min"] = f["fa"]
        f["rec"] = rec
        if f["lost"] is not None:
            f["lost"]["truth"] = key
        else:
            rec["negative"] = f["label"]
        found.append(rec)
    DEBUG["negs"] = negs
    return {"seed": SEED, "made_by": "tests/lostfound/make_set115.py",
            "parts": {PART: {"found": found, "lost": lost}}}


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set115.json")
    if "--out" in sys.argv:
        out = sys.argv[sys.argv.index("--out") + 1]
    data = build()
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=False)
        fh.write("\n")
    part = data["parts"][PART]
    print("wrote %s: %d found, %d lost" % (out, len(part["found"]), len(part["lost"])))


if __name__ == "__main__":
    main()
