"""set86 hard negatives: found items that are nobody's truth, each made against
one lost report (its target) and kept honest by a detail the two registrations
show differently (or by time or distance)."""
import copy
from set86_scene import make_truth, found_place, far_place, dist_km, daytime
from set86_world import place_by_id, cname, fname
from set86_nums import other_serial
from set86_obj_a import T, fact, MODELS
from set86_obj_b import EMODELS
from set86_lost import cls
from set86_found import render_found

MUTABLE = set(T) | {"cardname", "cash", "engrave", "roomtag", "namelabel", "textbook"}


def conflicts(lost, found):
    """Why a found registration cannot be the lost one, judged from what both show."""
    lr, fr = lost["_rev"], found["_rev"]
    why = set()
    if found["found_at_min"] > lost["lost_from_min"]:
        why.add("time")
    if dist_km(lr["at"], fr["at"]) > 10:
        why.add("far")
    if lr["cls"] != fr["cls"]:
        why.add("cls")
    for k in ("color", "brand", "model", "name"):
        if lr[k] and fr[k] and lr[k] != fr[k]:
            why.add(k)
    if lr["serial"] and fr["serial"]:
        (lf, lt), (ff, ft) = lr["serial"], fr["serial"]
        if lt != ft or (lf and ff and lr["sv"] != fr["sv"]):
            why.add("serial")
    for t, v in lr["facts"].items():
        if t in fr["facts"] and fr["facts"][t] != v:
            why.add("fact:" + t)
    return why


def in_window(rng, lost):
    return daytime(rng, rng.randint(max(0, lost["lost_to_min"] - 1440), lost["lost_from_min"]))


def fresh_like(rng, t, brand=None, avoid_brand=None):
    best = None
    for _ in range(40):
        o = make_truth(rng, t["cat"], t.get("which") if t["cat"] in ("id_doc", "electronics") else None)
        if cls(o) != cls(t):
            continue
        best = o
        if (brand is None or o["brand"] == brand) and (avoid_brand is None or o["brand"] != avoid_brand):
            return o
    if best is None:
        best = copy.deepcopy(t)
        best["facts"] = []
    if brand:
        best["brand"] = brand
        pool = MODELS.get(brand) if t["cat"] == "phone" else EMODELS.get(t.get("which"), {}).get(brand)
        best["model"] = rng.choice(pool) if pool else None
    return best


FOB = {"blue": "蓝色", "red": "红色", "yellow": "黄色", "black": "黑色"}


def recolor(rng, o, color):
    """Give a fresh object the target's colour, keeping its own facts consistent."""
    o["color"] = color
    redo = []
    if o["cat"] == "keys":
        o["allow"] = {"fob": [FOB[color]]} if color in FOB else {}
        redo = ["fob"] if color in FOB else []
        o["facts"] = [f for f in o["facts"] if f["t"] != "fob"]
    elif o["cat"] == "jewelry":
        o["allow"] = {"metal": ["18k", "zujin"] if color in ("gold", "pink") else ["s925", "pt"]}
        redo = ["metal"] if any(f["t"] == "metal" for f in o["facts"]) else []
        o["facts"] = [f for f in o["facts"] if f["t"] != "metal"]
    elif o["cat"] == "cash":
        red = color == "red"
        o["kind"] = "红包" if red else "现金"
        o["nouns"], o["fnouns"] = (["红包"], ["红包"]) if red else (["现金", "钱"], ["现金"])
        o["allow"] = {"env": ["jbtm", "bykl"] if red else ["rent", "plainenv"]}
        redo = ["env"] if any(f["t"] == "env" for f in o["facts"]) else []
        o["facts"] = [f for f in o["facts"] if f["t"] != "env"]
    for t in redo:
        o["facts"].append(fact(rng, t, o))
    return o


def settle(o, t):
    o["place"] = t["place"]
    return o


def mutate(rng, o, rev):
    """Change one detail the owner told of; returns the fact type changed or None."""
    cands = sorted(tt for tt in rev["facts"] if tt in MUTABLE and any(f["t"] == tt and f.get("f") for f in o["facts"]))
    if not cands:
        return None
    tt = rng.choice(cands)
    for i, f in enumerate(o["facts"]):
        if f["t"] != tt:
            continue
        if tt in T or tt in ("cardname", "cash"):
            nf = fact(rng, tt, o, exclude=f["v"] if tt != "cash" else o["amount"])
            if tt == "cash" and o["cat"] == "cash":
                nf["f"] = "共计人民币%d元" % nf["v"]
        elif tt == "engrave":
            e = f["v"][:-4] + str(int(f["v"][-4:]) + rng.choice([-3, -2, -1, 1, 2]))
            nf = dict(f, v=e, o="内侧刻着'%s'" % e, f="内侧刻字'%s'" % e, e="engraved '%s' inside" % e)
        elif tt == "roomtag":
            r = f["v"][:-2] + "%02d" % ((int(f["v"][-2:]) + rng.randint(1, 9)) % 25 + 1)
            nf = dict(f, v=r, o="钥匙牌上写着" + r, f="钥匙牌标注" + r, e="the key tag says " + r)
        else:
            n = cname(rng)
            nf = {k: (x.replace(f["v"], n) if isinstance(x, str) else x) for k, x in f.items()}
            nf["v"] = n
        if nf["v"] == f["v"]:
            return None
        o["facts"][i] = nf
        return tt
    return None


