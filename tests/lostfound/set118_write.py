"""set118 writers: turn a hidden truth record into a lost report (the owner's
voice, knowing hidden things) or a found registration (the finder's voice,
knowing only what is visible or printed).  Each side is written separately."""
from set118_world import (BRANDS, COLORS, COLOR_SLIP, BY_ID, VILLAGES, CN_CITIES, TOWN,
                          loose_when_zh, loose_when_en, formal_when_zh, window_zh)

CAT_CODE = {"id_doc": "证件", "phone": "手机", "wallet": "钱包", "keys": "钥匙", "ebike": "电动车", "bicycle": "自行车",
            "bag": "包", "cash": "现金", "jewelry": "首饰", "electronics": "电子产品", "other": "其他"}

ZH_TYPOS = [("身份证", "身分证"), ("钱包", "钱抱"), ("钥匙", "钥是"), ("手机", "手几"), ("捡到", "减到"), ("电动车", "电东车"),
            ("充电宝", "冲电宝"), ("耳机", "耳几"), ("黑色", "嘿色"), ("丢了", "丢勒"), ("不见了", "不见勒"), ("防水袋", "防水代"),
            ("派出所", "派处所"), ("谢谢", "谢射"), ("拾得", "拾的"), ("广场", "广厂"), ("客运站", "客运占"), ("夜市", "夜是")]
CUR_ZH = {"CNY": "块", "THB": "泰铢", "LAK": "基普", "MMK": "缅币", "VND": "越南盾"}
CUR_EN = {"CNY": "yuan", "THB": "baht", "LAK": "kip", "MMK": "kyat", "VND": "dong"}


def typo(rng, s, p=1.0):
    if rng.random() > p:
        return s
    cand = [(a, b) for a, b in ZH_TYPOS if a in s]
    if cand:
        a, b = rng.choice(cand)
        return s.replace(a, b, 1)
    words = [w for w in s.split(" ") if len(w) > 4 and w.isalpha()]
    if words:
        w = rng.choice(words)
        i = rng.randrange(1, len(w) - 2)
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        return s.replace(w, w2, 1)
    return s


def brand_str(rng, key, lang, typo_p=0.1):
    zh, en, odd = BRANDS[key]
    r = rng.random()
    if r < typo_p:
        return rng.choice(odd)
    if lang == "en":
        return rng.choice(en)
    return rng.choice(zh) if r < 0.75 else rng.choice(en)


def color_str(rng, c, lang):
    zh, en = COLORS[c]
    return rng.choice(en if lang == "en" else zh)


def model_str(rng, m):
    r = rng.random()
    if r < 0.55:
        return m
    if r < 0.75:
        return m.replace(" ", "").lower()
    if r < 0.9:
        return m.replace(" ", "")
    parts = m.split(" ")
    return parts[-1] if len(parts) > 1 else m


