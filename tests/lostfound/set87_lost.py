"""Set 87 lost reports, in the owner's own voice: a traveller between flights, a foreign
visitor half in English, a truck driver, a warehouse picker, an elderly passenger off to
see the grandchildren, a worker going home early for the New Year, a shopper."""
import set87_world as W
from set87_kinds import KINDS
from set87_people import DEST_CITIES, HOMETOWNS
from set87_plan import body_attrs, cat_join, choose_attrs, fields_of, new_plan, said
from set87_words import place_word

ACT = {
    "t1_dep": "值机的时候|办托运时|等人的时候", "t2_dep": "值机的时候|办托运时|找值机柜台时",
    "t1_arr": "出来等接机的车时|坐着等人时", "t2_arr": "出来等车的时候|接人时",
    "t2_intl": "入境出来的时候|换外币的时候", "t1_sec": "过安检时|安检把东西放筐里时",
    "t2_sec": "过安检时|安检掏东西的时候", "t1_bag": "等行李的时候|提行李的时候",
    "t2_bag": "等行李的时候|拿箱子时", "t2_food": "吃饭的时候|买咖啡的时候",
    "t2_gate": "候机时|充电的时候", "hotel": "办入住时|大堂等车时", "p2": "停车的时候|取车时",
    "exp": "坐机场快线时|进站时", "t1_taxi": "排队打车时|坐出租车下车时",
    "t2_taxi": "排队打车时|下出租车的时候", "coach": "上大巴时|往行李舱放行李的时候",
    "coach_wait": "等车时|买票的时候", "bus_rd": "等公交时|坐公交车时",
    "gas_rd": "加油的时候|便利店买东西时", "park_gate": "进园区的时候|门口登记时",
    "cargo": "交货时|等提货时", "customs": "等查验的时候|办手续时",
    "wh_a": "上夜班拣货时|更衣柜换衣服时", "cold": "进冷库干活时|换防寒服的时候",
    "sort_sc": "上班卸货时|分拣线干活时", "sort_th": "装车的时候|月台上干活时",
    "canteen": "吃饭的时候|打饭时", "dorm": "回宿舍的路上|楼下晾衣服时", "truck_pk": "停车休息时|车上睡觉前",
    "gas": "加油的时候|买水的时候", "store": "买东西的时候|结账时", "charge": "充电的时候|停车充电时",
    "park_bus": "等公交的时候|坐公交时", "mall": "逛街的时候|圣诞树旁拍照的时候",
    "cinema": "看电影的时候|看贺岁片的时候", "mall_food": "吃饭的时候|排队买奶茶时",
    "mall_pk": "停车时|取车的时候", "mall_b": "试衣服的时候|买鞋的时候",
}
VERB = ["丢了", "弄丢了", "不见了", "落下了", "掉了"]
PLEA = ["麻烦帮忙找找，谢谢！", "有消息请联系我。", "很着急，东西对我很重要。", "谢谢警察同志！", "", ""]
DEPART = {"t1_dep", "t1_sec", "t2_dep", "t2_sec", "t2_food", "t2_gate"}
COMPANY = ["速驰分拣中心", "保税仓A区", "冷库", "通衡分拨中心"]


