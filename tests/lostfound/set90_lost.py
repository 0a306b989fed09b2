"""set90 lost reports: written in the owner's voice from the truth record and the
say-plan (what this owner states).  Nothing unstated about the object is written."""
import set90_world as W
import set90_nums as N
import set90_text as T

ACT = {
    "market": ["去{p}赶集", "在{p}赶集买东西", "逢集去{p}买菜", "在{p}上转悠"],
    "hospital": ["去{p}看病", "在{p}拿药", "在{p}陪床", "在{p}排队挂号", "去{p}做检查"],
    "clinic": ["去{p}输液", "在{p}拿药", "去{p}量血压"],
    "bus": ["在{p}等车", "在{p}坐小客车", "在{p}买票上车"],
    "supermarket": ["在{p}买东西", "去{p}买菜", "在{p}结账"],
    "phonestreet": ["去{p}修手机", "在{p}转手机店", "在{p}办手机卡"],
    "school": ["在{p}门口等孩子", "去{p}送孩子考试", "在{p}考场外头"],
    "park": ["在{p}遛弯", "在{p}乘凉", "去{p}钓鱼", "在{p}散步"],
    "repair": ["在{p}修收割机", "去{p}换配件", "在{p}等着修车"],
    "grain": ["去{p}卖麦子", "在{p}排队卖粮", "在{p}过磅"],
    "plaza": ["在{p}跳广场舞", "在{p}乘凉", "带孩子在{p}玩"],
    "vegmarket": ["在{p}买菜", "去{p}卖菜", "在{p}买肉"],
    "gas": ["在{p}加油", "到{p}加柴油"],
    "harvbase": ["在{p}停车歇着", "在{p}等活", "在{p}登记"],
    "bank": ["去{p}取钱", "在{p}存钱", "在{p}办事"],
    "nightmarket": ["在{p}吃烧烤", "逛{p}", "在{p}喝啤酒"],
    "hotel": ["住在{p}", "在{p}退房"],
    "office": ["去{p}办事", "在{p}办证"],
    "residential": ["在{p}楼下", "回{p}"],
    "field": ["在{p}割麦子", "在{p}装麦子", "在{p}拉麦子"],
    "village": ["在{p}", "回{p}的路上", "在{p}村口"],
    "road": ["走{p}的时候", "在{p}上", "骑车走{p}"],
}
PUPIL_ACT = ["在{p}考试", "考完试从{p}出来", "在{p}考点"]
LOSE = ["丢了", "弄丢了", "找不着了", "不见了", "落哪了"]
LOSE_BA = ["丢了", "弄丢了", "落下了", "搞丢了"]
LOSE_OLD = ["丢了", "寻不着了", "找不着了", "不知道落哪了"]
TEXTURE = {
    "phone": ["密码是孙子的生日", "开机密码六个八", "里面有好多孩子的照片", "才买了不到半年", "微信里还有卖麦的钱",
              "手机里存着收割的账"],
    "id_doc": ["这两天急着用", "补办太麻烦了", "过几天还要用"],
    "wallet": ["钱不要紧证件要紧", "证件补办太麻烦"],
    "keys": ["没有备用钥匙", "着急用"],
    "house": ["家里进不去门了", "没有备用钥匙"],
    "harvester": ["地里的麦子还等着割", "收割机停在地头动不了"],
    "ebike": ["车是去年买的", "刚换的电瓶"],
    "bicycle": ["孩子天天骑着上学", "骑了好些年了"],
    "bag": ["里面东西对我很重要", "着急用"],
    "cash": ["是卖麦子的钱", "是准备交的钱", "攒了好久的"],
    "jewelry": ["是老伴给买的", "是结婚时候的", "戴了二十多年了"],
    "electronics": ["孩子急得直哭", "才买没多久"],
    "other": ["挺重要的", "着急用"],
}
CLOSE = ["有捡到的请联系我，电话{ph}", "麻烦帮忙留意一下", "拾到者请交派出所，谢谢", "必有重谢", "联系电话{ph}",
         "谢谢了", "捡到的好心人联系{ph}，酬谢"]
REL = [("奶奶", "她"), ("爷爷", "他"), ("姥姥", "她"), ("姥爷", "他")]
GOODS = ["凉席", "西瓜", "扫帚", "农具", "衣服", "菜种", "蒜", "馒头"]
DEPT = ["骨科", "心内科", "内分泌科", "外科", "妇产科"]


