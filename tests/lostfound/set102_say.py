"""set102 say: how people write colours, brands, serials, times and places."""
from set102_world import split, LUNAR, LANTERN_DAY

COLOR_ZH = {
    "black": ["黑色", "黑", "黑的", "深色", "哑光黑", "曜石黑", "炭黑色", "亮黑"],
    "white": ["白色", "白", "米白", "象牙白", "珍珠白", "白的"],
    "red": ["红色", "大红", "红的", "酒红", "中国红", "枣红色"],
    "blue": ["蓝色", "深蓝", "藏青", "宝蓝", "天蓝", "蓝的", "海军蓝"],
    "gray": ["灰色", "深灰", "铁灰", "太空灰", "浅灰", "灰的"],
    "silver": ["银色", "银白", "亮银", "银的", "银灰"],
    "gold": ["金色", "金的", "香槟金", "土豪金", "黄金色"],
    "pink": ["粉色", "粉的", "樱花粉", "浅粉", "粉红"],
    "green": ["绿色", "墨绿", "军绿", "翠绿", "绿的", "薄荷绿"],
    "purple": ["紫色", "淡紫", "丁香紫", "紫的", "香芋紫"],
    "brown": ["棕色", "咖啡色", "驼色", "卡其色", "褐色", "牛皮纸色"],
    "yellow": ["黄色", "明黄", "柠檬黄", "黄的", "鹅黄"],
    "orange": ["橙色", "橘色", "橘黄"],
}
COLOR_EN = {"black": ["black", "matte black", "dark"], "white": ["white", "off-white"], "red": ["red", "dark red"],
            "blue": ["blue", "navy", "dark blue"], "gray": ["grey", "gray", "charcoal"], "silver": ["silver"],
            "gold": ["gold", "golden"], "pink": ["pink", "light pink"], "green": ["green", "olive"],
            "purple": ["purple", "lilac"], "brown": ["brown", "tan"], "yellow": ["yellow"], "orange": ["orange"]}

BRAND = {
    "huawei": ["华为", "HUAWEI", "华为", "huawei", "华伟", "Huawei"],
    "apple": ["苹果", "iPhone", "Apple", "苹果", "平果", "apple"],
    "xiaomi": ["小米", "Xiaomi", "MI", "小米", "xiaomi", "红米"],
    "oppo": ["OPPO", "oppo", "欧珀", "OPPO"],
    "vivo": ["vivo", "VIVO", "维沃", "vivo"],
    "honor": ["荣耀", "HONOR", "荣耀", "荣曜", "honor"],
    "索尼": ["索尼", "SONY", "Sony", "sony"], "kindle": ["Kindle", "kindle", "亚马逊", "金读"],
    "任天堂": ["任天堂", "Nintendo", "switch"], "联想": ["联想", "Lenovo", "lenovo", "联想"],
    "戴尔": ["戴尔", "DELL", "Dell"], "佳能": ["佳能", "Canon", "canon"], "富士": ["富士", "FUJIFILM", "Fuji"],
    "anker": ["安克", "Anker", "ANKER"], "罗马仕": ["罗马仕", "ROMOSS", "romoss"], "掌阅": ["掌阅", "iReader"],
    "北面": ["北面", "The North Face", "TNF", "北脸"], "耐克": ["耐克", "Nike", "NIKE", "nike"],
    "阿迪达斯": ["阿迪达斯", "adidas", "阿迪", "三叶草"], "迪卡侬": ["迪卡侬", "Decathlon", "迪卡龙"],
    "新秀丽": ["新秀丽", "Samsonite", "新秀丽"], "coach": ["蔻驰", "COACH", "Coach", "寇驰"],
    "七匹狼": ["七匹狼", "七匹狼"], "金利来": ["金利来", "Goldlion", "金利莱"],
    "雅迪": ["雅迪", "Yadea", "yadi", "雅迪"], "爱玛": ["爱玛", "AIMA", "aima", "艾玛"], "台铃": ["台铃", "TAILG", "台玲"],
    "小牛": ["小牛", "NIU", "niu", "牛牛"], "绿源": ["绿源", "LUYUAN", "绿缘"],
    "捷安特": ["捷安特", "GIANT", "Giant", "jieante"], "美利达": ["美利达", "MERIDA", "merida"],
    "永久": ["永久", "Forever", "yongjiu"], "凤凰": ["凤凰", "Phoenix", "fenghuang"], "喜德盛": ["喜德盛", "XDS", "xds"],
    "周大福": ["周大福", "CTF", "Chow Tai Fook", "周大福"], "老凤祥": ["老凤祥", "老凤翔", "laofengxiang"],
    "周生生": ["周生生", "Chow Sang Sang", "周生生"], "六福": ["六福", "六福珠宝", "Lukfook"],
    "天梭": ["天梭", "TISSOT", "Tissot"], "卡西欧": ["卡西欧", "CASIO", "Casio"], "浪琴": ["浪琴", "LONGINES", "Longines"],
    "膳魔师": ["膳魔师", "THERMOS", "Thermos", "膳魔狮"], "象印": ["象印", "ZOJIRUSHI", "象印"], "哈尔斯": ["哈尔斯", "HAERS"],
    "暴龙": ["暴龙", "BOLON"], "优衣库": ["优衣库", "UNIQLO", "uniqlo"], "波司登": ["波司登", "BOSIDENG", "波斯登"],
    "锐听": ["锐听", "Rexton"], "大众": ["大众", "VW", "Volkswagen", "大众"], "丰田": ["丰田", "TOYOTA", "Toyota"],
    "比亚迪": ["比亚迪", "BYD", "byd"], "别克": ["别克", "BUICK", "Buick"],
}
BRAND_EN = {"huawei": "Huawei", "apple": "Apple", "xiaomi": "Xiaomi", "oppo": "OPPO", "vivo": "vivo", "honor": "Honor",
            "kindle": "Kindle", "anker": "Anker", "coach": "Coach", "北面": "North Face", "耐克": "Nike",
            "阿迪达斯": "Adidas", "迪卡侬": "Decathlon", "新秀丽": "Samsonite", "联想": "Lenovo", "索尼": "Sony",
            "佳能": "Canon", "富士": "Fujifilm", "任天堂": "Nintendo", "戴尔": "Dell", "膳魔师": "Thermos",
            "优衣库": "Uniqlo", "卡西欧": "Casio", "天梭": "Tissot", "浪琴": "Longines", "捷安特": "Giant"}

