"""set120 world: 澄屿市东屿集装箱港区 in March (invented city, places, people, ships).

Everything here is invented.  Coordinates are laid out in metres on a local grid and
converted to WGS84 around an arbitrary coastal point inside China.
"""
import datetime

SEED = 120120
PART = "set120"
PFX = "S120"

# the moment every registration is measured from ("now" for the whole set)
NOW = datetime.datetime(2025, 3, 31, 21, 0)

BASE_LAT = 29.9142
BASE_LON = 121.8713


def to_latlon(x, y):
    return (round(BASE_LAT + y / 111000.0, 6), round(BASE_LON + x / 96300.0, 6))


# id: (zone, canonical zh, [zh variants], en, x, y, [spots zh], [spots en])
PLACES = [
    ("gate3", "gate", "东屿港区3号闸口", ["3号闸口", "三号卡口", "3#大门闸口", "东屿3号门"], "Gate 3, Dongyu terminal", 0, 0,
     ["收费亭旁", "人行通道", "闸口岗亭外", "安检台"], ["near the toll booth", "at the walkway", "outside the guard box"]),
    ("gate5", "gate", "东屿港区5号闸口", ["5号闸口", "五号闸口", "5号门检查站"], "Gate 5", 900, 150,
     ["检查站窗口", "等候线旁", "岗亭边"], ["at the check window", "by the waiting line"]),
    ("queue_a", "gate", "集卡排队道A区", ["集卡排队车道A", "A区等候车道", "进港排队道"], "truck queue lane A", -250, -300,
     ["车道边的水泥墩上", "路边花坛", "排队道厕所门口"], ["on the kerb", "by the lane toilet"]),
    ("queue_b", "gate", "集卡排队道B区", ["B区排队道", "查验场前排队道", "B道"], "truck queue lane B", 600, -250,
     ["路边", "排队道护栏旁", "移动厕所旁"], ["by the roadside", "near the portable toilets"]),
    ("inspection", "gate", "海关查验场", ["查验场", "海关查验区", "查验平台"], "customs inspection yard", 1100, -400,
     ["查验平台边", "司机等候棚", "办事窗口"], ["in the drivers' shelter", "at the counter"]),
    ("parking", "rest", "集卡停车场", ["港区集卡停车场", "大车停车场", "货车停车场"], "truck park", -600, -500,
     ["停车位旁地上", "停车场出口", "岗亭边"], ["on the ground by a bay", "at the exit"]),
    ("rest_area", "rest", "集卡司机之家", ["司机之家", "司机休息区", "司机休息室", "货车司机之家"], "truck drivers' rest house", -700, -200,
     ["休息室沙发上", "充电桌", "电视机前的长椅", "门口"], ["on the sofa", "at the charging table"]),
    ("canteen", "rest", "司机之家食堂", ["司机食堂", "司机之家餐厅", "集卡食堂"], "drivers' canteen", -680, -160,
     ["靠窗的桌子", "打饭窗口", "洗碗池旁", "餐桌下"], ["at a window table", "under a table"]),
    ("shower", "rest", "司机之家淋浴间", ["司机之家澡堂", "淋浴房", "司机之家洗澡间"], "shower block of the rest house", -720, -230,
     ["更衣柜上", "洗手台", "更衣凳"], ["on the locker", "by the sinks"]),
    ("gas", "rest", "港区加油站", ["东屿加油站", "港区中石化加油站", "加油站便利店"], "port filling station", -1000, -450,
     ["便利店收银台", "加油机旁", "洗手间"], ["at the shop counter", "by the pumps"]),
    ("wh7", "wh", "7号冷链仓库", ["7号仓", "冷链7号库", "七号冷库"], "cold store No.7", 1500, 400,
     ["更衣室", "叉车充电区", "理货台"], ["in the locker room", "at the tally desk"]),
    ("wh12", "wh", "保税物流12号仓", ["12号仓", "保税仓12号库", "十二号仓库"], "bonded warehouse 12", 1900, 600,
     ["理货办公室", "打卡机旁", "休息角"], ["by the time clock", "in the break corner"]),
    ("wh_dock", "wh", "物流园装卸月台", ["装卸月台", "仓库月台", "物流园卸货台"], "loading dock of the logistics park", 1700, 500,
     ["台沿边", "托盘堆旁", "卷帘门下"], ["on the dock edge", "by the pallets"]),
    ("berth4", "berth", "4号泊位", ["四号泊位", "4#泊位", "东屿4号码头泊位"], "Berth 4", 1200, 1100,
     ["舷梯下", "码头岗亭", "系缆桩旁"], ["at the gangway foot", "by the bollards"]),
    ("seafarers", "sea", "国际海员之家", ["海员之家", "海员俱乐部", "港区海员服务中心"], "Seafarers' Centre", -300, 1300,
     ["前台", "上网区电脑桌", "小卖部", "祈祷室"], ["at the front desk", "in the wifi corner", "in the shop", "in the chapel room"]),
    ("crew_bus", "sea", "海员接驳车站", ["海员班车站", "接驳车候车亭", "海员之家门口车站"], "crew shuttle stop", -150, 1150,
     ["候车亭长椅", "站牌下"], ["on the shelter bench", "under the sign"]),
    ("clinic", "sea", "港区卫生所", ["东屿卫生所", "港区医务室"], "port clinic", -1000, 600,
     ["候诊椅", "挂号窗口"], ["on the waiting chairs"]),
    ("dorm1", "dorm", "港工宿舍1栋", ["港工宿舍1号楼", "1栋宿舍", "员工宿舍一栋"], "workers' dormitory block 1", -1800, 300,
     ["一楼大厅", "楼梯间", "洗衣房", "门卫室外"], ["in the lobby", "in the laundry"]),
    ("dorm3", "dorm", "港工宿舍3栋", ["港工宿舍3号楼", "3栋", "员工宿舍三栋"], "workers' dormitory block 3", -1900, 450,
     ["楼下车棚", "水房", "快递架旁"], ["in the bike shed", "by the parcel rack"]),
    ("dorm_canteen", "dorm", "宿舍区食堂", ["宿舍食堂", "生活区食堂", "港工食堂"], "dormitory canteen", -1850, 200,
     ["餐桌上", "收餐台", "门口台阶"], ["on a table", "at the tray return"]),
    ("shuttle", "dorm", "港区通勤班车站", ["通勤车站", "班车站", "生活区班车点"], "staff shuttle stop", -1500, 0,
     ["候车棚", "班车上"], ["in the shelter", "on the bus"]),
    ("ferry_pier", "ferry", "东屿客渡码头", ["渡轮码头", "客渡码头", "东屿轮渡站"], "Dongyu ferry pier", -600, 2200,
     ["候船厅座椅", "售票窗口", "检票口"], ["on the waiting seats", "at the ticket gate"]),
    ("ferry_boat", "ferry", "澄渡6号渡轮", ["渡轮上", "澄渡6号", "轮渡船舱"], "ferry Chengdu No.6", -650, 2500,
     ["二层座位下", "船尾甲板", "船舱行李架"], ["under a seat upstairs", "on the rear deck"]),
    ("night_market", "market", "渔人码头海鲜夜市", ["海鲜夜市", "渔人码头夜市", "夜市"], "seafood night market", -1200, 2000,
     ["海鲜摊前", "公共桌椅", "夜市公厕"], ["at a seafood stall", "at the public tables"]),
    ("bbq", "market", "夜市烧烤排档", ["烧烤排档区", "夜市大排档", "海鲜排档"], "night-market barbecue stalls", -1300, 2100,
     ["塑料凳下", "排档桌上", "收银台"], ["under a plastic stool", "on a table"]),
    ("bonded_st", "bonded", "保税区商业街", ["保税街", "保税商业街", "保税区步行街"], "bonded-zone shopping street", -2400, 1500,
     ["街边长椅", "公交站台", "奶茶店门口"], ["on a bench", "at the bus stop"]),
    ("bonded_shop", "bonded", "保税进口商品直营店", ["进口商品直营店", "保税店", "跨境商品店"], "bonded import shop", -2300, 1600,
     ["收银台", "寄存柜", "试衣间"], ["at the till", "in the lockers"]),
]

