"""Set 87 label keeping.  After the first draft of every registration:
1. each true pair must agree on enough (a careful officer would call it the same object);
2. every found item must differ, in something both texts state (or in time, or by being
   far away), from every lost report it is not the truth of.
Where a pair falls short, the side(s) concerned are told to state one more true detail."""
from set87_feats import FEATS
from set87_judge import NONEXCL, attr_conflict, discriminators, shared_evidence
from set87_kinds import kind_conflict
from set87_plan import add_attr, said
from set87_say import _norm, available
from set87_words import COLORS

PRIO = {"brand": 1, "model": 2, "color": 3, "cash": 4, "plate": 5, "serial": 6, "name": 7}


def truth_value(o, a):
    if a == "color":
        return COLORS[o["color"]][0]
    if a == "brand":
        return o["brand"]
    if a == "model":
        return _norm(o["model"])
    if a == "serial":
        return "full:" + _norm(o["serial"])
    if a == "plate":
        return "tail:" + o["plate"][3:]
    if a == "name":
        return o["name"]["cn"]
    if a == "cash":
        return o["cash"]
    return o["feats"][a[2:]]


def separable(a, b):
    """Could a finder's text about object a and an owner's text about b (and the other way
    round) ever contradict each other?  Used to keep independently drawn objects apart."""
    if kind_conflict(a["kind"], b["kind"]):
        return True
    for x, y in ((a, b), (b, a)):
        common = set(available(x, "found")) & set(available(y, "lost"))
        if not any(attr_conflict(t, truth_value(x, t), truth_value(y, t)) for t in sorted(common)
                   if not (t.startswith("f:") and t[2:] in NONEXCL)
                   and not (t == "serial" and x["kind"] == "bicycle")):
            return False
    return True


def lost_meta(lp):
    o = lp["obj"]
    return {"kind": o["kind"], "said": said(lp), "places": list(o["said_places"]), "lost_from": o["lost_from"]}


def found_meta(fp):
    m = fp["misc"]
    return {"kind": fp["obj"]["kind"], "said": said(fp), "place": m["place"], "found_at": m["found_at"]}


def _prio(a):
    if a.startswith("f:"):
        return 0 if a[2:] not in NONEXCL else 8
    return PRIO.get(a, 9)


def _usable(fp, lp):
    fa = set(available(fp["obj"], "found")) - fp["banned"]
    la = set(available(lp["obj"], "lost")) - lp["banned"]
    # an owner does not usually know a bicycle's stamped number
    return sorted(fa & la, key=lambda a: (_prio(a), a))


def separate(rng, fp, lp):
    """Make the two texts state one attribute on which the objects really differ."""
    fo, lo = fp["obj"], lp["obj"]
    cands = []
    for a in _usable(fp, lp):
        if a in ("serial",) and lo["kind"] in ("bicycle",):
            continue
        if attr_conflict(a, truth_value(fo, a), truth_value(lo, a)):
            need = (a not in fp["attrs"]) + (a not in lp["attrs"])
            if need:
                cands.append((need, _prio(a), a))
            elif a in ("color", "cash"):  # both said it, one of them vaguely (深色, 五六百块)
                cands.append((3, _prio(a), a))
    if not cands:
        return False
    cands.sort()
    a = cands[0][2]
    for p in (fp, lp):
        if a in p["attrs"] and p["attrs"][a]["val"] != truth_value(p["obj"], a):
            del p["attrs"][a]
            p["order"].remove(a)
        add_attr(rng, p, a, strict=True)
    return True


def strengthen(rng, fp, lp):
    """A true pair that agrees on too little: both state one more shared detail."""
    for a in _usable(fp, lp):
        if a in fp["attrs"] and a in lp["attrs"]:
            continue
        add_attr(rng, fp, a, strict=True)
        add_attr(rng, lp, a, strict=True)
        return True
    return False


def fix_all(rng, lost_plans, found_plans, truth_of, log):
    """truth_of[i] = index of the lost plan whose object found plan i is, or None."""
    for rnd in range(40):
        changed = 0
        for i, fp in enumerate(found_plans):
            j = truth_of[i]
            if j is None:
                continue
            while shared_evidence(found_meta(fp), lost_meta(lost_plans[j])) < 2:
                if not strengthen(rng, fp, lost_plans[j]):
                    log.append("weak pair %d" % i)
                    break
                changed += 1
        lm = [lost_meta(lp) for lp in lost_plans]
        bad = []
        for i, fp in enumerate(found_plans):
            fm = found_meta(fp)
            for j, lp in enumerate(lost_plans):
                if j == truth_of[i] or kind_conflict(fm["kind"], lm[j]["kind"]):
                    continue
                if not discriminators(fm, lm[j]):
                    bad.append((i, j))
        for i, j in bad:
            if discriminators(found_meta(found_plans[i]), lost_meta(lost_plans[j])):
                continue
            if separate(rng, found_plans[i], lost_plans[j]):
                changed += 1
            else:
                raise RuntimeError("cannot separate found %d from lost %d (%s)" % (i, j, lost_plans[j]["obj"]["kind"]))
        log.append("round %d: %d changes, %d unseparated pairs" % (rnd, changed, len(bad)))
        if not changed:
            return
    raise RuntimeError("labels did not settle")


__all__ = ["fix_all", "lost_meta", "found_meta", "truth_value", "FEATS"]
