"""Lost reports for set95, written in the owner's voice from the hidden truth record."""
from set95_world import place_name, when_zh, when_en, jitter, NOW, PT, neighbours, day_str
from set95_world import FEST
from set95_text import serial_phrase, obj_phrase, choose_feats, fields_put, typo

OWNER_VOICES = ["tourist", "tourist", "family", "family", "en", "kr", "fest", "gh_owner", "crew", "fisher",
                "cyclist", "elder_rel", "hurried", "hurried", "form"]

OPEN = {
    "tourist": ["我是来岛上玩的游客，", "五一来白鲎岛旅游，", "清明假期上岛玩，", ""],
    "family": ["带孩子上岛玩，", "一家人来玩，", "陪老人孩子来岛上，"],
    "fest": ["来看音乐节的，", "音乐节第二天，", "蹦完迪才发现，"],
    "gh_owner": ["我是后澳街民宿老板，帮住客登记：", "民宿老板代客人报失：", "替我店里的客人登记一下，"],
    "crew": ["我是渡轮上的船员，自己的东西丢了，", "售票厅工作人员，", ""],
    "fisher": ["阮是后澳讨海的，", "我在鱼市卖海鲜的，", "讨海人，"],
    "cyclist": ["环岛骑车的时候", "骑行环岛，", "租了单车环岛，"],
    "elder_rel": ["替我阿公登记：", "我阿嬷年纪大了，我帮她报：", "帮家里老人登记，", "老人家不会用手机，我替他写："],
}
LOST_VERB = {"fisher": ["拍唔见了", "无去了", "不见去了"], "default": ["丢了", "不见了", "弄丢了", "找不到了", "遗失了"]}
CLOSE = ["麻烦有人捡到联系我，谢谢！", "有重谢。", "急用，拜托了。", "里面东西很重要。", "", "请帮忙留意，谢谢。", "找到请打电话给我。"]


def loss_where(rng, pid, en=False):
    if en:
        return "at " + place_name(rng, pid, True)
    r = rng.random()
    nm = place_name(rng, pid)
    if r < 0.15:
        nb = neighbours(pid, 1.5)
        if nb:
            return "从%s到%s那一路上" % (nm, place_name(rng, rng.choice(nb))), True
    if r < 0.25:
        return "可能在%s附近" % nm, False
    return rng.choice(["在%s", "%s那边", "在%s那里", "%s"]) % nm, False


def write_lost(rng, o, pid, t_from, t_to):
    voice = o.get("voice") or ("kr" if o.get("foreign") and rng.random() < 0.5 else "en" if o.get("foreign") else
                               "elder_rel" if o.get("elder") else rng.choice(OWNER_VOICES))
    if voice == "fest" and pid not in FEST:
        voice = "tourist"
    if voice == "fisher" and o["cat"] in ("jewelry", "electronics") and rng.random() < 0.5:
        voice = "tourist"
    st = {}
    rec = {"category": o["cat"] if not o.get("cross_lost") else o["cross_lost"]}
    en = voice in ("en", "kr")
    feats = choose_feats(rng, o["feats"], 0.55)
    if not feats and o["feats"] and rng.random() < 0.7:
        feats = [rng.choice(o["feats"])]
    for f in feats:
        st[f["tag"]] = f["key"]
    ser_val, ser_txt = None, None
    s = o["serial"]
    if s and s["owner"] and rng.random() < 0.9:
        txt, ser_val = serial_phrase(rng, s, True, en)
        st["serial"] = s["value"]
        if rng.random() < 0.75 or voice == "form":
            ser_txt = txt
    if en:
        body, addr = _lost_en(rng, o, voice, pid, t_from, st, feats, ser_txt)
    else:
        body, addr = _lost_zh(rng, o, voice, pid, t_from, t_to, st, feats, ser_txt)
    p = {"form": 1.0, "hurried": 0.05, "gh_owner": 0.6, "en": 0.35, "kr": 0.3, "fisher": 0.15, "elder_rel": 0.4}.get(voice, 0.45)
    marks = None
    if feats and rng.random() < p:
        marks = ("; " if en else "，").join(f["en"] if en else f["zh"] for f in feats)
    fields_put(rng, rec, p, st.get("color"), st.get("brand"), st.get("model"), ser_val, marks, en)
    if voice == "form":
        body = rng.choice(["%s遗失%s，特征见登记。", "本人于%s丢失%s，详见各项。", "%s丢失%s一个。"]) % (place_name(rng, pid), o["noun"])
    if voice == "hurried":
        body = typo(rng, body)
    if addr and rng.random() < (0.9 if voice == "form" else 0.6):
        rec["address"] = addr[:60]
    if not addr.startswith("从") and rng.random() < 0.35:
        rec["lat"], rec["lon"] = jitter(rng, pid, 150)
    rec["body"] = body[:600]
    rec["lost_from_min"] = NOW - t_from
    rec["lost_to_min"] = NOW - t_to
    return rec, st, voice


