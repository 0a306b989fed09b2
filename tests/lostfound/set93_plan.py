"""Set 93 plan: hidden truth records, the owner's report of each, and for the
objects that turn up, the finder's registration."""
from set93_world import (PLACES, T0, pick_time, neighbours, raining, person, en_person, phone_mask,
                         TEAMS, SURN, place)
from set93_voices import OWNERS, FINDERS, HONOR, NIGHT_OK, owner_places, cat_weights
from set93_obj import wpick, with_reserve
from set93_cat_a import phone, id_doc
from set93_cat_b import wallet, cash, keys
from set93_cat_c import ebike, bicycle, bag
from set93_cat_d import jewelry, electronics, other

GEN = dict(phone=phone, id_doc=id_doc, wallet=wallet, cash=cash, keys=keys, ebike=ebike, bicycle=bicycle,
           bag=bag, jewelry=jewelry, electronics=electronics, other=other)
CAT_ORDER = ["phone", "id_doc", "wallet", "keys", "bag", "electronics", "other", "jewelry", "cash", "ebike", "bicycle"]
PAIRED = dict(phone=27, id_doc=21, wallet=18, keys=14, bag=17, electronics=15, other=13, jewelry=8, cash=5, ebike=7,
              bicycle=5)
NEVER = dict(phone=17, id_doc=9, wallet=10, keys=10, bag=9, electronics=9, other=9, jewelry=6, cash=5, ebike=3,
             bicycle=3)
VOICE_DAYS = {"rower": (1, 2, 3), "pilgrim": (2, 3, 4), "spectator": (2, 3), "graduate": (3, 4, 5, 6), "parent": (4, 5)}
FILL_OWN = [("full", 25), ("partial", 35), ("body", 28), ("hurried", 12)]
FILL_FND = [("full", 30), ("partial", 35), ("body", 25), ("hurried", 10)]
CORE = ("color", "brand", "model")
RATES = {"full": (0.95, 0.85, 0.8), "partial": (0.85, 0.75, 0.55), "body": (0.8, 0.65, 0.45), "hurried": (0.7, 0.5, 0.0)}


def cjk(t):
    return any(ord(c) > 0x2e80 for c in t)


def choose_stated(rng, o, side, fill):
    cr, br, other_r = RATES[fill]
    st = {}
    others = []
    for k, s in o["slots"].items():
        opts = s[side]
        if side == "own" and o["en"]:
            opts = [x for x in opts if not cjk(x[0])]
        if not opts or k == "pmark":
            continue
        if k == "color":
            p = cr
        elif k == "brand":
            p = br
        elif k == "model":
            p = 0.7 * br if side == "own" else 0.25 * br
        else:
            p = other_r
            if k == "imei":
                p = 0.45 if side == "own" else 0.22
            elif k in ("frame",) and side == "own":
                p *= 0.6
            elif k == "name" and side == "fnd":
                p = 0.9
            if fill == "hurried":
                others.append(k)
                continue
        if rng.random() < p:
            st[k] = rng.choice(opts)
    if fill == "hurried" and others:
        hard = [k for k in others if not o["slots"][k]["soft"]]
        k = rng.choice(hard or others)
        st[k] = rng.choice(o["slots"][k][side])
    if not st and o["slots"]:
        k = sorted(k for k, s in o["slots"].items() if s[side] and not s["soft"] and k != "pmark")
        if k:
            st[k[0]] = rng.choice(o["slots"][k[0]][side])
    return st


