#!/usr/bin/env python3
"""Validate tests/lostfound/set6.json; exit 1 (with every fault listed) when something is wrong.

Checks: the schema the bench reads, unique keys, every truth names an existing found item
that is not a labelled negative, no found item is the truth of two reports, a true pair has
the same category and the found time after the loss window's start, times within 90 days
and ordered, categories from the catalogue, coordinates near the area's centre, full ID
numbers with a valid GB 11643 check digit, and the counts the brief asks for.

Usage: python3 tests/lostfound/check_set6.py [path/to/set6.json]
"""
import json
import os
import re
import sys

CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
MAX_MIN = 90 * 24 * 60
CENTRE = (29.110, 119.630)
MAX_DEG = 0.035                    # about 3.5 km from the centre in either direction
WANT_TRUE, WANT_NEVER = 150, 60
MIN_NEG, MAX_NEG = 120, 200        # "about 150" hard negatives
TEXT = ["body", "color", "brand", "model", "serial", "marks", "address"]
FOUND_KEYS = set(TEXT) | {"key", "category", "lat", "lon", "found_at_min", "negative"}
LOST_KEYS = set(TEXT) | {"key", "category", "lat", "lon", "lost_from_min", "lost_to_min", "truth"}
ID_RE = re.compile(r"(?<![0-9])([1-9][0-9]{16}[0-9X])(?![0-9X])")
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_ok(s):
    return "10X98765432"[sum(int(c) * k for c, k in zip(s[:17], W)) % 11] == s[17]


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "set6.json")
    faults = []

    def bad(msg):
        faults.append(msg)

    with open(path, encoding="utf-8") as fh:
        doc = json.load(fh)
    if not isinstance(doc.get("seed"), int):
        bad("seed missing or not an integer")
    if doc.get("made_by") != "tests/lostfound/make_set6.py":
        bad("made_by is not tests/lostfound/make_set6.py")
    if set(doc) != {"seed", "made_by", "parts"} or set(doc.get("parts", {})) != {"set6"}:
        bad("top level must be seed, made_by and parts.set6 only")
        print("\n".join(faults))
        return 1
    part = doc["parts"]["set6"]
    if set(part) != {"found", "lost"}:
        bad("parts.set6 must hold found and lost only")
    found, lost = part.get("found", []), part.get("lost", [])

    def common(it, allowed, prefix):
        k = it.get("key", "?")
        extra = set(it) - allowed
        if extra:
            bad("%s: unknown fields %s" % (k, sorted(extra)))
        if not re.fullmatch(prefix + r"[0-9]{4}", str(it.get("key", ""))):
            bad("%s: key not of the form %sNNNN" % (k, prefix))
        if it.get("category") not in CATS:
            bad("%s: category %r not in the catalogue" % (k, it.get("category")))
        if not isinstance(it.get("body"), str) or not it["body"].strip():
            bad("%s: body missing or empty" % k)
        for f in TEXT:
            if f in it and (not isinstance(it[f], str) or not it[f].strip()):
                bad("%s: %s present but not a non-empty string" % (k, f))
        if ("lat" in it) != ("lon" in it):
            bad("%s: lat without lon or the reverse" % k)
        if "lat" in it:
            if not all(isinstance(it[c], (int, float)) for c in ("lat", "lon")):
                bad("%s: coordinates not numbers" % k)
            elif abs(it["lat"] - CENTRE[0]) > MAX_DEG or abs(it["lon"] - CENTRE[1]) > MAX_DEG:
                bad("%s: coordinates %s,%s outside the area" % (k, it["lat"], it["lon"]))
        for f in TEXT:
            for m in ID_RE.findall(str(it.get(f, ""))):
                if not id_ok(m):
                    bad("%s: ID number %s in %s has a wrong check digit" % (k, m, f))

    def minute(it, f):
        v = it.get(f)
        if not isinstance(v, int) or isinstance(v, bool) or not 0 <= v <= MAX_MIN:
            bad("%s: %s=%r not an integer within the last 90 days" % (it.get("key"), f, v))
            return None
        return v

    fkeys = {}
    for it in found:
        common(it, FOUND_KEYS, "U-F")
        minute(it, "found_at_min")
        if it.get("key") in fkeys:
            bad("%s: duplicate found key" % it.get("key"))
        fkeys[it.get("key")] = it
        if "negative" in it and (not isinstance(it["negative"], str) or not it["negative"]):
            bad("%s: negative label empty" % it.get("key"))
    lkeys = set()
    used = {}
    n_true = n_never = 0
    for it in lost:
        k = it.get("key")
        common(it, LOST_KEYS, "U-L")
        if k in lkeys:
            bad("%s: duplicate lost key" % k)
        lkeys.add(k)
        a, b = minute(it, "lost_from_min"), minute(it, "lost_to_min")
        if a is not None and b is not None and a < b:
            bad("%s: lost_from_min < lost_to_min" % k)
        if "truth" not in it:
            bad("%s: truth missing (use null)" % k)
            continue
        t = it["truth"]
        if t is None:
            n_never += 1
            continue
        n_true += 1
        f = fkeys.get(t)
        if f is None:
            bad("%s: truth %r is not a found item" % (k, t))
            continue
        if "negative" in f:
            bad("%s: truth %s is labelled negative %r" % (k, t, f["negative"]))
        if t in used:
            bad("%s: found item %s is also the truth of %s" % (k, t, used[t]))
        used[t] = k
        if f.get("category") != it.get("category"):
            bad("%s: category %s but its truth %s is %s" % (k, it.get("category"), t, f.get("category")))
        if a is not None and isinstance(f.get("found_at_min"), int) and f["found_at_min"] > a:
            bad("%s: truth %s found before the loss began (%d > %d)" % (k, t, f["found_at_min"], a))
    unlabelled = [k for k, f in fkeys.items() if "negative" not in f and k not in used]
    if unlabelled:
        bad("found items neither a truth nor a labelled negative: %s" % unlabelled[:10])
    negs = {}
    for f in found:
        if "negative" in f:
            negs[f["negative"]] = negs.get(f["negative"], 0) + 1
    n_neg = sum(negs.values())
    if n_true != WANT_TRUE:
        bad("%d true pairs, want %d" % (n_true, WANT_TRUE))
    if n_never != WANT_NEVER:
        bad("%d never-found reports, want %d" % (n_never, WANT_NEVER))
    if not MIN_NEG <= n_neg <= MAX_NEG:
        bad("%d hard negatives, want about 150 (%d..%d)" % (n_neg, MIN_NEG, MAX_NEG))
    for need in ("unclaimed", "twin", "decoy", "before"):
        if not negs.get(need):
            bad("no negative of kind %s" % need)
    if {f.get("category") for f in found if f.get("negative") == "unclaimed"} != CATS:
        bad("unclaimed items do not cover every category")

    by_cat = {}
    for it in lost:
        row = by_cat.setdefault(it.get("category"), [0, 0, 0])
        row[0 if it.get("truth") else 1] += 1
    for f in found:
        if "negative" in f:
            by_cat.setdefault(f.get("category"), [0, 0, 0])[2] += 1
    print("set6: %d lost (%d true, %d never found), %d found (%d negatives: %s)" % (
        len(lost), n_true, n_never, len(found), n_neg, ", ".join("%s %d" % kv for kv in sorted(negs.items()))))
    print("%-12s %5s %6s %9s" % ("category", "pairs", "never", "negatives"))
    for c in sorted(by_cat, key=lambda c: -sum(by_cat[c])):
        print("%-12s %5d %6d %9d" % ((c,) + tuple(by_cat[c])))
    if faults:
        print("FAULTS (%d):" % len(faults))
        print("\n".join("  " + f for f in faults))
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
