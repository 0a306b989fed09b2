# -*- coding: utf-8 -*-
"""Validate tests/lostfound/set123.json against the brief; exit 1 on any fault.

    python3 tests/lostfound/check_set123.py [path/to/set123.json] [--no-repro]

Checks the shape of every record, the limits on every field, keys, categories, coordinates,
time windows, the truth links (each found item the truth of at most one report, found no earlier
than the loss window begins, negatives nobody's truth), the counts, the check digits of every ID
number and IMEI that appears anywhere, that no full bank card number appears, and that
make_set123.py reproduces the file byte for byte under two PYTHONHASHSEED values."""

import collections
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 123123
PREFIX = "S123"
PART = "set123"
CATEGORIES = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry",
              "electronics", "other"}
NEGATIVE_KINDS = {"same_category_colour", "found_before_loss", "same_brand_elsewhere",
                  "look_alike_other_serial"}
EXPECT = {"lost": 240, "found": 270, "pairs": 150, "unfound": 90, "negatives": 120}
SHORT = ["color", "brand", "model", "serial", "address"]
COMMON = {"key", "category", "body", "marks", "lat", "lon"} | set(SHORT)
LOST_FIELDS = COMMON | {"lost_from_min", "lost_to_min", "truth"}
FOUND_FIELDS = COMMON | {"found_at_min", "negative"}
MAX_MIN = 172800
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], ID_W)) % 11] == s[17].upper()


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


def in_china(lat, lon):
    # a coarse box around mainland China, then the far-northeast corner this set uses
    return 18.0 <= lat <= 53.6 and 73.5 <= lon <= 135.1


def scan_numbers(key, text):
    """Every number that looks like an ID number, an IMEI or a bank card."""
    n = {"id": 0, "imei": 0}
    for m in re.finditer(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])", text):
        n["id"] += 1
        if not id_ok(m.group(1)):
            fault("%s: ID number %s has a wrong check digit" % (key, m.group(1)))
    for m in re.finditer(r"(?<!\d)(\d{15})(?!\d)", text):
        n["imei"] += 1
        if not luhn_ok(m.group(1)):
            fault("%s: IMEI %s fails Luhn" % (key, m.group(1)))
    # IMEIs written with spaces or dashes (groups of digits adding up to 15)
    for m in re.finditer(r"(?<![\d*])(\d[\d \-]{14,24}[\dXx])(?![\d*])", text):
        dg = re.sub(r"[ \-]", "", m.group(1))
        if len(dg) == 18 and not re.fullmatch(r"\d{17}[\dXx]", m.group(1)):
            n["id"] += 1
            if not id_ok(dg):
                fault("%s: spaced ID number %s has a wrong check digit" % (key, m.group(1)))
        if len(dg) == 15 and not re.fullmatch(r"\d{15}", m.group(1)):
            n["imei"] += 1
            if not luhn_ok(dg):
                fault("%s: spaced IMEI %s fails Luhn" % (key, m.group(1)))
        if len(dg) in (16, 17, 19) and dg.startswith("62"):
            fault("%s: looks like a full bank card number: %s" % (key, m.group(1)))
    for m in re.finditer(r"(?<!\d)(62\d{14}|62\d{17})(?!\d)", text):
        fault("%s: full bank card number %s" % (key, m.group(1)))
    return n


def identifiers(r):
    """Things that single out one object or one person: ID numbers, IMEIs, plates, passport numbers,
    frame and serial numbers, card tails and personal names written after 姓名/我叫/名字是."""
    t = " ".join(str(r.get(k, "")) for k in ["body", "serial", "marks"])
    t2 = re.sub(r"(?<=\d)[ \-](?=\d)", "", t)
    out = set()
    out |= {("id", x.upper()) for x in re.findall(r"\d{17}[\dXx]", t2)}
    out |= {("imei", x) for x in re.findall(r"(?<!\d)\d{15}(?!\d)", t2)}
    out |= {("plate", x.replace("·", "")) for x in re.findall(r"冰城\d{6}|冰A·?[A-Z]\d{4}", t)}
    out |= {("frame", x.upper()) for x in re.findall(r"(?i)\b(?:CF|BX)\d{4}[A-Z]\d{6}\b|\b(?:XC|JF)\d{9}\b", t2)}
    out |= {("tail", x) for x in re.findall(r"(?:尾号|\*{4}|\*\*\*\* |后四位|ends |ending )(\d{4})(?!\d)", t)}
    out |= {("name", x) for x in re.findall(r"(?:姓名|我叫|名字是|本人姓名)([\u4e00-\u9fff]{2,3})", t)}
    return out


