#!/usr/bin/env python3
"""Validate tests/lostfound/set113.json against the set brief. Exits non-zero on any fault."""

import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set113.json")
SEED = 113013
PFX = "S113"
PART = "set113"
N_LOST, N_TRUE, N_FOUND, N_NEG = 240, 150, 270, 120
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
LABELS = {"near_twin", "same_cat_color", "found_before_loss", "same_brand_far", "similar_place", "serial_near_miss",
          "same_number_other_thing"}
SHORT = ("color", "brand", "model", "serial", "address")
LOST_KEYS = {"key", "category", "body", "marks", "lat", "lon", "lost_from_min", "lost_to_min", "truth"} | set(SHORT)
FOUND_KEYS = {"key", "category", "body", "marks", "lat", "lon", "found_at_min", "negative"} | set(SHORT)
MAXMIN = 172800

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * x for c, x in zip(s[:17], w)) % 11] == s[17]


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


def check_numbers(key, text):
    n_id = n_imei = 0
    for m in re.finditer(r"(?<![0-9A-Za-z])(\d{17}[\dX])(?![0-9A-Za-z])", text):
        n_id += 1
        if not id_ok(m.group(1)):
            fault("%s: ID number %s fails the GB 11643 check digit" % (key, m.group(1)))
    for m in re.finditer(r"(?<!\d)(86[ -]?\d{6}[ -]?\d{6}[ -]?\d)(?!\d)", text):
        s = re.sub(r"[ -]", "", m.group(1))
        n_imei += 1
        if not luhn_ok(s):
            fault("%s: IMEI %s fails Luhn" % (key, m.group(1)))
    for m in re.finditer(r"(?<!\d)\d{16,19}(?![\dX])", text):
        if len(m.group(0)) != 18:
            fault("%s: a long digit run %s looks like a full card number" % (key, m.group(0)))
    return n_id, n_imei