PLACE = {p[0]: p for p in PLACES}
PLACE_IDS = [p[0] for p in PLACES]


def place_dist(a, b):
    pa, pb = PLACE[a], PLACE[b]
    return ((pa[5] - pb[5]) ** 2 + (pa[6] - pb[6]) ** 2) ** 0.5


def neighbours(pid, within=900):
    return sorted(q for q in PLACE_IDS if q != pid and place_dist(pid, q) <= within)


def far_places(pid, beyond=1800):
    return sorted(q for q in PLACE_IDS if place_dist(pid, q) >= beyond)


def coords(rng, pid):
    p = PLACE[pid]
    return to_latlon(p[5] + rng.uniform(-90, 90), p[6] + rng.uniform(-90, 90))


ZONE_OWNERS = {
    "gate": ["driver", "driver", "driver", "desk", "night"],
    "rest": ["driver", "driver", "driver", "desk"],
    "wh": ["night", "night", "night", "desk", "dormmgr"],
    "berth": ["seafarer", "seafarer", "night", "desk"],
    "sea": ["seafarer", "seafarer", "seafarer", "desk"],
    "dorm": ["night", "dorm", "dorm", "dormmgr", "desk"],
    "ferry": ["local", "local", "seafarer", "dorm", "desk"],
    "market": ["local", "seafarer", "driver", "dorm", "desk"],
    "bonded": ["local", "seafarer", "dorm", "desk"],
}

