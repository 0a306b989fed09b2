#!/usr/bin/env python3
"""Validate tests/lostfound/set30.json; exit non-zero on any fault."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set30.json")
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry",
        "electronics", "other"]
NEGS = ["twin", "decoy", "before_loss", "brand_elsewhere", "unclaimed"]
STR60 = ["color", "brand", "model", "serial", "address"]
FOUND_FIELDS = set(["key", "category", "body", "found_at_min", "marks", "lat", "lon", "negative"] + STR60)
LOST_FIELDS = set(["key", "category", "body", "lost_from_min", "lost_to_min", "marks", "lat", "lon",
                   "truth"] + STR60)
MAXMIN = 172800
faults = []


def fault(msg):
    faults.append(msg)


def gb11643_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    tot = sum(int(c) * x for c, x in zip(s[:17], w))
    return "10X98765432"[tot % 11] == s[17].upper()


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


ID_RE = re.compile(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])")
IMEI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{15})(?![0-9A-Za-z])")
n_ids = n_imeis = 0


def scan_numbers(key, rec):
    global n_ids, n_imeis
    for f in ["body", "serial", "marks", "model"]:
        v = rec.get(f)
        if not isinstance(v, str):
            continue
        texts = [v]
        # grouped forms (spaces / dashes) are full numbers too
        texts.append(re.sub(r"(?<=\d)[ \-](?=[\dXx])", "", v))
        seen = set()
        for t in texts:
            for m in ID_RE.finditer(t):
                s = m.group(1)
                if s in seen:
                    continue
                seen.add(s)
                n_ids += 1
                if not gb11643_ok(s):
                    fault("%s %s: ID %s fails GB 11643" % (key, f, s))
            for m in IMEI_RE.finditer(t):
                s = m.group(1)
                if s in seen:
                    continue
                seen.add(s)
                n_imeis += 1
                if not luhn_ok(s):
                    fault("%s %s: IMEI %s fails Luhn" % (key, f, s))


def common(rec, fields, prefix):
    key = rec.get("key")
    if not isinstance(key, str) or not re.fullmatch(prefix + r"\d{4}", key):
        fault("bad key %r" % (key,))
        key = str(key)
    extra = set(rec) - fields
    if extra:
        fault("%s: unknown fields %s" % (key, sorted(extra)))
    if rec.get("category") not in CATS:
        fault("%s: bad category %r" % (key, rec.get("category")))
    b = rec.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or too long" % key)
    for f in STR60:
        if f in rec and (not isinstance(rec[f], str) or not rec[f] or len(rec[f]) > 60):
            fault("%s: %s bad or over 60" % (key, f))
    if "marks" in rec and (not isinstance(rec["marks"], str) or not rec["marks"] or len(rec["marks"]) > 500):
        fault("%s: marks bad or over 500" % key)
    if ("lat" in rec) != ("lon" in rec):
        fault("%s: lat/lon not both" % key)
    if "lat" in rec:
        la, lo = rec["lat"], rec.get("lon")
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)):
            fault("%s: lat/lon not numeric" % key)
        elif not (18 <= la <= 54 and 73 <= lo <= 135):
            fault("%s: lat/lon outside China" % key)
    scan_numbers(key, rec)
    return key


def tint(v):
    return isinstance(v, int) and not isinstance(v, bool)


def main():
    with open(PATH, encoding="utf-8") as fh:
        doc = json.load(fh)
    if set(doc) != {"seed", "made_by", "parts"}:
        fault("top-level fields %s" % sorted(doc))
    if doc.get("seed") != 20261230:
        fault("seed %r" % doc.get("seed"))
    if doc.get("made_by") != "tests/lostfound/make_set30.py":
        fault("made_by %r" % doc.get("made_by"))
    parts = doc.get("parts", {})
    if list(parts) != ["set30"] or set(parts["set30"]) != {"found", "lost"}:
        fault("parts shape")
    found = parts["set30"]["found"]
    lost = parts["set30"]["lost"]
    fby = {}
    for r in found:
        k = common(r, FOUND_FIELDS, r"E3-F")
        if k in fby:
            fault("duplicate key %s" % k)
        fby[k] = r
        t = r.get("found_at_min")
        if not tint(t) or not 0 <= t <= MAXMIN:
            fault("%s: found_at_min %r" % (k, t))
        if "negative" in r and r["negative"] not in NEGS:
            fault("%s: unknown negative label %r" % (k, r["negative"]))
    lkeys = set()
    used = {}
    for r in lost:
        k = common(r, LOST_FIELDS, r"E3-L")
        if k in lkeys or k in fby:
            fault("duplicate key %s" % k)
        lkeys.add(k)
        lf, lt = r.get("lost_from_min"), r.get("lost_to_min")
        if not (tint(lf) and tint(lt) and MAXMIN >= lf >= lt >= 0):
            fault("%s: bad window %r %r" % (k, lf, lt))
            continue
        if "truth" not in r:
            fault("%s: no truth field" % k)
            continue
        t = r["truth"]
        if t is None:
            continue
        if t not in fby:
            fault("%s: truth %r is not a found item" % (k, t))
            continue
        if t in used:
            fault("%s: truth %s already used by %s" % (k, t, used[t]))
        used[t] = k
        f = fby[t]
        if "negative" in f:
            fault("%s: truth %s is labelled negative" % (k, t))
        if tint(f.get("found_at_min")) and f["found_at_min"] > lf:
            fault("%s: truth %s found before the loss began" % (k, t))
    cross = 0
    lby = {r["key"]: r for r in lost}
    for k, f in fby.items():
        if k not in used and f.get("negative") not in NEGS:
            fault("%s: neither a truth nor labelled negative" % k)
        if f.get("negative") == "before_loss":
            if not any(l["category"] == f["category"] and l["lost_from_min"] < f["found_at_min"] for l in lost):
                fault("%s: before_loss lies before no loss window of its category" % k)
    for t, lk in used.items():
        if fby[t]["category"] != lby[lk]["category"]:
            cross += 1
    if cross > 5:
        fault("%d cross-category pairs (> 5)" % cross)
    counts = {}
    for f in found:
        counts[f.get("negative", "true")] = counts.get(f.get("negative", "true"), 0) + 1
    n_true = len(used)
    n_never = sum(1 for r in lost if r.get("truth") is None)
    if not 200 <= len(lost) <= 220:
        fault("lost count %d" % len(lost))
    if n_true != 150 or n_never != 60:
        fault("truth counts %d/%d" % (n_true, n_never))
    if len(found) != 300 or counts.get("true", 0) != 150:
        fault("found count %d, true %d" % (len(found), counts.get("true", 0)))
    for lab in NEGS:
        if counts.get(lab, 0) < 10:
            fault("too few %s (%d)" % (lab, counts.get(lab, 0)))
    print("checked %s" % PATH)
    print("  lost %d (with truth %d, never found %d); found %d" % (len(lost), n_true, n_never, len(found)))
    print("  found by label: " + ", ".join("%s %d" % (x, counts.get(x, 0)) for x in ["true"] + NEGS))
    print("  cross-category pairs %d; full ID numbers checked %d; full IMEIs checked %d" % (cross, n_ids, n_imeis))
    print("  keys, fields, categories, lengths, lat/lon, windows, truths, labels, before_loss")
    if faults:
        for m in faults[:50]:
            print("FAULT: " + m)
        print("%d fault(s)" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
