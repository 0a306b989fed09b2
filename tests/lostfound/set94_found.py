"""Set 94 found registrations: the finder's side, knowing only what can be seen or counted."""
from set94_world import place_name, latlon, when_zh, when_en, PLACE, FAR
from set94_render import choose, render_all, noun_phrase, clauses, fill_fields, stated
from set94_names import person, short_ref, typo_zh, typo_en

# finder: place tags, nationality of the finder, descriptions ({n} = name, {p} = place)
FINDERS = {
    "taxi": ("taxi transport port", "cn", ["出租车司机{n}", "出租车师傅{n}", "网约车司机{n}"]),
    "hotel": ("hotel", "cn", ["{p}客房保洁员{n}", "{p}前台", "{p}保洁阿姨"]),
    "bus": ("transport", "cn", ["客运站工作人员{n}", "国际大巴乘务员{n}", "公交车司机{n}"]),
    "rail": ("transport", "cn", ["火车站值班员{n}", "车站保洁员{n}", "列车乘务员"]),
    "customs": ("port", "cn", ["口岸旅检现场工作人员", "海关关员{n}", "口岸边检执勤人员"]),
    "shop": ("shop market port food", "cn", ["{p}店员{n}", "{p}市场管理处", "商户{n}", "{p}保安"]),
    "herder": ("grassland", "cn_mn", ["牧民{n}", "马队向导{n}", "蒙古包营地服务员{n}"]),
    "wind": ("wind", "cn", ["风电运维基地值班员{n}", "运维班组{n}"]),
    "hospital": ("hospital", "cn", ["医院保安{n}", "门诊护士{n}", "医院保洁员"]),
    "campus": ("campus", "cn", ["学院保卫处", "学生{n}", "图书馆管理员{n}", "食堂工作人员"]),
    "food": ("food night", "cn", ["烧烤摊老板{n}", "餐厅服务员{n}", "夜市摊主{n}"]),
    "sanitation": ("local tourist shop market night transport", "cn", ["环卫工人{n}", "保洁员{n}"]),
    "patrol": ("local tourist shop market transport port night food", "cn", ["巡逻民警", "辅警{n}", "巡逻队员"]),
    "passerby": ("local tourist shop market grassland campus food", "cn", ["市民{n}", "游客{n}", "路人{n}"]),
    "foreign": ("tourist market shop port", "ru", ["俄罗斯游客{n}", "俄罗斯商人{n}"]),
    "trucker": ("truck port", "cn", ["货车司机{n}", "物流园管理员{n}"]),
    "far": ("far", "cn", ["牧民{n}", "检查站执勤人员", "矿区保安{n}", "景区管理处{n}", "车站值班员"]),
}
GENERIC = {"patrol": 1.2, "sanitation": 1.2, "passerby": 1.5, "foreign": 0.5}
FOUND = ["拾得", "捡到", "发现", "拾到"]
HANDIN = ["已交所里暂存。", "现存派出所。", "交阳光坐席登记。", "请失主带有效证件认领。", "", ""]


def finder_for(place_key, rng):
    tags = set((PLACE.get(place_key) or FAR[place_key])["tags"])
    opts = sorted(k for k, (t, _n, _d) in FINDERS.items() if tags & set(t.split()))
    if not place_key.startswith(("rail", "taxi_rail", "inn_north")):
        opts = [k for k in opts if k != "rail"]
    if not place_key.startswith("bus"):
        opts = [k for k in opts if k != "bus"]
    w = [GENERIC.get(k, 4) for k in opts]
    return rng.choices(opts, w)[0]


def pick_level(rng):
    return rng.choices(["full", "partial", "body", "hurried"], [30, 34, 28, 8])[0]


