#!/usr/bin/env python3
"""check_set118.py: validates tests/lostfound/set118.json against the brief.
Exits non-zero on any fault and prints what it checked."""
import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set118.json")
SEED = 118118
PART = "set118"
PFX = "S118"
N_LOST, N_TRUE, N_NULL = 240, 150, 90
N_FOUND, N_NEG = 270, 120
NEG_KINDS = {"same_category_colour": 30, "found_before_loss": 30, "same_brand_other_place_time": 30, "near_twin": 30}
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
SHORT = ("color", "brand", "model", "serial", "address")
MAXMIN = 172800
LOST_FIELDS = {"key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon",
               "lost_from_min", "lost_to_min", "truth"}
FOUND_FIELDS = {"key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon",
                "found_at_min", "negative"}
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

faults = []
checked = []


def fault(msg):
    faults.append(msg)


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def id_ok(s):
    s = s.upper()
    return "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], ID_W)) % 11] == s[17]


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def common(r, kind):
    k = r.get("key")
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (k, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % k)
    for f in SHORT:
        if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60):
            fault("%s: field %s empty, not text or longer than 60" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat and lon must come together" % k)
    if "lat" in r:
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)):
            fault("%s: lat/lon not numbers" % k)
        elif not (18.0 <= la <= 53.6 and 73.5 <= lo <= 135.1):
            fault("%s: lat/lon outside China" % k)
    extra = set(r) - (LOST_FIELDS if kind == "lost" else FOUND_FIELDS)
    if extra:
        fault("%s: unexpected fields %s" % (k, sorted(extra)))
    # numbers written anywhere must be well formed
    text = " ".join(str(r.get(f, "")) for f in ("body", "serial", "marks"))
    for m in re.finditer(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])", text):
        if not id_ok(m.group(1)):
            fault("%s: ID number %s fails GB 11643 check digit" % (k, m.group(1)))
    squeezed = re.sub(r"(?<=\d)[ \-](?=\d)", "", text)
    for m in re.finditer(r"(?<!\d)(86\d{13})(?!\d)", squeezed):
        if not luhn_ok(m.group(1)):
            fault("%s: IMEI %s fails Luhn" % (k, m.group(1)))
    for m in re.finditer(r"(?<!\d)(62\d{14,17})(?!\d)", squeezed):
        fault("%s: full bank card number %s (only tails or masks allowed)" % (k, m.group(1)))


