#!/usr/bin/env python3
"""Write tests/lostfound/set124.json: a blind labelled lost-and-found set for 汀溪 (an invented Hakka
county town in the hills, in spring).

Each object is first drawn as a hidden truth record; the owner's lost report and the finder's found
registration are then written separately from it, each knowing only what that person would know.
Standard library only, one random.Random(124124); the output is byte-identical on every run and
under any PYTHONHASHSEED.

    python3 tests/lostfound/make_set124.py            # writes set124.json next to this file
    python3 tests/lostfound/make_set124.py --stdout   # prints it instead
"""

import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # leave no __pycache__ behind in the shared tree

import set124_gen as G  # noqa: E402
from set124_world import NOW, PLACES, SCENES, EVENT_DAYS, FAR_PLACES, VEHICLE_SPOTS, VEHICLE_SPOTS_DEFAULT  # noqa: E402

SEED = 124124
PREFIX = "S124"
PART = "set124"

PAIRS = {"phone": 22, "id_doc": 20, "wallet": 18, "keys": 12, "ebike": 10, "bicycle": 8, "bag": 16, "cash": 8,
         "jewelry": 10, "electronics": 14, "other": 12}
NULLS = {"phone": 12, "id_doc": 10, "wallet": 10, "keys": 10, "ebike": 6, "bicycle": 5, "bag": 10, "cash": 7,
         "jewelry": 6, "electronics": 8, "other": 6}
NEG_KINDS = [("same_event_twin", 15), ("serial_conflict", 20), ("same_brand_elsewhere", 25),
             ("found_before_loss", 25), ("same_category_colour", 35)]

SCENE_W = {
    "phone": [("station", 3), ("shuttle", 3), ("night_market", 4), ("tea_fair", 2), ("tulou", 2), ("rafting", 2),
              ("town", 2), ("wedding", 1), ("tea_garden", 1), ("homestay", 1), ("school", 1), ("qingming", 1),
              ("sorting", 1)],
    "id_doc": [("station", 3), ("shuttle", 2), ("tulou", 2), ("town", 3), ("tea_fair", 1), ("school", 2),
               ("homestay", 1), ("night_market", 1), ("qingming", 1), ("sorting", 1)],
    "wallet": [("station", 2), ("shuttle", 2), ("night_market", 3), ("tea_fair", 2), ("town", 3), ("wedding", 1),
               ("tulou", 2), ("rafting", 1), ("qingming", 1)],
    "keys": [("night_market", 2), ("town", 3), ("school", 1), ("rafting", 2), ("tea_garden", 1), ("homestay", 1),
             ("sorting", 1), ("wedding", 1), ("qingming", 1)],
    "ebike": [("ebike_theft", 6), ("town", 1), ("sorting", 1)],
    "bicycle": [("ebike_theft", 4), ("school", 3), ("town", 1)],
    "bag": [("station", 3), ("shuttle", 3), ("tea_fair", 2), ("tulou", 2), ("rafting", 2), ("homestay", 1),
            ("night_market", 1), ("town", 1), ("wedding", 1)],
    "cash": [("wedding", 3), ("tea_fair", 3), ("town", 2), ("night_market", 1), ("station", 1), ("qingming", 1)],
    "jewelry": [("wedding", 3), ("town", 2), ("tulou", 1), ("rafting", 1), ("homestay", 1), ("tea_garden", 1),
                ("qingming", 1), ("night_market", 1)],
    "electronics": [("rafting", 3), ("tulou", 2), ("school", 2), ("station", 2), ("shuttle", 1), ("tea_garden", 1),
                    ("homestay", 1), ("night_market", 1), ("tea_fair", 1)],
    "other": [("school", 2), ("tea_garden", 2), ("qingming", 2), ("sorting", 2), ("tea_fair", 1), ("shuttle", 1),
              ("town", 2), ("rafting", 1), ("tulou", 1), ("wedding", 1)],
}

