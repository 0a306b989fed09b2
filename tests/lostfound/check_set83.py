"""Checks tests/lostfound/set83.json against the format of the brief; exits non-zero on any fault.

Run: python3 tests/lostfound/check_set83.py [path]
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "set83.json")
SEED, PFX, PART = 8383, "S83", "set83"
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
LABELS = {"same_category_colour", "found_before_loss", "same_brand_other_place_time", "same_model_other_serial",
          "twin_hidden_detail", "twin_visible_detail", "same_kind_other_person"}
WANT = {"pairs": 150, "never_found": 90, "negatives": 120}
MAXMIN = 172800
SHORT = ("color", "brand", "model", "serial", "address")
LOST_KEYS = {"key", "category", "body", "marks", "lat", "lon", "lost_from_min", "lost_to_min", "truth"} | set(SHORT)
FOUND_KEYS = {"key", "category", "body", "marks", "lat", "lon", "found_at_min", "negative"} | set(SHORT)
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], ID_W)) % 11] == s[17].upper()


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def no_dupes(pairs):
    seen = set()
    for k, _ in pairs:
        if k in seen:
            fault("duplicate JSON key %r" % k)
        seen.add(k)
    return dict(pairs)


def numbers(key, text):
    """ID numbers need GB 11643 check digits, IMEIs Luhn digits; no full bank card numbers"""
    n = 0
    for m in re.finditer(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])", text):
        n += 1
        if not id_ok(m.group()):
            fault("%s: ID number %s has a wrong check digit" % (key, m.group()))
    for m in re.finditer(r"(?<![0-9A-Za-z*])\d[\d \-]{12,22}\d(?![0-9A-Za-z*])", text):
        d = re.sub(r"[ \-]", "", m.group())
        if len(d) == 15:
            n += 1
            if not luhn_ok(d):
                fault("%s: IMEI %s fails Luhn" % (key, m.group()))
        elif len(d) >= 16 and len(d) != 18:
            fault("%s: long digit run %s looks like a full card number" % (key, m.group()))
    return n


def check_common(r, kind):
    key = r.get("key", "?")
    allowed = LOST_KEYS if kind == "lost" else FOUND_KEYS
    for k in sorted(set(r) - allowed):
        fault("%s: unknown field %s" % (key, k))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (key, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % key)
    for k in SHORT:
        if k in r and (not isinstance(r[k], str) or not r[k].strip() or len(r[k]) > 60):
            fault("%s: %s empty, not text or longer than 60" % (key, k))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % key)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat without lon or the reverse" % key)
    if "lat" in r:
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)) \
                or not (18 <= la <= 54 and 73 <= lo <= 135):
            fault("%s: lat/lon %r,%r not inside China" % (key, la, lo))
    return numbers(key, " ".join(str(r.get(k, "")) for k in ("body", "serial", "marks")))


def is_min(x):
    return isinstance(x, int) and not isinstance(x, bool) and 0 <= x <= MAXMIN


def main():
    with open(PATH, encoding="utf-8") as f:
        doc = json.load(f, object_pairs_hook=no_dupes)
    if doc.get("seed") != SEED:
        fault("seed is %r, not %d" % (doc.get("seed"), SEED))
    if doc.get("made_by") != "tests/lostfound/make_%s.py" % PART:
        fault("made_by is %r" % doc.get("made_by"))
    if sorted(doc) != ["made_by", "parts", "seed"] or sorted(doc["parts"]) != [PART]:
        fault("top level must be seed, made_by, parts.%s" % PART)
    part = doc["parts"][PART]
    if sorted(part) != ["found", "lost"]:
        fault("part must hold found and lost")
    found, lost = part["found"], part["lost"]
    nums = 0
    fkeys = {}
    for i, r in enumerate(found):
        if r.get("key") != "%s-F%04d" % (PFX, i + 1):
            fault("found #%d has key %r" % (i + 1, r.get("key")))
        fkeys[r.get("key")] = r
        nums += check_common(r, "found")
        if not is_min(r.get("found_at_min")):
            fault("%s: found_at_min %r out of 0..%d" % (r.get("key"), r.get("found_at_min"), MAXMIN))
        if "negative" in r and r["negative"] not in LABELS:
            fault("%s: unknown negative label %r" % (r["key"], r["negative"]))
    used = collections.Counter()
    cross = 0
    for i, r in enumerate(lost):
        key = r.get("key")
        if key != "%s-L%04d" % (PFX, i + 1):
            fault("lost #%d has key %r" % (i + 1, key))
        nums += check_common(r, "lost")
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_min(a) and is_min(b) and a >= b):
            fault("%s: need lost_from_min >= lost_to_min >= 0 (got %r, %r)" % (key, a, b))
        if "truth" not in r:
            fault("%s: truth missing (null when never found)" % key)
        t = r.get("truth")
        if t is None:
            continue
        if t not in fkeys:
            fault("%s: truth %r is not a found key" % (key, t))
            continue
        used[t] += 1
        f = fkeys[t]
        if "negative" in f:
            fault("%s: truth %s is labelled negative" % (key, t))
        if is_min(f.get("found_at_min")) and is_min(a) and f["found_at_min"] > a:
            fault("%s: its item %s was found before the loss began" % (key, t))
        if f.get("category") != r.get("category"):
            cross += 1
    for t, n in sorted(used.items()):
        if n > 1:
            fault("%s is the truth of %d reports" % (t, n))
    for k, f in sorted(fkeys.items()):
        if k not in used and "negative" not in f:
            fault("%s is nobody's truth but has no negative label" % k)
    if cross > 5:
        fault("%d pairs across categories (at most 5)" % cross)
    pairs = sum(used.values())
    never = sum(1 for r in lost if r.get("truth") is None)
    negs = sum(1 for f in found if "negative" in f)
    got = {"pairs": pairs, "never_found": never, "negatives": negs}
    for k in sorted(WANT):
        if got[k] != WANT[k]:
            fault("%s: %d, expected %d" % (k, got[k], WANT[k]))
    print("checked %s" % PATH)
    print("  %d lost reports (%d pairs, %d never found), %d found items (%d negatives), %d cross-category pairs"
          % (len(lost), pairs, never, len(found), negs, cross))
    print("  keys, categories, field lengths, lat/lon in China, time windows, truth links, labels,"
          " %d ID/IMEI numbers checked" % nums)
    print("  negatives: " + ", ".join("%s %d" % kv for kv in sorted(collections.Counter(
        f["negative"] for f in found if "negative" in f).items())))
    bycat = collections.defaultdict(lambda: [0, 0, 0])
    for r in lost:
        bycat[r["category"]][0 if r.get("truth") else 1] += 1
    for f in found:
        if "negative" in f:
            bycat[f["category"]][2] += 1
    print("  %-12s %6s %6s %6s" % ("category", "pairs", "never", "negs"))
    for c in sorted(bycat):
        print("  %-12s %6d %6d %6d" % ((c,) + tuple(bycat[c])))
    if faults:
        for m in faults[:60]:
            print("FAULT: " + m)
        print("%d faults" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
