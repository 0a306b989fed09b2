#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""check_set40.py: validates set40.json against the set brief; exits non-zero on any fault.

Standard library only; imports nothing from this folder, so it leaves no __pycache__ behind.
"""
import json
import os
import re
import sys

sys.dont_write_bytecode = True

NN = 40
PFX = "R3"
SEED = 20261240
WANT = {"lost": 400, "lost_true": 300, "found": 500, "negatives": 200}
HERE = os.path.dirname(os.path.abspath(__file__))
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
NEG_KINDS = ["same_cat_color_other_object", "found_before_loss", "same_brand_other_place_time", "ordinary_other_item"]
SHORT = ["color", "brand", "model", "serial", "address"]
MAXMIN = 172800
MAX_CROSS = 5

faults = []


def fault(msg):
    faults.append(msg)


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


def id_ok(s):
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    if "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], ID_W)) % 11] != s[17]:
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    return 1900 <= y <= 2026 and 1 <= m <= 12 and 1 <= d <= 31


def number_runs(text):
    """Digit runs, joining digits split by single spaces or dashes (an IMEI written '86 123456 ...')."""
    joined = re.sub(r"(?<=\d)[ \-](?=\d)", "", text)
    return re.findall(r"\d+[Xx]?", joined)


checked_numbers = {"imei": 0, "id": 0}


def check_numbers(where, text):
    for run in number_runs(text):
        digits = run.rstrip("Xx")
        if run[-1] in "Xx":
            if len(digits) == 17:
                checked_numbers["id"] += 1
                if not id_ok(run):
                    fault("%s: ID number %s fails the GB 11643 check" % (where, run))
            continue
        n = len(digits)
        if n == 15:
            checked_numbers["imei"] += 1
            if not luhn_ok(digits):
                fault("%s: IMEI %s fails the Luhn check" % (where, digits))
        elif n == 18:
            checked_numbers["id"] += 1
            if not id_ok(digits):
                fault("%s: 18-digit number %s is not a valid ID number" % (where, digits))
        elif n in (16, 17) or n >= 19:
            fault("%s: a %d-digit number %s (a whole bank card?)" % (where, n, digits))


def in_china(lat, lon):
    return 18.0 <= lat <= 53.6 and 73.5 <= lon <= 135.1


def check_common(r, kind, n):
    where = "%s %s" % (kind, r.get("key"))
    want_key = "%s-%s%04d" % (PFX, "L" if kind == "lost" else "F", n)
    if r.get("key") != want_key:
        fault("%s: key should be %s" % (where, want_key))
    if r.get("category") not in CATS:
        fault("%s: category %r not in the catalogue" % (where, r.get("category")))
    body = r.get("body")
    if not isinstance(body, str) or not body.strip():
        fault("%s: empty body" % where)
    elif len(body) > 600:
        fault("%s: body longer than 600" % where)
    for f in SHORT:
        if f in r:
            if not isinstance(r[f], str) or not r[f].strip():
                fault("%s: %s is not a non-empty string" % (where, f))
            elif len(r[f]) > 60:
                fault("%s: %s longer than 60" % (where, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
        fault("%s: bad marks" % where)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat and lon must come together" % where)
    if "lat" in r:
        if not all(isinstance(r[k], (int, float)) and not isinstance(r[k], bool) for k in ("lat", "lon")):
            fault("%s: lat/lon not numbers" % where)
        elif not in_china(r["lat"], r["lon"]):
            fault("%s: lat/lon outside China" % where)
    for f in ["body", "marks", "serial", "model", "address", "brand", "color"]:
        if isinstance(r.get(f), str):
            check_numbers("%s.%s" % (where, f), r[f])
    allowed = set(["key", "category", "body", "marks", "lat", "lon"] + SHORT)
    allowed |= {"lost_from_min", "lost_to_min", "truth"} if kind == "lost" else {"found_at_min", "negative"}
    extra = sorted(set(r) - allowed)
    if extra:
        fault("%s: unexpected fields %s" % (where, extra))


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def main():
    path = os.path.join(HERE, "set%d.json" % NN)
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    if data.get("seed") != SEED:
        fault("seed is %r, want %d" % (data.get("seed"), SEED))
    if data.get("made_by") != "tests/lostfound/make_set%d.py" % NN:
        fault("made_by is %r" % data.get("made_by"))
    parts = data.get("parts", {})
    if list(parts) != ["set%d" % NN]:
        fault("parts should hold exactly set%d" % NN)
    part = parts.get("set%d" % NN, {})
    found, lost = part.get("found", []), part.get("lost", [])
    for n, r in enumerate(found, 1):
        check_common(r, "found", n)
        if not is_int(r.get("found_at_min")) or not 0 <= r["found_at_min"] <= MAXMIN:
            fault("found %s: found_at_min %r out of 0..%d" % (r.get("key"), r.get("found_at_min"), MAXMIN))
        if "negative" in r and r["negative"] not in NEG_KINDS:
            fault("found %s: unknown negative label %r" % (r.get("key"), r["negative"]))
    for n, r in enumerate(lost, 1):
        check_common(r, "lost", n)
        lf, lt = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_int(lf) and is_int(lt) and MAXMIN >= lf >= lt >= 0):
            fault("lost %s: window %r..%r breaks lost_from_min >= lost_to_min >= 0" % (r.get("key"), lf, lt))
        if "truth" not in r:
            fault("lost %s: no truth field" % r.get("key"))
    fmap = {r.get("key"): r for r in found}
    if len(fmap) != len(found):
        fault("duplicate found keys")
    if len({r.get("key") for r in lost}) != len(lost):
        fault("duplicate lost keys")
    used = {}
    cross = []
    for r in lost:
        t = r.get("truth")
        if t is None:
            continue
        if t not in fmap:
            fault("lost %s: truth %r is not a found item" % (r["key"], t))
            continue
        if t in used:
            fault("found %s is the truth of both %s and %s" % (t, used[t], r["key"]))
        used[t] = r["key"]
        fi = fmap[t]
        if "negative" in fi:
            fault("lost %s: its truth %s is labelled negative" % (r["key"], t))
        if is_int(fi.get("found_at_min")) and is_int(r.get("lost_from_min")) and fi["found_at_min"] > r["lost_from_min"]:
            fault("lost %s: true item %s was found before the loss began" % (r["key"], t))
        if fi.get("category") != r.get("category"):
            cross.append((r["key"], r.get("category"), t, fi.get("category")))
    for r in found:
        if r["key"] not in used and "negative" not in r:
            fault("found %s is nobody's truth but carries no negative label" % r["key"])
    # a negative labelled found_before_loss must have been picked up before some same-category loss began
    for r in found:
        if r.get("negative") == "found_before_loss":
            if not any(l.get("category") == r.get("category") and is_int(l.get("lost_from_min"))
                       and l["lost_from_min"] < r["found_at_min"] for l in lost):
                fault("found %s: labelled found_before_loss but no %s loss began after it was found" % (
                    r["key"], r.get("category")))
    if len(cross) > MAX_CROSS:
        fault("%d pairs sit under different categories (at most %d)" % (len(cross), MAX_CROSS))
    # each side written separately: no body is shared between the two registrations
    lb = {r.get("body") for r in lost}
    for r in found:
        if r.get("body") in lb:
            fault("found %s has the same body as a lost report" % r["key"])
    n_true = sum(1 for r in lost if r.get("truth"))
    n_neg = sum(1 for r in found if "negative" in r)
    got = {"lost": len(lost), "lost_true": n_true, "found": len(found), "negatives": n_neg}
    for k, v in WANT.items():
        if got[k] != v:
            fault("count %s is %d, want %d" % (k, got[k], v))

    # report
    print("checked %s" % os.path.relpath(path, os.getcwd()))
    print("  %d lost reports (%d with a true item, %d never handed in), %d found items (%d hard negatives)" % (
        len(lost), n_true, len(lost) - n_true, len(found), n_neg))
    print("  keys, categories, field types and lengths, lat/lon pairs inside China, loss windows, found times")
    print("  truth links: each found item the truth of at most one report, never before the loss began,")
    print("  every other found item labelled; %d pairs filed under different categories:" % len(cross))
    for c in cross:
        print("    %s %s <- %s %s" % c)
    print("  numbers in text: %d IMEI-length runs Luhn-checked, %d ID numbers GB 11643-checked, no whole card numbers" % (
        checked_numbers["imei"], checked_numbers["id"]))
    print("  %-12s %6s %6s %6s %6s" % ("category", "lost", "true", "never", "found"))
    for c in CATS:
        lc = [r for r in lost if r.get("category") == c]
        print("  %-12s %6d %6d %6d %6d" % (c, len(lc), sum(1 for r in lc if r.get("truth")),
                                           sum(1 for r in lc if not r.get("truth")),
                                           sum(1 for r in found if r.get("category") == c)))
    for k in NEG_KINDS:
        print("  negative %-30s %4d" % (k, sum(1 for r in found if r.get("negative") == k)))
    if faults:
        print("FAULTS (%d):" % len(faults))
        for f in faults[:200]:
            print("  " + f)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
