"""World tables for set109: an invented north-western regional capital ("Xuequan",
雪泉市) in the July tourist season.  Every place, person, model and number here is
invented.  Standard library only; nothing in this module draws random numbers at import
time, every draw goes through the caller's random.Random.
"""

# ---------------------------------------------------------------- time
# minute 0 = 1 July 00:00; the registration moment is 1 August 09:00.
NOW = 31 * 1440 + 9 * 60
DAY = 1440


def split_min(m):
    d = m // DAY + 1
    r = m % DAY
    return d, r // 60, r % 60


def md(d):
    """(month, day) for a day number counted from 1 July."""
    return (7, d) if d <= 31 else (8, d - 31)


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
    if h < 20:
        return "傍晚"
    return "晚上"


def h12(h):
    return h - 12 if h > 12 else h


def zh_time(rng, m, style="mixed"):
    """A Chinese phrase for an absolute minute, in one of several registers."""
    dd, h, mi = split_min(m)
    mo, d = md(dd)
    p = part_of_day(h)
    forms = [
        "%d月%d日%s%d点左右" % (mo, d, p, h12(h)),
        "%d月%d日%d:%02d" % (mo, d, h, mi),
        "%d号%s" % (d, p),
        "%d月%d日%s%d点多" % (mo, d, p, h12(h)),
        "%d.%d %s" % (mo, d, p),
        "%d月%d日%d时许" % (mo, d, h),
    ]
    if style == "desk":
        return rng.choice([forms[1], forms[5], "%d月%d日%d时%d分许" % (mo, d, h, mi)])
    if style == "vague":
        return rng.choice([forms[2], "%d月%d日%s" % (mo, d, p), "%d号那天%s" % (d, p)])
    return rng.choice(forms)


def en_time(rng, m, ru=False):
    dd, h, mi = split_min(m)
    mo, d = md(dd)
    mon = "July" if mo == 7 else "August"
    ap = "am" if h < 12 else "pm"
    th = "st" if d in (1, 21, 31) else ("nd" if d in (2, 22) else ("rd" if d in (3, 23) else "th"))
    if ru:
        return rng.choice(["%d.%02d about %d:%02d" % (d, mo, h, mi), "%d of %s in %s" % (d, mon, "evening" if h >= 18 else ("morning" if h < 12 else "day")), "%d %s around %d o'clock" % (d, mon.lower(), h)])
    return rng.choice(["on %s %d around %d %s" % (mon, d, h12(h) or 12, ap), "on the %d%s of %s, around %d:%02d" % (d, th, mon, h, mi), "%s %d, %s" % (mon, d, "in the evening" if h >= 18 else ("in the morning" if h < 12 else "in the afternoon"))])


