#!/usr/bin/env python3
"""Validate tests/lostfound/set130.json against the brief's rules; exit 1 on any fault."""
import collections
import json
import os
import re
import sys

PFX, PART, SEED = "S130", "set130", 130130
WANT = {"true": 150, "none": 90, "negatives": 120}
NEG_LABELS = {"near_twin", "found_before_loss", "same_cat_color", "same_brand_elsewhere"}
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
SHORT = ("color", "brand", "model", "serial", "address")
LOST_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
             "lost_from_min", "lost_to_min", "truth"}
FOUND_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
              "found_at_min", "negative"}
MAXMIN = 172800

faults = []


def fault(msg):
    faults.append(msg)


def gb_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], w)) % 11] == s[17].upper()


def luhn_ok(s):
    tot = 0
    for i, d in enumerate(reversed(s)):
        d = int(d)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


RUN = re.compile(r"(?<![0-9A-Za-z])\d(?:[ -]?\d){11,}(?:[ -]?[Xx])?(?![0-9A-Za-z])")
checked = collections.Counter()


def check_numbers(key, text):
    for m in RUN.finditer(text):
        raw = re.sub(r"[ -]", "", m.group(0))
        if len(raw) == 15 and raw.isdigit():
            checked["imei"] += 1
            if not luhn_ok(raw):
                fault(f"{key}: 15-digit number {m.group(0)!r} fails Luhn")
        elif len(raw) == 18:
            checked["id"] += 1
            if not gb_ok(raw):
                fault(f"{key}: 18-character ID {m.group(0)!r} fails GB 11643")
        elif len(raw) in (16, 17, 19):
            fault(f"{key}: unmasked long number {m.group(0)!r} (bank cards only as tails or masks)")
        elif raw[-1] in "Xx":
            fault(f"{key}: odd ID-like number {m.group(0)!r}")


def in_china(lat, lon):
    return 18.0 <= lat <= 53.6 and 73.5 <= lon <= 135.1


def check_common(r, allowed):
    k = r.get("key", "?")
    extra = set(r) - allowed
    if extra:
        fault(f"{k}: unknown fields {sorted(extra)}")
    if r.get("category") not in CATS:
        fault(f"{k}: bad category {r.get('category')!r}")
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault(f"{k}: body missing or longer than 600")
    for f in SHORT:
        if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60):
            fault(f"{k}: field {f} empty or longer than 60")
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
        fault(f"{k}: marks empty or longer than 500")
    if ("lat" in r) != ("lon" in r):
        fault(f"{k}: lat without lon or lon without lat")
    if "lat" in r:
        if not all(isinstance(r[x], (int, float)) and not isinstance(r[x], bool) for x in ("lat", "lon")) \
                or not in_china(r["lat"], r["lon"]):
            fault(f"{k}: lat/lon not numbers inside China")
    for f in ("body", "serial", "marks", "model", "address"):
        if isinstance(r.get(f), str):
            check_numbers(k, r[f])


def is_min(v):
    return isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= MAXMIN


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set130.json")
    with open(path, encoding="utf-8") as fh:
        d = json.load(fh)
    if set(d) != {"seed", "made_by", "parts"}:
        fault(f"top-level keys {sorted(d)}")
    if d.get("seed") != SEED:
        fault("seed is not 130130")
    if d.get("made_by") != "tests/lostfound/make_set130.py":
        fault("made_by is wrong")
    if list(d.get("parts", {})) != [PART]:
        fault("parts must hold exactly set130")
    part = d["parts"][PART]
    found, lost = part["found"], part["lost"]
    fk = re.compile(rf"^{PFX}-F\d{{4}}$")
    lk = re.compile(rf"^{PFX}-L\d{{4}}$")
    fmap = {}
    for f in found:
        check_common(f, FOUND_KEYS)
        if not fk.match(f.get("key", "")):
            fault(f"bad found key {f.get('key')!r}")
        if f.get("key") in fmap:
            fault(f"duplicate found key {f['key']}")
        fmap[f.get("key")] = f
        if not is_min(f.get("found_at_min")):
            fault(f"{f.get('key')}: found_at_min missing or outside 0..{MAXMIN}")
        if "negative" in f and f["negative"] not in NEG_LABELS:
            fault(f"{f['key']}: unknown negative label {f['negative']!r}")
    seen_l = set()
    used = collections.Counter()
    cross = []
    n_true = n_none = 0
    for r in lost:
        check_common(r, LOST_KEYS)
        k = r.get("key", "")
        if not lk.match(k) or k in seen_l:
            fault(f"bad or duplicate lost key {k!r}")
        seen_l.add(k)
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_min(a) and is_min(b) and a >= b):
            fault(f"{k}: need lost_from_min >= lost_to_min >= 0 (got {a}, {b})")
        if "truth" not in r:
            fault(f"{k}: no truth field")
            continue
        t = r["truth"]
        if t is None:
            n_none += 1
            continue
        n_true += 1
        if t not in fmap:
            fault(f"{k}: truth {t} is not a found key")
            continue
        used[t] += 1
        f = fmap[t]
        if "negative" in f:
            fault(f"{k}: its truth {t} is labelled negative")
        if is_min(a) and is_min(f.get("found_at_min")) and f["found_at_min"] > a:
            fault(f"{k}: truth {t} found before the loss began")
        if f["category"] != r["category"]:
            cross.append((k, r["category"], t, f["category"]))
    for t, n in used.items():
        if n > 1:
            fault(f"{t} is the truth of {n} reports")
    negs = collections.Counter(f["negative"] for f in found if "negative" in f)
    for f in found:
        if f["key"] not in used and "negative" not in f:
            fault(f"{f['key']}: nobody's truth but has no negative label")
    if len(cross) > 5:
        fault(f"{len(cross)} cross-category pairs (at most 5)")
    if n_true != WANT["true"] or n_none != WANT["none"] or sum(negs.values()) != WANT["negatives"]:
        fault(f"sizes {n_true}/{n_none}/{sum(negs.values())}, want {WANT}")
    if len(found) != WANT["true"] + WANT["negatives"]:
        fault(f"{len(found)} found items, want {WANT['true'] + WANT['negatives']}")

    print(f"set130: {len(lost)} lost ({n_true} with a true found item, {n_none} never handed in), "
          f"{len(found)} found ({len(used)} truths, {sum(negs.values())} hard negatives)")
    print("negatives:", dict(sorted(negs.items())))
    print("cross-category pairs:", cross)
    cl = collections.Counter(r["category"] for r in lost)
    cf = collections.Counter(f["category"] for f in found)
    print("category      lost  found")
    for c in sorted(CATS):
        print(f"{c:12s} {cl[c]:5d} {cf[c]:6d}")
    print(f"numbers checked: {checked['id']} ID numbers (GB 11643), {checked['imei']} IMEIs (Luhn)")
    print("checked: keys, categories, field lengths, lat/lon in China, minute windows, truth links, "
          "one truth per found item, found not before loss, negative labels, cross-category <= 5, sizes")
    if faults:
        print(f"{len(faults)} FAULTS:")
        for m in faults[:50]:
            print("  " + m)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
