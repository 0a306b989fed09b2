"""set120 writers: turn a hidden truth record into a lost report (owner's voice, knows hidden
things) or a found registration (finder's voice, sees only what is visible or printed)."""
import set120_objects as O
import set120_world as W

BANK_PREFIX = ["6222", "6217", "6228", "6230", "6212", "6259"]

TYPOS_ZH = [("身份证", "身分证"), ("钥匙", "钥是"), ("充电宝", "冲电宝"), ("钱包", "钱抱"), ("耳机", "耳几"),
            ("闸口", "闸囗"), ("黑色", "黑涩"), ("工作证", "工做证"), ("电动车", "电动车车"), ("智能手机", "只能手机"),
            ("保温杯", "保温怀"), ("安全帽", "安全冒"), ("排队", "排对"), ("宿舍", "宿社"), ("左右", "左又")]
TYPOS_EN = [("wallet", "walet"), ("phone", "phnoe"), ("passport", "pasport"), ("black", "blak"), ("lost", "lsot"),
            ("Centre", "Center"), ("please", "pls"), ("around", "arround"), ("seaman's", "seamans"), ("keys", "keyes")]

MW = {"身份证": "张", "二代身份证": "张", "居民身份证": "张", "港区通行证": "张", "集卡司机IC卡": "张", "进港卡": "张",
      "港口通行卡": "张", "工作证": "个", "工牌": "个", "员工卡": "张", "胸卡": "个", "驾驶证": "本", "驾照和从业资格证": "套",
      "驾驶证加从业资格证": "套", "海员证": "本", "海员证件": "本", "船员证": "本", "护照": "本", "外国护照": "本",
      "船员登轮证": "张", "登轮证": "张", "临时登陆证": "张", "对讲机": "台", "手台": "台", "智能手表": "块", "运动手表": "块",
      "手环": "个", "金项链": "条", "项链": "条", "金链子": "条", "戒指": "枚", "婚戒": "枚", "结婚戒指": "枚", "玉镯": "只",
      "手镯": "只", "翡翠手镯": "只", "银手链": "条", "手链": "条", "安全帽": "顶", "头盔": "顶", "工地帽": "顶", "眼镜": "副",
      "近视眼镜": "副", "老花镜": "副", "念珠": "串", "玫瑰念珠": "串", "十字架手串": "串", "反光背心": "件", "反光马甲": "件",
      "工作马甲": "件", "钥匙串": "串", "一串钥匙": "", "宿舍钥匙": "串", "车钥匙": "把", "货车钥匙": "把", "集卡钥匙": "把",
      "电动车钥匙": "把", "电瓶车钥匙": "把", "钥匙": "串", "船舱钥匙": "串", "房间钥匙": "串", "现金": "笔", "钱": "笔",
      "一沓现金": "", "美元现金": "笔", "一沓美元": "", "扫码枪": "把", "巴枪": "把"}
CAT_MW = {"phone": "部", "ebike": "辆", "bicycle": "辆"}


def mw(noun, cat):
    if noun in MW:
        return MW[noun]
    return CAT_MW.get(cat, "个")


def color_zh(rng, c, drift=False):
    if drift and rng.random() < 0.5:
        return rng.choice(O.COLOR_DRIFT[c])
    return rng.choice(O.COLORS[c][0])


def color_en(rng, c):
    return rng.choice(O.COLORS[c][1])


def brand_word(rng, b, lang="zh", cat="phone"):
    zh, en, odd = O.BRANDS[b]
    if b == "apple" and cat != "phone":
        en, odd = ["Apple"], ["apple", "平果"]
    r = rng.random()
    if lang == "en":
        odd_en = [o for o in odd if o.isascii()] or en
        return rng.choice(en) if r < 0.85 else rng.choice(odd_en)
    if r < 0.5:
        return rng.choice(zh)
    if r < 0.85:
        return rng.choice(en)
    return rng.choice(odd)


