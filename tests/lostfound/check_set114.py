# -*- coding: utf-8 -*-
"""Validates tests/lostfound/set114.json against the brief (exit 1 on any fault) and prints what
it checked.  Standard library only."""

import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set114.json")
SEED, PFX, PART = 114014, "S114", "set114"
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry",
        "electronics", "other"]
LABELS = ["near_twin", "same_cat_color", "found_before_loss", "same_brand_far", "similar_place",
          "serial_near_miss", "same_short_number"]
SHORT_FIELDS = ["color", "brand", "model", "serial", "address"]
LOST_FIELDS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address",
               "lat", "lon", "lost_from_min", "lost_to_min", "truth"}
FOUND_FIELDS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address",
                "lat", "lon", "found_at_min", "negative"}
MAX_MIN = 172800
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], W)) % 11] == s[17]


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def int_ok(v):
    return isinstance(v, int) and not isinstance(v, bool)


def common(rec, kind):
    k = rec.get("key")
    if rec.get("category") not in CATS:
        fault("%s: category %r" % (k, rec.get("category")))
    b = rec.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body empty or over 600" % k)
    for f in SHORT_FIELDS:
        if f in rec and (not isinstance(rec[f], str) or not rec[f].strip() or len(rec[f]) > 60):
            fault("%s: %s empty, not text or over 60" % (k, f))
    if "marks" in rec and (not isinstance(rec["marks"], str) or not rec["marks"].strip() or len(rec["marks"]) > 500):
        fault("%s: marks empty or over 500" % k)
    if ("lat" in rec) != ("lon" in rec):
        fault("%s: lat without lon or lon without lat" % k)
    if "lat" in rec:
        la, lo = rec["lat"], rec["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)) \
                or not (18.0 <= la <= 53.6 and 73.5 <= lo <= 135.1):
            fault("%s: lat/lon outside China" % k)
    allowed = LOST_FIELDS if kind == "lost" else FOUND_FIELDS
    extra = sorted(set(rec) - allowed)
    if extra:
        fault("%s: unknown fields %s" % (k, extra))
    # numbers written anywhere in the record
    for f in ("body", "serial", "marks"):
        if f in rec:
            numbers(k, str(rec[f]))


def numbers(k, text):
    for m in re.finditer(r"(?<![0-9A-Za-z])(\d{17}[\dX])(?![0-9A-Za-z])", text):
        if not id_ok(m.group(1)):
            fault("%s: ID number %s has a wrong check digit" % (k, m.group(1)))
    for m in re.finditer(r"(?<!\d)(\d{6}) (\d{8}) (\d{3}[\dX])(?![\dA-Za-z])", text):
        s = "".join(m.groups())
        if not id_ok(s):
            fault("%s: spaced ID number %s has a wrong check digit" % (k, s))
    for m in re.finditer(r"(?<![0-9A-Za-z])(\d{15})(?![0-9A-Za-z])", text):
        if not luhn_ok(m.group(1)):
            fault("%s: IMEI %s fails Luhn" % (k, m.group(1)))
    for m in re.finditer(r"(?<![\d ])(\d[\d ]{15,21}[\dX])(?![\dXx])", text):
        digits = m.group(1).replace(" ", "")
        if len(digits) == 15 and not luhn_ok(digits):
            fault("%s: spaced IMEI %s fails Luhn" % (k, m.group(1)))
        if len(digits) >= 16 and not re.fullmatch(r"\d{17}[\dX]", digits):
            fault("%s: a long number %s looks like a full bank card" % (k, m.group(1)))
    for m in re.finditer(r"(?<![0-9A-Za-z])(\d{16,19})(?![0-9A-Za-z])", text):
        if len(m.group(1)) != 18:
            fault("%s: a full card-like number %s" % (k, m.group(1)))


def main():
    with open(PATH, encoding="utf-8") as f:
        raw = f.read()
    data = json.loads(raw)
    if data.get("seed") != SEED:
        fault("seed is %r" % data.get("seed"))
    if data.get("made_by") != "tests/lostfound/make_set114.py":
        fault("made_by is %r" % data.get("made_by"))
    if sorted(data) != ["made_by", "parts", "seed"] or sorted(data["parts"]) != [PART]:
        fault("top-level keys %s / parts %s" % (sorted(data), sorted(data.get("parts", {}))))
    part = data["parts"][PART]
    if sorted(part) != ["found", "lost"]:
        fault("part keys %s" % sorted(part))
    lost, found = part["lost"], part["found"]

    for i, r in enumerate(lost):
        if r.get("key") != "%s-L%04d" % (PFX, i + 1):
            fault("lost #%d has key %r" % (i + 1, r.get("key")))
        common(r, "lost")
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (int_ok(a) and int_ok(b) and MAX_MIN >= a >= b >= 0):
            fault("%s: loss window %r..%r" % (r.get("key"), a, b))
        if "truth" not in r:
            fault("%s: no truth field" % r.get("key"))
    for i, r in enumerate(found):
        if r.get("key") != "%s-F%04d" % (PFX, i + 1):
            fault("found #%d has key %r" % (i + 1, r.get("key")))
        common(r, "found")
        t = r.get("found_at_min")
        if not (int_ok(t) and 0 <= t <= MAX_MIN):
            fault("%s: found_at_min %r" % (r.get("key"), t))

    fk = {r["key"]: r for r in found}
    used = collections.Counter()
    crossed = 0
    for r in lost:
        t = r.get("truth")
        if t is None:
            continue
        if t not in fk:
            fault("%s: truth %s is not a found key" % (r["key"], t))
            continue
        used[t] += 1
        f = fk[t]
        if f["found_at_min"] > r["lost_from_min"]:
            fault("%s: its item %s was found before the loss began" % (r["key"], t))
        if "negative" in f:
            fault("%s: its truth %s carries a negative label" % (r["key"], t))
        if f["category"] != r["category"]:
            crossed += 1
    for t, n in sorted(used.items()):
        if n > 1:
            fault("%s is the truth of %d reports" % (t, n))
    for f in found:
        if f["key"] not in used:
            if f.get("negative") not in LABELS:
                fault("%s: nobody's truth but negative is %r" % (f["key"], f.get("negative")))
    if crossed > 5:
        fault("%d pairs under different categories (at most 5)" % crossed)

    n_pair = sum(1 for r in lost if r.get("truth"))
    n_null = sum(1 for r in lost if r.get("truth") is None)
    n_neg = sum(1 for f in found if "negative" in f)
    for name, got, want in [("lost", len(lost), 240), ("paired", n_pair, 150), ("never found", n_null, 90),
                            ("found", len(found), 270), ("negatives", n_neg, 120)]:
        if got != want:
            fault("%s: %d, expected %d" % (name, got, want))

    # the file is what make_set114.py writes now
    sys.path.insert(0, HERE)
    import make_set114
    again = json.dumps(make_set114.build(), ensure_ascii=False, indent=1) + "\n"
    if again != raw:
        fault("set114.json differs from a fresh make_set114.build()")

    print("set114: %d lost (%d with a true found item, %d never handed in), %d found (%d true, %d hard negatives)"
          % (len(lost), n_pair, n_null, len(found), len(found) - n_neg, n_neg))
    print("pairs filed under different categories: %d" % crossed)
    print("%-12s %5s %7s %6s %6s" % ("category", "lost", "paired", "null", "found"))
    for c in CATS:
        print("%-12s %5d %7d %6d %6d" % (c, sum(1 for r in lost if r["category"] == c),
                                         sum(1 for r in lost if r["category"] == c and r["truth"]),
                                         sum(1 for r in lost if r["category"] == c and not r["truth"]),
                                         sum(1 for f in found if f["category"] == c)))
    neg = collections.Counter(f["negative"] for f in found if "negative" in f)
    print("negatives: " + ", ".join("%s %d" % (k, neg[k]) for k in LABELS))
    fill = collections.Counter()
    for r in lost + found:
        for f in ("color", "brand", "model", "serial", "marks", "address", "lat"):
            if f in r:
                fill[f] += 1
    print("fields filled (of %d records): " % (len(lost) + len(found)) +
          ", ".join("%s %d" % (f, fill[f]) for f in ("color", "brand", "model", "serial", "marks", "address", "lat")))
    print("checked: keys and order, categories, lengths, lat/lon pairs in China, loss windows, found times,"
          " truth keys exist and are used once, true items found at or after the loss began, labels on"
          " every non-truth item, cross-category pairs <= 5, counts, ID check digits, IMEI Luhn,"
          " no full bank card numbers, file equals a fresh build")
    if faults:
        for m in faults[:50]:
            print("FAULT:", m)
        print("%d faults" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
