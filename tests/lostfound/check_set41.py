#!/usr/bin/env python3
"""Validates set41.json against the brief and against its generator.

    python3 check_set41.py          # exit 0 when every check passes, 1 otherwise

Checks the shape of every record, the labels (truth links, negatives, time order), the serial
numbers written in any field (ID check digits, IMEI Luhn digits, no full bank card numbers),
and that make_set41.py reproduces set41.json byte for byte under two PYTHONHASHSEEDs.
Standard library only; imports nothing from the generator and writes no bytecode.
"""
import collections
import json
import math
import os
import re
import subprocess
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
NN = 41
PFX = "T3"
SEED = 20261241
PART = f"set{NN}"
MADE_BY = f"tests/lostfound/make_set{NN}.py"
MAXMIN = 172800
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
NEG = ["same_category_colour", "found_before_loss", "same_brand_elsewhere", "other_desk_item"]
WANT = dict(lost=400, found=500, pairs=300, never=100, negatives=200)
SHORT = ["color", "brand", "model", "serial", "address"]
TEXT = ["body", "marks"] + SHORT
LOST_KEYS = {"key", "category", "body", "lost_from_min", "lost_to_min", "truth", "marks", "lat", "lon"} | set(SHORT)
FOUND_KEYS = {"key", "category", "body", "found_at_min", "negative", "marks", "lat", "lon"} | set(SHORT)
ORIGIN = (26.0587, 119.3129)          # the desk; the neighbourhood lies within ~1.5 km of it
W_ID = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

faults = []
done = []


def fault(msg):
    faults.append(msg)


def km(a, b):
    dy = (a[0] - b[0]) * 111.32
    dx = (a[1] - b[1]) * 111.32 * math.cos(math.radians(a[0]))
    return math.hypot(dx, dy)


def id_ok(s):
    if id_check(s[:17]) != s[17]:
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    return 1900 <= y <= 2026 and 1 <= m <= 12 and 1 <= d <= 31


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, W_ID)) % 11]


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


def check_numbers(key, field, text):
    joined = re.sub(r"(?<=\d)[ \-](?=\d)", "", re.sub(r"(IMEI|imei)\d", "IMEI", text))
    for m in re.finditer(r"(?<![0-9A-Za-z])(\d{17}[\dX])(?![0-9A-Za-z])", joined):
        if not id_ok(m.group(1)):
            fault(f"{key}.{field}: ID number {m.group(1)} has a wrong check digit or date")
        counts["id numbers"] += 1
    for m in re.finditer(r"(?<!\d)(\d+)(?!\d)", joined):
        run = m.group(1)
        if len(run) == 15:
            counts["imei"] += 1
            if not luhn_ok(run):
                fault(f"{key}.{field}: 15-digit number {run} fails Luhn")
        elif len(run) == 17 and joined[m.end():m.end() + 1] == "X":
            continue
        elif len(run) in (16, 17, 19):
            fault(f"{key}.{field}: {len(run)}-digit number {run} looks like a full card number")
        elif len(run) == 18 and not re.search(run + r"(?![0-9A-Za-z])", joined):
            fault(f"{key}.{field}: odd 18-digit run {run}")


counts = collections.Counter()


