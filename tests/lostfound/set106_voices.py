"""set106 voices: how owners, finders and the desk officer write a registration."""

from set106_objects import (brand_word, color_word, finder_amount, model_word, owner_amount,
                            serial_word)
from set106_world import DESK, day_phrase, hour_phrase, when, FIRST_SNOW

TYPOS = [("钱包", "前包"), ("身份证", "身分证"), ("钥匙", "钥是"), ("手机", "手几"), ("的", "得"),
         ("在", "再"), ("捡到", "检到"), ("丢了", "丟了"), ("拾到", "拾倒"), ("电动车", "电东车"),
         ("保温杯", "保温被"), ("黑色", "黒色"), ("耳机", "耳几"), ("围巾", "围今"), ("附近", "附进"),
         ("候车", "侯车"), ("图书馆", "图书管"), ("联系", "连系")]


def typo(text, rng):
    cands = [(a, b) for a, b in TYPOS if a in text]
    if not cands:
        return text
    a, b = rng.choice(cands)
    i = text.find(a)
    return text[:i] + b + text[i + len(a):]


def jitter(rng, place):
    return (round(place["lat"] + rng.uniform(-0.0012, 0.0012), 6),
            round(place["lon"] + rng.uniform(-0.0012, 0.0012), 6))


def pname(place, rng):
    return rng.choice(place["names"])


def snow_note(dt, rng):
    if dt >= FIRST_SNOW and rng.random() < 0.25:
        return rng.choice(["下雪路滑，", "那天刚下头一场雪，", "雪下得大，", "地上都是雪，"])
    return ""


OWNER_OPEN = {
    "student": ["本人是河西大学大三学生，", "同学们好，", "", "如题，", "我是理工学院大二的，", "本人学生，",
                "放假准备回家，"],
    "elderly": ["老人自述：", "我老汉", "我是住在桥门巷的老人，", "", "家里老人说", "我是退休职工，"],
    "migrant": ["我在工地上干活，", "打工的，", "", "准备回老家，", "我是外地来干活的，"],
    "driver": ["我是跑出租的，", "开网约车的，", "", "我是司机，"],
    "shop": ["我是开面馆的，", "", "我在桥门巷开店，", "我是店里的伙计，"],
    "hui": ["", "去寺里礼拜的时候，", "主麻日去寺里，", "我是南关的，"],
    "office": ["", "本人于", "您好，", "本人"],
    "patient": ["带娃娃看病，", "陪老人来医院看病，", "", "我在二院看病，"],
    "traveller": ["坐火车回家，", "出差路过，", "", "转车的时候，"],
}
OWNER_CLOSE = ["有拾到者请联系，必有重谢。", "求好心人归还！", "麻烦民警同志帮忙留意。", "谢谢！", "急！！",
               "", "", "卡已挂失。", "电话打过去已经关机了。", "里面东西对我很重要。", "找到了请联系我，谢谢",
               "拾到的好心人请交派出所。"]
OFFICER_LOST = ["报警人%s称，", "事主%s来所报称，", "%s(事主)自述：", "群众%s来阳光坐席登记：", "来访人%s反映，"]

FINDER_OPEN = {
    "taxi": ["出租车司机", "的哥%s", "网约车司机", "出租车司机%s送交，", "出租车司机送来，乘客下车后"],
    "rider": ["骑共享单车的市民", "扫码骑车的学生", "市民%s骑共享单车时", "骑车路过的市民"],
    "shop": ["面馆老板", "面馆老板%s", "店员收拾桌子时", "店里伙计", "小卖部老板"],
    "staff": ["车站值班员", "安检员", "车站客运员巡视时", "东站工作人员", "客运值班员%s"],
    "cleaner": ["保洁员打扫卫生时", "保洁阿姨扫地时", "环卫工人", "环卫工%s扫雪时"],
    "student": ["同学", "学生%s", "河西大学学生%s", "上自习的同学"],
    "elderly": ["遛弯的老人", "一位大爷", "晨练的阿姨", "退休职工%s"],
    "guard": ["保安巡逻时", "门卫", "保安%s", "值班保安"],
    "officer": ["巡逻民警", "群众%s送交，", "民警接群众送交，", "热心群众%s"],
    "migrant": ["工友", "外地务工人员%s", "干活回来的工人", "务工人员%s送来，"],
}
HOSPITAL_OPEN = ["导诊台护士", "门诊保安", "挂号处工作人员"]
FINDER_CLOSE = ["已交至派出所。", "暂存于阳光坐席。", "请失主带证件来认领。", "放在店里柜台，请失主来认领。",
                "", "", "已登记，物品暂存。", "失主可来所核对后领取。", "暂存车站失物招领处。"]


