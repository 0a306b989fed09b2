"""Truth records and the two voices (owner / finder) for set122."""
import random
from set122_world import (PLACES, PLACE_IDS, COLORS, BRANDS, KINDS, CATS, MODELS, SURNAMES, GIVEN, FOREIGN,
                          PROVINCES, VILLAGES, STICKERS, LOCKSCREENS, KEYTAGS, BAGMARKS, OTHERMARKS, JEWELMARKS, TOWN)

MAXMIN = 172800


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def id_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * x for c, x in zip(body17, w)) % 11]


def make_serial(rng, kind, brand):
    if kind == "imei":
        body = "86" + "".join(rng.choice("0123456789") for _ in range(12))
        return body + luhn_digit(body)
    if kind == "idno":
        region = rng.choice(["6127", "6106", "1411", "1423"]) + "%02d" % rng.randint(21, 31)
        birth = "%04d%02d%02d" % (rng.randint(1948, 2006), rng.randint(1, 12), rng.randint(1, 28))
        body = region + birth + "%03d" % rng.randint(0, 999)
        return body + id_check(body)
    if kind == "student":
        return "2024%02d%04d" % (rng.randint(1, 40), rng.randint(0, 9999))
    if kind == "card":
        return "%04d" % rng.randint(0, 9999)
    if kind == "keytag":
        return "%03d" % rng.randint(100, 999)
    if kind == "frame":
        pre = {"yadea": "YD", "aima": "AM", "tailg": "TL", "giant": "GT", "forever": "FV", "phoenix": "PX"}.get(brand, "CK")
        return pre + "%04d" % rng.randint(2000, 2509) + rng.choice("ABCDEFGH") + "%05d" % rng.randint(0, 99999)
    if kind == "sn":
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12))
    return None


def write_serial(rng, kind, s, side):
    """Ways a serial gets written down."""
    if kind == "imei":
        return rng.choice([s, s[:2] + " " + s[2:8] + " " + s[8:14] + " " + s[14], "IMEI:" + s, s[:8] + "-" + s[8:]])
    if kind == "idno":
        return rng.choice([s, s[:6] + "********" + s[14:], s[:4] + "**********" + s[14:], "尾号" + s[-4:], s[:6] + " " + s[6:14] + " " + s[14:]])
    if kind == "card":
        pre = rng.choice(["6222", "6217", "6228", "6230"])
        return rng.choice(["尾号" + s, s, pre + "****" + s, "卡号后四位" + s, pre + " **** **** " + s])
    if kind == "frame":
        return rng.choice([s, s.lower(), s[:2] + " " + s[2:6] + " " + s[6:], "车架号" + s])
    if kind == "sn":
        return rng.choice([s, "SN:" + s, s.lower(), s[:4] + "-" + s[4:8] + "-" + s[8:]])
    if kind == "student":
        return rng.choice([s, "学号" + s])
    if kind == "keytag":
        return rng.choice(["钥匙牌" + s, "编号" + s, s + "号"])
    return s


TYPOS = [("钱包", "钱苞"), ("手机", "手几"), ("身份证", "身分证"), ("钥匙", "钥是"), ("黑色", "黑涩"), ("汽车站", "汽车占"),
         ("丢了", "丟了"), ("医院", "医园"), ("电动车", "电东车"), ("捡到", "检到")]


def typo(rng, text):
    opts = [p for p in TYPOS if p[0] in text]
    if not opts:
        return text
    a, b = rng.choice(opts)
    return text.replace(a, b, 1)


def person(rng):
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def jitter(rng, lat, lon, metres):
    return round(lat + rng.uniform(-1, 1) * metres / 111000.0, 6), round(lon + rng.uniform(-1, 1) * metres / 89000.0, 6)


