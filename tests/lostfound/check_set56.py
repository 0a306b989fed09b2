#!/usr/bin/env python3
"""Validates tests/lostfound/set56.json; exits non-zero on any fault and prints what it checked.

Checks: file layout, keys, categories, field types and lengths, coordinates, time windows,
truth links (each found item the truth of at most one report, found at or after the start
of the loss window), negative labels and their counts, the size of the set, at most five
cross-category pairs, ID numbers (GB 11643 check digit), IMEIs (Luhn), no full bank-card
or mobile numbers, and that make_set56.py writes the same bytes again under other
PYTHONHASHSEED values.
"""
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set56.json")
SEED = 56056
PFX = "S56"
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
STR60 = ["color", "brand", "model", "serial", "address"]
LOST_KEYS = set(["key", "category", "body", "marks", "lat", "lon", "lost_from_min", "lost_to_min", "truth"] + STR60)
FOUND_KEYS = set(["key", "category", "body", "marks", "lat", "lon", "found_at_min", "negative"] + STR60)
MAXMIN = 172800
WANT = {"lost": 240, "found": 270, "pairs": 150, "never": 90}
WANT_NEG = {"twin": 22, "same_cat_colour": 24, "before_loss": 22, "far_same_brand": 22, "unclaimed": 30}
CENTRE = (30.3127, 106.2841)      # 石埠镇 in the invented world

faults = []


def fault(msg):
    faults.append(msg)


def gb11643_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return "10X98765432"[sum(int(c) * k for c, k in zip(s[:17], w)) % 11] == s[17]


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


def km(a, b):
    dy = (a[0] - b[0]) * 111.0
    dx = (a[1] - b[1]) * 111.0 * math.cos(math.radians(a[0]))
    return math.hypot(dx, dy)


NUM_CHECKED = Counter()


def check_numbers(key, field, text):
    """digit runs in free text and fields: IDs, IMEIs, no card or phone numbers"""
    # joined runs: digits possibly separated by single spaces or dashes (IMEIs are written that way)
    for m in re.finditer(r"(?<![\dA-Za-z*])\d(?:[ \-]?\d)*[Xx]?(?![\dA-Za-z*])", text):
        raw = m.group(0)
        d = re.sub(r"[ \-]", "", raw).upper()
        if len(d) == 18 and re.fullmatch(r"\d{17}[\dX]", d):
            NUM_CHECKED["id number"] += 1
            if not gb11643_ok(d):
                fault("%s %s: ID number %s has a wrong check digit" % (key, field, raw))
        elif len(d) == 15 and d.isdigit():
            NUM_CHECKED["IMEI"] += 1
            if not luhn_ok(d):
                fault("%s %s: 15-digit number %s fails Luhn" % (key, field, raw))
        elif d.isdigit() and 16 <= len(d) <= 19:
            fault("%s %s: full card-like number %s" % (key, field, raw))
        elif d.isdigit() and len(d) == 11 and d.startswith("1"):
            fault("%s %s: looks like a mobile number %s" % (key, field, raw))
        elif d.isdigit() and len(d) > 18:
            fault("%s %s: over-long digit run %s" % (key, field, raw))
    for m in re.finditer(r"\d[\d*]*\*[\d*]*[\dXx]", text):
        s = m.group(0)
        if len(s) == 18 and s[:3].isdigit():
            NUM_CHECKED["masked id number"] += 1
        elif re.fullmatch(r"\d{4,6}\*+\d{4}", s):
            NUM_CHECKED["masked card/account"] += 1


