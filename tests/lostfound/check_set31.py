#!/usr/bin/env python3
"""Validate set31.json (blind lost-and-found judge, 冰河市 winter). Exits non-zero on any fault."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
NEG = ["twin", "decoy", "before_loss", "brand_elsewhere", "unclaimed"]
STR = ["color", "brand", "model", "serial", "marks", "address"]
LIM = {"body": 600, "color": 60, "brand": 60, "model": 60, "serial": 60, "address": 60, "marks": 500}
F_FIELDS = set(["key", "category", "body", "found_at_min", "lat", "lon", "negative"] + STR)
L_FIELDS = set(["key", "category", "body", "lost_from_min", "lost_to_min", "lat", "lon", "truth"] + STR)
MAXMIN = 172800
W_ID = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
EXPECT = {"lost": 210, "lost_true": 150, "lost_null": 60, "found": 300,
          "twin": 40, "decoy": 40, "before_loss": 20, "brand_elsewhere": 20, "unclaimed": 30}

faults = []


def fault(msg):
    faults.append(msg)


def gb_ok(s):
    s = s.upper()
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], W_ID)) % 11] == s[17]


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


def numbers_in(text, squeeze):
    if squeeze:
        text = re.sub(r"(?<=[0-9])[ \-](?=[0-9])", "", text)
    return re.findall(r"(?<![0-9A-Za-z])[0-9]+[Xx]?(?![0-9])", text)


def check_numbers(row):
    n_id = n_imei = 0
    for fld in ["body", "serial", "marks", "model", "brand", "address", "color"]:
        if fld not in row:
            continue
        toks = []
        for squeeze in (False, True):
            for tok in numbers_in(row[fld], squeeze):
                if tok not in toks:
                    toks.append(tok)
        if True:
            for tok in toks:
                digits = tok.rstrip("Xx")
                if len(tok) == 18 and len(digits) >= 17:
                    n_id += 1
                    if not gb_ok(tok):
                        fault("%s: ID number %s fails GB 11643" % (row["key"], tok))
                elif len(tok) == 15 and tok.isdigit():
                    n_imei += 1
                    if not luhn_ok(tok):
                        fault("%s: IMEI %s fails Luhn" % (row["key"], tok))
                elif len(digits) in (16, 17, 19) or len(digits) > 19:
                    fault("%s: bare long number %s (bank cards only as masks/tails)" % (row["key"], tok))
    return n_id, n_imei


def main():
    path = os.path.join(HERE, "set31.json")
    with open(path, encoding="utf-8") as fh:
        d = json.load(fh)
    if sorted(d.keys()) != ["made_by", "parts", "seed"]:
        fault("top-level keys %s" % sorted(d.keys()))
    if d.get("seed") != 20261231:
        fault("seed")
    if d.get("made_by") != "tests/lostfound/make_set31.py":
        fault("made_by")
    if list(d["parts"].keys()) != ["set31"] or sorted(d["parts"]["set31"].keys()) != ["found", "lost"]:
        fault("parts shape")
    found = d["parts"]["set31"]["found"]
    lost = d["parts"]["set31"]["lost"]
    fkeys = {}
    lkeys = {}
    n_id = n_imei = n_geo = 0
    for rows, kind in ((found, "F"), (lost, "L")):
        seen = fkeys if kind == "F" else lkeys
        allowed = F_FIELDS if kind == "F" else L_FIELDS
        for row in rows:
            k = row.get("key")
            if not isinstance(k, str) or not re.fullmatch(r"F3-%s[0-9]{4}" % kind, k):
                fault("bad key %r" % k)
                continue
            if k in fkeys or k in lkeys:
                fault("duplicate key %s" % k)
            seen[k] = row
            for f in row:
                if f not in allowed:
                    fault("%s: unknown field %s" % (k, f))
            if row.get("category") not in CATS:
                fault("%s: category %r" % (k, row.get("category")))
            if not isinstance(row.get("body"), str) or not row["body"].strip():
                fault("%s: empty body" % k)
            for f, lim in LIM.items():
                if f in row:
                    if not isinstance(row[f], str) or not row[f]:
                        fault("%s: %s not a non-empty string" % (k, f))
                    elif len(row[f]) > lim:
                        fault("%s: %s longer than %d" % (k, f, lim))
            if ("lat" in row) != ("lon" in row):
                fault("%s: lat/lon not both" % k)
            if "lat" in row:
                n_geo += 1
                for f in ("lat", "lon"):
                    if isinstance(row[f], bool) or not isinstance(row[f], (int, float)):
                        fault("%s: %s not numeric" % (k, f))
                if not (18 <= row["lat"] <= 54 and 73 <= row["lon"] <= 135):
                    fault("%s: lat/lon outside China" % k)
            a, b = check_numbers(row)
            n_id += a
            n_imei += b
            if kind == "F":
                t = row.get("found_at_min")
                if not isinstance(t, int) or isinstance(t, bool) or not (0 <= t <= 172800):
                    fault("%s: found_at_min %r" % (k, t))
                if "negative" in row and row["negative"] not in NEG:
                    fault("%s: unknown negative label %r" % (k, row["negative"]))
            else:
                a, b = row.get("lost_from_min"), row.get("lost_to_min")
                if not all(isinstance(x, int) and not isinstance(x, bool) for x in (a, b)) or not (MAXMIN >= a >= b >= 0):
                    fault("%s: lost window %r..%r" % (k, a, b))
                if "truth" not in row:
                    fault("%s: no truth field" % k)
    # truths
    used = {}
    cross = 0
    for k, row in lkeys.items():
        t = row.get("truth")
        if t is None:
            continue
        if t not in fkeys:
            fault("%s: truth %r is not a found item" % (k, t))
            continue
        if t in used:
            fault("%s: truth %s already used by %s" % (k, t, used[t]))
        used[t] = k
        f = fkeys[t]
        if "negative" in f:
            fault("%s: truth %s is labelled negative" % (k, t))
        if f["found_at_min"] > row["lost_from_min"]:
            fault("%s: truth %s found before the loss began" % (k, t))
        if f["category"] != row["category"]:
            cross += 1
    if cross > 5:
        fault("%d cross-category pairs (> 5)" % cross)
    for k, f in fkeys.items():
        if k not in used and f.get("negative") not in NEG:
            fault("%s: neither a truth nor labelled negative" % k)
        if f.get("negative") == "before_loss":
            if not any(l["category"] == f["category"] and f["found_at_min"] > l["lost_from_min"] for l in lost):
                fault("%s: before_loss but before no %s loss window" % (k, f["category"]))
    # counts
    counts = {"lost": len(lost), "lost_true": sum(1 for l in lost if l.get("truth")),
              "lost_null": sum(1 for l in lost if l.get("truth") is None), "found": len(found)}
    for lab in NEG:
        counts[lab] = sum(1 for f in found if f.get("negative") == lab)
    for k, v in EXPECT.items():
        if counts[k] != v:
            fault("count %s = %d, expected %d" % (k, counts[k], v))
    print("checked %d lost, %d found: keys, fields, categories, lengths, lat/lon (%d rows with coordinates),"
          " time windows, truths (%d, used once, found after loss began, none negative, %d cross-category),"
          " negative labels, before_loss ordering, %d full ID numbers (GB 11643), %d IMEIs (Luhn), counts %s"
          % (len(lost), len(found), n_geo, len(used), cross, n_id, n_imei, json.dumps(counts)))
    bycat = {}
    for c in CATS:
        bycat[c] = (sum(1 for l in lost if l["category"] == c), sum(1 for f in found if f["category"] == c))
    print("by category (lost, found): " + ", ".join("%s %d/%d" % (c, a, b) for c, (a, b) in bycat.items()))
    if faults:
        for m in faults[:50]:
            print("FAULT:", m)
        print("%d faults" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
