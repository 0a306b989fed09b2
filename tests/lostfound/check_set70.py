#!/usr/bin/env python3
"""Validates set70.json against the brief and against make_set70.py's hidden truth.

Exits non-zero on any fault and prints what it checked.  Standard library only.

    python3 check_set70.py
"""

import json
import math
import os
import re
import sys
from collections import Counter
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_set70 as M  # noqa: E402

PART = "set70"
PFX = "S70"
SEED = 7070
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
HARD = ["twin", "same_category_colour", "found_before_loss", "same_brand_elsewhere"]
LABELS = HARD + ["unclaimed"]
MAX_MIN = 172800
STR60 = ["color", "brand", "model", "serial", "address"]
LOST_FIELDS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "lost_from_min", "lost_to_min", "truth"}
FOUND_FIELDS = {"key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
                "found_at_min", "negative"}

faults = []
notes = []


def fault(msg):
    faults.append(msg)


def km(a, b):
    la1, lo1 = map(math.radians, a)
    la2, lo2 = map(math.radians, b)
    d = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(d))


def ll(rec):
    return "lat" in rec and "lon" in rec


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_ok(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    if not (1900 <= y <= 2024 and 1 <= m <= 12 and 1 <= d <= 31):
        return False
    return "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], W)) % 11] == s[17]


def check_numbers(where, text):
    """ID numbers valid (GB 11643), IMEIs valid (Luhn), no full bank card numbers."""
    n_id = n_imei = 0
    rest = text
    for m in re.finditer(r"(?<![\dA-Za-z])(\d{17}[\dXx])(?![\dA-Za-z])", text):
        tok = m.group(1).upper()
        if not id_ok(tok):
            fault(f"{where}: 18-character number {tok} is not a valid ID number")
        n_id += 1
        rest = rest.replace(m.group(1), " ")
    for m in re.finditer(r"\d+", rest):
        run = m.group(0)
        if len(run) == 15:
            n_imei += 1
            if not luhn_ok(run):
                fault(f"{where}: 15-digit number {run} fails Luhn")
        elif len(run) >= 16:
            fault(f"{where}: {len(run)}-digit run {run} (a full card number?)")
    for m in re.finditer(r"(?<![\d])(\d[\d \-]{13,22}\d)(?![\d])", rest):
        flat = re.sub(r"[ \-]", "", m.group(1))
        if len(flat) == 15 and not flat.isdigit():
            continue
        if len(flat) == 15 and " " in m.group(1) or len(flat) == 15 and "-" in m.group(1):
            n_imei += 1
            if not luhn_ok(flat):
                fault(f"{where}: written-apart IMEI {m.group(1)} fails Luhn")
        elif len(flat) >= 16 and ("*" not in m.group(1)):
            fault(f"{where}: long written-apart number {m.group(1)}")
    return n_id, n_imei


def written_days(body):
    """Calendar days a body names, read the way a person would."""
    now = M.NOW.date()
    out = []
    for m in re.finditer(r"(?<![\d.])(1[012]|[1-9])月(\d{1,2})[号日]", body):
        out.append(date(now.year, int(m.group(1)), int(m.group(2))))
    for m in re.finditer(r"(?<![\d.])(1[01])\.(\d{1,2})(?![\d克])", body):
        out.append(date(now.year, int(m.group(1)), int(m.group(2))))
    for m in re.finditer(r"(?<![\d月.A-Za-z])(\d{1,2})号(?!\s?[A-Za-z机门楼仓宿饭线位码车房])", body):
        if 1 <= int(m.group(1)) <= 30:
            out.append(date(now.year, now.month, int(m.group(1))))
    for m in re.finditer(r"\b(Oct|Nov) (\d{1,2})\b", body):
        out.append(date(now.year, 10 if m.group(1) == "Oct" else 11, int(m.group(2))))
    for w, k in (("今天", 0), ("昨天", 1), ("昨晚", 1), ("前天", 2), ("yesterday", 1), ("today", 0)):
        if w in body:
            out.append(now - timedelta(days=k))
    return out


def main():
    path = os.path.join(HERE, "set70.json")
    raw = open(path, encoding="utf-8").read()
    data = json.loads(raw)

    # ---- reproducibility
    d1, hidden = M.build()
    d2, _ = M.build()
    if M.dumps(d1) != raw:
        fault("set70.json differs from what make_set70.py writes now")
    if M.dumps(d1) != M.dumps(d2):
        fault("two builds in one process differ")
    notes.append("set70.json is byte-identical to a fresh build (and two builds agree)")

    # ---- top level
    if data.get("seed") != SEED:
        fault("seed is not 7070")
    if data.get("made_by") != "tests/lostfound/make_set70.py":
        fault("made_by is wrong")
    if list(data.get("parts", {})) != [PART]:
        fault("parts must hold exactly set70")
    part = data["parts"][PART]
    if set(part) != {"found", "lost"}:
        fault("set70 must hold found and lost")
    found, lost = part["found"], part["lost"]
    F = {}
    L = {}

    def common(rec, where, allowed):
        extra = set(rec) - allowed
        if extra:
            fault(f"{where}: unexpected fields {sorted(extra)}")
        if rec.get("category") not in CATS:
            fault(f"{where}: category {rec.get('category')!r}")
        b = rec.get("body")
        if not isinstance(b, str) or not b.strip() or len(b) > 600:
            fault(f"{where}: body missing or longer than 600")
        for k in STR60:
            if k in rec and (not isinstance(rec[k], str) or not rec[k].strip() or len(rec[k]) > 60):
                fault(f"{where}: {k} empty, not a string or longer than 60")
        if "marks" in rec and (not isinstance(rec["marks"], str) or not rec["marks"].strip() or len(rec["marks"]) > 500):
            fault(f"{where}: marks empty or longer than 500")
        if ("lat" in rec) != ("lon" in rec):
            fault(f"{where}: lat and lon must come together")
        if "lat" in rec and "lon" in rec:
            la, lo = rec["lat"], rec["lon"]
            if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (la, lo)):
                fault(f"{where}: lat/lon not numbers")
            elif not (18.0 <= la <= 53.6 and 73.5 <= lo <= 135.1):
                fault(f"{where}: lat/lon outside China")
            elif not (21.5 <= la <= 24.0 and 112.5 <= lo <= 115.0):
                fault(f"{where}: lat/lon outside the south-China box of this world")
        n = [0, 0]
        for k in ("body", "serial", "marks", "model", "address"):
            if k in rec:
                a, b = check_numbers(f"{where}.{k}", str(rec[k]))
                n[0] += a
                n[1] += b
        return n

    n_ids = n_imeis = 0
    for i, rec in enumerate(lost, 1):
        k = rec.get("key")
        if k != f"{PFX}-L{i:04d}":
            fault(f"lost #{i}: key {k!r} out of sequence")
        if k in L:
            fault(f"duplicate key {k}")
        L[k] = rec
        a, b = common(rec, k, LOST_FIELDS)
        n_ids += a
        n_imeis += b
        fr, to = rec.get("lost_from_min"), rec.get("lost_to_min")
        if not (isinstance(fr, int) and isinstance(to, int) and MAX_MIN >= fr >= to >= 0):
            fault(f"{k}: need lost_from_min >= lost_to_min >= 0, at most {MAX_MIN}")
        if "truth" not in rec:
            fault(f"{k}: truth missing (must be a key or null)")
    for i, rec in enumerate(found, 1):
        k = rec.get("key")
        if k != f"{PFX}-F{i:04d}":
            fault(f"found #{i}: key {k!r} out of sequence")
        if k in F:
            fault(f"duplicate key {k}")
        F[k] = rec
        a, b = common(rec, k, FOUND_FIELDS)
        n_ids += a
        n_imeis += b
        fa = rec.get("found_at_min")
        if not (isinstance(fa, int) and 0 <= fa <= MAX_MIN):
            fault(f"{k}: found_at_min must be an int in 0..{MAX_MIN}")
    notes.append(f"fields, lengths, keys, coordinates and times of {len(lost)} lost and {len(found)} found records")
    notes.append(f"{n_ids} ID numbers carry valid check digits, {n_imeis} IMEIs pass Luhn, no full card numbers")

    # ---- truth
    claimed = Counter()
    cross = 0
    true_km = []
    for k, rec in L.items():
        t = rec.get("truth")
        if t is None:
            continue
        if t not in F:
            fault(f"{k}: truth {t} is not a found key")
            continue
        claimed[t] += 1
        f = F[t]
        if not f["found_at_min"] <= rec["lost_from_min"]:
            fault(f"{k}: its item {t} was found before the loss began")
        if f["category"] != rec["category"]:
            cross += 1
        if ll(rec) and ll(f):
            true_km.append(km((rec["lat"], rec["lon"]), (f["lat"], f["lon"])))
    for t, n in claimed.items():
        if n > 1:
            fault(f"{t} is the truth of {n} reports")
    if cross > 5:
        fault(f"{cross} true pairs sit under different categories (at most 5)")
    for k, f in F.items():
        if k in claimed and "negative" in f:
            fault(f"{k} is someone's truth but carries negative")
        if k not in claimed:
            if f.get("negative") not in LABELS:
                fault(f"{k} is nobody's truth but has no known negative label")
    if true_km and max(true_km) > 5.0:
        fault(f"a true pair's coordinates lie {max(true_km):.1f} km apart")
    n_true = sum(1 for r in lost if r["truth"])
    n_never = len(lost) - n_true
    negs = Counter(f["negative"] for f in found if "negative" in f)
    n_hard = sum(negs[x] for x in HARD)
    if len(lost) != 240 or n_true != 150 or n_never != 90:
        fault(f"expected 240 lost (150 true, 90 never handed in), got {len(lost)} ({n_true}, {n_never})")
    if not 260 <= len(found) <= 280:
        fault(f"expected about 270 found items, got {len(found)}")
    if n_hard < 90:
        fault(f"only {n_hard} hard negatives (need at least 90)")
    notes.append(f"truth: {n_true} pairs, each found item claimed at most once, none found before its loss began; "
                 f"{cross} cross-category pairs; true pairs with both coordinates: {len(true_km)}, "
                 f"farthest {max(true_km):.2f} km")

    # ---- the decoys against their hidden targets
    HL, HF = hidden["lost"], hidden["found"]
    seen = Counter()
    for fk, label, lk in hidden["decoys"]:
        seen[label] += 1
        f, l, hf, hl = F[fk], L[lk], HF[fk], HL[lk]
        if f.get("negative") != label:
            fault(f"{fk}: hidden label {label} but written {f.get('negative')}")
        if hf["cat"] != hl["cat"]:
            fault(f"{fk}: decoy of another category than its target {lk}")
        if label == "twin":
            for a in ("kind", "color", "brand", "model"):
                if hf[a] != hl[a]:
                    fault(f"{fk}: twin differs from {lk} in {a}")
            if hf["tell_key"] == hl["tell_key"]:
                fault(f"{fk}: twin has the same telling detail as {lk}")
            if not hl["tell_text"] or hl["tell_text"] not in (l["body"] + l.get("marks", "")):
                fault(f"{fk}: target {lk} does not write its telling detail")
            if not hf["tell_text"] or hf["tell_text"] not in (f["body"] + f.get("marks", "")):
                fault(f"{fk}: twin does not write its telling detail")
            if f["found_at_min"] > l["lost_from_min"]:
                fault(f"{fk}: twin found before {lk}'s loss (should be the time-plausible kind)")
            if km(hf["xy"], hl["xy"]) > 1.6:
                fault(f"{fk}: twin not near {lk}")
        elif label == "same_category_colour":
            if hf["color"] != hl["color"] or not hf["color"]:
                fault(f"{fk}: not the same colour as {lk}")
            if (hf["kind"], hf["brand"], hf["tell_key"], hf["serial"]) == (hl["kind"], hl["brand"], hl["tell_key"], hl["serial"]):
                fault(f"{fk}: indistinguishable from {lk}")
            if km(hf["xy"], hl["xy"]) > 1.6:
                fault(f"{fk}: not near {lk}")
        elif label == "found_before_loss":
            if not f["found_at_min"] > l["lost_from_min"]:
                fault(f"{fk}: not found before {lk}'s loss began")
            if hf["kind"] != hl["kind"]:
                fault(f"{fk}: not the same kind as {lk}")
        elif label == "same_brand_elsewhere":
            if not hf["brand"] or hf["brand"] != hl["brand"]:
                fault(f"{fk}: not the same brand as {lk}")
            if km(hf["xy"], hl["xy"]) < 15:
                fault(f"{fk}: not far from {lk}")
            if ll(f) and ll(l) and km((f["lat"], f["lon"]), (l["lat"], l["lon"])) < 15:
                fault(f"{fk}: written coordinates not far from {lk}'s")
            fa = f["found_at_min"]
            if not (fa > l["lost_from_min"] or fa < l["lost_to_min"] - 2 * 1440):
                fault(f"{fk}: found inside or just after {lk}'s loss window")
        if hf["serial"] and hf["serial"] == hl["serial"]:
            fault(f"{fk}: shares its identifier with {lk}")
        if l["truth"] == fk:
            fault(f"{fk}: a decoy is {lk}'s truth")
    for label in HARD:
        if seen[label] != negs[label]:
            fault(f"{label}: {negs[label]} written but {seen[label]} hidden decoys")
    aimed_never = sum(1 for fk, label, lk in hidden["decoys"] if L[lk]["truth"] is None)
    notes.append(f"{len(hidden['decoys'])} decoys checked against their hidden targets "
                 f"({aimed_never} aimed at reports whose item never turns up)")

    # ---- dates written in bodies agree with the minutes (all count back from one moment, M.NOW)
    n_dates = 0
    for rec in lost + found:
        if "found_at_min" in rec:
            days = [(M.NOW - timedelta(minutes=rec["found_at_min"])).date()]
        else:
            a = (M.NOW - timedelta(minutes=rec["lost_from_min"])).date()
            b = (M.NOW - timedelta(minutes=rec["lost_to_min"])).date()
            days = [a + timedelta(days=i) for i in range((b - a).days + 1)]
        for d in written_days(rec["body"]):
            n_dates += 1
            if d not in days:
                fault(f"{rec['key']}: body names {d} outside its time ({days[0]} .. {days[-1]})")
    notes.append(f"{n_dates} dates written in bodies (11月5号, 11.5, 5号, 昨天, Nov 5 ...) fall on the record's days")

    # ---- how registrations are filled
    def bare(rec):
        return not any(k in rec for k in ("color", "brand", "model", "serial", "marks", "address", "lat"))
    bare_l = sum(1 for r in lost if bare(r))
    bare_f = sum(1 for r in found if bare(r))
    short_l = sum(1 for r in lost if len(r["body"]) <= 40)
    en_l = sum(1 for r in lost if not re.search(r"[\u4e00-\u9fff]", r["body"][:30]))
    if bare_l < 30 or bare_f < 30:
        fault("too few registrations that leave every field empty")
    notes.append(f"{bare_l} lost and {bare_f} found registrations leave every optional field empty; "
                 f"{short_l} lost bodies are 40 characters or less; {en_l} lost bodies open in English")

    # ---- report
    print("check_set70: checked")
    for n in notes:
        print("  -", n)
    print()
    print(f"  {'category':<12}{'true':>6}{'never':>7}{'neg':>6}   lost  found")
    for c in CATS:
        t = sum(1 for r in lost if r["category"] == c and r["truth"])
        nv = sum(1 for r in lost if r["category"] == c and not r["truth"])
        ng = sum(1 for f in found if f["category"] == c and "negative" in f)
        print(f"  {c:<12}{t:>6}{nv:>7}{ng:>6}   {t + nv:>4}  {sum(1 for f in found if f['category'] == c):>5}")
    print(f"  {'total':<12}{n_true:>6}{n_never:>7}{sum(negs.values()):>6}   {len(lost):>4}  {len(found):>5}")
    print()
    print("  negatives:", ", ".join(f"{k} {negs[k]}" for k in LABELS), f"(hard {n_hard})")
    if faults:
        print()
        print(f"FAULTS ({len(faults)}):")
        for f in faults[:200]:
            print("  *", f)
        sys.exit(1)
    print()
    print("OK")


if __name__ == "__main__":
    main()
