"""Set 87 hidden truth: the object itself, its owner, where and when it was lost and
(for items that turn up) where, when and by whom it was found."""
import datetime

import set87_people as PP
import set87_world as W
from set87_feats import FEATS
from set87_kinds import JEWEL_METAL, JEWEL_OK, KINDS, BANKS

for _m, (_c, _t) in sorted(JEWEL_METAL.items()):
    _o, _f = _t.split("#")
    FEATS.setdefault("metal", {"vis": "v", "vals": {}})["vals"][_m] = {
        "own": _o.split("|"), "fnd": _f.split("|"), "en": None}

VOICE_PLACES = {
    "traveller": "t1_dep t1_arr t1_sec t1_bag t2_dep t2_arr t2_sec t2_bag t2_food t2_gate hotel p2 exp t1_taxi t2_taxi",
    "foreigner": "t2_intl t2_arr t2_bag t2_dep t2_sec t2_gate t2_food exp t2_taxi hotel mall cinema mall_food",
    "elderly": "t1_dep t1_sec t2_dep t2_sec t2_gate t1_bag t2_bag t2_arr coach coach_wait exp bus_rd mall t1_taxi",
    "trucker": "truck_pk gas customs cargo canteen store park_gate gas_rd sort_th",
    "picker": "wh_a cold sort_sc sort_th canteen dorm charge store park_bus park_gate",
    "migrant": "coach coach_wait exp bus_rd dorm park_bus t1_dep store",
    "shopper": "mall cinema mall_food mall_pk mall_b bus_rd gas_rd",
    "staff": "t1_dep t2_dep t2_gate t2_bag t1_arr t2_food p2 exp",
}
BIKE_LOST = "charge dorm park_gate canteen mall_pk park_bus wh_a sort_sc store".split()
BIKE_FOUND = "truck_pk mall_pk bus_rd store gas coach park_gate gas_rd park_bus cargo mall".split()
HOURS = {"picker": (0, 23), "trucker": (0, 23), "shopper": (11, 23), "staff": (5, 23)}


def wchoice(rng, d):
    keys = sorted(d)
    tot = sum(d[k] for k in keys)
    r = rng.random() * tot
    for k in keys:
        r -= d[k]
        if r < 0:
            return k
    return keys[-1]


def _serial(rng, o, used):
    t = KINDS[o["kind"]]["serial"]
    if t == "imei":
        return PP.imei(rng, used)
    if t == "idno":
        return PP.id_number(rng, used, o["owner"]["age"], o["owner"]["female"])
    if t == "passport":
        return PP.unique(rng, used, lambda: "E" + PP.digits(rng, 8))
    if t == "fpassport":
        return PP.unique(rng, used, lambda: rng.choice("CGKLNPRS") + rng.choice("ABDFHJ") + PP.digits(rng, 7))
    if t == "staffno":
        pre = {"suchi": "SC", "tongheng": "TH", "coldchain": "LL", "ground": "DF", "clean": "JC"}
        return PP.unique(rng, used, lambda: pre[o["feats"]["company"]] + "-" + PP.digits(rng, 5))
    if t == "card":
        return PP.unique(rng, used, lambda: rng.choice(["6217", "6222", "6230", "6259"]) + PP.digits(rng, 12))
    if t == "frame":
        return PP.unique(rng, used, lambda: o["brand"][:2].upper() + PP.alnum(rng, 3) + PP.digits(rng, 7))
    if t == "bframe":
        return PP.unique(rng, used, lambda: o["brand"][:2].upper() + PP.digits(rng, 8))
    if t == "sn":
        return PP.unique(rng, used, lambda: PP.alnum(rng, 2) + PP.digits(rng, 3) + PP.alnum(rng, 5))
    return None


def _cash(rng, voice, kind):
    if kind == "cash":
        lo, hi, step = {"migrant": (2000, 9000, 10), "elderly": (600, 3000, 200), "trucker": (500, 4000, 50),
                        "shopper": (200, 1200, 100), "picker": (800, 5000, 10)}.get(voice, (300, 2000, 100))
    else:
        lo, hi, step = 50, 1500, 10
    return rng.randrange(lo, hi + 1, step)


def make_object(rng, kind, used, voice=None):
    K = KINDS[kind]
    voice = voice or wchoice(rng, K["voices"])
    o = {"kind": kind, "cat": K["cat"], "voice": voice, "feats": {}}
    if voice == "foreigner":
        o["owner"] = PP.en_person(rng, used["names"])
    elif voice == "elderly":
        o["owner"] = PP.person(rng, used["names"], 62, 81)
    else:
        o["owner"] = PP.person(rng, used["names"], 19, 58)
    brands = K["brands"]
    if kind in ("keys", "car_key"):
        tb = ["zhongjun", "dongyue"] if voice == "trucker" else ["yuanchi", "lingtu", "qihang"]
        o["brand"] = rng.choice(tb) if (kind == "car_key" or rng.random() < 0.55) else None
    else:
        o["brand"] = rng.choice(brands) if brands else None
    ms = K["models"].get(o["brand"]) if o["brand"] else None
    o["model"] = rng.choice(ms) if ms else None
    o["color"] = rng.choice(K["colors"]) if K["colors"] else None
    for g in K["feats"]:
        opt = g in ("strap", "photo", "extra", "ppin", "pocket", "writing", "hcontent", "bcontent")
        if opt and rng.random() < 0.45:
            continue
        o["feats"][g] = rng.choice(sorted(FEATS[g]["vals"]))
    if kind == "badge":
        o["feats"]["company"] = rng.choice(["ground", "clean"] if voice == "staff" else ["suchi", "tongheng", "coldchain"])
    if kind == "cash" and "writing" in o["feats"]:
        o["feats"]["writing"] = rng.choice(["lele", "mom"] if voice in ("elderly", "shopper") else ["wage", "mom"])
    if K["cat"] == "jewelry" and kind in JEWEL_OK:
        m = rng.choice(JEWEL_OK[kind])
        o["feats"]["metal"] = m
        o["color"] = JEWEL_METAL[m][0]
    o["name"] = o["owner"] if rng.random() < K["name"] else None
    o["cash"] = _cash(rng, voice, kind) if rng.random() < K["cash"] else None
    o["serial"] = _serial(rng, o, used["serials"])
    o["bank"] = rng.choice(BANKS) if K["serial"] == "card" else None
    o["plate"] = PP.unique(rng, used["serials"], lambda: "澜湾E" + PP.digits(rng, 5)) if kind == "ebike" else None
    return o


