#!/usr/bin/env python3
"""Validates tests/lostfound/set47.json against the brief; exits non-zero on any fault.

Checks: file layout, keys, categories, field types and lengths, lat/lon pairs inside China,
loss windows and found times, truth links (one found item per report at most, found at or after
the start of the loss), negatives labelled and nobody's truth, counts, cross-category pairs,
ID-number check digits (GB 11643), IMEI Luhn digits, no full bank card numbers, every hard
negative assignable to its own never-found report, and that make_set47.py regenerates the file
byte for byte under different PYTHONHASHSEED values.  Standard library only.
"""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set47.json")
PART = "set47"
PFX = "S47"
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry",
        "electronics", "other"}
OPT = ["color", "brand", "model", "serial", "address"]
MAXMIN = 172800
SOFT = {"unclaimed", "decoy_near_matched_report"}
HARD = {"same_cat_colour_other_object", "found_before_loss", "same_brand_other_place_time",
        "same_model_other_serial", "same_name_other_person"}

faults = []
checked = collections.Counter()


def fault(msg):
    faults.append(msg)


def gb11643_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    tot = sum(int(c) * k for c, k in zip(s[:17], w))
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


def texts(rec):
    return [str(rec.get(k, "")) for k in ("body", "serial", "marks")]


def check_numbers(rec):
    for t in texts(rec):
        for m in re.finditer(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])", t):
            checked["id numbers"] += 1
            if not gb11643_ok(m.group(1)):
                fault("%s: ID number %s has a bad check digit" % (rec["key"], m.group(1)))
        for m in re.finditer(r"(?<!\d)62\d{14,17}(?!\d)", t):
            fault("%s: full bank card number %s" % (rec["key"], m.group(0)))
        flat = re.sub(r"(?<=\d)[ \-](?=\d)", "", t)
        for m in re.finditer(r"(?<!\d)(86\d{13})(?!\d)", flat):
            checked["IMEIs"] += 1
            if not luhn_ok(m.group(1)):
                fault("%s: IMEI %s fails Luhn" % (rec["key"], m.group(1)))


