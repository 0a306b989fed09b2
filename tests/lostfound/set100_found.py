"""set100 found items: the finder's side. A finder sees only what is visible or printed,
and what is inside once opened; never amounts the owner remembers, passwords or weights."""
from set100_lost import join
from set100_say import color_word, brand_word, serial_forms, typo, tpoint

FINDERS = {
    "exam": ["exam_staff", "police_vol", "passer", "guard"],
    "hotel": ["front_desk", "housekeeping"],
    "stadium": ["cleaner", "venue_staff", "games_vol"],
    "swim": ["cleaner", "lifeguard", "venue_staff"],
    "metro": ["metro_staff", "metro_staff", "metro_cleaner"],
    "market": ["cashier", "market_guard"],
    "campus": ["dorm_aunt", "student_finder", "campus_guard"],
    "night": ["vendor", "passer"],
    "street": ["bike_stall", "bike_ops", "passer", "sanitation"],
    "far": ["passer", "station_staff", "sanitation"],
}
OPEN = {
    "exam_staff": ["考点工作人员交来：", "%(p)s考务组移交：", "考点保安室登记："],
    "police_vol": ["护考警务志愿者巡逻时拾得。", "警务志愿者交来，", "护考民警在%(s)s捡到，"],
    "passer": ["热心市民送来：", "市民路过捡到的，", "一位送考家长捡到交来，", "路人交到所里，"],
    "guard": ["学校保安在%(s)s捡到，", "门卫交来："],
    "front_desk": ["%(p)s前台登记：", "%(p)s前台送来，客人交到前台的，", "%(p)s前台：保洁整理时发现，"],
    "housekeeping": ["%(p)s客房保洁在%(s)s发现，", "宾馆服务员捡到："],
    "cleaner": ["%(p)s保洁阿姨打扫%(s)s时捡到，", "场馆保洁交来：", "保洁员在%(s)s地上发现，"],
    "venue_staff": ["%(p)s工作人员交来：", "场馆失物招领处移交，", "赛事组委会失物处移交："],
    "games_vol": ["运动会志愿者在%(s)s捡到，", "赛会志愿者交来："],
    "lifeguard": ["游泳馆救生员在%(s)s发现，", "救生员交来："],
    "metro_staff": ["地铁3号线%(p2)s站务员拾获，", "地铁站务员交来：", "3号线客服中心移交，"],
    "metro_cleaner": ["地铁保洁在%(s)s捡到，", "站内保洁交来："],
    "cashier": ["%(p)s收银员发现顾客遗留，", "超市收银台交来：", "%(p)s服务台移交，"],
    "market_guard": ["超市保安在%(s)s发现，", "超市防损员交来："],
    "dorm_aunt": ["宿管阿姨交来：", "学校宿管在%(s)s捡到，"],
    "student_finder": ["大学生捡到后送来：", "一名学生在%(s)s捡到，"],
    "campus_guard": ["校卫队交来：", "学校保卫处移交，"],
    "vendor": ["夜市摊主收摊时发现，", "摆摊的大姐交来：", "%(p)s商户交来，"],
    "bike_stall": ["南门修车摊师傅说：", "修车师傅交来，", "修车摊老板反映："],
    "bike_ops": ["共享单车运维清理停放点时发现，", "单车运维人员交来："],
    "sanitation": ["环卫工人在%(s)s捡到，", "环卫工交来："],
    "station_staff": ["车站工作人员交来：", "%(p)s失物招领移交，"],
}
TAIL = ["无人认领，移交派出所。", "暂存所里。", "请失主带证件来认领。", "", "已拍照存档。", "当时周围没人。",
        "等了半小时没人回来找。", ""]
EXAM_TAIL = ["考试期间放在考点保管，考后移交。", "考生进场后在寄存处剩下的。"]


MEASURE = {"phone": "一部", "keys": "一串", "ebike": "一辆", "bicycle": "一辆", "id_doc": "一张", "cash": "一笔",
           "jewelry": "一件", "other": "一件"}


def daytime(fa, later=True):
    """Finders register things in waking hours: push a 0-6 o'clock time to the morning
    (later=True, fewer minutes before REF) or back to the previous evening."""
    from set100_world import when
    n = 0
    while when(fa).hour < 6 and n < 8:
        fa += -60 if later else 60
        n += 1
    return max(0, fa)


def finder_role(rng, place):
    return rng.choice(FINDERS[place["kind"]])


def _jit(rng, at, m=90):
    return round(at[0] + rng.uniform(-m, m) / 111000.0, 6), round(at[1] + rng.uniform(-m, m) / 98500.0, 6)


