#!/usr/bin/env python3
"""Validate tests/lostfound/set16.json (written by make_set16.py). Exits 1 on any fault."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set16.json")
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
MAX_MIN = 172800
LIMITS = {"body": 600, "color": 60, "brand": 60, "model": 60, "serial": 60, "marks": 500, "address": 60}
FOUND_KEYS = ["key", "category", "body", "found_at_min", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "negative"]
LOST_KEYS = ["key", "category", "body", "lost_from_min", "lost_to_min", "truth", "color", "brand", "model", "serial", "marks", "address", "lat", "lon"]
NEG_KINDS = ["decoy", "twin", "before_loss", "brand_elsewhere", "unclaimed"]
EXPECT = {"lost": 210, "true": 150, "null": 60, "found": 300}
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return ID_C[sum(int(s[i]) * ID_W[i] for i in range(17)) % 11] == s[17]


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def main():
    with open(PATH, encoding="utf-8") as fh:
        raw = fh.read()
    print("check: file ends with a newline")
    if not raw.endswith("\n"):
        fault("set16.json does not end with a newline")
    doc = json.loads(raw)
    print("check: top-level keys seed, made_by, parts.set16.found/lost")
    if sorted(doc.keys()) != ["made_by", "parts", "seed"] or not isinstance(doc["seed"], int):
        fault("top-level keys wrong: %s" % sorted(doc.keys()))
    if doc.get("made_by") != "tests/lostfound/make_set16.py":
        fault("made_by wrong")
    if list(doc["parts"].keys()) != ["set16"]:
        fault("parts must hold only set16")
    part = doc["parts"]["set16"]
    found, lost = part["found"], part["lost"]

    print("check: keys unique and well-formed (N-F0001 / N-L0001)")
    fkeys = {}
    for f in found:
        if not re.fullmatch(r"N-F\d{4}", f.get("key", "")):
            fault("bad found key %r" % f.get("key"))
        if f["key"] in fkeys:
            fault("duplicate found key %s" % f["key"])
        fkeys[f["key"]] = f
    lkeys = {}
    for l in lost:
        if not re.fullmatch(r"N-L\d{4}", l.get("key", "")):
            fault("bad lost key %r" % l.get("key"))
        if l["key"] in lkeys:
            fault("duplicate lost key %s" % l["key"])
        lkeys[l["key"]] = l

    print("check: only known fields, categories valid, length limits, lat/lon numeric and both or neither")
    for rec, allowed, side in [(f, FOUND_KEYS, "found") for f in found] + [(l, LOST_KEYS, "lost") for l in lost]:
        for k in rec:
            if k not in allowed:
                fault("%s %s: unknown field %s" % (side, rec["key"], k))
        if rec.get("category") not in CATS:
            fault("%s %s: bad category %r" % (side, rec["key"], rec.get("category")))
        if not isinstance(rec.get("body"), str) or not rec["body"].strip():
            fault("%s %s: empty body" % (side, rec["key"]))
        for k, lim in LIMITS.items():
            if k in rec:
                if not isinstance(rec[k], str) or not rec[k].strip():
                    fault("%s %s: %s empty or not text" % (side, rec["key"], k))
                elif len(rec[k]) > lim:
                    fault("%s %s: %s longer than %d" % (side, rec["key"], k, lim))
        if ("lat" in rec) != ("lon" in rec):
            fault("%s %s: lat without lon" % (side, rec["key"]))
        if "lat" in rec:
            if not (isinstance(rec["lat"], float) and 18 < rec["lat"] < 54 and isinstance(rec["lon"], float) and 73 < rec["lon"] < 136):
                fault("%s %s: lat/lon out of China" % (side, rec["key"]))

    print("check: times (minutes before now) in range; lost_from >= lost_to >= 0; <= %d" % MAX_MIN)
    for f in found:
        t = f.get("found_at_min")
        if not isinstance(t, int) or t < 0 or t > MAX_MIN:
            fault("found %s: bad found_at_min %r" % (f["key"], t))
    for l in lost:
        a, b = l.get("lost_from_min"), l.get("lost_to_min")
        if not isinstance(a, int) or not isinstance(b, int) or not (a >= b >= 0) or a > MAX_MIN:
            fault("lost %s: bad window %r..%r" % (l["key"], a, b))

    print("check: truth keys exist, point to found items, each found item is the truth of at most one report")
    print("check: a true found item was found after the loss began (found_at_min <= lost_from_min) and is not labelled negative")
    used = {}
    for l in lost:
        t = l.get("truth", "MISSING")
        if t == "MISSING":
            fault("lost %s: no truth field" % l["key"])
            continue
        if t is None:
            continue
        if t not in fkeys:
            fault("lost %s: truth %s is not a found key" % (l["key"], t))
            continue
        if t in used:
            fault("found %s is the truth of %s and %s" % (t, used[t], l["key"]))
        used[t] = l["key"]
        f = fkeys[t]
        if f["found_at_min"] > l["lost_from_min"]:
            fault("lost %s: its item %s was found before the loss began" % (l["key"], t))
        if "negative" in f:
            fault("found %s is a truth but labelled negative" % t)
    print("check: every found item that is nobody's truth carries a negative label of a known kind")
    for f in found:
        if f["key"] not in used:
            if f.get("negative") not in NEG_KINDS:
                fault("found %s: not a truth and negative=%r" % (f["key"], f.get("negative")))
    print("check: each before_loss negative was found before the loss window of at least one report began")
    for f in found:
        if f.get("negative") == "before_loss":
            if not any(f["found_at_min"] > l["lost_from_min"] for l in lost):
                fault("found %s: before_loss but found after every loss began" % f["key"])

    print("check: ID numbers (18 digits) written in full are valid GB 11643; IMEIs written in full pass Luhn")
    n_id = n_imei = 0
    for rec in found + lost:
        texts = [rec["body"], rec.get("serial", ""), rec.get("marks", "")]
        for s in texts:
            for m in re.finditer(r"(?<![\dA-Za-z])(\d{17}[\dXx])(?![\dA-Za-z])", s):
                n_id += 1
                if not id_ok(m.group(1)):
                    fault("%s: ID number %s fails GB 11643" % (rec["key"], m.group(1)))
            for m in re.finditer(r"(?<![\dA-Za-z])(\d{6}) (\d{8}) (\d{3}[\dXx])(?![\dA-Za-z])", s):
                n_id += 1
                if not id_ok("".join(m.groups())):
                    fault("%s: grouped ID number fails GB 11643" % rec["key"])
            for m in re.finditer(r"(?<![\d])(\d{2}) (\d{6}) (\d{6}) (\d)(?![\d])", s):
                n_imei += 1
                if not luhn_ok("".join(m.groups())):
                    fault("%s: grouped IMEI fails Luhn" % rec["key"])
            for m in re.finditer(r"(?<![\dA-Za-z])(\d{15})(?![\dA-Za-z])", s):
                n_imei += 1
                if not luhn_ok(m.group(1)):
                    fault("%s: IMEI %s fails Luhn" % (rec["key"], m.group(1)))
    print("       %d full ID numbers, %d full IMEIs checked" % (n_id, n_imei))

    print("check: counts")
    n_true = sum(1 for l in lost if l.get("truth"))
    n_null = sum(1 for l in lost if l.get("truth") is None)
    got = {"lost": len(lost), "true": n_true, "null": n_null, "found": len(found)}
    for k in ["lost", "true", "null", "found"]:
        print("       %-6s %4d (expected %d)" % (k, got[k], EXPECT[k]))
        if got[k] != EXPECT[k]:
            fault("count %s is %d, expected %d" % (k, got[k], EXPECT[k]))
    negs = {}
    for f in found:
        if "negative" in f:
            negs[f["negative"]] = negs.get(f["negative"], 0) + 1
    for k in NEG_KINDS:
        print("       negative %-16s %4d" % (k, negs.get(k, 0)))
    cats = {}
    for l in lost:
        cats[l["category"]] = cats.get(l["category"], 0) + 1
    print("       lost by category: " + ", ".join("%s %d" % (c, cats.get(c, 0)) for c in CATS))

    if faults:
        for m in faults:
            print("FAULT:", m)
        print("%d fault(s)" % len(faults))
        sys.exit(1)
    print("set16.json OK")


if __name__ == "__main__":
    main()
