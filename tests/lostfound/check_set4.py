#!/usr/bin/env python3
"""Validate tests/lostfound/set4.json (the blind judge set; see SET4.md).

Checks the schema, the truth labels, the times and the counts, and prints every
fault it finds.  Exit status 0 when the file is sound, 1 when it is not, 2 when it
cannot be read.  Python 3 standard library only.

Usage:  python3 tests/lostfound/check_set4.py [--selftest] [path to set4.json]
--selftest breaks copies of the set in each way the checker must notice (a truth
that is no found item, one found item the truth of two, a truth found before the
loss, a bad ID check digit, ...) and fails unless every break is caught.
"""

import json
import math
import os
import re
import sys

PATH_DEFAULT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set4.json")

CATEGORIES = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry",
              "electronics", "other"}
NEGATIVE_LABELS = {"unclaimed", "twin", "decoy", "before", "far"}
TEXT_FIELDS = ("color", "brand", "model", "serial", "marks", "address")
COMMON_KEYS = {"key", "category", "body", "lat", "lon"} | set(TEXT_FIELDS)
FOUND_KEYS = COMMON_KEYS | {"found_at_min", "negative"}
LOST_KEYS = COMMON_KEYS | {"lost_from_min", "lost_to_min", "truth"}
MAX_MIN = 90 * 1440                   # every time within the last 90 days
CENTRE = (29.080, 119.650)
TOWN_RADIUS_KM = 3.5                  # a town about 6 km across, with a margin
BODY_MAX = 2000                       # a desk registration, not an essay

# What issue #11 section 5 and the brief ask of the set.
WANT_TRUE = 160
WANT_NULL = 60
WANT_NEG_MIN, WANT_NEG_MAX = 120, 190
WANT_SHORT_MIN = 5                    # a few very short registrations
WANT_NO_COORD_SHARE = (0.2, 0.5)      # coordinates left out for about a third
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
ID_RE = re.compile(r"(?<![0-9])([1-9][0-9]{16}[0-9Xx])(?![0-9])")


def km(lat, lon):
    dy = (lat - CENTRE[0]) * 111.0
    dx = (lon - CENTRE[1]) * 111.0 * math.cos(math.radians(CENTRE[0]))
    return math.hypot(dx, dy)


