"""set88 desk judgement on what two registrations actually SAY (never on the hidden truth).

Each registration carries a 'said' record of what its text and fields state.  conflict(L, F) returns
the first thing a careful desk officer could point at to say "this found item is not that lost
thing", or None when nothing in the two texts rules it out."""
from set88_world import dist
from set88_words import colors_compatible
from set88_feats import MAJOR

FAR_KM = 13.0


def new_said(side, cat):
    return {"side": side, "cat": cat, "kind": None, "color": None, "brand": None, "model": None, "feats": {},
            "idents": [], "name": None, "amount": None, "contents": None, "places": [], "t0": None, "t1": None,
            "t": None}


def _ident_ok(a, b):
    """Two written numbers of one type agree wherever both are readable (offsets from the end)."""
    (ta, va, sa), (tb, vb, sb) = a, b
    for k in sorted(sa & sb):
        if k < len(va) and k < len(vb) and va[len(va) - 1 - k] != vb[len(vb) - 1 - k]:
            return False
    return True


def _feat_conflict(ft, a, b):
    if ft == "count":
        return abs(int(a) - int(b)) >= 2
    return a != b


def conflict(L, F):
    if F["t"] < L["t0"]:
        return "found before the loss window"
    if L["cat"] != F["cat"] and not (L["kind"] and L["kind"] == F["kind"]):
        return "different category"
    if L["kind"] and F["kind"] and L["kind"] != F["kind"]:
        return "different kind of object"
    if L["color"] and F["color"] and not colors_compatible(L["color"], F["color"]):
        return "colour"
    if L["brand"] and F["brand"] and L["brand"] != F["brand"]:
        return "brand"
    if L["model"] and F["model"] and L["model"] != F["model"]:
        return "model"
    for ft in sorted(set(L["feats"]) & set(F["feats"])):
        if _feat_conflict(ft, L["feats"][ft], F["feats"][ft]):
            return "feature " + ft
    types_f = {}
    for idt in F["idents"]:
        types_f.setdefault(idt[0], []).append(idt)
    for idt in L["idents"]:
        cands = types_f.get(idt[0])
        if cands and not any(_ident_ok(idt, c) for c in cands):
            return "number " + idt[0]
    if L["name"] and F["name"] and L["name"] != F["name"]:
        return "name"
    if L["amount"] and F["amount"]:
        lo, hi = L["amount"]
        x = F["amount"][0]
        if x < lo * 0.85 - 20 or x > hi * 1.15 + 20:
            return "amount"
    if F["contents"] is not None and L["contents"]:
        for c in L["contents"]:
            if c in MAJOR and c not in F["contents"]:
                return "contents " + c
    if F["places"] and L["places"]:
        if min(dist(F["places"][0], p) for p in L["places"]) > FAR_KM:
            return "far place"
    return None


def unresolved(losts, founds):
    """(lost, found) pairs that are not truth and that nothing in the texts tells apart."""
    out = []
    by_cat = {}
    for f in founds:
        by_cat.setdefault(f["said"]["cat"], []).append(f)
    for L in losts:
        cats = sorted({L["said"]["cat"]} | set(c for c in by_cat if c != L["said"]["cat"]))
        for c in cats:
            for f in by_cat.get(c, []):
                if f is L.get("truth_rec"):
                    continue
                if conflict(L["said"], f["said"]) is None:
                    out.append((L, f))
    return out


def truth_faults(losts):
    out = []
    for L in losts:
        f = L.get("truth_rec")
        if f is not None:
            why = conflict(L["said"], f["said"])
            if why:
                out.append((L, f, why))
    return out
