"""Write tests/lostfound/set95.json: a blind lost-and-found set (invented tourist island, spring).

Run from the worktree root:  python3 tests/lostfound/make_set95.py
"""
import json
import os
import random
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from set95_world import NEAR_IDS, FEST, FEST_DAYS, NOW, neighbours  # noqa: E402
from set95_things_a import phone, id_doc, wallet, keys, cash  # noqa: E402
from set95_things_b import ebike, bicycle, bag, jewelry, electronics, other  # noqa: E402
from set95_lost import write_lost  # noqa: E402
from set95_found import write_found  # noqa: E402
from set95_negatives import make_negative, distinct, color_clash  # noqa: E402

SEED = 9595
N_TRUE, N_NULL = 150, 90
CAT_N = [("phone", 40), ("id_doc", 30), ("wallet", 28), ("bag", 28), ("electronics", 25), ("keys", 22), ("other", 20),
         ("jewelry", 15), ("bicycle", 12), ("ebike", 10), ("cash", 10)]
NEG_N = [("near_twin", 48), ("same_cat_color", 32), ("found_before_loss", 22), ("same_brand_elsewhere", 18)]
GENS = {"phone": phone, "id_doc": id_doc, "wallet": wallet, "keys": keys, "cash": cash, "ebike": ebike,
        "bicycle": bicycle, "bag": bag, "jewelry": jewelry, "electronics": electronics, "other": other}
CAT_PLACES = {"ebike": ["harbor", "seafood", "houao", "busstop", "school", "hospital", "market", "nightmkt", "ferry", "temple"],
              "bicycle": ["bike1", "bike2", "loop", "lighthouse", "trail", "mangrove", "camp", "sunrise", "fort", "beach", "museum"]}
DAYS = [d for d in range(2, 35) for _ in range(3 if d in (3, 4, 5, 29, 30, 31, 32, 33) else 1)]


def loss_time(rng, pid):
    day = rng.choice(DAYS)
    if pid in FEST:
        day = rng.choice(FEST_DAYS)
    if pid == "school":
        while day % 7 in (4, 5):           # 1 April is a Tuesday; no school at weekends
            day += 1
    hour = rng.randint(18, 22) if pid == "nightmkt" else rng.randint(7, 19)
    t_from = day * 1440 + hour * 60 + rng.choice([0, 10, 15, 20, 30, 40, 45])
    width = rng.choice([15, 30, 60, 90, 120, 180, 300, 600, 900, 1440, 2880])
    t_to = min(t_from + width, NOW - 30)
    return t_from, t_to


def main():
    rng = random.Random(SEED)
    truths = []
    for cat, n in CAT_N:
        for _ in range(n):
            o = id_doc(rng, foreign=rng.random() < 0.12) if cat == "id_doc" else GENS[cat](rng)
            truths.append(o)
    rng.shuffle(truths)
    lost = []
    for i, o in enumerate(truths):
        pid = rng.choice(CAT_PLACES.get(o["cat"], NEAR_IDS))
        t_from, t_to = loss_time(rng, pid)
        lost.append({"idx": i, "o": o, "pid": pid, "t_from": t_from, "t_to": t_to, "true": i < N_TRUE})
    # a few objects filed under different categories by owner and finder
    crossed = 0
    for L in lost[:N_TRUE]:
        o = L["o"]
        if crossed < 3 and o["cat"] == "wallet" and any(f["tag"] == "name" for f in o["feats"]) and o["noun"] == "卡包":
            o["cross"], crossed = "id_doc", crossed + 1
        elif crossed < 3 and o["cat"] == "electronics" and o["noun"] == "耳机" and crossed < 2:
            o["cross"], crossed = "other", crossed + 1
    for L in lost:
        L["rec"], L["st"], L["voice"] = write_lost(rng, L["o"], L["pid"], L["t_from"], L["t_to"])
    found = []
    for L in lost[:N_TRUE]:
        r = rng.random()
        nb, nb2 = neighbours(L["pid"]), neighbours(L["pid"], 1.6)
        fpid = L["pid"] if r < 0.55 or not nb else rng.choice(nb) if r < 0.9 or not nb2 else rng.choice(nb2)
        span = (L["t_to"] - L["t_from"]) + rng.choice([20, 60, 180, 600, 1440, 2880])
        fa = min(NOW - 5, L["t_from"] + rng.randint(0, span))
        rec, st = write_found(rng, L["o"], fpid, fa)
        for tag, key in st.items():          # the two sides of a true pair never contradict each other
            if tag in L["st"] and L["st"][tag] != key:
                assert tag == "color" and not color_clash(key, L["st"][tag]), (tag, key, L["st"][tag])
        found.append({"rec": rec, "st": st, "pid": fpid, "found_at": fa, "truth_of": L["idx"]})
    negs = []
    per_target = {}
    for kind, n in NEG_N:
        made, tries = 0, 0
        while made < n and tries < 4000:
            tries += 1
            pool = lost[N_TRUE:] if rng.random() < 0.6 else lost[:N_TRUE]
            t = rng.choice(pool)
            if per_target.get(t["idx"], 0) >= 2:
                continue
            ng = make_negative(rng, kind, t, GENS)
            if not ng or not all(distinct(ng, L) for L in lost):
                continue
            per_target[t["idx"]] = per_target.get(t["idx"], 0) + 1
            negs.append(ng)
            made += 1
        assert made == n, (kind, made)
    write(rng, lost, found, negs)


def write(rng, lost, found, negs):
    items = found + negs
    rng.shuffle(items)
    fkey = {}
    out_found = []
    for j, it in enumerate(items):
        rec = {"key": "S95-F%04d" % (j + 1)}
        rec.update(it["rec"])
        if "truth_of" in it:
            fkey[it["truth_of"]] = rec["key"]
        out_found.append(rec)
    order = list(lost)
    rng.shuffle(order)
    out_lost = []
    for j, L in enumerate(order):
        rec = {"key": "S95-L%04d" % (j + 1)}
        rec.update(L["rec"])
        rec["truth"] = fkey.get(L["idx"])
        out_lost.append(rec)
    doc = {"seed": SEED, "made_by": "tests/lostfound/make_set95.py", "parts": {"set95": {"found": out_found, "lost": out_lost}}}
    path = os.path.join(HERE, "set95.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %s: %d found (%d negatives), %d lost (%d with truth)" % (
        path, len(out_found), len(negs), len(out_lost), sum(1 for r in out_lost if r["truth"])))


if __name__ == "__main__":
    main()
