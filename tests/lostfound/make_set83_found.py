"""Found registrations of set83, written by whoever handed the thing in.

Part of the generator for set83. A finder sees what is printed or visible, and what shows when the
thing is opened or switched on; never the owner's private facts. Twin negatives are written with
the owner's own words (the style the lost report used), differing in the one detail they carry.
"""
import make_set83_text as T
import make_set83_world as W

WHO = ["群众", "市民", "游客", "一名环卫工人", "热心群众", "一名出租车司机"]
INTRO = {
    "desk": ["{when}，{who}在{where}拾得{obj}，", "{who}于{when}在{where}{spot}捡到{obj}，送至我所，"],
    "ferry": ["{when}，鹭海3号客轮保洁员在{spot}拾得{obj}，", "客运码头工作人员{when}在{where}{spot}捡到{obj}，"],
    "homestay": ["{when}客人退房后，在{where}{room}房间发现{obj}，", "俺家渔家乐（{where}）{when}打扫房间时捡到{obj}，"],
    "cleaner": ["{when}扫地的时候在{where}{spot}捡到{obj}，", "环卫工{when}在{where}{spot}拾得{obj}，"],
    "aux": ["{when}巡逻至{where}，在{spot}发现{obj}，", "辅警{when}在{where}巡查时发现{obj}，"],
    "vendor": ["{when}收摊的时候在{where}摊位底下捡的{obj}，", "{where}摊主{when}捡到{obj}，"],
    "fisher": ["俺{when}在{where}捡着{obj}，", "{when}在{where}{spot}捡的{obj}，"],
    "tourist": ["{when}我在{where}{spot}捡到{obj}，", "游客{when}在{where}捡到{obj}交到值班室，"],
    "security": ["{when}在{where}门岗附近捡到{obj}，", "保安{when}巡逻时在{where}{spot}发现{obj}，"],
    "worker": ["{when}在{where}{spot}捡到{obj}，", "冷库工友{when}在{where}捡到{obj}，"],
}
CLOSE = {"desk": ["已登记保管。", "现存所内。", ""], "ferry": ["现存客运码头服务台。", "已交码头值班室。"],
         "homestay": ["联系不上客人，送来登记。", "客人电话打不通。"], "cleaner": ["交到所里了。", ""],
         "aux": ["已带回所里。", "已登记。"], "vendor": ["谁丢的来认领。", ""], "fisher": ["交到所里。", ""],
         "tourist": ["交给值班民警。", ""], "security": ["送派出所登记。", ""], "worker": ["交到所里。", ""]}
FORMAL = ("desk", "aux", "ferry", "security")
# how a finder files a thing the owner filed under another category
CROSS = {
    ("wallet", "id_doc"): "身份证一张（夹在一个{cw}{kw}里）",
    ("phone", "other"): "防水手机袋一个，里面装着一部{cw}{bw}手机",
    ("electronics", "bag"): "相机包一个，内有{bw}相机一台",
    ("cash", "wallet"): "{cw}零钱包一个",
}


def _clean(t):
    return t if not ("我" in t or "俺" in t) else None


def _marks(o, rng, tstyle):
    force = {f[5:] for f in o.get("force_f", []) if f.startswith("slot:")}
    out = []
    for m in o["marks"]:
        if m["vis"] == "owner":
            continue
        if tstyle is not None:
            if m["slot"] not in tstyle["marks"] and m["slot"] not in force:
                continue
            prev = [x for x in tstyle["marks"].get(m["slot"], []) if x[0] == m["idx"]]
            if prev and _clean(prev[0][2]):
                out.append((m["slot"], prev[0][2]))
                continue
            ai = prev[0][1] if prev else 0
            out.append((m["slot"], _clean(m["o"][ai % len(m["o"])]) or rng.choice(m["f"])))
            continue
        p = 0.7 if m["vis"] == "out" else 0.6
        if m["slot"] in force or rng.random() < p:
            out.append((m["slot"], rng.choice(m["f"])))
    return T.group_contents(out, rng, "zh", "f")


