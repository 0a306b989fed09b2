"""set119 writers: turn a hidden truth into a lost report (owner's voice) or a found
registration (finder's voice). Each side only sees what that person would know."""
from set119_world import (PLACE, PROVINCES, AGENCIES, NOW_ABS, jitter, address, owner_time_zh,
                          owner_time_en, found_time_zh, found_time_en, name_zh, date_of)
from set119_objects import (KINDS, FACTS, BRANDS, serial_of, serial_text, brand_spelling, color_word,
                            model_spelling)

MEASURE = {"phone": "部", "idcard": "张", "elder": "本", "guishi": "本", "student": "本", "passport": "本",
           "bankcard": "张", "wallet": "个", "keys": "串", "ebike": "辆", "bicycle": "辆", "backpack": "个",
           "waistbag": "个", "incensebag": "个", "cash": "", "beads": "串", "jade": "个", "bracelet": "只",
           "camera": "台", "earbuds": "副", "powerbank": "个", "watch": "块", "stick": "根", "thermos": "个",
           "umbrella": "把", "glasses": "副", "sutra": "本"}

TYPOS = [("钱包", "前包"), ("钥匙", "钥是"), ("身份证", "身分证"), ("手机", "手几"), ("保温杯", "保温悲"),
         ("佛珠", "佛株"), ("登山杖", "登山仗"), ("相机", "像机"), ("充电宝", "冲电宝"), ("索道", "锁道"),
         ("观音", "观因"), ("大雄宝殿", "大熊宝殿"), ("停车场", "停车厂"), ("拐杖", "拐仗"), ("黑色", "黑涩"),
         ("听松亭", "听松停"), ("歇心亭", "歇新亭"), ("半山亭", "半山停"), ("金顶", "金鼎"), ("耳机", "耳几")]

SPOTS = ["石凳上", "台阶边", "栏杆旁", "垃圾桶边", "长椅上", "地上", "角落里"]
TEMPLE_SPOTS = ["功德箱旁", "拜垫下面", "香炉边", "门槛边", "廊下长凳上"]


def typo(rng, text, n=1):
    opts = [t for t in TYPOS if t[0] in text]
    rng.shuffle(opts)
    for a, b in opts[:n]:
        text = text.replace(a, b, 1)
    return text


def place_zh(rng, pids, finder=False):
    a = PLACE[pids[0]]
    na = a["name"] if finder or rng.random() < 0.5 else rng.choice(a["aliases"])
    if len(pids) == 1:
        if finder or pids[0] == "shuttle_bus":
            return na
        return rng.choice([na, na + "附近", na + "那里", na + "那一块"])
    b = PLACE[pids[1]]
    nb = b["name"] if rng.random() < 0.6 else rng.choice(b["aliases"])
    return rng.choice(["从%s到%s这一路" % (na, nb), "%s或者%s" % (na, nb), "%s和%s之间" % (na, nb)])


def place_en(rng, pids):
    if len(pids) == 1:
        return "the " + PLACE[pids[0]]["en"]
    return "somewhere between the %s and the %s" % (PLACE[pids[0]]["en"], PLACE[pids[1]]["en"])


def pick_facts(rng, facts, side, n, must):
    avail = [f for f in facts if f[side]]
    chosen = [f for f in avail if f["k"] in must]
    rest = [f for f in avail if f["k"] not in must]
    rng.shuffle(rest)
    for f in rest:
        if len(chosen) >= max(n, len(chosen)):
            break
        chosen.append(f)
    return chosen


def fill_mode(rng, finder):
    r = rng.random()
    if finder:
        return "structured" if r < 0.42 else ("mixed" if r < 0.82 else ("body" if r < 0.95 else "hurried"))
    return "structured" if r < 0.28 else ("mixed" if r < 0.68 else ("body" if r < 0.88 else "hurried"))


