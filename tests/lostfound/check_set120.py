#!/usr/bin/python3
"""Validate tests/lostfound/set120.json against the brief: counts, keys, every field, times, labels,
check digits, and that make_set120.py reproduces the file byte for byte under any PYTHONHASHSEED.
Exits non-zero on any fault."""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set120.json")
SEED = 120120
PFX = "S120"
PART = "set120"
N_LOST, N_FOUND, N_PAIRS, N_NEVER, N_NEG = 240, 270, 150, 90, 120
NEG_LABELS = {"same_category_colour": 30, "found_before_loss": 30, "same_brand_elsewhere": 30, "near_twin": 30}
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
SHORT = ("color", "brand", "model", "serial", "address")
LOST_FIELDS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "lost_from_min", "lost_to_min", "truth"}
FOUND_FIELDS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
                "found_at_min", "negative"}
MAXMIN = 172800

faults = []


def fault(msg):
    faults.append(msg)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_ok(s):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], ID_W)) % 11] == s[17]


def check_common(r, kind):
    k = r.get("key")
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (k, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % k)
    for f in SHORT:
        if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60):
            fault("%s: field %s empty or longer than 60" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat without lon or lon without lat" % k)
    if "lat" in r:
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)) \
                or not (18.0 <= la <= 53.6 and 73.5 <= lo <= 135.1):
            fault("%s: lat/lon not inside China" % k)
    text = " ".join(str(r.get(f, "")) for f in ("body", "serial", "marks"))
    for m in re.finditer(r"(?<![\dA-Za-z])(\d{17}[\dX])(?![\dA-Za-z])", text):
        if not id_ok(m.group(1)):
            fault("%s: 18-character ID number %s has a bad check digit" % (k, m.group(1)))
    for m in re.finditer(r"(?<![\d])(\d{16,17}|\d{19})(?![\dXx])", text):
        fault("%s: unmasked long number %s (bank cards only as tails or masks)" % (k, m.group(1)))
    for src in (r.get("serial", ""), r.get("body", ""), r.get("marks", "")):
        flat = re.sub(r"(?<=\d)[ \-](?=\d)", "", src)
        for m in re.finditer(r"(?<![\dA-Za-z])(\d{15})(?![\dA-Za-z])", flat):
            if not luhn_ok(m.group(1)):
                fault("%s: 15-digit IMEI %s fails Luhn" % (k, m.group(1)))


