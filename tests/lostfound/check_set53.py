#!/usr/bin/env python3
"""check_set53.py - validates set53.json against the brief; exits non-zero on any fault.

Checks the file alone (shape, keys, ranges, labels, numbers in the text), that the maker
rebuilds it byte for byte under two PYTHONHASHSEED values, and then, through the maker's
hidden truth records, that every hard negative is what its label says and that no found item
other than a report's truth agrees with that report on everything both sides state.
"""
import collections
import datetime
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SETFILE = os.path.join(HERE, "set53.json")
NAME = "set53"
PFX = "S53"
SEED = 53053
CATS = {"id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"}
NEG_WANT = {"twin_one_fact": 24, "same_cat_color": 22, "found_before_loss": 22,
            "same_brand_other_place_time": 22, "unclaimed": 30}
WANT = {"lost": 240, "found": 270, "pairs": 150, "lost_only": 90}
MAXMIN = 172800
STR60 = ("color", "brand", "model", "serial", "address")

faults = []
checked = []


def fault(msg):
    faults.append(msg)


def ok(msg):
    checked.append(msg)


def idnum_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    if "10X98765432"[sum(int(c) * k for c, k in zip(s[:17], w)) % 11] != s[17]:
        return False
    try:
        datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return True


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


def check_record(r, side):
    k = r.get("key", "?")
    allowed = {"key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon"}
    allowed |= {"lost_from_min", "lost_to_min", "truth"} if side == "lost" else {"found_at_min", "negative"}
    for f in r:
        if f not in allowed:
            fault("%s: unexpected field %s" % (k, f))
    if r.get("category") not in CATS:
        fault("%s: bad category %r" % (k, r.get("category")))
    b = r.get("body")
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault("%s: body missing or longer than 600" % k)
    for f in STR60:
        if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60):
            fault("%s: %s empty, not text or longer than 60" % (k, f))
    if "marks" in r and (not isinstance(r["marks"], str) or not r["marks"].strip() or len(r["marks"]) > 500):
        fault("%s: marks empty or longer than 500" % k)
    if ("lat" in r) != ("lon" in r):
        fault("%s: lat without lon or lon without lat" % k)
    if "lat" in r:
        if not (isinstance(r["lat"], float) and isinstance(r["lon"], float)):
            fault("%s: lat/lon not numbers" % k)
        elif not (18.0 <= r["lat"] <= 53.6 and 73.5 <= r["lon"] <= 135.1):
            fault("%s: lat/lon outside China" % k)
    if side == "lost":
        lf, lt = r.get("lost_from_min"), r.get("lost_to_min")
        if not (isinstance(lf, int) and isinstance(lt, int) and MAXMIN >= lf >= lt >= 0):
            fault("%s: loss window %r..%r" % (k, lf, lt))
    else:
        fa = r.get("found_at_min")
        if not (isinstance(fa, int) and 0 <= fa <= MAXMIN):
            fault("%s: found_at_min %r" % (k, fa))


def numbers_in(r):
    text = " ".join(str(r.get(f, "")) for f in ("body", "serial", "marks", "model", "address"))
    # ID numbers, written whole or spaced 6 8 4
    for m in re.finditer(r"(?<![\dA-Za-z])(\d{6}) ?(\d{8}) ?(\d{3}[\dX])(?![\dA-Za-z])", text):
        s = "".join(m.groups())
        if not idnum_ok(s):
            fault("%s: ID number %s fails GB 11643" % (r["key"], s))
        yield "id"
    # IMEIs whole, or with spaces / dashes
    for m in re.finditer(r"(?<![\d*])(\d[\d -]{13,21}\d)(?![\d*])", text):
        digits = re.sub(r"[ -]", "", m.group(1))
        if len(digits) == 15 and digits.startswith("86"):
            if not luhn_ok(digits):
                fault("%s: IMEI %s fails Luhn" % (r["key"], digits))
            yield "imei"
    # no whole bank card numbers: any run of 16-19 digits that is not an ID number is a fault
    for m in re.finditer(r"(?<!\d)\d{16,19}(?!\d)", re.sub(r"(?<=\d)[ -](?=\d)", "", text)):
        s = m.group(0)
        if not (len(s) == 18 and idnum_ok(s)) and not (len(s) == 17 and idnum_ok(s + "X")):
            fault("%s: a run of %d digits that looks like a card number: %s" % (r["key"], len(s), s))


