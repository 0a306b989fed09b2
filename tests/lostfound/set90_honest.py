"""set90 honesty: a found registration may be matched to a lost report only when a
careful desk officer could not tell them apart.  For every found item and every lost
report that is not its owner's, this module makes sure the two texts differ in a
stated fact (or the item was found before the loss began, or 18 km or more away);
when they do not, it makes both sides state one fact in which the objects differ."""
import set90_world as W
import set90_objects as O
import set90_say as Y
import set90_nums as N
from set90_brands import colors_clash, brands_clash

FAR_KM = 18.0
PREF = ["name", "brand", "color", "sub", "model", "bank_tail", "serial", "amount", "count"]


def found_min(f):
    return W.mins(f["when"])


def lost_from(l):
    return W.mins(l["win"][1])


def apart(f, l):
    """Time or place alone tells them apart."""
    if found_min(f) > lost_from(l):
        return "time"
    if min(W.dist(f["place"], p) for p in l["places"]) >= FAR_KM:
        return "place"
    return None


def told_apart(f, l):
    why = apart(f, l)
    if why:
        return why
    c = clashes(stated(f["t"], f["say"]), stated(l["t"], l["say"]))
    return ("says:" + ",".join(c)) if c else None


def compared(f, l):
    """Pairs a reader would compare at all: the same kind of object."""
    return f["t"]["cat"] == l["t"]["cat"] and f.get("owner") is not l


def _order(keys):
    return sorted(keys, key=lambda k: (PREF.index(k) if k in PREF else len(PREF), k))


def fix(rng, f, l):
    """Make both sides state one differing fact; True on success."""
    common = set(O.keys_of(f["t"])) & set(O.keys_of(l["t"]))
    for k in _order(common):
        if not (O.knowable(f["t"], k, "F") and O.knowable(l["t"], k, "L")):
            continue
        fs, ls = dict(f["say"]), dict(l["say"])
        Y.force(rng, f["t"], fs, k, "F", f["voice"])
        Y.force(rng, l["t"], ls, k, "L", l["voice"])
        if clashes(stated(f["t"], fs), stated(l["t"], ls)):
            f["say"], l["say"] = fs, ls
            return True
    return False


def settle(rng, f, lost, dry=False):
    """Check f against every lost report; fix what can be fixed.
    Returns the list of lost reports it still cannot be told apart from."""
    bad = []
    for l in lost:
        if not compared(f, l) or told_apart(f, l):
            continue
        if dry or not fix(rng, f, l):
            bad.append(l)
    return bad


def check_pair(f, l):
    """A true pair must agree on everything both state, and the time must fit."""
    assert found_min(f) <= lost_from(l), "found before loss"
    c = clashes(stated(f["t"], f["say"]), stated(l["t"], l["say"]))
    assert not c, c


def stated(t, say):
    out = {}
    for k, form in sorted(say.items()):
        if k == "sub":
            out["sub"] = (t["cat"], t["sub"])
        elif k == "color":
            if form == "exact":
                out["color"] = t["color"]
        elif k == "brand":
            out[k] = t[k] or "none"
        elif k == "model":
            out[k] = t[k]
        elif k == "serial":
            out["serial"] = N.stated_serial(t["serial"]["kind"], t["serial"]["value"], form)
        elif k in ("amount", "count"):
            out[k] = form[:2]
        else:
            out[k] = t["slots"][k]
    return out


def clash(k, a, b):
    if k == "color":
        return colors_clash(a, b)
    if k == "brand":
        return brands_clash(a, b)
    if k == "serial":
        return not N.serial_compatible(a, b)
    if k in ("amount", "count"):
        return a[1] < b[0] or b[1] < a[0]
    return a != b


def clashes(sa, sb):
    return sorted(k for k in sa if k in sb and clash(k, sa[k], sb[k]))


def distinct(a, b):
    """Do two objects of one category differ in something both owner and finder can say?"""
    if a["cat"] != b["cat"] or a["sub"] != b["sub"]:
        return True
    for k in set(O.keys_of(a)) & set(O.keys_of(b)):
        if k in ("sub", "serial") or not (O.knowable(a, k, "F") and O.knowable(b, k, "L")):
            continue
        if k == "brand":
            if brands_clash(a["brand"] or "none", b["brand"] or "none"):
                return True
        elif k == "color":
            if colors_clash(a["color"], b["color"]):
                return True
        elif k == "model":
            if a["model"] != b["model"]:
                return True
        else:
            x, y = a["slots"][k], b["slots"][k]
            if k == "amount":
                if abs(x - y) > 0.35 * max(x, y, 1):
                    return True
            elif k == "count":
                if abs(x - y) >= 2:
                    return True
            elif x != y:
                return True
    return False
