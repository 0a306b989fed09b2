#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate tests/lostfound/set71.json against the brief; exit non-zero on any fault.

Checks the file's shape, every registration's fields and limits, the labels (truth keys, negatives),
the time rule for true pairs, and the numbers written in the texts: every 18-character ID number
carries a valid GB 11643 check digit, every 15-digit IMEI a valid Luhn digit, and no full bank
card number (16 to 19 digits) appears anywhere.  Standard library only.
"""
import json
import math
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set71.json")
SEED = 7171
PART = "set71"
PFX = "S71"
MADE_BY = "tests/lostfound/make_set71.py"
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
NEGS = {"same_cat_color", "found_before_loss", "same_brand_far", "same_model_other_serial", "same_name_other_person",
        "card_tail_near_miss", "twin_sample", "same_spot_other_item"}
SHORT = ("color", "brand", "model", "serial", "address")
TEXT = ("body", "color", "brand", "model", "serial", "marks", "address")
LOST_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
             "lost_from_min", "lost_to_min", "truth"}
FOUND_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
              "found_at_min", "negative"}
MAXMIN = 172800
CENTER = (29.30, 120.07)
N_PAIRS, N_LONE, NEG_RANGE = 150, 90, (100, 140)

faults = []
checked = []


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


W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def gb_ok(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    if "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], W)) % 11] != s[17]:
        return False
    try:
        date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return True


def km(a, b):
    x = (b[1] - a[1]) * math.cos(math.radians((a[0] + b[0]) / 2)) * 111.32
    y = (b[0] - a[0]) * 110.57
    return math.hypot(x, y)


NUM_RUN = re.compile(r"\d+(?:[ \-]\d+)*[Xx]?")


def check_numbers(key, field, text, counts):
    for m in NUM_RUN.finditer(text):
        raw = m.group(0)
        s = re.sub(r"[ \-]", "", raw).upper()
        if len(s) == 15 and s.isdigit():
            counts["imei"] += 1
            if not luhn_ok(s):
                fault("%s %s: 15-digit number %r fails the Luhn check" % (key, field, raw))
        elif len(s) == 18:
            counts["id"] += 1
            if not gb_ok(s):
                fault("%s %s: 18-character number %r is not a valid GB 11643 ID number" % (key, field, raw))
        elif 16 <= len(s) <= 19 and s.isdigit():
            fault("%s %s: %d-digit number %r looks like a full bank card number" % (key, field, len(s), raw))
        elif s.endswith("X") and len(s) != 18:
            continue


def check_common(r, side, counts):
    key = r.get("key", "?")
    allowed = LOST_KEYS if side == "lost" else FOUND_KEYS
    extra = set(r) - allowed
    if extra:
        fault("%s: unknown fields %s" % (key, sorted(extra)))
    if r.get("category") not in CATS:
        fault("%s: category %r not in the catalogue" % (key, r.get("category")))
    body = r.get("body")
    if not isinstance(body, str) or not body.strip():
        fault("%s: empty body" % key)
    elif len(body) > 600:
        fault("%s: body has %d characters (> 600)" % (key, len(body)))
    for k in SHORT:
        if k in r:
            if not isinstance(r[k], str) or not r[k].strip():
                fault("%s: %s is present but empty" % (key, k))
            elif len(r[k]) > 60:
                fault("%s: %s has %d characters (> 60)" % (key, k, len(r[k])))
    if "marks" in r:
        if not isinstance(r["marks"], str) or not r["marks"].strip():
            fault("%s: marks is present but empty" % key)
        elif len(r["marks"]) > 500:
            fault("%s: marks has %d characters (> 500)" % (key, len(r["marks"])))
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat and lon must come together" % key)
    if "lat" in r and "lon" in r:
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (la, lo)):
            fault("%s: lat/lon not numbers" % key)
        elif not (18.0 <= la <= 54.0 and 73.0 <= lo <= 135.5):
            fault("%s: lat/lon %s,%s outside China" % (key, la, lo))
        elif km(CENTER, (la, lo)) > 60:
            fault("%s: lat/lon %s,%s is %.0f km from 义川" % (key, la, lo, km(CENTER, (la, lo))))
        else:
            counts["coords"] += 1
    for k in TEXT:
        if isinstance(r.get(k), str):
            check_numbers(key, k, r[k], counts)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def main():
    try:
        with open(PATH, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError) as e:
        print("cannot read %s: %s" % (PATH, e))
        return 2
    if set(data) != {"seed", "made_by", "parts"}:
        fault("top level keys are %s" % sorted(data))
    if data.get("seed") != SEED:
        fault("seed is %r, want %d" % (data.get("seed"), SEED))
    if data.get("made_by") != MADE_BY:
        fault("made_by is %r" % data.get("made_by"))
    parts = data.get("parts", {})
    if set(parts) != {PART}:
        fault("parts are %s, want only %s" % (sorted(parts), PART))
    part = parts.get(PART, {})
    if set(part) != {"found", "lost"}:
        fault("part keys are %s" % sorted(part))
    found = part.get("found", [])
    lost = part.get("lost", [])
    checked.append("file shape: seed %d, made_by, one part %s with found and lost lists" % (SEED, PART))
    counts = {"imei": 0, "id": 0, "coords": 0}

    fkeys = {}
    for i, r in enumerate(found):
        want = "%s-F%04d" % (PFX, i + 1)
        if r.get("key") != want:
            fault("found #%d has key %r, want %s" % (i + 1, r.get("key"), want))
        fkeys[r.get("key")] = r
        check_common(r, "found", counts)
        fa = r.get("found_at_min")
        if not is_int(fa) or not (0 <= fa <= MAXMIN):
            fault("%s: found_at_min %r not an integer in 0..%d" % (r.get("key"), fa, MAXMIN))
        if "negative" in r and (r["negative"] not in NEGS):
            fault("%s: negative label %r unknown" % (r.get("key"), r["negative"]))
    checked.append("%d found items: keys %s-F0001.. in order, fields, lengths, found_at_min in 0..%d" % (len(found), PFX, MAXMIN))

    used = {}
    lkeys = set()
    cross = []
    for i, r in enumerate(lost):
        k = r.get("key")
        want = "%s-L%04d" % (PFX, i + 1)
        if k != want:
            fault("lost #%d has key %r, want %s" % (i + 1, k, want))
        lkeys.add(k)
        check_common(r, "lost", counts)
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_int(a) and is_int(b)):
            fault("%s: loss window not integers" % k)
        elif not (MAXMIN >= a >= b >= 0):
            fault("%s: need %d >= lost_from_min (%d) >= lost_to_min (%d) >= 0" % (k, MAXMIN, a, b))
        if "truth" not in r:
            fault("%s: no truth field" % k)
            continue
        t = r["truth"]
        if t is None:
            continue
        if t not in fkeys:
            fault("%s: truth %r is not a found key" % (k, t))
            continue
        if t in used:
            fault("%s: truth %s already belongs to %s" % (k, t, used[t]))
        used[t] = k
        f = fkeys[t]
        if "negative" in f:
            fault("%s: truth %s is labelled negative %r" % (k, t, f["negative"]))
        if is_int(a) and is_int(f.get("found_at_min")) and f["found_at_min"] > a:
            fault("%s: its item %s was found %d min before the loss window began" % (k, t, f["found_at_min"] - a))
        if f.get("category") != r.get("category"):
            cross.append((k, r.get("category"), t, f.get("category")))
    if len(lkeys) != len(lost):
        fault("duplicate lost keys")
    checked.append("%d lost reports: keys %s-L0001.. in order, fields, lengths, %d >= lost_from_min >= lost_to_min >= 0"
                   % (len(lost), PFX, MAXMIN))
    for f in found:
        k = f.get("key")
        if k in used and "negative" in f:
            fault("%s is a truth and a negative" % k)
        if k not in used and "negative" not in f:
            fault("%s is nobody's truth but carries no negative label" % k)
    if len(cross) > 5:
        fault("%d pairs sit under different categories (at most 5)" % len(cross))
    checked.append("labels: each found item the truth of at most one report; every other found item labelled negative; "
                   "true items found at or after the start of the loss window; %d cross-category pairs (<= 5)" % len(cross))

    n_pair = sum(1 for r in lost if r.get("truth"))
    n_lone = sum(1 for r in lost if r.get("truth") is None)
    n_neg = sum(1 for f in found if "negative" in f)
    if n_pair != N_PAIRS:
        fault("%d true pairs, want %d" % (n_pair, N_PAIRS))
    if n_lone != N_LONE:
        fault("%d never-found reports, want %d" % (n_lone, N_LONE))
    if not (NEG_RANGE[0] <= n_neg <= NEG_RANGE[1]):
        fault("%d hard negatives, want %d..%d" % (n_neg, NEG_RANGE[0], NEG_RANGE[1]))
    checked.append("sizes: %d pairs, %d never handed in, %d hard negatives" % (n_pair, n_lone, n_neg))
    checked.append("numbers in the texts: %d ID numbers pass GB 11643, %d IMEIs pass Luhn, no full bank card number; "
                   "%d coordinate pairs inside China and within 60 km of 义川" % (counts["id"], counts["imei"], counts["coords"]))

    print("checked %s" % os.path.relpath(PATH))
    for c in checked:
        print("  - " + c)
    cats = sorted(CATS)
    print("\n  %-12s %6s %6s %9s %9s" % ("category", "pairs", "lone", "found", "negatives"))
    for c in cats:
        print("  %-12s %6d %6d %9d %9d" % (
            c, sum(1 for r in lost if r.get("category") == c and r.get("truth")),
            sum(1 for r in lost if r.get("category") == c and r.get("truth") is None),
            sum(1 for f in found if f.get("category") == c),
            sum(1 for f in found if f.get("category") == c and "negative" in f)))
    kinds = {}
    for f in found:
        if "negative" in f:
            kinds[f["negative"]] = kinds.get(f["negative"], 0) + 1
    print("\n  negatives: " + ", ".join("%s %d" % (k, kinds[k]) for k in sorted(kinds)))
    if cross:
        print("  cross-category pairs: " + "; ".join("%s %s -> %s %s" % x for x in cross))
    if faults:
        print("\n%d FAULT(S):" % len(faults))
        for m in faults[:200]:
            print("  " + m)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
