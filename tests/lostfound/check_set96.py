"""Validate tests/lostfound/set96.json against the brief; exit non-zero on any fault."""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from set96_ids import gb_ok, luhn_ok  # noqa: E402

CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
SHORT = ("color", "brand", "model", "serial", "address")
faults = []


def fault(msg):
    faults.append(msg)


def common(r, kind):
    if r.get("category") not in CATS:
        fault("%s: bad category" % r.get("key"))
    if not isinstance(r.get("body"), str) or not r["body"] or len(r["body"]) > 600:
        fault("%s: body missing or too long" % r.get("key"))
    for f in SHORT:
        if f in r and (not isinstance(r[f], str) or not r[f] or len(r[f]) > 60):
            fault("%s: %s bad" % (r["key"], f))
    if "marks" in r and (not r["marks"] or len(r["marks"]) > 500):
        fault("%s: marks bad" % r["key"])
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat without lon" % r["key"])
    if "lat" in r and not (18 <= r["lat"] <= 54 and 73 <= r["lon"] <= 135):
        fault("%s: outside China" % r["key"])
    allowed = {"key", "category", "body", "marks", "lat", "lon"} | set(SHORT)
    allowed |= {"lost_from_min", "lost_to_min", "truth"} if kind == "L" else {"found_at_min", "negative"}
    extra = set(r) - allowed
    if extra:
        fault("%s: unknown fields %s" % (r["key"], sorted(extra)))
    text = json.dumps(r, ensure_ascii=False)
    for m in re.findall(r"(?<![0-9])[0-9]{17}[0-9X](?![0-9])", text):
        if not gb_ok(m):
            fault("%s: ID %s fails GB 11643" % (r["key"], m))
    for m in re.findall(r"(?<![0-9])(?:86|35|99)[0-9 -]{13,17}(?![0-9])", text):
        d = re.sub(r"[ -]", "", m)
        if len(d) == 15 and not luhn_ok(d):
            fault("%s: IMEI %s fails Luhn" % (r["key"], m))
    for m in re.findall(r"[0-9]{16,19}X?", text):
        if len(m) != 18:
            fault("%s: long digit run %s (bank card?)" % (r["key"], m))


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set96.json")
    data = json.load(open(path, encoding="utf-8"))
    if data.get("seed") != 9696 or data.get("made_by") != "tests/lostfound/make_set96.py":
        fault("header wrong")
    part = data["parts"]["set96"]
    found, lost = part["found"], part["lost"]
    fkeys = [f["key"] for f in found]
    lkeys = [l["key"] for l in lost]
    if fkeys != ["S96-F%04d" % i for i in range(1, len(found) + 1)]:
        fault("found keys not S96-F0001.. in order")
    if lkeys != ["S96-L%04d" % i for i in range(1, len(lost) + 1)]:
        fault("lost keys not S96-L0001.. in order")
    fby = {f["key"]: f for f in found}
    for f in found:
        common(f, "F")
        if not isinstance(f.get("found_at_min"), int) or not 0 <= f["found_at_min"] <= 172800:
            fault("%s: found_at_min bad" % f["key"])
    used, cross = {}, 0
    for l in lost:
        common(l, "L")
        a, b = l.get("lost_from_min"), l.get("lost_to_min")
        if not (isinstance(a, int) and isinstance(b, int) and 172800 >= a >= b >= 0):
            fault("%s: loss window bad" % l["key"])
        if "truth" not in l:
            fault("%s: no truth field" % l["key"])
        t = l.get("truth")
        if t is None:
            continue
        if t not in fby:
            fault("%s: truth %s unknown" % (l["key"], t))
            continue
        if t in used:
            fault("%s: truth %s already used by %s" % (l["key"], t, used[t]))
        used[t] = l["key"]
        f = fby[t]
        if "negative" in f:
            fault("%s: truth %s is labelled negative" % (l["key"], t))
        if f["found_at_min"] > a:
            fault("%s: found before the loss began" % l["key"])
        cross += f["category"] != l["category"]
    if cross > 5:
        fault("%d cross-category pairs (max 5)" % cross)
    for f in found:
        if f["key"] not in used and not f.get("negative"):
            fault("%s: neither a truth nor labelled negative" % f["key"])
    neg = {}
    for f in found:
        if f.get("negative"):
            neg[f["negative"]] = neg.get(f["negative"], 0) + 1
    n_true = len(used)
    print("checked %d lost (%d with truth, %d never found), %d found (%d negatives: %s), %d cross-category pairs"
          % (len(lost), n_true, len(lost) - n_true, len(found), sum(neg.values()), json.dumps(neg, sort_keys=True), cross))
    print("checked: header, key order, categories, field lengths, lat/lon pairs in China, loss windows, found_at range,")
    print("         truth keys unique and not negative, found at or after loss start, GB 11643 IDs, Luhn IMEIs, no full bank cards")
    if faults:
        for m in faults[:50]:
            print("FAULT:", m)
        print("%d faults" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
