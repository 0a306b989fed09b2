"""Validate tests/lostfound/set97.json against the brief; exit non-zero on any fault.

Usage: python3 tests/lostfound/check_set97.py [path]
Also rebuilds the set in memory with make_set97.build() and requires byte-identical output.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

PART = "set97"
PFX = "S97"
SEED = 9797
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
NEG_KINDS = ["near_twin", "same_cat_color", "found_before_loss", "same_brand_elsewhere", "namesake", "one_detail"]
OPT60 = ["color", "brand", "model", "serial", "address"]
LOST_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
             "lost_from_min", "lost_to_min", "truth"}
FOUND_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
              "found_at_min", "negative"}
MAXMIN = 172800
EXPECT = dict(pairs=150, never=90, neg_lo=110, neg_hi=130)

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    if "10X98765432"[sum(int(c) * x for c, x in zip(s[:17], w)) % 11] != s[17]:
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    return 1900 <= y <= 2024 and 1 <= m <= 12 and 1 <= d <= 31


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def check_numbers(key, text):
    t = unicodedata.normalize("NFKC", text)
    for m in re.finditer(r"(?<![0-9A-Za-z])(\d{17}[\dX])(?![0-9A-Za-z])", t):
        if not id_ok(m.group(1)):
            fault("%s: ID-like number %s has a bad check digit or date" % (key, m.group(1)))
    for m in re.finditer(r"(?<!\d)(\d{16}|\d{17}(?![\dX])|\d{19,})(?!\d)", t):
        fault("%s: long digit run %s (bank cards only as tails or masks)" % (key, m.group(1)))
    for m in re.finditer(r"(?<![\d])(\d[\d \-]{13,20}\d)(?![\d])", t):
        raw = re.sub(r"[ \-]", "", m.group(1))
        if len(raw) == 15 and not luhn_ok(raw):
            fault("%s: IMEI-like %s fails Luhn" % (key, m.group(1)))


def check_common(r, side):
    key = r.get("key", "?")
    allowed = LOST_KEYS if side == "lost" else FOUND_KEYS
    for k in r:
        if k not in allowed:
            fault("%s: unknown field %s" % (key, k))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (key, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % key)
    for k in OPT60:
        if k in r and (not isinstance(r[k], str) or not r[k].strip() or len(r[k]) > 60):
            fault("%s: %s must be a non-empty string of at most 60" % (key, k))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
        fault("%s: marks must be a non-empty string of at most 500" % key)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat and lon must come together" % key)
    if "lat" in r:
        if not all(isinstance(r[k], (int, float)) and not isinstance(r[k], bool) for k in ("lat", "lon")):
            fault("%s: lat/lon not numbers" % key)
        elif not (18.0 <= r["lat"] <= 53.6 and 73.5 <= r["lon"] <= 135.1):
            fault("%s: lat/lon outside China" % key)
    for k in ("body", "marks", "serial", "model", "address"):
        if isinstance(r.get(k), str):
            check_numbers(key, r[k])


def is_min(v):
    return isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= MAXMIN


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "set97.json")
    with open(path, "rb") as f:
        raw = f.read()
    doc = json.loads(raw.decode("utf-8"))
    checked = []
    if doc.get("seed") != SEED:
        fault("seed is not %d" % SEED)
    if doc.get("made_by") != "tests/lostfound/make_set97.py":
        fault("made_by is wrong")
    if list(doc.get("parts", {})) != [PART]:
        fault("parts must hold exactly %s" % PART)
    part = doc["parts"][PART]
    if sorted(part) != ["found", "lost"]:
        fault("part must hold found and lost")
    lost, found = part["lost"], part["found"]
    checked.append("top level: seed, made_by, one part")

    for side, recs, letter in (("lost", lost, "L"), ("found", found, "F")):
        for n, r in enumerate(recs):
            want = "%s-%s%04d" % (PFX, letter, n + 1)
            if r.get("key") != want:
                fault("%s record %d has key %r, want %s" % (side, n, r.get("key"), want))
            check_common(r, side)
    checked.append("keys sequential and unique; categories; field types and lengths; lat/lon in China")
    checked.append("ID numbers (GB 11643 check digit and date), IMEIs (Luhn), no full bank card numbers")

    fby = {r["key"]: r for r in found}
    truth_of = Counter()
    cross = 0
    pairs = never = 0
    for r in lost:
        key = r["key"]
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_min(a) and is_min(b) and a >= b):
            fault("%s: need lost_from_min >= lost_to_min >= 0, both <= %d" % (key, MAXMIN))
        if "truth" not in r:
            fault("%s: truth missing" % key)
            continue
        t = r["truth"]
        if t is None:
            never += 1
            continue
        if t not in fby:
            fault("%s: truth %s is not a found key" % (key, t))
            continue
        pairs += 1
        truth_of[t] += 1
        f = fby[t]
        if is_min(a) and f.get("found_at_min", -1) > a:
            fault("%s: its found item %s was found before the loss began" % (key, t))
        if "negative" in f:
            fault("%s: its truth %s carries a negative label" % (key, t))
        if f["category"] != r["category"]:
            cross += 1
    checked.append("loss windows; truth keys exist; true items found at or after the loss began")
    for t, n in sorted(truth_of.items()):
        if n > 1:
            fault("%s is the truth of %d reports" % (t, n))
    neg = Counter()
    for f in found:
        if not is_min(f.get("found_at_min")):
            fault("%s: found_at_min out of range" % f["key"])
        if f["key"] in truth_of:
            continue
        k = f.get("negative")
        if k not in NEG_KINDS:
            fault("%s: nobody's truth but negative label is %r" % (f["key"], k))
        neg[k] += 1
    checked.append("each found item is the truth of at most one report; every other one is a labelled negative")
    if cross > 5:
        fault("%d pairs across categories (at most 5)" % cross)
    if pairs != EXPECT["pairs"] or never != EXPECT["never"]:
        fault("pairs %d never-found %d, want %d and %d" % (pairs, never, EXPECT["pairs"], EXPECT["never"]))
    total_neg = sum(neg.values())
    if not EXPECT["neg_lo"] <= total_neg <= EXPECT["neg_hi"]:
        fault("negatives %d outside %d..%d" % (total_neg, EXPECT["neg_lo"], EXPECT["neg_hi"]))
    checked.append("sizes: pairs, never-found, negatives; cross-category pairs <= 5")

    # determinism: rebuild in memory and compare bytes
    import make_set97
    again = make_set97.dump(make_set97.build()).encode("utf-8")
    if again != raw:
        fault("make_set97.build() does not reproduce %s byte for byte" % path)
    checked.append("rebuild in memory is byte-identical to the file")

    for c in checked:
        print("checked:", c)
    print("lost %d (pairs %d, never found %d); found %d (true %d, negatives %d); cross-category pairs %d"
          % (len(lost), pairs, never, len(found), len(truth_of), total_neg, cross))
    print("negatives by kind: " + ", ".join("%s %d" % (k, neg[k]) for k in NEG_KINDS))
    print("%-12s %5s %5s %5s %6s %5s" % ("category", "lost", "pairs", "never", "found", "negs"))
    for c in CATS:
        lc = [r for r in lost if r["category"] == c]
        print("%-12s %5d %5d %5d %6d %5d" % (
            c, len(lc), sum(1 for r in lc if r["truth"]), sum(1 for r in lc if not r["truth"]),
            sum(1 for f in found if f["category"] == c), sum(1 for f in found if f["category"] == c
                                                             and "negative" in f)))
    fields = Counter()
    for r in lost + found:
        for k in ("color", "brand", "model", "serial", "marks", "address", "lat"):
            if k in r:
                fields[k] += 1
    print("fields filled (of %d records): %s" % (len(lost) + len(found),
                                                ", ".join("%s %d" % (k, fields[k]) for k in sorted(fields))))
    if faults:
        for f in faults[:60]:
            print("FAULT:", f)
        print("%d faults" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
