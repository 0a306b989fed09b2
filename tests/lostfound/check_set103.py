"""check_set103.py: validate set103.json against the brief; exit non-zero on any fault.

Run: python3 -B tests/lostfound/check_set103.py
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
FIELDS60 = ("color", "brand", "model", "serial", "address")
faults = []


def fault(msg):
    faults.append(msg)


def gb_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * k for c, k in zip(s[:17], w)) % 11] == s[17].upper()


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            d = d - 9 if d > 9 else d
        tot += d
    return tot % 10 == 0


def common(r, where):
    for k in FIELDS60:
        if k in r and (not isinstance(r[k], str) or not r[k] or len(r[k]) > 60):
            fault("%s %s bad %s" % (where, r.get("key"), k))
    if r.get("category") not in CATS:
        fault("%s %s bad category" % (where, r.get("key")))
    if not isinstance(r.get("body"), str) or not r["body"] or len(r["body"]) > 600:
        fault("%s %s bad body" % (where, r.get("key")))
    if "marks" in r and (not r["marks"] or len(r["marks"]) > 500):
        fault("%s %s bad marks" % (where, r.get("key")))
    if ("lat" in r) != ("lon" in r):
        fault("%s %s lat without lon" % (where, r.get("key")))
    if "lat" in r and not (18 < r["lat"] < 54 and 73 < r["lon"] < 135):
        fault("%s %s coords outside China" % (where, r.get("key")))
    text = " ".join(str(r.get(k, "")) for k in ("body", "serial", "marks"))
    for m in re.findall(r"(?<![0-9])(\d{17}[0-9Xx])(?![0-9])", text):
        if not gb_ok(m):
            fault("%s %s ID %s bad check digit" % (where, r.get("key"), m))
    for m in re.findall(r"(?<![0-9])(86[0-9 ]{13,17})", text):
        d = m.replace(" ", "")
        if len(d) == 15 and not luhn_ok(d):
            fault("%s %s IMEI %s bad Luhn" % (where, r.get("key"), d))
    for m in re.findall(r"(?<![0-9])(\d{16,19})(?![0-9])", text):
        if len(m) != 18:
            fault("%s %s looks like a full card number %s" % (where, r.get("key"), m))


def main():
    path = os.path.join(HERE, "set103.json")
    raw = open(path, encoding="utf-8").read()
    data = json.loads(raw)
    if set(data) != {"seed", "made_by", "parts"} or data["seed"] != 10303 or data["made_by"] != "tests/lostfound/make_set103.py":
        fault("top level wrong")
    part = data["parts"]["set103"]
    lost, found = part["lost"], part["found"]
    fk = {}
    for i, f in enumerate(found, 1):
        if f["key"] != "S103-F%04d" % i:
            fault("found key order %s" % f["key"])
        fk[f["key"]] = f
        common(f, "found")
        if not isinstance(f.get("found_at_min"), int) or not 0 <= f["found_at_min"] <= 172800:
            fault("found %s found_at_min" % f["key"])
    used = collections.Counter()
    pairs = null = cross = 0
    for i, l in enumerate(lost, 1):
        if l["key"] != "S103-L%04d" % i:
            fault("lost key order %s" % l["key"])
        common(l, "lost")
        a, b = l.get("lost_from_min"), l.get("lost_to_min")
        if not (isinstance(a, int) and isinstance(b, int) and 172800 >= a >= b >= 0):
            fault("lost %s window" % l["key"])
        if "truth" not in l:
            fault("lost %s no truth field" % l["key"])
        t = l.get("truth")
        if t is None:
            null += 1
            continue
        pairs += 1
        if t not in fk:
            fault("lost %s truth %s missing" % (l["key"], t))
            continue
        used[t] += 1
        f = fk[t]
        if f["found_at_min"] > a:
            fault("lost %s found before loss began" % l["key"])
        if "negative" in f:
            fault("truth %s carries negative label" % t)
        if f["category"] != l["category"]:
            cross += 1
    for k, n in used.items():
        if n > 1:
            fault("found %s is truth of %d reports" % (k, n))
    negs = collections.Counter()
    for f in found:
        if f["key"] not in used:
            if not f.get("negative"):
                fault("found %s is nobody's truth but has no negative label" % f["key"])
            negs[f.get("negative")] += 1
    if cross > 5:
        fault("%d cross-category pairs (max 5)" % cross)
    from make_set103 import build, dump
    if dump(build()) != raw:
        fault("set103.json differs from what make_set103.build() gives now")
    print("checked %d lost (%d pairs, %d never found), %d found (%d negatives), %d cross-category pairs"
          % (len(lost), pairs, null, len(found), sum(negs.values()), cross))
    print("negatives:", dict(sorted(negs.items())))
    print("lost by category:", dict(sorted(collections.Counter(l["category"] for l in lost).items())))
    print("found by category:", dict(sorted(collections.Counter(f["category"] for f in found).items())))
    print("checked: keys, categories, field lengths, body<=600, marks<=500, lat/lon pairs inside China, windows,"
          " truth links, found-after-loss-start, one report per found item, negative labels, GB 11643 check digits,"
          " IMEI Luhn, no full card numbers, regeneration identical")
    for m in faults[:40]:
        print("FAULT:", m)
    if faults:
        print("%d faults" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
