"""set101 ways of saying things: colours, brand spellings, serial formats, typos, times."""
from set101_world import when, MID_AUTUMN

COLORS = {
    "black": (["黑色", "黑", "深色", "哑光黑", "黑的", "墨黑色", "亮黑"], ["black", "matte black", "dark"]),
    "white": (["白色", "白", "米白", "乳白色", "白的"], ["white", "off-white", "cream"]),
    "silver": (["银色", "银白", "银灰色", "银的"], ["silver", "silvery grey"]),
    "gray": (["灰色", "深灰", "浅灰", "灰的"], ["grey", "gray", "dark grey"]),
    "blue": (["蓝色", "深蓝", "藏青色", "宝蓝", "天蓝色", "蓝的"], ["blue", "navy", "dark blue"]),
    "red": (["红色", "大红", "酒红色", "红的"], ["red", "wine red", "burgundy"]),
    "pink": (["粉色", "粉红", "浅粉色", "粉的"], ["pink", "light pink"]),
    "green": (["绿色", "墨绿", "军绿色", "草绿"], ["green", "dark green", "olive"]),
    "gold": (["金色", "香槟金", "土豪金", "金黄"], ["gold", "champagne gold"]),
    "purple": (["紫色", "淡紫", "紫的"], ["purple", "lilac"]),
    "brown": (["棕色", "咖啡色", "褐色", "深棕"], ["brown", "tan", "dark brown"]),
    "yellow": (["黄色", "明黄", "柠檬黄"], ["yellow"]),
    "orange": (["橙色", "橘色", "橘黄"], ["orange"]),
}
# what a finder in poor light, or a different eye, may call a colour
CONFUSE = {"blue": ["black", "purple"], "gray": ["silver", "black"], "silver": ["gray", "white"],
           "gold": ["yellow", "brown"], "pink": ["red", "purple"], "red": ["pink", "brown"],
           "green": ["black", "gray"], "brown": ["black", "red"], "purple": ["blue", "pink"],
           "white": ["silver", "gray"], "black": ["gray", "blue"], "yellow": ["gold", "orange"],
           "orange": ["red", "yellow"]}

