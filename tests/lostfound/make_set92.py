#!/usr/bin/env python3
"""Write tests/lostfound/set92.json: a blind labelled lost-and-found set (a ski town and the
provincial capital's new district in January). Standard library only, one random.Random(9292);
the output is identical on every run and under any PYTHONHASHSEED.

Run from the worktree root:  python3 tests/lostfound/make_set92.py
"""
import json
import os
import random
import sys

sys.dont_write_bytecode = True  # leave no __pycache__ behind
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from set92_audit import Book, contradictions, linked  # noqa: E402
from set92_found import write_found  # noqa: E402
from set92_lost import write_lost  # noqa: E402
from set92_negatives import MAKERS, PLAN, acceptable  # noqa: E402
from set92_numbers import Registry  # noqa: E402
from set92_truth import KINDS_BY_CAT, NEVER_PLAN, PAIR_PLAN, make_truth, wpick  # noqa: E402

SEED = 9292
PFX = "S92"
PART = "set92"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set92.json")
CROSS = {"id_doc": [("cardholder", "wallet"), ("cardholder", "wallet")], "electronics": [("kids_watch", "phone")],
         "bag": [("boot_bag", "other")]}
FIELDS = ["color", "brand", "model", "serial", "marks", "address", "lat", "lon"]


def _truth(rng, reg, cat, forced):
    if forced:
        obj = make_truth(rng, reg, forced[0], forced[1])
        obj["ocat"] = cat
        if not obj["name"] and forced[0] == "cardholder":
            obj["name"] = reg.name(rng)
        return obj
    return make_truth(rng, reg, wpick(rng, KINDS_BY_CAT[cat]))


def make_pair(rng, reg, book, cat, forced):
    for _ in range(300):
        obj = _truth(rng, reg, cat, forced)
        for _ in range(6):
            lrec, ls = write_lost(rng, obj)
            ls.update(win=obj["win"], id=("L", len(book.lost)))
            frec, fs = write_found(rng, obj, force={"name": True} if forced and obj["name"] else None)
            fs.update(found_at=obj["found_at"], id=("F", len(book.found)))
            if contradictions(fs, ls) or not linked(fs, ls):
                continue
            if book.lost_clashes_all(ls) and book.found_clashes_all(fs):
                book.lost.append(ls)
                book.found.append(fs)
                return obj, lrec, ls, frec, fs
    raise RuntimeError("could not write a pair for %s" % cat)


def make_never(rng, reg, book, cat):
    for _ in range(300):
        obj = _truth(rng, reg, cat, None)
        for _ in range(4):
            lrec, ls = write_lost(rng, obj)
            ls.update(win=obj["win"], id=("L", len(book.lost)))
            if book.lost_clashes_all(ls):
                book.lost.append(ls)
                return obj, lrec, ls
    raise RuntimeError("could not write a never-found report for %s" % cat)


def _rotation(rng, idxs, lost):
    """Anchors in turn from each category, so the negatives spread over the categories."""
    by = {}
    for i in idxs:
        by.setdefault(lost[i]["rec"]["category"], []).append(i)
    cats = sorted(by)
    for c in cats:
        rng.shuffle(by[c])
    rng.shuffle(cats)
    out = []
    while any(by[c] for c in cats):
        for c in cats:
            if by[c]:
                out.append(by[c].pop())
    return out