VOICE_OK = {
    "ebike": ["local", "teacher", "migrant", "hurried", "elder", "courier_o"],
    "bicycle": ["local", "student", "teacher", "parent", "hurried", "migrant"],
    "cash": [v for v in ["local", "elder", "migrant", "merchant", "guest", "tourist", "tw", "my", "hurried", "student",
                         "parent", "teacher", "courier_o"]],
    "electronics": ["local", "migrant", "tourist", "tw", "my", "foreigner", "hurried", "student", "parent", "teacher",
                    "merchant", "guest", "courier_o"],
}

WTYPE_BY_VOICE = {
    "elder": [("part", 5), ("day", 3), ("event", 2), ("since", 1)],
    "hurried": [("part", 5), ("precise", 3), ("since", 2)],
    "migrant": [("multi", 35), ("part", 30), ("precise", 20), ("since", 15)],
    "merchant": [("precise", 6), ("part", 3), ("since", 1)],
    "student": [("event", 4), ("part", 3), ("precise", 3)],
    "parent": [("event", 5), ("part", 3), ("day", 2)],
    "teacher": [("event", 3), ("precise", 4), ("since", 3)],
    "guest": [("precise", 4), ("part", 4), ("event", 2)],
    "courier_o": [("precise", 3), ("since", 3), ("multi", 4)],
    "local": [("precise", 35), ("part", 30), ("since", 20), ("day", 10), ("multi", 5)],
}
WTYPE_DEFAULT = [("precise", 40), ("part", 35), ("since", 15), ("day", 10)]


def plan():
    """one entry per lost report: (cat, pair?, forced scene/sub/voice/alt)"""
    forced = [
        # cross-category pairs: two people file one object differently (at most 5 allowed)
        dict(cat="electronics", pair=True, scene="school", sub="儿童手表", voice="parent", alt="phone"),
        dict(cat="electronics", pair=True, scene="shuttle", sub="笔记本电脑", voice="migrant", alt="bag"),
        dict(cat="id_doc", pair=True, scene="town", sub="身份证", voice="local", alt="wallet"),
        dict(cat="cash", pair=True, scene="wedding", sub="红包", voice="guest", alt="other"),
    ]
    # objects that come in look-alike batches at one event (uniforms, festival totes, red envelopes, dry bags)
    for cat, sub, scene, voices, n_null, n_pair in [
            ("other", "校服", "school", ["student", "parent"], 2, 2),
            ("bag", "帆布袋", "tea_fair", ["merchant", "tourist", "local"], 3, 1),
            ("cash", "红包", "wedding", ["guest", "elder", "migrant"], 3, 1),
            ("bag", "防水袋", "rafting", ["tourist", "student", "migrant"], 3, 1)]:
        for i in range(n_null + n_pair):
            forced.append(dict(cat=cat, pair=i >= n_null, scene=scene, sub=sub, voice=G.ch(voices)))
    need_p, need_n = dict(PAIRS), dict(NULLS)
    for f in forced:
        (need_p if f["pair"] else need_n)[f["cat"]] -= 1
    entries = list(forced)
    for cat in PAIRS:
        entries += [dict(cat=cat, pair=True) for _ in range(need_p[cat])]
        entries += [dict(cat=cat, pair=False) for _ in range(need_n[cat])]
    G.R.shuffle(entries)
    return entries


def pick_voice(scene, cat, sub):
    opts = list(SCENES[scene]["owners"])
    if cat in VOICE_OK:
        opts = [v for v in opts if v in VOICE_OK[cat]]
    if sub == "快递包裹":
        opts = [v for v in opts if v in ("local", "courier_o")]
    if cat == "other" and scene == "school":
        opts = [v for v in opts if v in ("student", "parent")]
    if cat == "id_doc" and scene == "school":
        opts = [v for v in opts if v in ("student", "parent")]
    if not opts:
        opts = ["local"]
    return G.ch(opts)


