#!/usr/bin/env python3
"""Validate tests/lostfound/set82.json against the brief; exit non-zero on any fault.

Checks the file layout, keys, categories, field lengths, coordinates, time windows,
labels (truth and negative), the true-pair time rule, cross-category pairs, the
GB 11643 check digit of every ID number, the Luhn digit of every IMEI, that no full
bank card number appears, and that make_set82.py writes the same bytes again under
two different PYTHONHASHSEED values.  Standard library only.
"""
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PART = "set82"
PFX = "S82"
SEED = 8282
PATH = os.path.join(HERE, PART + ".json")
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
NEGS = {"same_cat_color_diff_object", "found_before_loss", "same_brand_diff_place_time", "twin", "near_serial",
        "same_spot_other_item", "namesake", "same_model_diff_color"}
SHORT = ("color", "brand", "model", "serial", "address")
LOST_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
             "lost_from_min", "lost_to_min", "truth"}
FOUND_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
              "found_at_min", "negative"}
MAX_MIN = 172800
WANT_PAIRS, WANT_NULL, WANT_NEG = 150, 90, 120

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * x for c, x in zip(s[:17], w)) % 11] == s[17]


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


def check_record(r, side, seen):
    k = r.get("key")
    allowed = LOST_KEYS if side == "lost" else FOUND_KEYS
    extra = sorted(set(r) - allowed)
    if extra:
        fault("%s: unknown fields %s" % (k, extra))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (k, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % k)
    for f in SHORT:
        if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60):
            fault("%s: field %s empty, not text or longer than 60" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat and lon must come together" % k)
    if "lat" in r:
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (la, lo)):
            fault("%s: lat/lon not numbers" % k)
        elif not (18.0 <= la <= 53.6 and 73.5 <= lo <= 135.1):
            fault("%s: lat/lon %s,%s outside China" % (k, la, lo))
    if k in seen:
        fault("%s: duplicate key" % k)
    seen.add(k)
    text = " ".join(str(r.get(f, "")) for f in ("body", "serial", "marks", "model"))
    # ID numbers: any 18-character run that looks like one must carry a valid check digit
    for m in re.finditer(r"(?<![0-9A-Za-z])(\d{17}[\dX])(?![0-9A-Za-z])", text):
        if not id_ok(m.group(1)):
            fault("%s: ID number %s has a wrong check digit" % (k, m.group(1)))
    # IMEIs: 15 digits, possibly written with spaces or dashes
    for m in re.finditer(r"(?<![\d])(\d[\d \-]{13,20}\d)(?![\d])", text):
        ds = re.sub(r"\D", "", m.group(1))
        if len(ds) == 15 and not luhn_ok(ds):
            fault("%s: IMEI %s fails Luhn" % (k, m.group(1)))
    # bank cards only as tails or masks: no plain run of 16, 17 or 19 digits
    for m in re.finditer(r"(?<!\d)(\d{16,19})(?![\dXx])", text.replace(" ", "")):
        if len(m.group(1)) != 18:
            fault("%s: a full card-like number %s" % (k, m.group(1)))


