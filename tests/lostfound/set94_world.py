"""Set 94 world: an invented border city, 锡尔嘎 (Sirga / Сирга), in Golden Week.

Every place here is invented.  Offsets are kilometres east (x) and north (y)
of the city centre; the port sits on the western edge towards the border, the
grassland tourist area to the north-east, the wind-farm base to the south.
"""
import datetime
import math

CITY_ZH, CITY_PY, CITY_RU = "锡尔嘎", "Sirga", "Сирга"
CENTRE = (48.9300, 118.3100)
# The moment every case is registered: the last evening of the holiday.
T0 = datetime.datetime(2025, 10, 8, 21, 0)
HOLIDAY_START = datetime.datetime(2025, 10, 1, 7, 0)
HOLIDAY_END = datetime.datetime(2025, 10, 8, 19, 0)

# key, tags, offset (x, y) km, full name, short forms, foreign-flavoured, sign
PLACES = [
    ("port_hall", "port", (-6.2, 0.8), "锡尔嘎公路口岸旅检大厅", ["口岸旅检大厅", "旅检楼", "口岸大厅", "联检楼"], ["таможня Сирга", "口岸 tamozhnya"], ["Sirga Port Passenger Hall", "Port hall"]),
    ("port_cargo", "port truck", (-6.8, 1.6), "口岸货运查验场", ["货检通道", "口岸货场", "货运通道"], ["грузовой терминал"], ["Cargo Inspection Yard"]),
    ("duty_free", "port shop tourist", (-5.9, 0.5), "国门免税店", ["口岸免税店", "免税店", "免税商店"], ["дьюти фри", "Duty free магазин"], ["Duty Free Shop", "DUTY FREE"]),
    ("guomen", "tourist", (-6.5, 0.2), "国门景区", ["国门", "国门广场", "界碑那边"], ["Гуомэнь"], ["Guomen Scenic Area", "Guomen"]),
    ("trade_zone", "market port", (-4.9, 1.2), "中俄互市贸易区", ["互市贸易区", "互市区", "互市"], ["зона Хуши"], ["Hushi Trade Zone"]),
    ("ru_market", "market", (-1.2, 0.6), "北方俄货批发市场", ["俄货市场", "俄罗斯商品城", "批发市场"], ["Русский рынок", "рынок"], ["Eluosi Shichang", "Russian Goods Market"]),
    ("matryoshka", "tourist", (-3.4, -1.1), "套娃广场", ["套娃广场", "大套娃"], ["площадь Матрёшек", "Матрёшка"], ["Matryoshka Square", "Taowa Guangchang"]),
    ("bus_intl", "transport", (0.9, -0.7), "锡尔嘎国际汽车客运站", ["国际客运站", "汽车站", "长途汽车站", "客运站"], ["автовокзал", "Автовокзал Сирга"], ["International Bus Station", "Keyunzhan"]),
    ("bus_city", "transport local", (1.3, -1.2), "城市公交总站", ["公交总站", "公交站"], ["автобусная станция"], ["City Bus Terminal"]),
    ("rail", "transport", (1.8, 0.4), "锡尔嘎火车站", ["火车站", "锡尔嘎站", "候车室"], ["вокзал", "ж/д вокзал"], ["Sirga Railway Station", "Huochezhan"]),
    ("rail_sq", "transport", (1.7, 0.2), "火车站站前广场", ["站前广场", "火车站广场"], ["площадь у вокзала"], ["Station Square"]),
    ("taxi_rail", "taxi transport", (1.9, 0.1), "火车站出租车候客点", ["出租车排队点", "打车点", "火车站打车的地方"], ["такси у вокзала"], ["Taxi rank (railway)"]),
    ("taxi_port", "taxi port", (-5.7, 0.9), "口岸出租车停靠点", ["口岸打车点", "口岸出租车站"], ["такси у таможни"], ["Port taxi stand"]),
    ("bbq", "food night", (0.3, 1.1), "北街烧烤夜市", ["烧烤一条街", "夜市", "烧烤街", "北街夜市"], ["шашлычная улица", "шашлыки"], ["BBQ Night Street", "Beijie Yeshi"]),
    ("walk_st", "shop tourist", (0.0, 0.5), "俄罗斯风情步行街", ["步行街", "风情街", "阿尔巴特街"], ["Арбат", "улица Арбат"], ["Arbat Walking Street"]),
    ("dept", "shop", (0.4, 0.2), "中苏友谊百货大楼", ["友谊百货", "百货大楼", "百货"], ["универмаг Дружба"], ["Druzhba Department Store"]),
    ("central_sq", "local tourist", (0.0, 0.0), "市民广场", ["中心广场", "北辰广场", "广场"], ["центральная площадь"], ["Citizens Square"]),
    ("hotel_druzhba", "hotel", (0.6, -0.3), "友谊大酒店", ["友谊酒店", "友谊宾馆"], ["гостиница Дружба", "Дружба"], ["Friendship Hotel", "Druzhba Hotel"]),
    ("hotel_baikal", "hotel", (-0.8, 0.9), "贝加尔宾馆", ["贝加尔", "贝加尔酒店"], ["гостиница Байкал", "Байкал"], ["Baikal Hotel"]),
    ("hotel_trade", "hotel market", (-1.5, 0.4), "边贸商务酒店", ["边贸酒店", "边贸宾馆"], ["отель Бианмао"], ["Border Trade Hotel"]),
    ("hotel_pearl", "hotel", (2.2, -0.9), "草原明珠大酒店", ["明珠酒店", "草原明珠"], ["отель Жемчужина"], ["Steppe Pearl Hotel"]),
    ("inn_north", "hotel transport", (1.5, 0.8), "北站旅社", ["火车站旅社", "北站旅馆", "站前小旅馆"], ["гостиница у вокзала"], ["Beizhan Inn"]),
    ("hospital", "hospital local", (-0.4, -1.8), "锡尔嘎市人民医院", ["人民医院", "市医院", "医院门诊楼"], ["больница", "городская больница"], ["People's Hospital"]),
    ("mn_hospital", "hospital local", (0.9, -2.3), "锡尔嘎蒙医医院", ["蒙医医院", "蒙医院"], ["Монгол эмнэлэг"], ["Mongolian Medicine Hospital"]),
    ("univ", "campus", (3.1, -3.0), "锡尔嘎学院", ["学院", "锡院", "学院南门"], ["университет"], ["Sirga University", "Xiyuan"]),
    ("univ_lib", "campus", (3.3, -3.2), "锡尔嘎学院图书馆", ["学院图书馆", "图书馆"], ["библиотека"], ["University Library"]),
    ("univ_canteen", "campus food", (2.9, -3.3), "锡尔嘎学院第二食堂", ["二食堂", "学院食堂"], ["столовая"], ["Canteen No.2"]),
    ("grass_gate", "grassland tourist", (5.4, 5.1), "敖登塔拉草原旅游区", ["敖登草原", "草原景区", "草原旅游区"], ["Одон тал", "Odon Tal"], ["Odon Tala Grassland"]),
    ("yurt_camp", "grassland tourist", (5.9, 5.6), "敖登蒙古包营地", ["蒙古包营地", "蒙古包", "毡房营地"], ["гэр кэмп", "ger camp"], ["Odon Ger Camp"]),
    ("horse", "grassland tourist", (6.3, 5.0), "敖登马术场", ["骑马场", "骑马点", "马队"], ["конная база", "морь унах"], ["Horse Riding Point"]),
    ("oboo_hill", "grassland tourist", (5.0, 6.2), "敖包山观景台", ["敖包山", "敖包", "观景台"], ["Овоо"], ["Oboo Hill Viewpoint"]),
    ("wind_base", "wind", (2.0, -7.3), "北山风电运维基地", ["风电基地", "运维基地", "风电场"], ["ветропарк"], ["Beishan Wind Farm O&M Base"]),
    ("gas_station", "truck", (-3.0, 0.9), "口岸大道加油站", ["加油站", "大道加油站"], ["заправка", "АЗС"], ["Kou'an Avenue Gas Station"]),
    ("truck_park", "truck market", (-2.6, 2.2), "物流园货车停车场", ["物流园", "大车停车场", "货车停车场"], ["стоянка грузовиков"], ["Logistics Park Truck Parking"]),
    ("morning_mkt", "local market", (0.5, -2.4), "南区早市", ["早市", "菜市场", "南区菜市场"], ["утренний рынок"], ["Morning Market"]),
    ("museum", "tourist", (-0.9, -0.5), "蒙古族民俗博物馆", ["民俗博物馆", "博物馆"], ["музей"], ["Folk Museum"]),
    ("nadam_sq", "tourist local", (3.8, 1.9), "那达慕广场", ["那达慕会场", "那达慕"], ["Наадам"], ["Naadam Square"]),
    ("exchange", "market", (-1.0, 0.3), "边贸银行外币兑换点", ["换汇点", "兑换点", "换钱的地方"], ["обмен валюты"], ["Currency Exchange"]),
    ("volga", "food tourist", (-0.2, 0.7), "伏尔加俄式西餐厅", ["伏尔加餐厅", "俄餐厅", "伏尔加"], ["ресторан Волга", "Волга"], ["Volga Restaurant"]),
]

