"""set117 writers: turn a hidden truth record into a lost report (owner's voice)
or a found registration (finder's voice). Each side says only what it knows."""
import datetime
from set117_world import PLACES, COLORS, BRANDS, RACE_DAY, NOW, mins_before

WEEK_ZH = "一二三四五六日"
MONTH_EN = ["", "Jan", "Feb", "Mar", "April", "May"]


# ----------------------------------------------------------------- words
def color_word(rng, c, en=False):
    if not c:
        return ""
    zh, e = COLORS[c]
    return rng.choice(e if en else zh)


def brand_word(rng, b, en=False, typo=0.08, cat=None):
    zh, lat, ty = BRANDS[b]
    if b == "apple" and cat not in (None, "phone"):
        lat = [x for x in lat if x != "iPhone"]
    if en:
        return rng.choice(lat)
    r = rng.random()
    if r < typo:
        return rng.choice(ty)
    if r < 0.62:
        return rng.choice(zh)
    return rng.choice(lat)


def model_word(rng, m):
    r = rng.random()
    if r < 0.55:
        return m
    if r < 0.75:
        return m.replace(" ", "")
    if r < 0.9:
        return m.lower()
    return m.split(" ")[0] if " " in m else m


ELDER_NOUN = {"钱包": "皮夹子", "长款钱包": "皮夹子", "皮夹": "皮夹子", "一沓现金": "一沓钞票", "信封装的现金": "信封里的钞票"}


def desc_zh(rng, obj, side, voice=None):
    p_brand = 0.75 if side == "finder" else (0.45 if voice == "elder" else 0.7)
    p_model = 0.3 if side == "finder" else (0.05 if voice == "elder" else 0.45)
    noun = rng.choice(obj["noun_zh"])
    if voice == "elder":
        noun = ELDER_NOUN.get(noun, noun)
    parts = []
    if obj["color"] and rng.random() < 0.82:
        parts.append(color_word(rng, obj["color"]))
    if obj["brand"] and rng.random() < p_brand:
        parts.append(brand_word(rng, obj["brand"], cat=obj["cat"]))
    if obj["model"] and rng.random() < p_model:
        parts.append(model_word(rng, obj["model"]))
    s = "".join(parts)
    if parts and parts[-1][-1:].isascii() and parts[-1][-1:].isalnum():
        s += " "
    s += noun
    if obj["cat"] == "id_doc" and obj["type"] != "passport":
        s = ("%s的%s" % (obj["owner"], s)) if side == "finder" else ("本人%s的%s" % (obj["owner"], s)) if rng.random() < 0.6 else ("%s（姓名%s）" % (s, obj["owner"]))
    return s


def desc_en(rng, obj, side):
    parts = []
    if obj["color"] and rng.random() < 0.8 and not any(c in " ".join(obj["noun_en"]) for c in COLORS[obj["color"]][1]):
        parts.append(color_word(rng, obj["color"], True))
    if obj["brand"] and rng.random() < 0.75:
        parts.append(brand_word(rng, obj["brand"], True, cat=obj["cat"]))
    if obj["model"] and rng.random() < (0.3 if side == "finder" else 0.5):
        parts.append(obj["model"])
    parts.append(rng.choice(obj["noun_en"]))
    s = " ".join(parts)
    if obj["cat"] == "id_doc":
        s += " (name: %s)" % obj["owner"]
    return s


# ----------------------------------------------------------------- times
def part_zh(h):
    if h < 5:
        return "凌晨"
    if h < 8:
        return "早上"
    if h < 11:
        return "上午"
    if h < 13:
        return "中午"
    if h < 17:
        return "下午"
    if h < 19:
        return "傍晚"
    return "晚上"


def hour_zh(dt, with_part=True):
    h = dt.hour
    h12 = h if h <= 12 else h - 12
    m = dt.minute
    mm = "" if m == 0 else ("半" if m == 30 else ("%d分" % m))
    return (part_zh(h) if with_part else "") + "%d点%s" % (h12, mm)


