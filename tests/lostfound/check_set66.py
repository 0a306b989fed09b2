#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate tests/lostfound/set66.json against the brief; exit non-zero on any fault.

    python3 tests/lostfound/check_set66.py

Checks the file on its own (shape, keys, field limits, times, truth links, labels, counts, number
validity) and then against make_set66.build(): the file must be what the generator writes, under
this and two other PYTHONHASHSEED values, and the hidden anchors of the hard negatives must have
the property their label claims.
"""
import collections
import importlib.util
import json
import math
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set66.json")
MAKER = os.path.join(HERE, "make_set66.py")
PFX = "S66"
PART = "set66"
SEED = 6666
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
OPT = ["color", "brand", "model", "serial", "address"]
LOST_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon",
             "lost_from_min", "lost_to_min", "truth"}
FOUND_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon",
              "found_at_min", "negative"}
NEG_WANT = {"twin": 22, "same_category_colour": 24, "found_before_loss": 22, "same_make_far_later": 22, "unclaimed": 30}
MAXMIN = 172800
GB_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

faults = []
checked = []
runs14 = []     # 14-digit runs: an IMEI copied without its check digit, checked against the truth records later


def fault(msg):
    faults.append(msg)


def ok(msg):
    checked.append(msg)


def gb_ok(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], GB_W)) % 11] == s[17]


def luhn_ok(s):
    if not re.fullmatch(r"\d{15}", s):
        return False
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def check_text(where, rec, kind):
    allowed = LOST_KEYS if kind == "lost" else FOUND_KEYS
    extra = set(rec) - allowed
    if extra:
        fault("%s: unexpected fields %s" % (where, sorted(extra)))
    if rec.get("category") not in CATS:
        fault("%s: bad category %r" % (where, rec.get("category")))
    b = rec.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % where)
    for k in OPT:
        if k in rec and (not isinstance(rec[k], str) or not rec[k].strip() or len(rec[k]) > 60):
            fault("%s: %s empty or longer than 60" % (where, k))
    if "marks" in rec and (not isinstance(rec["marks"], str) or not rec["marks"].strip() or len(rec["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % where)
    if ("lat" in rec) != ("lon" in rec):
        fault("%s: lat and lon must come together" % where)
    if "lat" in rec:
        la, lo = rec["lat"], rec["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)) or not (18 <= la <= 54 and 73 <= lo <= 135):
            fault("%s: lat/lon not a WGS84 point inside China" % where)
    text = " ".join(str(rec.get(k, "")) for k in ("body", "serial", "marks", "model", "address"))
    for run in re.findall(r"\d{13,}[Xx]?", text):
        r = run.upper()
        if len(r) == 18 and gb_ok(r):
            continue
        if len(r) == 15 and luhn_ok(r):
            continue
        if len(r) == 14:
            runs14.append((where, r))
            continue
        fault("%s: long digit run %s is neither a valid ID number nor a valid IMEI (no full bank cards)" % (where, run))


def dist(a, b):
    return math.hypot(a[0] - b[0], a[1] - b[1])


def main():
    with open(PATH, "rb") as fh:
        raw = fh.read()
    data = json.loads(raw.decode("utf-8"))
    if data.get("seed") != SEED or data.get("made_by") != "tests/lostfound/make_set66.py" or list(data.get("parts", {})) != [PART]:
        fault("top level must be seed %d, made_by tests/lostfound/make_set66.py, parts {%s}" % (SEED, PART))
    part = data["parts"][PART]
    if sorted(part) != ["found", "lost"]:
        fault("part must hold exactly found and lost")
    lost, found = part["lost"], part["found"]
    ok("top level: seed %d, made_by, one part %s" % (SEED, PART))

    if len(lost) != 240 or len(found) != 270:
        fault("want 240 lost and 270 found, got %d and %d" % (len(lost), len(found)))
    ok("sizes: %d lost reports, %d found items" % (len(lost), len(found)))

    for i, r in enumerate(lost):
        if r.get("key") != "%s-L%04d" % (PFX, i + 1):
            fault("lost %d: key %r out of sequence" % (i, r.get("key")))
        check_text(r.get("key"), r, "lost")
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (isinstance(a, int) and isinstance(b, int) and MAXMIN >= a >= b >= 0):
            fault("%s: need 172800 >= lost_from_min >= lost_to_min >= 0" % r.get("key"))
        if "truth" not in r:
            fault("%s: truth missing" % r.get("key"))
    for i, r in enumerate(found):
        if r.get("key") != "%s-F%04d" % (PFX, i + 1):
            fault("found %d: key %r out of sequence" % (i, r.get("key")))
        check_text(r.get("key"), r, "found")
        t = r.get("found_at_min")
        if not (isinstance(t, int) and 0 <= t <= MAXMIN):
            fault("%s: found_at_min outside 0..172800" % r.get("key"))
    ok("keys %s-L0001..L%04d and %s-F0001..F%04d in sequence, unique" % (PFX, len(lost), PFX, len(found)))
    ok("fields: only the issue's fields; body <= 600, color/brand/model/serial/address <= 60, marks <= 500; lat/lon together and inside China")
    ok("times: 172800 >= lost_from_min >= lost_to_min >= 0; 0 <= found_at_min <= 172800")
    ok("numbers: every run of 13+ digits in the text is a valid GB 11643 ID number or a Luhn-valid IMEI, or an IMEI without its"
       " check digit (bank cards only as tails or masks)")

    fk = {r["key"]: r for r in found}
    lk = {r["key"]: r for r in lost}
    used = collections.Counter()
    cross = 0
    n_true = 0
    for r in lost:
        t = r.get("truth")
        if t is None:
            continue
        n_true += 1
        if t not in fk:
            fault("%s: truth %s is not a found key" % (r["key"], t))
            continue
        used[t] += 1
        f = fk[t]
        if f["found_at_min"] > r["lost_from_min"]:
            fault("%s: its found item %s was found before the loss window began" % (r["key"], t))
        if f["category"] != r["category"]:
            cross += 1
        if "negative" in f:
            fault("%s: %s is a truth but carries negative=%s" % (r["key"], t, f["negative"]))
    for t, n in used.items():
        if n > 1:
            fault("%s is the truth of %d reports" % (t, n))
    n_null = len(lost) - n_true
    if n_true != 150 or n_null != 90:
        fault("want 150 true pairs and 90 never-handed-in reports, got %d and %d" % (n_true, n_null))
    if not 1 <= cross <= 5:
        fault("want a few (at most 5) pairs filed under different categories, got %d" % cross)
    ok("truth: %d pairs (each found item the truth of at most one report, found at or after the loss window began), %d reports with truth null"
       % (n_true, n_null))
    ok("cross-category pairs: %d (limit 5)" % cross)

    labels = collections.Counter()
    for r in found:
        if r["key"] in used:
            continue
        if "negative" not in r:
            fault("%s: nobody's truth but has no negative label" % r["key"])
            continue
        labels[r["negative"]] += 1
    if dict(labels) != NEG_WANT:
        fault("negative labels %s, want %s" % (dict(labels), NEG_WANT))
    ok("negatives: %s" % ", ".join("%s %d" % (k, labels[k]) for k in NEG_WANT))

    # ---------------------------------------------------------------- against the generator
    spec = importlib.util.spec_from_file_location("make_set66", MAKER)
    mk = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mk)
    d2, meta = mk.build()
    if mk.dumps(d2).encode("utf-8") != raw:
        fault("set66.json is not what make_set66.py writes now (run it again)")
    ok("file is byte-identical to make_set66.build() in this process (PYTHONHASHSEED=%s)" % os.environ.get("PYTHONHASHSEED", "unset"))
    for hs in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        code = "import importlib.util,sys;s=importlib.util.spec_from_file_location('m',%r);m=importlib.util.module_from_spec(s);" \
               "s.loader.exec_module(m);sys.stdout.buffer.write(m.dumps(m.build()[0]).encode('utf-8'))" % MAKER
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=False).stdout
        if out != raw:
            fault("output differs under PYTHONHASHSEED=%s" % hs)
    ok("output byte-identical under PYTHONHASHSEED=0 and 4242")

    lm = {m["key"]: m for m in meta["lost"]}
    fm = {m["key"]: m for m in meta["found"]}
    ids = imeis = 0
    for m in meta["lost"] + meta["found"]:
        for t, v in m["serials"]:
            if t == "id":
                ids += 1
                if not gb_ok(v):
                    fault("%s: ID number %s fails GB 11643" % (m["key"], v))
            if t == "imei":
                imeis += 1
                if not luhn_ok(v):
                    fault("%s: IMEI %s fails Luhn" % (m["key"], v))
            if t in ("tail", "account") and not re.fullmatch(r"\d{4}", v):
                fault("%s: bank numbers are kept as 4-digit tails only" % m["key"])
    imei_set = set(v for m in meta["lost"] + meta["found"] for t, v in m["serials"] if t == "imei")
    for where, r in runs14:
        if not any(x.startswith(r) for x in imei_set):
            fault("%s: 14-digit run %s is not an IMEI written without its check digit" % (where, r))
    ok("14-digit runs (%d) are IMEIs written without the check digit" % len(runs14))
    ok("hidden truth records: %d ID numbers with valid check digits, %d Luhn-valid IMEIs, bank cards as tails only" % (ids, imeis))

    lost_sigs = collections.Counter(tuple(m["sig"]) for m in meta["lost"])
    if any(n > 1 for n in lost_sigs.values()):
        fault("two lost objects share a signature (kind, make, colour group, detail)")
    anchors = collections.Counter()
    anchor_true = collections.Counter()
    for r in found:
        m = fm[r["key"]]
        role = m["role"]
        if role == "truth":
            continue
        if r.get("negative") != role:
            fault("%s: label %s but built as %s" % (r["key"], r.get("negative"), role))
        sig = tuple(m["sig"])
        if role == "unclaimed":
            if sig in lost_sigs:
                fault("%s: unclaimed item looks like a lost report's object" % r["key"])
            continue
        a = m["anchor"]
        anchors[a] += 1
        al, am = lk[a], lm[a]
        anchor_true[role, al["truth"] is not None] += 1
        if sig in lost_sigs and sig != tuple(am["sig"]):
            fault("%s: negative resembles a lost report other than its anchor" % r["key"])
        if role == "twin":
            if (m["kind"], m["brand"]) != (am["kind"], am["brand"]) or not m.get("fid"):
                fault("%s: twin is not the same kind and make as %s" % (r["key"], a))
            elif m["fid"] not in am["mentions"] and m["fid"] not in ("brand",):
                fault("%s: twin differs in %s but the report %s never states it" % (r["key"], m["fid"], a))
            if r["found_at_min"] > al["lost_from_min"]:
                fault("%s: twin should be found after %s's loss began" % (r["key"], a))
        elif role == "same_category_colour":
            if mk.KINDS[m["kind"]]["cat"] != mk.KINDS[am["kind"]]["cat"] or m["colour"] != am["colour"] or sig == tuple(am["sig"]):
                fault("%s: not same category and colour but a different object than %s" % (r["key"], a))
        elif role == "found_before_loss":
            if r["found_at_min"] <= al["lost_from_min"] or (m["kind"], m["brand"], m["colour"]) != (am["kind"], am["brand"], am["colour"]):
                fault("%s: not a lookalike found before %s's loss began" % (r["key"], a))
        elif role == "same_make_far_later":
            if m["brand"] != am["brand"] or m["brand"] is None:
                fault("%s: not the same make as %s" % (r["key"], a))
            if r["found_at_min"] > al["lost_to_min"] - 2 * 1440:
                fault("%s: not found days after %s's loss" % (r["key"], a))
            if dist(m["pos"], am["pos"]) < 3000:
                fault("%s: only %.0f m from %s's loss" % (r["key"], dist(m["pos"], am["pos"]), a))
    if any(n > 1 for n in anchors.values()):
        fault("a lost report anchors more than one hard negative")
    ok("hard negatives: %d anchors, each negative tied to its own lost report; %d anchors are never-handed-in reports"
       % (len(anchors), sum(v for (r, t), v in anchor_true.items() if not t)))
    ok("twin: same kind and make, differs in one stated fact; found_before_loss: same kind/make/colour found before the window;"
       " same_make_far_later: same make, >= 2 days after and >= 3 km away; same_category_colour: same category and colour, other object")
    ok("signatures: no two lost objects alike; unclaimed items and negatives resemble no lost report except their own anchor")

    en = [r["key"] for r in lost + found if sum(c.isascii() for c in r["body"]) > 0.8 * len(r["body"])]
    if not 4 <= len(en) <= 8:
        fault("want about 6 registrations written in English, got %d" % len(en))
    ok("English registrations: %d (%s)" % (len(en), ", ".join(en)))

    table = collections.OrderedDict((c, [0, 0, 0, 0]) for c in CATS)
    for r in lost:
        table[r["category"]][0] += 1
        table[r["category"]][1 if r["truth"] else 2] += 0
        if r["truth"]:
            table[r["category"]][1] += 1
    for r in found:
        table[r["category"]][2 if "negative" not in r else 3] += 1
    print("checked tests/lostfound/set66.json:")
    for c in checked:
        print("  - " + c)
    print("  category       lost  (handed in)  found-true  found-negative")
    for c, (a, b, cc, d) in table.items():
        print("  %-13s %5d  %10d  %10d  %14d" % (c, a, b, cc, d))
    if faults:
        print("FAULTS (%d):" % len(faults))
        for f in faults[:60]:
            print("  ! " + f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
