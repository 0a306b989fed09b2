"""set97 lost reports: written from the owner's side of a hidden truth record.

The owner knows hidden things (amounts, lock-screen, how the caller is saved, the weight of a
bangle) and often only roughly remembers where and when.
"""
import set97_world as W
import set97_say as S

KIND_WEIGHTS = [("tourist", 30), ("tourist_en", 8), ("tourist_tw", 5), ("student", 16), ("trader", 9),
                ("elder", 12), ("driver", 8), ("local", 12)]

GOODS = ["腊肉", "土鸡蛋", "竹编", "草药", "米豆腐", "猕猴桃", "板栗", "苗绣"]
ROUTES = ["翠嶂到白岩镇的班车", "景区专线", "网约车", "城区出租", "货车"]
DIALECT_LOST = ["搞落了", "掉哒", "弄丢咯", "不晓得落哪里去了", "落起了", "搞掉了"]


def persona(rng):
    total = sum(w for _, w in KIND_WEIGHTS)
    x = rng.random() * total
    for kind, w in KIND_WEIGHTS:
        x -= w
        if x < 0:
            break
    male = rng.random() < 0.5
    if kind in ("tourist", "tourist_en"):
        prov, two, city = rng.choice(W.ORIGINS)
        origin = dict(prefix=W.prefix6(rng, two), ylo=1965, yhi=2004, prov=prov, city=city)
    elif kind == "tourist_tw":
        origin = dict(prefix="830000", ylo=1960, yhi=2000, prov="台湾", city="台北")
    elif kind == "student":
        origin = dict(prefix=rng.choice([W.LOCAL_ID_PREFIX, W.prefix6(rng, "43"), W.prefix6(rng, "52")]),
                      ylo=2003, yhi=2006, prov="本地", city="翠嶂", local=True)
    elif kind == "elder":
        origin = dict(prefix=W.LOCAL_ID_PREFIX, ylo=1938, yhi=1958, prov="本地", city="翠嶂", old=True, local=True)
    else:
        origin = dict(prefix=rng.choice([W.LOCAL_ID_PREFIX, W.prefix6(rng, "43")]), ylo=1962, yhi=1998,
                      prov="本地", city="翠嶂", local=True)
    zh, py = W.name(rng, old=kind == "elder", local=origin.get("local", False))
    return dict(kind=kind, name=zh, py=py, male=male, origin=origin)


def id_text_owner(i, obj, rng):
    """(body text, field text) or None when the owner does not know it."""
    k, v = i["k"], i["v"]
    if k == "imei":
        if rng.random() < 0.4:
            f = S.space_digits(v, rng)
            return rng.choice(["IMEI是", "串号", "IMEI:", "盒子上的IMEI号"]) + f, rng.choice([f, v, "IMEI " + v])
        return None
    if k in ("idn", "idin"):
        r = rng.random()
        if r < 0.55:
            return "身份证号" + v, v
        if r < 0.8:
            return "证件号尾号" + v[-4:], "尾号" + v[-4:]
        m = S.mask_id(v, rng)
        return "号码" + m, m
    if k == "stu":
        return "学号" + v, v
    if k == "passport":
        return "护照号" + v, v
    if k == "tbz":
        return "證號" + v, v
    if k == "elder":
        return ("证号" + v, v) if rng.random() < 0.5 else None
    if k == "cards":
        t = rng.choice(["{b}卡尾号{v}", "{b}的卡，后四位{v}", "一张{b}卡（尾号{v}）"]).format(b=i["bank"], v=v)
        return t, rng.choice(["尾号" + v, v, "****" + v])
    if k == "room":
        return "钥匙牌上是%s房" % v, v + "房"
    if k == "plate":
        f = rng.choice([v, v[:2] + " " + v[2:], v[2:], v[:2] + v[2] + "·" + v[3:]])
        return "车牌" + f, f
    if k in ("frame_e", "frame_b"):
        r = rng.random()
        if r < 0.3:
            return "车架号" + v, v
        if r < 0.5:
            return "车架号后六位" + v[-6:], v[-6:]
        return None
    if k == "sn":
        if rng.random() < 0.35:
            f = rng.choice([v, v.lower(), " ".join(v[j:j + 4] for j in range(0, len(v), 4))])
            return rng.choice(["SN码", "序列号", "盒子上的序列号是"]) + f, f
        return None
    if k == "cert":
        return ("证书编号" + v, v) if rng.random() < 0.35 else None
    if k == "mz":
        return ("门诊号" + v, v) if rng.random() < 0.6 else None
    return None


def amount_text(obj, rng):
    d = next((d for d in obj["details"] if d["k"] == "amount"), None)
    if not d:
        return None, None
    n = d["v"]
    if n == 0:
        return "里面没什么钱", None
    if rng.random() < 0.4:
        return "现金%d元" % n, "%d元" % n
    return "现金" + S.money_approx(n, rng), None


