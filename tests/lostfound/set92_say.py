"""set92 say: what one side knows and chooses to tell about an object, the words it uses
for it, and the record of what those words commit to ("said", used by the honesty audit)."""
from set92_catalog import BRANDS, COLOURS, K, LOOSE
from set92_numbers import tail4, write_serial
from set92_world import PLACE

EN_VOICES = ("en", "kr", "ru", "en_f")
SER_CN = {"imei": ["IMEI：{s}", "IMEI号{s}", "手机串号是{s}（盒子上抄的）"], "id": ["身份证号{s}", "证号：{s}", "号码{s}"],
          "card": ["里面有张银行卡{s}", "有一张银行卡，{s}", "工行卡{s}"], "locker": ["柜号{s}", "手环上是{s}", "手环牌子{s}"],
          "room": ["房号{s}", "卡套上写着{s}", "{s}的房卡"], "pass": ["雪卡号{s}", "卡号{s}", "卡面编号{s}"],
          "tag": ["租赁标签{s}", "标签号{s}", "贴着租赁编号{s}"], "sn": ["序列号{s}", "S/N：{s}", "机身编号{s}"],
          "frame": ["车架号{s}", "车架上的钢印号{s}"], "plate": ["车牌{s}", "牌照号{s}", "挂的牌子是{s}"],
          "passport_kr": ["护照号{s}", "号码{s}"], "passport_ru": ["护照号{s}", "号码{s}"], "accred": ["注册卡号{s}", "卡号{s}"],
          "student": ["学号{s}", "学号是{s}"], "engrave": ["内圈刻着{s}", "里面刻了字：{s}", "刻字{s}"]}
SER_EN = {"imei": "IMEI {s}", "id": "ID no. {s}", "card": "bank card {s}", "locker": "locker {s}", "room": "room {s}",
          "pass": "pass no. {s}", "tag": "rental tag {s}", "sn": "S/N {s}", "passport_kr": "passport no. {s}",
          "passport_ru": "passport no. {s}", "engrave": "engraved '{s}'", "accred": "card no. {s}", "student": "no. {s}",
          "frame": "frame no. {s}", "plate": "plate {s}"}


def join(parts):
    """Concatenate words, with a space only between two Latin words (NINTENDO Switch, 华为Mate 71)."""
    out = ""
    for p in parts:
        if not p:
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and p[0].isascii() and p[0].isalnum():
            out += " "
        out += p
    return out


def colour_word(rng, fam, en=False):
    if en:
        return COLOURS[fam][1], {fam}
    for w in sorted(LOOSE):
        if fam in LOOSE[w] and rng.random() < 0.08:
            return w, set(LOOSE[w])
    return rng.choice(COLOURS[fam][0]), {fam}


def brand_word(rng, bid, kid, en=False):
    names, ename = BRANDS[bid]
    if bid == "apple" and kid == "phone":
        names = names + ["iPhone", "iphone"]
    if en:
        return "iPhone" if bid == "apple" and kid == "phone" else ename
    return names[0] if rng.random() < 0.45 else rng.choice(names[1:])


def place_name(rng, pid, voice, field=False):
    names = PLACE[pid]["names"]
    if voice in EN_VOICES:
        return names[3]
    if voice in ("local", "local_f", "elder") and rng.random() < 0.6:
        return names[2]
    if field:
        return names[0] if rng.random() < 0.6 else names[1]
    return names[rng.choice([0, 1, 1, 2]) if rng.random() < 0.93 else 3]


