"""set98 wording: colours, brand spellings, serial formats, times, typos, Cantonese flavour."""
from set98_world import when

# canonical colour -> (owner words, finder words, English, colours a finder may mistake it for)
COLORS = {
    "黑": (["黑色", "黑", "哑光黑", "曜石黑", "深色", "黑色的"], ["黑色", "深色", "黑", "黑色的"], "black", ["深蓝", "深灰"]),
    "白": (["白色", "米白", "珍珠白", "白"], ["白色", "浅色", "白", "米白色"], "white", ["米色", "浅灰"]),
    "银": (["银色", "亮银", "银白", "月光银"], ["银色", "银灰色", "浅色", "银"], "silver", ["灰色", "白色"]),
    "灰": (["灰色", "深空灰", "铁灰", "灰"], ["灰色", "深灰", "灰"], "grey", ["银色", "黑色"]),
    "蓝": (["蓝色", "宝蓝", "天蓝色", "蓝"], ["蓝色", "蓝", "浅蓝"], "blue", ["紫色", "青色"]),
    "深蓝": (["深蓝色", "藏青", "藏蓝色", "海军蓝"], ["深蓝", "藏青色", "深色", "蓝黑色"], "navy", ["黑色"]),
    "红": (["红色", "大红", "酒红色", "红"], ["红色", "红", "暗红"], "red", ["橙色", "粉色"]),
    "粉": (["粉色", "樱花粉", "粉红", "粉红色"], ["粉色", "粉红色", "浅粉"], "pink", ["紫色", "红色"]),
    "金": (["金色", "香槟金", "土豪金", "金"], ["金色", "金黄色", "浅金"], "gold", ["黄色", "银色"]),
    "绿": (["绿色", "墨绿", "薄荷绿", "军绿色"], ["绿色", "深绿", "绿"], "green", ["蓝色", "灰色"]),
    "黄": (["黄色", "明黄", "柠檬黄", "黄"], ["黄色", "黄", "橙黄色"], "yellow", ["橙色"]),
    "棕": (["棕色", "咖啡色", "啡色", "褐色"], ["棕色", "咖啡色", "深棕", "啡色"], "brown", ["黑色", "红色"]),
    "紫": (["紫色", "浅紫", "薰衣草紫", "紫"], ["紫色", "浅紫", "紫"], "purple", ["粉色", "蓝色"]),
    "橙": (["橙色", "橘色", "活力橙"], ["橙色", "橘黄色"], "orange", ["黄色", "红色"]),
}
COLOR_KEYS = sorted(COLORS)

