"""Validate tests/lostfound/set93.json; exit non-zero on any fault.

Run from the worktree root:  python3 tests/lostfound/check_set93.py
Checks the file on its own (shape, keys, limits, times, truths, negatives, ID check
digits, IMEI Luhn digits, no full bank card numbers), then rebuilds the set in memory
and checks it is byte-identical and that the hidden labels are honest.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PATH = os.path.join(HERE, "set93.json")
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
LABELS = {"near_twin", "same_category_colour", "found_before_loss", "same_brand_elsewhere"}
SHORT = ("color", "brand", "model", "serial", "address")
COMMON = {"key", "category", "body", "marks", "lat", "lon"} | set(SHORT)
LOST_KEYS = COMMON | {"lost_from_min", "lost_to_min", "truth"}
FOUND_KEYS = COMMON | {"found_at_min", "negative"}
MAXMIN = 172800
faults = []


def fault(msg):
    faults.append(msg)


def check_common(r, kind):
    k = r.get("key", "?")
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (k, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % k)
    for f in SHORT:
        if f in r and (not isinstance(r[f], str) or not r[f] or len(r[f]) > 60):
            fault("%s: field %s empty or longer than 60" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"] or len(r["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat and lon must come together" % k)
    if "lat" in r:
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(x, (int, float)) for x in (la, lo)) or not (18 <= la <= 54 and 73 <= lo <= 135):
            fault("%s: lat/lon not in China" % k)
    extra = set(r) - (LOST_KEYS if kind == "lost" else FOUND_KEYS)
    if extra:
        fault("%s: unexpected fields %s" % (k, sorted(extra)))


def is_int(x, lo=0, hi=MAXMIN):
    return isinstance(x, int) and not isinstance(x, bool) and lo <= x <= hi


W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_ok(s):
    return s[:17].isdigit() and "10X98765432"[sum(int(c) * w for c, w in zip(s, W)) % 11] == s[17].upper()


def luhn_ok(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        v = int(c) * (2 if i % 2 else 1)
        t += v - 9 if v > 9 else v
    return t % 10 == 0


NUM = re.compile(r"(?<![0-9A-Za-z])\d(?:[ \-]?\d){9,22}[0-9Xx]?(?![0-9A-Za-z])")


def check_numbers(r, counts):
    text = " ".join(str(r[f]) for f in ("body", "serial", "marks") if f in r)
    for m in NUM.finditer(text):
        raw = m.group(0)
        d = raw.replace(" ", "").replace("-", "")
        if len(d) == 18 and d[:17].isdigit():
            counts["id numbers"] += 1
            if not id_ok(d):
                fault("%s: ID number %s has a wrong check digit" % (r["key"], raw))
        elif len(d) == 15 and d.isdigit():
            counts["imeis"] += 1
            if not luhn_ok(d):
                fault("%s: IMEI %s fails Luhn" % (r["key"], raw))
        elif 16 <= len(d) <= 19:
            fault("%s: %s looks like a full card number" % (r["key"], raw))


def main():
    with open(PATH, "rb") as fh:
        raw = fh.read()
    data = json.loads(raw.decode("utf-8"))
    if data.get("seed") != 9393 or data.get("made_by") != "tests/lostfound/make_set93.py":
        fault("seed or made_by wrong")
    part = data.get("parts", {}).get("set93")
    if not part or set(data["parts"]) != {"set93"}:
        raise SystemExit("no part set93")
    lost, found = part["lost"], part["found"]
    counts = collections.Counter()
    fkeys = {}
    for i, r in enumerate(found):
        check_common(r, "found")
        if r.get("key") != "S93-F%04d" % (i + 1):
            fault("found #%d has key %r" % (i + 1, r.get("key")))
        if not is_int(r.get("found_at_min")):
            fault("%s: found_at_min out of range" % r.get("key"))
        fkeys[r.get("key")] = r
        check_numbers(r, counts)
    used = collections.Counter()
    cross = 0
    for i, r in enumerate(lost):
        check_common(r, "lost")
        k = r.get("key")
        if k != "S93-L%04d" % (i + 1):
            fault("lost #%d has key %r" % (i + 1, k))
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_int(a) and is_int(b) and a >= b):
            fault("%s: need lost_from_min >= lost_to_min >= 0" % k)
        if "truth" not in r:
            fault("%s: truth missing" % k)
        t = r.get("truth")
        if t is not None:
            if t not in fkeys:
                fault("%s: truth %s is not a found key" % (k, t))
                continue
            used[t] += 1
            F = fkeys[t]
            if "negative" in F:
                fault("%s: truth %s carries a negative label" % (k, t))
            if is_int(a) and F["found_at_min"] > a:
                fault("%s: its item was found before the loss began" % k)
            if F["category"] != r["category"]:
                cross += 1
        check_numbers(r, counts)
    for t, n in used.items():
        if n > 1:
            fault("%s is the truth of %d reports" % (t, n))
    if cross > 5:
        fault("%d cross-category pairs (at most 5)" % cross)
    for k, F in fkeys.items():
        if k in used:
            continue
        if F.get("negative") not in LABELS:
            fault("%s: nobody's truth but negative label is %r" % (k, F.get("negative")))
        if F.get("negative") == "found_before_loss":
            if not any(L["category"] == F["category"] and L["lost_from_min"] < F["found_at_min"] for L in lost):
                fault("%s: labelled found_before_loss but no report of its category began later" % k)
    import make_set93
    rebuilt, ilost, ifound = make_set93.build()
    if make_set93.dump(rebuilt).encode("utf-8") != raw:
        fault("set93.json differs from a fresh build (stale file or non-deterministic generator)")
    from set93_judge import audit
    for a in audit(ilost, ifound):
        fault("label: " + a)
    pairs = sum(1 for r in lost if r.get("truth"))
    labels = collections.Counter(F.get("negative") for F in found if "negative" in F)
    print("checked %d lost reports and %d found items in set93" % (len(lost), len(found)))
    print("  pairs %d, never found %d, cross-category pairs %d" % (pairs, len(lost) - pairs, cross))
    print("  negatives %d: %s" % (sum(labels.values()), ", ".join("%s %d" % kv for kv in sorted(labels.items()))))
    bycat = collections.defaultdict(lambda: [0, 0, 0, 0])
    for r in lost:
        bycat[r["category"]][0 if r.get("truth") else 1] += 1
    for F in found:
        bycat[F["category"]][2 if "negative" not in F else 3] += 1
    print("  %-12s %5s %5s %5s %5s" % ("category", "pairs", "never", "true", "neg"))
    for c in sorted(bycat):
        print("  %-12s %5d %5d %5d %5d" % ((c,) + tuple(bycat[c])))
    print("  numbers checked: %d ID numbers (GB 11643), %d IMEIs (Luhn), no full card numbers" % (
        counts["id numbers"], counts["imeis"]))
    print("  rebuilt in memory: byte-identical; hidden labels audited (every non-pair distinguishable)")
    if faults:
        print("FAULTS (%d):" % len(faults))
        for f in faults[:50]:
            print("  " + f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