def check_file(data):
    if set(data) != {"seed", "made_by", "parts"}:
        fault("top level keys %s" % sorted(data))
    if data.get("seed") != SEED:
        fault("seed %r" % data.get("seed"))
    if data.get("made_by") != "tests/lostfound/make_set53.py":
        fault("made_by %r" % data.get("made_by"))
    part = data["parts"].get(NAME)
    if set(data["parts"]) != {NAME} or set(part) != {"found", "lost"}:
        fault("parts shape")
    lost, found = part["lost"], part["found"]
    for i, r in enumerate(lost):
        if r.get("key") != "%s-L%04d" % (PFX, i + 1):
            fault("lost key %d is %r" % (i, r.get("key")))
        check_record(r, "lost")
    for i, r in enumerate(found):
        if r.get("key") != "%s-F%04d" % (PFX, i + 1):
            fault("found key %d is %r" % (i, r.get("key")))
        check_record(r, "found")
    ok("shape: %d lost and %d found records, keys %s-L0001.. and %s-F0001.. in order, field types and lengths, "
       "lat/lon pairs inside China, loss windows and found times in 0..%d" % (len(lost), len(found), PFX, PFX, MAXMIN))
    F = {r["key"]: r for r in found}
    seen = collections.Counter()
    cross = 0
    pairs = 0
    for r in lost:
        t = r.get("truth")
        if t is None:
            continue
        pairs += 1
        if t not in F:
            fault("%s: truth %s does not exist" % (r["key"], t))
            continue
        seen[t] += 1
        f = F[t]
        if "negative" in f:
            fault("%s: truth %s carries a negative label" % (r["key"], t))
        if f["found_at_min"] > r["lost_from_min"]:
            fault("%s: truth %s found before the loss began" % (r["key"], t))
        if f["category"] != r["category"]:
            cross += 1
    for t, n in seen.items():
        if n > 1:
            fault("found %s is the truth of %d reports" % (t, n))
    for f in found:
        if f["key"] not in seen and not f.get("negative"):
            fault("%s: nobody's truth but has no negative label" % f["key"])
    if cross > 5:
        fault("%d pairs under different categories (at most 5)" % cross)
    ok("labels: %d true pairs, each found item the truth of at most one report, every truth found at or after "
       "the start of its loss window, %d pairs under different categories, every other found item labelled" % (pairs, cross))
    negs = collections.Counter(f["negative"] for f in found if "negative" in f)
    if len(lost) != WANT["lost"] or len(found) != WANT["found"] or pairs != WANT["pairs"] \
            or len(lost) - pairs != WANT["lost_only"]:
        fault("sizes: %d lost, %d found, %d pairs" % (len(lost), len(found), pairs))
    for k, n in NEG_WANT.items():
        if negs.get(k, 0) != n:
            fault("negative %s: %d, want %d" % (k, negs.get(k, 0), n))
    for k in negs:
        if k not in NEG_WANT:
            fault("unknown negative label %s" % k)
    ok("sizes: %d pairs, %d lost-only reports, negatives %s" % (pairs, len(lost) - pairs, dict(sorted(negs.items()))))
    kinds = collections.Counter()
    for r in lost + found:
        for k in numbers_in(r):
            kinds[k] += 1
    ok("numbers in the text: %d ID numbers pass GB 11643, %d IMEIs pass Luhn, no whole bank card numbers"
       % (kinds["id"], kinds["imei"]))
    return lost, found


