"""Validates set104.json against the brief; exits non-zero on any fault.

Run: python3 -B tests/lostfound/check_set104.py
"""
import collections
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
PFX = "S104"
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
COMMON = {"key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon"}
LOST_F = COMMON | {"lost_from_min", "lost_to_min", "truth"}
FOUND_F = COMMON | {"found_at_min", "negative"}
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    return "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], W)) % 11] == s[17].upper()


def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def numbers(rec):
    text = " ".join(str(rec.get(f, "")) for f in ("body", "serial", "marks", "model"))
    squeezed = re.sub(r"(?<=\d)[ \-](?=\d)", "", text)
    return squeezed


def check_common(r, kind, fields):
    k = r.get("key", "?")
    for f in r:
        if f not in fields:
            fault("%s: unknown field %s" % (k, f))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (k, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or too long" % k)
    for f in ("color", "brand", "model", "serial", "address"):
        if f in r and (not isinstance(r[f], str) or not r[f] or len(r[f]) > 60):
            fault("%s: %s empty or over 60" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"] or len(r["marks"]) > 500):
        fault("%s: marks empty or over 500" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat without lon" % k)
    if "lat" in r:
        if not (18 <= r["lat"] <= 54 and 73 <= r["lon"] <= 135):
            fault("%s: lat/lon outside China" % k)
    s = numbers(r)
    for m in re.finditer(r"(?<![\dA-Za-z])(\d{17}[\dXx])(?![\dA-Za-z])", s):
        if not id_ok(m.group(1)):
            fault("%s: ID number %s fails GB 11643 check" % (k, m.group(1)))
    for m in re.finditer(r"(?<![\dA-Za-z])(\d{15})(?![\dA-Za-z])", s):
        if not luhn_ok(m.group(1)):
            fault("%s: IMEI %s fails Luhn" % (k, m.group(1)))
    for m in re.finditer(r"(?<![\dXx])(\d{16,19})(?![\dXx])", s):
        if len(m.group(1)) != 18:
            fault("%s: a full card-like number %s" % (k, m.group(1)))


def main():
    path = os.path.join(HERE, "set104.json")
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    data = json.loads(raw)
    if data.get("seed") != 10404:
        fault("seed is not 10404")
    if data.get("made_by") != "tests/lostfound/make_set104.py":
        fault("made_by wrong")
    if set(data.get("parts", {})) != {"set104"}:
        fault("parts must be exactly set104")
    part = data["parts"]["set104"]
    lost, found = part["lost"], part["found"]
    fk = [r["key"] for r in found]
    lk = [r["key"] for r in lost]
    if fk != ["%s-F%04d" % (PFX, i + 1) for i in range(len(found))]:
        fault("found keys not S104-F0001.. in order")
    if lk != ["%s-L%04d" % (PFX, i + 1) for i in range(len(lost))]:
        fault("lost keys not S104-L0001.. in order")
    fby = {r["key"]: r for r in found}
    used = collections.Counter()
    cross = 0
    for r in lost:
        check_common(r, "lost", LOST_F)
        k = r["key"]
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (isinstance(a, int) and isinstance(b, int) and a >= b >= 0 and a <= 172800):
            fault("%s: bad loss window %r %r" % (k, a, b))
        if "truth" not in r:
            fault("%s: no truth field" % k)
        t = r.get("truth")
        if t is not None:
            if t not in fby:
                fault("%s: truth %s is not a found key" % (k, t))
                continue
            used[t] += 1
            fr = fby[t]
            if fr["found_at_min"] > a:
                fault("%s: its item was found before the loss began" % k)
            if "negative" in fr:
                fault("%s: truth %s is labelled negative" % (k, t))
            if fr["category"] != r["category"]:
                cross += 1
    for r in found:
        check_common(r, "found", FOUND_F)
        k = r["key"]
        fa = r.get("found_at_min")
        if not (isinstance(fa, int) and 0 <= fa <= 172800):
            fault("%s: bad found_at_min" % k)
        if used[k] > 1:
            fault("%s: truth of %d reports" % (k, used[k]))
        if used[k] == 0 and not r.get("negative"):
            fault("%s: nobody's truth but no negative label" % k)
        if used[k] and "negative" in r:
            fault("%s: a truth carries a negative label" % k)
    if cross > 5:
        fault("%d cross-category pairs (at most 5)" % cross)
    # the file is exactly what the generator writes
    sys.path.insert(0, HERE)
    import make_set104
    again = json.dumps(make_set104.build(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if again != raw:
        fault("set104.json differs from a fresh make_set104.build()")

    pairs = sum(1 for r in lost if r["truth"])
    print("checked %s" % path)
    print("lost %d (pairs %d, never found %d), found %d (true %d, negatives %d), cross-category pairs %d" % (
        len(lost), pairs, len(lost) - pairs, len(found), len(used), len(found) - len(used), cross))
    print("negatives by kind:", dict(sorted(collections.Counter(r["negative"] for r in found
                                                                  if "negative" in r).items())))
    lc = collections.Counter(r["category"] for r in lost)
    fc = collections.Counter(r["category"] for r in found)
    pc = collections.Counter(r["category"] for r in lost if r["truth"])
    print("%-12s %5s %5s %6s" % ("category", "lost", "pairs", "found"))
    for c in sorted(CATS):
        print("%-12s %5d %5d %6d" % (c, lc[c], pc[c], fc[c]))
    filled = collections.Counter(f for r in lost + found for f in COMMON if f in r)
    print("field fill:", dict(sorted(filled.items())))
    print("checks: keys, categories, field lengths, lat/lon, loss windows, truth links, found-after-loss, "
          "one truth per item, negative labels, cross-category cap, GB 11643 ID digits, IMEI Luhn, "
          "no full card numbers, regeneration identical")
    if faults:
        for f in faults[:50]:
            print("FAULT:", f)
        print("%d faults" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
