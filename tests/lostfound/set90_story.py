"""set90 stories: invented people, who reports a loss (voice), where and when it was
lost, and who found it where and when.  Times are minutes before the common moment
of registration (set90_world.NOW)."""
import datetime
import set90_world as W
import set90_nums as N

# owner voices: place kinds they move through
OWNER_VOICES = {
    "dictated": ["market", "clinic", "field", "village", "grain", "vegmarket", "hospital", "bus", "park", "office"],
    "grandkid": ["market", "clinic", "hospital", "village", "bus", "plaza", "supermarket", "park", "bank"],
    "driver": ["harvbase", "field", "gas", "repair", "hotel", "road", "grain", "nightmarket", "phonestreet"],
    "stall": ["market", "vegmarket", "nightmarket", "bank", "gas"],
    "pupil": ["school", "bus", "plaza", "supermarket", "nightmarket", "residential", "phonestreet"],
    "parent": ["school", "bus", "supermarket", "plaza", "residential", "hospital"],
    "patient": ["hospital", "clinic", "bus", "supermarket", "bank"],
    "nurse": ["hospital", "clinic", "supermarket", "nightmarket", "residential"],
    "staff": ["supermarket", "phonestreet", "bus", "grain", "vegmarket", "plaza", "residential", "park"],
    "town": ["supermarket", "plaza", "phonestreet", "park", "nightmarket", "residential", "office", "bank",
             "vegmarket", "hospital", "bus", "gas", "repair"],
}
VOICE_W = {"dictated": 14, "grandkid": 10, "driver": 12, "stall": 8, "pupil": 7, "parent": 7,
           "patient": 7, "nurse": 4, "staff": 8, "town": 16}
CAT_VOICES = {
    "id_doc": {"exam": ["pupil", "parent"], "student": ["pupil", "parent"], "farm": ["driver"],
               "medical": ["dictated", "grandkid", "patient", "town"]},
    "keys": {"harvester": ["driver"]},
    "electronics": {"watch": ["parent", "pupil"], "calc": ["pupil", "parent"], "opera": ["dictated", "grandkid"]},
    "other": {"parts": ["driver"], "film": ["patient", "grandkid", "dictated"]},
    "bag": {"school": ["pupil", "parent"], "waist": ["stall"]},
}
STAFF_JOBS = ["惠民超市的理货员", "手机街上修手机的", "跑柳庄线的小客车司机", "粮站过磅的", "东关市场卖肉的",
              "小区物业的保安"]

FINDER_BY_KIND = {
    "hospital": ["nurse_f", "guard", "cleaner"], "clinic": ["doctor", "nurse_f"], "bus": ["busdriver", "station"],
    "supermarket": ["mart"], "phonestreet": ["clerk"], "school": ["teacher", "guard"],
    "park": ["sanitation", "walker", "angler"], "repair": ["mechanic"], "grain": ["grainworker"],
    "plaza": ["dancer", "sanitation"], "vegmarket": ["stallf"], "market": ["stallf", "villager"],
    "gas": ["attendant"], "harvbase": ["driver_f", "station"], "bank": ["guard"], "nightmarket": ["stallf"],
    "hotel": ["innkeeper"], "office": ["guard", "clerk_gov"], "residential": ["guard", "walker"],
    "field": ["driver_f", "villager"], "village": ["villager", "cadre"], "road": ["sanitation", "passerby", "driver_f"],
}


def make_person(rng, used, kind):
    sex = kind[-1]
    pool = {"old_f": W.GIVEN_OLD_F, "old_m": W.GIVEN_OLD_M, "mid_f": W.GIVEN_MID_F, "mid_m": W.GIVEN_MID_M,
            "kid_f": W.GIVEN_KID_F, "kid_m": W.GIVEN_KID_M, "drv_m": W.GIVEN_MID_M}[kind]
    for _ in range(500):
        name = rng.choice(W.SURNAMES) + rng.choice(pool)
        if name not in used:
            break
    else:
        raise RuntimeError("names exhausted")
    used.add(name)
    year = {"old": (1944, 1963), "mid": (1968, 1990), "kid": (2009, 2010), "drv": (1970, 1992)}[kind[:3]]
    region, prov = rng.choice(W.REGION_LOCAL), None
    if kind.startswith("drv"):
        prov, region = rng.choice(W.PROVINCES)
    return {"name": name, "sex": sex, "year": rng.randint(*year), "prov": prov,
            "id": N.make_id(rng, region, rng.randint(*year), sex == "m"),
            "home": rng.choice([p for p in W.IN_IDS if W.PLACES[p]["kind"] == "village"])}


def person_kinds(voice):
    return {"dictated": ["old_f", "old_m"], "grandkid": ["old_f", "old_m"], "driver": ["drv_m"],
            "pupil": ["kid_f", "kid_m"], "parent": ["kid_f", "kid_m"]}.get(voice, ["mid_f", "mid_m"])


