# -*- coding: utf-8 -*-
"""Write set108.json: a blind lost-and-found set for 麦丘县 (invented), central plain, wheat harvest.

Run:  PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 tests/lostfound/make_set108.py
The output is written beside this file and is byte-identical on every run (one random.Random(SEED),
no set or dict iteration order reaches a draw).
"""
import copy
import datetime
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from set108_world import NOW, PLACES, PLACE_KEYS, FAR_PLACES   # noqa: E402
from set108_objects import Registry, make_object, make_person, pick_w, new_id, new_digits, new_imei, \
    new_frame, new_sn, new_plate   # noqa: E402
from set108_voices import render_lost, render_found, jitter   # noqa: E402

SEED = 1080813
PFX = "S108"
PART = "set108"

PAIR_PLAN = {"id_doc": 22, "phone": 28, "wallet": 18, "keys": 12, "ebike": 16, "bicycle": 8, "bag": 14,
             "cash": 6, "jewelry": 8, "electronics": 10, "other": 8}
UNFOUND_PLAN = {"id_doc": 10, "phone": 18, "wallet": 14, "keys": 8, "ebike": 10, "bicycle": 5, "bag": 7,
                "cash": 7, "jewelry": 5, "electronics": 4, "other": 2}
NEG_PLAN = [("near_twin", 22), ("serial_conflict", 12), ("same_cat_color", 30), ("found_before_loss", 22),
            ("similar_place", 14), ("same_brand_far", 20)]
MAX_CROSS = 4
STATION = ("城关派出所门口", 34.0430, 114.6215)


def voice_for(rng, place, cat):
    kind = PLACES[place]["kind"]
    if kind == "school":
        return "student" if cat in ("id_doc", "electronics", "bicycle", "bag") or rng.random() < 0.5 else "villager"
    if kind == "fuel":
        return "crew" if rng.random() < 0.8 else "migrant"
    if kind == "bus":
        return pick_w(rng, {"migrant": 5, "terse": 2, "elder": 1.5, "villager": 1.5, "crew": 0.5})
    if kind == "grain":
        return pick_w(rng, {"grain": 6, "elder": 2, "villager": 2})
    if kind == "road":
        return pick_w(rng, {"terse": 3, "villager": 3, "migrant": 2.5, "elder": 1.5})
    return pick_w(rng, {"elder": 4, "villager": 3.5, "terse": 1, "migrant": 1.5, "crew": 0.3})


def place_for(rng, cat):
    weights = {}
    for k in PLACE_KEYS:
        w = PLACES[k]["cats"].get(cat, 0)
        if w:
            weights[k] = w * (0.35 if k.startswith("v:") else 1.0)
    return pick_w(rng, weights)