# canonical brand -> (Chinese/usual, English, pinyin or slip, typo)
BRANDS = {
    "华为": ["华为", "HUAWEI", "huawei", "华伟", "Huawei", "HW"],
    "苹果": ["苹果", "iPhone", "Apple", "apple", "平果", "pingguo"],
    "小米": ["小米", "Xiaomi", "xiaomi", "MI", "xiao mi", "小咪"],
    "OPPO": ["OPPO", "oppo", "欧珀", "OPP0"],
    "vivo": ["vivo", "VIVO", "维沃", "vivo手机", "vovi"],
    "荣耀": ["荣耀", "HONOR", "honor", "容耀", "rongyao"],
    "三星": ["三星", "Samsung", "SAMSUNG", "sanxing"],
    "雅迪": ["雅迪", "Yadea", "YADEA", "yadi", "雅的"],
    "爱玛": ["爱玛", "AIMA", "aima", "艾玛"],
    "台铃": ["台铃", "TAILG", "tailing", "台玲"],
    "小牛": ["小牛", "NIU", "niu", "小牛电动"],
    "新日": ["新日", "SUNRA", "xinri"],
    "捷安特": ["捷安特", "GIANT", "Giant", "jieante", "捷安忒"],
    "永久": ["永久", "FOREVER", "yongjiu"],
    "凤凰": ["凤凰", "PHOENIX", "fenghuang", "凤皇"],
    "迪卡侬": ["迪卡侬", "Decathlon", "DECATHLON", "迪卡农"],
    "七匹狼": ["七匹狼", "SEPTWOLVES", "qipilang", "7匹狼"],
    "金利来": ["金利来", "Goldlion", "goldlion", "金力来"],
    "蔻驰": ["蔻驰", "COACH", "Coach", "寇驰"],
    "周大福": ["周大福", "Chow Tai Fook", "CTF", "周大富"],
    "老凤祥": ["老凤祥", "laofengxiang", "老凤翔"],
    "六福": ["六福", "Lukfook", "六福珠宝"],
    "周生生": ["周生生", "Chow Sang Sang", "周先生"],
    "小天才": ["小天才", "imoo", "IMOO", "小天材"],
    "步步高": ["步步高", "BBK", "bubugao"],
    "索尼": ["索尼", "SONY", "Sony", "suoni"],
    "佳能": ["佳能", "Canon", "canon", "家能"],
    "罗马仕": ["罗马仕", "ROMOSS", "romoss", "罗马士"],
    "安克": ["安克", "Anker", "ANKER"],
    "大疆": ["大疆", "DJI", "dji"],
    "任天堂": ["任天堂", "Nintendo", "任天常"],
    "丰田": ["丰田", "TOYOTA", "Toyota", "丰天"],
    "比亚迪": ["比亚迪", "BYD", "byd", "比亚笛"],
    "本田": ["本田", "HONDA", "Honda"],
    "膳魔师": ["膳魔师", "THERMOS", "Thermos", "善魔师"],
    "象印": ["象印", "ZOJIRUSHI", "象印保温杯"],
    "天堂伞": ["天堂伞", "天堂", "tiantang"],
    "卡西欧": ["卡西欧", "CASIO", "Casio", "卡西鸥"],
    "耐克": ["耐克", "Nike", "NIKE", "奈克"],
}


def color_owner(rng, c):
    return rng.choice(COLORS[c][0])


def color_finder(rng, c, mistake=0.08):
    words, fwords, en, near = COLORS[c]
    if rng.random() < mistake:
        return rng.choice(near)
    return rng.choice(fwords)


def color_en(c):
    return COLORS[c][2]


def brand_word(rng, b, style=None):
    v = BRANDS[b]
    if style == "zh":
        return v[0]
    if style == "en":
        return v[1]
    r = rng.random()
    if r < 0.55:
        return v[0]
    if r < 0.85:
        return v[1]
    return rng.choice(v[2:]) if len(v) > 2 else v[1]


# ---- serial formats --------------------------------------------------------------------
def imei_owner(rng, s):
    r = rng.random()
    if r < 0.35:
        return s
    if r < 0.55:
        return "%s %s %s" % (s[:5], s[5:10], s[10:])
    if r < 0.7:
        return "%s-%s-%s-%s" % (s[:2], s[2:8], s[8:14], s[14:])
    if r < 0.85:
        return "IMEI:" + s
    return "串号后六位" + s[-6:]


def imei_finder(rng, s):
    return rng.choice(["IMEI " + s, s, "%s %s %s %s" % (s[:4], s[4:8], s[8:12], s[12:])])


def id_full(rng, s):
    return rng.choice([s, s[:6] + " " + s[6:14] + " " + s[14:], s])


def id_masked(rng, s):
    r = rng.random()
    if r < 0.5:
        return s[:6] + "********" + s[14:]
    if r < 0.75:
        return s[:4] + "**********" + s[14:]
    return s[:3] + "*" * 11 + s[14:]


def id_tail(rng, s):
    return rng.choice(["尾号" + s[-4:], "身份证后四位" + s[-4:], "末四位" + s[-4:]])


def card_tail(rng, bank, tail):
    r = rng.random()
    if r < 0.3:
        return "尾号" + tail
    if r < 0.5:
        return bank["prefix"] + "****" + tail
    if r < 0.7:
        return "卡号后四位" + tail
    if r < 0.85:
        return "****" + tail
    return tail