def describe(obj, p, rng, force=()):
    """What this owner says about the object; returns parts and the set of mentioned keys."""
    men = []
    parts = dict(noun=rng.choice(obj["own"]))
    if obj["color"] and (rng.random() < 0.85 or "color" in force):
        parts["color"] = S.color_own(obj["color"], rng)
        parts["color_f"] = S.color_field(obj["color"], rng)
        men.append("color")
    if obj["brand"] and (rng.random() < 0.8 or "brand" in force):
        parts["brand"] = S.brand_own(obj["brand"], rng)
        men.append("brand")
    if obj["model"] and (rng.random() < 0.55 or "model" in force):
        parts["model"] = obj["model"] if rng.random() < 0.7 else obj["model"].lower()
        men.append("model")
    ids = []
    for i in obj["ids"]:
        t = id_text_owner(i, obj, rng)
        if t:
            ids.append((i["k"], t[0], t[1]))
            men.append("id:" + i["k"])
    parts["ids"] = ids
    if obj.get("holder") and (rng.random() < 0.8 or "holder" in force):
        hz = obj["holder"][0]
        if hz == p["name"]:
            parts["holder"] = rng.choice(["名字是%s", "上面是我的名字%s", "姓名%s"]) % hz
        else:
            parts["holder"] = rng.choice(["是我家里人的，名字叫%s", "证上的名字是%s"]) % hz
        men.append("holder")
    dets = []
    for d in obj["details"]:
        if d["k"] == "amount":
            t, f = amount_text(obj, rng)
            if t:
                dets.append(("amount", t))
                men.append("amount")
            continue
        if d["own"] and (rng.random() < 0.7 or d["k"] in force):
            dets.append((d["k"], d["own"]))
            men.append(d["k"])
    parts["dets"] = dets
    return parts, men


def place_text(place, rng, unsure):
    names = W.PLACES[place][0]
    a = rng.choice(names)
    if unsure:
        near = [n for n in W.PLACES[place][4] if n != "taxi"]
        if near:
            b = rng.choice(W.PLACES[rng.choice(near)][0])
            return rng.choice(["可能在%s，也可能在%s", "%s或者%s那一带", "不确定是%s还是%s"]) % (a, b), a
    if W.PLACES[place][3] == "ride":
        return rng.choice(["坐%s的时候", "在%s"]) % a if not a.endswith("上") else a, a
    return rng.choice(["在%s", "%s", "%s附近", "在%s那边"]) % a, a


def obj_phrase(parts, rng, short=False):
    s = ""
    if parts.get("color"):
        s += parts["color"]
    if parts.get("brand"):
        s += parts["brand"]
    if parts.get("model") and not short:
        s += (" " if s and s[-1].isascii() else "") + parts["model"]
    if s and not s.endswith("的") and rng.random() < 0.3:
        s += "的"
    return s + parts["noun"]