def serial_text(rng, s, side):
    """one way of writing an identifying number; side is 'lost' or 'found'"""
    v, t = s["v"], s["t"]
    r = rng.random()
    if t == "imei":
        if r < 0.35:
            return v
        if r < 0.55:
            return "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14])
        if r < 0.7:
            return "IMEI:%s-%s-%s" % (v[:5], v[5:10], v[10:])
        if r < 0.85:
            return "%s %s" % (v[:8], v[8:])
        return "IMEI后六位%s" % v[-6:]
    if t == "id":
        if side == "lost":
            if r < 0.5:
                return v
            if r < 0.75:
                return v[:4] + "*" * 10 + v[-4:]
            return "身份证尾号%s" % v[-4:]
        if r < 0.45:
            return v[:6] + "********" + v[-4:]
        if r < 0.75:
            return v
        return v[:3] + "*" * 11 + v[-4:]
    if t == "tail":
        pre = rng.choice(BANK_PREFIX)
        if r < 0.3:
            return "尾号%s" % v
        if r < 0.55:
            return "%s****%s" % (pre, v)
        if r < 0.75:
            return "%s **** **** %s" % (pre, v)
        if r < 0.9:
            return "卡号后四位%s" % v
        return v
    if t == "plate":
        if r < 0.4:
            return v
        if r < 0.7:
            return v.replace("·", "")
        if r < 0.85:
            return v.replace("·", " ")
        return v.replace("·", "").lower()
    if t == "eplate":
        if r < 0.5:
            return v
        if r < 0.75:
            return v[:3] + "-" + v[3:]
        return v[2:]
    if t == "card":
        if r < 0.35:
            return v
        if r < 0.6:
            return v.replace("-", "")
        if r < 0.8:
            return v.split("-")[-1]
        return v.replace("-", " ").lower()
    if t == "badge":
        d = "".join(ch for ch in v if ch.isdigit())
        pre = "".join(ch for ch in v if ch.isalpha())
        if r < 0.35:
            return v
        if r < 0.55:
            return pre + d
        if r < 0.8:
            return "工号" + d
        return pre + "-" + d
    if t == "doc":
        if r < 0.45:
            return v
        if r < 0.65:
            return v.replace(" ", "")
        if r < 0.8:
            return "No. " + v
        return v.lower()
    if r < 0.6:
        return v
    if r < 0.8:
        return v.lower()
    return v[-6:]


def typo(rng, text, lang):
    pairs = TYPOS_EN if lang == "en" else TYPOS_ZH
    cand = [p for p in pairs if p[0] in text]
    if not cand:
        return text
    a, b = rng.choice(cand)
    return text.replace(a, b, 1)


def clip(s, n):
    s = s.strip()
    return s if len(s) <= n else s[:n]


def what_zh(rng, t, col_text, brand_text, model_text, noun, with_mw=True):
    parts = ""
    if col_text:
        parts += col_text + ("的" if rng.random() < 0.3 and not brand_text else "")
    if brand_text:
        parts += brand_text
    if model_text:
        parts += (" " if brand_text and brand_text[-1].isascii() else "") + model_text
    parts += noun
    if with_mw:
        m = mw(noun, t["cat"])
        if m:
            parts = "一" + m + parts
    return parts


def what_en(rng, t, col_text, brand_text, model_text, noun):
    bits = [b for b in [col_text, brand_text, model_text, noun] if b]
    return " ".join(bits)


def place_zh(rng, pid, with_spot=True):
    p = W.PLACE[pid]
    name = p[2] if rng.random() < 0.35 else rng.choice(p[3])
    if with_spot and rng.random() < 0.5:
        return name + rng.choice(p[7]), name
    return name, name


def place_en(rng, pid):
    p = W.PLACE[pid]
    if rng.random() < 0.4 and p[8]:
        return "%s (%s)" % (p[4], rng.choice(p[8]))
    return p[4]


def sail_en(rng, end):
    return rng.choice(["tomorrow", "in two days", "on Friday", "soon", "on %d March" % min(31, end.day + 2)])


# ---- lost reports --------------------------------------------------------
LOST_END = ["麻烦帮忙找找，谢谢！", "有消息请联系我，电话尾号{tail}。", "急！！", "", "里面东西很重要，拜托了。",
            "捡到的好心人请联系，必有酬谢。", "", "谢谢警官。"]

