#!/usr/bin/env python3
"""Validate set131.json (exit non-zero on any fault) and print what was checked.

Checks: the shape of the file; exact sizes (150 handed-in, 90 never found, 120 hard negatives);
keys; categories; field types and lengths; lat/lon in pairs and inside China; loss windows and
found times in range; every truth exists, is used once, is not a negative and was found at or
after the start of its loss window; every found item is either someone's truth or a labelled
negative; at most 5 cross-category pairs; every 18-character ID number carries a valid GB 11643
check digit; every IMEI a valid Luhn digit; no bare bank-card number (16-19 digits) anywhere;
and that make_set131.py writes the same bytes again under other PYTHONHASHSEEDs.
"""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set131.json")
PFX, PART, SEED = "S131", "set131", 131131
N_MATCH, N_NULL, N_NEG = 150, 90, 120
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
LABELS = {"same_category_colour", "found_before_loss", "same_brand_other_place", "similar_serial",
          "same_place_other_object"}
SHORT = ("color", "brand", "model", "serial", "address")
COMMON = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon"}
LOST_KEYS = COMMON | {"lost_from_min", "lost_to_min", "truth"}
FOUND_KEYS = COMMON | {"found_at_min", "negative"}
MAXMIN = 172800
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    return "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], ID_W)) % 11] == s[17]


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


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def check_common(r, kind, allowed):
    k = r.get("key", "?")
    for f in sorted(set(r) - allowed):
        fault("%s: unknown field %r" % (k, f))
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
    if "lat" in r:
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)):
            fault("%s: lat/lon not numbers" % k)
        elif not (18.0 <= la <= 53.6 and 73.5 <= lo <= 135.1):
            fault("%s: lat/lon outside China" % k)


def check_numbers(r):
    for f in ("body", "serial", "marks", "model", "address", "color", "brand"):
        if isinstance(r.get(f), str):
            check_text(r, r[f])


def check_text(r, t):
    k = r["key"]
    for m in re.finditer(r"(?<![0-9A-Za-z])(\d{17}[\dX])(?![0-9A-Za-z])", t):
        if not id_ok(m.group(1)):
            fault("%s: ID number %s has a wrong check digit" % (k, m.group(1)))
    # IMEIs: wherever written, with spaces or hyphens
    for m in re.finditer(r"(?<![0-9])(\d[\d \-]{13,22}\d)(?![0-9])", t):
        d = re.sub(r"[ \-]", "", m.group(1))
        if len(d) == 15 and r["category"] == "phone" and not luhn_ok(d):
            fault("%s: IMEI %s fails Luhn" % (k, d))
    for m in re.finditer(r"(?<![0-9])(\d{16,19}[Xx]?)(?![0-9])", t.replace(" ", "")):
        s = m.group(1)
        if len(s) == 18 and id_ok(s.upper()):
            continue
        fault("%s: bare long number %s (bank cards only as tails or masks)" % (k, s))
    for m in re.finditer(r"(?<![0-9])(\d{4} \d{4} \d{4} \d{4,7})(?![0-9])", t):
        d = m.group(1).replace(" ", "")
        if len(d) != 15:
            fault("%s: spaced card-like number %s" % (k, m.group(1)))


