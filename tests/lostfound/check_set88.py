"""Validate tests/lostfound/set88.json against the brief; exit 1 on any fault.

Run from the repository root:  python3 tests/lostfound/check_set88.py [path]"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "set88.json")
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
SHORT = ["color", "brand", "model", "serial", "address"]
COMMON = {"key", "category", "body", "marks", "lat", "lon"} | set(SHORT)
LOST_KEYS = COMMON | {"lost_from_min", "lost_to_min", "truth"}
FOUND_KEYS = COMMON | {"found_at_min", "negative"}
MAX_MIN = 172800
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
faults = []


def fault(msg):
    faults.append(msg)


def gb_ok(s):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], W)) % 11] == s[17].upper()


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return total % 10 == 0


def check_numbers(key, text):
    for m in re.finditer(r"[0-9][0-9 \-]*[0-9Xx]", text):
        s = re.sub(r"[ \-]", "", m.group(0))
        if len(s) == 18 and re.fullmatch(r"[0-9]{17}[0-9Xx]", s):
            if not gb_ok(s):
                fault("%s: ID number %s has a wrong check digit" % (key, s))
        elif len(s) == 15 and s.isdigit():
            if not luhn_ok(s):
                fault("%s: IMEI %s fails Luhn" % (key, s))
        elif 16 <= len(s) <= 19 and s.isdigit():
            fault("%s: a full card-like number %s appears" % (key, s))


def check_common(r, allowed):
    k = r.get("key", "?")
    for name in r:
        if name not in allowed:
            fault("%s: unexpected field %s" % (k, name))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (k, r.get("category")))
    body = r.get("body")
    if not isinstance(body, str) or not body.strip() or len(body) > 600:
        fault("%s: body missing or longer than 600" % k)
    for name in SHORT:
        if name in r and (not isinstance(r[name], str) or not r[name].strip() or len(r[name]) > 60):
            fault("%s: %s empty, not text or longer than 60" % (k, name))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat and lon must come together" % k)
    if "lat" in r:
        lat, lon = r["lat"], r["lon"]
        if not all(isinstance(x, (int, float)) for x in (lat, lon)) or not (18 < lat < 54 and 73 < lon < 135):
            fault("%s: lat/lon %r,%r not inside China" % (k, lat, lon))
    for n in ["body", "marks"] + SHORT:
        text = str(r.get(n, ""))
        for bad in ("None", "{", "}", "\x00"):
            if bad in text:
                fault("%s: leftover %r in %s" % (k, bad, n))
        check_numbers(k, text)


def is_min(x):
    return isinstance(x, int) and not isinstance(x, bool) and 0 <= x <= MAX_MIN


def main():
    with open(PATH, encoding="utf-8") as fh:
        data = json.load(fh)
    if data.get("seed") != 8888 or data.get("made_by") != "tests/lostfound/make_set88.py":
        fault("seed or made_by wrong")
    if list(data.get("parts", {})) != ["set88"]:
        fault("parts must hold exactly set88")
    part = data["parts"]["set88"]
    found, lost = part["found"], part["lost"]
    fby = {}
    for i, r in enumerate(found, 1):
        if r.get("key") != "S88-F%04d" % i:
            fault("found #%d has key %r" % (i, r.get("key")))
        check_common(r, FOUND_KEYS)
        if not is_min(r.get("found_at_min")):
            fault("%s: found_at_min out of range" % r.get("key"))
        fby[r.get("key")] = r
    truth_of = {}
    cross = []
    for i, r in enumerate(lost, 1):
        k = r.get("key")
        if k != "S88-L%04d" % i:
            fault("lost #%d has key %r" % (i, k))
        check_common(r, LOST_KEYS)
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_min(a) and is_min(b) and a >= b):
            fault("%s: need lost_from_min >= lost_to_min >= 0 (<= %d)" % (k, MAX_MIN))
        if "truth" not in r:
            fault("%s: truth missing" % k)
            continue
        t = r["truth"]
        if t is None:
            continue
        if t not in fby:
            fault("%s: truth %r is not a found key" % (k, t))
            continue
        if t in truth_of:
            fault("%s: found %s is already the truth of %s" % (k, t, truth_of[t]))
        truth_of[t] = k
        f = fby[t]
        if is_min(f.get("found_at_min")) and is_min(a) and f["found_at_min"] > a:
            fault("%s: its found item %s was found before the loss began" % (k, t))
        if f.get("category") != r.get("category"):
            cross.append((k, r.get("category"), t, f.get("category")))
    if len(cross) > 5:
        fault("%d pairs sit under different categories (at most 5)" % len(cross))
    labels = {}
    for k, f in fby.items():
        if k in truth_of and "negative" in f:
            fault("%s is a truth but carries a negative label" % k)
        if k not in truth_of:
            if not isinstance(f.get("negative"), str) or not f["negative"].strip():
                fault("%s is nobody's truth and has no negative label" % k)
            else:
                labels[f["negative"]] = labels.get(f["negative"], 0) + 1
    bodies = [r["body"] for r in found + lost]
    if len(set(bodies)) != len(bodies):
        fault("some bodies are exact duplicates")
    pairs = sum(1 for r in lost if r.get("truth"))
    print("checked %s" % PATH)
    print("  lost reports: %d (with a true found item: %d, never found: %d)" % (len(lost), pairs, len(lost) - pairs))
    print("  found items: %d (truths: %d, hard negatives: %d)" % (len(found), len(truth_of), sum(labels.values())))
    print("  negatives by label: " + ", ".join("%s %d" % kv for kv in sorted(labels.items())))
    print("  cross-category pairs: %d %s" % (len(cross), cross))
    print("  %-12s %6s %6s %6s %6s" % ("category", "pairs", "never", "negs", "found"))
    for c in CATS:
        print("  %-12s %6d %6d %6d %6d" % (
            c, sum(1 for r in lost if r["category"] == c and r.get("truth")),
            sum(1 for r in lost if r["category"] == c and not r.get("truth")),
            sum(1 for f in found if f["category"] == c and "negative" in f),
            sum(1 for f in found if f["category"] == c)))
    filled = {n: sum(1 for r in lost + found if n in r) for n in SHORT + ["marks", "lat"]}
    print("  fields filled (of %d records): %s" % (len(lost) + len(found), filled))
    print("  checked: keys and order, categories, lengths, lat/lon pairs inside China, minute ranges, truth links,")
    print("  one report per found item, found not before loss start, negative labels, <=5 cross-category pairs,")
    print("  GB 11643 check digits, Luhn IMEIs, no full card numbers, no template leftovers, no duplicate bodies")
    if faults:
        for m in faults[:50]:
            print("FAULT: " + m)
        print("%d fault(s)" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
