"""Writing a lost report (失物登记) from the owner's side: what the owner knows and says."""
from set104_world import PLACE, latlon
from set104_say import (brand_owner, color_owner, color_en, fmt_imei, fmt_id, fmt_tail, nice_time,
                        day_phrase, en_time, typo, EN_BRAND, COLORS)

STORM_DAYS = {(8, 14), (8, 18), (8, 21)}

OPEN = {
    "young": ["救命！！", "家人们谁懂啊，", "emo了，", "", "", "求求好心人，", "离谱，", "OMG，"],
    "musician": ["", "乐队演出后丢的东西，", "您好，", ""],
    "retiree": ["（%s口述，孙女代填）", "（老人口述，社区网格员代为登记）", "我叫%s，钢花新村的老住户，", "同志你好，"],
    "parent": ["", "您好，", "急！", "孩子的东西丢了，"],
    "shift": ["", "下夜班丢的，", "您好，"],
    "driver": ["我是跑网约车的，", "", "师傅您好，"],
}
CLOSE = {
    "young": ["有捡到的dd我，必有重谢🙏", "拜托拜托真的很重要", "蹲一个好心人 thx", "里面东西对我很重要，求还", ""],
    "musician": ["明天还有演出，急用，有线索请联系。", "东西不值大钱但对我很重要。", ""],
    "retiree": ["东西不值钱，是个念想，麻烦你们了。", "请捡到的同志交到派出所，谢谢。", "我年纪大了记性不好，拜托了。"],
    "parent": ["孩子一直在哭，麻烦帮忙留意。", "谢谢！", ""],
    "shift": ["上班要用，急。", "谢谢。", ""],
    "driver": ["跑车离不开，有消息请联系。", "谢谢。", ""],
}
SCENE = {
    "livehouse": ["在熔炉看live，pogo的时候", "在熔炉Livehouse看演出", "熔炉散场挤出来的时候"],
    "ingot": ["在铁锭精酿喝酒", "在铁锭坐吧台", "在铁锭跟朋友喝精酿"],
    "shop3": ["在三车间酒馆喝到很晚", "在三车间门口外摆区坐着"],
    "cinema": ["在冷却塔露天影院看电影", "看露天电影的时候", "在冷却塔草坪上看电影"],
    "mill": ["在红钢园区里逛", "在老钢厂园区拍照", "在红钢1958里面转"],
    "plaza": ["在高炉广场", "在高炉广场看人跳舞"],
    "gate_w": ["在园区西门等网约车", "在西门打车点上车前", "西门上车的时候"],
    "market": ["早上在轧钢路早市买菜", "在早市买早点", "逛早市的时候"],
    "estate": ["在钢花新村小区里", "在钢花新村楼下乘凉", "在小区里遛弯"],
    "estate_e": ["在钢花新村东门口", "东门口等人的时候"],
    "club": ["在老年活动中心下象棋", "在活动中心打牌"],
    "shed": ["停在钢花新村9栋车棚", "放在9栋车棚"],
    "pool": ["孩子在钢花少儿游泳馆上游泳课", "在少儿泳池陪孩子游泳", "在游泳馆更衣室"],
    "hospital": ["在四院上班", "在第四人民医院陪护", "在四院门诊楼"],
    "hosp_er": ["在四院急诊", "急诊夜班的时候"],
    "yard": ["在北货场上夜班", "在北站货场装卸的时候"],
    "yard_gate": ["在北货场2号门", "货场门口换班的时候"],
    "bus_mill": ["坐夜班N7路，在红钢园区站上车", "在红钢园区公交站等车"],
    "bus_estate": ["坐N7路在钢花新村站下车", "在钢花新村公交站"],
    "bus_hosp": ["在四院公交站等车", "坐公交到四院站"],
    "street_lt": ["走在炼铁路上", "在炼铁路便利店门口"],
    "street_jh": ["在焦化路吃烧烤", "走焦化路回家"],
}
EN_SCENE = {"livehouse": "at the Furnace Livehouse gig", "ingot": "at Ingot craft beer bar",
            "shop3": "at the Workshop 3 bar", "cinema": "at the open-air cinema by the cooling tower",
            "mill": "walking around the old steel mill park", "plaza": "at the blast furnace plaza",
            "gate_w": "at the west gate pick-up point", "market": "at the Zhagang Road morning market",
            "hospital": "at the No.4 People's Hospital", "hosp_er": "in the ER of No.4 hospital",
            "bus_mill": "on the N7 night bus", "street_lt": "on Liantie Road", "street_jh": "on Jiaohua Road",
            "estate": "in Ganghua estate", "estate_e": "at Ganghua estate east gate", "club": "near the estate",
            "shed": "near the estate", "pool": "at the kids pool", "yard": "near the freight yard",
            "yard_gate": "near the freight yard", "bus_estate": "on the N7 bus", "bus_hosp": "on the bus"}


