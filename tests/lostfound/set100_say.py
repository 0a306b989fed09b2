"""set100 wording: colours, brand spellings, the many ways a serial gets written, typos and
time phrases. Nothing here knows who is paired with whom."""
from set100_world import when, EXAMS

COLORS = {
    "black": (["黑色", "黑", "深色", "哑光黑", "黑的", "曜石黑", "纯黑"], ["black", "matte black", "dark"]),
    "white": (["白色", "白", "米白", "乳白色", "珍珠白", "白的"], ["white", "off-white"]),
    "silver": (["银色", "银白色", "亮银", "银的"], ["silver"]),
    "grey": (["灰色", "深灰", "太空灰", "灰的", "铁灰"], ["grey", "gray", "dark grey"]),
    "blue": (["蓝色", "浅蓝", "天蓝色", "宝蓝", "蓝的"], ["blue", "light blue"]),
    "navy": (["深蓝", "藏青色", "藏蓝", "海军蓝", "深蓝色"], ["navy", "dark blue"]),
    "red": (["红色", "大红", "红的", "正红"], ["red"]),
    "pink": (["粉色", "粉红", "樱花粉", "浅粉", "粉的"], ["pink"]),
    "green": (["绿色", "墨绿", "深绿", "军绿色"], ["green", "dark green"]),
    "mint": (["薄荷绿", "浅绿", "淡绿色"], ["mint green", "light green"]),
    "gold": (["金色", "香槟金", "土豪金", "金的"], ["gold"]),
    "purple": (["紫色", "淡紫", "浅紫", "薰衣草紫"], ["purple", "lilac"]),
    "yellow": (["黄色", "明黄", "柠檬黄"], ["yellow"]),
    "brown": (["棕色", "咖啡色", "褐色", "驼色"], ["brown", "tan"]),
    "orange": (["橙色", "橘色", "橘黄色"], ["orange"]),
    "clear": (["透明", "透明的", "全透明"], ["clear", "transparent"]),
}

BRANDS = {
    "huawei": (["华为", "HUAWEI", "Huawei", "华伟", "huawei", "华为HUAWEI"], "Huawei"),
    "apple": (["苹果", "Apple", "iPhone", "apple", "平果", "苹果iPhone", "IPHONE"], "iPhone"),
    "apple_e": (["苹果", "Apple", "apple", "苹果的"], "Apple"),
    "xiaomi": (["小米", "Xiaomi", "MI", "xiaomi", "小咪"], "Xiaomi"),
    "oppo": (["OPPO", "oppo", "欧珀", "Oppo"], "OPPO"),
    "vivo": (["vivo", "VIVO", "维沃", "Vivo"], "vivo"),
    "honor": (["荣耀", "HONOR", "Honor", "容耀", "honor"], "Honor"),
    "jinhu": (["金狐", "JINHU", "Goldfox", "金狐狸", "金胡"], "Jinhu"),
    "lanlu": (["澜鹿", "LANLU", "lanlu", "兰鹿"], "Lanlu"),
    "xingye": (["行野", "XINGYE", "Xingye", "行也"], "Xingye"),
    "beiyu": (["北屿", "BEIYU", "Beiyu", "北鱼"], "Beiyu"),
    "anta": (["安踏", "ANTA", "anta", "按踏"], "ANTA"),
    "lining": (["李宁", "LI-NING", "Lining", "李宁牌", "LINING"], "Li-Ning"),
    "lvju": (["绿驹", "LVJU", "lvju", "绿居", "绿驹电动车"], "Lvju"),
    "sulu": (["速鹿", "SULU", "速路", "sulu"], "Sulu"),
    "feiling": (["飞羚", "FEILING", "飞灵", "Feiling"], "Feiling"),
    "giant": (["捷安特", "GIANT", "Giant", "杰安特", "捷安特GIANT"], "Giant"),
    "merida": (["美利达", "MERIDA", "美力达", "Merida"], "Merida"),
    "fengyu": (["凤羽", "FENGYU", "风羽"], "Fengyu"),
    "byd": (["比亚迪", "BYD", "byd"], "BYD"),
    "vw": (["大众", "VW", "Volkswagen", "大众汽车"], "VW"),
    "toyota": (["丰田", "TOYOTA", "Toyota"], "Toyota"),
    "jmt": (["金满堂", "JMT", "金满唐"], "JMT"),
    "yuelan": (["悦澜", "悦澜珠宝", "YUELAN"], "Yuelan"),
    "sony": (["索尼", "SONY", "Sony", "sony"], "Sony"),
    "dji": (["大疆", "DJI", "dji"], "DJI"),
    "leidian": (["雷电", "LEIDIAN", "雷店"], "Leidian"),
    "muyu": (["沐鱼", "MUYU", "木鱼"], "Muyu"),
    "tianqing": (["天晴", "TIANQING", "天青"], "Tianqing"),
    "mingmou": (["明眸", "MINGMOU", "明谋"], "Mingmou"),
    "lanjing": (["澜鲸", "LANJING", "Blue Whale", "兰鲸"], "Lanjing"),
    "casio_like": (["卡司欧", "KASIO"], "Kasio"),
}


