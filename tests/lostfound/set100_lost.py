"""set100 lost reports: the owner's side, written from the truth record in the owner's voice.

Returns (record, said) where said is the set of truth features the report states, so that a
'one_detail' negative can be built to differ in something the owner actually wrote down."""
import re

from set100_world import BY_ID, PERSONA_PLACES, when
from set100_say import color_word, brand_word, serial_forms, typo, tpoint, twindow, exam_hint

EN_PLACE = {"yz": "the No.1 Middle School exam site (一中考点)", "sy": "Qingwu Experimental School exam site",
            "fz": "the exam site at 师大附中", "wg": "the Foreign Language School exam site (外国语学校)",
            "jl": "Jinlan Hotel (锦澜酒店)", "zy": "Zhuangyuanlou hotel (状元楼宾馆)", "qc": "Qingcheng apartment hotel",
            "ag": "the athletes' apartments", "zt": "the main stadium (奥体中心)", "yy": "the swimming hall (游泳馆)",
            "zh": "the sports hall at 奥体中心", "dx": "Daxuecheng South metro station (Line 3 terminal)",
            "ds": "Olympic Centre metro station (奥体中心站)", "jh": "Jiahe supermarket (嘉和超市)",
            "ld": "campus (澜州大学)", "lg": "the Institute of Technology campus", "ws": "the night market (梧桐里夜市)",
            "dc": "the bike parking at 学府路", "xc": "the south gate", "gj": "the bus stop on 学府路"}

INTRO = {
    "candidate": ["我是今年的高考考生，", "考生本人，", "", "我是高三考生，", "本人是考生，"],
    "parent": ["我是考生家长，", "孩子参加高考，", "我家孩子%(child)s在考高考，", "考生%(child)s的妈妈，", "考生%(child)s的爸爸，", ""],
    "grand": ["（老人口述，工作人员代录）我是考生%(child)s的奶奶，", "（代写）考生外公来登记，", "我是孩子%(child)s的爷爷，送孙子考试的，",
              "老人家说的：替外孙女%(child)s登记，"],
    "athlete": ["我是来参加省学生运动会的运动员，", "运动员，", "参加学生运动会的，", ""],
    "coach": ["我是参赛队的教练，", "带队教练%(name)s，", "教练，"],
    "volunteer": ["我是高考护考志愿者，", "运动会志愿者，", "志愿者，", ""],
    "student": ["澜州大学学生，", "大三学生，", "本地大学生，", "", "理工学院的学生，"],
    "guest": ["住酒店的客人，", "带孩子来考试住在附近宾馆，", "外地来的考生家长，住在宾馆，", ""],
    "foreign": ["我是留学生，", "留学生，中文不太好，", ""],
}
PLEA = ["麻烦帮忙留意一下，谢谢！", "孩子还要考试，急用！！", "有捡到的请联系我，必有重谢。", "谢谢警察同志。", "",
        "拜托了，很着急。", "里面东西对我很重要。", "如有消息请电话联系。", "感谢！", ""]
EN_PLEA = ["Please contact me if someone hands it in. Thank you!", "Thanks a lot!", "It is really important to me.", ""]


GENERIC = {"owner detail", "feature", "a hidden extra", "misc card", "cover", "frame", "lens", "strap", "band",
           "towel", "size", "a plush", "a tag outside", "prescription", "charging case", "the photo", "some balance",
           "team", "college", "address in the province", "with lanyard", "on a lanyard", "brown cover",
           "writing on the envelope", "mostly 100s", "hotel room card", "a door fob", "it has a passcode",
           "an engraving inside", "printed", "name inside the collar", "games medal", "a small box"}


def en_of(f):
    e = f["en"]
    if e in GENERIC or e.split(" ")[0] in ("printed", "venue") or e.startswith("number 1"):
        return f["zh"]
    return e


def join(*ws):
    out = ""
    for w in ws:
        if not w:
            continue
        if out and (out[-1].isascii() and out[-1].isalnum()) and (w[0].isascii() and w[0].isalnum()):
            out += " "
        out += w
    return out


def _window(rng, t):
    wide = rng.random()
    if wide < 0.45:
        a, b = rng.randint(10, 90), rng.randint(0, 60)
    elif wide < 0.8:
        a, b = rng.randint(60, 300), rng.randint(10, 240)
    else:
        a, b = rng.randint(240, 1600), rng.randint(60, 900)
    frm = t + a
    to = max(0, t - b)
    return frm, to


def _jit(rng, at, m=120):
    return round(at[0] + rng.uniform(-m, m) / 111000.0, 6), round(at[1] + rng.uniform(-m, m) / 98500.0, 6)