def make_negatives(rng, reg, book, lost):
    paired = _rotation(rng, [i for i, e in enumerate(lost) if e["pair"] is not None], lost)
    never = _rotation(rng, [i for i, e in enumerate(lost) if e["pair"] is None], lost)
    used = {}
    out = []
    per_cat, cap = {}, {}
    for e in lost:
        c = e["rec"]["category"]
        cap[c] = cap.get(c, 0) + 0.6
    cap = {c: max(2, int(v + 0.999)) for c, v in cap.items()}
    for label, count in PLAN:
        made, tries, k = 0, 0, 0
        while made < count:
            tries += 1
            if tries > 20000:
                raise RuntimeError("could not make %s negatives" % label)
            pool = never if k % 2 == 0 else paired
            idx = pool[(k // 2) % len(pool)]
            k += 1
            cat = lost[idx]["rec"]["category"]
            if used.get(idx, 0) >= 2 or per_cat.get(cat, 0) >= cap[cat]:
                continue
            anchor = {"obj": lost[idx]["obj"], "said": lost[idx]["said"]}
            res = MAKERS[label](rng, reg, anchor)
            if res is None:
                continue
            t, place, at, force, detail = res
            frec, fs = write_found(rng, t, place=place, found_at=at, force=force)
            fs.update(found_at=at, id=("F", len(book.found)))
            if not acceptable(label, detail, fs, anchor) or not book.found_clashes_all(fs):
                continue
            book.found.append(fs)
            used[idx] = used.get(idx, 0) + 1
            per_cat[cat] = per_cat.get(cat, 0) + 1
            out.append({"rec": frec, "said": fs, "obj": t, "label": label, "anchor": idx, "detail": detail})
            made += 1
    return out


def _ordered(rec, key, tail):
    out = {"key": key, "category": rec["category"], "body": rec["body"]}
    for f in FIELDS:
        if f in rec:
            out[f] = rec[f]
    for k, v in tail:
        out[k] = v
    return out


def build():
    rng = random.Random(SEED)
    reg = Registry()
    book = Book()
    lost, found = [], []
    cats = [c for c in sorted(PAIR_PLAN) for _ in range(PAIR_PLAN[c])]
    rng.shuffle(cats)
    cross = {k: list(v) for k, v in sorted(CROSS.items())}
    for cat in cats:
        forced = cross[cat].pop() if cross.get(cat) else None
        obj, lrec, ls, frec, fs = make_pair(rng, reg, book, cat, forced)
        found.append({"rec": frec, "said": fs, "obj": obj, "label": None})
        lost.append({"rec": lrec, "said": ls, "obj": obj, "pair": len(found) - 1})
    cats = [c for c in sorted(NEVER_PLAN) for _ in range(NEVER_PLAN[c])]
    rng.shuffle(cats)
    for cat in cats:
        obj, lrec, ls = make_never(rng, reg, book, cat)
        lost.append({"rec": lrec, "said": ls, "obj": obj, "pair": None})
    found += make_negatives(rng, reg, book, lost)

    lo = list(range(len(lost)))
    fo = list(range(len(found)))
    rng.shuffle(lo)
    rng.shuffle(fo)
    fkey = {i: "%s-F%04d" % (PFX, n + 1) for n, i in enumerate(fo)}
    out_found = []
    for i in fo:
        e = found[i]
        tail = [("found_at_min", e["said"]["found_at"])] + ([("negative", e["label"])] if e["label"] else [])
        out_found.append(_ordered(e["rec"], fkey[i], tail))
    out_lost = []
    for n, i in enumerate(lo):
        e = lost[i]
        truth = fkey[e["pair"]] if e["pair"] is not None else None
        tail = [("lost_from_min", e["rec"]["lost_from_min"]), ("lost_to_min", e["rec"]["lost_to_min"]), ("truth", truth)]
        out_lost.append(_ordered(e["rec"], "%s-L%04d" % (PFX, n + 1), tail))
    data = {"seed": SEED, "made_by": "tests/lostfound/make_set92.py",
            "parts": {PART: {"found": out_found, "lost": out_lost}}}
    return data, {"lost": lost, "found": found, "book": book}


def dump(data):
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main():
    data, info = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(dump(data))
    part = data["parts"][PART]
    neg = {}
    for f in part["found"]:
        if "negative" in f:
            neg[f["negative"]] = neg.get(f["negative"], 0) + 1
    pairs = sum(1 for x in part["lost"] if x["truth"])
    print("wrote %s: %d lost (%d with a found item, %d never found), %d found (%d negatives: %s)" % (
        os.path.relpath(OUT), len(part["lost"]), pairs, len(part["lost"]) - pairs, len(part["found"]),
        sum(neg.values()), ", ".join("%s %d" % kv for kv in sorted(neg.items()))))


if __name__ == "__main__":
    main()
