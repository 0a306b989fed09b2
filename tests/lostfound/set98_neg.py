"""set98 hard negatives: found items that are nobody's truth, each made as a *different object*
aimed at one lost report (its "target"), then registered by a finder like any other found item.

Kinds:
  same_cat_color       same category and colour, another brand or kind, nearby, inside the loss window
  near_twin            same category, colour and brand (often model), another object, nearby, in window
  found_before_loss    looks like the target but was handed in before the target's loss began
  same_brand_elsewhere same category and brand, far away (another district) and at another time
  namesake             a card / labelled item bearing the same name, but another person's object
  one_detail           identical except one detail the finder records (serial, card tail, a mark, the amount)
"""
import copy

from set98_world import (PLACES, neighbours, FAR_KEYS, gb11643, imei, digits, gb_check)
from set98_objects import new_object, new_id_doc, POOLS, feat

KINDS = ["same_cat_color", "near_twin", "found_before_loss", "same_brand_elsewhere", "namesake", "one_detail"]
NAMESAKE_CATS = ("id_doc", "wallet", "bag", "other", "electronics")
MAX_MIN = 172800


def eligible(kind, obj, meta):
    if kind == "same_cat_color":
        return obj["color"] is not None
    if kind == "near_twin":
        return obj["brand"] is not None or obj["cat"] in ("keys", "cash", "bag", "bicycle")
    if kind == "found_before_loss":
        return True
    if kind == "same_brand_elsewhere":
        return obj["brand"] is not None
    if kind == "namesake":
        return obj["cat"] in NAMESAKE_CATS and meta["name"] and obj["name"] and (obj["printed"] or obj.get("id_in"))
    if kind == "one_detail":
        return not obj.get("id_in") and bool(detail_choices(obj, meta))
    return False


def detail_choices(obj, meta):
    ch = []
    if meta["serial"] and obj["serial"] and obj["serial"]["t"] in ("imei", "card", "id", "plate", "frame", "sn",
                                                                   "student", "medcard", "passport"):
        ch.append("serial")
    for f in obj["feats"]:
        if f["zh"] in meta["feats"] and f["vis"] != "hidden" and f["t"] in POOLS and len(POOLS[f["t"]]) > 2:
            ch.append(f["zh"])
    if meta["cash"] and obj["cash"]:
        ch.append("cash")
    return ch


def _new_serial(rng, s):
    s = dict(s)
    t, v = s["t"], s["v"]
    if t == "imei":
        s["v"] = imei(rng)
    elif t == "card":
        while s["v"] == v:
            s["v"] = digits(rng, 4)
    elif t == "id":
        # same region and birth date, another sequence number: a masked copy differs only at the tail
        while s["v"] == v:
            body = v[:14] + "%03d" % rng.randint(10, 999)
            s["v"] = body + gb_check(body)
    elif t == "plate":
        i = rng.randrange(2, len(v))
        s["v"] = v[:i] + str((int(v[i]) + rng.randint(1, 9)) % 10) + v[i + 1:]
    elif t in ("frame", "sn"):
        i = len(v) - rng.randint(1, 3)
        s["v"] = v[:i] + str((int(v[i]) + rng.randint(1, 9)) % 10) + v[i + 1:]
    elif t in ("student", "medcard", "passport"):
        s["v"] = v[:-4] + digits(rng, 4)
        if s["v"] == v:
            s["v"] = v[:-1] + str((int(v[-1]) + 1) % 10)
    elif t == "fob":
        s["v"] = "门禁卡号" + digits(rng, 6)
    return s


def _reserial(rng, obj):
    if obj["serial"]:
        obj["serial"] = _new_serial(rng, obj["serial"])
        if obj["serial"]["t"] == "id":  # a whole other person's number, not a one-digit change
            obj["serial"]["v"] = gb11643(rng, obj["serial"]["v"][:6], 1945, 2005)
    for f in obj["feats"]:
        if f["t"] == "frame":
            v = obj.get("_frame") or f["v"]
            nv = v[:-6] + digits(rng, 6)
            f["v"] = nv
            f["zh"] = "车架号" + nv
            f["en"] = "frame no. " + nv
    if obj.get("id_in"):
        obj["id_in"] = gb11643(rng, obj["id_in"][:6], 1950, 2000)


def _in_window(rng, ev):
    lo = max(0, ev["to_min"] - 3 * 1440)
    return rng.randint(lo, ev["from_min"])