def main():
    with open(PATH, encoding="utf-8") as f:
        raw = f.read()
    d = json.loads(raw)
    if d.get("seed") != SEED:
        fault("seed is not %d" % SEED)
    if d.get("made_by") != "tests/lostfound/make_set120.py":
        fault("made_by wrong")
    if set(d.get("parts", {})) != {PART}:
        fault("parts must hold exactly %s" % PART)
    part = d["parts"][PART]
    if set(part) != {"found", "lost"}:
        fault("part must hold found and lost")
    lost, found = part["lost"], part["found"]
    print("checked counts: %d lost, %d found" % (len(lost), len(found)))
    if len(lost) != N_LOST or len(found) != N_FOUND:
        fault("counts: want %d lost and %d found" % (N_LOST, N_FOUND))

    lkeys = [r.get("key") for r in lost]
    fkeys = [r.get("key") for r in found]
    if lkeys != ["%s-L%04d" % (PFX, i + 1) for i in range(len(lost))]:
        fault("lost keys are not %s-L0001.. in order" % PFX)
    if sorted(fkeys) != ["%s-F%04d" % (PFX, i + 1) for i in range(len(found))]:
        fault("found keys are not %s-F0001.. without gaps" % PFX)
    if len(set(lkeys)) != len(lkeys) or len(set(fkeys)) != len(fkeys):
        fault("duplicate keys")
    fby = {r["key"]: r for r in found}

    for r in lost:
        check_common(r, "lost")
        extra = set(r) - LOST_FIELDS
        if extra:
            fault("%s: unknown fields %s" % (r["key"], sorted(extra)))
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (isinstance(a, int) and isinstance(b, int) and MAXMIN >= a >= b >= 0):
            fault("%s: need %d >= lost_from_min >= lost_to_min >= 0" % (r["key"], MAXMIN))
        if "truth" not in r:
            fault("%s: truth missing" % r["key"])
        elif r["truth"] is not None and r["truth"] not in fby:
            fault("%s: truth %r is no found key" % (r["key"], r["truth"]))
    for r in found:
        check_common(r, "found")
        extra = set(r) - FOUND_FIELDS
        if extra:
            fault("%s: unknown fields %s" % (r["key"], sorted(extra)))
        t = r.get("found_at_min")
        if not (isinstance(t, int) and 0 <= t <= MAXMIN):
            fault("%s: found_at_min out of 0..%d" % (r["key"], MAXMIN))
    print("checked fields: categories, body<=600, short fields<=60, marks<=500, lat/lon pairs in China, "
          "ID check digits, IMEI Luhn, no unmasked bank card numbers")

    truths = [r["truth"] for r in lost if r.get("truth")]
    if len(truths) != N_PAIRS:
        fault("want %d lost reports with a truth, got %d" % (N_PAIRS, len(truths)))
    if sum(1 for r in lost if r.get("truth") is None) != N_NEVER:
        fault("want %d lost reports whose item never turns up" % N_NEVER)
    if len(set(truths)) != len(truths):
        fault("a found item is the truth of more than one report")
    tset = set(truths)
    cross = 0
    for r in lost:
        if r.get("truth"):
            f = fby[r["truth"]]
            if f["found_at_min"] > r["lost_from_min"]:
                fault("%s: its item %s was found before the loss began" % (r["key"], f["key"]))
            if "negative" in f:
                fault("%s: true item %s carries a negative label" % (r["key"], f["key"]))
            if f["category"] != r["category"]:
                cross += 1
    if cross > 5:
        fault("%d pairs under different categories (at most 5)" % cross)
    negc = collections.Counter()
    for r in found:
        if r["key"] not in tset:
            if r.get("negative") not in NEG_LABELS:
                fault("%s: nobody's truth but no known negative label" % r["key"])
            negc[r.get("negative")] += 1
    if sum(negc.values()) != N_NEG or dict(negc) != NEG_LABELS:
        fault("negatives: want %s, got %s" % (NEG_LABELS, dict(negc)))
    # each negative imitates some lost report of its category
    lcat = collections.Counter(r["category"] for r in lost)
    for r in found:
        if "negative" in r and lcat[r["category"]] == 0:
            fault("%s: negative of a category no lost report has" % r["key"])
    # found-before-loss negatives must precede the start of at least one same-category loss
    for r in found:
        if r.get("negative") == "found_before_loss":
            if not any(l["category"] == r["category"] and l["lost_from_min"] < r["found_at_min"] for l in lost):
                fault("%s: found_before_loss but no same-category loss begins after it" % r["key"])
    print("checked labels: %d pairs (%d under two categories), %d never handed in, negatives %s"
          % (len(truths), cross, N_NEVER, dict(sorted(negc.items()))))

    # determinism
    for hs in ("0", "4242"):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "again.json")
            env = dict(os.environ, PYTHONHASHSEED=hs)
            subprocess.run([sys.executable, os.path.join(HERE, "make_set120.py"), out], check=True, env=env,
                           stdout=subprocess.DEVNULL)
            with open(out, encoding="utf-8") as f:
                if f.read() != raw:
                    fault("make_set120.py output differs under PYTHONHASHSEED=%s" % hs)
    print("checked determinism: identical output under PYTHONHASHSEED=0 and 4242")

    # table
    tab = collections.defaultdict(lambda: [0, 0, 0, 0])
    for r in lost:
        tab[r["category"]][0 if r.get("truth") else 1] += 1
    for r in found:
        tab[r["category"]][3 if "negative" in r else 2] += 1
    print("%-12s %6s %6s %6s %6s" % ("category", "l_pair", "l_never", "f_true", "f_neg"))
    for c in sorted(tab):
        print("%-12s %6d %6d %6d %6d" % ((c,) + tuple(tab[c])))

    if faults:
        for m in faults[:50]:
            print("FAULT:", m)
        print("%d faults" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
