#!/usr/bin/env python3
"""Validate tests/lostfound/set86.json against the set brief; exit 1 on any fault.

Checks the file's shape, keys, fields and their limits, loss windows and found
moments, truth links and negative labels, the number rules (GB 11643 check digits
on ID numbers, Luhn on IMEIs, no full bank card numbers), and that make_set86.py
writes the same bytes again under other PYTHONHASHSEED values.
"""
import collections
import hashlib
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set86.json")
SEED, PART, PFX = 8686, "set86", "S86"
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
SHORT = ("color", "brand", "model", "serial", "address")
LOST_KEYS = {"key", "category", "body", "marks", "lat", "lon", "lost_from_min", "lost_to_min", "truth"} | set(SHORT)
FOUND_KEYS = {"key", "category", "body", "marks", "lat", "lon", "found_at_min", "negative"} | set(SHORT)
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
RUN = re.compile(r"(?<![0-9A-Za-z])\d(?:[ \-]?\d){9,18}[Xx]?(?![0-9A-Za-z])")
faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    return s[:17].isdigit() and "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], W)) % 11] == s[17].upper()


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def numbers(where, text):
    n = 0
    for m in RUN.finditer(text):
        s = re.sub(r"[ \-]", "", m.group(0))
        n += 1
        if len(s) == 18:
            if not id_ok(s):
                fault("%s: ID number %s has a wrong check digit" % (where, s))
        elif len(s) == 15:
            if not (s.isdigit() and luhn_ok(s)):
                fault("%s: IMEI %s fails Luhn" % (where, s))
        elif len(s) >= 13:
            fault("%s: %d-digit number %s (a full card number?)" % (where, len(s), s))
    return n


def common(r, where, allowed):
    for k in r:
        if k not in allowed:
            fault("%s: unknown field %r" % (where, k))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (where, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % where)
    for k in SHORT:
        if k in r and (not isinstance(r[k], str) or not r[k].strip() or len(r[k]) > 60):
            fault("%s: %s empty or longer than 60" % (where, k))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % where)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat and lon must come together" % where)
    if "lat" in r:
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)) or not (18 <= la <= 54 and 73 <= lo <= 135):
            fault("%s: lat/lon outside China" % where)
    return sum(numbers("%s.%s" % (where, k), r[k]) for k in ("body", "serial", "marks") if isinstance(r.get(k), str))


def is_min(x):
    return isinstance(x, int) and not isinstance(x, bool) and 0 <= x <= 172800


def main():
    with open(PATH, encoding="utf-8") as fh:
        raw = fh.read()
    data = json.loads(raw)
    if data.get("seed") != SEED or data.get("made_by") != "tests/lostfound/make_set86.py":
        fault("seed or made_by wrong")
    if list(data.get("parts", {})) != [PART]:
        fault("parts must hold exactly %s" % PART)
    part = data["parts"][PART]
    lost, found = part["lost"], part["found"]
    nums = 0
    fidx = {}
    for j, f in enumerate(found):
        where = f.get("key", "found[%d]" % j)
        if f.get("key") != "%s-F%04d" % (PFX, j + 1):
            fault("%s: key out of sequence" % where)
        fidx[f.get("key")] = f
        nums += common(f, where, FOUND_KEYS)
        if not is_min(f.get("found_at_min")):
            fault("%s: found_at_min not an int in 0..172800" % where)
        if "negative" in f and (not isinstance(f["negative"], str) or not f["negative"]):
            fault("%s: empty negative label" % where)
    used = collections.Counter()
    cross = 0
    for j, r in enumerate(lost):
        where = r.get("key", "lost[%d]" % j)
        if r.get("key") != "%s-L%04d" % (PFX, j + 1):
            fault("%s: key out of sequence" % where)
        nums += common(r, where, LOST_KEYS)
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_min(a) and is_min(b) and a >= b):
            fault("%s: need 172800 >= lost_from_min >= lost_to_min >= 0" % where)
        if "truth" not in r:
            fault("%s: truth missing" % where)
        t = r.get("truth")
        if t is None:
            continue
        if t not in fidx:
            fault("%s: truth %r is no found key" % (where, t))
            continue
        used[t] += 1
        f = fidx[t]
        if "negative" in f:
            fault("%s: truth %s carries a negative label" % (where, t))
        if is_min(f.get("found_at_min")) and is_min(a) and f["found_at_min"] > a:
            fault("%s: truth %s found before the loss began" % (where, t))
        if f.get("category") != r.get("category"):
            cross += 1
    for k, n in sorted(used.items()):
        if n > 1:
            fault("%s is the truth of %d reports" % (k, n))
    for f in found:
        if f["key"] not in used and "negative" not in f:
            fault("%s: nobody's truth but has no negative label" % f["key"])
    if cross > 5:
        fault("%d pairs under different categories (at most 5)" % cross)
    # same bytes again, whatever the hash seed
    for hs in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        code = "import sys; sys.path.insert(0, %r); import make_set86; sys.stdout.buffer.write(make_set86.text().encode('utf-8'))" % HERE
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=False).stdout
        if hashlib.sha256(out).hexdigest() != hashlib.sha256(raw.encode("utf-8")).hexdigest():
            fault("make_set86.py gives different bytes under PYTHONHASHSEED=%s" % hs)
    paired = sum(1 for r in lost if r.get("truth"))
    negs = collections.Counter(f["negative"] for f in found if "negative" in f)
    print("set86: %d lost (%d paired, %d never found), %d found (%d truths, %d negatives), %d cross-category pairs" % (
        len(lost), paired, len(lost) - paired, len(found), len(used), sum(negs.values()), cross))
    print("negatives:", ", ".join("%s %d" % kv for kv in sorted(negs.items())))
    bycat = collections.defaultdict(lambda: [0, 0, 0])
    for r in lost:
        bycat[r["category"]][0 if r.get("truth") else 1] += 1
    for f in found:
        if "negative" in f:
            bycat[f["category"]][2] += 1
    print("by category (paired / never found / negatives):", ", ".join(
        "%s %d/%d/%d" % (c, *bycat[c]) for c in sorted(bycat)))
    print("checked: keys and order, fields and lengths, lat/lon, windows, found moments, truth links, labels, "
          "%d long numbers (ID check digits, IMEI Luhn, no full card numbers), identical bytes under two hash seeds" % nums)
    if faults:
        for m in faults[:50]:
            print("FAULT:", m)
        print("%d fault(s)" % len(faults))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
