# -*- coding: utf-8 -*-
"""Write set128.json: a blind lost-and-found set for 澧川市 (invented) during 春运.

Usage: python3 tests/lostfound/make_set128.py   (writes tests/lostfound/set128.json)

For every object a hidden truth record is drawn first (set128_gen.mk_object); the owner's
lost report and the finder's registration are then written from it separately, each in its
own voice and knowing only what that person could know.  Python standard library only,
one random.Random(SEED); nothing iterates over an unordered set or dict.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

from set128_world import ZONES, ADJACENT, ELSEWHERE, TAXI_CO, DESK  # noqa: E402
import set128_gen as G  # noqa: E402

SEED = 128128
PFX = "S128"
N_TRUE, N_NEVER, N_NEG = 150, 90, 120
CAT_COUNTS = [("phone", 40), ("id_doc", 30), ("wallet", 30), ("keys", 22), ("ebike", 16),
              ("bicycle", 10), ("bag", 26), ("cash", 16), ("jewelry", 16), ("electronics", 22),
              ("other", 12)]
NEG_KINDS = ["near_twin", "same_category_colour", "found_before_loss", "same_brand_elsewhere"]
CROSS = [("kidwatch", "phone"), ("cardholder", "id_doc"), ("giftbag", "other"), ("ticketholder", "wallet")]
BIKE_SPOTS = {"mart": "地下停车场", "hosp": "医院车棚", "dorm": "车棚", "fair": "城隍庙门口", "rail": "站前广场"}
ZONE_ORDER = ["rail", "hsr", "bus", "spa", "fair", "mart", "hosp", "dorm"]

LOST_VOICES = {
    "rail": ["migrant", "migrant", "family", "student", "overseas"],
    "hsr": ["student", "overseas", "family", "migrant", "student"],
    "bus": ["migrant", "migrant", "family", "elder"],
    "spa": ["family", "student", "overseas", "local"],
    "fair": ["family", "family", "student", "local", "elder"],
    "mart": ["local", "family", "elder", "local"],
    "hosp": ["elder", "family", "local"],
    "dorm": ["migrant", "local", "migrant"],
    "taxi": ["taxi", "taxi", "overseas"],
}
FOUND_VOICES = {
    "rail": ["station", "police", "passerby", "desk"],
    "hsr": ["station", "police", "desk", "passerby"],
    "bus": ["station", "passerby", "desk"],
    "spa": ["spa", "spa", "lifeguard", "desk"],
    "fair": ["stall", "patrol", "passerby", "desk"],
    "mart": ["cashier", "guard", "desk"],
    "hosp": ["nurse", "guard", "desk"],
    "dorm": ["guard", "passerby", "desk"],
    "taxi": ["driver"],
    "far": ["passerby", "desk", "patrol"],
}


# ---------------------------------------------------------------- descriptions

def describe(rng, o, fields, finder):
    """A noun phrase for the object; may repeat what is in the fields."""
    bits = []
    c = fields.get("color") or G.word_color(rng, o, finder)
    if c and rng.random() < 0.75:
        bits.append(c + ("的" if rng.random() < 0.3 and not c.endswith("的") else ""))
    b = fields.get("brand") or (G.word_brand(rng, o) if o["brand"] else None)
    if b and rng.random() < (0.7 if not finder else 0.6):
        bits.append(b)
    m = fields.get("model") or G.word_model(rng, o)
    if m and rng.random() < 0.35:
        bits.append(m)
    return "".join(bits) if bits else ""


def vis_bits(rng, o, n_max):
    vis = o["vis"]
    out = [vis[0][1]]
    rest = vis[1:]
    k = rng.randrange(0, min(n_max, len(rest)) + 1) if rest else 0
    out += [t for _, t in rng.sample(rest, k)] if k else []
    return out


def amount_owner(rng, amt):
    r = rng.random()
    if r < 0.5:
        return "%d元" % amt
    if r < 0.75:
        return "大概%d块" % amt
    if amt >= 1000 and r < 0.9:
        return "%d千多" % (amt // 1000) if amt % 1000 else "整%d" % amt
    return "%d左右" % amt


# ---------------------------------------------------------------- lost report

def write_lost(rng, o, key, lf, lt):
    zone = o["zone"]
    voice = rng.choice(LOST_VOICES[zone])
    rec = {"key": key, "category": o["cat"]}
    fill = rng.random()
    level = "sparse" if fill < 0.3 else ("medium" if fill < 0.7 else "full")
    p = {"sparse": 0.0, "medium": 0.5, "full": 0.9}[level]
    fields = {}
    if o["color"] and rng.random() < p:
        fields["color"] = G.word_color(rng, o, False)
    if o["brand"] and rng.random() < p:
        fields["brand"] = G.word_brand(rng, o)
    if o["model"] and rng.random() < p * o["own_model"]:
        fields["model"] = G.word_model(rng, o)
    knows_serial = o["serial"] is not None and rng.random() < o["own_serial"]
    serial_in_body = False
    if knows_serial:
        if rng.random() < max(p, 0.35):
            fields["serial"] = G.serial_words(rng, o, True)
        else:
            serial_in_body = True
    # place
    if zone == "taxi":
        a, b = o["route"]
        an, bn = ZONES[a][0], ZONES[b][0]
        place = rng.choice(["从%s打车到%s" % (an, bn), "出租车上(%s→%s)" % (an, bn), "%s到%s的网约车上" % (an, bn)])
        lat, lon = ZONES[b][1], ZONES[b][2]
    else:
        zname, lat, lon, own_words, _ = G.spot_of(zone, o["spot"])
        place = rng.choice(own_words)
        if rng.random() < 0.3 and zname[:2] not in place:
            place = zname + place
    if rng.random() < max(p, 0.2):
        fields["address"] = G.clip(place, 60)
    if rng.random() < p * 0.6:
        la, lo = G.jitter(rng, lat, lon, 0.002)
        fields["lat"], fields["lon"] = la, lo
    # details the owner gives
    det = vis_bits(rng, o, 2)
    hid = [h for h in o["hid"] if rng.random() < 0.6]
    if o.get("amount") and o["kind"] in ("hongbao", "envelope", "roll", "long_wallet", "short_wallet"):
        hid = [h for h in hid if "元" not in h and "块" not in h]
        hid.insert(0, ("现金" if "wallet" in o["kind"] else "里面") + amount_owner(rng, o["amount"]))
    if o.get("gram") and rng.random() < 0.5:
        hid.append("约%s克" % o["gram"])
    if o["kind"] in ("idcard", "driver", "student", "social", "passport") and rng.random() < 0.7:
        det = ["名字是%s" % o["name"]] + [d for d in det if not d.startswith("姓名")]
    if serial_in_body:
        det.append(G.serial_words(rng, o, True))
    if o["kind"] in ("dormkey", "homekey", "ebikekey") and rng.random() < 0.3:
        det.append("钥匙牌编号%s" % o["tag"])
    if o["serial"] and o["serial"][0] == "frame" and o["serial"][2] and rng.random() < 0.6:
        det.append("车牌" + o["serial"][2])
    det, hid = G.dedup(det), G.dedup([h for h in hid if h not in det])
    # the marks field takes some of it; the body repeats some or none
    if level != "sparse" and rng.random() < 0.7:
        mk = det[:] + hid[:1]
        rng.shuffle(mk)
        fields["marks"] = G.clip("，".join(mk), 500)
        body_det = det[:1] if rng.random() < 0.5 else []
    else:
        body_det = det + hid
    desc = describe(rng, o, fields, False)
    kind = G.word_kind(rng, o)
    when = G.window_phrase(rng, lf, lt)
    dets = "，".join(body_det)
    body = lost_body(rng, voice, o, kind, desc, place, when, dets, lf, lt)
    body = G.tidy(body)
    if rng.random() < 0.18:
        body = G.typo(rng, body)
    rec["body"] = G.clip(body, 600)
    for f in ("color", "brand", "model", "serial", "address", "marks", "lat", "lon"):
        if f in fields:
            rec[f] = fields[f]
    rec["lost_from_min"] = lf
    rec["lost_to_min"] = lt
    return rec, voice


def lost_body(rng, voice, o, kind, desc, place, when, dets, lf, lt):
    verb = rng.choice(["丢了", "弄丢了", "不见了", "掉了", "搞丢了"])
    d = ("，" + dets) if dets else ""
    moving = o["cat"] in ("ebike", "bicycle")
    if moving:
        verb = rng.choice(["被偷了", "不见了", "找不到了", "被人骑走了"])
        T = [
            "%s停在%s的%s%s%s。%s" % (when, place, desc, kind, verb, dets),
            "本人%s%s停放于%s，回来%s，%s。" % (desc, kind, place, verb, dets or "没什么特别的"),
            "我的%s%s，%s在%s%s%s，麻烦帮忙查下监控" % (desc, kind, when, place, verb, d),
            "上班停在%s，下班就没了，%s%s%s，时间%s" % (place, desc, kind, d, when),
        ]
        return rng.choice(T)
    if voice == "migrant":
        T = [
            "%s%s%s，%s%s。%s的，麻烦帮忙找下" % (place, verb, kind, desc, d, when),
            "俺%s在%s把%s%s搞丢哒%s，有人捡到冇" % (when, place, desc, kind, d),
            "%s丢了 %s %s %s%s" % (kind, desc, place, when, d.replace("，", " ")),
            "赶车太急，%s%s落在%s了%s。%s，回老家过年全靠它，求帮忙" % (desc, kind, place, d, when),
            "%s在%s掉了个%s，%s%s。急" % (when, place, kind, desc, d),
        ]
    elif voice == "family":
        who = rng.choice(["孩子", "我妈", "老爷子", "闺女", "儿子", "我婆婆", "小孙子"])
        T = [
            "带孩子和老人来%s，%s的%s不见了。%s%s。大概%s。麻烦民警同志帮忙留意一下，谢谢！" % (place, who, kind, desc, d, when),
            "一家人%s在%s，人太多了，%s%s%s%s。" % (when, place, who, verb, desc + kind, d),
            "%s在%s把%s弄丢了，%s，%s。家里人都急坏了" % (who, place, kind, (desc or "样子") + d[1:] if d else desc, when),
        ]
    elif voice == "student":
        T = [
            "救命😭 %s在%s把%s丢了，%s%s，家人们谁捡到了求联系！！" % (when, place, kind, desc, d),
            "绝了 刚放寒假回来就在%s丢了%s…%s%s。好心人求求了 必有重谢🙏" % (place, kind, desc, d),
            "破防了，%s%s在%s没了，%s%s，好心人快出现吧" % (desc, kind, place, when, d),
            "寒假回家第一天就%s%s，%s，地点%s%s。呜呜呜" % (verb, kind, when, place, d),
        ]
    elif voice == "overseas":
        cen = G.COLORS[o["color"]][1] if o["color"] else ""
        whe = G.window_phrase(rng, lf, lt, True)
        T = [
            "Hi, I lost my %s %s at %s, %s. 是%s. %s Please contact me, thanks!" % (cen, o["en"], place, whe, desc + kind, dets),
            "刚回国 just landed，%s在%s lost my %s（%s），%s%s. Really appreciate it!" % (when, place, o["en"], o["word"], desc, d),
            "Lost %s %s — %s，%s。%s 麻烦 help check CCTV, thank you" % (cen, o["en"], place, whe, dets),
        ]
    elif voice == "elder":
        T = [
            "我老伴%s去%s，回来发现%s没了。%s%s。" % (when, place, kind, desc, d),
            "老人在%s%s%s，%s%s，大概是%s。" % (place, verb, kind, desc, d, when),
            "%s在%s%s%s一%s%s，眼神不好没注意掉哪了" % (when, place, verb, desc, o["unit"] + kind, d),
        ]
    elif voice == "taxi":
        T = [
            "%s%s，下车后发现%s落车上了，%s%s。车牌没记住，好像是澧A开头" % (when, place, kind, desc, d),
            "%s，%s忘在后座了。%s%s，%s下的车。" % (place, kind, desc, d, when),
        ]
    else:  # local
        T = [
            "本人%s在%s%s%s一%s%s，望拾到者联系。" % (when, place, verb, desc, o["unit"] + kind, d),
            "%s在%s%s%s，%s%s" % (when, place, verb, kind, desc, d),
            "%s%s，%s，%s%s。" % (place, verb + kind, when, desc, d),
        ]
    return rng.choice(T)


# ---------------------------------------------------------------- found registration

def write_found(rng, o, key, fa, zone, spot, far=None, cat=None):
    rec = {"key": key, "category": cat or o["cat"]}
    vz = "far" if far else zone
    voice = rng.choice(FOUND_VOICES[vz])
    if o["cat"] in ("ebike", "bicycle") and not far and zone != "taxi":
        voice = rng.choice(["patrol", "guard", "desk"])
    fill = rng.random()
    level = "sparse" if fill < 0.2 else ("medium" if fill < 0.6 else "full")
    p = {"sparse": 0.0, "medium": 0.55, "full": 0.92}[level]
    fields = {}
    if o["color"] and rng.random() < p:
        fields["color"] = G.word_color(rng, o, True)
    see_brand = o["brand"] and rng.random() < o["see_brand"]
    if see_brand and rng.random() < p:
        fields["brand"] = G.word_brand(rng, o)
    if o["model"] and see_brand and rng.random() < o["see_model"]:
        fields["model"] = G.word_model(rng, o)
    sees_serial = o["serial"] is not None and rng.random() < o["see_serial"]
    serial_body = False
    if sees_serial:
        if rng.random() < max(p, 0.4):
            fields["serial"] = G.serial_words(rng, o, False)
        else:
            serial_body = True
    if far:
        pname, lat, lon, words = far
        place = rng.choice(words)
    elif zone == "taxi":
        place = rng.choice(["出租车后座", "网约车后排", "出租车副驾座位缝里"])
        lat, lon = TAXI_CO[1], TAXI_CO[2]
    else:
        zname, lat, lon, _, fwords = G.spot_of(zone, spot)
        place = rng.choice(fwords)
        if rng.random() < 0.5 and zname[:2] not in place and "生活区" not in place:
            place = zname + place
    addr = place if zone != "taxi" or far else "%s(司机送交)" % TAXI_CO[0]
    if rng.random() < max(p, 0.3):
        fields["address"] = G.clip(addr, 60)
    if rng.random() < p * 0.7:
        la, lo = G.jitter(rng, lat, lon, 0.0008)
        fields["lat"], fields["lon"] = la, lo
    det = vis_bits(rng, o, 2)
    if o["kind"] in ("hongbao", "envelope", "roll"):
        det.append("清点现金%d元" % o["amount"])
    elif o["kind"] in ("long_wallet", "short_wallet"):
        det.append("内有现金%d元" % o["amount"] if o["amount"] else "无现金")
    if o.get("gram") and rng.random() < 0.6:
        det.append("称重%s克" % round(o["gram"] + rng.choice([-0.1, 0.0, 0.0, 0.1]), 1))
    if serial_body:
        det.append(G.serial_words(rng, o, False))
    if o["kind"] in ("dormkey", "homekey", "ebikekey") and rng.random() < 0.4:
        det.append("钥匙牌%s" % o["tag"])
    det = G.dedup(det)
    if level != "sparse" and rng.random() < 0.6:
        fields["marks"] = G.clip("；".join(det), 500)
        dets = "，".join(det[:1]) if rng.random() < 0.5 else ""
    else:
        dets = "，".join(det)
    desc = describe(rng, o, fields, True)
    kind = G.word_kind(rng, o)
    when = G.when_phrase(rng, fa)
    body = found_body(rng, voice, o, kind, desc, place, when, dets, zone)
    body = G.tidy(body)
    if rng.random() < 0.1:
        body = G.typo(rng, body)
    rec["body"] = G.clip(body, 600)
    for f in ("color", "brand", "model", "serial", "address", "marks", "lat", "lon"):
        if f in fields:
            rec[f] = fields[f]
    rec["found_at_min"] = fa
    return rec, voice


def found_body(rng, voice, o, kind, desc, place, when, dets, zone):
    d = ("，" + dets) if dets else ""
    u = o["unit"]
    if voice == "spa":
        T = ["保洁阿姨在%s拾到%s一%s，%s%s。已交前台，现移交%s。" % (place, kind, u, desc, d, DESK),
             "温泉前台交来：%s在%s发现的%s%s%s，客人未认领" % (when, place, desc, kind, d)]
    elif voice == "lifeguard":
        T = ["救生员巡池时在%s发现%s%s%s，无人认领，%s拾得" % (place, desc, kind, d, when),
             "汤池救生员交来%s一%s，%s%s。地点%s" % (kind, u, desc, d, place)]
    elif voice == "station":
        T = ["%s保洁员交来%s一%s，%s%s，%s拾获。" % (place, kind, u, desc, d, when),
             "客运员巡查时在%s发现遗留%s，%s%s。" % (place, kind, desc, d),
             "车站遗失物品登记：%s %s%s%s %s" % (when, desc, kind, d, place)]
    elif voice == "police":
        T = ["值勤民警%s在%s巡查时拾得%s%s%s。" % (when, place, desc, kind, d),
             "铁路民警移交：%s%s一%s%s，拾得地点%s，%s" % (desc, kind, u, d, place, when)]
    elif voice == "cashier":
        T = ["%s顾客遗留%s一%s，%s%s，收银员%s发现" % (place, kind, u, desc, d, when),
             "超市服务台转交：%s%s%s，在%s捡到" % (desc, kind, d, place)]
    elif voice == "nurse":
        T = ["导诊台护士在%s拾到%s，%s%s。" % (place, kind, desc, d),
             "医院保卫科送来%s%s，%s%s捡到%s" % (desc, kind, when, place, d)]
    elif voice == "guard":
        T = ["门岗师傅%s在%s捡到%s%s%s" % (when, place, desc, kind, d),
             "保安在%s发现%s%s%s，一直没人来认" % (place, desc, kind, d)]
    elif voice == "stall":
        T = ["摊主说%s有人落在摊位上的，%s%s%s。%s" % (when, desc, kind, d, place),
             "庙会摊主交来%s一%s，%s%s，地点%s" % (kind, u, desc, d, place)]
    elif voice == "patrol":
        if o["cat"] in ("ebike", "bicycle"):
            T = ["巡逻发现%s停放%s%s一辆，长时间无人%s" % (place, desc, kind, d),
                 "接群众反映，%s有一辆%s%s停了很久没人管%s，已拖回所里" % (place, desc, kind, d)]
        else:
            T = ["巡逻民警%s在%s拾得%s%s%s" % (when, place, desc, kind, d)]
    elif voice == "driver":
        n = "%04d" % rng.randrange(10000)
        T = ["出租车司机送来，乘客落在后座的%s，%s%s。%s载的客，车牌澧A·T%s" % (kind, desc, d, when, n),
             "网约车司机交来%s%s一%s%s，说是%s的乘客落的" % (desc, kind, u, d, when),
             "的哥收车时在%s发现%s%s%s" % (place, desc, kind, d)]
    elif voice == "passerby":
        T = ["市民送来：%s在%s捡到的%s，%s%s" % (when, place, kind, desc, d),
             "在%s地上捡到%s%s%s" % (place, desc, kind, d),
             "路过%s看到地上有个%s，%s%s，交到派出所" % (place, kind, desc, d)]
    else:  # desk: terse formal record
        col = G.word_color(rng, o, True) or "-"
        T = ["拾得物：%s；颜色：%s；特征：%s；拾得地点：%s；时间：%s" % (kind, col, dets or "无", place, when),
             "%s %s%s %s %s" % (when, desc, kind, place, dets)]
    return rng.choice(T)


# ---------------------------------------------------------------- times

def loss_window(rng, cat):
    t = rng.randrange(30, 11000)
    r = rng.random()
    if r < 0.4:
        a, b = rng.randrange(5, 60), rng.randrange(5, 60)
    elif r < 0.8:
        a, b = rng.randrange(60, 300), rng.randrange(30, 300)
    else:
        a, b = rng.randrange(300, 2000), rng.randrange(100, 1500)
    lt = max(0, t - a)
    lf = min(172800, t + b)
    return t, lf, lt


def found_delay(rng, cat):
    r = rng.random()
    if cat in ("ebike", "bicycle"):
        return rng.randrange(60, 6000)
    if r < 0.6:
        return rng.randrange(3, 180)
    if r < 0.9:
        return rng.randrange(180, 1500)
    return rng.randrange(1500, 5000)


# ---------------------------------------------------------------- assembly

def place_object(rng, o):
    if o["zone"] == "taxi":
        a, b = rng.sample(ZONE_ORDER, 2)
        o["route"] = (a, b)
        o["spot"] = None
        return
    spots = [s[0] for s in ZONES[o["zone"]][3]]
    if o["cat"] in ("ebike", "bicycle") and o["zone"] in BIKE_SPOTS:
        o["spot"] = BIKE_SPOTS[o["zone"]]
    else:
        o["spot"] = rng.choice(spots)


def moved_place(rng, o):
    """Where a finder of the real object writes it was found."""
    if o["zone"] == "taxi":
        return "taxi", None
    r = rng.random()
    spots = [s[0] for s in ZONES[o["zone"]][3]]
    if r < 0.6:
        return o["zone"], o["spot"]
    if r < 0.9 or not ADJACENT[o["zone"]]:
        return o["zone"], rng.choice(spots)
    z = rng.choice(ADJACENT[o["zone"]])
    return z, rng.choice([s[0] for s in ZONES[z][3]])


def main():
    rng = random.Random(SEED)
    ids = G.Ids(rng)
    cats = []
    for c, n in CAT_COUNTS:
        cats += [c] * n
    rng.shuffle(cats)
    objs = []
    for i, c in enumerate(cats):
        o = G.mk_object(rng, ids, c)
        place_object(rng, o)
        o["t"], o["lf"], o["lt"] = loss_window(rng, c)
        o["found"] = i < N_TRUE
        objs.append(o)
    # cross-category filings (at most 5)
    cross_left = list(CROSS)
    for o in objs:
        o["fcat"] = None
        if not o["found"]:
            continue
        for k, fc in cross_left:
            if o["kind"] == k:
                o["fcat"] = fc
                cross_left.remove((k, fc))
                break
    # lost keys in a shuffled order
    order = list(range(len(objs)))
    rng.shuffle(order)
    for n, i in enumerate(order):
        objs[i]["lkey"] = "%s-L%04d" % (PFX, n + 1)
    # found items: truths and negatives
    founds = []  # (payload dict)
    for o in objs:
        if o["found"]:
            fa = max(0, o["t"] - found_delay(rng, o["cat"]))
            z, s = moved_place(rng, o)
            founds.append({"obj": o, "fa": fa, "zone": z, "spot": s, "far": None, "neg": None,
                           "truth_of": o, "cat": o["fcat"]})
    anchors = rng.sample(range(len(objs)), N_NEG)
    kinds = [NEG_KINDS[i % 4] for i in range(N_NEG)]
    rng.shuffle(kinds)
    for ai, nk in zip(anchors, kinds):
        a = objs[ai]
        founds.append(make_negative(rng, ids, a, nk))
    rng.shuffle(founds)
    for n, f in enumerate(founds):
        f["key"] = "%s-F%04d" % (PFX, n + 1)
        if f["truth_of"] is not None:
            f["truth_of"]["fkey"] = f["key"]
    found_recs = []
    fvoices = {}
    for f in founds:
        rec, v = write_found(rng, f["obj"], f["key"], f["fa"], f["zone"], f["spot"], f["far"], f["cat"])
        if f["neg"]:
            rec["negative"] = f["neg"]
        fvoices[v] = fvoices.get(v, 0) + 1
        found_recs.append(rec)
    lost_recs = []
    lvoices = {}
    for i in sorted(range(len(objs)), key=lambda j: objs[j]["lkey"]):
        o = objs[i]
        rec, v = write_lost(rng, o, o["lkey"], o["lf"], o["lt"])
        rec["truth"] = o.get("fkey") if o["found"] else None
        lvoices[v] = lvoices.get(v, 0) + 1
        lost_recs.append(rec)
    out = {"seed": SEED, "made_by": "tests/lostfound/make_set128.py",
           "parts": {"set128": {"found": found_recs, "lost": lost_recs}}}
    path = os.path.join(HERE, "set128.json")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(out, ensure_ascii=False, indent=1))
        fh.write("\n")
    print("wrote %s: %d found, %d lost" % (path, len(found_recs), len(lost_recs)))
    print("lost voices:", ", ".join("%s %d" % kv for kv in sorted(lvoices.items())))
    print("found voices:", ", ".join("%s %d" % kv for kv in sorted(fvoices.items())))


def make_negative(rng, ids, a, nk):
    for _ in range(50):
        neg = make_negative_once(rng, ids, a, nk)
        o = neg["obj"]
        if o["kind"] != a["kind"] or o["vis"][0][1] != a["vis"][0][1]:
            return neg
    raise RuntimeError("no distinct negative for " + a["lkey"])


def make_negative_once(rng, ids, a, nk):
    cat = a["cat"]
    zone, spot, far = a["zone"], a.get("spot"), None
    if nk == "near_twin":
        o = G.mk_object(rng, ids, cat, kind=a["kind"], color=a["color"], brand=a["brand"], model=a["model"],
                        avoid_vis=a["vis"], zone=a["zone"])
        fa = rng.randrange(max(0, a["lt"] - 600), a["lf"] + 1)
        if zone != "taxi" and rng.random() < 0.5:
            spot = rng.choice([s[0] for s in ZONES[zone][3]])
    elif nk == "same_category_colour":
        kind = a["kind"] if rng.random() < 0.5 else rng.choice(G.KINDS[cat])
        brands = [b for b in G.KINFO[kind][5] if b.replace("_e", "") != (a["brand"] or "").replace("_e", "")]
        brand = rng.choice(brands) if brands else None
        o = G.mk_object(rng, ids, cat, kind=kind, color=a["color"], brand=brand, avoid_vis=a["vis"] if kind == a["kind"] else None,
                        zone=a["zone"])
        if not brands:
            o["brand"], o["model"] = None, None
        fa = rng.randrange(max(0, a["lt"] - 1500), a["lf"] + 1)
        if rng.random() < 0.4:
            zone = rng.choice(ZONE_ORDER)
            spot = rng.choice([s[0] for s in ZONES[zone][3]])
    elif nk == "found_before_loss":
        brand = a["brand"] if rng.random() < 0.6 else None
        o = G.mk_object(rng, ids, cat, kind=a["kind"], color=a["color"], brand=brand,
                        model=a["model"] if brand else None, avoid_vis=a["vis"], zone=a["zone"])
        fa = min(172800, a["lf"] + rng.randrange(30, 5000))
    else:  # same_brand_elsewhere
        o = G.mk_object(rng, ids, cat, kind=a["kind"], brand=a["brand"], avoid_vis=a["vis"], zone=a["zone"])
        pname, la, lo, words = rng.choice(ELSEWHERE)
        far = (pname, la, lo, words)
        if rng.random() < 0.6 or a["lt"] < 3500:
            fa = min(172800, a["lf"] + rng.randrange(200, 8000))
        else:
            fa = rng.randrange(0, a["lt"] - 2880)
        zone, spot = "far", None
    if o["name"] == a["name"]:
        o["name"] = o["name"] + "明"
    o["lkey"] = None
    if zone == "taxi":
        spot = None
    return {"obj": o, "fa": fa, "zone": zone, "spot": spot, "far": far, "neg": nk, "truth_of": None,
            "cat": None, "anchor": a["lkey"]}


if __name__ == "__main__":
    main()