def new_truth(rng, cat=None, color=None, brand=None, kindidx=None):
    cat = cat or rng.choice(CATS)
    kinds = KINDS[cat]
    ki = kindidx if kindidx is not None else rng.randrange(len(kinds))
    nouns, brands, colors, mpool, skind = kinds[ki]
    t = {"cat": cat, "ki": ki, "nouns": nouns, "noun": nouns[0], "skind": skind}
    t["color"] = color if color else rng.choice(colors)
    if brand is not None:
        t["brand"] = brand
    else:
        t["brand"] = rng.choice(brands) if brands and rng.random() < 0.85 else None
    t["model"] = None
    if mpool and t["brand"] and t["brand"] in MODELS[mpool]:
        t["model"] = rng.choice(MODELS[mpool][t["brand"]])
    t["serial"] = make_serial(rng, skind, t["brand"]) if skind else None
    t["mark"] = pick_mark(rng, cat, ki)
    t["hidden"] = hidden_fact(rng, cat, ki)
    t["place"] = rng.choice(PLACE_IDS)
    t["owner"] = person(rng)
    if cat == "cash":
        t["amount"] = rng.choice([300, 500, 800, 1200, 1500, 2000, 2600, 3000, 4200, 5000])
    if cat == "ebike":
        t["plate"] = "川口塬" + "%05d" % rng.randint(0, 99999)
    return t


def pick_mark(rng, cat, ki):
    if cat == "phone":
        return rng.choice(STICKERS)
    if cat == "keys":
        return rng.choice(KEYTAGS)
    if cat in ("bag", "wallet"):
        return rng.choice(BAGMARKS if cat == "bag" else ["皮子磨白了", "扣子坏了", "里头夹着张全家福", "角上有个烟头烫的洞", "里头有张农信社存折"])
    if cat == "jewelry":
        return rng.choice(JEWELMARKS)
    if cat == "other":
        return rng.choice([["把上缠着黑胶布", "上头刻着个'郝'字"], ["袋子上写着县医院药房", "里头有降压药和病历本"],
                           ["伞骨断了一根", "伞把是木头的"], ["杯盖是红的", "杯子上印着'先进个人'"],
                           ["剪刃上有锈", "把上缠着红胶布"], ["袖口补过", "扣子掉了两颗"]][ki])
    if cat == "cash":
        return rng.choice(["用橡皮筋扎着", "装在信封里", "装在红色塑料袋里", "用手绢包着", "夹在一个旧作业本里"])
    if cat in ("ebike", "bicycle"):
        return rng.choice(["车筐是铁丝的", "后座绑着个纸箱子", "车把上挂着个塑料袋", "座子上套着棉垫子", "前挡泥板裂了", "后头贴着反光条"])
    if cat == "electronics":
        return rng.choice(["盒子上有划痕", "贴着名字贴", "装在一个灰色布袋里", "有根白色数据线", "外壳上画着个笑脸"])
    if cat == "id_doc":
        return rng.choice(["套着透明卡套", "和一张公交卡夹在一起", "卡角有点折", "装在一个小红皮夹里"])
    return ""


def hidden_fact(rng, cat, ki):
    if cat == "phone":
        return rng.choice(LOCKSCREENS) + "，" + rng.choice(["密码是娃娃生日", "里头有微信零钱", "话费刚充了一百", "里头存着果园的账"])
    if cat == "wallet":
        return "里头有%d块钱，还有%s" % (rng.choice([80, 200, 350, 600, 1100]), rng.choice(["身份证", "医保卡", "两张银行卡", "驾驶证"]))
    if cat == "bag":
        return "里头有%s" % rng.choice(["苹果工钱一千二", "娃娃的作业", "降压药", "充电器和毛巾", "身份证和车票"])
    if cat == "jewelry":
        return rng.choice(["是陪嫁的", "花了六千多买的", "是老人留下的", "是婆姨的"])
    return ""


def window(rng):
    to = rng.randint(20, 140000)
    width = rng.choice([30, 60, 120, 180, 300, 600, 1440, 2880])
    frm = min(MAXMIN - 1000, to + width)
    return frm, to


