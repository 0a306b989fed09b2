"""set102 neg: found items that are nobody's truth, built next to a lost report's object.

Kinds (the label written in "negative"):
  near_twin            same category, colour and brand, another object, same place and time
  same_cat_color       same category and colour, another brand or none, near place and time
  found_before_loss    looks just like it, same place, but found before the loss window began
  same_brand_elsewhere same brand and category, another part of town and another day
  namesake             a document or named thing of someone with the same name
  one_detail           the same in everything but one detail (visible, or hidden from a finder)
  unclaimed            an ordinary found thing nobody in this set reported
"""
import copy
from set102_world import T_REG, DAY, VENUE, NEAR, make_id, make_imei, digits, person_name, at
from set102_objects import new_object, redraw_slot, KINDS
from set102_found import place_at

REDRAWABLE = {"phone": ["case", "screen", "wall"], "id_doc": ["holder", "wear"], "wallet": ["look", "wear", "extra"],
              "keys": ["pend", "card"], "ebike": ["cover", "box"], "bicycle": ["look", "lock"],
              "bag": ["look", "inner"], "cash": ["wrap", "denom"], "jewelry": ["carve", "wear"],
              "electronics": ["skin", "state"], "other": ["look", "detail"]}


def _after(rng, loss, lo=10, hi=600):
    t = loss["t"] + rng.randint(lo, hi)
    return min(t, T_REG - rng.randint(5, 90))


def _new_serial(rng, o):
    s = o.get("serial")
    if not s:
        return
    t = s["type"]
    if t == "imei":
        s["value"] = make_imei(rng)
    elif t == "id":
        s["value"] = make_id(rng)
    elif t == "card":
        s["value"] = digits(rng, 4)
        o["tail"] = s["value"]
    elif t == "student":
        s["value"] = s["value"][:4] + digits(rng, 6)
    elif t == "frame":
        s["value"] = s["value"][:5] + digits(rng, len(s["value"]) - 5)
    elif t == "sn":
        s["value"] = s["value"][:3] + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(len(s["value"]) - 3))
    else:
        s["value"] = s["value"][0] + digits(rng, 8)


def _near_place(rng, loss):
    if rng.random() < 0.75:
        return place_at(rng, loss["venue"])
    return place_at(rng, rng.choice(NEAR[loss["venue"]]))


def _other_name(rng, o):
    if o.get("name"):
        return person_name(rng) if True else None
    return None


def make_negative(rng, kind, lo, used_names):
    """lo: an anchor dict with obj, loss, owner. returns (obj, place, t_found) or None"""
    o, loss = lo["obj"], lo["loss"]
    cat = o["cat"]
    if kind == "near_twin":
        if not o.get("brand"):
            return None
        t = new_object(rng, cat, person_name(rng, used_names), fix={"kind": o["kind"], "color": o["color"], "brand": o["brand"]})
        if t.get("model") == o.get("model") and t["feats"] and [f["zh"] for f in t["feats"]] == [f["zh"] for f in o["feats"]]:
            return None
        return t, _near_place(rng, loss), _after(rng, loss, 0, 900)
    if kind == "same_cat_color":
        if not o.get("color"):
            return None
        t = new_object(rng, cat, person_name(rng, used_names), fix={"color": o["color"]})
        for _ in range(6):
            if t.get("brand") != o.get("brand") or t["kind"] != o["kind"]:
                break
            t = new_object(rng, cat, person_name(rng, used_names), fix={"color": o["color"]})
        return t, _near_place(rng, loss), _after(rng, loss, -60, 1440)
    if kind == "found_before_loss":
        t = copy.deepcopy(o)
        _new_serial(rng, t)
        if t.get("name"):
            t["name"] = person_name(rng, used_names) if rng.random() < 0.7 else t["name"]
        if rng.random() < 0.5:
            slot = rng.choice(REDRAWABLE[cat])
            t = redraw_slot(rng, t, slot) or t
        tf = loss["a"] - rng.randint(30, 3 * DAY)
        tf = max(tf, at(13, 8))
        if tf >= loss["a"]:
            return None
        return t, place_at(rng, loss["venue"]), tf
    if kind == "same_brand_elsewhere":
        if not o.get("brand"):
            return None
        fix = {"brand": o["brand"]}
        if cat != "phone":
            fix["kind"] = o["kind"]
        if rng.random() < 0.5 and o.get("color"):
            fix["color"] = o["color"]
        t = new_object(rng, cat, person_name(rng, used_names), fix=fix)
        shift = rng.choice([-1, 1]) * rng.randint(DAY, 4 * DAY)
        tf = loss["t"] + shift
        if tf < loss["a"] and tf > loss["a"] - 60:
            tf -= 120
        tf = min(max(tf, at(13, 8)), T_REG - 30)
        return t, place_at(rng, "far"), tf
    if kind == "namesake":
        if not o.get("name"):
            return None
        if cat == "id_doc":
            t = new_object(rng, "id_doc", o["name"], fix={"kind": o["kind"] if o["kind"] != "passport" else "idcard", "name": o["name"]})
        else:
            t = new_object(rng, cat, o["name"], fix={"kind": o["kind"], "name": o["name"]})
            t["name"] = o["name"]
        pl = _near_place(rng, loss) if rng.random() < 0.5 else place_at(rng, rng.choice(sorted(VENUE)))
        return t, pl, _after(rng, loss, -2000, 2 * DAY)
    if kind == "one_detail":
        t = copy.deepcopy(o)
        _new_serial(rng, t)          # always another physical object
        if t.get("name") and cat != "id_doc":
            t["name"] = person_name(rng, used_names)
        r = rng.random()
        if r < 0.55:
            slot = rng.choice(REDRAWABLE[cat])
            t = redraw_slot(rng, t, slot) or t
        elif r < 0.75 and t.get("cash") is not None:
            t["cash"] = t["cash"] + rng.choice([-100, 100, 200, -50, 300]) if t["cash"] >= 100 else t["cash"] + 150
        elif r < 0.9 and t.get("model") and cat in ("phone", "electronics"):
            other = new_object(rng, cat, "x", fix={"brand": o["brand"], "kind": o["kind"]})
            t["model"] = other["model"]
        # else: hidden detail only (the serial/number), a twin that a finder's registration cannot tell apart
        if cat == "id_doc":
            t["name"] = person_name(rng, used_names)
        return t, _near_place(rng, loss), _after(rng, loss, 0, 1200)
    return None


def make_unclaimed(rng, used_names):
    cat = rng.choice(["other", "other", "keys", "bag", "electronics", "id_doc", "wallet", "phone", "jewelry"])
    o = new_object(rng, cat, person_name(rng, used_names))
    if o["kind"] == "passport":
        o = new_object(rng, cat, person_name(rng, used_names), fix={"kind": "idcard"})
    vk = rng.choice(sorted(VENUE))
    v = VENUE[vk]
    t = at(rng.choice(v["days"]), rng.choice(v["hours"]), rng.randint(0, 59))
    t = min(t, T_REG - 30)
    return o, place_at(rng, vk), t
