"""Words of set83: how people write colours, brands, serials, times and places.

Part of the generator for set83 (shared by make_set83_lost.py and make_set83_found.py).
"""
from make_set83_catalog import BRANDS, KINDS
import make_set83_world as W

SERIAL_WORD = {"imei": ["IMEI号", "串号", "IMEI:", "手机串号"], "id": ["身份证号", "证件号码", "身份证号码"],
               "student": ["学号", "学生证号"], "card": ["卡号", "银行卡号"], "boat": ["船号", "船名号"],
               "locker": ["柜号", "柜子号"], "room": ["房号", "房间号"], "plate": ["车牌", "牌照", "车牌号"],
               "frame": ["车架号", "车架编号"], "sn": ["SN码", "序列号", "SN:"], "ticket": ["票号", "船票号"]}
SERIAL_EN = {"imei": "IMEI", "id": "ID no.", "student": "student no.", "card": "card", "boat": "boat no.",
             "locker": "locker", "room": "room", "plate": "plate", "frame": "frame no.", "sn": "serial", "ticket": "ticket no."}
SERIAL_PY = {"imei": "chuan hao", "id": "shen fen zheng hao", "student": "xue hao", "card": "ka hao", "boat": "chuan hao",
             "locker": "gui zi hao", "room": "fang jian", "plate": "che pai", "frame": "che jia hao", "sn": "SN",
             "ticket": "piao hao"}
TYPOS = [("在", "再"), ("的", "得"), ("身份证", "身分证"), ("钥匙", "要是"), ("充电宝", "充电包"), ("项链", "项连"),
         ("手镯", "手啄"), ("渔家乐", "鱼家乐"), ("码头", "马头"), ("候船厅", "候船听"), ("栈道", "站道"),
         ("电动车", "电东车"), ("钱包", "前包"), ("黑色", "黑涩"), ("手机", "手鸡"), ("耳机", "耳鸡"),
         ("自行车", "自形车"), ("银行卡", "银航卡"), ("丢了", "丢啦"), ("夜市", "叶市"), ("冷库", "冷裤")]
SPOTS = {"port": ["东门垃圾桶旁", "摊位下面", "过道地上", "冰台边上", "卸货区地上"],
         "ferry": ["候船椅上", "检票口旁", "卫生间洗手台上", "售票窗口前"],
         "ferry_boat": ["二层客舱座位下", "甲板长椅上", "船舱行李架上"],
         "island": ["码头台阶上", "下船通道边", "村口小卖部门口"], "village": ["院子里", "小卖部门口", "村口路边"],
         "shore": ["长椅上", "栏杆边", "沙滩上", "台阶上", "礁石边"], "industry": ["门岗旁", "更衣室", "路边草丛", "停车棚里"],
         "town": ["路边", "长椅上", "台阶上", "花坛边", "垃圾桶旁"]}


def dialect(s, rng):
    for a, b in [("我们", "俺们"), ("我", "俺"), ("什么", "啥"), ("找不到", "找不着"), ("没有", "没"), ("这里", "这块儿")]:
        s = s.replace(a, b)
    if rng.random() < 0.5:
        s = s.replace("丢了，", "丢了嘞，", 1)
    return s


def typo(s, rng, n=1):
    cands = [t for t in TYPOS if t[0] in s]
    for a, b in rng.sample(cands, min(n, len(cands))):
        i = s.find(a)
        s = s[:i] + b + s[i + len(a):]
    return s


# --- object words -------------------------------------------------------------
def kind_word(o, rng, side, lang="zh"):
    zh, en, py = KINDS[o["cat"]][o["kind"]][:3]
    if lang == "en":
        return en
    if lang == "py":
        return py
    alts = zh.split("|")
    return alts[0] if side == "f" and rng.random() < 0.6 else rng.choice(alts)


def unit(o):
    return KINDS[o["cat"]][o["kind"]][3]


def color_word(c, rng, side, lang="zh", exact=False):
    if c is None:
        return ""
    zh, en, py, nb = W.COLORS[c]
    if side == "f" and not exact and rng.random() < 0.1:
        c = rng.choice(nb)
        zh, en, py, nb = W.COLORS[c]
    if lang == "en":
        return en
    if lang == "py":
        return py
    if side == "f":
        return zh[0] if rng.random() < 0.7 else zh[1]
    return zh[0] if rng.random() < 0.4 else rng.choice(zh)


def brand_word(b, rng, voice, side, lang="zh", kind=None):
    if b is None:
        return ""
    zh, latin, py, typos = BRANDS[b]
    if b == "apple" and kind == "phone":
        latin = latin + ["iPhone"]
    if lang == "en" or voice == "tourist_en":
        return rng.choice(latin)
    if lang == "py" or voice == "wife_py":
        return py if rng.random() < 0.7 else rng.choice(latin)
    r = rng.random()
    if side == "f":
        return rng.choice(latin) if r < 0.45 else zh
    if voice in ("fisher", "wife", "vendor", "worker") and r < 0.22:
        return rng.choice(typos)
    if voice == "tourist" and r < 0.5:
        return rng.choice(latin)
    return zh if r < 0.8 else rng.choice(latin)


