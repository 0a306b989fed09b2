"""set86 scenes: where and when a thing is lost, who lost it, where and when it
is found. Works only from the hidden truth record."""
import math
import datetime
from set86_world import PLACES, FAR, place_by_id, plat, plon, draw_moment, cname, fname, to_dt, to_min
from set86_obj_a import phone, id_doc, wallet, keys, cash
from set86_obj_b import ebike, bicycle, bag, jewelry, electronics, other

CAT_PLACES = {
    "phone": ["c1", "c2", "lib", "cafe", "mtt", "mtu", "mtx", "tpf", "tpa", "lh", "st", "stg", "cs", "bus", "exw", "flea", "lxc", "mall", "gym"],
    "wallet": ["c1", "c2", "lxc", "tpf", "cs", "cvs", "mtu", "mtt", "bus", "st", "lh", "flea", "exw", "mall"],
    "keys": ["de7", "dw12", "lxd", "gym", "lib", "lake", "tpp", "cs", "exp", "c1", "bkc"],
    "ebike": ["de7", "dw12", "lxd", "tpp", "bkc", "cs", "exp", "mtu", "gate"],
    "bicycle": ["de7", "dw12", "lxd", "libg", "t3", "gym", "mtu", "flea", "gate"],
    "bag": ["lib", "libg", "c1", "t3", "mtt", "mtu", "bus", "flea", "lxf", "tpf", "lh", "st", "hall", "cafe", "lxl"],
    "cash": ["exw", "flea", "lxf", "hall", "cs", "cvs", "mtt", "bus", "exh"],
    "jewelry": ["gym", "hall", "st", "lh", "mall", "lake", "de7", "tpb", "cafe"],
    "electronics": ["lib", "lxl", "t3", "cafe", "mtt", "mtu", "mtx", "tpb", "tpf", "flea", "lxf", "bus", "st", "c1"],
    "other": ["hall", "flea", "st", "lh", "gym", "lib", "mtt", "c1", "exw", "lake"],
}
DOC_PLACES = {
    "ticket": ["exs", "exw", "exh", "bus", "mtu", "exs"], "badge": ["tpa", "tpb", "tpf", "mtx", "tpx"],
    "passport": ["lib", "c1", "mtt", "cafe", "gate", "exp"], "license": ["tpp", "cs", "mall", "bus"],
    "student": ["c1", "c2", "lib", "libg", "t3", "gym", "lxc", "lxl", "flea", "de7", "hall"],
    "idcard": ["mtt", "mtu", "exs", "exw", "cs", "cvs", "bus", "hall", "lib", "tpa", "exh"],
    "bank": ["cs", "cvs", "mtu", "c1", "tpf", "mall"],
}
OTHER_PLACES = {"gown": ["hall", "hall", "flea", "c1", "lib", "mtu", "de7"], "lightstick": ["st", "stg", "lh"], "racket": ["gym", "dw12", "de7"]}
BUILD = {"phone": phone, "wallet": wallet, "keys": keys, "cash": cash, "ebike": ebike, "bicycle": bicycle, "bag": bag,
         "jewelry": jewelry}
CAMPUS = {"c1", "c2", "lib", "libg", "t3", "de7", "dw12", "flea", "gym", "gate", "hall", "cafe", "lxc", "lxl", "lxd", "lxf"}
EXAM = {"exs", "exw", "exh"}
WORK = {"tpa", "tpb", "tpf", "tpp", "tpx", "mtx"}
NIGHT = {"lh", "st", "stg"}


def dist_km(a, b):
    return math.hypot((a[0] - b[0]) * 111.0, (a[1] - b[1]) * 95.0)


def pick_voice(rng, pid, which=None):
    r = rng.random()
    if which == "passport":
        return "intl"
    if pid in EXAM:
        return "parent" if r < 0.7 else ("stu" if r < 0.9 else "slang")
    if pid in WORK:
        return "office" if r < 0.72 else ("courier" if r < 0.82 else "stu")
    if pid in NIGHT:
        return "slang" if r < 0.45 else ("stu" if r < 0.8 else ("intl" if r < 0.9 else "office"))
    if pid in ("exp", "tpx"):
        return "courier" if r < 0.4 else "stu"
    if pid == "hall":
        return "parent" if r < 0.3 else ("stu" if r < 0.7 else ("slang" if r < 0.85 else "intl"))
    if pid in CAMPUS:
        if r < 0.42:
            return "stu"
        return "slang" if r < 0.62 else ("pinyin" if r < 0.72 else ("intl" if r < 0.86 else ("staff" if r < 0.93 else "parent")))
    return "stu" if r < 0.3 else ("slang" if r < 0.42 else ("office" if r < 0.62 else ("intl" if r < 0.72 else ("elder" if r < 0.86 else "courier"))))


