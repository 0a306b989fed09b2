"""set103 world: an invented coastal county (岚屿县) in southern Fujian around Qingming 2026.

Everything here is invented: the county, its towns, people, numbers.
Times are minutes before the registration moment REF (2026-04-12 20:00 local).
"""
from datetime import datetime, timedelta

REF = datetime(2026, 4, 12, 20, 0)
COUNTY = "岚屿县"
REGION = "350529"          # invented county code used in ID numbers

# key, full address, short forms, lat, lon, zone
PLACES = [
    ("bus", "岚屿县汽车站候车大厅", ["县汽车站", "汽车站候车厅", "车头（汽车站）", "岚屿车站"], 24.70210, 118.68430, "town"),
    ("bus_yard", "岚屿县汽车站发车场", ["汽车站发车区", "车站后面停车场"], 24.70160, 118.68510, "town"),
    ("hosp", "岚屿县医院门诊楼", ["县医院", "医院门诊大厅", "县医院挂号处"], 24.70880, 118.67900, "town"),
    ("hosp_ward", "岚屿县医院住院部", ["住院部", "县医院住院楼三楼"], 24.70920, 118.67840, "town"),
    ("school", "岚屿县第二中学", ["二中", "岚屿二中校门口", "二中操场"], 24.71420, 118.69020, "town"),
    ("temple", "岚城龙江宫", ["龙江宫", "宫口广场", "龙江宫戏台前"], 24.69750, 118.69180, "town"),
    ("procession", "岚城中山街（游神路线）", ["中山街", "游神经过的中山街", "后街口"], 24.69900, 118.68800, "town"),
    ("market", "岚城菜市场", ["菜市场", "岚城市场门口"], 24.70500, 118.68700, "town"),
    ("walk", "岚城步行街", ["步行街", "步行街奶茶店门口"], 24.70330, 118.68950, "town"),
    ("hotel", "岚城华侨大酒店", ["华侨大酒店", "Overseas Chinese Hotel", "酒店大堂"], 24.70650, 118.69300, "town"),
    ("harbour", "东澳渔港码头", ["东澳码头", "渔港", "东澳港"], 24.64120, 118.78010, "harbour"),
    ("fishmkt", "东澳水产市场", ["水产市场", "东澳鱼市"], 24.64400, 118.77680, "harbour"),
    ("seapark", "东澳海滨公园", ["海滨公园", "海边栈道"], 24.64980, 118.76500, "harbour"),
    ("tea_coop", "凤岫村茶叶合作社", ["凤岫村", "茶叶合作社", "凤岫茶社"], 24.78100, 118.62020, "tea"),
    ("tea_hill", "凤岫村后山茶园", ["凤岫后山", "茶园", "茶山上"], 24.78620, 118.61500, "tea"),
    ("tea_shop", "凤岫村口茶叶店", ["村口茶店", "凤岫茶叶店"], 24.77950, 118.62150, "tea"),
    ("stone_st", "石岑镇石雕一条街", ["石岑镇", "石雕街", "石岑石雕街"], 24.65600, 118.63050, "stone"),
    ("stone_fac", "石岑镇石材加工厂区", ["石材厂", "石岑工业区"], 24.65210, 118.62690, "stone"),
    ("stone_bus", "石岑镇公交站", ["石岑车站", "石岑站"], 24.65780, 118.63300, "stone"),
    ("grave1", "大帽山公墓", ["大帽山", "山上公墓", "大帽山墓区"], 24.74200, 118.65100, "hill"),
    ("grave2", "狮头山陈氏祖坟", ["狮头山", "祖坟山上", "狮头山墓地"], 24.76050, 118.66550, "hill"),
    ("hall", "上田村陈氏宗祠", ["上田宗祠", "陈氏祠堂", "上田村"], 24.75200, 118.67200, "hill"),
    ("hall2", "后垵村林氏家庙", ["后垵林氏家庙", "后垵村"], 24.73600, 118.64300, "hill"),
    ("service", "沿海大通道岚屿服务区", ["岚屿服务区", "服务区加油站"], 24.68000, 118.73000, "road"),
    ("rail", "岚屿南站", ["动车站", "岚屿南站出站口"], 24.67000, 118.66000, "road"),
]
PLACE = {p[0]: p for p in PLACES}
ZONE_OF = {p[0]: p[5] for p in PLACES}

# where a thing lost at one place may turn up (besides the same place)
NEAR = {
    "bus": ["bus_yard", "walk", "market"], "bus_yard": ["bus"],
    "hosp": ["hosp_ward"], "hosp_ward": ["hosp"],
    "school": ["walk"], "temple": ["procession", "market"], "procession": ["temple", "walk"],
    "market": ["walk", "procession"], "walk": ["market", "procession"], "hotel": ["walk"],
    "harbour": ["fishmkt", "seapark"], "fishmkt": ["harbour"], "seapark": ["harbour"],
    "tea_coop": ["tea_shop", "tea_hill"], "tea_hill": ["tea_coop"], "tea_shop": ["tea_coop"],
    "stone_st": ["stone_bus", "stone_fac"], "stone_fac": ["stone_st"], "stone_bus": ["stone_st", "bus_yard"],
    "grave1": ["hall2"], "grave2": ["hall"], "hall": ["grave2"], "hall2": ["grave1"],
    "service": ["rail"], "rail": ["bus"],
}

