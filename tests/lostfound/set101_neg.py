"""set101 hard negatives: found items that are nobody's truth.

Each is built from a lost report's hidden truth (its target) but is a different object, or
one that cannot be it.  Kinds:
  near_twin        same category, colour and brand, a different object, same area and days
  same_cat_color   same category and colour, another brand or none, nearby
  before_loss      looks like it, but was found before the loss window began
  brand_elsewhere  same category and brand, found far off and at another time
  namesake         carries the same person's name, a different person (other ID number)
  one_detail       a copy that differs in one visible or printed detail (card tail, plate,
                   engraving, sticker, amount) -- some of these a desk cannot tell apart
"""
import copy

from set101_objects import make, BANKS, _digits
from set101_world import LINKS, FAR, id_number, imei, MAX_MIN, cn_name, en_name

KINDS = ["near_twin", "same_cat_color", "before_loss", "brand_elsewhere", "namesake", "one_detail"]


def _fresh_invisible(rng, t):
    for s in t["serials"]:
        if s[0] == "imei":
            s[1] = imei(rng)


def _reserial(rng, t, s):
    kind = s[0]
    if kind == "card":
        b = rng.choice(BANKS)
        s[1] = b[2] + "|" + _digits(rng, 4)
    elif kind == "id":
        old = s[1]
        s[1] = id_number(rng, birth_year=int(old[6:10]))
        if t.get("idno") == old:
            t["idno"] = s[1]
    elif kind == "plate":
        s[1] = s[1][:3] + _digits(rng, 5)
    elif kind == "student":
        s[1] = s[1][:-3] + _digits(rng, 3)
    elif kind == "frame":
        s[1] = s[1][:3] + _digits(rng, len(s[1]) - 3)
    elif kind == "sn":
        s[1] = s[1][:1] + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(len(s[1]) - 1))
    elif kind == "passport":
        s[1] = s[1][:2] + _digits(rng, 7)
    elif kind == "patient":
        s[1] = s[1][:6] + _digits(rng, 4)
    elif kind == "imei":
        s[1] = imei(rng)


def _swap_feature(rng, t, voice):
    other = make(rng, t["cat"], voice=voice, color=t["color"], brand=t["brand"])
    new = [f for f in other["vis"] if f not in t["vis"]]
    if t["vis"] and new:
        t["vis"][rng.randrange(len(t["vis"]))] = new[0]
        return "vis"
    if new:
        t["vis"].append(new[0])
        return "vis"
    return None


def _rename(rng, n):
    old = n.get("owner")
    if not old:
        return
    new = en_name(rng) if " " in old else cn_name(rng)
    while new == old:
        new = cn_name(rng)
    n["owner"] = new
    n["inside"] = [(a.replace(old, new), b.replace(old, new)) for a, b in n["inside"]]
    n["vis"] = [(a.replace(old, new), b.replace(old, new)) for a, b in n["vis"]]


def one_detail(rng, t, voice):
    """a different object that matches in all but one detail (printed numbers and names differ
    too when the object carries them, since no two objects share them)"""
    n = copy.deepcopy(t)
    _fresh_invisible(rng, n)
    _rename(rng, n)
    vis_serials = [s for s in n["serials"] if s[2]]
    for s in vis_serials:
        _reserial(rng, n, s)
    if vis_serials and rng.random() < 0.6:
        return n, "serial"
    if n["cash"]:
        n["cash"] = n["cash"] + (rng.choice([-200, -100, -50, 50, 100, 300]) if n["cash"] > 300 else 100)
        return n, "amount"
    if n["hid"] and rng.random() < 0.4:
        other = make(rng, t["cat"], voice=voice, color=t["color"], brand=t["brand"])
        if other["hid"] and other["hid"][0] != n["hid"][0]:
            n["hid"][0] = other["hid"][0]
            return n, "hidden"
    what = _swap_feature(rng, n, voice)
    if what is None:
        n["color"] = "gray" if n["color"] == "black" else "black"
        what = "color"
    return n, what


def build(rng, kind, target, voice):
    """target: dict with truth, place, t_loss, lost_from, lost_to.  Returns (truth, place, found_at, note)."""
    t = target["truth"]
    place = target["place"]
    lf, lt = target["lost_from"], target["lost_to"]
    in_window = lambda: min(lf, max(0, lt - rng.randint(0, 2500)) + rng.randint(0, max(0, lf - lt)))
    note = kind
    if kind == "near_twin":
        n = make(rng, t["cat"], voice=voice, color=t["color"], brand=t["brand"])
        if t["model"] and rng.random() < 0.5:
            n["model"] = t["model"]
        fp = rng.choice(LINKS.get(place, [place]))
        fa = in_window()
    elif kind == "same_cat_color":
        n = make(rng, t["cat"], voice=voice, color=t["color"])
        if n["brand"] == t["brand"] and t["brand"] is not None:
            n = make(rng, t["cat"], voice=voice, color=t["color"])
        fp = rng.choice(LINKS.get(place, [place]) + [place])
        fa = in_window()
    elif kind == "before_loss":
        n = copy.deepcopy(t)
        _fresh_invisible(rng, n)
        if n["cat"] != "id_doc":
            _rename(rng, n)
        for s in n["serials"]:
            if s[2]:
                _reserial(rng, n, s)
        if rng.random() < 0.5:
            _swap_feature(rng, n, voice)
        fp = rng.choice(LINKS.get(place, [place]))
        fa = min(MAX_MIN, lf + rng.randint(90, 6000))
    elif kind == "brand_elsewhere":
        n = make(rng, t["cat"], voice=voice, brand=t["brand"])
        far = [p for p in FAR if p != place and p not in LINKS.get(place, [])]
        fp = rng.choice(far)
        if lt > 4000 and rng.random() < 0.5:
            fa = max(0, lt - rng.randint(3000, 9000))
        else:
            fa = min(MAX_MIN, lf + rng.randint(1500, 9000))
    elif kind == "namesake":
        cat = t["cat"] if t["cat"] in ("id_doc", "wallet") else "id_doc"
        if cat == "id_doc":
            n = make(rng, "id_doc", voice=voice, owner=t["owner"], kind=t.get("kind") if t.get("kind") != "passport" else None)
            if t.get("kind") == "passport":
                n = make(rng, "id_doc", voice="tourist_en", owner=t["owner"])
        else:
            n = make(rng, "wallet", voice=voice, owner=t["owner"])
            if not n["idno"]:
                n["idno"] = id_number(rng)
                n["serials"].append(["id", n["idno"], True, 0.35])
                n["inside"].append(("身份证（%s）" % t["owner"], "ID card (%s)" % t["owner"]))
        fp = rng.choice(LINKS.get(place, [place]) + FAR)
        fa = in_window() if rng.random() < 0.6 else min(MAX_MIN, lf + rng.randint(300, 5000))
    elif kind == "one_detail":
        n, what = one_detail(rng, t, voice)
        note = "one_detail"
        fp = rng.choice(LINKS.get(place, [place]))
        fa = in_window()
    else:
        raise ValueError(kind)
    return n, fp, fa, note
