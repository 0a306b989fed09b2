"""Set 93 judge: keeps the labels honest.

A found item and a lost report that are not a labelled pair must differ in
something a careful desk officer can see in the two registrations: the item was
found before the loss began, they are filed under categories nobody would mix
up, the objects are different kinds (长款 vs 短款 wallet), or both sides state
one fact (colour, brand, model, serial, name, a mark) and the statements clash.
A labelled pair must never clash and must be found at or after the loss began.
"""

from set93_vocab import sets_clash

ALT_PAIRS = {("id_doc", "wallet"), ("bag", "other"), ("electronics", "other")}


def comparable(F, L):
    a, b = F["cat"], L["cat"]
    return a == b or (a, b) in ALT_PAIRS or (b, a) in ALT_PAIRS


def clash(x, y, excl=True):
    """Two statements that cannot both be true of one thing. For features a thing may have
    several of, only "none" against "some" clashes; canons "group:value" clash within a group."""
    if x[0] == "set" and y[0] == "set":
        return sets_clash(x[1], y[1])
    if x[0] == "eq" and y[0] == "eq":
        a, b = x[1], y[1]
        if not excl:
            return (a == "none") != (b == "none")
        if isinstance(a, str) and isinstance(b, str) and ":" in a and ":" in b:
            return a.split(":")[0] == b.split(":")[0] and a != b
        return a != b
    if x[0] == "rng" and y[0] == "rng":
        return x[2] < y[1] or y[2] < x[1]
    return False


def hard(F, L, k):
    sf, sl = F["obj"]["slots"].get(k), L["obj"]["slots"].get(k)
    return sf is not None and sl is not None and not sf["soft"] and not sl["soft"] and sf["k"] == sl["k"]


def excl(F, L, k):
    return F["obj"]["slots"][k]["excl"] and L["obj"]["slots"][k]["excl"]


def why_distinct(F, L):
    """The reason an officer can tell F is not L's object, or None."""
    if F["tf"] < L["f"]:
        return "time"
    if not comparable(F, L):
        return "category"
    fo, lo = F["obj"], L["obj"]
    if fo["cat"] != lo["cat"] or fo["sub"] != lo["sub"]:
        return "kind"
    for k in sorted(set(F["stated"]) & set(L["stated"])):
        if hard(F, L, k) and clash(F["stated"][k][1], L["stated"][k][1], excl(F, L, k)):
            return k
    return None


def pair_faults(F, L):
    out = []
    if F["tf"] < L["f"]:
        out.append("found before loss")
    for k in sorted(set(F["stated"]) & set(L["stated"])):
        sf = F["obj"]["slots"].get(k)
        if clash(F["stated"][k][1], L["stated"][k][1], sf["excl"] if sf else True):
            out.append("clash on " + k)
    return out


PREF = ["name", "idno", "imei", "plate", "frame", "sn", "tail", "case", "screen", "mark", "brand", "color", "model"]


def fix(rng, F, L):
    """Make both sides state one fact on which the two objects differ. True if done."""
    fo, lo = F["obj"], L["obj"]
    cands = []
    for k in sorted(set(fo["slots"]) & set(lo["slots"])):
        if not hard(F, L, k) or not fo["slots"][k]["fnd"] or not lo["slots"][k]["own"]:
            continue
        fopts = [F["stated"][k]] if k in F["stated"] else fo["slots"][k]["fnd"]
        lopts = [L["stated"][k]] if k in L["stated"] else lo["slots"][k]["own"]
        ex = excl(F, L, k)
        pairs = [(a, b) for a in fopts for b in lopts if clash(a[1], b[1], ex)]
        if pairs:
            score = (k in F["stated"]) + (k in L["stated"])
            cands.append((-score, PREF.index(k) if k in PREF else 99, k, pairs))
    if not cands:
        return False
    cands.sort(key=lambda c: (c[0], c[1], c[2]))
    best = [c for c in cands if c[:2] == cands[0][:2]]
    _, _, k, pairs = best[rng.randrange(len(best))]
    a, b = pairs[rng.randrange(len(pairs))]
    F["stated"][k] = a
    L["stated"][k] = b
    return True


def enforce(rng, lost, found, on_fail):
    """One pass over every (found, lost) that is not a labelled pair; returns count fixed."""
    n = 0
    for fi, F in enumerate(found):
        for L in lost:
            if L["truth"] == fi:
                continue
            if why_distinct(F, L) is None:
                if not fix(rng, F, L):
                    on_fail(fi, F, L)
                n += 1
    return n


def audit(lost, found):
    """All faults left; empty when the labels are honest."""
    faults = []
    for li, L in enumerate(lost):
        if L["truth"] is not None:
            F = found[L["truth"]]
            for p in pair_faults(F, L):
                faults.append("pair L%d/F%d: %s" % (li, L["truth"], p))
    for fi, F in enumerate(found):
        for li, L in enumerate(lost):
            if L["truth"] != fi and why_distinct(F, L) is None:
                faults.append("F%d vs L%d indistinguishable" % (fi, li))
    return faults
