#!/usr/bin/env python3
"""Writes tests/lostfound/set35.json, a blind labelled lost-and-found set (see SET35.md).

World: 雪松区 of the invented city 北岭市, in winter (December 2025 - February 2026).
Every object is first drawn as a hidden truth record; the lost report and the found
registration are then written from it separately, each in its own voice and knowing
only what that person could know.  Standard library only, one random.Random(SEED).

Usage: python3 tests/lostfound/make_set35.py [output path]
"""
import datetime
import json
import math
import os
import random
import sys

SEED = 20261235
NN = 35
PFX = "K3"
R = random.Random(SEED)

# The moment of registration that every "minutes before" counts back from.
NOW = datetime.datetime(2026, 2, 27, 20, 0)
START = datetime.datetime(2025, 12, 1, 0, 0)
MAXMIN = 172800


# ---------------------------------------------------------------- small helpers

def pick(seq):
    seq = list(seq)
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def wpick(pairs):
    """pairs: list of (item, weight) in a fixed order."""
    total = sum(w for _, w in pairs)
    x = R.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def sample(seq, k):
    seq = list(seq)
    k = min(k, len(seq))
    return R.sample(seq, k)


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def minutes_before(dt):
    return int(round((NOW - dt).total_seconds() / 60))


def at_minutes(m):
    return NOW - datetime.timedelta(minutes=m)


def dist_m(a, b):
    """metres between (lat, lon) pairs."""
    la1, lo1 = math.radians(a[0]), math.radians(a[1])
    la2, lo2 = math.radians(b[0]), math.radians(b[1])
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371000 * math.asin(math.sqrt(h))


# ---------------------------------------------------------------- numbers

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


REGIONS = {
    "local": ["230102", "230103", "230104", "230108", "230109", "230110", "230111", "230112"],
    "province": ["230183", "230125", "231002", "230602", "232700", "230902", "231102", "230521"],
    "north": ["220102", "150102", "370102", "410105", "130102", "210102", "140105", "220282"],
    "south": ["440106", "440305", "350203", "430102", "330106", "320106", "310115", "450103",
              "360102", "460105", "510104"],
}


def make_idno(region_kind, year_lo, year_hi, male):
    region = pick(REGIONS[region_kind])
    born = datetime.date(R.randint(year_lo, year_hi), 1, 1) + datetime.timedelta(days=R.randrange(365))
    seq = "%02d" % R.randrange(100)
    sex = pick("13579" if male else "02468")
    s17 = region + born.strftime("%Y%m%d") + seq + sex
    return s17 + id_check(s17)


def luhn_digit(payload):
    total = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def make_imei():
    body = pick(["86", "35", "86", "86"]) + digits(12)
    return body + luhn_digit(body)


def imei_forms(imei):
    """ways people write one IMEI; every one keeps all 15 digits."""
    return [
        imei,
        "%s %s %s %s" % (imei[:2], imei[2:8], imei[8:14], imei[14]),
        "%s-%s-%s" % (imei[:8], imei[8:14], imei[14]),
        "%s %s %s %s" % (imei[:4], imei[4:8], imei[8:12], imei[12:]),
        "%s %s" % (imei[:8], imei[8:]),
    ]


def mask_id(idno, how):
    if how == 0:
        return idno[:6] + "********" + idno[14:]
    if how == 1:
        return idno[:4] + "**********" + idno[14:]
    if how == 2:
        return idno[:10] + "****" + idno[14:]
    return idno[:3] + "*" * 11 + idno[14:]


def make_sn(prefix_len=3, n=9):
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    s = "".join(pick(letters) for _ in range(prefix_len))
    for _ in range(n - prefix_len):
        s += pick(letters + "0123456789" + "0123456789")
    return s


# ---------------------------------------------------------------- people

