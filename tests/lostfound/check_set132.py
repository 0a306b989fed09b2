#!/usr/bin/env python3
"""check_set132.py -- validates set132.json (exit status 1 on any fault) and prints what it checked.

Checks the layout the brief asks for, the counts of this set, the labels, the time rule for true
pairs, identifier check digits (GB 11643 for ID numbers, Luhn for IMEIs), that no full bank card
number is written, that no real brand slipped in, and that make_set132.py rebuilds the file byte
for byte under two different PYTHONHASHSEEDs.  Python 3 standard library only.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set132.json")
MAKE = os.path.join(HERE, "make_set132.py")
SEED = 132132
PART = "set132"
PFX = "S132"
N_LOST, N_FOUND, N_TRUE, N_NULL, N_NEG = 240, 270, 150, 90, 120
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
LABELS = {"same_category_colour", "found_before_loss", "same_brand_elsewhere", "lookalike_other_owner"}
MAXMIN = 172800
SHORT = ("color", "brand", "model", "serial", "address")
LOST_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon",
             "lost_from_min", "lost_to_min", "truth"}
FOUND_KEYS = {"key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon",
              "found_at_min", "negative"}
REAL_BRANDS = ["华为", "HUAWEI", "苹果", "iPhone", "Apple", "小米", "Xiaomi", "OPPO", "vivo", "荣耀", "三星", "Samsung",
               "雅迪", "爱玛", "小刀", "台铃", "绿源", "顺丰", "菜鸟", "丰巢", "京东", "中通", "圆通", "申通", "韵达",
               "周大福", "老凤祥", "周生生", "联想", "Lenovo", "工商银行", "建设银行", "农业银行", "中国银行", "岭南通",
               "奥特曼", "捷安特", "喜德胜", "永久", "凤凰牌", "七匹狼", "袋鼠"]
ALLOWED_NEAR_REAL = ["袋鼠王", "带鼠王", "袋鼠玉"]   # invented brand whose name contains a common word

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], w)) % 11] == s[17]


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


NUM = re.compile(r"(?<![0-9A-Za-z])(\d(?:[ \-]?\d){13,21}[Xx]?)(?![0-9A-Za-z])")


def scan_numbers(text, where, counts):
    for m in NUM.finditer(text):
        raw = m.group(1)
        s = re.sub(r"[ \-]", "", raw).upper()
        if len(s) == 18:
            counts["id numbers"] += 1
            if not id_ok(s):
                fault("%s: ID number %r fails GB 11643" % (where, raw))
        elif len(s) == 15 and s.isdigit():
            counts["imeis"] += 1
            if not luhn_ok(s):
                fault("%s: IMEI %r fails Luhn" % (where, raw))
        else:
            fault("%s: long number %r (full card number?)" % (where, raw))


def main():
    with open(PATH, encoding="utf-8") as fh:
        data = json.load(fh)
    checked = []
    if data.get("seed") != SEED:
        fault("seed is %r" % data.get("seed"))
    if data.get("made_by") != "tests/lostfound/make_set132.py":
        fault("made_by is %r" % data.get("made_by"))
    if sorted(data.get("parts", {}).keys()) != [PART]:
        fault("parts must hold exactly %s" % PART)
    part = data["parts"][PART]
    if sorted(part.keys()) != ["found", "lost"]:
        fault("part must hold found and lost")
    lost, found = part["lost"], part["found"]
    checked.append("top level: seed %d, made_by, one part %s" % (SEED, PART))

    def common(r, kind, allowed):
        k = r.get("key", "?")
        extra = sorted(set(r) - allowed)
        if extra:
            fault("%s: unknown fields %s" % (k, extra))
        if r.get("category") not in CATS:
            fault("%s: category %r" % (k, r.get("category")))
        b = r.get("body")
        if not isinstance(b, str) or not b.strip() or len(b) > 600:
            fault("%s: body missing or longer than 600" % k)
        for f in SHORT:
            if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60):
                fault("%s: %s empty, not text or longer than 60" % (k, f))
        if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
            fault("%s: marks empty or longer than 500" % k)
        if ("lat" in r) != ("lon" in r):
            fault("%s: lat and lon must come together" % k)
        if "lat" in r:
            la, lo = r["lat"], r["lon"]
            if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)) \
                    or not (18.0 <= la <= 54.0 and 73.0 <= lo <= 135.0):
                fault("%s: lat/lon %r,%r not in China" % (k, la, lo))
        for f in ("body", "marks", "serial", "color", "brand", "model", "address"):
            if isinstance(r.get(f), str):
                scan_numbers(r[f], "%s.%s" % (k, f), numbers)
                for rb in REAL_BRANDS:
                    t = r[f]
                    for ok in ALLOWED_NEAR_REAL:
                        t = t.replace(ok, "")
                    if rb.lower() in t.lower():
                        fault("%s.%s: real brand or name %r" % (k, f, rb))

    numbers = Counter()
    # keys
    lk = [r.get("key") for r in lost]
    fk = [r.get("key") for r in found]
    if lk != ["%s-L%04d" % (PFX, i) for i in range(1, len(lost) + 1)]:
        fault("lost keys are not %s-L0001.. in order" % PFX)
    if fk != ["%s-F%04d" % (PFX, i) for i in range(1, len(found) + 1)]:
        fault("found keys are not %s-F0001.. in order" % PFX)
    checked.append("keys %s-L0001..L%04d and %s-F0001..F%04d, unique and in order" % (PFX, len(lost), PFX, len(found)))
    fmap = {r["key"]: r for r in found}
    for r in lost:
        common(r, "lost", LOST_KEYS)
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (isinstance(a, int) and isinstance(b, int) and MAXMIN >= a >= b >= 0):
            fault("%s: loss window %r..%r" % (r.get("key"), a, b))
        if "truth" not in r:
            fault("%s: truth missing" % r.get("key"))
    for r in found:
        common(r, "found", FOUND_KEYS)
        t = r.get("found_at_min")
        if not (isinstance(t, int) and 0 <= t <= MAXMIN):
            fault("%s: found_at_min %r" % (r.get("key"), t))
    checked.append("fields: categories from the catalogue, body <= 600, short fields <= 60, marks <= 500, "
                   "lat/lon both or neither and inside China, 0 <= found_at_min <= %d, "
                   "%d >= lost_from_min >= lost_to_min >= 0" % (MAXMIN, MAXMIN))
    # truth
    used = Counter()
    cross = 0
    for r in lost:
        t = r.get("truth")
        if t is None:
            continue
        if t not in fmap:
            fault("%s: truth %r is not a found key" % (r["key"], t))
            continue
        used[t] += 1
        f = fmap[t]
        if f["found_at_min"] > r["lost_from_min"]:
            fault("%s: its item %s was found before the loss began" % (r["key"], t))
        if f["category"] != r["category"]:
            cross += 1
    for t, n in sorted(used.items()):
        if n > 1:
            fault("%s is the truth of %d reports" % (t, n))
    if cross > 5:
        fault("%d pairs sit under different categories (at most 5)" % cross)
    for f in found:
        if f["key"] in used:
            if "negative" in f:
                fault("%s is a truth but carries a negative label" % f["key"])
        else:
            if f.get("negative") not in LABELS:
                fault("%s is nobody's truth but its negative label is %r" % (f["key"], f.get("negative")))
    checked.append("truths: each a found key, found at or after the start of the loss window, at most one report "
                   "per found item; %d pairs across categories (<= 5)" % cross)
    n_true = sum(1 for r in lost if r.get("truth") is not None)
    n_null = len(lost) - n_true
    labels = Counter(f.get("negative") for f in found if "negative" in f)
    for what, got, want in (("lost reports", len(lost), N_LOST), ("found items", len(found), N_FOUND),
                            ("lost reports with a truth", n_true, N_TRUE), ("lost reports never handed in", n_null, N_NULL),
                            ("hard negatives", sum(labels.values()), N_NEG)):
        if got != want:
            fault("%s: %d, expected %d" % (what, got, want))
    checked.append("counts: %d lost (%d with a truth, %d null), %d found (%d hard negatives)"
                   % (len(lost), n_true, n_null, len(found), sum(labels.values())))
    checked.append("negatives by label: " + ", ".join("%s %d" % kv for kv in sorted(labels.items())))
    checked.append("identifiers: %d ID numbers pass GB 11643, %d IMEIs pass Luhn, no other long digit runs "
                   "(no full bank card numbers); no real brand names" % (numbers["id numbers"], numbers["imeis"]))
    # determinism
    with open(PATH, "rb") as fh:
        want = fh.read()
    with tempfile.TemporaryDirectory() as td:
        for hs in ("0", "4242"):
            out = os.path.join(td, "s%s.json" % hs)
            env = dict(os.environ, PYTHONHASHSEED=hs)
            subprocess.run([sys.executable, MAKE, out], check=True, env=env, stdout=subprocess.DEVNULL)
            with open(out, "rb") as fh:
                if fh.read() != want:
                    fault("make_set132.py under PYTHONHASHSEED=%s does not rebuild set132.json byte for byte" % hs)
    checked.append("make_set132.py rebuilds set132.json byte for byte under PYTHONHASHSEED=0 and 4242")
    cats = Counter(r["category"] for r in lost)
    checked.append("lost by category: " + ", ".join("%s %d" % kv for kv in sorted(cats.items())))
    for c in checked:
        print("checked:", c)
    if faults:
        for f in faults[:60]:
            print("FAULT:", f)
        print("%d fault(s)" % len(faults))
        sys.exit(1)
    print("set132.json: all checks passed")


if __name__ == "__main__":
    main()