# Far places, 20-60 km out; used only for hard negatives.
FAR_PLACES = [
    ("far_border_post", "far", (-24.0, 9.0), "呼和哈达边防检查站", ["呼和哈达检查站", "边检站"], ["КПП Хохада"], ["Hohhada Checkpoint"]),
    ("far_mine", "far", (31.0, -29.0), "额尔敦乌拉矿区", ["额尔敦矿区", "矿区"], ["рудник Эрдэнэ"], ["Erdun Ula Mine"]),
    ("far_sumu", "far", (18.0, 21.0), "巴彦塔拉苏木", ["巴彦塔拉", "苏木所在地"], ["сомон Баян-Тал"], ["Bayan Tala Sumu"]),
    ("far_wind2", "far wind", (-4.0, -27.0), "西风场二期升压站", ["西风场", "二期升压站"], ["ветропарк Запад"], ["West Wind Farm Substation"]),
    ("far_lake", "far tourist", (42.0, 30.0), "哈拉沁湖景区", ["哈拉沁湖", "湖边景区"], ["озеро Харацин"], ["Haraqin Lake"]),
    ("far_town", "far transport", (55.0, -12.0), "东旗火车站", ["东旗站", "东旗"], ["вокзал Дунци"], ["Dongqi Railway Station"]),
]


