"""Hard negatives: found items that are nobody's truth, each made in the image of one lost report."""
from set104_world import NEAR, FAR
from set104_objects import person, sibling, clone, make_imei
from set104_say import BRANDS
import set104_found as found

KINDS = ["same_cat_color", "near_twin", "found_before_loss", "same_brand_elsewhere", "namesake", "one_detail"]
NEIGH = {"黑": "灰", "灰": "黑", "白": "银", "银": "白", "蓝": "紫", "紫": "蓝", "红": "粉", "粉": "红",
         "绿": "蓝", "金": "黄", "黄": "金", "棕": "黑"}


def near_place(rng, place):
    return place if rng.random() < 0.5 else rng.choice(NEAR.get(place, [place]))


def plausible_time(rng, lf, lt):
    """a found time that would fit the loss window"""
    span = lf - lt
    fa = lf - rng.randint(10, span + rng.choice([60, 600, 2000]))
    return max(0, min(lf, fa))


def other_person(rng, p):
    q = person(rng, p["voice"])
    return q


def change_one(rng, o, t):
    n = clone(o)
    opts = []
    if n["serial"] and n["skind"]:
        opts += ["serial", "serial"]
    if len(n["vis"]) >= 1:
        opts.append("vis")
    if n["color"]:
        opts.append("color")
    if n["amount"]:
        opts.append("amount")
    if n["kind"] == "keys":
        opts.append("nkeys")
    what = rng.choice(opts)
    if what == "serial":
        s, k = n["serial"], n["skind"]
        if k == "imei":
            n["serial"] = make_imei(rng)
        elif k == "id":
            from set104_say import id_check
            d = list(s[:17])
            i = rng.randint(14, 16)
            d[i] = str((int(d[i]) + rng.randint(1, 9)) % 10)
            d17 = "".join(d)
            n["serial"] = d17 + id_check(d17)
        else:
            i = len(s) - rng.randint(1, 2)
            c = s[i]
            alt = "0123456789" if c.isdigit() else "ABCDEFGHKMNPRSTXYZ"
            n["serial"] = s[:i] + rng.choice([a for a in alt if a != c]) + s[i + 1:]
            if k == "plate":
                n["vis"] = [("车牌" + n["serial"]) if v.startswith("车牌") else v for v in n["vis"]]
    elif what == "vis":
        sib = sibling(rng, o, t["p"])
        alts = [v for v in sib["vis"] if v not in o["vis"]]
        if alts:
            i = rng.randrange(len(n["vis"]))
            n["vis"][i] = rng.choice(alts)
        elif n["color"]:
            n["color"] = NEIGH.get(n["color"], "黑")
    elif what == "color":
        n["color"] = NEIGH.get(n["color"], "黑")
    elif what == "amount":
        n["amount"] = n["amount"] + rng.choice([-200, -100, 100, 300, 500])
        if n["amount"] <= 0:
            n["amount"] += 600
    elif what == "nkeys":
        m = n["nkeys"] + rng.choice([-1, 1, 2])
        m = max(1, m)
        n["vis"] = [("%d把钥匙" % m) if v.endswith("把钥匙") else v for v in n["vis"]]
    return n, what


def make(rng, kind, t, key):
    """t: the target lost report's hidden record: o, p, place, lf, lt"""
    o, p, place, lf, lt = t["o"], t["p"], t["place"], t["lf"], t["lt"]
    far = False
    note = None
    if kind == "same_cat_color":
        for _ in range(12):
            n = sibling(rng, o, other_person(rng, p))
            if not o["brand"] or n["brand"] != o["brand"]:
                break
        if o["brand"] and n["brand"] == o["brand"]:
            n["brand"] = None
        n["color"] = o["color"] or n["color"]
        pl, fa = near_place(rng, place), plausible_time(rng, lf, lt)
    elif kind == "near_twin":
        n = sibling(rng, o, other_person(rng, p))
        n["brand"], n["color"] = o["brand"], o["color"]
        if rng.random() < 0.5:
            n["model"] = o["model"]
        pl, fa = near_place(rng, place), plausible_time(rng, lf, lt)
    elif kind == "found_before_loss":
        n = sibling(rng, o, other_person(rng, p))
        if rng.random() < 0.75:
            n["brand"], n["color"] = o["brand"], o["color"]
            if rng.random() < 0.5:
                n["model"] = o["model"]
        pl = near_place(rng, place)
        fa = min(172800, lf + rng.randint(30, 6000))
    elif kind == "same_brand_elsewhere":
        n = sibling(rng, o, other_person(rng, p))
        n["brand"] = o["brand"]
        pl = rng.choice(FAR)[0]
        far = True
        if lt > 4 * 1440 and rng.random() < 0.5:
            fa = lt - rng.randint(3 * 1440, lt)
        else:
            fa = min(172800, lf + rng.randint(1440, 12000))
    elif kind == "namesake":
        q = other_person(rng, p)
        q["name"] = p["name"]
        n = sibling(rng, o, q)
        n["name"] = p["name"]
        pl = rng.choice([near_place(rng, place), rng.choice(sorted(NEAR))])
        fa = plausible_time(rng, lf, lt)
    else:
        n, note = change_one(rng, o, t)
        pl, fa = near_place(rng, place), plausible_time(rng, lf, lt)
    n["fcat"] = n["cat"]
    rec = found.write(rng, key, n, pl, fa, negative=kind, far=far)
    return rec, note
