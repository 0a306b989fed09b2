#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Checks tests/lostfound/set110.json: shape, counts, keys, truth links, times, coordinates,
field lengths, and the check digits of every IMEI (Luhn) and ID number (GB 11643) written in it.
Exits 1 on any fault.   PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 tests/lostfound/check_set110.py"""

import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set110.json") if len(sys.argv) < 2 else sys.argv[1]
SEED, PFX, PART = 1101019, "S110", "set110"
N_PAIRS, N_LOST_ONLY, N_NEG = 150, 90, 120
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
NEG_KINDS = {"near_twin", "near_twin_unstated", "same_category_colour", "found_before_loss",
             "same_brand_elsewhere", "card_tail_clash"}
SHORT = ("color", "brand", "model", "serial", "address")
COMMON = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon"}
MAXMIN = 172800

faults = []


def fault(msg):
    faults.append(msg)


def luhn_ok(n):
    s = 0
    for i, ch in enumerate(reversed(n)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_ok(n):
    return "10X98765432"[sum(int(a) * b for a, b in zip(n[:17], W)) % 11] == n[17].upper()


RUN = re.compile(r"(?<![0-9A-Za-z])(\d+(?:[ -]\d+)*[Xx]?)(?![0-9A-Za-z])")
MASKED_ID = re.compile(r"(?<![0-9A-Za-z*])(\d{3,6}\*{8,11}\d{3}[\dXx])(?![0-9A-Za-z*])")
seen_imei, seen_id, seen_masked = set(), set(), set()


def scan_numbers(key, text):
    for m in RUN.finditer(text):
        raw = m.group(1)
        dig = re.sub(r"[ -]", "", raw)
        if len(dig) == 15 and dig.isdigit():
            if not luhn_ok(dig):
                fault("%s: IMEI-like number %r fails Luhn" % (key, raw))
            seen_imei.add(dig)
        elif len(dig) == 18 and dig[:17].isdigit():
            if not id_ok(dig):
                fault("%s: 18-character number %r fails the GB 11643 check digit" % (key, raw))
            seen_id.add(dig)
        elif dig.isdigit() and len(dig) in (16, 17, 19):
            fault("%s: %d-digit run %r looks like a full bank card" % (key, len(dig), raw))
        elif dig[-1:] in "Xx" and len(dig) != 18 and len(dig) > 10:
            fault("%s: odd ID-like run %r" % (key, raw))
    for m in MASKED_ID.finditer(text):
        if len(m.group(1)) != 18:
            fault("%s: masked ID %r is not 18 characters" % (key, m.group(1)))
        seen_masked.add(m.group(1))


def check_common(r, kind):
    k = r.get("key", "?")
    if not isinstance(k, str) or not re.fullmatch(r"%s-%s\d{4}" % (PFX, kind), k):
        fault("bad key %r" % k)
    if r.get("category") not in CATS:
        fault("%s: category %r" % (k, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or over 600" % k)
    for f in SHORT:
        if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60):
            fault("%s: field %s empty or over 60" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
        fault("%s: marks empty or over 500" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat without lon or lon without lat" % k)
    if "lat" in r:
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)):
            fault("%s: lat/lon not numbers" % k)
        elif not (18.0 <= la <= 54.0 and 73.0 <= lo <= 135.0):
            fault("%s: lat/lon outside China" % k)
    for f in ("body", "marks") + SHORT:
        if isinstance(r.get(f), str):
            scan_numbers(k, r[f])


def is_min(v):
    return isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= MAXMIN


def main():
    with open(PATH, encoding="utf-8") as fh:
        raw = fh.read()
    d = json.loads(raw)
    if not raw.endswith("\n"):
        fault("file does not end with a newline")
    if set(d) != {"seed", "made_by", "parts"}:
        fault("top-level keys %r" % sorted(d))
    if d.get("seed") != SEED:
        fault("seed %r" % d.get("seed"))
    if d.get("made_by") != "tests/lostfound/make_set110.py":
        fault("made_by %r" % d.get("made_by"))
    if list(d.get("parts", {})) != [PART]:
        fault("parts %r" % list(d.get("parts", {})))
    part = d["parts"][PART]
    if set(part) != {"found", "lost"}:
        fault("part keys %r" % sorted(part))
    found, lost = part["found"], part["lost"]

    fk = [r.get("key") for r in found]
    lk = [r.get("key") for r in lost]
    if fk != ["%s-F%04d" % (PFX, i + 1) for i in range(len(found))]:
        fault("found keys are not S110-F0001.. in order")
    if lk != ["%s-L%04d" % (PFX, i + 1) for i in range(len(lost))]:
        fault("lost keys are not S110-L0001.. in order")
    fmap = {r["key"]: r for r in found}

    for r in found:
        check_common(r, "F")
        extra = set(r) - COMMON - {"found_at_min", "negative"}
        if extra:
            fault("%s: unknown fields %r" % (r["key"], sorted(extra)))
        if not is_min(r.get("found_at_min")):
            fault("%s: found_at_min %r" % (r["key"], r.get("found_at_min")))
        if "negative" in r and r["negative"] not in NEG_KINDS:
            fault("%s: negative label %r" % (r["key"], r["negative"]))

    used = collections.Counter()
    cross = 0
    for r in lost:
        check_common(r, "L")
        k = r["key"]
        extra = set(r) - COMMON - {"lost_from_min", "lost_to_min", "truth"}
        if extra:
            fault("%s: unknown fields %r" % (k, sorted(extra)))
        lf, lt = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_min(lf) and is_min(lt) and lf >= lt):
            fault("%s: loss window %r..%r" % (k, lf, lt))
        if "truth" not in r:
            fault("%s: no truth field" % k)
            continue
        t = r["truth"]
        if t is None:
            continue
        if t not in fmap:
            fault("%s: truth %r is not a found key" % (k, t))
            continue
        f = fmap[t]
        used[t] += 1
        if "negative" in f:
            fault("%s: truth %s is labelled negative" % (k, t))
        if is_min(lf) and is_min(f.get("found_at_min")) and f["found_at_min"] > lf:
            fault("%s: its found item %s was found before the loss began" % (k, t))
        if f["category"] != r["category"]:
            cross += 1
    for t, n in used.items():
        if n > 1:
            fault("%s is the truth of %d reports" % (t, n))
    orphans = [r["key"] for r in found if "negative" not in r and r["key"] not in used]
    if orphans:
        fault("found items neither truth nor negative: %s" % orphans[:5])
    if cross > 5:
        fault("%d cross-category pairs (max 5)" % cross)

    n_pairs = sum(1 for r in lost if r.get("truth"))
    n_only = sum(1 for r in lost if r.get("truth") is None)
    negs = collections.Counter(r["negative"] for r in found if "negative" in r)
    if n_pairs != N_PAIRS:
        fault("pairs %d, expected %d" % (n_pairs, N_PAIRS))
    if n_only != N_LOST_ONLY:
        fault("lost-only %d, expected %d" % (n_only, N_LOST_ONLY))
    if sum(negs.values()) != N_NEG:
        fault("negatives %d, expected %d" % (sum(negs.values()), N_NEG))
    if len(found) != N_PAIRS + N_NEG:
        fault("found %d, expected %d" % (len(found), N_PAIRS + N_NEG))
    if not seen_imei or not seen_id:
        fault("no IMEI or no ID number was checked (%d, %d)" % (len(seen_imei), len(seen_id)))

    cat_pairs = collections.Counter(r["category"] for r in lost if r.get("truth"))
    cat_only = collections.Counter(r["category"] for r in lost if r.get("truth") is None)
    cat_neg = collections.Counter(r["category"] for r in found if "negative" in r)
    print("checked %s" % PATH)
    print("  lost %d (pairs %d, never handed in %d); found %d (true %d, negatives %d); cross-category pairs %d"
          % (len(lost), n_pairs, n_only, len(found), len(found) - sum(negs.values()), sum(negs.values()), cross))
    print("  negatives: " + ", ".join("%s %d" % kv for kv in sorted(negs.items())))
    print("  %-12s %6s %10s %9s" % ("category", "pairs", "lost-only", "negatives"))
    for c in sorted(CATS):
        print("  %-12s %6d %10d %9d" % (c, cat_pairs[c], cat_only[c], cat_neg[c]))
    print("  check digits: %d IMEIs (Luhn), %d full ID numbers (GB 11643), %d masked IDs (length)"
          % (len(seen_imei), len(seen_id), len(seen_masked)))
    print("  keys, fields, lengths, coordinates, windows, truth links, found-after-loss: checked")
    if faults:
        for f in faults[:50]:
            print("FAULT:", f)
        print("%d fault(s)" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