def loss_time(scene):
    sc = SCENES[scene]
    if scene in EVENT_DAYS:
        day = G.ch(EVENT_DAYS[scene])
    else:
        lo, hi = sc["days"]
        day = hi - min(int(G.R.expovariate(1 / 4.0)), hi - lo)
    h0, h1 = sc["hours"]
    if scene == "wedding":
        h0, h1 = (17, 21) if day == -2 else (11, 13)
    if day == 0:
        h1 = min(h1, 16)
        h0 = min(h0, h1)
    h = G.R.randrange(h0, h1 + 1)
    return G.at(day, h, G.R.randrange(0, 60))


def jitter_ll(pid, amount=0.0012):
    P = PLACES[pid]
    return (round(P["lat"] + (G.R.random() - 0.5) * 2 * amount, 5), round(P["lon"] + (G.R.random() - 0.5) * 2 * amount, 5))


def found_place(scene, pid):
    sc = SCENES[scene]
    if scene == "shuttle":
        return "depot" if G.chance(0.8) else "station_plaza"
    moved_p = {"rafting": 0.5, "tea_garden": 0.15, "ebike_theft": 0.75, "sorting": 0.4}.get(scene, 0)
    if sc["moved"] and G.chance(moved_p):
        return G.ch(sc["moved"])
    near = PLACES[pid]["near"]
    if near and G.chance(0.3):
        return G.ch(near)
    return pid


EVENT_PLACE = {"wedding": "wedding", "school": "school", "tea_fair": "tea_fair"}
EVENT_FINDER = {"teacher": "school", "student_f": "school", "fair_staff": "tea_fair", "merchant_f": "tea_fair",
                "banquet_staff": "wedding", "host_family": "wedding"}
EVENT_HOURS = {"school": {-5: (8, 18), -4: (8, 18)}, "tea_fair": {-4: (9, 19), -3: (9, 19), -2: (9, 19)},
               "wedding": {-2: (18, 24), -1: (12, 16)}}
# when each kind of finder is about (clock hours, end exclusive)
HOURS = {"police": (0, 24), "security": (0, 24), "cleaner": (5, 24), "taxi": (6, 24), "bus_driver": (7, 23),
         "vendor": (18, 24), "sanitation": (5, 20), "passerby": (6, 23), "guard": (0, 24), "farmer": (6, 19),
         "homestay": (7, 23), "villager": (6, 21), "guide": (9, 18), "scenic_staff": (8, 18), "raft_guide": (9, 18),
         "raft_staff": (9, 18), "sorter": (0, 24), "courier": (8, 20), "caretaker": (7, 18), "shop_staff": (8, 22),
         "hosp_guard": (0, 24)}


def finder_options(pid, scene):
    """who could hand it in here: people tied to an event only when that event is the scene"""
    if pid == "depot":
        return ["bus_driver"] if scene == "shuttle" else ["passerby", "police"]
    if pid == "station_plaza" and scene == "shuttle":
        return ["bus_driver"]
    if pid in EVENT_PLACE and scene != EVENT_PLACE[pid]:
        return ["guard"] if pid == "school" else ["passerby", "police"]
    return [k for k in G.FINDERS_AT[pid] if k != "bus_driver"]


def open_hours(kind, day):
    ev = EVENT_FINDER.get(kind)
    if ev:
        return EVENT_HOURS[ev].get(day)
    return HOURS.get(kind, (0, 24))


def fit(kind, dt, lo, hi, forward=True):
    """a time close to dt at which this finder is about, inside [lo, hi]; None if there is none"""
    d0 = (dt.date() - NOW.date()).days
    cands = [dt]
    for day in ([d0, d0 + 1, d0 + 2] if forward else [d0, d0 - 1, d0 - 2]):
        w = open_hours(kind, day)
        if not w:
            continue
        if forward:
            cands.append(G.plus(G.at(day, w[0]), G.R.randrange(0, 50)))
        else:
            cands.append(G.plus(G.at(day, w[1] - 1, 59), -G.R.randrange(0, 50)))
    for t in cands:
        w = open_hours(kind, (t.date() - NOW.date()).days)
        if w and w[0] <= t.hour < w[1] and lo <= t <= hi:
            return t
    return None


