"""set101 found registrations: the finder's side, in the finder's own voice.

A finder sees only what is visible or printed: the colour (in their own eye and light), a
logo if there is one, printed numbers, what is inside if they open it, the exact cash they
count.  They do not know when or how it was lost, nor the owner's private facts.
"""
from set101_world import place_name, place_point
from set101_lost import desc_zh
from set101_say import color_word, brand_word, typo, fmt_card, fmt_id, time_phrase

FINDERS = {
    "cruise_pier": ["pier_staff", "pier_staff", "porter", "passerby"],
    "cruise_ship": ["pier_staff", "ship_crew"],
    "ferry_n": ["ferry_staff", "cleaner", "passerby"],
    "ferry_s": ["ferry_staff", "passerby"],
    "ferry_boat": ["ferry_staff", "ferry_staff", "cleaner"],
    "funi_top": ["funi_staff", "cleaner", "passerby"],
    "funi_bottom": ["funi_staff", "porter", "passerby"],
    "stairs": ["porter", "porter", "passerby", "sanitation"],
    "stairs_mid": ["porter", "passerby", "teahouse"],
    "hotpot": ["waiter", "passerby", "sanitation"],
    "hotpot_pym": ["waiter", "waiter"],
    "hotpot_jw": ["waiter", "waiter"],
    "hospital": ["cleaner", "nurse", "guard"],
    "school": ["dorm_keeper", "dorm_keeper", "teacher"],
    "market": ["market_staff", "porter", "passerby"],
    "bus_station": ["cleaner", "station_staff", "passerby"],
    "square": ["sanitation", "passerby", "passerby"],
    "walk": ["sanitation", "passerby"],
    "shop": ["cashier", "passerby"],
    "v_qingyan": ["passerby", "bus_driver"],
    "v_baiguo": ["passerby", "bus_driver"],
    "v_macao": ["passerby", "bus_driver"],
    "taxi": ["taxi_driver"],
    "bus": ["bus_driver", "bus_driver", "station_staff"],
}
OPEN = {
    "pier_staff": ["游轮码头服务台登记：", "码头值班员：", "澜溪港游轮码头工作人员在安检口附近拾得，"],
    "ship_crew": ["长澜号游轮客房部移交：", "游轮乘务员在打扫时发现，"],
    "ferry_staff": ["轮渡公司值班室：", "澜渡3号船员收船时", "轮渡售票员拾得，"],
    "cleaner": ["保洁员打扫卫生时", "我是做清洁的，", "保洁阿姨捡到交来的："],
    "funi_staff": ["缆车站工作人员：", "缆车司机收车检查时"],
    "porter": ["我是棒棒，", "老街挑力的", "棒棒师傅送来的："],
    "passerby": ["", "路过的时候", "我是路过的，", "市民送交："],
    "sanitation": ["环卫工人清扫时", "扫地的时候"],
    "teahouse": ["茶馆老板：", "茶馆喝茶的客人走了，"],
    "waiter": ["服务员收台时", "火锅店服务员：", "店里收拾桌子的时候"],
    "nurse": ["护士站：", "住院部护士"],
    "guard": ["医院保安：", "保安巡逻时"],
    "dorm_keeper": ["二中宿管：", "宿管阿姨查寝时", "男生宿舍值班老师："],
    "teacher": ["二中政教处：", "值周老师"],
    "market_staff": ["柑橘市场管理处：", "市场过磅员"],
    "station_staff": ["汽车站服务台：", "车站值班员"],
    "cashier": ["惠多多超市收银员：", "超市员工"],
    "bus_driver": ["班车驾驶员收车时在车上", "客运班车司机：", "中巴车司机"],
    "taxi_driver": ["出租车司机：", "的哥送来的，", "我开出租的，"],
}
FIND_VERB = ["捡到", "拾得", "发现", "捡到了", "看到地上有"]
HANDLE = ["已交值班室保管。", "暂存服务台，失主凭证件领取。", "放在店里收银台。", "已送派出所。", "交到了警务室。",
          "失主请联系认领。", "放在宿管室。", "", "", "请失主来认领。", "东西在我这里，打我电话。"]


def _cut(s, n):
    return s if len(s) <= n else s[:n]


def _fserial(rng, kind, val):
    if kind == "card":
        bin6, tail = val.split("|")
        return fmt_card(rng, bin6, tail) if rng.random() < 0.6 else bin6 + "********" + tail
    if kind == "id":
        return fmt_id(rng, val, owner=False) if rng.random() < 0.75 else val
    return val


def _label(kind):
    return {"card": "银行卡", "id": "身份证号", "student": "学号", "plate": "车牌", "frame": "车架号", "sn": "S/N",
            "passport": "护照号", "patient": "住院号", "imei": "IMEI"}[kind]


def article(t):
    n = t["noun"]
    if t["cat"] == "cash":
        return "一笔"
    if t["cat"] == "keys":
        return "一串"
    if t["cat"] in ("ebike", "bicycle"):
        return "一辆"
    if n in ("雨伞", "拐杖", "扁担和绳子"):
        return "一把" if n != "扁担和绳子" else "一根"
    if n in ("老花镜", "蓝牙耳机"):
        return "一副"
    if n in ("身份证", "学生证", "驾驶证", "社保卡", "老年证"):
        return "一张" if n in ("身份证", "社保卡") else "一本"
    if n in ("CT片子袋", "编织袋"):
        return "一袋" if n == "编织袋" else "一个"
    if n == "外套":
        return "一件"
    if n == "帽子":
        return "一顶"
    if n == "月饼礼盒":
        return "一盒"
    return "一个"


