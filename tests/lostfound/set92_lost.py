"""set92 lost: a lost report (失物登记) in the owner's own voice, written from the truth record
knowing only what the owner knows."""
from set92_catalog import K
from set92_numbers import typo
from set92_say import EN_VOICES, disclose, join, place_name, words
from set92_world import PLACE, clock, jitter, part_of_day, span_cn, span_en

P_FIELD = {"plain": 0.8, "staff": 0.55, "south": 0.4, "local": 0.15, "hurried": 0.1, "elder": 0.3, "en": 0.35,
           "kr": 0.25, "ru": 0.3, "instructor": 0.5, "athlete": 0.6}
ELDER_ACT = {"ski": ["陪孙子去%s滑雪", "去%s看孙女滑雪"], "fest": ["带孙子去%s看冰灯", "去%s逛冰雪节"],
             "spa": ["去%s泡温泉"], "rail": ["去%s坐车", "去%s接人"], "stad": ["去%s看孙女比赛", "去%s看比赛"],
             "mall": ["去%s逛商场", "带孙子去%s玩"], "food": ["去%s吃饭"], "hosp": ["去%s看病", "去%s拿药"],
             "town": ["去%s遛弯", "去%s办事"]}
RELS = ["我爸", "我妈", "我姥姥", "我姥爷", "我奶奶", "我爷爷", "我婆婆"]
ACT = {"ski": ["滑雪", "玩单板", "上雪道"], "fest": ["看冰灯", "玩", "逛冰雪节"], "spa": ["泡温泉", "住店"],
       "rail": ["坐高铁", "等车", "赶车"], "stad": ["看比赛", "看大冬会"], "mall": ["逛街", "滑冰", "逛商场"],
       "food": ["吃饭", "吃铁锅炖", "吃饭喝酒"], "hosp": ["看急诊", "陪朋友看病", "拍片子"], "town": ["溜达", "办事", "转悠"]}

PLACE_ACT = {"clinic": "看伤", "lockers": "存东西", "rental": "租雪具", "ski_park": "停车", "summit": "吃饭",
             "lodge": "歇脚", "shuttle": "坐接驳车", "bus_term": "坐公交", "square": "看冰灯", "supermkt": "买东西",
             "inn": "住店", "guest_lane": "住民宿", "waiting": "候车", "taxi_rank": "打车", "airport_bus": "坐机场大巴",
             "volunteer": "办事", "village": "吃饭", "hotpot": "吃铁锅炖", "bbq": "吃锅包肉", "ski_school": "上滑雪课"}


def name_sentence(rng, obj, n, en):
    kid = obj["kind"]
    if en:
        return rng.choice(["name on it: %s", "Name %s", "it says %s"]) % n
    if kid == "cardholder":
        return rng.choice(["卡套里有我身份证，名字%s", "里面身份证是%s的"]) % n
    if K[kid]["named"]:
        return rng.choice(["姓名%s", "名字是%s", "上面名字%s", "证上名字：%s"]) % n
    if K[kid]["cat"] == "wallet":
        return rng.choice(["里面有我身份证，名字%s", "身份证也在里面（%s）"]) % n
    if kid == "kids_watch":
        return "表带上贴着孩子名字%s" % n
    if kid == "skates":
        return "鞋舌上写着名字%s" % n
    return rng.choice(["包上挂着行李牌，写着%s", "行李牌上写的%s", "里面有我的名片，%s"]) % n


def _c(col):
    return col + "色" if col and len(col) == 1 else col