def check_rebuild():
    raw = open(SETFILE, "rb").read()
    for hs in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", "import make_set53 as m; import sys; "
                              "sys.stdout.buffer.write(m.dump(m.build()[0]).encode('utf-8'))"],
                             cwd=HERE, env=env, capture_output=True)
        if out.returncode != 0:
            fault("maker failed under PYTHONHASHSEED=%s: %s" % (hs, out.stderr.decode()[-300:]))
        elif out.stdout != raw:
            fault("maker output under PYTHONHASHSEED=%s differs from set53.json" % hs)
    ok("determinism: the maker rebuilds set53.json byte for byte under PYTHONHASHSEED=0 and 4242")


def mentions(rec, o, a):
    """Whether a stated fact can be seen in the rendered record (for facts with a fixed spelling)."""
    import make_set53 as m
    text = " ".join(str(rec.get(f, "")) for f in ("body", "serial", "marks", "brand", "model", "color"))
    v = o["attrs"][a]
    if v == "":
        return True
    if a == "name":
        return v in text
    if a == "serial":
        flat = re.sub(r"[ \-]", "", text)
        return re.sub(r"[ \-]", "", v)[-4:] in flat
    if a == "brand":
        for right, wrong in m.TYPOS:       # a typed-fast typo may fall inside a brand ("农商银航卡")
            if len(wrong) > 1 and not wrong.isascii():
                text = text.replace(wrong, right)
        low = text.lower()
        sp = m.BRANDS.get(v, [v]) + ["红米", "redmi"]
        return any(s.lower() in low for s in sp)
    if a == "color":
        return any(w in text for w in m.COLORS[v])
    return True


