#!/usr/bin/env python3
"""Validate tests/lostfound/set77.json against the brief; exit non-zero on any fault."""
import collections
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set77.json")
PFX, PART, SEED = "S77", "set77", 7777
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
OPT = ("color", "brand", "model", "serial", "address")
MAXMIN = 172800
faults = []


def fault(msg):
    faults.append(msg)


def gb11643_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * k for c, k in zip(s[:17], w)) % 11] == s[17].upper()


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def check_numbers(where, text):
    """Full ID numbers must carry a valid check digit, IMEIs a valid Luhn digit, no full bank card numbers."""
    for m in re.finditer(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])", text):
        if not gb11643_ok(m.group(0)):
            fault("%s: ID number %s has a bad check digit" % (where, m.group(0)))
    for m in re.finditer(r"(?<!\d)\d{15}(?!\d)", text):
        if not luhn_ok(m.group(0)):
            fault("%s: IMEI %s fails Luhn" % (where, m.group(0)))
    for m in re.finditer(r"(?<!\d)(\d{16}|\d{19})(?!\d)", text):
        fault("%s: looks like a full bank card number %s" % (where, m.group(0)))
    # an IMEI written with spaces or dashes
    for m in re.finditer(r"(?<!\d)86[\d \-]{13,20}\d(?!\d)", text):
        d = re.sub(r"[ \-]", "", m.group(0))
        if len(d) == 15 and not luhn_ok(d):
            fault("%s: spaced IMEI %s fails Luhn" % (where, m.group(0)))


def check_common(r, where):
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (where, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % where)
    for k in OPT:
        if k in r and (not isinstance(r[k], str) or not r[k].strip() or len(r[k]) > 60):
            fault("%s: %s empty, not text or longer than 60" % (where, k))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % where)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat and lon must come together" % where)
    if "lat" in r:
        la, lo = r["lat"], r["lon"]
        if not (isinstance(la, (int, float)) and isinstance(lo, (int, float)) and 18.0 <= la <= 54.0 and 73.0 <= lo <= 135.0):
            fault("%s: lat/lon outside China: %r %r" % (where, la, lo))
    for k in ("body", "marks", "serial"):
        if k in r:
            check_numbers("%s.%s" % (where, k), r[k])