BRANDS = {
    # key: (zh spellings, en/pinyin/typo spellings)
    "huawei": (["华为", "华为", "华伟", "华为手机"], ["HUAWEI", "Huawei", "huawei", "HUAWE"]),
    "apple": (["苹果", "苹果", "平果", "苹果手机"], ["iPhone", "Apple", "apple", "iphone", "IPHONE"]),
    "xiaomi": (["小米", "小米", "红米"], ["Xiaomi", "MI", "xiaomi", "Redmi"]),
    "oppo": (["欧珀", "OPPO"], ["OPPO", "oppo", "Oppo"]),
    "vivo": (["维沃", "vivo", "步步高vivo"], ["vivo", "VIVO", "Vivo"]),
    "honor": (["荣耀", "荣耀", "容耀"], ["HONOR", "Honor", "rongyao"]),
    "samsung": (["三星", "三星"], ["Samsung", "SAMSUNG", "sanxing"]),
    "septwolves": (["七匹狼", "七匹狼", "七皮狼"], ["SEPTWOLVES", "septwolves", "qipilang"]),
    "goldlion": (["金利来", "金利来", "金力来"], ["Goldlion", "GOLDLION", "jinlilai"]),
    "coach": (["蔻驰", "寇驰"], ["COACH", "Coach", "coach"]),
    "yadea": (["雅迪", "雅迪", "亚迪"], ["YADEA", "Yadea", "yadi"]),
    "aima": (["爱玛", "爱玛", "艾玛"], ["AIMA", "Aima", "aima"]),
    "tailg": (["台铃", "台铃", "台玲"], ["TAILG", "Tailg", "tailing"]),
    "sunra": (["新日", "新日"], ["SUNRA", "Sunra", "xinri"]),
    "giant": (["捷安特", "捷安特", "杰安特"], ["GIANT", "Giant", "giant"]),
    "merida": (["美利达", "美丽达"], ["MERIDA", "Merida"]),
    "forever": (["永久", "永久牌"], ["FOREVER", "Forever", "yongjiu"]),
    "phoenix": (["凤凰", "凤凰牌"], ["PHOENIX", "Phoenix", "fenghuang"]),
    "samsonite": (["新秀丽", "新秀丽", "新秀利"], ["Samsonite", "SAMSONITE", "samsonite"]),
    "decathlon": (["迪卡侬", "迪卡侬", "迪卡龙"], ["DECATHLON", "Decathlon", "Quechua"]),
    "nike": (["耐克", "耐克", "奈克"], ["NIKE", "Nike", "nike"]),
    "camel": (["骆驼", "骆驼牌"], ["CAMEL", "Camel", "luotuo"]),
    "ctf": (["周大福", "周大福", "周大富"], ["Chow Tai Fook", "CTF", "zhoudafu"]),
    "lfx": (["老凤祥", "老凤翔"], ["Lao Feng Xiang", "LFX", "laofengxiang"]),
    "css": (["周生生", "周生升"], ["Chow Sang Sang", "zhoushengsheng"]),
    "canon": (["佳能", "佳能", "家能"], ["Canon", "CANON", "canon"]),
    "sony": (["索尼", "索尼"], ["SONY", "Sony", "suoni"]),
    "fujifilm": (["富士", "富士"], ["FUJIFILM", "Fuji", "fushi"]),
    "lenovo": (["联想", "联想"], ["Lenovo", "LENOVO", "lianxiang"]),
    "romoss": (["罗马仕", "罗马士"], ["ROMOSS", "Romoss"]),
    "xtc": (["小天才", "小天材"], ["imoo", "xiaotiancai"]),
    "kindle": (["亚马逊", "Kindle"], ["Kindle", "kindle", "Amazon"]),
    "changan": (["长安", "长安汽车"], ["Changan", "CHANGAN"]),
    "wuling": (["五菱", "五凌"], ["Wuling", "WULING"]),
    "vw": (["大众", "大众"], ["VW", "Volkswagen", "dazhong"]),
    "toyota": (["丰田", "丰田"], ["Toyota", "TOYOTA", "fengtian"]),
    "paradise": (["天堂伞", "天堂"], ["Paradise", "tiantang"]),
    "thermos": (["膳魔师", "膳魔士"], ["THERMOS", "Thermos"]),
    "zojirushi": (["象印", "象印"], ["ZOJIRUSHI", "Zojirushi"]),
    "jiangyue": (["江月斋", "江月斋"], ["Jiangyuezhai", "jiangyuezhai"]),
}

TYPOS = [("手机", "手几"), ("钱包", "前包"), ("钥匙", "要匙"), ("身份证", "身分证"), ("电动车", "电动扯"),
         ("黑色", "嘿色"), ("丢了", "丢勒"), ("捡到", "检到"), ("耳机", "耳鸡"), ("背包", "被包"),
         ("码头", "马头"), ("缆车", "揽车"), ("火锅", "火过"), ("充电宝", "冲电宝"), ("银行卡", "银航卡"),
         ("的", "得"), ("在", "再"), ("已经", "以经"), ("联系", "连系"), ("谢谢", "谢射"), ("宿舍", "宿社"),
         ("lost", "lsot"), ("phone", "phnoe"), ("ferry", "ferrry"), ("please", "pleas"), ("wallet", "walet")]


def color_word(rng, c, en=False, perceive=False):
    if c is None:
        return None
    if perceive and rng.random() < 0.12 and c in CONFUSE:
        c = rng.choice(CONFUSE[c])
    return rng.choice(COLORS[c][1] if en else COLORS[c][0])


def brand_word(rng, b, en=False, mix=0.35, cat=None):
    if b is None:
        return None
    zh, enl = BRANDS[b]
    if cat != "phone":
        zh = [x for x in zh if not x.endswith("手机")] or zh
    if en or rng.random() < mix:
        return rng.choice(enl)
    return rng.choice(zh)