# ---------------------------------------------------------------- places
# key, main name, alternative names, English, lat, lon, cluster, typical hours
PLACES = [
    ("bazaar", "金驼国际大巴扎", ["大巴扎", "金驼巴扎", "国际大巴扎", "巴扎"], "the Grand Bazaar", 43.7752, 87.6218, "bazaar", (10, 22)),
    ("jade", "大巴扎玉器街", ["玉器一条街", "巴扎玉石区", "和田玉市场", "玉器街"], "the jade street in the bazaar", 43.7761, 87.6229, "bazaar", (10, 21)),
    ("carpet", "地毯巷", ["巴扎地毯城", "地毯市场", "卖地毯的巷子"], "carpet lane", 43.7745, 87.6205, "bazaar", (10, 20)),
    ("dryfruit", "驼铃干果市场", ["干果市场", "干果城", "驼铃干果城"], "the dried fruit market", 43.7738, 87.6236, "bazaar", (9, 21)),
    ("tower", "巴扎观光塔", ["观光塔", "巴扎塔楼"], "the bazaar tower", 43.7757, 87.6210, "bazaar", (11, 22)),
    ("bazaar_stop", "大巴扎北门公交站", ["巴扎北门站", "大巴扎站", "北门公交站"], "the bus stop at the bazaar north gate", 43.7771, 87.6214, "bazaar", (8, 23)),
    ("mosque", "白塔寺广场", ["白塔寺", "清真寺广场", "白塔广场"], "the mosque square", 43.7786, 87.6262, "bazaar", (9, 23)),
    ("naan", "馕文化街", ["馕街", "打馕一条街"], "naan street", 43.7719, 87.6188, "bazaar", (8, 22)),
    ("grape", "葡萄巷", ["葡萄巷口", "葡萄巷老街"], "Grape Lane", 43.7810, 87.6190, "bazaar", (9, 23)),
    ("tuoling_hotel", "驼铃宾馆", ["驼铃酒店", "驼铃宾馆大堂"], "Tuoling hotel", 43.7822, 87.6175, "bazaar", (7, 24)),
    ("pomegranate", "石榴夜市", ["石榴街夜市", "石榴夜市美食街", "石榴街"], "Pomegranate night market", 43.7905, 87.6152, "center", (19, 26)),
    ("hostel", "葡萄架青年旅舍", ["葡萄架青旅", "青旅"], "Grapevine hostel", 43.7883, 87.6201, "center", (8, 24)),
    ("friendship", "友谊广场", ["友谊广场地下通道", "友谊广场东侧"], "Friendship Square", 43.7998, 87.6074, "center", (7, 23)),
    ("mingsha", "鸣沙公园", ["鸣沙公园南门", "鸣沙山公园"], "Mingsha Park", 43.8052, 87.6120, "center", (6, 22)),
    ("mall", "昆仑广场购物中心", ["昆仑广场", "昆仑商场", "昆仑购物中心"], "Kunlun mall", 43.8011, 87.6031, "center", (10, 22)),
    ("brt", "BRT1号线驼铃街站", ["BRT驼铃街站", "驼铃街站", "快速公交驼铃街站"], "the Tuoling St BRT stop", 43.7931, 87.6123, "center", (7, 23)),
    ("shiliuyuan", "石榴园小区", ["石榴园", "石榴园小区南门"], "Shiliuyuan estate", 43.7870, 87.6300, "center", (6, 24)),
    ("redwillow", "红柳夜市", ["红柳巷夜市", "红柳烧烤一条街"], "Red Willow night market", 43.8123, 87.5857, "north", (19, 26)),
    ("museum", "丝路博物馆", ["博物馆", "丝绸之路博物馆", "丝路博物馆二楼展厅"], "the Silk Road Museum", 43.8182, 87.5903, "north", (10, 19)),
    ("tianjing_hotel", "天镜大酒店", ["天镜酒店", "天镜大酒店前台"], "Tianjing hotel", 43.8105, 87.5992, "north", (7, 24)),
    ("hongliu", "红柳小区", ["红柳小区3号楼", "红柳小区门口"], "Hongliu estate", 43.8150, 87.5800, "north", (6, 24)),
    ("huyang", "胡杨路夜市", ["胡杨夜市", "胡杨路小吃街"], "Huyang Road night market", 43.7684, 87.6091, "south", (19, 26)),
    ("south_park", "南湖公园", ["南湖", "南湖公园北门"], "South Lake park", 43.7620, 87.6150, "south", (6, 22)),
    ("station", "雪泉火车站", ["火车站", "雪泉站", "火车站候车厅"], "the railway station", 43.8302, 87.5481, "station", (6, 23)),
    ("station_sq", "火车站站前广场", ["站前广场", "火车站广场"], "the station square", 43.8291, 87.5495, "station", (6, 23)),
    ("tour_center", "旅游集散中心", ["集散中心", "旅游大巴停车场", "游客集散中心"], "the tourist bus centre", 43.8279, 87.5526, "station", (6, 20)),
    ("coach", "西域客运站", ["长途汽车站", "客运站", "西域汽车站"], "the long-distance bus station", 43.8247, 87.5603, "station", (6, 21)),
    ("bus52", "52路公交总站", ["52路终点站", "公交西站"], "the bus 52 terminal", 43.8390, 87.5702, "station", (6, 23)),
    ("univ", "雪泉大学", ["雪泉大学本部", "雪大", "雪泉大学南门"], "Xuequan University", 43.8466, 87.6052, "univ", (7, 23)),
    ("univ_lib", "雪泉大学图书馆", ["大学图书馆", "雪大图书馆", "图书馆三楼"], "the university library", 43.8472, 87.6063, "univ", (8, 22)),
    ("univ_dorm", "雪泉大学国际学生公寓", ["留学生公寓", "暑期学校宿舍", "国际公寓"], "the international dorm", 43.8458, 87.6039, "univ", (7, 24)),
    ("univ_canteen", "雪泉大学二食堂", ["二食堂", "学校食堂"], "the university canteen", 43.8461, 87.6071, "univ", (7, 21)),
    ("airport", "雪泉机场T2", ["机场", "雪泉机场", "机场T2航站楼"], "the airport", 43.9012, 87.4743, "far", (6, 24)),
    ("lake", "天镜湖景区", ["天镜湖", "天镜湖游客中心", "天镜湖栈道"], "Tianjing Lake scenic area", 43.8875, 88.1264, "far", (8, 19)),
    ("pasture", "松岭牧场", ["松岭草原", "松岭牧场骑马场"], "Songling pasture", 43.4512, 87.3041, "far", (9, 19)),
    ("south_mtn", "南山观景台", ["南山", "南山景区观景台"], "the South Mountain viewpoint", 43.4830, 87.2655, "far", (9, 19)),
]
PLACE = {p[0]: p for p in PLACES}
CLUSTERS = sorted(set(p[6] for p in PLACES))


