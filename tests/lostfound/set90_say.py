"""set90 say-plans: which facts a registration states, and in what form.

A say-plan is a dict key -> form: "sub" -> True, "color" -> "exact" | "vague",
"brand"/"model" -> True, "serial" -> "full" | "tail" | "tail6" | "mask",
"amount"/"count" -> (lo, hi, phrase), other slots -> True.  It is chosen before any
text is written, so that the honesty check and the text agree."""
import set90_nums as N
from set90_brands import VAGUE
from set90_objects import spec, implicit_sub, knowable, keys_of

SERIAL_FORMS = {
    "imei": {"L": [("full", .30), ("tail", .15)], "F": [("tail6", .04)]},
    "idno": {"L": [("full", .35), ("tail", .30)], "F": [("full", .35), ("mask", .45), ("tail", .10)]},
    "exam": {"L": [("full", .55)], "F": [("full", .75)]},
    "student": {"L": [("full", .40)], "F": [("full", .60)]},
    "card": {"L": [("tail", .60), ("mask", .15)], "F": [("tail", .45), ("mask", .45)]},
    "plate": {"L": [("full", .55), ("tail", .15)], "F": [("full", .80)]},
    "frame": {"L": [("full", .12), ("tail", .10)], "F": [("full", .40), ("tail", .10)]},
    "sn": {"L": [("full", .20), ("tail", .15)], "F": [("full", .25)]},
    "tag": {"L": [("full", .45), ("tail", .15)], "F": [("full", .60)]},
}
FORCED_SERIAL = {"L": {"card": "tail", "imei": "full"}, "F": {"card": "mask", "imei": "tail6", "idno": "mask"}}
OLD = ("dictated", "grandkid")


def owner_amount(rng, n):
    if n == 0:
        return (0, 0, "没钱")
    opts = []
    if n % 50 == 0:
        opts.append((n, n, rng.choice(["%d元" % n, "%s块钱" % N.cn_colloquial(n), "整整%d" % n, "%d块" % n])))
    unit = 1000 if n >= 2000 else 100
    base = n // unit * unit
    if base and base != n:
        opts.append((base, base + unit - 1, rng.choice([N.cn_int(base) + "多", "%d多" % base, N.cn_int(base) + "多块钱"])))
    r = max(100, int(round(n / 100.0)) * 100) if n >= 150 else max(10, int(round(n / 10.0)) * 10)
    lo, hi = int(r * 0.85), int(r * 1.15) + 1
    if lo <= n <= hi:
        opts.append((lo, hi, rng.choice(["大概%d" % r, "%d左右" % r, N.cn_colloquial(r) + "来块", "差不多%s块" % N.cn_colloquial(r)])))
    step = 100 if n < 2000 else 500
    a = max(0, n // step * step - step)
    opts.append((a, a + 3 * step, "%s到%s" % (N.cn_colloquial(a) if a else "几十", N.cn_colloquial(a + 3 * step))))
    return rng.choice(opts)


def finder_amount(rng, n):
    if n == 0:
        return (0, 0, "无现金")
    return (n, n, rng.choice(["%d元" % n, "人民币%d元" % n, "现金%d元" % n, N.cn_capital(n), "%d块" % n, "共计%d元" % n]))


def owner_count(rng, n):
    if n >= 3 and rng.random() < 0.35:
        return (n - 1, n, N.cn_int(n - 1) + N.cn_int(n) + "把")
    return (n, n, rng.choice(["%d把" % n, N.cn_int(n).replace("二", "两") + "把"]))


def form_for(rng, t, key, side, fv=None, forced=False):
    """The form in which side states key (None: not stated)."""
    if key == "sub":
        return True
    if key == "color":
        if forced:
            return "exact"
        return "vague" if (t["color"] in VAGUE and rng.random() < 0.3) else "exact"
    if key == "serial":
        kind = t["serial"]["kind"]
        if forced:
            if kind == "idno" and side == "L":
                return "full" if rng.random() < .5 else "tail"
            return FORCED_SERIAL[side].get(kind, "full")
        r, acc = rng.random(), 0.0
        table = SERIAL_FORMS[kind][side]
        if side == "F" and kind == "imei" and fv == "clerk":
            table = [("full", .5)]
        if side == "L" and fv in OLD and kind in ("imei", "sn", "frame"):
            table = [(f, p / 2) for f, p in table]
        for f, p in table:
            acc += p
            if r < acc:
                return f
        return None
    if key == "amount":
        n = t["slots"]["amount"]
        if forced and side == "L" and n:
            return (n, n, rng.choice(["整整%d元" % n, "正好%d" % n, "%s块整" % N.cn_colloquial(n)]))
        return owner_amount(rng, n) if side == "L" else finder_amount(rng, n)
    if key == "count":
        n = t["slots"]["count"]
        return owner_count(rng, n) if side == "L" else (n, n, rng.choice(["%d把" % n, "共%d把" % n]))
    return True


def plan(rng, t, side, level, voice=None):
    """A random say-plan for one registration (before any forcing)."""
    sp = spec(t)
    say = {}
    rich = {"hurried": 0.3, "normal": 0.6, "rich": 0.85}[level]
    if implicit_sub(t["cat"], t["sub"]) or rng.random() < (0.6 if side == "L" else 0.75):
        say["sub"] = True
    if t["color"] and rng.random() < (0.85 if level != "hurried" else 0.6):
        say["color"] = form_for(rng, t, "color", side)
    if t["brand"] is None and sp["brands"]:
        if rng.random() < 0.3:
            say["brand"] = True
    elif t["brand"]:
        p = 0.8 if side == "L" else 0.7
        if side == "L" and voice in OLD:
            p = 0.55
        if t["cat"] == "jewelry" and side == "F":
            p = 0.35
        if rng.random() < p:
            say["brand"] = True
    if t["model"]:
        p = 0.5 if side == "L" else (0.7 if voice == "clerk" else 0.25)
        if rng.random() < p * (0.5 if voice in OLD else 1):
            say["model"] = True
    if t["serial"]:
        f = form_for(rng, t, "serial", side, voice)
        if f:
            say["serial"] = f
    for k in sorted(t["slots"]):
        if not knowable(t, k, side):
            continue
        p = rich
        if k == "name":
            p = 0.9 if t["cat"] in ("id_doc", "other") else rich + 0.1
        if k == "amount":
            p = 0.9 if side == "L" else 0.8
        if t["slots"][k] in ("none", 0):
            p *= 0.35
        if rng.random() < p:
            say[k] = form_for(rng, t, k, side, voice)
    if level == "hurried":
        extra = [k for k in keys_of(t) if k in say and k != "sub"]
        pref = ["name", "amount", "brand", "color", "serial"]
        extra.sort(key=lambda k: (pref.index(k) if k in pref else 9, k))
        for k in extra[2:]:
            del say[k]
    if sp["serial"] == "idno" and "name" not in say and "serial" not in say:
        say["name"] = True
    if "model" in say:
        say["brand"] = True
    return say


def force(rng, t, say, key, side, voice=None):
    """Make say state key (no-op when already stated exactly)."""
    if key == "color" and say.get("color") == "vague":
        say["color"] = "exact"
    if key == "model":
        force(rng, t, say, "brand", side, voice)
    if key == "amount" and key in say and say[key][0] != say[key][1]:
        del say[key]          # narrowing a range only ever adds clashes
    if key in say:
        return
    if not knowable(t, key, side):
        raise ValueError("cannot force %s on side %s" % (key, side))
    say[key] = form_for(rng, t, key, side, voice, forced=True)
