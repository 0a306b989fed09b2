#!/usr/bin/env python3
"""Validate tests/lostfound/set92.json; exit non-zero on any fault.

Checks the file format the brief asks for, the labels (truth keys, negatives, timing), the
numbers written in the texts (GB 11643 check digits, Luhn IMEIs, no full bank card numbers),
that make_set92.py reproduces the file byte for byte under several PYTHONHASHSEED values, and
re-runs the writer's honesty audit on the hidden records.
Run from the worktree root:  python3 tests/lostfound/check_set92.py
"""
import hashlib
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # leave no __pycache__ behind
sys.path.insert(0, HERE)
PATH = os.path.join(HERE, "set92.json")
SEED, PFX, PART = 9292, "S92", "set92"
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
LABELS = {"near_twin", "found_before_loss", "same_brand_elsewhere", "same_category_colour"}
SHORT = ("color", "brand", "model", "serial", "address")
COMMON = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon"}
LOST_KEYS = COMMON | {"lost_from_min", "lost_to_min", "truth"}
FOUND_KEYS = COMMON | {"found_at_min", "negative"}
WANT = {"pairs": 150, "never": 90, "negatives": (110, 130)}
MAX_MIN = 172800

faults = []


def fault(msg):
    faults.append(msg)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def id_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * x for c, x in zip(s[:17], w)) % 11] == s[17]


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def check_record(r, side):
    k = r.get("key", "?")
    allowed = LOST_KEYS if side == "lost" else FOUND_KEYS
    for f in sorted(set(r) - allowed):
        fault("%s: unknown field %s" % (k, f))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (k, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % k)
    for f in SHORT:
        if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60):
            fault("%s: %s empty or longer than 60" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat without lon or lon without lat" % k)
    if "lat" in r and "lon" in r:
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (la, lo)) \
                or not (18.0 <= la <= 53.6 and 73.5 <= lo <= 135.1):
            fault("%s: lat/lon not a point in China" % k)
    if side == "lost":
        a, z = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_int(a) and is_int(z) and MAX_MIN >= a >= z >= 0):
            fault("%s: need lost_from_min >= lost_to_min >= 0, at most %d" % (k, MAX_MIN))
        if "truth" not in r:
            fault("%s: no truth field" % k)
    else:
        t = r.get("found_at_min")
        if not (is_int(t) and 0 <= t <= MAX_MIN):
            fault("%s: found_at_min out of 0..%d" % (k, MAX_MIN))
        if "negative" in r and r["negative"] not in LABELS:
            fault("%s: unknown negative label %r" % (k, r["negative"]))


def check_numbers(r):
    text = " ".join(str(r.get(f, "")) for f in ("body", "serial", "marks"))
    for m in re.finditer(r"(?<![0-9A-Za-z*])(\d{17}[\dX])(?![0-9A-Za-z])", text):
        if not id_ok(m.group(1)):
            fault("%s: ID number %s fails its GB 11643 check digit" % (r["key"], m.group(1)))
    for m in re.finditer(r"(?<![0-9A-Za-z*])(\d[\d -]{12,24}\d)(?![0-9A-Za-z*])", text):
        d = re.sub(r"[ -]", "", m.group(1))
        if len(d) == 15 and not luhn_ok(d):
            fault("%s: IMEI %s fails Luhn" % (r["key"], d))
        if len(d) in (16, 19) and d[:2] == "62":
            fault("%s: a full bank card number %s" % (r["key"], d))