def obj_phrase(rng, obj, w, skip, en):
    kind = w["kind"]
    if obj["ocat"] == "id_doc" and obj["kind"] == "cardholder":
        kind = "ID card in a card holder" if en else rng.choice(["身份证（装在卡套里）", "装着身份证的卡套"])
    col = w.get("colour") if "colour" not in skip else None
    br = w.get("brand") if "brand" not in skip else None
    mo = w.get("model") if "model" not in skip else None
    if en:
        return " ".join(x for x in [col, br, mo, kind] if x)
    r = rng.random()
    if r < 0.55 or not (col or br):
        return join([col + "的" if col and rng.random() < 0.3 else _c(col), br, mo, kind])
    if r < 0.8:
        return join([br, mo, kind]) + ("，%s的" % col if col else "")
    return kind + "（" + "，".join(x for x in [br and join([br, mo]), col] if x) + "）"


def _cap(s):
    return s[:1].upper() + s[1:]


def write_lost(rng, obj, voice=None):
    voice = voice or obj["voice"]
    en = voice in EN_VOICES
    st = disclose(rng, obj, "lost", voice)
    if obj["ocat"] != K[obj["kind"]]["cat"] and obj["name"]:
        st["name"] = True
    w, said = words(rng, obj, st, "lost", voice)
    rec = {"category": obj["ocat"]}
    pf = P_FIELD.get(voice, 0.4)
    skip = set()
    for f, key in (("colour", "color"), ("brand", "brand"), ("model", "model"), ("serial_raw", "serial")):
        if f in w and rng.random() < pf:
            rec[key] = w[f]
            if f == "serial_raw" and rng.random() > 0.3:
                skip.add("serial")
            elif f != "serial_raw" and rng.random() > 0.35:
                skip.add(f)
    marks = list(w["marks"])
    if marks and rng.random() < pf:
        rec["marks"] = ("; " if en else "；").join(marks)
        if rng.random() > 0.3:
            marks = []
    pid = obj["place"]
    places = [pid] + ([obj["alt_place"]] if st["two_places"] else [])
    said["places"] = places
    pn = [place_name(rng, p, voice) for p in places]
    det = rng.choice(PLACE[pid]["details"]) if rng.random() < 0.4 else ""
    if rng.random() < pf:
        rec["address"] = place_name(rng, pid, voice, field=True) + (det if not en else "")
    if rng.random() < (0.15 if voice == "elder" else 0.45):
        rec["lat"], rec["lon"] = jitter(rng, pid, 300)
    frm, to = obj["win"]
    rec["lost_from_min"], rec["lost_to_min"] = frm, to
    thing = obj_phrase(rng, obj, w, skip, en)
    det_parts = []
    if "case" in w:
        det_parts.append(("with a %s case" if en else rng.choice(["套着%s的壳", "手机壳是%s的", "外面是%s手机壳"])) % w["case"])
    if "model" in w and "model" in skip and not en and rng.random() < 0.3:
        det_parts.append("型号%s" % w["model"])
    if "serial" in w and "serial" not in skip:
        det_parts.append(w["serial"])
    if "name" in w:
        det_parts.append(name_sentence(rng, obj, w["name"], en))
    if "amount" in w:
        if en:
            det_parts.append("%s cash inside" % w["amount"])
        elif K[obj["kind"]]["cat"] == "cash":
            det_parts.append(rng.choice(["一共%s", "里面是%s", "钱数%s"]) % w["amount"])
        else:
            det_parts.append(rng.choice(["里面现金%s", "还有现金%s", "钱包里装了%s"]) % w["amount"])
    det_parts += marks
    if en:
        details = ". ".join(_cap(x) for x in det_parts)
        place = " or ".join(pn)
        span = span_en(frm, to)
    else:
        details = "，".join(det_parts)
        place = "或者".join(pn) + (det if rng.random() < 0.5 else "")
        span = span_cn(rng, frm, to)
    act = PLACE_ACT.get(pid) or rng.choice(ACT[PLACE[pid]["group"]])
    rec["body"] = compose(rng, voice, obj, thing, place, span, details, act)
    return rec, said


