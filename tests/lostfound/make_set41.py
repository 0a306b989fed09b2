#!/usr/bin/env python3
"""Writes set41.json: a blind labelled lost-and-found set for the 阳光坐席 desk of the
榕湾 police station (榕湾街道, the invented 闽江口市), plum-rain season, June 2026.

Written from the issue text alone, without looking at the matcher.  Every object is first
drawn as a hidden truth record; the owner's lost report and the finder's registration are then
written from that record separately, each in its own voice and knowing only what that person
would know.  Standard library only, one random.Random(SEED), no iteration over sets.

    python3 make_set41.py            # writes set41.json next to this file
    python3 make_set41.py --stdout   # prints the same JSON to stdout (used by check_set41.py)
"""
import datetime as dtm
import json
import math
import os
import random
import sys

SEED = 20261241
NN = 41
PFX = "T3"
PART = "set41"
MADE_BY = "tests/lostfound/make_set41.py"
NOW = dtm.datetime(2026, 7, 3, 9, 0)      # the single moment every registration is made
MAXMIN = 172800

N_PAIRS = 300
N_NEVER = 100
N_NEG = 200

R = random.Random(SEED)
USED = set()          # membership only, never iterated


# --------------------------------------------------------------------------- small helpers
def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def rint(a, b):
    return R.randint(a, b)


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def some(seq, p, at_least=1):
    """Each element kept with probability p, order kept; at least `at_least` if possible."""
    out = [x for x in seq if chance(p)]
    if len(out) < at_least and seq:
        rest = [x for x in seq if x not in out]
        while len(out) < at_least and rest:
            x = pick(rest)
            rest.remove(x)
            out.append(x)
        out = [x for x in seq if x in out]
    return out


def uniq(maker):
    for _ in range(1000):
        v = maker()
        if v not in USED:
            USED.add(v)
            return v
    raise RuntimeError("could not draw a unique value")


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def alnum(n):
    return "".join(pick(ALNUM) for _ in range(n))


# --------------------------------------------------------------------------- time
def dt_of(m):
    return NOW - dtm.timedelta(minutes=m)


def m_of(d):
    return int(round((NOW - d).total_seconds() / 60.0))


def pod(h):
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
    return "半夜"


def h12(h):
    if h == 0:
        return 12
    return h if h <= 12 else h - 12


SPECIAL_DAYS = {
    (6, 15): ["农历五月初一", "初一"],
    (6, 19): ["端午节那天", "端午节", "端午"],
    (6, 24): ["中考第一天"],
    (6, 25): ["中考第二天"],
    (6, 26): ["中考最后一天"],
    (6, 29): ["农历五月十五", "十五那天"],
}


def odate(d):
    sp = SPECIAL_DAYS.get((d.month, d.day))
    if sp and chance(0.45):
        return pick(sp)
    return pick([f"{d.month}月{d.day}日", f"{d.month}月{d.day}号", f"{d.month}月{d.day}号", f"{d.day}号"])


def oclock(d):
    """Owner's way of saying a clock time that lies on a 10-minute boundary."""
    h, mi = d.hour, d.minute
    if mi == 0:
        return f"{h12(h)}点"
    if mi == 30:
        return f"{h12(h)}点半"
    return f"{h12(h)}点{mi}分" if chance(0.5) else f"{h12(h)}:{mi:02d}"


def owindow(f_m, t_m):
    a, b = dt_of(f_m), dt_of(t_m)
    if a.date() == b.date():
        if f_m - t_m <= 30:
            return f"{odate(a)}{pod(a.hour)}{oclock(a)}左右"
        pa, pb = pod(a.hour), pod(b.hour)
        mid = "" if pa == pb else pb
        return pick([f"{odate(a)}{pa}{oclock(a)}到{mid}{oclock(b)}之间",
                     f"{odate(a)}{pa}{oclock(a)}至{mid}{oclock(b)}",
                     f"{odate(a)}{pa}{oclock(a)}到{mid}{oclock(b)}"])
    return pick([f"{odate(a)}{pod(a.hour)}{oclock(a)}到{odate(b)}{pod(b.hour)}{oclock(b)}之间",
                 f"从{odate(a)}{pod(a.hour)}到{odate(b)}{pod(b.hour)}",
                 f"{odate(a)}{pod(a.hour)}{oclock(a)}至{odate(b)}{pod(b.hour)}{oclock(b)}"])


def ftime(d):
    return pick([f"{d.year}年{d.month}月{d.day}日{d.hour}时{d.minute}分许",
                 f"{d.month}月{d.day}日{d.hour}时许",
                 f"{d.month}月{d.day}日{d.hour:02d}:{d.minute:02d}",
                 f"{d.month}月{d.day}日{pod(d.hour)}{h12(d.hour)}点多",
                 f"{d.month}月{d.day}日{d.hour}时{d.minute}分"])


# --------------------------------------------------------------------------- geography
LAT0, LON0 = 26.0587, 119.3129        # origin: 榕湾派出所 (invented neighbourhood)


def ll(n, e):
    lat = LAT0 + n / 111320.0
    lon = LON0 + e / (111320.0 * math.cos(math.radians(LAT0)))
    return round(lat, 6), round(lon, 6)


def dist_m(a, b):
    return math.hypot(a[0] - b[0], a[1] - b[1])


# spots: (owner words, desk words, (dn, de) metres from the place point)
PLACES = [
    dict(k="market", local=["老菜市", "榕湾菜市", "菜市场", "老市场"], off="榕湾农贸市场",
         mapn="榕湾综合农贸市场(桂井路店)", addr="桂井路118号", xy=(140, -220),
         spots=[("东门口", "东门", (20, 60)), ("卖鱼那排", "水产区", (-10, 0)), ("熟食档那边", "熟食区", (30, -40)),
                ("门口早点摊", "东门早餐摊", (10, 75)), ("二楼干货", "二楼干货区", (0, -10)),
                ("后面车棚", "北侧非机动车棚", (70, -30))],
         acts=["买菜", "买鱼", "买早点", "称肉", "买海蛎"],
         finders=[("vendor", 4), ("sanitation", 3), ("resident", 3), ("guard", 2)],
         hours=[(5, 2), (6, 5), (7, 6), (8, 5), (9, 4), (10, 3), (11, 1), (15, 1), (16, 2), (17, 2)]),
    dict(k="nightst", local=["桂井夜市", "夜市", "美食街", "夜市那条街"], off="桂井路美食街",
         mapn="桂井路夜市美食街", addr="桂井路2-60号", xy=(420, -180),
         spots=[("牌坊那头", "北入口牌坊", (90, 0)), ("鱼丸店门口", "鱼丸店门前", (40, 10)),
                ("烧烤摊", "中段烧烤摊位", (0, 0)), ("公厕旁边", "美食街公厕旁", (-30, 20)),
                ("拐角奶茶店", "南口奶茶店门前", (-90, -10)), ("海蛎饼摊", "海蛎饼摊位前", (20, -15))],
         acts=["吃宵夜", "吃鱼丸", "吃海蛎饼", "逛夜市", "喝糖水", "吃烧烤"],
         finders=[("vendor", 5), ("sanitation", 3), ("tourist", 2), ("resident", 2), ("guard", 1)],
         hours=[(17, 2), (18, 4), (19, 6), (20, 7), (21, 6), (22, 5), (23, 3), (0, 1)]),
    dict(k="ferry", local=["渡口", "老渡头", "榕湾渡口", "轮渡"], off="江口轮渡榕湾码头",
         mapn="榕湾轮渡站", addr="江滨路1号", xy=(-380, 90),
         spots=[("候船厅", "候船室", (0, 0)), ("检票口", "检票闸口", (10, 15)), ("渡船上", "渡船客舱", (-60, 40)),
                ("栈桥上", "登船栈桥", (-35, 25)), ("码头外面停车的地方", "码头外非机动车停放点", (40, -20))],
         acts=["坐渡轮", "等渡船", "过江", "接人"],
         finders=[("ferry", 6), ("sanitation", 2), ("resident", 2), ("guard", 1)],
         hours=[(6, 3), (7, 5), (8, 4), (9, 2), (11, 2), (13, 2), (16, 3), (17, 5), (18, 4), (19, 2)]),
    dict(k="farbank", local=["对岸码头", "沙洲那边", "沙洲渡口"], off="江口轮渡沙洲码头",
         mapn="沙洲轮渡站", addr="沙洲路1号", xy=(-1620, 380),
         spots=[("候船室", "候船室", (0, 0)), ("出口", "出站口", (20, 10))],
         acts=["坐渡轮到对岸"], finders=[("ferry", 5), ("guard", 1)],
         hours=[(7, 3), (8, 3), (17, 3), (18, 3)]),
    dict(k="temple", local=["妈祖庙", "天后宫", "娘妈宫"], off="榕湾天后宫",
         mapn="天后宫(榕湾社区)", addr="天后路27号", xy=(-120, -60),
         spots=[("香炉前面", "大殿香炉前", (0, 0)), ("戏台下面", "古戏台前", (25, -20)),
                ("功德箱旁边", "功德箱旁", (5, 5)), ("偏殿", "西偏殿", (0, -25)), ("庙前广场", "庙前广场", (-35, 0))],
         acts=["烧香", "拜妈祖", "看闽剧", "求签", "帮忙折纸钱"],
         finders=[("temple", 6), ("resident", 2), ("sanitation", 1)],
         hours=[(6, 3), (7, 4), (8, 4), (9, 3), (10, 2), (19, 3), (20, 3), (21, 1)]),
    dict(k="guanyin", local=["观音亭", "亭仔"], off="慈云观音亭", mapn="慈云亭", addr="慈云巷5号", xy=(260, 310),
         spots=[("亭子里", "亭内", (0, 0)), ("门口石凳", "门前石凳", (-10, 5))],
         acts=["拜拜", "乘凉", "听人讲古"], finders=[("temple", 3), ("resident", 3)],
         hours=[(6, 2), (7, 3), (8, 2), (16, 2), (17, 3), (18, 2)]),
    dict(k="school", local=["十一中", "榕湾中学", "十一中考点"], off="闽江口市第十一中学",
         mapn="闽江口市第十一中学(榕湾校区)", addr="学府路9号", xy=(520, 420),
         spots=[("校门口", "学校正门", (0, 0)), ("家长等的地方", "家长等候区", (-30, 20)),
                ("对面奶茶店", "校门对面奶茶店", (-45, -10)), ("警戒线外面", "考点警戒线外", (-15, 5)),
                ("学校边上的公交站", "学府路公交站", (-60, 70))],
         acts=["考试", "送孩子考试", "等孩子考完", "上学"],
         finders=[("school", 6), ("guard", 2), ("vendor", 1), ("resident", 1)],
         hours=[(7, 5), (8, 4), (9, 1), (11, 5), (12, 2), (14, 3), (16, 2), (17, 5)]),
    dict(k="oldblock", local=["澄波坊", "三坊", "老街", "坊巷"], off="澄波坊历史文化街区",
         mapn="澄波坊历史街区(南入口)", addr="澄波路", xy=(-60, 560),
         spots=[("南入口牌坊", "南入口", (-80, 0)), ("网红墙那", "彩绘墙下", (0, 30)), ("茶馆", "老茶馆", (40, -10)),
                ("石板桥", "澄波桥", (20, 60)), ("游客中心", "游客服务中心", (-60, -30)), ("文创店", "文创店门口", (60, 20))],
         acts=["逛街", "拍照", "喝茶", "买伴手礼", "听评话"],
         finders=[("shop", 4), ("tourist", 2), ("guard", 3), ("sanitation", 2)],
         hours=[(9, 2), (10, 4), (11, 3), (14, 3), (15, 4), (16, 4), (19, 4), (20, 4), (21, 2)]),
    dict(k="carp", local=["鲤鱼巷", "鲤鱼巷子"], off="鲤鱼巷", mapn="鲤鱼巷(西段)", addr="鲤鱼巷", xy=(60, 180),
         spots=[("巷口", "巷口", (0, -60)), ("中间那口井", "巷中段古井旁", (0, 0)), ("巷尾", "巷尾", (0, 70))],
         acts=["走路回家", "骑车穿过去", "散步"], finders=[("resident", 4), ("sanitation", 2), ("grid", 2)],
         hours=[(7, 2), (8, 2), (12, 1), (17, 2), (18, 2), (19, 2), (21, 1)]),
    dict(k="well", local=["井头巷", "古井那条巷"], off="井头巷", mapn="井头巷", addr="井头巷12号", xy=(-220, 250),
         spots=[("巷口", "巷口", (0, -50)), ("古井边", "古井旁", (0, 0)), ("巷子里头", "井头巷中段", (0, 40))],
         acts=["走路回家", "骑车经过", "散步"], finders=[("resident", 4), ("sanitation", 2), ("grid", 2)],
         hours=[(7, 2), (9, 1), (12, 1), (17, 2), (18, 2), (20, 2)]),
    dict(k="cangqian", local=["仓前弄", "仓前", "仓前小区"], off="仓前小区", mapn="仓前路3号院", addr="仓前路3号",
         xy=(330, 20), spots=[("楼下", "3栋楼下", (0, 0)), ("车棚", "小区车棚", (20, 30)), ("小区门口", "小区门口", (-30, -20))],
         acts=["停车", "倒垃圾", "回家"], finders=[("resident", 4), ("guard", 2), ("grid", 1)],
         hours=[(7, 3), (8, 2), (12, 2), (18, 3), (19, 3), (21, 2), (22, 2)]),
    dict(k="clinic", local=["卫生院", "社区医院"], off="榕湾街道社区卫生服务中心", mapn="榕湾社区卫生服务中心",
         addr="榕湾路66号", xy=(-20, -380),
         spots=[("挂号的地方", "一楼挂号窗口", (0, 0)), ("拿药的窗口", "药房窗口", (5, 10)), ("门口长椅", "门诊门口长椅", (-20, 0))],
         acts=["看病", "拿药", "量血压", "打针"], finders=[("guard", 3), ("resident", 2), ("sanitation", 1)],
         hours=[(8, 5), (9, 5), (10, 4), (11, 2), (14, 3), (15, 3), (16, 2)]),
    dict(k="elder", local=["老人会", "老年活动中心"], off="榕湾社区居家养老服务照料中心", mapn="榕湾社区养老服务中心",
         addr="古榕路8号", xy=(-300, -180),
         spots=[("棋牌室", "二楼棋牌室", (0, 0)), ("门口", "活动中心门口", (-15, 0))],
         acts=["打牌", "下棋", "喝茶", "听戏"], finders=[("guard", 2), ("resident", 4)],
         hours=[(8, 2), (9, 4), (10, 4), (14, 4), (15, 4), (16, 2)]),
    dict(k="square", local=["大榕树", "榕树下", "古榕广场"], off="古榕广场", mapn="古榕广场(榕湾)", addr="古榕路", xy=(-260, -240),
         spots=[("大榕树底下", "古榕树下", (0, 0)), ("跳舞的地方", "广场中央", (20, 30)), ("石凳那边", "广场东侧石凳", (10, 60))],
         acts=["跳广场舞", "乘凉", "下棋", "带孙子玩"], finders=[("resident", 5), ("sanitation", 2), ("grid", 1)],
         hours=[(6, 2), (7, 2), (9, 1), (16, 2), (19, 5), (20, 5), (21, 2)]),
    dict(k="metro", local=["地铁站", "榕湾站"], off="地铁2号线榕湾站", mapn="榕湾(地铁站)C口",
         addr="榕湾路与桂井路交叉口", xy=(60, -420),
         spots=[("C口", "C出入口", (0, 0)), ("安检那里", "站厅安检口", (5, -20)), ("地铁上", "列车车厢", (-10, -40))],
         acts=["坐地铁", "进站", "出站"], finders=[("metro", 5), ("resident", 1)],
         hours=[(7, 5), (8, 5), (9, 2), (12, 1), (17, 4), (18, 5), (19, 2), (21, 1)]),
    dict(k="bus", local=["桂井路口车站", "路口公交站"], off="桂井路口公交站", mapn="桂井路口(公交站)", addr="桂井路口",
         xy=(260, -300), spots=[("站台", "站台", (0, 0)), ("候车椅", "候车亭座椅", (3, 5))],
         acts=["等公交", "坐公交"], finders=[("driver", 3), ("resident", 3), ("sanitation", 1)],
         hours=[(7, 4), (8, 3), (10, 2), (15, 2), (17, 4), (18, 3)]),
    dict(k="bridge", local=["老桥", "榕荫桥"], off="榕荫桥", mapn="榕荫桥(人行)", addr="榕荫桥", xy=(-460, 300),
         spots=[("桥上", "桥面", (0, 0)), ("桥头", "北桥头", (40, 0))],
         acts=["过桥", "散步", "看龙舟"], finders=[("resident", 4), ("sanitation", 2), ("grid", 1)],
         hours=[(7, 2), (9, 2), (10, 3), (17, 3), (19, 4), (20, 3)]),
    dict(k="river", local=["江边", "江滨路", "江边步道"], off="闽江口滨江步道(榕湾段)", mapn="滨江步道(榕湾段)",
         addr="江滨路", xy=(-520, -60),
         spots=[("钓鱼的地方", "亲水平台", (0, 0)), ("看龙舟的台阶", "观景台阶", (20, 80)), ("步道长椅", "步道长椅", (30, -60))],
         acts=["散步", "钓鱼", "看龙舟", "夜跑"], finders=[("resident", 4), ("sanitation", 2), ("patrol", 1)],
         hours=[(6, 3), (7, 2), (10, 2), (17, 2), (19, 5), (20, 5), (21, 3)]),
    dict(k="supermarket", local=["惠邻", "惠邻超市", "超市"], off="惠邻生活超市榕湾店", mapn="惠邻生活超市(榕湾店)",
         addr="榕湾路30号", xy=(100, -330),
         spots=[("收银台", "收银台", (0, 0)), ("存包柜", "存包柜", (5, 5)), ("门口", "超市门口", (-10, 15))],
         acts=["买东西", "买菜", "买日用品"], finders=[("shop", 5), ("resident", 1)],
         hours=[(9, 3), (10, 3), (11, 2), (16, 3), (18, 4), (19, 4), (20, 3)]),
    dict(k="newvillage", local=["桂井新村", "新村"], off="桂井新村小区", mapn="桂井新村", addr="桂井路200号", xy=(620, -60),
         spots=[("车棚", "地下车棚", (0, 0)), ("充电桩", "充电桩旁", (10, 20)), ("楼下", "12座楼下", (-20, 40))],
         acts=["停车", "充电", "回家"], finders=[("guard", 4), ("resident", 3), ("grid", 1)],
         hours=[(7, 3), (8, 2), (12, 1), (18, 3), (19, 3), (20, 2), (22, 3)]),
    dict(k="station", local=["派出所门口", "派出所"], off="榕湾派出所", mapn="闽江口市公安局榕湾派出所", addr="榕湾路1号",
         xy=(0, 0), spots=[("门口", "门口", (0, 0))], acts=["办事"], finders=[("resident", 1)], hours=[(9, 1)]),
]
FAR = [
    dict(k="f_mall", local=["汇港城", "沙洲汇港城"], off="沙洲汇港城购物中心", mapn="汇港城(沙洲新区店)", addr="沙洲大道88号",
         xy=(-3900, 2100), spots=[("一楼", "一楼中庭", (0, 0)), ("停车场", "地下停车场", (20, 30))]),
    dict(k="f_rail", local=["火车站", "闽江口站"], off="闽江口站", mapn="闽江口站(北广场)", addr="站前路1号",
         xy=(5200, -3100), spots=[("北广场", "北广场", (0, 0)), ("出站口", "出站口", (30, 10))]),
    dict(k="f_univ", local=["大学城"], off="云岭大学城", mapn="云岭大学城(地铁站)", addr="云岭路",
         xy=(-2600, -7400), spots=[("地铁口", "地铁站B口", (0, 0)), ("食堂门口", "第二食堂门口", (60, 40))]),
    dict(k="f_newtown", local=["新城", "江口新城"], off="江口新城中央公园", mapn="江口新城中央公园(东门)", addr="新城大道",
         xy=(6100, 4300), spots=[("东门", "东门", (0, 0)), ("湖边", "湖边步道", (-50, 30))]),
    dict(k="f_donggang", local=["东港", "东港码头"], off="东港客运码头", mapn="东港客运码头(候船厅)", addr="东港路3号",
         xy=(-1500, 8200), spots=[("候船厅", "候船厅", (0, 0))]),
    dict(k="f_jinli", local=["金鲤湖"], off="金鲤湖公园", mapn="金鲤湖公园(北门)", addr="金鲤路",
         xy=(3400, 5800), spots=[("北门", "北门", (0, 0)), ("湖心亭", "湖心亭", (40, 40))]),
]
for _p in FAR:
    _p.setdefault("finders", [("guard", 3), ("resident", 3), ("sanitation", 1), ("self", 1)])
