"""Set 89: found registrations (拾遗物登记), written from what a finder can see."""
import datetime

from set89_ids import person
from set89_kinds import K
from set89_render import choose, details, head, join_feats, place_name
from set89_text import found_when_cn
from set89_world import MARATHON_DAY, PLACE, at, place_ll

MAY1 = datetime.date(2025, 5, 1)

SPOTS = {
    "marathon": ["草坪上", "流动厕所旁边", "护栏边", "垃圾桶旁边"],
    "sport": ["看台座椅上", "台阶上", "更衣室长椅上", "门口"],
    "park": ["长椅上", "垃圾桶旁边", "洗手间洗手台上", "草坪上", "台阶上"],
    "river": ["绿道边草丛里", "休息椅上", "栏杆旁边", "路边花坛里"],
    "college": ["路边", "台阶上", "长椅上", "门口"],
    "market": ["档口门口", "楼梯间", "货梯里", "过道里"],
    "bus": ["候车椅上", "售票窗口台面上", "出站口", "大巴行李舱里"],
    "metro": ["站台座椅上", "闸机口", "车厢座位上", "扶梯口"],
    "home": ["菜摊边上", "小区门口", "楼下长椅上", "快递柜旁边"],
    "far": ["候车区座椅上", "门口台阶上", "服务台", "停车场"],
}
PLACE_SPOTS = {"canteen": ["食堂桌上", "餐具回收处"], "library": ["自习室座位上", "还书处"], "dorm": ["宿舍楼下", "宿舍楼道里"],
               "bagdrop": ["存包帐篷边", "存包货架下"], "finish": ["补给桌底下", "领奖牌通道"], "start": ["拱门下面", "检录口"],
               "expo": ["展位之间的过道", "领物处"], "hall1": ["市集摊位之间的过道", "手作摊位上"], "hall3": ["咖啡店门口台阶上", "咖啡店座位上"],
               "rental1": ["驿站休息椅上", "还车点"], "wharf": ["驿站休息椅上", "码头栏杆边"], "aquatics": ["更衣室长椅上", "前台"]}
VOICES_F = {"marathon": ["volunteer", "volunteer", "cleaner", "officer"], "sport": ["cleaner", "passerby", "officer"],
            "park": ["security", "stall", "cleaner", "passerby", "officer"], "river": ["rental", "cleaner", "passerby", "rider"],
            "college": ["student", "cleaner", "officer"], "market": ["passerby", "security", "rider", "officer"],
            "bus": ["bus", "bus", "driver", "officer"], "metro": ["metro", "metro", "passerby"],
            "home": ["passerby", "cleaner", "rider", "officer"], "far": ["officer", "passerby", "bus", "driver"]}


VEH_SPOTS = ["路边", "非机动车停放区", "门口", "树下", "绿化带旁边"]
BIG = ("ebike", "bicycle")


def pick_voice_f(rng, place_key, t_found, cat):
    v = pick_voice_place(rng, place_key)
    if cat in BIG and v in ("stall", "driver", "metro"):
        v = rng.choice(["passerby", "officer"])
    if v == "stall" and (place_key not in ("hall1", "hall3", "wh5", "chimney", "gate") or not 10 <= at(t_found).hour < 21):
        v = rng.choice(["security", "cleaner"])
    if v == "volunteer" and not (MAY1 <= at(t_found).date() <= MARATHON_DAY):
        v = rng.choice(["cleaner", "officer"])
    return v


def pick_voice_place(rng, place_key):
    if place_key in ("far_lake", "far_airport", "far_taoxi", "far_unicity", "far_dev"):
        return rng.choice(["officer", "passerby", "driver"])
    return rng.choice(VOICES_F[PLACE[place_key]["group"]])


