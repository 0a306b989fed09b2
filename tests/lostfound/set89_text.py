"""Set 89: how people write colours, brands, models, times; typos."""
import datetime

from set89_world import NOW, at

COLORS = {  # canonical: (precise words, vague words, english)
    "black": (["黑色", "黑", "曜石黑", "哑光黑", "纯黑", "亮黑色"], ["深色", "黑乎乎的"], "black"),
    "white": (["白色", "白", "纯白色", "珍珠白"], ["浅色"], "white"),
    "grey": (["灰色", "深灰色", "浅灰", "太空灰", "铁灰色"], ["深色", "灰不溜秋的"], "grey"),
    "silver": (["银色", "亮银色", "亮银", "银"], ["浅色"], "silver"),
    "gold": (["金色", "香槟金", "土豪金", "金"], ["亮色"], "gold"),
    "pink": (["粉色", "粉红色", "樱花粉", "浅粉"], ["亮色"], "pink"),
    "red": (["红色", "大红", "酒红色", "红"], ["亮色"], "red"),
    "orange": (["橙色", "橘色", "荧光橙"], ["亮色"], "orange"),
    "yellow": (["黄色", "明黄色", "柠檬黄"], ["亮色"], "yellow"),
    "green": (["绿色", "军绿色", "墨绿色", "薄荷绿", "翡翠绿"], ["深色"], "green"),
    "blue": (["蓝色", "天蓝色", "宝蓝色", "浅蓝"], ["蓝不蓝绿不绿的"], "blue"),
    "navy": (["深蓝色", "藏青色", "藏蓝", "海军蓝"], ["深色"], "navy"),
    "purple": (["紫色", "淡紫色", "香芋紫"], ["亮色"], "purple"),
    "brown": (["棕色", "咖啡色", "深棕色", "褐色"], ["深色"], "brown"),
    "beige": (["米色", "卡其色", "杏色"], ["浅色"], "beige"),
}
COLOR_NEAR = {  # for near twins: a different colour name nobody would use for the first one
    "black": ["grey", "brown"], "grey": ["black", "silver"], "navy": ["green", "grey"], "blue": ["green", "purple"],
    "white": ["silver", "pink"], "silver": ["gold", "grey"], "gold": ["silver", "pink"], "pink": ["red", "purple"],
    "red": ["pink", "orange"], "orange": ["red", "yellow"], "yellow": ["orange", "green"], "green": ["blue", "grey"],
    "purple": ["pink", "blue"], "brown": ["black", "red"], "beige": ["grey", "pink"]}

