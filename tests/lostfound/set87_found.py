"""Set 87 found items, as the desk writes down what a finder handed in: a cleaner, ground
staff, a taxi driver, a park or mall security guard, a picker, a passer-by.  A finder only
knows what can be seen on the object (or inside, if it was opened)."""
import set87_world as W
from set87_kinds import CROSS, KINDS
from set87_plan import body_attrs, cat_join, choose_attrs, fields_of, new_plan, said
from set87_words import place_word

FINDER_WORDS = {
    "cleaner": "保洁员{n}|保洁{s}阿姨|保洁人员", "ground": "澜海航空地勤人员{n}|地服人员{n}|值机柜台工作人员",
    "security": "安检站工作人员{n}|安检员{n}", "passenger": "旅客{n}|市民{n}|一名外籍旅客|路过的旅客{n}",
    "patrol": "巡逻民警|辅警{n}|我所巡逻辅警", "worker": "园区员工{n}|路过的工人{n}|市民{n}",
    "customer": "顾客{n}|市民{n}", "citizen": "市民{n}|路人{n}", "express": "机场快线站务员{n}|快线站工作人员",
    "taxi": "出租车司机{s}师傅|的士司机{n}", "coach": "长途站工作人员{n}|大巴司机{s}师傅",
    "guard": "物流园保安{n}|园区门岗保安", "teamlead": "仓库班组长{n}|拣货组长{s}某",
    "canteen": "食堂工作人员|食堂{s}阿姨", "sorter": "分拣员{n}|卸货工{n}", "trucker": "货车司机{n}|一名送货司机",
    "mallguard": "奥莱保安{n}|商场保安", "cinema": "影城工作人员{n}|影厅保洁", "shop": "奥莱店员{n}|店铺导购{n}",
    "hotel": "酒店前台{n}|酒店大堂经理", "dormkeeper": "宿管{s}阿姨|宿舍管理员",
}
VERB = ["拾得", "捡到", "发现", "拾获"]
HANDLE = ["已交至我所。", "现存放于空港派出所失物招领处。", "已登记入库，待失主认领。", "交来时未见失主。", ""]


def plan_found(rng, o, finder_person, place, found_at, cross=False, banned=()):
    r = rng.random()
    style = "hurried" if r < 0.1 else ("form" if r < 0.45 else ("mixed" if r < 0.75 else "body"))
    plan = new_plan("found", o, "desk", style)
    plan["banned"] = set(banned)
    K = KINDS[o["kind"]]
    m = plan["misc"]
    m["place"], m["found_at"], m["cross"] = place, found_at, cross
    fw = rng.choice(FINDER_WORDS[o.get("finder", "passenger")].split("|"))
    m["finder"] = fw.replace("{n}", finder_person["cn"]).replace("{s}", finder_person["sur"])
    m["pw"] = place_word(rng, W.ALLP[place], "desk")
    m["spot"] = o.get("spot") or rng.choice(W.ALLP[place]["spots"])
    m["time"] = W.found_phrase(found_at, rng)
    m["verb"] = rng.choice(VERB)
    m["handle"] = rng.choice(HANDLE)
    if cross:
        m["kw"] = rng.choice(CROSS[o["kind"]][1].split("|"))
    else:
        m["kw"] = rng.choice(K["fnd"])
    m["addr"] = None
    if rng.random() < {"form": 0.95, "mixed": 0.75, "body": 0.4, "hurried": 0.3}[style]:
        m["addr"] = place_word(rng, W.ALLP[place], "desk") + (m["spot"] if rng.random() < 0.3 else "")
    m["ll"] = W.jitter(place, rng) if rng.random() < (0.75 if style == "form" else 0.45) else None
    choose_attrs(rng, plan)
    return plan


def _detail(plan, a):
    o, s = plan["obj"], plan["attrs"][a]["surf"]
    k = o["kind"]
    if a == "name":
        if KINDS[k]["cat"] == "id_doc":
            return "姓名" + s
        if k in ("wallet", "card_holder"):
            return "内有身份证一张，姓名" + s
        return "行李牌写有" + s
    if a == "cash":
        return s if k == "cash" else "内有" + s
    if a == "serial" and KINDS[k]["serial"] == "card":
        return "内有" + s
    return s


def _obj_phrase(plan):
    o, a, m = plan["obj"], plan["attrs"], plan["misc"]
    parts = [a[x]["surf"] for x in ("color", "brand", "model") if x in a and a[x]["where"] == "body"]
    if o["kind"] == "keys" and "brand" in a and a["brand"]["where"] == "body":
        col = [a["color"]["surf"]] if "color" in a and a["color"]["where"] == "body" else []
        return "".join(col) + m["kw"] + "（含%s汽车遥控钥匙一把）" % a["brand"]["surf"]
    if m["cross"]:
        return m["kw"] + ("（%s）" % "，".join(parts) if parts else "")
    return cat_join(parts + [m["kw"]])


def write_found(plan):
    o, m, st = plan["obj"], plan["misc"], plan["style"]
    det = [_detail(plan, a) for a in body_attrs(plan) if a not in ("color", "brand", "model")]
    objp = _obj_phrase(plan)
    if st == "hurried":
        body = "%s交来%s，%s捡的%s" % (m["finder"], objp, m["pw"], ("，" + "，".join(det)) if det else "")
    else:
        body = "%s于%s在%s%s%s%s" % (m["finder"], m["time"], m["pw"], m["spot"], m["verb"], objp)
        body += ("，" + "，".join(det) + "。") if det else "。"
        body += m["handle"]
    cat = CROSS[o["kind"]][0] if m["cross"] else o["cat"]
    rec = {"category": cat, "body": body}
    rec.update(fields_of(plan))
    if m["addr"]:
        rec["address"] = m["addr"]
    if m["ll"]:
        rec["lat"], rec["lon"] = m["ll"]
    rec["found_at_min"] = m["found_at"]
    meta = {"kind": o["kind"], "said": said(plan), "place": m["place"], "found_at": m["found_at"],
            "surf": {a: plan["attrs"][a]["surf"] for a in plan["order"]}, "place_words": [m["pw"]]}
    return rec, meta
