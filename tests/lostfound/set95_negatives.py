"""Hard negatives for set95: found items that are nobody's truth, each built against one lost report."""
import copy
from set95_world import neighbours, dist_km, NEAR_IDS, FAR_IDS, NOW, zh_name, KR, EN
from set95_ids import imei, id_number, digits, SEEN_AS
from set95_things_a import F, PHONE_POOLS, WALLET_POOLS, KEY_POOLS, PHONE_MODELS, SCHOOLS, rng_free_round
from set95_things_b import EBIKE_POOLS, BIKE_POOLS, BAG_POOLS, JEW_POOLS, ELEC_POOLS, OTHER, ELEC_MODELS, ELEC
from set95_found import write_found

POOLS = {"phone": [PHONE_POOLS], "wallet": [WALLET_POOLS], "keys": [KEY_POOLS], "ebike": [EBIKE_POOLS], "bicycle": [BIKE_POOLS],
         "bag": [BAG_POOLS], "jewelry": [JEW_POOLS], "electronics": [ELEC_POOLS], "other": [x[4] for x in OTHER]}
CAT_BRANDS = {"phone": sorted(PHONE_MODELS), "wallet": ["coach", "septwolves", "goldlion"], "keys": ["toyota", "byd", "honda", "vw"],
              "ebike": ["yadea", "aima", "niu", "tailg"], "bicycle": ["giant", "merida", "xds", "phoenix"],
              "bag": ["samsonite", "decathlon", "tnf", "anta", "coach"], "jewelry": ["ctf", "lfx", "pandora", "swarovski"]}
MUTABLE = ("serial", "name", "brand", "model", "amount", "room", "school", "engraving", "writing", "tag", "shop", "notes")


def alt_serial(rng, s):
    s = dict(s)
    v, k = s["value"], s["kind"]
    if k == "imei":
        s["value"] = imei(rng)
    elif k == "id":
        s["value"] = id_number(rng, 1955, 2008)
    elif k == "tail":
        s["value"] = digits(rng, 4)
    else:
        n = sum(c.isdigit() for c in v[-4:])
        s["value"] = v[:-4] + "".join(str(rng.randint(0, 9)) if c.isdigit() else c for c in v[-4:])
        if n == 0 or s["value"] == v:
            s["value"] = v + str(rng.randint(1, 9))
    if s["value"] == v:
        return None
    return s


