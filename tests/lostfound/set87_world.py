"""Set 87 world: the invented coastal city of 澜湾 (Lanwan), its 滨海 international
airport, the bonded logistics park beside it and the outlet mall on the airport road.
Late December around New Year.  Every name here is invented."""
import datetime
import math

CITY = "澜湾"
STATION = "空港派出所"
# origin = between the two terminals; x km east, y km north
LAT0, LON0 = 25.4012, 119.1034
NOW = datetime.datetime(2025, 1, 3, 19, 30)  # the moment every record is registered

# id, zone, x, y, vehicle, aliases (formal, short, pinyin, English), spots where things lie
_P = [
    ("t1_dep", "air", -0.45, 0.05, 0, "T1航站楼出发层|T1出发大厅|yihao hangzhanlou chufa|Terminal 1 Departures",
     "值机柜台旁|自助值机机器上|候机座椅上|行李手推车上"),
    ("t1_arr", "air", -0.50, -0.10, 0, "T1到达大厅|T1到达|T1 daoda dating|T1 Arrivals Hall",
     "接机口栏杆旁|到达厅座椅上|出口处地面"),
    ("t1_sec", "air", -0.40, 0.15, 0, "T1安检口|T1安检|T1 anjiankou|T1 Security Check",
     "安检筐里|安检通道出口的桌子上|安检排队处地上"),
    ("t1_bag", "air", -0.55, -0.05, 0, "T1行李提取厅|T1行李转盘|T1 xingli tiqu|T1 Baggage Claim",
     "3号转盘旁|行李推车上|卫生间门口"),
    ("t2_dep", "air", 0.50, 0.15, 0, "T2航站楼出发层|T2出发大厅|erhao hangzhanlou chufa|Terminal 2 Departures",
     "值机岛C区柜台旁|自助托运机旁|出发层座椅上|卫生间洗手台上"),
    ("t2_arr", "air", 0.55, -0.05, 0, "T2国内到达大厅|T2到达|T2 daoda|T2 Arrivals Hall",
     "接机口座椅上|到达厅便利店门口|出口立柱旁"),
    ("t2_intl", "air", 0.75, 0.00, 0, "T2国际到达口|国际到达|guoji daoda|T2 International Arrivals",
     "海关通道出口|接机口护栏旁|外币兑换柜台旁"),
    ("t2_sec", "air", 0.60, 0.25, 0, "T2安检口|T2安检|T2 anjian|T2 Security Check",
     "安检筐里|安检通道出口的长桌上|排队护栏旁"),
    ("t2_bag", "air", 0.65, -0.10, 0, "T2行李提取厅|T2行李转盘|T2 xingli zhuanpan|T2 Baggage Claim",
     "7号转盘旁|行李推车上|超规行李口旁"),
    ("t2_food", "air", 0.70, 0.35, 0, "T2美食广场|T2餐饮区|T2 meishi guangchang|T2 Food Court",
     "面馆餐桌上|咖啡店座位上|餐盘回收处"),
    ("t2_gate", "air", 0.95, 0.60, 0, "T2候机区C指廊|C指廊登机口|C zhilang|Gate C area, T2",
     "C12登机口座椅上|C8登机口充电桩旁|登机口卫生间"),
    ("hotel", "air", -0.90, -0.70, 0, "澜湾空港酒店|机场酒店|konggang jiudian|Lanwan Airport Hotel",
     "大堂沙发上|前台旁|电梯口"),
    ("p2", "air", 0.10, -0.60, 0, "机场P2停车楼|P2停车楼|P2 tingchelou|P2 Car Park",
     "B区车位旁|缴费机旁|电梯厅"),
    ("exp", "trans", 0.05, -0.30, 1, "机场快线机场站|快线机场站|jichang kuaixian zhan|Airport Express Station",
     "站台座椅上|闸机口|车厢行李架上"),
    ("t1_taxi", "trans", -0.60, -0.25, 1, "T1出租车上客点|T1的士站|T1 chuzuche|T1 Taxi Rank",
     "排队区地上|出租车后座|候客区"),
    ("t2_taxi", "trans", 0.80, -0.30, 1, "T2出租车上客区|T2出租车排队处|T2 chuzuche|T2 Taxi Rank",
     "排队护栏旁|出租车后座|调度亭旁"),
    ("coach", "trans", 0.90, -0.55, 1, "空港长途汽车站|机场长途站|konggang changtu qichezhan|Airport Coach Station",
     "发车站台|大巴行李舱|大巴座位上"),
    ("coach_wait", "trans", 0.95, -0.50, 0, "长途汽车站候车室|长途站候车厅|changtu houcheshi|Coach Station Waiting Room",
     "候车椅上|售票窗口旁|检票口"),
    ("bus_rd", "trans", -0.70, -3.40, 1, "机场路公交站|机场路站|jichanglu gongjiao zhan|Airport Road Bus Stop",
     "候车亭长椅上|站牌旁|公交车上"),
    ("gas_rd", "trans", -0.40, -2.00, 0, "机场路加油站|机场路油站|jichanglu jiayouzhan|Airport Road Petrol Station",
     "便利店收银台|加油机旁|洗手间"),
    ("park_gate", "park", -1.80, -1.20, 0, "保税物流园南门|物流园南门|baoshui wuliuyuan nanmen|Logistics Park South Gate",
     "门岗旁|道闸边|门口人行道"),
    ("cargo", "park", -1.50, 0.80, 0, "航空货运站|货运站|hangkong huoyunzhan|Air Cargo Terminal",
     "收货大厅|装卸平台|司机休息室"),
    ("customs", "park", -2.20, -0.80, 0, "海关查验场|查验场|haiguan chayanchang|Customs Inspection Yard",
     "查验平台|排队车道旁|办事窗口"),
    ("wh_a", "park", -2.60, -1.40, 0, "保税仓A区|A库|baoshuicang A qu|Bonded Warehouse A",
     "拣货通道|打包台|更衣柜旁"),
    ("cold", "park", -3.00, -1.20, 0, "冷链仓库|冷库|lenglian cangku|Cold-Chain Warehouse",
     "缓冲间|防寒服挂架旁|月台"),
    ("sort_sc", "park", -2.80, -2.00, 0, "速驰快递分拣中心|速驰分拣|Suchi fenjian zhongxin|Suchi Express Sorting Centre",
     "分拣线旁|卸货口|休息区"),
    ("sort_th", "park", -3.30, -1.70, 0, "通衡快运分拨中心|通衡分拨|Tongheng fenbo zhongxin|Tongheng Freight Hub",
     "叉车通道|月台边|调度室"),
    ("canteen", "park", -2.40, -2.20, 0, "物流园员工食堂|园区食堂|wuliuyuan shitang|Park Staff Canteen",
     "餐桌上|打饭窗口|洗碗池旁"),
    ("dorm", "park", -2.10, -2.60, 0, "物流园员工宿舍|园区宿舍|yuanqu sushe|Workers' Dormitory",
     "楼门口|楼道里|晾衣区"),
    ("truck_pk", "park", -3.50, -2.40, 0, "物流园货车停车场|大车停车场|huoche tingchechang|Truck Park",
     "车位地上|司机之家门口|磅房旁"),
    ("gas", "park", -1.90, -2.90, 0, "园区加油站|物流园加油站|yuanqu jiayouzhan|Park Petrol Station",
     "加油机旁|收银台|洗车位"),
    ("store", "park", -2.30, -2.35, 0, "园区便利店|园区小超市|yuanqu bianlidian|Park Convenience Store",
     "收银台|门口台阶|货架旁"),
    ("charge", "park", -2.00, -2.75, 0, "宿舍楼电动车充电棚|充电棚|chongdian peng|E-bike Charging Shed",
     "充电桩旁|棚子角落|车棚门口"),
    ("park_bus", "park", -1.70, -1.90, 1, "物流园公交站|物流园站|wuliuyuan zhan|Logistics Park Bus Stop",
     "候车亭|站牌下|公交车上"),
    ("mall", "mall", -1.00, -3.80, 0, "空港奥特莱斯中心广场|奥莱广场|konggang aotelaisi|Airport Outlets Plaza",
     "圣诞树旁|跨年倒计时舞台旁|长椅上"),
    ("cinema", "mall", -1.10, -3.70, 0, "奥莱星澜影城|星澜影城|xinglan yingcheng|Xinglan Cinema",
     "影厅座位下|检票口|爆米花柜台"),
    ("mall_food", "mall", -0.90, -3.95, 0, "奥莱美食街|美食街|aolai meishijie|Outlets Food Street",
     "火锅店座位上|奶茶店门口|公共餐桌"),
    ("mall_pk", "mall", -0.95, -3.75, 0, "奥莱地下停车场|奥莱B1停车场|aolai tingchechang|Outlets Car Park B1",
     "车位旁地上|电梯厅|缴费机旁"),
    ("mall_b", "mall", -1.20, -3.90, 0, "奥莱B区运动品牌街|奥莱B区|aolai B qu|Outlets Block B",
     "试衣间|收银台|休息椅"),
]
# far places, 15-45 km away: used only for negatives
_F = [
    ("f_rail", -18.0, -9.0, "澜湾火车站|火车站|Lanwan huochezhan|Lanwan Railway Station", "售票厅|候车室座椅上"),
    ("f_old", -22.0, -14.0, "老城南门商业街|南门街|nanmen shangyejie|Nanmen Old Street", "街口|奶茶店门口"),
    ("f_uni", -30.0, 5.0, "西山大学城|大学城|xishan daxuecheng|Xishan University Town", "食堂门口|公交站"),
    ("f_port", -8.0, 36.0, "北岸港区|北岸港|beian gangqu|North Shore Port", "码头候船厅|停车场"),
    ("f_west", -38.0, -18.0, "西郊客运站|西郊站|xijiao keyunzhan|West Suburb Bus Station", "候车室|检票口"),
    ("f_hsr", -12.0, 17.0, "澜湾北高铁站|高铁北站|gaotie beizhan|Lanwan North HSR Station", "进站口|候车大厅"),
    ("f_mall", -16.0, -6.0, "滨江天街|滨江天街商场|binjiang tianjie|Binjiang Mall", "一楼中庭|电影院门口"),
]


