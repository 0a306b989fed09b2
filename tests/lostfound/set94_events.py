"""Set 94 events: who lost what, where and when, and (for the found ones) who found it."""
import datetime
from set94_world import PLACE, PLACE_KEYS, T0, random_moment, near_places, place_km
from set94_names import person
from set94_lost import VOICES
from set94_objects import gen_phone, gen_id_doc, gen_wallet, gen_keys, gen_cash
from set94_objects2 import gen_ebike, gen_bicycle, gen_bag, gen_jewelry, gen_electronics, gen_other

GEN = {"phone": gen_phone, "id_doc": gen_id_doc, "wallet": gen_wallet, "keys": gen_keys, "cash": gen_cash, "ebike": gen_ebike,
       "bicycle": gen_bicycle, "bag": gen_bag, "jewelry": gen_jewelry, "electronics": gen_electronics, "other": gen_other}
# category: (lost reports, of which found)
PLAN = {"phone": (40, 24), "id_doc": (36, 28), "wallet": (30, 19), "bag": (30, 20), "keys": (20, 13), "electronics": (24, 14),
        "jewelry": (14, 7), "cash": (12, 5), "ebike": (10, 6), "bicycle": (8, 4), "other": (16, 10)}
ALL_VOICES = sorted(VOICES)
VOICE_W = {
    "id_doc": {"ru_trader": 3, "ru_tourist": 3, "mn_trader": 3, "driver": 2, "student": 1, "local": 2, "south_group": 2, "herder": 1, "elderly": 1, "staff": 1},
    "ebike": {"local": 3, "student": 2, "cleaner": 2, "staff": 1, "elderly": 1, "engineer": 1},
    "bicycle": {"student": 4, "local": 2, "mn_student": 2, "elderly": 1},
    "cash": {"ru_trader": 3, "mn_trader": 3, "herder": 2, "driver": 2, "local": 1, "elderly": 2},
    "electronics": {"engineer": 3, "student": 3, "south_group": 3, "ru_tourist": 2, "mn_student": 1, "driver": 1},
    "other": {"herder": 2, "engineer": 2, "ru_tourist": 2, "elderly": 2, "student": 1, "driver": 1, "staff": 1, "south_group": 1},
}
HINTS = {
    ("other", "engineer"): ["helmet", "binoculars", "thermos"], ("other", "herder"): ["morin_khuur", "deel", "thermos"],
    ("other", "ru_tourist"): ["ushanka", "glasses", "toy"], ("other", "elderly"): ["glasses", "umbrella", "docs", "thermos"],
    ("other", "driver"): ["docs", "thermos"], ("other", "staff"): ["docs", "umbrella"],
    ("electronics", "engineer"): ["laptop", "walkie", "walkie"], ("electronics", "student"): ["earbuds", "laptop", "tablet", "powerbank", "ereader"],
    ("electronics", "south_group"): ["camera", "drone", "powerbank", "smartwatch"], ("electronics", "ru_tourist"): ["camera", "drone", "smartwatch"],
    ("bag", "ru_trader"): ["sack", "suitcase"], ("bag", "mn_trader"): ["sack", "suitcase", "backpack"],
    ("bag", "ru_tourist"): ["shopper", "backpack", "handbag"], ("bag", "south_group"): ["backpack", "shopper", "waist", "camera_bag"],
    ("bag", "student"): ["backpack"], ("bag", "driver"): ["backpack", "sack"], ("bag", "elderly"): ["handbag"],
    ("id_doc", "driver"): ["driver", "permit", "idcard"], ("id_doc", "student"): ["student", "idcard"],
    ("id_doc", "south_group"): ["idcard", "passport_cn", "permit"], ("id_doc", "staff"): ["idcard", "permit"],
}
CAT_TAGS = {"ebike": "campus local market hospital transport hotel", "bicycle": "campus local market transport"}
RIDES = [("port_hall", "hotel_trade"), ("rail", "hotel_druzhba"), ("bbq", "hotel_baikal"), ("bus_intl", "hotel_pearl"),
         ("duty_free", "walk_st"), ("ru_market", "inn_north"), ("grass_gate", "hotel_druzhba"), ("rail", "univ"),
         ("hospital", "morning_mkt"), ("matryoshka", "volga")]


