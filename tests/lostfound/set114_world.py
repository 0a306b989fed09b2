# -*- coding: utf-8 -*-
"""World data for set114: the fictional coastal county 澜港县 in the first week of
September, when the summer fishing ban ends (开海节).  Every place, person, model name and
number here is invented.  Imported by make_set114.py; standard library only."""

# The moment of registration: 9月8日 20:00.  Minutes are counted from 9月1日 00:00.
NOW_ABS = 7 * 1440 + 20 * 60


def abs_t(day, h, m=0):
    return (day - 1) * 1440 + h * 60 + m


def split_t(a):
    day = a // 1440 + 1
    r = a % 1440
    return day, r // 60, r % 60


def date_zh(day, style=0):
    if day >= 1:
        return ("9月%d日" % day) if style == 0 else ("%d号" % day)
    return ("8月%d日" % (31 + day)) if style == 0 else ("8月%d号" % (31 + day))


def date_en(day):
    if day >= 1:
        return "Sep %d" % day
    return "Aug %d" % (31 + day)


CN_NUM = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def period_zh(h):
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
    return "晚上"


def clock_zh(h, m, style):
    """style 0: 下午两点半; 1: 下午2点30; 2: 14:30"""
    if style == 2:
        return "%d:%02d" % (h, m)
    p = period_zh(h)
    h12 = h if h <= 12 else h - 12
    if style == 0:
        hs = CN_NUM[h12] + "点"
        if m == 30:
            hs += "半"
        elif m:
            hs += "%d分" % m
        return p + hs
    return p + ("%d点" % h12) + (("%02d" % m) if m else "")


def clock_en(h, m):
    ap = "am" if h < 12 else "pm"
    h12 = h if h <= 12 else h - 12
    if h12 == 0:
        h12 = 12
    return ("%d:%02d%s" % (h12, m, ap)) if m else ("%d%s" % (h12, ap))