def rename(rng, o):
    """A twin belongs to someone else: every trace of the owner's name changes."""
    old = o["holder"]
    if not old:
        return
    n = fname(rng) if old[0].isascii() else cname(rng)
    o["holder"] = n
    for f in o["facts"]:
        for k in ("o", "f", "e", "v"):
            if isinstance(f.get(k), str):
                f[k] = f[k].replace(old, n)


def make_neg(rng, kind, tgt):
    """tgt: {'o': truth record, 'lost': lost registration}. Returns (found registration, truth record) or None."""
    t, lost = tgt["o"], tgt["lost"]
    rev = lost["_rev"]
    force = set()
    owner_words = None
    if kind == "same_colour_other_object":
        o = recolor(rng, settle(fresh_like(rng, t, avoid_brand=t["brand"]), t), t["color"])
        force = {"color"}
        if rev["brand"] and o["brand"]:
            force.add("brand")
        if rev["serial"] and o["serial"]:
            o["sk_finder"] = "full"
            force.add("serial")
        for tt in sorted(rev["facts"]):
            if tt in T and T[tt][0][2] and tt not in ("fob", "metal", "env") and rng.random() < 0.6:
                o["facts"] = [f for f in o["facts"] if f["t"] != tt] + [fact(rng, tt, o, exclude=rev["facts"][tt])]
                force.add(tt)
        if rev["name"] and t["cat"] == "id_doc":
            force.add("name")
        fm, fp = in_window(rng, lost), found_place(rng, o)
    elif kind == "found_before_loss":
        o = settle(fresh_like(rng, t, brand=t["brand"]), t)
        recolor(rng, o, t["color"])
        o["model"] = t["model"] if rng.random() < 0.6 else o["model"]
        force = {"color", "brand"}
        fm = min(172800, lost["lost_from_min"] + rng.choice([rng.randint(20, 240), rng.randint(240, 1440), rng.randint(1440, 7200)]))
        fp = found_place(rng, o)
    elif kind == "same_brand_far_place_time":
        o = fresh_like(rng, t, brand=t["brand"])
        fp = far_place(rng)
        o["place"] = t["place"]
        force = {"brand"}
        if rng.random() < 0.5:
            fm = min(172800, lost["lost_from_min"] + rng.randint(1440, 14400))
        else:
            fm = max(0, lost["lost_to_min"] - rng.randint(720, 8000))
    elif kind == "same_model_other_serial":
        o = copy.deepcopy(t)
        o["facts"] = fresh_like(rng, t)["facts"]
        o["serial"] = other_serial(rng, t["skind"], t["serial"])
        o["sk_finder"] = "full"
        if t["cat"] == "id_doc":
            o["holder"] = fname(rng) if t["which"] == "passport" else cname(rng)
        force = {"serial", "brand", "model", "color"}
        fm, fp = in_window(rng, lost), found_place(rng, o)
    elif kind == "twin_one_detail":
        o = copy.deepcopy(t)
        tt = mutate(rng, o, rev)
        if tt is None:
            return None
        if o["serial"]:
            o["serial"], o["sk_finder"] = other_serial(rng, o["skind"], o["serial"]), None
        if tt == "cash":
            o["amount"] = [f for f in o["facts"] if f["t"] == "cash"][0]["v"]
        rename(rng, o)
        force = {tt, "color"} | ({"brand"} if rev["brand"] else set())
        owner_words = {k: lost.get(k) for k in ("color", "brand")}
        fm, fp = in_window(rng, lost), place_by_id(t["place"])
    elif kind == "namesake":
        o = settle(fresh_like(rng, t), t)
        o["holder"] = t["holder"]
        o["sk_finder"] = "full"
        force = {"name", "serial"}
        fm, fp = in_window(rng, lost), found_place(rng, o)
    else:
        raise KeyError(kind)
    if fm > lost["lost_from_min"]:
        fm = daytime(rng, fm, above=lost["lost_from_min"])
    else:
        fm = daytime(rng, fm)
    f = render_found(rng, o, fm, fp, force=force, owner_words=owner_words)
    f["negative"] = kind
    return f, o