def alt_feat(rng, o, f):
    tag, key = f["tag"], f["key"]
    if tag == "name":
        n = rng.choice(KR + EN) if key.isascii() else zh_name(rng)
        return None if n == key else F("name", n, f["zh"].replace(key, n), f["en"].replace(key, n), True, f["fzh"].replace(key, n))
    if tag == "amount":
        a = max(20, int(key * rng.choice([0.4, 0.6, 1.5, 2.0])) // 10 * 10)
        if o["cat"] == "cash":
            return F("amount", a, "%d元" % a, "%d yuan" % a, True, "共计%d元" % a)
        return F("amount", a, "里面大概%s块钱现金" % rng_free_round(a), "about %d yuan cash" % a, True, "内有现金%d元" % a)
    if tag in ("room", "school", "engraving", "writing", "tag", "shop", "notes"):
        opts = {"room": [key[:-3] + n for n in ("101", "203", "305", "208", "102") if key[:-3] + n != key],
                "school": [s for s in SCHOOLS if s != key], "engraving": [e for e in ("LY&ZQ", "永结同心", "2019.5.20", "平安", "W♥J", "MOM", "2021.10.1") if e != key],
                "writing": [w for w in ("房租", "给阿嬷", "船票钱", "进货款", "满月礼", "学费") if w != key],
                "tag": [digits(rng, 4)], "shop": [s for s in ("骑行驿站", "北环路租车点") if s != key],
                "notes": [n for n in ("100", "mix") if n != key]}[tag]
        new = rng.choice(opts)
        if new == key:
            return None
        rep = {"notes": ("都是一百的", "all 100-yuan notes") if new == "100" else ("一百和五十的都有", "100s and 50s")}
        if tag == "notes":
            return F("notes", new, rep["notes"][0], rep["notes"][1])
        nk = key[-3:] if tag == "room" else key
        nn = new[-3:] if tag == "room" else new
        return F(tag, new, f["zh"].replace(nk, nn), f["en"].replace(nk, nn), True, f["fzh"].replace(nk, nn))
    for pools in POOLS.get(o["cat"], []):
        opts = pools.get(tag)
        if opts and any(k == key for k, _, _ in opts):
            alts = [x for x in opts if x[0] != key]
            if alts:
                k, zh, en = rng.choice(alts)
                return F(tag, k, zh, en)
    return None


def mutate(rng, o, tag):
    """a copy of o that differs in exactly the one detail `tag`, or None"""
    n = copy.deepcopy(o)
    if tag == "serial":
        s = alt_serial(rng, o["serial"])
        if not s:
            return None
        n["serial"] = s
        n["serial"]["finder"] = True
    elif tag in ("brand", "model"):
        cat = o["cat"]
        if tag == "brand":
            brands = [b for b in CAT_BRANDS.get(cat, []) if b != o["brand"]]
            if not brands:
                return None
            n["brand"] = rng.choice(brands)
            n["model"] = rng.choice(PHONE_MODELS[n["brand"]]) if cat == "phone" else None
        else:
            ms = [m for m in (PHONE_MODELS.get(o["brand"]) if cat == "phone" else ELEC_MODELS.get(o["brand"] or "", [])) if m != o["model"]]
            if not ms:
                return None
            n["model"] = rng.choice(ms)
    else:
        idx = [i for i, f in enumerate(o["feats"]) if f["tag"] == tag]
        if not idx:
            return None
        nf = alt_feat(rng, o, o["feats"][idx[0]])
        if not nf:
            return None
        n["feats"][idx[0]] = nf
    return n


def color_clash(a, b):
    return a != b and SEEN_AS.get(a) != b and SEEN_AS.get(b) != a


def distinct(neg, lost):
    """can a careful desk officer tell this found item is not the lost report's object?"""
    if neg["cat_filed"] != lost["rec"]["category"]:
        return True
    if neg["found_at"] < lost["t_from"] or dist_km(neg["pid"], lost["pid"]) > 8:
        return True
    for tag, key in neg["st"].items():
        if tag in lost["st"] and lost["st"][tag] != key:
            if tag != "color" or color_clash(key, lost["st"][tag]):
                return True
    return False


def make_negative(rng, kind, target, gens):
    o, pid = target["o"], target["pid"]
    must = ()
    if kind == "near_twin":
        tags = [t for t in MUTABLE if t in target["st"] and (t != "serial" or o["serial"])]
        tags += [t for t in target["st"] if t not in MUTABLE and t not in ("color",) and
                 any(f["tag"] == t and f["vis"] for f in o["feats"])]
        if not tags:
            return None
        tag = rng.choice(tags)
        n = mutate(rng, o, tag)
        if not n:
            return None
        if tag != "serial" and n["serial"]:          # another object: its own number, shown or not
            n["serial"] = alt_serial(rng, n["serial"]) or n["serial"]
        must = (tag,) + tuple(t for t in ("color", "brand") if t in target["st"] and t != tag)
    elif kind in ("same_cat_color", "same_brand_elsewhere"):
        n = None
        for _ in range(60):
            c = gens[o["cat"]](rng)
            if kind == "same_cat_color" and c["color"] == o["color"] and c["noun"] == o["noun"] or \
               kind == "same_brand_elsewhere" and c["brand"] == o["brand"] and (c["brand"] or c["noun"] == o["noun"]):
                n = c
                break
        if not n:
            return None
        must = ("color",) if kind == "same_cat_color" else ("brand",) if n["brand"] else ()
    else:                                                    # found_before_loss: a look-alike, found before the loss began
        n = copy.deepcopy(o)
        if n["serial"]:
            n["serial"] = alt_serial(rng, n["serial"]) or n["serial"]
    n["cross"] = None
    if kind == "same_brand_elsewhere":
        npid = rng.choice(FAR_IDS)
        fa = rng.randint(2 * 1440, NOW - 60)
    else:
        nb = neighbours(pid)
        npid = pid if (rng.random() < 0.5 or not nb) else rng.choice(nb)
        if kind == "found_before_loss":
            fa = target["t_from"] - rng.choice([45, 120, 300, 900, 1440, 2 * 1440, 4 * 1440]) - rng.randint(0, 60)
            if fa < 0:
                return None
        else:
            fa = min(NOW - 5, target["t_from"] + rng.randint(0, 3 * 1440))
    rec, st = write_found(rng, n, npid, fa, must=must, honest_seen=False)
    rec["negative"] = kind
    return {"rec": rec, "st": st, "pid": npid, "found_at": fa, "cat_filed": rec["category"], "target": target["idx"]}
