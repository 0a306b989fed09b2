#!/usr/bin/env python3
"""Validate tests/lostfound/set24.json; exit non-zero on any fault."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set24.json")
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
NEG = ["twin", "decoy", "before_loss", "brand_elsewhere", "unclaimed"]
STR60 = ["color", "brand", "model", "serial", "address"]
F_FIELDS = {"key", "category", "body", "found_at_min", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
            "negative"}
L_FIELDS = {"key", "category", "body", "lost_from_min", "lost_to_min", "color", "brand", "model", "serial", "marks", "address",
            "lat", "lon", "truth"}
MAXMIN = 172800
EXPECT = {"lost": 210, "lost_true": 150, "lost_null": 60, "found": 300, "negatives": 150,
          "twin": 48, "decoy": 46, "before_loss": 20, "brand_elsewhere": 16, "unclaimed": 20}
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

faults = []


def fault(msg):
    faults.append(msg)


def gb11643(s):
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], W)) % 11] == s[17]


def luhn(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


NUM = re.compile(r"(?<![0-9A-Za-z])\d+(?:[ -]\d+)*[Xx]?(?![0-9A-Za-z])")
n_ids = n_imeis = 0


def scan_numbers(key, field, text):
    global n_ids, n_imeis
    for m in NUM.finditer(text):
        raw = m.group(0)
        s = re.sub(r"[ -]", "", raw)
        digits = s.rstrip("Xx")
        if len(s) == 18 and re.fullmatch(r"\d{17}[\dXx]", s):
            n_ids += 1
            if not gb11643(s):
                fault("%s.%s: ID number %s fails GB 11643" % (key, field, raw))
        elif len(s) == 15 and s.isdigit():
            n_imeis += 1
            if not luhn(s):
                fault("%s.%s: IMEI %s fails Luhn" % (key, field, raw))
        elif len(digits) >= 15:
            fault("%s.%s: long number %s is neither an ID nor an IMEI (bank cards only as masks/tails)" % (key, field, raw))


def common(x, kind, fields, prefix):
    key = x.get("key")
    if not isinstance(key, str) or not re.fullmatch(prefix + r"\d{4}", key):
        fault("bad key %r" % (key,))
    extra = set(x) - fields
    if extra:
        fault("%s: unknown fields %s" % (key, sorted(extra)))
    if x.get("category") not in CATS:
        fault("%s: bad category %r" % (key, x.get("category")))
    if not isinstance(x.get("body"), str) or not x["body"].strip() or len(x["body"]) > 600:
        fault("%s: body missing or longer than 600" % key)
    for f in STR60:
        if f in x and (not isinstance(x[f], str) or not x[f] or len(x[f]) > 60):
            fault("%s: %s not a string of 1..60" % (key, f))
    if "marks" in x and (not isinstance(x["marks"], str) or not x["marks"] or len(x["marks"]) > 500):
        fault("%s: marks not a string of 1..500" % key)
    if ("lat" in x) != ("lon" in x):
        fault("%s: lat/lon not both or neither" % key)
    if "lat" in x:
        la, lo = x["lat"], x["lon"]
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (la, lo)):
            fault("%s: lat/lon not numeric" % key)
        elif not (18 <= la <= 54 and 73 <= lo <= 135):
            fault("%s: lat/lon outside China" % key)
    for f in ["body", "marks", "serial", "model", "address"]:
        if isinstance(x.get(f), str):
            scan_numbers(key, f, x[f])


def main():
    with open(PATH, encoding="utf-8") as fh:
        doc = json.load(fh)
    if set(doc) != {"seed", "made_by", "parts"} or doc["seed"] != 20261224 or doc["made_by"] != "tests/lostfound/make_set24.py":
        fault("top level wrong")
    if list(doc["parts"]) != ["set24"] or set(doc["parts"]["set24"]) != {"found", "lost"}:
        fault("parts wrong")
    found = doc["parts"]["set24"]["found"]
    lost = doc["parts"]["set24"]["lost"]
    fk = {}
    for f in found:
        common(f, "found", F_FIELDS, "Y2-F")
        if f.get("key") in fk:
            fault("duplicate key %s" % f.get("key"))
        fk[f.get("key")] = f
        t = f.get("found_at_min")
        if not isinstance(t, int) or isinstance(t, bool) or not 0 <= t <= MAXMIN:
            fault("%s: found_at_min out of range" % f.get("key"))
        if "negative" in f and f["negative"] not in NEG:
            fault("%s: unknown negative label %r" % (f["key"], f["negative"]))
    lk = set()
    used = {}
    cross = 0
    for x in lost:
        common(x, "lost", L_FIELDS, "Y2-L")
        key = x.get("key")
        if key in lk or key in fk:
            fault("duplicate key %s" % key)
        lk.add(key)
        a, b = x.get("lost_from_min"), x.get("lost_to_min")
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (a, b)) or not (MAXMIN >= a >= b >= 0):
            fault("%s: loss window wrong" % key)
            continue
        if "truth" not in x:
            fault("%s: truth missing" % key)
            continue
        t = x["truth"]
        if t is None:
            continue
        if t not in fk:
            fault("%s: truth %r is not a found item" % (key, t))
            continue
        if t in used:
            fault("%s: truth %s already used by %s" % (key, t, used[t]))
        used[t] = key
        f = fk[t]
        if "negative" in f:
            fault("%s: truth %s is labelled negative" % (key, t))
        if f["found_at_min"] > a:
            fault("%s: truth %s found before the loss began" % (key, t))
        if f["category"] != x["category"]:
            cross += 1
    for k, f in fk.items():
        if k not in used and "negative" not in f:
            fault("%s: neither a truth nor labelled negative" % k)
    for f in found:
        if f.get("negative") == "before_loss":
            if not any(x["category"] == f["category"] and x["lost_from_min"] < f["found_at_min"] for x in lost):
                fault("%s: before_loss but lies before no loss window of its category" % f["key"])
    if cross > 5:
        fault("%d true pairs across categories (max 5)" % cross)
    got = {"lost": len(lost), "lost_true": sum(1 for x in lost if x.get("truth")),
           "lost_null": sum(1 for x in lost if x.get("truth") is None), "found": len(found),
           "negatives": sum(1 for f in found if "negative" in f)}
    for n in NEG:
        got[n] = sum(1 for f in found if f.get("negative") == n)
    for k, v in EXPECT.items():
        if got[k] != v:
            fault("count %s = %d, expected %d" % (k, got[k], v))
    cats = {}
    for x in lost:
        cats.setdefault(x["category"], [0, 0, 0])
        cats[x["category"]][0 if x.get("truth") else 1] += 1
    for f in found:
        cats.setdefault(f["category"], [0, 0, 0])
        cats[f["category"]][2] += 1
    print("checked: keys unique/well-formed, known fields only, categories, length limits, lat/lon pairs,")
    print("  time ranges, truths (exist, found items, used once, found after loss began, not negative),")
    print("  negative labels, before_loss placement, GB 11643 IDs (%d), Luhn IMEIs (%d), counts" % (n_ids, n_imeis))
    print("counts:", json.dumps(got, ensure_ascii=False))
    print("cross-category true pairs:", cross)
    print("%-12s %6s %6s %6s" % ("category", "l_true", "l_none", "found"))
    for c in CATS:
        if c in cats:
            print("%-12s %6d %6d %6d" % (c, *cats[c]))
    if faults:
        for m in faults[:50]:
            print("FAULT:", m)
        print("%d faults" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