ZONE_FINDERS = {
    "gate": ["guard", "guard", "guard", "desk", "driverf"],
    "rest": ["canteen", "guard", "cleaner", "driverf", "desk"],
    "wh": ["guard", "cleaner", "coworker", "desk"],
    "berth": ["guard", "guard", "centre", "desk"],
    "sea": ["centre", "centre", "guard", "desk"],
    "dorm": ["dormmgr", "dormmgr", "cleaner", "canteen", "desk"],
    "ferry": ["ferry", "ferry", "desk", "passenger"],
    "market": ["vendor", "vendor", "desk", "passenger"],
    "bonded": ["shop", "passenger", "desk", "cleaner"],
}

PROVINCES = [
    ("河南", "410", ["周口", "驻马店", "商丘", "南阳"], "俺"),
    ("安徽", "341", ["阜阳", "亳州", "六安"], "我"),
    ("山东", "370", ["临沂", "菏泽", "聊城"], "俺"),
    ("江西", "360", ["上饶", "赣州"], "我"),
    ("湖南", "430", ["邵阳", "衡阳"], "我"),
    ("四川", "510", ["南充", "达州"], "我"),
    ("河北", "130", ["邢台", "沧州"], "俺"),
    ("江苏", "320", ["徐州", "宿迁"], "我"),
]

PLATE_PREFIX = {"河南": "豫", "安徽": "皖", "山东": "鲁", "江西": "赣", "湖南": "湘", "四川": "川", "河北": "冀", "江苏": "苏"}

SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗",
            "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕"]
GIVEN = ["建军", "海涛", "卫东", "志强", "春燕", "秀兰", "德胜", "国庆", "晓峰", "红梅", "永刚", "立新", "明辉", "桂芳", "振华",
         "学文", "海燕", "长江", "玉兰", "新民", "文斌", "凤霞", "俊杰", "金山", "雪梅", "大伟", "小龙", "家豪", "子涵", "宏伟",
         "庆丰", "春生", "丽娟", "保国", "东升", "雨婷", "佳怡", "浩然", "铁柱", "荣华"]