def _place_claim(rng, o, p):
    """What the owner says about where: (address or None, phrase, latlon or None, en phrase)."""
    pl = o["place"]
    r = rng.random()
    if r < 0.55:
        spot = rng.choice(pl["spots"]) if rng.random() < 0.5 else ""
        addr = pl["name"] + spot
        ph = rng.choice(["在%s丢的", "在%s弄丢了", "可能落在%s了", "最后一次看到是在%s"]) % addr
        return addr, ph, _jit(rng, pl["at"]), EN_PLACE.get(pl["id"], pl["name"])
    if r < 0.8:
        others = sorted(x for x in PERSONA_PLACES[p["role"]] if x != pl["id"])
        q = BY_ID[rng.choice(others)]
        if rng.random() < 0.5:
            addr = "%s到%s之间" % (q["name"], pl["name"])
            ph = "从%s去%s的路上丢的" % (q["name"], pl["name"])
            return addr[:60], ph, (_jit(rng, q["at"], 300) if rng.random() < 0.4 else None), \
                "between %s and %s" % (EN_PLACE.get(q["id"], q["name"]), EN_PLACE.get(pl["id"], pl["name"]))
        a, b = sorted([q, pl], key=lambda x: x["id"]) if rng.random() < 0.5 else (pl, q)
        ph = "可能丢在%s，也可能在%s" % (a["name"], b["name"])
        return None, ph, None, "maybe at %s or %s" % (EN_PLACE.get(a["id"], a["name"]), EN_PLACE.get(b["id"], b["name"]))
    ph = rng.choice(["不记得丢在哪了", "不知道具体在哪掉的", "一路上都没注意", "可能在%s附近" % re.match(r".*?(路|街|大道)", pl["addr"]).group(0)])
    return None, ph, None, "not sure where"


def _feat_pick(rng, o, level):
    feats = [("vis", f) for f in o["vis"]] + [("inner", f) for f in o["inner"]] + [("hid", f) for f in o["hid"]]
    if not feats:
        return []
    n = {"full": len(feats), "some": rng.randint(1, max(1, len(feats) - 1)), "none": rng.randint(0, len(feats)),
         "hurried": rng.randint(0, 1)}[level]
    idx = sorted(rng.sample(range(len(feats)), min(n, len(feats))))
    return [feats[i] for i in idx]


