"""Set 94 honesty checks: could a careful desk officer, reading the two texts (and the
times and places), tell that a found item is NOT the object of a lost report?

The comparison uses only what each registration stated (kept by the renderer),
never the hidden truth, so a label is honest only if the texts carry the difference."""
from set94_lexicon import colors_contrast, brand_group
from set94_world import ALL_PLACES, km

FAR_KM = 12.0
CONFUSABLE = {frozenset(p) for p in [("wallet", "id_doc"), ("jewelry", "electronics"), ("bag", "other"),
                                      ("phone", "electronics"), ("ebike", "bicycle"), ("bag", "electronics")]}
SERIAL_KEYS = ("serial", "plate", "asset")
SET_KEYS = ("contents", "cards")


def ser_norm(s):
    s = s.upper().replace("IMEI", "").replace("NO.", "")
    return "".join(c for c in s if (c.isascii() and c.isalnum()) or c == "*")


def serial_differs(a, b):
    a, b = ser_norm(a), ser_norm(b)
    n = 0
    for i in range(1, min(len(a), len(b)) + 1):
        ca, cb = a[-i], b[-i]
        if "*" in (ca, cb):
            continue
        n += 1
        if ca != cb:
            return True
    return False


def cash_differs(lost, found):
    fd = dict(found)
    for cur, amt in lost:
        if cur not in fd:
            return True
        if abs(amt - fd[cur]) > 0.25 * fd[cur] + 10:
            return True
    return False


def fact_differs(k, lv, fv):
    if k == "color":
        return colors_contrast(lv, fv)
    if k == "brand":
        return brand_group(lv) != brand_group(fv)
    if k in SERIAL_KEYS:
        return serial_differs(lv, fv)
    if k in SET_KEYS:
        return not set(lv) <= set(fv)
    if k == "cash":
        return cash_differs(lv, fv)
    return lv != fv


def places_far(lp, fp):
    """lp: list of place keys of the loss (one, or the two ends of a ride); fp: found place key."""
    if not lp or not fp:
        return False
    f = ALL_PLACES[fp]
    return all(km(ALL_PLACES[p]["lat"], ALL_PLACES[p]["lon"], f["lat"], f["lon"]) > FAR_KM for p in lp)


def reasons(found, lost):
    """found / lost: dicts with cat, stated, place(s), minutes.  Returns the visible differences."""
    out = []
    if found["found_min"] > lost["from_min"]:
        out.append("time")
    if found["cat"] != lost["cat"] and frozenset((found["cat"], lost["cat"])) not in CONFUSABLE:
        out.append("category")
    if places_far(lost["places"], found["place"]):
        out.append("place")
    fs, ls = found["stated"], lost["stated"]
    for k in sorted(set(fs) & set(ls)):
        if fact_differs(k, ls[k], fs[k]):
            out.append("fact:" + k)
    return out


def repair_keys(fobj, lobj):
    """Keys both sides could state on which the two hidden objects visibly differ."""
    out = []
    ff, lf = fobj["facts"], lobj["facts"]
    for k in sorted(set(ff) & set(lf)):
        a, b = ff[k], lf[k]
        if a["who"] != "both" or b["who"] != "both" or a["cmp"] == "none":
            continue
        if a["cmp"] in ("set", "cash"):
            if fact_differs(k, b["v"], a["v"]) and (a["cmp"] == "set" or {c for c, _ in b["v"]} - {c for c, _ in a["v"]}
                                                    or cash_differs([(c, x * 0.7) for c, x in b["v"]], a["v"])):
                out.append(k)
            continue
        if a["cmp"] == "serial":
            if serial_differs(a["v"], b["v"]) and a["v"][-4:] != b["v"][-4:]:
                out.append(k)
        elif fact_differs(k, b["v"], a["v"]):
            out.append(k)
    pri = ["brand", "noun", "name", "color", "plate", "model", "nkeys", "material", "case", "fob", "container"]
    out.sort(key=lambda k: (pri.index(k) if k in pri else len(pri), k))
    return out


def violations(founds, losts):
    """All (found index, lost index) where a found item that is not the lost report's truth
    cannot be told apart from it, plus true pairs whose texts contradict each other."""
    bad = []
    for li, L in enumerate(losts):
        for fi, F in enumerate(founds):
            rs = reasons(F, L)
            if L["truth"] == fi:
                if [r for r in rs if not (r == "category" and L.get("cross"))]:
                    bad.append((fi, li, "truth", rs))
            elif not rs:
                bad.append((fi, li, "twin", rs))
    return bad
