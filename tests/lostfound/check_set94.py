"""Validate tests/lostfound/set94.json; exit non-zero on any fault.

Checks the format the brief asks for, the numbers inside the texts (ID check digits,
IMEI Luhn digits, no full bank card numbers), that the file is what make_set94.py
writes under several PYTHONHASHSEED values, and, from the generator's hidden records,
that every label is honest: each found item that is not a report's truth differs from
that report in something the two texts (or the times and places) show.
"""
import collections
import json
import os
import re
import subprocess
import sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the worktree
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PATH = os.path.join(HERE, "set94.json")
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
LABELS = {"near_twin", "same_category_colour", "found_before_loss", "same_brand_elsewhere"}
SHORT = ("color", "brand", "model", "serial", "address")
LOST_KEYS = {"key", "category", "body", "marks", "lat", "lon", "lost_from_min", "lost_to_min", "truth"} | set(SHORT)
FOUND_KEYS = {"key", "category", "body", "marks", "lat", "lon", "found_at_min", "negative"} | set(SHORT)
MAXMIN = 172800
faults = []


def fault(msg):
    faults.append(msg)


def check_record(r, kind, allowed):
    k = r.get("key", "?")
    extra = set(r) - allowed
    if extra:
        fault("%s: unknown fields %s" % (k, sorted(extra)))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (k, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or over 600 characters" % k)
    for f in SHORT:
        if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60):
            fault("%s: %s empty or over 60" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
        fault("%s: marks empty or over 500" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat without lon" % k)
    if "lat" in r:
        la, lo = r["lat"], r["lon"]
        if not (isinstance(la, float) and isinstance(lo, float) and 18 < la < 54 and 73 < lo < 135):
            fault("%s: lat/lon not WGS84 inside China" % k)


def id_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * x for c, x in zip(s[:17], w)) % 11] == s[17].upper()


def luhn_ok(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        d = int(c) * (2 if i % 2 else 1)
        t += d - 9 if d > 9 else d
    return t % 10 == 0


def check_numbers(r):
    text = " ".join(str(v) for k, v in sorted(r.items()) if isinstance(v, str))
    n = {"id": 0, "imei": 0}
    for m in re.finditer(r"(?<![0-9])(\d{2} \d{6} \d{6} \d|\d{4}-\d{4}-\d{4}-\d{3})(?![0-9])", text):
        if not luhn_ok(re.sub(r"\D", "", m.group(1))):
            fault("%s: spaced IMEI %s fails Luhn" % (r["key"], m.group(1)))
        n["imei"] += 1
    for m in re.finditer(r"(?<![0-9A-Za-z])(\d{17}[0-9Xx]|\d{6} \d{8} \d{3}[0-9Xx])(?![0-9])", text):
        s = m.group(1).replace(" ", "")
        if not id_ok(s):
            fault("%s: ID number %s has a wrong check digit" % (r["key"], s))
        n["id"] += 1
    for m in re.finditer(r"(?<![0-9])(\d+)(?![0-9])", text):
        d = m.group(1)
        if len(d) == 15:
            n["imei"] += 1
            if not luhn_ok(d):
                fault("%s: IMEI %s fails Luhn" % (r["key"], d))
        elif len(d) == 18 or (len(d) == 17 and text[m.end():m.end() + 1] in ("X", "x")):
            continue
        elif len(d) >= 16:
            fault("%s: a %d-digit number (a full card number?) %s" % (r["key"], len(d), d))
    return n


def regenerate(seed):
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONDONTWRITEBYTECODE="1")
    code = "import sys; sys.path.insert(0, %r); import make_set94 as M; sys.stdout.write(M.dump(M.build()[0]))" % HERE
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=True).stdout.decode("utf-8")