def _intro(rng, o):
    v, p = o["voice"], o["owner"]
    if v == "traveller":
        if o["said_places"][0] in DEPART:
            return rng.choice(["本人%s，" % p["cn"], "我是旅客，", "", "我是坐%s航班的旅客，" % rng.choice(DEST_CITIES),
                               "赶飞机去%s，" % rng.choice(DEST_CITIES)])
        return rng.choice(["本人%s，" % p["cn"], "我是旅客，", "", "刚下飞机，", "出差路过澜湾，"])
    if v == "foreigner":
        return rng.choice(["Hello, my name is %s, tourist from %s. " % (p["cn"], p["country"]),
                           "Hi, I am %s (%s). " % (p["cn"], p["country"]), "Hello police, "])
    if v == "elderly" and W.PLACES[o["said_places"][0]]["zone"] == "mall":
        return "我姓%s，今年%d岁，来奥莱给孙子买过年的新衣服，" % (p["sur"], p["age"])
    if v == "elderly":
        return rng.choice(["我姓%s，今年%d岁，和老伴坐飞机去%s看孙子，" % (p["sur"], p["age"], rng.choice(DEST_CITIES)),
                           "我是%s，%d岁了，去%s女儿家看外孙女过年，" % (p["cn"], p["age"], rng.choice(DEST_CITIES)),
                           "老人%s（%d岁）去%s带孙子，" % (p["cn"], p["age"], rng.choice(DEST_CITIES))])
    if v == "trucker":
        return rng.choice(["我是跑长途的货车司机，", "开大车的，来物流园拉货，", "我是送货的司机%s，" % p["cn"], ""])
    if v == "picker":
        return rng.choice(["我在%s上%s班，做拣货的，" % (rng.choice(COMPANY), rng.choice(["夜", "白", "早"])),
                           "我是园区仓库的拣货员，", "我在物流园打工，", ""])
    if v == "migrant":
        return rng.choice(["我在物流园打工，提前回%s老家过年，" % rng.choice(HOMETOWNS),
                           "我是回%s过年的，" % rng.choice(HOMETOWNS), "准备回老家过年，"])
    if v == "shopper":
        d = W.at(o["lost_from"]).date()
        if (d.month, d.day) == (12, 31):
            return rng.choice(["跨年夜和朋友来奥莱玩，", ""])
        if (d.month, d.day) == (1, 1):
            return rng.choice(["元旦假期来奥莱逛街，", ""])
        return rng.choice(["来奥莱逛街，", "下班后来奥莱吃饭，", "", "带孩子来奥莱看电影，"])
    if v == "staff":
        return rng.choice(["我是机场保洁员，", "我是机场地勤，下班的时候，", "我在机场上班，"])
    return ""


def plan_lost(rng, o):
    v = o["voice"]
    if v == "foreigner":
        style = "en"
    else:
        r = rng.random()
        hurry = 0.3 if v == "traveller" else 0.12
        style = "hurried" if r < hurry else ("form" if r < hurry + 0.25 else ("mixed" if r < hurry + 0.55 else "body"))
    plan = new_plan("lost", o, v, style)
    K = KINDS[o["kind"]]
    m = plan["misc"]
    m["intro"] = _intro(rng, o) if style != "hurried" else ""
    if style == "en":
        m["kw"] = K["en"]
        m["pw"] = [place_word(rng, W.PLACES[p], "foreigner") for p in o["said_places"]]
        m["when"] = W.window_phrase(o["lost_from"], o["lost_to"], rng, en=True)
        m["kwcn"] = K["own"][0]
    else:
        kws = K["own"]
        m["kw"] = kws[-1] if (style == "hurried" and rng.random() < 0.5) else rng.choice(kws[:-1] or kws)
        m["pw"] = [place_word(rng, W.PLACES[p], v) for p in o["said_places"]]
        m["when"] = W.window_phrase(o["lost_from"], o["lost_to"], rng)
    m["act"] = rng.choice(ACT[o["said_places"][0]].split("|"))
    m["verb"] = rng.choice(["丢了", "不见了"] if o["kind"] in ("ebike", "bicycle") else VERB)
    if style == "hurried" and rng.random() < 0.4:
        m["verb"] = rng.choice(["调了", "不件了", "丢le"])
    m["plea"] = rng.choice(PLEA)
    m["helper"] = v == "elderly" and rng.random() < 0.4
    m["addr"] = None
    if rng.random() < {"form": 0.9, "mixed": 0.6, "body": 0.25, "hurried": 0.3, "en": 0.5}[style]:
        p0 = W.PLACES[o["said_places"][0]]
        m["addr"] = place_word(rng, p0, v) + rng.choice(["", "附近", ""])
    m["ll"] = W.jitter(o["said_places"][0], rng) if rng.random() < (0.5 if style == "form" else 0.25) else None
    choose_attrs(rng, plan)
    return plan


