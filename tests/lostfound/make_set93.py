"""Write tests/lostfound/set93.json: a blind lost-and-found set for 澜湖市 in Dragon Boat week.

Run from the worktree root:  python3 tests/lostfound/make_set93.py
Standard library only; one random.Random(9393); output identical on every run.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from set93_plan import plan  # noqa: E402
from set93_negs import negatives, build_one  # noqa: E402
from set93_judge import enforce, audit  # noqa: E402
from set93_render import render  # noqa: E402

SEED = 9393
PART = "set93"
OUT = os.path.join(HERE, "set93.json")
ORDER = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
         "lost_from_min", "lost_to_min", "truth", "found_at_min", "negative"]


def honest(rng, lost, found):
    """Make every non-pair distinguishable; rebuild a negative that cannot be."""
    for _ in range(8):
        fails = []
        enforce(rng, lost, found, lambda fi, F, L: fails.append(fi))
        if not fails:
            break
        for fi in sorted(set(fails)):
            F = found[fi]
            if "neg" not in F:
                raise SystemExit("true found F%d cannot be told apart from a lost report" % fi)
            found[fi] = build_one(rng, F["neg"], lost[F["anchor"]])
    faults = audit(lost, found)
    if faults:
        raise SystemExit("label faults:\n" + "\n".join(faults[:20]))


def build():
    rng = random.Random(SEED)
    lost, found = plan(rng)
    found += negatives(rng, lost)
    honest(rng, lost, found)
    lorder = list(range(len(lost)))
    forder = list(range(len(found)))
    rng.shuffle(lorder)
    rng.shuffle(forder)
    fkey = {fi: "S93-F%04d" % (n + 1) for n, fi in enumerate(forder)}
    out_l, out_f = [], []
    for n, li in enumerate(lorder):
        L = lost[li]
        rec = render(rng, L)
        rec["key"] = L["key"] = "S93-L%04d" % (n + 1)
        rec["truth"] = fkey[L["truth"]] if L["truth"] is not None else None
        out_l.append({k: rec[k] for k in ORDER if k in rec})
    for fi in forder:
        F = found[fi]
        rec = render(rng, F)
        rec["key"] = F["key"] = fkey[fi]
        if "neg" in F:
            rec["negative"] = F["neg"]
        out_f.append({k: rec[k] for k in ORDER if k in rec})
    data = {"seed": SEED, "made_by": "tests/lostfound/make_set93.py", "parts": {PART: {"found": out_f, "lost": out_l}}}
    return data, lost, found


def dump(data):
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main():
    data, lost, found = build()
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(dump(data))
    p = data["parts"][PART]
    print("wrote %s: %d lost (%d with a true found item), %d found (%d negatives)" % (
        os.path.relpath(OUT), len(p["lost"]), sum(1 for x in p["lost"] if x["truth"]), len(p["found"]),
        sum(1 for x in p["found"] if "negative" in x)))


if __name__ == "__main__":
    main()
