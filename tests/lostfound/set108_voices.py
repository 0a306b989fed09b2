# -*- coding: utf-8 -*-
"""How the people of set108 write: owners in their voices, finders and desk officers in theirs.

render_lost sees the hidden object but tells only what its owner would know and chose to say;
render_found tells only what a finder can see or count.  Both return the registration plus, for
the lost side, the set of things it stated (used to build honest near-twins).
"""
import datetime
import math

from set108_world import (NOW, PLACES, COLORS, COLOR_SLIPS, BRANDS, HENAN, TYPOS, PROVINCES, CITIES,
                          SUBJECTS, VILLAGE_PAIRS)
from set108_objects import mask_name

CAT_CN = {"id_doc": "证件", "phone": "手机", "wallet": "钱包", "keys": "钥匙", "ebike": "电动车",
          "bicycle": "自行车", "bag": "包", "cash": "现金", "jewelry": "首饰", "electronics": "电子产品",
          "other": "其他"}
DIALECT = ("elder", "villager", "grain")
FIELD_P = {"elder": 0.3, "crew": 0.7, "student": 0.55, "migrant": 0.5, "villager": 0.35, "terse": 0.15,
           "grain": 0.35}


def henanize(rng, s, strength):
    for a, b in HENAN:
        if a in s and rng.random() < strength:
            s = s.replace(a, b)
    return s


def mandarinize(s):
    return s.replace("哩", "的").replace("俺", "我").replace("名儿", "名字").replace("孩儿", "孩子")


def typo(rng, s, n):
    pairs = [p for p in TYPOS if p[0] in s]
    for a, b in rng.sample(pairs, min(n, len(pairs))):
        i = s.find(a)
        s = s[:i] + b + s[i + len(a):]
    return s


def dt_of(minutes):
    return NOW - datetime.timedelta(minutes=minutes)


def part_of_day(h, dia):
    if h < 5:
        return "半夜里" if dia else "夜里"
    if h < 8:
        return "清早" if dia else "早上"
    if h < 11:
        return "上午" if not dia else "前半晌"
    if h < 13:
        return "晌午" if dia else "中午"
    if h < 18:
        return "后晌" if dia else "下午"
    if h < 20:
        return "傍黑" if dia else "傍晚"
    return "黑了" if dia else "晚上"


def day_word(d, dia, rng):
    diff = (NOW.date() - d.date()).days
    if diff == 0:
        return "今儿个" if dia else "今天"
    if diff == 1:
        return "夜儿个" if dia else "昨天"
    if diff == 2 and rng.random() < 0.7:
        return "前儿个" if dia else "前天"
    if d.month != NOW.month:
        return rng.choice(["%d月%d号" % (d.month, d.day), "%d月%d日" % (d.month, d.day)])
    return rng.choice(["%d号" % d.day, "%d月%d号" % (d.month, d.day), "%d月%d日" % (d.month, d.day)])


def clock(h, m, dia):
    hh = h if h <= 12 else h - 12
    hh = 12 if hh == 0 else hh
    if m < 10:
        return "%d点" % hh
    if m < 25:
        return "%d点多" % hh
    if m < 40:
        return "%d点半" % hh
    return "快%d点" % (hh + 1 if hh < 12 else 1)


def window_text(rng, lf, lt, dia):
    a, b = dt_of(lf), dt_of(lt)
    da = day_word(a, dia, rng)
    if a.date() == b.date():
        if lf - lt <= 90:
            return "%s%s%s左右" % (da, part_of_day(a.hour, dia), clock(a.hour, a.minute, dia))
        pa, pb = part_of_day(a.hour, dia), part_of_day(b.hour, dia)
        return "%s%s%s到%s%s之间" % (da, pa, clock(a.hour, a.minute, dia), "" if pa == pb else pb,
                                    clock(b.hour, b.minute, dia))
    db = day_word(b, dia, rng)
    return "%s%s到%s%s之间" % (da, part_of_day(a.hour, dia), db, part_of_day(b.hour, dia))


