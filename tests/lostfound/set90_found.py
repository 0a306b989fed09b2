"""set90 found registrations: written in the finder's voice (or the desk's) from
the truth record and the finder's say-plan.  A finder knows only what is visible."""
import set90_world as W
import set90_nums as N
import set90_text as T

FORMAL = ("nurse_f", "guard", "mart", "station", "teacher", "grainworker", "clerk_gov", "doctor", "attendant")
SPOT = {
    "hospital": ["门诊大厅的椅子上", "住院部三楼走廊", "收费窗口旁边", "CT室门口", "电梯里"],
    "clinic": ["输液室的椅子上", "药房窗口", "院子里"],
    "bus": ["候车厅座位上", "小客车最后一排座位底下", "售票窗口", "车站门口"],
    "supermarket": ["3号收银台", "购物车里", "生鲜区", "存包柜旁边", "门口"],
    "phonestreet": ["店门口台阶上", "柜台上", "路边"],
    "school": ["校门口", "教学楼走廊", "学校门口的树底下", "车棚里", "操场边"],
    "park": ["大堤台阶上", "凉亭里", "河边草地上", "健身器材旁边"],
    "repair": ["修理车间地上", "院子里", "配件柜台上"],
    "grain": ["磅房门口", "过磅的地磅旁边", "卸粮口", "排队的车道上"],
    "plaza": ["台阶上", "长椅上", "花坛边"],
    "vegmarket": ["菜摊边上", "肉摊前面", "市场门口"],
    "market": ["摊位底下", "集东头路边", "卖菜的摊子旁"],
    "gas": ["加油机旁边", "便利店里", "洗手间门口"],
    "harvbase": ["停车场地上", "接待站门口", "收割机旁边"],
    "bank": ["取款机旁边", "营业厅座椅上", "门口台阶上"],
    "nightmarket": ["烧烤摊桌子底下", "路边马扎上", "啤酒摊上"],
    "hotel": ["房间床底下", "前台", "走廊"],
    "office": ["办事窗口", "大厅座位上", "门口"],
    "residential": ["小区门口", "楼道里", "单元门口"],
    "field": ["地头上", "麦茬地里", "打麦场边上"],
    "village": ["村口路边", "大槐树底下", "小卖部门口"],
    "road": ["路边", "路边的沟里", "公路边上"],
}
OPEN = {
    "nurse_f": ["{p}护士站：", "我是{p}的护士，"], "guard": ["{p}保安：", "{p}门卫报："],
    "cleaner": ["我是{p}的保洁，打扫卫生时", "保洁员在{p}打扫时"], "doctor": ["{p}值班医生：", "{p}："],
    "busdriver": ["我是跑柳庄线的小客车司机，", "小客车司机，收车的时候"], "station": ["{p}工作人员：", "{p}服务台："],
    "mart": ["{p}服务台：", "惠民超市员工："], "clerk": ["我在{p}开手机店，", "{p}一家手机店店员："],
    "teacher": ["{p}老师：", "我是{p}的老师，"], "sanitation": ["环卫工人清扫{p}时", "我是环卫工，扫{p}的时候"],
    "walker": ["我在{p}遛弯，", "早上锻炼的时候在{p}"], "angler": ["在{p}钓鱼的时候", "钓鱼的，"],
    "mechanic": ["{p}师傅：", "我是{p}修车的，"], "grainworker": ["{p}过磅员：", "{p}工作人员："],
    "dancer": ["跳广场舞的时候在{p}", "我们在{p}跳舞时"], "stallf": ["我在{p}摆摊，", "{p}卖菜的，"],
    "villager": ["俺在{p}", "俺是附近村里的，在{p}"], "attendant": ["{p}员工：", "加油站工作人员："],
    "driver_f": ["外地机手，割麦的时候在{p}", "俺是来收麦的机手，在{p}"], "innkeeper": ["{p}老板：", "我是{p}的，"],
    "clerk_gov": ["{p}窗口工作人员：", "{p}："], "cadre": ["{p}村干部：", "村委会在{p}"],
    "passerby": ["路过{p}时", "我走{p}的时候"],
}
FIND = ["拾得", "捡到", "发现", "捡了"]
HANDIN = ["现已交%s" % W.STATION, "东西放在服务台，请失主带身份证来认领", "已送派出所", "请失主联系认领",
          "失主可来认领", "失主说清楚特征就能领走", "联系电话{ph}", "已交到阳光坐席"]


