"""set97 found registrations: written from the finder's side of a hidden truth record.

A finder sees only what is visible or printed (the desk opens wallets and bags and counts cash);
never an IMEI, a weight, a certificate number, a lock code or what the owner paid.
"""
import set97_world as W
import set97_say as S

SHOPS = ["云栖客栈", "老灶腊肉馆", "鼓楼街奶茶店", "万家福超市", "职院北门打印店", "站前便利店", "河滩边米粉店"]


SHOP_AT = {"market": "河滩集摆摊的%s老板", "college": "职院北门打印店老板", "station": "站前便利店老板",
           "road": "服务区便利店老板", "gorge": "景区小卖部老板", "hospital": "医院门口水果店%s老板",
           "busstation": "汽车站旁小卖部老板"}


def id_text_finder(i, obj, rng, force=False):
    k, v = i["k"], i["v"]
    holder = obj.get("holder")
    if k == "imei":
        return None
    if k in ("idn", "idin"):
        f = v if rng.random() < 0.4 else S.mask_id(v, rng)
        lab = "身份证一张" if k == "idin" else "证号"
        return (lab + "（%s，%s）" % (holder[0], f) if k == "idin" and holder else lab + f), f
    if k == "stu":
        return "学号%s" % v, v
    if k == "passport":
        return "护照号码%s" % v, v
    if k == "tbz":
        return "证件号码%s" % v, v
    if k == "elder":
        return "证号%s" % v, v
    if k == "cards":
        f = rng.choice(["{bin}****{v}", "{bin} **** **** {v}", "尾号{v}", "************{v}"]).format(bin=i["bin"], v=v)
        return "%s卡一张（%s）" % (i["bank"], f), f
    if k == "room":
        return "钥匙牌写着“%s”" % v, v
    if k == "plate":
        f = rng.choice([v, v[:2] + " " + v[2:], v[:3] + "·" + v[3:]])
        return "车牌%s" % f, f
    if k in ("frame_e", "frame_b"):
        if rng.random() < 0.55 or force:
            return "车架号%s" % v, v
        return None
    if k == "sn":
        if rng.random() < 0.55 or force:
            return rng.choice(["机身SN：", "底部印有序列号", "S/N "]) + v, v
        return None
    if k == "cert":
        return None
    if k == "mz":
        if rng.random() < 0.8 or force:
            return "门诊号%s" % v, v
        return None
    return None


def describe(obj, rng, force=(), hide=()):
    men = []
    parts = dict(noun=rng.choice(obj["fnd"]))
    if obj["color"] and (rng.random() < 0.9 or "color" in force):
        parts["color"] = S.color_fnd(obj["color"], rng)
        parts["color_f"] = S.color_field(obj["color"], rng)
        men.append("color")
    brand_seen = obj["cat"] not in ("keys",) or obj["brand"]
    if obj["brand"] and brand_seen and (rng.random() < 0.75 or "brand" in force):
        parts["brand"] = S.brand_fnd(obj["brand"], rng)
        men.append("brand")
    if obj["model"] and (rng.random() < 0.25 or "model" in force):
        parts["model"] = obj["model"]
        men.append("model")
    ids = []
    for i in obj["ids"]:
        if "id:" + i["k"] in hide:
            continue
        t = id_text_finder(i, obj, rng, force=("id:" + i["k"]) in force)
        if t:
            ids.append((i["k"], t[0], t[1]))
            men.append("id:" + i["k"])
    parts["ids"] = ids
    if obj.get("holder") and obj["cat"] in ("id_doc", "other"):
        hz, hp = obj["holder"]
        if obj["kind"] == "passport":
            parts["holder"] = "姓名%s（%s）" % (hz, hp.upper().replace(" ", "/", 1)) if rng.random() < 0.5 \
                else "姓名 %s" % hp.upper().replace(" ", "/", 1)
        else:
            parts["holder"] = "姓名%s" % hz
        men.append("holder")
    elif obj.get("holder") and any(k == "idin" for k, _, _ in ids):
        men.append("holder")
    dets = []
    for d in obj["details"]:
        if d["k"] == "amount":
            n = d["v"]
            dets.append(("amount", "经清点现金%d元" % n if n else "无现金"))
            men.append("amount")
            continue
        if d["fnd"] and (rng.random() < 0.75 or d["k"] in force):
            dets.append((d["k"], d["fnd"]))
            men.append(d["k"])
    parts["dets"] = dets
    return parts, men


def finder_for(place, rng, kind=None):
    if kind:
        return kind
    if place in W.RIDE_FINDER:
        return W.RIDE_FINDER[place]
    return rng.choice(W.FINDERS_AT[W.PLACES[place][3]])


def spot_for(place, rng):
    kind = W.PLACES[place][3]
    pool = W.SPOTS.get(place) or W.SPOTS.get(kind) or ["地上"]
    return rng.choice(pool).replace("{n}", str(rng.randint(1, 14)))


