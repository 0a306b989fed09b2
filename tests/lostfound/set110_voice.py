# -*- coding: utf-8 -*-
"""set110 voices: turn a hidden object into one owner's lost report or one finder's registration.
Each side only says what that person could know; each writer has a voice of their own."""

from set110_world import (PLACES, PLACE_EN, COLORS, CLOSE_COLORS, NOW, when_zh, when_en, hm, day_of,
                          part_zh, clock_zh, slip, mask_name)
from set110_things import BRANDS, wpick

INSTITUTION = ("metro", "mall", "property", "hospital", "stadium", "patrol", "locker")


def pv(rng, f):
    return rng.choice(f["zh"])


# ---------------------------------------------------------------- words for the object
def color_word(o, rng, side, en=False):
    c = o["color"]
    if c is None:
        return ""
    if side == "f" and c in CLOSE_COLORS and rng.random() < 0.07:
        c = rng.choice(CLOSE_COLORS[c])          # finder sees it differently under the lights
    if en:
        return COLORS[c][1]
    if side == "f" and c in ("黑", "蓝", "灰") and rng.random() < 0.15:
        return "深色"
    return rng.choice(COLORS[c][0])


def brand_word(o, rng, en=False):
    b = o["brand"]
    if not b:
        return ""
    if en:
        return BRANDS[b][1] if rng.random() < 0.7 else BRANDS[b][0][0]
    forms = BRANDS[b][0]
    if b == "苹果" and o["cat"] != "phone":
        forms = ["苹果", "Apple", "apple"]
    return rng.choice(forms)


def model_word(o, rng):
    m = o["model"]
    if not m:
        return ""
    r = rng.random()
    if r < 0.45:
        return m
    if r < 0.65:
        return m.replace(" ", "")
    if r < 0.8:
        return m.lower().replace(" ", "")
    if m.startswith("iPhone "):
        return "苹果" + m[7:].replace(" Pro Max", "promax").replace(" Pro", "pro")
    if m.startswith("Mate "):
        return "mate" + m[5:].replace(" Pro", "pro")
    return m


def noun(o, rng, side, en=False):
    if en:
        return o["noun_en"]
    return rng.choice(o["noun_o"] if side == "o" else o["noun_f"])


def what_zh(o, rng, side, use_brand=True, use_model=True, use_color=True):
    c = color_word(o, rng, side) if use_color else ""
    b = brand_word(o, rng) if use_brand else ""
    m = model_word(o, rng) if use_model else ""
    n = noun(o, rng, side)
    if side == "f" and n.endswith(("一部", "一个", "一张", "一本", "一串", "一辆", "一只", "一把", "一副", "一条", "一块",
                                  "一枚", "一根", "一台", "一件", "一袋", "一沓", "一对", "一一")):
        core, qty = n[:-2], n[-2:]
    else:
        core, qty = n, ""
    r = rng.random()
    if r < 0.45:
        return "%s%s%s%s" % (c, b, m, core) + qty
    if r < 0.75:
        return "%s%s%s%s" % (b, m, core, qty) + ("，%s的" % c.rstrip("的") if c else "")
    return core + ("(%s)" % "、".join(x for x in (c, b, m) if x) if (c or b or m) else "") + qty


def what_en(o, rng):
    c = color_word(o, rng, "o", en=True)
    b = brand_word(o, rng, en=True)
    m = o["model"] or ""
    parts = [x for x in ("a" if not c else "a " + c, b, m if rng.random() < 0.7 else "", noun(o, rng, "o", en=True)) if x]
    return " ".join(parts)


def place_word(key, rng, spot=True):
    names, _, _, spots, _ = PLACES[key]
    s = rng.choice(names)
    if spot and rng.random() < 0.55:
        sp = rng.choice(spots)
        if s.endswith("大堂") and sp.startswith("大堂"):
            sp = sp[2:]
        s += sp
    return s


# ---------------------------------------------------------------- serials
def imei_forms(v):
    return {"plain": v, "sp2661": "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14]),
            "sp4": "%s %s %s %s" % (v[:4], v[4:8], v[8:12], v[12:]), "dash": "%s-%s-%s-%s" % (v[:2], v[2:8], v[8:14], v[14])}


