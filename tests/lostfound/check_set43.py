#!/usr/bin/env python3
"""Validate tests/lostfound/set43.json against the brief; exit non-zero on any fault.

Checks the file layout, keys, categories, field lengths, coordinates, minutes, truth links
(found at or after the start of the loss window, each found item the truth of at most one report),
negative labels, cross-category pairs (at most 5), GB 11643 check digits on every full ID number,
Luhn digits on every IMEI, no unmasked bank card number, and that make_set43.py reproduces the file
byte for byte under different PYTHONHASHSEED values.
"""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set43.json")
GEN = os.path.join(HERE, "make_set43.py")
SEED, PFX, PART = 4343, "V3", "set43"
N_LOST, N_FOUND, N_TRUE, N_NF, N_NEG = 400, 500, 300, 100, 200
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
NEG_KINDS = {"same_category_color", "found_before_loss", "same_brand_far", "ordinary"}
MAXMIN = 172800
SHORT = ("color", "brand", "model", "serial", "address")
LOST_FIELDS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "lost_from_min", "lost_to_min", "truth"}
FOUND_FIELDS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
                "found_at_min", "negative"}

faults = []


def fault(msg):
    faults.append(msg)


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_ok(s):
    return ID_C[sum(int(a) * b for a, b in zip(s[:17], ID_W)) % 11] == s[17].upper()


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


NUM_RE = re.compile(r"(?<![0-9A-Za-z*])\d(?:[ \-]?\d)*[0-9Xx]?(?![0-9A-Za-z*])")
stats = collections.Counter()


def check_numbers(where, text):
    for m in NUM_RE.finditer(text):
        raw = m.group(0)
        digits = raw.replace(" ", "").replace("-", "")
        if len(digits) == 18 and re.fullmatch(r"\d{17}[0-9Xx]", digits):
            stats["full ID numbers"] += 1
            if not id_ok(digits):
                fault("%s: ID number %s has a wrong check digit" % (where, raw))
        elif len(digits) == 15 and digits.isdigit():
            stats["IMEIs"] += 1
            if not luhn_ok(digits):
                fault("%s: IMEI %s fails Luhn" % (where, raw))
        elif digits[-1:] in "Xx" and len(digits) != 18:
            continue
        elif len(digits) >= 16:
            fault("%s: unmasked long number %s (bank card?)" % (where, raw))


def in_china(lat, lon):
    return 18.0 <= lat <= 54.0 and 73.0 <= lon <= 135.0


