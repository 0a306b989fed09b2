#!/usr/bin/env python3
"""Validate tests/lostfound/set18.json (format, labels, times, identity check digits, counts).

Exits non-zero on any fault and prints what it checked.  python3 standard library only.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set18.json")

CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
NEG = ["twin", "decoy", "before_loss", "brand_elsewhere", "unclaimed"]
STR60 = ["color", "brand", "model", "serial", "address"]
FOUND_FIELDS = {"key", "category", "body", "found_at_min", "color", "brand", "model", "serial", "marks", "address",
                "lat", "lon", "negative"}
LOST_FIELDS = {"key", "category", "body", "lost_from_min", "lost_to_min", "color", "brand", "model", "serial", "marks",
               "address", "lat", "lon", "truth"}
MAXMIN = 172800
EXPECT = {"lost": 210, "lost_truth": 150, "lost_never": 60, "found": 300, "found_true": 150,
          "neg": {"twin": 35, "decoy": 40, "before_loss": 20, "brand_elsewhere": 20, "unclaimed": 35},
          "max_cross": 5}

faults = []


def fault(msg):
    faults.append(msg)


GB_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
GB_C = "10X98765432"


def gb_ok(s):
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return GB_C[sum(int(c) * w for c, w in zip(s[:17], GB_W)) % 11] == s[17]


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


# a run of digits, possibly grouped by single spaces or hyphens, ending in a digit or X/x,
# not glued to ASCII letters or digits on either side
RUN = re.compile(r"(?<![0-9A-Za-z])(\d(?:[ \-]?\d)*(?:[ \-]?[Xx])?)(?![0-9A-Za-z])")


def numbers_in(text):
    for m in RUN.finditer(text):
        yield re.sub(r"[ \-]", "", m.group(1))


def main():
    try:
        with open(PATH, encoding="utf-8") as fh:
            data = json.load(fh)
    except Exception as e:  # noqa: BLE001
        print("cannot read %s: %s" % (PATH, e))
        return 1
    checked = []
    if set(data) != {"seed", "made_by", "parts"}:
        fault("top-level keys %s" % sorted(data))
    if data.get("seed") != 20261218:
        fault("seed %r" % data.get("seed"))
    if data.get("made_by") != "tests/lostfound/make_set18.py":
        fault("made_by %r" % data.get("made_by"))
    parts = data.get("parts", {})
    if list(parts) != ["set18"] or set(parts["set18"]) != {"found", "lost"}:
        fault("parts layout %r" % {k: list(v) for k, v in parts.items()})
        print("\n".join(faults))
        return 1
    found = parts["set18"]["found"]
    lost = parts["set18"]["lost"]
    checked.append("top-level layout, seed, made_by")

    keys = Counter()
    fkeys = {}
    for f in found:
        k = f.get("key")
        keys[k] += 1
        if not isinstance(k, str) or not re.fullmatch(r"R-F\d{4}", k):
            fault("bad found key %r" % k)
        fkeys[k] = f
    for L in lost:
        k = L.get("key")
        keys[k] += 1
        if not isinstance(k, str) or not re.fullmatch(r"R-L\d{4}", k):
            fault("bad lost key %r" % k)
    for k, n in keys.items():
        if n > 1:
            fault("key %s used %d times" % (k, n))
    checked.append("keys unique and well-formed (R-F####, R-L####)")

    def common(x, allowed, what):
        extra = set(x) - allowed
        if extra:
            fault("%s %s: unknown fields %s" % (what, x.get("key"), sorted(extra)))
        if x.get("category") not in CATS:
            fault("%s %s: category %r" % (what, x.get("key"), x.get("category")))
        b = x.get("body")
        if not isinstance(b, str) or not b.strip() or len(b) > 600:
            fault("%s %s: body missing or over 600" % (what, x.get("key")))
        for s in STR60:
            if s in x and (not isinstance(x[s], str) or not x[s] or len(x[s]) > 60):
                fault("%s %s: %s not a 1..60 string" % (what, x.get("key"), s))
        if "marks" in x and (not isinstance(x["marks"], str) or not x["marks"] or len(x["marks"]) > 500):
            fault("%s %s: marks not a 1..500 string" % (what, x.get("key")))
        if ("lat" in x) != ("lon" in x):
            fault("%s %s: lat/lon not both" % (what, x.get("key")))
        if "lat" in x:
            la, lo = x["lat"], x["lon"]
            if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (la, lo)):
                fault("%s %s: lat/lon not numeric" % (what, x.get("key")))
            elif not (18 <= la <= 54 and 73 <= lo <= 135):
                fault("%s %s: lat/lon outside China" % (what, x.get("key")))

    for f in found:
        common(f, FOUND_FIELDS, "found")
        t = f.get("found_at_min")
        if not isinstance(t, int) or isinstance(t, bool) or not (0 <= t <= MAXMIN):
            fault("found %s: found_at_min %r" % (f.get("key"), t))
        if "negative" in f and f["negative"] not in NEG:
            fault("found %s: unknown negative label %r" % (f.get("key"), f["negative"]))
    for L in lost:
        common(L, LOST_FIELDS, "lost")
        a, b = L.get("lost_from_min"), L.get("lost_to_min")
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (a, b)) or not (MAXMIN >= a >= b >= 0):
            fault("lost %s: window %r..%r" % (L.get("key"), a, b))
        if "truth" not in L:
            fault("lost %s: no truth field" % L.get("key"))
    checked.append("only known fields; categories; body<=600, strings<=60, marks<=500; lat/lon both, numeric")
    checked.append("times: 0 <= found_at_min <= %d; %d >= lost_from >= lost_to >= 0" % (MAXMIN, MAXMIN))

    used = Counter()
    cross = 0
    for L in lost:
        t = L.get("truth")
        if t is None:
            continue
        f = fkeys.get(t)
        if f is None:
            fault("lost %s: truth %s is not a found item" % (L["key"], t))
            continue
        used[t] += 1
        if "negative" in f:
            fault("lost %s: truth %s is labelled negative %s" % (L["key"], t, f["negative"]))
        if not (f["found_at_min"] <= L["lost_from_min"]):
            fault("lost %s: truth %s found before the loss began" % (L["key"], t))
        if f["category"] != L["category"]:
            cross += 1
    for t, n in used.items():
        if n > 1:
            fault("found %s is the truth of %d reports" % (t, n))
    for f in found:
        if f["key"] not in used and "negative" not in f:
            fault("found %s is nobody's truth and has no negative label" % f["key"])
    if cross > EXPECT["max_cross"]:
        fault("%d true pairs across categories (max %d)" % (cross, EXPECT["max_cross"]))
    checked.append("truths exist, are found items, used once, found after the loss began, never labelled negative; "
                   "other found items labelled (%d cross-category pairs)" % cross)

    for f in found:
        if f.get("negative") == "before_loss":
            if not any(L["category"] == f["category"] and f["found_at_min"] > L["lost_from_min"] for L in lost):
                fault("found %s: before_loss but not before any %s loss window" % (f["key"], f["category"]))
    checked.append("each before_loss item lies before some loss window of its category")

    n_id = n_imei = 0
    for x in found + lost:
        for fld in ("body", "serial", "marks", "model", "brand", "address"):
            v = x.get(fld)
            if not isinstance(v, str):
                continue
            for num in numbers_in(v):
                if len(num) == 18 and re.fullmatch(r"\d{17}[\dXx]", num):
                    n_id += 1
                    if not gb_ok(num):
                        fault("%s %s: ID number %s fails GB 11643" % ("found" if "negative" in x or "found_at_min" in x else "lost", x["key"], num))
                elif len(num) == 15 and num.isdigit():
                    n_imei += 1
                    if not luhn_ok(num):
                        fault("%s: 15-digit number %s fails Luhn" % (x["key"], num))
                elif len(num) in (16, 17, 19) and num.isdigit():
                    fault("%s: unmasked %d-digit number %s (bank card?)" % (x["key"], len(num), num))
    checked.append("%d full ID numbers pass GB 11643, %d full IMEIs pass Luhn, no full bank card numbers" % (n_id, n_imei))

    nl = len(lost)
    nt = sum(1 for L in lost if L.get("truth") is not None)
    nf = len(found)
    neg = Counter(f["negative"] for f in found if "negative" in f)
    if nl != EXPECT["lost"] or nt != EXPECT["lost_truth"] or nl - nt != EXPECT["lost_never"]:
        fault("lost counts %d (%d with truth, %d never)" % (nl, nt, nl - nt))
    if nf != EXPECT["found"] or nf - sum(neg.values()) != EXPECT["found_true"]:
        fault("found counts %d (%d true)" % (nf, nf - sum(neg.values())))
    for lab, n in EXPECT["neg"].items():
        if neg.get(lab, 0) != n:
            fault("negative %s: %d, expected %d" % (lab, neg.get(lab, 0), n))
    checked.append("counts: lost %d (%d true, %d never), found %d (%d true; %s)" % (
        nl, nt, nl - nt, nf, nf - sum(neg.values()), ", ".join("%s %d" % (k, neg.get(k, 0)) for k in NEG)))

    for c in checked:
        print("ok  " + c if not faults else "    " + c)
    if faults:
        print("\n%d fault(s):" % len(faults))
        for m in faults[:200]:
            print("  " + m)
        return 1
    print("set18.json: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
