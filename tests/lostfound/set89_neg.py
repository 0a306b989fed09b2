"""Set 89: hard negatives - found items that are nobody's truth.

near_twin            - a copy of one lost report's object with one detail changed that both
                       sides would state (colour shade, brand, model, a mark, a name, a number);
same_category_colour - same category and colour as a lost report, near it in place and time,
                       but a different object (other kind, brand or marks);
found_before_loss    - looks like a lost report's object but was handed in before that loss began;
same_brand_elsewhere - same kind and brand as a lost report, found 15-45 km away, and differing
                       in a stated detail or found before that loss.
"""
import copy

from set89_audit import ambiguous_with, reasons
from set89_feats import FEATS
from set89_ids import person
from set89_kinds import K, MODELS
from set89_objects import (COMMUNITIES, ENGRAVE, ENV_TEXT, JMAT_BY_COLOR, MAJORS, MODEL_KIND, feat_opts, get,
                           ident_value, make_object, make_owner)
from set89_found import render_found
from set89_text import BRAND_NEAR, COLOR_NEAR
from set89_world import FAR_KEYS, MAXMIN, at, daylight, earliest, near

NAME_KEYS = ("idname", "docname", "medalname", "bagname", "engraving", "keytag")   # unique to one object
DYN_NEW = {"doorcard": COMMUNITIES, "engraving": ENGRAVE, "envtext": ENV_TEXT, "school": MAJORS}


