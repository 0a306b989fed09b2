"""Set 87: how one side (owner or finder) words one attribute of an object.
say() returns (surface text, stated value); the stated value is what the judge compares."""
from set87_feats import FEATS
from set87_kinds import KINDS
from set87_words import COLORS, color_words, pick_brand

CN_AMT = {300: "三百来块", 500: "五百块左右", 600: "五六百块", 1000: "一千块左右", 2000: "两千块左右"}


def _norm(s):
    return "".join(c for c in s.upper() if c.isalnum() or c == "*")


def _spaced_imei(v):
    return "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14])


def say_serial(rng, o, side):
    v, t = o["serial"], KINDS[o["kind"]]["serial"]
    r = rng.random()
    if t == "imei":
        if side == "found":
            s = rng.choice(["民警拨*#06#查得IMEI：%s" % v, "IMEI %s（拨*#06#查得）" % _spaced_imei(v),
                            "经查串号%s" % v])
            return s, "full:" + v
        if r < 0.35:
            return "IMEI %s" % _spaced_imei(v), "full:" + v
        if r < 0.65:
            return rng.choice(["IMEI号%s", "串号%s", "IMEI:%s"]) % v, "full:" + v
        return "IMEI后六位%s" % v[-6:], "tail:" + v[-6:]
    if t == "idno":
        mask = v[:6] + "*" * 8 + v[-4:]
        if side == "found":
            if r < 0.5:
                return "证号%s" % mask, "mask:" + mask
            if r < 0.7:
                m2 = v[:3] + "*" * 11 + v[-4:]
                return "号码%s" % m2, "mask:" + m2
            return "证号%s" % v, "full:" + v
        if r < 0.6:
            lab = "驾驶证号" if o["kind"] == "driver_lic" else "身份证号"
            return lab + v, "full:" + v
        if r < 0.8:
            return "号码%s" % mask, "mask:" + mask
        return ("证号后四位%s" if o["kind"] == "driver_lic" else "身份证后四位%s") % v[-4:], "tail:" + v[-4:]
    if t in ("passport", "fpassport"):
        if side == "found" or r < 0.6:
            w = rng.choice(["护照号%s", "护照号码%s", "No.%s"]) if side == "found" else \
                rng.choice(["护照号%s", "passport no. %s", "号码%s"])
            return w % v, "full:" + v
        return rng.choice(["护照尾号%s", "number ends with %s"]) % v[-4:], "tail:" + v[-4:]
    if t == "staffno":
        w = v if r < 0.6 else v.replace("-", "")
        return "工号%s" % w, "full:" + _norm(v)
    if t == "card":
        b = o["bank"]
        if side == "found":
            if r < 0.5:
                return "%s卡一张，卡号%s **** **** %s" % (b, v[:4], v[-4:]), "tail:" + v[-4:]
            return "尾号%s的%s卡" % (v[-4:], b), "tail:" + v[-4:]
        if r < 0.4:
            return "%s卡尾号%s" % (b, v[-4:]), "tail:" + v[-4:]
        if r < 0.7:
            return "银行卡%s****%s" % (v[:4], v[-4:]), "tail:" + v[-4:]
        return "卡号后四位%s" % v[-4:], "tail:" + v[-4:]
    if t in ("frame", "bframe"):
        lab = "车架号" if t == "frame" else "钢印号"
        if side == "lost" and r < 0.4:
            return "%s后五位%s" % (lab, v[-5:]), "tail:" + v[-5:]
        return "%s%s" % (lab, v), "full:" + v
    if t == "sn":
        w = rng.choice(["SN:%s", "序列号%s", "S/N %s"])
        if side == "lost" and r < 0.3:
            return "序列号后四位%s" % v[-4:], "tail:" + v[-4:]
        return w % v, "full:" + v
    raise ValueError(t)


def say_plate(rng, o, side):
    p = o["plate"]
    if side == "found":
        s = rng.choice(["号牌%s" % p, "车牌%s·%s" % (p[:3], p[3:]), "牌照%s" % p])
    else:
        s = rng.choice(["车牌%s" % p, "牌照%s" % p[2:], "车牌号%s" % p[3:]])
    return s, "tail:" + p[3:]


def say_cash(rng, o, side, voice, strict=False):
    c = o["cash"]
    if side == "found":
        return rng.choice(["现金共计人民币%d元", "现金%d元", "现金（经清点）%d元"]) % c, c
    if strict or rng.random() < 0.45 or c < 150:
        return rng.choice(["%d元", "一共%d块", "现金%d元"]) % c, c
    r = int(round(c / 100.0) * 100)
    if r in CN_AMT and rng.random() < 0.5:
        return CN_AMT[r], r
    return rng.choice(["大概%d元", "%d块左右", "差不多%d"]) % r, r


def say_name(rng, o, side):
    p = o["name"]
    if " " in p["cn"]:  # foreign name
        return p["cn"], p["cn"]
    if side == "found":
        if o["kind"] in ("passport",) and rng.random() < 0.5:
            return "%s（%s）" % (p["cn"], p["py"]), p["cn"]
        if o["kind"] in ("suitcase", "backpack") and rng.random() < 0.5:
            return p["py"], p["cn"]
        return p["cn"], p["cn"]
    return p["cn"], p["cn"]


def say_feat(rng, o, g, side, voice):
    val = o["feats"][g]
    d = FEATS[g]["vals"][val]
    if voice == "foreigner" and side == "lost" and d["en"] and rng.random() < 0.7:
        return d["en"], val
    return rng.choice(d["own"] if side == "lost" else d["fnd"]), val


def say(rng, o, attr, side, voice, hurried=False, strict=False):
    if attr == "color":
        if voice == "foreigner" and side == "lost" and rng.random() < 0.6:
            return COLORS[o["color"]][3], COLORS[o["color"]][0]
        ws = color_words(o["color"], side)
        if strict:
            ws = [w for w in ws if w[1] == COLORS[o["color"]][0]]
        return rng.choice(ws)
    if attr == "brand":
        return pick_brand(rng, o["brand"], voice if side == "lost" else "desk", hurried, o["kind"]), o["brand"]
    if attr == "model":
        m = o["model"]
        if rng.random() < 0.2 and " " in m:
            m = m.replace(" ", "")
        elif rng.random() < 0.15:
            m = m.lower()
        return m, _norm(o["model"])
    if attr == "serial":
        return say_serial(rng, o, side)
    if attr == "plate":
        return say_plate(rng, o, side)
    if attr == "cash":
        return say_cash(rng, o, side, voice, strict)
    if attr == "name":
        return say_name(rng, o, side)
    if attr.startswith("f:"):
        return say_feat(rng, o, attr[2:], side, voice)
    raise ValueError(attr)


def available(o, side):
    """Attributes this side could state about the object (finder: what is visible)."""
    K = KINDS[o["kind"]]
    out = []
    if o["color"]:
        out.append("color")
    if o["brand"]:
        out.append("brand")
    if o["model"] and (side == "lost" or K["mvis"] > 0):
        out.append("model")
    if o["serial"]:
        out.append("serial")
    if o["plate"]:
        out.append("plate")
    if o["name"]:
        out.append("name")
    if o["cash"]:
        out.append("cash")
    out.extend("f:" + g for g in sorted(o["feats"]))
    return out
