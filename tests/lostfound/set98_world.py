"""set98 world: an invented old-town neighbourhood (榕荫街道, 西濠区, 南湾市) in a humid July.

Every place, name and number here is invented.  Coordinates are WGS84 inside China, laid out
around an arbitrary point; distances between places are roughly those of a real old town.
"""
import datetime

# The single moment every registration is made: all *_min values count back from here.
T0 = datetime.datetime(2025, 7, 31, 20, 0)
CITY = "南湾市"
DISTRICT = "西濠区"
STREET = "榕荫街道"

BASE_LAT, BASE_LON = 23.11950, 113.24480


def _pt(dn, de):
    """metres north/east of the base point -> (lat, lon)."""
    return (round(BASE_LAT + dn / 111000.0, 6), round(BASE_LON + de / 102300.0, 6))


# key: (main name, [other ways people say it], kind, metres north, metres east)
_PLACES = [
    ("market", "大井头街市", ["大井头菜市场", "大井头市场", "大井头街市门口", "菜市场"], "market", 0, 0),
    ("market_fish", "大井头街市水产档", ["街市卖鱼那边", "菜市场海鲜档", "大井头水产区"], "market", 25, 40),
    ("qingzhuan", "青砖巷", ["青砖巷口", "青砖巷里面", "青砖巷12号附近"], "alley", 160, -120),
    ("rongyin_li", "榕荫里", ["榕荫里大榕树下", "榕荫里巷子", "榕荫里3巷"], "alley", -140, 90),
    ("datong", "打铜街", ["打铜街口", "打铜街中段", "打铜街骑楼下"], "alley", 230, 180),
    ("qilou", "福寿骑楼街", ["福寿路骑楼", "骑楼街", "福寿路"], "street", 60, 320),
    ("hospital", "南湾市儿童医院", ["儿童医院", "南湾儿医", "儿童医院门诊楼", "儿医"], "hospital", -420, 260),
    ("hospital_ward", "南湾市儿童医院住院部", ["儿童医院住院部", "住院部3楼", "儿医住院楼"], "hospital", -460, 300),
    ("hospital_gate", "南湾市儿童医院东门", ["儿童医院东门", "儿医东门保安亭", "医院东门口"], "hospital", -390, 340),
    ("school_dx", "德兴里小学", ["德兴小学", "德兴里小学夏令营", "德兴里小学门口"], "school", 380, -260),
    ("school_gx", "桂香街小学", ["桂香小学", "桂香街小学托管班", "桂香街小学后门"], "school", -250, -330),
    ("metro", "金花桥地铁站", ["金花桥站", "金花桥地铁站换乘通道", "金花桥站2号线站台"], "metro", 90, 560),
    ("metro_b", "金花桥地铁站B口", ["金花桥站B出口", "地铁B口", "金花桥B口"], "metro", 130, 520),
    ("metro_d", "金花桥地铁站D口", ["金花桥站D口", "地铁D出口", "金花桥D口扶梯"], "metro", 40, 610),
    ("ebike_bay", "金花桥站B口共享电单车停放点", ["B口共享单车点", "地铁口电单车停放区"], "street", 150, 500),
    ("night", "同福宵夜街", ["同福路宵夜街", "同福路大排档", "宵夜街"], "night", -60, 470),
    ("night_bbq", "同福宵夜街烧烤档", ["同福路烧烤档", "宵夜街烧烤摊", "同福路口烧烤"], "night", -85, 430),
    ("square", "水月码头广场", ["码头广场", "江边广场", "水月码头"], "square", -620, -80),
    ("greenway", "水月江边绿道", ["江边绿道", "码头广场旁边的绿道", "江边步道"], "square", -680, 60),
    ("committee", "榕荫社区居委会", ["榕荫居委会", "居委会", "社区服务站"], "office", -30, -190),
    ("elder_canteen", "榕荫长者饭堂", ["长者饭堂", "老人饭堂", "社区长者食堂"], "office", -70, -230),
    ("rider_hub", "榕荫骑手驿站", ["骑手驿站", "外卖骑手休息点", "骑手之家"], "street", 200, 420),
    ("bus", "花塔公交站", ["花塔站", "花塔公交车站", "花塔站台"], "street", -300, 420),
]

