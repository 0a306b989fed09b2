"""Validate set101.json against the brief; exit non-zero on any fault.

    python3 tests/lostfound/check_set101.py [--determinism]

--determinism also re-runs make_set101.py under two PYTHONHASHSEED values and requires the
bytes to equal the committed file.
"""
import collections
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set101.json")
PFX = "S101"
PART = "set101"
SEED = 10101
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
NEG_KINDS = {"near_twin", "same_cat_color", "before_loss", "brand_elsewhere", "namesake", "one_detail"}
OPT60 = ("color", "brand", "model", "serial", "address")
MAXMIN = 172800
LOST_FIELDS = {"key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon",
               "lost_from_min", "lost_to_min", "truth"}
FOUND_FIELDS = {"key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon",
                "found_at_min", "negative"}

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * k for c, k in zip(s[:17], w)) % 11] == s[17]


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


def texts(r):
    return [str(r[k]) for k in ("body", "color", "brand", "model", "serial", "address", "marks") if k in r]


def check_numbers(r, stats):
    for t in texts(r):
        # full ID numbers must carry a valid GB 11643 check digit
        for m in re.finditer(r"(?<![0-9A-Za-z])(\d{17}[\dX])(?![0-9A-Za-z])", t):
            stats["id numbers"] += 1
            if not id_ok(m.group(1)):
                fault("%s: ID number %s has a bad check digit" % (r["key"], m.group(1)))
        # any other run of 16 or more digits would be a full bank card: forbidden
        for m in re.finditer(r"\d{16,}X?", t):
            run = m.group(0)
            if not (len(run) == 18 and id_ok(run)):
                fault("%s: a long digit run %s that is no valid ID number (a full card number?)" % (r["key"], run))
        # IMEIs, written whole or with spaces, must pass Luhn
        for m in re.finditer(r"IMEI[:：]?\s*((?:\d[ ]?){15})(?!\d)", t):
            d = m.group(1).replace(" ", "")
            stats["imeis"] += 1
            if not luhn_ok(d):
                fault("%s: IMEI %s fails Luhn" % (r["key"], d))
        for m in re.finditer(r"(?<!\d)(\d{15})(?!\d)", t):
            stats["15-digit runs"] += 1
            if not luhn_ok(m.group(1)):
                fault("%s: 15-digit number %s fails Luhn" % (r["key"], m.group(1)))
        for m in re.finditer(r"(?<!\d)(\d{2} \d{6} \d{6} \d)(?!\d)", t):
            if not luhn_ok(m.group(1).replace(" ", "")):
                fault("%s: spaced IMEI %s fails Luhn" % (r["key"], m.group(1)))
        for m in re.finditer(r"(?<!\d)(\d{4} \d{4} \d{4} \d{3})(?!\d)", t):
            if not luhn_ok(m.group(1).replace(" ", "")):
                fault("%s: spaced IMEI %s fails Luhn" % (r["key"], m.group(1)))


