#!/usr/bin/env python3
"""Validate tests/lostfound/set8.json; exit 1 and list every fault when it is not sound.

Checks: the document shape, every item's fields and types, category codes, key
forms and uniqueness, times (within 90 days, lost_from >= lost_to >= 0), every
truth key exists and is a found item that is not a labelled negative, no found item
is the truth of two reports, a true pair's item was found after the loss began,
a "before" negative was found before the loss began for no report it is the truth
of, coordinates within the district, full ID numbers carry a valid GB 11643 check
digit, and the counts the brief asks for.

Usage: python3 tests/lostfound/check_set8.py [set8.json]
"""
import json
import os
import re
import sys

CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
TEXT = ("body", "color", "brand", "model", "serial", "marks", "address")
MAX_MIN = 90 * 24 * 60
CENTER = (30.230, 120.430)
MAX_KM_FROM_CENTER = 6.0        # about 8 km across, with the far decoys at its edge
MIN_TRUE, MIN_NEVER, MIN_NEG = 150, 60, 140
MIN_HARD_NEG_KINDS = {"twin", "before", "decoy", "unclaimed"}
MAX_BODY = 2000
ID_RE = re.compile(r"(?<![0-9])([1-9][0-9]{5}(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx])(?![0-9])")


def id_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * k for c, k in zip(s[:17], w)) % 11] == s[17].upper()


def km(lat, lon):
    return (((lat - CENTER[0]) * 111.0) ** 2 + ((lon - CENTER[1]) * 96.2) ** 2) ** 0.5