def cluster_of(key):
    return PLACE[key][6]


FAR_NEAR = {"pasture": ["south_mtn"], "south_mtn": ["pasture"], "lake": ["lake"], "airport": ["airport"]}


def neighbours(key):
    """Places a short walk away (the far-out scenic spots and the airport stand alone)."""
    c = cluster_of(key)
    if c == "far":
        return FAR_NEAR[key]
    return sorted(p[0] for p in PLACES if p[6] == c and p[0] != key)


ACTIVITY = {
    "bazaar": ["逛巴扎", "买干果", "拍照", "看民族手工艺品", "买艾德莱斯绸围巾"],
    "jade": ["看和田玉", "挑玉镯子", "和老板讲价买玉"],
    "carpet": ["看地毯", "买了一块小地毯", "试坐地毯"],
    "dryfruit": ["买葡萄干和巴旦木", "称干果", "买红枣核桃"],
    "tower": ["上观光塔拍照", "排队"],
    "bazaar_stop": ["等公交", "等车"],
    "mosque": ["拍照", "看广场上的歌舞表演", "坐着休息"],
    "naan": ["买馕", "排队买烤包子", "看打馕"],
    "grape": ["喝茶", "逛老街", "吃酸奶粽子"],
    "tuoling_hotel": ["办入住", "等人", "退房"],
    "pomegranate": ["吃烤肉", "吃夜宵", "喝卡瓦斯", "吃烤羊肉串"],
    "hostel": ["给手机充电", "办入住"],
    "friendship": ["散步", "跳广场舞", "乘凉"],
    "mingsha": ["散步", "带孙子玩", "下象棋", "晨练"],
    "mall": ["逛商场", "吃饭", "看电影"],
    "brt": ["等BRT", "刷卡进站"],
    "shiliuyuan": ["乘凉", "取快递"],
    "redwillow": ["吃烧烤", "吃夜宵", "喝啤酒"],
    "museum": ["参观博物馆", "看丝路文物展", "存包"],
    "tianjing_hotel": ["办入住", "吃早餐", "退房"],
    "hongliu": ["回家", "停车"],
    "huyang": ["吃烤肉", "吃凉皮", "吃炒米粉"],
    "south_park": ["散步", "划船", "晨练"],
    "station": ["排队进站", "候车", "取票"],
    "station_sq": ["等人", "找旅游团集合", "坐着等车"],
    "tour_center": ["等旅游大巴", "集合上车", "买景区票"],
    "coach": ["买长途车票", "等长途车"],
    "bus52": ["下车", "换乘"],
    "univ": ["上暑期课", "散步"],
    "univ_lib": ["自习", "查资料"],
    "univ_dorm": ["回宿舍", "做饭"],
    "univ_canteen": ["吃饭", "排队打饭"],
    "airport": ["值机", "过安检", "等接机"],
    "lake": ["游湖", "坐区间车", "拍照"],
    "pasture": ["骑马", "喝奶茶"],
    "south_mtn": ["爬山", "拍照"],
}

ACTIVITY_EN = ["shopping", "taking photos", "having dinner", "walking around", "waiting", "sightseeing"]