def main():
    raw = open(PATH, encoding="utf-8").read()
    d = json.loads(raw)
    if d.get("seed") != SEED:
        fault("seed is not %d" % SEED)
    if d.get("made_by") != "tests/lostfound/make_set118.py":
        fault("made_by wrong")
    if set(d.get("parts", {})) != {PART}:
        fault("parts must hold exactly %s" % PART)
    p = d["parts"][PART]
    if set(p) != {"found", "lost"}:
        fault("part must hold found and lost")
    lost, found = p["lost"], p["found"]
    checked.append("top level: seed, made_by, one part with found and lost")

    # keys
    lk = [r.get("key") for r in lost]
    fk = [r.get("key") for r in found]
    if lk != ["%s-L%04d" % (PFX, i) for i in range(1, len(lost) + 1)]:
        fault("lost keys not %s-L0001.. in order" % PFX)
    if fk != ["%s-F%04d" % (PFX, i) for i in range(1, len(found) + 1)]:
        fault("found keys not %s-F0001.. in order" % PFX)
    if len(set(lk)) != len(lk) or len(set(fk)) != len(fk):
        fault("duplicate keys")
    checked.append("keys unique and numbered (%d lost, %d found)" % (len(lk), len(fk)))

    # counts
    if len(lost) != N_LOST:
        fault("lost count %d != %d" % (len(lost), N_LOST))
    if len(found) != N_FOUND:
        fault("found count %d != %d" % (len(found), N_FOUND))
    n_true = sum(1 for r in lost if r.get("truth") is not None)
    if n_true != N_TRUE or len(lost) - n_true != N_NULL:
        fault("truth counts %d/%d != %d/%d" % (n_true, len(lost) - n_true, N_TRUE, N_NULL))
    negc = Counter(r["negative"] for r in found if "negative" in r)
    if sum(negc.values()) != N_NEG or dict(negc) != NEG_KINDS:
        fault("negative counts %s != %s" % (dict(negc), NEG_KINDS))
    checked.append("counts: %d lost (%d true, %d never handed in), %d found (%d negatives: %s)" % (
        len(lost), n_true, len(lost) - n_true, len(found), sum(negc.values()),
        ", ".join("%s %d" % kv for kv in sorted(negc.items()))))

    # fields
    for r in lost:
        common(r, "lost")
        lf, lt = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_int(lf) and is_int(lt) and MAXMIN >= lf >= lt >= 0):
            fault("%s: lost window %r..%r invalid" % (r.get("key"), lf, lt))
        if "truth" not in r:
            fault("%s: truth missing" % r.get("key"))
    for r in found:
        common(r, "found")
        fa = r.get("found_at_min")
        if not (is_int(fa) and 0 <= fa <= MAXMIN):
            fault("%s: found_at_min %r invalid" % (r.get("key"), fa))
        if "negative" in r and (not isinstance(r["negative"], str) or r["negative"] not in NEG_KINDS):
            fault("%s: unknown negative label %r" % (r.get("key"), r["negative"]))
    checked.append("fields: categories, body<=600, short fields<=60, marks<=500, lat/lon pairs in China, "
                   "windows 0<=to<=from<=%d, found_at in range, no stray fields" % MAXMIN)
    checked.append("numbers: 18-digit IDs carry GB 11643 check digits, 86-IMEIs pass Luhn, no full bank card numbers")

    # truth links
    F = {r["key"]: r for r in found}
    used = Counter()
    cross = 0
    for r in lost:
        t = r.get("truth")
        if t is None:
            continue
        if t not in F:
            fault("%s: truth %s is not a found key" % (r["key"], t))
            continue
        used[t] += 1
        f = F[t]
        if "negative" in f:
            fault("%s: truth %s is labelled negative" % (r["key"], t))
        if f["found_at_min"] > r["lost_from_min"]:
            fault("%s: truth %s found before the loss began" % (r["key"], t))
        if f["category"] != r["category"]:
            cross += 1
    for k, n in used.items():
        if n > 1:
            fault("%s is the truth of %d reports" % (k, n))
    for r in found:
        if r["key"] not in used and "negative" not in r:
            fault("%s: nobody's truth but has no negative label" % r["key"])
    if cross > 5:
        fault("%d pairs under different categories (max 5)" % cross)
    checked.append("truth: each points at an unlabelled found item, found at or after loss start, used once; "
                   "%d pairs cross categories (<=5); every other found item is labelled" % cross)

    # found-before-loss negatives must predate some same-category loss window
    for r in found:
        if r.get("negative") == "found_before_loss":
            if not any(l["category"] == r["category"] and l["lost_from_min"] < r["found_at_min"] for l in lost):
                fault("%s: found_before_loss but no same-category loss begins after it" % r["key"])
    checked.append("found_before_loss negatives predate a same-category loss window")

    # determinism: rebuild under two hash seeds and compare bytes
    code = ("import sys, json, hashlib; sys.path.insert(0, %r); import make_set118 as m; "
            "s = json.dumps(m.build(), ensure_ascii=False, indent=1) + '\\n'; "
            "print(hashlib.sha256(s.encode('utf-8')).hexdigest())" % HERE)
    want = hashlib.sha256(raw.encode("utf-8")).hexdigest()
    for hs in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
        if out.returncode != 0 or out.stdout.strip() != want:
            fault("rebuild under PYTHONHASHSEED=%s differs from set118.json %s" % (hs, out.stderr[-300:]))
    checked.append("determinism: rebuilt twice (PYTHONHASHSEED=0, 4242), identical to the file")

    cats = Counter(r["category"] for r in lost)
    checked.append("lost by category: " + ", ".join("%s %d" % kv for kv in sorted(cats.items())))
    for c in checked:
        print("checked:", c)
    if faults:
        for f in faults[:50]:
            print("FAULT:", f)
        print("%d fault(s)" % len(faults))
        sys.exit(1)
    print("set118 OK")


if __name__ == "__main__":
    main()
