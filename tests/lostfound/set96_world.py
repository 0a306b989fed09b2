"""Invented world for set96: the inner-ring business district of 澜江市 (invented megacity)."""
import datetime

CENTER = (30.5912, 114.2718)
KM_LAT = 0.008993
KM_LON = 0.010440

# (id, kind, dx_km, dy_km, [full, short, what people say, English sign name])
_PLACES = [
    ("huitong_mtr", "metro", 0.0, 0.0, ["汇通路地铁站（2/5/9号线换乘）", "汇通路站", "汇通换乘站", "Huitong Rd Station"]),
    ("xinggang_mtr", "metro", 1.2, 0.6, ["星港广场地铁站", "星港站", "星港地铁", "Xinggang Plaza Stn"]),
    ("yunmen_mtr", "metro", -1.4, 0.9, ["云门地铁站", "云门站", "云门地铁口", "Yunmen Station"]),
    ("expo_mtr", "metro", 2.6, -1.1, ["会展中心地铁站", "会展中心站", "会展站", "Expo Centre Stn"]),
    ("arena_mtr", "metro", -2.2, -1.8, ["澜江体育馆地铁站", "体育馆站", "体育馆地铁", "Arena Station"]),
    ("yh_t1", "office", 0.4, 0.3, ["云汇国际中心T1写字楼", "云汇T1", "T1", "Yunhui IFC Tower 1"]),
    ("yh_t2", "office", 0.5, 0.4, ["云汇国际中心T2写字楼", "云汇T2", "T2", "Yunhui IFC Tower 2"]),
    ("yh_canteen", "office", 0.5, 0.35, ["云汇国际中心T2负一层员工食堂", "T2食堂", "T2 B1食堂", "IFC Staff Canteen"]),
    ("yh_park", "office", 0.45, 0.3, ["云汇国际中心地下停车场B3", "云汇B3车库", "T1/T2车库", "IFC Car Park B3"]),
    ("hj_tower", "office", -0.6, 0.5, ["汇金大厦", "汇金", "汇金大楼", "Huijin Tower"]),
    ("hj_gym", "office", -0.6, 0.52, ["汇金大厦5楼铁马健身", "铁马健身", "楼里健身房", "IronHorse Gym"]),
    ("hj_canteen", "office", -0.62, 0.48, ["汇金大厦3楼职工餐厅", "汇金食堂", "汇金3楼餐厅", "Huijin Canteen"]),
    ("lt_mall", "mall", 0.9, -0.4, ["澜庭天地购物中心", "澜庭天地", "LT商场", "LANTING MALL"]),
    ("lt_food", "mall", 0.92, -0.42, ["澜庭天地B2美食广场", "澜庭B2美食街", "商场B2", "LANTING Food Court B2"]),
    ("lt_cinema", "mall", 0.88, -0.38, ["澜庭天地6楼星幕IMAX影城", "星幕影城", "澜庭电影院", "StarScreen IMAX"]),
    ("lt_digital", "mall", 0.95, -0.45, ["澜庭天地3楼数码广场", "数码广场", "三楼数码区", "Digital Plaza L3"]),
    ("lt_ride", "ridehail", 0.85, -0.5, ["澜庭天地P3网约车上车点", "澜庭P3上车点", "商场P3上车点", "LANTING P3 Pick-up"]),
    ("expo", "expo", 2.8, -1.3, ["澜江国际会展中心", "会展中心", "车展那边", "Lanjiang Intl Expo Centre"]),
    ("expo_n3", "expo", 2.9, -1.2, ["会展中心N3馆（车展新能源馆）", "N3馆", "车展N3", "Hall N3 Auto Show"]),
    ("expo_south", "expo", 2.75, -1.45, ["会展中心南登录厅", "会展南登录厅", "南门登录厅", "Expo South Entrance"]),
    ("expo_ride", "ridehail", 2.6, -1.5, ["会展中心西门网约车上车点", "会展西门上车点", "会展西门打车点", "Expo West Gate Pick-up"]),
    ("cw_star", "cowork", 0.2, 1.1, ["星河共享办公（星港店）", "星河共享办公", "星河cowork", "StarRiver CoWork"]),
    ("cw_nest", "cowork", -0.9, -0.3, ["栖木联合办公空间", "栖木", "栖木空间", "NestWood Space"]),
    ("kids_hosp", "hospital", -1.6, 1.4, ["澜江市儿童医院云汇院区", "儿童医院", "儿医云汇院区", "Children's Hospital"]),
    ("kids_drip", "hospital", -1.62, 1.42, ["儿童医院门诊楼3楼输液大厅", "儿医输液大厅", "儿童医院输液室", "Infusion Hall L3"]),
    ("kids_er", "hospital", -1.58, 1.36, ["儿童医院急诊科候诊区", "儿医急诊", "儿童医院急诊", "Paediatric ER"]),
    ("parcel_ht", "parcel", -0.2, -0.6, ["顺达快递驿站（汇通路店）", "顺达驿站", "汇通路快递站", "ShunDa Parcel Station"]),
    ("parcel_lin", "parcel", 1.5, 1.3, ["邻里驿站（星港社区店）", "邻里驿站", "星港快递点", "Linli Parcel Point"]),
    ("arena", "arena", -2.4, -2.0, ["澜江体育馆", "体育馆", "澜体", "Lanjiang Arena"]),
    ("arena_b", "arena", -2.42, -2.05, ["澜江体育馆B区看台", "体育馆B区", "B区看台", "Arena Block B"]),
    ("store_xg", "store", 1.3, 0.7, ["好邻舍24小时便利店（星港店）", "好邻舍星港店", "星港那家好邻舍", "Neighbour 24 Xinggang"]),
    ("store_ym", "store", -1.3, 0.8, ["八点半便利店（云门店）", "八点半云门店", "云门便利店", "8:30 Mart Yunmen"]),
    ("food_st", "street", 0.1, -0.9, ["汇通路美食街", "汇通美食街", "美食街", "Huitong Food Street"]),
    ("bus_hub", "street", 1.1, 0.9, ["星港公交枢纽站", "星港公交站", "星港枢纽", "Xinggang Bus Hub"]),
    ("footbridge", "street", 1.0, 0.2, ["星港天桥（通澜庭天地）", "星港天桥", "天桥", "Xinggang Footbridge"]),
    ("hotel", "street", 0.7, 0.9, ["和悦酒店大堂", "和悦酒店", "和悦大堂", "Heyue Hotel Lobby"]),
    ("coffee_t1", "store", 0.38, 0.28, ["拾光咖啡（云汇T1店）", "拾光咖啡", "T1楼下咖啡", "Shiguang Coffee T1"]),
    ("riverwalk", "street", 0.0, 1.9, ["滨江步道（云汇段）", "滨江步道", "江边步道", "Riverside Walk"]),
]