def check_record(r, side):
    key = r.get("key", "?")
    allowed = LOST_KEYS if side == "lost" else FOUND_KEYS
    for k in r:
        if k not in allowed:
            fault("%s: unexpected field %r" % (key, k))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (key, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip():
        fault("%s: empty body" % key)
    elif len(b) > 600:
        fault("%s: body longer than 600 (%d)" % (key, len(b)))
    elif b != b.strip():
        fault("%s: body has leading or trailing blanks" % key)
    for k in STR60:
        if k in r:
            if not isinstance(r[k], str) or not r[k].strip():
                fault("%s: %s must be a non-empty string" % (key, k))
            elif len(r[k]) > 60:
                fault("%s: %s longer than 60" % (key, k))
    if "marks" in r:
        if not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500:
            fault("%s: bad marks" % key)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat and lon must come together" % key)
    if "lat" in r and "lon" in r:
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)):
            fault("%s: lat/lon not numbers" % key)
        elif not (18.0 <= la <= 53.6 and 73.5 <= lo <= 135.1):
            fault("%s: lat/lon outside China" % key)
    for k in ("body", "marks", "serial", "model", "brand", "color", "address"):
        if isinstance(r.get(k), str):
            check_numbers(key, k, r[k])
    if side == "lost":
        f, t = r.get("lost_from_min"), r.get("lost_to_min")
        if not (isinstance(f, int) and isinstance(t, int)) or isinstance(f, bool) or isinstance(t, bool):
            fault("%s: loss window must be integers" % key)
        elif not (MAXMIN >= f >= t >= 0):
            fault("%s: need %d >= lost_from_min >= lost_to_min >= 0 (%s, %s)" % (key, MAXMIN, f, t))
        if "truth" not in r:
            fault("%s: truth missing" % key)
    else:
        fa = r.get("found_at_min")
        if not isinstance(fa, int) or isinstance(fa, bool) or not (0 <= fa <= MAXMIN):
            fault("%s: found_at_min must be an integer in 0..%d" % (key, MAXMIN))


def regenerate_same():
    """run make_set56.py in a scratch copy under two hash seeds; both must equal set56.json"""
    want = open(PATH, "rb").read()
    ok = True
    for hs in ("0", "4242"):
        tmp = tempfile.mkdtemp(prefix="set56chk")
        try:
            shutil.copy(os.path.join(HERE, "make_set56.py"), tmp)
            env = dict(os.environ)
            env["PYTHONHASHSEED"] = hs
            subprocess.run([sys.executable, os.path.join(tmp, "make_set56.py")], env=env, check=True,
                           stdout=subprocess.DEVNULL)
            got = open(os.path.join(tmp, "set56.json"), "rb").read()
            if got != want:
                fault("make_set56.py under PYTHONHASHSEED=%s does not reproduce set56.json" % hs)
                ok = False
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return ok


