"""set98 found registrations: a finder describes what they hold, in their own voice.

A finder sees only what is visible or printed: a logo, a colour (sometimes misjudged at night),
the name and number on a card, the contents once a wallet or bag is opened and counted.  They
never know a lock screen, a weight in grams, or what a key opens.
"""
from set98_world import PLACES, jitter, when
from set98_say import (color_finder, brand_word, imei_finder, id_full, id_masked, card_tail, t_finder,
                       typo, canto, clip)

FINDERS = {
    "market": ["stall", "stall", "sanitation", "volunteer"],
    "alley": ["sanitation", "volunteer", "rider", "sanitation"],
    "street": ["rider", "sanitation", "volunteer", "rider"],
    "hospital": ["nurse", "guard", "guard", "nurse"],
    "school": ["guard", "volunteer"],
    "metro": ["metro", "metro", "metro"],
    "night": ["stall", "rider", "sanitation"],
    "square": ["auntie", "auntie", "sanitation", "volunteer"],
    "office": ["volunteer", "volunteer"],
    "far": ["guard", "sanitation", "metro"],
}

GENERIC = {"phone": ["一部手机", "一台手机", "手机一部"], "id_doc": ["一张证件", "证件一张"],
           "wallet": ["一个钱包", "钱包一个", "一个银包"], "keys": ["一串钥匙", "钥匙一串"],
           "ebike": ["一辆电动车", "电动车一辆"], "bicycle": ["一辆自行车", "单车一辆"], "bag": ["一个包", "包一个"],
           "cash": ["现金", "一些现金"], "jewelry": ["一件首饰", "首饰一件"], "electronics": ["一个电子产品"],
           "other": ["一件物品"]}


def _finder_kind(rng, obj):
    k = obj["kind"]
    alt = {"老人机": ["老人手机", "按键手机", "老人机"], "手机": ["手机"], "钥匙": ["一串钥匙", "钥匙一串", "一扎钥匙"],
           "电瓶车": ["电动车", "电瓶车"], "电动车": ["电动车", "电单车"], "买菜的环保袋": ["环保袋", "购物袋"],
           "蓝牙耳机": ["蓝牙耳机", "耳机盒", "无线耳机"], "儿童电话手表": ["儿童手表", "小孩的电话手表", "儿童电话手表"],
           "一叠现金": ["一叠现金", "一沓钱"], "妈咪包": ["妈咪包", "大号手提袋"], "编织袋": ["编织袋", "蛇皮袋"],
           "夏令营营员证": ["营员证", "夏令营胸卡"], "儿童医院就诊卡": ["就诊卡", "儿童医院就诊卡"],
           "舞蹈扇": ["一对扇子", "舞蹈扇"], "X光片袋": ["片子袋", "X光片"], "宝宝银手镯": ["小孩银手镯", "银手镯"]}
    return rng.choice(alt.get(k, [k]))