def settle(pid, scene, dt, lo, hi, forward=True, kind=None):
    """pick a finder at pid and a time near dt when that finder is plausibly about"""
    opts = finder_options(pid, scene)
    first = kind or G.ch(opts)
    for k in [first] + [k for k in opts if k != first]:
        t = fit(k, dt, lo, hi, forward)
        if t is not None:
            return k, t
    return "police", min(max(dt, lo), hi)


def found_ctx(pid, kind, found, scene, vehicle=False):
    if vehicle and kind != "bus_driver":
        spot = G.ch(VEHICLE_SPOTS.get(pid, VEHICLE_SPOTS_DEFAULT))
    elif kind == "bus_driver" and "f_bus" in PLACES[pid]:
        spot = G.ch(PLACES[pid]["f_bus"])
    else:
        spot = G.ch(PLACES[pid]["f"])
    lat, lon = jitter_ll(pid)
    return dict(kind=kind, pid=pid, spot=spot, found=found, scene=scene, lat=lat, lon=lon)


def apply_cross(o, alt):
    o["alt_cat"] = alt
    if alt == "bag":  # laptop reported as electronics, handed in as a computer bag
        bagc = G.ch(["灰", "黑"])
        o["noun_f"] = ["电脑包", "笔记本电脑包", "电脑手提包"]
        o["mw_f"] = "个"
        o["f_color"] = bagc
        o["brand_vis"] = False
        o["marks"] = [m for m in o["marks"] if "电脑包" not in (m["o"] or "")]
        o["marks"].insert(0, G.mark("装在%s电脑包里" % G.cword(bagc), None, vis="hidden"))
        o["marks"].append(G.mark(None, "包内有%s笔记本电脑一台及电源适配器" % G.bword(o["brand"]), vis="inside", key=True))
    elif alt == "wallet":  # ID card reported as id_doc, handed in as a card holder
        c = G.ch(["黑", "棕", "红", "藏青"])
        tail = G.new_tail()
        bank = G.ch(G.BANKS)
        o["noun_f"] = ["卡包", "证件卡包", "小卡包"]
        o["f_color"] = c
        o["color"] = o["color"] or c
        o["mw"] = "个"
        o["marks"].append(G.mark("和%s卡一起装在%s卡包里" % (bank[0], G.cword(c)), "卡包内另有%s银行卡一张（%s****%s）" % (bank[1], bank[2], tail),
                                 vis="inside", key=True))
    elif alt == "phone":
        o["noun_f"] = ["儿童电话手表", "小孩用的手表电话"]
    elif alt == "other":
        o["noun_f"] = ["红包", "红包（内有现金）"]


def make_entry(spec):
    cat = spec["cat"]
    scene = spec.get("scene") or G.wch(SCENE_W[cat])
    sub = spec.get("sub")
    if cat == "other" and scene == "sorting":
        sub = sub or "快递包裹"
    voice = spec.get("voice") or pick_voice(scene, cat, sub)
    person = G.new_person(voice)
    force = {"sub": sub} if sub else {}
    o = G.build(cat, person, scene, force)
    if spec.get("alt"):
        apply_cross(o, spec["alt"])
    pid = G.ch(SCENES[scene]["lose"])
    loss = loss_time(scene)
    wt = G.wch(WTYPE_BY_VOICE.get(voice, WTYPE_DEFAULT))
    if scene == "ebike_theft" or (cat in ("ebike", "bicycle")):
        wt = G.wch([("since", 6), ("precise", 2), ("part", 2)])
    if wt == "event" and scene not in EVENT_DAYS:
        wt = "part"
    a, b = G.make_window(loss, wt, scene)
    E = dict(cat=cat, o=o, scene=scene, pid=pid, loss=loss, a=a, b=b, wtype=wt, voice=voice, pair=spec["pair"],
             event=scene if scene in EVENT_DAYS else None)
    E["lost"] = G.render_lost(o, E)
    if spec["pair"]:
        fpid = found_place(scene, pid)
        k0 = G.ch(finder_options(fpid, scene))
        dt = G.found_delay(k0, loss, scene)
        if cat in ("ebike", "bicycle") and fpid != pid:  # ridden off and dumped: turns up days later
            dt = min(G.plus(loss, G.R.randrange(600, 8640)), G.plus(NOW, -30))
        kind, t = settle(fpid, scene, dt, loss, G.plus(NOW, -10), True, k0)
        F = found_ctx(fpid, kind, t, scene, cat in ("ebike", "bicycle"))
        F["long"] = (t - loss).total_seconds() > 86400 * 1.5
        F["noise"] = True
        E["fctx"] = F
        E["found"] = G.render_found(f_view(o), F)
    return E


