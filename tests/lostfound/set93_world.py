"""Set 93 world: the invented lake city of 澜湖市 during Dragon Boat week.

Everything here is invented. Day 0 is 6月16日 (Tuesday), the festival (端午) is
day 3, 6月19日. Times are absolute minutes from 6月16日 00:00; the moment of
registration T0 is 6月24日 09:00.
"""
import math

T0 = 8 * 1440 + 9 * 60
LAT0, LON0 = 30.0542, 116.3317
KM_LAT = 1 / 111.195
KM_LON = 1 / (111.195 * math.cos(math.radians(LAT0)))

# (pid, cluster, x_km, y_km, names (full, short, local, sign), spots, days, open, close)
# days None = every day; close may pass 24 (after midnight).
_P = [
    ("stand", "race", -0.8, 1.6, "澜湖龙舟赛观赛看台|龙舟看台|湖边看台|Dragon Boat Grandstand",
     "东看台C区|西看台第5排|雨棚下面|东入口台阶", (2, 3), 7, 18),
    ("finish", "race", -1.6, 2.2, "龙舟赛终点浮台|终点浮台|终点那边|Finish Pontoon",
     "计时亭旁|浮桥口|颁奖台边", (2, 3), 7, 18),
    ("paddock", "race", -0.4, 2.4, "龙舟队候场区|候场帐篷区|划手休息区|Team Paddock",
     "3号帐篷|器材堆放点|饮水点", (1, 2, 3), 6, 19),
    ("park", "race", -0.2, 0.9, "湖滨公园|湖滨|湖边公园|Hubin Park",
     "南门草坪|儿童游乐区|音乐喷泉旁", None, 6, 22),
    ("causeway", "race", -1.5, 0.2, "柳堤|长堤|柳树堤|Liudi Causeway",
     "第二座拱桥|堤上长椅|堤头牌坊", None, 6, 22),
    ("greenway", "race", -0.9, -0.8, "环湖绿道|绿道|湖边跑道|Lakeside Greenway",
     "3公里标牌|驿站旁|樱花林段", None, 6, 22),
    ("pavilion", "race", -1.9, -0.4, "观湖亭|湖亭|亭子那边|Guanhu Pavilion",
     "亭子石凳|亭外栏杆", None, 6, 21),
    ("terminal", "ferry", -1.2, 1.1, "澜湖轮渡码头|轮渡码头|老码头|Lanhu Ferry Terminal",
     "售票厅|候船室|检票口", None, 6, 19),
    ("ferry", "ferry", -2.6, 1.8, "澜湖至青螺岛轮渡|轮渡船上|去岛上的渡船|Qingluo Ferry",
     "二层客舱|船尾甲板|一层座椅", None, 7, 18),
    ("ipier", "island", -3.8, 2.3, "青螺岛码头|岛上码头|螺岛码头|Qingluo Island Pier",
     "上岸栈桥|候船棚", None, 7, 18),
    ("fair", "island", -4.1, 2.6, "青螺岛端午庙会|螺山庙会|岛上庙会|Qingluo Temple Fair",
     "香烛摊|许愿树下|戏台前", (2, 3, 4), 7, 18),
    ("temple", "island", -4.3, 2.9, "青螺岛水府宫|水府宫|娘娘庙|Shuifu Palace Temple",
     "大殿门槛|香炉旁|功德箱边", None, 7, 17),
    ("isnack", "island", -4.0, 2.2, "青螺岛渔村小吃街|岛上小吃街|渔村|Fishing Village Snack St",
     "鱼丸摊|公厕旁", None, 8, 18),
    ("night", "night", 0.3, 1.8, "鸥鹭街夜市|湖畔夜市|夜市|Oulu Street Night Market",
     "小龙虾摊|套圈摊|臭豆腐摊旁", None, 18, 25),
    ("bars", "night", 0.8, 2.2, "渔火巷酒吧街|酒吧街|渔火巷|Yuhuo Lane Bar Street",
     "巷口|清吧门口卡座|公厕门口", None, 20, 27),
    ("plaza", "night", 0.1, 1.4, "湖畔美食广场|美食广场|大排档|Lakeside Food Plaza",
     "中间露天桌|烧烤档", None, 11, 24),
    ("bell", "old", 1.5, 0.1, "钟楼广场|钟楼|老城钟楼|Bell Tower Square",
     "钟楼台阶|广场花坛|售票亭", None, 8, 23),
    ("oldst", "old", 1.8, 0.5, "状元街|老街|状元街古街|Zhuangyuan Old Street",
     "糖画摊|牌坊下|茶馆门口", None, 8, 23),
    ("wenmiao", "old", 1.2, 0.7, "澜湖文庙|文庙|孔庙|Confucian Temple",
     "大成殿前|状元桥", None, 8, 18),
    ("museum", "old", 0.9, -0.3, "澜湖博物馆|博物馆|市博|Lanhu Museum",
     "存包柜|二楼展厅", None, 9, 17),
    ("square", "old", 2.0, -0.6, "人民广场|市民广场|广场|People's Square",
     "旗杆下|地下通道口", None, 6, 23),
    ("aud", "univ", 0.4, -3.1, "澜湖大学大礼堂|澜大礼堂|大礼堂|LHU Auditorium",
     "一楼座位|后台化妆间|礼堂门口台阶", (4, 5), 8, 18),
    ("egate", "univ", 0.9, -2.9, "澜湖大学东门|澜大东门|东门|LHU East Gate",
     "校名石前|门卫室旁", None, 0, 24),
    ("library", "univ", 0.2, -3.4, "澜湖大学图书馆|澜大图书馆|图书馆|LHU Library",
     "三楼自习室|一楼大厅", None, 8, 22),
    ("dorm", "univ", -0.2, -3.6, "澜湖大学桂园宿舍|桂园|桂园宿舍楼|Guiyuan Dorms",
     "楼下车棚|宿管站", None, 0, 24),
    ("stadium", "univ", 0.8, -3.6, "澜湖大学东区体育场|澜大体育场|东区操场|LHU Stadium",
     "主席台|跑道边看台", None, 6, 22),
    ("station", "rail", 3.6, -2.0, "澜湖站候车室|澜湖站|火车站|Lanhu Railway Station",
     "2楼A3检票口|母婴室旁|安检口", None, 5, 24),
    ("sexit", "rail", 3.5, -1.7, "澜湖站北广场出站口|火车站出站口|北广场|Station North Exit",
     "出站闸机|网约车上车点", None, 5, 24),
    ("bushub", "rail", 3.9, -1.8, "澜湖站公交枢纽|火车站公交站|公交总站|Station Bus Hub",
     "18路站台|候车亭", None, 5, 23),
    ("coach", "rail", 4.3, -2.6, "澜湖汽车客运站|汽车站|长途汽车站|Lanhu Coach Station",
     "售票大厅|3号发车位", None, 5, 21),
    ("opd", "hosp", 2.6, 1.3, "澜湖市第一人民医院门诊楼|市一医院门诊|一院门诊|No.1 Hospital OPD",
     "挂号大厅|二楼抽血处|门诊药房窗口", None, 7, 21),
    ("ward", "hosp", 2.8, 1.5, "市一医院住院部|一院住院部|住院楼|No.1 Hospital Wards",
     "7楼护士站|电梯间|家属休息区", None, 0, 24),
    ("market", "mkt", 2.3, -0.9, "菱角塘农贸市场|菱角塘菜场|菱塘菜市场|Lingjiaotang Market",
     "水产区|肉摊|东门入口", None, 5, 13),
    ("zongzi", "mkt", 2.5, -1.1, "菱角塘粽子街|粽子街|卖粽子那条街|Zongzi Lane",
     "老字号粽子铺|巷子中段", None, 5, 20),
    ("hefeng", "res", 3.0, 0.3, "荷风苑小区|荷风苑|荷风小区|Hefeng Garden",
     "3栋丰巢快递柜|地下车库入口|南门岗亭", None, 0, 24),
    ("huguang", "res", 1.0, 1.2, "湖光里小区|湖光里|湖光小区|Huguangli Residence",
     "快递柜旁|充电桩车棚|2号门", None, 0, 24),
    ("jingui", "res", 3.2, -0.5, "金桂花园|金桂|金桂小区|Jingui Garden",
     "快递驿站|非机动车棚|北门", None, 0, 24),
    ("mall", "res", 2.2, 0.9, "湖心汇购物中心|湖心汇|湖心汇商场|Huxinhui Mall",
     "B1美食区|三楼影院门口|共享充电宝柜机旁", None, 10, 22),
    ("hotel", "old", 0.6, 0.6, "澜湖宾馆|宾馆|湖景宾馆|Lanhu Hotel",
     "大堂沙发|前台", None, 0, 24),
]
FAR = [
    ("westst", -14.0, -10.0, "澜湖西站|高铁西站|西站|Lanhu West Station", "进站口|候车厅"),
    ("airport", 18.0, -16.0, "澜湖机场|机场|澜湖机场航站楼|Lanhu Airport", "T1到达层|值机柜台"),
    ("meigang", -25.0, 18.0, "湄港镇|湄港|湄港老镇|Meigang Town", "镇汽车站|老街口"),
    ("qingxi", 30.0, -25.0, "清溪县城|清溪县|清溪|Qingxi County", "县人民广场|县医院门口"),
    ("baihe", -10.0, 32.0, "白鹤湿地公园|白鹤湿地|湿地公园|Baihe Wetland", "观鸟台|游客中心"),
    ("cuiping", 20.0, 12.0, "翠屏山景区|翠屏山|翠屏山风景区|Cuiping Mountain", "索道站|山门"),
]

