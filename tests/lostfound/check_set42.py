#!/usr/bin/env python3
"""Validate tests/lostfound/set42.json (exit 1 on any fault) and print what was checked."""
import collections
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set42.json")
SEED, PFX, PART = 4242, "U3", "set42"
N_LOST, N_FOUND, N_TRUE, N_NEVER = 400, 500, 300, 100
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
OPT_SHORT = ["color", "brand", "model", "serial", "address"]
NEG_KINDS = ["same_category_colour", "found_before_loss", "same_brand_elsewhere", "ordinary"]
MAXMIN = 172800
faults = []


def fault(msg):
    faults.append(msg)


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


GB_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
GB_C = "10X98765432"


def id_ok(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return GB_C[sum(int(a) * w for a, w in zip(s[:17], GB_W)) % 11] == s[17]


def check_common(r, kind):
    k = r.get("key", "?")
    allowed = set(["key", "category", "body", "marks", "lat", "lon"] + OPT_SHORT)
    allowed |= set(["lost_from_min", "lost_to_min", "truth"]) if kind == "lost" else set(["found_at_min", "negative"])
    for f in r:
        if f not in allowed:
            fault("%s: unknown field %s" % (k, f))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (k, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % k)
    for f in OPT_SHORT:
        if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60):
            fault("%s: %s empty, not text or longer than 60" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat without lon or lon without lat" % k)
    if "lat" in r:
        lat, lon = r["lat"], r["lon"]
        if not (isinstance(lat, (int, float)) and isinstance(lon, (int, float)) and 18 <= lat <= 54 and 73 <= lon <= 135):
            fault("%s: lat/lon not in China" % k)


def main():
    with open(PATH, encoding="utf-8") as f:
        data = json.load(f)
    if data.get("seed") != SEED:
        fault("seed is not %d" % SEED)
    if data.get("made_by") != "tests/lostfound/make_set42.py":
        fault("made_by wrong")
    if list(data.get("parts", {})) != [PART]:
        fault("parts must hold exactly %s" % PART)
    part = data["parts"][PART]
    lost, found = part["lost"], part["found"]
    if len(lost) != N_LOST or len(found) != N_FOUND:
        fault("sizes %d lost / %d found" % (len(lost), len(found)))
    for i, r in enumerate(lost):
        if r.get("key") != "%s-L%04d" % (PFX, i + 1):
            fault("lost key %d is %r" % (i, r.get("key")))
        check_common(r, "lost")
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (isinstance(a, int) and isinstance(b, int) and MAXMIN >= a >= b >= 0):
            fault("%s: loss window %r..%r" % (r.get("key"), a, b))
        if "truth" not in r:
            fault("%s: no truth field" % r.get("key"))
    fmap = {}
    for i, r in enumerate(found):
        if r.get("key") != "%s-F%04d" % (PFX, i + 1):
            fault("found key %d is %r" % (i, r.get("key")))
        check_common(r, "found")
        t = r.get("found_at_min")
        if not (isinstance(t, int) and 0 <= t <= MAXMIN):
            fault("%s: found_at_min %r" % (r.get("key"), t))
        fmap[r["key"]] = r
    used = collections.Counter()
    cross = []
    n_true = n_never = 0
    for r in lost:
        t = r.get("truth")
        if t is None:
            n_never += 1
            continue
        n_true += 1
        if t not in fmap:
            fault("%s: truth %s is not a found key" % (r["key"], t))
            continue
        used[t] += 1
        f = fmap[t]
        if "negative" in f:
            fault("%s: truth %s carries a negative label" % (r["key"], t))
        if f["found_at_min"] > r["lost_from_min"]:
            fault("%s: found %s before the loss began" % (r["key"], t))
        if f["category"] != r["category"]:
            cross.append((r["key"], r["category"], t, f["category"]))
    for k, n in used.items():
        if n > 1:
            fault("%s is the truth of %d reports" % (k, n))
    if n_true != N_TRUE or n_never != N_NEVER:
        fault("true %d / never %d" % (n_true, n_never))
    if len(cross) > 5:
        fault("%d cross-category pairs (at most 5)" % len(cross))
    negs = collections.Counter()
    for r in found:
        if r["key"] in used:
            continue
        if not r.get("negative") or r["negative"] not in NEG_KINDS:
            fault("%s: nobody's truth but negative label %r" % (r["key"], r.get("negative")))
        negs[r.get("negative")] += 1
    # identifiers: full IMEIs pass Luhn, full ID numbers carry GB 11643 check digits, no full bank card
    n_imei = n_id = 0
    for r in lost + found:
        txt = " ".join(str(r.get(f, "")) for f in ["body", "serial", "marks"])
        for m in re.finditer(r"(?<![\dA-Z])(\d{17}[\dX])(?![\dA-Z])", txt):
            n_id += 1
            if not id_ok(m.group(1)):
                fault("%s: ID number %s has a bad check digit" % (r["key"], m.group(1)))
        if r["category"] in ("phone",) or "IMEI" in txt or "串号" in txt:
            for m in re.finditer(r"(?<!\d)(\d{15})(?!\d)", txt.replace(" ", "").replace("-", "")):
                n_imei += 1
                if not luhn_ok(m.group(1)):
                    fault("%s: IMEI %s fails Luhn" % (r["key"], m.group(1)))
        for m in re.finditer(r"(?<![\dA-Z])62\d{14,17}(?![\dA-Z])", txt):
            if not id_ok(m.group(0)):
                fault("%s: full bank card number %s" % (r["key"], m.group(0)))
    # the generator reproduces the file byte for byte under another hash seed
    env = dict(os.environ, PYTHONHASHSEED="97")
    before = open(PATH, "rb").read()
    subprocess.run([sys.executable, os.path.join(HERE, "make_set42.py")], env=env, check=True, stdout=subprocess.DEVNULL)
    if open(PATH, "rb").read() != before:
        fault("make_set42.py does not reproduce set42.json")

    print("set42: %d lost reports, %d found items" % (len(lost), len(found)))
    print("  keys %s-L0001.. and %s-F0001.. in order; categories from the catalogue; field lengths; lat/lon pairs in China" % (PFX, PFX))
    print("  loss windows 172800 >= lost_from_min >= lost_to_min >= 0; found_at_min in 0..172800")
    print("  true pairs %d, never found %d; each found item the truth of at most one report" % (n_true, n_never))
    print("  every true item found at or after the start of its loss window")
    print("  cross-category pairs %d: %s" % (len(cross), ", ".join("%s %s/%s %s" % c for c in cross)))
    print("  negatives: %s" % ", ".join("%s %d" % (k, negs[k]) for k in NEG_KINDS))
    print("  %d full ID numbers with valid GB 11643 check digits, %d IMEIs passing Luhn, no full bank card numbers" % (n_id, n_imei))
    print("  make_set42.py reproduces set42.json under PYTHONHASHSEED=97")
    lc = collections.Counter(r["category"] for r in lost)
    fc = collections.Counter(r["category"] for r in found)
    print("  %-12s %5s %5s %5s" % ("category", "lost", "found", "true"))
    tc = collections.Counter(r["category"] for r in lost if r["truth"])
    for c in CATS:
        print("  %-12s %5d %5d %5d" % (c, lc[c], fc[c], tc[c]))
    if faults:
        print("FAULTS (%d):" % len(faults))
        for m in faults[:50]:
            print("  " + m)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
