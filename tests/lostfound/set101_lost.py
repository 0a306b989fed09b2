"""set101 lost reports: the owner's side, written from the truth in the owner's own voice.

The owner knows colour (in their own word), often the brand, sometimes the model, hidden
things (amounts, lock screen, what is written inside), serials only if they kept the box or
the card; the place and time only as well as they remember them.
"""
from set101_world import place_name, place_point, LINKS
from set101_say import color_word, brand_word, typo, fmt_imei, fmt_card, fmt_id, time_phrase, approx_money

VOICES = ["tourist_en", "tourist_cn", "migrant", "porter", "student", "trader", "elder", "driver", "local"]

VOICE_PLACES = {
    "tourist_en": ["cruise_pier", "cruise_ship", "funi_top", "funi_bottom", "stairs", "hotpot_pym", "square", "ferry_boat", "taxi", "walk"],
    "tourist_cn": ["cruise_pier", "cruise_ship", "funi_top", "stairs", "stairs_mid", "hotpot", "hotpot_jw", "square", "ferry_boat", "taxi", "shop"],
    "migrant": ["bus_station", "bus", "ferry_n", "ferry_boat", "hospital", "market", "taxi", "v_baiguo", "shop"],
    "porter": ["stairs", "stairs_mid", "funi_bottom", "cruise_pier", "market", "ferry_n", "hotpot"],
    "student": ["school", "school", "bus", "bus_station", "stairs", "square", "shop", "funi_top", "ferry_boat"],
    "trader": ["market", "market", "bus_station", "ferry_s", "ferry_boat", "hotpot_jw", "v_qingyan", "shop"],
    "elder": ["hospital", "hospital", "square", "stairs", "market", "bus", "shop", "ferry_boat", "walk", "funi_bottom"],
    "driver": ["bus_station", "bus", "market", "hotpot", "taxi", "v_macao", "ferry_s"],
    "local": ["square", "walk", "hotpot_pym", "shop", "stairs", "hospital", "ferry_n", "funi_top", "bus_station", "market"],
}

OPEN = {
    "tourist_cn": ["我们是长澜号游轮上的游客，跟团下船游览，", "我是从上海来坐游轮的，", "游客，广州来的，", "跟旅游团来澜溪耍的，"],
    "migrant": ["我刚从东莞打工回来过中秋，", "在广东厂里做工，这几天回屋，", "从浙江回来的，", "我在外面打工，中秋回家，"],
    "porter": ["我是百步梯这边的棒棒，", "我在老街下力，帮人挑东西，", "棒棒老熊，", "我在码头挑货的，"],
    "student": ["我是二中的寄宿生，", "二中高二的，住校，", "我是二中学生，", ""],
    "trader": ["我在柑橘市场卖脐橙，", "我是批发市场做橙子生意的，", "在市场摆摊的，", ""],
    "elder": ["我是老街住的，", "老年人，眼睛不好，", "我屋头就在百步梯上面，", "（老人口述，孙女代写）", "（代填：我婆婆说的）"],
    "driver": ["我是跑青岩村班线的司机，", "开出租的，", "我开货车拉橙子，", "跑马槽乡客运的驾驶员，"],
    "local": ["", "", "本地人，", "我住滨江路，"],
}
LOSE_VERB = {
    "elder": ["搞落了", "弄丢了", "不晓得落到哪里去了", "落了"],
    "porter": ["搞掉了", "落了", "弄丢了"],
    "default": ["弄丢了", "丢了", "不见了", "落下了", "忘拿了"],
}
CLOSE = {
    "tourist_cn": ["我们明天一早就开船了，麻烦尽快联系导游。", "有消息请打我电话，谢谢！", "拜托了，里面东西很重要。"],
    "migrant": ["过几天又要出去了，麻烦帮忙找一下。", "有人捡到请联系我，必有重谢。", ""],
    "porter": ["拜托帮我问一哈。", "那是我吃饭的家伙。", ""],
    "student": ["明天要用，急！", "谢谢警察叔叔。", "班主任让我来登记的。", ""],
    "trader": ["捡到的请联系，有酬谢。", "麻烦了。", ""],
    "elder": ["麻烦你们帮忙找一哈哈。", "拜托了哈。", "我屋头电话是儿子的。", ""],
    "driver": ["有消息打我电话。", "急用，谢谢。", ""],
    "local": ["有捡到的请联系我，谢谢。", "必有重谢。", ""],
}


def _cut(s, n):
    return s if len(s) <= n else s[:n]


def _serial_text(rng, kind, val, owner=True):
    if kind == "imei":
        return fmt_imei(rng, val)
    if kind == "card":
        bin6, tail = val.split("|")
        return fmt_card(rng, bin6, tail)
    if kind == "id":
        return fmt_id(rng, val, owner=owner)
    return val


def _serial_label(kind):
    return {"imei": "IMEI", "card": "卡号", "id": "身份证号", "student": "学号", "plate": "车牌", "frame": "车架号",
            "sn": "序列号", "passport": "护照号", "patient": "住院号"}[kind]