VEHICLES = [
    # key, zh, zh alternatives, en, handover places
    ("taxi", "出租车", ["出租车", "的士", "出租"], "a taxi", ["station", "bazaar", "mall", "tianjing_hotel", "friendship"]),
    ("ride", "网约车", ["网约车", "快车", "顺风车", "打的车"], "a ride-hailing car", ["station_sq", "univ", "hongliu", "mall", "coach", "airport"]),
    ("bus52", "52路公交车", ["52路", "52路公交", "五十二路车"], "bus number 52", ["bus52"]),
    ("bus7", "7路公交车", ["7路", "7路车", "七路公交"], "bus 7", ["univ", "friendship"]),
    ("brt", "BRT1号线", ["BRT", "快速公交1号线", "BRT一号线"], "the BRT line 1", ["brt", "redwillow"]),
    ("tourbus", "旅游大巴", ["旅游大巴", "团队大巴", "景区直通车"], "the tour bus", ["tour_center", "lake"]),
]
VEH = {v[0]: v for v in VEHICLES}

# ---------------------------------------------------------------- colours
COLORS = {
    "black": (["黑色", "黑", "深色", "哑光黑", "曜石黑", "纯黑"], ["black", "dark", "matte black"]),
    "white": (["白色", "白", "珍珠白", "米白", "象牙白"], ["white", "off-white"]),
    "blue": (["蓝色", "深蓝", "藏青", "宝蓝", "兰色", "蓝"], ["blue", "navy", "dark blue"]),
    "red": (["红色", "酒红", "大红", "枣红", "红"], ["red", "dark red", "wine red"]),
    "green": (["绿色", "墨绿", "军绿", "翡翠绿", "绿"], ["green", "dark green"]),
    "gold": (["金色", "香槟金", "土豪金", "金"], ["gold", "champagne"]),
    "silver": (["银色", "银白", "亮银", "银"], ["silver"]),
    "grey": (["灰色", "深空灰", "银灰", "浅灰", "灰"], ["grey", "space grey", "gray"]),
    "pink": (["粉色", "樱花粉", "浅粉", "粉红"], ["pink", "light pink"]),
    "purple": (["紫色", "薰衣草紫", "浅紫", "紫"], ["purple", "violet", "lilac"]),
    "brown": (["棕色", "咖啡色", "驼色", "褐色"], ["brown", "tan", "camel"]),
    "yellow": (["黄色", "明黄", "姜黄"], ["yellow"]),
    "orange": (["橙色", "橘色", "橘黄"], ["orange"]),
}
# a colour an honest person may say for another one
COLOR_SLIP = {"blue": "black", "grey": "silver", "silver": "grey", "purple": "pink", "brown": "red",
              "gold": "yellow", "green": "blue", "black": "grey", "orange": "yellow", "pink": "red"}


def color_zh(rng, c, plain=False):
    words = COLORS[c][0]
    return words[0] if plain else rng.choice(words)


def color_en(rng, c):
    return rng.choice(COLORS[c][1])


