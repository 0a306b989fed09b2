#!/usr/bin/env python3
"""check_set15.py - validates set15.json (written by make_set15.py).

Prints each check it makes; exits 1 on any fault.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set15.json")

CATEGORIES = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
MAX_MIN = 172800           # ~120 days
MAX_BODY = 600
MAX_SHORT = 60             # color, brand, model, serial, address
MAX_MARKS = 500
FOUND_KEYS = ["key", "category", "body", "found_at_min", "color", "brand", "model", "serial", "marks", "address", "lat",
              "lon", "negative"]
LOST_KEYS = ["key", "category", "body", "lost_from_min", "lost_to_min", "truth", "color", "brand", "model", "serial",
             "marks", "address", "lat", "lon"]
EXPECT = {"lost": (200, 220), "lost_true": (140, 160), "lost_null": (50, 70), "found": (280, 320)}
NEG_KINDS = ["decoy_null", "decoy", "twin", "before_loss", "elsewhere", "unclaimed"]
LAT_RANGE = (25.0, 27.5)
LON_RANGE = (99.5, 101.0)

W_ID = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
RE_ID = re.compile(r"(?<![0-9A-Za-z])(\d{6}) ?(\d{8}) ?(\d{3}[0-9Xx])(?![0-9A-Za-z])")
RE_IMEI = re.compile(r"(?<![0-9A-Za-z])(\d{15}|\d{2} \d{6} \d{6} \d|\d{8}-\d{6}-\d)(?![0-9A-Za-z])")
RE_CARD = re.compile(r"(?<![0-9A-Za-z])(\d{16}|\d{19}|\d{4}(?: \d{4}){3}(?: \d{3})?)(?![0-9A-Za-z])")

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    s = s.upper()
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], W_ID)) % 11] == s[17]


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def main():
    raw = open(PATH, "rb").read()
    print("check: %s ends with a newline" % os.path.basename(PATH))
    if not raw.endswith(b"\n"):
        fault("file does not end with a newline")
    doc = json.loads(raw.decode("utf-8"))
    print("check: top level has seed, made_by, parts.set15.{found,lost}")
    if not isinstance(doc.get("seed"), int):
        fault("seed is not an int")
    if doc.get("made_by") != "tests/lostfound/make_set15.py":
        fault("made_by is %r" % doc.get("made_by"))
    if sorted(doc.get("parts", {}).keys()) != ["set15"]:
        fault("parts must be exactly set15")
    part = doc["parts"]["set15"]
    found, lost = part["found"], part["lost"]

    print("check: keys unique, N-F#### / N-L#### form, only known fields")
    seen = {}
    for rec, form, allowed in [(f, r"N-F\d{4}", FOUND_KEYS) for f in found] + [(l, r"N-L\d{4}", LOST_KEYS) for l in lost]:
        k = rec.get("key")
        if not isinstance(k, str) or not re.fullmatch(form, k):
            fault("bad key %r" % k)
        if k in seen:
            fault("duplicate key %s" % k)
        seen[k] = rec
        for fld in rec:
            if fld not in allowed:
                fault("%s: unknown field %s" % (k, fld))

    print("check: categories valid, body present and <= %d chars, short fields <= %d, marks <= %d" % (
        MAX_BODY, MAX_SHORT, MAX_MARKS))
    for rec in found + lost:
        k = rec["key"]
        if rec.get("category") not in CATEGORIES:
            fault("%s: bad category %r" % (k, rec.get("category")))
        b = rec.get("body")
        if not isinstance(b, str) or not b.strip() or len(b) > MAX_BODY:
            fault("%s: body missing or too long" % k)
        for fld in ("color", "brand", "model", "serial", "address"):
            if fld in rec and (not isinstance(rec[fld], str) or not rec[fld] or len(rec[fld]) > MAX_SHORT):
                fault("%s: %s empty or too long" % (k, fld))
        if "marks" in rec and (not isinstance(rec["marks"], str) or not rec["marks"] or len(rec["marks"]) > MAX_MARKS):
            fault("%s: marks empty or too long" % k)
        if ("lat" in rec) != ("lon" in rec):
            fault("%s: lat without lon or lon without lat" % k)
        if "lat" in rec:
            if not (LAT_RANGE[0] <= rec["lat"] <= LAT_RANGE[1] and LON_RANGE[0] <= rec["lon"] <= LON_RANGE[1]):
                fault("%s: coordinates outside the town's region" % k)

    print("check: times are ints, 0 <= lost_to <= lost_from <= %d, 0 <= found_at <= %d" % (MAX_MIN, MAX_MIN))
    for f in found:
        fa = f.get("found_at_min")
        if not isinstance(fa, int) or fa < 0 or fa > MAX_MIN:
            fault("%s: bad found_at_min %r" % (f["key"], fa))
    for l in lost:
        lf, lt = l.get("lost_from_min"), l.get("lost_to_min")
        if not isinstance(lf, int) or not isinstance(lt, int) or not (0 <= lt <= lf <= MAX_MIN):
            fault("%s: bad loss window %r..%r" % (l["key"], lf, lt))

    print("check: truth keys exist, point to found items, each found item is the truth of at most one report")
    found_keys = {f["key"]: f for f in found}
    used = {}
    for l in lost:
        t = l.get("truth", "MISSING")
        if t == "MISSING":
            fault("%s: no truth field" % l["key"])
            continue
        if t is None:
            continue
        if t not in found_keys:
            fault("%s: truth %r is not a found item" % (l["key"], t))
            continue
        if t in used:
            fault("%s: truth %s already the truth of %s" % (l["key"], t, used[t]))
        used[t] = l["key"]

    print("check: a true found item is found after its loss window began (found_at_min <= lost_from_min)")
    for l in lost:
        if l.get("truth") in found_keys:
            if found_keys[l["truth"]]["found_at_min"] > l["lost_from_min"]:
                fault("%s: truth %s found before the loss began" % (l["key"], l["truth"]))

    print("check: true found items carry no 'negative' label; every other found item carries a known one")
    for f in found:
        if f["key"] in used and "negative" in f:
            fault("%s: a true item labelled negative" % f["key"])
        if f["key"] not in used and f.get("negative") not in NEG_KINDS:
            fault("%s: a non-true item without a known negative label (%r)" % (f["key"], f.get("negative")))

    print("check: ID numbers (18 digits) pass GB 11643; IMEIs (15) and bank cards (16/19) pass Luhn")
    n_id = n_imei = n_card = 0
    for rec in found + lost:
        for fld in ("body", "serial", "marks"):
            text = rec.get(fld) or ""
            for m in RE_ID.finditer(text):
                n_id += 1
                s = "".join(m.groups())
                if not id_ok(s):
                    fault("%s.%s: ID number %s fails GB 11643" % (rec["key"], fld, s))
            for m in RE_IMEI.finditer(text):
                n_imei += 1
                s = re.sub(r"[ -]", "", m.group(1))
                if not luhn_ok(s):
                    fault("%s.%s: IMEI %s fails Luhn" % (rec["key"], fld, s))
            for m in RE_CARD.finditer(text):
                n_card += 1
                s = m.group(1).replace(" ", "")
                if not luhn_ok(s):
                    fault("%s.%s: card number %s fails Luhn" % (rec["key"], fld, s))
    print("  %d full ID numbers, %d full IMEIs, %d full card numbers checked" % (n_id, n_imei, n_card))

    print("check: counts")
    n_true = sum(1 for l in lost if l["truth"])
    n_null = len(lost) - n_true
    negs = {}
    for f in found:
        if "negative" in f:
            negs[f["negative"]] = negs.get(f["negative"], 0) + 1
    for name, val in [("lost", len(lost)), ("lost_true", n_true), ("lost_null", n_null), ("found", len(found))]:
        lo, hi = EXPECT[name]
        print("  %-10s %4d  (expected %d..%d)" % (name, val, lo, hi))
        if not lo <= val <= hi:
            fault("count %s = %d outside %d..%d" % (name, val, lo, hi))
    print("  found true %d, negatives %d: %s" % (len(used), len(found) - len(used),
                                                ", ".join("%s %d" % (k, negs.get(k, 0)) for k in NEG_KINDS)))
    cat_l = {}
    cat_f = {}
    for l in lost:
        cat_l[l["category"]] = cat_l.get(l["category"], 0) + 1
    for f in found:
        cat_f[f["category"]] = cat_f.get(f["category"], 0) + 1
    print("  by category (lost/found): " + ", ".join("%s %d/%d" % (c, cat_l.get(c, 0), cat_f.get(c, 0)) for c in CATEGORIES))

    if faults:
        for f in faults:
            print("FAULT: " + f)
        print("set15: %d fault(s)" % len(faults))
        sys.exit(1)
    print("set15: OK")


if __name__ == "__main__":
    main()
