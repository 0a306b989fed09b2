#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""check_set79.py -- validates set79.json; exits non-zero on any fault.

Checks the shape the brief asks for, the label rules (truth links, negatives,
time order, cross-category pairs), the number rules (GB 11643 check digits on
ID numbers, Luhn digits on IMEIs, no full bank card or mobile numbers), the
agreed sizes, and that make_set79.py rewrites the file byte for byte under
other PYTHONHASHSEED values.
"""
import collections
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set79.json")
MAKER = os.path.join(HERE, "make_set79.py")
SEED, PART, PFX = 7979, "set79", "S79"
N_TRUE, N_NEVER, N_NEG = 150, 90, 120
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry",
        "electronics", "other"]
NEG_LABELS = {"same_category_colour", "found_before_loss", "same_brand_elsewhere", "twin",
              "near_serial", "same_spot_other_item", "same_name_other_person", "spring_rush_lookalike"}
MAX_MIN = 172800
SHORT = ("color", "brand", "model", "serial", "address")
LOST_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address",
             "lat", "lon", "lost_from_min", "lost_to_min", "truth"}
FOUND_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address",
              "lat", "lon", "found_at_min", "negative"}
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"
FW = str.maketrans("０１２３４５６７８９", "0123456789")

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    return ID_C[sum(int(a) * b for a, b in zip(s[:17], ID_W)) % 11] == s[17]


def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def check_common(r, where, allowed):
    extra = set(r) - allowed
    if extra:
        fault("%s: unknown fields %s" % (where, sorted(extra)))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (where, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % where)
    for k in SHORT:
        if k in r and (not isinstance(r[k], str) or not r[k].strip() or len(r[k]) > 60):
            fault("%s: %s empty, not text or longer than 60" % (where, k))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % where)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat and lon must come together" % where)
    if "lat" in r:
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(v, float) for v in (la, lo)) or not (18 <= la <= 54 and 73 <= lo <= 135):
            fault("%s: lat/lon not a WGS84 point inside China" % where)


def texts(r):
    return [(k, r[k]) for k in ("body", "color", "brand", "model", "serial", "marks", "address") if k in r]


def check_numbers(r, where, stats):
    for k, v in texts(r):
        if re.search(r"%s|\{n\}|None", v):
            fault("%s: template residue in %s: %r" % (where, k, v))
        t = v.translate(FW)
        # ID numbers: every full 18-character run must carry a valid check digit
        for m in re.finditer(r"(?<![0-9A-Za-z])(\d{17}[\dX])(?![0-9A-Za-z])", t):
            stats["id"] += 1
            if not id_ok(m.group(1)):
                fault("%s: ID number with a wrong check digit %s" % (where, m.group(1)))
        # IMEIs written whole, with spaces (4-4-4-3) or dashes (2-6-6-1)
        cands = re.findall(r"(?<!\d)(\d{15})(?!\d)", t)
        cands += ["".join(x) for x in re.findall(r"(?<!\d)(\d{4}) (\d{4}) (\d{4}) (\d{3})(?!\d)", t)]
        cands += ["".join(x) for x in re.findall(r"(?<!\d)(\d{2})-(\d{6})-(\d{6})-(\d)(?!\d)", t)]
        for c in cands:
            stats["imei"] += 1
            if not luhn_ok(c):
                fault("%s: IMEI with a wrong Luhn digit %s" % (where, c))
        # no full bank card numbers, no unmasked mobile numbers
        for m in re.finditer(r"(?<!\d)\d{16,19}(?![\dX])", t):
            if not (len(m.group(0)) == 18 and id_ok(m.group(0))):
                fault("%s: long digit run that could be a card number %s" % (where, m.group(0)))
        if re.search(r"(?<!\d)\d{4} \d{4} \d{4} \d{4}(?!\d)", t):
            fault("%s: unmasked card number" % where)
        if re.search(r"(?<![\d*])1[3-9]\d{9}(?![\d*])", t):
            fault("%s: unmasked mobile number" % where)


def check_file(path):
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    if set(data) != {"seed", "made_by", "parts"}:
        fault("top level keys %s" % sorted(data))
    if data.get("seed") != SEED:
        fault("seed is %r" % data.get("seed"))
    if data.get("made_by") != "tests/lostfound/make_set79.py":
        fault("made_by is %r" % data.get("made_by"))
    parts = data.get("parts", {})
    if list(parts) != [PART] or set(parts[PART]) != {"found", "lost"}:
        fault("parts must hold exactly %s with found and lost" % PART)
        return None
    found, lost = parts[PART]["found"], parts[PART]["lost"]
    stats = collections.Counter()
    fkeys = {}
    for i, f in enumerate(found):
        where = "found[%d]" % i
        if f.get("key") != "%s-F%04d" % (PFX, i + 1):
            fault("%s: key %r out of sequence" % (where, f.get("key")))
        fkeys[f.get("key")] = f
        check_common(f, where, FOUND_KEYS)
        fa = f.get("found_at_min")
        if not is_int(fa) or not 0 <= fa <= MAX_MIN:
            fault("%s: found_at_min %r" % (where, fa))
        if "negative" in f and f["negative"] not in NEG_LABELS:
            fault("%s: unknown negative label %r" % (where, f["negative"]))
        check_numbers(f, f.get("key", where), stats)
    used = collections.Counter()
    cross = 0
    for i, r in enumerate(lost):
        where = "lost[%d]" % i
        if r.get("key") != "%s-L%04d" % (PFX, i + 1):
            fault("%s: key %r out of sequence" % (where, r.get("key")))
        check_common(r, where, LOST_KEYS)
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_int(a) and is_int(b) and MAX_MIN >= a >= b >= 0):
            fault("%s: loss window %r..%r" % (where, a, b))
        if "truth" not in r:
            fault("%s: truth missing" % where)
            continue
        t = r["truth"]
        if t is None:
            continue
        if t not in fkeys:
            fault("%s: truth %r is not a found key" % (where, t))
            continue
        used[t] += 1
        f = fkeys[t]
        if "negative" in f:
            fault("%s: truth %s carries a negative label" % (where, t))
        if is_int(a) and is_int(f.get("found_at_min")) and f["found_at_min"] > a:
            fault("%s: its item %s was found before the loss began" % (where, t))
        if f.get("category") != r.get("category"):
            cross += 1
        check_numbers(r, r.get("key", where), stats)
    for r in lost:
        if r.get("truth") is None:
            check_numbers(r, r.get("key"), stats)
    for k, n in used.items():
        if n > 1:
            fault("found %s is the truth of %d reports" % (k, n))
    for k, f in fkeys.items():
        if k not in used and "negative" not in f:
            fault("found %s is nobody's truth but has no negative label" % k)
    if cross > 5:
        fault("%d true pairs sit under different categories (at most 5)" % cross)
    n_true = sum(1 for r in lost if r.get("truth"))
    n_never = sum(1 for r in lost if r.get("truth") is None)
    n_neg = sum(1 for f in found if "negative" in f)
    if (n_true, n_never, n_neg) != (N_TRUE, N_NEVER, N_NEG) or len(found) != N_TRUE + N_NEG:
        fault("sizes: %d true, %d never found, %d negatives, %d found" % (n_true, n_never, n_neg, len(found)))
    return data, found, lost, cross, stats


def check_determinism():
    with open(PATH, "rb") as fh:
        want = hashlib.sha256(fh.read()).hexdigest()
    got = []
    with tempfile.TemporaryDirectory() as td:
        for hs in ("0", "1", "4242"):
            out = os.path.join(td, "set79_%s.json" % hs)
            env = dict(os.environ, PYTHONHASHSEED=hs)
            subprocess.run([sys.executable, MAKER, out], check=True, env=env, stdout=subprocess.DEVNULL)
            with open(out, "rb") as fh:
                got.append((hs, hashlib.sha256(fh.read()).hexdigest()))
    for hs, h in got:
        if h != want:
            fault("make_set79.py under PYTHONHASHSEED=%s does not reproduce set79.json" % hs)
    return want, got


def main():
    res = check_file(PATH)
    if res is None:
        print("\n".join(faults))
        return 1
    data, found, lost, cross, stats = res
    want, got = check_determinism()
    print("set79.json sha256 %s" % want)
    print("regenerated under PYTHONHASHSEED=%s: %s" % (
        ",".join(h for h, _ in got), "identical" if all(g == want for _, g in got) else "DIFFERENT"))
    n_true = sum(1 for r in lost if r.get("truth"))
    print("lost reports: %d (%d handed in, %d never found); found items: %d (%d hard negatives)" % (
        len(lost), n_true, len(lost) - n_true, len(found), sum(1 for f in found if "negative" in f)))
    print("true pairs under different categories: %d" % cross)
    print("ID numbers checked: %d, IMEIs checked: %d" % (stats["id"], stats["imei"]))
    neg = collections.Counter(f["negative"] for f in found if "negative" in f)
    print("negatives: " + ", ".join("%s %d" % (k, neg[k]) for k in sorted(neg)))
    lc = collections.Counter(r["category"] for r in lost)
    lt = collections.Counter(r["category"] for r in lost if r.get("truth"))
    fc = collections.Counter(f["category"] for f in found)
    fn = collections.Counter(f["category"] for f in found if "negative" in f)
    print("%-12s %5s %7s %6s %6s %9s" % ("category", "lost", "handed", "never", "found", "negative"))
    for c in CATS:
        print("%-12s %5d %7d %6d %6d %9d" % (c, lc[c], lt[c], lc[c] - lt[c], fc[c], fn[c]))
    for side, recs in (("lost", lost), ("found", found)):
        n = len(recs)
        print("%s fields filled: " % side + ", ".join(
            "%s %d%%" % (k, round(100.0 * sum(1 for r in recs if k in r) / n))
            for k in ("color", "brand", "model", "serial", "marks", "address", "lat")))
    if faults:
        print("FAULTS (%d):" % len(faults))
        for f in faults[:200]:
            print("  " + f)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
