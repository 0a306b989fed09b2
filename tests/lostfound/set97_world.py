"""set97 world: an invented county-level city (翠嶂市) on a mountain railway line.

Everything here is invented: the city, its places, coordinates, people and numbers.
The registration moment ("now") for every record is 2024-10-08 09:00, the morning after
the National Day week; all times are minutes before that moment.
"""
from datetime import datetime, timedelta

SEED = 9797
PFX = "S97"
PART = "set97"
CITY = "翠嶂"
NOW = datetime(2024, 10, 8, 9, 0)

# id, names (aliases a person might use), lat, lon, kind, near (ids a thing may drift to)
PLACES = {
    "hsr": (["翠嶂站", "翠嶂高铁站", "高铁站候车厅", "高铁站出站口", "高铁站进站安检口", "翠嶂站2号检票口"],
            28.6102, 109.8322, "station", ["hsr_sq", "taxi"]),
    "hsr_sq": (["高铁站站前广场", "高铁站出租车候客区", "高铁站停车场", "站前广场公交站"],
               28.6093, 109.8337, "station", ["hsr", "citybus"]),
    "bus": (["翠嶂长途汽车站", "长途汽车站", "汽车总站", "客运总站候车室", "长途站售票厅"],
            28.6271, 109.8693, "busstation", ["gorgebus", "street"]),
    "gorgebus": (["青猿峡景区专线大巴", "K8路景区专线", "旅游专线车", "去青猿峡的大巴"],
                 28.6271, 109.8693, "ride", ["bus", "gorge_gate"]),
    "citybus": (["城区1路公交", "1路公交车", "1路车", "3路公交"],
                28.6188, 109.8605, "ride", ["hsr_sq", "street", "hospital"]),
    "taxi": (["出租车上", "打的的时候", "网约车上"],
             28.6233, 109.8741, "ride", ["hsr_sq", "inn"]),
    "college": (["翠嶂职业技术学院", "翠嶂职院", "职院北门", "职院二食堂", "职院图书馆", "职院篮球场", "职院三号宿舍楼"],
                28.6378, 109.8866, "college", ["square", "citybus"]),
    "hospital": (["翠嶂市人民医院", "市人民医院门诊楼", "县医院", "人民医院住院部", "医院门诊缴费处", "人民医院停车场"],
                 28.6199, 109.8801, "hospital", ["square", "citybus"]),
    "market": (["老桥河滩周日集", "河滩集市", "老桥集", "周日集", "老桥头赶场的地方", "河滩菜市"],
               28.6248, 109.8770, "market", ["street", "square"]),
    "gorge_gate": (["青猿峡游客中心", "青猿峡景区大门", "游客中心停车场", "景区检票口"],
                   28.6975, 109.9580, "gorge", ["gorge_low", "gorgebus"]),
    "gorge_low": (["青猿峡索道下站", "索道下站", "索道售票处", "索道排队区"],
                  28.7012, 109.9634, "gorge", ["gorge_gate", "cable"]),
    "cable": (["索道轿厢里", "缆车上", "坐索道的时候"],
              28.7046, 109.9671, "ride", ["gorge_low", "gorge_up"]),
    "gorge_up": (["青猿峡索道上站", "索道上站", "猿啼台观景台", "山顶观景台", "上站出口"],
                 28.7081, 109.9712, "gorge", ["cable", "trail"]),
    "trail": (["青猿峡栈道", "峡谷栈道", "玻璃栈道", "一线天步道", "栈道中段休息亭"],
              28.7040, 109.9690, "gorge", ["gorge_up", "gorge_low"]),
    "street": (["鼓楼步行街", "鼓楼街", "鼓楼广场", "鼓楼街小吃街"],
               28.6230, 109.8745, "town", ["inn", "food", "market"]),
    "inn": (["云栖客栈", "云栖客栈前台", "云栖客栈大堂"],
            28.6241, 109.8752, "town", ["street", "food"]),
    "food": (["老灶腊肉馆", "鼓楼街腊肉馆", "老灶饭店"],
             28.6226, 109.8739, "town", ["street", "inn"]),
    "square": (["江滨广场", "河边广场", "江滨公园", "江滨广场跳舞的地方"],
               28.6210, 109.8780, "town", ["market", "hospital"]),
    "mart": (["万家福超市", "万家福超市收银台", "万家福门口"],
             28.6262, 109.8720, "town", ["street", "bus"]),
    "gas": (["城南加油站", "城南中石化加油站"],
            28.6120, 109.8700, "road", ["citybus"]),
    "svc": (["翠嶂高速服务区", "高速服务区", "翠嶂收费站旁服务区"],
            28.5950, 109.8450, "road", ["gas"]),
}
PLACE_IDS = sorted(PLACES)

