#!/usr/bin/env python3
"""Write tests/lostfound/set113.json: a blind labelled lost-and-found set (mountain city, August heat).

Written from the issue's own words only, without looking at the matcher. Every object is first drawn
as a hidden truth record (set113_objects); the owner's report and the finder's registration are then
written from it separately (set113_write), each knowing only what that person would know. Hard
negatives are new objects drawn against a chosen report, each with a reason it cannot be that
report's object that the two registrations themselves state.

Python 3 standard library only; one random.Random(SEED); byte-identical output on every run.
"""

import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import random  # noqa: E402

import set113_objects as O  # noqa: E402
import set113_world as W  # noqa: E402
import set113_write as WR  # noqa: E402

SEED = 113013
PFX = "S113"
PART = "set113"
OUT = os.path.join(HERE, "set113.json")

CAT_COUNTS = [("phone", 40), ("id_doc", 28), ("wallet", 30), ("keys", 22), ("ebike", 12), ("bicycle", 8),
              ("bag", 30), ("cash", 12), ("jewelry", 14), ("electronics", 26), ("other", 18)]
N_MATCHED = 150
NEG_COUNTS = [("serial_near_miss", 15), ("same_number_other_thing", 8), ("near_twin", 24),
              ("same_brand_far", 15), ("similar_place", 16), ("same_cat_color", 22), ("found_before_loss", 20)]
# lost category -> object kind filed under another category by the finder (at most 5 such pairs)
CROSS = [("id_doc", "holder"), ("phone", "watch"), ("cash", "purse"), ("other", "cooler")]

ALL_PLACES = sorted(W.PLACES)
AFF = {
    "ebike": ["yzp1", "yzp4", "spl", "univ", "gl_sbp", "gl_lsj", "xh", "ls_m", "ls_b", "wjl", "lyw_j", "hosp_mz"],
    "bicycle": ["univ", "wjl", "spf", "lyw_j", "lyw_s", "xh"],
    "records": ["hosp_mz", "hosp_zy"],
    "pole": ["bbt_up", "bbt_dn", "gl_sbp", "gl_dtx", "xh", "lsd_n", "lsd_s"],
    "tourist": ["sd_n", "sd_s", "lsd_n", "lsd_s", "gyt", "lyw_j", "lyw_s", "qly", "fm_lo", "fm_hi", "bbt_up",
                "bbt_dn", "lzm_bj", "lzm_gl", "jgg", "yzp1", "yzp4", "spl", "wjl"],
    "cooler": ["hosp_zy", "xh", "gl_dtx"],
}
# different places whose names are one character apart
NEAR_NAME = {"spl": ["spf"], "spf": ["spl"]}
VOICES = [("local", 28), ("hurried", 15), ("tourist", 20), ("foreign", 6), ("elderly", 9), ("porter", 6),
          ("rider", 8), ("student", 8)]


def compat(o, v):
    c, k = o["cat"], o["kind"]
    if k == "passport":
        return v == "foreign"
    if c == "ebike":
        return v in ("local", "hurried", "rider")
    if v == "foreign":
        return c not in ("id_doc", "bicycle") and k not in ("pole", "records", "cooler", "watch", "car", "ebkey")
    if v == "elderly":
        return c in ("id_doc", "keys", "cash", "wallet", "phone", "jewelry", "bag", "other") and \
            k not in ("student", "pole", "passport", "suitcase", "laptop", "backpack")
    if v == "porter":
        return c in ("phone", "cash", "keys", "wallet", "other") and k in (
            "phone", "hongbao", "envelope", "roll", "ring", "short", "long", "pole", "hat", "cup", "idcard")
    if v == "rider":
        return c in ("phone", "keys", "electronics", "bag", "id_doc", "wallet") and k not in ("student", "laptop",
                                                                                          "camera", "suitcase")
    if v == "student":
        return c in ("id_doc", "electronics", "phone", "bag", "bicycle", "wallet", "keys", "other") and \
            k not in ("driver", "social", "pole", "records", "car")
    if v == "tourist":
        return k not in ("pole", "records", "social", "driver", "ebkey", "car") and c != "bicycle"
    return True