PLACES = {}
for _t in _P:
    PLACES[_t[0]] = dict(pid=_t[0], cluster=_t[1], x=_t[2], y=_t[3], names=_t[4].split("|"),
                         spots=_t[5].split("|"), days=_t[6], open=_t[7], close=_t[8])
FARS = {}
for _t in FAR:
    FARS[_t[0]] = dict(pid=_t[0], cluster="far", x=_t[1], y=_t[2], names=_t[3].split("|"),
                       spots=_t[4].split("|"), days=None, open=6, close=22)
PIDS = sorted(PLACES)
FAR_IDS = sorted(FARS)


def place(pid):
    return PLACES[pid] if pid in PLACES else FARS[pid]


def neighbours(pid):
    c = PLACES[pid]["cluster"]
    return [p for p in PIDS if PLACES[p]["cluster"] == c and p != pid]


def latlon(rng, pid, jitter_m=120):
    p = place(pid)
    dx = rng.uniform(-jitter_m, jitter_m) / 1000.0
    dy = rng.uniform(-jitter_m, jitter_m) / 1000.0
    return (round(LAT0 + (p["y"] + dy) * KM_LAT, 6), round(LON0 + (p["x"] + dx) * KM_LON, 6))


def dist_km(a, b):
    pa, pb = place(a), place(b)
    return math.hypot(pa["x"] - pb["x"], pa["y"] - pb["y"])