# where a thing left at a place is usually handed in / by whom
FINDERS_AT = {
    "station": ["cleaner", "passerby", "station_staff"],
    "busstation": ["cleaner", "station_staff", "passerby"],
    "ride": ["bus_conductor", "taxi_driver", "cablecar_staff"],
    "college": ["cleaner", "passerby", "shopkeeper"],
    "hospital": ["hospital_guard", "cleaner", "passerby"],
    "market": ["shopkeeper", "passerby"],
    "gorge": ["cablecar_staff", "cleaner", "passerby"],
    "town": ["shopkeeper", "passerby", "cleaner"],
    "road": ["shopkeeper", "passerby"],
}
RIDE_FINDER = {"gorgebus": "bus_conductor", "citybus": "bus_conductor", "taxi": "taxi_driver",
               "cable": "cablecar_staff"}
RIDE_HANDIN = {"gorgebus": "bus", "citybus": "hsr_sq", "taxi": "inn", "cable": "gorge_low"}

SURNAMES = {"张": "Zhang", "王": "Wang", "李": "Li", "刘": "Liu", "陈": "Chen", "杨": "Yang", "黄": "Huang",
            "赵": "Zhao", "周": "Zhou", "吴": "Wu", "徐": "Xu", "孙": "Sun", "胡": "Hu", "朱": "Zhu",
            "高": "Gao", "林": "Lin", "何": "He", "郭": "Guo", "马": "Ma", "罗": "Luo", "梁": "Liang",
            "宋": "Song", "郑": "Zheng", "谢": "Xie", "唐": "Tang", "向": "Xiang", "田": "Tian",
            "彭": "Peng", "龙": "Long", "石": "Shi", "滕": "Teng", "谭": "Tan", "邓": "Deng", "覃": "Qin"}
LOCAL_SURNAMES = ["向", "田", "彭", "龙", "石", "滕", "谭", "覃", "张", "王", "李", "杨"]
GIVEN_YOUNG = {"子": "zi", "涵": "han", "宇": "yu", "浩": "hao", "然": "ran", "欣": "xin", "怡": "yi",
               "佳": "jia", "晨": "chen", "思": "si", "雨": "yu", "梓": "zi", "轩": "xuan", "诗": "shi",
               "婷": "ting", "凯": "kai", "博": "bo", "文": "wen", "峰": "feng", "云": "yun", "杰": "jie",
               "磊": "lei", "洋": "yang", "敏": "min", "静": "jing", "娜": "na", "涛": "tao", "明": "ming"}
GIVEN_OLD = {"桂": "gui", "英": "ying", "德": "de", "福": "fu", "贵": "gui", "春": "chun", "秋": "qiu",
             "忠": "zhong", "淑": "shu", "琴": "qin", "翠": "cui", "华": "hua", "玉": "yu", "兰": "lan",
             "平": "ping", "刚": "gang", "秀": "xiu", "珍": "zhen", "生": "sheng", "发": "fa"}

# origin provinces of outside tourists: (name, ID prefix two digits, city word)
ORIGINS = [("广东", "44", "广州"), ("上海", "31", "上海"), ("江苏", "32", "南京"), ("浙江", "33", "杭州"),
           ("湖北", "42", "武汉"), ("重庆", "50", "重庆"), ("北京", "11", "北京"), ("四川", "51", "成都"),
           ("山东", "37", "济南"), ("河南", "41", "郑州"), ("福建", "35", "厦门"), ("陕西", "61", "西安")]
LOCAL_ID_PREFIX = "433186"  # invented county code for 翠嶂市

LUNAR = {date_: lun for date_, lun in [
    ((9, 28), "八月廿六"), ((9, 29), "八月廿七"), ((9, 30), "八月廿八"), ((10, 1), "八月廿九"),
    ((10, 2), "八月三十"), ((10, 3), "九月初一"), ((10, 4), "九月初二"), ((10, 5), "九月初三"),
    ((10, 6), "九月初四"), ((10, 7), "九月初五"), ((10, 8), "九月初六")]}
WEEKDAY = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]


def at(minutes_before):
    return NOW - timedelta(minutes=minutes_before)


def mins_before(dt):
    return int((NOW - dt).total_seconds() // 60)


def tod_word(h):
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


def h12(h):
    return h if h <= 12 else h - 12


def date_cn(dt, rng, style=None):
    style = style or rng.choice(["md", "md", "md_wd", "wd", "num"])
    if style == "md":
        return "%d月%d日" % (dt.month, dt.day)
    if style == "md_wd":
        return "%d月%d号（%s）" % (dt.month, dt.day, WEEKDAY[dt.weekday()])
    if style == "wd":
        return "%d号%s" % (dt.day, WEEKDAY[dt.weekday()])
    if style == "lunar":
        return "农历" + LUNAR.get((dt.month, dt.day), "%d月%d日" % (dt.month, dt.day))
    return "%d.%d " % (dt.month, dt.day)


def clock_cn(dt, rng, loose=True):
    if loose:
        m = dt.minute
        if m < 15:
            return "%s%d点" % (tod_word(dt.hour), h12(dt.hour)) + rng.choice(["", "左右", "多"])
        if m < 45:
            return "%s%d点半" % (tod_word(dt.hour), h12(dt.hour)) + rng.choice(["", "左右"])
        return "%s快%d点" % (tod_word(dt.hour), h12(dt.hour + 1))
    return "%02d:%02d" % (dt.hour, dt.minute)


def name(rng, old=False, local=False):
    sur = rng.choice(LOCAL_SURNAMES) if local else rng.choice(sorted(SURNAMES))
    pool = GIVEN_OLD if old else GIVEN_YOUNG
    keys = sorted(pool)
    if rng.random() < 0.35:
        g = rng.choice(keys)
        given = [g]
    else:
        given = [rng.choice(keys), rng.choice(keys)]
    zh = sur + "".join(given)
    py = SURNAMES[sur] + " " + "".join(pool[c] for c in given).capitalize()
    return zh, py


def id_check(s17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * x for c, x in zip(s17, w)) % 11]


