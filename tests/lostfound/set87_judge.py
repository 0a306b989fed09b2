"""Set 87 judging: when do two statements about an object contradict each other, so that
a careful desk officer reading both texts can tell the objects apart?  Used by the
generator to keep labels honest and by check_set87.py to verify them."""
import set87_world as W
from set87_kinds import kind_conflict
from set87_words import brand_conflict, color_conflict

# detail groups where saying one value does not rule out another (contents, stickers);
# for these only "none" against something is a contradiction
NONEXCL = {"ppin", "photo", "extra", "scontent", "bcontent", "hcontent", "wcontent", "pocket",
           "pbmark", "sticker", "lsticker", "tmark", "cshell"}
STRONG = ("serial", "plate", "name")
FAR_KM = 12.0
TIME_MARGIN = 60  # found at least an hour before the loss began: not a misremembered window


def _split(v):
    k, s = v.split(":", 1)
    return k, s


def _tail(k, s):
    if k == "tail":
        return s
    if k == "mask":
        return s.rsplit("*", 1)[-1]
    return s


def serial_conflict(a, b):
    ka, sa = _split(a)
    kb, sb = _split(b)
    if ka != "tail" and kb != "tail" and len(sa) == len(sb):
        return any(x != y for x, y in zip(sa, sb) if x != "*" and y != "*")
    ta, tb = _tail(ka, sa), _tail(kb, sb)
    n = min(len(ta), len(tb))
    if n < 4:
        return False
    return ta[-n:] != tb[-n:]


def cash_conflict(a, b):
    return abs(a - b) > max(0.3 * max(a, b), 60)


def attr_conflict(attr, a, b):
    if attr == "color":
        return color_conflict(a, b)
    if attr == "brand":
        return brand_conflict(a, b)
    if attr in ("serial", "plate"):
        return serial_conflict(a, b)
    if attr == "cash":
        return cash_conflict(a, b)
    if attr.startswith("f:") and attr[2:] in NONEXCL:
        return a != b and (a == "none" or b == "none")
    return a != b


def conflicts(sa, sb):
    out = []
    for a in sorted(set(sa) & set(sb)):
        if attr_conflict(a, sa[a], sb[a]):
            out.append(a)
    return out


def place_far(fplace, lplaces):
    if any(W.ALLP[p]["vehicle"] for p in lplaces):
        return False
    return min(W.km(fplace, p) for p in lplaces) > FAR_KM


def discriminators(f, l):
    """f, l: meta dicts (kind, said {attr: value}, place(s), times)."""
    if kind_conflict(f["kind"], l["kind"]):
        return ["kind"]
    out = conflicts(f["said"], l["said"])
    if f["found_at"] > l["lost_from"] + TIME_MARGIN:
        out.append("time")
    if place_far(f["place"], l["places"]):
        out.append("place")
    return out


def shared_evidence(f, l):
    """How much the two texts agree on (true pairs must agree enough)."""
    score = 0.0
    for a in sorted(set(f["said"]) & set(l["said"])):
        if attr_conflict(a, f["said"][a], l["said"][a]):
            return -1.0
        if a in STRONG:
            score += 3
        elif a == "color":
            score += 0.5
        elif a.startswith("f:") and a[2:] in NONEXCL and f["said"][a] != l["said"][a]:
            score += 0
        else:
            score += 1
    return score