# ---------------------------------------------------------------- brands
# key: (zh spellings incl. slips, en spellings)
BRANDS = {
    "huawei": (["华为", "华为", "HUAWEI", "huawei", "华伟", "Huawei"], ["Huawei", "HUAWEI"]),
    "apple": (["苹果", "iPhone", "Apple", "苹果", "平果", "爱疯"], ["iPhone", "Apple"]),
    "xiaomi": (["小米", "Xiaomi", "MI", "xiaomi", "小咪"], ["Xiaomi", "Mi"]),
    "redmi": (["红米", "Redmi", "redmi", "红米"], ["Redmi"]),
    "oppo": (["OPPO", "oppo", "欧珀", "OPPO"], ["Oppo", "OPPO"]),
    "vivo": (["vivo", "VIVO", "维沃", "Vivo"], ["Vivo"]),
    "honor": (["荣耀", "HONOR", "honor", "容耀", "荣耀"], ["Honor"]),
    "samsung": (["三星", "Samsung", "SAMSUNG", "三星"], ["Samsung"]),
    "coach": (["蔻驰", "COACH", "寇驰", "coach"], ["Coach"]),
    "septwolves": (["七匹狼", "SEPTWOLVES", "7匹狼"], ["Septwolves"]),
    "goldlion": (["金利来", "Goldlion", "金利莱"], ["Goldlion"]),
    "cardin": (["皮尔卡丹", "pierre cardin", "皮尔卡登"], ["Pierre Cardin"]),
    "toyota": (["丰田", "TOYOTA", "toyota"], ["Toyota"]),
    "vw": (["大众", "VW", "Volkswagen", "大众汽车"], ["VW", "Volkswagen"]),
    "byd": (["比亚迪", "BYD", "byd"], ["BYD"]),
    "haval": (["哈弗", "HAVAL", "哈佛"], ["Haval"]),
    "yadea": (["雅迪", "Yadea", "雅笛", "YADEA"], ["Yadea"]),
    "aima": (["爱玛", "AIMA", "爱马"], ["Aima"]),
    "tailg": (["台铃", "TAILG", "台玲"], ["Tailg"]),
    "niu": (["小牛", "NIU", "niu"], ["NIU"]),
    "luyuan": (["绿源", "LUYUAN", "绿原"], ["Luyuan"]),
    "giant": (["捷安特", "GIANT", "giant", "捷安特"], ["Giant"]),
    "merida": (["美利达", "MERIDA", "美力达"], ["Merida"]),
    "xds": (["喜德盛", "XDS", "喜德胜"], ["XDS"]),
    "forever": (["永久", "FOREVER", "永久牌"], ["Forever"]),
    "phoenix": (["凤凰", "PHOENIX", "凤凰牌"], ["Phoenix"]),
    "decathlon": (["迪卡侬", "Decathlon", "DECATHLON", "迪卡农"], ["Decathlon"]),
    "samsonite": (["新秀丽", "Samsonite", "新秀利"], ["Samsonite"]),
    "tnf": (["北面", "The North Face", "TNF", "北脸"], ["North Face", "The North Face"]),
    "nike": (["耐克", "Nike", "NIKE"], ["Nike"]),
    "adidas": (["阿迪达斯", "adidas", "阿迪"], ["Adidas"]),
    "diplomat": (["外交官", "Diplomat", "DIPLOMAT"], ["Diplomat"]),
    "ctf": (["周大福", "Chow Tai Fook", "周大富", "CTF"], ["Chow Tai Fook"]),
    "lfx": (["老凤祥", "LAO FENG XIANG", "老凤翔"], ["Lao Feng Xiang"]),
    "css": (["周生生", "Chow Sang Sang", "周升生"], ["Chow Sang Sang"]),
    "sony": (["索尼", "SONY", "Sony", "索尼"], ["Sony"]),
    "canon": (["佳能", "Canon", "CANON", "佳能"], ["Canon"]),
    "fuji": (["富士", "Fujifilm", "FUJI"], ["Fujifilm"]),
    "dji": (["大疆", "DJI", "dji"], ["DJI"]),
    "lenovo": (["联想", "Lenovo", "ThinkPad", "联想"], ["Lenovo"]),
    "romoss": (["罗马仕", "ROMOSS", "罗马士"], ["Romoss"]),
    "anker": (["安克", "Anker", "ANKER"], ["Anker"]),
    "thermos": (["膳魔师", "THERMOS", "善魔师"], ["Thermos"]),
    "zojirushi": (["象印", "ZOJIRUSHI", "象印"], ["Zojirushi"]),
    "rayban": (["雷朋", "Ray-Ban", "雷鹏", "RayBan"], ["Ray-Ban"]),
    "bolon": (["暴龙", "BOLON", "暴龙"], ["Bolon"]),
}


def brand_zh(rng, b, plain=False, cat="phone"):
    words = BRANDS[b][0]
    if b == "apple" and cat != "phone":
        words = ["苹果", "Apple", "apple", "苹果"]
    return words[0] if plain else rng.choice(words)


def brand_en(rng, b, cat="phone"):
    if b == "apple" and cat != "phone":
        return "Apple"
    return rng.choice(BRANDS[b][1])


def model_variant(rng, model):
    """How a person writes a model name: spacing, case, a dropped word."""
    r = rng.random()
    if r < 0.45:
        return model
    if r < 0.65:
        return model.replace(" ", "")
    if r < 0.8:
        return model.lower()
    if r < 0.9:
        return model.replace(" ", "").lower()
    parts = model.split(" ")
    return parts[-1] if len(parts) > 1 else model


