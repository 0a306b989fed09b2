"""Lost reports of set83, written in the owner's voice from the truth record.

Part of the generator for set83. The owner knows hidden things (amounts, lock screen, whose
photo), remembers the window only roughly, and fills in fields as carelessly as real people do.
"""
import make_set83_text as T
import make_set83_world as W

ACT = {"fishmarket": ["卖鱼", "卸鱼", "买海鲜", "挑鱼"], "fish_ice": ["卸鱼", "卖鱼", "装冰"], "fish_lot": ["装货", "停车"],
       "quay": ["卸鱼", "补网", "上船", "收网"], "night": ["吃海鲜", "逛夜市", "吃饭"], "night_bbq": ["吃烧烤", "喝啤酒"],
       "ferry_hall": ["等船", "检票"], "ferry_ticket": ["买票", "取票"], "ferry_boat": ["坐船", "坐船去岛上"],
       "island_pier": ["下船", "等回去的船"], "island_vil": ["逛岛", "吃饭"], "island_stay": ["住宿", "吃饭"],
       "village": ["吃饭", "逛村子"], "stay_haisao": ["住渔家乐", "吃饭"], "stay_captain": ["住渔家乐", "在院子里乘凉"],
       "boardwalk": ["散步", "拍照"], "viewdeck": ["拍照", "看海"], "beach": ["赶海", "玩水", "挖蛤蜊"],
       "lighthouse": ["拍照", "钓鱼"], "shipyard": ["干活", "修船"], "yard_gate": ["等人", "上班"],
       "cold": ["上班", "干活"], "cold_dorm": ["换衣服", "睡觉"], "cold_canteen": ["吃饭"], "square": ["看开海节表演", "看热闹"],
       "temple": ["拜妈祖", "烧香"], "bus": ["等车", "坐车"], "busstop": ["等公交", "坐车"], "clinic": ["看病", "拿药"],
       "market": ["买东西", "逛超市"], "gas": ["加油"], "school": ["接孩子", "送孩子上学"]}
INTRO = {
    "fisher": ["我{when}在{where}{act}，{obj}丢了，", "{when}在{where}{act}的时候，把{obj}弄丢了，",
               "我的{obj}丢了，{when}在{where}那块儿，", "{when}我在{where}{act}，回头一摸{obj}没了，"],
    "wife": ["我{when}在{where}{act}，{obj}不见了，", "{when}去{where}{act}，回家发现{obj}丢了，",
             "我家那口子{when}在{where}把{obj}弄丢了，"],
    "vendor": ["{when}在{where}摆摊，{obj}找不到了，", "我是{where}卖海鲜的，{when}收摊发现{obj}没了，",
               "{when}在{where}{act}，{obj}丢了，"],
    "tourist": ["您好，我是从{city}来旅游的，{when}在{where}{act}时丢了{obj}，", "{when}在{where}{act}，不小心把{obj}弄丢了，",
                "我们一家从{city}来玩，{when}在{where}遗失{obj}，"],
    "worker": ["我是海丰冷库的工人，{when}在{where}把{obj}搞丢了，", "{when}在{where}{act}，{obj}不见了，",
               "{when}下班路过{where}，{obj}丢了，"],
    "parent": ["孩子{when}在{where}玩，把{obj}弄丢了，", "{when}带孩子在{where}{act}，{obj}丢了，",
               "我家孩子的{obj}{when}在{where}丢了，"],
    "local": ["{when}在{where}{act}，{obj}丢了，", "本人{when}在{where}附近遗失{obj}，", "{when}去{where}{act}，回来发现{obj}没了，"],
}
CLOSE = {"fisher": ["谁捡着了给我打个电话，必有重谢。", "麻烦帮我找找。", "急！", ""],
         "wife": ["麻烦民警同志帮忙留意。", "有消息请联系我，谢谢了。", ""],
         "vendor": ["有捡到的请联系我。", "谢谢。", ""],
         "tourist": ["麻烦帮忙留意，谢谢！", "我们过两天就要回去了，很着急。", "有捡到的请联系，必有酬谢。", ""],
         "worker": ["麻烦了。", "很着急，谢谢。", ""], "parent": ["孩子一直在哭，麻烦帮忙找找。", "谢谢。", ""],
         "local": ["有捡到的请联系我。", "谢谢。", ""]}
