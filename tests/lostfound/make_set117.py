#!/usr/bin/env python3
"""Write tests/lostfound/set117.json: a blind lost-and-found set for the invented lakeside
city of 湄澜 during marathon weekend and spring tea picking (late April 2025).

Deterministic: one random.Random(SEED); no set iteration, no hash-dependent order.
"""
import copy
import datetime
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from set117_world import (SEED, NOW, RACE_DAY, PLACES, PLACE_KEYS, mins_before, near_places, far_places,
                          make_imei, make_idno, zh_name, en_name, dist_m)
from set117_objects import make_object, fill_marks, slot_gen, digits, letters, plate, frame_no, PHONE_MODELS, M
from set117_write import render_lost, render_found

PFX = "S117"
PART = "set117"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set117.json")

LOST_COUNTS = [("phone", 40, 26), ("wallet", 30, 19), ("id_doc", 28, 18), ("keys", 25, 15), ("bag", 30, 19),
               ("electronics", 28, 17), ("jewelry", 16, 10), ("bicycle", 10, 6), ("ebike", 10, 6), ("cash", 8, 5),
               ("other", 15, 9)]
NEG_COUNTS = [("near_twin", 25), ("found_before_loss", 30), ("same_category_colour", 35), ("same_brand_elsewhere", 30)]

ZONE_W = {
    "phone": {"race": 3, "causeway": 2, "tea": 2, "shore": 2, "metro": 3, "market": 2, "far": 0.5},
    "wallet": {"race": 2, "causeway": 2, "tea": 2, "shore": 1, "metro": 3, "market": 3, "far": 0.5},
    "id_doc": {"race": 2, "causeway": 1, "tea": 2, "shore": 1, "metro": 2, "market": 1, "far": 1},
    "keys": {"race": 3, "causeway": 2, "tea": 2, "shore": 1, "metro": 2, "market": 2},
    "ebike": {"tea": 3, "market": 3, "metro": 2, "race": 1},
    "bicycle": {"causeway": 3, "tea": 2, "race": 2, "market": 1},
    "bag": {"race": 4, "shore": 2, "metro": 2, "tea": 2, "market": 1},
    "cash": {"shore": 3, "market": 3, "tea": 2, "race": 1},
    "jewelry": {"shore": 4, "causeway": 2, "tea": 1, "market": 1},
    "electronics": {"race": 4, "shore": 3, "metro": 1, "tea": 1, "causeway": 1},
    "other": {"race": 2, "shore": 2, "tea": 2, "causeway": 2, "market": 1, "metro": 1},
}
VOICE_W = {
    "race": {"runner_cn": 5, "runner_en": 2, "elder": 1, "tourist_en": 1, "generic": 1},
    "causeway": {"elder": 4, "runner_cn": 2, "tourist_en": 2, "generic": 3},
    "tea": {"tea_farmer": 4, "tourist_en": 1.5, "generic": 3.5, "elder": 1},
    "shore": {"couple": 4.5, "photographer": 2.5, "tourist_en": 1.5, "generic": 1.5},
    "metro": {"generic": 4, "runner_cn": 2, "elder": 2, "tourist_en": 2},
    "market": {"elder": 3.5, "tea_farmer": 3, "generic": 2, "tourist_en": 1.5},
    "far": {"generic": 1, "tourist_en": 1},
}
WIDTH = {"runner_cn": (30, 240, 0, 120), "runner_en": (30, 240, 0, 120), "elder": (60, 180, 30, 180),
         "couple": (60, 300, 0, 120), "photographer": (60, 300, 0, 120), "tea_farmer": (120, 480, 30, 240),
         "tourist_en": (30, 600, 0, 300), "generic": (20, 720, 0, 240)}


def wchoice(rng, d):
    keys = sorted(d)
    tot = sum(d[k] for k in keys)
    x = rng.uniform(0, tot)
    for k in keys:
        x -= d[k]
        if x <= 0:
            return k
    return keys[-1]


def pick_place(rng, cat, zone):
    cands = [k for k in PLACE_KEYS if PLACES[k][0] == zone]
    if cat in ("ebike", "bicycle"):
        cands = [k for k in cands if k != "m_train"] or cands
    return rng.choice(cands)


