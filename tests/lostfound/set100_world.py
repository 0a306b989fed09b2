"""set100 world: an invented provincial capital (澜州, 澜江省), its university town
and sports centre in early June, during the 高考 days and the provincial student games.

Everything here is invented: names, places, numbers. Coordinates sit in a quiet part of
China and only have to be consistent with each other.
"""
import datetime

SEED = 10100
PFX = "S100"
PART = "set100"

# The moment every registration is measured from ("minutes before the moment of
# registration"): the evening of 12 June, when the desk's backlog is entered.
REF = datetime.datetime(2030, 6, 12, 20, 0)

CITY = "澜州"
PROVINCE = "澜江省"
DISTRICT = "青梧区"
PLATE = "澜A"

CLAT, CLON = 27.7312, 116.4021  # centre of the university town


def ll(dlat_m, dlon_m):
    """Offset in metres north/east of the centre -> (lat, lon)."""
    return (round(CLAT + dlat_m / 111000.0, 6), round(CLON + dlon_m / 98500.0, 6))


# kind: exam, hotel, stadium, swim, metro, market, campus, night, street, far
PLACES = [
    dict(id="yz", name="澜州一中考点", addr="青梧区学府路18号澜州一中", kind="exam", at=ll(420, -310),
         spots=["东门家长等候区", "考生物品存放点", "校门口警戒线外", "东门外梧桐树下", "门口安检通道旁", "东门对面花坛"]),
    dict(id="sy", name="青梧实验中学考点", addr="青梧区梧桐大道66号", kind="exam", at=ll(-650, 540),
         spots=["南门物品寄存处", "家长休息帐篷", "校门对面公交站台", "南门警戒线边", "门口爱心送考点"]),
    dict(id="fz", name="澜州师大附中考点", addr="青梧区学府路301号", kind="exam", at=ll(1180, 260),
         spots=["北门存包处", "北门家长等候区", "校门口志愿者服务台", "北门外人行道"]),
    dict(id="wg", name="澜州外国语学校考点", addr="青梧区湖滨路9号", kind="exam", at=ll(-300, -1420),
         spots=["西门考生物品寄放区", "西门外遮阳棚", "门口医疗点旁", "西门斑马线边"]),
    dict(id="jl", name="学府锦澜酒店", addr="青梧区学府路27号", kind="hotel", at=ll(380, -180),
         spots=["大堂沙发区", "早餐厅", "电梯间", "前台", "12楼走廊", "门口接送车旁"]),
    dict(id="zy", name="状元楼宾馆", addr="青梧区梧桐大道88号", kind="hotel", at=ll(-600, 640),
         spots=["大堂", "前台", "三楼走廊", "餐厅", "门口台阶"]),
    dict(id="qc", name="青橙公寓酒店(大学城店)", addr="青梧区学府北路5号", kind="hotel", at=ll(1260, 120),
         spots=["大堂", "自助洗衣房", "前台", "电梯里"]),
    dict(id="ag", name="奥体中心运动员公寓", addr="青梧区体育路11号", kind="hotel", at=ll(-1850, 1320),
         spots=["一楼大厅", "餐厅", "5号楼前台", "洗衣房", "门口班车点"]),
    dict(id="zt", name="澜州奥体中心主体育场", addr="青梧区体育路1号", kind="stadium", at=ll(-2010, 1500),
         spots=["东看台", "检录处", "运动员通道", "北广场", "西看台第12排", "热身场边", "颁奖台后面"]),
    dict(id="yy", name="奥体中心游泳馆", addr="青梧区体育路3号", kind="swim", at=ll(-2150, 1760),
         spots=["男更衣室", "女更衣室", "看台", "淋浴间", "存包柜区", "检录处", "泳池边休息区"]),
    dict(id="zh", name="奥体中心综合馆", addr="青梧区体育路5号", kind="stadium", at=ll(-1900, 1810),
         spots=["二层看台", "运动员休息室", "场馆入口安检处", "卫生间门口"]),
    dict(id="dx", name="地铁3号线大学城南站", addr="青梧区学府南路与梧桐大道交叉口", kind="metro", at=ll(-980, -120),
         spots=["站厅", "A出口", "B出口扶梯", "站台", "安检口", "末班车车厢", "客服中心"]),
    dict(id="ds", name="地铁3号线奥体中心站", addr="青梧区体育路与湖滨路交叉口", kind="metro", at=ll(-1700, 1150),
         spots=["站厅", "C出口", "站台", "闸机口", "车厢座位上"]),
    dict(id="jh", name="嘉和超市大学城店", addr="青梧区学府南路120号", kind="market", at=ll(-820, -380),
         spots=["收银台", "存包柜", "购物车回收处", "生鲜区", "自助收银机旁", "出口"]),
    dict(id="ld", name="澜州大学", addr="青梧区学府路200号澜州大学", kind="campus", at=ll(860, -720),
         spots=["图书馆三楼", "二食堂", "北区宿舍楼下", "田径场看台", "体育馆门口", "南门快递点"]),
    dict(id="lg", name="澜州理工学院", addr="青梧区学府北路40号", kind="campus", at=ll(1640, -380),
         spots=["一教", "食堂门口", "操场", "校车站"]),
    dict(id="ws", name="梧桐里夜市", addr="青梧区梧桐里步行街", kind="night", at=ll(620, -960),
         spots=["烧烤摊", "奶茶店门口", "夜市口", "套圈摊", "公厕旁", "臭豆腐摊前的桌子"]),
    dict(id="dc", name="学府路单车停放点", addr="青梧区学府路与学府南路路口", kind="street", at=ll(90, -260),
         spots=["共享单车停放区", "路口", "公交站"]),
    dict(id="xc", name="大学城南门修车摊", addr="青梧区学府路200号南门外", kind="street", at=ll(790, -700),
         spots=["修车摊", "南门外人行道"]),
    dict(id="gj", name="学府路公交站", addr="青梧区学府路中段", kind="street", at=ll(300, -420),
         spots=["站台", "站台长椅"]),
]
FAR = [
    dict(id="hc", name="澜州火车站", addr="澜州市滨江区站前路1号", kind="far", at=ll(-9800, 7400),
         spots=["候车室", "出站口", "售票厅"]),
    dict(id="zs", name="老城区中山路", addr="澜州市东湖区中山路", kind="far", at=ll(-6200, 10900),
         spots=["步行街", "公交站", "商场门口"]),
    dict(id="gt", name="澜州东站", addr="澜州市临江区东站大道", kind="far", at=ll(3300, 15800),
         spots=["进站口", "候车大厅", "出租车等候区"]),
    dict(id="bj", name="滨江公园", addr="澜州市滨江区沿江路", kind="far", at=ll(-8400, 4100),
         spots=["南门", "长椅", "跑道边"]),
]
BY_ID = {p["id"]: p for p in PLACES + FAR}