def mask_id(v, rng):
    r = rng.random()
    if r < 0.5:
        return v[:6] + "********" + v[14:]
    if r < 0.8:
        return v[:4] + "**********" + v[14:]
    return v[:3] + "*" * 11 + v[14:]


def serial_owner(o, rng, en=False):
    """(phrase for the body, value for the serial field) or (None, None)"""
    s = o["serial"]
    if not s:
        return None, None
    k, v = s["kind"], s["value"]
    if k == "imei":
        if rng.random() > 0.42:
            return None, None
        f = imei_forms(v)
        r = rng.random()
        if r < 0.3:
            x = f["plain"]
        elif r < 0.55:
            x = f["sp2661"]
        elif r < 0.7:
            x = f["sp4"]
        elif r < 0.8:
            x = f["dash"]
        elif r < 0.9:
            return ("IMEI last 6: %s" % v[-6:] if en else "串号后六位%s" % v[-6:]), v[-6:]
        else:
            return ("IMEI ends %s" % v[-4:] if en else "IMEI尾号%s" % v[-4:]), "尾号" + v[-4:]
        return ("IMEI %s" % x if en else rng.choice(["IMEI:%s", "串号%s", "IMEI号 %s", "手机串号：%s"]) % x), x
    if k == "idno":
        if rng.random() > 0.7:
            return None, None
        r = rng.random()
        if r < 0.45:
            return ("ID no. %s" % v if en else rng.choice(["身份证号%s", "证件号码：%s", "号码%s"]) % v), v
        if r < 0.75:
            m = mask_id(v, rng)
            return ("号码%s" % m), m
        return ("身份证后四位%s" % v[-4:] if rng.random() < .5 else "尾号%s" % v[-4:]), v[-4:]
    if k == "badge":
        if rng.random() > 0.8:
            return None, None
        num = v
        dig = v[2:]
        x = rng.choice([num, dig, num[:2] + "-" + dig, num.lower()])
        return ("staff no. %s" % x if en else rng.choice(["工号%s", "工号 %s", "员工编号%s"]) % x), x
    if k == "passport":
        if rng.random() > 0.85:
            return None, None
        return ("passport no. %s" % v if en else "护照号%s" % v), v
    if k == "student":
        if rng.random() > 0.7:
            return None, None
        return "学号%s" % v, v
    if k == "bank":
        return None, None          # told through the card features
    if k == "plate":
        out = []
        val = None
        if rng.random() < 0.7:
            p = v
            x = rng.choice([p, p[:2] + "·" + p[2:], p[:2] + " " + p[2:], p[0] + p[1].lower() + p[2:]])
            out.append(("plate %s" if en else "车牌%s") % x)
            val = x
        if rng.random() < 0.35:
            fr = s["frame"]
            x = rng.choice([fr, fr[:3] + " " + fr[3:], fr.lower()])
            out.append(("frame no. %s" if en else "车架号%s") % x)
            val = val or x
        return ("，".join(out) or None), val
    if k == "frame":
        if rng.random() > 0.35:
            return None, None
        x = rng.choice([v, v[:3] + "-" + v[3:], v[:3] + " " + v[3:], v.lower()])
        return ("frame number %s" if en else "车架号%s") % x, x
    if k == "sn":
        if rng.random() > (0.25 if s.get("quiet") else 0.38):
            return None, None
        x = rng.choice([v, v.lower(), v[:4] + " " + v[4:]])
        return ("serial %s" % x if en else rng.choice(["SN:%s", "序列号%s", "S/N %s"]) % x), x
    if k == "watch":
        if rng.random() > 0.15:
            return None, None
        return "表背编号%s" % v, v
    if k == "track":
        if rng.random() > 0.8:
            return None, None
        x = rng.choice([v, v[:2] + " " + v[2:]])
        return "运单号%s" % x, x
    if k == "name":
        return "病人姓名%s" % v, None
    return None, None


