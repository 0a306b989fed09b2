"""set88 words: colours, brand spellings, model spellings and the typos people make."""

# colour family -> plain words anybody uses; FANCY are the sales names people repeat for gadgets
COLORS = {
    "black": ["黑色", "黑的", "黑色"], "white": ["白色", "白的", "米白色"], "grey": ["灰色", "深灰色", "浅灰色"],
    "silver": ["银色", "银白色"], "gold": ["金色", "金黄色"], "rosegold": ["玫瑰金", "玫瑰金色"],
    "blue": ["蓝色", "天蓝色", "浅蓝", "兰色"], "navy": ["藏青色", "深蓝色", "海军蓝"], "red": ["红色", "大红", "酒红色"],
    "pink": ["粉色", "粉红色"], "purple": ["紫色", "浅紫"], "green": ["绿色", "草绿"], "darkgreen": ["墨绿色", "军绿色", "深绿"],
    "brown": ["棕色", "咖啡色", "褐色"], "beige": ["米色", "卡其色", "浅卡其"], "yellow": ["黄色", "明黄"],
    "orange": ["橙色", "橘色"], "multi": ["花的", "彩色", "五颜六色的"],
}
FANCY = {"black": ["哑光黑", "曜石黑", "亮黑色"], "white": ["珍珠白", "象牙白"], "grey": ["太空灰"], "silver": ["星光银"],
         "gold": ["香槟金", "土豪金"], "blue": ["宝石蓝"], "pink": ["樱花粉"], "purple": ["薰衣草紫"], "green": ["薄荷绿"]}
DARK = "深色"
# families a careful person could confuse; no conflict between them
COMPAT = {("navy", "blue"), ("navy", "black"), ("grey", "silver"), ("grey", "black"), ("beige", "white"),
          ("beige", "brown"), ("pink", "red"), ("pink", "purple"), ("rosegold", "gold"), ("rosegold", "pink"),
          ("green", "darkgreen"), ("orange", "yellow"), ("orange", "red"), ("white", "silver")}
DARK_OK = {"black", "navy", "grey", "brown", "darkgreen"}


def colors_compatible(a, b):
    if a is None or b is None or a == b:
        return True
    if a == "dark":
        return b in DARK_OK
    if b == "dark":
        return a in DARK_OK
    return (a, b) in COMPAT or (b, a) in COMPAT


def not_compatible(fam):
    return [f for f in COLORS if not colors_compatible(fam, f) and f != "multi"]


def say_color(rng, fam, who, fancy=False):
    """(word, stated family)."""
    if who == "finder" and fam in DARK_OK and rng.random() < 0.08:
        return DARK, "dark"
    if who == "finder" and rng.random() < 0.12:
        near = sorted(f for f in COLORS if f != fam and colors_compatible(fam, f))
        if near:
            f = rng.choice(near)
            return COLORS[f][0], f
    if fancy and fam in FANCY and rng.random() < 0.4:
        return rng.choice(FANCY[fam]), fam
    return rng.choice(COLORS[fam]), fam


