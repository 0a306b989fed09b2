"""Write tests/lostfound/set94.json: a blind lost-and-found set for an invented border
city (锡尔嘎 / Sirga) in Golden Week.  Standard library only; one random.Random(9494).

Run from the worktree root:  python3 tests/lostfound/make_set94.py
"""
import json
import os
import random
import sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the worktree
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from set94_world import minutes_before  # noqa: E402
from set94_events import make_events, loss_places  # noqa: E402
from set94_lost import write_lost  # noqa: E402
from set94_found import write_found  # noqa: E402
from set94_negs import make_negatives, make_negative, mutate_apart  # noqa: E402
from set94_judge import violations, repair_keys  # noqa: E402

SEED = 9494
PFX = "S94"
OUT = os.path.join(HERE, "set94.json")
FIELDS = ("color", "brand", "model", "serial", "marks", "address", "lat", "lon")


def render_lost(ev, rng):
    for _ in range(5):
        rec, st, ok = write_lost(ev, rng, force=sorted(ev.setdefault("force", set())))
        if ok:
            break
    ev["rec"], ev["stated"] = rec, st


def render_found(fe, rng):
    for _ in range(5):
        rec, st, ok = write_found(fe, rng, force=sorted(set(fe.setdefault("force", [])) | fe.setdefault("more", set())))
        if ok:
            break
    fe["rec"], fe["stated"] = rec, st


def judge_views(events, founds):
    fidx = {id(fe): i for i, fe in enumerate(founds)}
    lv = [{"cat": ev["rec"]["category"], "stated": ev["stated"], "places": loss_places(ev),
           "from_min": minutes_before(ev["t_from"]), "cross": ev.get("cross", False),
           "truth": fidx[id(ev["found"])] if ev.get("found") else None} for ev in events]
    fv = [{"cat": fe["rec"]["category"], "stated": fe["stated"], "place": fe["place"],
           "found_min": minutes_before(fe["t_found"])} for fe in founds]
    return lv, fv


def anchors(founds, key):
    """Facts of a lost report that a negative was built on; a repair must not redraw them."""
    out = set()
    for fe in founds:
        if fe.get("target") == key:
            out |= {"same_category_colour": {"color"}, "same_brand_elsewhere": {"brand"},
                    "near_twin": {fe.get("varied")}}.get(fe["label"], set())
    return out


def repair(rng, events, founds):
    """Make every found item that is not a report's truth visibly different from it."""
    stats = {"rounds": 0, "forced": 0, "replaced": 0, "redrawn": 0}
    for rnd in range(60):
        lv, fv = judge_views(events, founds)
        bad = violations(fv, lv)
        if not bad:
            stats["rounds"] = rnd
            return stats
        redo_l, redo_f = set(), set()
        for fi, li, kind, rs in bad:
            if kind == "truth":
                raise SystemExit("true pair contradicts itself: %s %s %s" % (events[li]["key"], founds[fi]["key"], rs))
            if fi in redo_f or li in redo_l:
                continue
            fe, ev = founds[fi], events[li]
            keys = [k for k in repair_keys(fe["obj"], ev["obj"]) if k not in fe["more"] or k not in ev["force"]]
            if keys:
                fe["more"].add(keys[0])
                ev["force"].add(keys[0])
                stats["forced"] += 1
            elif fe.get("label"):
                new = None
                while new is None:
                    new = make_negative(rng, fe["label"], events[rng.randrange(len(events))])
                new["key"] = fe["key"]
                founds[fi] = fe = new
                stats["replaced"] += 1
            else:
                k = mutate_apart(rng, ev["obj"], fe["obj"], anchors(founds, ev["key"]))
                owner_ev = ev
                if k is None and not fe.get("label"):
                    owner_ev = next(e for e in events if e.get("found") is fe)
                    k = mutate_apart(rng, fe["obj"], ev["obj"], anchors(founds, owner_ev["key"]))
                    redo_l.add(events.index(owner_ev))
                if k is None:
                    raise SystemExit("cannot separate %s from %s" % (fe["key"], ev["key"]))
                stats["redrawn"] += 1
                for x in (ev, owner_ev):
                    x["force"].add(k)
                    if x.get("found"):
                        x["found"].setdefault("more", set()).add(k)
                        redo_f.add(next(i for i, y in enumerate(founds) if y is x["found"]))
                fe["more"].add(k)
            redo_f.add(fi)
            redo_l.add(li)
        for li in sorted(redo_l):
            events[li]["force"] |= set(events[li]["stated"])
        for fi in sorted(redo_f):
            fe = founds[fi]
            fe["more"] = fe.get("more", set()) | {k for k in fe.get("stated", {}) if k in fe["obj"]["facts"]}
        for li in sorted(redo_l):
            render_lost(events[li], rng)
        for fi in sorted(redo_f):
            render_found(founds[fi], rng)
    raise SystemExit("repair did not converge")


def lost_record(ev):
    r = ev["rec"]
    out = {"key": ev["key"], "category": r["category"], "body": r["body"]}
    out.update({k: r[k] for k in FIELDS if k in r})
    out["lost_from_min"] = minutes_before(ev["t_from"])
    out["lost_to_min"] = minutes_before(ev["t_to"])
    out["truth"] = ev["found"]["key"] if ev.get("found") else None
    return out


def found_record(fe):
    r = fe["rec"]
    out = {"key": fe["key"], "category": r["category"], "body": r["body"]}
    out.update({k: r[k] for k in FIELDS if k in r})
    out["found_at_min"] = minutes_before(fe["t_found"])
    if fe.get("label"):
        out["negative"] = fe["label"]
    return out


def build():
    rng = random.Random(SEED)
    events = make_events(rng)
    rng.shuffle(events)
    for i, ev in enumerate(events):
        ev["key"] = "%s-L%04d" % (PFX, i + 1)
        render_lost(ev, rng)
    founds = [ev["found"] for ev in events if ev.get("found")]
    for fe in founds:
        render_found(fe, rng)
    negs = make_negatives(rng, events)
    for fe in negs:
        render_found(fe, rng)
    founds = founds + negs
    rng.shuffle(founds)
    for i, fe in enumerate(founds):
        fe["key"] = "%s-F%04d" % (PFX, i + 1)
        fe.setdefault("more", set())
    stats = repair(rng, events, founds)
    data = {"seed": SEED, "made_by": "tests/lostfound/make_set94.py",
            "parts": {"set94": {"found": [found_record(fe) for fe in founds], "lost": [lost_record(ev) for ev in events]}}}
    info = {"repair": stats, "events": events, "founds": founds}
    return data, info


def dump(data):
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main():
    data, info = build()
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(dump(data))
    part = data["parts"]["set94"]
    print("wrote %s: %d lost (%d with truth), %d found (%d negatives)" % (
        os.path.relpath(OUT), len(part["lost"]), sum(1 for x in part["lost"] if x["truth"]), len(part["found"]),
        sum(1 for x in part["found"] if "negative" in x)))
    st = info["repair"]
    print("honesty repair: %d rounds; %d times a detail was made explicit on both sides, %d negatives replaced, %d hidden "
          "look-alikes redrawn; %d lost and %d found registrations re-rendered" % (
              st["rounds"], st["forced"], st["replaced"], st["redrawn"], sum(1 for e in info["events"] if e.get("force")),
              sum(1 for f in info["founds"] if f.get("more"))))


if __name__ == "__main__":
    main()
