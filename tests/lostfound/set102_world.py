"""set102 world: an invented northern city (凇河市), its new district (北湖新区),
late February around the Lantern Festival and the start of the school term.

Everything here is invented: names, places, numbers.  Time is kept as an absolute
minute count from 00:00 on 1 February; the registration moment of the whole set
is 1 March 08:00, and every *_min field is "minutes before that moment".
"""

CITY = "凇河市"
DISTRICT = "北湖新区"
SEED = 10202

DAY = 1440
T_REG = 28 * DAY + 8 * 60          # 1 March 08:00 (February has 28 days in this world)
LANTERN_DAY = 24                   # 2月24日 = 正月十五

LUNAR = {d: n for d, n in zip(range(15, 29), [
    "正月初六", "正月初七", "正月初八", "正月初九", "正月初十", "正月十一", "正月十二",
    "正月十三", "正月十四", "正月十五", "正月十六", "正月十七", "正月十八", "正月十九"])}


def at(day, hour, minute=0):
    """absolute minute of 2月<day>日 hour:minute"""
    return (day - 1) * DAY + hour * 60 + minute


def before(abs_min):
    return T_REG - abs_min


def split(abs_min):
    d, r = divmod(abs_min, DAY)
    return d + 1, r // 60, r % 60


# ---------------------------------------------------------------- places
# each venue: key, names (ways people call it), lat, lon, kind, spots, days (when busy), hours
BASE_LAT, BASE_LON = 45.8012, 126.7135

VENUES = [
    dict(key="park", names=["北湖公园", "北湖公园灯会", "北湖公园元宵灯会", "灯会", "北湖公园冰灯会"],
         lat=45.8060, lon=126.7190, kind="fair",
         spots=["灯谜长廊", "主灯组“龙腾北湖”前", "南门检票口", "冰灯走廊", "小吃街", "儿童游乐区",
                "湖面冰场", "东门停车场", "许愿树下", "花灯一条街", "观景台台阶"],
         days=list(range(20, 28)), hours=[16, 17, 18, 19, 20, 21]),
    dict(key="temple", names=["福缘寺庙会", "福缘寺", "庙会", "福缘寺那边的庙会"],
         lat=45.7968, lon=126.7321, kind="fair",
         spots=["山门口", "大殿前香炉边", "糖葫芦摊", "套圈摊", "戏台底下", "抽签处", "冻梨摊",
                "庙会东口", "祈福牌架子旁"],
         days=list(range(22, 27)), hours=[9, 10, 11, 13, 14, 15]),
    dict(key="ice", names=["北湖冰雪乐园", "冰雪乐园", "冰雪大世界", "冰雪园"],
         lat=45.8135, lon=126.7052, kind="ice",
         spots=["超长冰滑梯排队处", "雪雕区", "售票口", "暖房休息大厅", "存包处", "雪圈滑道",
                "冰上自行车场", "出口纪念品店"],
         days=list(range(15, 27)), hours=[10, 11, 13, 14, 15, 16, 18]),
    dict(key="station", names=["凇河西站", "西站", "高铁西站", "凇河西高铁站"],
         lat=45.7884, lon=126.6893, kind="station",
         spots=["进站安检口", "二楼候车厅", "B12检票口", "A6检票口", "出站口", "地下出租车上客区",
                "售票厅", "母婴室", "站前广场", "网约车停车场"],
         days=list(range(15, 29)), hours=[6, 7, 8, 9, 11, 13, 15, 17, 19, 21]),
    dict(key="mall", names=["万汇城", "万汇城购物中心", "万汇广场", "万汇城商场"],
         lat=45.7995, lon=126.7066, kind="mall",
         spots=["B1美食广场", "三楼影院检票口", "一楼服务台旁", "B2停车场", "四楼卫生间", "童装区",
                "B1超市收银台", "五楼儿童乐园", "二楼扶梯口"],
         days=list(range(15, 29)), hours=[11, 13, 14, 15, 17, 18, 19, 20]),
    dict(key="hospital", names=["市二院北湖院区", "凇河市第二人民医院北湖院区", "二院", "二院新院"],
         lat=45.8031, lon=126.7262, kind="hospital",
         spots=["门诊大厅挂号机旁", "一楼取药窗口", "儿科候诊区", "抽血处", "CT室门口",
                "门诊电梯", "输液大厅", "医院门口公交站"],
         days=[15, 16, 19, 20, 21, 22, 23, 26, 27, 28], hours=[7, 8, 9, 10, 13, 14]),
    dict(key="market", names=["北沟早市", "北沟菜市场", "早市", "北沟市场"],
         lat=45.8102, lon=126.7384, kind="market",
         spots=["豆腐摊", "猪肉摊", "冻货区", "市场门口公交站", "粘豆包摊", "酸菜缸那排",
                "鱼摊", "熟食摊"],
         days=list(range(15, 29)), hours=[5, 6, 7, 8]),
    dict(key="bath", names=["鑫汇源洗浴", "鑫汇源澡堂", "鑫汇源", "鑫汇源洗浴中心"],
         lat=45.7941, lon=126.7188, kind="bath",
         spots=["男宾更衣室", "女宾更衣室", "搓澡间", "休息大厅", "前台", "汗蒸房门口"],
         days=list(range(15, 29)), hours=[9, 14, 16, 18, 19, 20]),
    dict(key="bath2", names=["老地方澡堂子", "老地方浴池", "北沟老地方澡堂", "老地方"],
         lat=45.8089, lon=126.7352, kind="bath",
         spots=["男池更衣柜", "女池更衣柜", "搓澡床边", "门口大棉门帘那", "休息铺"],
         days=list(range(15, 29)), hours=[6, 7, 9, 15, 17]),
    dict(key="campus", names=["凇河理工大学北湖校区", "理工大北湖校区", "理工大", "凇理工"],
         lat=45.8176, lon=126.7240, kind="campus",
         spots=["南门", "菜鸟驿站", "七号宿舍楼下", "二食堂", "图书馆一楼", "校车站"],
         days=list(range(19, 29)), hours=[8, 10, 12, 15, 18, 21]),
    dict(key="metro", names=["地铁2号线北湖公园站", "北湖公园地铁站", "2号线北湖公园站"],
         lat=45.8041, lon=126.7153, kind="transit",
         spots=["B口闸机", "站台座椅", "A口扶梯", "换乘通道"],
         days=list(range(15, 29)), hours=[7, 8, 17, 18, 21]),
    dict(key="home", names=["锦绣北湖小区", "锦绣北湖", "阳光嘉园小区", "阳光嘉园"],
         lat=45.7983, lon=126.7299, kind="home",
         spots=["小区南门", "3号楼楼下", "快递柜旁", "地下车库入口", "垃圾站旁"],
         days=list(range(15, 29)), hours=[7, 8, 12, 18, 19, 22]),
]
VENUE = {v["key"]: v for v in VENUES}

