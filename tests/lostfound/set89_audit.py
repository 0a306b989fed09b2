"""Set 89: could a careful desk officer tell this found item apart from that lost report?

Works on what each side actually stated (kept by the renderers), on the category each filed,
and on the times.  A place alone never counts: things travel.  Reasons that count:
  time   - the item was found before the loss window began;
  cat    - filed under categories no one would confuse;
  fact:k - both stated k precisely and the values differ (an identifier against a tail
           compares the tails; money differs when one amount is 1.4 times the other).
"""
from set89_kinds import K

COMPAT = {("wallet", "id_doc"), ("wallet", "cash"), ("phone", "electronics"), ("electronics", "other"),
          ("bag", "other"), ("ebike", "bicycle")}


def compatible(a, b):
    return a == b or (a, b) in COMPAT or (b, a) in COMPAT


def fact_differs(a, b):
    (va, pa), (vb, pb) = a, b
    if pa is False or pb is False:
        return False
    if pa == "cat" or pb == "cat":   # a kind named only by its family ("包", "证件", "首饰")
        return K[va]["cat"] != K[vb]["cat"]
    if pa == "amount" or pb == "amount":
        lo, hi = sorted([va, vb])
        return hi > 1.4 * lo
    if pa == "tail" or pb == "tail":
        return str(va)[-4:] != str(vb)[-4:]
    return va != vb


def reasons(lost, lmeta, found, fmeta, first=True):
    out = []
    if found["found_at_min"] > lost["lost_from_min"]:
        out.append("time")
        if first:
            return out
    if not compatible(lost["category"], found["category"]):
        out.append("cat")
        if first:
            return out
    ls, fs = lmeta["stated"], fmeta["stated"]
    for k in sorted(set(ls) & set(fs)):
        if fact_differs(ls[k], fs[k]):
            out.append("fact:" + k)
            if first:
                return out
    return out


def ambiguous_with(found, fmeta, losts, skip=None):
    """Indexes of lost reports (other than skip) this found item cannot be told apart from."""
    bad = []
    for i, (lrec, lmeta) in enumerate(losts):
        if i == skip:
            continue
        if not reasons(lrec, lmeta, found, fmeta):
            bad.append(i)
    return bad


def consistent(lost, lmeta, found, fmeta):
    """A true pair must not look contradictory."""
    return reasons(lost, lmeta, found, fmeta, first=False)