def id_ok(s):
    first17 = s[:17]
    return ID_CHECK[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS)) % 11] == s[17].upper()


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def check(doc):
    faults = []

    def fault(msg):
        faults.append(msg)

    if not isinstance(doc, dict) or set(doc) != {"seed", "made_by", "parts"}:
        fault("top level must be exactly {seed, made_by, parts}")
        return faults, {}
    if not is_int(doc["seed"]):
        fault("seed must be an integer")
    if doc["made_by"] != "tests/lostfound/make_set4.py":
        fault("made_by must be tests/lostfound/make_set4.py")
    parts = doc["parts"]
    if not isinstance(parts, dict) or set(parts) != {"set4"}:
        fault("parts must hold exactly one part, set4")
        return faults, {}
    part = parts["set4"]
    if not isinstance(part, dict) or set(part) != {"found", "lost"}:
        fault("parts.set4 must be exactly {found, lost}")
        return faults, {}
    found, lost = part["found"], part["lost"]
    if not isinstance(found, list) or not isinstance(lost, list):
        fault("found and lost must be lists")
        return faults, {}

    seen = set()

    def common(it, where, allowed, key_re):
        if not isinstance(it, dict):
            fault("%s: not an object" % where)
            return False
        extra = set(it) - allowed
        if extra:
            fault("%s: unknown fields %s" % (where, sorted(extra)))
        k = it.get("key")
        if not isinstance(k, str) or not re.fullmatch(key_re, k):
            fault("%s: bad key %r" % (where, k))
        elif k in seen:
            fault("%s: duplicate key %s" % (where, k))
        else:
            seen.add(k)
        if it.get("category") not in CATEGORIES:
            fault("%s: category %r not in the catalogue" % (k, it.get("category")))
        body = it.get("body")
        if not isinstance(body, str) or not body.strip():
            fault("%s: body missing or empty" % k)
        elif len(body) > BODY_MAX:
            fault("%s: body longer than %d" % (k, BODY_MAX))
        for f in TEXT_FIELDS:
            if f in it and (not isinstance(it[f], str) or not it[f].strip()):
                fault("%s: %s present but not a non-empty string" % (k, f))
        if ("lat" in it) != ("lon" in it):
            fault("%s: lat without lon or lon without lat" % k)
        if "lat" in it and "lon" in it:
            la, lo = it["lat"], it["lon"]
            if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (la, lo)):
                fault("%s: lat/lon not numbers" % k)
            elif km(la, lo) > TOWN_RADIUS_KM:
                fault("%s: coordinates %.5f,%.5f are %.1f km from the town centre" % (k, la, lo, km(la, lo)))
        # a full ID number anywhere must carry a valid GB 11643 check digit
        for f in ("body", "serial", "marks"):
            v = it.get(f)
            if isinstance(v, str):
                for m in ID_RE.finditer(v.replace(" ", "")):
                    s = m.group(1)
                    if s[6:8] in ("19", "20") and not id_ok(s):
                        fault("%s: ID number %s in %s has a wrong check digit" % (k, s, f))
        return True

    found_by_key = {}
    for n, it in enumerate(found):
        if not common(it, "found[%d]" % n, FOUND_KEYS, r"W-F\d{4}"):
            continue
        k = it.get("key")
        t = it.get("found_at_min")
        if not is_int(t) or not 0 <= t <= MAX_MIN:
            fault("%s: found_at_min %r not an integer within the last 90 days" % (k, t))
        neg = it.get("negative")
        if "negative" in it and (not isinstance(neg, str) or neg not in NEGATIVE_LABELS):
            fault("%s: negative label %r unknown" % (k, neg))
        found_by_key[k] = it

    truth_of = {}
    for n, it in enumerate(lost):
        if not common(it, "lost[%d]" % n, LOST_KEYS, r"W-L\d{4}"):
            continue
        k = it.get("key")
        a, b = it.get("lost_from_min"), it.get("lost_to_min")
        if not is_int(a) or not is_int(b):
            fault("%s: lost_from_min/lost_to_min must be integers" % k)
            continue
        if not MAX_MIN >= a >= b >= 0:
            fault("%s: need 90 days >= lost_from_min (%d) >= lost_to_min (%d) >= 0" % (k, a, b))
        if "truth" not in it:
            fault("%s: truth missing (use null when the object never turns up)" % k)
            continue
        tr = it["truth"]
        if tr is None:
            continue
        if not isinstance(tr, str) or tr not in found_by_key:
            fault("%s: truth %r is not a found item" % (k, tr))
            continue
        if tr in truth_of:
            fault("%s: found item %s is already the truth of %s" % (k, tr, truth_of[tr]))
        truth_of[tr] = k
        f = found_by_key[tr]
        if "negative" in f:
            fault("%s: its truth %s is labelled negative %r" % (k, tr, f["negative"]))
        if is_int(f.get("found_at_min")) and f["found_at_min"] > a:
            fault("%s: truth %s found %d min ago, before the loss began (%d min ago)" % (k, tr, f["found_at_min"], a))

    # every found item is either somebody's truth or a labelled negative
    for k, f in found_by_key.items():
        if k not in truth_of and "negative" not in f:
            fault("%s: neither the truth of a report nor labelled negative" % k)

    # counts
    n_true = sum(1 for it in lost if isinstance(it, dict) and it.get("truth"))
    n_null = sum(1 for it in lost if isinstance(it, dict) and "truth" in it and it["truth"] is None)
    n_neg = sum(1 for f in found_by_key.values() if "negative" in f)
    if n_true != WANT_TRUE:
        fault("%d true pairs, want %d" % (n_true, WANT_TRUE))
    if n_null != WANT_NULL:
        fault("%d reports without a true match, want %d" % (n_null, WANT_NULL))
    if not WANT_NEG_MIN <= n_neg <= WANT_NEG_MAX:
        fault("%d hard-negative found items, want about 150 (%d..%d)" % (n_neg, WANT_NEG_MIN, WANT_NEG_MAX))
    by_neg = {}
    for f in found_by_key.values():
        if "negative" in f:
            by_neg[f["negative"]] = by_neg.get(f["negative"], 0) + 1
    for lab in NEGATIVE_LABELS:
        if by_neg.get(lab, 0) == 0:
            fault("no found item labelled %r" % lab)
    unclaimed_cats = {f["category"] for f in found_by_key.values() if f.get("negative") == "unclaimed"}
    if unclaimed_cats != CATEGORIES:
        fault("unclaimed items miss categories %s" % sorted(CATEGORIES - unclaimed_cats))
    items = [it for it in found + lost if isinstance(it, dict)]
    short = sum(1 for it in items if isinstance(it.get("body"), str) and len(it["body"]) <= 12)
    if short < WANT_SHORT_MIN:
        fault("only %d very short registrations, want %d or more" % (short, WANT_SHORT_MIN))
    no_coord = sum(1 for it in items if "lat" not in it) / max(1, len(items))
    if not WANT_NO_COORD_SHARE[0] <= no_coord <= WANT_NO_COORD_SHARE[1]:
        fault("%.0f%% of items without coordinates, want about a third" % (100 * no_coord))

    stats = {"found": len(found), "lost": len(lost), "true": n_true, "null": n_null, "negatives": by_neg,
             "short": short, "no_coord_share": round(no_coord, 3)}
    cats = {}
    for it in lost:
        if isinstance(it, dict):
            row = cats.setdefault(it.get("category"), [0, 0, 0])
            row[0 if it.get("truth") else 1] += 1
    for f in found_by_key.values():
        if "negative" in f:
            cats.setdefault(f["category"], [0, 0, 0])[2] += 1
    stats["by_category"] = cats
    # measured only on a sound file (the measures assume the schema holds)
    stats["variation"] = variation(found_by_key, lost) if not faults else {}
    return faults, stats