def serial_finder(o, rng, opened, en=False):
    s = o["serial"]
    if not s:
        return None, None
    k, v = s["kind"], s["value"]
    if k == "imei":
        if rng.random() > 0.15:
            return None, None
        x = rng.choice([v, imei_forms(v)["sp2661"], imei_forms(v)["sp4"]])
        return ("IMEI (via *#06#): %s" % x if en else "紧急拨号界面*#06#查得IMEI：%s" % x), x
    if k == "idno":
        nm = s["name"]
        r = rng.random()
        name_part = ""
        if rng.random() < 0.6:
            name_part = "姓名%s，" % (nm if rng.random() < 0.6 else mask_name(nm))
        if r < 0.35:
            return name_part + "证号%s" % v, v
        if r < 0.75:
            m = mask_id(v, rng)
            return name_part + "证号%s" % m, m
        return (name_part.rstrip("，") or None), None
    if k == "badge":
        out = []
        val = None
        if rng.random() < 0.8:
            out.append("%s" % s["company"])
        if rng.random() < 0.6:
            out.append("姓名%s" % (s["name"] if rng.random() < 0.7 else mask_name(s["name"])))
        if rng.random() < 0.7:
            val = rng.choice([v, v[:2] + "-" + v[2:]])
            out.append("编号%s" % val)
        return ("，".join(out) or None), val
    if k == "passport":
        out = []
        val = None
        if rng.random() < 0.8:
            out.append("国籍%s" % s["country"][0])
        if rng.random() < 0.7:
            out.append("持照人%s" % s["name"].upper())
        if rng.random() < 0.6:
            val = v if rng.random() < 0.7 else "尾号" + v[-4:]
            out.append("护照号%s" % val)
        return ("，".join(out) or None), val
    if k == "student":
        out = ["%s" % s["school"]]
        val = None
        if rng.random() < 0.6:
            out.append("姓名%s" % s["name"])
        if rng.random() < 0.6:
            val = v
            out.append("学号%s" % v)
        return "，".join(out), val
    if k == "bank":
        return None, None
    if k == "plate":
        out = []
        val = None
        if rng.random() < 0.85:
            val = rng.choice([v, v[:2] + "·" + v[2:], v[:2] + "-" + v[2:]])
            out.append("车牌号%s" % val)
        if rng.random() < 0.3:
            out.append("车架号%s" % s["frame"])
            val = val or s["frame"]
        return ("，".join(out) or None), val
    if k == "frame":
        if rng.random() > 0.35:
            return None, None
        return "车架号%s" % v, v
    if k == "sn":
        p = 0.35 if o["sub"] == "laptop" else 0.15
        if s.get("quiet"):
            p = 0.25 if opened else 0.0
        if rng.random() > p:
            return None, None
        return (rng.choice(["底部标签SN:%s", "序列号%s", "S/N:%s"]) % v), v
    if k == "watch":
        if rng.random() > 0.2:
            return None, None
        return "表背刻有编号%s" % v, v
    if k == "track":
        if rng.random() > 0.85:
            return None, None
        return "面单运单号%s，收件人%s，电话尾号%s" % (v, mask_name(s["name"]), s["tail"]), v
    if k == "name":
        if rng.random() > 0.8:
            return None, None
        return "袋上写着姓名%s" % v, None
    return None, None


def owner_name_phrase(o, rng, en=False):
    s = o["serial"]
    if not s or not s.get("name"):
        return None
    if s["kind"] in ("idno", "badge", "student", "bank"):
        return ("name on it: %s" % s["name"]) if en else rng.choice(["名字是%s", "本人%s", "姓名%s", "上面名字%s"]) % s["name"]
    if s["kind"] == "passport":
        return "Name: %s" % s["name"] if en else "名字%s" % s["name"]
    return None


# ---------------------------------------------------------------- features as said
def approx_amount(a):
    if a >= 1000:
        th = a // 1000
        return rng_free_choice(a, ["%d千多" % th if a % 1000 else "%d千" % th, "大概%d" % (round(a, -2)), "%d左右" % (round(a, -2))])
    return "%d块左右" % (round(a, -1))


def rng_free_choice(a, opts):
    return opts[a % len(opts)]


