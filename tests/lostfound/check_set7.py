#!/usr/bin/env python3
"""check_set7.py — validates tests/lostfound/set7.json and exits non-zero on any fault.

Checks: the document's shape; every item's fields and their types; keys unique and well formed;
categories from the catalogue; times inside the last 90 days with lost_from_min >= lost_to_min
>= 0; coordinates inside the development zone (28.680 N 115.860 E, about 6 km across) and given
together; every truth names an existing found item that is not itself a hard negative; no found
item is the truth of two reports; for a true pair the item was found after the loss began
(found_at_min <= lost_from_min); every full 18-digit ID number in the text has a valid GB 11643
check digit; and the counts the set promises (150 true pairs, 60 reports that never match, about
150 hard negatives). Usage: python3 check_set7.py [set7.json]
"""
import json
import os
import re
import sys

CATEGORIES = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry",
              "electronics", "other"}
NEGATIVES = {"unclaimed", "twin", "decoy", "before", "far"}
MAX_MIN = 90 * 24 * 60
N_TRUE = 150
N_NEVER = 60
NEG_MIN, NEG_MAX = 130, 170          # "about 150" hard negatives
CLAT, CLON = 28.680, 115.860
MAX_DLAT, MAX_DLON = 0.04, 0.045      # about 4.4 km either way: the zone with some margin
TEXT_FIELDS = ("body", "color", "brand", "model", "serial", "marks", "address")
COMMON_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon"}
FOUND_KEYS = COMMON_KEYS | {"found_at_min", "negative"}
LOST_KEYS = COMMON_KEYS | {"lost_from_min", "lost_to_min", "truth"}
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
FULLWIDTH = {0xFF10 + i: 0x30 + i for i in range(10)}
FULLWIDTH[0xFF38] = ord("X")
ID_RE = re.compile(r"(?<![0-9])([1-9][0-9]{16}[0-9Xx])(?![0-9])")


def id_ok(n):
    s = sum(int(c) * w for c, w in zip(n[:17], ID_W))
    return "10X98765432"[s % 11] == n[17].upper()