# Far away, for "same brand, elsewhere" negatives (several km off, other districts).
_FAR = [
    ("far_east", "南湾东站", ["南湾东高铁站", "东站"], "far", 5200, 9800),
    ("far_tech", "北岗科技园", ["科技园", "北岗软件园"], "far", 8600, -4200),
    ("far_mall", "北岗天汇广场", ["天汇广场", "天汇商场"], "far", 7800, -3100),
    ("far_uni", "南湾大学城", ["大学城", "大学城南"], "far", -9400, 12300),
    ("far_airport", "南湾空港", ["机场", "南湾机场"], "far", 26000, 4100),
]

PLACES = {}
for _k, _name, _alias, _kind, _n, _e in _PLACES + _FAR:
    _lat, _lon = _pt(_n, _e)
    PLACES[_k] = {"key": _k, "name": _name, "alias": _alias, "kind": _kind,
                  "lat": _lat, "lon": _lon, "n": _n, "e": _e}

NEAR_KEYS = sorted(k for k, v in PLACES.items() if v["kind"] != "far")
FAR_KEYS = sorted(k for k, v in PLACES.items() if v["kind"] == "far")


def dist_m(a, b):
    pa, pb = PLACES[a], PLACES[b]
    return ((pa["n"] - pb["n"]) ** 2 + (pa["e"] - pb["e"]) ** 2) ** 0.5


def neighbours(key, within=700):
    """near places within `within` metres (including itself), sorted."""
    return sorted(k for k in NEAR_KEYS if dist_m(k, key) <= within)


def jitter(rng, key, metres=60):
    p = PLACES[key]
    dn = rng.uniform(-metres, metres)
    de = rng.uniform(-metres, metres)
    return (round(p["lat"] + dn / 111000.0, 6), round(p["lon"] + de / 102300.0, 6))


def when(minutes_before):
    return T0 - datetime.timedelta(minutes=minutes_before)


# ---- invented people -------------------------------------------------------------------
SURNAMES = ["陈", "黄", "梁", "李", "何", "罗", "冯", "邓", "麦", "卢", "区", "谭", "关", "苏",
            "叶", "欧阳", "温", "莫", "伍", "钟", "岑", "司徒", "曾", "潘", "霍", "杜", "龙", "唐"]
GIVEN = ["嘉欣", "志强", "秀英", "伟明", "丽华", "子轩", "雨桐", "浩然", "美玲", "国栋", "淑芬",
         "晓峰", "泳仪", "俊杰", "惠珍", "锦标", "婉婷", "家豪", "少芳", "耀祖", "思琪", "振华",
         "月娥", "梓涵", "启明", "玉兰", "卓霖", "凤仪", "永康", "诗雅", "文辉", "翠屏", "一诺",
         "铭轩", "桂芳", "德胜", "欣怡", "宝珠", "炳坤", "若曦"]
KID_GIVEN = ["子轩", "雨桐", "梓涵", "一诺", "铭轩", "若曦", "浩宇", "可馨", "俊熙", "乐瑶",
             "沐阳", "语嫣", "嘉乐", "晴朗", "思远", "朵朵"]
FOREIGN = ["Marta Lindqvist", "Tomasz Wrobel", "Aiyana Okafor", "Pieter van Aalst",
           "Lucia Ferreyra", "Sanjay Mehrotra", "Hannah Kowalczyk", "Dmitri Sorokin",
           "Chloe Barraclough", "Kwame Asante", "Ines Marchetti", "Yusuf Demirel"]
# region codes for GB 11643 numbers: local city and the home provinces of hospital visitors
LOCAL_REGIONS = ["440103", "440104", "440105", "440111"]
COUNTRY_REGIONS = ["430524", "431121", "450923", "360732", "452226", "441481", "445381"]
COUNTRY_HOME = {"430524": "湖南隆回", "431121": "湖南祁阳", "450923": "广西博白",
                "360732": "江西兴国", "452226": "广西大新", "441481": "梅州蕉岭",
                "445381": "云浮罗定"}


def person(rng, kind="adult"):
    sur = rng.choice(SURNAMES)
    if kind == "kid":
        return sur + rng.choice(KID_GIVEN)
    return sur + rng.choice(GIVEN)


def gb11643(rng, region, year_lo=1940, year_hi=2012):
    y = rng.randint(year_lo, year_hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    seq = rng.randint(10, 999)
    body = "%s%04d%02d%02d%03d" % (region, y, m, d, seq)
    return body + gb_check(body)


def gb_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body17, w))
    return "10X98765432"[s % 11]


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


def imei(rng):
    tac = rng.choice(["86", "35"]) + "".join(str(rng.randint(0, 9)) for _ in range(6))
    snr = "".join(str(rng.randint(0, 9)) for _ in range(6))
    body = tac + snr
    return body + luhn_digit(body)


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))