def wpick(R, pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def choose_place(R, o, voice):
    if o["kind"] in AFF:
        return R.choice(AFF[o["kind"]])
    if o["cat"] in AFF:
        return R.choice(AFF[o["cat"]])
    if voice in ("tourist", "foreign"):
        return R.choice(AFF["tourist"])
    return R.choice(ALL_PLACES)


def loss_times(R, voice):
    r = R.random()
    if r < 0.65:
        lt = R.randint(0, 600)
    elif r < 0.9:
        lt = R.randint(600, 4320)
    else:
        lt = R.randint(4320, 30000)
    if voice == "elderly":
        w = R.randint(240, 2880)
    else:
        r = R.random()
        w = R.randint(15, 240) if r < 0.6 else (R.randint(240, 1440) if r < 0.85 else R.randint(1440, 5000))
    lf = min(lt + w, 172800)
    return lf, lt, R.randint(lt, lf)


def sig(o):
    return (o["cat"], o["kind"], o["color"], o["brand"], o["model"])


def make_objects(R):
    cats = [c for c, n in CAT_COUNTS for _ in range(n)]
    R.shuffle(cats)
    cross_at = {}
    for c, k in CROSS:
        cross_at[cats.index(c)] = k
    rest = [i for i in range(len(cats)) if i not in cross_at]
    matched = set(cross_at) | set(R.sample(rest, N_MATCHED - len(cross_at)))
    seen = set()
    objs = []
    for i, c in enumerate(cats):
        for _ in range(10):
            if i in cross_at:
                k = cross_at[i]
                if k == "cooler":
                    o = O.b_bag(R, {"kind": "cooler"})
                else:
                    o = O.build(R, c, {"kind": k})
            elif c == "id_doc" and R.random() < 0.1:
                o = O.build(R, c, {"kind": "passport"})
            else:
                o = O.build(R, c)
            if sig(o) not in seen or o["cat"] in ("id_doc", "cash"):
                break
        seen.add(sig(o))
        voices = [(v, w) for v, w in VOICES if compat(o, v)]
        voice = wpick(R, voices)
        o["voice"] = voice
        o["place"] = choose_place(R, o, voice)
        o["lf"], o["lt"], o["t"] = loss_times(R, voice)
        o["matched"] = i in matched
        objs.append(o)
    return objs


def found_time(R, o):
    r = R.random()
    d = R.randint(3, 120) if r < 0.5 else (R.randint(120, 1440) if r < 0.8 else R.randint(1440, 7200))
    return o["t"] - d if d <= o["t"] else R.randint(0, o["t"])


def found_place(R, o):
    g = WR.pgroup(o["place"])
    if g in ("sd", "lsd", "fm") and R.random() < 0.3:
        sib = sorted(p for p in W.PLACES if WR.pgroup(p) == g and p != o["place"])
        return R.choice(sib)
    return o["place"]


def near_place(R, pid):
    if R.random() < 0.5:
        return pid
    g = WR.pgroup(pid)
    la, lo = WR.pll(pid)
    cands = sorted(p for p in W.PLACES if p != pid and WR.pgroup(p) != g and
                   abs(WR.pll(p)[0] - la) + abs(WR.pll(p)[1] - lo) < 0.009)
    return R.choice(cands) if cands else pid


def fresh_like(R, o):
    """Another object of the same kind: new numbers, person, money, marks."""
    ov = {"kind": o["kind"]}
    if o["kind"] == "cooler":
        n = O.b_bag(R, ov)
    elif o["kind"] == "watch":
        n = O.b_phone(R, ov)
    else:
        n = O.build(R, o["cat"], ov)
    return n


def twin_of(R, o, keep_vis=False):
    n = copy.deepcopy(o)
    f = fresh_like(R, o)
    n["serial"], n["serial2"], n["person"] = f["serial"], f["serial2"], f["person"]
    if o["kind"] == "watch" and f["person"]:
        n["vis"] = f["vis"]
    if o["amount"]:
        n["amount"] = f["amount"] if f["amount"] and f["amount"] != o["amount"] else o["amount"] + 170
    if o["engrave"]:
        n["engrave"] = R.choice([e for e in O.ENGRAVE if e != o["engrave"]])
    n["semi"] = [m for m in f["semi"] if not o["semi"] or m[0] != o["semi"][0][0]]
    n["hid"] = []
    if not keep_vis and o["kind"] != "watch":
        pool, name = O.MARKPOOL[o["cat"]]
        used = {m[0] for m in o["vis"]}
        if o["vis"] and all(m[0][:2] == name for m in o["vis"]):
            n["vis"] = O.other_marks(pool, name, R, used, max(1, len(o["vis"])))
        else:
            n["vis"] = []
    return n


def cols(o):
    return {c for c in (o["color"], o["color_in"]) if c}


def make_negative(R, label, t):
    """t: a target (object, lost record, stated facts). Returns (obj, found_at, place, required tags) or None."""
    o, said = t["o"], t["said"]
    lf, lt = o["lf"], o["lt"]
    after = lambda: R.randint(max(0, lt - 1500), lf)  # noqa: E731
    if label == "near_twin":
        hard = [k for k in ("serial", "name", "amount", "engrave") if k in said]
        soft = sorted(k for k in said if k.startswith("vis:"))
        if not hard and not soft:
            return None
        n = twin_of(R, o)
        if hard:
            need = [hard[0]]
        else:
            if not n["vis"]:
                return None
            need = ["vis"]
        return n, after(), near_place(R, o["place"]), need
    if label == "same_cat_color":
        if "color" not in said or not o["color"] or ("brand" not in said and o["brand"]):
            return None
        for _ in range(20):
            n = fresh_like(R, o)
            n["color"] = o["color"]
            if n["case"] and n["case"] != "透明壳":
                pass
            elif n["kind"] == "phone":
                n["color_in"] = o["color"]
            if o["brand"] and n["brand"] != o["brand"] and n["brand"]:
                break
            if not o["brand"] and n["brand"]:
                break
        else:
            return None
        used = {m[0] for m in o["vis"]}
        n["vis"] = [m for m in n["vis"] if m[0] not in used]
        return n, after(), near_place(R, o["place"]), ["color", "brand"]
    if label == "found_before_loss":
        if lf + 60 > 172800:
            return None
        n = twin_of(R, o)
        n["vis"] = []
        fa = min(172800, lf + R.randint(60, 4000))
        need = ["color"] if o["color"] else []
        if o["brand"]:
            need.append("brand")
        return n, fa, near_place(R, o["place"]), need
    if label == "same_brand_far":
        if not o["brand"] or "brand" not in said or "color" not in said:
            return None
        for _ in range(20):
            n = fresh_like(R, o)
            n["brand"] = o["brand"]
            if o["model"]:
                n["model"] = O.model_of(R, o["cat"], o["brand"]) or n["model"]
            if n["color"] and not (cols(n) & cols(o)):
                break
        else:
            return None
        far = R.choice(sorted(W.FAR))
        return n, R.randint(0, lf), far, ["brand", "color"]
    if label == "similar_place":
        g = WR.pgroup(o["place"])
        sib = sorted(p for p in W.PLACES if WR.pgroup(p) == g and p != o["place"]) + NEAR_NAME.get(o["place"], [])
        if not sib or "color" not in said:
            return None
        for _ in range(30):
            n = fresh_like(R, o)
            if n["color"] and not (cols(n) & cols(o)):
                break
        else:
            return None
        return n, after(), R.choice(sib), ["color"]
    if label == "serial_near_miss":
        if "serial" not in said:
            return None
        st, sv = o["serial"]
        n = twin_of(R, o)
        if st == "imei":
            n["serial"] = ("imei", O.near_imei(R, sv))
        elif st == "id":
            nid = O.near_id(R, sv)
            n["serial"] = ("id", nid)
            if n["person"]:
                n["person"] = dict(n["person"], id=nid)
        elif st == "card":
            n["serial"] = ("card", dict(sv, tail=O.near_digits(R, sv["tail"])))
        else:
            n["serial"] = (st, O.near_digits(R, sv))
        return n, after(), near_place(R, o["place"]), ["serial"]
    if label == "same_number_other_thing":
        if "serial" not in said or o["serial"][0] not in ("card", "tag", "plate", "tail", "stu"):
            return None
        d4 = WR.serial_key(o["serial"])
        if not d4.isdigit():
            return None
        opts = [c for c in ("keys", "wallet", "ebike") if c != o["cat"]]
        c = R.choice(opts)
        n = O.build(R, c, {"kind": "ring", "tail": d4} if c == "keys" else {"tail": d4})
        return n, after(), near_place(R, o["place"]), ["serial"]
    raise ValueError(label)


def need_ok(need, st, o, n):
    for k in need:
        if k == "vis":
            if not any(s.startswith("vis:") for s in st):
                return False
        elif k == "color":
            if n["color"] and not any(s.startswith("color:") for s in st):
                return False
        elif k in ("brand",) and not n["brand"]:
            continue
        elif k not in st:
            return False
    return True


def build_set():
    R = random.Random(SEED)
    objs = make_objects(R)
    lost = []
    found = []  # (owner index or None, record)
    fobj = {}
    targets = []
    for i, o in enumerate(objs):
        key = "%s-L%04d" % (PFX, i + 1)
        rec, said = WR.write_lost(R, o, o["voice"], key, None)
        lost.append(rec)
        targets.append({"o": o, "rec": rec, "said": said, "i": i})
        if o["matched"]:
            fa = found_time(R, o)
            fp = found_place(R, o)
            fr, _ = WR.write_found(R, o, None, fa, fp)
            found.append((i, fr))
            fobj[id(fr)] = o
    # hard negatives
    used = {}
    per_cat = {}
    pools = {True: [t for t in targets if t["o"]["matched"]], False: [t for t in targets if not t["o"]["matched"]]}
    for label, count in NEG_COUNTS:
        made = 0
        tries = 0
        while made < count:
            tries += 1
            if tries > 5000:
                raise SystemExit("could not place negatives for " + label)
            side = R.random() < 0.5
            t = R.choice(pools[side])
            if used.get(t["i"], 0) >= (1 if tries < 1500 else 2):
                continue
            if per_cat.get(t["o"]["cat"], 0) >= 26 and tries < 4500:
                continue
            res = make_negative(R, label, t)
            if res is None:
                continue
            n, fa, fp, need = res
            for _ in range(25):
                fr, st = WR.write_found(R, n, None, fa, fp, force=need, negative=label)
                if need_ok(need, st, t["o"], n):
                    break
            else:
                continue
            used[t["i"]] = used.get(t["i"], 0) + 1
            per_cat[t["o"]["cat"]] = per_cat.get(t["o"]["cat"], 0) + 1
            found.append((None, fr))
            fobj[id(fr)] = n
            made += 1
    order = list(range(len(found)))
    R.shuffle(order)
    out_found = []
    for j, idx in enumerate(order):
        owner, fr = found[idx]
        fr["key"] = "%s-F%04d" % (PFX, j + 1)
        if owner is not None:
            lost[owner]["truth"] = fr["key"]
        out_found.append(fr)
    data = {"seed": SEED, "made_by": "tests/lostfound/make_set113.py",
            "parts": {PART: {"found": out_found, "lost": lost}}}
    return data, objs, [fobj[id(f)] for f in out_found]


def main():
    data, _, _ = build_set()
    lost, out_found = data["parts"][PART]["lost"], data["parts"][PART]["found"]
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    n_true = sum(1 for r in lost if r["truth"])
    print("wrote %s: %d lost (%d handed in, %d never), %d found (%d negatives)" % (
        os.path.relpath(OUT), len(lost), n_true, len(lost) - n_true, len(out_found),
        sum(1 for f in out_found if "negative" in f)))


if __name__ == "__main__":
    main()