ACT = {"gate": ["排队等进港", "等放行", "办进港手续", "下车抽烟"], "rest": ["吃饭", "休息", "洗澡", "充电"],
       "wh": ["上夜班", "理货", "换衣服"], "berth": ["等着上船", "在码头"], "sea": ["上网", "买东西", "等接驳车"],
       "dorm": ["洗衣服", "等班车", "吃饭"], "ferry": ["坐渡轮", "等船"], "market": ["吃宵夜", "买海鲜", "吃烧烤"],
       "bonded": ["逛街", "买东西", "排队结账"]}


def lost_marks(rng, t, must):
    """what the owner tells: visible and hidden details, a random subset plus the ones that must be said"""
    out_zh, out_en = [], []
    for m in t["marks"]:
        say = m["kind"] == must or rng.random() < 0.55
        if say:
            out_zh.append(m["zh"])
            if m["en"]:
                out_en.append(m["en"])
    return out_zh, out_en


def write_lost(rng, t, pid, t_from, t_to, voice, must=None):
    """t_from/t_to are minutes before NOW (t_from >= t_to)"""
    a, b = W.at(t_from), W.at(t_to)
    own = t["owner"]
    zone = W.PLACE[pid][1]
    rec = {}
    english = voice == "seafarer"
    hurried = rng.random() < 0.12 and must is None
    noun = rng.choice(t["noun_en"] if english else t["noun"])
    ctext = (color_en(rng, t["color"]) if english else color_zh(rng, t["color"])) if rng.random() < 0.85 or must == "color" else ""
    btext = brand_word(rng, t["brand"], "en" if english else "zh", t["cat"]) if t["brand"] and rng.random() < 0.8 else ""
    mtext = t["model"] if t["model"] and rng.random() < 0.45 else ""
    s = t["serial"]
    say_serial = s is not None and s["own"] and (must == "serial" or rng.random() < 0.6)
    stext = serial_text(rng, s, "lost") if say_serial else ""
    mz, me = lost_marks(rng, t, must)
    if hurried:
        mz, me = mz[:1], me[:1]
        mtext = ""
    if english:
        for a_, b_ in (("IMEI后六位", "last six digits "), ("身份证尾号", "ending "), ("卡号后四位", "ending "),
                       ("尾号", "ending "), ("工号", "")):
            stext = stext.replace(a_, b_)
        X = what_en(rng, t, ctext, btext, mtext, noun)
        P = place_en(rng, pid)
        Wh = W.window_en(a, b, rng)
        D = "".join(x[0].upper() + x[1:] + ". " for x in me)
        S = ("%s %s. " % (s["label"][1].capitalize(), stext) if not stext.startswith("No.") else stext + ". ") if stext else ""
        S = S.replace("ending ending", "ending")
        name, ship, rank = own["name"], own["ship"], own["rank"]
        if hurried:
            body = "lost %s at %s %s. %s%s- %s, %s" % (X, P, Wh, D, S, name, ship)
        else:
            form = rng.randrange(4)
            if form == 0:
                body = ("Good day sir. I am %s, %s on %s. I lost my %s %s at %s. %s%sOur ship sails %s, please contact the ship agent."
                        % (name, rank, ship, X, Wh, P, D, S, sail_en(rng, b)))
            elif form == 1:
                body = "Lost: %s. Place: %s. Time: %s. %s%s%s %s / %s (%s crew)" % (X, P, Wh, D, S, rank, name, ship, own["adj"])
            elif form == 2:
                body = "Hello, my %s is missing, I think I left it at %s %s. %s%sThank you very much. %s, %s" % (
                    X, P, Wh, D, S, name, ship)
            else:
                body = "Hello. My name %s, I am %s on vessel %s. %s I was at %s and lose %s. %s%s" % (
                    name, rank, ship, Wh[0].upper() + Wh[1:], P, X, D, S)
        if rng.random() < 0.15:
            body = typo(rng, body, "en")
    else:
        X = what_zh(rng, t, ctext, btext, mtext, noun)
        Pfull, Pname = place_zh(rng, pid)
        Wh = W.window_zh(a, b, rng)
        D = "，".join(mz) + ("。" if mz else "")
        S = ("%s%s。" % (s["label"][0] + ("是" if rng.random() < 0.5 else "："), stext)) if stext and not stext.startswith(("尾号", "身份证尾号", "IMEI", "工号", "卡号")) else (stext + "。" if stext else "")
        E = rng.choice(LOST_END).replace("{tail}", own["phone_tail"])
        act = rng.choice(ACT[zone])
        if hurried:
            body = rng.choice(["%s丢了%s，%s" % (Pname, X, D), "%s %s 丢失%s。%s" % (Wh, Pname, X, D), "丢%s，在%s。%s" % (X, Pname, S)])
        elif voice == "driver":
            form = rng.randrange(4)
            if form == 0:
                body = "%s是%s%s的集卡司机，%s在%s%s，%s不见了。%s%s%s" % (own["self"], own["prov"], own["city"], Wh, Pfull, act, X, D, S, E)
            elif form == 1:
                body = "%s在%s%s，走的时候%s落下了，回头去找没找到。%s%s%s" % (Wh, Pfull, act, X, D, S, E)
            elif form == 2:
                body = "%s车牌的货车司机，%s，%s，丢失%s。%s%s车还在港里等柜，急用。" % (W.PLATE_PREFIX.get(own["prov"], "浙"), Wh, Pfull, X, D, S)
            else:
                body = "跑车的，%s丢在%s了，时间是%s。%s%s%s" % (X, Pfull, Wh, D, S, E)
        elif voice == "night":
            form = rng.randrange(3)
            if form == 0:
                body = "%s夜班的，%s在%s，%s找不到了。%s%s%s" % (W.COMPANY_SHORT.get(own.get("company"), "仓库"), Wh, Pfull, X, D, S, E)
            elif form == 1:
                body = "上夜班，%s，%s放在%s，下班就没了。%s%s%s" % (Wh, X, Pfull, D, S, E)
            else:
                body = "本人在%s上班，%s%s时丢了%s。%s%s" % (Pname, Wh, act, X, D, S)
        elif voice == "dorm":
            body = "住港工宿舍%s的，%s在%s%s，丢了%s。%s%s%s" % (own.get("room", ""), Wh, Pfull, act, X, D, S, E)
        elif voice == "local":
            body = "%s在%s%s的时候%s丢了。%s%s%s" % (Wh, Pfull, act, X, D, S, E)
        elif voice == "dormmgr":
            body = "宿管代登记：%s室%s（%s）%s在%s丢失%s。%s%s" % (
                own.get("room", ""), own["name"], W.COMPANY_SHORT.get(own.get("company"), ""), Wh, Pfull, X, D, S)
        else:  # desk
            if own["foreign"]:
                body = "外籍船员%s（%s，%s籍%s）报称%s在%s丢失%s。%s%s" % (
                    own["name"], own["ship"], own["zh"], own["rank"], Wh, Pfull, X, D, S)
            elif rng.random() < 0.5:
                body = "报失：%s。地点：%s。时间：%s。%s%s" % (X, Pfull, Wh, D, S)
            else:
                body = "失主%s某称%s在%s遗失%s，%s%s" % (own["name"][0], Wh, Pfull, X, D, S)
        if rng.random() < 0.15 or hurried and rng.random() < 0.5:
            body = typo(rng, body, "zh")
    body = body.strip()
    if body.endswith("，"):
        body = body[:-1] + "。"
    rec["body"] = clip(body.replace("。。", "。").replace("，。", "。"), 600)
    # structured fields, filled unevenly
    fill = 0.35 if hurried else 1.0
    if rng.random() < 0.65 * fill:
        rec["color"] = color_en(rng, t["color"]) if english and rng.random() < 0.6 else color_zh(rng, t["color"])
    if t["brand"] and rng.random() < 0.55 * fill:
        rec["brand"] = brand_word(rng, t["brand"], "en" if english else "zh", t["cat"])
    if t["model"] and rng.random() < 0.35 * fill:
        rec["model"] = t["model"] if rng.random() < 0.8 else t["model"].lower().replace(" ", "")
    if s and s["own"] and rng.random() < (0.75 if say_serial else 0.2) * fill:
        rec["serial"] = clip(serial_text(rng, s, "lost"), 60)
    if rng.random() < 0.5 * fill:
        mm = [m["zh"] for m in t["marks"] if rng.random() < 0.7 or m["kind"] == must]
        if english and rng.random() < 0.6:
            mm = [m["en"] for m in t["marks"] if m["en"]]
        if mm:
            rec["marks"] = clip("；".join(mm) if not english else "; ".join(mm), 500)
    if rng.random() < 0.75 * fill:
        if english and rng.random() < 0.6:
            rec["address"] = clip(W.PLACE[pid][4], 60)
        else:
            rec["address"] = clip(place_zh(rng, pid)[0], 60)
    if rng.random() < 0.4 * fill:
        rec["lat"], rec["lon"] = W.coords(rng, pid)
    return rec