def feat_owner(f, rng, en=False):
    sl = f["slot"]
    if sl == "bank":
        if en:
            return f["en"]
        return rng.choice(f["zh"]) if rng.random() < 0.7 else "%s卡" % f["bank"][1]
    if sl in ("cash", "amount"):
        a = f["amount"]
        unit = f.get("unit", "元")
        if en:
            return "%d %s" % (a, "USD" if unit == "美元" else "RMB")
        if rng.random() < 0.6:
            return ("现金%d%s" if sl == "cash" else "一共%d%s") % (a, unit)
        return "大概有%s%s" % (approx_amount(a), "美金" if unit == "美元" else "块钱")
    if sl == "idcard":
        return "my ID card" if en else rng.choice(["我的身份证", "身份证也在里面", "身份证"])
    if sl == "count":
        n = f["n"]
        if en:
            return "%d keys" % n
        return rng.choice(["%d把钥匙" % n, "大概%d、%d把" % (n, n + 1), "一共%d把" % n])
    if sl == "laptop":
        if en:
            return f["en"]
        return rng.choice(["里面有台%s笔记本" % f["lb"], "装着我的%s电脑(%s)" % (f["lb"], f["lm"]), "有笔记本电脑"])
    return f["en"] if en else pv(rng, f)


def feat_finder(f, rng, en=False):
    sl = f["slot"]
    if sl == "bank":
        b, tail = f["bank"], f["tail"]
        if en:
            return "bank card ****%s" % tail
        return rng.choice(["%s卡一张(%s****%s)" % (b[0], b[2], tail), "%s银行卡 卡号%s **** **** %s" % (b[1], b[2], tail),
                           "%s卡尾号%s" % (b[0], tail), "银行卡一张(%s)" % b[0]])
    if sl in ("cash", "amount"):
        a = f["amount"]
        unit = f.get("unit", "元")
        if en:
            return "%d %s in cash" % (a, unit)
        r = rng.random()
        if r < 0.7:
            return ("现金%d%s" if sl == "cash" else rng.choice(["经清点共%d%s", "共计%d%s", "内有现金%d%s"])) % (a, unit)
        return rng.choice(["现金若干", "少量现金", "内有现金(未清点)"])
    if sl == "idcard":
        nm, idn = f["name"], f["idn"]
        if en:
            return "an ID card (%s)" % nm
        r = rng.random()
        if r < 0.4:
            return "身份证一张(姓名%s，%s)" % (nm, mask_id(idn, rng))
        if r < 0.7:
            return "身份证一张(%s)" % mask_name(nm)
        return "身份证一张，号码%s" % idn
    if sl == "count":
        return "%d keys" % f["n"] if en else "共%d把" % f["n"]
    if sl == "laptop":
        if en:
            return f["en"]
        return rng.choice(["内有笔记本电脑一台(%s)" % f["lb"], "有一台%s电脑" % f["lm"], "内有笔记本电脑一台"])
    return f["en"] if en else pv(rng, f)


def pick_feats(o, rng, side, opened, kmin, kmax, force=(), forbid=()):
    if side == "o":
        pool = [f for f in o["feats"] if f["vis"] != "fnd"]
    else:
        pool = [f for f in o["feats"] if f["vis"] in ("out", "fnd") or (f["vis"] == "in" and opened)]
    pool = [f for f in pool if f["slot"] not in forbid]
    must = [f for f in pool if f["slot"] in force]
    rest = [f for f in pool if f["slot"] not in force]
    rng.shuffle(rest)
    k = rng.randint(kmin, kmax)
    return must + rest[:max(0, k - len(must))]


# ---------------------------------------------------------------- time words
def window_zh(lf, lt, rng, sh=False):
    span = lt - lf
    if span <= 150:
        if rng.random() < 0.5:
            mid = (lf + lt) // 2
            return when_zh(mid, rng, sh=sh) + "左右"
        a = when_zh(lf, rng, style=rng.choice(["md_hm", "md_part", "rel"]), sh=sh)
        h, m = hm(lt)
        return "%s到%s之间" % (a, part_zh(h, sh) + clock_zh(h, m) if day_of(lt) == day_of(lf) else when_zh(lt, rng, sh=sh))
    if span <= 720:
        a = when_zh(lf, rng, style="md_part", sh=sh)
        b = when_zh(lt, rng, style=rng.choice(["md_part", "md_hm"]), sh=sh)
        return rng.choice(["%s至%s之间", "%s到%s", "大概%s到%s"]) % (a, b)
    return rng.choice(["6月%d日到%d日之间(具体哪天不确定)", "%d号到%d号这几天", "6月%d日至6月%d日"]) % (day_of(lf) + 1, day_of(lt) + 1)