def render(obj, p, ev, rng, key, truth, force=()):
    """ev: dict(place, t_from, t_to) (minutes before NOW) plus unsure flag."""
    parts, men = describe(obj, p, rng, force)
    ptxt, palias = place_text(ev["place"], rng, ev.get("unsure", False))
    a, b = W.at(ev["t_from"]), W.at(ev["t_to"])
    if p["kind"] == "elder":
        dstyle = rng.choice(["lunar", "md", "wd"])
    else:
        dstyle = None
    if a.date() == b.date():
        if ev["t_from"] - ev["t_to"] <= 90:
            when = W.date_cn(a, rng, dstyle) + W.clock_cn(a, rng)
        else:
            when = W.date_cn(a, rng, dstyle) + W.clock_cn(a, rng) + "到" + W.clock_cn(b, rng) + "之间"
    else:
        when = W.date_cn(a, rng, dstyle) + W.clock_cn(a, rng) + "到" + W.date_cn(b, rng, dstyle) + W.clock_cn(b, rng)
    fill = rng.choice(["full", "partial", "partial", "body", "body", "hurried"]) if p["kind"] != "elder" \
        else rng.choice(["body", "body", "partial", "hurried"])
    if p["kind"] == "tourist_en":
        fill = rng.choice(["partial", "body", "full"])
    detail_txt = "，".join(t for _, t in parts["dets"])
    id_txt = "，".join(t for _, t, _ in parts["ids"])
    if parts.get("holder"):
        id_txt = (id_txt + "，" if id_txt else "") + parts["holder"]
    ph = obj_phrase(parts, rng)
    k = p["kind"]
    if fill == "hurried":
        bits = [rng.choice(W.PLACES[ev["place"]][0]) + "丢了" + obj_phrase(parts, rng, True)]
        if parts["ids"]:
            bits.append(parts["ids"][0][1])
        elif parts["dets"]:
            bits.append(parts["dets"][0][1])
        body = S.typo("，".join(bits) + rng.choice(["，急", "！！", "，谢谢", ""]), rng)
    elif k == "tourist_en":
        words = [S.color_en(obj["color"]) if "color" in men else "", parts.get("brand", ""),
                 parts.get("model", ""), obj["en"]]
        bits = ["Lost my " + " ".join(w for w in words if w),
                "(%s)" % parts["noun"],
                "at %s" % (W.PLACE_EN[ev["place"]] if rng.random() < 0.6 else palias),
                "on Oct %d around %d:%02d." % (a.day, a.hour, a.minute // 10 * 10)]
        if id_txt:
            bits.append(id_txt + "。")
        if detail_txt:
            bits.append(detail_txt + "。")
        bits.append(rng.choice(["Please call me, xie xie!", "We leave tomorrow by high speed train, please help.",
                                "My name is %s, thank you so much." % p["py"]]))
        body = " ".join(x for x in bits if x)
    else:
        o = p["origin"]
        if k in ("tourist", "tourist_tw"):
            intro = rng.choice(["我们一家从%s过来旅游，" % o["prov"], "本人%s游客，" % o["city"], "外地来玩的，",
                                "国庆和朋友来翠嶂玩，", ""])
            verb = rng.choice(["把%s弄丢了", "丢了%s", "发现%s不见了", "%s找不到了"])
            plea = rng.choice(["麻烦有消息联系我，谢谢！", "明天就要坐高铁回去了，拜托帮忙找找。", "东西很重要，辛苦了。",
                               ""])
        elif k == "student":
            intro = rng.choice(["本人职院%s级学生，" % rng.choice(["22", "23", "24"]), "职院学生，", ""])
            verb = rng.choice(["丢了%s！！", "%s丢了，", "把%s搞丢了"])
            plea = rng.choice(["捡到的同学麻烦联系，必有重谢", "急用，求好心人", "拜托拜托", ""])
        elif k == "trader":
            intro = "我是在河滩集卖%s的，" % rng.choice(GOODS) if ev["place"] == "market" else \
                "我是做%s生意的，" % rng.choice(GOODS)
            verb = rng.choice(["收摊的时候发现%s不见了", "%s丢了", "忙起来不晓得%s掉哪了"])
            plea = rng.choice(["做生意的钱，麻烦帮忙。", "", "谢谢警察同志。"])
        elif k == "elder":
            intro = rng.choice(["（老人口述，民警代记）", "（代老人登记）", "老人家说：", ""])
            verb = rng.choice(["把%s" + x for x in DIALECT_LOST])
            plea = rng.choice(["屋头人着急。", "", "老人耳朵不好，联系家属。"])
        elif k == "driver":
            intro = "本人是跑%s的司机，" % rng.choice(ROUTES)
            verb = rng.choice(["停车休息的时候%s不见了", "把%s落下了", "%s丢了"])
            plea = rng.choice(["跑车要用，麻烦尽快。", "", "谢谢！"])
        else:
            intro = ""
            verb = rng.choice(["丢失%s", "遗失%s", "%s不见了"])
            plea = rng.choice(["请帮忙留意。", "", "有消息请通知。"])
        main = intro + when + ptxt + "，" + (verb % ph) + ("" if verb.endswith(("！！", "，")) else "。")
        tail = ""
        if id_txt:
            tail += id_txt + "。"
        if detail_txt:
            tail += detail_txt + "。"
        body = main + tail + plea
        if k == "tourist_tw":
            body = S.trad(body)
    if rng.random() < 0.06:
        body = S.fullwidth(body)
    rec = dict(key=key, category=obj["cat"], body=S.cut(body, 600))
    want = {"full": 0.95, "partial": 0.45, "body": 0.06, "hurried": 0.03}[fill]
    if "color" in men and rng.random() < want:
        rec["color"] = parts["color_f"]
    if "brand" in men and rng.random() < want:
        rec["brand"] = S.brand_own(obj["brand"], rng)
    if "model" in men and rng.random() < want:
        rec["model"] = parts["model"]
    if parts["ids"] and rng.random() < want + 0.1:
        f = parts["ids"][0][2]
        rec["serial"] = S.fullwidth(f) if rng.random() < 0.05 else f
    if parts["dets"] and rng.random() < want:
        rec["marks"] = S.cut("；".join(t for _, t in parts["dets"]), 500)
        if p["kind"] == "tourist_tw":
            rec["marks"] = S.trad(rec["marks"])
    if rng.random() < want + 0.1:
        rec["address"] = S.cut(palias if not ev.get("unsure") else ptxt, 60)
    if rng.random() < (0.5 if fill == "full" else 0.2):
        pl = W.PLACES[ev["place"]]
        rec["lat"], rec["lon"] = W.jitter(rng, pl[1], pl[2], 400 if ev.get("unsure") else 150)
    rec["lost_from_min"] = ev["t_from"]
    rec["lost_to_min"] = ev["t_to"]
    rec["truth"] = truth
    return rec, men
