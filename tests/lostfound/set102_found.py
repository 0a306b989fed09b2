"""set102 found: a finder writes a found registration (拾遗物登记) from what they can see."""
from set102_world import VENUE, FAR, before, jitter
from set102_say import color_zh, brand_word, serial_finder, found_time_phrase, typo

FINDERS = {
    "park": ["security", "stall", "passer"], "temple": ["stall", "stall", "passer", "volunteer"],
    "ice": ["icestaff", "icestaff", "passer"], "station": ["station", "station", "taxi"],
    "mall": ["cleaner", "cleaner", "mallsec"], "hospital": ["guard", "guard", "cleaner"],
    "market": ["stall", "passer"], "bath": ["bath"], "bath2": ["bath"], "campus": ["dorm", "passer"],
    "metro": ["metro"], "home": ["property", "passer"], "far": ["passer", "passer", "taxi"],
}
STALL = ["糖葫芦摊", "冻梨摊", "套圈摊", "卖花灯的摊", "烤肠摊", "粘豆包摊", "卖对联福字的摊", "猪肉摊", "豆腐摊"]


def _finder_desc(rng, o, as_cat):
    c = color_zh(rng, o["color"]) if o.get("color") and rng.random() < 0.92 else ""
    if o["cat"] == "cash":
        return rng.choice(["现金", "一沓现金", "一笔现金", "钱"]), c, "", ""
    vis_brand = {"phone": 0.7, "bag": 0.5, "electronics": 0.6, "ebike": 0.9, "bicycle": 0.85, "wallet": 0.35,
                 "jewelry": 0.3, "keys": 0.6, "other": 0.35}.get(o["cat"], 0.3)
    b = brand_word(rng, o["brand"]) if o.get("brand") and rng.random() < vis_brand else ""
    m = o["model"] if o.get("model") and rng.random() < 0.25 else ""
    noun = rng.choice(o["nouns"])
    if o["cat"] == "electronics" and o["kind"] == "buds" and rng.random() < 0.3:
        noun = "白色小盒子（蓝牙耳机）" if o["color"] == "white" else "耳机盒"
    return "".join(x for x in (c, b, (" " + m) if m else "") if x) + noun, c, b, m


def finder_details(rng, o, opened):
    out = []
    for f in o["feats"]:
        if f["who"] == "vis" and rng.random() < 0.7:
            out.append(f["zh"])
        elif f["who"] == "inner" and opened and rng.random() < 0.8:
            out.append(f["zh"])
    if o["cat"] in ("wallet", "cash") and opened and o.get("cash") is not None:
        amt = o.get("cash_left", o["cash"])
        if amt:
            out.append(rng.choice(["内有现金%d元", "清点现金%d元", "里面有钱，数了是%d"]) % amt)
        else:
            out.append("内无现金")
    if o["cat"] == "wallet" and opened and o.get("tail") and rng.random() < 0.5:
        out.append("有银行卡一张，尾号%s" % o["tail"])
    if o.get("name") and opened and rng.random() < 0.8:
        out.append(rng.choice(["上面名字是%s", "写着姓名%s", "名字%s"]) % o["name"])
    return out


