"""set92 truth: the hidden record of one object (what it is, whose, where and when it was lost
and found). Lost reports and found registrations are written from this, each side separately."""
import copy
import datetime

from set92_catalog import K, MODELS
from set92_marks import draw_marks
from set92_numbers import id_number, make_serial, serial_key
from set92_world import HUBS, NOW, PLACE, daytime, group_places

PAIR_PLAN = {"phone": 22, "id_doc": 18, "wallet": 16, "keys": 14, "bag": 16, "electronics": 22,
             "jewelry": 8, "cash": 7, "ebike": 4, "bicycle": 3, "other": 20}
NEVER_PLAN = {"phone": 12, "id_doc": 9, "wallet": 10, "keys": 9, "bag": 9, "electronics": 13,
              "jewelry": 7, "cash": 6, "ebike": 2, "bicycle": 2, "other": 11}

KINDS_BY_CAT = {
    "phone": [("phone", 1)],
    "id_doc": [("id_card", 5), ("passport_kr", 1), ("passport_ru", 1), ("student_card", 2), ("driver_lic", 2), ("accred", 2)],
    "wallet": [("long_wallet", 3), ("short_wallet", 3), ("cardholder", 2), ("coin_purse", 1)],
    "keys": [("keyring", 3), ("locker_key", 3), ("room_card", 2), ("car_key", 2)],
    "ebike": [("ebike", 1)],
    "bicycle": [("bicycle", 2), ("kids_bike", 1)],
    "bag": [("backpack", 3), ("crossbody", 2), ("waist_bag", 2), ("board_bag", 1), ("boot_bag", 1), ("suitcase", 1), ("skate_bag", 1)],
    "cash": [("hongbao", 3), ("cash_roll", 1), ("envelope", 1)],
    "jewelry": [("ring", 3), ("necklace", 2), ("bracelet", 2), ("earring", 1), ("bangle", 1)],
    "electronics": [("earbuds", 3), ("action_cam", 3), ("camera", 1), ("tablet", 1), ("powerbank", 2), ("console", 1),
                    ("smartwatch", 1), ("kids_watch", 1)],
    "other": [("goggles", 3), ("helmet", 2), ("gloves", 3), ("snowboard", 1), ("skis", 1), ("ski_boots", 1), ("ski_pass", 2),
              ("down_jacket", 2), ("thermos", 1), ("glasses", 1), ("walking_stick", 1), ("hearing_aid", 1), ("skates", 1), ("toy", 1)],
}

_ALL = [("ski", 3), ("fest", 2), ("spa", 1.5), ("rail", 2), ("stad", 1), ("mall", 1.5), ("food", 1.5), ("hosp", 1), ("town", 1.5)]
_SKI = [("ski", 8), ("town", 1), ("spa", 1), ("rail", 1)]
_CASH = [("town", 2), ("food", 2), ("mall", 2), ("hosp", 1), ("rail", 1), ("fest", 1)]
_GAMES = [("stad", 6), ("mall", 1), ("food", 1), ("rail", 1)]
_OLD = [("hosp", 3), ("town", 2), ("food", 1), ("fest", 1)]
_STREET = [("town", 3), ("food", 2), ("mall", 2), ("hosp", 1)]
KIND_GROUPS = {"goggles": _SKI, "helmet": _SKI, "gloves": _SKI, "snowboard": _SKI, "skis": _SKI, "ski_boots": _SKI,
               "ski_pass": _SKI, "board_bag": _SKI, "boot_bag": _SKI, "locker_key": [("ski", 5), ("mall", 2), ("spa", 2)],
               "room_card": [("spa", 4), ("town", 2), ("food", 1), ("mall", 1), ("ski", 1)],
               "accred": _GAMES, "skate_bag": _GAMES, "skates": _GAMES, "hongbao": _CASH, "cash_roll": _CASH,
               "envelope": _CASH, "walking_stick": _OLD, "hearing_aid": _OLD, "ebike": _STREET,
               "bicycle": [("town", 3), ("mall", 1), ("fest", 1)], "kids_bike": [("town", 3), ("mall", 1), ("fest", 1)],
               "passport_kr": [("rail", 3), ("spa", 2), ("ski", 2), ("fest", 1)],
               "passport_ru": [("rail", 3), ("spa", 2), ("ski", 2), ("fest", 1)],
               "suitcase": [("rail", 4), ("spa", 1), ("town", 1)],
               "car_key": [("ski", 2), ("mall", 1), ("food", 1), ("spa", 1), ("hosp", 1), ("town", 1)]}
