"""Write set101.json: a blind lost-and-found set for an invented Three Gorges river port town.

    python3 tests/lostfound/make_set101.py          # writes tests/lostfound/set101.json

Standard library only; one random.Random(SEED); identical output under any PYTHONHASHSEED.
Every object is first a hidden truth record; the lost report and the found registration are
then written from it separately, each in its writer's own voice and knowledge.
"""
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from set101_world import T0, MAX_MIN, LINKS  # noqa: E402
from set101_objects import make  # noqa: E402
from set101_lost import write_lost, VOICE_PLACES  # noqa: E402
from set101_found import write_found  # noqa: E402
from set101_neg import build as build_negative  # noqa: E402

SEED = 10101
PFX = "S101"
PART = "set101"

CAT_COUNTS = [("phone", 40), ("id_doc", 30), ("wallet", 28), ("keys", 22), ("bag", 30), ("electronics", 22),
              ("jewelry", 12), ("cash", 14), ("ebike", 10), ("bicycle", 6), ("other", 26)]
N_PAIRS = 150
FOUND_RATE = {"id_doc": 0.8, "wallet": 0.7, "bag": 0.8, "keys": 0.65, "phone": 0.55, "electronics": 0.6,
              "jewelry": 0.45, "cash": 0.3, "ebike": 0.7, "bicycle": 0.55, "other": 0.6}
NEG_COUNTS = [("near_twin", 30), ("same_cat_color", 20), ("before_loss", 22), ("brand_elsewhere", 20),
              ("namesake", 10), ("one_detail", 18)]