def owner_serial(rng, o, p):
    s, k = o["serial"], o["skind"]
    if not s:
        return None
    if k == "imei":
        return fmt_imei(rng, s) if rng.random() < 0.45 else None
    if k == "id":
        return fmt_id(rng, s)
    if k == "tail":
        return fmt_tail(rng, o["bankpre"], s)
    if k == "plate":
        return rng.choice([s, s[:2] + "·" + s[2:], s[:2] + "-" + s[2:], s[2:], s.lower()])
    if k == "frame":
        return rng.choice(["车架号", "钢印号", "", "车架钢印"]) + s if rng.random() < 0.6 else None
    if k == "sn":
        return rng.choice(["SN:", "S/N ", "序列号", ""]) + s if rng.random() < 0.5 else None
    if k == "student":
        return rng.choice(["学号", ""]) + s
    if k == "badge":
        return rng.choice([s, s.replace("-", ""), "工号" + s.split("-")[1]])
    if k == "elder":
        return s
    return s


def what(rng, o, say_brand=True, say_model=True):
    parts = []
    if o["color"]:
        if o["cat"] in ("phone", "electronics"):
            parts.append(color_owner(rng, o["color"]))
        else:
            parts.append(rng.choice(COLORS[o["color"]][0][:2]))
    if say_brand and o["brand"]:
        parts.append(brand_owner(rng, o["brand"]))
    if say_model and o["model"]:
        parts.append(o["model"])
    parts.append(rng.choice(o["onoun"]))
    s = "".join(parts) if rng.random() < 0.6 else " ".join(parts)
    return s


