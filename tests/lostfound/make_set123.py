# -*- coding: utf-8 -*-
"""Write tests/lostfound/set123.json: a blind labelled lost-and-found set for 冰城 (an invented
border city in the far northeast) in January, during its ice-and-snow festival.

    python3 tests/lostfound/make_set123.py            # writes set123.json next to this file
    python3 tests/lostfound/make_set123.py --stdout   # prints the JSON instead

Standard library only, one random.Random(SEED); the output does not depend on PYTHONHASHSEED
(no set or dict is iterated in an order that depends on hashing)."""

import collections
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import set123_world as W  # noqa: E402
import set123_gen as G  # noqa: E402

STATS = {}  # filled by build(): what the generator did, for SET123.md (not written to the set)
CROSS_SUB = {"cardholder": "cardholder", "kids_watch": "kids_watch", "bag_with_phone": "bag_with_phone",
             "coin_purse_cash": "coin_purse_cash"}
KIND_ATTRS = ["wkind", "bkind", "ekind", "okind", "jkind", "ckind"]
FIELD_ORDER = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon"]


def loss_times(rng):
    t = G.loss_moment(rng)
    a = wpick_int(rng, [((0, 15), 8), ((15, 180), 55), ((180, 720), 23), ((720, 4320), 14)])
    b = wpick_int(rng, [((0, 30), 40), ((30, 300), 40), ((300, 2880), 20)])
    return t, min(t + a, 172800), max(0, t - b)


def wpick_int(rng, ranges):
    lo, hi = G.wpick(rng, ranges)
    return rng.randint(lo, hi)


def found_delay(rng, t):
    d = wpick_int(rng, [((0, 240), 60), ((240, 1440), 25), ((1440, 5 * 1440), 15)])
    return max(0, t - d) if t - d >= 0 else rng.randint(0, t)


def new_truth(rng, sub, voice, con=None):
    p = G.person(rng, voice)
    T = {"sub": sub, "person": p, "brand": None, "model": None, "color": None, "serial": None,
         "marks": [], "contents": [], "hidden": []}
    if sub == "coin_purse_cash":
        con = dict(con or {}, ckind="coin")
    G.SUBTYPES[sub][1](rng, T, con or {})
    return T


def place_truth(rng, T, with_context=True):
    T["place"] = G.place_for(rng, T)
    T["spot"] = rng.choice([s[0] for s in W.PLACES[T["place"]]["spots"]])
    if T["cat_o"] in ("ebike", "bicycle"):
        T["spot"] = rng.choice(W.OUTDOOR[T["place"]])
    T["context"] = G.context_for(rng, T) if with_context else None
    if T["context"] == "train":
        T["train"] = rng.choice(W.TRAINS)
        T["place"] = "station"
        T["spot"] = rng.choice(["出站口", "3号站台", "站前广场"])
    if T["context"] == "skibus":
        T["place"] = "skiresort"
        T["spot"] = "班车停车场"


def record(fields, extra):
    out = {}
    for k in FIELD_ORDER:
        if k in fields and fields[k] not in (None, ""):
            out[k] = fields[k]
    for k, v in extra:
        out[k] = v
    return out


def eligible(kind, T, meta):
    if T["sub"] in CROSS_SUB:
        return False
    if kind == "look_alike_other_serial":
        return T.get("serial") is not None and meta["serial_shown"]
    if kind == "same_brand_elsewhere":
        return bool(T.get("brand"))
    if kind == "same_category_colour":
        return bool(T.get("color"))
    return True


def detail_set(T, key):
    return [x["en"] for x in T.get(key, [])]


def distinct(N, T):
    """A same-category-and-colour decoy must differ from the target in something a finder can see:
    another brand, or a visible detail or content the target does not have."""
    if T.get("brand") and N.get("brand") == T["brand"]:
        return False
    tm, nm = detail_set(T, "marks"), detail_set(N, "marks")
    tc, nc = detail_set(T, "contents"), detail_set(N, "contents")
    new_mark = any(x not in tm for x in nm)
    new_content = any(x not in tc for x in nc)
    if T.get("brand") and N.get("brand") != T["brand"] and N.get("brand"):
        return new_mark or new_content or not nm
    return new_mark or new_content


def far_place(rng, place, N):
    """A place at least 3 km from the target's, where this kind of object is plausibly lost."""
    P = W.PLACES[place]
    far = [k for k in W.PLACES
           if G.dist_m((P["lat"], P["lon"]), (W.PLACES[k]["lat"], W.PLACES[k]["lon"])) >= 3000]
    for _ in range(30):
        k = G.place_for(rng, N)
        if k in far:
            return k
    return rng.choice(far)