def serial_str(rng, kind, v, side, lang="zh"):
    r = rng.random()
    if kind == "imei":
        if r < 0.3:
            s = v
        elif r < 0.5:
            s = " ".join([v[0:4], v[4:8], v[8:12], v[12:]])
        elif r < 0.65:
            s = "-".join([v[0:2], v[2:8], v[8:14], v[14]])
        elif r < 0.85:
            return ("IMEI后6位%s" % v[-6:]) if lang == "zh" else "IMEI ends %s" % v[-6:]
        else:
            s = v[:8] + " " + v[8:]
        return ("IMEI:" if rng.random() < 0.5 else "串号") + s if lang == "zh" else "IMEI " + s
    if kind == "id":
        if side == "lost":
            if r < 0.55:
                return v
            if r < 0.75:
                return v[:6] + " " + v[6:14] + " " + v[14:]
            if r < 0.9:
                return "尾号" + v[-4:]
            return v[:-1] + v[-1].lower()
        if r < 0.35:
            return v
        if r < 0.7:
            return v[:6] + "*" * 8 + v[-4:]
        if r < 0.85:
            return v[:4] + "*" * 10 + v[-4:]
        return v[:10] + "****" + v[-4:]
    if kind == "card":
        t4 = v[-4:]
        if side == "lost":
            return rng.choice(["尾号" + t4, "卡号后四位" + t4, "尾数" + t4, t4]) if lang == "zh" else rng.choice(["card ending " + t4, "last 4 digits " + t4])
        return rng.choice([v[:4] + "****" + t4, v[:6] + "******" + t4, "尾号" + t4, "**** **** **** " + t4, v[:4] + " **** **** " + t4])
    if kind == "plate":
        core = v[2:]
        return rng.choice(["勐沙" + core[0] + "·" + core[1:], v, core, core[1:], "勐沙 " + core[0] + " " + core[1:]])
    if kind == "frame":
        return rng.choice([v, v.lower(), v[:4] + " " + v[4:], "尾号" + v[-6:] if lang == "zh" else "ending " + v[-6:]])
    if kind == "sn":
        return rng.choice([v, v.lower(), v[:4] + "-" + v[4:8] + "-" + v[8:], ("S/N " + v)])
    if kind == "student":
        return rng.choice([v, v[:4] + "-" + v[4:], "学号" + v if lang == "zh" else "no. " + v])
    if kind == "passport":
        return rng.choice([v, v.lower(), v[:2] + " " + v[2:], ("护照号后四位" + v[-4:]) if side == "lost" and lang == "zh" else v])
    if kind == "border":
        return rng.choice([v, v[2:], v[:2] + " " + v[2:6] + " " + v[6:]])
    if kind == "cert":
        return rng.choice([v, v[4:], v[:4] + " " + v[4:8] + " " + v[8:]])
    return v


SER_LABEL_ZH = {"imei": "", "id": "证号", "card": "银行卡", "plate": "车牌", "frame": "车架号", "sn": "序列号",
                "student": "学号", "passport": "护照号", "border": "证号", "cert": "证书编号"}
SER_LABEL_EN = {"imei": "", "id": "ID no.", "card": "", "plate": "plate", "frame": "frame no.", "sn": "serial",
                "student": "student no.", "passport": "passport no.", "border": "pass no.", "cert": "certificate"}


def place_alias(rng, pid, lang):
    p = BY_ID[pid]
    return rng.choice(p[3] if lang == "en" else p[2])


def jitter(rng, pid, sd=0.0008):
    p = BY_ID[pid]
    return round(p[4] + rng.gauss(0, sd), 6), round(p[5] + rng.gauss(0, sd), 6)


def cut(s, n):
    return s if len(s) <= n else s[:n]


def obj_zh(rng, t, say, lang="zh"):
    parts = []
    if "color" in say and t["color"]:
        parts.append(say["color"])
    if "brand" in say:
        parts.append(say["brand"])
    if "model" in say:
        parts.append(say["model"])
    noun = rng.choice(t["nz"]) if lang == "zh" else rng.choice(t["ne"])
    if lang == "en":
        return " ".join(parts + [noun])
    if t["cat"] == "cash":
        return noun
    s = "".join(parts)
    if parts and parts[-1] and parts[-1][-1].isascii() and parts[-1][-1].isalnum():
        s += " " if rng.random() < 0.5 else ""
    return s + ("的" if rng.random() < 0.15 and parts else "") + noun


ACT_ZH = {
    "square": ["在{p}泼水", "在{p}耍水", "在{p}看表演"], "riverside": ["在{p}泼水", "在{p}打水仗", "沿着{p}走"],
    "bridge": ["在{p}看热闹", "过{p}"], "dock": ["在{p}看赛龙舟", "在{p}坐起看龙舟"],
    "nightmkt": ["在{p}吃烧烤", "逛{p}", "在{p}买东西"], "hostel": ["住在{p}", "在{p}休息"], "hotel": ["在{p}吃饭", "在{p}门口等人"],
    "temple": ["去{p}赶摆", "到{p}浴佛", "去{p}赕佛"], "school": ["去{p}接娃娃", "在{p}那点"], "village": ["回{p}", "在{p}喝喜酒"],
    "busstn": ["在{p}等车", "在{p}买票", "坐班车到{p}"], "taxi": ["在{p}坐摩的", "在{p}下车"], "farmmkt": ["在{p}买菜", "在{p}卖菜"],
    "border": ["在{p}看玉石", "在{p}进货", "逛{p}"], "rocket": ["在{p}看放高升", "去{p}看热闹"], "gas": ["在{p}加油", "路过{p}"],
    "rubber": ["在{p}割胶", "从{p}下班"], "tea": ["在{p}采茶", "从{p}下班回来"],
}
ACT_EN = {"square": "during the water fight at {p}", "riverside": "splashing water along {p}", "bridge": "on {p}",
          "dock": "watching the boat race at {p}", "nightmkt": "eating at {p}", "hostel": "at {p}", "hotel": "near {p}",
          "temple": "at {p}", "school": "near {p}", "village": "visiting {p}", "busstn": "at {p}", "taxi": "at {p}",
          "farmmkt": "at {p}", "border": "shopping at {p}", "rocket": "watching rockets at {p}", "gas": "near {p}",
          "rubber": "at {p}", "tea": "visiting {p}"}


