#!/usr/bin/env python3
"""Write tests/lostfound/set127.json: a blind labelled lost-and-found set for 拉康错县
(invented), a county town on the Sichuan-Tibet highway during its horse-racing festival.

Each object is first drawn as a hidden truth record; the lost report and the found
registration are then written separately from it, each in its own voice and with only what
that person could know.  Python 3 standard library only, one random.Random(SEED)."""
import datetime
import json
import os
import random
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import set127_world as W  # noqa: E402

SEED = 127127
PFX = "S127"
N_PAIRS, N_UNRETURNED, N_NEG = 150, 90, 120
NEG_KINDS = [("same_category_colour", 30), ("found_before_loss", 30),
             ("same_brand_elsewhere", 28), ("near_twin", 32)]
NOW = datetime.datetime(2025, 8, 9, 20, 30)   # the common "moment of registration"
rng = random.Random(SEED)

CAT_WEIGHTS = [("phone", 22), ("id_doc", 20), ("wallet", 15), ("keys", 13), ("bag", 15),
               ("electronics", 17), ("jewelry", 15), ("other", 17), ("cash", 7), ("ebike", 5),
               ("bicycle", 6)]
PLACE_WEIGHTS = [("monastery", 7), ("kora", 9), ("service", 9), ("racing", 11), ("tents", 8),
                 ("hospital", 7), ("market", 8), ("xuelian", 5), ("hostel", 6), ("meiduo", 5),
                 ("petrol", 5), ("lake", 6), ("bus", 8), ("square", 5)]


def ch(seq):
    return seq[rng.randrange(len(seq))]


def wch(pairs):
    tot = sum(w for _, w in pairs)
    x = rng.randrange(tot)
    for v, w in pairs:
        if x < w:
            return v
        x -= w
    raise AssertionError


def p(prob):
    return rng.random() < prob


# ---------------------------------------------------------------- numbers
def id_check(first17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(first17, w)) % 11]


def make_id(origin):
    region = ch(W.REGION[origin])
    y = rng.randint(1958, 2004)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    s = region + "%04d%02d%02d" % (y, m, d) + "%03d" % rng.randint(1, 999)
    return s + id_check(s)