def make(rng, kind, tobj, tmeta, tev, tvoice):
    """Returns (obj, found_event, force, hide)."""
    near = neighbours(tev["place"], 650)
    force = ()
    hide = ()
    fev = {"place": rng.choice(near)}
    if kind == "same_cat_color":
        obj = None
        for _ in range(12):
            o = new_object(rng, tobj["cat"], tvoice, color=tobj["color"])
            if o["brand"] != tobj["brand"] or o["kind"] != tobj["kind"]:
                obj = o
                break
        obj = obj or o
        obj["color"] = tobj["color"]
        fev["found_min"] = _in_window(rng, tev)
    elif kind == "near_twin":
        kw = {"color": tobj["color"]}
        if tobj["brand"]:
            kw["brand"] = tobj["brand"]
        obj = new_object(rng, tobj["cat"], tvoice, **kw)
        obj["color"] = tobj["color"]
        obj["brand"] = tobj["brand"]
        obj["kind"], obj["kind_en"] = tobj["kind"], tobj["kind_en"]
        if tobj["model"] and rng.random() < 0.6:
            obj["model"] = tobj["model"]
        if obj["cash"] is not None and tobj["cash"] is not None and obj["cash"] == tobj["cash"]:
            obj["cash"] = tobj["cash"] + rng.choice([100, 200, -100]) if tobj["cash"] > 100 else tobj["cash"] + 50
        fev["found_min"] = _in_window(rng, tev)
    elif kind == "found_before_loss":
        obj = copy.deepcopy(tobj)
        _reserial(rng, obj)
        outs = [i for i, f in enumerate(obj["feats"]) if f["vis"] != "hidden" and f["t"] in POOLS]
        if outs and rng.random() < 0.6:
            i = rng.choice(outs)
            obj["feats"][i] = feat(rng, obj["feats"][i]["t"], obj["feats"][i]["vis"], exclude=[obj["feats"][i]["zh"]])
        if obj["name"]:
            obj["name"] = None
            obj["printed"] = False
            obj.pop("id_in", None)
        if obj["cat"] == "id_doc":
            obj["name"] = new_object(rng, "id_doc", tvoice)["name"]
            obj["printed"] = True
        gap = rng.choice([rng.randint(60, 600), rng.randint(600, 3 * 1440), rng.randint(3 * 1440, 12 * 1440)])
        fev["found_min"] = min(MAX_MIN, tev["from_min"] + gap)
    elif kind == "same_brand_elsewhere":
        obj = new_object(rng, tobj["cat"], tvoice, brand=tobj["brand"],
                         color=tobj["color"] if rng.random() < 0.5 else None)
        obj["brand"] = tobj["brand"]
        fev["place"] = rng.choice(FAR_KEYS)
        if rng.random() < 0.5 or tev["from_min"] < 3 * 1440:
            fev["found_min"] = min(MAX_MIN, tev["from_min"] + rng.randint(2 * 1440, 20 * 1440))
        else:
            fev["found_min"] = max(0, tev["to_min"] - rng.randint(2 * 1440, 6 * 1440))
            fev["found_min"] = min(fev["found_min"], tev["from_min"])
    elif kind == "namesake":
        cat = tobj["cat"]
        if cat == "id_doc":
            obj = new_id_doc(rng, "adult" if tvoice == "foreign" else tvoice, name=tobj["name"], sub=tobj.get("sub"))
            while obj["serial"]["v"] == tobj["serial"]["v"]:
                obj = new_id_doc(rng, tvoice, name=tobj["name"], sub=tobj.get("sub"))
        else:
            obj = new_object(rng, cat, tvoice)
            obj["name"] = tobj["name"]
            obj["printed"] = True
            if cat == "wallet":
                obj["id_in"] = gb11643(rng, rng.choice(["440103", "440111", "431121"]), 1950, 2000)
            elif not any(f["t"] in ("nametag",) for f in obj["feats"]) and cat == "bag":
                obj["feats"].append({"t": "nametag", "zh": "包上缝着写了名字的布标", "en": "a name label", "vis": "out"})
        force = ("name",)
        fev["found_min"] = _in_window(rng, tev)
    else:  # one_detail
        obj = copy.deepcopy(tobj)
        ch = rng.choice(detail_choices(tobj, tmeta))
        if ch == "serial":
            obj["serial"] = _new_serial(rng, tobj["serial"])
            force = ("serial",)
        elif ch == "cash":
            obj["cash"] = tobj["cash"] + rng.choice([-200, -100, 100, 300, 500]) if tobj["cash"] > 300 else tobj["cash"] + rng.choice([30, 50, 100])
            force = ("cash",)
        else:
            for i, f in enumerate(obj["feats"]):
                if f["zh"] == ch:
                    nf = feat(rng, f["t"], f["vis"], exclude=[f["zh"]])
                    obj["feats"][i] = nf
                    force = (nf["zh"],)
                    break
        # the twin is a different physical object: any serial it carries is not the target's, but the
        # finder does not record it, so the one detail above is the only registered difference
        if ch != "serial" and obj["serial"]:
            obj["serial"] = _new_serial(rng, obj["serial"])
            hide = ("serial",)
        for f in obj["feats"]:
            if f["t"] == "frame":
                nv = f["v"][:-6] + digits(rng, 6)
                f.update({"v": nv, "zh": "车架号" + nv, "en": "frame no. " + nv})
                hide = hide + (f["zh"],)
        fev["found_min"] = _in_window(rng, tev)
    return obj, fev, force, hide
