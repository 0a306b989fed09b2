#!/usr/bin/env python3
"""Validate tests/lostfound/set50.json against the set brief; exit non-zero on any fault."""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set50.json")
PFX = "S50"
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
STR60 = ("color", "brand", "model", "serial", "address")
LOST_KEYS = {"key", "category", "body", "marks", "lat", "lon", "lost_from_min", "lost_to_min", "truth"} | set(STR60)
FOUND_KEYS = {"key", "category", "body", "marks", "lat", "lon", "found_at_min", "negative"} | set(STR60)
HARD = {"fact_differs", "other_serial", "found_before_loss", "same_model_elsewhere"}
MAXMIN = 172800
faults = []


def fault(msg):
    faults.append(msg)


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_ok(s):
    return ID_C[sum(int(c) * w for c, w in zip(s[:17], ID_W)) % 11] == s[17].upper()


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def texts(rec):
    return [str(rec.get(k, "")) for k in ("body", "marks", "serial", "model", "address")]


def check_numbers(rec, counts):
    for t in texts(rec):
        # an ID number (18 chars, digits with a possible final X), unmasked, also when written in groups
        flat_id = re.sub(r"(?<=\d) (?=\d)", "", t)
        for m in re.finditer(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])", flat_id):
            counts["id"] += 1
            if not id_ok(m.group(1)):
                fault("%s: ID number %s has a bad check digit" % (rec["key"], m.group(1)))
        # an IMEI, possibly written with spaces or dashes
        flat = re.sub(r"(?<=\d)[ \-](?=\d)", "", t)
        for m in re.finditer(r"(?<!\d)(\d{15})(?!\d)", flat):
            counts["imei"] += 1
            if not luhn_ok(m.group(1)):
                fault("%s: IMEI %s fails Luhn" % (rec["key"], m.group(1)))
        for m in re.finditer(r"(?<!\d)(\d{16}|\d{19})(?!\d)", flat):
            fault("%s: a full card-length number %s appears" % (rec["key"], m.group(1)))


