#!/usr/bin/python3
"""Checker for set111.json: counts, keys, fields, truth links, times, check digits.

Run: PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 tests/lostfound/check_set111.py [path]
Exits 1 on any fault and prints what it checked.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "set111.json")
PFX, PART, SEED = "S111", "set111", 1111123
WANT = {"true": 150, "unfound": 90, "neg_min": 100, "neg_max": 140}
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
NEGS = {"near_twin", "same_cat_color", "found_before_loss", "same_brand_far", "same_number_other"}
SHORT = ("color", "brand", "model", "serial", "address")
MAXMIN = 172800
GB_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
GB_C = "10X98765432"

faults = []


def fault(msg):
    faults.append(msg)


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


def gb_ok(s):
    s = s.upper()
    return GB_C[sum(int(c) * w for c, w in zip(s[:17], GB_W)) % 11] == s[17]


RUN = re.compile(r"(?<![0-9A-Za-z*])(\d[\d ]{13,22}[\dXx])(?![0-9A-Za-z*])")


def numbers_in(text):
    out = []
    for m in RUN.finditer(text):
        raw = m.group(1)
        s = raw.replace(" ", "")
        if len(s) in (15, 18):
            out.append((raw, s))
    return out


def check_common(r, where):
    if not isinstance(r.get("body"), str) or not r["body"].strip():
        fault("%s: empty body" % where)
    elif len(r["body"]) > 600:
        fault("%s: body %d > 600" % (where, len(r["body"])))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (where, r.get("category")))
    for f in SHORT:
        if f in r and (not isinstance(r[f], str) or not r[f] or len(r[f]) > 60):
            fault("%s: bad %s %r" % (where, f, r[f]))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"] or len(r["marks"]) > 500):
        fault("%s: bad marks" % where)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat/lon not paired" % where)
    if "lat" in r:
        if not (isinstance(r["lat"], float) and isinstance(r["lon"], float) and 18 < r["lat"] < 54 and 73 < r["lon"] < 135):
            fault("%s: lat/lon outside China %r %r" % (where, r["lat"], r["lon"]))


def main():
    with open(PATH, encoding="utf-8") as fh:
        d = json.load(fh)
    if d.get("seed") != SEED:
        fault("seed %r" % d.get("seed"))
    if d.get("made_by") != "tests/lostfound/make_set111.py":
        fault("made_by %r" % d.get("made_by"))
    if sorted(d.get("parts", {})) != [PART]:
        fault("parts %r" % sorted(d.get("parts", {})))
    part = d["parts"][PART]
    found, lost = part["found"], part["lost"]
    lost_ok = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "lost_from_min", "lost_to_min", "truth"}
    found_ok = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
                "found_at_min", "negative"}
    fmap = {}
    for n, r in enumerate(found):
        k = r.get("key")
        if k != "%s-F%04d" % (PFX, n + 1):
            fault("found key %r out of sequence at %d" % (k, n))
        if k in fmap:
            fault("duplicate found key %s" % k)
        fmap[k] = r
        extra = set(r) - found_ok
        if extra:
            fault("%s: unknown fields %s" % (k, sorted(extra)))
        check_common(r, k)
        fa = r.get("found_at_min")
        if not isinstance(fa, int) or isinstance(fa, bool) or not 0 <= fa <= MAXMIN:
            fault("%s: found_at_min %r" % (k, fa))
        if "negative" in r and r["negative"] not in NEGS:
            fault("%s: unknown negative label %r" % (k, r["negative"]))
    seen_truth = {}
    cross = 0
    n_true = n_unf = 0
    lkeys = set()
    for n, r in enumerate(lost):
        k = r.get("key")
        if k != "%s-L%04d" % (PFX, n + 1):
            fault("lost key %r out of sequence at %d" % (k, n))
        if k in lkeys:
            fault("duplicate lost key %s" % k)
        lkeys.add(k)
        extra = set(r) - lost_ok
        if extra:
            fault("%s: unknown fields %s" % (k, sorted(extra)))
        check_common(r, k)
        lf, lt = r.get("lost_from_min"), r.get("lost_to_min")
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (lf, lt)) or not (MAXMIN >= lf >= lt >= 0):
            fault("%s: loss window %r..%r" % (k, lf, lt))
            continue
        if "truth" not in r:
            fault("%s: no truth field" % k)
            continue
        t = r["truth"]
        if t is None:
            n_unf += 1
            continue
        n_true += 1
        f = fmap.get(t)
        if f is None:
            fault("%s: truth %r is not a found key" % (k, t))
            continue
        if t in seen_truth:
            fault("%s: truth %s already used by %s" % (k, t, seen_truth[t]))
        seen_truth[t] = k
        if "negative" in f:
            fault("%s: truth %s is labelled negative" % (k, t))
        if f["found_at_min"] > lf:
            fault("%s: its item %s was found before the loss began (%d > %d)" % (k, t, f["found_at_min"], lf))
        if f["category"] != r["category"]:
            cross += 1
    n_neg = sum(1 for f in found if "negative" in f)
    for f in found:
        if "negative" not in f and f["key"] not in seen_truth:
            fault("%s: neither anybody's truth nor labelled negative" % f["key"])
    if n_true != WANT["true"]:
        fault("pairs %d != %d" % (n_true, WANT["true"]))
    if n_unf != WANT["unfound"]:
        fault("never-found lost %d != %d" % (n_unf, WANT["unfound"]))
    if not WANT["neg_min"] <= n_neg <= WANT["neg_max"]:
        fault("negatives %d outside %d..%d" % (n_neg, WANT["neg_min"], WANT["neg_max"]))
    if cross > 5:
        fault("%d cross-category pairs > 5" % cross)
    # check digits: every full 18-character ID number and every 15-digit IMEI written anywhere
    n_id = n_imei = 0
    for r in found + lost:
        for f in ("body", "serial", "marks", "model", "brand", "color", "address"):
            for raw, s in numbers_in(r.get(f, "")):
                if len(s) == 18:
                    n_id += 1
                    if not gb_ok(s):
                        fault("%s.%s: ID number %r fails GB 11643 check digit" % (r["key"], f, raw))
                else:
                    n_imei += 1
                    if not s.isdigit() or not luhn_ok(s):
                        fault("%s.%s: IMEI %r fails Luhn" % (r["key"], f, raw))
            for m in re.finditer(r"(?<![\d])\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}(?![\dXx])", r.get(f, "")):
                fault("%s.%s: looks like a full bank card number %r" % (r["key"], f, m.group(0)))
    cats = {}
    for r in lost:
        c = cats.setdefault(r["category"], [0, 0, 0])
        c[0 if r["truth"] else 1] += 1
    for f in found:
        if "negative" in f:
            cats.setdefault(f["category"], [0, 0, 0])[2] += 1
    negk = {}
    for f in found:
        if "negative" in f:
            negk[f["negative"]] = negk.get(f["negative"], 0) + 1
    print("checked %s" % PATH)
    print("  found %d (true %d, negatives %d), lost %d (pairs %d, never found %d), cross-category pairs %d"
          % (len(found), len(found) - n_neg, n_neg, len(lost), n_true, n_unf, cross))
    print("  negatives: " + ", ".join("%s %d" % (k, negk[k]) for k in sorted(negk)))
    print("  by category (pairs / never found / negatives): " + ", ".join("%s %d/%d/%d" % (k, *cats[k]) for k in sorted(cats)))
    print("  check digits: %d ID numbers (GB 11643), %d IMEIs (Luhn)" % (n_id, n_imei))
    print("  keys, fields, lengths, lat/lon, windows, truth links, found-after-loss: checked")
    if faults:
        for m in faults[:50]:
            print("FAULT: " + m)
        print("%d fault(s)" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
