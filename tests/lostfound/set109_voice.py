"""Scenarios (where and when) and the voices that write the registrations for set109."""
from set109_world import (NOW, DAY, PLACE, PLACES, VEH, ACTIVITY, ACTIVITY_EN, COLOR_SLIP, EAST_CITY_BY_PROV,
                          neighbours, cluster_of, zh_time, en_time, color_zh, color_en, brand_zh, brand_en,
                          model_variant, phone_mask, slip, split_min)

CAT_PLACES = {
    "phone": ["bazaar", "jade", "dryfruit", "tower", "mosque", "naan", "pomegranate", "redwillow", "huyang", "museum", "station",
              "station_sq", "mall", "friendship", "univ_canteen", "univ_lib", "lake", "hostel", "brt", "grape"],
    "id_doc": ["station", "station_sq", "airport", "tuoling_hotel", "tianjing_hotel", "bazaar", "univ", "univ_dorm", "museum", "coach",
               "tour_center", "hostel", "mall"],
    "wallet": ["bazaar", "dryfruit", "carpet", "pomegranate", "redwillow", "huyang", "mall", "station", "naan", "mosque", "grape", "bazaar_stop"],
    "keys": ["hongliu", "shiliuyuan", "mingsha", "south_park", "friendship", "univ", "redwillow", "mall", "pomegranate", "grape"],
    "ebike": ["hongliu", "shiliuyuan", "univ", "mall", "naan", "station_sq", "friendship", "huyang"],
    "bicycle": ["univ", "univ_dorm", "univ_lib", "hongliu", "mingsha", "south_park", "friendship"],
    "bag": ["station", "station_sq", "tour_center", "museum", "lake", "pasture", "coach", "airport", "hostel", "bazaar", "south_mtn", "tower"],
    "cash": ["bazaar", "carpet", "dryfruit", "jade", "mall", "shiliuyuan", "naan", "bazaar_stop"],
    "jewelry": ["jade", "mosque", "tuoling_hotel", "tianjing_hotel", "mingsha", "pasture", "lake", "pomegranate", "south_park", "bazaar"],
    "electronics": ["univ_lib", "lake", "south_mtn", "museum", "station", "hostel", "tower", "mosque", "airport", "univ_canteen"],
    "other": ["bazaar", "carpet", "mosque", "museum", "mingsha", "lake", "pasture", "pomegranate", "naan", "station", "univ", "friendship"],
}
VEH_P = {"phone": 0.3, "wallet": 0.25, "bag": 0.25, "electronics": 0.2, "id_doc": 0.15, "cash": 0.15, "keys": 0.1, "jewelry": 0.05,
         "other": 0.2, "ebike": 0.0, "bicycle": 0.0}
VEH_W = [("taxi", 3), ("ride", 4), ("bus52", 2), ("bus7", 1), ("brt", 1), ("tourbus", 2)]