def mutate(rng, obj, k):
    """Change fact k to a different value a finder and an owner would both state.  False if impossible."""
    f = get(obj, k)
    if f is None:
        return False
    old = f["v"]
    if k == "color":
        f["v"] = rng.choice(COLOR_NEAR[old])
        if obj["cat"] == "jewelry":
            j = get(obj, "jmat")
            if f["v"] not in JMAT_BY_COLOR or (j is not None and j["v"] not in JMAT_BY_COLOR[f["v"]]):
                return False
    elif k == "brand":
        pool = sorted({b for b in K[obj["kind"]]["brands"] if b and b != old})
        nb = BRAND_NEAR.get(old)
        if nb not in pool:
            nb = rng.choice(pool) if pool else None
        if nb is None:
            return False
        f["v"] = nb
        m = get(obj, "model")
        if m is not None:
            ms = MODELS.get((MODEL_KIND.get(obj["kind"]), nb))
            if ms:
                m["v"] = rng.choice(ms)
            else:
                obj["facts"].remove(m)
    elif k == "model":
        ms = [m for m in MODELS.get((MODEL_KIND.get(obj["kind"]), obj_brand(obj)), []) if m != old]
        if not ms:
            return False
        f["v"] = rng.choice(ms)
    elif k in FEATS:
        opts = [c for c in feat_opts(obj["kind"], k, obj_color(obj)) if c[0] != old]
        if not opts:
            return False
        vid, own, fnd, en = rng.choice(opts)
        f.update({"v": vid, "own": own, "fnd": fnd or own, "en": en})
    elif f["ident"]:
        for _ in range(20):
            nv = ident_value(rng, f["ident"], obj) if f["ident"] not in ("bank",) else "%04d" % rng.randint(0, 9999)
            if nv[-4:] != str(old)[-4:]:
                break
        f["v"] = nv
    elif k in ("idname", "docname", "medalname", "bagname"):
        nv = old[0] + person(rng)[1:] if rng.random() < 0.5 and not old.isascii() else person(rng)
        if nv == old:
            return False
        f["v"] = nv
        for side in ("own", "fnd", "en"):
            f[side] = f[side].replace(old, nv)
    elif k == "count":
        f["v"] = old + (1 if old < 4 or rng.random() < 0.5 else -1)
        for side in ("own", "fnd", "en"):
            f[side] = f[side].replace(str(old), str(f["v"]))
    elif k in DYN_NEW:
        nv = rng.choice([x for x in DYN_NEW[k] if x != old])
        f["v"] = nv
        for side in ("own", "fnd", "en"):
            f[side] = f[side].replace(old, nv)
    elif k in ("cash", "amount"):
        f["v"] = old * 2 if rng.random() < 0.5 or old < 100 else max(20, old // 3)
    else:
        return False
    return f["v"] != old


def obj_color(obj):
    c = get(obj, "color")
    return c["v"] if c else None


def obj_brand(obj):
    b = get(obj, "brand")
    return b["v"] if b else None


def strip_private(rng, obj, keep=()):
    """Drop identifiers, names and hidden facts (a different object carries other ones)."""
    obj["facts"] = [f for f in obj["facts"] if f["k"] in keep or not (
        f["ident"] or f["k"] in NAME_KEYS or f["k"] == "hidden")]
    if obj["cat"] == "id_doc" and get(obj, "docname") is None:   # a card always shows some name
        n = person(rng)
        obj["facts"].append({"k": "docname", "v": n, "own": "名字" + n, "fnd": "姓名" + n, "en": "name " + n, "vis": True,
                             "pown": 0.8, "pfnd": 0.95, "ident": None, "cmp": "eq"})


def twin_keys(obj, lmeta):
    out = []
    for k, (v, p) in sorted(lmeta["stated"].items(), key=lambda kv: kv[0]):
        f = get(obj, k)
        if k == "kind" or f is None or p is False or not f["vis"] or f.get("pfnd", 1) <= 0:
            continue
        out.append(k)
    return out


def found_time_after(rng, lrec):
    """A found time within or after the lost window (<= lost_from_min)."""
    hi = lrec["lost_from_min"]
    lo = max(0, lrec["lost_to_min"] - rng.choice([60, 300, 1440, 2880]))
    return daylight(rng, rng.randint(min(lo, hi), hi))


def found_time_before(rng, lrec):
    t = daylight(rng, lrec["lost_from_min"] + rng.randint(150, 4320))
    return t if lrec["lost_from_min"] < t <= MAXMIN else None


def build(rng, label, L, oid):
    """One candidate negative built on lost report L = (rec, meta, obj).  Returns (obj, place, t, force) or None."""
    lrec, lmeta, lobj = L
    place = lmeta["places"][0]
    nb = near(place)
    fplace = place if (rng.random() < 0.5 or not nb) else rng.choice(nb)
    if label == "near_twin":
        ks = twin_keys(lobj, lmeta)
        if not ks:
            return None
        k = rng.choice(ks)
        obj = copy.deepcopy(lobj)
        strip_private(rng, obj, keep=(k,))
        if not mutate(rng, obj, k):
            return None
        force = {k} | {x for x in ks if get(obj, x) is not None and rng.random() < 0.7}
        return obj, fplace, found_time_after(rng, lrec), force, k
    if label == "found_before_loss":
        t = found_time_before(rng, lrec)
        if t is None:
            return None
        obj = copy.deepcopy(lobj)
        strip_private(rng, obj)
        force = {x for x in twin_keys(obj, lmeta) if get(obj, x) is not None and rng.random() < 0.6}
        return obj, fplace, t, force, None
    owner = make_owner(rng, "local")
    if label == "same_category_colour":
        lc = lmeta["stated"].get("color")
        if not lc or lc[1] is not True:
            return None
        kinds = [k for k in sorted(K) if K[k]["cat"] == lobj["cat"] and K[k]["colors"]]
        kk = lobj["kind"] if (rng.random() < 0.5 and lobj["kind"] in kinds) else rng.choice(kinds)
        obj = make_object(rng, kk, oid, owner)
        c = get(obj, "color")
        if c is None:
            return None
        c["v"] = lc[0]
        j = get(obj, "jmat")
        if j is not None and j["v"] not in JMAT_BY_COLOR.get(lc[0], ()):
            return None
        strip_private(rng, obj)
        return obj, fplace, found_time_after(rng, lrec), {"kind", "color", "brand"}, None
    if label == "same_brand_elsewhere":
        lb = lmeta["stated"].get("brand")
        if not lb:
            return None
        obj = make_object(rng, lobj["kind"], oid, owner)
        b = get(obj, "brand")
        if b is None:
            return None
        if b["v"] != lb[0]:
            b["v"] = lb[0]
            m = get(obj, "model")
            if m is not None:
                ms = MODELS.get((MODEL_KIND.get(obj["kind"]), lb[0]))
                if ms:
                    m["v"] = rng.choice(ms)
                else:
                    obj["facts"].remove(m)
        late = lrec["lost_to_min"] - rng.randint(1440, 14400)   # a day or more after the window closed
        t = found_time_before(rng, lrec) if (rng.random() < 0.4 or late < 0) else daylight(rng, late)
        if t is None:
            return None
        return obj, rng.choice(FAR_KEYS), t, {"kind", "brand", "color"}, None
    raise ValueError(label)


def make_negative(rng, label, lost, oid, prefer=None, tries=600):
    """lost: list of (rec, meta, obj).  Returns (rec, meta, obj, base index, reasons) for an accepted negative.
    The base report is drawn from category prefer for the first half of the tries."""
    pairs = [(r, m) for r, m, _ in lost]
    pool = [i for i, (r, _, _) in enumerate(lost) if r["category"] == prefer]
    for n in range(tries):
        bi = rng.choice(pool) if (pool and n < tries // 2) else rng.randrange(len(lost))
        got = build(rng, label, lost[bi], oid)
        if got is None:
            continue
        obj, fplace, t, force, k = got
        first = earliest(obj["kind"])
        if first is not None and at(t) < first:
            continue
        rec, meta = render_found(rng, obj, "tmp", fplace, t, force=force)
        rs = reasons(lost[bi][0], lost[bi][1], rec, meta, first=False)
        if label == "near_twin" and rs != ["fact:" + k]:
            continue
        if label == "found_before_loss" and "time" not in rs:
            continue
        if not rs or ambiguous_with(rec, meta, pairs):
            continue
        return rec, meta, obj, bi, rs
    raise RuntimeError("no negative of kind %s after %d tries" % (label, tries))