TRAD_CHARS = set("錢鑰機證銀電動車藍紅綠黃書門現塊裡個號顏丟遺這們說時間後鐘邊帶應該對張還東鐲項鏈話兒為華園廣場區醫")
PUNCT = set("，。；：、（）()“”,.;:!！?？")


def variation(found_by_key, lost):
    """Measure (not claim) the kinds of variation the file holds."""
    items = list(found_by_key.values()) + [it for it in lost if isinstance(it, dict)]
    bodies = [it.get("body", "") for it in items if isinstance(it.get("body"), str)]
    v = {
        "traditional characters": sum(1 for b in bodies if TRAD_CHARS & set(b)),
        "full-width letters/digits": sum(1 for b in bodies if any(c.isalnum() and 0xff10 <= ord(c) <= 0xff5a for c in b)),
        "voice transcripts (no punctuation, 25+ chars)": sum(1 for b in bodies if len(b) >= 25 and not PUNCT & set(b)),
        "very short (12 chars or less)": sum(1 for b in bodies if len(b) <= 12),
        "long and chatty (120 chars or more)": sum(1 for b in bodies if len(b) >= 120),
        "amounts in Chinese numerals": sum(1 for b in bodies if re.search(r"[零一二三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟]+(元|块)", b)),
        "with a serial field": sum(1 for it in items if "serial" in it),
        "masked numbers (*)": sum(1 for it in items if "*" in it.get("serial", "") + it.get("body", "")),
        "relative transit places": sum(1 for it in items if re.search(r"(公交|地铁|出租车|网约车)", it.get("address", ""))),
    }
    pairs = [(l, found_by_key[l["truth"]]) for l in lost
             if isinstance(l, dict) and l.get("truth") in found_by_key]
    v["true pairs filed under different categories"] = sum(1 for l, f in pairs if l["category"] != f["category"])
    both = [(l, f) for l, f in pairs if all(k in x for k in ("lat", "lon") for x in (l, f))]
    v["true pairs more than 1 km apart (both with coordinates)"] = sum(
        1 for l, f in both if math.hypot((l["lat"] - f["lat"]) * 111.0,
                                         (l["lon"] - f["lon"]) * 111.0 * math.cos(math.radians(CENTRE[0]))) > 1.0)
    def near(l, f):
        if not all(k in x for k in ("lat", "lon") for x in (l, f)):
            return True
        return math.hypot((l["lat"] - f["lat"]) * 111.0,
                          (l["lon"] - f["lon"]) * 111.0 * math.cos(math.radians(CENTRE[0]))) <= 1.5
    nulls = [l for l in lost if isinstance(l, dict) and "truth" in l and l["truth"] is None]
    v["reports without a match that have a same-category item found within 7 days after, nearby"] = sum(
        1 for l in nulls if any(f["category"] == l["category"] and 0 <= l["lost_from_min"] - f["found_at_min"] <= 7 * 1440
                                and near(l, f) for f in found_by_key.values()))
    v["true pairs with the same brand spelt differently"] = sum(
        1 for l, f in pairs if "brand" in l and "brand" in f and l["brand"] != f["brand"])
    v["true pairs with the colour worded differently"] = sum(
        1 for l, f in pairs if "color" in l and "color" in f and l["color"] != f["color"])
    return v


