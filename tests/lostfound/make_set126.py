# -*- coding: utf-8 -*-
"""Write tests/lostfound/set126.json: a blind labelled lost-and-found set.

World: 西坪新区 (invented), November. One random.Random(126126); standard library only.
Each object is a hidden truth record; the lost report and the found registration are
written from it separately, each in its own voice and with only what that person knows.
"""
import copy
import datetime
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import set126_world as W  # noqa: E402
import set126_gen as G  # noqa: E402

SEED = 126126
PFX = "S126"
R = random.Random(SEED)
NOW = datetime.datetime(2026, 11, 30, 19, 0)
MAXMIN = 172800

PAIR_COUNTS = [("phone", 22), ("wallet", 18), ("id_doc", 18), ("keys", 12), ("ebike", 10), ("bicycle", 8),
               ("bag", 16), ("cash", 8), ("jewelry", 10), ("electronics", 16), ("other", 12)]
NULL_COUNTS = [("phone", 14), ("wallet", 10), ("id_doc", 8), ("keys", 8), ("ebike", 6), ("bicycle", 6),
               ("bag", 10), ("cash", 8), ("jewelry", 6), ("electronics", 8), ("other", 6)]
NEG_COUNTS = [("same_category_colour", 30), ("found_before_loss", 25), ("same_brand_other_place", 25),
              ("near_serial", 20), ("same_place_other_object", 20)]

PLACE_BY_KEY = {p[0]: p for p in W.PLACES + W.FAR_PLACES}


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- places and time

def neighbours(pkey):
    p = PLACE_BY_KEY[pkey]
    same = [q for q in W.PLACES if q[2] == p[2] and q[0] != pkey]
    same.sort(key=lambda q: ((q[3] - p[3]) ** 2 + (q[4] - p[4]) ** 2, q[0]))
    return same[:2]


def addr_text(p, canonical_bias=0.5):
    if chance(canonical_bias):
        return p[1]
    return pick(p[5])


def jitter(p, r=0.0012):
    return round(p[3] + R.uniform(-r, r), 6), round(p[4] + R.uniform(-r, r), 6)


def lost_window():
    u = R.random()
    if u < 0.6:
        to = R.randint(20, 30000)
    elif u < 0.9:
        to = R.randint(30000, 60000)
    else:
        to = R.randint(60000, 140000)
    width = pick([10, 20, 30, 60, 90, 120, 240, 480, 720, 1440, 2880])
    return to + width, to


def when(m):
    return NOW - datetime.timedelta(minutes=m)


def day_word(t):
    d = (NOW.date() - t.date()).days
    if d == 0:
        return "今天"
    if d == 1:
        return "昨天"
    if d == 2 and chance(0.7):
        return "前天"
    return pick(["%d月%d号" % (t.month, t.day), "%d月%d日" % (t.month, t.day), "%d号" % t.day])


def part_word(h):
    if h < 5:
        return "凌晨"
    if h < 9:
        return "早上"
    if h < 12:
        return "上午"
    if h < 14:
        return "中午"
    if h < 18:
        return "下午"
    return "晚上"


def h12(h):
    return h if h <= 12 else h - 12


def lost_time_zh(lf, lt):
    a, b = when(lf), when(lt)
    if a.date() == b.date():
        if chance(0.3):
            return "%s%s" % (day_word(a), part_word(a.hour))
        if a.hour == b.hour:
            return "%s%s%d点多" % (day_word(a), part_word(a.hour), h12(a.hour))
        return "%s%s%d点%s到%s%d点之间" % (day_word(a), part_word(a.hour), h12(a.hour), pick(["多", "", "左右"]),
                                       part_word(b.hour) if part_word(b.hour) != part_word(a.hour) else "", h12(b.hour))
    return "%s%s到%s%s" % (day_word(a), part_word(a.hour), day_word(b), part_word(b.hour))


def lost_time_en(lf, lt):
    a, b = when(lf), when(lt)
    if a.date() == b.date():
        return "on Nov %d between %02d:%02d and %02d:%02d" % (a.day, a.hour, a.minute, b.hour, b.minute) if a.month == 11 else \
            "on %s between %02d:00 and %02d:00" % (a.strftime("%b %d"), a.hour, b.hour)
    return "between %s %02d:00 and %s %02d:00" % (a.strftime("%b %d"), a.hour, b.strftime("%b %d"), b.hour)


