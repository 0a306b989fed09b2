"""set97 hard negatives: found items that are nobody's truth, each built against one lost report.

Every negative is a different physical object from the one its base report lost; the label says
why a careful officer would still not hand it over.
"""
import set97_world as W
import set97_objects as O

KINDS = ["near_twin", "same_cat_color", "found_before_loss", "same_brand_elsewhere", "namesake", "one_detail"]
QUOTA = {"near_twin": 24, "same_cat_color": 22, "found_before_loss": 20, "same_brand_elsewhere": 18,
         "namesake": 14, "one_detail": 22}

FAR = {"gorge": ["street", "market", "hospital", "college", "hsr", "mart", "square"],
       "town": ["gorge_low", "gorge_up", "gorge_gate", "trail", "hsr", "svc"],
       "station": ["gorge_gate", "gorge_up", "market", "college", "square"],
       "busstation": ["gorge_up", "hospital", "college", "hsr"],
       "ride": ["college", "hospital", "square", "market", "svc"],
       "college": ["gorge_low", "hsr", "svc", "gorge_gate"],
       "hospital": ["gorge_up", "hsr", "trail", "svc"],
       "market": ["gorge_low", "hsr", "college", "svc"],
       "road": ["gorge_up", "college", "market", "hospital"]}

VISIBLE_IDS = ("idn", "idin", "stu", "passport", "tbz", "elder", "cards", "room", "plate", "frame_e", "frame_b",
               "sn", "mz")


def can_namesake(base):
    return bool(base["obj"].get("holder")) and any(i["k"] in ("idn", "idin", "stu", "tbz", "elder", "mz",
                                                            "passport") for i in base["obj"]["ids"])


def one_detail_keys(base):
    obj, men = base["obj"], base["men"]
    if obj["cat"] == "id_doc":
        return []
    keys = []
    for d in obj["details"]:
        if d["k"] in men and (d["fnd"] or d["k"] == "amount") and d["k"] != "contents":
            keys.append(d["k"])
    for i in obj["ids"]:
        if "id:" + i["k"] in men and i["k"] in VISIBLE_IDS and i["k"] != "idin" and \
                sum(1 for j in obj["ids"] if j["k"] == i["k"]) == 1:
            keys.append("id:" + i["k"])
    if obj["color"] and "color" in men and obj["cat"] in ("phone", "bag", "electronics", "ebike", "bicycle"):
        keys.append("color")
    return keys


def after_loss_time(base, rng):
    t_from = base["ev"]["t_from"]
    lo = max(5, t_from - rng.randint(20, 2400))
    return rng.randint(lo, max(lo, t_from - 1)) if t_from > 6 else max(0, t_from - 1)


def near_place(place, rng):
    if W.PLACES[place][3] == "ride":
        return place
    near = [p for p in W.PLACES[place][4] if p != "taxi"]
    return rng.choice([place, place] + near)


def far_place(place, rng):
    return rng.choice(FAR[W.PLACES[place][3]])


