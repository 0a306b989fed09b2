#!/usr/bin/env python3
"""Validate tests/lostfound/set115.json against the brief; exit non-zero on any fault.

Usage: python3 tests/lostfound/check_set115.py [PATH] [--no-rerun]
"""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SEED, PFX, PART = 115015, "S115", "set115"
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
SHORT = ("color", "brand", "model", "serial", "address")
LOST_FIELDS = {"key", "category", "body", "marks", "lat", "lon", "lost_from_min", "lost_to_min", "truth"} | set(SHORT)
FOUND_FIELDS = {"key", "category", "body", "marks", "lat", "lon", "found_at_min", "negative"} | set(SHORT)
NEG_LABELS = {"near_twin", "same_cat_color", "found_before_loss", "same_brand_far", "similar_place",
              "serial_near_miss", "number_collision"}
WANT = dict(lost=240, lost_true=150, lost_null=90, found=270, negatives=120)
MAXMIN = 172800

faults = []


def fault(msg):
    faults.append(msg)


def gb_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * k for c, k in zip(s[:17], w)) % 11] == s[17].upper()


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            d -= 9 if d > 9 else 0
        tot += d
    return tot % 10 == 0


RUN = re.compile(r"\d(?:[ \-]?\d){9,}(?:[ \-]?[Xx])?")


def check_numbers(key, text):
    n = 0
    for m in RUN.finditer(text):
        raw = re.sub(r"[ \-]", "", m.group(0))
        if len(raw) == 15:
            n += 1
            if not luhn_ok(raw):
                fault("%s: 15-digit number %s fails Luhn" % (key, m.group(0)))
        elif len(raw) == 18:
            n += 1
            if not gb_ok(raw):
                fault("%s: 18-digit number %s fails the GB 11643 check digit" % (key, m.group(0)))
        elif len(raw) in (16, 17) or len(raw) >= 19:
            fault("%s: unmasked long number %s (bank cards only as tails or masks)" % (key, m.group(0)))
    return n


def check_common(r, side, fields):
    k = r.get("key", "?")
    extra = set(r) - fields
    if extra:
        fault("%s: unknown fields %s" % (k, sorted(extra)))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (k, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % k)
    for f in SHORT:
        if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60):
            fault("%s: %s empty, not text or longer than 60" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat and lon must come together" % k)
    if "lat" in r:
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)) or \
                not (18.0 <= la <= 54.0 and 73.0 <= lo <= 135.5):
            fault("%s: lat/lon not a point inside China" % k)
    text = " ".join(str(r.get(f, "")) for f in ("body", "serial", "marks", "model", "address"))
    return check_numbers(k, text)