def phone_no(rng):
    return "1%s%s****%s" % (rng.choice("3589"), rng.randint(0, 9), N.digits(rng, 4, False))


def time_phrase(rng, win, dialect):
    style, a, b = win
    da = W.day_word(a, rng, dialect)
    if style in ("exact", "hours"):
        pa, pb = W.part_of_day(a.hour, dialect), W.part_of_day(b.hour, dialect)
        ca = "%d点" % (a.hour if a.hour <= 12 else a.hour - 12) + ("%d分" % a.minute if a.minute else "")
        cb = "%d点" % (b.hour if b.hour <= 12 else b.hour - 12) + ("%d分" % b.minute if b.minute else "")
        if a.date() != b.date():
            return "%s%s%s到%s%s%s" % (da, pa, ca, W.day_word(b, rng, dialect), pb, cb)
        da = da.strip()
        return rng.choice(["%s%s%s到%s之间" % (da, pa, ca, (pb if pb != pa else "") + cb),
                           "%s %s到%s" % (da, a.strftime("%H:%M"), b.strftime("%H:%M"))])
    if style == "part":
        return da + W.part_of_day(a.hour, dialect)
    if style == "day":
        return rng.choice([da, da + "那天", da + "白天"])
    db = W.day_word(b, rng, dialect)
    return rng.choice(["%s到%s这几天" % (da, db), "从%s到%s" % (da, db), "%s至%s期间" % (da, db)])


def place_phrase(rng, rec):
    ps = rec["places"]
    v = rec["voice"]
    if len(ps) == 2:
        a, b = T.place_word(rng, ps[0], v), T.place_word(rng, ps[1], v)
        return rng.choice(["从%s到%s的路上" % (a, b), "在%s和%s之间" % (a, b), "从%s回%s的时候" % (a, b)])
    p = T.place_word(rng, ps[0], v, town=True)
    kind = W.PLACES[ps[0]]["kind"]
    pool = ACT[kind]
    if kind == "school":
        exam = rec["loss"].month == 6 and rec["loss"].day in W.EXAM_DAYS
        if v == "pupil":
            pool = PUPIL_ACT if exam else ["在{p}上课", "在{p}上晚自习", "放学从{p}出来"]
        elif not exam:
            pool = ["去{p}接孩子", "在{p}门口等孩子放学", "去{p}开家长会"]
    s = rng.choice(pool).format(p=p)
    if ps[0] in W.MARKET_SAY and rng.random() < 0.4:
        s += "（%s的集）" % W.MARKET_SAY[ps[0]]
    return s


def opener(rng, rec):
    v, p = rec["voice"], rec["person"]
    age = 2025 - p["year"]
    if v == "dictated":
        who = "本村村民（%s，%d岁）" % ("女" if p["sex"] == "f" else "男", age)
        return rng.choice(["（%s村委会代登记）%s，" % (W.PLACES[p["home"]]["nicks"][0], who), "村干部代报：%s，" % who,
                           "代%s村一位老人登记：" % W.PLACES[p["home"]]["nicks"][0]]), "俺"
    if v == "grandkid":
        rel, pr = rng.choice([r for r in REL if (r[1] == "她") == (p["sex"] == "f")])
        return "帮我%s登记一下，%s不会用手机。%s说" % (rel, pr, pr), "俺"
    if v == "driver":
        return rng.choice(["我是%s来跨区收麦的机手，" % p["prov"], "俺们是%s过来割麦的，" % p["prov"],
                           "外地机手（%s），" % p["prov"]]), "俺"
    if v == "stall":
        return "我在集上摆摊卖%s的，" % rng.choice(GOODS), "我"
    if v == "pupil":
        return rng.choice(["我是今年中考的考生，", "我是初三学生，", ""]), "我"
    if v == "parent":
        return rng.choice(["孩子今年中考，", "我是考生家长，", "替孩子登记："]), "我"
    if v == "patient":
        return rng.choice(["我在县医院%s住院，" % rng.choice(DEPT), "我是来看病的，", ""]), "我"
    if v == "nurse":
        return "我是县医院%s的护士，" % rng.choice(DEPT), "我"
    if v == "staff":
        return "我是%s，" % rec["job"], "我"
    return rng.choice(["", "本人", "您好，"]), "我"