def model_word(m, rng):
    if not m:
        return ""
    r = rng.random()
    if r < 0.4:
        return m
    if r < 0.6:
        return m.replace(" ", "")
    if r < 0.75:
        return m.lower()
    parts = m.split(" ")
    return " ".join(parts[:-1]) if len(parts) > 2 else parts[0] if len(parts) > 1 and len(parts[0]) > 2 else m


# --- serials ------------------------------------------------------------------
def serial_forms(t, v, side):
    """every way this side might write the value: list of (field text, body text)"""
    if t == "card":
        b, tail, bank = v
        if side == "o":
            return [("尾号" + tail, "尾号" + tail), (tail, "卡号后四位" + tail), (b + "****" + tail, "卡号" + b + "****" + tail)]
        return [(b + " **** **** " + tail, "卡号" + b + " **** **** " + tail), (b + "********" + tail, "卡号" + b + "********" + tail),
                ("尾号" + tail, "尾号" + tail)]
    if t == "imei":
        f = [v, " ".join([v[:5], v[5:10], v[10:]]), " ".join(v[i:i + 4] for i in range(0, 15, 4)),
             "-".join([v[:2], v[2:8], v[8:14], v[14]])]
        tails = [("尾号" + v[-4:], "IMEI后四位" + v[-4:]), (v[-6:], "串号最后六位" + v[-6:])] if side == "o" else []
    elif t == "id":
        f = [v, v[:6] + "********" + v[-4:], v[:4] + "*" * 10 + v[-4:], v.lower()]
        if side == "f":
            f = f[:3]
        tails = [("尾号" + v[-4:], "身份证尾号" + v[-4:])] if side == "o" else []
    elif t == "plate":
        f = [v, v[:2] + "·" + v[2:], v[1:], v[:2] + " " + v[2:]]
        tails = []
    elif t == "boat":
        f = [v, v[:3] + " " + v[3:], v[3:] + "号", "屿渔" + v[3:]]
        tails = []
    elif t in ("frame", "sn"):
        f = [v, " ".join(v[i:i + 4] for i in range(0, len(v), 4)), v.lower()]
        tails = [("后六位" + v[-6:], "后六位" + v[-6:])] if side == "o" else []
    elif t == "locker":
        f = [v, v.replace("-", ""), v + "号柜"]
        tails = [(v.split("-")[1] + "号", v.split("-")[1] + "号")] if side == "o" else []
    elif t == "room":
        f = [v, v + "房", v + "号房间"]
        tails = []
    elif t == "student":
        f = [v]
        tails = [("后四位" + v[-4:], "学号后四位" + v[-4:])] if side == "o" else []
    else:
        f = [v, v[2:]]
        tails = []
    return [(x, x) for x in f] + tails


def serial_pick(t, v, side, rng, prefer_full=False):
    forms = serial_forms(t, v, side)
    fv, bv = forms[0] if prefer_full and rng.random() < 0.5 else rng.choice(forms)
    if bv == fv:
        bv = rng.choice(SERIAL_WORD[t]) + bv
    return fv, bv


def bank_name(v, rng):
    b = W.BANKS[v[2]]
    return rng.choice([b[1], b[2], b[1]])


# --- time and place -------------------------------------------------------------
def _d(t):
    m, d = W.md(t)
    return m, d


def owner_when(o, rng, lang="zh"):
    a, b = o["from"], o["to"]
    (m1, d1), (m2, d2) = _d(a), _d(b)
    p1, p2 = W.part_of_day(W.hm(a)[0]), W.part_of_day(W.hm(b)[0])
    if lang == "en":
        mon = {8: "Aug", 9: "Sep", 10: "Oct"}
        if (m1, d1) == (m2, d2):
            h1, h2 = W.hm(a), W.hm(b)
            return rng.choice(["on %s %d between %d:%02d and %d:%02d" % (mon[m1], d1, h1[0], h1[1], h2[0], h2[1]),
                               "on the %s of %s %d" % (W.PART_EN[p1], mon[m1], d1)])
        return "sometime between %s %d and %s %d" % (mon[m1], d1, mon[m2], d2)
    if lang == "py":
        if (m1, d1) == (m2, d2):
            return "%d yue %d hao %s" % (m1, d1, W.PART_PY[p1])
        return "%d hao dao %d hao" % (d1, d2)
    pre = ""
    if (m1, d1) != (m2, d2):
        pass
    elif o.get("typhoon") and rng.random() < 0.5:
        pre = rng.choice(["台风预警那天，", "刮台风那天", "台风来那会儿，"])
    elif a // 1440 == 0 and rng.random() < 0.6:
        pre = "开海节那天，"
    if (m1, d1) == (m2, d2):
        r = rng.random()
        if r < 0.35:
            s = "%d月%d日%s%s到%s%s之间" % (m1, d1, p1, W.spoken_clock(a), "" if p1 == p2 else p2, W.spoken_clock(b))
        elif r < 0.6:
            s = "%d月%d号%s" % (m1, d1, p1 if p1 == p2 else p1 + "到" + p2)
        elif r < 0.8:
            mid = a + (b - a) // 2
            c = W.spoken_clock(mid)
            s = "%d号%s%s%s" % (d1, W.part_of_day(W.hm(mid)[0]), c, "" if "多" in c or "快" in c else "左右")
        else:
            s = "%d月%d日%d点到%d点" % (m1, d1, W.hm(a)[0], W.hm(b)[0])
    elif rng.random() < 0.5:
        s = "%d月%d日到%d月%d日之间" % (m1, d1, m2, d2)
    else:
        s = "%d号%s到%d号%s" % (d1, p1, d2, p2)
    return pre + s