def describe_zh(rng, truth, side, color, brand, model, noun, dialect=None):
    parts = []
    if truth["kind"] in ("cash", "keys", "idcard", "bankcard"):
        color = None
    if color:
        parts.append(color + ("的" if rng.random() < 0.3 else ""))
    if brand:
        parts.append(brand)
    if model:
        parts.append(model if not brand else " " + model + " ")
    parts.append(noun)
    return "".join(parts).replace("  ", " ").strip()


def lost_noun(rng, truth, prov):
    k = truth["kind"]
    nouns = KINDS[k]["o_nouns"]
    if prov and rng.random() < 0.6:
        d = PROVINCES[prov]
        if k == "wallet":
            return d["wallet"]
        if k == "stick":
            return d["stick"]
        if k == "thermos":
            return d["cup"]
    return rng.choice(nouns)


def write_lost(rng, truth, belief, tf, tt, must=(), cat=None):
    """belief: list of place ids the owner names; tf/tt: absolute loss window."""
    k = truth["kind"]
    kd = KINDS[k]
    prof = truth["prof"]
    voice = prof["voice"]
    en = voice == "foreign"
    facts = FACTS[k](truth["p"])
    mode = fill_mode(rng, False)
    if must:
        mode = "structured" if mode == "hurried" else mode
    side = "e" if en else "o"
    n = {"structured": rng.randint(2, 4), "mixed": rng.randint(1, 3), "body": rng.randint(1, 3), "hurried": 0}[mode]
    if voice == "guide":
        facts = [f for f in facts if f["f"] or f["k"] in must]
    chosen = pick_facts(rng, facts, side, n, set(must))
    p = truth["p"]
    color = color_word(rng, p["color"], en) if p.get("color") and (mode != "hurried" or rng.random() < 0.7) and rng.random() < 0.85 else None
    if "color" in must and p.get("color"):
        color = color or color_word(rng, p["color"], en)
    brand = None
    if p.get("brand") and (rng.random() < 0.7 or "brand" in must):
        brand = brand_spelling(rng, p["brand"], en)
    model = None
    if p.get("model") and brand and rng.random() < 0.55:
        model = model_spelling(rng, p["model"])
    ser = serial_of(k, p)
    stext = None
    if ser and ("serial" in must or (mode != "hurried" and rng.random() < ser[2])):
        stext = serial_text(rng, ser[0], ser[1], "o")
    rec = {"category": cat or kd["cat"]}
    details = [f[side] for f in chosen]
    tz = owner_time_en(rng, tf, tt) if en else owner_time_zh(rng, tf, tt)
    body = lost_body(rng, truth, voice, prof, belief, tz, color, brand, model, details, stext, mode, en)
    rec["body"] = body[:600]
    fields = {}
    if mode != "hurried":
        prob = {"structured": 0.9, "mixed": 0.5, "body": 0.12}[mode]
        if color and rng.random() < prob:
            fields["color"] = color
        if brand and rng.random() < prob:
            fields["brand"] = brand if rng.random() < 0.7 else brand_spelling(rng, p["brand"], en)
        if model and rng.random() < prob:
            fields["model"] = model
        if stext and rng.random() < max(prob, 0.6):
            fields["serial"] = stext if rng.random() < 0.7 else serial_text(rng, ser[0], ser[1], "o")
        if rng.random() < prob:
            fields["address"] = address(rng, belief[0], owner=True)
        if chosen and rng.random() < prob * 0.8:
            fields["marks"] = "；".join(f[side] for f in chosen)[:500]
        if rng.random() < prob * 0.45:
            fields["lat"], fields["lon"] = jitter(rng, belief[0], 180)
    for key in ("color", "brand", "model", "serial", "address"):
        if key in fields:
            fields[key] = fields[key][:60]
    rec.update(fields)
    rec["lost_from_min"] = NOW_ABS - tf
    rec["lost_to_min"] = NOW_ABS - tt
    return rec


