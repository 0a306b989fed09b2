"""set90 text helpers shared by the lost and found writers: how colours, brands,
models, nouns, slots, serials and places are said."""
import set90_world as W
import set90_nums as N
from set90_brands import COLORS, VAGUE, BRANDS, MODELS
from set90_objects import ALL_SLOTS, spec
from set90_cat_b import ABSENT, BRANDLESS

OLD = ("dictated", "grandkid")
MEASURE = {"phone": ["部", "个"], "id_doc": ["张"], "wallet": ["个"], "keys": ["串"], "ebike": ["辆"],
           "bicycle": ["辆"], "bag": ["个"], "cash": ["笔", "份"], "jewelry": ["个", "只"],
           "electronics": ["个", "台"], "other": ["个", "件"]}
BANK_OF_BIN = {"623190": "农商行", "621799": "邮储", "622848": "农行"}


def color_word(rng, t, form):
    if form == "vague":
        return rng.choice(VAGUE[t["color"]])
    return rng.choice(COLORS[t["color"]])


def brand_word(rng, b, voice=None, cat=""):
    if b is None:
        return rng.choice(BRANDLESS.get(cat, BRANDLESS[""]))
    zh, en, py, typo = BRANDS[b]
    pool = [zh] * 5 + en * 2 + py + typo
    if voice in OLD or voice == "driver":
        pool = [zh] * 5 + typo * 2 + py
    if voice in ("pupil", "clerk", "mart"):
        pool = [zh] * 3 + en * 3 + py * 2 + typo
    return rng.choice(pool)


def model_word(rng, b, m):
    for mid, forms in MODELS[b]:
        if mid == m:
            return rng.choice(forms)
    raise KeyError(m)


def noun(rng, t, side, say):
    sp = spec(t)
    n = rng.choice(sp["own"] if side == "L" else sp["fnd"]) if say.get("sub") else rng.choice(sp["gen"])
    if t["cat"] == "jewelry" and t["color"] != "gold":
        n = n.replace("金", "银" if t["color"] == "silver" else "")
    return n


def measure(rng, cat):
    return rng.choice(MEASURE[cat])


def slot_clause(rng, t, key, form, side):
    sp = spec(t)
    v = t["slots"][key]
    if v in ("none", 0):
        a = ABSENT[key]
        return rng.choice(a if isinstance(a, list) else a[t["cat"]])
    if key == "name":
        return rng.choice(sp["name"]).format(n=v)
    if key == "amount":
        ph = form[2]
        if t["cat"] == "cash":
            return rng.choice(["一共%s" % ph, "总共%s" % ph, "数目是%s" % ph]) if side == "L" else \
                rng.choice(["经清点共%s" % ph, "清点为%s" % ph, "数了数是%s" % ph])
        return rng.choice(["里面有%s现金" % ph, "里头装着%s" % ph, "钱有%s" % ph]) if side == "L" else \
            rng.choice(["内有现金%s" % ph.replace("现金", ""), "里面有钱%s" % ph, "内装%s" % ph])
    if key == "count":
        return rng.choice(["一共%s钥匙" % form[2], "有%s" % form[2], "%s钥匙串一起" % form[2]])
    if key == "bank_tail":
        if side == "L":
            return rng.choice(["还有张银行卡，尾号%s" % v, "有张卡尾号是%s" % v, "夹着银行卡（后四位%s）" % v])
        return rng.choice(["银行卡一张，卡号%s****%s" % (t["bin"], v), "有银行卡一张尾号%s" % v,
                           "银行卡%s **** **** %s" % (t["bin"][:4], v)])
    for canon, forms in ALL_SLOTS[key][1]:
        if canon == v:
            return rng.choice(forms)
    raise KeyError((key, v))


def serial_text(rng, t, form, side):
    s = t["serial"]
    k, v = s["kind"], s["value"]
    if k == "imei":
        w = N.write_imei(rng, v, form)
        return w if form != "full" else rng.choice(["IMEI：", "串号", "IMEI号", "imei "]) + w
    if k == "idno":
        lab = rng.choice(["身份证号", "证号", "号码"])
        w = N.write_id(rng, v, form)
        return w if form == "tail" else lab + "：" + w
    if k == "exam":
        return N.write_plain(rng, v, form, rng.choice(["准考证号", "考号"]))
    if k == "student":
        return N.write_plain(rng, v, form, "学号")
    if k == "card":
        return N.write_card(rng, v[:6], v[-4:], form)
    if k == "plate":
        if form == "full":
            return rng.choice(["车牌禾丰电%s" % v, "车牌号：禾丰·电 %s" % v, "牌照 禾丰电动%s" % v, "车牌%s" % v])
        return rng.choice(["车牌后四位%s" % v[-4:], "牌照尾号%s" % v[-4:]])
    if k == "frame":
        return N.write_plain(rng, v, form, rng.choice(["车架号", "钢印号"]))
    if k == "sn":
        return N.write_plain(rng, v, form, rng.choice(["SN码", "序列号", "S/N "]))
    return N.write_plain(rng, v, form, rng.choice(["机号", "钥匙牌上的机号", "编号"]))


def serial_field(rng, t, form):
    s = t["serial"]
    k, v = s["kind"], s["value"]
    if k == "card":
        return N.write_card(rng, v[:6], v[-4:], form)
    if k == "imei":
        return N.write_imei(rng, v, form)
    if k == "idno":
        return N.write_id(rng, v, form)
    if k == "plate" and form == "full":
        return rng.choice(["禾丰电" + v, "禾丰·电 " + v, v])
    if form == "full":
        return v
    return rng.choice(["尾号" + v[-4:], "后四位" + v[-4:], "****" + v[-4:]]) if form != "tail6" else "后六位" + v[-6:]


def place_word(rng, pid, voice=None, town=False):
    p = W.ALL[pid]
    opts = [p["name"]] * 2 + p["nicks"] * 2
    if voice in ("driver", "pupil", "clerk") or rng.random() < 0.05:
        opts.append(p["py"])
    w = rng.choice(opts)
    if town and p["town"] not in w and rng.random() < 0.5:
        w = (W.COUNTY if rng.random() < 0.3 else "") + p["town"] + w
    return w


def jitter(rng, pid):
    p = W.ALL[pid]
    return (round(p["lat"] + rng.uniform(-0.0012, 0.0012), 6), round(p["lon"] + rng.uniform(-0.0015, 0.0015), 6))


def describe(rng, t, side, say, voice, in_body):
    """A noun phrase for the object; in_body: keys among color/brand/model to say here."""
    n = noun(rng, t, side, say)
    c = color_word(rng, t, say["color"]) if "color" in in_body else ""
    b = brand_word(rng, t["brand"], voice, t["cat"]) if "brand" in in_body else ""
    m = model_word(rng, t["brand"], t["model"]) if "model" in in_body else ""
    if len(c) == 1:
        c += rng.choice(["色", "的"])
    sep = " " if (b and m and b[-1].isascii() and m[0].isascii()) else ""
    bm = b + sep + m
    if c and bm:
        pats = ["{c}{bm}{n}", "{bm}{n}，{c}", "{c}{n}（{bm}）", "{n}，{bm}，{c}", "{c}的{bm}{n}"]
    elif c:
        pats = ["{c}{n}", "{n}，{c}", "{c}的{n}"]
    elif bm:
        pats = ["{bm}{n}", "{n}（{bm}）", "{bm}的{n}"]
    else:
        pats = ["{n}"]
    out = rng.choice(pats).format(c=c, bm=bm, n=n)
    return out.replace("的的", "的")
