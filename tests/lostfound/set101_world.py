"""set101 world: an invented river port town (澜溪) in the Three Gorges, late September.

Everything here is invented: the town, its places, people, numbers. Times are kept as
minutes before one registration moment T0 (the evening of 30 September); the Mid-Autumn
Festival falls on 25 September in this calendar.
"""
import datetime

T0 = datetime.datetime(2026, 9, 30, 22, 0)
MID_AUTUMN = datetime.date(2026, 9, 25)
TOWN = "澜溪"
MAX_MIN = 172800

# key: (zh names, en names, lat, lon, zone)
PLACES = {
    "cruise_pier": (["澜溪港游轮码头", "游轮码头", "大码头趸船", "游轮码头安检口", "澜溪港3号趸船"],
                    ["the cruise pier", "Lanxi cruise dock", "the pier where our ship docked"],
                    30.95210, 109.97680, "river"),
    "cruise_ship": (["长澜号游轮", "长澜号游轮三楼观景台", "游轮上", "长澜号游轮餐厅"],
                    ["the cruise ship", "our ship (Changlan)", "the ship's sun deck"],
                    30.95190, 109.97710, "river"),
    "ferry_n": (["北岸轮渡码头", "北岸渡口", "北码头候船室"], ["the north ferry pier", "ferry terminal north side"],
                30.95400, 109.97120, "river"),
    "ferry_s": (["南岸轮渡码头", "南岸渡口", "南岸候船棚"], ["the south ferry pier", "the ferry landing across the river"],
                30.94310, 109.97450, "south"),
    "ferry_boat": (["轮渡澜渡3号船上", "过江轮渡上", "轮渡二层座位", "渡船上"], ["the ferry", "the river ferry", "on the ferry boat"],
                   30.94860, 109.97280, "river"),
    "funi_top": (["望江缆车上站", "缆车上站", "缆车上站售票口"], ["the funicular top station", "the top of the funicular"],
                 30.96030, 109.97020, "old"),
    "funi_bottom": (["望江缆车下站", "缆车下站", "缆车车厢里"], ["the funicular bottom station", "the funicular car"],
                    30.95520, 109.97180, "old"),
    "stairs": (["百步梯老街", "老街梯坎", "百步梯", "老街石梯子"], ["the old stair street", "the steep old street with steps", "Baibuti steps"],
               30.95780, 109.97090, "old"),
    "stairs_mid": (["百步梯中段黄葛树下", "老街黄葛树那个平台", "百步梯半坡的茶馆门口"], ["the banyan tree halfway up the steps", "the tea house on the stairs"],
                   30.95850, 109.97050, "old"),
    "hotpot": (["滨江火锅街", "火锅一条街", "滨江路火锅街口"], ["hotpot street", "the hotpot street by the river"],
               30.95690, 109.97790, "river"),
    "hotpot_pym": (["胖幺妹火锅", "滨江火锅街胖幺妹火锅", "胖幺妹火锅二楼"], ["Pangyaomei hotpot", "a hotpot restaurant (Pang Yao Mei)"],
                   30.95710, 109.97820, "river"),
    "hotpot_jw": (["江娃老火锅", "江娃火锅店", "滨江路江娃老火锅"], ["Jiangwa hotpot", "the old hotpot place on the river road"],
                  30.95660, 109.97740, "river"),
    "hospital": (["澜溪县人民医院门诊大厅", "县医院", "县人民医院住院部", "县医院缴费窗口"], ["the county hospital"],
                 30.96310, 109.98100, "new"),
    "school": (["澜溪二中", "二中寄宿生宿舍", "二中男生宿舍3栋", "二中女生宿舍楼", "二中食堂"], ["the middle school"],
               30.96680, 109.96550, "new"),
    "market": (["橙乡柑橘批发市场", "柑橘批发市场", "橙子市场", "批发市场过磅处"], ["the orange market"],
               30.94890, 109.98900, "south"),
    "bus_station": (["澜溪汽车站", "汽车站", "客运站候车厅", "汽车站售票厅"], ["the bus station"],
                    30.96500, 109.98800, "new"),
    "square": (["滨江广场", "江边广场", "滨江广场灯会", "广场赏月的地方"], ["the riverside square", "the lantern fair on the square"],
               30.95470, 109.97500, "river"),
    "walk": (["江边步道", "滨江步道", "沿江栈道"], ["the riverside walk", "the river boardwalk"],
             30.95330, 109.97900, "river"),
    "shop": (["惠多多超市", "惠多多超市收银台", "老街口惠多多"], ["the supermarket (Huiduoduo)"],
             30.95980, 109.97660, "new"),
    "v_qingyan": (["青岩村", "青岩村车站", "青岩村村口"], ["Qingyan village"], 31.04120, 110.06150, "far"),
    "v_baiguo": (["白果坪", "白果坪场镇", "白果坪车站"], ["Baiguoping"], 30.88700, 109.89020, "far"),
    "v_macao": (["马槽乡", "马槽乡客运点", "马槽乡场口"], ["Macao township"], 31.01050, 109.84200, "far"),
    "taxi": (["出租车上", "打的坐的出租车上", "出租车后座"], ["a taxi"], 30.95900, 109.97800, "new"),
    "bus": (["去青岩村的班车上", "农村客运班车上", "到白果坪的中巴车上"], ["the village bus"], 30.96500, 109.98800, "new"),
}

