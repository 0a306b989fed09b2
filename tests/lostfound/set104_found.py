"""Writing a found registration (拾遗物登记) from the finder's side: only what can be seen."""
from set104_world import PLACE, FARP, latlon
from set104_say import brand_finder, color_finder, fmt_id, fmt_tail, nice_time, typo

ROLE_OF = {
    "livehouse": ["security", "security", "cleaner"], "ingot": ["bar"], "shop3": ["bar", "bar", "cleaner"],
    "cinema": ["cinema", "cleaner"], "mill": ["cleaner", "passer", "security"], "plaza": ["cleaner", "passer"],
    "gate_w": ["passer", "ridedriver"], "market": ["stall"], "estate": ["caretaker"], "estate_e": ["caretaker", "passer"],
    "club": ["caretaker"], "shed": ["caretaker"], "pool": ["lifeguard"], "hospital": ["hcleaner", "hsecurity"],
    "hosp_er": ["hcleaner", "hsecurity"], "yard": ["worker"], "yard_gate": ["worker", "passer"],
    "bus_mill": ["busdriver"], "bus_estate": ["busdriver"], "bus_hosp": ["busdriver", "passer"],
    "street_lt": ["passer", "sweeper"], "street_jh": ["passer", "sweeper", "stall"],
}
INTRO = {
    "security": ["熔炉Livehouse安保登记：", "我是熔炉的安保，", "场馆安保："],
    "cleaner": ["保洁员送交：", "我是园区保洁，", "保洁阿姨拾到，"],
    "bar": ["酒吧员工送来：", "我是酒馆bartender，", "酒馆店员拾到，", "打烊收台的时候，"],
    "cinema": ["露天影院工作人员：", "影院场务送交，"],
    "passer": ["路人送交。", "市民拾到后送至派出所。", "我路过，", ""],
    "ridedriver": ["网约车司机送来：", "我是网约车司机，"],
    "stall": ["早市摊主送交：", "我在早市卖菜的，", "卖豆腐脑的摊主送来，"],
    "caretaker": ["钢花新村物业：", "小区门卫老李送来，", "我是钢花新村物业的，"],
    "lifeguard": ["游泳馆救生员送交：", "少儿泳池前台登记：", "我是泳池救生员，"],
    "hcleaner": ["四院保洁送交：", "医院保洁员拾到，"],
    "hsecurity": ["四院保卫科送来：", "医院保安拾到，"],
    "worker": ["货场职工拾到：", "北货场装卸工送来，"],
    "busdriver": ["公交N7路司机送交：", "夜班车司机收车时", "公交公司转交："],
    "sweeper": ["环卫工人拾到，", "扫大街的师傅送来，"],
}
SPOT = {
    "security": ["散场后在场地里", "在安检口旁边", "在舞台前面地上", "在存包处附近"],
    "cleaner": ["打扫卫生时在垃圾桶旁边", "清扫时在长椅底下", "打扫时在卫生间洗手台上"],
    "bar": ["在吧台下面", "在外摆区座位上", "在卡座沙发缝里"],
    "cinema": ["散场后在草坪上", "在座椅下面", "在入口处"],
    "passer": ["在路边", "在人行道上", "在花坛边上"],
    "ridedriver": ["在车后座", "乘客下车后在座椅缝里"],
    "stall": ["在摊位旁边地上", "在菜筐边上", "在收钱的桌子上"],
    "caretaker": ["在楼道里", "在车棚里", "在小区花坛边", "在门卫室门口"],
    "lifeguard": ["在更衣室长凳上", "在泳池边", "在淋浴间门口"],
    "hcleaner": ["在候诊椅下面", "在卫生间里", "在走廊窗台上"],
    "hsecurity": ["在大门口", "在停车场", "在电梯里"],
    "worker": ["在休息室", "在2号门岗亭边", "在站台上"],
    "busdriver": ["在后排座位上", "在车上座位底下", "在车厢中间"],
    "sweeper": ["在路边绿化带里", "扫地时在路边"],
}
SHIFT = {"蓝": "黑", "灰": "黑", "白": "银", "金": "黄", "紫": "蓝", "粉": "红", "棕": "黑", "绿": "黑"}


def finder_serial(rng, o):
    s, k = o["serial"], o["skind"]
    if not s or not o["ser_vis"]:
        return None
    if k == "id":
        return s if rng.random() < 0.55 else fmt_id(rng, s, "finder")
    if k == "tail":
        return fmt_tail(rng, o["bankpre"], s, "finder")
    if k == "plate":
        return rng.choice([s, s[:2] + " " + s[2:], s[2:]])
    if k == "frame":
        return s
    if k == "sn":
        return rng.choice(["SN", "S/N:", ""]) + s
    if k == "badge":
        return rng.choice([s, s.replace("-", "")])
    return s


