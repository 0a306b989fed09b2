"""Validates tests/lostfound/set122.json against the brief; exits non-zero on any fault."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
OPT60 = ["color", "brand", "model", "serial", "address"]
MAXMIN = 172800
faults = []


def fault(msg):
    faults.append(msg)


def check_common(r, kind):
    k = r.get("key", "?")
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (k, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or >600" % k)
    for f in OPT60:
        if f in r and (not isinstance(r[f], str) or not r[f] or len(r[f]) > 60):
            fault("%s: %s bad or >60" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"] or len(r["marks"]) > 500):
        fault("%s: marks bad or >500" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat/lon not both" % k)
    if "lat" in r and not (18 <= r["lat"] <= 54 and 73 <= r["lon"] <= 135):
        fault("%s: lat/lon outside China" % k)
    allowed = {"key", "category", "body", "marks", "lat", "lon"} | set(OPT60)
    allowed |= {"lost_from_min", "lost_to_min", "truth"} if kind == "lost" else {"found_at_min", "negative"}
    extra = set(r) - allowed
    if extra:
        fault("%s: unexpected fields %s" % (k, sorted(extra)))


def main():
    d = json.load(open(os.path.join(HERE, "set122.json"), encoding="utf-8"))
    if d.get("seed") != 122122 or d.get("made_by") != "tests/lostfound/make_set122.py":
        fault("seed/made_by wrong")
    if list(d.get("parts", {})) != ["set122"]:
        fault("parts must hold only set122")
    part = d["parts"]["set122"]
    lost, found = part["lost"], part["found"]
    lkeys = [r["key"] for r in lost]
    fkeys = [r["key"] for r in found]
    if len(set(lkeys)) != len(lkeys) or len(set(fkeys)) != len(fkeys):
        fault("duplicate keys")
    if sorted(lkeys) != ["S122-L%04d" % i for i in range(1, len(lost) + 1)]:
        fault("lost keys not S122-L0001..")
    if sorted(fkeys) != ["S122-F%04d" % i for i in range(1, len(found) + 1)]:
        fault("found keys not S122-F0001..")
    fby = {r["key"]: r for r in found}
    for r in lost:
        check_common(r, "lost")
        a, b = r.get("lost_from_min"), r.get("lost_to_min")
        if not (isinstance(a, int) and isinstance(b, int) and MAXMIN >= a >= b >= 0):
            fault("%s: bad loss window" % r["key"])
    for r in found:
        check_common(r, "found")
        t = r.get("found_at_min")
        if not (isinstance(t, int) and 0 <= t <= MAXMIN):
            fault("%s: bad found_at_min" % r["key"])
    truths = [r["truth"] for r in lost if r.get("truth") is not None]
    if any("truth" not in r for r in lost):
        fault("lost report without truth field")
    if len(set(truths)) != len(truths):
        fault("a found item is the truth of two reports")
    cross = 0
    for r in lost:
        tk = r.get("truth")
        if tk is None:
            continue
        f = fby.get(tk)
        if f is None:
            fault("%s: truth %s missing" % (r["key"], tk))
            continue
        if "negative" in f:
            fault("%s: truth %s is labelled negative" % (r["key"], tk))
        if f["found_at_min"] > r["lost_from_min"]:
            fault("%s: truth found before loss began" % r["key"])
        if f["category"] != r["category"]:
            cross += 1
    if cross > 5:
        fault("more than 5 cross-category pairs")
    tset = set(truths)
    for f in found:
        if f["key"] not in tset and not f.get("negative"):
            fault("%s: nobody's truth but no negative label" % f["key"])
    negs = {}
    for f in found:
        if f.get("negative"):
            negs[f["negative"]] = negs.get(f["negative"], 0) + 1
    n_pairs, n_never = len(truths), sum(1 for r in lost if r["truth"] is None)
    if (n_pairs, n_never, sum(negs.values())) != (150, 90, 120):
        fault("counts %d/%d/%d, want 150/90/120" % (n_pairs, n_never, sum(negs.values())))
    print("checked set122.json: %d lost (%d pairs, %d never found), %d found, negatives %s, cross-category pairs %d"
          % (len(lost), n_pairs, n_never, len(found), json.dumps(negs, sort_keys=True), cross))
    print("checked: keys/prefix/uniqueness, categories, field lengths, lat/lon pairs in China, windows, "
          "found_at range, truth links, found-after-loss-start, negative labels, counts")
    if faults:
        for m in faults[:50]:
            print("FAULT:", m)
        print("%d faults" % len(faults))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
