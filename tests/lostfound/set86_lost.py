"""set86 lost reports: the owner's registration, in the owner's voice, knowing
what an owner knows (hidden facts, amounts, the serial if they kept the box)."""
import re
from set86_world import place_by_id, palias, jitter, plat, plon, window_words, window_words_en
from set86_nums import spell_brand, spell_color, spell_serial, typo, glue, BRANDS, COLORS
from set86_voice import DOING, SLANG_PRE, SLANG_POST, PLEA, OFFICE_PLEA, PARENT_PLEA, EN_DOING, EN_PLEA, PY_NOUN_PRE, PY_PLEA

SLABEL = {"imei": "串号", "idcard": "身份证号", "bank": "卡号", "student": "学号", "ticket": "准考证号", "passport": "护照号",
          "frame": "车架号", "plate": "车牌", "sn": "序列号", "tag": "租赁编号", "badge": "工号"}
BAG_CLS = {"行李箱": "case", "双肩包": "back", "背包": "back", "电脑包": "back", "帆布包": "tote", "托特包": "tote", "斜挎包": "cross", "腰包": "cross"}


def cls(o):
    if o["cat"] in ("id_doc", "electronics", "other"):
        return o["cat"] + ":" + o["which"]
    if o["cat"] == "bag":
        return "bag:" + BAG_CLS[o["kind"]]
    if o["cat"] in ("jewelry",):
        return "jewelry:" + o["kind"]
    if o["cat"] == "ebike":
        return "ebike:" + ("scooter" if o["kind"] == "电动滑板车" else "bike")
    return o["cat"]


def serial_rev(o, text):
    norm = re.sub("[^0-9A-Za-z]", "", text).upper()
    v = o["serial"].upper()
    return (v in norm, v[-4:])


def with_label(kind, s):
    return s if not (s[0].isdigit() or s[0].isupper()) or s.startswith(("IMEI", "S/N", "SN", "No", "Pass")) else SLABEL[kind] + s


def desc(rng, o, col, br, mo):
    n = rng.choice(o["nouns"])
    bm = glue(br, mo)
    r = rng.random()
    if r < 0.55 or not (col and bm):
        return glue(col, "的" if col and rng.random() < 0.3 else "", bm, n)
    if r < 0.8:
        return bm + n + "，" + col + "的"
    return n + "（" + bm + "，" + col + "）"


def fact_split(rng, facts, marks_on):
    body, marks = [], []
    for f in facts:
        r = rng.random()
        if marks_on and r < 0.45:
            marks.append(f)
        elif r < 0.87:
            body.append(f)
    return body, marks


