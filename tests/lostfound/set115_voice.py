"""set115 voices: how an owner writes a lost report and how a finder's registration reads.

Each side is written from the hidden object separately and knows only what that person
would know.  Nothing here looks at the other side's text.
"""
from set115_kinds import BRAND_EN, BRANDS, COLORS, SEEN_AS, features, nouns, serial_forms
from set115_world import COLLEGE_SHORT, PLACES, at, ll, name_cn

CN_NUM = "零一二三四五六七八九十"

TYPOS = [("的", "得"), ("在", "再"), ("钱包", "前包"), ("身份证", "身份正"), ("钥匙", "要是"), ("宿舍", "宿设"),
         ("手机", "手鸡"), ("黑色", "嘿色"), ("食堂", "食糖"), ("图书馆", "图书管"), ("已经", "以经"),
         ("麻烦", "麻犯"), ("联系", "连系"), ("充电宝", "冲电宝"), ("电脑", "电恼"), ("耳机", "耳鸡"),
         ("校园卡", "校圆卡"), ("行李箱", "行李厢"), ("谢谢", "谢谢谢"), ("操场", "草场"), ("帐篷", "帐蓬"),
         ("丢了", "丢la"), ("军训", "军巡"), ("接驳车", "接拨车")]


def part_of_day(h):
    if h < 5:
        return "凌晨"
    if h < 9:
        return "早上"
    if h < 12:
        return "上午"
    if h < 14:
        return "中午"
    if h < 18:
        return "下午"
    if h < 19:
        return "傍晚"
    return "晚上"


def h12(h):
    return h if h <= 12 else h - 12


def day(dt):
    return "%d月%d日" % (dt.month, dt.day)


def clock(dt, rng, exact=False):
    if exact or rng.random() < 0.4:
        return "%s%d:%02d" % (day(dt) + " " if rng.random() < 0.5 else day(dt), dt.hour, dt.minute)
    mm = "半" if 25 <= dt.minute <= 35 else "多" if dt.minute > 10 else ""
    return "%s%s%d点%s" % (day(dt), part_of_day(dt.hour), h12(dt.hour), mm)


def window_phrase(lf, lt, rng):
    a, b = at(lf), at(lt)
    if a.date() == b.date():
        if b.hour - a.hour <= 1:
            return "%s%s%d点多" % (day(a), part_of_day(a.hour), h12(a.hour)) if rng.random() < 0.5 else \
                "%s%d点到%d点之间" % (day(a), a.hour, b.hour + 1)
        if part_of_day(a.hour) == part_of_day(b.hour):
            return day(a) + part_of_day(a.hour)
        return "%s%s%d点到%s%d点" % (day(a), part_of_day(a.hour), h12(a.hour), part_of_day(b.hour), h12(b.hour))
    return "%s%s到%s%s之间" % (day(a), part_of_day(a.hour), day(b), part_of_day(b.hour))