PL = {p["k"]: p for p in PLACES + FAR}
LOSS_PLACES = [p["k"] for p in PLACES if p["k"] not in ("farbank", "station")]


def spot_xy(pk, si):
    p = PL[pk]
    dn, de = p["spots"][si][2]
    return (p["xy"][0] + dn, p["xy"][1] + de)


def near_places(pk, lo=150, hi=800):
    base = PL[pk]["xy"]
    out = [q for q in LOSS_PLACES if q != pk and lo <= dist_m(PL[q]["xy"], base) <= hi]
    return out or [q for q in LOSS_PLACES if q != pk]


# --------------------------------------------------------------------------- people
SURN = ["林", "陈", "黄", "郑", "王", "李", "张", "吴", "刘", "杨", "许", "蔡", "何", "翁", "卓", "游",
        "魏", "詹", "江", "潘", "施", "肖", "叶", "郭", "邱", "池", "薛", "谢"]
GIVEN = {
    ("old", "f"): ["秀英", "玉珍", "美华", "金花", "素琴", "月娇", "宝珠", "淑贞", "银妹", "依妹", "凤英", "雪梅", "玉兰", "碧霞"],
    ("old", "m"): ["国华", "建平", "德福", "水生", "金土", "依伙", "长福", "文忠", "财旺", "明辉", "炳坤", "天赐", "其昌", "孝生"],
    ("mid", "f"): ["丽华", "晓燕", "玉梅", "雅琴", "慧敏", "海燕", "丽萍", "秋菊", "婷婷", "静怡", "美玲", "晓雯"],
    ("mid", "m"): ["志强", "海峰", "建伟", "宏亮", "文斌", "俊杰", "志明", "少华", "晓东", "永清", "闽生", "立新"],
    ("young", "f"): ["雨桐", "欣怡", "一诺", "可馨", "梓涵", "诗琪", "语嫣", "思彤", "若曦", "佳怡"],
    ("young", "m"): ["梓轩", "浩宇", "俊熙", "子墨", "宇航", "睿哲", "一鸣", "皓轩", "锦程", "沐阳"],
}
LOCAL_REG = ["350196", "350197", "350198", "350193"]          # invented codes for 闽江口
AWAY_REG = ["610198", "430196", "370295", "230199", "450197", "620194"]
HOMETOWNS = ["雁北市", "瑞河市", "岭东市", "青溪市", "北溟市", "湘岭市"]     # invented
W_ID = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, W_ID)) % 11]


def make_id(reg, birth, male):
    def mk():
        seq = R.randrange(1, 998)
        if (seq % 2 == 1) != male:
            seq += 1
        s17 = f"{reg}{birth:%Y%m%d}{seq:03d}"
        return s17 + id_check(s17)
    return uniq(mk)


def person(age="mid", male=None, away=False):
    if male is None:
        male = chance(0.5)
    y = {"old": (1940, 1959), "young": (2010, 2011), "kid": (2016, 2021), "mid": (1968, 1999)}[age]
    birth = dtm.date(rint(*y), 1, 1) + dtm.timedelta(days=rint(0, 364))
    gen = "old" if age == "old" else ("young" if age in ("young", "kid") else "mid")
    name = pick(SURN) + pick(GIVEN[(gen, "m" if male else "f")])
    reg = pick(AWAY_REG) if away else pick(LOCAL_REG)
    return dict(name=name, male=male, birth=birth, id=make_id(reg, birth, male), age=age,
                home=pick(HOMETOWNS) if away else None)


def masked_name(n):
    if len(n) == 3:
        return n[0] + "某" + n[2]
    return n[0] + "某"


# --------------------------------------------------------------------------- serial numbers
def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def make_imei():
    def mk():
        b = "86" + digits(12)
        return b + luhn_digit(b)
    return uniq(mk)


BANKS = [("建设银行", "建行", "6217"), ("工商银行", "工行", "6222"), ("农业银行", "农行", "6228"),
         ("中国银行", "中行", "6216"), ("邮储银行", "邮政", "6221"), ("招商银行", "招行", "6225"),
         ("农村信用社", "农信社", "6229")]


def ser(t, v, own, see, **aux):
    d = dict(t=t, v=v, own=own, see=see)
    d.update(aux)
    return d