# ---------------------------------------------------------------- people
UY_M = [("买买提", "麦麦提", "MAIMAITI"), ("艾力", "阿力", "AILI"), ("吐尔逊", "图尔荪", "TUERXUN"),
        ("阿不都热合曼", "阿布都热合曼", "ABUDUREHEMAN"), ("艾尔肯", "艾尔坎", "AIERKEN"),
        ("艾克拜尔", "艾克白尔", "AIKEBAIER"), ("努尔买买提", "努尔麦麦提", "NUERMAIMAITI"),
        ("亚森", "牙生", "YASEN"), ("热合曼", "热合满", "REHEMAN"), ("伊力哈木", "依力哈木", "YILIHAMU"),
        ("吾斯曼", "乌斯曼", "WUSIMAN"), ("阿里木", "阿力木", "ALIMU"), ("玉素甫", "玉苏甫", "YUSUFU"),
        ("依明", "伊明", "YIMING")]
UY_F = [("阿依古丽", "阿依古力", "AYIGULI"), ("古丽米拉", "古丽米热", "GULIMILA"), ("帕提古丽", "帕提古力", "PATIGULI"),
        ("迪丽努尔", "迪丽奴尔", "DILINUER"), ("热依拉", "热伊拉", "REYILA"), ("阿娜尔古丽", "阿娜古丽", "ANAERGULI"),
        ("祖丽胡玛尔", "组丽胡玛尔", "ZULIHUMAER"), ("米热古丽", "米日古丽", "MIREGULI"), ("努尔尼沙", "努尔妮莎", "NUERNISHA")]
KZ_M = [("叶尔兰", "也尔兰", "YEERLAN"), ("努尔兰", "努尔朗", "NUERLAN"), ("哈那提", "哈纳提", "HANATI"),
        ("巴合提别克", "巴赫提别克", "BAHETIBIEKE"), ("叶尔江", "也尔江", "YEERJIANG"), ("别克", "拜克", "BIEKE")]
KZ_F = [("阿依达娜", "阿依达纳", "AYIDANA"), ("古丽娜尔", "古丽娜", "GULINAER"), ("阿曼古丽", "阿满古丽", "AMANGULI"),
        ("加娜尔", "佳娜尔", "JIANAER")]
SURN = [("张", "ZHANG"), ("王", "WANG"), ("李", "LI"), ("刘", "LIU"), ("陈", "CHEN"), ("杨", "YANG"), ("赵", "ZHAO"),
        ("黄", "HUANG"), ("周", "ZHOU"), ("吴", "WU"), ("徐", "XU"), ("孙", "SUN"), ("朱", "ZHU"), ("胡", "HU"),
        ("郭", "GUO"), ("何", "HE"), ("林", "LIN"), ("沈", "SHEN"), ("钱", "QIAN"), ("蒋", "JIANG")]
HUI_SURN = [("马", "MA"), ("马", "MA"), ("杨", "YANG"), ("丁", "DING"), ("白", "BAI"), ("海", "HAI"), ("哈", "HA")]
GIVEN_M = [("建国", "建国", "JIANGUO"), ("文明", "文铭", "WENMING"), ("志强", "智强", "ZHIQIANG"), ("浩然", "皓然", "HAORAN"),
           ("嘉伟", "佳伟", "JIAWEI"), ("俊杰", "骏杰", "JUNJIE"), ("思远", "思源", "SIYUAN"), ("国强", "国强", "GUOQIANG"),
           ("宇航", "宇杭", "YUHANG"), ("明辉", "明晖", "MINGHUI"), ("永福", "永富", "YONGFU"), ("德胜", "德生", "DESHENG")]
GIVEN_F = [("秀兰", "秀岚", "XIULAN"), ("玉霞", "玉侠", "YUXIA"), ("海燕", "海艳", "HAIYAN"), ("静怡", "婧怡", "JINGYI"),
           ("子涵", "梓涵", "ZIHAN"), ("雨欣", "语欣", "YUXIN"), ("晓梅", "小梅", "XIAOMEI"), ("丽华", "莉华", "LIHUA"),
           ("佳怡", "嘉怡", "JIAYI"), ("欣悦", "馨悦", "XINYUE"), ("淑芬", "淑芬", "SHUFEN"), ("桂英", "桂英", "GUIYING")]