# ---- found registrations -------------------------------------------------
def found_marks(rng, t, must=None):
    out_zh, out_en = [], []
    for m in t["marks"]:
        if m["vis"] and (rng.random() < 0.7 or m["kind"] == must):
            out_zh.append(m["zh"])
            if m["en"]:
                out_en.append(m["en"])
    return out_zh, out_en


def write_found(rng, t, pid, f_at, voice, must=None):
    d = W.at(f_at)
    zone = W.PLACE[pid][1]
    rec = {}
    english = voice == "centre" and rng.random() < 0.45 and must is None
    terse = voice == "desk" or rng.random() < 0.1
    noun = rng.choice(t["noun_en"] if english else t["noun"])
    if t["cat"] == "cash" and not english:
        noun = rng.choice(["现金", "一沓钱", "信封装的现金"])
    ctext = (color_en(rng, t["color"]) if english else color_zh(rng, t["color"], drift=rng.random() < 0.1 and must != "color")) \
        if rng.random() < 0.9 or must == "color" else ""
    bvis = t["brand"] and rng.random() < 0.75
    btext = brand_word(rng, t["brand"], "en" if english else "zh", t["cat"]) if bvis else ""
    mtext = t["model"] if t["model"] and t["model_vis"] and rng.random() < 0.5 else ""
    s = t["serial"]
    seen = s is not None and s["vis"] and (rng.random() < 0.7 or must == "serial")
    stext = serial_text(rng, s, "found") if seen else ""
    mz, me = found_marks(rng, t, must)
    extra = []
    if t["cat"] == "cash" and rng.random() < 0.75:
        extra.append("经清点共%d%s" % (t["amount"], "美元" if t["owner"]["foreign"] else "元"))
    if t["cat"] == "wallet":
        cash = [m for m in t["marks"] if m["kind"] == "cash"]
        if cash and rng.random() < 0.5:
            amt = int("".join(ch for ch in cash[0]["zh"] if ch.isdigit()))
            extra.append("内有人民币%d元" % amt)
    if t["cat"] == "phone" and s and not s["vis"] and rng.random() < 0.2:
        stext = serial_text(rng, s, "found")
        extra.append("紧急拨号*#06#查得IMEI")
    if english:
        X = what_en(rng, t, ctext, btext, mtext, noun)
        Pen = place_en(rng, pid)
        T = W.moment_en(d, rng)
        D = "".join(x[0].upper() + x[1:] + ". " for x in me)
        S = ("%s %s. " % (s["label"][1], stext) if not stext.startswith("No.") else stext + ". ") if stext else ""
        body = rng.choice(["Found %s at %s: %s. %s%sKept at front desk, handed to police desk." % (T, Pen, X, D, S),
                           "Item found by centre staff at %s %s - %s. %s%s" % (Pen, T, X, D, S)])
        body = body.replace("..", ".")
    else:
        X = what_zh(rng, t, ctext, btext, mtext, noun, with_mw=rng.random() < 0.7)
        Pfull, Pname = place_zh(rng, pid)
        spot = rng.choice(W.PLACE[pid][7])
        T = W.moment_zh(d, rng, loose=rng.random() < 0.6)
        D = "，".join(mz + extra) + ("。" if mz or extra else "")
        S = ("%s%s%s。" % (s["label"][0], rng.choice(["：", " ", "为"]), stext)) if stext and not stext.startswith(("尾号", "IMEI", "工号", "卡号")) else (stext + "。" if stext else "")
        finder = W.cn_name(rng)
        if terse:
            body = rng.choice(["拾得：%s。%s，%s。%s%s" % (X, Pfull, T, D, S),
                               "%s %s 捡到%s。%s%s" % (T, Pname, X, D, S),
                               "拾得%s，地点%s。%s%s" % (X, Pname, D, S)])
        elif voice == "guard":
            body = rng.choice(["%s值班保安%s巡逻时在%s捡到%s，%s%s已交港区治安岗。" % (Pname, finder, spot, X, D, S),
                               "保安队：%s在%s%s发现%s，无人认领。%s%s" % (T, Pname, spot, X, D, S),
                               "港区保安%s交来%s，%s在%s捡的。%s%s" % (finder[0] + "师傅", X, T, Pfull, D, S)])
        elif voice == "canteen":
            body = "食堂%s阿姨%s收拾桌子时在%s%s发现%s，%s%s先交到这里。" % (finder[0], T, Pname, spot, X, D, S)
        elif voice == "cleaner":
            body = "保洁员%s%s在%s%s打扫时拾到%s。%s%s" % (finder, T, Pname, spot, X, D, S)
        elif voice == "driverf":
            body = "集卡司机%s送来：%s在%s捡的%s。%s%s" % (finder, T, Pfull, X, D, S)
        elif voice == "coworker":
            body = "仓库同事%s在%s%s捡到%s，交到值班室。%s%s" % (finder, Pname, spot, X, D, S)
        elif voice == "dormmgr":
            body = "宿管：%s，%s%s有人落下%s，%s%s放在门卫室了。" % (T, Pname, spot, X, D, S)
        elif voice == "centre":
            body = "海员之家前台%s在%s捡到%s，%s%s应该是外籍船员的。" % (T, spot, X, D, S)
        elif voice == "ferry":
            body = "澄渡6号乘务员%s%s在%s拾到%s，%s%s" % (finder, T, spot, X, D, S)
        elif voice == "vendor":
            body = "夜市摊主%s%s在%s%s捡到%s，%s%s交到警务室。" % (finder[0] + "老板", T, Pname, spot, X, D, S)
        elif voice == "shop":
            body = "%s店员%s在%s发现顾客遗留的%s，%s%s" % (Pname, T, spot, X, D, S)
        else:  # passenger
            body = "市民%s%s在%s捡到%s送来。%s%s" % (finder, T, Pfull, X, D, S)
        if rng.random() < 0.12:
            body = typo(rng, body, "zh")
    body = body.strip()
    if body.endswith("，"):
        body = body[:-1] + "。"
    rec["body"] = clip(body.replace("。。", "。").replace("，。", "。"), 600)
    fill = 0.5 if terse and rng.random() < 0.4 else 1.0
    if rng.random() < 0.75 * fill:
        rec["color"] = color_en(rng, t["color"]) if english else color_zh(rng, t["color"], drift=rng.random() < 0.08)
    if bvis and rng.random() < 0.65 * fill:
        rec["brand"] = brand_word(rng, t["brand"], "en" if english else "zh", t["cat"])
    if t["model"] and t["model_vis"] and rng.random() < 0.3 * fill:
        rec["model"] = t["model"]
    if stext and rng.random() < 0.7:
        rec["serial"] = clip(serial_text(rng, s, "found") if rng.random() < 0.5 else stext, 60)
    if rng.random() < 0.55 * fill:
        mm = [m for m in (me if english else mz + extra)]
        if mm:
            rec["marks"] = clip(("; " if english else "；").join(mm), 500)
    if rng.random() < 0.9:
        rec["address"] = clip(W.PLACE[pid][4] if english else (W.PLACE[pid][2] + (rng.choice(W.PLACE[pid][7]) if rng.random() < 0.4 else "")), 60)
    if rng.random() < 0.65 * fill:
        rec["lat"], rec["lon"] = W.coords(rng, pid)
    return rec
