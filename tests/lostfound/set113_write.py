"""How each person writes a registration of an object for set113.

The owner side and the finder side are written separately from the hidden truth record; each
only uses what that person would know. Both return the record and the set of facts it states.
"""

import set113_world as W
import set113_objects as O

REF = 20 * 60  # the registration moment is taken as 20:00 of "today"

SEG = [(5, "凌晨", "early morning"), (9, "早上", "morning"), (11, "上午", "morning"), (13, "中午", "around noon"),
       (18, "下午", "afternoon"), (19, "傍晚", "early evening"), (24, "晚上", "evening")]
CN_NUM = "零一两三四五六七八九十"


def _seg(hr):
    for lim, cn, en in SEG:
        if hr < lim:
            return cn, en


def when_cn(R, m):
    t = REF - m
    day = t // 1440
    hr = (t % 1440) // 60
    dw = {0: "今天", -1: "昨天", -2: "前天"}.get(day) or ("%d天前" % (-day))
    cn, _ = _seg(hr)
    h12 = hr if hr <= 12 else hr - 12
    if -day > 6:
        return dw
    r = R.random()
    if r < 0.4:
        return dw + cn
    if r < 0.7:
        return "%s%s%d点过" % (dw, cn, h12)
    return "%s%s%d点左右" % (dw, cn, h12)


def when_en(R, m):
    t = REF - m
    day = t // 1440
    hr = (t % 1440) // 60
    dw = {0: "today", -1: "yesterday"}.get(day) or ("%d days ago" % (-day))
    _, en = _seg(hr)
    if -day > 6:
        return dw
    h12 = hr if hr <= 12 else hr - 12
    ap = "am" if hr < 12 else "pm"
    return R.choice(["%s %s" % (dw, en), "%s around %d%s" % (dw, h12 or 12, ap)])