BRANDS = {  # canonical: (forms people write: chinese, english, pinyin, misspelt), english
    "huawei": ["华为", "HUAWEI", "Huawei", "华伟", "huawei"], "apple": ["苹果", "Apple", "APPLE", "平果", "苹果牌"],
    "xiaomi": ["小米", "Xiaomi", "MI", "xiaomi", "小咪"], "oppo": ["OPPO", "oppo", "欧珀", "0PPO"],
    "vivo": ["vivo", "VIVO", "维沃", "viv0"], "honor": ["荣耀", "HONOR", "Honor", "荣曜", "rongyao"],
    "samsung": ["三星", "Samsung", "SAMSUNG", "Samsumg", "sanxing"],
    "garmin": ["佳明", "Garmin", "GARMIN", "jiaming", "Garmim"], "coros": ["高驰", "COROS", "Coros", "gaochi"],
    "sony": ["索尼", "Sony", "SONY", "Soney", "suoni"], "dji": ["大疆", "DJI", "dajiang", "大僵"],
    "lenovo": ["联想", "Lenovo", "lianxiang", "Lenova"], "dell": ["戴尔", "Dell", "DELL", "dai er"],
    "fujifilm": ["富士", "Fujifilm", "FUJI", "fushi"], "canon": ["佳能", "Canon", "jianeng", "Cannon"],
    "anker": ["安克", "Anker", "ANKER", "anke"], "romoss": ["罗马仕", "ROMOSS", "luomashi", "罗马士"],
    "kindle": ["Kindle", "kindle", "亚马逊Kindle", "kindel"], "ireader": ["掌阅", "iReader", "zhangyue"],
    "jbl": ["JBL", "jbl"], "insta360": ["影石", "Insta360", "insta 360"], "gopro": ["GoPro", "gopro", "Go Pro"],
    "nike": ["耐克", "Nike", "NIKE", "naike", "耐客"], "adidas": ["阿迪达斯", "阿迪", "adidas", "Adidas", "阿迪达丝"],
    "decathlon": ["迪卡侬", "Decathlon", "迪卡农", "dikanong"], "samsonite": ["新秀丽", "Samsonite", "xinxiuli", "新秀利"],
    "jansport": ["杰斯伯", "JanSport", "jansport"], "jiangfan": ["江帆", "JIANGFAN", "jiangfan", "江凡"],
    "coach": ["蔻驰", "COACH", "Coach", "寇驰", "kouchi"], "septwolves": ["七匹狼", "SEPTWOLVES", "qipilang"],
    "goldlion": ["金利来", "goldlion", "jinlilai", "金力来"], "mk": ["MK", "Michael Kors", "迈克高仕"],
    "lumo": ["麓陌", "LUMO", "lumo", "鹿陌"], "qinglan": ["青岚", "QINGLAN", "qinglan", "青兰"],
    "giant": ["捷安特", "GIANT", "Giant", "jieante", "捷安特牌"], "merida": ["美利达", "MERIDA", "meilida", "美丽达"],
    "phoenix": ["凤凰", "Phoenix", "fenghuang", "凤凰牌"], "forever": ["永久", "Forever", "yongjiu", "永久牌"],
    "trek": ["崔克", "TREK", "Trek"], "dahon": ["大行", "DAHON", "Dahon", "daxing"],
    "yadea": ["雅迪", "Yadea", "YADEA", "yadi", "亚迪"], "aima": ["爱玛", "AIMA", "aima", "艾玛"],
    "tailg": ["台铃", "TAILG", "tailing", "台玲"], "niu": ["小牛", "NIU", "niu", "小牛电动"],
    "ninebot": ["九号", "Ninebot", "9号", "纳恩博"],
    "ctf": ["周大福", "Chow Tai Fook", "CTF", "zhoudafu", "周大富"], "lfx": ["老凤祥", "laofengxiang", "老凤翔"],
    "css": ["周生生", "Chow Sang Sang", "zhoushengsheng"], "pandora": ["潘多拉", "Pandora", "PANDORA", "潘朵拉"],
    "thermos": ["膳魔师", "THERMOS", "Thermos", "shanmoshi"], "zojirushi": ["象印", "ZOJIRUSHI", "xiangyin"],
    "locklock": ["乐扣", "LocknLock", "乐扣乐扣", "lekou"], "paradise": ["天堂伞", "天堂", "tiantang"],
    "camel": ["骆驼", "CAMEL", "Camel", "luotuo"], "tnf": ["北面", "The North Face", "TNF", "北脸"],
    "rayban": ["雷朋", "Ray-Ban", "RayBan", "雷鹏"], "yamaha": ["雅马哈", "YAMAHA", "Yamaha", "yamaha"],
    "vw": ["大众", "Volkswagen", "VW", "dazhong"], "toyota": ["丰田", "TOYOTA", "Toyota", "fengtian"],
    "byd": ["比亚迪", "BYD", "byd", "比亚笛"], "honda": ["本田", "HONDA", "Honda"], "geely": ["吉利", "GEELY", "Geely"],
}
BRAND_EN = {k: next((f for f in v if f.isascii() and f[:1].isupper()), next((f.capitalize() for f in v if f.isascii()), v[0]))
            for k, v in sorted(BRANDS.items())}
BRAND_NEAR = {"huawei": "honor", "honor": "huawei", "oppo": "vivo", "vivo": "oppo", "xiaomi": "huawei",
              "apple": "samsung", "samsung": "apple", "garmin": "coros", "coros": "garmin",
              "nike": "adidas", "adidas": "nike", "yadea": "aima", "aima": "yadea", "tailg": "yadea",
              "giant": "merida", "merida": "giant", "ctf": "lfx", "lfx": "ctf", "sony": "canon",
              "canon": "sony", "phoenix": "forever", "forever": "phoenix", "coach": "mk", "mk": "coach"}


def color_word(rng, c, vague_p=0.08):
    """Returns (word, precise)."""
    prec, vague, _ = COLORS[c]
    if rng.random() < vague_p:
        return rng.choice(vague), False
    return (prec[0] if rng.random() < 0.5 else rng.choice(prec)), True


