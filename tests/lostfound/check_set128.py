# -*- coding: utf-8 -*-
"""Validate tests/lostfound/set128.json against the brief's rules. Exit 1 on any fault."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set128.json")
PFX = "S128"
SIZES = {"true": 150, "never": 90, "neg": 120}
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
NEGS = {"near_twin", "same_category_colour", "found_before_loss", "same_brand_elsewhere"}
TEXT60 = ("color", "brand", "model", "serial", "address")
COMMON = {"key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon"}
LOST_F = COMMON | {"lost_from_min", "lost_to_min", "truth"}
FOUND_F = COMMON | {"found_at_min", "negative"}
MAXMIN = 172800

faults = []


def fault(msg):
    faults.append(msg)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_ok(v):
    return "10X98765432"[sum(int(a) * b for a, b in zip(v[:17], W)) % 11] == v[17].upper()


NUM = re.compile(r"(?<![A-Za-z0-9])\d[\d \-]{9,26}[\dXx]")


def scan_numbers(key, text):
    """Every long number in the text: IDs must carry a valid check digit, IMEIs a Luhn digit,
    and no full bank card (16-19 digits) may appear."""
    n = 0
    for m in NUM.finditer(text):
        raw = m.group(0)
        s = raw.replace(" ", "").replace("-", "")
        if not re.fullmatch(r"\d+[Xx]?", s):
            continue
        if len(s) == 18:
            n += 1
            if not id_ok(s):
                fault("%s: ID number %s has a wrong check digit" % (key, raw))
        elif len(s) == 15 and s.isdigit():
            n += 1
            if not luhn_ok(s):
                fault("%s: IMEI %s fails Luhn" % (key, raw))
        elif 16 <= len(s) <= 19 and s.isdigit():
            fault("%s: a full card-like number %s" % (key, raw))
    return n


def text_of(r):
    return " ".join(str(r.get(f, "")) for f in ("body", "serial", "marks", "model", "brand", "address"))


def check_common(r, kind):
    k = r.get("key", "?")
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (k, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % k)
    for f in TEXT60:
        if f in r and (not isinstance(r[f], str) or not r[f] or len(r[f]) > 60):
            fault("%s: field %s empty, not text or longer than 60" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"] or len(r["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat and lon must come together" % k)
    if "lat" in r:
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(x, (int, float)) for x in (la, lo)) or not (18 <= la <= 54 and 73 <= lo <= 135):
            fault("%s: lat/lon outside China" % k)
    allowed = LOST_F if kind == "lost" else FOUND_F
    extra = sorted(set(r) - allowed)
    if extra:
        fault("%s: unknown fields %s" % (k, extra))
    return scan_numbers(k, text_of(r))


def main():
    with open(PATH, encoding="utf-8") as fh:
        raw = fh.read()
    d = json.loads(raw)
    if d.get("seed") != 128128:
        fault("seed is not 128128")
    if d.get("made_by") != "tests/lostfound/make_set128.py":
        fault("made_by is wrong")
    if sorted(d.get("parts", {})) != ["set128"]:
        fault("parts must hold exactly set128")
    part = d["parts"]["set128"]
    found, lost = part["found"], part["lost"]
    nums = 0
    fkeys = [f["key"] for f in found]
    lkeys = [l["key"] for l in lost]
    if fkeys != ["%s-F%04d" % (PFX, i + 1) for i in range(len(found))]:
        fault("found keys are not S128-F0001.. in order")
    if lkeys != ["%s-L%04d" % (PFX, i + 1) for i in range(len(lost))]:
        fault("lost keys are not S128-L0001.. in order")
    F = {f["key"]: f for f in found}
    for f in found:
        nums += check_common(f, "found")
        fa = f.get("found_at_min")
        if not isinstance(fa, int) or isinstance(fa, bool) or not 0 <= fa <= MAXMIN:
            fault("%s: found_at_min out of range" % f["key"])
        if "negative" in f and f["negative"] not in NEGS:
            fault("%s: unknown negative label %r" % (f["key"], f["negative"]))
    used = {}
    cross = 0
    for l in lost:
        nums += check_common(l, "lost")
        lf, lt = l.get("lost_from_min"), l.get("lost_to_min")
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (lf, lt)) or not (MAXMIN >= lf >= lt >= 0):
            fault("%s: loss window wrong" % l["key"])
            continue
        if "truth" not in l:
            fault("%s: truth missing" % l["key"])
            continue
        t = l["truth"]
        if t is None:
            continue
        if t not in F:
            fault("%s: truth %s is not a found key" % (l["key"], t))
            continue
        if t in used:
            fault("%s: found %s is already the truth of %s" % (l["key"], t, used[t]))
        used[t] = l["key"]
        f = F[t]
        if "negative" in f:
            fault("%s: its truth %s is labelled negative" % (l["key"], t))
        if f["found_at_min"] > lf:
            fault("%s: truth %s found before the loss began" % (l["key"], t))
        if f["category"] != l["category"]:
            cross += 1
    n_true = sum(1 for l in lost if l.get("truth"))
    n_never = sum(1 for l in lost if l.get("truth") is None)
    negs = [f for f in found if "negative" in f]
    unlabelled = [f["key"] for f in found if "negative" not in f and f["key"] not in used]
    if unlabelled:
        fault("found items neither truth nor negative: %s" % unlabelled[:5])
    if n_true != SIZES["true"] or n_never != SIZES["never"] or len(negs) != SIZES["neg"]:
        fault("sizes: %d true, %d never, %d negatives (want %d/%d/%d)" % (
            n_true, n_never, len(negs), SIZES["true"], SIZES["never"], SIZES["neg"]))
    if len(found) != SIZES["true"] + SIZES["neg"]:
        fault("found count %d" % len(found))
    if cross > 5:
        fault("%d cross-category pairs (at most 5)" % cross)
    # honesty: no long code printed on a negative may appear in any lost report
    lost_text = re.sub(r"[\s\-:]", "", " ".join(text_of(l) for l in lost)).upper()
    leak = 0
    for f in negs:
        codes = " ".join(str(f.get(x, "")) for x in ("body", "serial", "marks"))
        for tok in re.findall(r"[A-Za-z0-9]{6,}", re.sub(r"[\s\-:]", "", codes)):
            if (sum(ch.isdigit() for ch in tok) >= 4 and not re.fullmatch(r"\d+(mAh|ml)", tok, re.I)
                    and tok.upper() in lost_text):
                leak += 1
                fault("%s (negative) shares code %s with a lost report" % (f["key"], tok))
    by = {}
    for f in negs:
        by[f["negative"]] = by.get(f["negative"], 0) + 1
    cats = {}
    for l in lost:
        c = cats.setdefault(l["category"], [0, 0, 0])
        c[0 if l["truth"] else 1] += 1
    for f in negs:
        cats.setdefault(f["category"], [0, 0, 0])[2] += 1
    print("checked %s" % PATH)
    print("  %d lost reports (%d with a true found item, %d never handed in), %d found items (%d negatives)"
          % (len(lost), n_true, n_never, len(found), len(negs)))
    print("  keys, categories, field lengths, lat/lon, windows, found-after-loss-start, one truth per item")
    print("  %d long numbers checked (GB 11643 check digits, IMEI Luhn, no full card numbers)" % nums)
    print("  cross-category pairs: %d; negative codes found in lost reports: %d" % (cross, leak))
    print("  negatives: " + ", ".join("%s %d" % kv for kv in sorted(by.items())))
    print("  by category (true / never / negatives): " +
          ", ".join("%s %d/%d/%d" % (k, *v) for k, v in sorted(cats.items())))
    if faults:
        for m in faults[:50]:
            print("FAULT:", m)
        print("%d fault(s)" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