def found_time_zh(m):
    t = when(m)
    if chance(0.5):
        mm = (t.minute // 10) * 10
        return "%s%s%d点%s左右" % (day_word(t), part_word(t.hour), h12(t.hour), ("%d分" % mm) if mm else "")
    return "%s%s" % (day_word(t), part_word(t.hour))


# ---------------------------------------------------------------- words

def color_zh(key):
    return pick(W.COLORS[key][0]) if key else ""


def brand_word(bkey, style=None):
    zh, en, py, typo = W.BRANDS[bkey]
    if style is None:
        style = pick(["zh", "zh", "zh", "en", "py", "typo"])
    return {"zh": zh, "en": en, "py": py, "typo": typo}[style]


def fmt_serial(kind, v, side):
    """How one person writes an identifier. side is 'lost' or 'found'."""
    if kind == "imei":
        c = R.random()
        if c < 0.35:
            return v
        if c < 0.55:
            return "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14])
        if c < 0.75:
            return "IMEI:" + v
        return "IMEI尾号" + v[-6:]
    if kind == "card":
        bin6, tail = v
        return pick(["尾号" + tail, tail, bin6 + "****" + tail, "卡号后四位" + tail, "**** " + tail] if side == "lost"
                    else [bin6 + "****" + tail, "尾号" + tail, bin6 + " **** **** " + tail, tail])
    if kind == "id":
        c = R.random()
        if side == "lost":
            if c < 0.5:
                return v
            if c < 0.7:
                return v[:6] + "********" + v[-4:]
            if c < 0.85:
                return "身份证后四位" + v[-4:]
            return v.lower() if v.endswith("X") else v[:3] + " " + v[3:6] + " " + v[6:14] + " " + v[14:]
        if c < 0.45:
            return v[:6] + "********" + v[-4:]
        if c < 0.75:
            return v
        return v[:3] + "***********" + v[-4:]
    if kind == "frame":
        c = R.random()
        if c < 0.4:
            return v
        if c < 0.6:
            return v.lower()
        if c < 0.8:
            return " ".join([v[:4], v[4:8], v[8:]])
        return "车架号后六位" + v[-6:]
    if kind == "plate":
        return pick([v, v.replace("·", ""), v.replace("·", " ")])
    if kind == "sn":
        return pick([v, "SN:" + v, "S/N " + v, v.lower()])
    if kind == "stu":
        return pick([v, "学号" + v, "学号后四位" + v[-4:]] if side == "lost" else [v, "学号" + v])
    return pick([v, v, v[-4:] if side == "lost" and len(v) > 6 else v])


def typo(s):
    cands = [t for t in W.TYPOS if t[0] in s]
    if not cands:
        return s
    a, b = pick(cands)
    return s.replace(a, b, 1)


def clip(s, n):
    return s if len(s) <= n else s[:n]


# ---------------------------------------------------------------- truth objects

def place_for(cat):
    if cat in ("ebike", "bicycle"):
        return PLACE_BY_KEY[pick(G.BIKE_PLACES)]
    return pick(W.PLACES)


def new_object(cat, zone_place=None, voice=None):
    p = zone_place or place_for(cat)
    if voice is None:
        voice = pick(W.ZONE_OWNER_VOICES[p[2]])
    if cat in ("ebike", "bicycle") and voice == "foreign":
        voice = "plain"
    name = pick(W.FOREIGN_NAMES) if voice == "foreign" else G.person_name(R)
    ctx = {"name": name, "zone": p[2], "voice": voice}
    obj = G.GEN[cat](R, ctx)
    obj["name"] = name
    obj["place"] = p
    obj["voice"] = voice
    lf, lt = lost_window()
    obj["lost_from"], obj["lost_to"] = lf, lt
    return obj


# ---------------------------------------------------------------- lost report

OWNER_OPEN = {
    "sichuan": ["我嘞{noun}掉了，", "{time}下夜班，我嘞{noun}搞丢了，", "哎呀我{noun}不晓得掉哪去了，", "造孽哦，{noun}弄掉了，"],
    "henan": ["俺{time}把{noun}丢了，", "俺嘞{noun}找不着了，", "中午吃饭那会儿俺{noun}丢了，"],
    "guizhou": ["我{time}搞落了一个{noun}，", "我嘞{noun}搞掉了，", "{noun}不见了嘛，"],
    "elder": ["我屋头{noun}不见了。", "老汉{noun}掉了。", "（网格员代登记）老人家{noun}丢了，", "{noun}丢了，"],
    "student": ["家人们谁懂啊😭 {noun}丢了！", "救命 {noun}没了 蚌埠住了", "呜呜呜 {time}把{noun}弄丢了", "求扩！！{noun}丢了 好崩溃"],
    "relative": ["我家老人在医学中心住院，我陪护的时候{noun}丢了，", "陪我妈看病，{noun}丢了，", "我是住院病人家属，{noun}丢了，"],
    "plain": ["本人{time}遗失{noun}一个，", "{time}丢失{noun}，", "不慎遗失{noun}，", "{noun}遗失，"],
}
OWNER_CLOSE = {
    "sichuan": ["哪个捡到了麻烦联系下嘛，谢谢了哈", "莫得它我啷个办嘛，捡到的好心人请联系", "拜托大家帮忙看一哈"],
    "henan": ["谁拾到了给俺说一声，中不中，必有重谢", "谁见了给俺打个电话，谢谢恁了", "俺着急得很"],
    "guizhou": ["哪个捡到了帮忙联系哈，感谢得很", "麻烦大家帮我找一下嘛", "捡到的请联系我，谢谢了"],
    "elder": ["", "帮老人找找。", "谢谢政府。", "孙子帮我写的。"],
    "student": ["好心人捡到求联系，必有奶茶感谢！", "求求了 里面东西真的很重要", "家人们帮帮孩子吧🙏", "dd我 v你50"],
    "relative": ["里面东西很重要，麻烦帮忙留意", "急用，谢谢各位", "请捡到的人联系我，谢谢"],
    "plain": ["如有拾到请联系，谢谢。", "望拾到者归还，必有酬谢。", "谢谢。", ""],
}


def cash_item(obj, noun):
    c = obj.get("container")
    if not c:
        return pick(["皮筋扎着的一卷", "一卷"]) + noun
    col = color_zh(obj["color"]) if obj["color"] and chance(0.6) else ""
    if c == "信封" and col and chance(0.5):
        col = "牛皮纸"
    return col + c + pick(["里装的", "装的", "里的"]) + noun


def owner_item(obj, fill):
    if obj["cat"] == "cash":
        return cash_item(obj, pick(obj["nouns"]))
    parts = []
    if obj["color"] and obj["cat"] != "id_doc" and chance(0.8 if fill != "bare" else 0.5):
        parts.append(color_zh(obj["color"]))
    if obj["brand"] and chance(0.75):
        parts.append(brand_word(obj["brand"]))
    if obj.get("model") and chance(0.4):
        parts.append(obj["model"])
    parts.append(pick(obj["nouns"]))
    if len(parts) >= 3:
        parts[0] += "的"
    return join_words(parts)


def join_words(parts):
    out = ""
    for x in parts:
        if out and x and out[-1].isascii() and out[-1].isalnum() and x[0].isascii() and x[0].isalnum():
            out += " "
        out += x
    return out


def owner_serial(obj):
    s = obj["serial"]
    if not s:
        return None
    kind, v = s
    know = {"imei": 0.45, "card": 0.7, "id": 0.8, "frame": 0.45, "sn": 0.4, "stu": 0.8, "emp": 0.7,
            "card_no": 0.6, "passport": 0.9, "bib": 0.8, "cert": 0.5, "tag": 0.6}.get(kind, 0.5)
    if obj["cat"] == "ebike" and chance(0.4):
        return ("plate", obj["plate"])
    if chance(know):
        return (kind, v)
    return None


def serial_phrase(kind, txt, en=False):
    if en:
        lab = {"imei": "IMEI", "passport": "Passport no.", "sn": "Serial", "id": "ID no.", "card": "Card"}.get(kind, "No.")
        return "%s %s" % (lab, txt)
    lab = {"imei": "", "card": "银行卡", "id": "身份证号", "frame": "车架号", "plate": "车牌", "sn": "序列号",
           "stu": "学号", "emp": "工号", "card_no": "卡号", "passport": "护照号", "bib": "号码", "cert": "证书编号",
           "tag": "钥匙牌号"}.get(kind, "")
    if kind == "imei" and "IMEI" not in txt:
        lab = pick(["IMEI ", "串号", "IMEI号", ""])
    if lab and lab[:2] in txt:
        lab = ""
    return lab + txt


def make_lost(obj):
    voice = obj["voice"]
    fill = pick(["full", "some", "some", "body", "body", "bare"])
    if voice == "hurried":
        fill = "bare"
    p = obj["place"]
    lf, lt = obj["lost_from"], obj["lost_to"]
    rec = {"category": obj.get("lost_cat", obj["cat"])}
    ser = owner_serial(obj)
    ser_txt = fmt_serial(ser[0], ser[1], "lost") if ser else None
    marks = list(obj["marks"])
    R.shuffle(marks)
    hidden = list(obj["hidden"])
    amount = obj.get("amount")
    if voice == "foreign":
        item = " ".join(x for x in [W.COLORS[obj["color"]][1] if obj["color"] else "",
                                      brand_word(obj["brand"], pick(["en", "py"])) if obj["brand"] else "",
                                      obj.get("model") or "", obj["en"]] if x)
        place_en = [a for a in p[5] if a.isascii()]
        where = place_en[0] if place_en else p[1]
        b = ["Lost my %s at %s %s." % (item, where, lost_time_en(lf, lt))]
        if ser_txt:
            b.append(serial_phrase(ser[0], ser_txt, True) + ".")
        if amount:
            b.append("About %d RMB." % amount)
        for m in marks[:R.randint(min(1, len(marks)), len(marks))]:
            b.append(m[2].capitalize() + ".")
        if obj["cat"] == "id_doc":
            b.append("Name: %s." % obj["name"])
        b.append(pick(["I am an exhibitor with %s, booth in Hall 3." % pick(W.EXHIBITORS), "Please contact me, flying home soon.",
                       "Urgent, thank you!", "Reward offered."]))
        body = " ".join(b)
    elif voice == "hurried":
        bits = [addr_text(p, 0.2), "丢了", owner_item(obj, "bare")]
        if ser_txt and chance(0.5):
            bits.append(ser_txt)
        if amount:
            bits.append("%d左右" % amount)
        body = typo(" ".join(bits) if chance(0.5) else "".join(bits))
        if chance(0.3):
            body += pick(["!!", " 急", "。。", " 谢"])
    else:
        item = owner_item(obj, fill)
        t = lost_time_zh(lf, lt)
        op = pick(OWNER_OPEN[voice]).format(noun=item, time=t)
        b = [op]
        if "{time}" not in "".join(OWNER_OPEN[voice]) or t not in op:
            b.append(pick(["应该是在", "在", "大概在", "可能是在"]) + addr_text(p) + pick(["那边", "附近", "", "掉的"]) +
                     ("，" + t if t not in op and chance(0.8) else "") + "，")
        else:
            b.append("在" + addr_text(p) + "，")
        if obj["cat"] == "id_doc" and chance(0.8):
            b.append(pick(["名字是%s，", "证上名字%s，", "本人%s，"]) % obj["name"])
        if ser_txt and fill != "bare" and chance(0.7):
            b.append(serial_phrase(ser[0], ser_txt) + "，")
        if amount:
            b.append(pick(["一共%d块，", "大概%d块钱，", "有%d多块，", "%d元，"]) % amount)
        nm = R.randint(0 if fill == "bare" or not marks else 1, len(marks))
        for m in marks[:nm]:
            b.append(m[0] + "，")
        for h in hidden:
            if chance(0.5):
                b.append(h[0] + "，")
        body = "".join(b).rstrip("，") + "。" + pick(OWNER_CLOSE[voice])
        if voice == "elder" and chance(0.6):
            body = body.replace("，", " ")
        if chance(0.12):
            body = typo(body)
    rec["body"] = clip(body, 600)
    # structured fields
    if fill in ("full", "some") or (fill == "body" and chance(0.3)):
        if obj["color"] and chance(0.85 if fill == "full" else 0.5):
            rec["color"] = W.COLORS[obj["color"]][1] if voice == "foreign" else color_zh(obj["color"])
        if obj["brand"] and chance(0.85 if fill == "full" else 0.5):
            rec["brand"] = brand_word(obj["brand"])
        if obj.get("model") and chance(0.7 if fill == "full" else 0.3):
            rec["model"] = obj["model"]
        if ser_txt and chance(0.9 if fill == "full" else 0.6):
            rec["serial"] = fmt_serial(ser[0], ser[1], "lost") if chance(0.4) else ser_txt
        if fill == "full" or chance(0.4):
            mk = [m[2] if voice == "foreign" else m[0] for m in marks] + [h[1] if voice == "foreign" else h[0] for h in hidden if chance(0.5)]
            if mk:
                rec["marks"] = clip(("; " if voice == "foreign" else "；").join(mk), 500)
        if chance(0.8):
            rec["address"] = clip(addr_text(p), 60)
    elif chance(0.25):
        rec["address"] = clip(addr_text(p, 0.3), 60)
    if chance(0.45 if fill != "bare" else 0.15):
        rec["lat"], rec["lon"] = jitter(p, 0.002)
    rec["lost_from_min"], rec["lost_to_min"] = lf, lt
    return rec


# ---------------------------------------------------------------- found registration

FINDER_OPEN = {
    "guard": ["保安巡逻时在{place}发现{item}，", "门岗保安在{place}捡到{item}一个，", "夜班巡查，{place}地上有{item}，"],
    "cleaner": ["保洁阿姨打扫时在{place}捡到{item}，", "保洁员在{place}垃圾桶旁边拾得{item}，", "打扫卫生在{place}捡到的{item}，"],
    "metro": ["西坪站站务员在{place}拾得{item}，", "终点站清客时在{place}发现乘客遗留{item}，", "西坪站客服中心：{place}拾得{item}，"],
    "driver": ["网约车司机：乘客在{place}附近下车后，后座发现{item}，", "跑网约车的，{place}送完客发现车上落了{item}，", "司机师傅交来：{place}上客的乘客遗落{item}，"],
    "bikeops": ["单车运维在{place}一辆车的车筐里发现{item}，", "共享单车调度员在{place}捡到{item}，"],
    "nurse": ["护士站：{place}走廊拾到{item}，", "{place}病房保洁交到护士站{item}一个，", "医学中心服务台：{place}拾得{item}，"],
    "expo": ["会展服务台：{place}拾得{item}，", "车展志愿者在{place}捡到{item}，", "会展保洁在{place}展台边拾得{item}，"],
    "student": ["在{place}捡到{item}，", "同学们！{place}捡到{item}一个，", "{place}捡到的{item}，"],
    "passerby": ["路过{place}捡到的{item}，", "在{place}地上看到一个{item}，", "热心群众交来{item}，称在{place}拾得，"],
    "grid": ["社区网格员交来：{place}居民拾得{item}，", "{place}的老人捡到{item}，交社区，"],
}
FINDER_CLOSE = {
    "guard": ["已交值班室保管。", "现存门岗。", "请失主携带证明认领。"],
    "cleaner": ["交到派出所了。", "不知道是谁的。", ""],
    "metro": ["已登记移交。", "请失主到西坪站客服中心认领。", ""],
    "driver": ["联系不上乘客，送到派出所。", "平台联系不上失主。", ""],
    "bikeops": ["已送交。", ""],
    "nurse": ["请失主到护士站认领。", "已交保卫科。", ""],
    "expo": ["已交会展失物招领处。", "暂存服务台。", ""],
    "student": ["失主速来认领～", "已交到派出所，快去领！", "dd"],
    "passerby": ["不知道是谁的，交给警察。", "希望失主早点找到。", ""],
    "grid": ["请失主联系社区。", ""],
}


def finder_sees_serial(obj):
    s = obj["serial"]
    if obj["cat"] == "ebike" and chance(0.45):
        return ("plate", obj["plate"])
    if not s:
        return None
    kind, v = s
    p = {"imei": 0.2, "card": 0.5, "id": 0.85, "frame": 0.35, "sn": 0.4, "stu": 0.85, "emp": 0.8,
         "card_no": 0.8, "passport": 0.9, "bib": 0.85, "cert": 0.1, "tag": 0.6}.get(kind, 0.3)
    if kind == "card" and not any("尾号" in m[0] for m in obj["marks"]) and chance(0.6):
        return None
    return (kind, v) if chance(p) else None


def finder_brand_visible(obj):
    return {"phone": 0.8, "wallet": 0.5, "keys": 0.85, "ebike": 0.9, "bicycle": 0.8, "bag": 0.5,
            "electronics": 0.7, "jewelry": 0.25, "other": 0.5}.get(obj["cat"], 0.3)


def make_found(obj, fplace, found_at, voice=None, category=None):
    if voice is None:
        voice = pick(W.ZONE_FINDER_VOICES[fplace[2]])
    if obj["cat"] in ("ebike", "bicycle") and voice in ("metro", "driver", "nurse", "expo", "expo_en", "student"):
        voice = pick(["guard", "bikeops", "passerby"])
    fill = pick(["full", "some", "some", "body", "bare"])
    rec = {"category": category or obj["cat"]}
    item_parts = []
    if obj["color"] and obj["cat"] not in ("id_doc", "cash") and chance(0.85):
        item_parts.append(color_zh(obj["color"]))
    bvis = obj["brand"] and chance(finder_brand_visible(obj))
    if bvis and chance(0.7):
        item_parts.append(brand_word(obj["brand"]))
    item_parts.append(pick(obj["fnouns"]))
    item = join_words(item_parts) if obj["cat"] != "cash" else cash_item(obj, pick(obj["fnouns"]))
    ser = finder_sees_serial(obj)
    ser_txt = fmt_serial(ser[0], ser[1], "found") if ser else None
    fmarks = [m[1] for m in obj["marks"]]
    R.shuffle(fmarks)
    fmarks = fmarks[:R.randint(0, len(fmarks))] if fill == "bare" else fmarks[:R.randint(1, len(fmarks))] if fmarks else []
    if voice == "expo_en":
        en_item = " ".join(x for x in [W.COLORS[obj["color"]][1] if obj["color"] else "",
                                         brand_word(obj["brand"], "en") if bvis else "", obj["en"]] if x)
        b = ["Found: %s, at %s, %s." % (en_item, pick([a for a in fplace[5] if a.isascii()] or [fplace[1]]), when(found_at).strftime("%b %d %H:%M"))]
        if ser_txt:
            b.append(serial_phrase(ser[0], ser_txt, True) + ".")
        for m in obj["marks"][:1]:
            b.append(m[2].capitalize() + ".")
        b.append("Handed to the exhibition lost & found desk.")
        body = " ".join(b)
    else:
        op = pick(FINDER_OPEN[voice]).format(place=addr_text(fplace, 0.4), item=item)
        b = [found_time_zh(found_at) + op if chance(0.5) else op]
        if obj["cat"] == "id_doc" and chance(0.85):
            b.append(pick(["姓名%s，", "证件姓名：%s，", "上面名字是%s，"]) % (obj["name"] if chance(0.6) else G.mask_name(obj["name"])))
        if ser_txt and fill != "bare" and chance(0.8):
            b.append(serial_phrase(ser[0], ser_txt) + "，")
        if obj.get("amount"):
            counted = obj["amount"] + pick([0, 0, 0, -50, 20, 100])
            b.append(pick(["清点现金%d元，", "共%d元，", "内有人民币%d元，"]) % counted)
        for m in fmarks:
            b.append(m + "，")
        if obj["cat"] == "phone" and chance(0.4):
            b.append(pick(["手机已锁屏，", "手机没电关机了，", "有来电但没接到，", "屏幕亮着但有密码，"]))
        body = "".join(b).rstrip("，") + "。" + pick(FINDER_CLOSE[voice])
        if voice in ("passerby", "student", "cleaner") and fill == "bare" and chance(0.5):
            body = typo("%s捡到%s" % (addr_text(fplace, 0.2), item))
    rec["body"] = clip(body, 600)
    if fill in ("full", "some") or (fill == "body" and chance(0.3)):
        if obj["color"] and chance(0.8):
            rec["color"] = W.COLORS[obj["color"]][1] if voice == "expo_en" else color_zh(obj["color"])
        if bvis and chance(0.8):
            rec["brand"] = brand_word(obj["brand"])
        if obj.get("model") and bvis and chance(0.35):
            rec["model"] = obj["model"]
        if ser_txt and chance(0.85):
            rec["serial"] = ser_txt
        if fmarks and chance(0.7):
            rec["marks"] = clip("；".join(fmarks), 500)
        if chance(0.85):
            rec["address"] = clip(addr_text(fplace), 60)
    elif chance(0.3):
        rec["address"] = clip(addr_text(fplace, 0.3), 60)
    if chance(0.6 if fill != "bare" else 0.3):
        rec["lat"], rec["lon"] = jitter(fplace)
    rec["found_at_min"] = found_at
    return rec


def true_found_time(lf, lt):
    if chance(0.3) and lf - lt > 1:
        return R.randint(lt, lf - 1)
    return R.randint(max(0, lt - 4320), lt)


# ---------------------------------------------------------------- build

def build():
    lost, found = [], []
    pairs = []
    for cat, n in PAIR_COUNTS:
        for _ in range(n):
            pairs.append(new_object(cat))
    nulls = []
    for cat, n in NULL_COUNTS:
        for _ in range(n):
            nulls.append(new_object(cat))

    # a few pairs filed under different categories by the two people (at most 5)
    cross = [("wallet", lambda o: any("身份证" in m[0] for m in o["marks"]), "id_doc"),
             ("keys", lambda o: o["sub"] == "电动车钥匙", "ebike"),
             ("electronics", lambda o: o["sub"] == "智能手表", "other"),
             ("bag", lambda o: o["sub"] in ("手提袋", "帆布袋", "编织袋"), "other")]
    cross_done = []
    for cat, pred, fcat in cross:
        for o in pairs:
            if o["cat"] == cat and pred(o) and "found_cat" not in o:
                o["found_cat"] = fcat
                cross_done.append((cat, fcat))
                break

    for i, o in enumerate(pairs):
        rec = make_lost(o)
        rec["_id"] = "P%03d" % i
        rec["_truth"] = "FP%03d" % i
        lost.append(rec)
        if chance(0.6):
            fp = o["place"]
        else:
            fp = pick(neighbours(o["place"][0]))
        fa = true_found_time(o["lost_from"], o["lost_to"])
        frec = make_found(o, fp, fa, category=o.get("found_cat"))
        frec["_id"] = "FP%03d" % i
        found.append(frec)
    for i, o in enumerate(nulls):
        rec = make_lost(o)
        rec["_id"] = "N%03d" % i
        rec["_truth"] = None
        lost.append(rec)

    # hard negatives, each built against one lost report's hidden object
    neg_stats = {}
    serial_kinds = ("imei", "id", "card", "frame", "sn", "stu", "emp")
    j = 0
    for kind, n in NEG_COUNTS:
        for _ in range(n):
            pool = nulls if chance(0.6) else pairs
            if kind == "near_serial":
                pool = [o for o in pool if o["serial"] and o["serial"][0] in serial_kinds]
            if kind == "same_brand_other_place":
                pool = [o for o in pool if o["brand"]]
            t = pick(pool)
            lf, lt = t["lost_from"], t["lost_to"]
            if kind == "same_category_colour":
                n_obj = new_object(t["cat"], zone_place=pick([q for q in W.PLACES if q[2] == t["place"][2]]) if t["cat"] not in ("ebike", "bicycle") else None)
                n_obj["color"] = t["color"] or n_obj["color"]
                if n_obj["brand"] and n_obj["brand"] == t["brand"] and n_obj.get("model") == t.get("model"):
                    n_obj["model"] = None
                fp = n_obj["place"]
                fa = R.randint(0, lf)
            elif kind == "found_before_loss":
                n_obj = copy.deepcopy(t)
                fresh = new_object(t["cat"], zone_place=t["place"], voice=t["voice"])
                for _k in range(40):
                    if fresh["sub"] == t["sub"]:
                        break
                    fresh = new_object(t["cat"], zone_place=t["place"], voice=t["voice"])
                n_obj["serial"] = fresh["serial"]
                n_obj["name"] = fresh["name"]
                n_obj["marks"] = fresh["marks"] if fresh["sub"] == t["sub"] else t["marks"][:1]
                if "plate" in n_obj:
                    n_obj["plate"] = fresh.get("plate", n_obj["plate"])
                if n_obj.get("amount"):
                    n_obj["amount"] = fresh.get("amount") or n_obj["amount"]
                fp = pick([t["place"]] + neighbours(t["place"][0]))
                fa = min(MAXMIN, lf + R.randint(120, 15000))
            elif kind == "same_brand_other_place":
                n_obj = new_object(t["cat"])
                for _k in range(20):
                    if n_obj["brand"] == t["brand"]:
                        break
                    n_obj = new_object(t["cat"])
                if n_obj["brand"] != t["brand"]:
                    n_obj["brand"] = t["brand"]
                    if t.get("model"):
                        n_obj["model"] = t["model"] if chance(0.5) else n_obj.get("model")
                if chance(0.5):
                    n_obj["color"] = t["color"]
                fp = pick(W.FAR_PLACES)
                fa = min(MAXMIN, lf + R.randint(1440, 20000)) if chance(0.5) or lt < 3000 else R.randint(0, lt - 2880)
            elif kind == "near_serial":
                n_obj = copy.deepcopy(t)
                fresh = new_object(t["cat"], voice=t["voice"])
                for _k in range(40):
                    if fresh["sub"] == t["sub"]:
                        break
                    fresh = new_object(t["cat"], voice=t["voice"])
                n_obj["name"] = fresh["name"]
                n_obj["marks"] = fresh["marks"] if fresh["sub"] == t["sub"] else []
                others = [c for c in W.COLOR_KEYS if c != t["color"]]
                n_obj["color"] = pick(others) if t["color"] and chance(0.7) else t["color"]
                sk, sv = t["serial"]
                if sk == "imei":
                    nv = G.near_imei(R, sv)
                elif sk == "id":
                    nv = G.near_id(R, sv)
                elif sk == "card":
                    nv = (sv[0], G.near_digits(R, sv[1]))
                else:
                    nv = G.near_digits(R, sv)
                n_obj["serial"] = (sk, nv)
                if "plate" in n_obj:
                    n_obj["plate"] = fresh.get("plate", n_obj["plate"])
                n_obj["marks"] = [m for m in n_obj["marks"] if "尾号" not in m[0]]
                if sk == "card":
                    n_obj["marks"].append(G.mark("尾号" + nv[1], "内有银行卡一张（%s****%s）" % (nv[0], nv[1]), ""))
                fp = pick(W.PLACES) if t["cat"] not in ("ebike", "bicycle") else PLACE_BY_KEY[pick(G.BIKE_PLACES)]
                fa = R.randint(0, lf)
                n_obj["force_serial"] = True
            else:  # same_place_other_object
                n_obj = new_object(t["cat"], zone_place=t["place"])
                others = [c for c in W.COLOR_KEYS if c != t["color"]]
                if n_obj["color"] == t["color"] or n_obj["color"] is None:
                    n_obj["color"] = pick(others)
                if t["brand"] and n_obj["brand"] == t["brand"]:
                    alts = [b for b in sorted(W.BRANDS) if b != t["brand"]]
                    n_obj["brand"] = pick(alts) if t["cat"] not in ("phone",) else pick([b for b in sorted(G.PHONE_MODELS) if b != t["brand"]])
                    n_obj["model"] = None
                fp = t["place"]
                fa = R.randint(max(0, lt - 2880), lf)
            if n_obj.get("force_serial"):
                # the near-miss number must be on the registration to make it a near miss
                frec = make_found(n_obj, fp, fa)
                if "serial" not in frec:
                    sk, sv = n_obj["serial"]
                    frec["serial"] = fmt_serial(sk, sv, "found")
            else:
                frec = make_found(n_obj, fp, fa)
            frec["negative"] = kind
            frec["_id"] = "NEG%03d" % j
            j += 1
            found.append(frec)
            neg_stats[kind] = neg_stats.get(kind, 0) + 1

    R.shuffle(lost)
    R.shuffle(found)
    fkey = {}
    for i, f in enumerate(found):
        fkey[f["_id"]] = "%s-F%04d" % (PFX, i + 1)
    out_lost, out_found = [], []
    order_l = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "lost_from_min", "lost_to_min", "truth"]
    order_f = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "found_at_min", "negative"]
    for i, l in enumerate(lost):
        l["key"] = "%s-L%04d" % (PFX, i + 1)
        l["truth"] = fkey[l["_truth"]] if l["_truth"] else None
        out_lost.append({k: l[k] for k in order_l if k in l})
    for f in found:
        f["key"] = fkey[f["_id"]]
        out_found.append({k: f[k] for k in order_f if k in f})
    return {"seed": SEED, "made_by": "tests/lostfound/make_set126.py",
            "parts": {"set126": {"found": out_found, "lost": out_lost}}}, cross_done


def main():
    data, cross = build()
    path = os.path.join(HERE, "set126.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=False)
        fh.write("\n")
    part = data["parts"]["set126"]
    print("wrote %s: %d lost, %d found; cross-category pairs: %s" % (path, len(part["lost"]), len(part["found"]), cross))


if __name__ == "__main__":
    main()
