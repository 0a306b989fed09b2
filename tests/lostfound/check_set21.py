#!/usr/bin/env python3
"""Validate tests/lostfound/set21.json. Exits non-zero on any fault."""
import json, os, re, sys

P = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set21.json")
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
NEGS = {"twin", "decoy", "before_loss", "brand_elsewhere", "unclaimed"}
STR = {"color": 60, "brand": 60, "model": 60, "serial": 60, "address": 60, "marks": 500, "body": 600}
FF = {"key", "category", "body", "found_at_min", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "negative"}
LF = {"key", "category", "body", "lost_from_min", "lost_to_min", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "truth"}
MAXMIN = 172800
faults = []
def bad(m): faults.append(m)

def gb11643(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * k for c, k in zip(s[:17], w)) % 11] == s[17].upper()

def luhn(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return tot % 10 == 0

d = json.load(open(P, encoding="utf-8"))
if d.get("seed") != 20261221: bad("seed")
if d.get("made_by") != "tests/lostfound/make_set21.py": bad("made_by")
if set(d) != {"seed", "made_by", "parts"} or set(d["parts"]) != {"set21"}: bad("top-level keys")
found = d["parts"]["set21"]["found"]; lost = d["parts"]["set21"]["lost"]

def common(it, allowed, kre):
    k = it.get("key", "")
    if not re.fullmatch(kre, k): bad("bad key %r" % k)
    extra = set(it) - allowed
    if extra: bad("%s unknown fields %s" % (k, sorted(extra)))
    if it.get("category") not in CATS: bad("%s category %r" % (k, it.get("category")))
    if not isinstance(it.get("body"), str) or not it["body"]: bad("%s body" % k)
    for f, n in STR.items():
        if f in it and (not isinstance(it[f], str) or len(it[f]) > n): bad("%s %s length/type" % (k, f))
    if ("lat" in it) != ("lon" in it): bad("%s lat/lon not both" % k)
    if "lat" in it:
        if not all(isinstance(it[x], (int, float)) and not isinstance(it[x], bool) for x in ("lat", "lon")): bad("%s lat/lon type" % k)
        elif not (18 <= it["lat"] <= 54 and 73 <= it["lon"] <= 135): bad("%s lat/lon outside China" % k)
    # numbers
    text = " ".join(str(it[f]) for f in ("body", "serial", "marks", "model", "address") if f in it)
    for m in re.finditer(r"(?<![0-9A-Za-z])(\d{17}[0-9Xx])(?![0-9A-Za-z])", text):
        checks["id"] += 1
        if not gb11643(m.group(1)): bad("%s ID fails GB 11643: %s" % (k, m.group(1)))
    for m in re.finditer(r"(?<![0-9])(\d{15})(?![0-9])", text):
        checks["imei"] += 1
        if not luhn(m.group(1)): bad("%s IMEI fails Luhn: %s" % (k, m.group(1)))
    for m in re.finditer(r"(?<![0-9])(\d{16,19})(?![0-9])", text):
        if len(m.group(1)) != 18: bad("%s long digit run (bank card?) %s" % (k, m.group(1)))

checks = {"id": 0, "imei": 0}
keys = set()
for it in found + lost:
    if it.get("key") in keys: bad("duplicate key %s" % it.get("key"))
    keys.add(it.get("key"))
fmap = {}
for it in found:
    common(it, FF, r"V2-F\d{4}")
    t = it.get("found_at_min")
    if not isinstance(t, int) or isinstance(t, bool) or not 0 <= t <= MAXMIN: bad("%s found_at_min" % it["key"])
    fmap[it["key"]] = it
used = {}
for it in lost:
    common(it, LF, r"V2-L\d{4}")
    a, b = it.get("lost_from_min"), it.get("lost_to_min")
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in (a, b)) or not (MAXMIN >= a >= b >= 0):
        bad("%s loss window" % it["key"]); continue
    if "truth" not in it: bad("%s no truth field" % it["key"]); continue
    t = it["truth"]
    if t is None: continue
    if t not in fmap: bad("%s truth %s not a found item" % (it["key"], t)); continue
    if t in used: bad("%s truth %s already used by %s" % (it["key"], t, used[t]))
    used[t] = it["key"]
    if fmap[t]["found_at_min"] > a: bad("%s truth found before loss" % it["key"])
    if "negative" in fmap[t]: bad("%s truth %s is labelled negative" % (it["key"], t))
negc = {n: 0 for n in sorted(NEGS)}
maxfrom = max(it["lost_from_min"] for it in lost)
for k, it in fmap.items():
    if k in used: continue
    n = it.get("negative")
    if n not in NEGS: bad("%s untrue found item without known negative label (%r)" % (k, n)); continue
    negc[n] += 1
    if n == "before_loss" and not any(it["found_at_min"] > l["lost_from_min"] for l in lost):
        bad("%s before_loss lies before no loss window" % k)
cross = sum(1 for l in lost if l["truth"] and fmap[l["truth"]]["category"] != l["category"])
if cross > 5: bad("%d cross-category pairs (> 5)" % cross)
ntrue = len(used); nnever = sum(1 for l in lost if l["truth"] is None)
if len(lost) != 210: bad("lost count %d != 210" % len(lost))
if ntrue != 150: bad("true pairs %d != 150" % ntrue)
if nnever != 60: bad("never-found %d != 60" % nnever)
if len(found) != 300: bad("found count %d != 300" % len(found))
if sum(negc.values()) != 150: bad("negatives %d != 150" % sum(negc.values()))
for n, c in negc.items():
    if c < 10: bad("too few %s (%d)" % (n, c))

print("set21: %d found, %d lost, %d true pairs, %d never found, %d cross-category" % (len(found), len(lost), ntrue, nnever, cross))
print("negatives: " + ", ".join("%s=%d" % kv for kv in negc.items()))
print("checked: keys, fields, categories, lengths, lat/lon, times, truths, labels, %d full ID numbers (GB 11643), %d IMEIs (Luhn)" % (checks["id"], checks["imei"]))
if faults:
    for f in faults[:50]: print("FAULT:", f)
    print("%d faults" % len(faults)); sys.exit(1)
print("OK")
