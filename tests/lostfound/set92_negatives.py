"""set92 negatives: found items that are nobody's, each built against one lost report (its
"anchor") the way an honest outside reviewer would make them hard:

* near_twin            - the same make, place and time as the anchor, differing in one detail
                         both sides would plausibly state (colour, brand, model, number, name, sum);
* found_before_loss    - a look-alike found near the anchor's place before its loss window began;
* same_brand_elsewhere - same category and brand, found 20-60 km away at another time;
* same_category_colour - same category and colour, nearby and in time, but a different object
                         (another brand, another owner's name, or another kind of thing).
"""
import copy

from set92_audit import contradictions
from set92_catalog import K, MODELS, colours_clash
from set92_truth import KINDS_BY_CAT, fill_object, found_delay, near_place, twin_of
from set92_world import FAR, daytime

PLAN = [("near_twin", 42), ("found_before_loss", 28), ("same_brand_elsewhere", 25), ("same_category_colour", 25)]
IDS = ("serial", "name", "amount")


def _quiet(**on):
    """Force a finder to keep identifiers out of the text unless named here."""
    f = {k: False for k in IDS}
    f["two_places"] = False
    f.update(on)
    return f


def near_twin(rng, reg, anchor):
    obj, ls = anchor["obj"], anchor["said"]
    kd = K[obj["kind"]]
    cands = []
    if kd["named"]:
        cands = [d for d in ("name", "serial") if ls[d]]
    else:
        said = ls["case"] or ls["colours"]
        if said and [f for f in kd["colours"] if colours_clash({f}, said)]:
            cands.append("colour")
        if ls["brand"] and len([b for b in kd["brands"] if b]) > 1:
            cands.append("brand")
        if ls["model"] and len(MODELS.get((obj["brand"], obj["kind"]), [])) > 1:
            cands.append("model")
        if ls["serial"] and kd["pf"] > 0.3 and ls["serial"][0] != "card":
            cands.append("serial")
        if ls["name"] and obj["name"]:
            cands.append("name")
        if ls["amount"]:
            cands.append("amount")
    if not cands:
        return None
    detail = rng.choice(cands)
    t = twin_of(rng, reg, obj)
    t["amount"] = obj["amount"]
    force = _quiet()
    if detail == "colour":
        said = ls["case"] or ls["colours"]
        new = rng.choice([f for f in kd["colours"] if colours_clash({f}, said)])
        if ls["case"]:
            t["case"] = new
        else:
            t["colour"] = new
            t["case"] = None
        force["colour"] = True
    elif detail == "brand":
        t["brand"] = rng.choice([b for b in kd["brands"] if b and b != obj["brand"]])
        ms = MODELS.get((t["brand"], obj["kind"]))
        t["model"] = rng.choice(ms) if ms else None
        force.update(brand=True, model=False)
    elif detail == "model":
        t["model"] = rng.choice([m for m in MODELS[(obj["brand"], obj["kind"])] if m[0] != obj["model"][0]])
        force.update(brand=True, model=True)
    elif detail == "amount":
        f = [1.5, 1.6, 2.0, 2.5] + ([0.3, 0.5, 0.6] if kd["cat"] == "cash" else [])
        t["amount"] = int(round(ls["amount"] * rng.choice(f) / 10.0)) * 10
        force["amount"] = True
    else:
        if detail == "name" and not t["name"]:
            t["name"] = reg.name(rng)
        force[detail] = True
    if kd["named"]:
        force["name"] = True
        if not t["name"]:
            t["name"] = reg.name(rng)
    at = daytime(rng, max(0, obj["t_loss"] - found_delay(rng)))
    return t, near_place(rng, obj["place"], 0.6), at, force, detail


def before_loss(rng, reg, anchor):
    obj = anchor["obj"]
    t = twin_of(rng, reg, obj)
    t["amount"] = obj["amount"]
    at = daytime(rng, obj["win"][0] + rng.randint(60, 4320), later=False)
    return t, near_place(rng, obj["place"], 0.6), at, _quiet(name=K[obj["kind"]]["named"], amount=bool(t["amount"])), "time"


def brand_elsewhere(rng, reg, anchor):
    obj, ls = anchor["obj"], anchor["said"]
    if not ls["brand"]:
        return None
    t = twin_of(rng, reg, obj)
    t["amount"] = None
    if rng.random() < 0.5 and K[obj["kind"]]["colours"]:
        t["colour"] = rng.choice(K[obj["kind"]]["colours"])
    if rng.random() < 0.5:
        at = daytime(rng, obj["win"][0] + rng.randint(1440, 5760), later=False)
    else:
        at = daytime(rng, max(0, obj["win"][1] - rng.randint(1440, 7200)))
    return t, rng.choice(FAR), at, _quiet(brand=True), "place"


def category_colour(rng, reg, anchor):
    obj, ls = anchor["obj"], anchor["said"]
    if not (ls["colours"] or ls["case"]) or not obj["colour"]:
        return None
    kd = K[obj["kind"]]
    others = [b for b in kd["brands"] if b and b != obj["brand"]]
    force = _quiet(colour=True)
    if others:
        t = twin_of(rng, reg, obj)
        t["brand"] = rng.choice(others)
        ms = MODELS.get((t["brand"], obj["kind"]))
        t["model"] = rng.choice(ms) if ms else None
        force["brand"] = True
        how = "brand"
    elif obj["name"] or kd["named"]:
        t = twin_of(rng, reg, obj)
        t["name"] = reg.name(rng)
        force["name"] = True
        how = "name"
    else:
        kinds = [k for k, _ in KINDS_BY_CAT[kd["cat"]] if k != obj["kind"] and K[k]["group"] != kd["group"]]
        if not kinds:
            return None
        t = copy.deepcopy(obj)
        t["kind"] = rng.choice(kinds)
        t["group"] = K[t["kind"]]["group"]
        t["fcat"] = K[t["kind"]]["cat"]
        fill_object(rng, reg, t, obj["voice"])
        t["colour"] = obj["colour"]
        t["case"] = None
        how = "kind"
    t["amount"] = None
    at = daytime(rng, max(0, obj["t_loss"] - found_delay(rng)))
    return t, near_place(rng, obj["place"], 0.5), at, force, how


MAKERS = {"near_twin": near_twin, "found_before_loss": before_loss, "same_brand_elsewhere": brand_elsewhere,
          "same_category_colour": category_colour}


def acceptable(label, detail, fs, anchor):
    """Is the new negative as close to its anchor as its label means it to be?"""
    c = set(contradictions(fs, anchor["said"]))
    if not c:
        return False
    if label == "near_twin":
        return c == {detail} or (K[anchor["obj"]["kind"]]["named"] and detail in c and c <= {"name", "serial"})
    if label == "found_before_loss":
        return "time" in c and c <= {"time", "name", "serial"}
    if label == "same_brand_elsewhere":
        return "place" in c and "brand" not in c and "kind" not in c
    return not (c & {"place", "time"}) and "colour" not in c