PLACE_PREF = {"locker_key": ["lockers", "mall_rink", "spa_pool"], "room_card": ["spa", "inn", "guest_lane"],
              "car_key": ["ski_park", "mall", "hosp_new"], "ebike": ["food_st", "mall", "supermkt", "bus_term", "hosp_new"],
              "suitcase": ["waiting", "airport_bus", "taxi_rank", "station", "spa"]}
HOURS = {"ski": (8, 16), "fest": (11, 21), "spa": (7, 23), "rail": (6, 22), "stad": (8, 21), "mall": (10, 21),
         "food": (11, 22), "hosp": (0, 23), "town": (7, 21)}

SKI_KINDS = {"goggles", "helmet", "gloves", "snowboard", "skis", "ski_boots", "ski_pass", "board_bag", "boot_bag",
             "action_cam", "locker_key"}
AMOUNTS = {"hongbao": [200, 500, 600, 800, 1000, 1200, 1600, 2000], "wallet": [50, 120, 200, 300, 460, 600, 800, 1500]}


def wpick(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def pick_place(rng, kid):
    group = wpick(rng, KIND_GROUPS.get(kid, _ALL))
    pref = [p for p in PLACE_PREF.get(kid, []) if PLACE[p]["group"] == group]
    if pref and rng.random() < 0.7:
        return rng.choice(pref)
    return rng.choice(group_places(group))


def near_place(rng, pid, p_same=0.55):
    """Where an object lost at pid is found or handed in."""
    g = PLACE[pid]["group"]
    r = rng.random()
    if r < p_same:
        return pid
    if r < p_same + 0.25:
        return rng.choice(group_places(g))
    return HUBS[g]


def minute_at(rng, group):
    """Minutes before NOW for a plausible clock time in this place group."""
    lo, hi = HOURS.get(group, (7, 21))
    day = rng.randint(1, 28)
    t = datetime.datetime(NOW.year, NOW.month, NOW.day - day, rng.randint(lo, hi), rng.randrange(60))
    return int((NOW - t).total_seconds() // 60)


def loss_window(rng, t_loss):
    r = rng.random()
    width = rng.randint(10, 60) if r < 0.4 else (rng.randint(60, 480) if r < 0.8 else rng.randint(480, 2880))
    a = rng.randint(0, width)
    return t_loss + a, max(0, t_loss - (width - a))


def found_delay(rng):
    r = rng.random()
    return rng.randint(5, 180) if r < 0.5 else (rng.randint(180, 1440) if r < 0.85 else rng.randint(1440, 7200))


def owner_voice(rng, kid, pid):
    if kid == "passport_kr":
        return "kr"
    if kid == "passport_ru":
        return "ru"
    if kid in ("accred", "skate_bag", "skates") and PLACE[pid]["group"] == "stad":
        return wpick(rng, [("athlete", 5), ("plain", 1)])
    if kid in ("walking_stick", "hearing_aid"):
        return "elder"
    if PLACE[pid]["group"] == "stad" and rng.random() < 0.4:
        return "athlete"
    if kid in ("ebike", "car_key", "hongbao", "cash_roll", "envelope", "keyring", "bangle"):
        return wpick(rng, [("local", 5), ("elder", 2), ("plain", 2), ("hurried", 1)])
    if kid in SKI_KINDS:
        return wpick(rng, [("south", 4), ("instructor", 1.2), ("en", 0.8), ("kr", 0.5), ("ru", 0.4), ("local", 1), ("plain", 1.5),
                           ("hurried", 1)])
    return wpick(rng, [("south", 3), ("local", 2), ("plain", 2), ("hurried", 1), ("en", 0.5), ("kr", 0.2), ("ru", 0.2),
                       ("elder", 0.6), ("staff", 0.6), ("instructor", 0.3)])


def fill_object(rng, reg, obj, voice):
    """Draw the object's own attributes (colour, brand, model, identifiers, marks)."""
    kd = K[obj["kind"]]
    obj["colour"] = rng.choice(kd["colours"]) if kd["colours"] else None
    obj["brand"] = rng.choice(kd["brands"])
    ms = MODELS.get((obj["brand"], obj["kind"]))
    obj["model"] = rng.choice(ms) if ms and rng.random() < 0.85 else None
    obj["case"] = None
    if obj["kind"] == "phone" and rng.random() < 0.65:
        obj["case"] = rng.choice(["black", "pink", "blue", "white", "green", "purple", "brown", "yellow"])
    st = kd["stype"]
    obj["serial"] = None
    if st == "id":
        south = voice not in ("local", "elder")
        year = rng.randint(1940, 1960) if voice == "elder" else None
        obj["serial"] = ("id", reg.fresh(rng, lambda r: id_number(r, south, year), lambda v: serial_key("id", v)))
    elif st == "tag" and rng.random() < 0.45:
        obj["serial"] = None  # own gear, no rental tag
    elif st:
        obj["serial"] = (st, reg.fresh(rng, lambda r: make_serial(r, st), lambda v: serial_key(st, v)))
    if obj["kind"] in ("long_wallet", "short_wallet", "cardholder") and rng.random() < 0.2:
        obj["serial"] = None  # no bank card inside
    nk = "kr" if obj["kind"] == "passport_kr" or voice == "kr" else ("ru" if obj["kind"] == "passport_ru" or voice == "ru" else "cn")
    named = kd["named"]
    if obj["kind"] in ("long_wallet", "short_wallet"):
        named = rng.random() < 0.45
    elif obj["kind"] == "cardholder":
        named = rng.random() < 0.75
    elif kd["cat"] == "bag" or obj["kind"] in ("kids_watch", "skates"):
        named = rng.random() < 0.3
    obj["name"] = reg.name(rng, nk) if named else None
    obj["amount"] = None
    if kd["cat"] == "cash":
        base = AMOUNTS["hongbao"] if obj["kind"] == "hongbao" else [1500, 2000, 2600, 3000, 4200, 5000, 6800, 8000]
        obj["amount"] = rng.choice(base)
    elif kd["group"] in ("wallet", "coin_purse", "cardholder") and rng.random() < 0.8:
        obj["amount"] = rng.choice(AMOUNTS["wallet"]) + rng.choice([0, 0, 5, 20, 35])
    obj["marks"] = draw_marks(rng, kd["group"], rng.choice([1, 2, 2, 3, 3]))
    return obj


def make_truth(rng, reg, kid, fcat=None):
    kd = K[kid]
    pid = pick_place(rng, kid)
    voice = owner_voice(rng, kid, pid)
    obj = {"kind": kid, "group": kd["group"], "ocat": kd["cat"], "fcat": fcat or kd["cat"], "voice": voice,
           "place": pid}
    fill_object(rng, reg, obj, voice)
    obj["t_loss"] = minute_at(rng, PLACE[pid]["group"])
    frm, to = loss_window(rng, obj["t_loss"])
    night = PLACE[pid]["group"] in ("hosp", "rail")
    obj["win"] = (daytime(rng, frm, False, night), daytime(rng, to, True, night))
    obj["fplace"] = near_place(rng, pid)
    night = PLACE[obj["fplace"]]["group"] == "hosp"
    obj["found_at"] = daytime(rng, max(0, obj["t_loss"] - found_delay(rng)), True, night)
    obj["alt_place"] = rng.choice(group_places(PLACE[pid]["group"])) if rng.random() < 0.2 else None
    return obj


def twin_of(rng, reg, obj):
    """A different object of the same make as obj: same kind, fresh identifiers and marks."""
    t = copy.deepcopy(obj)
    fill_object(rng, reg, t, obj["voice"])
    t["colour"], t["brand"], t["model"], t["case"] = obj["colour"], obj["brand"], obj["model"], obj["case"]
    keep = [m for m in obj["marks"] if m["common"]]
    t["marks"] = keep + [m for m in t["marks"] if m["slot"] not in {k["slot"] for k in keep}]
    return t