SURNAMES = list("王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN_M = list("伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林阳峰建国庆东海成志胜")
GIVEN_F = list("芳娜敏静丽艳娟霞秀玲桂英红梅琳雪婷慧颖晶洁倩欣悦璐瑶萍岚薇月燕琪")


def make_name(male):
    pool = GIVEN_M if male else GIVEN_F
    s = pick(SURNAMES)
    if chance(0.7):
        return s + pick(pool) + pick(pool)
    return s + pick(pool)


def mask_name(name, how=None):
    how = R.randrange(3) if how is None else how
    if how == 0:
        return name[0] + "某"
    if how == 1:
        return name[0] + "某某"
    return name[0] + "*" * (len(name) - 1)


COLLEGES = ["机械学院", "土木学院", "计算机学院", "材料学院", "外国语学院", "经管学院", "电气学院",
            "化工学院", "建筑学院", "数学学院", "能源学院", "交通学院"]

SOUTH_CITIES = ["广州", "深圳", "厦门", "长沙", "杭州", "南京", "上海", "南宁", "南昌", "海口", "成都", "福州"]
HOME_TOWNS = ["绥化", "齐齐哈尔", "佳木斯", "黑河", "牡丹江", "吉林松原", "内蒙古赤峰", "山东菏泽",
              "河南周口", "河北沧州", "辽宁铁岭", "鸡西"]


# ---------------------------------------------------------------- the world

# key, kind, names (all in use), lat, lon, spots
_PLACES = [
    ("station", "rail", ["北岭站", "北岭火车站", "火车站", "北岭站候车室", "北岭站进站口"], 45.76052, 126.63101,
     ["二楼候车室", "进站安检口", "12号检票口旁", "母婴候车区", "出站口", "售票厅", "小件寄存处旁", "卫生间门口"]),
    ("station_sq", "square", ["站前广场", "北岭站南广场", "火车站南广场", "火车站前广场"], 45.75893, 126.63020,
     ["公交站台", "出租车候客区", "地下通道口", "网约车上客点", "广场台阶", "快餐店门口"]),
    ("m_station", "metro", ["地铁北岭站", "北岭站地铁站", "火车站地铁口", "地铁1号线北岭站", "2号线北岭站"],
     45.75981, 126.63240, ["换乘通道", "A口", "C口扶梯", "1号线站台", "安检机旁", "自动售票机旁"]),
    ("m_songxue", "metro", ["松雪路站", "地铁松雪路站", "1号线松雪路站"], 45.76121, 126.61452,
     ["站台", "B口楼梯", "安检口", "闸机口"]),
    ("m_univ", "metro", ["理工大学站", "地铁理工大学站", "大学城站", "1号线理工大学站"], 45.76311, 126.59020,
     ["站台", "D口扶梯", "闸机口", "安检口"]),
    ("m_xishan", "metro", ["西山屯站", "1号线西山屯站", "西山屯地铁站"], 45.76502, 126.56551,
     ["站台", "终点站车厢", "A口"]),
    ("m_bingdeng", "metro", ["冰灯公园站", "地铁冰灯公园站", "1号线冰灯公园站"], 45.76683, 126.64821,
     ["站台", "B口", "闸机口", "出站扶梯"]),
    ("m_jiangpan", "metro", ["江畔站", "地铁江畔站", "1号线江畔站"], 45.77022, 126.66603,
     ["站台", "A口", "安检口"]),
    ("m_donghua", "metro", ["东桦站", "1号线东桦站", "东桦地铁站"], 45.77251, 126.68502,
     ["站台", "终点站车厢", "B口"]),
    ("m_beiyuan", "metro", ["北苑站", "2号线北苑站", "北苑地铁站"], 45.79052, 126.62881,
     ["站台", "终点站车厢", "A口"]),
    ("m_gov", "metro", ["区政府站", "雪松区政府站", "2号线区政府站"], 45.77601, 126.63012,
     ["站台", "C口", "闸机口"]),
    ("m_yinxing", "metro", ["银杏广场站", "2号线银杏广场站", "银杏广场地铁站"], 45.74751, 126.63213,
     ["站台", "商场连通口", "闸机口", "B口扶梯"]),
    ("m_hosp", "metro", ["区医院站", "人民医院站", "2号线区医院站"], 45.73822, 126.63352,
     ["站台", "A口", "无障碍电梯"]),
    ("m_nanhu", "metro", ["南湖站", "2号线南湖站", "南湖地铁站"], 45.72601, 126.63503,
     ["站台", "终点站车厢", "C口"]),
    ("u_gate", "univ", ["理工大学南门", "北岭理工大学南门", "岭工大南门", "理工大南门"], 45.76421, 126.58782,
     ["门卫室旁", "南门公交站", "共享单车停放点", "校门口台阶"]),
    ("u_library", "univ", ["理工大学图书馆", "岭工大图书馆", "理工大图书馆", "图书馆（理工大）"], 45.76683, 126.58612,
     ["三楼自习区", "一楼存包柜", "五楼阅览室", "门口闸机", "二楼电子阅览室"]),
    ("u_canteen1", "univ", ["一食堂", "第一食堂", "理工大一食堂", "学一食堂"], 45.76592, 126.58931,
     ["二楼麻辣烫窗口", "一楼餐桌", "洗碗池旁", "门口棉门帘处"]),
    ("u_canteen2", "univ", ["二食堂", "第二食堂", "学二食堂", "理工大二食堂"], 45.76812, 126.58402,
     ["三楼小炒", "一楼饺子窗口", "靠窗餐桌", "楼梯口"]),
    ("u_dorm", "univ", ["丁香公寓", "丁香公寓3号楼", "理工大丁香园宿舍", "丁香宿舍区"], 45.76931, 126.58853,
     ["楼下自行车棚", "一楼大厅", "洗衣房", "宿舍楼门口雪堆旁"]),
    ("u_rink", "univ", ["理工大体育馆", "理工大学冰场", "学校冰场", "体育馆冰场"], 45.76502, 126.58203,
     ["换鞋区", "冰场围栏边", "看台", "更衣室"]),
    ("u_main", "univ", ["主楼", "理工大主楼", "主楼A区", "教学主楼"], 45.76622, 126.58802,
     ["A区302教室", "一楼大厅", "卫生间", "B区楼梯间"]),
    ("u_express", "delivery", ["理工大快递驿站", "校园快递中心", "南区快递点"], 45.76372, 126.59011,
     ["取件货架", "门口", "寄件台"]),
    ("icepark", "park", ["冰雪大观园", "冰灯公园", "冰雪园", "冰雪大观园景区"], 45.76903, 126.65052,
     ["大滑梯排队处", "冰灯主塔下", "雪雕区", "游客中心", "出口检票处", "暖房休息区", "冰上自行车场地"]),
    ("ski_bus", "bus", ["滑雪专线车", "雪场大巴", "滑雪场专线大巴", "雪松岭旅游专线"], 45.75911, 126.62962,
     ["车上后排座位", "行李舱", "上车点", "车门台阶"]),
    ("ski_resort", "ski", ["雪松岭滑雪场", "雪松岭雪场", "滑雪场", "雪松岭"], 45.61852, 126.88703,
     ["雪具大厅", "初级道", "魔毯旁", "更衣室", "雪具租赁处", "餐厅"]),
    ("mall_yx", "mall", ["银杏广场购物中心", "银杏广场", "银杏广场商场", "银杏mall"], 45.74802, 126.63301,
     ["一楼服务台旁", "B1美食广场", "五楼影院", "三楼女装区", "四楼卫生间", "儿童乐园"]),
    ("mall_kx", "mall", ["凯旋汇", "凯旋汇购物中心", "凯旋汇商场"], 45.75512, 126.60933,
     ["一楼化妆品区", "超市收银台", "三楼运动品牌区", "停车场电梯厅"]),
    ("hospital", "hospital", ["雪松区人民医院", "区人民医院", "区医院", "人民医院门诊楼"], 45.73781, 126.63522,
     ["门诊大厅", "挂号收费处", "住院部电梯", "输液室", "药房窗口", "CT室外走廊"]),
    ("hospital3", "hospital", ["北岭市第三医院", "市三院", "三院"], 45.78121, 126.61022,
     ["急诊大厅", "儿科候诊区", "门诊二楼", "停车场"]),
    ("mkt_hualin", "market", ["桦林早市", "桦林街早市", "桦林街的早市"], 45.75252, 126.62101,
     ["冻货区", "卖粘豆包的摊位", "鱼摊", "水果摊", "熟食摊"]),
    ("mkt_hongxing", "market", ["红星农贸市场", "红星菜市场", "红星市场"], 45.77902, 126.64052,
     ["蔬菜区", "肉摊", "门口棉帘", "调料摊"]),
    ("c_songxue", "community", ["松雪社区", "松雪小区", "松雪路小区"], 45.76183, 126.61802,
     ["8号楼门口", "小区南门", "垃圾站旁", "单元门口雪堆"]),
    ("c_dingxiang", "community", ["丁香社区", "丁香小区", "丁香里小区"], 45.75421, 126.60123,
     ["3号楼下", "社区活动室", "健身器材旁", "小区北门"]),
    ("c_jiangpan", "community", ["江畔社区", "江畔家园", "江畔小区"], 45.77181, 126.66323,
     ["12号楼门口", "地下车库入口", "快递柜旁", "小区东门"]),
    ("c_beiyuan", "community", ["北苑社区", "北苑小区", "北苑家属楼"], 45.79121, 126.62552,
     ["5号楼下", "锅炉房旁", "小区大门"]),
    ("d_songxue", "delivery", ["松雪路快递驿站", "松雪社区驿站", "松雪路快递点"], 45.76151, 126.61712,
     ["货架旁", "门口", "寄件台"]),
    ("d_jiangpan", "delivery", ["江畔快递站", "江畔家园驿站", "江畔快递点"], 45.77122, 126.66412,
     ["货架旁", "门口"]),
    ("bath_xs", "bath", ["雪松洗浴中心", "雪松洗浴", "雪松汗蒸馆"], 45.75712, 126.62552,
     ["男宾更衣柜", "女宾更衣区", "休息大厅", "搓澡间", "前台"]),
    ("bath_jq", "bath", ["金泉洗浴", "金泉浴池", "金泉洗浴中心"], 45.77662, 126.63802,
     ["更衣柜", "休息大厅", "二楼自助餐区", "前台"]),
    ("hotpot_tg", "restaurant", ["老铜锅涮肉", "铜锅涮肉（松雪路店）", "老铜锅"], 45.76082, 126.61603,
     ["靠窗卡座", "大厅8号桌", "门口等位区", "包间"]),
    ("hotpot_sc", "restaurant", ["蜀香火锅", "蜀香火锅银杏广场店", "蜀香"], 45.74832, 126.63253,
     ["大厅", "等位区", "包间", "卫生间"]),
    ("bbq", "restaurant", ["江畔烧烤", "老江畔烤肉", "江畔烤肉店"], 45.77052, 126.66182,
     ["大厅", "门口", "二楼"]),
    ("hotel_zq", "hotel", ["站前快捷酒店", "站前宾馆", "火车站对面的快捷酒店"], 45.75843, 126.62802,
     ["前台", "房间", "早餐厅", "电梯口"]),
    ("hotel_xs", "hotel", ["雪松宾馆", "雪松大酒店"], 45.76302, 126.62403,
     ["大堂", "客房", "前台沙发"]),
    ("bus_songxue", "bus", ["松雪路公交站", "雪松路公交站", "松雪路站台"], 45.76202, 126.61602,
     ["候车亭", "站牌旁", "公交车上"]),
    ("school", "school", ["雪松实验小学", "实验小学门口", "实验小学"], 45.75702, 126.61902,
     ["校门口", "接孩子的地方", "门卫室旁"]),
    ("gov", "office", ["雪松区政务服务中心", "区政务大厅", "政务中心"], 45.77652, 126.62902,
     ["取号机旁", "二楼社保窗口", "等候区座椅"]),
    ("jp_park", "park", ["江畔公园", "江畔冰场", "江边冰场"], 45.77252, 126.65801,
     ["冰滑梯", "冰场入口", "江边步道", "冬泳点"]),
]

PLACES = {}
PLACE_ORDER = []
for _k, _kind, _names, _lat, _lon, _spots in _PLACES:
    PLACES[_k] = {"key": _k, "kind": _kind, "names": _names, "lat": _lat, "lon": _lon, "spots": _spots}
    PLACE_ORDER.append(_k)

METRO1 = ["m_xishan", "m_univ", "m_songxue", "m_station", "m_bingdeng", "m_jiangpan", "m_donghua"]
METRO2 = ["m_beiyuan", "m_gov", "m_station", "m_yinxing", "m_hosp", "m_nanhu"]

# places that belong together beyond plain distance
LINKS = {
    "station": ["station_sq", "m_station", "hotel_zq", "ski_bus"],
    "station_sq": ["station", "m_station", "ski_bus", "hotel_zq"],
    "ski_bus": ["ski_resort", "station_sq", "station"],
    "ski_resort": ["ski_bus"],
    "icepark": ["m_bingdeng", "jp_park"],
    "mall_yx": ["m_yinxing", "hotpot_sc"],
    "hospital": ["m_hosp"],
    "u_dorm": ["u_express", "u_canteen1", "u_canteen2"],
}


def neighbours(key, radius=1000):
    here = PLACES[key]
    out = []
    for k in PLACE_ORDER:
        if k == key:
            continue
        p = PLACES[k]
        if dist_m((here["lat"], here["lon"]), (p["lat"], p["lon"])) <= radius:
            out.append(k)
    for k in LINKS.get(key, []):
        if k not in out:
            out.append(k)
    for line in (METRO1, METRO2):
        if key in line:
            i = line.index(key)
            for j in (i - 1, i + 1):
                if 0 <= j < len(line) and line[j] not in out:
                    out.append(line[j])
    return out


def far_places(key, min_m=2500):
    here = PLACES[key]
    return [k for k in PLACE_ORDER
            if dist_m((here["lat"], here["lon"]), (PLACES[k]["lat"], PLACES[k]["lon"])) >= min_m]


def jitter(key, metres=150):
    p = PLACES[key]
    dlat = (R.random() * 2 - 1) * metres / 111000.0
    dlon = (R.random() * 2 - 1) * metres / (111000.0 * math.cos(math.radians(p["lat"])))
    return round(p["lat"] + dlat, 6), round(p["lon"] + dlon, 6)


def line_of(key):
    if key in METRO1 and key in METRO2:
        return pick(["1号线", "2号线"])
    if key in METRO1:
        return "1号线"
    if key in METRO2:
        return "2号线"
    return ""


# ---------------------------------------------------------------- time words

LUNAR = {
    datetime.date(2025, 12, 24): "平安夜",
    datetime.date(2026, 1, 1): "元旦",
    datetime.date(2026, 1, 26): "腊八",
    datetime.date(2026, 2, 10): "小年",
    datetime.date(2026, 2, 15): "腊月二十八",
    datetime.date(2026, 2, 16): "除夕",
    datetime.date(2026, 2, 17): "大年初一",
    datetime.date(2026, 2, 18): "初二",
    datetime.date(2026, 2, 21): "初五",
}


def tod_word(h):
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
    return "夜里"


def date_words(dt, formal=False):
    d = dt.date()
    if formal:
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if d in LUNAR and chance(0.5):
        return LUNAR[d]
    return pick(["%d月%d日" % (d.month, d.day), "%d月%d号" % (d.month, d.day), "%d.%d" % (d.month, d.day),
                 "%d月%d日" % (d.month, d.day)])


def clock_words(dt, formal=False):
    h, m = dt.hour, dt.minute
    if formal:
        if m < 15:
            return "%d时许" % h
        return "%d时%d分许" % (h, m - m % 5)
    h12 = h if h <= 12 else h - 12
    half = "半" if 25 <= m < 45 else ""
    tail = pick(["左右", "多", "", "左右"]) if not half else pick(["左右", ""])
    if m >= 45:
        h12 = h12 + 1 if h12 < 12 else 1
        half = ""
        tail = pick(["左右", "不到", ""])
        if tail == "不到":
            return "不到%d点" % h12
    return "%d点%s%s" % (h12, half, tail)


def when_words(dt, formal=False):
    if formal:
        return date_words(dt, True) + clock_words(dt, True)
    return date_words(dt) + tod_word(dt.hour) + clock_words(dt)


def window_words(t_from, t_to, formal=False):
    """how a person says the window in which the thing went missing."""
    same_day = t_from.date() == t_to.date()
    span_h = (t_to - t_from).total_seconds() / 3600
    if formal:
        if same_day:
            return "%s%s至%s" % (date_words(t_from, True), clock_words(t_from, True), clock_words(t_to, True))
        return "%s%s至%s%s" % (date_words(t_from, True), clock_words(t_from, True),
                              date_words(t_to, True), clock_words(t_to, True))
    if span_h <= 1.5:
        return date_words(t_from) + tod_word(t_from.hour) + clock_words(t_from)
    if same_day:
        a, b = tod_word(t_from.hour), tod_word(t_to.hour)
        if a == b:
            return date_words(t_from) + a + pick(["", "的时候"])
        return "%s%s%s到%s%s" % (date_words(t_from), a, clock_words(t_from), b, clock_words(t_to))
    if span_h <= 40:
        return "%s%s到%s%s之间" % (date_words(t_from), tod_word(t_from.hour), date_words(t_to), tod_word(t_to.hour))
    return pick(["%s到%s这几天" % (date_words(t_from), date_words(t_to)),
                 "%s至%s期间，具体哪天记不清了" % (date_words(t_from), date_words(t_to)),
                 "大概%s以后，%s才发现" % (date_words(t_from), date_words(t_to))])


# ---------------------------------------------------------------- colours and brands

COLORS = {
    "black": (["黑色", "纯黑", "曜石黑", "哑光黑", "亮黑色"], ["黑色", "黑", "黑色的"], ["黑色", "黑", "深色", "黑色的", "黑"]),
    "white": (["白色", "珍珠白", "米白色", "象牙白"], ["白色", "白", "白的"], ["白色", "白", "浅色", "米白色"]),
    "grey": (["灰色", "深空灰", "浅灰色", "烟灰色"], ["灰色", "灰", "灰的"], ["灰色", "灰", "灰色的"]),
    "silver": (["银色", "银白色", "亮银色"], ["银色", "银的"], ["银色", "银灰色", "银白色"]),
    "gold": (["金色", "香槟金", "流光金"], ["金色", "金的"], ["金色", "金黄色", "香槟色"]),
    "rose": (["玫瑰金", "樱花粉", "粉色", "浅粉"], ["粉色", "粉的", "粉红色"], ["粉色", "粉红色", "浅粉色"]),
    "red": (["红色", "大红色", "酒红色", "枣红色"], ["红色", "红的"], ["红色", "红", "暗红色"]),
    "blue": (["蓝色", "深蓝色", "藏青色", "宝蓝色", "远峰蓝"], ["蓝色", "蓝的"], ["蓝色", "蓝", "深蓝色"]),
    "green": (["绿色", "墨绿色", "军绿色", "松石绿"], ["绿色", "绿的"], ["绿色", "墨绿色", "深绿色"]),
    "brown": (["棕色", "咖啡色", "驼色", "卡其色"], ["棕色", "咖啡色"], ["棕色", "咖啡色", "褐色", "黄褐色"]),
    "purple": (["紫色", "香芋紫", "淡紫色"], ["紫色", "紫的"], ["紫色", "浅紫色"]),
    "yellow": (["黄色", "明黄色", "姜黄色"], ["黄色", "黄的"], ["黄色", "黄"]),
    "orange": (["橙色", "橘色", "亮橙色"], ["橙色", "橘黄色"], ["橙色", "橘色"]),
}
COLOR_FAMS = sorted(COLORS)


def color_owner(fam, shade):
    shades, plain, _ = COLORS[fam]
    if chance(0.5):
        return shade
    return pick(plain)


def color_finder(fam):
    return pick(COLORS[fam][2])


def cadj(fam):
    """an owner's colour word to put before a noun."""
    return pick([w for w in COLORS[fam][1] if w.endswith("色")] + [w for w in COLORS[fam][1] if w.endswith("的")])


def cfadj(fam):
    """a finder's colour word to put before a noun."""
    return pick([w for w in COLORS[fam][2] if w.endswith("色")])


FANCY = {"曜石黑", "亮黑色", "深空灰", "流光金", "远峰蓝", "松石绿", "珍珠白", "香槟金", "樱花粉", "玫瑰金", "香芋紫"}


# brand key -> (owner forms with weights, finder forms with weights)
BRANDS = {
    "huawei": ([("华为", 6), ("HUAWEI", 2), ("Huawei", 1), ("华伟", 1), ("huawei", 1)],
               [("华为", 5), ("HUAWEI", 3), ("华为（HUAWEI）", 1)]),
    "apple": ([("苹果", 6), ("iPhone", 3), ("Apple", 1), ("apple", 1), ("平果", 1)],
              [("苹果", 7), ("Apple", 1), ("苹果（看摄像头像是）", 1)]),
    "xiaomi": ([("小米", 6), ("Xiaomi", 2), ("MI", 1), ("xiaomi", 1)], [("小米", 5), ("Xiaomi", 2), ("MI", 1)]),
    "oppo": ([("OPPO", 5), ("oppo", 2), ("欧珀", 1)], [("OPPO", 6), ("oppo", 1)]),
    "vivo": ([("vivo", 5), ("VIVO", 2), ("维沃", 1)], [("vivo", 6), ("VIVO", 1)]),
    "honor": ([("荣耀", 6), ("HONOR", 2), ("Honor", 1), ("荣耀（华为的那个）", 1)], [("荣耀", 4), ("HONOR", 3)]),
    "samsung": ([("三星", 6), ("Samsung", 2), ("SAMSUNG", 1)], [("三星", 4), ("SAMSUNG", 3)]),
    # leather, bags, clothes
    "septwolves": ([("七匹狼", 5), ("SEPTWOLVES", 1)], [("七匹狼", 4), ("SEPTWOLVES", 2)]),
    "goldlion": ([("金利来", 5), ("Goldlion", 1)], [("金利来", 4), ("Goldlion", 2), ("GOLDLION", 1)]),
    "coach": ([("COACH", 3), ("蔻驰", 3), ("coach", 1), ("寇驰", 1)], [("COACH", 5), ("蔻驰", 1)]),
    "muji": ([("无印良品", 4), ("MUJI", 2)], [("MUJI", 4), ("无印良品", 2)]),
    "ck": ([("小CK", 4), ("CHARLES & KEITH", 1), ("Charles&Keith", 1)], [("CHARLES & KEITH", 3), ("小CK", 1)]),
    "samsonite": ([("新秀丽", 5), ("Samsonite", 2), ("新秀力", 1)], [("Samsonite", 4), ("新秀丽", 3)]),
    "tnf": ([("北面", 5), ("The North Face", 2), ("TNF", 1)], [("THE NORTH FACE", 3), ("北面", 3)]),
    "decathlon": ([("迪卡侬", 5), ("Decathlon", 1), ("迪卡农", 1)], [("迪卡侬", 3), ("DECATHLON", 3)]),
    "anta": ([("安踏", 5), ("ANTA", 2)], [("安踏", 3), ("ANTA", 3)]),
    "lining": ([("李宁", 5), ("LI-NING", 1), ("Li Ning", 1)], [("李宁", 4), ("LI-NING", 2)]),
    "bosideng": ([("波司登", 5), ("BOSIDENG", 1), ("波斯登", 1)], [("波司登", 4), ("BOSIDENG", 2)]),
    "uniqlo": ([("优衣库", 5), ("UNIQLO", 1)], [("优衣库", 3), ("UNIQLO", 3)]),
    "xuezhongfei": ([("雪中飞", 5)], [("雪中飞", 5)]),
    # vehicles
    "yadea": ([("雅迪", 6), ("Yadea", 1), ("雅蒂", 1)], [("雅迪", 5), ("Yadea", 1)]),
    "aima": ([("爱玛", 6), ("AIMA", 1)], [("爱玛", 5), ("AIMA", 1)]),
    "tailg": ([("台铃", 6), ("TAILG", 1), ("台玲", 1)], [("台铃", 5), ("TAILG", 1)]),
    "ninebot": ([("九号", 5), ("Ninebot", 1), ("小米九号", 1)], [("九号", 4), ("Ninebot", 2)]),
    "niu": ([("小牛", 6), ("NIU", 1)], [("小牛", 4), ("NIU", 2)]),
    "sunra": ([("新日", 6)], [("新日", 5), ("SUNRA", 1)]),
    "giant": ([("捷安特", 6), ("GIANT", 2), ("捷安特giant", 1)], [("捷安特", 4), ("GIANT", 3)]),
    "xds": ([("喜德盛", 6), ("XDS", 1)], [("喜德盛", 4), ("XDS", 2)]),
    "merida": ([("美利达", 6), ("MERIDA", 1)], [("美利达", 4), ("MERIDA", 2)]),
    "forever": ([("永久", 6)], [("永久", 5), ("FOREVER", 1)]),
    "phoenix": ([("凤凰", 6)], [("凤凰", 5)]),
    "vw": ([("大众", 5), ("VW", 1)], [("大众", 5)]),
    "toyota": ([("丰田", 5)], [("丰田", 5)]),
    "byd": ([("比亚迪", 5), ("BYD", 1)], [("比亚迪", 4), ("BYD", 2)]),
    "buick": ([("别克", 5)], [("别克", 5)]),
    "haval": ([("哈弗", 5), ("长城哈弗", 1)], [("哈弗", 4)]),
    # jewellery
    "ctf": ([("周大福", 6), ("CTF", 1)], [("周大福", 5), ("CTF", 1)]),
    "lfx": ([("老凤祥", 6)], [("老凤祥", 5)]),
    "css": ([("周生生", 6)], [("周生生", 5)]),
    "pandora": ([("潘多拉", 5), ("Pandora", 2)], [("PANDORA", 3), ("潘多拉", 2)]),
    "swarovski": ([("施华洛世奇", 5), ("Swarovski", 1), ("施华洛士奇", 1)], [("施华洛世奇", 3), ("SWAROVSKI", 2)]),
    # electronics
    "lenovo": ([("联想", 6), ("Lenovo", 2), ("ThinkPad", 1)], [("联想", 4), ("Lenovo", 3)]),
    "canon": ([("佳能", 6), ("Canon", 2)], [("Canon", 4), ("佳能", 3)]),
    "sony": ([("索尼", 6), ("Sony", 2)], [("SONY", 4), ("索尼", 3)]),
    "fuji": ([("富士", 6), ("FUJIFILM", 1)], [("FUJIFILM", 4), ("富士", 2)]),
    "romoss": ([("罗马仕", 6), ("ROMOSS", 1)], [("ROMOSS", 3), ("罗马仕", 3)]),
    "anker": ([("安克", 4), ("Anker", 3)], [("Anker", 5), ("安克", 1)]),
    "dji": ([("大疆", 6), ("DJI", 2)], [("DJI", 4), ("大疆", 3)]),
    "nintendo": ([("任天堂", 4), ("Switch", 3), ("Nintendo", 1)], [("任天堂", 3), ("Nintendo", 3)]),
    "amazon": ([("Kindle", 5), ("亚马逊", 2)], [("Kindle", 5), ("亚马逊Kindle", 1)]),
    # cups, glasses
    "thermos": ([("膳魔师", 5), ("THERMOS", 2)], [("THERMOS", 4), ("膳魔师", 2)]),
    "zojirushi": ([("象印", 6)], [("象印", 4), ("ZOJIRUSHI", 2)]),
    "fuguang": ([("富光", 6)], [("富光", 5)]),
}
BRAND_NAMES = sorted(BRANDS)


def brand_owner(key):
    return wpick(BRANDS[key][0])


def brand_finder(key):
    return wpick(BRANDS[key][1])


def brand_plain(key):
    return BRANDS[key][0][0][0]


# ---------------------------------------------------------------- owners

PERSONA_REGION = {"student": None, "elderly": "local", "migrant": None, "tourist": "south",
                  "driver": "local", "local": "local", "rider": None}


def make_person(persona):
    p = {"persona": persona}
    if persona == "student":
        p["male"] = chance(0.5)
        p["age"] = R.randint(18, 24)
        p["region"] = wpick([("local", 3), ("province", 4), ("north", 2), ("south", 1)])
        p["college"] = pick(COLLEGES)
        year = 2025 - (p["age"] - 18) if p["age"] <= 22 else R.choice([2022, 2023])
        year = max(2019, min(2025, year))
        p["stuno"] = "%d%02d%04d" % (year, COLLEGES.index(p["college"]) + 1, R.randrange(1, 9999))
        p["grade"] = {2025: "大一", 2024: "大二", 2023: "大三", 2022: "大四"}.get(year, "研究生")
        p["by"] = (2025 - p["age"], 2025 - p["age"])
    elif persona == "elderly":
        p["male"] = chance(0.4)
        p["age"] = R.randint(63, 86)
        p["region"] = "local"
        p["kin"] = pick(["爷爷", "姥爷"] if p["male"] else ["奶奶", "姥姥"])
    elif persona == "migrant":
        p["male"] = chance(0.72)
        p["age"] = R.randint(24, 58)
        p["region"] = wpick([("province", 5), ("north", 3)])
        p["home"] = pick(HOME_TOWNS)
        p["job"] = pick(["工地上干活", "饭店后厨", "装修", "物流园搬货", "保洁", "厂里打工", "送水"])
    elif persona == "tourist":
        p["male"] = chance(0.45)
        p["age"] = R.randint(20, 48)
        p["region"] = "south"
        p["city"] = pick(SOUTH_CITIES)
    elif persona == "driver":
        p["male"] = chance(0.88)
        p["age"] = R.randint(32, 59)
        p["region"] = "local"
    elif persona == "rider":
        p["male"] = chance(0.8)
        p["age"] = R.randint(21, 46)
        p["region"] = wpick([("province", 4), ("north", 2), ("local", 2)])
    else:
        p["male"] = chance(0.5)
        p["age"] = R.randint(24, 62)
        p["region"] = wpick([("local", 6), ("province", 2)])
    p["name"] = make_name(p["male"])
    born_y = 2025 - p["age"]
    p["idno"] = make_idno(p["region"], born_y, born_y, p["male"])
    p["phone_tail"] = digits(4)
    return p


# ---------------------------------------------------------------- objects
#
# An object is a dict:
#   cat, cat_f      the category the owner files and the one the finder files
#   kind            canonical kind (a fact), o_noun / f_noun: nouns each side uses
#   color, shade    colour family and exact shade of what one sees first (or None)
#   f_colorfam      colour family the finder sees (a case can hide the phone)
#   brand, brand_vis, model, model_o, model_f
#   serials         list of feature dicts that can also fill the serial field
#   feats           list of feature dicts: k (fact key or None), val, o / f phrase lists
#                   (None when that side cannot know it), po / pf chances of saying it

def FT(k, val, o=None, f=None, po=0.5, pf=0.5, so=None, sf=None):
    """a feature; so / sf: serial-field forms for the owner / the finder."""
    return {"k": k, "val": val, "o": o, "f": f, "po": po, "pf": pf, "so": so, "sf": sf}


def base_obj(cat, kind, o_noun, f_noun):
    return {"cat": cat, "cat_f": cat, "kind": kind, "o_noun": o_noun, "f_noun": f_noun,
            "color": None, "shade": None, "f_colorfam": None, "brand": None, "brand_vis": 0.0,
            "model": None, "model_forms": [], "model_o": 0.0, "model_f": 0.0, "serials": [], "feats": [],
            "o_color_p": 0.75, "f_color_p": 0.85, "desc_color": cat != "keys", "desc_brand": cat != "keys"}


def set_color(obj, fam):
    obj["color"] = fam
    shades = COLORS[fam][0]
    if obj["cat"] not in ("phone", "electronics"):
        shades = [x for x in shades if x not in FANCY] or shades
    obj["shade"] = pick(shades)
    obj["f_colorfam"] = fam


PHONE_MODELS = {
    "huawei": ["Mate 88", "Mate 88 Pro", "nova 19", "Pura 95", "畅享 90"],
    "apple": ["iPhone 19", "iPhone 19 Pro", "iPhone 18", "iPhone 18 Plus", "iPhone 19 Pro Max"],
    "xiaomi": ["小米 19", "小米 19 Ultra", "Redmi K95", "Redmi Note 19"],
    "oppo": ["Reno 19", "Find X12", "A8 Pro"],
    "vivo": ["X500", "S35", "Y600"],
    "honor": ["Magic 11", "荣耀 700", "X90"],
    "samsung": ["Galaxy S29", "Galaxy A79"],
}
PHONE_COLORS = {
    "huawei": ["black", "white", "green", "purple", "silver"],
    "apple": ["black", "white", "blue", "gold", "purple", "silver"],
    "xiaomi": ["black", "white", "blue", "green"],
    "oppo": ["black", "blue", "purple", "gold"],
    "vivo": ["black", "blue", "white", "gold"],
    "honor": ["black", "blue", "white", "purple"],
    "samsung": ["black", "silver", "purple"],
}
LOCK_SCREENS = [("我家橘猫的照片", "一只橘猫"), ("我女儿的照片", "一个小女孩的照片"), ("一张雪景", "雪景图片"),
                ("一个动漫人物", "动漫人物图片"), ("我和我对象的合照", "一男一女合影"), ("海边的风景照", "海边风景"),
                ("系统自带的壁纸", "系统默认壁纸"), ("全家福", "多人合影"), ("我家的狗", "一只小狗的照片"),
                ("我孙子的照片", "一个小男孩的照片"), ("冰灯的照片", "冰灯夜景图"), ("篮球明星", "一个打篮球的人")]
STICKERS = ["小熊", "柯基", "小黄鸭", "樱桃", "星星", "宇航员", "熊猫", "雪人", "橘猫", "奶龙", "皮卡丘", "小恐龙"]
CASE_KINDS = ["硅胶壳", "皮质翻盖壳", "磨砂壳", "带支架的壳", "毛绒壳", "卡通图案壳", "防摔壳"]


def model_forms(m):
    out = [m]
    if " " in m:
        out.append(m.replace(" ", ""))
        out.append(m.lower())
    return out


def gen_phone(owner, brand=None, fam=None):
    if brand is None:
        if owner["persona"] == "elderly":
            brand = wpick([("huawei", 4), ("oppo", 3), ("vivo", 3), ("honor", 2), ("xiaomi", 1)])
        else:
            brand = wpick([("huawei", 5), ("apple", 5), ("xiaomi", 3), ("oppo", 2), ("vivo", 2),
                           ("honor", 2), ("samsung", 1)])
    o = base_obj("phone", "phone", ["手机", "手机", "电话"], ["手机", "手机一部", "智能手机"])
    o["brand"] = brand
    o["model"] = pick(PHONE_MODELS[brand])
    o["model_forms"] = model_forms(o["model"])
    o["model_o"], o["model_f"] = 0.45, 0.04
    set_color(o, fam or pick(PHONE_COLORS[brand]))
    case = wpick([("none", 3), ("clear", 3), ("color", 4)])
    feats = o["feats"]
    if case == "none":
        o["brand_vis"] = 0.75
        feats.append(FT("case", "none", o=["没带壳", "没套手机壳", "裸机没壳"], f=["无手机壳", "没有保护壳"], po=0.25, pf=0.3))
    elif case == "clear":
        o["brand_vis"] = 0.7
        feats.append(FT("case", "clear", o=["套着透明壳", "透明手机壳", "透明的软壳，有点发黄了"],
                        f=["透明手机壳", "外套透明软壳", "透明壳（已发黄）"], po=0.65, pf=0.8))
    else:
        cfam = pick(["black", "white", "pink_", "blue", "green", "purple", "yellow", "brown", "red"])
        cfam = "rose" if cfam == "pink_" else cfam
        ck = pick(CASE_KINDS)
        o["brand_vis"] = 0.25
        o["f_colorfam"] = cfam
        cw = cadj(cfam)
        feats.append(FT("case", (cfam, ck), o=["%s%s" % (cw, ck), "手机壳是%s%s" % (cw, ck)],
                        f=["%s%s" % (cfadj(cfam), ck), "外套%s%s" % (cfadj(cfam), ck)], po=0.8, pf=0.9))
    if chance(0.35):
        loc = pick(["右上角", "左下角", "屏幕中间", "后盖", "左上角", "屏幕底部"])
        feats.append(FT("crack", loc, o=["%s摔裂了" % loc, "%s有裂纹" % loc, "%s有碎纹" % loc],
                        f=["%s有裂痕" % loc, "%s碎裂" % loc], po=0.6, pf=0.7))
    if case != "none" and chance(0.25):
        st = pick(STICKERS)
        feats.append(FT("sticker", st, o=["壳上贴着%s贴纸" % st, "背面有个%s的贴纸" % st],
                        f=["背面有%s图案贴纸" % st, "壳上贴%s贴纸" % st], po=0.7, pf=0.7))
    powered = chance(0.4)
    lock = pick(LOCK_SCREENS)
    feats.append(FT("lock", lock[1], o=["锁屏是%s" % lock[0], "锁屏壁纸是%s" % lock[0]],
                    f=["锁屏图片为%s" % lock[1], "锁屏是%s" % lock[1]] if powered else None, po=0.45, pf=0.75))
    if powered:
        feats.append(FT(None, None, f=["开机状态，有锁屏密码", "有电，已锁屏", "电量很低，锁屏", "开着机，不断有来电"], pf=0.7))
    else:
        feats.append(FT(None, None, o=["天太冷手机冻关机了，打过去一直关机", "打电话已经关机了", "电量本来就不多，估计冻没电了"],
                        f=["已关机", "冻关机了，开不了机", "没电关机", "已关机（冻透了）"], po=0.45, pf=0.8))
    if chance(0.2):
        c = pick(["红色", "黑色", "蓝色", "白色", "粉色"])
        feats.append(FT("lanyard", c, o=["挂着一根%s挂绳" % c], f=["带%s挂绳" % c], po=0.7, pf=0.8))
    if chance(0.15):
        feats.append(FT("ring", True, o=["背面有个指环扣"], f=["背面有指环支架"], po=0.6, pf=0.6))
    feats.append(FT(None, None, o=["手机号尾号%s" % owner["phone_tail"], "我电话号后四位%s" % owner["phone_tail"],
                                  "里面有很多%s的照片" % pick(["孩子", "工作", "家人"]), "微信里有工作群，很着急"], po=0.5))
    # a card tucked into the case shows a name to whoever picks it up
    if case != "none" and owner["persona"] == "student" and chance(0.3):
        feats.append(FT("stuno", owner["stuno"], o=["壳里夹着我的校园卡，学号%s" % owner["stuno"]],
                        f=["壳内夹校园卡一张，姓名%s，学号%s" % (owner["name"], owner["stuno"]),
                           "壳里有张校园卡（%s，%s）" % (owner["college"], owner["stuno"])], po=0.8, pf=0.95,
                        so=[owner["stuno"], "学号" + owner["stuno"]], sf=[owner["stuno"], "学号" + owner["stuno"]]))
        feats.append(FT("name", owner["name"], f=["校园卡姓名%s" % owner["name"]], pf=0.3))
    elif case != "none" and chance(0.15):
        cardno = "3100" + digits(6)
        feats.append(FT("buscard", cardno, o=["壳里夹着一张岭城通公交卡", "手机壳里有张公交卡"],
                        f=["壳内夹岭城通卡一张，卡号%s" % cardno, "壳里有张公交卡"], po=0.6, pf=0.6))
    imei = make_imei()
    o["serials"].append(FT("imei", imei, o=["IMEI是%s" % x for x in imei_forms(imei)] + ["串号%s（盒子上抄的）" % imei],
                           f=["*#06#查得IMEI %s" % imei_forms(imei)[R.randrange(5)]] if powered else None,
                           po=0.32, pf=0.35, so=imei_forms(imei), sf=imei_forms(imei)))
    return o


BANKS = ["工商银行", "建设银行", "农业银行", "中国银行", "邮储银行", "北岭农商银行", "招商银行"]


def bank_card(owner_name=None):
    bank = pick(BANKS)
    tail = digits(4)
    prefix = pick(["6222", "6217", "6228", "6214", "6230", "6226"])
    return bank, tail, prefix


def card_tail_feats(bank, tail, prefix, po=0.7, pf=0.6):
    return FT("tail", tail,
              o=["%s卡尾号%s" % (bank, tail), "%s的银行卡，卡号后四位%s" % (bank, tail), "一张%s卡（%s****%s）" % (bank, prefix, tail)],
              f=["%s卡一张，尾号%s" % (bank, tail), "%s银行卡（%s****%s）" % (bank, prefix, tail), "%s卡 卡号末四位%s" % (bank, tail)],
              po=po, pf=pf,
              so=["尾号" + tail, tail, "%s****%s" % (prefix, tail), "%s ****%s" % (prefix, tail)],
              sf=["%s****%s" % (prefix, tail), "尾号" + tail, "%s******%s" % (prefix, tail)])


def id_feats(person, po=0.45, pf=0.85, name_pf=0.9):
    idno = person["idno"]
    mk = pick([0, 1, 2, 3])
    return [
        FT("idno", idno,
           o=["身份证号%s" % idno, "身份证号是%s" % idno, "身份证号%s" % mask_id(idno, mk),
              "身份证号后四位%s" % idno[-4:]],
           f=["身份证号%s" % idno, "公民身份号码%s" % idno, "身份证号%s" % mask_id(idno, mk)],
           po=po, pf=pf, so=[idno, mask_id(idno, mk), idno], sf=[idno, mask_id(idno, mk), idno]),
        FT("name", person["name"], o=None, f=["姓名%s" % person["name"], "姓名：%s" % person["name"], "名字是%s" % person["name"]],
           pf=name_pf),
    ]


def gen_id_doc(owner, doc=None, fam=None):
    per = owner["persona"]
    if doc is None:
        opts = [("身份证", 6), ("银行卡", 2)]
        if per == "student":
            opts += [("学生证", 4), ("校园卡", 4), ("公交卡", 1)]
        if per in ("local", "driver"):
            opts += [("驾驶证", 4), ("社保卡", 2), ("工作证", 1)]
        if per == "elderly":
            opts += [("老年卡", 4), ("社保卡", 4), ("医保卡", 2)]
        if per == "tourist":
            opts += [("护照", 2)]
        if per in ("migrant", "rider"):
            opts += [("驾驶证", 1), ("社保卡", 1)]
        doc = wpick(opts)
    nouns = {"身份证": (["身份证", "二代身份证", "身份证", "身分证"], ["居民身份证一张", "身份证", "身份证一张"]),
             "学生证": (["学生证", "学生证"], ["学生证一本", "学生证"]),
             "校园卡": (["校园卡", "饭卡", "一卡通"], ["校园卡一张", "理工大校园卡", "校园一卡通"]),
             "公交卡": (["公交卡", "岭城通", "学生公交卡"], ["岭城通卡一张", "公交卡"]),
             "驾驶证": (["驾驶证", "驾照", "驾驶本"], ["机动车驾驶证一本", "驾驶证"]),
             "社保卡": (["社保卡", "社会保障卡"], ["社会保障卡一张", "社保卡"]),
             "医保卡": (["医保卡", "医保本"], ["医保卡一张", "医疗保险卡"]),
             "老年卡": (["老年卡", "老年优待证", "老年证"], ["老年优待卡一张", "老年卡"]),
             "护照": (["护照", "护照本"], ["护照一本", "因私护照"]),
             "工作证": (["工作证", "工牌", "工作牌"], ["工作证一个", "工牌"]),
             "银行卡": (["银行卡", "借记卡", "卡"], ["银行卡一张", "借记卡一张"])}[doc]
    o = base_obj("id_doc", doc, nouns[0], nouns[1])
    feats = o["feats"]
    if doc in ("身份证", "驾驶证", "社保卡"):
        idft, nameft = id_feats(owner, po=0.5, pf=0.85)
        o["serials"].append(idft)
        nameft["o"] = ["名字是%s" % owner["name"], "姓名%s" % owner["name"], "上面的名字是%s" % owner["name"],
                       "我叫%s" % owner["name"] if owner["persona"] != "elderly" else "老人叫%s" % owner["name"]]
        nameft["po"] = 0.85
        feats.append(nameft)
        if doc == "驾驶证":
            feats.append(FT("dl_class", pick(["C1", "C2", "B2", "A2"]), o=None, f=None))
            set_color(o, fam or pick(["black", "brown", "blue"]))
            o["o_noun"] = [n + pick(["（带皮套）", "", ""]) for n in o["o_noun"]]
        if doc == "社保卡":
            bank, tail, prefix = bank_card()
            feats.append(card_tail_feats(bank, tail, prefix, po=0.35, pf=0.6))
    elif doc in ("学生证", "校园卡"):
        sn = owner.get("stuno") or ("2024%02d%04d" % (R.randrange(1, 13), R.randrange(9999)))
        o["serials"].append(FT("stuno", sn, o=["学号%s" % sn, "学号是%s" % sn],
                               f=["学号%s" % sn, "学号：%s" % sn], po=0.6, pf=0.85,
                               so=[sn, "学号" + sn], sf=[sn, "学号" + sn]))
        feats.append(FT("name", owner["name"], o=["名字%s" % owner["name"], "我叫%s" % owner["name"]],
                        f=["姓名%s" % owner["name"], "%s（%s）" % (owner["name"], owner.get("college", ""))], po=0.8, pf=0.85))
        if owner.get("college"):
            feats.append(FT("college", owner["college"], o=["%s的" % owner["college"]], f=["%s" % owner["college"]], po=0.4, pf=0.5))
        set_color(o, fam or ("red" if doc == "学生证" else pick(["blue", "white"])))
        if doc == "校园卡" and chance(0.4):
            feats.append(FT("balance", None, o=["卡里还有%d多块钱" % R.randrange(20, 300)], po=0.5))
    elif doc in ("老年卡", "医保卡", "工作证", "公交卡"):
        num = digits(10) if doc != "工作证" else "GH" + digits(5)
        o["serials"].append(FT("cardno", num, o=["卡号%s" % num], f=["卡号%s" % num, "编号%s" % num],
                               po=0.2, pf=0.6, so=[num], sf=[num]))
        if doc != "公交卡" or chance(0.3):
            feats.append(FT("name", owner["name"], o=["名字是%s" % owner["name"], "上面是%s的名字" % owner["name"]],
                            f=["姓名%s" % owner["name"], "卡面姓名%s" % owner["name"]], po=0.8, pf=0.85))
        if doc == "工作证":
            comp = pick(["北岭热力公司", "雪松区环卫所", "北岭地铁运营公司", "雪松区人民医院", "江畔物业"])
            feats.append(FT("org", comp, o=["%s的工作证" % comp], f=["单位：%s" % comp], po=0.8, pf=0.9))
            set_color(o, fam or pick(["blue", "red", "black"]))
        elif doc == "老年卡":
            set_color(o, fam or pick(["red", "green"]))
        o["o_color_p"] = 0.3
    elif doc == "护照":
        num = "E" + digits(8)
        o["serials"].append(FT("passport", num, o=["护照号%s" % num], f=["护照号%s" % num, "证件号码%s" % num],
                               po=0.4, pf=0.85, so=[num], sf=[num]))
        feats.append(FT("name", owner["name"], o=["名字%s" % owner["name"]], f=["姓名%s" % owner["name"]], po=0.8, pf=0.85))
        set_color(o, fam or "red")
    else:  # bank card
        bank, tail, prefix = bank_card()
        ft = card_tail_feats(bank, tail, prefix, po=0.8, pf=0.9)
        o["serials"].append(ft)
        o["brand_text"] = bank
        o["o_color_p"] = 0.2
        if fam:
            set_color(o, fam)
    # a holder or extra cards
    if o["color"] is None and chance(0.45):
        hfam = fam or pick(["black", "brown", "blue", "rose", "white", "green"])
        hk = pick(["卡套", "皮卡套", "透明卡套", "挂绳卡套"])
        set_color(o, hfam)
        cw = cadj(hfam)
        feats.append(FT("holder", (hfam, hk), o=["装在%s%s里" % (cw, hk), "套着%s%s" % (cw, hk)],
                        f=["%s%s内" % (cfadj(hfam), hk), "装于%s%s" % (cfadj(hfam), hk)], po=0.8, pf=0.9))
    elif o["color"] is None and fam:
        set_color(o, fam)
        o["o_color_p"] = 0.3
    if doc != "银行卡" and chance(0.3):
        bank, tail, prefix = bank_card()
        feats.append(card_tail_feats(bank, tail, prefix, po=0.6, pf=0.7))
        o["o_noun"] = [n + "和银行卡" for n in o["o_noun"][:2]]
        o["f_noun"] = [n + "及银行卡" for n in o["f_noun"][:2]]
    return o


def approx_amount(a):
    """what an owner says about a sum he did not count: (words, lo, hi)."""
    if a < 100:
        return pick(["几十块钱", "%d来块钱" % (a // 10 * 10)]), 10, 100
    if chance(0.2):
        return "%d元" % a, a, a
    if a < 1000:
        h = a // 100 * 100
        return pick(["%d多块钱" % h, "%d多" % h, "差不多%d块" % (int(round(a, -2)))]), h - 50, h + 150
    t = a // 1000 * 1000
    return pick(["%d多" % t, "大概%d左右" % int(round(a, -2)), "%d多块钱" % t]), t - 200, t + 1200


def gen_wallet(owner, brand=None, fam=None, kind=None):
    kind = kind or wpick([("长款钱包", 3), ("短款钱包", 4), ("卡包", 3), ("零钱包", 2)])
    nouns = {"长款钱包": (["长款钱包", "钱包", "长钱包"], ["长款钱包一个", "钱包", "长款皮夹"]),
             "短款钱包": (["钱包", "短款钱包", "皮夹子"], ["钱包一个", "短款钱包", "皮夹"]),
             "卡包": (["卡包", "卡夹", "钱包（卡包）"], ["卡包一个", "卡夹", "小卡包"]),
             "零钱包": (["零钱包", "小钱包"], ["零钱包一个", "小钱包", "零钱袋"])}[kind]
    o = base_obj("wallet", kind, nouns[0], nouns[1])
    if brand is None and chance(0.55):
        brand = pick(["septwolves", "goldlion"] if owner["male"] else ["coach", "ck", "muji", "coach"])
    o["brand"] = brand
    o["brand_vis"] = 0.7
    set_color(o, fam or pick(["black", "black", "brown", "red", "rose", "blue", "white", "grey", "green", "purple"]))
    mat = pick(["真皮", "皮质", "PU", "帆布", "针织", "漆皮"])
    feats = o["feats"]
    feats.append(FT("material", mat, o=["%s的" % mat], f=["%s材质" % mat], po=0.35, pf=0.45))
    if kind != "卡包" or chance(0.4):
        a = wpick([(R.randint(12, 95), 2), (R.randint(100, 900), 5), (R.randint(1000, 4000), 2)])
        words, lo, hi = approx_amount(a)
        feats.append(FT("amount", (lo, hi), o=["里面有%s现金" % words, "大概有%s" % words, "现金%s" % words], po=0.8))
        feats.append(FT("amount", a, f=["内有现金%d元" % a, "现金人民币%d元" % a, "现金%d元（已清点）" % a], pf=0.75))
    if chance(0.45):
        idft, nameft = id_feats(owner, po=0.45, pf=0.85, name_pf=0.9)
        o["serials"].append(idft)
        feats.append(FT("hasid", True, o=["里面有我的身份证", "身份证也在里面", "身份证在里头"],
                        f=["内有身份证一张", "有居民身份证一张"], po=0.9, pf=0.95))
        nameft["o"] = ["身份证上是%s" % owner["name"], "名字%s" % owner["name"]]
        nameft["po"] = 0.6
        feats.append(nameft)
    for _ in range(wpick([(0, 3), (1, 4), (2, 3)])):
        bank, tail, prefix = bank_card()
        ft = card_tail_feats(bank, tail, prefix, po=0.55, pf=0.65)
        if not o["serials"] and chance(0.6):
            o["serials"].append(ft)
        else:
            feats.append(ft)
    if chance(0.4):
        c = pick(["银杏广场会员卡", "理发店会员卡", "加油卡", "岭城通公交卡", "超市购物卡", "洗浴中心会员卡", "药店会员卡"])
        feats.append(FT("card:" + c, True, o=["还有一张%s" % c], f=["%s一张" % c], po=0.5, pf=0.6))
    if chance(0.15):
        ph = pick([("我儿子一岁时的照片", "一张婴儿照片"), ("我和我爱人的合照", "一张两人合影"), ("一寸照片", "几张一寸照片"),
                   ("我妈的照片", "一张老年妇女照片")])
        feats.append(FT("photo", ph[1], o=["夹着%s" % ph[0]], f=["夹有%s" % ph[1]], po=0.7, pf=0.7))
    if chance(0.12):
        feats.append(FT("charm", "平安符", o=["里面有个平安符"], f=["内有平安符一个"], po=0.6, pf=0.6))
    if chance(0.2):
        feats.append(FT(None, None, o=["还有几张小票", "有几张发票", "还有一张火车票报销凭证"], f=["若干购物小票"], po=0.4, pf=0.4))
    if chance(0.15):
        feats.append(FT("wear", True, o=["边角磨破了", "用了好几年了，挺旧的"], f=["边角磨损", "较旧"], po=0.4, pf=0.5))
    return o


CHARMS = [("毛绒小熊挂件", "brown"), ("平安符", "red"), ("篮球挂件", "orange"), ("小雪人挂件", "white"),
          ("指甲刀", None), ("开瓶器", None), ("皮质钥匙扣", "brown"), ("乐高小人", "yellow"), ("哈士奇玩偶挂件", "grey"),
          ("小葫芦", "yellow"), ("铃铛", "gold"), ("草莓挂件", "red"), ("海绵宝宝挂件", "yellow"), ("小鲸鱼挂件", "blue")]
CAR_BRANDS = ["vw", "toyota", "byd", "buick", "haval"]


def gen_keys(owner, brand=None, fam=None):
    o = base_obj("keys", "keys", ["钥匙", "一串钥匙", "钥匙串", "要是"], ["钥匙一串", "钥匙", "一串钥匙"])
    feats = o["feats"]
    n = R.randint(1, 6)
    lo, hi = (n, n) if chance(0.6) else pick([(max(1, n - 1), max(2, n)), (n, n + 1)])
    ow = "%d把钥匙" % n if lo == hi else pick(["%d、%d把钥匙" % (lo, hi), "%d到%d把钥匙" % (lo, hi)])
    feats.append(FT("keycount", (lo, hi), o=[ow, "一共%s" % ow], po=0.7))
    feats.append(FT("keycount", n, f=["钥匙%d把" % n, "共%d把钥匙" % n, "%d把钥匙" % n], pf=0.8))
    colour = None
    fobbable = ["blue", "red", "yellow", "black", "white", "green"]
    if chance(0.55) or fam in fobbable:
        ff = fam if fam in fobbable else pick(fobbable)
        colour = ff
        feats.append(FT("fob", ff, o=["一个%s门禁扣" % cadj(ff), "%s的门禁卡" % cadj(ff)],
                        f=["%s门禁扣一个" % cfadj(ff), "带%s门禁卡" % cfadj(ff)], po=0.7, pf=0.85))
    if brand in CAR_BRANDS or (brand is None and chance(0.3)):
        cb = brand if brand in CAR_BRANDS else pick(CAR_BRANDS)
        o["brand"] = cb
        o["brand_vis"] = 0.85
        feats.append(FT("carkey", cb, o=["%s车钥匙" % brand_owner(cb), "还有个%s的车钥匙" % brand_owner(cb)],
                        f=["%s汽车遥控钥匙一把" % brand_finder(cb), "带%s车钥匙" % brand_finder(cb)], po=0.9, pf=0.9))
    elif brand in ("yadea", "aima", "tailg") or (brand is None and chance(0.15)):
        eb = brand if brand in ("yadea", "aima", "tailg") else pick(["yadea", "aima", "tailg"])
        o["brand"] = eb
        o["brand_vis"] = 0.7
        feats.append(FT("ebkey", eb, o=["一把%s电动车钥匙" % brand_owner(eb)], f=["%s电动车钥匙一把" % brand_finder(eb)], po=0.8, pf=0.8))
    if chance(0.6):
        ch, cf = pick(CHARMS)
        feats.append(FT("charm", ch, o=["挂着%s" % ch, "钥匙扣上有个%s" % ch], f=["挂%s" % ch, "带%s" % ch], po=0.85, pf=0.85))
        if colour is None and cf:
            colour = cf
    if chance(0.3):
        feats.append(FT("mailbox", True, o=["有个小信箱钥匙"], f=["含小号钥匙一把"], po=0.4, pf=0.4))
    ring = pick(["钥匙圈", "登山扣", "钢丝圈", "挂绳"])
    feats.append(FT("ring", ring, o=["用%s串着" % ring], f=["%s串联" % ring], po=0.3, pf=0.5))
    feats.append(FT(None, None, o=["是家里防盗门的钥匙", "单元门和家门钥匙都在上面", "家里就这一套，进不去门了"], po=0.5))
    if fam and colour != fam:
        # the colour one sees first is a lanyard or a leather tag
        tag = pick(["挂绳", "皮质钥匙套"])
        feats.append(FT("tag", (fam, tag), o=["%s%s" % (cadj(fam), tag)], f=["%s%s" % (cfadj(fam), tag)], po=0.7, pf=0.8))
        colour = fam
    if colour:
        set_color(o, colour)
        o["o_color_p"], o["f_color_p"] = 0.4, 0.5
    return o


EBIKE_MODELS = {"yadea": ["冠能T9", "DT8", "欧睿Q3"], "aima": ["A700", "引领S6", "小蜜豆"], "tailg": ["超能M9", "狮子王"],
                "ninebot": ["N100C", "F95", "E200P"], "niu": ["NQi 900", "U+C", "G6"], "sunra": ["RX5", "CX8"]}
EBIKE_CODE = {"yadea": "YD", "aima": "AM", "tailg": "TL", "ninebot": "NB", "niu": "NU", "sunra": "SR"}


def gen_ebike(owner, brand=None, fam=None):
    brand = brand or pick(sorted(EBIKE_MODELS))
    o = base_obj("ebike", "ebike", ["电动车", "电瓶车", "电动自行车", "电动侧"], ["电动车一辆", "电动自行车", "电瓶车一辆"])
    o["brand"] = brand
    o["brand_vis"] = 0.85
    o["model"] = pick(EBIKE_MODELS[brand])
    o["model_forms"] = model_forms(o["model"])
    o["model_o"], o["model_f"] = 0.4, 0.35
    set_color(o, fam or pick(["black", "white", "blue", "red", "grey", "green", "silver"]))
    plate = digits(6)
    pforms = ["北岭%s" % plate, "北岭 %s" % plate, plate, "北岭-%s" % plate]
    o["serials"].append(FT("plate", plate, o=["车牌%s" % x for x in pforms], f=["车牌%s" % x for x in pforms],
                           po=0.65, pf=0.85, so=pforms, sf=pforms))
    frame = EBIKE_CODE[brand] + "%02d" % R.randint(19, 25) + pick("ABCDEFGHK") + digits(7)
    o["serials"].append(FT("frame", frame, o=["车架号%s" % frame], f=["车架号%s" % frame],
                           po=0.3, pf=0.25, so=[frame, frame.lower()], sf=[frame]))
    feats = o["feats"]
    if chance(0.7):
        qf = pick(["black", "red", "blue", "green", "brown"])
        pat = pick(["格子", "迷彩", "纯色", "碎花", "卡通"])
        feats.append(FT("quilt", (qf, pat), o=["挂着%s%s挡风被" % (cadj(qf), pat)],
                        f=["装有%s%s挡风被" % (cfadj(qf), pat), "带%s%s防风被" % (cfadj(qf), pat)], po=0.8, pf=0.9))
    if owner["persona"] == "rider" or chance(0.1):
        feats.append(FT("box", True, o=["后面绑着外卖箱", "后座有个外卖保温箱"], f=["后座绑有黄色外卖保温箱", "后座有外卖箱"], po=0.9, pf=0.9))
    elif chance(0.4):
        feats.append(FT("trunk", True, o=["带后备箱"], f=["带后尾箱"], po=0.6, pf=0.7))
    if chance(0.4):
        dm = pick(["左后视镜掉了", "右后视镜碎了", "前挡泥板裂了", "车座有个口子", "前面车筐瘪了"])
        feats.append(FT("damage", dm, o=[dm], f=[dm], po=0.7, pf=0.6))
    if chance(0.45):
        feats.append(FT("grips", True, o=["车把上套着棉把套"], f=["车把套棉手套"], po=0.6, pf=0.7))
    feats.append(FT(None, None, o=["电瓶是新换的%dV的" % pick([48, 60, 72]), "去年%d月买的" % R.randint(3, 10),
                                  "车上没锁，就拔了钥匙", "上了锁的"], f=["车辆无钥匙，已上锁", "电瓶在车上", "电瓶已被拆走"], po=0.5, pf=0.5))
    return o


BIKE_KINDS = ["山地车", "公路车", "折叠车", "通勤自行车", "女式自行车"]


def gen_bicycle(owner, brand=None, fam=None):
    kind = pick(BIKE_KINDS)
    o = base_obj("bicycle", kind, ["自行车", kind, "单车"], ["自行车一辆", kind + "一辆", "自行车"])
    brand = brand or pick(["giant", "xds", "merida", "forever", "phoenix", "decathlon"])
    o["brand"] = brand
    o["brand_vis"] = 0.8
    set_color(o, fam or pick(["black", "white", "blue", "red", "grey", "green", "orange", "yellow"]))
    frame = pick(["G", "X", "M", "F", "P", "D"]) + pick("ABCDEFHK") + "%02d" % R.randint(15, 25) + digits(6)
    o["serials"].append(FT("frame", frame, o=["车架号%s" % frame, "钢印号%s" % frame], f=["车架钢印%s" % frame, "车架号%s" % frame],
                           po=0.3, pf=0.35, so=[frame], sf=[frame]))
    feats = o["feats"]
    feats.append(FT("bkind", kind, o=["是辆%s" % kind], f=["%s" % kind], po=0.5, pf=0.6))
    if owner["persona"] == "student" and chance(0.5):
        permit = digits(4)
        feats.append(FT("permit", permit, o=["车上贴着校园车证%s号" % permit], f=["贴有理工大车证，编号%s" % permit], po=0.7, pf=0.8))
    if chance(0.5):
        feats.append(FT("basket", True, o=["前面有车筐"], f=["带车筐"], po=0.5, pf=0.6))
    if chance(0.4):
        lk = pick(["U型锁", "钢缆锁", "密码锁", "链条锁"])
        feats.append(FT("lock", lk, o=["用%s锁着" % lk], f=["%s锁着" % lk], po=0.6, pf=0.6))
    if chance(0.35):
        dm = pick(["后座掉了", "车座破了贴着胶布", "前轮没气", "车把缠了黑胶带", "铃铛坏了"])
        feats.append(FT("damage", dm, o=[dm], f=[dm], po=0.6, pf=0.6))
    feats.append(FT(None, None, o=["放假前停在这儿的", "去年秋天买的", "二手买的"], f=["车身积雪较厚", "车被雪埋了一半", "轮胎冻住了"], po=0.4, pf=0.5))
    return o


BAG_KINDS = {
    "双肩包": (["双肩包", "书包", "背包"], ["双肩背包一个", "双肩包", "背包一个"], ["tnf", "decathlon", "anta", "lining", "xiaomi", "samsonite", None]),
    "斜挎包": (["斜挎包", "挎包", "小包"], ["斜挎包一个", "挎包"], ["coach", "ck", "muji", None, None]),
    "手提包": (["手提包", "包", "拎包"], ["女士手提包一个", "手提包"], ["coach", "ck", None]),
    "行李箱": (["行李箱", "拉杆箱", "箱子"], ["拉杆箱一个", "行李箱一个"], ["samsonite", "decathlon", None, None]),
    "编织袋": (["编织袋", "蛇皮袋", "大包"], ["编织袋一个", "蛇皮袋"], [None]),
    "购物袋": (["购物袋", "袋子", "手提袋"], ["手提纸袋一个", "购物袋"], [None, "uniqlo", "muji"]),
    "电脑包": (["电脑包", "笔记本包"], ["电脑包一个", "笔记本电脑包"], ["lenovo", "samsonite", "xiaomi", None]),
    "滑雪包": (["雪板包", "滑雪包", "雪具包"], ["雪板包一个", "滑雪装备包"], ["decathlon", "tnf", None]),
    "帆布包": (["帆布包", "布兜子", "帆布袋"], ["帆布包一个", "帆布袋"], ["muji", None, None]),
    "腰包": (["腰包", "胸包", "小挎包"], ["腰包一个", "胸包"], ["anta", "lining", "tnf", None]),
}
BAG_CONTENTS = [
    ("衣服", ["几件换洗衣服", "一件毛衣和秋裤"], ["衣物若干"]),
    ("年货", ["两根红肠和一盒点心（带回家过年的）", "年货：红肠、大列巴"], ["红肠、面包等食品"]),
    ("药", ["我爸的降压药", "一盒感冒药和布洛芬"], ["药品若干"]),
    ("充电宝", ["一个白色充电宝"], ["白色充电宝一个"]),
    ("课本", ["两本高数课本，写着我名字", "考研资料和笔记本"], ["书本若干", "课本两本"]),
    ("保温杯", ["一个保温杯"], ["保温杯一个"]),
    ("雨伞", ["一把折叠伞"], ["折叠伞一把"]),
    ("化妆品", ["一个化妆包，里面有口红粉饼"], ["化妆包一个"]),
    ("合同", ["一袋合同文件，很重要"], ["文件袋一个，内有合同材料"]),
    ("工具", ["一套电工工具", "扳手钳子"], ["工具若干"]),
    ("雪镜", ["一副雪镜和护脸"], ["滑雪镜一副"]),
    ("零食", ["一些零食"], ["零食若干"]),
    ("玩具", ["孩子的奥特曼玩具"], ["儿童玩具一个"]),
    ("毛巾", ["洗漱用品"], ["洗漱用品"]),
    ("耳机", ["一副有线耳机"], ["耳机一副"]),
]


def gen_bag(owner, brand=None, fam=None, kind=None):
    per = owner["persona"]
    if kind is None:
        opts = {"student": [("双肩包", 5), ("帆布包", 2), ("电脑包", 1), ("斜挎包", 1), ("购物袋", 1)],
                "migrant": [("编织袋", 4), ("行李箱", 3), ("双肩包", 3), ("购物袋", 2)],
                "tourist": [("双肩包", 3), ("行李箱", 2), ("滑雪包", 2), ("斜挎包", 2), ("腰包", 1)],
                "elderly": [("购物袋", 3), ("帆布包", 3), ("手提包", 2)]}.get(per, [("双肩包", 3), ("手提包", 2), ("电脑包", 2), ("斜挎包", 2), ("购物袋", 1)])
        kind = wpick(opts)
    on, fn, brands = BAG_KINDS[kind]
    o = base_obj("bag", kind, on, fn)
    if brand is None:
        brand = pick(brands)
    o["brand"] = brand
    o["brand_vis"] = 0.75
    set_color(o, fam or pick(["black", "black", "grey", "blue", "red", "green", "brown", "white", "rose", "yellow"]
                             if kind != "编织袋" else ["white", "red", "blue", "green"]))
    feats = o["feats"]
    not_for = {"student": ("工具", "合同", "玩具", "药"), "migrant": ("课本", "化妆品", "雪镜", "合同"),
               "tourist": ("工具", "课本", "合同"), "elderly": ("课本", "雪镜", "工具", "耳机"),
               "local": ("课本",), "driver": ("课本", "雪镜"), "rider": ("课本", "雪镜", "合同")}.get(per, ())
    items = sample([i for i in range(len(BAG_CONTENTS)) if BAG_CONTENTS[i][0] not in not_for], R.randint(1, 3))
    for i in sorted(items):
        key, ow, fw = BAG_CONTENTS[i]
        feats.append(FT("has:" + key, True, o=["里面有" + pick(ow)], f=["内有" + pick(fw)], po=0.75, pf=0.7))
    if per == "student" and chance(0.3):
        feats.append(FT("name", owner["name"], o=["书上写着%s" % owner["name"]], f=["书本上写有姓名%s" % owner["name"]], po=0.6, pf=0.6))
    elif chance(0.2):
        tag = owner["name"]
        feats.append(FT("name", tag, o=["挂着行李牌，写着我的名字%s" % tag], f=["挂行李牌，姓名%s，电话尾号%s" % (tag, owner["phone_tail"])],
                        po=0.8, pf=0.9))
    if chance(0.3):
        ch, _ = pick(CHARMS[:4] + CHARMS[6:])
        feats.append(FT("charm", ch, o=["拉链上挂着%s" % ch], f=["拉链挂%s" % ch], po=0.7, pf=0.7))
    if kind == "行李箱" and chance(0.6):
        sz = pick([20, 24, 26, 28])
        feats.append(FT("size", sz, o=["%d寸的" % sz], f=["约%d寸" % sz], po=0.6, pf=0.5))
    if chance(0.25):
        bank, tail, prefix = bank_card()
        feats.append(FT("hasid", True, o=["身份证也在包里"], f=["夹层内有身份证"], po=0.9, pf=0.9))
        idft, nameft = id_feats(owner, po=0.3, pf=0.7)
        o["serials"].append(idft)
        feats.append(nameft)
    return o


def gen_cash(owner, brand=None, fam=None, kind=None):
    per = owner["persona"]
    kind = kind or wpick([("红包", 3 if per in ("elderly", "migrant") else 1), ("信封", 3), ("塑料袋", 1), ("卷", 2), ("纸条包", 1)])
    if per == "migrant":
        a = R.randint(20, 80) * 100
    elif kind == "红包":
        a = pick([200, 500, 600, 800, 1000, 1200, 2000, 2000, 888, 666])
    else:
        a = wpick([(R.randint(3, 30) * 100, 4), (R.randint(30, 120) * 100, 2), (R.randint(50, 300), 1)])
    nouns = {"红包": (["红包", "压岁钱红包", "一个红包"], ["红包一个", "红包（内有现金）"]),
             "信封": (["一个信封的钱", "装钱的信封", "现金"], ["信封一个，内有现金", "装有现金的信封"]),
             "塑料袋": (["一塑料袋现金", "钱"], ["塑料袋装现金", "现金一袋"]),
             "卷": (["一卷钱", "一沓现金", "钱"], ["现金一卷", "一沓人民币"]),
             "纸条包": (["用纸包着的钱", "现金"], ["纸包现金", "现金"])}[kind]
    o = base_obj("cash", "cash:" + kind, nouns[0], nouns[1])
    o["o_color_p"], o["f_color_p"] = 0.3, 0.4
    o["desc_color"] = kind == "红包"
    if kind == "红包":
        set_color(o, "red")
    elif kind == "信封":
        set_color(o, fam or pick(["brown", "white", "yellow"]))
    elif kind == "塑料袋":
        set_color(o, fam or pick(["black", "white", "red"]))
    feats = o["feats"]
    if kind in ("信封", "塑料袋"):
        cont = "信封" if kind == "信封" else "塑料袋"
        feats.append(FT("container", (o["color"], cont), o=["用%s%s装着" % (cadj(o["color"]), cont)],
                        f=["%s%s装" % (cfadj(o["color"]), cont)], po=0.7, pf=0.8))
    if chance(0.45):
        words, lo, hi = "%d元" % a, a, a
    else:
        words, lo, hi = approx_amount(a)
    feats.append(FT("amount", (lo, hi), o=["一共%s" % words, "%s" % words, "有%s" % words], po=0.95))
    feats.append(FT("amount", a, f=["共计人民币%d元" % a, "现金%d元" % a, "清点为%d元" % a], pf=0.9))
    if a >= 1000 and chance(0.6):
        feats.append(FT("denom", 100, o=["都是一百的", "全是百元的"], f=["均为百元面值", "百元券%d张" % (a // 100)], po=0.6, pf=0.7))
    if kind == "红包" and chance(0.6):
        w = pick(["给大孙子", "新年快乐", "福", "给妞妞", "恭喜发财"])
        feats.append(FT("writing", w, o=["红包上写着“%s”" % w], f=["红包上写有“%s”字样" % w], po=0.8, pf=0.85))
    if kind == "信封" and chance(0.6):
        b = pick(BANKS)
        feats.append(FT("envbank", b, o=["%s的信封" % b, "从%s取的钱，银行的纸袋装着" % b], f=["%s字样信封" % b], po=0.7, pf=0.8))
    if kind == "卷" and chance(0.6):
        feats.append(FT("band", True, o=["用皮筋捆着"], f=["用橡皮筋捆扎"], po=0.6, pf=0.7))
    feats.append(FT(None, None, o=["是%s" % pick(["这半年的工钱", "准备回家给孩子交学费的", "给老人的过年钱", "刚从银行取的", "房租钱"])], po=0.7))
    return o


JEWEL_KINDS = {
    "金戒指": (["金戒指", "戒指"], ["黄色金属戒指一枚", "金色戒指"], "gold", ["ctf", "lfx", "css", None]),
    "金项链": (["金项链", "项链"], ["金色项链一条", "黄色金属项链"], "gold", ["ctf", "lfx", "css"]),
    "金手镯": (["金手镯", "镯子"], ["金色手镯一只", "黄色金属手镯"], "gold", ["ctf", "lfx", "css"]),
    "银手镯": (["银镯子", "银手镯"], ["银色手镯一只", "白色金属手镯"], "silver", [None, "lfx"]),
    "玉镯": (["玉镯子", "玉手镯", "镯子"], ["绿色玉镯一只", "玉石手镯"], "green", [None]),
    "珍珠耳环": (["珍珠耳环", "耳环"], ["珍珠耳饰", "耳环"], "white", ["swarovski", None]),
    "钻戒": (["钻戒", "结婚戒指"], ["镶钻戒指一枚", "带钻石的戒指"], "silver", ["ctf", "css"]),
    "手链": (["手链", "转运珠手链"], ["手链一条", "手串"], "silver", ["pandora", "swarovski", "ctf"]),
    "吊坠": (["吊坠项链", "项链"], ["带吊坠的项链一条", "项链"], "silver", ["swarovski", "pandora", "ctf", None]),
}


def gen_jewelry(owner, brand=None, fam=None, kind=None):
    kind = kind or pick(sorted(JEWEL_KINDS))
    on, fn, cf, brands = JEWEL_KINDS[kind]
    o = base_obj("jewelry", kind, on, fn)
    o["brand"] = brand if brand else pick(brands)
    o["brand_vis"] = 0.25
    if kind == "吊坠" and fam is None:
        cf = pick(["silver", "gold", "rose"])
    set_color(o, fam or cf)
    o["o_color_p"], o["f_color_p"] = 0.5, 0.6
    feats = o["feats"]
    if kind in ("金戒指", "钻戒", "金手镯", "银手镯") and chance(0.6):
        eng = pick(["L&W", "爱", "2019.5.20", "ZH♥LY", "平安", "福", "一生一世", "M&J 1314", "永结同心"])
        feats.append(FT("engrave", eng, o=["内圈刻着“%s”" % eng, "里面刻了%s" % eng], f=["内圈刻有“%s”" % eng], po=0.85, pf=0.8))
    if kind == "吊坠":
        pd = pick(["小鹿", "四叶草", "心形", "观音", "貔貅", "字母M", "雪花"])
        feats.append(FT("pendant", pd, o=["吊坠是%s" % pd], f=["吊坠为%s形状" % pd], po=0.9, pf=0.9))
    if kind == "手链":
        feats.append(FT("beads", R.randint(3, 9), o=["上面有好几个串珠"], f=["串有若干小珠"], po=0.4, pf=0.4))
    if kind.startswith("金") and chance(0.7):
        g = round(R.uniform(2.5, 40), 1)
        feats.append(FT(None, None, o=["%s克左右" % g, "大概%s克" % g, "买的时候%d多块钱" % int(g * 500)], po=0.7))
    if o["brand"] and chance(0.5):
        cert = pick(["NGTC", "GTC", "CCGT"]) + digits(8)
        o["serials"].append(FT("cert", cert, o=["证书编号%s" % cert, "鉴定证书号%s" % cert], f=None, po=0.4, so=[cert]))
    if chance(0.3):
        bx = pick(["红色首饰盒", "小绒布袋", "透明自封袋"])
        feats.append(FT("box", bx, o=["装在%s里" % bx], f=["装于%s内" % bx], po=0.8, pf=0.9))
    feats.append(FT(None, None, o=[pick(["是结婚时买的", "是我妈给我的", "是孩子送的生日礼物", "是过年刚买的", "戴了十几年了"])],
                    f=["疑似贵金属，未鉴定", "真伪不详"], po=0.6, pf=0.5))
    return o


ELEC = {
    "耳机": (["蓝牙耳机", "耳机", "无线耳机"], ["蓝牙耳机一副", "无线耳机（带充电盒）"], [("apple", "AirPods Pro 5"), ("huawei", "FreeBuds 9"), ("xiaomi", "Buds 8"), ("sony", "WF-2000XM9")]),
    "笔记本电脑": (["笔记本电脑", "电脑", "笔记本"], ["笔记本电脑一台", "手提电脑"], [("lenovo", "ThinkPad X19"), ("lenovo", "小新 Pro 19"), ("huawei", "MateBook X 19"), ("apple", "MacBook Air 17")]),
    "平板": (["平板", "平板电脑", "iPad"], ["平板电脑一台", "平板"], [("apple", "iPad Air 9"), ("huawei", "MatePad 16"), ("xiaomi", "小米平板 11")]),
    "相机": (["相机", "单反", "微单"], ["相机一台", "数码相机"], [("canon", "EOS R90"), ("sony", "A7C V"), ("fuji", "X-S50")]),
    "充电宝": (["充电宝", "移动电源", "充电包"], ["充电宝一个", "移动电源"], [("romoss", "PEA90"), ("xiaomi", "移动电源 5"), ("anker", "A1299")]),
    "手表": (["智能手表", "手表", "运动手表"], ["智能手表一块", "电子手表"], [("huawei", "Watch GT 9"), ("apple", "Apple Watch S14"), ("xiaomi", "手表 S9")]),
    "电子书": (["Kindle", "电子书", "阅读器"], ["电子阅读器一台", "Kindle"], [("amazon", "Paperwhite 9")]),
    "游戏机": (["Switch", "游戏机", "掌机"], ["游戏机一台", "任天堂掌机"], [("nintendo", "Switch 3")]),
    "云台相机": (["口袋相机", "运动相机", "云台相机"], ["小型相机一台", "手持云台相机"], [("dji", "Pocket 6"), ("dji", "Osmo Action 9")]),
}
ELEC_COLORS = {"耳机": ["white", "black"], "笔记本电脑": ["silver", "grey", "black"], "平板": ["silver", "grey", "blue", "purple"],
               "相机": ["black", "silver"], "充电宝": ["white", "black", "blue"], "手表": ["black", "white", "silver", "green"],
               "电子书": ["black"], "游戏机": ["red", "black", "grey"], "云台相机": ["black", "grey"]}


def gen_electronics(owner, brand=None, fam=None, kind=None):
    kind = kind or wpick([("耳机", 6), ("笔记本电脑", 3), ("平板", 3), ("相机", 2), ("充电宝", 4), ("手表", 3),
                          ("电子书", 1), ("游戏机", 1), ("云台相机", 1)])
    on, fn, bm = ELEC[kind]
    o = base_obj("electronics", kind, on, fn)
    choices = [x for x in bm if brand is None or x[0] == brand] or bm
    b, m = pick(choices)
    o["brand"], o["model"] = b, m
    o["model_forms"] = model_forms(m)
    o["brand_vis"] = 0.75
    o["model_o"], o["model_f"] = 0.5, 0.15
    set_color(o, fam or pick(ELEC_COLORS[kind]))
    feats = o["feats"]
    sn = make_sn(pick([1, 2, 3]), pick([10, 11, 12]))
    pf = 0.5 if kind in ("笔记本电脑", "相机", "充电宝") else 0.15
    o["serials"].append(FT("sn", sn, o=["序列号%s" % sn, "SN码%s" % sn, "S/N:%s" % sn], f=["机身标签序列号%s" % sn, "S/N %s" % sn],
                           po=0.35, pf=pf, so=[sn, "SN:" + sn], sf=[sn, "S/N " + sn]))
    if kind in ("耳机",):
        side = pick(["只剩充电盒", "充电盒和两只耳机", "充电盒和一只右耳"])
        feats.append(FT("set", side, o=[side.replace("只剩", "")], f=[side], po=0.3, pf=0.8))
    if kind in ("笔记本电脑", "平板", "耳机", "充电宝", "电子书", "游戏机") and chance(0.55):
        cc = pick(["black", "blue", "rose", "green", "white", "brown"])
        ck = pick(["保护套", "壳", "硅胶套", "内胆包"])
        feats.append(FT("case", (cc, ck), o=["套着%s%s" % (cadj(cc), ck)], f=["外套%s%s" % (cfadj(cc), ck)], po=0.7, pf=0.85))
    if chance(0.4):
        st = pick(STICKERS + ["理工大校徽", "NASA", "乐队logo"])
        feats.append(FT("sticker", st, o=["上面贴了%s贴纸" % st], f=["贴有%s贴纸" % st], po=0.75, pf=0.8))
    if chance(0.3):
        dm = pick(["一角磕掉漆了", "屏幕有划痕", "外壳有裂纹", "表带有磨损"])
        feats.append(FT("damage", dm, o=[dm], f=[dm], po=0.5, pf=0.5))
    if kind in ("笔记本电脑", "平板", "相机") and chance(0.5):
        feats.append(FT(None, None, o=["里面有我%s" % pick(["毕业设计的资料", "工作文件", "拍的照片，很重要", "这学期的课件"])],
                        f=["有开机密码，无法查看", "电量耗尽无法开机"], po=0.8, pf=0.5))
    if kind == "相机" and chance(0.5):
        ln = pick(["24-70镜头", "50mm定焦", "18-55套机头"])
        feats.append(FT("lens", ln, o=["装着%s" % ln], f=["带%s" % ln], po=0.6, pf=0.4))
    if kind == "手表":
        feats.append(FT(None, None, o=["手机上能看到最后定位在%s附近" % pick(["银杏广场", "火车站", "理工大", "冰雪大观园"])], po=0.3))
    return o


OTHER_KINDS = {
    "手套": (["手套", "一只手套", "手闷子"], ["手套", "单只手套"], ["black", "brown", "grey", "red", "white", "blue"], ["bosideng", "decathlon", "uniqlo", "tnf", None, None]),
    "围巾": (["围巾", "围脖"], ["围巾一条", "毛线围巾"], ["red", "grey", "black", "brown", "white", "blue"], ["uniqlo", "muji", None, None]),
    "帽子": (["帽子", "毛线帽", "棉帽子"], ["帽子一顶", "毛线帽"], ["black", "white", "red", "grey", "rose", "yellow"], ["tnf", "anta", None, None]),
    "羽绒服": (["羽绒服", "棉袄", "外套"], ["羽绒服一件", "棉服一件"], ["black", "white", "blue", "green", "red", "brown", "purple"], ["bosideng", "tnf", "uniqlo", "xuezhongfei", "anta", "lining"]),
    "保温杯": (["保温杯", "水杯", "杯子"], ["保温杯一个", "水杯一个"], ["black", "white", "rose", "blue", "silver", "green"], ["thermos", "zojirushi", "fuguang", "muji"]),
    "眼镜": (["眼镜"], ["眼镜一副"], ["black", "gold", "silver", "brown"], [None]),
    "雪镜": (["雪镜", "滑雪镜"], ["滑雪镜一副", "雪镜"], ["black", "white", "orange", "blue"], ["decathlon", "tnf", None]),
    "滑雪板": (["滑雪板", "单板", "雪板"], ["单板滑雪板一块", "滑雪板"], ["black", "white", "blue", "green", "orange"], ["decathlon", None]),
    "冰刀鞋": (["冰刀鞋", "冰鞋", "冰刀"], ["冰刀鞋一双", "滑冰鞋"], ["black", "white"], ["decathlon", None]),
    "拐杖": (["拐棍", "拐杖", "手杖"], ["拐杖一根", "手杖"], ["brown", "black", "silver"], [None]),
    "药袋": (["药", "一袋药", "药袋子"], ["药品一袋", "医院药袋"], ["white"], [None]),
    "玩具": (["玩具", "毛绒玩具", "孩子的玩偶"], ["毛绒玩具一个", "儿童玩具"], ["brown", "white", "rose", "yellow", "blue"], [None]),
    "暖手宝": (["暖手宝", "暖宝宝", "充电暖手宝"], ["暖手宝一个"], ["rose", "white", "brown", "red"], ["xiaomi", None]),
    "文件袋": (["文件袋", "档案袋", "材料"], ["文件袋一个", "牛皮纸档案袋"], ["blue", "brown", "white"], [None]),
    "雪地靴": (["雪地靴", "棉鞋"], ["雪地靴一双", "棉鞋"], ["brown", "black", "grey"], ["anta", None]),
}


def gen_other(owner, brand=None, fam=None, kind=None):
    per = owner["persona"]
    if kind is None:
        opts = [("手套", 6), ("围巾", 4), ("帽子", 4), ("羽绒服", 2), ("保温杯", 3), ("眼镜", 2), ("玩具", 1), ("暖手宝", 1), ("文件袋", 1)]
        if per == "tourist":
            opts += [("雪镜", 2), ("滑雪板", 1), ("冰刀鞋", 1)]
        if per == "student":
            opts += [("冰刀鞋", 1), ("雪镜", 1)]
        if per == "elderly":
            opts += [("拐杖", 2), ("药袋", 3), ("眼镜", 2)]
        kind = wpick(opts)
    on, fn, cols, brands = OTHER_KINDS[kind]
    if kind == "眼镜":
        on = ["老花镜", "花镜", "眼镜"] if per == "elderly" else ["近视镜", "眼镜", "近视眼镜"]
        fn = ["眼镜一副", "眼镜"]
    o = base_obj("other", kind, on, fn)
    o["brand"] = brand if brand else pick(brands)
    o["brand_vis"] = 0.6
    set_color(o, fam or pick(cols))
    feats = o["feats"]
    if kind == "手套":
        single = chance(0.6)
        o["o_noun"] = ["手套", "一只手套"] if single else ["手套", "一副手套"]
        o["f_noun"] = ["单只手套", "手套一只"] if single else ["手套一副", "手套"]
        hand = pick(["左手", "右手"])
        mat = pick(["皮手套", "毛线手套", "滑雪手套", "加绒手套", "连指手闷子"])
        feats.append(FT("gmat", mat, o=["是%s" % mat], f=["%s" % mat], po=0.7, pf=0.8))
        if single:
            feats.append(FT("hand", hand, o=["丢了一只，%s的" % hand], f=["单只，%s" % hand], po=0.7, pf=0.7))
        else:
            feats.append(FT("hand", "pair", o=["一副两只都丢了"], f=["一副（两只）"], po=0.5, pf=0.6))
    elif kind == "羽绒服":
        ln = pick(["长款", "短款", "中长款"])
        sz = pick(["M", "L", "XL", "XXL", "170", "175/92A"])
        feats.append(FT("coatlen", ln, o=["%s的" % ln], f=["%s" % ln], po=0.7, pf=0.8))
        feats.append(FT("size", sz, o=["%s码" % sz], f=["尺码%s" % sz], po=0.5, pf=0.5))
        if chance(0.6):
            feats.append(FT("pocket", None, o=["兜里有%s" % pick(["一副手套", "门禁卡", "一包纸巾和几十块钱", "车钥匙"])], po=0.6))
        if chance(0.4):
            feats.append(FT("fur", True, o=["帽子上有毛领"], f=["帽檐带毛领"], po=0.6, pf=0.7))
    elif kind == "保温杯":
        if chance(0.5):
            st = pick(STICKERS)
            feats.append(FT("sticker", st, o=["杯身贴了%s贴纸" % st], f=["杯身贴%s贴纸" % st], po=0.8, pf=0.8))
        if chance(0.4):
            feats.append(FT("dent", True, o=["底下磕瘪了一块"], f=["杯底有凹痕"], po=0.6, pf=0.5))
        feats.append(FT(None, None, o=["里面泡着枸杞", "杯里有茶叶"], f=["内有茶水（已冻住）", "杯内有茶叶"], po=0.4, pf=0.4))
    elif kind == "眼镜":
        fr = pick(["金属细框", "黑框", "半框", "无框"])
        feats.append(FT("frame", fr, o=["%s的" % fr], f=["%s" % fr], po=0.8, pf=0.8))
        feats.append(FT("glcase", None, o=["装在眼镜盒里"], f=["带眼镜盒"], po=0.5, pf=0.5))
    elif kind == "药袋":
        hosp = pick(["区人民医院", "市三院"])
        feats.append(FT("name", owner["name"], o=["药袋上有名字%s" % owner["name"]], f=["%s药袋，患者姓名%s" % (hosp, owner["name"])], po=0.6, pf=0.9))
        feats.append(FT(None, None, o=["里面是%s" % pick(["降压药", "胰岛素", "心脏病的药", "降糖药"])], f=["内有药品数盒"], po=0.8, pf=0.8))
    elif kind == "文件袋":
        feats.append(FT("doc", None, o=["里面是%s" % pick(["房产证复印件", "病历", "劳动合同", "孩子的学籍材料"])], f=["内有纸质材料若干"], po=0.9, pf=0.8))
        if chance(0.6):
            feats.append(FT("name", owner["name"], o=["材料上是%s的名字" % owner["name"]], f=["材料所载姓名%s" % owner["name"]], po=0.7, pf=0.7))
    elif kind == "玩具":
        toy = pick(["小熊", "小兔子", "奥特曼", "小猪佩奇", "长颈鹿"])
        feats.append(FT("toy", toy, o=["是个%s" % toy], f=["%s造型" % toy], po=0.9, pf=0.9))
    elif kind in ("雪镜", "滑雪板", "冰刀鞋", "雪地靴"):
        if chance(0.5):
            st = pick(STICKERS + ["雪山", "骷髅头"])
            feats.append(FT("sticker", st, o=["上面贴着%s贴纸" % st], f=["贴有%s贴纸" % st], po=0.7, pf=0.7))
        if kind in ("冰刀鞋", "雪地靴"):
            sz = pick([36, 37, 38, 39, 40, 41, 42, 43])
            feats.append(FT("size", sz, o=["%d码" % sz], f=["%d码" % sz], po=0.7, pf=0.7))
    elif kind == "拐杖":
        ck = pick(["四脚", "带小凳子", "折叠", "木头"])
        feats.append(FT("cane", ck, o=["是%s的" % ck], f=["%s拐杖" % ck], po=0.7, pf=0.8))
        feats.append(FT("tape", True, o=["把手缠着红布条"], f=["把手缠有红布"], po=0.6, pf=0.7))
    elif kind in ("围巾", "帽子"):
        pat = pick(["格子", "纯色", "条纹", "带毛球", "麻花纹"])
        feats.append(FT("pattern", pat, o=["%s的" % pat], f=["%s" % pat], po=0.7, pf=0.8))
        if chance(0.3):
            feats.append(FT("handmade", True, o=["我妈亲手织的"], po=0.6))
    if chance(0.2) and kind not in ("药袋", "文件袋"):
        w = pick(["有点旧了", "新买的", "起球了", "挺新的"])
        feats.append(FT(None, None, o=[w], f=[w], po=0.5, pf=0.4))
    return o


GEN = {"phone": gen_phone, "id_doc": gen_id_doc, "wallet": gen_wallet, "keys": gen_keys, "ebike": gen_ebike,
       "bicycle": gen_bicycle, "bag": gen_bag, "cash": gen_cash, "jewelry": gen_jewelry,
       "electronics": gen_electronics, "other": gen_other}


def make_obj(cat, owner, brand=None, fam=None, kind=None):
    if cat == "phone":
        return gen_phone(owner, brand=brand, fam=fam)
    if cat == "id_doc":
        return gen_id_doc(owner, doc=kind, fam=fam)
    if cat in ("keys", "ebike", "bicycle"):
        return GEN[cat](owner, brand=brand, fam=fam)
    return GEN[cat](owner, brand=brand, fam=fam, kind=kind)


# ---------------------------------------------------------------- scenes: where, when, how it went missing

PERSONA_PLACES = {
    "student": [("u_canteen1", 4), ("u_canteen2", 4), ("u_library", 5), ("u_dorm", 3), ("u_main", 3), ("u_rink", 2),
                ("u_gate", 2), ("u_express", 2), ("m_univ", 3), ("m_songxue", 1), ("station", 2), ("mall_kx", 2),
                ("mall_yx", 2), ("hotpot_tg", 2), ("hotpot_sc", 1), ("icepark", 2), ("bath_xs", 1), ("ski_bus", 1),
                ("jp_park", 1)],
    "elderly": [("mkt_hualin", 5), ("mkt_hongxing", 4), ("hospital", 4), ("hospital3", 2), ("c_songxue", 2),
                ("c_dingxiang", 2), ("c_jiangpan", 1), ("c_beiyuan", 1), ("bus_songxue", 2), ("bath_jq", 2),
                ("school", 2), ("gov", 2), ("mall_kx", 1), ("m_hosp", 1)],
    "migrant": [("station", 6), ("station_sq", 4), ("m_station", 3), ("hotel_zq", 2), ("bath_xs", 2), ("bath_jq", 1),
                ("d_songxue", 2), ("mkt_hongxing", 1), ("bbq", 1), ("c_beiyuan", 2), ("bus_songxue", 1)],
    "tourist": [("icepark", 6), ("station", 3), ("station_sq", 2), ("ski_bus", 3), ("ski_resort", 3), ("hotel_xs", 2),
                ("hotel_zq", 2), ("hotpot_tg", 2), ("hotpot_sc", 1), ("mall_yx", 1), ("m_bingdeng", 2), ("jp_park", 2),
                ("bath_xs", 2), ("bbq", 1)],
    "driver": [("station_sq", 4), ("hotpot_tg", 2), ("bath_jq", 2), ("gov", 1), ("hospital", 1), ("c_jiangpan", 2)],
    "local": [("mall_yx", 4), ("mall_kx", 3), ("hospital", 2), ("hospital3", 2), ("gov", 2), ("hotpot_sc", 2), ("bbq", 2),
              ("m_songxue", 1), ("m_yinxing", 2), ("m_gov", 1), ("m_jiangpan", 1), ("c_songxue", 2), ("c_jiangpan", 2),
              ("c_dingxiang", 1), ("school", 2), ("jp_park", 2), ("bath_xs", 1), ("icepark", 1)],
    "rider": [("d_songxue", 3), ("d_jiangpan", 3), ("u_express", 2), ("c_songxue", 2), ("c_jiangpan", 2),
              ("mall_yx", 2), ("hotpot_sc", 1), ("station_sq", 1)],
}
VEHICLE_PLACES = [("u_dorm", 4), ("u_gate", 2), ("u_library", 2), ("u_canteen1", 1), ("c_songxue", 3), ("c_dingxiang", 3),
                  ("c_jiangpan", 3), ("c_beiyuan", 2), ("d_songxue", 2), ("d_jiangpan", 2), ("mkt_hongxing", 1),
                  ("mall_kx", 1), ("hospital", 1), ("m_univ", 1), ("m_jiangpan", 1)]

ACTIVITY = {
    "rail": ["候车", "排队检票", "坐着等车", "取票", "进站过安检"],
    "square": ["等车", "出站往外走", "拍照", "等人"],
    "metro": ["等车", "进站过安检", "刷卡出站", "换乘"],
    "delivery": ["取快递", "寄东西"],
    "park": ["看冰灯", "拍照", "玩", "逛"],
    "bus": ["坐车", "等车"],
    "ski": ["租雪具", "换衣服", "歇脚"],
    "mall": ["逛街", "看电影", "吃饭", "买东西"],
    "hospital": ["看病", "陪家里人看病", "拿药", "排队挂号", "输液"],
    "market": ["买菜", "买冻货", "逛早市"],
    "community": ["扔垃圾", "遛弯", "铲雪", "下楼取东西"],
    "bath": ["洗澡", "泡澡", "汗蒸", "休息"],
    "restaurant": ["吃火锅", "和朋友聚餐", "吃饭"],
    "hotel": ["住店", "退房", "办入住"],
    "school": ["接送孩子"],
    "office": ["办事", "办社保"],
}
UNIV_ACT = {"u_library": ["上自习", "借书", "自习"], "u_canteen1": ["吃饭", "吃麻辣烫"], "u_canteen2": ["吃饭", "打饭"],
            "u_dorm": ["回宿舍", "在楼下等人", "洗衣服"], "u_rink": ["上滑冰课", "滑冰"], "u_main": ["上课", "考试"],
            "u_gate": ["等车", "取外卖"]}
HOURS = {"rail": (5, 23), "square": (5, 23), "metro": (6, 22), "univ": (7, 23), "delivery": (9, 21), "park": (11, 22),
         "bus": (7, 17), "ski": (8, 16), "mall": (10, 22), "hospital": (7, 17), "market": (5, 9), "community": (6, 22),
         "bath": (13, 24), "restaurant": (11, 23), "hotel": (7, 23), "school": (7, 17), "office": (9, 17)}


VEHICLE_SPOTS = ["门口", "路边", "楼下车棚", "门前空地", "侧门停车处"]


def spot_for(pk, cat):
    if cat in ("ebike", "bicycle"):
        return pick(VEHICLE_SPOTS)
    return pick(PLACES[pk]["spots"])


def activity(pk):
    if pk in UNIV_ACT:
        return pick(UNIV_ACT[pk])
    return pick(ACTIVITY[PLACES[pk]["kind"]])


def draw_day(persona):
    D = datetime.date
    if persona == "student":
        spans = [(D(2025, 12, 1), D(2026, 1, 16), 7), (D(2026, 2, 20), D(2026, 2, 27), 3)]
    elif persona == "migrant":
        spans = [(D(2026, 1, 15), D(2026, 2, 16), 8), (D(2026, 2, 21), D(2026, 2, 27), 2), (D(2025, 12, 1), D(2026, 1, 14), 1)]
    elif persona == "tourist":
        spans = [(D(2025, 12, 20), D(2026, 1, 4), 4), (D(2026, 1, 5), D(2026, 2, 14), 3), (D(2026, 2, 15), D(2026, 2, 26), 4)]
    else:
        spans = [(D(2025, 12, 1), D(2026, 2, 27), 1)]
    a, b, _ = wpick([(s, s[2]) for s in spans])
    return a + datetime.timedelta(days=R.randrange((b - a).days + 1))


def draw_loss_minute(persona, pk):
    lo, hi = HOURS[PLACES[pk]["kind"]]
    day = draw_day(persona)
    h = R.randrange(lo, hi)
    dt = datetime.datetime(day.year, day.month, day.day, h % 24, R.randrange(60))
    m = minutes_before(dt)
    if m < 60:
        m = R.randint(60, 600)
    return m


WINDOW = {"quick": ((5, 60), (5, 90)), "halfday": ((60, 360), (60, 480)), "day": ((240, 900), (240, 1200)),
          "days": ((1440, 8640), (0, 2880)), "weeks": ((8640, 40320), (0, 4320))}


def make_scene(owner, cat):
    per = owner["persona"]
    sc = {"mode": "place", "taxi_plate": None}
    if cat in ("ebike", "bicycle"):
        pk = wpick(VEHICLE_PLACES)
    else:
        pk = wpick(PERSONA_PLACES[per])
    sc["place"] = pk
    sc["spot"] = spot_for(pk, cat)
    r = R.random()
    if cat not in ("ebike", "bicycle") and per in ("student", "local", "migrant", "tourist") and r < 0.13:
        line = pick([METRO1, METRO2])
        i, j = sample(range(len(line)), 2)
        sc["mode"] = "metro"
        sc["from"], sc["to"] = line[i], line[j]
        sc["line"] = "1号线" if line is METRO1 else "2号线"
        sc["place"] = pick([line[i], line[j]])
        sc["spot"] = pick(PLACES[sc["place"]]["spots"])
    elif cat not in ("ebike", "bicycle") and per in ("tourist", "local", "migrant", "elderly", "student") and r < 0.25:
        sc["mode"] = pick(["taxi", "taxi", "ride"])
        if pk in ("ski_bus", "ski_resort") or PLACES[pk]["kind"] == "metro":
            pk = "station_sq"
        dest = wpick([(k, w) for k, w in PERSONA_PLACES[per] if k not in (pk, "ski_bus", "ski_resort")]
                     + [("c_songxue", 1), ("c_dingxiang", 1), ("hotel_xs", 1)])
        sc["from"], sc["to"] = pk, dest
        sc["place"] = dest
        sc["spot"] = pick(PLACES[dest]["spots"])
        sc["taxi_plate"] = "岭A·" + pick("BDTFHLK") + digits(4)
    m_loss = draw_loss_minute(per, sc["place"])
    if cat in ("ebike", "bicycle"):
        wk = wpick([("day", 2), ("days", 4), ("weeks", 2 if per == "student" else 1)])
    elif cat in ("phone", "keys", "cash"):
        wk = wpick([("quick", 6), ("halfday", 3), ("day", 1)])
    elif cat in ("id_doc", "jewelry"):
        wk = wpick([("quick", 2), ("halfday", 3), ("day", 2), ("days", 1)])
    else:
        wk = wpick([("quick", 4), ("halfday", 3), ("day", 2), ("days", 1)])
    if sc["mode"] != "place":
        wk = "quick"
    (alo, ahi), (blo, bhi) = WINDOW[wk]
    a = R.randint(alo, ahi)
    b = R.randint(blo, bhi)
    t_loss = at_minutes(m_loss)
    t_from = at_minutes(m_loss + a)
    if t_from.hour < 6 and PLACES[sc["place"]]["kind"] not in ("rail", "bath"):
        t6 = datetime.datetime(t_from.year, t_from.month, t_from.day, 6, R.randrange(60))
        if t6 >= t_loss and wk != "quick":
            t6 = datetime.datetime(t_from.year, t_from.month, t_from.day, R.randint(19, 21), R.randrange(60)) - datetime.timedelta(days=1)
        if t6 < t_loss:
            a = minutes_before(t6) - m_loss
    sc["m_loss"] = m_loss
    sc["m_from"] = min(MAXMIN, m_loss + a)
    sc["m_to"] = max(0, m_loss - b)
    sc["wk"] = wk
    return sc


def found_delay(cat):
    if cat in ("ebike", "bicycle"):
        return wpick([(R.randint(600, 2880), 2), (R.randint(2880, 14400), 4), (R.randint(14400, 40000), 2)])
    return wpick([(R.randint(3, 180), 45), (R.randint(180, 1440), 30), (R.randint(1440, 4320), 17),
                  (R.randint(4320, 30000), 8)])


# finder roles by the kind of place: (role key, weight)
ROLES = {
    "rail": [("cleaner", 3), ("security", 3), ("railstaff", 3), ("passer", 2), ("police", 1)],
    "square": [("cleaner", 2), ("security", 2), ("passer", 3), ("police", 2), ("sweeper", 2)],
    "metro": [("metro", 6), ("cleaner", 2), ("passer", 2)],
    "univ": [("cleaner", 2), ("studentf", 3), ("security", 2), ("univstaff", 3)],
    "delivery": [("courier", 5), ("passer", 1)],
    "park": [("parkstaff", 4), ("cleaner", 2), ("passer", 2), ("security", 2)],
    "bus": [("busdriver", 5), ("passer", 1)],
    "ski": [("skistaff", 5), ("passer", 2)],
    "mall": [("mallstaff", 4), ("cleaner", 3), ("security", 2), ("passer", 1)],
    "hospital": [("nurse", 3), ("security", 3), ("cleaner", 2), ("passer", 1)],
    "market": [("vendor", 5), ("passer", 3), ("sweeper", 1)],
    "community": [("grid", 4), ("security", 2), ("resident", 3), ("sweeper", 3)],
    "bath": [("bathstaff", 6)],
    "restaurant": [("waiter", 6)],
    "hotel": [("hotelstaff", 4), ("cleaner", 2)],
    "school": [("security", 3), ("resident", 2)],
    "office": [("officestaff", 4), ("security", 2)],
}
ROLE_NAME = {
    "cleaner": ["保洁员", "保洁阿姨", "清洁工"], "security": ["保安", "安保人员", "值班保安"], "railstaff": ["车站客运员", "车站工作人员"],
    "passer": ["市民", "路人", "过路群众"], "police": ["巡逻民警", "辅警"], "sweeper": ["环卫工人", "扫雪工人"],
    "metro": ["地铁站务员", "地铁工作人员", "站务员"], "studentf": ["学生", "理工大学生", "同学"],
    "univstaff": ["食堂工作人员", "宿管阿姨", "图书馆管理员", "学校物业"], "courier": ["快递员", "驿站工作人员", "驿站老板"],
    "parkstaff": ["园区工作人员", "景区工作人员", "冰场管理员"], "busdriver": ["专线车司机", "公交司机", "大巴司机"],
    "skistaff": ["雪场工作人员", "雪具大厅工作人员", "滑雪教练"], "mallstaff": ["商场服务台", "商场工作人员", "导购员"],
    "nurse": ["护士", "导诊护士", "医院工作人员"], "vendor": ["摊主", "卖菜的摊主", "市场商户"],
    "grid": ["网格员", "社区网格员"], "resident": ["小区居民", "居民", "业主"], "bathstaff": ["洗浴中心前台", "浴池服务员", "洗浴中心领班"],
    "waiter": ["服务员", "店长", "餐厅服务员"], "hotelstaff": ["酒店前台", "宾馆服务员"], "officestaff": ["大厅工作人员", "窗口工作人员"],
    "taxi": ["出租车司机", "的哥", "出租司机"], "ride": ["网约车司机", "网约车师傅"],
}
HOW_FOUND = {
    "cleaner": ["打扫卫生时在{loc}", "在{loc}清扫时", "收拾垃圾时在{loc}"],
    "security": ["巡逻时在{loc}", "在{loc}巡查时", "在{loc}"],
    "railstaff": ["在{loc}", "清理{loc}时"], "passer": ["路过{loc}时在地上", "在{loc}的地上", "在{loc}附近雪地里"],
    "police": ["巡逻时在{loc}", "在{loc}"], "sweeper": ["扫雪时在{loc}的雪堆里", "清雪时在{loc}", "在{loc}铲雪时从雪里"],
    "metro": ["清客时在{loc}", "在{loc}", "巡站时在{loc}"], "studentf": ["在{loc}", "在{loc}的座位上"],
    "univstaff": ["收拾{loc}时", "在{loc}"], "courier": ["在{loc}", "整理货架时在{loc}"],
    "parkstaff": ["在{loc}", "闭园清场时在{loc}"], "busdriver": ["收车时在{loc}", "在{loc}"],
    "skistaff": ["在{loc}", "收场时在{loc}"], "mallstaff": ["在{loc}", "巡场时在{loc}"],
    "nurse": ["在{loc}", "在{loc}的椅子上"], "vendor": ["在{loc}", "收摊时在{loc}"],
    "grid": ["入户走访时在{loc}", "在{loc}"], "resident": ["下楼时在{loc}", "在{loc}的雪地上"],
    "bathstaff": ["清理{loc}时", "在{loc}"], "waiter": ["收桌时在{loc}", "在{loc}"],
    "hotelstaff": ["在{loc}", "查房时在{loc}"], "officestaff": ["在{loc}", "整理座椅时在{loc}"],
    "taxi": ["收车时在后座", "下一位乘客提醒后在后座", "在车后座缝里"], "ride": ["在后座", "在副驾驶座下面"],
}


def finder_role(pk, mode):
    if mode in ("taxi", "ride"):
        return mode
    return wpick(ROLES[PLACES[pk]["kind"]])


PRIVATE = ("hotel", "bath", "restaurant")


def make_found_scene(obj, sc):
    """where and when the object surfaces, and who hands it in."""
    f = {"mode": "place"}
    cat = obj["cat"]
    if sc["mode"] in ("taxi", "ride") and chance(0.85):
        f["mode"] = sc["mode"]
        f["place"] = sc["to"] if chance(0.6) else pick(sorted(set(neighbours(sc["to"], 2500)) | {"station_sq"}))
    elif sc["mode"] == "metro":
        line = METRO1 if sc["line"] == "1号线" else METRO2
        f["place"] = wpick([(sc["to"], 4), (sc["from"], 1), (line[0], 1), (line[-1], 2), ("m_station", 2)])
    else:
        r = R.random()
        if r < 0.55 or cat in ("ebike", "bicycle") and r < 0.8:
            f["place"] = sc["place"]
        else:
            nb = [k for k in neighbours(sc["place"]) if PLACES[k]["kind"] not in PRIVATE]
            f["place"] = pick(nb) if nb else sc["place"]
    f["spot"] = spot_for(f["place"], cat)
    if f["place"] == sc["place"] and sc.get("spot") and chance(0.5):
        f["spot"] = sc["spot"]
    f["role"] = finder_role(f["place"], f["mode"])
    m = sc["m_loss"] - found_delay(cat)
    if m < 0:
        m = R.randint(0, max(0, sc["m_loss"] - 1))
    if f["mode"] == "place":
        m = open_hours(f["place"], m)
    f["m_found"] = m
    return f


def open_hours(pk, m):
    """move a finding forward (never back) into the hours the place is open."""
    lo, hi = HOURS[PLACES[pk]["kind"]]
    if PLACES[pk]["kind"] in ("rail", "hospital", "hotel", "bath", "community", "square"):
        return m
    t = at_minutes(m)
    if lo <= t.hour < hi:
        return m
    if t.hour >= hi:
        t2 = datetime.datetime(t.year, t.month, t.day, lo, 0) + datetime.timedelta(days=1)
    else:
        t2 = datetime.datetime(t.year, t.month, t.day, lo, 0)
    t2 += datetime.timedelta(minutes=R.randint(0, 50))
    m2 = minutes_before(t2)
    return m2 if m2 >= 0 else m


# ---------------------------------------------------------------- typing noise

TYPOS = [("钥匙", "要是"), ("身份证", "身分证"), ("钱包", "前包"), ("手机", "手几"), ("充电宝", "充电包"), ("学生证", "学生正"),
         ("羽绒服", "羽绒福"), ("围巾", "围斤"), ("手套", "手淘"), ("耳机", "耳几"), ("黑色", "黑涩"), ("发现", "发先"),
         ("地铁", "地贴"), ("食堂", "食糖"), ("银行卡", "银航卡"), ("电动车", "电东车"), ("笔记本", "笔记版"), ("图书馆", "图书管"),
         ("火车站", "火车占"), ("候车室", "候车是"), ("红色", "红涩"), ("保温杯", "保温被"), ("洗浴", "洗玉"), ("谢谢", "谢谢谢")]


def typo(text):
    cands = [(a, b) for a, b in TYPOS if a in text]
    if not cands:
        return text
    a, b = pick(cands)
    i = text.find(a)
    return text[:i] + b + text[i + len(a):]


def clip(text, n):
    return text if len(text) <= n else text[:n]


# ---------------------------------------------------------------- facts: what a registration states, for honesty checks

def add_fact(facts, k, v):
    facts.setdefault(k, []).append(v)


def _range_ok(x, y):
    lx, hx = (x, x) if not isinstance(x, tuple) else x
    ly, hy = (y, y) if not isinstance(y, tuple) else y
    return not (hx < ly or hy < lx)


def conflicts(fa, fb):
    """fact keys on which two registrations plainly disagree."""
    out = []
    for k in sorted(set(fa) & set(fb)):
        if k in ("amount", "keycount"):
            ok = any(_range_ok(x, y) for x in fa[k] for y in fb[k])
        else:
            ok = bool(set(repr(x) for x in fa[k]) & set(repr(y) for y in fb[k]))
        if not ok:
            out.append(k)
    return out


# ---------------------------------------------------------------- writing a lost report

OPENERS = {
    "student": ["", "你好，", "您好，", "麻烦帮忙登记一下，", "同学你好，", "我是理工大{college}{grade}的学生，"],
    "migrant": ["", "你好 ", "俺是在北岭{job}的，准备回{home}过年，", "我在这边{job}，", "警察同志你好，"],
    "tourist": ["你好，我是从{city}来北岭旅游的，", "我们一家从{city}来玩，", "您好，{city}游客，", "你好，第一次来东北，"],
    "driver": ["我是开出租的，", "本人出租车司机，", "你好，"],
    "local": ["", "您好，", "你好，", "麻烦了，"],
    "rider": ["我是送外卖的，", "我是跑快递的，", "你好，"],
}
KIN_OPENERS = ["我帮我{kin}登记一下，她不会打字。", "替我{kin}报个失，老人家不会用手机。", "我{kin}让我帮着写：",
               "我是孙女，帮我{kin}登记。", "代我{kin}报失："]
DISCOVER = ["回家才发现{n}不见了", "一摸兜{n}没了", "走出去没多远就发现{n}丢了", "到家后发现{n}没了",
            "后来找{n}怎么也找不到", "等想起来回去找已经没了", "出来才发现{n}不在身上了"]
CLOSINGS = {
    "student": ["麻烦有捡到的同学联系我，谢谢！", "求好心人归还，谢谢", "着急用，麻烦了", "", "有消息请联系我"],
    "migrant": ["俺过几天就回老家了，麻烦帮帮忙", "急着回家过年，谢谢了", "", "麻烦警察同志了"],
    "tourist": ["我们过两天就回{city}了，麻烦尽快联系", "后天的飞机，拜托了", "谢谢！", ""],
    "driver": ["有消息给我打电话", "", "谢谢"],
    "local": ["谢谢", "有捡到的请联系，必有酬谢", "", "麻烦了"],
    "rider": ["靠这个吃饭的，麻烦了", "", "谢谢"],
    "elderly": ["老人家挺着急的，麻烦了", "老人记性不好，时间地点可能不准", "谢谢警察同志", ""],
}
COLD_O = ["天太冷戴着手套，掉了也没感觉", "摘手套的时候可能带出来掉雪里了", "羽绒服兜浅，可能滑出去了", "当时冻得手都麻了没注意"]


def fill(t, owner):
    return t.format(college=owner.get("college", ""), grade=owner.get("grade", ""), job=owner.get("job", "打工"),
                    home=owner.get("home", "老家"), city=owner.get("city", "南方"), kin=owner.get("kin", "奶奶"))


def place_words(pk, spot=None, p_spot=0.5):
    name = pick(PLACES[pk]["names"])
    if spot and chance(p_spot):
        return name + spot
    return name


def drop_unsaid(rec, facts, color_word, brand_word):
    """a colour or brand word that ended up nowhere in the registration states nothing."""
    text = "".join(str(rec.get(k, "")) for k in ("body", "marks", "color", "brand", "model"))
    if color_word and color_word not in text and "color" in facts:
        del facts["color"]
    if brand_word and brand_word not in text and "brand" in facts:
        del facts["brand"]
        facts.pop("model", None)


def obj_desc(color_word, brand_word, model_word, noun, obj=None):
    if obj is not None:
        if not obj["desc_color"]:
            color_word = None
        if not obj["desc_brand"]:
            brand_word = model_word = None
    s = ""
    if color_word:
        if len(color_word) == 1:
            color_word += "色"
        s += color_word + ("" if color_word.endswith("的") else pick(["", "的"]))
        if noun[:1] == "一" and noun[1:2] in "袋串只个卷沓塑副部张本条把双根":
            s = ""   # "一袋药", "一串钥匙": a colour word does not go in front of a count
    if brand_word and not (model_word and brand_word.lower() in model_word.lower()):
        s += brand_word
    if model_word:
        s += (" " if s and model_word[0].isascii() and s[-1].isascii() else "") + model_word
    return s + noun


def write_lost(obj, owner, sc):
    per = owner["persona"]
    style = wpick([("first", 6), ("officer", 2), ("hurried", 1)])
    if style == "first" and per == "elderly":
        style = "kin"
    facts = {}
    add_fact(facts, "kind", obj["kind"])
    noun = pick(obj["o_noun"])
    color_word = brand_word = model_word = None
    if obj["color"] and chance(obj["o_color_p"]):
        color_word = color_owner(obj["color"], obj["shade"])
        add_fact(facts, "color", obj["color"])
    if obj["brand"] and chance(0.85 if obj["cat"] in ("phone", "electronics", "ebike", "bicycle") else 0.55):
        brand_word = brand_owner(obj["brand"])
        add_fact(facts, "brand", obj["brand"])
        if obj["model"] and chance(obj["model_o"]):
            model_word = pick(obj["model_forms"])
            add_fact(facts, "model", obj["model"])
    ser_field = None
    phrases = []
    for s in obj["serials"]:
        if s["o"] and chance(s["po"]):
            add_fact(facts, s["k"], s["val"])
            if ser_field is None and s["so"] and chance(0.8):
                ser_field = pick(s["so"])
                if chance(0.4):
                    phrases.append(pick(s["o"]))
            else:
                phrases.append(pick(s["o"]))
    hidden = []
    for f in obj["feats"]:
        if f["o"] and chance(f["po"]):
            ph = pick(f["o"])
            if f["k"]:
                if f["val"] is not None:
                    add_fact(facts, f["k"], f["val"])
                if f["k"] == "case" and isinstance(f["val"], tuple):
                    add_fact(facts, "casecolor", f["val"][0])
                phrases.append(ph)
            else:
                hidden.append(ph)
    if style == "hurried":
        phrases = phrases[:1]
        hidden = []
    if style == "officer":
        phrases = [x.replace("我叫", "其名叫").replace("我", "其") for x in phrases]
        hidden = [x.replace("我", "其") for x in hidden]
    elif style == "kin":
        kp = "她" if not owner["male"] else "他"
        phrases = [x.replace("我", kp) for x in phrases]
        hidden = [x.replace("我", kp) for x in hidden]
    R.shuffle(phrases)
    marks = None
    if phrases and style != "hurried" and chance(0.45):
        k = max(1, int(len(phrases) * R.uniform(0.5, 1.0)))
        marks = "；".join(phrases[:k])
        if chance(0.6):
            phrases = phrases[k:]
    desc = obj_desc(color_word, brand_word, model_word, noun, obj)
    t_from, t_to = at_minutes(sc["m_from"]), at_minutes(sc["m_to"])
    pk = sc["place"]
    mode = sc["mode"]
    # where and when, in the owner's words
    if mode == "metro":
        a, b = pick(PLACES[sc["from"]]["names"]), pick(PLACES[sc["to"]]["names"])
        where = "坐地铁%s从%s到%s" % (sc["line"], a, b)
        addr = pick(["地铁%s（%s—%s）" % (sc["line"], a, b), b, "地铁%s车厢" % sc["line"], a])
    elif mode in ("taxi", "ride"):
        a, b = pick(PLACES[sc["from"]]["names"]), pick(PLACES[sc["to"]]["names"])
        car = "出租车" if mode == "taxi" else "网约车"
        where = "从%s打%s到%s" % (a, car, b)
        addr = pick(["%s上（%s→%s）" % (car, a, b), b, "%s上" % car])
    else:
        where = None
        addr = place_words(pk, sc["spot"])
    pl = place_words(pk, sc["spot"], 0.45)
    act = activity(pk)
    discover = pick(DISCOVER).format(n=noun)
    if per == "tourist":
        discover = discover.replace("回家", "回酒店").replace("到家", "回到酒店")
    elif per == "student" and PLACES[pk]["kind"] == "univ":
        discover = discover.replace("回家", "回宿舍").replace("到家", "回到宿舍")
    body_obj = pick(["丢的是%s。" % desc, "是%s。" % desc, "%s丢了。" % desc, "丢了%s。" % desc])
    feats_txt = "，".join(phrases + hidden[:2])
    if feats_txt:
        feats_txt += "。"
    small = obj["cat"] in ("phone", "id_doc", "wallet", "keys", "cash", "jewelry") or obj["kind"] in (
        "手套", "暖手宝", "眼镜", "耳机", "充电宝", "电话手表")
    cold = pick(COLD_O) + "。" if small and chance(0.15) else ""
    season = datetime.date(2026, 1, 10) <= t_to.date() <= datetime.date(2026, 2, 16)
    vehicle = obj["cat"] in ("ebike", "bicycle")

    def ok(txt):
        return season or ("过年" not in txt and "回老家" not in txt)
    if style == "officer":
        rep = mask_name(owner["name"])
        sex = "男" if owner["male"] else "女"
        origin = {"tourist": "，%s人，来北岭旅游" % owner.get("city", ""), "migrant": "，%s人，务工人员" % owner.get("home", ""),
                  "student": "，北岭理工大学学生"}.get(per, "")
        if vehicle:
            w = "%s将其%s停放于%s" % (window_words(t_from, t_to, True), noun, pl)
            lost = "，后发现车辆丢失"
        elif where:
            w = "%s%s" % (window_words(t_from, t_to, True), where)
            lost = "，下车后发现%s遗失" % noun if mode in ("taxi", "ride") else "，出站后发现%s遗失" % noun
        else:
            w = "%s在%s%s时" % (window_words(t_from, t_to, True), pl, act)
            lost = "将%s遗失" % noun
        body = "报失人%s（%s，%d岁%s）称：其于%s%s。%s%s%s" % (
            rep, sex, owner["age"], origin, w, lost, "遗失物为%s。" % desc, feats_txt, pick(["", "现场已寻找未果。", "请有关单位协助查找。"] +
                                            (["已告知其挂失相关证件。"] if obj["cat"] in ("id_doc", "wallet") else []) +
                                            (["已调取周边监控，未见明显线索。"] if vehicle else [])))
        if sc.get("taxi_plate") and chance(0.35):
            body += "据其回忆车牌号为%s。" % sc["taxi_plate"]
            add_fact(facts, "taxi_plate", sc["taxi_plate"])
    elif style == "hurried":
        bits = [desc, pick(["丢了", "丢啦", "不见了"]), pick(PLACES[pk]["names"]), date_words(t_to)]
        if phrases:
            bits.append(phrases[0])
        body = pick([" ", "，", " "]).join(bits)
        body = typo(body) if chance(0.6) else body
    else:
        if style == "kin":
            op = fill(pick(KIN_OPENERS), owner)
            who = "老人"
            pron = "她" if not owner["male"] else "他"
            op = op.replace("她", pron)
        else:
            op = fill(pick([x for x in OPENERS.get(per, OPENERS["local"]) if ok(x)]), owner)
            pron = "我"
        if where:
            first = "%s%s%s，%s。" % (pron, date_words(t_from) + tod_word(t_from.hour) + clock_words(t_from), where,
                                     pick(["下车后发现%s落在车上了" % noun, "到了才发现%s没了" % noun, discover]))
            if sc.get("taxi_plate") and chance(0.3):
                first += pick(["车牌好像是%s。", "记得车牌是%s。"]) % sc["taxi_plate"]
                add_fact(facts, "taxi_plate", sc["taxi_plate"])
            if mode == "ride" and chance(0.5):
                first += "平台上联系司机没回。"
        elif vehicle:
            first = "%s%s%s把%s停在%s，%s%s去取车，%s。" % (
                pron, date_words(t_from), tod_word(t_from.hour) + clock_words(t_from), noun, pl,
                date_words(t_to), tod_word(t_to.hour), pick(["车没了", "车不见了", "找了一圈没找到", "原地方没有了"]))
        elif sc["wk"] in ("days", "weeks"):
            first = "%s，%s%s%s%s。" % (window_words(t_from, t_to), pron, pick(["在", "应该是在", "可能在"]), pl,
                                      pick(["丢的", "丢了" + noun, "把%s弄丢了" % noun]))
        else:
            first = "%s%s%s在%s%s，%s%s。" % (pron, date_words(t_from), tod_word(t_from.hour) + clock_words(t_from),
                                          pl, act, (tod_word(t_to.hour) + clock_words(t_to)) if t_to.date() == t_from.date()
                                          else date_words(t_to) + tod_word(t_to.hour), discover)
        body = op + first + body_obj + feats_txt + cold + fill(pick([x for x in CLOSINGS[per] if ok(x)]), owner)
        if chance(0.1):
            body = typo(body)
    body = clip(body, 600)
    rec = {"category": obj["cat"], "body": body}
    if color_word and chance(0.6):
        rec["color"] = color_word if chance(0.7) else color_owner(obj["color"], obj["shade"])
    if brand_word and chance(0.6):
        rec["brand"] = clip(brand_word if chance(0.7) else brand_owner(obj["brand"]), 60)
    if model_word and chance(0.6):
        rec["model"] = clip(model_word, 60)
    if ser_field:
        rec["serial"] = clip(ser_field, 60)
    if marks:
        rec["marks"] = clip(marks, 500)
    if chance(0.8 if style != "hurried" else 0.4):
        rec["address"] = clip(addr, 60)
    coords = None
    if mode == "place" and chance(0.5):
        coords = jitter(pk, 150)
    elif mode == "metro" and chance(0.3):
        coords = jitter(pick([sc["from"], sc["to"]]), 60)
    elif mode in ("taxi", "ride") and chance(0.3):
        coords = jitter(sc["to"], 120)
    if coords:
        rec["lat"], rec["lon"] = coords
    rec["lost_from_min"] = sc["m_from"]
    rec["lost_to_min"] = sc["m_to"]
    drop_unsaid(rec, facts, color_word, brand_word)
    rec["_facts"] = facts
    rec["_style"] = style
    return rec


# ---------------------------------------------------------------- writing a found registration

COLD_F = ["在雪里埋着，冻得冰凉", "表面结了一层霜", "沾满了雪", "被雪盖住了一半"]
F_INTRO = {
    "cleaner": ["我是{place}的保洁，", "保洁员交来：", ""], "security": ["{place}保安交来：", "我是{place}的保安，", ""],
    "railstaff": ["北岭站客运车间移交：", "车站工作人员交来，"], "passer": ["", "市民交来：", "一位市民送来，"],
    "police": ["巡逻民警带回：", ""], "sweeper": ["环卫工人交来：", "我是扫雪的，"],
    "metro": ["地铁运营公司移交：", "{place}站务员交来，", "地铁{line}失物移交，"], "studentf": ["理工大学生送来：", "我是理工大的学生，"],
    "univstaff": ["理工大后勤交来：", "学校工作人员送来，"], "courier": ["{place}交来：", "我是驿站的，"],
    "parkstaff": ["{place}游客中心移交：", "{place}工作人员交来，"], "busdriver": ["专线车司机交来：", "我是开车的司机，"],
    "skistaff": ["雪松岭雪场移交：", "雪场工作人员送来，"], "mallstaff": ["{place}服务台移交：", "商场工作人员交来，"],
    "nurse": ["{place}移交：", "医院工作人员送来，"], "vendor": ["市场摊主交来：", "我是{place}卖货的，"],
    "grid": ["{place}网格员交来：", "社区网格员报告，"], "resident": ["小区居民交来：", "我是{place}的住户，"],
    "bathstaff": ["{place}前台交来：", "洗浴中心送来，"], "waiter": ["{place}服务员交来：", "饭店送来，"],
    "hotelstaff": ["{place}前台交来：", "宾馆送来，"], "officestaff": ["{place}工作人员交来：", ""],
    "taxi": ["出租车司机交来：", "我是出租车司机，车牌{plate}，"], "ride": ["网约车司机交来：", "我是跑网约车的，"],
}


def write_found(obj, fs, sc=None):
    """fs: found scene. sc: the loss scene, only used for what a driver can see (the taxi plate)."""
    facts = {}
    add_fact(facts, "kind", obj["kind"])
    role = fs["role"]
    pk = fs["place"]
    noun = pick(obj["f_noun"])
    color_word = brand_word = model_word = None
    if obj["f_colorfam"] and chance(obj["f_color_p"]):
        color_word = color_finder(obj["f_colorfam"])
        add_fact(facts, "color" if obj["f_colorfam"] == obj["color"] else "casecolor", obj["f_colorfam"])
    if obj["brand"] and chance(obj["brand_vis"]):
        brand_word = brand_finder(obj["brand"])
        add_fact(facts, "brand", obj["brand"])
        if obj["model"] and chance(obj["model_f"]):
            model_word = pick(obj["model_forms"])
            add_fact(facts, "model", obj["model"])
    ser_field = None
    phrases = []
    for s in obj["serials"]:
        if s["f"] and chance(s["pf"]):
            add_fact(facts, s["k"], s["val"])
            if ser_field is None and s["sf"] and chance(0.7):
                ser_field = pick(s["sf"])
                if chance(0.5):
                    phrases.append(pick(s["f"]))
            else:
                phrases.append(pick(s["f"]))
    for f in obj["feats"]:
        if f["f"] and chance(f["pf"]):
            phrases.append(pick(f["f"]))
            if f["k"] and f["val"] is not None:
                add_fact(facts, f["k"], f["val"])
                if f["k"] == "case" and isinstance(f["val"], tuple):
                    add_fact(facts, "casecolor", f["val"][0])
    if chance(0.12) and role in ("sweeper", "passer", "resident", "security", "grid", "cleaner"):
        phrases.append(pick(COLD_F))
    brief = chance(0.12)
    if brief:
        phrases = phrases[:1]
    R.shuffle(phrases)
    marks = None
    if phrases and not brief and chance(0.5):
        k = max(1, int(len(phrases) * R.uniform(0.5, 1.0)))
        marks = "；".join(phrases[:k])
        if chance(0.5):
            phrases = phrases[k:]
    desc = obj_desc(color_word, brand_word, model_word, noun, obj)
    t = at_minutes(fs["m_found"])
    spot = fs["spot"]
    plname = pick(PLACES[pk]["names"])
    rname = pick(ROLE_NAME[role])
    loc_full = plname + spot if chance(0.8) else plname
    how = pick(HOW_FOUND[role]).format(loc=loc_full)
    plate = sc["taxi_plate"] if sc and sc.get("taxi_plate") else "岭A·" + pick("BDTFHLK") + digits(4)
    intro = pick(F_INTRO[role]).format(place=plname, line=line_of(pk) or "", plate=plate)
    if role == "taxi" and "车牌" in intro and sc and sc.get("taxi_plate"):
        add_fact(facts, "taxi_plate", sc["taxi_plate"])
    if obj["cat"] in ("ebike", "bicycle") and chance(0.6):
        phrases.append(pick(["停放多日无人认领", "在此停了好几天没人动", "车上落满了雪，像是很久没人骑了"]))
    feats_txt = "，".join(phrases)
    style = wpick([("record", 4), ("first", 3), ("list", 2)]) if not brief else "brief"
    finder_name = make_name(chance(0.5))
    if role in ("taxi", "ride"):
        drop = pick(PLACES[fs["place"]]["names"])
        where_txt = "%s，%s送一名乘客到%s附近，乘客下车后" % (when_words(t), pick(["从火车站", "", "晚上"]) if chance(0.3) else "", drop)
        where_txt = where_txt.replace("，送", "送")
        body_core = "%s%s发现%s" % (where_txt, how, desc)
    else:
        body_core = None
    if style == "brief":
        body = "%s %s %s" % (desc, plname + (spot if chance(0.5) else ""), pick(["捡到", "拾得", "有人交来", ""]))
        if phrases:
            body += " " + phrases[0]
    elif style == "record":
        if body_core:
            body = "拾得人%s（%s）称：%s。%s" % (mask_name(finder_name) if chance(0.5) else finder_name, rname, body_core,
                                         feats_txt + "。" if feats_txt else "")
        else:
            body = "拾得人%s（%s）于%s%s拾得%s。%s%s" % (
                mask_name(finder_name) if chance(0.5) else finder_name, rname, when_words(t, True),
                how, desc, feats_txt + "。" if feats_txt else "", pick(["已登记入库。", "物品已封存。", "", "待失主认领。"]))
    elif style == "first":
        if body_core:
            body = intro + body_core + "。" + (feats_txt + "。" if feats_txt else "") + pick(["交到所里，麻烦找一下失主。", "", "请联系失主。"])
        else:
            if plname in intro and chance(0.7):
                how = pick(HOW_FOUND[role]).format(loc=spot)
            body = "%s%s%s捡到%s。%s%s" % (intro, when_words(t), how, desc,
                                      feats_txt + "。" if feats_txt else "", pick(["交到派出所。", "", "麻烦联系失主。", "没人来找，送过来了。"]))
    else:
        lines = ["物品：%s" % desc]
        if feats_txt:
            lines.append("特征：%s" % feats_txt)
        lines.append("拾得地点：%s%s" % (plname, spot if role not in ("taxi", "ride") else "（出租车内）" if role == "taxi" else "（网约车内）"))
        lines.append("拾得时间：%s" % when_words(t, True))
        lines.append("交来人：%s%s" % (rname, mask_name(finder_name)))
        body = "；".join(lines) + "。"
    if obj["cat"] in ("ebike", "bicycle"):
        body = body.replace("拾得人", "报告人").replace("拾得", "发现").replace("捡到", "发现")
    body = clip(body, 600)
    if chance(0.05):
        body = typo(body)
    rec = {"category": obj["cat_f"], "body": body}
    if color_word and chance(0.65):
        rec["color"] = color_word
    if brand_word and chance(0.55):
        rec["brand"] = clip(brand_word, 60)
    if model_word and chance(0.7):
        rec["model"] = clip(model_word, 60)
    if ser_field:
        rec["serial"] = clip(ser_field, 60)
    if marks:
        rec["marks"] = clip(marks, 500)
    if chance(0.85):
        if role in ("taxi", "ride"):
            rec["address"] = pick(["出租车内" if role == "taxi" else "网约车内", plname, "%s（乘客下车处）" % plname])
        else:
            rec["address"] = clip(plname + (spot if chance(0.5) else ""), 60)
    if chance(0.6):
        rec["lat"], rec["lon"] = jitter(pk, 120)
    rec["found_at_min"] = fs["m_found"]
    drop_unsaid(rec, facts, color_word, brand_word)
    rec["_facts"] = facts
    return rec


# ---------------------------------------------------------------- the set

CATS = ["phone", "id_doc", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
TRUE_Q = {"phone": 52, "id_doc": 46, "wallet": 34, "keys": 30, "bag": 30, "electronics": 28, "other": 40,
          "jewelry": 14, "cash": 10, "ebike": 9, "bicycle": 7}
NEVER_Q = {"phone": 18, "id_doc": 14, "wallet": 11, "keys": 10, "bag": 9, "electronics": 8, "other": 14,
           "jewelry": 6, "cash": 5, "ebike": 3, "bicycle": 2}
NEG_Q = [("same_category_colour", 85), ("found_before_loss", 40), ("same_brand_elsewhere", 35), ("desk_traffic", 40)]
PERSONA_W = {
    "phone": [("student", 4), ("elderly", 2), ("migrant", 2), ("tourist", 3), ("driver", 1), ("local", 3), ("rider", 1)],
    "id_doc": [("student", 4), ("elderly", 2), ("migrant", 2), ("tourist", 2), ("driver", 1), ("local", 3), ("rider", 1)],
    "wallet": [("student", 2), ("elderly", 3), ("migrant", 2), ("tourist", 2), ("driver", 1), ("local", 3)],
    "keys": [("student", 2), ("elderly", 3), ("migrant", 1), ("driver", 1), ("local", 4), ("rider", 1)],
    "ebike": [("local", 3), ("rider", 4), ("elderly", 1), ("migrant", 1), ("student", 1)],
    "bicycle": [("student", 6), ("local", 2), ("elderly", 1)],
    "bag": [("student", 3), ("migrant", 3), ("tourist", 3), ("elderly", 1), ("local", 2)],
    "cash": [("migrant", 3), ("elderly", 3), ("local", 2), ("driver", 1)],
    "jewelry": [("elderly", 3), ("local", 3), ("tourist", 2), ("student", 1)],
    "electronics": [("student", 5), ("tourist", 3), ("local", 3), ("rider", 1)],
    "other": [("student", 3), ("elderly", 3), ("tourist", 3), ("local", 3), ("migrant", 1), ("driver", 1)],
}
CROSS = [("wallet", "id_doc"), ("phone", "electronics"), ("electronics", "bag"), ("cash", "wallet")]


def cross_obj(kind, owner):
    if kind == ("wallet", "id_doc"):
        o = gen_id_doc(owner, doc="身份证")
        if not any(f["k"] == "holder" for f in o["feats"]):
            hfam = pick(["black", "brown", "blue"])
            set_color(o, hfam)
            o["feats"].append(FT("holder", (hfam, "卡包"), o=["%s卡包" % cadj(hfam)],
                                 f=["装于%s卡包内" % cfadj(hfam)], po=0.8, pf=0.9))
        o["cat"] = "wallet"
        o["o_noun"] = ["装身份证的卡包", "卡包和身份证", "小卡包"]
    elif kind == ("phone", "electronics"):
        o = gen_electronics(owner, brand=pick(["huawei", "xiaomi"]), kind="手表")
        o["model"], o["model_forms"] = None, []
        o["o_noun"] = ["儿童电话手表", "孩子的电话手表", "小孩的手表电话"]
        o["f_noun"] = ["儿童手表一块", "儿童智能手表", "电子手表一块"]
        o["kind"] = "电话手表"
        o["cat"] = "phone"
    elif kind == ("electronics", "bag"):
        o = gen_electronics(owner, kind="笔记本电脑")
        cc = pick(["grey", "black", "blue"])
        o["feats"] = [f for f in o["feats"] if f["k"] != "case"]
        o["feats"].append(FT("case", (cc, "内胆包"), o=["装在%s内胆包里" % cadj(cc)], f=None, po=0.8))
        o["f_noun"] = ["%s电脑内胆包一个，内有笔记本电脑" % cfadj(cc), "电脑包（装有笔记本电脑一台）"]
        o["f_colorfam"] = cc
        o["cat_f"] = "bag"
    else:
        o = gen_cash(owner, kind="纸条包")
        o["o_noun"] = ["零钱包里的钱", "钱和零钱包", "一个零钱包装的现金"]
        o["f_noun"] = ["零钱包一个，内有现金", "小钱包（装有现金）"]
        o["kind"] = "cash:零钱包"
        o["cat_f"] = "wallet"
    o["cat_f"] = kind[1]
    return o


def loss_points(sc):
    if sc["mode"] == "metro":
        line = METRO1 if sc["line"] == "1号线" else METRO2
        i, j = sorted((line.index(sc["from"]), line.index(sc["to"])))
        return [PLACES[k] for k in line[i:j + 1]]
    if sc["mode"] in ("taxi", "ride"):
        return [PLACES[sc["from"]], PLACES[sc["to"]]]
    return [PLACES[sc["place"]]]


def near_enough(sc, fpk, metres=2000):
    fp = PLACES[fpk]
    return any(dist_m((p["lat"], p["lon"]), (fp["lat"], fp["lon"])) <= metres for p in loss_points(sc))


def build():
    lost, found = [], []
    plan = []
    for c in CATS:
        plan += [("pair", c)] * TRUE_Q[c] + [("never", c)] * NEVER_Q[c]
    R.shuffle(plan)
    cross_at = {}
    pair_idx = [i for i, (t, c) in enumerate(plan) if t == "pair"]
    for kind in CROSS:
        cands = [i for i in pair_idx if plan[i][1] == kind[0] and i not in cross_at]
        cross_at[pick(cands)] = kind
    for i, (t, c) in enumerate(plan):
        per = "local" if cross_at.get(i) == ("phone", "electronics") else wpick(PERSONA_W[c])
        owner = make_person(per)
        if i in cross_at:
            obj = cross_obj(cross_at[i], owner)
        else:
            obj = make_obj(c, owner)
        sc = make_scene(owner, c)
        L = write_lost(obj, owner, sc)
        L["_obj"], L["_owner"], L["_sc"], L["_cross"] = obj, owner, sc, i in cross_at
        lost.append(L)
        if t == "pair":
            fs = make_found_scene(obj, sc)
            F = write_found(obj, fs, sc)
            F["_obj"], F["_fs"], F["_sc"], F["_neg"] = obj, fs, sc, None
            F["_truth_of"] = L
            L["_truth"] = F
            found.append(F)
        else:
            L["_truth"] = None
    return lost, found


def decoy_kind(ao):
    k = ao["kind"]
    if ao["cat"] == "cash":
        return k.split(":", 1)[1]
    if ao["cat"] in ("wallet", "bag", "jewelry", "electronics", "other", "id_doc"):
        return k
    return None


def make_decoy(anchor, label):
    ao, asc, aown = anchor["_obj"], anchor["_sc"], anchor["_owner"]
    cat = ao["cat"]
    owner2 = make_person(wpick(PERSONA_W[cat]))
    if label == "same_brand_elsewhere":
        obj = make_obj(cat, owner2, brand=ao["brand"], kind=decoy_kind(ao) if chance(0.5) else None)
    else:
        brand = ao["brand"] if ao["brand"] and chance(0.4 if label == "same_category_colour" else 0.5) else None
        obj = make_obj(cat, owner2, brand=brand, fam=ao["color"] or None, kind=decoy_kind(ao))
    fs = {"mode": "place"}
    if label == "same_category_colour":
        if asc["mode"] == "place":
            fs["place"] = asc["place"] if chance(0.6) else pick(
                [k for k in neighbours(asc["place"]) if PLACES[k]["kind"] not in PRIVATE] or [asc["place"]])
        else:
            fs["place"] = pick([p["key"] for p in loss_points(asc)])
        lo = max(0, asc["m_loss"] - 2880)
        fs["m_found"] = R.randint(lo, max(lo, asc["m_from"]))
    elif label == "found_before_loss":
        fs["place"] = asc["place"] if chance(0.8) else pick(neighbours(asc["place"]) or [asc["place"]])
        fs["m_found"] = min(MAXMIN, asc["m_from"] + R.randint(60, 4320))
    else:
        fs["place"] = pick(far_places(asc["place"]))
        weeks = R.randint(14 * 1440, 42 * 1440)
        m = asc["m_loss"] + weeks if (chance(0.5) or asc["m_loss"] < weeks) else asc["m_loss"] - weeks
        fs["m_found"] = max(0, min(MAXMIN, m))
    if label != "found_before_loss":
        fs["m_found"] = open_hours(fs["place"], fs["m_found"])
    fs["spot"] = spot_for(fs["place"], cat)
    if fs["place"] == asc["place"] and chance(0.4):
        fs["spot"] = asc["spot"]
    fs["role"] = finder_role(fs["place"], "place")
    F = write_found(obj, fs)
    F["_obj"], F["_fs"], F["_sc"], F["_neg"] = obj, fs, None, label
    F["_anchor"] = anchor
    return F


def desk_item():
    cat = wpick([("other", 8), ("keys", 4), ("id_doc", 4), ("wallet", 2), ("phone", 2), ("bag", 3), ("electronics", 3),
                 ("jewelry", 1), ("bicycle", 1), ("ebike", 1), ("cash", 1)])
    owner = make_person(wpick(PERSONA_W[cat]))
    obj = make_obj(cat, owner)
    pk = pick(PLACE_ORDER)
    fs = {"mode": "place", "place": pk, "spot": spot_for(pk, cat),
          "m_found": open_hours(pk, R.randint(30, minutes_before(START)))}
    fs["role"] = finder_role(pk, "place")
    F = write_found(obj, fs)
    F["_obj"], F["_fs"], F["_sc"], F["_neg"] = obj, fs, None, "desk_traffic"
    F["_anchor"] = None
    return F


def could_be(L, F):
    """True when nothing written in F or L rules F out as L's object."""
    if F["_obj"]["cat_f"] != L["category"] and F["_obj"]["cat"] != L["_obj"]["cat"]:
        return False
    if F["found_at_min"] > L["lost_from_min"] or F["found_at_min"] < L["lost_to_min"] - 7 * 1440:
        return False
    if not near_enough(L["_sc"], F["_fs"]["place"]):
        return False
    return not conflicts(L["_facts"], F["_facts"])


def anchors_for(lost, label):
    ok = [L for L in lost if not L["_cross"]]
    if label == "same_brand_elsewhere":
        ok = [L for L in ok if L["_obj"]["brand"]]
    if label == "same_category_colour":
        ok = [L for L in ok if L["_obj"]["color"]]
    return ok


def add_negatives(lost, found):
    negs = []
    for label, n in NEG_Q:
        made = 0
        pool = anchors_for(lost, label)
        never = [L for L in pool if L["_truth"] is None]
        paired = [L for L in pool if L["_truth"] is not None]
        tries = 0
        while made < n and tries < n * 40:
            tries += 1
            if label == "desk_traffic":
                F = desk_item()
            else:
                anchor = pick(never) if (chance(0.55) and never) else pick(paired)
                F = make_decoy(anchor, label)
                ff, ao = F["_facts"], anchor["_obj"]
                if label == "same_brand_elsewhere" and ff.get("brand") != [ao["brand"]]:
                    continue   # the finder must have seen and written the same brand
                if label == "same_category_colour" and ao["color"] not in ff.get("color", []) + ff.get("casecolor", []):
                    continue   # the finder must have written the same colour family
                if label == "same_category_colour" and could_be(anchor, F):
                    continue
                if label == "same_brand_elsewhere" and F["found_at_min"] <= anchor["lost_from_min"] and could_be(anchor, F):
                    continue
            # a negative must not fit any lost report on what the two registrations say
            if any(could_be(L, F) for L in lost):
                continue
            negs.append(F)
            made += 1
        if made < n:
            sys.stderr.write("only %d of %d negatives of kind %s\n" % (made, n, label))
    found.extend(negs)


def ambiguous_pairs(lost, found):
    out = []
    for L in lost:
        for F in found:
            if L["_truth"] is F:
                continue
            if could_be(L, F):
                out.append((L, F))
    return out


def reroll_truths(lost, found):
    """a true found item that another report cannot tell apart from its own is written again (same object, new words)."""
    for _ in range(6):
        amb = ambiguous_pairs(lost, found)
        if not amb:
            break
        seen = set()
        for L, F in amb:
            if id(F) in seen or F["_neg"]:
                continue
            seen.add(id(F))
            best = None
            for _ in range(12):
                G = write_found(F["_obj"], F["_fs"], F["_sc"])
                G["_obj"], G["_fs"], G["_sc"], G["_neg"], G["_truth_of"] = F["_obj"], F["_fs"], F["_sc"], None, F["_truth_of"]
                n = sum(1 for L2 in lost if L2["_truth"] is not F and could_be(L2, G))
                if best is None or n < best[0]:
                    best = (n, G)
                if n == 0:
                    break
            G = best[1]
            F.clear()
            F.update(G)
    return ambiguous_pairs(lost, found)


LOST_FIELDS = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "lost_from_min", "lost_to_min", "truth"]
FOUND_FIELDS = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
                "found_at_min", "negative"]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "set%d.json" % NN)
    lost, found = build()
    amb = reroll_truths(lost, found)
    add_negatives(lost, found)
    amb = ambiguous_pairs(lost, found)
    R.shuffle(lost)
    R.shuffle(found)
    for i, F in enumerate(found):
        F["key"] = "%s-F%04d" % (PFX, i + 1)
        F["negative"] = F["_neg"]
    for i, L in enumerate(lost):
        L["key"] = "%s-L%04d" % (PFX, i + 1)
        L["truth"] = L["_truth"]["key"] if L["_truth"] is not None else None
    outl = [{k: L[k] for k in LOST_FIELDS if k in L and (L[k] is not None or k == "truth")} for L in lost]
    outf = [{k: F[k] for k in FOUND_FIELDS if k in F and F[k] is not None} for F in found]
    doc = {"seed": SEED, "made_by": "tests/lostfound/make_set%d.py" % NN, "parts": {"set%d" % NN: {"found": outf, "lost": outl}}}
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    # a short account on stderr
    neg = {}
    for F in found:
        if F["_neg"]:
            neg[F["_neg"]] = neg.get(F["_neg"], 0) + 1
    cross = sum(1 for L in lost if L["_truth"] is not None and L["_truth"]["category"] != L["category"])
    near = sum(1 for F in found if F["_neg"] in ("same_category_colour", "found_before_loss")
               and F["_anchor"] is not None and F["_fs"]["place"] == F["_anchor"]["_sc"]["place"])
    sys.stderr.write("wrote %s: %d lost (%d with truth), %d found; negatives %s; cross-category pairs %d; "
                     "negatives at the very place of their report %d; reports that a wrong item fits on paper %d\n"
                     % (out, len(lost), sum(1 for L in lost if L["_truth"] is not None), len(found),
                        json.dumps(neg, sort_keys=True), cross, near, len(amb)))


if __name__ == "__main__":
    main()
