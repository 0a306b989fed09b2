#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate tests/lostfound/set68.json (blind set 68, 澜沧湾镇).

Exits non-zero on any fault and prints what it checked.  Standard library only.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "set68.json")
GEN = os.path.join(HERE, "make_set68.py")
SEED = 6868
PFX = "S68"
PART = "set68"
N_LOST, N_TRUE, N_FOUND = 240, 150, 270
MAXMIN = 172800
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
NEG_LABELS = {"twin_detail", "found_before_loss", "same_brand_far_place_time", "same_category_colour", "unclaimed"}
FAR_TOWNS = ("北沥镇", "蓝溪县城", "港头镇", "海陵市区")
LOST_FIELDS = {"key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon",
               "lost_from_min", "lost_to_min", "truth"}
FOUND_FIELDS = {"key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon",
                "found_at_min", "negative"}
SHORT = ("color", "brand", "model", "serial", "address")
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

faults = []
checked = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    try:
        date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], ID_W)) % 11] == s[17]


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def number_runs(text):
    """digit runs, allowing the single spaces and hyphens people put inside long numbers"""
    for m in re.finditer(r"\d(?:[ \-]?\d)*(?:[ \-]?[Xx])?", text):
        raw = m.group(0)
        yield raw, re.sub(r"[ \-]", "", raw).upper()


