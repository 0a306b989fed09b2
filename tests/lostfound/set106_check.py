"""Validate tests/lostfound/set106.json against the brief; exit non-zero on any fault.

Run: PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 tests/lostfound/set106_check.py
"""

import collections
import json
import os
import re
import sys

sys.dont_write_bytecode = True

CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry",
        "electronics", "other"}
OPT60 = ("color", "brand", "model", "serial", "address")
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"
WANT = {"pairs": 150, "unfound": 90, "negatives": (100, 140)}


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


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "set106.json")
    faults = []

    def bad(msg):
        faults.append(msg)

    doc = json.load(open(path, encoding="utf-8"))
    if doc.get("seed") != 1060611:
        bad("seed")
    if doc.get("made_by") != "tests/lostfound/set106_gen.py":
        bad("made_by")
    if list(doc.get("parts", {})) != ["set106"]:
        bad("parts must hold exactly set106")
    part = doc["parts"]["set106"]
    found, lost = part["found"], part["lost"]
    fkeys = {}
    for i, f in enumerate(found):
        k = f.get("key")
        if k != "S106-F%04d" % (i + 1):
            bad("found key %r at %d" % (k, i))
        fkeys[k] = f
    lkeys = set()
    for i, l in enumerate(lost):
        if l.get("key") != "S106-L%04d" % (i + 1):
            bad("lost key %r at %d" % (l.get("key"), i))
        lkeys.add(l.get("key"))

    def common(r):
        k = r["key"]
        if r.get("category") not in CATS:
            bad("%s category %r" % (k, r.get("category")))
        b = r.get("body")
        if not isinstance(b, str) or not b or len(b) > 600:
            bad("%s body" % k)
        for fld in OPT60:
            if fld in r and (not isinstance(r[fld], str) or not r[fld] or len(r[fld]) > 60):
                bad("%s %s" % (k, fld))
        if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"] or len(r["marks"]) > 500):
            bad("%s marks" % k)
        if ("lat" in r) != ("lon" in r):
            bad("%s lat/lon must come together" % k)
        if "lat" in r and not (18 <= r["lat"] <= 54 and 73 <= r["lon"] <= 135):
            bad("%s lat/lon outside China" % k)
        text = " ".join(str(r.get(x, "")) for x in ("body", "serial", "marks"))
        for m in re.finditer(r"(?<![0-9])([0-9]{17}[0-9X])(?![0-9])", text):
            s = m.group(1)
            if ID_C[sum(int(c) * w for c, w in zip(s[:17], ID_W)) % 11] != s[17]:
                bad("%s ID number %s has a wrong check digit" % (k, s))
        for m in re.finditer(r"(?<![0-9])([0-9]{15})(?![0-9])", text.replace(" ", "")):
            if not luhn_ok(m.group(1)):
                bad("%s IMEI %s fails Luhn" % (k, m.group(1)))
        for m in re.finditer(r"(?<![0-9])(62[0-9]{14,17})(?![0-9X])", text.replace(" ", "")):
            if len(m.group(1)) != 18:
                bad("%s looks like a full bank card number" % k)

    allowed_l = {"key", "category", "body", "lost_from_min", "lost_to_min", "truth", "marks", "lat",
                 "lon"} | set(OPT60)
    allowed_f = {"key", "category", "body", "found_at_min", "negative", "marks", "lat", "lon"} | set(OPT60)
    used = collections.Counter()
    cross = 0
    for l in lost:
        common(l)
        if set(l) - allowed_l:
            bad("%s unknown fields %s" % (l["key"], sorted(set(l) - allowed_l)))
        a, b = l.get("lost_from_min"), l.get("lost_to_min")
        if not (isinstance(a, int) and isinstance(b, int) and 172800 >= a >= b >= 0):
            bad("%s loss window" % l["key"])
        t = l.get("truth", "missing")
        if t == "missing":
            bad("%s has no truth field" % l["key"])
        elif t is not None:
            if t not in fkeys:
                bad("%s truth %s unknown" % (l["key"], t))
                continue
            used[t] += 1
            f = fkeys[t]
            if f["found_at_min"] > a:
                bad("%s found before the loss began" % l["key"])
            if "negative" in f:
                bad("%s truth %s is labelled negative" % (l["key"], t))
            if f["category"] != l["category"]:
                cross += 1
    for f in found:
        common(f)
        if set(f) - allowed_f:
            bad("%s unknown fields %s" % (f["key"], sorted(set(f) - allowed_f)))
        x = f.get("found_at_min")
        if not (isinstance(x, int) and 0 <= x <= 172800):
            bad("%s found_at_min" % f["key"])
        if f["key"] not in used and not f.get("negative"):
            bad("%s is nobody's truth and has no negative label" % f["key"])
    for k, n in used.items():
        if n > 1:
            bad("%s is the truth of %d reports" % (k, n))
    if cross > 5:
        bad("%d cross-category pairs (at most 5)" % cross)
    pairs = sum(1 for l in lost if l.get("truth"))
    unfound = sum(1 for l in lost if l.get("truth") is None)
    negs = collections.Counter(f["negative"] for f in found if f.get("negative"))
    if pairs != WANT["pairs"]:
        bad("pairs %d" % pairs)
    if unfound != WANT["unfound"]:
        bad("unfound %d" % unfound)
    if not WANT["negatives"][0] <= sum(negs.values()) <= WANT["negatives"][1]:
        bad("negatives %d" % sum(negs.values()))

    print("set106: %d found, %d lost; %d pairs (%d across categories), %d never handed in, %d negatives"
          % (len(found), len(lost), pairs, cross, unfound, sum(negs.values())))
    for lab, n in sorted(negs.items()):
        print("  negative %-22s %d" % (lab, n))
    bycat = collections.defaultdict(lambda: [0, 0, 0, 0])
    for l in lost:
        bycat[l["category"]][0 if l["truth"] else 1] += 1
    for f in found:
        bycat[f["category"]][2 if f.get("negative") else 3] += 1
    print("  %-12s %6s %8s %9s %10s" % ("category", "pairs", "unfound", "negatives", "true found"))
    for c in sorted(bycat):
        v = bycat[c]
        print("  %-12s %6d %8d %9d %10d" % (c, v[0], v[1], v[2], v[3]))
    print("checked: keys and order, categories, field lengths, lat/lon pairs inside China, loss windows,"
          " truth keys unique and found at or after the loss began, negative labels, ID check digits,"
          " IMEI Luhn digits, no full bank card numbers, counts")
    if faults:
        for m in faults[:50]:
            print("FAULT:", m)
        print("%d faults" % len(faults))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
