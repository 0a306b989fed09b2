"""set100 hard negatives: found items that are nobody's truth, each built against one lost
report (paired or never-found) so that it tempts the matcher.

Kinds:
  same_look            same category, colour and brand (and model), a different object that
                       differs in something the owner wrote down (number, name, a mark)
  found_before         a look-alike found before the owner's loss window began
  same_brand_elsewhere same category and brand, far across the city and at another time
  namesake             a document or named item of someone with the same name, different number
  one_detail           a copy of the object that differs in exactly one detail the owner stated
"""
import copy

from set100_world import FAR, BY_ID, PERSONA_PLACES, places_of
from set100_objects import make_truth, make_persona
from set100_found import make_found, daytime

KINDS = ["same_look", "found_before", "same_brand_elsewhere", "namesake", "one_detail"]


def _twin(rng, L, same_vis=False):
    """A different object of the same sort, colour and brand as L's truth."""
    o = L["truth"]
    best = None
    for _ in range(40):
        p = make_persona(rng, L["persona"]["role"], keep=False)
        tw = make_truth(rng, o["cat"], p, o["place"], o["t"])
        if tw["noun"] == o["noun"] and tw["sub"] == o["sub"]:
            best = tw
            break
    if best is None:
        return None
    best["color"], best["brand"], best["model"] = o["color"], o["brand"], o["model"]
    # features that carry the colour follow the colour, so the twin never contradicts itself
    for k in ("sleeve", "fob", "pouch", "cont"):
        best["vis"] = [f for f in best["vis"] if f["k"] != k] + [copy.deepcopy(f) for f in o["vis"] if f["k"] == k]
    if same_vis:
        best["vis"] = [f for f in copy.deepcopy(o["vis"]) if f["k"] != "name"] + [f for f in best["vis"] if f["k"] == "name"]
    return best


def _sval(o, stype):
    for s in o["serials"]:
        if s[0] == stype:
            return s
    return None


# Features where two different values contradict each other (a finder's "6 keys" rules out the
# owner's "5 keys"). Free lists such as contents or wear marks are left out: a finder not
# mentioning something is no contradiction.
CONTRA = {"case", "wall", "charm", "n", "sleeve", "engr", "site", "team", "college", "cont", "writing", "room",
          "school", "size", "addr", "lanyard", "cover", "name", "idc", "amt", "cash"}


def diff_keys(o, tw, said):
    """Keys the owner stated on which the twin visibly differs (so a finder can write it down)."""
    out = []
    for key in sorted(said):
        if key.startswith("serial:"):
            st = key.split(":", 1)[1]
            a, b = _sval(o, st), _sval(tw, st)
            if a and b and b[2] in ("finder", "both") and a[1] != b[1]:
                out.append(("serial", st))
        elif key == "holder":
            if tw["holder"] and tw["holder"] != o["holder"]:
                out.append(("holder", None))
        elif key.startswith(("vis:", "inner:")):
            kind, k = key.split(":", 1)
            if k not in CONTRA:
                continue
            fa = [f["zh"] for f in o[kind] if f["k"] == k]
            fb = [f["zh"] for f in tw[kind] if f["k"] == k]
            if fa and fb and sorted(fa) != sorted(fb):
                out.append((kind, k))
        elif key == "amount":
            if tw.get("amount") and tw["amount"] != o.get("amount"):
                out.append(("inner", "amt" if o["cat"] == "cash" else "cash"))
    return out


def _shown(rec, tw, d):
    """The detail a negative differs in must be on its registration, or the label is unfair."""
    text = rec["body"] + rec.get("marks", "") + rec.get("serial", "")
    kind, k = d
    if kind == "serial":
        v = _sval(tw, k)[1]
        tail = (v[1] if isinstance(v, tuple) else v)[-4:]
        ok = tail.lower() in text.lower().replace(" ", "")
    elif kind == "holder":
        ok = tw["holder"] in text or tw["holder"].upper() in text
    else:
        ok = all(f["zh"] in text for f in tw[kind] if f["k"] == k)
    if not ok:
        raise AssertionError("negative does not show its differing detail %s: %s" % (d, text))
    return rec


def _force(d):
    kind, k = d
    if kind == "serial":
        return {"serial"}
    if kind == "holder":
        return {"holder"}
    return {kind + ":" + k}


def _put_serial_first(tw, st):
    tw["serials"].sort(key=lambda s: 0 if s[0] == st else 1)


def _near_place(rng, o):
    pl = o["place"]
    if rng.random() < 0.5:
        return pl
    same = [p for p in places_of(pl["kind"]) if p["id"] != pl["id"]]
    return rng.choice(same) if same else pl


