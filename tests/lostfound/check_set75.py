#!/usr/bin/env python3
"""Validates tests/lostfound/set75.json against the brief; exits non-zero on any fault.

    python3 tests/lostfound/check_set75.py

Checks the document shape, every field of every lost report and found item, the truth links and
their time order, the counts (150 pairs, 90 never handed in, 120 labelled hard negatives), that
every full ID number carries a valid GB 11643 check digit and every IMEI a valid Luhn digit, that
no full bank card number or unmasked mobile number appears, where the coordinates lie, and that
the writer reproduces the file byte for byte under two different PYTHONHASHSEEDs.
Python 3 standard library only.
"""
import json
import math
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set75.json")
WRITER = os.path.join(HERE, "make_set75.py")
PART, PFX, SEED = "set75", "S75", 7575
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
NEG_KINDS = ["same_cat_color", "found_before_loss", "same_brand_far", "same_spot_other_item", "serial_near_miss",
             "lookalike_other_mark"]
WANT_PAIRS, WANT_NULL, WANT_NEG = 150, 90, 120
MAX_MIN = 172800
LJ_CENTRE = (29.5600, 106.5500)
TEXT = ["body", "color", "brand", "model", "serial", "marks", "address"]
SHORT = ["color", "brand", "model", "serial", "address"]

faults = []
checked = []


def fault(msg):
    faults.append(msg)


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def id_ok(n):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    if not re.fullmatch(r"\d{17}[\dX]", n):
        return False
    y, m, d = int(n[6:10]), int(n[10:12]), int(n[12:14])
    if not (1900 <= y <= 2025 and 1 <= m <= 12 and 1 <= d <= 31):
        return False
    return "10X98765432"[sum(int(a) * b for a, b in zip(n[:17], w)) % 11] == n[17]