# ---------------------------------------------------------------- places
# id: (formal name, [what people call it], English, lat, lon, finder roles, twin id)
PLACES = {
    "harbour": ("东澳中心渔港", ["东澳渔港", "渔港", "渔港码头", "东澳中心渔港", "渔港边"],
                "Dong'ao fishing harbour", 25.1905, 119.5460, ["fisher", "auction", "sanit"], None),
    "auction": ("东澳水产拍卖厅", ["水产拍卖厅", "海鲜拍卖大厅", "拍卖厅", "鱼市拍卖行", "渔港拍卖厅"],
                "the fish auction hall", 25.1912, 119.5448, ["auction"], None),
    "mazu_pier": ("东澳妈祖宫码头", ["妈祖宫码头", "宫口码头", "东澳妈祖宫码头"],
                  "Mazu temple pier", 25.1938, 119.5485, ["fisher", "temple"], "isl_mazu_pier"),
    "temple": ("东澳天后宫", ["天后宫", "妈祖庙", "妈祖宫", "东澳妈祖庙"],
               "the Mazu temple", 25.1946, 119.5477, ["temple"], "isl_temple"),
    "square": ("开海广场", ["开海广场", "渔港广场", "开海节主会场"],
               "Kaihai square", 25.1898, 119.5432, ["sanit", "passer"], None),
    "old_ferry": ("城关老客运码头", ["老客运码头", "老码头", "城关客运码头", "旧客运站"],
                  "the old ferry terminal", 25.2035, 119.5190, ["ferry"], "new_ferry"),
    "new_ferry": ("澜港客运码头新站", ["新客运码头", "客运码头新站", "轮渡新站", "新码头"],
                  "the new ferry terminal", 25.1740, 119.5810, ["ferry"], "old_ferry"),
    "ferry_boat": ("鹭屿航线客轮", ["去鹭屿的客船上", "轮渡上", "鹭屿号客轮上", "渡船上"],
                   "the ferry to Luyu island", 25.1560, 119.6300, ["ferry"], None),
    "isl_pier": ("鹭屿码头", ["鹭屿码头", "岛上码头", "鹭屿客运码头"],
                 "Luyu island pier", 25.1368, 119.6812, ["ferry", "passer"], None),
    "isl_mazu_pier": ("鹭屿妈祖宫码头", ["妈祖宫码头", "岛上妈祖宫码头", "鹭屿宫口码头"],
                      "the Mazu pier on Luyu", 25.1402, 119.6871, ["fisher", "temple"], "mazu_pier"),
    "isl_temple": ("鹭屿天后宫", ["鹭屿妈祖庙", "岛上妈祖庙", "鹭屿天后宫"],
                   "the Mazu temple on Luyu", 25.1410, 119.6880, ["temple"], "temple"),
    "beach": ("金沙湾海滩", ["金沙湾", "金沙滩", "金沙湾海滩", "沙滩"],
              "Jinsha Bay beach", 25.2140, 119.5760, ["sanit", "passer"], None),
    "gh_haifeng": ("金沙湾海风民宿", ["海风民宿", "海风客栈"],
                   "Haifeng guesthouse", 25.2152, 119.5741, ["guest"], "gh_haifeng2"),
    "gh_tingtao": ("金沙湾听涛民宿", ["听涛民宿", "听涛客栈"],
                   "Tingtao guesthouse", 25.2131, 119.5779, ["guest"], None),
    "gh_haifeng2": ("鹭屿海峰民宿", ["海峰民宿", "海峰客栈"],
                    "Haifeng inn on Luyu", 25.1388, 119.6840, ["guest"], "gh_haifeng"),
    "gh_yujia": ("鹭屿渔家小院民宿", ["渔家小院", "渔家小院民宿"],
                 "Yujia courtyard inn", 25.1379, 119.6795, ["guest"], None),
    "plant": ("宏洋水产加工厂", ["宏洋水产", "水产加工厂", "加工厂", "宏洋厂"],
              "the fish plant", 25.1830, 119.5330, ["plant"], None),
    "dorm": ("宏洋厂职工宿舍", ["宏洋宿舍", "厂宿舍", "职工宿舍"],
             "the plant dormitory", 25.1822, 119.5318, ["plant"], None),
    "market": ("城关农贸市场", ["农贸市场", "城关菜市场", "菜市场"],
               "the town market", 25.2050, 119.5160, ["sanit", "passer"], None),
    "coop": ("东澳渔业专业合作社", ["渔业合作社", "东澳合作社", "合作社"],
             "the fishermen's cooperative", 25.1921, 119.5502, ["coop"], None),
    "food_street": ("东澳海鲜排档街", ["海鲜街", "排档街", "大排档"],
                    "the seafood street", 25.1925, 119.5420, ["sanit", "passer"], None),
    "bus": ("城关汽车站", ["汽车站", "城关车站", "客运站"],
            "the bus station", 25.2080, 119.5120, ["passer"], None),
    # far places, used for the far negatives
    "nanwan": ("南湾镇汽车站", ["南湾镇汽车站", "南湾车站"], "Nanwan bus stop", 25.0520, 119.4480, ["passer"], None),
    "beijiao": ("北礁村渔港", ["北礁渔港", "北礁村码头"], "Beijiao harbour", 25.3120, 119.6250, ["fisher"], None),
    "hsr": ("澜港高铁站", ["高铁站", "澜港站"], "Langang railway station", 25.2480, 119.4620, ["passer"], None),
}

FAR_PLACES = ["nanwan", "beijiao", "hsr"]

# where a thing lost at one place may be handed in
FOUND_AT = {
    "ferry_boat": ["ferry_boat", "new_ferry", "old_ferry", "isl_pier"],
    "auction": ["auction", "auction", "harbour"],
    "harbour": ["harbour", "coop", "auction"],
    "beach": ["beach", "beach", "gh_tingtao", "gh_haifeng"],
    "square": ["square", "square", "temple"],
    "temple": ["temple", "temple", "square"],
    "dorm": ["dorm", "plant"],
    "plant": ["plant", "dorm"],
    "food_street": ["food_street", "square"],
    "isl_pier": ["isl_pier", "isl_pier", "gh_yujia"],
}

# what people were doing there
ACTS = {
    "harbour": ["卸货", "等船回港", "补渔网", "看渔船出海"],
    "auction": ["卖鱼", "看拍卖", "拿货", "结账"],
    "mazu_pier": ["等船", "看渔船", "接人"],
    "temple": ["拜妈祖", "看庙会", "看巡游", "烧香"],
    "square": ["看开海仪式", "看表演", "拍照"],
    "old_ferry": ["排队买票", "等船", "候船"],
    "new_ferry": ["排队买票", "等船", "候船"],
    "ferry_boat": ["坐船去鹭屿", "坐船回来", "拍照"],
    "isl_pier": ["下船", "等回程的船", "拍照"],
    "isl_mazu_pier": ["等船", "看渔船", "拜妈祖"],
    "isl_temple": ["拜妈祖", "看庙会"],
    "beach": ["赶海", "游泳", "玩沙子", "拍照"],
    "gh_haifeng": ["住宿", "退房"], "gh_tingtao": ["住宿", "退房"],
    "gh_haifeng2": ["住宿", "退房"], "gh_yujia": ["住宿", "退房"],
    "plant": ["上班", "换班", "下班"], "dorm": ["洗衣服", "下班回宿舍"],
    "market": ["买菜", "卖海产", "买鱼干"], "coop": ["领油补", "交材料", "开会"],
    "food_street": ["吃海鲜", "吃夜宵"], "bus": ["等车", "下车"],
}

