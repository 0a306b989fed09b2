#!/usr/bin/env python3
"""Check tests/lostfound/set63.json against the brief (exit 1 on any fault) and print what was checked.

It checks the file on its own (shape, fields, lengths, keys, truths, times, identifiers) and then against the
generator: make_set63.py must reproduce the file byte for byte, under two different PYTHONHASHSEEDs, and its
hidden truth records must agree with each negative's label (a twin differs in exactly one fact that both
registrations write down; a found-before item was found before the loss began; ...).
"""
import collections
import json
import math
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_set63 as M  # noqa: E402

PATH = os.path.join(HERE, "set63.json")
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
OPT = {"color": 60, "brand": 60, "model": 60, "serial": 60, "address": 60, "marks": 500}
LOST_KEYS = {"key", "category", "body", "lat", "lon", "lost_from_min", "lost_to_min", "truth"} | set(OPT)
FOUND_KEYS = {"key", "category", "body", "lat", "lon", "found_at_min", "negative"} | set(OPT)
WANT_NEG = {"twin": 22, "same_category_colour": 24, "found_before_loss": 22, "same_brand_far": 22, "unclaimed": 30}

faults = []


def fault(msg):
    faults.append(msg)


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


def gb_ok(s):
    return M.gb_check(s[:17]) == s[17].upper()


def texts(r):
    return [v for k, v in sorted(r.items()) if isinstance(v, str) and k not in ("key", "truth", "negative")]


def check_numbers(r):
    """IDs carry GB 11643 check digits, IMEIs Luhn digits, and no full bank card number appears anywhere."""
    n_id = n_imei = 0
    for t in texts(r):
        for run in re.findall(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])", t):
            n_id += 1
            if not gb_ok(run):
                fault("%s: ID number %s has a wrong check digit" % (r["key"], run))
        for run in re.findall(r"\d+[Xx]?", t):
            if run[-1] in "Xx":     # an ID number or its tail (后四位321X); the full ones are checked above
                continue
            if len(run) == 15:
                n_imei += 1
                if not luhn_ok(run):
                    fault("%s: IMEI %s fails Luhn" % (r["key"], run))
            elif len(run) in (16, 17, 19) or len(run) > 19:
                fault("%s: a %d-digit number %s (a full card number?)" % (r["key"], len(run), run))
            elif len(run) == 18 and not gb_ok(run):
                fault("%s: 18-digit number %s is not a valid ID number" % (r["key"], run))
        for m in re.findall(r"(?<!\d)(\d{2}) (\d{6}) (\d{6}) (\d)(?!\d)", t):
            n_imei += 1
            if not luhn_ok("".join(m)):
                fault("%s: spaced IMEI %s fails Luhn" % (r["key"], " ".join(m)))
        for m in re.findall(r"(?<!\d)(\d{4}) (\d{4}) (\d{4}) (\d{3})(?!\d)", t):
            n_imei += 1
            if not luhn_ok("".join(m)):
                fault("%s: grouped IMEI %s fails Luhn" % (r["key"], " ".join(m)))
        if re.search(r"(?<!\d)\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}(?!\d)", t):
            fault("%s: a full card number in groups of four" % r["key"])
    return n_id, n_imei


