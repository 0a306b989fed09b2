#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validates tests/lostfound/set67.json; exits non-zero on any fault and prints what it checked.

    python3 tests/lostfound/check_set67.py [set67.json]

Standard library only.  Besides the shape of every record it checks the labels (each found item
is the truth of at most one report, every found item is either someone's truth or carries a
negative label, a true item is never found before its loss window began), the numbers (IMEIs
pass Luhn, ID numbers carry valid GB 11643 check digits, no full bank-card numbers anywhere) and
that the generator reproduces the file byte for byte under different PYTHONHASHSEED values.
"""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 6767
PFX = "S67"
PART = "set67"
MADE_BY = "tests/lostfound/make_set67.py"
N_LOST, N_LOST_TRUE, N_LOST_NEVER = 240, 150, 90
N_FOUND, N_NEG = 270, 120
NEG_EXPECTED = {"twin_detail": 38, "twin_serial": 16, "found_before_loss": 22, "far_place": 14, "unclaimed": 30}
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
MAXMIN = 172800
MAX_CROSS = 5

LOST_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon",
             "lost_from_min", "lost_to_min", "truth"}
FOUND_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon",
              "found_at_min", "negative"}
SHORT = ("color", "brand", "model", "serial", "address")

faults = []


def fault(msg):
    faults.append(msg)


def luhn_ok(num):
    s = 0
    for i, d in enumerate(reversed(num)):
        n = int(d)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_ok(v):
    v = v.upper()
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    return "10X98765432"[sum(int(a) * b for a, b in zip(v[:17], ID_W)) % 11] == v[17]


# a run of digits, possibly split by single spaces or hyphens, optionally ending in X (ID numbers)
RUN = re.compile(r"(?<![0-9A-Za-z])\d(?:[ -]?\d)*(?:[Xx])?(?![0-9A-Za-z])")


def number_faults(text, where):
    """Long digit runs must be valid IMEIs (15, Luhn) or valid ID numbers (18, GB 11643)."""
    n_imei = n_id = 0
    for m in RUN.finditer(text):
        raw = m.group(0)
        digits = re.sub(r"[ -]", "", raw)
        if len(digits) < 15:
            continue
        if len(digits) == 15 and digits.isdigit():
            if not luhn_ok(digits):
                fault("%s: 15-digit number %r fails Luhn" % (where, raw))
            n_imei += 1
        elif len(digits) == 18:
            if not id_ok(digits):
                fault("%s: 18-character number %r is not a valid ID number" % (where, raw))
            n_id += 1
        else:
            fault("%s: %d-digit number %r (full card number or malformed serial)" % (where, len(digits), raw))
    return n_imei, n_id


def in_china(lat, lon):
    return 18.0 <= lat <= 54.0 and 73.0 <= lon <= 135.1


def check_common(r, where, allowed):
    for k in r:
        if k not in allowed:
            fault("%s: unknown field %r" % (where, k))
    if r.get("category") not in CATS:
        fault("%s: category %r not in catalogue" % (where, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip():
        fault("%s: empty body" % where)
    elif len(b) > 600:
        fault("%s: body has %d characters (> 600)" % (where, len(b)))
    for k in SHORT:
        if k in r:
            if not isinstance(r[k], str) or not r[k].strip():
                fault("%s: %s must be a non-empty string" % (where, k))
            elif len(r[k]) > 60:
                fault("%s: %s has %d characters (> 60)" % (where, k, len(r[k])))
    if "marks" in r:
        if not isinstance(r["marks"], str) or not r["marks"].strip():
            fault("%s: marks must be a non-empty string" % where)
        elif len(r["marks"]) > 500:
            fault("%s: marks has %d characters (> 500)" % (where, len(r["marks"])))
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat and lon must come together" % where)
    if "lat" in r and "lon" in r:
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)):
            fault("%s: lat/lon must be numbers" % where)
        elif not in_china(la, lo):
            fault("%s: lat/lon %s,%s outside China" % (where, la, lo))
    counts = [0, 0]
    for k in ("body", "marks", "serial"):
        if k in r and isinstance(r[k], str):
            a, b2 = number_faults(r[k], "%s.%s" % (where, k))
            counts[0] += a
            counts[1] += b2
    return counts


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def check_reproducible(path):
    """The generator must rebuild the same bytes, whatever the hash seed."""
    gen = os.path.join(HERE, "make_set67.py")
    want = open(path, "rb").read()
    ok = True
    with tempfile.TemporaryDirectory() as td:
        for hs in ("0", "4242"):
            out = os.path.join(td, "set67_%s.json" % hs)
            env = dict(os.environ, PYTHONHASHSEED=hs)
            env.pop("SET67_AUDIT", None)
            env.pop("SET67_DEBUG", None)
            res = subprocess.run([sys.executable, gen, out], env=env, capture_output=True, text=True)
            if res.returncode != 0:
                fault("generator failed (PYTHONHASHSEED=%s): %s" % (hs, res.stderr.strip()[-300:]))
                ok = False
                continue
            if open(out, "rb").read() != want:
                fault("generator output differs from %s (PYTHONHASHSEED=%s)" % (os.path.basename(path), hs))
                ok = False
    return ok


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "set67.json")
    data = json.load(open(path, encoding="utf-8"))
    if data.get("seed") != SEED:
        fault("seed is %r, expected %d" % (data.get("seed"), SEED))
    if data.get("made_by") != MADE_BY:
        fault("made_by is %r" % data.get("made_by"))
    parts = data.get("parts", {})
    if list(parts.keys()) != [PART]:
        fault("parts must hold exactly %r, found %r" % (PART, list(parts.keys())))
    part = parts.get(PART, {})
    lost, found = part.get("lost", []), part.get("found", [])

    # keys
    for lst, letter, n in ((lost, "L", N_LOST), (found, "F", N_FOUND)):
        keys = [r.get("key") for r in lst]
        want = ["%s-%s%04d" % (PFX, letter, i) for i in range(1, n + 1)]
        if keys != want:
            fault("%s keys are not %s-%s0001 … in order (got %d records)" % (letter, PFX, letter, len(keys)))
        if len(set(keys)) != len(keys):
            fault("duplicate %s keys" % letter)
    fidx = {r["key"]: r for r in found if "key" in r}

    n_imei = n_id = 0
    # lost reports
    for r in lost:
        w = r.get("key", "?")
        a, b = check_common(r, w, LOST_KEYS)
        n_imei += a
        n_id += b
        lf, lt = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_int(lf) and is_int(lt)):
            fault("%s: lost_from_min/lost_to_min must be integers" % w)
        elif not (MAXMIN >= lf >= lt >= 0):
            fault("%s: need 172800 >= lost_from_min (%s) >= lost_to_min (%s) >= 0" % (w, lf, lt))
        if "truth" not in r:
            fault("%s: truth missing (use null for never found)" % w)
        elif r["truth"] is not None and r["truth"] not in fidx:
            fault("%s: truth %r is not a found key" % (w, r["truth"]))
    # found items
    for r in found:
        w = r.get("key", "?")
        a, b = check_common(r, w, FOUND_KEYS)
        n_imei += a
        n_id += b
        fa = r.get("found_at_min")
        if not is_int(fa) or not (0 <= fa <= MAXMIN):
            fault("%s: found_at_min %r outside 0…172800" % (w, fa))
        if "negative" in r and (not isinstance(r["negative"], str) or r["negative"] not in NEG_EXPECTED):
            fault("%s: unknown negative label %r" % (w, r["negative"]))

    # labels
    truth_of = collections.defaultdict(list)
    for r in lost:
        if r.get("truth"):
            truth_of[r["truth"]].append(r["key"])
    cross = 0
    for fk, lks in sorted(truth_of.items()):
        if len(lks) > 1:
            fault("found %s is the truth of %d reports: %s" % (fk, len(lks), lks))
        f = fidx[fk]
        if "negative" in f:
            fault("found %s is labelled negative (%s) but is the truth of %s" % (fk, f["negative"], lks))
        for lk in lks:
            lr = next(x for x in lost if x["key"] == lk)
            if is_int(f.get("found_at_min")) and is_int(lr.get("lost_from_min")) and \
                    f["found_at_min"] > lr["lost_from_min"]:
                fault("%s -> %s: found before the loss window began (%d > %d)" %
                      (lk, fk, f["found_at_min"], lr["lost_from_min"]))
            if f.get("category") != lr.get("category"):
                cross += 1
    for f in found:
        if "negative" not in f and f["key"] not in truth_of:
            fault("found %s is nobody's truth and has no negative label" % f["key"])
    if cross > MAX_CROSS:
        fault("%d true pairs sit under different categories (at most %d allowed)" % (cross, MAX_CROSS))

    # counts
    n_true = sum(1 for r in lost if r.get("truth"))
    n_never = sum(1 for r in lost if r.get("truth") is None)
    negs = collections.Counter(f["negative"] for f in found if "negative" in f)
    if (len(lost), n_true, n_never) != (N_LOST, N_LOST_TRUE, N_LOST_NEVER):
        fault("lost: %d (%d true, %d never found); expected %d (%d, %d)" %
              (len(lost), n_true, n_never, N_LOST, N_LOST_TRUE, N_LOST_NEVER))
    if len(found) != N_FOUND or sum(negs.values()) != N_NEG:
        fault("found: %d with %d negatives; expected %d with %d" % (len(found), sum(negs.values()), N_FOUND, N_NEG))
    if dict(negs) != NEG_EXPECTED:
        fault("negative labels %s, expected %s" % (dict(sorted(negs.items())), NEG_EXPECTED))
    bodies = collections.Counter(r["body"] for r in lost + found if isinstance(r.get("body"), str))
    dup = [b for b, c in bodies.items() if c > 1]
    if dup:
        fault("%d bodies appear more than once, e.g. %r" % (len(dup), dup[0][:60]))

    repro = check_reproducible(path)

    # report
    print("checked %s" % path)
    print("  seed %d, part %s, %d lost reports, %d found items" % (SEED, PART, len(lost), len(found)))
    print("  lost with a true found item: %d; never found: %d" % (n_true, n_never))
    print("  found items that are someone's truth: %d; labelled negatives: %d" % (len(truth_of), sum(negs.values())))
    for k in sorted(negs):
        print("    negative %-18s %3d" % (k, negs[k]))
    print("  true pairs under different categories: %d (max %d)" % (cross, MAX_CROSS))
    print("  by category (lost true / lost never / found truth / found negative):")
    lc = collections.Counter((r["category"], bool(r.get("truth"))) for r in lost)
    fc = collections.Counter((f["category"], "negative" in f) for f in found)
    for c in sorted(CATS):
        print("    %-12s %3d %3d %3d %3d" % (c, lc[(c, True)], lc[(c, False)], fc[(c, False)], fc[(c, True)]))
    fill = collections.Counter()
    for r in lost + found:
        for k in ("color", "brand", "model", "serial", "marks", "address", "lat"):
            if k in r:
                fill[k] += 1
    print("  optional fields filled (of %d records): %s" % (len(lost) + len(found),
                                                            ", ".join("%s %d" % (k, fill[k]) for k in sorted(fill))))
    print("  numbers: %d IMEIs pass Luhn, %d ID numbers pass GB 11643, no full card numbers" % (n_imei, n_id)
          if not any("number" in x for x in faults) else "  numbers: faults found")
    print("  loss windows and found times within 0…%d minutes; found_at_min <= lost_from_min for every pair" % MAXMIN)
    print("  reproducible from make_set67.py under PYTHONHASHSEED 0 and 4242: %s" % ("yes" if repro else "NO"))
    if faults:
        print("\n%d fault(s):" % len(faults))
        for f in faults[:60]:
            print("  - " + f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
