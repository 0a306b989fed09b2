#!/usr/bin/env python3
"""Validate tests/lostfound/set14.json (written by make_set14.py). Exits 1 on any fault."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set14.json")
CATEGORIES = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
MAX_MIN = 172800
MAX_BODY = 600
MAX_SHORT = 60
MAX_MARKS = 500
FOUND_KEYS = {"key", "category", "body", "found_at_min", "color", "brand", "model", "serial", "marks", "address",
              "lat", "lon", "negative"}
LOST_KEYS = {"key", "category", "body", "lost_from_min", "lost_to_min", "truth", "color", "brand", "model", "serial",
             "marks", "address", "lat", "lon"}
NEGATIVE_LABELS = {"decoy", "twin", "before_loss", "brand_elsewhere", "unclaimed"}
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
LAT_RANGE = (30.4, 31.0)
LON_RANGE = (103.5, 104.3)
EXPECT = {"lost": (200, 220), "lost_true": (140, 160), "lost_null": (50, 70), "found": (280, 320)}

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    s = s.upper()
    return ID_CHECK[sum(int(c) * w for c, w in zip(s[:17], ID_WEIGHTS)) % 11] == s[17]


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


ID_RE = re.compile(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])")
ID_SPACED_RE = re.compile(r"(?<![0-9])(\d{6}) (\d{8}) (\d{3}[\dXx])(?![0-9A-Za-z])")
IMEI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{15})(?![0-9A-Za-z])")
IMEI_SPLIT_RE = re.compile(r"(?<![0-9])(\d{2}) (\d{6}) (\d{6}) (\d)(?![0-9])|(?<![0-9])(\d{8})-(\d{7})(?![0-9])")
CARD_RE = re.compile(r"(?<![0-9])(\d{4}(?: \d{4}){3}(?: \d{3})?)(?![0-9])|(?<![0-9*A-Za-z])(\d{16}|\d{19})(?![0-9A-Za-z])")


def check_numbers(where, text, counts):
    for m in ID_RE.finditer(text):
        counts["id"] += 1
        if not id_ok(m.group(1)):
            fault("%s: ID number %s fails its GB 11643 check digit" % (where, m.group(1)))
    for m in ID_SPACED_RE.finditer(text):
        counts["id"] += 1
        if not id_ok("".join(m.groups())):
            fault("%s: grouped ID number %s fails its check digit" % (where, m.group(0)))
    for m in IMEI_RE.finditer(text):
        counts["imei"] += 1
        if not luhn_ok(m.group(1)):
            fault("%s: IMEI %s fails Luhn" % (where, m.group(1)))
    for m in IMEI_SPLIT_RE.finditer(text):
        digits = "".join(g for g in m.groups() if g)
        counts["imei"] += 1
        if not luhn_ok(digits):
            fault("%s: grouped IMEI %s fails Luhn" % (where, m.group(0)))
    for m in CARD_RE.finditer(text):
        digits = (m.group(1) or m.group(2)).replace(" ", "")
        counts["card"] += 1
        if not luhn_ok(digits):
            fault("%s: bank card %s fails Luhn" % (where, digits))


def check_common(r, where, allowed, counts):
    for k in r:
        if k not in allowed:
            fault("%s: unknown field %s" % (where, k))
    if r.get("category") not in CATEGORIES:
        fault("%s: bad category %r" % (where, r.get("category")))
    body = r.get("body")
    if not isinstance(body, str) or not body.strip():
        fault("%s: empty body" % where)
    elif len(body) > MAX_BODY:
        fault("%s: body longer than %d" % (where, MAX_BODY))
    for k in ("color", "brand", "model", "serial", "address"):
        if k in r and (not isinstance(r[k], str) or not r[k] or len(r[k]) > MAX_SHORT):
            fault("%s: %s empty or longer than %d" % (where, k, MAX_SHORT))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"] or len(r["marks"]) > MAX_MARKS):
        fault("%s: marks empty or longer than %d" % (where, MAX_MARKS))
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat without lon or lon without lat" % where)
    if "lat" in r:
        if not (LAT_RANGE[0] <= r["lat"] <= LAT_RANGE[1] and LON_RANGE[0] <= r["lon"] <= LON_RANGE[1]):
            fault("%s: coordinates outside the city" % where)
    for k in ("body", "serial", "marks"):
        if isinstance(r.get(k), str):
            check_numbers("%s.%s" % (where, k), r[k], counts)


def main():
    with open(PATH, "rb") as fh:
        raw = fh.read()
    print("checking", PATH)
    if not raw.endswith(b"\n"):
        fault("file does not end with a newline")
    doc = json.loads(raw.decode("utf-8"))
    if doc.get("made_by") != "tests/lostfound/make_set14.py" or not isinstance(doc.get("seed"), int):
        fault("seed / made_by wrong")
    if list(doc.get("parts", {}).keys()) != ["set14"]:
        fault("parts must hold exactly set14")
    part = doc["parts"]["set14"]
    found, lost = part["found"], part["lost"]
    counts = Counter()

    print("- keys unique and well-formed (N-F#### / N-L####)")
    fkeys = [f.get("key") for f in found]
    lkeys = [l.get("key") for l in lost]
    for k, n in Counter(fkeys + lkeys).items():
        if n > 1:
            fault("duplicate key %s" % k)
    for k in fkeys:
        if not re.fullmatch(r"N-F\d{4}", k or ""):
            fault("bad found key %r" % k)
    for k in lkeys:
        if not re.fullmatch(r"N-L\d{4}", k or ""):
            fault("bad lost key %r" % k)
    fmap = {f["key"]: f for f in found}

    print("- fields, lengths, categories, coordinates; ID check digits, IMEI/bank-card Luhn digits")
    for f in found:
        check_common(f, f["key"], FOUND_KEYS, counts)
        t = f.get("found_at_min")
        if not isinstance(t, int) or t < 0 or t > MAX_MIN:
            fault("%s: found_at_min %r outside 0..%d" % (f["key"], t, MAX_MIN))
        if "negative" in f and f["negative"] not in NEGATIVE_LABELS:
            fault("%s: unknown negative label %r" % (f["key"], f["negative"]))
    for l in lost:
        check_common(l, l["key"], LOST_KEYS, counts)
        a, b = l.get("lost_from_min"), l.get("lost_to_min")
        if not (isinstance(a, int) and isinstance(b, int) and MAX_MIN >= a >= b >= 0):
            fault("%s: need %d >= lost_from_min >= lost_to_min >= 0, got %r %r" % (l["key"], MAX_MIN, a, b))
        if "truth" not in l:
            fault("%s: truth missing" % l["key"])

    print("- truth keys exist, point to found items, each at most once, are not negatives, found after the loss began")
    used = Counter()
    for l in lost:
        t = l.get("truth")
        if t is None:
            continue
        if t not in fmap:
            fault("%s: truth %s is not a found key" % (l["key"], t))
            continue
        used[t] += 1
        f = fmap[t]
        if "negative" in f:
            fault("%s: truth %s is labelled negative %s" % (l["key"], t, f["negative"]))
        if f["found_at_min"] > l["lost_from_min"]:
            fault("%s: truth %s found before the loss began" % (l["key"], t))
    for t, n in used.items():
        if n > 1:
            fault("found %s is the truth of %d reports" % (t, n))
    for f in found:
        if f["key"] not in used and "negative" not in f:
            fault("%s: neither a truth nor labelled negative" % f["key"])

    print("- no full ID number or IMEI of a report appears on a found item other than its truth")

    def full_numbers(r):
        text = " ".join(r.get(k, "") for k in ("body", "serial", "marks"))
        nums = {m.group(1).upper() for m in ID_RE.finditer(text)}
        nums |= {"".join(m.groups()).upper() for m in ID_SPACED_RE.finditer(text)}
        nums |= {m.group(1) for m in IMEI_RE.finditer(text)}
        nums |= {"".join(g for g in m.groups() if g) for m in IMEI_SPLIT_RE.finditer(text)}
        return nums
    owner_of = {}
    for f in found:
        for n in sorted(full_numbers(f)):
            owner_of.setdefault(n, []).append(f["key"])
    for l in lost:
        for n in sorted(full_numbers(l)):
            for fk in owner_of.get(n, []):
                if fk != l.get("truth"):
                    fault("%s: number %s also on %s, which is not its truth" % (l["key"], n, fk))

    n_true = sum(1 for l in lost if l.get("truth"))
    n_null = len(lost) - n_true
    print("- counts within the planned sizes")
    for name, n in (("lost", len(lost)), ("lost_true", n_true), ("lost_null", n_null), ("found", len(found))):
        lo, hi = EXPECT[name]
        if not lo <= n <= hi:
            fault("%s count %d outside %d..%d" % (name, n, lo, hi))
    neg = Counter(f.get("negative", "(true)") for f in found)

    print()
    print("lost reports        %4d  (with a true found item %d, never found %d)" % (len(lost), n_true, n_null))
    print("found items         %4d" % len(found))
    for k in sorted(neg):
        print("  %-18s%4d" % (k, neg[k]))
    print("categories (lost / found):")
    cl = Counter(l["category"] for l in lost)
    cf = Counter(f["category"] for f in found)
    for c in sorted(CATEGORIES):
        print("  %-12s %4d %4d" % (c, cl[c], cf[c]))
    cross = sum(1 for l in lost if l.get("truth") in fmap and fmap[l["truth"]]["category"] != l["category"])
    print("true pairs filed under different categories: %d" % cross)
    print("numbers checked: %d ID numbers, %d IMEIs, %d bank cards" % (counts["id"], counts["imei"], counts["card"]))
    if faults:
        print()
        for m in faults[:50]:
            print("FAULT:", m)
        print("%d fault(s)" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
