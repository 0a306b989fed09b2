#!/usr/bin/env python3
"""Validate tests/lostfound/set125.json against the set brief. Exit 1 on any fault."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
NEG_KINDS = {"same_cat_color", "found_before_loss", "same_brand_elsewhere"}
WANT = {"pairs": 150, "null": 90, "neg": 120, "lost": 240, "found": 270}
MAXM = 172800
faults = []


def fault(msg):
    faults.append(msg)


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def id_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], w)) % 11] == s[17]


def check_common(r, kind):
    k = r.get("key", "?")
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (k, r.get("category")))
    if not isinstance(r.get("body"), str) or not r["body"].strip() or len(r["body"]) > 600:
        fault("%s: body missing or > 600" % k)
    for f in ("color", "brand", "model", "serial", "address"):
        if f in r and (not isinstance(r[f], str) or not r[f] or len(r[f]) > 60):
            fault("%s: field %s bad" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"] or len(r["marks"]) > 500):
        fault("%s: marks bad" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat without lon" % k)
    if "lat" in r and not (18.0 <= r["lat"] <= 54.0 and 73.0 <= r["lon"] <= 135.0):
        fault("%s: lat/lon outside China" % k)
    allowed = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon"}
    allowed |= {"lost_from_min", "lost_to_min", "truth"} if kind == "lost" else {"found_at_min", "negative"}
    extra = set(r) - allowed
    if extra:
        fault("%s: unexpected fields %s" % (k, sorted(extra)))
    text = " ".join(str(r.get(f, "")) for f in ("body", "serial", "marks", "model"))
    for m in re.finditer(r"(?<![\dA-Za-z])\d{6} ?\d{8} ?\d{3}[\dX](?![\dA-Za-z])", text):
        s = m.group(0).replace(" ", "")
        if not id_ok(s):
            fault("%s: ID number %s has a bad check digit" % (k, s))
        stats["ids"] += 1
    for m in re.finditer(r"(?<![\dA-Za-z])\d[\d -]{13,20}\d(?![\dA-Za-z])", text):
        d = re.sub(r"\D", "", m.group(0))
        if len(d) == 15:
            stats["imeis"] += 1
            if not luhn_ok(d):
                fault("%s: IMEI %s fails Luhn" % (k, d))
        elif 16 <= len(d) <= 19 and not re.fullmatch(r"\d{17}[\dX]", d):
            fault("%s: unmasked long number (bank card?) %s" % (k, d))


stats = {"ids": 0, "imeis": 0}


def main():
    doc = json.load(open(os.path.join(HERE, "set125.json"), encoding="utf-8"))
    if doc.get("seed") != 125125 or doc.get("made_by") != "tests/lostfound/make_set125.py":
        fault("header seed/made_by wrong")
    if list(doc.get("parts", {})) != ["set125"]:
        fault("parts must hold exactly set125")
    part = doc["parts"]["set125"]
    lost, found = part["lost"], part["found"]
    fk = {}
    for n, r in enumerate(found, 1):
        if r.get("key") != "S125-F%04d" % n:
            fault("found key %r out of sequence" % r.get("key"))
        fk[r["key"]] = r
        check_common(r, "found")
        fa = r.get("found_at_min")
        if not isinstance(fa, int) or not 0 <= fa <= MAXM:
            fault("%s: found_at_min bad" % r["key"])
    used, cross, pairs, nulls = {}, 0, 0, 0
    for n, r in enumerate(lost, 1):
        k = r.get("key")
        if k != "S125-L%04d" % n:
            fault("lost key %r out of sequence" % k)
        check_common(r, "lost")
        lf, lt = r.get("lost_from_min"), r.get("lost_to_min")
        if not (isinstance(lf, int) and isinstance(lt, int) and MAXM >= lf >= lt >= 0):
            fault("%s: loss window bad" % k)
        if "truth" not in r:
            fault("%s: truth missing" % k)
        t = r.get("truth")
        if t is None:
            nulls += 1
            continue
        pairs += 1
        if t not in fk:
            fault("%s: truth %s not a found key" % (k, t))
            continue
        if t in used:
            fault("%s: truth %s already used by %s" % (k, t, used[t]))
        used[t] = k
        f = fk[t]
        if f["found_at_min"] > lf:
            fault("%s: truth found before loss began" % k)
        if "negative" in f:
            fault("%s: truth %s carries a negative label" % (k, t))
        if f["category"] != r["category"]:
            cross += 1
    negs = {}
    for r in found:
        if r["key"] not in used:
            if r.get("negative") not in NEG_KINDS:
                fault("%s: nobody's truth but negative label %r" % (r["key"], r.get("negative")))
            negs[r.get("negative")] = negs.get(r.get("negative"), 0) + 1
    if cross > 5:
        fault("%d cross-category pairs (max 5)" % cross)
    got = {"pairs": pairs, "null": nulls, "neg": sum(negs.values()), "lost": len(lost), "found": len(found)}
    if got != WANT:
        fault("counts %s, want %s" % (got, WANT))
    print("checked set125: lost %d (pairs %d, never found %d), found %d (truths %d, negatives %d)" % (
        len(lost), pairs, nulls, len(found), len(used), sum(negs.values())))
    print("negatives by kind:", ", ".join("%s %d" % kv for kv in sorted(negs.items())))
    print("cross-category pairs: %d; ID numbers checked (GB 11643): %d; IMEIs checked (Luhn): %d" % (cross, stats["ids"], stats["imeis"]))
    print("checked: keys in sequence, categories, field lengths, lat/lon pairs inside China, loss windows,")
    print("         truth found at/after loss start, one report per found item, labels on every non-truth, no unmasked card numbers")
    if faults:
        for f in faults[:50]:
            print("FAULT:", f)
        print("%d fault(s)" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
