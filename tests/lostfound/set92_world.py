"""set92 world: an invented ski town (雪岭镇) and the capital's new district (冰湖新区) in January.

Every place, name and number here is invented. Distances are in km from the town centre;
all in-area places lie within about 6 km of it (so any two are under 13 km apart), the far
places 22-55 km away (used only for hard negatives).
"""
import datetime
import math

CENTRE_LAT, CENTRE_LON = 45.0512, 127.3387
NOW = datetime.datetime(2026, 1, 31, 22, 0)  # the moment of registration (minute 0)

# pid, group, dx_km, dy_km, names (full, short, what locals say, sign/pinyin), details
PLACES = [
    ("ski_hall", "ski", -4.6, 3.1, ["雪岭国际滑雪度假区雪具大厅", "雪具大厅", "滑雪场大厅", "Xueling Ski Center Hall"], ["一楼换鞋区", "大厅长椅", "二楼休息区", "服务台旁"]),
    ("rental", "ski", -4.7, 3.0, ["雪岭滑雪场雪具租赁中心", "雪具租赁处", "租板子那儿", "Rental Shop"], ["还板口", "试鞋凳", "头盔架旁"]),
    ("lockers", "ski", -4.6, 3.2, ["雪具大厅二楼储物柜区", "储物柜区", "存包柜那块儿", "Lockers"], ["B区柜子旁", "柜子上面", "换衣凳"]),
    ("gondola", "ski", -4.9, 3.4, ["雪岭1号吊厢缆车下站", "1号缆车", "大缆车", "Gondola 1"], ["排队区", "吊厢里", "出站口"]),
    ("summit", "ski", -5.6, 4.6, ["雪岭山顶观景餐厅", "山顶餐厅", "山尖儿上那饭店", "Summit Restaurant"], ["靠窗座位", "洗手间", "露台"]),
    ("chair2", "ski", -5.2, 3.9, ["2号高速吊椅", "2号吊椅", "二号索道", "Chairlift 2"], ["上车点", "下车点", "吊椅上"]),
    ("carpet", "ski", -4.3, 3.3, ["初级雪道魔毯区", "魔毯", "小白道", "Beginner Carpet"], ["魔毯上", "魔毯尽头", "雪道边"]),
    ("lodge", "ski", -5.0, 4.0, ["松涛半山木屋餐厅", "半山木屋", "半山腰木屋", "Songtao Lodge"], ["壁炉边", "门口雪板架", "二楼"]),
    ("ski_school", "ski", -4.4, 3.0, ["雪岭滑雪学校集合点", "滑雪学校", "教练集合那儿", "Ski School Meeting Point"], ["集合牌下", "教练休息室"]),
    ("ski_park", "ski", -4.2, 2.7, ["滑雪场P2停车场", "P2停车场", "滑雪场停车场", "Parking P2"], ["收费口", "C排"]),
    ("clinic", "ski", -4.5, 2.9, ["度假区医务室", "滑雪场医务室", "雪场卫生所", "Resort Clinic"], ["候诊椅", "处置室"]),
    ("shuttle", "town", -3.2, 2.1, ["度假区接驳巴士站", "接驳车站", "小巴站", "Shuttle Stop"], ["接驳车上", "站台"]),
    ("fest", "fest", 1.1, 1.6, ["冰湖冰雪节公园", "冰雪节公园", "冰雕园子", "Ice & Snow Festival Park"], ["游客中心", "检票口"]),
    ("ice_sculpt", "fest", 1.3, 1.9, ["冰雪节公园冰雕主展区", "冰雕展区", "大冰灯那块儿", "Ice Sculpture Area"], ["冰城堡下", "拍照点"]),
    ("ice_slide", "fest", 1.6, 1.7, ["冰雪节公园超长冰滑梯", "冰滑梯", "大滑梯", "Ice Slide"], ["排队区", "滑梯出口"]),
    ("snow_plaza", "fest", 0.9, 1.3, ["雪雕艺术广场", "雪雕广场", "雪人广场", "Snow Sculpture Plaza"], ["大雪人旁", "暖房"]),
    ("spa", "spa", -2.1, -1.0, ["汤泉谷温泉酒店", "汤泉谷", "泡温泉那酒店", "Tangquangu Hot Spring Hotel"], ["大堂", "客房走廊", "前台"]),
    ("spa_pool", "spa", -2.2, -1.1, ["汤泉谷温泉酒店露天汤池", "汤泉谷露天池", "温泉池子", "Tangquangu Outdoor Pools"], ["更衣室", "毛巾架", "池边躺椅"]),
    ("guest_lane", "town", -1.2, 0.4, ["雪岭民宿街", "民宿街", "民宿那条道", "Guesthouse Lane"], ["路边", "民宿门口"]),
    ("station", "rail", 3.6, -2.6, ["雪岭西站", "雪岭西高铁站", "西站", "Xuelingxi Railway Station"], ["进站口", "安检口", "出站口"]),
    ("waiting", "rail", 3.7, -2.5, ["雪岭西站二楼候车厅", "西站候车室", "高铁站候车的地方", "Xuelingxi Waiting Hall"], ["充电座椅", "3号检票口", "母婴室旁"]),
    ("airport_bus", "rail", 3.4, -2.8, ["雪岭西站机场大巴乘车点", "机场大巴站", "大巴上车那儿", "Airport Bus Stop"], ["大巴车上", "行李舱旁"]),
    ("taxi_rank", "rail", 3.8, -2.8, ["雪岭西站出租车上客区", "西站出租车点", "打车那块儿", "Taxi Rank"], ["出租车上", "排队护栏"]),
    ("stadium", "stad", 4.6, 2.1, ["冰湖新区冬季运动中心体育场", "冬运中心", "大体育场", "Winter Sports Center Stadium"], ["看台", "运动员通道", "B口"]),
    ("oval", "stad", 4.9, 2.4, ["冬运中心速度滑冰馆", "速滑馆", "大冰场子", "Speed Skating Oval"], ["热身区", "看台第三排", "更衣室"]),
    ("village", "stad", 5.3, 1.6, ["大冬会运动员村", "运动员村", "大学生村", "Athletes' Village"], ["餐厅", "3号楼大堂"]),
    ("volunteer", "stad", 4.3, 1.8, ["大冬会志愿者服务中心", "志愿者之家", "志愿者那屋", "Volunteer Center"], ["物资台", "休息区"]),
    ("mall", "mall", 3.1, 0.6, ["北辰天街购物中心", "北辰天街", "天街", "Beichen Mall"], ["一楼服务台", "B1超市", "扶梯口"]),
    ("mall_rink", "mall", 3.2, 0.7, ["北辰天街真冰溜冰场", "天街冰场", "商场溜冰场", "Beichen Ice Rink"], ["换鞋区", "场边栏杆", "存包处"]),
    ("food_st", "food", 0.4, -0.5, ["老东北美食街", "美食街", "吃街", "Laodongbei Food Street"], ["街口", "冻梨摊", "糖葫芦摊"]),
    ("hotpot", "food", 0.5, -0.6, ["老东北美食街王大锅铁锅炖", "王大锅铁锅炖", "铁锅炖那家", "Wangdaguo Stew House"], ["3号桌", "包间", "门帘边"]),
    ("bbq", "food", 0.3, -0.7, ["美食街北口锅包肉馆", "锅包肉馆", "北口那饭店", "Guobaorou Diner"], ["靠门桌", "收银台"]),
    ("hosp_town", "hosp", 0.1, 0.6, ["雪岭镇中心医院急诊科", "镇医院急诊", "镇医院", "Xueling Hospital ER"], ["分诊台", "拍片室外", "输液区"]),
    ("hosp_new", "hosp", 4.0, -0.6, ["冰湖新区人民医院急诊科", "新区医院急诊", "人民医院", "Binghu People's Hospital ER"], ["急诊大厅", "骨科诊室外", "缴费窗口"]),
    ("bus_term", "town", -0.3, 0.1, ["雪岭镇公交总站", "公交总站", "总站", "Xueling Bus Terminal"], ["候车亭", "K1路车上"]),
    ("square", "town", 0.0, 0.0, ["雪岭镇中心广场", "镇中心广场", "大广场", "Central Square"], ["冰灯边", "广场长椅"]),
    ("supermkt", "town", -0.6, -0.3, ["福满多超市雪岭店", "福满多超市", "福满多", "Fumanduo Supermarket"], ["收银台", "存包柜"]),
    ("inn", "town", 2.4, -1.5, ["冰湖新区雪驿快捷酒店", "雪驿酒店", "雪驿", "Xueyi Inn"], ["前台", "电梯口", "客房"]),
]