def _mk(pid, zone, x, y, veh, al, sp):
    lat = LAT0 + y / 111.2
    lon = LON0 + x / (111.32 * math.cos(math.radians(LAT0)))
    return {"id": pid, "zone": zone, "x": x, "y": y, "vehicle": veh, "lat": lat, "lon": lon,
            "aliases": al.split("|"), "spots": sp.split("|")}


PLACES = {p[0]: _mk(*p) for p in _P}
FAR = {f[0]: _mk(f[0], "far", f[1], f[2], 0, f[3], f[4]) for f in _F}
ALLP = dict(PLACES)
ALLP.update(FAR)
ZONES = {}
for _pid in sorted(PLACES):
    ZONES.setdefault(PLACES[_pid]["zone"], []).append(_pid)


def km(a, b):
    """Distance in km between two place ids (planar, fine at this scale)."""
    pa, pb = ALLP[a], ALLP[b]
    return math.hypot(pa["x"] - pb["x"], pa["y"] - pb["y"])


def km_ll(lat1, lon1, lat2, lon2):
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def near_places(pid, rng, maxkm=1.6, zone_only=False):
    z = ALLP[pid]["zone"]
    out = [q for q in sorted(PLACES) if q != pid and km(pid, q) <= maxkm
           and (not zone_only or PLACES[q]["zone"] == z)]
    return out