def common(rec, kind, counts):
    k = rec.get("key", "?")
    if rec.get("category") not in CATS:
        fault("%s: bad category %r" % (k, rec.get("category")))
    b = rec.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % k)
    for f in STR60:
        if f in rec and (not isinstance(rec[f], str) or not rec[f] or len(rec[f]) > 60):
            fault("%s: field %s empty, not a string or longer than 60" % (k, f))
    if "marks" in rec and (not isinstance(rec["marks"], str) or not rec["marks"] or len(rec["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % k)
    if ("lat" in rec) != ("lon" in rec):
        fault("%s: lat and lon must come together" % k)
    if "lat" in rec:
        counts["latlon_" + kind] += 1
        la, lo = rec["lat"], rec["lon"]
        if not (isinstance(la, (int, float)) and isinstance(lo, (int, float)) and 18 <= la <= 54 and 73 <= lo <= 135):
            fault("%s: lat/lon %r,%r not inside China" % (k, la, lo))
    for f in STR60 + ("marks",):
        if f in rec:
            counts["field_%s_%s" % (kind, f)] += 1
    check_numbers(rec, counts)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def main():
    with open(PATH, encoding="utf-8") as fh:
        doc = json.load(fh)
    counts = Counter()
    if doc.get("seed") != 5050:
        fault("seed is not 5050")
    if doc.get("made_by") != "tests/lostfound/make_set50.py":
        fault("made_by is wrong")
    if list(doc.get("parts", {})) != ["set50"]:
        fault("parts must hold exactly set50")
    part = doc["parts"]["set50"]
    lost, found = part["lost"], part["found"]
    fkeys = [f["key"] for f in found]
    lkeys = [l["key"] for l in lost]
    if fkeys != ["%s-F%04d" % (PFX, i + 1) for i in range(len(found))]:
        fault("found keys are not S50-F0001.. in order")
    if lkeys != ["%s-L%04d" % (PFX, i + 1) for i in range(len(lost))]:
        fault("lost keys are not S50-L0001.. in order")
    F = {f["key"]: f for f in found}
    for f in found:
        extra = set(f) - FOUND_KEYS
        if extra:
            fault("%s: unknown fields %s" % (f["key"], sorted(extra)))
        common(f, "found", counts)
        t = f.get("found_at_min")
        if not is_int(t) or not 0 <= t <= MAXMIN:
            fault("%s: found_at_min out of range" % f["key"])
    used = Counter()
    cross = 0
    for l in lost:
        extra = set(l) - LOST_KEYS
        if extra:
            fault("%s: unknown fields %s" % (l["key"], sorted(extra)))
        if "truth" not in l:
            fault("%s: truth missing" % l["key"])
        common(l, "lost", counts)
        a, b = l.get("lost_from_min"), l.get("lost_to_min")
        if not (is_int(a) and is_int(b) and MAXMIN >= a >= b >= 0):
            fault("%s: loss window %r..%r invalid" % (l["key"], a, b))
        t = l.get("truth")
        if t is not None:
            if t not in F:
                fault("%s: truth %s is not a found key" % (l["key"], t))
                continue
            used[t] += 1
            f = F[t]
            if "negative" in f:
                fault("%s: its truth %s carries a negative label" % (l["key"], t))
            if f["found_at_min"] > a:
                fault("%s: truth %s was found before the loss began" % (l["key"], t))
            if f["category"] != l["category"]:
                cross += 1
    for k, n in used.items():
        if n > 1:
            fault("%s is the truth of %d reports" % (k, n))
    for f in found:
        if f["key"] not in used:
            if not isinstance(f.get("negative"), str) or not f["negative"]:
                fault("%s: nobody's truth but has no negative label" % f["key"])
    if cross > 5:
        fault("%d pairs sit under different categories (at most 5)" % cross)
    # found-before-loss negatives must each have a never-found report of that category they are before
    never = [l for l in lost if l["truth"] is None]
    for f in found:
        if f.get("negative") == "found_before_loss":
            if not any(l["category"] == f["category"] and l["lost_from_min"] < f["found_at_min"] for l in never):
                fault("%s: found_before_loss but no never-found report of its category starts after it" % f["key"])
    neg = Counter(f.get("negative") for f in found if "negative" in f)
    n_true = sum(1 for l in lost if l["truth"] is not None)
    n_hard = sum(n for k, n in neg.items() if k in HARD)
    want = dict(lost=240, lost_true=150, lost_never=90, found=270, found_neg=120)
    got = dict(lost=len(lost), lost_true=n_true, lost_never=len(lost) - n_true, found=len(found),
               found_neg=sum(neg.values()))
    if got != want:
        fault("counts %s, expected %s" % (got, want))
    if n_hard < 70:
        fault("only %d hard negatives (need 70)" % n_hard)
    # determinism: regenerate in a scratch copy under two hash seeds
    tmp = tempfile.mkdtemp()
    try:
        shutil.copy(os.path.join(HERE, "make_set50.py"), tmp)
        outs = []
        for hs in ("0", "4242"):
            env = dict(os.environ, PYTHONHASHSEED=hs)
            subprocess.run([sys.executable, os.path.join(tmp, "make_set50.py")], env=env, check=True,
                           stdout=subprocess.DEVNULL)
            with open(os.path.join(tmp, "set50.json"), "rb") as fh:
                outs.append(fh.read())
        with open(PATH, "rb") as fh:
            mine = fh.read()
        if not (outs[0] == outs[1] == mine):
            fault("make_set50.py output differs between runs or from the committed set50.json")
    finally:
        shutil.rmtree(tmp)

    print("checked set50.json:")
    print("  lost %d (with truth %d, never found %d); found %d (true %d, negative %d)" % (
        len(lost), n_true, len(lost) - n_true, len(found), len(found) - sum(neg.values()), sum(neg.values())))
    print("  negatives by label: %s; hard (tied to one never-found report) %d" % (dict(sorted(neg.items())), n_hard))
    print("  pairs under different categories: %d" % cross)
    print("  categories lost: %s" % dict(sorted(Counter(l["category"] for l in lost).items())))
    print("  categories found: %s" % dict(sorted(Counter(f["category"] for f in found).items())))
    print("  ID numbers checked %d, IMEIs checked %d, no full card numbers" % (counts["id"], counts["imei"]))
    print("  lat/lon on %d lost and %d found records" % (counts["latlon_lost"], counts["latlon_found"]))
    print("  fields, limits, key order, loss windows, found-after-loss for truths, one report per found item,")
    print("  determinism under PYTHONHASHSEED 0 and 4242")
    if faults:
        print("FAULTS (%d):" % len(faults))
        for m in faults[:50]:
            print("  " + m)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