def loose_time(rng, frm, to):
    h = frm // 60
    if frm - to >= 1440:
        return rng.choice(["这两天", "前两天", "不知道哪天", "这几天赶会的时候"])
    if h < 24:
        return rng.choice(["今天", "今儿个", "今天上午", "刚才", "今天下午"])
    if h < 48:
        return rng.choice(["昨天", "夜来", "昨儿个", "昨天后晌"])
    return rng.choice(["前几天", "%d天前" % (h // 24), "上礼拜", "赶会那天"])


def say_place(rng, pid, near=False):
    names, lat, lon, area = PLACES[pid]
    return rng.choice(names)


def say_color(rng, c, english=False):
    vs = COLORS[c]
    if english:
        return [v for v in vs if v.isascii()][0]
    return rng.choice([v for v in vs if not v.isascii()] if rng.random() < 0.9 else vs)


def say_brand(rng, b, english=False):
    if not b:
        return None
    vs = BRANDS[b]
    if english:
        asc = [v for v in vs if v.isascii()]
        return asc[0] if asc else vs[0]
    return rng.choice(vs)


# ---------------------------------------------------------------- lost side

def lost_record(rng, t, key, truth_key, force_detail=None):
    voice = rng.choice(["farmer", "farmer", "picker", "driver", "official", "tourist", "tourist", "hurried", "foreigner"])
    if voice == "foreigner" and t["cat"] in ("cash", "id_doc"):
        voice = "tourist"
    eng = voice == "foreigner"
    frm, to = t["window"]
    noun = rng.choice(t["nouns"])
    col = say_color(rng, t["color"], eng)
    brand = say_brand(rng, t["brand"], eng)
    place = say_place(rng, t["place"])
    when = loose_time(rng, frm, to)
    ser = write_serial(rng, t["skind"], t["serial"], "lost") if t["serial"] else None
    bits = []
    if eng:
        en_noun = {"phone": "phone", "wallet": "wallet", "keys": "keys", "ebike": "e-bike", "bicycle": "bicycle",
                   "bag": "bag", "jewelry": "bracelet", "electronics": "device", "other": "item"}[t["cat"]]
        s = "I lost my %s %s%s near the %s (%s)." % (col, (brand + " ") if brand else "", en_noun,
                                                     {"hsr": "high-speed rail station", "yaodong": "cave homestay village",
                                                      "busstation": "bus station", "fair": "county fair"}.get(t["place"], "town"), place)
        bits.append(s)
        if t["model"]:
            bits.append("Model %s." % t["model"])
        if ser and rng.random() < 0.7:
            bits.append("Serial/IMEI: %s." % ser)
        if t["mark"] and rng.random() < 0.7:
            bits.append("Chinese description from my guide: %s。" % t["mark"])
        bits.append("Please contact my hotel, I leave in two days.")
    else:
        cb = noun if t["cat"] == "cash" else col + (brand or "") + (t["model"] or "") + noun
        if voice == "farmer":
            bits.append(rng.choice(["俺", "咱", "我"]) + when + "在" + place + "把" + cb + "丢了，咋也寻不见。")
            bits.append(rng.choice(["婆姨骂了一后晌。", "娃娃给我写的这个。", "眼睛不好，说不清楚。", "赶集卖苹果的时候丢的。", ""]))
        elif voice == "picker":
            bits.append("我是从%s来摘苹果的，%s在%s丢了一个%s。" % (rng.choice(PROVINCES), when, place, cb))
        elif voice == "driver":
            bits.append("拉苹果的货车司机，%s在%s装车的时候%s不见了，%s。" % (when, place, cb, rng.choice(["可能掉驾驶室外头了", "可能落在过磅那", "不知道是不是叫人拿了"])))
        elif voice == "official":
            bits.append("我是%s村委会的，替村民%s登记：老人%s在%s丢了%s。" % (rng.choice(VILLAGES), t["owner"], when, place, cb))
        elif voice == "tourist":
            bits.append("来%s旅游，%s在%s遗失%s。" % (TOWN, when, place, cb))
        else:
            bits.append(typo(rng, place + "丢了" + cb))
        if voice != "hurried":
            if t["mark"] and rng.random() < 0.75:
                bits.append(t["mark"] + "。")
            if t["hidden"] and rng.random() < 0.7:
                bits.append(t["hidden"] + "。")
            if t.get("amount"):
                bits.append("一共%d块钱，%s。" % (t["amount"], t["mark"]))
            if t.get("plate") and rng.random() < 0.7:
                bits.append("车牌" + t["plate"] + "。")
            if ser and rng.random() < 0.5:
                bits.append({"imei": "串号", "idno": "身份证号", "card": "卡尾号", "frame": "", "sn": "机身号", "student": "学号", "keytag": ""}[t["skind"]] + ser + "。")
        if rng.random() < 0.12:
            bits[0] = typo(rng, bits[0])
    body = "".join(b for b in bits if b)[:600]
    r = {"key": key, "category": t.get("lost_cat", t["cat"]), "body": body}
    full = voice not in ("hurried",) and rng.random() < 0.6
    if full or rng.random() < 0.4:
        r["color"] = col
    if brand and (full or rng.random() < 0.3):
        r["brand"] = brand
    if t["model"] and (full or rng.random() < 0.2):
        r["model"] = t["model"]
    if ser and (full or rng.random() < 0.4):
        r["serial"] = ser
    if (full or rng.random() < 0.3) and (t["mark"] or t["hidden"]):
        r["marks"] = "；".join(x for x in [t["mark"], t["hidden"]] if x)[:500]
    if rng.random() < 0.75:
        r["address"] = (TOWN + place)[:60] if rng.random() < 0.5 else place
    if rng.random() < 0.5:
        _, lat, lon, _ = PLACES[t["place"]]
        r["lat"], r["lon"] = jitter(rng, lat, lon, 300)
    if force_detail == "serial" and t["serial"]:
        r["serial"] = ser or write_serial(rng, t["skind"], t["serial"], "lost")
    if force_detail == "marks" and t["mark"]:
        r["marks"] = "；".join(x for x in [t["mark"], t["hidden"]] if x)[:500]
    r["lost_from_min"], r["lost_to_min"] = frm, to
    r["truth"] = truth_key
    return r


# ---------------------------------------------------------------- found side

FINDERS = ["minibus", "market", "hospital", "homestay", "station", "coldstore", "passerby", "hsrstaff", "official"]


def found_record(rng, t, key, found_min, place=None, negative=None, force=None):
    pid = place or t["place"]
    voice = rng.choice(FINDERS)
    noun = rng.choice(t["nouns"])
    col = say_color(rng, t["color"])
    brand = say_brand(rng, t["brand"]) if t["brand"] and rng.random() < 0.8 else None
    pname = say_place(rng, pid)
    lead = {"minibus": "小巴司机交来：在车上后排座位底下捡到",
            "market": "市场管理办交来：在%s捡到" % pname,
            "hospital": "医院保安送来，%s的椅子上捡的" % pname,
            "homestay": "民宿老板交来，客人走后在%s发现" % pname,
            "station": "车站工作人员在%s拾到" % pname,
            "coldstore": "冷库工人在%s地上捡到" % pname,
            "passerby": "路人在%s捡到" % pname,
            "hsrstaff": "高铁站值班员在%s拾得" % pname,
            "official": "%s村干部代交，村民在%s拾到" % (rng.choice(VILLAGES), pname)}[voice]
    desc = noun if t["cat"] == "cash" else col + (brand or "") + noun
    bits = [lead + desc + "一个。" if t["cat"] not in ("cash", "keys") else lead + desc + "。"]
    if t["model"] and rng.random() < 0.4:
        bits.append("型号看着像" + t["model"] + "。")
    if t["mark"] and (rng.random() < 0.8 or force == "marks"):
        bits.append(t["mark"] + "。")
    if t["cat"] == "phone" and rng.random() < 0.5 and not force:
        bits.append("亮屏" + t["hidden"].split("，")[0] + "，有密码打不开。")
    if t.get("amount"):
        bits.append("点了一下是%d元。" % t["amount"])
    if t.get("plate") and rng.random() < 0.8:
        bits.append("车牌" + t["plate"] + "。")
    ser = None
    if t["serial"]:
        seen = {"imei": 0.3, "idno": 0.85, "student": 0.8, "card": 0.6, "frame": 0.6, "sn": 0.6, "keytag": 0.7}[t["skind"]]
        if rng.random() < seen or force == "serial":
            ser = write_serial(rng, t["skind"], t["serial"], "found")
            if t["skind"] in ("idno", "student"):
                bits.append("证上名字是%s，号码%s。" % (t["owner"], ser))
            else:
                bits.append("上头的号：%s。" % ser)
    if rng.random() < 0.1:
        bits = [typo(rng, b) for b in bits]
    body = "".join(bits)[:600]
    r = {"key": key, "category": t.get("found_cat", t["cat"]), "body": body}
    if rng.random() < 0.65:
        r["color"] = col
    if brand and rng.random() < 0.6:
        r["brand"] = brand
    if t["model"] and rng.random() < 0.3:
        r["model"] = t["model"]
    if ser and (rng.random() < 0.7 or force == "serial"):
        r["serial"] = ser
    if t["mark"] and (rng.random() < 0.5 or force == "marks"):
        r["marks"] = t["mark"]
    if rng.random() < 0.85:
        r["address"] = pname
    if rng.random() < 0.7:
        _, lat, lon, _ = PLACES[pid]
        r["lat"], r["lon"] = jitter(rng, lat, lon, 250)
    r["found_at_min"] = found_min
    if negative:
        r["negative"] = negative
    return r
