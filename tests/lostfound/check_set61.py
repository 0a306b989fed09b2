#!/usr/bin/env python3
"""Validate tests/lostfound/set61.json against the brief; exit non-zero on any fault."""
import collections
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import make_set61 as M  # noqa: E402

PFX = "S61"
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
NEG_KINDS = {"twin": 22, "same_category_colour": 24, "found_before_loss": 22, "same_make_elsewhere_later": 22,
             "unclaimed": 30}
OPT60 = ["color", "brand", "model", "serial", "address"]
LOST_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
             "lost_from_min", "lost_to_min", "truth"}
FOUND_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
              "found_at_min", "negative"}
MAXMIN = 172800

faults = []


def fault(msg):
    faults.append(msg)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def check_common(rec, allowed):
    k = rec.get("key")
    for f in rec:
        if f not in allowed:
            fault("%s: unexpected field %s" % (k, f))
    if rec.get("category") not in CATS:
        fault("%s: bad category %r" % (k, rec.get("category")))
    b = rec.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % k)
    for f in OPT60:
        if f in rec and (not isinstance(rec[f], str) or not rec[f].strip() or len(rec[f]) > 60):
            fault("%s: %s empty or longer than 60" % (k, f))
    if "marks" in rec and (not isinstance(rec["marks"], str) or not rec["marks"].strip() or len(rec["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % k)
    if ("lat" in rec) != ("lon" in rec):
        fault("%s: lat and lon must come together" % k)
    if "lat" in rec:
        la, lo = rec["lat"], rec["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)):
            fault("%s: lat/lon not numbers" % k)
        elif not (18.0 <= la <= 53.6 and 73.5 <= lo <= 135.1):
            fault("%s: lat/lon outside China" % k)


def id_ok(s):
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    if M.id_check(s[:17]) != s[17]:
        return False
    try:
        datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return True


def luhn_ok(s):
    return M.luhn_digit(s[:-1]) == s[-1]


def scan_numbers(key, text, counts):
    # IDs written whole or with spaces
    for m in re.finditer(r"(?<![\dA-Za-z])(\d{6}) ?(\d{8}) ?(\d{3}[\dXx])(?![\dA-Za-z])", text):
        s = "".join(m.groups())
        counts["id"] += 1
        if not id_ok(s):
            fault("%s: ID number %s fails GB 11643" % (key, s))
    # IMEIs whole, spaced or hyphenated
    pats = [r"(?<!\d)(\d{15})(?!\d)", r"(?<!\d)(\d{2})[ -](\d{6})[ -](\d{6})[ -](\d)(?!\d)",
            r"(?<!\d)(\d{4}) (\d{4}) (\d{4}) (\d{3})(?!\d)"]
    for p in pats:
        for m in re.finditer(p, text):
            s = "".join(m.groups())
            counts["imei"] += 1
            if not luhn_ok(s):
                fault("%s: IMEI %s fails Luhn" % (key, s))
    # no whole bank card numbers: any other run of 16+ digits (or 4-4-4-4 groups) is a fault
    for m in re.finditer(r"\d{16,}[Xx]?", text):
        if not id_ok(m.group(0)):
            fault("%s: long digit run %s looks like a card number" % (key, m.group(0)))
    for m in re.finditer(r"(?<!\d)\d{4} \d{4} \d{4} \d{4}", text):
        fault("%s: %s looks like a card number" % (key, m.group(0)))


def main():
    path = os.path.join(HERE, "set61.json")
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    data = json.loads(raw)
    if data.get("seed") != 6161:
        fault("seed is not 6161")
    if data.get("made_by") != "tests/lostfound/make_set61.py":
        fault("made_by wrong")
    if list(data.get("parts", {}).keys()) != ["set61"]:
        fault("parts must hold exactly set61")
    part = data["parts"]["set61"]
    lost, found = part["lost"], part["found"]
    # determinism: the generator must rebuild exactly this file
    d2, manifest = M.build()
    d3, _ = M.build()
    if d2 != data or d3 != data:
        fault("make_set61.build() does not reproduce set61.json")

    fkeys = [f["key"] for f in found]
    lkeys = [l["key"] for l in lost]
    if fkeys != ["%s-F%04d" % (PFX, i + 1) for i in range(len(found))]:
        fault("found keys are not S61-F0001.. in order")
    if lkeys != ["%s-L%04d" % (PFX, i + 1) for i in range(len(lost))]:
        fault("lost keys are not S61-L0001.. in order")
    fby = {f["key"]: f for f in found}
    counts = collections.Counter()
    for f in found:
        check_common(f, FOUND_KEYS)
        v = f.get("found_at_min")
        if not is_int(v) or not 0 <= v <= MAXMIN:
            fault("%s: found_at_min bad" % f["key"])
    for l in lost:
        check_common(l, LOST_KEYS)
        a, b = l.get("lost_from_min"), l.get("lost_to_min")
        if not (is_int(a) and is_int(b) and MAXMIN >= a >= b >= 0):
            fault("%s: loss window bad" % l["key"])
        if "truth" not in l:
            fault("%s: truth missing" % l["key"])
    truths = [l["truth"] for l in lost if l.get("truth") is not None]
    if len(truths) != len(set(truths)):
        fault("a found item is the truth of more than one report")
    cross = 0
    for l in lost:
        t = l.get("truth")
        if t is None:
            continue
        if t not in fby:
            fault("%s: truth %s does not exist" % (l["key"], t))
            continue
        f = fby[t]
        if f["found_at_min"] > l["lost_from_min"]:
            fault("%s: true item found before the loss began" % l["key"])
        if "negative" in f:
            fault("%s: true item %s carries a negative label" % (l["key"], t))
        if f["category"] != l["category"]:
            cross += 1
    if cross > 5:
        fault("%d cross-category pairs (at most 5)" % cross)
    tset = set(truths)
    negc = collections.Counter()
    for f in found:
        if f["key"] in tset:
            continue
        n = f.get("negative")
        if n not in NEG_KINDS:
            fault("%s: unclaimed item without a known negative label (%r)" % (f["key"], n))
        negc[n] += 1
    for k, n in NEG_KINDS.items():
        if negc[k] != n:
            fault("negative %s: %d, expected %d" % (k, negc[k], n))
    if len(truths) != 150:
        fault("%d true pairs, expected 150" % len(truths))
    if len(lost) - len(truths) != 90:
        fault("%d never-found reports, expected 90" % (len(lost) - len(truths)))
    if len(found) != 270 or len(lost) != 240:
        fault("sizes %d lost / %d found, expected 240 / 270" % (len(lost), len(found)))

    # hard negatives keep to their definition (targets come from the generator's manifest)
    lby = {l["key"]: l for l in lost}
    tgt_used = collections.Counter()
    for fk, info in manifest["negatives"].items():
        f = fby[fk]
        if f.get("negative") != info["kind"]:
            fault("%s: manifest kind differs" % fk)
        if info["kind"] == "unclaimed":
            continue
        l = lby[info["target"]]
        tgt_used[info["target"]] += 1
        if f["category"] != l["category"]:
            fault("%s: hard negative not in its report's category" % fk)
        if info["kind"] == "found_before_loss":
            if not f["found_at_min"] > l["lost_from_min"]:
                fault("%s: found_before_loss is not before the loss" % fk)
        elif info["kind"] == "same_make_elsewhere_later":
            if not f["found_at_min"] <= l["lost_to_min"] - 2 * 1440 or info["km"] < 5:
                fault("%s: same_make_elsewhere_later not days later / far" % fk)
        else:
            if f["found_at_min"] > l["lost_from_min"]:
                fault("%s: %s found before the loss (should be time-compatible)" % (fk, info["kind"]))
            if info["km"] > 3:
                fault("%s: %s too far from the loss" % (fk, info["kind"]))
    if any(v > 1 for v in tgt_used.values()):
        fault("a report is the target of more than one hard negative")

    # numbers: valid IDs and IMEIs, no whole bank card numbers
    for rec in lost + found:
        for fld in ("body", "serial", "marks"):
            if fld in rec:
                scan_numbers(rec["key"], rec[fld], counts)

    # voices
    english = [l["key"] for l in lost if sum(ch.isascii() for ch in l["body"]) > 0.9 * len(l["body"])]
    if len(english) != 8:
        fault("%d English reports, expected 8" % len(english))
    dialect = [l["key"] for l in lost if re.search("唔见|阮", l["body"])]
    forms = [f["key"] for f in found if "拾得物品：" in f["body"]]

    # report
    print("checked %s" % path)
    print("  lost %d (true pairs %d, never found %d), found %d" % (len(lost), len(truths), len(lost) - len(truths), len(found)))
    print("  negatives: " + ", ".join("%s %d" % (k, negc[k]) for k in NEG_KINDS))
    print("  cross-category pairs %d; English reports %d; dialect-flavoured reports %d; form-style found %d"
          % (cross, len(english), len(dialect), len(forms)))
    print("  ID numbers checked %d, IMEIs checked %d" % (counts["id"], counts["imei"]))
    fill = collections.Counter()
    for rec in lost + found:
        for fld in ("color", "brand", "model", "serial", "marks", "address", "lat"):
            if fld in rec:
                fill[("L" if "truth" in rec else "F", fld)] += 1
    print("  fields filled (lost/found): " + ", ".join("%s %d/%d" % (f, fill[("L", f)], fill[("F", f)])
                                                      for f in ("color", "brand", "model", "serial", "marks", "address", "lat")))
    bycat = collections.OrderedDict((c, [0, 0, 0, 0]) for c in CATS)
    for l in lost:
        bycat[l["category"]][0 if l.get("truth") else 1] += 1
    for f in found:
        bycat[f["category"]][2 if f["key"] in tset else 3] += 1
    print("  %-12s %6s %6s %6s %6s" % ("category", "paired", "never", "f-true", "f-neg"))
    for c, v in bycat.items():
        print("  %-12s %6d %6d %6d %6d" % (c, v[0], v[1], v[2], v[3]))
    if faults:
        print("FAULTS (%d):" % len(faults))
        for x in faults[:60]:
            print("  " + x)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