FOREIGN = [
    # first (latin variants), zh, last male (variants), female form, zh last, country word
    (["Irina"], "伊琳娜", "F"), (["Olga"], "奥尔加", "F"), (["Anna"], "安娜", "F"), (["Yulia", "Julia", "Iuliia"], "尤利娅", "F"),
    (["Dmitri", "Dmitriy", "Dmitry"], "德米特里", "M"), (["Sergei", "Sergey"], "谢尔盖", "M"), (["Maxim", "Maksim"], "马克西姆", "M"),
    (["Nikolai", "Nikolay"], "尼古拉", "M"), (["Aigerim"], "阿伊格林", "F"), (["Nurlan"], "努尔兰", "M"),
]
FOREIGN_LAST = [(["Volkov"], "沃尔科夫"), (["Sokolov"], "索科洛夫"), (["Orlov"], "奥尔洛夫"), (["Belov"], "别洛夫"),
                (["Zaitsev", "Zaytsev"], "扎伊采夫"), (["Sadykov"], "萨德科夫"), (["Bekov"], "别科夫"), (["Gromov"], "格罗莫夫")]
WEST = [(["Tom"], "汤姆", "M"), (["Sarah"], "莎拉", "F"), (["Lukas"], "卢卡斯", "M"), (["Emma"], "艾玛", "F"), (["Pieter"], "彼得", "M"),
        (["Clara"], "克拉拉", "F")]
WEST_LAST = [(["Becker"], "贝克尔"), (["Lindqvist"], "林德奎斯特"), (["Moreau"], "莫罗"), (["Jansen", "Janssen"], "扬森"),
             (["Novak"], "诺瓦克"), (["Hartley"], "哈特利")]

EAST_PROV = ["330106", "330382", "320505", "320211", "310115", "310104", "370202", "440305", "350203", "340104"]
LOCAL_PROV = ["650102", "650103", "650104", "650105", "650106", "650121", "652301", "654002", "652901", "653101"]
EAST_CITY = ["杭州", "温州", "苏州", "无锡", "上海", "青岛", "深圳", "厦门", "合肥", "宁波"]
EAST_CITY_BY_PROV = {"330106": "杭州", "330382": "温州", "320505": "苏州", "320211": "无锡", "310115": "上海",
                     "310104": "上海", "370202": "青岛", "440305": "深圳", "350203": "厦门", "340104": "合肥"}
RU_CITY = ["Novosibirsk", "Barnaul", "Omsk", "Almaty", "Tomsk", "Kazan"]
WEST_CITY = ["Hamburg", "Lyon", "Utrecht", "Gothenburg", "Leeds", "Brno"]


def gb11643_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body17, w))
    return "10X98765432"[s % 11]


def make_idno(rng, prov, gender, year_lo=1945, year_hi=2007):
    y = rng.randint(year_lo, year_hi)
    mo = rng.randint(1, 12)
    d = rng.randint(1, 28)
    seq = rng.randint(0, 99)
    sx = rng.choice([1, 3, 5, 7, 9]) if gender == "M" else rng.choice([0, 2, 4, 6, 8])
    body = "%s%04d%02d%02d%02d%d" % (prov, y, mo, d, seq, sx)
    return body + gb11643_check(body)


