"""set88 world: the invented oasis city 阿依布拉克市 (Aybulak), its places and its clock.

Every name here is invented.  x/y are kilometres east/north of 人民广场.
"""
import math

CITY = "阿依布拉克市"
CENTER_LAT = 41.2130
CENTER_LON = 85.4380

# The clock: minute 0 is 9月15日 00:00.  Every registration is entered at NOW (10月9日 20:00),
# so a registration's *_min field is NOW minus the moment it describes.
DAY = 1440
NOW = 24 * DAY + 20 * 60
FIRST_LOSS_DAY = 5      # 9月20日
LAST_LOSS_DAY = 23      # 10月8日

# pid, x, y, (first hour, last hour), tags, names (full name first), finder spots
PLACES = [
    ("bazaar", 0.6, -0.4, (10, 21), "tour local", ["阿依布拉克国际大巴扎", "国际大巴扎", "大巴扎", "Grand Bazaar", "da ba zha"], ["二楼干果摊前", "东门台阶上", "地毯店门口", "卫生间洗手台上"]),
    ("bazaar_food", 0.8, -0.3, (11, 22), "tour local", ["大巴扎美食广场", "巴扎美食区", "大巴扎美食城", "bazaar food court"], ["烤包子摊的桌上", "酸奶摊旁的塑料凳上", "洗手池边"]),
    ("night_market", 1.2, 0.3, (19, 23), "tour local student", ["团结路夜市", "夜市", "团结夜市", "tuanjie lu night market"], ["烤肉摊的桌子上", "羊肉串摊位旁的凳子上", "西口垃圾桶旁", "冰淇淋摊前"]),
    ("mosque_square", -0.3, 0.5, (8, 21), "tour local", ["加曼清真寺广场", "清真寺广场", "加曼寺前广场", "Jiaman Mosque Square"], ["广场东侧长椅上", "鸽子喂食点旁", "广场台阶上"]),
    ("pomegranate_lane", -0.8, 0.7, (9, 20), "tour local", ["老城石榴巷", "石榴巷", "老城区石榴巷", "shiliu xiang"], ["一户民居门口的木凳上", "巷口拍照墙下", "手工冰淇淋店窗台上"]),
    ("copper_lane", -0.6, 1.0, (9, 20), "tour local", ["老城铜匠巷", "铜匠巷", "老城手工艺一条街", "tongjiang xiang"], ["铜器作坊门口", "乐器店柜台上", "巷子中段的石墩上"]),
    ("old_town_center", -1.0, 0.2, (8, 21), "tour", ["老城游客服务中心", "老城游客中心", "古城游客中心", "old town visitor centre"], ["售票窗口前", "休息区沙发上", "存包柜旁"]),
    ("people_square", 0.0, 0.0, (7, 23), "local tour", ["人民广场", "市人民广场", "renmin guangchang", "People's Square"], ["音乐喷泉边", "跳舞的人群旁", "广场北侧花坛边"]),
    ("walking_street", 0.3, 0.9, (10, 23), "local tour student", ["解放路步行街", "步行街", "解放路", "jiefang lu walking street"], ["奶茶店门口", "街边座椅上", "手机店门口"]),
    ("supermarket", 0.5, 1.5, (9, 22), "local student", ["友好超市解放路店", "友好超市", "友好超市（解放路）", "Youhao supermarket"], ["收银台旁", "购物车里", "存包柜里"]),
    ("unity_park", 1.8, 0.9, (7, 22), "local", ["民族团结公园", "团结公园", "tuanjie park", "Unity Park"], ["湖边长椅上", "儿童游乐区", "健身器材旁"]),
    ("raisin_market", -2.2, 0.6, (8, 19), "local driver tour", ["葡萄干交易市场", "葡萄干市场", "葡萄干批发市场", "raisin market"], ["过磅处", "三号大厅通道", "市场门卫室旁"]),
    ("naan_street", -0.2, -1.5, (7, 21), "local tour", ["馕文化街", "馕坑一条街", "馕街", "naan street"], ["馕坑店门口", "街口石凳上"]),
    ("hotel_silk", 0.9, -1.2, (0, 23), "tour", ["丝路假日酒店", "丝路酒店", "Silk Road Holiday Hotel", "sichou lu jiudian"], ["大堂沙发上", "早餐厅", "电梯口"]),
    ("hotel_oasis", -0.4, -0.8, (0, 23), "tour", ["绿洲宾馆", "绿洲宾馆（老城店）", "lvzhou binguan", "Oasis Hotel"], ["前台旁", "三楼走廊", "停车场"]),
    ("bus_stop", 1.1, 0.1, (7, 23), "local student", ["团结路公交站", "团结路站", "团结路公交车站", "tuanjie lu bus stop"], ["站台座椅上", "站牌下"]),
    ("bus_terminal", -1.6, -1.2, (6, 22), "transit local tour", ["城市客运总站", "客运总站", "汽车站", "city bus terminal"], ["候车厅座椅上", "发往葡萄谷的班车后排", "售票厅窗口前", "安检口"]),
    ("rail_station", 1.5, -3.8, (6, 23), "transit tour", ["阿依布拉克南站", "高铁南站", "高铁站", "Aybulak South Railway Station"], ["候车室3号检票口座椅上", "进站安检机旁", "母婴室", "二楼快餐店"]),
    ("rail_exit", 1.6, -3.6, (6, 23), "transit tour", ["南站出站口", "高铁站出站口", "南站到达层", "South Station exit"], ["出站闸机旁", "出站口栏杆边"]),
    ("rail_taxi", 1.4, -3.5, (6, 23), "transit tour", ["南站出租车上客区", "高铁站出租车候车点", "南站网约车停车场", "station taxi rank"], ["候车栏杆旁", "排队区地上"]),
    ("college_gate", 2.4, 1.6, (7, 23), "student", ["绿洲学院东门", "学院东门", "绿洲学院", "Oasis College east gate"], ["门卫室窗口", "快递柜旁"]),
    ("college_library", 2.2, 1.9, (8, 22), "student", ["绿洲学院图书馆", "学院图书馆", "图书馆（绿洲学院）", "college library"], ["三楼自习室", "一楼借还书处", "门口存包柜"]),
    ("college_canteen", 2.0, 2.1, (7, 21), "student", ["绿洲学院第二食堂", "二食堂", "学院二食堂", "No.2 canteen"], ["拉面窗口前的餐桌上", "餐具回收处"]),
    ("hospital", -1.4, 1.8, (7, 22), "local hospital", ["市人民医院门诊楼", "人民医院门诊", "市医院", "People's Hospital outpatient"], ["挂号大厅座椅上", "二楼抽血处", "自助缴费机旁", "门诊楼卫生间"]),
    ("hospital_er", -1.5, 2.0, (0, 23), "local hospital", ["市人民医院急诊科", "人民医院急诊", "医院急诊", "People's Hospital ER"], ["急诊输液室", "急诊门口长椅"]),
    ("fruit_market", -3.0, 2.5, (5, 19), "driver local", ["瓜果批发市场", "果品批发市场", "瓜果市场", "fruit wholesale market"], ["哈密瓜档口", "过磅台旁", "市场办公室门口"]),
    ("fruit_lorry_lot", -3.3, 2.8, (4, 20), "driver", ["瓜果市场货车停车场", "批发市场大车停车场", "瓜果市场停车场", "fruit market lorry park"], ["两辆货车之间的地上", "收费亭旁"]),
    ("gas_station", -2.5, -2.0, (0, 23), "driver selfdrive", ["迎宾路加油站", "迎宾加油站", "yingbin lu gas station", "迎宾路中石油"], ["便利店收银台", "加油机旁", "洗手间"]),
    ("karez", 2.2, 4.2, (9, 19), "tour valley", ["坎儿井民俗园", "坎儿井", "坎儿井景点", "kanerjing folk park"], ["暗渠入口台阶", "纪念品店"]),
    ("valley_gate", 2.6, 4.5, (8, 20), "tour valley", ["葡萄谷景区南门", "葡萄谷南门", "葡萄谷", "Grape Valley south gate"], ["检票口", "观光车站", "游客中心"]),
    ("valley_corridor", 2.9, 4.9, (9, 20), "tour valley", ["葡萄谷葡萄长廊", "葡萄长廊", "葡萄谷长廊", "grape corridor"], ["长廊中段的秋千旁", "葡萄架下的桌子上"]),
    ("farmstay_ayi", 3.2, 4.9, (6, 23), "tour valley", ["葡萄谷阿依家农家乐", "阿依家农家乐", "阿依农家院", "Ayi farm stay"], ["葡萄架下的炕上", "院子里的餐桌上", "客房床底"]),
    ("farmstay_village", 2.4, 5.2, (6, 23), "tour valley", ["葡萄谷民宿村", "民宿村", "葡萄谷民宿", "minsu cun"], ["村口停车场", "民宿院门口"]),
    ("drying_house", 3.6, 4.6, (9, 20), "tour valley", ["葡萄晾房观景台", "晾房观景台", "晾房", "drying house viewpoint"], ["观景台栏杆边", "台阶上"]),
    ("desert_camp", -4.4, -3.6, (10, 23), "tour camp selfdrive", ["金沙沙漠营地", "沙漠营地", "金沙营地", "Golden Sand Desert Camp"], ["营地餐厅", "篝火晚会场地", "帐篷区"]),
    ("camel_point", -4.1, -3.9, (10, 21), "tour camp", ["营地骆驼骑行点", "骑骆驼的地方", "骆驼骑行区", "camel ride point"], ["骆驼休息棚下", "上驼的木台旁", "沙地上"]),
    ("sand_slide", -4.6, -3.2, (10, 21), "tour camp", ["营地滑沙场", "滑沙场", "滑沙坡", "sand slide"], ["滑沙坡底", "滑板存放处"]),
    ("jeep_point", -3.8, -3.3, (10, 21), "tour camp selfdrive", ["冲沙越野车集合点", "越野车集合点", "冲沙车停车场", "off-road jeep point"], ["越野车后座", "集合点遮阳棚下"]),
]