def check_common(rec, where, fields):
    for k in rec:
        if k not in fields:
            fault("%s: unknown field %s" % (where, k))
    if rec.get("category") not in CATS:
        fault("%s: bad category %r" % (where, rec.get("category")))
    body = rec.get("body")
    if not isinstance(body, str) or not body.strip():
        fault("%s: empty body" % where)
    elif len(body) > 600:
        fault("%s: body longer than 600 (%d)" % (where, len(body)))
    for k in SHORT:
        if k in rec:
            v = rec[k]
            if not isinstance(v, str) or not v.strip():
                fault("%s: %s empty or not a string" % (where, k))
            elif len(v) > 60:
                fault("%s: %s longer than 60" % (where, k))
    if "marks" in rec and (not isinstance(rec["marks"], str) or not rec["marks"].strip() or len(rec["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % where)
    if ("lat" in rec) != ("lon" in rec):
        fault("%s: lat and lon must come together" % where)
    if "lat" in rec:
        la, lo = rec["lat"], rec["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)) or not in_china(la, lo):
            fault("%s: lat/lon not inside China" % where)
        stats["with coordinates"] += 1
    for k in ("body", "marks", "serial"):
        if isinstance(rec.get(k), str):
            check_numbers("%s.%s" % (where, k), rec[k])


def is_min(v):
    return isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= MAXMIN


def main():
    with open(PATH, encoding="utf-8") as fh:
        raw = fh.read()
    d = json.loads(raw)
    if set(d) != {"seed", "made_by", "parts"}:
        fault("top level keys are %s" % sorted(d))
    if d.get("seed") != SEED:
        fault("seed is %r" % d.get("seed"))
    if d.get("made_by") != "tests/lostfound/make_set43.py":
        fault("made_by is %r" % d.get("made_by"))
    parts = d.get("parts", {})
    if list(parts) != [PART] or set(parts[PART]) != {"found", "lost"}:
        fault("parts must hold exactly %s with found and lost" % PART)
        return
    lost, found = parts[PART]["lost"], parts[PART]["found"]
    if len(lost) != N_LOST or len(found) != N_FOUND:
        fault("sizes: %d lost, %d found" % (len(lost), len(found)))
    for n, rec in enumerate(lost):
        if rec.get("key") != "%s-L%04d" % (PFX, n + 1):
            fault("lost #%d has key %r" % (n, rec.get("key")))
    for n, rec in enumerate(found):
        if rec.get("key") != "%s-F%04d" % (PFX, n + 1):
            fault("found #%d has key %r" % (n, rec.get("key")))
    F = {f["key"]: f for f in found}
    for f in found:
        check_common(f, f["key"], FOUND_FIELDS)
        if not is_min(f.get("found_at_min")):
            fault("%s: found_at_min %r" % (f["key"], f.get("found_at_min")))
    truth_of = collections.Counter()
    cross = []
    bodies = collections.Counter()
    for l in lost:
        k = l["key"]
        check_common(l, k, LOST_FIELDS)
        bodies[l["body"]] += 1
        a, b = l.get("lost_from_min"), l.get("lost_to_min")
        if not (is_min(a) and is_min(b) and a >= b):
            fault("%s: loss window %r..%r" % (k, a, b))
        if "truth" not in l:
            fault("%s: no truth field" % k)
            continue
        t = l["truth"]
        if t is None:
            continue
        if t not in F:
            fault("%s: truth %r is not a found key" % (k, t))
            continue
        truth_of[t] += 1
        if is_min(a) and F[t].get("found_at_min", -1) > a:
            fault("%s: truth %s found before the loss began (%d > %d)" % (k, t, F[t]["found_at_min"], a))
        if F[t]["category"] != l["category"]:
            cross.append((k, t, l["category"], F[t]["category"]))
    for t, c in truth_of.items():
        if c > 1:
            fault("%s is the truth of %d reports" % (t, c))
    dup = [b for b, c in bodies.items() if c > 1]
    if dup:
        fault("%d lost bodies repeated word for word" % len(dup))
    n_true = sum(1 for l in lost if l.get("truth"))
    n_nf = sum(1 for l in lost if l.get("truth", 0) is None)
    if n_true != N_TRUE or n_nf != N_NF:
        fault("%d reports with a truth, %d never found (want %d/%d)" % (n_true, n_nf, N_TRUE, N_NF))
    negs = collections.Counter()
    for f in found:
        if f["key"] in truth_of:
            if "negative" in f:
                fault("%s is a truth and labelled negative" % f["key"])
        else:
            if f.get("negative") not in NEG_KINDS:
                fault("%s is nobody's truth but negative=%r" % (f["key"], f.get("negative")))
            negs[f.get("negative")] += 1
    if sum(negs.values()) != N_NEG:
        fault("%d negatives, want %d" % (sum(negs.values()), N_NEG))
    if len(cross) > 5:
        fault("%d cross-category pairs (at most 5)" % len(cross))
    # determinism
    with tempfile.TemporaryDirectory() as tmp:
        for hs in ("0", "1", "4343"):
            out = os.path.join(tmp, "s.json")
            env = dict(os.environ, PYTHONHASHSEED=hs)
            subprocess.run([sys.executable, GEN, out], check=True, env=env, stdout=subprocess.DEVNULL)
            with open(out, encoding="utf-8") as fh:
                if fh.read() != raw:
                    fault("make_set43.py with PYTHONHASHSEED=%s does not reproduce set43.json" % hs)
    # report
    print("set43: %d lost reports (%d with a true found item, %d never found), %d found items"
          % (len(lost), n_true, n_nf, len(found)))
    print("negatives: " + ", ".join("%s %d" % (k, negs[k]) for k in sorted(negs)))
    print("cross-category pairs: %d %s" % (len(cross), ["%s/%s %s->%s" % c for c in cross]))
    lc = collections.Counter(l["category"] for l in lost)
    tc = collections.Counter(l["category"] for l in lost if l.get("truth"))
    fc = collections.Counter(f["category"] for f in found)
    print("%-12s %6s %6s %6s" % ("category", "lost", "paired", "found"))
    for c in sorted(CATS):
        print("%-12s %6d %6d %6d" % (c, lc[c], tc[c], fc[c]))
    print("numbers checked: " + ", ".join("%s %d" % (k, v) for k, v in sorted(stats.items())))
    print("checked: layout, keys, categories, field lengths, coordinates, minutes, truth links, found-after-loss,"
          " one truth per found item, negative labels, ID check digits, IMEI Luhn, no unmasked card numbers,"
          " reproducible under PYTHONHASHSEED 0/1/4343")


if __name__ == "__main__":
    main()
    if faults:
        for f in faults[:50]:
            print("FAULT:", f)
        print("%d fault(s)" % len(faults))
        sys.exit(1)
    print("OK")