def write_found(rng, obj, ev, cat=None, force=(), hide=()):
    """ev: {place, found_min}.  force: feature zh strings (or 'serial', 'name', 'cash') that must appear."""
    place = ev["place"]
    who = ev.get("who") or rng.choice(FINDERS[PLACES[place]["kind"]])
    pl = PLACES[place]
    pw = pl["name"] if rng.random() < 0.55 else rng.choice(pl["alias"])
    rec = {"category": cat or obj["cat"]}
    level = rng.choice({"metro": [1, 2, 2], "nurse": [1, 1, 2], "guard": [0, 1, 2], "stall": [0, 0, 1],
                        "sanitation": [0, 0, 1], "volunteer": [0, 1, 2], "auntie": [0, 0, 0, 1],
                        "rider": [0, 1]}[who])
    careful = who in ("metro", "nurse", "guard", "volunteer") or rng.random() < 0.4
    hurried = rng.random() < 0.1 and not force

    hour = when(ev["found_min"]).hour
    night = hour >= 20 or hour < 6
    cword = color_finder(rng, obj["color"], 0.08 if night else 0.02) if obj["color"] and rng.random() < 0.85 else None
    logo = obj["brand"] and (rng.random() < (0.75 if careful else 0.5) or "brand" in force)
    bword = brand_word(rng, obj["brand"]) if logo else None
    mword = obj["model"] if obj["model"] and logo and rng.random() < (0.35 if careful else 0.1) else None
    if mword and bword and mword.lower().startswith(bword.lower()):
        bword = None
    kind = _finder_kind(rng, obj)

    seen = []
    for f in obj["feats"]:
        if f["vis"] == "hidden" or f["zh"] in hide:
            continue
        p = 0.7 if f["vis"] == "out" else (0.75 if careful else 0.4)
        if f["zh"] in force or rng.random() < p:
            seen.append(f)
    ser_txt = None
    s = obj["serial"]
    if s and "serial" not in hide:
        t, v = s["t"], s["v"]
        want = "serial" in force
        if t == "imei" and (want or rng.random() < (0.2 if who == "metro" else 0.08)):
            ser_txt = imei_finder(rng, v)
        elif t == "id":
            if want or rng.random() < 0.85:
                ser_txt = id_full(rng, v) if rng.random() < 0.35 else id_masked(rng, v)
        elif t in ("passport", "student", "medcard"):
            if want or rng.random() < 0.8:
                ser_txt = v
        elif t == "card" and (want or rng.random() < (0.6 if careful else 0.3)):
            ser_txt = card_tail(rng, s["bank"], v)
        elif t == "plate" and (want or rng.random() < 0.85):
            ser_txt = rng.choice([v, v[:2] + "·" + v[2:], v[:2] + "-" + v[2:]])
        elif t == "frame" and (want or rng.random() < 0.45):
            ser_txt = v
        elif t in ("sn", "fob") and (want or rng.random() < 0.45):
            ser_txt = v
    if ser_txt and s["t"] == "card":
        seen = [f for f in seen if f["t"] != "card"]
    name_seen = obj["name"] and obj["printed"] and "name" not in hide and ("name" in force or rng.random() < 0.85)
    cash_seen = obj["cash"] and ("cash" in force or rng.random() < (0.9 if careful else 0.6))
    if obj["cat"] == "cash":
        cash_seen = True

    # the finder's description
    bits = []
    head = "".join(x for x in [cword, bword, (" " + mword + " ") if mword else None, kind] if x).strip()
    if kind[:2] in ("一串", "一扎"):
        head = kind[:2] + "".join(x for x in [cword, bword, kind[2:]] if x)
    if obj["cat"] == "jewelry" and rng.random() < 0.5:
        head = "%s%s（不知道是不是真的）" % (cword or "", kind)
    if seen:
        bits.append("，".join(f["zh"] for f in seen))
    if obj["cat"] == "wallet" and cash_seen and obj["cash"]:
        bits.append(rng.choice(["内有现金%d元", "里面现金%d元", "现金%d元（当面点清）"]) % obj["cash"])
    elif obj["cat"] == "wallet" and cash_seen and obj["cash"] == 0:
        bits.append("里面没有现金")
    if obj["cat"] == "cash":
        bits.append(rng.choice(["共%d元", "点过是%d元", "金额%d元"]) % obj["cash"])
    if obj["cat"] == "wallet" and obj.get("id_in") and name_seen:
        idt = id_masked(rng, obj["id_in"]) if rng.random() < 0.7 else obj["id_in"]
        bits.append("内有身份证一张，姓名%s，号码%s" % (obj["name"], idt))
    elif name_seen and obj["cat"] == "id_doc":
        bits.append(rng.choice(["姓名：%s", "证上姓名%s", "名字%s"]) % obj["name"])
    elif name_seen:
        bits.append(rng.choice(["写着名字%s", "名字贴：%s", "上面有\"%s\"几个字"]) % obj["name"])
    if ser_txt:
        t = s["t"]
        lab = {"imei": "", "id": "号码", "passport": "护照号", "student": "编号", "medcard": "卡号", "card": "",
               "plate": "车牌", "frame": "车架号", "sn": "", "fob": ""}[t]
        if t == "card":
            bits.append("有一张%s卡，%s" % (s["bank"]["name"], ser_txt if not ser_txt.isdigit() else "尾号" + ser_txt))
        else:
            bits.append(lab + ser_txt)
    det = "，".join(bits)
    tw = t_finder(rng, ev["found_min"])
    if hurried:
        body = rng.choice(["%s %s 捡到%s", "%s在%s执到%s，已交"]) % (tw, pw, head or kind)
        if rng.random() < 0.6:
            body = typo(rng, body)
    else:
        body = _voice(rng, who, pw, tw, head or kind, det)
        if who in ("stall", "auntie", "sanitation") and rng.random() < 0.4:
            body = canto(rng, body)
        if rng.random() < 0.08:
            body = typo(rng, body)
    rec["body"] = clip(body, 600)

    if level >= 1:
        if cword and rng.random() < 0.8:
            rec["color"] = cword
        if bword and rng.random() < 0.8:
            rec["brand"] = bword
        if mword and rng.random() < 0.7:
            rec["model"] = mword
        if ser_txt and rng.random() < 0.8:
            rec["serial"] = ser_txt
        if seen and rng.random() < 0.6:
            rec["marks"] = clip("；".join(f["zh"] for f in seen), 500)
        if rng.random() < 0.85:
            rec["address"] = clip(pw, 60)
    elif rng.random() < 0.3:
        rec["address"] = clip(pw, 60)
    if rng.random() < (0.5 if level >= 1 else 0.2):
        rec["lat"], rec["lon"] = jitter(rng, place, 40)
    rec["found_at_min"] = ev["found_min"]
    return rec, who


