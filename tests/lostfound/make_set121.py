#!/usr/bin/env python3
"""Write tests/lostfound/set121.json: a blind lost-and-found set (沅州古城, 端午 week). Deterministic, seed 121121."""
import copy
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from set121_world import PLACES, ITEMS, COLORS  # noqa: E402
from set121_render import make_obj, make_serial, luhn_digit, id_check, person_name  # noqa: E402
from set121_voices import render_lost, render_found  # noqa: E402

SEED = 121121
N_TRUE, N_NOITEM, N_NEG_EACH = 150, 90, 30
NEG_KINDS = ["same_category_colour", "found_before_loss", "same_brand_other_place_time", "near_twin"]


def zone_places(z):
    return [p for p in PLACES if p[5] == z]


def lost_voice(rng, zone):
    pref = {"hosp": ["parent", "parent", "grandparent", "plain"], "exam": ["graduate", "graduate", "plain", "foreign"],
            "river": ["grandparent", "graduate", "foreign", "plain"], "food": ["grandparent", "rider", "graduate", "foreign"],
            "metro": ["rider", "graduate", "plain", "foreign", "parent"], "old": ["grandparent", "plain", "foreign"],
            "west": ["rider", "foreign", "graduate"]}
    return rng.choice(pref[zone])


def found_voice(rng, zone):
    pref = {"hosp": ["guard", "guard", "plain"], "metro": ["subway", "subway", "rider"], "west": ["fleet", "fleet", "foreign"],
            "exam": ["graduate", "plain", "guard"], "river": ["grandparent", "plain", "fleet"], "food": ["rider", "grandparent", "plain"],
            "old": ["grandparent", "plain", "rider"]}
    return rng.choice(pref[zone])


def nearby(rng, place, p_same=0.5, p_zone=0.4):
    r = rng.random()
    if r < p_same:
        return place
    if r < p_same + p_zone:
        return rng.choice(zone_places(place[5]))
    return rng.choice(PLACES)


def alter_serial(rng, s, kind):
    if kind == "imei":
        b = s[:10] + str((int(s[10]) + rng.randint(1, 8)) % 10) + s[11:14]
        return b + luhn_digit(b)
    if kind == "idcard":
        b = s[:14] + str((int(s[14]) + rng.randint(1, 8)) % 10) + s[15:17]
        return b + id_check(b)
    i = len(s) - rng.randint(1, 3)
    c = s[i]
    n = str((int(c) + rng.randint(1, 8)) % 10) if c.isdigit() else ("7" if c != "7" else "3")
    return s[:i] + n + s[i + 1:]


