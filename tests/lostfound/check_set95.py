"""Validate tests/lostfound/set95.json; exit non-zero on any fault.

Run from the worktree root:  python3 tests/lostfound/check_set95.py
"""
import collections
import json
import os
import re
import sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set95.json")
CATS = ("id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other")
OPT = {"color": 60, "brand": 60, "model": 60, "serial": 60, "address": 60, "marks": 500}
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
faults = []


def fault(msg):
    faults.append(msg)


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        v = int(c) * (2 if i % 2 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def common(r, kind):
    k = r.get("key", "?")
    allowed = {"key", "category", "body", "lat", "lon"} | set(OPT) | (
        {"lost_from_min", "lost_to_min", "truth"} if kind == "lost" else {"found_at_min", "negative"})
    for f in r:
        if f not in allowed:
            fault("%s: unexpected field %s" % (k, f))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (k, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % k)
    for f, lim in OPT.items():
        if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > lim):
            fault("%s: field %s empty or longer than %d" % (k, f, lim))
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat without lon" % k)
    if "lat" in r and not (18.0 <= r["lat"] <= 53.6 and 73.5 <= r["lon"] <= 135.1):
        fault("%s: lat/lon outside China" % k)
    text = " ".join(str(r.get(f, "")) for f in ("body", "serial", "marks"))
    for m in re.findall(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])", text.replace(" ", "")):
        w = m.upper()
        if "10X98765432"[sum(int(c) * x for c, x in zip(w[:17], ID_W)) % 11] != w[17]:
            fault("%s: ID number %s has a wrong check digit" % (k, m))
    for m in re.findall(r"(?<!\d)\d{15}(?!\d)", re.sub(r"(?<=\d)[ -](?=\d)", "", text)):
        if not luhn_ok(m):
            fault("%s: 15-digit number %s fails Luhn" % (k, m))
    for m in re.findall(r"(?<!\d)\d{16,19}(?![\dXx])", text.replace(" ", "")):
        if len(m) != 18:
            fault("%s: a full card-like number %s" % (k, m))


def main():
    with open(PATH, encoding="utf-8") as fh:
        raw = fh.read()
    doc = json.loads(raw)
    if doc.get("seed") != 9595 or doc.get("made_by") != "tests/lostfound/make_set95.py" or list(doc.get("parts", {})) != ["set95"]:
        fault("top level: seed, made_by or parts wrong")
    part = doc["parts"]["set95"]
    found, lost = part["found"], part["lost"]
    fk = [f["key"] for f in found]
    lk = [r["key"] for r in lost]
    if fk != ["S95-F%04d" % (i + 1) for i in range(len(found))] or lk != ["S95-L%04d" % (i + 1) for i in range(len(lost))]:
        fault("keys are not S95-F0001.. / S95-L0001.. in order")
    fmap = {f["key"]: f for f in found}
    for f in found:
        common(f, "found")
        t = f.get("found_at_min")
        if not isinstance(t, int) or not 0 <= t <= 172800:
            fault("%s: found_at_min out of range" % f["key"])
    used = collections.Counter()
    cross = 0
    for r in lost:
        common(r, "lost")
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (isinstance(a, int) and isinstance(b, int) and 172800 >= a >= b >= 0):
            fault("%s: loss window wrong" % r["key"])
        t = r.get("truth", "missing")
        if t == "missing":
            fault("%s: no truth field" % r["key"])
        elif t is not None:
            f = fmap.get(t)
            if not f:
                fault("%s: truth %s not a found key" % (r["key"], t))
                continue
            used[t] += 1
            if "negative" in f:
                fault("%s: truth %s is labelled negative" % (r["key"], t))
            if f["found_at_min"] > a:
                fault("%s: truth found before the loss began" % r["key"])
            if f["category"] != r["category"]:
                cross += 1
    for t, n in used.items():
        if n > 1:
            fault("%s is the truth of %d reports" % (t, n))
    if cross > 5:
        fault("%d cross-category pairs (max 5)" % cross)
    orphans = [f["key"] for f in found if f["key"] not in used and "negative" not in f]
    if orphans:
        fault("found items that are nobody's truth and carry no negative label: %s" % orphans[:5])
    for f in found:
        if "negative" in f and f["key"] in used:
            fault("%s: labelled negative but is a truth" % f["key"])
    n_true = sum(1 for r in lost if r["truth"])
    negs = collections.Counter(f["negative"] for f in found if "negative" in f)
    if (n_true, len(lost) - n_true, sum(negs.values())) != (150, 90, 120):
        fault("counts %d/%d/%d, expected 150/90/120" % (n_true, len(lost) - n_true, sum(negs.values())))
    cats = collections.Counter(r["category"] for r in lost)
    print("checked %s" % PATH)
    print("  %d found items (%d true, %d negatives: %s)" % (len(found), len(used), sum(negs.values()),
          ", ".join("%s %d" % kv for kv in sorted(negs.items()))))
    print("  %d lost reports (%d with a truth, %d never handed in), %d cross-category pairs" % (len(lost), n_true, len(lost) - n_true, cross))
    print("  lost by category: " + ", ".join("%s %d" % (c, cats[c]) for c in CATS))
    print("  checked: fields and lengths, categories, keys, lat/lon in China, windows, truth links and times,")
    print("           one truth per found item, negative labels, ID check digits, IMEI Luhn, no full card numbers")
    if faults:
        for m in faults[:50]:
            print("FAULT: " + m)
        print("%d fault(s)" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