def make_found(rng, o, found_at, place=None, spot=None, force=frozenset(), cat=None, role=None, noun=None):
    """force: feature keys ('vis:k', 'inner:k', 'serial', 'color', 'brand', 'holder') that must be stated."""
    place = place or o["place"]
    spot = spot or rng.choice(place["spots"])
    role = role or finder_role(rng, place)
    level = rng.choices(["none", "some", "full", "hurried"], [30, 38, 20, 12])[0]
    rec = {"category": cat or o["cat"]}
    opened = rng.random() < 0.8
    feats = [("vis", f) for f in o["vis"]]
    if opened:
        feats += [("inner", f) for f in o["inner"]]
    keep = []
    for kind, f in feats:
        key = kind + ":" + f["k"]
        if key in force or rng.random() < {"full": 0.9, "some": 0.6, "none": 0.55, "hurried": 0.25}[level]:
            keep.append(f)
    for kind, f in [("inner", f) for f in o["inner"]] if not opened else []:
        if kind + ":" + f["k"] in force:
            keep.append(f)
    see_brand = o["brand"] and (("brand" in force) or rng.random() < {"phone": 0.8, "ebike": 0.9, "electronics": 0.75,
                                                                         "bicycle": 0.8}.get(o["cat"], 0.5))
    see_color = o["color"] and ("color" in force or rng.random() < 0.9)
    color = color_word(rng, o["color"]) if see_color else None
    brand = brand_word(rng, o["brand"]) if see_brand else None
    model = o["model"] if o["model"] and rng.random() < (0.35 if o["cat"] in ("ebike", "electronics") else 0.12) else None
    sers = [s for s in o["serials"] if s[2] in ("finder", "both")]
    ser = None
    if sers and ("serial" in force or rng.random() < 0.8):
        s = sers[0]
        if s[0] == "card" and not opened and "serial" not in force:
            s = None
        if s:
            ser = (s[0], serial_forms(rng, s[0], s[1], "finder"))
    holder = o["holder"] if o["holder"] and ("holder" in force or rng.random() < 0.85) else None
    noun = noun or rng.choice(o["noun"])
    if holder:
        keep = [f for f in keep if f["k"] != "name" or f"{holder}" not in f["zh"] and holder.upper() not in f["zh"]]
    p2 = place["name"].replace("地铁3号线", "")
    opener = rng.choice(OPEN[role]) % {"p": place["name"], "s": spot, "p2": p2}
    tp = tpoint(rng, found_at)
    objp = join(color if o["cat"] not in ("id_doc", "cash") else None, brand, model, noun)
    if level == "hurried":
        bits = [tp, spot, "拾到" + objp]
        if ser:
            bits.append(ser[1])
        if holder:
            bits.append(rng.choice(["名字", "姓名", ""]) + holder)
        if keep:
            bits.append(keep[0]["zh"])
        body = typo(rng, " ".join(bits), 1)
        keep = keep[:1]
    else:
        s = [opener]
        s.append(rng.choice(["%s在%s", "%s于%s", "时间%s，地点%s，"]) % (tp, spot))
        s.append(rng.choice(["捡到", "拾得", "发现", "有人遗留"]) + rng.choice(["", MEASURE.get(o["cat"], "一个")] if not objp.startswith("一") else [""]) + objp + "。")
        if holder:
            s.append(rng.choice(["上面名字%s", "姓名：%s", "写的是%s", "证上是%s"]) % holder + "。")
        if ser:
            lab = {"id": "证件号", "ticket": "准考证号", "student": "", "card": "卡号", "frame": "车架号", "plate": "车牌",
                   "sn": "编号", "passport": "", "imei": ""}[ser[0]]
            if ser[1][:2] in ("尾号", "末四", "序列", "SN", "护照", "学号", "IM", "车牌", "车架", "卡号", "卡尾"):
                lab = ""
            s.append(lab + ser[1] + "。")
        if keep and (level != "full" or rng.random() < 0.5):
            s.append("，".join(f["zh"] for f in keep) + "。")
        if o["cat"] == "phone" and rng.random() < 0.5:
            s.append(rng.choice(["手机锁屏打不开。", "已经没电关机了。", "有未接来电显示“妈妈”。", "一直有人打来但是接不到。", "电量还剩一点。"]))
        if not opened and o["inner"]:
            s.append("没有打开看。")
        s.append(rng.choice(TAIL + (EXAM_TAIL if place["kind"] == "exam" else [])))
        body = "".join(s)
        if rng.random() < 0.08:
            body = typo(rng, body, 1)
    rec["body"] = body[:600]
    fill = {"full": 0.9, "some": 0.55, "none": 0.0, "hurried": 0.1}[level]
    if color and rng.random() < fill:
        rec["color"] = color_word(rng, o["color"])
    if brand and rng.random() < fill:
        rec["brand"] = brand_word(rng, o["brand"])
    if model and rng.random() < fill:
        rec["model"] = model
    if ser and rng.random() < fill + 0.2:
        rec["serial"] = ser[1]
    if keep and rng.random() < fill:
        rec["marks"] = "，".join(f["zh"] for f in keep)[:500]
    if (rng.random() < fill + 0.25) or ("addr" in force):
        rec["address"] = (place["name"] + spot)[:60] if rng.random() < 0.7 else place["addr"][:60]
    if rng.random() < fill + 0.15:
        rec["lat"], rec["lon"] = _jit(rng, place["at"])
    # make sure forced things are actually on the record somewhere
    text = rec["body"] + rec.get("marks", "")
    for kind, f in [("vis", f) for f in o["vis"]] + [("inner", f) for f in o["inner"]]:
        if kind + ":" + f["k"] in force and f["zh"] not in text:
            if kind == "inner":
                rec["body"] = rec["body"].replace("没有打开看。", "")
            rec["body"] = (rec["body"] + f["zh"] + "。")[:600]
    if "serial" in force and sers and not ser:
        rec["serial"] = serial_forms(rng, sers[0][0], sers[0][1], "finder")
    if "holder" in force and o["holder"] and o["holder"] not in rec["body"]:
        rec["body"] += "名字是%s。" % o["holder"]
    rec["found_at_min"] = found_at
    return rec