def _mark_join(marks):
    return "，".join(marks)


def write_lost(rng, t, owner, pid, t_lost, lf, lt):
    """Lost report in the owner's voice. Returns (record, said)."""
    v = owner["voice"]
    lang = "en" if v in ("backpacker", "sea_visitor") else "zh"
    said = set()
    say = {}
    if t["color"] and rng.random() < 0.85:
        say["color"] = color_str(rng, t["color"], lang)
        said.add("color")
    if t["brand"] and rng.random() < 0.82:
        say["brand"] = brand_str(rng, t["brand"], lang, 0.12)
        said.add("brand")
    if t["model"] and rng.random() < 0.4:
        say["model"] = model_str(rng, t["model"])
        said.add("model")
    p_ser = {"imei": 0.3, "id": 0.6, "card": 0.55, "plate": 0.75, "frame": 0.3, "sn": 0.3, "student": 0.5,
             "passport": 0.7, "border": 0.6, "cert": 0.45}
    ser = None
    if t["serial"] and rng.random() < p_ser[t["serial"][0]]:
        ser = serial_str(rng, t["serial"][0], t["serial"][1], "lost", lang)
        said.add("serial")
    marks = []
    for m in t["marks"]:
        if rng.random() < 0.7:
            marks.append(m)
            said.add("mark:" + m[0])
    hid = [h for h in t["hid"] if rng.random() < 0.5]
    obj = obj_zh(rng, t, say, lang)
    where = place_alias(rng, pid, lang)
    when = loose_when_zh(rng, t_lost) if lang == "zh" else loose_when_en(rng, t_lost)
    amount_s = None
    if t["amount"] and t["cat"] in ("cash", "wallet"):
        a = t["amount"]
        unit = 100 if a < 100000 else 100000
        base = a // unit * unit if a >= 2 * unit else a
        if lang == "zh":
            amount_s = ("%d%s" % (a, CUR_ZH[t["currency"]])) if rng.random() < 0.5 or base == a else ("大概%d多%s" % (base, CUR_ZH[t["currency"]]))
        else:
            amount_s = ("%d %s" % (a, CUR_EN[t["currency"]])) if rng.random() < 0.5 else "about %d %s" % (base, CUR_EN[t["currency"]])
        said.add("amount")
    hurried = rng.random() < 0.14
    if lang == "zh":
        body = _lost_zh(rng, t, owner, v, pid, obj, where, when, marks, hid, ser, amount_s, hurried, lf, lt)
    else:
        body = _lost_en(rng, t, owner, v, pid, obj, where, when, marks, hid, ser, amount_s, hurried)
    if hurried or rng.random() < 0.08:
        body = typo(rng, body)
    rec = {"category": t["cat"], "body": cut(body, 600)}
    fill = rng.choice([0.1, 0.45, 0.8, 0.95]) if not hurried else 0.05
    if "color" in said and rng.random() < fill:
        rec["color"] = color_str(rng, t["color"], "zh" if rng.random() < 0.8 else lang)
    if "brand" in said and rng.random() < fill:
        rec["brand"] = brand_str(rng, t["brand"], "zh" if rng.random() < 0.5 else "en", 0.08)
    if "model" in said and rng.random() < fill:
        rec["model"] = cut(model_str(rng, t["model"]), 60)
    if ser and rng.random() < fill + 0.1:
        rec["serial"] = cut(serial_str(rng, t["serial"][0], t["serial"][1], "lost", "zh" if rng.random() < 0.7 else lang), 60)
    if marks and rng.random() < fill:
        mk = [m[1] for m in marks] + ([h[0] for h in hid] if rng.random() < 0.4 else [])
        if t["holder"] and rng.random() < 0.5:
            mk.insert(0, "姓名" + t["holder"])
        rec["marks"] = cut("；".join(mk), 500)
    if rng.random() < fill + 0.15:
        rec["address"] = cut(rng.choice([TOWN + BY_ID[pid][1], place_alias(rng, pid, "zh"), BY_ID[pid][1] + "附近"]), 60)
    if rng.random() < fill * 0.7:
        rec["lat"], rec["lon"] = jitter(rng, pid, 0.0015)
    rec["lost_from_min"], rec["lost_to_min"] = lf, lt
    return rec, said