def f_view(o):
    """the object as a finder sees it (cross-category pairs change noun / colour)"""
    if "f_color" in o:
        v = dict(o)
        v["color"] = o["f_color"]
        return v
    return o


# ------------------------------------------------------------------------------------------------
# hard negatives
# ------------------------------------------------------------------------------------------------
def event_start(scene):
    return G.at(min(EVENT_DAYS[scene]), 17 if scene == "wedding" else SCENES[scene]["hours"][0])


def said_brand(E):
    return "brand" in E["lost"] or (E["o"]["brand"] and any(s in E["lost"]["body"] for s in G.BRANDS[E["o"]["brand"]]))


def eligible(kind, E):
    o, L = E["o"], E["lost"]
    if E["o"].get("alt_cat"):
        return False
    if kind == "same_event_twin":
        return o.get("twin") is not None and E["voice"] != "hurried"
    if kind == "serial_conflict":
        return L.get("states_serial") and o["serial"]["kind"] not in ("cert",)
    if kind == "same_brand_elsewhere":
        return o["brand"] is not None and said_brand(E)
    if kind == "found_before_loss":
        if E["scene"] in EVENT_DAYS and E["a"] < G.plus(event_start(E["scene"]), 180):
            return False  # nothing from the festival or the wedding can turn up before it began
        return (o["color"] is not None or o["brand"] is not None) and G.mins(E["a"]) < 172000
    return o["color"] is not None


def neg_person(E):
    """another person of the same sort as the owner (a resident's look-alike belongs to a resident)"""
    owner = E["o"]["owner"]
    if owner["origin"] != "local":
        return G.new_person(owner["voice"])
    opts = [v for v in SCENES[E["scene"]]["owners"] if v not in ("tw", "my", "foreigner")]
    if E["cat"] in VOICE_OK:
        opts = [v for v in opts if v in VOICE_OK[E["cat"]]]
    if E["scene"] == "school" and E["cat"] in ("id_doc", "other"):
        opts = [v for v in opts if v in ("student", "parent")]
    return G.new_person(G.ch(opts) if opts else owner["voice"])