def check_record(r, kind):
    key = r.get("key", "?")
    allowed = LOST_KEYS if kind == "lost" else FOUND_KEYS
    extra = sorted(set(r) - allowed)
    if extra:
        fault(f"{key}: unknown fields {extra}")
    if r.get("category") not in CATS:
        fault(f"{key}: bad category {r.get('category')!r}")
    b = r.get("body")
    if not isinstance(b, str) or not b.strip():
        fault(f"{key}: empty body")
    elif len(b) > 600:
        fault(f"{key}: body {len(b)} > 600")
    for f in SHORT:
        if f in r:
            if not isinstance(r[f], str) or not r[f].strip():
                fault(f"{key}: {f} empty or not a string")
            elif len(r[f]) > 60:
                fault(f"{key}: {f} longer than 60")
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
        fault(f"{key}: marks empty or longer than 500")
    if ("lat" in r) != ("lon" in r):
        fault(f"{key}: lat without lon or lon without lat")
    if "lat" in r:
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)):
            fault(f"{key}: lat/lon not numbers")
        elif not (18.0 <= la <= 53.6 and 73.5 <= lo <= 135.1):
            fault(f"{key}: lat/lon {la},{lo} outside China")
        counts[f"{kind} with lat/lon"] += 1
    for f in TEXT:
        if isinstance(r.get(f), str):
            check_numbers(key, f, r[f])
            if re.search(PFX + r"-[LF]\d{4}", r[f]):
                fault(f"{key}.{f}: a set key leaks into the text")
    for f in SHORT + ["marks"]:
        if f in r:
            counts[f"{kind} with {f}"] += 1
    if kind == "lost":
        a, z = r.get("lost_from_min"), r.get("lost_to_min")
        if not (isinstance(a, int) and isinstance(z, int) and MAXMIN >= a >= z >= 0):
            fault(f"{key}: loss window {a}..{z} not 172800 >= from >= to >= 0")
        if "truth" not in r:
            fault(f"{key}: no truth field")
    else:
        t = r.get("found_at_min")
        if not (isinstance(t, int) and 0 <= t <= MAXMIN):
            fault(f"{key}: found_at_min {t} out of 0..172800")
        if "negative" in r and r["negative"] not in NEG:
            fault(f"{key}: unknown negative label {r['negative']!r}")