def when_phrase(rng, dt, formal):
    if formal and rng.random() < 0.6:
        return "%d月%d日%d时%d分许" % (dt.month, dt.day, dt.hour, dt.minute // 10 * 10)
    return W.day_word(dt, rng, False) + W.part_of_day(dt.hour) + W.clock_word(dt, rng)


def render(rng, rec):
    t, say, v = rec["t"], rec["say"], rec["voice"]
    formal = v in FORMAL
    level = rec["level"]
    fm = "none" if level == "hurried" else rng.choices(["none", "some", "all"], [30, 35, 35] if formal else [50, 35, 15])[0]
    pf, pm = {"none": (0, 0), "some": (0.5, 0.4), "all": (0.9, 0.85)}[fm]
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
            if rng.random() < 0.35:
                in_body.add(k)
        else:
            in_body.add(k)
    slots = [k for k in sorted(say) if k in t["slots"]]
    rng.shuffle(slots)
    marks, body_slots = [], []
    for k in slots:
        c = T.slot_clause(rng, t, k, say[k], "F")
        if rng.random() < pm:
            marks.append(c)
            if rng.random() < 0.25:
                body_slots.append(T.slot_clause(rng, t, k, say[k], "F"))
        else:
            body_slots.append(c)
    desc = T.describe(rng, t, "F", say, v, in_body)
    pid = rec["place"]
    kind = W.ALL[pid]["kind"]
    pw = T.place_word(rng, pid, v, town=not formal)
    when = when_phrase(rng, rec["when"], formal)
    spot = rng.choice(SPOT[kind] if t["cat"] not in ("ebike", "bicycle") else
                      ["门口路边", "停车棚里", "路边", "大门外", "墙根底下"])
    ser = T.serial_text(rng, t, say["serial"], "F") if "serial" in in_body else ""
    meas = T.measure(rng, t["cat"])
    find = rng.choice(FIND)
    if level == "hurried":
        bits = [rng.choice(["%s在%s%s%s" % (when, pw, find, desc), "%s %s %s" % (pw, find, desc),
                            "在%s%s%s一%s" % (pw, find, desc, meas)])] + body_slots + ([ser] if ser else [])
        body = "，".join(bits)
        body = N.typo(rng, body) if rng.random() < 0.5 else body
    else:
        op = rng.choice(OPEN[v]).format(p=pw)
        if op.endswith("：") or op.endswith("，"):
            lead = op + when + "在" + ("" if pw in op else pw) + spot + find
        elif op.endswith(pw):
            lead = op + spot + "，" + when + find
        else:
            lead = op + "，" + when + "在" + spot + find
        s = lead + rng.choice(["%s一%s" % (desc, meas), "一%s%s" % (meas, desc)])
        bits = [s]
        if body_slots:
            lead2 = ["", "特征：", "经查看，"] + (["打开看了，"] if t["cat"] in ("wallet", "bag", "cash", "id_doc") else [])
            bits.append(rng.choice(lead2) + "，".join(body_slots))
        if ser:
            bits.append(ser)
        if rng.random() < 0.8:
            bits.append(rng.choice(HANDIN).format(ph=phone(rng)))
        body = "。".join(b for b in bits if b) + "。"
        if rng.random() < 0.12:
            body = N.typo(rng, body)
    out["body"] = body
    if marks:
        out["marks"] = "；".join(marks)
    p_addr = {"none": 0.6, "some": 0.9, "all": 1.0}[fm]
    if rng.random() < p_addr:
        out["address"] = (T.place_word(rng, pid, v, town=True) + (rng.choice(["", spot]) if formal else ""))[:60]
    if rng.random() < (0.35 if fm == "none" else 0.65):
        out["lat"], out["lon"] = T.jitter(rng, pid)
    out["found_at_min"] = W.mins(rec["when"])
    return out


def phone(rng):
    return "1%s%s****%s" % (rng.choice("3589"), rng.randint(0, 9), N.digits(rng, 4, False))
