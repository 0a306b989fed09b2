"""Write set100.json: a blind labelled lost-and-found set (university town, exam days).

python3 tests/lostfound/make_set100.py   -> tests/lostfound/set100.json
Standard library only; one random.Random(SEED); same bytes under any PYTHONHASHSEED.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from set100_world import SEED, PFX, PART, BY_ID, PERSONA_PLACES, mb  # noqa: E402
from set100_objects import make_truth, make_persona, reset_names  # noqa: E402
from set100_lost import make_lost  # noqa: E402
from set100_found import make_found, daytime  # noqa: E402
from set100_neg import build as build_neg  # noqa: E402

# category: (lost reports, of which handed in)
PLAN = [("id_doc", 48, 36), ("phone", 36, 24), ("wallet", 24, 15), ("keys", 20, 12), ("ebike", 12, 6),
        ("bicycle", 12, 6), ("bag", 26, 18), ("cash", 10, 4), ("jewelry", 12, 6), ("electronics", 24, 14),
        ("other", 16, 9)]
ROLES = {
    "id_doc": dict(candidate=3, parent=3, grand=1, athlete=2, coach=1, volunteer=1, student=2, guest=1, foreign=1),
    "phone": dict(candidate=2, parent=2, grand=1, athlete=2, coach=1, volunteer=1, student=3, guest=1, foreign=1),
    "wallet": dict(candidate=1, parent=3, grand=2, coach=1, volunteer=1, student=2, guest=2, foreign=1),
    "keys": dict(parent=3, grand=1, coach=1, volunteer=1, student=2, guest=2),
    "ebike": dict(parent=3, student=3, volunteer=1, coach=1),
    "bicycle": dict(candidate=2, athlete=1, volunteer=1, student=4, foreign=1),
    "bag": dict(candidate=2, parent=2, grand=1, athlete=3, coach=1, student=2, guest=2, foreign=1),
    "cash": dict(parent=3, grand=3, coach=1, guest=2),
    "jewelry": dict(candidate=2, parent=2, grand=1, athlete=1, student=1, guest=1),
    "electronics": dict(candidate=1, parent=1, athlete=3, coach=1, volunteer=1, student=3, guest=1, foreign=2),
    "other": dict(candidate=2, parent=1, grand=1, athlete=3, coach=1, volunteer=1, student=2),
}
VEHICLE_KINDS = {"exam", "street", "campus", "metro", "market", "night", "stadium"}
NEG_PLAN = [("same_look", 32), ("found_before", 24), ("same_brand_elsewhere", 24), ("namesake", 14), ("one_detail", 26)]
CROSS = 4  # pairs filed under different categories by the two sides


def loss_time(rng, place):
    k = place["kind"]
    if k == "exam":
        day, h = rng.choice([6, 7, 7, 8, 8, 9, 9]), rng.choice([7, 8, 8, 11, 11, 12, 14, 14, 17, 17, 18])
    elif k in ("stadium", "swim"):
        day, h = rng.randint(4, 11), rng.randint(8, 20)
    elif k == "night":
        day, h = rng.randint(3, 11), rng.choice([19, 20, 21, 21, 22, 23])
    elif k == "hotel":
        day, h = rng.randint(5, 10), rng.choice([6, 7, 7, 12, 13, 19, 21, 22])
    else:
        day, h = rng.randint(3, 12), rng.randint(7, 22)
    if day == 12:
        h = min(h, 15)
    return mb(day, h, rng.randrange(60))


def found_delay(rng, t):
    r = rng.random()
    d = rng.randint(3, 60) if r < 0.4 else rng.randint(60, 600) if r < 0.75 else rng.randint(600, 2880)
    fa = max(0, t - d)
    return min(daytime(fa), t)


def wchoice(rng, weights):
    keys = sorted(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


def cross_cat(L):
    """(category, noun) a finder might file this object under, or None."""
    o = L["truth"]
    if o["cat"] == "id_doc" and o["sub"] == "ticket" and o["color"] == "clear":
        return "bag", "透明文件袋（里面有准考证）"
    if o["cat"] == "wallet" and o["noun"][0] == "卡包" and o["holder"]:
        return "id_doc", "卡包（里面有身份证）"
    if o["cat"] == "electronics" and o["sub"] in ("watch", "band"):
        return "other", o["noun"][0]
    if o["cat"] == "ebike":
        return "bicycle", "电动自行车"
    return None


def main():
    rng = random.Random(SEED)
    reset_names()
    slots = []
    for cat, n, paired in PLAN:
        slots += [(cat, i < paired) for i in range(n)]
    rng.shuffle(slots)

    losts = []
    for cat, paired in slots:
        role = wchoice(rng, ROLES[cat])
        persona = make_persona(rng, role)
        pids = PERSONA_PLACES[role]
        if cat in ("ebike", "bicycle"):
            pids = [x for x in pids if BY_ID[x]["kind"] in VEHICLE_KINDS] or ["dc"]
        place = BY_ID[rng.choice(pids)]
        t = loss_time(rng, place)
        o = make_truth(rng, cat, persona, place, t)
        rec, said = make_lost(rng, o, persona)
        losts.append(dict(rec=rec, said=said, truth=o, persona=persona, paired=paired, found=None))

    founds = []
    crossed = set()
    for i, L in enumerate(losts):
        if not L["paired"]:
            continue
        cc = cross_cat(L)
        cat = noun = None
        if cc and len(crossed) < CROSS and cc[0] not in crossed:
            cat, noun = cc
            crossed.add(cat)
        fa = found_delay(rng, L["truth"]["t"])
        frec = make_found(rng, L["truth"], fa, cat=cat, noun=noun)
        F = dict(rec=frec, lost=i, negative=None, note=None)
        founds.append(F)
        L["found"] = F

    # negatives: alternate never-found and handed-in targets, at most two per target
    used = {}
    order = list(range(len(losts)))
    for kind, n in NEG_PLAN:
        made = 0
        tries = 0
        while made < n and tries < 4000:
            tries += 1
            want_null = (made % 2 == 0)
            i = rng.choice(order)
            L = losts[i]
            if L["paired"] == want_null and tries < 3000:
                continue
            if used.get(i, 0) >= 2:
                continue
            r = build_neg(rng, kind, L)
            if not r:
                continue
            frec, note = r
            founds.append(dict(rec=frec, lost=None, negative=kind, note=note, target=i))
            used[i] = used.get(i, 0) + 1
            made += 1
        if made < n:
            raise SystemExit("could only make %d %s negatives" % (made, kind))

    # keys: lost in generation order (already shuffled); found shuffled so keys say nothing
    for k, L in enumerate(losts):
        L["key"] = "%s-L%04d" % (PFX, k + 1)
    rng.shuffle(founds)
    for k, F in enumerate(founds):
        F["key"] = "%s-F%04d" % (PFX, k + 1)

    FIELDS = ["category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon"]
    out_found = []
    for F in founds:
        r = {"key": F["key"]}
        for f in FIELDS:
            if f in F["rec"]:
                r[f] = F["rec"][f]
        r["found_at_min"] = F["rec"]["found_at_min"]
        if F["negative"]:
            r["negative"] = F["negative"]
        out_found.append(r)
    out_lost = []
    for L in losts:
        r = {"key": L["key"]}
        for f in FIELDS:
            if f in L["rec"]:
                r[f] = L["rec"][f]
        r["lost_from_min"] = L["rec"]["lost_from_min"]
        r["lost_to_min"] = L["rec"]["lost_to_min"]
        r["truth"] = L["found"]["key"] if L["found"] else None
        out_lost.append(r)

    doc = {"seed": SEED, "made_by": "tests/lostfound/make_set100.py",
           "parts": {PART: {"found": out_found, "lost": out_lost}}}
    if os.environ.get("SET100_DEBUG"):  # a side listing for the writer's own reading; never committed
        with open(os.environ["SET100_DEBUG"], "w", encoding="utf-8") as fh:
            for F in founds:
                if F["negative"]:
                    fh.write("%s %s -> %s: %s\n" % (F["key"], F["negative"], losts[F["target"]]["key"], F["note"]))
    path = os.path.join(HERE, "set100.json")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
    neg = {}
    for F in founds:
        if F["negative"]:
            neg[F["negative"]] = neg.get(F["negative"], 0) + 1
    print("wrote %s: %d lost (%d handed in, %d never found), %d found (%d negatives: %s), %d cross-category pairs" % (
        path, len(out_lost), sum(1 for L in losts if L["found"]), sum(1 for L in losts if not L["found"]),
        len(out_found), sum(neg.values()), ", ".join("%s %d" % kv for kv in sorted(neg.items())), len(crossed)))


if __name__ == "__main__":
    main()