# Far places (20-60 km), used only for hard negatives.
FAR = [
    ("redrock", 30.0, -12.0, (9, 20), "far", ["赤岩峡谷景区", "赤岩峡谷", "chiyan canyon", "Red Rock Canyon"], ["观景栈道", "景区停车场"]),
    ("hongliu", -22.0, 8.0, (7, 21), "far", ["红柳滩镇", "红柳滩镇集市", "hongliutan town", "红柳滩"], ["镇上的巴扎", "镇卫生院门口"]),
    ("airport", -18.0, -20.0, (6, 23), "far", ["阿依布拉克机场", "机场", "Aybulak Airport", "机场候机楼"], ["安检口", "到达大厅"]),
    ("saltlake", 45.0, -30.0, (0, 23), "far", ["盐湖服务区", "连霍高速盐湖服务区", "yanhu service area", "盐湖高速服务区"], ["卫生间", "餐厅"]),
    ("kumu", -40.0, -25.0, (8, 20), "far", ["库木乡沙漠公路驿站", "库木乡驿站", "kumu station", "库木乡"], ["驿站小卖部", "观景台"]),
    ("baiyang", 8.0, 42.0, (8, 20), "far", ["白杨沟牧场", "白杨沟", "baiyang gou pasture", "白杨沟景区"], ["毡房旁", "骑马场"]),
]

