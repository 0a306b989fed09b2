#!/usr/bin/env python3
"""Validate set98.json (exit 1 on any fault) and print what was checked and the counts."""
import collections
import hashlib
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set98.json")
SEED, PFX, PART = 9898, "S98", "set98"
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
NEG_KINDS = ["same_cat_color", "near_twin", "found_before_loss", "same_brand_elsewhere", "namesake", "one_detail"]
SHORT = ["color", "brand", "model", "serial", "address"]
MAXMIN = 172800

faults = []


def fault(msg):
    faults.append(msg)


def gb_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * k for c, k in zip(s[:17], w)) % 11] == s[17].upper()


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


NUMRUN = re.compile(r"(?<![0-9A-Za-z*])\d[\d \-]{10,24}[\dXx](?![0-9A-Za-z*])")


def identifiers(rec):
    """full ID numbers, IMEIs and plates written anywhere in a record."""
    text = " ".join(str(rec.get(k, "")) for k in ("body", "serial", "marks"))
    ids, imeis, longs = set(), set(), []
    for m in NUMRUN.finditer(text):
        raw = m.group(0)
        d = re.sub(r"[ \-]", "", raw)
        if len(d) == 18 and d[:17].isdigit():
            ids.add(d.upper())
        elif len(d) == 15 and d.isdigit():
            imeis.add(d)
        elif d.isdigit() and len(d) >= 16:
            longs.append(raw)
    plates = set(re.sub(r"[ ·\-]", "", p) for p in re.findall(r"湾[ABCD][ ·\-]?\d{5}", text))
    return ids, imeis, plates, longs