def render_found(o, rng, tstyle=None):
    if tstyle is not None and tstyle.get("lang") != "zh":
        tstyle = None
    v = o["fvoice"]
    lang = "en" if v == "tourist_en" else "zh"
    if v == "tourist_en":
        v = "tourist"
    force = o.get("force_f", [])
    mode = "bare" if rng.random() < 0.12 else "normal"
    kw = T.kind_word(o, rng, "f", lang)
    cw = T.color_word(o["color"], rng, "f", lang, exact="color" in force) if o["color"] else ""
    bp = 0.85 if o["cat"] in ("phone", "ebike", "electronics") else 0.6
    bw = T.brand_word(o["brand"], rng, v, "f", lang, o["kind"]) if o["brand"] and (rng.random() < bp or "brand" in force) else ""
    mp = 0.25 if o["cat"] == "phone" else 0.45
    mw = T.model_word(o["model"], rng) if o["model"] and bw and (rng.random() < mp or "model" in force) else ""
    if "model" in force and o["model"] and not mw:
        mw = T.model_word(o["model"], rng)
    if tstyle is not None and lang == "zh":
        kw = tstyle["kw"] or kw
        cw = tstyle["cw"] if tstyle["cw"] else cw
        bw = tstyle["bw"] if tstyle["bw"] else bw
        mw = tstyle["mw"] if tstyle["mw"] else mw
    det = []
    if lang == "en":
        obj = T.en_phrase(cw, bw, mw, kw)
        obj = ("an " if obj[0].lower() in "aeiou" else "a ") + obj
    elif (o["cat"], o["fcat"]) in CROSS:
        obj = CROSS[(o["cat"], o["fcat"])].format(cw=cw, bw=bw, kw=kw)
    elif o["cat"] == "cash":
        obj = kw
        if cw:
            det.append(cw)
    else:
        obj = T.phrase(o, rng, 0.4, cw, bw, mw, kw)
    fields = {}
    name_p = 0.85 if o["cat"] == "id_doc" and o["kind"] != "bankcard" else 0.8 if o.get("has_id") else 0
    if not o.get("hide_name") and ("name" in force or rng.random() < name_p):
        if lang == "en":
            det.append("name: " + o["name"])
        elif o["cat"] == "id_doc" or o["fcat"] == "id_doc":
            det.append(rng.choice(["姓名%s", "证上姓名为%s", "名字是%s"]) % o["name"])
        else:
            det.append(rng.choice(["内有身份证一张（姓名%s）", "里面有%s的身份证"]) % o["name"])
    if o.get("school") and rng.random() < 0.7:
        det.append(o["school"])
    for t in sorted(o["serials"]):
        if t not in o["finder_sees"]:
            continue
        must = "serial:" + t in force
        if not must and rng.random() > 0.8:
            continue
        fv, bv = T.serial_pick(t, o["serials"][t], "f", rng, prefer_full=True)
        if lang == "en":
            fv, bv = T.latin_serial(t, fv, lang)
        elif t == "card":
            bv = T.bank_name(o["serials"][t], rng) + "卡一张，" + bv
        elif t == "imei" and rng.random() < 0.5:
            bv = "经拨*#06#读取" + bv
        if mode == "normal" and "serial" not in fields and rng.random() < 0.6:
            fields["serial"] = fv
            if not must and rng.random() < 0.5:
                continue
        det.append(bv)
    if o["amount"]:
        if o.get("thief"):
            det.append("内无现金" if lang == "zh" else "no cash inside")
        elif o["cat"] == "cash" or "amount" in force or rng.random() < 0.85:
            a = o["amount"]
            if lang == "en":
                det.append("%d yuan in cash" % a)
            elif o["cat"] == "cash" or o["fcat"] == "cash":
                h, rest = a // 100, a % 100
                dn = "（100元%d张%s）" % (h, "，50元1张" if rest == 50 else "") if rng.random() < 0.5 and h else ""
                det.append(rng.choice(["现金%d元", "内有人民币%d元", "经清点共%d元"]) % a + dn)
            else:
                det.append(rng.choice(["内有现金%d元", "里面有%d块钱"]) % a)
    if o["weight"] and rng.random() < 0.35:
        w = round(float(o["weight"]) + rng.uniform(-0.04, 0.04), 1)
        det.append(("经称重约%.1f克" % w) if lang == "zh" else "about %.1fg" % w)
    if lang == "en":
        mt = T.group_contents([(m["slot"], m["en"]) for m in o["marks"] if m["vis"] != "owner" and m["en"] and (
            rng.random() < 0.7 or "slot:" + m["slot"] in force)], rng, "en", "f")
    else:
        mt = _marks(o, rng, tstyle)
    det += mt
    t = o["t_found"]
    fp = o["fplace"]
    if lang == "en":
        d = "; ".join(det)
        body = "Found %s at %s around %s. %s%sHanded in at the police desk." % (
            obj, T.place_word(fp, rng, "f", "en"), T.finder_when(t, rng, lang="en"), d[:1].upper() + d[1:],
            ". " if det else "")
    else:
        where = T.place_word(fp, rng, "f")
        when = T.finder_when(t, rng, formal=v in FORMAL)
        tpl = rng.choice(INTRO[v])
        if v == "ferry" and W.PLACES[fp][6] != "ferry":
            tpl = "码头工作人员{when}在{where}{spot}捡到{obj}，"
        if (t // 1440) in W.TYPHOON_DAYS and W.PLACES[fp][6] in ("shore", "port", "ferry") and rng.random() < 0.6:
            tpl = "台风过后清理{where}时，在{spot}捡到{obj}，"
        body = tpl.format(when=when, where=where, obj=obj, who=rng.choice(WHO), spot=T.spot(fp, rng, o["cat"]),
                          room=rng.choice(["二楼", "201", "东屋", "103", "海景"]))
        body += "，".join(det) + ("。" if det else "") + rng.choice(CLOSE[v])
        body = body.replace("，。", "。").replace("，，", "，")
        if v in ("fisher", "vendor", "homestay") and rng.random() < 0.5:
            body = T.dialect(body, rng)
    if body.endswith("，"):
        body = body[:-1] + "。"
    rec = {"category": o["fcat"], "body": body[:600]}
    if mode == "normal":
        if cw and rng.random() < 0.7:
            rec["color"] = cw
        if bw and rng.random() < 0.6:
            rec["brand"] = bw
        if mw and rng.random() < 0.35:
            rec["model"] = mw
        if "serial" in fields:
            rec["serial"] = fields["serial"]
        if mt and rng.random() < 0.55:
            rec["marks"] = ("；" if lang == "zh" else "; ").join(mt)[:500]
        if rng.random() < 0.85:
            a = T.place_word(fp, rng, "f", lang)
            if lang == "zh" and rng.random() < 0.4:
                a += T.spot(fp, rng, o["cat"])
            rec["address"] = a[:60]
        if rng.random() < 0.7:
            rec["lat"], rec["lon"] = T.coords(fp, rng, 0.0006)
    rec["found_at_min"] = W.before(t)
    return rec
