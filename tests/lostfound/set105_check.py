# -*- coding: utf-8 -*-
"""Validate tests/lostfound/set105.json; exit non-zero on any fault.

Usage: PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 tests/lostfound/set105_check.py"""

import sys
sys.dont_write_bytecode = True
import collections
import hashlib
import json
import os
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set105.json")
SEED = 1050607
PART = "set105"
PFX = "S105"
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
SHORT = ("color", "brand", "model", "serial", "address")
MAXMIN = 172800
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], ID_W)) % 11] == s[17].upper()


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


NUMRUN = re.compile(r"\d(?:\d| (?=\d))*[Xx]?")


def check_numbers(key, text, counts):
    for m in NUMRUN.finditer(text):
        raw = m.group(0)
        s = raw.replace(" ", "")
        body = s.rstrip("Xx")
        if len(s) == 18 and len(body) >= 17:
            counts["id18"] += 1
            if not id_ok(s):
                fault("%s: ID number %s has a wrong check digit" % (key, raw))
        elif len(s) == 15 and body == s:
            counts["imei15"] += 1
            if not luhn_ok(s):
                fault("%s: IMEI %s fails Luhn" % (key, raw))
        elif len(s) >= 16:
            fault("%s: long digit run %s (full card number?)" % (key, raw))


def check_common(r, kind, counts):
    key = r.get("key", "?")
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (key, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % key)
    for f in SHORT:
        if f in r and (not isinstance(r[f], str) or not r[f] or len(r[f]) > 60):
            fault("%s: field %s empty or longer than 60" % (key, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"] or len(r["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % key)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat without lon or lon without lat" % key)
    if "lat" in r:
        if not (isinstance(r["lat"], (int, float)) and isinstance(r["lon"], (int, float))
                and 18.0 <= r["lat"] <= 53.6 and 73.5 <= r["lon"] <= 135.1):
            fault("%s: lat/lon outside China" % key)
        counts["with_latlon_" + kind] += 1
    for f in ("body", "serial", "marks"):
        if f in r and isinstance(r[f], str):
            check_numbers(key, r[f], counts)


def main():
    with open(PATH, encoding="utf-8") as f:
        text = f.read()
    doc = json.loads(text)
    counts = collections.Counter()
    if doc.get("seed") != SEED:
        fault("seed is %r" % doc.get("seed"))
    if doc.get("made_by") != "tests/lostfound/set105_gen.py":
        fault("made_by is %r" % doc.get("made_by"))
    if set(doc.get("parts", {})) != {PART}:
        fault("parts must hold exactly %s" % PART)
    part = doc["parts"][PART]
    found, lost = part["found"], part["lost"]
    fkeys = {}
    allowed_f = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "found_at_min", "negative"}
    allowed_l = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "lost_from_min", "lost_to_min", "truth"}
    for i, r in enumerate(found):
        want = "%s-F%04d" % (PFX, i + 1)
        if r.get("key") != want:
            fault("found #%d key %r, want %s" % (i, r.get("key"), want))
        fkeys[r["key"]] = r
        if set(r) - allowed_f:
            fault("%s: unknown fields %s" % (r["key"], sorted(set(r) - allowed_f)))
        check_common(r, "found", counts)
        t = r.get("found_at_min")
        if not isinstance(t, int) or not 0 <= t <= MAXMIN:
            fault("%s: found_at_min %r" % (r["key"], t))
    truth_seen = collections.Counter()
    cross = 0
    for i, r in enumerate(lost):
        want = "%s-L%04d" % (PFX, i + 1)
        if r.get("key") != want:
            fault("lost #%d key %r, want %s" % (i, r.get("key"), want))
        if set(r) - allowed_l:
            fault("%s: unknown fields %s" % (r["key"], sorted(set(r) - allowed_l)))
        if "truth" not in r:
            fault("%s: no truth field" % r["key"])
        check_common(r, "lost", counts)
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (isinstance(a, int) and isinstance(b, int) and MAXMIN >= a >= b >= 0):
            fault("%s: bad loss window %r..%r" % (r["key"], a, b))
            continue
        t = r.get("truth")
        if t is None:
            continue
        if t not in fkeys:
            fault("%s: truth %s is not a found key" % (r["key"], t))
            continue
        truth_seen[t] += 1
        fr = fkeys[t]
        if "negative" in fr:
            fault("%s: truth %s carries a negative label" % (r["key"], t))
        if fr["found_at_min"] > a:
            fault("%s: truth %s found before the loss began" % (r["key"], t))
        if fr["category"] != r["category"]:
            cross += 1
    for k, n in sorted(truth_seen.items()):
        if n > 1:
            fault("%s is the truth of %d reports" % (k, n))
    for k, r in fkeys.items():
        if k not in truth_seen and not (isinstance(r.get("negative"), str) and r["negative"]):
            fault("%s: nobody's truth but no negative label" % k)
    if cross > 5:
        fault("%d pairs cross categories (max 5)" % cross)
    paired = sum(1 for r in lost if r.get("truth"))
    unpaired = len(lost) - paired
    negs = collections.Counter(r["negative"] for r in found if "negative" in r)
    if paired != 150 or unpaired != 90 or not 100 <= sum(negs.values()) <= 140:
        fault("counts: paired %d, never found %d, negatives %d" % (paired, unpaired, sum(negs.values())))
    # found-before-loss negatives must really predate their anchor's window: checked loosely,
    # every such item must predate at least one lost report of its category
    for r in found:
        if r.get("negative") == "found_before_loss":
            if not any(l["category"] == r["category"] and l["lost_from_min"] < r["found_at_min"] for l in lost):
                fault("%s: found_before_loss but predates no report of its category" % r["key"])

    # determinism: rebuild under two hash seeds and compare with the file
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    code = ("import sys,hashlib;sys.dont_write_bytecode=True;sys.path.insert(0,%r);import set105_gen as G;"
            "d,_,_=G.build();print(hashlib.sha256(G.dumps(d).encode('utf-8')).hexdigest())" % HERE)
    for hs in ("0", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs, PYTHONDONTWRITEBYTECODE="1")
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
        if out.returncode != 0 or out.stdout.strip() != digest:
            fault("rebuild under PYTHONHASHSEED=%s differs from the file (%s)" % (hs, out.stderr.strip()[-200:]))

    bycat = collections.defaultdict(lambda: [0, 0, 0, 0])
    for r in lost:
        bycat[r["category"]][0 if r.get("truth") else 1] += 1
    for r in found:
        bycat[r["category"]][2 if "negative" not in r else 3] += 1
    print("checked %s" % PATH)
    print("  lost %d (with a true found item %d, never found %d); found %d (true %d, hard negatives %d)" % (
        len(lost), paired, unpaired, len(found), len(truth_seen), sum(negs.values())))
    print("  negatives: " + ", ".join("%s %d" % kv for kv in sorted(negs.items())))
    print("  cross-category pairs %d; ID numbers checked %d; IMEIs checked %d; lat/lon on lost %d, found %d" % (
        cross, counts["id18"], counts["imei15"], counts["with_latlon_lost"], counts["with_latlon_found"]))
    print("  %-12s %6s %6s %6s %6s" % ("category", "paired", "never", "true_f", "neg_f"))
    for c in sorted(bycat):
        print("  %-12s %6d %6d %6d %6d" % ((c,) + tuple(bycat[c])))
    print("  keys, fields, lengths, windows, truth links, labels, check digits, determinism")
    if faults:
        for m in faults[:50]:
            print("FAULT:", m)
        print("%d fault(s)" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
