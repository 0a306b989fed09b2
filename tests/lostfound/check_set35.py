#!/usr/bin/env python3
"""Checks tests/lostfound/set35.json against the rules of the brief and prints what it checked.

Exit status 0 when every rule holds, 1 otherwise.  Standard library only.
Usage: python3 tests/lostfound/check_set35.py [path to set35.json]
"""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

NN = 35
SEED = 20261235
PFX = "K3"
N_LOST, N_TRUE, N_FOUND = 400, 300, 500
MAXMIN = 172800
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
NEG_LABELS = {"same_category_colour", "found_before_loss", "same_brand_elsewhere", "desk_traffic"}
SHORT = ("color", "brand", "model", "serial", "address")
LOST_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
             "lost_from_min", "lost_to_min", "truth"}
FOUND_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
              "found_at_min", "negative"}

HERE = os.path.dirname(os.path.abspath(__file__))
faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    if not (1900 <= y <= 2025 and 1 <= m <= 12 and 1 <= d <= 31):
        return False
    return "10X98765432"[sum(int(c) * k for c, k in zip(s[:17], w)) % 11] == s[17]


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


NUM_RUN = re.compile(r"(?<![\dA-Za-z*])\d(?:[ \-]?\d){9,24}[Xx]?(?![\dA-Za-z*])")


def scan_numbers(where, text, counts):
    """every long number written in a record: IDs need their check digit, IMEIs their Luhn digit,
    and no full bank card number may appear."""
    for m in NUM_RUN.finditer(text):
        raw = m.group(0)
        plain = re.sub(r"[ \-]", "", raw).upper()
        if len(plain) == 18 and (plain[:17].isdigit()):
            counts["id numbers"] += 1
            if not id_ok(plain):
                fault("%s: %r is not a valid GB 11643 ID number" % (where, raw))
        elif len(plain) == 15 and plain.isdigit():
            counts["IMEIs"] += 1
            if not luhn_ok(plain):
                fault("%s: %r fails the Luhn check of an IMEI" % (where, raw))
        elif len(plain) >= 16:
            fault("%s: %r is a long number that is neither an ID nor an IMEI (a full card number?)" % (where, raw))
        elif " " in raw or "-" in raw:
            # groups of digits that do not add up to an IMEI or an ID may be two numbers side by side
            if len(plain) in (13, 14):
                fault("%s: %r looks like a broken IMEI" % (where, raw))


def check_text_field(where, rec, k, limit):
    if k not in rec:
        return
    v = rec[k]
    if not isinstance(v, str) or not v.strip():
        fault("%s: %s must be a non-empty string" % (where, k))
    elif len(v) > limit:
        fault("%s: %s is %d characters (limit %d)" % (where, k, len(v), limit))


