"""set88 found items: where and when a thing turns up, and the registration in the finder's voice."""
import set88_world as Wd
import set88_people as P
from set88_judge import new_said
from set88_text import Desc, card_list, join
from set88_words import typo

FINDERS = [("camp", ["营地驼工{n}", "越野车司机{n}", "营地服务员{n}", "一名游客"]),
           ("valley", ["农家乐老板{n}", "景区保安{n}", "观光车司机{n}", "一名游客"]),
           ("transit", ["客运员{n}", "保洁员{n}", "安检员{n}", "出租车司机{n}", "一位旅客"]),
           ("hospital", ["导医志愿者{n}", "保洁员{n}", "护士{n}"]),
           ("driver", ["市场管理员{n}", "货车司机{n}", "过磅员{n}"]),
           ("far", ["景区工作人员{n}", "服务区保洁员", "当地居民{n}", "工作人员{n}"]),
           ("tour", ["摊主{n}", "保洁员{n}", "志愿者{n}", "一名游客", "店员{n}"]),
           ("local", ["环卫工{n}", "居民{n}", "巡逻民警", "志愿者{n}"]),
           ("student", ["学院保安{n}", "图书管理员{n}", "食堂师傅{n}", "一名学生"])]
VERBS = ["捡到", "拾到", "发现"]
RIDE_WHO = ["巡逻民警", "辅警{n}", "保安{n}", "停车场管理员{n}"]
RIDE_SPOT = ["门口非机动车停车区", "路边", "停车棚里", "旁边小巷里"]
RIDE_NOTE = ["停放多日无人认领", "车停在那里两天没人骑", "没上锁，停在路中间", ""]
HAND = ["已交阳光坐席。", "送派出所登记。", "暂存后转交阳光坐席。", "", "请失主带有效证件来认领。", "交到值班室。"]
OPEN = ["打开看了，", "当面清点：", "清点内有：", "里面有"]
PHONE_STATE = ["已关机", "一直有电话打进来，没敢接", "电量不多了", "屏幕锁着", ""]


def someone(rng, avoid):
    """How a desk writes down a finder: 王师傅, 古丽娜尔 - never a full name, never the owner's."""
    while True:
        n = P.make_name(rng)
        if avoid is None or (n["g"][0] != avoid["g"][0] and n["f"][0] != avoid["f"][0]):
            if n["group"] in ("uy", "kz"):
                return n["g"][0]
            return n["f"][0] + rng.choice(["师傅", "女士", "先生", "大姐"])


def finder_words(rng, pid, avoid=None):
    tg = Wd.tags(pid)
    for tag, who in FINDERS:
        if tag in tg:
            return rng.choice(who).format(n=someone(rng, avoid))
    return "一名市民"


def trim_spot(pname, spot):
    """'葡萄谷长廊' + '长廊中段' reads '葡萄谷长廊中段'."""
    for k in range(min(len(pname), len(spot) - 1), 1, -1):
        if pname.endswith(spot[:k]):
            return spot[k:]
    return spot


def cat2(a, b):
    """Join two words, with a space between two Latin letters or digits."""
    if a and b and a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum():
        return a + " " + b
    return a + b


def found_place(rng, places):
    r = rng.random()
    if r < 0.6:
        return rng.choice(places)
    if r < 0.85:
        nb = [q for q in Wd.near(places[0], 2.0) if q != places[0]]
        if nb:
            return rng.choice(nb)
    return rng.choice(["bus_terminal", "rail_station", "people_square", "hotel_oasis"] if Wd.dist(places[0], "bus_terminal") < 4
                      else [places[0]])


def found_time(rng, t_loss):
    r = rng.random()
    if r < 0.4:
        d = rng.randint(5, 120)
    elif r < 0.75:
        d = rng.randint(120, 600)
    else:
        d = rng.randint(600, 4320)
    t = t_loss + d
    if t > Wd.NOW - 20:
        t = max(t_loss, Wd.NOW - rng.randint(20, 300))
    return t


