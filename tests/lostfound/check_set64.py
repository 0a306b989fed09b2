#!/usr/bin/env python3
"""Validate tests/lostfound/set64.json (blind set 64) and print what was checked.

Exits non-zero on any fault.  Checks the format the brief asks for, the labels (truth,
negatives), the numbers (GB 11643 check digits, Luhn IMEIs, no full bank-card numbers),
that make_set64.py reproduces the file byte for byte under two PYTHONHASHSEEDs, and, from
the hidden plan that make_set64.build() returns, that every hard negative is what its label
says it is (found before its anchor's loss began, found days later kilometres away, ...).
"""
import collections
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set64.json")
MAKE = os.path.join(HERE, "make_set64.py")
SEED = 6464
PFX = "S64"
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
NEG_KINDS = {"twin": 22, "same_category_colour": 24, "found_before_loss": 22, "same_brand_later_far": 22, "unclaimed": 30}
N_LOST, N_TRUE, N_FOUND = 240, 150, 270
MAX_MIN = 172800
SHORT = ["color", "brand", "model", "serial", "address"]
LOST_KEYS = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
             "lost_from_min", "lost_to_min", "truth"]
FOUND_KEYS = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
              "found_at_min", "negative"]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"

faults = []


def fault(msg):
    faults.append(msg)


def gb_ok(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    if ID_C[sum(int(a) * b for a, b in zip(s[:17], ID_W)) % 11] != s[17]:
        return False
    try:
        datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return True


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


NUM = re.compile(r"(?<![0-9A-Za-z])[0-9](?:[0-9]|[ \-](?=[0-9]))*[0-9Xx]?(?![0-9A-Za-z])")


def check_numbers(key, text, counts):
    for m in NUM.finditer(text):
        raw = m.group(0)
        s = raw.replace(" ", "").replace("-", "").upper()
        if len(s) < 15:
            continue
        if len(s) == 15 and s.isdigit():
            counts["imei"] += 1
            if not luhn_ok(s):
                fault("%s: 15-digit number %r fails Luhn" % (key, raw))
        elif len(s) == 18:
            counts["id"] += 1
            if not gb_ok(s):
                fault("%s: 18-character number %r is not a valid GB 11643 ID number" % (key, raw))
        else:
            fault("%s: a %d-digit number %r looks like a full card number" % (key, len(s), raw))


def check_common(rec, allowed, kind):
    k = rec.get("key", "?")
    for f in rec:
        if f not in allowed:
            fault("%s: unexpected field %r" % (k, f))
    if rec.get("category") not in CATS:
        fault("%s: category %r not in the catalogue" % (k, rec.get("category")))
    b = rec.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % k)
    for f in SHORT:
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
            fault("%s: lat/lon %s,%s outside China" % (k, la, lo))


def intok(x):
    return isinstance(x, int) and not isinstance(x, bool)


