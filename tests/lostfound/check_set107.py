#!/usr/bin/python3
"""Validate tests/lostfound/set107.json; exit non-zero on any fault.

Checks: top-level shape, seed and made_by; counts (150 pairs, 90 never handed in, about 120 hard
negatives); key format and uniqueness; category codes; field types and lengths; lat/lon both or
neither and inside China; loss windows and found times in range; every truth link resolves, no
found item is the truth of two reports, a true item is found at or after its loss began; every
found item that is nobody's truth carries a negative label and no true item does; at most 5
cross-category pairs; GB 11643 check digits on every 18-digit ID number, Luhn on every IMEI;
no full bank card number anywhere.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "set107.json")
PFX = "S107"
PART = "set107"
SEED = 1070709
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
NEG_KINDS = {"near_twin", "found_before_loss", "same_cat_color", "same_brand_far", "serial_near_miss", "same_place_other_color"}
MAXMIN = 172800
SHORT = ("color", "brand", "model", "serial", "address")
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"

faults = []


def fault(msg):
    faults.append(msg)


def luhn_ok(d):
    total = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def id_ok(s):
    return ID_C[sum(int(a) * b for a, b in zip(s[:17], ID_W)) % 11] == s[17].upper()


def texts(rec):
    return [str(rec.get(k, "")) for k in ("body", "serial", "marks", "model", "brand", "color", "address")]


def check_numbers(rec, counts):
    for t in texts(rec):
        # 18-character ID numbers (not part of a longer digit run)
        for m in re.finditer(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9])", t):
            counts["id_numbers"] += 1
            if not id_ok(m.group(1)):
                fault("%s: ID number %s fails the GB 11643 check digit" % (rec["key"], m.group(1)))
        # masked ID numbers: 3-6 leading digits, stars, 4 trailing
        for m in re.finditer(r"(?<!\d)(\d{3,6})(\*{8,11})(\d{3}[\dXx])(?![0-9])", t):
            counts["masked_ids"] += 1
            if len(m.group(1)) + len(m.group(2)) + len(m.group(3)) != 18:
                fault("%s: masked ID %s is not 18 characters" % (rec["key"], m.group(0)))
        # IMEIs: any 15-digit run after removing single spaces/dashes inside an IMEI-looking token
        for m in re.finditer(r"(?<![\dA-Za-z])(\d[\d \-]{13,22}\d)(?![\dXx])", t):
            raw = re.sub(r"[ \-]", "", m.group(1))
            if len(raw) == 15:
                counts["imeis"] += 1
                if not luhn_ok(raw):
                    fault("%s: 15-digit number %s fails Luhn" % (rec["key"], m.group(1)))
            elif len(raw) >= 16 and not (len(raw) == 18 and id_ok(raw)) and not (len(raw) == 17 and False):
                if " " not in m.group(1) and "-" not in m.group(1):
                    fault("%s: long digit run %s looks like a full card number" % (rec["key"], m.group(1)))
                elif len(raw) in (16, 19):
                    fault("%s: spaced 16/19-digit number %s looks like a full card number" % (rec["key"], m.group(1)))


def main():
    try:
        with open(PATH, encoding="utf-8") as fh:
            data = json.load(fh)
    except Exception as e:  # noqa: BLE001
        print("cannot read %s: %s" % (PATH, e))
        return 2
    if data.get("seed") != SEED:
        fault("seed is %r, expected %d" % (data.get("seed"), SEED))
    if data.get("made_by") != "tests/lostfound/make_set107.py":
        fault("made_by is %r" % data.get("made_by"))
    parts = data.get("parts", {})
    if list(parts) != [PART]:
        fault("parts should be exactly [%s], got %r" % (PART, list(parts)))
        return report()
    found = parts[PART].get("found", [])
    lost = parts[PART].get("lost", [])
    counts = collections.Counter()

    fmap = {}
    for i, f in enumerate(found, 1):
        k = f.get("key")
        if k != "%s-F%04d" % (PFX, i):
            fault("found #%d has key %r" % (i, k))
        if k in fmap:
            fault("duplicate found key %s" % k)
        fmap[k] = f
    lmap = {}
    for i, l in enumerate(lost, 1):
        k = l.get("key")
        if k != "%s-L%04d" % (PFX, i):
            fault("lost #%d has key %r" % (i, k))
        if k in lmap:
            fault("duplicate lost key %s" % k)
        lmap[k] = l

    allowed_l = {"key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon",
                 "lost_from_min", "lost_to_min", "truth"}
    allowed_f = {"key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon",
                 "found_at_min", "negative"}
    for rec, allowed in [(r, allowed_l) for r in lost] + [(r, allowed_f) for r in found]:
        k = rec.get("key")
        extra = set(rec) - allowed
        if extra:
            fault("%s: unexpected fields %s" % (k, sorted(extra)))
        if rec.get("category") not in CATS:
            fault("%s: bad category %r" % (k, rec.get("category")))
        b = rec.get("body")
        if not isinstance(b, str) or not b.strip() or len(b) > 600:
            fault("%s: body missing or longer than 600" % k)
        for fld in SHORT:
            if fld in rec and (not isinstance(rec[fld], str) or not rec[fld].strip() or len(rec[fld]) > 60):
                fault("%s: field %s empty, not a string or longer than 60" % (k, fld))
        if "marks" in rec and (not isinstance(rec["marks"], str) or not rec["marks"].strip() or len(rec["marks"]) > 500):
            fault("%s: marks empty or longer than 500" % k)
        if ("lat" in rec) != ("lon" in rec):
            fault("%s: lat and lon must come together" % k)
        if "lat" in rec:
            la, lo = rec["lat"], rec["lon"]
            if not (isinstance(la, (int, float)) and isinstance(lo, (int, float)) and 18.0 <= la <= 53.6 and 73.5 <= lo <= 135.1):
                fault("%s: lat/lon %r,%r outside China" % (k, la, lo))
            else:
                counts["with_coords"] += 1
        check_numbers(rec, counts)

    for l in lost:
        k = l["key"]
        a, b = l.get("lost_from_min"), l.get("lost_to_min")
        if not (isinstance(a, int) and isinstance(b, int) and MAXMIN >= a >= b >= 0):
            fault("%s: bad loss window %r..%r" % (k, a, b))
    for f in found:
        t = f.get("found_at_min")
        if not (isinstance(t, int) and 0 <= t <= MAXMIN):
            fault("%s: bad found_at_min %r" % (f["key"], t))

    truth_of = collections.Counter()
    cross = 0
    for l in lost:
        if "truth" not in l:
            fault("%s: no truth field" % l["key"])
            continue
        t = l["truth"]
        if t is None:
            counts["absent"] += 1
            continue
        if t not in fmap:
            fault("%s: truth %r is not a found key" % (l["key"], t))
            continue
        counts["pairs"] += 1
        truth_of[t] += 1
        f = fmap[t]
        if f["found_at_min"] > l["lost_from_min"]:
            fault("%s: its item %s was found before the loss began" % (l["key"], t))
        if f["category"] != l["category"]:
            cross += 1
        if "negative" in f:
            fault("%s is a truth but carries negative=%r" % (t, f["negative"]))
    for t, n in truth_of.items():
        if n > 1:
            fault("%s is the truth of %d reports" % (t, n))
    negs = collections.Counter()
    for f in found:
        if f["key"] not in truth_of:
            if f.get("negative") not in NEG_KINDS:
                fault("%s is nobody's truth but has negative=%r" % (f["key"], f.get("negative")))
            else:
                negs[f["negative"]] += 1
    if cross > 5:
        fault("%d cross-category pairs (at most 5)" % cross)
    if counts["pairs"] != 150:
        fault("%d pairs, expected 150" % counts["pairs"])
    if counts["absent"] != 90:
        fault("%d never-handed-in reports, expected 90" % counts["absent"])
    nneg = sum(negs.values())
    if not 100 <= nneg <= 140:
        fault("%d hard negatives, expected about 120" % nneg)
    # every negative of kind found_before_loss must really sit before some same-category report's window
    for f in found:
        if f.get("negative") == "found_before_loss":
            if not any(l["category"] == f["category"] and f["found_at_min"] > l["lost_from_min"] for l in lost):
                fault("%s: found_before_loss but no same-category report begins after it" % f["key"])

    print("checked %s: %d lost (%d with truth, %d never handed in), %d found (%d true, %d hard negatives)"
          % (os.path.relpath(PATH), len(lost), counts["pairs"], counts["absent"], len(found), len(truth_of), nneg))
    print("negatives: " + ", ".join("%s %d" % (k, negs[k]) for k in sorted(negs)))
    print("cross-category pairs: %d; records with coordinates: %d" % (cross, counts["with_coords"]))
    print("numbers checked: %d full ID numbers (GB 11643), %d masked IDs, %d IMEIs (Luhn)"
          % (counts["id_numbers"], counts["masked_ids"], counts["imeis"]))
    bycat = collections.Counter(l["category"] for l in lost)
    print("lost by category: " + ", ".join("%s %d" % (k, bycat[k]) for k in sorted(bycat)))
    return report()


def report():
    if faults:
        for m in faults[:50]:
            print("FAULT:", m)
        print("%d fault(s)" % len(faults))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