def finder_vis(rng, o):
    vis = []
    for v in o["vis"]:
        if v.startswith("锁屏是"):
            v = rng.choice(["屏幕亮了能看到锁屏是", "锁屏画面是"]) + v[3:]
        if o["kind"] == "phone" and v == o["vis"][0]:
            v = o.get("extra_case", v)
        if v.startswith("现金"):
            continue
        vis.append(v)
    rng.shuffle(vis)
    return vis


def write(rng, key, o, place, fa, negative=None, far=False):
    if far:
        names, east, north, addr = FARP[place][1], FARP[place][2], FARP[place][3], FARP[place][4]
        role = rng.choice(["passer", "sweeper", "cleaner"])
    else:
        pl = PLACE[place]
        names, east, north, addr = pl[1], pl[2], pl[3], pl[5]
        role = rng.choice(ROLE_OF.get(place, ["passer"]))
    rec = {"key": key, "category": o["fcat"]}
    col = o["color"]
    if col and col in SHIFT and rng.random() < 0.08:
        col = SHIFT[col]                      # seen under a street lamp
    t, dt = nice_time(fa)
    bits = []
    if col:
        bits.append(color_finder(rng, col))
    show_brand = o["brand"] and rng.random() < 0.65
    if show_brand:
        bits.append(brand_finder(rng, o["brand"]))
    if o["model"] and o["printed"] and rng.random() < 0.5:
        bits.append(o["model"])
    bits.append(rng.choice(o["fnoun"]))
    desc = "".join(bits)
    vis = finder_vis(rng, o)
    nv = rng.randint(0, min(3, len(vis)))
    extra = vis[:nv]
    if o["name"]:
        if o["cat"] == "id_doc" or rng.random() < 0.7:
            extra.append(rng.choice(["姓名%s", "上面写着%s", "名字是%s"]) % o["name"])
    if o["amount"]:
        a = o["amount"]
        if o["kind"] == "cash":
            h = a // 100
            r = a - h * 100
            extra.append("共%d元（100元%d张%s）" % (a, h, "，零钱%d元" % r if r else ""))
        else:
            extra.append("内有现金%d元" % a)
    ser = finder_serial(rng, o)
    lvl = rng.choices([0, 1, 2, 3], [30, 40, 22, 8])[0]
    spot = rng.choice(SPOT[role])
    if o["cat"] in ("ebike", "bicycle"):
        spot = rng.choice(["发现路边停着一辆好几天没人动的", "在车棚角落发现一辆没上牌登记的",
                           "发现门口停了两天没人认领的", "巡逻时发现无人认领的"])
    where = rng.choice(names)
    intro = rng.choice(INTRO[role])
    if lvl == 3:
        body = "%s %s捡到%s一个" % (t, where, desc)
        if ser and rng.random() < 0.5:
            body += " " + ser
        body = typo(rng, body)
    else:
        if o["cat"] in ("ebike", "bicycle"):
            body = "%s%s%s%s%s。" % (intro, t, where, spot, desc)
        else:
            body = "%s%s%s%s拾得%s。" % (intro, t, where, spot, desc)
        if extra and (lvl == 0 or rng.random() < 0.5):
            body += "，".join(extra) + "。"
        if ser and (lvl == 0 or rng.random() < 0.3):
            body += rng.choice(["上面的号码：", "编号", "号码"]) + ser + "。"
        if o["kind"] == "phone" and rng.random() < 0.4:
            body += rng.choice(["手机有密码打不开。", "一直有人打电话但没敢接。", "手机没电关机了。"])
        body += rng.choice(["已交所里。", "暂存前台，等失主。", "", "请失主带证明来领。"])
        if rng.random() < 0.06:
            body = typo(rng, body)
    rec["body"] = body[:600]
    if lvl in (1, 2):
        if col and rng.random() < 0.75:
            rec["color"] = color_finder(rng, col)
        if show_brand and rng.random() < 0.7:
            rec["brand"] = brand_finder(rng, o["brand"])
        if o["model"] and o["printed"] and rng.random() < 0.5:
            rec["model"] = o["model"]
        if ser and rng.random() < 0.8:
            rec["serial"] = ser
        if extra and rng.random() < 0.6:
            rec["marks"] = "；".join(extra)[:500]
    if rng.random() < 0.7:
        rec["address"] = rng.choice([addr, where, addr])[:60]
    if rng.random() < 0.4:
        lat, lon = latlon(east, north, rng, 70)
        rec["lat"], rec["lon"] = lat, lon
    rec["found_at_min"] = fa
    if negative:
        rec["negative"] = negative
    return rec