def window_cn(R, lf, lt, vague=False):
    if vague or lf - lt > 600:
        return when_cn(R, lf) + "到" + when_cn(R, lt) + "之间"
    return R.choice(["大概", "", "差不多"]) + when_cn(R, (lf + lt) // 2)


def cw(R, fam):
    return R.choice(W.COLORS[fam])


def bw(R, brand, cat):
    vs = [v for v in W.BRANDS[brand] if not (v == "iPhone" and cat != "phone")]
    return R.choice(vs)


def mw(R, model):
    return R.choice([model, model, model.replace(" ", ""), model.lower().replace(" ", "")])


def typo(R, s, n=1):
    cands = [(a, b) for a, b in W.TYPO if a in s]
    for a, b in R.sample(cands, min(n, len(cands))):
        s = s.replace(a, b, 1)
    return s


def pname(R, pid):
    p = W.PLACES.get(pid) or W.FAR[pid]
    return R.choice(p[0])


def pen(pid):
    p = W.PLACES.get(pid) or W.FAR[pid]
    return p[1]


def pll(pid):
    p = W.PLACES.get(pid) or W.FAR[pid]
    return p[2], p[3]


def pgroup(pid):
    p = W.PLACES.get(pid) or W.FAR[pid]
    return p[4]


# ---------------------------------------------------------------- serials


def ser_owner(R, s):
    t, v = s
    if t == "imei":
        return R.choice([v, "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14]), "IMEI:" + v, "IMEI后六位" + v[-6:],
                         "串号" + v])
    if t == "id":
        return R.choice([v, v, "尾号" + v[-4:], v[:6] + "********" + v[-4:]])
    if t == "card":
        return R.choice(["尾号" + v["tail"], v["bank"] + "卡尾号" + v["tail"], "卡号后四位" + v["tail"], v["tail"]])
    if t == "plate":
        return R.choice([v, v.replace("·", ""), v.replace("·", " ")])
    if t == "frame":
        return R.choice([v, v, "后六位" + v[-6:], v.lower()])
    if t == "sn":
        return R.choice([v, v.lower(), v.replace("S/N", "SN ")])
    if t == "tag":
        return R.choice([v, "门禁卡号" + v, "No." + v])
    if t == "tail":
        return "收件电话尾号" + v
    return v


def ser_finder(R, s):
    t, v = s
    if t == "imei":
        return R.choice([v, "%s-%s-%s-%s" % (v[:2], v[2:8], v[8:14], v[14])])
    if t == "id":
        return R.choice([v, v[:6] + "********" + v[-4:], v[:4] + "**********" + v[-4:], v])
    if t == "card":
        return R.choice([v["bin"] + "****" + v["tail"], v["bin"] + " **** **** " + v["tail"], "尾号" + v["tail"]])
    if t == "tail":
        return "收件电话尾号" + v
    return v


KNOW_O = {"imei": 0.5, "id": 0.85, "card": 0.75, "stu": 0.85, "plate": 0.85, "frame": 0.35, "sn": 0.4, "tag": 0.6,
          "passport": 0.7, "tail": 0.8}
SEE_F = {"imei": 0.2, "id": 0.95, "card": 0.8, "stu": 0.95, "plate": 0.95, "frame": 0.4, "sn": 0.5, "tag": 0.8,
         "passport": 0.95, "tail": 0.9}
SER_CN = {"imei": "IMEI", "id": "证件号", "card": "银行卡", "stu": "学号", "plate": "车牌", "frame": "车架号",
          "sn": "序列号", "tag": "门禁卡号", "passport": "护照号", "tail": "快递单"}

FILL = {"hurried": 0.25, "elderly": 0.85, "foreign": 0.6, "local": 0.5, "tourist": 0.55, "porter": 0.35,
        "rider": 0.45, "student": 0.55, "staff": 0.6, "formal": 0.85, "fdial": 0.4, "fhurried": 0.25,
        "fen": 0.5}


# ---------------------------------------------------------------- owner


def owner_facts(R, o, voice):
    k = 0.55 if voice == "hurried" else 1.0
    f = {}
    if o["color"] and R.random() < 0.82 * k + (0.1 if voice == "hurried" else 0):
        f["color"] = o["color"] if (not o["case"] or R.random() < 0.6) else o["color_in"]
    if o["brand"] and R.random() < (0.5 if voice == "elderly" else 0.85) * k:
        f["brand"] = o["brand"]
    if o["model"] and "brand" in f and voice != "elderly" and R.random() < 0.6 * k:
        f["model"] = o["model"]
    if o["serial"] and R.random() < KNOW_O[o["serial"][0]] * (0.8 if voice == "hurried" else 1.0) and \
            not (voice == "elderly" and o["serial"][0] == "imei"):
        f["serial"] = o["serial"]
    if o["serial2"] and R.random() < 0.3:
        f["serial2"] = o["serial2"]
    f["vis"] = [m for m in o["vis"] if R.random() < 0.75 * k]
    f["semi"] = [m for m in o["semi"] if R.random() < 0.55 * k]
    f["hid"] = [m for m in o["hid"] if R.random() < 0.5 * k]
    f["cont"] = [m for m in o["cont"] if R.random() < 0.8 * k]
    if o["person"] and R.random() < 0.9:
        f["name"] = o["person"]["name"]
    if o["amount"] and R.random() < 0.95:
        f["amount"] = o["amount"]
    if o["engrave"] and R.random() < 0.8:
        f["engrave"] = o["engrave"]
    if o["case"] and R.random() < 0.6 * k:
        f["case"] = True
    return f


def serial_key(s):
    t, v = s
    if t == "card":
        return v["tail"]
    return v[-4:]


def stated(rec, o):
    """Which facts of object o a registration actually states (read back from its text)."""
    text = " ".join(str(rec.get(k, "")) for k in ("body", "marks", "color", "brand", "model", "serial", "address"))
    low = text.lower()
    s = set()
    for fam in [c for c in (o["color"], o["color_in"]) if c]:
        if rec.get("color") in W.COLORS[fam] or rec.get("color") == W.COLOR_EN[fam] or \
                any(v in text for v in W.COLORS[fam] if len(v) > 1) or (" %s " % W.COLOR_EN[fam]) in low:
            s.add("color")
            s.add("color:" + fam)
    if o["brand"] and any(v.lower() in low for v in W.BRANDS[o["brand"]]):
        s.add("brand")
    if o["model"] and o["model"].lower().replace(" ", "") in low.replace(" ", ""):
        s.add("model")
    if o["serial"] and serial_key(o["serial"]) in text:
        s.add("serial")
    if o["serial2"] and o["serial2"][1][-6:] in text:
        s.add("serial2")
    for m in o["vis"]:
        if m[1] in text or (m[2] and m[2] in text):
            s.add("vis:" + m[0])
    if o["person"] and (o["person"]["name"] in text):
        s.add("name")
    if o["amount"] and (str(o["amount"]) in text or str(o["amount"] // 100 * 100) + "多" in text):
        s.add("amount")
    if o["engrave"] and o["engrave"] in text:
        s.add("engrave")
    return s


def amount_own(R, a):
    if a >= 300 and R.random() < 0.4:
        return "%d多块" % (a // 100 * 100) if a % 100 else "%d块左右" % a
    return R.choice(["%d块" % a, "%d元" % a, "%d块钱" % a])


def item_own(R, o, f, inbody):
    col = ""
    if "color" in inbody:
        col = cw(R, f["color"]) + R.choice(["", "的"])
    br = bw(R, f["brand"], o["cat"]) if "brand" in inbody else ""
    md = (" " if br and br.isascii() else "") + mw(R, f["model"]) if "model" in inbody else ""
    noun = R.choice(o["n_own"])
    if md and br and md.strip().lower().startswith(br.lower()):
        br, md = "", md.strip()
    if o["kind"] == "phone" and md.strip().lower().startswith("iphone"):
        noun = R.choice(["", "手机"])
    s = col + br + md + noun
    if o["kind"] == "phone" and f.get("case") and o["case"]:
        s += "，套了个%s%s" % (cw(R, o["color"]) if o["case"] != "透明壳" else "", o["case"])
    return s


def detail_own(R, o, f, inbody):
    parts = []
    if "vis" in inbody:
        parts += [m[1] for m in f["vis"]]
    if "semi" in inbody:
        parts += [m[0] for m in f["semi"]]
    cont = [m for m in f["cont"] if not ("name" in inbody and "身份证" in m[0])]
    if "cont" in inbody and cont:
        parts.append("里头有" + "、".join(m[0] for m in cont))
    if "amount" in inbody:
        parts.append(("里头有" if o["cat"] != "cash" else "一共") + amount_own(R, f["amount"]))
    if "denom" in o and "amount" in inbody and R.random() < 0.5:
        parts.append(o["denom"])
    if "name" in inbody:
        if o["kind"] in ("idcard", "student", "driver", "social", "holder", "passport"):
            parts.append(R.choice(["名字是", "上面名字", "姓名"]) + f["name"])
        elif o["kind"] == "records":
            parts.append("病人是我屋头老人%s" % f["name"])
        elif o["kind"] == "watch":
            if not any(m[0] == "kw0" for m in f["vis"]) or "vis" not in inbody:
                parts.append("娃儿叫" + f["name"])
        else:
            parts.append("里面身份证是%s的" % f["name"])
    if "engrave" in inbody:
        parts.append("里面刻了“%s”" % f["engrave"])
    if "hid" in inbody:
        parts += list(f["hid"])
    if "serial" in inbody:
        sv = ser_owner(R, f["serial"])
        parts.append((SER_CN[f["serial"][0]] + R.choice(["", "：", " "]) if sv[0].isdigit() and R.random() < 0.8
                      else "") + sv)
    if "serial2" in inbody:
        parts.append("车架号" + ser_owner(R, f["serial2"]))
    return parts


OPEN_LOCAL = ["哦豁，", "遭了，", "硬是恼火，", "", "", "搞忘了，", "唉，"]
CLOSE_LOCAL = ["哪个捡到了麻烦交到派出所，谢谢了哈！", "晓得的联系我嘛，要得！", "拜托各位了！", "有消息给我打电话嘛。",
               "找到了请你吃火锅！", "急得很，莫得它啥子都搞不成。", ""]
VERB_LOCAL = ["搞掉了", "弄丢了", "搞忘在那儿了", "掉了", "遭偷了"]
def lose_clause(R, item):
    v = R.choice(VERB_LOCAL)
    return (item + v) if v == "遭偷了" else ("把" + item + v)


HOME = ["北京", "广州", "上海", "哈尔滨", "杭州", "西安", "长沙", "沈阳", "南京", "郑州"]


def write_lost(R, o, voice, key, truth):
    f = owner_facts(R, o, voice)
    pf = FILL[voice]
    rec = {"key": key, "category": o["cat"]}
    inbody = set()
    fields = {}
    for k in ("color", "brand", "model", "serial"):
        if k not in f:
            continue
        if R.random() < pf:
            fields[k] = f[k]
            if R.random() < 0.45:
                inbody.add(k)
        else:
            inbody.add(k)
    for k in ("vis", "semi", "cont", "amount", "name", "engrave", "hid", "case", "serial2"):
        if k in f and f[k]:
            inbody.add(k)
    marks_parts = []
    if R.random() < pf:
        # the officer (or the owner) also fills "marks"
        marks_parts = [m[1] for m in f["vis"]] + [m[0] for m in f["cont"]]
        if o["engrave"] and "engrave" in f:
            marks_parts.append("刻字“%s”" % f["engrave"])
        if marks_parts and R.random() < 0.5:
            inbody.discard("vis")
            inbody.discard("cont")
    place = pname(R, o["place"])
    route = None
    if R.random() < 0.15:
        others = sorted(p for p in W.PLACES if p != o["place"] and pgroup(p) != pgroup(o["place"]))
        route = R.choice(others)
    where = ("在" + place) if not route else R.choice(["从%s到%s这一路上", "在%s或者%s"]) % tuple(
        R.sample([place, pname(R, route)], 2))
    grp = pgroup(o["place"])
    act = R.choice(W.ACT[grp]) if not route else ""
    tw = window_cn(R, o["lf"], o["lt"], vague=(voice == "elderly"))
    item = item_own(R, o, f, inbody)
    det = detail_own(R, o, f, inbody)
    dets = "，".join(d for d in det if d)
    dets = (dets + "。") if dets else ""
    moving = o["cat"] in ("ebike", "bicycle")
    if voice == "foreign":
        body = write_lost_en(R, o, f, inbody, route)
    elif voice == "hurried":
        bits = [R.choice([place, place[:4], place]), "丢了" + item]
        if "serial" in inbody:
            bits.append(ser_owner(R, f["serial"]))
        if "amount" in inbody:
            bits.append(amount_own(R, f["amount"]))
        bits.append(R.choice(["急", "急！！", "", "捡到的联系"]))
        body = typo(R, " ".join(b for b in bits if b), R.choice([1, 1, 2]))
    elif voice == "elderly":
        p = o["person"] if o["person"] and o["person"]["age"] > 55 else None
        title = (p["name"][0] if p else R.choice(W.SURN)) + R.choice(["婆婆", "大爷", "孃孃"])
        body = "（老人口述，民警代录）%s说%s去%s%s，回来就发现%s不见了。%s老人记不太清具体时间和地方。" % (
            title, tw, where[1:] if where.startswith("在") else where, act, item, dets)
    elif voice == "tourist":
        body = "您好，我是从%s来旅游的，%s%s%s的时候把%s弄丢了。%s%s" % (
            R.choice(HOME), tw, where, act, item, dets,
            R.choice(["过两天就要回去了，麻烦帮忙留意一下，谢谢！", "如有人拾到请联系我，非常感谢。", "谢谢警官。"]))
    elif voice == "porter":
        body = "我是在%s这一片担货的棒棒，%s帮人挑货爬梯坎，%s掉了，%s莫得办法，只有来登记一下。" % (
            place, tw, item, dets)
    elif voice == "rider":
        body = "送外卖的，%s%s送单，%s%s。%s捡到的大哥大姐帮个忙，急用。" % (
            tw, where, item, R.choice(["搞丢了", "遭偷了", "不见了"]), dets)
    elif voice == "student":
        body = "放暑假来%s耍，%s%s%s，%s搞丢了。%s%s" % (
            R.choice(["雾江", "鹭山", "这边"]), tw, where, act, item, dets,
            R.choice(["有人捡到的话麻烦联系我。", "谢谢！", "好着急。"]))
    else:
        if R.random() < 0.3:
            who = R.choice(["我老汉儿", "我家娃儿", "我妈"])
            body = "%s帮%s登记，%s%s%s，%s。%s%s" % (R.choice(OPEN_LOCAL), who, tw, where, act,
                                                lose_clause(R, item), dets, R.choice(CLOSE_LOCAL))
        else:
            body = "%s%s%s%s，%s。%s%s" % (R.choice(OPEN_LOCAL), tw, where, act, lose_clause(R, item),
                                        dets, R.choice(CLOSE_LOCAL))
        if R.random() < 0.3:
            body = typo(R, body)
    if moving and voice not in ("foreign", "hurried"):
        body = "%s把%s停在%s路边，回来就莫得了，遭偷了。%s%s" % (
            tw, item, place, dets, R.choice(["车是上班要用的，麻烦帮忙找一下。", "晓得的联系我。", ""]))
        if voice == "elderly":
            body = "（老人口述，民警代录）" + body
    rec["body"] = body[:600]
    if "color" in fields:
        rec["color"] = cw(R, fields["color"]) if voice != "foreign" else R.choice(
            [W.COLOR_EN[fields["color"]], cw(R, fields["color"])])
    if "brand" in fields:
        rec["brand"] = bw(R, fields["brand"], o["cat"])
    if "model" in fields:
        rec["model"] = mw(R, fields["model"])
    if "serial" in fields:
        rec["serial"] = ser_owner(R, fields["serial"])
    if marks_parts:
        rec["marks"] = "；".join(marks_parts)[:500]
    if R.random() < pf + 0.15:
        rec["address"] = (W.CITY + W.DISTRICT if R.random() < 0.2 and not place.startswith(W.CITY) else "") + (
            place if not route else place + "附近")
        rec["address"] = rec["address"][:60]
    if R.random() < 0.35:
        la, lo = pll(o["place"])
        if route:
            la2, lo2 = pll(route)
            la, lo = (la + la2) / 2, (lo + lo2) / 2
        rec["lat"] = round(la + R.uniform(-0.0006, 0.0006), 6)
        rec["lon"] = round(lo + R.uniform(-0.0006, 0.0006), 6)
    rec["lost_from_min"] = o["lf"]
    rec["lost_to_min"] = o["lt"]
    rec["truth"] = truth
    said = stated(rec, o)
    return rec, said


def write_lost_en(R, o, f, inbody, route):
    col = W.COLOR_EN[f["color"]] + " " if "color" in inbody and W.COLOR_EN[f["color"]] not in o["n_en"] else ""
    br = W.BRAND_EN.get(f.get("brand"), f.get("brand") or "") + " " if "brand" in inbody else ""
    md = f["model"] + " " if "model" in inbody else ""
    s = "Hi, I lost my %s%s%s%s %s near %s." % (col, br, md, o["n_en"], when_en(R, (o["lf"] + o["lt"]) // 2),
                                             pen(o["place"]))
    if route:
        s += " It could also have been at %s, I walked between the two." % pen(route)
    extra = []
    if "name" in inbody:
        extra.append("The name on it is %s." % f["name"])
    if "amount" in inbody:
        extra.append("There was about %d yuan in cash." % f["amount"])
    if "serial" in inbody:
        extra.append("Number: %s." % ser_owner(R, f["serial"]))
    if "vis" in inbody and f["vis"]:
        extra.append("The officer wrote the marks down in Chinese for me: %s." % "，".join(m[1] for m in f["vis"]))
    s += " " + " ".join(extra + [R.choice(["Please contact me at my hostel, thank you!", "Thanks a lot.",
                                                 "I fly home in three days, please help."])])
    return s.strip()


# ---------------------------------------------------------------- finder


def finder_facts(R, o, force=()):
    f = {}
    if o["color"] and R.random() < 0.85:
        f["color"] = o["color"]
    if o["brand"] and R.random() < 0.7:
        f["brand"] = o["brand"]
    if o["model"] and "brand" in f and R.random() < 0.35:
        f["model"] = o["model"]
    if o["serial"] and R.random() < SEE_F[o["serial"][0]]:
        f["serial"] = o["serial"]
    if o["serial2"] and R.random() < 0.35:
        f["serial2"] = o["serial2"]
    f["vis"] = [m for m in o["vis"] if m[2] and R.random() < 0.7]
    f["semi"] = [m for m in o["semi"] if R.random() < 0.3]
    f["cont"] = [m for m in o["cont"] if R.random() < 0.85]
    if o["person"] and R.random() < (0.95 if o["kind"] in ("idcard", "student", "driver", "social", "holder",
                                                          "passport", "watch", "records") else 0.6):
        f["name"] = o["person"]["name"]
    if o["amount"] and R.random() < 0.9:
        f["amount"] = o["amount"]
    if o["engrave"] and R.random() < 0.6:
        f["engrave"] = o["engrave"]
    for k in force:
        if k == "vis":
            if not f["vis"] and o["vis"]:
                f["vis"] = [o["vis"][0]]
        elif k == "color" and o["color"]:
            f["color"] = o["color"]
        elif k == "brand" and o["brand"]:
            f["brand"] = o["brand"]
        elif k == "model" and o["model"]:
            f["brand"] = o["brand"]
            f["model"] = o["model"]
        elif k == "serial" and o["serial"]:
            f["serial"] = o["serial"]
        elif k == "name" and o["person"]:
            f["name"] = o["person"]["name"]
        elif k == "amount" and o["amount"]:
            f["amount"] = o["amount"]
    return f


def item_fnd(R, o, f, inbody):
    col = cw(R, f["color"]) if "color" in inbody else ""
    br = bw(R, f["brand"], o["fcat"]) if "brand" in inbody else ""
    md = (" " if br and br.isascii() else "") + mw(R, f["model"]) if "model" in inbody else ""
    return col + br + md + R.choice(o["n_fnd"])


def detail_fnd(R, o, f, inbody, formal):
    parts = []
    if "vis" in inbody:
        parts += [m[2] for m in f["vis"]]
    if "semi" in inbody:
        parts += [m[1] for m in f["semi"]]
    cont = [m for m in f["cont"] if not ("name" in inbody and "身份证" in m[1])]
    if "cont" in inbody and cont:
        parts.append("内有" + "、".join(m[1] for m in cont))
    if "amount" in inbody:
        parts.append(("内有现金%d元" if o["cat"] != "cash" else "现金共计%d元") % f["amount"])
    if "name" in inbody:
        n = f["name"]
        if formal and not n.isascii() and R.random() < 0.5:
            n = O.mask_name(n)
        if o["kind"] == "records":
            parts.append("病历姓名" + n)
        elif o["kind"] == "watch":
            pass
        elif o["kind"] in ("idcard", "student", "driver", "social", "holder", "passport"):
            parts.append("姓名" + n)
        else:
            parts.append("内有%s的身份证" % n)
    if "engrave" in inbody:
        parts.append("内侧刻有“%s”" % f["engrave"])
    if "school" in o and "name" in inbody:
        parts.append(o["school"])
    if "serial" in inbody:
        parts.append(SER_CN[f["serial"][0]] + R.choice(["：", "", " "]) + ser_finder(R, f["serial"]))
    if "serial2" in inbody:
        parts.append("车架号" + ser_finder(R, f["serial2"]))
    if o["kind"] == "toy":
        parts.append(o["toy"])
    return parts


HANDED = ["已交我所。", "现交派出所保管。", "请失主带有效证明认领。", "", "交到阳光坐席。"]


def write_found(R, o, key, found_at, fplace, force=(), negative=None, fvoice=None):
    f = finder_facts(R, o, force)
    grp = pgroup(fplace)
    voice = fvoice or R.choice(["staff", "staff", "formal", "formal", "fdial", "fhurried"] +
                               (["fen"] if grp in ("gyt", "sd", "lsd", "qly", "lyw") else []))
    pf = FILL[voice]
    rec = {"key": key, "category": o["fcat"]}
    inbody = set()
    fields = {}
    for k in ("color", "brand", "model", "serial"):
        if k not in f:
            continue
        if R.random() < pf:
            fields[k] = f[k]
            if R.random() < 0.5 or k in force:
                inbody.add(k)
        else:
            inbody.add(k)
    for k in ("vis", "semi", "cont", "amount", "name", "engrave", "serial2"):
        if k in f and f[k]:
            inbody.add(k)
    marks_parts = []
    if R.random() < pf:
        marks_parts = [m[2] for m in f["vis"]] + [m[1] for m in f["cont"]]
        if "engrave" in f:
            marks_parts.append("刻字“%s”" % f["engrave"])
    place = pname(R, fplace)
    spot = R.choice((W.PLACES.get(fplace) or W.FAR[fplace])[5])
    if o["cat"] in ("ebike", "bicycle"):
        spot = R.choice(["路边", "非机动车停车棚", "人行道上", "绿化带旁边", "坡道下面"])
    role = R.choice(W.FINDERS[grp])
    tw = when_cn(R, found_at)
    item = item_fnd(R, o, f, inbody)
    det = [d for d in detail_fnd(R, o, f, inbody, voice == "formal") if d]
    dets = ("，".join(det) + "。") if det else ""
    if voice == "fen":
        col = W.COLOR_EN[f["color"]] + " " if "color" in inbody and W.COLOR_EN[f["color"]] not in o["n_en"] else ""
        br = W.BRAND_EN.get(f.get("brand"), "") + " " if "brand" in inbody else ""
        body = "Found a %s%s%s at %s %s and gave it to the staff. (民警补录：%s%s)" % (
            col, br, o["n_en"], pen(fplace), when_en(R, found_at), item, ("，" + dets) if dets else "。")
    elif voice == "formal":
        body = "拾得物品：%s。拾得地点：%s%s。拾得时间：%s。%s拾得人：%s。%s" % (
            item, place, spot, tw, ("特征：" + dets) if dets else "", role, R.choice(HANDED))
    elif voice == "fdial":
        body = "%s%s在%s捡到个%s，%s等了好一阵都莫得人回来找，%s" % (
            ("" if role.startswith(("一个", "排队", "同住")) else R.choice(["我们", "我是", ""])) + role, tw, place + spot, item, dets,
            R.choice(["就交过来了。", "送到派出所来了。", "失主快点来认领哈。"]))
    elif voice == "fhurried":
        bits = [place, spot if R.random() < 0.5 else "", "捡到" + item]
        if "serial" in inbody:
            bits.append(ser_finder(R, f["serial"]))
        if "amount" in inbody:
            bits.append("%d元" % f["amount"])
        if "name" in inbody and o["person"]:
            bits.append(O.mask_name(f["name"]) if not f["name"].isascii() else f["name"])
        body = typo(R, " ".join(b for b in bits if b))
    else:
        body = "%s%s在%s%s捡到%s，%s%s" % (role, tw, place, spot, item, dets, R.choice(HANDED))
    if o["cat"] in ("ebike", "bicycle") and voice in ("staff", "formal"):
        body = "巡逻发现%s%s停放一辆无人认领的%s，%s%s" % (place, spot, item, dets,
                                               R.choice(["已拖回所里。", "疑似被盗后丢弃，已暂扣。", ""]))
    rec["body"] = body[:600]
    if "color" in fields:
        rec["color"] = cw(R, fields["color"])
    if "brand" in fields:
        rec["brand"] = bw(R, fields["brand"], o["fcat"])
    if "model" in fields:
        rec["model"] = mw(R, fields["model"])
    if "serial" in fields:
        rec["serial"] = ser_finder(R, fields["serial"])
    if marks_parts:
        rec["marks"] = "；".join(marks_parts)[:500]
    if R.random() < pf + 0.2:
        rec["address"] = (place + spot)[:60]
    if R.random() < 0.5:
        la, lo = pll(fplace)
        rec["lat"] = round(la + R.uniform(-0.0003, 0.0003), 6)
        rec["lon"] = round(lo + R.uniform(-0.0003, 0.0003), 6)
    rec["found_at_min"] = found_at
    if negative:
        rec["negative"] = negative
    return rec, stated(rec, o)
