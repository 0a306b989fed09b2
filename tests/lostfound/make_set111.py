#!/usr/bin/python3
"""Generator of set111: a blind lost-and-found set (mountain old town, flower season).

Run: PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 tests/lostfound/make_set111.py
Writes set111.json beside this file.  One random.Random(SEED); no hash-ordered iteration, so the
output is byte-identical on every run and under any PYTHONHASHSEED.

How it works: first a hidden truth record is drawn for every object (set111_objects.py).  Then each
lost report and each found registration is written separately from that record by its own writer,
who knows only what that person would know.  Hard negatives are new objects (or altered copies)
placed against a chosen lost report, labelled with the kind of trap they are.
"""
import copy
import datetime
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from set111_world import REF, CONFUSE, PLACES, FAR_PLACES, LOSS_ACTS, FOUND_SPOTS, cn_name, en_name, id_number, imei, digits, alnum  # noqa: E402
from set111_objects import make_object, BANKS, GH  # noqa: E402
from set111_voices import (color_word, brand_word, model_word, noun, place_word, vague_word, jitter, dist_km,  # noqa: E402
                           window_zh, window_en, found_time_zh, serial_text, amount_owner, slip, ALLP, BANK_BIN)

SEED = 1111123
PFX = "S111"
PART = "set111"
R = random.Random(SEED)

N_TRUE, N_UNFOUND = 150, 90
CAT_COUNTS = [("phone", 34), ("jewelry", 30), ("electronics", 34), ("id_doc", 26), ("wallet", 24), ("bag", 24),
              ("keys", 18), ("ebike", 14), ("bicycle", 10), ("cash", 8), ("other", 18)]
FOUND_W = {"phone": 1.2, "jewelry": 1.15, "electronics": 1.0, "id_doc": 1.8, "wallet": 1.1, "bag": 1.3, "keys": 1.2,
           "ebike": 1.7, "bicycle": 1.5, "cash": 0.6, "other": 0.8}
NEG_PLAN = [("near_twin", 30), ("same_cat_color", 34), ("found_before_loss", 22), ("same_brand_far", 22), ("same_number_other", 12)]
PKEYS = sorted(PLACES)
FARKEYS = sorted(FAR_PLACES)


def cut(s, n):
    s = s.strip()
    if len(s) <= n:
        return s
    s = s[:n]
    for sep in ("。", "，", ". ", ",", "；"):
        i = s.rfind(sep)
        if i > n * 0.6:
            return s[:i + 1]
    return s


def places_of_type(types):
    out = [k for k in PKEYS if PLACES[k][4] in types]
    return out or PKEYS


def pick_place(o):
    t = R.choice(o["prefer"]) if o["prefer"] else "street"
    if t == "market":
        return "market"
    return R.choice(places_of_type([t]))


def neighbours(pk, n=3):
    ds = sorted((dist_km(pk, k), k) for k in PKEYS if k != pk)
    return [k for _, k in ds[:n]]


def found_place_for(o, pk):
    x = R.random()
    ptype = PLACES[pk][4]
    if x < 0.55:
        return pk
    if x < 0.8:
        return R.choice(neighbours(pk))
    # carried elsewhere before being handed in
    if pk in ("shuttle_stop", "bus_station"):
        return R.choice(["airport", "shuttle_stop", "bus_station"])
    if ptype == "guesthouse":
        return R.choice(["bus_station", "shuttle_stop", pk])
    if ptype == "lake":
        return R.choice(["rental_shop", "fishing_pier", "lake_road", "flower_park"])
    if ptype == "hospital":
        return R.choice(["hospital", "bus_station"])
    return R.choice(neighbours(pk, 6))


HOURS = [7, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 16, 17, 17, 18, 18, 19, 19, 20, 20, 21, 22, 23, 1]


