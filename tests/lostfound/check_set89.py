"""Validate tests/lostfound/set89.json against the brief; exit non-zero on any fault.

Run from the worktree root:  python3 tests/lostfound/check_set89.py
Also regenerates the set under two PYTHONHASHSEED values and compares the bytes.
"""
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set89.json")
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
LABELS = {"near_twin", "same_category_colour", "found_before_loss", "same_brand_elsewhere"}
SHORT = ("color", "brand", "model", "serial", "address")
COMMON = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon"}
LOST_F = COMMON | {"lost_from_min", "lost_to_min", "truth"}
FOUND_F = COMMON | {"found_at_min", "negative"}
MAXMIN = 172800
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
NUM_RUN = re.compile(r"(?<![0-9A-Za-z*])(\d[\d \-]{12,26}[\dXx])(?![0-9A-Za-z*])")

faults = []


def fault(msg):
    faults.append(msg)


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def id_ok(s):
    if not (len(s) == 18 and s[:17].isdigit()):
        return False
    try:
        datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], ID_W)) % 11] == s[17].upper()


def numbers(key, text, stats):
    for m in NUM_RUN.finditer(text):
        raw = m.group(1)
        d = re.sub(r"[ \-]", "", raw)
        if not re.fullmatch(r"\d+[\dXx]", d):
            continue
        if len(d) == 15:
            stats["imei"] += 1
            if not (d.isdigit() and luhn_ok(d)):
                fault("%s: 15-digit number %r fails Luhn" % (key, raw))
        elif len(d) == 18:
            stats["id"] += 1
            if not id_ok(d):
                fault("%s: 18-digit number %r is not a valid GB 11643 ID number" % (key, raw))
        elif len(d) in (16, 17, 19):
            fault("%s: %d-digit number %r looks like a full bank card" % (key, len(d), raw))


def common(r, allowed, stats):
    k = r.get("key", "?")
    for f in r:
        if f not in allowed:
            fault("%s: unknown field %s" % (k, f))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (k, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % k)
    for f in SHORT:
        if f in r and (not isinstance(r[f], str) or not r[f] or len(r[f]) > 60):
            fault("%s: %s empty or longer than 60" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"] or len(r["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat and lon must come together" % k)
    if "lat" in r and "lon" in r:
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)) or not (
                18.0 <= la <= 53.6 and 73.5 <= lo <= 135.1):
            fault("%s: lat/lon not inside China" % k)
        else:
            stats["geo"] += 1
    for f in ("body", "serial", "marks"):
        if f in r and isinstance(r[f], str):
            numbers(k, r[f], stats)


def main():
    with open(PATH, encoding="utf-8") as fh:
        data = json.load(fh)
    if data.get("seed") != 8989 or data.get("made_by") != "tests/lostfound/make_set89.py":
        fault("seed or made_by wrong")
    part = data.get("parts", {}).get("set89", {})
    lost, found = part.get("lost", []), part.get("found", [])
    if set(data.get("parts", {})) != {"set89"} or set(part) != {"found", "lost"}:
        fault("parts must be exactly {set89: {found, lost}}")
    stats = {"imei": 0, "id": 0, "geo": 0}
    fkeys = {}
    for i, r in enumerate(found):
        common(r, FOUND_F, stats)
        if r.get("key") != "S89-F%04d" % (i + 1):
            fault("found key %r out of sequence" % r.get("key"))
        fkeys[r.get("key")] = r
        t = r.get("found_at_min")
        if not isinstance(t, int) or isinstance(t, bool) or not 0 <= t <= MAXMIN:
            fault("%s: found_at_min bad" % r.get("key"))
    truth_of = {}
    for i, r in enumerate(lost):
        common(r, LOST_F, stats)
        k = r.get("key")
        if k != "S89-L%04d" % (i + 1):
            fault("lost key %r out of sequence" % k)
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (a, b)) or not MAXMIN >= a >= b >= 0:
            fault("%s: need 172800 >= lost_from_min >= lost_to_min >= 0" % k)
            continue
        if "truth" not in r:
            fault("%s: truth missing" % k)
            continue
        t = r["truth"]
        if t is None:
            continue
        if t not in fkeys:
            fault("%s: truth %r is not a found key" % (k, t))
            continue
        if t in truth_of:
            fault("%s: found item %s is already the truth of %s" % (k, t, truth_of[t]))
        truth_of[t] = k
        if fkeys[t]["found_at_min"] > a:
            fault("%s: its item %s was found before the loss window began" % (k, t))
    cross = [(truth_of[t], t) for t in sorted(truth_of) if fkeys[t]["category"] != next(
        r["category"] for r in lost if r["key"] == truth_of[t])]
    if len(cross) > 5:
        fault("%d cross-category pairs (at most 5)" % len(cross))
    negs = {}
    for k, r in fkeys.items():
        if k in truth_of and "negative" in r:
            fault("%s: is a truth but carries a negative label" % k)
        if k not in truth_of:
            if r.get("negative") not in LABELS:
                fault("%s: nobody's truth but negative label is %r" % (k, r.get("negative")))
            lab = str(r.get("negative"))
            negs[lab] = negs.get(lab, 0) + 1
    by_cat = {}
    for r in lost:
        c = by_cat.setdefault(r["category"], [0, 0, 0])
        c[0 if r.get("truth") else 1] += 1
    for r in found:
        if "negative" in r:
            by_cat.setdefault(r["category"], [0, 0, 0])[2] += 1
    same = reproduce()

    print("checked %s" % os.path.relpath(PATH))
    print("  structure, keys in sequence, fields and lengths, categories, lat/lon inside China: %d records, %d with lat/lon"
          % (len(lost) + len(found), stats["geo"]))
    print("  %d lost reports: %d with a found item, %d never found; windows 0 <= to <= from <= 172800"
          % (len(lost), len(truth_of), len(lost) - len(truth_of)))
    print("  %d found items: each the truth of at most one report, none found before its loss began" % len(found))
    print("  negatives: %d %s; every non-truth item labelled" % (sum(negs.values()), json.dumps(negs, sort_keys=True)))
    print("  cross-category pairs: %d %s" % (len(cross), cross))
    print("  numbers in text: %d IMEIs pass Luhn, %d ID numbers pass GB 11643, no full bank card numbers"
          % (stats["imei"], stats["id"]))
    print("  regenerated under PYTHONHASHSEED=0 and 4242: %s" % ("byte-identical" if same else "DIFFERENT"))
    print("  %-12s %6s %6s %6s" % ("category", "pairs", "never", "neg"))
    for c in sorted(by_cat):
        print("  %-12s %6d %6d %6d" % (c, by_cat[c][0], by_cat[c][1], by_cat[c][2]))
    if faults:
        for f in faults[:50]:
            print("FAULT:", f)
        print("%d faults" % len(faults))
        sys.exit(1)
    print("OK")


def reproduce():
    with open(PATH, "rb") as fh:
        want = fh.read()
    ok = True
    for seed in ("0", "4242"):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "set89.json")
            env = dict(os.environ, PYTHONHASHSEED=seed)
            subprocess.run([sys.executable, os.path.join(HERE, "make_set89.py"), out], env=env, check=True,
                           stdout=subprocess.DEVNULL)
            with open(out, "rb") as fh:
                if fh.read() != want:
                    fault("output differs under PYTHONHASHSEED=%s" % seed)
                    ok = False
    return ok


if __name__ == "__main__":
    main()
