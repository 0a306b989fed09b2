"""set92 found: a found-item registration (拾遗物登记) in the finder's voice, written from the
truth record knowing only what can be seen or read on the object."""
from set92_catalog import K
from set92_say import EN_VOICES, disclose, join, place_name, words
from set92_truth import wpick
from set92_world import PLACE, jitter, when_cn, when_en

FINDER_VOICES = {
    "ski": [("skistaff", 3), ("instructor_f", 1.5), ("tourist_f", 1.5), ("desk", 1), ("en_f", 0.4)],
    "fest": [("volunteer", 3), ("security", 2), ("tourist_f", 2), ("local_f", 1)],
    "spa": [("cleaner", 4), ("desk", 1), ("tourist_f", 1)],
    "rail": [("security", 3), ("driver", 2), ("desk", 1), ("tourist_f", 1)],
    "stad": [("volunteer", 4), ("security", 2)],
    "mall": [("security", 3), ("tourist_f", 2), ("desk", 1)],
    "food": [("waiter", 4), ("local_f", 2)],
    "hosp": [("nurse", 4), ("security", 1)],
    "town": [("local_f", 3), ("driver", 1.5), ("tourist_f", 1), ("desk", 1)],
    "far": [("desk", 2), ("local_f", 2), ("security", 1)],
}
PLACE_VOICE = {"clinic": "nurse", "inn": "cleaner", "shuttle": "driver", "bus_term": "driver", "taxi_rank": "driver",
               "airport_bus": "driver", "gondola": "lift", "chair2": "lift", "rental": "rental", "lockers": "rental",
               "guest_lane": "host", "hotpot": "waiter", "bbq": "waiter", "carpet": "lift", "summit": "waiter",
               "lodge": "waiter", "ski_school": "instructor_f"}
P_FIELD = {"desk": 0.85, "security": 0.6, "lift": 0.6, "rental": 0.6, "nurse": 0.6, "volunteer": 0.55, "cleaner": 0.4,
           "driver": 0.3, "local_f": 0.12, "skistaff": 0.55, "tourist_f": 0.35, "waiter": 0.3, "instructor_f": 0.4, "en_f": 0.3, "host": 0.3, "parked": 0.3}


def finder_voice(rng, pid, kind):
    if kind in ("ebike", "bicycle", "kids_bike"):
        return wpick(rng, [("parked", 3), ("security", 1), ("local_f", 1), ("desk", 1)])
    if pid in PLACE_VOICE and rng.random() < 0.7:
        return PLACE_VOICE[pid]
    return wpick(rng, FINDER_VOICES[PLACE[pid]["group"]])


def name_sentence(rng, obj, n, en):
    kid = obj["kind"]
    if en:
        return "Name on it: %s" % n
    if K[kid]["named"]:
        return rng.choice(["姓名%s", "证件姓名：%s", "上面名字是%s", "姓名栏：%s"]) % n
    if K[kid]["group"] in ("wallet", "cardholder"):
        return rng.choice(["内有身份证一张，姓名%s", "里面有%s的身份证"]) % n
    if kid == "kids_watch":
        return "表带上有姓名贴：%s" % n
    if kid == "skates":
        return "鞋舌上写着%s" % n
    return rng.choice(["挂着行李牌，姓名%s", "包内有名片，姓名%s", "行李牌写着%s"]) % n


def thing_phrase(rng, obj, w, skip, en):
    col = w.get("colour") if "colour" not in skip else None
    br = w.get("brand") if "brand" not in skip else None
    mo = w.get("model") if "model" not in skip else None
    kind = w["kind"]
    if en:
        return " ".join(x for x in [col, br, mo, kind] if x)
    if obj["kind"] == "phone" and obj.get("case") and col:
        return join([br, mo]) + "手机（%s手机壳）" % col
    if col and len(col) == 1:
        col += "色"
    if rng.random() < 0.6 or not col:
        return join([col, br, mo, kind])
    return join([br, mo, kind]) + "，%s" % col


