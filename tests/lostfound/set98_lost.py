"""set98 lost reports: an owner describes their own object, in their own voice.

The owner knows hidden things (lock screen, cash roughly, what the keys open, the weight of a
bangle) but often forgets or skips the printed details, and rarely knows an IMEI.
Returns (record_without_key, meta) where meta lists what the report actually told.
"""
from set98_world import PLACES, COUNTRY_HOME, jitter
from set98_say import (color_owner, color_en, brand_word, imei_owner, id_full, id_tail, card_tail,
                       t_owner, t_en, typo, canto, clip)

PLACE_EN = {
    "market": "Dajingtou wet market", "market_fish": "the fish stalls at Dajingtou market",
    "qingzhuan": "Qingzhuan Lane", "rongyin_li": "Rongyin Li alley", "datong": "Datong Street",
    "qilou": "the arcade street (Fushou Rd)", "hospital": "the Children's Hospital",
    "hospital_ward": "the Children's Hospital inpatient building", "hospital_gate": "the Children's Hospital east gate",
    "school_dx": "Dexingli Primary School", "school_gx": "Guixiang St Primary School",
    "metro": "Jinhuaqiao metro station", "metro_b": "Jinhuaqiao metro exit B", "metro_d": "Jinhuaqiao metro exit D",
    "ebike_bay": "the e-bike parking at Jinhuaqiao exit B", "night": "Tongfu night snack street",
    "night_bbq": "a BBQ stall on Tongfu night snack street", "square": "Shuiyue Pier square",
    "greenway": "the riverside greenway", "committee": "the Rongyin community office",
    "elder_canteen": "the elderly canteen", "rider_hub": "the riders' rest stop", "bus": "Huata bus stop",
}

CAT_CN = {"phone": "手机", "id_doc": "证件", "wallet": "钱包", "keys": "钥匙", "ebike": "电动车",
          "bicycle": "自行车", "bag": "包", "cash": "现金", "jewelry": "首饰", "electronics": "电子产品", "other": "物品"}


def _place_word(rng, key):
    p = PLACES[key]
    return p["name"] if rng.random() < 0.45 else rng.choice(p["alias"])