def pick_voice(rng, cat, sub):
    fixed = CAT_VOICES.get(cat, {}).get(sub)
    if fixed:
        return rng.choice(fixed)
    names = sorted(VOICE_W)
    return rng.choices(names, weights=[VOICE_W[v] for v in names])[0]


def pick_place(rng, voice, sp):
    kinds = set(OWNER_VOICES[voice])
    if sp.get("places"):
        both = kinds & set(sp["places"])
        kinds = both or set(sp["places"])
    return rng.choice(W.by_kind(*sorted(kinds)))


def _hours(kind):
    return {"market": (6, 11), "nightmarket": (19, 22), "hospital": (7, 17), "clinic": (7, 16), "school": (7, 16),
            "bus": (6, 17), "field": (5, 21), "bank": (8, 16), "office": (8, 16), "grain": (6, 18),
            "supermarket": (8, 20), "phonestreet": (8, 19), "plaza": (6, 21), "park": (5, 20)}.get(kind, (6, 20))


def loss_time(rng, pid, exam=False):
    """An actual loss moment (datetime) that fits the place."""
    kind = W.PLACES[pid]["kind"]
    days = [W.START.date() + datetime.timedelta(days=i) for i in range((W.NOW.date() - W.START.date()).days + 1)]
    if pid in W.MARKET_DAYS:
        days = [d for d in days if d.day % 10 in W.MARKET_DAYS[pid] or (d.day % 10 == 0 and 0 in W.MARKET_DAYS[pid])]
    if exam:
        days = [d for d in days if d.month == 6 and d.day in W.EXAM_DAYS]
    while True:
        d = rng.choice(days)
        h0, h1 = _hours(kind)
        dt = datetime.datetime(d.year, d.month, d.day, rng.randint(h0, h1), rng.randrange(0, 60, 5))
        if W.START <= dt <= W.NOW - datetime.timedelta(hours=2):
            return dt


def _floor_h(dt):
    return dt.replace(minute=0)


def window(rng, t, style=None):
    """(style, from_dt, to_dt) around the actual loss moment t."""
    style = style or rng.choices(["hours", "part", "day", "days", "exact"], weights=[40, 25, 15, 10, 10])[0]
    if style == "exact":
        a = t - datetime.timedelta(minutes=rng.choice([10, 20, 30]))
        a = a.replace(minute=a.minute // 10 * 10)
        b = a + datetime.timedelta(minutes=rng.choice([30, 40, 60]))
    elif style == "hours":
        a = _floor_h(t) - datetime.timedelta(hours=rng.randint(0, 2))
        b = _floor_h(t) + datetime.timedelta(hours=rng.randint(1, 3))
    elif style == "part":
        bounds = [(5, 8), (8, 11), (11, 13), (13, 18), (18, 20), (20, 24)]
        lo, hi = [x for x in bounds if x[0] <= t.hour < x[1]][0]
        a = t.replace(hour=lo, minute=0)
        b = t.replace(hour=hi - 1, minute=59) if hi == 24 else t.replace(hour=hi, minute=0)
    elif style == "day":
        a = t.replace(hour=5, minute=0) if t.hour >= 5 else t.replace(hour=0, minute=0)
        b = t.replace(hour=22, minute=0) if t.hour < 22 else t.replace(hour=23, minute=59)
    else:
        a = (t - datetime.timedelta(days=rng.randint(1, 2))).replace(hour=rng.choice([7, 8, 12]), minute=0)
        b = (t + datetime.timedelta(days=rng.randint(0, 1))).replace(hour=rng.choice([18, 20, 21]), minute=0)
        if b < t:
            b = t.replace(hour=22, minute=0)
    a = max(a, W.START - datetime.timedelta(days=3))
    b = min(b, W.NOW - datetime.timedelta(minutes=10))
    if not a <= t <= b:
        return window(rng, t, "hours" if style != "hours" else "part")
    return style, a, b


def found_time(rng, t):
    """Found at or after the loss moment, before registration."""
    late = W.NOW - datetime.timedelta(minutes=20)
    r = rng.random()
    if r < 0.5:
        d = datetime.timedelta(minutes=rng.randint(5, 240))
    elif r < 0.8:
        d = datetime.timedelta(minutes=rng.randint(240, 1440))
    else:
        d = datetime.timedelta(minutes=rng.randint(1440, 5760))
    f = t + d
    if f > late:
        f = t + (late - t) * rng.randint(1, 9) / 10
    return f.replace(second=0, microsecond=0)


def found_place(rng, pid, voice=None):
    r = rng.random()
    if r < 0.55:
        return pid
    opts = [q for q in W.near(pid, 3.0) if q != pid] or [pid]
    return rng.choice(opts)


def finder_voice(rng, pid):
    return rng.choice(FINDER_BY_KIND[W.ALL[pid]["kind"]])
