#!/usr/bin/env python3
"""Checks tests/lostfound/set22.json (blind labelled set 22). Exits non-zero on any fault."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
NEG = ["twin", "decoy", "before_loss", "brand_elsewhere", "unclaimed"]
STRF = {"color": 60, "brand": 60, "model": 60, "serial": 60, "address": 60, "marks": 500}
FOUND_F = {"key", "category", "body", "found_at_min", "lat", "lon", "negative"} | set(STRF)
LOST_F = {"key", "category", "body", "lost_from_min", "lost_to_min", "lat", "lon", "truth"} | set(STRF)
MAXMIN = 172800
faults = []


def fault(msg):
    faults.append(msg)


def gb11643(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * k for c, k in zip(s[:17], w)) % 11] == s[17].upper()


def luhn(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def check_common(it, fields, where):
    for k in it:
        if k not in fields:
            fault("%s: unknown field %s" % (where, k))
    if it.get("category") not in CATS:
        fault("%s: bad category %r" % (where, it.get("category")))
    b = it.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or too long" % where)
    for k, lim in STRF.items():
        if k in it and (not isinstance(it[k], str) or len(it[k]) > lim or not it[k]):
            fault("%s: field %s not a string within %d" % (where, k, lim))
    if ("lat" in it) != ("lon" in it):
        fault("%s: lat/lon not both or neither" % where)
    if "lat" in it:
        la, lo = it["lat"], it["lon"]
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (la, lo)):
            fault("%s: lat/lon not numeric" % where)
        elif not (18 <= la <= 54 and 73 <= lo <= 135):
            fault("%s: lat/lon not in China" % where)


ID_RE = re.compile(r"(?<![0-9A-Za-z])([0-9]{17}[0-9Xx])(?![0-9A-Za-z])")
IMEI_RE = re.compile(r"(?<![0-9])([0-9]{15})(?![0-9])")
IMEI_GROUPED = re.compile(r"IMEI[号码：:\s]*([0-9][0-9 \-]{13,22}[0-9])")
n_ids = n_imeis = 0


def check_numbers(it, where):
    global n_ids, n_imeis
    text = " ".join(str(v) for k, v in it.items() if isinstance(v, str))
    for m in ID_RE.finditer(text):
        n_ids += 1
        if not gb11643(m.group(1)):
            fault("%s: ID number %s fails GB 11643" % (where, m.group(1)))
    for m in IMEI_RE.finditer(text):
        n_imeis += 1
        if not luhn(m.group(1)):
            fault("%s: IMEI %s fails Luhn" % (where, m.group(1)))
    for m in IMEI_GROUPED.finditer(text):
        d = re.sub(r"[^0-9]", "", m.group(1))
        if len(d) == 15 and not luhn(d):
            fault("%s: grouped IMEI %s fails Luhn" % (where, m.group(1)))
    if re.search(r"(?<![0-9])[0-9]{16,17}(?![0-9Xx])|(?<![0-9])[0-9]{19,}", text):
        fault("%s: a bare digit run of odd length (card number?)" % where)


def main():
    path = os.path.join(HERE, "set22.json")
    d = json.load(open(path, encoding="utf-8"))
    if set(d) != {"seed", "made_by", "parts"} or d["seed"] != 20261222 or d["made_by"] != "tests/lostfound/make_set22.py":
        fault("top level wrong")
    if list(d["parts"]) != ["set22"] or set(d["parts"]["set22"]) != {"found", "lost"}:
        fault("parts wrong")
    found = d["parts"]["set22"]["found"]
    lost = d["parts"]["set22"]["lost"]
    fkeys = {}
    for f in found:
        k = f.get("key")
        if not isinstance(k, str) or not re.fullmatch(r"W2-F\d{4}", k or ""):
            fault("found key malformed: %r" % k)
        if k in fkeys:
            fault("found key duplicated: %s" % k)
        fkeys[k] = f
        check_common(f, FOUND_F, k)
        check_numbers(f, k)
        if not is_int(f.get("found_at_min")) or not 0 <= f["found_at_min"] <= MAXMIN:
            fault("%s: found_at_min out of range" % k)
        if "negative" in f and f["negative"] not in NEG:
            fault("%s: unknown negative label %r" % (k, f["negative"]))
    lkeys = set()
    used = {}
    cross = 0
    for l in lost:
        k = l.get("key")
        if not isinstance(k, str) or not re.fullmatch(r"W2-L\d{4}", k or ""):
            fault("lost key malformed: %r" % k)
        if k in lkeys:
            fault("lost key duplicated: %s" % k)
        lkeys.add(k)
        check_common(l, LOST_F, k)
        check_numbers(l, k)
        a, b = l.get("lost_from_min"), l.get("lost_to_min")
        if not (is_int(a) and is_int(b) and MAXMIN >= a >= b >= 0):
            fault("%s: bad loss window" % k)
            continue
        if "truth" not in l:
            fault("%s: truth missing" % k)
            continue
        t = l["truth"]
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
        if f["found_at_min"] > a:
            fault("%s: truth %s found before the loss began" % (k, t))
        if f["category"] != l["category"]:
            cross += 1
    for fk, f in fkeys.items():
        if fk not in used and f.get("negative") not in NEG:
            fault("%s: not a truth and not labelled negative" % fk)
        if f.get("negative") == "before_loss":
            if not any(l["category"] == f["category"] and is_int(l.get("lost_from_min")) and l["lost_from_min"] < f["found_at_min"]
                       for l in lost):
                fault("%s: before_loss but lies before no loss window of its category" % fk)
    if cross > 5:
        fault("%d true pairs cross categories (max 5)" % cross)
    n_true = sum(1 for l in lost if l.get("truth"))
    n_never = sum(1 for l in lost if l.get("truth", 0) is None)
    negc = {n: sum(1 for f in found if f.get("negative") == n) for n in NEG}
    if not (200 <= len(lost) <= 220 and n_true == 150 and n_never == len(lost) - 150):
        fault("lost counts wrong: %d lost, %d true, %d never" % (len(lost), n_true, n_never))
    if len(found) != 300 or sum(negc.values()) != 150:
        fault("found counts wrong: %d found, %d negatives" % (len(found), sum(negc.values())))
    for n in NEG:
        if negc[n] < 10:
            fault("too few %s negatives: %d" % (n, negc[n]))
    print("checked %s" % path)
    print("  keys unique and well-formed; only known fields; categories; length limits; lat/lon pairs")
    print("  loss windows in range; truths exist, used once, found after loss began, not negative")
    print("  negatives labelled; before_loss lies before a loss window; %d full ID numbers (GB 11643), %d IMEIs (Luhn)" % (n_ids, n_imeis))
    print("  lost %d (true %d, never %d), found %d, cross-category pairs %d" % (len(lost), n_true, n_never, len(found), cross))
    print("  negatives: " + ", ".join("%s %d" % (n, negc[n]) for n in NEG))
    if faults:
        for m in faults[:50]:
            print("FAULT: " + m)
        print("%d faults" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
