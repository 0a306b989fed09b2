"""Validate set100.json against the brief. Exit non-zero on any fault; print what was checked.

python3 tests/lostfound/check_set100.py [path]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PFX, PART, SEED = "S100", "set100", 10100
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
NEG_KINDS = {"same_look", "found_before", "same_brand_elsewhere", "namesake", "one_detail"}
SHORT = ["color", "brand", "model", "serial", "address"]
COMMON = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon"}
LOST_F = COMMON | {"lost_from_min", "lost_to_min", "truth"}
FOUND_F = COMMON | {"found_at_min", "negative"}
MAXMIN = 172800
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    s = s.upper()
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], W)) % 11] == s[17]


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


ID_RE = re.compile(r"(?<![0-9])(\d{17}[\dXx])(?![0-9A-Za-z])")
RUN_RE = re.compile(r"(?<![0-9A-Za-z])(\d[\d -]{13,24}\d)(?![0-9Xx])")


def numbers_in(text, where):
    n_id = n_imei = 0
    for m in ID_RE.finditer(text):
        if not id_ok(m.group(1)):
            fault("%s: ID number %s has a bad GB 11643 check digit" % (where, m.group(1)))
        n_id += 1
    for m in RUN_RE.finditer(text):
        raw = m.group(1)
        dg = re.sub(r"[ -]", "", raw)
        if not dg.isdigit():
            continue
        if len(dg) == 15:
            n_imei += 1
            if not luhn_ok(dg):
                fault("%s: 15-digit number %s (IMEI) fails Luhn" % (where, raw))
        elif 16 <= len(dg) <= 19 and not (len(dg) == 18 and id_ok(dg)):
            fault("%s: a full card-like number %s appears" % (where, raw))
    # spaced ID numbers (6 8 4)
    for m in re.finditer(r"(?<![0-9])(\d{6}) (\d{8}) (\d{3}[\dXx])(?![0-9])", text):
        n_id += 1
        if not id_ok("".join(m.groups())):
            fault("%s: spaced ID number fails its check digit" % where)
    return n_id, n_imei


def check_common(r, where, allowed):
    for k in r:
        if k not in allowed:
            fault("%s: unknown field %s" % (where, k))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (where, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % where)
    for f in SHORT:
        if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60):
            fault("%s: %s empty or longer than 60" % (where, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % where)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat without lon or the reverse" % where)
    if "lat" in r:
        la, lo = r["lat"], r["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)) \
                or not (18.0 <= la <= 53.6 and 73.5 <= lo <= 135.1):
            fault("%s: lat/lon not inside China" % where)
    text = " ".join(str(r.get(f, "")) for f in ("body", "serial", "marks"))
    return numbers_in(text, where)


def intmin(v):
    return isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= MAXMIN


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "set100.json")
    with open(path, encoding="utf-8") as fh:
        doc = json.load(fh)
    if doc.get("seed") != SEED:
        fault("seed is not %d" % SEED)
    if doc.get("made_by") != "tests/lostfound/make_set100.py":
        fault("made_by is wrong")
    if set(doc) != {"seed", "made_by", "parts"} or set(doc.get("parts", {})) != {PART}:
        fault("top level must be seed, made_by, parts{%s}" % PART)
    part = doc["parts"][PART]
    if set(part) != {"found", "lost"}:
        fault("part must hold found and lost")
    lost, found = part["lost"], part["found"]
    n_id = n_imei = 0
    fkeys = {}
    for i, r in enumerate(found):
        k = r.get("key")
        if k != "%s-F%04d" % (PFX, i + 1):
            fault("found #%d: key %r out of sequence" % (i, k))
        fkeys[k] = r
        a, b = check_common(r, k, FOUND_F)
        n_id += a
        n_imei += b
        if not intmin(r.get("found_at_min")):
            fault("%s: found_at_min missing or outside 0..%d" % (k, MAXMIN))
        if "negative" in r and r["negative"] not in NEG_KINDS:
            fault("%s: unknown negative kind %r" % (k, r["negative"]))
    used = {}
    cross = 0
    for i, r in enumerate(lost):
        k = r.get("key")
        if k != "%s-L%04d" % (PFX, i + 1):
            fault("lost #%d: key %r out of sequence" % (i, k))
        a, b = check_common(r, k, LOST_F)
        n_id += a
        n_imei += b
        fr, to = r.get("lost_from_min"), r.get("lost_to_min")
        if not (intmin(fr) and intmin(to) and fr >= to):
            fault("%s: need lost_from_min >= lost_to_min >= 0, <= %d" % (k, MAXMIN))
        if "truth" not in r:
            fault("%s: truth missing" % k)
            continue
        t = r["truth"]
        if t is None:
            continue
        if t not in fkeys:
            fault("%s: truth %s is not a found key" % (k, t))
            continue
        if t in used:
            fault("%s: found %s is already the truth of %s" % (k, t, used[t]))
        used[t] = k
        f = fkeys[t]
        if "negative" in f:
            fault("%s: its truth %s carries a negative label" % (k, t))
        if intmin(fr) and intmin(f.get("found_at_min")) and f["found_at_min"] > fr:
            fault("%s: truth %s was found before the loss window began" % (k, t))
        if f.get("category") != r.get("category"):
            cross += 1
    if cross > 5:
        fault("%d pairs sit under different categories (at most 5)" % cross)
    for k, f in fkeys.items():
        if k not in used and "negative" not in f:
            fault("%s: nobody's truth but has no negative label" % k)
    # sizes this set was planned with
    pairs = len(used)
    never = sum(1 for r in lost if r.get("truth") is None)
    negs = {}
    for f in found:
        if "negative" in f:
            negs[f["negative"]] = negs.get(f["negative"], 0) + 1
    if pairs != 150 or never != 90 or len(lost) != 240:
        fault("planned 150 pairs + 90 never-found = 240 lost, got %d + %d = %d" % (pairs, never, len(lost)))
    if not 100 <= sum(negs.values()) <= 140:
        fault("planned about 120 negatives, got %d" % sum(negs.values()))

    bycat = {}
    for r in lost:
        c = bycat.setdefault(r["category"], [0, 0, 0, 0])
        c[0] += 1
        c[1] += r.get("truth") is not None
    for f in found:
        c = bycat.setdefault(f["category"], [0, 0, 0, 0])
        c[2] += 1
        c[3] += "negative" in f
    filled = {fld: sum(1 for r in lost + found if fld in r) for fld in ["color", "brand", "model", "serial", "marks",
                                                                         "address", "lat"]}
    print("checked %s" % path)
    print("  keys in sequence, fields known, categories in catalogue, body<=600, fields<=60, marks<=500")
    print("  lat/lon paired and inside China; 0 <= lost_to <= lost_from <= %d; 0 <= found_at <= %d" % (MAXMIN, MAXMIN))
    print("  every truth is a found key, used once, unlabelled, found at/after the loss began")
    print("  every other found item carries a negative label; cross-category pairs: %d (<= 5)" % cross)
    print("  ID numbers checked (GB 11643): %d; 15-digit IMEIs checked (Luhn): %d; no full card numbers" % (n_id, n_imei))
    print("  lost %d (pairs %d, never found %d); found %d (negatives %d)" % (len(lost), pairs, never, len(found),
                                                                            sum(negs.values())))
    print("  negatives: " + ", ".join("%s %d" % kv for kv in sorted(negs.items())))
    print("  fields filled (lost+found): " + ", ".join("%s %d" % kv for kv in filled.items()))
    print("  %-12s %5s %6s %6s %5s" % ("category", "lost", "paired", "found", "neg"))
    for c in sorted(bycat):
        print("  %-12s %5d %6d %6d %5d" % ((c,) + tuple(bycat[c])))
    if faults:
        print("FAULTS (%d):" % len(faults))
        for m in faults[:200]:
            print("  " + m)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
