"""World for set95: an invented island (白鲎岛) off the south-east coast, Qingming to May Day.

Every place, name and number here is invented.  Coordinates are WGS84.
"""
import math

LAT0, LON0 = 23.5200, 117.6600          # island centre (invented island at sea)
KM_LAT = 1.0 / 111.0
KM_LON = 1.0 / (111.32 * math.cos(math.radians(LAT0)))

# id, full name, short form, what islanders say, sign (pinyin/English), dx km (east), dy km (north)
PLACES = [
    ("ferry", "白鲎岛轮渡码头", "轮渡码头", "渡头", "Baihou Ferry Terminal", 0.0, -2.0),
    ("ticket", "轮渡码头售票厅", "售票厅", "买船票那里", "Ticket Hall", 0.05, -1.95),
    ("waiting", "轮渡码头候船厅", "候船厅", "等船的大厅", "Waiting Hall", -0.05, -1.97),
    ("boat1", "鲎岛—石湾航线渡轮", "石湾线渡轮", "去石湾的大船", "Baihou-Shiwan Ferry", 0.0, -2.15),
    ("boat2", "鲎岛—南门港快船", "南门快船", "快船仔", "Nanmen Express Boat", 0.12, -2.2),
    ("beach", "月牙湾海滨浴场", "月牙湾", "大沙滩", "Crescent Bay Beach", 1.6, -1.0),
    ("lounger", "月牙湾沙滩躺椅租赁区", "躺椅区", "租躺椅那片", "Beach Lounger Rental", 1.72, -1.1),
    ("shower", "月牙湾淋浴更衣房", "淋浴房", "冲水间", "Beach Showers", 1.5, -0.85),
    ("lifeguard", "月牙湾救生站", "救生站", "救生员亭仔", "Lifeguard Station", 1.78, -0.95),
    ("lighthouse", "灯塔山公园", "灯塔山", "灯塔顶", "Lighthouse Hill", -1.8, 1.6),
    ("lookout", "灯塔山观景台", "观景台", "灯塔看海的台子", "Lighthouse Lookout", -1.92, 1.75),
    ("trail", "灯塔山登山步道", "登山步道", "上灯塔的石阶路", "Lighthouse Trail", -1.5, 1.2),
    ("houao", "后澳渔村民宿街", "后澳街", "后澳", "Hou'ao Guesthouse Street", -0.9, -0.6),
    ("gh1", "后澳街潮汐里民宿", "潮汐里民宿", "潮汐里", "Tide Lane Guesthouse", -0.95, -0.55),
    ("gh2", "后澳街阿嬷厝民宿", "阿嬷厝民宿", "阿嬷厝那间", "Ama's House Inn", -0.84, -0.7),
    ("gh3", "后澳街听涛客栈", "听涛客栈", "听涛", "Tingtao Inn", -1.02, -0.68),
    ("harbor", "后澳渔港", "渔港", "船仔头", "Hou'ao Fishing Harbour", -1.25, -0.92),
    ("seafood", "白鲎岛海鲜市场", "海鲜市场", "鱼市", "Seafood Market", -0.4, -1.3),
    ("dapai", "海鲜大排档街", "大排档", "食海鲜那条街", "Seafood Food Street", -0.28, -1.45),
    ("lawn", "西草坪音乐节场地", "西草坪", "大草坪", "Music Festival Lawn", -2.2, -0.2),
    ("stage", "音乐节主舞台", "主舞台", "舞台前面", "Main Stage", -2.32, -0.08),
    ("festgate", "音乐节入口安检处", "音乐节入口", "检票口", "Festival Gate", -2.0, -0.36),
    ("bike1", "环岛骑行驿站(码头店)", "骑行驿站", "码头租车的", "Island Bike Rental (Pier)", 0.3, -1.8),
    ("bike2", "北环路单车租赁点", "北环路租车点", "北边租车那", "North Loop Bike Hire", 0.6, 1.9),
    ("loop", "环岛观海栈道", "观海栈道", "环岛路", "Coastal Boardwalk", 2.1, 0.5),
    ("hospital", "白鲎岛人民医院", "岛医院", "医院", "Baihou Island Hospital", 0.2, 0.4),
    ("clinic", "岛医院门诊大厅", "门诊大厅", "医院挂号那里", "Outpatient Hall", 0.26, 0.46),
    ("school", "白鲎岛中心小学", "中心小学", "鲎岛小学", "Baihou Central Primary School", -0.3, 0.9),
    ("museum", "海防军事博物馆", "军事博物馆", "海防馆", "Coastal Defence Military Museum", 1.2, 1.5),
    ("fort", "老炮台遗址", "老炮台", "炮台", "Old Gun Battery", 1.42, 1.76),
    ("nightmkt", "渔火夜市", "夜市", "夜市仔", "Yuhuo Night Market", 0.0, -0.9),
    ("busstop", "环岛公交总站", "公交总站", "车站", "Island Bus Terminal", 0.16, -1.62),
    ("temple", "后澳天后宫", "天后宫", "妈祖庙", "Tianhou Temple", -1.12, -0.4),
    ("visitor", "游客服务中心", "游客中心", "服务中心", "Visitor Centre", 0.1, -1.76),
    ("market", "岛民生活超市", "岛民超市", "超市", "Islanders' Supermarket", 0.05, -0.5),
    ("cafe", "浪花咖啡馆", "浪花咖啡", "咖啡店", "Langhua Cafe", 1.3, -0.7),
    ("mangrove", "红树林栈道", "红树林", "红树林那边", "Mangrove Walk", 2.3, 1.2),
    ("camp", "东岬露营地", "露营地", "东岬", "East Cape Campsite", 2.6, -0.3),
    ("sunrise", "观日岩", "观日岩", "看日出的石头", "Sunrise Rock", 2.4, -1.5),
]