def body_f(rng, v, P):
    w, wh, sp, what, fs, ids, nm = P["when"], P["where"], P["spot"], P["what"], P["feats"], P["ids"], P["name"]
    tail = ("，" + fs if fs else "") + ("，" + "，".join(ids) if ids else "")
    if v == "volunteer":
        return "马拉松志愿者%s交来：%s在%s的%s捡到%s%s。" % (nm, w, wh, sp, what, tail)
    if v == "cleaner":
        return "保洁员%s（口述，民警代录）：%s打扫%s的时候在%s捡到%s%s。" % (nm, w, wh, sp, what, tail)
    if v == "security":
        return P["org"] + "保安%s巡逻时在%s%s发现%s%s，现场等了一会没人认领，送到派出所。时间%s。" % (nm, wh, sp, what, tail, w)
    if v == "metro":
        return "地铁1号线站务员%s：%s在%s%s拾得乘客遗落的%s%s。" % (nm, w, wh, sp, what, tail)
    if v == "bus":
        return "客运站工作人员：%s在%s%s发现旅客遗留的%s%s，广播找人无果。" % (w, wh, sp, what, tail)
    if v == "rider":
        return "外卖小哥%s送来的，说%s在%s%s捡到%s%s。" % (nm, w, wh, sp, what, tail)
    if v == "stall":
        return "市集摊主%s送来：%s有顾客落在%s摊位上的%s%s，一直没人回来找。" % (nm, w, wh, what, tail)
    if v == "rental":
        return "滨江绿道租车点工作人员%s：%s在%s%s发现%s%s。" % (nm, w, wh, sp, what, tail)
    if v == "driver":
        return "网约车司机%s送来：%s乘客在%s附近下车后遗落在后座的%s%s。" % (nm, w, wh, what, tail)
    if v == "student":
        return "学生%s在%s%s捡到%s%s，先交到学院保卫处，后转来。时间：%s" % (nm, wh, sp, what, tail, w)
    if v == "passerby":
        return "%s路过%s，在%s捡到%s%s，交到派出所。拾得人%s。" % (w, wh, sp, what, tail, nm)
    unit = "" if what.startswith("一") else "一" + P["unit"]
    return "%s，拾得人%s在%s%s拾得%s%s%s。已登记入库。" % (w, nm, wh, sp, what, unit, tail)


def render_found(rng, obj, key, place_key, t_found, cat=None, voice=None, force=(), level=None):
    v = voice or pick_voice_f(rng, place_key, t_found, obj["cat"])
    if level is None:
        level = rng.choice(["some"] * 4 + ["full"] * 3 + ["line"]) if v != "officer" else "full"
    facts = choose(rng, obj, "fnd", level)
    have = {f["k"] for f in facts}
    for f in obj["facts"]:
        if f["k"] in force and f["k"] not in have and f["vis"]:
            facts.append(f)
    facts.sort(key=lambda f: [x["k"] for x in obj["facts"]].index(f["k"]))
    stated = {}
    what, (col, bw, mw) = head(rng, obj, facts, "fnd", stated)
    feats, ids, serial = details(rng, obj, facts, "fnd", stated)
    grp = PLACE[place_key]["group"]
    P = {"when": found_when_cn(rng, t_found), "where": place_name(rng, place_key),
         "spot": rng.choice(VEH_SPOTS if obj["cat"] in BIG else SPOTS[grp] + PLACE_SPOTS.get(place_key, [])), "what": what, "feats": join_feats(rng, feats),
         "ids": ids, "name": person(rng), "unit": K[obj["kind"]]["unit"],
         "org": {"park": "文创园", "market": "服装城"}.get(grp, "")}
    body = body_f(rng, v, P)
    if obj["cat"] in BIG:
        body = body.replace("捡到", "发现").replace("拾得", "发现").replace("遗落的", "停放的")
    rec = {"key": key, "category": cat or obj["cat"], "body": body[:600]}
    mode = rng.choice(["body", "mixed", "form", "form"]) if v != "officer" else "form"
    if mode != "body":
        full = mode == "form"
        if col and (full or rng.random() < 0.6):
            rec["color"] = col
        if bw and (full or rng.random() < 0.6):
            rec["brand"] = bw
        if mw and (full or rng.random() < 0.6):
            rec["model"] = mw
        if serial and (full or rng.random() < 0.7):
            rec["serial"] = serial[:60]
        if feats and (full or rng.random() < 0.5):
            rec["marks"] = "；".join(feats)[:500]
        if full or rng.random() < 0.7:
            rec["address"] = place_name(rng, place_key, form=rng.choice([0, 0, 1]))[:60]
    if rng.random() < 0.6:
        rec["lat"], rec["lon"] = place_ll(rng, place_key, jitter_m=80)
    rec["found_at_min"] = t_found
    meta = {"stated": stated, "places": [place_key], "voice": v}
    return rec, meta