def main():
    with open(PATH, "rb") as fh:
        raw = fh.read()
    data = json.loads(raw.decode("utf-8"))
    if data.get("seed") != SEED:
        fault("seed is not %d" % SEED)
    if data.get("made_by") != "tests/lostfound/make_set131.py":
        fault("made_by is wrong")
    if sorted(data.get("parts", {})) != [PART]:
        fault("parts must hold exactly %s" % PART)
    part = data["parts"][PART]
    lost, found = part["lost"], part["found"]
    print("file: %s (%d bytes)" % (PATH, len(raw)))
    print("lost reports: %d, found items: %d" % (len(lost), len(found)))
    if len(lost) != N_MATCH + N_NULL:
        fault("expected %d lost reports" % (N_MATCH + N_NULL))
    if len(found) != N_MATCH + N_NEG:
        fault("expected %d found items" % (N_MATCH + N_NEG))
    lk = [r.get("key") for r in lost]
    fk = [r.get("key") for r in found]
    if lk != ["%s-L%04d" % (PFX, i + 1) for i in range(len(lost))]:
        fault("lost keys are not %s-L0001 … in order" % PFX)
    if fk != ["%s-F%04d" % (PFX, i + 1) for i in range(len(found))]:
        fault("found keys are not %s-F0001 … in order" % PFX)
    F = {r["key"]: r for r in found}
    for r in lost:
        check_common(r, "lost", LOST_KEYS)
        k = r["key"]
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_int(a) and is_int(b) and MAXMIN >= a >= b >= 0):
            fault("%s: need %d >= lost_from_min >= lost_to_min >= 0" % (k, MAXMIN))
        if "truth" not in r:
            fault("%s: truth missing (null when never found)" % k)
        check_numbers(r)
    for r in found:
        check_common(r, "found", FOUND_KEYS)
        k = r["key"]
        m = r.get("found_at_min")
        if not (is_int(m) and 0 <= m <= MAXMIN):
            fault("%s: found_at_min out of 0..%d" % (k, MAXMIN))
        if "negative" in r and r["negative"] not in LABELS:
            fault("%s: unknown negative label %r" % (k, r["negative"]))
        check_numbers(r)
    truths = [r["truth"] for r in lost if r.get("truth") is not None]
    n_null = sum(1 for r in lost if r.get("truth") is None)
    print("handed in: %d, never found: %d" % (len(truths), n_null))
    if len(truths) != N_MATCH or n_null != N_NULL:
        fault("expected %d handed-in and %d never-found lost reports" % (N_MATCH, N_NULL))
    dup = [k for k, n in collections.Counter(truths).items() if n > 1]
    if dup:
        fault("found items that are the truth of more than one report: %s" % sorted(dup))
    cross = 0
    for r in lost:
        t = r.get("truth")
        if t is None:
            continue
        if t not in F:
            fault("%s: truth %s does not exist" % (r["key"], t))
            continue
        f = F[t]
        if "negative" in f:
            fault("%s: truth %s carries a negative label" % (r["key"], t))
        if is_int(f.get("found_at_min")) and is_int(r.get("lost_from_min")) and f["found_at_min"] > r["lost_from_min"]:
            fault("%s: its truth %s was found before the loss began" % (r["key"], t))
        if f["category"] != r["category"]:
            cross += 1
    print("cross-category pairs: %d (at most 5)" % cross)
    if cross > 5:
        fault("more than 5 cross-category pairs")
    tset = set(truths)
    negs = collections.Counter()
    for r in found:
        if r["key"] in tset:
            continue
        if "negative" not in r:
            fault("%s: neither someone's truth nor a labelled negative" % r["key"])
        else:
            negs[r["negative"]] += 1
    print("negatives: %d %s" % (sum(negs.values()), dict(sorted(negs.items()))))
    if sum(negs.values()) != N_NEG:
        fault("expected %d negatives" % N_NEG)
    cl = collections.Counter(r["category"] for r in lost)
    cf = collections.Counter(r["category"] for r in found)
    print("lost by category: %s" % dict(sorted(cl.items())))
    print("found by category: %s" % dict(sorted(cf.items())))
    fields = collections.Counter()
    for r in lost + found:
        for f in ("color", "brand", "model", "serial", "marks", "address", "lat"):
            if f in r:
                fields[f] += 1
    print("optional fields filled (of %d records): %s" % (len(lost) + len(found), dict(sorted(fields.items()))))
    # same bytes again, under other hash seeds
    maker = os.path.join(HERE, "make_set131.py")
    with tempfile.TemporaryDirectory() as td:
        for hs in ("0", "1", "4242"):
            out = os.path.join(td, "again_%s.json" % hs)
            env = dict(os.environ, PYTHONHASHSEED=hs)
            subprocess.run([sys.executable, maker, out], check=True, env=env)
            with open(out, "rb") as fh:
                if fh.read() != raw:
                    fault("make_set131.py output differs under PYTHONHASHSEED=%s" % hs)
    print("regenerated under PYTHONHASHSEED=0,1,4242: %s" % ("identical" if not any("differs" in f for f in faults)
                                                               else "DIFFERENT"))
    if faults:
        print("\n%d FAULT(S):" % len(faults))
        for f in faults[:200]:
            print("  " + f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
