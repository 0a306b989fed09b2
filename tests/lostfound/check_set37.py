#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate set37.json (written by make_set37.py) against the brief; exit non-zero on any fault.

usage: python3 check_set37.py [path/to/set37.json] [--no-rerun]

Without --no-rerun it also runs make_set37.py twice more, under two different PYTHONHASHSEED
values, into a temporary directory and checks that both outputs are byte-identical to the file.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

NN = "37"
SEED = 20261237
PFX = "N3"
N_LOST, N_TRUE, N_FOUND = 400, 300, 500
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
NEG_LABELS = {"same_category_colour": 60, "found_before_loss": 45, "same_brand_other_place_time": 45, "ordinary": 50}
OPT60 = ["color", "brand", "model", "serial", "address"]
LOST_KEYS = ["key", "category", "body"] + OPT60 + ["marks", "lat", "lon", "lost_from_min", "lost_to_min", "truth"]
FOUND_KEYS = ["key", "category", "body"] + OPT60 + ["marks", "lat", "lon", "found_at_min", "negative"]
MAXMIN = 172800
HERE = os.path.dirname(os.path.abspath(__file__))

faults = []
checked = []


def fault(msg):
    faults.append(msg)


def luhn_ok(num):
    s = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_ok(v):
    v = v.upper()
    return "10X98765432"[sum(int(a) * b for a, b in zip(v[:17], ID_W)) % 11] == v[17]


RUN = re.compile(r"(?<![0-9A-Za-z])(\d[\d ]{8,26}[\dXx])(?![0-9A-Za-z])")
MASK = re.compile(r"(?<![0-9A-Za-z*])(\d{3,6})(\*{4,14})(\d{3}[\dXx])(?![0-9A-Za-z*])")


def check_numbers(where, text, counts):
    for m in RUN.finditer(text):
        raw = m.group(1)
        v = raw.replace(" ", "")
        if len(v) == 15 and v.isdigit():
            counts["imei"] += 1
            if not luhn_ok(v):
                fault("%s: IMEI-like number %s fails the Luhn check" % (where, raw))
        elif len(v) == 18:
            counts["id_full"] += 1
            if not (v[:17].isdigit() and id_ok(v)):
                fault("%s: 18-character number %s is not a valid GB 11643 ID number" % (where, raw))
        elif 16 <= len(v) <= 19 and v.isdigit():
            fault("%s: %s looks like a full bank card number" % (where, raw))
        elif len(v) > 19:
            fault("%s: over-long digit run %s" % (where, raw))
    for m in MASK.finditer(text):
        total = len(m.group(1)) + len(m.group(2)) + len(m.group(3))
        if total == 18:
            counts["id_masked"] += 1
        elif total in (12, 16, 19) or m.group(1).startswith("62"):
            counts["card_masked"] += 1
        else:
            fault("%s: masked number %s has an odd length %d" % (where, m.group(0), total))