def build(kind, base, rng):
    """returns (obj, event, force, hide)"""
    b = base["obj"]
    origin = b["_origin"]
    place = base["ev"]["place"]
    force, hide = [], []
    if kind == "near_twin":
        o = O.new_object(b["cat"], rng, origin, kind=b["kind"], color=b["color"], brand=b["brand"])
        o["model"] = b["model"]
        if b.get("holder") and o.get("holder") and o["holder"][0] == b["holder"][0]:
            o["holder"] = W.name(rng)
        ev = dict(place=near_place(place, rng), t=after_loss_time(base, rng))
        force = differing(b, o, base["men"])
    elif kind == "same_cat_color":
        spec_kinds = [k for k in O.KINDS[b["cat"]] if b["color"] in k["colors"]]
        sk = rng.choice(spec_kinds)["kind"] if spec_kinds else b["kind"]
        brands = [x for x in next(k for k in O.KINDS[b["cat"]] if k["kind"] == sk)["brands"] if x != b["brand"]]
        o = O.new_object(b["cat"], rng, origin, kind=sk, color=b["color"] or None,
                         brand=rng.choice(brands) if brands else None)
        if o["brand"] == b["brand"] and b["brand"]:
            o["brand"] = None
            o["model"] = None
        ev = dict(place=near_place(place, rng), t=after_loss_time(base, rng))
        force = ["color", "brand"] + differing(b, o, base["men"])
    elif kind == "found_before_loss":
        o = O.clone(b)
        for i in o["ids"]:
            i["v"] = O.make_id(i["k"], rng, o)
        if o.get("holder"):
            o["holder"] = W.name(rng)
        gap = rng.randint(30, 4000)
        ev = dict(place=near_place(place, rng), t=min(172800, base["ev"]["t_from"] + gap))
        force = ["color", "brand"]
    elif kind == "same_brand_elsewhere":
        col = b["color"] if rng.random() < 0.5 else None
        o = O.new_object(b["cat"], rng, origin, kind=b["kind"], color=col, brand=b["brand"])
        if rng.random() < 0.5:
            t = min(172800, base["ev"]["t_from"] + rng.randint(600, 6000))
        else:
            t = max(0, base["ev"]["t_to"] - rng.randint(1500, 4000))
        ev = dict(place=far_place(place, rng), t=t)
        force = ["brand"]
    elif kind == "namesake":
        o = O.new_object(b["cat"], rng, dict(prefix=W.prefix6(rng, rng.choice(["43", "44", "51", "42", "50"])),
                                             ylo=1950, yhi=2006), kind=b["kind"], holder=b["holder"])
        for i in o["ids"]:
            bi = O.ident(b, i["k"])
            while bi and (i["v"][-4:] == bi["v"][-4:] or i["v"] == bi["v"]):
                i["v"] = O.make_id(i["k"], rng, o)
        ev = dict(place=near_place(place, rng) if rng.random() < 0.5 else far_place(place, rng),
                  t=after_loss_time(base, rng))
        force = ["holder"] + ["id:" + i["k"] for i in o["ids"]]
    elif kind == "one_detail":
        o = O.clone(b)
        key = rng.choice(one_detail_keys(base))
        if key == "color":
            o["color"] = other_color(b, rng)
        elif key.startswith("id:"):
            k = key[3:]
            i = O.ident(o, k)
            old = i["v"]
            while i["v"] == old or i["v"][-4:] == old[-4:]:
                i["v"] = O.make_id(k, rng, o)
        elif key == "amount":
            d = O.detail(o, "amount")
            old = d["v"]
            while abs(d["v"] - old) < max(50, old * 0.3):
                d["v"] = O.cash_detail(rng, o["kind"])["v"]
        else:
            d = O.detail(o, key)
            old = d["v"]
            while d["v"] == old:
                d.update(O.make_detail(key, rng, o))
        for i in o["ids"]:
            if "id:" + i["k"] != key:
                i["v"] = O.make_id(i["k"], rng, o)
                hide.append("id:" + i["k"])
        ev = dict(place=near_place(place, rng), t=after_loss_time(base, rng))
        force = [key]
    else:
        raise KeyError(kind)
    if kind not in ("one_detail", "found_before_loss"):
        undouble(b, o, base["men"], rng)
    ev["t"] = W.daytime(ev["t"], rng)
    o["_neg"] = kind
    return o, ev, force, hide


def other_color(b, rng):
    spec = next(k for k in O.KINDS[b["cat"]] if k["kind"] == b["kind"])
    cols = [c for c in spec["colors"] if c and c != b["color"]]
    return rng.choice(cols) if cols else b["color"]


def differing(b, o, men):
    """keys the base owner mentioned whose value differs on the new object (finder-visible ones)."""
    out = []
    for d in b["details"]:
        if d["k"] in men:
            od = O.detail(o, d["k"])
            if od and od["v"] != d["v"] and (od.get("fnd") or d["k"] == "amount"):
                out.append(d["k"])
    for i in b["ids"]:
        if "id:" + i["k"] in men and i["k"] in VISIBLE_IDS:
            oi = O.ident(o, i["k"])
            if oi and oi["v"] != i["v"]:
                out.append("id:" + i["k"])
    return out


def undouble(b, o, men, rng):
    """a different object should not happen to share a distinctive detail its base owner named."""
    for d in o["details"]:
        bd = O.detail(b, d["k"])
        if not bd or d["k"] not in men or d["k"] in ("amount", "contents"):
            continue
        for _ in range(20):
            if d["v"] != bd["v"]:
                break
            d.update(O.make_detail(d["k"], rng, o))