def window(rng, tl, cat, pid):
    r = rng.random()
    if cat in ("ebike", "bicycle"):
        r = 0.5 + r / 2
    elif cat not in ("keys", "jewelry", "id_doc"):
        r = r * 0.85
    if r < 0.2:
        m = tl - tl % 30
        a, b = m - 30 if tl - m < 15 else m, m + 30 if tl - m < 15 else m + 60
    else:
        w = rng.randint(2, 6) * 30 if r < 0.65 else rng.randint(7, 16) * 30 if r < 0.85 else rng.randint(24, 80) * 30
        a = tl - rng.randint(1, w // 30 - 1) * 30 if w > 30 else tl - 30
        a -= a % 30
        b = a + w
        if b <= tl:
            b = tl - tl % 30 + 30
    b = min(b, T0 - 60)
    if b - a <= 480:
        a = min(max(a, tl - tl % 1440 + PLACES[pid]["open"] * 60 - 60), tl - tl % 30)
    return max(a, 0), b


def finder_reg(rng, o, pid, tl, cat, fill=None):
    pc = PLACES[pid]["cluster"] if pid in PLACES else "far"
    vs = FINDERS[pc].split()
    if (tl % 1440) < 360 or cat in ("ebike", "bicycle"):
        vs = [x for x in vs if x in NIGHT_OK or (cat in ("ebike", "bicycle") and x == "passerby")] or ["patrol"]
    v = rng.choice(vs)
    fill = fill or wpick(rng, FILL_FND)
    reg = dict(side="fnd", obj=o, en=False, voice=v, places=[pid], fill=fill, cat=cat,
               spot=rng.choice(place(pid)["spots"] if cat not in ("ebike", "bicycle") else
                               [x for x in place(pid)["spots"] if "车" in x] or ["路边", "非机动车停放点", "绿化带旁", "车棚"]),
               who=rng.choice(SURN) + rng.choice(HONOR[v].split("|")), team=rng.choice(TEAMS), boat=rng.randint(1, 6),
               addr=rng.random() < 0.65, geo=rng.random() < 0.55, tf=tl)
    reg["stated"] = choose_stated(rng, o, "fnd", fill)
    return reg


def make_lost(rng, cat, idx):
    cands = [(v, dict(cat_weights(v)).get(cat, 0)) for v in sorted(OWNERS)]
    v = wpick(rng, [c for c in cands if c[1]])
    pl, cw, born, local = OWNERS[v]
    en = v == "tourist_en"
    name, g = en_person(rng) if en else person(rng)
    ctx = dict(en=en, voice=v, owner=name, gender=g, local=local, born=born)
    o = with_reserve(rng, GEN[cat](rng, ctx))
    pids = owner_places(v)
    if cat in ("ebike", "bicycle"):
        pids = [p for p in pids if PLACES[p]["cluster"] in ("res", "univ", "mkt", "night", "hosp", "rail", "race")] or pids
    pid = rng.choice(pids)
    tl = pick_time(rng, pid, VOICE_DAYS.get(v))
    f, t = window(rng, tl, cat, pid)
    r = rng.random()
    places = [pid]
    if r < 0.15 and neighbours(pid):
        other_p = rng.choice(neighbours(pid))
        places = [pid, other_p] if rng.random() < 0.5 else [other_p, pid]
    fill = wpick(rng, FILL_OWN)
    reg = dict(side="own", obj=o, en=en, voice=v, places=places, fill=fill, cat=cat, f=f, t=t, tl=tl, pid=pid,
               team=rng.choice(TEAMS), phone=phone_mask(rng), rain=raining(tl), idx=idx,
               addr=fill != "hurried" and rng.random() < 0.45, geo=len(places) == 1 and fill != "hurried" and rng.random() < 0.35)
    reg["stated"] = choose_stated(rng, o, "own", fill)
    return reg


def found_for(rng, lost, alt_budget):
    o = lost["obj"]
    pid = lost["pid"]
    r = rng.random()
    if r >= 0.55 and neighbours(pid):
        pid = rng.choice(neighbours(pid))
    x = rng.random()
    delay = rng.randint(1, 36) * 5 if x < 0.6 else rng.randint(3, 24) * 60 if x < 0.85 else rng.randint(24, 96) * 60
    tf = min(lost["tl"] + delay, T0 - 30)
    tf -= tf % 5
    tf = max(tf, lost["tl"])
    cat = lost["cat"]
    if o["alt"] and alt_budget[0] > 0 and rng.random() < 0.5:
        cat = o["alt"]
        alt_budget[0] -= 1
    reg = finder_reg(rng, o, pid, tf, cat)
    if cat != o["cat"]:
        reg["noun_alt"] = ALT_NOUN.get(o["cat"])
    return reg


ALT_NOUN = {"id_doc": ["棕色小皮夹一个（内有证件）", "皮质卡套一个，内有证件"],
            "bag": ["礼品手提袋一个（内有粽子）", "粽子礼盒一盒"], "electronics": None}


def plan(rng):
    lost, found = [], []
    jobs = []
    for c in CAT_ORDER:
        jobs += [(c, True)] * PAIRED[c] + [(c, False)] * NEVER[c]
    rng.shuffle(jobs)
    alt_budget = [4]
    for i, (c, paired) in enumerate(jobs):
        L = make_lost(rng, c, i)
        lost.append(L)
        if paired:
            F = found_for(rng, L, alt_budget)
            F["truth_of"] = i
            L["truth"] = len(found)
            found.append(F)
        else:
            L["truth"] = None
    return lost, found
