#!/usr/bin/env python3
"""Validates tests/lostfound/set73.json against the set brief; exits non-zero on any fault.

Checks: file shape, keys, categories, field types and lengths, coordinates, time windows, truth
links (each found item the truth of at most one report, found at or after the loss began), the
negative labels, cross-category pairs, identifier validity (GB 11643 check digits on ID numbers,
Luhn on IMEIs, no full bank card numbers), that no full ID number or IMEI is shared by a lost
report and a found item that are not a labelled pair, a few properties of the decoy kinds, and
that the writer reproduces the file byte for byte under two PYTHONHASHSEED values.

Usage: python3 check_set73.py [--no-regen]
"""
import json
import math
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set73.json")
WRITER = os.path.join(HERE, "make_set73.py")
PART = "set73"
PFX = "S73"
SEED = 7373
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
MAXMIN = 172800
SHORT = ("color", "brand", "model", "serial", "address")
LOST_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon",
             "lost_from_min", "lost_to_min", "truth"}
FOUND_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon",
              "found_at_min", "negative"}
FEST = (43.905, 116.102)
EXPECT = dict(pairs=150, unfound=90, negatives=(100, 140), max_cross=5)

faults = []
notes = []


def fault(msg):
    faults.append(msg)


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    d = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(d))


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_ok(s):
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    if not (1900 <= y <= 2025 and 1 <= m <= 12 and 1 <= d <= 31):
        return False
    return ID_C[sum(int(a) * b for a, b in zip(s[:17], ID_W)) % 11] == s[17]


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


NUMRUN = re.compile(r"(?<![0-9A-Za-z*])\d(?:[ \-]?\d)*(?:[ \-]?[Xx])?(?![0-9A-Za-z*])")


def identifiers(text):
    """Full ID numbers and IMEIs written anywhere in text (spaces and dashes ignored)."""
    ids, imeis, bad = [], [], []
    for m in NUMRUN.finditer(text):
        raw = m.group(0)
        n = re.sub(r"[ \-]", "", raw)
        if len(n) == 18 and re.fullmatch(r"\d{17}[\dXx]", n):
            (ids if id_ok(n) else bad).append(("id", raw))
            if id_ok(n):
                pass
        elif len(n) == 15 and n.isdigit():
            (imeis if luhn_ok(n) else bad).append(("imei", raw))
        elif 16 <= len(n) <= 19 and n.isdigit():
            bad.append(("long number (bank card?)", raw))
    return [re.sub(r"[ \-]", "", x[1]).upper() for x in ids], [re.sub(r"[ \-]", "", x[1]) for x in imeis], bad


def text_of(rec):
    return " ".join(str(rec.get(f, "")) for f in ("body", "serial", "marks", "model", "brand", "address"))