def render(obj, ev, rng, key, negative=None, force=(), cat=None, hide=()):
    """ev: dict(place, t (minutes before NOW), finder kind optional)."""
    parts, men = describe(obj, rng, force, hide)
    place = ev["place"]
    fk = finder_for(place, rng, ev.get("finder"))
    if obj["cat"] in ("ebike", "bicycle"):
        fk = "patrol"
    spot = spot_for(place, rng)
    handin = W.RIDE_HANDIN.get(place, place)
    alias = rng.choice(W.PLACES[place][0])
    t = W.at(ev["t"])
    when = W.date_cn(t, rng, rng.choice(["md", "md", "num"])) + (
        W.clock_cn(t, rng, loose=False) if rng.random() < 0.6 else W.clock_cn(t, rng))
    col = parts.get("color", "")
    if len(col) == 1:
        col += "色"
    br = parts.get("brand", "")
    desc = col + br + ((" " if br else "") + parts["model"] if "model" in parts else "") + parts["noun"]
    fname, _ = W.name(rng, local=True)
    if fk == "cablecar_staff":
        head = "%s，索道工作人员%s在%s%s发现%s，" % (when, fname, alias if place != "cable" else "", spot, desc)
        head += rng.choice(["广播找人无果，交来登记。", "无人认领。", "交到游客中心后转来。"])
    elif fk == "bus_conductor":
        head = "%s乘务员%s收车清扫时在%s捡到%s，" % (alias, fname[0] + rng.choice(["姐", "师傅"]), spot, desc)
        head += "时间%s，交来。" % when
    elif fk == "cleaner":
        head = "保洁员%s阿姨%s在%s%s打扫时捡到%s，交服务台后转来。" % (fname[0], when, alias, spot, desc)
    elif fk == "hospital_guard":
        head = "医院保安%s%s巡逻时在%s发现%s。" % (fname, when, spot, desc)
    elif fk == "station_staff":
        head = "%s工作人员%s在%s%s拾得%s，站内广播无人认领。" % (alias, when, alias, spot, desc)
    elif fk == "taxi_driver":
        a = rng.choice(W.PLACES[rng.choice(["hsr_sq", "inn", "gorge_gate", "bus", "hospital"])][0])
        head = "出租车司机%s师傅送来，说%s拉了几个游客到%s，人下车后在%s发现%s。" % (fname[0], when, a, spot, desc)
    elif fk == "shopkeeper":
        shop = SHOP_AT.get(W.PLACES[place][3]) or rng.choice(SHOPS)
        if "%s" in shop:
            shop = shop % fname[0]
        head = "%s交来：%s在%s%s捡到的%s，等了半天没人来拿。" % (shop, when, alias, spot, desc)
    elif fk == "patrol":
        who = {"hospital": "医院保安反映", "college": "学院保卫处反映", "market": "摆摊的商户反映"}.get(
            W.PLACES[place][3], rng.choice(["巡逻发现", "商户反映", "群众打电话反映"]))
        head = "%s%s%s一辆%s，%s就停在那里，一直没人骑走，已拖回所里。" % (
            who, alias, rng.choice(["门口", "路边", "停车棚里"]), desc.replace("一辆", ""), when)
    else:
        who = rng.choice(["市民%s" % fname, "一位游客", "路过的学生", "一位大姐", "%s老人" % fname[0]])
        head = "%s%s在%s%s捡到%s，送来派出所。" % (who, when, alias, spot, desc)
    bits = []
    for _, t2, _ in parts["ids"]:
        bits.append(t2)
    if parts.get("holder"):
        bits.append(parts["holder"])
    for _, t2 in parts["dets"]:
        bits.append(t2)
    body = head + ("；".join(bits) + "。" if bits else "")
    if rng.random() < 0.1:
        body = S.typo(body, rng)
    if rng.random() < 0.05:
        body = S.fullwidth(body)
    rec = dict(key=key, category=cat or obj["cat"], body=S.cut(body, 600))
    fill = rng.choice(["full", "full", "partial", "body"])
    want = {"full": 0.9, "partial": 0.5, "body": 0.05}[fill]
    if "color" in men and rng.random() < want:
        rec["color"] = parts["color_f"]
    if "brand" in men and rng.random() < want:
        rec["brand"] = parts["brand"]
    if "model" in men and rng.random() < want:
        rec["model"] = parts["model"]
    if parts["ids"] and rng.random() < want + 0.05:
        rec["serial"] = parts["ids"][0][2]
    mk = [t2 for _, t2 in parts["dets"]]
    if mk and rng.random() < want:
        rec["marks"] = S.cut("；".join(mk), 500)
    if rng.random() < want + 0.1:
        ad = W.PLACES[handin][0][0] if handin != place else (alias + spot if rng.random() < 0.4 else alias)
        rec["address"] = S.cut(ad, 60)
    if rng.random() < (0.6 if fill == "full" else 0.3):
        pl = W.PLACES[handin]
        rec["lat"], rec["lon"] = W.jitter(rng, pl[1], pl[2], 120)
    rec["found_at_min"] = ev["t"]
    if negative:
        rec["negative"] = negative
    return rec, men
