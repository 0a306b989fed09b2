#!/usr/bin/env python3
"""Validate tests/lostfound/set27.json (blind judge set 27).  Exits non-zero on any fault."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set27.json")
PREFIX = "B3"
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
LABELS = ["twin", "decoy", "before_loss", "brand_elsewhere", "unclaimed"]
STR_FIELDS = ["color", "brand", "model", "serial", "address"]
FOUND_FIELDS = ["key", "category", "body", "found_at_min", "color", "brand", "model", "serial", "marks",
                "address", "lat", "lon", "negative"]
LOST_FIELDS = ["key", "category", "body", "lost_from_min", "lost_to_min", "color", "brand", "model", "serial",
               "marks", "address", "lat", "lon", "truth"]
MAXMIN = 172800

faults = []
checked = []


def fault(msg):
    faults.append(msg)


def gb11643_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    tot = sum(int(c) * x for c, x in zip(s[:17], w))
    return "10X98765432"[tot % 11] == s[17].upper()


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


ID_RE = re.compile(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])")
IMEI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{15})(?![0-9A-Za-z])")


def numbers_in(text):
    """18-digit ID numbers and 15-digit IMEIs, as written and with digit groups joined."""
    variants = [text, re.sub(r"(?<=\d)[ \-](?=[\dXx])", "", text)]
    ids, imeis = [], []
    for t in variants:
        for m in ID_RE.finditer(t):
            if m.group(1) not in ids:
                ids.append(m.group(1))
        for m in IMEI_RE.finditer(t):
            if m.group(1) not in imeis:
                imeis.append(m.group(1))
    return ids, imeis


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def main():
    try:
        with open(PATH, encoding="utf-8") as fh:
            data = json.load(fh)
    except Exception as e:  # noqa
        print("FAULT: cannot read %s: %s" % (PATH, e))
        return 2
    if sorted(data.keys()) != ["made_by", "parts", "seed"]:
        fault("top-level keys %r" % sorted(data.keys()))
    if data.get("seed") != 20261227:
        fault("seed %r" % data.get("seed"))
    if data.get("made_by") != "tests/lostfound/make_set27.py":
        fault("made_by %r" % data.get("made_by"))
    parts = data.get("parts", {})
    if list(parts.keys()) != ["set27"] or sorted(parts["set27"].keys()) != ["found", "lost"]:
        fault("parts layout")
        print("\n".join("FAULT: " + f for f in faults))
        return 1
    found = parts["set27"]["found"]
    lost = parts["set27"]["lost"]
    checked.append("top level: seed, made_by, parts.set27.{found,lost}")

    keys = set()
    fkey = re.compile(r"^%s-F\d{4}$" % PREFIX)
    lkey = re.compile(r"^%s-L\d{4}$" % PREFIX)
    fmap = {}
    all_text = []
    for side, items, allowed, kre in (("found", found, FOUND_FIELDS, fkey), ("lost", lost, LOST_FIELDS, lkey)):
        for it in items:
            k = it.get("key")
            if not isinstance(k, str) or not kre.match(k):
                fault("%s key malformed: %r" % (side, k))
            if k in keys:
                fault("duplicate key %r" % k)
            keys.add(k)
            for f in it:
                if f not in allowed:
                    fault("%s %s unknown field %r" % (side, k, f))
            if it.get("category") not in CATS:
                fault("%s %s category %r" % (side, k, it.get("category")))
            b = it.get("body")
            if not isinstance(b, str) or not b.strip() or len(b) > 600:
                fault("%s %s body missing or too long" % (side, k))
            for f in STR_FIELDS:
                if f in it and (not isinstance(it[f], str) or len(it[f]) > 60 or not it[f]):
                    fault("%s %s field %s bad/too long" % (side, k, f))
            if "marks" in it and (not isinstance(it["marks"], str) or len(it["marks"]) > 500):
                fault("%s %s marks bad/too long" % (side, k))
            if ("lat" in it) != ("lon" in it):
                fault("%s %s lat/lon not both" % (side, k))
            if "lat" in it:
                if not (is_num(it["lat"]) and is_num(it["lon"])):
                    fault("%s %s lat/lon not numeric" % (side, k))
                elif not (18 <= it["lat"] <= 54 and 73 <= it["lon"] <= 135):
                    fault("%s %s lat/lon outside China" % (side, k))
            for f in ["body", "marks"] + STR_FIELDS:
                if isinstance(it.get(f), str):
                    all_text.append((k, it[f]))
            if side == "found":
                fa = it.get("found_at_min")
                if not isinstance(fa, int) or isinstance(fa, bool) or not (0 <= fa <= MAXMIN):
                    fault("found %s found_at_min %r" % (k, fa))
                fmap[k] = it
            else:
                lf, lt = it.get("lost_from_min"), it.get("lost_to_min")
                if not all(isinstance(x, int) and not isinstance(x, bool) for x in (lf, lt)):
                    fault("lost %s times not int" % k)
                elif not (MAXMIN >= lf >= lt >= 0):
                    fault("lost %s times out of order/range (%r, %r)" % (k, lf, lt))
                if "truth" not in it:
                    fault("lost %s has no truth field" % k)
    checked.append("keys unique and well-formed (%s-F####, %s-L####); only known fields; categories; "
                   "length limits; lat/lon both-or-neither, numeric; times in range" % (PREFIX, PREFIX))

    used = {}
    n_true = n_null = 0
    cross = 0
    for it in lost:
        t = it.get("truth")
        if t is None:
            n_null += 1
            continue
        n_true += 1
        if t not in fmap:
            fault("lost %s truth %r is not a found item" % (it["key"], t))
            continue
        if t in used:
            fault("found %s is truth of %s and %s" % (t, used[t], it["key"]))
        used[t] = it["key"]
        f = fmap[t]
        if "negative" in f:
            fault("found %s is a truth but labelled %r" % (t, f["negative"]))
        if isinstance(f.get("found_at_min"), int) and isinstance(it.get("lost_from_min"), int):
            if f["found_at_min"] > it["lost_from_min"]:
                fault("found %s found before loss of %s began" % (t, it["key"]))
        if f.get("category") != it.get("category"):
            cross += 1
    if cross > 5:
        fault("%d true pairs differ in category (max 5)" % cross)
    checked.append("truths exist, are found items, used once, found after loss began, not negative; "
                   "cross-category pairs %d (<= 5)" % cross)

    label_counts = {l: 0 for l in LABELS}
    froms = [it["lost_from_min"] for it in lost if isinstance(it.get("lost_from_min"), int)]
    for k, f in fmap.items():
        if k in used:
            continue
        lab = f.get("negative")
        if lab not in LABELS:
            fault("found %s is nobody's truth and has label %r" % (k, lab))
            continue
        label_counts[lab] += 1
        if lab == "before_loss":
            if not any(f["found_at_min"] > lf for lf in froms):
                fault("before_loss %s lies before no loss window" % k)
    checked.append("every other found item labelled %s; before_loss items precede some loss window" % "/".join(LABELS))

    n_ids = n_imei = 0
    for k, text in all_text:
        ids, imeis = numbers_in(text)
        for s in ids:
            n_ids += 1
            if not gb11643_ok(s):
                fault("%s: ID number %s fails GB 11643" % (k, s))
        for s in imeis:
            n_imei += 1
            if not luhn_ok(s):
                fault("%s: IMEI %s fails Luhn" % (k, s))
    checked.append("full ID numbers pass GB 11643 (%d seen); full IMEIs pass Luhn (%d seen)" % (n_ids, n_imei))

    negs = sum(label_counts.values())
    want = [("lost reports", len(lost), 200, 220), ("lost with truth", n_true, 150, 150),
            ("lost never found", n_null, 55, 65), ("found items", len(found), 290, 310),
            ("negatives", negs, 140, 160)]
    for name, got, lo, hi in want:
        if not (lo <= got <= hi):
            fault("count %s = %d, want %d..%d" % (name, got, lo, hi))
    for lab in LABELS:
        if label_counts[lab] < 10:
            fault("too few %s negatives: %d" % (lab, label_counts[lab]))
    if len(found) != n_true + negs:
        fault("found items %d != truths %d + negatives %d" % (len(found), n_true, negs))
    checked.append("counts: lost %d (true %d, never %d), found %d (true %d, negatives %d: %s)" % (
        len(lost), n_true, n_null, len(found), len(used), negs,
        ", ".join("%s %d" % (l, label_counts[l]) for l in LABELS)))

    for c in checked:
        print("checked:", c)
    if faults:
        for f in faults[:50]:
            print("FAULT:", f)
        print("%d fault(s)" % len(faults))
        return 1
    print("set27.json OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
