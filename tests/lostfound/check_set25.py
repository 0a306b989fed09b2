#!/usr/bin/env python3
"""Validate tests/lostfound/set25.json (blind judge set 25).  Exits non-zero on any fault."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set25.json")
PFX = "Z2"
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
NEGS = ["twin", "decoy", "before_loss", "brand_elsewhere", "unclaimed"]
STRF = ["color", "brand", "model", "serial", "marks", "address"]
FKEYS = ["key", "category", "body", "found_at_min", "lat", "lon", "negative"] + STRF
LKEYS = ["key", "category", "body", "lost_from_min", "lost_to_min", "lat", "lon", "truth"] + STRF
LIMITS = {"body": 600, "marks": 500, "color": 60, "brand": 60, "model": 60, "serial": 60, "address": 60}
MAXMIN = 172800
faults = []


def fault(msg):
    faults.append(msg)


def gb11643_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    tot = sum(int(a) * b for a, b in zip(s[:17], w))
    return "10X98765432"[tot % 11] == s[17].upper()


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


ID_RE = re.compile(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])")
ID_SPACED_RE = re.compile(r"(?<!\d)(\d{6}) (\d{8}) (\d{3}[\dXx])(?![0-9A-Za-z])")
IMEI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{15})(?![0-9A-Za-z])")
IMEI_SPLIT_RE = re.compile(r"(?<!\d)(\d{8})-(\d{6})-(\d)(?!\d)|(?<!\d)(\d{2}) (\d{6}) (\d{6}) (\d)(?!\d)")


def main():
    with open(PATH, encoding="utf-8") as fh:
        data = json.load(fh)
    if sorted(data.keys()) != ["made_by", "parts", "seed"]:
        fault("top-level keys %r" % sorted(data.keys()))
    if data.get("seed") != 20261225:
        fault("seed")
    if data.get("made_by") != "tests/lostfound/make_set25.py":
        fault("made_by")
    if list(data["parts"].keys()) != ["set25"]:
        fault("parts must hold only set25")
    part = data["parts"]["set25"]
    if sorted(part.keys()) != ["found", "lost"]:
        fault("part keys")
    found, lost = part["found"], part["lost"]
    keys = set()
    fmap = {}
    n_ids = n_imeis = 0
    for kind, items, allowed, kre in (("found", found, FKEYS, r"^%s-F\d{4}$" % PFX), ("lost", lost, LKEYS, r"^%s-L\d{4}$" % PFX)):
        for it in items:
            k = it.get("key")
            if not isinstance(k, str) or not re.match(kre, k):
                fault("bad key %r" % k)
            if k in keys:
                fault("duplicate key %s" % k)
            keys.add(k)
            for f in it:
                if f not in allowed:
                    fault("%s: unknown field %s" % (k, f))
            if it.get("category") not in CATS:
                fault("%s: category %r" % (k, it.get("category")))
            if not isinstance(it.get("body"), str) or not it["body"].strip():
                fault("%s: empty body" % k)
            for f, lim in LIMITS.items():
                if f in it:
                    if not isinstance(it[f], str) or not it[f]:
                        fault("%s: %s not a non-empty string" % (k, f))
                    elif len(it[f]) > lim:
                        fault("%s: %s longer than %d" % (k, f, lim))
            if ("lat" in it) != ("lon" in it):
                fault("%s: lat/lon not both" % k)
            if "lat" in it:
                for f, lo, hi in (("lat", 18.0, 54.0), ("lon", 73.0, 135.0)):
                    v = it[f]
                    if isinstance(v, bool) or not isinstance(v, (int, float)) or not lo <= v <= hi:
                        fault("%s: %s %r not a number in China" % (k, f, v))
            texts = " ".join(str(it[f]) for f in ["body"] + STRF if f in it)
            for m in ID_RE.findall(texts):
                n_ids += 1
                if not gb11643_ok(m):
                    fault("%s: ID %s fails GB 11643" % (k, m))
            for m in ID_SPACED_RE.findall(texts):
                n_ids += 1
                if not gb11643_ok("".join(m)):
                    fault("%s: spaced ID %s fails GB 11643" % (k, m))
            for m in IMEI_RE.findall(texts):
                n_imeis += 1
                if not luhn_ok(m):
                    fault("%s: IMEI %s fails Luhn" % (k, m))
            for m in IMEI_SPLIT_RE.findall(texts):
                n_imeis += 1
                if not luhn_ok("".join(m)):
                    fault("%s: split IMEI %s fails Luhn" % (k, "".join(m)))
        if kind == "found":
            for it in items:
                fmap[it["key"]] = it
                t = it.get("found_at_min")
                if not isinstance(t, int) or isinstance(t, bool) or not 0 <= t <= MAXMIN:
                    fault("%s: found_at_min %r" % (it["key"], t))
    used = {}
    n_true = n_null = 0
    for it in lost:
        k = it["key"]
        a, b = it.get("lost_from_min"), it.get("lost_to_min")
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (a, b)) or not (MAXMIN >= a >= b >= 0):
            fault("%s: window %r..%r" % (k, a, b))
            continue
        if "truth" not in it:
            fault("%s: no truth field" % k)
            continue
        t = it["truth"]
        if t is None:
            n_null += 1
            continue
        n_true += 1
        if t not in fmap:
            fault("%s: truth %r is not a found item" % (k, t))
            continue
        if t in used:
            fault("%s: truth %s also used by %s" % (k, t, used[t]))
        used[t] = k
        f = fmap[t]
        if "negative" in f:
            fault("%s: truth %s is labelled negative" % (k, t))
        if f["found_at_min"] > a:
            fault("%s: truth %s found before the loss began" % (k, t))
    cross = sum(1 for it in lost if it.get("truth") in fmap and fmap[it["truth"]]["category"] != it["category"])
    if cross > 5:
        fault("%d true pairs across categories (max 5)" % cross)
    negc = {n: 0 for n in NEGS}
    for it in found:
        k = it["key"]
        if k in used:
            continue
        neg = it.get("negative")
        if neg not in NEGS:
            fault("%s: not a truth and negative %r" % (k, neg))
            continue
        negc[neg] += 1
        if neg == "before_loss":
            if not any(l["category"] == it["category"] and it["found_at_min"] > l["lost_from_min"] for l in lost):
                fault("%s: before_loss lies before no loss window" % k)
    print("checked %s" % PATH)
    print("  keys unique/well-formed, fields known, categories, length limits, lat/lon, times")
    print("  lost reports: %d (with truth %d, never found %d); found items: %d" % (len(lost), n_true, n_null, len(found)))
    print("  negatives: %s" % ", ".join("%s %d" % (n, negc[n]) for n in NEGS))
    print("  cross-category true pairs: %d; full ID numbers checked: %d; full IMEIs checked: %d" % (cross, n_ids, n_imeis))
    if not 200 <= len(lost) <= 220:
        fault("lost count %d not about 210" % len(lost))
    if n_true != 150 or n_null != 60:
        fault("truth counts %d/%d, want 150/60" % (n_true, n_null))
    if len(found) != 300 or sum(negc.values()) != 150:
        fault("found count %d / negatives %d, want 300/150" % (len(found), sum(negc.values())))
    for n in NEGS:
        if negc[n] < 10:
            fault("too few %s (%d)" % (n, negc[n]))
    if faults:
        for f in faults:
            print("FAULT: " + f)
        print("%d fault(s)" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