def _mk(rows):
    out = {}
    for key, tags, (x, y), full, short, foreign, sign in rows:
        lat = CENTRE[0] + y / 111.2
        lon = CENTRE[1] + x / (111.32 * math.cos(math.radians(CENTRE[0])))
        out[key] = {"key": key, "tags": tags.split(), "lat": lat, "lon": lon,
                    "full": full, "short": short, "foreign": foreign, "sign": sign}
    return out


PLACE = _mk(PLACES)
FAR = _mk(FAR_PLACES)
ALL_PLACES = dict(PLACE)
ALL_PLACES.update(FAR)
PLACE_KEYS = sorted(PLACE)
FAR_KEYS = sorted(FAR)


def km(a_lat, a_lon, b_lat, b_lon):
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def place_km(a, b):
    pa, pb = ALL_PLACES[a], ALL_PLACES[b]
    return km(pa["lat"], pa["lon"], pb["lat"], pb["lon"])


def near_places(key, limit_km, rng, tags=None):
    """Places within limit_km of key (not key itself), sorted, optionally by tag."""
    out = []
    for k in PLACE_KEYS:
        if k == key or place_km(key, k) > limit_km:
            continue
        if tags and not set(tags) & set(PLACE[k]["tags"]):
            continue
        out.append(k)
    return out


def place_name(key, style, rng):
    """style: full, short, foreign, sign, any (zh-leaning), en."""
    p = ALL_PLACES[key]
    if style == "any":
        style = rng.choice(["full", "full", "short", "short", "short", "sign", "foreign"])
    elif style == "zh":
        style = "sign" if rng.random() < 0.08 else rng.choice(["full", "short", "short"])
    elif style == "fx":
        style = rng.choice(["foreign", "foreign", "sign", "short", "full"])
    if style == "en":
        return rng.choice(p["sign"])
    if style == "full":
        return p["full"]
    return rng.choice(p[style])


