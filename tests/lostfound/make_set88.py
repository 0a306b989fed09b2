"""Write tests/lostfound/set88.json: a blind labelled lost-and-found set (oasis city, National Day).

Run from the repository root:  python3 tests/lostfound/make_set88.py
Standard library only; one random.Random(8888); byte-identical output under any PYTHONHASHSEED."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import set88_objects as O                          # noqa: E402
import set88_world as Wd                           # noqa: E402
from set88_lost import pick_role, pick_places, make_event, write_lost    # noqa: E402
from set88_found import found_place, found_time, write_found              # noqa: E402
from set88_neg import make_negatives, make_one, restate                   # noqa: E402
from set88_judge import unresolved, truth_faults                          # noqa: E402
from set88_text import said_force                                         # noqa: E402
from set88_specs import SPECS                                             # noqa: E402

SEED = 8888
PFX = "S88"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set88.json")
PAIRED = {"phone": 22, "wallet": 20, "id_doc": 18, "bag": 18, "keys": 14, "electronics": 14, "jewelry": 10,
          "cash": 8, "ebike": 8, "bicycle": 6, "other": 12}
NEVER = {"phone": 12, "wallet": 12, "id_doc": 8, "bag": 10, "keys": 8, "electronics": 8, "jewelry": 8,
         "cash": 8, "ebike": 4, "bicycle": 4, "other": 8}
# objects two people file under different categories: (lost category, kind, found category)
CROSS = [("id_doc", "card_holder", "wallet"), ("electronics", "kids_watch", "phone"), ("other", "dutar", "bag"),
         ("cash", "coin_purse", "wallet")]
LOST_LEVELS = (["hurried", "low", "mid", "high"], [10, 25, 40, 25])
FOUND_LEVELS = (["hurried", "low", "mid", "high"], [12, 25, 40, 23])
UP = {"hurried": "low", "low": "mid", "mid": "high", "high": "full"}


def new_lost(rng, cat, paired, cross=None):
    kind = cross[1] if cross else O.pick_kind(rng, cat)
    ocat = SPECS[kind]["cat"]
    role = pick_role(rng, cat, kind)
    owner = O.make_owner(rng, role)
    obj = O.make_object(rng, ocat, owner, kind)
    if cross:
        obj["alt"] = {"lost": cross[0], "found": cross[2]}
        if kind == "card_holder" and obj["name"] is None:
            O.add_ident(rng, obj, "id", owner, 0.9, 1.0)
            obj["name"] = owner["name"]
        if kind == "coin_purse":
            obj["amount"] = rng.randint(12, 60) * 50
    L = {"obj": obj, "owner": owner, "truth_rec": None, "neg": False}
    L["event"] = make_event(rng, pick_places(rng, role, obj))
    render_lost(rng, L, rng.choices(*LOST_LEVELS)[0])
    if paired:
        place = found_place(rng, L["event"]["places"])
        t = L["event"]["t"]
        fev = {"t": Wd.open_hours(rng, place, found_time(rng, t), t), "place": place}
        F = {"obj": obj, "fev": fev, "neg": False, "label": None}
        render_found(rng, F, rng.choices(*FOUND_LEVELS)[0])
        L["truth_rec"] = F
    return L


def render_lost(rng, L, level):
    force = said_force(L["said"]) if "said" in L else ()
    L["level"] = level
    L["fields"], L["said"] = write_lost(rng, L, level, force)


def render_found(rng, F, level):
    force = said_force(F["said"]) if "said" in F else ()
    F["level"] = level
    F["fields"], F["said"] = write_found(rng, F["obj"], F["fev"], level, force)


def build(rng):
    plan = []
    cross_left = list(CROSS)
    for cat in PAIRED:
        for i in range(PAIRED[cat]):
            cr = [c for c in cross_left if c[0] == cat]
            if i == 0 and cr:
                cross_left.remove(cr[0])
            plan.append((cat, True, cr[0] if (i == 0 and cr) else None))
        plan += [(cat, False, None)] * NEVER[cat]
    rng.shuffle(plan)
    losts = [new_lost(rng, cat, paired, cross) for cat, paired, cross in plan]
    negs = make_negatives(rng, losts)
    return losts, negs


def founds_of(losts, negs):
    return [L["truth_rec"] for L in losts if L["truth_rec"] is not None] + negs


def rebuild(rng, F, losts):
    """A new negative of F's kind, against F's target if possible, else one of its category."""
    same_cat = [x for x in losts if x["obj"]["cat"] == F["target"]["obj"]["cat"]]
    for n_try in range(100):
        T = F["target"] if n_try < 10 else rng.choice(same_cat) if n_try < 80 else rng.choice(losts)
        if not any(T is x for x in losts):
            continue
        new = make_one(rng, F["label"], T, losts=losts)
        if new:
            return new
    raise SystemExit("cannot rebuild negative %s" % F["label"])


def settle(rng, losts, negs):
    """Re-state or replace records until every non-truth pair differs in something stated."""
    for rnd in range(80):
        bad = truth_faults(losts)
        if bad:
            raise SystemExit("a true pair contradicts itself: %r" % (bad[0][2],))
        bad = unresolved(losts, founds_of(losts, negs))
        names = {L["owner"]["name"]["key"] for L in losts} | {L["obj"]["name"]["key"] for L in losts if L["obj"]["name"]}
        for i, N in enumerate(negs):     # a look-alike never carries the name of somebody who lost something
            if N["obj"]["name"] is not None and N["obj"]["name"]["key"] in names:
                negs[i] = rebuild(rng, N, losts)
                bad = bad or [None]
        bad = [x for x in bad if x is not None]
        if not bad and all(N["obj"]["name"] is None or N["obj"]["name"]["key"] not in names for N in negs):
            return rnd
        done = set()
        for L, F in bad:
            if id(F) in done or id(L) in done or not any(L is x for x in losts):
                continue
            if F["neg"] and not any(F is x for x in negs):
                continue
            done |= {id(F), id(L)}
            esc = [x for x in (F, L) if x["level"] != "full"]
            if esc:
                x = esc[0] if len(esc) == 1 or rng.random() < 0.5 else esc[1]
                if x is L:
                    render_lost(rng, L, UP[L["level"]])
                    continue
                if not F["neg"]:
                    render_found(rng, F, UP[F["level"]])
                    continue
                if restate(rng, F, UP[F["level"]]):
                    continue
                if L["level"] != "full":
                    render_lost(rng, L, UP[L["level"]])
                    continue
            if F["neg"]:
                i = [j for j, x in enumerate(negs) if x is F][0]
                negs[i] = rebuild(rng, F, losts)
            else:
                i = [j for j, x in enumerate(losts) if x is L][0]
                cat = L["fields"]["category"]
                cross = None
                if L["obj"]["alt"]:
                    cross = (L["obj"]["alt"]["lost"], L["obj"]["kind"], L["obj"]["alt"]["found"])
                losts[i] = new_lost(rng, cat, L["truth_rec"] is not None, cross)
                same_cat = [x for x in losts if x["obj"]["cat"] == losts[i]["obj"]["cat"]]
                for j, N in enumerate(negs):
                    if N["target"] is L:
                        new = make_one(rng, N["label"], losts[i], tries=30, losts=losts)
                        for _ in range(20):
                            if new:
                                break
                            new = make_one(rng, N["label"], rng.choice(same_cat), losts=losts)
                        negs[j] = new or N
    raise SystemExit("could not settle the set")


LOST_ORDER = ["category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon"]


def emit(losts, negs, rng):
    founds = founds_of(losts, negs)
    rng.shuffle(founds)
    fkey = {}
    found_out = []
    for i, F in enumerate(founds, 1):
        k = "%s-F%04d" % (PFX, i)
        fkey[id(F)] = k
        rec = {"key": k}
        for name in LOST_ORDER:
            if F["fields"].get(name) is not None:
                rec[name] = F["fields"][name]
        rec["found_at_min"] = F["fields"]["found_at_min"]
        if F["neg"]:
            rec["negative"] = F["label"]
        found_out.append(rec)
    lost_out = []
    for i, L in enumerate(losts, 1):
        rec = {"key": "%s-L%04d" % (PFX, i)}
        for name in LOST_ORDER:
            if L["fields"].get(name) is not None:
                rec[name] = L["fields"][name]
        rec["lost_from_min"] = L["fields"]["lost_from_min"]
        rec["lost_to_min"] = L["fields"]["lost_to_min"]
        rec["truth"] = fkey[id(L["truth_rec"])] if L["truth_rec"] is not None else None
        lost_out.append(rec)
    return {"seed": SEED, "made_by": "tests/lostfound/make_set88.py",
            "parts": {"set88": {"found": found_out, "lost": lost_out}}}


def main():
    rng = random.Random(SEED)
    losts, negs = build(rng)
    rounds = settle(rng, losts, negs)
    data = emit(losts, negs, rng)
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    part = data["parts"]["set88"]
    labels = {}
    for f in part["found"]:
        if "negative" in f:
            labels[f["negative"]] = labels.get(f["negative"], 0) + 1
    print("wrote %s: %d lost (%d with truth), %d found, %d negatives, settled in %d rounds"
          % (OUT, len(part["lost"]), sum(1 for x in part["lost"] if x["truth"]), len(part["found"]),
             sum(labels.values()), rounds))
    print("negatives by label:", json.dumps(labels, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main()