def pick_voice(rng, cat):
    w = VOICE_W.get(cat)
    if not w:
        return rng.choice(ALL_VOICES)
    ks = sorted(w)
    return rng.choices(ks, [w[k] for k in ks])[0]


def pick_place(rng, tags):
    tags = set(tags.split())
    opts = [k for k in PLACE_KEYS if tags & set(PLACE[k]["tags"])]
    return rng.choice(opts)


def loss_window(rng, voice):
    loss = random_moment(rng)
    long_ = rng.random() < (0.25 if voice == "elderly" else 0.08)
    before = rng.randint(600, 2400) if long_ else rng.choice([5, 10, 20, 30, 45, 60, 90, 120, 180, 240])
    after = rng.randint(300, 1500) if long_ else rng.choice([5, 10, 15, 30, 60, 120, 240, 360])
    t_from = loss - datetime.timedelta(minutes=before)
    t_to = min(loss + datetime.timedelta(minutes=after), T0 - datetime.timedelta(minutes=rng.randint(5, 60)))
    return loss, t_from, t_to


def found_after(rng, loss):
    d = rng.choice([5, 15, 30, 40, 60, 90, 120, 180, 300, 480, 720, 1200, 1800])
    d = max(1, int(d * rng.uniform(0.6, 1.2)))
    t = loss + datetime.timedelta(minutes=d)
    return min(t, T0 - datetime.timedelta(minutes=rng.randint(1, 30)))


def found_place(rng, ev):
    if ev.get("route"):
        a, b = ev["route"]
        return rng.choice(["taxi_rail", "taxi_port", b, b]) if a.startswith("port") else rng.choice(["taxi_rail", b, b]), "taxi"
    p = ev["place"]
    r = rng.random()
    if r < 0.55:
        return p, None
    near = near_places(p, 1.5 if r < 0.85 else 4.0, rng)
    return (rng.choice(near), None) if near else (p, None)


def make_events(rng):
    events = []
    cross = 0
    for cat in sorted(PLAN):
        n, nf = PLAN[cat]
        flags = [True] * nf + [False] * (n - nf)
        rng.shuffle(flags)
        for paired in flags:
            voice = pick_voice(rng, cat)
            nat = VOICES[voice][0]
            owner = person(rng, nat, female=True if voice == "cleaner" and rng.random() < 0.8 else None)
            hint = rng.choice(HINTS[(cat, voice)]) if (cat, voice) in HINTS else None
            obj = GEN[cat](rng, owner, hint)
            ev = {"obj": obj, "owner": owner, "voice": voice, "paired": paired}
            if cat in ("phone", "wallet", "bag", "id_doc", "electronics", "other") and rng.random() < 0.12:
                ev["route"] = rng.choice(RIDES)
                ev["place"] = None
            else:
                ev["place"] = pick_place(rng, CAT_TAGS.get(cat, VOICES[voice][2]))
            ev["loss"], ev["t_from"], ev["t_to"] = loss_window(rng, voice)
            if paired:
                fp, role = found_place(rng, ev)
                fev = {"obj": obj, "place": fp, "t_found": found_after(rng, ev["loss"])}
                if role:
                    fev["finder"] = role
                if obj["alt_cat"] and cross < 4 and rng.random() < 0.6:
                    fev["file_cat"] = obj["alt_cat"]
                    ev["cross"] = True
                    cross += 1
                ev["found"] = fev
            events.append(ev)
    return events


def loss_places(ev):
    return list(ev["route"]) if ev.get("route") else [ev["place"]]


def spread_km(ev):
    ps = loss_places(ev)
    return max(place_km(ps[0], p) for p in ps)
