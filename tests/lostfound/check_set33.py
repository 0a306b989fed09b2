#!/usr/bin/env python3
"""Validate tests/lostfound/set33.json (blind set 33, key prefix H3). Exits non-zero on any fault."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set33.json")
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
NEGS = {"same_cat_colour", "before_loss", "brand_elsewhere", "unclaimed"}
STRF = {"color": 60, "brand": 60, "model": 60, "serial": 60, "address": 60, "marks": 500, "body": 600}
FOUND_F = {"key", "category", "body", "found_at_min", "color", "brand", "model", "serial", "marks", "address",
           "lat", "lon", "negative"}
LOST_F = {"key", "category", "body", "lost_from_min", "lost_to_min", "color", "brand", "model", "serial", "marks",
          "address", "lat", "lon", "truth"}
MAXMIN = 172800
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
faults = []


def fault(msg):
    faults.append(msg)


def gb11643(s):
    return "10X98765432"[sum(int(a) * w for a, w in zip(s[:17], W)) % 11] == s[17].upper()


def luhn(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def isint(v):
    return isinstance(v, int) and not isinstance(v, bool)


doc = json.load(open(PATH, encoding="utf-8"))
if set(doc) != {"seed", "made_by", "parts"}:
    fault("top-level keys %s" % sorted(doc))
if doc.get("seed") != 20261233:
    fault("seed")
if doc.get("made_by") != "tests/lostfound/make_set33.py":
    fault("made_by")
if list(doc.get("parts", {})) != ["set33"] or set(doc["parts"]["set33"]) != {"found", "lost"}:
    fault("parts shape")
found = doc["parts"]["set33"]["found"]
lost = doc["parts"]["set33"]["lost"]

keys = set()
ids_checked = imeis_checked = 0


def common(r, allowed, kre):
    global ids_checked, imeis_checked
    k = r.get("key")
    if not isinstance(k, str) or not re.fullmatch(kre, k):
        fault("bad key %r" % k)
    if k in keys:
        fault("duplicate key %s" % k)
    keys.add(k)
    extra = set(r) - allowed
    if extra:
        fault("%s unknown fields %s" % (k, sorted(extra)))
    if r.get("category") not in CATS:
        fault("%s category %r" % (k, r.get("category")))
    if not isinstance(r.get("body"), str) or not r["body"].strip():
        fault("%s body missing" % k)
    for f, lim in STRF.items():
        if f in r:
            if not isinstance(r[f], str):
                fault("%s %s not a string" % (k, f))
            elif len(r[f]) > lim:
                fault("%s %s longer than %d" % (k, f, lim))
    if ("lat" in r) != ("lon" in r):
        fault("%s lat/lon not both" % k)
    if "lat" in r:
        for f, lo, hi in (("lat", 18.0, 54.0), ("lon", 73.0, 135.0)):
            v = r[f]
            if not isinstance(v, (int, float)) or isinstance(v, bool) or not lo <= v <= hi:
                fault("%s %s bad %r" % (k, f, v))
    for f in ("body", "serial", "marks", "model", "address"):
        t = r.get(f)
        if not isinstance(t, str):
            continue
        for m in re.finditer(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])", t):
            ids_checked += 1
            if not gb11643(m.group(1)):
                fault("%s %s ID number fails GB 11643: %s" % (k, f, m.group(1)))
        for m in re.finditer(r"(?<![0-9])(\d{15})(?![0-9])", t):
            imeis_checked += 1
            if not luhn(m.group(1)):
                fault("%s %s IMEI fails Luhn: %s" % (k, f, m.group(1)))
    s = r.get("serial")
    if isinstance(s, str) and r.get("category") in ("phone", "electronics"):
        d = re.sub(r"^(IMEI[:：]?\s*)", "", s)
        d = re.sub(r"[\s-]", "", d)
        if re.fullmatch(r"\d{15}", d) and not re.search(r"(?<![0-9])\d{15}(?![0-9])", s):
            imeis_checked += 1
            if not luhn(d):
                fault("%s spaced IMEI fails Luhn: %s" % (k, s))


fmap = {}
for r in found:
    common(r, FOUND_F, r"H3-F\d{4}")
    fa = r.get("found_at_min")
    if not isint(fa) or not 0 <= fa <= MAXMIN:
        fault("%s found_at_min %r" % (r.get("key"), fa))
    if "negative" in r and r["negative"] not in NEGS:
        fault("%s negative label %r" % (r["key"], r["negative"]))
    fmap[r.get("key")] = r

used = {}
for r in lost:
    common(r, LOST_F, r"H3-L\d{4}")
    k = r.get("key")
    a, b = r.get("lost_from_min"), r.get("lost_to_min")
    if not (isint(a) and isint(b) and MAXMIN >= a >= b >= 0):
        fault("%s lost window %r..%r" % (k, a, b))
    if "truth" not in r:
        fault("%s truth missing" % k)
        continue
    t = r["truth"]
    if t is None:
        continue
    f = fmap.get(t)
    if f is None:
        fault("%s truth %r is not a found item" % (k, t))
        continue
    if t in used:
        fault("%s truth %s also used by %s" % (k, t, used[t]))
    used[t] = k
    if "negative" in f:
        fault("%s truth %s is labelled negative" % (k, t))
    if isint(a) and isint(f.get("found_at_min")) and f["found_at_min"] > a:
        fault("%s truth %s found before the loss began" % (k, t))

xcat = 0
lmap = {r.get("key"): r for r in lost}
for k, f in fmap.items():
    if k in used:
        if lmap[used[k]].get("category") != f.get("category"):
            xcat += 1
        continue
    if f.get("negative") not in NEGS:
        fault("%s neither truth nor labelled negative" % k)
    if f.get("negative") == "before_loss":
        if not any(isint(l.get("lost_from_min")) and f["found_at_min"] > l["lost_from_min"] for l in lost):
            fault("%s before_loss lies before no loss window" % k)
if xcat > 5:
    fault("%d cross-category pairs (max 5)" % xcat)

n_true = len(used)
n_never = sum(1 for r in lost if r.get("truth") is None)
negc = {}
for f in found:
    if "negative" in f:
        negc[f["negative"]] = negc.get(f["negative"], 0) + 1
n_neg = sum(negc.values())
if n_true != 150:
    fault("pairs %d != 150" % n_true)
if n_never != 60:
    fault("never-found %d != 60" % n_never)
if len(lost) != 210 or len(found) != 300 or n_neg != 150:
    fault("sizes lost=%d found=%d negatives=%d" % (len(lost), len(found), n_neg))
for lab in sorted(NEGS):
    if negc.get(lab, 0) < 10:
        fault("too few %s negatives: %d" % (lab, negc.get(lab, 0)))

cats = {}
for r in lost:
    c = cats.setdefault(r["category"], [0, 0, 0])
    c[0 if r.get("truth") else 1] += 1
for r in found:
    if "negative" in r:
        cats.setdefault(r["category"], [0, 0, 0])[2] += 1
print("checked %s" % PATH)
print("lost %d (pairs %d, never found %d), found %d (negatives %d: %s)" % (
    len(lost), n_true, n_never, len(found), n_neg, ", ".join("%s %d" % (k, negc[k]) for k in sorted(negc))))
print("cross-category pairs %d; full ID numbers checked %d; full IMEIs checked %d" % (xcat, ids_checked, imeis_checked))
print("category: paired / never found / negatives")
for c in sorted(cats):
    print("  %-12s %3d %3d %3d" % (c, *cats[c]))
if faults:
    for m in faults[:50]:
        print("FAULT:", m)
    print("%d fault(s)" % len(faults))
    sys.exit(1)
print("OK")
