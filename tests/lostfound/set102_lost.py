"""set102 lost: an owner writes a lost report (失物登记) from what they know of the object."""
from set102_world import VENUE, before, jitter
from set102_say import (color_zh, color_en, brand_word, brand_en, serial_owner, when_phrase, when_en,
                        typo)

VENUE_EN = {"park": "the lantern fair in Beihu Park", "temple": "the temple fair at Fuyuan Temple",
            "ice": "Beihu Ice and Snow Park", "station": "Songhe West railway station",
            "mall": "Wanhui City mall", "hospital": "the outpatient hall of No.2 Hospital (Beihu)",
            "market": "Beigou morning market", "bath": "Xinhuiyuan bathhouse", "bath2": "the Laodifang bathhouse",
            "campus": "Songhe Tech University (Beihu campus)", "metro": "Beihu Park metro station (Line 2)",
            "home": "Jinxiu Beihu estate"}

MEASURE = {"phone": "部", "id_doc": "张", "wallet": "个", "keys": "串", "ebike": "辆", "bicycle": "辆", "bag": "个",
           "cash": "笔", "jewelry": "个", "electronics": "个", "other": "个"}

ELDER_SAY = ["整丢", "给整没", "落下", "弄丢"]
ELDER_TAIL = ["你们给帮着找找吧", "那玩意儿贼拉重要", "老伴儿知道了得埋汰俺一顿", "俺这一把岁数了脑子不好使",
              "闺女说让俺来登个记", "找着了给俺打电话，俺不会整微信", "寻思回去找，没找着"]


def _desc_zh(rng, o, fill):
    parts = []
    if o["cat"] == "cash":
        return rng.choice(["现金", "一沓钱", "钱", "一笔现金"])
    c = color_zh(rng, o["color"]) if o.get("color") and rng.random() < 0.9 else ""
    b = brand_word(rng, o["brand"]) if o.get("brand") and rng.random() < (0.85 if fill != "thin" else 0.4) else ""
    m = o["model"] if o.get("model") and rng.random() < (0.6 if o["cat"] == "phone" else 0.4) else ""
    noun = rng.choice(o["nouns"])
    if b and m and o["cat"] == "phone" and rng.random() < 0.3 and o["brand"] == "apple":
        return (c + "的" if c else "") + m
    for x in (c, b, m):
        if x:
            parts.append(x)
    lead = "".join(parts[:1])
    if lead and not lead.endswith("的") and rng.random() < 0.5:
        lead += "的"
    s = lead + " ".join(parts[1:])
    return (s + noun) if s else noun


def owner_details(rng, o, lang="zh", k=None):
    """feature phrases the owner would mention"""
    out = []
    feats = list(o["feats"])
    rng.shuffle(feats)
    if k is None:
        k = rng.randint(1, len(feats)) if feats else 0
    for f in feats[:k]:
        out.append(f[lang])
    if o.get("cash") is not None and o["cat"] in ("wallet", "cash"):
        amt = o["cash"]
        if lang == "en":
            out.append("about %d yuan in cash" % amt if amt else "no cash in it")
        elif o["cat"] == "cash":
            out.insert(0, rng.choice(["一共%d块钱", "%d元", "整整%d", "里头%d块"]) % amt)
        elif amt:
            out.append(rng.choice(["里面有%d块钱现金", "现金大概%d元", "有%d多块钱"]) % amt)
        else:
            out.append("没有现金")
    if o.get("tail") and o["cat"] == "wallet" and rng.random() < 0.6:
        out.append(("有张银行卡尾号%s" % o["tail"]) if lang == "zh" else "a bank card ending %s" % o["tail"])
    if o.get("name") and o["cat"] in ("bag", "electronics", "other") and rng.random() < 0.5:
        out.append(("上面写着%s" % o["name"]) if lang == "zh" else "my name %s is on it" % o["name"])
    return out