def found_time_text(rng, fm, formal):
    d = dt_of(fm)
    if formal:
        return rng.choice(["%d月%d日%d时%d分许" % (d.month, d.day, d.hour, d.minute // 5 * 5),
                           "%d月%d日%d时许" % (d.month, d.day, d.hour) if d.month != NOW.month else "%d日%d时许" % (d.day, d.hour),
                           "%d月%d日%s%d点左右" % (d.month, d.day, part_of_day(d.hour, False), d.hour if d.hour <= 12 else d.hour - 12)])
    return "%s%s%s" % (day_word(d, False, rng), part_of_day(d.hour, False), clock(d.hour, d.minute, False))


def spell_brand(rng, key, voice):
    sp = BRANDS[key]
    if voice == "elder":
        return sp[0] if rng.random() < 0.8 else rng.choice(sp)
    if voice == "terse":
        return rng.choice(sp)
    return sp[0] if rng.random() < 0.55 else rng.choice(sp[1:] + sp[:1])


def color_word(rng, key, side):
    if key is None:
        return ""
    return rng.choice(COLORS[key][0 if side == "o" else 1])


def jitter(rng, lat, lon, metres):
    r = metres * math.sqrt(rng.random())
    a = rng.random() * 2 * math.pi
    dlat = r * math.cos(a) / 111000.0
    dlon = r * math.sin(a) / (111000.0 * math.cos(math.radians(lat)))
    return round(lat + dlat, 5), round(lon + dlon, 5)


# --- identifiers as people write them ---------------------------------------------------------

def fmt_serial(rng, s, side, imei_which=1):
    t, v = s["type"], s["v"]
    if t == "imei":
        if side == "f" and rng.random() < 0.45:
            return "IMEI1:%s IMEI2:%s" % (v, s["v2"])
        w = v if imei_which == 1 else s["v2"]
        return rng.choice([w, w, "%s %s %s %s" % (w[:2], w[2:8], w[8:14], w[14]),
                           "%s %s %s %s" % (w[:4], w[4:8], w[8:12], w[12:]), "IMEI:" + w, "串号" + w,
                           ("IMEI%d：" % imei_which) + w] + (["串号后六位" + w[-6:]] if side == "o" else []))
    if t == "id":
        if side == "f":
            return rng.choice([v[:6] + "********" + v[-4:], v[:6] + "********" + v[-4:], v[:10] + "****" + v[-4:],
                               v, v.lower() if v.endswith("X") else v])
        return rng.choice([v, v, v.lower(), "身份证号后四位" + v[-4:], "尾号" + v[-4:]])
    if t == "card":
        if side == "f":
            return rng.choice(["%s****%s" % (v[:4], v[-4:]), "%s **** **** %s" % (v[:4], v[-4:]),
                               "卡号尾号" + v[-4:], "%s********%s" % (v[:4], v[-4:])])
        return rng.choice([v[-4:], "尾号" + v[-4:], "卡号后四位" + v[-4:], "%s****%s" % (v[:4], v[-4:])])
    if t == "exam":
        return rng.choice([v, "%s %s %s" % (v[:4], v[4:8], v[8:]), "考号" + v, "准考证号：" + v] +
                          (["考号后四位" + v[-4:]] if side == "o" else []))
    if t == "stuno":
        return rng.choice([v, "学号" + v, "学号：" + v])
    if t == "frame":
        low = v.lower()
        oz = v.replace("0", "O", 1)
        return rng.choice([v, v, low, " ".join(v[i:i + 4] for i in range(0, len(v), 4)), "车架号" + v] +
                          ([oz, "车架号后六位" + v[-6:]] if side == "o" else ["车架号：" + v]))
    if t == "sn":
        return rng.choice([v, "SN:" + v, "S/N " + v, v.lower() if side == "o" else "序列号" + v])
    return v


def fmt_plate(rng, p):
    return rng.choice([p, p, p[:2] + "-" + p[2:], "牌号" + p[2:], p[:2] + "·" + p[2:]])


# --- the lost side ----------------------------------------------------------------------------

ACTS = {"market": ["赶集", "赶集买菜", "赶集卖菜"], "temple": ["赶庙会", "赶庙会烧香", "去庙会看戏"],
        "health": ["看病拿药", "来输水", "陪老伴看病"], "bus": ["坐车", "等车", "接人"],
        "grain": ["卖麦", "排队卖麦"], "village": ["看着收割机收麦", "晒麦", "翻麦", "装麦"],
        "road": ["过路口", "买东西"], "fuel": ["加油", "歇脚"], "school": ["送孩子考试", "等孩子出考场"]}


def lost_verb(rng, cat, noun):
    if cat in ("ebike", "bicycle"):
        return rng.choice(["停在那儿，回来%s就没了" % noun, "%s叫人骑走了" % noun, "回来一看%s不见了" % noun,
                           "%s被偷了" % noun])
    return rng.choice(["回家一摸兜，%s没有了" % noun, "回来才发现%s丢了" % noun, "一转脸%s就找不着了" % noun,
                       "把%s丢了" % noun, "%s不知道掉哪了" % noun])


def render_lost(rng, o, lf, lt):
    p = o["owner"]
    voice = p["voice"]
    dia = voice in DIALECT
    pl = PLACES[o["place"]]
    stated = set()
    fields = {}
    pf = FIELD_P[voice]
    noun = rng.choice(o["nouns_o"])
    pname = rng.choice(pl["names"])
    sub = rng.choice(pl["subs"])
    if pl["kind"] == "village":
        pname = pl["village"]

    # what the owner knows and says
    bits = []
    cw = ""
    if o["color"] and rng.random() < 0.93:
        cw = color_word(rng, o["color"], "o")
        stated.add("color")
        if rng.random() < pf + 0.1:
            fields["color"] = rng.choice(COLORS[o["color"]][2])
    bw = ""
    if o["brand"] and rng.random() < (0.6 if voice == "elder" else 0.85):
        bw = spell_brand(rng, o["brand"], voice)
        stated.add("brand")
        if rng.random() < pf + 0.1:
            fields["brand"] = spell_brand(rng, o["brand"], "crew")
    mw = ""
    if o["model"] and rng.random() < (0.12 if voice == "elder" else 0.45):
        mw = o["model"]
        stated.add("model")
        if rng.random() < pf:
            fields["model"] = mw
    sw = ""
    s = o["serial"]
    if s and rng.random() < s["owner"]:
        which = 2 if s["type"] == "imei" and rng.random() < 0.12 else 1
        sw = fmt_serial(rng, s, "o", which)
        stated.add("serial")
        if rng.random() < pf + 0.25:
            fields["serial"] = sw
    if o["plate"] and rng.random() < 0.85:
        plw = fmt_plate(rng, o["plate"])
        stated.add("plate")
        bits.append(("车牌" if "牌号" not in plw else "") + plw)
    if o["name"] and o["cat"] in ("id_doc", "other", "cash") and rng.random() < 0.8:
        stated.add("name")
        bits.append(rng.choice(["上面是俺哩名儿，%s", "名字是%s", "写哩是%s"]) % p["name"])
    for i, (a, b) in enumerate(o["vis"]):
        if rng.random() < 0.55:
            stated.add("vis:%d" % i)
            bits.append(a)
    for i, (a, b) in enumerate(o["cont"]):
        if rng.random() < 0.7:
            stated.add("cont:%d" % i)
            bits.append(a)
    for h in o["hid"]:
        if rng.random() < 0.55:
            bits.append(h)
    if not dia:
        bits = [mandarinize(x) for x in bits]

    when = window_text(rng, lf, lt, dia)
    if not dia:
        noun = mandarinize(noun)
    if bw and bw in noun:
        bw = ""
    if noun[0] in "金银玉" or "色" in noun or o["cat"] == "cash":
        cw = ""
    desc_head = "%s%s%s%s" % (cw, bw, " " + mw + " " if mw and bw else mw, noun)
    if voice == "terse" and rng.random() < 0.5:
        desc_head = "%s%s%s" % (bw, cw, noun)
    act = rng.choice(ACTS[pl["kind"]])
    sentences = []
    if voice == "elder":
        pre = rng.choice(["（老人口述，民警代录）", "（%d岁老人，口音重，民警代记）" % p["age"], "", "老人口述："])
        home = pl["village"] if pl["kind"] == "village" else rng.choice(VILLAGE_PAIRS)[rng.choice([0, 3])]
        intro = rng.choice(["俺是%s哩，" % home, "俺姓%s，%s哩，" % (p["name"][0], home), "", "俺今年%d了，" % p["age"]])
        sentences.append(pre + intro + "%s在%s%s%s，%s。" % (when, pname, sub if rng.random() < 0.6 else "", act,
                                                         lost_verb(rng, o["cat"], noun)))
        sentences.append("是个%s" % desc_head + ("，" + "，".join(bits) if bits else "") + "。")
        if sw:
            sentences.append(rng.choice(["号码是俺孙子给抄哩：%s。", "俺闺女说号是%s。", "号是%s。"]) % sw)
        sentences.append(rng.choice(["恁帮俺操操心，中不中？", "找着了给俺捎个信儿，那可得劲。", "俺可急死了。",
                                     "那对俺可重要，弄啥嘞都离不了它。", "中，俺回去等信儿。", "谁拾了给送来，俺谢谢人家。"]))
        body = henanize(rng, "".join(sentences), 0.7)
    elif voice == "crew":
        prov = rng.choice(PROVINCES)
        sentences.append(rng.choice(["我是%s来的收割机机手，跨区过来收麦，住在麦香宾馆。" % prov,
                                     "我们是%s的收割机队，在这边收麦。" % prov,
                                     "%s跨区作业机手，" % prov]))
        sentences.append("%s在%s%s，%s。" % (when, pname, sub, lost_verb(rng, o["cat"], noun)))
        sentences.append("%s%s" % (desc_head, ("，" + "，".join(bits)) if bits else "") + "。")
        if sw:
            sentences.append(rng.choice(["%s。", "号码：%s。", "（%s）"]) % sw)
        sentences.append(rng.choice(["我们过两天就转场去%s了，麻烦尽快联系，电话已留。" % rng.choice(["山东", "河北", "安徽北边"]),
                                     "拜托帮忙留意。", "有消息请打电话，谢谢！"]))
        body = "".join(sentences)
    elif voice == "student":
        parent = rng.random() < 0.7
        who = "孩子" if parent else "我"
        sentences.append("%s在%s参加中考，%s在%s发现%s不见了。" % (who, pname, when, sub, noun))
        sentences.append(desc_head + ("，" + "，".join(bits) if bits else "") + "。")
        if sw:
            sentences.append(sw + "。")
        if "name" not in stated and rng.random() < 0.6:
            sentences.append("%s叫%s。" % (who if parent else "我", p["name"]))
            stated.add("name")
        sentences.append(rng.choice(["下午还要考%s，很急！" % rng.choice(SUBJECTS), "明天还要用，麻烦老师和警察叔叔帮忙找找。",
                                     "急！！", "谢谢！"]))
        body = "".join(sentences)
        if parent:
            body = "家长代报：" + body if rng.random() < 0.4 else body
    elif voice == "migrant":
        sentences.append(rng.choice(["刚从%s打工回来收麦，" % rng.choice(CITIES), "回老家收麦，", ""]))
        sentences.append("%s在%s%s%s，%s。" % (when, pname, sub, act if rng.random() < 0.5 else "", lost_verb(rng, o["cat"], noun)))
        sentences.append(desc_head + ("，" + "，".join(bits) if bits else "") + "。")
        if sw:
            sentences.append(sw + "。")
        sentences.append(rng.choice(["里面东西很重要，拜托了！！", "有捡到的麻烦联系我，必有酬谢", "急急急", "谢谢好心人"]))
        body = "".join(sentences)
    elif voice == "grain":
        jin = rng.choice([3200, 4500, 6800, 8600, 12000])
        sentences.append("%s去%s卖麦，卖了%d来斤，在%s%s。" % (when, pname, jin, sub, lost_verb(rng, o["cat"], noun)))
        sentences.append("是%s" % desc_head + ("，" + "，".join(bits) if bits else "") + "。")
        if sw:
            sentences.append("号码%s。" % sw)
        sentences.append(rng.choice(["那是俺一季哩收成钱。", "谁拾着了给送回来，俺谢谢他。", "帮俺找找吧。"]))
        body = henanize(rng, "".join(sentences), 0.4)
    elif voice == "villager":
        sentences.append("%s在%s%s%s，%s。" % (when, pname, sub, act if rng.random() < 0.5 else "", lost_verb(rng, o["cat"], noun)))
        sentences.append("%s" % desc_head + ("，" + "，".join(bits) if bits else "") + "。")
        if sw:
            sentences.append(sw + "。")
        sentences.append(rng.choice(["谁捡着了给送到派出所，谢谢了。", "有信儿了打电话。", "麻烦给找找。", ""]))
        body = henanize(rng, "".join(sentences), 0.25)
    else:   # terse
        parts = [pname + (sub if rng.random() < 0.3 else ""), "丢" + desc_head, when]
        if bits and rng.random() < 0.6:
            parts.append(bits[0])
        if sw:
            parts.append(sw)
        parts.append(rng.choice(["急", "急！", "", "谢谢"]))
        body = " ".join(x for x in parts if x)
        body = typo(rng, body, rng.randint(1, 2))
    if voice != "terse" and rng.random() < 0.15:
        body = typo(rng, body, 1)

    if rng.random() < pf + 0.25:
        fields["address"] = (pname + sub)[:60] if rng.random() < 0.6 else pname
        if pl["kind"] == "village" and "address" in fields:
            fields["address"] = rng.choice(["城关镇", "", "麦丘县"]) + fields["address"]
    if bits and rng.random() < pf:
        fields["marks"] = "；".join(bits)[:500]
    if rng.random() < 0.5:
        spread = 250 if pl["kind"] != "village" else 600
        fields["lat"], fields["lon"] = jitter(rng, pl["lat"], pl["lon"], spread)
    # a field in the wrong box now and then
    if rng.random() < 0.06:
        if "color" in fields and "brand" not in fields:
            fields["brand"] = fields.pop("color")
        elif "serial" in fields and "marks" not in fields:
            fields["marks"] = fields.pop("serial")
        elif o["plate"] and "serial" not in fields:
            fields["serial"] = o["plate"]
        elif "brand" in fields and "model" in fields:
            fields["brand"] = fields["brand"] + fields.pop("model")
    rec = dict(category=o["cat"], body=body[:600])
    for k in ("color", "brand", "model", "serial", "address", "marks", "lat", "lon"):
        if k in fields and fields[k] != "":
            rec[k] = fields[k]
    return rec, stated


# --- the found side ---------------------------------------------------------------------------

FINDERS = {"bus": ["cleaner", "station"], "market": ["villager_f", "patrol", "vendor"], "school": ["school"],
           "health": ["nurse"], "temple": ["volunteer", "patrol"], "grain": ["grainstaff"],
           "fuel": ["crew_f", "fuelstaff"], "road": ["patrol", "shop"], "village": ["villager_f", "patrol"],
           "far": ["patrol", "villager_f"], "station": ["desk"]}
BRAND_SEEN = {"phone": 0.8, "ebike": 0.85, "wallet": 0.6, "bag": 0.7, "jewelry": 0.45, "electronics": 0.7,
              "bicycle": 0.8, "keys": 0.5, "other": 0.5, "id_doc": 0.9, "cash": 0}
MODEL_SEEN = {"phone": 0.2, "ebike": 0.4, "bicycle": 0.3, "electronics": 0.35}


def render_found(rng, o, where, fm, category, hide=(), force=()):
    """where: dict(name, sub, lat, lon, kind).  hide: identifiers the finder must not write (so a
    near-twin does not contradict what the owner said); force: identifiers it must write."""
    fv = rng.choice(FINDERS[where["kind"]])
    dia = fv == "villager_f"
    formal = fv in ("patrol", "school", "nurse", "station", "desk") or rng.random() < 0.3
    noun = rng.choice(o["nouns_f"])
    fields = {}
    pf = 0.4 if dia else 0.65
    cw = ""
    if o["color"] and rng.random() < 0.9:
        ck = o["color"]
        if ck in COLOR_SLIPS and rng.random() < 0.1:
            ck = COLOR_SLIPS[ck]
        cw = color_word(rng, ck, "f")
        if rng.random() < pf + 0.1:
            fields["color"] = rng.choice(COLORS[ck][2])
    bw = ""
    if o["brand"] and rng.random() < BRAND_SEEN[o["cat"]]:
        bw = spell_brand(rng, o["brand"], "crew")
        if rng.random() < pf:
            fields["brand"] = spell_brand(rng, o["brand"], "crew")
    mw = ""
    if o["model"] and rng.random() < MODEL_SEEN.get(o["cat"], 0.15):
        mw = o["model"]
        if rng.random() < pf:
            fields["model"] = mw
    bits = []
    if o["plate"] and "plate" not in hide:
        bits.append("车牌" + fmt_plate(rng, o["plate"]))
    for a, b in o["vis"]:
        if rng.random() < 0.7:
            bits.append(b)
    opened = o["opens"] and rng.random() < 0.9
    if opened:
        for a, b in o["cont"]:
            if "name" in hide and ("姓名" in b or "户名" in b):
                continue
            if rng.random() < 0.85:
                bits.append(b)
    s = o["serial"]
    sw = ""
    if s and "serial" not in hide:
        see = s["finder"] if "via" not in s else (s["finder"] if opened else 0)
        if "serial" in force or rng.random() < see:
            sw = fmt_serial(rng, s, "f")
            if s.get("via"):
                sw = ("%s号码：" % s["via"]) + sw if rng.random() < 0.5 else sw
            if rng.random() < pf + 0.2:
                fields["serial"] = sw
    nm = ""
    if o["name"] and o["cat"] in ("id_doc", "other") and "name" not in hide:
        nm = o["name"] if rng.random() < 0.6 else mask_name(o["name"])
    if noun[0] in "金银玉" or "色" in noun or o["cat"] == "cash":
        cw = ""
    if bw and bw in noun:
        bw = ""
    if len(cw) == 1:
        cw += "色"
    head = "%s%s%s%s" % (cw, bw, (" " + mw + " ") if mw else "", noun)
    ft = found_time_text(rng, fm, formal)
    place_txt = where["name"] + where["sub"]
    meas = o["measure"]
    detail = ("，".join(bits) + "。") if bits else ""
    if nm and not any(o["name"] in b for b in bits):
        lab = ["姓名：%s。", "证件姓名%s。", "上写姓名%s。"] if o["cat"] == "id_doc" else ["上写姓名%s。"]
        detail = rng.choice(lab) % nm + detail
    if sw:
        detail += rng.choice(["%s。", "号码%s。", "（%s）"]) % sw
    if fv == "patrol":
        body = "%s，巡逻至%s时发现%s一%s。%s已带回所里暂存。" % (ft, place_txt, head, meas, detail)
    elif fv == "cleaner":
        body = "保洁员%s在%s打扫时捡到%s一%s，交到值班室。%s" % (rng.choice(["刘大姐", "老赵", "王师傅", "孙阿姨"]), place_txt, head, meas, detail)
    elif fv == "station":
        body = "客运站工作人员交来：%s在%s拾得%s一%s。%s" % (ft, place_txt, head, meas, detail)
    elif fv == "school":
        body = "考点%s交来，%s在%s拾到%s一%s。%s请失主带身份证明到考点办公室或派出所认领。" % (
            rng.choice(["保安", "监考老师", "志愿者"]), ft, place_txt, head, meas, detail)
    elif fv == "nurse":
        body = "卫生院护士站转交：%s在%s发现%s一%s，无人认领。%s" % (ft, place_txt, head, meas, detail)
    elif fv == "volunteer":
        body = "庙会志愿服务点交来%s一%s，%s在%s拾得。%s" % (head, meas, ft, place_txt, detail)
    elif fv == "grainstaff":
        body = "粮站过磅员交来：%s在%s捡到%s一%s，估计是卖粮群众掉哩。%s" % (ft, place_txt, head, meas, detail)
    elif fv == "crew_f":
        body = "外地收割机机手送来%s一%s，说是%s在%s捡的。%s" % (head, meas, ft, place_txt, detail)
    elif fv == "fuelstaff":
        body = "加油站员工%s在%s发现%s一%s。%s" % (ft, place_txt, head, meas, detail)
    elif fv == "shop":
        if o["cat"] in ("ebike", "bicycle"):
            body = "店主报称：%s停在%s，%s起一直没人骑走，疑似遗弃。%s" % (head, place_txt, ft, detail)
        else:
            body = "附近店主%s在店门口（%s）捡到%s一%s。%s" % (ft, place_txt, head, meas, detail)
    elif fv == "desk":
        body = "群众%s送到所里%s一%s，说是在外头拾哩，没说清具体地方。%s" % (ft, head, meas, detail)
    elif fv == "vendor":
        body = "集上摆摊哩%s送来%s一%s，说是%s在%s拾哩。%s" % (rng.choice(["卖菜大嫂", "卖农具哩老孙", "卖瓜哩小伙"]), head, meas, ft, place_txt, detail)
    else:   # villager_f
        body = "村民%s送来，说是%s在%s拾哩%s，%s" % (rng.choice(["老张", "一位大娘", "俩学生", "一个老汉"]), ft, place_txt, head, detail)
        body = henanize(rng, body, 0.5)
    if rng.random() < 0.1:
        body = typo(rng, body, 1)
    if rng.random() < pf + 0.2:
        fields["address"] = (where["name"] + where["sub"])[:60]
    if bits and rng.random() < pf:
        fields["marks"] = "；".join(bits)[:500]
    if rng.random() < 0.6:
        fields["lat"], fields["lon"] = where["lat"], where["lon"]
    rec = dict(category=category, body=body[:600])
    for k in ("color", "brand", "model", "serial", "address", "marks", "lat", "lon"):
        if k in fields and fields[k] != "":
            rec[k] = fields[k]
    return rec
