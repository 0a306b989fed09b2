#!/usr/bin/env python3
"""Validate tests/lostfound/set29.json; exit non-zero on any fault."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set29.json")
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
NEG = ["twin", "decoy", "before_loss", "brand_elsewhere", "unclaimed"]
STR_LIM = {"body": 600, "color": 60, "brand": 60, "model": 60, "serial": 60, "address": 60, "marks": 500}
F_FIELDS = ["key", "category", "body", "found_at_min", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "negative"]
L_FIELDS = ["key", "category", "body", "lost_from_min", "lost_to_min", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "truth"]
MAXMIN = 172800
faults = []
checked = []


def fault(msg):
    faults.append(msg)


def gb11643(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    t = sum(int(c) * k for c, k in zip(s[:17], w))
    return "10X98765432"[t % 11] == s[17].upper()


def luhn(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def common(it, fields, kind):
    k = it.get("key")
    for f in it:
        if f not in fields:
            fault("%s: unknown field %s" % (k, f))
    if it.get("category") not in CATS:
        fault("%s: bad category %r" % (k, it.get("category")))
    if not isinstance(it.get("body"), str) or not it["body"].strip():
        fault("%s: empty body" % k)
    for f, lim in STR_LIM.items():
        if f in it:
            if not isinstance(it[f], str):
                fault("%s: %s not a string" % (k, f))
            elif len(it[f]) > lim:
                fault("%s: %s longer than %d" % (k, f, lim))
            elif not it[f].strip():
                fault("%s: %s empty" % (k, f))
    if ("lat" in it) != ("lon" in it):
        fault("%s: lat/lon not both" % k)
    if "lat" in it:
        if not (is_num(it["lat"]) and is_num(it["lon"])):
            fault("%s: lat/lon not numeric" % k)
        elif not (18 <= it["lat"] <= 54 and 73 <= it["lon"] <= 135):
            fault("%s: lat/lon outside China" % k)


def main():
    with open(PATH, encoding="utf-8") as fh:
        d = json.load(fh)
    if d.get("seed") != 20261229:
        fault("seed")
    if d.get("made_by") != "tests/lostfound/make_set29.py":
        fault("made_by")
    if set(d.keys()) != {"seed", "made_by", "parts"} or list(d["parts"].keys()) != ["set29"]:
        fault("top-level shape")
    part = d["parts"]["set29"]
    if sorted(part.keys()) != ["found", "lost"]:
        fault("part shape")
    found, lost = part["found"], part["lost"]
    checked.append("top-level shape, seed, made_by")
    keys = set()
    fmap = {}
    for it in found:
        k = it.get("key")
        if not isinstance(k, str) or not re.fullmatch(r"D3-F\d{4}", k):
            fault("bad found key %r" % k)
        if k in keys:
            fault("duplicate key %s" % k)
        keys.add(k)
        fmap[k] = it
        common(it, F_FIELDS, "found")
        m = it.get("found_at_min")
        if not isinstance(m, int) or isinstance(m, bool) or not (0 <= m <= MAXMIN):
            fault("%s: found_at_min out of range" % k)
        if "negative" in it and it["negative"] not in NEG:
            fault("%s: unknown negative label %r" % (k, it["negative"]))
    for it in lost:
        k = it.get("key")
        if not isinstance(k, str) or not re.fullmatch(r"D3-L\d{4}", k):
            fault("bad lost key %r" % k)
        if k in keys:
            fault("duplicate key %s" % k)
        keys.add(k)
        common(it, L_FIELDS, "lost")
        a, b = it.get("lost_from_min"), it.get("lost_to_min")
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (a, b)):
            fault("%s: times not integers" % k)
        elif not (MAXMIN >= a >= b >= 0):
            fault("%s: need 172800 >= lost_from >= lost_to >= 0" % k)
        if "truth" not in it:
            fault("%s: no truth field" % k)
    checked.append("keys unique and well-formed, known fields only, categories, length limits, lat/lon, time ranges")
    used = {}
    for it in lost:
        t = it.get("truth")
        if t is None:
            continue
        if t not in fmap:
            fault("%s: truth %r is not a found item" % (it["key"], t))
            continue
        if t in used:
            fault("%s: truth %s already used by %s" % (it["key"], t, used[t]))
        used[t] = it["key"]
        f = fmap[t]
        if "negative" in f:
            fault("%s: truth %s is labelled negative" % (it["key"], t))
        if f["found_at_min"] > it["lost_from_min"]:
            fault("%s: truth %s found before loss began" % (it["key"], t))
    for k, f in fmap.items():
        if k not in used and f.get("negative") not in NEG:
            fault("%s: not a truth and no known negative label" % k)
    checked.append("truths exist, are found items, used once, found after loss began, not negative; others labelled")
    for k, f in fmap.items():
        if f.get("negative") == "before_loss":
            if not any(f["found_at_min"] > l["lost_from_min"] for l in lost if l["category"] == f["category"]):
                fault("%s: before_loss lies before no loss window of its category" % k)
    checked.append("every before_loss item lies before some loss window")
    nid = nimei = 0
    for it in found + lost:
        text = " ".join(str(it.get(f, "")) for f in ("body", "serial", "marks"))
        for m in re.finditer(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])", text):
            nid += 1
            if not gb11643(m.group(1)):
                fault("%s: ID %s fails GB 11643" % (it["key"], m.group(1)))
        for m in re.finditer(r"(?<![0-9A-Za-z])(\d{15})(?![0-9A-Za-z])", text):
            nimei += 1
            if not luhn(m.group(1)):
                fault("%s: IMEI %s fails Luhn" % (it["key"], m.group(1)))
        for m in re.finditer(r"IMEI[^0-9]{0,6}((?:\d[ -]?){14}\d)", text):
            digits = re.sub(r"\D", "", m.group(1))
            if len(digits) == 15 and not luhn(digits):
                fault("%s: grouped IMEI %s fails Luhn" % (it["key"], m.group(1)))
        for m in re.finditer(r"(?<![0-9])(\d{6}) (\d{8}) (\d{3}[\dXx])(?![0-9A-Za-z])", text):
            nid += 1
            if not gb11643("".join(m.groups())):
                fault("%s: grouped ID fails GB 11643" % it["key"])
    checked.append("%d full ID numbers pass GB 11643, %d full IMEIs pass Luhn" % (nid, nimei))
    n_true = sum(1 for l in lost if l.get("truth"))
    counts = {lab: sum(1 for f in found if f.get("negative") == lab) for lab in NEG}
    cross = sum(1 for l in lost if l.get("truth") and fmap[l["truth"]]["category"] != l["category"])
    if len(lost) != 210 or n_true != 150 or len(found) != 300 or sum(counts.values()) != 150:
        fault("counts: lost %d (true %d), found %d, negatives %d" % (len(lost), n_true, len(found), sum(counts.values())))
    if any(v < 10 for v in counts.values()):
        fault("each negative label needs at least 10: %s" % counts)
    if cross > 5:
        fault("%d true pairs across categories (max 5)" % cross)
    checked.append("counts: lost %d (with truth %d, never found %d), found %d, negatives %s, cross-category pairs %d"
                   % (len(lost), n_true, len(lost) - n_true, len(found), counts, cross))
    for c in checked:
        print("checked:", c)
    if faults:
        for f in faults[:50]:
            print("FAULT:", f)
        print("%d faults" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