def _lost_zh(rng, t, owner, v, pid, obj, where, when, marks, hid, ser, amount_s, hurried, lf, lt):
    cat = t["cat"]
    if hurried:
        s = rng.choice(["{w}{p}丢了{o}", "{o}丢了，{p}，{w}", "{p}掉了{o}，{w}"]).format(w=when, p=where, o=obj)
        if ser and rng.random() < 0.5:
            s += "，" + ser
        return s
    name = owner["name"]
    intro = {
        "dai": rng.choice(["我是%s的%s，" % (rng.choice(VILLAGES), name), "%s，%s的，" % (name, rng.choice(VILLAGES)), "", "我叫%s，" % name]),
        "han_local": rng.choice(["我姓%s，就住在镇上，" % name[0], "", "本地人%s，" % name]),
        "tourist_cn": rng.choice(["本人%s，%s游客，" % (name, rng.choice(CN_CITIES)), "我是从%s来玩的游客，" % rng.choice(CN_CITIES), ""]),
        "worker": rng.choice(["我是橡胶林场三队割胶的%s，" % name, "我在帕岗茶园采茶，叫%s，" % name, "我是胶林的工人，"]),
        "trader": rng.choice(["我在%s摆摊卖%s，" % (rng.choice(["边贸市场", "夜市", "农贸市场"]), rng.choice(["水果", "玉石", "烤鱼", "傣装", "茶叶", "菠萝饭"])), "做小生意的%s，" % name]),
    }[v]
    act = rng.choice(ACT_ZH[pid]).format(p=where)
    if cat in ("ebike", "bicycle"):
        loss = rng.choice(["{w}把{o}停在{p}，回来就不见了", "{w}{o}停在{p}门口，出来车就没得了", "{o}{w}停在{p}被人骑走了"]).format(w=when, o=obj, p=where)
        if rng.random() < 0.4:
            loss += "（%s）" % window_zh(rng, lf, lt)
    elif v in ("tourist_cn",):
        loss = "%s%s时不慎遗失%s" % (when, act, obj)
    else:
        loss = rng.choice(["{w}{a}，{o}就不见了咯", "{w}{a}，挤来挤去{o}掉了", "{w}{a}，回来一摸{o}没得了", "{w}{a}，不晓得{o}掉在哪点了",
                           "{w}{a}的时候，{o}掉了，找了一圈找不着"]).format(w=when, a=act, o=obj)
    parts = [intro + loss]
    if marks:
        pre = rng.choice(["", "特征：", "好认得很，", "", "上面"])
        parts.append(pre + _mark_join([m[1] for m in marks]))
    if amount_s:
        parts.append(("里面有" if cat == "wallet" else "一共") + amount_s)
    if t["holder"] and cat == "id_doc" and rng.random() < 0.5 and name not in intro:
        parts.append("证上名字是%s" % t["holder"])
    if t["extra"] and t["extra"][0][0] == "id" and rng.random() < 0.6:
        parts.append("身份证也在里头")
    if ser:
        lab = SER_LABEL_ZH[t["serial"][0]]
        if t["serial"][0] == "card":
            parts.append("有张%s卡，%s" % (t.get("bank", ""), ser))
        else:
            parts.append((lab + ser) if lab and not ser.startswith(lab[:2]) else ser)
    for h in hid:
        parts.append(h[0])
    plea = {"dai": ["哪个捡到了麻烦交给派出所嘛，谢谢咯！", "好心人捡到了请联系我哈。", "着急得很，帮忙找一哈嘛。"],
            "han_local": ["捡到的麻烦交到派出所，谢谢了。", "有哪个看到了告诉一声嘛。"],
            "tourist_cn": ["如有拾到请与我联系，万分感谢！", "过两天就要回去了，麻烦帮忙留意。"],
            "worker": ["捡到的好心人交到派出所嘛，谢谢咯。", "那个是吃饭的家什，着急得很。"],
            "trader": ["捡到的给我打电话，请你吃饭。", "哪个捡到了拿到我摊子上来嘛。"]}[v]
    if rng.random() < 0.7:
        parts.append(rng.choice(plea))
    if rng.random() < 0.2:
        parts.append("电话1%d%d****%04d" % (rng.choice([3, 5, 8]), rng.randrange(10), rng.randrange(10000)))
    return "。".join(p.rstrip("。") for p in parts if p) + ("" if parts[-1].endswith(("！", "。")) else "。")