FAR_PLACES = [
    ("far_qingshan", 20.0, 26.0, ["青山岭滑雪场雪具大厅", "青山岭滑雪场", "青山岭"]),
    ("far_oldcity", 30.0, -10.0, ["省城老城区红星广场", "老城红星广场", "红星广场"]),
    ("far_baihe", -40.0, -30.0, ["白河县客运站", "白河县客运站", "白河县"]),
    ("far_reservoir", 16.0, 17.0, ["长岭水库冰钓点", "长岭水库", "水库冰面"]),
    ("far_beishan", 0.0, -45.0, ["北山镇温泉村", "北山温泉村", "北山镇"]),
    ("far_oldstation", 50.0, 20.0, ["省城老火车站", "省城火车站", "老站"]),
]

# where a thing lost in a group tends to be handed in
HUBS = {"ski": "ski_hall", "fest": "fest", "spa": "spa", "rail": "station", "stad": "volunteer",
        "mall": "mall", "food": "food_st", "hosp": "hosp_town", "town": "bus_term"}


def _latlon(dx, dy):
    lat = CENTRE_LAT + dy / 111.0
    lon = CENTRE_LON + dx / (111.0 * math.cos(math.radians(lat)))
    return lat, lon


PLACE = {}
for _pid, _grp, _dx, _dy, _names, _det in PLACES:
    _la, _lo = _latlon(_dx, _dy)
    PLACE[_pid] = {"pid": _pid, "group": _grp, "lat": _la, "lon": _lo, "names": _names,
                   "details": _det, "far": False}