def main():
    rng = random.Random(SEED)
    lost, found = [], []
    cross = 0
    for i in range(N_TRUE + N_NOITEM):
        o = make_obj(rng)
        place = rng.choice(PLACES)
        lt = rng.randint(20, 5500)
        lf = lt + rng.choice([rng.randint(10, 90), rng.randint(60, 300), rng.randint(200, 1500)])
        voice = lost_voice(rng, place[5])
        rec, said = render_lost(rng, o, place, lf, lt, voice)
        ent = {"rec": rec, "obj": o, "place": place, "said": said, "truth": None, "voice": voice}
        lost.append(ent)
        if i < N_TRUE:
            fp = nearby(rng, place)
            fa = rng.randint(max(0, lt - 1500), lf)
            fr = render_found(rng, o, fp, fa, found_voice(rng, fp[5]))
            if cross < 4 and o["it"]["en"] in ("kids smartwatch", "medical records bag", "power bank"):
                fr["category"] = {"kids smartwatch": "phone", "medical records bag": "bag", "power bank": "phone"}[o["it"]["en"]]
                cross += 1
            fent = {"rec": fr, "neg": None}
            found.append(fent)
            ent["truth"] = fent
    # hard negatives, each built against one lost report (true or never-found)
    order = list(range(len(lost)))
    rng.shuffle(order)
    used = set()

    def take(pred):
        for j in order:
            if j not in used and pred(lost[j]):
                used.add(j)
                return lost[j]
        raise SystemExit("no base left")

    for kind in NEG_KINDS:
        for _ in range(N_NEG_EACH):
            if kind == "same_category_colour":
                b = take(lambda e: e["obj"]["color"] is not None)
                bo = b["obj"]
                cands = [it for it in ITEMS if it["cat"] == bo["cat"] and bo["color"] in it["colors"]]
                o = make_obj(rng, rng.choice(cands))
                o["color"] = bo["color"]
                if o["brand"] == bo["brand"] and len(o["it"]["brands"]) > 1:
                    o["brand"] = rng.choice([x for x in o["it"]["brands"] if x != bo["brand"]])
                fp = nearby(rng, b["place"], 0.4, 0.6)
                lt, lf = b["rec"]["lost_to_min"], b["rec"]["lost_from_min"]
                fa = rng.randint(max(0, lt - 1500), lf)
                force = ("color",)
            elif kind == "found_before_loss":
                b = take(lambda e: True)
                bo = b["obj"]
                o = make_obj(rng, bo["it"])
                o["color"], o["brand"], o["noun"] = bo["color"], bo["brand"], bo["noun"]
                if rng.random() < 0.5:
                    o["model"] = bo["model"]
                fp = nearby(rng, b["place"], 0.5, 0.5)
                fa = min(172800, b["rec"]["lost_from_min"] + rng.randint(30, 4000))
                force = ("color", "brand")
            elif kind == "same_brand_other_place_time":
                b = take(lambda e: e["obj"]["brand"] is not None)
                bo = b["obj"]
                o = make_obj(rng, bo["it"])
                o["brand"] = bo["brand"]
                fp = rng.choice([p for p in PLACES if p[5] != b["place"][5]])
                if rng.random() < 0.5:
                    fa = min(172800, b["rec"]["lost_from_min"] + rng.randint(600, 6000))
                else:
                    fa = rng.randint(0, max(0, b["rec"]["lost_to_min"] - 300))
                force = ("brand",)
            else:
                b = take(lambda e: e["said"]["serial"] or e["said"]["name"] or e["said"]["vis"] or
                         (e["said"]["color"] and len(e["obj"]["it"]["colors"]) > 1))
                bo = b["obj"]
                o = copy.copy(bo)
                o["vis"] = list(bo["vis"])
                s = b["said"]
                opts = []
                if s["serial"] and bo["serial"]:
                    opts.append("serial")
                if s["name"]:
                    opts.append("name")
                if s["vis"]:
                    opts.append("vis")
                if s["color"] and len(bo["it"]["colors"]) > 1:
                    opts.append("color")
                what = rng.choice(opts)
                if what == "serial":
                    o["serial"] = alter_serial(rng, bo["serial"], bo["skind"])
                    force = ("serial",)
                elif what == "name":
                    while o["name"] == bo["name"]:
                        o["name"] = person_name(rng)
                    o["serial"] = make_serial(rng, bo["skind"])
                    force = ("name",)
                elif what == "vis":
                    old = rng.choice(s["vis"])
                    new = [v for v in bo["it"]["vis"] if v not in bo["vis"]]
                    if new:
                        o["vis"] = [v if v != old else rng.choice(new) for v in bo["vis"]]
                        force = tuple("vis:" + v for v in o["vis"])
                    else:
                        o["color"] = rng.choice([c for c in bo["it"]["colors"] if c != bo["color"]] or [bo["color"]])
                        o["vis"] = [v for v in bo["vis"] if v != old]
                        force = ("color",)
                        what = "color"
                else:
                    o["color"] = rng.choice([c for c in bo["it"]["colors"] if c != bo["color"]])
                    force = ("color",)
                if what != "serial" and bo["serial"] and what != "name":
                    o["serial"] = make_serial(rng, bo["skind"])
                fp = nearby(rng, b["place"], 0.5, 0.5)
                lt, lf = b["rec"]["lost_to_min"], b["rec"]["lost_from_min"]
                fa = rng.randint(max(0, lt - 1500), lf)
                kind_label = "near_twin_" + what
            fr = render_found(rng, o, fp, fa, found_voice(rng, fp[5]), force)
            found.append({"rec": fr, "neg": kind_label if kind == "near_twin" else kind})
    rng.shuffle(lost)
    rng.shuffle(found)
    for i, f in enumerate(found):
        f["key"] = "S121-F%04d" % (i + 1)
    out_lost, out_found = [], []
    for i, e in enumerate(lost):
        r = {"key": "S121-L%04d" % (i + 1)}
        r.update(e["rec"])
        r["truth"] = e["truth"]["key"] if e["truth"] else None
        out_lost.append(r)
    for f in found:
        r = {"key": f["key"]}
        r.update(f["rec"])
        if f["neg"]:
            r["negative"] = f["neg"]
        out_found.append(r)
    doc = {"seed": SEED, "made_by": "tests/lostfound/make_set121.py",
           "parts": {"set121": {"found": out_found, "lost": out_lost}}}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set121.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %s: %d lost (%d with truth), %d found (%d negatives), %d cross-category pairs"
          % (path, len(out_lost), sum(1 for r in out_lost if r["truth"]), len(out_found),
             sum(1 for r in out_found if "negative" in r), cross))


if __name__ == "__main__":
    main()
