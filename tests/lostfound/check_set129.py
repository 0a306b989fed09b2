#!/usr/bin/env python3
"""Validate tests/lostfound/set129.json against the brief's rules; exit 1 on any fault."""
import collections
import json
import os
import re
import sys

PFX, PART, SEED = "S129", "set129", 129129
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
OPT = ("color", "brand", "model", "serial", "address")
MAXMIN = 172800
faults = []


def fault(msg):
    faults.append(msg)


def gb11643_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * w[i] for i, c in enumerate(s[:17])) % 11] == s[17].upper()


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


def check_common(r, kind):
    k = r.get("key", "?")
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (k, r.get("category")))
    if not isinstance(r.get("body"), str) or not r["body"].strip() or len(r["body"]) > 600:
        fault("%s: body missing or over 600" % k)
    for f in OPT:
        if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60):
            fault("%s: %s empty or over 60" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or len(r["marks"]) > 500):
        fault("%s: marks over 500" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat without lon" % k)
    if "lat" in r and not (18 <= r["lat"] <= 54 and 73 <= r["lon"] <= 135):
        fault("%s: lat/lon outside China" % k)
    allowed = set(OPT) | {"key", "category", "body", "marks", "lat", "lon"}
    allowed |= {"lost_from_min", "lost_to_min", "truth"} if kind == "lost" else {"found_at_min", "negative"}
    for f in r:
        if f not in allowed:
            fault("%s: unknown field %s" % (k, f))
    text = " ".join(str(r.get(f, "")) for f in ("body", "serial", "marks"))
    for m in re.finditer(r"(?<![0-9])([0-9]{17}[0-9Xx])(?![0-9])", text):
        if not gb11643_ok(m.group(1)):
            fault("%s: ID number %s fails GB 11643" % (k, m.group(1)))
    for m in re.finditer(r"(?<![0-9])[0-9]{16}(?![0-9Xx])|(?<![0-9])[0-9]{19}(?![0-9])", text):
        fault("%s: a full card-like number %s" % (k, m.group(0)))
    joined = re.sub(r"(?<=[0-9])[ \-](?=[0-9])", "", text)
    for m in re.finditer(r"(?<![0-9A-Za-z])([0-9]{15})(?![0-9])", joined):
        if not luhn_ok(m.group(1)):
            fault("%s: IMEI %s fails Luhn" % (k, m.group(1)))


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set129.json")
    d = json.load(open(path, encoding="utf-8"))
    if d.get("seed") != SEED or d.get("made_by") != "tests/lostfound/make_set129.py":
        fault("top: seed or made_by wrong")
    if list(d.get("parts", {})) != [PART]:
        fault("top: parts must be exactly %s" % PART)
    part = d["parts"][PART]
    found, lost = part["found"], part["lost"]
    fmap = {}
    for i, f in enumerate(found, 1):
        if f.get("key") != "%s-F%04d" % (PFX, i):
            fault("found #%d: key %r out of sequence" % (i, f.get("key")))
        fmap[f["key"]] = f
        check_common(f, "found")
        t = f.get("found_at_min")
        if not isinstance(t, int) or not 0 <= t <= MAXMIN:
            fault("%s: found_at_min %r" % (f["key"], t))
    used = collections.Counter()
    cross = 0
    cats = collections.Counter()
    for i, l in enumerate(lost, 1):
        k = l.get("key")
        if k != "%s-L%04d" % (PFX, i):
            fault("lost #%d: key %r out of sequence" % (i, k))
        check_common(l, "lost")
        a, b = l.get("lost_from_min"), l.get("lost_to_min")
        if not (isinstance(a, int) and isinstance(b, int) and MAXMIN >= a >= b >= 0):
            fault("%s: loss window %r..%r" % (k, a, b))
        if "truth" not in l:
            fault("%s: truth missing" % k)
        t = l.get("truth")
        cats[(l["category"], "pair" if t else "unfound")] += 1
        if t is None:
            continue
        if t not in fmap:
            fault("%s: truth %s unknown" % (k, t))
            continue
        used[t] += 1
        f = fmap[t]
        if f["found_at_min"] > a:
            fault("%s: its item %s was found before the loss began" % (k, t))
        if "negative" in f:
            fault("%s: its item %s is labelled negative" % (k, t))
        if f["category"] != l["category"]:
            cross += 1
    for t, n in sorted(used.items()):
        if n > 1:
            fault("%s is the truth of %d reports" % (t, n))
    negs = collections.Counter()
    for f in found:
        if f["key"] not in used:
            if not f.get("negative"):
                fault("%s: nobody's truth but no negative label" % f["key"])
            negs[f.get("negative")] += 1
    if cross > 5:
        fault("%d cross-category pairs (max 5)" % cross)
    n_pairs = sum(1 for l in lost if l.get("truth"))
    n_unf = len(lost) - n_pairs
    if n_pairs < 300:
        fault("only %d pairs (brief: at least 300)" % n_pairs)
    if n_unf != 90:
        fault("%d unfound reports, expected 90" % n_unf)
    if sum(negs.values()) != 120:
        fault("%d hard negatives, expected 120" % sum(negs.values()))

    print("checked %s" % path)
    print("  %d found items (%d true, %d hard negatives), %d lost reports (%d pairs, %d never found)" % (
        len(found), len(used), sum(negs.values()), len(lost), n_pairs, n_unf))
    print("  negatives: " + ", ".join("%s %d" % kv for kv in sorted(negs.items())))
    print("  cross-category pairs: %d (max 5)" % cross)
    print("  by category (pairs/unfound): " + ", ".join(
        "%s %d/%d" % (c, cats[(c, "pair")], cats[(c, "unfound")]) for c in sorted(CATS)))
    print("  rules: keys in sequence, categories, lengths (body 600, fields 60, marks 500), lat/lon pairs in China,")
    print("         windows 0..172800 with from >= to, true items found at/after the loss began, one report per item,")
    print("         unmatched items labelled negative, ID check digits, IMEI Luhn, no full card numbers")
    if faults:
        for x in faults[:50]:
            print("FAULT " + x)
        print("%d faults" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
