"""set86 found items: the finder's registration, seeing only what is visible or
printed on the thing, in the finder's (or the desk officer's) words."""
from set86_world import palias, jitter, plat, plon, found_words
from set86_nums import spell_brand, spell_color, spell_serial, typo, glue, BRANDS, COLORS
from set86_voice import FINDER, FINDER_AT, SPOT, FOUND_TAIL
from set86_lost import cls, serial_rev, with_label

UNIT = {"phone": "一部", "wallet": "一个", "keys": "一串", "ebike": "一辆", "bicycle": "一辆", "bag": "一个", "cash": "",
        "jewelry": "一件", "electronics": "一台", "other": "一件", "id_doc": "一张"}
NEAR_COLOR = {"black": "grey", "grey": "silver", "silver": "grey", "white": "silver", "blue": "purple", "purple": "blue",
              "pink": "red", "red": "pink", "gold": "yellow", "yellow": "gold", "brown": "black", "green": "blue"}


def render_found(rng, o, fm, fp, force=(), color_seen=None, owner_words=None):
    """o: truth record; fm: found_at_min; fp: place tuple where found;
    force: things the registration must show ('color', 'brand', 'model', 'serial', 'name', or a fact type)."""
    pid = fp[0]
    voice = rng.choice(FINDER_AT.get(pid, ["officer"]))
    if o["cat"] in ("ebike", "bicycle"):
        voice = rng.choice(["guard", "officer", "bikeop2"] if pid in FINDER_AT else ["officer"])
    minimal = not force and o["cat"] != "id_doc" and rng.random() < 0.1
    en = not minimal and rng.random() < 0.05
    rec = {"category": o["cat"]}
    rev = {"color": None, "brand": None, "model": None, "serial": None, "facts": {}, "name": None}
    cbase = color_seen or o["color"]
    if cbase and color_seen is None and rng.random() < 0.08 and "color" not in force:
        cbase = NEAR_COLOR[cbase]
    colw = spell_color(rng, cbase, True) if cbase else None
    brw = spell_brand(rng, o["brand"], True) if o["brand"] and (o["cat"] != "keys" or rng.random() < 0.6) else None
    if owner_words:
        colw = owner_words.get("color") or colw
        brw = owner_words.get("brand") or brw
    show_c = colw and ("color" in force or minimal or rng.random() < 0.85)
    show_b = brw and ("brand" in force or rng.random() < (0.5 if minimal else 0.75))
    show_m = o["model"] and ("model" in force or (not minimal and rng.random() < 0.35))
    if show_c and rng.random() < 0.6:
        rec["color"] = colw
    if show_b and rng.random() < 0.55:
        rec["brand"] = brw
    if show_m and rng.random() < 0.6:
        rec["model"] = o["model"]
    ser = None
    if o["sk_finder"] and ("serial" in force or (not minimal and rng.random() < 0.8)):
        ser = spell_serial(rng, o["skind"], o["serial"], True)
        if "serial" in force and o["skind"] not in ("bank",):
            ser = spell_serial(rng, o["skind"], o["serial"], True)
        if rng.random() < 0.7:
            rec["serial"] = ser
            ser = ser if rng.random() < 0.2 else None
    facts = []
    for f in o["facts"]:
        if not f.get("f"):
            continue
        p = 0.0 if minimal else (0.55 if f["t"] == "wall" else 0.72)
        if f["t"] in force or rng.random() < p:
            facts.append(f)
    marks_on = not minimal and rng.random() < 0.45
    bf, mf = [], []
    for f in facts:
        (mf if marks_on and rng.random() < 0.5 else bf).append(f)

    vague = set()

    def ftext(f):
        if owner_words:
            return f["o"].replace("我的", "").replace("我", "")
        if f.get("fv") and rng.random() < 0.3 and f["t"] not in force:
            vague.add(f["t"])
            return f["fv"]
        return f["f"]
    btexts, mtexts = [ftext(f) for f in bf], [ftext(f) for f in mf]
    name = o["holder"] if o["cat"] == "id_doc" and o["which"] != "bank" and ("name" in force or rng.random() < 0.85) else None
    noun = rng.choice(o["fnouns"])
    w = found_words(rng, fm)
    place = palias(rng, fp)
    if en:
        words = [COLORS[cbase][2] if show_c else "", BRANDS[o["brand"]][1] if show_b else "", o["model"] if show_m else "", o["en"]]
        body = "Found: %s, at %s. %s%s" % (" ".join(x for x in words if x), fp[4] if len(fp) == 8 else fp[1],
                                         ("; ".join(f["e"] for f in bf if f.get("e")) + ". ") if bf else "",
                                         ("Name on it: %s. " % name) if name else "")
        bf = [f for f in bf if f.get("e")]
        body += "Handed in by an exchange student."
    else:
        d = glue(colw if show_c and o["cat"] != "cash" else "", brw if show_b else "", o["model"] if show_m else "", noun) + UNIT[o["cat"]]
        if minimal:
            body = rng.choice(["%s拾得%s。", "%s，%s捡到。", "捡到%s，%s。"])
            body = body % (place, d) if body.startswith("%s拾得") else body % (d, place)
        else:
            op = rng.choice(FINDER[voice]).format(w=w, p=place, s=rng.choice(SPOT))
            extra = "，".join(btexts)
            if name:
                extra = (extra + "，" if extra else "") + rng.choice(["姓名%s", "署名%s", "姓名：%s"]) % name
            if ser:
                extra = (extra + "，" if extra else "") + with_label(o["skind"], ser)
            if o["cat"] == "phone" and rng.random() < 0.3:
                extra = (extra + "，" if extra else "") + rng.choice(["已关机", "电量耗尽", "有未接来电"])
            body = op + d + ("，" + extra if extra else "") + rng.choice(FOUND_TAIL)
            if rng.random() < 0.05:
                body = typo(rng, body)
    rec["body"] = body.replace("，，", "，")[:600]
    if mtexts:
        rec["marks"] = "；".join(mtexts)[:500]
    if rng.random() < (0.4 if minimal else 0.75):
        rec["address"] = palias(rng, fp)[:60]
    if rng.random() < 0.5:
        rec["lat"], rec["lon"] = jitter(rng, plat(fp), plon(fp), 120)
    rec["found_at_min"] = fm
    text = rec["body"] + rec.get("marks", "")
    if show_c and (o["cat"] != "cash" or "color" in rec):
        rev["color"] = cbase
    if show_b:
        rev["brand"] = o["brand"]
    if show_m:
        rev["model"] = o["model"]
    if "serial" in rec:
        rev["serial"] = serial_rev(o, rec["serial"])
    elif ser and ser in text:
        rev["serial"] = serial_rev(o, ser)
    for f in bf + mf:
        if f["t"] not in vague:
            rev["facts"][f["t"]] = f["v"]
    if o["holder"] and o["holder"] in text:
        rev["name"] = o["holder"]
    rev["cls"] = cls(o)
    rev["sv"] = o["serial"]
    rev["at"] = (plat(fp), plon(fp))
    rec["_rev"] = rev
    return rec