# opening hours of what goes on at each place (start hour ranges) and allowed days
ACTIVITY = {
    "auction": ([3, 4, 5, 6, 7], range(2, 9)),
    "harbour": ([4, 5, 6, 9, 15, 16, 17, 19], range(-3, 9)),
    "coop": ([8, 9, 10, 14, 15], range(-3, 9)),
    "temple": ([8, 9, 10, 14, 15, 19], range(2, 5)),
    "isl_temple": ([9, 10, 14, 15], range(2, 5)),
    "square": ([9, 10, 11, 19, 20], range(1, 3)),
    "market": ([5, 6, 7, 8, 9, 10], range(-4, 9)),
    "plant": ([6, 14, 22], range(2, 9)),
    "dorm": ([7, 15, 19, 23], range(-4, 9)),
    "food_street": ([18, 19, 20, 21], range(-4, 9)),
    "beach": ([7, 9, 10, 15, 16, 17, 19], range(-6, 9)),
}
DEFAULT_ACTIVITY = ([7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18], range(-6, 9))

# ---------------------------------------------------------------- colours
COLORS = {
    "black": (["黑色", "黑", "深色", "哑光黑", "乌色", "纯黑"], "black", ["darkgray", "navy"]),
    "white": (["白色", "白", "米白", "象牙白"], "white", ["silver"]),
    "silver": (["银色", "银白", "银灰"], "silver", ["white", "darkgray"]),
    "gold": (["金色", "土豪金", "香槟金"], "gold", ["silver"]),
    "red": (["红色", "大红", "酒红"], "red", ["pink", "orange"]),
    "blue": (["蓝色", "天蓝", "宝蓝"], "blue", ["navy"]),
    "navy": (["深蓝", "藏青", "藏蓝"], "navy", ["black", "blue"]),
    "green": (["绿色", "墨绿", "军绿"], "green", ["darkgray"]),
    "pink": (["粉色", "粉红", "浅粉"], "pink", ["red"]),
    "purple": (["紫色", "浅紫", "淡紫"], "purple", ["blue"]),
    "orange": (["橙色", "橘红", "橘色"], "orange", ["red", "yellow"]),
    "yellow": (["黄色", "明黄", "荧光黄"], "yellow", ["orange"]),
    "darkgray": (["深灰", "灰色", "铁灰", "炭灰"], "dark grey", ["black"]),
    "brown": (["棕色", "咖啡色", "褐色"], "brown", ["black"]),
}