TYPOS = [("钱包", "钱抱"), ("身份证", "身分证"), ("钥匙", "要是"), ("黑色", "黑涩"), ("捡到", "检到"),
         ("耳机", "耳几"), ("充电宝", "充电包"), ("学生证", "学生正"), ("手套", "手淘"), ("丢了", "丢乐"),
         ("在", "再"), ("的", "得"), ("手机", "手几"), ("联系", "连系"), ("书包", "书抱"), ("电动车", "电东车"),
         ("红包", "红抱"), ("谢谢", "xiexie"), ("镯子", "桌子"), ("眼镜", "眼睛")]


def color_zh(rng, c, plain=False):
    if not c:
        return ""
    opts = COLOR_ZH[c]
    return opts[0] if plain else rng.choice(opts)


def color_en(rng, c):
    return rng.choice(COLOR_EN[c]) if c else ""


def brand_word(rng, b, plain=False):
    if not b:
        return ""
    opts = BRAND.get(b, [b])
    return opts[0] if plain else rng.choice(opts)


def brand_en(b):
    if not b:
        return ""
    return BRAND_EN.get(b, BRAND.get(b, [b])[min(1, len(BRAND.get(b, [b])) - 1)])


def typo(rng, text):
    cands = [t for t in TYPOS if t[0] in text]
    if not cands:
        return text
    a, b = rng.choice(cands)
    return text.replace(a, b, 1)