def check_meta(lost, found):
    sys.path.insert(0, HERE)
    import make_set53 as m
    data, meta = m.build()
    Ls, Fs = meta["losts"], meta["founds"]
    byk = {F["key"]: F for F in Fs}
    # stated facts show up
    miss = 0
    for X in Ls + Fs:
        for a in sorted(X["st"]):
            if a in ("name", "serial", "brand", "color") and a in X["obj"]["attrs"]:
                if not mentions(X["rec"], X["obj"], a):
                    miss += 1
                    fault("%s: states %s but it is not in the text" % (X["key"], a))
    ok("rendering: every stated name, serial tail, brand and colour appears in its record")
    # distinct objects carry distinct identifying numbers; facets agree with the colour
    objs = {}
    for X in Ls + Fs:
        objs[id(X["obj"])] = X["obj"]
    sers = collections.Counter(o["attrs"]["serial"] for o in objs.values() if o["attrs"].get("serial"))
    for v, n in sers.items():
        if n > 1:
            fault("serial %s carried by %d different objects" % (v, n))
    for o in objs.values():
        st = o["attrs"].get("f:stamp")
        if st and ((st == "s925") != (o["attrs"].get("color") == "银")):
            fault("a %s %s stamped %s" % (o["attrs"].get("color"), o["sub"], st))
        if o["extra"].get("color_of") == "门禁扣" and m.FOBCOL[o["attrs"]["f:fob"]] != o["attrs"]["color"]:
            fault("a %s key fob on keys called %s" % (o["attrs"]["f:fob"], o["attrs"]["color"]))
    ok("objects: %d distinct hidden objects, no identifying number shared by two of them, stamps match metals, "
       "key fobs match the colour given"
       % len(objs))
    # truth pairs do not contradict themselves
    for L in Ls:
        F = L["truth"]
        if F is None:
            continue
        for a in sorted(L["st"] & F["st"]):
            if a in L["obj"]["attrs"] and a in F["obj"]["attrs"] and \
                    m.contradict(a, L["obj"]["attrs"][a], F["obj"]["attrs"][a]):
                fault("%s/%s: a true pair contradicts itself on %s" % (L["key"], F["key"], a))
    ok("true pairs: no fact stated by both sides differs")
    # negatives are what their labels say
    kinds = collections.Counter()
    for F in Fs:
        if F["role"] != "neg":
            continue
        L = F["target"]
        lo, fo = L["obj"], F["obj"]
        k = F["negative"]
        kinds[k] += 1
        if fo["cat"] != lo["cat"]:
            fault("%s: %s of another category" % (F["key"], k))
        if k == "found_before_loss":
            if not F["found_at"] > L["lost_from"]:
                fault("%s: found_before_loss but found after %s began" % (F["key"], L["key"]))
        elif k == "twin_one_fact":
            a = F["twin_attr"]
            T = L["truth"]
            for b in ("color", "brand", "model", "sub"):
                if lo["attrs"].get(b) != fo["attrs"].get(b):
                    fault("%s: twin differs from %s in %s" % (F["key"], T["key"], b))
            if not (a in L["st"] and a in F["st"] and a in T["st"]):
                fault("%s: twin fact %s not stated by owner, finder and twin finder" % (F["key"], a))
            if not m.contradict(a, lo["attrs"][a], fo["attrs"][a]):
                fault("%s: twin does not differ in %s" % (F["key"], a))
            others = [b for b in m.differing(lo, fo) if b not in (a, "serial", "name", "cardtail", "staffno")]
            if others:
                fault("%s: twin differs in more visible facts: %s" % (F["key"], others))
            if F["found_at"] > L["lost_from"]:
                fault("%s: twin found before the loss" % F["key"])
        elif k == "same_cat_color":
            if lo["attrs"].get("color") != fo["attrs"].get("color"):
                fault("%s: same_cat_color of another colour" % F["key"])
            a = F["diff_attr"]
            if a is None or not (a in L["st"] and a in F["st"]) or not m.contradict(a, lo["attrs"][a], fo["attrs"][a]):
                fault("%s: same_cat_color without a stated difference" % F["key"])
        elif k == "same_brand_other_place_time":
            if not lo["attrs"].get("brand") or lo["attrs"].get("brand") != fo["attrs"].get("brand"):
                fault("%s: other place/time negative of another brand" % F["key"])
            if min(m.dist(F["place"], c) for c in L["claim"]) < 5000:
                fault("%s: other place/time negative within 5 km" % F["key"])
            if F["found_at"] <= L["lost_from"]:
                if L["lost_to"] - F["found_at"] < 7 * 1440:
                    fault("%s: other place/time negative found within a week of the loss" % F["key"])
                if m.compatible(dict(L, claim=[F["place"]]), F):
                    fault("%s: found after the loss with no stated difference" % F["key"])
    ok("negatives: %s checked against their targets (found before the loss; same colour with a stated "
       "difference; same brand over 5 km away and out of time; twins same in colour, brand and model and "
       "different in one fact the owner, the finder of the truth and the twin's finder all state)"
       % dict(sorted(kinds.items())))
    bad = m.audit(Ls, Fs, repair=False)
    for L, F in bad:
        fault("%s could be %s: nothing both state tells them apart" % (L["key"], F["key"]))
    ok("honesty audit: no report agrees with a found item other than its truth on everything both state "
       "(%d report/found combinations)" % (len(Ls) * len(Fs)))
    cats = collections.Counter((L["cat"], "pair" if L["truth"] else "lost_only") for L in Ls)
    fc = collections.Counter(F["cat"] for F in Fs)
    print("counts by category (pairs / lost-only / found items):")
    for c in m.CATS:
        print("  %-12s %3d %3d %3d" % (c, cats[(c, "pair")], cats[(c, "lost_only")], fc[c]))


def main():
    data = json.load(open(SETFILE, encoding="utf-8"))
    lost, found = check_file(data)
    check_rebuild()
    check_meta(lost, found)
    for c in checked:
        print("checked:", c)
    if faults:
        for f in faults[:60]:
            print("FAULT:", f)
        print("%d faults" % len(faults))
        sys.exit(1)
    print("set53: all checks passed")


if __name__ == "__main__":
    main()