HURRY = ["{where}丢了{obj}", "丢{obj}，{where}", "{obj}丢了 在{where}", "{when}{where}丢失{obj}"]


def _first_person(s):
    return "我" in s or "俺" in s


def _pick_marks(o, rng, lang):
    forced = {f[5:] for f in o.get("force_o", []) if f.startswith("slot:")}
    out = {}
    for m in o["marks"]:
        if m["slot"] in forced or rng.random() < 0.6:
            if lang == "zh":
                ai = rng.randrange(len(m["o"]))
                out.setdefault(m["slot"], []).append((m["idx"], ai, m["o"][ai]))
            elif m[lang]:
                out.setdefault(m["slot"], []).append((m["idx"], 0, m[lang]))
            elif m["slot"] in forced:
                out.setdefault(m["slot"], []).append((m["idx"], 0, m["o"][0]))
    return out


def render_lost(o, rng):
    v = o["voice"]
    lang = "en" if v == "tourist_en" else "py" if v == "wife_py" else "zh"
    force = o.get("force_o", [])
    r = rng.random()
    mode = "bare" if r < 0.22 or lang == "py" and r < 0.6 else "hurry" if r < 0.32 and lang == "zh" else "normal"
    kw = T.kind_word(o, rng, "o", lang)
    cw = T.color_word(o["color"], rng, "o", lang) if o["color"] and (rng.random() < 0.88 or "color" in force) else ""
    bw = T.brand_word(o["brand"], rng, v, "o", lang, o["kind"]) if o["brand"] and (
        rng.random() < 0.7 or "brand" in force) else ""
    mw = T.model_word(o["model"], rng) if o["model"] and bw and (rng.random() < 0.45 or "model" in force) else ""
    if "model" in force and o["model"] and not mw:
        mw = T.model_word(o["model"], rng)
    marks = _pick_marks(o, rng, lang)
    style = {"kw": kw, "cw": cw, "bw": bw, "mw": mw, "marks": marks, "lang": lang}
    det = []
    # object phrase: colour and brand either in it or in a sentence of their own
    r = rng.random()
    if lang == "en":
        obj = T.en_phrase(cw, bw, mw, kw)
    elif lang == "py":
        obj = " ".join(x for x in ["yi ge", cw, bw, kw] if x)
        if mw:
            det.append(mw)
    elif r < 0.5:
        obj = T.phrase(o, rng, 0.5, cw, bw, mw, kw)
    else:
        obj = kw
        if cw:
            det.append(rng.choice(["颜色是%s", "%s"] + ([] if cw.endswith("的") else ["%s的"])) % cw)
        if bw:
            if mw and rng.random() < 0.5:
                det.append(rng.choice(["是%s的", "牌子是%s", "%s牌子的"]) % bw + "，型号" + mw)
            else:
                det.append(rng.choice(["是%s的", "牌子是%s"]) % T.cat(bw, mw))
    # name, serials, money, weight
    name_p = 0.85 if o["cat"] == "id_doc" and o["kind"] != "bankcard" else 0.5 if o.get("has_id") else 0
    if "name" in force or rng.random() < name_p:
        if lang == "en":
            det.append("name on it: " + o["name"])
        elif lang == "py":
            det.append("ming zi " + o["name"])
        elif o["cat"] == "id_doc":
            det.append(rng.choice(["名字是%s", "上面是我的名字%s", "姓名%s", "证上名字%s"]) % o["name"]
                       if v != "parent" else "孩子叫%s" % o["name"])
        else:
            det.append(rng.choice(["里面有我身份证，名字%s", "身份证也在里面（%s）"]) % o["name"])
    if o.get("school") and rng.random() < 0.6:
        det.append(o["school"] + ("的" if lang == "zh" else ""))
    fields = {}
    sers = [t for t in sorted(o["serials"]) if t in o["owner_knows"]]
    for t in sers:
        must = "serial:" + t in force
        if not must and rng.random() > 0.7:
            continue
        fv, bv = T.serial_pick(t, o["serials"][t], "o", rng, prefer_full=must)
        if lang != "zh":
            fv, bv = T.latin_serial(t, fv, lang)
        elif t == "card":
            bv = T.bank_name(o["serials"][t], rng) + "卡，" + bv
        if mode == "normal" and "serial" not in fields and rng.random() < 0.55:
            fields["serial"] = fv
            if not must and rng.random() < 0.5:
                continue
        det.append(bv)
    if o["amount"] and ("amount" in force or rng.random() < (0.95 if o["cat"] == "cash" else 0.7)):
        a = T.amount_owner(o["amount"], rng, "amount" in force) if lang == "zh" else "%d %s" % (o["amount"], "yuan" if lang == "en" else "kuai")
        det.append(a if o["cat"] == "cash" and lang == "zh" and rng.random() < 0.5 else
                   (rng.choice(["里面有现金%s", "一共%s", "里头有%s"]) % a if lang == "zh" else (("cash " if lang == "en" else "xian jin ") + a)))
    if o["weight"] and rng.random() < 0.5:
        det.append(rng.choice(["%s克", "大概%s克重"]) % (o["weight"] if rng.random() < 0.5 else str(round(float(o["weight"]))))
                   if lang == "zh" else o["weight"] + "g")
    pairs = [(s, x[2]) for s in sorted(marks) for x in marks[s]]
    rng.shuffle(pairs)
    mtexts = T.group_contents(pairs, rng, lang, "o")
    det += mtexts
    # time and place
    when = T.owner_when(o, rng, lang)
    where = T.place_word(o["place"], rng, "o", lang)
    if lang == "en":
        intro = rng.choice(["Hi, I lost my %s at %s %s. ", "Lost: %s, %s, %s. ", "I think I left my %s at %s %s. "]) % (
            obj, where, when)
        d = "; ".join(det)
        body = (intro + (d[0].upper() + d[1:] + ". " if d else "") + rng.choice(
            ["Please call me if found, thanks!", "Reward offered.", "Thank you so much!", ""])).strip()
    elif lang == "py":
        intro = rng.choice(["wo {when} zai {where} diu le {obj}", "{when} zai {where} {obj} diu le",
                            "wo jia {obj} diu le, {when} zai {where}"])
        body = intro.format(when=when, where=where, obj=obj) + (", " + ", ".join(det) if det else "") + ", " + rng.choice(
            ["xie xie", "ma fan bang mang zhao zhao", "shui jian dao le lian xi wo", "ji"])
    elif mode == "hurry":
        must = [x[2] for f in force if f.startswith("slot:") for x in marks.get(f[5:], [])]
        if any(f.startswith("serial:") or f in ("name", "amount", "brand", "model") for f in force):
            must = det[:]
        keep = [d for d in det if d in must] or det[:1]
        body = rng.choice(HURRY).format(where=where, obj=obj, when=when) + ("，" + "，".join(keep) if keep else "")
        body = T.typo(body, rng, rng.choice([1, 1, 2]))
    else:
        intro = rng.choice(INTRO[v]).format(when=when, where=where, obj=obj, act=rng.choice(ACT[o["place"]]),
                                            city=rng.choice(W.INLAND), unit=T.unit(o))
        body = intro + "，".join(det) + ("。" if det else "") + rng.choice(CLOSE[v])
        body = body.replace("，。", "。").replace("，，", "，")
        if v == "fisher" or v in ("wife", "vendor") and rng.random() < 0.4:
            body = T.dialect(body, rng)
        if rng.random() < 0.08:
            body = T.typo(body, rng)
    if body.endswith("，"):
        body = body[:-1] + "。"
    body = body[:600]
    rec = {"category": o["cat"], "body": body}
    if mode == "normal":
        if cw and rng.random() < 0.6:
            rec["color"] = cw if rng.random() < 0.6 else T.color_word(o["color"], rng, "o", lang)
        if bw and rng.random() < 0.55:
            rec["brand"] = bw
        if mw and rng.random() < 0.4:
            rec["model"] = mw
        if "serial" in fields:
            rec["serial"] = fields["serial"]
        if mtexts and rng.random() < 0.4:
            rec["marks"] = ("；" if lang == "zh" else "; ").join(mtexts)[:500]
        if rng.random() < 0.6:
            rec["address"] = T.place_word(o["place"], rng, "o", lang)[:60]
        if rng.random() < 0.45:
            rec["lat"], rec["lon"] = T.coords(o["place"], rng, 0.002)
    elif mode == "hurry" and cw and rng.random() < 0.3:
        rec["color"] = cw
    rec["lost_from_min"] = W.before(o["from"])
    rec["lost_to_min"] = W.before(o["to"])
    return rec, style