def window_en(lf, lt):
    a, b = at(lf), at(lt)
    if a.date() == b.date():
        return "on Sep %d between %d:%02d and %d:%02d" % (a.day, a.hour, a.minute // 10 * 10, b.hour, b.minute // 10 * 10)
    return "between Sep %d %d:00 and Sep %d %d:00" % (a.day, a.hour, b.day, b.hour)


def place_name(key, rng):
    return rng.choice(PLACES[key]["names"])


def place_ll(key, rng):
    xy = PLACES[key]["xy"]
    if xy is None:
        return None
    lat, lon = ll(xy[0] + rng.uniform(-35, 35), xy[1] + rng.uniform(-35, 35))
    return round(lat, 6), round(lon, 6)


def color_word(o, rng, side):
    c = o["color"]
    if not c:
        return None
    if side == "fnd" and c in SEEN_AS and rng.random() < 0.12:
        return rng.choice(SEEN_AS[c])
    return rng.choice(COLORS[c][0])


def brand_word(o, rng, en=False):
    b = o["brand"]
    if not b:
        return None
    if en:
        return BRAND_EN[b]
    w = rng.choice(BRANDS[b])
    if b == "apple" and o["kind"] == "phone" and rng.random() < 0.4:
        w = rng.choice(["iPhone", "苹果iPhone", "iphone"])
    return w


def model_word(o, rng):
    m = o["model"]
    if not m:
        return None
    r = rng.random()
    if r < 0.25:
        return m.lower()
    if r < 0.4:
        return m.replace(" ", "")
    return m


def typo(s, rng, n=1):
    cands = [p for p in TYPOS if p[0] in s]
    for a, b in rng.sample(cands, min(n, len(cands))):
        i = s.find(a)
        s = s[:i] + b + s[i + len(a):]
    return s


def clip(s, n):
    return s if len(s) <= n else s[:n]


def pick_feats(fs, side, forced, rng, lo, hi):
    key = "own" if side == "own" else "fnd" if side == "fnd" else "en"
    usable = [f for f in fs if f[key]]
    must = [f for f in usable if f["k"] in forced]
    rest = [f for f in usable if f["k"] not in forced]
    n = rng.randint(lo, hi)
    chosen = must + rng.sample(rest, max(0, min(len(rest), n - len(must))))
    order = {id(f): i for i, f in enumerate(fs)}
    chosen.sort(key=lambda f: order[id(f)])
    return [rng.choice(f[key]) for f in chosen]


# ---------------------------------------------------------------- lost reports
def opening(rep, rng, holder):
    r = rep["role"]
    if r == "student":
        return rng.choice(["本人25级新生，", "救命，", "家人们谁懂啊，", COLLEGE_SHORT[rep["college"]] + "大一新生，",
                           "新生求助！", "", "", "我是刚报到的新生，", "萌新求助，"])
    if r == "local":
        return rng.choice(["我是学校后勤的老师，", "大三学长一枚，", "本人在学府路开店的，", "我是东门外住的居民，", ""])
    if r == "counsellor":
        h = holder
        return "（辅导员代登记）我是%s2025级辅导员%s老师，我院新生%s（%s，学号%s）反映：" % (
            h["college"], rep["name"][0], h["name"], h["sex"], h["stuno"])
    d, prov = rep["dialect"], rep["prov"]
    if d == "ne":
        return rng.choice(["俺们东北的，送孩子来报到，", "我是%s来送孩子上学的，" % prov, "大老远从%s过来送孩子，" % prov])
    if d == "henan":
        return rng.choice(["俺是%s嘞，送俺孩儿来上大学，" % prov, "俺们从%s过来送闺女报到，" % prov, "俺是送孩子报到的家长，"])
    if d == "sichuan":
        return rng.choice(["我们是%s来送娃儿报到的，" % prov, "我们从%s过来送娃儿上学，" % prov, "送娃儿报到的家长，"])
    return rng.choice(["我是%s来送孩子报到的家长，" % prov, "家长求助：", "我是新生家长，"])


def lose_verb(rep, rng):
    d = rep.get("dialect") if rep["role"] == "parent" else None
    if d == "ne":
        return rng.choice(["整丢了", "不知道咋整丢了", "给整没了"])
    if d == "henan":
        return rng.choice(["弄丢了", "给丢了", "弄不见了"])
    if d == "sichuan":
        return rng.choice(["搞掉了", "弄掉了", "搞丢了"])
    if rep["role"] == "student":
        return rng.choice(["丢了", "弄丢了", "搞丢了", "落下了", "弄没了"])
    return rng.choice(["丢失了", "遗失了", "丢了"])


def closing(rep, rng):
    r = rep["role"]
    d = rep.get("dialect") if r == "parent" else None
    if r == "counsellor":
        return rng.choice(["如有拾获请联系学院学工办，谢谢。", "请协助查找。", "该生电话已留，谢谢。"])
    if d == "ne":
        return rng.choice(["谁捡着了吱一声，老感谢了！", "这玩意儿丢了嘎哈都不方便，麻烦大伙帮忙瞅瞅。", "啥玩意儿都在里头呢，急死个人。"])
    if d == "henan":
        return rng.choice(["恁谁要是捡着了给俺打个电话，中不中？", "可急人，麻烦恁了。", "捡着了给俺说一声中不中，谢谢恁。"])
    if d == "sichuan":
        return rng.choice(["哪个好心人捡到了麻烦联系一哈嘛，谢谢了哈。", "不晓得掉在啥子地方了，急得很。", "莫得办法了，麻烦帮忙找一哈。"])
    if r == "parent":
        return rng.choice(["麻烦捡到的好心人联系，必有酬谢。", "谢谢大家了。", ""])
    if r == "local":
        return rng.choice(["有捡到的请联系，谢谢。", "", "麻烦了。"])
    return rng.choice(["有捡到的同学麻烦联系我，必有重谢", "跪求好心人", "真的裂开了，求求了", "刚来学校就丢东西，emo了",
                       "捡到的uu请联系我，请你喝奶茶", "急急急", "谢谢谢谢！", ""])


def obj_phrase(o, rng, side, force_brand=False):
    own, fnd, en = nouns(o)
    noun = rng.choice(own if side == "own" else fnd)
    parts = []
    col = color_word(o, rng, side) if rng.random() < 0.75 else None
    if col and "迷彩" in col and "迷彩" in noun:
        col = None
    if o["kind"] == "cash" or (o["kind"] == "jewelry" and noun[:1] in "金银玉"):
        col = None
    if col and len(col) == 1 and noun in ("包", "钱"):
        col += "色的"
    br = brand_word(o, rng) if o["brand"] and (force_brand or rng.random() < (0.7 if side == "own" else 0.5)) else None
    md = model_word(o, rng) if br and side == "own" and rng.random() < 0.4 else None
    if col:
        parts.append(col)
    if br:
        parts.append(br)
    if md:
        parts.append(md)
    if side == "fnd" and noun.endswith(("一部", "一个", "一台", "一串", "一张", "一本", "一辆", "一副", "一把", "一套", "一份", "一件", "一沓")):
        # 拾得黑色华为手机一部
        return "".join(parts) + noun, col, br, md
    return "".join(parts) + ("的" if parts and col and not br and rng.random() < 0.5 else "") + noun, col, br, md


def render_lost(rng, o, rep, loss, forced, hurried):
    """one lost report, as its reporter would fill it"""
    fs = features(o)
    h = o["holder"]
    out = {}
    if rep["role"] == "intl":
        return render_lost_en(rng, o, rep, loss, forced, fs)
    place = place_name(loss["place"], rng)
    wp = window_phrase(loss["lost_from"], loss["lost_to"], rng)
    phr, col, br, md = obj_phrase(o, rng, "own", force_brand="__brand" in forced)
    if hurried:
        feats = pick_feats(fs, "own", forced, rng, 0, 1)
        body = "%s %s丢%s %s" % (wp if rng.random() < 0.5 else "", place, phr, " ".join(feats))
        body += rng.choice([" 急", " 急！！", "", " 有捡到的联系我"])
        body = typo(body.strip(), rng, rng.randint(0, 2))
    else:
        feats = pick_feats(fs, "own", forced, rng, 1, 4)
        if loss.get("alt"):
            where = "可能是在%s，也可能在%s" % (place, place_name(loss["alt"], rng))
            where = where if rng.random() < 0.5 else "不确定是%s还是%s" % (place, place_name(loss["alt"], rng))
            story = "%s%s把%s%s，%s。" % (opening(rep, rng, h), wp, phr, lose_verb(rep, rng), where)
        else:
            ctx = situation(loss["place"], rng)
            story = "%s%s在%s%s，把%s%s。" % (opening(rep, rng, h), wp, place, ctx, phr, lose_verb(rep, rng))
        extra = ""
        if feats:
            extra = rng.choice(["", "特征：", "东西是这样的：", ""]) + "，".join(feats) + "。"
        if "__dorm" in forced or (h.get("role") == "student" and rng.random() < 0.2 and h.get("block")):
            who = {"student": "我", "parent": "孩子", "counsellor": "该生"}.get(rep["role"], "我")
            extra += rng.choice(["%s住%s%s。", "%s住在%s%s宿舍。", "%s的宿舍在%s%s。"]) % (
                who, PLACES[h["block"]]["names"][0], h["room"])
        if "__serial" in forced and o["serial"]:
            extra += rng.choice(["号码是", "编号", "号是", ""]) + serial_forms(o, "own", rng) + "。"
        body = story + extra + closing(rep, rng)
        if rep["role"] == "student" and rng.random() < 0.35:
            body = typo(body, rng, rng.randint(1, 2))
    out["body"] = clip(body, 600)
    # fields: how much a reporter fills in
    fill = {"student": 0.55, "parent": 0.3, "counsellor": 0.8, "local": 0.5}[rep["role"]]
    if hurried:
        fill = 0.12
    if col and rng.random() < fill + 0.15:
        out["color"] = col
    elif o["color"] and rng.random() < fill * 0.4:
        out["color"] = color_word(o, rng, "own")
    if o["brand"] and (br or "__brand" in forced) and rng.random() < fill + 0.2:
        out["brand"] = br or brand_word(o, rng)
    if o["model"] and rng.random() < fill * 0.6:
        out["model"] = md or model_word(o, rng)
    if o["serial"] and ("__serial" in forced or rng.random() < fill * 0.7):
        s = serial_forms(o, "own", rng)
        if "__serial" in forced and rng.random() < 0.5 and s not in out["body"]:
            out["body"] = clip(out["body"] + ("（" + s + "）"), 600)
        else:
            out["serial"] = s
    if rng.random() < fill * 0.8:
        ms = pick_feats(fs, "own", forced, rng, 1, 3)
        if ms:
            out["marks"] = clip("；".join(ms), 500)
    if rng.random() < fill + 0.2:
        out["address"] = clip(place if not loss.get("alt") else place + "或" + place_name(loss["alt"], rng), 60)
    if rng.random() < fill * 0.8 and not loss.get("alt"):
        p = place_ll(loss["place"], rng)
        if p:
            out["lat"], out["lon"] = p
    return out


def situation(pk, rng):
    return rng.choice({
        "TENT": ["排队报到的时候", "填表的时候", "领军训服的时候", ""],
        "NPG": ["军训休息的时候", "站军姿的时候放在看台上", "拉歌的时候", ""],
        "SPG": ["军训休息的时候", "放在看台上", ""],
        "C1": ["吃饭的时候", "排队打饭时", ""], "C2": ["吃饭的时候", "排队打饭时", ""],
        "LIB": ["自习的时候", "办借书证时", ""], "WAIT": ["等车的时候", "充电的时候", ""],
        "SHUT": ["坐车来学校的路上", ""], "B305": ["下车的时候", "坐车时", ""], "TAXI": ["下车的时候", ""],
        "PH1": ["办手机卡的时候", "买手机卡时"], "PH2": ["办手机卡的时候", "选号的时候"],
        "D12": ["搬行李的时候", "楼下"], "D13": ["搬行李的时候", "楼下"], "M3": ["搬行李的时候", "楼下"],
        "M5": ["搬行李的时候", "楼下"],
    }.get(pk, ["", "", "附近"]))


def render_lost_en(rng, o, rep, loss, forced, fs):
    out = {}
    own, fnd, en = nouns(o)
    cw = COLORS[o["color"]][1] if o["color"] else ""
    bw = brand_word(o, rng, en=True) if o["brand"] else ""
    desc = " ".join(x for x in [cw, bw, en] if x)
    feats = pick_feats(fs, "en", forced, rng, 1, 3)
    # forced features without English words are written as the Chinese the reporter copied
    for f in fs:
        if f["k"] in forced and not f["en"] and f["own"]:
            feats.append(f["own"][0])
    place = PLACES[loss["place"]]["en"]
    body = rng.choice(["Hello, I am an international freshman from %s. " % rep["country"],
                       "Hi! New international student here (%s). " % rep["country"], "Hello. "])
    body += "I lost my %s %s %s. " % (desc, "at" if PLACES[loss["place"]]["xy"] else "on", place)
    body = body.replace("at the", "at the").replace("on a taxi", "in a taxi")
    body += "It was " + window_en(loss["lost_from"], loss["lost_to"]) + ". "
    if feats:
        body += "Details: " + "; ".join(feats) + ". "
    if "__serial" in forced and o["serial"]:
        body += "Number: " + serial_forms(o, "own", rng) + ". "
    body += rng.choice(["Please contact me, thank you very much!", "If you find it please call me. Thanks!", "谢谢！"])
    out["body"] = clip(body, 600)
    if cw and rng.random() < 0.6:
        out["color"] = cw
    if bw and rng.random() < 0.7:
        out["brand"] = bw
    if o["model"] and rng.random() < 0.4:
        out["model"] = o["model"]
    if o["serial"] and ("__serial" in forced or rng.random() < 0.4):
        out["serial"] = serial_forms(o, "own", rng)
    if rng.random() < 0.6:
        out["address"] = clip(place, 60)
    return out


# ---------------------------------------------------------------- found items
def finder_intro(role, pk, rng):
    nm = name_cn(rng)
    pn = place_name(pk, rng)
    return {
        "guard": rng.choice(["保安%s师傅" % nm[0], "校卫队%s" % nm, "%s岗亭保安" % pn]),
        "cleaner": rng.choice(["保洁员%s阿姨" % nm[0], "保洁%s" % nm]),
        "volunteer": rng.choice(["迎新志愿者%s同学" % nm, "志愿者%s" % nm, "学生会志愿者"]),
        "student": rng.choice(["学生%s" % nm, "%s同学" % nm, "大二学生%s" % nm]),
        "dorm_aunt": rng.choice(["宿管%s阿姨" % nm[0], "宿管值班员"]),
        "canteen": rng.choice(["食堂员工%s" % nm, "食堂收餐阿姨"]),
        "librarian": rng.choice(["图书馆管理员%s" % nm, "图书馆前台"]),
        "instructor": rng.choice(["军训教官%s" % nm[0] + "班长", "教官%s" % nm]),
        "station_staff": rng.choice(["北川西站客运员%s" % nm, "车站值班员"]),
        "station_cleaner": rng.choice(["车站保洁%s" % nm, "候车厅保洁员"]),
        "passenger": rng.choice(["乘客%s" % nm, "旅客%s" % nm]),
        "taxi_driver": rng.choice(["出租车司机%s师傅（车号北川T%04d）" % (nm[0], rng.randint(1000, 9999)), "的哥%s" % nm, "网约车司机%s" % nm]),
        "shuttle_driver": rng.choice(["接驳车司机%s师傅（%d号车）" % (nm[0], rng.randint(1, 12)), "迎新大巴司机%s" % nm]),
        "bus_driver": rng.choice(["305路司机%s" % nm, "公交司机%s师傅" % nm[0]]),
        "shop_clerk": rng.choice(["手机店店员%s" % nm, "营业员%s" % nm]),
        "hotel_desk": rng.choice(["宾馆前台%s" % nm, "学府宾馆前台"]),
        "passerby": rng.choice(["市民%s" % nm, "路人%s" % nm, "热心群众%s" % nm]),
    }[role]


HANDED = ["已交至派出所阳光坐席。", "现存东门保卫处。", "由拾得人送来登记。", "暂存学校保卫处失物招领处。", "请失主带证件认领。",
          "已送派出所。", "", ""]


def render_found(rng, o, finder, pk, found_at, forced, terse):
    fs = features(o)
    out = {}
    pn = place_name(pk, rng)
    phr, col, br, md = obj_phrase(o, rng, "fnd", force_brand="__brand" in forced)
    when = clock(at(found_at), rng)
    feats = pick_feats(fs, "fnd", forced, rng, 0 if terse else 1, 2 if terse else 4)
    if "__dorm305" in forced:
        pn = rng.choice(["%s305宿舍门口", "%s3楼305门口", "%s305室外走廊"]) % PLACES[pk]["names"][rng.randint(0, 2)]
    intro = finder_intro(finder, pk, rng)
    if terse:
        body = "%s %s拾%s %s" % (when if rng.random() < 0.5 else "", pn, phr, "，".join(feats))
    else:
        style = rng.randint(0, 2)
        if style == 0:
            body = "%s于%s在%s拾得%s。" % (intro, when, pn, phr)
        elif style == 1:
            body = "%s：%s在%s捡到%s，" % (intro, when, pn, phr)
            body = body.rstrip("，") + "。"
        else:
            body = "%s%s在%s发现%s，无人认领。" % (when, intro, pn, phr)
        if feats:
            body += rng.choice(["特征：", "", "经查看，", "物品情况："]) + "，".join(feats) + "。"
        if "__serial" in forced and o["serial"]:
            body += rng.choice(["编号", "号码", ""]) + serial_forms(o, "fnd", rng) + "。"
        body += rng.choice(HANDED)
    out["body"] = clip(body.strip(), 600)
    fill = 0.25 if terse else 0.6
    if col and rng.random() < fill + 0.2:
        out["color"] = col
    if o["brand"] and (br or "__brand" in forced) and rng.random() < fill + 0.1:
        out["brand"] = br or brand_word(o, rng)
    if o["model"] and rng.random() < fill * 0.25:
        out["model"] = model_word(o, rng)
    vis_serial = o["serial"] and (o["serial"][0] != "imei" or rng.random() < 0.5)
    if vis_serial and ("__serial" in forced or rng.random() < fill * 0.6):
        s = serial_forms(o, "fnd", rng)
        if "__serial" not in forced or s not in out["body"]:
            out["serial"] = s
    if rng.random() < fill:
        ms = pick_feats(fs, "fnd", forced, rng, 1, 3)
        if ms:
            out["marks"] = clip("；".join(ms), 500)
    if rng.random() < fill + 0.25:
        out["address"] = clip(pn, 60)
    if rng.random() < fill + 0.1:
        p = place_ll(pk, rng)
        if p:
            out["lat"], out["lon"] = p
    return out
