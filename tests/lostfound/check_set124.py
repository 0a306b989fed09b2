#!/usr/bin/env python3
"""Validate tests/lostfound/set124.json against the brief; exit non-zero on any fault.

    python3 tests/lostfound/check_set124.py [path/to/set124.json]

Checks the shape and limits of every record, the labels (truth keys, one truth per found item,
negatives nobody's truth, found at or after the loss began, at most 5 cross-category pairs), the
identifiers (GB 11643 check digits on ID numbers, Luhn on IMEIs, no full bank card numbers), that no
serial field points at a wrong item while every true pair's serials agree, and that the generator
reproduces the file byte for byte under two PYTHONHASHSEED values.
"""

import datetime
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PART, PREFIX, SEED = "set124", "S124", 124124
N_LOST, N_PAIRS, N_NULL, N_FOUND, N_NEG = 240, 150, 90, 270, 120
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
OPTIONAL = {"color": 60, "brand": 60, "model": 60, "serial": 60, "address": 60, "marks": 500}
LOST_KEYS = {"key", "category", "body", "lost_from_min", "lost_to_min", "truth", "lat", "lon"} | set(OPTIONAL)
FOUND_KEYS = {"key", "category", "body", "found_at_min", "negative", "lat", "lon"} | set(OPTIONAL)
MAX_MIN = 172800

faults = []


def fault(msg):
    faults.append(msg)


# ------------------------------------------------------------------------------------------------
# identifiers
# ------------------------------------------------------------------------------------------------
def gb11643_ok(s):
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    if "10X98765432"[sum(int(c) * k for c, k in zip(s[:17], w)) % 11] != s[17]:
        return False
    try:
        datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return True


def luhn_ok(s):
    total = 0
    for i, d in enumerate(reversed(s)):
        n = int(d)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


NUM_RUN = re.compile(r"(?<![0-9A-Za-z*])(\d(?:[ \-]?\d){13,20}[0-9Xx]?)(?![0-9A-Za-z*])")


def check_numbers(where, text):
    counts = {"id": 0, "imei": 0}
    for m in NUM_RUN.finditer(text):
        raw = m.group(1)
        s = re.sub(r"[ \-]", "", raw)
        if len(s) == 18 and re.fullmatch(r"\d{17}[\dXx]", s):
            if gb11643_ok(s):
                counts["id"] += 1
            else:
                fault("%s: ID number %r fails GB 11643" % (where, raw))
        elif s.isdigit() and len(s) == 15:
            if luhn_ok(s):
                counts["imei"] += 1
            else:
                fault("%s: 15-digit number %r fails Luhn" % (where, raw))
        elif s[:-1].isdigit() and 16 <= len(s) <= 19:
            fault("%s: looks like a full card number %r" % (where, raw))
    return counts


LABELS = re.compile(r"IMEI\d?|(?<![0-9A-Z])S/N|(?<![0-9A-Z])SN(?=[\s:：])|(?<![0-9A-Z])NO(?=[\s.])\.?|PASSPORT|SERIAL|"
                    r"CARD ENDING|ENDS IN|ENDING|NUMBER")


def tokens(s):
    s = LABELS.sub("|", s.upper())
    s = re.sub(r"[\s\-·:：]", "", s)
    return [t for t in re.findall(r"[0-9A-Z*]+", s) if len(t.replace("*", "")) >= 4 and any(c.isdigit() for c in t)]


def _split(t):
    if "*" in t:
        return t[:t.index("*")], t[t.rindex("*") + 1:], True
    return t, t, False


def compat(x, y):
    tx, ty = tokens(x), tokens(y)
    for a in tx:
        for b in ty:
            if "*" in a and "*" not in b:
                a, b = b, a
            pa, sa, ma = _split(a)
            pb, sb, mb = _split(b)
            if not ma and not mb:
                ok = a == b or (min(len(a), len(b)) >= 4 and (a.endswith(b) or b.endswith(a)))
            elif ma and mb:
                ok = ((pa.startswith(pb) or pb.startswith(pa)) and (sa.endswith(sb) or sb.endswith(sa))
                      and min(len(sa), len(sb)) >= 4)
            else:  # a full (or a tail), b masked
                if len(a) > len(sb):
                    ok = a.startswith(pb) and a.endswith(sb) and len(sb) >= 4
                else:
                    ok = sb.endswith(a) and len(a) >= 4
            if ok:
                return True
    return False