def is_min(v):
    return isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= MAXMIN


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = args[0] if args else os.path.join(HERE, "set115.json")
    raw = open(path, "rb").read()
    data = json.loads(raw.decode("utf-8"))
    if data.get("seed") != SEED:
        fault("seed is %r, want %d" % (data.get("seed"), SEED))
    if data.get("made_by") != "tests/lostfound/make_set115.py":
        fault("made_by is %r" % data.get("made_by"))
    if set(data.get("parts", {})) != {PART}:
        fault("parts should be exactly {%s}" % PART)
    part = data["parts"][PART]
    lost, found = part["lost"], part["found"]
    fkeys = {}
    numbers = 0
    for i, r in enumerate(found):
        want = "%s-F%04d" % (PFX, i + 1)
        if r.get("key") != want:
            fault("found #%d: key %r, want %s" % (i, r.get("key"), want))
        fkeys[r.get("key")] = r
        numbers += check_common(r, "found", FOUND_FIELDS)
        if not is_min(r.get("found_at_min")):
            fault("%s: found_at_min not an int in 0..%d" % (r.get("key"), MAXMIN))
    used = collections.Counter()
    for i, r in enumerate(lost):
        k = r.get("key")
        want = "%s-L%04d" % (PFX, i + 1)
        if k != want:
            fault("lost #%d: key %r, want %s" % (i, k, want))
        numbers += check_common(r, "lost", LOST_FIELDS)
        lf, lt = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_min(lf) and is_min(lt) and lf >= lt):
            fault("%s: need 0 <= lost_to_min <= lost_from_min <= %d" % (k, MAXMIN))
        if "truth" not in r:
            fault("%s: truth missing (use null)" % k)
        t = r.get("truth")
        if t is not None:
            if t not in fkeys:
                fault("%s: truth %r is not a found key" % (k, t))
                continue
            used[t] += 1
            if is_min(lf) and fkeys[t].get("found_at_min", -1) > lf:
                fault("%s: its found item %s was found before the loss began" % (k, t))
    for t, c in used.items():
        if c > 1:
            fault("%s is the truth of %d reports" % (t, c))
    cross = 0
    for r in lost:
        t = r.get("truth")
        if t in fkeys and fkeys[t]["category"] != r["category"]:
            cross += 1
    if cross > 5:
        fault("%d pairs sit under different categories (at most 5)" % cross)
    neg = collections.Counter()
    for k, r in fkeys.items():
        if k in used:
            if "negative" in r:
                fault("%s: is a truth but carries negative" % k)
        else:
            if r.get("negative") not in NEG_LABELS:
                fault("%s: nobody's truth but negative label is %r" % (k, r.get("negative")))
            neg[r.get("negative")] += 1
    n_true = sum(1 for r in lost if r.get("truth") is not None)
    got = dict(lost=len(lost), lost_true=n_true, lost_null=len(lost) - n_true, found=len(found),
               negatives=sum(neg.values()))
    for k, v in WANT.items():
        if got[k] != v:
            fault("count %s is %d, want %d" % (k, got[k], v))
    # determinism: re-run the maker under two hash seeds and compare bytes
    reran = "skipped"
    if "--no-rerun" not in sys.argv:
        with tempfile.TemporaryDirectory() as td:
            for hs in ("0", "1"):
                out = os.path.join(td, "again%s.json" % hs)
                env = dict(os.environ, PYTHONHASHSEED=hs)
                subprocess.run([sys.executable, os.path.join(HERE, "make_set115.py"), "--out", out], check=True,
                               env=env, stdout=subprocess.DEVNULL)
                if open(out, "rb").read() != raw:
                    fault("make_set115.py under PYTHONHASHSEED=%s does not reproduce %s byte for byte" % (hs, path))
            reran = "PYTHONHASHSEED=0 and 1 reproduce the file byte for byte" if not faults else "see faults"
    # report
    print("checked %s" % path)
    print("  lost %d (with truth %d, never handed in %d); found %d (true %d, hard negatives %d)" % (
        got["lost"], got["lost_true"], got["lost_null"], got["found"], len(used), got["negatives"]))
    print("  keys sequential, fields known, lengths, lat/lon pairs inside China, minute windows, truth links,")
    print("  found-at-or-after-loss for every truth, one report per found item, %d cross-category pairs (<= 5)" % cross)
    print("  %d IMEI / ID numbers checked (Luhn, GB 11643); no unmasked bank-card-length numbers" % numbers)
    print("  negatives: " + ", ".join("%s %d" % kv for kv in sorted(neg.items())))
    cl = collections.Counter((r["category"], r.get("truth") is not None) for r in lost)
    cf = collections.Counter((r["category"], "negative" in r) for r in found)
    print("  %-12s %6s %6s %6s %6s" % ("category", "l_true", "l_null", "f_true", "f_neg"))
    for c in sorted(CATS):
        print("  %-12s %6d %6d %6d %6d" % (c, cl[(c, True)], cl[(c, False)], cf[(c, False)], cf[(c, True)]))
    print("  determinism: %s" % reran)
    if faults:
        print("FAULTS (%d):" % len(faults))
        for f in faults[:60]:
            print("  " + f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