def day_zh(rng, d, voice=None):
    r = rng.random()
    if d == RACE_DAY and r < 0.35:
        return rng.choice(["马拉松那天", "比赛当天", "礼拜天"] if voice == "elder" else ["马拉松那天", "比赛当天", "周日"])
    if voice == "elder" and r < 0.6:
        return "礼拜%s" % WEEK_ZH[d.weekday()] if d.weekday() < 6 else "礼拜天"
    if r < 0.7:
        return "%d月%d日" % (d.month, d.day)
    return "%d号" % d.day


def window_zh(rng, a, b, voice=None):
    if a.date() == b.date():
        d = day_zh(rng, a.date(), voice)
        if part_zh(a.hour) == part_zh(b.hour) and rng.random() < 0.4:
            return "%s%s" % (d, part_zh(a.hour))
        return "%s%s到%s之间" % (d, hour_zh(a), hour_zh(b, part_zh(a.hour) != part_zh(b.hour)))
    return "%s%s到%s%s" % (day_zh(rng, a.date(), voice), hour_zh(a), day_zh(rng, b.date(), voice), hour_zh(b))


def hm_en(dt):
    h = dt.hour % 12 or 12
    return "%d:%02d%s" % (h, dt.minute, "am" if dt.hour < 12 else "pm")


def day_en(rng, d):
    s = "%s %d" % (MONTH_EN[d.month], d.day)
    if d == RACE_DAY and rng.random() < 0.5:
        s += " (race day)"
    return s


def window_en(rng, a, b):
    if a.date() == b.date():
        return "on %s between %s and %s" % (day_en(rng, a.date()), hm_en(a), hm_en(b))
    return "between %s %s and %s %s" % (day_en(rng, a.date()), hm_en(a), day_en(rng, b.date()), hm_en(b))


