#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate tests/lostfound/set60.json against the set's rules; exit non-zero on any fault.

Checks the file layout, keys, categories, field types and lengths, coordinates, the time rules
(loss window order, a true item found at or after the start of its loss), the labels (each found
item is the truth of at most one report; every other found item carries a negative label), the
planned counts, GB 11643 check digits on every full ID number, Luhn digits on every IMEI, that
no full bank card number appears anywhere, and that make_set60.py rewrites the same bytes under
two different PYTHONHASHSEED values.
"""

import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set60.json")
SEED, PFX, PART = 6060, "S60", "set60"
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
NEG_PLAN = {"twin_one_fact": 22, "same_category_colour": 24, "found_before_loss": 22, "same_make_elsewhere": 22, "unclaimed": 30}
N_LOST, N_TRUE, N_FOUND = 240, 150, 270
MAXMIN = 172800
OPT = ["color", "brand", "model", "serial", "address"]
LOST_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
             "lost_from_min", "lost_to_min", "truth"}
FOUND_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
              "found_at_min", "negative"}
W_ID = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    return "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], W_ID)) % 11] == s[17].upper()


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        k = int(c)
        if i % 2 == 1:
            k *= 2
            if k > 9:
                k -= 9
        tot += k
    return tot % 10 == 0


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def texts(r):
    return [str(r[k]) for k in ("body", "color", "brand", "model", "serial", "marks", "address") if k in r]


def check_common(r, where):
    if r.get("category") not in CATS:
        fault(f"{where}: category {r.get('category')!r}")
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault(f"{where}: body missing or longer than 600")
    for k in OPT:
        if k in r and (not isinstance(r[k], str) or not r[k].strip() or len(r[k]) > 60):
            fault(f"{where}: {k} empty, not text or longer than 60")
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
        fault(f"{where}: marks empty or longer than 500")
    if ("lat" in r) != ("lon" in r):
        fault(f"{where}: lat without lon or lon without lat")
    if "lat" in r:
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (la, lo)):
            fault(f"{where}: lat/lon not numbers")
        elif not (18.0 <= la <= 54.0 and 73.0 <= lo <= 135.5):
            fault(f"{where}: lat/lon outside China")


def check_numbers(r, where):
    for t in texts(r):
        # full ID numbers: 18 characters standing alone
        for m in re.finditer(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])", t):
            if not id_ok(m.group(1)):
                fault(f"{where}: ID number {m.group(1)} fails its check digit")
        # IMEIs after their label, and any serial field that is a bare 15-digit number
        for m in re.finditer(r"(?:IMEI[12][：:]|IMEI|串号|串码)[：:\s]*(\d[\d \-]{13,22}\d)", t):
            d = re.sub(r"[ \-]", "", m.group(1))
            if len(d) == 15 and not luhn_ok(d):
                fault(f"{where}: IMEI {d} fails Luhn")
            if len(d) not in (15,) and len(d) > 8:
                fault(f"{where}: IMEI-like number of {len(d)} digits: {m.group(1)}")
        # bank cards only as tails or masks: no 16-19 digit run other than a valid ID number
        for m in re.finditer(r"(?<![0-9A-Za-z])(\d{16,19})(?![0-9A-Za-z])", t):
            s = m.group(1)
            if not (len(s) == 18 and id_ok(s)):
                fault(f"{where}: long number {s} (a full card number?)")
        for m in re.finditer(r"(?<!\d)\d{4}(?: \d{4}){3,4}(?!\d)", t):
            fault(f"{where}: spaced card-like number {m.group(0)}")
    if "serial" in r:
        d = re.sub(r"[ \-]", "", r["serial"])
        d = re.sub(r"^(IMEI\d?[:：]?)", "", d)
        if re.fullmatch(r"\d{15}", d) and not luhn_ok(d):
            fault(f"{where}: 15-digit serial {d} fails Luhn")


def main():
    with open(PATH, encoding="utf-8") as fh:
        doc = json.load(fh)
    if doc.get("seed") != SEED:
        fault("seed is not 6060")
    if doc.get("made_by") != "tests/lostfound/make_set60.py":
        fault("made_by is wrong")
    if set(doc) != {"seed", "made_by", "parts"} or set(doc.get("parts", {})) != {PART}:
        fault("top-level layout is not {seed, made_by, parts: {set60}}")
    part = doc["parts"][PART]
    if set(part) != {"found", "lost"}:
        fault("part must hold exactly found and lost")
    found, lost = part["found"], part["lost"]
    fkeys = [f.get("key") for f in found]
    lkeys = [l_.get("key") for l_ in lost]
    if fkeys != [f"{PFX}-F{i:04d}" for i in range(1, len(found) + 1)]:
        fault("found keys are not S60-F0001 ... in order")
    if lkeys != [f"{PFX}-L{i:04d}" for i in range(1, len(lost) + 1)]:
        fault("lost keys are not S60-L0001 ... in order")
    fby = {f["key"]: f for f in found}
    truth_of = {}
    cross = 0
    oneline = 0
    english = 0
    trad = 0
    empty_fields = 0
    for r in lost:
        w = r.get("key")
        extra = set(r) - LOST_KEYS
        if extra:
            fault(f"{w}: unknown fields {sorted(extra)}")
        check_common(r, w)
        check_numbers(r, w)
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (is_int(a) and is_int(b) and MAXMIN >= a >= b >= 0):
            fault(f"{w}: loss window {a}..{b} is not lost_from_min >= lost_to_min >= 0 (<= {MAXMIN})")
        if "truth" not in r:
            fault(f"{w}: truth missing (null when never handed in)")
        t = r.get("truth")
        if t is not None:
            if t not in fby:
                fault(f"{w}: truth {t} is no found key")
                continue
            if t in truth_of:
                fault(f"{w}: truth {t} already the truth of {truth_of[t]}")
            truth_of[t] = w
            f = fby[t]
            if "negative" in f:
                fault(f"{w}: its truth {t} carries a negative label")
            if is_int(f.get("found_at_min")) and is_int(a) and f["found_at_min"] > a:
                fault(f"{w}: its truth {t} was found before the loss began")
            if f.get("category") != r.get("category"):
                cross += 1
        if len(r.get("body", "")) <= 40 and "\n" not in r.get("body", ""):
            oneline += 1
        body = r.get("body", "")
        if sum(c.isascii() for c in body) > 0.8 * len(body):
            english += 1
        if re.search(r"[喺唔咗嘅執]|[遺錢機證時發車]", body):
            trad += 1
        if not any(k in r for k in OPT + ["marks", "lat"]):
            empty_fields += 1
    negs = {}
    f_empty = 0
    for r in found:
        w = r.get("key")
        extra = set(r) - FOUND_KEYS
        if extra:
            fault(f"{w}: unknown fields {sorted(extra)}")
        check_common(r, w)
        check_numbers(r, w)
        x = r.get("found_at_min")
        if not (is_int(x) and 0 <= x <= MAXMIN):
            fault(f"{w}: found_at_min {x} outside 0..{MAXMIN}")
        if w in truth_of:
            if "negative" in r:
                fault(f"{w}: a true item with a negative label")
        else:
            lab = r.get("negative")
            if lab not in NEG_PLAN:
                fault(f"{w}: nobody's truth but negative label is {lab!r}")
            negs[lab] = negs.get(lab, 0) + 1
        if not any(k in r for k in OPT + ["marks", "lat"]):
            f_empty += 1
    if len(lost) != N_LOST:
        fault(f"{len(lost)} lost reports, planned {N_LOST}")
    if len(truth_of) != N_TRUE:
        fault(f"{len(truth_of)} reports with a true item, planned {N_TRUE}")
    if len(found) != N_FOUND:
        fault(f"{len(found)} found items, planned {N_FOUND}")
    if negs != NEG_PLAN:
        fault(f"negative counts {negs} differ from the plan {NEG_PLAN}")
    if cross > 5:
        fault(f"{cross} true pairs under different categories (at most 5)")
    if oneline < 30:
        fault(f"only {oneline} hurried one-line reports (want at least 30)")
    # the generator must write the same bytes again, whatever the hash seed
    with open(PATH, "rb") as fh:
        ref = fh.read()
    same = True
    with tempfile.TemporaryDirectory() as td:
        for hs in ("0", "4242"):
            out = os.path.join(td, f"s{hs}.json")
            env = dict(os.environ, PYTHONHASHSEED=hs)
            subprocess.run([sys.executable, os.path.join(HERE, "make_set60.py"), "--out", out], check=True, env=env,
                           stdout=subprocess.DEVNULL)
            with open(out, "rb") as fh:
                if fh.read() != ref:
                    same = False
                    fault(f"make_set60.py under PYTHONHASHSEED={hs} does not reproduce set60.json")
    bycat_l = {c: [0, 0] for c in CATS}
    for r in lost:
        bycat_l[r["category"]][0] += 1
        bycat_l[r["category"]][1] += r["truth"] is not None
    bycat_f = {c: 0 for c in CATS}
    for r in found:
        bycat_f[r["category"]] += 1
    print(f"set60: {len(lost)} lost ({len(truth_of)} with a true found item, {len(lost) - len(truth_of)} never handed in), "
          f"{len(found)} found")
    print("negatives:", ", ".join(f"{k} {negs.get(k, 0)}" for k in NEG_PLAN))
    print(f"{'category':12} {'lost':>5} {'true':>5} {'found':>6}")
    for c in CATS:
        print(f"{c:12} {bycat_l[c][0]:5d} {bycat_l[c][1]:5d} {bycat_f[c]:6d}")
    print(f"true pairs filed under two categories: {cross}; hurried one-line reports: {oneline}; "
          f"English reports: {english}; traditional/Cantonese reports: {trad}")
    print(f"reports with no optional field at all: lost {empty_fields}, found {f_empty}")
    print("checked: layout, keys, categories, field types and lengths, lat/lon, loss windows, found times, truth links, "
          "labels, counts, ID check digits, IMEI Luhn digits, no full card numbers, "
          + ("byte-identical regeneration under two hash seeds" if same else "regeneration (FAILED)"))
    if faults:
        print(f"\n{len(faults)} fault(s):")
        for f in faults[:200]:
            print("  " + f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