def _obj_phrase(plan):
    o, a = plan["obj"], plan["attrs"]
    m = plan["misc"]
    parts = [a[x]["surf"] for x in ("color", "brand", "model") if x in a and a[x]["where"] == "body"]
    if o["kind"] == "keys" and parts and "brand" in a and a["brand"]["where"] == "body":
        col = [a["color"]["surf"]] if "color" in a and a["color"]["where"] == "body" else []
        mod = [a["model"]["surf"]] if "model" in a and a["model"]["where"] == "body" else []
        return "".join(col) + m["kw"] + "（上面有把%s车钥匙%s）" % (a["brand"]["surf"], "".join(mod))
    if plan["style"] == "en":
        return " ".join(w for i, w in enumerate(parts) if not (i + 1 < len(parts) and w.lower() in parts[i + 1].lower())
                        ) + " " + m["kw"] if parts else m["kw"]
    return cat_join(parts + [m["kw"]])


def _detail(plan, a):
    o, s = plan["obj"], plan["attrs"][a]["surf"]
    k = o["kind"]
    if a == "name":
        if plan["style"] == "en":
            return "name on it: " + s
        if KINDS[k]["cat"] == "id_doc":
            return "姓名" + s if k != "badge" else "上面是我的名字" + s
        if k in ("wallet", "card_holder"):
            return "里面有我的身份证，名字" + s
        return "行李牌上写着我的名字" + s
    if a == "cash":
        if k == "cash":
            return "一共" + s
        return ("里面有现金" + s) if "现金" not in s else ("里面有" + s)
    return s


def write_lost(plan):
    o, m, st = plan["obj"], plan["misc"], plan["style"]
    det = [_detail(plan, a) for a in body_attrs(plan)
           if a not in ("color", "brand", "model")]
    objp = _obj_phrase(plan)
    if st == "en":
        pw = " or ".join(m["pw"])
        body = "%sI lost my %s at %s, %s. " % (m["intro"], objp, pw, m["when"])
        if det:
            body += "; ".join(det) + ". "
        body += "我的" + m["kwcn"] + "丢了，请帮忙！Please call me if found, thank you."
    elif st == "hurried":
        pw = "或".join(m["pw"])
        body = "%s%s%s%s" % (pw, m["verb"], objp, ("，" + "，".join(det)) if det else "")
        body += "，" + m["when"] + "，急！！"
    else:
        pw = "或者".join(m["pw"]) if len(m["pw"]) > 1 else m["pw"][0]
        if len(m["pw"]) > 1:
            pw = "（记不清了）" + pw
        if o["kind"] in ("ebike", "bicycle"):
            s2 = "%s停在%s的%s%s。" % (m["when"], pw, objp, rng_free_pick(m["verb"], "不见了", "被人骑走了"))
        else:
            s2 = "%s在%s%s%s%s。" % (m["when"], pw, m["act"], m["verb"], objp)
        body = m["intro"] + s2
        if det:
            body += "，".join(det) + "。"
        body += m["plea"]
        if m["helper"]:
            body += "（女儿代为登记）"
    rec = {"category": o["cat"], "body": body}
    rec.update(fields_of(plan))
    if m["addr"]:
        rec["address"] = m["addr"]
    if m["ll"]:
        rec["lat"], rec["lon"] = m["ll"]
    rec["lost_from_min"] = o["lost_from"]
    rec["lost_to_min"] = o["lost_to"]
    meta = {"kind": o["kind"], "said": said(plan), "places": list(o["said_places"]),
            "lost_from": o["lost_from"], "surf": {a: plan["attrs"][a]["surf"] for a in plan["order"]},
            "place_words": list(m["pw"])}
    return rec, meta


def rng_free_pick(verb, a, b):
    """Deterministic choice between two verbs from the already drawn one."""
    return a if verb in ("丢了", "不见了", "掉了") else b
