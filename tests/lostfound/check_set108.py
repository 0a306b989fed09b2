# -*- coding: utf-8 -*-
"""Validate set108.json; print what was checked; exit 1 on any fault.

Run:  PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 tests/lostfound/check_set108.py [path]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PFX = "S108"
PART = "set108"
SEED = 1080813
WANT = dict(pairs=150, unfound=90, neg_lo=100, neg_hi=140)
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
SHORT = ("color", "brand", "model", "serial", "address")
COMMON = {"key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon"}
LOST_KEYS = COMMON | {"lost_from_min", "lost_to_min", "truth"}
FOUND_KEYS = COMMON | {"found_at_min", "negative"}
MAXMIN = 172800
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

faults = []
notes = []


def fault(msg):
    faults.append(msg)


def id_ok(v):
    v = v.upper()
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    y, m, d = int(v[6:10]), int(v[10:12]), int(v[12:14])
    if not (1900 <= y <= 2025 and 1 <= m <= 12 and 1 <= d <= 31):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(v[:17], ID_W)) % 11] == v[17]


def luhn_ok(v):
    total = 0
    for i, ch in enumerate(reversed(v)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def scan_numbers(key, text, counts):
    """Every long run of digits (spaces and dashes allowed between groups) must be a valid IMEI
    (15, Luhn) or a valid ID number (18, GB 11643); 16-19 digit runs that are not IDs would be
    whole bank-card numbers, which the set must never contain."""
    for m in re.finditer(r"(?<![0-9A-Za-z])\d[\d \-]*[\dXx](?![0-9A-Za-z])", text):
        raw = m.group(0)
        digits = re.sub(r"[ \-]", "", raw)
        n = len(digits)
        if n == 15 and digits.isdigit():
            counts["imei"] += 1
            if not luhn_ok(digits):
                fault("%s: IMEI %r fails Luhn" % (key, raw))
        elif n == 18:
            counts["id"] += 1
            if not id_ok(digits):
                fault("%s: ID number %r has a bad check digit or date" % (key, raw))
        elif 16 <= n <= 19:
            fault("%s: %d-digit run %r looks like a whole card number" % (key, n, raw))
        elif n == 17 and not digits.isdigit():
            fault("%s: 17-char run %r" % (key, raw))


def check_common(r, kind, counts):
    k = r.get("key", "?")
    if not isinstance(r.get("body"), str) or not r["body"].strip():
        fault("%s: empty body" % k)
    elif len(r["body"]) > 600:
        fault("%s: body %d > 600" % (k, len(r["body"])))
    if r.get("category") not in CATS:
        fault("%s: category %r" % (k, r.get("category")))
    for f in SHORT:
        if f in r:
            if not isinstance(r[f], str) or not r[f] or len(r[f]) > 60:
                fault("%s: field %s bad or > 60" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"] or len(r["marks"]) > 500):
        fault("%s: marks bad or > 500" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat without lon or lon without lat" % k)
    if "lat" in r:
        la, lo = r["lat"], r["lon"]
        if not (isinstance(la, float) and isinstance(lo, float) and 18 <= la <= 54 and 73 <= lo <= 135):
            fault("%s: lat/lon %r,%r not inside China" % (k, la, lo))
        counts["coords"] += 1
    allowed = LOST_KEYS if kind == "lost" else FOUND_KEYS
    extra = sorted(set(r) - allowed)
    if extra:
        fault("%s: unknown keys %s" % (k, extra))
    for f in ("body", "serial", "marks", "model", "brand", "address"):
        if isinstance(r.get(f), str):
            scan_numbers(k, r[f], counts)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "set108.json")
    with open(path, encoding="utf-8") as fh:
        d = json.load(fh)
    if d.get("seed") != SEED:
        fault("seed %r != %d" % (d.get("seed"), SEED))
    if d.get("made_by") != "tests/lostfound/make_set108.py":
        fault("made_by %r" % d.get("made_by"))
    if sorted(d) != ["made_by", "parts", "seed"] or sorted(d["parts"]) != [PART]:
        fault("top-level layout")
    part = d["parts"][PART]
    lost, found = part["lost"], part["found"]
    counts = {"imei": 0, "id": 0, "coords": 0}

    lkeys = [r.get("key") for r in lost]
    fkeys = [r.get("key") for r in found]
    for i, k in enumerate(lkeys, 1):
        if k != "%s-L%04d" % (PFX, i):
            fault("lost key %r out of sequence at %d" % (k, i))
    for i, k in enumerate(fkeys, 1):
        if k != "%s-F%04d" % (PFX, i):
            fault("found key %r out of sequence at %d" % (k, i))
    fby = {r["key"]: r for r in found}

    for r in lost:
        check_common(r, "lost", counts)
        lf, lt = r.get("lost_from_min"), r.get("lost_to_min")
        if not (isinstance(lf, int) and isinstance(lt, int) and 0 <= lt <= lf <= MAXMIN):
            fault("%s: loss window %r..%r" % (r["key"], lf, lt))
        if "truth" not in r:
            fault("%s: no truth key" % r["key"])
    for r in found:
        check_common(r, "found", counts)
        fa = r.get("found_at_min")
        if not (isinstance(fa, int) and 0 <= fa <= MAXMIN):
            fault("%s: found_at_min %r" % (r["key"], fa))

    used = {}
    cross = 0
    for r in lost:
        t = r.get("truth")
        if t is None:
            continue
        if t not in fby:
            fault("%s: truth %r is not a found key" % (r["key"], t))
            continue
        if t in used:
            fault("%s: truth %s already the truth of %s" % (r["key"], t, used[t]))
        used[t] = r["key"]
        f = fby[t]
        if "negative" in f:
            fault("%s: truth %s is labelled negative" % (r["key"], t))
        if isinstance(f.get("found_at_min"), int) and isinstance(r.get("lost_from_min"), int) \
                and f["found_at_min"] > r["lost_from_min"]:
            fault("%s: truth %s found before the loss began" % (r["key"], t))
        if f.get("category") != r.get("category"):
            cross += 1
    if cross > 5:
        fault("%d pairs under different categories (> 5)" % cross)
    negs = {}
    for f in found:
        if f["key"] in used:
            continue
        if not isinstance(f.get("negative"), str) or not f["negative"]:
            fault("%s: nobody's truth but no negative label" % f["key"])
        else:
            negs[f["negative"]] = negs.get(f["negative"], 0) + 1
    npairs = len(used)
    nun = sum(1 for r in lost if r.get("truth") is None)
    nneg = sum(negs.values())
    if npairs != WANT["pairs"]:
        fault("pairs %d != %d" % (npairs, WANT["pairs"]))
    if nun != WANT["unfound"]:
        fault("unfound lost reports %d != %d" % (nun, WANT["unfound"]))
    if not WANT["neg_lo"] <= nneg <= WANT["neg_hi"]:
        fault("negatives %d outside %d..%d" % (nneg, WANT["neg_lo"], WANT["neg_hi"]))
    if len(found) != npairs + nneg:
        fault("found items %d != pairs + negatives" % len(found))

    bycat = {}
    for r in lost:
        c = bycat.setdefault(r["category"], [0, 0, 0])
        c[0 if r.get("truth") else 1] += 1
    for f in found:
        if "negative" in f:
            bycat.setdefault(f["category"], [0, 0, 0])[2] += 1
    print("checked %s" % path)
    print("  seed, made_by, layout; keys %s-L0001.. and %s-F0001.. in sequence" % (PFX, PFX))
    print("  %d lost (%d with truth, %d never handed in), %d found (%d negatives)" % (
        len(lost), npairs, nun, len(found), nneg))
    print("  truth links unique, not negative, found_at <= lost_from; %d cross-category pairs" % cross)
    print("  windows 0 <= lost_to <= lost_from <= %d, found_at in 0..%d" % (MAXMIN, MAXMIN))
    print("  field lengths, lat/lon pairs inside China (%d records with coordinates)" % counts["coords"])
    print("  %d IMEI occurrences Luhn-checked, %d ID numbers GB 11643-checked, no whole card numbers" % (
        counts["imei"], counts["id"]))
    print("  negatives by kind: %s" % ", ".join("%s %d" % kv for kv in sorted(negs.items())))
    print("  by category (pairs / unfound / negatives): %s" % ", ".join(
        "%s %d/%d/%d" % (c, v[0], v[1], v[2]) for c, v in sorted(bycat.items())))
    if faults:
        for m in faults[:50]:
            print("FAULT: " + m)
        print("%d fault(s)" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