def make_negative(kind, E):
    o = E["o"]
    cat, scene = E["cat"], E["scene"]
    base = {"sub": o["sub"]}
    if kind == "same_category_colour":
        force = dict(base, color=o["color"])
        if o["brand"] is not None:
            force["not_brand"] = o["brand"]
        if G.chance(0.25) and cat not in ("id_doc", "cash", "other", "bag"):
            force.pop("sub")
    elif kind == "found_before_loss":
        force = dict(base, color=o["color"], brand=o["brand"])
        if o["model"] and G.chance(0.5):
            force["model"] = o["model"]
    elif kind == "same_brand_elsewhere":
        force = dict(base, brand=o["brand"])
        if o["color"] and G.chance(0.5):
            force["color"] = o["color"]
    elif kind == "serial_conflict":
        force = dict(base, color=o["color"], brand=o["brand"])
        if o["model"]:
            force["model"] = o["model"]
    else:  # same_event_twin
        force = dict(base, color=o["color"])
        if o["brand"] is not None or o["sub"] in ("帆布袋", "防水袋", "校服", "红包"):
            force["brand"] = o["brand"]
    if force.get("color") is None:
        force.pop("color", None)
    for _ in range(20):
        p = neg_person(E)
        if o["owner"]["voice"] in ("student", "parent") and cat in ("id_doc", "other"):
            p["grade"], p["klass"] = o["owner"].get("grade"), G.R.randrange(1, 12)
        n = G.build(cat, p, scene, force)
        if kind == "same_event_twin" and n.get("amount") is not None and n.get("amount") == o.get("amount"):
            continue
        break
    if kind == "serial_conflict":
        s, t = o["serial"], n["serial"]
        if t is None or t["kind"] != s["kind"]:
            t = dict(s)
            t["value"] = None
            n["serial"] = t
        k = s["kind"]
        if k == "card":
            nt = G.near_miss_tail(s["value"])
            if t["value"]:
                for m in n["marks"]:
                    for key in ("o", "f", "en"):
                        if m[key]:
                            m[key] = m[key].replace(t["value"], nt)
            else:
                bank = t["bank"]
                n["marks"].append(G.mark("%s卡一张，尾号%s" % (bank[0], nt), "%s银行卡一张（%s****%s）" % (bank[1], bank[2], nt),
                                         vis="inside", key=True))
            t["value"] = nt
        elif k == "plate":
            d = s["value"].split("·")[1]
            for _ in range(50):
                i = G.R.randrange(4)
                nd = d[:i] + d[i + 1] + d[i] + d[i + 2:]
                if nd != d and G._claim("汀A·" + nd):
                    t["value"] = "汀A·" + nd
                    break
            if t["value"] is None or t["value"] == s["value"]:
                while True:
                    v = "汀A·" + str(G.R.randrange(10000, 99999))
                    if G._claim(v):
                        t["value"] = v
                        break
        elif t["value"] is None:
            v = s["value"]
            if k == "imei":
                t["value"] = G.new_imei()
            elif k == "idno":
                t["value"] = G.new_idno(v[:6], p["birth"], p["male"])
            else:
                pre = "".join(c for c in v[:2] if c.isalpha()) if k != "student" else v[:4]
                t["value"] = G.new_code(pre, len(v) - len(pre), alpha=k in ("sn", "passport"))
        n["f_serial"] = 1.0
    # where and when
    if kind == "same_brand_elsewhere":
        fpid = G.ch(FAR_PLACES)
    elif kind == "same_event_twin":
        fpid = E["pid"]
    else:
        fpid = E["pid"] if G.chance(0.5) else (G.ch(PLACES[E["pid"]]["near"]) if PLACES[E["pid"]]["near"] else E["pid"])
    if fpid == "shuttle":
        fpid = "depot"
    if kind == "same_event_twin" and fpid in ("raft_mid",):
        fpid = "raft_end"
    vehicle = cat in ("ebike", "bicycle")
    earliest = G.plus(NOW, -172000)
    if kind == "found_before_loss":
        dt = G.plus(E["a"], -G.R.randrange(40, 4320))
        lo = max(earliest, G.plus(E["a"], -8640))
        if scene in EVENT_DAYS:
            lo = max(lo, event_start(scene))
            dt = max(dt, lo)
        fkind, found = settle(fpid, scene, dt, lo, G.plus(E["a"], -20), False)
    elif kind == "same_brand_elsewhere":
        later = G.plus(E["b"], G.R.randrange(1440, 5760))
        if G.chance(0.5) and later < G.plus(NOW, -10):
            fkind, found = settle(fpid, scene, later, G.plus(E["b"], 1440), G.plus(NOW, -10), True)
        else:
            dt = G.plus(E["a"], -G.R.randrange(1440, 10080))
            fkind, found = settle(fpid, scene, dt, max(earliest, G.plus(E["a"], -14400)), G.plus(E["a"], -720), False)
    else:
        hi = min(E["b"], G.plus(NOW, -40))
        span = max(1, int((hi - E["a"]).total_seconds() // 60))
        t0 = G.plus(E["a"], G.R.randrange(0, span))
        k0 = G.ch(finder_options(fpid, scene))
        fkind, found = settle(fpid, scene, G.found_delay(k0, t0, scene), E["a"], G.plus(NOW, -10), True, k0)
    F = found_ctx(fpid, fkind, found, scene, vehicle)
    F["long"] = G.chance(0.3)
    F["noise"] = False
    if kind == "serial_conflict":
        F["serial_p"] = 1.0
    rec = G.render_found(n, F)
    if kind == "serial_conflict" and "serial" not in rec and n["serial"]:
        rec["serial"] = G.serial_forms(n["serial"], "f")
    return dict(o=n, fctx=F, found=rec, kind=kind, target=E)


def choose_targets(entries):
    used = set()
    out = []
    for kind, count in NEG_KINDS:
        nulls = [i for i, E in enumerate(entries) if not E["pair"] and i not in used and eligible(kind, E)]
        pairs = [i for i, E in enumerate(entries) if E["pair"] and i not in used and eligible(kind, E)]
        want_null = round(count * 0.6)
        pick = G.sample(nulls, min(want_null, len(nulls)))
        pick += G.sample(pairs, min(count - len(pick), len(pairs)))
        if len(pick) < count:
            rest = [i for i in nulls if i not in pick]
            pick += G.sample(rest, count - len(pick))
        if len(pick) < count:
            # allow a second negative on an already targeted report
            more = [i for i, E in enumerate(entries) if i not in pick and eligible(kind, E)]
            pick += G.sample(more, count - len(pick))
        if len(pick) != count:
            raise SystemExit("not enough targets for %s: %d" % (kind, len(pick)))
        for i in sorted(pick):
            used.add(i)
            out.append((kind, i))
    return out


# ------------------------------------------------------------------------------------------------
# output
# ------------------------------------------------------------------------------------------------
FIELDS = ["color", "brand", "model", "serial", "marks", "address", "lat", "lon"]


def clean(rec, cat):
    out = {"category": cat, "body": rec["body"]}
    for k in FIELDS:
        if k in rec and rec[k] not in (None, ""):
            out[k] = rec[k]
    return out


def main():
    rng = random.Random(SEED)
    G.setup(rng)
    entries = [make_entry(spec) for spec in plan()]
    negs = [make_negative(kind, entries[i]) for kind, i in choose_targets(entries)]

    found_items = []
    for E in entries:
        if E["pair"]:
            cat = E["o"].get("alt_cat") or E["cat"]
            it = clean(E["found"], cat)
            it["found_at_min"] = G.mins(E["fctx"]["found"])
            found_items.append((it, E))
    for N in negs:
        it = clean(N["found"], N["o"]["cat"])
        it["found_at_min"] = G.mins(N["fctx"]["found"])
        it["negative"] = N["kind"]
        found_items.append((it, None))
    G.R.shuffle(found_items)
    fkey = {}
    found_out = []
    for n, (it, E) in enumerate(found_items, 1):
        key = "%s-F%04d" % (PREFIX, n)
        rec = {"key": key}
        rec.update(it)
        found_out.append(rec)
        if E is not None:
            fkey[id(E)] = key
    order = list(entries)
    G.R.shuffle(order)
    lost_out = []
    for n, E in enumerate(order, 1):
        rec = {"key": "%s-L%04d" % (PREFIX, n)}
        rec.update(clean(E["lost"], E["cat"]))
        rec["lost_from_min"] = G.mins(E["a"])
        rec["lost_to_min"] = G.mins(E["b"])
        rec["truth"] = fkey[id(E)] if E["pair"] else None
        lost_out.append(rec)
    doc = {"seed": SEED, "made_by": "tests/lostfound/make_set124.py",
           "parts": {PART: {"found": found_out, "lost": lost_out}}}
    text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    if "--stdout" in sys.argv:
        sys.stdout.write(text)
    else:
        with open(os.path.join(HERE, "set124.json"), "w", encoding="utf-8") as fh:
            fh.write(text)
        print("wrote set124.json: %d lost (%d with truth), %d found (%d negatives)" % (
            len(lost_out), sum(1 for r in lost_out if r["truth"]), len(found_out),
            sum(1 for r in found_out if "negative" in r)))


if __name__ == "__main__":
    main()
