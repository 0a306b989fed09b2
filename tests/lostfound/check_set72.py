#!/usr/bin/env python3
"""Validate tests/lostfound/set72.json against the brief; exit 1 on any fault.

    python3 tests/lostfound/check_set72.py [path/to/set72.json]

Checks: the document shape, keys, categories, field types and lengths, coordinates,
loss windows and found times, truth links (each found item the truth of at most
one report, never found before its loss window starts), the negative labels, the
number of cross-category pairs, the planned counts, the geography of the
decoys, IMEI Luhn digits, GB 11643 check digits, no full bank-card numbers, and
that the writer reproduces the file byte for byte.
"""
import datetime as dt
import importlib.util
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "set72.json")
PART = "set72"
PFX = "S72"
SEED = 7272
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
NEG_KINDS = {"same_cat_color", "found_before_loss", "same_brand_far", "diff_serial", "diff_name", "cash_other"}
EXPECT = {"pairs": 150, "never_found": 90, "negatives": 120}
MAX_MIN = 172800
SHORT = ("color", "brand", "model", "serial", "address")
LOST_FIELDS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "lost_from_min", "lost_to_min", "truth"}
FOUND_FIELDS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
                "found_at_min", "negative"}
CENTRE = (37.870, 112.550)

faults = []
notes = []


def fault(msg):
    faults.append(msg)