def luhn_ok(n):
    tot = 0
    for i, ch in enumerate(reversed(n)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


NUM_RUN = re.compile(r"(?<![\dA-Za-z])\d(?:[ \-]?\d)*(?:[ \-]?[Xx])?(?![\dA-Za-z])")


def scan_numbers(key, field, text, stats):
    for m in NUM_RUN.finditer(text):
        raw = m.group(0)
        n = re.sub(r"[ \-]", "", raw).upper()
        if len(n) == 18:
            stats["id"] += 1
            if not id_ok(n):
                fault("%s.%s: 18-character number %r fails GB 11643" % (key, field, raw))
        elif len(n) == 15:
            stats["imei"] += 1
            if not n.isdigit() or not luhn_ok(n):
                fault("%s.%s: 15-digit number %r fails Luhn" % (key, field, raw))
        elif len(n) in (16, 17, 19):
            fault("%s.%s: %d-digit run %r looks like a full card number" % (key, field, len(n), raw))
        elif len(n) == 11 and n.startswith("1"):
            fault("%s.%s: unmasked mobile number %r" % (key, field, raw))
        if n.endswith("X") and len(n) not in (4, 18):     # an ID number, or an ID tail such as 尾号640X
            fault("%s.%s: stray X in %r" % (key, field, raw))


def check_common(r, key, stats):
    if r.get("category") not in CATS:
        fault("%s: category %r not in catalogue" % (key, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip():
        fault("%s: empty body" % key)
    elif len(b) > 600:
        fault("%s: body %d > 600 characters" % (key, len(b)))
    for f in SHORT:
        if f in r:
            v = r[f]
            if not isinstance(v, str) or not v.strip():
                fault("%s.%s: empty or not a string" % (key, f))
            elif len(v) > 60:
                fault("%s.%s: %d > 60 characters" % (key, f, len(v)))
    if "marks" in r:
        v = r["marks"]
        if not isinstance(v, str) or not v.strip():
            fault("%s.marks: empty or not a string" % key)
        elif len(v) > 500:
            fault("%s.marks: %d > 500 characters" % (key, len(v)))
    has_lat, has_lon = "lat" in r, "lon" in r
    if has_lat != has_lon:
        fault("%s: lat and lon must come together" % key)
    if has_lat and has_lon:
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)):
            fault("%s: lat/lon not numbers" % key)
        elif not (18.0 <= la <= 54.0 and 73.0 <= lo <= 135.5):
            fault("%s: lat/lon %s,%s outside China" % (key, la, lo))
    for f in TEXT:
        if isinstance(r.get(f), str):
            scan_numbers(key, f, r[f], stats)


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def main():
    raw = open(PATH, "rb").read()
    doc = json.loads(raw.decode("utf-8"))
    if sorted(doc) != ["made_by", "parts", "seed"]:
        fault("top level keys %r" % sorted(doc))
    if doc.get("seed") != SEED:
        fault("seed %r != %d" % (doc.get("seed"), SEED))
    if doc.get("made_by") != "tests/lostfound/make_set75.py":
        fault("made_by %r" % doc.get("made_by"))
    if list(doc.get("parts", {})) != [PART]:
        fault("parts %r" % list(doc.get("parts", {})))
    part = doc["parts"][PART]
    if sorted(part) != ["found", "lost"]:
        fault("part keys %r" % sorted(part))
    lost, found = part["lost"], part["found"]
    checked.append("document shape, seed %d, made_by, one part %r" % (SEED, PART))

    stats = {"id": 0, "imei": 0}
    lost_allowed = set(["key", "category", "body", "lost_from_min", "lost_to_min", "truth", "lat", "lon", "marks"] + SHORT)
    found_allowed = set(["key", "category", "body", "found_at_min", "negative", "lat", "lon", "marks"] + SHORT)

    fkeys = {}
    for i, f in enumerate(found):
        want = "%s-F%04d" % (PFX, i + 1)
        key = f.get("key")
        if key != want:
            fault("found #%d key %r, expected %r" % (i, key, want))
        fkeys[key] = f
        extra = set(f) - found_allowed
        if extra:
            fault("%s: unexpected fields %s" % (key, sorted(extra)))
        check_common(f, key, stats)
        t = f.get("found_at_min")
        if not is_int(t) or not (0 <= t <= MAX_MIN):
            fault("%s: found_at_min %r not an integer in 0..%d" % (key, t, MAX_MIN))
    checked.append("%d found items: keys %s-F0001.. in order, fields, lengths, found_at_min range" % (len(found), PFX))

    used = {}
    pairs = nulls = cross = 0
    for i, r in enumerate(lost):
        want = "%s-L%04d" % (PFX, i + 1)
        key = r.get("key")
        if key != want:
            fault("lost #%d key %r, expected %r" % (i, key, want))
        extra = set(r) - lost_allowed
        if extra:
            fault("%s: unexpected fields %s" % (key, sorted(extra)))
        if "truth" not in r:
            fault("%s: no truth field" % key)
        check_common(r, key, stats)
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_int(a) and is_int(b)):
            fault("%s: loss window not integers" % key)
            continue
        if not (MAX_MIN >= a >= b >= 0):
            fault("%s: need %d >= lost_from_min %d >= lost_to_min %d >= 0" % (key, MAX_MIN, a, b))
        tr = r.get("truth")
        if tr is None:
            nulls += 1
            continue
        pairs += 1
        if tr not in fkeys:
            fault("%s: truth %r is not a found key" % (key, tr))
            continue
        if tr in used:
            fault("%s: truth %s already the truth of %s" % (key, tr, used[tr]))
        used[tr] = key
        f = fkeys[tr]
        if is_int(f.get("found_at_min")) and f["found_at_min"] > a:
            fault("%s: its item %s was found (%d min ago) before the loss window began (%d min ago)" % (key, tr, f["found_at_min"], a))
        if "negative" in f:
            fault("%s: truth %s carries a negative label" % (key, tr))
        if f.get("category") != r.get("category"):
            cross += 1
    checked.append("%d lost reports: keys %s-L0001.. in order, fields, lengths, lost_from_min >= lost_to_min >= 0" % (len(lost), PFX))
    checked.append("truth links: each found item the truth of at most one report; every true item found at or after its loss began")
    if cross > 5:
        fault("%d cross-category pairs > 5" % cross)
    checked.append("cross-category pairs: %d (at most 5)" % cross)

    negs = {}
    for k, f in fkeys.items():
        if k in used:
            continue
        lab = f.get("negative")
        if not isinstance(lab, str) or not lab:
            fault("%s: nobody's truth but has no negative label" % k)
            continue
        if lab not in NEG_KINDS:
            fault("%s: unknown negative label %r" % (k, lab))
        negs[lab] = negs.get(lab, 0) + 1
    nneg = sum(negs.values())
    checked.append("every found item that is nobody's truth carries a negative label from %s" % ", ".join(NEG_KINDS))

    if pairs != WANT_PAIRS:
        fault("%d pairs, expected %d" % (pairs, WANT_PAIRS))
    if nulls != WANT_NULL:
        fault("%d reports never handed in, expected %d" % (nulls, WANT_NULL))
    if nneg != WANT_NEG:
        fault("%d negatives, expected %d" % (nneg, WANT_NEG))
    if len(found) != WANT_PAIRS + WANT_NEG:
        fault("%d found items, expected %d" % (len(found), WANT_PAIRS + WANT_NEG))
    checked.append("counts: %d pairs, %d never handed in, %d negatives (%s)" % (
        pairs, nulls, nneg, ", ".join("%s %d" % (k, negs[k]) for k in sorted(negs))))

    # where things are
    far_bad = near_bad = 0
    for rec in list(lost) + list(found):
        if "lat" not in rec or not isinstance(rec.get("lat"), (int, float)):
            continue
        d = km(LJ_CENTRE, (rec["lat"], rec["lon"]))
        if rec.get("negative") == "same_brand_far":
            if not (15.0 <= d <= 35.0):
                far_bad += 1
                fault("%s: same_brand_far decoy only %.1f km from the district" % (rec["key"], d))
        elif d > 6.0:
            near_bad += 1
            fault("%s: %.1f km from the district centre" % (rec["key"], d))
    checked.append("coordinates: in-district records within 6 km of %s; same_brand_far decoys 15-35 km away" % (LJ_CENTRE,))

    # a found_before_loss decoy must predate the loss of some report of its category
    for k, f in fkeys.items():
        if f.get("negative") == "found_before_loss":
            if not any(r["category"] == f["category"] and r["lost_from_min"] < f["found_at_min"] for r in lost):
                fault("%s: found_before_loss but found after every %s loss began" % (k, f["category"]))
    checked.append("found_before_loss decoys each predate the start of a loss window in their category")
    checked.append("numbers: %d full ID numbers pass GB 11643, %d IMEIs pass Luhn; no 16/17/19-digit card numbers, no unmasked mobiles"
                   % (stats["id"], stats["imei"]))

    # reproducibility
    for seed in ("0", "1"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        out = subprocess.run([sys.executable, WRITER, "--stdout"], env=env, stdout=subprocess.PIPE, check=False)
        if out.returncode != 0:
            fault("writer failed under PYTHONHASHSEED=%s" % seed)
        elif out.stdout != raw:
            fault("writer output under PYTHONHASHSEED=%s differs from set75.json" % seed)
    checked.append("writer reproduces set75.json byte for byte under PYTHONHASHSEED=0 and 1")

    print("check_set75: checked")
    for c in checked:
        print("  - " + c)
    bycat = {}
    for r in lost:
        bycat.setdefault(r["category"], [0, 0, 0, 0])
        bycat[r["category"]][0 if r["truth"] else 1] += 1
    for f in found:
        bycat.setdefault(f["category"], [0, 0, 0, 0])
        bycat[f["category"]][2 if "negative" not in f else 3] += 1
    print("  %-12s %6s %6s %6s %6s" % ("category", "pairs", "null", "f.true", "f.neg"))
    for c in CATS:
        v = bycat.get(c, [0, 0, 0, 0])
        print("  %-12s %6d %6d %6d %6d" % (c, v[0], v[1], v[2], v[3]))
    if faults:
        print("FAULTS (%d):" % len(faults))
        for f in faults:
            print("  * " + f)
        sys.exit(1)
    print("OK: no faults")


if __name__ == "__main__":
    main()
