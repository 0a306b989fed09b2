"""Found registrations for set95, written in the finder's voice: only what a finder can see."""
from set95_world import place_name, when_zh, jitter, NOW
from set95_ids import SEEN_AS
from set95_text import serial_phrase, obj_phrase, choose_feats, fields_put, typo

BY_PLACE = {
    "ferry": ["ticket", "cleaner", "crew"], "ticket": ["ticket"], "waiting": ["cleaner", "ticket"], "boat1": ["crew"], "boat2": ["crew"],
    "beach": ["lifeguard", "cleaner", "tourist"], "lounger": ["lounger"], "shower": ["cleaner"], "lifeguard": ["lifeguard"],
    "gh1": ["gh_owner"], "gh2": ["gh_owner"], "gh3": ["gh_owner"], "houao": ["gh_owner", "vendor"], "harbor": ["fisher"],
    "seafood": ["vendor"], "dapai": ["vendor", "cleaner"], "nightmkt": ["vendor", "patrol"], "lawn": ["volunteer"],
    "stage": ["volunteer"], "festgate": ["volunteer"], "bike1": ["bikeshop"], "bike2": ["bikeshop"], "hospital": ["nurse"],
    "clinic": ["nurse"], "school": ["teacher"], "museum": ["museum"], "fort": ["museum", "tourist"], "busstop": ["bus"],
    "visitor": ["desk"], "market": ["vendor"], "cafe": ["vendor"],
}
OPEN = {
    "ticket": ["售票员在%s窗口外捡到：", "%s售票窗口台面上有人落下", "售票厅同事在%s拾到"],
    "cleaner": ["保洁阿姨打扫%s时捡到", "保洁在%s拖地时发现", "%s保洁员交来："],
    "crew": ["船员收船时在%s座位底下发现", "%s靠岸后船员巡舱捡到", "船员在%s二层甲板拾得"],
    "lifeguard": ["救生员巡查时在%s沙里发现", "%s救生员交来：", "救生员在%s捡到"],
    "lounger": ["躺椅租赁的阿伯收椅子时在%s捡到", "%s收躺椅时发现"], "tourist": ["一位游客在%s捡到后交来：", "游客在%s拾得，送到派出所："],
    "gh_owner": ["%s老板说客人退房后留下的：", "民宿老板在%s门口捡到", "%s打扫房间发现"],
    "vendor": ["%s摊主交来，说是有人落在摊位上的：", "摊主在%s捡到", "%s店员拾得："],
    "fisher": ["讨海阿伯在%s岸边捡着，拿来交：", "渔民在%s拾到"], "patrol": ["巡逻民警在%s拾得", "%s巡逻时发现"],
    "volunteer": ["音乐节志愿者在%s捡到", "%s散场后志愿者清场发现", "音乐节失物招领处（%s）转交："],
    "bikeshop": ["%s老板说还车的客人捡到的：", "%s的店员收车时发现"], "nurse": ["%s护士站交来：", "护士在%s候诊椅上捡到"],
    "teacher": ["%s老师在校门口捡到", "%s门卫交来："], "museum": ["%s工作人员闭馆清场时发现", "%s讲解员拾得"],
    "bus": ["公交司机在%s收车时在车上发现", "%s调度室交来："], "desk": ["%s服务台转交：", "有人把东西交到%s"],
    "patrol2": ["巡逻时在%s发现", "群众在%s捡到交来："],
}
MEASURE = {"phone": ["一部", "一台", ""], "id_doc": ["一张", ""], "wallet": ["一个", "一只", ""], "keys": ["一串", ""], "ebike": ["一辆", ""],
           "bicycle": ["一辆", ""], "bag": ["一个", "一只", ""], "cash": [""], "jewelry": [""], "electronics": ["一个", "一台", ""],
           "other": ["一个", ""]}
EN_OPEN = ["Found by a visitor at %s: ", "Handed in by a tourist (picked up at %s): "]


def finder_voice(rng, pid):
    return rng.choice(BY_PLACE.get(pid, ["patrol2", "tourist", "cleaner"]))


def write_found(rng, o, pid, found_at, must=(), honest_seen=True, voice=None):
    voice = voice or finder_voice(rng, pid)
    must = tuple(must) + (("amount",) if o["cat"] in ("cash", "wallet") else ()) + (("name",) if o.get("cross") == "id_doc" else ())
    en = voice == "tourist" and rng.random() < 0.25
    st = {}
    rec = {"category": o.get("cross") or o["cat"]}
    seen = o["color"]
    if honest_seen and seen in SEEN_AS and rng.random() < 0.08 and "color" not in must:
        seen = SEEN_AS[seen]
    pc = 1.0 if "color" in must else 0.8
    pb = 1.0 if "brand" in must else (0.4 if o["cat"] in ("wallet", "bag", "jewelry") else 0.65)
    pm = 1.0 if "model" in must else 0.15
    desc = obj_phrase(rng, o, st, pc, pb, pm, en=en, seen_color=seen)
    if "model" in must and "model" not in st and o["model"]:
        desc += " " + o["model"]
        st["model"] = o["model"]
    feats = choose_feats(rng, o["feats"], 0.5, must=must, finder=True)
    for f in feats:
        st[f["tag"]] = f["key"]
    ser_txt, ser_val = None, None
    s = o["serial"]
    if s and ((s["finder"] and rng.random() < 0.8) or "serial" in must):
        ser_txt, ser_val = serial_phrase(rng, s, False, en)
        st["serial"] = s["value"]
    where = place_name(rng, pid, en)
    if en:
        body = rng.choice(EN_OPEN) % where + desc + ". " + ", ".join(f["en"] for f in feats)
        if ser_txt:
            body += ". " + ser_txt
    else:
        op = rng.choice(OPEN[voice]) % where
        body = op + rng.choice(MEASURE.get(o["cat"], ["一个", ""])) + desc
        if feats:
            body += "，" + "，".join(f["fzh"] for f in feats)
        if ser_txt:
            body += "，" + ser_txt
        body += "。"
        if rng.random() < 0.4:
            body += rng.choice(["拾得时间%s。" % when_zh(rng, found_at), "已登记保管。", "请失主带证件来认领。",
                                "手机已关机。" if o["cat"] == "phone" else "没有联系方式。", "放在派出所失物柜。"])
        if o["cat"] == "id_doc" and o.get("owner") and "name" not in st and rng.random() < 0.5:
            body += "姓名" + o["owner"] + "。"
            st["name"] = o["owner"]
        if voice in ("fisher", "lounger") and rng.random() < 0.5:
            body = body.replace("捡到", "抾着").replace("一个", "一粒")
        if rng.random() < 0.07:
            body = typo(rng, body)
    p = rng.choice([0.2, 0.5, 0.8, 0.9])
    marks = None
    if feats and rng.random() < p:
        marks = "，".join(f["fzh"] for f in feats) if not en else ", ".join(f["en"] for f in feats)
    fields_put(rng, rec, p, st.get("color"), st.get("brand"), st.get("model"), ser_val, marks, en)
    if rng.random() < 0.7:
        rec["address"] = where[:60]
    if rng.random() < 0.6:
        rec["lat"], rec["lon"] = jitter(rng, pid, 100)
    rec["body"] = " ".join(body.split())[:600] if en else body[:600]
    rec["found_at_min"] = NOW - found_at
    return rec, st
