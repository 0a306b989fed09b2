"""set103 lost: write one lost report (失物登记) in the owner's own voice from a truth record."""
from set103_world import PLACE, ZONE_OF, day_words
from set103_say import color_word, brand_word, typo, serial_owner, minnanize

EN_KIND = {"手机": "handphone", "老人手机": "old-people phone", "身份证": "IC", "护照": "passport", "回乡证": "home-return permit",
           "驾驶证": "driving licence", "社保卡": "social security card", "学生证": "student card", "钱包": "wallet",
           "长钱包": "long wallet", "零钱包": "coin purse", "卡包": "card holder", "钥匙": "keys", "一串钥匙": "bunch of keys",
           "车钥匙": "car key", "电动车钥匙": "e-bike key", "红包": "ang pao", "信封装的现金": "envelope of cash",
           "银行纸袋装的现金": "bank paper bag with cash", "一卷现金（橡皮筋扎着）": "roll of cash with rubber band",
           "金手镯": "gold bangle", "金项链": "gold necklace", "玉手镯": "jade bangle", "银手链（小孩戴的）": "baby silver bracelet",
           "金戒指": "gold ring", "金耳环": "gold earrings", "珍珠项链": "pearl necklace", "沉香手串": "agarwood bracelet",
           "无线耳机": "earbuds", "平板电脑": "tablet", "充电宝": "powerbank", "智能手表": "smart watch", "相机": "camera",
           "助听器": "hearing aid", "笔记本电脑": "laptop", "老人机": "old phone", "雨伞": "umbrella", "老花镜": "reading glasses",
           "拐杖": "walking stick", "族谱": "clan genealogy book", "茶具": "tea set", "药袋": "bag of medicine",
           "香篮": "joss-stick basket", "佛珠": "prayer beads", "双肩包": "backpack", "腰包": "waist pouch", "电脑包": "laptop bag",
           "旅行包": "travel bag", "托特包": "tote bag", "斜挎包": "sling bag", "背包": "backpack", "手提袋": "handbag",
           "布袋": "cloth bag", "编织袋": "woven sack", "红色塑料袋": "red plastic bag"}

ACTIVITY = {"hill": ["上山扫墓", "跟宗亲培墓", "清明上山拜祖公", "全族去祖坟挂纸"], "town": ["看游神", "逛街", "排队看热闹", "办事"],
            "harbour": ["去码头买鱼", "送船出海", "在海边走走"], "tea": ["采茶", "去合作社交茶青", "买茶叶"],
            "stone": ["去石雕街看货", "去石材厂拉货", "等公交"], "road": ["坐车", "路过加油", "接人"]}


def en_kind(t):
    return EN_KIND.get(t["kind"], t["kind"] or t["cat"])


def _obj_cn(rng, t, detail):
    parts = []
    if t["color"] and rng.random() < 0.85:
        parts.append(color_word(rng, t["color"]))
    if t["brand"] and rng.random() < 0.8:
        parts.append(brand_word(rng, t["brand"]))
    if t["model"] and detail and rng.random() < 0.5:
        parts.append(t["model"])
    kind = t["kind"] or {"cash": "现金"}.get(t["cat"], "东西")
    if t["cat"] == "id_doc":
        return "%s的%s" % (t["holder"], kind) if rng.random() < 0.7 else kind
    return "".join(parts) + ("的" if parts and rng.random() < 0.4 else "") + kind


def _details(rng, t, n):
    pool = list(t["vis"]) + list(t["inside"]) + list(t["hid"])
    if t["cat"] == "phone":
        pool.append("屏保是%s" % t["wall"])
    if t["cat"] == "cash":
        pool.append("%s%d" % ("新币" if t.get("cur") == "SGD" else "一共", t["cash"]) + ("元" if t.get("cur") != "SGD" else "块"))
    if t["cat"] == "jewelry":
        pool.append("大概%s克" % t["grams"])
    pool = sorted(set(pool))
    rng.shuffle(pool)
    return pool[:n]


def window(rng, t_loss, sure):
    if sure:
        a, b = rng.choice([(20, 10), (60, 30), (90, 60), (120, 0), (180, 60)])
    else:
        a, b = rng.choice([(600, 240), (1440, 120), (2880, 600), (4320, 1440), (300, 300)])
    a = int(a * (0.5 + rng.random()))
    b = int(b * (0.5 + rng.random()))
    lf = t_loss + a
    lt = max(0, t_loss - b)
    return lf, lt