# far places, used only for negatives (15-45 km from the centre)
_FAR = [
    ("airport", "far", 31.0, 18.0, ["澜江天河机场T2航站楼", "机场T2", "机场", "Airport T2"]),
    ("east_rail", "far", 17.5, 6.0, ["澜江东高铁站", "东站", "高铁东站", "Lanjiang East Rail"]),
    ("lingang", "far", 12.0, -22.0, ["临港新城万象汇", "临港万象汇", "临港那边", "Lingang Mall"]),
    ("outlets", "far", -20.0, 28.0, ["北郊奥特莱斯", "奥莱", "北郊奥莱", "North Outlets"]),
    ("unitown", "far", -38.0, -12.0, ["西山大学城", "大学城", "西山", "Xishan Uni Town"]),
]


def _mk(rows):
    out = []
    for pid, kind, dx, dy, names in rows:
        out.append({"id": pid, "kind": kind, "names": names,
                    "lat": round(CENTER[0] + dy * KM_LAT, 6), "lon": round(CENTER[1] + dx * KM_LON, 6)})
    return out


PLACES = _mk(_PLACES)
FAR = _mk(_FAR)
BY_ID = {p["id"]: p for p in PLACES + FAR}


def dist_km(a, b):
    dy = (a["lat"] - b["lat"]) / KM_LAT
    dx = (a["lon"] - b["lon"]) / KM_LON
    return (dx * dx + dy * dy) ** 0.5


def near(place, km=1.6):
    return sorted(p["id"] for p in PLACES if p["id"] != place["id"] and dist_km(p, place) <= km)


# shared registration moment: Tue 11 Nov (Double Eleven), 21:30
NOW = datetime.datetime(2025, 11, 11, 21, 30)
WEEK = "一二三四五六日"


def when(m, rng, style=None):
    """Render a moment given in minutes before NOW the way a person would say it."""
    t = NOW - datetime.timedelta(minutes=m)
    day = (NOW.date() - t.date()).days
    h = t.hour
    part = "凌晨" if h < 6 else "早上" if h < 11 else "中午" if h < 13 else "下午" if h < 18 else "晚上"
    hh = h if h <= 12 else h - 12
    clock = "%d点" % hh + ("半" if t.minute >= 30 else "多" if t.minute >= 10 else "")
    style = style or rng.choice(["rel", "abs", "abs", "num"])
    if style == "num":
        return "11月%d日 %02d:%02d" % (t.day, h, t.minute - t.minute % 5)
    if style == "rel" and day <= 2:
        d = ["今天", "昨天", "前天"][day]
        if day == 1 and part == "晚上":
            return "昨晚" + clock
        return d + part + clock
    return "%d号（周%s）%s%s" % (t.day, WEEK[t.weekday()], part, clock)


def when_en(m):
    t = NOW - datetime.timedelta(minutes=m)
    return t.strftime("%a %d Nov around %H:%M").replace(" 0", " ")


COLORS = {
    "黑": ["黑色", "黑", "黑的", "哑光黑", "纯黑"],
    "白": ["白色", "白", "米白", "白的"],
    "蓝": ["蓝色", "深蓝", "藏青色", "宝蓝"],
    "灰": ["灰色", "深灰", "浅灰", "灰的"],
    "银": ["银色", "银白色", "亮银"],
    "红": ["红色", "大红", "酒红色"],
    "粉": ["粉色", "粉红", "樱花粉"],
    "绿": ["绿色", "墨绿", "军绿色"],
    "黄": ["黄色", "明黄", "姜黄"],
    "棕": ["棕色", "咖啡色", "驼色", "焦糖色"],
    "紫": ["紫色", "浅紫", "薰衣草紫"],
    "金": ["金色", "香槟金", "土豪金"],
}
COLOR_EN = {"黑": "black", "白": "white", "蓝": "blue", "灰": "grey", "银": "silver", "红": "red",
            "粉": "pink", "绿": "green", "黄": "yellow", "棕": "brown", "紫": "purple", "金": "gold"}
DARK = {"黑", "蓝", "灰", "棕"}