def check_file(doc):
    if doc.get("seed") != 6363 or doc.get("made_by") != "tests/lostfound/make_set63.py":
        fault("seed or made_by wrong")
    if sorted(doc.get("parts", {})) != ["set63"]:
        fault("parts must hold exactly set63")
    part = doc["parts"]["set63"]
    if sorted(part) != ["found", "lost"]:
        fault("set63 must hold found and lost")
    lost, found = part["lost"], part["found"]
    fk = [r["key"] for r in found]
    lk = [r["key"] for r in lost]
    if fk != ["S63-F%04d" % (i + 1) for i in range(len(found))]:
        fault("found keys are not S63-F0001 ... in order")
    if lk != ["S63-L%04d" % (i + 1) for i in range(len(lost))]:
        fault("lost keys are not S63-L0001 ... in order")
    F = {r["key"]: r for r in found}
    n_id = n_imei = 0
    for r, allowed, kind in [(r, LOST_KEYS, "lost") for r in lost] + [(r, FOUND_KEYS, "found") for r in found]:
        k = r["key"]
        extra = set(r) - allowed
        if extra:
            fault("%s: unknown fields %s" % (k, sorted(extra)))
        if r.get("category") not in CATS:
            fault("%s: category %r" % (k, r.get("category")))
        b = r.get("body")
        if not isinstance(b, str) or not b.strip() or len(b) > 600:
            fault("%s: body missing or longer than 600" % k)
        for f, n in OPT.items():
            if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > n):
                fault("%s: %s empty, not text or longer than %d" % (k, f, n))
        if ("lat" in r) != ("lon" in r):
            fault("%s: lat without lon or lon without lat" % k)
        if "lat" in r and not (18 <= r["lat"] <= 54 and 73 <= r["lon"] <= 135):
            fault("%s: lat/lon outside China" % k)
        if kind == "lost":
            a, z = r.get("lost_from_min"), r.get("lost_to_min")
            if not (isinstance(a, int) and isinstance(z, int) and M.MAXMIN >= a >= z >= 0):
                fault("%s: lost_from_min >= lost_to_min >= 0 broken (%r, %r)" % (k, a, z))
            if "truth" not in r:
                fault("%s: no truth field" % k)
        else:
            t = r.get("found_at_min")
            if not (isinstance(t, int) and 0 <= t <= M.MAXMIN):
                fault("%s: found_at_min %r" % (k, t))
        a, b2 = check_numbers(r)
        n_id += a
        n_imei += b2
    used = collections.Counter(r["truth"] for r in lost if r["truth"] is not None)
    for key, n in sorted(used.items()):
        if key not in F:
            fault("truth %s is no found item" % key)
        elif n > 1:
            fault("%s is the truth of %d reports" % (key, n))
        elif "negative" in F[key]:
            fault("%s is a truth but labelled negative" % key)
    for r in found:
        if r["key"] not in used and r.get("negative") not in WANT_NEG:
            fault("%s is nobody's truth but has no known negative label (%r)" % (r["key"], r.get("negative")))
    cross = 0
    for r in lost:
        if r["truth"] in F:
            f = F[r["truth"]]
            if f["found_at_min"] > r["lost_from_min"]:
                fault("%s: its item %s was found before the loss began" % (r["key"], f["key"]))
            if f["category"] != r["category"]:
                cross += 1
    if cross > 5:
        fault("%d pairs under different categories (at most 5)" % cross)
    if len(lost) != 240 or len(used) != 150 or len(found) != 270:
        fault("sizes: %d lost, %d with a truth, %d found" % (len(lost), len(used), len(found)))
    negc = collections.Counter(r["negative"] for r in found if "negative" in r)
    if dict(negc) != WANT_NEG:
        fault("negative counts %s" % dict(negc))
    return dict(lost=len(lost), truths=len(used), never=len(lost) - len(used), found=len(found), negc=negc,
                cross=cross, n_id=n_id, n_imei=n_imei,
                lost_cat=collections.Counter(r["category"] for r in lost),
                true_cat=collections.Counter(r["category"] for r in lost if r["truth"]),
                found_cat=collections.Counter(r["category"] for r in found),
                neg_cat=collections.Counter((r["negative"], r["category"]) for r in found if "negative" in r),
                lost_fields=collections.Counter(f for r in lost for f in OPT if f in r),
                found_fields=collections.Counter(f for r in found for f in OPT if f in r),
                lost_ll=sum(1 for r in lost if "lat" in r), found_ll=sum(1 for r in found if "lat" in r),
                bare_lost=sum(1 for r in lost if not any(f in r for f in OPT)))


def norm(s):
    return s.replace("俺", "我").replace("老人", "我").lower()