def make_negative(rng, kind, T):
    con = {k: T[k] for k in KIND_ATTRS if T.get(k)}
    voice = T["person"]["voice"]
    sub = T["sub"]
    if kind == "look_alike_other_serial":
        con.update(color=T.get("color"), brand=T.get("brand"), model=T.get("model"))
        N = new_truth(rng, sub, voice, con)
        for _ in range(20):
            if N["serial"] and N["serial"]["value"][-4:] != T["serial"]["value"][-4:] \
                    and N["serial"]["kind"] == T["serial"]["kind"]:
                break
            N = new_truth(rng, sub, voice, con)
        shared = [x for x in T.get("marks", []) if not x["ident"]][:1]
        if shared:
            # the look-alike shares the first plain detail a passer-by sees (phone case, leather, key
            # count…), never a plate or a name; anything else it has is its own
            plain = [x for x in N["marks"] if not x["ident"]]
            rest = [x for x in plain[1:] if x["en"] != shared[0]["en"]][:1]
            N["marks"] = shared + [x for x in N["marks"] if x["ident"]] + rest
        if T.get("lock") and rng.random() < 0.5:
            N["lock"] = T["lock"]
    elif kind == "found_before_loss":
        con["color"] = T.get("color")
        if T.get("brand") and rng.random() < 0.7:
            con["brand"] = T["brand"]
        N = new_truth(rng, sub, voice, con)
    elif kind == "same_category_colour":
        if con.get("wkind") and rng.random() < 0.5:
            del con["wkind"]
        con["color"] = T["color"]
        N = new_truth(rng, sub, voice, con)
        for _ in range(30):
            if distinct(N, T):
                break
            N = new_truth(rng, sub, voice, con)
    else:  # same_brand_elsewhere
        con["brand"] = T["brand"]
        want_other_colour = rng.random() < 0.6 and T.get("color")
        N = new_truth(rng, sub, voice, con)
        for _ in range(20):
            if not want_other_colour or N.get("color") != T["color"]:
                break
            N = new_truth(rng, sub, voice, con)
    N["context"] = None
    st_place, st_spot, _ = T["stated"]
    lf, lt, t = T["lost_from"], T["lost_to"], T["t_loss"]
    if kind == "same_brand_elsewhere":
        N["place"] = far_place(rng, st_place, N)
        N["spot"] = rng.choice([s[0] for s in W.PLACES[N["place"]]["spots"]])
        F = G.finding(rng, N, "same", 0)
        if lt - 1440 >= 0 and rng.random() < 0.6:
            F["found_at"] = rng.randint(max(0, lt - 6 * 1440), lt - 1440)
        else:
            F["found_at"] = min(172800, lf + rng.randint(1440, 6 * 1440))
        F["found_at"] = G.wake_up(rng, F["found_at"], F["role"])
    else:
        N["place"] = st_place
        N["spot"] = st_spot or rng.choice([s[0] for s in W.PLACES[st_place]["spots"]])
        if N["cat_o"] in ("ebike", "bicycle") and N["spot"] not in W.OUTDOOR[st_place]:
            N["spot"] = rng.choice(W.OUTDOOR[st_place])
        mode = G.wpick(rng, [("same", 5), ("nearspot", 4), ("neighbour", 1)])
        F = G.finding(rng, N, mode, 0)
        if kind == "found_before_loss":
            F["found_at"] = min(172800, lf + rng.randint(60, 4 * 1440))
            F["found_at"] = G.wake_up(rng, F["found_at"], F["role"], floor=lf + 30)
        else:
            F["found_at"] = G.wake_up(rng, found_delay(rng, t), F["role"])
    rec, meta = G.finder_report(rng, N, F, force_serial=(kind == "look_alike_other_serial"),
                                force_brand=(kind == "same_brand_elsewhere"),
                                all_marks=(kind in ("same_category_colour", "look_alike_other_serial")))
    return N, F, rec


