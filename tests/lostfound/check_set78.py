#!/usr/bin/env python3
"""Validates tests/lostfound/set78.json against the set brief. Exits non-zero on any fault."""
import importlib.util
import json
import math
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set78.json")
PART = "set78"
PFX = "S78"
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
SHORT = ("color", "brand", "model", "serial", "address")
MAXMIN = 172800
LOST_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon",
             "lost_from_min", "lost_to_min", "truth"}
FOUND_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon",
              "found_at_min", "negative"}
CENTER = (30.57, 104.07)

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    wts = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], wts)) % 11] == s[17]


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def km(a, b):
    dy = (a[0] - b[0]) * 111.0
    dx = (a[1] - b[1]) * 111.0 * math.cos(math.radians((a[0] + b[0]) / 2))
    return math.hypot(dx, dy)


def check_numbers(rec):
    for f in ("body", "marks", "serial"):
        v = rec.get(f)
        if not isinstance(v, str):
            continue
        for m in re.finditer(r"(?<![0-9A-Za-z])[0-9]{17}[0-9X](?![0-9A-Za-z])", v):
            if not id_ok(m.group()):
                fault("%s.%s: ID number %s has a bad check digit" % (rec["key"], f, m.group()))
        # digit runs once spaces/dashes inside a number are removed
        for m in re.finditer(r"[0-9][0-9 \-]{12,}[0-9X]", v):
            run = re.sub(r"[ \-]", "", m.group())
            if len(run) == 15 and run.isdigit():
                if not luhn_ok(run):
                    fault("%s.%s: IMEI %s fails Luhn" % (rec["key"], f, run))
            elif 16 <= len(run) <= 19 and not (len(run) == 18 and id_ok(run)):
                fault("%s.%s: a %d-digit number that looks like a full bank card: %s" % (rec["key"], f, len(run), run))


