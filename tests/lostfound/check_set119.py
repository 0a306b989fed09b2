#!/usr/bin/env python3
"""Validate tests/lostfound/set119.json against the brief; exit non-zero on any fault."""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set119.json")
PFX = "S119"
PART = "set119"
SEED = 119119
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
NEG = {"same_category_colour": 30, "found_before_loss": 30, "same_brand_other_place_time": 30, "near_twin": 30}
N_PAIRS, N_LOST_ONLY = 150, 90
MAXMIN = 172800
OPT60 = ("color", "brand", "model", "serial", "address")
LOST_FIELDS = {"key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon",
               "lost_from_min", "lost_to_min", "truth"}
FOUND_FIELDS = {"key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon",
                "found_at_min", "negative"}
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

faults = []
checked = collections.Counter()


def fault(msg):
    faults.append(msg)


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def id_ok(s):
    return "10X98765432"[sum(int(a) * w for a, w in zip(s[:17], ID_W)) % 11] == s[17].upper()


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def check_common(r, side):
    k = r.get("key", "?")
    allowed = LOST_FIELDS if side == "lost" else FOUND_FIELDS
    extra = set(r) - allowed
    if extra:
        fault("%s: unknown fields %s" % (k, sorted(extra)))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (k, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % k)
    for f in OPT60:
        if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60):
            fault("%s: field %s empty, not a string or longer than 60" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat and lon must come together" % k)
    if "lat" in r:
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (la, lo)):
            fault("%s: lat/lon not numbers" % k)
        elif not (18.0 <= la <= 53.6 and 73.5 <= lo <= 135.1):
            fault("%s: lat/lon outside China" % k)
        checked["coordinates"] += 1
    # numbers: ID numbers valid, IMEIs Luhn-valid, no full bank card numbers
    texts = [str(r.get(f, "")) for f in ("body", "serial", "marks")]
    for t in texts:
        for m in re.finditer(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])", t):
            checked["id numbers"] += 1
            if not id_ok(m.group(1)):
                fault("%s: ID number %s has a bad check digit" % (k, m.group(1)))
        for m in re.finditer(r"(?<!\d)(\d{15})(?!\d)", t):
            checked["imeis"] += 1
            if not luhn_ok(m.group(1)):
                fault("%s: 15-digit number %s fails Luhn" % (k, m.group(1)))
        for m in re.finditer(r"(?<![\dA-Za-z])(\d{16,17}|\d{19})(?![\dXx])", t):
            fault("%s: looks like a full card number %s" % (k, m.group(1)))
    s = r.get("serial")
    if s:
        compact = re.sub(r"[\s\-]", "", s)
        compact = re.sub(r"^IMEI:", "", compact)
        if re.fullmatch(r"\d{15}", compact):
            checked["imeis"] += 1
            if not luhn_ok(compact):
                fault("%s: IMEI %s fails Luhn" % (k, s))
        if re.fullmatch(r"\d{17}[\dXx]", compact) and not id_ok(compact):
            fault("%s: ID serial %s has a bad check digit" % (k, s))