def main():
    with open(PATH, encoding="utf-8") as f:
        raw = f.read()
    data = json.loads(raw)
    if set(data) != {"seed", "made_by", "parts"}:
        fault("top-level keys are %s" % sorted(data))
    if data.get("seed") != SEED:
        fault("seed is %r" % data.get("seed"))
    if data.get("made_by") != "tests/lostfound/make_set77.py":
        fault("made_by is %r" % data.get("made_by"))
    if list(data.get("parts", {})) != [PART]:
        fault("parts are %r" % list(data.get("parts", {})))
    part = data["parts"][PART]
    if set(part) != {"found", "lost"}:
        fault("part keys are %s" % sorted(part))
    lost, found = part["lost"], part["found"]

    fkeys = {}
    for i, r in enumerate(found):
        k = r.get("key", "")
        if not re.fullmatch(PFX + r"-F\d{4}", k) or k in fkeys:
            fault("found #%d: bad or repeated key %r" % (i, k))
        fkeys[k] = r
        allowed = {"key", "category", "body", "marks", "lat", "lon", "found_at_min", "negative"} | set(OPT)
        if set(r) - allowed:
            fault("%s: unknown fields %s" % (k, sorted(set(r) - allowed)))
        check_common(r, k)
        fa = r.get("found_at_min")
        if not isinstance(fa, int) or not 0 <= fa <= MAXMIN:
            fault("%s: found_at_min %r out of range" % (k, fa))
    lkeys = set()
    truth_of = collections.Counter()
    cross = 0
    for i, r in enumerate(lost):
        k = r.get("key", "")
        if not re.fullmatch(PFX + r"-L\d{4}", k) or k in lkeys:
            fault("lost #%d: bad or repeated key %r" % (i, k))
        lkeys.add(k)
        allowed = {"key", "category", "body", "marks", "lat", "lon", "lost_from_min", "lost_to_min", "truth"} | set(OPT)
        if set(r) - allowed:
            fault("%s: unknown fields %s" % (k, sorted(set(r) - allowed)))
        if "truth" not in r:
            fault("%s: no truth field" % k)
        check_common(r, k)
        lf, lt = r.get("lost_from_min"), r.get("lost_to_min")
        if not (isinstance(lf, int) and isinstance(lt, int) and MAXMIN >= lf >= lt >= 0):
            fault("%s: loss window %r..%r invalid" % (k, lf, lt))
            continue
        t = r.get("truth")
        if t is None:
            continue
        if t not in fkeys:
            fault("%s: truth %r is not a found key" % (k, t))
            continue
        truth_of[t] += 1
        f = fkeys[t]
        if f["found_at_min"] > lf:
            fault("%s: its found item %s was found before the loss began" % (k, t))
        if f["category"] != r["category"]:
            cross += 1
    for t, n in truth_of.items():
        if n > 1:
            fault("%s is the truth of %d reports" % (t, n))
    for k, f in fkeys.items():
        if k in truth_of and "negative" in f:
            fault("%s is someone's truth but labelled negative" % k)
        if k not in truth_of and not (isinstance(f.get("negative"), str) and f["negative"]):
            fault("%s is nobody's truth but has no negative label" % k)
    if cross > 5:
        fault("%d pairs sit under different categories (at most 5)" % cross)
    # keys numbered without gaps, records sorted
    if [r["key"] for r in lost] != ["%s-L%04d" % (PFX, i + 1) for i in range(len(lost))]:
        fault("lost keys not 1..n in order")
    if [r["key"] for r in found] != ["%s-F%04d" % (PFX, i + 1) for i in range(len(found))]:
        fault("found keys not 1..n in order")

    n_pair = sum(1 for r in lost if r.get("truth"))
    n_null = len(lost) - n_pair
    negs = collections.Counter(f["negative"] for f in found if "negative" in f)
    if n_pair != 150 or n_null != 90:
        fault("expected 150 pairs and 90 never-found reports, got %d and %d" % (n_pair, n_null))
    if not 100 <= sum(negs.values()) <= 140:
        fault("expected about 120 hard negatives, got %d" % sum(negs.values()))

    # the file is exactly what the writer makes
    spec = importlib.util.spec_from_file_location("make_set77", os.path.join(HERE, "make_set77.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    again = json.dumps(mod.build(), ensure_ascii=False, indent=1) + "\n"
    if again != raw:
        fault("set77.json differs from what make_set77.py builds")

    cat_l = collections.Counter(r["category"] for r in lost)
    cat_p = collections.Counter(r["category"] for r in lost if r.get("truth"))
    cat_f = collections.Counter(r["category"] for r in found)
    cat_n = collections.Counter(r["category"] for r in found if "negative" in r)
    print("checked %s: %d lost (%d with a truth, %d never handed in), %d found (%d hard negatives)"
          % (PATH, len(lost), n_pair, n_null, len(found), sum(negs.values())))
    print("checked: keys, categories, field lengths, lat/lon pairs inside China, loss windows, found_at ranges,")
    print("  truth keys exist and are used once, true items found at or after the loss began, negatives only")
    print("  on nobody's truth, cross-category pairs (%d <= 5), ID check digits, IMEI Luhn, no full card numbers," % cross)
    print("  and that set77.json is byte-identical to a fresh build")
    print("negatives:", ", ".join("%s %d" % kv for kv in sorted(negs.items())))
    print("%-12s %5s %5s %5s %5s %5s" % ("category", "lost", "pair", "null", "found", "neg"))
    for c in sorted(CATS):
        print("%-12s %5d %5d %5d %5d %5d" % (c, cat_l[c], cat_p[c], cat_l[c] - cat_p[c], cat_f[c], cat_n[c]))
    if faults:
        for m in faults[:50]:
            print("FAULT:", m)
        print("%d faults" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
