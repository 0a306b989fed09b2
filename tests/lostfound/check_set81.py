#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validates tests/lostfound/set81.json against the rules of its brief; exits non-zero on any fault.

    python3 tests/lostfound/check_set81.py            # check the file
    python3 tests/lostfound/check_set81.py --regen    # also regenerate it twice under different
                                                      # PYTHONHASHSEED values and compare bytes
"""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set81.json")
SEED, PART, PFX = 8181, "set81", "S81"
WANT = {"true_pairs": 150, "never_found": 90, "negatives": 120}
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
NEG_KINDS = ["same_category_colour", "found_before_loss", "same_brand_far_away", "twin", "near_serial",
             "same_spot_other_item", "same_name_other_person", "shared_mark"]
SHORT = ["color", "brand", "model", "serial", "address"]
COMMON = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon"]
LOST_KEYS = set(COMMON + ["lost_from_min", "lost_to_min", "truth"])
FOUND_KEYS = set(COMMON + ["found_at_min", "negative"])
MAXMIN = 172800
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    return "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], ID_W)) % 11] == s[17].upper()


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


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def texts(r):
    return [r[f] for f in ("body", "marks", "serial", "color", "brand", "model", "address") if isinstance(r.get(f), str)]


def check_numbers(r, counts):
    for t in texts(r):
        for m in re.finditer(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])", t):
            counts["id numbers"] += 1
            if not id_ok(m.group(1)):
                fault("%s: ID number %s has a wrong check digit" % (r["key"], m.group(1)))
        for m in re.finditer(r"(?<![\dA-Za-z])(\d[\d \-]{13,22}\d)(?![\dXx])", t):
            dg = re.sub(r"\D", "", m.group(1))
            if len(dg) == 15:
                counts["IMEIs"] += 1
                if not luhn_ok(dg):
                    fault("%s: IMEI %s fails the Luhn check" % (r["key"], m.group(1)))
            elif 16 <= len(dg) <= 19 and not (len(dg) == 18 and id_ok(dg)):
                fault("%s: a full bank-card-like number %s" % (r["key"], m.group(1)))
        if re.search(r"\d{4} \d{4} \d{4} \d{4}", t):
            fault("%s: an unmasked card number" % r["key"])


def check_common(r, allowed, counts):
    k = r.get("key", "?")
    extra = sorted(set(r) - allowed)
    if extra:
        fault("%s: unknown fields %s" % (k, extra))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (k, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing, empty or over 600 characters" % k)
    for f in SHORT:
        if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60):
            fault("%s: %s must be a non-empty string of at most 60 characters" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
        fault("%s: marks must be a non-empty string of at most 500 characters" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat and lon must come together" % k)
    if "lat" in r:
        counts["with lat/lon"] += 1
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)):
            fault("%s: lat/lon not numbers" % k)
        elif not (18.0 <= la <= 54.0 and 73.0 <= lo <= 135.0):
            fault("%s: lat/lon %s,%s outside China" % (k, la, lo))
    check_numbers(r, counts)


def main():
    counts = collections.Counter()
    try:
        doc = json.load(open(PATH, encoding="utf-8"))
    except Exception as ex:  # noqa
        print("FAIL: cannot read %s: %s" % (PATH, ex))
        return 1
    if sorted(doc) != ["made_by", "parts", "seed"]:
        fault("top level must be exactly seed, made_by, parts")
    if doc.get("seed") != SEED:
        fault("seed is %r, want %d" % (doc.get("seed"), SEED))
    if doc.get("made_by") != "tests/lostfound/make_set81.py":
        fault("made_by is %r" % doc.get("made_by"))
    parts = doc.get("parts", {})
    if sorted(parts) != [PART] or sorted(parts[PART]) != ["found", "lost"]:
        fault("parts must hold exactly %s with found and lost" % PART)
        print("\n".join("FAIL: " + f for f in faults))
        return 1
    lost, found = parts[PART]["lost"], parts[PART]["found"]
    for lst, tag in ((lost, "L"), (found, "F")):
        keys = [r.get("key") for r in lst]
        want = ["%s-%s%04d" % (PFX, tag, i + 1) for i in range(len(lst))]
        if keys != want:
            fault("%s keys are not %s-%s0001 … in order without gaps or repeats" % (tag, PFX, tag))
    fk = {r["key"]: r for r in found if "key" in r}
    for r in lost:
        check_common(r, LOST_KEYS, counts)
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_int(a) and is_int(b) and MAXMIN >= a >= b >= 0):
            fault("%s: need integers %d >= lost_from_min >= lost_to_min >= 0, got %r, %r" % (r.get("key"), MAXMIN, a, b))
        if "truth" not in r:
            fault("%s: truth missing (use null)" % r.get("key"))
        elif r["truth"] is not None and r["truth"] not in fk:
            fault("%s: truth %r is not a found key" % (r.get("key"), r["truth"]))
    for r in found:
        check_common(r, FOUND_KEYS, counts)
        fa = r.get("found_at_min")
        if not (is_int(fa) and 0 <= fa <= MAXMIN):
            fault("%s: found_at_min must be an integer 0..%d" % (r.get("key"), MAXMIN))
        if "negative" in r and r["negative"] not in NEG_KINDS:
            fault("%s: unknown negative label %r" % (r.get("key"), r["negative"]))
    used = collections.Counter(r["truth"] for r in lost if r.get("truth"))
    for fkey, n in sorted(used.items()):
        if n > 1:
            fault("%s is the truth of %d reports" % (fkey, n))
    xcat = []
    for r in lost:
        t = r.get("truth")
        if not t or t not in fk:
            continue
        f = fk[t]
        if "negative" in f:
            fault("%s is %s's truth but carries negative=%s" % (t, r["key"], f["negative"]))
        if is_int(f.get("found_at_min")) and is_int(r.get("lost_from_min")) and f["found_at_min"] > r["lost_from_min"]:
            fault("%s found before %s's loss began" % (t, r["key"]))
        if f.get("category") != r.get("category"):
            xcat.append((r["key"], r.get("category"), t, f.get("category")))
    if len(xcat) > 5:
        fault("%d pairs sit under different categories (at most 5)" % len(xcat))
    for r in found:
        if r.get("key") not in used and "negative" not in r:
            fault("%s is nobody's truth but has no negative label" % r.get("key"))
    # the kinds of negative that a check can see from the outside
    for r in found:
        if r.get("negative") == "found_before_loss":
            if not any(l.get("category") == r.get("category") and is_int(l.get("lost_from_min")) and l["lost_from_min"] < r["found_at_min"] for l in lost):
                fault("%s: found_before_loss but no %s report whose loss begins after it" % (r["key"], r.get("category")))
    n_true = sum(1 for r in lost if r.get("truth"))
    n_null = sum(1 for r in lost if r.get("truth") is None)
    n_neg = sum(1 for r in found if "negative" in r)
    for name, got in (("true_pairs", n_true), ("never_found", n_null), ("negatives", n_neg)):
        if got != WANT[name]:
            fault("%s: %d, want %d" % (name, got, WANT[name]))
    if len(found) != n_true + n_neg:
        fault("found items %d != true %d + negatives %d" % (len(found), n_true, n_neg))

    if "--regen" in sys.argv:
        want = open(PATH, "rb").read()
        for hs in ("0", "12345", "random"):
            with tempfile.TemporaryDirectory() as td:
                out = os.path.join(td, "set81.json")
                env = dict(os.environ, PYTHONHASHSEED=hs, SET81_OUT=out)
                subprocess.run([sys.executable, os.path.join(HERE, "make_set81.py")], env=env, check=True, stdout=subprocess.DEVNULL)
                if open(out, "rb").read() != want:
                    fault("regenerating under PYTHONHASHSEED=%s gives different bytes" % hs)
        print("regenerated 3 times (PYTHONHASHSEED 0, 12345, random): %s" % ("identical" if not any("regenerating" in f for f in faults) else "DIFFERENT"))

    print("checked %s" % PATH)
    print("  %d lost reports: %d with a found item, %d never handed in" % (len(lost), n_true, n_null))
    print("  %d found items: %d true, %d hard negatives" % (len(found), n_true, n_neg))
    print("  negatives by kind: " + ", ".join("%s %d" % (k, sum(1 for r in found if r.get("negative") == k)) for k in NEG_KINDS))
    print("  pairs under different categories: %d %s" % (len(xcat), ["%s(%s)->%s(%s)" % x for x in xcat]))
    print("  registrations with lat/lon: %d of %d; ID numbers checked %d, IMEIs checked %d"
          % (counts["with lat/lon"], len(lost) + len(found), counts["id numbers"], counts["IMEIs"]))
    fill = collections.Counter()
    for r in lost + found:
        for f in SHORT + ["marks"]:
            fill[f] += f in r
    print("  optional fields filled: " + ", ".join("%s %d" % (f, fill[f]) for f in SHORT + ["marks"]))
    print("  %-12s %5s %5s %6s %5s" % ("category", "lost", "true", "never", "neg"))
    for c in CATS:
        print("  %-12s %5d %5d %6d %5d" % (c, sum(1 for r in lost if r.get("category") == c),
                                          sum(1 for r in lost if r.get("category") == c and r.get("truth")),
                                          sum(1 for r in lost if r.get("category") == c and r.get("truth") is None),
                                          sum(1 for r in found if r.get("category") == c and "negative" in r)))
    print("  checks: keys and numbering, fields and lengths, categories, lat/lon pairs inside China, loss windows,")
    print("          found_at_min range, truth links (existing, one report per item, not labelled negative, found")
    print("          at or after the loss began), unlabelled non-truth items, <=5 cross-category pairs, ID check")
    print("          digits, IMEI Luhn digits, no full bank-card numbers, found_before_loss timing, sizes")
    if faults:
        for f in faults:
            print("FAIL: " + f)
        print("%d fault(s)" % len(faults))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
