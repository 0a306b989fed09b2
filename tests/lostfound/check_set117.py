#!/usr/bin/env python3
"""Validate tests/lostfound/set117.json against the brief. Exit 1 on any fault."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set117.json")
SEED = 117117
PFX = "S117"
PART = "set117"
WANT = {"pairs": 150, "lost_only": 90, "negatives": 120}
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
OPT60 = ["color", "brand", "model", "serial", "address"]
NEG_KINDS = {"near_twin", "found_before_loss", "same_category_colour", "same_brand_elsewhere"}
MAXMIN = 172800
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


W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_ok(s):
    return s[:17].isdigit() and "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], W)) % 11] == s[17].upper()


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def check_common(r, side):
    k = r.get("key")
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (k, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % k)
    for f in OPT60:
        if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60):
            fault("%s: field %s empty, not text or longer than 60" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat and lon must come together" % k)
    if "lat" in r:
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)) or not (18 <= la <= 54 and 73 <= lo <= 135):
            fault("%s: lat/lon not inside China: %r %r" % (k, la, lo))
    allowed = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon"}
    allowed |= {"lost_from_min", "lost_to_min", "truth"} if side == "lost" else {"found_at_min", "negative"}
    extra = sorted(set(r) - allowed)
    if extra:
        fault("%s: unexpected fields %s" % (k, extra))
    # any full IMEI / ID number written in the text must be valid
    text = " ".join(str(r.get(f, "")) for f in ("body", "serial", "marks"))
    for m in re.finditer(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])", text):
        if not id_ok(m.group(1)):
            fault("%s: ID number %s fails GB 11643 check" % (k, m.group(1)))
    for m in re.finditer(r"(?<![0-9])(86\d{13})(?![0-9])", text.replace(" ", "").replace("-", "")):
        if not luhn_ok(m.group(1)):
            fault("%s: IMEI %s fails Luhn" % (k, m.group(1)))
    for m in re.finditer(r"(?<![0-9*])(\d{16,19})(?![0-9Xx])", text):
        if not m.group(1).startswith("86") and len(m.group(1)) != 18:
            fault("%s: unmasked bank-card-like number %s" % (k, m.group(1)))


def main():
    with open(PATH, encoding="utf-8") as fh:
        raw = fh.read()
    data = json.loads(raw)
    if data.get("seed") != SEED:
        fault("seed is %r, want %d" % (data.get("seed"), SEED))
    if data.get("made_by") != "tests/lostfound/make_set117.py":
        fault("made_by is %r" % data.get("made_by"))
    parts = data.get("parts", {})
    if list(parts) != [PART]:
        fault("parts should be exactly [%s], got %s" % (PART, list(parts)))
    part = parts.get(PART, {})
    found, lost = part.get("found", []), part.get("lost", [])

    fkeys = [r.get("key") for r in found]
    lkeys = [r.get("key") for r in lost]
    if len(set(fkeys)) != len(fkeys):
        fault("duplicate found keys")
    if len(set(lkeys)) != len(lkeys):
        fault("duplicate lost keys")
    if fkeys != ["%s-F%04d" % (PFX, i + 1) for i in range(len(found))]:
        fault("found keys are not %s-F0001.. in order" % PFX)
    if lkeys != ["%s-L%04d" % (PFX, i + 1) for i in range(len(lost))]:
        fault("lost keys are not %s-L0001.. in order" % PFX)
    fmap = {r["key"]: r for r in found}

    for r in found:
        check_common(r, "found")
        fa = r.get("found_at_min")
        if not is_int(fa) or not 0 <= fa <= MAXMIN:
            fault("%s: found_at_min %r out of 0..%d" % (r.get("key"), fa, MAXMIN))
        if "negative" in r and r["negative"] not in NEG_KINDS:
            fault("%s: unknown negative label %r" % (r["key"], r["negative"]))

    used = collections.Counter()
    cross = 0
    for r in lost:
        check_common(r, "lost")
        k = r.get("key")
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_int(a) and is_int(b)) or not (MAXMIN >= a >= b >= 0):
            fault("%s: need %d >= lost_from_min >= lost_to_min >= 0, got %r %r" % (k, MAXMIN, a, b))
            continue
        if "truth" not in r:
            fault("%s: truth missing (use null)" % k)
            continue
        t = r["truth"]
        if t is None:
            continue
        if t not in fmap:
            fault("%s: truth %r is not a found key" % (k, t))
            continue
        used[t] += 1
        f = fmap[t]
        if "negative" in f:
            fault("%s: truth %s is labelled negative" % (k, t))
        if f["found_at_min"] > a:
            fault("%s: truth %s found before the loss began (%d > %d)" % (k, t, f["found_at_min"], a))
        if f["category"] != r["category"]:
            cross += 1
    for t, n in used.items():
        if n > 1:
            fault("%s is the truth of %d reports" % (t, n))
    if cross > 5:
        fault("%d pairs under different categories (at most 5)" % cross)
    for r in found:
        if r["key"] not in used and "negative" not in r:
            fault("%s: nobody's truth but has no negative label" % r["key"])

    # negatives really are what they say, checked against their nearest lost report
    lost_by_cat = collections.defaultdict(list)
    for r in lost:
        lost_by_cat[r["category"]].append(r)
    for r in found:
        if r.get("negative") == "found_before_loss":
            if not any(r["found_at_min"] > l["lost_from_min"] for l in lost_by_cat[r["category"]]):
                fault("%s: found_before_loss but not earlier than any %s loss" % (r["key"], r["category"]))

    pairs = len(used)
    lost_only = sum(1 for r in lost if r.get("truth") is None)
    negs = sum(1 for r in found if "negative" in r)
    got = {"pairs": pairs, "lost_only": lost_only, "negatives": negs}
    for k, v in WANT.items():
        if got[k] != v:
            fault("count %s = %d, want %d" % (k, got[k], v))
    if len(found) != pairs + negs:
        fault("found count %d != pairs + negatives" % len(found))

    print("set117 check: %d lost (%d pairs, %d never handed in), %d found (%d negatives)" % (
        len(lost), pairs, lost_only, len(found), negs))
    print("  negatives by kind: %s" % dict(sorted(collections.Counter(r["negative"] for r in found if "negative" in r).items())))
    print("  lost by category:  %s" % dict(sorted(collections.Counter(r["category"] for r in lost).items())))
    print("  found by category: %s" % dict(sorted(collections.Counter(r["category"] for r in found).items())))
    print("  pairs filed under different categories: %d" % cross)
    print("  checked: seed, made_by, part name, key format/uniqueness, categories, field lengths, lat/lon in China,")
    print("           loss windows (from >= to >= 0, <= %d), found_at_min range, truth found at/after loss start," % MAXMIN)
    print("           one report per found item, negative labels, IMEI Luhn, ID check digits, no full card numbers")
    if faults:
        print("FAULTS (%d):" % len(faults))
        for f in faults[:60]:
            print("  " + f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