# brand id -> spellings (Chinese, English, pinyin or a slip)
BRANDS = {
    "huawei": ["华为", "HUAWEI", "Huawei", "华伟", "hua wei"],
    "apple": ["苹果", "Apple", "APPLE", "平果"],
    "xiaomi": ["小米", "Xiaomi", "MI", "xiao mi"],
    "redmi": ["红米", "Redmi", "hongmi"],
    "oppo": ["OPPO", "oppo", "欧珀"],
    "vivo": ["vivo", "VIVO", "维沃"],
    "honor": ["荣耀", "HONOR", "rongyao"],
    "nokia": ["诺基亚", "NOKIA", "nuojiya"],
    "septwolves": ["七匹狼", "SEPTWOLVES", "qipilang"],
    "goldlion": ["金利来", "Goldlion", "jinlilai"],
    "coach": ["蔻驰", "COACH", "寇驰", "Coach"],
    "mexican": ["稻草人", "MEXICAN", "daocaoren"],
    "muji": ["无印良品", "MUJI", "wuyinliangpin"],
    "byd": ["比亚迪", "BYD", "biyadi"],
    "vw": ["大众", "VW", "Volkswagen"],
    "toyota": ["丰田", "TOYOTA", "Toyota"],
    "haval": ["哈弗", "HAVAL", "长城哈弗"],
    "yadea": ["雅迪", "Yadea", "yadi", "YADEA"],
    "aima": ["爱玛", "AIMA", "aima"],
    "tailg": ["台铃", "TAILG", "tailing"],
    "niu": ["小牛", "NIU", "小牛电动"],
    "luyuan": ["绿源", "LUYUAN", "lvyuan"],
    "giant": ["捷安特", "GIANT", "jieante", "Giant"],
    "merida": ["美利达", "MERIDA", "meilida"],
    "forever": ["永久", "FOREVER", "yongjiu"],
    "phoenix": ["凤凰", "PHOENIX", "fenghuang"],
    "xds": ["喜德盛", "XDS", "xidesheng"],
    "decathlon": ["迪卡侬", "DECATHLON", "dikanong"],
    "nike": ["耐克", "NIKE", "Nike", "naike"],
    "adidas": ["阿迪达斯", "adidas", "阿迪"],
    "samsonite": ["新秀丽", "Samsonite", "xinxiuli"],
    "camel": ["骆驼", "CAMEL", "luotuo"],
    "tnf": ["北面", "The North Face", "TNF"],
    "ctf": ["周大福", "Chow Tai Fook", "CTF", "zhoudafu"],
    "lfx": ["老凤祥", "Lao Feng Xiang", "laofengxiang"],
    "css": ["周生生", "Chow Sang Sang", "zhoushengsheng"],
    "lukfook": ["六福", "Luk Fook", "六福珠宝"],
    "lenovo": ["联想", "Lenovo", "lianxiang", "LENOVO"],
    "canon": ["佳能", "Canon", "jianeng", "CANON"],
    "sony": ["索尼", "SONY", "Sony"],
    "fujifilm": ["富士", "FUJIFILM", "fushi"],
    "dji": ["大疆", "DJI", "dajiang"],
    "insta360": ["影石", "Insta360", "insta 360"],
    "anker": ["安克", "Anker", "ANKER"],
    "romoss": ["罗马仕", "ROMOSS", "luomashi"],
    "xtc": ["小天才", "imoo", "xiaotiancai"],
    "kindle": ["Kindle", "亚马逊Kindle", "kindle"],
    "ireader": ["掌阅", "iReader", "zhangyue"],
    "thermos": ["膳魔师", "THERMOS", "shanmoshi"],
    "fuguang": ["富光", "FUGUANG", "fuguang"],
    "haers": ["哈尔斯", "HAERS", "haersi"],
    "rayban": ["雷朋", "Ray-Ban", "RayBan"],
    "bolon": ["暴龙", "BOLON", "baolong"],
    "beneunder": ["蕉下", "Beneunder", "jiaoxia"],
    "paradise": ["天堂伞", "天堂", "tiantang"],
    "goodbaby": ["好孩子", "gb", "goodbaby"],
    "ayijia": ["阿依家干果", "阿依家", "ayijia"],
    "silkfruit": ["丝路果香", "丝路果香干果", "silu guoxiang"],
}


def say_brand(rng, brand, kind=None):
    forms = list(BRANDS[brand])
    if brand == "apple":
        extra = {"smartphone": "iPhone", "tablet": "iPad", "earbuds": "AirPods", "laptop": "MacBook",
                 "watch": "Apple Watch"}.get(kind)
        if extra:
            forms.append(extra)
    return rng.choice(forms)


def say_model(rng, model):
    r = rng.random()
    if r < 0.55:
        return model
    if r < 0.75:
        return model.replace(" ", "")
    if r < 0.9:
        return model.lower()
    return model.upper().replace(" ", "")


# pinyin-input slips: right word -> what a hurried hand types
TYPOS = [("钱包", "前包"), ("身份证", "身分证"), ("身份证", "身份正"), ("钥匙", "要是"), ("捡到", "检到"),
         ("拾到", "拾倒"), ("充电宝", "冲电宝"), ("眼镜", "眼睛"), ("双肩包", "双间包"), ("电动车", "电东车"),
         ("银行卡", "因行卡"), ("手镯", "手卓"), ("项链", "项连"), ("现金", "现今"), ("在", "再"),
         ("耳机", "耳几"), ("平板", "平版"), ("自行车", "自形车"), ("丢了", "丢啦"), ("里面", "里边"),
         ("驾驶证", "驾使证"), ("保温杯", "保温被"), ("行李箱", "行里箱")]


def typo(rng, text, p):
    if rng.random() >= p:
        return text
    options = [(a, b) for a, b in TYPOS if a in text]
    if not options:
        return text
    a, b = rng.choice(options)
    i = text.find(a)
    return text[:i] + b + text[i + len(a):]


NUM_ZH = "零一两三四五六七八九十"


def count_words(rng, n):
    if n <= 10 and rng.random() < 0.6:
        return NUM_ZH[n]
    return str(n)


def approx_money(rng, amount):
    """An owner's memory of an amount: (words, lo, hi) always containing the truth."""
    r = rng.random()
    if r < 0.45:
        return "%d元" % amount, amount, amount
    if r < 0.75:
        lo = (amount // 100) * 100
        if lo == 0 or lo == amount:
            return "%d块" % amount, amount, amount
        return "%d多块" % lo, lo, lo + 99
    lo = int(amount * 0.9) // 10 * 10
    hi = (int(amount * 1.1) + 9) // 10 * 10
    return "大概%d到%d元" % (lo, hi), lo, hi