def window_en(lf, lt, rng):
    if lt - lf <= 720:
        return when_en((lf + lt) // 2, rng)
    return "sometime between June %d and June %d" % (day_of(lf) + 1, day_of(lt) + 1)


# ---------------------------------------------------------------- fields
def fill_fields(rec, o, rng, level, side, serial_val, details, place_key, en=False, spot_ok=True):
    if level == 0:
        return
    p = {1: 0.45, 2: 0.85}[level]
    if o["color"] and rng.random() < p:
        rec["color"] = color_word(o, rng, side, en=en)
    if o["brand"] and rng.random() < p:
        rec["brand"] = brand_word(o, rng, en=en)
    if o["model"] and rng.random() < p * 0.8:
        rec["model"] = model_word(o, rng)
    if serial_val and rng.random() < p + 0.1:
        rec["serial"] = serial_val
    if details and rng.random() < p:
        sep = "; " if en else rng.choice(["，", "；", " "])
        rec["marks"] = sep.join(details)
    if rng.random() < p + 0.1:
        rec["address"] = PLACE_EN[place_key] if en else place_word(place_key, rng, spot=spot_ok)


def wrong_box(rec, rng):
    opts = []
    if "brand" in rec:
        opts.append("brand_in_model")
    if "color" in rec and "brand" not in rec:
        opts.append("color_in_brand")
    if "serial" in rec:
        opts.append("serial_in_marks")
    if "model" in rec and "serial" not in rec:
        opts.append("model_in_serial")
    if "address" in rec:
        opts.append("address_in_marks")
    if not opts:
        return
    w = rng.choice(opts)
    if w == "brand_in_model":
        rec["model"] = rec.pop("brand") + (" " + rec["model"] if "model" in rec else "")
    elif w == "color_in_brand":
        rec["brand"] = rec.pop("color")
    elif w == "serial_in_marks":
        s = rec.pop("serial")
        rec["marks"] = (rec.get("marks", "") + " 号码" + s).strip()
    elif w == "model_in_serial":
        rec["serial"] = rec.pop("model")
    elif w == "address_in_marks":
        a = rec.pop("address")
        rec["marks"] = (a + "；" + rec.get("marks", "")).strip("；")


def coords(key, rng, jitter=0.0005):
    _, la, lo, _, _ = PLACES[key]
    if la is None:
        return None
    return round(la + rng.uniform(-jitter, jitter), 6), round(lo + rng.uniform(-jitter, jitter), 6)


def clip(rec):
    for k in ("color", "brand", "model", "serial", "address"):
        if k in rec:
            rec[k] = rec[k][:60]
            if not rec[k].strip():
                del rec[k]
    if "marks" in rec:
        rec["marks"] = rec["marks"][:500]
        if not rec["marks"].strip():
            del rec["marks"]
    rec["body"] = rec["body"][:600]


# ---------------------------------------------------------------- owner voices
SH_CTX = ["去永福菜场买小菜", "到瑞川医院配药", "落雨天撑仔伞出去", "陪孙子去上学", "去弄堂口拿牛奶", "到丰溪路乘公交"]
OFFICE_CTX = ["早高峰挤地铁", "下班赶地铁", "午休出去吃饭", "开完会出来", "下大雨收伞的时候", "从汇澜中心走去地铁站的路上",
              "加班到很晚回家", "去取快递", "跟客户吃完饭"]
STUDENT_CTX = ["跟同学逛街", "赶地铁", "下雨跑着去地铁站", "去实习的路上", "背着包挤地铁"]
CONCERT_CTX = ["演唱会散场人超多", "排队进场的时候", "看完演唱会出来", "演唱会上蹦得太high"]
PARENT_CTX = ["带孩子出门", "接小孩放学", "带娃去商场", "抱着小孩换乘"]


def lost_body(o, persona, rng, where, when, details, serial_ph, name_ph, lf, lt, place_key):
    what = what_zh(o, rng, "o", use_model=rng.random() < 0.6, use_brand=rng.random() < 0.8)
    det = [d for d in details]
    if serial_ph:
        det.append(serial_ph)
    if name_ph:
        det.append(name_ph)
    rng.shuffle(det)
    dtxt = "，".join(det)
    rain = rng.random() < 0.25
    if persona == "office":
        ctx = rng.choice(OFFICE_CTX)
        r = rng.random()
        if r < 0.35:
            b = "本人于%s在%s遗失%s。%s。%s" % (when, where, what, dtxt or "无其他特征",
                                          rng.choice(["如有拾到请联系，必有酬谢。", "麻烦帮忙留意，谢谢。", "急用，谢谢！"]))
        elif r < 0.7:
            b = "%s，%s，在%s附近发现%s不见了。%s%s" % (when, ctx, where, what, dtxt + "。" if dtxt else "",
                                              rng.choice(["可能是掉在路上了", "应该是落在那边了", "不确定是不是被人拿了", ""]))
        else:
            b = "%s丢失 | 地点：%s | 时间：%s | 特征：%s" % (what, where, when, dtxt or "见上")
        if rain:
            b += rng.choice(["当时雨很大，手里拿着伞。", "那天黄梅天一直在下雨。", ""])
        if rng.random() < 0.15:
            b = b.replace("会议", "meeting").replace("不见了", "不见了，今天还有deadline")
        return b
    if persona == "rider":
        b = "%s %s %s掉了 %s %s" % (when, where, what, dtxt, rng.choice(["麻烦了", "谢谢", "急", "送单的时候掉的"]))
        b = b.replace("，", " ")
        return slip(b, rng, 1 + (rng.random() < 0.5))
    if persona == "ayi":
        intro = rng.choice(["阿拉", "我", "帮我姆妈登记：伊", "我爷叔讲伊", "阿拉屋里老头子"])
        b = "%s%s%s，%s寻不着了。%s%s" % (intro, when, rng.choice(SH_CTX), what if rng.random() < 0.6 else "一样物事（" + what + "）",
                                    dtxt + "。" if dtxt else "", rng.choice(["侬帮帮忙，谢谢侬。", "老要紧个，麻烦侬了。", "寻到了打只电话拨阿拉。", ""]))
        if rain:
            b += "那天落雨，路浪滑。"
        return slip(b, rng) if rng.random() < 0.3 else b
    if persona == "student":
        ctx = rng.choice(CONCERT_CTX if place_key in ("stadium", "stadium_x") else STUDENT_CTX)
        b = "%s%s！在%s把%s弄丢了%s %s %s" % (when, ctx, where, what, rng.choice(["呜呜", "😭", "！！", "…"]),
                                         dtxt, rng.choice(["求好心人联系我！！", "真的很重要 拜托拜托", "有捡到的求告知🙏"]))
        return slip(b, rng) if rng.random() < 0.2 else b
    if persona == "parent":
        b = "%s%s，在%s把%s丢了。%s%s" % (when, rng.choice(PARENT_CTX), where, what, dtxt + "。" if dtxt else "",
                                      rng.choice(["孩子哭闹没注意。", "手里东西太多了。", ""]))
        return b
    if persona == "patient":
        b = "%s陪%s到%s看病，%s落掉了。%s%s" % (when, rng.choice(["我妈", "老爸", "外婆", "家里老人"]), where, what,
                                         dtxt + "。" if dtxt else "", rng.choice(["可能在排队的时候", "应该在取药那里", ""]))
        return b
    if persona == "courier":
        b = "快递员，%s在%s派件时%s丢了，%s。%s" % (when, where, what, dtxt or "没有其他特征",
                                          rng.choice(["急用", "麻烦有消息通知", "站点电话见登记"]))
        return slip(b, rng) if rng.random() < 0.25 else b
    raise ValueError(persona)


def at_en(where_en):
    return where_en if where_en.startswith(("on ", "in ")) else "at " + where_en


def lost_body_en(o, rng, where_en, when_en_s, details_en, serial_ph, name_ph):
    what = what_en(o, rng)
    det = list(details_en)
    if serial_ph:
        det.append(serial_ph)
    if name_ph:
        det.append(name_ph)
    r = rng.random()
    if r < 0.4:
        b = "Lost %s %s. %s. %s" % (what, at_en(where_en), "; ".join(det) or "Nothing special about it",
                                       rng.choice(["Please contact me if found, reward offered.", "Many thanks for your help!", "It is really important to me."]))
    elif r < 0.75:
        b = "Hi, I think I left %s %s, %s. %s. %s" % (what, at_en(where_en).replace("at ", "near ", 1), when_en_s,
                                                        ", ".join(det) or "no other details", rng.choice(["Thanks!", "谢谢!", "Please help."]))
        return b.replace("  ", " ")
    else:
        b = "%s, lost %s %s. %s. 我的中文不好 sorry" % (what.capitalize(), at_en(where_en), when_en_s, ", ".join(det) or "-")
        return b.replace("  ", " ")
    return b.replace("  ", " ") + " (" + when_en_s + ")"


def make_lost(o, persona, rng, lf, lt, place_key, fill=None, force=(), forbid=(), no_serial=False):
    en = persona == "expat"
    kmin = 0 if persona in ("rider", "ayi") else 1
    feats = pick_feats(o, rng, "o", True, kmin, 3, force=force, forbid=forbid)
    sph, sval = (None, None) if no_serial else serial_owner(o, rng, en=en)
    nph = owner_name_phrase(o, rng, en=en) if rng.random() < 0.5 else None
    mentioned = set(f["slot"] for f in feats)
    if sph:
        mentioned.add("serial")
    if en:
        details = [feat_owner(f, rng, en=True) for f in feats]
        body = lost_body_en(o, rng, PLACE_EN[place_key], window_en(lf, lt, rng), details, sph, nph)
    else:
        details = [feat_owner(f, rng) for f in feats]
        where = place_word(place_key, rng)
        if o.get("route"):
            where = rng.choice(["出租车上(从%s打车到%s)", "%s打的去%s，出租车上", "从%s坐出租到%s的车上"]) % (
                place_word(o["route"][0], rng, spot=False), place_word(o["route"][1], rng, spot=False))
        when = window_zh(lf, lt, rng, sh=(persona == "ayi"))
        body = lost_body(o, persona, rng, where, when, details, sph, nph, lf, lt, place_key)
    rec = {"category": o["cat"], "body": body}
    if fill is None:
        fill = wpick(rng, {"office": [(0, 2), (1, 4), (2, 4)], "expat": [(0, 3), (1, 4), (2, 3)],
                           "rider": [(0, 6), (1, 3), (2, 1)], "ayi": [(0, 6), (1, 3), (2, 1)],
                           "student": [(0, 3), (1, 4), (2, 3)], "parent": [(0, 3), (1, 4), (2, 3)],
                           "patient": [(0, 3), (1, 4), (2, 3)], "courier": [(0, 3), (1, 5), (2, 2)]}[persona])
    mdet = details if rng.random() < 0.5 else [feat_owner(f, rng, en=en) for f in feats]
    fill_fields(rec, o, rng, fill, "o", sval, mdet, place_key, en=en)
    if fill and rng.random() < 0.4:
        c = coords(place_key, rng, 0.0012 if lt - lf > 720 else 0.0006)
        if c:
            rec["lat"], rec["lon"] = c
    if rng.random() < 0.07:
        wrong_box(rec, rng)
    rec["lost_from_min"] = NOW - lf
    rec["lost_to_min"] = NOW - lt
    clip(rec)
    return rec, mentioned


# ---------------------------------------------------------------- finder voices
def found_body(o, finder, rng, where, when, details, serial_ph, place_key):
    what = what_zh(o, rng, "f", use_model=rng.random() < 0.4)
    det = list(details)
    if serial_ph:
        det.append(serial_ph)
    dtxt = "，".join(det)
    if finder == "metro":
        staff = rng.choice(["站务员", "值班站长", "保洁人员", "安检员"])
        b = "%s，%s在%s拾获%s%s。%s" % (when, staff, where, what, "，" + dtxt if dtxt else "",
                                    rng.choice(["已登记暂存车站失物招领处。", "移交派出所阳光坐席。", "已拍照登记。"]))
        return b
    if finder == "mall":
        b = "%s，商场%s在%s发现%s，%s。%s" % (when, rng.choice(["保安巡逻", "客服人员", "保洁阿姨"]), where, what,
                                       dtxt or "无明显特征", rng.choice(["已交客服中心后送派出所。", "广播寻人未果。"]))
        return b
    if finder == "property":
        b = "%s物业%s：%s在%s捡到%s，%s。" % (where.split("大堂")[0] if "大堂" in where else "写字楼",
                                     rng.choice(["前台", "保安", "保洁"]), when, where, what, dtxt or "无其他信息")
        return b
    if finder == "hospital":
        b = "医院保卫科登记：%s于%s拾得%s，%s。%s" % (when, where, what, dtxt or "无其他特征", rng.choice(["已广播。", "病区已询问无人认领。", ""]))
        return b
    if finder == "stadium":
        b = "演唱会散场后清场，%s在%s拾得%s，%s。" % (when, where, what, dtxt or "未见其他特征")
        return b
    if finder == "patrol":
        b = "巡逻至%s时发现%s，%s。时间%s。%s" % (where, what, dtxt or "无其他特征", when, rng.choice(["周边询问无人认领。", "已带回所里。", ""]))
        return b
    if finder == "locker":
        b = "%s工作人员：%s在%s发现%s，%s，一直没人来拿。" % (rng.choice(["驿站", "快递柜"]), when, where, what, dtxt or "没别的")
        return b
    if finder == "taxi":
        b = "%s 出租车司机交来：乘客落在车上的%s %s 乘客在%s附近下的车" % (when, what, dtxt, where)
        return slip(b, rng) if rng.random() < 0.2 else b
    if finder == "rider":
        b = "%s 送外卖路过%s捡的%s %s 交给你们了" % (when, where, what, dtxt)
        return slip(b.replace("，", " "), rng)
    if finder == "ayi":
        b = "阿拉%s在%s捡着%s，%s，交拨警察同志。" % (when, where, what, dtxt or "别的看勿出")
        return b
    # citizen
    b = rng.choice(["%s在%s捡到%s，%s，送到派出所。", "路人：%s，%s地上有%s，%s", "%s 在%s看到有人落下的%s，%s，追上去没找到人"]) % (
        when, where, what, dtxt or "没打开看")
    return slip(b, rng) if rng.random() < 0.15 else b


def found_body_en(o, rng, where_en, when_s, details, serial_ph):
    det = list(details)
    if serial_ph:
        det.append(serial_ph)
    c = color_word(o, rng, "f", en=True)
    b = brand_word(o, rng, en=True)
    what = " ".join(x for x in ("a", c, b, noun(o, rng, "f", en=True)) if x)
    return "Found %s %s, %s. %s. Handing it in." % (what, at_en(where_en), when_s,
                                                        ", ".join(det) or "No name on it")


def make_found(o, finder, rng, tf, place_key, force=(), forbid=(), no_serial=False, fill=None, force_open=False):
    opened = force_open or rng.random() < (0.85 if finder in INSTITUTION else 0.35)
    en = finder == "expat"
    kmin, kmax = (1, 4) if finder in INSTITUTION else (0, 2)
    feats = pick_feats(o, rng, "f", opened, kmin, kmax, force=force, forbid=forbid)
    sph, sval = (None, None) if no_serial else serial_finder(o, rng, opened, en=en)
    mentioned = set(f["slot"] for f in feats)
    if sval:
        mentioned.add("serial")
    details = [feat_finder(f, rng, en=en) for f in feats]
    if en:
        body = found_body_en(o, rng, PLACE_EN[place_key], when_en(tf, rng), details, sph)
    else:
        style = "md_hm" if finder in INSTITUTION else None
        when = when_zh(tf, rng, style=style, sh=(finder == "ayi"))
        where = place_word(place_key, rng)
        if place_key == "taxi":
            where = place_word(o["route"][1], rng, spot=False) if o.get("route") else rng.choice(["青枫路站", "澜庭广场", "永福里"])
        body = found_body(o, finder, rng, where, when, details, sph, place_key)
        if o["cat"] in ("ebike", "bicycle"):
            for v in ("拾获", "拾得", "捡到", "捡着", "捡的"):
                body = body.replace(v, "发现停放多日无人认领的" if rng.random() < 0.5 else "发现一辆没人要的")
    rec = {"category": o["cat"], "body": body}
    if fill is None:
        fill = wpick(rng, [(0, 2), (1, 4), (2, 6)] if finder in INSTITUTION else [(0, 5), (1, 4), (2, 1)])
    fill_fields(rec, o, rng, fill, "f", sval, details, place_key, en=en)
    if rng.random() < (0.7 if finder in INSTITUTION else 0.35):
        c = coords(o["route"][1] if (place_key == "taxi" and o.get("route")) else place_key, rng)
        if c:
            rec["lat"], rec["lon"] = c
    if rng.random() < 0.05:
        wrong_box(rec, rng)
    rec["found_at_min"] = NOW - tf
    clip(rec)
    return rec, mentioned
