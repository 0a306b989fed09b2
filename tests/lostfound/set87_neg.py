"""Set 87 hard negatives: found items that belong to nobody who reported a loss, each
built against one lost report so that it looks like that report's object but differs in
something both sides would plausibly state (or in time or place)."""
import copy

import set87_people as PP
import set87_world as W
from set87_feats import FEATS
from set87_judge import NONEXCL
from set87_kinds import KINDS
from set87_objects import _serial, finder_for, make_object, spot_for
from set87_say import available
from set87_fix import separable
from set87_words import brand_conflict

LABELS = [("twin_one_detail", 24), ("same_look_other_object", 20), ("found_before_loss", 18),
          ("same_brand_far_place", 16), ("serial_near_miss", 16), ("other_owner_name", 12),
          ("same_look_other_brand", 14)]
ALWAYS_NAMED = {k for k in KINDS if KINDS[k]["name"] >= 1.0}


def _excl_feats(lp):
    return [a for a in lp["order"] if a.startswith("f:") and a[2:] not in NONEXCL
            and len(FEATS[a[2:]]["vals"]) >= 2 and a[2:] in lp["obj"]["feats"]]


def fits(label, lp):
    o = lp["obj"]
    s = lp["attrs"]
    if label == "twin_one_detail":
        return o["kind"] not in ALWAYS_NAMED and bool(_excl_feats(lp))
    if label == "same_look_other_object":
        return o["kind"] not in ALWAYS_NAMED and ("brand" in s or "color" in s)
    if label == "found_before_loss":
        return o["kind"] not in ALWAYS_NAMED and len(s) >= 2
    if label == "same_brand_far_place":
        return ("brand" in s and o["kind"] not in ("ebike", "bicycle")
                and not any(W.PLACES[p]["vehicle"] for p in o["said_places"]))
    if label == "serial_near_miss":
        return "serial" in s or "plate" in s
    if label == "other_owner_name":
        return "name" in s
    if label == "same_look_other_brand":
        return "brand" in s and any(brand_conflict(b, o["brand"]) for b in KINDS[o["kind"]]["brands"])
    return False


def _near_place(rng, lp):
    p = lp["obj"]["said_places"][0]
    near = [q for q in W.near_places(p, rng, 1.2) if W.PLACES[q]["zone"] == W.PLACES[p]["zone"]]
    return rng.choice(near) if near and rng.random() < 0.5 else p


def _after_start(rng, lp):
    o = lp["obj"]
    return rng.randint(max(0, o["lost_to"] - 1500), max(0, o["lost_from"] - 10))


def build(rng, label, lp, used):
    """Returns (negative object, attrs the finder must state, attrs the finder must not state)."""
    L = lp["obj"]
    kind = L["kind"]
    force, ban = [], set()
    shared = [a for a in lp["order"] if a not in ("serial", "plate", "name")
              and (a != "cash" or kind == "cash")]
    if label in ("same_look_other_object", "same_brand_far_place"):
        n = make_object(rng, kind, used, L["voice"])
        n["brand"], n["color"] = L["brand"], L["color"]
        if L["model"] and rng.random() < 0.5:
            n["model"] = L["model"]
        elif L["brand"] and KINDS[kind]["models"].get(L["brand"]):
            n["model"] = rng.choice(KINDS[kind]["models"][L["brand"]])
        if "metal" in L["feats"]:
            n["feats"]["metal"] = L["feats"]["metal"]
        n["serial"] = _serial(rng, n, used["serials"]) if n["serial"] else None
        for _ in range(60):
            if separable(n, L):
                break
            for g in sorted(n["feats"]):
                if g != "metal":
                    n["feats"][g] = rng.choice(sorted(FEATS[g]["vals"]))
        else:
            return None
        force = [a for a in ("brand", "color") if a in lp["attrs"]]
    else:
        n = copy.deepcopy(L)
        n["owner"] = PP.person(rng, used["names"], 20, 70)
        n["name"] = None
        n["cash"] = L["cash"] if kind == "cash" else None
        n["plate"] = None
        if n["serial"]:
            n["serial"] = _serial(rng, n, used["serials"])
        ban = {"serial", "plate", "name"} if kind == "cash" else {"serial", "plate", "name", "cash"}
        force = list(shared)
        if label == "twin_one_detail":
            g = rng.choice(_excl_feats(lp))[2:]
            n["feats"][g] = rng.choice([v for v in sorted(FEATS[g]["vals"]) if v != L["feats"][g]])
        elif label == "found_before_loss":
            for g in sorted(n["feats"]):
                if "f:" + g not in lp["attrs"] and rng.random() < 0.5:
                    n["feats"][g] = rng.choice(sorted(FEATS[g]["vals"]))
        elif label == "serial_near_miss":
            ban = {"name", "cash"}
            if "serial" in lp["attrs"]:
                v = L["serial"]
                t = KINDS[kind]["serial"]
                if t == "imei":
                    n["serial"] = PP.near_imei(rng, used["serials"], v)
                elif t == "idno":
                    n["serial"] = PP.near_id(rng, used["serials"], v)
                    n["name"] = PP.similar_name(rng, L["owner"], used["names"])
                elif t == "card":
                    n["serial"] = PP.swap_tail(rng, used["serials"], v)
                else:
                    n["serial"] = PP.tweak(rng, used["serials"], v)
                force.append("serial")
                if n["name"]:
                    ban.discard("name")
            if "plate" in lp["attrs"]:
                n["plate"] = PP.tweak(rng, used["serials"], L["plate"])
                force.append("plate")
                if "serial" not in lp["attrs"]:
                    ban.add("serial")
            elif L["plate"]:
                ban.add("plate")
        elif label == "other_owner_name":
            n["name"] = PP.similar_name(rng, L["name"], used["names"])
            if KINDS[kind]["serial"] == "idno":
                n["owner"] = dict(n["owner"], age=L["owner"]["age"], female=L["owner"]["female"])
                n["serial"] = PP.id_number(rng, used["serials"], L["owner"]["age"], L["owner"]["female"],
                                           region=L["serial"][:6])
            ban = {"cash", "plate"}
            force.append("name")
        elif label == "same_look_other_brand":
            bs = [b for b in KINDS[kind]["brands"] if brand_conflict(b, L["brand"])]
            n["brand"] = rng.choice(bs)
            ms = KINDS[kind]["models"].get(n["brand"])
            n["model"] = rng.choice(ms) if ms else None
            force.append("brand")
    # when and where it was found
    if label == "same_brand_far_place":
        place = rng.choice(sorted(W.FAR))
        found_at = _after_start(rng, lp)
    elif label == "found_before_loss":
        place = _near_place(rng, lp)
        found_at = min(172800, L["lost_from"] + rng.randint(180, 4320))
    else:
        place = _near_place(rng, lp)
        found_at = _after_start(rng, lp)
    n["found_place"], n["found_at"] = place, found_at
    n["finder"] = finder_for(rng, place, kind)
    n["spot"] = spot_for(rng, place, kind)
    avail = set(available(n, "found"))
    force = [a for a in force if a in avail and a not in ban]
    return n, force, ban