def _after(rng, L):
    """A found time inside what the owner's window allows (after the loss began)."""
    frm, to = L["rec"]["lost_from_min"], L["rec"]["lost_to_min"]
    lo = max(0, to - 2000)
    return min(daytime(rng.randint(lo, frm)), frm)


def build(rng, kind, L):
    """Return (found record, note) or None when L is not a fit for this kind."""
    o, said = L["truth"], L["said"]
    frm = L["rec"]["lost_from_min"]
    if kind == "same_look":
        tw = _twin(rng, L)
        if not tw:
            return None
        ds = diff_keys(o, tw, said)
        if not ds:
            return None
        d = rng.choice(ds)
        if d[0] == "serial":
            _put_serial_first(tw, d[1])
        pl = _near_place(rng, o)
        rec = _shown(make_found(rng, tw, _after(rng, L), place=pl, force=_force(d) | {"color"}), tw, d)
        return rec, "differs in %s" % ":".join(x for x in d if x)
    if kind == "found_before":
        tw = _twin(rng, L, same_vis=True)
        if not tw:
            return None
        fa = daytime(frm + rng.choice([rng.randint(90, 600), rng.randint(600, 2880), rng.randint(2880, 5000)]), later=False)
        rec = make_found(rng, tw, min(fa, 172800), place=_near_place(rng, o), force={"color"})
        return rec, "found %d min before the loss window" % (fa - frm)
    if kind == "same_brand_elsewhere":
        if not o["brand"]:
            return None
        tw = _twin(rng, L)
        if not tw:
            return None
        if rng.random() < 0.5:
            tw["color"] = rng.choice(sorted({"black", "white", "blue", "grey", "silver", "red"} - {o["color"]}))
        pl = rng.choice(FAR)
        to = L["rec"]["lost_to_min"]
        if rng.random() < 0.7 or to < 3000:
            fa = daytime(frm + rng.randint(1500, 6000), later=False)
        else:
            fa = daytime(rng.randint(0, to - 1500))
        rec = make_found(rng, tw, fa, place=pl, force={"brand"})
        return rec, "same brand at %s" % pl["name"]
    if kind == "namesake":
        if not o["holder"] or "holder" not in said:
            return None
        tw = _twin(rng, L)
        if not tw or not tw["holder"]:
            return None
        tw["holder"] = o["holder"]
        for lst in (tw["vis"], tw["inner"]):
            for f in lst:
                if f["k"] == "name":
                    f["zh"] = _rename(f["zh"], o["holder"])
                if f["k"] == "idc":
                    f["zh"] = "身份证一张（%s）" % o["holder"]
        ds = [d for d in diff_keys(o, tw, said) if d[0] != "holder"]
        if not ds:
            return None
        d = rng.choice(ds)
        if d[0] == "serial":
            _put_serial_first(tw, d[1])
        rec = _shown(make_found(rng, tw, _after(rng, L), place=_near_place(rng, o), force=_force(d) | {"holder"}), tw, d)
        return rec, "same name %s, differs in %s" % (o["holder"], ":".join(x for x in d if x))
    if kind == "one_detail":
        tw = copy.deepcopy(o)
        alt = None
        for _ in range(40):
            alt = _twin(rng, L)
            if not alt:
                continue
            ds = [d for d in diff_keys(o, alt, said) if d[0] != "holder" and d[1] not in ("name", "idc")]
            if ds:
                break
        else:
            return None
        if not alt or not ds:
            return None
        d = rng.choice(ds)
        if d[0] == "serial":
            new = _sval(alt, d[1])
            tw["serials"] = [new if s[0] == d[1] else s for s in tw["serials"]]
            _put_serial_first(tw, d[1])
        elif d[0] == "inner" and d[1] in ("amt", "cash"):
            tw["amount"] = alt["amount"]
            tw["inner"] = [f for f in tw["inner"] if f["k"] != d[1]] + [f for f in alt["inner"] if f["k"] == d[1]]
        else:
            kind2, k = d
            tw[kind2] = [f for f in tw[kind2] if f["k"] != k] + [f for f in alt[kind2] if f["k"] == k]
        rec = _shown(make_found(rng, tw, _after(rng, L), place=o["place"], force=_force(d)), tw, d)
        return rec, "copy differing only in %s" % ":".join(x for x in d if x)
    raise ValueError(kind)


def _rename(text, name):
    if text.startswith("里面有写着"):
        return "里面有写着%s名字的本子" % name
    for pre in ("姓名", "考生姓名", "运动员", "志愿者"):
        if text.startswith(pre):
            return pre + name
    if "姓名" in text:
        return text[:text.index("姓名") + 2] + name
    if "名字" in text:
        i = text.index("名字")
        rest = text[i + 2:]
        cut = rest.find("的")
        return text[:i + 2] + name + (rest[cut:] if cut >= 0 else "")
    return text