def reproduce():
    """make_set92.build() under several hash seeds must give this very file."""
    with open(PATH, "rb") as fh:
        want = hashlib.sha256(fh.read()).hexdigest()
    code = ("import sys,hashlib; sys.path.insert(0, %r); import make_set92 as m; "
            "print(hashlib.sha256(m.dump(m.build()[0]).encode('utf-8')).hexdigest())" % HERE)
    for hs in ("0", "1", "4242", "random"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-B", "-c", code], env=env, capture_output=True, text=True)
        if out.returncode != 0 or out.stdout.strip() != want:
            fault("make_set92.py does not reproduce set92.json under PYTHONHASHSEED=%s" % hs)
    return want


def audit():
    """The writer's own honesty audit, re-run on its hidden records."""
    import make_set92
    from set92_audit import contradictions, linked
    _, info = make_set92.build()
    lost, found = info["lost"], info["found"]
    n = 0
    for li, l in enumerate(lost):
        for fi, f in enumerate(found):
            c = contradictions(f["said"], l["said"])
            if l["pair"] == fi:
                if c or not linked(f["said"], l["said"]):
                    fault("audit: true pair lost#%d/found#%d contradicts itself or shares too little" % (li, fi))
            elif not c:
                fault("audit: lost#%d and found#%d cannot be told apart" % (li, fi))
            n += 1
    return n


def main():
    with open(PATH, encoding="utf-8") as fh:
        data = json.load(fh)
    if data.get("seed") != SEED or data.get("made_by") != "tests/lostfound/make_set92.py":
        fault("seed or made_by wrong")
    if sorted(data.get("parts", {})) != [PART]:
        fault("parts must hold exactly %s" % PART)
    part = data["parts"][PART]
    lost, found = part.get("lost", []), part.get("found", [])
    for side, recs, letter in (("lost", lost, "L"), ("found", found, "F")):
        keys = [r.get("key") for r in recs]
        if keys != ["%s-%s%04d" % (PFX, letter, i + 1) for i in range(len(recs))]:
            fault("%s keys are not %s-%s0001.. in order" % (side, PFX, letter))
        for r in recs:
            check_record(r, side)
            check_numbers(r)
    fk = {f["key"]: f for f in found}
    truths = [l["truth"] for l in lost if l.get("truth") is not None]
    for l in lost:
        t = l.get("truth")
        if t is None:
            continue
        if t not in fk:
            fault("%s: truth %s is not a found key" % (l["key"], t))
            continue
        if fk[t]["found_at_min"] > l["lost_from_min"]:
            fault("%s: its found item %s was found before the loss began" % (l["key"], t))
        if "negative" in fk[t]:
            fault("%s: its found item %s carries a negative label" % (l["key"], t))
    if len(truths) != len(set(truths)):
        fault("a found item is the truth of two reports")
    for f in found:
        if f["key"] not in set(truths) and "negative" not in f:
            fault("%s: nobody's truth but has no negative label" % f["key"])
    cross = sum(1 for l in lost if l.get("truth") in fk and fk[l["truth"]]["category"] != l["category"])
    if cross > 5:
        fault("%d pairs under different categories (at most 5)" % cross)
    negs = {}
    for f in found:
        if "negative" in f:
            negs[f["negative"]] = negs.get(f["negative"], 0) + 1
    nn = sum(negs.values())
    if len(truths) != WANT["pairs"] or len(lost) - len(truths) != WANT["never"] \
            or not WANT["negatives"][0] <= nn <= WANT["negatives"][1]:
        fault("size: %d pairs, %d never found, %d negatives" % (len(truths), len(lost) - len(truths), nn))
    digest = reproduce()
    pairs_checked = audit()
    print("checked %s (sha256 %s…)" % (os.path.relpath(PATH), digest[:12]))
    print("  %d lost reports (%d with a true found item, %d never found), %d found items (%d negatives: %s)" % (
        len(lost), len(truths), len(lost) - len(truths), len(found), nn,
        ", ".join("%s %d" % kv for kv in sorted(negs.items()))))
    print("  %d pairs filed under different categories" % cross)
    print("  fields, lengths, categories, keys, lat/lon, loss windows, found times, truth links, labels")
    print("  ID check digits, IMEI Luhn digits, no full bank card numbers in any text")
    print("  byte-identical rebuild under PYTHONHASHSEED 0, 1, 4242, random")
    print("  honesty audit over %d (found, lost) combinations" % pairs_checked)
    if faults:
        for f in faults[:50]:
            print("FAULT:", f)
        print("%d fault(s)" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
