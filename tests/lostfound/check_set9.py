#!/usr/bin/env python3
"""Validate tests/lostfound/set9.json; exit 1 and list every fault found.

Checks: the top-level shape, every item's fields and types, keys unique and well formed,
categories from the catalogue, times within the last 90 days and ordered, coordinates inside the
island's box, full ID numbers with a valid GB 11643 check digit, every truth an existing found item,
no found item the truth of two reports, a true pair's found time not before the loss began, no
negative label on a truth, and the counts the brief asks for. Standard library only.
"""
import json
import os
import re
import sys
from collections import Counter

CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
OPTIONAL = {"color", "brand", "model", "serial", "marks", "address"}
NEG_LABELS = {"unclaimed", "twin", "decoy", "before", "far"}
MAX_MIN = 90 * 1440
LAT0, LON0, BOX = 29.990, 122.300, 0.05     # about 5 km each way: the island and its ferry lane
WANT_TRUE, WANT_NULL = 150, 60
WANT_NEG_MIN, WANT_NEG_MAX = 130, 170
ID_RE = re.compile(r"(?<![0-9])([1-9][0-9]{16}[0-9Xx])(?![0-9])")
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def gb11643_ok(n):
    return "10X98765432"[sum(int(c) * w for c, w in zip(n[:17], W)) % 11] == n[17].upper()


def main(path):
    faults = []

    def fault(msg):
        faults.append(msg)

    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    if set(d) != {"seed", "made_by", "parts"} or not isinstance(d.get("seed"), int):
        fault("top level must be exactly seed (int), made_by, parts")
    if d.get("made_by") != "tests/lostfound/make_set9.py":
        fault("made_by must name tests/lostfound/make_set9.py")
    parts = d.get("parts", {})
    if set(parts) != {"set9"} or set(parts.get("set9", {})) != {"found", "lost"}:
        fault("parts must be {set9: {found, lost}}")
        return faults
    found, lost = parts["set9"]["found"], parts["set9"]["lost"]

    def common(it, kind, allowed):
        k = it.get("key", "")
        extra = set(it) - allowed
        if extra:
            fault("%s: unknown fields %s" % (k, sorted(extra)))
        if it.get("category") not in CATS:
            fault("%s: bad category %r" % (k, it.get("category")))
        if not isinstance(it.get("body"), str) or not it["body"].strip():
            fault("%s: body missing or empty" % k)
        for fld in OPTIONAL:
            if fld in it and (not isinstance(it[fld], str) or not it[fld].strip()):
                fault("%s: %s must be non-empty text when present" % (k, fld))
        if ("lat" in it) != ("lon" in it):
            fault("%s: lat and lon come together" % k)
        if "lat" in it and "lon" in it:
            la, lo = it["lat"], it["lon"]
            if not all(isinstance(v, (int, float)) for v in (la, lo)) or abs(la - LAT0) > BOX or abs(lo - LON0) > BOX:
                fault("%s: coordinates %r,%r outside the island" % (k, la, lo))
        text = " ".join(str(it.get(f, "")) for f in ("body", "serial", "marks"))
        for m in ID_RE.finditer(text):
            if not gb11643_ok(m.group(1)):
                fault("%s: ID number %s has a wrong check digit" % (k, m.group(1)))

    fkeys = Counter(it.get("key") for it in found)
    lkeys = Counter(it.get("key") for it in lost)
    for k, n in list(fkeys.items()) + list(lkeys.items()):
        if n > 1:
            fault("%s: key used %d times" % (k, n))
    fmap = {}
    for it in found:
        k = it.get("key", "")
        if not re.fullmatch(r"U-F\d{4}", str(k)):
            fault("found key %r malformed" % k)
        common(it, "found", {"key", "category", "body", "found_at_min", "negative", "lat", "lon"} | OPTIONAL)
        t = it.get("found_at_min")
        if not isinstance(t, int) or not 0 <= t <= MAX_MIN:
            fault("%s: found_at_min %r not within 90 days" % (k, t))
        if "negative" in it and it["negative"] not in NEG_LABELS:
            fault("%s: unknown negative label %r" % (k, it["negative"]))
        fmap[k] = it
    truth_of = Counter()
    n_true = n_null = 0
    for it in lost:
        k = it.get("key", "")
        if not re.fullmatch(r"U-L\d{4}", str(k)):
            fault("lost key %r malformed" % k)
        common(it, "lost", {"key", "category", "body", "lost_from_min", "lost_to_min", "truth", "lat", "lon"} | OPTIONAL)
        a, b = it.get("lost_from_min"), it.get("lost_to_min")
        if not (isinstance(a, int) and isinstance(b, int) and MAX_MIN >= a >= b >= 0):
            fault("%s: need 90 days >= lost_from_min >= lost_to_min >= 0, got %r, %r" % (k, a, b))
            continue
        if "truth" not in it:
            fault("%s: truth missing (use null)" % k)
            continue
        t = it["truth"]
        if t is None:
            n_null += 1
            continue
        n_true += 1
        truth_of[t] += 1
        f = fmap.get(t)
        if f is None:
            fault("%s: truth %r is not a found item" % (k, t))
            continue
        if f["category"] != it["category"]:
            fault("%s: truth %s has another category" % (k, t))
        if isinstance(f.get("found_at_min"), int) and f["found_at_min"] > a:
            fault("%s: truth %s was found before the loss began" % (k, t))
        if "negative" in f:
            fault("%s: truth %s is labelled negative %r" % (k, t, f["negative"]))
    for t, n in truth_of.items():
        if n > 1:
            fault("%s is the truth of %d reports" % (t, n))
    n_neg = sum(1 for f in found if f.get("negative"))
    n_plain = len(found) - n_neg
    if n_plain != n_true:
        fault("%d found items carry no negative label but %d are truths" % (n_plain, n_true))
    if n_true != WANT_TRUE:
        fault("true pairs: %d, want %d" % (n_true, WANT_TRUE))
    if n_null != WANT_NULL:
        fault("never-found reports: %d, want %d" % (n_null, WANT_NULL))
    if not WANT_NEG_MIN <= n_neg <= WANT_NEG_MAX:
        fault("hard negatives: %d, want about 150" % n_neg)
    for side, items in (("found", found), ("lost", lost)):
        cats = Counter(it.get("category") for it in items)
        missing = CATS - set(cats)
        if missing:
            fault("%s side lacks categories %s" % (side, sorted(missing)))
    print("set9: %d found (%d truths, %d negatives: %s), %d lost (%d true, %d never found)" % (
        len(found), n_plain, n_neg, dict(Counter(f.get("negative") for f in found if f.get("negative"))),
        len(lost), n_true, n_null))
    print("categories (lost):", dict(Counter(it["category"] for it in lost).most_common()))
    print("categories (found):", dict(Counter(it["category"] for it in found).most_common()))
    return faults


if __name__ == "__main__":
    p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "set9.json")
    faults = main(p)
    for m in faults:
        print("FAULT:", m)
    print("OK" if not faults else "%d faults" % len(faults))
    sys.exit(1 if faults else 0)