def write_found(rng, key, o, place, t_found, negative=None, as_cat=None, force=None):
    """place: dict(venue or 'far', spot, lat, lon, name)"""
    vk = place["venue"]
    who = force or rng.choice(FINDERS[vk])
    pname = place["name"]
    spot = place.get("spot") or ""
    when = found_time_phrase(rng, t_found)
    opened = rng.random() < (0.9 if o["cat"] in ("wallet", "cash", "id_doc") else 0.55)
    desc, c, b, m = _finder_desc(rng, o, as_cat)
    det = finder_details(rng, o, opened)
    x = "，".join(det) if det else "无其他特征"
    ser = None
    if o.get("serial"):
        see = {"imei": 0.15, "id": 0.85, "student": 0.8, "card": 0.3, "frame": 0.5, "sn": 0.3, "passport": 0.9}
        if o["cat"] == "wallet" and o["serial"]["type"] == "id":
            see["id"] = 0.6 if opened else 0.0
        if rng.random() < see.get(o["serial"]["type"], 0.3):
            ser = serial_finder(rng, o["serial"])
    if as_cat == "id_doc" and o["cat"] == "wallet":
        desc = "身份证一张（夹在%s里）" % desc
    T = {
        "security": ["公园安保巡逻至{s}时拾得{d}，{x}。现场等候无人认领，移交派出所。",
                     "{w}保安队在{p}{s}附近捡到{d}，{x}。"],
        "stall": ["我在{p}摆{st}，{w}收摊时在摊位底下发现{d}，{x}，等了半天没人回来找。",
                  "摆摊的，{w}有人把{d}落在{st}上了，{x}。"],
        "volunteer": ["庙会志愿者{w}在{s}拾得{d}，{x}。"],
        "passer": ["{w}路过{p}{s}，在地上捡到{d}，{x}，送过来了。", "在{p}雪堆边上捡的{d}，{x}。",
                   "市民送来{d}一{m}，称{w}在{p}拾得，{x}。"],
        "icestaff": ["冰雪乐园工作人员{w}在{s}拾得{d}，{x}，园区广播未找到失主。",
                     "{p}闭园清场时在{s}发现{d}，{x}。"],
        "station": ["客运员{w}在{s}座椅上拾得{d}，{x}，广播寻找失主未果。",
                    "车站失物招领：{w}，{s}，{d}，{x}。"],
        "taxi": ["出租车司机，{w}送完一位乘客发现后座上有{d}，乘客是在{p}上的车，{x}。",
                 "我是开出租的，{w}{p}拉的活，乘客把{d}落车上了，{x}。"],
        "cleaner": ["保洁员打扫{s}时发现{d}，{x}，交服务台后转交。", "保洁{w}在{p}{s}拾得{d}，{x}。"],
        "mallsec": ["商场保安{w}在{s}拾得{d}，{x}，服务台广播无人认领。"],
        "guard": ["医院保安{w}在{s}拾得{d}，{x}。", "门诊保安巡视时在{s}发现{d}，{x}，交保卫科后转派出所。"],
        "bath": ["{s}客人走后发现落下的{d}，{x}。前台登记过，没人来问。",
                 "搓澡师傅{w}在{s}捡到{d}，{x}。", "澡堂前台：{w}{s}柜子里有客人落的{d}，{x}。"],
        "dorm": ["宿管阿姨在{s}捡到{d}，{x}。", "学生{w}在{p}{s}捡到{d}，{x}，交到保卫处。"],
        "metro": ["站务员{w}在{s}拾得{d}，{x}。"],
        "property": ["小区物业保安{w}在{s}捡到{d}，{x}。", "物业：{w}有业主在{s}捡到{d}交到物业，{x}。"],
    }[who]
    body = rng.choice(T).format(s=spot or pname, p=pname, d=desc, x=x, w=when, st=rng.choice(STALL),
                                m="个" if o["cat"] not in ("phone",) else "部")
    r = rng.random()
    fill = "full" if r < 0.35 else "some" if r < 0.75 else "body" if r < 0.95 else "hurried"
    if fill == "hurried":
        body = typo(rng, "%s捡到%s" % (pname, desc))
    rec = {"key": key, "category": as_cat or o["cat"], "body": body[:600]}
    if fill in ("full", "some"):
        p = 0.9 if fill == "full" else 0.5
        if c and rng.random() < p:
            rec["color"] = c
        if b and rng.random() < p:
            rec["brand"] = b
        if m and rng.random() < p:
            rec["model"] = m
        if ser and rng.random() < p + 0.05:
            rec["serial"] = ser
        if det and rng.random() < p:
            rec["marks"] = "；".join(det)[:500]
        if rng.random() < p:
            a = pname + (spot if spot and spot not in pname else "")
            rec["address"] = a[:60]
        if rng.random() < p * 0.8:
            rec["lat"], rec["lon"] = jitter(rng, place["lat"], place["lon"], 120)
    elif ser and rng.random() < 0.5:
        rec["body"] = (rec["body"] + "号码%s。" % ser)[:600]
    rec["found_at_min"] = before(t_found)
    if negative:
        rec["negative"] = negative
    return rec


def place_at(rng, venue_key, spot=None):
    if venue_key == "far":
        name = rng.choice(FAR["names"])
        lat, lon = jitter(rng, FAR["lat"], FAR["lon"], 4000)
        return {"venue": "far", "name": name, "spot": "", "lat": lat, "lon": lon}
    v = VENUE[venue_key]
    lat, lon = jitter(rng, v["lat"], v["lon"], 250)
    return {"venue": venue_key, "name": rng.choice(v["names"]), "spot": spot or rng.choice(v["spots"]),
            "lat": lat, "lon": lon}