def check_record(r, side, seen):
    key = r.get("key", "?")
    allowed = LOST_FIELDS if side == "lost" else FOUND_FIELDS
    for k in r:
        if k not in allowed:
            fault("%s: unknown field %s" % (key, k))
    if not re.fullmatch(PREFIX + ("-L" if side == "lost" else "-F") + r"\d{4}", str(key)):
        fault("%s: bad key" % key)
    if key in seen:
        fault("%s: duplicate key" % key)
    seen.add(key)
    if r.get("category") not in CATEGORIES:
        fault("%s: bad category %r" % (key, r.get("category")))
    body = r.get("body")
    if not isinstance(body, str) or not body.strip() or len(body) > 600:
        fault("%s: body missing or longer than 600" % key)
    for k in SHORT:
        if k in r and (not isinstance(r[k], str) or not r[k].strip() or len(r[k]) > 60):
            fault("%s: %s empty, not a string or longer than 60" % (key, k))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % key)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat without lon or lon without lat" % key)
    if "lat" in r:
        if not all(isinstance(r[k], float) for k in ("lat", "lon")) or not in_china(r["lat"], r["lon"]):
            fault("%s: coordinates not WGS84 floats inside China" % key)
    text = " ".join(str(r.get(k, "")) for k in ["body", "serial", "marks", "model"])
    return scan_numbers(key, text)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = args[0] if args else os.path.join(HERE, "set123.json")
    with open(path, "rb") as f:
        raw = f.read()
    d = json.loads(raw.decode("utf-8"))
    if set(d) != {"seed", "made_by", "parts"} or d["seed"] != SEED \
            or d["made_by"] != "tests/lostfound/make_set123.py" or list(d["parts"]) != [PART]:
        fault("top level: expected seed %d, made_by and parts.%s only" % (SEED, PART))
    part = d["parts"][PART]
    if set(part) != {"found", "lost"}:
        fault("part must hold exactly found and lost")
    lost, found = part["lost"], part["found"]
    seen = set()
    numbers = collections.Counter()
    for r in lost:
        numbers.update(check_record(r, "lost", seen))
    for r in found:
        numbers.update(check_record(r, "found", seen))
    for side, rows, tag in (("lost", lost, "L"), ("found", found, "F")):
        want = ["%s-%s%04d" % (PREFIX, tag, i + 1) for i in range(len(rows))]
        if [r.get("key") for r in rows] != want:
            fault("%s keys are not %s-%s0001 … in order" % (side, PREFIX, tag))
    fmap = {r["key"]: r for r in found}
    for r in lost:
        lf, lt = r.get("lost_from_min"), r.get("lost_to_min")
        if not (isinstance(lf, int) and isinstance(lt, int) and MAX_MIN >= lf >= lt >= 0):
            fault("%s: need 172800 >= lost_from_min >= lost_to_min >= 0" % r["key"])
        if "truth" not in r:
            fault("%s: truth missing (use null)" % r["key"])
    for r in found:
        fa = r.get("found_at_min")
        if not (isinstance(fa, int) and 0 <= fa <= MAX_MIN):
            fault("%s: found_at_min outside 0…172800" % r["key"])
        if "negative" in r and r["negative"] not in NEGATIVE_KINDS:
            fault("%s: unknown negative label %r" % (r["key"], r["negative"]))
    used = collections.Counter()
    cross = []
    for r in lost:
        t = r.get("truth")
        if t is None:
            continue
        if t not in fmap:
            fault("%s: truth %s is not a found key" % (r["key"], t))
            continue
        used[t] += 1
        f = fmap[t]
        if "negative" in f:
            fault("%s: truth %s carries a negative label" % (r["key"], t))
        if f["found_at_min"] > r["lost_from_min"]:
            fault("%s: truth %s was found before the loss window began" % (r["key"], t))
        if f["category"] != r["category"]:
            cross.append((r["key"], r["category"], t, f["category"]))
    for t, n in used.items():
        if n > 1:
            fault("%s is the truth of %d reports" % (t, n))
    for r in found:
        if r["key"] not in used and "negative" not in r:
            fault("%s: nobody's truth but has no negative label" % r["key"])
    if len(cross) > 5:
        fault("%d pairs under different categories (at most 5)" % len(cross))
    pairs = sum(1 for r in lost if r.get("truth") is not None)
    negs = collections.Counter(r["negative"] for r in found if "negative" in r)
    got = {"lost": len(lost), "found": len(found), "pairs": pairs, "unfound": len(lost) - pairs,
           "negatives": sum(negs.values())}
    for k, v in EXPECT.items():
        if got[k] != v:
            fault("count %s: %d, expected %d" % (k, got[k], v))
    # an identifier written on a found item may appear only in the report it is the truth of
    owner_of = {r["truth"]: r["key"] for r in lost if r.get("truth")}
    in_lost = collections.defaultdict(set)
    for r in lost:
        for i in identifiers(r):
            in_lost[i].add(r["key"])
    n_ident = 0
    for f in found:
        for i in sorted(identifiers(f)):
            n_ident += 1
            others = sorted(in_lost.get(i, set()) - {owner_of.get(f["key"])})
            if others:
                fault("%s (%s) shares %s %s with %s" % (f["key"], f.get("negative", "true item"), i[0], i[1],
                                                       ", ".join(others)))
    bodies = collections.Counter(r["body"] for r in lost + found)
    for b, n in bodies.items():
        if n > 1:
            fault("body repeated %d times: %s" % (n, b[:40]))

    # reproducible under two hash seeds
    repro = "skipped (--no-repro)"
    if "--no-repro" not in sys.argv:
        outs = []
        for hs in ("0", "4242"):
            env = dict(os.environ, PYTHONHASHSEED=hs)
            outs.append(subprocess.run([sys.executable, os.path.join(HERE, "make_set123.py"), "--stdout"],
                                       env=env, capture_output=True, check=True).stdout)
        if outs[0] != outs[1]:
            fault("make_set123.py output differs between PYTHONHASHSEED 0 and 4242")
        if outs[0] != raw:
            fault("%s differs from what make_set123.py writes now" % path)
        repro = "identical under PYTHONHASHSEED 0 and 4242 and equal to the file"

    print("checked %s" % path)
    print("  lost %d (pairs %d, never found %d), found %d (true %d, negatives %d)"
          % (got["lost"], pairs, got["unfound"], got["found"], len(used), got["negatives"]))
    print("  negatives by kind: " + ", ".join("%s %d" % (k, negs[k]) for k in sorted(negs)))
    cats = collections.Counter(r["category"] for r in lost)
    cp = collections.Counter(r["category"] for r in lost if r.get("truth"))
    print("  lost by category (pairs/never found): " + ", ".join(
        "%s %d/%d" % (c, cp[c], cats[c] - cp[c]) for c in sorted(cats)))
    print("  pairs filed under two categories: %d %s" % (len(cross), ", ".join(
        "%s %s->%s %s" % x for x in cross)))
    print("  ID numbers checked (GB 11643): %d, IMEIs checked (Luhn): %d" % (numbers["id"], numbers["imei"]))
    print("  identifiers on found items checked against other people's reports: %d" % n_ident)
    print("  fields: lengths, keys, categories, coordinates, windows, truth links, labels")
    print("  reproducibility: " + repro)
    if faults:
        print("FAULTS (%d):" % len(faults))
        for f in faults[:60]:
            print("  " + f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