def check(doc):
    bad = []

    def fault(msg):
        bad.append(msg)

    if not isinstance(doc, dict) or set(doc) != {"seed", "made_by", "parts"}:
        return ["top level must be exactly seed, made_by, parts"]
    if not isinstance(doc["seed"], int):
        fault("seed must be an integer")
    if doc["made_by"] != "tests/lostfound/make_set8.py":
        fault("made_by must name tests/lostfound/make_set8.py")
    parts = doc["parts"]
    if not isinstance(parts, dict) or set(parts) != {"set8"}:
        return bad + ["parts must hold exactly set8"]
    part = parts["set8"]
    if not isinstance(part, dict) or set(part) != {"found", "lost"}:
        return bad + ["set8 must hold exactly found and lost"]
    found, lost = part["found"], part["lost"]
    if not isinstance(found, list) or not isinstance(lost, list):
        return bad + ["found and lost must be lists"]

    def common(it, side, keyre, allowed):
        k = it.get("key")
        where = "%s %r" % (side, k)
        if not isinstance(k, str) or not re.fullmatch(keyre, k):
            fault("%s: bad key" % where)
        extra = set(it) - allowed
        if extra:
            fault("%s: unknown fields %s" % (where, sorted(extra)))
        if it.get("category") not in CATS:
            fault("%s: category %r not in the catalogue" % (where, it.get("category")))
        if not isinstance(it.get("body"), str) or not it["body"].strip():
            fault("%s: body missing or empty" % where)
        elif len(it["body"]) > MAX_BODY:
            fault("%s: body longer than %d" % (where, MAX_BODY))
        for f in TEXT[1:]:
            if f in it and (not isinstance(it[f], str) or not it[f].strip()):
                fault("%s: %s must be non-empty text when given" % (where, f))
        if ("lat" in it) != ("lon" in it):
            fault("%s: lat and lon go together" % where)
        if "lat" in it:
            if not all(isinstance(it[c], (int, float)) and not isinstance(it[c], bool) for c in ("lat", "lon")):
                fault("%s: lat/lon must be numbers" % where)
            elif km(it["lat"], it["lon"]) > MAX_KM_FROM_CENTER:
                fault("%s: coordinates %.1f km from the centre" % (where, km(it["lat"], it["lon"])))
        for f in TEXT:
            for m in ID_RE.findall(it.get(f, "") if isinstance(it.get(f), str) else ""):
                if not id_ok(m):
                    fault("%s: ID number %s has a wrong check digit" % (where, m))

    def tint(it, f, where):
        v = it.get(f)
        if not isinstance(v, int) or isinstance(v, bool) or v < 0 or v > MAX_MIN:
            fault("%s: %s must be an integer in 0..%d" % (where, f, MAX_MIN))
            return None
        return v

    fkeys = {}
    base = {"key", "category"} | set(TEXT) | {"lat", "lon"}
    for it in found:
        if not isinstance(it, dict):
            fault("a found item is not an object")
            continue
        common(it, "found", r"U-F\d{4}", base | {"found_at_min", "negative"})
        tint(it, "found_at_min", "found %r" % it.get("key"))
        if "negative" in it and (not isinstance(it["negative"], str) or not it["negative"]):
            fault("found %r: negative must be a label" % it.get("key"))
        if it.get("key") in fkeys:
            fault("found key %r twice" % it.get("key"))
        fkeys[it.get("key")] = it
    lkeys = set()
    used = {}
    n_true = n_never = 0
    for it in lost:
        if not isinstance(it, dict):
            fault("a lost item is not an object")
            continue
        where = "lost %r" % it.get("key")
        common(it, "lost", r"U-L\d{4}", base | {"lost_from_min", "lost_to_min", "truth"})
        if "truth" not in it:
            fault("%s: truth missing (null when never found)" % where)
        a, b = tint(it, "lost_from_min", where), tint(it, "lost_to_min", where)
        if a is not None and b is not None and a < b:
            fault("%s: lost_from_min < lost_to_min" % where)
        if it.get("key") in lkeys:
            fault("lost key %r twice" % it.get("key"))
        lkeys.add(it.get("key"))
        t = it.get("truth")
        if t is None:
            n_never += 1
            continue
        n_true += 1
        f = fkeys.get(t)
        if f is None:
            fault("%s: truth %r is not a found item" % (where, t))
            continue
        if "negative" in f:
            fault("%s: truth %r is labelled negative %r" % (where, t, f["negative"]))
        if t in used:
            fault("%s: %r is already the truth of %s" % (where, t, used[t]))
        used[t] = it.get("key")
        if f.get("category") != it.get("category"):
            fault("%s: truth %r has another category" % (where, t))
        if a is not None and isinstance(f.get("found_at_min"), int) and f["found_at_min"] > a:
            fault("%s: truth %r was found before the loss began" % (where, t))
    unlabelled = [k for k, f in fkeys.items() if "negative" not in f and k not in used]
    if unlabelled:
        fault("found items neither a truth nor a labelled negative: %s" % unlabelled[:5])
    negs = {}
    for f in fkeys.values():
        if "negative" in f:
            negs[f["negative"]] = negs.get(f["negative"], 0) + 1
    if n_true < MIN_TRUE:
        fault("only %d true pairs (need %d)" % (n_true, MIN_TRUE))
    if n_never < MIN_NEVER:
        fault("only %d never-found reports (need %d)" % (n_never, MIN_NEVER))
    if sum(negs.values()) < MIN_NEG:
        fault("only %d negative found items (need %d)" % (sum(negs.values()), MIN_NEG))
    missing = MIN_HARD_NEG_KINDS - set(negs)
    if missing:
        fault("no negatives of kinds %s" % sorted(missing))
    return bad, {"found": len(found), "lost": len(lost), "true": n_true, "never": n_never, "negatives": negs}


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "set8.json")
    try:
        with open(path, encoding="utf-8") as fh:
            doc = json.load(fh)
    except (OSError, ValueError) as e:
        print("set8: cannot read %s: %s" % (path, e))
        return 1
    res = check(doc)
    if isinstance(res, list):
        bad, counts = res, None
    else:
        bad, counts = res
    for b in bad:
        print("FAULT", b)
    if counts:
        cats = {}
        for side in ("found", "lost"):
            for it in doc["parts"]["set8"][side]:
                cats.setdefault(it.get("category"), [0, 0])[side == "lost"] += 1
        print("set8: %(found)d found, %(lost)d lost, %(true)d true pairs, %(never)d never found" % counts)
        print("negatives:", ", ".join("%s %d" % kv for kv in sorted(counts["negatives"].items())))
        print("by category (found/lost):", ", ".join("%s %d/%d" % (c, v[0], v[1]) for c, v in sorted(cats.items())))
    print("set8: %s" % ("OK" if not bad else "%d faults" % len(bad)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
