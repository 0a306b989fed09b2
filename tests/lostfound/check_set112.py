#!/usr/bin/python3
"""check_set112.py: validates tests/lostfound/set112.json; exits non-zero on any fault."""

import json
import os
import re
import sys

sys.dont_write_bytecode = True

SEED = 1121229
PFX = "S112"
PART = "set112"
WANT_LOST, WANT_TRUE, WANT_NEVER = 240, 150, 90
WANT_NEG_MIN, WANT_NEG_MAX = 110, 130
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
NEG_LABELS = {"same_cat_color", "found_before_loss", "same_brand_elsewhere",
              "twin_stated_difference", "twin_unstated_difference"}
SHORT = ("color", "brand", "model", "serial", "address")
LOST_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
             "lost_from_min", "lost_to_min", "truth"}
FOUND_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
              "found_at_min", "negative"}
MAXMIN = 172800

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * k for c, k in zip(s[:17], w)) % 11] == s[17].upper()


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


ID_RE = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
RUN_RE = re.compile(r"(?<!\d)\d+(?: \d+)*(?!\d)")
MASKED_ID_RE = re.compile(r"(?<!\d)(\d{6}\*{8}\d{3}[\dX]|\d{10}\*{4}\d{3}[\dX])(?![\dX])")


def numbers(rec):
    """full ID numbers and IMEIs in a record, plus faults for bad ones."""
    ids, imeis = set(), set()
    for k, v in rec.items():
        if not isinstance(v, str):
            continue
        for m in ID_RE.finditer(v):
            if not id_ok(m.group(0)):
                fault("%s.%s: ID number %s has a bad check digit" % (rec["key"], k, m.group(0)))
            ids.add(m.group(0).upper())
        for m in RUN_RE.finditer(v):
            digits = m.group(0).replace(" ", "")
            if len(digits) == 15:
                if not luhn_ok(digits):
                    fault("%s.%s: IMEI %s fails Luhn" % (rec["key"], k, m.group(0)))
                imeis.add(digits)
            elif len(digits) >= 16 and not (len(digits) == 17 and ID_RE.search(v)) and len(digits) != 18:
                fault("%s.%s: a long unmasked number %s (full card number?)" % (rec["key"], k, m.group(0)))
            elif len(digits) == 18 and " " in m.group(0):
                fault("%s.%s: spaced 18-digit number %s" % (rec["key"], k, m.group(0)))
        for m in MASKED_ID_RE.finditer(v):
            s = m.group(0)
            if not s[:2] in ("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
                             "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65"):
                fault("%s.%s: masked ID %s has no province code" % (rec["key"], k, s))
    return ids, imeis


def in_china(lat, lon):
    return 18.0 <= lat <= 53.6 and 73.5 <= lon <= 135.1