def lost_body(rng, truth, voice, prof, belief, tz, color, brand, model, details, stext, mode, en):
    k = truth["kind"]
    kd = KINDS[k]
    if en:
        if k in ("cash", "keys"):
            color = None
        desc = " ".join(x for x in [color, brand, " ".join(truth["p"]["model"]) if model else None, kd["en"]] if x)
        det = "; ".join(details)
        s = "I lost my %s %s near %s." % (desc, tz, place_en(rng, belief))
        if rng.random() < 0.4:
            s = "Hello, my %s is missing. Last had it %s at %s." % (desc, tz, place_en(rng, belief))
        if det:
            s += " Details: %s." % det
        if stext:
            s += " Number: %s." % stext
        s += rng.choice([" I stay in the town until the 10th, please call.", " Please contact my hostel.", " Thank you very much!", ""])
        return s
    prov = prof.get("prov")
    noun = lost_noun(rng, truth, prov if voice in ("pilgrim", "relative") else None)
    desc = describe_zh(rng, truth, "o", color, brand, model, noun)
    meas = MEASURE[k]
    det = "，".join(details)
    pz = place_zh(rng, belief)
    if stext:
        det = (det + "，" if det else "") + (rng.choice(["号码", "号码是", "编号", ""]) if stext[0].isdigit() else "") + stext
    if not brand and truth["p"].get("brand") and rng.random() < 0.3:
        det = (det + "，" if det else "") + "牌子记不清了"
    if mode == "hurried":
        s = rng.choice(["%s丢%s %s" % (pz, desc, tz), "%s 在%s丢了%s" % (tz, pz, desc), "丢了%s，%s，%s" % (desc, pz, tz)])
        return typo(rng, s, rng.randint(1, 2))
    if voice == "pilgrim":
        d = PROVINCES[prov]
        lost = rng.choice(d["lost"])
        fill = rng.choice(d["filler"])
        t = rng.randint(0, 2)
        rest = "拜完菩萨" if PLACE[belief[0]]["zone"] == "temple" else rng.choice(["歇了一下脚", "吃完斋饭", "买完香"])
        if t == 0:
            s = "%s是%s来朝山的香客，%s在%s%s%s%s。%s。%s。" % (d["self"], d["name"], tz, pz, lost, ("一" + meas) if meas else "", desc, det, fill)
        elif t == 1:
            s = "%s，%s们在%s%s，%s就%s。%s。%s" % (tz, d["self"], pz, rest, desc, lost, det, fill)
        else:
            s = "%s香客，%d岁，%s在%s%s%s，%s，%s" % (d["name"], prof["agenum"], tz, pz, lost, desc, det, fill)
    elif voice == "relative":
        d = PROVINCES[prov]
        s = "替%s登记：老人家%d岁，%s人，%s在%s把%s%s。%s。老人不会用手机，有消息打我电话。" % (
            rng.choice(["家里老人", "我家老人", "老人家", "同来的老人"]), prof["agenum"], d["name"], tz, pz, desc, rng.choice(d["lost"]), det)
    elif voice == "guide":
        s = "%s导游%s代团员%s登记（团号%s）：%s在%s%s%s。%s。团%s返程，请尽快联系导游。" % (
            prof["agency"], prof["guide"], prof["member"], prof["group"], tz, pz, rng.choice(["丢了", "遗失", "不见了"]),
            desc, det, rng.choice(["今天下午", "明早", "后天"]))
    elif voice == "hiker":
        t = rng.randint(0, 2)
        if t == 0:
            s = "%s爬千步石阶的时候%s不见了，%s。最后一次看到是在%s。求好心人！！" % (tz, desc, det, pz)
        elif t == 1:
            s = "%s在%s拍照，把%s放在旁边忘拿了，%s，捡到的麻烦联系我，必有酬谢" % (tz, pz, desc, det)
        else:
            s = "救命，%s丢了%s，%s，大概%s，%s。" % (pz, desc, det, tz, rng.choice(["谢谢警察叔叔", "求扩散", "急！"]))
    else:  # local
        s = "我是%s，%s在%s%s%s，%s。" % (prof["job"], tz, pz, rng.choice(["丢了", "停着的", "放着的"]) if k not in ("ebike", "bicycle") else "停的",
                                      desc, det + ("，回来就不见了" if k in ("ebike", "bicycle") else ""))
    s = s.replace("，。", "。").replace("。。", "。").replace("，，", "，")
    if rng.random() < 0.12:
        s = typo(rng, s, 1)
    return s