def brand_word(rng, b, misspell_p=0.12):
    forms = BRANDS[b]
    r = rng.random()
    if r < 0.55:
        return forms[0]
    if r < 1 - misspell_p or len(forms) < 3:
        return rng.choice(forms[:-1]) if len(forms) > 2 else rng.choice(forms)
    return forms[-1]


def model_word(rng, m):
    r = rng.random()
    if r < 0.45:
        return m
    if r < 0.65:
        return m.replace(" ", "")
    if r < 0.8:
        return m.lower()
    if r < 0.9:
        return m.upper().replace(" ", "")
    return m.replace(" Pro Max", "PM").replace(" Pro", "pro")


TYPO = [("钱包", "钱保"), ("身份证", "身分证"), ("手机", "手几"), ("钥匙", "钥是"), ("在", "再"), ("的", "得"),
        ("耳机", "耳几"), ("黑色", "黑涩"), ("电动车", "电动c"), ("书包", "书抱"), ("捡到", "减到"),
        ("联系", "连系"), ("谢谢", "谢谢谢"), ("麻烦", "麻繁"), ("丢了", "丢乐"), ("不见了", "不见le")]


def typo(rng, s, n=1):
    opts = [(a, b) for a, b in TYPO if a in s]
    for _ in range(n):
        if not opts:
            break
        a, b = opts.pop(rng.randrange(len(opts)))
        i = s.find(a)
        s = s[:i] + b + s[i + len(a):]
    return s


WEEK = "一二三四五六日"
CN_NUM = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def part_of_day(h):
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


def hm(dt, rng=None):
    h, m = dt.hour, dt.minute
    hh = h if h <= 12 else h - 12
    if m == 0:
        return "%d点" % hh
    if m == 30 and rng is not None and rng.random() < 0.6:
        return "%d点半" % hh
    return "%d点%02d" % (hh, m) if m < 10 else "%d点%d" % (hh, m)


def day_word(rng, d):
    today = NOW.date()
    if d == today and rng.random() < 0.7:
        return "今天"
    if d == today - datetime.timedelta(days=1) and rng.random() < 0.5:
        return "昨天"
    if d == today - datetime.timedelta(days=2) and rng.random() < 0.3:
        return "前天"
    if d == datetime.date(2025, 5, 1) and rng.random() < 0.3:
        return "五一那天"
    if d == datetime.date(2025, 5, 4) and rng.random() < 0.3:
        return "马拉松那天"
    if rng.random() < 0.5:
        return "%d月%d日" % (d.month, d.day)
    if rng.random() < 0.5 and d.month == 5:
        return "%d号" % d.day
    return "%d月%d号(周%s)" % (d.month, d.day, WEEK[d.weekday()])


def when_cn(rng, lo, hi):
    """Phrase for a window lo..hi (datetimes, lo <= hi)."""
    if lo.date() == hi.date():
        dw = day_word(rng, lo.date())
        if (hi - lo).total_seconds() >= 20 * 3600:
            return dw + rng.choice(["一整天都有可能", "那天", "白天"])
        p0, p1 = part_of_day(lo.hour), part_of_day(max(lo.hour, (hi - datetime.timedelta(minutes=1)).hour))
        return dw + (p0 if p0 == p1 else p0) + hm(lo, rng) + rng.choice(["到", "至", "-", "到"]) + (
            p1 if p1 != p0 else "") + hm(hi, rng) + rng.choice(["之间", "", "左右", "这段时间"])
    return day_word(rng, lo.date()) + part_of_day(lo.hour) + hm(lo, rng) + "到" + day_word(
        rng, hi.date()) + part_of_day(hi.hour) + hm(hi, rng)


def when_en(lo, hi):
    def t(dt):
        h = dt.hour % 12 or 12
        return "%d:%02d%s" % (h, dt.minute, "am" if dt.hour < 12 else "pm")
    if lo.date() == hi.date():
        return "%s %d, %s-%s" % (lo.strftime("%b"), lo.day, t(lo), t(hi))
    return "%s %d %s to %s %d %s" % (lo.strftime("%b"), lo.day, t(lo), hi.strftime("%b"), hi.day, t(hi))


def found_when_cn(rng, m):
    dt = at(m)
    r = rng.random()
    if r < 0.4:
        return "%d月%d日%d:%02d" % (dt.month, dt.day, dt.hour, dt.minute)
    return day_word(rng, dt.date()) + part_of_day(dt.hour) + hm(dt, rng) + rng.choice(["", "左右", "多", "前后"])