def main():
    try:
        data = json.load(open(PATH, encoding="utf-8"))
    except Exception as e:           # noqa: BLE001
        print("cannot read %s: %s" % (PATH, e))
        return 2
    if sorted(data) != ["made_by", "parts", "seed"]:
        fault("top level keys must be seed, made_by, parts: %s" % sorted(data))
    if data.get("seed") != SEED:
        fault("seed is %r, want %d" % (data.get("seed"), SEED))
    if data.get("made_by") != "tests/lostfound/make_set56.py":
        fault("made_by is %r" % data.get("made_by"))
    parts = data.get("parts", {})
    if sorted(parts) != ["set56"] or sorted(parts["set56"]) != ["found", "lost"]:
        fault("parts must be {set56: {found, lost}}")
        report()
        return 1
    lost, found = parts["set56"]["lost"], parts["set56"]["found"]

    for side, recs, letter in (("lost", lost, "L"), ("found", found, "F")):
        keys = [r.get("key") for r in recs]
        want_keys = ["%s-%s%04d" % (PFX, letter, i + 1) for i in range(len(recs))]
        if keys != want_keys:
            fault("%s keys are not %s-%s0001.. in order" % (side, PFX, letter))
        for r in recs:
            check_record(r, side)

    fkeys = {r["key"]: r for r in found}
    used = Counter()
    cross = []
    dists = []
    for r in lost:
        t = r.get("truth")
        if t is None:
            continue
        if t not in fkeys:
            fault("%s: truth %s is not a found key" % (r["key"], t))
            continue
        used[t] += 1
        fr = fkeys[t]
        if isinstance(fr.get("found_at_min"), int) and isinstance(r.get("lost_from_min"), int):
            if fr["found_at_min"] > r["lost_from_min"]:
                fault("%s: its truth %s was found before the loss window began" % (r["key"], t))
        if fr.get("category") != r.get("category"):
            cross.append((r["key"], r["category"], t, fr["category"]))
        if "lat" in r and "lon" in r and "lat" in fr and "lon" in fr:
            dists.append(km((r["lat"], r["lon"]), (fr["lat"], fr["lon"])))
    for t, n in sorted(used.items()):
        if n > 1:
            fault("%s is the truth of %d reports" % (t, n))
    if len(cross) > 5:
        fault("%d cross-category pairs, at most 5 allowed" % len(cross))
    negs = Counter()
    for r in found:
        neg = r.get("negative")
        if r["key"] in used:
            if neg is not None:
                fault("%s is a truth but carries negative=%r" % (r["key"], neg))
        else:
            if neg not in WANT_NEG:
                fault("%s is nobody's truth but has negative=%r" % (r["key"], neg))
            negs[neg] += 1
            if neg == "far_same_brand" and "lat" in r and "lon" in r and km((r["lat"], r["lon"]), CENTRE) < 15:
                fault("%s: far_same_brand item lies within 15 km of the township" % r["key"])

    n_pairs = sum(1 for r in lost if r.get("truth"))
    got = {"lost": len(lost), "found": len(found), "pairs": n_pairs, "never": len(lost) - n_pairs}
    for k, v in WANT.items():
        if got[k] != v:
            fault("size: %s is %d, want %d" % (k, got[k], v))
    for k, v in WANT_NEG.items():
        if negs[k] != v:
            fault("negatives: %s is %d, want %d" % (k, negs[k], v))

    same = regenerate_same()

    # ---- what was checked
    print("set56: %d lost reports (%d with a truth, %d never handed in), %d found items" %
          (len(lost), n_pairs, len(lost) - n_pairs, len(found)))
    print("negatives:", ", ".join("%s %d" % (k, negs[k]) for k in WANT_NEG))
    lc = Counter(r["category"] for r in lost)
    fc = Counter(r["category"] for r in found)
    pc = Counter(r["category"] for r in lost if r.get("truth"))
    print("%-12s %5s %5s %5s" % ("category", "lost", "pairs", "found"))
    for c in CATS:
        print("%-12s %5d %5d %5d" % (c, lc[c], pc[c], fc[c]))
    print("cross-category pairs (%d): %s" % (len(cross), "; ".join("%s %s / %s %s" % x for x in cross)))
    for side, recs in (("lost", lost), ("found", found)):
        fl = Counter(k for r in recs for k in r if k in STR60 + ["marks", "lat"])
        bare = sum(1 for r in recs if not any(k in r for k in STR60 + ["marks", "lat"]))
        short = sum(1 for r in recs if len(r["body"]) <= 45)
        print("%s fields filled: %s; body only: %d; one-line bodies (<=45 chars): %d" %
              (side, ", ".join("%s %d" % (k, fl[k]) for k in STR60 + ["marks", "lat"]), bare, short))
    if dists:
        dists.sort()
        print("true pairs with coordinates on both sides: %d, median distance %.2f km, max %.1f km" %
              (len(dists), dists[len(dists) // 2], dists[-1]))
    print("numbers checked:", ", ".join("%s %d" % kv for kv in sorted(NUM_CHECKED.items())))
    print("regenerated identically under PYTHONHASHSEED=0 and 4242:", "yes" if same else "NO")
    return report()


def report():
    if faults:
        print("\n%d FAULT(S):" % len(faults))
        for f in faults[:200]:
            print("  " + f)
        return 1
    print("OK: no faults")
    return 0


if __name__ == "__main__":
    sys.exit(main())