def render_lost(rng, o):
    p = place_by_id(o["place"])
    voice = o["voice"]
    hurried = rng.random() < 0.12
    rec, rev = {"category": o["cat"]}, {"color": None, "brand": None, "model": None, "serial": None, "facts": {}, "name": None}
    en = voice == "intl"
    colw = spell_color(rng, o["color"]) if o["color"] else None
    brw = spell_brand(rng, o["brand"]) if o["brand"] else None
    f_col = colw and rng.random() < (0.25 if hurried else 0.55)
    f_br = brw and not hurried and rng.random() < 0.5
    f_mo = o["model"] and not hurried and rng.random() < 0.35
    b_col = colw and o["cat"] != "cash" and (not f_col and rng.random() < 0.8 or rng.random() < 0.4)
    b_br = brw and (not f_br and rng.random() < 0.7 or rng.random() < 0.4)
    b_mo = o["model"] and (not f_mo and rng.random() < 0.35)
    if en and hurried:
        b_col = b_br = b_mo = False
    for k, on, val in (("color", f_col, colw), ("brand", f_br, brw), ("model", f_mo, o["model"])):
        if on:
            rec[k] = val
    ser = None
    if o["sk_owner"] and not (hurried and rng.random() < 0.7):
        ser = spell_serial(rng, o["skind"], o["serial"], o["sk_owner"] == "full")
        if rng.random() < 0.6:
            rec["serial"] = ser
            ser_body = rng.random() < 0.2
        else:
            ser_body = rng.random() < 0.75
        if not ser_body or hurried:
            ser = None
    marks_on = not hurried and rng.random() < 0.4
    bfacts, mfacts = fact_split(rng, o["facts"], marks_on)
    if hurried:
        bfacts = bfacts[:1]
    if mfacts:
        rec["marks"] = "；".join(f["o"] for f in mfacts)
    when = window_words(rng, o["frm"], o["to"])
    where = palias(rng, p)
    d = desc(rng, o, colw if b_col else None, brw if b_br else None, o["model"] if b_mo else None)
    name_in = o["cat"] == "id_doc" and o["which"] != "bank" and rng.random() < 0.7
    if en:
        words = [COLORS[o["color"]][2] if b_col else "", BRANDS[o["brand"]][1] if b_br else "", o["model"] if b_mo else "", o["en"]]
        bits = ["I lost my " + " ".join(w for w in words if w),
                "at %s %s." % (p[4] if len(p) == 8 else p[1], window_words_en(o["frm"], o["to"]))]
        if not hurried:
            bits.append(rng.choice(EN_DOING).capitalize() + ".")
        ef = [f["e"] for f in bfacts if f.get("e")]
        bfacts = [f for f in bfacts if f.get("e")]
        if ef:
            bits.append("Details: " + "; ".join(ef) + ".")
        if name_in:
            bits.append("The name on it is %s." % o["holder"])
        if ser:
            bits.append("Number: %s." % ser)
        bits.append(rng.choice(EN_PLEA))
        body = " ".join(bits)
        if hurried:
            body = "lost my %s at %s pls help" % (o["en"], p[4] if len(p) == 8 else p[1])
            name_in, bfacts = False, []
    elif hurried:
        body = rng.choice(["%s丢了%s，急！", "在%s丢了%s 谁看到了", "%s 丢%s了！！"]) % (where, d)
        if bfacts:
            body += ("" if body.endswith("！") else "，") + bfacts[0]["o"]
        body = typo(rng, body)
    else:
        ft = "，".join(f["o"] for f in bfacts)
        nm = ""
        if name_in:
            nm = rng.choice(["名字是%s", "姓名%s", "上面名字%s"]) % o["holder"]
        sr = ("，" + with_label(o["skind"], ser)) if ser else ""
        doing = rng.choice(DOING.get(o["place"], ["不小心"]))
        if doing.startswith("在"):
            doing = "，" + doing
        if voice == "pinyin":
            body = "%s %s%s diu le, zai %s, %s。%s%s %s" % (rng.choice(PY_NOUN_PRE), (COLORS[o["color"]][3] + " ") if b_col else "",
                                                            o["py"], p[3], when, (d + "，" + ft) if ft else d, sr, rng.choice(PY_PLEA))
        elif voice == "office":
            body = "本人于%s在%s遗失%s。%s%s%s。%s" % (when, where, d, ft, ("，" + nm) if nm else "", sr, rng.choice(OFFICE_PLEA))
        elif voice == "parent":
            who = rng.choice(["孩子", "我儿子", "我女儿"])
            if o["cat"] == "id_doc":
                body = "%s在%s%s，%s的%s丢了！%s%s%s。%s" % (when, where, doing, who, d, nm, ("，" + ft) if ft else "", sr, rng.choice(PARENT_PLEA))
            else:
                body = "我是陪%s来的家长，%s在%s%s，把%s弄丢了。%s%s。%s" % (who, when, where, doing, d, ft, sr, rng.choice(PLEA))
        else:
            lead = {"courier": "我是送快递的，", "staff": rng.choice(["我是食堂员工，", "我是学校保安，", "我在图书馆做保洁，"]),
                    "elder": "我是附近的居民，"}.get(voice, "")
            lostd = rng.choice(["丢了%s", "把%s弄丢了", "%s落在那了", "%s找不到了", "%s不见了"]) % d
            body = "%s%s在%s%s，%s。%s%s%s。%s" % (lead, when, where, doing, lostd, ft, ("，" + nm) if nm else "", sr, rng.choice(PLEA))
            if voice == "slang":
                body = rng.choice(SLANG_PRE) + body + rng.choice(SLANG_POST)
        body = body.replace("。。", "。").replace("，。", "。").replace("。，", "。").replace("！，", "！")
        if rng.random() < 0.08:
            body = typo(rng, body)
    rec["body"] = body[:600]
    if not hurried and rng.random() < 0.6 or hurried and rng.random() < 0.3:
        rec["address"] = palias(rng, p)[:60]
    if rng.random() < (0.15 if hurried else 0.35):
        rec["lat"], rec["lon"] = jitter(rng, plat(p), plon(p), 150)
    rec["lost_from_min"], rec["lost_to_min"] = o["frm"], o["to"]
    text = rec["body"] + rec.get("marks", "")
    if "serial" in rec:
        rev["serial"] = serial_rev(o, rec["serial"])
    elif ser and ser in rec["body"]:
        rev["serial"] = serial_rev(o, ser)
    if f_col or (b_col and colw):
        rev["color"] = o["color"]
    if f_br or (b_br and brw):
        rev["brand"] = o["brand"]
    if f_mo or b_mo:
        rev["model"] = o["model"]
    for f in bfacts + mfacts:
        rev["facts"][f["t"]] = f["v"]
    if o["holder"] and o["holder"] in text:
        rev["name"] = o["holder"]
    rev["cls"] = cls(o)
    rev["sv"] = o["serial"]
    rev["at"] = (plat(p), plon(p))
    rec["_rev"] = rev
    return rec