def check_hidden(doc, hidden):
    part = doc["parts"]["set63"]
    L = {r["key"]: r for r in part["lost"]}
    F = {r["key"]: r for r in part["found"]}
    plan = {k: (n, nt) for k, n, nt in M.NEG_PLAN}
    seen_targets = collections.Counter()
    by_kind = collections.Counter()
    aimed_true = collections.Counter()
    for h in hidden["negatives"]:
        k = h["kind"]
        by_kind[k] += 1
        if F[h["found"]].get("negative") != k:
            fault("%s: label %r, generator says %s" % (h["found"], F[h["found"]].get("negative"), k))
        if k == "unclaimed":
            if "target" in h:
                fault("%s: an unclaimed item aimed at a report" % h["found"])
            continue
        seen_targets[h["target"]] += 1
        aimed_true[k] += 1 if h["target_true"] else 0
        lost = L[h["target"]]
        fm = F[h["found"]]["found_at_min"]
        if (lost["truth"] is not None) != h["target_true"] or lost["truth"] != h["t_truth"]:
            fault("%s: target %s truth disagrees" % (h["found"], h["target"]))
        if h["cat"] != h["t_cat"]:
            fault("%s: %s of another category" % (h["found"], k))
        if k == "twin":
            diff = [f for f in ("color", "brand", "model", "mark0", "amount") if h["sig"][f] != h["t_sig"][f]]
            if h["fact"] == "id0":
                diff.append("id0") if h["sig"]["id0"] != h["t_sig"]["id0"] else None
            if diff != [h["fact"]]:
                fault("%s: twin differs in %s, not exactly in %s" % (h["found"], diff, h["fact"]))
            if fm > h["t_from"]:
                fault("%s: twin found before the loss began" % h["found"])
            near = min(M.km(h["found_xy"], h["t_xy"]), M.km(h["found_xy"], h["t_via_xy"]))
            if near > 3:
                fault("%s: twin found %.1f km from its target's loss" % (h["found"], near))
            lt = norm(" ".join(texts(lost)))
            ft = norm(" ".join(texts(F[h["found"]])))
            if h["fact"] == "id0":   # an IMEI or frame number may be written in groups
                lt, ft = re.sub(r"[\s\-·]", "", lt), re.sub(r"[\s\-·]", "", ft)
            if not any(norm(x) in lt for x in h["t_says"]):
                fault("%s: report %s does not write down the twin's fact %s" % (h["found"], h["target"], h["fact"]))
            if not any(norm(x) in ft for x in h["n_says"]):
                fault("%s: twin registration does not write down its fact %s" % (h["found"], h["fact"]))
        elif k == "same_category_colour":
            if h["color"] != h["t_color"]:
                fault("%s: colour %s vs %s" % (h["found"], h["color"], h["t_color"]))
            if h["sig"]["brand"] == h["t_sig"]["brand"] and h["sig"]["brand"] is not None:
                fault("%s: same brand, not a different object" % h["found"])
            if h["sig"] == h["t_sig"]:
                fault("%s: identical to its target" % h["found"])
            if fm > h["t_from"]:
                fault("%s: found before the loss began (that is another kind)" % h["found"])
        elif k == "found_before_loss":
            if not fm > h["t_from"]:
                fault("%s: labelled found before the loss but found at %d, loss began %d" % (h["found"], fm,
                                                                                             h["t_from"]))
            if h["color"] != h["t_color"] or h["brand"] != h["t_brand"]:
                fault("%s: does not look like its target" % h["found"])
            if "serial" in F[h["found"]]:
                fault("%s: a found-before item with a serial" % h["found"])
        elif k == "same_brand_far":
            if h["brand"] != h["t_brand"] or not h["brand"]:
                fault("%s: brand %s vs %s" % (h["found"], h["brand"], h["t_brand"]))
            if M.km(h["found_xy"], h["t_xy"]) < 4.0:
                fault("%s: only %.1f km from the loss" % (h["found"], M.km(h["found_xy"], h["t_xy"])))
            if fm > h["t_to"] - 2 * 1440:
                fault("%s: found less than two days after the loss window" % h["found"])
    for t, n in sorted(seen_targets.items()):
        if n > 1:
            fault("%s is the target of %d negatives" % (t, n))
    for k, (n, nt) in sorted(plan.items()):
        if by_kind[k] != n or aimed_true[k] != nt:
            fault("%s: %d made (%d aimed at a report whose item turns up), want %d (%d)" % (k, by_kind[k],
                                                                                           aimed_true[k], n, nt))
    far = [M.km(p["lost_xy"], p["found_xy"]) for p in hidden["pairs"]]
    if sorted(hidden["voices"]) != sorted(L):
        fault("the generator's voices do not cover the reports")
    return dict(targets=len(seen_targets), aimed_true=aimed_true, by_kind=by_kind,
                all_voices=collections.Counter(hidden["voices"].values()),
                neg_cat=collections.Counter((h["kind"], F[h["found"]]["category"]) for h in hidden["negatives"]),
                twin_facts=collections.Counter(h["fact"] for h in hidden["negatives"] if h["kind"] == "twin"),
                pair_far=sum(1 for d in far if d >= 3.0), pairs=len(far),
                voices=collections.Counter(p["voice"] for p in hidden["pairs"]))