def main():
    with open(SET, encoding="utf-8") as fh:
        doc = json.load(fh)
    if doc.get("seed") != SEED:
        fault("seed is %r, want %d" % (doc.get("seed"), SEED))
    if doc.get("made_by") != "tests/lostfound/make_set68.py":
        fault("made_by is %r" % doc.get("made_by"))
    if set(doc) != {"seed", "made_by", "parts"}:
        fault("top-level keys %r" % sorted(doc))
    if set(doc.get("parts", {})) != {PART}:
        fault("parts %r, want only %s" % (sorted(doc.get("parts", {})), PART))
    part = doc["parts"][PART]
    if set(part) != {"found", "lost"}:
        fault("part keys %r" % sorted(part))
    lost, found = part["lost"], part["found"]
    checked.append("top level: seed %d, made_by, one part %r with found and lost" % (SEED, PART))

    # ---- sizes and keys
    if len(lost) != N_LOST:
        fault("%d lost reports, want %d" % (len(lost), N_LOST))
    if len(found) != N_FOUND:
        fault("%d found items, want %d" % (len(found), N_FOUND))
    lkeys = [r.get("key") for r in lost]
    fkeys = [r.get("key") for r in found]
    if sorted(lkeys) != ["%s-L%04d" % (PFX, i) for i in range(1, len(lost) + 1)]:
        fault("lost keys are not %s-L0001..%s-L%04d, unique" % (PFX, PFX, len(lost)))
    if sorted(fkeys) != ["%s-F%04d" % (PFX, i) for i in range(1, len(found) + 1)]:
        fault("found keys are not %s-F0001..%s-F%04d, unique" % (PFX, PFX, len(found)))
    checked.append("%d lost reports keyed %s-L0001.., %d found items keyed %s-F0001.." % (
        len(lost), PFX, len(found), PFX))

    # ---- fields of every registration
    def common(r, allowed):
        k = r.get("key")
        extra = set(r) - allowed
        if extra:
            fault("%s: unknown fields %s" % (k, sorted(extra)))
        if r.get("category") not in CATS:
            fault("%s: category %r" % (k, r.get("category")))
        b = r.get("body")
        if not isinstance(b, str) or not b.strip() or len(b) > 600:
            fault("%s: body missing, empty or over 600 characters" % k)
        for f in SHORT:
            if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60):
                fault("%s: %s must be a non-empty string of at most 60 characters" % (k, f))
        if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
            fault("%s: marks must be a non-empty string of at most 500 characters" % k)
        if ("lat" in r) != ("lon" in r):
            fault("%s: lat and lon must come together" % k)
        if "lat" in r:
            la, lo = r["lat"], r["lon"]
            if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)):
                fault("%s: lat/lon not numbers" % k)
            elif not (18.0 <= la <= 53.6 and 73.5 <= lo <= 135.1):
                fault("%s: lat/lon %r,%r outside China" % (k, la, lo))
        # identifiers written anywhere
        for f in ("body", "serial", "marks", "color", "brand", "model", "address"):
            text = r.get(f)
            if not isinstance(text, str):
                continue
            for raw, num in number_runs(text):
                n = len(num)
                if n == 15 and num.isdigit():
                    if not luhn_ok(num):
                        fault("%s: %s holds a 15-digit number %r that fails the IMEI Luhn check" % (k, f, raw))
                    stats["imei"] += 1
                elif n == 18:
                    if not id_ok(num):
                        fault("%s: %s holds an 18-character number %r that is not a valid ID number" % (k, f, raw))
                    stats["id"] += 1
                elif 16 <= n <= 19 or n > 19:
                    fault("%s: %s holds a %d-digit number %r (a full card number?)" % (k, f, n, raw))
                elif "X" in num and n != 4:      # a 4-character tail like 尾号589X is a masked ID
                    fault("%s: %s holds %r, an ID-like number of the wrong length" % (k, f, raw))

    stats = {"imei": 0, "id": 0}
    for r in lost:
        common(r, LOST_FIELDS)
        k = r.get("key")
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (isinstance(a, int) and isinstance(b, int)) or isinstance(a, bool) or isinstance(b, bool):
            fault("%s: lost_from_min/lost_to_min must be integers" % k)
        elif not (MAXMIN >= a >= b >= 0):
            fault("%s: want 172800 >= lost_from_min >= lost_to_min >= 0, got %r, %r" % (k, a, b))
        if "truth" not in r:
            fault("%s: truth missing (use null)" % k)
    for r in found:
        common(r, FOUND_FIELDS)
        k = r.get("key")
        m = r.get("found_at_min")
        if not isinstance(m, int) or isinstance(m, bool) or not (0 <= m <= MAXMIN):
            fault("%s: found_at_min %r not an integer in 0..172800" % (k, m))
    checked.append("every registration: known fields only, category from the catalogue, body <= 600, "
                   "short fields <= 60, marks <= 500, lat/lon together and inside China")
    checked.append("minutes: 172800 >= lost_from_min >= lost_to_min >= 0; 0 <= found_at_min <= 172800")
    checked.append("numbers in every text field: %d IMEIs pass Luhn, %d full ID numbers pass GB 11643; "
                   "no 16-19 digit card numbers" % (stats["imei"], stats["id"]))

    # ---- truth and negatives
    fby = {r["key"]: r for r in found if "key" in r}
    used = {}
    n_true = 0
    cross = 0
    for r in lost:
        t = r.get("truth")
        if t is None:
            continue
        n_true += 1
        if t not in fby:
            fault("%s: truth %r is not a found item" % (r["key"], t))
            continue
        if t in used:
            fault("%s and %s share the truth %s" % (used[t], r["key"], t))
        used[t] = r["key"]
        f = fby[t]
        if isinstance(f.get("found_at_min"), int) and isinstance(r.get("lost_from_min"), int):
            if f["found_at_min"] > r["lost_from_min"]:
                fault("%s: its truth %s was found before the loss began" % (r["key"], t))
        if f.get("category") != r.get("category"):
            cross += 1
        if "negative" in f:
            fault("%s is %s's truth but carries negative=%r" % (t, r["key"], f["negative"]))
    if n_true != N_TRUE:
        fault("%d reports with a truth, want %d" % (n_true, N_TRUE))
    if len(lost) - n_true != N_LOST - N_TRUE:
        fault("%d reports never found, want %d" % (len(lost) - n_true, N_LOST - N_TRUE))
    if cross > 5:
        fault("%d true pairs under different categories, at most 5 allowed" % cross)
    checked.append("%d reports with a truth (each found item the truth of at most one, found at or after the "
                   "loss began), %d never found; %d true pairs filed under different categories (<= 5)" % (
                       n_true, len(lost) - n_true, cross))

    neg_counts = {}
    for f in found:
        k = f.get("key")
        if k in used:
            continue
        lab = f.get("negative")
        if lab not in NEG_LABELS:
            fault("%s is nobody's truth but has negative=%r" % (k, lab))
            continue
        neg_counts[lab] = neg_counts.get(lab, 0) + 1
        if lab == "same_brand_far_place_time":
            text = f.get("body", "") + f.get("address", "")
            if not any(t in text for t in FAR_TOWNS):
                fault("%s: a far-place negative that names no far town" % k)
        if lab == "found_before_loss":
            if not any(r.get("category") == f.get("category") and r.get("lost_from_min", -1) < f["found_at_min"]
                       for r in lost):
                fault("%s: found_before_loss but no report of its category began after it was found" % k)
    if sum(neg_counts.values()) != N_FOUND - N_TRUE:
        fault("%d negatives, want %d" % (sum(neg_counts.values()), N_FOUND - N_TRUE))
    checked.append("%d found items are nobody's truth and each has a negative label: %s" % (
        sum(neg_counts.values()), ", ".join("%s %d" % (k, neg_counts[k]) for k in sorted(neg_counts))))

    # ---- the generator gives the same bytes every time, whatever the hash seed
    with open(SET, "rb") as fh:
        want = fh.read()
    with tempfile.TemporaryDirectory() as tmp:
        for hs in ("0", "4242"):
            out = os.path.join(tmp, "set68-%s.json" % hs)
            env = dict(os.environ, PYTHONHASHSEED=hs)
            p = subprocess.run([sys.executable, GEN, "--out", out], env=env, capture_output=True, text=True)
            if p.returncode != 0:
                fault("make_set68.py failed under PYTHONHASHSEED=%s: %s" % (hs, p.stderr.strip()[-300:]))
                continue
            with open(out, "rb") as fh:
                if fh.read() != want:
                    fault("make_set68.py under PYTHONHASHSEED=%s does not reproduce set68.json" % hs)
    checked.append("make_set68.py regenerates set68.json byte for byte under PYTHONHASHSEED=0 and 4242")

    for c in checked:
        print("checked:", c)
    if faults:
        for f in faults[:50]:
            print("FAULT:", f)
        print("%d fault(s)" % len(faults))
        return 1
    print("set68: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