def write_found(rng, obj, fev, level, force=()):
    """fev: {'t', 'place'}.  Returns (fields, said)."""
    cat = obj["alt"]["found"] if obj["alt"] else obj["cat"]
    s = new_said("found", cat)
    s["places"], s["t"] = [fev["place"]], fev["t"]
    d = Desc(rng, obj, s, "finder", level, force)
    kw = d.kind_word()
    cls = SPEC_CLS(obj)
    if obj["kind"] == "dutar" and obj["alt"]:
        kw, cls = rng.choice(["琴盒（里面是一把都塔尔）", "乐器盒，里面装着一把都塔尔", "琴包，里面是都塔尔"]), "个"
    color, brand, model = d.color_word(), d.brand_word(), d.model_word()
    feats, idents, name = d.feat_clauses(), d.ident_texts(), d.name_text()
    amount, conts = d.amount_text(), d.content_phrases()
    pfield = {"hurried": 0.2, "low": 0.4, "mid": 0.65, "high": 0.8, "full": 0.75}[level]
    f = {"category": cat}
    use_fields = rng.random() < pfield
    f["color"], f["brand"], f["model"] = (color, brand, model) if use_fields else (None, None, None)
    keep = (lambda w: w and (not use_fields or rng.random() < 0.5))
    head = kw
    if keep(model):
        head = head + " " + model if rng.random() < 0.5 else cat2(model, head)
    if keep(brand):
        head = cat2(brand, head)
    if keep(color):
        head = color + head
    ride = obj["cat"] in ("ebike", "bicycle")
    pname = rng.choice(Wd.names(fev["place"]))
    spot = trim_spot(pname, rng.choice(RIDE_SPOT if ride else Wd.spots(fev["place"])))
    when = Wd.when_words(fev["t"], rng)
    if level == "hurried":
        lead = "%s%s捡到%s%s" % (pname, spot if rng.random() < 0.5 else "", head, "" if head.startswith("一") else "一" + cls)
        if rng.random() < 0.5:
            lead = when + lead
    else:
        if ride:
            who = rng.choice(RIDE_WHO).format(n=someone(rng, obj["name"]))
            verb = "发现"
        else:
            who = finder_words(rng, fev["place"], obj["name"])
            verb = rng.choice(VERBS + (["打扫卫生时发现"] * 2 if ("保洁" in who or "环卫" in who) else []))
        lead = "%s，%s在%s%s%s%s%s" % (when, who, pname, spot, verb, "" if head.startswith("一") else "一" + cls, head)
        if ride and rng.random() < 0.7:
            lead = join([lead, rng.choice(RIDE_NOTE)])
    details = []
    cards = [x for x in idents if x[2]["t"] == "card"]
    others = [x for x in idents if x[2]["t"] != "card"]
    if name:
        if obj["cat"] == "id_doc":
            details.append(rng.choice(["姓名%s", "名字是%s", "证上姓名：%s"]) % name)
        elif obj["nametag"]:
            details.append("行李牌上写着%s" % name)
        elif obj["kind"] == "kids_watch":
            details.append("表背面贴着名字%s" % name)
        elif obj["kind"] == "medicine":
            details.append("药袋上写着%s" % name)
        else:
            details.append("有一张身份证，姓名%s" % name)
    serial = None
    if others and rng.random() < pfield + 0.15:
        lab, serial, _ = others[0]
        others = others[1:]
    for lab, text, idt in others:
        details.append("%s%s" % (lab, text))
    inside = []
    if cards:
        inside.append(card_list(rng, cards, "finder"))
    if amount:
        inside.append("现金" + amount)
    inside += conts
    if inside:
        details.append(rng.choice(OPEN) + "、".join(inside))
    if obj["cat"] == "phone" and rng.random() < 0.5:
        details.append(rng.choice(PHONE_STATE))
    marks = None
    featline = join(feats)
    if (featline or details) and rng.random() < pfield:
        marks = join([featline] + (details if rng.random() < 0.5 else []))
        if marks and marks.find(details[0] if details else "\x00") >= 0:
            details = []
        featline = featline if rng.random() < 0.2 else ""
    body = join([lead, featline] + details) + "。" + ("" if level == "hurried" else rng.choice(HAND))
    body = typo(rng, body, 0.3 if level == "hurried" else 0.1)
    f["body"] = body[:600]
    f["serial"] = serial
    f["marks"] = marks[:500] if marks else None
    if rng.random() < 0.9:
        f["address"] = pname if rng.random() < 0.6 else (pname + spot)[:60]
    if rng.random() < 0.6:
        f["lat"], f["lon"] = Wd.latlon(fev["place"], rng)
    f["found_at_min"] = Wd.NOW - fev["t"]
    return f, s


def SPEC_CLS(obj):
    from set88_specs import SPECS
    return SPECS[obj["kind"]]["cls"]
