"""Set 93 hard negatives: found items that are nobody's, each built against one
lost report (its anchor) the way the issue names them."""
from set93_world import T0, neighbours, FAR_IDS, person
from set93_voices import OWNERS, cat_weights
from set93_vocab import clash_family, disjoint_opts, color_opts
from set93_obj import cslot, with_reserve
from set93_plan import GEN, finder_reg
from set93_judge import clash

KINDS = [("near_twin", 40), ("same_category_colour", 34), ("found_before_loss", 26), ("same_brand_elsewhere", 20)]
IDENT = ("pmark", "idin", "bank", "name", "idno", "imei", "plate", "frame", "sn", "tail", "stuno", "pno", "cert", "medno", "eno", "code", "tag")


def twin_keys(L):
    o, out = L["obj"], []
    for k, (txt, cmp) in L["stated"].items():
        s = o["slots"][k]
        if s["soft"] or not s["fnd"] or k == "model" or not s["excl"] or (k == "color" and o["cat"] in ("jewelry", "cash")):
            continue
        if o["cat"] == "id_doc" and k not in IDENT:
            continue
        if k == "color" or s["remake"] is not None:
            out.append(k)
    return out


def fresh_ctx(rng, cat):
    vs = [v for v in sorted(OWNERS) if v != "tourist_en" and dict(cat_weights(v)).get(cat)]
    v = rng.choice(vs)
    name, g = person(rng)
    return dict(en=False, voice=v, owner=name, gender=g, local=OWNERS[v][3], born=OWNERS[v][2])


def fresh(rng, L, same_sub=True, same_colour=False):
    """A new object of the anchor's category, of the same kind and colour when asked and possible."""
    cat = L["obj"]["cat"]
    fam = L["obj"]["slots"]["color"]["canon"] if "color" in L["obj"]["slots"] else None
    o = first = None
    for i in range(80):
        o = with_reserve(rng, GEN[cat](rng, fresh_ctx(rng, cat)))
        ok_sub = not same_sub or o["sub"] == L["obj"]["sub"]
        if ok_sub and first is None:
            first = o
        if ok_sub and (not same_colour or ("color" in o["slots"] and o["slots"]["color"]["canon"] == fam)):
            return o
    o = first or o
    if same_colour and fam and cat not in ("jewelry", "cash"):
        o["slots"]["color"] = cslot(fam, False)
    return o


def near_place(rng, pid):
    ns = neighbours(pid)
    return rng.choice(ns) if ns and rng.random() < 0.5 else pid


def after(rng, L):
    hi = min(T0 - 30, L["f"] + 2880)
    t = rng.randint(L["f"] + 10, max(L["f"] + 10, hi))
    return t - t % 5 if t - t % 5 >= L["f"] else t


def make_twin(rng, L):
    o = L["obj"]
    ks = twin_keys(L)
    if not ks:
        return None
    ident = [k for k in ks if k in IDENT]
    k = rng.choice(ident) if ident and rng.random() < 0.45 else rng.choice(ks)
    new = dict(o)
    new["slots"] = dict(o["slots"])
    if k == "color":
        fam2 = clash_family(rng, o["slots"]["color"]["canon"], [L["stated"]["color"][1][1]])
        if fam2 is None:
            return None
        s2 = cslot(fam2, False)
    else:
        s2 = o["slots"][k]["remake"](rng)
        if s2 is None:
            return None
        if k == "brand":
            new["slots"].pop("model", None)
    new["slots"][k] = s2
    for k2, s in o["slots"].items():
        if k2 != k and (s["k"] == "serial" or k2 in IDENT):
            if s["remake"] is not None:
                new["slots"][k2] = s["remake"](rng)
            else:
                new["slots"].pop(k2)
    F = finder_reg(rng, new, near_place(rng, L["pid"]), after(rng, L), o["cat"])
    st = {}
    opts = [x for x in s2["fnd"] if x[1][0] != "eq" or x[1][1] != L["stated"][k][1][1]]
    if k == "color":
        opts = disjoint_opts(color_opts(fam2), [L["stated"]["color"][1][1]])
    opts = [x for x in opts if clash(x[1], L["stated"][k][1], s2["excl"])]
    if not opts:
        return None
    st[k] = rng.choice(opts)
    for k2 in L["stated"]:
        s = new["slots"].get(k2)
        if k2 == k or s is None or s["soft"] or not s["fnd"] or k2 in IDENT or s is not o["slots"].get(k2):
            continue
        if rng.random() < 0.7:
            st[k2] = rng.choice(s["fnd"])
    F["stated"] = st
    return F


def same_cat_colour(rng, L):
    o = fresh(rng, L, True, True)
    if o["slots"].get("color", {}).get("canon") != L["obj"]["slots"]["color"]["canon"]:
        return None
    F = finder_reg(rng, o, near_place(rng, L["pid"]), after(rng, L), o["cat"])
    F["stated"]["color"] = rng.choice(o["slots"]["color"]["fnd"])
    return F


def found_before(rng, L):
    o = fresh(rng, L, rng.random() < 0.7, rng.random() < 0.6)
    gap = rng.choice([rng.randint(24, 96) * 5, rng.randint(8, 30) * 60, rng.randint(30, 72) * 60])
    tf = L["f"] - gap
    return finder_reg(rng, o, near_place(rng, L["pid"]), tf, o["cat"])


def same_brand_far(rng, L):
    want = L["obj"]["slots"]["brand"]["canon"]
    for _ in range(120):
        o = with_reserve(rng, GEN[L["obj"]["cat"]](rng, fresh_ctx(rng, L["obj"]["cat"])))
        if "brand" in o["slots"] and o["slots"]["brand"]["canon"] == want:
            break
    else:
        return None
    if rng.random() < 0.5:
        tf = L["f"] - rng.randint(3, 72) * 60
    else:
        tf = after(rng, L)
    F = finder_reg(rng, o, rng.choice(FAR_IDS), tf, o["cat"])
    F["stated"]["brand"] = rng.choice(o["slots"]["brand"]["fnd"])
    return F


BUILD = {"near_twin": make_twin, "same_category_colour": same_cat_colour, "found_before_loss": found_before,
         "same_brand_elsewhere": same_brand_far}


def eligible(kind, L):
    if kind == "near_twin":
        return bool(twin_keys(L))
    if kind == "same_category_colour":
        return "color" in L["stated"]
    if kind == "same_brand_elsewhere":
        return "brand" in L["stated"] and L["obj"]["slots"]["brand"]["fnd"]
    return True


def build_one(rng, kind, L):
    for _ in range(20):
        F = BUILD[kind](rng, L)
        if F is not None:
            F["neg"] = kind
            F["anchor"] = L["idx"]
            return F
    return None


def negatives(rng, lost):
    used = {}
    out = []
    for kind, n in KINDS:
        made = guard = 0
        while made < n:
            guard += 1
            if guard > 5000:
                raise RuntimeError("cannot anchor " + kind)
            never = rng.random() < 0.5
            pool = [L for L in lost if (L["truth"] is None) == never and used.get(L["idx"], 0) < 2 and eligible(kind, L)]
            pool.sort(key=lambda L: (used.get(L["idx"], 0), L["idx"]))
            lo = [L for L in pool if used.get(L["idx"], 0) == used.get(pool[0]["idx"], 0)] if pool else []
            if not lo:
                continue
            L = rng.choice(lo)
            F = build_one(rng, kind, L)
            if F is None:
                used[L["idx"]] = 9
                continue
            used[L["idx"]] = used.get(L["idx"], 0) + 1
            out.append(F)
            made += 1
    return out