def found_time_zh(rng, dt):
    r = rng.random()
    if r < 0.5:
        return "%d月%d日%d时%02d分" % (dt.month, dt.day, dt.hour, dt.minute)
    if r < 0.8:
        return "%d号%s左右" % (dt.day, hour_zh(dt.replace(minute=(dt.minute // 10) * 10)))
    return "%d月%d日%s" % (dt.month, dt.day, part_zh(dt.hour))


def found_time_en(rng, dt):
    return "at %s on %s" % (hm_en(dt), day_en(rng, dt.date()))


# ----------------------------------------------------------------- serials
def spaced(s, n=4):
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


def mask_id(rng, v):
    r = rng.random()
    if r < 0.4:
        return v[:6] + "*" * 8 + v[14:]
    if r < 0.7:
        return v[:4] + "*" * 10 + v[14:]
    return v[:3] + "*" * 11 + v[14:]


def serial_owner(rng, s):
    """(sentence for the body, value for the serial field) as an owner writes it."""
    k, v = s["kind"], s["value"]
    if k == "imei":
        c = rng.choice([("IMEI是%s" % v, v), ("IMEI：%s" % spaced(v), spaced(v)),
                        ("串号%s-%s-%s" % (v[:2], v[2:8], v[8:]), "%s-%s-%s" % (v[:2], v[2:8], v[8:])),
                        ("IMEI后六位%s" % v[-6:], "IMEI后六位%s" % v[-6:]), ("包装盒上IMEI %s" % v, "IMEI:%s" % v)])
    elif k == "card":
        t = v[-4:]
        c = rng.choice([("里面有张%s卡，尾号%s" % (s["bank"], t), "尾号%s" % t), ("%s银行卡后四位%s" % (s["bank"], t), t),
                        ("银行卡尾号%s" % t, "****%s" % t), ("一张%s储蓄卡（卡号末四位%s）" % (s["bank"], t), "卡尾号%s" % t)])
    elif k == "idno":
        r = rng.random()
        if r < 0.45:
            c = ("身份证号%s" % v, v)
        elif r < 0.75:
            m = mask_id(rng, v)
            c = ("身份证号%s" % m, m)
        else:
            c = ("身份证号后四位%s" % v[-4:].lower(), "后四位%s" % v[-4:])
    elif k == "student":
        c = rng.choice([("学号%s" % v, v), ("学号 %s-%s" % (v[:4], v[4:]), "%s-%s" % (v[:4], v[4:]))])
    elif k == "passport":
        c = rng.choice([("passport no. %s" % v, v), ("护照号%s" % v, v), ("passport number %s %s" % (v[:4], v[4:]), "%s %s" % (v[:4], v[4:]))])
    elif k == "plate":
        c = rng.choice([("车牌%s·%s" % (v[:2], v[2:]), "%s·%s" % (v[:2], v[2:])), ("车牌号%s" % v, v),
                        ("牌照%s" % v[2:], v[2:]), ("车牌%s %s" % (v[:2], v[2:].lower()), "%s %s" % (v[:2], v[2:].lower()))])
    elif k == "frame":
        c = rng.choice([("车架号%s" % v, v), ("车架号%s-%s" % (v[:6], v[6:]), "%s-%s" % (v[:6], v[6:])),
                        ("车架号后五位%s" % v[-5:], "后五位%s" % v[-5:])])
    elif k == "bagtag":
        tent, num = v.split("-")
        c = rng.choice([("存包号%s" % v, v), ("存包牌%s帐篷%d号" % (tent, int(num)), "%s%d" % (tent, int(num))),
                        ("存包号牌%s%s" % (tent, num), tent + num)])
    elif k == "keytag":
        c = ("钥匙牌上编号%s" % v, v)
    elif k == "cert":
        c = rng.choice([("证书编号%s" % v, v), ("鉴定证书号%s" % v[4:], v[4:])])
    else:  # sn
        c = rng.choice([("序列号%s" % v, v), ("SN %s" % v.lower(), v.lower()), ("SN码后五位%s" % v[-5:], "后五位%s" % v[-5:]),
                        ("序列号 %s-%s" % (v[:6], v[6:]), "%s-%s" % (v[:6], v[6:]))])
    return c


def serial_owner_en(rng, s):
    k, v = s["kind"], s["value"]
    if k == "passport":
        return rng.choice([("passport no. %s" % v, v), ("passport number %s" % v, v)])
    if k == "imei":
        return rng.choice([("IMEI %s" % v, v), ("IMEI ends in %s" % v[-4:], "...%s" % v[-4:])])
    if k == "card":
        return ("a %s bank card ending %s" % ("UnionPay", v[-4:]), "ending %s" % v[-4:])
    if k == "bagtag":
        return rng.choice([("bag tag %s" % v, v), ("bag-drop tag no. %s" % v.replace("-", ""), v.replace("-", ""))])
    if k == "sn":
        return ("serial number %s" % v, v)
    zh = serial_owner(rng, s)
    return zh


def serial_finder(rng, s, en=False):
    k, v = s["kind"], s["value"]
    if en:
        return {"passport": ("passport no. %s" % v, v), "imei": ("IMEI %s" % v, v), "sn": ("S/N %s" % v, v),
                "card": ("card %s******%s" % (v[:6], v[-4:]), "%s******%s" % (v[:6], v[-4:])),
                "bagtag": ("bag tag %s" % v, v), "plate": ("plate %s" % v, v), "frame": ("frame no. %s" % v, v),
                "idno": ("ID no. %s" % v[:6] + "********" + v[14:], v[:6] + "********" + v[14:]),
                "student": ("student no. %s" % v, v), "keytag": ("key tag %s" % v, v)}.get(k, ("no. %s" % v, v))
    if k == "imei":
        return rng.choice([("民警拨*#06#查得IMEI：%s" % v, v), ("IMEI %s" % spaced(v, 5), spaced(v, 5)), ("卡托上印IMEI %s" % v, v)])
    if k == "card":
        t = v[-4:]
        m = rng.choice([v[:6] + "******" + t, v[:4] + " **** **** " + t, "****" + t])
        return rng.choice([("内有%s银行卡一张，卡号%s" % (s["bank"], m), m), ("银行卡一张（%s）" % m, m)])
    if k == "idno":
        r = rng.random()
        if r < 0.5:
            m = mask_id(rng, v)
            return ("证件号码%s" % m, m)
        return ("公民身份号码%s" % v, v)
    if k == "student":
        return ("学号%s" % v, v)
    if k == "passport":
        return ("护照号码%s" % v, v)
    if k == "plate":
        return rng.choice([("车牌%s" % v, v), ("号牌%s·%s" % (v[:2], v[2:]), "%s·%s" % (v[:2], v[2:]))])
    if k == "frame":
        return rng.choice([("车架钢印%s" % v, v), ("五通下方车架号%s" % v.lower(), v.lower())])
    if k == "bagtag":
        tent, num = v.split("-")
        return rng.choice([("挂有存包号牌%s" % v, v), ("号牌%s区%s" % (tent, num), "%s区%s" % (tent, num))])
    if k == "keytag":
        return ("钥匙牌编号%s" % v, v)
    if k == "cert":
        return ("证书号%s" % v, v)
    return rng.choice([("机身序列号%s" % v, v), ("背面SN：%s" % v, v), ("S/N %s" % spaced(v, 5), spaced(v, 5))])


# ----------------------------------------------------------------- typos
TYPO_ZH = [("华为", "华伟"), ("钥匙", "钥是"), ("钱包", "钱宝"), ("身份证", "身分证"), ("手机", "手几"), ("耳机", "耳几"),
           ("电动车", "电动侧"), ("自行车", "自形车"), ("眼镜", "眼睛"), ("充电宝", "冲电宝"), ("相机", "像机"),
           ("戒指", "戒子"), ("项链", "项练"), ("信封", "信风"), ("已经", "以经"), ("的时候", "的时侯"), ("帐篷", "账篷")]
TYPO_EN = [("wallet", "walet"), ("phone", "phnoe"), ("passport", "pasport"), ("keys", "keyes"), ("black", "balck"),
           ("between", "bewteen"), ("camera", "camrea"), ("earbuds", "earbudz"), ("around", "arround"), ("finished", "finshed")]


def typo(rng, s, en=False):
    cands = [(a, b) for a, b in (TYPO_EN if en else TYPO_ZH) if a in s]
    if not cands:
        return s
    a, b = rng.choice(cands)
    return s.replace(a, b, 1)


# ----------------------------------------------------------------- places
def jitter(rng, place, spread):
    _, la, lo = PLACES[place][:3]
    return round(la + rng.uniform(-spread, spread), 6), round(lo + rng.uniform(-spread, spread), 6)


def place_zh(rng, obj, place, side):
    zone, la, lo, names, en_names, vague = PLACES[place]
    if side == "owner":
        r = rng.random()
        s = names[0] if r < 0.4 else (rng.choice(names) if r < 0.72 else vague)
    else:
        s = names[0] if rng.random() < 0.55 else rng.choice(names)
    if place == "bagdrop" and obj.get("tent") and rng.random() < 0.7:
        s = "存包帐篷%s区" % obj["tent"] if side == "owner" else "澜湖广场存包帐篷%s区" % obj["tent"]
    return s


def place_en(rng, place):
    return rng.choice(PLACES[place][4])


ACT = {"race": ["存包", "取存包", "领完赛包", "拉伸", "等朋友", "拍完赛照"], "causeway": ["散步", "坐着歇脚", "跑步", "拍照", "看龙舟"],
       "tea": ["采茶", "逛茶园", "爬茶山", "喝茶"], "shore": ["拍婚纱照", "换衣服", "拍外景", "看日落"],
       "metro": ["坐地铁", "进站", "刷卡出站"], "market": ["买茶叶", "卖茶叶", "买菜", "逛街"], "far": ["赶火车", "候车"]}

LOST_TPL = {
    "runner_cn": ["{time}跑完澜湖马拉松，在{place}{act}的时候把{desc}弄丢了。", "完赛后{desc}找不到了！最后一次看到是在{place}，时间{time}。",
                  "半马选手，{time}在{place}附近丢了{desc}，可能掉地上了。", "跑马的，{time}{place}这边丢了{desc}，号码布{bib}。"],
    "elder": ["阿拉{time}在{place}{act}，{desc}落脱了，寻了半日寻勿着。", "我老太婆{time}去{place}{act}，回到屋里厢发现{desc}勿见了。",
              "{time}在{place}{act}，一歇歇工夫{desc}就寻勿着了，交关着急。", "老头子{time}在{place}{act}，{desc}落脱了，侬帮帮忙寻寻看。"],
    "couple": ["我们{time}在{place}拍婚纱照，换衣服的时候{desc}不见了。", "新娘的{desc}{time}在{place}拍外景时丢了，当时人很多。",
               "{time}我和老公在{place}拍照，{desc}放在石头上，走的时候忘拿了。"],
    "photographer": ["我是婚纱跟拍摄影师，{time}在{place}给新人拍外景，{desc}放在器材箱旁边，收工时发现没了。",
                     "工作室外拍，{time}在{place}，助理说{desc}落在现场了。"],
    "tea_farmer": ["{time}上山采茶，在{place}把{desc}丢掉了。", "挑鲜叶去{place}卖，{time}，回来发现{desc}没了。",
                   "我是青岙的茶农，{time}在{place}干活，{desc}落在茶垄里了。"],
    "generic": ["本人{time}在{place}遗失{desc}。", "{time}从{place}经过，{desc}丢了。", "{time}在{place}{act}，{desc}不见了，可能被人捡走。",
                "住在民宿的游客，{time}在{place}玩，回来发现{desc}没了。"],
}
LOST_TPL_EN = {
    "runner_en": ["Lost my {desc} {time} at {place}. Just finished the marathon, bib {bib}.",
                  "Left my {desc} {time} near {place} after the race, please help!", "Marathon runner here. My {desc} went missing {time}, last seen at {place}."],
    "tourist_en": ["Hello, I am a tourist from {country}. I lost my {desc} {time} around {place}.",
                   "I think my {desc} fell out of my pocket {time} somewhere near {place}.", "Lost {desc}, {place}, {time}."],
}
CLOSE_ZH = ["有拾到的请联系我，必有酬谢。", "麻烦帮忙留意一下。", "谢谢！", "急！！", "里面东西对我很重要。", "", ""]
CLOSE_EN = [" Reward offered.", " Please contact me, thanks!", " Thank you so much.", "", " I fly home on Sunday."]


def marks_text(ms, en=False, finder=False):
    key = ("fen" if en else "fzh") if finder else ("en" if en else "zh")
    return ("; " if en else "，").join(m[key] for m in ms)


# ----------------------------------------------------------------- lost report
def render_lost(rng, obj, voice, place, a, b, hurried=False):
    """a, b: datetimes of the loss window. Returns (record, stated) where stated lists
    what the owner put in writing: ('serial',) and mark slots."""
    en = voice in ("runner_en", "tourist_en")
    rec = {"category": obj["cat"]}
    stated = {"serial": False, "slots": []}
    zone = PLACES[place][0]
    if hurried:
        d = desc_zh(rng, obj, "owner", voice) if not en else desc_en(rng, obj, "owner")
        pl = PLACES[place][5] if not en else place_en(rng, place)
        if en:
            body = "lost %s at %s, %s" % (d, pl, window_en(rng, a, b))
        else:
            body = rng.choice(["%s丢了%s！急", "%s那里丢%s 谁捡到了联系我", "%s，%s丢了，%s"]) 
            body = body % ((pl, d) if body.count("%s") == 2 else (pl, d, window_zh(rng, a, b)))
        if obj["serial"] and obj["serial"]["owner"] and rng.random() < 0.35:
            txt, val = serial_owner(rng, obj["serial"]) if not en else serial_owner_en(rng, obj["serial"])
            body += " " + txt
            stated["serial"] = True
        body = typo(rng, body, en)
        if rng.random() < 0.4 and obj["color"]:
            rec["color"] = color_word(rng, obj["color"], en)
        rec["body"] = body
        return rec, stated

    d = desc_en(rng, obj, "owner") if en else desc_zh(rng, obj, "owner", voice)
    if en:
        tpl = rng.choice(LOST_TPL_EN[voice])
        time_s = window_en(rng, a, b)
        pl = place_en(rng, place)
        body = tpl.format(desc=d, time=time_s, place=pl, bib="%s%04d" % (rng.choice("ABC"), rng.randrange(1, 9999)),
                          country=rng.choice(["Germany", "the UK", "France", "Australia", "Canada", "the Netherlands"]))
    else:
        tpl = rng.choice(LOST_TPL[voice])
        time_s = window_zh(rng, a, b, voice)
        pl = place_zh(rng, obj, place, "owner")
        body = tpl.format(desc=d, time=time_s, place=pl, act=rng.choice(ACT[zone]),
                          bib="%s%04d" % (rng.choice("ABC"), rng.randrange(1, 9999)))
    # marks the owner chooses to mention
    ms = [m for m in obj["marks"] if rng.random() < 0.75]
    in_body = [m for m in ms if rng.random() < 0.7]
    if in_body:
        body += (" Details: " if en else rng.choice(["", "特征：", "好认的：", "记得"])) + marks_text(in_body, en) + ("." if en else "。")
    if ms and rng.random() < 0.5:
        rec["marks"] = marks_text(ms, en)[:500]
        stated["slots"] = [m["slot"] for m in ms]
    else:
        stated["slots"] = [m["slot"] for m in in_body]
    s = obj["serial"]
    if s and s["owner"] and rng.random() < 0.8:
        txt, val = serial_owner_en(rng, s) if en else serial_owner(rng, s)
        put_body = rng.random() < 0.7
        if put_body:
            body += (" " + txt[0].upper() + txt[1:] + ".") if en else (txt + "。")
        if rng.random() < 0.6 or not put_body:
            rec["serial"] = val[:60]
        stated["serial"] = True
    body += rng.choice(CLOSE_EN if en else CLOSE_ZH)
    if voice == "elder" and rng.random() < 0.5:
        body += "电话打我儿子，号码留在窗口了。"
    body = body.replace("附近附近", "附近").replace("那边附近", "附近").replace("..", ".")
    rec["body"] = typo(rng, body, en) if rng.random() < 0.15 else body
    # structured fields, filled unevenly
    if obj["color"] and rng.random() < 0.6:
        rec["color"] = color_word(rng, obj["color"], en)
    if obj["brand"] and rng.random() < 0.55:
        rec["brand"] = brand_word(rng, obj["brand"], en, cat=obj["cat"])
    if obj["model"] and rng.random() < 0.35:
        rec["model"] = model_word(rng, obj["model"])
    if rng.random() < 0.75:
        rec["address"] = (place_en(rng, place) if en else place_zh(rng, obj, place, "owner"))[:60]
    if rng.random() < 0.4:
        rec["lat"], rec["lon"] = jitter(rng, place, 0.0025)
    return rec, stated


# ----------------------------------------------------------------- found registration
FOUND_TPL = {
    "volunteer": ["赛事志愿者{time}在{place}拾到{desc}，先交赛事服务台，后转本所。", "马拉松志愿者{name}{time}在{place}捡到{desc}，送来登记。"],
    "metro": ["地铁2号线工作人员{time}在{place}拾得{desc}，送交本所。", "{place}站务员巡站时发现{desc}，{time}。"],
    "homestay": ["{place}老板{name}称{time}打扫客房时发现{desc}，客人已退房，送来登记。", "民宿主人{name}{time}在{place}院子里捡到{desc}。"],
    "farmer": ["茶农{name}{time}在{place}采茶时捡到{desc}。", "{place}的茶农{time}在茶垄边发现{desc}，托村干部送来。"],
    "cleaner": ["环卫工人{time}在{place}清扫时捡到{desc}。", "保洁员{name}{time}在{place}垃圾桶边发现{desc}。"],
    "stall": ["茶市摊主{name}{time}在{place}摊位边捡到{desc}。", "{place}一家茶叶店老板{time}在店门口拾到{desc}。"],
    "photo_team": ["婚纱跟拍团队{time}在{place}收器材时发现{desc}，不是他们的，交来。", "一对拍婚纱照的新人{time}在{place}捡到{desc}。"],
    "passerby": ["市民{name}{time}在{place}拾得{desc}，主动送交。", "群众{time}在{place}捡到{desc}送来。", "路人{time}在{place}共享单车车筐里发现{desc}。"],
    "police": ["巡逻民警{time}在{place}发现{desc}，周边无人认领。", "辅警{time}在{place}巡查时拾得{desc}。"],
}
FOUND_EN = ["Handed in by a visitor ({name}): found {desc} at {place} {time}.", "A tourist found this {desc} on a bench at {place} {time}.",
            "Found {desc} near {place} {time}. Handed in by a runner from {country}."]
FINDER_BY_ZONE = {"race": ["volunteer", "volunteer", "cleaner", "police", "passerby"],
                  "causeway": ["cleaner", "passerby", "volunteer", "police"],
                  "tea": ["homestay", "farmer", "passerby"], "shore": ["photo_team", "cleaner", "passerby", "police"],
                  "metro": ["metro", "metro", "passerby"], "market": ["stall", "cleaner", "passerby"], "far": ["police", "passerby"]}
HOMESTAYS = ("tingcha", "banshan", "xipan")


def render_found(rng, obj, place, when, force_serial=False, force_slots=()):
    zone = PLACES[place][0]
    en = rng.random() < 0.08
    rec = {"category": obj.get("found_cat", obj["cat"])}
    vis = [m for m in obj["marks"] if m["vis"] in ("both", "finder")]
    forced = [m for m in vis if m["slot"] in force_slots]
    ms = forced + [m for m in vis if m not in forced and rng.random() < 0.7]
    s = obj["serial"]
    show_serial = s is not None and (s["finder"] or force_serial) and (force_serial or rng.random() < 0.85)
    if en:
        d = desc_en(rng, obj, "finder")
        body = rng.choice(FOUND_EN).format(name=rng.choice(["Ms. Dahlgren", "a Dutch couple", "Mr. Satomi", "a runner"]), desc=d,
                                           place=place_en(rng, place), time=found_time_en(rng, when),
                                           country=rng.choice(["Kenya", "Japan", "Canada", "Germany"]))
        if ms:
            body += " Notes: " + marks_text(ms, True, True) + "."
    else:
        kind = rng.choice(FINDER_BY_ZONE[zone])
        if kind == "homestay" and place not in HOMESTAYS:
            kind = "farmer"
        d = desc_zh(rng, obj, "finder")
        from set117_world import zh_name
        body = rng.choice(FOUND_TPL[kind]).format(name=zh_name(rng), desc=d, place=place_zh(rng, obj, place, "finder"),
                                                  time=found_time_zh(rng, when))
        if ms:
            body += rng.choice(["特征：", "查看：", "", "物品情况："]) + marks_text(ms, False, True) + "。"
    if show_serial:
        txt, val = serial_finder(rng, s, en)
        in_body = force_serial or rng.random() < 0.75
        if in_body:
            body += (" " + txt + ".") if en else (txt + "。")
        if not in_body or rng.random() < 0.6:
            rec["serial"] = val[:60]
    if not en and rng.random() < 0.3:
        body += rng.choice(["现存放于所内。", "已登记，待认领。", "物品完好。", "无人认领。"])
    rec["body"] = body
    if obj["color"] and rng.random() < 0.75:
        rec["color"] = color_word(rng, obj["color"], en)
    if obj["brand"] and rng.random() < 0.6:
        rec["brand"] = brand_word(rng, obj["brand"], en, typo=0.03, cat=obj["cat"])
    if obj["model"] and rng.random() < 0.3:
        rec["model"] = model_word(rng, obj["model"])
    if ms and rng.random() < 0.6:
        rec["marks"] = marks_text(ms, en, True)[:500]
    if rng.random() < 0.9:
        rec["address"] = (place_en(rng, place) if en else place_zh(rng, obj, place, "finder"))[:60]
    if rng.random() < 0.6:
        rec["lat"], rec["lon"] = jitter(rng, place, 0.0006)
    rec["found_at_min"] = mins_before(when)
    return rec
