#!/usr/bin/env python3
"""Validate set32.json (blind labelled set 32, prefix G3). Exits non-zero on any fault."""
import collections
import json
import os
import re
import sys

PFX = "G3"
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
NEG = ["twin", "decoy", "before_loss", "brand_elsewhere", "unclaimed"]
STR60 = ["color", "brand", "model", "serial", "address"]
FOUND_FIELDS = ["key", "category", "body", "found_at_min", "marks", "lat", "lon", "negative"] + STR60
LOST_FIELDS = ["key", "category", "body", "lost_from_min", "lost_to_min", "marks", "lat", "lon", "truth"] + STR60
MAXMIN = 172800
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CK = "10X98765432"
faults = []


def fault(msg):
    faults.append(msg)


def gb_ok(s):
    s = s.upper()
    return CK[sum(int(a) * b for a, b in zip(s[:17], W)) % 11] == s[17]


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


ID_RE = re.compile(r"(?<![0-9A-Za-z])(\d{6}) ?(\d{8}) ?(\d{3}[0-9Xx])(?![0-9A-Za-z])")
IMEI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{4}) ?(\d{4}) ?(\d{4}) ?(\d{3})(?![0-9A-Za-z])")


def num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set32.json")
    with open(path, encoding="utf-8") as fh:
        d = json.load(fh)
    if d.get("seed") != 20261232 or d.get("made_by") != "tests/lostfound/make_set32.py":
        fault("seed/made_by wrong")
    if list(d.keys()) != ["seed", "made_by", "parts"] or list(d["parts"].keys()) != ["set32"]:
        fault("top-level shape wrong")
    part = d["parts"]["set32"]
    found, lost = part["found"], part["lost"]
    fk = {}
    ids = imeis = 0
    for kind, items, fields, kre in (("found", found, FOUND_FIELDS, r"^G3-F\d{4}$"),
                                     ("lost", lost, LOST_FIELDS, r"^G3-L\d{4}$")):
        for it in items:
            k = it.get("key")
            if not isinstance(k, str) or not re.match(kre, k):
                fault("bad key %r" % k)
            if k in fk:
                fault("duplicate key %s" % k)
            fk[k] = it
            for f in it:
                if f not in fields:
                    fault("%s: unknown field %s" % (k, f))
            if it.get("category") not in CATS:
                fault("%s: bad category" % k)
            if not isinstance(it.get("body"), str) or not it["body"] or len(it["body"]) > 600:
                fault("%s: body missing or too long" % k)
            for f in STR60:
                if f in it and (not isinstance(it[f], str) or len(it[f]) > 60 or not it[f]):
                    fault("%s: %s bad/too long" % (k, f))
            if "marks" in it and (not isinstance(it["marks"], str) or len(it["marks"]) > 500):
                fault("%s: marks bad" % k)
            if ("lat" in it) != ("lon" in it):
                fault("%s: lat/lon not both" % k)
            if "lat" in it and not (num(it["lat"]) and num(it["lon"]) and 18 < it["lat"] < 54 and 73 < it["lon"] < 135):
                fault("%s: lat/lon not numeric in China" % k)
            text = " ".join(str(it.get(f, "")) for f in ["body", "serial", "marks"])
            for m in ID_RE.finditer(text):
                ids += 1
                if not gb_ok("".join(m.groups())):
                    fault("%s: ID %s fails GB 11643" % (k, m.group(0)))
            for m in IMEI_RE.finditer(text):
                imeis += 1
                if not luhn_ok("".join(m.groups())):
                    fault("%s: IMEI %s fails Luhn" % (k, m.group(0)))
            if kind == "found":
                t = it.get("found_at_min")
                if not isinstance(t, int) or not 0 <= t <= MAXMIN:
                    fault("%s: found_at_min out of range" % k)
                if "truth" in it:
                    fault("%s: truth on found" % k)
            else:
                a, b = it.get("lost_from_min"), it.get("lost_to_min")
                if not (isinstance(a, int) and isinstance(b, int) and MAXMIN >= a >= b >= 0):
                    fault("%s: bad loss window" % k)
                if "truth" not in it:
                    fault("%s: truth missing" % k)
    used = collections.Counter()
    for l in lost:
        t = l.get("truth")
        if t is None:
            continue
        f = fk.get(t)
        if f is None or not t.startswith(PFX + "-F"):
            fault("%s: truth %s is not a found item" % (l["key"], t))
            continue
        used[t] += 1
        if "negative" in f:
            fault("%s: truth %s labelled negative" % (l["key"], t))
        if f["found_at_min"] > l["lost_from_min"]:
            fault("%s: truth found before loss began" % l["key"])
    for t, n in used.items():
        if n > 1:
            fault("truth %s used %d times" % (t, n))
    cross = sum(1 for l in lost if l.get("truth") and fk[l["truth"]]["category"] != l["category"])
    if cross > 5:
        fault("too many cross-category pairs: %d" % cross)
    for f in found:
        if f["key"] in used:
            continue
        if f.get("negative") not in NEG:
            fault("%s: not a truth and no known negative label" % f["key"])
        if f.get("negative") == "before_loss":
            if not any(l["category"] == f["category"] and f["found_at_min"] > l["lost_from_min"] for l in lost):
                fault("%s: before_loss lies before no loss window" % f["key"])
    n_true = sum(1 for l in lost if l.get("truth"))
    negc = collections.Counter(f.get("negative") for f in found if "negative" in f)
    want = {"lost": (200, 220), "true": (145, 155), "never": (55, 65), "found": (290, 310), "neg": (145, 155)}
    got = {"lost": len(lost), "true": n_true, "never": len(lost) - n_true, "found": len(found),
           "neg": sum(negc.values())}
    for k2, (lo, hi) in want.items():
        if not lo <= got[k2] <= hi:
            fault("count %s=%d outside %d..%d" % (k2, got[k2], lo, hi))
    for lab in NEG:
        if negc[lab] < 10:
            fault("too few %s negatives: %d" % (lab, negc[lab]))
    print("checked %d found, %d lost: keys, fields, categories, lengths, lat/lon, times" % (len(found), len(lost)))
    print("truths: %d (never found %d), each used once, found after loss began, none negative; cross-category %d"
          % (n_true, len(lost) - n_true, cross))
    print("negatives: %s" % ", ".join("%s=%d" % (x, negc[x]) for x in NEG))
    print("full ID numbers checked (GB 11643): %d; full IMEIs checked (Luhn): %d" % (ids, imeis))
    print("categories lost: %s" % dict(collections.Counter(l["category"] for l in lost)))
    if faults:
        for m in faults[:50]:
            print("FAULT:", m)
        print("%d faults" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