# venues a thing may drift to after being lost at a venue (picked up and dropped, left in a taxi ...)
NEAR = {
    "park": ["metro", "mall", "home"], "temple": ["market", "home"], "ice": ["park", "metro"],
    "station": ["metro", "mall"], "mall": ["metro", "home"], "hospital": ["home", "market"],
    "market": ["bath2", "home"], "bath": ["mall", "home"], "bath2": ["market"],
    "campus": ["metro", "home"], "metro": ["park", "mall"], "home": ["mall", "market"],
}
FAR = {  # a place in another part of town for "same brand elsewhere" negatives
    "names": ["松北区江畔商业街", "老城区中央大街", "南岗区火车站北广场", "香坊区红旗农贸市场",
              "道外区老澡堂一条街", "开发区科创园食堂", "江南万达步行街", "平房区客运站"],
    "lat": 45.7420, "lon": 126.6210,
}

SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "孙", "周", "吴", "郑", "冯", "于", "董", "高",
            "宋", "邵", "曲", "姜", "韩", "付", "丛", "隋", "鞠", "谭", "常", "关", "佟", "那", "富"]
GIVEN = ["丽", "伟", "静", "磊", "桂芬", "淑兰", "玉珍", "凤霞", "海涛", "晓东", "子涵", "梓萱", "浩然",
         "雨桐", "一诺", "志刚", "春燕", "秀梅", "建国", "宏伟", "思远", "欣怡", "嘉琪", "铁柱",
         "金凤", "长海", "立新", "美玲", "佳宁", "博文", "天骄", "雪松", "冬梅", "宇航", "沐阳",
         "婷婷", "国庆", "丹", "明轩", "若曦"]
EN_FIRST = ["Megan", "Tobias", "Ruth", "Callum", "Ines", "Declan", "Priya", "Sven", "Hollis", "Marisol"]
EN_LAST = ["Ashworth", "Kettering", "Lindqvist", "Ombudo", "Farrow", "Delacroix-Hale", "Brannigan", "Moss"]

# invented region codes in the 23xxxx (北方) space plus a few from elsewhere for students
REGION = ["230103", "230108", "230110", "230182", "230221", "230604", "230902", "231002",
          "220102", "220281", "150105", "130423", "370211", "410725"]


def id_check(first17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(first17, w))
    return "10X98765432"[s % 11]


def make_id(rng, year_lo=1950, year_hi=2006, female=None):
    region = rng.choice(REGION)
    y = rng.randint(year_lo, year_hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    seq = rng.randint(10, 99)
    if female is None:
        female = rng.random() < 0.5
    g = rng.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9])
    first = "%s%04d%02d%02d%02d%d" % (region, y, m, d, seq, g)
    return first + id_check(first)


def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, c in enumerate(reversed(num)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def make_imei(rng):
    tac = rng.choice(["86", "35"]) + "".join(str(rng.randint(0, 9)) for _ in range(6))
    body = tac + "".join(str(rng.randint(0, 9)) for _ in range(6))
    return body + luhn_digit(body)


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def person_name(rng, used=None):
    for _ in range(50):
        n = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if used is None or n not in used:
            if used is not None:
                used.add(n)
            return n
    return n


def phone_number(rng):
    return rng.choice(["139", "158", "186", "133", "177", "152", "189"]) + digits(rng, 8)


def jitter(rng, lat, lon, metres):
    dlat = (rng.random() * 2 - 1) * metres / 111000.0
    dlon = (rng.random() * 2 - 1) * metres / 78000.0
    return round(lat + dlat, 6), round(lon + dlon, 6)