def _lost_zh(rng, o, voice, pid, t_from, t_to, st, feats, ser_txt):
    where = loss_where(rng, pid)
    where, route = where if isinstance(where, tuple) else (where, False)
    when = ""
    if rng.random() < 0.55:
        when = when_zh(rng, t_from)
        if t_to - t_from > 600:
            end = when_zh(rng, t_to)
            if end.startswith(day_str(t_from)) and end != day_str(t_from):
                end = end[len(day_str(t_from)):]
            when += ("到" + end + "之间") if end != day_str(t_from) else ""
    verb = rng.choice(LOST_VERB.get(voice, LOST_VERB["default"]))
    desc = obj_phrase(rng, o, st, 0.85, 0.8, 0.4)
    if voice == "fisher":
        desc = desc.replace("手机", "手机仔").replace("钱包", "钱包仔")
    pre = rng.choice(OPEN.get(voice, [""]))
    if voice == "hurried":
        body = "%s%s%s" % (where, desc, verb)
    else:
        body = "%s%s%s%s一个%s。" % (pre, when, where, verb, desc) if rng.random() < 0.5 else \
               "%s%s%s，%s%s。" % (pre, desc, verb, when, where)
    if feats:
        body += rng.choice(["特征：", "", "认得出来：", "好认，"]) + "，".join(f["zh"] for f in feats) + "。"
    if voice == "fisher":
        body = body.replace("我", "阮")
    if o["hid"] and voice != "hurried" and rng.random() < 0.5:
        body += rng.choice(o["hid"])[0] + "。"
    if o.get("owner") and o["cat"] in ("id_doc",) and "name" not in st and rng.random() < 0.4:
        body += "证件上名字%s。" % o["owner"]
        st["name"] = o["owner"]
    if ser_txt:
        body += ser_txt + ("。" if voice != "hurried" else "")
    if voice != "hurried":
        body += rng.choice([c for c in CLOSE if "里面" not in c or o["cat"] in ("wallet", "bag")])
    addr = place_name(rng, pid) if not route else where
    return body, addr


def _lost_en(rng, o, voice, pid, t_from, st, feats, ser_txt):
    desc = obj_phrase(rng, o, st, 0.85, 0.85, 0.3, en=True)
    where = loss_where(rng, pid, True)
    when = ("on " + when_en(t_from)) if rng.random() < 0.6 else ""
    if voice == "kr":
        body = rng.choice(["Hello, I am tourist from Korea. I lose my %s %s %s. " % (desc, where, when),
                           "Excuse me, my %s is lost %s %s. Please help me. " % (desc, where, when)])
    else:
        body = "Lost my %s %s %s. " % (desc, where, when)
    if feats:
        body += ("It have " if voice == "kr" else "It has ") + ", ".join(f["en"] for f in feats) + ". "
    if o.get("owner") and o["cat"] == "id_doc" and "name" not in st:
        body += "Name on it: %s. " % o["owner"]
        st["name"] = o["owner"]
    if o["hid"] and rng.random() < 0.4:
        body += rng.choice(o["hid"])[1].capitalize() + ". "
    if ser_txt:
        body += ser_txt + ". "
    body += rng.choice(["Thank you so much!", "Please contact me, thanks.", "Very important for me, thank you.", ""])
    return " ".join(body.replace(" .", ".").split()).replace(" .", "."), PT[pid]["sign"]
