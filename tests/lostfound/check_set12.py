#!/usr/bin/env python3
"""Validate tests/lostfound/set12.json; exit 1 and name every fault found.

Checks the schema the bench reads, the labels (every truth exists, is a found item that is
not a negative, is the truth of one report only, was found after the loss began, has the
report's category), the time rules, coordinates, full ID numbers' GB 11643 check digits,
and the counts set12 promises (150 true pairs, 60 never-found reports, about 150 negatives).
python3 standard library only.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "set12.json")
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
MAX_MIN = 90 * 24 * 60
TEXT = ("body", "color", "brand", "model", "serial", "marks", "address")
FOUND_FIELDS = set(TEXT) | {"key", "category", "lat", "lon", "found_at_min", "negative"}
LOST_FIELDS = set(TEXT) | {"key", "category", "lat", "lon", "lost_from_min", "lost_to_min", "truth"}
WANT_TRUE, WANT_NULL = 150, 60
NEG_MIN, NEG_MAX = 130, 170
BOX = (31.18, 31.28, 121.41, 121.53)   # the CBD and its edges, about 5 km across plus margin
faults = []


def fault(msg):
    faults.append(msg)


def gb11643_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(c) * k for c, k in zip(s[:17], w))
    return "10X98765432"[total % 11] == s[17].upper()


def looks_like_id(s):
    try:
        datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return 1900 <= int(s[6:10]) <= 2026


ID_RE = re.compile(r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])")


def check_common(it, where, allowed):
    if not isinstance(it, dict):
        fault("%s: not an object" % where)
        return False
    extra = set(it) - allowed
    if extra:
        fault("%s: unknown fields %s" % (where, sorted(extra)))
    if it.get("category") not in CATS:
        fault("%s: bad category %r" % (where, it.get("category")))
    if not isinstance(it.get("body"), str) or not it["body"].strip():
        fault("%s: body missing or empty" % where)
    for f in TEXT:
        if f in it and (not isinstance(it[f], str) or not it[f].strip()):
            fault("%s: %s must be non-empty text" % (where, f))
    if ("lat" in it) != ("lon" in it):
        fault("%s: lat and lon must come together" % where)
    if "lat" in it:
        la, lo = it["lat"], it["lon"]
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (la, lo)):
            fault("%s: lat/lon not numbers" % where)
        elif not (BOX[0] <= la <= BOX[1] and BOX[2] <= lo <= BOX[3]):
            fault("%s: coordinates %s,%s outside the district" % (where, la, lo))
    for f in TEXT:
        for m in ID_RE.findall(it.get(f, "") if isinstance(it.get(f), str) else ""):
            if looks_like_id(m) and not gb11643_ok(m):
                fault("%s: ID number %s has a wrong check digit" % (where, m))
    return True


def is_min(v):
    return isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= MAX_MIN


def main():
    try:
        with open(PATH, encoding="utf-8") as fh:
            doc = json.load(fh)
    except (OSError, ValueError) as e:
        print("cannot read %s: %s" % (PATH, e))
        return 1
    if set(doc) != {"seed", "made_by", "parts"} or not isinstance(doc.get("seed"), int):
        fault("top level must be exactly seed (int), made_by, parts")
    if doc.get("made_by") != "tests/lostfound/make_set12.py":
        fault("made_by must name tests/lostfound/make_set12.py")
    parts = doc.get("parts", {})
    if set(parts) != {"set12"} or set(parts.get("set12", {})) != {"found", "lost"}:
        fault("parts must be exactly {set12: {found, lost}}")
        return report()
    found, lost = parts["set12"]["found"], parts["set12"]["lost"]
    fmap = {}
    for n, it in enumerate(found):
        where = "found[%d]" % n
        if not check_common(it, where, FOUND_FIELDS):
            continue
        k = it.get("key")
        if not isinstance(k, str) or not re.fullmatch(r"U-F[0-9]{4}", k):
            fault("%s: bad key %r" % (where, k))
        elif k in fmap:
            fault("%s: duplicate key %s" % (where, k))
        else:
            fmap[k] = it
        if not is_min(it.get("found_at_min")):
            fault("%s: found_at_min must be an int within 90 days" % where)
        if "negative" in it and (not isinstance(it["negative"], str) or not it["negative"]):
            fault("%s: negative must be a non-empty label" % where)
    lkeys = set()
    used = {}
    n_true = n_null = 0
    for n, it in enumerate(lost):
        where = "lost[%d]" % n
        if not check_common(it, where, LOST_FIELDS):
            continue
        k = it.get("key")
        if not isinstance(k, str) or not re.fullmatch(r"U-L[0-9]{4}", k) or k in lkeys:
            fault("%s: bad or duplicate key %r" % (where, k))
        lkeys.add(k)
        lf, lt = it.get("lost_from_min"), it.get("lost_to_min")
        if not (is_min(lf) and is_min(lt) and lf >= lt):
            fault("%s: need lost_from_min >= lost_to_min >= 0 within 90 days (%r, %r)" % (where, lf, lt))
            continue
        if "truth" not in it:
            fault("%s: truth missing (use null)" % where)
            continue
        t = it["truth"]
        if t is None:
            n_null += 1
            continue
        n_true += 1
        f = fmap.get(t)
        if f is None:
            fault("%s: truth %r is not a found item" % (where, t))
            continue
        if "negative" in f:
            fault("%s: truth %s is labelled negative %r" % (where, t, f["negative"]))
        if t in used:
            fault("%s: %s is already the truth of %s" % (where, t, used[t]))
        used[t] = k
        if f["category"] != it["category"]:
            fault("%s: category %s but its truth is %s" % (where, it["category"], f["category"]))
        if is_min(f.get("found_at_min")) and f["found_at_min"] > lf:
            fault("%s: truth %s was found before the loss began" % (where, t))
    unlabelled = [k for k, f in fmap.items() if "negative" not in f]
    for k in unlabelled:
        if k not in used:
            fault("found %s: neither a truth nor labelled negative" % k)
    n_neg = len(fmap) - len(unlabelled)
    if n_true != WANT_TRUE:
        fault("%d true pairs, want %d" % (n_true, WANT_TRUE))
    if n_null != WANT_NULL:
        fault("%d never-found reports, want %d" % (n_null, WANT_NULL))
    if not NEG_MIN <= n_neg <= NEG_MAX:
        fault("%d negatives, want %d..%d" % (n_neg, NEG_MIN, NEG_MAX))
    cats = {}
    for it in lost:
        if isinstance(it, dict):
            cats[it.get("category")] = cats.get(it.get("category"), 0) + 1
    for c in ("phone", "wallet", "id_doc", "keys", "bag"):
        if cats.get(c, 0) < 15:
            fault("only %d lost reports of %s; a busy desk sees more" % (cats.get(c, 0), c))
    labels = {}
    for f in fmap.values():
        labels[f.get("negative", "(truth)")] = labels.get(f.get("negative", "(truth)"), 0) + 1
    print("set12: %d found %s, %d lost (%d true, %d never found)" % (len(found), dict(sorted(labels.items())), len(lost), n_true, n_null))
    return report()


def report():
    for f in faults:
        print("FAULT", f)
    if faults:
        print("%d faults" % len(faults))
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