def places_of(*kinds):
    return [p for p in PLACES if p["kind"] in kinds]


# Which places each kind of owner moves through in these days.
PERSONA_PLACES = {
    "candidate": ["yz", "sy", "fz", "wg", "jl", "zy", "dx", "gj", "dc", "jh", "ws"],
    "parent": ["yz", "sy", "fz", "wg", "jl", "zy", "qc", "dx", "jh", "gj", "ws"],
    "grand": ["yz", "sy", "fz", "wg", "zy", "jl", "gj", "jh"],
    "athlete": ["zt", "yy", "zh", "ag", "ds", "dx", "ws", "jh"],
    "coach": ["zt", "yy", "zh", "ag", "ds", "jh"],
    "volunteer": ["yz", "sy", "fz", "wg", "zt", "yy", "zh", "ds", "dx", "ld"],
    "student": ["ld", "lg", "ws", "dx", "jh", "dc", "xc", "gj", "zt"],
    "guest": ["jl", "zy", "qc", "jh", "ws", "dx"],
    "foreign": ["ld", "lg", "ws", "dx", "jh", "zt", "yy", "dc"],
}

SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIV = list("子涵宇轩浩然欣怡梓萱一诺雨桐思远俊杰佳琪诗雨博文嘉懿若曦明哲天佑可馨晨阳泽楷雅婷浩宇梦瑶锦程书瑶语嫣铭泽昊天沐阳奕辰芷若晓峰建华秀英桂兰志强丽娟国平春梅德明玉珍海燕振东")
FOREIGN_FIRST = ["Lukas", "Amara", "Mateo", "Ingrid", "Tomasz", "Priya", "Elodie", "Kwame", "Yusuf", "Hanna",
                 "Diego", "Nadia", "Oliver", "Aiko", "Samuel", "Farida", "Jonas", "Leticia", "Ravi", "Sofia"]