def latlon(key, rng, jitter_m=120):
    p = ALL_PLACES[key]
    dy = rng.uniform(-jitter_m, jitter_m) / 111200.0
    dx = rng.uniform(-jitter_m, jitter_m) / (111320.0 * math.cos(math.radians(p["lat"])))
    return round(p["lat"] + dy, 6), round(p["lon"] + dx, 6)


# ---- time -------------------------------------------------------------
def at(minutes_before):
    return T0 - datetime.timedelta(minutes=minutes_before)


def minutes_before(dt):
    return int((T0 - dt).total_seconds() // 60)


def random_moment(rng, start=HOLIDAY_START, end=HOLIDAY_END):
    """A moment weighted towards waking hours."""
    span = int((end - start).total_seconds() // 60)
    while True:
        dt = start + datetime.timedelta(minutes=rng.randrange(span))
        if 7 <= dt.hour <= 23 or rng.random() < 0.15:
            return dt


_CN_NUM = "零一二三四五六七八九十"


def _part(h):
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


def day_zh(dt, rng, relative=True):
    d = (T0.date() - dt.date()).days
    if relative and d == 0 and rng.random() < 0.7:
        return "今天"
    if relative and d == 1 and rng.random() < 0.6:
        return "昨天"
    if relative and d == 2 and rng.random() < 0.3:
        return "前天"
    if dt.month == 10 and dt.day <= 8 and rng.random() < 0.15:
        return "国庆第%s天" % _CN_NUM[dt.day]
    return rng.choice(["%d月%d日" % (dt.month, dt.day), "%d月%d号" % (dt.month, dt.day), "%d号" % dt.day])


def clock_zh(dt, rng, exact=False, bare=True):
    h, m = dt.hour, dt.minute
    if exact:
        return "%d时%02d分" % (h, m)
    h12 = h if h <= 12 else h - 12
    r = rng.random()
    if r < 0.35:
        return "%s%d点%s" % (_part(h), h12, rng.choice(["左右", "多", "", "钟"]))
    if r < 0.55 and m >= 25 and m <= 35:
        return "%s%d点半" % (_part(h), h12)
    if r < 0.75 or not bare:
        return "%d:%02d" % (h, m - m % 5)
    return _part(h)


def when_zh(dt, rng, exact=False):
    return day_zh(dt, rng, relative=not exact) + clock_zh(dt, rng, exact)


def when_en(dt, rng):
    h = dt.hour
    ap = "am" if h < 12 else "pm"
    h12 = h if 1 <= h <= 12 else abs(h - 12) or 12
    return rng.choice(["Oct %d about %d%s" % (dt.day, h12, ap), "%d October, %d:%02d" % (dt.day, h, dt.minute - dt.minute % 10),
                       "on the %dth around %d %s" % (dt.day, h12, ap)])


def window_zh(a, b, rng):
    """The owner's loss window from a (last seen) to b (noticed)."""
    if (b - a).total_seconds() > 30 * 3600:
        return rng.choice(["%s到%s之间" % (day_zh(a, rng, False), day_zh(b, rng)), "这几天（%s以后）" % day_zh(a, rng, False),
                           "%s起到%s发现不见为止" % (when_zh(a, rng), day_zh(b, rng))])
    if a.date() == b.date() and a.hour == b.hour:
        return "%s%s%d点多" % (day_zh(a, rng), _part(a.hour), a.hour if a.hour <= 12 else a.hour - 12)
    if a.date() == b.date():
        d, c1, c2 = day_zh(a, rng), clock_zh(a, rng), clock_zh(b, rng, bare=False)
        return rng.choice(["%s%s到%s之间" % (d, c1, c2), "%s，大概%s到%s" % (d, c1, c2), "%s%s" % (d, c1)])
    return "%s到%s" % (when_zh(a, rng), when_zh(b, rng))


def window_en(a, b, rng):
    if a.date() == b.date():
        return "on %d Oct between %d:%02d and %d:%02d" % (a.day, a.hour, a.minute - a.minute % 5, b.hour, b.minute - b.minute % 5)
    return "between %s and %s" % (when_en(a, rng), when_en(b, rng))