def owner_time(lf, lt, rng):
    a, b = when(lf), when(lt)
    if lf - lt <= 240:
        mid = when((lf + lt) // 2)
        return "%s%s" % (day_phrase(mid, rng, "rel" if rng.random() < 0.6 else "abs"), hour_phrase(mid, rng))
    style = "rel" if rng.random() < 0.5 else "abs"
    if a.date() == b.date():
        return "%s%s到%s之间" % (day_phrase(a, rng, style), hour_phrase(a, rng), hour_phrase(b, rng))
    r = rng.random()
    if r < 0.5:
        return "%s%s到%s%s之间" % (day_phrase(a, rng, style), hour_phrase(a, rng), day_phrase(b, rng, style),
                                 hour_phrase(b, rng))
    if r < 0.8:
        return "%s%s以后，%s发现不见了" % (day_phrase(a, rng, style), hour_phrase(a, rng), day_phrase(b, rng, style))
    return "这几天"


def finder_time(f, rng, formal):
    d = when(f)
    if formal:
        return "%d月%d日%s" % (d.month, d.day, hour_phrase(d, rng, exact=rng.random() < 0.6))
    return "%s%s" % (day_phrase(d, rng, "rel" if rng.random() < 0.6 else "abs"), hour_phrase(d, rng))


def pick(lst, rng, lo, hi):
    lst = list(lst)
    rng.shuffle(lst)
    hi = min(hi, len(lst))
    return lst[:rng.randint(min(lo, hi), hi)]


def plate_word(s, rng):
    return rng.choice([s, s.replace("·", ""), s.replace("·", "-"), s.replace("·", " ")])


def fix_plate(text, obj, rng):
    s = obj.get("serial") or {}
    if s.get("plate") and s["plate"] in text:
        return text.replace(s["plate"], plate_word(s["plate"], rng))
    return text


def measure(obj, rng):
    c = obj["cat"]
    if c in ("ebike", "bicycle"):
        return "辆"
    if c == "phone":
        return rng.choice(["部", "个", "台"])
    if c == "jewelry" and obj["kind"] in ("珍珠项链", "金项链", "念珠"):
        return "条" if obj["kind"] != "念珠" else "串"
    if c == "electronics" and obj["kind"] in ("笔记本电脑", "平板", "相机"):
        return "台"
    if c == "other" and obj["kind"] in ("手套", "眼镜"):
        return "副"
    if c == "other" and obj["kind"] in ("围巾",):
        return "条"
    if c == "other" and obj["kind"] in ("羽绒服",):
        return "件"
    if c == "other" and obj["kind"] in ("雨伞",):
        return "把"
    if c == "keys":
        return "串" if obj.get("_noun") == "钥匙" else "个"
    if c == "cash":
        return "笔"
    if c == "id_doc":
        return rng.choice(["张", "个"])
    return "个"


def write_lost(obj, ctx, rng):
    """Return (record, stated). ctx: place, alt, route, lf, lt, persona, level, officer."""
    lvl = ctx["level"]
    stated = set()
    noun = rng.choice(obj["nouns_o"])
    obj["_noun"] = noun
    col = color_word(obj, rng, "owner") if rng.random() < (0.5 if lvl == "terse" else 0.9) else None
    br = brand_word(obj["brand"], rng) if obj["brand"] and rng.random() < (0.5 if lvl == "terse" else 0.9) else None
    mo = model_word(obj["model"], rng) if obj["model"] and br and rng.random() < 0.7 else None
    if mo and br and mo.lower().startswith(br.lower()):
        br2 = None
    else:
        br2 = br
    colb = col + "色" if col and len(col) == 1 and rng.random() < 0.7 else col
    head = "".join(x for x in [colb, br2, mo] if x)
    if col:
        stated.add("color")
    if br:
        stated.add("brand")
    if mo:
        stated.add("model")
    if obj["cat"] == "jewelry" or obj["cat"] == "other":
        desc = "%s%s" % ((col + "的") if col and not br else head, noun) if col or br else noun
    else:
        desc = "%s%s" % (head + ("的" if head and rng.random() < 0.4 else ""), noun)
    marks = []
    if lvl != "terse":
        marks += pick(obj["visible"], rng, 1 if lvl == "rich" else 0, 3 if lvl == "rich" else 2)
        if obj["hidden"] and rng.random() < 0.6:
            marks += pick(obj["hidden"], rng, 1, 1)
        if obj["contents"]:
            marks += pick(obj["contents"], rng, 1, 3)
            stated.add("contents")
        am = owner_amount(obj["amount"], rng)
        if am and rng.random() < 0.85:
            marks.append(am)
            stated.add("amount")
    if any(m in obj["visible"] for m in marks):
        stated.add("marks")
    if any(m.startswith("姓名") for m in marks):
        stated.add("name")
    ser = None
    know = {"imei": 0.35, "id": 0.6, "card": 0.7, "student_no": 0.6, "frame": 0.5, "sn": 0.2,
            "med": 0.5, "engrave": 0.6}
    if obj["serial"] and rng.random() < know.get(obj["serial"]["type"], 0.3) * (0.5 if lvl == "terse" else 1):
        ser = serial_word(obj, rng, "owner")
        stated.add("serial")
    if obj["cat"] == "keys" and lvl != "terse" and "%d把钥匙" % obj.get("count", 0) not in marks:
        marks.insert(0, "%d把钥匙" % obj["count"])
    if obj["cat"] == "cash":
        marks.append(obj.get("denom", ""))
    # place
    place = ctx["place"]
    pn = pname(place, rng)
    if ctx.get("route"):
        where = ctx["route"]
        addr = ctx["route_addr"]
    elif ctx.get("alt") is not None:
        where = "%s或者%s附近" % ((pn, pname(ctx["alt"], rng)) if rng.random() < 0.5 else (pname(ctx["alt"], rng), pn))
        addr = where
    else:
        where = pn + rng.choice(["", "", "附近", "一带", "里面"])
        addr = where
    tphrase = owner_time(ctx["lf"], ctx["lt"], rng)
    verb = rng.choice(["丢了", "丢失", "遗失了", "不见了", "弄丢了", "落下了"])
    per = ctx["persona"]
    one = "" if desc.startswith("一") else "一" + measure(obj, rng)
    if obj["cat"] == "cash":
        one = ""
    wh = ("%s，%s" % (where, rng.choice(["可能落在车上了，", "下车后发现", "到了才发现"]))) if ctx.get("taxi") \
        else "在" + where
    if ctx["officer"]:
        op = rng.choice(OFFICER_LOST) % obj["owner"]["name"]
        body = "%s%s%s%s%s%s%s" % (op, tphrase, wh, rng.choice(["不慎", "", "疑似"]), verb, one, desc)
    elif lvl == "terse":
        body = rng.choice(["%s%s%s%s" % (tphrase, desc, wh, verb), "%s %s %s" % (where, verb, desc),
                           "%s%s，%s" % (verb, desc, where)])
    else:
        op = rng.choice(OWNER_OPEN.get(per, [""]))
        body = "%s%s%s%s%s%s%s" % (snow_note(when(ctx["lt"]), rng), op, tphrase, wh, verb, one, desc)
    if marks:
        body += "，" + "，".join(m for m in marks if m)
    fill = 0.85 if ctx["officer"] else (0.35 if lvl == "terse" else 0.65)
    ser_field = bool(ser) and rng.random() < fill + 0.15
    if ser and (rng.random() < 0.5 or not ser_field):
        pre = {"id": ["号码", "身份证号", "号码是", ""], "card": [""], "student_no": ["", "学号"],
               "frame": ["车架号", "车架号是", ""], "sn": ["序列号", "编号", ""], "med": ["卡号", ""],
               "engrave": ["刻的字母是", "刻着"], "imei": ["", "串号"]}.get(obj["serial"]["type"], [""])
        body += "，%s%s" % ("" if ("\u4e00" <= ser[0] <= "\u9fff") else rng.choice(pre), ser)
    if obj["cat"] == "id_doc" and "name" not in stated and rng.random() < 0.7:
        body += "，名字是%s" % obj["owner"]["name"]
        stated.add("name")
    if lvl != "terse":
        body += "。" + rng.choice(OWNER_CLOSE)
    else:
        body += rng.choice(["", "。", "！"])
    body = fix_plate(body, obj, rng)
    if rng.random() < (0.25 if lvl == "terse" else 0.1):
        body = typo(body, rng)
    rec = {"category": obj["cat"], "body": body[:600]}
    if col and rng.random() < fill:
        rec["color"] = col
    if br and rng.random() < fill:
        rec["brand"] = br
    if mo and rng.random() < fill:
        rec["model"] = mo
    if ser_field:
        rec["serial"] = ser[:60]
    mk = [m for m in marks if m]
    if mk and rng.random() < fill - 0.1:
        rec["marks"] = "；".join(mk)[:500]
    if rng.random() < fill + 0.1:
        rec["address"] = addr[:60]
    if not ctx.get("route") and ctx.get("alt") is None and rng.random() < (0.55 if ctx["officer"] else 0.35):
        rec["lat"], rec["lon"] = jitter(rng, place)
    rec["lost_from_min"] = ctx["lf"]
    rec["lost_to_min"] = ctx["lt"]
    return rec, stated


FOUND_KNOW = {"imei": 0.25, "id": 0.85, "card": 0.6, "student_no": 0.8, "frame": 0.45, "sn": 0.35,
              "med": 0.7, "engrave": 0.5}


def write_found(obj, ctx, rng):
    """ctx: place (or None for desk), addr_override, f, finder, level, force (set), sparse, cat."""
    lvl = ctx["level"]
    force = ctx.get("force", set())
    sparse = ctx.get("sparse", False)
    formal = ctx["finder"] == "officer" or rng.random() < 0.3
    noun = rng.choice(obj["nouns_f"])
    obj["_noun"] = noun
    col = color_word(obj, rng, "finder") if obj["color"] and rng.random() < 0.88 else None
    colb = col + "色" if col and len(col) == 1 and rng.random() < 0.7 else col
    br = None
    if obj["brand"] and (rng.random() < (0.5 if sparse else 0.75) or "brand" in force):
        br = brand_word(obj["brand"], rng)
    mo = model_word(obj["model"], rng) if obj["model"] and br and not sparse and rng.random() < 0.35 else None
    br2 = None if (mo and br and mo.lower().startswith(br.lower())) else br
    head = "".join(x for x in [colb, br2, mo] if x)
    desc = head + ("的" if head and rng.random() < 0.3 else "") + noun
    if obj["cat"] == "keys":
        desc = "一串钥匙" if rng.random() < 0.5 else "钥匙一串"
    marks = []
    if not sparse:
        if "marks" in force:
            marks += pick(obj["visible"], rng, max(1, min(2, len(obj["visible"]))), 3)
        elif lvl != "terse":
            marks += pick(obj["visible"], rng, 0, 3)
        if obj["contents"] and (rng.random() < 0.75 or "contents" in force):
            marks += pick(obj["contents"], rng, 1, 4)
        if obj["amount"] is not None and (rng.random() < 0.8 or "amount" in force):
            marks.append(finder_amount(obj["amount"], rng))
        if obj["cat"] == "cash" and obj.get("denom"):
            marks.append(obj["denom"].replace("全是", "均为") if formal else obj["denom"])
    else:
        marks += pick([v for v in obj["visible"] if v not in ctx.get("hide", ())], rng, 0, 1)
    ser = None
    if obj["serial"] and not sparse and (rng.random() < FOUND_KNOW.get(obj["serial"]["type"], 0.3)
                                         or "serial" in force):
        ser = serial_word(obj, rng, "finder")
    if obj["cat"] == "id_doc" and not sparse and rng.random() < 0.6:
        marks.insert(0, "姓名%s" % obj["owner"]["name"])
    if obj["cat"] == "phone" and rng.random() < 0.3:
        marks.append(rng.choice(["已关机", "没电关机了", "一直有未接来电", "有锁屏密码打不开"]))
    marks = [m for m in dict.fromkeys(marks) if m]
    fp = ctx["finder"]
    opts = FINDER_OPEN.get(fp, [""])
    if ctx.get("zone") == "hospital" and fp in ("guard", "cleaner"):
        opts = opts + HOSPITAL_OPEN
    op = rng.choice(opts)
    if "%s" in op:
        op = op % ctx["finder_name"]
    tph = finder_time(ctx["f"], rng, formal)
    where = ctx["place_name"]
    if fp == "rider" and not where.startswith("出租") and rng.random() < 0.6:
        where += "的共享单车车筐里"
    if formal:
        body = "%s于%s在%s拾得%s%s" % (op, tph, where, desc, "" if "一" in desc or obj["cat"] == "cash" else "一" + measure(obj, rng))
    elif lvl == "terse":
        body = rng.choice(["%s 捡到%s" % (where, desc), "%s%s拾到%s" % (tph, where, desc), "捡到%s一个，%s" % (desc, where)])
    else:
        body = "%s%s%s在%s捡到%s" % (snow_note(when(ctx["f"]), rng), op, tph, where, desc)
    if marks:
        body += "，" + "，".join(marks)
    if ser and rng.random() < 0.6:
        body += "，" + ser
    body += "。" + rng.choice(FINDER_CLOSE)
    body = fix_plate(body, obj, rng)
    if rng.random() < 0.08:
        body = typo(body, rng)
    rec = {"category": ctx.get("cat") or obj["cat"], "body": body[:600]}
    fill = 0.9 if formal else 0.6
    if col and rng.random() < fill:
        rec["color"] = col
    if br and rng.random() < fill:
        rec["brand"] = br
    if mo and rng.random() < fill:
        rec["model"] = mo
    if ser and (rng.random() < fill + 0.05 or ser not in body):
        rec["serial"] = ser[:60]
    if marks and rng.random() < fill - 0.1:
        rec["marks"] = "；".join(marks)[:500]
    if rng.random() < fill + 0.1:
        rec["address"] = ctx["addr"][:60]
    if ctx.get("coords") and rng.random() < (0.7 if formal else 0.45):
        rec["lat"], rec["lon"] = ctx["coords"]
    rec["found_at_min"] = ctx["f"]
    return rec


def desk_coords(rng):
    return (round(DESK["lat"], 6), round(DESK["lon"], 6))