def _lost_en(rng, t, owner, v, pid, obj, where, when, marks, hid, ser, amount_s, hurried):
    if hurried:
        s = "lost %s %s %s" % (obj, rng.choice(["at", "near"]), where)
        return s + (" " + ser if ser else "")
    act = ACT_EN[pid].format(p=where)
    if v == "backpacker":
        s = rng.choice(["Hi, I lost my %s %s %s." % (obj, when, act), "Lost: %s, %s, %s." % (obj, when, act),
                        "My %s went missing %s %s." % (obj, act, when)])
        if t["cat"] in ("ebike", "bicycle"):
            s = "Someone took my rented %s which I parked at %s %s." % (obj, where, when)
        if marks:
            s += " " + rng.choice(["It has ", "Details: ", "You can recognise it: "]) + ", ".join(m[2] for m in marks) + "."
        if amount_s:
            s += " There was %s in it." % amount_s
        if ser:
            lab = SER_LABEL_EN[t["serial"][0]]
            s += " %s %s." % (lab.capitalize() if lab else "Number:", ser)
        for h in hid:
            s += " " + h[1].capitalize() + "."
        s += rng.choice([" Please contact me via the hostel. Thanks!", " Thank you so much!", " Reward offered.", ""])
        return s
    c = owner.get("country", "Thailand")
    s = rng.choice(["I am %s from %s. %s I lose my %s at %s." % (owner["name"], c, when.capitalize(), obj, where),
                    "Hello, I come from %s for water festival. I lost %s in %s %s." % (c, obj, where, when),
                    "Please help. My %s is lost %s, place %s." % (obj, when, where)])
    if t["color"] and rng.random() < 0.5:
        s += " Colour is %s." % color_str(rng, t["color"], "en")
    if marks:
        s += " It have " + " and ".join(m[2] for m in marks) + "."
    if amount_s:
        s += " Inside have money %s." % amount_s
    if ser:
        s += " Number %s." % ser
    if rng.random() < 0.5:
        s += rng.choice([" I go back %s soon, please help." % c, " Thank you very much.", " Very important for me."])
    return s


# ---------------------------------------------------------------- found side
ROUTES = ["勐沙坝—景洪", "勐沙坝—勐远", "景洪—勐沙坝", "勐沙坝—昆明", "勐沙坝—曼帕口岸", "勐宽—勐沙坝"]
GOODS = ["水果", "烤鱼", "傣装", "玉石", "菠萝饭", "水枪", "鲜花", "手镯"]


