#!/usr/bin/env python3
"""Validate tests/lostfound/set23.json (blind labelled set 23). Exits non-zero on any fault."""
import json
import os
import re
import sys

P = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set23.json")
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
NEG = ["twin", "decoy", "before_loss", "brand_elsewhere", "unclaimed"]
STR = {"color": 60, "brand": 60, "model": 60, "serial": 60, "address": 60, "marks": 500, "body": 600}
FOUND_F = {"key", "category", "body", "found_at_min", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
           "negative"}
LOST_F = {"key", "category", "body", "lost_from_min", "lost_to_min", "color", "brand", "model", "serial", "marks", "address",
          "lat", "lon", "truth"}
MAXMIN = 172800
faults = []


def bad(msg):
    faults.append(msg)


def gb11643(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * k for c, k in zip(s[:17], w)) % 11] == s[17].upper()


def luhn(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


ID_RE = re.compile(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])")
D15_RE = re.compile(r"(?<!\d)(\d{15})(?!\d)")
IMEI_RE = re.compile(r"IMEI[^0-9]{0,4}([\d][\d \-]{13,24}\d)")


def main():
    d = json.load(open(P, encoding="utf-8"))
    checked = []
    if set(d.keys()) != {"seed", "made_by", "parts"}:
        bad("top-level keys %s" % sorted(d.keys()))
    if d.get("seed") != 20261223:
        bad("seed")
    if d.get("made_by") != "tests/lostfound/make_set23.py":
        bad("made_by")
    if list(d["parts"].keys()) != ["set23"]:
        bad("parts must be exactly set23")
    part = d["parts"]["set23"]
    found, lost = part["found"], part["lost"]
    keys = set()
    fby = {}
    ids_checked = 0
    imeis_checked = 0

    def common(x, kind, allowed, pat):
        k = x.get("key")
        if not isinstance(k, str) or not re.fullmatch(pat, k):
            bad("bad key %r" % k)
        if k in keys:
            bad("duplicate key %s" % k)
        keys.add(k)
        extra = set(x.keys()) - allowed
        if extra:
            bad("%s unknown fields %s" % (k, sorted(extra)))
        if x.get("category") not in CATS:
            bad("%s category %r" % (k, x.get("category")))
        if not isinstance(x.get("body"), str) or not x["body"].strip():
            bad("%s empty body" % k)
        for f, lim in STR.items():
            if f in x:
                if not isinstance(x[f], str) or not x[f]:
                    bad("%s %s not a non-empty string" % (k, f))
                elif len(x[f]) > lim:
                    bad("%s %s longer than %d" % (k, f, lim))
        if ("lat" in x) != ("lon" in x):
            bad("%s lat/lon not both" % k)
        if "lat" in x:
            for f in ("lat", "lon"):
                if isinstance(x[f], bool) or not isinstance(x[f], (int, float)):
                    bad("%s %s not numeric" % (k, f))
            if not (18 <= x["lat"] <= 54 and 73 <= x["lon"] <= 135):
                bad("%s lat/lon outside China" % k)
        # identifiers in all text
        nonlocal ids_checked, imeis_checked
        txt = " ".join(str(x[f]) for f in ("body", "serial", "marks", "model", "address") if f in x)
        for m in ID_RE.findall(txt):
            ids_checked += 1
            if not gb11643(m):
                bad("%s ID number %s fails GB 11643" % (k, m))
        for m in D15_RE.findall(txt):
            imeis_checked += 1
            if not luhn(m):
                bad("%s 15-digit number %s fails Luhn" % (k, m))
        for m in IMEI_RE.findall(txt):
            digits = re.sub(r"\D", "", m)
            if len(digits) == 15 and not D15_RE.fullmatch(m):
                imeis_checked += 1
                if not luhn(digits):
                    bad("%s grouped IMEI %s fails Luhn" % (k, m))
        if "serial" in x:
            s = re.sub(r"[\s\-]", "", x["serial"])
            if re.fullmatch(r"\d{15}", s) and not D15_RE.search(x["serial"]):
                imeis_checked += 1
                if not luhn(s):
                    bad("%s serial %s fails Luhn" % (k, x["serial"]))

    for x in found:
        common(x, "found", FOUND_F, r"X2-F\d{4}")
        t = x.get("found_at_min")
        if isinstance(t, bool) or not isinstance(t, int) or not 0 <= t <= MAXMIN:
            bad("%s found_at_min %r" % (x.get("key"), t))
        if "negative" in x and x["negative"] not in NEG:
            bad("%s unknown negative %r" % (x["key"], x["negative"]))
        fby[x["key"]] = x
    checked.append("found items: keys, fields, categories, lengths, lat/lon, found_at_min")
    used = {}
    for x in lost:
        common(x, "lost", LOST_F, r"X2-L\d{4}")
        a, b = x.get("lost_from_min"), x.get("lost_to_min")
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (a, b)) or not (MAXMIN >= a >= b >= 0):
            bad("%s window %r..%r" % (x.get("key"), a, b))
            continue
        if "truth" not in x:
            bad("%s has no truth field" % x["key"])
            continue
        t = x["truth"]
        if t is None:
            continue
        if t not in fby:
            bad("%s truth %s is not a found item" % (x["key"], t))
            continue
        if t in used:
            bad("%s truth %s already used by %s" % (x["key"], t, used[t]))
        used[t] = x["key"]
        f = fby[t]
        if "negative" in f:
            bad("%s truth %s is labelled negative %s" % (x["key"], t, f["negative"]))
        if f["found_at_min"] > a:
            bad("%s truth %s found before the loss began" % (x["key"], t))
    checked.append("lost reports: keys, fields, windows, truths exist/unique/after loss/not negative")
    for k, f in fby.items():
        if k not in used and f.get("negative") not in NEG:
            bad("%s is nobody's truth but has no known negative label" % k)
        if f.get("negative") == "before_loss":
            if not any(l["category"] == f["category"] and l["lost_from_min"] < f["found_at_min"] for l in lost):
                bad("%s before_loss lies before no %s loss window" % (k, f["category"]))
    checked.append("negatives labelled; before_loss items precede a loss window of their category")
    # pairs registered under different categories: rare
    mism = sum(1 for l in lost if l["truth"] and fby[l["truth"]]["category"] != l["category"])
    if mism > 5:
        bad("%d true pairs across categories (max 5)" % mism)
    # counts
    nl = len(lost)
    nt = sum(1 for l in lost if l["truth"])
    nn = nl - nt
    negc = {n: sum(1 for f in found if f.get("negative") == n) for n in NEG}
    exp = {"lost": 210, "with truth": 150, "never found": 60, "found": 300, "negatives": 150}
    got = {"lost": nl, "with truth": nt, "never found": nn, "found": len(found), "negatives": sum(negc.values())}
    for k in exp:
        if exp[k] != got[k]:
            bad("count %s: %d, expected %d" % (k, got[k], exp[k]))
    for n in NEG:
        if negc[n] < 10:
            bad("too few %s (%d)" % (n, negc[n]))
    checked.append("counts %s; negatives %s; cross-category pairs %d" % (got, negc, mism))
    checked.append("ID numbers checked (GB 11643): %d; IMEIs checked (Luhn): %d" % (ids_checked, imeis_checked))
    for c in checked:
        print("checked:", c)
    if faults:
        for f in faults[:50]:
            print("FAULT:", f)
        print("%d fault(s)" % len(faults))
        sys.exit(1)
    print("set23.json OK")


if __name__ == "__main__":
    main()