# ---------------------------------------------------------------- brands
# id: (owner spellings, finder spellings (read off a logo), English)
BRANDS = {
    "huawei": (["华为", "HUAWEI", "Huawei", "华伟", "huawei"], ["华为", "HUAWEI"], "Huawei"),
    "apple": (["苹果", "iPhone", "Apple", "平果", "爱疯"], ["苹果", "Apple", "苹果标志"], "Apple"),
    "xiaomi": (["小米", "Xiaomi", "xiaomi", "MI"], ["小米", "Xiaomi", "MI"], "Xiaomi"),
    "redmi": (["红米", "Redmi", "hongmi"], ["Redmi", "红米"], "Redmi"),
    "oppo": (["OPPO", "oppo", "欧珀"], ["OPPO"], "OPPO"),
    "vivo": (["vivo", "VIVO", "维沃"], ["vivo"], "vivo"),
    "honor": (["荣耀", "HONOR", "Honor", "rongyao"], ["荣耀", "HONOR"], "Honor"),
    "septwolves": (["七匹狼", "SEPTWOLVES", "七匹郎"], ["七匹狼", "SEPTWOLVES"], "Septwolves"),
    "goldlion": (["金利来", "Goldlion", "goldlion"], ["金利来", "GOLDLION"], "Goldlion"),
    "coach": (["蔻驰", "COACH", "coach", "寇驰"], ["COACH", "蔻驰"], "Coach"),
    "yadea": (["雅迪", "Yadea", "yadi", "YADEA"], ["雅迪", "YADEA"], "Yadea"),
    "aima": (["爱玛", "AIMA", "Aima", "艾玛"], ["爱玛", "AIMA"], "Aima"),
    "tailg": (["台铃", "TAILG", "台玲"], ["台铃", "TAILG"], "Tailg"),
    "sunra": (["新日", "SUNRA", "xinri"], ["新日", "SUNRA"], "Sunra"),
    "jinpeng": (["金彭", "JINPENG", "金鹏"], ["金彭", "JINPENG"], "Jinpeng"),
    "giant": (["捷安特", "GIANT", "Giant", "jieante"], ["捷安特", "GIANT"], "Giant"),
    "merida": (["美利达", "MERIDA", "美力达"], ["美利达", "MERIDA"], "Merida"),
    "forever": (["永久", "FOREVER", "永久牌"], ["永久", "FOREVER"], "Forever"),
    "phoenix": (["凤凰", "PHOENIX", "凤凰牌"], ["凤凰", "PHOENIX"], "Phoenix"),
    "decathlon": (["迪卡侬", "DECATHLON", "Decathlon", "迪卡农"], ["迪卡侬", "DECATHLON"], "Decathlon"),
    "samsonite": (["新秀丽", "Samsonite", "新秀立"], ["新秀丽", "Samsonite"], "Samsonite"),
    "tnf": (["北面", "The North Face", "TNF", "北脸"], ["北面", "THE NORTH FACE"], "The North Face"),
    "nike": (["耐克", "NIKE", "Nike", "奈克"], ["耐克", "NIKE", "耐克勾"], "Nike"),
    "ctf": (["周大福", "CHOW TAI FOOK", "周大富", "CTF"], ["周大福", "CTF"], "Chow Tai Fook"),
    "lfx": (["老凤祥", "LAO FENG XIANG", "老凤翔"], ["老凤祥"], "Lao Feng Xiang"),
    "lukfook": (["六福", "六福珠宝", "LUKFOOK"], ["六福", "LUKFOOK"], "Lukfook"),
    "dji": (["大疆", "DJI", "dji", "大僵"], ["大疆", "DJI"], "DJI"),
    "gopro": (["GoPro", "gopro", "狗pro"], ["GoPro"], "GoPro"),
    "canon": (["佳能", "Canon", "canon"], ["佳能", "Canon"], "Canon"),
    "sony": (["索尼", "SONY", "Sony"], ["索尼", "SONY"], "Sony"),
    "romoss": (["罗马仕", "ROMOSS", "罗马士"], ["罗马仕", "ROMOSS"], "Romoss"),
    "baofeng": (["宝锋", "BAOFENG", "宝峰"], ["宝锋", "BAOFENG"], "Baofeng"),
    "garmin": (["佳明", "Garmin", "GARMIN"], ["佳明", "GARMIN"], "Garmin"),
    "warrior": (["回力", "WARRIOR", "回立"], ["回力", "WARRIOR"], "Warrior"),
    "daiwa": (["达亿瓦", "DAIWA", "大和"], ["达亿瓦", "DAIWA"], "Daiwa"),
    "shimano": (["禧玛诺", "SHIMANO", "喜马诺"], ["禧玛诺", "SHIMANO"], "Shimano"),
    "thermos": (["膳魔师", "THERMOS", "膳魔狮"], ["膳魔师", "THERMOS"], "Thermos"),
    "byd": (["比亚迪", "BYD", "byd"], ["比亚迪", "BYD"], "BYD"),
    "wuling": (["五菱", "WULING", "五陵"], ["五菱"], "Wuling"),
}