def main():
    with open(PATH, encoding="utf-8") as f:
        raw = f.read()
    doc = json.loads(raw)
    st = check_file(doc)
    doc2, hidden = M.build()
    if M.dump(doc2) != raw:
        fault("make_set63.build() does not reproduce set63.json")
    for hs in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, os.path.join(HERE, "make_set63.py"), "--stdout"], env=env,
                             capture_output=True, text=True, encoding="utf-8")
        if out.returncode != 0 or out.stdout != raw:
            fault("make_set63.py --stdout under PYTHONHASHSEED=%s differs from set63.json" % hs)
    hs = check_hidden(doc, hidden)

    print("set63.json: %d lost reports (%d with a found item, %d never handed in), %d found items" % (
        st["lost"], st["truths"], st["never"], st["found"]))
    print("negatives: " + ", ".join("%s %d" % (k, st["negc"][k]) for k in WANT_NEG))
    print("negatives aimed at a report: %d distinct reports; aimed at a report whose item does turn up: %s" % (
        hs["targets"], ", ".join("%s %d" % (k, hs["aimed_true"][k]) for k in sorted(hs["aimed_true"]))))
    print("twins differ in: " + ", ".join("%s %d" % kv for kv in sorted(hs["twin_facts"].items())))
    print("%-12s %5s %5s %5s %5s" % ("category", "lost", "true", "never", "found"))
    for c in CATS:
        print("%-12s %5d %5d %5d %5d" % (c, st["lost_cat"][c], st["true_cat"][c], st["lost_cat"][c] - st["true_cat"][c],
                                         st["found_cat"][c]))
    print("pairs filed under two categories: %d; true items found 3 km or more from the loss: %d of %d" % (
        st["cross"], hs["pair_far"], hs["pairs"]))
    print("lost fields filled: " + ", ".join("%s %d" % (f, st["lost_fields"][f]) for f in OPT) +
          ", lat/lon %d; %d reports with no optional field at all" % (st["lost_ll"], st["bare_lost"]))
    print("found fields filled: " + ", ".join("%s %d" % (f, st["found_fields"][f]) for f in OPT) +
          ", lat/lon %d" % st["found_ll"])
    print("ID numbers checked (GB 11643): %d; IMEIs checked (Luhn): %d; no full bank card number" % (
        st["n_id"], st["n_imei"]))
    print("voices of all reports: " + ", ".join("%s %d" % kv for kv in sorted(hs["all_voices"].items())))
    print("voices of the reports whose item turns up: " + ", ".join("%s %d" % kv for kv in sorted(hs["voices"].items())))
    print("negatives by category (twin / same colour / found before / same brand far / unclaimed):")
    for c in CATS:
        print("  %-12s %s" % (c, " ".join("%2d" % hs["neg_cat"][(k, c)] for k in WANT_NEG)))
    print("regenerated byte for byte by make_set63.py (in process, and under PYTHONHASHSEED 0 and 4242)")
    if faults:
        print("\n%d FAULTS:" % len(faults))
        for f in faults:
            print("  " + f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