def write_found(rng, t, place, found_at, key, finder=None):
    finder = finder or rng.choice(FINDERS.get(place, ["passerby"]))
    official = finder in ("pier_staff", "ferry_staff", "station_staff", "market_staff", "nurse", "guard", "teacher", "ship_crew")
    color = color_word(rng, t["color"], perceive=True) if t["color"] and rng.random() < 0.9 else None
    logo_p = {"phone": 0.75, "electronics": 0.7, "ebike": 0.85, "bicycle": 0.8, "wallet": 0.45, "bag": 0.5,
              "jewelry": 0.45, "keys": 0.6, "other": 0.4}.get(t["cat"], 0.3)
    brand = brand_word(rng, t["brand"], mix=0.5, cat=t["cat"]) if t["brand"] and rng.random() < logo_p else None
    model = t["model"] if t["model"] and rng.random() < (0.3 if t["cat"] in ("electronics", "ebike", "bicycle") else 0.1) else None
    opened = rng.random() < (0.85 if official else 0.6)
    serials = []
    for kind, val, vis, _p in t["serials"]:
        if not vis:
            continue
        if kind in ("card", "id") and t["cat"] == "wallet" and not opened:
            continue
        if rng.random() < (0.9 if official else 0.6):
            serials.append((kind, _fserial(rng, kind, val)))
    feats = [f for f in t["vis"] if rng.random() < 0.75]
    inside = [f for f in t["inside"] if opened and rng.random() < 0.8]
    cash = t["cash"] if t["cash"] and (opened or t["cat"] == "cash") else None
    owner = t.get("owner")
    if owner and t["cat"] != "id_doc":
        seen = [a for a, _b in (t["vis"] + (t["inside"] if opened else []))]
        if not any(owner in a for a in seen):
            owner = None
    pname = place_name(rng, place)

    style = rng.choices(["bare", "some", "full", "misfield", "hurry"],
                        weights=[1, 3, 5, 0.7, 0.5] if official else [4, 3, 1.5, 1, 2])[0]
    desc = desc_zh(t["noun"], color, brand, model)
    when = time_phrase(rng, found_at, "official" if official else "plain")
    if style == "hurry":
        body = "%s%s%s%s%s%s" % (when, rng.choice(["在", ""]), pname, rng.choice(FIND_VERB), article(t), desc)
        if feats:
            body += "，" + feats[0][0]
        if serials and rng.random() < 0.5:
            body += "，" + _label(serials[0][0]) + serials[0][1]
        body = typo(rng, body)
    else:
        out = [rng.choice(OPEN.get(finder, [""]))]
        out.append("%s在%s%s%s。" % (when, pname, rng.choice(FIND_VERB), desc if rng.random() < 0.7 else article(t) + t["noun"]))
        if feats:
            out.append("，".join(f[0] for f in feats) + "。")
        if inside:
            out.append("打开看了，里面有" + "、".join(f[0] for f in inside) + "。")
        elif t["inside"] and not opened:
            out.append(rng.choice(["没有打开看。", "里面的东西没动。", ""]))
        if cash:
            out.append(rng.choice(["现金共计%d元" % cash, "里面有现金%d元" % cash, "清点现金%d元整" % cash]) + rng.choice(["，当面清点", "", "，两人在场"]) + "。")
        if owner:
            out.append(rng.choice(["姓名：", "上面的名字是", "证件姓名"]) + owner + "。")
        for kind, txt in serials:
            out.append(_label(kind) + rng.choice(["：", "", " "]) + txt + "。")
        if t["cat"] == "phone" and rng.random() < 0.35:
            w = [h[0] for h in t["hid"] if h[0].startswith("锁屏")]
            if w:
                out.append(rng.choice(["屏幕亮了一下，", "有电，"]) + w[0] + "。")
            else:
                out.append(rng.choice(["已关机。", "没电了。", "有电话打进来但没接到。"]))
        out.append(rng.choice(HANDLE))
        body = "".join(out)
    rec = {"key": key, "category": t["cat"], "body": _cut(body, 600)}
    if style in ("some", "full", "misfield"):
        full = style == "full"
        if color and rng.random() < (0.95 if full else 0.6):
            rec["color"] = color
        if brand and rng.random() < (0.95 if full else 0.6):
            rec["brand"] = brand
        if model and rng.random() < 0.8:
            rec["model"] = model
        if serials and rng.random() < (0.9 if full else 0.5):
            rec["serial"] = _cut(serials[0][1], 60)
        if rng.random() < (0.95 if full else 0.6):
            rec["address"] = _cut(pname, 60)
        marks = [f[0] for f in feats + inside]
        if cash:
            marks.append("现金%d元" % cash)
        if marks and rng.random() < (0.9 if full else 0.4):
            rec["marks"] = _cut("；".join(marks), 500)
        if style == "misfield":
            r = rng.random()
            if r < 0.35 and color:
                rec["brand"] = color
                rec.pop("color", None)
            elif r < 0.7:
                rec["marks"] = pname + ("，" + rec["marks"] if "marks" in rec else "")
            elif owner:
                rec["model"] = owner
            else:
                rec["serial"] = pname
    if rng.random() < (0.6 if official else 0.3) and place not in ("taxi", "bus"):
        rec["lat"], rec["lon"] = place_point(rng, place)
    rec["found_at_min"] = found_at
    rec["_finder"] = finder
    return rec