def _cash_approx(rng, c):
    if c == 0:
        return None
    r = rng.random()
    if r < 0.35:
        return "%d元" % c
    if r < 0.6:
        return "大概%d块" % (round(c, -2) if c >= 100 else c)
    if r < 0.8:
        return "%d多块" % (c // 100 * 100) if c >= 200 else "几十块"
    return "几百块" if c < 1000 else "一千多块" if c < 2000 else "两三千块"


def _obj_phrase(rng, obj, with_brand, with_model, cword):
    parts = [cword] if cword else []
    if with_brand and obj["brand"]:
        bw = brand_word(rng, obj["brand"])
        if not (with_model and obj["model"] and obj["model"].lower().startswith(bw.lower())):
            parts.append(bw)
    if with_model and obj["model"]:
        parts.append(obj["model"])
    kind = obj["kind"]
    if obj["cat"] == "keys" and kind == "钥匙":
        parts.insert(0, "一串")
    parts.append(kind)
    if rng.random() < 0.4:
        return " ".join(parts)
    out = ""
    for p in parts:
        if out and out[-1].isascii() and out[-1].isalnum() and p[:1].isascii() and p[:1].isalnum():
            out += " "
        out += p
    return out


def write_lost(rng, obj, voice, ev):
    """ev: {place, place2 (or None), from_min, to_min}.  Returns (record, meta)."""
    meta = {"feats": [], "serial": None, "name": False, "cash": False, "brand": False, "color": False}
    level = {"elderly": [0, 0, 0, 1], "visitor": [0, 0, 1, 1], "rider": [0, 1, 1, 2], "parent": [0, 1, 2, 2],
             "diner": [0, 1, 1, 2], "foreign": [0, 1, 1, 2]}[voice]
    level = rng.choice(level)
    hurried = rng.random() < (0.12 if voice != "elderly" else 0.25)
    en = voice == "foreign"
    rec = {"category": obj["cat"]}

    knows_brand = obj["brand"] is not None and rng.random() < (0.55 if voice == "elderly" else 0.85)
    knows_model = obj["model"] is not None and rng.random() < (0.15 if voice == "elderly" else 0.55)
    says_color = obj["color"] is not None and rng.random() < 0.85
    cword = color_owner(rng, obj["color"]) if says_color else None
    if says_color:
        meta["color"] = True
    if knows_brand:
        meta["brand"] = True

    # which features the owner brings up
    told = []
    for f in obj["feats"]:
        p = {"out": 0.6, "in": 0.55, "hidden": 0.7}[f["vis"]]
        if hurried:
            p *= 0.3
        if rng.random() < p and (not en or f.get("en")):
            told.append(f)
    # serial as the owner knows it
    ser_txt = None
    s = obj["serial"]
    if s:
        t, v = s["t"], s["v"]
        if t == "imei" and rng.random() < (0.3 if voice != "elderly" else 0.08):
            ser_txt = imei_owner(rng, v)
        elif t == "id" and rng.random() < 0.7:
            ser_txt = id_full(rng, v) if rng.random() < 0.55 else id_tail(rng, v)
        elif t in ("passport", "student", "medcard") and rng.random() < 0.6:
            ser_txt = v
        elif t == "card" and rng.random() < 0.55:
            ser_txt = card_tail(rng, s["bank"], v)
        elif t == "plate" and rng.random() < 0.8:
            ser_txt = rng.choice([v, v[:2] + "·" + v[2:], v[:2] + " " + v[2:], "车牌" + v])
        elif t in ("frame", "sn", "fob") and rng.random() < 0.3:
            ser_txt = v
    if en and ser_txt and s["t"] in ("card", "imei"):
        ser_txt = ("card ending " + s["v"]) if s["t"] == "card" else s["v"]
    if obj["cat"] == "ebike" and rng.random() < 0.25:
        fr = [f for f in obj["feats"] if f["t"] == "frame"][0]
        if fr not in told:
            told.append(fr)
    if ser_txt:
        meta["serial"] = ser_txt
    if ser_txt and s["t"] == "card":
        told = [f for f in told if f["t"] != "card"]
    meta["feats"] = [f["zh"] for f in told]
    name_told = obj["name"] and (obj["printed"] or obj["cat"] == "electronics") and rng.random() < 0.8
    meta["name"] = bool(name_told)
    cash_txt = _cash_approx(rng, obj["cash"]) if obj["cash"] and rng.random() < 0.85 else None
    if obj["cat"] == "cash" and not cash_txt:
        cash_txt = "%d元" % obj["cash"]
    meta["cash"] = cash_txt

    place, place2 = ev["place"], ev.get("place2")
    pw = _place_word(rng, place)
    pw2 = _place_word(rng, place2) if place2 else None
    tf, tt = ev["from_min"], ev["to_min"]

    if en:
        body = _english(rng, obj, told, ser_txt, cash_txt, name_told, knows_brand, knows_model, says_color,
                        place, place2, tf, tt, hurried)
    else:
        body = _chinese(rng, obj, voice, told, ser_txt, cash_txt, name_told, knows_brand, knows_model, cword,
                        pw, pw2, tf, tt, hurried, ev)
    rec["body"] = clip(body, 600)

    # structured fields
    if level >= 1:
        if says_color and rng.random() < 0.8:
            rec["color"] = color_en(obj["color"]) if en and rng.random() < 0.6 else color_owner(rng, obj["color"])
        if knows_brand and rng.random() < 0.8:
            rec["brand"] = brand_word(rng, obj["brand"], "en" if en else None)
        if knows_model and rng.random() < 0.7:
            rec["model"] = obj["model"]
        if ser_txt and rng.random() < 0.75:
            rec["serial"] = ser_txt
        if told and rng.random() < (0.4 if level == 1 else 0.8):
            rec["marks"] = clip("；".join((f["en"] if en else f["zh"]) for f in told), 500)
        if rng.random() < 0.8:
            rec["address"] = clip(pw if not pw2 or rng.random() < 0.5 else "%s到%s" % (pw, pw2), 60)
    elif rng.random() < 0.35:
        rec["address"] = clip(pw, 60)
    if rng.random() < (0.45 if level >= 1 else 0.15):
        rec["lat"], rec["lon"] = jitter(rng, place, 80)
    rec["lost_from_min"] = tf
    rec["lost_to_min"] = tt
    return rec, meta


def _desc_feats(rng, told):
    return "，".join(f["zh"] for f in told)


def _chinese(rng, obj, voice, told, ser_txt, cash_txt, name_told, kb, km, cword, pw, pw2, tf, tt, hurried, ev):
    what = _obj_phrase(rng, obj, kb, km, cword)
    t1, t2 = t_owner(rng, tf), t_owner(rng, tt)
    span = rng.choice(["%s到%s之间" % (t1, t2), "%s至%s" % (t1, t2), "大概%s" % t1 if tf - tt < 180 else "%s到%s" % (t1, t2)])
    where = pw if not pw2 else rng.choice(["从%s到%s路上" % (pw, pw2), "%s或者%s" % (pw, pw2), "%s附近，可能在%s" % (pw, pw2)])
    extra = []
    if told:
        extra.append(_desc_feats(rng, told))
    if obj["cat"] == "wallet" and cash_txt:
        extra.append("里面有%s现金" % cash_txt)
    if obj["cat"] == "cash" and cash_txt:
        extra.append(rng.choice(["一共%s", "里面%s", "有%s"]) % cash_txt)
    if obj["cat"] == "wallet" and obj.get("id_in") and name_told:
        extra.append("还有我的身份证，名字%s" % obj["name"])
    elif name_told and obj["name"]:
        if obj["cat"] == "id_doc":
            extra.append(rng.choice(["名字是%s", "姓名%s", "证上名字：%s", "是%s的"]) % obj["name"])
        else:
            extra.append(rng.choice(["上面有名字%s", "写着小朋友名字%s", "名字贴写的是%s"]) % obj["name"])
    if ser_txt:
        if obj["serial"]["t"] == "card":
            extra.append("里面有张%s卡%s" % (obj["serial"]["bank"]["name"], ser_txt if "尾号" in ser_txt or "后四位" in ser_txt else "，卡号" + ser_txt))
        elif obj["serial"]["t"] == "id":
            extra.append(rng.choice(["身份证号%s", "号码%s", "证号 %s"]) % ser_txt if "位" not in ser_txt and "尾号" not in ser_txt else ser_txt)
        elif obj["serial"]["t"] == "plate":
            extra.append(ser_txt if ser_txt.startswith("车牌") else "车牌%s" % ser_txt)
        else:
            extra.append(ser_txt)
    det = "，".join(extra)
    if hurried:
        s = rng.choice(["%s%s丢了%s", "急！%s在%s不见了%s", "%s %s 掉了 %s"]) % (
            what if rng.random() < 0.5 else obj["kind"], pw, ("，" + det) if det and rng.random() < 0.5 else "")
        s = typo(rng, s) if rng.random() < 0.7 else s
        return s + rng.choice(["", "，有人捡到吗", "。", "！！"])
    if obj["cat"] in ("ebike", "bicycle"):
        park = rng.choice(["停在", "锁在", "放在"])
        intro = rng.choice([
            "%s%s%s门口，%s出来就不见了，怀疑被人骑走了。" % (span, park, pw, what),
            "我的%s%s%s，%s回来发现没了。" % (what, park, where, span),
            "%s被偷，%s%s，时间%s。" % (what, "原来" + park, pw, span),
            "%s%s%s楼下，%s找不到了，周围都找过。" % (what, span, park, pw)])
        if voice == "rider":
            end = rng.choice(["车是吃饭的工具，求帮忙找！", "没车跑不了单，急。", ""])
        elif voice == "foreign":
            end = ""
        else:
            end = rng.choice(["", "麻烦帮忙看看监控。", "谢谢。"])
    elif voice == "parent":
        intro = rng.choice([
            "带孩子去%s，%s发现%s不见了。" % (where, span, what),
            "小朋友在%s参加夏令营，%s，接他的时候发现%s丢了。" % (pw, span, what),
            "%s我们在%s，带着两个小孩手忙脚乱，%s应该是那时候掉的。" % (span, where, what),
            "孩子在儿童医院看病，排队的时候%s不见了，地点%s，时间%s。" % (what, where, span)])
        end = rng.choice(["孩子一直哭着要，麻烦大家帮忙留意！", "有捡到的好心人请联系，必有酬谢。", "", "谢谢！"])
    elif voice == "rider":
        intro = rng.choice([
            "我是外卖骑手，%s跑单的时候在%s%s掉了。" % (span, where, what),
            "送餐到%s，%s回到车上发现%s没了。" % (where, span, what),
            "%s在%s取餐，%s应该是落在那了。" % (span, where, what),
            "骑手，%s，路线%s，丢了%s。" % (span, where, what)])
        end = rng.choice(["等着用来跑单，急！", "有捡到的请联系我，请你饮茶。", "", "谢谢好心人。"])
    elif voice == "elderly":
        intro = rng.choice([
            "（女儿代写）我妈%s在%s买菜，回家才发现%s不见了。" % (span, where, what),
            "阿婆口述：%s%s去%s，%s丢了。" % (t1, rng.choice(["早上", "", "傍晚"]), where, what),
            "%s在%s唔见咗%s。" % (span, where, what),
            "老人家记不太清，大概%s在%s附近，%s丢了。" % (t1, where, what)]
            + (["在%s跳完舞，%s找不到了。%s。" % (where, what, span)] if ev["place"] in ("square", "greenway") else []))
        end = rng.choice(["", "老人家好着急。", "请帮帮忙。", "唔该晒。"])
    elif voice == "visitor":
        home = COUNTRY_HOME.get(obj["serial"]["v"][:6], "乡下") if obj["serial"] and obj["serial"]["t"] == "id" else rng.choice(sorted(COUNTRY_HOME.values()))
        intro = rng.choice([
            "我们从%s过来给孩子看病，%s在%s把%s弄丢了。" % (home, span, where, what),
            "陪孙子在儿童医院住院，%s在%s丢了%s。" % (span, where, what),
            "第一次来南湾，不熟悉路，%s从%s出来以后发现%s不见了。" % (span, where, what),
            "%s在%s，%s丢了，我们明天就要回%s。" % (span, where, what, home)])
        end = rng.choice(["看病的钱和证件都要用，求求好心人。", "麻烦警察同志帮忙找找。", "", "手机是借别人的打的，请打这个号码联系。"])
    elif ev["place"] not in ("night", "night_bbq"):  # diner, lost on the way home
        intro = rng.choice([
            "%s吃完宵夜走到%s，发现%s不见了。" % (span, where, what),
            "宵夜后经过%s，%s没了，时间%s。" % (where, what, span),
            "%s从宵夜街出来，在%s附近丢了%s。" % (span, where, what)])
        end = rng.choice(["", "有人捡到请联系我。", "重谢！", "谢谢。"])
    else:  # diner
        intro = rng.choice([
            "%s在%s吃宵夜，走的时候忘了拿%s。" % (span, where, what),
            "%s和朋友在%s吃烧烤，喝了点酒，%s不见了。" % (span, where, what),
            "%s从%s出来坐地铁，发现%s没了。" % (span, where, what),
            "宵夜后%s丢失%s，%s。" % (where, what, span)])
        end = rng.choice(["", "有人捡到请联系我。", "重谢！", "谢谢。"])
    body = intro + (det + "。" if det else "") + end
    if voice in ("elderly", "rider", "diner") and rng.random() < 0.35:
        body = canto(rng, body)
    if rng.random() < 0.12:
        body = typo(rng, body)
    return body


def _english(rng, obj, told, ser_txt, cash_txt, name_told, kb, km, sc, place, place2, tf, tt, hurried):
    what = " ".join(x for x in [color_en(obj["color"]) if sc and obj["color"] else None,
                                 brand_word(rng, obj["brand"], "en") if kb and obj["brand"] else None,
                                 obj["model"] if km else None, obj["kind_en"]] if x)
    where = PLACE_EN.get(place, PLACES[place]["name"])
    if place2:
        where += rng.choice([" or on the way to ", " / maybe ", " and then "]) + PLACE_EN.get(place2, PLACES[place2]["name"])
    if hurried:
        return rng.choice(["lost %s near %s, %s pls help", "Lost: %s at %s (%s)"]) % (what, where, t_en(tf))
    s = rng.choice(["Hello, I lost my %s at %s between %s and %s. " % (what, where, t_en(tf), t_en(tt)),
                    "I think I dropped my %s around %s, %s. " % (what, where, t_en(tf)),
                    "My %s went missing at %s (%s – %s). " % (what, where, t_en(tf), t_en(tt))])
    det = [f["en"] for f in told if f.get("en")]
    if det:
        s += rng.choice(["Details: ", "How to recognise it: ", "Note: "]) + "; ".join(det) + ". "
    if cash_txt and obj["cash"]:
        s += "About %d RMB cash inside. " % (round(obj["cash"], -2) or obj["cash"])
    if name_told and obj["name"]:
        s += "Name on it: %s. " % obj["name"]
    if ser_txt:
        s += ("Number: %s. " % ser_txt)
    s += rng.choice(["Thank you so much!", "Please contact me, thanks.", "", "My Chinese is not good, sorry."])
    return s