# ---------------------------------------------------------------- found side
def finder_voice(rng, pid):
    z = PLACE[pid]["zone"]
    if rng.random() < 0.04:
        return "foreign"
    if pid == "shuttle_bus":
        return "driver"
    if pid in ("hostel1", "hostel2"):
        return rng.choice(["hostel", "hostel", "desk"])
    if pid in ("veg1", "veg2"):
        return rng.choice(["restaurant", "restaurant", "desk"])
    if pid in ("cable_low", "cable_up"):
        return rng.choice(["cable", "cable", "tourist", "desk"])
    if z == "temple":
        return rng.choice(["monk", "volunteer", "volunteer", "tourist", "desk", "cleaner"])
    if z == "far":
        return rng.choice(["desk", "desk", "tourist"])
    if z == "foot":
        return rng.choice(["desk", "cleaner", "tourist", "security", "driver" if pid.startswith("shuttle") else "desk"])
    return rng.choice(["cleaner", "tourist", "volunteer", "desk", "security"])


def write_found(rng, truth, pid, t, must=(), cat=None):
    k = truth["kind"]
    kd = KINDS[k]
    p = truth["p"]
    voice = finder_voice(rng, pid)
    if must and voice == "foreign":
        voice = "tourist"
    if k in ("ebike", "bicycle"):
        voice = rng.choice(["security", "security", "desk", "tourist"])
    en = voice == "foreign" and any(f["fe"] for f in FACTS[k](p))
    if voice == "foreign" and not en:
        voice = "tourist"
    side = "fe" if en else "f"
    facts = FACTS[k](p)
    mode = fill_mode(rng, True)
    if must and mode == "hurried":
        mode = "mixed"
    n = {"structured": rng.randint(2, 4), "mixed": rng.randint(1, 3), "body": rng.randint(1, 3), "hurried": rng.randint(0, 1)}[mode]
    chosen = pick_facts(rng, facts, side, n, set(must))
    color = color_word(rng, p["color"], en) if p.get("color") and (rng.random() < 0.88 or "color" in must) else None
    brand = None
    if p.get("brand") and (rng.random() < 0.65 or "brand" in must):
        zh, e_, py, _ = BRANDS[p["brand"]]
        brand = rng.choice([zh, e_, e_, py]) if not en else e_
        if rng.random() < 0.06:
            brand = brand_spelling(rng, p["brand"])
    model = None
    if p.get("model") and brand and rng.random() < 0.35:
        model = model_spelling(rng, p["model"])
    ser = serial_of(k, p)
    stext = None
    if ser and ("serial" in must or rng.random() < ser[3]):
        stext = serial_text(rng, ser[0], ser[1], "f")
    details = [f[side] for f in chosen]
    rec = {"category": cat or kd["cat"]}
    if en:
        desc = " ".join(x for x in [color, brand, kd["en"]] if x)
        s = "Found a %s at the %s, %s." % (desc, PLACE[pid]["en"], found_time_en(rng, t))
        if details:
            s += " " + "; ".join(details) + "."
        if stext:
            s += " No. " + stext + "."
        s += " Handed to the police desk."
    else:
        noun = rng.choice(kd["f_nouns"])
        desc = describe_zh(rng, truth, "f", color, brand, model, noun)
        det = "，".join(details)
        if stext:
            det = (det + "，" if det else "") + (rng.choice(["号码", "编号", "证号", ""]) if stext[0].isdigit() else "") + stext
        tz = found_time_zh(rng, t)
        pz = place_zh(rng, [pid], finder=True)
        spot = rng.choice(TEMPLE_SPOTS if PLACE[pid]["zone"] == "temple" else SPOTS)
        s = found_body(rng, voice, pid, pz, spot, tz, desc, det, mode)
    rec["body"] = s[:600]
    fields = {}
    if mode != "hurried":
        prob = {"structured": 0.92, "mixed": 0.55, "body": 0.1}[mode]
        if color and rng.random() < prob:
            fields["color"] = color
        if brand and rng.random() < prob:
            fields["brand"] = brand
        if model and rng.random() < prob:
            fields["model"] = model
        if stext and rng.random() < max(prob, 0.6):
            fields["serial"] = stext
        if rng.random() < prob:
            fields["address"] = address(rng, pid, owner=False)
        if chosen and rng.random() < prob * 0.8:
            fields["marks"] = "；".join(f[side] for f in chosen)[:500]
        if rng.random() < prob * 0.6:
            fields["lat"], fields["lon"] = jitter(rng, pid, 50)
    for key in ("color", "brand", "model", "serial", "address"):
        if key in fields:
            fields[key] = fields[key][:60]
    rec.update(fields)
    rec["found_at_min"] = NOW_ABS - t
    return rec