def build():
    rng = random.Random(W.SEED)
    G.USED_NAMES.clear()
    STATS.clear()
    plan = []
    cross_owner = {}
    for co, cf, sub in W.CROSS_PAIRS:
        plan.append((co, sub, True))
        cross_owner[co] = cross_owner.get(co, 0) + 1
    for cat in W.CATEGORIES:
        plan += [(cat, None, True)] * (W.PAIR_COUNTS[cat] - cross_owner.get(cat, 0))
    for cat in W.CATEGORIES:
        plan += [(cat, None, False)] * W.UNFOUND_COUNTS[cat]

    items = []   # dicts: T, lost rec, lost meta, found rec (or None)
    for cat, sub, paired in plan:
        voice = G.voice_for(rng, cat)
        if sub == "kids_watch":
            voice = "parent"
        if sub is None:
            sub = G.choose_sub(rng, cat, voice)
        T = new_truth(rng, sub, voice)
        place_truth(rng, T)
        t, lf, lt = loss_times(rng)
        T.update(t_loss=t, lost_from=lf, lost_to=lt)
        lrec, lmeta = G.owner_report(rng, T)
        frec = None
        if paired:
            if T["context"]:
                mode = "context"
            else:
                mode = G.wpick(rng, [("same", 50), ("nearspot", 30), ("neighbour", 20)])
            F = G.finding(rng, T, mode, found_delay(rng, t))
            F["found_at"] = G.wake_up(rng, F["found_at"], F["role"])
            frec, fmeta = G.finder_report(rng, T, F)
            frec["found_at_min"] = F["found_at"]
        items.append({"T": T, "lost": lrec, "meta": lmeta, "found": frec})
        STATS.setdefault("voices", collections.Counter())[voice] += 1
        STATS.setdefault("contexts", collections.Counter())[(T["context"] or "none", paired)] += 1
        STATS.setdefault("levels", collections.Counter())[lmeta["level"]] += 1

    # hard negatives, each written against one lost report (its "target")
    kinds = []
    for k in ["same_category_colour", "found_before_loss", "same_brand_elsewhere", "look_alike_other_serial"]:
        kinds += [k] * W.NEGATIVE_COUNTS[k]
    rng.shuffle(kinds)
    unmatched = [i for i, it in enumerate(items) if it["found"] is None]
    paired = [i for i, it in enumerate(items) if it["found"] is not None]
    rng.shuffle(unmatched)
    rng.shuffle(paired)
    used = set()
    negatives = []
    n_unmatched_targets = 70
    for j, kind in enumerate(kinds):
        pools = [unmatched, paired] if j < n_unmatched_targets else [paired, unmatched]
        target = None
        for pool in pools:
            for i in pool:
                if i not in used and eligible(kind, items[i]["T"], items[i]["meta"]):
                    target = i
                    break
            if target is not None:
                break
        used.add(target)
        pool_name = "unfound" if items[target]["found"] is None else "paired"
        STATS.setdefault("negative_targets", collections.Counter())[(kind, pool_name)] += 1
        N, F, rec = make_negative(rng, kind, items[target]["T"])
        rec["found_at_min"] = F["found_at"]
        negatives.append({"T": N, "rec": rec, "kind": kind, "target": target})

    # keys: lost and found lists are shuffled independently
    lost_order = list(range(len(items)))
    rng.shuffle(lost_order)
    found_entries = [("true", i) for i, it in enumerate(items) if it["found"] is not None] + \
                    [("neg", j) for j in range(len(negatives))]
    rng.shuffle(found_entries)
    found_key = {}
    found_out = []
    for n, (kind, idx) in enumerate(found_entries):
        key = "%s-F%04d" % (W.PREFIX, n + 1)
        if kind == "true":
            it = items[idx]
            found_key[idx] = key
            r = dict(it["found"], key=key, category=it["T"]["cat_f"])
            found_out.append(record(r, [("found_at_min", r["found_at_min"])]))
        else:
            ng = negatives[idx]
            r = dict(ng["rec"], key=key, category=ng["T"]["cat_o"])
            found_out.append(record(r, [("found_at_min", r["found_at_min"]), ("negative", ng["kind"])]))
            STATS.setdefault("negative_of", []).append((key, ng["kind"], ng["target"]))
    lost_key = {}
    lost_out = []
    for n, idx in enumerate(lost_order):
        it = items[idx]
        key = "%s-L%04d" % (W.PREFIX, n + 1)
        lost_key[idx] = key
        r = dict(it["lost"], key=key, category=it["T"]["cat_o"])
        lost_out.append(record(r, [("lost_from_min", it["T"]["lost_from"]), ("lost_to_min", it["T"]["lost_to"]),
                                   ("truth", found_key.get(idx))]))
    STATS["negative_of"] = [(k, kind, lost_key[t]) for k, kind, t in STATS.get("negative_of", [])]
    for r in lost_out + found_out:
        fit(r)
    return {"seed": W.SEED, "made_by": "tests/lostfound/make_set123.py",
            "parts": {W.PART: {"found": found_out, "lost": lost_out}}}


def fit(r):
    """Keep every field inside the documented limits (marks are cut at a separator)."""
    if "marks" in r and len(r["marks"]) > 500:
        parts = r["marks"].split("；")
        while len("；".join(parts)) > 500:
            parts.pop()
        r["marks"] = "；".join(parts)
    for k in ["color", "brand", "model", "serial", "address"]:
        if k in r and len(r[k]) > 60:
            raise ValueError("%s too long in %s: %r" % (k, r["key"], r[k]))
    if len(r["body"]) > 600:
        raise ValueError("body too long in %s (%d)" % (r["key"], len(r["body"])))


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"


def main():
    text = dump(build())
    if "--stdout" in sys.argv[1:]:
        sys.stdout.write(text)
        return
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set123.json")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote", path)


if __name__ == "__main__":
    main()