def typo(rng, text, n=1):
    cands = [(a, b) for a, b in TYPOS if a in text]
    rng.shuffle(cands)
    for a, b in cands[:n]:
        i = text.find(a)
        text = text[:i] + b + text[i + len(a):]
    return text


def fmt_imei(rng, s, partial_ok=True):
    r = rng.random()
    if partial_ok and r < 0.2:
        return "IMEI后六位" + s[-6:]
    if r < 0.45:
        return s
    if r < 0.65:
        return "%s %s %s %s" % (s[:2], s[2:8], s[8:14], s[14:])
    if r < 0.8:
        return " ".join(s[i:i + 4] for i in range(0, 15, 4))
    return "IMEI:" + s


def fmt_card(rng, bin6, tail):
    return rng.choice(["尾号" + tail, tail, bin6[:4] + "****" + tail, "卡号后四位" + tail,
                       bin6 + "******" + tail, bin6[:4] + " **** **** " + tail, "末四位" + tail])


def fmt_id(rng, idno, owner=True):
    r = rng.random()
    if owner and r < 0.35:
        return idno
    if r < 0.6:
        return idno[:6] + "********" + idno[-4:]
    if r < 0.75:
        return idno[:3] + "***********" + idno[-4:]
    if r < 0.88:
        return "身份证后四位" + idno[-4:]
    return idno[:10] + "****" + idno[-4:]


CN_NUM = "零一二三四五六七八九十"


def cn_hour(h):
    if h <= 10:
        return CN_NUM[h]
    return "十" + CN_NUM[h - 10]


def day_part(h):
    if h < 6:
        return "凌晨"
    if h < 9:
        return "早上"
    if h < 12:
        return "上午"
    if h < 14:
        return "中午"
    if h < 18:
        return "下午"
    return "晚上"


def time_phrase(rng, m, style="plain"):
    """how a person names a moment m minutes before T0"""
    t = when(m)
    h = t.hour
    h12 = h if h <= 12 else h - 12
    dp = day_part(h)
    if style == "en":
        ap = "am" if h < 12 else "pm"
        return rng.choice(["%d Sept around %d%s" % (t.day, h12 or 12, ap),
                           "Sep %d, about %d:%02d" % (t.day, h, (t.minute // 10) * 10),
                           "on the %d%s, %s" % (t.day, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(t.day, "th"), "morning" if h < 12 else ("afternoon" if h < 18 else "evening"))])
    delta = (t.date() - MID_AUTUMN).days
    fest = {0: "中秋节那天", -1: "中秋前一天", 1: "中秋第二天"}.get(delta)
    day = rng.choice(["%d月%d日" % (t.month, t.day), "%d号" % t.day, "%d月%d号" % (t.month, t.day)])
    if fest and rng.random() < 0.6:
        day = fest
    if style == "dialect":
        return day + dp + cn_hour(h12 or 12) + "点钟" + rng.choice(["的样子", "左右", "过一点", ""])
    if style == "official":
        return "%d月%d日%02d时%02d分" % (t.month, t.day, h, t.minute)
    return day + dp + rng.choice(["%d点多" % (h12 or 12), "%d点左右" % (h12 or 12), "%d:%02d" % (h, t.minute),
                                  "%d点" % (h12 or 12)])


def approx_money(rng, amt):
    r = rng.random()
    if r < 0.3:
        return "%d元" % amt
    if r < 0.55:
        return "大概%d块钱" % (round(amt, -2) if amt >= 100 else amt)
    if r < 0.75:
        lo = (amt // 100) * 100
        return "%d多块" % lo if lo else "几十块"
    if r < 0.9:
        return "%d到%d之间" % (max(0, amt - 200) // 100 * 100, (amt + 200) // 100 * 100)
    return "好几百块" if amt < 1000 else "一千多" if amt < 2000 else "几千块"
