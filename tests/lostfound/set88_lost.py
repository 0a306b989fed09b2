"""set88 lost reports: who loses what where and when, and the report in the owner's own voice."""
import set88_world as Wd
import set88_people as P
from set88_judge import new_said
from set88_text import Desc, card_list, join
from set88_words import typo
from set88_found import cat2

ROLE_W = {
    "phone": {"tourist": 4, "selfdrive": 1, "local": 3, "student": 2, "driver": 1, "vendor": 1, "guide_for": 1, "elder": 1},
    "wallet": {"tourist": 3, "local": 3, "student": 1, "driver": 1, "vendor": 1, "elder": 1, "guide_for": 1, "patient": 1},
    "id_doc": {"tourist": 3, "selfdrive": 1, "local": 2, "student": 2, "driver": 1, "elder": 1, "guide_for": 1},
    "keys": {"local": 3, "selfdrive": 2, "student": 1, "driver": 1, "vendor": 1, "tourist": 1},
    "ebike": {"local": 3, "student": 2, "vendor": 1},
    "bicycle": {"student": 3, "local": 2},
    "bag": {"tourist": 4, "selfdrive": 1, "local": 2, "student": 2, "guide_for": 1},
    "cash": {"driver": 3, "vendor": 2, "local": 2, "tourist": 1, "elder": 1},
    "jewelry": {"tourist": 3, "local": 3, "elder": 1, "guide_for": 1},
    "electronics": {"tourist": 4, "selfdrive": 2, "student": 2, "local": 1},
    "other": {"tourist": 3, "local": 2, "elder": 1, "student": 1, "selfdrive": 1, "patient": 1},
}
KIND_ROLE = {"vehlic": "selfdrive", "student": "student", "medicine": "patient", "carkey": "selfdrive"}
ROLE_TAGS = {"tourist": "tour transit camp valley", "selfdrive": "selfdrive camp valley tour", "local": "local hospital",
             "student": "student", "driver": "driver", "vendor": "tour", "guide_for": "tour camp valley",
             "elder": "local hospital", "patient": "hospital"}
RIDE_PLACES = ["supermarket", "hospital", "college_gate", "college_library", "fruit_market", "bus_stop",
               "walking_street", "unity_park", "raisin_market", "night_market", "people_square"]
ACTS = [("camp", ["骑骆驼", "滑沙", "坐越野车冲沙", "看日落"]), ("valley", ["摘葡萄", "逛葡萄长廊", "拍照"]),
        ("transit", ["候车", "排队进站", "出站打车", "等班车"]), ("hospital", ["挂号看病", "排队缴费", "陪老人输液"]),
        ("driver", ["卸货", "装车", "过磅"]), ("tour", ["逛", "拍照", "买东西", "吃东西"]),
        ("student", ["上自习", "吃饭", "取快递"]), ("local", ["买东西", "散步", "办事"])]
INTRO = {"tourist": ["我是{home}来的游客，", "从{home}来旅游的，", "我们一家从{home}过来玩，", "{home}游客，", ""],
         "selfdrive": ["我们从{home}自驾过来，", "自驾游客（{home}），", "开车从{home}来玩的，"],
         "local": ["", "", "本地居民，", "我在这边做生意，"], "student": ["我是绿洲学院的学生，", "学院大二学生，", "本人绿洲学院在校生，"],
         "driver": ["我是跑瓜果运输的货车司机，", "拉哈密瓜的货车司机，", "我开大车送葡萄干的，"],
         "vendor": ["我是摆摊的，", "我在大巴扎摆摊，", "夜市摊主，"],
         "guide_for": ["导游{g}代游客登记：游客{o}（{home}人）", "旅行社导游代登记，团里游客{o}，"],
         "elder": ["（志愿者代写）{o}老人说，", "替我家老人登记：", "老人{o}口述："],
         "patient": ["陪家里老人来医院看病，", "来医院复查，", ""]}