def write_found(rng, t, finder, pid, found_at, force=(), deny=(), cat=None):
    """Found registration in the finder's voice: only visible/printed details.
    force: details that must be stated ("serial", "mark:<slot>", "amount", "color", "brand").
    deny: details that must not be stated ("serial", "extra")."""
    v = finder["voice"]
    lang = "en" if v == "backpacker_f" or (v == "hostel_staff" and rng.random() < 0.5) else "zh"
    say = {}
    if t["color"] and (rng.random() < 0.9 or "color" in force):
        c = t["color"]
        if rng.random() < 0.08 and "color" not in force:
            c = COLOR_SLIP[c]
        say["color"] = color_str(rng, c, lang)
    if t["brand"] and (rng.random() < 0.72 or "brand" in force):
        say["brand"] = brand_str(rng, t["brand"], lang, 0.06)
    if t["model"] and rng.random() < (0.45 if t["cat"] in ("ebike", "electronics", "bicycle") else 0.15):
        say["model"] = model_str(rng, t["model"])
    p_ser = {"imei": 0.2, "id": 0.85, "card": 0.7, "plate": 0.85, "frame": 0.3, "sn": 0.35, "student": 0.8,
             "passport": 0.85, "border": 0.8, "cert": 0.2}
    ser = None
    if t["serial"] and "serial" not in deny and (rng.random() < p_ser[t["serial"][0]] or "serial" in force):
        ser = serial_str(rng, t["serial"][0], t["serial"][1], "found", lang)
    marks = []
    for m in t["marks"]:
        if ("mark:" + m[0]) in force or (rng.random() < (0.6 if m[0] != "lock" else 0.4)):
            marks.append(m)
    obj = obj_zh(rng, t, say, lang)
    where = place_alias(rng, pid, lang)
    extra_bits = []
    if t["cat"] == "phone" and rng.random() < 0.5:
        extra_bits.append(rng.choice(["进水了开不了机", "还能亮屏，有好多未接来电", "已关机", "屏幕上全是水汽", "电量还有一点"]) if lang == "zh"
                          else rng.choice(["soaked, won't turn on", "still on, lots of missed calls"]))
    if t["amount"] and (t["cat"] == "cash" or rng.random() < 0.85 or "amount" in force):
        extra_bits.append(("内有现金%d%s（已清点）" % (t["amount"], CUR_ZH[t["currency"]]) if t["cat"] == "wallet"
                           else "经清点共%d%s" % (t["amount"], CUR_ZH[t["currency"]])) if lang == "zh"
                          else "%d %s inside" % (t["amount"], CUR_EN[t["currency"]]))
    if t["holder"] and rng.random() < 0.9:
        extra_bits.append(("姓名%s" if rng.random() < 0.5 else "证上名字%s") % t["holder"] if lang == "zh" else "name on it: %s" % t["holder"])
    if t["extra"] and "extra" not in deny:
        k, val = t["extra"][0]
        if k == "id" and rng.random() < 0.7:
            extra_bits.append("内有身份证一张，号码%s" % serial_str(rng, "id", val, "found"))
        elif k == "frame" and rng.random() < 0.3:
            extra_bits.append("车架号%s" % serial_str(rng, "frame", val, "found"))
    if ser:
        lab = SER_LABEL_ZH[t["serial"][0]] if lang == "zh" else SER_LABEL_EN[t["serial"][0]]
        if t["serial"][0] == "card":
            extra_bits.append(("内有银行卡一张，卡号%s" % ser) if lang == "zh" else "bank card %s" % ser)
        elif t["serial"][0] == "imei":
            extra_bits.append(("拨*#06#查得" if rng.random() < 0.5 else "") + ser)
        else:
            extra_bits.append((lab + ser) if lab and not ser.startswith(lab[:2]) else ser)
    mk = [m[1] if lang == "zh" else m[2] for m in marks]
    hurried = rng.random() < 0.12 and not [f for f in force if f not in ("color", "brand")]
    if lang == "zh":
        body = _found_zh(rng, t, finder, v, pid, obj, where, found_at, mk, extra_bits, hurried)
    else:
        body = _found_en(rng, t, v, obj, where, found_at, mk, extra_bits)
    if hurried or rng.random() < 0.06:
        body = typo(rng, body)
    rec = {"category": cat or t["cat"], "body": cut(body, 600)}
    fill = rng.choice([0.15, 0.55, 0.85, 0.95])
    if "color" in say and rng.random() < fill:
        rec["color"] = say["color"] if rng.random() < 0.7 else color_str(rng, t["color"], "zh")
    if "brand" in say and rng.random() < fill:
        rec["brand"] = say["brand"] if rng.random() < 0.6 else brand_str(rng, t["brand"], "zh", 0.05)
    if "model" in say and rng.random() < fill:
        rec["model"] = cut(say["model"], 60)
    if ser and rng.random() < fill + 0.1:
        rec["serial"] = cut(serial_str(rng, t["serial"][0], t["serial"][1], "found"), 60)
    elif t["cat"] == "wallet" and t["extra"] and "extra" not in deny and rng.random() < 0.2:
        rec["serial"] = serial_str(rng, "id", t["extra"][0][1], "found")
    mtext = "；".join([m[1] for m in marks] + [e for e in extra_bits if not (ser and ser in e)])
    if mtext and rng.random() < fill:
        rec["marks"] = cut(mtext, 500)
    if rng.random() < fill + 0.2:
        rec["address"] = cut(rng.choice([TOWN + BY_ID[pid][1], place_alias(rng, pid, "zh"), BY_ID[pid][1]]), 60)
    if rng.random() < fill * 0.85:
        rec["lat"], rec["lon"] = jitter(rng, pid, 0.0005)
    rec["found_at_min"] = found_at
    return rec