for _pid, _dx, _dy, _names in FAR_PLACES:
    _la, _lo = _latlon(_dx, _dy)
    PLACE[_pid] = {"pid": _pid, "group": "far", "lat": _la, "lon": _lo, "names": _names + [_names[1]],
                   "details": ["门口", "大厅"], "far": True}
IN_AREA = [p[0] for p in PLACES]
FAR = [p[0] for p in FAR_PLACES]


def km(a, b):
    pa, pb = PLACE[a], PLACE[b]
    r = 6371.0
    p1, p2 = math.radians(pa["lat"]), math.radians(pb["lat"])
    dp = p2 - p1
    dl = math.radians(pb["lon"] - pa["lon"])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def group_places(group):
    return [p for p in IN_AREA if PLACE[p]["group"] == group]


def jitter(rng, pid, metres=250):
    p = PLACE[pid]
    dy = rng.uniform(-metres, metres) / 111000.0
    dx = rng.uniform(-metres, metres) / (111000.0 * math.cos(math.radians(p["lat"])))
    return round(p["lat"] + dy, 6), round(p["lon"] + dx, 6)


# ---- time -------------------------------------------------------------------------------
CN_NUM = "零一两三四五六七八九十"


def clock(minutes):
    return NOW - datetime.timedelta(minutes=minutes)


def _hour_cn(h):
    h12 = h % 12 or 12
    return ["", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"][h12]


def _h12(h):
    return h if h <= 12 else h - 12


def part_of_day(h):
    if h < 5:
        return "凌晨"
    if h < 9:
        return "早上"
    if h < 12:
        return "上午"
    if h < 13:
        return "中午"
    if h < 18:
        return "下午"
    if h < 19:
        return "傍晚"
    return "晚上"


def when_cn(rng, minutes, style=None):
    """A Chinese phrase for a moment, e.g. '1月18日下午3点多' or '18号下午三点左右'."""
    t = clock(minutes)
    style = style if style is not None else rng.randrange(5)
    day = "%d月%d日" % (t.month, t.day) if style in (0, 3) else "%d号" % t.day
    pod = part_of_day(t.hour)
    h12 = _h12(t.hour)
    if style == 0:
        return "%s%s%d点%s" % (day, pod, h12, "多" if t.minute >= 10 else "")
    if style == 1:
        return "%s%s%s点左右" % (day, pod, _hour_cn(t.hour))
    if style == 2:
        return "%s %02d:%02d" % (day, t.hour, t.minute)
    if style == 3:
        return "%s%02d时%02d分" % (day, t.hour, t.minute)
    return "%s%s%s点%s" % (day, pod, _hour_cn(t.hour), "半" if 25 <= t.minute <= 40 else "来钟")


def when_en(minutes):
    t = clock(minutes)
    h12 = t.hour % 12 or 12
    return "Jan %d around %d%s" % (t.day, h12, "am" if t.hour < 12 else "pm")


def span_cn(rng, frm, to):
    """Phrase for a loss window from `frm` to `to` minutes before now."""
    a, b = clock(frm), clock(to)
    if frm - to <= 40:
        return when_cn(rng, (frm + to) // 2)
    if a.date() == b.date() and frm - to < 180:
        return "%d月%d日%d:%02d到%d:%02d之间" % (a.month, a.day, a.hour, a.minute, b.hour, b.minute)
    if a.date() == b.date():
        return "%d月%d日%s%d点到%s%d点之间" % (a.month, a.day, part_of_day(a.hour), _h12(a.hour),
                                         part_of_day(b.hour), _h12(b.hour))
    return "%s到%s之间" % (when_cn(rng, frm, 0), when_cn(rng, to, 0))


def span_en(frm, to):
    a, b = clock(frm), clock(to)
    if a.date() == b.date():
        return "on Jan %d between %d:%02d and %d:%02d" % (a.day, a.hour, a.minute, b.hour, b.minute)
    return "between Jan %d %d:00 and Jan %d %d:00" % (a.day, a.hour, b.day, b.hour)


def daytime(rng, m, later=True, night_ok=False):
    """Move a moment that falls between midnight and 6 am to the morning after (later=True)
    or to the evening before; few things are found and handed in at 3 am."""
    t = clock(m)
    if t.hour >= 6 or night_ok:
        return m
    if later:
        m2 = m - (6 - t.hour) * 60 - rng.randint(0, 150)
        return m2 if m2 >= 0 else m
    return m + (t.hour + 1) * 60 + rng.randint(0, 120)
