#!/usr/bin/env python3
"""Validate tests/lostfound/set127.json against the rules of BRIEF-issue-worded.md.
Exit status 1 on any fault; prints what was checked."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set127.json")
PFX, PART, SEED = "S127", "set127", 127127
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
NEG = {"same_category_colour", "found_before_loss", "same_brand_elsewhere", "near_twin"}
SIZES = {"pairs": 150, "unreturned": 90, "negatives": 120}
MAXMIN = 172800
COMMON = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon"}
LOST_F = COMMON | {"lost_from_min", "lost_to_min", "truth"}
FOUND_F = COMMON | {"found_at_min", "negative"}
faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], w)) % 11] == s[17].upper()


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def check_common(r, kind, keyre):
    k = r.get("key")
    if not isinstance(k, str) or not re.fullmatch(keyre, k):
        fault("%s: bad key %r" % (kind, k))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (k, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body empty or longer than 600" % k)
    for f in ("color", "brand", "model", "serial", "address"):
        if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60):
            fault("%s: field %s empty, not text or longer than 60" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat without lon or lon without lat" % k)
    if "lat" in r and "lon" in r:
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)) \
                or not (18.0 <= la <= 53.6 and 73.5 <= lo <= 135.1):
            fault("%s: lat/lon not inside China: %r %r" % (k, la, lo))
    text = " ".join(str(r.get(f, "")) for f in ("body", "serial", "marks"))
    # every full 18-digit ID number carries a valid GB 11643 check digit
    for m in re.findall(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])", text):
        if not id_ok(m):
            fault("%s: ID number %s has a wrong check digit" % (k, m))
    # every full IMEI (15 digits, maybe grouped by spaces or dashes) passes Luhn
    for m in re.findall(r"(?<![0-9])(\d[\d \-]{13,22}\d)(?![0-9])", text):
        d = re.sub(r"[ \-]", "", m)
        if len(d) == 15 and not luhn_ok(d):
            fault("%s: 15-digit number %s fails Luhn" % (k, m))
        if 16 <= len(d) <= 19 and not (len(d) == 18 and id_ok(d)):
            fault("%s: looks like a full bank card number: %s" % (k, m))


def main():
    try:
        with open(PATH, encoding="utf-8") as fh:
            data = json.load(fh)
    except Exception as e:   # noqa: BLE001
        print("FAULT: cannot read %s: %s" % (PATH, e))
        return 1
    if data.get("seed") != SEED:
        fault("seed is %r, not %d" % (data.get("seed"), SEED))
    if data.get("made_by") != "tests/lostfound/make_set127.py":
        fault("made_by is %r" % data.get("made_by"))
    if set(data) != {"seed", "made_by", "parts"} or set(data.get("parts", {})) != {PART}:
        fault("top level must be seed, made_by, parts{%s}" % PART)
    part = data.get("parts", {}).get(PART, {})
    if set(part) != {"found", "lost"}:
        fault("part must hold found and lost")
    found, lost = part.get("found", []), part.get("lost", [])
    fk = [r.get("key") for r in found]
    lk = [r.get("key") for r in lost]
    if len(set(fk)) != len(fk) or len(set(lk)) != len(lk):
        fault("duplicate keys")
    if fk != ["%s-F%04d" % (PFX, i + 1) for i in range(len(found))]:
        fault("found keys are not %s-F0001 .. in order" % PFX)
    if lk != ["%s-L%04d" % (PFX, i + 1) for i in range(len(lost))]:
        fault("lost keys are not %s-L0001 .. in order" % PFX)
    fby = {r.get("key"): r for r in found}
    for r in found:
        check_common(r, "found", r"%s-F\d{4}" % PFX)
        extra = set(r) - FOUND_F
        if extra:
            fault("%s: unknown fields %s" % (r.get("key"), sorted(extra)))
        if not is_int(r.get("found_at_min")) or not 0 <= r["found_at_min"] <= MAXMIN:
            fault("%s: found_at_min missing or outside 0..%d" % (r.get("key"), MAXMIN))
        if "negative" in r and r["negative"] not in NEG:
            fault("%s: unknown negative label %r" % (r.get("key"), r["negative"]))
    used = {}
    cross = 0
    for r in lost:
        k = r.get("key")
        check_common(r, "lost", r"%s-L\d{4}" % PFX)
        extra = set(r) - LOST_F
        if extra:
            fault("%s: unknown fields %s" % (k, sorted(extra)))
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_int(a) and is_int(b) and MAXMIN >= a >= b >= 0):
            fault("%s: need %d >= lost_from_min >= lost_to_min >= 0, got %r %r" % (k, MAXMIN, a, b))
        if "truth" not in r:
            fault("%s: no truth field" % k)
            continue
        t = r["truth"]
        if t is None:
            continue
        if t not in fby:
            fault("%s: truth %r is not a found key" % (k, t))
            continue
        if t in used:
            fault("%s: found item %s is already the truth of %s" % (k, t, used[t]))
        used[t] = k
        f = fby[t]
        if "negative" in f:
            fault("%s: its truth %s is labelled negative" % (k, t))
        if is_int(a) and is_int(f.get("found_at_min")) and f["found_at_min"] > a:
            fault("%s: truth %s was found before the loss window began" % (k, t))
        if f.get("category") != r.get("category"):
            cross += 1
    if cross > 5:
        fault("%d pairs under different categories (at most 5)" % cross)
    for r in found:
        if r.get("key") not in used and "negative" not in r:
            fault("%s: nobody's truth but carries no negative label" % r.get("key"))
    # a found_before_loss negative must really be found before some same-category loss began
    for r in found:
        if r.get("negative") == "found_before_loss":
            if not any(l.get("category") == r.get("category") and l.get("lost_from_min", 0) < r["found_at_min"]
                       for l in lost):
                fault("%s: found_before_loss but no same-category loss starts after it" % r.get("key"))
    n_pairs = len(used)
    n_unret = sum(1 for r in lost if r.get("truth") is None)
    n_neg = sum(1 for r in found if "negative" in r)
    got = {"pairs": n_pairs, "unreturned": n_unret, "negatives": n_neg}
    for name, want in SIZES.items():
        if got[name] != want:
            fault("%s: %d, wanted %d" % (name, got[name], want))
    if len(found) != n_pairs + n_neg:
        fault("found items %d != pairs + negatives %d" % (len(found), n_pairs + n_neg))
    negc = {}
    for r in found:
        if "negative" in r:
            negc[r["negative"]] = negc.get(r["negative"], 0) + 1
    print("checked %s: %d found, %d lost; %d true pairs (%d across categories), %d never handed in, "
          "%d negatives %s" % (PATH, len(found), len(lost), n_pairs, cross, n_unret, n_neg,
                               json.dumps(dict(sorted(negc.items())))))
    print("rules: keys, categories, field lengths, lat/lon in China, loss windows, found_at range, "
          "truth links one-to-one, true items found at or after the loss began, negative labels, "
          "ID check digits, IMEI Luhn, no full bank card numbers, sizes")
    if faults:
        for m in faults:
            print("FAULT:", m)
        print("%d fault(s)" % len(faults))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
