#!/usr/bin/env python3
"""Validates tests/lostfound/set76.json against the brief; exits non-zero on any fault.

Checks the file layout, every field's type and length, keys, categories, coordinates, the time
rules, the truth links (each found item the truth of at most one report, found at or after the
start of the loss window, every other found item labelled as a negative), the planned counts,
ID-number check digits (GB 11643), IMEI Luhn digits, that no full bank card or phone number is
written anywhere, and that the writer reproduces the file byte for byte under two hash seeds.
"""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "set76.json")
WRITER = os.path.join(HERE, "make_set76.py")
SEED = 7676
PART = "set76"
PFX = "S76"
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
SHORT = ("color", "brand", "model", "serial", "address")
LOST_FIELDS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "lost_from_min", "lost_to_min", "truth"}
FOUND_FIELDS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
                "found_at_min", "negative"}
MAXMIN = 172800
PLAN = dict(lost=240, paired=150, null=90, found=270, negatives=120)
NEG_KINDS = {"same_cat_color", "found_before_loss", "same_brand_far", "serial_mismatch", "namesake_doc",
             "cash_other_sum"}
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    if not re.fullmatch(r"\d{17}[\dXx]", s):
        return False
    return "10X98765432"[sum(int(a) * w for a, w in zip(s[:17], ID_W)) % 11] == s[17].upper()


def luhn_ok(s):
    total = 0
    for i, c in enumerate(s[:-1]):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return (10 - total % 10) % 10 == int(s[-1])


RUN = re.compile(r"\d(?:[\d \-]*[\dXx])?")
stats = collections.Counter()


def scan_numbers(where, text):
    """Every long run of digits (spaces and dashes allowed inside) must be a valid ID number or IMEI."""
    for m in RUN.finditer(text):
        raw = m.group(0)
        d = re.sub(r"[ \-]", "", raw)
        if len(d) < 11:
            continue
        if len(d) == 18 and re.fullmatch(r"\d{17}[\dXx]", d):
            if id_ok(d):
                stats["id numbers checked"] += 1
            else:
                fault("%s: ID number %r fails its GB 11643 check digit" % (where, raw))
        elif len(d) == 15 and d.isdigit():
            if luhn_ok(d):
                stats["IMEIs checked"] += 1
            else:
                fault("%s: 15-digit number %r fails the IMEI Luhn check" % (where, raw))
        elif len(d) == 12 and d.isdigit():
            stats["12-digit certificate numbers seen"] += 1
        else:
            fault("%s: digit run %r (%d digits) looks like a full card or phone number" % (where, raw, len(d)))


