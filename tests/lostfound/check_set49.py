#!/usr/bin/env python3
"""Validate tests/lostfound/set49.json (exit non-zero on any fault) and print what was checked."""
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PART = "set49"
PFX = "S49"
SEED = 4949
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
SHORT = ("color", "brand", "model", "serial", "address")
LOST_FIELDS = {"key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon",
               "lost_from_min", "lost_to_min", "truth"}
FOUND_FIELDS = {"key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon",
                "found_at_min", "negative"}
MAXMIN = 172800
WANT = {"lost": 240, "lost_truth": 150, "found": 270, "found_true": 150, "negative": 120, "tempting_min": 70}

faults = []
seen = collections.Counter()


def fault(msg):
    faults.append(msg)


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def id_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], w)) % 11] == s[17]


def numbers_in(text):
    """Digit runs written with spaces or dashes, joined: candidate IMEIs (15) and ID numbers (18)."""
    out = []
    for m in re.finditer(r"(?<![0-9A-Za-z*])[0-9](?:[0-9]|[ \-](?=[0-9]))*[0-9X]?(?![0-9A-Za-z*])", text):
        out.append(re.sub(r"[ \-]", "", m.group(0)))
    return out


def common(rec, side, fields):
    k = rec.get("key", "?")
    extra = set(rec) - fields
    if extra:
        fault("%s: unknown fields %s" % (k, sorted(extra)))
    if rec.get("category") not in CATS:
        fault("%s: bad category %r" % (k, rec.get("category")))
    body = rec.get("body")
    if not isinstance(body, str) or not body.strip() or len(body) > 600:
        fault("%s: body missing or longer than 600" % k)
    for f in SHORT:
        if f in rec and (not isinstance(rec[f], str) or not rec[f].strip() or len(rec[f]) > 60):
            fault("%s: %s empty or longer than 60" % (k, f))
    if "marks" in rec and (not isinstance(rec["marks"], str) or not rec["marks"].strip() or len(rec["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % k)
    if ("lat" in rec) != ("lon" in rec):
        fault("%s: lat without lon or lon without lat" % k)
    if "lat" in rec:
        la, lo = rec["lat"], rec["lon"]
        if not (isinstance(la, (int, float)) and isinstance(lo, (int, float)) and 18 <= la <= 54 and 73 <= lo <= 135):
            fault("%s: lat/lon not inside China" % k)
    text = " ".join(str(rec.get(f, "")) for f in ("body", "serial", "marks"))
    for num in numbers_in(text):
        if len(num) == 15 and num.isdigit() and num.startswith("86"):
            seen["imei"] += 1
        if len(num) == 18:
            seen["id"] += 1
        if len(num) == 15 and num.isdigit() and num.startswith("86") and not luhn_ok(num):
            fault("%s: IMEI %s fails Luhn" % (k, num))
        if len(num) == 18 and not id_ok(num):
            fault("%s: ID number %s fails GB 11643 check" % (k, num))
        if len(num) >= 16 and num.startswith("62"):
            fault("%s: what looks like a full bank card number %s" % (k, num))


def main():
    path = os.path.join(HERE, PART + ".json")
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    if data.get("seed") != SEED or data.get("made_by") != "tests/lostfound/make_%s.py" % PART:
        fault("seed or made_by wrong")
    if set(data) != {"seed", "made_by", "parts"} or list(data["parts"]) != [PART]:
        fault("top level must be seed, made_by, parts{%s}" % PART)
    part = data["parts"][PART]
    lost, found = part["lost"], part["found"]
    # keys
    for side, recs, tag in (("lost", lost, "L"), ("found", found, "F")):
        want = ["%s-%s%04d" % (PFX, tag, i + 1) for i in range(len(recs))]
        if [r.get("key") for r in recs] != want:
            fault("%s keys are not %s-%s0001.. in order" % (side, PFX, tag))
    fkeys = {f["key"]: f for f in found}
    for r in lost:
        common(r, "lost", LOST_FIELDS)
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (isinstance(a, int) and isinstance(b, int) and MAXMIN >= a >= b >= 0):
            fault("%s: loss window must satisfy 172800 >= lost_from_min >= lost_to_min >= 0" % r["key"])
        if "truth" not in r:
            fault("%s: truth missing" % r["key"])
    for f in found:
        common(f, "found", FOUND_FIELDS)
        t = f.get("found_at_min")
        if not (isinstance(t, int) and 0 <= t <= MAXMIN):
            fault("%s: found_at_min out of 0..172800" % f["key"])
    # truth
    used = collections.Counter()
    cross = []
    for r in lost:
        t = r.get("truth")
        if t is None:
            continue
        if t not in fkeys:
            fault("%s: truth %s is no found key" % (r["key"], t))
            continue
        used[t] += 1
        f = fkeys[t]
        if "negative" in f:
            fault("%s: its truth %s is labelled negative" % (r["key"], t))
        if f["found_at_min"] > r["lost_from_min"]:
            fault("%s: truth %s found before the loss began" % (r["key"], t))
        if f["category"] != r["category"]:
            cross.append((r["key"], r["category"], t, f["category"]))
    for t, n in used.items():
        if n > 1:
            fault("%s is the truth of %d reports" % (t, n))
    for f in found:
        if f["key"] not in used and not (isinstance(f.get("negative"), str) and f["negative"].strip()):
            fault("%s: nobody's truth but has no negative label" % f["key"])
    if len(cross) > 5:
        fault("%d pairs under different categories (at most 5)" % len(cross))
    # counts
    n_truth = sum(1 for r in lost if r.get("truth"))
    neg = [f["negative"] for f in found if "negative" in f]
    kinds = collections.Counter(n.split(":")[0] for n in neg)
    tempting = sum(v for k, v in kinds.items() if k not in ("twin_of_matched", "unreported_stray"))
    got = {"lost": len(lost), "lost_truth": n_truth, "found": len(found), "found_true": len(used),
           "negative": len(neg), "tempting_min": tempting}
    for k, v in WANT.items():
        if (k == "tempting_min" and got[k] < v) or (k != "tempting_min" and got[k] != v):
            fault("count %s is %d, want %s%d" % (k, got[k], ">= " if k == "tempting_min" else "", v))
    # determinism: regenerate twice in a scratch copy under two hash seeds
    same = True
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(HERE, "make_%s.py" % PART)
        dst = os.path.join(tmp, "make_%s.py" % PART)
        shutil.copy(src, dst)
        want_bytes = open(path, "rb").read()
        for hs in ("0", "4949"):
            env = dict(os.environ, PYTHONHASHSEED=hs)
            env.pop("SET49_DEBUG", None)
            subprocess.run([sys.executable, dst], cwd=tmp, env=env, check=True, stdout=subprocess.DEVNULL)
            if open(os.path.join(tmp, PART + ".json"), "rb").read() != want_bytes:
                same = False
    if not same:
        fault("make_%s.py does not reproduce %s.json byte for byte" % (PART, PART))
    # report
    print("checked %s: %d lost (%d with a true found item, %d never found), %d found (%d true, %d negative)"
          % (path, len(lost), n_truth, len(lost) - n_truth, len(found), len(used), len(neg)))
    print("negative kinds:", dict(sorted(kinds.items())), "; tempting one never-found report:", tempting)
    print("full IMEIs checked (Luhn): %d; full ID numbers checked (GB 11643): %d" % (seen["imei"], seen["id"]))
    print("pairs under different categories:", len(cross), cross)
    print("checked: keys, fields, categories, lengths, lat/lon, windows, truth links, found-after-loss-start,"
          " labels, counts, IMEI Luhn, ID check digits, no full bank card, regeneration under two PYTHONHASHSEEDs")
    if faults:
        for m in faults:
            print("FAULT:", m)
        print("%d fault(s)" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