FOREIGN = {
    "PH": (["Jomar", "Rodel", "Ariel", "Jerome", "Reynaldo", "Marvin", "Noel", "Rommel", "Jhun", "Edgardo", "Mark Anthony", "Ronald"],
           ["Dela Cruz", "Bautista", "Villanueva", "Macaraeg", "Sarmiento", "Ocampo", "Dimaculangan", "Pangilinan", "Salonga", "Tuazon"],
           "Filipino", "菲律宾"),
    "IN": (["Rakesh", "Sandeep", "Arvind", "Harpreet", "Vinod", "Suresh", "Manoj", "Jaspal", "Abhishek", "Pradeep"],
           ["Nair", "Kulkarni", "Sandhu", "Pillai", "Chauhan", "Menon", "Rawat", "Bhatia", "Iyer", "Gill"],
           "Indian", "印度"),
    "UA": (["Oleksandr", "Dmytro", "Serhii", "Andrii", "Yurii", "Taras", "Volodymyr", "Mykola", "Ihor", "Bohdan"],
           ["Kovalenko", "Shevchuk", "Tkachuk", "Hrytsenko", "Melnyk", "Bondarchuk", "Savchenko", "Lysenko", "Moroz", "Kravets"],
           "Ukrainian", "乌克兰"),
    "ID": (["Agus", "Budi", "Dedi", "Eko", "Hendra", "Rudi", "Wahyu", "Yusuf", "Slamet", "Bayu"],
           ["Santoso", "Prasetyo", "Wibowo", "Hidayat", "Setiawan", "Nugroho", "Saputra", "Kurniawan", "Siregar", "Pratama"],
           "Indonesian", "印尼"),
}
NATIONS = sorted(FOREIGN)

SHIPS = ["MV Coral Horizon", "MV Lumen Bay", "MV Aster Meridian", "MV Pacific Tamarind", "MV Nordvik Kestrel",
         "MV Sunda Breeze", "MV Kalinga Star", "MV Black Sea Ember", "MV Orion Sapphire", "MV Malabar Spirit",
         "MV Jade Current", "MV Dnipro Trader"]
RANKS = ["AB", "OS", "Oiler", "Bosun", "Cook", "Messman", "2nd Officer", "3rd Engineer", "Fitter", "Wiper", "Electrician", "Chief Cook"]

COMPANIES = ["澄屿港集装箱码头有限公司", "东屿国际集装箱码头", "海岚物流", "顺潮供应链", "屿通冷链物流", "澄港保税物流",
             "恒舟货运", "蓝湾理货公司"]
COMPANY_SHORT = {"澄屿港集装箱码头有限公司": "澄屿港", "东屿国际集装箱码头": "东屿码头", "海岚物流": "海岚", "顺潮供应链": "顺潮",
                 "屿通冷链物流": "屿通冷链", "澄港保税物流": "澄港保税", "恒舟货运": "恒舟", "蓝湾理货公司": "蓝湾理货"}
COMPANY_CODE = {"澄屿港集装箱码头有限公司": "CYP", "东屿国际集装箱码头": "DYT", "海岚物流": "HL", "顺潮供应链": "SC",
                "屿通冷链物流": "YT", "澄港保税物流": "CGB", "恒舟货运": "HZ", "蓝湾理货公司": "LW"}


def cn_name(rng):
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def foreign_person(rng):
    nat = rng.choice(NATIONS)
    firsts, lasts, adj, zh = FOREIGN[nat]
    return {"nat": nat, "first": rng.choice(firsts), "last": rng.choice(lasts), "adj": adj, "zh": zh,
            "ship": rng.choice(SHIPS), "rank": rng.choice(RANKS)}