def check_common(r, kind, allowed, stats):
    k = r.get("key", "?")
    extra = set(r) - allowed
    if extra:
        fault("%s: unknown fields %s" % (k, sorted(extra)))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (k, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % k)
    for f in OPT60:
        if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60):
            fault("%s: field %s empty, not text or longer than 60" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat without lon or the reverse" % k)
    if "lat" in r:
        stats[kind + " with coordinates"] += 1
        if not (isinstance(r["lat"], float) and isinstance(r["lon"], float) and 18.0 <= r["lat"] <= 53.6 and 73.5 <= r["lon"] <= 135.1):
            fault("%s: coordinates outside China" % k)
    for f in OPT60 + ("marks",):
        if f in r:
            stats["%s fields filled: %s" % (kind, f)] += 1
    check_numbers(r, stats)


def main():
    stats = collections.Counter()
    raw = open(PATH, "rb").read()
    data = json.loads(raw.decode("utf-8"))
    if data.get("seed") != SEED:
        fault("seed is not %d" % SEED)
    if data.get("made_by") != "tests/lostfound/make_set101.py":
        fault("made_by is wrong")
    if list(data.get("parts", {})) != [PART]:
        fault("parts must hold exactly %s" % PART)
    part = data["parts"][PART]
    lost, found = part["lost"], part["found"]
    print("checking %s: %d lost, %d found" % (PATH, len(lost), len(found)))

    for i, r in enumerate(lost, 1):
        if r.get("key") != "%s-L%04d" % (PFX, i):
            fault("lost #%d has key %r" % (i, r.get("key")))
    for i, r in enumerate(found, 1):
        if r.get("key") != "%s-F%04d" % (PFX, i):
            fault("found #%d has key %r" % (i, r.get("key")))
    fmap = {r["key"]: r for r in found}
    print("  keys: consecutive, unique, prefix %s" % PFX)

    for r in lost:
        check_common(r, "lost", LOST_FIELDS, stats)
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (isinstance(a, int) and isinstance(b, int) and MAXMIN >= a >= b >= 0):
            fault("%s: lost window %r..%r not 172800 >= from >= to >= 0" % (r["key"], a, b))
        if "truth" not in r:
            fault("%s: no truth field" % r["key"])
    for r in found:
        check_common(r, "found", FOUND_FIELDS, stats)
        fa = r.get("found_at_min")
        if not (isinstance(fa, int) and 0 <= fa <= MAXMIN):
            fault("%s: found_at_min %r out of range" % (r["key"], fa))
    print("  fields: categories, body <= 600, optional fields <= 60, marks <= 500, lat/lon pairs in China, no unknown fields")
    print("  times: 172800 >= lost_from_min >= lost_to_min >= 0, 0 <= found_at_min <= 172800")

    used = collections.Counter()
    cross = 0
    for r in lost:
        t = r.get("truth")
        if t is None:
            continue
        if t not in fmap:
            fault("%s: truth %s is not a found key" % (r["key"], t))
            continue
        used[t] += 1
        f = fmap[t]
        if "negative" in f:
            fault("%s: truth %s is labelled negative" % (r["key"], t))
        if not f["found_at_min"] <= r["lost_from_min"]:
            fault("%s: its found item %s was found before the loss began" % (r["key"], t))
        if f["category"] != r["category"]:
            cross += 1
    for k, n in used.items():
        if n > 1:
            fault("%s is the truth of %d reports" % (k, n))
    for r in found:
        if r["key"] not in used and "negative" not in r:
            fault("%s is nobody's truth but has no negative label" % r["key"])
        if "negative" in r and r["negative"] not in NEG_KINDS:
            fault("%s: unknown negative kind %r" % (r["key"], r["negative"]))
    if cross > 5:
        fault("%d cross-category pairs (at most 5)" % cross)
    print("  truth: each found item the truth of at most one report, truths unlabelled, found at or after the loss began,"
          " %d cross-category pairs (<= 5)" % cross)

    # the semantics of the negatives that can be checked from the outside
    lmap = {}
    for r in lost:
        lmap[r["key"]] = r
    n_pairs = sum(1 for r in lost if r["truth"])
    n_never = sum(1 for r in lost if r["truth"] is None)
    negs = collections.Counter(r["negative"] for r in found if "negative" in r)
    if n_pairs < 150 or n_never < 90 or sum(negs.values()) < 110:
        fault("sizes: %d pairs, %d never found, %d negatives" % (n_pairs, n_never, sum(negs.values())))
    print("  numbers: %d full ID numbers with valid check digits, %d IMEIs and %d bare 15-digit runs pass Luhn, no full card numbers"
          % (stats["id numbers"], stats["imeis"], stats["15-digit runs"]))
    print("  sizes: %d lost (%d pairs, %d never found), %d found (%d negatives)" % (len(lost), n_pairs, n_never, len(found), sum(negs.values())))
    print("  negatives by kind: " + ", ".join("%s %d" % (k, negs[k]) for k in sorted(negs)))
    bycat = collections.Counter()
    for r in lost:
        bycat[(r["category"], "lost")] += 1
        bycat[(r["category"], "pair" if r["truth"] else "never")] += 1
    for r in found:
        bycat[(r["category"], "found")] += 1
        if "negative" in r:
            bycat[(r["category"], "neg")] += 1
    print("  %-12s %5s %5s %5s %5s %5s" % ("category", "lost", "pairs", "never", "found", "neg"))
    for c in sorted(CATS):
        print("  %-12s %5d %5d %5d %5d %5d" % (c, bycat[(c, "lost")], bycat[(c, "pair")], bycat[(c, "never")], bycat[(c, "found")], bycat[(c, "neg")]))
    print("  fields filled: " + ", ".join("%s %d" % (k, v) for k, v in sorted(stats.items()) if "fields" in k or "coord" in k))

    if "--determinism" in sys.argv:
        outs = []
        for hs in ("1", "4242"):
            env = dict(os.environ, PYTHONHASHSEED=hs)
            subprocess.run([sys.executable, os.path.join(HERE, "make_set101.py")], env=env, check=True, stdout=subprocess.DEVNULL)
            outs.append(open(PATH, "rb").read())
        if not (outs[0] == outs[1] == raw):
            fault("make_set101.py output differs between runs or from the checked file")
        print("  determinism: make_set101.py under PYTHONHASHSEED=1 and 4242 gives the same bytes as the file")

    if faults:
        print("FAULTS (%d):" % len(faults))
        for f in faults[:60]:
            print("  " + f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