DISC = ["回来发现{k}不见了", "后来发现{k}丢了", "{k}就找不到了", "再找{k}已经没有了"]
POCKET = {"phone", "wallet", "keys", "cash", "id_doc"}
PLACE_ACT = {"sand_slide": "滑沙", "camel_point": "骑骆驼", "jeep_point": "坐越野车冲沙|等越野车", "college_library": "上自习",
             "college_canteen": "吃饭", "hotel_silk": "住宿|办退房", "hotel_oasis": "住宿|办入住", "farmstay_ayi": "住农家乐|吃饭",
             "farmstay_village": "住民宿", "gas_station": "加油", "supermarket": "买东西|买菜", "bus_stop": "等公交",
             "walking_street": "逛街", "people_square": "散步|看喷泉", "unity_park": "散步|带孩子玩", "night_market": "吃夜市|吃烤肉",
             "bazaar": "逛巴扎|买地毯", "naan_street": "买馕", "raisin_market": "买葡萄干|批葡萄干", "mosque_square": "拍照|喂鸽子",
             "hospital": "看病|排队缴费", "hospital_er": "看急诊|陪家人输液", "fruit_market": "进货|卸货",
             "fruit_lorry_lot": "卸货|装车", "rail_station": "候车|排队进站", "rail_exit": "出站", "rail_taxi": "排队打车",
             "bus_terminal": "等班车|买票", "college_gate": "取快递|等人", "valley_gate": "检票|坐观光车",
             "desert_camp": "看篝火晚会|吃饭", "karez": "参观|拍照", "drying_house": "拍照", "valley_corridor": "摘葡萄|拍照"}
CLOSE = ["麻烦帮忙找找，谢谢！", "有消息请联系我。", "很着急，拜托了。", "", "", "捡到的好心人请联系，必有重谢。"]
VISITOR_CLOSE = ["明天就要回去了，麻烦尽快。", "后天的高铁回去，麻烦尽快。"]
PARTS = [(0, 5, "凌晨"), (5, 8, "早上"), (8, 11, "上午"), (11, 13, "中午"), (13, 17, "下午"), (17, 19, "傍晚"),
         (19, 23, "晚上"), (23, 24, "深夜")]


def pick_role(rng, cat, kind):
    if kind in KIND_ROLE:
        return KIND_ROLE[kind]
    w = ROLE_W[cat]
    roles = list(w)
    return rng.choices(roles, weights=[w[r] for r in roles])[0]


def pick_places(rng, role, obj):
    if obj["cat"] in ("ebike", "bicycle"):
        cands = RIDE_PLACES
    elif obj["kind"] == "medicine":
        cands = ["hospital", "hospital_er"]
    elif obj["kind"] == "vehlic":
        cands = Wd.with_tag("selfdrive") + ["hotel_silk", "hotel_oasis", "valley_gate"]
    else:
        cands = sorted({p for t in ROLE_TAGS[role].split() for p in Wd.with_tag(t)}, key=Wd.IN_AREA.index)
    first = rng.choice(cands)
    places = [first]
    if obj["cat"] not in ("ebike", "bicycle") and rng.random() < 0.3:
        nb = [q for q in Wd.near(first, 2.5) if q != first]
        if nb:
            places.append(rng.choice(nb))
    return places