def check_common(rec, kind):
    k = rec.get("key", "?")
    if rec.get("category") not in CATS:
        fault("%s: bad category %r" % (k, rec.get("category")))
    b = rec.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % k)
    for f in OPT:
        if f in rec and (not isinstance(rec[f], str) or not rec[f].strip() or len(rec[f]) > 60):
            fault("%s: field %s empty or longer than 60" % (k, f))
    if "marks" in rec and (not isinstance(rec["marks"], str) or not rec["marks"].strip() or len(rec["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % k)
    if ("lat" in rec) != ("lon" in rec):
        fault("%s: lat without lon or lon without lat" % k)
    if "lat" in rec:
        checked["records with lat/lon"] += 1
        la, lo = rec["lat"], rec["lon"]
        if not all(isinstance(x, (int, float)) for x in (la, lo)) or not (18 <= la <= 54 and 73 <= lo <= 135):
            fault("%s: lat/lon outside China" % k)
    allowed = {"key", "category", "body", "marks", "lat", "lon"} | set(OPT)
    allowed |= {"lost_from_min", "lost_to_min", "truth"} if kind == "lost" else {"found_at_min", "negative"}
    extra = set(rec) - allowed
    if extra:
        fault("%s: unexpected fields %s" % (k, sorted(extra)))
    check_numbers(rec)


def assign(neg_cands):
    """Bipartite matching: every hard negative to its own never-found report."""
    match = {}

    def try_(f, seen):
        for l in neg_cands[f]:
            if l in seen:
                continue
            seen.add(l)
            if l not in match or try_(match[l], seen):
                match[l] = f
                return True
        return False

    ok = 0
    for f in sorted(neg_cands):
        if try_(f, set()):
            ok += 1
    return ok


def digits_of(s):
    return re.sub(r"[^0-9A-Za-z]", "", s or "").upper()


def tails_agree(a, b):
    """True when the visible tails of two serial spellings agree (masks hide the middle)."""
    ta = digits_of((a or "").split("*")[-1])
    tb = digits_of((b or "").split("*")[-1])
    n = min(4, len(ta), len(tb))
    return n > 0 and ta[-n:] == tb[-n:]


def main():
    with open(PATH, encoding="utf-8") as fh:
        raw = fh.read()
    d = json.loads(raw)
    if d.get("seed") != 4747 or d.get("made_by") != "tests/lostfound/make_set47.py":
        fault("seed or made_by wrong")
    if set(d.get("parts", {})) != {PART}:
        fault("parts must be exactly {%s}" % PART)
    p = d["parts"][PART]
    if set(p) != {"found", "lost"}:
        fault("part must hold found and lost")
    lost, found = p["lost"], p["found"]
    for i, f in enumerate(found):
        if f.get("key") != "%s-F%04d" % (PFX, i + 1):
            fault("found key %r out of sequence" % f.get("key"))
        check_common(f, "found")
        fa = f.get("found_at_min")
        if not isinstance(fa, int) or not 0 <= fa <= MAXMIN:
            fault("%s: found_at_min %r" % (f.get("key"), fa))
    for i, l in enumerate(lost):
        if l.get("key") != "%s-L%04d" % (PFX, i + 1):
            fault("lost key %r out of sequence" % l.get("key"))
        check_common(l, "lost")
        a, b = l.get("lost_from_min"), l.get("lost_to_min")
        if not (isinstance(a, int) and isinstance(b, int) and MAXMIN >= a >= b >= 0):
            fault("%s: bad loss window %r..%r" % (l.get("key"), a, b))
        if "truth" not in l:
            fault("%s: no truth field" % l["key"])
    fk = {f["key"]: f for f in found}
    used = collections.Counter()
    cross = 0
    for l in lost:
        t = l.get("truth")
        if t is None:
            continue
        if t not in fk:
            fault("%s: truth %s is not a found key" % (l["key"], t))
            continue
        used[t] += 1
        f = fk[t]
        if "negative" in f:
            fault("%s: its truth %s carries a negative label" % (l["key"], t))
        if f["found_at_min"] > l["lost_from_min"]:
            fault("%s: truth %s found before the loss began" % (l["key"], t))
        if f["category"] != l["category"]:
            cross += 1
        checked["true pairs"] += 1
    for t, n in used.items():
        if n > 1:
            fault("%s is the truth of %d reports" % (t, n))
    for f in found:
        if f["key"] not in used and not f.get("negative"):
            fault("%s: nobody's truth but has no negative label" % f["key"])
        if f.get("negative") and f.get("negative") not in HARD | SOFT:
            fault("%s: unknown negative label %r" % (f["key"], f["negative"]))
    if cross > 5:
        fault("%d cross-category pairs (at most 5)" % cross)

    n_with = sum(1 for l in lost if l.get("truth"))
    labels = collections.Counter(f["negative"] for f in found if f.get("negative"))
    n_hard = sum(v for k, v in labels.items() if k in HARD)
    want = [("lost", len(lost), 260), ("lost with truth", n_with, 160), ("lost never found", len(lost) - n_with, 100),
            ("found", len(found), 280), ("found true", len(used), 160), ("found negative", sum(labels.values()), 120)]
    for name, got, exp in want:
        if got != exp:
            fault("%s: %d, expected %d" % (name, got, exp))
    if n_hard < 70:
        fault("only %d hard negatives (need 70)" % n_hard)

    # each hard negative must be able to tempt its own never-found report
    never = [l for l in lost if not l.get("truth")]
    cands = {}
    for f in found:
        lab = f.get("negative")
        if lab not in HARD:
            continue
        c = []
        for l in never:
            if l["category"] != f["category"]:
                continue
            if lab == "found_before_loss" and not f["found_at_min"] > l["lost_from_min"]:
                continue
            if lab in ("same_cat_colour_other_object", "same_model_other_serial",
                       "same_name_other_person") and f["found_at_min"] > l["lost_from_min"]:
                continue
            if lab in ("same_model_other_serial", "same_name_other_person"):
                if not f.get("serial") or not l.get("serial") or tails_agree(f["serial"], l["serial"]):
                    continue
            c.append(l["key"])
        if not c:
            fault("%s (%s): no never-found report it could tempt" % (f["key"], lab))
        cands[f["key"]] = c
    got = assign(cands)
    if got != len(cands):
        fault("only %d of %d hard negatives can each be given their own never-found report" % (got, len(cands)))

    # serials of true pairs must not contradict (same tail when both are given)
    for l in lost:
        t = l.get("truth")
        if t and "serial" in l and "serial" in fk[t]:
            checked["true pairs with both serials"] += 1
            if not tails_agree(l["serial"], fk[t]["serial"]):
                fault("%s/%s: serial tails differ (%s vs %s)" % (l["key"], t, l["serial"], fk[t]["serial"]))

    # no negative carries the very serial of any report
    lser = {}
    for l in lost:
        if l.get("serial") and len(digits_of(l["serial"])) >= 8:
            lser.setdefault(digits_of(l["serial"]), l["key"])
    for f in found:
        if f.get("negative") and f.get("serial") and digits_of(f["serial"]) in lser:
            fault("%s: negative carries the serial of %s" % (f["key"], lser[digits_of(f["serial"])]))
        checked["negative serials compared"] += bool(f.get("negative") and f.get("serial"))

    # regenerate under two hash seeds
    gen = os.path.join(HERE, "make_set47.py")
    for hs in ("0", "4747"):
        with tempfile.TemporaryDirectory() as td:
            out = os.path.join(td, "x.json")
            env = dict(os.environ, PYTHONHASHSEED=hs)
            subprocess.run([sys.executable, gen, "--out", out], check=True, env=env, stdout=subprocess.DEVNULL)
            with open(out, encoding="utf-8") as fh:
                if fh.read() != raw:
                    fault("make_set47.py output differs from set47.json under PYTHONHASHSEED=%s" % hs)
        checked["regenerations identical"] += 1

    bycat = collections.Counter(l["category"] for l in lost)
    bycat_t = collections.Counter(l["category"] for l in lost if l.get("truth"))
    fcat = collections.Counter(f["category"] for f in found)
    print("set47: %d lost (%d with truth, %d never found), %d found (%d true, %d negative: %d hard)" %
          (len(lost), n_with, len(lost) - n_with, len(found), len(used), sum(labels.values()), n_hard))
    print("negative labels:", dict(sorted(labels.items())))
    print("cross-category pairs:", cross)
    print("%-12s %5s %6s %6s" % ("category", "lost", "truth", "found"))
    for c in sorted(CATS):
        print("%-12s %5d %6d %6d" % (c, bycat[c], bycat_t[c], fcat[c]))
    print("checked:", dict(sorted(checked.items())))
    if faults:
        print("\n%d FAULTS" % len(faults))
        for m in faults[:60]:
            print("  " + m)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