BY_ID = {p[0]: p for p in PLACES + FAR}
IN_AREA = [p[0] for p in PLACES]
FAR_IDS = [p[0] for p in FAR]


def xy(pid):
    if pid == "city":
        return (0.0, 0.0)
    p = BY_ID[pid]
    return (p[1], p[2])


def dist(a, b):
    (x1, y1), (x2, y2) = xy(a), xy(b)
    return math.hypot(x1 - x2, y1 - y2)


def names(pid):
    return BY_ID[pid][5]


def spots(pid):
    return BY_ID[pid][6]


def tags(pid):
    return BY_ID[pid][4].split()


def hours(pid):
    return BY_ID[pid][3]


def latlon(pid, rng):
    x, y = xy(pid)
    x += rng.uniform(-0.12, 0.12)
    y += rng.uniform(-0.12, 0.12)
    lat = CENTER_LAT + y / 111.0
    lon = CENTER_LON + x / (111.32 * math.cos(math.radians(lat)))
    return round(lat, 6), round(lon, 6)


def near(pid, km):
    """In-area places within km of pid (pid itself first), in list order."""
    out = [pid]
    for q in IN_AREA:
        if q != pid and dist(pid, q) <= km:
            out.append(q)
    return out


def with_tag(tag):
    return [p for p in IN_AREA if tag in tags(p)]