def write_found(rng, obj, place=None, found_at=None, force=None, voice=None):
    pid = place or obj["fplace"]
    found_at = obj["found_at"] if found_at is None else found_at
    voice = voice or finder_voice(rng, pid, obj["kind"])
    en = voice in EN_VOICES
    st = disclose(rng, obj, "found", voice)
    for k, v in sorted((force or {}).items()):
        st[k] = v
    w, said = words(rng, obj, st, "found", voice)
    said["places"] = [pid]
    rec = {"category": obj["fcat"]}
    pf = P_FIELD.get(voice, 0.4)
    skip = set()
    cased = obj["kind"] == "phone" and obj.get("case")
    for f, key in (("colour", "color"), ("brand", "brand"), ("model", "model"), ("serial_raw", "serial")):
        if f in w and rng.random() < pf:
            rec[key] = w[f]
            if f == "colour" and cased:
                rec[key] = w[f] + "（手机壳）"  # what the finder saw is the case; the body says so too
            elif rng.random() > 0.35:
                skip.add("serial" if f == "serial_raw" else f)
    marks = list(w["marks"])
    if marks and rng.random() < pf:
        rec["marks"] = ("; " if en else "；").join(marks)
        if rng.random() > 0.3:
            marks = []
    spot = rng.choice(PLACE[pid]["details"])
    if rng.random() < pf + 0.1:
        rec["address"] = place_name(rng, pid, voice, field=True) + ("" if en else spot)
    if rng.random() < 0.6:
        rec["lat"], rec["lon"] = jitter(rng, pid, 200)
    rec["found_at_min"] = found_at
    thing = thing_phrase(rng, obj, w, skip, en)
    parts = []
    if "serial" in w and "serial" not in skip:
        parts.append(w["serial"])
    if "name" in w:
        parts.append(name_sentence(rng, obj, w["name"], en))
    if "amount" in w:
        if en:
            parts.append("%s cash inside" % w["amount"])
        elif K[obj["kind"]]["cat"] == "cash":
            parts.append(rng.choice(["经清点共%s", "内有现金%s", "清点金额%s"]) % w["amount"])
        else:
            parts.append(rng.choice(["内有现金%s", "里面有现金%s"]) % w["amount"])
    parts += marks
    place = place_name(rng, pid, voice)
    if en:
        d = ". ".join(p[:1].upper() + p[1:] for p in parts) + (". " if parts else "")
        rec["body"] = "Found a %s at %s %s. %sHanded it to the police desk." % (thing, place, when_en(found_at), d)
    else:
        d = "，".join(parts) + ("。" if parts else "")
        body = compose(rng, voice, pid, thing, place, spot, when_cn(rng, found_at), d)
        body = body.replace("，。", "。").replace("。，", "。").rstrip("，")
        rec["body"] = body if body.endswith("。") else body + "。"
    return rec, said


def compose(rng, voice, pid, thing, place, spot, when, d):
    if voice == "lift":
        return "缆车站工作人员：%s在%s%s发现游客遗落的%s。%s已交雪具大厅失物招领处。" % (when, place, spot, thing, d)
    if voice == "parked":
        return rng.choice(["%s发现%s%s停着一辆%s，停了好几天没人动，%s", "%s巡查：%s%s有辆%s一直没人骑走，%s"]) % (
            when, place, spot, thing, d)
    if voice == "skistaff":
        return "雪场工作人员%s在%s%s捡到%s，%s已交雪具大厅服务台。" % (when, place, spot, thing, d)
    if voice == "rental":
        return "租赁中心员工%s在%s%s捡到%s，%s当天无人认领，送交登记。" % (when, place, spot, thing, d)
    if voice == "instructor_f":
        return "我是滑雪学校的教练，%s在%s附近雪道边捡到%s，%s请失主联系。" % (when, place, thing, d)
    if voice == "cleaner":
        return rng.choice(["保洁员%s在%s%s打扫时拾到%s。%s", "客房保洁：%s，%s%s，收拾时发现客人遗留%s。%s"]) % (
            when, place, spot, thing, d)
    if voice == "host":
        return "我是%s开民宿的，%s客人退房后在屋里发现%s，%s联系不上客人，送过来登记。" % (place, when, thing, d)
    if voice == "volunteer":
        return "志愿者%s在%s%s捡到%s，%s已交志愿者服务中心。" % (when, place, spot, thing, d)
    if voice == "driver" and pid in ("shuttle", "bus_term", "airport_bus"):
        return rng.choice(["接驳车司机%s收车时在车上（%s发车那趟）捡到%s，%s", "大巴司机：%s到%s以后清车，座位底下发现%s。%s"]) % (
            when, place, thing, d)
    if voice == "driver":
        return "出租车司机：%s在%s下客以后，发现后座有乘客落下的%s。%s" % (when, place, thing, d)
    if voice == "local_f":
        if rng.random() < 0.5:
            return "俺%s在%s道边捡着个%s，%s寻思交派出所吧。" % (when, place, thing, d)
        return "%s搁%s%s那块儿瞅见地上有个%s，%s" % (when, place, spot, thing, d)
    if voice == "tourist_f":
        if rng.random() < 0.5:
            return "%s在%s%s捡到一个%s，%s麻烦帮忙找找失主。" % (when, place, spot, thing, d)
        return "游客送交：%s于%s拾到%s。%s" % (when, place, thing, d)
    if voice == "security":
        return "%s安保%s巡逻时在%s发现无人看管的%s。%s" % (place, when, spot, thing, d)
    if voice == "nurse":
        return "急诊护士：%s在%s%s发现病人遗留的%s，%s" % (when, place, spot, thing, d)
    if voice == "waiter":
        return "%s服务员%s收桌时发现客人落下的%s，%s" % (place, when, thing, d)
    return rng.choice(["群众送交：%s于%s拾得%s一件。%s", "%s，%s，拾得%s。%s"]) % (when, place, thing, d)