def short_when(rng, win):
    if win[0] - win[1] > 480:
        return "%d号" % clock(win[0]).day
    t = clock((win[0] + win[1]) // 2)
    return rng.choice(["%d号%s" % (t.day, part_of_day(t.hour)), "%d.%d %d点" % (t.month, t.day, t.hour), "%d号" % t.day])


def compose(rng, voice, obj, thing, place, span, details, act):
    d = details + ("。" if details else "")
    e = details + (". " if details else "")
    if voice == "en":
        return rng.choice([
            "Lost my %s at %s %s. %sPlease contact me if anyone finds it, thanks a lot!",
            "Hi, I think I left my %s at %s %s. %sIt would mean a lot to get it back.",
        ]) % (thing, place, span, e)
    if voice == "kr":
        return "Hello. I am tourist from Korea. I lose my %s in %s, %s. %sPlease help me. Thank you!" % (thing, place, span, e)
    if voice == "ru":
        return "Lost: %s. Place: %s. Time: %s. %sI stay in Xueling until February. Spasibo!" % (thing, place, span, e)
    if voice == "hurried":
        s = " ".join(x for x in [short_when(rng, obj["win"]), "%s丢%s" % (place, thing), details.replace("，", " "), "急"] if x)
        return typo(rng, s, 2)
    if voice == "local":
        return rng.choice([
            "俺%s搁%s%s，把%s整丢了，%s谁捡着了给个信儿，贼拉感谢！",
            "%s在%s%s，完了%s不知道咋整没了。%s寻思着是落那旮旯了，麻烦给瞅瞅。",
            "我%s上%s%s，回家一摸兜，%s没了！%s好心人捡着了吱一声。",
        ]) % (span, place, act, thing, d)
    if voice == "elder":
        d = d.replace("我家", "家里").replace("我", "老人")
        rel = rng.choice(RELS)
        act = rng.choice(ELDER_ACT[PLACE[obj["place"]]["group"]])
        return ("替%s登记一下，老人%d岁了，%s%s，回来发现%s没了。%s老人记性不好，说不准具体在哪丢的，"
                "麻烦民警同志帮忙留意。") % (rel, rng.randint(68, 88), span, act % place, thing, d)
    if voice == "staff":
        return "我是在%s这边上班的，%s下班换衣服时发现%s不见了，应该就是落在%s附近。%s有消息请联系我。" % (
            PLACE[obj["place"]]["names"][1], span, thing, place, d)
    if voice == "instructor" and PLACE[obj["place"]]["group"] == "ski":
        if rng.random() < 0.4:
            d = d.replace("我家", "学员家").replace("我", "学员")
            return "我是雪岭滑雪学校的教练，替我的学员登记：学员%s在%s上课时丢了%s。%s学员是南方来的，第一次滑雪，麻烦大家。" % (
                span, place, thing, d)
        return "雪岭滑雪学校教练。%s带课在%s，%s不知道掉哪了。%s谁在雪道边捡到麻烦交到雪具大厅服务台。" % (span, place, thing, d)
    if voice == "athlete":
        team = next((m["owner"] for m in obj["marks"] if m["slot"] == "team"), "大冬会")
        return "我是%s的参赛队员，%s在%s训练完发现%s丢了。%s明天还有比赛，急用，谢谢！" % (team, span, place, thing, d)
    if voice in ("plain", "instructor"):
        return rng.choice([
            "本人于%s在%s遗失%s。%s请拾到者与我联系，谢谢。",
            "%s，%s，丢失%s一件。%s如有拾到请联系。",
        ]) % (span, place, thing, d)
    return rng.choice([
        "%s在%s%s的时候把%s弄丢了😭%s麻烦大家帮忙留意一下，谢谢！",
        "第一次来东北玩，%s在%s%s，丢了%s。%s捡到的好心人请联系我，必有重谢🙏",
        "救命！%s在%s%s，把%s丢了，%s这个对我很重要，求求了～",
        "%s去%s%s，回酒店才发现%s不见了。%s有捡到的麻烦联系一下。",
    ]) % (span, place, act, thing, d)
