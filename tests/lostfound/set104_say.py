"""How people write things: brand spellings, colour words, serials, typos, times."""
import datetime

from set104_world import NOW

# canonical brand -> (ways an owner writes it, ways a finder writes it)
BRANDS = {
    "华为": (["华为", "HUAWEI", "huawei", "华为"], ["华为", "HUAWEI", "华伟", "华为"]),
    "苹果": (["苹果", "iPhone", "Apple", "苹果"], ["苹果", "apple", "平果", "苹果的"]),
    "小米": (["小米", "Xiaomi", "xiaomi", "小米"], ["小米", "MI", "xiao mi"]),
    "OPPO": (["OPPO", "oppo", "欧珀"], ["OPPO", "oppo", "opp0"]),
    "vivo": (["vivo", "VIVO", "维沃"], ["vivo", "VIVO", "vivo的"]),
    "荣耀": (["荣耀", "HONOR", "honor"], ["荣耀", "HONOR", "荣曜"]),
    "雅迪": (["雅迪", "Yadea", "yadi"], ["雅迪", "亚迪", "YADEA"]),
    "爱玛": (["爱玛", "AIMA", "aima"], ["爱玛", "艾玛", "AIMA"]),
    "小牛": (["小牛", "NIU", "niu"], ["小牛", "NIU", "牛牌"]),
    "台铃": (["台铃", "TAILG", "tailing"], ["台铃", "台玲", "TAILG"]),
    "捷安特": (["捷安特", "GIANT", "giant"], ["捷安特", "GIANT", "杰安特"]),
    "凤凰": (["凤凰", "凤凰牌", "PHOENIX"], ["凤凰", "凤凰牌", "老凤凰"]),
    "永久": (["永久", "永久牌", "FOREVER"], ["永久", "永久牌", "永久的"]),
    "迪卡侬": (["迪卡侬", "Decathlon", "decathlon"], ["迪卡侬", "DECATHLON", "迪卡农"]),
    "索尼": (["索尼", "SONY", "sony"], ["索尼", "SONY", "索尼的"]),
    "佳能": (["佳能", "Canon", "canon"], ["佳能", "CANON", "加能"]),
    "大疆": (["大疆", "DJI", "dji"], ["大疆", "DJI", "大江"]),
    "任天堂": (["任天堂", "Nintendo", "switch"], ["任天堂", "NINTENDO"]),
    "上海牌": (["上海牌", "上海", "SHANGHAI"], ["上海牌", "上海"]),
    "周大福": (["周大福", "CTF", "周大福"], ["周大福", "周大富", "CTF"]),
    "老凤祥": (["老凤祥", "老凤祥"], ["老凤祥", "老凤翔"]),
    "新秀丽": (["新秀丽", "Samsonite", "samsonite"], ["新秀丽", "SAMSONITE"]),
    "始祖鸟": (["始祖鸟", "Arc'teryx", "arcteryx"], ["始祖鸟", "鸟标"]),
    "小天才": (["小天才", "imoo"], ["小天才", "小天材"]),
    "Borealis": (["Borealis", "borealis", "北极光"], ["Borealis", "BOREALIS", "borealis"]),
    "铁匠": (["铁匠", "Smith FX", "铁匠效果器"], ["铁匠", "SMITH FX"]),
    "漫步者": (["漫步者", "EDIFIER", "edifier"], ["漫步者", "EDIFIER"]),
    "罗技": (["罗技", "Logitech", "logi"], ["罗技", "logi", "LOGITECH"]),
    "联想": (["联想", "Lenovo", "lenovo"], ["联想", "LENOVO", "联想的"]),
    "公牛": (["公牛", "BULL"], ["公牛", "BULL"]),
    "安克": (["安克", "Anker", "anker"], ["安克", "ANKER"]),
    "卡西欧": (["卡西欧", "CASIO", "casio"], ["卡西欧", "CASIO", "卡西鸥"]),
    "铁原钢花": (["钢花牌", "厂里的钢花牌"], ["钢花牌", "钢花"]),
}
EN_BRAND = {"苹果": "Apple", "华为": "Huawei", "小米": "Xiaomi", "捷安特": "Giant", "迪卡侬": "Decathlon",
            "索尼": "Sony", "佳能": "Canon", "大疆": "DJI", "新秀丽": "Samsonite", "联想": "Lenovo",
            "安克": "Anker", "卡西欧": "Casio", "荣耀": "Honor", "小牛": "NIU", "雅迪": "Yadea"}