def luhn_digit(body):
    tot = 0
    for i, c in enumerate(reversed(body)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return str((10 - tot % 10) % 10)


def make_imei():
    body = "86" + "".join(str(rng.randrange(10)) for _ in range(12))
    return body + luhn_digit(body)


ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
DIG = "0123456789"


def rs(alpha, n):
    return "".join(ch(alpha) for _ in range(n))


# ---------------------------------------------------------------- people
def person(voice):
    if voice == "foreign":
        return ch(W.FOREIGN_FIRST) + " " + ch(W.FOREIGN_LAST), "foreign"
    if voice == "herder" or (voice == "desk" and p(0.5)):
        a = ch(W.TIB_SYL)
        b = ch([s for s in W.TIB_SYL if s != a])
        return a + b, "tib"
    origin = "cd" if p(0.5) else ("cq" if p(0.7) else "other")
    return ch(W.HAN_SUR) + ch(W.HAN_GIV), origin


def phone_mask():
    return "1" + ch("3578") + rs(DIG, 1) + "****" + rs(DIG, 4)


# ---------------------------------------------------------------- truth records
def owner_voice(k):
    n = k["name"]
    if n == "passport":
        return "foreign"
    if n == "ebike":
        return "herder" if p(0.85) else ch(["sichuan", "desk"])
    if n in ("bicycle", "handlebar", "helmet", "gloves", "actioncam") and p(0.7):
        return "cyclist"
    if n == "carkey" and p(0.8):
        return "sichuan"
    if n in ("beads", "necklace", "bracelet") and p(0.5):
        return "herder"
    v = ch(W.LOST_VOICES)
    if v == "foreign" and k["cat"] == "id_doc":
        v = "sichuan"
    return v


def serial_for(k, origin, brand):
    t = k["serial"]
    if t == "imei":
        return make_imei()
    if t in ("idnum", "licence"):
        return make_id(origin if origin in W.REGION else "cd")
    if t == "passport":
        return rs("CEGKLPX", 1) + rs("ABCDEFGHKLMNPRSTUVWXYZ", 1) + rs(DIG, 7)
    if t == "student":
        return "20" + ch(["21", "22", "23", "24"]) + rs(DIG, 6)
    if t == "card":
        return ch(["6217", "6222", "6228", "6212", "6230"]) + rs(DIG, 4)   # only prefix + tail kept
    if t == "plate":
        return ch(["川A·", "川A·", "渝A·", "渝B·", "川T·"]) + rs(ALNUM, 5)
    if t == "room":
        return ch(["雪莲花客栈", "格桑梅朵客栈", "措姆青旅"]) + " " + ch(["1", "2", "3"]) + "0" + ch("12345678") + "房"
    if t == "ebike":
        return ("LJ" if brand == "lvju" else "BL") + "24" + rs(DIG, 2) + rs(ALNUM, 1) + rs(DIG, 7)
    if t == "frame":
        return ("JC" if brand == "jiechi" else "SM") + ch(["22", "23", "24"]) + rs("ABCDEFGH", 1) + rs(DIG, 6)
    if t == "sn":
        return {"xingzhe": "XZ", "xiangying": "XY", "dianlifang": "DL", "guangying": "GY"}[brand] + \
            rs(DIG, 4) + rs("ABCDEFGHJKLMNPQRSTUVWXYZ", 1) + rs(DIG, 4) + rs(ALNUM, 1)
    return None


OBJ_ID = [0]


def make_obj(cat, k=None, color=None, brand=None, model=None, place=None, t_loss=None,
             avoid_marks=None, owner=None):
    k = k or ch(W.K[cat])
    OBJ_ID[0] += 1
    voice = owner_voice(k)
    name, origin = owner if owner else person(voice)
    if k["name"] == "passport":
        origin = "foreign"
    color = color or ch(k["colors"])
    if k["brands"]:
        brand = brand or ch(k["brands"])
        model = model or ch(W.models_for(brand, k["name"]))
    else:
        brand = model = None
    nm = min(len(k["marks"]), rng.choice([2, 2, 3]))
    idx = sorted(rng.sample(range(len(k["marks"])), nm))
    marks = []
    for i in idx:
        opts = k["marks"][i].get("bycolor", {}).get(color) or k["marks"][i]["a"]
        if avoid_marks and i in avoid_marks and len(opts) > 1:
            opts = [a for a in opts if a != avoid_marks[i]]
        marks.append((i, ch(opts)))
    place = place or wch(PLACE_WEIGHTS)
    spot = ch(W.PLACES[place][4]) if place in W.PLACES else ch(W.FAR_PLACES[place][4])
    if k["name"] in ("ebike", "bicycle"):
        spot = ch(W.BIG_SPOTS)
    return dict(id=OBJ_ID[0], cat=cat, k=k, voice=voice, name=name, origin=origin, color=color,
                brand=brand, model=model, serial=serial_for(k, origin, brand), marks=marks,
                place=place, spot=spot, t_loss=t_loss if t_loss is not None else rng.randint(150, 11500),
                must=set(), extra_plate=("拉电A" + rs(DIG, 4)) if k["name"] == "ebike" else None,
                school=ch(["蓉城理工学院", "巴渝师范学院", "锦城医学院", "川西职业技术学院"]),
                bank=ch(["雪域银行", "巴蜀银行", "天府农商行", "高原邮储"]))


# ---------------------------------------------------------------- time words
def when(mins, en=False):
    dt = NOW - datetime.timedelta(minutes=mins)
    dd = (NOW.date() - dt.date()).days
    h = dt.hour
    if en:
        day = ["today", "yesterday", "the day before yesterday"][dd] if dd < 3 else "on Aug %d" % dt.day
        hh = h % 12 or 12
        return "%s around %d%s" % (day, hh, "am" if h < 12 else "pm")
    day = ["今天", "昨天", "前天"][dd] if dd < 3 else ch(["%d月%d号", "%d月%d日", "%d.%d "]) % (dt.month, dt.day)
    part = ("凌晨" if h < 6 else "早上" if h < 9 else "上午" if h < 12 else "中午" if h < 14 else
            "下午" if h < 18 else "傍晚" if h < 20 else "晚上")
    hh = h if h <= 12 else h - 12
    m = dt.minute
    tail = "点" if m < 10 else ("点半" if 25 <= m <= 35 else ch(["点多", "点过", "点左右"]))
    if p(0.25):
        return day + "%d:%02d" % (h, m - m % 5)
    return day + part + str(hh) + tail


def dayword(mins):
    dt = NOW - datetime.timedelta(minutes=mins)
    dd = (NOW.date() - dt.date()).days
    h = dt.hour
    day = ["今天", "昨天", "前天"][dd] if dd < 3 else "%d号" % dt.day
    part = ("凌晨" if h < 6 else "早上" if h < 9 else "上午" if h < 12 else "中午" if h < 14 else
            "下午" if h < 18 else "傍晚" if h < 20 else "晚上")
    return day + part


# ---------------------------------------------------------------- surface forms
CONFUSE = {"black": ["blue", "gray"], "blue": ["black"], "gray": ["black", "silver"], "silver": ["gray", "white"],
           "white": ["silver"], "red": ["orange", "pink"], "orange": ["red", "yellow"], "brown": ["black", "red"],
           "turq": ["blue", "green"], "pink": ["red", "purple"], "purple": ["pink"], "gold": ["yellow"]}


def color_word(c, finder=False):
    if finder and c in CONFUSE and p(0.06):
        c = ch(CONFUSE[c])
    forms = W.COLORS[c]
    return ch(forms[:-1])


def brand_word(b):
    f = W.BRANDS[b]
    r = rng.random()
    if r < 0.45:
        return f[0]
    if r < 0.9:
        return ch(f[1:-1])
    return f[-1]     # the typo


def model_word(m):
    r = rng.random()
    if r < 0.55:
        return m
    if r < 0.75:
        return m.replace(" ", "").replace("-", "")
    if r < 0.9:
        return m.lower()
    return m.replace("Pro", "pro").replace(" ", "-")


def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def serial_forms(o, finder):
    """(field value, phrase for the body) for the serial, as this person would write it."""
    s, t = o["serial"], o["k"]["serial"]
    r = rng.random()
    if t == "imei":
        if r < 0.3:
            v = s
        elif r < 0.5:
            v = group(s, [2, 6, 6], " ")
        elif r < 0.65:
            v = group(s, [4, 4, 4], " ")
        elif r < 0.75:
            v = group(s, [2, 6, 6], "-")
        elif r < 0.9:
            v = s[-6:]
            return "IMEI后六位" + v, "IMEI后六位是" + v
        else:
            v = "IMEI:" + s if p(0.5) else group(s, [3, 3, 3, 3, 3], " ")
        return v, "IMEI号" + v
    if t in ("idnum", "licence"):
        if finder:
            v = s[:6] + "********" + s[-4:] if r < 0.55 else (s if r < 0.85 else s[:3] + "*" * 11 + s[-4:])
        else:
            v = s if r < 0.45 else (s[:6] + "********" + s[-4:] if r < 0.7 else "尾号" + s[-4:])
        if p(0.15):
            v = v.replace("X", "x")
        return v, ("证号" if t == "idnum" else "驾驶证号") + v
    if t == "passport":
        v = s if r < 0.8 else s[0] + " " + s[1:]
        return v, "passport no. " + v if not finder else "护照号" + v
    if t == "student":
        return s, "学号" + s
    if t == "card":
        tail = s[-4:]
        if r < 0.35:
            v = "尾号" + tail
        elif r < 0.6:
            v = s[:4] + "****" + tail
        elif r < 0.75:
            v = s[:4] + " **** **** " + tail
        elif r < 0.9:
            v = "卡号后四位" + tail
        else:
            v = tail
        return v, "卡号" + v if not v.startswith(("尾号", "卡号")) else v
    if t == "plate":
        bare = s.replace("·", "")
        v = [s, bare, bare[:2] + " " + bare[2:], bare.lower(), bare[2:]][min(4, int(r * 5))]
        return v, "车牌" + v
    if t == "room":
        v = s if r < 0.6 else s.split(" ")[1]
        return v, "钥匙牌上写着" + s
    if t == "ebike":
        if p(0.55 if finder else 0.4):
            pl = o["extra_plate"]
            v = pl if p(0.7) else pl.replace("拉电A", "拉电A ")
            return v, "车牌" + v
        v = s if r < 0.6 else (s[-6:] if r < 0.8 else s.lower())
        return v, "车架号" + v
    if t == "frame":
        if r < 0.45:
            v = s
        elif r < 0.6:
            v = s.lower()
        elif r < 0.75:
            v = group(s, [4, 1, 6], "-")
        elif r < 0.9:
            v = s[-6:]
            return v, "车架号后六位" + v
        else:
            v = s.replace("0", "O", 1) if "0" in s else s
        return v, "车架号" + v
    if t == "sn":
        if r < 0.4:
            v = s
        elif r < 0.55:
            v = "SN:" + s
        elif r < 0.7:
            v = group(s, [6, 5], "-")
        elif r < 0.85:
            v = s.lower()
        else:
            v = s[-6:]
            return v, "序列号后几位" + v
        return v, "序列号" + v
    return None, None


SERIAL_KNOWN = {"imei": (0.35, 0.12), "idnum": (0.65, 0.95), "licence": (0.5, 0.9), "passport": (0.75, 0.9),
                "student": (0.5, 0.9), "card": (0.65, 0.85), "plate": (0.8, 0.45), "room": (0.7, 0.9),
                "ebike": (0.75, 0.85), "frame": (0.5, 0.35), "sn": (0.35, 0.4)}


def mark_text(o, finder):
    out = []
    for i, a in o["marks"]:
        m = o["k"]["marks"][i]
        tpl = m["f"] if finder else m["o"]
        if tpl is None:
            continue
        if not finder or f"mark{i}" in o["must"] or p(0.8):
            b = m.get("fmap", {}).get(a, a)
            out.append(tpl.replace("{a}", a).replace("{b}", b))
    return out


def address(place, spot, precise):
    pl = W.PLACES.get(place) or W.FAR_PLACES[place]
    forms = [f for f in pl[1] if not (f.isascii())] or pl[1]
    a = ch(forms) if p(0.85) else pl[0]
    if precise and p(0.6):
        a = a + ("" if p(0.5) else " ") + spot
    return a[:60]


def address_en(place):
    pl = W.PLACES.get(place) or W.FAR_PLACES[place]
    en = [f for f in pl[1] if f.isascii()]
    return ch(en) if en else pl[0]


def latlon(place, jit):
    pl = W.PLACES.get(place) or W.FAR_PLACES[place]
    return round(pl[2] + rng.uniform(-jit, jit), 6), round(pl[3] + rng.uniform(-jit, jit), 6)


# ---------------------------------------------------------------- lost report
SC_OPEN = ["遭了，", "哎呀，", "恼火得很，", "", "麻烦各位，", "硬是背时，"]
SC_LOSE = ["搞丢了", "弄丢了", "拉在那儿了", "落起了", "不晓得掉哪儿去了", "搞掉了"]
SC_CLOSE = ["哪个好心人捡到了麻烦联系我嘛，必有重谢！", "捡到的朋友联系下嘛，谢谢了！", "麻烦帮忙找一哈，感谢！",
            "有人捡到没得？联系我，请你吃火锅。", "拜托了，对我很重要。"]
HD_CLOSE = ["捡到的人还给我，谢谢。", "请帮忙找。", "扎西德勒，谢谢。", "找到了打电话给我。", ""]
CY_OPEN = ["骑318第%d天，", "川藏线骑行第%d天，", "摩旅路过拉康错，第%d天，", "骑友一枚，骑行第%d天，"]
CY_CLOSE = ["车友们帮忙留意下，明天还要赶路。", "捡到的朋友联系我，感谢！", "后面还要过垭口，急用，谢谢。",
            "麻烦警察同志帮忙。"]


def lost_report(o, key, sparse):
    k, v = o["k"], o["voice"]
    cat = o["cat"]
    t = o["t_loss"]
    r = rng.random()
    if r < 0.5:
        lf, lt = t + rng.randint(10, 200), max(0, t - rng.randint(10, 240))
        tw = "%s到%s之间" % (when(lf), when(lt)) if p(0.6) else when(t + rng.randint(0, 40))
    elif r < 0.88:
        lf, lt = t + rng.randint(200, 1500), max(0, t - rng.randint(60, 900))
        tw = ch(["%s以后", "大概%s", "%s那会儿", "%s开始"]) % dayword(t)
    else:
        lf, lt = t + rng.randint(1500, 4300), max(0, t - rng.randint(0, 700))
        tw = ch(["这两天", "这几天", "前两天", "最近两天"])
    lf = min(lf, 172800)
    rec = {"key": key, "category": cat}
    # what the owner says about the object
    noun = ch(k["o"])
    cw = color_word(o["color"])
    bw = brand_word(o["brand"]) if o["brand"] and (p(0.85) or "brand" in o["must"]) else None
    mw = model_word(o["model"]) if o["model"] and (p(0.45) or "model" in o["must"]) else None
    st = k["serial"]
    sv = sphr = None
    if st and (p(SERIAL_KNOWN[st][0]) or "serial" in o["must"]):
        sv, sphr = serial_forms(o, False)
    marks = mark_text(o, False)
    keep_all = any(x.startswith("mark") for x in o["must"])
    if not keep_all and sparse:
        marks = marks[:1]
    elif not keep_all and p(0.3):
        marks = marks[:max(1, len(marks) - rng.randint(1, 2))]
    addr = address(o["place"], o["spot"], p(0.5))
    spot_txt = o["spot"] if p(0.5) else ""
    pl = ch(W.PLACES[o["place"]][1][:4]) if o["place"] in W.PLACES else W.FAR_PLACES[o["place"]][0]
    item = cw + ("的" if p(0.3) else "") + (bw or "") + (" " if bw and mw and p(0.5) else "") + (mw or "") + noun
    thorough = {"herder": 0.25, "sichuan": 0.5, "cyclist": 0.55, "foreign": 0.35, "desk": 0.75}[v]
    if sparse:
        thorough = 0.1
    if v == "foreign":
        en = k["en"]
        cen = W.COLORS[o["color"]][-1]
        if cat == "cash":
            bits = ["Lost some cash (%s)" % ("in an envelope" if k["name"] == "envelope" else "a roll of notes")]
        else:
            bits = ["Lost my %s %s%s" % (cen, (W.BRANDS[o["brand"]][1].title() + " ") if bw else "", en)]
        bits.append("at the %s %s." % (address_en(o["place"]), when(t, True)))
        if mw:
            bits.append("Model %s." % mw)
        if sv:
            bits.append("Serial/number: %s." % sv)
        if marks and p(0.6):
            bits.append("（青旅前台代写：%s）" % "，".join(marks))
        elif marks:
            bits.append("Details: " + "; ".join(marks) + ".")
        bits.append(ch(["Please contact me at the hostel, thank you!", "I leave on the bus in 2 days, pls help.",
                        "Reward offered. xiexie!", "Staying at %s." % address_en(ch(["hostel", "xuelian", "meiduo"]))][:3 if k["serial"] == "room" else 4]))
        body = " ".join(bits)
    elif sparse:
        body = ch(["%s在%s丢了%s" % (tw, pl, item), "%s丢了，%s，%s" % (item, pl, tw),
                   "丢%s 在%s" % (item, pl)])
        if marks:
            body += "，" + marks[0]
        if sv and "serial" in o["must"]:
            body += "，" + sphr
    else:
        ms = "，".join(marks)
        if v == "herder":
            body = ch(["我叫%s。%s在%s%s丢了%s。%s。%s" % (o["name"], tw, pl, spot_txt, item, ms, ch(HD_CLOSE)),
                       "%s丢了。%s在%s。%s。%s" % (item, tw, pl, ms, ch(HD_CLOSE)),
                       "%s，我在%s%s，%s不见了。%s。电话%s" % (tw, pl, ch(W.DOING[o["place"]]), item, ms, phone_mask())])
        elif v == "sichuan":
            who = ch(["我们从成都自驾过来耍，", "重庆过来自驾的，", "一家人自驾318，", "和老公开车过来看赛马节，", ""])
            body = "%s%s%s在%s%s把%s%s。%s。%s" % (ch(SC_OPEN), who, tw, pl, spot_txt, item, ch(SC_LOSE), ms, ch(SC_CLOSE))
            if p(0.3):
                body += "电话" + phone_mask()
        elif v == "cyclist":
            body = "%s%s在%s%s的时候%s%s。%s。%s" % (ch(CY_OPEN) % rng.randint(4, 16), tw, pl,
                                                   ch(["补给", "休息", "打卡拍照", "歇脚", "吸氧"]), item,
                                                   ch(["掉了", "不见了", "忘拿了", "被落下了"]), ms, ch(CY_CLOSE))
        else:   # desk: somebody registers on the owner's behalf
            by = ch(["县医院护士代登记：患者", "客栈老板代客人登记：客人", "交警转来：游客", "群众", "寺院义工代登记：香客"])
            body = "%s%s（%s）称%s在%s%s遗失%s，%s。联系电话%s。" % (
                by, o["name"], {"tib": "本地", "cd": "成都", "cq": "重庆", "other": "外省", "foreign": "外籍"}[o["origin"]],
                tw, pl, spot_txt, item, ms, phone_mask())
        if sphr and p(0.5):
            body += sphr + "。"
        if cat == "id_doc" and v != "foreign" and p(0.6):
            body += "名字是%s。" % o["name"]
        if k["serial"] == "student" and p(0.7):
            body += o["school"] + "的。"
        if k["serial"] == "card" and cat == "id_doc" and p(0.6):
            body += o["bank"] + "的卡。"
    rec["body"] = body[:600]
    # fields
    if p(thorough) or "color" in o["must"]:
        rec["color"] = cw
    if bw and (p(thorough + 0.15) or "brand" in o["must"]):
        rec["brand"] = bw
    if mw and (p(thorough) or "model" in o["must"]):
        rec["model"] = mw
    if sv and (p(thorough + 0.2) or "serial" in o["must"]):
        rec["serial"] = sv[:60]
    if marks and (p(thorough) or any(x.startswith("mark") for x in o["must"])):
        rec["marks"] = "；".join(marks)[:500]
    if p(thorough + 0.1):
        rec["address"] = addr
    if p(0.45 * (thorough + 0.4)):
        rec["lat"], rec["lon"] = latlon(o["place"], 0.003)
    rec["lost_from_min"] = lf
    rec["lost_to_min"] = lt
    return rec


# ---------------------------------------------------------------- found registration
FINDER_AT = {"inn": ["xuelian", "hostel", "meiduo"], "hospital": ["hospital"], "busstaff": ["bus"],
             "petrol": ["petrol", "service"], "volunteer": ["monastery", "kora"]}


def finder_voice(place):
    opts = [v for v in W.FOUND_VOICES if v not in FINDER_AT or place in FINDER_AT[v]]
    # a place's own staff hand in most of what is found there
    own = [v for v in FINDER_AT if place in FINDER_AT[v]]
    if own and p(0.55):
        return own[0]
    return ch(opts)


def found_reg(o, key, fplace, fspot, fmin, cat, sparse):
    k = o["k"]
    v = finder_voice(fplace)
    rec = {"key": key, "category": cat}
    noun = ch(k["f"])
    cw = color_word(o["color"], finder=True)
    bw = brand_word(o["brand"]) if o["brand"] and (p(0.6) or "brand" in o["must"]) else None
    mw = model_word(o["model"]) if o["model"] and (p(0.25) or "model" in o["must"]) else None
    st = k["serial"]
    sv = sphr = None
    if st and (p(SERIAL_KNOWN[st][1]) or "serial" in o["must"]):
        sv, sphr = serial_forms(o, True)
    marks = mark_text(o, True)
    if sparse and not any(x.startswith("mark") for x in o["must"]):
        marks = marks[:1]
    pl = ch(W.PLACES[fplace][1][:5]) if fplace in W.PLACES else ch(W.FAR_PLACES[fplace][1])
    tw = when(fmin)
    item = cw + ("的" if p(0.3) else "") + (bw or "") + (" " if bw and mw and p(0.5) else "") + (mw or "") + noun
    if fspot.startswith(pl) or pl.endswith(fspot):
        fspot = ""
    ms = "，".join(marks)
    if cat == "id_doc" and k["name"] in ("idcard", "licence", "student") and p(0.75):
        ms = ("姓名" + o["name"] + ("，" + ms if ms else ""))
    if k["name"] == "passport" and p(0.7):
        ms = "持有人" + o["name"].upper() + ("，" + ms if ms else "")
    if k["serial"] == "student" and p(0.6):
        ms += "，" + o["school"]
    if k["serial"] == "card" and p(0.6):
        ms += "，" + o["bank"]
    ms = ms.strip("，")
    thorough = {"herder": 0.2, "vendor": 0.3, "inn": 0.55, "volunteer": 0.45, "hospital": 0.6, "police": 0.85,
                "tourist": 0.45, "cyclist": 0.45, "busstaff": 0.6, "petrol": 0.5, "foreign": 0.3}[v]
    if sparse:
        thorough = 0.1
        body = ch(["%s捡到%s" % (pl, item), "拾到%s一个 %s %s" % (noun, pl, tw), "%s %s" % (item, pl)])
        if ms and p(0.7):
            body += "，" + ms.split("，")[0]
    elif v == "foreign":
        cen = W.COLORS[o["color"]][-1]
        body = "Found %s %s %s at the %s %s. %s Handed in by a traveller%s." % (
            "an" if cen[0] in "aeiou" else "a", cen, k["en"], address_en(fplace), when(fmin, True),
            ("Details: " + ms + ".") if ms else "", " (翻译：游客在%s捡到%s)" % (pl, noun) if p(0.5) else "")
    elif v in ("herder", "vendor"):
        who = "放牧的" if v == "herder" else ch(["卖牦牛肉的", "卖酸奶的", "摆摊的", "卖虫草的"])
        body = ch(["%s在%s捡到%s。%s。交给你们。" % (tw, pl, item, ms),
                   "我是%s，%s%s地上有%s，%s。" % (who, pl, fspot, item, ms),
                   "捡到%s。%s。%s。%s" % (item, pl, tw, ms)])
    elif v == "inn":
        body = ch(["客栈%s发现%s，%s，估计是客人落下的，联系不上，交派出所。" % (fspot, item, ms),
                   "%s客人退房后打扫卫生在%s发现%s一个，%s。" % (tw, fspot, item, ms),
                   "店里%s有人捡到%s放前台好几天了没人认领，%s。" % (fspot, item, ms)])
    elif v == "volunteer":
        body = "寺院义工，%s在%s%s拾到%s，%s。转经的人多，不知道是谁的，交给阳光坐席。" % (tw, pl, fspot, item, ms)
    elif v == "hospital":
        body = "县医院%s%s发现%s，%s，可能是高反来看病的病人落下的。" % (fspot, tw, item, ms)
    elif v == "police":
        body = "执勤民警%s在%s%s拾得%s，%s，现移交阳光坐席登记。" % (tw, pl, fspot, item, ms)
    elif v == "busstaff":
        body = "客运站工作人员%s在%s发现%s，%s。" % (tw, fspot, item, ms)
    elif v == "petrol":
        body = "加油站员工%s在%s%s捡到%s，%s，请失主来认领。" % (tw, pl, fspot, item, ms)
    elif v == "cyclist":
        body = "骑行路过%s，%s在%s捡到%s，%s。人要继续往西走，交给警察。" % (pl, tw, fspot, item, ms)
    else:
        body = "%s我们自驾路过%s，%s在%s捡到%s，%s，交给你们嘛。" % (ch(["", "你好，", "同志你好，"]), pl, tw, fspot, item, ms)
    if sphr and p(0.5) and not sparse:
        body += (" " if body.endswith(".") else "") + sphr + "。"
    rec["body"] = body.replace("，。", "。").replace("，，", "，")[:600]
    if p(thorough) or "color" in o["must"]:
        rec["color"] = cw
    if bw and (p(thorough + 0.1) or "brand" in o["must"]):
        rec["brand"] = bw
    if mw and (p(thorough) or "model" in o["must"]):
        rec["model"] = mw
    if sv and (p(thorough + 0.25) or "serial" in o["must"]):
        rec["serial"] = sv[:60]
    if marks and (p(thorough) or any(x.startswith("mark") for x in o["must"])):
        rec["marks"] = "；".join(marks)[:500]
    if p(thorough + 0.2):
        rec["address"] = address(fplace, fspot, True)
    if p(0.75 * thorough + 0.15):
        rec["lat"], rec["lon"] = latlon(fplace, 0.0012)
    rec["found_at_min"] = fmin
    return rec


# ---------------------------------------------------------------- build the set
def twin_mark(tgt, ng):
    """Give the negative the target's first visible mark with another value; both must say it."""
    k = tgt["k"]
    vis = [(i, a) for i, a in tgt["marks"] if k["marks"][i]["f"] is not None and len(k["marks"][i]["a"]) > 1]
    if not vis:
        return
    i0, a0 = vis[0]
    nk = ng["k"]
    if nk is not k:
        return
    pool = k["marks"][i0].get("bycolor", {}).get(ng["color"]) or k["marks"][i0]["a"]
    opts = [a for a in pool if a != a0] or [a for a in k["marks"][i0]["a"] if a != a0]
    ng["marks"] = sorted([(i0, ch(opts))] + [m for m in ng["marks"] if m[0] != i0])
    tgt["must"].add("mark%d" % i0)
    ng["must"].add("mark%d" % i0)


def main():
    # 1. truth records: returned objects, then never-returned ones
    pairs = [make_obj(wch(CAT_WEIGHTS)) for _ in range(N_PAIRS)]
    lost_only = [make_obj(wch(CAT_WEIGHTS)) for _ in range(N_UNRETURNED)]
    for o in pairs:
        o["returned"] = True
    for o in lost_only:
        o["returned"] = False
    owners = pairs + lost_only

    # 2. hard negatives, each drawn against one target lost report; the target is made to say
    #    the thing that tells them apart, and so is the negative's finder
    negs = []
    plan = []
    for lab, n in NEG_KINDS:
        plan += [lab] * n
    rng.shuffle(plan)
    for lab in plan:
        if lab == "same_brand_elsewhere":
            cands = [o for o in owners if o["brand"]]
        elif lab == "near_twin":
            cands = [o for o in owners if o["k"]["serial"] or len(o["marks"]) >= 1]
        else:
            cands = owners
        tgt = ch(cands)
        cat, k = tgt["cat"], tgt["k"]
        if lab == "same_category_colour":
            kk = ch([x for x in W.K[cat] if tgt["color"] in x["colors"]])
            b = None
            if kk["brands"]:
                others = [x for x in kk["brands"] if x != tgt["brand"]]
                b = ch(others) if others else ch(kk["brands"])
            ng = make_obj(cat, k=kk, color=tgt["color"], brand=b,
                          place=ch([tgt["place"]] + W.NEAR[tgt["place"]]), avoid_marks=dict(tgt["marks"]))
            if kk is k:
                if b and b != tgt["brand"]:
                    tgt["must"].add("brand")
                    ng["must"].add("brand")
                else:
                    twin_mark(tgt, ng)
                    if k["serial"]:
                        tgt["must"].add("serial")
                        ng["must"].add("serial")
            fmin = rng.randint(0, max(0, tgt["t_loss"] + 60))
        elif lab == "found_before_loss":
            ng = make_obj(cat, k=k, color=tgt["color"], brand=tgt["brand"], model=tgt["model"] if p(0.6) else None,
                          place=tgt["place"], avoid_marks=dict(tgt["marks"]))
            fmin = None   # set after the target's window is written
        elif lab == "same_brand_elsewhere":
            kk = ch([x for x in W.K[cat] if tgt["brand"] in x["brands"]])
            ms = [m for m in W.models_for(tgt["brand"], kk["name"]) if m != tgt["model"]]
            ng = make_obj(cat, k=kk, color=tgt["color"] if p(0.6) else None, brand=tgt["brand"], model=ch(ms),
                          place=ch(W.FAR_KEYS), avoid_marks=dict(tgt["marks"]))
            tgt["must"].add("model")
            ng["must"].add("model")
            fmin = None if p(0.5) else rng.randint(0, max(0, tgt["t_loss"]))
        else:   # near_twin: same kind, colour, brand and model, close by; only serial / a mark differ
            ng = make_obj(cat, k=k, color=tgt["color"], brand=tgt["brand"], model=tgt["model"],
                          place=tgt["place"], avoid_marks=dict(tgt["marks"]))
            if k["serial"]:
                tgt["must"].add("serial")
                ng["must"].add("serial")
            else:
                twin_mark(tgt, ng)
            fmin = rng.randint(0, max(0, tgt["t_loss"] + 30))
        ng["returned"] = False
        negs.append((lab, ng, tgt, fmin))
        while ng["serial"] is not None and ng["serial"] == tgt["serial"]:
            ng["serial"] = serial_for(ng["k"], ng["origin"], ng["brand"])

    # 3. lost reports
    lost_recs = []
    for o in owners:
        sparse = p(0.1) and not o["must"]
        lost_recs.append((o, lost_report(o, None, sparse)))
    lost_by_obj = {o["id"]: r for o, r in lost_recs}

    # 4. found registrations of the returned objects
    found_recs = []
    cross = 0
    for o in pairs:
        t = o["t_loss"]
        d = wch([(rng.randint(5, 180), 50), (rng.randint(180, 1440), 35), (rng.randint(1440, 5000), 15)])
        fmin = max(0, t - d)
        if p(0.62):
            fplace, fspot = o["place"], (o["spot"] if p(0.5) else ch(W.PLACES[o["place"]][4]))
        else:
            fplace = ch(W.NEAR[o["place"]])
            fspot = ch(W.PLACES[fplace][4])
        if o["k"]["name"] in ("ebike", "bicycle"):
            fspot = ch(W.BIG_SPOTS)
        cat = o["cat"]
        if o["k"]["alt"] and cross < 4 and p(0.5):
            cat = o["k"]["alt"]
            cross += 1
        found_recs.append((o, found_reg(o, None, fplace, fspot, fmin, cat, p(0.08) and not o["must"]), None))
    for lab, ng, tgt, fmin in negs:
        lf = lost_by_obj[tgt["id"]]["lost_from_min"]
        if fmin is None:
            fmin = min(172800, lf + rng.randint(30, 4000))
        else:
            fmin = min(fmin, lf)
        fplace = ng["place"]
        fspot = ng["spot"]
        found_recs.append((ng, found_reg(ng, None, fplace, fspot, fmin, ng["cat"], False), lab))

    # 5. keys in shuffled order, truths linked
    order = list(range(len(lost_recs)))
    rng.shuffle(order)
    lkey = {}
    for n, i in enumerate(order):
        lkey[i] = "%s-L%04d" % (PFX, n + 1)
    forder = list(range(len(found_recs)))
    rng.shuffle(forder)
    fkey = {}
    for n, i in enumerate(forder):
        fkey[i] = "%s-F%04d" % (PFX, n + 1)
    obj_found = {}
    found_out = []
    for i in forder:
        o, rec, lab = found_recs[i]
        rec["key"] = fkey[i]
        if lab:
            rec["negative"] = lab
        else:
            obj_found[o["id"]] = fkey[i]
        found_out.append(rec)
    lost_out = []
    for i in order:
        o, rec = lost_recs[i]
        rec["key"] = lkey[i]
        rec["truth"] = obj_found.get(o["id"]) if o["returned"] else None
        lost_out.append(rec)

    def tidy(rec, lost):
        first = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon"]
        tail = ["lost_from_min", "lost_to_min", "truth"] if lost else ["found_at_min", "negative"]
        return {f: rec[f] for f in first + tail if f in rec}

    out = {"seed": SEED, "made_by": "tests/lostfound/make_set127.py",
           "parts": {"set127": {"found": [tidy(r, False) for r in found_out],
                                "lost": [tidy(r, True) for r in lost_out]}}}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set127.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    if "--explain" in sys.argv:
        # for the writer only: which lost report each negative was drawn against
        lkey_of = {o["id"]: r["key"] for o, r in lost_recs}
        fkey_of_neg = {}
        for i in forder:
            o, rec, lab = found_recs[i]
            if lab:
                fkey_of_neg[o["id"]] = rec["key"]
        for lab, ng, tgt, _ in negs:
            print("NEG %s %s -> %s (%s)" % (fkey_of_neg[ng["id"]], lab, lkey_of[tgt["id"]],
                                           "returned" if tgt["returned"] else "never returned"))
    print("wrote %s: %d found, %d lost (%d with a truth), %d negatives, %d cross-category pairs"
          % (path, len(found_out), len(lost_out), sum(1 for r in lost_out if r["truth"]),
             sum(1 for r in found_out if "negative" in r), cross))


if __name__ == "__main__":
    main()
