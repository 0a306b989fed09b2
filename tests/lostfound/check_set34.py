#!/usr/bin/env python3
"""Validate tests/lostfound/set34.json. Exits non-zero on any fault; prints what it checked."""
import json
import os
import re
import sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set34.json")
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
NEG = ["same_cat_colour", "before_loss", "brand_elsewhere", "unclaimed"]
STRF = ["color", "brand", "model", "serial", "marks", "address"]
FF = ["key", "category", "body", "found_at_min", "lat", "lon", "negative"] + STRF
LF = ["key", "category", "body", "lost_from_min", "lost_to_min", "lat", "lon", "truth"] + STRF
LIM = {"body": 600, "color": 60, "brand": 60, "model": 60, "serial": 60, "address": 60, "marks": 500}
MAXMIN = 172800
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return ID_C[sum(int(c) * w for c, w in zip(s[:17], ID_W)) % 11] == s[17]


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


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def common(rec, fields, kre):
    k = rec.get("key")
    for f in rec:
        if f not in fields:
            fault("%s: unknown field %s" % (k, f))
    if not isinstance(k, str) or not re.fullmatch(kre, k):
        fault("bad key %r" % (k,))
    if rec.get("category") not in CATS:
        fault("%s: bad category %r" % (k, rec.get("category")))
    if not isinstance(rec.get("body"), str) or not rec["body"].strip():
        fault("%s: body missing" % k)
    for f, n in LIM.items():
        if f in rec:
            if not isinstance(rec[f], str):
                fault("%s: %s not a string" % (k, f))
            elif len(rec[f]) > n:
                fault("%s: %s longer than %d" % (k, f, n))
    if ("lat" in rec) != ("lon" in rec):
        fault("%s: lat/lon not both" % k)
    if "lat" in rec:
        for f in ("lat", "lon"):
            if not isinstance(rec[f], (int, float)) or isinstance(rec[f], bool):
                fault("%s: %s not numeric" % (k, f))
        if not (18 <= rec["lat"] <= 54 and 73 <= rec["lon"] <= 135):
            fault("%s: lat/lon outside China" % k)
    # serial numbers: full ID numbers and IMEIs anywhere in text fields must be valid
    for f in ["body", "serial", "marks"]:
        t = rec.get(f)
        if not isinstance(t, str):
            continue
        for m in re.finditer(r"(?<![\d*])\d{17}[\dX](?![\d*])", t):
            counts["id"] += 1
            if not id_ok(m.group(0)):
                fault("%s: bad ID number %s" % (k, m.group(0)))
        for m in re.finditer(r"(?<![\d*])[\d][\d \-]{13,20}\d(?![\d*])", t):
            digits = re.sub(r"[ \-]", "", m.group(0))
            if len(digits) == 15:
                counts["imei"] += 1
                if not luhn_ok(digits):
                    fault("%s: bad IMEI %s" % (k, m.group(0)))


counts = {"id": 0, "imei": 0}


def main():
    with open(PATH, encoding="utf-8") as fh:
        d = json.load(fh)
    if sorted(d.keys()) != ["made_by", "parts", "seed"] or d["seed"] != 20261234 \
            or d["made_by"] != "tests/lostfound/make_set34.py" or list(d["parts"].keys()) != ["set34"]:
        fault("top-level shape wrong")
    part = d["parts"]["set34"]
    if sorted(part.keys()) != ["found", "lost"]:
        fault("part keys wrong")
    found, lost = part["found"], part["lost"]
    fk = {}
    for f in found:
        common(f, FF, r"J3-F\d{4}")
        if f.get("key") in fk:
            fault("duplicate key %s" % f.get("key"))
        fk[f.get("key")] = f
        t = f.get("found_at_min")
        if not is_int(t) or not 0 <= t <= MAXMIN:
            fault("%s: found_at_min out of range" % f.get("key"))
        if "negative" in f and f["negative"] not in NEG:
            fault("%s: unknown negative label" % f["key"])
    lk = set()
    used = {}
    for l in lost:
        common(l, LF, r"J3-L\d{4}")
        k = l.get("key")
        if k in lk:
            fault("duplicate key %s" % k)
        lk.add(k)
        if "truth" not in l:
            fault("%s: truth missing" % k)
        a, b = l.get("lost_from_min"), l.get("lost_to_min")
        if not (is_int(a) and is_int(b) and MAXMIN >= a >= b >= 0):
            fault("%s: bad loss window" % k)
            continue
        t = l.get("truth")
        if t is None:
            continue
        if t not in fk:
            fault("%s: truth %s is not a found item" % (k, t))
            continue
        if t in used:
            fault("%s: truth %s used twice" % (k, t))
        used[t] = l
        if "negative" in fk[t]:
            fault("%s: truth %s labelled negative" % (k, t))
        if fk[t]["found_at_min"] > a:
            fault("%s: truth %s found before the loss began" % (k, t))
    cross = 0
    for t, l in used.items():
        if fk[t]["category"] != l["category"]:
            cross += 1
    if cross > 5:
        fault("%d cross-category pairs (> 5)" % cross)
    froms = [l["lost_from_min"] for l in lost if is_int(l.get("lost_from_min"))]
    neg_counts = {n: 0 for n in NEG}
    for f in found:
        if f.get("key") in used:
            continue
        if f.get("negative") not in NEG:
            fault("%s: not a truth and no known negative label" % f.get("key"))
            continue
        neg_counts[f["negative"]] += 1
        if f["negative"] == "before_loss" and not any(f["found_at_min"] > x for x in froms):
            fault("%s: before_loss but lies before no loss window" % f["key"])
    n_true = len(used)
    n_never = sum(1 for l in lost if l.get("truth") is None)
    if len(lost) != 210 or n_true != 150 or n_never != 60:
        fault("lost counts wrong: %d lost, %d true, %d never" % (len(lost), n_true, n_never))
    if len(found) != 300 or sum(neg_counts.values()) != 150:
        fault("found counts wrong: %d found, %d negatives" % (len(found), sum(neg_counts.values())))
    print("checked %s" % PATH)
    print("  lost %d (true %d, never found %d); found %d (true %d, negatives %d)"
          % (len(lost), n_true, n_never, len(found), n_true, sum(neg_counts.values())))
    print("  negatives: " + ", ".join("%s %d" % (n, neg_counts[n]) for n in NEG))
    print("  cross-category pairs %d; full ID numbers checked %d; IMEIs checked %d" % (cross, counts["id"], counts["imei"]))
    print("  keys, fields, categories, lengths, lat/lon, time ranges, truth links, before_loss placement checked")
    if faults:
        for m in faults[:50]:
            print("FAULT: " + m)
        print("%d faults" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