def make_lost(rng, o, p):
    en = p["en"]
    level = rng.choices(["none", "some", "full", "hurried"], [35, 33, 15, 17])[0]
    frm, to = _window(rng, o["t"])
    said = set()
    rec = {"category": o["cat"]}
    addr, pph, latlon, pen = _place_claim(rng, o, p)
    color = color_word(rng, o["color"], en) if o["color"] else None
    brand = brand_word(rng, o["brand"], en) if o["brand"] else None
    noun = o["noun_en"] if en else rng.choice(o["noun"])
    feats = _feat_pick(rng, o, level)
    for kind, f in feats:
        said.add(kind + ":" + f["k"])
    # serials the owner knows
    ser = None
    known = [s for s in o["serials"] if s[2] in ("owner", "both")]
    if known and rng.random() < {"full": 0.9, "some": 0.6, "none": 0.45, "hurried": 0.35}[level]:
        if p["role"] == "grand" and rng.random() < 0.6:
            ser = None
        else:
            firsts = [x for i, x in enumerate(known) if x[0] not in [y[0] for y in known[:i]]]
            s = firsts[0] if rng.random() < 0.7 else rng.choice(firsts)
            ser = (s[0], serial_forms(rng, s[0], s[1], "owner"))
            said.add("serial:" + s[0])
    # amount: owners of cash / wallets say roughly
    amt_txt = None
    if o.get("amount") and rng.random() < 0.8:
        a = o["amount"]
        amt_txt = rng.choice(["%d元" % a, "%d块左右" % a, "大概%d多" % (a // 100 * 100) if a >= 200 else "几十块",
                              "%d块钱" % a])
        said.add("amount")
    mention_color = color and rng.random() < 0.85
    mention_brand = brand and rng.random() < 0.75
    mention_model = o["model"] and rng.random() < (0.55 if level != "hurried" else 0.2)
    if mention_color:
        said.add("color")
    if mention_brand:
        said.add("brand")
    if mention_model:
        said.add("model")
    objp = join(color if mention_color and o["cat"] not in ("id_doc", "cash") else "", brand if mention_brand else "",
                (o["model"] + "的") if mention_model and not en else "")
    if o["holder"] and not en and rng.random() < 0.7:
        said.add("holder")
    dt = when(o["t"])

    if en:
        desc = " ".join(x for x in [color if mention_color else "", brand if mention_brand else "",
                                    o["model"] if mention_model else "", noun] if x)
        parts = ["Hi, I lost my %s %s, %s." % (desc, twindow(rng, frm, to, True), pen)]
        if feats:
            parts.append("It has " + "; ".join(en_of(f) for _, f in feats if f["k"] != "name") + ".")
        if ser:
            parts.append("Number: %s." % ser[1])
        if o["holder"] and "holder" not in said and rng.random() < 0.8:
            parts.append("Name on it: %s." % o["holder"])
            said.add("holder")
        if amt_txt:
            parts.append("About %d RMB inside." % o["amount"])
        parts.append(rng.choice(EN_PLEA))
        body = " ".join(x for x in parts if x)
        if rng.random() < 0.4:
            body += " 谢谢！"
    elif level == "hurried":
        bits = [rng.choice(["", tpoint(rng, frm)]), pph if rng.random() < 0.6 else "", objp + noun + rng.choice(["丢了", "不见了", "掉了"])]
        if ser:
            bits.append(ser[1])
        if o["holder"] and "holder" in said:
            bits.append("名字" + o["holder"])
        if feats:
            bits.append(feats[0][1]["zh"])
        bits.append(rng.choice(["急", "急！！", "速联系", "", "谢谢"]))
        body = " ".join(b for b in bits if b)
        body = typo(rng, body, 1)
    else:
        intro = rng.choice(INTRO[p["role"]]) % {"child": p.get("child", ""), "name": p["name"]}
        hint = exam_hint(dt, p["role"] == "candidate") if p["role"] in ("candidate", "parent", "grand") else None
        tw = twindow(rng, frm, to) if rng.random() < 0.6 else "%s发现不见了" % tpoint(rng, to)
        s = [intro + tw + ("，" + hint if hint and rng.random() < 0.6 else "") + "，" + pph + "。"]
        s.append(rng.choice(["丢的是", "是一个", "东西是", "", "丢了"]) + objp + noun + "。")
        if o["holder"] and "holder" in said:
            s.append(rng.choice(["上面名字是%s。", "名字%s。", "是%s的。", "写的%s。"]) % o["holder"])
        if ser:
            lab = {"id": "身份证号", "ticket": "准考证号", "student": "学号", "card": "银行卡", "imei": "", "frame": "车架号",
                   "plate": "车牌", "sn": "编号", "passport": "护照号"}[ser[0]]
            if ser[1].startswith(("尾号", "卡号", "IMEI", "串号", "车架号", "车牌", "序列号", "SN", "学号", "卡尾号")):
                lab = ""
            s.append(lab + ser[1] + "。")
        if amt_txt:
            s.append(rng.choice(["里面有现金", "钱大概", "一共"]) + amt_txt + "。")
        fz = [f["zh"] for _, f in feats if not ("holder" in said and f["k"] == "name")]
        if fz and level != "full":
            s.append("，".join(fz) + "。")
        s.append(rng.choice(PLEA))
        body = "".join(s)
        if p["role"] == "grand" and rng.random() < 0.5:
            body = body.replace("。", "，", 1)
        if rng.random() < 0.12:
            body = typo(rng, body, 1)
    rec["body"] = body[:600]
    # fields
    fill = {"full": 0.9, "some": 0.5, "none": 0.0, "hurried": 0.05}[level]
    if level == "none" and rng.random() < 0.3:
        fill = 0.25
    if color and rng.random() < fill:
        rec["color"] = color_word(rng, o["color"], en)
        said.add("color")
    if o["brand"] and rng.random() < fill:
        rec["brand"] = brand_word(rng, o["brand"], en)
        said.add("brand")
    if o["model"] and rng.random() < fill * 0.7:
        rec["model"] = o["model"]
        said.add("model")
    if ser and rng.random() < fill + 0.15:
        rec["serial"] = ser[1]
    if feats and rng.random() < fill:
        rec["marks"] = ("; " if en else "，").join((en_of(f) if en else f["zh"]) for _, f in feats)[:500]
        if amt_txt and not en:
            rec["marks"] = (rec["marks"] + "，现金" + amt_txt)[:500]
    if addr and rng.random() < fill + 0.2:
        rec["address"] = addr[:60]
    if latlon and rng.random() < fill + 0.1:
        rec["lat"], rec["lon"] = latlon
    if feats and level == "full" and "marks" not in rec and not en:
        rec["body"] = (rec["body"] + (" " if en else "") + ("; ".join(f["en"] for _, f in feats) if en else
                                                           "，".join(f["zh"] for _, f in feats) + "。"))[:600]
    rec["lost_from_min"], rec["lost_to_min"] = frm, to
    return rec, said
