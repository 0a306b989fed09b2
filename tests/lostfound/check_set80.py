#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate tests/lostfound/set80.json against the brief; exit non-zero on any fault.

Checks the layout, keys, field types and lengths, times, truth links, negative labels, the
cross-category budget, ID numbers (GB 11643 check digit), IMEIs (Luhn), that no full bank card
or mobile number appears, the counts, and that make_set80.py reproduces the file byte for byte
under different PYTHONHASHSEED values.

Usage: python3 tests/lostfound/check_set80.py [path/to/set80.json]
"""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 8080
PART = "set80"
PFX = "S80"
MADE_BY = "tests/lostfound/make_set80.py"
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
NEG_LABELS = {"same_cat_color", "found_before_loss", "same_brand_other_place_time", "twin", "near_serial",
              "same_spot_other_item", "same_name", "group_mate", "same_model_other_colour"}
SHORT = ("color", "brand", "model", "serial", "address")
LOST_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
             "lost_from_min", "lost_to_min", "truth"}
FOUND_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
              "found_at_min", "negative"}
MAXMIN = 172800
EXPECT = {"pairs": 150, "null": 90, "negatives": 120}

faults = []


def fault(msg):
    faults.append(msg)


GB_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def gb_ok(s):
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], GB_W)) % 11] == s[17]


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


DIGITS = re.compile(r"\d+")


def check_numbers(where, text, stats):
    """Every ID number valid, every IMEI Luhn-valid, no full card or mobile numbers."""
    for m in DIGITS.finditer(text):
        run = m.group(0)
        end = m.end()
        tail = text[end:end + 1]
        n = len(run)
        if n == 17 and tail in ("X", "x"):
            if gb_ok(run + tail):
                stats["id numbers"] += 1
            else:
                fault("%s: bad ID check digit %s%s" % (where, run, tail))
        elif n == 18:
            if gb_ok(run):
                stats["id numbers"] += 1
            else:
                fault("%s: 18-digit run that is not a valid ID number: %s" % (where, run))
        elif n == 15:
            if luhn_ok(run):
                stats["imeis"] += 1
            else:
                fault("%s: 15-digit run failing Luhn: %s" % (where, run))
        elif n in (16, 17) or n >= 19:
            fault("%s: %d-digit run looks like a full card number: %s" % (where, n, run))
        elif n == 11 and run.startswith("1"):
            fault("%s: looks like a full mobile number: %s" % (where, run))


GROUPED = re.compile(r"(?<![0-9A-Za-z])(\d{1,8}(?:[ \-]\d{1,8}){2,4}[Xx]?)(?![0-9A-Za-z])")


def check_grouped(where, text, stats):
    """IMEIs and ID numbers written in groups ("86 452103 971124 8", "430102 19900315 2315")."""
    for m in GROUPED.finditer(text):
        j = re.sub(r"[ \-]", "", m.group(1))
        if re.fullmatch(r"\d{15}", j):
            if luhn_ok(j):
                stats["grouped imeis"] += 1
            else:
                fault("%s: grouped IMEI failing Luhn: %s" % (where, m.group(1)))
        elif re.fullmatch(r"\d{17}[\dXx]", j):
            if gb_ok(j):
                stats["grouped id numbers"] += 1
            else:
                fault("%s: grouped ID number with bad check digit: %s" % (where, m.group(1)))
        elif len(j) >= 16 and j.isdigit():
            fault("%s: grouped digits look like a full card number: %s" % (where, m.group(1)))


def check_serial_field(where, s, stats):
    """A serial written with spaces or dashes still has to be valid once joined."""
    j = re.sub(r"[\s\-]", "", s)
    j = re.sub(r"^(IMEI[:：]?|imei[:：]?)", "", j)
    if re.fullmatch(r"\d{15}", j) and not re.fullmatch(r"\d{15}", s):
        if luhn_ok(j):
            stats["spaced imeis"] += 1
        else:
            fault("%s: spaced IMEI failing Luhn: %s" % (where, s))
    if re.fullmatch(r"\d{17}[\dXx]", j) and not re.fullmatch(r"\d{17}[\dXx]", s):
        if gb_ok(j):
            stats["spaced id numbers"] += 1
        else:
            fault("%s: spaced ID number with bad check digit: %s" % (where, s))


def check_common(r, where, allowed, stats):
    for k in r:
        if k not in allowed:
            fault("%s: unexpected field %r" % (where, k))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (where, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip():
        fault("%s: empty body" % where)
    elif len(b) > 600:
        fault("%s: body longer than 600 (%d)" % (where, len(b)))
    for k in SHORT:
        if k in r:
            v = r[k]
            if not isinstance(v, str) or not v.strip():
                fault("%s: %s must be a non-empty string" % (where, k))
            elif len(v) > 60:
                fault("%s: %s longer than 60" % (where, k))
    if "marks" in r:
        if not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500:
            fault("%s: bad marks" % where)
    has_lat, has_lon = "lat" in r, "lon" in r
    if has_lat != has_lon:
        fault("%s: lat and lon must come together" % where)
    if has_lat and has_lon:
        lat, lon = r["lat"], r["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (lat, lon)):
            fault("%s: lat/lon not numbers" % where)
        elif not (18.0 <= lat <= 53.6 and 73.5 <= lon <= 135.1):
            fault("%s: lat/lon outside China: %s,%s" % (where, lat, lon))
        else:
            stats["with lat/lon"] += 1
    for k in ("body", "marks") + SHORT:
        if isinstance(r.get(k), str):
            check_numbers("%s.%s" % (where, k), r[k], stats)
            check_grouped("%s.%s" % (where, k), r[k], stats)
    if isinstance(r.get("serial"), str):
        check_serial_field(where + ".serial", r["serial"], stats)


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def check(path):
    stats = collections.Counter()
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    if set(data) != {"seed", "made_by", "parts"}:
        fault("top level keys %s" % sorted(data))
    if data.get("seed") != SEED:
        fault("seed is %r, want %d" % (data.get("seed"), SEED))
    if data.get("made_by") != MADE_BY:
        fault("made_by is %r" % data.get("made_by"))
    parts = data.get("parts", {})
    if set(parts) != {PART}:
        fault("parts %s, want only %s" % (sorted(parts), PART))
        return stats, data
    part = parts[PART]
    if set(part) != {"found", "lost"}:
        fault("part keys %s" % sorted(part))
    found, lost = part.get("found", []), part.get("lost", [])

    fkeys = [f.get("key") for f in found]
    lkeys = [l.get("key") for l in lost]
    if fkeys != ["%s-F%04d" % (PFX, i) for i in range(1, len(found) + 1)]:
        fault("found keys are not %s-F0001.. in order" % PFX)
    if lkeys != ["%s-L%04d" % (PFX, i) for i in range(1, len(lost) + 1)]:
        fault("lost keys are not %s-L0001.. in order" % PFX)
    fmap = {f["key"]: f for f in found if "key" in f}

    for f in found:
        w = f.get("key", "?")
        check_common(f, w, FOUND_KEYS, stats)
        t = f.get("found_at_min")
        if not is_int(t) or not 0 <= t <= MAXMIN:
            fault("%s: found_at_min %r out of range" % (w, t))
    for l in lost:
        w = l.get("key", "?")
        check_common(l, w, LOST_KEYS, stats)
        a, b = l.get("lost_from_min"), l.get("lost_to_min")
        if not (is_int(a) and is_int(b) and MAXMIN >= a >= b >= 0):
            fault("%s: loss window %r..%r invalid" % (w, a, b))
        if "truth" not in l:
            fault("%s: truth missing (use null)" % w)

    # truth links
    used = collections.Counter()
    cross = []
    for l in lost:
        t = l.get("truth")
        if t is None:
            stats["lost never handed in"] += 1
            continue
        if t not in fmap:
            fault("%s: truth %r is not a found key" % (l["key"], t))
            continue
        used[t] += 1
        stats["lost with truth"] += 1
        f = fmap[t]
        if is_int(f.get("found_at_min")) and is_int(l.get("lost_from_min")) and f["found_at_min"] > l["lost_from_min"]:
            fault("%s: its found item %s was found before the loss began" % (l["key"], t))
        if f.get("category") != l.get("category"):
            cross.append((l["key"], l.get("category"), t, f.get("category")))
    for t, n in used.items():
        if n > 1:
            fault("%s is the truth of %d reports" % (t, n))
    if len(cross) > 5:
        fault("%d cross-category pairs (at most 5)" % len(cross))
    negs = collections.Counter()
    for f in found:
        is_truth = f.get("key") in used
        if is_truth and "negative" in f:
            fault("%s is somebody's truth but carries a negative label" % f["key"])
        if not is_truth:
            lab = f.get("negative")
            if not isinstance(lab, str) or lab not in NEG_LABELS:
                fault("%s is nobody's truth but has negative label %r" % (f["key"], lab))
            else:
                negs[lab] += 1
    # counts
    if stats["lost with truth"] != EXPECT["pairs"]:
        fault("%d pairs, want %d" % (stats["lost with truth"], EXPECT["pairs"]))
    if stats["lost never handed in"] != EXPECT["null"]:
        fault("%d never-handed-in reports, want %d" % (stats["lost never handed in"], EXPECT["null"]))
    if sum(negs.values()) != EXPECT["negatives"]:
        fault("%d negatives, want %d" % (sum(negs.values()), EXPECT["negatives"]))
    if len(found) != EXPECT["pairs"] + EXPECT["negatives"]:
        fault("%d found items" % len(found))
    stats["cross-category pairs"] = len(cross)
    return stats, data, negs, cross, found, lost


def reproduce(path):
    """make_set80.py must write the same bytes on every run and under any hash seed."""
    with open(path, "rb") as fh:
        want = fh.read()
    seeds = ["0", "1", "4242", "random"]
    with tempfile.TemporaryDirectory() as td:
        for hs in seeds:
            out = os.path.join(td, "set80_%s.json" % hs)
            env = dict(os.environ, PYTHONHASHSEED=hs)
            env.pop("S80_SIDE", None)
            r = subprocess.run([sys.executable, os.path.join(HERE, "make_set80.py"), out], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            if r.returncode != 0:
                fault("make_set80.py failed under PYTHONHASHSEED=%s: %s" % (hs, r.stderr.decode()[-500:]))
                continue
            with open(out, "rb") as fh:
                got = fh.read()
            if got != want:
                fault("make_set80.py output differs from %s under PYTHONHASHSEED=%s" % (path, hs))
    return seeds


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "set80.json")
    res = check(path)
    if len(res) == 2:
        stats = res[0]
        negs, cross, found, lost = {}, [], [], []
    else:
        stats, _data, negs, cross, found, lost = res
    seeds = reproduce(path)
    print("checked %s" % path)
    print("  layout: seed %d, made_by, one part %r with found/lost" % (SEED, PART))
    print("  %d lost reports (%d with truth, %d never handed in), %d found items (%d negatives)" % (
        len(lost), stats["lost with truth"], stats["lost never handed in"], len(found), sum(negs.values())))
    print("  keys %s-L0001..L%04d and %s-F0001..F%04d, unique and in order" % (PFX, len(lost), PFX, len(found)))
    print("  categories from the catalogue; body <= 600, short fields <= 60, marks <= 500")
    print("  lat/lon together and inside China on %d records" % stats["with lat/lon"])
    print("  loss windows 0 <= to <= from <= %d; found_at_min in 0..%d" % (MAXMIN, MAXMIN))
    print("  every truth exists, is used once, and was found at or after its loss began")
    print("  cross-category pairs: %d (at most 5)%s" % (len(cross), "".join(
        "\n    %s %s -> %s %s" % c for c in cross)))
    print("  negative labels on exactly the found items nobody claims:")
    for k in sorted(negs):
        print("    %-30s %d" % (k, negs[k]))
    print("  numbers: %d valid ID numbers and %d Luhn-valid IMEIs written whole, %d IDs and %d IMEIs written in "
          "groups; no full card or mobile numbers" % (stats["id numbers"], stats["imeis"],
                                                       stats["grouped id numbers"], stats["grouped imeis"]))
    print("  make_set80.py reproduces the file byte for byte under PYTHONHASHSEED=%s" % ",".join(seeds))
    if faults:
        print("FAULTS (%d):" % len(faults))
        for f in faults[:200]:
            print("  " + f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
