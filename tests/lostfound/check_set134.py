#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate tests/lostfound/set134.json against the rules of the brief; exit non-zero on any fault.

Checks: file layout, key formats and counts, field names, types and lengths, category codes,
lat/lon pairs inside China, loss windows and finding times, truths (found at or after the start of
the loss, each found item the truth of at most one report, at most 5 cross-category pairs),
negative labels, ID-number check digits (GB 11643), IMEI Luhn digits, no full bank-card numbers,
and that make_set134.py reproduces the file byte for byte under different PYTHONHASHSEED values.
"""

import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PART = "set134"
PFX = "S134"
SEED = 134134
PATH = os.path.join(HERE, PART + ".json")
MAKER = os.path.join(HERE, "make_" + PART + ".py")

N_LOST, N_FOUND, N_TRUE, N_NULL, N_NEG = 240, 270, 150, 90, 120
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
NEG_LABELS = {"near_twin", "found_before_loss", "same_brand_elsewhere", "same_category_colour"}
MAXMIN = 172800
SHORT = ("color", "brand", "model", "serial", "address")
LOST_FIELDS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "lost_from_min", "lost_to_min", "truth"}
FOUND_FIELDS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
                "found_at_min", "negative"}

faults = []


def fault(msg):
    faults.append(msg)


ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_C = "10X98765432"


def id_ok(s):
    s = s.upper()
    return ID_C[sum(int(c) * w for c, w in zip(s[:17], ID_W)) % 11] == s[17]


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


RE_ID = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
RE_15 = re.compile(r"(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])")
RE_LONG = re.compile(r"(?<!\d)\d{16,19}(?![\dXx])")
RE_IMEI_SPACED = re.compile(r"IMEI[^\d]{0,8}(\d[\d \-]{13,24}\d)")
counts = collections.Counter()


def check_numbers(key, field, text):
    for m in RE_ID.finditer(text):
        counts["id numbers checked"] += 1
        if not id_ok(m.group(0)):
            fault("%s %s: ID number %s has a wrong check digit" % (key, field, m.group(0)))
    for m in RE_15.finditer(text):
        counts["IMEIs checked"] += 1
        if not luhn_ok(m.group(0)):
            fault("%s %s: 15-digit number %s fails Luhn" % (key, field, m.group(0)))
    for m in RE_IMEI_SPACED.finditer(text):
        d = re.sub(r"[ \-]", "", m.group(1))
        if len(d) == 15:
            counts["IMEIs checked"] += 1
            if not luhn_ok(d):
                fault("%s %s: IMEI %s fails Luhn" % (key, field, m.group(1)))
    for m in RE_LONG.finditer(text):
        s = m.group(0)
        if len(s) == 18 and id_ok(s):
            continue
        fault("%s %s: a full 16-19 digit number %s (bank cards only as tails or masks)" % (key, field, s))
    if field == "serial":
        d = re.sub(r"[ \-]", "", text)
        if re.fullmatch(r"\d{15}", d):
            counts["IMEIs checked"] += 1
            if not luhn_ok(d):
                fault("%s serial: IMEI %s fails Luhn" % (key, text))
        if re.fullmatch(r"\d{17}[\dXx]", d):
            counts["id numbers checked"] += 1
            if not id_ok(d):
                fault("%s serial: ID number %s has a wrong check digit" % (key, text))


def check_common(r, kind):
    key = r.get("key", "?")
    if not isinstance(r.get("category"), str) or r["category"] not in CATS:
        fault("%s: bad category %r" % (key, r.get("category")))
    body = r.get("body")
    if not isinstance(body, str) or not body.strip():
        fault("%s: empty body" % key)
    elif len(body) > 600:
        fault("%s: body longer than 600 (%d)" % (key, len(body)))
    for f in SHORT:
        if f in r:
            if not isinstance(r[f], str) or not r[f].strip():
                fault("%s: %s must be a non-empty string" % (key, f))
            elif len(r[f]) > 60:
                fault("%s: %s longer than 60" % (key, f))
    if "marks" in r:
        if not isinstance(r["marks"], str) or not r["marks"].strip():
            fault("%s: marks must be a non-empty string" % key)
        elif len(r["marks"]) > 500:
            fault("%s: marks longer than 500" % key)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat and lon must come together" % key)
    if "lat" in r and "lon" in r:
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (la, lo)):
            fault("%s: lat/lon must be numbers" % key)
        elif not (18.0 <= la <= 53.6 and 73.5 <= lo <= 135.1):
            fault("%s: lat/lon %s,%s outside China" % (key, la, lo))
        else:
            counts["records with lat/lon"] += 1
    for f in ("body", "marks", "serial", "brand", "model", "address", "color"):
        if isinstance(r.get(f), str):
            check_numbers(key, f, r[f])


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def main():
    with open(PATH, encoding="utf-8") as fh:
        raw = fh.read()
    doc = json.loads(raw)
    if set(doc) != {"seed", "made_by", "parts"}:
        fault("top level keys %s" % sorted(doc))
    if doc.get("seed") != SEED:
        fault("seed %r != %d" % (doc.get("seed"), SEED))
    if doc.get("made_by") != "tests/lostfound/make_%s.py" % PART:
        fault("made_by %r" % doc.get("made_by"))
    parts = doc.get("parts", {})
    if set(parts) != {PART} or set(parts[PART]) != {"found", "lost"}:
        fault("parts layout %r" % {k: sorted(v) for k, v in parts.items()})
    lost = parts[PART]["lost"]
    found = parts[PART]["found"]

    # keys
    lk = [r.get("key") for r in lost]
    fk = [r.get("key") for r in found]
    if lk != ["%s-L%04d" % (PFX, i) for i in range(1, N_LOST + 1)]:
        fault("lost keys are not %s-L0001..L%04d in order" % (PFX, N_LOST))
    if fk != ["%s-F%04d" % (PFX, i) for i in range(1, N_FOUND + 1)]:
        fault("found keys are not %s-F0001..F%04d in order" % (PFX, N_FOUND))
    fmap = {r["key"]: r for r in found if "key" in r}

    for r in lost:
        extra = set(r) - LOST_FIELDS
        if extra:
            fault("%s: unknown fields %s" % (r.get("key"), sorted(extra)))
        for need in ("key", "category", "body", "lost_from_min", "lost_to_min", "truth"):
            if need not in r:
                fault("%s: missing %s" % (r.get("key"), need))
        check_common(r, "lost")
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_int(a) and is_int(b) and MAXMIN >= a >= b >= 0):
            fault("%s: loss window %r..%r not 172800 >= lost_from >= lost_to >= 0" % (r.get("key"), a, b))
    for r in found:
        extra = set(r) - FOUND_FIELDS
        if extra:
            fault("%s: unknown fields %s" % (r.get("key"), sorted(extra)))
        for need in ("key", "category", "body", "found_at_min"):
            if need not in r:
                fault("%s: missing %s" % (r.get("key"), need))
        check_common(r, "found")
        v = r.get("found_at_min")
        if not (is_int(v) and 0 <= v <= MAXMIN):
            fault("%s: found_at_min %r out of 0..172800" % (r.get("key"), v))

    # truths
    used = collections.Counter()
    cross = []
    n_true = n_null = 0
    for r in lost:
        t = r.get("truth")
        if t is None:
            n_null += 1
            continue
        n_true += 1
        if t not in fmap:
            fault("%s: truth %r is not a found key" % (r["key"], t))
            continue
        used[t] += 1
        f = fmap[t]
        if "negative" in f:
            fault("%s: truth %s carries a negative label" % (r["key"], t))
        if is_int(f.get("found_at_min")) and is_int(r.get("lost_from_min")) and f["found_at_min"] > r["lost_from_min"]:
            fault("%s: truth %s found before the loss began (%d > %d)" % (r["key"], t, f["found_at_min"], r["lost_from_min"]))
        if f.get("category") != r.get("category"):
            cross.append((r["key"], r["category"], t, f["category"]))
    for t, n in used.items():
        if n > 1:
            fault("found %s is the truth of %d reports" % (t, n))
    if len(cross) > 5:
        fault("%d cross-category pairs (at most 5)" % len(cross))
    neg = collections.Counter()
    for f in found:
        if f["key"] in used:
            continue
        lab = f.get("negative")
        if lab not in NEG_LABELS:
            fault("%s: nobody's truth but negative label is %r" % (f["key"], lab))
        else:
            neg[lab] += 1
    if (len(lost), len(found), n_true, n_null, sum(neg.values())) != (N_LOST, N_FOUND, N_TRUE, N_NULL, N_NEG):
        fault("counts lost=%d found=%d true=%d null=%d negatives=%d, expected %d/%d/%d/%d/%d" % (
            len(lost), len(found), n_true, n_null, sum(neg.values()), N_LOST, N_FOUND, N_TRUE, N_NULL, N_NEG))

    # reproducible under any PYTHONHASHSEED
    repro = []
    with tempfile.TemporaryDirectory() as tmp:
        for hs in ("0", "1", "4242"):
            out = os.path.join(tmp, "s%s.json" % hs)
            env = dict(os.environ, PYTHONHASHSEED=hs)
            subprocess.run([sys.executable, MAKER, out], check=True, env=env, stdout=subprocess.DEVNULL)
            with open(out, encoding="utf-8") as fh:
                same = fh.read() == raw
            repro.append((hs, same))
            if not same:
                fault("make_%s.py with PYTHONHASHSEED=%s does not reproduce %s.json" % (PART, hs, PART))

    # report
    print("checked %s" % PATH)
    print("  lost %d (true %d, never handed in %d); found %d (negatives %d)" % (len(lost), n_true, n_null, len(found), sum(neg.values())))
    print("  negatives by label: " + ", ".join("%s %d" % (k, neg[k]) for k in sorted(neg)))
    print("  cross-category pairs: %d" % len(cross))
    for c in cross:
        print("    %s (%s) -> %s (%s)" % c)
    bycat = collections.defaultdict(lambda: [0, 0, 0, 0])
    for r in lost:
        bycat[r["category"]][0 if r["truth"] else 1] += 1
    for f in found:
        bycat[f["category"]][2 if "negative" not in f else 3] += 1
    print("  %-12s %6s %6s %7s %9s" % ("category", "pairs", "null", "true-F", "negatives"))
    for c in sorted(bycat):
        print("  %-12s %6d %6d %7d %9d" % ((c,) + tuple(bycat[c])))
    for k in sorted(counts):
        print("  %s: %d" % (k, counts[k]))
    print("  reproduced byte for byte under PYTHONHASHSEED " + ", ".join(h for h, ok in repro if ok))
    print("  fields, lengths, categories, lat/lon, windows, truths, labels, check digits: checked")
    if faults:
        print("FAULTS (%d):" % len(faults))
        for f in faults[:200]:
            print("  " + f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