def color_word(rng, fam, en=False):
    zh, e = COLORS[fam]
    return rng.choice(e) if en else rng.choice(zh)


def brand_word(rng, b, en=False):
    if en:
        return BRANDS[b][1]
    return rng.choice(BRANDS[b][0])


def canon_brand(b):
    return BRANDS[b][0][0]


# ---- serials ------------------------------------------------------------------
def sp(s, groups):
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    if i < len(s):
        out.append(s[i:])
    return " ".join(x for x in out if x)


def serial_forms(rng, stype, v, side="owner"):
    """Return one written form of a serial. side='finder' leans to what is printed."""
    if stype == "id":
        opts = [v, v, v[:4] + "*" * 10 + v[-4:], v[:6] + "*" * 8 + v[-4:], v[:3] + "*" * 11 + v[-4:],
                "尾号" + v[-4:], sp(v, [6, 8, 4]), v[:10] + "****" + v[-4:], v.lower() if v.endswith("X") else v]
        if side == "finder":
            opts = [v, v, v, v[:6] + "*" * 8 + v[-4:], v[:4] + "*" * 10 + v[-4:], sp(v, [6, 8, 4])]
        return rng.choice(opts)
    if stype == "ticket":
        opts = [v, v, "尾号" + v[-4:], "****" + v[-4:], sp(v, [2, 4, 2, 4]), v[:6] + "****" + v[-2:]]
        if side == "finder":
            opts = [v, v, v, sp(v, [2, 4, 2, 4])]
        return rng.choice(opts)
    if stype == "student":
        opts = [v, v, "学号" + v, "尾号" + v[-4:], v[:4] + "***" + v[-4:]]
        if side == "finder":
            opts = [v, "学号" + v, "学号:" + v]
        return rng.choice(opts)
    if stype == "card":  # v is (head, tail)
        h, t = v
        opts = [h + "****" + t, "尾号" + t, t, "**** **** **** " + t, "卡号后四位" + t, h + " **** **** " + t,
                "卡尾号" + t]
        if side == "finder":
            opts = [h + "****" + t, "尾号" + t, h + "********" + t, "末四位" + t]
        return rng.choice(opts)
    if stype == "imei":
        opts = [v, sp(v, [4, 4, 4, 3]), sp(v, [2, 6, 6, 1]), "-".join([v[:2], v[2:8], v[8:14], v[14:]]),
                "IMEI后六位" + v[-6:], "IMEI:" + v, "串号" + v]
        if side == "finder":
            opts = [v, "IMEI " + v]
        return rng.choice(opts)
    if stype == "frame":
        opts = [v, sp(v, [2, 4, 1, 6]), "车架号后六位" + v[-6:], v.lower(), "车架号" + v]
        return rng.choice(opts)
    if stype == "plate":
        opts = [v, v.replace("·", ""), v.replace("·", " "), v.replace("·", "").lower(), "车牌" + v]
        return rng.choice(opts)
    if stype == "sn":
        opts = [v, "SN:" + v, v.lower(), sp(v, [4, 4, 4]), "SN " + v, "序列号" + v]
        if side == "finder":
            opts = ["SN:" + v, v, "序列号" + v]
        return rng.choice(opts)
    if stype == "passport":
        opts = [v, "No. " + v, v[:2] + "*****" + v[-2:]]
        if side == "finder":
            opts = [v, "护照号" + v]
        return rng.choice(opts)
    return v