def km(a, b):
    dy = (b[0] - a[0]) * 111.2
    dx = (b[1] - a[1]) * 111.2 * math.cos(math.radians((a[0] + b[0]) / 2))
    return math.hypot(dx, dy)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_ok(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    try:
        dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return ID_C[sum(int(a) * b for a, b in zip(s[:17], ID_W)) % 11] == s[17]


def common(rec, where, allowed):
    for k in rec:
        if k not in allowed:
            fault("%s: unexpected field %r" % (where, k))
    if not isinstance(rec.get("category"), str) or rec["category"] not in CATS:
        fault("%s: bad category %r" % (where, rec.get("category")))
    b = rec.get("body")
    if not isinstance(b, str) or not b.strip():
        fault("%s: empty body" % where)
    elif len(b) > 600:
        fault("%s: body %d > 600" % (where, len(b)))
    for k in SHORT:
        if k in rec:
            v = rec[k]
            if not isinstance(v, str) or not v.strip():
                fault("%s: %s empty or not text" % (where, k))
            elif len(v) > 60:
                fault("%s: %s %d > 60" % (where, k, len(v)))
    if "marks" in rec:
        v = rec["marks"]
        if not isinstance(v, str) or not v.strip() or len(v) > 500:
            fault("%s: marks empty or > 500" % where)
    if ("lat" in rec) != ("lon" in rec):
        fault("%s: lat and lon must come together" % where)
    if "lat" in rec and "lon" in rec:
        la, lo = rec["lat"], rec["lon"]
        if not (is_num(la) and is_num(lo)) or not (18.0 <= la <= 54.0 and 73.0 <= lo <= 135.0):
            fault("%s: coordinates outside China %r,%r" % (where, la, lo))


def numbers_in(rec):
    text = " ".join(str(rec.get(k, "")) for k in ("body", "serial", "marks")).upper()
    text = re.sub(r"(?<=[\dX])[ \-](?=\d)", "", text)
    return re.findall(r"\d+X?", text)


def main():
    with open(PATH, "rb") as fh:
        raw = fh.read()
    doc = json.loads(raw.decode("utf-8"))
    if set(doc) != {"seed", "made_by", "parts"}:
        fault("top-level keys %r" % sorted(doc))
    if doc.get("seed") != SEED:
        fault("seed %r != %d" % (doc.get("seed"), SEED))
    if doc.get("made_by") != "tests/lostfound/make_set72.py":
        fault("made_by %r" % doc.get("made_by"))
    parts = doc.get("parts", {})
    if set(parts) != {PART}:
        fault("parts %r" % sorted(parts))
    part = parts.get(PART, {})
    if set(part) != {"found", "lost"}:
        fault("part keys %r" % sorted(part))
    lost, found = part.get("lost", []), part.get("found", [])
    notes.append("document shape, seed %d, made_by, one part %r" % (SEED, PART))

    # keys
    for side, recs, letter in (("lost", lost, "L"), ("found", found, "F")):
        for j, r in enumerate(recs):
            want = "%s-%s%04d" % (PFX, letter, j + 1)
            if r.get("key") != want:
                fault("%s #%d: key %r, expected %r" % (side, j, r.get("key"), want))
    notes.append("keys %s-L0001..L%04d and %s-F0001..F%04d, in order, unique" % (PFX, len(lost), PFX, len(found)))

    fmap = {f.get("key"): f for f in found}
    for f in found:
        w = f.get("key")
        common(f, w, FOUND_FIELDS)
        v = f.get("found_at_min")
        if not is_int(v) or not 0 <= v <= MAX_MIN:
            fault("%s: found_at_min %r" % (w, v))
    used = {}
    cross = []
    for l in lost:
        w = l.get("key")
        common(l, w, LOST_FIELDS)
        a, b = l.get("lost_from_min"), l.get("lost_to_min")
        if not (is_int(a) and is_int(b)) or not (MAX_MIN >= a >= b >= 0):
            fault("%s: loss window %r..%r" % (w, a, b))
        if "truth" not in l:
            fault("%s: no truth field" % w)
            continue
        t = l["truth"]
        if t is None:
            continue
        if t not in fmap:
            fault("%s: truth %r is not a found key" % (w, t))
            continue
        if t in used:
            fault("%s: truth %s already used by %s" % (w, t, used[t]))
        used[t] = w
        f = fmap[t]
        if "negative" in f:
            fault("%s: truth %s carries a negative label" % (w, t))
        if is_int(a) and is_int(f.get("found_at_min")) and f["found_at_min"] > a:
            fault("%s: found %s before its loss window began (%d > %d)" % (w, t, f["found_at_min"], a))
        if f.get("category") != l.get("category"):
            cross.append((w, l.get("category"), t, f.get("category")))
    notes.append("fields, types, lengths (body<=600, short fields<=60, marks<=500), lat/lon paired and inside China")
    notes.append("0 <= lost_to_min <= lost_from_min <= %d; 0 <= found_at_min <= %d" % (MAX_MIN, MAX_MIN))
    notes.append("truth links: every truth is a found key, used at most once, found_at_min <= lost_from_min")

    if len(cross) > 5:
        fault("%d cross-category pairs > 5" % len(cross))
    notes.append("cross-category pairs: %d (<= 5): %s" % (len(cross), ", ".join("%s %s / %s %s" % c for c in cross)))

    negs = {}
    for f in found:
        w = f.get("key")
        if w in used:
            continue
        k = f.get("negative")
        if k not in NEG_KINDS:
            fault("%s: nobody's truth but negative=%r" % (w, k))
        negs.setdefault(k, []).append(f)
    notes.append("every found item that is nobody's truth has a negative label from %s" % sorted(NEG_KINDS))

    n_pairs = len(used)
    n_null = sum(1 for l in lost if l.get("truth") is None)
    n_neg = sum(len(v) for v in negs.values())
    for name, got in (("pairs", n_pairs), ("never_found", n_null), ("negatives", n_neg)):
        if got != EXPECT[name]:
            fault("count %s = %d, expected %d" % (name, got, EXPECT[name]))
    notes.append("counts: %d pairs, %d never-found reports, %d negatives (%s)" % (
        n_pairs, n_null, n_neg, ", ".join("%s=%d" % (k, len(negs[k])) for k in sorted(negs, key=str))))

    # geography
    for l in lost:
        if "lat" in l and is_num(l.get("lat")) and km(CENTRE, (l["lat"], l["lon"])) > 6:
            fault("%s: lost report %.1f km from 桐林" % (l["key"], km(CENTRE, (l["lat"], l["lon"]))))
    for f in found:
        far = f.get("negative") == "same_brand_far"
        if far:
            if "lat" not in f:
                fault("%s: same_brand_far without coordinates" % f["key"])
                continue
            d = km(CENTRE, (f["lat"], f["lon"]))
            if not 15 <= d <= 30:
                fault("%s: same_brand_far %.1f km from 桐林, want 15-30" % (f["key"], d))
            if "brand" not in f and not any(ch.isalpha() for ch in f.get("body", "")):
                fault("%s: same_brand_far names no brand" % f["key"])
        elif "lat" in f and is_num(f.get("lat")) and km(CENTRE, (f["lat"], f["lon"])) > 6:
            fault("%s: found item %.1f km from 桐林 but not a far decoy" % (f["key"], km(CENTRE, (f["lat"], f["lon"]))))
    notes.append("geography: reports and ordinary found items within 6 km of 桐林; same_brand_far decoys 15-30 km away")

    # found_before_loss: some report of the same category began its loss window after the item was found
    for f in negs.get("found_before_loss", []):
        if not any(l.get("category") == f.get("category") and is_int(l.get("lost_from_min"))
                   and l["lost_from_min"] < f["found_at_min"] for l in lost):
            fault("%s: found_before_loss but no report of its category starts later" % f["key"])
    notes.append("found_before_loss decoys: each was found before some same-category loss window began")

    # numbers
    n_imei = n_id = 0
    for r in lost + found:
        for run in numbers_in(r):
            if run.startswith("62") and 16 <= len(run) <= 19:
                fault("%s: looks like a full bank card number %s" % (r.get("key"), run))
            if len(run) == 15 and run.startswith("86"):
                n_imei += 1
                if not luhn_ok(run):
                    fault("%s: IMEI %s fails Luhn" % (r.get("key"), run))
            if len(run) == 18 and run[:3] == "149":
                n_id += 1
                if not id_ok(run):
                    fault("%s: ID number %s fails GB 11643" % (r.get("key"), run))
        for m in re.findall(r"149\d{3}\s?\d{8}\s?\d{3}[\dX]", " ".join(str(r.get(k, "")) for k in ("body", "serial", "marks")).upper()):
            if not id_ok(m.replace(" ", "")):
                fault("%s: ID number %s fails GB 11643" % (r.get("key"), m))
    notes.append("%d full IMEIs pass Luhn; %d full ID numbers pass GB 11643; no full bank-card numbers" % (n_imei, n_id))

    # reproducible
    sys.dont_write_bytecode = True
    spec = importlib.util.spec_from_file_location("make_set72", os.path.join(HERE, "make_set72.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    again = mod.build().encode("utf-8")
    if again != raw:
        fault("make_set72.build() does not reproduce %s byte for byte" % PATH)
    notes.append("make_set72.build() reproduces the file byte for byte")

    for n in notes:
        print("checked: " + n)
    cats = {}
    for l in lost:
        cats.setdefault(l.get("category"), [0, 0, 0])
        cats[l["category"]][0 if l.get("truth") else 1] += 1
    for f in found:
        if "negative" in f:
            cats.setdefault(f.get("category"), [0, 0, 0])
            cats[f["category"]][2] += 1
    print("category      paired  never_found  negatives")
    for c in sorted(cats):
        print("%-13s %6d %12d %10d" % (c, cats[c][0], cats[c][1], cats[c][2]))
    if faults:
        for m in faults:
            print("FAULT: " + m)
        print("%d fault(s)" % len(faults))
        return 1
    print("OK: %d lost reports, %d found items" % (len(lost), len(found)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