def _w(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.random() * tot
    for x, w in pairs:
        r -= w
        if r <= 0:
            return x
    return pairs[-1][0]


def jitter(rng, key, s=0.0012):
    p = PLACE[key]
    return round(p[4] + rng.uniform(-s, s), 6), round(p[5] + rng.uniform(-s, s), 6)


def start_time(rng, key, day_lo=1, day_hi=30):
    lo, hi = PLACE[key][7]
    d = rng.randint(day_lo, day_hi)
    h = rng.randint(lo, hi - 1)
    return (d - 1) * DAY + h * 60 + rng.randint(0, 59)


def is_open(key, m):
    lo, hi = PLACE[key][7]
    h = (m % DAY) // 60
    return lo <= h < hi or (hi > 24 and h < hi - 24)


def open_shift(rng, key, m):
    """Move a finding time forward to when the place is open (people find things where people are)."""
    if is_open(key, m):
        return m
    lo = PLACE[key][7][0]
    day0 = m - m % DAY
    t = day0 + lo * 60 + rng.randint(0, 90)
    if t < m:
        t += DAY
    return t


def scenario(rng, cat, vague=False):
    """Where and when an object was lost, and where and when it was found (if it is)."""
    sc = {}
    if rng.random() < VEH_P[cat]:
        v = _w(rng, VEH_W)
        if v == "tourbus":
            a, b = rng.choice([("tour_center", "lake"), ("lake", "tour_center"), ("tour_center", "pasture"), ("south_mtn", "tour_center")])
        elif v == "bus52":
            a, b = rng.choice([("station", "bazaar_stop"), ("bazaar_stop", "station"), ("coach", "bazaar_stop")])
        elif v == "bus7":
            a, b = rng.choice([("univ", "friendship"), ("friendship", "univ"), ("univ", "mall")])
        elif v == "brt":
            a, b = rng.choice([("brt", "redwillow"), ("redwillow", "brt"), ("brt", "museum")])
        else:
            opts = sorted(k for k in CAT_PLACES[cat] + ["station", "tianjing_hotel", "tuoling_hotel", "bazaar", "univ", "airport", "mall"] if cluster_of(k) != "far" or k == "airport")
            a = rng.choice(opts)
            b = rng.choice([k for k in opts if cluster_of(k) != cluster_of(a)] or opts)
        sc.update(mode="vehicle", veh=v, a=a, b=b, place=b)
        L0 = start_time(rng, a)
        L1 = L0 + rng.randint(10, 70)
    else:
        p = rng.choice(CAT_PLACES[cat])
        if cat in ("ebike", "bicycle"):
            sc.update(mode="parked", place=p)
            L0 = start_time(rng, p)
            L1 = L0 + rng.randint(40, 900)
        elif rng.random() < 0.15 and neighbours(p) != [p]:
            q = rng.choice(neighbours(p))
            sc.update(mode="route", place=p, route=[p, q])
            L0 = start_time(rng, p)
            L1 = L0 + rng.randint(120, 600)
        else:
            sc.update(mode="spot", place=p)
            L0 = start_time(rng, p)
            L1 = L0 + rng.randint(15, 300)
    if vague:
        L1 += rng.randint(600, 2400)
    L1 = min(L1, NOW - rng.randint(20, 300))
    L0 = min(L0, L1)
    sc["L0"], sc["L1"] = L0, L1
    # the finding
    if sc["mode"] == "vehicle":
        fp = rng.choice(VEH[sc["veh"]][4])
        F = L0 + rng.randint(15, 600)
    elif sc["mode"] == "parked":
        r = rng.random()
        fp = sc["place"] if r < 0.4 else rng.choice(neighbours(sc["place"]))
        F = L0 + rng.randint(120, 8 * DAY)
    elif sc["mode"] == "route":
        fp = rng.choice(sc["route"])
        F = L0 + rng.randint(5, max(10, L1 - L0 + 300))
    else:
        r = rng.random()
        fp = sc["place"] if r < 0.5 else (rng.choice(neighbours(sc["place"])) if r < 0.9 else rng.choice(["friendship", "bazaar", "station"]))
        F = rng.randint(L0, L1) if rng.random() < 0.5 else L1 + int(rng.expovariate(1 / 600.0))
    if sc["mode"] != "vehicle":
        F2 = open_shift(rng, fp, F)
        if F2 < NOW - 10:
            F = F2
    F = min(F, NOW - rng.randint(10, 120))
    F = max(F, L0)
    sc["fplace"], sc["F"] = fp, F
    return sc


# ---------------------------------------------------------------- helpers
def pname(rng, key, plain=False):
    p = PLACE[key]
    return p[1] if plain or rng.random() < 0.45 else rng.choice(p[2])


def item_zh(rng, obj, know, side):
    """'黑色华为nova 12手机' from the parts this side knows."""
    parts = []
    col = know.get("color") if not obj.get("plain_noun") else None
    if col:
        parts.append(col if side == "f" or rng.random() < 0.8 else col + "的")
    b, m = know.get("brand"), know.get("model")
    if b and not (m and b.lower() in m.lower()):
        parts.append(b)
    if m:
        parts.append(m)
    noun = know.get("noun") or obj["noun"][0]
    s = "".join(parts) + noun
    return s


def facts_text(rng, facts, side, en=False):
    out = []
    for f in facts:
        if en:
            t = rng.choice(f["e"])
        else:
            t = rng.choice(f[side])
        if t:
            out.append(t)
    return out


def pick_facts(rng, obj, side, mult):
    key = "po" if side == "o" else "pf"
    return [f for f in obj["facts"] if f[key] > 0 and (rng.random() < min(1.0, f[key] * mult) or f[key] >= 1.0)]


def serial_field(rng, facts, side):
    k = "so" if side == "o" else "sf"
    for kind in ("serial", "serial2", "serial3"):
        for f in facts:
            if f["kind"] == kind and f.get(k):
                return f[k]
    return None


def marks_field(rng, facts, side, en=False):
    ms = [f for f in facts if f["kind"] in ("mark", "content", "name", "state")]
    txt = facts_text(rng, ms, side, en)
    return ("; " if en else "，").join(txt) if txt else None


LEVEL = {"rich": 1.25, "medium": 0.9, "sparse": 0.55, "hurried": 0.25}
FIELD_P = {"rich": 0.9, "medium": 0.6, "sparse": 0.25, "hurried": 0.1}

LOST_VOICES = [("tourist", 22), ("elder", 10), ("student", 10), ("local", 18), ("minority", 10), ("hurried", 12), ("en", 7), ("ru", 5), ("guide", 6)]
VOICE_PERSON = {"tourist": ["han_east"], "elder": ["han_local", "hui", "uy", "kz", "han_local"], "student": ["han_east", "han_local", "uy", "kz", "hui"],
                "local": ["han_local", "hui", "uy", "kz", "han_local"], "minority": ["uy", "uy", "kz"], "hurried": ["han_east", "han_local", "uy", "hui"],
                "en": ["west"], "ru": ["ru"], "guide": ["han_east"]}
AGENCY = ["东方假日旅行社", "江南风光国旅", "海湾之旅", "金桥旅游", "沪上行旅行社"]


def lost_voice(rng, cat):
    v = _w(rng, LOST_VOICES)
    if cat in ("ebike",) and v in ("en", "ru", "guide", "tourist"):
        v = "local"
    if cat == "bicycle" and v in ("guide", "tourist", "elder"):
        v = "student"
    return v


def when_zh(rng, sc, voice):
    L0, L1 = sc["L0"], sc["L1"]
    if voice == "elder":
        return zh_time(rng, L0, "vague")
    if voice == "hurried":
        d, h, m = split_min(L0)
        return rng.choice(["%d号" % d, "7.%d" % d, "%d号%d点" % (d, h)])
    if L1 - L0 > 600 or rng.random() < 0.35:
        a, b = zh_time(rng, L0), zh_time(rng, L1)
        if a == b:
            return a
        return rng.choice(["%s到%s之间" % (a, b), "%s至%s" % (zh_time(rng, L0, "desk"), zh_time(rng, L1, "desk"))])
    return zh_time(rng, L0)


def where_zh(rng, sc, voice):
    if sc["mode"] == "vehicle":
        v = VEH[sc["veh"]]
        vz = rng.choice(v[2])
        if sc["veh"] in ("taxi", "ride"):
            return rng.choice(["从%s坐%s到%s" % (pname(rng, sc["a"]), vz, pname(rng, sc["b"])), "在%s打了个%s去%s" % (pname(rng, sc["a"]), vz, pname(rng, sc["b"]))]), \
                rng.choice(["下车后发现落在车上了", "下车才发现不见了", "应该是掉在车后座了"])
        return "坐%s从%s到%s" % (vz, pname(rng, sc["a"]), pname(rng, sc["b"])), rng.choice(["下车后发现没了", "可能落在车上", "到站后发现不见了"])
    if sc["mode"] == "route":
        return "从%s到%s一路%s" % (pname(rng, sc["route"][0]), pname(rng, sc["route"][1]), rng.choice(["逛过去", "走过去", "转了转"])), \
            rng.choice(["不知道掉在哪了", "回去找过没找到", "中间可能掉了"])
    if sc["mode"] == "parked":
        return "停在%s%s" % (pname(rng, sc["place"]), rng.choice(["门口", "楼下", "路边", "车棚里", "附近"])), rng.choice(["回来车就不见了", "出来就找不到了", "被人骑走了"])
    p = sc.get("oplace", sc["place"])
    act = rng.choice(ACTIVITY[p])
    return "在%s%s" % (pname(rng, p), act), rng.choice(["后来发现不见了", "走的时候忘拿了", "回酒店才发现没了", "一摸口袋没了", "转身就找不到了"])


def where_en(rng, sc):
    if sc["mode"] == "vehicle":
        v = VEH[sc["veh"]]
        return "in %s from %s to %s" % (v[3], PLACE[sc["a"]][3], PLACE[sc["b"]][3])
    if sc["mode"] == "route":
        return "somewhere between %s and %s" % (PLACE[sc["route"][0]][3], PLACE[sc["route"][1]][3])
    return "at %s" % PLACE[sc.get("oplace", sc["place"])][3]


def owner_address(rng, sc):
    if sc["mode"] == "vehicle":
        k = sc["b"] if rng.random() < 0.7 else sc["a"]
        v = VEH[sc["veh"]]
        return (rng.choice([pname(rng, k), v[1] + "上", "%s（%s）" % (pname(rng, k), rng.choice(v[2]))]), k)
    if sc["mode"] == "route":
        return ("%s—%s" % (pname(rng, sc["route"][0]), pname(rng, sc["route"][1])), sc["route"][0])
    k = sc.get("oplace", sc["place"])
    return (pname(rng, k) + rng.choice(["", "", "附近", "门口", "一带"]), k)


def clip(s, n):
    return s if len(s) <= n else s[:n]


def render_lost(rng, obj, sc, voice, owner):
    lvl = "hurried" if voice == "hurried" else _w(rng, [("rich", 30), ("medium", 42), ("sparse", 28)])
    en = voice in ("en", "ru")
    facts = pick_facts(rng, obj, "o", LEVEL[lvl])
    know = {"noun": rng.choice(obj["noun"])}
    col = obj["color"]
    if col and obj.get("fcolor") and obj["fcolor"] != col and rng.random() < 0.15:
        col = obj["fcolor"]
    if col and rng.random() < 0.08:
        col = COLOR_SLIP.get(col, col)
    if col and rng.random() < (0.92 if lvl != "hurried" else 0.6):
        know["color"] = color_zh(rng, col)
        know["color_en"] = color_en(rng, col)
    if obj["brand"] and rng.random() < (0.85 if lvl != "hurried" else 0.6):
        know["brand"] = brand_zh(rng, obj["brand"], cat=obj["cat"])
        know["brand_en"] = brand_en(rng, obj["brand"], cat=obj["cat"])
    if obj.get("model") and know.get("brand") and rng.random() < {"rich": 0.75, "medium": 0.5, "sparse": 0.3, "hurried": 0.2}[lvl]:
        know["model"] = model_variant(rng, obj["model"])
    item = item_zh(rng, obj, know, "o")
    ftxt = facts_text(rng, facts, "o")
    desc = "，".join(ftxt)
    when = when_zh(rng, sc, voice)
    where, notice = where_zh(rng, sc, voice)
    phone = phone_mask(rng)
    nm = owner["zh"] if rng.random() < 0.7 else owner["var"]
    if voice == "tourist":
        city = EAST_CITY_BY_PROV.get(owner.get("prov"), "杭州")
        body = rng.choice(["您好，我们是从%s来旅游的，" % city, "我是%s游客，" % city, "从%s过来玩的，" % city]) + \
            "%s%s，%s，%s丢了。" % (when, where, notice, item) + (desc + "。" if desc else "") + \
            rng.choice(["我们过两天就离开雪泉了，麻烦帮忙留意，电话%s，谢谢！" % phone, "如有好心人捡到请联系%s，必有酬谢。" % phone, "拜托了，联系电话%s。" % phone])
    elif voice == "elder":
        age = rng.randint(66, 84)
        body = "报失人%s（%d岁，口述，民警代录）称：%s%s，%s，%s找不到了。" % (nm, age, when, where, notice, item) + \
            (("老人说" + desc + "。") if desc else "") + rng.choice(["具体时间记不清了。", "老人记不清是掉在哪儿了，可能在路上。", "其女儿在旁补充说明。", "老人耳背，情况由家属转述。", ""])
    elif voice == "student":
        sch = owner.get("school") or rng.choice(["雪泉大学暑期学校", "雪泉大学"])
        body = rng.choice(["【求助】", "救命！", "急寻！", ""]) + "%s%s，%s，%s不见了！！" % (when, where, notice, item) + \
            (desc + "。" if desc else "") + "本人是%s的学生，%s" % (sch, rng.choice(["求好心人联系我，%s" % phone, "捡到的同学请联系%s，请你喝奶茶" % phone, "谢谢大家！"]))
    elif voice == "local":
        body = "本人%s，%s%s，%s，丢失%s一%s。" % (nm, when, where, notice, item, obj["mw"]) + (desc + "。" if desc else "") + \
            rng.choice(["如有拾到请与本人联系：%s。" % phone, "望拾到者归还，必有重谢。", "请民警同志帮忙查找。", ""])
    elif voice == "minority":
        body = rng.choice(["我是%s。" % nm, "我叫%s，" % nm, ""]) + "%s我%s，%s丢了。" % (when, where.lstrip("在") if rng.random() < 0.3 else where, rng.choice(obj["noun"])) + \
            ("%s。" % item if rng.random() < 0.6 else "") + (desc + "。" if desc else "") + rng.choice(["请帮我找一下，谢谢。", "电话" + phone, "找到了给我打电话。", "很着急。"])
    elif voice == "hurried":
        body = rng.choice(["%s %s 丢%s %s" % (when, pname(rng, sc["place"]), item, ftxt[0] if ftxt else ""), "%s丢了，%s，%s" % (item, pname(rng, sc["place"]), when),
                           "急！%s在%s丢了%s" % (when, pname(rng, sc["place"]), item)]).strip()
    elif voice == "guide":
        body = "我是%s的导游小%s，团里游客%s（%s人）%s%s，%s，%s丢失。" % (rng.choice(AGENCY), rng.choice("王李张陈周"), nm, EAST_CITY_BY_PROV.get(owner.get("prov"), "上海"), when, where, notice, item) + \
            (desc + "。" if desc else "") + rng.choice(["我们团明天去天镜湖，有消息请打导游电话%s。" % phone, "客人%s离开，请尽快联系%s。" % (rng.choice(["后天", "月底"]), phone)])
    else:
        efacts = facts_text(rng, facts, "o", en=True)
        noun = rng.choice(obj["noun_en"])
        desc_en = "%s %s %s" % (know.get("color_en", ""), know.get("brand_en", "") if know.get("brand") else "", noun)
        desc_en = " ".join(desc_en.split())
        if know.get("model") and rng.random() < 0.6:
            desc_en += " (" + obj["model"] + ")"
        if voice == "en":
            body = "Hello, I lost my %s %s %s. " % (desc_en, en_time(rng, sc["L0"]), where_en(rng, sc)) + \
                ("Details: " + "; ".join(efacts) + ". " if efacts else "") + rng.choice(["Please contact me at %s or at the hostel." % phone, "My phone: %s. Thank you very much!" % phone, "I leave Xuequan in 3 days. Thanks."])
        else:
            body = rng.choice(["Good day. ", "Hello. ", "Zdravstvuyte. "]) + "I am lose %s %s, %s. " % (desc_en, en_time(rng, sc["L0"], ru=True), where_en(rng, sc)) + \
                ("It have: " + ", ".join(efacts) + ". " if efacts else "") + "I am tourist from %s, please to call me %s. Spasibo!" % (owner.get("city", "Omsk"), phone)
        if rng.random() < 0.3:
            body = slip(rng, body, 1, en=True)
    if not en:
        pslip = {"hurried": 0.7, "student": 0.25, "minority": 0.3, "tourist": 0.1, "local": 0.15, "elder": 0.08, "guide": 0.1}[voice]
        if rng.random() < pslip:
            body = slip(rng, body, rng.choice([1, 1, 2]))
    body = clip(body, 600)
    fp = FIELD_P[lvl]
    rec = {"category": obj.get("lcat", obj["cat"]), "body": body}
    if know.get("color") and rng.random() < fp + 0.1:
        rec["color"] = know["color_en"] if en and rng.random() < 0.5 else know["color"]
    if know.get("brand") and rng.random() < fp + 0.1:
        rec["brand"] = know["brand_en"] if en else brand_zh(rng, obj["brand"], cat=obj["cat"])
    if know.get("model") and rng.random() < fp:
        rec["model"] = know["model"]
    s = serial_field(rng, facts, "o")
    if s and rng.random() < fp + 0.15:
        rec["serial"] = s
    mk = marks_field(rng, facts, "o", en)
    if mk and rng.random() < fp:
        rec["marks"] = clip(mk, 500)
    addr, akey = owner_address(rng, sc)
    if rng.random() < fp + 0.15:
        rec["address"] = PLACE[akey][3] if en and rng.random() < 0.6 else clip(addr, 60)
    if rng.random() < fp * 0.8:
        k = akey if rng.random() < 0.88 else rng.choice(["tuoling_hotel", "tianjing_hotel", "hostel", "univ_dorm"])
        rec["lat"], rec["lon"] = jitter(rng, k, 0.0018)
    misbox(rng, rec)
    rec["lost_from_min"] = NOW - sc["L0"]
    rec["lost_to_min"] = NOW - sc["L1"]
    return rec


def misbox(rng, rec):
    """Now and then a field lands in the wrong box."""
    if rng.random() > 0.06:
        return
    opts = []
    if "color" in rec and "brand" not in rec:
        opts.append(("color", "brand"))
    if "brand" in rec and "model" not in rec:
        opts.append(("brand", "model"))
    if "serial" in rec and "marks" not in rec:
        opts.append(("serial", "marks"))
    if "address" in rec and "marks" not in rec:
        opts.append(("address", "marks"))
    if "model" in rec and "brand" in rec:
        opts.append(("swap", "brand"))
    if not opts:
        return
    a, b = rng.choice(opts)
    if a == "swap":
        rec["model"], rec["brand"] = rec["brand"], rec["model"]
    else:
        rec[b] = rec.pop(a)


# ---------------------------------------------------------------- finders
FINDER_SPOT = {"station": ["候车厅座椅上", "安检口旁", "进站口"], "station_sq": ["广场长椅上", "地下通道口"], "tour_center": ["停车场", "售票窗口旁"],
               "airport": ["值机柜台旁", "到达出口"], "museum": ["展厅长椅上", "存包处旁", "卫生间洗手台"], "univ_lib": ["三楼自习桌上", "借阅台"],
               "univ_canteen": ["餐桌上", "打饭窗口旁"], "univ_dorm": ["公共厨房", "一楼大厅"], "univ": ["操场看台", "教学楼门口"], "lake": ["栈道边", "游客中心"],
               "pasture": ["毡房里", "骑马场围栏边"], "south_mtn": ["观景台栏杆边", "台阶上"], "tuoling_hotel": ["大堂沙发上", "电梯里"],
               "tianjing_hotel": ["大堂", "餐厅"], "hostel": ["公共区沙发", "前台"], "mall": ["休息区", "电梯口"], "coach": ["候车室", "售票厅"],
               "bus52": ["车厢后排", "终点站清扫时在座位下"]}


def finder_voice(rng, sc):
    fp = sc["fplace"]
    c = cluster_of(fp)
    if rng.random() < 0.06:
        return "hurried"
    if sc["mode"] == "vehicle" and fp in VEH[sc["veh"]][4] and rng.random() < 0.75:
        return {"taxi": "driver", "ride": "driver", "bus52": "busdriver", "bus7": "busdriver", "brt": "busdriver", "tourbus": "tourstaff"}[sc["veh"]]
    if fp in ("hostel", "univ_dorm") and rng.random() < 0.25:
        return "en"
    if rng.random() < 0.35:
        return "desk"
    if c == "bazaar" or fp in ("pomegranate", "redwillow", "huyang"):
        return rng.choice(["vendor", "vendor", "citizen"])
    if fp in FINDER_SPOT:
        return rng.choice(["staff", "staff", "citizen"])
    return rng.choice(["citizen", "patrol", "cleaner"])


def render_found(rng, obj, fs, fvoice=None, careful=False):
    """fs: {'fplace', 'F', 'mode', 'veh'} for the finding; careful: not a one-line entry."""
    voice = fvoice or finder_voice(rng, fs)
    while careful and voice in ("hurried", "en"):
        voice = finder_voice(rng, fs)
    lvl = "hurried" if voice == "hurried" else _w(rng, [("rich", 35), ("medium", 40), ("sparse", 25)])
    facts = pick_facts(rng, obj, "f", LEVEL[lvl] if lvl != "hurried" else 0.3)
    know = {"noun": rng.choice(obj["noun"])}
    col = obj.get("fcolor") or obj["color"]
    if col and rng.random() < 0.08:
        col = COLOR_SLIP.get(col, col)
    if col and rng.random() < 0.93:
        know["color"] = color_zh(rng, col)
        know["color_en"] = color_en(rng, col)
    bp = {"phone": 0.85, "wallet": 0.6, "bag": 0.7, "jewelry": 0.35, "ebike": 0.95, "bicycle": 0.9, "electronics": 0.8, "keys": 0.9, "other": 0.5}.get(obj["cat"], 0.5)
    if obj["brand"] and rng.random() < bp:
        know["brand"] = brand_zh(rng, obj["brand"], cat=obj["cat"])
        know["brand_en"] = brand_en(rng, obj["brand"], cat=obj["cat"])
    if obj.get("model") and know.get("brand") and rng.random() < {"phone": 0.35, "ebike": 0.4, "bicycle": 0.5, "electronics": 0.5}.get(obj["cat"], 0.3):
        m = obj["model"]
        if obj.get("model_alts") and rng.random() < 0.15:
            m = rng.choice(obj["model_alts"])
        know["model"] = model_variant(rng, m)
    item = item_zh(rng, obj, know, "f")
    ftxt = facts_text(rng, facts, "f")
    desc = "，".join(ftxt)
    when = zh_time(rng, fs["F"], "desk" if voice in ("desk", "staff", "patrol") else "mixed")
    fp = fs["fplace"]
    place = pname(rng, fp)
    spot = rng.choice(FINDER_SPOT.get(fp, ["路边", "长椅上", "地上", "台阶上", "垃圾桶旁"]))
    mw = obj["mw"]
    if voice == "desk":
        who = rng.choice(["市民", "游客", "环卫工人", "保安", "外卖骑手", "学生", "摊主"]) + rng.choice(["王某", "李某", "马某", "艾某", "阿某", "张某", "刘某", "杨某"])
        body = "拾得人%s于%s在%s%s拾得%s一%s，%s。" % (who, when, place, spot, item, mw, desc or "无其他物品") + \
            rng.choice(["已交我所阳光坐席保管。", "现存放于所内，请失主携有效证件认领。", "拾得人未留联系方式。", ""])
    elif voice == "driver":
        v = VEH[fs["veh"]]
        body = "我是%s司机，%s有乘客在%s下车后，我在%s发现一%s%s。" % (v[1] if rng.random() < 0.7 else v[2][0], when, pname(rng, fs.get("b", fp)), rng.choice(["后座", "副驾座位缝里", "后排脚垫上", "车门储物格里"]), mw, item) + \
            (desc + "。" if desc else "") + rng.choice(["联系不上乘客，交到派出所。", "平台上找不到失主，特此上交。", "送到%s附近的警务站。" % place])
    elif voice == "busdriver":
        v = VEH[fs["veh"]]
        body = "%s驾驶员交来：%s收车清扫时在%s发现%s一%s，%s。" % (v[1], when, rng.choice(["车厢后排座位下", "中门附近", "司机座位后面", "车厢地板上"]), item, mw, desc or "无其他") + \
            rng.choice(["现交%s。" % pname(rng, fp), "已上交调度室后转来。", ""])
    elif voice == "tourstaff":
        body = "旅游大巴司机/导游在%s清车时发现%s一%s，%s。%s" % (place, item, mw, desc or "无其他特征", when)
    elif voice == "vendor":
        body = rng.choice(["%s摊主交来：" % place, "%s一商户送来：" % place]) + "%s有顾客落在%s%s一%s，%s，%s。" % (
            when, rng.choice(["摊位上", "店里", "柜台上", "凳子上"]), item, mw, desc or "没有别的东西", rng.choice(["等了半天没人回来取", "不知道是谁的", "老板说可能是外地游客的"]))
    elif voice == "staff":
        org = {"station": "车站", "station_sq": "车站", "airport": "机场", "museum": "博物馆", "lake": "景区", "pasture": "景区", "south_mtn": "景区",
               "tuoling_hotel": "酒店", "tianjing_hotel": "酒店", "hostel": "青旅", "mall": "商场", "coach": "客运站", "tour_center": "集散中心", "bus52": "公交公司"}.get(fp, "学校")
        body = "%s工作人员%s在%s%s捡到%s一%s，%s。" % (org, when, place, spot, item, mw, desc or "无其他") + rng.choice(["广播寻找失主未果，转交派出所。", "已登记。", ""])
    elif voice == "citizen":
        body = rng.choice(["我在%s%s捡到一%s%s，" % (place, spot, mw, item), "%s，在%s%s捡到%s，" % (when, place, spot, item)]) + (desc + "，" if desc else "") + \
            rng.choice(["交给警察叔叔。", "希望失主早点找到。", "放在这里登记。", "时间是%s。" % when])
    elif voice == "patrol":
        body = "巡逻民警于%s在%s%s发现%s一%s，%s，周边询问无人认领。" % (when, place, spot, item, mw, desc or "无其他特征")
    elif voice == "cleaner":
        body = "环卫工人%s在%s清扫时捡到%s，%s。" % (when, place, item, desc or "交到所里")
    elif voice == "en":
        ef = facts_text(rng, facts, "f", en=True)
        noun = rng.choice(obj["noun_en"])
        d = " ".join(("%s %s %s" % (know.get("color_en", ""), know.get("brand_en", "") if know.get("brand") else "", noun)).split())
        body = "Found at %s (%s): %s. %s Reception staff handed it to police." % (PLACE[fp][3], en_time(rng, fs["F"]), d, ("; ".join(ef) + ".") if ef else "")
    else:
        body = rng.choice(["%s捡到%s %s" % (place, item, ftxt[0] if ftxt else ""), "检到%s，%s" % (item, place), "%s %s" % (place, item)]).strip()
        body = slip(rng, body, 1)
    if voice not in ("en", "hurried") and rng.random() < 0.07:
        body = slip(rng, body, 1)
    body = clip(body, 600)
    fpv = FIELD_P[lvl] + 0.05
    rec = {"category": obj.get("fcat", obj["cat"]), "body": body}
    if know.get("color") and rng.random() < fpv + 0.1:
        rec["color"] = know["color"] if voice != "en" else know["color_en"]
    if know.get("brand") and rng.random() < fpv + 0.1:
        rec["brand"] = brand_zh(rng, obj["brand"], cat=obj["cat"]) if voice != "en" else know["brand_en"]
    if know.get("model") and rng.random() < fpv:
        rec["model"] = know["model"]
    s = serial_field(rng, facts, "f")
    if s and rng.random() < fpv + 0.2:
        rec["serial"] = s
    mk = marks_field(rng, facts, "f", voice == "en")
    if mk and rng.random() < fpv:
        rec["marks"] = clip(mk, 500)
    if rng.random() < fpv + 0.2:
        rec["address"] = clip(pname(rng, fp) + (spot if rng.random() < 0.4 else ""), 60)
    if rng.random() < 0.75:
        rec["lat"], rec["lon"] = jitter(rng, fp, 0.0009)
    misbox(rng, rec)
    rec["found_at_min"] = NOW - fs["F"]
    return rec