def write_found(ev, rng, force=(), level=None):
    """ev: obj, place, t_found, finder (optional), in_taxi (optional)."""
    obj = ev["obj"]
    role = ev.setdefault("finder", finder_for(ev["place"], rng))
    tags, fnat, descs = FINDERS[role]
    fp = ev.setdefault("finder_person", person(rng, fnat))
    level = level or ev.setdefault("level", pick_level(rng))
    lang = ev.setdefault("lang", "en" if role == "foreign" and rng.random() < 0.5 else rng.choice(["zh", "desk", "desk"]))
    keys = choose(obj, "fnd", level, rng, force)
    inv = obj.get("inventory", ())
    counted = level != "hurried" and any(k in keys for k in inv)
    if counted:
        keys = sorted(set(keys) | {k for k in inv if k in obj["facts"]})
    side_lang = "en" if lang == "en" else "zh"
    r = render_all(obj, keys, "fnd", side_lang, rng, force)
    np_ = noun_phrase(obj, r, "fnd", side_lang, rng)
    cl = clauses(r, side_lang, rng)
    empty = {}
    if counted:
        for k, zh, en in (("cash", "无现金", "no cash"), ("cards", "无银行卡", "no bank cards")):
            if k not in obj["facts"]:
                empty[k] = ()
                cl.append(en if side_lang == "en" else rng.choice([zh, "未见" + zh[1:]]))
    t = ev["t_found"]
    pstyle = "en" if lang == "en" else ("fx" if role == "foreign" and lang != "desk" else "zh")
    where = place_name(ev["place"], pstyle, rng)
    if lang == "en":
        who = "%s, %s" % (fp["forms"][2], rng.choice(["a Russian tourist", "a Russian trader"]))
    else:
        who = rng.choice(descs).format(n=short_ref(fp, rng) if role != "foreign" else fp["forms"][2],
                                       p=place_name(ev["place"], "short", rng))
    if level == "hurried" and lang == "en":
        body = typo_en("found %s %s" % (np_, where) + ("; " + "; ".join(cl) if cl else ""), rng)
    elif level == "hurried":
        body = rng.choice(["%s%s%s" % (where, rng.choice(FOUND), np_), "%s %s" % (np_, where), "%s交来%s一%s" % (who, np_, obj["cl"])])
        if cl:
            body += "，" + "，".join(cl)
        body = typo_zh(body, rng)
    elif lang == "en":
        body = "Found a %s at %s, %s. %s Gave it to the police. (registered by desk, finder %s)" % (
            np_, where, when_en(t, rng), ("; ".join(cl) + ".") if cl else "", who)
    elif lang == "desk":
        room = ""
        if role == "hotel":
            room = rng.choice(["%d房间退房后" % rng.randint(201, 1218), "大堂沙发上", "电梯里"])
        elif role == "taxi":
            room = rng.choice(["乘客下车后在后座", "车内副驾驶座位下", "后备箱内"])
        elif role == "bus":
            room = rng.choice(["候车厅座椅上", "到站后车厢行李架上", "售票窗口前"])
        body = "%s于%s在%s%s%s%s一%s" % (who, when_zh(t, rng, exact=rng.random() < 0.5), where, room, rng.choice(FOUND), np_, obj["cl"])
        body += ("，" + "，".join(cl) + "。") if cl else "，无其他明显特征。"
        body += rng.choice(HANDIN)
    else:
        form = rng.randrange(3)
        if form == 0:
            body = "我%s在%s%s一个%s" % (when_zh(t, rng), where, rng.choice(FOUND), np_)
        elif form == 1:
            body = "%s，%s在%s%s的%s" % (who, when_zh(t, rng), where, rng.choice(FOUND), np_)
        else:
            body = "在%s%s%s，%s" % (where, rng.choice(FOUND), np_, when_zh(t, rng))
        body += ("，" + "，".join(cl)) if cl else ""
        body += "。" + rng.choice(["送到派出所了。", "交给警察。", "不知道是谁的。", "失主请联系。", ""])
        if rng.random() < 0.08:
            body = typo_zh(body, rng)
    rec = {"category": ev.get("file_cat", obj["cat"]), "body": body.strip()[:600]}
    rec.update(fill_fields(r, level, rng))
    if level != "hurried" and rng.random() < 0.75:
        rec["address"] = place_name(ev["place"], pstyle, rng)[:60]
    if rng.random() < (0.75 if level != "hurried" else 0.4):
        rec["lat"], rec["lon"] = latlon(ev["place"], rng)
    st = stated(r)
    st.update(empty)
    return rec, st, len(body) <= 600