def loss_minute(rng, place):
    pl = PLACES[place]
    days = [d for d in (pl["days"] or list(range(1, 23))) if d <= 22]
    while True:
        d = rng.choice(days)
        h = rng.randint(pl["hours"][0], pl["hours"][1] - 1)
        dt = datetime.datetime(2025, 6, d, h, rng.randint(0, 59))
        t = int((NOW - dt).total_seconds() // 60)
        if t >= 30:
            return t


def window(rng, t):
    a = pick_w(rng, {"s": 4, "m": 3.5, "l": 2, "x": 0.5})
    before = {"s": rng.randint(0, 60), "m": rng.randint(60, 240), "l": rng.randint(240, 720),
              "x": rng.randint(720, 2880)}[a]
    after = rng.choice([0, rng.randint(0, 45), rng.randint(30, 180), rng.randint(120, 600)])
    lf = t + before
    start, lost = NOW - datetime.timedelta(minutes=lf), NOW - datetime.timedelta(minutes=t)
    if start.hour < 5 and start.date() == lost.date() and lost.hour >= 6:
        # nobody says "from two in the night": the window opens when they set out
        lf = max(t, int((NOW - start.replace(hour=5, minute=rng.randint(0, 59))).total_seconds() // 60))
    return lf, max(0, t - after)


def find_delay(rng):
    k = pick_w(rng, {"a": 4.5, "b": 3, "c": 2, "d": 0.5})
    return {"a": rng.randint(5, 120), "b": rng.randint(120, 720), "c": rng.randint(720, 4320),
            "d": rng.randint(4320, 11520)}[k]


def where_at(rng, place, mode):
    pl = PLACES[place]
    name = pl["village"] if pl["kind"] == "village" and rng.random() < 0.6 else rng.choice(pl["names"])
    if mode == "same":
        lat, lon = jitter(rng, pl["lat"], pl["lon"], 150)
        return dict(name=name, sub=rng.choice(pl["subs"]), lat=lat, lon=lon, kind=pl["kind"])
    if mode == "near":
        lat, lon = jitter(rng, pl["lat"], pl["lon"], 1200)
        return dict(name=name, sub=rng.choice(["附近", "附近路边", "旁边的小路上", "外边路口"]), lat=lat, lon=lon,
                    kind=pl["kind"])
    if mode == "station":
        return dict(name=STATION[0], sub="", lat=STATION[1], lon=STATION[2], kind="station")
    raise ValueError(mode)


def where_far(rng):
    n, la, lo = rng.choice(FAR_PLACES)
    lat, lon = jitter(rng, la, lo, 300)
    return dict(name=n, sub=rng.choice(["", "路边", "附近"]), lat=lat, lon=lon, kind="far")


def true_where(rng, o):
    place = o["place"]
    m = pick_w(rng, {"same": 78, "near": 12, "moved": 10})
    if m == "moved":
        if place in ("bus", "bus_wj"):
            return where_at(rng, "bus_wj" if place == "bus" else "bus", "same")
        return where_at(rng, place, "station")
    return where_at(rng, place, m)


def fix_money(rng, o, anchor):
    """A near-twin of a wallet or cash parcel holds about the same money, not the same."""
    if anchor["cash"] is None:
        return
    amt = max(20, anchor["cash"] + rng.choice([-200, -100, -50, -30, 20, 40, 100, 150]))
    o["cash"] = amt
    for i, (a, b) in enumerate(o["cont"]):
        if b.startswith("内有现金") or b.startswith("现金人民币"):
            nb = ("内有现金%d元" % amt) if b.startswith("内有现金") else ("现金人民币%d元" % amt)
            o["cont"][i] = (a, nb)


def renumber(rng, reg, o, person):
    """Give a look-alike its own identifiers (same kind of number, different value)."""
    s = o["serial"]
    if s:
        s = dict(s)
        if s["type"] == "imei":
            s["v"], s["v2"] = new_imei(rng, reg)
        elif s["type"] == "id":
            s["v"] = new_id(rng, reg, person)
        elif s["type"] == "card":
            s["v"] = new_digits(rng, reg, s["v"][:4], 12)
        elif s["type"] == "exam":
            s["v"] = new_digits(rng, reg, s["v"][:8], 4)
        elif s["type"] == "stuno":
            s["v"] = new_digits(rng, reg, "2022", 4)
        elif s["type"] == "frame":
            s["v"] = new_frame(rng, reg, s["v"][:2])
        elif s["type"] == "sn":
            s["v"] = new_sn(rng, reg, s["v"][:1] if not s["v"].startswith("DJ") else "DJ")
        o["serial"] = s
    if o["plate"]:
        o["plate"] = new_plate(rng, reg)
    conts = []
    for a, b in o["cont"]:
        m = re.search(r"尾号(\d{4})", a) or re.search(r"\*\*\*\*(\d{4})", b)
        if m:
            tail = m.group(1)
            if o["serial"] and o["serial"]["type"] == "card":
                new = o["serial"]["v"][-4:]
            else:
                while True:
                    new = "%04d" % rng.randint(0, 9999)
                    if new != tail:
                        break
            a, b = a.replace(tail, new), b.replace(tail, new)
        conts.append((a, b))
    o["cont"] = conts
    if o["name"]:
        old = o["name"]
        o["name"] = person["name"]
        o["cont"] = [(a, b.replace(old, person["name"])) for a, b in o["cont"]]
        o["vis"] = [(a.replace(old, person["name"]), b.replace(old, person["name"])) for a, b in o["vis"]]


def fresh_like(rng, reg, anchor, same_kind, same_color=False):
    person = make_person(rng, anchor["owner"]["voice"])
    for _ in range(60):
        f = make_object(rng, reg, anchor["cat"], person, anchor["place"])
        if (not same_kind or f["kind"] == anchor["kind"]) and (not same_color or f["color"] == anchor["color"]):
            return f, person
    return f, person


def daylight(rng, fm):
    """Most things are picked up and handed in by day: a find that would fall in the small hours
    moves to the next morning (later, so never before the loss)."""
    d = NOW - datetime.timedelta(minutes=fm)
    if 6 <= d.hour < 22:
        return fm
    morning = (d + datetime.timedelta(days=1 if d.hour >= 22 else 0)).replace(hour=6, minute=0)
    later = fm - int((morning - d).total_seconds() // 60) - rng.randint(0, 150)
    return later if later >= 0 else fm


def make_negative(rng, reg, kind, a_obj, stated, lf, lt):
    """Returns (object, where, found_at_min, hide, force)."""
    hide, force = set(), set()
    if kind in ("near_twin", "serial_conflict", "found_before_loss"):
        f, person = fresh_like(rng, reg, a_obj, True)
        t = copy.deepcopy(a_obj)
        t["owner"] = person
        renumber(rng, reg, t, person)
        keep_p = 1.0 if kind != "found_before_loss" else 0.6
        vis = []
        for i, v in enumerate(t["vis"]):
            if ("vis:%d" % i) in stated and rng.random() < keep_p:
                vis.append(v)
        for v in f["vis"]:
            if v not in vis and len(vis) < max(2, len(t["vis"])):
                vis.append(v)
        t["vis"] = vis
        t["hid"] = f["hid"]
        if t["opens"]:
            cont = [c for i, c in enumerate(t["cont"]) if ("cont:%d" % i) in stated
                    and not (kind == "near_twin" and ("卡号" in c[1] or "户名" in c[1]))]
            money = ("内有现金", "现金人民币")
            has_money = any(c[1].startswith(money) for c in cont)
            cont += [c for c in f["cont"] if c not in cont and not (has_money and c[1].startswith(money))][:1]
            if not any(c[1].startswith(money) for c in cont):
                cont += [c for c in f["cont"] if c[1].startswith(money)][:1]
            t["cont"] = cont
            fix_money(rng, t, a_obj)
        t["alt_cat"] = None
        if kind == "near_twin":
            for k in ("serial", "plate", "name"):
                if k in stated:
                    hide.add(k)
            if "name" in stated:
                hide.add("serial")
        elif kind == "serial_conflict":
            if "serial" in stated:
                force.add("serial")
            # the conflicting identifier is written; other unstated ones may show or not
        where = where_at(rng, a_obj["place"], "same" if rng.random() < 0.7 else "near")
        if kind == "found_before_loss":
            fm = min(172800, lf + rng.randint(30, 4320))
            fm2 = daylight(rng, fm)
            fm = fm2 if fm2 > lf else fm
        else:
            fm = daylight(rng, rng.randint(max(0, lt - 1440), lf))
        return t, where, fm, hide, force
    if kind == "same_cat_color":
        for _ in range(40):
            f, person = fresh_like(rng, reg, a_obj, rng.random() < 0.5, True)
            if a_obj["brand"] is None or f["brand"] != a_obj["brand"]:
                break
        f["color"] = a_obj["color"]
        where = where_at(rng, a_obj["place"], "same" if rng.random() < 0.6 else "near")
        fm = daylight(rng, rng.randint(max(0, lt - 1440), lf))
        return f, where, fm, hide, force
    if kind == "similar_place":
        f, person = fresh_like(rng, reg, a_obj, True, rng.random() < 0.8)
        f["color"] = a_obj["color"]
        if rng.random() < 0.5:
            f["brand"], f["model"] = a_obj["brand"], a_obj["model"]
        sister = PLACES[a_obj["place"]]["sister"]
        where = where_at(rng, sister, "same")
        fm = daylight(rng, rng.randint(max(0, lt - 1440), lf))
        return f, where, fm, hide, force
    if kind == "same_brand_far":
        f, person = fresh_like(rng, reg, a_obj, True)
        f["brand"] = a_obj["brand"]
        if rng.random() < 0.5:
            f["model"] = a_obj["model"]
        where = where_far(rng)
        if lt > 9000 and rng.random() < 0.5:
            fm = daylight(rng, rng.randint(0, lt - 7000))
        else:
            fm = min(172800, lf + rng.randint(4000, 20000))
            fm2 = daylight(rng, fm)
            fm = fm2 if fm2 > lf else fm
        return f, where, fm, hide, force
    raise ValueError(kind)


def eligible(kind, a):
    o, st = a["obj"], a["stated"]
    if kind == "serial_conflict":
        return bool(st & {"serial", "plate", "name"})
    if kind == "same_brand_far":
        return o["brand"] is not None
    if kind == "same_cat_color":
        return o["color"] is not None
    return True


def main(debug=None):
    rng = random.Random(SEED)
    reg = Registry()
    lost_items = []
    plan = [("pair", c, n) for c, n in sorted(PAIR_PLAN.items())] + \
           [("unfound", c, n) for c, n in sorted(UNFOUND_PLAN.items())]
    for role, cat, n in plan:
        for _ in range(n):
            place = place_for(rng, cat)
            person = make_person(rng, voice_for(rng, place, cat))
            o = make_object(rng, reg, cat, person, place)
            t = loss_minute(rng, place)
            lf, lt = window(rng, t)
            rec, stated = render_lost(rng, o, lf, lt)
            rec["lost_from_min"], rec["lost_to_min"] = lf, lt
            lost_items.append(dict(role=role, obj=o, t=t, lf=lf, lt=lt, rec=rec, stated=stated, found=None))

    found_items = []
    cross = 0
    for a in lost_items:
        if a["role"] != "pair":
            continue
        o = a["obj"]
        fm = daylight(rng, max(0, a["t"] - find_delay(rng)))
        cat = o["cat"]
        if o["alt_cat"] and cross < MAX_CROSS and rng.random() < 0.8:
            cat = o["alt_cat"]
            cross += 1
        rec = render_found(rng, o, true_where(rng, o), fm, cat)
        rec["found_at_min"] = fm
        f = dict(rec=rec, owner=a)
        a["found"] = f
        found_items.append(f)

    # hard negatives, anchored on lost reports: half on reports whose item never turns up
    pools = {"unfound": [a for a in lost_items if a["role"] == "unfound"],
             "pair": [a for a in lost_items if a["role"] == "pair"]}
    uses = {}
    i = 0
    for kind, n in NEG_PLAN:
        for _ in range(n):
            first = "unfound" if i % 2 == 0 else "pair"
            i += 1
            cand = []
            for pool in (first, "pair" if first == "unfound" else "unfound"):
                cand = [a for a in pools[pool] if eligible(kind, a) and uses.get(id(a), 0) < 2]
                if cand:
                    break
            low = min(uses.get(id(a), 0) for a in cand)
            cand = [a for a in cand if uses.get(id(a), 0) == low]
            a = rng.choice(cand)
            uses[id(a)] = uses.get(id(a), 0) + 1
            nobj, where, fm, hide, force = make_negative(rng, reg, kind, a["obj"], a["stated"], a["lf"], a["lt"])
            rec = render_found(rng, nobj, where, fm, nobj["cat"], hide, force)
            rec["found_at_min"] = fm
            rec["negative"] = kind
            found_items.append(dict(rec=rec, owner=None, anchor=a))

    rng.shuffle(found_items)
    for k, f in enumerate(found_items, 1):
        f["key"] = "%s-F%04d" % (PFX, k)
    rng.shuffle(lost_items)
    lost_out = []
    for k, a in enumerate(lost_items, 1):
        a["key"] = "%s-L%04d" % (PFX, k)
        rec = dict(key=a["key"])
        rec.update(a["rec"])
        rec["truth"] = a["found"]["key"] if a["found"] else None
        lost_out.append(rec)
    found_out = []
    for f in found_items:
        rec = dict(key=f["key"])
        rec.update(f["rec"])
        found_out.append(rec)

    if debug is not None:   # for a reviewer reading negatives beside their anchors; not written
        for f in found_items:
            if f.get("anchor"):
                debug.append((f["key"], f["anchor"]["key"]))
    out = {"seed": SEED, "made_by": "tests/lostfound/make_set108.py",
           "parts": {PART: {"found": found_out, "lost": lost_out}}}
    path = os.path.join(HERE, "set108.json")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %s: %d found (%d negatives), %d lost (%d with truth)" % (
        path, len(found_out), sum(1 for f in found_out if "negative" in f), len(lost_out),
        sum(1 for l in lost_out if l["truth"])))


if __name__ == "__main__":
    main()