def looks_like_id(n):
    """An 18-digit run is an ID number when it carries a plausible birth date (bank card
    numbers of 19 digits never match the pattern; a 62… card tail of 18 is not a date)."""
    y, m, d = int(n[6:10]), int(n[10:12]), int(n[12:14])
    return 1900 <= y <= 2026 and 1 <= m <= 12 and 1 <= d <= 31 and not n.startswith("62")


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def check(doc):
    faults = []

    def fault(msg):
        faults.append(msg)

    if not isinstance(doc, dict) or set(doc) != {"seed", "made_by", "parts"}:
        return ["top level must hold exactly seed, made_by, parts"]
    if not is_int(doc["seed"]):
        fault("seed is not an integer")
    if doc["made_by"] != "tests/lostfound/make_set7.py":
        fault("made_by is %r" % doc["made_by"])
    parts = doc["parts"]
    if not isinstance(parts, dict) or set(parts) != {"set7"}:
        return faults + ["parts must hold exactly set7"]
    part = parts["set7"]
    if not isinstance(part, dict) or set(part) != {"found", "lost"}:
        return faults + ["set7 must hold exactly found and lost"]
    found, lost = part["found"], part["lost"]
    if not isinstance(found, list) or not isinstance(lost, list):
        return faults + ["found and lost must be lists"]

    def common(item, where, allowed, key_re):
        if not isinstance(item, dict):
            fault("%s: not an object" % where)
            return False
        extra = set(item) - allowed
        if extra:
            fault("%s: unknown fields %s" % (where, sorted(extra)))
        k = item.get("key")
        if not isinstance(k, str) or not re.fullmatch(key_re, k):
            fault("%s: bad key %r" % (where, k))
            return False
        if item.get("category") not in CATEGORIES:
            fault("%s: category %r not in the catalogue" % (k, item.get("category")))
        if not isinstance(item.get("body"), str) or not item["body"].strip():
            fault("%s: body missing or empty" % k)
        for f in TEXT_FIELDS:
            if f in item and (not isinstance(item[f], str) or not item[f].strip()):
                fault("%s: %s must be non-empty text" % (k, f))
        if ("lat" in item) != ("lon" in item):
            fault("%s: lat and lon come together" % k)
        if "lat" in item:
            lat, lon = item["lat"], item.get("lon")
            if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon)):
                fault("%s: lat/lon must be numbers" % k)
            elif abs(lat - CLAT) > MAX_DLAT or abs(lon - CLON) > MAX_DLON:
                fault("%s: coordinates %s,%s outside the zone" % (k, lat, lon))
            if "address" not in item:
                fault("%s: coordinates without an address" % k)
        for f in TEXT_FIELDS:
            text = item.get(f) if isinstance(item.get(f), str) else ""
            text = text.translate(FULLWIDTH)        # ２０２６ -> 2026: a full-width number is still one
            for m in ID_RE.finditer(text):
                n = m.group(1)
                if looks_like_id(n) and not id_ok(n):
                    fault("%s: ID number %s in %s fails the GB 11643 check digit" % (k, n, f))
        return True

    fkeys = {}
    for i, f in enumerate(found):
        if not common(f, "found[%d]" % i, FOUND_KEYS, r"U-F[0-9]{4}"):
            continue
        k = f["key"]
        if k in fkeys:
            fault("%s: duplicate found key" % k)
        fkeys[k] = f
        t = f.get("found_at_min")
        if not is_int(t) or not 0 <= t <= MAX_MIN:
            fault("%s: found_at_min %r not within the last 90 days" % (k, t))
        if "negative" in f and f["negative"] not in NEGATIVES:
            fault("%s: negative label %r unknown" % (k, f["negative"]))

    lkeys = set()
    truths = {}
    n_true = n_never = 0
    for i, l in enumerate(lost):
        if not common(l, "lost[%d]" % i, LOST_KEYS, r"U-L[0-9]{4}"):
            continue
        k = l["key"]
        if k in lkeys:
            fault("%s: duplicate lost key" % k)
        lkeys.add(k)
        lf, lt = l.get("lost_from_min"), l.get("lost_to_min")
        if not is_int(lf) or not is_int(lt) or not (MAX_MIN >= lf >= lt >= 0):
            fault("%s: loss window %r..%r not MAX >= from >= to >= 0" % (k, lf, lt))
            continue
        if "truth" not in l:
            fault("%s: truth missing (null for never found)" % k)
            continue
        tr = l["truth"]
        if tr is None:
            n_never += 1
            continue
        n_true += 1
        if tr not in fkeys:
            fault("%s: truth %r is not a found item" % (k, tr))
            continue
        if tr in truths:
            fault("%s: %s is already the truth of %s" % (k, tr, truths[tr]))
        truths[tr] = k
        f = fkeys[tr]
        if "negative" in f:
            fault("%s: truth %s is labelled negative %r" % (k, tr, f["negative"]))
        if is_int(f.get("found_at_min")) and f["found_at_min"] > lf:
            fault("%s: truth %s was found before the loss began (%d > %d)" % (k, tr, f["found_at_min"], lf))

    unlabelled = [k for k, f in fkeys.items() if k not in truths and "negative" not in f]
    if unlabelled:
        fault("found items that are nobody's truth but carry no negative label: %s" % unlabelled[:5])
    n_neg = sum(1 for f in fkeys.values() if "negative" in f)
    if n_true != N_TRUE:
        fault("%d true pairs, want %d" % (n_true, N_TRUE))
    if n_never != N_NEVER:
        fault("%d never-found reports, want %d" % (n_never, N_NEVER))
    if not NEG_MIN <= n_neg <= NEG_MAX:
        fault("%d hard negatives, want about 150 (%d..%d)" % (n_neg, NEG_MIN, NEG_MAX))
    # a "before" item was found before the loss of some report of its category began
    starts = {}
    for l in lost:
        if isinstance(l, dict) and is_int(l.get("lost_from_min")):
            starts.setdefault(l.get("category"), []).append(l["lost_from_min"])
    for k, f in fkeys.items():
        if f.get("negative") == "before" and is_int(f.get("found_at_min")) and \
                not any(f["found_at_min"] > s for s in starts.get(f["category"], [])):
            fault("%s: labelled before, but no %s report's loss began after it was found" % (k, f["category"]))
    cats = {f["category"] for f in fkeys.values()} | {l["category"] for l in lost if isinstance(l, dict) and "category" in l}
    missing = CATEGORIES - cats
    if missing:
        fault("categories never used: %s" % sorted(missing))
    unclaimed_cats = {f["category"] for f in fkeys.values() if f.get("negative") == "unclaimed"}
    if CATEGORIES - unclaimed_cats:
        fault("unclaimed items miss categories %s" % sorted(CATEGORIES - unclaimed_cats))
    return faults, dict(true=n_true, never=n_never, negatives=n_neg, found=len(found), lost=len(lost))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "set7.json")
    try:
        with open(path, encoding="utf-8") as fh:
            doc = json.load(fh)
    except (OSError, ValueError) as e:
        print("check_set7: cannot read %s: %s" % (path, e), file=sys.stderr)
        return 2
    res = check(doc)
    if isinstance(res, list):
        faults, counts = res, {}
    else:
        faults, counts = res
    for f in faults:
        print("check_set7: " + f, file=sys.stderr)
    if faults:
        print("check_set7: %d fault(s)" % len(faults), file=sys.stderr)
        return 1
    print("check_set7: ok — %(found)d found, %(lost)d lost; %(true)d true pairs, %(never)d never found, "
          "%(negatives)d hard negatives" % counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