def round_down(dt, m=30):
    return dt.replace(minute=(dt.minute // m) * m, second=0)


def round_up(dt, m=30):
    r = round_down(dt, m)
    return r if r == dt else r + datetime.timedelta(minutes=m)


def loss_time(rng, zone):
    if zone == "race" and rng.random() < 0.7:
        base = datetime.datetime(RACE_DAY.year, RACE_DAY.month, RACE_DAY.day, 6, 30)
        return base + datetime.timedelta(minutes=rng.randrange(0, 7 * 60))
    while True:
        day = datetime.datetime(2025, 4, 23) + datetime.timedelta(days=rng.randrange(0, 10))
        lo, hi = {"tea": (6, 18), "shore": (8, 18)}.get(zone, (7, 21))
        t = day + datetime.timedelta(minutes=rng.randrange(lo * 60, hi * 60))
        if t <= NOW - datetime.timedelta(minutes=120):
            return t


def window(rng, t, voice, hurried):
    a0, a1, b0, b1 = (30, 90, 0, 60) if hurried else WIDTH[voice]
    a = t - datetime.timedelta(minutes=rng.randint(a0, a1))
    b = t + datetime.timedelta(minutes=rng.randint(b0, b1))
    early = t.replace(hour=5, minute=30)
    if a < early:
        a = min(early, t)
    if b.date() != t.date() and b.hour >= 0 and not (t.hour >= 20):
        b = min(b, t.replace(hour=23, minute=30))
    if not hurried and rng.random() < 0.05:
        a = t - datetime.timedelta(minutes=rng.randint(1440, 3 * 1440))
    a = round_down(a)
    b = round_up(b)
    if b > NOW - datetime.timedelta(minutes=10):
        b = round_down(NOW - datetime.timedelta(minutes=10))
    if b < t:
        b = t
    return a, b


def daytime(f, rng):
    """People hand things in between 6:00 and 22:30; a night find moves to the next morning."""
    if f.hour < 6:
        f = f.replace(hour=6, minute=rng.randrange(0, 60))
    elif f.hour >= 23 or (f.hour == 22 and f.minute > 30):
        f = (f + datetime.timedelta(days=1)).replace(hour=6, minute=rng.randrange(0, 60))
    return f


def found_time(rng, t):
    r = rng.random()
    d = rng.randint(5, 180) if r < 0.6 else (rng.randint(180, 1440) if r < 0.9 else rng.randint(1440, 4320))
    f = daytime(t + datetime.timedelta(minutes=d), rng)
    lim = NOW - datetime.timedelta(minutes=5)
    if f > lim:
        span = max(0, int((lim - t).total_seconds() // 60))
        f = t + datetime.timedelta(minutes=rng.randint(0, span))
    return f.replace(second=0)


def found_place(rng, place):
    r = rng.random()
    if PLACES[place][0] == "metro" and r < 0.5:
        return rng.choice([k for k in PLACE_KEYS if PLACES[k][0] == "metro"])
    if r < 0.35:
        return place
    near = near_places(place)
    return rng.choice(near) if near else place


# ------------------------------------------------------------------ negatives
def new_serial_like(rng, s, owner_name=None):
    s2 = dict(s)
    k = s["kind"]
    for _ in range(50):
        if k == "imei":
            v = make_imei(rng)
        elif k == "card":
            v = s["value"][:6] + digits(rng, 10)
        elif k == "idno":
            v = make_idno(rng, int(s["value"][6:10]))
        elif k == "student":
            v = s["value"][:4] + digits(rng, 6)
        elif k == "passport":
            v = letters(rng, 1) + digits(rng, 7) + letters(rng, 1)
        elif k == "plate":
            v = plate(rng)
        elif k == "frame":
            v = frame_no(rng)
        elif k == "bagtag":
            v = "%s-%04d" % (s["value"][0], rng.randrange(1, 3000))
        elif k == "keytag":
            v = "No.%s" % digits(rng, 5)
        elif k == "cert":
            v = "NGTC%s" % digits(rng, 10)
        else:
            v = s["value"][:2] + digits(rng, 3) + letters(rng, 1) + digits(rng, 5)
        if v[-4:] != s["value"][-4:] and v[-5:].lower() != s["value"][-5:].lower():
            s2["value"] = v
            return s2
    raise RuntimeError("no serial")


TWIN_SLOTS = ("lock", "count", "fob", "idcard", "amount", "engrave", "contents")


def twin_mark(rng, obj, slot):
    """Replace the mark in `slot` with a different value; return True on success."""
    old = [m for m in obj["marks"] if m["slot"] == slot][0]
    gen = slot_gen(obj, slot)
    for _ in range(60):
        if slot == "amount":
            obj["amount"] = rng.choice([a for a in (200, 500, 800, 1000, 1600, 2600, 3800, 5000)
                                        if abs(a - obj["amount"]) > 0.45 * obj["amount"]])
        if slot == "idcard":
            obj["owner"] = zh_name(rng)
        m = gen(rng, obj)
        if m["fzh"] == old["fzh"] or m["zh"] == old["zh"]:
            continue
        if slot == "cash":
            continue  # amounts written approximately by owners: not a fair one-detail twin
        obj["marks"] = [m if x is old else x for x in obj["marks"]]
        return True
    return False


def make_negative(rng, kind, L, ctx):
    """L: the targeted lost entry. Returns (obj, place, when, force_serial, force_slots) or None."""
    tgt = L["obj"]
    a, b = L["a"], L["b"]
    after = lambda: daytime(a + datetime.timedelta(minutes=rng.randint(20, 2 * 1440)), rng)
    cap = NOW - datetime.timedelta(minutes=5)
    if kind == "near_twin":
        o = copy.deepcopy(tgt)
        st = L["stated"]
        # only slots where two values contradict each other (one lock screen, one engraving, one name...)
        slots = [m["slot"] for m in tgt["marks"] if m["slot"] in st["slots"] and m["vis"] != "owner" and m["slot"] in TWIN_SLOTS]
        use_serial = st["serial"] and tgt["serial"]["kind"] != "cert" and (not slots or rng.random() < 0.6)
        if use_serial:
            o["serial"] = new_serial_like(rng, tgt["serial"])
            o["serial"]["finder"] = True
            fs, fsl = True, ()
        elif slots:
            sl = rng.choice(slots)
            if not twin_mark(rng, o, sl):
                return None
            fs, fsl = False, (sl,)
            if o["serial"]:
                o["serial"] = new_serial_like(rng, tgt["serial"])
                o["serial"]["finder"] = False
        else:
            return None
        if tgt["cat"] != "id_doc" or not use_serial:
            if "idcard" not in fsl:
                o["owner"] = tgt["owner"]
        o.pop("found_cat", None)
        place = found_place(rng, L["place"])
        when = min(after(), cap)
        return o, place, when, fs, fsl, "differs in one stated detail: %s" % ("serial" if fs else fsl[0])
    if kind == "found_before_loss":
        o = copy.deepcopy(tgt)
        o.pop("found_cat", None)
        if o["serial"]:
            o["serial"] = new_serial_like(rng, tgt["serial"])
        fill_marks(rng, o)
        place = found_place(rng, L["place"])
        when = a - datetime.timedelta(minutes=rng.randint(45, 3 * 1440))
        if when.hour < 6:
            when = when.replace(hour=rng.randrange(18, 22))
        elif when.hour >= 22:
            when = when.replace(hour=rng.randrange(19, 22))
        if when >= a:
            when = a - datetime.timedelta(minutes=rng.randint(45, 600))
        return o, place, when, False, (), "found before the loss window began"
    if kind == "same_category_colour":
        for _ in range(40):
            zone = PLACES[L["place"]][0]
            o = make_object(rng, tgt["cat"], {"zone": zone, "english": False})
            o["color"] = tgt["color"]
            if tgt["cat"] == "id_doc" and o["type"] == tgt["type"]:
                pass
            if tgt["brand"] and o["brand"] == tgt["brand"]:
                continue
            if o.get("type") == tgt.get("type") and o.get("model") == tgt.get("model") and o["brand"] == tgt["brand"] and tgt["cat"] not in ("id_doc", "cash"):
                continue
            break
        if tgt["cat"] == "cash":
            o["container"] = tgt["container"]
        place = found_place(rng, L["place"]) if rng.random() < 0.7 else rng.choice(PLACE_KEYS)
        when = min(after(), cap)
        return o, place, when, False, (), "same category and colour, different object"
    if kind == "same_brand_elsewhere":
        o = copy.deepcopy(tgt)
        o.pop("found_cat", None)
        if o["serial"]:
            o["serial"] = new_serial_like(rng, tgt["serial"])
        o["owner"] = zh_name(rng)
        if o["cat"] == "phone":
            o["model"] = rng.choice(PHONE_MODELS[o["brand"]])
        if rng.random() < 0.5:
            o["color"] = rng.choice([c for c in ("black", "white", "blue", "grey", "red", "silver") if c != tgt["color"]])
        fill_marks(rng, o)
        far = far_places(L["place"])
        place = rng.choice(far)
        if b + datetime.timedelta(minutes=1500) < cap and rng.random() < 0.8:
            when = min(cap, daytime(b + datetime.timedelta(minutes=rng.randint(1500, int((cap - b).total_seconds() // 60))), rng))
        else:
            when = min(after(), cap)
        return o, place, when, False, (), "same brand, different place and time"
    raise ValueError(kind)


# ------------------------------------------------------------------ main
def main():
    rng = random.Random(SEED)
    lost = []
    for cat, n, ntrue in LOST_COUNTS:
        flags = [True] * ntrue + [False] * (n - ntrue)
        rng.shuffle(flags)
        for has_truth in flags:
            zone = wchoice(rng, ZONE_W[cat])
            place = pick_place(rng, cat, zone)
            voice = wchoice(rng, VOICE_W[zone])
            en = voice in ("runner_en", "tourist_en")
            obj = make_object(rng, cat, {"zone": zone, "english": en})
            t = loss_time(rng, zone)
            if voice.startswith("runner"):
                # runners write about race day: lost between the start and the early afternoon
                t = datetime.datetime(RACE_DAY.year, RACE_DAY.month, RACE_DAY.day, 9, 0) + datetime.timedelta(minutes=rng.randrange(0, 330))
            elif zone == "race" and t.date() != RACE_DAY and voice == "elder" and rng.random() < 0.5:
                voice = "generic"
            hurried = rng.random() < 0.1
            a, b = window(rng, t, voice, hurried)
            lost.append({"obj": obj, "place": place, "voice": voice, "t": t, "a": a, "b": b, "hurried": hurried,
                         "has_truth": has_truth, "negs": 0})

    # a few pairs filed under different categories by the two sides
    cross = [("electronics", "earbuds", "other"), ("id_doc", "id", "wallet"), ("bag", "waist", "other"), ("keys", "keys", "other")]
    for cat, typ, fcat in cross:
        for L in lost:
            o = L["obj"]
            if L["has_truth"] and o["cat"] == cat and o["type"] == typ and "found_cat" not in o:
                o["found_cat"] = fcat
                break

    for L in lost:
        L["rec"], L["stated"] = render_lost(rng, L["obj"], L["voice"], L["place"], L["a"], L["b"], L["hurried"])

    found = []
    for i, L in enumerate(lost):
        if not L["has_truth"]:
            continue
        fp = found_place(rng, L["place"])
        fw = found_time(rng, L["t"])
        rec = render_found(rng, L["obj"], fp, fw)
        found.append({"rec": rec, "truth_of": i, "negative": None})
        L["found_idx"] = len(found) - 1

    # hard negatives
    for kind, n in NEG_COUNTS:
        made = 0
        guard = 0
        while made < n:
            guard += 1
            if guard > 5000:
                raise RuntimeError("cannot place negatives of kind %s" % kind)
            want_truth = (made % 2 == 0)
            cands = [i for i, L in enumerate(lost) if L["has_truth"] == want_truth and L["negs"] < 2]
            if kind == "same_brand_elsewhere":
                cands = [i for i in cands if lost[i]["obj"]["brand"]]
            if kind == "found_before_loss":
                cands = [i for i in cands if lost[i]["obj"]["cat"] != "id_doc"]
            if kind == "near_twin":
                cands = [i for i in cands if (lost[i]["stated"]["serial"] and lost[i]["obj"]["serial"]["kind"] != "cert")
                         or any(x in TWIN_SLOTS for x in lost[i]["stated"]["slots"])]
            i = rng.choice(cands)
            res = make_negative(rng, kind, lost[i], {})
            if res is None:
                continue
            o, place, when, fs, fsl, why = res
            if kind == "found_before_loss":
                assert when < lost[i]["a"], (kind, i)
            else:
                assert lost[i]["a"] <= when <= NOW, (kind, i)
            rec = render_found(rng, o, place, when, force_serial=fs, force_slots=fsl)
            found.append({"rec": rec, "truth_of": None, "negative": kind, "target": i, "why": why})
            lost[i]["negs"] += 1
            made += 1

    # order and keys
    lo = list(range(len(lost)))
    rng.shuffle(lo)
    fo = list(range(len(found)))
    rng.shuffle(fo)
    fkey = {}
    for n, fi in enumerate(fo):
        fkey[fi] = "%s-F%04d" % (PFX, n + 1)
    lkey = {}
    for n, li in enumerate(lo):
        lkey[li] = "%s-L%04d" % (PFX, n + 1)

    out_found = []
    for fi in fo:
        F = found[fi]
        r = {"key": fkey[fi]}
        r.update(F["rec"])
        if F["negative"]:
            r["negative"] = F["negative"]
        out_found.append(r)
    out_lost = []
    for li in lo:
        L = lost[li]
        r = {"key": lkey[li]}
        r.update(L["rec"])
        r["lost_from_min"] = mins_before(L["a"])
        r["lost_to_min"] = mins_before(L["b"])
        r["truth"] = fkey[L["found_idx"]] if L["has_truth"] else None
        out_lost.append(r)

    if "--explain" in sys.argv:
        # print each hard negative next to the report it was built against (not written to the json)
        for fi in fo:
            F = found[fi]
            if F["negative"]:
                print("%s %-22s vs %s (%s): %s" % (fkey[fi], F["negative"], lkey[F["target"]],
                                                 "has truth" if lost[F["target"]]["has_truth"] else "never found", F["why"]))
    data = {"seed": SEED, "made_by": "tests/lostfound/make_set117.py", "parts": {PART: {"found": out_found, "lost": out_lost}}}
    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %s: %d lost (%d with truth), %d found (%d negatives)" % (
        OUT, len(out_lost), sum(1 for r in out_lost if r["truth"]), len(out_found),
        sum(1 for r in out_found if "negative" in r)))


if __name__ == "__main__":
    main()