FOREIGN_LAST = ["Brenner", "Okonkwo", "Villaran", "Solvik", "Wierzba", "Ramanathan", "Marchetti", "Asantey",
                "Demirtas", "Lindqvist", "Castellar", "Rostova", "Tremblay", "Moriyasu", "Adeyemi", "Haldane",
                "Oyelaran", "Kovacic", "Esterhuys", "Palmqvist"]


def fname(rng):
    return rng.choice(FOREIGN_FIRST) + " " + rng.choice(FOREIGN_LAST)


def cname(rng, n=None):
    s = rng.choice(SURN)
    n = n or rng.choice([1, 2, 2, 2])
    return s + "".join(rng.choice(GIV) for _ in range(n))


# ---- numbers -----------------------------------------------------------------
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
AREAS = ["439102", "439105", "439111", "439123", "439181", "439203", "439221", "439302", "439424", "439502"]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, W)) % 11]


def id_number(rng, year=None, sex=None, area=None):
    area = area or rng.choice(AREAS)
    year = year or rng.randint(1960, 2012)
    d = datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randint(0, 364))
    seq = rng.randint(10, 99)
    sx = rng.randrange(10)
    if sex == "m" and sx % 2 == 0:
        sx += 1
    if sex == "f" and sx % 2 == 1:
        sx -= 1
    s17 = "%s%s%02d%d" % (area, d.strftime("%Y%m%d"), seq, sx)
    return s17 + id_check(s17)


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


TACS = ["86753104", "86912705", "35884211", "86420633", "35571938", "86077452"]


def imei(rng):
    s = rng.choice(TACS) + "".join(str(rng.randrange(10)) for _ in range(6))
    return s + luhn_digit(s)


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def alnum(rng, n, alpha="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(rng.choice(alpha + "0123456789") for _ in range(n))


def ticket_no(rng):
    # invented 准考证号: 30 + county 4 + venue 2 + seat 4
    return "30" + rng.choice(["4391", "4395", "4312"]) + rng.choice(["01", "02", "07", "11"]) + digits(rng, 4)


def student_no(rng):
    return rng.choice(["2022", "2023", "2024", "2025"]) + rng.choice(["01", "03", "07", "12"]) + digits(rng, 5)


def card_tail(rng):
    return digits(rng, 4)


def card_head(rng):
    return rng.choice(["6217", "6228", "6222", "6214", "6230"])


def plate(rng):
    return PLATE + "·" + rng.choice("0123456789") + rng.choice("KMNPQRTUX") + digits(rng, 3)


def frame_no(rng):
    return rng.choice(["LZ", "QW", "LJ", "HX"]) + digits(rng, 4) + rng.choice("ABCDEFGH") + digits(rng, 6)


def passport_no(rng):
    return rng.choice("EPKG") + rng.choice("ABCDEFGH") + digits(rng, 7)


# ---- time ---------------------------------------------------------------------
def mb(day, h, m=0):
    """minutes before REF of June `day` h:m."""
    t = datetime.datetime(2030, 6, day, h, m)
    return int((REF - t).total_seconds() // 60)


def when(minutes_before):
    return REF - datetime.timedelta(minutes=minutes_before)


# Exam sessions (June 7-9): (day, start h, end h, subject)
EXAMS = [(7, 9, 11.5, "语文"), (7, 15, 17, "数学"), (8, 9, 11.5, "物理/历史"), (8, 15, 17, "外语"),
         (9, 8.5, 9.75, "化学"), (9, 11, 12.25, "地理"), (9, 14.5, 15.75, "思想政治"), (9, 17.5, 18.75, "生物")]