def _voice(rng, who, pw, tw, head, det):
    d = ("，" + det) if det else ""
    if who == "metro":
        return rng.choice([
            "站务员巡视时在%s拾获%s%s，拾获时间%s，已登记转交。" % (pw, head, d, tw),
            "%s %s 乘客交来%s%s。" % (tw, pw, head, d),
            "%s闸机旁边发现遗留%s%s，%s。" % (pw, head, d, tw)])
    if who == "nurse":
        return rng.choice([
            "护士站收到%s，在%s候诊椅上发现的%s。时间%s。" % (head, pw, d, tw),
            "%s病房家属交到护士站：%s%s。" % (pw, head, d),
            "夜班护士%s在%s捡到%s%s，暂存护士站，已送派出所。" % (tw, pw, head, d)])
    if who == "guard":
        return rng.choice([
            "保安巡逻时在%s发现%s%s，%s。" % (pw, head, d, tw),
            "门岗保安%s于%s拾得%s%s。" % (tw, pw, head, d),
            "%s有人放在保安亭的%s%s。" % (pw, head, d)])
    if who == "stall":
        return rng.choice([
            "我系%s开档的，%s喺档口门口执到%s%s，等咗半日冇人嚟拎。" % (pw, tw, head, d),
            "档主交来：%s在%s捡到%s%s。" % (tw, pw, head, d),
            "%s收档的时候发现有人落低%s%s。" % (pw, head, d)])
    if who == "sanitation":
        return rng.choice([
            "环卫工人%s扫街时在%s垃圾桶旁边捡到%s%s。" % (tw, pw, head, d),
            "清洁工%s在%s路边发现%s%s，交到居委会。" % (tw, pw, head, d),
            "%s %s 环卫拾得%s%s。" % (tw, pw, head, d)])
    if who == "volunteer":
        return rng.choice([
            "居委会志愿者%s在%s巡查时发现%s%s，先放在社区服务站。" % (tw, pw, head, d),
            "街坊送到居委会：%s在%s捡到%s%s。" % (tw, pw, head, d),
            "社区志愿者交来%s%s，地点%s，时间%s。" % (head, d, pw, tw)])
    if who == "auntie":
        return rng.choice([
            "我们跳广场舞的时候在%s长凳上见到%s%s，等了好久冇人认，%s交过来。" % (pw, head, d, tw),
            "跳舞阿姨交来%s%s，在%s捡的，%s。" % (head, d, pw, tw),
            "%s晚上在%s跳舞，有个%s放在音箱旁边%s。" % (tw, pw, head, d)])
    return rng.choice([  # rider
        "外卖骑手，%s送单路过%s捡到%s%s，已交。" % (tw, pw, head, d),
        "我是骑手，%s在%s取餐时地上有%s%s。" % (tw, pw, head, d),
        "%s %s 路边捡到%s%s，骑手交来。" % (tw, pw, head, d)])
