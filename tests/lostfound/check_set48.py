#!/usr/bin/env python3
"""Validate tests/lostfound/set48.json against the set brief; exit non-zero on any fault."""
import json
import os
import re
import subprocess
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set48.json")
PFX, PART, SEED = "S48", "set48", 4848
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
SHORT = ("color", "brand", "model", "serial", "address")
MAXMIN = 172800
TARGETED = {"same_cat_color_diff_object", "same_brand_diff_place_time", "found_before_loss",
            "same_model_diff_serial", "diff_amount"}
faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * x for c, x in zip(s[:17], w)) % 11] == s[17].upper()


def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def check_numbers(key, text):
    t = re.sub(r"(?<=\d)[ -](?=\d)", "", text)
    n = {"id": 0, "imei": 0}
    for m in re.finditer(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])", t):
        n["id"] += 1
        if not id_ok(m.group(1)):
            fault("%s: ID number %s has a bad check digit" % (key, m.group(1)))
    for m in re.finditer(r"(?<![0-9A-Za-z])(\d{15})(?![0-9A-Za-z])", t):
        n["imei"] += 1
        if not luhn_ok(m.group(1)):
            fault("%s: IMEI %s fails Luhn" % (key, m.group(1)))
    for m in re.finditer(r"(?<![0-9A-Za-z])(\d{16}|\d{19})(?![0-9A-Za-z])", t):
        fault("%s: a full 16/19-digit number (bank card?) %s" % (key, m.group(1)))
    return n


def common(r, kind):
    k = r.get("key", "?")
    if r.get("category") not in CATS:
        fault("%s: category %r" % (k, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % k)
    for f in SHORT:
        if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60):
            fault("%s: %s empty or longer than 60" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or len(r["marks"]) > 500):
        fault("%s: marks longer than 500" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat without lon or lon without lat" % k)
    if "lat" in r:
        if not (isinstance(r["lat"], (int, float)) and isinstance(r["lon"], (int, float))
                and 18.0 <= r["lat"] <= 53.6 and 73.5 <= r["lon"] <= 135.1):
            fault("%s: lat/lon outside China" % k)
    allowed = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon"}
    allowed |= {"lost_from_min", "lost_to_min", "truth"} if kind == "lost" else {"found_at_min", "negative"}
    extra = set(r) - allowed
    if extra:
        fault("%s: unexpected fields %s" % (k, sorted(extra)))
    n = Counter()
    for f in ("body", "serial", "marks"):
        if f in r:
            n.update(check_numbers(k, str(r[f])))
    return n


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def main():
    with open(PATH, encoding="utf-8") as f:
        data = json.load(f)
    if data.get("seed") != SEED or data.get("made_by") != "tests/lostfound/make_set48.py":
        fault("seed or made_by wrong")
    if set(data) != {"seed", "made_by", "parts"} or set(data.get("parts", {})) != {PART}:
        fault("top-level shape wrong")
    part = data["parts"][PART]
    lost, found = part["lost"], part["found"]
    nums = Counter()
    for i, r in enumerate(lost):
        if r.get("key") != "%s-L%04d" % (PFX, i + 1):
            fault("lost #%d key %r" % (i, r.get("key")))
        nums.update(common(r, "lost"))
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_int(a) and is_int(b) and MAXMIN >= a >= b >= 0):
            fault("%s: loss window %r..%r" % (r["key"], a, b))
        if "truth" not in r:
            fault("%s: no truth field" % r["key"])
    fk = {}
    for i, r in enumerate(found):
        if r.get("key") != "%s-F%04d" % (PFX, i + 1):
            fault("found #%d key %r" % (i, r.get("key")))
        fk[r["key"]] = r
        nums.update(common(r, "found"))
        if not (is_int(r.get("found_at_min")) and 0 <= r["found_at_min"] <= MAXMIN):
            fault("%s: found_at_min %r" % (r["key"], r.get("found_at_min")))
        if "negative" in r and (not isinstance(r["negative"], str) or not r["negative"]):
            fault("%s: empty negative label" % r["key"])
    used = Counter()
    cross = 0
    for r in lost:
        t = r.get("truth")
        if t is None:
            continue
        if t not in fk:
            fault("%s: truth %s is not a found key" % (r["key"], t))
            continue
        used[t] += 1
        f = fk[t]
        if "negative" in f:
            fault("%s: truth %s carries a negative label" % (r["key"], t))
        if f["found_at_min"] > r["lost_from_min"]:
            fault("%s: truth %s found before the loss began" % (r["key"], t))
        if f["category"] != r["category"]:
            cross += 1
    for t, n in used.items():
        if n > 1:
            fault("%s is the truth of %d reports" % (t, n))
    for k, f in fk.items():
        if k not in used and "negative" not in f:
            fault("%s is nobody's truth but has no negative label" % k)
    if cross > 5:
        fault("%d pairs across categories (at most 5)" % cross)
    with_t = sum(1 for r in lost if r["truth"])
    neg = Counter(f["negative"] for f in found if "negative" in f)
    hard = sum(n for k, n in neg.items() if k in TARGETED)
    want = [(len(lost), 260, "lost"), (with_t, 160, "lost with truth"), (len(found), 280, "found"),
            (sum(neg.values()), 120, "negatives")]
    for got, exp, what in want:
        if got != exp:
            fault("%s: %d, expected %d" % (what, got, exp))
    if hard < 70:
        fault("only %d targeted hard negatives (want >= 70)" % hard)
    # determinism: rebuild under two hash seeds and compare with the file
    canon = json.dumps(data, ensure_ascii=False, sort_keys=True)
    for hs in ("0", "4848"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", "import json, make_set48; print(json.dumps(make_set48.build(), ensure_ascii=False, sort_keys=True))"],
                             cwd=HERE, env=env, capture_output=True, text=True)
        if out.returncode != 0 or out.stdout.strip() != canon:
            fault("make_set48.build() under PYTHONHASHSEED=%s differs from set48.json" % hs)

    print("checked %s" % PATH)
    print("  lost: %d (%d with truth, %d never found); found: %d (%d true, %d negative)" % (
        len(lost), with_t, len(lost) - with_t, len(found), len(found) - sum(neg.values()), sum(neg.values())))
    print("  negative labels: " + ", ".join("%s=%d" % kv for kv in sorted(neg.items())) + " (targeted hard: %d)" % hard)
    print("  cross-category pairs: %d; ID numbers checked: %d; IMEIs checked: %d" % (cross, nums["id"], nums["imei"]))
    print("  keys, categories, field lengths, lat/lon pairs, loss windows, truth timing, one truth per item, determinism")
    if faults:
        for m in faults:
            print("FAULT: " + m)
        print("%d fault(s)" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
