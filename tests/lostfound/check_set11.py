#!/usr/bin/env python3
"""Validate tests/lostfound/set11.json; exit 1 on the first kind of fault found (all are listed).

Checks: the top-level shape; keys unique and well formed; only known fields, of the right types;
categories from the catalogue; times within the last 90 days and ordered; coordinates given in
pairs and inside the county; every truth names an existing found item that carries no "negative"
label; no found item is the truth of two reports; a true pair's found time is not before its
loss window's start; full 18-digit ID numbers anywhere in the text carry a valid GB 11643 check
digit; and the counts the brief asks for (150 true pairs, 60 never-found reports, about 150 hard
negatives of several kinds).  Usage: python3 check_set11.py [set11.json]
"""
import json
import os
import re
import sys

CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
TEXT = ("body", "color", "brand", "model", "serial", "marks", "address")
FOUND_KEYS = set(TEXT) | {"key", "category", "lat", "lon", "found_at_min", "negative"}
LOST_KEYS = set(TEXT) | {"key", "category", "lat", "lon", "lost_from_min", "lost_to_min", "truth"}
MAX_MIN = 90 * 24 * 60
LAT_BOX = (27.35, 27.75)          # the county seat and its three townships, with margin
LON_BOX = (109.65, 110.20)
WANT_TRUE = 150
WANT_NEVER = 60
WANT_NEG = (130, 180)             # about 150 hard negatives
WANT_NEG_KINDS = {"twin", "before", "decoy", "unclaimed", "far"}
ID_RE = re.compile(r"(?<![0-9０-９])([1-9][0-9]{16}[0-9Xx])(?![0-9０-９])")
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_ok(s):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], W)) % 11] == s[17].upper()


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "set11.json")
    faults = []

    def bad(msg):
        faults.append(msg)

    with open(path, encoding="utf-8") as fh:
        doc = json.load(fh)
    if set(doc) != {"seed", "made_by", "parts"} or not isinstance(doc["seed"], int):
        bad("top level must be exactly seed (int), made_by, parts")
    if doc.get("made_by") != "tests/lostfound/make_set11.py":
        bad("made_by is not tests/lostfound/make_set11.py")
    parts = doc.get("parts", {})
    if set(parts) != {"set11"} or set(parts["set11"]) != {"found", "lost"}:
        bad("parts must be exactly {set11: {found, lost}}")
        print("\n".join(faults))
        return 1
    found, lost = parts["set11"]["found"], parts["set11"]["lost"]

    def common(it, allowed, tag):
        k = it.get("key", "?")
        extra = set(it) - allowed
        if extra:
            bad("%s: unknown fields %s" % (k, sorted(extra)))
        if it.get("category") not in CATS:
            bad("%s: category %r not in the catalogue" % (k, it.get("category")))
        if not isinstance(it.get("body"), str) or not it["body"].strip():
            bad("%s: body missing or empty" % k)
        for f in TEXT:
            if f in it and (not isinstance(it[f], str) or not it[f].strip()):
                bad("%s: %s must be non-empty text when present" % (k, f))
        if ("lat" in it) != ("lon" in it):
            bad("%s: lat and lon must come together" % k)
        if "lat" in it:
            if not all(isinstance(it[c], (int, float)) and not isinstance(it[c], bool) for c in ("lat", "lon")):
                bad("%s: lat/lon must be numbers" % k)
            elif not (LAT_BOX[0] <= it["lat"] <= LAT_BOX[1] and LON_BOX[0] <= it["lon"] <= LON_BOX[1]):
                bad("%s: coordinates %s,%s outside the county" % (k, it["lat"], it["lon"]))
        for f in TEXT:
            for m in ID_RE.findall(it.get(f, "") or ""):
                if not id_ok(m):
                    bad("%s: ID number %s in %s has a wrong check digit" % (k, m, f))
        if not re.fullmatch(r"U-%s\d{4}" % tag, str(it.get("key", ""))):
            bad("%s: key must look like U-%s0001" % (k, tag))

    def minutes(it, f):
        v = it.get(f)
        if not isinstance(v, int) or isinstance(v, bool) or not 0 <= v <= MAX_MIN:
            bad("%s: %s must be an integer within the last 90 days, got %r" % (it.get("key"), f, v))
            return None
        return v

    fkeys = {}
    for it in found:
        common(it, FOUND_KEYS, "F")
        if it.get("key") in fkeys:
            bad("%s: duplicate key" % it["key"])
        fkeys[it.get("key")] = it
        minutes(it, "found_at_min")
        if "negative" in it and (not isinstance(it["negative"], str) or not it["negative"]):
            bad("%s: negative must be a non-empty label" % it["key"])
    lkeys, used = set(), {}
    n_true = n_never = 0
    for it in lost:
        common(it, LOST_KEYS, "L")
        k = it.get("key")
        if k in lkeys:
            bad("%s: duplicate key" % k)
        lkeys.add(k)
        a, b = minutes(it, "lost_from_min"), minutes(it, "lost_to_min")
        if a is not None and b is not None and a < b:
            bad("%s: lost_from_min < lost_to_min (the window runs backwards)" % k)
        if "truth" not in it:
            bad("%s: truth missing (use null for a never-found report)" % k)
            continue
        t = it["truth"]
        if t is None:
            n_never += 1
            continue
        n_true += 1
        f = fkeys.get(t)
        if f is None:
            bad("%s: truth %s is not a found item" % (k, t))
            continue
        if "negative" in f:
            bad("%s: truth %s is labelled negative %r" % (k, t, f["negative"]))
        if t in used:
            bad("%s: found item %s is already the truth of %s" % (k, t, used[t]))
        used[t] = k
        if a is not None and isinstance(f.get("found_at_min"), int) and f["found_at_min"] > a:
            bad("%s: its object %s was found before the loss began" % (k, t))
        if f.get("category") != it.get("category"):
            bad("%s: category %s differs from its object's %s" % (k, it.get("category"), f.get("category")))
    negs = [f for f in found if "negative" in f]
    unlabelled = [f["key"] for f in found if "negative" not in f and f.get("key") not in used]
    if unlabelled:
        bad("found items neither a truth nor labelled negative: %s" % unlabelled[:10])
    kinds = {}
    for f in negs:
        kinds[f["negative"]] = kinds.get(f["negative"], 0) + 1
    if n_true != WANT_TRUE:
        bad("true pairs: %d, want %d" % (n_true, WANT_TRUE))
    if n_never != WANT_NEVER:
        bad("never-found reports: %d, want %d" % (n_never, WANT_NEVER))
    if not WANT_NEG[0] <= len(negs) <= WANT_NEG[1]:
        bad("hard negatives: %d, want %d..%d" % (len(negs), WANT_NEG[0], WANT_NEG[1]))
    missing = WANT_NEG_KINDS - set(kinds)
    if missing:
        bad("no hard negative of kind %s" % sorted(missing))
    cats_seen = {f["category"] for f in negs if f.get("negative") == "unclaimed"}
    if cats_seen != CATS:
        bad("unclaimed items miss categories %s" % sorted(CATS - cats_seen))
    n_coord = sum(1 for it in found + lost if "lat" in it)
    share = n_coord / max(1, len(found) + len(lost))
    if not 0.4 <= share <= 0.8:
        bad("coordinates on %.0f%% of items; want about two thirds" % (share * 100))
    print("set11: %d found (%d true objects, %d hard negatives %s), %d lost (%d true, %d never found); "
          "coordinates on %.0f%%" % (len(found), len(used), len(negs), dict(sorted(kinds.items())), len(lost),
                                      n_true, n_never, share * 100))
    if faults:
        print("FAULTS (%d):" % len(faults))
        print("\n".join("  " + f for f in faults))
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