def write_lost(rng, t, place, t_loss, voice, sure=True):
    p = PLACE[place]
    zone = ZONE_OF[place]
    lf, lt = window(rng, t_loss, sure)
    prof = rng.choices(["full", "partial", "body", "hurried"], [22, 38, 28, 12])[0]
    rec = {"category": t["cat"]}
    o = t["owner"]
    act = rng.choice(ACTIVITY[zone])
    where = rng.choice(p[2] + [p[1]])
    when = day_words(t_loss, rng, "en" if voice == "overseas" else "plain")
    ser = serial_owner(rng, t["serial"]) if t["serial"] and rng.random() < (0.75 if prof != "hurried" else 0.3) else None
    if t["cat"] == "id_doc" and t["serial"][0] == "id" and ser is None and rng.random() < 0.5:
        ser = serial_owner(rng, t["serial"])
    n_det = {"full": 3, "partial": 2, "body": 2, "hurried": 0}[prof]
    dets = _details(rng, t, n_det)
    if voice == "overseas" and rng.random() < 0.7:
        cw = color_word(rng, t["color"], en=True)
        bw = brand_word(rng, t["brand"], en=True)
        obj = " ".join(x for x in [cw, bw, t["model"] if rng.random() < 0.4 else "", en_kind(t)] if x)
        opener = rng.choice(["Hi, I am %s from %s, back for Qing Ming with my clan." % (o["hokkien"], o["home"]),
                             "Visiting relatives from %s." % o["home"], "%s here (%s)." % (o["hokkien"], o["name"]), ""])
        body = "%s Lost my %s at %s (%s) on %s. " % (opener, obj, where, p[1], when)
        if t["cat"] == "cash":
            body += "Inside got %s %d, for the ancestral hall lah. " % ("SGD" if t.get("cur") == "SGD" else "RMB", t["cash"])
        if ser:
            body += "Number: %s. " % ser
        if dets:
            body += "My nephew add in Chinese: " + "；".join(dets) + "。"
        body += rng.choice(["Flying back on Tuesday, pls call my nephew. Kamsia!", "Very important to me, thank you.",
                            "Please help, paiseh.", ""])
    else:
        intro = {"clan": rng.choice(["清明和宗亲一起，", "我们%s氏一家回来过清明，" % o["surname"], "跟族里人出来，"]),
                 "elder": rng.choice(["（%s阿%s口述，孙子代写）" % (o["surname"], "嬷" if o["female"] else "公"),
                                      "老人家说的，我帮他写：", "（本人%d岁，不识字，家人代登）" % o["age"]]),
                 "migrant": rng.choice(["从深圳回来扫墓，", "在上海打工，清明回老家，", "刚从厦门回来，"]),
                 "tea": rng.choice(["我是凤岫村种茶的，", "在后山%s，" % act, "茶农，"]),
                 "student": rng.choice(["我是二中学生，", "高一%d班%s，" % (rng.randint(1, 12), o["name"]), "学生，"]),
                 "driver": rng.choice(["跑货车的，", "我开网约车的，", "司机，"])}.get(voice, "")
        obj = _obj_cn(rng, t, prof == "full")
        verb = rng.choice(["丢了", "不见了", "掉了", "遗失", "忘记拿"]) if t["cat"] not in ("ebike", "bicycle") else rng.choice(["被人骑走了", "停在那里不见了", "丢了"])
        if voice == "hurried" or prof == "hurried":
            body = typo(rng, "%s在%s%s%s" % (when, where, verb, obj) + rng.choice(["，急", "!!", "，谁捡到请联系", ""]))
        else:
            body = "%s%s在%s%s的时候%s%s。" % (intro, when, where, act if zone != "road" else "", verb, obj)
            if dets:
                body += rng.choice(["特征：", "", "里面/上面：", "记得"]) + "，".join(dets) + "。"
            if ser and rng.random() < 0.6:
                body += "号码%s。" % ser
            if t["cat"] != "id_doc" and t["holder"] and rng.random() < 0.4:
                body += "里面证件名字是%s。" % t["holder"]
            body += rng.choice(["雨很大，可能掉在地上了。", "当时人很多，挤来挤去。", "望好心人交还，必有重谢。", "",
                                "可能是被人捡走了。", "回家才发现不见。"])
            if voice == "elder":
                body = minnanize(rng, body)
    rec["body"] = body[:600]
    if prof in ("full", "partial"):
        if t["color"] and rng.random() < (0.9 if prof == "full" else 0.5):
            rec["color"] = color_word(rng, t["color"])
        if t["brand"] and rng.random() < (0.9 if prof == "full" else 0.5):
            rec["brand"] = brand_word(rng, t["brand"])
        if t["model"] and rng.random() < (0.8 if prof == "full" else 0.25):
            rec["model"] = t["model"] if rng.random() < 0.7 else t["model"].lower().replace(" ", "")
        if ser and rng.random() < 0.8:
            rec["serial"] = ser[:60]
        if rng.random() < (0.8 if prof == "full" else 0.4):
            rec["address"] = (rng.choice([p[1], "福建省岚屿县" + p[1], where]))[:60]
        if dets and rng.random() < 0.6:
            rec["marks"] = "；".join(dets)[:500]
        if prof == "full" and rng.random() < 0.25:
            rec["lat"] = round(p[3] + rng.uniform(-0.003, 0.003), 5)
            rec["lon"] = round(p[4] + rng.uniform(-0.003, 0.003), 5)
    rec["lost_from_min"] = lf
    rec["lost_to_min"] = lt
    return rec