def main():
    with open(PATH, encoding="utf-8") as fh:
        text = fh.read()
    data = json.loads(text)
    if data.get("seed") != 9494 or data.get("made_by") != "tests/lostfound/make_set94.py" or set(data) != {"seed", "made_by", "parts"}:
        fault("top level: seed / made_by / parts wrong")
    part = data["parts"]["set94"]
    lost, found = part["lost"], part["found"]
    for i, r in enumerate(lost):
        if r.get("key") != "S94-L%04d" % (i + 1):
            fault("lost %d: key %r out of sequence" % (i, r.get("key")))
        check_record(r, "lost", LOST_KEYS)
    for i, r in enumerate(found):
        if r.get("key") != "S94-F%04d" % (i + 1):
            fault("found %d: key %r out of sequence" % (i, r.get("key")))
        check_record(r, "found", FOUND_KEYS)
    fmap = {r["key"]: r for r in found}
    used = collections.Counter()
    cross = 0
    for r in lost:
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (isinstance(a, int) and isinstance(b, int) and MAXMIN >= a >= b >= 0):
            fault("%s: loss window %r..%r" % (r["key"], a, b))
        t = r.get("truth", "missing")
        if t is None:
            continue
        if t not in fmap:
            fault("%s: truth %r is not a found key" % (r["key"], t))
            continue
        used[t] += 1
        f = fmap[t]
        if "negative" in f:
            fault("%s: truth %s carries a negative label" % (r["key"], t))
        if f["found_at_min"] > a:
            fault("%s: truth %s found before the loss window began" % (r["key"], t))
        cross += f["category"] != r["category"]
    for k, n in sorted(used.items()):
        if n > 1:
            fault("%s is the truth of %d reports" % (k, n))
    for r in found:
        m = r.get("found_at_min")
        if not (isinstance(m, int) and 0 <= m <= MAXMIN):
            fault("%s: found_at_min %r" % (r["key"], m))
        if r["key"] in used:
            continue
        if r.get("negative") not in LABELS:
            fault("%s: nobody's truth but no known negative label (%r)" % (r["key"], r.get("negative")))
    if cross > 5:
        fault("%d pairs across categories (at most 5)" % cross)
    nums = collections.Counter()
    for r in lost + found:
        nums.update(check_numbers(r))

    seeds = ["0", "1", "4242", "random"]
    same = [regenerate(s) == text for s in seeds]
    if not all(same):
        fault("set94.json differs from make_set94.py output under PYTHONHASHSEED in %s" % [s for s, ok in zip(seeds, same) if not ok])

    import make_set94 as M
    from set94_judge import violations, reasons
    data2, info = M.build()
    lv, fv = M.judge_views(info["events"], info["founds"])
    bad = violations(fv, lv)
    for fi, li, kind, rs in bad:
        fault("honesty: %s vs %s (%s) %s" % (info["founds"][fi]["key"], info["events"][li]["key"], kind, rs))
    why = collections.Counter()
    lkey = {ev["key"]: i for i, ev in enumerate(info["events"])}
    for fi, fe in enumerate(info["founds"]):
        if not fe.get("label"):
            continue
        li = lkey[fe["target"]]
        rs = reasons(fv[fi], lv[li])
        want = {"near_twin": "fact:" + str(fe.get("varied")), "found_before_loss": "time", "same_brand_elsewhere": "place"}.get(fe["label"])
        if want and want not in rs:
            fault("%s (%s) does not differ from its target %s by %s: %s" % (fe["key"], fe["label"], fe["target"], want, rs))
        if fe["label"] == "same_category_colour" and (fv[fi]["stated"].get("color") != lv[li]["stated"].get("color") or fv[fi]["cat"] != lv[li]["cat"]):
            fault("%s: not the same category and colour as its target %s" % (fe["key"], fe["target"]))
        if fe["label"] == "same_brand_elsewhere" and "brand" not in fv[fi]["stated"]:
            fault("%s: same_brand_elsewhere without a stated brand" % fe["key"])
        why["%s, told apart from its target by: %s" % (fe["label"], " + ".join(sorted(set(rs))))] += 1
    pairs = sum(1 for r in lost if r["truth"])
    print("set94: %d lost (%d with a true found item, %d never found), %d found (%d true, %d negatives)" % (
        len(lost), pairs, len(lost) - pairs, len(found), len(used), len(found) - len(used)))
    print("negatives by label:", dict(sorted(collections.Counter(r["negative"] for r in found if "negative" in r).items())))
    print("lost by category:", dict(sorted(collections.Counter(r["category"] for r in lost).items())))
    print("found by category:", dict(sorted(collections.Counter(r["category"] for r in found).items())))
    print("pairs filed under different categories: %d" % cross)
    print("numbers checked in texts: %d ID numbers, %d IMEIs" % (nums["id"], nums["imei"]))
    print("identical output under PYTHONHASHSEED %s: %s" % (", ".join(seeds), all(same)))
    print("honesty: %d lost x %d found compared; %d violations" % (len(lv), len(fv), len(bad)))
    for k, n in sorted(why.items()):
        print("  %3d  %s" % (n, k))
    if faults:
        print("\n%d FAULTS" % len(faults))
        for f in faults[:60]:
            print("  " + f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