# Plum-rain downpours: (day, from_hour, to_hour)
RAIN = [(1, 16, 17), (2, 14, 16), (3, 11, 12), (4, 17, 19), (6, 7, 9)]


def raining(t):
    d, h = t // 1440, (t % 1440) / 60.0
    return any(d == rd and a <= h < b for rd, a, b in RAIN)


def pick_time(rng, pid, days=None):
    """A moment (absolute minute) when the place is in use."""
    p = place(pid)
    ds = list(p["days"] or range(0, 8))
    if days:
        ds = [d for d in ds if d in days] or ds
    ds = [d for d in ds if d <= 7]
    d = rng.choice(ds)
    lo, hi = p["open"] * 60, p["close"] * 60 - 15
    t = d * 1440 + rng.randrange(lo, hi, 5)
    return min(t, T0 - 240)


SURN = list("王李张刘陈杨黄赵吴周徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文")
GIV_M = "志强 建华 文杰 子轩 浩然 国平 永福 德胜 俊峰 明远 家豪 宇航 立新 海波 振宇 一鸣 嘉诚 天佑 宏伟 晨阳".split()
GIV_F = "秀英 桂兰 丽华 雅婷 欣怡 梦瑶 淑珍 玉梅 静怡 婉清 思彤 佳慧 春燕 美玲 若溪 晓雯 诗涵 凤霞 语桐 金凤".split()
EN_FIRST = "Emma Lukas Sofia Noah Hannah Mateo Olivia Jonas Chloe Daniel Amelie Ryan Ingrid Tom".split()
EN_LAST = "Lindqvist Becker Moreau Okafor Tanaka Novak Brennan Keller Duarte Haas Whitford Sorensen".split()
TEAMS = ["湖滨街道龙舟队", "澜湖大学龙舟队", "青螺岛渔民龙舟队", "城东龙舟协会队", "鸥鹭街道队",
         "澜湖农商银行队", "一院医护龙舟队", "老城龙舟会", "菱角塘商户队"]


def person(rng, gender=None):
    g = gender or rng.choice("MF")
    s = rng.choice(SURN)
    n = s + rng.choice(GIV_M if g == "M" else GIV_F)
    if rng.random() < 0.25:
        n = s + rng.choice("军伟斌磊涛勇" if g == "M" else "燕萍霞娟敏琳")
    return n, g


def en_person(rng):
    return rng.choice(EN_FIRST) + " " + rng.choice(EN_LAST), rng.choice("MF")


def phone_mask(rng):
    return "1%d%d****%04d" % (rng.choice([3, 5, 7, 8, 9]), rng.randrange(10), rng.randrange(10000))
