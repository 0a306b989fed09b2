#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate tests/lostfound/set133.json against the rules of BRIEF-issue-worded.md.

Exits non-zero on any fault and prints what it checked.  Python 3 standard library only.

    python3 check_set133.py [path/to/set133.json]
"""

import json
import math
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "set133.json")
SEED = 133133
PFX = "S133"
PART = "set133"
N_LOST, N_FOUND, N_TRUTH, N_NULL, N_NEG = 240, 270, 150, 90, 120
LABELS = {"same_category_colour": 30, "found_before_loss": 30, "same_brand_elsewhere": 30, "near_twin": 30}
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
MAXMIN = 172800
SHORT = ["color", "brand", "model", "serial", "address"]
LOST_FIELDS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "lost_from_min", "lost_to_min", "truth"}
FOUND_FIELDS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
                "found_at_min", "negative"}
# the invented town centre (make_set133.py: LAT0, LON0)
LAT0, LON0 = 29.8731, 113.0618

faults = []
checked = []


def fault(msg):
    faults.append(msg)


def km(lat, lon):
    dy = (lat - LAT0) * 110.95
    dx = (lon - LON0) * 111.32 * math.cos(math.radians(LAT0))
    return math.hypot(dx, dy)


IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_ok(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    if s[-1] != "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], IDW)) % 11]:
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    return 1900 <= y <= 2025 and 1 <= m <= 12 and 1 <= d <= 31


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


def main():
    with open(PATH, encoding="utf-8") as fh:
        raw = fh.read()
    data = json.loads(raw)

    # ------------------------------------------------------------------ shape
    if data.get("seed") != SEED:
        fault(f"seed is {data.get('seed')!r}, want {SEED}")
    if data.get("made_by") != "tests/lostfound/make_set133.py":
        fault(f"made_by is {data.get('made_by')!r}")
    parts = data.get("parts")
    if not isinstance(parts, dict) or list(parts) != [PART]:
        fault(f"parts must hold exactly {PART!r}")
        return
    part = parts[PART]
    if set(part) != {"found", "lost"}:
        fault("part must hold exactly 'found' and 'lost'")
        return
    lost, found = part["lost"], part["found"]
    checked.append(f"shape: seed {SEED}, made_by, one part {PART!r} with found and lost")

    if len(lost) != N_LOST:
        fault(f"{len(lost)} lost reports, want {N_LOST}")
    if len(found) != N_FOUND:
        fault(f"{len(found)} found items, want {N_FOUND}")
    want_l = [f"{PFX}-L{i:04d}" for i in range(1, len(lost) + 1)]
    want_f = [f"{PFX}-F{i:04d}" for i in range(1, len(found) + 1)]
    if [r.get("key") for r in lost] != want_l:
        fault("lost keys are not S133-L0001.. in order")
    if [r.get("key") for r in found] != want_f:
        fault("found keys are not S133-F0001.. in order")
    checked.append(f"keys: {len(lost)} lost {want_l[0]}..{want_l[-1]}, {len(found)} found {want_f[0]}..{want_f[-1]}")

    # ------------------------------------------------------------------ fields
    def common(r, allowed):
        k = r.get("key", "?")
        extra = set(r) - allowed
        if extra:
            fault(f"{k}: unknown fields {sorted(extra)}")
        if r.get("category") not in CATS:
            fault(f"{k}: bad category {r.get('category')!r}")
        b = r.get("body")
        if not isinstance(b, str) or not b.strip() or len(b) > 600:
            fault(f"{k}: body missing, empty or over 600 characters")
        for f in SHORT:
            if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60):
                fault(f"{k}: {f} empty, not a string or over 60 characters")
        if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
            fault(f"{k}: marks empty, not a string or over 500 characters")
        if ("lat" in r) != ("lon" in r):
            fault(f"{k}: lat and lon must come together")
        if "lat" in r and "lon" in r:
            la, lo = r["lat"], r["lon"]
            if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)):
                fault(f"{k}: lat/lon not numbers")
            elif not (18.0 <= la <= 53.6 and 73.5 <= lo <= 135.1):
                fault(f"{k}: lat/lon outside China")

    for r in lost:
        common(r, LOST_FIELDS)
        k = r.get("key")
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (isinstance(a, int) and isinstance(b, int)) or isinstance(a, bool) or isinstance(b, bool):
            fault(f"{k}: lost_from_min/lost_to_min must be integers")
        elif not (MAXMIN >= a >= b >= 0):
            fault(f"{k}: want {MAXMIN} >= lost_from_min >= lost_to_min >= 0, got {a}, {b}")
        if "truth" not in r:
            fault(f"{k}: no truth field")
    for r in found:
        common(r, FOUND_FIELDS)
        k = r.get("key")
        t = r.get("found_at_min")
        if not isinstance(t, int) or isinstance(t, bool) or not (0 <= t <= MAXMIN):
            fault(f"{k}: found_at_min must be an integer in 0..{MAXMIN}")
    checked.append("fields: only the issue's fields; category codes; body <= 600, marks <= 500, others <= 60; "
                   "lat/lon together and inside China; loss windows and found_at_min in range")

    # ------------------------------------------------------------------ truth and negatives
    fby = {r["key"]: r for r in found if "key" in r}
    used = {}
    n_truth = n_null = n_cross = 0
    for r in lost:
        t = r.get("truth")
        if t is None:
            n_null += 1
            continue
        n_truth += 1
        if t not in fby:
            fault(f"{r['key']}: truth {t} is not a found key")
            continue
        if t in used:
            fault(f"{t} is the truth of both {used[t]} and {r['key']}")
        used[t] = r["key"]
        f = fby[t]
        if "negative" in f:
            fault(f"{t} is a truth but carries negative={f['negative']!r}")
        if not (f.get("found_at_min", -1) <= r.get("lost_from_min", -1)):
            fault(f"{r['key']} -> {t}: found before the loss window began")
        if f.get("category") != r.get("category"):
            n_cross += 1
    if n_truth != N_TRUTH or n_null != N_NULL:
        fault(f"{n_truth} lost reports with a truth and {n_null} without, want {N_TRUTH} and {N_NULL}")
    if n_cross > 5:
        fault(f"{n_cross} true pairs under different categories, at most 5 allowed")
    neg_count = {}
    for f in found:
        k = f.get("key")
        if k in used:
            continue
        lab = f.get("negative")
        if lab not in LABELS:
            fault(f"{k}: nobody's truth but negative label is {lab!r}")
            continue
        neg_count[lab] = neg_count.get(lab, 0) + 1
    if sum(neg_count.values()) != N_NEG:
        fault(f"{sum(neg_count.values())} hard negatives, want {N_NEG}")
    for lab, n in LABELS.items():
        if neg_count.get(lab, 0) != n:
            fault(f"{neg_count.get(lab, 0)} negatives labelled {lab}, want {n}")
    checked.append(f"truth: {n_truth} lost reports point at distinct found items found no earlier than the loss began, "
                   f"{n_null} have truth null, {n_cross} true pairs filed under different categories (<= 5)")
    checked.append("negatives: every found item that is nobody's truth is labelled; "
                   + ", ".join(f"{lab} {neg_count.get(lab, 0)}" for lab in LABELS))

    # found_before_loss: some lost report of the same category began after it was found
    for f in found:
        if f.get("negative") == "found_before_loss":
            if not any(r["category"] == f["category"] and r["lost_from_min"] < f["found_at_min"] for r in lost):
                fault(f"{f['key']}: found_before_loss but no lost report of its category began after it was found")
    # places: everything within the town, the elsewhere negatives 12-20 km out
    far = near = 0
    for r in lost + found:
        if not (isinstance(r.get("lat"), (int, float)) and isinstance(r.get("lon"), (int, float))):
            continue
        d = km(r["lat"], r["lon"])
        if r.get("negative") == "same_brand_elsewhere":
            far += 1
            if not (12.0 <= d <= 20.5):
                fault(f"{r['key']}: same_brand_elsewhere at {d:.1f} km from the town, want 12-20 km")
        else:
            near += 1
            if d > 3.5:
                fault(f"{r['key']}: {d:.1f} km from the town centre, want within 3.5 km")
    checked.append(f"places: {near} located records within 3.5 km of the town centre, "
                   f"{far} located 'same brand elsewhere' records 12-20 km away")

    # ------------------------------------------------------------------ numbers
    n_id = n_imei = 0
    run = re.compile(r"(?<![\dA-Za-z*])\d(?:[ \-]?\d){6,22}(?:[ \-]?[Xx])?(?![\dA-Za-z*])")
    for r in lost + found:
        for fld in ("body", "serial", "marks"):
            s = r.get(fld)
            if not isinstance(s, str):
                continue
            for m in run.finditer(s):
                ds = re.sub(r"[ \-]", "", m.group(0)).upper()
                if len(ds) == 18:
                    n_id += 1
                    if not id_ok(ds):
                        fault(f"{r['key']}: {ds} is 18 characters but not a valid GB 11643 ID number")
                elif len(ds) == 15:
                    n_imei += 1
                    if not luhn_ok(ds):
                        fault(f"{r['key']}: 15-digit number {ds} fails the Luhn check")
                elif len(ds) in (16, 17, 19):
                    fault(f"{r['key']}: {len(ds)}-digit number {ds}: bank cards may appear only as tails or masks")
                elif ds.endswith("X"):
                    fault(f"{r['key']}: odd number {ds}")
    checked.append(f"numbers: {n_id} full ID numbers carry valid GB 11643 check digits, {n_imei} full IMEIs pass Luhn, "
                   "no full bank card numbers")

    # ------------------------------------------------------------------ determinism
    maker = os.path.join(HERE, "make_set133.py")
    outs = []
    for hs in ("0", "1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        res = subprocess.run([sys.executable, maker, "--stdout"], capture_output=True, env=env)
        if res.returncode != 0:
            fault(f"make_set133.py --stdout failed under PYTHONHASHSEED={hs}: {res.stderr.decode()[-300:]}")
            break
        outs.append(res.stdout.decode("utf-8"))
    if outs:
        if any(o != outs[0] for o in outs):
            fault("make_set133.py output differs between PYTHONHASHSEED values")
        if outs[0] != raw:
            fault("set133.json differs from what make_set133.py writes now")
        checked.append("determinism: make_set133.py --stdout under PYTHONHASHSEED=0, 1, 4242 gives set133.json byte for byte")


if __name__ == "__main__":
    try:
        main()
    except Exception as exc:  # a malformed file is a fault, not a crash
        fault(f"could not finish checking: {type(exc).__name__}: {exc}")
    for c in checked:
        print("checked", c)
    if faults:
        for f in faults[:200]:
            print("FAULT", f)
        print(f"{len(faults)} fault(s)")
        sys.exit(1)
    print("set133: all checks passed")
