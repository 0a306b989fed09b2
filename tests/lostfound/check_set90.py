"""Validate tests/lostfound/set90.json against the brief; exit 1 on any fault.

    cd <worktree> && python3 tests/lostfound/check_set90.py [--no-regen]

1. the file itself: shape, keys, categories, field lengths, coordinates, times,
   truth links (each found item the truth of at most one report, found at or after
   the start of the loss window), negative labels, at most 5 cross-category pairs;
2. numbers: every 18-character ID number carries a valid GB 11643 check digit, every
   15-digit IMEI a valid Luhn digit, and no full bank card number appears;
3. (unless --no-regen) the generator run again gives the same bytes, and in that run
   every fact the honesty check relied on is really written in the text."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import set90_nums as N  # noqa: E402

PATH = os.path.join(HERE, "set90.json")
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
LABELS = {"near_twin", "same_category_colour", "found_before_loss", "same_brand_elsewhere"}
SHORT = ("color", "brand", "model", "serial", "address")
COMMON = {"key", "category", "body", "marks", "lat", "lon"} | set(SHORT)
faults = []


def fault(msg):
    faults.append(msg)


def check_record(d, kind):
    k = d.get("key", "?")
    allowed = COMMON | ({"lost_from_min", "lost_to_min", "truth"} if kind == "L" else {"found_at_min", "negative"})
    for x in sorted(set(d) - allowed):
        fault("%s: unknown field %s" % (k, x))
    if d.get("category") not in CATS:
        fault("%s: bad category %r" % (k, d.get("category")))
    if not isinstance(d.get("body"), str) or not d["body"].strip() or len(d["body"]) > 600:
        fault("%s: body missing or longer than 600" % k)
    for f in SHORT:
        if f in d and (not isinstance(d[f], str) or not d[f].strip() or len(d[f]) > 60):
            fault("%s: %s empty or longer than 60" % (k, f))
    if "marks" in d and (not isinstance(d["marks"], str) or not d["marks"].strip() or len(d["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % k)
    if ("lat" in d) != ("lon" in d):
        fault("%s: lat without lon or lon without lat" % k)
    if "lat" in d:
        lat, lon = d["lat"], d["lon"]
        if not all(isinstance(v, (int, float)) for v in (lat, lon)) or not (18 <= lat <= 54 and 73 <= lon <= 135):
            fault("%s: coordinates outside China" % k)
    ints = ("lost_from_min", "lost_to_min") if kind == "L" else ("found_at_min",)
    for f in ints:
        v = d.get(f)
        if not isinstance(v, int) or isinstance(v, bool) or not 0 <= v <= 172800:
            fault("%s: %s missing or outside 0..172800" % (k, f))
    if kind == "L" and isinstance(d.get("lost_from_min"), int) and isinstance(d.get("lost_to_min"), int):
        if d["lost_from_min"] < d["lost_to_min"]:
            fault("%s: lost_from_min < lost_to_min" % k)


def check_numbers(d):
    text = "\n".join(str(d.get(f, "")) for f in ("body", "marks") + SHORT)
    flat = re.sub(r"(?<=[0-9])[ \-](?=[0-9])", "", text)
    for run in re.findall(r"[0-9X]{15,}", flat):
        if len(run) == 18 and run[:17].isdigit():
            if not N.id_ok(run):
                fault("%s: ID number %s fails its check digit" % (d["key"], run))
        elif len(run) == 15 and run.isdigit():
            if not N.luhn_ok(run):
                fault("%s: IMEI %s fails Luhn" % (d["key"], run))
        else:
            fault("%s: unexplained long number %s (a full card number?)" % (d["key"], run))
    return len(re.findall(r"[0-9X]{15,}", flat))


def main():
    raw = open(PATH, encoding="utf-8").read()
    doc = json.loads(raw)
    if doc.get("seed") != 9090 or doc.get("made_by") != "tests/lostfound/make_set90.py":
        fault("seed or made_by wrong")
    if set(doc) != {"seed", "made_by", "parts"} or set(doc["parts"]) != {"set90"}:
        fault("top level must be seed, made_by, parts.set90")
    part = doc["parts"]["set90"]
    lost, found = part["lost"], part["found"]
    for i, d in enumerate(lost):
        if d.get("key") != "S90-L%04d" % (i + 1):
            fault("lost key %r out of sequence" % d.get("key"))
        check_record(d, "L")
    for i, d in enumerate(found):
        if d.get("key") != "S90-F%04d" % (i + 1):
            fault("found key %r out of sequence" % d.get("key"))
        check_record(d, "F")
    fmap = {d["key"]: d for d in found}
    used, cross = {}, 0
    for d in lost:
        t = d.get("truth", "missing")
        if t is None:
            continue
        if t not in fmap:
            fault("%s: truth %r is not a found key" % (d["key"], t))
            continue
        if t in used:
            fault("%s: truth %s already used by %s" % (d["key"], t, used[t]))
        used[t] = d["key"]
        f = fmap[t]
        if "negative" in f:
            fault("%s: truth %s is labelled negative" % (d["key"], t))
        if f["found_at_min"] > d["lost_from_min"]:
            fault("%s: truth %s found before the loss began" % (d["key"], t))
        cross += f["category"] != d["category"]
    if cross > 5:
        fault("%d cross-category pairs (at most 5)" % cross)
    labels = {}
    for d in found:
        if d["key"] in used:
            continue
        if d.get("negative") not in LABELS:
            fault("%s: nobody's truth but no known negative label" % d["key"])
        labels[d.get("negative")] = labels.get(d.get("negative"), 0) + 1
    numbers = sum(check_numbers(d) for d in lost + found)
    print("checked %d lost reports (%d with a true item, %d never found), %d found items (%d negatives)" % (
        len(lost), len(used), len(lost) - len(used), len(found), len(found) - len(used)))
    print("  keys, categories, field lengths, coordinates, loss windows and found times, truth links;")
    print("  %d cross-category pairs; negatives: %s" % (cross, ", ".join(
        "%s %d" % (k, labels[k]) for k in sorted(labels, key=str))))
    print("  %d long numbers checked (ID check digits, IMEI Luhn, no full card numbers)" % numbers)
    if "--no-regen" not in sys.argv:
        import set90_verify
        n_facts, problems = set90_verify.verify(raw)
        for p in problems:
            fault(p)
        print("  regenerated: same bytes; %d stated facts found in their texts" % n_facts)
    for f in faults[:50]:
        print("FAULT", f)
    if faults:
        print("%d faults" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