def check_common(r, kind, allowed):
    k = r.get("key", "?")
    for f in r:
        if f not in allowed:
            fault("%s: unknown field %s" % (k, f))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (k, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % k)
    for f in SHORT:
        if f in r and (not isinstance(r[f], str) or not r[f] or len(r[f]) > 60):
            fault("%s: %s empty, not text or longer than 60" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"] or len(r["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat and lon must come together" % k)
    if "lat" in r:
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)) or \
                not (18.0 <= la <= 53.6 and 73.5 <= lo <= 135.1):
            fault("%s: lat/lon not inside China" % k)
    text = " ".join(str(r.get(f, "")) for f in ("body", "marks", "serial"))
    return check_numbers(k, text)


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def main():
    with open(PATH, encoding="utf-8") as fh:
        data = json.load(fh)
    if data.get("seed") != SEED:
        fault("seed is %r, want %d" % (data.get("seed"), SEED))
    if data.get("made_by") != "tests/lostfound/make_set113.py":
        fault("made_by is %r" % data.get("made_by"))
    parts = data.get("parts", {})
    if list(parts) != [PART]:
        fault("parts should hold exactly %s" % PART)
    part = parts.get(PART, {})
    lost, found = part.get("lost", []), part.get("found", [])
    if set(part) != {"lost", "found"}:
        fault("part keys are %s" % sorted(part))
    if len(lost) != N_LOST:
        fault("%d lost reports, want %d" % (len(lost), N_LOST))
    if len(found) != N_FOUND:
        fault("%d found items, want %d" % (len(found), N_FOUND))
    nid = nimei = 0
    for i, r in enumerate(lost):
        if r.get("key") != "%s-L%04d" % (PFX, i + 1):
            fault("lost #%d has key %r" % (i + 1, r.get("key")))
        a, b = check_common(r, "lost", LOST_KEYS)
        nid, nimei = nid + a, nimei + b
        lf, lt = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_int(lf) and is_int(lt) and MAXMIN >= lf >= lt >= 0):
            fault("%s: bad loss window %r..%r" % (r.get("key"), lf, lt))
        if "truth" not in r:
            fault("%s: no truth field" % r.get("key"))
    fby = {}
    for i, r in enumerate(found):
        if r.get("key") != "%s-F%04d" % (PFX, i + 1):
            fault("found #%d has key %r" % (i + 1, r.get("key")))
        fby[r.get("key")] = r
        a, b = check_common(r, "found", FOUND_KEYS)
        nid, nimei = nid + a, nimei + b
        fa = r.get("found_at_min")
        if not (is_int(fa) and 0 <= fa <= MAXMIN):
            fault("%s: bad found_at_min %r" % (r.get("key"), fa))
        if "negative" in r and r["negative"] not in LABELS:
            fault("%s: unknown negative label %r" % (r.get("key"), r["negative"]))
    owners = collections.Counter()
    cross = []
    for r in lost:
        t = r.get("truth")
        if t is None:
            continue
        if t not in fby:
            fault("%s: truth %s is not a found key" % (r["key"], t))
            continue
        owners[t] += 1
        f = fby[t]
        if "negative" in f:
            fault("%s: truth %s is labelled negative" % (r["key"], t))
        if is_int(f.get("found_at_min")) and is_int(r.get("lost_from_min")) and \
                f["found_at_min"] > r["lost_from_min"]:
            fault("%s: its item %s was found before the loss began" % (r["key"], t))
        if f.get("category") != r.get("category"):
            cross.append((r["key"], r["category"], t, f["category"]))
    for t, n in owners.items():
        if n > 1:
            fault("found %s is the truth of %d reports" % (t, n))
    n_true = sum(1 for r in lost if r.get("truth"))
    if n_true != N_TRUE:
        fault("%d reports with a truth, want %d" % (n_true, N_TRUE))
    for k, f in fby.items():
        if "negative" not in f and k not in owners:
            fault("%s: neither somebody's truth nor labelled negative" % k)
    negs = [f for f in found if "negative" in f]
    if len(negs) != N_NEG:
        fault("%d negatives, want %d" % (len(negs), N_NEG))
    if len(cross) > 5:
        fault("%d pairs under different categories, at most 5" % len(cross))
    # a found_before_loss negative must postdate... no: predate some same-category loss window
    for f in negs:
        if f["negative"] == "found_before_loss":
            if not any(r["category"] == f["category"] and r["lost_from_min"] < f["found_at_min"] for r in lost):
                fault("%s: found_before_loss but no same-category loss began after it" % f["key"])
        if f["negative"] == "same_number_other_thing":
            if not any(r["category"] != f["category"] for r in lost):
                fault("%s: same_number_other_thing without another category" % f["key"])

    # report
    print("checked %s" % os.path.relpath(PATH))
    print("  seed, made_by, one part %s; keys %s-L0001..L%04d and %s-F0001..F%04d in order" % (
        PART, PFX, len(lost), PFX, len(found)))
    print("  fields known, categories from the catalogue, body<=600, short fields<=60, marks<=500,")
    print("  lat/lon together and inside China, windows 0<=to<=from<=%d, found_at in 0..%d" % (MAXMIN, MAXMIN))
    print("  each truth a found key, used once, not a negative, found at or after the window start;")
    print("  every found item either a truth or a labelled negative")
    print("  %d ID numbers pass GB 11643, %d IMEIs pass Luhn, no full card numbers" % (nid, nimei))
    print("  lost %d: %d handed in, %d never turn up; found %d: %d true, %d negatives" % (
        len(lost), n_true, len(lost) - n_true, len(found), len(found) - len(negs), len(negs)))
    lc = collections.Counter(r["category"] for r in lost)
    tc = collections.Counter(r["category"] for r in lost if r.get("truth"))
    nc = collections.Counter(f["category"] for f in negs)
    fc = collections.Counter(f["category"] for f in found)
    print("  %-12s %5s %8s %6s %6s %9s" % ("category", "lost", "handedin", "never", "found", "negatives"))
    for c in sorted(CATS):
        print("  %-12s %5d %8d %6d %6d %9d" % (c, lc[c], tc[c], lc[c] - tc[c], fc[c], nc[c]))
    print("  negatives by label: " + ", ".join("%s %d" % (k, v) for k, v in
                                               sorted(collections.Counter(f["negative"] for f in negs).items())))
    print("  pairs under different categories (%d): %s" % (len(cross), "; ".join(
        "%s %s / %s %s" % c for c in cross)))
    if faults:
        print("FAULTS (%d):" % len(faults))
        for m in faults:
            print("  " + m)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