def luhn_check(d14):
    s = 0
    for i, c in enumerate(reversed(d14)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return str((10 - s % 10) % 10)


def make_imei(rng):
    tac = rng.choice(["86", "35"]) + "%06d" % rng.randint(0, 999999)
    body = tac + "%06d" % rng.randint(0, 999999)
    return body + luhn_check(body)


def imei_forms(rng, imei, who):
    """Owner and finder ways of writing an IMEI."""
    sp = "%s %s %s %s" % (imei[:2], imei[2:8], imei[8:14], imei[14])
    sp2 = "%s %s %s %s" % (imei[:4], imei[4:8], imei[8:12], imei[12:])
    dash = "%s-%s-%s-%s" % (imei[:2], imei[2:8], imei[8:14], imei[14])
    if who == "o":
        return rng.choice([imei, sp, sp2, "IMEI:" + imei, dash, "IMEI后六位" + imei[-6:], "串号尾号" + imei[-4:]])
    return rng.choice([imei, imei, "IMEI " + imei, sp])


def person(rng, kind):
    """kind: uy, kz, hui, han_local, han_east, ru, west"""
    g = rng.choice("MF")
    if kind in ("uy", "kz"):
        pool_m, pool_f = (UY_M, UY_F) if kind == "uy" else (KZ_M, KZ_F)
        given = rng.choice(pool_m if g == "M" else pool_f)
        father = rng.choice(pool_m)
        zh = given[0] + "·" + father[0]
        var = rng.choice([given[1] + "·" + father[0], given[0] + "·" + father[1], given[1] + "·" + father[1],
                          given[0] + father[0], given[0] + "." + father[0]])
        latin = given[2] + " " + father[2]
        short = given[0]
        prov = rng.choice(LOCAL_PROV)
        return dict(kind=kind, g=g, zh=zh, var=var, latin=latin, short=short, prov=prov, eth="维吾尔族" if kind == "uy" else "哈萨克族")
    if kind in ("hui", "han_local", "han_east"):
        s = rng.choice(HUI_SURN if kind == "hui" else SURN)
        gv = rng.choice(GIVEN_M if g == "M" else GIVEN_F)
        zh = s[0] + gv[0]
        var = s[0] + gv[1]
        prov = rng.choice(EAST_PROV if kind == "han_east" else LOCAL_PROV)
        return dict(kind=kind, g=g, zh=zh, var=var, latin=s[1] + " " + gv[2], short=s[0], prov=prov,
                    eth="回族" if kind == "hui" else "汉族")
    if kind == "ru":
        f = rng.choice(FOREIGN)
        l = rng.choice(FOREIGN_LAST)
        g = f[2]
        last = [x + "a" for x in l[0]] if g == "F" else l[0]
        first_latin = f[0][0]
        latin = first_latin + " " + last[0]
        var = rng.choice(f[0]) + " " + rng.choice(last)
        return dict(kind=kind, g=g, zh=f[1] + "·" + l[1] + ("娃" if g == "F" else ""), var=var, latin=latin,
                    short=first_latin, prov=None, eth=None, city=rng.choice(RU_CITY))
    f = rng.choice(WEST)
    l = rng.choice(WEST_LAST)
    latin = f[0][0] + " " + l[0][0]
    var = f[0][0] + " " + rng.choice(l[0])
    return dict(kind=kind, g=f[2], zh=f[1] + "·" + l[1], var=var, latin=latin, short=f[0][0], prov=None, eth=None,
                city=rng.choice(WEST_CITY))


def masked_id(rng, idno):
    return rng.choice([idno[:6] + "********" + idno[-4:], idno[:4] + "**********" + idno[-4:],
                       idno[:6] + "********" + idno[-4:], idno[:3] + "***************"[:11] + idno[-4:]])


def phone_mask(rng):
    return "1%d%d****%04d" % (rng.choice([3, 5, 8, 9]), rng.randint(0, 9), rng.randint(0, 9999))


# ---------------------------------------------------------------- slips
ZH_SLIPS = [("钱包", "前包"), ("手机", "手鸡"), ("身份证", "身分证"), ("钥匙", "钥是"), ("捡到", "检到"), ("蓝色", "兰色"),
            ("已经", "以经"), ("华为", "华伟"), ("苹果", "平果"), ("充电宝", "冲电宝"), ("耳机", "耳鸡"), ("背包", "被包"),
            ("联系", "连系"), ("座位", "坐位"), ("后座", "后坐"), ("一直", "一只"), ("里面", "里边"), ("麻烦", "麻凡"),
            ("丢了", "丢勒"), ("电动车", "电动年"), ("自行车", "自形车"), ("找到", "找倒"), ("黑色", "黑涩"),
            ("夜市", "夜事"), ("的时候", "得时候"), ("现金", "现今"), ("护照", "户照")]
EN_SLIPS = [("wallet", "walet"), ("passport", "pasport"), ("black", "blak"), ("phone", "phon"), ("please", "pls"),
            ("bazaar", "bazar"), ("because", "becouse"), ("station", "stantion"), ("around", "arround"), ("money", "mony")]


def slip(rng, text, n=1, en=False):
    pairs = EN_SLIPS if en else ZH_SLIPS
    cand = [p for p in pairs if p[0] in text]
    rng.shuffle(cand)
    for a, b in cand[:n]:
        i = text.find(a)
        text = text[:i] + b + text[i + len(a):]
    return text
