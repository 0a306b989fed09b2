"""set103 found: write one found registration (拾遗物登记) in the finder's voice.

A finder knows only what is visible on the object or inside it when opened; never the
owner's memories (amount they think, lock code, who gave it to them).
"""
from set103_world import PLACE, ZONE_OF, day_words
from set103_say import color_word, brand_word, typo, serial_finder

FINDERS = {"town": ["passer", "taxi", "cleaner", "volunteer"], "hill": ["cadre", "passer", "cadre"],
           "harbour": ["fisher", "fisher", "passer"], "tea": ["teashop", "teashop", "cadre"],
           "stone": ["passer", "teashop", "conductor"], "road": ["cleaner", "taxi", "conductor"]}
PLACE_FINDER = {"bus": "conductor", "bus_yard": "conductor", "hosp": "cleaner", "hosp_ward": "cleaner",
                "school": "cleaner", "temple": "volunteer", "procession": "volunteer"}

FINDER_NOUN = {"phone": ["手机", "手机", "智能手机"], "id_doc": None, "wallet": ["钱包", "皮夹", "钱包"],
               "keys": ["钥匙", "钥匙", "钥匙串"], "ebike": ["电动车", "电瓶车", "电动自行车"],
               "bicycle": ["自行车", "单车", "自行车"], "bag": None, "cash": None, "jewelry": None,
               "electronics": None, "other": None}


def _noun(rng, t):
    ns = FINDER_NOUN[t["cat"]]
    if ns:
        return rng.choice(ns)
    k = t["kind"]
    if t["cat"] == "jewelry":
        return rng.choice([k, k.replace("金", "黄色金属"), "首饰（" + k + "）"]) if "金" in k else k
    if t["cat"] == "cash":
        return rng.choice(["现金", k, "一个装钱的" + ("红包" if k == "红包" else "信封")])
    if t["cat"] == "bag":
        return rng.choice([k, "包一个", "一个" + k]) if k else "包"
    return k


def write_found(rng, t, place, f_min, finder=None):
    p = PLACE[place]
    zone = ZONE_OF[place]
    who = finder or PLACE_FINDER.get(place) or rng.choice(FINDERS[zone])
    prof = rng.choices(["full", "partial", "body", "hurried"], [30, 35, 25, 10])[0]
    where = rng.choice(p[2] + [p[1]])
    when = day_words(f_min, rng)
    noun = _noun(rng, t)
    if t["cat"] == "cash" and noun == "现金":
        noun = rng.choice(["现金（装在%s里）" % t["kind"][:2], "现金"]) if t["color"] else "现金"
    opened = t["cat"] in ("wallet", "bag", "cash") and rng.random() < 0.85
    cw = color_word(rng, t["color"]) if t["color"] and rng.random() < 0.85 else ""
    if t["cat"] == "cash" and noun.startswith("现金"):
        cw = ""
    bw = brand_word(rng, t["brand"]) if t["brand"] and t["cat"] not in ("jewelry",) and rng.random() < 0.7 else ""
    if t["cat"] == "jewelry" and t["brand"] and rng.random() < 0.3:
        bw = brand_word(rng, t["brand"])
    ser = serial_finder(rng, t["serial"]) if t["serial"] else None
    dets = list(t["vis"])
    rng.shuffle(dets)
    dets = dets[:rng.randint(0, len(dets))] if prof != "full" else dets
    if opened:
        ins = list(t["inside"])
        if t["cat"] == "wallet":
            ins = [("现金%d元" % t["cash"]) if x.startswith("现金") else x for x in ins]
        dets += ins
    if t["cat"] == "cash":
        dets.append("清点共%s%d元" % ("新加坡元" if t.get("cur") == "SGD" else "人民币", t["cash"]))
    if t["cat"] == "phone" and rng.random() < 0.5:
        dets.append(rng.choice(["亮屏显示的是%s" % t["wall"], "锁屏图片是%s" % t["wall"], "有未接来电显示'%s'" %
                                rng.choice(["阿爸", "老婆", "阿弟", "二姑"])]))
    if t["cat"] == "id_doc":
        dets.insert(0, "姓名%s" % t["holder"])
    opener = {"volunteer": rng.choice(["龙江宫志工登记：", "我是宫里帮忙的，", "游神当天在宫口值班，"]),
              "teashop": rng.choice(["茶叶店老板：", "我在村口开茶店，", ""]),
              "conductor": rng.choice(["%d路售票员，" % rng.choice([1, 3, 7, 12]), "车站工作人员：", "乘客遗留物品，"]),
              "fisher": rng.choice(["讨海的，", "渔船上收拾时", "我是东澳的渔民，"]),
              "cleaner": rng.choice(["保洁员在", "打扫卫生时", "保洁："]),
              "cadre": rng.choice(["村委会：", "上田村委代登，", "村干部巡山时"]),
              "taxi": rng.choice(["出租车司机，乘客下车后在后座发现", "的哥，车上捡到", "网约车司机，"]),
              "passer": rng.choice(["路过", "", "市民"])}[who]
    if prof == "hurried":
        body = typo(rng, "%s%s在%s捡到%s%s" % (opener, when, where, cw, noun) + rng.choice(["，已交", "", "，来认领"]))
    else:
        qty = {"phone": "一部", "ebike": "一辆", "bicycle": "一辆", "keys": "一串", "id_doc": "一张"}.get(t["cat"], "一个") if rng.random() < 0.6 else ""
        qty = "" if noun.startswith("一") else qty
        body = "%s%s在%s%s%s%s%s%s。" % (opener, when, where, rng.choice(["捡到", "发现", "拾到", "地上捡到"]), qty, cw, bw, noun)
        if dets:
            body += rng.choice(["", "特征：", "看了一下，"]) + "，".join(dets) + "。"
        if ser and t["cat"] != "id_doc":
            body += "上面号码%s。" % ser
        elif ser:
            body += "证号%s。" % ser
        body += rng.choice(["已交派出所。", "淋湿了，擦干放着。", "", "请失主带证明来领。", "当时雨很大，周围没人。",
                            "等了半小时没人来找。", {"volunteer": "放在宫里香案边上，失主可来认领。",
                            "teashop": "先放在我店里。", "conductor": "已交车站服务台。", "fisher": "放在码头渔业站。",
                            "cadre": "暂存村委会。", "taxi": "已交到车队。", "cleaner": "交给保卫科了。",
                            "passer": "交到附近警务室。"}[who]])
    rec = {"category": t["cat"], "body": body[:600]}
    if prof in ("full", "partial"):
        if cw and rng.random() < 0.8:
            rec["color"] = cw
        if bw and rng.random() < 0.7:
            rec["brand"] = bw
        if t["model"] and t["cat"] in ("ebike", "bicycle", "electronics", "phone") and rng.random() < (0.4 if prof == "full" else 0.1):
            rec["model"] = t["model"]
        if ser and rng.random() < 0.85:
            rec["serial"] = ser[:60]
        if rng.random() < 0.7:
            rec["address"] = (rng.choice([p[1], where, "岚屿县" + p[1]]))[:60]
        if dets and rng.random() < 0.5:
            rec["marks"] = "；".join(dets)[:500]
        if rng.random() < 0.3:
            rec["lat"] = round(p[3] + rng.uniform(-0.002, 0.002), 5)
            rec["lon"] = round(p[4] + rng.uniform(-0.002, 0.002), 5)
    rec["found_at_min"] = f_min
    return rec