def make_event(rng, places):
    t = Wd.pick_moment(rng, places[0])
    day, h = t // Wd.DAY, (t % Wd.DAY) // 60
    r = rng.random()
    if r < 0.25:
        t0, t1, style = t - rng.randint(10, 40), t + rng.randint(10, 40), "exact"
    elif r < 0.6:
        a, b, _ = [x for x in PARTS if x[0] <= h < x[1]][0]
        t0, t1, style = day * Wd.DAY + a * 60, day * Wd.DAY + b * 60 - 1, "part"
    elif r < 0.85:
        t0 = max(day * Wd.DAY, (t // 60 - rng.randint(1, 3)) * 60)
        t1 = min(day * Wd.DAY + 1439, (t // 60 + rng.randint(1, 3)) * 60)
        style = "range"
    else:
        t0, t1, style = t - rng.randint(6, 40) * 60, t + rng.randint(1, 20) * 60, "span"
    t1 = min(t1, Wd.NOW - 60)
    return {"t": t, "t0": min(t0, t), "t1": max(t1, t), "style": style, "places": places}


def when_words(rng, ev):
    t0, t1, t = ev["t0"], ev["t1"], ev["t"]
    if ev["style"] == "exact":
        return Wd.when_words(t, rng)
    if ev["style"] == "part":
        return Wd.date_words(t, rng) + Wd.part_of_day((t % Wd.DAY) // 60)
    if ev["style"] == "range":
        return Wd.when_words(t, rng, clock="%d点到%d点之间" % ((t0 % Wd.DAY) // 60, (t1 % Wd.DAY + 1) // 60))
    return "%s%s到%s%s之间" % (Wd.date_words(t0, rng, True), Wd.part_of_day((t0 % Wd.DAY) // 60),
                           Wd.date_words(t1, rng, True), Wd.part_of_day((t1 % Wd.DAY) // 60))


def disc(rng, o):
    return rng.choice(DISC + (["一摸口袋{k}没了"] if o["cat"] in POCKET else []))


def activity(rng, pid):
    if pid in PLACE_ACT:
        return rng.choice(PLACE_ACT[pid].split("|"))
    tg = Wd.tags(pid)
    for tag, acts in ACTS:
        if tag in tg:
            return rng.choice(acts)
    return "逛"


def write_lost(rng, rec, level, force=()):
    """rec has obj, owner, event.  Returns (fields, said)."""
    o, owner, ev = rec["obj"], rec["owner"], rec["event"]
    cat = o["alt"]["lost"] if o["alt"] else o["cat"]
    s = new_said("lost", cat)
    s["places"], s["t0"], s["t1"] = list(ev["places"]), ev["t0"], ev["t1"]
    d = Desc(rng, o, s, "owner", level, force)
    kw = d.kind_word()
    color, brand, model = d.color_word(), d.brand_word(), d.model_word()
    feats, idents, name = d.feat_clauses(), d.ident_texts(), d.name_text()
    amount, conts, hidden = d.amount_text(), d.content_phrases(), d.hidden()
    pfield = {"hurried": 0.15, "low": 0.35, "mid": 0.6, "high": 0.8, "full": 0.7}[level]
    f = {"category": cat}
    use_fields = rng.random() < pfield
    f["color"], f["brand"], f["model"] = (color, brand, model) if use_fields else (None, None, None)
    keep = (lambda w: w and (not use_fields or rng.random() < 0.4))
    head = kw
    if keep(model):
        head = cat2(model, head) if rng.random() < 0.5 else head + "（" + model + "）"
    if keep(brand):
        head = cat2(brand, head)
    if keep(color):
        head = color + ("的" if rng.random() < 0.3 else "") + head
    pnames = [rng.choice(Wd.names(p)) for p in ev["places"]]
    name_txt = P.name_zh(owner["name"], rng)
    intro = rng.choice(INTRO[owner["role"]]).format(home=owner["home"] or "外地", p0=pnames[0], o=name_txt,
                                                    g="小" + rng.choice(P.HAN_SUR)[0])
    when = when_words(rng, ev)
    if len(pnames) > 1:
        story = "%s先在%s%s，又去了%s，%s，可能丢在这两个地方" % (when, pnames[0], activity(rng, ev["places"][0]),
                                                  pnames[1], disc(rng, o).format(k=kw))
    else:
        story = "%s在%s%s，%s" % (when, pnames[0], activity(rng, ev["places"][0]), disc(rng, o).format(k=kw))
    if level == "hurried":
        story = "%s%s丢了%s" % (when, pnames[0], head)
    details = []
    cards = [x for x in idents if x[2]["t"] == "card"]
    others = [x for x in idents if x[2]["t"] != "card"]
    if name:
        if o["cat"] == "id_doc":
            details.append("证件上的名字是%s" % name if rng.random() < 0.5 else "姓名%s" % name)
        elif o["nametag"]:
            details.append("挂着行李牌，写着%s" % name)
        elif o["kind"] in ("kids_watch",):
            details.append("表背面贴着孩子的名字%s" % name)
        elif o["kind"] == "medicine":
            details.append("药袋上写着病人名字%s" % name)
        else:
            details.append("里面有%s的身份证" % name)
    serial = None
    if others and rng.random() < pfield + 0.2:
        lab, serial, _ = others[0]
        others = others[1:]
    for lab, text, idt in others:
        details.append("%s%s" % (lab, text))
    if cards:
        details.append("有" + card_list(rng, cards, "owner"))
    if amount:
        details.append(("现金" if o["cat"] != "cash" else "一共") + amount)
    if conts:
        details.append("里面还有" + "、".join(conts))
    marks = None
    featline = join(feats)
    if featline and rng.random() < pfield:
        marks = featline
        if details and rng.random() < 0.5:
            marks = join([featline] + details)
            details = []
    body_desc = join([("是" if rng.random() < 0.5 else "") + head if level != "hurried" and head != kw else None,
                      featline if marks is None or rng.random() < 0.25 else None] + details + hidden)
    closes = CLOSE + (VISITOR_CLOSE if owner["home"] and not any("明天" in h for h in hidden) else [])
    body = join([intro + story, body_desc]) + "。" + rng.choice(closes)
    body = typo(rng, body, 0.3 if level == "hurried" else 0.12)
    f["body"] = body[:600]
    f["serial"] = serial
    f["marks"] = marks[:500] if marks else None
    if rng.random() < (0.5 if level == "hurried" else 0.85):
        f["address"] = pnames[0] if len(pnames) == 1 or rng.random() < 0.6 else "%s到%s一带" % (pnames[0], pnames[1])
        if rng.random() < 0.4:
            f["lat"], f["lon"] = Wd.latlon(ev["places"][0], rng)
    f["lost_from_min"] = Wd.NOW - ev["t0"]
    f["lost_to_min"] = Wd.NOW - ev["t1"]
    return f, s
