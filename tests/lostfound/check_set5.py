#!/usr/bin/env python3
"""Validate tests/lostfound/set5.json (made by make_set5.py); exit 1 on any fault.

Checks: the schema; unique keys; every truth names a found item that is not a hard negative;
no found item is the truth of two reports and every found item without a "negative" label is
the truth of exactly one; for a true pair the item was found after the loss window began;
times within the last 90 days; categories from the catalogue; coordinates near the township;
full ID numbers (GB 11643) and 15-digit IMEIs (Luhn) carry valid check digits; the counts the
brief asks for; and, unless --no-regen, that make_set5.py still writes exactly this file.
Prints a counts table.
"""
import json
import math
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry",
        "electronics", "other"]
TEXT = ["body", "color", "brand", "model", "serial", "marks", "address"]
MAX_MIN = 90 * 1440
NEG_LABELS = {"unclaimed", "twin", "decoy", "before", "far"}
CLAT, CLON = 29.300, 119.900
MAX_KM = 40.0
WANT_TRUE, WANT_NEVER = 150, 60
NEG_MIN, NEG_MAX = 130, 170
GB_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
GB_C = "10X98765432"
ID_RE = re.compile(r"(?<![0-9A-Za-z])([1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dX])(?![0-9A-Za-z])")
IMEI_RE = re.compile(r"(?<!\d)(\d{15})(?!\d)")

faults = []


def fault(msg):
    faults.append(msg)


def gb_ok(s):
    return GB_C[sum(int(c) * w for c, w in zip(s[:17], GB_W)) % 11] == s[17]


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


def km(lat, lon):
    return math.hypot((lat - CLAT) * 111.0, (lon - CLON) * 111.0 * math.cos(math.radians(CLAT)))


def check_item(it, side):
    k = it.get("key", "?")
    allowed = {"key", "category", "lat", "lon"} | set(TEXT)
    allowed |= {"found_at_min", "negative"} if side == "found" else {"lost_from_min", "lost_to_min", "truth"}
    for f in it:
        if f not in allowed:
            fault("%s: unknown field %s" % (k, f))
    if not re.fullmatch(r"V-%s\d{4}" % ("F" if side == "found" else "L"), str(k)):
        fault("%s: bad key" % k)
    if it.get("category") not in CATS:
        fault("%s: bad category %r" % (k, it.get("category")))
    if not isinstance(it.get("body"), str) or not it["body"].strip():
        fault("%s: body missing or empty" % k)
    for f in TEXT:
        if f in it and (not isinstance(it[f], str) or not it[f].strip()):
            fault("%s: %s must be non-empty text" % (k, f))
    if ("lat" in it) != ("lon" in it):
        fault("%s: lat and lon come together" % k)
    if "lat" in it:
        if not all(isinstance(it[f], (int, float)) and not isinstance(it[f], bool) for f in ("lat", "lon")):
            fault("%s: lat/lon must be numbers" % k)
        elif km(it["lat"], it["lon"]) > MAX_KM:
            fault("%s: coordinates %.1f km from the township" % (k, km(it["lat"], it["lon"])))
    if "address" not in it and "lat" not in it and side == "found":
        fault("%s: a found item says where it was found" % k)
    if "address" not in it and "lat" not in it and side == "lost":
        fault("%s: a lost report says roughly where" % k)
    for f in TEXT:
        v = it.get(f)
        if not isinstance(v, str):
            continue
        plain = v.translate({0xFF10 + i: 0x30 + i for i in range(10)})
        for m in ID_RE.findall(plain):
            if not gb_ok(m):
                fault("%s: ID number %s in %s fails the GB 11643 check digit" % (k, m, f))
        if it.get("category") == "phone":
            for m in IMEI_RE.findall(plain):
                if not luhn_ok(m):
                    fault("%s: IMEI %s in %s fails the Luhn digit" % (k, m, f))
    if side == "found":
        t = it.get("found_at_min")
        if not isinstance(t, int) or isinstance(t, bool) or not 0 <= t <= MAX_MIN:
            fault("%s: found_at_min must be an integer in [0, %d]" % (k, MAX_MIN))
        if "negative" in it and (not isinstance(it["negative"], str) or it["negative"] not in NEG_LABELS):
            fault("%s: unknown negative label %r" % (k, it["negative"]))
    else:
        a, b = it.get("lost_from_min"), it.get("lost_to_min")
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (a, b)):
            fault("%s: lost_from_min/lost_to_min must be integers" % k)
        elif not MAX_MIN >= a >= b >= 0:
            fault("%s: need %d >= lost_from_min >= lost_to_min >= 0" % (k, MAX_MIN))
        if "truth" not in it or not (it["truth"] is None or isinstance(it["truth"], str)):
            fault("%s: truth must be a key or null" % k)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = args[0] if args else os.path.join(HERE, "set5.json")
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    doc = json.loads(raw)
    if set(doc) != {"seed", "made_by", "parts"} or not isinstance(doc["seed"], int):
        fault("top level must be exactly seed (int), made_by, parts")
    if doc.get("made_by") != "tests/lostfound/make_set5.py":
        fault("made_by must name tests/lostfound/make_set5.py")
    parts = doc.get("parts", {})
    if set(parts) != {"set5"} or set(parts["set5"]) != {"found", "lost"}:
        fault("parts must be exactly {set5: {found, lost}}")
        return report(None, None)
    found, lost = parts["set5"]["found"], parts["set5"]["lost"]
    for it in found:
        check_item(it, "found")
    for it in lost:
        check_item(it, "lost")
    fk = [f.get("key") for f in found]
    lk = [l.get("key") for l in lost]
    if len(set(fk)) != len(fk) or len(set(lk)) != len(lk):
        fault("duplicate keys")
    byk = {f.get("key"): f for f in found}
    used = {}
    for l in lost:
        t = l.get("truth")
        if t is None:
            continue
        if t not in byk:
            fault("%s: truth %s is not a found item" % (l.get("key"), t))
            continue
        F = byk[t]
        if "negative" in F:
            fault("%s: truth %s is labelled negative (%s)" % (l.get("key"), t, F["negative"]))
        if t in used:
            fault("found item %s is the truth of %s and %s" % (t, used[t], l.get("key")))
        used[t] = l.get("key")
        if F.get("category") != l.get("category"):
            fault("%s: category differs from its truth %s" % (l.get("key"), t))
        if isinstance(F.get("found_at_min"), int) and isinstance(l.get("lost_from_min"), int) \
                and F["found_at_min"] > l["lost_from_min"]:
            fault("%s: truth %s was found before the loss window began" % (l.get("key"), t))
    for f in found:
        if "negative" not in f and f.get("key") not in used:
            fault("%s: no negative label but the truth of no report" % f.get("key"))
    if "--no-regen" not in sys.argv:
        gen = os.path.join(HERE, "make_set5.py")
        with tempfile.TemporaryDirectory() as td:
            out = os.path.join(td, "set5.json")
            subprocess.run([sys.executable, gen, out], check=True, stdout=subprocess.DEVNULL)
            with open(out, encoding="utf-8") as fh:
                if fh.read() != raw:
                    fault("make_set5.py no longer writes exactly this file (regenerate it)")
    return report(found, lost)