def check_common(rec, where, allowed):
    for k in rec:
        if k not in allowed:
            fault("%s: unexpected field %r" % (where, k))
    if rec.get("category") not in CATS:
        fault("%s: bad category %r" % (where, rec.get("category")))
    b = rec.get("body")
    if not isinstance(b, str) or not b.strip():
        fault("%s: empty body" % where)
    elif len(b) > 600:
        fault("%s: body %d chars > 600" % (where, len(b)))
    for f in SHORT:
        if f in rec:
            if not isinstance(rec[f], str) or not rec[f].strip():
                fault("%s: %s empty or not a string" % (where, f))
            elif len(rec[f]) > 60:
                fault("%s: %s longer than 60" % (where, f))
    if "marks" in rec:
        if not isinstance(rec["marks"], str) or not rec["marks"].strip():
            fault("%s: marks empty" % where)
        elif len(rec["marks"]) > 500:
            fault("%s: marks longer than 500" % where)
    has_lat, has_lon = "lat" in rec, "lon" in rec
    if has_lat != has_lon:
        fault("%s: lat/lon must come together" % where)
    if has_lat and has_lon:
        la, lo = rec["lat"], rec["lon"]
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (la, lo)):
            fault("%s: lat/lon not numbers" % where)
        elif not (18.0 <= la <= 53.6 and 73.5 <= lo <= 135.1):
            fault("%s: lat/lon outside China" % where)
    _, _, bad = identifiers(text_of(rec))
    for kind, raw in bad:
        fault("%s: invalid %s %r" % (where, kind, raw))


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def main():
    with open(PATH, encoding="utf-8") as fh:
        raw = fh.read()
    data = json.loads(raw)
    if data.get("seed") != SEED:
        fault("seed is %r, expected %d" % (data.get("seed"), SEED))
    if data.get("made_by") != "tests/lostfound/make_set73.py":
        fault("made_by is %r" % data.get("made_by"))
    if list(data.get("parts", {}).keys()) != [PART]:
        fault("parts must hold exactly %r" % PART)
    part = data["parts"][PART]
    found, lost = part.get("found"), part.get("lost")
    if not isinstance(found, list) or not isinstance(lost, list):
        fault("found/lost must be lists")
        return finish()
    notes.append("shape: seed, made_by, parts.%s.found (%d) / lost (%d)" % (PART, len(found), len(lost)))

    # keys
    for lst, letter in ((found, "F"), (lost, "L")):
        keys = [r.get("key") for r in lst]
        want = ["%s-%s%04d" % (PFX, letter, i + 1) for i in range(len(lst))]
        if keys != want:
            fault("%s keys are not %s-%s0001.. in order" % (letter, PFX, letter))
    notes.append("keys: %s-L0001..%s-L%04d, %s-F0001..%s-F%04d, in order, unique" % (PFX, PFX, len(lost), PFX, PFX, len(found)))
    fmap = {f["key"]: f for f in found}

    # found items
    for f in found:
        w = f.get("key")
        check_common(f, w, FOUND_KEYS)
        t = f.get("found_at_min")
        if not is_int(t) or not (0 <= t <= MAXMIN):
            fault("%s: found_at_min %r outside 0..%d" % (w, t, MAXMIN))
    # lost reports
    truth_of = {}
    for l in lost:
        w = l.get("key")
        check_common(l, w, LOST_KEYS)
        a, b = l.get("lost_from_min"), l.get("lost_to_min")
        if not (is_int(a) and is_int(b)) or not (MAXMIN >= a >= b >= 0):
            fault("%s: need %d >= lost_from_min >= lost_to_min >= 0, got %r %r" % (w, MAXMIN, a, b))
        if "truth" not in l:
            fault("%s: truth missing (use null)" % w)
            continue
        t = l["truth"]
        if t is None:
            continue
        if t not in fmap:
            fault("%s: truth %r is not a found key" % (w, t))
            continue
        if t in truth_of:
            fault("%s: found %s is already the truth of %s" % (w, t, truth_of[t]))
        truth_of[t] = w
        if is_int(a) and is_int(fmap[t].get("found_at_min")) and fmap[t]["found_at_min"] > a:
            fault("%s: its found item %s was found before the loss began" % (w, t))
    notes.append("fields: categories from the catalogue; body <= 600, short fields <= 60, marks <= 500; "
                 "lat/lon together and inside China; 0 <= lost_to <= lost_from <= %d; 0 <= found_at <= %d" % (MAXMIN, MAXMIN))

    # negatives
    negs = {}
    for f in found:
        if f["key"] in truth_of:
            if "negative" in f:
                fault("%s: is a truth but carries negative=%r" % (f["key"], f["negative"]))
        else:
            n = f.get("negative")
            if not isinstance(n, str) or not re.fullmatch(r"[a-z_]+", n or ""):
                fault("%s: nobody's truth but no proper negative label" % f["key"])
            else:
                negs[n] = negs.get(n, 0) + 1
    cross = [(l["key"], l["truth"]) for l in lost if l.get("truth") in fmap and fmap[l["truth"]]["category"] != l["category"]]
    if len(cross) > EXPECT["max_cross"]:
        fault("%d pairs sit under different categories (at most %d)" % (len(cross), EXPECT["max_cross"]))
    n_pairs = sum(1 for l in lost if l.get("truth"))
    n_null = sum(1 for l in lost if l.get("truth") is None)
    n_neg = sum(negs.values())
    if n_pairs != EXPECT["pairs"]:
        fault("%d pairs, expected %d" % (n_pairs, EXPECT["pairs"]))
    if n_null != EXPECT["unfound"]:
        fault("%d never-found reports, expected %d" % (n_null, EXPECT["unfound"]))
    if not (EXPECT["negatives"][0] <= n_neg <= EXPECT["negatives"][1]):
        fault("%d negatives, expected about 120" % n_neg)
    if len(found) != n_pairs + n_neg:
        fault("found items are neither truths nor negatives")
    notes.append("truth: %d pairs (each found item at most once, found at/after the loss began), %d never found; "
                 "%d cross-category pairs (<= %d)" % (n_pairs, n_null, len(cross), EXPECT["max_cross"]))
    notes.append("negatives: %d, %s" % (n_neg, json.dumps(negs, sort_keys=True)))

    # decoy properties that can be seen from the file alone
    for f in found:
        n = f.get("negative")
        if n == "found_before_loss":
            if not any(l["category"] == f["category"] and l["lost_from_min"] < f["found_at_min"] for l in lost):
                fault("%s: found_before_loss but found after every same-category loss began" % f["key"])
        if n == "same_brand_far" and "lat" in f:
            d = km(FEST, (f["lat"], f["lon"]))
            if not (15.0 <= d <= 45.0):
                fault("%s: same_brand_far but %.1f km from the festival" % (f["key"], d))
        if n == "same_brand_far" and "brand" not in f and f["category"] not in ("id_doc", "wallet", "keys"):
            pass
    notes.append("decoys: every found_before_loss is found before some same-category loss began; "
                 "same_brand_far coordinates lie 15-45 km from the festival")

    # identifiers
    n_id = n_imei = 0
    l_ids, f_ids = {}, {}
    for lst, store in ((lost, l_ids), (found, f_ids)):
        for r in lst:
            ids, imeis, _ = identifiers(text_of(r))
            n_id += len(ids)
            n_imei += len(imeis)
            for x in ids + imeis:
                store.setdefault(x, set()).add(r["key"])
    for x in sorted(l_ids):
        if x in f_ids:
            for lk in sorted(l_ids[x]):
                lrec = next(l for l in lost if l["key"] == lk)
                for fk in sorted(f_ids[x]):
                    if lrec.get("truth") != fk:
                        fault("%s and %s share identifier %s but are not a pair" % (lk, fk, x))
    notes.append("identifiers: %d full ID numbers (GB 11643 check digit and date valid), %d IMEIs (Luhn valid), "
                 "no 16-19 digit card numbers; no full identifier shared by an unpaired lost/found" % (n_id, n_imei))

    # regeneration
    if "--no-regen" not in sys.argv:
        for hs in ("0", "1"):
            env = dict(os.environ, PYTHONHASHSEED=hs)
            out = subprocess.run([sys.executable, WRITER, "--stdout"], env=env, capture_output=True, check=False)
            if out.returncode != 0:
                fault("writer failed under PYTHONHASHSEED=%s: %s" % (hs, out.stderr.decode()[-400:]))
            elif out.stdout != raw.encode("utf-8"):
                fault("writer output under PYTHONHASHSEED=%s differs from set73.json" % hs)
        notes.append("determinism: make_set73.py --stdout under PYTHONHASHSEED=0 and 1 equals set73.json byte for byte")
    return finish(lost, found, fmap)


def finish(lost=None, found=None, fmap=None):
    if lost is not None:
        table = {}
        for l in lost:
            c = l["category"]
            row = table.setdefault(c, [0, 0, 0])
            row[0 if l.get("truth") else 1] += 1
        for f in found:
            if "negative" in f:
                table.setdefault(f["category"], [0, 0, 0])[2] += 1
        notes.append("by category (lost category; negatives by their own category):")
        notes.append("  %-12s %6s %8s %9s" % ("category", "pairs", "unfound", "negatives"))
        for c in CATS:
            if c in table:
                notes.append("  %-12s %6d %8d %9d" % ((c,) + tuple(table[c])))
    for n in notes:
        print(n)
    if faults:
        print("FAULTS (%d):" % len(faults))
        for f in faults[:200]:
            print("  " + f)
        sys.exit(1)
    print("OK: set73.json passes every check")
    sys.exit(0)


if __name__ == "__main__":
    main()
