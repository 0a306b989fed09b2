#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate tests/lostfound/set58.json; exit non-zero on any fault.

Checks the file format, the labels, the counts the set was written to, that every
ID number / IMEI is well formed and no bank card appears in full, that the file is
exactly what make_set58.py writes (under two different PYTHONHASHSEED values), and,
from the generator's hidden truth records, that each hard negative really is the
kind of negative its label says.

    python3 tests/lostfound/check_set58.py
"""

import collections
import importlib.util
import json
import math
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
NN = "58"
PFX = "S58"
SEED = 58058
PATH = os.path.join(HERE, "set%s.json" % NN)
MAKER = os.path.join(HERE, "make_set%s.py" % NN)

CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
NEG_COUNTS = {"twin_one_fact": 22, "same_category_colour": 24, "found_before_loss": 22,
              "same_brand_far_away": 22, "unclaimed": 30}
N_LOST, N_FOUND, N_PAIRS, N_UNFOUND = 240, 270, 150, 90
N_HURRIED = 30
MAX_CROSS = 5
MAX_MIN = 172800
SHORT_FIELDS = ["color", "brand", "model", "serial", "address"]
LOST_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
             "lost_from_min", "lost_to_min", "truth"}
FOUND_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
              "found_at_min", "negative"}

faults = []


def fault(msg):
    faults.append(msg)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


# ------------------------------------------------------------------ number checks
ID_RE = re.compile(r"(?<![0-9A-Za-z])(\d{17}[\dX])(?![0-9A-Za-z])")
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_ok(s):
    body = s[:17]
    chk = "10X98765432"[sum(int(c) * w for c, w in zip(body, W)) % 11]
    if chk != s[17]:
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    return 1900 <= y <= 2025 and 1 <= m <= 12 and 1 <= d <= 31


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


# digit groups joined by single spaces or dashes, e.g. "86 123456 789012 3"
GROUP_RE = re.compile(r"(?<![\dA-Za-z])\d+(?:[ \-]\d+)*(?![\dXx])")


def scan_numbers(where, text):
    n_id = n_imei = 0
    for m in ID_RE.finditer(text):
        if not id_ok(m.group(1)):
            fault("%s: ID-like number %s has a wrong GB 11643 check digit or date" % (where, m.group(1)))
        n_id += 1
    for m in GROUP_RE.finditer(text):
        raw = m.group(0)
        dg = re.sub(r"[ \-]", "", raw)
        if len(dg) == 15:
            if not luhn_ok(dg):
                fault("%s: 15-digit number %s fails the Luhn check" % (where, raw))
            n_imei += 1
        elif 16 <= len(dg) <= 19 and not (len(dg) == 18 and id_ok(dg) and raw == dg):
            fault("%s: a full card-like number %s appears (bank cards may only be tails or masks)" % (where, raw))
    return n_id, n_imei


# ------------------------------------------------------------------ main checks
def check_file(data):
    if set(data.keys()) != {"seed", "made_by", "parts"}:
        fault("top level keys are %s" % sorted(data.keys()))
    if data.get("seed") != SEED:
        fault("seed is %r, want %d" % (data.get("seed"), SEED))
    if data.get("made_by") != "tests/lostfound/make_set%s.py" % NN:
        fault("made_by is %r" % data.get("made_by"))
    parts = data.get("parts", {})
    if list(parts.keys()) != ["set" + NN]:
        fault("parts are %s" % list(parts.keys()))
        return None, None
    part = parts["set" + NN]
    if set(part.keys()) != {"found", "lost"}:
        fault("part keys are %s" % sorted(part.keys()))
    return part.get("lost", []), part.get("found", [])


def check_common(rec, where):
    if rec.get("category") not in CATS:
        fault("%s: category %r not in the catalogue" % (where, rec.get("category")))
    b = rec.get("body")
    if not isinstance(b, str) or not b.strip():
        fault("%s: empty body" % where)
    elif len(b) > 600:
        fault("%s: body has %d characters" % (where, len(b)))
    for k in SHORT_FIELDS:
        if k in rec:
            v = rec[k]
            if not isinstance(v, str) or not v.strip() or len(v) > 60:
                fault("%s: field %s is %r" % (where, k, v))
    if "marks" in rec:
        v = rec["marks"]
        if not isinstance(v, str) or not v.strip() or len(v) > 500:
            fault("%s: marks is %r" % (where, v))
    if ("lat" in rec) != ("lon" in rec):
        fault("%s: lat and lon must come together" % where)
    if "lat" in rec:
        la, lo = rec["lat"], rec.get("lon")
        if not (is_num(la) and is_num(lo) and 18.0 <= la <= 54.0 and 73.0 <= lo <= 135.5):
            fault("%s: lat/lon %r,%r not inside China" % (where, la, lo))
    texts = [rec.get(k) for k in ("body", "serial", "marks", "model", "address") if isinstance(rec.get(k), str)]
    n_id = n_imei = 0
    for t in texts:
        a, b2 = scan_numbers(where, t)
        n_id += a
        n_imei += b2
    return n_id, n_imei


def km_ll(a, b):
    dy = (a[0] - b[0]) * 111.0
    dx = (a[1] - b[1]) * 111.0 * math.cos(math.radians((a[0] + b[0]) / 2))
    return math.hypot(dx, dy)


def main():
    if not os.path.exists(PATH):
        print("missing %s" % PATH)
        return 2
    raw = open(PATH, encoding="utf-8").read()
    data = json.loads(raw)
    lost, found = check_file(data)
    if lost is None:
        for f in faults:
            print("FAULT:", f)
        return 1
    print("checked file shape: seed %s, made_by %s, part set%s" % (data["seed"], data["made_by"], NN))

    # keys
    for i, r in enumerate(lost):
        if set(r.keys()) - LOST_KEYS:
            fault("%s: unknown keys %s" % (r.get("key"), sorted(set(r.keys()) - LOST_KEYS)))
        if r.get("key") != "%s-L%04d" % (PFX, i + 1):
            fault("lost #%d has key %r" % (i + 1, r.get("key")))
    for i, r in enumerate(found):
        if set(r.keys()) - FOUND_KEYS:
            fault("%s: unknown keys %s" % (r.get("key"), sorted(set(r.keys()) - FOUND_KEYS)))
        if r.get("key") != "%s-F%04d" % (PFX, i + 1):
            fault("found #%d has key %r" % (i + 1, r.get("key")))
    fkeys = {r["key"]: r for r in found if "key" in r}
    print("checked keys: %d lost (%s-L0001..), %d found (%s-F0001..), unique and in order" %
          (len(lost), PFX, len(found), PFX))

    n_id = n_imei = 0
    for r in lost:
        a, b = check_common(r, r.get("key"))
        n_id += a
        n_imei += b
        lf, lt = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_int(lf) and is_int(lt) and MAX_MIN >= lf >= lt >= 0):
            fault("%s: loss window %r..%r" % (r.get("key"), lf, lt))
        if "truth" not in r:
            fault("%s: no truth" % r.get("key"))
        elif r["truth"] is not None and r["truth"] not in fkeys:
            fault("%s: truth %r is not a found key" % (r.get("key"), r["truth"]))
    for r in found:
        a, b = check_common(r, r.get("key"))
        n_id += a
        n_imei += b
        fa = r.get("found_at_min")
        if not (is_int(fa) and 0 <= fa <= MAX_MIN):
            fault("%s: found_at_min %r" % (r.get("key"), fa))
        if "negative" in r and r["negative"] not in NEG_COUNTS:
            fault("%s: negative label %r" % (r.get("key"), r["negative"]))
    print("checked fields: categories, body <= 600, short fields <= 60, marks <= 500, lat/lon pairs inside China,")
    print("                loss windows and found times within 0..%d minutes" % MAX_MIN)
    print("checked numbers: %d full ID numbers with valid GB 11643 check digits, %d IMEIs passing Luhn, "
          "no full bank card numbers" % (n_id, n_imei))

    # labels
    truth_of = collections.Counter(r["truth"] for r in lost if r.get("truth"))
    for k, n in truth_of.items():
        if n > 1:
            fault("found %s is the truth of %d reports" % (k, n))
    cross = 0
    for r in lost:
        t = r.get("truth")
        if t and t in fkeys:
            f = fkeys[t]
            if "negative" in f:
                fault("%s is %s's truth but labelled negative %s" % (t, r["key"], f["negative"]))
            if not f["found_at_min"] <= r["lost_from_min"]:
                fault("%s found before %s's loss began" % (t, r["key"]))
            if f["category"] != r["category"]:
                cross += 1
    for f in found:
        if f["key"] not in truth_of and "negative" not in f:
            fault("%s is nobody's truth and has no negative label" % f["key"])
    if cross > MAX_CROSS:
        fault("%d pairs sit under different categories (at most %d)" % (cross, MAX_CROSS))
    npairs = sum(1 for r in lost if r.get("truth"))
    counts = {"lost": len(lost), "found": len(found), "pairs": npairs, "unfound": len(lost) - npairs}
    want = {"lost": N_LOST, "found": N_FOUND, "pairs": N_PAIRS, "unfound": N_UNFOUND}
    for k in want:
        if counts[k] != want[k]:
            fault("%s count %d, want %d" % (k, counts[k], want[k]))
    negc = collections.Counter(f["negative"] for f in found if "negative" in f)
    for k, n in NEG_COUNTS.items():
        if negc.get(k, 0) != n:
            fault("negative %s: %d, want %d" % (k, negc.get(k, 0), n))
    print("checked labels: %d pairs, %d never handed in, each found item the truth of at most one report," %
          (npairs, counts["unfound"]))
    print("                every true item found at or after its loss began, %d cross-category pairs (<= %d)" %
          (cross, MAX_CROSS))
    print("                negatives: %s" % ", ".join("%s %d" % (k, negc.get(k, 0)) for k in NEG_COUNTS))

    # determinism: the file is what the generator writes, under any hash seed
    with tempfile.TemporaryDirectory() as td:
        for hs in ("0", "4242"):
            out = os.path.join(td, "set%s_%s.json" % (NN, hs))
            env = dict(os.environ, PYTHONHASHSEED=hs)
            res = subprocess.run([sys.executable, MAKER, out], env=env, capture_output=True, text=True)
            if res.returncode != 0:
                fault("make_set%s.py failed under PYTHONHASHSEED=%s: %s" % (NN, hs, res.stderr[-500:]))
                continue
            if open(out, encoding="utf-8").read() != raw:
                fault("make_set%s.py under PYTHONHASHSEED=%s does not reproduce set%s.json byte for byte" % (NN, hs, NN))
    print("checked determinism: make_set%s.py reproduces the file byte for byte under PYTHONHASHSEED=0 and 4242" % NN)

    # hidden truth: what each negative was made from
    spec = importlib.util.spec_from_file_location("make_set%s" % NN, MAKER)
    mk = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mk)
    data2, hidden = mk.build()
    if data2 != data:
        fault("build() in make_set%s.py does not give the stored data" % NN)
    objs = hidden["objects"]
    lost_by_key = {r["key"]: r for r in lost}
    bases = collections.Counter()
    for q in hidden["negatives"]:
        base = q["base"]
        bases[base["lkey"]] += 1
        f = fkeys[q["fkey"]]
        lr = lost_by_key[base["lkey"]]
        if f.get("negative") != q["neg"]:
            fault("%s: label %r but made as %r" % (q["fkey"], f.get("negative"), q["neg"]))
        if q["neg"] == "twin_one_fact":
            diff = sorted(k for k in set(base["p"]) | set(q["p"]) if base["p"].get(k) != q["p"].get(k))
            if diff != [q["changed"]] and not (q["changed"] == "brand" and set(diff) <= {"brand", "model"}
                                               and "model" not in base["stated_params"]):
                fault("%s: twin differs from %s in %s, not exactly in %s" % (q["fkey"], base["lkey"], diff, q["changed"]))
            if q["changed"] not in base["stated_params"]:
                fault("%s: the changed fact %s was not stated by the owner" % (q["fkey"], q["changed"]))
            if q["changed"] not in q["f_stated_params"]:
                fault("%s: the finder does not state the changed fact %s" % (q["fkey"], q["changed"]))
            if f["found_at_min"] > lr["lost_from_min"]:
                fault("%s: twin found before %s's loss began" % (q["fkey"], base["lkey"]))
        elif q["neg"] == "same_category_colour":
            if q["cat"] != base["cat"] or q["p"].get("color") != base["p"].get("color"):
                fault("%s: not the same category and colour as %s" % (q["fkey"], base["lkey"]))
            if "color" not in q["f_stated_params"]:
                fault("%s: the finder does not state the colour" % q["fkey"])
            if q["kind"] == base["kind"] and q["how"] not in ("brand", "sub", "pool"):
                fault("%s: same kind as %s and no visible difference planned" % (q["fkey"], base["lkey"]))
            if q["kind"] == base["kind"] and q["how"] == "brand" and "brand" not in q["f_stated_params"]:
                fault("%s: the finder does not state the other brand" % q["fkey"])
            if f["found_at_min"] > lr["lost_from_min"]:
                fault("%s: found before %s's loss began" % (q["fkey"], base["lkey"]))
        elif q["neg"] == "found_before_loss":
            if not f["found_at_min"] > lr["lost_from_min"]:
                fault("%s: not found before %s's loss began" % (q["fkey"], base["lkey"]))
            if q["kind"] != base["kind"]:
                fault("%s: look-alike of another kind than %s" % (q["fkey"], base["lkey"]))
        elif q["neg"] == "same_brand_far_away":
            if q["p"].get("brand") != base["p"].get("brand") or q["cat"] != base["cat"]:
                fault("%s: not the same brand and category as %s" % (q["fkey"], base["lkey"]))
            if "brand" not in base["stated_params"] or "brand" not in q["f_stated_params"]:
                fault("%s: the brand is not stated on both sides" % q["fkey"])
            d = math.hypot(q["fxy"][0] - base["xy"][0], q["fxy"][1] - base["xy"][1])
            if d < 15.0:
                fault("%s: only %.1f km from %s" % (q["fkey"], d, base["lkey"]))
            gap = min(abs(q["ft"] - base["w"][0]), abs(q["ft"] - base["w"][1]))
            if base["w"][0] <= q["ft"] <= base["w"][1] or gap < 2 * 1440:
                fault("%s: found within two days of %s's loss window" % (q["fkey"], base["lkey"]))
    for k, n in bases.items():
        if n > 1:
            fault("report %s is the base of %d negatives" % (k, n))
    nb_found = sum(1 for q in hidden["negatives"] if q["base"]["is_found"])
    print("checked negatives against the hidden truth: twins differ in exactly the one owner-stated fact the finder")
    print("                states; same category+colour share both; look-alikes found before the loss began;")
    print("                same-brand items >= 15 km away and >= 2 days from the window; %d distinct bases "
          "(%d reports with a true item, %d never handed in)" % (len(bases), nb_found, len(bases) - nb_found))

    # what each side could know
    hidden_phr = [h for lst in mk.HIDDEN.values() for h in lst]
    for f in found:
        for h in hidden_phr:
            if h in f["body"]:
                fault("%s: the finder states an owner-only fact %r" % (f["key"], h))
    nh = sum(1 for o in objs if o.get("hurried"))
    if nh != N_HURRIED:
        fault("%d hurried one-line reports, want %d" % (nh, N_HURRIED))
    for o in objs:
        if o.get("hurried") and "。" in o["lost"]["body"].rstrip("。"):
            fault("%s: hurried report is more than one line" % o["lkey"])
    print("checked voices: no owner-only fact in any found item, %d hurried one-line reports" % nh)

    # a summary table
    print()
    print("%-12s %6s %6s %6s %6s" % ("category", "lost", "paired", "never", "found"))
    lc = collections.Counter(r["category"] for r in lost)
    pc = collections.Counter(r["category"] for r in lost if r.get("truth"))
    fc = collections.Counter(r["category"] for r in found)
    for c in CATS:
        print("%-12s %6d %6d %6d %6d" % (c, lc[c], pc[c], lc[c] - pc[c], fc[c]))
    print("%-12s %6d %6d %6d %6d" % ("total", len(lost), npairs, len(lost) - npairs, len(found)))
    fill = lambda rs, k: sum(1 for r in rs if k in r)
    print("fields filled (lost / found): " + ", ".join(
        "%s %d/%d" % (k, fill(lost, k), fill(found, k)) for k in ("color", "brand", "model", "serial", "marks",
                                                                  "address", "lat")))
    bare = sum(1 for r in lost if not any(k in r for k in ("color", "brand", "model", "serial", "marks", "address",
                                                           "lat")))
    print("lost reports with nothing but category and body: %d" % bare)

    if faults:
        print()
        for f in faults[:200]:
            print("FAULT:", f)
        print("%d fault(s)" % len(faults))
        return 1
    print()
    print("OK: set%s.json passes every check" % NN)
    return 0


if __name__ == "__main__":
    sys.exit(main())
