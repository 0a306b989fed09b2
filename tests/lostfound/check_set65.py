#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validates tests/lostfound/set65.json; exits non-zero on any fault.

Checks the shape and limits of every record, the labels (truth / negative), the
counts the set was written to, the time rule for true pairs, the identifiers
(GB 11643 check digits on full ID numbers, Luhn on IMEIs, no full bank card or
mobile numbers), and that make_set65.py reproduces set65.json byte for byte under
two PYTHONHASHSEED values.

usage: python3 tests/lostfound/check_set65.py
"""

import collections
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "set65.json")
MAKER = os.path.join(HERE, "make_set65.py")
SEED = 6565
PFX = "S65"
PART = "set65"

CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
N_LOST, N_FOUND, N_TRUE = 240, 270, 150
NEG_COUNTS = {"twin": 22, "same_cat_colour": 24, "found_before_loss": 22, "same_make_elsewhere": 22,
              "unclaimed": 30}
MAX_MIN = 172800
OPT60 = ["color", "brand", "model", "serial", "address"]
LOST_KEYS = ["key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon",
             "lost_from_min", "lost_to_min", "truth"]
FOUND_KEYS = ["key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon",
              "found_at_min", "negative"]

faults = []


def fault(msg):
    faults.append(msg)


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_ok(s):
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    if "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], ID_W)) % 11] != s[17]:
        return False
    try:
        datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return True


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


def check_identifiers(where, text):
    # grouped IMEIs and ID numbers first, then bare digit runs
    for m in re.finditer(r"(?<!\d)(\d{2})[ -](\d{6})[ -](\d{6})[ -](\d)(?!\d)", text):
        if not luhn_ok("".join(m.groups())):
            fault("%s: grouped IMEI %r fails Luhn" % (where, m.group(0)))
    for m in re.finditer(r"(?<!\d)(\d{8}) (\d{7})(?!\d)", text):
        if not luhn_ok("".join(m.groups())):
            fault("%s: split IMEI %r fails Luhn" % (where, m.group(0)))
    for m in re.finditer(r"(?<!\d)(\d{6}) (\d{8}) (\d{3}[\dXx])(?![\dA-Za-z])", text):
        if not id_ok("".join(m.groups())):
            fault("%s: grouped ID number %r has a bad check digit or date" % (where, m.group(0)))
    for m in re.finditer(r"(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])", text):
        if not id_ok(m.group(0)):
            fault("%s: ID number %r has a bad check digit or date" % (where, m.group(0)))
    for m in re.finditer(r"\d+(?:[Xx](?![A-Za-z]))?", text):
        run = m.group(0)
        n = len(run)
        if not run[-1].isdigit():
            if n != 18:
                n = n - 1
                run = run[:-1]
            elif not id_ok(run):
                fault("%s: ID number %r has a bad check digit or date" % (where, run))
                continue
            else:
                continue
        if n == 15 and not luhn_ok(run):
            fault("%s: 15-digit number %r fails Luhn (IMEI)" % (where, run))
        if n in (16, 17, 19) or n > 19:
            fault("%s: %d-digit number %r looks like a full card number" % (where, n, run))
        if n == 18 and not id_ok(run):
            fault("%s: 18-digit number %r is not a valid ID number" % (where, run))
        if n == 11 and re.match(r"1[3-9]", run):
            fault("%s: %r looks like an unmasked mobile number" % (where, run))


def check_record(r, kind, keys_allowed):
    where = r.get("key", "?")
    for k in r:
        if k not in keys_allowed:
            fault("%s: unexpected field %r" % (where, k))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (where, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip():
        fault("%s: empty body" % where)
    elif len(b) > 600:
        fault("%s: body longer than 600 (%d)" % (where, len(b)))
    for k in OPT60:
        if k in r:
            if not isinstance(r[k], str) or not r[k].strip():
                fault("%s: %s must be a non-empty string" % (where, k))
            elif len(r[k]) > 60:
                fault("%s: %s longer than 60" % (where, k))
    if "marks" in r:
        if not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500:
            fault("%s: marks empty or longer than 500" % where)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat and lon must come together" % where)
    if "lat" in r:
        lat, lon = r["lat"], r["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (lat, lon)):
            fault("%s: lat/lon not numbers" % where)
        elif not (18.0 <= lat <= 53.6 and 73.5 <= lon <= 135.1):
            fault("%s: lat/lon outside China" % where)
    for k, v in r.items():
        if isinstance(v, str):
            check_identifiers("%s.%s" % (where, k), v)
    if "serial" in r:
        flat = re.sub(r"[ \-·]", "", r["serial"])
        flat = re.sub(r"^(IMEI1?:?)", "", flat)
        if re.fullmatch(r"\d{15}", flat) and not luhn_ok(flat):
            fault("%s: serial IMEI fails Luhn" % where)
        if re.fullmatch(r"\d{17}[\dXx]", flat) and not id_ok(flat):
            fault("%s: serial ID number invalid" % where)


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def main():
    with open(SET, "rb") as fh:
        raw = fh.read()
    doc = json.loads(raw.decode("utf-8"))
    if doc.get("seed") != SEED:
        fault("seed is %r, want %d" % (doc.get("seed"), SEED))
    if doc.get("made_by") != "tests/lostfound/make_set65.py":
        fault("made_by is %r" % doc.get("made_by"))
    if list(doc.get("parts", {}).keys()) != [PART]:
        fault("parts must hold exactly %r" % PART)
    part = doc["parts"][PART]
    lost, found = part.get("lost", []), part.get("found", [])
    if len(lost) != N_LOST:
        fault("%d lost reports, want %d" % (len(lost), N_LOST))
    if len(found) != N_FOUND:
        fault("%d found items, want %d" % (len(found), N_FOUND))

    for i, r in enumerate(lost):
        if r.get("key") != "%s-L%04d" % (PFX, i + 1):
            fault("lost #%d has key %r" % (i + 1, r.get("key")))
        check_record(r, "lost", LOST_KEYS)
        f, t = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_int(f) and is_int(t) and MAX_MIN >= f >= t >= 0):
            fault("%s: need %d >= lost_from_min >= lost_to_min >= 0, got %r, %r" % (r.get("key"), MAX_MIN, f, t))
        if "truth" not in r:
            fault("%s: no truth field" % r.get("key"))
    for i, r in enumerate(found):
        if r.get("key") != "%s-F%04d" % (PFX, i + 1):
            fault("found #%d has key %r" % (i + 1, r.get("key")))
        check_record(r, "found", FOUND_KEYS)
        a = r.get("found_at_min")
        if not (is_int(a) and 0 <= a <= MAX_MIN):
            fault("%s: found_at_min %r out of 0..%d" % (r.get("key"), a, MAX_MIN))

    fby = dict((r["key"], r) for r in found)
    claimed = collections.Counter()
    cross = []
    for r in lost:
        t = r.get("truth")
        if t is None:
            continue
        if t not in fby:
            fault("%s: truth %r is not a found key" % (r["key"], t))
            continue
        claimed[t] += 1
        fr = fby[t]
        if "negative" in fr:
            fault("%s: truth %s is labelled negative" % (r["key"], t))
        if not fr["found_at_min"] <= r["lost_from_min"]:
            fault("%s: its item %s was found before the loss window began" % (r["key"], t))
        if fr["category"] != r["category"]:
            cross.append((r["key"], r["category"], t, fr["category"]))
        if fr["body"] == r["body"]:
            fault("%s: lost and found bodies are identical" % r["key"])
    for k, n in claimed.items():
        if n > 1:
            fault("%s is the truth of %d reports" % (k, n))
    n_true = sum(1 for r in lost if r.get("truth"))
    if n_true != N_TRUE:
        fault("%d reports with a truth, want %d" % (n_true, N_TRUE))
    if len(cross) > 5:
        fault("%d cross-category pairs, at most 5 allowed" % len(cross))
    negs = collections.Counter()
    for r in found:
        if r["key"] in claimed:
            continue
        lab = r.get("negative")
        if not isinstance(lab, str) or not lab:
            fault("%s: nobody's truth but has no negative label" % r["key"])
        negs[lab] += 1
    if dict(negs) != NEG_COUNTS:
        fault("negative labels %r, want %r" % (dict(negs), NEG_COUNTS))

    # the labels' own claims where the data can show them
    for r in found:
        if r.get("negative") == "found_before_loss":
            if not any(l["category"] == r["category"] and l["lost_from_min"] < r["found_at_min"] for l in lost):
                fault("%s: found_before_loss but no report of its category starts after it" % r["key"])

    # reproducibility
    outs = []
    for hs in ("0", "4242"):
        fd, tmp = tempfile.mkstemp(suffix=".json")
        os.close(fd)
        env = dict(os.environ, PYTHONHASHSEED=hs)
        subprocess.run([sys.executable, MAKER, tmp], check=True, env=env, stdout=subprocess.DEVNULL)
        with open(tmp, "rb") as fh:
            outs.append(fh.read())
        os.unlink(tmp)
    same = outs[0] == outs[1] == raw
    if not same:
        fault("make_set65.py does not reproduce set65.json byte for byte under PYTHONHASHSEED 0 and 4242")

    # report
    print("set65: %d lost (%d with truth, %d never handed in), %d found" % (
        len(lost), n_true, len(lost) - n_true, len(found)))
    print("negatives: " + ", ".join("%s %d" % (k, negs[k]) for k in sorted(negs)))
    print("cross-category pairs: %d %s" % (len(cross), " ".join("%s(%s)->%s(%s)" % c for c in cross)))
    print("%-12s %5s %5s %5s %6s %5s" % ("category", "lost", "true", "null", "found", "neg"))
    for c in CATS:
        lc = [r for r in lost if r["category"] == c]
        fc = [r for r in found if r["category"] == c]
        print("%-12s %5d %5d %5d %6d %5d" % (c, len(lc), sum(1 for r in lc if r["truth"]),
                                              sum(1 for r in lc if not r["truth"]), len(fc),
                                              sum(1 for r in fc if "negative" in r)))
    en = [r["key"] for r in lost if re.search(r"\b(lost|my|please)\b", r["body"], re.I)]
    py = [r["key"] for r in lost if re.fullmatch(r"[\x00-\x7f]*", r["body"]) and r["key"] not in en]
    print("English-only lost reports: %d; pinyin-only lost reports: %d" % (len(en), len(py)))
    fill = collections.Counter()
    for r in lost + found:
        for k in OPT60 + ["marks", "lat"]:
            if k in r:
                fill[k] += 1
    print("fields filled (of %d records): %s" % (len(lost) + len(found),
                                                  ", ".join("%s %d" % (k, fill[k]) for k in OPT60 + ["marks", "lat"])))
    print("byte-identical regeneration under PYTHONHASHSEED 0 and 4242: %s" % ("yes" if same else "NO"))
    print("checked: keys, categories, field limits, lat/lon, time windows, truth links, negative labels, "
          "time rule for true pairs, ID check digits, IMEI Luhn, no full card or mobile numbers")
    if faults:
        print("\n%d FAULT(S):" % len(faults))
        for f in faults[:200]:
            print("  " + f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
