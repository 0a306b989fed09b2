#!/usr/bin/python3
"""Validate tests/lostfound/set109.json; exit non-zero on any fault.

    PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 tests/lostfound/check_set109.py [path]

Checks: top-level shape, seed and made_by; key format, prefix and uniqueness; categories; field
types and lengths; lat/lon both-or-neither and inside China; time ranges; truth links (existing
found key, at most one report per found item, found at or after the loss began, no `negative`
on a truth, a `negative` on every found item that is nobody's truth); at most 5 cross-category
pairs; the planned counts; GB 11643 check digits on every full ID number, Luhn on every
15-digit IMEI, and no full bank card number anywhere.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PFX = "S109"
PART = "set109"
SEED = 1090917
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
NEG = {"near_twin", "same_category_colour", "found_before_loss", "same_brand_elsewhere", "same_name_other_person", "same_place_other_item"}
EXPECT = {"pairs": 150, "never": 90, "negatives": 120}
MAXMIN = 172800
TEXT = ("color", "brand", "model", "serial", "address")
LOST_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "lost_from_min", "lost_to_min", "truth"}
FOUND_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "found_at_min", "negative"}

faults = []


def fault(msg):
    faults.append(msg)


def gb_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * k for c, k in zip(s[:17], w)) % 11] == s[17].upper()


def luhn_ok(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        t += n
    return t % 10 == 0


ID_RE = re.compile(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])")
IMEI_RE = re.compile(r"(?<![\d])(\d(?:[ -]?\d){14})(?![\d])")
LONG_RE = re.compile(r"(?<![\d])\d{16,}(?![\d])")


def check_numbers(key, field, text):
    n_id = n_imei = 0
    for m in ID_RE.finditer(text):
        n_id += 1
        if not gb_ok(m.group(1)):
            fault("%s.%s: ID number %s has a wrong check digit" % (key, field, m.group(1)))
    for m in IMEI_RE.finditer(text):
        digits = re.sub(r"[ -]", "", m.group(1))
        if len(digits) == 15:
            n_imei += 1
            if not luhn_ok(digits):
                fault("%s.%s: IMEI %s fails Luhn" % (key, field, m.group(1)))
    for m in LONG_RE.finditer(text):
        s = m.group(0)
        nxt = text[m.end():m.end() + 1]
        if len(s) == 18 or (len(s) == 17 and nxt in ("X", "x")):
            continue  # an ID number, checked above
        fault("%s.%s: a %d-digit number %s (a full card number?)" % (key, field, len(s), s))
    return n_id, n_imei


def check_common(r, kind, keys_allowed):
    k = r.get("key", "?")
    extra = set(r) - keys_allowed
    if extra:
        fault("%s: unknown fields %s" % (k, sorted(extra)))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (k, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % k)
    for f in TEXT:
        if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60):
            fault("%s: %s must be a non-empty string of at most 60 characters" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
        fault("%s: marks must be a non-empty string of at most 500" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat and lon must come together" % k)
    if "lat" in r:
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)) or not (18 <= la <= 54 and 73 <= lo <= 135):
            fault("%s: lat/lon %r,%r not inside China" % (k, la, lo))
    ni = nm = 0
    for f in ("body", "serial", "marks", "model", "brand", "color", "address"):
        if isinstance(r.get(f), str):
            a, b2 = check_numbers(k, f, r[f])
            ni += a
            nm += b2
    return ni, nm


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "set109.json")
    with open(path, encoding="utf-8") as fh:
        d = json.load(fh)
    if set(d) != {"seed", "made_by", "parts"}:
        fault("top level must be seed, made_by, parts: %s" % sorted(d))
    if d.get("seed") != SEED:
        fault("seed %r != %d" % (d.get("seed"), SEED))
    if d.get("made_by") != "tests/lostfound/make_set109.py":
        fault("made_by %r" % d.get("made_by"))
    parts = d.get("parts", {})
    if list(parts) != [PART]:
        fault("parts must hold exactly %s" % PART)
    p = parts.get(PART, {})
    found, lost = p.get("found", []), p.get("lost", [])
    ids = imeis = 0
    fkeys = {}
    for i, f in enumerate(found):
        if f.get("key") != "%s-F%04d" % (PFX, i + 1):
            fault("found #%d has key %r" % (i + 1, f.get("key")))
        fkeys[f.get("key")] = f
        a, b = check_common(f, "found", FOUND_KEYS)
        ids += a
        imeis += b
        t = f.get("found_at_min")
        if not isinstance(t, int) or isinstance(t, bool) or not 0 <= t <= MAXMIN:
            fault("%s: found_at_min %r out of 0..%d" % (f.get("key"), t, MAXMIN))
        if "negative" in f and f["negative"] not in NEG:
            fault("%s: unknown negative label %r" % (f["key"], f["negative"]))
    if len(fkeys) != len(found):
        fault("duplicate found keys")
    used = Counter()
    cross = 0
    pairs = never = 0
    lkeys = set()
    for i, l in enumerate(lost):
        k = l.get("key")
        if k != "%s-L%04d" % (PFX, i + 1):
            fault("lost #%d has key %r" % (i + 1, k))
        lkeys.add(k)
        a, b = check_common(l, "lost", LOST_KEYS)
        ids += a
        imeis += b
        lf, lt = l.get("lost_from_min"), l.get("lost_to_min")
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (lf, lt)) or not (MAXMIN >= lf >= lt >= 0):
            fault("%s: loss window %r..%r not MAX >= from >= to >= 0" % (k, lf, lt))
            continue
        if "truth" not in l:
            fault("%s: no truth field" % k)
            continue
        t = l["truth"]
        if t is None:
            never += 1
            continue
        pairs += 1
        if t not in fkeys:
            fault("%s: truth %r is not a found key" % (k, t))
            continue
        used[t] += 1
        f = fkeys[t]
        if "negative" in f:
            fault("%s: its truth %s carries a negative label" % (k, t))
        if f["found_at_min"] > lf:
            fault("%s: truth %s found %d min before registration, before the loss began (%d)" % (k, t, f["found_at_min"], lf))
        if f["category"] != l["category"]:
            cross += 1
    if len(lkeys) != len(lost):
        fault("duplicate lost keys")
    for t, n in used.items():
        if n > 1:
            fault("%s is the truth of %d reports" % (t, n))
    negs = Counter()
    for k, f in fkeys.items():
        if k not in used and "negative" not in f:
            fault("%s is nobody's truth but has no negative label" % k)
        if "negative" in f:
            negs[f["negative"]] += 1
    if cross > 5:
        fault("%d pairs under different categories (at most 5)" % cross)
    nneg = sum(negs.values())
    for name, got in (("pairs", pairs), ("never", never), ("negatives", nneg)):
        if got != EXPECT[name]:
            fault("%s: %d, expected %d" % (name, got, EXPECT[name]))
    bodies = Counter(r["body"] for r in found + lost if isinstance(r.get("body"), str))
    dup = [b for b, n in bodies.items() if n > 1]
    if dup:
        print("note: %d bodies occur more than once (e.g. %r)" % (len(dup), dup[0][:40]))
    print("checked %s" % path)
    print("  lost %d (pairs %d, never handed in %d), found %d (truths %d, hard negatives %d)" % (len(lost), pairs, never, len(found), len(used), nneg))
    print("  negatives: " + ", ".join("%s %d" % kv for kv in sorted(negs.items())))
    print("  cross-category pairs: %d; full ID numbers checked: %d; IMEIs checked: %d" % (cross, ids, imeis))
    lc = Counter(l.get("category") for l in lost)
    fc = Counter(f.get("category") for f in found)
    print("  lost by category: " + ", ".join("%s %d" % kv for kv in sorted(lc.items())))
    print("  found by category: " + ", ".join("%s %d" % kv for kv in sorted(fc.items())))
    if faults:
        for m in faults[:50]:
            print("FAULT: " + m)
        print("%d fault(s)" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