def id_number(rng, prefix6, year_lo, year_hi, male=None):
    y = rng.randint(year_lo, year_hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    seq = rng.randint(0, 99)
    sex = rng.randint(0, 9)
    if male is not None:
        sex = (sex // 2) * 2 + (1 if male else 0)
    s17 = "%s%04d%02d%02d%02d%d" % (prefix6, y, m, d, seq, sex)
    return s17 + id_check(s17)


def prefix6(rng, two):
    return two + "%02d%02d" % (rng.randint(1, 12), rng.randint(1, 30))


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def imei(rng):
    body = "86" + "".join(str(rng.randint(0, 9)) for _ in range(12))
    return body + luhn_digit(body)


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def alnum(rng, n, letters="ABCDEFGHJKLMNPRSTUVWXYZ"):
    pool = letters + "0123456789"
    return "".join(rng.choice(pool) for _ in range(n))


def jitter(rng, lat, lon, metres):
    dlat = (rng.random() * 2 - 1) * metres / 111000.0
    dlon = (rng.random() * 2 - 1) * metres / 97500.0
    return round(lat + dlat, 6), round(lon + dlon, 6)

PLACE_EN = {
    "hsr": "Cuizhang railway station", "hsr_sq": "the square outside Cuizhang station",
    "bus": "the long-distance bus station (chang tu qi che zhan)", "gorgebus": "the K8 gorge shuttle bus",
    "citybus": "city bus No.1", "taxi": "a taxi", "college": "Cuizhang vocational college",
    "hospital": "the People's Hospital (ren min yi yuan)", "market": "the Sunday market by the old bridge",
    "gorge_gate": "Qingyuan Gorge visitor centre", "gorge_low": "the cable car lower station (suo dao xia zhan)",
    "cable": "the cable car cabin", "gorge_up": "the cable car top station / viewing deck",
    "trail": "the gorge plank walk (zhan dao)", "street": "Gulou pedestrian street", "inn": "Yunqi Inn",
    "food": "a cured-meat restaurant on Gulou street", "square": "Jiangbin square", "mart": "Wanjiafu supermarket",
    "gas": "the petrol station south of town", "svc": "the expressway service area",
}

SPOTS = {
    "station": ["座椅下", "洗手台上", "置物筐边", "闸机旁", "自助机旁"],
    "hsr_sq": ["出租车候客区栏杆边", "广场长椅上", "公交站台上", "停车场缴费亭旁"],
    "busstation": ["座位上", "窗口台面上", "门口", "发车位旁"],
    "gorgebus": ["车上第{n}排座位下", "车上行李架上", "最后一排座位缝里"],
    "citybus": ["车厢后门附近座位上", "车上第{n}排座位下"],
    "taxi": ["后座", "后座缝里", "副驾驶脚垫上", "后备箱里"],
    "cable": ["{n}号轿厢座位上", "{n}号轿厢地板上"],
    "gorge_low": ["排队护栏边", "售票窗口台面上", "候梯长椅上"],
    "gorge_up": ["观景台栏杆旁", "上站出口闸机旁", "观景台长椅上"],
    "trail": ["休息亭长凳上", "栈道栏杆边", "台阶上"],
    "gorge_gate": ["游客中心卫生间", "检票口旁", "停车场"],
    "college": ["门口", "楼道里", "长椅上", "台阶上"],
    "hospital": ["候诊椅上", "电梯口", "走廊长椅上", "门口台阶上"],
    "market": ["腊肉摊旁边", "卖菜的地方", "石阶上", "竹编摊子脚下"],
    "town": ["长椅上", "路边花坛边", "门口台阶上", "垃圾桶旁"],
    "road": ["加油机旁", "卫生间洗手台", "便利店门口"],
}


def daytime(m, rng):
    """a finder's time: nobody hands things in between midnight and six; move to the morning."""
    dt = at(m)
    if dt.hour < 6:
        dt = dt.replace(hour=6, minute=rng.randint(15, 59))
        m = max(0, mins_before(dt))
    return m