def write_lost(rng, t, voice, place, t_loss, lost_from, lost_to, key):
    en = voice == "tourist_en"
    # what the owner remembers
    color = color_word(rng, t["color"], en=en) if t["color"] and rng.random() < 0.92 else None
    brand = brand_word(rng, t["brand"], en=en, mix=0.45 if voice in ("student", "tourist_cn") else 0.25, cat=t["cat"]) if t["brand"] and rng.random() < 0.85 else None
    model = t["model"] if t["model"] and rng.random() < (0.5 if voice in ("student", "tourist_cn", "tourist_en", "driver") else 0.2) else None
    if model and rng.random() < 0.3 and model.count(" ") >= 2:
        model = model.split(" ", 1)[1]
    serials = []
    for kind, val, _vis, p in t["serials"]:
        if rng.random() < p:
            serials.append((kind, _serial_text(rng, kind, val)))
    feats = [f for f in t["vis"] if rng.random() < 0.7]
    inside = [f for f in t["inside"] if rng.random() < 0.75]
    hidden = [f for f in t["hid"] if f[0] and rng.random() < 0.6]
    # place as remembered
    said_place = place
    if rng.random() < 0.15 and len(LINKS.get(place, [])) > 1 and t["cat"] not in ("ebike", "bicycle"):
        said_place = rng.choice(LINKS[place])
    pname = place_name(rng, said_place, en=en)
    alt = None
    if rng.random() < 0.15 and t["cat"] not in ("ebike", "bicycle"):
        alt = place_name(rng, rng.choice(LINKS.get(place, [place])), en=en)
        if alt == pname:
            alt = None

    style = rng.choices(["bare", "some", "full", "misfield", "hurry"],
                        weights={"elder": [6, 2, 0.5, 1, 1], "tourist_en": [2, 4, 3, 1, 1], "student": [2, 3, 2, 1, 3],
                                 "porter": [5, 2, 0.5, 1, 2], "driver": [2, 3, 3, 1, 2]}.get(voice, [3, 3, 2, 1, 1.5]))[0]
    rec = {"key": key, "category": t["cat"]}
    if en:
        body = _body_en(rng, t, color, brand, model, serials, feats, inside, hidden, pname, alt, lost_from, lost_to)
    else:
        body = _body_zh(rng, t, voice, color, brand, model, serials, feats, inside, hidden, pname, alt, lost_from, lost_to, style)
    if style == "hurry":
        body = typo(rng, body, n=rng.choice([1, 1, 2]))
    rec["body"] = _cut(body, 600)
    if style in ("some", "full", "misfield"):
        if color and rng.random() < (0.9 if style == "full" else 0.6):
            rec["color"] = color
        if brand and rng.random() < (0.9 if style == "full" else 0.5):
            rec["brand"] = brand
        if model and rng.random() < 0.8:
            rec["model"] = model
        if serials and rng.random() < (0.9 if style == "full" else 0.5):
            rec["serial"] = _cut(serials[0][1], 60)
        if rng.random() < (0.9 if style == "full" else 0.5):
            rec["address"] = _cut(pname, 60)
        marks = [f[1] if en else f[0] for f in feats + inside]
        if marks and rng.random() < (0.85 if style == "full" else 0.4):
            rec["marks"] = _cut(("; " if en else "；").join(marks), 500)
        if style == "misfield":
            r = rng.random()
            if r < 0.35 and color:
                rec["brand"] = color
                rec.pop("color", None)
            elif r < 0.65:
                rec["marks"] = pname
            elif r < 0.85 and brand:
                rec["model"] = brand
                rec.pop("brand", None)
            else:
                rec["color"] = (t["noun_en"] if en else t["noun"])
    elif style == "bare" and color and rng.random() < 0.2:
        rec["color"] = color
    if rng.random() < (0.45 if style in ("full", "some") else 0.2) and place not in ("taxi", "bus"):
        rec["lat"], rec["lon"] = place_point(rng, place)
    rec["lost_from_min"] = lost_from
    rec["lost_to_min"] = lost_to
    return rec


def _desc_zh(rng, t, color, brand, model):
    return desc_zh(t["noun"], color, brand, model)


def desc_zh(noun, color, brand, model):
    s = ""
    if color:
        s += color if color.endswith("色") or color.endswith("的") else color + "的"
    if brand:
        s += brand
    if brand and noun == "手机" and brand.endswith("手机"):
        brand = brand[:-2]
    if model:
        if brand and brand[-1:].isascii() and brand[-1:].isalnum() and model[:1].isascii():
            s += " "
        s += model
    return s + noun