def make_truth(rng, cat, pick=None):
    """Draw an object, the place it is lost, its owner's voice and the loss moment."""
    which = None
    if cat == "id_doc":
        which = pick or rng.choice(["idcard", "idcard", "student", "student", "student", "ticket", "ticket", "bank", "passport",
                                    "license", "badge"])
        pid = rng.choice(DOC_PLACES[which])
    elif cat == "electronics":
        which = pick or rng.choice(["laptop", "laptop", "tablet", "tablet", "earbuds", "earbuds", "calculator", "camera", "watch",
                                    "powerbank", "console", "ereader"])
        pid = rng.choice(CAT_PLACES[cat])
    else:
        pid = rng.choice(CAT_PLACES[cat])
    voice = pick_voice(rng, pid, which)
    holder = fname(rng) if voice == "intl" else cname(rng)
    if cat == "id_doc":
        year = 2007 if which == "ticket" or (voice == "parent" and which == "idcard") else (rng.randint(2000, 2006) if which in ("student", "idcard") and voice != "office" else None)
        o = id_doc(rng, holder, which, year, holder if voice == "intl" else fname(rng))
    elif cat == "electronics":
        o = electronics(rng, holder, which)
    elif cat == "other":
        o = other(rng, holder)
        if o["which"] in OTHER_PLACES:
            pid = rng.choice(OTHER_PLACES[o["which"]])
    else:
        o = BUILD[cat](rng, holder)
    if o["holder"] != holder:
        holder = o["holder"]
    p = place_by_id(pid)
    when = p[7]
    if cat in ("ebike", "bicycle", "keys") and when in ("meal", "exam", "concert"):
        when = "any"
    o["place"] = pid
    o["voice"] = voice
    o["L"] = draw_moment(rng, when)
    return o


def window(rng, L):
    r = rng.random()
    if r < 0.5:
        a, b = rng.randint(10, 60), rng.randint(5, 40)
    elif r < 0.8:
        a, b = rng.randint(60, 300), rng.randint(10, 180)
    else:
        a, b = rng.randint(300, 2000), rng.randint(30, 1440)
    frm = min(L + a, 172800)
    start = to_dt(frm)
    if start.hour < 6:
        frm = max(L, to_min(datetime.datetime(start.year, start.month, start.day, 6, 0)))
    return frm, max(0, L - b)


def found_time(rng, L):
    r = rng.random()
    if r < 0.45:
        d = rng.randint(5, 120)
    elif r < 0.75:
        d = rng.randint(120, 720)
    elif r < 0.95:
        d = rng.randint(720, 4320)
    else:
        d = rng.randint(4320, 14400)
    F = L - d if L - d >= 0 else rng.randint(0, max(0, L - 1))
    return daytime(rng, F)


def daytime(rng, F, above=None):
    """Nobody hands things in between midnight and six: move the moment to the
    next morning, or (when it must stay before `above`) to the evening before."""
    dt = to_dt(F)
    if dt.hour >= 6:
        return F
    later = to_min(datetime.datetime(dt.year, dt.month, dt.day, 7, rng.randint(0, 50)))
    if later >= 0 and (above is None or later > above):
        return later
    if above is None:
        return F
    return min(172800, to_min(datetime.datetime(dt.year, dt.month, dt.day, 0, 0)) + rng.randint(60, 180))


def near_places(pid, k=4, metro=False):
    p = place_by_id(pid)
    here = (plat(p), plon(p))
    pool = [q for q in PLACES if q[0] != pid and (not metro or q[0] in ("mtt", "mtu", "mtx"))]
    pool.sort(key=lambda q: (dist_km(here, (plat(q), plon(q))), q[0]))
    return pool[:k]


def found_place(rng, o):
    """Where a finder picks the thing up: same place, next door, or carried on."""
    pid = o["place"]
    r = rng.random()
    if pid in ("mtt", "mtu", "mtx", "bus", "bkc", "stg") and r < 0.45:
        q = rng.choice(near_places(pid, 3, metro=pid.startswith("mt")))
        return q
    if o["cat"] in ("ebike", "bicycle") and r < 0.35:
        return rng.choice(near_places(pid, 6))
    if r < 0.55:
        return place_by_id(pid)
    return rng.choice(near_places(pid, 3))


def far_place(rng):
    return rng.choice(FAR)