def main():
    path = os.path.join(HERE, f"set{NN}.json")
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    data = json.loads(raw)
    if data.get("seed") != SEED:
        fault(f"seed {data.get('seed')} != {SEED}")
    if data.get("made_by") != MADE_BY:
        fault(f"made_by {data.get('made_by')!r}")
    if sorted(data) != ["made_by", "parts", "seed"] or list(data["parts"]) != [PART]:
        fault("top level must be seed, made_by, parts.{set41}")
    part = data["parts"][PART]
    if sorted(part) != ["found", "lost"]:
        fault("part must hold found and lost")
    lost, found = part["lost"], part["found"]
    done.append("top level: seed, made_by, one part with found and lost")

    for kind, rows, letter in (("lost", lost, "L"), ("found", found, "F")):
        want = [f"{PFX}-{letter}{i:04d}" for i in range(1, len(rows) + 1)]
        if [r.get("key") for r in rows] != want:
            fault(f"{kind} keys are not {PFX}-{letter}0001.. in order")
        for r in rows:
            check_record(r, kind)
    done.append("keys sequential and unique; every field's type and length; lat/lon both-or-neither inside China")
    done.append("no set key in any text")

    fmap = {r["key"]: r for r in found}
    truths = collections.Counter()
    cross = []
    for r in lost:
        t = r.get("truth")
        if t is None:
            continue
        f = fmap.get(t)
        if f is None:
            fault(f"{r['key']}: truth {t} is not a found item")
            continue
        truths[t] += 1
        if "negative" in f:
            fault(f"{r['key']}: truth {t} is labelled negative")
        if f["found_at_min"] > r["lost_from_min"]:
            fault(f"{r['key']}: its item {t} was found before the loss began")
        if f["category"] != r["category"]:
            cross.append((r["key"], r["category"], t, f["category"]))
    for t, n in truths.items():
        if n > 1:
            fault(f"{t} is the truth of {n} reports")
    for f in found:
        if "negative" not in f and truths[f["key"]] != 1:
            fault(f"{f['key']} is neither a negative nor anyone's truth")
    if len(cross) > 5:
        fault(f"{len(cross)} pairs cross categories (at most 5)")
    done.append("truth links: existing, unlabelled, each found item the truth of at most one report, "
                "every unlabelled found item someone's truth")
    done.append("time: every true item found at or after the start of its loss window")
    done.append(f"cross-category pairs: {len(cross)} (at most 5)")

    n_pairs = sum(1 for r in lost if r.get("truth"))
    negs = collections.Counter(f["negative"] for f in found if "negative" in f)
    got = dict(lost=len(lost), found=len(found), pairs=n_pairs, never=len(lost) - n_pairs, negatives=sum(negs.values()))
    for k, v in WANT.items():
        if got[k] != v:
            fault(f"count {k} = {got[k]}, want {v}")
    for lab in NEG:
        if negs[lab] == 0:
            fault(f"no negatives of kind {lab}")
    done.append("counts: " + ", ".join(f"{k} {got[k]}" for k in WANT))

    # each 'found before the loss' item has a report of its category whose loss began after it was found
    for f in found:
        if f.get("negative") == "found_before_loss":
            if not any(r["category"] == f["category"] and r["lost_from_min"] < f["found_at_min"] for r in lost):
                fault(f"{f['key']}: found_before_loss but no report of {f['category']} begins after it")
        if f.get("negative") == "same_brand_elsewhere":
            if "brand" not in f and not any(c.isascii() and c.isalpha() for c in f["body"]) and "牌" not in f["body"]:
                counts["same_brand_elsewhere without a written brand"] += 1
            if "lat" in f and km((f["lat"], f["lon"]), ORIGIN) < 2.5:
                fault(f"{f['key']}: same_brand_elsewhere lies within 2.5 km of the desk")
    done.append("found_before_loss items precede some loss of their category; same_brand_elsewhere items lie over 2.5 km away")

    # the generator reproduces the file, whatever the hash seed
    make = os.path.join(HERE, f"make_set{NN}.py")
    outs = []
    for hs in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs, PYTHONDONTWRITEBYTECODE="1")
        p = subprocess.run([sys.executable, "-B", make, "--stdout"], capture_output=True, env=env)
        if p.returncode != 0:
            fault(f"make_set{NN}.py --stdout failed: {p.stderr.decode('utf-8', 'replace')[-300:]}")
        outs.append(p.stdout.decode("utf-8"))
    if outs[0] != outs[1]:
        fault("generator output differs between PYTHONHASHSEED 0 and 4242")
    if outs[0] != raw:
        fault(f"set{NN}.json is not the current output of make_set{NN}.py")
    done.append("make_set41.py reproduces set41.json byte for byte under PYTHONHASHSEED 0 and 4242")

    # report
    print(f"checked {path}")
    for d in done:
        print("  ok? " + d if faults else "  ok  " + d)
    print(f"  serial numbers seen in text: {counts['id numbers']} full ID numbers, {counts['imei']} IMEIs")
    lc = collections.Counter(r["category"] for r in lost)
    lp = collections.Counter(r["category"] for r in lost if r.get("truth"))
    fc = collections.Counter(f["category"] for f in found)
    fn = collections.Counter(f["category"] for f in found if "negative" in f)
    print()
    print(f"  {'category':<12}{'lost':>6}{'paired':>8}{'never':>7}{'found':>7}{'true':>6}{'neg':>5}")
    for c in CATS:
        print(f"  {c:<12}{lc[c]:>6}{lp[c]:>8}{lc[c] - lp[c]:>7}{fc[c]:>7}{fc[c] - fn[c]:>6}{fn[c]:>5}")
    print(f"  {'total':<12}{len(lost):>6}{n_pairs:>8}{len(lost) - n_pairs:>7}{len(found):>7}{len(found) - sum(fn.values()):>6}{sum(fn.values()):>5}")
    print()
    print("  negatives: " + ", ".join(f"{k} {negs[k]}" for k in NEG))
    print("  cross-category pairs: " + "; ".join(f"{a} {b} -> {c} {d}" for a, b, c, d in cross))
    print("  fields filled: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()) if " with " in k))
    if faults:
        print()
        print(f"FAULTS ({len(faults)}):")
        for f in faults[:60]:
            print("  " + f)
        return 1
    print()
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
