#!/usr/bin/env python3
"""Validates tests/lostfound/set87.json (exit 1 on any fault) and prints what it checked.

1. the format the brief asks for (keys, categories, lengths, windows, truth links, labels);
2. numbers: ID numbers carry GB 11643 check digits, IMEIs are Luhn-valid, no bare card number;
3. the file is what make_set87.py writes (byte for byte);
4. the labels: every attribute the generator says a text states is really in that text and
   in words that mean that value; each true pair agrees and differs in nothing; every other
   found/lost pair differs in something both texts state, in time or by distance; each
   negative differs from the report it imitates in the way its label says."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import make_set87  # noqa: E402
import set87_world as W  # noqa: E402
from set87_feats import FEATS  # noqa: E402
from set87_judge import attr_conflict, discriminators, shared_evidence  # noqa: E402
from set87_people import GIVEN, SURNAMES, id_check, luhn_digit  # noqa: E402
from set87_say import CN_AMT, _norm  # noqa: E402
from set87_words import BRANDS, COLORS, brand_words, color_words  # noqa: E402

CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
OPT = {"color": 60, "brand": 60, "model": 60, "serial": 60, "address": 60, "marks": 500}
LOST_KEYS = set(OPT) | {"key", "category", "body", "lat", "lon", "lost_from_min", "lost_to_min", "truth"}
FOUND_KEYS = set(OPT) | {"key", "category", "body", "lat", "lon", "found_at_min", "negative"}
faults = []


def fault(msg):
    faults.append(msg)


def text_of(r):
    return " ".join(str(r[k]) for k in ("body", "color", "brand", "model", "serial", "marks", "address") if k in r)


def check_record(r, side, n):
    key = r.get("key")
    want = "S87-%s%04d" % ("L" if side == "lost" else "F", n)
    if key != want:
        fault("%s: key should be %s" % (key, want))
    extra = set(r) - (LOST_KEYS if side == "lost" else FOUND_KEYS)
    if extra:
        fault("%s: unknown fields %s" % (key, sorted(extra)))
    if r.get("category") not in CATS:
        fault("%s: category %r" % (key, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % key)
    for f, lim in OPT.items():
        if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > lim):
            fault("%s: %s empty or longer than %d" % (key, f, lim))
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat without lon" % key)
    if "lat" in r and not (18 <= r["lat"] <= 54 and 73 <= r["lon"] <= 135):
        fault("%s: lat/lon outside China" % key)
    if side == "lost":
        a, z = r.get("lost_from_min"), r.get("lost_to_min")
        if not (isinstance(a, int) and isinstance(z, int) and 172800 >= a >= z >= 0):
            fault("%s: bad loss window %r..%r" % (key, a, z))
    else:
        t = r.get("found_at_min")
        if not (isinstance(t, int) and 0 <= t <= 172800):
            fault("%s: bad found_at_min %r" % (key, t))


def check_numbers(r):
    t = text_of(r)
    for m in re.finditer(r"\d{16,}X?", t):
        s = m.group(0)
        if not (len(s) == 18 and id_check(s[:17]) == s[17]):
            fault("%s: %s is neither a valid ID number nor allowed (card numbers only as tails)" % (r["key"], s))
    for m in re.finditer(r"(?:IMEI|串号)[^0-9]{0,4}((?:\d\s?){15})(?!\d)", t):
        d = m.group(1).replace(" ", "")
        if luhn_digit(d[:14]) != d[14]:
            fault("%s: IMEI %s fails Luhn" % (r["key"], d))


PY = {c: p for c, p in SURNAMES + GIVEN}


def pinyin(cn):
    return PY.get(cn[0], "?") + " " + "".join(PY.get(c, "?") for c in cn[1:])


def means(attr, surf, val):
    """Does this surface text state this value?"""
    if attr == "color":
        fams = {f for k in COLORS for side in ("lost", "found") for w, f in color_words(k, side) if w == surf}
        fams |= {COLORS[k][0] for k in COLORS if COLORS[k][3] == surf}
        return val in fams
    if attr == "brand":
        return val in BRANDS and surf in [w for _, w in brand_words(val)]
    if attr == "model":
        return _norm(surf) == val
    if attr in ("serial", "plate"):
        kind, s = val.split(":", 1)
        return s in _norm(surf)
    if attr == "name":
        return val in surf or (" " not in val and pinyin(val) in surf)
    if attr == "cash":
        return str(val) in surf or CN_AMT.get(val) == surf
    g = FEATS[attr[2:]]["vals"].get(val)
    return bool(g) and surf in g["own"] + g["fnd"] + ([g["en"]] if g["en"] else [])


def check_meta(r, meta):
    t = text_of(r)
    for a, surf in meta["surf"].items():
        if surf not in t:
            fault("%s: stated %s %r not in text" % (r["key"], a, surf))
        if not means(a, surf, meta["said"][a]):
            fault("%s: %r does not mean %s=%r" % (r["key"], surf, a, meta["said"][a]))
    pids = meta["places"] if "places" in meta else [meta["place"]]
    for pid, w in zip(pids, meta["place_words"]):
        if w not in t or w not in W.ALLP[pid]["aliases"]:
            fault("%s: place word %r for %s" % (r["key"], w, pid))
    if "lost_from" in meta and meta["lost_from"] != r["lost_from_min"]:
        fault("%s: window differs from generator" % r["key"])
    if "found_at" in meta and meta["found_at"] != r["found_at_min"]:
        fault("%s: found time differs from generator" % r["key"])


WANT = {"found_before_loss": "time", "same_brand_far_place": "place", "other_owner_name": "name",
        "same_look_other_brand": "brand"}


def main():
    path = os.path.join(HERE, "set87.json")
    raw = open(path, "rb").read()
    data = json.loads(raw.decode("utf-8"))
    if data.get("seed") != 8787 or data.get("made_by") != "tests/lostfound/make_set87.py":
        fault("seed / made_by")
    if list(data.get("parts", {})) != ["set87"]:
        fault("parts must hold exactly set87")
    part = data["parts"]["set87"]
    lost, found = part["lost"], part["found"]
    for n, r in enumerate(lost, 1):
        check_record(r, "lost", n)
        check_numbers(r)
    for n, r in enumerate(found, 1):
        check_record(r, "found", n)
        check_numbers(r)
    F = {r["key"]: r for r in found}
    truths = collections.Counter(r["truth"] for r in lost if r["truth"] is not None)
    cross = 0
    for r in lost:
        t = r["truth"]
        if t is None:
            continue
        if t not in F:
            fault("%s: truth %s is no found item" % (r["key"], t))
            continue
        if truths[t] > 1:
            fault("%s: found item %s is the truth of %d reports" % (r["key"], t, truths[t]))
        if F[t]["found_at_min"] > r["lost_from_min"]:
            fault("%s: its item was found before the loss began" % r["key"])
        if "negative" in F[t]:
            fault("%s: truth %s carries a negative label" % (r["key"], t))
        cross += F[t]["category"] != r["category"]
    if cross > 5:
        fault("%d pairs under different categories (at most 5)" % cross)
    for r in found:
        if r["key"] not in truths and not r.get("negative"):
            fault("%s: nobody's truth but no negative label" % r["key"])
    # 3. the file is what the generator writes
    regen, metas, _ = make_set87.build()
    if make_set87.dump(regen).encode("utf-8") != raw:
        fault("set87.json differs from what make_set87.py writes")
    # 4. labels
    for r in lost + found:
        check_meta(r, metas[r["key"]])
    L = {r["key"]: r for r in lost}
    pairs_checked = 0
    for f in found:
        fm = metas[f["key"]]
        if W.ALLP[fm["place"]]["zone"] == "far":
            d = W.km_ll(W.LAT0, W.LON0, W.FAR[fm["place"]]["lat"], W.FAR[fm["place"]]["lon"])
            if not 15 <= d <= 45 or not f.get("negative"):
                fault("%s: far place %.1f km / not a negative" % (f["key"], d))
        for lr in lost:
            lm = metas[lr["key"]]
            pairs_checked += 1
            if lr["truth"] == f["key"]:
                if shared_evidence(fm, lm) < 2:
                    fault("%s/%s: true pair agrees on too little" % (f["key"], lr["key"]))
                if min(W.km(fm["place"], p) for p in lm["places"]) > 5:
                    fault("%s/%s: true pair too far apart" % (f["key"], lr["key"]))
            elif not discriminators(fm, lm):
                fault("%s vs %s: nothing a desk officer could tell them apart by" % (f["key"], lr["key"]))
        if f.get("negative"):
            lab, tm = f["negative"], metas[fm["target"]]
            d = discriminators(fm, tm)
            ok = {"twin_one_detail": any(x.startswith("f:") for x in d) and len(d) == 1,
                  "same_look_other_object": bool(d) and not {"brand", "color", "time", "place"} & set(d),
                  "serial_near_miss": bool({"serial", "plate"} & set(d))}.get(lab, WANT.get(lab) in d)
            if not ok:
                fault("%s: label %s but differs from %s by %s" % (f["key"], lab, fm["target"], d))
    # report
    labels = collections.Counter(r["negative"] for r in found if r.get("negative"))
    print("set87.json: %d lost reports, %d found items" % (len(lost), len(found)))
    print("  pairs %d, never found %d, cross-category pairs %d" % (len(truths), len(lost) - len(truths), cross))
    print("  negatives %d: %s" % (sum(labels.values()), ", ".join("%s %d" % kv for kv in sorted(labels.items()))))
    lc = collections.Counter(r["category"] for r in lost)
    pc = collections.Counter(r["category"] for r in lost if r["truth"])
    fc = collections.Counter(r["category"] for r in found)
    nc = collections.Counter(r["category"] for r in found if r.get("negative"))
    print("  %-12s %5s %5s %5s %5s" % ("category", "lost", "pairs", "found", "neg"))
    for c in sorted(CATS):
        print("  %-12s %5d %5d %5d %5d" % (c, lc[c], pc[c], fc[c], nc[c]))
    print("  checked: format, ID/IMEI check digits, no bare card numbers, byte-identical regeneration,")
    print("  stated words mean what the labels say, %d found/lost pairs for a visible difference" % pairs_checked)
    if faults:
        for m in faults[:50]:
            print("FAULT " + m)
        print("%d faults" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
