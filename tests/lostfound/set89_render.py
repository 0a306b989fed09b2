"""Set 89: turning a truth record into one person's words, remembering what was stated."""
from set89_ids import fmt_serial, mobile_masked
from set89_kinds import K
from set89_text import BRAND_EN, COLORS, brand_word, color_word, model_word
from set89_world import PLACE


def choose(rng, obj, side, level):
    """Facts this person mentions.  side: 'own' or 'fnd'; level: 'line', 'some', 'full'."""
    out = []
    for f in obj["facts"]:
        k = f["k"]
        if k == "kind":
            p = 1.0
        elif k == "color":
            p = 0.9 if side == "own" else 0.92
        elif side == "fnd" and not f["vis"]:
            p = 0.0
        elif k == "brand":
            p = 0.82 if side == "own" else f["pfnd"]
        elif k == "model":
            p = f["pown"] * 0.6 if side == "own" else f["pfnd"]
        elif f["ident"]:
            p = f["pown"] if side == "own" else f["pfnd"]
        elif k == "hidden":
            p = 0.8
        elif k == "amount" and side == "own":
            p = 1.0
        else:
            p = (0.8 * f["pown"]) if side == "own" else f["pfnd"] * 0.85
        if level == "line":
            p = p if k in ("kind", "color") else p * 0.25
        elif level == "full":
            p = min(1.0, p + 0.15)
        if rng.random() < p:
            out.append(f)
    if level != "line" and side == "own":   # an owner asked at the desk names at least two telling details
        for f in obj["facts"]:
            if f["k"] == "docname" and f not in out:
                out.append(f)
        rest = [f for f in obj["facts"] if f not in out and f["k"] != "kind" and f["cmp"] and not f["ident"]]
        while rest and sum(1 for f in out if f["k"] != "kind" and f["cmp"]) < 2:
            out.append(rest.pop(rng.randrange(len(rest))))
    if level == "line" and side == "own" and len(out) < 3:
        extra = [f for f in obj["facts"] if f not in out and f["k"] not in ("hidden", "model") and f["cmp"] == "eq"
                 and (f["k"] == "brand" or not f["ident"])]
        if extra:
            out.append(extra[0] if extra[0]["k"] == "brand" else rng.choice(extra))
    return out


def kind_word(rng, obj, side, en=False):
    kd = K[obj["kind"]]
    if en:
        return kd["en"], True
    if side == "own" and rng.random() < 0.07:
        specific = kd["vague"] in kd["words"] + kd["fwords"]
        return kd["vague"], (True if specific else "cat")
    words = kd["words"] if side == "own" else kd["fwords"]
    return (words[0] if rng.random() < 0.5 else rng.choice(words)), True


def head(rng, obj, facts, side, stated, en=False):
    """'黑色的华为Mate 90手机' style phrase; also fills stated for kind/colour/brand/model."""
    kd = K[obj["kind"]]
    by = {f["k"]: f for f in facts}
    kw, kp = kind_word(rng, obj, side, en)
    stated["kind"] = (obj["kind"], kp)
    col = bw = mw = ""
    if "color" in by:
        c = by["color"]["v"]
        if en:
            col, cp = COLORS[c][2], True
        else:
            col, cp = color_word(rng, c)
        stated["color"] = (c, cp)
    if "brand" in by:
        b = by["brand"]["v"]
        bw = BRAND_EN[b] if en else brand_word(rng, b)
        stated["brand"] = (b, True)
    if "model" in by:
        m = by["model"]["v"]
        mw = model_word(rng, m)
        stated["model"] = (m, mw.replace(" ", "").lower() == m.replace(" ", "").lower())
    if en:
        return " ".join(x for x in (col, bw, mw, kw) if x), (col, bw, mw)
    colnoun = {"keyring": "钥匙扣", "ebikekey": "钥匙套", "envelope": "信封", "cashroll": "皮筋"}.get(obj["kind"])
    if colnoun and col:
        base = (bw + mw + kw) if bw else kw
        return base + "，" + col + colnoun, (col, bw, mw)
    r = rng.random()
    if r < 0.35 or not (bw or mw):
        s = (col + ("的" if col and rng.random() < 0.5 else "")) + bw + (" " if mw and bw.isascii() else "") + mw + kw
    elif r < 0.7:
        s = bw + mw + kw + ("，" + col if col else "")
    else:
        s = "一%s%s%s（%s%s）" % (kd["unit"], col, kw, bw, (" " + mw) if mw else "")
    return s, (col, bw, mw)


def approx(rng, a):
    r = rng.random()
    if r < 0.4:
        return "%d元" % a, a
    b = int(round(a * rng.uniform(0.9, 1.1) / 10.0)) * 10
    if r < 0.7:
        return "大概%d块" % b, b
    return "%d左右" % b, b


def details(rng, obj, facts, side, stated, en=False):
    """Feature phrases and identifier phrases (lists of strings) for the stated facts."""
    feats, ids, serial = [], [], None
    for f in facts:
        k = f["k"]
        if k in ("kind", "color", "brand", "model"):
            continue
        if f["ident"]:
            s = fmt_serial(rng, f["ident"], f["v"], finder=side == "fnd")
            tail = s.startswith("尾号") or "后四位" in s or "尾号" in s
            if en:
                s = f["v"] if not tail else "ending " + f["v"][-4:]
                ids.append(f["en"].format(s=s, bank=f.get("bank", "")))
            elif s.startswith("IMEI"):
                ids.append(s)
            else:
                ids.append(f[side].format(s=s, bank=f.get("bank", "")))
            stated[k] = (f["v"], "tail" if tail else True)
            if serial is None:
                serial = s
            continue
        if f["cmp"] == "amount":
            if side == "own":
                txt, b = approx(rng, f["v"])
                phr = ("about %d yuan in cash" % b) if en else rng.choice(["里面有现金", "现金", "钱"]) + txt
                stated[k] = (b, "amount")
            else:
                phr = ("%d yuan in cash" % f["v"]) if en else "内有现金%d元" % f["v"]
                stated[k] = (f["v"], "amount")
            feats.append(phr)
            continue
        if k == "hidden":
            if side == "own" and not en:
                feats.append(f["own"])
            continue
        txt = f["en"] if en else f[side]
        if not txt:
            continue
        feats.append(txt)
        if f["cmp"]:
            stated[k] = (f["v"], True)
    return feats, ids, serial


def place_name(rng, key, en=False, form=None):
    names = PLACE[key]["names"]
    if en:
        return names[3]
    if form is not None:
        return names[form]
    r = rng.random()
    if r < 0.28:
        return names[0]
    if r < 0.62:
        return names[1]
    if r < 0.95:
        return names[2]
    return names[3] if r < 0.98 else names[0]


def contact(rng, name=None, en=False):
    r = rng.random()
    if r < 0.35:
        return ""
    m = mobile_masked(rng)
    if en:
        return "call/WeChat %s" % m
    if r < 0.6:
        return "电话%s" % m
    if r < 0.8:
        return "%s（微信同号）" % m
    return "联系人%s %s" % (name or "", m) if name else "手机%s" % m


def join_feats(rng, feats):
    if not feats:
        return ""
    sep = rng.choice(["，", "；", "，", "、"])
    return sep.join(feats)