def jitter(pid, rng, metres=120):
    p = ALLP[pid]
    dlat = rng.uniform(-metres, metres) / 111200.0
    dlon = rng.uniform(-metres, metres) / 100500.0
    return round(p["lat"] + dlat, 6), round(p["lon"] + dlon, 6)


# ---------------------------------------------------------------- time words
CN_NUM = "零一二三四五六七八九十"


def at(minutes_before):
    return NOW - datetime.timedelta(minutes=minutes_before)


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


def day_word(dt, rng, loose=True):
    d = dt.date()
    nd = NOW.date()
    if loose and d == nd:
        return "今天"
    if loose and (nd - d).days == 1 and rng.random() < 0.6:
        return "昨天"
    if loose and (nd - d).days == 2 and rng.random() < 0.4:
        return "前天"
    if loose and d.month == 1 and d.day == 1 and rng.random() < 0.5:
        return "元旦"
    if loose and d.month == 12 and d.day == 31 and dt.hour >= 18 and rng.random() < 0.5:
        return "跨年夜"
    if rng.random() < 0.3:
        return "%d号" % d.day
    return "%d月%d日" % (d.month, d.day)


def clock(dt, rng, style):
    h, m = dt.hour, dt.minute
    if style == "num":
        return "%d:%02d" % (h, m)
    h12 = h if h <= 12 else h - 12
    hw = "%d点" % h12
    if m >= 45:
        hw = "%d点" % (h12 + 1 if h12 < 12 else 1)
        return _part((h + 1) % 24) + hw
    if 20 <= m < 45:
        hw += "半"
    return _part(h) + hw


def window_phrase(lo_min, hi_min, rng, en=False):
    """Words for a loss window lo_min >= hi_min (minutes before NOW)."""
    a, b = at(lo_min), at(hi_min)
    if en:
        fa = "%s %d, %02d:%02d" % (["", "Jan"][a.month == 1] or "Dec", a.day, a.hour, a.minute)
        fb = "%02d:%02d" % (b.hour, b.minute)
        if a.date() != b.date():
            fb = "%s %d, %s" % ("Jan" if b.month == 1 else "Dec", b.day, fb)
        return "between %s and %s" % (fa, fb)
    style = "num" if rng.random() < 0.35 else "cn"
    da = day_word(a, rng)
    if a.date() == b.date():
        return "%s%s到%s之间" % (da, clock(a, rng, style), clock(b, rng, style))
    db = day_word(b, rng)
    if db == da:
        db = "%d月%d日" % (b.month, b.day)
    return "%s%s到%s%s之间" % (da, clock(a, rng, style), db, clock(b, rng, style))


def found_phrase(minutes_before, rng):
    t = at(minutes_before)
    if rng.random() < 0.5:
        return "%d月%d日%d时%02d分许" % (t.month, t.day, t.hour, t.minute)
    return "%s%s左右" % (day_word(t, rng, loose=False), clock(t, rng, "cn"))
