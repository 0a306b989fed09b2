"""set106 world: an invented northwestern provincial city in late November, first snow.

Places, people, brands and number helpers for set106_gen.py. Everything here is invented:
the place names are made up (coordinates are plausible for a Yellow-River valley city),
names are random combinations, every number is generated.
"""

import datetime

# "Now" is the moment every registration is entered; all minutes count back from it.
NOW = datetime.datetime(2024, 11, 26, 17, 40)
FIRST_SNOW = datetime.datetime(2024, 11, 24, 21, 0)

DESK = {"names": ["东岗派出所阳光坐席", "派出所接待大厅", "东岗所值班室"],
        "lat": 36.0497, "lon": 103.8702, "zone": "desk"}

# zone, name variants (how different people call it), lat, lon
PLACES = [
    ("station", ["火车站候车大厅", "火车站二楼候车室", "车站候车厅", "火车站候车室"], 36.0352, 103.8521),
    ("station", ["火车站进站口", "进站安检口", "火车站安检处", "进站口安检机"], 36.0347, 103.8513),
    ("station", ["火车站广场", "站前广场", "火车站东广场", "火车站前面广场"], 36.0361, 103.8527),
    ("station", ["出站口出租车上客区", "火车站出站口", "出站口打车的地方", "出站口出租车排队点"], 36.0339, 103.8535),
    ("station", ["地铁1号线火车站站", "火车站地铁口", "地铁火车站站B口"], 36.0370, 103.8502),
    ("station", ["马记牛肉面", "车站边上马记牛肉面馆", "马记牛大(火车站店)"], 36.0372, 103.8548),
    ("bus", ["汽车东站售票大厅", "东站售票厅", "汽车东站", "长途汽车东站"], 36.0588, 103.8905),
    ("bus", ["汽车东站候车区", "东站3号检票口", "东站发车区"], 36.0592, 103.8914),
    ("bus", ["东站公交总站", "汽车东站公交站", "东站公交首末站"], 36.0579, 103.8896),
    ("uni", ["河西大学图书馆", "大学图书馆三楼自习室", "图书馆", "校图书馆二楼"], 36.1047, 103.7182),
    ("uni", ["河西大学第二食堂", "二食堂", "学校二餐厅", "第二餐厅一楼"], 36.1031, 103.7205),
    ("uni", ["学生公寓12号楼", "12号宿舍楼", "12号楼宿舍楼下"], 36.1022, 103.7168),
    ("uni", ["河西大学南门", "南门快递驿站", "学校南门菜鸟驿站", "大学南门"], 36.1009, 103.7193),
    ("uni", ["西北理工学院A座", "理工学院教学楼", "理工A座教室"], 36.1088, 103.7241),
    ("uni", ["大学城公交站", "大学城站台", "大学城公交车站"], 36.1015, 103.7220),
    ("uni", ["金味牛肉面", "大学城金味牛肉面馆", "金味面馆"], 36.1026, 103.7229),
    ("uni", ["华联超市大学城店", "大学城华联", "大学城超市"], 36.1035, 103.7247),
    ("mosque", ["南关清真寺门口", "南关寺大门口", "清真寺外面", "南关大寺"], 36.0606, 103.8212),
    ("mosque", ["桥门巷小吃街", "桥门巷", "桥门街"], 36.0612, 103.8231),
    ("mosque", ["南关牛羊肉市场", "牛羊肉市场", "南关菜市场"], 36.0590, 103.8196),
    ("mosque", ["老韩家牛肉面", "韩家面馆", "老韩家牛大碗"], 36.0598, 103.8225),
    ("river", ["滨河公园", "北滨河路滨河公园", "河边公园"], 36.0668, 103.8302),
    ("river", ["水车园", "水车博览园", "河边水车那里"], 36.0683, 103.8105),
    ("river", ["黄河老铁桥", "铁桥桥头", "老铁桥南头"], 36.0672, 103.8258),
    ("river", ["滨河健身步道", "河边步道", "滨河路骑行道"], 36.0655, 103.8390),
    ("hospital", ["市第二人民医院门诊大厅", "二院门诊楼一楼", "医院门诊大厅挂号处", "二院门诊大厅"], 36.0561, 103.8421),
    ("hospital", ["二院门诊药房", "二院取药窗口", "医院收费处"], 36.0563, 103.8426),
    ("hospital", ["二院地下停车场", "医院停车场", "二院停车场"], 36.0555, 103.8414),
    ("hospital", ["沙家牛肉面", "医院对面沙家牛肉面", "沙记牛肉面馆"], 36.0570, 103.8433),
    ("center", ["中心广场地下通道", "中心广场", "市中心广场"], 36.0580, 103.8355),
    ("center", ["西关百货门口", "西关商场", "西关百货"], 36.0618, 103.8180),
    ("center", ["热力公司营业厅", "供暖缴费大厅", "热力公司缴费点"], 36.0552, 103.8611),
]