# canonical colour -> (owner words, finder words, english)
COLORS = {
    "黑": (["黑色", "黑", "曜石黑", "哑光黑", "纯黑"], ["黑色", "深色", "黑的", "黑"], "black"),
    "白": (["白色", "白", "珍珠白", "米白"], ["白色", "白的", "浅色", "白"], "white"),
    "银": (["银色", "银", "星河银", "亮银"], ["银色", "银灰色", "银白色"], "silver"),
    "蓝": (["蓝色", "深蓝", "藏青色", "宝石蓝"], ["蓝色", "蓝的", "深蓝色"], "blue"),
    "红": (["红色", "酒红", "大红色"], ["红色", "红的", "暗红色"], "red"),
    "粉": (["粉色", "樱花粉", "浅粉"], ["粉色", "粉红色", "粉的"], "pink"),
    "绿": (["绿色", "墨绿", "军绿", "薄荷绿"], ["绿色", "深绿色", "绿的"], "green"),
    "灰": (["灰色", "深空灰", "浅灰"], ["灰色", "深灰", "灰的"], "grey"),
    "金": (["金色", "香槟金", "玫瑰金"], ["金色", "金黄色", "金的"], "gold"),
    "黄": (["黄色", "柠檬黄", "明黄"], ["黄色", "黄的"], "yellow"),
    "紫": (["紫色", "香芋紫", "淡紫"], ["紫色", "浅紫色"], "purple"),
    "棕": (["棕色", "咖啡色", "驼色"], ["棕色", "褐色", "咖啡色"], "brown"),
}

TYPO = {"的": "得", "在": "再", "机": "积", "包": "抱", "钱": "前", "机": "鸡", "丢": "掉", "钥": "要",
        "话": "化", "色": "涩", "里": "理", "到": "倒", "联": "连", "系": "细", "谢": "卸", "号": "好"}


def typo(rng, s, n=1):
    keys = sorted(TYPO)
    for _ in range(n):
        hits = [c for c in keys if c in s]
        if not hits:
            return s
        c = rng.choice(hits)
        i = s.find(c)
        s = s[:i] + TYPO[c] + s[i + 1:]
    return s


def brand_owner(rng, b):
    return rng.choice(BRANDS[b][0]) if b in BRANDS else b


def brand_finder(rng, b):
    return rng.choice(BRANDS[b][1]) if b in BRANDS else b


def color_owner(rng, c):
    return rng.choice(COLORS[c][0])


def color_finder(rng, c):
    return rng.choice(COLORS[c][1])


def color_en(c):
    return COLORS[c][2]


# ---- numbers -------------------------------------------------------------------------------
def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def make_imei(rng):
    body = rng.choice(["86", "35", "86", "86"]) + "".join(str(rng.randrange(10)) for _ in range(12))
    return body + luhn_digit(body)


W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(d17):
    return "10X98765432"[sum(int(a) * b for a, b in zip(d17, W)) % 11]


def make_id(rng, region, year):
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    seq = "%03d" % rng.randint(1, 999)
    d17 = "%s%04d%02d%02d%s" % (region, year, month, day, seq)
    return d17 + id_check(d17)


def fmt_imei(rng, imei, who="owner"):
    s = rng.randrange(6)
    if s == 0:
        return imei
    if s == 1:
        return "IMEI:" + imei
    if s == 2:
        return imei[:2] + " " + imei[2:8] + " " + imei[8:14] + " " + imei[14]
    if s == 3:
        return " ".join(imei[i:i + 4] for i in range(0, 15, 4))
    if s == 4:
        return imei[:8] + "-" + imei[8:]
    return "IMEI后六位" + imei[-6:]


def fmt_id(rng, idn, who="owner"):
    s = rng.randrange(6 if who == "owner" else 4)
    if s == 0:
        return idn
    if s == 1:
        return idn[:6] + " " + idn[6:14] + " " + idn[14:]
    if s == 2:
        return idn[:4] + "*" * 10 + idn[-4:]
    if s == 3:
        return idn[:6] + "********" + idn[-4:]
    if s == 4:
        return "身份证尾号" + idn[-4:]
    return idn.lower() if idn.endswith("X") else idn[:3] + "***********" + idn[-4:]


def fmt_tail(rng, prefix, tail, who="owner"):
    s = rng.randrange(4)
    if who == "finder":
        if s <= 1:
            return prefix + "********" + tail
        if s == 2:
            return prefix[:4] + " **** **** " + tail
        return "尾号" + tail
    if s == 0:
        return "尾号" + tail
    if s == 1:
        return tail
    if s == 2:
        return "卡号后四位" + tail
    return "****" + tail


def nice_time(m):
    """minutes before NOW -> a date-time phrase as a person would say it"""
    t = NOW - datetime.timedelta(minutes=m)
    h = t.hour
    if h < 5:
        part = "凌晨"
    elif h < 9:
        part = "早上"
    elif h < 12:
        part = "上午"
    elif h < 14:
        part = "中午"
    elif h < 18:
        part = "下午"
    elif h < 20:
        part = "傍晚"
    else:
        part = "晚上"
    hh = h if h <= 12 else h - 12
    if hh == 0:
        hh, part = 12, "半夜"
    half = "半" if t.minute >= 30 else ("多" if t.minute >= 10 else "")
    return "%d月%d号%s%d点%s" % (t.month, t.day, part, hh, half), t


def day_phrase(m):
    t = NOW - datetime.timedelta(minutes=m)
    wk = "一二三四五六日"[t.weekday()]
    return "%d月%d日(周%s)" % (t.month, t.day, wk)


def en_time(m):
    t = NOW - datetime.timedelta(minutes=m)
    h = t.hour % 12 or 12
    ap = "am" if t.hour < 12 else "pm"
    return "%s %d Aug around %d%s" % (t.strftime("%A"), t.day, h, ap)
