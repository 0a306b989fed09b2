"""Found registrations for set96, written from the finder's side: only what can be seen."""
from set96_world import when, BY_ID
import set96_say as say

FINDERS = {"metro": ["地铁站务员", "保洁阿姨", "乘客"], "office": ["大堂保安", "保洁", "前台", "健身房前台", "食堂阿姨"],
           "mall": ["商场保安", "保洁员", "店员", "顾客"], "ridehail": ["网约车司机"], "expo": ["展馆保安", "展台工作人员", "保洁"],
           "cowork": ["社区前台", "同层办公的人"], "hospital": ["护士", "导医", "保安", "病人家长"], "parcel": ["驿站店员", "快递员"],
           "arena": ["场馆工作人员", "保洁", "安保"], "store": ["便利店店员", "夜班收银员"], "street": ["环卫工人", "外卖骑手", "路人", "巡逻保安"]}
OPEN = {"网约车司机": ["乘客落在车上的，", "跑完单发现后座有", "乘客下车后座位上发现"],
        "外卖骑手": ["送餐路上捡到", "骑手，路边捡到"], "保洁阿姨": ["打扫时发现", "清洁时捡到"], "保洁": ["打扫时发现", "保洁交来："],
        "保洁员": ["保洁巡场时捡到"], "环卫工人": ["环卫工人交来：", "扫地时捡到"]}
VISIBLE_SER = {"id": 0.9, "badge": 0.9, "passport": 0.9, "hospcard": 0.85, "card": 0.5, "locker": 0.95, "plate": 0.85,
               "frame": 0.35, "sn": 0.45, "waybill": 0.9, "imei": 0.0}


def write_found(rng, t, key, fpid, fat):
    k = BY_ID[fpid]["kind"]
    who = rng.choice(FINDERS.get(k, ["路人"]))
    st = {"kind": t["kind"], "color": None, "brand": None, "model": None, "serial": None, "name": None, "mark": None, "amount": None}
    rec = {"key": key, "category": t["cat"]}
    level = rng.choice(["full", "full", "partial", "body"])
    cw, cf = say.color_word(rng, t["color"], True) if rng.random() < 0.85 else (None, None)
    pb = {"jewelry": 0.3, "wallet": 0.5, "bag": 0.55, "other": 0.4}.get(t["cat"], 0.7)
    bw = say.brand_word(rng, t["brand"]) if t["brand"] and rng.random() < pb else None
    model = t["model"] if t["model"] and bw and rng.random() < 0.2 else None
    ser = say.serial_text(rng, t, True) if t["serial"] and rng.random() < VISIBLE_SER.get(t["stype"], 0) else None
    masked = t["kind"] == "快递包裹"
    name = t["name"] if t["name"] and rng.random() < 0.85 else None
    mark = t["mark"] if t["mark"] and rng.random() < 0.55 else None
    counted = t["amount"] is not None and rng.random() < 0.8
    st.update(color=cf, brand=t["brand"] if bw else None, model=model, serial=say.serial_key(t) if ser else None,
              name=None if masked else name, mark=mark[0] if mark else None, amount=t["amount"] if counted else None)
    word = rng.choice(t["words"])
    if t["kind"] == "手机" and rng.random() < 0.5:
        word += rng.choice(["（已锁屏）", "，有密码打不开", "，没电关机了"])
    desc = (cw or "") + (bw or "") + (model or "") + word
    parts = [rng.choice(OPEN.get(who, [who + "捡到", who + "交来", "拾到", "在场内发现"]))]
    place = say.place_word(rng, fpid)
    if who == "网约车司机":
        parts.append("%s下客后发现%s" % (place, desc))
    else:
        parts.append(rng.choice(["在%s捡到%s", "%s发现一个%s", "%s有人遗留%s"]) % ((place, desc)))
    if rng.random() < 0.5:
        parts.append("时间" + when(fat, rng))
    if name:
        parts.append(("收件人" + name[0] + "**") if masked else rng.choice(["姓名", "上面写着", "持证人"]) + name)
    if t["company"] and rng.random() < 0.8:
        parts.append(t["company"])
    if ser:
        parts.append(ser)
    if mark:
        parts.append(mark[2])
    if t["contents"] and rng.random() < 0.6:
        parts.append("内有" + "、".join(t["contents"]))
    if counted:
        parts.append(rng.choice(["现金", "内有现金", "清点现金"]) + "%d元" % t["amount"])
    if rng.random() < 0.4:
        parts.append(rng.choice(["已交到服务台", "暂存值班室", "已移交派出所", "失主请带证件认领", "等失主联系"]))
    body = rng.choice(["，", "。", "；", " "]).join(p for p in parts if p)
    rec["body"] = body[:600]
    if level != "body":
        if cw and rng.random() < 0.85:
            rec["color"] = cw
        if bw and rng.random() < 0.8:
            rec["brand"] = bw
        if model:
            rec["model"] = model
        if ser and rng.random() < 0.85:
            rec["serial"] = ser[:60]
        if mark and level == "full":
            rec["marks"] = mark[2] + ("；内有" + "、".join(t["contents"]) if t["contents"] and rng.random() < 0.4 else "")
        if rng.random() < 0.85:
            rec["address"] = say.place_word(rng, fpid, rng.choice([0, 0, 1]))
    if rng.random() < 0.7:
        rec["lat"], rec["lon"] = say.latlon(rng, fpid)
    rec["found_at_min"] = fat
    return rec, st