def check_common(r, where, fields):
    for k in r:
        if k not in fields:
            fault("%s: unknown field %r" % (where, k))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (where, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip():
        fault("%s: empty body" % where)
    elif len(b) > 600:
        fault("%s: body %d > 600" % (where, len(b)))
    for k in SHORT:
        if k in r:
            v = r[k]
            if not isinstance(v, str) or not v.strip():
                fault("%s: %s must be a non-empty string" % (where, k))
            elif len(v) > 60:
                fault("%s: %s %d > 60" % (where, k, len(v)))
    if "marks" in r:
        v = r["marks"]
        if not isinstance(v, str) or not v.strip():
            fault("%s: marks must be a non-empty string" % where)
        elif len(v) > 500:
            fault("%s: marks %d > 500" % (where, len(v)))
    has_lat, has_lon = "lat" in r, "lon" in r
    if has_lat != has_lon:
        fault("%s: lat and lon must come together" % where)
    if has_lat and has_lon:
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)):
            fault("%s: lat/lon must be numbers" % where)
        elif not (18.0 <= la <= 54.0 and 73.0 <= lo <= 135.5):
            fault("%s: (%s, %s) is not inside China" % (where, la, lo))
        else:
            stats["records with coordinates"] += 1
    for k in ("body", "marks", "serial", "model", "brand", "address", "color"):
        if isinstance(r.get(k), str):
            scan_numbers("%s.%s" % (where, k), r[k])


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def main():
    with open(SET, encoding="utf-8") as fh:
        doc = json.load(fh)
    if set(doc) != {"seed", "made_by", "parts"}:
        fault("top level keys are %r" % sorted(doc))
    if doc.get("seed") != SEED:
        fault("seed is %r" % doc.get("seed"))
    if doc.get("made_by") != "tests/lostfound/make_set76.py":
        fault("made_by is %r" % doc.get("made_by"))
    parts = doc.get("parts", {})
    if set(parts) != {PART}:
        fault("parts are %r" % sorted(parts))
    part = parts.get(PART, {})
    if set(part) != {"found", "lost"}:
        fault("part keys are %r" % sorted(part))
    lost, found = part.get("lost", []), part.get("found", [])

    fkeys = {}
    for i, r in enumerate(found):
        where = "found[%d]" % i
        want = "%s-F%04d" % (PFX, i + 1)
        if r.get("key") != want:
            fault("%s: key %r, expected %r" % (where, r.get("key"), want))
        fkeys[r.get("key")] = r
        check_common(r, where, FOUND_FIELDS)
        t = r.get("found_at_min")
        if not is_int(t) or not 0 <= t <= MAXMIN:
            fault("%s: found_at_min %r out of 0..%d" % (where, t, MAXMIN))
        if "negative" in r and (not isinstance(r["negative"], str) or r["negative"] not in NEG_KINDS):
            fault("%s: negative label %r is not one of %s" % (where, r["negative"], sorted(NEG_KINDS)))

    truth_of = {}
    cross = 0
    for i, r in enumerate(lost):
        where = "lost[%d]" % i
        want = "%s-L%04d" % (PFX, i + 1)
        if r.get("key") != want:
            fault("%s: key %r, expected %r" % (where, r.get("key"), want))
        check_common(r, where, LOST_FIELDS)
        lf, lt = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_int(lf) and is_int(lt)):
            fault("%s: loss window must be integers" % where)
            continue
        if not (MAXMIN >= lf >= lt >= 0):
            fault("%s: need %d >= lost_from_min (%d) >= lost_to_min (%d) >= 0" % (where, MAXMIN, lf, lt))
        if "truth" not in r:
            fault("%s: truth missing (use null)" % where)
            continue
        t = r["truth"]
        if t is None:
            continue
        if t not in fkeys:
            fault("%s: truth %r is not a found key" % (where, t))
            continue
        if t in truth_of:
            fault("%s: found %s is already the truth of %s" % (where, t, truth_of[t]))
        truth_of[t] = r["key"]
        f = fkeys[t]
        if "negative" in f:
            fault("%s: its truth %s is labelled negative %r" % (where, t, f["negative"]))
        if is_int(f.get("found_at_min")) and f["found_at_min"] > lf:
            fault("%s: truth %s found %d min ago, before the loss window began (%d)" % (where, t, f["found_at_min"], lf))
        if f.get("category") != r.get("category"):
            cross += 1
    for k, f in fkeys.items():
        if k not in truth_of and "negative" not in f:
            fault("found %s is nobody's truth but has no negative label" % k)
    if cross > 5:
        fault("%d pairs sit under different categories (at most 5)" % cross)

    n_paired = sum(1 for r in lost if r.get("truth"))
    n_null = sum(1 for r in lost if r.get("truth", 0) is None)
    n_neg = sum(1 for f in found if "negative" in f)
    got = dict(lost=len(lost), paired=n_paired, null=n_null, found=len(found), negatives=n_neg)
    for k, v in PLAN.items():
        if got[k] != v:
            fault("count %s is %d, planned %d" % (k, got[k], v))

    # the writer must reproduce the file exactly, whatever the hash seed
    with open(SET, "rb") as fh:
        committed = fh.read()
    repro = []
    with tempfile.TemporaryDirectory() as td:
        for hs in ("0", "1"):
            out = os.path.join(td, "set76_%s.json" % hs)
            env = dict(os.environ, PYTHONHASHSEED=hs)
            res = subprocess.run([sys.executable, WRITER, out], env=env, capture_output=True, text=True)
            if res.returncode != 0:
                fault("writer failed under PYTHONHASHSEED=%s: %s" % (hs, res.stderr.strip()[-300:]))
                continue
            with open(out, "rb") as fh:
                same = fh.read() == committed
            repro.append((hs, same))
            if not same:
                fault("writer output under PYTHONHASHSEED=%s differs from set76.json" % hs)

    # report
    print("set76: %d lost (%d with a truth, %d never handed in), %d found (%d truths, %d negatives)"
          % (len(lost), n_paired, n_null, len(found), len(found) - n_neg, n_neg))
    print("pairs filed under different categories: %d (at most 5)" % cross)
    cats = sorted(CATS)
    lc = collections.Counter(r.get("category") for r in lost)
    lp = collections.Counter(r.get("category") for r in lost if r.get("truth"))
    fc = collections.Counter(f.get("category") for f in found)
    fn = collections.Counter(f.get("category") for f in found if "negative" in f)
    print("%-12s %5s %7s %5s %6s %9s" % ("category", "lost", "paired", "null", "found", "negative"))
    for c in cats:
        print("%-12s %5d %7d %5d %6d %9d" % (c, lc[c], lp[c], lc[c] - lp[c], fc[c], fn[c]))
    print("negative kinds: " + ", ".join("%s %d" % kv for kv in sorted(collections.Counter(
        f["negative"] for f in found if "negative" in f).items())))
    for k in sorted(stats):
        print("%s: %d" % (k, stats[k]))
    filled = collections.Counter()
    for r in lost + found:
        for k in ("color", "brand", "model", "serial", "marks", "address", "lat"):
            if k in r:
                filled[k] += 1
    print("fields filled (of %d records): " % (len(lost) + len(found)) +
          ", ".join("%s %d" % (k, filled[k]) for k in ("color", "brand", "model", "serial", "marks", "address", "lat")))
    print("checked: layout, keys, categories, lengths, coordinates, loss windows, found times, truth links, "
          "time order of pairs, negative labels, planned counts, ID check digits, IMEI Luhn, no full card/phone numbers")
    print("reproducible: " + ", ".join("PYTHONHASHSEED=%s %s" % (h, "identical" if s else "DIFFERENT") for h, s in repro))
    if faults:
        print("\n%d fault(s):" % len(faults))
        for f in faults[:200]:
            print("  " + f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