def disclose(rng, obj, side, voice):
    """Which of the object's facts this person states."""
    kd = K[obj["kind"]]
    owner = side == "lost"
    lazy = 0.55 if voice in ("elder", "hurried") else 1.0
    st = {"colour": obj["colour"] is not None and rng.random() < (0.85 if owner else 0.92) * (0.8 if lazy < 1 else 1)}
    pb = 0.75 if owner else (0.4 if kd["cat"] == "jewelry" else 0.65)
    st["brand"] = obj["brand"] is not None and rng.random() < pb * lazy
    st["model"] = obj["model"] is not None and st["brand"] and rng.random() < (0.45 if owner else 0.25)
    ps = (kd["po"] if owner else kd["pf"]) * lazy
    if obj["serial"] and obj["serial"][0] == "card":
        ps = 0.5 * lazy if owner else 0.6
    st["serial"] = obj["serial"] is not None and rng.random() < ps
    pn = (0.92 if kd["named"] else 0.6) if owner else (0.96 if kd["named"] else 0.8)
    st["name"] = obj["name"] is not None and rng.random() < pn
    pa = (0.95 if kd["cat"] == "cash" else 0.7) if owner else (0.97 if kd["cat"] == "cash" else 0.85)
    st["amount"] = obj["amount"] is not None and rng.random() < pa
    marks = []
    for m in obj["marks"]:
        if m["hidden"]:
            p = 0.5 if owner else 0.0
        else:
            p = (0.35 if m["common"] else 0.62) if owner else (0.45 if m["common"] else 0.55)
        if rng.random() < p * (lazy if owner else 1):
            marks.append(m)
    st["marks"] = marks
    st["case"] = obj.get("case") is not None and (not owner or rng.random() < 0.75)
    st["two_places"] = owner and obj.get("alt_place") is not None and obj["alt_place"] != obj["place"]
    return st


def words(rng, obj, st, side, voice):
    """Concrete words for each stated fact, and the 'said' record they commit the text to."""
    en = voice in EN_VOICES
    kd = K[obj["kind"]]
    owner = side == "lost"
    w = {"kind": kd["en"] if en else rng.choice(kd["cn"])}
    said = {"group": obj["group"], "colours": None, "case": None, "brand": None, "model": None, "serial": None,
            "name": None, "amount": None, "marks": {}, "places": []}
    if st["colour"]:
        if obj["kind"] == "phone" and obj.get("case") and not owner:
            # a finder sees the case, not the phone: that is a statement about the case only
            w["colour"], said["case"] = colour_word(rng, obj["case"], en)
        else:
            w["colour"], said["colours"] = colour_word(rng, obj["colour"], en)
    if st["case"] and owner:
        w["case"], said["case"] = colour_word(rng, obj["case"], en)
    if st["brand"]:
        w["brand"] = brand_word(rng, obj["brand"], obj["kind"], en)
        said["brand"] = obj["brand"]
    if st["model"]:
        w["model"] = obj["model"][0] if en else rng.choice(obj["model"])
        said["model"] = obj["model"][0]
    if st["serial"]:
        stype, v = obj["serial"]
        s = write_serial(rng, stype, v, "owner" if owner else "finder")
        for _ in range(8):
            if s.isascii() or not en:
                break
            s = write_serial(rng, stype, v, "owner" if owner else "finder")
        if en and not s.isascii():
            s = v if v.isascii() else v[-6:]
        w["serial_raw"] = s
        w["serial"] = (SER_EN[stype] if en else rng.choice(SER_CN[stype])).replace("{s}", s)
        said["serial"] = (stype, v)
        shown = "".join(c for c in s.upper() if c.isalnum() and c.isascii())
        need = v.split("-")[1] if stype == "locker" else tail4(v)
        assert need in shown or stype == "engrave", (stype, v, s)
    if st["name"]:
        w["name"] = obj["name"]
        said["name"] = obj["name"]
    if st["amount"]:
        a = obj["amount"]
        if owner and a > 200 and rng.random() < 0.5:
            a = int(round(a / 100.0)) * 100
            w["amount"] = ("about %d yuan" if en else rng.choice(["大概%d块", "差不多%d元", "%d左右"])) % a
        else:
            w["amount"] = ("%d yuan" if en else rng.choice(["%d元", "%d块钱", "人民币%d元"])) % a
        said["amount"] = a
    ms = []
    for m in st["marks"]:
        text = m["en"] if en else (m["owner"] if owner else m["finder"])
        if not text:
            continue
        ms.append(text)
        said["marks"][m["slot"]] = m["id"]
    w["marks"] = ms
    return w, said