def render(rng, rec):
    t, say, v = rec["t"], rec["say"], rec["voice"]
    dialect = v in T.OLD or v == "driver"
    level = rec["level"]
    fm = "none" if level == "hurried" else rng.choices(["none", "some", "all"], [45, 35, 20])[0]
    if v in T.OLD and fm == "all":
        fm = "some"
    pf, pm = {"none": (0, 0), "some": (0.5, 0.35), "all": (0.9, 0.8)}[fm]
    out = {"category": rec["cat"]}
    in_body = set()
    for k in ("color", "brand", "model", "serial"):
        if k not in say:
            continue
        if rng.random() < pf:
            if k == "color":
                out["color"] = T.color_word(rng, t, say["color"])
            elif k == "brand":
                out["brand"] = T.brand_word(rng, t["brand"], v, t["cat"])
            elif k == "model":
                out["model"] = T.model_word(rng, t["brand"], t["model"])
            else:
                out["serial"] = T.serial_field(rng, t, say["serial"])
            if rng.random() < 0.4:
                in_body.add(k)
        else:
            in_body.add(k)
    slots = [k for k in sorted(say) if k in t["slots"]]
    rng.shuffle(slots)
    marks, body_slots = [], []
    for k in slots:
        c = T.slot_clause(rng, t, k, say[k], "L")
        if rng.random() < pm:
            marks.append(c)
            if rng.random() < 0.3:
                body_slots.append(T.slot_clause(rng, t, k, say[k], "L"))
        else:
            body_slots.append(c)
    desc = T.describe(rng, t, "L", say, v, in_body)
    when = time_phrase(rng, rec["win"], dialect)
    where = place_phrase(rng, rec)
    lose = rng.choice(LOSE_OLD if dialect else LOSE)
    ser = T.serial_text(rng, t, say["serial"], "L") if "serial" in in_body else ""
    if level == "hurried":
        bits = [rng.choice([when, W.day_word(rec["win"][1], rng, dialect)]) + rng.choice([where, ""]) + lose + desc]
        bits += body_slots + ([ser] if ser else [])
        body = " ".join(bits) if rng.random() < 0.5 else "，".join(bits)
        body = N.typo(rng, body) if rng.random() < 0.6 else body
    else:
        op, me = opener(rng, rec)
        story = rng.choice(["{w}{a}，把{d}{b}", "{w}{t}，{d}{l}", "{w}{a}，回来发现{d}{l}",
                            "{me}的{d}{l}，是{w}{t}丢的", "{a}，{w}发现{d}{l}"])
        wt = where if where.endswith(("的时候", "的路上", "之间", "时")) else where + "的时候"
        s = story.format(w=when, a=where, t=wt, d=desc, l=lose, me=me, b=rng.choice(LOSE_BA))
        bits = [op + s]
        if body_slots:
            bits.append(rng.choice(["", "特征：", "东西是这样的："]) + "，".join(body_slots))
        if ser:
            bits.append(ser)
        if rng.random() < 0.5:
            bits.append(rng.choice(TEXTURE.get(t["sub"], TEXTURE[t["cat"]])))
        if rng.random() < 0.75:
            bits.append(rng.choice(CLOSE).format(ph=phone_no(rng)))
        body = "。".join(b for b in bits if b) + rng.choice(["。", "！", "", "。。"])
        if rng.random() < 0.2:
            body = N.typo(rng, body)
    out["body"] = body
    if marks:
        out["marks"] = "；".join(marks)
    p_addr = {"none": 0.5, "some": 0.85, "all": 1.0}[fm]
    if rng.random() < p_addr:
        ps = rec["places"]
        out["address"] = (T.place_word(rng, ps[0], v, town=True) if len(ps) == 1 else
                          "%s到%s" % (T.place_word(rng, ps[0], v), T.place_word(rng, ps[1], v)))[:60]
    if rng.random() < (0.2 if fm == "none" else 0.5):
        out["lat"], out["lon"] = T.jitter(rng, rec["places"][0])
    out["lost_from_min"] = W.mins(rec["win"][1])
    out["lost_to_min"] = W.mins(rec["win"][2])
    return out