def details(rng, o, nvis, nhid):
    vis = list(o["vis"])
    hid = list(o["hid"])
    rng.shuffle(vis)
    rng.shuffle(hid)
    ds = vis[:nvis] + hid[:nhid]
    if o["amount"] and o["kind"] == "cash":
        a = o["amount"]
        ds.append(rng.choice(["一共%d块" % a, "大概%d元左右" % (a // 100 * 100 or a), "%d多块钱" % (a // 100 * 100 or a),
                              "整整%d元" % a]))
    elif o["amount"]:
        ds.append(rng.choice(["现金大概%d" % o["amount"], "还有几百块现金", "有点现金"]))
    if o["name"] and o["cat"] != "id_doc":
        ds.append(rng.choice(["名字是%s" % o["name"], "上面有%s的名字" % o["name"]]))
    return ds


def english(rng, o, p, place, lf, lt):
    col = color_en(o["color"]) if o["color"] else ""
    br = EN_BRAND.get(o["brand"], o["brand"] or "")
    noun = [n for n in o["onoun"] if n.isascii()] or ["item"]
    noun = noun[0]
    bits = ["Hi, I lost my %s %s %s %s %s, %s." % (col, br, o["model"] or "", noun, EN_SCENE.get(place, "nearby"),
                                                 en_time(lf))]
    if o["kind"] == "passport":
        bits.append("It is a %s passport, name %s, number %s." % (p["nat"], p["name"], o["serial"]))
    elif o["kind"] == "permit":
        bits.append("Residence permit in the name of %s, no. %s." % (p["name"], o["serial"]))
    elif o["kind"] == "wallet":
        bits.append("Inside: a %s card ending %s, my bus card and some cash." % (o["bank"], o["serial"]))
    elif o["kind"] == "phone":
        bits.append("Lock screen shows %s. %s" % ({"一只橘猫": "an orange cat", "一只柯基": "a corgi",
                                                     "星空": "a night sky"}.get(o["wallpaper"], "a photo"),
                                                    "It has a case." if rng.random() < 0.5 else ""))
    elif o["kind"] == "bicycle":
        bits.append("Frame number %s." % o["serial"] if rng.random() < 0.5 else "It has a basket.")
    else:
        bits.append(rng.choice(["Nothing special about it but I need it back.", "It has a small sticker on it."]))
    bits.append(rng.choice(["Please contact me, thank you!", "Many thanks.", "Would really appreciate any help!"]))
    body = " ".join(" ".join(bits).split())
    r = {"body": body}
    if rng.random() < 0.5:
        r["color"] = col
    if rng.random() < 0.4 and br:
        r["brand"] = br
    if o["kind"] in ("passport", "permit") or rng.random() < 0.3:
        if o["serial"] and o["skind"] in ("passport", "permit", "tail", "frame"):
            r["serial"] = o["serial"]
    return r


def write(rng, key, o, p, place, lf, lt, truth):
    v = p["voice"]
    rec = {"key": key, "category": o["cat"]}
    if v == "foreign":
        rec.update(english(rng, o, p, place, lf, lt))
    else:
        level = rng.choices([0, 1, 2, 3], [30, 38, 22, 10])[0]   # 3: one hurried line
        t1, dt1 = nice_time(lf)
        t2, dt2 = nice_time(lt)
        ser = owner_serial(rng, o, p)
        scene = rng.choice(SCENE.get(place, ["在附近"]))
        if level == 3:
            body = "%s %s丢了%s，急" % (day_phrase(lf), PLACE[place][1][0], what(rng, o, True, False))
            if ser and rng.random() < 0.5:
                body += " " + ser
            body = typo(rng, body)
        else:
            kid = o["kind"] in ("swimbag", "kidwatch", "toy", "goggles") or (v == "parent" and o["cat"] == "bicycle")
            op = rng.choice([x for x in OPEN[v] if kid or "孩子" not in x])
            if "%s" in op:
                op = op % p["name"]
            if lf - lt <= 90:
                when = t1 if t1.endswith("多") else "%s左右" % t1
            elif lf - lt > 1440:
                when = rng.choice(["%s到%s之间，具体什么时候丢的不知道" % (t1, t2), "大概%s以后，记不清了" % t1])
            else:
                when = "%s到%s之间" % (t1, t2)
            storm = ""
            if (dt1.month, dt1.day) in STORM_DAYS and dt1.hour >= 17 and rng.random() < 0.7:
                storm = rng.choice(["，那天突然下暴雨大家都在跑", "，当时打雷下大雨，慌慌张张的", "，雷阵雨来了躲雨"])
            ds = details(rng, o, rng.randint(0, 2 if level == 0 else 3), rng.randint(0, 2))
            say_model = v in ("musician", "retiree") or rng.random() < 0.5
            body = "%s%s，%s%s，丢了一个%s。" % (op, when, scene, storm, what(rng, o, True, say_model))
            if o["cat"] in ("ebike", "bicycle"):
                body = body.replace("丢了一个", "停着的车不见了，").replace("一个", "")
            if o["cat"] == "id_doc" and o["name"]:
                body += "姓名%s。" % p["name"]
            if ds and (level == 0 or rng.random() < 0.45):
                body += "，".join(ds) + "。"
            if ser and (level == 0 or rng.random() < 0.2):
                body += rng.choice(["号码", "编号", ""]) + ser + "。"
            if v == "young" and rng.random() < 0.4:
                body += rng.choice(["当时喝多了有点断片，", "battery快没电了可能打不通，", "朋友说看到掉在座位上了，"])
            body += rng.choice([x for x in CLOSE[v] if kid or "孩子" not in x])
            if rng.random() < 0.12:
                body = typo(rng, body)
            rec["body"] = body[:600]
            if level >= 1:
                if o["color"] and rng.random() < 0.8:
                    rec["color"] = color_owner(rng, o["color"])
                if o["brand"] and rng.random() < 0.75:
                    rec["brand"] = brand_owner(rng, o["brand"])
                if o["model"] and rng.random() < (0.4 if level == 1 else 0.8):
                    rec["model"] = o["model"]
                if ser and rng.random() < 0.85:
                    rec["serial"] = ser
                if ds and rng.random() < 0.7:
                    rec["marks"] = "；".join(ds)[:500]
        if level == 3:
            rec["body"] = body[:600]
    if rng.random() < 0.55:
        a = rng.choice([PLACE[place][5], PLACE[place][1][0], rng.choice(PLACE[place][1])])
        rec["address"] = a[:60]
    if rng.random() < 0.3:
        lat, lon = latlon(PLACE[place][2], PLACE[place][3], rng, 180)
        rec["lat"], rec["lon"] = lat, lon
    rec["lost_from_min"] = lf
    rec["lost_to_min"] = lt
    rec["truth"] = truth
    return rec