# ---------------------------------------------------------------- serials
def serial_owner(rng, s):
    """how an owner writes the identifying number they know"""
    t, v = s["type"], s["value"]
    r = rng.random()
    if t == "imei":
        if r < 0.35:
            return v
        if r < 0.6:
            return " ".join([v[0:2], v[2:8], v[8:14], v[14]])
        if r < 0.75:
            return "-".join([v[:5], v[5:10], v[10:]])
        return "IMEI后六位" + v[-6:]
    if t == "id":
        if r < 0.45:
            return v
        if r < 0.7:
            return v[:6] + "********" + v[-4:]
        if r < 0.85:
            return "身份证尾号" + v[-4:]
        return v[:4] + " " + v[4:10] + " " + v[10:14] + " " + v[14:]
    if t == "card":
        bank = s.get("bank", "6222")
        if r < 0.4:
            return "尾号" + v
        if r < 0.7:
            return bank + "****" + v
        if r < 0.85:
            return "卡号后四位" + v
        return v
    if t == "student":
        return v if r < 0.6 else "学号" + v
    if t == "frame":
        if r < 0.5:
            return v
        if r < 0.75:
            return v[:4] + " " + v[4:]
        return "车架号后六位" + v[-6:]
    if t == "sn":
        if r < 0.6:
            return v
        if r < 0.8:
            return v.lower()
        return "SN:" + v
    if t == "passport":
        return v
    return v


def serial_finder(rng, s):
    """how a finder writes a number printed on the thing"""
    t, v = s["type"], s["value"]
    r = rng.random()
    if t == "imei":
        return v if r < 0.7 else v[:8] + " " + v[8:]
    if t == "id":
        if r < 0.5:
            return v
        if r < 0.85:
            return v[:6] + "********" + v[-4:]
        return v[:3] + "***********" + v[-4:]
    if t == "card":
        bank = s.get("bank", "6222")
        return (bank + " **** **** " + v) if r < 0.5 else ("尾号" + v)
    if t == "frame":
        return v if r < 0.7 else v[:2] + "-" + v[2:]
    if t == "sn":
        return v if r < 0.7 else "S/N " + v
    return v


# ---------------------------------------------------------------- time words
def hour_word(rng, h, m):
    if h < 5:
        seg = "凌晨"
    elif h < 9:
        seg = "早上"
    elif h < 11:
        seg = "上午"
    elif h < 13:
        seg = "中午"
    elif h < 18:
        seg = "下午"
    else:
        seg = "晚上"
    h12 = h if h <= 12 else h - 12
    r = rng.random()
    if r < 0.3:
        return "%s%d点%s" % (seg, h12, "" if m < 10 else ("半" if 25 <= m <= 35 else "多"))
    if r < 0.55:
        return "%d:%02d左右" % (h, m - m % 5)
    if r < 0.8:
        return "%s%d点%d分" % (seg, h12, m) if m else "%s%d点" % (seg, h12)
    return "%s%d点来钟" % (seg, h12)


def day_word(rng, d, voice="plain"):
    r = rng.random()
    if d == LANTERN_DAY and r < 0.6:
        return rng.choice(["元宵节", "正月十五", "元宵节当天", "十五那天"])
    if voice == "elder" and r < 0.6:
        return LUNAR.get(d, "2月%d号" % d)
    if r < 0.5:
        return "2月%d日" % d
    if r < 0.8:
        return "2月%d号" % d
    return "%d号" % d


def when_phrase(rng, a, b, voice="plain"):
    """a window from absolute minute a to b, in words"""
    d1, h1, m1 = split(a)
    d2, h2, m2 = split(b)
    if d1 == d2:
        if b - a <= 40:
            return "%s%s" % (day_word(rng, d1, voice), hour_word(rng, h1, m1))
        return "%s%s到%s之间" % (day_word(rng, d1, voice), hour_word(rng, h1, m1), hour_word(rng, h2, m2).replace("左右", ""))
    return "%s%s到%s%s之间" % (day_word(rng, d1, voice), hour_word(rng, h1, m1), day_word(rng, d2, voice), hour_word(rng, h2, m2))


def when_en(a, b):
    d1, h1, m1 = split(a)
    d2, h2, m2 = split(b)
    if d1 == d2:
        tag = " (Lantern Festival)" if d1 == LANTERN_DAY else ""
        return "on %d February%s between %d:%02d and %d:%02d" % (d1, tag, h1, m1, h2, m2)
    return "between %d:%02d on %d Feb and %d:%02d on %d Feb" % (h1, m1, d1, h2, m2, d2)


def found_time_phrase(rng, t):
    d, h, m = split(t)
    r = rng.random()
    if r < 0.4:
        return "2月%d日%d时%02d分" % (d, h, m)
    if r < 0.7:
        return "2月%d日%d时许" % (d, h)
    return "%d号%s" % (d, hour_word(rng, h, m))