def main():
    with open(PATH, encoding="utf-8") as fh:
        raw = fh.read()
    data = json.loads(raw)
    checked = []
    if data.get("seed") != SEED or data.get("made_by") != "tests/lostfound/make_set98.py":
        fault("seed/made_by wrong")
    if sorted(data.get("parts", {})) != [PART]:
        fault("parts must hold exactly %s" % PART)
    part = data["parts"][PART]
    if sorted(part) != ["found", "lost"]:
        fault("part must hold found and lost")
    found, lost = part["found"], part["lost"]
    checked.append("top level: seed %d, made_by, one part %s" % (SEED, PART))

    fk = {}
    for n, f in enumerate(found, 1):
        k = f.get("key")
        if k != "%s-F%04d" % (PFX, n):
            fault("found key %r out of sequence" % k)
        fk[k] = f
    lk = {}
    for n, l in enumerate(lost, 1):
        k = l.get("key")
        if k != "%s-L%04d" % (PFX, n):
            fault("lost key %r out of sequence" % k)
        lk[k] = l
    checked.append("keys %s-L0001.. and %s-F0001.. in sequence, unique" % (PFX, PFX))

    def common(r, allowed):
        k = r.get("key")
        extra = set(r) - allowed
        if extra:
            fault("%s: unknown fields %s" % (k, sorted(extra)))
        if r.get("category") not in CATS:
            fault("%s: bad category %r" % (k, r.get("category")))
        b = r.get("body")
        if not isinstance(b, str) or not b.strip() or len(b) > 600:
            fault("%s: body empty or > 600" % k)
        for fld in SHORT:
            if fld in r and (not isinstance(r[fld], str) or not r[fld].strip() or len(r[fld]) > 60):
                fault("%s: %s empty or > 60" % (k, fld))
        if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
            fault("%s: marks empty or > 500" % k)
        if ("lat" in r) != ("lon" in r):
            fault("%s: lat without lon" % k)
        if "lat" in r:
            la, lo = r["lat"], r["lon"]
            if not (isinstance(la, (int, float)) and isinstance(lo, (int, float)) and 18 <= la <= 54 and 73 <= lo <= 135):
                fault("%s: lat/lon outside China" % k)
        ids, imeis, plates, longs = identifiers(r)
        for i in ids:
            if not gb_ok(i):
                fault("%s: ID number %s fails GB 11643" % (k, i))
        for i in imeis:
            if not luhn_ok(i):
                fault("%s: IMEI %s fails Luhn" % (k, i))
        if longs:
            fault("%s: long digit run (a full card number?) %s" % (k, longs))
        return ids, imeis, plates

    base = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon"}
    fid = {}
    for f in found:
        fid[f["key"]] = common(f, base | {"found_at_min", "negative"})
        t = f.get("found_at_min")
        if not isinstance(t, int) or not 0 <= t <= MAXMIN:
            fault("%s: found_at_min %r" % (f["key"], t))
        if "negative" in f and f["negative"] not in NEG_KINDS:
            fault("%s: unknown negative kind %r" % (f["key"], f["negative"]))
    lid = {}
    for l in lost:
        lid[l["key"]] = common(l, base | {"lost_from_min", "lost_to_min", "truth"})
        a, b = l.get("lost_from_min"), l.get("lost_to_min")
        if not (isinstance(a, int) and isinstance(b, int) and MAXMIN >= a >= b >= 0):
            fault("%s: loss window %r..%r" % (l["key"], a, b))
        if "truth" not in l:
            fault("%s: no truth field" % l["key"])
    checked.append("fields, lengths (body<=600, short<=60, marks<=500), lat/lon pairs inside China, times in 0..%d" % MAXMIN)
    checked.append("every 18-digit ID passes GB 11643, every 15-digit IMEI passes Luhn, no full card numbers")

    used = collections.Counter()
    xcat = 0
    for l in lost:
        t = l.get("truth")
        if t is None:
            continue
        if t not in fk:
            fault("%s: truth %s not a found key" % (l["key"], t))
            continue
        used[t] += 1
        f = fk[t]
        if "negative" in f:
            fault("%s: truth %s is labelled negative" % (l["key"], t))
        if f["found_at_min"] > l["lost_from_min"]:
            fault("%s: truth found before the loss began" % l["key"])
        if f["category"] != l["category"]:
            xcat += 1
        # honest labels: identifiers written in full on both sides must agree
        li, lm, lp = lid[l["key"]]
        fi, fm, fp = fid[t]
        if li and fi and not (li & fi):
            fault("%s/%s: different full ID numbers" % (l["key"], t))
        if lm and fm and not (lm & fm):
            fault("%s/%s: different IMEIs" % (l["key"], t))
        if lp and fp and not (lp & fp):
            fault("%s/%s: different plates" % (l["key"], t))
    for k, c in used.items():
        if c > 1:
            fault("%s is the truth of %d reports" % (k, c))
    for f in found:
        if f["key"] not in used and "negative" not in f:
            fault("%s: neither a truth nor a labelled negative" % f["key"])
    if xcat > 5:
        fault("%d cross-category pairs (max 5)" % xcat)
    checked.append("truths exist, each found item is the truth of at most one report, truths found at/after loss start")
    checked.append("every found item is a truth or a labelled negative; %d cross-category pairs (<= 5)" % xcat)

    # a negative must not carry a full identifier that some lost report carries
    lost_ids = set()
    lost_imeis = set()
    lost_plates = set()
    for k, (i, m, p) in lid.items():
        lost_ids |= i
        lost_imeis |= m
        lost_plates |= p
    for f in found:
        if "negative" in f:
            i, m, p = fid[f["key"]]
            if (i & lost_ids) or (m & lost_imeis) or (p & lost_plates):
                fault("%s: negative shares a full identifier with a lost report" % f["key"])
    checked.append("no negative carries a full ID/IMEI/plate that any lost report carries")

    # determinism under different hash seeds
    digest = hashlib.sha256(raw.encode("utf-8")).hexdigest()
    code = ("import json,hashlib,make_set98;"
            "print(hashlib.sha256((json.dumps(make_set98.build(),ensure_ascii=False,indent=1)+'\\n')"
            ".encode('utf-8')).hexdigest())")
    for hs in ("0", "4242", "random"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], cwd=HERE, env=env, capture_output=True, text=True)
        if out.returncode != 0 or out.stdout.strip() != digest:
            fault("rebuild under PYTHONHASHSEED=%s differs from set98.json %s" % (hs, out.stderr[-300:]))
    checked.append("rebuilding under PYTHONHASHSEED=0, 4242, random gives the file byte for byte")

    # counts
    pairs = sum(1 for l in lost if l["truth"])
    never = len(lost) - pairs
    negs = collections.Counter(f["negative"] for f in found if "negative" in f)
    for k in checked:
        print("ok  " + k)
    print()
    print("lost %d (pairs %d, never found %d); found %d (truths %d, negatives %d)" % (
        len(lost), pairs, never, len(found), len(used), sum(negs.values())))
    print("negatives by kind: " + ", ".join("%s %d" % (k, negs[k]) for k in NEG_KINDS))
    print()
    print("%-12s %5s %5s %6s %6s" % ("category", "pairs", "never", "found", "neg"))
    for c in CATS:
        print("%-12s %5d %5d %6d %6d" % (c, sum(1 for l in lost if l["category"] == c and l["truth"]),
                                       sum(1 for l in lost if l["category"] == c and not l["truth"]),
                                       sum(1 for f in found if f["category"] == c),
                                       sum(1 for f in found if f["category"] == c and "negative" in f)))
    fill = collections.Counter()
    for r in lost + found:
        for fld in SHORT + ["marks", "lat"]:
            if fld in r:
                fill[fld] += 1
    print()
    print("fields filled (of %d records): " % (len(lost) + len(found)) + ", ".join("%s %d" % (k, fill[k]) for k in SHORT + ["marks", "lat"]))
    if faults:
        print()
        for m in faults:
            print("FAULT " + m)
        print("%d faults" % len(faults))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