def found_body(rng, voice, pid, pz, spot, tz, desc, det, mode):
    nm = name_zh(rng, rng.choice(["mid", "old", "young"]))
    if mode == "hurried":
        s = rng.choice(["%s %s捡到%s" % (tz, pz, desc), "%s拾%s一个，%s" % (pz, desc, tz)])
        return typo(rng, s, 1)
    if voice == "monk":
        s = "阿弥陀佛。本寺%s法师%s在%s%s拾得%s，%s。已交派出所阳光坐席，望失主认领。" % (
            rng.choice(["妙觉", "慧通", "明心", "常净", "觉远"]), tz, pz, spot, desc, det)
    elif voice == "volunteer":
        s = "寺院义工%s%s于%s%s拾得%s，%s。" % (nm, tz, pz, spot, desc, det)
    elif voice == "driver":
        s = "观光车%d号车司机%s%s收车时在车厢%s发现乘客遗落的%s，%s。该车往返游客中心—索道下站。" % (
            rng.randint(1, 18), nm, tz, rng.choice(["后排座位上", "座位底下", "扶手边", "第三排"]), desc, det)
    elif voice == "cable":
        s = "%s工作人员%s在%s拾到%s，%s。" % (PLACE[pid]["name"], tz, rng.choice(["候车栏杆边", "轿厢里", "检票口", "出站通道"]), desc, det)
    elif voice == "hostel":
        s = "%s老板娘%s打扫%d号房时发现退房客人遗留%s，%s。" % (pz, tz, rng.choice([101, 106, 203, 208, 301, 312]), desc, det)
    elif voice == "restaurant":
        s = "%s服务员%s收拾%d号桌时发现%s，%s。" % (pz, tz, rng.randint(1, 24), desc, det)
    elif voice == "cleaner":
        s = "环卫工%s%s在%s清扫时捡到%s，%s。" % (nm, tz, pz + spot, desc, det)
    elif voice == "security":
        s = "景区保安巡逻%s在%s发现%s（无人看管），%s。" % (tz, pz, desc, det)
    elif voice == "tourist":
        s = "游客%s（%s人）%s在%s%s捡到%s送来，%s。" % (nm, PROVINCES[rng.choice(sorted(PROVINCES))]["name"], tz, pz, spot, desc, det)
    else:
        s = "拾得物：%s；拾得地点：%s；拾得时间：%s；特征：%s。" % (desc, pz, tz, det or "无明显特征")
    return s.replace("，。", "。").replace("，，", "，")