SURNAMES_HUI = ["马", "马", "马", "韩", "沙", "丁", "穆", "拜", "冶", "妥", "海", "喇"]
SURNAMES = ["王", "张", "李", "刘", "陈", "杨", "赵", "魏", "何", "牛", "苏", "郭", "汪", "高",
            "孙", "朱", "段", "雷", "包", "石", "贾", "曹", "邓", "火"]
GIVEN = ["建军", "晓燕", "玉兰", "文博", "子涵", "国强", "秀英", "海燕", "明轩", "一诺", "俊杰",
         "雨欣", "志刚", "春梅", "天佑", "佳怡", "宏伟", "晓东", "梓萱", "伊布拉", "尔萨", "法图麦",
         "阿依莎", "永福", "占山", "彦龙", "婷婷", "鹏飞", "思远", "小军", "金花", "德胜", "学成",
         "雅琴", "浩然", "欣怡", "瑞", "强", "静", "芳", "磊", "娟", "凯", "丽"]

# area codes (prefix of ID numbers): local, nearby counties, migrant home provinces
AREA_LOCAL = ["620102", "620103", "620104", "620105", "620111", "620121"]
AREA_AWAY = ["622421", "622923", "640422", "630121", "620521", "621121", "412726", "511321",
             "622701", "642221"]

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_number(rng, area, year_lo=1950, year_hi=2005, male=None):
    y = rng.randint(year_lo, year_hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    seq = rng.randint(10, 99) * 10 + rng.randint(0, 9)
    if male is not None:
        if (seq % 2 == 1) != male:
            seq = seq + 1 if seq < 999 else seq - 1
    body = "%s%04d%02d%02d%03d" % (area, y, m, d, seq)
    s = sum(int(c) * w for c, w in zip(body, ID_W))
    return body + ID_C[s % 11]


def luhn_digit(digits14):
    total = 0
    for i, c in enumerate(reversed(digits14)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def imei(rng):
    tac = rng.choice(["86", "35", "86", "86"]) + "".join(str(rng.randint(0, 9)) for _ in range(6))
    snr = "".join(str(rng.randint(0, 9)) for _ in range(6))
    return tac + snr + luhn_digit(tac + snr)


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def alnum(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(n))


# colour key -> ways people write it (first is the plain one)
COLORS = {
    "黑": ["黑色", "黑", "深色", "哑光黑", "黑的", "亮黑色"],
    "白": ["白色", "白", "米白色", "白的", "珍珠白"],
    "蓝": ["蓝色", "深蓝色", "蓝", "藏青色", "宝蓝色"],
    "灰": ["灰色", "深灰", "灰", "银灰色", "太空灰"],
    "银": ["银色", "银白色", "银", "亮银色"],
    "金": ["金色", "香槟金", "金", "土豪金"],
    "绿": ["绿色", "墨绿色", "军绿色", "绿"],
    "红": ["红色", "大红色", "酒红色", "枣红色", "红"],
    "紫": ["紫色", "浅紫色", "紫"],
    "粉": ["粉色", "粉红色", "樱花粉", "粉"],
    "棕": ["棕色", "咖啡色", "褐色", "驼色"],
    "米": ["米色", "卡其色", "杏色"],
    "黄": ["黄色", "姜黄色", "黄"],
}
# colours a tired finder under station lights might call it instead
COLOR_SLIPS = {"黑": ["深蓝色", "深灰"], "蓝": ["黑色", "深色"], "灰": ["银色", "黑色"],
               "银": ["灰色", "白色"], "白": ["米色", "银色"], "棕": ["黑色", "深色"],
               "紫": ["蓝色", "粉色"], "绿": ["黑色"], "红": ["粉色", "棕色"], "粉": ["红色", "紫色"],
               "金": ["黄色", "银色"], "米": ["白色", "棕色"], "黄": ["米色"]}

# brand key -> spellings
BRANDS = {
    "华为": ["华为", "HUAWEI", "huawei", "华伟", "Huawei", "HW华为"],
    "苹果": ["苹果", "iPhone", "Apple", "APPLE", "苹果手机", "爱疯"],
    "小米": ["小米", "Xiaomi", "MI", "xiaomi", "小咪"],
    "红米": ["红米", "Redmi", "redmi", "小米红米"],
    "OPPO": ["OPPO", "oppo", "欧珀", "OPP0"],
    "vivo": ["vivo", "VIVO", "维沃", "vivio"],
    "荣耀": ["荣耀", "HONOR", "honor", "容耀"],
    "七匹狼": ["七匹狼", "SEPTWOLVES", "7匹狼", "septwolves"],
    "金利来": ["金利来", "Goldlion", "GOLDLION", "金力来"],
    "蔻驰": ["蔻驰", "COACH", "coach", "寇驰"],
    "鳄鱼": ["鳄鱼", "卡帝乐鳄鱼", "CARTELO", "鄂鱼"],
    "雅迪": ["雅迪", "Yadea", "YADEA", "yadi雅迪", "亚迪"],
    "爱玛": ["爱玛", "AIMA", "aima", "艾玛"],
    "台铃": ["台铃", "TAILG", "台玲"],
    "新日": ["新日", "SUNRA", "新日电动车"],
    "小牛": ["小牛", "NIU", "小牛电动"],
    "捷安特": ["捷安特", "GIANT", "giant", "捷安持", "jieante"],
    "美利达": ["美利达", "MERIDA", "merida", "美力达"],
    "永久": ["永久", "FOREVER", "yongjiu"],
    "喜德盛": ["喜德盛", "XDS", "xds"],
    "新秀丽": ["新秀丽", "Samsonite", "samsonite", "新秀莉"],
    "耐克": ["耐克", "Nike", "NIKE", "nike"],
    "阿迪达斯": ["阿迪达斯", "adidas", "阿迪", "ADIDAS"],
    "迪卡侬": ["迪卡侬", "DECATHLON", "迪卡龙"],
    "北面": ["北面", "The North Face", "TNF", "北脸"],
    "周大福": ["周大福", "CHOW TAI FOOK", "周大富"],
    "老凤祥": ["老凤祥", "老凤翔", "LAO FENG XIANG"],
    "周生生": ["周生生", "Chow Sang Sang"],
    "联想": ["联想", "Lenovo", "lenovo", "ThinkPad"],
    "索尼": ["索尼", "SONY", "sony"],
    "佳能": ["佳能", "Canon", "canon"],
    "罗马仕": ["罗马仕", "ROMOSS", "romoss", "罗马士"],
    "膳魔师": ["膳魔师", "THERMOS", "thermos", "膳摩师"],
    "象印": ["象印", "ZOJIRUSHI", "象印牌"],
    "富光": ["富光", "FUGUANG", "fuguang"],
    "哈尔斯": ["哈尔斯", "HAERS", "哈儿斯"],
    "波司登": ["波司登", "BOSIDENG", "bosideng", "波斯登"],
    "鸭鸭": ["鸭鸭", "YAYA", "鸭鸭羽绒服"],
    "大众": ["大众", "Volkswagen", "VW", "大众汽车"],
    "丰田": ["丰田", "TOYOTA", "toyota"],
    "比亚迪": ["比亚迪", "BYD", "byd"],
    "五菱": ["五菱", "Wuling", "五凌"],
    "天堂": ["天堂", "天堂伞", "TIANTANG"],
}


def place_list():
    out = []
    for i, (zone, names, lat, lon) in enumerate(PLACES):
        out.append({"id": i, "zone": zone, "names": names, "lat": lat, "lon": lon})
    return out


def dist_m(a, b):
    import math
    dy = (a["lat"] - b["lat"]) * 111000.0
    dx = (a["lon"] - b["lon"]) * 111000.0 * math.cos(math.radians(36.06))
    return (dx * dx + dy * dy) ** 0.5


def when(mins):
    return NOW - datetime.timedelta(minutes=mins)


def day_phrase(dt, rng, style):
    """How a person names the day of a moment."""
    dd = (NOW.date() - dt.date()).days
    if style == "abs" or dd > 6:
        return "%d月%d日" % (dt.month, dt.day) if rng.random() < 0.7 else "%d.%d" % (dt.month, dt.day)
    rel = {0: "今天", 1: "昨天", 2: "前天"}
    if dd in rel:
        return rel[dd]
    wk = "一二三四五六日"[dt.weekday()]
    return rng.choice(["上周" if dd > NOW.weekday() else "这周", "星期", "周"]) + wk \
        if rng.random() < 0.5 else "%d天前" % dd


def hour_phrase(dt, rng, exact=False):
    h, m = dt.hour, dt.minute
    if exact:
        return "%d:%02d" % (h, m)
    if h < 6:
        part = "凌晨"
    elif h < 9:
        part = "早上"
    elif h < 12:
        part = "上午"
    elif h < 13:
        part = "中午"
    elif h < 18:
        part = "下午"
    else:
        part = "晚上"
    h12 = h if h <= 12 else h - 12
    if rng.random() < 0.3:
        return part
    tail = rng.choice(["点左右", "点多", "点钟", "点半左右" if m >= 20 else "点左右"])
    return "%s%d%s" % (part, h12, tail)