def _body_zh(rng, t, voice, color, brand, model, serials, feats, inside, hidden, pname, alt, lost_from, lost_to, style):
    tstyle = "dialect" if voice in ("elder", "porter") else "plain"
    desc = _desc_zh(rng, t, color, brand, model)
    verb = rng.choice(LOSE_VERB.get(voice, LOSE_VERB["default"]))
    if style == "hurry":
        s = "%s在%s%s，%s" % (time_phrase(rng, lost_to, tstyle), pname, verb, desc)
        if serials and rng.random() < 0.5:
            s += "，%s%s" % (_serial_label(serials[0][0]), serials[0][1])
        if feats and rng.random() < 0.5:
            s += "，" + feats[0][0]
        return s + rng.choice(["", "。", "，急", "!!"])
    out = [rng.choice(OPEN.get(voice, [""]))]
    r = rng.random()
    if r < 0.5:
        out.append("%s在%s，%s那时候还%s。" % (time_phrase(rng, lost_from, tstyle), pname,
                                          desc if rng.random() < 0.5 else t["noun"], rng.choice(["在", "在身上", "在手上", "拿着的"])))
        out.append("%s%s发现%s。" % (time_phrase(rng, lost_to, tstyle), rng.choice(["回去", "到屋头", "上车", "吃完饭", ""]),
                                     verb if verb.endswith("了") else verb + "了"))
    else:
        p1, p2 = time_phrase(rng, lost_from, tstyle), time_phrase(rng, lost_to, tstyle)
        span = p1 if p1 == p2 else "%s到%s之间" % (p1, p2)
        out.append("%s，在%s%s%s。" % (span, pname, "把" if rng.random() < 0.5 else "", desc + verb))
    if alt:
        out.append(rng.choice(["也可能是落在%s了。" % alt, "不晓得是不是在%s。" % alt, "后来还去过%s。" % alt]))
    if "把" not in out[-1] and desc not in "".join(out):
        out.append("是一个%s。" % desc)
    if feats:
        out.append("，".join(f[0] for f in feats) + "。")
    if inside:
        out.append("里面有" + "、".join(f[0] for f in inside) + "。")
    if t["cash"]:
        out.append(rng.choice(["里面现金", "钱有", "现金大概"]) + approx_money(rng, t["cash"]) + "。")
    if t.get("owner") and t["cat"] in ("id_doc", "wallet") and rng.random() < 0.8:
        out.append(rng.choice(["名字是", "上面名字", "姓名"]) + t["owner"] + "。")
    for kind, txt in serials:
        if txt[:2] in ("尾号", "卡号", "末四", "身份", "IM"):
            out.append(txt + "。")
        else:
            out.append(_serial_label(kind) + rng.choice(["", "：", "是"]) + txt + "。")
    for h in hidden:
        out.append(h[0] + "。")
    out.append(rng.choice(CLOSE.get(voice, [""])))
    s = "".join(out)
    if voice == "elder" and rng.random() < 0.5:
        s = s.replace("什么", "啥子").replace("没有", "莫得").replace("知道", "晓得").replace("这个", "勒个")
    return s


def _body_en(rng, t, color, brand, model, serials, feats, inside, hidden, pname, alt, lost_from, lost_to):
    noun = t["noun_en"]
    if noun == "phone" and brand and brand.lower().startswith("iphone"):
        noun = ""
    desc = " ".join(x for x in [color, brand, model, noun] if x)
    out = [rng.choice(["Hello, ", "Hi, ", "", "Dear officer, "])]
    out.append(rng.choice(["I'm a passenger from the cruise ship. ", "We are on the Yangtze cruise, stopping here two days. ", "Tourist from Australia. ", ""]))
    out.append("I lost my %s %s. " % (desc, rng.choice(["near " + pname, "at " + pname, "probably on " + pname])))
    out.append("Last had it %s, noticed it was gone %s. " % (time_phrase(rng, lost_from, "en"), time_phrase(rng, lost_to, "en")))
    if alt:
        out.append("Could also be %s. " % alt)
    if feats:
        out.append(rng.choice(["Details: ", "To recognise it: ", "It has: "]) + ", ".join(f[1] for f in feats) + ". ")
    if inside:
        out.append("Inside: " + ", ".join(f[1] for f in inside) + ". ")
    if t["cash"]:
        out.append("About %d RMB cash. " % t["cash"])
    if t.get("owner") and rng.random() < 0.8:
        out.append("Name: %s. " % t["owner"])
    for kind, txt in serials:
        if kind == "card":
            out.append("Bank card ending %s. " % txt[-4:])
        elif kind == "imei":
            out.append("IMEI %s. " % txt.replace("IMEI后六位", "(last 6) ").replace("IMEI:", ""))
        else:
            out.append("%s %s. " % ({"passport": "Passport no.", "sn": "Serial"}.get(kind, "No."), txt))
    for h in hidden:
        if h[1]:
            out.append(h[1][0].upper() + h[1][1:] + ". ")
    if rng.random() < 0.5:
        out.append(rng.choice(["我的导游会说中文。", "（导游代为补充：游客手机打不通，请联系导游小王）", "Our guide can translate. 谢谢!"]))
    out.append(rng.choice(["Thank you so much!", "Please help, the ship leaves tomorrow.", "Many thanks."]))
    return "".join(out)
