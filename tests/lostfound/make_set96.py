"""Write tests/lostfound/set96.json: a blind lost-and-found set (business district, November)."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from set96_catalog import KINDS  # noqa: E402
from set96_objects import make_truth, found_place, found_time, loss_window  # noqa: E402
from set96_lost import write_lost  # noqa: E402
from set96_found import write_found  # noqa: E402
import set96_neg as neg  # noqa: E402

SEED = 9696
PFX = "S96"
TRUE_N = {"phone": 22, "id_doc": 20, "wallet": 16, "keys": 12, "ebike": 8, "bicycle": 6, "bag": 18,
          "cash": 6, "jewelry": 8, "electronics": 20, "other": 14}
NULL_N = {"phone": 12, "id_doc": 10, "wallet": 10, "keys": 8, "ebike": 5, "bicycle": 4, "bag": 10,
          "cash": 6, "jewelry": 6, "electronics": 10, "other": 9}
CROSS = {"卡包": "id_doc", "应援灯牌": "electronics", "智能手表": "jewelry"}


def main():
    rng = random.Random(SEED)
    lost, found = [], []  # entries: dict(rec, st, t, lf/fat, place, ...)

    def ok_lost(st, lf, pid, skip=None):
        return all(neg.distinct((f["st"], f["fat"], f["pid"]), (st, lf, pid)) for f in found if f is not skip)

    def ok_found(st, fat, pid, skip=None):
        return all(neg.distinct((st, fat, pid), (l["st"], l["lf"], l["pid"])) for l in lost if l is not skip)

    cats = sorted(TRUE_N)
    cross_left = 4
    for cat in cats:
        specs = [k for k in KINDS if k[0] == cat]
        made = 0
        while made < TRUE_N[cat]:
            t = make_truth(rng, rng.choice(specs))
            lf, lt = loss_window(rng, t)
            fpid, fat = found_place(rng, t), found_time(rng, t)
            lrec, lst = write_lost(rng, t, None, lf, lt)
            frec, fst = write_found(rng, t, None, fpid, fat)
            if not neg.consistent((fst, fat, fpid), (lst, lf, t["place"])):
                continue
            if not ok_lost(lst, lf, t["place"]) or not ok_found(fst, fat, fpid):
                continue
            if t["kind"] in CROSS and cross_left and rng.random() < 0.5:
                frec["category"] = CROSS[t["kind"]]
                cross_left -= 1
            t["lf"] = lf
            fe = {"rec": frec, "st": fst, "fat": fat, "pid": fpid, "neg": None}
            le = {"rec": lrec, "st": lst, "lf": lf, "pid": t["place"], "t": t, "truth": fe}
            found.append(fe)
            lost.append(le)
            made += 1
    for cat in cats:
        specs = [k for k in KINDS if k[0] == cat]
        made = 0
        while made < NULL_N[cat]:
            t = make_truth(rng, rng.choice(specs))
            lf, lt = loss_window(rng, t)
            lrec, lst = write_lost(rng, t, None, lf, lt)
            if not ok_lost(lst, lf, t["place"]):
                continue
            t["lf"] = lf
            lost.append({"rec": lrec, "st": lst, "lf": lf, "pid": t["place"], "t": t, "truth": None})
            made += 1
    counts = {}
    for label, n in neg.PLAN:
        made = 0
        while made < n:
            base = rng.choice(lost)
            bt = base["t"]
            need = None
            if label == "same_category_colour_other_object":
                r = neg.other_object(rng, bt)
            elif label == "found_before_loss":
                r = neg.found_before(rng, bt)
            elif label == "same_brand_other_place_time":
                if not bt["brand"]:
                    continue
                r = neg.same_brand_far(rng, bt)
            else:
                got = neg.twin(rng, bt, base["st"])
                if got is None:
                    continue
                r, need = got
            nt, fpid, fat = r
            if fat > 172800:
                continue
            for _ in range(40):
                frec, fst = write_found(rng, nt, None, fpid, fat)
                if need is None or fst[need] is not None:
                    break
            if need is not None and fst[need] is None:
                continue
            if not ok_found(fst, fat, fpid):
                continue
            frec["negative"] = label
            found.append({"rec": frec, "st": fst, "fat": fat, "pid": fpid, "neg": label})
            made += 1
        counts[label] = made
    rng.shuffle(lost)
    rng.shuffle(found)
    for i, f in enumerate(found, 1):
        f["rec"]["key"] = "%s-F%04d" % (PFX, i)
    for i, l in enumerate(lost, 1):
        l["rec"]["key"] = "%s-L%04d" % (PFX, i)
        l["rec"]["truth"] = l["truth"]["rec"]["key"] if l["truth"] else None
    out = {"seed": SEED, "made_by": "tests/lostfound/make_set96.py",
           "parts": {"set96": {"found": [_order(f["rec"]) for f in found], "lost": [_order(l["rec"]) for l in lost]}}}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set96.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("set96: %d lost (%d with truth), %d found (%d negatives %s)" % (
        len(lost), sum(1 for l in lost if l["truth"]), len(found), sum(counts.values()), counts))


ORDER = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
         "lost_from_min", "lost_to_min", "found_at_min", "truth", "negative"]


def _order(rec):
    return {k: rec[k] for k in ORDER if k in rec}


if __name__ == "__main__":
    main()