# ---- typos ----------------------------------------------------------------------
TYPO = [("身份证", "身分证"), ("准考证", "准考正"), ("钱包", "钱保"), ("钥匙", "钥是"), ("手机", "手几"),
        ("耳机", "耳几"), ("充电宝", "充电包"), ("自行车", "自形车"), ("银行卡", "银航卡"), ("黑色", "黑涩"),
        ("捡到", "检到"), ("附近", "付近"), ("麻烦", "麻凡"), ("学生证", "学声证"), ("书包", "书苞"),
        ("项链", "项连"), ("手链", "手连"), ("眼镜", "眼睛"), ("保温杯", "保温被"), ("门禁卡", "门禁咔"),
        ("丢了", "丢勒"), ("谢谢", "xiexie"), ("在", "再"), ("的", "得"), ("已经", "以经"), ("一串", "一窜"),
        ("电动车", "电东车"), ("联系", "连系"), ("蓝色", "兰色")]


def typo(rng, text, n=1):
    cands = [(a, b) for a, b in TYPO if a in text]
    rng.shuffle(cands)
    for a, b in cands[:n]:
        i = text.find(a)
        text = text[:i] + b + text[i + len(a):]
    return text


# ---- time -------------------------------------------------------------------------
CN_NUM = "零一二三四五六七八九十"


def cn_hour(h):
    if h <= 10:
        return CN_NUM[h]
    return "十" + CN_NUM[h - 10]


def part(h):
    if h < 5:
        return "凌晨"
    if h < 8:
        return "早上"
    if h < 11:
        return "上午"
    if h < 13:
        return "中午"
    if h < 18:
        return "下午"
    if h < 19:
        return "傍晚"
    return "晚上"


def h12(h):
    return h - 12 if h > 12 else h


def day_word(rng, dt):
    return rng.choice(["6月%d日" % dt.day, "%d号" % dt.day, "6月%d号" % dt.day, "%d日" % dt.day, "6.%d" % dt.day])


def tpoint(rng, m, en=False):
    dt = when(m)
    if en:
        ap = "am" if dt.hour < 12 else "pm"
        return rng.choice(["June %d around %d%s" % (dt.day, h12(dt.hour) or 12, ap),
                           "%d June, about %d:%02d" % (dt.day, dt.hour, dt.minute - dt.minute % 5)])
    d = day_word(rng, dt)
    k = rng.randrange(4)
    if k == 0:
        return "%s%s%d点左右" % (d, part(dt.hour), h12(dt.hour))
    if k == 1:
        return "%s%s%s点多" % (d, part(dt.hour), cn_hour(h12(dt.hour)))
    if k == 2:
        return "%s %d:%02d" % (d, dt.hour, dt.minute - dt.minute % 5)
    return "%s%s" % (d, part(dt.hour))


def twindow(rng, frm, to, en=False):
    a, b = when(frm), when(to)
    if en:
        return "between %s and %s" % (tpoint(rng, frm, True), tpoint(rng, to, True))
    if a.day == b.day:
        d = day_word(rng, a)
        if rng.random() < 0.5:
            return "%s%s%d点到%d点之间" % (d, " " if d[-1].isdigit() else "", a.hour, b.hour if b.hour > a.hour else a.hour + 1)
        return "%s%s%d点多到%s%d点多" % (d, part(a.hour), h12(a.hour), part(b.hour), h12(b.hour))
    return "%s到%s之间" % (tpoint(rng, frm), tpoint(rng, to))


def exam_hint(dt, own=False):
    """If dt falls near an exam session, a phrase like '考完数学出来'."""
    for day, s, e, subj in EXAMS:
        if dt.day != day:
            continue
        hr = dt.hour + dt.minute / 60.0
        if s - 1.5 <= hr < s:
            return "进考场考%s之前" % subj
        if e <= hr < e + 1.5:
            return "考完%s出来" % subj
        if s <= hr < e:
            return ("考%s的时候" if own else "孩子考%s的时候") % subj
    return None