# where something left at place X is plausibly picked up and registered (for true pairs)
LINKS = {
    "cruise_pier": ["cruise_pier", "cruise_pier", "cruise_ship", "square"],
    "cruise_ship": ["cruise_ship", "cruise_pier"],
    "ferry_n": ["ferry_n", "ferry_boat"],
    "ferry_s": ["ferry_s", "ferry_boat"],
    "ferry_boat": ["ferry_boat", "ferry_n", "ferry_s"],
    "funi_top": ["funi_top", "funi_bottom", "stairs"],
    "funi_bottom": ["funi_bottom", "funi_top", "stairs"],
    "stairs": ["stairs", "stairs_mid", "funi_bottom"],
    "stairs_mid": ["stairs_mid", "stairs", "funi_top"],
    "hotpot": ["hotpot", "hotpot_pym", "hotpot_jw"],
    "hotpot_pym": ["hotpot_pym", "hotpot"],
    "hotpot_jw": ["hotpot_jw", "hotpot"],
    "hospital": ["hospital"],
    "school": ["school"],
    "market": ["market"],
    "bus_station": ["bus_station", "bus"],
    "square": ["square", "walk"],
    "walk": ["walk", "square"],
    "shop": ["shop", "stairs"],
    "v_qingyan": ["v_qingyan", "bus"],
    "v_baiguo": ["v_baiguo", "bus"],
    "v_macao": ["v_macao", "bus"],
    "taxi": ["taxi"],
    "bus": ["bus", "bus_station", "v_qingyan", "v_baiguo", "v_macao"],
}

FAR = ["v_qingyan", "v_baiguo", "v_macao", "ferry_s", "market", "school", "hospital", "bus_station"]

SURNAMES = list("王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
GIVEN = list("建国秀英玉兰德明春梅志强小红晓燕海军丽华文杰子涵浩然思雨雅婷宇轩欣怡俊杰桂芳淑珍永福金花世平家豪诗琪佳怡天佑成刚红梅秋菊德华国庆光荣明辉")
EN_FIRST = ["Margaret", "Hendrik", "Ana", "Thomas", "Ingrid", "Lucas", "Priya", "Oliver", "Sophie", "Daniel",
            "Keiko", "Marta", "Peter", "Claire", "Jonas", "Rosa", "Samuel", "Elena", "Graham", "Nadia"]
EN_LAST = ["Ellison", "Vos", "Reis", "Whitcombe", "Lindqvist", "Moreau", "Raman", "Hartley", "Brennan", "Kowalczyk",
           "Tanabe", "Oyelaran", "Fairbairn", "Duarte", "Castell", "Marwick", "Holloway", "Aberdeen", "Kessler", "Quint"]

ID_REGIONS = ["500239", "500241", "500247", "420538", "422831", "510926", "500251", "440319"]


def cn_name(rng):
    s = rng.choice(SURNAMES)
    n = rng.choice([1, 2, 2, 2])
    return s + "".join(rng.choice(GIVEN) for _ in range(n))


def en_name(rng):
    return rng.choice(EN_FIRST) + " " + rng.choice(EN_LAST)


def id_check(d17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(d17, w))
    return "10X98765432"[s % 11]


def id_number(rng, birth_year=None, male=None, region=None):
    region = region or rng.choice(ID_REGIONS)
    y = birth_year or rng.randint(1948, 2010)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    seq = rng.randint(10, 99) * 10
    if male is None:
        male = rng.random() < 0.5
    seq += rng.choice([1, 3, 5, 7, 9]) if male else rng.choice([0, 2, 4, 6, 8])
    d17 = "%s%04d%02d%02d%03d" % (region, y, m, d, seq)
    return d17 + id_check(d17)


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str((10 - tot % 10) % 10)


TACS = ["86412503", "35821907", "86730214", "35290618", "86955102", "86018847", "35766230"]


def imei(rng):
    body = rng.choice(TACS) + "".join(str(rng.randint(0, 9)) for _ in range(6))
    return body + luhn_digit(body)


def when(m):
    """datetime of an event m minutes before T0"""
    return T0 - datetime.timedelta(minutes=m)


def place_point(rng, key, spread=0.0012):
    p = PLACES[key]
    return round(p[2] + rng.uniform(-spread, spread), 5), round(p[3] + rng.uniform(-spread, spread), 5)


def place_name(rng, key, en=False):
    p = PLACES[key]
    return rng.choice(p[1] if en else p[0])


def zone(key):
    return PLACES[key][4]