# ---- time wording -------------------------------------------------------
WEEK_ZH = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
WEEK_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def at(mins_before):
    return NOW - datetime.timedelta(minutes=mins_before)


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
    if h < 19:
        return "傍晚"
    if h < 23:
        return "晚上"
    return "半夜"


CN_NUM = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def hour_zh(h, rng):
    h12 = h % 12
    if h12 == 0:
        h12 = 12
    if rng.random() < 0.5:
        return "%d点" % h12
    return CN_NUM[h12] + "点"


def day_zh(d, rng):
    r = rng.random()
    if r < 0.45:
        return "%d月%d日" % (d.month, d.day)
    if r < 0.75:
        return "%d号" % d.day
    if r < 0.9:
        return "%d.%d" % (d.month, d.day)
    return "%s(%d号)" % (WEEK_ZH[d.weekday()], d.day)


def moment_zh(d, rng, loose=True):
    if not loose:
        return "%d月%d日%02d:%02d" % (d.month, d.day, d.hour, d.minute)
    r = rng.random()
    if r < 0.5:
        return "%s%s%s左右" % (day_zh(d, rng), period_zh(d.hour), hour_zh(d.hour, rng))
    if r < 0.8:
        return "%s%s" % (day_zh(d, rng), period_zh(d.hour))
    return "%s %d:%02d" % (day_zh(d, rng), d.hour, (d.minute // 10) * 10)


def window_zh(a, b, rng):
    """a = start datetime, b = end datetime"""
    hours = (b - a).total_seconds() / 3600.0
    if a.date() == b.date() and hours <= 4:
        r = rng.random()
        if r < 0.5:
            return "%s%s%s到%s之间" % (day_zh(a, rng), period_zh(a.hour), hour_zh(a.hour, rng), hour_zh(b.hour, rng))
        if r < 0.8:
            return "%s%s%s多" % (day_zh(a, rng), period_zh(a.hour), hour_zh(a.hour, rng))
        return "%s %d:%02d-%d:%02d" % (day_zh(a, rng), a.hour, (a.minute // 10) * 10, b.hour, (b.minute // 10) * 10)
    if hours <= 14 and (b.date() - a.date()).days <= 1:
        if rng.random() < 0.4:
            return "%s夜班(%s%s到%s%s)" % (day_zh(a, rng), period_zh(a.hour), hour_zh(a.hour, rng),
                                        "第二天" + period_zh(b.hour) if b.date() != a.date() else period_zh(b.hour),
                                        hour_zh(b.hour, rng))
        return "%s%s到%s%s之间" % (day_zh(a, rng), period_zh(a.hour), day_zh(b, rng) if b.date() != a.date() else "", period_zh(b.hour))
    if a.date() == b.date():
        return "%s%s到%s之间（具体时间不清楚）" % (day_zh(a, rng), period_zh(a.hour), period_zh(b.hour))
    return "%s到%s之间（具体时间不清楚）" % (day_zh(a, rng), day_zh(b, rng))


def moment_en(d, rng):
    r = rng.random()
    if r < 0.4:
        return "on %d March around %02d00" % (d.day, d.hour)
    if r < 0.7:
        return "%s %d/3 about %d %s" % (WEEK_EN[d.weekday()], d.day, (d.hour % 12) or 12, "am" if d.hour < 12 else "pm")
    return "on %s %dth March, %s" % (WEEK_EN[d.weekday()], d.day,
                                     "night" if d.hour >= 19 or d.hour < 5 else ("morning" if d.hour < 12 else "afternoon"))


def window_en(a, b, rng):
    hours = (b - a).total_seconds() / 3600.0
    if hours <= 5:
        return "on %d March between %02d:%02d and %02d:%02d" % (a.day, a.hour, (a.minute // 10) * 10, b.hour, (b.minute // 10) * 10) \
            if rng.random() < 0.5 else moment_en(a, rng)
    return "sometime between %d March %02d00 and %d March %02d00" % (a.day, a.hour, b.day, b.hour)