VOICE_CATS = {
    "tourist_en": ["phone", "bag", "electronics", "id_doc", "wallet", "jewelry", "other"],
    "tourist_cn": ["phone", "bag", "electronics", "id_doc", "wallet", "jewelry", "other", "cash", "keys"],
    "migrant": ["phone", "bag", "id_doc", "wallet", "cash", "keys", "electronics", "other", "ebike", "jewelry"],
    "porter": ["phone", "other", "cash", "keys", "wallet", "id_doc", "bag"],
    "student": ["phone", "id_doc", "keys", "bicycle", "electronics", "bag", "wallet", "cash", "other"],
    "trader": ["cash", "wallet", "phone", "keys", "ebike", "bag", "id_doc", "electronics"],
    "elder": ["id_doc", "wallet", "keys", "jewelry", "other", "cash", "phone", "bag", "ebike"],
    "driver": ["id_doc", "keys", "phone", "wallet", "cash", "ebike", "electronics", "bag"],
    "local": ["phone", "id_doc", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"],
}
VOICE_WEIGHT = {"tourist_en": 1.2, "tourist_cn": 1.5, "migrant": 1.5, "porter": 1.0, "student": 1.3, "trader": 1.1,
                "elder": 1.5, "driver": 0.9, "local": 1.6}
WHEEL_PLACES = ["market", "bus_station", "hospital", "shop", "square", "walk", "school", "ferry_s", "v_qingyan", "v_baiguo", "v_macao"]


def pick_voice(rng, cat):
    vs = [v for v in sorted(VOICE_CATS) if cat in VOICE_CATS[v]]
    return rng.choices(vs, weights=[VOICE_WEIGHT[v] for v in vs])[0]


def pick_place(rng, voice, cat):
    pool = VOICE_PLACES[voice]
    if cat in ("ebike", "bicycle"):
        pool = [p for p in pool if p in WHEEL_PLACES] or WHEEL_PLACES
    return rng.choice(pool)


def loss_time(rng):
    """minutes before T0 of the real moment of loss: mid-September to the 30th, most near the festival"""
    day = int(rng.triangular(0, 17, 5.5))
    hour = rng.choice([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 20, 21, 21, 22])
    t = datetime.datetime(T0.year, T0.month, T0.day, hour, rng.randint(0, 59)) - datetime.timedelta(days=day)
    m = int((T0 - t).total_seconds() // 60)
    if m < 30:
        m += 1440
    return m


def loss_window(rng, cat, t_loss):
    before = rng.choice([5, 10, 20, 30, 45, 60, 90, 120, 180, 300])
    after = rng.choice([5, 10, 15, 30, 60, 120, 240, 600])
    if cat in ("keys", "jewelry", "id_doc", "ebike") and rng.random() < 0.3:
        before = rng.randint(600, 2880)
    lost_from = t_loss + before
    lost_to = max(0, t_loss - after)
    return min(lost_from, MAX_MIN), lost_to


def daytime(fa, lo):
    """move a find registered in the small hours to the morning after (or the evening before)"""
    h = (T0 - datetime.timedelta(minutes=fa)).hour
    if h >= 6:
        return fa
    if fa - 420 >= lo:
        return fa - 420
    return min(MAX_MIN, fa + 360)


def cross_category(rng, t, rec):
    """one object, two filings: the finder files it under another category"""
    if t["cat"] == "wallet" and t["owner"] and t["owner"] in rec["body"]:
        return "id_doc"
    if t["cat"] == "phone":
        return "electronics"
    if t["cat"] == "electronics" and t["noun"] in ("蓝牙耳机", "智能手表"):
        return "other"
    if t["cat"] == "bag" and t["noun"] == "编织袋":
        return "other"
    return None


def main():
    rng = random.Random(SEED)
    cats = [c for c, n in CAT_COUNTS for _ in range(n)]
    rng.shuffle(cats)
    reports = []
    for i, cat in enumerate(cats):
        voice = pick_voice(rng, cat)
        place = pick_place(rng, voice, cat)
        truth = make(rng, cat, voice=voice)
        t_loss = loss_time(rng)
        lf, lt = loss_window(rng, cat, t_loss)
        reports.append({"i": i, "cat": cat, "voice": voice, "place": place, "truth": truth, "t_loss": t_loss,
                        "lost_from": lf, "lost_to": lt})
    # which are handed in: weighted draw without replacement (Efraimidis-Spirakis)
    order = sorted(reports, key=lambda r: -(rng.random() ** (1.0 / FOUND_RATE[r["cat"]])))
    for r in order[:N_PAIRS]:
        r["paired"] = True
    for r in order[N_PAIRS:]:
        r["paired"] = False

    lost, found = [], []
    for r in reports:
        rec = write_lost(rng, r["truth"], r["voice"], r["place"], r["t_loss"], r["lost_from"], r["lost_to"], None)
        rec["_i"] = r["i"]
        lost.append(rec)
        if r["paired"]:
            delay = int(rng.choice([rng.randint(3, 60), rng.randint(30, 600), rng.randint(300, 2880), rng.randint(1440, 6000)]))
            fa = max(0, r["t_loss"] - delay)
            if 0 <= (T0 - datetime.timedelta(minutes=fa)).hour < 6 and fa >= 420:
                fa -= 420  # nobody registers a find at 3 a.m.; it is found in the morning
            fp = rng.choice(LINKS.get(r["place"], [r["place"]]))
            if r["cat"] in ("ebike", "bicycle") and fp not in WHEEL_PLACES:
                fp = r["place"]
            frec = write_found(rng, r["truth"], fp, fa, None)
            frec["_truth_of"] = r["i"]
            found.append(frec)
    # a few pairs filed under different categories
    crossed = 0
    for frec in found:
        if crossed >= 4:
            break
        r = reports[frec["_truth_of"]]
        new = cross_category(rng, r["truth"], frec)
        if new and rng.random() < 0.25:
            frec["category"] = new
            crossed += 1
    # hard negatives
    paired = [r for r in reports if r["paired"]]
    never = [r for r in reports if not r["paired"]]
    for kind, n in NEG_COUNTS:
        for _ in range(n):
            pool = never if rng.random() < 0.55 else paired
            if kind == "namesake":
                pool = [r for r in reports if r["truth"].get("owner") and r["truth"]["cat"] in ("id_doc", "wallet")]
            elif kind == "brand_elsewhere":
                pool = [r for r in pool if r["truth"]["brand"]]
            elif kind == "one_detail":
                pool = [r for r in pool if r["cat"] != "id_doc"]
            target = rng.choice(pool)
            nt, fp, fa, note = build_negative(rng, kind, target, target["voice"])
            if nt["cat"] in ("ebike", "bicycle") and fp not in WHEEL_PLACES:
                fp = target["place"] if kind != "brand_elsewhere" else "v_baiguo"
            fa = daytime(fa, target["lost_from"] + 1 if kind == "before_loss" else 0)
            frec = write_found(rng, nt, fp, fa, None)
            frec["negative"] = note
            frec["_target"] = target["i"]
            found.append(frec)

    rng.shuffle(lost)
    rng.shuffle(found)
    fkey = {}
    for j, f in enumerate(found, 1):
        f["key"] = "%s-F%04d" % (PFX, j)
        if "_truth_of" in f:
            fkey[f["_truth_of"]] = f["key"]
    for j, l in enumerate(lost, 1):
        l["key"] = "%s-L%04d" % (PFX, j)
        l["truth"] = fkey.get(l["_i"])
    fields = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon"]
    lim = {"body": 600, "marks": 500}
    out_lost, out_found = [], []
    for l in lost:
        o = {k: l[k] for k in fields if k in l and l[k] not in (None, "")}
        o["lost_from_min"] = l["lost_from_min"]
        o["lost_to_min"] = l["lost_to_min"]
        o["truth"] = l["truth"]
        out_lost.append(o)
    for f in found:
        o = {k: f[k] for k in fields if k in f and f[k] not in (None, "")}
        o["found_at_min"] = f["found_at_min"]
        if "negative" in f:
            o["negative"] = f["negative"]
        out_found.append(o)
    for o in out_lost + out_found:
        for k in ("color", "brand", "model", "serial", "address", "body", "marks"):
            if k in o:
                o[k] = o[k].strip()[:lim.get(k, 60)]
    data = {"seed": SEED, "made_by": "tests/lostfound/make_set101.py",
            "parts": {PART: {"found": out_found, "lost": out_lost}}}
    path = os.path.join(HERE, "set101.json")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    print("wrote %s: %d lost (%d with truth), %d found (%d negatives), %d cross-category pairs"
          % (path, len(out_lost), sum(1 for o in out_lost if o["truth"]), len(out_found),
             sum(1 for o in out_found if "negative" in o), crossed))


if __name__ == "__main__":
    main()