def write_lost(rng, key, o, owner, loss, truth_key):
    """loss: dict(venue, spot, a, b, alt_venue) with absolute minutes a<=b"""
    voice = owner["voice"]
    v = VENUE[loss["venue"]]
    r = rng.random()
    fill = "full" if r < 0.22 else "some" if r < 0.55 else "body" if r < 0.85 else "hurried" if r < 0.95 else "thin"
    if voice == "elder":
        fill = "body" if fill in ("full", "some") and rng.random() < 0.6 else fill
    rec = {"key": key, "category": owner.get("cat_as", o["cat"])}
    place = rng.choice(v["names"])
    spot = loss["spot"] if rng.random() < 0.7 else ""
    where = place + (spot if spot and not spot.startswith(place) else "")
    if loss.get("alt_venue"):
        where = "%s或者%s" % (where, rng.choice(VENUE[loss["alt_venue"]]["names"]))
    when = when_phrase(rng, loss["a"], loss["b"], "elder" if voice == "elder" else "plain")
    desc = _desc_zh(rng, o, fill)
    ser = None
    if o.get("serial"):
        know = {"imei": 0.35, "id": 0.75, "student": 0.55, "card": 0.5, "frame": 0.45, "sn": 0.3, "passport": 0.8}
        if rng.random() < know.get(o["serial"]["type"], 0.3):
            ser = serial_owner(rng, o["serial"])
    det = owner_details(rng, o)

    if voice == "foreign":
        col = color_en(rng, o["color"]) if o.get("color") else ""
        br = brand_en(o["brand"])
        dets = owner_details(rng, o, "en")
        body = rng.choice([
            "Hi, I teach English at the university here. I lost my {d} {w} at {p}. {x}. Please contact me, thank you!",
            "Lost: {d} {w}, at {p}. {x}. My Chinese is not good, please call or WeChat me.",
            "I think I dropped my {d} somewhere at {p} {w}. {x}. It matters a lot to me.",
        ]).format(d=" ".join(t for t in (col, br, o["en"]) if t), w=when_en(loss["a"], loss["b"]),
                  p=VENUE_EN[loss["venue"]], x=("; ".join(dets) if dets else "nothing special about it")[:1].upper() + ("; ".join(dets) if dets else "nothing special about it")[1:])
        if ser:
            body += " Number: %s." % ser.replace("身份证尾号", "ends ").replace("尾号", "ends ")
        if o.get("name") and o["cat"] == "id_doc":
            body += " Name on it: %s." % o["name"]
        if rng.random() < 0.5:
            rec["color"] = col
        if br and rng.random() < 0.6:
            rec["brand"] = br
        rec["address"] = VENUE_EN[loss["venue"]][:60] if rng.random() < 0.5 else ""
    elif fill == "hurried":
        body = rng.choice(["{p}丢了{d} 急", "{d}丢在{p}了，谁捡了联系我", "{w}{p}丢{d}", "急寻{d}！{p}"]).format(
            p=place, d=desc, w=when.split("到")[0] if rng.random() < 0.5 else "")
        body = typo(rng, body)
    elif fill == "thin":
        c = color_zh(rng, o["color"]) if o.get("color") else ""
        body = rng.choice(["{c}的，在{p}丢的，谁捡到了给个信儿", "{p}那块丢的，{c}的{n}", "{c}{n}，{p}"]).format(
            c=c or "说不清啥色", p=place, n=rng.choice(o["nouns"]))
    elif o["cat"] in ("ebike", "bicycle"):
        lead = {"elder": "（老人口述，民警代记）俺", "driver": rng.choice(["送外卖的，", "干外卖的，跑单时"]),
                "student": rng.choice(["学生，", "开学返校，", ""]), "parent": "接孩子时，"}.get(voice, "")
        body = lead + rng.choice([
            "{w}把{d}停在{p}，回来车就没了，{x}。",
            "{w}在{p}，{d}锁在那儿，出来就没影了，{x}。",
            "{d}停{p}让人骑走了，时间是{w}，{x}。",
        ]).format(w=when, p=where, d=desc, x="，".join(det) or "没什么特别的")
    elif voice == "elder":
        body = "（老人口述，民警代记）" + rng.choice([
            "俺{w}搁{p}那旮旯把{d}{s}了，{x}。{t}。",
            "{w}俺去{p}，回家一摸兜，{d}没了，{x}。{t}。",
            "俺跟老伴儿{w}在{p}，{d}不知道咋整的就{s}了。{x}。{t}。",
        ]).format(w=when, p=where, d=desc, s=rng.choice(ELDER_SAY), x="，".join(det) or "别的记不清了",
                  t=rng.choice(ELDER_TAIL))
        if ser and rng.random() < 0.7:
            body += "号码是%s，闺女给写纸上了。" % ser
            ser = ser if rng.random() < 0.5 else None
    elif voice == "student":
        body = rng.choice(["", "本人理工大学大二学生，", "开学返校，", "刚下高铁，", "救命！", "寒假刚回来，"]) + \
            rng.choice(["{w}在{p}丢了{d}，{x}。", "{w}在{p}把{d}弄丢了，{x}。", "{p}，{w}，{d}找不到了。{x}。"]).format(
                w=when, p=where, d=desc, x="，".join(det) or "没什么特别的") + \
            rng.choice(["求好心人联系我，必有重谢！", "里面东西对我很重要，拜托了🙏", "有捡到的麻烦联系一下，谢谢！", "急！！", ""])
        if ser and rng.random() < 0.4:
            body += "（号码%s）" % ser
    elif voice == "parent":
        who = rng.choice(["孩子的", "我家闺女的", "儿子的", "我的", "我的"])
        body = rng.choice([
            "带孩子{w}去{p}看灯，人太多了，{o}{d}挤丢了。{x}。孩子哭了一路，麻烦帮着留意。",
            "{w}一家人在{p}，{o}{d}不见了，{x}。",
            "{p}，{w}，领着俩孩子顾不过来，{o}{d}落下了，{x}，谢谢！",
        ]).format(w=when, p=where, o=who, d=desc, x="，".join(det) or "记不太清样子了")
    elif voice == "driver":
        body = rng.choice([
            "送外卖的，{w}跑单到{p}附近，{d}掉了，估计从兜里滑出去的，{x}。",
            "干外卖的，{w}在{p}取餐，回来{d}就没了，{x}。跑单急用，谢谢。",
            "快递员，{w}在{p}送件，{d}丢了，{x}。",
        ]).format(w=when, p=where, d=desc, x="，".join(det) or "就这些")
    else:
        body = rng.choice([
            "本人于{w}在{p}遗失{d}一{m}，{x}。如有拾到请与我联系，谢谢。",
            "{w}，{p}，丢失{d}。特征：{x}。",
            "下班路过{p}，{w}发现{d}不见了，{x}。",
        ]).format(w=when, p=where, d=desc, m=MEASURE[o["cat"]], x="，".join(det) or "无明显特征")
        if ser and rng.random() < 0.5:
            body += "号码：%s。" % ser
    if o["cat"] == "id_doc" and o.get("name") and voice != "foreign" and rng.random() < 0.8 and fill not in ("hurried", "thin"):
        body += rng.choice(["证件上名字是%s。", "姓名%s。"] + (["我叫%s。"] if voice in ("student", "office", "driver") else [])) % o["name"]

    # fields
    if voice != "foreign" and fill in ("full", "some"):
        p_field = 0.95 if fill == "full" else 0.5
        if o.get("color") and rng.random() < p_field:
            rec["color"] = color_zh(rng, o["color"])
        if o.get("brand") and rng.random() < p_field:
            rec["brand"] = brand_word(rng, o["brand"])
        if o.get("model") and rng.random() < p_field * 0.7:
            rec["model"] = o["model"]
        if ser and rng.random() < p_field:
            rec["serial"] = ser
        if det and rng.random() < p_field:
            rec["marks"] = "；".join(det)
        if rng.random() < p_field:
            rec["address"] = (where if len(where) <= 60 else place)
        if rng.random() < (0.6 if fill == "full" else 0.2):
            rec["lat"], rec["lon"] = jitter(rng, v["lat"], v["lon"], 450)
    elif voice == "foreign" and ser and rng.random() < 0.5:
        rec["serial"] = ser.replace("身份证尾号", "").replace("尾号", "")
    rec["body"] = body.strip()[:600]
    rec["lost_from_min"] = before(loss["a"])
    rec["lost_to_min"] = before(loss["b"])
    rec["truth"] = truth_key
    return {k: rec[k] for k in rec if rec[k] not in ("", None) or k == "truth"}