def main():
    with open(PATH, encoding="utf-8") as fh:
        raw = fh.read()
    data = json.loads(raw)
    if data.get("seed") != SEED:
        fault("seed is %r, want %d" % (data.get("seed"), SEED))
    if data.get("made_by") != "tests/lostfound/make_%s.py" % PART:
        fault("made_by is %r" % data.get("made_by"))
    if sorted(data) != ["made_by", "parts", "seed"]:
        fault("top-level keys %s" % sorted(data))
    parts = data.get("parts", {})
    if list(parts) != [PART]:
        fault("parts should hold exactly %s" % PART)
    p = parts.get(PART, {})
    if sorted(p) != ["found", "lost"]:
        fault("part keys %s" % sorted(p))
    lost, found = p.get("lost", []), p.get("found", [])
    seen = set()
    for i, r in enumerate(lost):
        if r.get("key") != "%s-L%04d" % (PFX, i + 1):
            fault("lost #%d has key %r" % (i + 1, r.get("key")))
        check_record(r, "lost", seen)
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_int(a) and is_int(b) and MAX_MIN >= a >= b >= 0):
            fault("%s: bad loss window %r..%r" % (r.get("key"), a, b))
        if "truth" not in r:
            fault("%s: no truth field" % r.get("key"))
    for i, r in enumerate(found):
        if r.get("key") != "%s-F%04d" % (PFX, i + 1):
            fault("found #%d has key %r" % (i + 1, r.get("key")))
        check_record(r, "found", seen)
        t = r.get("found_at_min")
        if not (is_int(t) and 0 <= t <= MAX_MIN):
            fault("%s: bad found_at_min %r" % (r.get("key"), t))
    fmap = {r["key"]: r for r in found}
    used = Counter()
    cross = []
    for r in lost:
        t = r.get("truth")
        if t is None:
            continue
        if t not in fmap:
            fault("%s: truth %r is not a found key" % (r["key"], t))
            continue
        used[t] += 1
        f = fmap[t]
        if "negative" in f:
            fault("%s: its truth %s carries a negative label" % (r["key"], t))
        if f["found_at_min"] > r["lost_from_min"]:
            fault("%s: truth %s was found before the loss began" % (r["key"], t))
        if f["category"] != r["category"]:
            cross.append((r["key"], r["category"], f["category"]))
        if f["body"] == r["body"]:
            fault("%s: lost and found bodies are identical" % r["key"])
    for t, n in used.items():
        if n > 1:
            fault("%s is the truth of %d reports" % (t, n))
    for f in found:
        if f["key"] in used:
            continue
        if f.get("negative") not in NEGS:
            fault("%s: nobody's truth but negative label is %r" % (f["key"], f.get("negative")))
    if len(cross) > 5:
        fault("%d cross-category pairs, at most 5 allowed" % len(cross))
    n_pairs = sum(1 for r in lost if r.get("truth"))
    n_null = sum(1 for r in lost if r.get("truth") is None)
    n_neg = sum(1 for f in found if "negative" in f)
    if (n_pairs, n_null, n_neg) != (WANT_PAIRS, WANT_NULL, WANT_NEG):
        fault("counts pairs/null/negatives are %d/%d/%d, want %d/%d/%d" % (
            n_pairs, n_null, n_neg, WANT_PAIRS, WANT_NULL, WANT_NEG))
    # the generator must write the same bytes again, whatever the hash seed
    digest = hashlib.sha256(raw.encode("utf-8")).hexdigest()
    gen = os.path.join(HERE, "make_%s.py" % PART)
    with tempfile.TemporaryDirectory() as tmp:
        for hs in ("1", "4242"):
            out = os.path.join(tmp, "again_%s.json" % hs)
            env = dict(os.environ, PYTHONHASHSEED=hs)
            res = subprocess.run([sys.executable, gen, out], env=env, capture_output=True, text=True)
            if res.returncode != 0:
                fault("generator failed under PYTHONHASHSEED=%s: %s" % (hs, res.stderr[-300:]))
                continue
            with open(out, "rb") as fh:
                again = hashlib.sha256(fh.read()).hexdigest()
            if again != digest:
                fault("generator output differs under PYTHONHASHSEED=%s" % hs)

    print("checked %s (sha256 %s)" % (os.path.relpath(PATH, os.path.join(HERE, "..", "..")), digest[:16]))
    print("  lost %d: %d with a truth, %d never handed in; found %d: %d hard negatives" % (
        len(lost), n_pairs, n_null, len(found), n_neg))
    print("  keys, categories, field lengths, coordinates, windows, labels, the found-after-loss rule,")
    print("  ID check digits, IMEI Luhn digits, no full card numbers, regeneration under two hash seeds")
    print("  cross-category pairs: %d %s" % (len(cross), ", ".join("%s %s/%s" % c for c in cross)))
    print("  lat/lon on %d of %d lost and %d of %d found" % (sum("lat" in r for r in lost), len(lost),
                                                          sum("lat" in r for r in found), len(found)))
    neg = Counter(f["negative"] for f in found if "negative" in f)
    print("  negatives: " + ", ".join("%s %d" % (k, neg[k]) for k in sorted(neg)))
    lc, fc = Counter(r["category"] for r in lost), Counter(r["category"] for r in found)
    print("  by category (lost/found): " + ", ".join("%s %d/%d" % (c, lc[c], fc[c]) for c in sorted(CATS)))
    if faults:
        print("FAULTS (%d):" % len(faults))
        for f in faults[:50]:
            print("  " + f)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