# ------------------------------------------------------------------------------------------------
def check_record(r, kind, n):
    where = r.get("key", "%s #%d" % (kind, n))
    allowed = LOST_KEYS if kind == "lost" else FOUND_KEYS
    extra = sorted(set(r) - allowed)
    if extra:
        fault("%s: unexpected fields %s" % (where, extra))
    want = "%s-%s%04d" % (PREFIX, "L" if kind == "lost" else "F", n)
    if r.get("key") != want:
        fault("%s: key should be %s" % (where, want))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (where, r.get("category")))
    body = r.get("body")
    if not isinstance(body, str) or not body.strip() or len(body) > 600:
        fault("%s: body missing, blank or over 600 characters" % where)
    for f, lim in OPTIONAL.items():
        if f in r:
            v = r[f]
            if not isinstance(v, str) or not v.strip() or len(v) > lim:
                fault("%s: %s must be a non-empty string of at most %d characters" % (where, f, lim))
            if isinstance(v, str) and v != v.strip():
                fault("%s: %s has stray whitespace" % (where, f))
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat and lon must come together" % where)
    if "lat" in r:
        lat, lon = r["lat"], r["lon"]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (lat, lon)):
            fault("%s: lat/lon must be numbers" % where)
        elif not (18.0 <= lat <= 53.6 and 73.5 <= lon <= 135.1):
            fault("%s: lat/lon %s,%s outside China" % (where, lat, lon))
        elif not (24.8 <= lat <= 25.3 and 116.2 <= lon <= 116.7):
            fault("%s: lat/lon %s,%s outside the 汀溪 county area" % (where, lat, lon))

    def intfield(name):
        v = r.get(name)
        if not isinstance(v, int) or isinstance(v, bool) or not 0 <= v <= MAX_MIN:
            fault("%s: %s must be an integer in 0..%d" % (where, name, MAX_MIN))
            return None
        return v

    if kind == "lost":
        a, b = intfield("lost_from_min"), intfield("lost_to_min")
        if a is not None and b is not None and a < b:
            fault("%s: lost_from_min < lost_to_min" % where)
        if "truth" not in r:
            fault("%s: truth missing (use null)" % where)
    else:
        intfield("found_at_min")
        if "negative" in r and (not isinstance(r["negative"], str) or not r["negative"].strip()):
            fault("%s: negative must be a non-empty label" % where)
    counts = {"id": 0, "imei": 0}
    for f in ("body", "serial", "marks", "model"):
        if isinstance(r.get(f), str):
            c = check_numbers("%s.%s" % (where, f), r[f])
            counts["id"] += c["id"]
            counts["imei"] += c["imei"]
    return counts


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "set124.json")
    raw = open(path, "rb").read()
    doc = json.loads(raw.decode("utf-8"))
    print("checking %s (%d bytes)" % (os.path.relpath(path), len(raw)))
    if doc.get("seed") != SEED:
        fault("seed should be %d" % SEED)
    if doc.get("made_by") != "tests/lostfound/make_set124.py":
        fault("made_by should be tests/lostfound/make_set124.py")
    parts = doc.get("parts", {})
    if list(parts) != [PART] or sorted(parts[PART]) != ["found", "lost"]:
        fault("parts must hold exactly %s with found and lost" % PART)
        return report()
    lost, found = parts[PART]["lost"], parts[PART]["found"]
    ids = {"id": 0, "imei": 0}
    for kind, recs in (("lost", lost), ("found", found)):
        for n, r in enumerate(recs, 1):
            c = check_record(r, kind, n)
            ids["id"] += c["id"]
            ids["imei"] += c["imei"]
    print("  record shape, field limits, key numbering, categories, lat/lon, minute ranges: %d lost, %d found"
          % (len(lost), len(found)))
    print("  identifiers in text: %d ID numbers pass GB 11643, %d IMEIs pass Luhn, no full card numbers"
          % (ids["id"], ids["imei"]))

    fk = {r["key"]: r for r in found}
    truth_of = {}
    pairs = []
    for r in lost:
        t = r.get("truth")
        if t is None:
            continue
        if t not in fk:
            fault("%s: truth %s is not a found key" % (r["key"], t))
            continue
        if t in truth_of:
            fault("%s: %s is already the truth of %s" % (r["key"], t, truth_of[t]))
        truth_of[t] = r["key"]
        f = fk[t]
        if "negative" in f:
            fault("%s: truth %s carries a negative label" % (r["key"], t))
        if isinstance(f.get("found_at_min"), int) and isinstance(r.get("lost_from_min"), int) \
                and f["found_at_min"] > r["lost_from_min"]:
            fault("%s: found (%d min ago) before the loss began (%d min ago)" % (r["key"], f["found_at_min"],
                                                                               r["lost_from_min"]))
        pairs.append((r, f))
    for f in found:
        if "negative" not in f and f["key"] not in truth_of:
            fault("%s: neither anybody's truth nor labelled negative" % f["key"])
    cross = [(r["key"], r["category"], f["category"]) for r, f in pairs if r["category"] != f["category"]]
    if len(cross) > 5:
        fault("%d cross-category pairs (at most 5)" % len(cross))
    n_null = sum(1 for r in lost if r.get("truth") is None)
    negs = [f for f in found if "negative" in f]
    for label, got, want in (("lost reports", len(lost), N_LOST), ("pairs", len(pairs), N_PAIRS),
                             ("never-found reports", n_null, N_NULL), ("found items", len(found), N_FOUND),
                             ("negatives", len(negs), N_NEG)):
        if got != want:
            fault("%s: %d, expected %d" % (label, got, want))
    print("  labels: %d pairs, %d truth null, %d negatives; each found item the truth of at most one report; "
          "every true item found at or after its loss began" % (len(pairs), n_null, len(negs)))
    print("  cross-category pairs: %d %s" % (len(cross), cross))

    # serial fields: true pairs agree, nothing else matches
    n_both = 0
    for r, f in pairs:
        if "serial" in r and "serial" in f:
            n_both += 1
            if not compat(r["serial"], f["serial"]):
                fault("%s/%s: true pair with disagreeing serials %r / %r" % (r["key"], f["key"], r["serial"], f["serial"]))
    n_cmp = 0
    for r in lost:
        if "serial" not in r:
            continue
        for f in found:
            if "serial" in f and f["key"] != r.get("truth"):
                n_cmp += 1
                if compat(r["serial"], f["serial"]):
                    fault("%s: serial %r also fits %s (%r), which is not its truth" % (r["key"], r["serial"], f["key"],
                                                                                     f["serial"]))
    print("  serials: %d true pairs with both serials all agree; %d wrong-item comparisons, none agree" % (n_both, n_cmp))

    # tables
    print("\n  %-12s %6s %6s %6s %6s" % ("category", "pairs", "null", "found", "neg"))
    for c in CATS:
        print("  %-12s %6d %6d %6d %6d" % (c, sum(1 for r, f in pairs if r["category"] == c),
                                          sum(1 for r in lost if r["category"] == c and r["truth"] is None),
                                          sum(1 for f in found if f["category"] == c),
                                          sum(1 for f in negs if f["category"] == c)))
    kinds = {}
    for f in negs:
        kinds[f["negative"]] = kinds.get(f["negative"], 0) + 1
    print("  negatives by kind: " + ", ".join("%s %d" % (k, kinds[k]) for k in sorted(kinds)))
    filled = {k: sum(1 for r in lost + found if k in r) for k in ["color", "brand", "model", "serial", "marks", "address", "lat"]}
    print("  optional fields filled (of %d records): %s" % (len(lost) + len(found),
                                                          ", ".join("%s %d" % kv for kv in filled.items())))

    # reproducibility
    if os.path.abspath(path) == os.path.join(HERE, "set124.json"):
        outs = []
        for hs in ("0", "4242"):
            env = dict(os.environ, PYTHONHASHSEED=hs)
            outs.append(subprocess.run([sys.executable, os.path.join(HERE, "make_set124.py"), "--stdout"],
                                       env=env, capture_output=True, check=False).stdout)
        if outs[0] != raw or outs[1] != raw:
            fault("make_set124.py --stdout does not reproduce set124.json byte for byte")
        else:
            print("\n  make_set124.py reproduces the file byte for byte under PYTHONHASHSEED=0 and 4242")
    return report()


def report():
    if faults:
        print("\n%d FAULT(S):" % len(faults))
        for f in faults[:200]:
            print("  - " + f)
        return 1
    print("\nOK: no faults")
    return 0


if __name__ == "__main__":
    sys.exit(main())
