#!/usr/bin/env python3
"""Validate set28.json (blind judge set 28). Exits non-zero on any fault."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set28.json")
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
NEG = ["twin", "decoy", "before_loss", "brand_elsewhere", "unclaimed"]
STR = {"color": 60, "brand": 60, "model": 60, "serial": 60, "address": 60, "marks": 500}
FF = {"key", "category", "body", "found_at_min", "negative", "lat", "lon"} | set(STR)
LF = {"key", "category", "body", "lost_from_min", "lost_to_min", "truth", "lat", "lon"} | set(STR)
MAXM = 172800
faults = []
def bad(m): faults.append(m)

def gb11643(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * x for c, x in zip(s[:17], w)) % 11] == s[17].upper()
def luhn(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9: v -= 9
        t += v
    return t % 10 == 0
RID = re.compile(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])")
RIM = re.compile(r"(?<![0-9A-Za-z])(\d{15})(?![0-9A-Za-z])")

doc = json.load(open(PATH, encoding="utf-8"))
if set(doc) != {"seed", "made_by", "parts"}: bad("top-level keys %r" % sorted(doc))
if doc.get("seed") != 20261228: bad("seed")
if doc.get("made_by") != "tests/lostfound/make_set28.py": bad("made_by")
if list(doc["parts"]) != ["set28"] or set(doc["parts"]["set28"]) != {"found", "lost"}: bad("parts shape")
found = doc["parts"]["set28"]["found"]; lost = doc["parts"]["set28"]["lost"]

keys = set(); ids = imeis = 0
def common(x, allowed, pat):
    global ids, imeis
    k = x.get("key")
    if not isinstance(k, str) or not re.fullmatch(pat, k): bad("bad key %r" % k)
    if k in keys: bad("duplicate key %s" % k)
    keys.add(k)
    for f in x:
        if f not in allowed: bad("%s: unknown field %s" % (k, f))
    if x.get("category") not in CATS: bad("%s: category %r" % (k, x.get("category")))
    if not isinstance(x.get("body"), str) or not x["body"].strip() or len(x["body"]) > 600: bad("%s: body" % k)
    for f, n in STR.items():
        if f in x and (not isinstance(x[f], str) or len(x[f]) > n or not x[f]): bad("%s: field %s" % (k, f))
    if ("lat" in x) != ("lon" in x): bad("%s: lat/lon not both" % k)
    if "lat" in x:
        for f, lo, hi in (("lat", 18, 54), ("lon", 73, 135)):
            v = x[f]
            if isinstance(v, bool) or not isinstance(v, (int, float)) or not lo <= v <= hi: bad("%s: %s %r" % (k, f, v))
    text = " ".join(str(x[f]) for f in ["body", "serial", "marks", "model", "address"] if f in x)
    for m in RID.findall(text):
        ids += 1
        if not gb11643(m): bad("%s: ID %s fails GB 11643" % (k, m))
    for m in RIM.findall(text):
        imeis += 1
        if not luhn(m): bad("%s: IMEI %s fails Luhn" % (k, m))
    for m in re.findall(r"\d{16,}[Xx]?", text):
        if len(m) != 18: bad("%s: stray long number %s" % (k, m))

def tint(x, f):
    v = x.get(f)
    return isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= MAXM

F = {}
for x in found:
    common(x, FF, r"C3-F\d{4}")
    if not tint(x, "found_at_min"): bad("%s: found_at_min" % x.get("key"))
    if "negative" in x and x["negative"] not in NEG: bad("%s: negative %r" % (x["key"], x["negative"]))
    F[x["key"]] = x
used = {}
for x in lost:
    common(x, LF, r"C3-L\d{4}")
    k = x["key"]
    if "truth" not in x: bad("%s: no truth" % k)
    if not (tint(x, "lost_from_min") and tint(x, "lost_to_min")) or x["lost_from_min"] < x["lost_to_min"]: bad("%s: window" % k)
    t = x.get("truth")
    if t is None: continue
    if t not in F: bad("%s: truth %r not a found item" % (k, t)); continue
    if t in used: bad("%s: truth %s used twice" % (k, t))
    used[t] = k
    if "negative" in F[t]: bad("%s: truth %s labelled negative" % (k, t))
    if F[t]["found_at_min"] > x["lost_from_min"]: bad("%s: truth found before loss began" % k)
for k, x in F.items():
    if k not in used and x.get("negative") not in NEG: bad("%s: neither truth nor labelled negative" % k)
    if x.get("negative") == "before_loss":
        if not any(l["category"] == x["category"] and x["found_at_min"] > l["lost_from_min"] for l in lost):
            bad("%s: before_loss lies before no loss window of its category" % k)

cross = sum(1 for t, k in used.items() if F[t]["category"] != [l for l in lost if l["key"] == k][0]["category"])
negc = {n: sum(1 for x in found if x.get("negative") == n) for n in NEG}
nt = len(used); nn = sum(1 for x in lost if x.get("truth") is None)
if len(lost) != 210 or nt != 150 or nn != 60: bad("lost counts %d/%d/%d" % (len(lost), nt, nn))
if len(found) != 300 or sum(negc.values()) != 150: bad("found counts %d, negatives %d" % (len(found), sum(negc.values())))
if cross > 5: bad("cross-category pairs %d > 5" % cross)
if any(v == 0 for v in negc.values()): bad("a negative label is unused: %r" % negc)

print("set28: %d lost (%d with truth, %d never found), %d found (%d true, %d negatives %r)" % (len(lost), nt, nn, len(found), len(used), sum(negc.values()), negc))
print("checked: keys, fields, categories, lengths, lat/lon, times, truths (exist, once, after loss, not negative), labels, before_loss, %d full ID numbers (GB 11643), %d IMEIs (Luhn), %d cross-category pairs" % (ids, imeis, cross))
if faults:
    for m in faults[:50]: print("FAULT:", m)
    print("%d faults" % len(faults)); sys.exit(1)
print("OK")