def check_common(where, rec, allowed, counts):
    extra = set(rec) - allowed
    if extra:
        fault("%s: unexpected fields %s" % (where, sorted(extra)))
    if rec.get("category") not in CATS:
        fault("%s: category %r is not in the catalogue" % (where, rec.get("category")))
    if "body" not in rec:
        fault("%s: no body" % where)
    check_text_field(where, rec, "body", 600)
    for k in SHORT:
        check_text_field(where, rec, k, 60)
    check_text_field(where, rec, "marks", 500)
    has_lat, has_lon = "lat" in rec, "lon" in rec
    if has_lat != has_lon:
        fault("%s: lat and lon must come together" % where)
    if has_lat and has_lon:
        lat, lon = rec["lat"], rec["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (lat, lon)):
            fault("%s: lat/lon must be numbers" % where)
        elif not (18.0 <= lat <= 53.6 and 73.5 <= lon <= 135.1):
            fault("%s: (%s, %s) is not inside China" % (where, lat, lon))
        else:
            counts["with coordinates"] += 1
    for k in ("body", "serial", "marks", "model", "address"):
        if isinstance(rec.get(k), str):
            scan_numbers("%s.%s" % (where, k), rec[k], counts)


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "set%d.json" % NN)
    raw = open(path, "rb").read()
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        print("FAIL: %s is not UTF-8 JSON: %s" % (path, e))
        return 1
    if doc.get("seed") != SEED:
        fault("seed is %r, expected %d" % (doc.get("seed"), SEED))
    if doc.get("made_by") != "tests/lostfound/make_set%d.py" % NN:
        fault("made_by is %r" % doc.get("made_by"))
    if set(doc) != {"seed", "made_by", "parts"}:
        fault("top-level keys are %s" % sorted(doc))
    parts = doc.get("parts", {})
    if set(parts) != {"set%d" % NN}:
        fault("parts must hold exactly set%d, holds %s" % (NN, sorted(parts)))
    part = parts.get("set%d" % NN, {})
    if set(part) != {"found", "lost"}:
        fault("set%d must hold found and lost, holds %s" % (NN, sorted(part)))
    lost, found = part.get("lost", []), part.get("found", [])
    counts = collections.Counter()

    # keys
    for recs, letter, n in ((lost, "L", N_LOST), (found, "F", N_FOUND)):
        if len(recs) != n:
            fault("%d %s records, expected %d" % (len(recs), letter, n))
        want = ["%s-%s%04d" % (PFX, letter, i + 1) for i in range(len(recs))]
        got = [r.get("key") for r in recs]
        if got != want:
            bad = [g for g, w in zip(got, want) if g != w][:5]
            fault("%s keys are not %s-%s0001 ... in order (first differences: %s)" % (letter, PFX, letter, bad))
    fkeys = {f.get("key"): f for f in found}

    # found items
    for f in found:
        where = f.get("key", "?")
        check_common(where, f, FOUND_KEYS, counts)
        m = f.get("found_at_min")
        if not is_int(m) or not 0 <= m <= MAXMIN:
            fault("%s: found_at_min %r must be an integer in 0..%d" % (where, m, MAXMIN))

    # lost reports and their truths
    truth_of = {}
    cross = []
    for r in lost:
        where = r.get("key", "?")
        check_common(where, r, LOST_KEYS, counts)
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_int(a) and is_int(b)):
            fault("%s: lost_from_min and lost_to_min must be integers" % where)
        elif not (MAXMIN >= a >= b >= 0):
            fault("%s: needs %d >= lost_from_min (%d) >= lost_to_min (%d) >= 0" % (where, MAXMIN, a, b))
        if "truth" not in r:
            fault("%s: no truth field (null when never found)" % where)
            continue
        t = r["truth"]
        if t is None:
            continue
        if t not in fkeys:
            fault("%s: truth %r is not a found key" % (where, t))
            continue
        if t in truth_of:
            fault("%s: found item %s is already the truth of %s" % (where, t, truth_of[t]))
        truth_of[t] = where
        f = fkeys[t]
        if is_int(a) and is_int(f.get("found_at_min")) and f["found_at_min"] > a:
            fault("%s: its item %s was found (%d min) before the loss began (%d min)" % (where, t, f["found_at_min"], a))
        if f.get("category") != r.get("category"):
            cross.append((where, r.get("category"), t, f.get("category")))
    n_true = sum(1 for r in lost if r.get("truth") is not None)
    if n_true != N_TRUE:
        fault("%d reports with a truth, expected %d" % (n_true, N_TRUE))
    if len(cross) > 5:
        fault("%d pairs sit under different categories (at most 5)" % len(cross))

    # negatives
    labels = collections.Counter()
    for f in found:
        where = f.get("key", "?")
        neg = f.get("negative")
        if f.get("key") in truth_of:
            if "negative" in f:
                fault("%s: is the truth of %s but carries negative=%r" % (where, truth_of[f["key"]], neg))
        else:
            if not isinstance(neg, str) or neg not in NEG_LABELS:
                fault("%s: is nobody's truth but has negative=%r (labels: %s)" % (where, neg, sorted(NEG_LABELS)))
            labels[neg if isinstance(neg, str) else repr(neg)] += 1
    if sum(labels.values()) != N_FOUND - N_TRUE:
        fault("%d negatives, expected %d" % (sum(labels.values()), N_FOUND - N_TRUE))

    # the same output on every run and under any hash seed
    gen = os.path.join(HERE, "make_set%d.py" % NN)
    same = []
    with tempfile.TemporaryDirectory() as tmp:
        for hs in ("0", "4242"):
            out = os.path.join(tmp, "set_%s.json" % hs)
            env = dict(os.environ, PYTHONHASHSEED=hs)
            p = subprocess.run([sys.executable, gen, out], env=env, capture_output=True, text=True)
            if p.returncode != 0:
                fault("generator failed under PYTHONHASHSEED=%s: %s" % (hs, p.stderr.strip()[-300:]))
                continue
            same.append(open(out, "rb").read() == raw)
    if len(same) == 2 and not all(same):
        fault("the generator's output differs from %s (under PYTHONHASHSEED 0 / 4242: %s)" % (os.path.basename(path), same))

    # report
    by_cat = collections.OrderedDict((c, [0, 0, 0]) for c in sorted(CATS))
    for r in lost:
        if r.get("category") in by_cat:
            by_cat[r["category"]][0 if r.get("truth") else 1] += 1
    for f in found:
        if f.get("category") in by_cat:
            by_cat[f["category"]][2] += 1
    fill = collections.Counter()
    for r in lost + found:
        for k in SHORT + ("marks",):
            if k in r:
                fill[k] += 1
    print("set%d: %d lost reports (%d with a true found item, %d never found), %d found items (%d true, %d negatives)"
          % (NN, len(lost), n_true, len(lost) - n_true, len(found), len(truth_of), sum(labels.values())))
    print("negatives by label: %s" % ", ".join("%s %d" % (k, labels[k]) for k in sorted(labels)))
    print("pairs under different categories: %d %s" % (len(cross), "; ".join("%s(%s)->%s(%s)" % c for c in cross)))
    print("category: paired lost / never-found lost / found")
    for c, (a, b, n) in by_cat.items():
        print("  %-12s %4d %4d %4d" % (c, a, b, n))
    print("fields filled (of %d records): %s; with coordinates %d" % (
        len(lost) + len(found), ", ".join("%s %d" % (k, fill[k]) for k in SHORT + ("marks",)), counts["with coordinates"]))
    print("checked: keys and their order, fields and lengths, categories, lat/lon inside China, loss windows, "
          "found times of true items, one report per found item, negative labels, %d ID numbers (GB 11643), "
          "%d IMEIs (Luhn), no full card numbers, identical output under PYTHONHASHSEED 0 and 4242" %
          (counts["id numbers"], counts["IMEIs"]))
    if faults:
        print("FAIL: %d faults" % len(faults))
        for x in faults[:60]:
            print("  " + x)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