# ---- time ----------------------------------------------------------------------------
CN_NUM = "零一二三四五六七八九十"


def _cn_hour(h):
    if h <= 10:
        return CN_NUM[h]
    return "十" + CN_NUM[h - 10]


def part_of_day(h):
    if h < 5:
        return "凌晨"
    if h < 9:
        return "早上"
    if h < 12:
        return "上午"
    if h < 14:
        return "中午"
    if h < 18:
        return "下午"
    if h < 19:
        return "傍晚"
    return "晚上"


def t_owner(rng, m):
    t = when(m)
    h = t.hour
    h12 = h if h <= 12 else h - 12
    r = rng.random()
    if r < 0.3:
        return "%d月%d日%s%d点%s" % (t.month, t.day, part_of_day(h), h12,
                                   rng.choice(["左右", "多", "", "半左右" if t.minute >= 20 else "左右"]))
    if r < 0.55:
        return "%d号%s%s点%s" % (t.day, part_of_day(h), _cn_hour(h12), rng.choice(["多", "几", "左右", ""]))
    if r < 0.75:
        return "%d月%d号%s" % (t.month, t.day, part_of_day(h))
    if r < 0.9:
        return "%d.%d %02d:%02d" % (t.month, t.day, h, (t.minute // 10) * 10)
    return "%d号%s" % (t.day, part_of_day(h))


def t_finder(rng, m):
    t = when(m)
    r = rng.random()
    if r < 0.4:
        return "%d月%d日%02d:%02d" % (t.month, t.day, t.hour, t.minute)
    if r < 0.7:
        return "%d/%d %d:%02d" % (t.month, t.day, t.hour, t.minute)
    return "%d日%s%d点%d分" % (t.day, part_of_day(t.hour), t.hour if t.hour <= 12 else t.hour - 12, t.minute)


def t_en(m):
    t = when(m)
    ap = "am" if t.hour < 12 else "pm"
    h = t.hour % 12 or 12
    return "July %d around %d%s" % (t.day, h, ap) if t.month == 7 else "June %d around %d%s" % (t.day, h, ap)


# ---- typos and Cantonese flavour --------------------------------------------------------
TYPOS = [("钱包", "钱抱"), ("钥匙", "钥是"), ("身份证", "身分证"), ("附近", "付近"), ("地铁", "地贴"),
         ("捡到", "减到"), ("市场", "市厂"), ("医院", "医完"), ("手机", "手几"), ("电动车", "电动扯"),
         ("自行车", "自行扯"), ("黑色", "黑涩"), ("丢了", "丢啦"), ("找到", "找倒"), ("里面", "里面面"),
         ("充电宝", "充电包"), ("耳机", "耳鸡"), ("项链", "项练"), ("广场", "广厂"), ("书包", "书抱")]

CANTO = [("丢了", "唔见咗"), ("钥匙", "锁匙"), ("钱包", "银包"), ("不知道", "唔知"), ("没有", "冇"),
         ("掉了", "跌咗"), ("的时候", "嘅时候"), ("这个", "呢个"),
         ("那个", "嗰个"), ("自行车", "单车"), ("电动车", "电单车"), ("捡到", "执到"), ("看看", "睇睇"),
         ("什么", "乜嘢"), ("谢谢", "唔该"), ("手提包", "手袋"), ("他", "佢"), ("她", "佢")]


def typo(rng, s, n=1):
    cands = [p for p in TYPOS if p[0] in s]
    for _ in range(n):
        if not cands:
            break
        a, b = cands.pop(rng.randrange(len(cands)))
        s = s.replace(a, b, 1)
    return s


def canto(rng, s, strength=0.6):
    for a, b in CANTO:
        if a in s and rng.random() < strength:
            s = s.replace(a, b, 1 if a in ("他", "她") else -1)
    return s


def clip(s, n):
    return s if len(s) <= n else s[:n - 1] + "…"