SURNAMES = ["陈", "林", "黄", "蔡", "吴", "洪", "郭", "苏", "庄", "许", "施", "王", "李", "曾", "杨", "颜", "卢", "柯"]
HOKKIEN = {"陈": "Tan", "林": "Lim", "黄": "Ng", "蔡": "Chua", "吴": "Goh", "洪": "Ang", "郭": "Quek",
           "苏": "Soh", "庄": "Chng", "许": "Koh", "施": "Sim", "王": "Ong", "李": "Lee", "曾": "Chan",
           "杨": "Yeo", "颜": "Gan", "卢": "Loo", "柯": "Kua"}
GIVEN1 = ["亚", "秀", "金", "清", "建", "明", "丽", "志", "美", "国", "文", "春", "玉", "宝", "添", "水", "英", "俊"]
GIVEN2 = ["发", "英", "花", "辉", "荣", "珠", "治", "莲", "成", "福", "凤", "财", "顺", "兰", "强", "华", "霞", "源"]
HOK_SYL = {"亚": "Ah", "秀": "Siew", "金": "Kim", "清": "Cheng", "建": "Kian", "明": "Beng", "丽": "Lay",
           "志": "Chee", "美": "Bee", "国": "Kok", "文": "Boon", "春": "Choon", "玉": "Geok", "宝": "Poh",
           "添": "Thiam", "水": "Chwee", "英": "Eng", "俊": "Choon", "发": "Huat", "花": "Hua", "辉": "Hui",
           "荣": "Eng", "珠": "Choo", "治": "Tee", "莲": "Lian", "成": "Seng", "福": "Hock", "凤": "Hong",
           "财": "Chye", "顺": "Soon", "兰": "Lan", "强": "Keong", "华": "Hwa", "霞": "Ha", "源": "Guan"}
FOREIGN_HOME = ["Singapore", "Penang", "Kuala Lumpur", "Manila", "Jakarta", "Malacca"]


def gb11643(body17):
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


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def make_imei(rng):
    body = "86" + "".join(str(rng.randrange(10)) for _ in range(12))
    return body + luhn_digit(body)


def make_id(rng, born_year, female, region=REGION):
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    seq = rng.randrange(0, 50) * 2 + (0 if female else 1)
    seq = rng.randrange(1, 9) * 100 + seq
    body = "%s%04d%02d%02d%03d" % (region, born_year, m, d, seq)
    return body + gb11643(body)


def make_person(rng, overseas=False, age=None, surname=None):
    sn = surname or rng.choice(SURNAMES)
    g1, g2 = rng.choice(GIVEN1), rng.choice(GIVEN2)
    given = g1 + g2 if rng.random() < 0.8 else g1
    female = g1 in "秀丽美玉英" or g2 in "英花珠莲凤兰霞"
    if age is None:
        age = rng.choice([15, 16, 17, 24, 31, 38, 45, 52, 58, 63, 68, 72, 76, 81])
    p = {"name": sn + given, "surname": sn, "given": given, "female": female, "age": age,
         "overseas": overseas, "born": 2026 - age}
    p["hokkien"] = HOKKIEN[sn] + " " + " ".join(HOK_SYL[c] for c in given)
    p["home"] = rng.choice(FOREIGN_HOME) if overseas else None
    p["id"] = make_id(rng, p["born"], female, region=rng.choice([REGION, REGION, REGION, "350521", "350583"]))
    p["tail"] = "%04d" % rng.randrange(10000)
    return p


def at(day, hour, minute=0, month=4):
    """minutes before REF for a local time"""
    t = datetime(2026, month, day, hour, minute)
    return int((REF - t).total_seconds() // 60)


def moment(mins):
    return REF - timedelta(minutes=mins)


CN_NUM = "零一二三四五六七八九十"


def day_words(mins, rng, style="plain"):
    t = moment(mins)
    h = t.hour
    part = ("凌晨" if h < 6 else "早上" if h < 9 else "上午" if h < 12 else "中午" if h < 14
            else "下午" if h < 18 else "晚上")
    if t.month == 4 and t.day == 5 and rng.random() < 0.5:
        day = "清明节当天"
    elif style == "en":
        return "%s %d April around %d%s" % (["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][t.weekday()],
                                          t.day, (h % 12) or 12, "am" if h < 12 else "pm")
    elif style == "old":
        day = "%s月%s" % (CN_NUM[t.month], ("初" + CN_NUM[t.day]) if False else "%d号" % t.day)
    else:
        day = rng.choice(["%d月%d日" % (t.month, t.day), "%d号" % t.day, "%d.%d" % (t.month, t.day)])
    if rng.random() < 0.5:
        return "%s%s%d点多" % (day, part, (h % 12) or 12)
    return day + part