def finder_when(t, rng, formal=True, lang="zh"):
    m, d = _d(t)
    h, mi = W.hm(t)
    if lang == "en":
        return "%s %d, %d:%02d" % ({8: "Aug", 9: "Sep", 10: "Oct"}[m], d, h, mi)
    if formal:
        return rng.choice(["%d月%d日%d时%d分许" % (m, d, h, mi), "%d月%d日%d:%02d" % (m, d, h, mi)])
    return rng.choice(["%d号%s%s" % (d, W.part_of_day(h), W.spoken_clock(t)), "%d月%d日%s" % (m, d, W.part_of_day(h))])


def place_word(p, rng, side, lang="zh"):
    formal, coll, en, py = W.PLACES[p][:4]
    if lang == "en":
        return en
    if lang == "py":
        return py
    if side == "o":
        return rng.choice(coll) if rng.random() < 0.65 else formal
    return formal if rng.random() < 0.75 else rng.choice(coll)


def spot(p, rng, cat=None):
    if cat in ("ebike", "bicycle"):
        return rng.choice(["路边", "停车棚里", "花坛边", "大门口", "台阶下"])
    return rng.choice(SPOTS.get(p) or SPOTS[W.PLACES[p][6]])


def coords(p, rng, spread):
    lat, lon = W.PLACES[p][4], W.PLACES[p][5]
    return round(lat + rng.uniform(-spread, spread), 6), round(lon + rng.uniform(-spread, spread), 6)


def amount_owner(a, rng, exact=False):
    r = rng.random() * (0.65 if exact else 1)
    if r < 0.45:
        return "%d元" % a
    if r < 0.65:
        return cn_amount(a) + "块钱"
    if a >= 10000:
        k = cn_amount(a // 1000 * 1000)
        return ("大概%s多" % k) if a % 1000 else ("%s整" % k)
    if a >= 1000:
        k = cn_amount(a // 1000)
        k = "两" if k == "二" else k
        return ("大概%s千多" % k) if a % 1000 else ("%s千整" % k)
    if a >= 100 and a % 100:
        return "%s百多块" % ("两" if a // 100 == 2 else W.cn_num(a // 100))
    return "%d块" % a


def cn_amount(a):
    s = W.cn_num(a)
    if s.startswith("二千") or s.startswith("二万"):
        s = "两" + s[1:]
    return s


def group_contents(pairs, rng, lang, side):
    """pairs of (slot, text): the contents of a bag go into one clause"""
    inside = [t for s, t in pairs if s == "bagin"]
    rest = [t for s, t in pairs if s != "bagin"]
    if inside:
        if lang == "en":
            rest.append("inside: " + ", ".join(inside))
        elif lang == "py":
            rest.append("li mian you " + ", ".join(inside))
        else:
            pre = rng.choice(["里面有", "包里装着", "里头有"]) if side == "o" else rng.choice(["内有", "包内有", "里面有"])
            rest.insert(rng.randint(0, len(rest)), pre + "、".join(inside))
    return rest


def cat(*parts):
    """join words the way people type them: a space only between two latin words"""
    out = ""
    for p in parts:
        if not p:
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and p[0].isascii() and p[0].isalnum():
            out += " "
        out += p
    return out


def phrase(o, rng, p_unit, cw, bw, mw, kw):
    """一部黑色华为手机 / 一串黄色钥匙 (a word that already counts itself takes the colour inside)"""
    if kw.startswith("一") and len(kw) > 2:
        return cat(kw[:2], cw, bw, mw, kw[2:])
    return cat("一" + unit(o) if rng.random() < p_unit else "", cw, bw, mw, kw)


def en_phrase(cw, bw, mw, kw):
    """black Huawei Mate 58 RS phone; no 'iPhone phone', no 'red red envelope'"""
    if cw and cw in kw:
        cw = ""
    if bw.lower().endswith("phone") and kw == "phone":
        kw = ""
    if mw and bw and mw.lower().startswith(bw.lower()):
        bw = ""
    return " ".join(x for x in [cw, bw, mw, kw] if x)


def latin_serial(t, fv, lang):
    """an English or pinyin writer keeps only the ascii part of a tail ('尾号8842' -> 'ending 8842')"""
    names = SERIAL_EN if lang == "en" else SERIAL_PY
    if fv.isascii():
        return fv, names[t] + " " + fv
    d = "".join(c for c in fv if c.isascii()).strip()
    return d, names[t] + (" ending " if lang == "en" else " wei hao ") + d
