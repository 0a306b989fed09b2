#!/usr/bin/env python3
"""Validate tests/lostfound/set26.json (blind labelled set 26). Exits non-zero on any fault."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set26.json")
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
NEG = ["twin", "decoy", "before_loss", "brand_elsewhere", "unclaimed"]
STR60 = ["color", "brand", "model", "serial", "address"]
FOUND_FIELDS = ["key", "category", "body", "found_at_min", "color", "brand", "model", "serial", "marks", "address",
                "lat", "lon", "negative"]
LOST_FIELDS = ["key", "category", "body", "lost_from_min", "lost_to_min", "color", "brand", "model", "serial", "marks",
               "address", "lat", "lon", "truth"]
MAXMIN = 172800
faults = []


def fault(msg):
    faults.append(msg)


def gb11643_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(c) * x for c, x in zip(s[:17], w))
    return "10X98765432"[total % 11] == s[17].upper()


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


ID_RE = re.compile(r"(?<![0-9A-Za-z])(\d{17}[0-9Xx])(?![0-9A-Za-z])")
ID_SPLIT_RE = re.compile(r"(?<![0-9])(\d{6}) (\d{8}) (\d{3}[0-9Xx])(?![0-9A-Za-z])")
DIG15_RE = re.compile(r"(?<![0-9])(\d{15})(?![0-9])")
GROUPED_RE = re.compile(r"(?<![0-9])(\d{2,6}(?:[ -]\d{2,6}){2,5})(?![0-9])")


def numbers_ok(where, text):
    n_id = n_imei = 0
    for m in ID_RE.finditer(text):
        n_id += 1
        if not gb11643_ok(m.group(1)):
            fault("%s: ID number %s fails GB 11643" % (where, m.group(1)))
    for m in ID_SPLIT_RE.finditer(text):
        s = "".join(m.groups())
        n_id += 1
        if not gb11643_ok(s):
            fault("%s: grouped ID number %s fails GB 11643" % (where, s))
    for m in DIG15_RE.finditer(text):
        n_imei += 1
        if not luhn_ok(m.group(1)):
            fault("%s: 15-digit number %s fails Luhn" % (where, m.group(1)))
    for m in GROUPED_RE.finditer(text):
        s = re.sub(r"[ -]", "", m.group(1))
        if len(s) == 15:
            n_imei += 1
            if not luhn_ok(s):
                fault("%s: grouped IMEI %s fails Luhn" % (where, m.group(1)))
    return n_id, n_imei


def common(where, it, fields):
    for k in it:
        if k not in fields:
            fault("%s: unknown field %s" % (where, k))
    if it.get("category") not in CATS:
        fault("%s: bad category %r" % (where, it.get("category")))
    if not isinstance(it.get("body"), str) or not it["body"].strip():
        fault("%s: body missing" % where)
    elif len(it["body"]) > 600:
        fault("%s: body over 600" % where)
    for k in STR60:
        if k in it and (not isinstance(it[k], str) or len(it[k]) > 60 or not it[k]):
            fault("%s: %s not a string of 1..60" % (where, k))
    if "marks" in it and (not isinstance(it["marks"], str) or len(it["marks"]) > 500):
        fault("%s: marks not a string of <=500" % where)
    if ("lat" in it) != ("lon" in it):
        fault("%s: lat/lon not both or neither" % where)
    if "lat" in it:
        for k in ("lat", "lon"):
            if not isinstance(it[k], (int, float)) or isinstance(it[k], bool):
                fault("%s: %s not numeric" % (where, k))
        if not (18 <= it["lat"] <= 54 and 73 <= it["lon"] <= 135):
            fault("%s: lat/lon outside China" % where)


def main():
    with open(PATH, encoding="utf-8") as fh:
        d = json.load(fh)
    if sorted(d.keys()) != ["made_by", "parts", "seed"]:
        fault("top-level keys %r" % sorted(d.keys()))
    if d.get("seed") != 20261226:
        fault("seed %r" % d.get("seed"))
    if d.get("made_by") != "tests/lostfound/make_set26.py":
        fault("made_by %r" % d.get("made_by"))
    if list(d.get("parts", {}).keys()) != ["set26"]:
        fault("parts %r" % list(d.get("parts", {}).keys()))
    part = d["parts"]["set26"]
    if sorted(part.keys()) != ["found", "lost"]:
        fault("part keys %r" % sorted(part.keys()))
    found, lost = part["found"], part["lost"]
    keys = []
    fmap = {}
    n_id = n_imei = 0
    for it in found:
        k = it.get("key", "")
        if not re.fullmatch(r"A3-F\d{4}", k):
            fault("bad found key %r" % k)
        keys.append(k)
        fmap[k] = it
        common(k, it, FOUND_FIELDS)
        t = it.get("found_at_min")
        if not isinstance(t, int) or isinstance(t, bool) or not 0 <= t <= MAXMIN:
            fault("%s: found_at_min %r out of range" % (k, t))
        if "negative" in it and it["negative"] not in NEG:
            fault("%s: unknown negative label %r" % (k, it["negative"]))
        for f in ("body", "serial", "marks"):
            if f in it:
                a, b = numbers_ok(k + "." + f, it[f])
                n_id += a
                n_imei += b
    for it in lost:
        k = it.get("key", "")
        if not re.fullmatch(r"A3-L\d{4}", k):
            fault("bad lost key %r" % k)
        keys.append(k)
        common(k, it, LOST_FIELDS)
        a, b = it.get("lost_from_min"), it.get("lost_to_min")
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (a, b)):
            fault("%s: times not integers" % k)
        elif not (MAXMIN >= a >= b >= 0):
            fault("%s: lost_from %r lost_to %r out of order/range" % (k, a, b))
        if "truth" not in it:
            fault("%s: truth field missing" % k)
        for f in ("body", "serial", "marks"):
            if f in it:
                x, y = numbers_ok(k + "." + f, it[f])
                n_id += x
                n_imei += y
    if len(set(keys)) != len(keys):
        fault("keys not unique")
    used = []
    cross = 0
    for it in lost:
        t = it.get("truth")
        if t is None:
            continue
        if t not in fmap:
            fault("%s: truth %r is not a found item" % (it["key"], t))
            continue
        if t in used:
            fault("%s: truth %s used twice" % (it["key"], t))
        used.append(t)
        f = fmap[t]
        if "negative" in f:
            fault("%s: truth %s is labelled negative" % (it["key"], t))
        if f["found_at_min"] > it["lost_from_min"]:
            fault("%s: truth %s found before the loss began" % (it["key"], t))
        if f["category"] != it["category"]:
            cross += 1
    if cross > 5:
        fault("%d cross-category pairs (max 5)" % cross)
    for k, f in fmap.items():
        if k in used:
            continue
        if f.get("negative") not in NEG:
            fault("%s: neither a truth nor labelled negative" % k)
        if f.get("negative") == "before_loss":
            if not any(l["category"] == f["category"] and f["found_at_min"] > l["lost_from_min"] for l in lost):
                fault("%s: before_loss item not before any loss window of its category" % k)
    counts = {}
    for f in found:
        counts[f.get("negative", "true")] = counts.get(f.get("negative", "true"), 0) + 1
    n_true = sum(1 for l in lost if l.get("truth"))
    expect = [("lost", len(lost), 210), ("lost with truth", n_true, 150), ("never found", len(lost) - n_true, 60),
              ("found", len(found), 300), ("true found", counts.get("true", 0), 150),
              ("negatives", len(found) - counts.get("true", 0), 150)]
    for name, got, want in expect:
        if got != want:
            fault("count %s = %d, want %d" % (name, got, want))
    for lab in NEG:
        if counts.get(lab, 0) < 10:
            fault("too few %s (%d)" % (lab, counts.get(lab, 0)))
    print("checked %s" % PATH)
    print("  keys unique and well-formed (A3-F####/A3-L####), known fields only, categories, length limits")
    print("  lat/lon both-or-neither numeric; times in range; lost_from >= lost_to >= 0")
    print("  truths exist, are found items, used once, found after loss began, not negative; %d cross-category" % cross)
    print("  other found items labelled: %s" % ", ".join("%s %d" % (k, counts.get(k, 0)) for k in NEG))
    print("  before_loss items lie before some loss window of their category")
    print("  %d full ID numbers pass GB 11643, %d full IMEIs pass Luhn" % (n_id, n_imei))
    print("  counts: lost %d (truth %d, never %d), found %d (true %d)" % (
        len(lost), n_true, len(lost) - n_true, len(found), counts.get("true", 0)))
    if faults:
        for m in faults[:50]:
            print("FAULT:", m)
        print("%d faults" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