def main():
    try:
        with open(PATH, encoding="utf-8") as fh:
            doc = json.load(fh)
    except Exception as e:  # noqa: BLE001
        print("cannot read %s: %s" % (PATH, e))
        return 1
    if set(doc) != {"seed", "made_by", "parts"}:
        fault("top-level keys %s" % sorted(doc))
    if doc.get("seed") != SEED:
        fault("seed %r" % doc.get("seed"))
    if doc.get("made_by") != "tests/lostfound/make_set119.py":
        fault("made_by %r" % doc.get("made_by"))
    parts = doc.get("parts", {})
    if set(parts) != {PART} or set(parts.get(PART, {})) != {"found", "lost"}:
        fault("parts must be exactly {%s: {found, lost}}" % PART)
        return report()
    found, lost = parts[PART]["found"], parts[PART]["lost"]

    # keys
    for side, recs, letter in (("found", found, "F"), ("lost", lost, "L")):
        keys = [r.get("key") for r in recs]
        if len(set(keys)) != len(keys):
            fault("%s keys not unique" % side)
        want = ["%s-%s%04d" % (PFX, letter, i) for i in range(1, len(recs) + 1)]
        if keys != want:
            fault("%s keys are not %s-%s0001.. in order" % (side, PFX, letter))
        checked[side + " keys"] = len(keys)
    fby = {r["key"]: r for r in found if "key" in r}

    for r in found:
        check_common(r, "found")
        v = r.get("found_at_min")
        if not is_int(v) or not 0 <= v <= MAXMIN:
            fault("%s: found_at_min %r" % (r.get("key"), v))
    for r in lost:
        check_common(r, "lost")
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_int(a) and is_int(b) and MAXMIN >= a >= b >= 0):
            fault("%s: loss window %r..%r" % (r.get("key"), a, b))
        if "truth" not in r:
            fault("%s: no truth field" % r.get("key"))

    # truth links
    used = collections.Counter()
    cross = 0
    for r in lost:
        t = r.get("truth")
        if t is None:
            continue
        if t not in fby:
            fault("%s: truth %s is not a found key" % (r["key"], t))
            continue
        used[t] += 1
        f = fby[t]
        if is_int(f.get("found_at_min")) and is_int(r.get("lost_from_min")) and f["found_at_min"] > r["lost_from_min"]:
            fault("%s: its item %s was found before the loss began" % (r["key"], t))
        if f.get("category") != r.get("category"):
            cross += 1
        checked["true pairs time-consistent"] += 1
    for t, c in used.items():
        if c > 1:
            fault("%s is the truth of %d reports" % (t, c))
    if cross > 5:
        fault("%d pairs sit under different categories (at most 5)" % cross)

    # negatives
    negc = collections.Counter()
    for r in found:
        if r["key"] in used:
            if "negative" in r:
                fault("%s: is a truth but carries negative" % r["key"])
        else:
            lab = r.get("negative")
            if lab not in NEG:
                fault("%s: nobody's truth but negative=%r" % (r["key"], lab))
            negc[lab] += 1
    for lab, n in NEG.items():
        if negc[lab] != n:
            fault("negative %s: %d, want %d" % (lab, negc[lab], n))

    # counts
    n_true = sum(1 for r in lost if r.get("truth"))
    n_null = sum(1 for r in lost if r.get("truth") is None)
    if n_true != N_PAIRS or n_null != N_LOST_ONLY or len(lost) != N_PAIRS + N_LOST_ONLY:
        fault("lost: %d with truth, %d without (want %d, %d)" % (n_true, n_null, N_PAIRS, N_LOST_ONLY))
    if len(found) != N_PAIRS + sum(NEG.values()):
        fault("found: %d (want %d)" % (len(found), N_PAIRS + sum(NEG.values())))

    # determinism: regenerate under two hash seeds, byte-compare
    with open(PATH, "rb") as fh:
        ref = fh.read()
    for hs in ("0", "4242"):
        with tempfile.TemporaryDirectory() as td:
            out = os.path.join(td, "set119.json")
            env = dict(os.environ, PYTHONHASHSEED=hs)
            res = subprocess.run([sys.executable, os.path.join(HERE, "make_set119.py"), out], env=env,
                                 capture_output=True, text=True)
            if res.returncode != 0:
                fault("make_set119.py failed under PYTHONHASHSEED=%s: %s" % (hs, res.stderr[-300:]))
                continue
            with open(out, "rb") as fh:
                if fh.read() != ref:
                    fault("make_set119.py output differs under PYTHONHASHSEED=%s" % hs)
            checked["deterministic regenerations"] += 1

    by_cat = collections.Counter()
    for r in lost:
        by_cat[(r["category"], "lost+truth" if r.get("truth") else "lost-only")] += 1
    for r in found:
        by_cat[(r["category"], "negative" if "negative" in r else "found-true")] += 1
    print("set119: %d lost (%d with truth, %d never handed in), %d found (%d true, %d negatives), %d cross-category pairs"
          % (len(lost), n_true, n_null, len(found), len(found) - sum(negc.values()), sum(negc.values()), cross))
    print("negatives: " + ", ".join("%s=%d" % (k, negc[k]) for k in sorted(NEG)))
    print("%-12s %10s %10s %10s %10s" % ("category", "lost+truth", "lost-only", "found-true", "negative"))
    for c in sorted(CATS):
        print("%-12s %10d %10d %10d %10d" % (c, by_cat[(c, "lost+truth")], by_cat[(c, "lost-only")],
                                             by_cat[(c, "found-true")], by_cat[(c, "negative")]))
    print("checked: fields and lengths of every record, categories, keys, lat/lon, windows, truth links, "
          + ", ".join("%s=%d" % kv for kv in sorted(checked.items())))
    return report()


def report():
    if faults:
        print("FAULTS (%d):" % len(faults))
        for f in faults[:60]:
            print("  " + f)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