def chunk(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def o_to_0_typo(s):
    idx = [i for i, c in enumerate(s) if c == "0"]
    if idx and chance(0.5):
        i = pick(idx)
        return s[:i] + "O" + s[i + 1:]
    idx = [i for i, c in enumerate(s) if c == "1"]
    if idx:
        i = pick(idx)
        return s[:i] + "I" + s[i + 1:]
    return s


def ser_text(s, side, field=False):
    """One serial as this side would write it.  field=True: for the serial field (shorter)."""
    t, v = s["t"], s["v"]
    if t == "imei":
        forms = [v, " ".join(chunk(v, [2, 6, 6, 1])), " ".join(chunk(v, [4, 4, 4, 3])), v]
        val = pick(forms)
        if side == "o":
            if chance(0.08):
                return "串号后六位" + v[-6:]
            lab = pick(["", "", "IMEI:", "IMEI ", "串号", "imei "]) if field else pick(["串号", "IMEI", "IMEI号", "手机串号", "imei"])
        else:
            lab = pick(["", "IMEI:", "IMEI1:"]) if field else pick(["IMEI", "IMEI1:", "串号"])
        return lab + val if field else f"{lab}{'' if lab.endswith(':') else pick(['', ':', '：', ' '])}{val}"
    if t == "id":
        r = R.random()
        if side == "o":
            if r < 0.45:
                val = v
            elif r < 0.65:
                val = v[:6] + "********" + v[-4:]
            elif r < 0.85:
                val = pick(["尾号", "后四位", "号码后四位"]) + v[-4:]
            else:
                val = v[:3] + "*" * 11 + v[-4:]
        else:
            if r < 0.55:
                val = v
            elif r < 0.85:
                val = v[:6] + "********" + v[-4:]
            else:
                val = v[:4] + "*" * 10 + v[-4:]
        if field:
            return val
        lab = s.get("lab", "身份证号")
        return f"{lab}{pick(['', '：', ' '])}{val}" if not val.startswith(("尾号", "后四位", "号码")) else f"{lab}{val}"
    if t == "card":
        tail, bin_ = v, s["bin"]
        if side == "o":
            val = pick(["尾号" + tail, tail, "后四位" + tail, "卡号尾号" + tail])
        else:
            val = pick([bin_ + "****" + tail, bin_ + " **** **** " + tail, bin_ + "********" + tail, "尾号" + tail])
        if field:
            return val
        if val.startswith("卡号"):
            val = val[2:]
        return f"{s['bank']}卡{val}" if not val[0].isdigit() or side == "f" else f"{s['bank']}卡尾号{tail}"
    if t == "plate":
        L, n = v
        if side == "o":
            val = pick([f"{L}{n}", f"江口{L}{n}", f"江口{L}·{n}", f"江口 {L}{n}", f"江口{L}{n}"])
        else:
            val = pick([f"江口{L}·{n}", f"江口{L}{n}", f"江口 {L} {n}"])
        return val if field else pick(["车牌", "牌照", "号牌", "车牌号"]) + pick(["", "：", " "]) + val
    if t in ("frame", "bframe"):
        if side == "o":
            val = pick([v, v, v.lower(), " ".join(chunk(v, [4, 4, 4, 4])), "后六位" + v[-6:]])
        else:
            val = pick([v, v, " ".join(chunk(v, [3, 4, 4, 4])), v])
            if chance(0.12):
                val = o_to_0_typo(val)
        lab = "车架号" if t == "frame" else pick(["车架号", "钢印号", "车架钢印"])
        return val if field else f"{lab}{pick(['', '：', ' '])}{val}"
    if t == "sn":
        if side == "o":
            val = pick([v, "SN:" + v, v.lower(), "SN " + v, "序列号后六位" + v[-6:]])
        else:
            val = pick([v, "S/N " + v, "SN:" + v, " ".join(chunk(v, [4, 4, 4, 4]))])
        return val if field else (val if val.startswith(("SN", "S/N", "序列号")) else "序列号" + pick(["", "：", " "]) + val)
    if t == "stuno":
        val = pick([v, "学号" + v, v]) if side == "f" else pick([v, "学号" + v, "学号后四位" + v[-4:]])
        return val if field or val.startswith("学号") else "学号" + val
    if t == "examno":
        val = pick([v, " ".join(chunk(v, [4, 4, 5])), v])
        return val if field else "准考证号" + pick(["", "：", " "]) + val
    if t in ("hk", "tw"):
        val = pick([v, " ".join(chunk(v, [1, 4, 4])) if t == "hk" else " ".join(chunk(v, [4, 4])), v])
        lab = "回乡证号" if t == "hk" else "台胞证号"
        return val if field else lab + pick(["", "：", " "]) + val
    if t == "eldercard":
        val = pick([v, "No." + v])
        return val if field else "优待证号" + val
    if t == "cert":
        val = pick([v, "证书" + v])
        return val if field else "证书编号" + pick(["", "："]) + v
    if t == "keycode":
        return v if field else pick(["钥匙上刻着", "钥匙柄刻有"]) + v
    if t == "badge":
        return v if field else "工号" + v
    raise KeyError(t)


# --------------------------------------------------------------------------- colours
COL = {
    "black": (["黑色", "黑的", "黑", "曜石黑", "亮黑", "哑光黑", "深色", "黑色"], ["黑色", "黑", "深色", "黑色"]),
    "white": (["白色", "白的", "珍珠白", "米白", "象牙白", "白色"], ["白色", "白", "米白色", "乳白色"]),
    "silver": (["银色", "银白", "钛银", "亮银", "银色"], ["银色", "银灰色", "银白色"]),
    "gray": (["灰色", "深灰", "太空灰", "铁灰", "浅灰", "灰的"], ["灰色", "深灰色", "灰", "浅灰色"]),
    "blue": (["蓝色", "深蓝", "宝蓝", "海军蓝", "天蓝", "藏青", "蓝的"], ["蓝色", "深蓝色", "蓝", "藏青色", "浅蓝色"]),
    "red": (["红色", "大红", "酒红", "枣红", "红的"], ["红色", "红", "暗红色", "酒红色"]),
    "pink": (["粉色", "粉的", "樱花粉", "浅粉", "粉红"], ["粉色", "粉红色", "浅粉色"]),
    "green": (["绿色", "墨绿", "军绿", "薄荷绿", "青绿"], ["绿色", "墨绿色", "军绿色", "浅绿色"]),
    "gold": (["金色", "香槟金", "土豪金", "流光金"], ["金色", "金黄色", "香槟色"]),
    "brown": (["棕色", "咖啡色", "驼色", "褐色", "啡色"], ["棕色", "咖啡色", "深棕色", "褐色"]),
    "purple": (["紫色", "淡紫", "薰衣草紫", "香芋紫"], ["紫色", "浅紫色", "淡紫色"]),
    "yellow": (["黄色", "明黄", "柠檬黄", "鹅黄"], ["黄色", "浅黄色", "明黄色"]),
    "orange": (["橙色", "橘色", "橘黄"], ["橙色", "橘色", "橙黄色"]),
}
NEAR_COL = {"black": ["gray", "blue"], "white": ["silver"], "silver": ["white", "gray"], "gray": ["black", "silver"],
            "blue": ["black"], "brown": ["black"], "gold": ["yellow"], "pink": ["red", "purple"], "red": ["pink"],
            "green": ["blue"], "purple": ["pink", "blue"], "yellow": ["gold"], "orange": ["red", "yellow"]}
FAMS = sorted(COL)


def col_o(fam):
    return pick(COL[fam][0])


def col_de(fam):
    w = col_o(fam)
    return w if w.endswith("的") else w + "的"


def col_f(fam):
    return pick(COL[fam][1])


# --------------------------------------------------------------------------- brands
def BR(k, zh, en, alts, typos, models, w=1, logo="en", pfx=None):
    return dict(k=k, zh=zh, en=en, alts=alts, typos=typos, models=models, w=w, logo=logo, pfx=pfx)


PHONE_BRANDS = [
    BR("huawei", "华为", "HUAWEI", ["Huawei", "huawei", "华为手机"], ["华伟", "花为"],
       ["Mate 72 Air", "nova 16 Youth", "Pura 90 Lite", "畅享 80S", "nova 16 SE"], 20),
    BR("apple", "苹果", "Apple", ["iPhone", "iphone", "苹果手机", "爱疯"], ["平果", "苹过"],
       ["iPhone 18 Mini", "iPhone 19", "iPhone 19 Pro", "iPhone 19 Plus"], 18, logo="zh"),
    BR("xiaomi", "小米", "Xiaomi", ["MI", "xiaomi", "mi"], ["小咪", "晓米"], ["小米 Q7", "小米 Civi 9", "小米 17 Lite"], 9),
    BR("redmi", "红米", "Redmi", ["REDMI", "hongmi"], ["红咪"], ["Redmi Note 16T", "Redmi K88", "Redmi 15C 青春"], 9),
    BR("oppo", "OPPO", "OPPO", ["oppo", "欧珀", "Oppo"], ["0PPO", "opop"], ["Reno 16 S", "A7x Lite", "Find N7 Mini"], 10),
    BR("vivo", "vivo", "vivo", ["VIVO", "维沃", "Vivo"], ["viov", "vevo"], ["vivo X390", "vivo S40 Lite", "vivo Y66 Lumo"], 10),
    BR("honor", "荣耀", "HONOR", ["Honor", "rongyao", "荣耀手机"], ["容耀", "荣跃"], ["Magic 9 Slim", "荣耀 X86 Lumo", "荣耀 Play 11T"], 9),
    BR("oneplus", "一加", "OnePlus", ["oneplus", "1+", "一加手机"], ["一家"], ["Ace 7 Lite", "OnePlus 15V"], 4),
]
ELDER_PHONE_BRANDS = [
    BR("kangshou", "康寿星", "KANGSHOUXING", ["老人机康寿星", "kangshouxing"], ["康寿心", "康寿兴"], ["K28", "K9 大字版", "K36 4G"], 6, logo="zh"),
    BR("zte", "中兴", "ZTE", ["zte", "中兴手机"], ["中星"], ["远航 60S", "Blade Q17 Senior"], 4),
    BR("huawei", "华为", "HUAWEI", ["Huawei", "华为手机"], ["华伟"], ["畅享 80S", "nova 16 SE"], 3),
    BR("xiaomi", "小米", "Xiaomi", ["MI", "xiaomi"], ["小咪"], ["小米 Q7"], 2),
    BR("fushou", "福寿通", "FUSHOUTONG", ["福寿通老人机"], ["福受通"], ["F8", "F12 Plus"], 3, logo="zh"),
]
EBIKE_BRANDS = [
    BR("yadea", "雅迪", "Yadea", ["YADEA", "yadi", "雅迪电动车"], ["亚迪", "雅笛"], ["DE8 澜星", "YD-Q72", "M6 Lite"], 20, pfx="YD"),
    BR("aima", "爱玛", "AIMA", ["aima", "爱玛电动车"], ["爱马", "艾玛"], ["AM-T37", "悦途 S2", "麦卡 Lite"], 18, pfx="AM"),
    BR("tailg", "台铃", "TAILG", ["tailing", "台铃电动车"], ["台玲", "台灵"], ["TL-K9 超能", "星辰 Q3"], 12, pfx="TL"),
    BR("sunra", "新日", "SUNRA", ["xinri", "新日电动车"], ["新曰", "心日"], ["XR-M5", "锐风 9"], 8, pfx="XR"),
    BR("niu", "小牛", "NIU", ["niu", "小牛电动"], ["小妞"], ["NQX Lite", "UQi M3"], 8, pfx="NU"),
    BR("luyuan", "绿源", "LUYUAN", ["luyuan", "绿源电动车"], ["绿原"], ["LY-S70", "K6 液冷"], 6, pfx="LY"),
    BR("ninebot", "九号", "Ninebot", ["Segway", "九号电动车", "ninebot"], ["久号"], ["Nb Q70C", "F77 Lumo"], 8, pfx="NB"),
    BR("xiaodao", "小刀", "XIAODAO", ["xiaodao", "小刀电动车"], ["小到"], ["XD-K21", "XD-天行 5"], 5, pfx="XD"),
    BR("minjun", "闽骏", "MINJUN", ["minjun", "闽骏电动"], ["闽俊"], ["MJ-600", "MJ-480 载货"], 4, logo="zh", pfx="MJ"),
    BR("lanfeng", "澜风", "LANFENG", ["lanfeng"], ["兰风"], ["LF-Q2", "LF-S8"], 3, logo="zh", pfx="LF"),
]
BIKE_BRANDS = [
    BR("giant", "捷安特", "GIANT", ["giant", "捷安特自行车"], ["杰安特", "捷安得"], ["ATX 7T", "Escape R9 Lite", "FCR 3300"], 15, pfx="GA"),
    BR("merida", "美利达", "MERIDA", ["merida"], ["美丽达", "美力达"], ["勇士 M5", "挑战者 300", "Crossway 9"], 10, pfx="MD"),
    BR("forever", "永久", "FOREVER", ["yongjiu", "永久牌"], ["永旧"], ["YJ-28 老款", "C6 通勤"], 8, logo="zh", pfx="YJ"),
    BR("phoenix", "凤凰", "PHOENIX", ["fenghuang", "凤凰牌"], ["风凰"], ["FH-26 城市", "轻骑 Q5"], 8, logo="zh", pfx="FH"),
    BR("xds", "喜德盛", "XDS", ["xds"], ["喜得盛"], ["逐日 300", "英雄 T7"], 7, pfx="XD"),
    BR("decathlon", "迪卡侬", "DECATHLON", ["decathlon", "迪卡农"], ["迪卡浓"], ["RC 120 Lite", "ST 90S"], 6, pfx="DK"),
    BR("dahon", "大行", "DAHON", ["dahon", "大行折叠"], ["大航"], ["P8 轻折", "K3 Mini"], 5, pfx="DH"),
    BR("rongqi", "榕骑", "RONGQI", ["rongqi"], ["容骑"], ["RQ-20 童车", "RQ-24 少年"], 3, logo="zh", pfx="RQ"),
]
BAG_BRANDS = [
    BR("lining", "李宁", "LI-NING", ["lining", "LINING"], ["李凝"], ["运动双肩包 AB07", "训练包 K3"], 8),
    BR("anta", "安踏", "ANTA", ["anta"], ["安达"], ["书包 C-22", "双肩包 Q5"], 7),
    BR("nike", "耐克", "Nike", ["NIKE", "nike"], ["奈克"], ["Heritage 17", "Brasilia Q"], 6),
    BR("adidas", "阿迪达斯", "adidas", ["阿迪", "ADIDAS"], ["阿迪打死"], ["Classic BP 9", "Linear S"], 6),
    BR("tnf", "北面", "The North Face", ["TNF", "北脸"], ["北棉"], ["Borealis 29", "Jester Lite"], 4),
    BR("xiaomi", "小米", "Xiaomi", ["MI", "小米背包"], ["小咪"], ["通勤双肩包 2", "休闲胸包 K"], 5),
    BR("samsonite", "新秀丽", "Samsonite", ["samsonite", "新秀丽箱包"], ["新秀立"], ["S-Cube 20寸", "Lite 24"], 5),
    BR("decathlon", "迪卡侬", "DECATHLON", ["decathlon", "迪卡农"], ["迪卡浓"], ["NH100 20L", "Arpenaz 10"], 5),
    BR("coach", "蔻驰", "COACH", ["coach", "寇驰"], ["扣驰"], ["Tabby 22", "Rowan 托特"], 4),
    BR("muji", "无印良品", "MUJI", ["muji", "无印"], ["无印良平"], ["帆布托特 A4"], 4),
    BR("rongzhi", "榕织", "RONGZHI", ["榕织帆布", "rongzhi"], ["容织"], ["手作帆布袋 07"], 3, logo="zh"),
]
WALLET_BRANDS = [
    BR("septwolves", "七匹狼", "SEPTWOLVES", ["七匹狼钱包", "septwolves"], ["七批狼", "七匹郎"], ["横款 SW-21"], 8),
    BR("goldlion", "金利来", "Goldlion", ["goldlion", "金利来钱包"], ["金力来", "金利莱"], ["GL-2270 短款"], 7, logo="zh"),
    BR("coach", "蔻驰", "COACH", ["coach", "寇驰"], ["扣驰"], ["长款 C88", "零钱卡包 S"], 5),
    BR("muji", "无印良品", "MUJI", ["muji", "无印"], ["无印良平"], ["尼龙钱包 M"], 4),
    BR("rongge", "榕革坊", "RONGGEFANG", ["榕革坊手工"], ["容革坊"], ["手工牛皮 No.3"], 3, logo="zh"),
]
CAR_BRANDS = [
    BR("byd", "比亚迪", "BYD", ["byd", "BYD比亚迪"], ["比亚低", "比亚迪迪"], [], 10),
    BR("vw", "大众", "Volkswagen", ["VW", "大众汽车"], ["大重"], [], 8),
    BR("toyota", "丰田", "TOYOTA", ["toyota"], ["风田"], [], 7),
    BR("wuling", "五菱", "Wuling", ["五菱宏光", "wuling"], ["五凌"], [], 6, logo="zh"),
    BR("geely", "吉利", "Geely", ["geely", "吉利汽车"], ["吉力"], [], 5, logo="zh"),
    BR("honda", "本田", "Honda", ["HONDA", "honda"], ["本天"], [], 5),
]
LOCK_BRANDS = [("王力", "WANGLI"), ("三环", "SANHUAN"), ("玥玛", "YUEMA"), ("固安达", "GUANDA")]


def choose_brand(lst, force):
    if force.get("brand") is not None:
        fk = force["brand"]["k"]
        for b in lst:
            if b["k"] == fk:
                return b
        return force["brand"]
    cands = [(b, b["w"]) for b in lst if b["k"] != force.get("not_brand")]
    return wpick(cands or [(b, b["w"]) for b in lst])


def brand_o(br, voice):
    r = R.random()
    en_bias = 0.35 if voice in ("student", "tourist", "worker") else 0.15
    if voice == "rider" and chance(0.3):
        return pick(br["alts"])
    if r < 0.08:
        return pick(br["typos"])
    if r < 0.08 + en_bias:
        return br["en"]
    if r < 0.08 + en_bias + 0.12:
        return pick(br["alts"])
    return br["zh"]


def brand_f(br):
    r = R.random()
    if br["logo"] == "en":
        return br["en"] if r < 0.5 else (br["zh"] if r < 0.9 else pick(br["alts"]))
    return br["zh"] if r < 0.8 else (br["en"] if r < 0.92 else pick(br["alts"]))


def model_form(m, side):
    forms = [m, m, m.replace(" ", ""), m.lower()]
    parts = m.split(" ")
    if len(parts) > 1 and side == "o":
        forms.append(" ".join(parts[1:]) if parts[0] in ("小米", "荣耀", "vivo", "Redmi", "iPhone") else parts[0] + parts[1])
    return pick(forms)


def M(o, f, k):
    return dict(o=o, f=f, k=k)


CASE_PATS = [("草莓", "草莓图案"), ("小熊", "卡通小熊图案"), ("蜡笔小新", "蜡笔小新图案"), ("星空", "星空图案"),
             ("小猫", "猫咪图案"), ("白色小狗", "白色小狗图案"), ("格子", "格子纹"), ("大熊猫", "熊猫图案"),
             ("向日葵", "向日葵图案"), ("招财猫", "招财猫图案"), ("福字", "红色福字"), ("小恐龙", "恐龙图案"),
             ("妈祖像", "妈祖画像"), ("郁金香", "郁金香花纹"), ("樱桃小丸子", "卡通女孩图案")]
WHO_PHOTO = [("孙女", "小女孩"), ("孙子", "小男孩"), ("女儿", "小女孩"), ("儿子", "小男孩"), ("我们一家三口", "三人合影"),
             ("我家的狗", "小狗"), ("我和老伴", "两位老人合影"), ("我家猫", "一只猫"), ("我对象", "一名女子")]
STICKERS = ["皮卡丘", "小黄鸭", "国旗", "奥特曼", "中考必胜", "柯基", "爱心", "海绵宝宝"]


def cn_amount(a):
    small = {200: "两百", 300: "三百", 500: "五百", 800: "八百", 1000: "一千", 1500: "一千五", 2000: "两千",
             3000: "三千", 5000: "五千", 10000: "一万", 600: "六百", 400: "四百"}
    return small.get(a, str(a))


def cash_marks(amount, denoms=True, taken=False, label="现金", key="cash"):
    r = R.random()
    if r < 0.45:
        o = pick([f"{label}{amount}元", f"{amount}块钱现金", f"{label}{cn_amount(amount)}块"])
    elif r < 0.8 and amount >= 150:
        o = f"{label}大概{amount // 100 * 100}多块" if amount % 100 else f"{label}大概{cn_amount(amount)}"
    else:
        lo = max(10, (amount - amount // 10) // 10 * 10)
        hi = (amount + amount // 10 + 19) // 10 * 10
        o = f"{label}{lo}到{hi}块之间，记不太清"
    out = []
    if taken:
        out.append(M(o, None, key))
        out.append(M(None, pick(["未见现金", "内无现金", "无现金"]), "nocash"))
    else:
        d = ""
        if denoms and amount >= 100:
            d = pick(["（均为百元面额）" if amount % 100 == 0 else "（百元及零钞）", "（含零钱）", ""])
        out.append(M(o, pick([f"现金{amount}元{d}", f"人民币{amount}元{d}", f"现金人民币{amount}元"]), key))
    return out


def bank_card(own=0.55, see=0.85):
    bank, short, bin_ = pick(BANKS)
    tail = uniq(lambda: "T" + digits(4))[1:]
    s = ser("card", tail, own, see, bin=bin_, bank=short)
    o = pick([f"{short}卡一张", f"{bank}卡", f"{short}的银行卡（尾号{tail}）", f"{bank}卡尾号{tail}"])
    mask = pick([bin_ + "****" + tail, bin_ + " **** **** " + tail, "尾号" + tail])
    f = f"{bank}卡一张（{mask}）"
    return M(o, f, "card:" + tail), s


def id_card_marks(p, own=0.5, see=0.95, name_o=True):
    s = ser("id", p["id"], own, see, lab="身份证号")
    nm = p["name"] if chance(0.7) else masked_name(p["name"])
    o = pick(["我的身份证", f"身份证（{p['name']}）", "身份证", f"{p['name']}的身份证"]) if name_o else "身份证"
    idf = p["id"] if chance(0.6) else p["id"][:6] + "********" + p["id"][-4:]
    f = pick([f"居民身份证一张（{nm}，{idf}）", f"身份证一张，姓名{nm}", f"居民身份证一张（姓名：{nm}）"])
    return M(o, f, "idcard:" + p["id"]), s


# --------------------------------------------------------------------------- object generators
def base(cat, kind, o_noun, f_noun, brand=None, model=None, color=None):
    return dict(cat=cat, kind=kind, o_noun=o_noun, f_noun=f_noun, brand=brand, model=model, color=color,
                fcolor=None, serials=[], marks=[], ocat=None, fcat=None, bvis=0.85, mvis=0.25,
                stolen=False, owner_brand=1.0)


def gen_phone(ctx, force):
    v = ctx["voice"]
    elder = force.get("kind") == "elder" or (force.get("kind") is None and v == "elder" and chance(0.55))
    br = choose_brand(ELDER_PHONE_BRANDS if elder else PHONE_BRANDS, force)
    color = force.get("color") or wpick([("black", 30), ("white", 12), ("silver", 7), ("gray", 8), ("blue", 12),
                                         ("gold", 5), ("purple", 6), ("green", 6), ("pink", 6)])
    if elder:
        o = base("phone", "elder", [("手机", "部"), ("老人机", "个"), ("电话", "个")],
                 [("老人手机", "部"), ("按键手机", "部"), ("手机", "部")], br, pick(br["models"]), color)
    else:
        o = base("phone", "smart", [("手机", "部"), ("手机", "个"), ("手机", "台")], [("手机", "部"), ("智能手机", "部")],
                 br, pick(br["models"]), color)
    o["serials"].append(ser("imei", make_imei(), 0.35 if not elder else 0.15, 0.12 if not elder else 0.4))
    mk = o["marks"]
    r = R.random()
    if elder:
        if chance(0.5):
            mk.append(M("后面贴了张纸条写着家里人电话", "背面贴有手写电话号码的纸条", "note"))
        if chance(0.5):
            cf = pick(["red", "blue", "black"])
            mk.append(M(f"挂着{col_de(cf)}绳子", f"系{col_f(cf)}挂绳", f"lanyard:{cf}"))
        if chance(0.4):
            cf = pick(["red", "blue", "purple", "brown"])
            mk.append(M(f"套着个{col_de(cf)}布套子", f"装在{col_f(cf)}布套内", f"sleeve:{cf}"))
            if chance(0.4):
                o["fcolor"] = cf
        if chance(0.5):
            mk.append(M(pick(["按键字很大", "大字大声音的那种"]), pick(["大按键", "大字按键"]), "bigkeys"))
        if chance(0.35):
            w = pick(["电池盖用胶布粘着", "屏幕有道划痕", "按键磨掉了几个字"])
            mk.append(M(w, w.replace("有道", "有一道"), "wear:" + w))
    else:
        if r < 0.45:
            cf = pick(["pink", "black", "blue", "white", "purple", "green", "yellow", "red", "brown"])
            pat = pick(CASE_PATS)
            mk.append(M(f"{col_o(cf)}手机壳，上面{pick(['有', '印着', '画着'])}{pat[0]}",
                        pick([f"{col_f(cf)}手机壳（{pat[1]}）", f"外套{col_f(cf)}保护壳，壳上{pat[1]}"]), f"case:{cf}:{pat[0]}"))
            if cf != color and chance(0.35):
                o["fcolor"] = cf
        elif r < 0.62:
            who = pick(WHO_PHOTO)
            mk.append(M(f"透明壳，壳里夹了一张{who[0]}的照片", f"透明手机壳，壳内夹有{who[1]}照片一张", f"case:clear:{who[0]}"))
        elif r < 0.72:
            cf = pick(["black", "brown", "red", "blue"])
            mk.append(M(f"{col_o(cf)}翻盖皮套", f"{col_f(cf)}翻盖皮质保护套", f"case:flip:{cf}"))
            if cf != color and chance(0.3):
                o["fcolor"] = cf
        else:
            mk.append(M(pick(["没戴壳", "裸机没有壳"]), pick(["无保护壳", "未装手机壳"]), "case:none"))
        if chance(0.3):
            where = pick(["右上角", "左下角", "屏幕中间", "背面玻璃", "左上角"])
            mk.append(M(pick([f"屏幕{where}碎了", f"{where}有裂纹"]).replace("屏幕背面", "背面"),
                        f"{where}有裂痕" if where != "背面玻璃" else "背面玻璃破裂", f"crack:{where}"))
        if chance(0.2):
            s = pick(STICKERS)
            mk.append(M(f"背面贴了{s}贴纸", f"背面贴有{s}贴纸", f"sticker:{s}"))
        if chance(0.2):
            cf = pick(["red", "black", "blue", "pink", "yellow"])
            mk.append(M(f"挂着一根{col_o(cf)}挂绳", f"系{col_f(cf)}手机挂绳", f"lanyard:{cf}"))
        if chance(0.12):
            mk.append(M("背后粘了个指环扣", "背面有指环支架", "ring"))
        if chance(0.15):
            c = pick(["公交卡", "饭卡", "门禁卡", "榕通卡"])
            mk.append(M(f"壳后面插着一张{c}", f"壳内插有{c}一张", f"card:{c}"))
    if chance(0.45):
        who = pick(WHO_PHOTO)
        mk.append(M(f"锁屏是{who[0]}的照片", f"锁屏壁纸为{who[1]}照片" if chance(0.6) else None, f"lock:{who[0]}"))
    if chance(0.2):
        rel = pick(["老婆", "妈妈", "儿子", "女儿", "老公", "阿嬷", "老爸"])
        mk.append(M(f"丢了以后{rel}一直在打这个号", f"拾得时有备注为“{rel}”的来电" if chance(0.7) else None, f"call:{rel}"))
    if chance(0.4):
        w = pick(["手机里有孩子学校的资料", "没有装SIM卡", "微信头像是一只橘猫", "手机里有医保码", "里面有进货的账",
                  "密码是孙子生日", "刚换的新手机", "里面有很多老照片"])
        mk.append(M(w, None, "hid:" + w))
    seen_on = any(m_["k"].startswith(("lock:", "call:")) and m_["f"] for m_ in mk)
    states = ["电量不足", "屏幕锁定", "锁屏状态，有密码", "电量约三成", "机身有雨水"] + ([] if seen_on else ["已关机", "已没电关机"])
    mk.append(M(None, pick(states), "state"))
    o["bvis"] = 0.85
    o["mvis"] = 0.2
    return o


def gen_wallet(ctx, force):
    v = ctx["voice"]
    p = ctx["person"]
    kind = force.get("kind") or wpick([("long", 30), ("short", 35), ("cardholder", 12), ("coin", 15 if v == "elder" else 6), ("clutch", 6)])
    nouns = {
        "long": ([("钱包", "个"), ("长钱包", "个"), ("皮夹", "个")], [("长款钱包", "个"), ("钱包", "个")]),
        "short": ([("钱包", "个"), ("短款钱包", "个"), ("皮夹子", "个")], [("短款钱包", "个"), ("对折钱包", "个"), ("钱包", "个")]),
        "cardholder": ([("卡包", "个"), ("卡套", "个")], [("卡包", "个"), ("卡夹", "个")]),
        "coin": ([("零钱包", "个"), ("小钱包", "个"), ("布钱包", "个")], [("零钱包", "个"), ("小钱袋", "个")]),
        "clutch": ([("手包", "个"), ("手拿包", "个")], [("男士手包", "个"), ("手拿包", "个")]),
    }[kind]
    br = None
    if force.get("brand") is not None or (kind != "coin" and chance(0.55)):
        br = choose_brand(WALLET_BRANDS, force)
    color = force.get("color") or wpick([("black", 30), ("brown", 25), ("red", 8), ("pink", 6), ("blue", 6), ("gray", 5),
                                         ("white", 4), ("purple", 4), ("green", 3), ("gold", 2)])
    o = base("wallet", kind, nouns[0], nouns[1], br, br["models"][0] if br and chance(0.3) else None, color)
    o["bvis"] = 0.7
    o["mvis"] = 0.05
    mk = o["marks"]
    if chance(0.4):
        mat = pick([("真皮的", "皮质"), ("帆布的", "帆布材质"), ("漆皮的", "漆皮"), ("尼龙布的", "尼龙材质")])
        mk.append(M(mat[0], mat[1], "mat:" + mat[0]))
    if chance(0.4):
        w = pick([("边角磨白了", "边角磨损"), ("扣子坏了合不上", "搭扣损坏"), ("拉链头掉了，拿回形针代替", "拉链头缺失，系有回形针"),
                  ("上面压了个字母L", "表面压印字母“L”"), ("有一道划痕", "表面有划痕"), ("缝线开了一点", "边缘开线")])
        mk.append(M(w[0], w[1], "wear:" + w[0]))
    taken = force.get("taken", False)
    if kind != "cardholder":
        amt = pick([rint(1, 9) * 10 + rint(0, 9), rint(1, 9) * 100 + pick([0, 0, 50, rint(1, 99)]), rint(10, 30) * 100])
        if kind == "coin":
            amt = rint(20, 400)
        mk.extend(cash_marks(amt, taken=taken))
    if chance(0.65):
        m_, s = id_card_marks(p)
        mk.append(m_)
        o["serials"].append(s)
    for _ in range(rint(0, 3 if kind != "coin" else 1)):
        m_, s = bank_card()
        mk.append(m_)
        o["serials"].append(s)
    extras = [("社保卡", "社会保障卡一张"), ("驾驶证", "驾驶证一本"), ("一张全家福照片", "照片一张（多人合影）"),
              ("妈祖庙求的平安符", "红色平安符一个"), ("榕通卡", "榕通卡（公交卡）一张"), ("理发店的会员卡", "理发店会员卡一张"),
              ("一把小钥匙", "小钥匙一把"), ("几张超市小票", "购物小票数张"), ("孙子的小照片", "儿童照片一张")]
    for e in some(extras, 0.18, 0):
        mk.append(M(e[0] if chance(0.8) else None, e[1], "extra:" + e[0]))
    if kind == "coin" and p["age"] == "old" and chance(0.5):
        mk.append(M("钱用手帕包着", "内有手帕包裹的零钱", "hanky"))
    return o


PENDANTS = [("小猪佩奇挂件", "粉色小猪挂件"), ("妈祖平安牌", "“妈祖”平安牌"), ("开瓶器", "开瓶器"), ("指甲剪", "指甲剪"),
            ("小铃铛", "小铃铛"), ("毛绒小兔子", "毛绒兔子挂件"), ("篮球挂件", "篮球挂饰"), ("皮卡丘", "皮卡丘挂件"),
            ("奥特曼", "奥特曼挂件"), ("木头葫芦", "木质葫芦挂件"), ("出入平安的牌子", "“出入平安”金属牌"),
            ("小手电", "迷你手电筒"), ("红色中国结", "红色中国结"), ("一个小鱼丸公仔", "鱼丸造型公仔")]


def gen_keys(ctx, force):
    kind = force.get("kind") or wpick([("house", 55), ("car", 14), ("ebike", 21), ("card", 10)])
    o = base("keys", kind, [("钥匙", "串"), ("一串钥匙", ""), ("钥匙", "把")], [("钥匙", "串"), ("钥匙", "一串")])
    mk = o["marks"]
    o["bvis"] = 0.9
    o["mvis"] = 0.0
    if kind == "car":
        br = choose_brand(CAR_BRANDS, force)
        o.update(brand=br, o_noun=[("车钥匙", "把"), ("汽车钥匙", "把"), ("车钥匙", "个")], f_noun=[("汽车钥匙", "把"), ("车钥匙", "把")])
        cf = force.get("color") or pick(["black", "pink", "blue", "white", "red", "green"])
        o["color"] = cf
        mk.append(M(f"钥匙套是{col_o(cf)}{pick(['硅胶', '皮'])}的", f"{col_f(cf)}钥匙保护套", f"shell:{cf}"))
    elif kind == "ebike":
        br = choose_brand(EBIKE_BRANDS, force)
        o.update(brand=br, o_noun=[("电动车钥匙", "把"), ("电瓶车钥匙", "串"), ("电驴钥匙", "把")],
                 f_noun=[("电动车钥匙", "把"), ("电动车钥匙（带遥控器）", "串")])
        cf = force.get("color") or pick(["black", "white", "blue", "red", "pink"])
        o["color"] = cf
        mk.append(M(f"带个{col_o(cf)}遥控器", f"附{col_f(cf)}遥控器", f"fob:{cf}"))
    else:
        o["brand"] = None
        o["color"] = force.get("color") or pick(["blue", "red", "yellow", "green", "black", "white", "pink"])
        if kind == "card" or chance(0.6):
            mk.append(M(f"有个{col_de(o['color'])}门禁扣", f"{col_f(o['color'])}门禁扣一个", f"fob:{o['color']}"))
        else:
            o["color"] = None
        if chance(0.35):
            lb = pick(LOCK_BRANDS)
            o["brand"] = BR("lock:" + lb[0], lb[0], lb[1], [lb[0] + "锁"], [lb[0]], [], 1, logo="en")
            o["owner_brand"] = 0.15
    n = rint(2, 6) if kind in ("house", "card") else rint(0, 3)
    if n:
        mk.append(M(pick([f"{n}把钥匙", f"一共{n}把", f"大概{n}把钥匙" if n > 2 else f"{n}把钥匙"]),
                    pick([f"共{n}把钥匙", f"钥匙{n}把", f"含钥匙{n}把"]), f"n:{n}"))
    ring = pick([("钥匙圈", "圆形钥匙圈"), ("登山扣", "金属登山扣"), ("红绳", "红色绳子"), ("钥匙扣", "钥匙扣"), ("伸缩扣", "伸缩钥匙扣")])
    mk.append(M(f"用{ring[0]}串着", f"{ring[1]}串联", f"ring:{ring[0]}"))
    for pd in some(PENDANTS, 0.12, 1):
        mk.append(M(f"挂着{pd[0]}", f"挂{pd[1]}", f"pend:{pd[0]}"))
    if chance(0.3):
        kt = pick([("有一把是防盗门的十字钥匙", "含十字钥匙一把"), ("有把老式铜钥匙", "含黄铜老式钥匙一把"),
                   ("有把信箱小钥匙", "含小钥匙一把"), ("有一把蓝色胶头的钥匙", "一把钥匙套蓝色胶套")])
        mk.append(M(kt[0], kt[1], "kt:" + kt[0]))
    if chance(0.2):
        tag = f"{rint(1, 12)}-{rint(1, 7)}0{rint(1, 4)}"
        mk.append(M(f"钥匙牌上写着“{tag}”", f"挂牌上手写“{tag}”", "tag:" + tag))
    if kind == "house" and chance(0.2):
        code = uniq(lambda: pick("ABCDEKM") + str(rint(100, 999)))
        o["serials"].append(ser("keycode", code, 0.1, 0.8))
    return o


def frame_no(pfx):
    return uniq(lambda: f"{pfx}{rint(19, 26)}{pick('ABCDEFGHJK')}{digits(8)}")


def gen_ebike(ctx, force):
    v = ctx["voice"]
    br = choose_brand(EBIKE_BRANDS, force)
    color = force.get("color") or wpick([("white", 20), ("black", 18), ("gray", 10), ("blue", 10), ("red", 8), ("pink", 8),
                                         ("green", 6), ("silver", 6), ("yellow", 4), ("purple", 4), ("orange", 3)])
    kind = force.get("kind") or wpick([("scooter", 50), ("small", 35), ("moto", 15)])
    on = {"scooter": [("电动车", "辆"), ("电瓶车", "辆"), ("电驴", "台")], "small": [("小电驴", "辆"), ("电动车", "辆"), ("电动自行车", "辆")],
          "moto": [("电摩", "辆"), ("电动摩托", "辆"), ("电动车", "辆")]}[kind]
    fn = {"scooter": [("踏板式电动车", "辆"), ("电动车", "辆")], "small": [("电动自行车", "辆"), ("电动车", "辆")],
          "moto": [("电动摩托车", "辆"), ("电动车", "辆")]}[kind]
    o = base("ebike", kind, on, fn, br, pick(br["models"]), color)
    o["bvis"] = 0.95
    o["mvis"] = 0.5
    plate = uniq(lambda: (pick("ABCDEFH"), digits(5)))
    plate_removed = chance(0.15)
    o["serials"].append(ser("plate", plate, 0.85, 0.0 if plate_removed else 0.9))
    o["serials"].append(ser("frame", frame_no(br["pfx"]), 0.3, 0.7))
    mk = o["marks"]
    pool = []
    cb = pick(["black", "white", "gray", "pink", "blue"])
    pool.append(M(f"前面有{col_o(cb)}车篮", f"前置{col_f(cb)}车筐", f"basket:{cb}"))
    cw = pick(["blue", "black", "red", "purple", "green"])
    pool.append(M(f"装了{col_o(cw)}挡风被", f"装有{col_f(cw)}挡风被", f"wind:{cw}"))
    pool.append(M("装了雨棚", "车上加装透明雨棚", "canopy"))
    pool.append(M("后座装了儿童座椅", "后座加装儿童座椅", "childseat"))
    pool.append(M(pick(["左边后视镜断了", "少了一个后视镜"]), "左侧后视镜缺失", "mirror"))
    ch = pick(["white", "black", "yellow", "pink", "red"])
    pool.append(M(f"车把上挂着{col_o(ch)}头盔", f"车把挂{col_f(ch)}头盔一个", f"helmet:{ch}"))
    cs = pick(["red", "blue", "brown", "gray"])
    pool.append(M(f"坐垫套是{col_o(cs)}格子的", f"坐垫套{col_f(cs)}格子布", f"seat:{cs}"))
    pool.append(M("车把上有手机支架", "车把装手机支架", "holder"))
    pool.append(M(pick(["右边车壳刮花了", "车身右边有刮痕"]), "右侧车壳有刮擦痕迹", "scratch"))
    cl = pick(["red", "yellow", "black"])
    pool.append(M(f"前轮上有{col_o(cl)}碟刹锁", f"前轮挂{col_f(cl)}碟刹锁", f"disc:{cl}"))
    st = pick(["平安", "闽江口加油", "新手上路", "奥利给", "一路发"])
    pool.append(M(f"车头贴着“{st}”贴纸", f"车头贴“{st}”字样贴纸", f"stk:{st}"))
    pool.append(M("车筐里有件雨披", "车筐内有雨披一件", "raincoat"))
    chosen = some(pool, 0.25, 2)
    if v == "rider":
        chosen.insert(0, M("后面绑着外卖箱", pick(["后座固定外卖保温箱", "后座绑有外卖箱"]), "box"))
    mk.extend(chosen)
    return o


def gen_bicycle(ctx, force):
    br = choose_brand(BIKE_BRANDS, force)
    kind = force.get("kind") or ("kids" if br["k"] == "rongqi" else ("folding" if br["k"] == "dahon" else
                                 wpick([("mountain", 35), ("city", 30), ("road", 12), ("folding", 10), ("kids", 8), ("fixie", 5)])))
    on = {"mountain": [("山地车", "辆"), ("自行车", "辆"), ("单车", "辆")], "city": [("自行车", "辆"), ("买菜车", "辆"), ("脚踏车", "辆")],
          "road": [("公路车", "辆"), ("自行车", "辆")], "folding": [("折叠车", "辆"), ("折叠自行车", "辆")],
          "kids": [("儿童自行车", "辆"), ("小孩自行车", "辆"), ("童车", "辆")], "fixie": [("死飞", "辆"), ("自行车", "辆")]}[kind]
    fn = {"mountain": [("山地自行车", "辆"), ("自行车", "辆")], "city": [("城市自行车", "辆"), ("自行车", "辆")],
          "road": [("公路自行车", "辆")], "folding": [("折叠自行车", "辆")], "kids": [("儿童自行车", "辆")],
          "fixie": [("死飞自行车", "辆"), ("自行车", "辆")]}[kind]
    color = force.get("color") or wpick([("black", 22), ("white", 14), ("blue", 12), ("red", 10), ("gray", 8), ("green", 7),
                                         ("yellow", 5), ("orange", 5), ("pink", 6), ("silver", 5)])
    o = base("bicycle", kind, on, fn, br, pick(br["models"]), color)
    o["bvis"] = 0.9
    o["mvis"] = 0.45
    o["serials"].append(ser("bframe", frame_no(br["pfx"])[:10], 0.25, 0.6))
    pool = [M("有车筐", "前置车筐", "basket"), M("后面有货架", "后置货架", "rack"),
            M(pick(["21速的", "变速的"]), "带变速", "gear"), M("装了个码表", "车把装有码表", "meter"),
            M("有水壶架", "车架带水壶架", "cage"), M(pick(["车铃是小黄鸭的", "铃铛是小鸭子"]), "小黄鸭车铃", "bell"),
            M("前后都有挡泥板", "带挡泥板", "fender"), M(pick(["座垫破了个口", "坐垫有破洞"]), "座垫破损", "seatrip"),
            M("车架上贴了学校的停车贴", "车架贴有十一中停车贴", "schoolstk"), M("带辅助轮", "带两个辅助轮", "trainer"),
            M("链条有点锈", "链条锈蚀", "rust"), M("车头有个灯", "车头装前灯", "light")]
    lc = pick(["black", "red", "yellow", "blue"])
    pool.append(M(f"锁是{col_de(lc)}U型锁", f"{col_f(lc)}U型锁", f"ulock:{lc}"))
    if kind != "kids":
        pool = [m_ for m_ in pool if m_["k"] != "trainer"]
    o["marks"].extend(some(pool, 0.22, 2))
    return o


def gen_bag(ctx, force):
    v, p = ctx["voice"], ctx["person"]
    if force.get("kind"):
        kind = force["kind"]
    elif v == "student":
        kind = wpick([("backpack", 6), ("schoolbag", 6), ("crossbody", 1)])
    elif v == "tourist":
        kind = wpick([("backpack", 5), ("crossbody", 4), ("suitcase", 2), ("tote", 2)])
    elif v == "elder":
        kind = wpick([("shopping", 5), ("crossbody", 2), ("tote", 2)])
    else:
        kind = wpick([("backpack", 5), ("crossbody", 4), ("handbag", 4), ("tote", 3), ("waist", 2), ("shopping", 1)])
    on = {"backpack": [("双肩包", "个"), ("背包", "个"), ("书包", "个")], "schoolbag": [("书包", "个"), ("双肩包", "个")],
          "crossbody": [("斜挎包", "个"), ("挎包", "个"), ("小包", "个")], "handbag": [("手提包", "个"), ("包包", "个"), ("女包", "个")],
          "tote": [("帆布袋", "个"), ("帆布包", "个"), ("袋子", "个")], "waist": [("腰包", "个"), ("胸包", "个")],
          "suitcase": [("行李箱", "个"), ("拉杆箱", "个"), ("箱子", "个")],
          "shopping": [("买菜的袋子", "个"), ("环保袋", "个"), ("菜篮子", "个")]}[kind]
    fn = {"backpack": [("双肩背包", "个"), ("双肩包", "个")], "schoolbag": [("学生书包", "个"), ("双肩书包", "个")],
          "crossbody": [("斜挎包", "个"), ("单肩斜挎包", "个")], "handbag": [("女士手提包", "个"), ("手提包", "个")],
          "tote": [("帆布袋", "个"), ("帆布手提袋", "个")], "waist": [("腰包", "个"), ("胸包", "个")],
          "suitcase": [("拉杆行李箱", "个"), ("行李箱", "个")], "shopping": [("购物袋", "个"), ("环保购物袋", "个"), ("菜篮", "个")]}[kind]
    br = None
    if kind != "shopping" and (force.get("brand") is not None or chance(0.65)):
        lst = [b for b in BAG_BRANDS if (kind == "suitcase") == (b["k"] == "samsonite") or kind in ("crossbody", "tote", "handbag")]
        if kind in ("handbag",):
            lst = [b for b in BAG_BRANDS if b["k"] in ("coach", "muji", "rongzhi", "adidas")]
        if kind == "tote":
            lst = [b for b in BAG_BRANDS if b["k"] in ("muji", "rongzhi", "coach", "nike")]
        br = choose_brand(lst or BAG_BRANDS, force)
    color = force.get("color") or wpick([("black", 30), ("gray", 10), ("blue", 10), ("white", 6), ("pink", 6), ("red", 5),
                                         ("green", 5), ("brown", 6), ("yellow", 3), ("purple", 3)])
    o = base("bag", kind, on, fn, br, br["models"][0] if br and chance(0.3) else None, color)
    o["bvis"] = 0.8
    o["mvis"] = 0.1
    mk = o["marks"]
    pool = []
    if v in ("student", "parent"):
        child = ctx.get("child") or p
        pool += [M("初三复习资料和错题本", "初三复习资料若干、错题本一本", "c:books"),
                 M("一个文具袋", "透明文具袋一个（内有2B铅笔、橡皮）", "c:pencil"),
                 M("校服外套", f"校服外套一件（{pick(['左胸绣“十一中”', '十一中校服'])}）", "c:uniform"),
                 M("水杯", "保温杯一个", "c:cup")]
        if chance(0.5):
            ex = uniq(lambda: "2635" + digits(9))
            pool.append(M(f"准考证（{child['name']}）", f"准考证一张（姓名{child['name']}，准考证号{ex}）", "c:exam"))
            o["serials"].append(ser("examno", ex, 0.3, 0.9))
    if v == "tourist":
        pool += [M("相机充电器和充电宝", "充电宝一个、充电线两根", "c:power"), M("买的肉燕和鱼丸伴手礼", "鱼丸、肉燕礼盒各一盒", "c:gift"),
                 M("防晒霜和墨镜", "防晒霜一支、墨镜一副", "c:sun"), M("一本旅游小册子", "澄波坊导览手册一本", "c:guide"),
                 M("茉莉花茶两罐", "茶叶罐两罐", "c:tea")]
    if v == "elder" or kind == "shopping":
        pool += [M("刚买的菜", "蔬菜、海鲜若干", "c:veg"), M("降压药", "药品一袋（社区卫生服务中心药袋）", "c:med"),
                 M("老花镜", "老花镜一副", "c:glasses"), M("一把折叠伞", "折叠伞一把", "c:umb")]
    if v in ("worker", "resident", "parent", "vendor", "rider"):
        pool += [M("笔记本电脑", "笔记本电脑一台", "c:laptop"), M("一些文件", "文件若干", "c:docs"),
                 M("化妆包", "化妆包一个", "c:makeup"), M("雨伞", "雨伞一把", "c:umb"), M("充电宝", "充电宝一个", "c:power"),
                 M("账本", "记账本一本", "c:ledger")]
    mk.extend(some(pool, 0.35, 1))
    if chance(0.3):
        m_, s = id_card_marks(p, own=0.35)
        mk.append(m_)
        o["serials"].append(s)
    if chance(0.25):
        amt = rint(2, 30) * 50
        mk.extend(cash_marks(amt, label=pick(["夹层里有现金", "现金"])))
    if chance(0.35):
        deco = pick([("拉链上挂着一只毛绒小熊", "拉链挂毛绒小熊挂件"), ("包上别着一个徽章", "包面别有徽章"),
                     ("肩带断过，用线缝过", "肩带有缝补痕迹"), ("侧面有块油渍", "侧面有污渍"),
                     ("挂着一个妈祖平安符", "挂平安符一个"), ("上面绣了名字缩写", "包面绣有字母缩写")])
        mk.append(M(deco[0], deco[1], "deco:" + deco[0]))
    if kind == "suitcase" and chance(0.6):
        mk.append(M("箱子上贴了托运条", "箱体贴有行李托运条", "tag"))
    return o


def gen_cash(ctx, force):
    v = ctx["voice"]
    kind = force.get("kind") or wpick([("envelope", 30), ("redpacket", 15), ("bundle", 20), ("plastic", 12), ("hanky", 8 if v == "elder" else 2), ("loose", 8)])
    amt = {"envelope": pick([2000, 3000, 3600, 5000, 1200, 4500, 8000, 10000, 2600]),
           "redpacket": pick([200, 600, 888, 1000, 1600, 2000, 666, 1888]),
           "bundle": pick([1000, 2000, 3000, 5000, 10000, 4200, 7000]),
           "plastic": rint(3, 60) * 50, "hanky": rint(5, 40) * 10 + pick([0, 5, 0]), "loose": rint(2, 12) * 50}[kind]
    on = {"envelope": [("一个信封的现金", ""), ("现金", ""), ("一信封钱", "")], "redpacket": [("红包", "个"), ("一个红包", "")],
          "bundle": [("一沓现金", ""), ("一捆钱", ""), ("现金", "")], "plastic": [("一袋现金", ""), ("现金", "")],
          "hanky": [("手帕包的钱", ""), ("一包钱", "")], "loose": [("现金", ""), ("几百块钱", "")]}[kind]
    fn = {"envelope": [("现金（装于信封内）", ""), ("信封装现金", "")], "redpacket": [("红包", "个"), ("装有现金的红包", "个")],
          "bundle": [("现金", "一沓"), ("成捆现金", "")], "plastic": [("塑料袋装现金", ""), ("现金", "")],
          "hanky": [("手帕包裹的现金", ""), ("现金", "")], "loose": [("现金", ""), ("散放现金", "")]}[kind]
    color = {"envelope": pick(["brown", "white", "brown"]), "redpacket": "red", "bundle": None, "plastic": pick(["white", "black", "red"]),
             "hanky": pick(["blue", "white", "purple"]), "loose": None}[kind]
    if force.get("color"):
        color = force["color"]
    o = base("cash", kind, on, fn, None, None, color)
    o["bvis"] = 0
    mk = o["marks"]
    mk.extend(cash_marks(amt, label="一共", key=f"amt:{amt}"))
    if kind == "envelope":
        w = pick(["房租六月", "给阿嬷", "货款", "学费", "会钱", "医药费", "还老陈的"])
        bank = pick(["邮储银行", "农村信用社", "建设银行", "", ""])
        env = f"{bank}的信封" if bank else f"{col_o(color)}信封"
        mk.append(M(f"{env}，上面写着“{w}”" if chance(0.6) else env, f"{'印有' + bank + '字样的' if bank else col_f(color)}信封，信封上手写“{w}”", f"env:{w}"))
    if kind == "redpacket":
        w = pick(["寿", "福", "恭喜发财", "百年好合", "金榜题名", "大吉大利"])
        mk.append(M(f"红包上印着“{w}”", f"红包印有“{w}”字样", f"rp:{w}"))
        if chance(0.5):
            nm = pick(["阿嬷八十大寿", "外孙中考加油", "给依妹", "小林新婚"])
            mk.append(M(f"背面写了“{nm}”", f"红包背面手写“{nm}”", f"rpn:{nm}"))
    if kind == "bundle":
        b = pick([("用黄色橡皮筋扎着", "黄色橡皮筋捆扎"), ("有银行的腰封", "带银行封条"), ("用夹子夹着", "用长尾夹夹住")])
        mk.append(M(b[0], b[1], "band:" + b[0]))
    if kind == "plastic":
        mk.append(M(f"装在{col_o(color)}塑料袋里", f"{col_f(color)}塑料袋包装", f"bag:{color}"))
    if kind == "hanky":
        mk.append(M(f"用{col_o(color)}手帕包着，打了个结", f"{col_f(color)}手帕包裹并打结", f"hanky:{color}"))
    if chance(0.35):
        d = pick([("都是一百的", "均为100元面额"), ("有一百有五十的", "100元及50元面额"), ("里面还夹着一张收据", "内夹收据一张"),
                  ("有张一百的缺了个角", "其中一张100元缺角")])
        mk.append(M(d[0], d[1], "den:" + d[0]))
    return o


JEWEL_BRANDS = [
    BR("ctf", "周大福", "Chow Tai Fook", ["CTF", "周大福珠宝"], ["周大富", "周大佛"], [], 10, logo="zh"),
    BR("lfx", "老凤祥", "LAOFENGXIANG", ["老凤翔", "laofengxiang"], ["老风祥"], [], 8, logo="zh"),
    BR("css", "周生生", "Chow Sang Sang", ["周生生珠宝"], ["周升生"], [], 6, logo="zh"),
    BR("lukfook", "六福", "Lukfook", ["六福珠宝", "lukfook"], ["六付"], [], 5, logo="zh"),
    BR("cng", "中国黄金", "China Gold", ["中国黄金珠宝"], ["中国皇金"], [], 5, logo="zh"),
    BR("rongjin", "榕金坊", "RONGJIN", ["榕金坊金店"], ["容金坊"], [], 3, logo="zh"),
]


def gen_jewelry(ctx, force):
    v = ctx["voice"]
    kind = force.get("kind") or wpick([("gold_bangle", 14), ("gold_necklace", 14), ("gold_ring", 9), ("wedding_ring", 8),
                                       ("jade_bangle", 10), ("jade_pendant", 8), ("silver_bangle", 6), ("lock", 5),
                                       ("beads", 9), ("earring", 6), ("gold_bracelet", 8)])
    spec = {
        "gold_bangle": ([("金手镯", "只"), ("金镯子", "个"), ("手镯", "只")], [("黄金手镯", "只"), ("金色手镯", "只")], "gold"),
        "gold_necklace": ([("金项链", "条"), ("项链", "条"), ("金链子", "条")], [("金色项链", "条"), ("黄金项链", "条")], "gold"),
        "gold_ring": ([("金戒指", "枚"), ("戒指", "个")], [("金色戒指", "枚"), ("黄金戒指", "枚")], "gold"),
        "wedding_ring": ([("婚戒", "枚"), ("结婚戒指", "个"), ("钻戒", "个")], [("铂金钻戒", "枚"), ("银色钻石戒指", "枚")], "silver"),
        "jade_bangle": ([("玉镯", "只"), ("翡翠手镯", "只"), ("玉手镯", "个")], [("玉镯", "只"), ("翡翠手镯", "只")], "green"),
        "jade_pendant": ([("玉坠", "个"), ("平安扣", "个"), ("玉吊坠", "个")], [("玉石吊坠", "个"), ("平安扣吊坠", "个")], "green"),
        "silver_bangle": ([("银手镯", "只"), ("小孩银镯子", "只")], [("儿童银手镯", "只"), ("银色小手镯", "只")], "silver"),
        "lock": ([("长命锁", "个"), ("银锁", "个")], [("长命锁", "个"), ("银质锁片", "个")], "silver"),
        "beads": ([("佛珠手串", "串"), ("佛珠", "串"), ("手串", "串")], [("木质佛珠手串", "串"), ("手串", "串")], "brown"),
        "earring": ([("耳环", "只"), ("金耳环", "只"), ("耳坠", "只")], [("金色耳环", "只"), ("耳坠", "只")], "gold"),
        "gold_bracelet": ([("金手链", "条"), ("手链", "条"), ("转运珠手链", "条")], [("金色手链", "条"), ("红绳金珠手链", "条")], "gold"),
    }[kind]
    color = force.get("color") or spec[2]
    br = None
    if kind in ("gold_bangle", "gold_necklace", "gold_ring", "wedding_ring", "earring", "gold_bracelet", "lock") and \
            (force.get("brand") is not None or chance(0.65)):
        br = choose_brand(JEWEL_BRANDS, force)
    o = base("jewelry", kind, spec[0], spec[1], br, None, color)
    o["bvis"] = 0.6
    o["owner_brand"] = 0.85
    mk = o["marks"]
    if kind.startswith("gold") or kind == "earring":
        lo, hi = {"gold_bangle": (150, 600), "gold_necklace": (50, 450), "gold_ring": (20, 100), "earring": (8, 50),
                  "gold_bracelet": (20, 200)}[kind]
        wt = round(rint(lo, hi) / 10.0 + rint(0, 9) / 100.0, 2)
        mk.append(M(pick([f"{wt}克", f"大概{int(wt)}克", f"发票上写{wt}克"]), None, f"wt:{wt}"))
        mk.append(M(None, pick(["内侧有“足金”钢印", "内侧印“999”字样", "内圈有“足金999”印记"]), "stamp"))
    if kind in ("gold_bangle", "gold_ring", "wedding_ring", "silver_bangle", "jade_bangle") and chance(0.45):
        eng = pick(["LW 2009.10", "平安", "永结同心", "Z&M", "福", "1998.8.8", "依妹", "长命百岁"])
        mk.append(M(f"内圈刻着“{eng}”", f"内圈刻有“{eng}”", "eng:" + eng))
    pat = {"gold_bangle": ["龙凤图案", "光面的", "刻着福字", "古法拉丝"], "gold_necklace": ["下面挂个观音", "挂一个小金猪", "挂了个字母吊坠", "细链子没吊坠"],
           "gold_ring": ["上面有个福字", "素圈", "回纹的"], "wedding_ring": ["一颗小钻", "主钻旁边一圈碎钻", "素圈带一颗碎钻"],
           "jade_bangle": ["带点飘绿", "白底青花", "有一条白棉"], "jade_pendant": ["平安扣，红绳穿着", "观音像，红绳", "弥勒佛，黑绳"],
           "silver_bangle": ["带两个小铃铛", "刻着花纹"], "lock": ["正面“长命百岁”，下面挂小铃铛", "刻着“福寿”"],
           "beads": ["小叶紫檀的，108颗", "黄花梨的，20颗", "菩提子的，中间一颗红珠"], "earring": ["圆圈的", "吊着个小珍珠", "小金花"],
           "gold_bracelet": ["红绳上穿着转运珠", "细金链带个小铃铛", "三颗金珠"]}[kind]
    pt = pick(pat)
    fpt = (pt.replace("上面有个", "饰有").replace("刻着", "刻有").replace("下面挂个", "吊坠为").replace("挂一个", "挂")
           .replace("挂了个", "挂").replace("的，", "，").replace("带点", "带").replace("穿着", "穿").replace("吊着个", "吊"))
    mk.append(M(pt, fpt if chance(0.85) else None, "pat:" + pt))
    if chance(0.25):
        d = pick([("有一处凹了", "有一处凹痕"), ("搭扣有点松", "搭扣松动"), ("断了一截", "链条断裂"), ("裂了一道小缝", "有细微裂纹")])
        mk.append(M(d[0], d[1], "dmg:" + d[0]))
    if chance(0.3):
        mk.append(M(pick(["是老伴送的", "戴了三十年", "奶奶传下来的", "女儿买给我的", "满月时外婆送的"]), None, "story"))
    if br and chance(0.2):
        cert = uniq(lambda: br["pfx"] if br.get("pfx") else "G" + pick("ABCDEFGH") + digits(9))
        o["serials"].append(ser("cert", cert, 0.8, 0.0))
    if chance(0.3):
        box = pick([("装在红色首饰盒里", "装于红色首饰盒内"), ("放在小布袋里", "装于小布袋内"), ("用纸巾包着", "用纸巾包裹")])
        mk.append(M(box[0], box[1], "box:" + box[0]))
    return o


ELEC = {
    "earbuds": ([("蓝牙耳机", "副"), ("耳机", "副"), ("无线耳机", "个")], [("蓝牙耳机（含充电盒）", "副"), ("无线耳机", "副")],
                [BR("apple", "苹果", "Apple", ["AirPods", "airpods", "苹果耳机"], ["平果"], ["AirPods Pro 4", "AirPods 5 Lite"], 8, logo="zh"),
                 BR("huawei", "华为", "HUAWEI", ["FreeBuds", "华为耳机"], ["华伟"], ["FreeBuds 8i", "FreeBuds SE 5"], 6),
                 BR("xiaomi", "小米", "Xiaomi", ["Redmi", "小米耳机"], ["小咪"], ["Redmi Buds 9 Lumo", "Buds 6 Lite"], 5),
                 BR("edifier", "漫步者", "EDIFIER", ["edifier"], ["慢步者"], ["Lolli Pro 5", "W320TN"], 4)],
                [("white", 6), ("black", 4), ("blue", 1), ("pink", 1)]),
    "watch": ([("手表", "块"), ("智能手表", "块"), ("手环", "个")], [("智能手表", "块"), ("运动手环", "个")],
              [BR("huawei", "华为", "HUAWEI", ["华为手表", "WATCH"], ["华伟"], ["WATCH GT 8 Mini", "WATCH Fit 5"], 7),
               BR("xiaomi", "小米", "Xiaomi", ["小米手环", "MI"], ["小咪"], ["小米手环 13 Lite", "Watch S6"], 6),
               BR("apple", "苹果", "Apple", ["Apple Watch", "苹果手表"], ["平果"], ["Apple Watch S12", "Watch SE 4"], 5, logo="zh")],
              [("black", 6), ("white", 2), ("pink", 2), ("blue", 2), ("green", 1)]),
    "tablet": ([("平板", "台"), ("平板电脑", "个"), ("iPad", "个")], [("平板电脑", "台")],
               [BR("apple", "苹果", "Apple", ["iPad", "ipad"], ["平果"], ["iPad Air 9", "iPad mini 9"], 7, logo="zh"),
                BR("huawei", "华为", "HUAWEI", ["MatePad", "华为平板"], ["华伟"], ["MatePad 13 SE", "MatePad Air 3"], 6),
                BR("xiaomi", "小米", "Xiaomi", ["小米平板", "MI Pad"], ["小咪"], ["小米平板 8 Lite"], 4)],
               [("gray", 5), ("silver", 4), ("blue", 2), ("purple", 1)]),
    "camera": ([("相机", "台"), ("照相机", "个"), ("微单", "台")], [("数码相机", "台"), ("相机", "台")],
               [BR("canon", "佳能", "Canon", ["canon", "佳能相机"], ["佳嫩"], ["EOS R60", "PowerShot V9"], 6),
                BR("fuji", "富士", "FUJIFILM", ["fujifilm", "富士相机"], ["富仕"], ["X-S30", "X-M7"], 6),
                BR("sony", "索尼", "SONY", ["sony", "索尼相机"], ["索妮"], ["ZV-E30", "α6900"], 5),
                BR("dji", "大疆", "DJI", ["dji", "大疆口袋"], ["大将"], ["Osmo Pocket 7", "Osmo 360 Mini"], 4)],
               [("black", 7), ("silver", 3), ("white", 1)]),
    "powerbank": ([("充电宝", "个"), ("移动电源", "个")], [("充电宝", "个"), ("移动电源", "个")],
                  [BR("romoss", "罗马仕", "ROMOSS", ["romoss"], ["罗马士"], ["PL-26 Mini", "Sense 9"], 6),
                   BR("xiaomi", "小米", "Xiaomi", ["MI", "小米充电宝"], ["小咪"], ["20000 Lite", "口袋版 Pro 3"], 6),
                   BR("anker", "安克", "Anker", ["anker"], ["安可"], ["A19Q7", "Nano 5K"], 4)],
                  [("white", 5), ("black", 4), ("pink", 1), ("blue", 1), ("green", 1)]),
    "calculator": ([("计算器", "个"), ("计算器", "台")], [("计算器", "个")],
                   [BR("casio", "卡西欧", "CASIO", ["casio"], ["卡西鸥"], ["fx-95CN Z", "fx-82 Lite"], 8),
                    BR("deli", "得力", "deli", ["得力文具"], ["德力"], ["D-991 Plus"], 4, logo="zh")],
                   [("black", 5), ("blue", 2), ("white", 1), ("pink", 1)]),
    "radio": ([("收音机", "台"), ("小收音机", "个")], [("便携收音机", "台"), ("收音机", "台")],
              [BR("tecsun", "德生", "TECSUN", ["tecsun", "德生收音机"], ["德声"], ["PL-393", "R-9 老人款"], 6, logo="zh"),
               BR("kangshou", "康寿星", "KANGSHOUXING", ["康寿星收音机"], ["康寿心"], ["R8 插卡"], 3, logo="zh")],
              [("black", 3), ("red", 2), ("silver", 2), ("gold", 1)]),
    "hearing": ([("助听器", "个"), ("助听器", "只")], [("助听器", "个"), ("耳背式助听器", "只")],
                [BR("tingle", "听乐", "TINGLE", ["tingle", "听乐助听器"], ["听了"], ["TL-22", "TL-30 隐形"], 5, logo="zh")],
                [("brown", 3), ("silver", 2), ("black", 1)]),
    "laptop": ([("笔记本电脑", "台"), ("电脑", "台")], [("笔记本电脑", "台")],
               [BR("lenovo", "联想", "Lenovo", ["lenovo", "ThinkPad"], ["连想"], ["小新 Pro 17 Air", "ThinkBook 15q"], 6),
                BR("huawei", "华为", "HUAWEI", ["MateBook", "华为电脑"], ["华伟"], ["MateBook 15q", "MateBook D 17"], 5),
                BR("apple", "苹果", "Apple", ["MacBook", "macbook"], ["平果"], ["MacBook Air 15 M6"], 4, logo="zh")],
               [("gray", 4), ("silver", 4), ("black", 2)]),
    "ereader": ([("电纸书", "个"), ("阅读器", "个")], [("电子阅读器", "个")],
                [BR("ireader", "掌阅", "iReader", ["ireader"], ["掌越"], ["Ocean 7", "Light 6"], 5)],
                [("black", 3), ("white", 2)]),
}


def gen_electronics(ctx, force):
    v = ctx["voice"]
    if force.get("kind"):
        kind = force["kind"]
    else:
        w = {"earbuds": 10, "watch": 7, "tablet": 5, "camera": 2, "powerbank": 7, "calculator": 1, "radio": 1, "hearing": 1,
             "laptop": 2, "ereader": 1}
        if v == "tourist":
            w.update(camera=10)
        if v in ("student", "parent"):
            w.update(calculator=8, watch=9)
        if v == "elder":
            w.update(radio=8, hearing=6, earbuds=2, laptop=0)
        kind = wpick([(k, w[k]) for k in sorted(w) if w[k] > 0])
    on, fn, brands, cols = ELEC[kind]
    br = choose_brand(brands, force)
    color = force.get("color") or wpick(cols)
    o = base("electronics", kind, on, fn, br, pick(br["models"]), color)
    o["bvis"] = 0.8
    o["mvis"] = 0.35
    sn = uniq(lambda: alnum(pick([12, 14, 16])))
    o["serials"].append(ser("sn", sn, 0.3 if v != "elder" else 0.05, 0.45))
    mk = o["marks"]
    pool = {
        "earbuds": [M(f"耳机盒套了个{col_o(c)}硅胶套", f"充电盒外套{col_f(c)}硅胶套", f"sleeve:{c}") for c in [pick(["pink", "blue", "green", "black"])]] +
                   [M(f"盒子上刻了“{e}”", f"充电盒刻有“{e}”", "eng:" + e) for e in [pick(["小鱼", "Lin", "加油", "M&Z", "阿冬"])]] +
                   [M("只剩充电盒里一只耳机的电", "盒内耳机两只", "both"), M("盒子上挂了个小挂绳", "充电盒挂小挂绳", "strap")],
        "watch": [M(f"表带是{col_de(c)}", f"{col_f(c)}表带", f"band:{c}") for c in [pick(["black", "orange", "white", "green", "pink"])]] +
                 [M("表盘是全家福", "表盘显示合影照片", "face"), M("屏幕有划痕", "屏幕有划痕", "scratch")],
        "tablet": [M(f"{col_de(c)}保护套", f"{col_f(c)}保护套", f"case:{c}") for c in [pick(["blue", "pink", "black", "green"])]] +
                  [M("背面贴满了贴纸", "背面贴有多张卡通贴纸", "stk"), M("屏幕碎了一角", "屏幕一角碎裂", "crack"),
                   M("里面有孩子的网课", None, "hid")],
        "camera": [M("背带是彩色编织的", "配彩色编织背带", "strap"), M("镜头盖丢了", "无镜头盖", "nocap"),
                   M("卡里都是这次来玩拍的照片", "存储卡内有澄波坊、渡口等地照片", "photos"),
                   M("机身贴了个小贴纸", "机身贴有小贴纸", "stk")],
        "powerbank": [M("自带一根线", "自带充电线", "cable"), M("贴了个名字贴", "贴有姓名贴", "name"), M("外壳有划痕", "外壳磨损", "wear")],
        "calculator": [M(f"背面贴着名字贴“{ctx.get('child', ctx['person'])['name']}”", f"背面贴姓名贴“{ctx.get('child', ctx['person'])['name']}”", "name:" + ctx.get("child", ctx["person"])["name"]),
                       M("盖子上写了班级", "外壳手写“初三(5)班”", "class")],
        "radio": [M("天线断了一截", "天线断了一截", "ant"), M("电池盖用橡皮筋绑着", "电池盖以橡皮筋固定", "band"),
                  M("一直放着闽剧", "开机为戏曲频道", "opera")],
        "hearing": [M("右耳的", "右耳用", "right"), M("装在一个小圆盒里", "装于小圆盒内", "box"), M("刚配了半年", None, "new")],
        "laptop": [M("装在黑色电脑包里", "装于黑色电脑包", "sleeve"), M("贴着公司资产标签", "贴有资产标签", "asset"),
                   M("键盘上有个键掉了", "键盘缺一键帽", "key")],
        "ereader": [M("套着皮套", "带翻盖皮套", "case"), M("书签夹着纸条", "内夹纸条", "note")],
    }[kind]
    mk.extend(some(pool, 0.5, 1))
    return o


def gen_id_doc(ctx, force):
    v, p = ctx["voice"], ctx["person"]
    child = ctx.get("child")
    if force.get("kind"):
        kind = force["kind"]
    else:
        w = {"idcard": 30, "ssc": 6, "student": 4, "exam": 2, "license": 8, "hk": 2, "tw": 2, "eldercard": 2, "bankcard": 6, "hukou": 2, "badge": 4}
        if v in ("student", "parent"):
            w.update(exam=24, student=16, idcard=10)
        if v == "elder":
            w.update(ssc=18, eldercard=14, license=0, badge=0)
        if v == "tourist":
            w.update(hk=6, tw=8, idcard=24)
        kind = wpick([(k, w[k]) for k in sorted(w) if w[k] > 0])
    holder = child if (kind in ("exam", "student") and child) else p
    if kind in ("exam", "student") and holder["age"] != "young":
        holder = person("young")
        ctx["child"] = holder
    nouns = {
        "idcard": ([("身份证", "张"), ("身分证", "张"), ("二代身份证", "张")], [("居民身份证", "张"), ("身份证", "张")]),
        "ssc": ([("社保卡", "张"), ("医保卡", "张")], [("社会保障卡", "张"), ("社保卡", "张")]),
        "student": ([("学生证", "本"), ("学生卡", "张")], [("学生证", "本"), ("学生证", "张")]),
        "exam": ([("准考证", "张"), ("中考准考证", "张")], [("中考准考证", "张"), ("准考证", "张")]),
        "license": ([("驾驶证", "本"), ("驾照", "本")], [("机动车驾驶证", "本"), ("驾驶证", "本")]),
        "hk": ([("回乡证", "张"), ("港澳居民来往内地通行证", "张")], [("港澳居民来往内地通行证", "张")]),
        "tw": ([("台胞证", "张"), ("台湾居民来往大陆通行证", "张")], [("台湾居民来往大陆通行证", "张"), ("台胞证", "张")]),
        "eldercard": ([("老年优待证", "本"), ("老人证", "本")], [("老年人优待证", "本")]),
        "bankcard": ([("银行卡", "张"), ("卡", "张")], [("银行卡", "张")]),
        "hukou": ([("户口本", "本"), ("户口簿", "本")], [("居民户口簿", "本"), ("户口本", "本")]),
        "badge": ([("工作证", "个"), ("工牌", "个")], [("工作证", "个"), ("工牌", "个")]),
    }[kind]
    o = base("id_doc", kind, nouns[0], nouns[1], None, None, None)
    o["bvis"] = 0
    mk = o["marks"]
    nm = holder["name"]
    show = nm if chance(0.65) else masked_name(nm)
    if kind in ("idcard", "ssc", "license"):
        lab = {"idcard": "身份证号", "ssc": "社保卡上的身份证号", "license": "证号"}[kind]
        o["serials"].append(ser("id", holder["id"], 0.55, 0.95, lab=lab))
        mk.append(M(pick([f"名字是{nm}", f"姓名{nm}", f"{nm}的"]), pick([f"姓名：{show}", f"持证人{show}", f"姓名{show}"]), "name:" + nm))
        if kind == "ssc":
            mk.append(M(None, pick(["社保卡为金融社保卡（建设银行）", "卡面印有农村信用社标识", "第三代社保卡"]), "sscbank"))
    elif kind == "student":
        sno = uniq(lambda: "2023" + f"{rint(1, 12):02d}" + digits(4))
        o["serials"].append(ser("stuno", sno, 0.6, 0.95))
        mk.append(M(f"{nm}，十一中初三{rint(1, 12)}班", f"闽江口市第十一中学学生证，姓名{show}", "name:" + nm))
    elif kind == "exam":
        ex = uniq(lambda: "2635" + digits(9))
        o["serials"].append(ser("examno", ex, 0.5, 0.98))
        mk.append(M(f"考生是{nm}", f"考生姓名{show}，考点闽江口市第十一中学", "name:" + nm))
        mk.append(M("夹在透明文件袋里", "装于透明文件袋内", "pouch") if chance(0.5) else M("准考证背面写了考场号", "背面手写考场号", "room"))
    elif kind in ("hk", "tw"):
        num = uniq(lambda: ("H" + digits(8)) if kind == "hk" else digits(8))
        o["serials"].append(ser(kind, num, 0.5, 0.95))
        mk.append(M(f"名字{nm}", f"持证人{show}", "name:" + nm))
    elif kind == "eldercard":
        num = uniq(lambda: digits(8))
        o["serials"].append(ser("eldercard", num, 0.1, 0.9))
        mk.append(M(f"{nm}的老年证", f"闽江口市老年人优待证，姓名{show}", "name:" + nm))
        o["serials"].append(ser("id", holder["id"], 0.3, 0.5, lab="身份证号"))
    elif kind == "bankcard":
        m_, s = bank_card(own=0.8, see=0.95)
        o["serials"].append(s)
        mk.append(m_)
        if chance(0.5):
            mk.append(M(None, f"卡背面签名“{show}”", "sig"))
    elif kind == "hukou":
        mk.append(M(f"户主{nm}", f"户主姓名{show}", "name:" + nm))
        mk.append(M("装在塑料套里", "外有塑料保护套", "cover"))
        o["serials"].append(ser("id", holder["id"], 0.3, 0.7, lab="户主身份证号"))
        o["color"] = pick(["red", "brown"])
    elif kind == "badge":
        comp = pick(["闽江口港务集团", "榕湾街道办事处", "江口轮渡公司", "惠邻超市", "闽江口第二医院"])
        bno = uniq(lambda: digits(6))
        o["serials"].append(ser("badge", bno, 0.6, 0.9))
        mk.append(M(f"{comp}的工牌，名字{nm}", f"{comp}工作证，姓名{show}", "name:" + nm))
        cl = pick(["blue", "red", "black", "green"])
        o["color"] = cl
        mk.append(M(f"挂着{col_o(cl)}挂绳", f"配{col_f(cl)}挂绳", f"lan:{cl}"))
    if kind in ("idcard", "ssc", "bankcard", "eldercard", "student") and chance(0.45):
        cl = pick(["blue", "pink", "black", "white", "green", "red"])
        o["color"] = cl
        mk.append(M(pick([f"装在{col_o(cl)}卡套里", f"{col_o(cl)}卡套"]), pick([f"{col_f(cl)}卡套", f"外有{col_f(cl)}卡套"]), f"holder:{cl}"))
    if chance(0.2):
        e = pick([("一张公交卡", "另有公交卡一张"), ("一张一寸照", "内夹一寸照片一张"), ("饭卡", "另有饭卡一张")])
        mk.append(M(e[0], e[1], "extra:" + e[0]))
    if chance(0.2):
        mk.append(M(None, pick(["证件被雨水打湿，字迹可辨", "证件有折痕", "证件边角磨损"]), "state"))
    return o


OTHER_BRANDS = {
    "umbrella": [BR("paradise", "天堂伞", "Paradise", ["天堂", "天堂牌"], ["天棠伞"], [], 8, logo="zh"),
                 BR("beneunder", "蕉下", "BENEUNDER", ["beneunder", "蕉下伞"], ["焦下"], [], 6)],
    "thermos": [BR("thermos", "膳魔师", "THERMOS", ["thermos"], ["善魔师"], ["JNL-502"], 6),
                BR("zojirushi", "象印", "ZOJIRUSHI", ["zojirushi"], ["像印"], ["SM-SF48"], 5),
                BR("fuguang", "富光", "FUGUANG", ["富光杯"], ["福光"], ["WFZ-6030"], 5, logo="zh"),
                BR("tiger", "虎牌", "TIGER", ["tiger"], ["虎派"], ["MMZ-K35"], 3)],
    "glasses": [BR("bolon", "暴龙", "BOLON", ["bolon"], ["暴笼"], ["BJ-7211"], 5)],
    "helmet": [BR("yadea", "雅迪", "Yadea", ["YADEA"], ["亚迪"], [], 5), BR("aima", "爱玛", "AIMA", ["aima"], ["爱马"], [], 4),
               BR("yema", "野马", "YEMA", ["yema"], ["野码"], [], 3, logo="zh")],
    "fishing": [BR("gw", "光威", "GW", ["光威鱼竿"], ["光维"], ["江湖 5.4米"], 4), BR("daiwa", "达亿瓦", "DAIWA", ["daiwa"], ["达伊瓦"], ["LT 3.6"], 3)],
}


def gen_other(ctx, force):
    v = ctx["voice"]
    if force.get("kind"):
        kind = force["kind"]
    else:
        w = {"umbrella": 16, "cane": 2, "thermos": 10, "glasses": 6, "helmet": 6, "raincoat": 5, "medicine": 2, "toy": 4,
             "pencilcase": 2, "fishing": 2, "birdcage": 1, "trolley": 1, "fan": 2, "hat": 3}
        if v == "elder":
            w.update(cane=8, medicine=6, birdcage=3, trolley=4, fan=4, glasses=8)
        if v in ("student", "parent"):
            w.update(pencilcase=10, thermos=10, toy=1)
        if v == "rider":
            w.update(helmet=14, raincoat=10)
        kind = wpick([(k, w[k]) for k in sorted(w) if w[k] > 0])
    spec = {
        "umbrella": ([("雨伞", "把"), ("伞", "把"), ("折叠伞", "把")], [("雨伞", "把"), ("折叠伞", "把")]),
        "cane": ([("拐杖", "根"), ("拐棍", "根")], [("拐杖", "根"), ("手杖", "根")]),
        "thermos": ([("保温杯", "个"), ("杯子", "个"), ("水杯", "个")], [("保温杯", "个")]),
        "glasses": ([("眼镜", "副"), ("老花镜", "副")], [("眼镜", "副"), ("眼镜（带眼镜盒）", "副")]),
        "helmet": ([("头盔", "个"), ("安全帽", "个")], [("电动车头盔", "个"), ("头盔", "个")]),
        "raincoat": ([("雨衣", "件"), ("雨披", "件")], [("雨披", "件"), ("雨衣", "件")]),
        "medicine": ([("药", "袋"), ("一袋药", "")], [("药品", "一袋"), ("药袋", "个")]),
        "toy": ([("玩具", "个"), ("奥特曼玩具", "个"), ("毛绒玩具", "个")], [("儿童玩具", "个"), ("玩具", "个")]),
        "pencilcase": ([("笔袋", "个"), ("文具袋", "个")], [("文具袋", "个"), ("透明笔袋", "个")]),
        "fishing": ([("鱼竿", "根"), ("钓竿", "根")], [("鱼竿", "根"), ("钓鱼竿（带竿包）", "根")]),
        "birdcage": ([("鸟笼", "个"), ("鸟笼子", "个")], [("鸟笼", "个")]),
        "trolley": ([("买菜小推车", "个"), ("小拖车", "个")], [("折叠购物拖车", "个")]),
        "fan": ([("扇子", "把"), ("折扇", "把")], [("折扇", "把"), ("扇子", "把")]),
        "hat": ([("帽子", "顶"), ("遮阳帽", "顶")], [("帽子", "顶"), ("遮阳帽", "顶")]),
    }[kind]
    color = force.get("color") or pick(["black", "blue", "red", "pink", "green", "white", "gray", "purple", "yellow", "brown"])
    if kind in ("cane", "birdcage", "fan"):
        color = force.get("color") or pick(["brown", "black", "silver"])
    br = None
    if kind in OTHER_BRANDS and (force.get("brand") is not None or chance(0.55)):
        br = choose_brand(OTHER_BRANDS[kind], force)
    o = base("other", kind, spec[0], spec[1], br, pick(br["models"]) if br and br["models"] and chance(0.3) else None, color)
    o["bvis"] = 0.7
    o["mvis"] = 0.2
    mk = o["marks"]
    pool = {
        "umbrella": [M("伞柄是木头的", "木质伞柄", "wood"), M("有一根伞骨断了", "一根伞骨折断", "rib")] +
                    [M(f"上面印着{pt}", f"伞面{pt}图案", "pt:" + pt) for pt in [pick(["小碎花", "格子", "猫咪", "樱花", "条纹"])]] +
                    [M("伞柄挂着钥匙扣", "伞柄挂小挂件", "charm"), M("是长柄的", "长柄伞", "long"), M("三折的", "三折伞", "fold")],
        "cane": [M("四个脚的", "四脚拐杖", "quad"), M("手柄缠了胶布", "手柄缠有胶布", "tape"), M("上面写了名字", "杖身手写名字", "name")],
        "thermos": [M(f"杯身贴着名字“{nm}”", f"杯身贴姓名贴“{nm}”", "name:" + nm) for nm in [ctx.get("child", ctx["person"])["name"]]] +
                   [M("掉漆了一块", "杯身掉漆", "chip"), M("杯盖是粉色的", "粉色杯盖", "lid"), M("里面泡着茶", "内有茶水", "tea")],
        "glasses": [M("装在棕色眼镜盒里", "装于棕色眼镜盒", "case"), M("镜腿缠了胶布", "一侧镜腿缠胶布", "tape"),
                    M("是老花镜，度数350", "老花镜", "reading"), M("金属细框", "金属细框", "frame")],
        "helmet": [M("贴着猫耳朵", "头盔装饰猫耳", "ears"), M("镜片有裂纹", "面罩有裂纹", "visor"), M("里面写了名字", "内衬手写姓名", "name"),
                   M("后面贴了反光条", "后部贴反光条", "refl")],
        "raincoat": [M("是摩托车那种连体的", "电动车用雨披", "moto"), M("帽檐是透明的", "透明帽檐", "brim"), M("有一处破了", "有破损", "tear")],
        "medicine": [M("是卫生院开的降压药", "社区卫生服务中心药袋，内有药品数盒", "bp"), M("药袋上写了我的名字", "药袋上有患者姓名", "name"),
                     M("还有一盒速效救心丸", "内有速效救心丸一盒", "heart")],
        "toy": [M("奥特曼，红色的", "红色奥特曼玩偶", "ultra"), M("一只毛绒兔子，耳朵有点脏", "毛绒兔子，耳部有污渍", "bunny"),
                M("会发光的那种", "带灯光", "light")],
        "pencilcase": [M("透明的，里面有2B铅笔和橡皮", "透明笔袋，内有2B铅笔、橡皮、黑色签字笔", "exam"), M("上面写了名字", "笔袋写有姓名", "name"),
                       M("有把圆规", "内有圆规一把", "compass")],
        "fishing": [M("装在绿色竿包里", "绿色竿包", "bag"), M("还有一个小鱼护", "附鱼护一个", "net")],
        "birdcage": [M("竹子的，上面有个钩子", "竹制鸟笼，带挂钩", "bamboo"), M("盖着蓝布", "罩蓝色布罩", "cover"), M("里面没有鸟", "笼内无鸟", "empty")],
        "trolley": [M("两个轮子，能折起来", "两轮折叠购物拖车", "fold"), M("袋子是格子的", "格子布袋", "check")],
        "fan": [M("上面写着字", "扇面有书法字", "callig"), M("扇坠是个小葫芦", "扇坠为小葫芦", "gourd")],
        "hat": [M("宽边的草帽", "宽檐草帽", "straw"), M("帽子上有个小花", "帽檐别小花", "flower"), M("渔夫帽", "渔夫帽", "bucket")],
    }[kind]
    mk.extend(some(pool, 0.45, 1))
    return o


GEN = dict(phone=gen_phone, wallet=gen_wallet, keys=gen_keys, ebike=gen_ebike, bicycle=gen_bicycle, bag=gen_bag,
           cash=gen_cash, jewelry=gen_jewelry, electronics=gen_electronics, id_doc=gen_id_doc, other=gen_other)


# --------------------------------------------------------------------------- scenario: who, where, when
CAT_PLACES = {
    "phone": [("nightst", 5), ("market", 3), ("ferry", 3), ("oldblock", 4), ("metro", 3), ("bus", 2), ("square", 2), ("school", 2),
              ("temple", 1), ("supermarket", 2), ("clinic", 1), ("river", 2), ("bridge", 1), ("carp", 1), ("well", 1)],
    "id_doc": [("school", 6), ("ferry", 2), ("metro", 2), ("clinic", 3), ("oldblock", 3), ("market", 2), ("nightst", 2), ("bus", 2),
               ("supermarket", 1), ("elder", 1), ("temple", 1)],
    "wallet": [("market", 5), ("nightst", 4), ("ferry", 2), ("oldblock", 3), ("temple", 2), ("bus", 2), ("metro", 2),
               ("supermarket", 3), ("clinic", 2), ("square", 1), ("carp", 1), ("well", 1)],
    "keys": [("market", 2), ("nightst", 2), ("cangqian", 3), ("newvillage", 2), ("carp", 2), ("well", 2), ("square", 2),
             ("river", 2), ("school", 1), ("elder", 1), ("supermarket", 1)],
    "ebike": [("market", 3), ("nightst", 3), ("cangqian", 3), ("newvillage", 4), ("school", 2), ("ferry", 3), ("carp", 1),
              ("well", 1), ("clinic", 1), ("supermarket", 2)],
    "bicycle": [("ferry", 3), ("school", 3), ("cangqian", 2), ("newvillage", 2), ("market", 2), ("river", 2), ("oldblock", 1), ("metro", 2)],
    "bag": [("ferry", 4), ("oldblock", 4), ("nightst", 3), ("school", 3), ("metro", 3), ("bus", 2), ("market", 2), ("temple", 1), ("supermarket", 2)],
    "cash": [("market", 5), ("temple", 3), ("clinic", 2), ("supermarket", 2), ("bus", 1), ("elder", 2), ("nightst", 1), ("carp", 1), ("well", 1)],
    "jewelry": [("temple", 4), ("market", 2), ("square", 3), ("elder", 2), ("clinic", 1), ("oldblock", 2), ("river", 1), ("guanyin", 2), ("carp", 1)],
    "electronics": [("school", 3), ("oldblock", 3), ("metro", 3), ("ferry", 2), ("nightst", 2), ("river", 2), ("elder", 1), ("bus", 2),
                    ("square", 1), ("clinic", 1)],
    "other": [("ferry", 3), ("market", 3), ("temple", 2), ("clinic", 2), ("school", 3), ("bus", 2), ("metro", 2), ("oldblock", 2),
              ("square", 2), ("river", 2), ("elder", 2), ("bridge", 1), ("guanyin", 1)],
}
PLACE_VOICES = {
    "market": [("elder", 4), ("vendor", 4), ("resident", 3), ("worker", 1), ("rider", 1)],
    "nightst": [("resident", 3), ("tourist", 3), ("worker", 2), ("vendor", 1), ("rider", 2), ("student", 1)],
    "ferry": [("resident", 3), ("elder", 2), ("worker", 2), ("tourist", 2), ("student", 1)],
    "temple": [("elder", 5), ("resident", 2), ("tourist", 2)],
    "guanyin": [("elder", 4), ("resident", 2)],
    "school": [("student", 4), ("parent", 5)],
    "oldblock": [("tourist", 6), ("resident", 1), ("worker", 1)],
    "carp": [("elder", 3), ("resident", 3), ("rider", 1), ("student", 1)],
    "well": [("elder", 3), ("resident", 3), ("rider", 1), ("student", 1)],
    "cangqian": [("resident", 3), ("elder", 2), ("rider", 2)],
    "clinic": [("elder", 5), ("parent", 1), ("resident", 2)],
    "elder": [("elder", 6)],
    "square": [("elder", 4), ("parent", 2), ("resident", 2)],
    "metro": [("worker", 3), ("student", 1), ("tourist", 2), ("resident", 2)],
    "bus": [("elder", 2), ("worker", 2), ("student", 2), ("resident", 2)],
    "bridge": [("resident", 2), ("tourist", 2), ("elder", 1)],
    "river": [("resident", 3), ("elder", 2), ("tourist", 1)],
    "supermarket": [("resident", 3), ("elder", 2), ("worker", 1), ("parent", 1)],
    "newvillage": [("resident", 3), ("rider", 2)],
}
CAT_VOICE_DROP = {"ebike": ("student", "tourist", "elder"), "bicycle": ("tourist",), "cash": ("tourist", "student"),
                  "jewelry": ("student", "rider"), "keys": ("tourist",)}


def make_ctx(cat, place=None):
    pk = place or wpick(CAT_PLACES[cat])
    vw = [(v, w) for v, w in PLACE_VOICES[pk] if v not in CAT_VOICE_DROP.get(cat, ())]
    if cat == "ebike":
        vw += [("rider", 3), ("resident", 2)]
    if cat == "jewelry":
        vw += [("elder", 2)]
    if not vw:
        vw = [("resident", 1)]
    voice = wpick(vw)
    age = {"elder": "old", "student": "young"}.get(voice, "mid")
    ctx = dict(voice=voice, person=person(age, away=(voice == "tourist")), place=pk)
    if voice == "parent":
        ctx["child"] = person("young")
    return ctx


DAY0 = dtm.date(2026, 5, 12)


def pick_loss_dt(ctx, cat):
    pk, v = ctx["place"], ctx["voice"]
    for _ in range(200):
        if pk == "school" and v in ("student", "parent"):
            day = pick([dtm.date(2026, 6, 24), dtm.date(2026, 6, 25), dtm.date(2026, 6, 26)])
            hour = wpick([(7, 3), (8, 2), (9, 1), (11, 4), (12, 2), (14, 2), (15, 1), (16, 2), (17, 3)])
        else:
            r = R.random()
            if pk == "temple" and r < 0.35:
                day = pick([dtm.date(2026, 6, 15), dtm.date(2026, 6, 19), dtm.date(2026, 6, 29)])
            elif pk in ("river", "bridge", "ferry") and r < 0.2:
                day = dtm.date(2026, 6, 19)
            else:
                day = DAY0 + dtm.timedelta(days=wpick([(i, 1 if i < 20 else 3) for i in range(52)]))
            hour = wpick(PL[pk]["hours"])
        d = dtm.datetime(day.year, day.month, day.day, hour, rint(0, 59))
        L = m_of(d)
        if 300 <= L <= 90000:
            return d
    raise RuntimeError("no loss time")


def floor_to(d, step):
    m = (d.hour * 60 + d.minute) // step * step
    return dtm.datetime(d.year, d.month, d.day) + dtm.timedelta(minutes=m)


def ceil_to(d, step):
    f = floor_to(d, step)
    return f if f == d and d.second == 0 else f + dtm.timedelta(minutes=step)


LONG_W = {"ebike": 35, "bicycle": 35, "keys": 15, "jewelry": 25, "id_doc": 12, "electronics": 8, "other": 8,
          "phone": 1, "wallet": 2, "cash": 0, "bag": 2}


def make_window(ld, cat):
    wt = wpick([("short", 60), ("day", 30), ("long", LONG_W[cat])] if cat not in ("ebike", "bicycle") else
               [("short", 30), ("day", 35), ("long", LONG_W[cat])])
    if wt == "short":
        pre, post, step = rint(5, 90), rint(5, 150), 10
    elif wt == "day":
        pre, post, step = rint(30, 600), rint(30, 720), 30
    else:
        pre, post, step = rint(120, 2880), rint(60, 4320), 30
    a = floor_to(ld - dtm.timedelta(minutes=pre), step)
    b = ceil_to(ld + dtm.timedelta(minutes=post), step)
    if wt != "long":
        d0 = dtm.datetime(ld.year, ld.month, ld.day)
        lo = d0 + dtm.timedelta(hours=6) if ld.hour >= 6 else d0 - dtm.timedelta(hours=3)
        hi = d0 + dtm.timedelta(hours=23, minutes=30) if ld.hour < 23 else d0 + dtm.timedelta(hours=25)
        a, b = max(a, lo), min(b, hi)
    if b > NOW:
        b = NOW
    return m_of(a), m_of(b), wt


DELAY = {"phone": (5, 600), "wallet": (5, 1440), "keys": (10, 2880), "ebike": (600, 14400), "bicycle": (1440, 20160),
         "bag": (5, 1440), "cash": (3, 300), "jewelry": (10, 4320), "electronics": (10, 2880), "id_doc": (10, 4320), "other": (5, 2880)}


def found_delay(cat):
    lo, hi = DELAY[cat]
    d = math.exp(R.uniform(math.log(lo), math.log(hi)))
    if chance(0.08):
        d *= rint(2, 4)
    return int(d)


def rand_spot(pk):
    return R.randrange(len(PL[pk]["spots"]))


def jitter(xy, m):
    return (xy[0] + R.uniform(-m, m), xy[1] + R.uniform(-m, m))


def make_event(obj, ctx, with_found=True):
    cat = obj["cat"]
    ld = pick_loss_dt(ctx, cat)
    L = m_of(ld)
    f_m, t_m, wt = make_window(ld, cat)
    lpk = ctx["place"]
    lsi = rand_spot(lpk)
    ev = dict(L=L, frm=f_m, to=t_m, wt=wt, lpk=lpk, lsi=lsi, route=None, rain=chance(0.55))
    if chance(0.18) and cat not in ("ebike", "bicycle"):
        ev["route"] = pick(near_places(lpk, 150, 700))
        ev["route_first"] = chance(0.5)
    if cat in ("ebike", "bicycle"):
        obj["stolen"] = chance(0.6)
    if with_found:
        d = found_delay(cat)
        F = L - d
        if F < 0:
            F = rint(0, max(0, L // 3))
        ev["F"] = F
        r = R.random()
        if cat in ("ebike", "bicycle") and obj["stolen"]:
            fpk = pick(near_places(lpk, 300, 1500))
        elif lpk == "ferry" and r < 0.35:
            fpk = "farbank"
        elif lpk in ("ferry", "metro", "bus"):
            fpk = lpk if r < 0.85 else pick(["station", pick(near_places(lpk, 100, 500))])
        elif r < 0.62:
            fpk = lpk
        elif r < 0.93:
            fpk = pick(near_places(lpk, 150, 800))
        else:
            fpk = "station"
        ev["fpk"] = fpk
        ev["fsi"] = rand_spot(fpk)
    return ev


# --------------------------------------------------------------------------- text helpers
TYPOS = [("钥匙", "要是"), ("钥匙", "钥是"), ("身份证", "身分证"), ("钱包", "前包"), ("已经", "以经"), ("捡到", "拣到"),
         ("充电宝", "充电包"), ("手镯", "手琢"), ("戒指", "介指"), ("准考证", "准考正"), ("项链", "项练"), ("耳机", "耳几"),
         ("黑色", "嘿色"), ("蓝色", "兰色"), ("在", "再"), ("丢了", "丢啦"), ("电动车", "电动扯"), ("自行车", "自形车"),
         ("华为", "华伟"), ("小米", "小咪"), ("雅迪", "亚迪"), ("爱玛", "爱马"), ("台铃", "台玲"), ("捷安特", "杰安特"),
         ("麻烦", "麻番"), ("帮忙", "帮芒"), ("附近", "付近"), ("手机", "手几"), ("不见了", "不见la"), ("找不到", "找不倒"),
         ("红包", "红保"), ("现金", "现今"), ("渡口", "度口"), ("夜市", "夜事"), ("菜市", "菜巿"), ("谢谢", "谢谢谢")]


def typo(s):
    cands = [(a, b) for a, b in TYPOS if a in s]
    if cands:
        a, b = pick(cands)
        idx = [i for i in range(len(s)) if s.startswith(a, i)]
        i = pick(idx)
        return s[:i] + b + s[i + len(a):]
    idx = [i for i in range(1, len(s) - 1) if "\u4e00" <= s[i] <= "\u9fff" and not s[i - 1].isalnum() and not s[i + 1].isalnum()]
    if len(s) > 6 and idx:
        i = pick(idx)
        return s[:i] + s[i + 1:]
    return s


def o_addr(pk, si, route=None, route_first=True):
    p = PL[pk]
    loc = pick(p["local"])
    spot = p["spots"][si][0]
    if route:
        other = pick(PL[route]["local"])
        a, b = (loc, other) if route_first else (other, loc)
        return pick([f"{a}到{b}的路上", f"{a}或者{b}", f"从{a}走到{b}这一路", f"{a}、{b}一带"])
    return pick([f"{loc}{spot}", f"{loc}{spot}", f"{loc}", f"{loc}那边", f"{loc}附近", f"{p['addr']}{loc}" if not loc.startswith(p["addr"]) else loc])


def f_addr(pk, si):
    p = PL[pk]
    spot = p["spots"][si][1]
    if pk == "station":
        return pick(["榕湾派出所门口（拾得人送来，称在附近路上捡到）", "拾得人送至榕湾派出所，称在桂井路一带拾得", "榕湾路1号派出所门前"])
    return pick([f"{p['off']}{spot}", p["mapn"], f"{p['addr']}{p['off']}{spot}" if not p["off"].startswith(p["addr"]) else f"{p['off']}{spot}",
                 f"{p['addr']}{spot}", f"{pick(p['local'])}{spot}"])


def o_where(pk, si, route=None, route_first=True):
    """Place words inside the owner's body (not the address field)."""
    return o_addr(pk, si, route, route_first)


def act_of(ctx, pk):
    v = ctx["voice"]
    if pk == "school":
        return {"student": "考试", "parent": pick(["送孩子考试", "等孩子考完"])}.get(v, pick(["接孩子", "路过"]))
    if v == "vendor" and pk == "market":
        return pick(["卖菜", "出摊", "收摊"])
    if v == "rider":
        return pick(["送外卖", "取餐", "送单"])
    return pick(PL[pk]["acts"])


HOW = {
    "phone": ["可能是从口袋滑出来了", "可能放在桌上忘拿了", "骑车的时候颠掉了", "撑伞的时候没注意", "放在车篮里", "可能是被人顺走了"],
    "wallet": ["可能掏钱的时候掉了", "放在菜篮里不见了", "可能被人顺走了", "裤兜浅，可能滑出来了", "付钱后忘了拿"],
    "keys": ["挂在裤腰上掉的", "开完门忘了拔", "可能从口袋掉出来", "雨衣口袋漏了"],
    "ebike": ["锁了的", "忘记锁了", "只锁了龙头", "钥匙好像没拔"],
    "bicycle": ["锁了的", "没锁", "用链条锁锁在栏杆上"],
    "bag": ["放在座位上忘拿了", "挂在车把上", "下车的时候落下了", "放在椅子上去买东西回来就没了"],
    "cash": ["装在口袋里，拿东西时掉出来的", "刚从银行取的", "放在菜篮子里", "塞在外套口袋里"],
    "jewelry": ["搭扣松了", "洗手时摘下来忘了戴", "人多挤掉了", "不知道什么时候掉的"],
    "electronics": ["放在椅子上忘了拿", "从包侧袋掉出来了", "可能落在座位上"],
    "id_doc": ["夹在手机壳里掉了", "放在口袋里", "收拾东西的时候", "可能掉在排队的地方"],
    "other": ["放在座位边忘了拿", "靠在墙边忘拿了", "可能落在座位上"],
}
O_CLOSE = ["麻烦帮忙找一下，谢谢！", "有消息请联系我。", "东西对我很重要，拜托了。", "急！！", "谢谢民警同志。", "", "",
           "拾到者必有酬谢。", "如有人捡到交到派出所，万分感谢。", "请帮忙留意。"]
F_CLOSE = ["现存放阳光坐席。", "已拍照登记，待失主认领。", "", "", "物品暂存所内。", "拾得人未留姓名。", "拾得人不愿留联系方式。",
           "已清点登记。", "请失主携带有效证件认领。"]


def owner_opening(ctx, obj, when, where, item, ev):
    v, cat, p = ctx["voice"], obj.get("ocat") or obj["cat"], ctx["person"]
    act = act_of(ctx, ev["lpk"])
    how = pick(HOW[cat])
    if ev.get("wt") == "long" and cat not in ("ebike", "bicycle") and chance(0.8):
        return pick([f"{item}不见了，是{when}丢的，最后记得是在{where}{act}。",
                     f"{when}，{item}丢了，可能丢在{where}，{how}。",
                     f"不知道什么时候丢的，大概{when}，{item}找不到了，那几天去过{where}。"])
    if cat in ("ebike", "bicycle"):
        return pick([f"{when}把{item}停在{where}，回来车就不见了，{how}。",
                     f"{item}停在{where}，{when}被偷了，{how}。",
                     f"{when}，我的{item}在{where}丢失，当时{how}。",
                     f"{when}{act}，车停在{where}，出来{item}没了。"])
    gen = [f"{when}在{where}{act}，{item}丢了。", f"{when}我在{where}{act}，回来发现{item}不见了。",
           f"本人{when}在{where}遗失{item}。", f"{when}去{where}{act}，{item}找不到了，{how}。",
           f"{item}丢了，最后一次看到是{when}，在{where}。", f"{when}在{where}附近丢了{item}，{how}。"]
    rel = "阿公" if p["male"] else "阿嬷"
    spec = {
        "elder": [f"老人口述：{when}去{where}{act}，{item}不见了，{how}。",
                  f"我{rel}{when}在{where}{act}，{item}丢了，老人家记不太清，我帮{'他' if p['male'] else '她'}登记。",
                  f"{when}在{where}{act}，{item}一直放在身上，回到家就没了。",
                  f"家属代报：老人{when}在{where}{act}后发现{item}遗失。"],
        "student": ([f"我是十一中考点的考生，{when}考完出来发现{item}不见了。"] if ev["lpk"] == "school" else []) +
                   [f"{when}在{where}，{item}丢了，{how}。", f"{when}放学路过{where}，{item}丢了。"],
        "parent": ([f"孩子{when}在{where}参加中考，{item}找不到了，麻烦帮忙留意。"] if ev["lpk"] == "school" else []) +
                  [f"我{when}带孩子在{where}，{item}丢了。", f"帮孩子登记：{when}在{where}丢了{item}。"],
        "tourist": [f"我们是从{p['home']}来旅游的，{when}在{where}{act}，{item}丢了。",
                    f"游客，{when}逛{where}的时候{item}不见了，{how}。", f"外地游客，{when}在{where}遗失{item}，过两天就要回去了。"],
        "vendor": [f"我在{where}摆摊，{when}收摊的时候发现{item}没了。", f"在{where}做生意的，{when}{item}丢了，{how}。"],
        "rider": [f"外卖员，{when}在{where}送餐，{item}丢了。", f"跑外卖的，{when}在{where}取餐出来{item}就没了。"],
        "worker": [f"{when}下班经过{where}，{item}丢失。", f"{when}在{where}{act}时遗失{item}，{how}。"],
        "resident": [],
        "parent_": [],
    }.get(v, [])
    out = pick(spec + gen) if spec and chance(0.65) else pick(gen)
    if ev.get("route"):
        out = out.replace(where + "附近", where)
    return out


NOUN_TAILS = ["电动车", "老人机", "手机", "钱包", "自行车", "耳机", "手表", "收音机", "电动", "箱包", "助听器", "充电宝",
              "珠宝", "金店", "杯", "伞", "鱼竿", "折叠", "相机", "平板", "电脑", "帆布", "手工", "牌", "电话手表", "汽车", "背包",
              "文具", "口袋"]
NO_COL_NOUN = ("keys", "cash", "id_doc", "jewelry")


def bare_brand(bw):
    if not bw:
        return bw
    for t in NOUN_TAILS:
        if bw.endswith(t) and len(bw) > len(t):
            return bw[:-len(t)]
    return bw


def col_allowed(obj, col):
    return not (obj["cat"] in NO_COL_NOUN and not (obj["cat"] == "jewelry" and col and obj["color"] == "green"))


def o_item(obj, col, bw, model):
    bw = bare_brand(bw)
    if not col_allowed(obj, col):
        col = None
    noun, mw = pick(obj["o_noun"])
    one = ("一" + mw) if mw and chance(0.6) else ""
    if bw and chance(0.3):
        s = f"{one}{noun}（{bw}{' ' + model if model else ''}的{'，' + col if col else ''}）"
    else:
        de = "的" if col and not col.endswith("的") and chance(0.35) else ""
        s = f"{one}{col or ''}{de}{bw or ''}{model or ''}{noun}" if not (bw and model and chance(0.5)) else f"{one}{col or ''}{de}{bw}{noun}，型号{model}"
    return s


def f_item(obj, col, bw, model):
    bw = bare_brand(bw)
    if not col_allowed(obj, col):
        col = None
    if model:
        model = model.strip()
    noun, mw = pick(obj["f_noun"])
    mwq = "" if not mw else ("一" + mw if len(mw) == 1 else mw)
    if bw and chance(0.25):
        return f"{col or ''}{noun}{mwq}（背面印有“{bw}”字样）" if obj["cat"] in ("phone", "electronics") else f"{col or ''}{noun}{mwq}（{bw}牌）"
    if chance(0.5):
        return f"{col or ''}{bw or ''}{(' ' + model) if model and bw else (model or '')}{noun}{mwq}"
    return f"{mwq}{col or ''}{bw or ''}{model or ''}{noun}" if mwq.startswith("一") else f"{col or ''}{bw or ''}{model or ''}{noun}{mwq}"


KNOW = {  # brand, model, serial multiplier, colour
    "elder": (0.5, 0.1, 0.4, 0.85), "student": (0.9, 0.6, 1.0, 0.95), "parent": (0.8, 0.35, 0.9, 0.95),
    "tourist": (0.9, 0.55, 1.0, 0.95), "vendor": (0.75, 0.25, 0.8, 0.9), "rider": (0.9, 0.4, 0.9, 0.95),
    "worker": (0.9, 0.55, 1.1, 0.95), "resident": (0.8, 0.35, 1.0, 0.95)}
FILL_L = {
    "elder": [("full", 2), ("some", 3), ("body", 4), ("hurry", 1)],
    "student": [("full", 3), ("some", 3), ("body", 2), ("hurry", 2)],
    "parent": [("full", 4), ("some", 3), ("body", 2), ("hurry", 1)],
    "tourist": [("full", 4), ("some", 3), ("body", 2), ("hurry", 1)],
    "vendor": [("full", 1), ("some", 3), ("body", 3), ("hurry", 3)],
    "rider": [("full", 2), ("some", 3), ("body", 2), ("hurry", 3)],
    "worker": [("full", 5), ("some", 3), ("body", 1), ("hurry", 1)],
    "resident": [("full", 3), ("some", 3), ("body", 3), ("hurry", 1)],
}
FP_L = {"full": dict(color=.9, brand=.9, model=.75, serial=.9, marks=.85, address=.95, ll=.55),
        "some": dict(color=.55, brand=.55, model=.4, serial=.6, marks=.45, address=.75, ll=.3),
        "body": dict(color=0, brand=0, model=0, serial=0, marks=0, address=.35, ll=.12),
        "hurry": dict(color=.25, brand=.2, model=0, serial=.15, marks=0, address=.3, ll=0)}
FP_F = {"full": dict(color=.95, brand=.9, model=.8, serial=.95, marks=.9, address=1, ll=.85),
        "some": dict(color=.7, brand=.6, model=.4, serial=.7, marks=.55, address=.9, ll=.6),
        "body": dict(color=0, brand=0, model=0, serial=.2, marks=0, address=.6, ll=.35),
        "hurry": dict(color=.3, brand=.2, model=0, serial=.2, marks=0, address=.4, ll=.1)}
TYPO_RATE = {"elder": 0.05, "student": 0.15, "parent": 0.08, "tourist": 0.08, "vendor": 0.25, "rider": 0.3, "worker": 0.06, "resident": 0.12}


def fit(s, n):
    return s if len(s) <= n else s[:n]


def join_marks(texts, sep=None):
    sep = sep or pick(["，", "；", "，", "、"])
    return sep.join(texts)


def render_lost(obj, ctx, ev, style=None):
    v = ctx["voice"]
    style = style or wpick(FILL_L[v])
    kb, km, ks, kc = KNOW[v]
    fp = FP_L[style]
    col = col_o(obj["color"]) if obj["color"] and chance(kc) else None
    bw = brand_o(obj["brand"], v) if obj["brand"] and chance(kb * obj["owner_brand"]) else None
    model = model_form(obj["model"], "o") if obj["model"] and bw and chance(km) else None
    known = [s for s in obj["serials"] if chance(min(1.0, s["own"] * ks))]
    om = [m_ for m_ in obj["marks"] if m_["o"]]
    chosen = some(om, 0.35 if style == "hurry" else 0.75, 1)
    rec = {}
    said = dict(brand=False, model=False, serial=False, marks=[], color=False)
    if col and chance(fp["color"]):
        rec["color"] = col
        said["color"] = True
    if bw and chance(fp["brand"]):
        rec["brand"] = bw
        said["brand"] = True
    if model and chance(fp["model"]):
        rec["model"] = model
        said["model"] = True
    ser_field = None
    if known and chance(fp["serial"]):
        ser_field = known[0]
        rec["serial"] = fit(ser_text(ser_field, "o", field=True), 60)
        said["serial"] = True
    marks_in_field = []
    if chosen and chance(fp["marks"]):
        marks_in_field = chosen
        rec["marks"] = fit(join_marks([m_["o"] for m_ in chosen]), 500)
    if chance(fp["address"]):
        rec["address"] = fit(o_addr(ev["lpk"], ev["lsi"], ev["route"], ev.get("route_first", True)), 60)
    if chance(fp["ll"]):
        xy = jitter(PL[ev["lpk"]]["xy"], 70)
        if ev["route"]:
            q = PL[ev["route"]]["xy"]
            xy = pick([xy, q, ((xy[0] + q[0]) / 2, (xy[1] + q[1]) / 2)])
        rec["lat"], rec["lon"] = ll(*xy)
    # ---- body
    when = owindow(ev["frm"], ev["to"])
    where = o_where(ev["lpk"], ev["lsi"], ev["route"], ev.get("route_first", True))
    icol = col if col and ("color" not in rec or chance(0.6)) else None
    ibw = bw if bw and ("brand" not in rec or chance(0.5)) else None
    imodel = model if model and ibw and ("model" not in rec or chance(0.3)) else None
    if ibw:
        said["brand"] = True
    if imodel:
        said["model"] = True
    if icol and col_allowed(obj, icol):
        said["color"] = True
    item = o_item(obj, icol, ibw, imodel)
    body_marks = [m_ for m_ in chosen if m_ not in marks_in_field or chance(0.25)]
    said["marks"] = [m_["k"] for m_ in chosen]
    extra_ser = [s for s in known if s is not ser_field and chance(0.8)] + ([ser_field] if ser_field and chance(0.2) else [])
    if extra_ser:
        said["serial"] = True
    if style == "hurry":
        wh = pick(PL[ev["lpk"]]["local"])
        bits = [f"{wh}丢了{item}"] + [m_["o"] for m_ in body_marks[:1]] + [ser_text(s, "o") for s in extra_ser[:1]]
        body = " ".join(bits) + pick(["，急", "！！", " 速回", "", "，有人捡到吗"])
        body = typo(body) if chance(0.75) else body
        if chance(0.5):
            body = body.replace("，", " ").replace("。", "")
    else:
        parts = []
        if ev["rain"] and chance(0.25):
            parts.append(pick(["那天雨下得很大，", "下着雨，", "当时在下大雨，"]))
        parts.append(owner_opening(ctx, obj, when, where, item, ev))
        looks = [m_ for m_ in body_marks if not m_["k"].startswith(CONTENT_KEYS)]
        inside = [m_ for m_ in body_marks if m_["k"].startswith(CONTENT_KEYS)]
        if looks:
            parts.append(pick(["特征：", "", "好认：", "记得", "特征是", ""]) + join_marks([m_["o"] for m_ in looks]) + "。")
        if inside:
            lead = pick(["里面有：", "里面有", "包里有" if obj["cat"] == "bag" else "里面装着", "内有"]) if obj["cat"] in ("wallet", "bag") else ""
            if obj["cat"] == "id_doc":
                lead = pick(["一起的还有", "还有", "一起丢的还有"])
            parts.append(lead + join_marks([m_["o"] for m_ in inside]) + "。")
        for s in extra_ser:
            parts.append(ser_text(s, "o") + pick(["。", "，", "。"]))
        if ev.get("route") and chance(0.5):
            parts.append(pick(["具体在哪里丢的不确定。", "两个地方都去过，不知道掉在哪。"]))
        parts.append(pick(O_CLOSE))
        body = "".join(parts).replace("那边附近", "附近").replace("附近附近", "附近")
        if body.endswith("，"):
            body = body[:-1] + "。"
        if chance(TYPO_RATE[v]):
            body = typo(body)
    if not (said["brand"] or said["model"] or said["serial"] or said["marks"]) and om:
        m_ = om[0]
        body += ("特征：" if style != "hurry" else " ") + m_["o"]
        said["marks"] = [m_["k"]]
    rec["body"] = fit(body, 600)
    return rec, said


FINDER_OPEN = {
    "sanitation": ["{when}，环卫工人在{where}清扫时发现{item}，送至我所。", "环卫工{sn}师傅{when}在{where}捡到{item}。",
                   "保洁阿姨{when}在{where}扫地时捡到{item}。"],
    "vendor": ["{where}的摊主{when}捡到{item}，交来派出所。", "{when}，{where}一商户在摊位旁拾得{item}。"],
    "resident": ["{when}，附近居民在{where}拾得{item}，送交阳光坐席。", "群众{when}在{where}捡到{item}，交到所里。",
                 "一位老伯{when}在{where}捡到{item}送来。", "路过的市民{when}在{where}发现{item}，交派出所。",
                 "一名中学生{when}在{where}捡到{item}，由家长陪同送来。"],
    "guard": ["{when}，保安在{where}巡查时发现{item}。", "{where}管理员{when}拾得{item}，送来登记。"],
    "tourist": ["一名外地游客{when}在{where}捡到{item}，交至派出所。"],
    "ferry": ["{when}，轮渡工作人员在{where}座位下发现{item}，送交派出所。", "江口轮渡售票员{when}在{where}拾得{item}。",
              "渡船船员{when}清舱时在{where}发现{item}。"],
    "school": ["{when}，十一中考点工作人员在{where}拾得{item}。", "中考考点保安{when}在{where}捡到{item}，转交我所。",
               "监考老师{when}在{where}发现{item}，考后交来。"],
    "temple": ["天后宫管理人员{when}在{where}拾得{item}。", "{when}，庙里的师傅在{where}发现{item}，送来派出所。"],
    "shop": ["{where}的店员{when}发现顾客遗留{item}，送交我所。", "{when}，{where}店主交来{item}，称有顾客落下。"],
    "grid": ["网格员{when}在{where}巡查时发现{item}。"],
    "metro": ["地铁工作人员{when}在{where}拾得{item}，转交我所。"],
    "driver": ["公交司机{when}在{where}附近车上发现乘客遗落{item}，交至派出所。"],
    "patrol": ["{when}巡逻时发现{where}停放{item}，无人看管，已拖回所里。", "群众反映{where}有{item}停放多日，{when}民警前往拖回。",
               "{when}，巡逻民警在{where}发现{item}，疑似被盗后丢弃。"],
    "self": ["{when}在{where}捡到{item}，交给派出所。", "我{when}在{where}捡到{item}，麻烦找下失主。"],
}
SANI = ["王", "陈", "林", "刘", "郑"]
VEHICLE_OPEN = ["{when}，小区保安反映{where}有{item}长期停放无人认领，民警拖回所里。",
                "{when}，网格员在{where}发现{item}，无人认领，送至我所。",
                "群众{when}在{where}发现{item}停放多日，报警后拖回。",
                "{when}接群众报称{where}有{item}被丢弃，已拖回暂存。"]
CONTENT_KEYS = ("c:", "cash", "amt:", "card:", "idcard:", "extra:", "nocash", "hanky", "invoice", "bus")


def finder_type(obj, fpk):
    if fpk == "station":
        return pick(["resident", "self"])
    if obj["cat"] in ("ebike", "bicycle"):
        return "patrol" if chance(0.55) else pick(["guard", "resident", "grid"])
    if fpk in ("farbank",):
        return "ferry"
    ft = wpick(PL[fpk]["finders"])
    if chance(0.12):
        ft = "self"
    return ft


def render_found(obj, ev, style=None, min_marks=1, fpk=None, fsi=None, F=None, force_col=False, force_brand=False,
                 must=(), owner_said=()):
    fpk = fpk or ev["fpk"]
    fsi = ev["fsi"] if fsi is None else fsi
    F = ev["F"] if F is None else F
    style = style or wpick([("full", 45), ("some", 30), ("body", 15), ("hurry", 10)])
    fp = FP_F[style]
    fam = obj["fcolor"] or obj["color"]
    if force_col:
        fam = obj["color"]
    elif fam and chance(0.08):
        fam = pick(NEAR_COL[fam])
    col = col_f(fam) if fam and (force_col or chance(0.95)) else None
    bw = brand_f(obj["brand"]) if obj["brand"] and (force_brand or chance(obj["bvis"])) else None
    model = model_form(obj["model"], "f") if obj["model"] and chance(obj["mvis"]) else None
    seen = [s for s in obj["serials"] if chance(s["see"])]
    fm = [m_ for m_ in obj["marks"] if m_["f"]]
    chosen = some(fm, 0.35 if style == "hurry" else 0.8, min(min_marks, len(fm)))
    for m_ in must:
        if m_ not in chosen:
            chosen = [m_] + chosen
    if owner_said and chance(0.85) and not any(m_["k"] in owner_said for m_ in chosen):
        salient = [m_ for m_ in fm if m_["k"] in owner_said]
        if salient:
            chosen = [pick(salient)] + chosen
    if obj["cat"] in ("ebike", "bicycle") and obj.get("stolen") and chance(0.5):
        chosen = chosen + [M(None, pick(["电瓶已被拆走", "车锁被破坏", "停放多日，座垫积水", "车身积灰"]), "fstate")]
    rec = {}
    if col and chance(fp["color"]):
        rec["color"] = col
    if bw and chance(fp["brand"]):
        rec["brand"] = bw
    if model and chance(fp["model"]):
        rec["model"] = model
    ser_field = None
    if seen and chance(fp["serial"]):
        ser_field = seen[0]
        rec["serial"] = fit(ser_text(ser_field, "f", field=True), 60)
    mf = []
    if chosen and chance(fp["marks"]):
        mf = chosen
        rec["marks"] = fit(join_marks([m_["f"] for m_ in chosen], pick(["；", "，", "、"])), 500)
    if chance(fp["address"]):
        rec["address"] = fit(f_addr(fpk, fsi), 60)
    if chance(fp["ll"]) and fpk != "station":
        rec["lat"], rec["lon"] = ll(*jitter(spot_xy(fpk, fsi), 15))
    when = ftime(dt_of(F))
    where = f_addr(fpk, fsi) if chance(0.5) or "address" not in rec else PL[fpk]["spots"][fsi][1] if fpk != "station" else "派出所门口"
    icol = col if col and ("color" not in rec or chance(0.6)) else None
    ibw = bw if bw and ("brand" not in rec or chance(0.5)) else None
    imodel = model if model and ("model" not in rec or chance(0.3)) else None
    if force_col and col and "color" not in rec and not col_allowed(obj, col):
        rec["color"] = col
    item = f_item(obj, icol, ibw, imodel)
    bm = [m_ for m_ in chosen if m_ not in mf or chance(0.3)]
    if must and "marks" not in rec:
        bm = [m_ for m_ in must if m_ not in bm] + bm
    extra_ser = [s for s in seen if s is not ser_field and chance(0.85)] + ([ser_field] if ser_field and chance(0.25) else [])
    if style == "hurry":
        wh = pick(PL[fpk]["local"]) if fpk != "station" else "路边"
        verb = "发现无人认领的" if obj["cat"] in ("ebike", "bicycle") else "捡到"
        body = f"{wh}{verb}{item}" + ("，" + bm[0]["f"] if bm else "") + ("，" + ser_text(extra_ser[0], "f") if extra_ser else "")
        if chance(0.4):
            body = typo(body)
    else:
        ft = finder_type(obj, fpk)
        tpl = pick(FINDER_OPEN[ft])
        fd = dt_of(F)
        if ft == "school" and not (fd.month == 6 and 24 <= fd.day <= 26):
            tpl = pick(["学校保安{when}在{where}捡到{item}，转交我所。", "{when}，十一中门卫在{where}拾得{item}。"])
        if obj["cat"] in ("ebike", "bicycle") and fpk != "station":
            where = PL[fpk]["off"] + pick(["门口路边", "附近路边", "旁边巷子里", "外侧人行道", "附近"])
            if ft != "patrol":
                tpl = pick(VEHICLE_OPEN)
        if ft in ("shop", "vendor") and fpk in PL and fpk != "station":
            where = pick([PL[fpk]["off"], pick(PL[fpk]["local"]), PL[fpk]["mapn"]])
        if fpk == "station":
            tpl = pick(["拾得人{when}将{item}送至派出所，称在{where}捡到。", "{when}，群众将{item}送到所里，说是在{where}捡的。"])
            where = pick(["附近路上", "桂井路一带", "榕湾路边", "家门口巷子里", "公交车上"])
        body = tpl.format(when=when, where=where, item=item, sn=pick(SANI))
        if bm:
            body += pick(["特征：", "经查看，", "物品情况：", "", "另："]) + join_marks([m_["f"] for m_ in bm], pick(["；", "，"])) + "。"
        for s in extra_ser:
            body += ser_text(s, "f") + "。"
        if ev.get("rain") and obj["cat"] in ("id_doc", "bag", "cash", "wallet") and chance(0.2):
            body += "物品被雨淋湿。"
        body += pick(F_CLOSE)
    rec["body"] = fit(body, 600)
    return rec


# --------------------------------------------------------------------------- the few pairs filed under two categories
def gen_cross(n, ctx):
    if n == 0:      # owner: a cloth coin purse (wallet); desk: the cash inside (cash)
        o = gen_wallet(ctx, {"kind": "coin"})
        o["fcat"] = "cash"
        o["f_noun"] = [("现金（装于零钱包内）", ""), ("零钱包及现金", ""), ("一包现金（布零钱包装）", "")]
    elif n == 1:    # owner: the child's phone watch (phone); desk: a child's smartwatch (electronics)
        br = BR("imoo", "小天才", "imoo", ["小天才电话手表", "xiaotiancai"], ["小天财"], ["Z12 Lite", "Q9 探索版"], 1, logo="zh")
        cf = pick(["blue", "pink", "green"])
        o = base("electronics", "kidwatch", [("电话手表", "块"), ("儿童电话手表", "块"), ("小天才手表", "个")],
                 [("儿童智能手表", "块"), ("儿童手表", "块")], br, pick(br["models"]), cf)
        o["ocat"] = "phone"
        o["bvis"] = 0.9
        o["serials"].append(ser("imei", make_imei(), 0.35, 0.5))
        kid = ctx.get("child") or person("kid")
        o["marks"] += [M(f"表带是{col_de(cf)}", f"{col_f(cf)}表带", "band"),
                       M(f"背面贴着名字“{kid['name']}”", f"背面贴姓名贴“{kid['name']}”", "name:" + kid["name"]),
                       M("里面存着我和他爸的电话", None, "hid"), M("表盘是恐龙", "表盘为恐龙图案", "face")]
    elif n == 2:    # owner: the ID card (id_doc); desk: a card holder with cards in it (wallet)
        o = gen_id_doc(ctx, {"kind": "idcard"})
        o["fcat"] = "wallet"
        cl = pick(["black", "brown", "blue", "pink"])
        o["color"] = cl
        o["f_noun"] = [("卡包", "个"), ("卡套", "个"), ("证件卡包", "个")]
        m_, s = bank_card(own=0.4, see=0.8)
        o["marks"] = [mm for mm in o["marks"] if not mm["k"].startswith("holder")]
        o["marks"] += [M(f"装在{col_o(cl)}卡套里，卡套里还有银行卡", f"{col_f(cl)}卡包内有身份证、银行卡", f"holder:{cl}"), m_,
                       M("还有一张公交卡", "另有公交卡一张", "bus")]
        o["serials"].append(s)
    else:           # owner: the jeweller's paper bag (bag); desk: the jewellery box in it (jewelry)
        o = gen_jewelry(ctx, {"kind": "gold_necklace", "brand": pick(JEWEL_BRANDS[:4])})
        o["ocat"] = "bag"
        o["o_noun"] = [("装金项链的纸袋", "个"), ("金店的纸袋（里面是刚买的金项链）", "个")]
        o["f_noun"] = [("首饰盒（内有金色项链一条）", "个"), ("金项链（装于首饰盒及纸袋内）", "条")]
        o["owner_brand"] = 1.0
        o["bvis"] = 0.95
        o["marks"].append(M("袋子里还有发票", "纸袋内有购物发票一张", "invoice"))
    return o


# --------------------------------------------------------------------------- hard negatives
NEG_LABELS = ["same_category_colour", "found_before_loss", "same_brand_elsewhere", "other_desk_item"]
GENERIC_KEYS = ("state", "stamp", "case:none", "fstate", "nocash", "cash", "both")


def mark_keys(o):
    return [m_["k"] for m_ in o["marks"] if not m_["k"].startswith(GENERIC_KEYS)]


def clashes(d, t):
    """True when the decoy d would carry something the target's owner said (so it would look the same).
    Marks that only repeat the object's own colour (a blue fob on a blue-fob key ring) do not count:
    the colour is shared on purpose."""
    col = t["obj"]["color"]
    dk = mark_keys(d)
    dparams = [k.split(":", 1)[1] for k in dk if ":" in k and not k.endswith(":" + str(col))]
    for k in t["said"]["marks"]:
        if k.startswith(GENERIC_KEYS) or (col and k.endswith(":" + col)):
            continue
        if k in dk:
            return True
        if ":" in k and k.split(":", 1)[1] in dparams:     # 锁屏是儿子 / 儿子来电: the same word on another mark
            return True
    return False


def distinct_mark(d, t):
    tk = mark_keys(t["obj"])
    cands = [m_ for m_ in d["marks"] if m_["f"] and not m_["k"].startswith(GENERIC_KEYS) and m_["k"] not in tk]
    amt = [m_ for m_ in d["marks"] if m_["f"] and m_["k"].startswith("amt:")]
    if amt:
        return amt[:1]
    return [pick(cands)] if cands else []


def decoy(t, label):
    obj, ev = t["obj"], t["ev"]
    cat = obj["cat"]
    for attempt in range(80):
        if label == "same_brand_elsewhere":
            ctx = make_ctx(cat)
        else:
            ctx = make_ctx(cat, place=ev["lpk"])
        force = {"kind": obj["kind"]} if attempt < 40 else {}
        if label == "same_category_colour":
            force["color"] = obj["color"]
            if obj["brand"] and (t["said"]["brand"] or chance(0.6)):
                force["not_brand"] = obj["brand"]["k"]
        elif label == "found_before_loss":
            force["color"] = obj["color"]
            if obj["brand"]:
                force["brand"] = obj["brand"]
        else:
            force["brand"] = obj["brand"]
            if chance(0.5):
                force["color"] = obj["color"]
        d = GEN[cat](ctx, force)
        if label == "found_before_loss" and obj["model"] and d["brand"] and obj["brand"] and \
                d["brand"]["k"] == obj["brand"]["k"] and chance(0.5):
            d["model"] = obj["model"]
        if clashes(d, t):
            continue
        if label == "same_category_colour" and t["said"]["brand"] and d["brand"] and obj["brand"] and d["brand"]["k"] == obj["brand"]["k"]:
            continue
        break
    else:
        raise RuntimeError(f"no decoy for {label}: {cat}/{obj['kind']} said {t['said']['marks']} last {mark_keys(d)}")
    # where and when
    if label == "same_brand_elsewhere":
        fpk = pick([p["k"] for p in FAR])
        if chance(0.6) or ev["to"] < 4 * 1440:
            F = min(MAXMIN, ev["frm"] + rint(1440, 20 * 1440))
        else:
            F = ev["to"] - rint(3 * 1440, min(20 * 1440, ev["to"]))
    else:
        fpk = ev["lpk"] if chance(0.5) else pick(near_places(ev["lpk"], 100, 700))
        if label == "found_before_loss":
            F = min(MAXMIN, ev["frm"] + rint(60, 14 * 1440))
        else:
            F = ev["frm"] - rint(0, min(ev["frm"], 3 * 1440))
    fev = dict(rain=chance(0.5))
    rec = render_found(d, fev, style=wpick([("full", 50), ("some", 35), ("body", 15)]), min_marks=1,
                       fpk=fpk, fsi=rand_spot(fpk), F=F,
                       force_col=label in ("same_category_colour", "found_before_loss") and bool(d["color"]),
                       force_brand=label in ("same_brand_elsewhere", "found_before_loss") and bool(d["brand"]),
                       must=distinct_mark(d, t))
    rec["category"] = d.get("fcat") or cat
    return rec, F


def compatible(d, dF, dpk, L):
    """Would an honest reader take the desk item d as possibly the lost report L's object?"""
    o = L["obj"]
    if (o.get("ocat") or o["cat"]) != d["cat"] or o["kind"] != d["kind"]:
        return False
    if dF > L["ev"]["frm"]:
        return False
    if o["color"] and d["color"] and o["color"] != d["color"]:
        return False
    if o["brand"] and d["brand"] and o["brand"]["k"] != d["brand"]["k"]:
        return False
    return dist_m(PL[L["ev"]["lpk"]]["xy"], PL[dpk]["xy"]) < 1500


def ordinary(lost_items):
    for _ in range(200):
        cat = wpick([("other", 35), ("id_doc", 10), ("keys", 12), ("bag", 8), ("wallet", 6), ("electronics", 10),
                     ("phone", 5), ("bicycle", 5), ("jewelry", 4), ("cash", 2), ("ebike", 3)])
        ctx = make_ctx(cat)
        d = GEN[cat](ctx, {})
        dpk = pick(LOSS_PLACES)
        F = m_of(pick_loss_dt(dict(place=dpk, voice="resident"), cat)) - rint(0, 120)
        F = max(0, F)
        fd = dt_of(F)
        if d["kind"] == "exam" and not (fd.month == 6 and 20 <= fd.day <= 27):
            continue
        if any(compatible(d, F, dpk, L) for L in lost_items):
            continue
        rec = render_found(d, dict(rain=chance(0.5)), style=wpick([("full", 45), ("some", 30), ("body", 15), ("hurry", 10)]),
                           min_marks=1, fpk=dpk, fsi=rand_spot(dpk), F=F)
        rec["category"] = cat
        return rec, F
    raise RuntimeError("no ordinary item")


# --------------------------------------------------------------------------- assembly
PAIR_CATS = dict(phone=47, id_doc=37, wallet=33, keys=30, ebike=26, bag=29, bicycle=14, electronics=30, jewelry=16, cash=12, other=22)
CROSS_CATS = ["wallet", "phone", "id_doc", "bag"]          # the owner's category of the four cross pairs
NEVER_CATS = dict(phone=15, wallet=15, cash=12, jewelry=10, keys=10, ebike=8, bicycle=6, id_doc=6, bag=6, electronics=8, other=4)
DECOYS_NEVER = [("same_category_colour", 25), ("found_before_loss", 22), ("same_brand_elsewhere", 18)]
DECOYS_PAIRED = [("same_category_colour", 35), ("found_before_loss", 28), ("same_brand_elsewhere", 27)]
N_ORDINARY = 45


def ordered(rec, kind):
    keys = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon"]
    keys += ["lost_from_min", "lost_to_min", "truth"] if kind == "lost" else ["found_at_min", "negative"]
    return {k: rec[k] for k in keys if k in rec}


def build():
    global R
    R = random.Random(SEED)
    USED.clear()
    lost_items = []      # dict(obj, ctx, ev, rec, said, found)
    founds = []          # dict(rec, F, truth_of)
    # 1. the 300 objects that are lost and handed in
    cats = [c for c in sorted(PAIR_CATS) for _ in range(PAIR_CATS[c])]
    R.shuffle(cats)
    plan = [(c, None) for c in cats] + [(c, i) for i, c in enumerate(CROSS_CATS)]
    for cat, cross in plan:
        ctx = make_ctx(cat if cross is None else {0: "wallet", 1: "electronics", 2: "id_doc", 3: "jewelry"}[cross])
        if cross == 1 and "child" not in ctx:
            ctx["child"] = person("kid")
        obj = GEN[cat](ctx, {}) if cross is None else gen_cross(cross, ctx)
        ev = make_event(obj, ctx)
        rec, said = render_lost(obj, ctx, ev)
        rec["category"] = obj.get("ocat") or obj["cat"]
        rec["lost_from_min"], rec["lost_to_min"] = ev["frm"], ev["to"]
        frec = render_found(obj, ev, owner_said=said["marks"])
        frec["category"] = obj.get("fcat") or obj["cat"]
        frec["found_at_min"] = ev["F"]
        item = dict(obj=obj, ctx=ctx, ev=ev, rec=rec, said=said, cross=cross is not None)
        f = dict(rec=frec, F=ev["F"], truth_of=item)
        item["found"] = f
        lost_items.append(item)
        founds.append(f)
    # 2. the 100 lost reports whose object never turns up
    cats = [c for c in sorted(NEVER_CATS) for _ in range(NEVER_CATS[c])]
    R.shuffle(cats)
    for cat in cats:
        ctx = make_ctx(cat)
        obj = GEN[cat](ctx, {})
        ev = make_event(obj, ctx, with_found=False)
        rec, said = render_lost(obj, ctx, ev)
        rec["category"] = obj["cat"]
        rec["lost_from_min"], rec["lost_to_min"] = ev["frm"], ev["to"]
        lost_items.append(dict(obj=obj, ctx=ctx, ev=ev, rec=rec, said=said, cross=False, found=None))
    # 3. hard negatives aimed at a report, one report each
    taken = set()
    never = [x for x in lost_items if x["found"] is None]
    paired = [x for x in lost_items if x["found"] is not None and not x["cross"]]
    for pool, plan in ((never, DECOYS_NEVER), (paired, DECOYS_PAIRED)):
        for label, n in plan:
            for _ in range(n):
                for _try in range(1500):
                    t = pick(pool)
                    strict = _try < 1000
                    if id(t) in taken:
                        continue
                    if label == "same_brand_elsewhere" and not (t["obj"]["brand"] and (t["said"]["brand"] or not strict)):
                        continue
                    if label == "same_category_colour" and not (t["obj"]["color"] and (t["said"]["color"] or not strict)):
                        continue
                    if label == "found_before_loss" and t["ev"]["frm"] + 60 > MAXMIN:
                        continue
                    break
                else:
                    raise RuntimeError("no target")
                taken.add(id(t))
                rec, F = decoy(t, label)
                rec["found_at_min"] = F
                rec["negative"] = label
                founds.append(dict(rec=rec, F=F, truth_of=None))
    # 4. ordinary things handed in at the desk
    for _ in range(N_ORDINARY):
        rec, F = ordinary(lost_items)
        rec["found_at_min"] = F
        rec["negative"] = "other_desk_item"
        founds.append(dict(rec=rec, F=F, truth_of=None))
    # 5. keys in a shuffled order, truth links
    R.shuffle(founds)
    for i, f in enumerate(founds, 1):
        f["rec"]["key"] = f"{PFX}-F{i:04d}"
    R.shuffle(lost_items)
    for i, x in enumerate(lost_items, 1):
        x["rec"]["key"] = f"{PFX}-L{i:04d}"
        x["rec"]["truth"] = x["found"]["rec"]["key"] if x["found"] else None
    return {"seed": SEED, "made_by": MADE_BY,
            "parts": {PART: {"found": [ordered(f["rec"], "found") for f in founds],
                             "lost": [ordered(x["rec"], "lost") for x in lost_items]}}}


def dumps(data):
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main(argv):
    text = dumps(build())
    if "--stdout" in argv:
        sys.stdout.write(text)
        return 0
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), f"set{NN}.json")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
