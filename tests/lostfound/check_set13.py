#!/usr/bin/env python3
"""check_set13.py - validates set13.json (written by make_set13.py).

Checks the format the bench reads, the labels, the times, the categories, the ID
numbers (GB 11643 check digit and birth date), IMEIs (Luhn) and bank card numbers
(Luhn) wherever one is written out in full, and the counts.  Prints what it checks;
exits 1 on any fault.  Python 3 standard library only.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set13.json")

CATEGORIES = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
NEGATIVES = ["decoy", "decoy_vague", "twin", "before_loss", "other_place", "unclaimed"]
TEXT_FIELDS = ["color", "brand", "model", "serial", "marks", "address"]
FOUND_KEYS = ["key", "category", "body", "found_at_min"] + TEXT_FIELDS + ["lat", "lon", "negative"]
LOST_KEYS = ["key", "category", "body", "lost_from_min", "lost_to_min", "truth"] + TEXT_FIELDS + ["lat", "lon"]
LIMIT_MIN = 172800
LIMITS = {"body": 600, "marks": 500, "color": 60, "brand": 60, "model": 60, "serial": 60, "address": 60}
LAT_RANGE, LON_RANGE = (22.8, 23.5), (113.0, 113.5)
COUNTS = {"lost": (200, 220), "lost_true": (140, 160), "lost_null": (55, 65), "found": (290, 310)}

faults = []


def fault(msg):
    faults.append(msg)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_ok(num):
    body, last = num[:17], num[17].upper()
    if "10X98765432"[sum(int(c) * w for c, w in zip(body, ID_W)) % 11] != last:
        return False
    try:
        born = datetime.date(int(num[6:10]), int(num[10:12]), int(num[12:14]))
    except ValueError:
        return False
    return datetime.date(1900, 1, 1) <= born <= datetime.date(2026, 12, 31)


# a run of digits, possibly grouped by single spaces or dashes, possibly ending in X/x,
# not glued to other letters or digits (masked numbers break at '*', prefixed frame
# numbers such as LYD123... are not numbers of these kinds)
RUN = re.compile(r"(?<![0-9A-Za-z*])(\d(?:[ \-]?\d)*(?:[Xx])?)(?![0-9A-Za-z*])")
seen = {"id": 0, "imei": 0, "card": 0}


def check_numbers(where, text):
    for mo in RUN.finditer(text):
        compact = re.sub(r"[ \-]", "", mo.group(1))
        n = len(compact)
        if compact[-1] in "Xx":
            if n == 18:
                seen["id"] += 1
                if not id_ok(compact):
                    fault("%s: ID number %r fails GB 11643" % (where, mo.group(1)))
            continue
        if n == 18:
            seen["id"] += 1
            if not id_ok(compact):
                fault("%s: ID number %r fails GB 11643" % (where, mo.group(1)))
        elif n == 15:
            seen["imei"] += 1
            if not luhn_ok(compact):
                fault("%s: IMEI %r fails Luhn" % (where, mo.group(1)))
        elif n in (16, 19):
            seen["card"] += 1
            if not luhn_ok(compact):
                fault("%s: card number %r fails Luhn" % (where, mo.group(1)))
        elif n > 12:
            fault("%s: unexplained %d-digit number %r" % (where, n, mo.group(1)))


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def check_entry(e, side, allowed):
    where = "%s %s" % (side, e.get("key"))
    for k in e:
        if k not in allowed:
            fault("%s: unknown field %r" % (where, k))
    for k in allowed[:4] + (["lost_to_min", "truth"] if side == "lost" else []):
        if k not in e:
            fault("%s: missing %r" % (where, k))
    if e.get("category") not in CATEGORIES:
        fault("%s: bad category %r" % (where, e.get("category")))
    for k, lim in LIMITS.items():
        if k in e:
            v = e[k]
            if not isinstance(v, str) or not v.strip():
                fault("%s: %s must be a non-empty string" % (where, k))
            elif len(v) > lim:
                fault("%s: %s has %d characters (limit %d)" % (where, k, len(v), lim))
            elif any(ord(c) < 32 for c in v):
                fault("%s: control character in %s" % (where, k))
            else:
                check_numbers("%s.%s" % (where, k), v)
    if ("lat" in e) != ("lon" in e):
        fault("%s: lat without lon or lon without lat" % where)
    if "lat" in e:
        if not (isinstance(e["lat"], float) and LAT_RANGE[0] <= e["lat"] <= LAT_RANGE[1]):
            fault("%s: lat %r outside the city" % (where, e["lat"]))
        if not (isinstance(e.get("lon"), float) and LON_RANGE[0] <= e["lon"] <= LON_RANGE[1]):
            fault("%s: lon %r outside the city" % (where, e.get("lon")))


def main():
    print("check_set13: reading %s" % os.path.relpath(PATH))
    raw = open(PATH, "rb").read()
    if not raw.endswith(b"\n"):
        fault("file does not end with a newline")
    data = json.loads(raw.decode("utf-8"))
    print("- top level: seed (int), made_by, parts.set13.{found,lost} and nothing else")
    if sorted(data) != ["made_by", "parts", "seed"] or not is_int(data.get("seed")):
        fault("top level keys %r / seed %r" % (sorted(data), data.get("seed")))
    if data.get("made_by") != "tests/lostfound/make_set13.py":
        fault("made_by is %r" % data.get("made_by"))
    if sorted(data.get("parts", {})) != ["set13"] or sorted(data["parts"]["set13"]) != ["found", "lost"]:
        fault("parts must be exactly set13 with found and lost")
        return
    found, lost = data["parts"]["set13"]["found"], data["parts"]["set13"]["lost"]

    print("- keys unique, M-F0001.. for found items and M-L0001.. for lost reports")
    keys = [e.get("key") for e in found + lost]
    if len(keys) != len(set(keys)):
        fault("duplicate keys")
    for e in found:
        if not re.fullmatch(r"M-F\d{4}", str(e.get("key"))):
            fault("bad found key %r" % e.get("key"))
    for e in lost:
        if not re.fullmatch(r"M-L\d{4}", str(e.get("key"))):
            fault("bad lost key %r" % e.get("key"))

    print("- fields known, lengths (body<=600, marks<=500, others<=60), categories, lat/lon pairs inside the city")
    print("- every full ID number passes GB 11643 (check digit, birth date); every full IMEI and bank card number passes Luhn")
    for e in found:
        check_entry(e, "found", FOUND_KEYS)
    for e in lost:
        check_entry(e, "lost", LOST_KEYS)

    print("- times: integer minutes before now, 0..%d; lost_from_min >= lost_to_min >= 0" % LIMIT_MIN)
    for e in found:
        t = e.get("found_at_min")
        if not is_int(t) or not 0 <= t <= LIMIT_MIN:
            fault("found %s: found_at_min %r" % (e.get("key"), t))
    for e in lost:
        a, b = e.get("lost_from_min"), e.get("lost_to_min")
        if not (is_int(a) and is_int(b) and LIMIT_MIN >= a >= b >= 0):
            fault("lost %s: lost_from_min %r / lost_to_min %r" % (e.get("key"), a, b))

    print("- truth: null or a found key; a true item is found after its loss began (found_at_min <= lost_from_min);")
    print("  no found item is the truth of two reports; true items carry no 'negative', all others carry a known one")
    by_key = dict((e.get("key"), e) for e in found)
    used = {}
    for e in lost:
        t = e.get("truth")
        if t is None:
            continue
        if t not in by_key:
            fault("lost %s: truth %r is not a found key" % (e["key"], t))
            continue
        if t in used:
            fault("found %s is the truth of %s and %s" % (t, used[t], e["key"]))
        used[t] = e["key"]
        f = by_key[t]
        if is_int(f.get("found_at_min")) and is_int(e.get("lost_from_min")) and f["found_at_min"] > e["lost_from_min"]:
            fault("lost %s: its item %s was found before the loss began" % (e["key"], t))
        if "negative" in f:
            fault("found %s is a truth but labelled negative %r" % (t, f["negative"]))
    for e in found:
        if e.get("key") not in used:
            if e.get("negative") not in NEGATIVES:
                fault("found %s is nobody's truth but has negative %r" % (e.get("key"), e.get("negative")))

    n_true = sum(1 for e in lost if e.get("truth"))
    got = {"lost": len(lost), "lost_true": n_true, "lost_null": len(lost) - n_true, "found": len(found)}
    print("- counts within the planned ranges %s" % ", ".join("%s %d..%d" % (k, lo, hi) for k, (lo, hi) in COUNTS.items()))
    for k, (lo, hi) in COUNTS.items():
        if not lo <= got[k] <= hi:
            fault("count %s = %d outside %d..%d" % (k, got[k], lo, hi))
    labels = {}
    for e in found:
        lab = e.get("negative", "true")
        labels[lab] = labels.get(lab, 0) + 1
    if labels.get("true", 0) != n_true:
        fault("%d true found items for %d reports with a truth" % (labels.get("true", 0), n_true))

    print()
    print("lost reports: %d (with a true found item %d, never found %d)" % (len(lost), n_true, len(lost) - n_true))
    print("found items:  %d (%s)" % (len(found), ", ".join("%s %d" % (k, labels[k]) for k in ["true"] + NEGATIVES if k in labels)))
    print("numbers checked: %d ID numbers, %d IMEIs, %d bank card numbers" % (seen["id"], seen["imei"], seen["card"]))
    print("%-12s %6s %6s %6s %7s" % ("category", "lost", "true", "null", "found"))
    for c in CATEGORIES:
        lc = [e for e in lost if e.get("category") == c]
        print("%-12s %6d %6d %6d %7d" % (c, len(lc), sum(1 for e in lc if e.get("truth")), sum(1 for e in lc if not e.get("truth")),
                                         sum(1 for e in found if e.get("category") == c)))
    cross = sum(1 for e in lost if e.get("truth") and by_key.get(e["truth"], {}).get("category") != e.get("category"))
    print("true pairs filed under different categories by owner and finder: %d" % cross)
    with_fields = sum(1 for e in found + lost if any(k in e for k in TEXT_FIELDS))
    print("entries with structured fields besides the body: %d of %d; with coordinates: %d" % (
        with_fields, len(found) + len(lost), sum(1 for e in found + lost if "lat" in e)))


if __name__ == "__main__":
    main()
    if faults:
        print()
        for f in faults:
            print("FAULT: " + f)
        print("check_set13: %d fault(s)" % len(faults))
        sys.exit(1)
    print("check_set13: OK")