def selftest(doc):
    """Break a copy of the set in each way the checker must notice, and make
    sure it does.  Returns the number of faults it missed."""
    import copy
    part = doc["parts"]["set4"]
    pair = next(l for l in part["lost"] if l["truth"])
    neg = next(f for f in part["found"] if "negative" in f)

    def truth_item(d):
        k = next(l for l in d["parts"]["set4"]["lost"] if l["key"] == pair["key"])["truth"]
        return next(f for f in d["parts"]["set4"]["found"] if f["key"] == k)

    def lost_item(d):
        return next(l for l in d["parts"]["set4"]["lost"] if l["key"] == pair["key"])

    def other_lost(d):
        return next(l for l in d["parts"]["set4"]["lost"] if l["truth"] and l["key"] != pair["key"])

    breaks = [
        ("truth to a missing key", lambda d: lost_item(d).update(truth="W-F9999")),
        ("truth to a lost report", lambda d: lost_item(d).update(truth=other_lost(d)["key"])),
        ("one found item the truth of two", lambda d: other_lost(d).update(truth=lost_item(d)["truth"])),
        ("truth found before the loss", lambda d: truth_item(d).update(found_at_min=lost_item(d)["lost_from_min"] + 1)),
        ("truth labelled negative", lambda d: truth_item(d).update(negative="twin")),
        ("unknown category", lambda d: lost_item(d).update(category="umbrella")),
        ("window backwards", lambda d: lost_item(d).update(lost_to_min=lost_item(d)["lost_from_min"] + 5)),
        ("time beyond 90 days", lambda d: truth_item(d).update(found_at_min=MAX_MIN + 1)),
        ("empty body", lambda d: lost_item(d).update(body="  ")),
        ("unknown field", lambda d: lost_item(d).update(owner="x")),
        ("lat without lon", lambda d: (lost_item(d).update(lat=29.08), lost_item(d).pop("lon", None))),
        ("coordinates out of town", lambda d: lost_item(d).update(lat=30.5, lon=120.0)),
        ("bad ID check digit", lambda d: lost_item(d).update(serial="330702199001011230" if id_ok("330702199001011234") else "330702199001011234")),
        ("unknown negative label", lambda d: next(f for f in d["parts"]["set4"]["found"] if f["key"] == neg["key"]).update(negative="maybe")),
        ("orphan found item", lambda d: next(f for f in d["parts"]["set4"]["found"] if f["key"] == neg["key"]).pop("negative")),
        ("duplicate key", lambda d: d["parts"]["set4"]["lost"].append(dict(lost_item(d), truth=None))),
        ("a true pair too few", lambda d: lost_item(d).update(truth=None)),
        ("truth missing", lambda d: lost_item(d).pop("truth")),
        ("wrong made_by", lambda d: d.update(made_by="someone")),
        ("truth not a string", lambda d: lost_item(d).update(truth=["W-F0001"])),
        ("body a number", lambda d: lost_item(d).update(body=5)),
        ("colour not text", lambda d: lost_item(d).update(color=3)),
        ("time as text", lambda d: truth_item(d).update(found_at_min="60")),
        ("found not a list", lambda d: d["parts"]["set4"].update(found={})),
    ]
    missed = 0
    base, _ = check(doc)
    if base:
        print("selftest: the set itself has faults; fix them first")
        return 1
    for name, brk in breaks:
        d = copy.deepcopy(doc)
        brk(d)
        try:
            faults, _ = check(d)
        except Exception as e:          # a checker that crashes has not judged
            print("selftest: CRASHED on %s: %r" % (name, e))
            missed += 1
            continue
        if not faults:
            print("selftest: MISSED", name)
            missed += 1
    print("selftest: %d of %d breaks caught" % (len(breaks) - missed, len(breaks)))
    return missed


def main():
    args = [a for a in sys.argv[1:] if a != "--selftest"]
    path = args[0] if args else PATH_DEFAULT
    try:
        with open(path, encoding="utf-8") as fh:
            doc = json.load(fh)
    except (OSError, ValueError) as e:
        print("check_set4: cannot read %s: %s" % (path, e))
        return 2
    if "--selftest" in sys.argv[1:]:
        return 1 if selftest(doc) else 0
    faults, stats = check(doc)
    for f in faults:
        print("FAULT", f)
    if stats:
        print("found %(found)d, lost %(lost)d: %(true)d true pairs, %(null)d without a match; "
              "very short %(short)d; share without coordinates %(no_coord_share)s" % stats)
        print("negatives:", ", ".join("%s %d" % kv for kv in sorted(stats["negatives"].items())))
        print("%-12s %6s %6s %6s" % ("category", "pairs", "null", "negs"))
        for c in sorted(stats["by_category"]):
            print("%-12s %6d %6d %6d" % ((c,) + tuple(stats["by_category"][c])))
        print("variation (items):")
        for k, n in stats["variation"].items():
            print("  %-88s %d" % (k, n))
    print("check_set4: %s (%d faults)" % ("OK" if not faults else "FAILED", len(faults)))
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main())