# invented model names, per brand and kind
MODELS = {
    ("huawei", "phone"): ["Mate 90", "nova 19 Pro", "畅享 80", "Pura 99"],
    ("apple", "phone"): ["iPhone 19", "iPhone 19 Pro Max", "iPhone 18 Plus"],
    ("xiaomi", "phone"): ["小米 19", "Civi 9 Pro", "MIX Flip 7"],
    ("redmi", "phone"): ["Note 18 Pro", "K 90", "Turbo 8"],
    ("oppo", "phone"): ["Reno 19", "A 98", "Find X12"],
    ("vivo", "phone"): ["X 400", "Y 300t", "S 29"],
    ("honor", "phone"): ["Magic 11", "X 70", "Play 12"],
    ("huawei", "earbuds"): ["FreeBuds 9i", "FreeBuds Pro 6"],
    ("apple", "earbuds"): ["AirPods 6", "AirPods Pro 4"],
    ("xiaomi", "earbuds"): ["Buds 7"],
    ("huawei", "watch"): ["Watch GT 11", "Watch Fit 6"],
    ("apple", "watch"): ["Watch S 13"],
    ("huawei", "tablet"): ["MatePad 14", "MatePad Air 4"],
    ("apple", "tablet"): ["iPad Air 9", "iPad mini 9"],
    ("dji", "actioncam"): ["Osmo Action 9", "Osmo Pocket 5"],
    ("gopro", "actioncam"): ["HERO 16", "HERO 15 Mini"],
    ("dji", "drone"): ["Mini 7", "Air 5S"],
    ("canon", "camera"): ["EOS R90", "PowerShot G9 X IV"],
    ("sony", "camera"): ["ZV-E30", "α7 VII"],
    ("romoss", "powerbank"): ["PSW20", "Sense 9"],
    ("xiaomi", "powerbank"): ["PB2088"],
    ("baofeng", "radio"): ["UV-95R", "BF-998"],
    ("garmin", "gps"): ["eTrex 42", "GPSMAP 89"],
    ("yadea", "ebike"): ["冠能 G9", "DE7"], ("aima", "ebike"): ["A700", "小蜜豆 3"],
    ("tailg", "ebike"): ["战速 9", "TL-60"], ("sunra", "ebike"): ["SR-12"],
    ("jinpeng", "trike"): ["JP-D350"], ("giant", "bicycle"): ["ATX 990", "Escape 5"],
    ("merida", "bicycle"): ["勇士 700"], ("forever", "bicycle"): ["QJ-26"], ("phoenix", "bicycle"): ["FH-28"],
}

SURNAMES = ["陈", "林", "黄", "郑", "吴", "蔡", "洪", "王", "李", "张", "刘", "许", "杨", "苏", "庄",
            "施", "欧阳", "郭", "何", "邱"]
GIVEN_M = ["水生", "阿海", "金福", "建国", "志强", "国栋", "德旺", "明辉", "文彬", "俊杰", "晓东", "添财",
           "海生", "德福", "浩然", "思远", "妈赐"]
GIVEN_F = ["丽珠", "秀英", "美玲", "春花", "婉清", "海燕", "宝珠", "嘉怡", "梓涵", "玉兰", "红梅", "雅婷",
           "秋月"]
GIVEN = GIVEN_M + GIVEN_F
FOREIGN_NAMES = ["Budi Santoso", "Aung Min Thu", "Rizal Hakim", "Joel Dizon", "Tran Van Khoa",
                 "Mark Ellison", "Sofia Brandt", "Nyein Chan", "Agus Pratama"]
HOME_CITIES = ["福州", "厦门", "南昌", "长沙", "杭州", "合肥", "广州", "武汉", "上海", "成都"]
WORKER_HOMES = [("河南", "410", "俺"), ("四川", "510", "我"), ("贵州", "520", "我"), ("湖南", "430", "我"),
                ("江西", "360", "我"), ("安徽", "340", "俺")]
BOATS = ["闽澜渔05123", "闽澜渔60417", "闽澜渔03388", "闽澜渔07203", "闽澜渔01688", "闽澜渔08842"]
FERRIES = ["鹭屿1号", "鹭屿3号", "海韵号", "鹭屿快艇2号"]
ROOMS = ["203", "305", "102", "17", "208"]
SHORTS = ["0417", "8842", "0203", "1688", "5123", "0903", "0017", "3388"]

TYPOS = [("手机", "手鸡"), ("手机", "首机"), ("钥匙", "要是"), ("钥匙", "钥是"), ("钱包", "钱抱"),
         ("钱包", "前包"), ("身份证", "身分证"), ("身份证", "身份正"), ("黑色", "黑涩"), ("项链", "像链"),
         ("电动车", "电动扯"), ("丢了", "丢啦"), ("捡到", "减到"), ("码头", "马头"), ("耳机", "耳鸡"),
         ("背包", "被包"), ("手镯", "手卓"), ("自行车", "自行扯"), ("救生衣", "救生依")]


# ---------------------------------------------------------------- numbers
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]