def main():
    with open(PATH, encoding="utf-8") as fh:
        raw = fh.read()
    data = json.loads(raw)
    if data.get("seed") != SEED:
        fault("seed is %r, want %d" % (data.get("seed"), SEED))
    if data.get("made_by") != "tests/lostfound/make_set64.py":
        fault("made_by is %r" % data.get("made_by"))
    if list(data.get("parts", {}).keys()) != ["set64"]:
        fault("parts must hold exactly set64")
    part = data["parts"]["set64"]
    if sorted(part.keys()) != ["found", "lost"]:
        fault("set64 must hold found and lost")
    lost, found = part["lost"], part["found"]

    # keys
    if [x.get("key") for x in lost] != ["%s-L%04d" % (PFX, i + 1) for i in range(len(lost))]:
        fault("lost keys are not %s-L0001 ... in order" % PFX)
    if [x.get("key") for x in found] != ["%s-F%04d" % (PFX, i + 1) for i in range(len(found))]:
        fault("found keys are not %s-F0001 ... in order" % PFX)
    fk = {x["key"]: x for x in found}
    lk = {x["key"]: x for x in lost}

    counts = collections.Counter()
    for x in lost:
        check_common(x, LOST_KEYS, "lost")
        a, b = x.get("lost_from_min"), x.get("lost_to_min")
        if not (intok(a) and intok(b) and MAX_MIN >= a >= b >= 0):
            fault("%s: need %d >= lost_from_min >= lost_to_min >= 0, got %r, %r" % (x["key"], MAX_MIN, a, b))
        if "truth" not in x:
            fault("%s: truth missing (null when never handed in)" % x["key"])
        elif x["truth"] is not None and x["truth"] not in fk:
            fault("%s: truth %r is not a found key" % (x["key"], x["truth"]))
        for f in ("body", "serial", "marks"):
            check_numbers(x["key"], str(x.get(f, "")), counts)
    for x in found:
        check_common(x, FOUND_KEYS, "found")
        a = x.get("found_at_min")
        if not (intok(a) and 0 <= a <= MAX_MIN):
            fault("%s: found_at_min %r not in 0..%d" % (x["key"], a, MAX_MIN))
        for f in ("body", "serial", "marks"):
            check_numbers(x["key"], str(x.get(f, "")), counts)

    # labels
    truth_of = collections.defaultdict(list)
    for x in lost:
        if x.get("truth"):
            truth_of[x["truth"]].append(x["key"])
    for f, ls in truth_of.items():
        if len(ls) > 1:
            fault("%s is the truth of %d reports: %s" % (f, len(ls), ls))
    cross = 0
    for x in lost:
        t = x.get("truth")
        if t in fk:
            if fk[t]["found_at_min"] > x["lost_from_min"]:
                fault("%s: its found item %s was found before the loss window began" % (x["key"], t))
            if fk[t]["category"] != x["category"]:
                cross += 1
    if cross > 5:
        fault("%d true pairs sit under different categories (at most 5)" % cross)
    negc = collections.Counter()
    for x in found:
        if x["key"] in truth_of:
            if "negative" in x:
                fault("%s is somebody's truth but carries negative=%r" % (x["key"], x["negative"]))
        else:
            if x.get("negative") not in NEG_KINDS:
                fault("%s is nobody's truth and needs a negative label, has %r" % (x["key"], x.get("negative")))
            negc[x.get("negative")] += 1
    n_true = sum(1 for x in lost if x.get("truth"))
    if len(lost) != N_LOST or n_true != N_TRUE or len(found) != N_FOUND:
        fault("sizes: %d lost (%d true), %d found; want %d (%d), %d" % (len(lost), n_true, len(found), N_LOST, N_TRUE, N_FOUND))
    for kd, n in NEG_KINDS.items():
        if negc[kd] != n:
            fault("negative %s: %d, want %d" % (kd, negc[kd], n))

    # reproducible under any hash seed
    sys.path.insert(0, HERE)
    import make_set64 as M
    for hs in ("0", "4242"):
        with tempfile.TemporaryDirectory() as td:
            out = os.path.join(td, "s.json")
            env = dict(os.environ, PYTHONHASHSEED=hs)
            subprocess.run([sys.executable, MAKE, "--out", out], check=True, env=env, stdout=subprocess.DEVNULL)
            with open(out, encoding="utf-8") as fh:
                if fh.read() != raw:
                    fault("make_set64.py under PYTHONHASHSEED=%s does not reproduce set64.json" % hs)

    # the hidden plan: every negative is what its label says
    built, meta = M.build()
    if M.dump(built) != raw:
        fault("make_set64.build() differs from set64.json")
    anchors = []
    for key, n in sorted(meta["negatives"].items()):
        f = fk.get(key)
        if f is None:
            fault("hidden negative %s not in the set" % key)
            continue
        if f.get("negative") != n["kind"]:
            fault("%s: label %r but planned as %r" % (key, f.get("negative"), n["kind"]))
        if n["kind"] == "unclaimed":
            continue
        a = lk[n["anchor"]]
        anchors.append(n["anchor"])
        if f["category"] != a["category"]:
            fault("%s (%s): category %s differs from its anchor %s" % (key, n["kind"], f["category"], a["key"]))
        if n["kind"] == "found_before_loss" and not f["found_at_min"] > a["lost_from_min"]:
            fault("%s: not found before %s's loss began" % (key, a["key"]))
        if n["kind"] == "same_brand_later_far":
            if not f["found_at_min"] <= a["lost_to_min"] - 2 * 1440:
                fault("%s: not found two days or more after %s's window" % (key, a["key"]))
            d = M.km(tuple(meta["found"][key]["ll"]), tuple(meta["lost"][a["key"]]["ll"]))
            if d < 3.0:
                fault("%s: only %.1f km from %s" % (key, d, a["key"]))
        if n["kind"] == "twin" and not n.get("diff"):
            fault("%s: a twin without the one fact it differs in" % key)
        if n["kind"] in ("twin", "same_category_colour") and f["found_at_min"] > a["lost_from_min"]:
            fault("%s (%s): found before its anchor's loss began (that is another kind)" % (key, n["kind"]))
    twins = collections.Counter((meta["negatives"][k]["diff"] or "?").split(":")[0].rstrip("0123456789")
                                for k in meta["negatives"] if meta["negatives"][k]["kind"] == "twin")
    if len(anchors) != len(set(anchors)):
        fault("an anchor lost report carries two planned negatives")

    # report
    en = [x["key"] for x in lost if sum(1 for ch in x["body"] if ord(ch) < 128) > 0.8 * len(x["body"])]
    enf = [x["key"] for x in found if sum(1 for ch in x["body"] if ord(ch) < 128) > 0.8 * len(x["body"])]
    print("set64: %d lost (%d with a true found item, %d never handed in), %d found (%d true, %d nobody's)" % (
        len(lost), n_true, len(lost) - n_true, len(found), len(truth_of), len(found) - len(truth_of)))
    print("negatives: " + ", ".join("%s %d" % (kd, negc[kd]) for kd in NEG_KINDS))
    print("%-12s %5s %5s %6s %6s" % ("category", "lost", "true", "found", "negs"))
    for c in CATS:
        print("%-12s %5d %5d %6d %6d" % (c, sum(1 for x in lost if x["category"] == c),
                                         sum(1 for x in lost if x["category"] == c and x.get("truth")),
                                         sum(1 for x in found if x["category"] == c),
                                         sum(1 for x in found if x["category"] == c and "negative" in x)))
    print("true pairs under different categories: %d" % cross)
    print("twins differ in: " + ", ".join("%s %d" % kv for kv in sorted(twins.items())) + " (f = a visible mark, id = an identifier)")
    for side, recs in (("lost", lost), ("found", found)):
        fill = ", ".join("%s %d" % (f, sum(1 for x in recs if f in x)) for f in ("color", "brand", "model", "serial", "marks", "address", "lat"))
        print("%s fields filled: %s" % (side, fill))
    print("numbers checked: %d IMEIs (Luhn), %d ID numbers (GB 11643), no full card numbers" % (counts["imei"], counts["id"]))
    print("reports in English: %d lost, %d found" % (len(en), len(enf)))
    vc = collections.Counter(m["voice"] for m in meta["lost"].values())
    print("voices of the lost reports: " + ", ".join("%s %d" % kv for kv in sorted(vc.items())))
    lc = collections.Counter(m["level"] for m in meta["lost"].values())
    print("how much the lost reports fill in: " + ", ".join("%s %d" % kv for kv in sorted(lc.items())))
    print("reproduced byte for byte under PYTHONHASHSEED=0 and 4242; hidden anchors of %d negatives re-derived" % len(anchors))
    if faults:
        print("\n%d FAULT(S):" % len(faults))
        for f in faults[:60]:
            print("  " + f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