def _moment(rng, voice):
    while True:
        d = rng.choice([0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 7, 8, 9, 10, 12])
        lo, hi = HOURS.get(voice, (6, 22))
        dt = datetime.datetime.combine(W.NOW.date() - datetime.timedelta(days=d),
                                       datetime.time(rng.randint(lo, hi), rng.randrange(0, 60, 5)))
        t = int((W.NOW - dt).total_seconds() // 60)
        if t >= 60:
            return t


def place_loss(rng, o):
    """Where and when it was lost; what the owner believes."""
    v = o["voice"]
    if o["kind"] in ("ebike", "bicycle"):
        p = rng.choice(BIKE_LOST)
    else:
        p = rng.choice(VOICE_PLACES[v].split())
    o["place"] = p
    t = _moment(rng, v)
    o["lost_at"] = t
    if o["kind"] in ("ebike", "bicycle"):
        before, after = rng.randint(240, 720), rng.randint(30, 600)
    elif v in ("picker", "trucker"):
        before, after = rng.randint(60, 900), rng.randint(20, 480)
    elif v in ("traveller", "foreigner"):
        before, after = rng.randint(15, 240), rng.randint(10, 120)
    else:
        before, after = rng.randint(30, 360), rng.randint(15, 240)
    o["lost_from"] = t + before
    o["lost_to"] = max(0, t - after)
    near = [q for q in W.near_places(p, rng, 1.2) if W.PLACES[q]["zone"] == W.PLACES[p]["zone"]]
    r = rng.random()
    if near and r < 0.15:
        o["said_places"] = [rng.choice(near), p]
    elif near and r < 0.27:
        o["said_places"] = [rng.choice(near)]
    elif near and r < 0.37:
        o["said_places"] = [p, rng.choice(near)]
    else:
        o["said_places"] = [p]
    return o


FINDERS = {
    "air": ["cleaner", "ground", "security", "passenger", "patrol"],
    "trans": ["passenger", "patrol", "cleaner"],
    "park": ["guard", "patrol", "worker"],
    "mall": ["mallguard", "customer", "cleaner"],
    "far": ["citizen", "patrol"],
}
PLACE_FINDERS = {"wh_a": ["teamlead", "sorter"], "cold": ["teamlead"], "sort_sc": ["sorter", "teamlead"],
                 "sort_th": ["sorter", "teamlead"], "truck_pk": ["trucker"], "gas": ["trucker"],
                 "cargo": ["trucker", "teamlead"], "customs": ["trucker"], "mall_b": ["shop"],
                 "mall_food": ["shop"], "bus_rd": ["citizen"], "park_bus": ["worker"]}
FINDER_BY_PLACE = {"t1_taxi": "taxi", "t2_taxi": "taxi", "coach": "coach", "coach_wait": "coach",
                   "exp": "express", "cinema": "cinema", "hotel": "hotel", "t1_sec": "security",
                   "t2_sec": "security", "canteen": "canteen", "dorm": "dormkeeper"}


BIKE_SPOTS = ["路边", "门口空地", "非机动车停放区", "绿化带旁", "围墙边"]


def finder_for(rng, pid, kind=None):
    z = W.ALLP[pid]["zone"]
    if kind in ("ebike", "bicycle"):
        return rng.choice({"park": ["guard", "patrol"], "mall": ["mallguard", "patrol"]}.get(z, ["patrol"]))
    if pid in FINDER_BY_PLACE and rng.random() < 0.6:
        return FINDER_BY_PLACE[pid]
    return rng.choice(FINDERS[z] + PLACE_FINDERS.get(pid, []) * 2)


def place_found(rng, o):
    """The object turns up: place, time, finder (true pairs)."""
    p = o["place"]
    if o["kind"] in ("ebike", "bicycle"):
        fp = rng.choice([q for q in BIKE_FOUND if q != p and W.km(p, q) <= 4.5])
        delay = rng.randint(600, 7200)
    else:
        near = [q for q in W.near_places(p, rng, 1.2) if W.PLACES[q]["zone"] == W.PLACES[p]["zone"]]
        fp = rng.choice(near) if near and not W.PLACES[p]["vehicle"] and rng.random() < 0.3 else p
        delay = rng.randint(5, 300) if rng.random() < 0.85 else rng.randint(600, 4000)
    o["found_place"] = fp
    o["found_at"] = max(0, o["lost_at"] - delay)
    o["finder"] = finder_for(rng, fp, o["kind"])
    o["spot"] = spot_for(rng, fp, o["kind"])
    return o


def spot_for(rng, pid, kind):
    if kind in ("ebike", "bicycle"):
        return rng.choice(BIKE_SPOTS)
    return rng.choice(W.ALLP[pid]["spots"])
