"""Set 89 world: the invented river city of 漾川 (Yangchuan) on the 漾江, early May.

The old cotton-mill district north of the river is being turned into the 1953 creative
park; the city marathon runs on Sunday 4 May from the 滨江大道 start arch to the sports
centre.  Every name and coordinate here is invented.  Times are minutes before NOW, the
moment the whole set is registered.
"""
import datetime
import math

NOW = datetime.datetime(2025, 5, 6, 18, 0)
MAXMIN = 172800
BASE_LAT, BASE_LON = 30.3625, 112.1480   # invented centre of the park district


def mins_before(dt):
    return int((NOW - dt).total_seconds() // 60)


def at(m):
    return NOW - datetime.timedelta(minutes=m)


def latlon(x_km, y_km):
    lat = BASE_LAT + y_km / 111.0
    lon = BASE_LON + x_km / (111.0 * math.cos(math.radians(BASE_LAT)))
    return round(lat, 6), round(lon, 6)


def dist_km(a, b):
    return math.hypot(a[0] - b[0], a[1] - b[1])


# key, full name, short form, what locals call it, sign (pinyin / English), x km, y km,
# group, voices that are common there (weights), busy weight
PLACES = [
    ("gate", "1953文创园南大门", "文创园南门", "老棉纺厂大门", "1953 Creative Park South Gate", 0.0, 0.3, "park", "tourist stall local student", 4),
    ("hall1", "1953文创园1号厂房手作市集", "1号厂房市集", "老织布车间", "Hall 1 Craft Market", 0.2, 0.6, "park", "stall tourist student local", 6),
    ("hall3", "1953文创园3号厂房咖啡街", "3号厂房咖啡街", "老细纱车间", "Hall 3 Cafe Street", 0.5, 0.55, "park", "tourist student runner_en local", 5),
    ("chimney", "1953文创园烟囱广场", "烟囱广场", "老锅炉房", "Chimney Square", 0.35, 0.8, "park", "tourist local retired", 4),
    ("wh5", "1953文创园5号仓库创意工作室", "5号仓库", "老成品库", "Warehouse 5 Studios", 0.7, 0.9, "park", "stall student", 2),
    ("tower", "1953文创园老水塔观景台", "水塔观景台", "老水塔", "Water Tower Lookout", 0.1, 1.0, "park", "tourist student", 2),
    ("parklot", "1953文创园北停车场", "文创园北停车场", "原厂区货场", "Creative Park North Car Park", 0.3, 1.2, "park", "local tourist rider", 3),
    ("rail", "1953文创园铁轨步道", "铁轨公园", "老铁路专用线", "Rail Trail", -0.4, 0.7, "park", "student tourist local", 3),
    ("cycleway", "漾江北岸滨江骑行绿道", "滨江绿道", "江堤", "Riverside Cycleway", 0.8, 0.05, "river", "local student tourist runner", 5),
    ("rental1", "滨江绿道1号驿站租车点", "1号驿站租车点", "江堤租车的地方", "Bike Rental Station 1", 0.1, 0.1, "river", "tourist student local", 3),
    ("wharf", "滨江绿道老码头驿站", "老码头驿站", "老货运码头", "Old Wharf Station", 1.6, 0.0, "river", "local tourist retired", 2),
    ("bridge2", "漾江二桥北桥头桥下空间", "二桥桥下", "二桥底下", "Second Bridge Underpass", -1.5, 0.0, "river", "local student rider", 2),
    ("wetland", "漾江江滩湿地公园", "江滩公园", "沙洲", "Riverbank Wetland Park", -2.3, -0.3, "river", "retired local tourist", 2),
    ("stadium", "漾川市奥林匹克体育中心体育场", "奥体中心体育场", "大体育场", "Olympic Sports Centre Stadium", 2.6, 1.1, "sport", "runner local volunteer", 4),
    ("expo", "奥体中心会展馆马拉松博览会", "马拉松博览会", "体育场旁边的展馆", "Marathon Expo Hall", 2.9, 1.4, "marathon", "runner runner_en volunteer", 4),
    ("bagdrop", "奥体中心东广场马拉松存包区", "东广场存包区", "存包的地方", "Baggage Drop, East Plaza", 3.1, 1.0, "marathon", "runner runner_en volunteer", 5),
    ("start", "滨江大道马拉松起点拱门", "起点拱门", "滨江大道起点", "Start Line, Binjiang Ave", 2.2, 0.2, "marathon", "runner runner_en volunteer", 5),
    ("finish", "奥体中心西广场马拉松终点完赛区", "西广场终点区", "终点", "Finish Area, West Plaza", 2.3, 1.3, "marathon", "runner runner_en volunteer", 6),
    ("aquatics", "奥体中心游泳馆", "游泳馆", "奥体游泳池", "Aquatics Hall", 2.8, 1.7, "sport", "student local", 2),
    ("aobus", "奥体中心北门公交站", "奥体北门站", "体育场北门车站", "Olympic Centre North Gate Bus Stop", 2.7, 1.9, "sport", "local runner retired", 2),
    ("college", "漾川职业技术学院正门", "漾川职院", "职院", "Yangchuan Vocational & Technical College", -1.8, 2.2, "college", "student", 3),
    ("canteen", "漾川职院第二食堂", "职院二食堂", "二食堂", "College Canteen No. 2", -2.0, 2.6, "college", "student", 3),
    ("library", "漾川职院图书馆", "职院图书馆", "图书馆", "College Library", -1.6, 2.8, "college", "student", 2),
    ("dorm", "漾川职院东区学生宿舍", "职院东区宿舍", "东区7栋那边", "College East Dormitories", -1.2, 2.7, "college", "student", 2),
    ("training", "漾川职院汽修实训中心", "职院实训楼", "实训车间", "Automotive Training Centre", -2.3, 2.4, "college", "student", 1),
    ("garmentA", "北岸国际服装批发城A区", "服装城A区", "老布市", "Beian Garment Wholesale Mall, Zone A", 1.2, 2.6, "market", "porter shop tourist", 5),
    ("garmentB", "北岸国际服装批发城B区后门卸货区", "服装城B区卸货区", "批发城后面货场", "Garment Mall Zone B Loading Bay", 1.4, 2.9, "market", "porter shop rider", 4),
    ("logistics", "服装城物流中转站", "物流中转站", "发货的那排铺子", "Garment Mall Logistics Depot", 1.9, 3.1, "market", "porter shop rider", 2),
    ("coach", "漾川市长途汽车客运北站", "汽车北站", "北站", "Yangchuan North Coach Station", 0.2, 3.4, "bus", "tourist porter local", 5),
    ("waiting", "汽车北站候车大厅", "北站候车室", "北站候车的大厅", "North Coach Station Waiting Hall", 0.25, 3.5, "bus", "tourist retired local", 4),
    ("m_park", "地铁1号线1953文创园站", "文创园站", "棉纺厂站", "Metro Line 1 Creative Park Stn", 0.4, 1.6, "metro", "tourist student local runner", 4),
    ("m_ao", "地铁1号线奥体中心站", "奥体中心站", "体育场地铁站", "Metro Line 1 Olympic Sports Centre Stn", 2.4, 2.0, "metro", "runner runner_en local", 4),
    ("m_coach", "地铁1号线汽车北站站", "北站地铁站", "北站地铁口", "Metro Line 1 North Coach Station Stn", 0.0, 3.2, "metro", "tourist local porter", 3),
    ("m_college", "地铁1号线职业学院站", "职业学院站", "职院地铁站", "Metro Line 1 Vocational College Stn", -1.4, 1.9, "metro", "student local", 3),
    ("village", "棉纺新村小区", "棉纺新村", "老厂宿舍", "Mianfang New Village", -0.6, 1.6, "home", "retired local rider", 3),
    ("vmarket", "棉纺新村菜市场", "新村菜市场", "老厂菜场", "Mianfang Village Wet Market", -0.8, 1.9, "home", "retired local", 3),
    ("snack", "江堤小吃街夜市", "江堤小吃街", "江堤夜市", "Riverside Snack Street", -0.5, 0.15, "river", "student tourist local rider", 4),
    ("square", "滨江广场", "滨江广场", "江边大广场", "Binjiang Square", 1.2, 0.3, "river", "retired local tourist", 3),
]

# far places, used only for negatives: 15-45 km from the park
FAR = [
    ("far_hsr", "漾川南站高铁站", "漾川南站", "高铁南站", "Yangchuan South Railway Station", 3.0, -17.0),
    ("far_lake", "青螺湖风景区游客中心", "青螺湖景区", "青螺湖", "Qingluo Lake Scenic Area", -22.0, 9.0),
    ("far_airport", "漾川临空港机场T2航站楼", "漾川机场", "机场", "Yangchuan Airport T2", 28.0, -14.0),
    ("far_shimen", "石门镇汽车站", "石门镇", "石门", "Shimen Town Bus Station", -16.0, -14.0),
    ("far_taoxi", "桃溪古镇景区南门", "桃溪古镇", "古镇", "Taoxi Ancient Town", 35.0, 20.0),
    ("far_luxi", "鹿溪县汽车客运站", "鹿溪县汽车站", "鹿溪车站", "Luxi County Bus Station", -40.0, -18.0),
    ("far_unicity", "南湖大学城体育馆", "南湖大学城", "大学城", "Nanhu University Town Gym", 6.0, -22.0),
    ("far_dev", "漾川经开区工业园三期", "经开区工业园", "开发区", "Yangchuan Economic Development Zone", 16.0, 4.0),
]

PLACE = {}
for _p in PLACES:
    PLACE[_p[0]] = {"key": _p[0], "names": [_p[1], _p[2], _p[3], _p[4]], "xy": (_p[5], _p[6]),
                    "group": _p[7], "voices": _p[8].split(), "w": _p[9], "far": False}
for _p in FAR:
    PLACE[_p[0]] = {"key": _p[0], "names": [_p[1], _p[2], _p[3], _p[4]], "xy": (_p[5], _p[6]),
                    "group": "far", "voices": ["local"], "w": 1, "far": True}
IN_AREA = [p[0] for p in PLACES]
FAR_KEYS = [p[0] for p in FAR]
METRO = ["m_coach", "m_park", "m_college", "m_ao"]   # stations of line 1 in this area


def near(key, km=1.3):
    """In-area places within km of key (excluding itself), sorted by key."""
    xy = PLACE[key]["xy"]
    return sorted(k for k in IN_AREA if k != key and dist_km(PLACE[k]["xy"], xy) <= km)


def place_ll(rng, key, jitter_m=150):
    x, y = PLACE[key]["xy"]
    j = jitter_m / 1000.0
    return latlon(x + rng.uniform(-j, j), y + rng.uniform(-j, j))


# day profile: (first day, last day) of May 2025 or earlier, plus hours of activity
def day_weights():
    """Calendar days that losses are drawn from, with weights (list sorted by date)."""
    out = []
    d = datetime.date(2025, 1, 8)
    while d <= datetime.date(2025, 5, 6):
        if datetime.date(2025, 5, 1) <= d <= datetime.date(2025, 5, 5):
            w = 30
        elif d >= datetime.date(2025, 4, 26):
            w = 8
        elif d >= datetime.date(2025, 4, 1):
            w = 2
        else:
            w = 1
        out.append((d, w))
        d += datetime.timedelta(days=1)
    return out


DAYS = day_weights()
MARATHON_DAY = datetime.date(2025, 5, 4)
EXPO_DAYS = [datetime.date(2025, 5, 1), datetime.date(2025, 5, 2), datetime.date(2025, 5, 3)]
HOURS = {"park": (9, 21), "river": (6, 21), "sport": (7, 21), "college": (7, 22),
         "market": (5, 18), "bus": (6, 20), "metro": (6, 23), "home": (6, 20),
         "far": (7, 20)}
MARATHON_HOURS = {"bagdrop": (5, 7), "start": (6, 8), "finish": (9, 13), "expo": (9, 19)}


def wchoice(rng, items):
    """items: list of (value, weight) in a fixed order."""
    tot = sum(w for _, w in items)
    r = rng.uniform(0, tot)
    acc = 0.0
    for v, w in items:
        acc += w
        if r <= acc:
            return v
    return items[-1][0]


MAY = [datetime.date(2025, 5, d) for d in range(1, 7)]
# race things exist only from a moment on: (days they can be lost, earliest moment anyone can hold one)
KIND_DAYS = {"medal": (MAY[3:], datetime.datetime(2025, 5, 4, 9, 30)),
             "dropbag": (MAY[3:4], datetime.datetime(2025, 5, 4, 5, 0)),
             "bib": (MAY[:4], datetime.datetime(2025, 5, 1, 9, 0)),
             "volpass": (MAY[:4], datetime.datetime(2025, 5, 1, 6, 0))}


def earliest(kind):
    return KIND_DAYS[kind][1] if kind in KIND_DAYS else None


def draw_loss_time(rng, key, marathon=False, kind=None):
    """A datetime at which something is lost at place key (never after NOW - 40 min)."""
    grp = PLACE[key]["group"]
    if kind in KIND_DAYS:
        day = rng.choice(KIND_DAYS[kind][0])
        h0, h1 = MARATHON_HOURS.get(key, (7, 19)) if day in MAY[:4] and key in MARATHON_HOURS else (7, 19)
        if kind == "medal" and day == MARATHON_DAY:
            h0, h1 = (10, 19)
        if kind == "dropbag" and key not in MARATHON_HOURS:
            h0, h1 = (9, 14)
    elif key in ("bagdrop", "start", "finish") or (marathon and key in ("stadium", "m_ao", "aobus")):
        day = MARATHON_DAY
        h0, h1 = MARATHON_HOURS.get(key, (8, 14))
    elif marathon:
        day = rng.choice([MARATHON_DAY, MARATHON_DAY, EXPO_DAYS[-1]])
        h0, h1 = (10, 19)
    elif key == "expo":
        day = rng.choice(EXPO_DAYS)
        h0, h1 = MARATHON_HOURS["expo"]
    else:
        day = wchoice(rng, DAYS)
        h0, h1 = HOURS[grp]
        if key == "snack":
            h0, h1 = (17, 23)
    for _ in range(50):
        dt = datetime.datetime(day.year, day.month, day.day, h0) + datetime.timedelta(
            minutes=rng.randint(0, (h1 - h0) * 60 + 59))
        if mins_before(dt) >= 40 and (kind not in KIND_DAYS or dt >= KIND_DAYS[kind][1]):
            return dt
        if mins_before(dt) < 40:
            day = day - datetime.timedelta(days=1)
    return NOW - datetime.timedelta(hours=3)


def daylight(rng, m):
    """Move a found time that falls in the small hours to the next morning (if that is not after NOW)."""
    dt = at(m)
    if dt.hour >= 6:
        return m
    nd = dt.replace(hour=6, minute=0) + datetime.timedelta(minutes=rng.randint(0, 150))
    nm = mins_before(nd)
    return nm if nm >= 0 else m
