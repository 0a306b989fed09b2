#!/usr/bin/env python3
"""Write tests/lostfound/set102.json: a blind lost-and-found set (northern new district, Lantern Festival).

python3 tests/lostfound/make_set102.py   (standard library only; one random.Random(10202))
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from set102_world import SEED, VENUE, NEAR, T_REG, DAY, at, person_name, phone_number  # noqa: E402
from set102_objects import new_object  # noqa: E402
from set102_lost import write_lost  # noqa: E402
from set102_found import write_found, place_at  # noqa: E402
from set102_neg import make_negative, make_unclaimed  # noqa: E402

PFX = "S102"
N_PAIRS, N_NEVER = 150, 90
CAT_COUNTS = [("phone", 40), ("id_doc", 32), ("wallet", 30), ("keys", 22), ("bag", 30), ("electronics", 24),
              ("jewelry", 14), ("cash", 12), ("other", 26), ("ebike", 6), ("bicycle", 4)]
CAT_VENUES = {
    "phone": sorted(VENUE), "wallet": sorted(VENUE),
    "id_doc": ["station", "campus", "hospital", "mall", "bath", "park", "metro", "ice"],
    "keys": ["market", "bath", "bath2", "park", "home", "mall", "campus", "hospital", "temple"],
    "ebike": ["market", "mall", "hospital", "campus", "home", "station"],
    "bicycle": ["campus", "station", "home", "market"],
    "bag": ["station", "campus", "mall", "park", "metro", "hospital", "ice", "station"],
    "cash": ["market", "hospital", "temple", "mall", "bath", "bath2", "park"],
    "jewelry": ["bath", "bath2", "park", "temple", "hospital", "mall", "ice"],
    "electronics": ["station", "campus", "ice", "park", "mall", "metro", "station"],
    "other": sorted(VENUE),
}
OTHER_AT = {"lantern": ["park", "temple"], "skates": ["ice"], "xray": ["hospital"], "hearing": ["hospital", "market", "bath2"],
            "cane": ["hospital", "market", "temple"]}
VOICES = {
    "fair": [("parent", 45), ("student", 15), ("office", 15), ("elder", 10), ("foreign", 10), ("driver", 5)],
    "ice": [("parent", 40), ("student", 25), ("office", 15), ("foreign", 12), ("elder", 8)],
    "station": [("student", 55), ("parent", 15), ("office", 15), ("foreign", 8), ("elder", 5), ("driver", 2)],
    "campus": [("student", 70), ("foreign", 15), ("office", 10), ("driver", 5)],
    "transit": [("student", 40), ("office", 30), ("parent", 10), ("elder", 10), ("foreign", 5), ("driver", 5)],
    "mall": [("office", 35), ("parent", 25), ("student", 20), ("driver", 10), ("foreign", 5), ("elder", 5)],
    "hospital": [("elder", 50), ("office", 20), ("parent", 15), ("driver", 10), ("student", 5)],
    "market": [("elder", 60), ("office", 15), ("driver", 15), ("parent", 10)],
    "bath": [("elder", 50), ("office", 25), ("student", 10), ("driver", 10), ("foreign", 5)],
    "home": [("elder", 30), ("office", 30), ("driver", 20), ("parent", 20)],
}
BIKE_SPOTS = ["门口非机动车停车处", "路边车棚", "东侧停车区", "门口台阶下", "北门电动车充电桩旁"]
DUMP_SPOTS = ["路边绿化带旁", "小区车棚里", "桥洞底下", "工地围挡边", "废品站门口"]
NEG_PLAN = [("near_twin", 22), ("same_cat_color", 22), ("found_before_loss", 20), ("same_brand_elsewhere", 18),
            ("namesake", 12), ("one_detail", 16), ("unclaimed", 10)]


def weighted(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.random() * tot
    for k, w in pairs:
        r -= w
        if r < 0:
            return k
    return pairs[-1][0]


def make_loss(rng, cat, o, voice):
    vs = CAT_VENUES[cat]
    if cat == "other" and o["kind"] in OTHER_AT:
        vs = OTHER_AT[o["kind"]]
    if voice == "foreign":
        vs = [v for v in vs if v not in ("market", "bath2", "home")] or ["station"]
    vk = rng.choice(vs)
    v = VENUE[vk]
    t = at(rng.choice(v["days"]), rng.choice(v["hours"]), rng.randint(0, 59))
    t = min(t, T_REG - 240)
    r = rng.random()
    if r < 0.12:   # noticed late, a long window
        a, b = t - rng.randint(60, 600), t + rng.randint(DAY // 2, 2 * DAY)
    elif r < 0.25:
        a, b = t - rng.randint(0, 15), t + rng.randint(5, 30)
    else:
        a, b = t - rng.randint(10, 180), t + rng.randint(10, 300)
    b = min(b, T_REG - rng.randint(10, 120))
    a = min(a, t)
    spot = rng.choice(v["spots"])
    if cat in ("ebike", "bicycle"):
        spot = rng.choice(BIKE_SPOTS)
    loss = {"venue": vk, "spot": spot, "t": t, "a": a, "b": max(b, t)}
    if rng.random() < 0.1:
        loss["alt_venue"] = rng.choice(NEAR[vk])
    return loss


def pick_voice(rng, vk):
    return weighted(rng, VOICES[{"fair": "fair", "ice": "ice", "station": "station", "campus": "campus",
                                 "transit": "transit", "mall": "mall", "hospital": "hospital", "market": "market",
                                 "bath": "bath", "home": "home"}[VENUE[vk]["kind"]]])


def build():
    rng = random.Random(SEED)
    used = set()
    cats = []
    for c, n in CAT_COUNTS:
        cats += [c] * n
    rng.shuffle(cats)
    found_flags = [True] * N_PAIRS + [False] * N_NEVER
    rng.shuffle(found_flags)
    lost_items = []
    for i, cat in enumerate(cats):
        name = person_name(rng, used)
        o = new_object(rng, cat, name)
        # voice depends on where; choose a provisional venue through the loss
        loss = make_loss(rng, cat, o, "plain")
        voice = pick_voice(rng, loss["venue"])
        if voice == "foreign":
            name = rng.choice(["Megan", "Tobias", "Ruth", "Callum", "Ines", "Declan", "Priya", "Sven"]) + " " + \
                rng.choice(["Ashworth", "Kettering", "Lindqvist", "Farrow", "Brannigan", "Moss"])
            o = new_object(rng, cat, name, fix={"kind": "passport"} if cat == "id_doc" else None)
            loss = make_loss(rng, cat, o, "foreign")
        elif o.get("kind") == "passport":
            o = new_object(rng, cat, name, fix={"kind": "idcard"})
        if cat == "id_doc" and o["kind"] in ("student", "campuscard") and voice not in ("student", "parent", "foreign"):
            voice = "student"
        if cat == "ebike" and rng.random() < 0.6:
            voice = "driver"
        lost_items.append({"obj": o, "loss": loss, "owner": {"name": name, "voice": voice, "phone": phone_number(rng)},
                           "found": found_flags[i]})

    found_items = []   # (obj, place, t_found, negative, as_cat, owner index or None, force)
    cross_left = 4
    for idx, lo in enumerate(lost_items):
        if not lo["found"]:
            continue
        o, loss = lo["obj"], lo["loss"]
        r = rng.random()
        force = None
        if o["cat"] in ("ebike", "bicycle"):
            pl = place_at(rng, rng.choice(NEAR[loss["venue"]] + [loss["venue"]]), rng.choice(DUMP_SPOTS))
            force = rng.choice(["passer", "property", "security"])
        elif loss.get("alt_venue") and r < 0.5:
            pl = place_at(rng, loss["alt_venue"])
        elif r < 0.72:
            pl = place_at(rng, loss["venue"], loss["spot"] if rng.random() < 0.5 else None)
        elif r < 0.9:
            pl = place_at(rng, rng.choice(NEAR[loss["venue"]]))
        else:
            pl = place_at(rng, loss["venue"])
        q = rng.random()
        if q < 0.6:
            d = rng.randint(5, 90)
        elif q < 0.85:
            d = rng.randint(90, 720)
        else:
            d = rng.randint(720, 3 * DAY)
        tf = min(loss["t"] + d, T_REG - rng.randint(1, 30))
        tf = max(tf, loss["a"])
        if o["cat"] == "wallet" and rng.random() < 0.12:
            o["cash_left"] = 0
        as_cat = None
        if cross_left:
            if o["cat"] == "wallet" and o.get("name") and rng.random() < 0.25:
                as_cat = "id_doc"
            elif o["cat"] == "electronics" and o["kind"] == "watch":
                as_cat = "jewelry"
            elif o["cat"] == "jewelry" and o["kind"] == "watch" and rng.random() < 0.5:
                as_cat = "other"
            elif o["cat"] == "bag" and "笔记本电脑" in "".join(f["zh"] for f in o["feats"]) and rng.random() < 0.4:
                as_cat = "electronics"
            if as_cat:
                cross_left -= 1
        found_items.append({"obj": o, "place": pl, "t": tf, "neg": None, "as_cat": as_cat, "owner": idx, "force": force})

    # negatives
    neg_counts = {}
    anchors = list(range(len(lost_items)))
    for kind, n in NEG_PLAN:
        made = 0
        tries = 0
        while made < n and tries < 4000:
            tries += 1
            if kind == "unclaimed":
                o, pl, tf = make_unclaimed(rng, used)
            else:
                lo = lost_items[rng.choice(anchors)]
                res = make_negative(rng, kind, lo, used)
                if res is None:
                    continue
                o, pl, tf = res
            found_items.append({"obj": o, "place": pl, "t": tf, "neg": kind, "as_cat": None, "owner": None,
                                "force": "passer" if o["cat"] in ("ebike", "bicycle") else None})
            made += 1
        neg_counts[kind] = made

    # keys: shuffle both sides so order tells nothing
    order_f = list(range(len(found_items)))
    rng.shuffle(order_f)
    fkey = {}
    for n, i in enumerate(order_f, 1):
        fkey[i] = "%s-F%04d" % (PFX, n)
    found_out = []
    for i in order_f:
        f = found_items[i]
        found_out.append(write_found(rng, fkey[i], f["obj"], f["place"], f["t"], f["neg"], f["as_cat"], f["force"]))
    truth_of = {f["owner"]: fkey[i] for i, f in enumerate(found_items) if f["owner"] is not None}
    order_l = list(range(len(lost_items)))
    rng.shuffle(order_l)
    lost_out = []
    for n, i in enumerate(order_l, 1):
        lo = lost_items[i]
        lost_out.append(write_lost(rng, "%s-L%04d" % (PFX, n), lo["obj"], lo["owner"], lo["loss"], truth_of.get(i)))
    return {"seed": SEED, "made_by": "tests/lostfound/make_set102.py",
            "parts": {"set102": {"found": found_out, "lost": lost_out}}}


def main():
    data = build()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set102.json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=False)
        fh.write("\n")
    p = data["parts"]["set102"]
    print("wrote %s: %d lost, %d found" % (out, len(p["lost"]), len(p["found"])))


if __name__ == "__main__":
    main()