def _found_zh(rng, t, finder, v, pid, obj, where, fa, mk, extra, hurried):
    when = formal_when_zh(rng, fa) if v in ("police", "desk", "bus_driver") else loose_when_zh(rng, fa)
    name = finder["name"]
    cls = {"phone": "部", "ebike": "辆", "bicycle": "辆", "cash": "笔", "keys": "串", "id_doc": "张"}.get(t["cat"], "个")
    if hurried:
        return "%s %s 拾得%s%s" % (when, where, obj, ("，" + extra[0]) if extra else "")
    head = {
        "citizen": rng.choice(["市民%s交来，%s在%s捡到%s一%s" % (name, when, where, obj, cls), "%s在%s捡到%s，交派出所" % (when, where, obj),
                               "游客%s在%s地上捡到%s" % (name, where, obj)]),
        "cleaner": "环卫工%s%s在%s清扫时拾得%s一%s" % (name, when, where, obj, cls),
        "bus_driver": "%s班车驾驶员%s交来：%s收车检查时在车厢%s发现乘客遗留%s" % (rng.choice(ROUTES), name, when, rng.choice(["后排座位上", "行李架上", "座位底下", "车门边"]), obj),
        "ebike_taxi": "摩的师傅%s交来，%s拉了个客人到%s，客人下车后在后座发现%s" % (name, when, where, obj),
        "temple_volunteer": "曼沙佛寺庙会志愿者%s%s在%s拾得%s" % (name, when, where, obj),
        "police": "巡逻民警%s于%s拾得%s一%s" % (when, where, obj, cls),
        "hostel_staff": "椰林青旅前台交来：%s有客人在%s捡到%s" % (when, where, obj),
        "trader_f": "%s卖%s的摊主%s交来，说%s在摊子边上捡到%s" % (where, rng.choice(GOODS), name, when, obj),
        "desk": "拾得物：%s。地点：%s。时间：%s" % (obj, where, when),
    }[v]
    if t["cat"] == "ebike" and v not in ("desk",):
        head = rng.choice(["群众反映%s有辆%s停了两三天没人管，民警%s拖回" % (where, obj, when),
                           "%s在%s发现一辆无人认领的%s" % (when, where, obj), head])
    parts = [head]
    if mk:
        parts.append(rng.choice(["特征：", "", "", "外观："]) + "，".join(mk))
    if extra:
        parts.append("，".join(extra))
    if t["cat"] in ("bag", "wallet") and rng.random() < 0.3:
        parts.append("已当面清点")
    return "。".join(parts) + "。"


def _found_en(rng, t, v, obj, where, fa, mk, extra):
    when = loose_when_en(rng, fa)
    if v == "hostel_staff":
        s = "Handed in by Coconut Grove hostel front desk: a guest found a %s %s at %s." % (obj, when, where)
    else:
        s = rng.choice(["Found this %s %s near %s during the water fight." % (obj, when, where),
                        "I found a %s on the ground at %s %s, handing it in." % (obj, where, when),
                        "Picked up a %s floating in the water by %s %s." % (obj, where, when)])
    if mk:
        s += " It has " + ", ".join(mk) + "."
    if extra:
        s += " " + "; ".join(extra) + "."
    return s