def common(rec, allowed, where):
    for k in rec:
        if k not in allowed:
            fault("%s: unknown key %r" % (where, k))
    if rec.get("category") not in CATS:
        fault("%s: bad category %r" % (where, rec.get("category")))
    b = rec.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % where)
    for k in SHORT:
        if k in rec and (not isinstance(rec[k], str) or not rec[k].strip() or len(rec[k]) > 60):
            fault("%s: %s empty or longer than 60" % (where, k))
    if "marks" in rec and (not isinstance(rec["marks"], str) or not rec["marks"].strip() or len(rec["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % where)
    if ("lat" in rec) != ("lon" in rec):
        fault("%s: lat without lon or lon without lat" % where)
    if "lat" in rec:
        la, lo = rec["lat"], rec["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)) or not in_china(la, lo):
            fault("%s: lat/lon not numbers inside China" % where)


def is_min(x):
    return isinstance(x, int) and not isinstance(x, bool) and 0 <= x <= MAXMIN


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "set112.json")
    with open(path, encoding="utf-8") as fh:
        doc = json.load(fh)
    if doc.get("seed") != SEED:
        fault("seed is %r, want %d" % (doc.get("seed"), SEED))
    if doc.get("made_by") != "tests/lostfound/make_set112.py":
        fault("made_by is %r" % doc.get("made_by"))
    if set(doc) != {"seed", "made_by", "parts"}:
        fault("top-level keys %r" % sorted(doc))
    parts = doc.get("parts", {})
    if list(parts) != [PART]:
        fault("parts should hold only %s, has %r" % (PART, list(parts)))
    part = parts.get(PART, {})
    found, lost = part.get("found", []), part.get("lost", [])

    fkeys = {}
    for n, f in enumerate(found, 1):
        want = "%s-F%04d" % (PFX, n)
        if f.get("key") != want:
            fault("found #%d key %r, want %s" % (n, f.get("key"), want))
        fkeys[f.get("key")] = f
        common(f, FOUND_KEYS, f.get("key"))
        if not is_min(f.get("found_at_min")):
            fault("%s: found_at_min %r not an int in 0..%d" % (f.get("key"), f.get("found_at_min"), MAXMIN))
        if "negative" in f and f["negative"] not in NEG_LABELS:
            fault("%s: unknown negative label %r" % (f["key"], f["negative"]))
    if len(fkeys) != len(found):
        fault("duplicate found keys")

    used = {}
    n_true = n_never = n_cross = 0
    for n, l in enumerate(lost, 1):
        want = "%s-L%04d" % (PFX, n)
        k = l.get("key")
        if k != want:
            fault("lost #%d key %r, want %s" % (n, k, want))
        common(l, LOST_KEYS, k)
        lf, lt = l.get("lost_from_min"), l.get("lost_to_min")
        if not (is_min(lf) and is_min(lt) and lf >= lt):
            fault("%s: need lost_from_min >= lost_to_min >= 0 (got %r, %r)" % (k, lf, lt))
        if "truth" not in l:
            fault("%s: no truth key" % k)
            continue
        t = l["truth"]
        if t is None:
            n_never += 1
            continue
        n_true += 1
        f = fkeys.get(t)
        if f is None:
            fault("%s: truth %r is not a found item" % (k, t))
            continue
        if t in used:
            fault("%s: truth %s already taken by %s" % (k, t, used[t]))
        used[t] = k
        if "negative" in f:
            fault("%s: truth %s carries a negative label" % (k, t))
        if is_min(f.get("found_at_min")) and is_min(lf) and f["found_at_min"] > lf:
            fault("%s: truth %s found before the loss began (%d > %d)" % (k, t, f["found_at_min"], lf))
        if f.get("category") != l.get("category"):
            n_cross += 1
        li, lm = numbers(l)
        fi, fm = numbers(f)
        if li and fi and not (li & fi):
            fault("%s/%s: both sides give a full ID number and they differ" % (k, t))
        if lm and fm and not (lm & fm):
            fault("%s/%s: both sides give a full IMEI and they differ" % (k, t))
    for l in lost:
        if l.get("truth") is None:
            numbers(l)
    n_neg = 0
    for f in found:
        if f.get("key") not in used:
            numbers(f)
            if "negative" not in f:
                fault("%s: nobody's truth but has no negative label" % f.get("key"))
            else:
                n_neg += 1
    if n_cross > 5:
        fault("%d cross-category pairs, at most 5 allowed" % n_cross)
    if len(lost) != WANT_LOST or n_true != WANT_TRUE or n_never != WANT_NEVER:
        fault("counts: %d lost, %d with truth, %d never found; want %d/%d/%d" % (
            len(lost), n_true, n_never, WANT_LOST, WANT_TRUE, WANT_NEVER))
    if not WANT_NEG_MIN <= n_neg <= WANT_NEG_MAX:
        fault("%d hard negatives, want %d..%d" % (n_neg, WANT_NEG_MIN, WANT_NEG_MAX))
    if len(found) != n_true + n_neg:
        fault("found items %d != pairs %d + negatives %d" % (len(found), n_true, n_neg))
    bodies = [x["body"] for x in found + lost if isinstance(x.get("body"), str)]
    if len(set(bodies)) != len(bodies):
        fault("%d duplicate bodies" % (len(bodies) - len(set(bodies))))

    labels = {}
    for f in found:
        if "negative" in f:
            labels[f["negative"]] = labels.get(f["negative"], 0) + 1
    print("checked %s" % path)
    print("  seed, made_by, part name, key formats and order, allowed keys, categories")
    print("  field lengths (body<=600, short fields<=60, marks<=500), lat/lon pairs inside China")
    print("  loss windows (from >= to >= 0, <= %d), found_at_min range" % MAXMIN)
    print("  truth links: exist, one report per found item, not negative, found at/after loss start")
    print("  ID check digits (GB 11643), IMEI Luhn digits, no full card numbers, pair-wise ID/IMEI agreement")
    print("  lost %d = %d with truth + %d never found; found %d = %d true + %d negatives; %d cross-category pairs" % (
        len(lost), n_true, n_never, len(found), n_true, n_neg, n_cross))
    print("  negatives: " + ", ".join("%s %d" % (k, labels[k]) for k in sorted(labels)))
    if faults:
        for m in faults:
            print("FAULT: " + m)
        print("%d fault(s)" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
