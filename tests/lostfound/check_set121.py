#!/usr/bin/env python3
"""Validate tests/lostfound/set121.json against the brief; exit non-zero on any fault."""
import collections
import json
import os
import sys

CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
SHORT = ("color", "brand", "model", "serial", "address")
faults = []


def bad(msg):
    faults.append(msg)


def common(r, kind):
    k = r.get("key", "?")
    if r.get("category") not in CATS:
        bad("%s: category %r" % (k, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        bad("%s: body missing or > 600" % k)
    for f in SHORT:
        if f in r and (not isinstance(r[f], str) or not r[f] or len(r[f]) > 60):
            bad("%s: %s bad" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or len(r["marks"]) > 500):
        bad("%s: marks bad" % k)
    if ("lat" in r) != ("lon" in r):
        bad("%s: lat/lon not paired" % k)
    if "lat" in r and not (18 <= r["lat"] <= 54 and 73 <= r["lon"] <= 135):
        bad("%s: lat/lon outside China" % k)
    allowed = set(("key", "category", "body", "marks", "lat", "lon") + SHORT)
    allowed |= {"lost_from_min", "lost_to_min", "truth"} if kind == "lost" else {"found_at_min", "negative"}
    extra = set(r) - allowed
    if extra:
        bad("%s: unknown fields %s" % (k, sorted(extra)))


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set121.json")
    doc = json.load(open(path, encoding="utf-8"))
    if doc.get("seed") != 121121 or doc.get("made_by") != "tests/lostfound/make_set121.py":
        bad("seed/made_by")
    part = doc["parts"]["set121"]
    lost, found = part["lost"], part["found"]
    keys = [r["key"] for r in lost + found]
    if len(keys) != len(set(keys)):
        bad("duplicate keys")
    for i, r in enumerate(lost):
        if r["key"] != "S121-L%04d" % (i + 1):
            bad("lost key order %s" % r["key"])
    for i, r in enumerate(found):
        if r["key"] != "S121-F%04d" % (i + 1):
            bad("found key order %s" % r["key"])
    fmap = {r["key"]: r for r in found}
    for r in found:
        common(r, "found")
        fa = r.get("found_at_min")
        if not isinstance(fa, int) or not 0 <= fa <= 172800:
            bad("%s: found_at_min" % r["key"])
    used = collections.Counter()
    cross = 0
    for r in lost:
        common(r, "lost")
        lf, lt = r.get("lost_from_min"), r.get("lost_to_min")
        if not (isinstance(lf, int) and isinstance(lt, int) and 172800 >= lf >= lt >= 0):
            bad("%s: loss window" % r["key"])
        t = r.get("truth", "missing")
        if t == "missing":
            bad("%s: no truth field" % r["key"])
        elif t is not None:
            f = fmap.get(t)
            if f is None:
                bad("%s: truth %s not a found key" % (r["key"], t))
                continue
            used[t] += 1
            if "negative" in f:
                bad("%s: truth is a negative" % t)
            if f["found_at_min"] > lf:
                bad("%s: found before loss began" % r["key"])
            if f["category"] != r["category"]:
                cross += 1
    for t, n in used.items():
        if n > 1:
            bad("%s is truth of %d reports" % (t, n))
    for r in found:
        if r["key"] not in used and not r.get("negative"):
            bad("%s: neither truth nor labelled negative" % r["key"])
    if cross > 5:
        bad("too many cross-category pairs: %d" % cross)
    n_true = sum(1 for r in lost if r["truth"])
    negs = collections.Counter(r["negative"].split("_twin")[0] + ("_twin" if "_twin" in r["negative"] else "")
                               for r in found if "negative" in r)
    want = {"same_category_colour": 30, "found_before_loss": 30, "same_brand_other_place_time": 30, "near_twin": 30}
    if n_true != 150 or len(lost) - n_true != 90 or len(found) != 270 or dict(negs) != want:
        bad("counts: true %d, no-item %d, found %d, negatives %s" % (n_true, len(lost) - n_true, len(found), dict(negs)))
    print("checked %d lost (%d true pairs, %d never found), %d found (%d negatives: %s), %d cross-category pairs"
          % (len(lost), n_true, len(lost) - n_true, len(found), sum(negs.values()), dict(sorted(negs.items())), cross))
    print("checked: key format/uniqueness, categories, field lengths, lat/lon pairs in China, windows, "
          "found_at_min range, truth links (one each, found at/after loss start), negatives labelled")
    print("by category (lost):", dict(sorted(collections.Counter(r["category"] for r in lost).items())))
    if faults:
        for f in faults[:50]:
            print("FAULT:", f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