# ---- the clock -----------------------------------------------------------------------

def day_md(day):
    if day < 16:
        return 9, 15 + day
    return 10, day - 15


def day_weight(day):
    if 16 <= day <= 22:
        return 3.0          # 国庆假期 10月1日-7日
    if day == 15 or day == 23:
        return 2.0
    return 1.0


def pick_day(rng, lo=FIRST_LOSS_DAY, hi=LAST_LOSS_DAY):
    days = list(range(lo, hi + 1))
    return rng.choices(days, weights=[day_weight(d) for d in days])[0]


def pick_moment(rng, pid, lo=FIRST_LOSS_DAY, hi=LAST_LOSS_DAY):
    h0, h1 = hours(pid)
    return pick_day(rng, lo, hi) * DAY + rng.randint(h0, h1) * 60 + rng.randint(0, 59)


def date_words(t, rng, plain=False):
    day = t // DAY
    m, d = day_md(day)
    forms = ["%d月%d日" % (m, d), "%d月%d号" % (m, d), "%d.%d" % (m, d)]
    if not plain and m == 10 and d <= 7:
        forms.append("国庆第%s天（%d月%d日）" % ("一二三四五六七"[d - 1], m, d))
    return rng.choice(forms)


def part_of_day(h):
    if h < 5:
        return "凌晨"
    if h < 8:
        return "早上"
    if h < 11:
        return "上午"
    if h < 13:
        return "中午"
    if h < 17:
        return "下午"
    if h < 19:
        return "傍晚"
    if h < 23:
        return "晚上"
    return "深夜"


def clock_words(t, rng):
    h, mi = (t % DAY) // 60, t % 60
    h12 = h if h <= 12 else h - 12
    pod = part_of_day(h)
    forms = ["%s%d点左右" % (pod, h12), "%s%d点多" % (pod, h12), "%d:%02d" % (h, mi)]
    if 20 <= mi <= 40:
        forms.append("%s%d点半" % (pod, h12))
    return rng.choice(forms)


def when_words(t, rng, plain=False, clock=None):
    d, c = date_words(t, rng, plain), clock or clock_words(t, rng)
    return d + (" " if d[-1].isdigit() and c[0].isdigit() else "") + c


def open_hours(rng, place, t, lo):
    """Move a finding time into the place's busy hours (same or next day), never before lo."""
    h0, h1 = hours(place)
    h = (t % DAY) // 60
    if h0 <= h <= h1:
        return t
    day = t // DAY + (1 if h > h1 else 0)
    t2 = day * DAY + h0 * 60 + rng.randint(0, 90)
    return t2 if lo <= t2 <= NOW - 30 else t