def check_record(r, side, counts):
    k = r.get("key", "?")
    allowed = LOST_KEYS if side == "lost" else FOUND_KEYS
    for f in r:
        if f not in allowed:
            fault("%s: unknown field %r" % (k, f))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (k, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing, empty or over 600 characters" % k)
    for f in OPT60:
        if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60):
            fault("%s: %s must be a non-empty string of at most 60 characters" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
        fault("%s: marks must be a non-empty string of at most 500 characters" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat and lon must come together" % k)
    if "lat" in r:
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)):
            fault("%s: lat/lon must be numbers" % k)
        elif not (18.0 <= la <= 53.6 and 73.5 <= lo <= 135.1):
            fault("%s: lat/lon %s,%s outside China" % (k, la, lo))
    for f in ["body", "serial", "marks", "model", "address"]:
        if isinstance(r.get(f), str):
            check_numbers("%s.%s" % (k, f), r[f], counts)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = args[0] if args else os.path.join(HERE, "set%s.json" % NN)
    raw = open(path, "rb").read()
    doc = json.loads(raw.decode("utf-8"))
    if sorted(doc) != ["made_by", "parts", "seed"]:
        fault("top level must hold exactly seed, made_by, parts")
    if doc.get("seed") != SEED:
        fault("seed is %r, expected %d" % (doc.get("seed"), SEED))
    if doc.get("made_by") != "tests/lostfound/make_set%s.py" % NN:
        fault("made_by is %r" % doc.get("made_by"))
    parts = doc.get("parts", {})
    if list(parts) != ["set%s" % NN] or sorted(parts["set%s" % NN]) != ["found", "lost"]:
        fault("parts must be {'set%s': {'found': [...], 'lost': [...]}}" % NN)
        return
    lost, found = parts["set%s" % NN]["lost"], parts["set%s" % NN]["found"]
    checked.append("structure: seed %d, made_by, one part set%s with found and lost" % (SEED, NN))
    counts = {"imei": 0, "id_full": 0, "id_masked": 0, "card_masked": 0}

    # keys
    for side, rows, letter, n in (("lost", lost, "L", N_LOST), ("found", found, "F", N_FOUND)):
        if len(rows) != n:
            fault("%d %s records, expected %d" % (len(rows), side, n))
        for i, r in enumerate(rows):
            want = "%s-%s%04d" % (PFX, letter, i + 1)
            if r.get("key") != want:
                fault("%s record %d has key %r, expected %s" % (side, i, r.get("key"), want))
            check_record(r, side, counts)
    checked.append("keys %s-L0001..%s-L%04d and %s-F0001..%s-F%04d, in order and unique" % (PFX, PFX, N_LOST, PFX, PFX, N_FOUND))
    checked.append("fields: only those of the brief; categories from the catalogue; body <= 600, marks <= 500, "
                   "other text fields <= 60; lat/lon together and inside China")

    fk = {r["key"]: r for r in found}
    # times
    for r in lost:
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (isinstance(a, int) and isinstance(b, int)) or isinstance(a, bool) or isinstance(b, bool):
            fault("%s: lost_from_min/lost_to_min must be integers" % r["key"])
            continue
        if not (MAXMIN >= a >= b >= 0):
            fault("%s: need %d >= lost_from_min >= lost_to_min >= 0, got %s, %s" % (r["key"], MAXMIN, a, b))
    for r in found:
        a = r.get("found_at_min")
        if not isinstance(a, int) or isinstance(a, bool) or not (0 <= a <= MAXMIN):
            fault("%s: found_at_min must be an integer in 0..%d" % (r["key"], MAXMIN))
    checked.append("times: %d >= lost_from_min >= lost_to_min >= 0; 0 <= found_at_min <= %d" % (MAXMIN, MAXMIN))

    # labels
    used = {}
    n_true = 0
    cross = []
    for r in lost:
        if "truth" not in r:
            fault("%s: truth missing (use null for never handed in)" % r["key"])
            continue
        t = r["truth"]
        if t is None:
            continue
        n_true += 1
        if t not in fk:
            fault("%s: truth %r is not a found key" % (r["key"], t))
            continue
        if t in used:
            fault("%s and %s share the true item %s" % (used[t], r["key"], t))
        used[t] = r["key"]
        f = fk[t]
        if "negative" in f:
            fault("%s: its true item %s is labelled negative" % (r["key"], t))
        if isinstance(f.get("found_at_min"), int) and isinstance(r.get("lost_from_min"), int) \
                and f["found_at_min"] > r["lost_from_min"]:
            fault("%s: true item %s was found before the loss began" % (r["key"], t))
        if f["category"] != r["category"]:
            cross.append((r["key"], r["category"], t, f["category"]))
    if n_true != N_TRUE:
        fault("%d lost reports have a true item, expected %d" % (n_true, N_TRUE))
    if len(lost) - n_true != N_LOST - N_TRUE:
        fault("%d lost reports without a true item, expected %d" % (len(lost) - n_true, N_LOST - N_TRUE))
    if len(cross) > 5:
        fault("%d pairs sit under different categories, at most 5 allowed" % len(cross))
    neg = {}
    for r in found:
        if r["key"] in used:
            continue
        lab = r.get("negative")
        if lab not in NEG_LABELS:
            fault("%s: nobody's truth but negative label is %r" % (r["key"], lab))
            continue
        neg[lab] = neg.get(lab, 0) + 1
    for lab, n in NEG_LABELS.items():
        if neg.get(lab, 0) != n:
            fault("%d negatives labelled %s, expected %d" % (neg.get(lab, 0), lab, n))
    checked.append("labels: %d reports with a true item, %d never handed in; each found item the truth of at most "
                   "one report; true items unlabelled and found at or after the loss began; %d cross-category pairs"
                   % (n_true, len(lost) - n_true, len(cross)))
    checked.append("negatives: %s" % ", ".join("%s %d" % (k, neg.get(k, 0)) for k in NEG_LABELS))
    # a found_before_loss negative must predate the loss window of at least one same-category report
    for r in found:
        if r.get("negative") == "found_before_loss":
            if not any(l["category"] == r["category"] and r["found_at_min"] > l["lost_from_min"] for l in lost):
                fault("%s: found_before_loss but it predates no loss of its category" % r["key"])
    checked.append("every found_before_loss negative predates the loss window of some same-category report")
    # identifiers
    serials = {}
    for r in lost + found:
        s = r.get("serial")
        if s and len(s.replace(" ", "")) >= 8 and "*" not in s and not s.startswith(("后", "尾号")):
            serials.setdefault(s.replace(" ", "").upper(), []).append(r["key"])
    for s, ks in sorted(serials.items()):
        ls = [k for k in ks if "-L" in k]
        fs = [k for k in ks if "-F" in k]
        for lk in ls:
            t = [r for r in lost if r["key"] == lk][0]["truth"]
            for fk_ in fs:
                if fk_ != t:
                    fault("%s and %s carry the same serial %s but are not a pair" % (lk, fk_, s))
    checked.append("identifiers: %d IMEIs pass Luhn, %d full and %d masked ID numbers carry valid/right-length "
                   "GB 11643 forms, %d bank cards appear only masked or as tails; no full serial is shared by a "
                   "report and a found item that are not a pair"
                   % (counts["imei"], counts["id_full"], counts["id_masked"], counts["card_masked"]))

    # counts by category
    rows = []
    for c in CATS:
        lt = sum(1 for r in lost if r["category"] == c and r["truth"])
        ln = sum(1 for r in lost if r["category"] == c and not r["truth"])
        ft = sum(1 for r in found if r["category"] == c and "negative" not in r)
        fn = {lab: sum(1 for r in found if r["category"] == c and r.get("negative") == lab) for lab in NEG_LABELS}
        rows.append((c, lt, ln, ft) + tuple(fn[lab] for lab in NEG_LABELS))
    print("category     lost+truth lost-null found-true  same_cat_col before_loss same_brand ordinary")
    for row in rows:
        print("%-12s %10d %9d %10d  %12d %11d %10d %8d" % row)
    tot = [sum(r[i] for r in rows) for i in range(1, 8)]
    print("%-12s %10d %9d %10d  %12d %11d %10d %8d" % tuple(["total"] + tot))
    for side, rs in (("lost", lost), ("found", found)):
        fill = ", ".join("%s %d%%" % (f, round(100.0 * sum(1 for r in rs if f in r) / len(rs)))
                         for f in ["color", "brand", "model", "serial", "address", "marks", "lat"])
        print("%s fields filled: %s" % (side, fill))
    if cross:
        print("cross-category pairs: " + "; ".join("%s %s -> %s %s" % c for c in cross))

    # determinism
    if "--no-rerun" not in sys.argv:
        maker = os.path.join(HERE, "make_set%s.py" % NN)
        with tempfile.TemporaryDirectory() as td:
            for hs in ("0", "12345"):
                out = os.path.join(td, "set%s.%s.json" % (NN, hs))
                env = dict(os.environ, PYTHONHASHSEED=hs)
                env.pop("SET37_DEBUG", None)
                subprocess.run([sys.executable, maker, "--out", out], check=True, env=env, stdout=subprocess.DEVNULL)
                if open(out, "rb").read() != raw:
                    fault("make_set%s.py under PYTHONHASHSEED=%s does not reproduce %s" % (NN, hs, path))
        checked.append("determinism: make_set%s.py under PYTHONHASHSEED=0 and =12345 reproduces the file byte for byte" % NN)

    for c in checked:
        print("checked: " + c)
    if faults:
        for f_ in faults[:60]:
            print("FAULT: " + f_)
        print("%d fault(s)" % len(faults))
        sys.exit(1)
    print("OK: set%s passes every check" % NN)


if __name__ == "__main__":
    main()
