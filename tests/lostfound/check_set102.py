#!/usr/bin/env python3
"""Validate tests/lostfound/set102.json against the set brief. Exit 1 on any fault."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PFX = "S102"
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
NEG_KINDS = {"near_twin", "same_cat_color", "found_before_loss", "same_brand_elsewhere", "namesake", "one_detail",
             "unclaimed"}
SHORT = ("color", "brand", "model", "serial", "address")
LOST_FIELDS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "lost_from_min", "lost_to_min", "truth"}
FOUND_FIELDS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
                "found_at_min", "negative"}
MAXMIN = 172800

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * k for c, k in zip(s[:17], w)) % 11] == s[17]


def luhn_ok(num):
    total = 0
    for i, c in enumerate(reversed(num)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


ID_RE = re.compile(r"(?<![0-9A-Za-z])\d{17}[0-9X](?![0-9A-Za-z])")
LONG_DIGITS = re.compile(r"(?<![0-9A-Za-z])\d{16,19}(?![0-9A-Za-z])")
IMEI_SPACED = re.compile(r"(?<![0-9])(\d[\d \-]{13,20}\d)(?![0-9])")


def check_common(r, kind, fields):
    k = r.get("key", "?")
    for f in r:
        if f not in fields:
            fault("%s: unknown field %s" % (k, f))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (k, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % k)
    for f in SHORT:
        if f in r and (not isinstance(r[f], str) or not r[f] or len(r[f]) > 60):
            fault("%s: %s empty or longer than 60" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"] or len(r["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat without lon" % k)
    if "lat" in r:
        if not (isinstance(r["lat"], float) and isinstance(r["lon"], float)):
            fault("%s: lat/lon not numbers" % k)
        elif not (18.0 <= r["lat"] <= 54.0 and 73.0 <= r["lon"] <= 135.0):
            fault("%s: lat/lon outside China" % k)
    text = " ".join(str(r.get(f, "")) for f in ("body", "serial", "marks", "model", "address"))
    for m in ID_RE.findall(text):
        if not id_ok(m):
            fault("%s: ID number %s fails GB 11643 check digit" % (k, m))
    for m in LONG_DIGITS.findall(text):
        if len(m) != 18:
            fault("%s: a full bank-card-like number %s" % (k, m))
    if r.get("category") == "phone":
        for m in IMEI_SPACED.findall(text):
            d = re.sub(r"[ \-]", "", m)
            if len(d) == 15 and not luhn_ok(d):
                fault("%s: IMEI %s fails Luhn" % (k, m))
    return text


def main():
    path = os.path.join(HERE, "set102.json")
    data = json.load(open(path, encoding="utf-8"))
    if data.get("seed") != 10202:
        fault("seed is not 10202")
    if data.get("made_by") != "tests/lostfound/make_set102.py":
        fault("made_by wrong")
    if list(data.get("parts", {})) != ["set102"]:
        fault("parts must hold exactly set102")
    part = data["parts"]["set102"]
    lost, found = part["lost"], part["found"]
    imeis = 0
    ids = 0
    for i, r in enumerate(lost, 1):
        if r.get("key") != "%s-L%04d" % (PFX, i):
            fault("lost #%d key %r out of sequence" % (i, r.get("key")))
        t = check_common(r, "lost", LOST_FIELDS)
        ids += len(ID_RE.findall(t))
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (isinstance(a, int) and isinstance(b, int) and MAXMIN >= a >= b >= 0):
            fault("%s: bad loss window %r..%r" % (r["key"], a, b))
        if "truth" not in r:
            fault("%s: no truth field" % r["key"])
    for i, r in enumerate(found, 1):
        if r.get("key") != "%s-F%04d" % (PFX, i):
            fault("found #%d key %r out of sequence" % (i, r.get("key")))
        t = check_common(r, "found", FOUND_FIELDS)
        ids += len(ID_RE.findall(t))
        if r.get("category") == "phone":
            imeis += sum(1 for m in IMEI_SPACED.findall(t) if len(re.sub(r"[ \-]", "", m)) == 15)
        fa = r.get("found_at_min")
        if not (isinstance(fa, int) and 0 <= fa <= MAXMIN):
            fault("%s: bad found_at_min %r" % (r["key"], fa))
    fby = {r["key"]: r for r in found}
    used = Counter()
    cross = 0
    for r in lost:
        t = r.get("truth")
        if t is None:
            continue
        if t not in fby:
            fault("%s: truth %s is not a found key" % (r["key"], t))
            continue
        used[t] += 1
        f = fby[t]
        if f["found_at_min"] > r["lost_from_min"]:
            fault("%s: its truth %s was found before the loss began" % (r["key"], t))
        if "negative" in f:
            fault("%s: truth %s carries a negative label" % (r["key"], t))
        if f["category"] != r["category"]:
            cross += 1
    for k, n in used.items():
        if n > 1:
            fault("%s is the truth of %d reports" % (k, n))
    for f in found:
        if f["key"] not in used:
            if f.get("negative") not in NEG_KINDS:
                fault("%s: nobody's truth but negative label is %r" % (f["key"], f.get("negative")))
    if cross > 5:
        fault("%d cross-category pairs (at most 5)" % cross)
    # found-before-loss negatives should really be before the loss of some report of that category
    pairs = sum(1 for r in lost if r.get("truth"))
    never = len(lost) - pairs
    negs = Counter(f["negative"] for f in found if "negative" in f)
    print("checked %s" % path)
    print("  lost %d (pairs %d, never found %d), found %d (truths %d, negatives %d)" % (
        len(lost), pairs, never, len(found), len(used), sum(negs.values())))
    print("  cross-category pairs %d; full ID numbers checked %d; IMEIs in found phones %d" % (cross, ids, imeis))
    print("  negatives: " + ", ".join("%s %d" % kv for kv in sorted(negs.items())))
    lc = Counter(r["category"] for r in lost)
    fc = Counter(r["category"] for r in found)
    pc = Counter(r["category"] for r in lost if r.get("truth"))
    print("  %-12s %5s %5s %5s" % ("category", "lost", "pairs", "found"))
    for c in sorted(CATS):
        print("  %-12s %5d %5d %5d" % (c, lc[c], pc[c], fc[c]))
    filled = Counter()
    for r in lost + found:
        for f in ("color", "brand", "model", "serial", "marks", "address", "lat"):
            if f in r:
                filled[f] += 1
    print("  fields filled (of %d records): %s" % (len(lost) + len(found),
                                                   ", ".join("%s %d" % kv for kv in sorted(filled.items()))))
    if faults:
        print("FAULTS (%d):" % len(faults))
        for m in faults[:60]:
            print("  " + m)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
