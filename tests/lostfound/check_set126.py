# -*- coding: utf-8 -*-
"""Validate tests/lostfound/set126.json against the set brief. Exit 1 on any fault."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set126.json")
PFX = "S126"
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
NEG_KINDS = {"same_category_colour", "found_before_loss", "same_brand_other_place", "near_serial",
             "same_place_other_object"}
MAXMIN = 172800
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], ID_W)) % 11] == s[17]


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def check_common(r, kind):
    k = r.get("key", "?")
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (k, r.get("category")))
    body = r.get("body")
    if not isinstance(body, str) or not body.strip() or len(body) > 600:
        fault("%s: body missing or longer than 600" % k)
    for f in ("color", "brand", "model", "serial", "address"):
        if f in r and (not isinstance(r[f], str) or not r[f] or len(r[f]) > 60):
            fault("%s: field %s empty or longer than 60" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"] or len(r["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat without lon or the reverse" % k)
    if "lat" in r:
        if not (isinstance(r["lat"], float) and isinstance(r["lon"], float)):
            fault("%s: lat/lon not numbers" % k)
        elif not (18.0 <= r["lat"] <= 53.6 and 73.5 <= r["lon"] <= 135.1):
            fault("%s: lat/lon outside China" % k)
    # every full-looking ID number carries a valid check digit; every 15-digit IMEI is Luhn-valid
    text = " ".join(str(r.get(f, "")) for f in ("body", "serial", "marks"))
    for m in re.findall(r"(?<![\dA-Za-z])(\d{17}[\dXx])(?![\dA-Za-z])", text):
        if not id_ok(m.upper()):
            fault("%s: ID number %s fails GB 11643 check" % (k, m))
    flat = re.sub(r"(?<=\d) (?=\d)", "", text)
    for m in re.findall(r"(?<!\d)(\d{15})(?!\d)", flat):
        if not luhn_ok(m):
            fault("%s: 15-digit number %s fails Luhn" % (k, m))
    # no full bank card numbers: 16-19 digit runs starting 62 are not allowed
    for m in re.findall(r"(?<!\d)(62\d{14,17})(?!\d)", flat):
        fault("%s: looks like a full bank card number %s" % (k, m))


def main():
    with open(PATH, encoding="utf-8") as fh:
        raw = fh.read()
    data = json.loads(raw)
    if data.get("seed") != 126126:
        fault("seed is not 126126")
    if data.get("made_by") != "tests/lostfound/make_set126.py":
        fault("made_by wrong")
    if list(data.get("parts", {})) != ["set126"]:
        fault("parts must hold exactly set126")
    part = data["parts"]["set126"]
    lost, found = part["lost"], part["found"]
    fkeys = [f["key"] for f in found]
    lkeys = [l["key"] for l in lost]
    if fkeys != ["%s-F%04d" % (PFX, i + 1) for i in range(len(found))]:
        fault("found keys are not %s-F0001.. in order" % PFX)
    if lkeys != ["%s-L%04d" % (PFX, i + 1) for i in range(len(lost))]:
        fault("lost keys are not %s-L0001.. in order" % PFX)
    fmap = {f["key"]: f for f in found}
    lost_fields = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
                   "lost_from_min", "lost_to_min", "truth"}
    found_fields = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
                    "found_at_min", "negative"}
    used = Counter()
    cross = 0
    for l in lost:
        check_common(l, "lost")
        extra = set(l) - lost_fields
        if extra:
            fault("%s: unknown fields %s" % (l["key"], sorted(extra)))
        lf, lt = l.get("lost_from_min"), l.get("lost_to_min")
        if not (isinstance(lf, int) and isinstance(lt, int) and 0 <= lt <= lf <= MAXMIN):
            fault("%s: bad loss window %r..%r" % (l["key"], lf, lt))
        if "truth" not in l:
            fault("%s: truth missing" % l["key"])
            continue
        t = l["truth"]
        if t is None:
            continue
        if t not in fmap:
            fault("%s: truth %s is not a found key" % (l["key"], t))
            continue
        f = fmap[t]
        used[t] += 1
        if "negative" in f:
            fault("%s: truth %s carries a negative label" % (l["key"], t))
        if f["found_at_min"] > lf:
            fault("%s: true item %s found before the loss began" % (l["key"], t))
        if f["category"] != l["category"]:
            cross += 1
    for k, n in used.items():
        if n > 1:
            fault("%s is the truth of %d reports" % (k, n))
    for f in found:
        check_common(f, "found")
        extra = set(f) - found_fields
        if extra:
            fault("%s: unknown fields %s" % (f["key"], sorted(extra)))
        fa = f.get("found_at_min")
        if not (isinstance(fa, int) and 0 <= fa <= MAXMIN):
            fault("%s: bad found_at_min %r" % (f["key"], fa))
        if f["key"] in used:
            continue
        if f.get("negative") not in NEG_KINDS:
            fault("%s: nobody's truth but negative label is %r" % (f["key"], f.get("negative")))
    if cross > 5:
        fault("%d cross-category pairs (at most 5)" % cross)
    lmap_fb = [f for f in found if f.get("negative") == "found_before_loss"]
    # counts wanted by the brief's fill-ins
    n_pairs = sum(1 for l in lost if l.get("truth"))
    n_null = sum(1 for l in lost if l.get("truth") is None)
    n_neg = sum(1 for f in found if "negative" in f)
    if (n_pairs, n_null, n_neg, len(lost), len(found)) != (150, 90, 120, 240, 270):
        fault("counts %r differ from 150/90/120/240/270" % ((n_pairs, n_null, n_neg, len(lost), len(found)),))
    if not raw.endswith("\n"):
        fault("file does not end with a newline")

    print("checked %s" % PATH)
    print("  lost reports: %d (with truth %d, truth null %d)" % (len(lost), n_pairs, n_null))
    print("  found items: %d (true items %d, hard negatives %d)" % (len(found), len(used), n_neg))
    print("  cross-category pairs: %d (limit 5)" % cross)
    print("  negatives by kind: %s" % dict(sorted(Counter(f["negative"] for f in found if "negative" in f).items())))
    print("  lost by category: %s" % dict(sorted(Counter(l["category"] for l in lost).items())))
    print("  found by category: %s" % dict(sorted(Counter(f["category"] for f in found).items())))
    print("  rules: keys and order, categories, field lengths (body<=600, fields<=60, marks<=500), lat/lon pairs in"
          " China, 0<=lost_to<=lost_from<=172800, 0<=found_at<=172800, truth exists and unique, true item found at or"
          " after loss start, negatives labelled, ID check digits, IMEI Luhn, no full card numbers")
    print("  found_before_loss negatives: %d" % len(lmap_fb))
    if faults:
        for m in faults:
            print("FAULT: " + m)
        print("%d fault(s)" % len(faults))
        sys.exit(1)
    print("OK: no faults")


if __name__ == "__main__":
    main()