def report(found, lost):
    if found is not None:
        n_true = sum(1 for l in lost if l.get("truth"))
        n_never = sum(1 for l in lost if l.get("truth") is None)
        negs = [f for f in found if "negative" in f]
        if n_true != WANT_TRUE:
            fault("%d true pairs, want %d" % (n_true, WANT_TRUE))
        if n_never != WANT_NEVER:
            fault("%d never-found reports, want %d" % (n_never, WANT_NEVER))
        if not NEG_MIN <= len(negs) <= NEG_MAX:
            fault("%d hard-negative found items, want %d..%d" % (len(negs), NEG_MIN, NEG_MAX))
        unc = {f["category"] for f in negs if f.get("negative") == "unclaimed"}
        if set(CATS) - unc:
            fault("no unclaimed item of %s" % ", ".join(sorted(set(CATS) - unc)))
        labels = sorted({f["negative"] for f in negs})
        print("%-12s %6s %6s %6s  %s" % ("category", "true", "never", "found", " ".join("%-9s" % x for x in labels)))
        for c in CATS + ["all"]:
            sel = (lambda it: True) if c == "all" else (lambda it, c=c: it.get("category") == c)
            print("%-12s %6d %6d %6d  %s" % (
                c, sum(1 for l in lost if sel(l) and l.get("truth")),
                sum(1 for l in lost if sel(l) and l.get("truth") is None),
                sum(1 for f in found if sel(f)),
                " ".join("%-9d" % sum(1 for f in negs if sel(f) and f["negative"] == x) for x in labels)))
        for side, items in (("lost", lost), ("found", found)):
            print("%s: %d items, %d without coordinates, %d with a serial, %d without an address" % (
                side, len(items), sum(1 for i in items if "lat" not in i), sum(1 for i in items if "serial" in i),
                sum(1 for i in items if "address" not in i)))
    for f in faults:
        print("FAULT: " + f)
    print("check_set5: %s (%d faults)" % ("ok" if not faults else "FAILED", len(faults)))
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main())