# mainland places 15-45 km away: used only for hard negatives
FAR = [
    ("shiwan", "石湾镇渡口", "石湾渡口", "石湾", "Shiwan Pier", -12.0, 10.0),
    ("nanmen", "南门港客运站", "南门港", "南门", "Nanmen Port", -16.0, 6.0),
    ("rail", "溪岸高铁站", "高铁站", "溪岸站", "Xi'an HSR Station", -25.0, 20.0),
    ("longtian", "龙田古镇", "龙田", "龙田老街", "Longtian Old Town", -30.0, 15.0),
    ("gangwei", "港尾镇商业街", "港尾街", "港尾", "Gangwei Street", -18.0, 22.0),
    ("countyhosp", "溪岸县人民医院", "县医院", "县医院", "Xi'an County Hospital", -35.0, 25.0),
]

# which places suit which category (None = any)
FEST = ("lawn", "stage", "festgate")


def place_table():
    out = {}
    for p in PLACES + FAR:
        pid, full, short, local, sign, dx, dy = p
        out[pid] = {"id": pid, "full": full, "short": short, "local": local, "sign": sign,
                    "lat": LAT0 + dy * KM_LAT, "lon": LON0 + dx * KM_LON, "dx": dx, "dy": dy,
                    "far": p in FAR}
    return out


PT = place_table()
NEAR_IDS = [p[0] for p in PLACES]
FAR_IDS = [p[0] for p in FAR]


def dist_km(a, b):
    pa, pb = PT[a], PT[b]
    return math.hypot(pa["dx"] - pb["dx"], pa["dy"] - pb["dy"])


def neighbours(pid, limit=0.9):
    return [q for q in NEAR_IDS if q != pid and dist_km(pid, q) <= limit]


def place_name(rng, pid, en=False):
    p = PT[pid]
    if en:
        return rng.choice([p["sign"], p["sign"], p["short"] + " (" + p["sign"] + ")"])
    return rng.choice([p["full"], p["short"], p["short"], p["local"], p["sign"]])


def jitter(rng, pid, metres=120):
    p = PT[pid]
    return (round(p["lat"] + rng.uniform(-metres, metres) / 111000.0, 6),
            round(p["lon"] + rng.uniform(-metres, metres) / 102000.0, 6))


# ---- time: absolute minutes from 1 April 00:00; the set is registered at NOW ----
NOW = 35 * 1440 + 9 * 60          # 6 May 09:00
FEST_DAYS = (30, 31, 32)          # 1-3 May, music festival on the lawn


def day_str(t):
    d = t // 1440
    month, day = (4, d + 1) if d < 30 else (5, d - 29)
    return "%d月%d日" % (month, day)


def part_of_day(t):
    h = (t % 1440) // 60
    for lim, name in ((5, "凌晨"), (8, "早上"), (11, "上午"), (13, "中午"), (18, "下午"), (24, "晚上")):
        if h < lim:
            return name
    return "晚上"


def when_zh(rng, t):
    h = (t % 1440) // 60
    hh = h if h <= 12 else h - 12
    return rng.choice([day_str(t) + part_of_day(t), day_str(t) + part_of_day(t) + "%d点多" % max(hh, 1),
                       day_str(t)])


def when_en(t):
    d = t // 1440
    month, day = ("April", d + 1) if d < 30 else ("May", d - 29)
    h = (t % 1440) // 60
    return "%s %d around %d%s" % (month, day, (h % 12) or 12, "am" if h < 12 else "pm")


SURNAMES = list("陈林黄张李王吴刘蔡杨郑许谢洪郭邱曾廖赖徐周叶苏庄")
GIVEN = list("志明秀英建华丽娟伟芳宏杰美玲国文雅婷俊豪晓燕子涵欣怡宇轩思琪")
KR = ["Park Ji-woo", "Kim Seo-yeon", "Lee Min-jun", "Choi Ha-eun", "Jung Do-hyun", "Han Yu-na",
      "Kang Tae-oh", "Yoon Seo-ah"]
EN = ["Emma Hartley", "Lucas Brenner", "Olivia Marsh", "Noah Castell", "Mia Lindqvist", "Tom Ashdown",
      "Chloe Varga", "Daniel Okafor"]


def zh_name(rng):
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
