#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes set110.json beside this file: a blind labelled lost-and-found set for a Shanghai-style
metro interchange and office district in the plum-rain season.  Standard library only; one
random.Random(SEED); byte-identical output on every run and under any PYTHONHASHSEED.

    PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 tests/lostfound/make_set110.py
"""

import copy
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from set110_world import NOW, CONCERT_DAY, PLACES, NEAR, FAR, BANKS  # noqa: E402
from set110_things import BANK_EN  # noqa: E402
from set110_things import GEN, wpick  # noqa: E402
from set110_voice import make_lost, make_found, place_word, PLACE_EN  # noqa: E402

SEED = 1101019
PFX = "S110"
PART = "set110"

PAIRS = {"phone": 22, "id_doc": 20, "wallet": 16, "keys": 12, "bag": 16, "electronics": 16, "other": 22,
         "jewelry": 8, "cash": 6, "ebike": 6, "bicycle": 6}
LOST_ONLY = {"phone": 12, "id_doc": 10, "wallet": 10, "keys": 8, "bag": 8, "electronics": 9, "other": 14,
             "jewelry": 6, "cash": 6, "ebike": 3, "bicycle": 4}
NEGATIVES = [("near_twin", 22), ("near_twin_unstated", 10), ("same_category_colour", 34),
             ("found_before_loss", 26), ("same_brand_elsewhere", 23), ("card_tail_clash", 5)]
MAX_CROSS = 4

GENERIC_PLACES = [("qf_x1", 6), ("qf_x2", 8), ("qf_x5", 4), ("qf_x7", 5), ("qf_hall", 8), ("qf_l2", 6), ("qf_l14", 5),
                  ("train2", 6), ("hl_t1", 8), ("hl_t2", 8), ("hl_b2", 2), ("lt_mall", 9), ("lt_food", 5),
                  ("rc_hosp", 5), ("rc_er", 2), ("yf_lane", 5), ("yf_market", 3), ("locker", 3), ("bus", 3),
                  ("stadium", 6), ("stadium_x", 2), ("taxi", 5)]


def loss_place(rng, o):
    c, s = o["cat"], o["sub"]
    if c == "ebike":
        return wpick(rng, [("qf_x5", 4), ("hl_b2", 3), ("locker", 2), ("yf_lane", 2), ("lt_mall", 1)])
    if c == "bicycle":
        return wpick(rng, [("qf_x5", 4), ("qf_x7", 3), ("yf_lane", 2), ("hl_b2", 1), ("bus", 1)])
    special = {"lightstick": [("stadium", 4), ("stadium_x", 1)], "records": [("rc_hosp", 3), ("rc_er", 1), ("bus", 1)],
               "cart": [("yf_market", 3), ("yf_lane", 2)], "cane": [("yf_lane", 2), ("rc_hosp", 2), ("bus", 1)],
               "parcel": [("locker", 3), ("hl_t1", 1), ("hl_t2", 1), ("bus", 1)],
               "hearing": [("yf_lane", 2), ("rc_hosp", 2), ("yf_market", 1), ("bus", 1)],
               "medcard": [("rc_hosp", 4), ("rc_er", 2), ("yf_market", 1)],
               "passport": [("hl_t1", 2), ("hl_t2", 2), ("taxi", 2), ("qf_l2", 1), ("lt_mall", 1)],
               "badge": [("hl_t1", 3), ("hl_t2", 3), ("qf_x2", 2), ("qf_hall", 2), ("lt_food", 2), ("hl_b2", 1)]}
    if s in special:
        return wpick(rng, special[s])
    return wpick(rng, GENERIC_PLACES)


def owner_persona(rng, o, place):
    s = o["sub"]
    if s == "passport" or (o["cat"] == "cash" and s == "foreign"):
        return "expat"
    if s in ("hearing", "cane", "cart"):
        return "ayi"
    if s == "parcel":
        return "courier"
    if s == "lightstick":
        return "student"
    if s in ("records", "medcard"):
        return wpick(rng, [("patient", 6), ("ayi", 4)])
    if o["cat"] == "ebike" and any(f["slot"] == "box" and "外卖" in f["zh"][0] for f in o["feats"]):
        return "rider"
    kind = PLACES[place][4]
    table = {"lane": [("ayi", 7), ("office", 2), ("parent", 1)],
             "hospital": [("patient", 5), ("ayi", 3), ("office", 2)],
             "stadium": [("student", 7), ("office", 2), ("expat", 1)],
             "office": [("office", 13), ("expat", 4), ("rider", 2), ("courier", 1)],
             "metro": [("office", 10), ("student", 3), ("expat", 3), ("ayi", 2), ("rider", 1), ("parent", 2)],
             "train": [("office", 10), ("student", 3), ("expat", 3), ("ayi", 2), ("parent", 2)],
             "mall": [("office", 7), ("student", 5), ("parent", 4), ("expat", 2), ("ayi", 2)],
             "street": [("courier", 2), ("rider", 3), ("office", 3), ("ayi", 3)],
             "taxi": [("office", 5), ("expat", 3), ("parent", 2)]}[kind]
    return wpick(rng, table)


def finder_persona(rng, o, place):
    kind = PLACES[place][4]
    if o["cat"] in ("ebike", "bicycle"):
        return wpick(rng, [("patrol", 5), ("property", 3 if kind == "office" else 0), ("citizen", 2), ("ayi", 1 if kind == "lane" else 0)])
    table = {"metro": [("metro", 14), ("citizen", 3), ("expat", 1), ("rider", 1), ("ayi", 1)],
             "train": [("metro", 1)],
             "office": [("property", 14), ("citizen", 4), ("expat", 2)],
             "mall": [("mall", 15), ("citizen", 5)],
             "hospital": [("hospital", 14), ("ayi", 3), ("citizen", 3)],
             "lane": [("ayi", 12), ("citizen", 4), ("patrol", 4)],
             "street": [("locker", 6 if place == "locker" else 0), ("citizen", 6), ("rider", 4), ("patrol", 4)],
             "stadium": [("stadium", 16), ("citizen", 4)],
             "taxi": [("taxi", 1)]}[kind]
    return wpick(rng, table)


def pick_time(rng, place):
    if place in ("stadium", "stadium_x"):
        t = CONCERT_DAY * 1440 + rng.randint(18 * 60 + 30, 22 * 60 + 50)
        return t
    day = 27 - min(27, int(rng.expovariate(1 / 7.0)))
    kind = PLACES[place][4]
    if kind in ("metro", "train"):
        m = wpick(rng, [(rng.randint(450, 570), 4), (rng.randint(1050, 1200), 4), (rng.randint(360, 1380), 2)])
    elif kind == "office":
        m = rng.randint(510, 1230)
    elif kind == "mall":
        m = rng.randint(660, 1290)
    elif kind == "hospital":
        m = rng.randint(450, 960)
    elif kind == "lane":
        m = rng.randint(360, 1140)
    else:
        m = rng.randint(420, 1320)
    t = day * 1440 + m
    while t > NOW - 40:
        t -= 1440
    return t


def pick_window(rng, t, o, persona):
    if o["cat"] in ("ebike", "bicycle"):
        kind = wpick(rng, [("half", 4), ("vague", 6)])
    elif persona == "ayi":
        kind = wpick(rng, [("precise", 3), ("half", 5), ("vague", 2)])
    else:
        kind = wpick(rng, [("precise", 45), ("half", 35), ("vague", 20)])
    if kind == "precise":
        lf, lt = t - rng.randint(5, 70), t + rng.randint(5, 80)
    elif kind == "half":
        lf, lt = t - rng.randint(60, 400), t + rng.randint(30, 300)
    else:
        lf, lt = t - rng.randint(720, 3500), t + rng.randint(60, 900)
    lf = max(0, lf)
    lt = min(lt, NOW - 5)
    return lf, lt


def found_place_time(rng, place, t):
    if place == "train2":
        fp = "far_dt" if rng.random() < 0.6 else "train2"
    elif place == "taxi":
        fp = "taxi"
    else:
        r = rng.random()
        fp = place if r < 0.55 else rng.choice(NEAR[place])
    if place in ("stadium", "stadium_x") and rng.random() < 0.7:
        tf = CONCERT_DAY * 1440 + rng.randint(22 * 60 + 40, 23 * 60 + 55)
        if tf < t:
            tf = t + rng.randint(10, 90)
    else:
        delay = wpick(rng, [(rng.randint(5, 90), 45), (rng.randint(90, 720), 35), (rng.randint(720, 2880), 15),
                            (rng.randint(2880, 8000), 5)])
        if place == "train2":
            delay = rng.randint(15, 80)
        tf = t + delay
    tf = daytime(rng, min(tf, NOW - 3), fp)
    return fp, max(tf, t)


def daytime(rng, tf, fp):
    """institutions do not register things at 3 a.m.: move a small-hours find to the morning"""
    if fp in ("stadium", "stadium_x"):
        return tf
    if (tf % 1440) < 360:
        tf = (tf // 1440) * 1440 + 360 + rng.randint(0, 100)
    return min(tf, NOW - 3)


def render_pair_found(rng, o, fp, tf, **kw):
    fin = finder_persona(rng, o, fp)
    return make_found(o, fin, rng, tf, fp, **kw)


def main():
    rng = random.Random(SEED)
    lost_items = []     # dicts: rec, obj, place, lf, lt, mentioned, found (rec) or None
    cross = 0
    for paired, table in ((True, PAIRS), (False, LOST_ONLY)):
        for cat in sorted(table):
            for _ in range(table[cat]):
                o = GEN[cat](rng)
                place = loss_place(rng, o)
                if place == "taxi":
                    ends = ["hl_t1", "hl_t2", "qf_x2", "lt_mall", "rc_hosp", "yf_lane", "stadium", "far_bh"]
                    a = rng.choice(ends)
                    o["route"] = (a, rng.choice([e for e in ends if e != a]))
                t = pick_time(rng, place)
                persona = owner_persona(rng, o, place)
                lf, lt = pick_window(rng, t, o, persona)
                cross_here = paired and o["alt_cat"] and cross < MAX_CROSS and rng.random() < 0.5
                force = ("laptop",) if (cross_here and o["cat"] == "bag") else ()
                lrec, ment = make_lost(o, persona, rng, lf, lt, place, force=force)
                item = {"rec": lrec, "obj": o, "place": place, "t": t, "lf": lf, "lt": lt, "ment": ment, "found": None}
                if paired:
                    fp, tf = found_place_time(rng, place, t)
                    frec, _ = render_pair_found(rng, o, fp, tf)
                    if cross_here:
                        cross += 1
                        if o["cat"] == "bag":
                            lrec["category"] = "electronics"
                        else:
                            frec["category"] = o["alt_cat"]
                    item["found"] = frec
                lost_items.append(item)

    negatives = []
    for kind, n in NEGATIVES:
        made = 0
        guard = 0
        while made < n:
            guard += 1
            assert guard < 5000, kind
            tgt = rng.choice(lost_items)
            o = tgt["obj"]
            neg = make_negative(rng, kind, tgt)
            if neg is None:
                continue
            neg["negative"] = kind
            negatives.append(neg)
            made += 1

    # keys: shuffle so that order tells nothing
    founds = [it["found"] for it in lost_items if it["found"] is not None] + negatives
    order = list(range(len(founds)))
    rng.shuffle(order)
    fkey = {}
    found_out = []
    for i, idx in enumerate(order):
        k = "%s-F%04d" % (PFX, i + 1)
        fkey[id(founds[idx])] = k
        rec = dict(key=k)
        rec.update(founds[idx])
        found_out.append(rec)
    lorder = list(range(len(lost_items)))
    rng.shuffle(lorder)
    lost_out = []
    for i, idx in enumerate(lorder):
        it = lost_items[idx]
        rec = dict(key="%s-L%04d" % (PFX, i + 1))
        rec.update(it["rec"])
        rec["truth"] = fkey[id(it["found"])] if it["found"] is not None else None
        lost_out.append(rec)
    out = {"seed": SEED, "made_by": "tests/lostfound/make_set110.py",
           "parts": {PART: {"found": found_out, "lost": lost_out}}}
    path = os.path.join(HERE, "set110.json")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(out, ensure_ascii=False, indent=1))
        fh.write("\n")
    print("wrote %s: %d found (%d negatives), %d lost (%d with truth)" % (
        path, len(found_out), len(negatives), len(lost_out), sum(1 for r in lost_out if r["truth"])))


IDENT = ("bank", "idcard", "cash", "amount", "laptop")


def fresh_like(rng, o, same_color=True, same_brand=True, same_sub=True):
    kw = {}
    if same_color and o["color"]:
        kw["color"] = o["color"]
    if same_brand and o["brand"]:
        kw["brand"] = o["brand"]
    if same_sub and o["sub"] and o["cat"] in ("id_doc", "bag", "jewelry", "electronics", "other", "wallet", "cash"):
        kw["sub"] = o["sub"]
    n = GEN[o["cat"]](rng, **kw)
    if same_brand and o["brand"] and n["brand"] != o["brand"]:
        return None
    if same_color and o["color"] and n["color"] != o["color"]:
        return None
    return n


def after_loss_time(rng, tgt, spread=1500):
    lo = tgt["lf"]
    hi = min(NOW - 3, tgt["lt"] + spread)
    tf = rng.randint(lo, max(lo, hi))
    return max(lo, daytime(rng, tf, tgt["place"]))


def near_place(rng, place):
    if place == "train2":
        return rng.choice(["far_dt", "train2", "qf_l2"])
    if place == "taxi":
        return "taxi"
    return place if rng.random() < 0.5 else rng.choice(NEAR[place])


def make_negative(rng, kind, tgt):
    o = tgt["obj"]
    place = tgt["place"]
    if kind == "near_twin":
        if o["cat"] in ("cash",):
            return None
        n = fresh_like(rng, o)
        if n is None:
            return None
        n["model"] = o["model"]
        fp = near_place(rng, place)
        tf = after_loss_time(rng, tgt, 900)
        force = tuple(s for s in sorted(tgt["ment"]) if s != "serial")
        rec, _ = render_pair_found(rng, n, fp, tf, force=force, fill=2 if "serial" in tgt["ment"] else None)
        return rec
    if kind == "near_twin_unstated":
        if o["cat"] in ("id_doc", "cash", "ebike"):
            return None
        n = fresh_like(rng, o)
        if n is None:
            return None
        tw = copy.deepcopy(o)
        tw["serial"] = n["serial"]
        keep = [f for f in o["feats"] if f["slot"] in tgt["ment"] and f["slot"] not in IDENT]
        newf = [f for f in n["feats"] if f["slot"] not in tgt["ment"] or f["slot"] in IDENT]
        tw["feats"] = copy.deepcopy(keep) + newf
        forbid = tuple(sorted(set(IDENT)))
        fp = near_place(rng, place)
        tf = after_loss_time(rng, tgt, 600)
        rec, _ = render_pair_found(rng, tw, fp, tf, forbid=forbid, no_serial=True)
        return rec
    if kind == "same_category_colour":
        if not o["color"]:
            return None
        n = fresh_like(rng, o, same_brand=False, same_sub=rng.random() < 0.6)
        if n is None or (o["brand"] and n["brand"] == o["brand"] and rng.random() < 0.7):
            return None
        fp = near_place(rng, place)
        tf = after_loss_time(rng, tgt, 2000)
        rec, _ = render_pair_found(rng, n, fp, tf)
        return rec
    if kind == "found_before_loss":
        n = fresh_like(rng, o, same_brand=bool(o["brand"]))
        if n is None:
            return None
        if rng.random() < 0.5:
            n["model"] = o["model"]
        fp = near_place(rng, place)
        tf = daytime(rng, tgt["lf"] - rng.randint(45, 4300), fp)
        if tf < 30 or tf > tgt["lf"] - 30:
            return None
        rec, _ = render_pair_found(rng, n, fp, tf)
        return rec
    if kind == "same_brand_elsewhere":
        if not o["brand"]:
            return None
        n = fresh_like(rng, o, same_color=rng.random() < 0.5, same_sub=True)
        if n is None:
            return None
        fp = rng.choice(FAR)
        tf = daytime(rng, rng.randint(max(30, tgt["lf"] - 6000), NOW - 3), fp)
        rec, _ = render_pair_found(rng, n, fp, tf)
        return rec
    if kind == "card_tail_clash":
        if o["cat"] != "wallet":
            return None
        tail = o["serial"]["value"]
        n = fresh_like(rng, o, same_brand=False, same_color=rng.random() < 0.5, same_sub=False)
        if n is None:
            return None
        for f in n["feats"]:
            if f["slot"] == "bank":
                b = f["bank"]
                others = [x for x in BANKS if x[0] != o["serial"]["bank"][0]]
                b = rng.choice(others)
                f["bank"], f["tail"] = b, tail
                f["zh"] = ["%s卡尾号%s" % (b[1], tail)]
                f["en"] = "%s card ending %s" % (BANK_EN[b[1]], tail)
                break
        n["serial"]["value"] = tail
        fp = near_place(rng, place)
        tf = after_loss_time(rng, tgt, 1500)
        rec, _ = render_pair_found(rng, n, fp, tf, force=("bank",), force_open=True)
        return rec
    raise ValueError(kind)


if __name__ == "__main__":
    main()