def event_minute():
    """Minutes before registration of a moment, mostly in waking hours, within 36 days."""
    while True:
        day = R.randint(0, 35)
        ev = REF.replace(hour=0, minute=0) - datetime.timedelta(days=day) + datetime.timedelta(hours=R.choice(HOURS), minutes=R.randint(0, 59))
        m = int((REF - ev).total_seconds() // 60)
        if m >= 60:
            return m


def daytime(m):
    """Push a finding time out of the small hours (to a later moment, i.e. fewer minutes before now)."""
    h = (REF - datetime.timedelta(minutes=m)).hour
    if h < 6:
        m = max(0, m - (6 - h) * 60 - R.randint(0, 90))
    return m


def loss_window(T):
    x = R.random()
    if x < 0.3:
        a, b = R.randint(0, 40), R.randint(0, 40)
    elif x < 0.65:
        a, b = R.randint(30, 240), R.randint(20, 180)
    elif x < 0.85:
        a, b = R.randint(240, 900), R.randint(120, 720)
    else:
        a, b = R.randint(600, 2880), R.randint(0, 60)
    return T + a, max(0, T - b)


def found_delay():
    x = R.random()
    if x < 0.4:
        return R.randint(5, 180)
    if x < 0.75:
        return R.randint(180, 1440)
    return R.randint(1440, 7200)


# ================================================================= lost report writer
CLOSE_ZH = ["麻烦帮忙留意一下，谢谢！", "有捡到的请联系我，必有重谢。", "急！里面东西很重要。", "后天就要回去了，拜托了。",
            "求好心人归还！", "谢谢民警同志。", "不值什么钱但对我很重要。", "", "", "有消息请打电话。", "找到了请通知客栈前台。"]
CLOSE_EN = ["Any help appreciated, thanks!", "Please contact me if found.", "I fly out in two days, please help.",
            "It has sentimental value.", "Reward offered.", "", "Thank you so much."]
AGENCY = ["云岫之旅", "彩岭国旅", "苍湖假期", "山海行旅游"]
REL = ["阿姨", "大叔", "老人家", "小姑娘", "游客", "大姐"]


def owner_knows(o):
    """What the owner remembers of the hidden record."""
    ser = o["serial"]
    k = {}
    k["color"] = o["color"] if (o["color"] and R.random() < 0.9) else None
    if k["color"] and k["color"] in CONFUSE and R.random() < 0.07:
        k["color"] = R.choice(CONFUSE[k["color"]])
    k["color_conf"] = 0.0
    k["brand"] = o["brand"] if (o["brand"] and R.random() < 0.85) else None
    k["model"] = o["model"] if (o["model"] and R.random() < (0.7 if o["cat"] in ("phone", "electronics", "ebike") else 0.45)) else None
    p = 0.0
    if ser:
        p = {"imei": 0.35, "id": 0.7, "passport": 0.75, "student": 0.5, "card": 0.6, "room": 0.75, "rental": 0.6,
             "frame": 0.45, "camsn": 0.3, "dronesn": 0.55, "podsn": 0.15, "devsn": 0.25}[ser["t"]]
    k["serial"] = ser if (ser and R.random() < p) else None
    k["vis"] = [i for i in range(len(o["vis"])) if R.random() < 0.6]
    k["hid"] = [h for h in o["hid"] if R.random() < 0.7]
    k["cont"] = [c for c in o["cont"] if R.random() < 0.75]
    k["tails"] = [t for t in o["tails"] if R.random() < 0.5]
    return k


def desc_zh(o, k, use_model=True):
    s = ""
    if k.get("color") and R.random() < 0.85:
        s += color_word(R, k["color"], "zh", k.get("color_conf", 0))
    if k.get("brand") and R.random() < 0.85:
        s += brand_word(R, k["brand"])
    if use_model and k.get("model") and R.random() < 0.7:
        m = model_word(R, k["model"], 0.05)
        s += (" " if s and s[-1].isascii() and s[-1].isalnum() and R.random() < 0.7 else "") + m
        if m[-1:].isascii() and R.random() < 0.6:
            s += " "
    nn = noun(R, o)
    if nn.lower() in s.lower():
        nn = R.choice([x for x in o["nz"] if x.lower() not in s.lower()] or [""])
    return s + nn


def desc_en(o, k):
    parts = []
    if k.get("color") and R.random() < 0.85:
        parts.append(color_word(R, k["color"], "en", k.get("color_conf", 0)))
    if k.get("brand"):
        parts.append(brand_word(R, k["brand"], "en"))
    if k.get("model") and R.random() < 0.7:
        parts.append(k["model"])
    parts.append(noun(R, o, "en"))
    return " ".join(parts)


def group_cont(items, en, pre):
    if en:
        return "inside: " + ", ".join(items)
    plain = [c for c in items if not any(w in c for w in ("有", "夹", "装", "套", "还"))]
    other = [c for c in items if c not in plain]
    out = []
    if plain:
        out.append(pre + "、".join(plain))
    out += other
    return "，".join(out)


def loc(place_txt):
    return place_txt if place_txt.startswith("从") else "在" + place_txt


def write_lost(o, ctx):
    voice = ctx["voice"]
    en = voice == "en"
    k = owner_knows(o)
    stated = set()
    pk = ctx["place"]
    mode = ctx["pmode"]
    if en:
        place_txt = place_word(R, pk, "en") if mode != "vague" else vague_word(R, pk, "en")
    else:
        if mode == "exact":
            place_txt = place_word(R, pk)
        elif mode == "vague":
            place_txt = vague_word(R, pk)
        else:
            place_txt = "从%s到%s的路上" % (place_word(R, pk), place_word(R, R.choice(neighbours(pk))))
    when = window_en(R, ctx["from"], ctx["to"]) if en else window_zh(R, ctx["from"], ctx["to"])
    act = R.choice(LOSS_ACTS[PLACES[pk][4]])
    fill = {"detailed": 0.9, "plain": 0.55, "chatty": 0.3, "hurry": 0.1, "guide": 0.5, "guesthouse": 0.5, "family": 0.45,
            "elder": 0.25, "en": 0.6, "en_helped": 0.5, "patient": 0.4}[voice]
    rec = {"category": ctx["cat"]}
    # ---- details the owner may mention
    det = []
    for i in k["vis"]:
        det.append(o["vis"][i][1 if en else 0])
        stated.add("vis:%d" % i)
    for h in k["hid"]:
        det.append(h[1 if en else 0])
    if k["cont"]:
        det.append(group_cont([c[1 if en else 0] for c in k["cont"]], en, "里面有"))
    if o["cash"] and R.random() < 0.9:
        det.append(("about %d yuan cash" % (round(o["cash"] / 100.0) * 100 or o["cash"])) if en else "现金" + amount_owner(R, o["cash"]))
    for bk, t in k["tails"]:
        det.append(("%s card ending %s" % (bk[2], t)) if en else "%s卡尾号%s" % (R.choice(bk[:2]), t))
        stated.add("tail")
    R.shuffle(det)
    ser_field = ser_body = ""
    if k["serial"]:
        ser_field, ser_body = serial_text(R, k["serial"], "en" if en else "owner")
        stated.add("serial")
    desc = desc_en(o, k) if en else desc_zh(o, k)
    # ---- body by voice
    name = o["owner"]["name"]
    if voice == "hurry":
        bits = [place_txt, R.choice(["丢了", "掉了", "丢"]), desc]
        if det and R.random() < 0.5:
            bits.append("，" + det[0])
        body = "".join(bits)
        if ser_body and R.random() < 0.4:
            body += " " + ser_body
        body = slip(R, body, 2)
    elif voice == "en":
        body = "Lost my %s %s %s. %s" % (desc, when, ("at " + place_txt) if mode != "vague" else place_txt, act[1].capitalize() + ".")
        if det:
            body += " " + "; ".join(det[:4]) + "."
        if ser_body and R.random() < 0.6:
            body += " " + ser_body.replace("串号", "IMEI ").replace("序列号", "serial ").replace("车架号", "frame no. ") + "."
        body += " " + R.choice(CLOSE_EN)
        if R.random() < 0.3:
            body = slip(R, body, 1, "en")
        body += " - %s, staying at %s" % (name.split()[0], place_word(R, R.choice(["hostel", "tingfeng", "yunqi", "banshan"]), "en")) if R.random() < 0.5 else ""
    else:
        lead = {"detailed": "本人%s，%s%s%s遗失%s一%s。" % (name, when, loc(place_txt), act[0], desc, ctx["unit"]),
                "plain": "%s%s%s，%s不见了。" % (when, loc(place_txt), act[0], desc),
                "chatty": "%s，%s我们%s玩，%s，回去才发现%s没了，找了好几圈都没有。" % (
                    R.choice(["我们一家来古城看樱花", "和闺蜜来旅游", "第一次来云岫", "带爸妈出来玩"]), when, loc(place_txt), act[0], desc),
                "guide": "我是%s的导游，团里一位%s%s%s%s，把%s弄丢了。" % (R.choice(AGENCY), R.choice(REL), when, loc(place_txt), act[0], desc),
                "guesthouse": "%s老板代住客%s登记：客人%s%s丢了%s。" % (place_word(R, R.choice(["tingfeng", "tingfengge", "banshan", "banshanyun", "yunqi", "yunqi_yard"])), name, when, loc(place_txt), desc),
                "family": "帮我%s登记一下，%s%s%s丢了%s。" % (R.choice(["妈", "爸", "奶奶", "外公"]), when, loc(place_txt), act[0], desc),
                "elder": "我是%s的，%s%s，%s搞丢了。" % (R.choice(["石坪村", "雪松村", "古城里", "下面村子"]), when, ("去" + place_txt) if not place_txt.startswith("从") else place_txt, desc),
                "en_helped": "青旅前台代外国客人%s(%s)登记：%s%s丢了%s。" % (name, o["owner"]["nat"][0] if o["owner"]["nat"] else "外国", when, loc(place_txt), desc),
                "patient": "来%s看高原反应，%s%s%s，%s不见了。" % (place_word(R, "hospital"), when, loc(place_txt), act[0], desc)}[voice]
        body = lead
        nd = {"detailed": 5, "plain": 3, "chatty": 4, "guide": 2, "guesthouse": 3, "family": 2, "elder": 1, "en_helped": 3, "patient": 2}[voice]
        if det[:nd]:
            body += "特征：" + "，".join(det[:nd]) + "。" if voice == "detailed" else "，".join(det[:nd]) + "。"
        if ser_body and R.random() < 0.6:
            body += ser_body + "。"
        if voice in ("detailed", "plain", "chatty") and R.random() < 0.25:
            body += "联系电话%s****%s。" % (R.choice(["138", "139", "150", "187", "133"]), digits(R, 4))
        body += R.choice(CLOSE_ZH)
        if voice in ("elder", "chatty", "plain") and R.random() < 0.35:
            body = slip(R, body, 1)
    rec["body"] = cut(body, 600)
    # ---- fields
    if k["color"] and R.random() < fill:
        rec["color"] = color_word(R, k["color"], "en" if en else "zh")
        stated.add("color")
    if k["brand"] and R.random() < fill:
        rec["brand"] = brand_word(R, k["brand"], "en" if en else "zh", 0.2)
        stated.add("brand")
    if k["model"] and R.random() < fill:
        rec["model"] = model_word(R, k["model"], 0.06)
        stated.add("model")
    if ser_field and R.random() < min(1.0, fill + 0.3):
        rec["serial"] = ser_field
    elif k["tails"] and R.random() < fill:
        rec["serial"] = R.choice(["尾号", "", "****"]) + k["tails"][0][1]
    if det and R.random() < fill:
        rec["marks"] = cut(("; " if en else "，").join(det), 500)
    if R.random() < fill + 0.2:
        rec["address"] = cut(place_txt, 60)
    if mode == "exact" and R.random() < 0.45:
        rec["lat"], rec["lon"] = jitter(R, pk, 0.0015)
    elif mode == "vague" and R.random() < 0.15:
        rec["lat"], rec["lon"] = jitter(R, pk, 0.01)
    wrong_box(rec, 0.06)
    rec["lost_from_min"] = ctx["from"]
    rec["lost_to_min"] = ctx["to"]
    return rec, stated


def wrong_box(rec, p):
    if R.random() >= p:
        return
    opts = []
    if "brand" in rec and "model" in rec:
        opts.append("swap_bm")
    if "serial" in rec:
        opts.append("serial_to_marks")
    if "color" in rec:
        opts.append("color_to_brand" if "brand" not in rec else "color_to_model")
    if "address" in rec:
        opts.append("addr_to_marks")
    if not opts:
        return
    w = R.choice(opts)
    if w == "swap_bm":
        rec["brand"], rec["model"] = rec["model"], rec["brand"]
    elif w == "serial_to_marks":
        rec["marks"] = cut((rec.get("marks", "") + " " + rec.pop("serial")).strip(), 500)
    elif w == "color_to_brand":
        rec["brand"] = rec.pop("color")
    elif w == "color_to_model":
        rec["model"] = rec.pop("color")
    elif w == "addr_to_marks":
        rec["marks"] = cut((rec.pop("address") + " " + rec.get("marks", "")).strip(), 500)


# ================================================================= found registration writer
FINDERS = {"street": ["cleaner", "shop", "tourist", "patrol", "officer"], "guesthouse": ["gh_staff", "gh_staff", "officer"],
           "transport": ["driver", "driver", "officer"], "hospital": ["security", "security", "officer"],
           "lake": ["cleaner", "tourist", "patrol", "rental", "officer"], "village": ["shop", "villager", "officer"],
           "flower": ["scenic_staff", "tourist", "officer"]}


def finder_knows(o):
    k = {}
    k["color"] = o["color"] if (o["color"] and R.random() < 0.92) else None
    if k["color"] and k["color"] in CONFUSE and R.random() < 0.08:
        k["color"] = R.choice(CONFUSE[k["color"]])
    k["color_conf"] = 0.0
    pb = 0.4 if o["cat"] == "jewelry" else 0.78
    k["brand"] = o["brand"] if (o["brand"] and R.random() < pb) else None
    pm = {"phone": 0.3, "electronics": 0.6, "ebike": 0.35, "bicycle": 0.4}.get(o["cat"], 0.4)
    k["model"] = o["model"] if (o["model"] and R.random() < pm) else None
    k["serial"] = o["serial"] if (o["serial"] and R.random() < o["fsees"]) else None
    k["vis"] = [i for i in range(len(o["vis"])) if R.random() < 0.72]
    opened = R.random() < 0.85
    k["cont"] = [c for c in o["cont"] if opened and R.random() < 0.85]
    k["tails"] = [t for t in o["tails"] if opened and R.random() < 0.6]
    k["opened"] = opened
    return k


def write_found(o, ctx):
    pk = ctx["place"]
    ptype = ALLP[pk][4]
    who = ctx.get("finder") or R.choice(FINDERS.get(ptype, FINDERS["street"]))
    if o["cat"] in ("ebike", "bicycle") and R.random() < 0.4:
        who = "rental" if R.random() < 0.5 else "patrol"
    if who == "rental" and o["cat"] not in ("ebike", "bicycle"):
        who = "patrol"
    k = finder_knows(o)
    en = who == "tourist" and R.random() < 0.25
    rec = {"category": ctx["cat"]}
    if o["cat"] in ("ebike", "bicycle"):
        spot = R.choice(VEH_SPOTS)
    elif who == "driver":
        spot = R.choice(BUS_SPOTS)
    else:
        spot = R.choice(FOUND_SPOTS.get(ptype, FOUND_SPOTS["street"]))
    place_txt = place_word(R, pk, "en" if en else "zh")
    for n in (3, 2):
        if not en and place_txt.endswith(spot[0][:n]):
            spot = (spot[0][n:], spot[1])
            break
    exact = who in ("officer", "patrol", "driver", "security")
    when = found_time_zh(R, ctx["at"], exact)
    det = []
    for i in k["vis"]:
        det.append(o["vis"][i][1 if en else 0])
    if k["cont"]:
        det.append(group_cont([c[1 if en else 0] for c in k["cont"]], en, R.choice(["内有", "里面有", "包内"])))
    if o["cash"] and k["opened"]:
        det.append(("%d yuan cash inside" % o["cash"]) if en else R.choice(["现金%d元" % o["cash"], "内有人民币%d元" % o["cash"], "钱%d块" % o["cash"]]))
    for bk, t in k["tails"]:
        if en:
            det.append("%s bank card ending %s" % (bk[2], t))
        else:
            det.append("%s卡一张(尾号%s)" % (R.choice(bk[:2]), t) if R.random() < 0.6 else "%s银行卡 %s****%s" % (bk[1], R.choice(BANK_BIN[bk[0]]), t))
    R.shuffle(det)
    if o["cat"] == "phone" and R.random() < 0.3:
        det.append(R.choice(["有人打电话来, 备注'%s'" % R.choice(["老婆", "妈妈", "老公", "宝贝", "导游小李"]), "电量很低", "已关机", "屏幕锁着"]))
    ser_field = ser_body = ""
    if k["serial"]:
        ser_field, ser_body = serial_text(R, k["serial"], "finder")
    desc = desc_en(o, k) if en else desc_zh(o, k)
    unit = ctx["unit"]
    if en:
        body = "Found a %s %s at %s. %s" % (desc, spot[1], place_txt, ("; ".join(det[:3]) + ".") if det else "")
        body += " Handed in by a traveller."
    elif who == "officer":
        body = "%s，拾得人在%s%s拾得%s一%s。%s" % (when, place_txt, spot[0], desc, unit, ("，".join(det) + "。") if det else "")
        if ser_body:
            body += ser_body + "。"
        body += R.choice(["已登记暂存。", "物品暂存阳光坐席。", "", "待失主认领。"])
    elif who == "patrol":
        body = "巡逻民警%s在%s%s发现%s，%s" % (when, place_txt, spot[0], desc, ("，".join(det) + "。") if det else "无人认领。")
        if ser_body:
            body += ser_body + "。"
    elif who == "cleaner":
        body = "环卫工%s阿姨%s在%s扫地的时候捡到的%s，%s交到所里。" % (R.choice("杨段李张赵王"), found_time_zh(R, ctx["at"], False), place_txt, desc, ("，".join(det[:3]) + "，") if det else "")
    elif who == "shop":
        body = "%s老板送来：有客人落在%s的%s，%s" % (R.choice(["银器店", "扎染店", "鲜花饼店", "咖啡馆", "小吃店"]), R.choice(["店里", "门口", "柜台上"]), desc, ("，".join(det[:4]) + "。") if det else "不知道是谁的。")
        if ser_body and R.random() < 0.5:
            body += ser_body
    elif who == "villager":
        body = "村里人在%s%s捡到%s，拿来所里。%s" % (place_txt, spot[0], desc, ("，".join(det[:2]) + "。") if det else "")
    elif who == "gh_staff":
        body = "%s前台：%s在%s发现%s，%s联系不上客人。" % (place_word(R, pk) if PLACES.get(pk, ("", "", 0, 0, ""))[4] == "guesthouse" else "客栈", when, spot[0], desc, ("，".join(det[:4]) + "，") if det else "")
        if ser_body:
            body += ser_body + "。"
    elif who == "driver":
        body = "%s司机交来：%s，车上%s发现%s。%s" % (R.choice(["机场大巴", "出租车", "网约车", "旅游大巴"]), when, spot[0], desc, ("，".join(det[:4]) + "。") if det else "")
        if ser_body:
            body += ser_body + "。"
    elif who == "security":
        body = "医院保安%s在%s捡到%s，%s" % (when, spot[0], desc, ("，".join(det[:4]) + "。") if det else "")
        if ser_body:
            body += ser_body + "。"
    elif who == "rental":
        body = "租车行老板报：%s在%s%s发现%s，停了很久没人管。%s" % (found_time_zh(R, ctx["at"], False), place_txt, spot[0], desc, ("，".join(det[:4]) + "。") if det else "")
        if ser_body:
            body += ser_body + "。"
    elif who == "scenic_staff":
        body = "景区工作人员在%s%s拾到%s。%s" % (place_txt, spot[0], desc, ("，".join(det[:3]) + "。") if det else "")
    else:  # tourist, Chinese
        body = "游客送来的，说在%s%s捡的%s。%s" % (place_txt, spot[0], desc, ("，".join(det[:3]) + "。") if det else "")
        if R.random() < 0.3:
            body = slip(R, body, 1)
    rec["body"] = cut(body, 600)
    fill = {"officer": 0.85, "patrol": 0.8, "driver": 0.5, "security": 0.6, "gh_staff": 0.55, "cleaner": 0.3, "shop": 0.35,
            "villager": 0.2, "rental": 0.6, "scenic_staff": 0.45, "tourist": 0.3}[who]
    if k["color"] and R.random() < fill:
        rec["color"] = color_word(R, k["color"], "en" if en else "zh")
    if k["brand"] and R.random() < fill:
        rec["brand"] = brand_word(R, k["brand"], "en" if en else "zh", 0.2)
    if k["model"] and R.random() < fill:
        rec["model"] = model_word(R, k["model"])
    if ser_field and R.random() < min(1.0, fill + 0.2):
        rec["serial"] = ser_field
    elif k["tails"] and R.random() < fill * 0.7:
        rec["serial"] = "尾号" + k["tails"][0][1]
    if det and R.random() < fill:
        rec["marks"] = cut(("; " if en else "，").join(det), 500)
    if R.random() < fill + 0.1:
        rec["address"] = cut(place_word(R, pk) + (spot[0] if (ptype in ("street", "lake", "flower") and R.random() < 0.4) else ""), 60)
    if R.random() < 0.55:
        rec["lat"], rec["lon"] = jitter(R, pk, 0.0008)
    wrong_box(rec, 0.04)
    rec["found_at_min"] = ctx["at"]
    return rec


VEH_SPOTS = [("路边", "by the road"), ("停车处角落", "in a corner of the parking area"), ("巷子口", "at the mouth of a lane"),
             ("门口空地上", "on open ground by a gate"), ("树下", "under a tree"), ("路边草丛旁", "beside the verge")]

BUS_SPOTS = [("最后一排座位上", "on the back seat"), ("行李架上", "on the luggage rack"), ("座位缝里", "down a seat"),
             ("车门边地上", "on the floor by the door"), ("副驾驶座位下面", "under the front passenger seat")]

UNITS = {"phone": "部", "id_doc": "张", "wallet": "个", "keys": "串", "ebike": "辆", "bicycle": "辆", "bag": "个", "cash": "笔",
         "jewelry": "件", "electronics": "台", "other": "件"}


def lost_voice(o, pk):
    kind = o["owner"]["kind"]
    if kind == "en":
        return "en" if R.random() < 0.8 else "en_helped"
    if kind in ("bai", "naxi"):
        return "elder" if R.random() < 0.65 else "family"
    if PLACES[pk][4] == "hospital" and R.random() < 0.6:
        return "patient"
    if o["cat"] in ("ebike", "bicycle"):
        return R.choice(["plain", "hurry", "detailed", "guesthouse", "chatty"])
    return R.choice(["plain"] * 6 + ["hurry"] * 4 + ["detailed"] * 4 + ["chatty"] * 3 + ["guide"] * 2 + ["guesthouse"] * 2 + ["family"])


# ================================================================= negatives
def fresh_serial(ser):
    s = dict(ser)
    t = s["t"]
    if t == "imei":
        s["v"] = imei(R)
    elif t == "id":
        s["v"] = id_number(R)
    elif t == "passport":
        s["v"] = s["v"][:2] + digits(R, len(s["v"]) - 2) if s["v"][2:].isdigit() else s["v"][:1] + alnum(R, len(s["v"]) - 1)
    elif t in ("card", "room", "rental", "student"):
        s["v"] = digits(R, len(s["v"]))
    else:
        s["v"] = s["v"][:4] + alnum(R, len(s["v"]) - 4)
    return s


def near_twin(o, stated):
    n = copy.deepcopy(o)
    n["owner"] = {"name": en_name(R) if o["owner"]["kind"] == "en" else cn_name(R), "kind": o["owner"]["kind"], "nat": o["owner"]["nat"]}
    if n["serial"]:
        n["serial"] = fresh_serial(n["serial"])
    # a different person's name on documents
    n["vis"] = [(v[0].replace(o["owner"]["name"], n["owner"]["name"]), v[1].replace(o["owner"]["name"], n["owner"]["name"])) for v in n["vis"]]
    n["cont"] = [(c[0].replace(o["owner"]["name"], n["owner"]["name"]), c[1].replace(o["owner"]["name"], n["owner"]["name"])) for c in n["cont"]]
    keep = [v for i, v in enumerate(n["vis"]) if "vis:%d" % i in stated or R.random() < 0.5]
    n["vis"] = keep
    n["tails"] = [(b, digits(R, 4)) for b, _ in n["tails"]] if "tail" not in stated else []
    if n["cash"]:
        n["cash"] = max(50, n["cash"] + R.choice([-300, -100, 100, 200, 500]))
    n["hid"] = []
    return n


def like_object(o, same_color=True, same_brand=False):
    """A different object of the same category, drawn until it shares colour (and brand) naturally."""
    best = None
    for i in range(80):
        n = make_object(R, o["cat"])
        if same_brand and o["brand"] and n["brand"] != o["brand"]:
            continue
        if same_color and o["color"] and n["color"] != o["color"]:
            if best is None and n["nz"][0] == o["nz"][0]:
                best = n
            continue
        if n["nz"][0] == o["nz"][0] or i > 30 or R.random() < 0.3:
            return n
    if best is None:
        best = make_object(R, o["cat"])
        best["nz"], best["ne"] = list(o["nz"]), list(o["ne"])
    if same_color and o["color"]:
        best["color"] = o["color"]
    if same_brand and o["brand"]:
        best["brand"] = o["brand"]
    return best


def main():
    cats = []
    for c, n in CAT_COUNTS:
        cats += [c] * n
    assert len(cats) == N_TRUE + N_UNFOUND
    objs = []
    for c in cats:
        o = make_object(R, c)
        o["cat"] = c
        objs.append(o)
    # which objects are ever handed in
    score = sorted((R.random() / FOUND_W[o["cat"]], i) for i, o in enumerate(objs))
    found_ids = sorted(i for _, i in score[:N_TRUE])
    fset = {i: True for i in found_ids}
    # cross-category pairs (at most 5): the finder files it under the second category
    alt = [i for i in found_ids if objs[i]["alt_cat"]]
    R.shuffle(alt)
    cross = {i: True for i in alt[:4]}

    lost, found, lost_meta = [], [], []
    for i, o in enumerate(objs):
        pk = pick_place(o)
        T = event_minute()
        f, t = loss_window(T)
        pmode = R.choice(["exact"] * 6 + ["vague"] * 2 + ["route"] * 2)
        voice = lost_voice(o, pk)
        lrec, stated = write_lost(o, {"cat": o["cat"], "place": pk, "pmode": pmode, "from": f, "to": t, "voice": voice, "unit": UNITS[o["cat"]]})
        lrec["truth"] = None
        entry = {"rec": lrec, "obj": o, "place": pk, "T": T, "stated": stated, "found": None}
        if i in fset:
            fpk = found_place_for(o, pk)
            fat = daytime(max(0, T - found_delay()))
            fcat = o["alt_cat"] if i in cross else o["cat"]
            frec = write_found(o, {"cat": fcat, "place": fpk, "at": fat, "unit": UNITS[fcat]})
            found.append(frec)
            entry["found"] = frec
        lost.append(entry)
    # ---------- hard negatives
    used = {}
    negs = []

    def choose(pred, prefer_unfound):
        cands = [e for e in lost if pred(e) and used.get(id(e), 0) < 2]
        if not cands:
            cands = [e for e in lost if used.get(id(e), 0) < 2]
        pool = [e for e in cands if (e["found"] is None) == prefer_unfound] or cands
        e = R.choice(pool)
        used[id(e)] = used.get(id(e), 0) + 1
        return e

    for kind, n in NEG_PLAN:
        for j in range(n):
            pu = (j % 2 == 0)
            if kind == "near_twin":
                e = choose(lambda e: "serial" not in e["stated"] and e["obj"]["cat"] not in ("cash",), pu)
                no = near_twin(e["obj"], e["stated"])
                fpk = R.choice([e["place"]] + neighbours(e["place"], 2))
                lf, lt = e["rec"]["lost_from_min"], e["rec"]["lost_to_min"]
                fat = R.randint(max(0, lt - 2880), lf)
            elif kind == "same_cat_color":
                e = choose(lambda e: e["obj"]["color"] is not None, pu)
                no = like_object(e["obj"], True, False)
                fpk = R.choice(neighbours(e["place"], 4) + [e["place"]])
                lf, lt = e["rec"]["lost_from_min"], e["rec"]["lost_to_min"]
                fat = R.randint(max(0, lt - 4320), lf)
            elif kind == "found_before_loss":
                e = choose(lambda e: e["rec"]["lost_from_min"] < 160000, pu)
                no = near_twin(e["obj"], set()) if R.random() < 0.6 else like_object(e["obj"], True, True)
                fpk = R.choice([e["place"]] + neighbours(e["place"], 3))
                fat = min(172800, e["rec"]["lost_from_min"] + R.randint(30, 5 * 1440))
            elif kind == "same_brand_far":
                e = choose(lambda e: e["obj"]["brand"] is not None, pu)
                no = like_object(e["obj"], R.random() < 0.5, True)
                fpk = R.choice(FARKEYS)
                lf, lt = e["rec"]["lost_from_min"], e["rec"]["lost_to_min"]
                if R.random() < 0.5:
                    fat = min(172800, lf + R.randint(1440, 10 * 1440))
                else:
                    fat = max(0, lt - R.randint(1440, 8 * 1440)) if lt > 1440 else R.randint(0, lf)
            else:  # same_number_other: same short number (room, rental plate, card tail) on a different object
                e = choose(lambda e: e["obj"]["serial"] is not None and e["obj"]["serial"]["t"] in ("room", "rental", "card"), pu)
                o = e["obj"]
                no = like_object(o, R.random() < 0.5, False)
                if o["serial"] and o["serial"]["t"] in ("room", "rental", "card"):
                    s = dict(o["serial"])
                    if s["t"] == "room":
                        sister = {"听风客栈": "听风阁客栈", "听风阁客栈": "听风客栈", "半山客栈": "半山云舍客栈", "半山云舍客栈": "半山客栈",
                                  "云栖客栈": "云栖小院", "云栖小院": "云栖客栈", "鹿角青旅": "听风客栈"}[s["gh"]]
                        s["gh"] = sister
                        no["nz"] = list(o["nz"])
                        no["vis"] = [("木牌上刻着%s %s" % (sister, s["v"]), "wooden tag '%s %s'" % (sister, s["v"]))] + no["vis"][1:]
                        no["cat"] = o["cat"]
                    elif s["t"] == "rental":
                        s["shop"] = R.choice([x for x in ["湖畔租车", "洱岸租车", "古城租车行"] if x != s["shop"]])
                        if no["vis"]:
                            no["vis"] = [v for v in no["vis"] if "编号" not in v[0] and "牌" not in v[0]]
                        no["vis"].insert(0, ("车身贴着%s的牌子, 编号%s" % (s["shop"], s["v"]), "rental sticker %s no.%s" % (s["shop"], s["v"])))
                    else:
                        s["bank"] = R.choice([b for b in BANKS if b != s.get("bank")])
                        no["tails"] = [(s["bank"], s["v"])]
                    no["serial"] = s
                    no["fsees"] = 0.95
                fpk = R.choice(neighbours(e["place"], 4))
                lf, lt = e["rec"]["lost_from_min"], e["rec"]["lost_to_min"]
                fat = R.randint(max(0, lt - 2880), lf)
            no["cat"] = e["obj"]["cat"]
            if kind != "found_before_loss":
                fat = daytime(fat)
            frec = write_found(no, {"cat": no["cat"], "place": fpk, "at": fat, "unit": UNITS[no["cat"]]})
            frec["negative"] = kind
            negs.append(frec)
    allfound = found + negs
    order_f = list(range(len(allfound)))
    R.shuffle(order_f)
    fkey = {}
    out_found = []
    for n, idx in enumerate(order_f):
        rec = allfound[idx]
        key = "%s-F%04d" % (PFX, n + 1)
        fkey[id(rec)] = key
        out_found.append(finish(rec, key))
    order_l = list(range(len(lost)))
    R.shuffle(order_l)
    out_lost = []
    for n, idx in enumerate(order_l):
        e = lost[idx]
        rec = e["rec"]
        rec["truth"] = fkey[id(e["found"])] if e["found"] is not None else None
        out_lost.append(finish(rec, "%s-L%04d" % (PFX, n + 1)))
    data = {"seed": SEED, "made_by": "tests/lostfound/make_set111.py", "parts": {PART: {"found": out_found, "lost": out_lost}}}
    path = os.path.join(HERE, "set111.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %s: %d found (%d negatives), %d lost (%d with truth)" % (
        path, len(out_found), len(negs), len(out_lost), sum(1 for r in out_lost if r["truth"])))


ORDER = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
         "lost_from_min", "lost_to_min", "truth", "found_at_min", "negative"]


def finish(rec, key):
    rec = dict(rec)
    rec["key"] = key
    for f in ("color", "brand", "model", "serial", "address"):
        if f in rec:
            rec[f] = cut(str(rec[f]), 60)
            if not rec[f]:
                del rec[f]
    if "marks" in rec and not rec["marks"]:
        del rec["marks"]
    return {f: rec[f] for f in ORDER if f in rec}


if __name__ == "__main__":
    main()