def check_common(rec, allowed):
    k = rec.get("key", "?")
    for f in rec:
        if f not in allowed:
            fault("%s: unknown field %s" % (k, f))
    if rec.get("category") not in CATS:
        fault("%s: bad category %r" % (k, rec.get("category")))
    b = rec.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or over 600" % k)
    for f in SHORT:
        if f in rec and (not isinstance(rec[f], str) or not rec[f].strip() or len(rec[f]) > 60):
            fault("%s: %s empty or over 60" % (k, f))
    if "marks" in rec and (not isinstance(rec["marks"], str) or not rec["marks"].strip() or len(rec["marks"]) > 500):
        fault("%s: marks empty or over 500" % k)
    if ("lat" in rec) != ("lon" in rec):
        fault("%s: lat and lon must come together" % k)
    if "lat" in rec:
        la, lo = rec["lat"], rec["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)):
            fault("%s: lat/lon not numbers" % k)
        elif not (18.0 <= la <= 53.6 and 73.5 <= lo <= 135.1):
            fault("%s: lat/lon outside China" % k)
    check_numbers(rec)


def intmin(rec, f):
    v = rec.get(f)
    if not isinstance(v, int) or isinstance(v, bool) or not (0 <= v <= MAXMIN):
        fault("%s: %s must be an integer in 0..%d" % (rec.get("key"), f, MAXMIN))
        return None
    return v


def main():
    raw = open(PATH, encoding="utf-8").read()
    d = json.loads(raw)
    if d.get("seed") != 7878:
        fault("seed is not 7878")
    if d.get("made_by") != "tests/lostfound/make_set78.py":
        fault("made_by wrong")
    if list(d.get("parts", {})) != [PART]:
        fault("parts must hold exactly %s" % PART)
    part = d["parts"][PART]
    if set(part) != {"found", "lost"}:
        fault("part must hold found and lost")
    found, lost = part["found"], part["lost"]

    # the file is what the writer makes
    spec = importlib.util.spec_from_file_location("make_set78", os.path.join(HERE, "make_set78.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    if mod.dumps() != raw:
        fault("set78.json differs from what make_set78.py writes now")

    fkeys = [f.get("key") for f in found]
    lkeys = [l.get("key") for l in lost]
    if fkeys != ["%s-F%04d" % (PFX, i) for i in range(1, len(found) + 1)]:
        fault("found keys are not %s-F0001.. in order" % PFX)
    if lkeys != ["%s-L%04d" % (PFX, i) for i in range(1, len(lost) + 1)]:
        fault("lost keys are not %s-L0001.. in order" % PFX)
    fby = {f["key"]: f for f in found}

    for f in found:
        check_common(f, FOUND_KEYS)
        intmin(f, "found_at_min")
        if "negative" in f and (not isinstance(f["negative"], str) or not f["negative"]):
            fault("%s: negative label empty" % f["key"])

    used = Counter()
    cross = []
    for l in lost:
        check_common(l, LOST_KEYS)
        a, b = intmin(l, "lost_from_min"), intmin(l, "lost_to_min")
        if a is not None and b is not None and a < b:
            fault("%s: lost_from_min < lost_to_min" % l["key"])
        if "truth" not in l:
            fault("%s: truth missing" % l["key"])
            continue
        t = l["truth"]
        if t is None:
            continue
        if t not in fby:
            fault("%s: truth %s is not a found key" % (l["key"], t))
            continue
        used[t] += 1
        f = fby[t]
        if "negative" in f:
            fault("%s: truth %s carries a negative label" % (l["key"], t))
        if a is not None and isinstance(f.get("found_at_min"), int) and f["found_at_min"] > a:
            fault("%s: its found item %s was found before the loss began" % (l["key"], t))
        if f["category"] != l["category"]:
            cross.append((l["key"], t, l["category"], f["category"]))
    for t, n in sorted(used.items()):
        if n > 1:
            fault("%s is the truth of %d reports" % (t, n))
    for f in found:
        if f["key"] not in used and "negative" not in f:
            fault("%s is nobody's truth but has no negative label" % f["key"])
    if len(cross) > 5:
        fault("%d cross-category pairs (at most 5)" % len(cross))

    # negatives keep their word: far decoys are 15-30 km out
    negs = Counter(f["negative"] for f in found if "negative" in f)
    for f in found:
        if f.get("negative") == "same_brand_far" and "lat" in f:
            dist = km((f["lat"], f["lon"]), CENTER)
            if not (15.0 <= dist <= 30.0):
                fault("%s: same_brand_far decoy is %.1f km from the district" % (f["key"], dist))
        elif "lat" in f and km((f["lat"], f["lon"]), CENTER) > 5.0:
            fault("%s: outside the district but not a far decoy" % f["key"])

    n_pairs = sum(1 for l in lost if l.get("truth"))
    n_null = sum(1 for l in lost if l.get("truth") is None)
    print("checked %s: %d lost (%d paired, %d never handed in), %d found (%d truths, %d hard negatives)" % (
        PATH, len(lost), n_pairs, n_null, len(found), len(used), sum(negs.values())))
    print("negatives:", ", ".join("%s %d" % kv for kv in sorted(negs.items())))
    print("cross-category pairs: %d %s" % (len(cross), cross))
    lc = Counter(l["category"] for l in lost)
    fc = Counter(f["category"] for f in found)
    print("category      lost  paired  null  found")
    for c in sorted(CATS):
        print("%-12s %5d %7d %5d %6d" % (c, lc[c], sum(1 for l in lost if l["category"] == c and l.get("truth")),
                                         sum(1 for l in lost if l["category"] == c and l.get("truth") is None), fc[c]))
    print("checks: fields and lengths, categories, keys, lat/lon pairs inside China, minute ranges, window order,"
          " truth links (exist, unique, not negative, found at or after the loss began), every other found item"
          " labelled negative, <=5 cross-category pairs, far decoys 15-30 km, ID check digits, IMEI Luhn,"
          " no full bank-card numbers, file equals the writer's output")
    if faults:
        print("FAULTS (%d):" % len(faults))
        for m in faults[:50]:
            print("  " + m)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
