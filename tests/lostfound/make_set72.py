#!/usr/bin/env python3
"""Write tests/lostfound/set72.json: a blind labelled lost-and-found set.

World: 桐林街道 of the invented city 晋安市 in the first weeks of the school year
(September 2025).  Every object is first drawn as a hidden truth record; the lost
report and the found registration are then written from it separately, each in
its own voice and knowing only what that person could know.

Python 3 standard library only, one random.Random(SEED); the output is the same on
every run and under any PYTHONHASHSEED.

    python3 tests/lostfound/make_set72.py          # writes set72.json next to this file
"""
import datetime as dt
import json
import math
import os
import random

SEED = 7272
PFX = "S72"
PART = "set72"
N_PAIRS = 150
N_NULL = 90
NEG_PLAN = [("same_cat_color", 30), ("found_before_loss", 24), ("same_brand_far", 24),
            ("diff_serial", 20), ("diff_name", 16), ("cash_other", 6)]
N_CROSS = 4          # pairs whose two sides are filed under different categories (<= 5)

R = random.Random(SEED)

BASE = dt.datetime(2025, 8, 1)
NOW = dt.datetime(2025, 9, 28, 20, 0)          # the moment every record is registered against


def am(d):
    return int((d - BASE).total_seconds() // 60)


def todt(m):
    return BASE + dt.timedelta(minutes=m)


NOW_M = am(NOW)
CENTRE = (37.870, 112.550)


def ch(seq):
    return seq[R.randrange(len(seq))]


def wch(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def p(x):
    return R.random() < x


def km(a, b):
    la1, lo1 = a
    la2, lo2 = b
    dy = (la2 - la1) * 111.2
    dx = (lo2 - lo1) * 111.2 * math.cos(math.radians((la1 + la2) / 2))
    return math.hypot(dx, dy)


# --------------------------------------------------------------------------- numbers
CNUM = "零一二三四五六七八九十"


def cn(n):
    if n <= 10:
        return CNUM[n]
    if n < 20:
        return "十" + CNUM[n - 10]
    t, u = divmod(n, 10)
    return CNUM[t] + "十" + (CNUM[u] if u else "")


USED = set()


def uniq(fn):
    while True:
        v = fn()
        if v not in USED:
            USED.add(v)
            return v


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def luhn(payload):
    tot = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def new_imei():
    def f():
        body = "86" + digits(12)
        return body + luhn(body)
    return uniq(f)


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"
REGION = ["149107", "149108", "149112", "149121"]      # invented codes for 晋安市


def id_check(s17):
    return ID_C[sum(int(a) * b for a, b in zip(s17, ID_W)) % 11]


def new_id(y0, y1, male):
    def f():
        y = R.randrange(y0, y1 + 1)
        d = dt.date(y, 1, 1) + dt.timedelta(days=R.randrange(365))
        seq = R.randrange(100, 999)
        if (seq % 2 == 1) != male:
            seq += 1 if seq < 998 else -1
        s17 = ch(REGION) + d.strftime("%Y%m%d") + "%03d" % seq
        return s17 + id_check(s17)
    return uniq(f)


def new_tel():
    return uniq(lambda: ch(["139", "138", "150", "186", "135", "187", "152", "158", "199", "177"]) + digits(8))


def new_tail():
    return uniq(lambda: "T" + digits(4))[1:]


BINS = ["6222", "6217", "6228", "6214", "6212", "6230"]
BANKS = [("工商银行", "工行"), ("建设银行", "建行"), ("农业银行", "农行"), ("邮储银行", "邮储"),
         ("晋安农商银行", "农商行"), ("中国银行", "中行")]


def new_plate():
    return uniq(lambda: "晋安" + ch("ABCDEF") + digits(5))


def new_frame(prefix):
    return uniq(lambda: prefix + ch("HJKLMN") + digits(2) + ch("ABCDE") + digits(7))


def new_sn(prefix):
    return uniq(lambda: prefix + digits(2) + ch("ABCDEFGH") + digits(8))


def new_bus():
    return uniq(lambda: "3107" + digits(12))


def new_lib():
    return uniq(lambda: "JA" + digits(10))


def new_sng():
    return uniq(lambda: "SNG25" + digits(4))


def new_bikeframe():
    return uniq(lambda: ch(["G", "F", "Y", "P"]) + digits(2) + ch("ABCKM") + digits(6))


# --------------------------------------------------------------------------- people
SUR = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙段雷钱汤尹黎常武乔贺龚文")
BOY = ["子轩", "浩宇", "宇航", "沐阳", "俊熙", "宸宇", "铭泽", "奕辰", "锦程", "天佑", "梓豪", "博文", "皓轩",
       "一鸣", "睿泽", "思源", "嘉树", "承泽", "景行", "煜祺", "明哲", "子墨", "云帆", "泽宇", "逸飞", "晨阳",
       "昊然", "俊豪", "家乐", "瑞霖", "安邦", "书恒", "子谦", "星野", "嘉航"]
GIRL = ["梓涵", "一诺", "欣怡", "雨桐", "若汐", "语嫣", "梓萱", "诗琪", "嘉懿", "可馨", "芊芊", "悦溪", "思彤",
        "欣妍", "雨萱", "紫萱", "梦琪", "佳怡", "子涵", "安然", "语桐", "沐晴", "诗涵", "依诺", "晓萌", "心悦",
        "乐瑶", "书瑶", "锦汐", "婉清", "若琳", "星妤", "清歌"]
MAN = ["建军", "志强", "海涛", "伟", "磊", "鹏飞", "晓东", "国庆", "俊杰", "振华", "立新", "永刚", "文斌", "宏伟", "小龙"]
WOMAN = ["丽娟", "晓燕", "静", "秀英", "红梅", "婷婷", "雪芳", "玉兰", "慧敏", "春霞", "丽萍", "艳", "晓丽", "亚楠", "琳"]
OLDM = ["保国", "建华", "福林", "德胜", "长贵", "满仓", "全喜", "润生"]
OLDW = ["桂兰", "秀珍", "凤英", "玉梅", "金花", "翠莲", "巧云", "素琴"]
EXPAT = [("Mia", "Clarke", False), ("Leo", "Becker", True), ("Noah", "Jensen", True), ("Sofia", "Moreau", False),
         ("Lucas", "Rossi", True), ("Emma", "Novak", False), ("Ethan", "Haddad", True), ("Lily", "Kowalski", False),
         ("Ben", "Silva", True), ("Chloe", "Dubois", False)]
EXPAT_ADULT = {"Clarke": "Hannah", "Becker": "Jonas", "Jensen": "Mette", "Moreau": "Claire", "Rossi": "Marco",
               "Novak": "Petra", "Haddad": "Rami", "Kowalski": "Anna", "Silva": "Rita", "Dubois": "Julie"}
USED_NAMES = set()


def new_name(pool, sur=None):
    while True:
        s = sur or ch(SUR)
        n = s + ch(pool)
        if n not in USED_NAMES:
            USED_NAMES.add(n)
            return n


def nick_of(given):
    return ch([given[-1] * 2, "小" + given[-1], given[-1] + "宝", given[-1] * 2])


SCHOOL_OF = {}


def new_kid(g0, g1, fix=None):
    fix = fix or {}
    g = fix.get("grade", R.randrange(g0, g1 + 1))
    boy = fix.get("boy", p(0.5))
    name = new_name(BOY if boy else GIRL)
    if g == 0:
        school = None
    elif g <= 6:
        school = fix.get("school") or ch(["yx", "wt", "sx"])
    elif g <= 9:
        school = "tz"
    else:
        school = "sz"
    cls = fix.get("cls", R.randrange(1, 9 if g <= 6 else 13))
    k = dict(name=name, sur=name[0], given=name[1:], boy=boy, grade=g, cls=cls, school=school,
             nick=nick_of(name[1:]), home=ch(HOMES), expat=None)
    k["stuno"] = stuno(k) if school else None
    return k


def new_expat_kid():
    left = [e for e in EXPAT if e[0] + " " + e[1] not in USED_NAMES]
    first, last, boy = ch(left)
    USED_NAMES.add(first + " " + last)
    g = R.randrange(1, 6)
    k = dict(name=first + " " + last, sur=last, given=first, boy=boy, grade=g, cls=R.randrange(1, 9),
             school="sx", nick=first, home=ch(HOMES), expat=(first, last, EXPAT_ADULT[last]))
    k["stuno"] = stuno(k)
    return k


def stuno(k):
    ey = 2025 - k["grade"] + 1
    s = k["school"]

    def f():
        seq = R.randrange(1, 46)
        if s == "yx":
            return "%d%02d%02d" % (ey, k["cls"], seq)
        if s == "wt":
            return "WT%02d%02d%03d" % (ey % 100, k["cls"], seq)
        if s == "sx":
            return "SY%d-%02d%02d" % (ey, k["cls"], seq)
        if s == "tz":
            return "%d%02d%03d" % (ey, k["cls"], seq)
        return "3Z%d%02d%02d" % (ey, k["cls"], seq)
    return uniq(f)


def cls_str(k, en=False):
    g, c = k["grade"], k["cls"]
    if en:
        return "Grade %d Class %d" % (g, c)
    if g <= 6:
        return ch(["%s年级%s班" % (cn(g), cn(c)), "%s(%d)班" % (cn(g), c), "%d年级%d班" % (g, c),
                   "%s年级%d班" % (cn(g), c), "%d.%d班" % (g, c), "%s（%d）班" % (cn(g), c), "%d年级(%d)班" % (g, c)])
    if g <= 9:
        gn = ["初一", "初二", "初三"][g - 7]
        return ch(["%s%d班" % (gn, c), "%s(%d)班" % (gn, c), "%s%s班" % (gn, cn(c)),
                   "%s年级%d班" % (["七", "八", "九"][g - 7], c)])
    gn = ["高一", "高二", "高三"][g - 10]
    return ch(["%s%d班" % (gn, c), "%s(%d)班" % (gn, c), "%s%s班" % (gn, cn(c))])


def new_adult(kid, rel):
    """The reporting grown-up: rel is 妈妈/爸爸/奶奶/爷爷/姥姥/姥爷/self."""
    sur = kid["sur"] if kid and rel in ("爸爸", "爷爷") else None
    pool = {"妈妈": WOMAN, "爸爸": MAN, "奶奶": OLDW, "姥姥": OLDW, "爷爷": OLDM, "姥爷": OLDM}.get(rel, ch([MAN, WOMAN]))
    n = new_name(pool, sur)
    male = pool in (MAN, OLDM)
    return dict(name=n, sur=n[0], rel=rel, male=male, old=pool in (OLDM, OLDW))


# --------------------------------------------------------------------------- places
PLACES = []
PL = {}


def place(pid, kind, zh, lat, lon, en=None, py=None, spots=(), far=None, sched=None):
    d = dict(id=pid, kind=kind, zh=zh, en=en or [zh[0]], py=py or [], lat=lat, lon=lon, spots=list(spots),
             far=far, sched=sched or kind)
    PLACES.append(d)
    PL[pid] = d


place("yx", "school", ["桐林第一小学", "桐林一小", "一小", "桐林街一小", "桐一小", "桐林街道第一小学"], 37.8738, 112.5462,
      ["Tonglin No.1 Primary School", "Tonglin No. 1 Primary"], ["tonglin yixiao", "yixiao"],
      ["东门", "西门", "校门口", "门卫室门口", "操场", "东门口马路边", "放学接送点", "校门口花坛"])
place("wt", "school", ["梧桐路小学", "梧桐小学", "梧小", "梧桐路小", "晋安市梧桐路小学"], 37.8665, 112.5551,
      ["Wutong Road Primary School", "Wutong Rd Primary"], ["wutonglu xiaoxue", "wuxiao"],
      ["南门", "北门", "校门口", "门卫室", "操场", "接送等候区", "校门口栏杆边"])
place("sx", "school", ["晋安市实验小学桐林校区", "实验小学", "实小", "实验小学桐林校区", "实验二部", "市实小桐林校区"],
      37.8771, 112.5589, ["Jin'an Experimental Primary, Tonglin campus", "the Experimental Primary School"],
      ["shixiao", "shiyan xiaoxue"], ["正门", "侧门", "校门口", "家长接送区", "操场", "门卫室"])
place("tz", "middle", ["桐林中学", "桐中", "桐林初中", "晋安市桐林中学"], 37.8694, 112.5418,
      ["Tonglin Middle School"], ["tongzhong", "tonglin zhongxue"], ["校门口", "车棚", "操场", "食堂", "看台", "教学楼一楼"])
place("sz", "high", ["晋安市第三中学", "晋安三中", "三中", "市三中", "第三中学"], 37.8627, 112.5496,
      ["Jin'an No.3 High School"], ["sanzhong"], ["校门口", "自行车棚", "操场看台", "食堂", "东门", "宿舍楼下"])
place("sng", "palace", ["晋安市青少年宫", "少年宫", "青少年宫", "市少年宫", "青少年活动中心"], 37.8752, 112.5521,
      ["the Children's Palace", "Jin'an Youth Palace"], ["shaoniangong"],
      ["一楼大厅", "二楼舞蹈教室", "家长等候区", "门口", "楼梯口", "三楼书法教室", "卫生间"], sched="train")
place("park", "park", ["桐林儿童公园", "儿童公园", "桐林公园", "儿童乐园", "桐林街儿童公园"], 37.8719, 112.5525,
      ["Tonglin Children's Park", "the children's park"], ["ertong gongyuan"],
      ["滑梯", "沙坑", "秋千", "游乐场", "湖边长椅", "东门", "健身器材那", "蹦床旁边", "小火车站台"])
place("pool", "pool", ["桐林全民健身中心游泳馆", "桐林游泳馆", "游泳馆", "健身中心游泳馆", "全民健身中心"], 37.8668, 112.5610,
      ["Tonglin swimming hall", "the swimming pool at the sports centre"], ["youyongguan"],
      ["女更衣室", "男更衣室", "储物柜", "前台", "淋浴间", "看台", "门口", "吹风机那"])
place("lib", "library", ["晋安市图书馆桐林分馆", "桐林图书馆", "图书馆", "区图书馆", "桐林分馆"], 37.8746, 112.5570,
      ["Tonglin Library"], ["tushuguan"], ["少儿阅览室", "自习区", "借还书台", "门口存包柜", "卫生间", "绘本区"])
place("shop", "shop", ["佳和超市桐林店", "佳和超市", "佳和", "桐林佳和超市", "佳禾超市"], 37.8700, 112.5487,
      ["Jiahe Supermarket"], ["jiahe chaoshi"], ["收银台", "存包柜", "零食区", "门口", "购物车里", "地下停车场", "文具区"])
place("eng", "train", ["启航英语", "启航少儿英语", "启航英语培训", "金桐大厦启航英语", "启航英语(金桐大厦3楼)"], 37.8726, 112.5503,
      ["Qihang English school", "Qihang English"], ["qihang yingyu"], ["教室", "前台", "等候区", "电梯口"])
place("math", "train", ["博思奥数", "博思数学", "博思培训", "金桐大厦博思", "博思思维"], 37.8728, 112.5506,
      ["Bosi Math"], ["bosi aoshu"], ["教室", "前台", "家长休息区", "电梯口", "楼道"])
place("dance", "train", ["彩虹舞蹈", "彩虹舞蹈培训", "彩虹舞蹈学校", "彩虹舞蹈室"], 37.8689, 112.5535,
      ["Rainbow Dance Studio"], ["caihong wudao"], ["更衣室", "练功房", "门口鞋柜", "家长等候区"])
place("code", "train", ["小码匠编程", "小码匠", "小码匠少儿编程", "小码匠机器人编程"], 37.8724, 112.5500,
      ["Xiaomajiang Coding"], ["xiaomajiang"], ["机房", "前台", "走廊", "等候区"])
place("st_yx", "stop", ["桐林一小公交站", "一小站", "一小门口公交站", "桐林一小站台"], 37.8732, 112.5471,
      ["the bus stop at Tonglin No.1 Primary"], ["yixiao zhan"], ["站台", "候车亭椅子上", "站牌下"], sched="bus")
place("st_wt", "stop", ["梧桐路口公交站", "梧桐路口站", "梧桐路口站台"], 37.8673, 112.5541,
      ["the Wutong Road bus stop"], ["wutong lukou"], ["站台", "候车亭", "站牌旁边"], sched="bus")
place("st_sng", "stop", ["少年宫公交站", "少年宫站", "少年宫站台"], 37.8758, 112.5513,
      ["the Children's Palace bus stop"], ["shaoniangong zhan"], ["站台", "候车亭椅子上"], sched="bus")
place("b12", "bus", ["12路公交车", "12路", "12路车上"], 37.8705, 112.5480, ["the No.12 bus"], ["12 lu"], [], sched="bus")
place("b23", "bus", ["23路公交车", "23路", "23路车上"], 37.8690, 112.5530, ["the No.23 bus"], ["23 lu"], [], sched="bus")
place("b106", "bus", ["106路公交车", "106路", "106路车上"], 37.8735, 112.5550, ["the No.106 bus"], ["106 lu"], [], sched="bus")
place("depot", "depot", ["桐林公交场站", "公交总站", "桐林公交总站", "场站"], 37.8598, 112.5402,
      ["the Tonglin bus depot"], ["gongjiao zongzhan"], ["停车场", "调度室"], sched="bus")
place("cai", "market", ["桐林菜市场", "菜市场", "桐林农贸市场", "菜场"], 37.8681, 112.5460,
      ["the Tonglin wet market"], ["caishichang"], ["门口", "水果摊", "肉摊", "早点摊", "停车的地方"])
place("food", "street", ["桐林美食街", "美食街", "小吃街", "桐林街小吃一条街"], 37.8695, 112.5512,
      ["the food street"], ["meishijie"], ["奶茶店门口", "烤肠摊", "路边座椅"])
place("clinic", "clinic", ["桐林社区卫生服务中心", "社区医院", "卫生服务中心", "桐林社区医院"], 37.8715, 112.5450,
      ["the community clinic"], ["shequ yiyuan"], ["打疫苗的地方", "候诊椅", "收费处", "门口"])
place("h_wt", "home", ["梧桐苑小区", "梧桐苑", "梧桐苑小区门口"], 37.8655, 112.5580,
      ["Wutongyuan compound"], ["wutongyuan"], ["小区门口", "快递柜", "儿童滑梯", "单元门口", "车棚"])
place("h_jt", "home", ["金桐花园", "金桐花园小区", "金桐花园北门"], 37.8760, 112.5440,
      ["Jintong Garden"], ["jintong huayuan"], ["北门", "南门", "车棚", "单元门口", "健身器材旁"])
place("h_hy", "home", ["和园小区", "和园", "和园小区东门"], 37.8640, 112.5470,
      ["Heyuan compound"], ["heyuan"], ["东门", "车棚", "楼下", "垃圾站旁"])
place("h_tl", "home", ["铁路宿舍", "桐林铁路宿舍", "铁路小区"], 37.8780, 112.5500,
      ["the railway housing"], ["tielu sushe"], ["大门口", "车棚", "楼下", "院子里"])
place("rd_wt", "road", ["梧桐路", "梧桐路边", "梧桐路人行道"], 37.8683, 112.5522,
      ["Wutong Road"], ["wutong lu"], ["人行道", "绿化带", "路边"], sched="street")
place("rd_cx", "road", ["长兴路与学府路口", "长兴路学府路交叉口", "学府路口", "长兴路口"], 37.8724, 112.5482,
      ["the Changxing Rd / Xuefu Rd crossing"], ["xuefu lukou"], ["红绿灯下", "人行道", "路口"], sched="street")
place("rd_tl", "road", ["桐林街", "桐林街人行道", "桐林大街"], 37.8711, 112.5499,
      ["Tonglin Street"], ["tonglin jie"], ["人行道", "路边", "共享单车停放点"], sched="street")
# invented neighbouring districts, 15-30 km away: used only by same-brand-far decoys
place("f_fd1", "school", ["汾东实验小学", "汾东新区实验小学"], 37.8810, 112.7650, far="汾东新区",
      spots=["校门口", "门卫室"])
place("f_fd2", "shop", ["汾东汇金广场", "汇金广场"], 37.8650, 112.7800, far="汾东新区", spots=["一楼大厅", "儿童乐园"])
place("f_lw1", "school", ["柳湾第二小学", "柳湾二小"], 38.0330, 112.5310, far="柳湾区", spots=["校门口", "操场"])
place("f_lw2", "park", ["柳湾湿地公园", "柳湾公园"], 38.0410, 112.5600, far="柳湾区", spots=["游乐场", "东门"])
place("f_ny1", "middle", ["南塬中学", "南塬区中学"], 37.6950, 112.5120, far="南塬区", spots=["校门口", "车棚"])
place("f_ny2", "pool", ["南塬体育馆游泳池", "南塬游泳馆"], 37.7050, 112.5350, far="南塬区", spots=["更衣室", "前台"])
place("f_xs1", "palace", ["西山区少年宫", "西山少年宫"], 37.9000, 112.2900, far="西山区", spots=["大厅", "舞蹈室"],
      sched="train")
place("f_xs2", "shop", ["万家福超市西山店", "西山万家福超市"], 37.8950, 112.3100, far="西山区", spots=["收银台", "存包柜"])

HOMES = ["h_wt", "h_jt", "h_hy", "h_tl"]
NEAR_PLACES = [d for d in PLACES if not d["far"]]
FAR_PLACES = [d for d in PLACES if d["far"]]
SCHOOLS = {"yx": "school", "wt": "school", "sx": "school", "tz": "middle", "sz": "high"}
SCHOOL_UNIFORM = {"yx": ("蓝", "蓝白相间的运动服"), "wt": ("红", "红白色运动校服"), "sx": ("蓝", "藏青色西装式校服"),
                  "tz": ("绿", "绿白色运动服"), "sz": ("蓝", "蓝灰色运动服")}
SCHOOL_FULL = {"yx": "桐林一小", "wt": "梧桐路小学", "sx": "实验小学", "tz": "桐林中学", "sz": "三中"}

SCHED = {
    "school": [("wd", 7, 20, 8, 0, 2), ("wd", 11, 40, 12, 20, 1), ("wd", 16, 0, 17, 40, 5)],
    "middle": [("wd", 7, 0, 7, 40, 2), ("wd", 12, 0, 12, 40, 1), ("wd", 17, 30, 18, 30, 4)],
    "high": [("wd", 6, 40, 7, 20, 1), ("wd", 12, 0, 13, 0, 2), ("wd", 18, 0, 19, 0, 2), ("wd", 21, 30, 22, 10, 2)],
    "train": [("wd", 17, 30, 20, 30, 3), ("we", 8, 30, 17, 30, 4)],
    "park": [("wd", 16, 0, 20, 0, 3), ("we", 9, 0, 20, 0, 4)],
    "pool": [("wd", 17, 0, 21, 0, 2), ("we", 9, 0, 20, 0, 3)],
    "library": [("wd", 16, 0, 19, 30, 2), ("we", 9, 0, 17, 0, 3)],
    "shop": [("any", 8, 0, 21, 30, 1)],
    "bus": [("wd", 7, 0, 8, 0, 2), ("wd", 16, 0, 18, 30, 4), ("we", 9, 0, 18, 0, 1)],
    "street": [("any", 7, 0, 21, 0, 1)],
    "market": [("any", 6, 30, 11, 0, 2), ("any", 16, 0, 19, 0, 1)],
    "home": [("any", 7, 0, 21, 0, 1)],
    "clinic": [("any", 8, 0, 17, 0, 1)],
    "palace": [("wd", 17, 30, 20, 30, 3), ("we", 8, 30, 17, 30, 4)],
    "depot": [("any", 7, 0, 20, 0, 1)],
}


def workday(d):
    return d.weekday() < 5 or d == dt.date(2025, 9, 28)      # 28 Sept 2025 was a make-up school day


def sample_time(pl, d0=dt.date(2025, 9, 1), d1=dt.date(2025, 9, 27)):
    ent = wch([(e, e[5]) for e in SCHED[pl["sched"]]])
    kind, h0, m0, h1, m1, _ = ent
    days = []
    d = d0
    while d <= d1:
        if kind == "any" or (kind == "wd") == workday(d):
            days.append(d)
        d += dt.timedelta(days=1)
    if not days:
        days = [d0]
    day = ch(days)
    a = h0 * 60 + m0
    b = h1 * 60 + m1
    mm = R.randrange(a, b + 1)
    return am(dt.datetime(day.year, day.month, day.day)) + mm


def pname(pl, style="zh"):
    if style == "en":
        return ch(pl["en"])
    if style == "py" and pl["py"]:
        return ch(pl["py"])
    return wch([(pl["zh"][0], 2)] + [(n, 1.5) for n in pl["zh"][1:]])


def jitter(pl, r=0.0008):
    return round(pl["lat"] + (R.random() - 0.5) * r, 6), round(pl["lon"] + (R.random() - 0.5) * r * 1.3, 6)


def neighbours(pl, lo, hi):
    out = []
    for q in NEAR_PLACES:
        if q["id"] == pl["id"] or q["kind"] == "bus":
            continue
        d = km((pl["lat"], pl["lon"]), (q["lat"], q["lon"]))
        if lo <= d <= hi:
            out.append(q)
    return out


# --------------------------------------------------------------------------- words
BRANDS = {
    "小天才": ["小天才", "imoo", "IMOO", "xiaotiancai", "小天才imoo", "小天材", "天才"],
    "华为": ["华为", "HUAWEI", "Huawei", "华伟", "huawei", "花为"],
    "360": ["360", "360儿童", "三六零", "360 kids"],
    "米兔": ["米兔", "小米米兔", "Xiaomi", "mitu", "小米"],
    "苹果": ["苹果", "iPhone", "Apple", "apple", "平果", "爱疯"],
    "小米": ["小米", "Xiaomi", "MI", "xiaomi", "红米"],
    "OPPO": ["OPPO", "oppo", "欧珀", "OPPO手机"],
    "vivo": ["vivo", "VIVO", "维沃", "vivo手机"],
    "荣耀": ["荣耀", "Honor", "HONOR", "rongyao", "荣耀(华为)"],
    "步步高": ["步步高", "BBK", "bubugao", "步步糕", "步步高BBK"],
    "读书郎": ["读书郎", "Readboy", "dushulang", "读书朗", "readboy"],
    "科大讯飞": ["科大讯飞", "讯飞", "iFLYTEK", "iflytek", "科大迅飞"],
    "作业帮": ["作业帮", "zuoyebang", "作业邦"],
    "卡西欧": ["卡西欧", "CASIO", "Casio", "kaxiou", "卡西鸥"],
    "得力": ["得力", "deli", "Deli", "DELI"],
    "雅迪": ["雅迪", "Yadea", "yadi", "YADEA", "亚迪"],
    "爱玛": ["爱玛", "AIMA", "Aima", "aima", "爱马"],
    "台铃": ["台铃", "TAILG", "tailing", "台玲"],
    "新日": ["新日", "SUNRA", "xinri", "新日电动车"],
    "绿源": ["绿源", "LUYUAN", "luyuan", "绿原"],
    "好孩子": ["好孩子", "goodbaby", "Goodbaby", "haohaizi"],
    "永久": ["永久", "FOREVER", "Forever", "yongjiu"],
    "凤凰": ["凤凰", "PHOENIX", "Phoenix", "fenghuang"],
    "捷安特": ["捷安特", "GIANT", "Giant", "jieante", "捷安特儿童"],
    "米高": ["米高", "Micro", "micro", "migao", "瑞士米高"],
    "酷骑": ["酷骑", "COOGHI", "kuqi", "酷奇"],
    "卡拉羊": ["卡拉羊", "Carany", "CARANY", "kalayang", "卡拉洋"],
    "迪士尼": ["迪士尼", "Disney", "disney", "迪斯尼"],
    "巴拉巴拉": ["巴拉巴拉", "Balabala", "balabala", "巴啦巴啦"],
    "安踏": ["安踏", "ANTA", "anta", "安踏儿童"],
    "优衣库": ["优衣库", "UNIQLO", "uniqlo", "优衣裤"],
    "膳魔师": ["膳魔师", "THERMOS", "Thermos", "shanmoshi", "善魔师"],
    "哈尔斯": ["哈尔斯", "HAERS", "haers", "哈儿斯"],
    "富光": ["富光", "FGA", "fuguang", "富光杯"],
    "七匹狼": ["七匹狼", "SEPTWOLVES", "qipilang", "7匹狼"],
    "金利来": ["金利来", "Goldlion", "goldlion", "金利莱"],
    "蔻驰": ["蔻驰", "COACH", "Coach", "寇驰"],
    "周大福": ["周大福", "Chow Tai Fook", "CTF", "zhoudafu", "周大富"],
    "老凤祥": ["老凤祥", "Lao Feng Xiang", "laofengxiang", "老凤翔"],
    "周生生": ["周生生", "Chow Sang Sang", "zhoushengsheng"],
    "六福": ["六福", "Lukfook", "六福珠宝"],
    "漫步者": ["漫步者", "EDIFIER", "Edifier", "manbuzhe"],
    "依视路": ["依视路", "Essilor", "yishilu"],
    "暴龙": ["暴龙", "BOLON", "bolon"],
}
BRAND_PY = {"小天才": "xiaotiancai", "华为": "huawei", "苹果": "pingguo", "步步高": "bubugao", "读书郎": "dushulang",
            "卡拉羊": "kalayang", "膳魔师": "shanmoshi", "雅迪": "yadi", "爱玛": "aima", "米高": "migao",
            "好孩子": "haohaizi", "小米": "xiaomi", "360": "360", "米兔": "mitu", "迪士尼": "dishini"}
COLORS = {
    "黑": ["黑色", "黑", "黑的", "哑光黑", "深色", "亮黑色"],
    "白": ["白色", "白", "白的", "米白", "乳白色"],
    "粉": ["粉色", "粉红", "粉的", "浅粉", "樱花粉", "粉红色"],
    "蓝": ["蓝色", "蓝", "天蓝", "浅蓝", "宝蓝", "蓝的", "深蓝"],
    "红": ["红色", "大红", "红的", "酒红"],
    "绿": ["绿色", "绿", "军绿", "薄荷绿", "墨绿"],
    "紫": ["紫色", "浅紫", "香芋紫", "紫的"],
    "黄": ["黄色", "明黄", "鹅黄", "黄的"],
    "灰": ["灰色", "深灰", "银灰", "浅灰"],
    "银": ["银色", "银白", "银的"],
    "金": ["金色", "香槟金", "土豪金"],
    "棕": ["棕色", "咖啡色", "褐色", "驼色"],
    "橙": ["橙色", "橘色", "橘黄"],
}
COLOR_SEEN_ALT = {"蓝": ["深蓝", "藏青", "蓝紫色"], "紫": ["粉紫", "蓝紫色"], "粉": ["粉紫", "浅红色"],
                  "灰": ["银灰色", "深色"], "黑": ["深色", "深灰色"], "白": ["米白色", "浅灰色"],
                  "红": ["粉红", "酒红色"], "绿": ["青色", "墨绿色"], "棕": ["咖啡色", "深色"],
                  "金": ["香槟色", "黄色"], "银": ["银灰色", "白色"], "黄": ["橙黄色"], "橙": ["黄色"]}
COLOR_EN = {"黑": "black", "白": "white", "粉": "pink", "蓝": "blue", "红": "red", "绿": "green", "紫": "purple",
            "黄": "yellow", "灰": "grey", "银": "silver", "金": "gold", "棕": "brown", "橙": "orange"}
COLOR_PY = {"黑": "hei", "白": "bai", "粉": "fen", "蓝": "lan", "红": "hong", "绿": "lv", "紫": "zi", "黄": "huang",
            "灰": "hui", "银": "yin", "金": "jin", "棕": "zong", "橙": "cheng"}

TYPO = [("手表", "手镖"), ("钥匙", "钥是"), ("书包", "书抱"), ("钱包", "钱保"), ("身份证", "身分证"),
        ("学生证", "学生正"), ("捡到", "检到"), ("小天才", "小天财"), ("步步高", "步步糕"), ("颜色", "顔色"),
        ("公园", "公圆"), ("滑板车", "滑版车"), ("水杯", "水背"), ("校服", "校福"), ("电话", "电化"),
        ("红包", "红保"), ("长命锁", "长命琐"), ("计算器", "计算机"), ("游泳馆", "游永馆"), ("图书馆", "图书管"),
        ("联系", "连系"), ("麻烦", "麻凡"), ("放学", "方学"), ("门口", "门囗"), ("电动车", "电瓶车"),
        ("学习机", "学习鸡"), ("自行车", "自形车"), ("外套", "外套套"), ("丢了", "丢勒"), ("寻不见", "寻不件"),
        ("应该", "因该"), ("已经", "以经"), ("拾到", "失到"), ("里面", "里边面")]


def typo(s, n=1):
    cand = [t for t in TYPO if t[0] in s]
    for _ in range(n):
        if not cand:
            break
        a, b = cand.pop(R.randrange(len(cand)))
        i = s.find(a)
        s = s[:i] + b + s[i + len(a):]
    return s


def brand_var(b, who):
    v = BRANDS[b]
    if who == "en":
        en = [x for x in v if x.isascii()]
        return ch(en) if en else v[0]
    if who == "py":
        return BRAND_PY.get(b, ch(v))
    if who == "see":
        return wch([(v[0], 3)] + [(x, 1.2) for x in v[1:]])
    if who == "grand":
        zh = [x for x in v if not x.isascii()]
        return wch([(zh[0], 5)] + [(x, 1) for x in zh[1:]])
    return wch([(v[0], 5)] + [(x, 1 if not x.isascii() else 0.6) for x in v[1:]])


def color_var(c, who):
    if who == "en":
        return COLOR_EN[c]
    if who == "py":
        return COLOR_PY[c]
    if who == "see" and c in COLOR_SEEN_ALT and p(0.12):
        return ch(COLOR_SEEN_ALT[c])
    return ch(COLORS[c])


def model_var(m):
    return ch([m, m, m.lower(), m.replace(" ", ""), m.upper()])


# ---- serial formats
def sp(s, groups):
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    if i < len(s):
        out.append(s[i:])
    return " ".join(x for x in out if x)


def fmt_serial(kind, v, who):
    """Return (field_text, clause) for one serial as this person would write it."""
    if kind == "imei":
        full = ch([v, v, sp(v, [2, 6, 6, 1]), sp(v, [4, 4, 4, 3]), sp(v, [3, 3, 3, 3, 3])])
        if who == "own" and p(0.2):
            t = v[-6:]
            return "IMEI后六位" + t, ch(["IMEI后六位是%s（盒子上抄的）" % t, "串号后几位%s" % t])
        f = ch(["IMEI:" + full, full, "IMEI " + full, "串号" + full])
        return f, ch(["IMEI：%s" % full, "串号%s" % full, "IMEI号%s" % full, "设备号(IMEI) %s" % full])
    if kind == "tel":
        full = ch([v, sp(v, [3, 4, 4]), v[:3] + "-" + v[3:7] + "-" + v[7:]])
        if who == "own":
            if p(0.15):
                return "尾号" + v[-4:], "号码尾号%s" % v[-4:]
            return full, ch(["号码%s" % full, "电话号码是%s" % full, "本机号%s" % full])
        return full, ch(["屏幕上能看到本机号码%s" % full, "本机号码%s" % full])
    if kind == "stuno":
        alt = ch([v, v, v.lower(), v.replace("-", ""), sp(v.replace("-", ""), [4, 4])])
        if who == "own" and p(0.3):
            return "学号尾号" + v[-3:], "学号后三位%s" % v[-3:]
        return alt, ch(["学号%s" % alt, "学号：%s" % alt, "卡号%s" % alt])
    if kind == "lib":
        alt = ch([v, v, v[2:], v.lower(), sp(v, [2, 4, 3, 3])])
        return alt, ch(["读者证号%s" % alt, "卡号%s" % alt, "证号%s" % alt])
    if kind == "sng":
        alt = ch([v, v, v.lower(), v[5:], "SNG-25-" + v[5:]])
        return alt, ch(["学员号%s" % alt, "学员编号%s" % alt])
    if kind == "bus":
        alt = ch([v, sp(v, [4, 4, 4, 4]), sp(v, [4, 4, 4, 4])])
        if who == "own" and p(0.35):
            return "卡号后八位" + v[-8:], "卡号后八位是%s" % v[-8:]
        return alt, ch(["卡号%s" % alt, "卡号：%s" % alt, "卡面号码%s" % alt])
    if kind == "idno":
        if who == "see" and p(0.5):
            m = ch([v[:4] + "*" * 10 + v[-4:], v[:6] + "*" * 8 + v[-4:], v[:3] + "*" * 11 + v[-4:]])
            return m, "身份证号%s" % m
        if who == "own" and p(0.25):
            return "尾号" + v[-4:], "身份证尾号%s" % v[-4:]
        alt = ch([v, v, sp(v, [6, 8, 4]), v.lower()])
        return alt, ch(["身份证号%s" % alt, "证号%s" % alt, "号码%s" % alt])
    if kind == "card":
        bin_, tail, bank = v
        if who == "see":
            m = ch([bin_ + "****" + tail, bin_ + " **** **** " + tail, bin_ + "********" + tail, "尾号" + tail])
            return m, "%s卡一张（%s）" % (bank, m)
        m = ch(["尾号" + tail, tail, "卡号后四位" + tail, bin_ + "****" + tail])
        return m, "%s卡，%s" % (bank, m if not m.isdigit() else "尾号" + m)
    if kind == "plate":
        alt = ch([v, v, v[:2] + "·" + v[2:], v[2:], v[:3] + " " + v[3:], v[2:].lower(), v[:2] + v[2] + "-" + v[3:]])
        return alt, ch(["车牌%s" % alt, "牌照%s" % alt, "车牌号%s" % alt, "牌子是%s" % alt])
    if kind == "frame":
        if who == "own" and p(0.4):
            return "车架号后六位" + v[-6:], "车架号后六位%s" % v[-6:]
        alt = ch([v, v.lower(), sp(v, [3, 4, 4])])
        return alt, ch(["车架号%s" % alt, "车架号：%s" % alt, "大梁上打的号%s" % alt])
    if kind == "sn":
        alt = ch([v, "S/N:" + v, sp(v, [4, 4, 4, 4]), v.lower(), "SN " + v])
        if who == "own" and p(0.25):
            return "SN后六位" + v[-6:], "序列号后六位%s（发票上有）" % v[-6:]
        if alt.upper().startswith("S"):
            return alt, ch(["机身背面%s" % alt, "背面贴纸%s" % alt])
        return alt, ch(["序列号%s" % alt, "机身背面SN：%s" % alt, "SN码%s" % alt])
    if kind == "bframe":
        alt = ch([v, v.lower(), sp(v, [3, 3, 3])])
        return alt, ch(["车架上钢印%s" % alt, "车架号%s" % alt, "脚踏下面的钢印号%s" % alt])
    raise ValueError(kind)


SERIAL_EN = {"imei": "IMEI", "tel": "watch number", "stuno": "student number", "bus": "card number",
             "plate": "plate", "sn": "S/N", "idno": "ID number", "lib": "card number", "sng": "member number",
             "frame": "frame number", "bframe": "frame number", "card": "card"}


def fmt_serial_en(kind, v):
    if kind == "card":
        return "card ending %s" % v[1], "a %s card ending %s" % (v[2], v[1])
    if kind == "tel":
        s = sp(v, [3, 4, 4])
        return s, "the watch number is %s" % s
    if kind == "imei":
        s = ch([v, sp(v, [2, 6, 6, 1])])
        return s, "IMEI %s" % s
    return v, "%s %s" % (SERIAL_EN[kind], v)


def amount_own(n):
    if n >= 100 and p(0.5):
        h = n // 100
        hs = ("两" if h == 2 else cn(h)) if h < 10 else str(h)
        return ch(["%s百多" % hs if n % 100 else "%s百" % hs, "大概%d块" % (round(n, -2)), "%d左右" % n,
                   "%d元" % n, "差不多%d" % n])
    return ch(["%d元" % n, "%d块" % n, "%d块钱" % n])


# --------------------------------------------------------------------------- facts
def F(k, own=None, see=None, en=None, po=0.7, ps=0.7, opn=False):
    return dict(k=k, own=own, see=see, en=en, po=po, ps=ps, opn=opn)


STICK = [("艾莎公主", "冰雪奇缘的公主", "Elsa"), ("奥特曼", "奥特曼", "Ultraman"), ("小猪佩奇", "粉色小猪", "Peppa Pig"),
         ("库洛米", "黑色小兔子", "Kuromi"), ("汪汪队", "狗狗巡逻队", "Paw Patrol"), ("恐龙", "绿色小恐龙", "dinosaur"),
         ("玉桂狗", "白色大耳朵小狗", "Cinnamoroll"), ("蜘蛛侠", "蜘蛛侠", "Spider-Man"), ("哪吒", "哪吒", "Nezha"),
         ("熊猫", "熊猫", "panda"), ("独角兽", "彩虹独角兽", "unicorn"), ("皮卡丘", "黄色皮卡丘", "Pikachu"),
         ("小黄人", "小黄人", "Minion"), ("草莓熊", "粉色小熊", "Lotso bear")]
PENDANT = [("小黄人挂件", "小黄人挂件", "a Minion charm"), ("毛绒小兔子", "白色毛绒兔子挂件", "a fluffy bunny charm"),
           ("平安扣", "一个玉平安扣", "a jade disc charm"), ("小铃铛", "一个小铃铛", "a little bell"),
           ("奥特曼挂件", "奥特曼小公仔", "an Ultraman charm"), ("蓝色小鲸鱼", "蓝色鲸鱼挂件", "a blue whale charm"),
           ("熊猫挂件", "熊猫玩偶挂件", "a panda charm"), ("葫芦挂坠", "小葫芦挂件", "a little gourd charm"),
           ("篮球挂件", "小篮球挂件", "a tiny basketball charm"), ("Hello Kitty挂件", "KT猫挂件", "a Hello Kitty charm")]


def kid_word(k, rel):
    """How the reporting grown-up names the child."""
    g = "孙子" if k["boy"] else "孙女"
    if rel in ("姥姥", "姥爷"):
        g = "外孙" if k["boy"] else "外孙女"
    if rel in ("奶奶", "爷爷", "姥姥", "姥爷"):
        return ch(["俺" + g, "我" + g, "俺家" + g, g, "俺家" + k["nick"]])
    return ch(["孩子", "我家孩子", ("我儿子" if k["boy"] else "我女儿"), ("儿子" if k["boy"] else "闺女"),
               "我家" + k["nick"], "孩子"])


# --------------------------------------------------------------------------- object makers
MODELS = {
    "watch": {"小天才": ["Z7A", "Q2X", "Z9S", "D3 Lite"], "华为": ["Kids 5X", "K3 Pro", "4X"],
              "360": ["S5", "X3 Pro", "10X"], "米兔": ["7C", "4 Pro", "U1"]},
    "phone": {"华为": ["nova 11 SE", "畅享 60X", "Mate 50E"], "苹果": ["iPhone 13", "iPhone 14 Plus", "iPhone 12"],
              "小米": ["Redmi Note 12", "小米 13"], "OPPO": ["Reno 9", "A58"], "vivo": ["Y77", "S16"],
              "荣耀": ["X40", "Play 7T"]},
    "tablet": {"步步高": ["S6 Pro", "A5", "S5"], "读书郎": ["C20", "G50", "X7"], "科大讯飞": ["T10", "LUMIE 10", "X3"],
               "作业帮": ["P20", "X28"]},
    "calc": {"卡西欧": ["fx-82CN X", "fx-991CN X", "fx-95CN X"], "得力": ["D991CN", "1710A"]},
    "ebike": {"雅迪": ["冠能E8", "欧睿", "DE3"], "爱玛": ["小蜜豆", "A500", "麦"], "台铃": ["狮子王", "超能S"],
              "新日": ["XC3", "小新"], "绿源": ["MODA2", "S30"]},
    "earbuds": {"华为": ["FreeBuds 5i", "FreeBuds SE"], "苹果": ["AirPods 3", "AirPods Pro"], "小米": ["Redmi Buds 4"],
                "漫步者": ["X3 Lite", "Lolli 3"]},
}


def base(tid, cat, q, own, see, en=None, py=None, **kw):
    d = dict(tid=tid, cat=cat, q=q, noun_own=own, noun_see=see, noun_en=en, noun_py=py, brand=None, model=None,
             color=None, serials=[], facts=[], kid=None, kid_owned=True, locs=[], rel=None, extra={})
    d.update(kw)
    return d


def ser(k, v, po, ps):
    return dict(k=k, v=v, po=po, ps=ps)


def mk_watch(fix):
    kid = fix.get("kid") or new_kid(1, 5, fix.get("kidfix"))
    b = fix.get("brand") or wch([("小天才", 5), ("华为", 2), ("360", 1.5), ("米兔", 1.5)])
    o = base("watch", "electronics", "块", ["电话手表", "儿童手表", "手表", "电话手表", "儿童电话手表"],
             ["儿童电话手表", "儿童手表", "小孩电话手表", "智能手表", "电话手表"],
             ["kids' smart watch", "children's phone watch", "smart watch"], "dianhua shoubiao", kid=kid)
    o["brand"] = b
    o["model"] = fix.get("model") or ch(MODELS["watch"][b])
    o["color"] = fix.get("color") or ch(["蓝", "粉", "黑", "紫", "绿", "白", "蓝", "粉"])
    o["serials"] = [ser("imei", new_imei(), 0.3, 0.3), ser("tel", new_tel(), 0.7, 0.1)]
    s = ch(STICK)
    wall = ch([("%s自己的照片" % ("儿子" if kid["boy"] else "闺女"),
                "一个小%s的照片" % ("男孩" if kid["boy"] else "女孩"), "a photo of the child"),
               ("奥特曼", "奥特曼图案", "Ultraman"), ("全家福", "一家三口的合影", "a family photo"),
               ("小猫", "一只小猫", "a kitten"), ("太空人表盘", "太空人动画表盘", "the astronaut face")])
    c2 = ch([c for c in ["白", "黑", "粉", "蓝", "紫", "黄"] if c != o["color"]])
    crack = ch(["左上角", "右下角", "中间", "边上"])
    o["facts"] = [
        F("mark", ["表带上贴了个%s贴纸" % s[0], "表带上有%s贴画" % s[0]], ["表带上贴有%s贴纸" % s[1], "表带上有个%s贴画" % s[1]],
          ["a %s sticker on the strap" % s[2]], 0.55, 0.65),
        F("mark", ["表盘设的是%s" % wall[0], "屏幕壁纸是%s" % wall[0]], ["屏幕亮起来是%s" % wall[1], "表盘是%s" % wall[1]],
          ["%s as the watch face" % wall[2]], 0.45, 0.45),
        F("mark", ["屏幕%s摔裂了一道" % crack, "屏幕%s有裂纹" % crack], ["屏幕%s有裂痕" % crack, "表面%s碎了一小块" % crack],
          ["a cracked screen"], 0.3 if p(0.4) else 0, 0.8),
        F("mark", ["表带后来换成了%s的" % COLORS[c2][0], "表带是%s硅胶的" % COLORS[c2][0]],
          ["配%s表带" % COLORS[c2][0], "%s表带" % COLORS[c2][0]], ["a %s strap" % COLOR_EN[c2]], 0.35 if p(0.3) else 0, 0.8),
        F("name", ["手表上设的名字是“%s”" % kid["nick"], "手表里名字存的%s" % kid["nick"]],
          ["开机界面显示“%s”" % kid["nick"], "屏幕上有名字“%s”" % kid["nick"]], ["the name \"%s\" on the screen" % kid["nick"]],
          0.35, 0.3),
        F("hidden", ["手表现在关机了，打不通", "打过去一直没人接", "定位最后一次显示在%s附近" % pname(PL[kid["home"]]),
                     "里面存着爸爸妈妈的电话"], None, ["it's switched off now"], 0.45, 0),
        F("state", None, ["期间有人打进来，显示“妈妈”", "手表一直在响，没接", "手表还有电", "电量不多了"], None, 0, 0.4),
    ]
    o["locs"] = [("school", 5), ("park", 3), ("pool", 2), ("train", 2), ("palace", 1), ("bus", 2), ("stop", 1),
                 ("library", 1), ("shop", 1), ("home", 1)]
    o["en_ok"] = True
    return o


def mk_phone(fix):
    kid = fix.get("kid") or new_kid(1, 9, fix.get("kidfix"))
    b = fix.get("brand") or wch([("华为", 4), ("苹果", 3), ("小米", 2), ("OPPO", 2), ("vivo", 2), ("荣耀", 1.5)])
    o = base("phone", "phone", "部", ["手机", "手机", "智能手机", "电话"], ["手机", "智能手机", "手机一部"],
             ["phone", "mobile phone"], "shouji", kid=kid, kid_owned=False)
    o["brand"] = b
    o["model"] = fix.get("model") or ch(MODELS["phone"][b])
    o["color"] = fix.get("color") or ch(["黑", "白", "蓝", "紫", "金", "绿", "银", "黑"])
    o["serials"] = [ser("imei", new_imei(), 0.25, 0.15), ser("tel", new_tel(), 0.6, 0.03)]
    case = ch([("透明手机壳", "透明壳", "a clear case"), ("粉色硅胶壳", "粉色软壳", "a pink silicone case"),
               ("带支架的黑色壳", "黑色支架壳", "a black case with a stand"), ("卡通兔子手机壳", "兔子图案的壳", "a bunny case"),
               ("皮质翻盖套", "棕色翻盖皮套", "a leather flip cover"), ("蓝色磨砂壳", "蓝色磨砂壳", "a frosted blue case")])
    lock = ch([("锁屏是孩子跳舞的照片", "锁屏是一个穿舞蹈服的小孩", "lock screen is my child dancing"),
               ("锁屏是全家福", "锁屏是一家几口的合影", "lock screen is a family photo"),
               ("锁屏是孩子百天照", "锁屏是个婴儿的照片", "lock screen is a baby photo"),
               ("锁屏是风景图", "锁屏是山水风景", "lock screen is a landscape"),
               ("锁屏是%s穿校服的照片" % ("儿子" if kid["boy"] else "闺女"), "锁屏照片是个穿校服的小孩", "lock screen is my kid in uniform")])
    tucked = ch([("一张公交卡", "一张晋安通公交卡"), ("一张100块钱", "一张一百元"), ("孩子的一寸照", "一张小孩证件照"),
                 ("小区门禁卡", "一张门禁卡")])
    o["facts"] = [
        F("mark", ["手机壳是%s" % case[0], "套着%s" % case[0]], ["%s" % case[1], "套着%s" % case[1]], [case[2]], 0.7, 0.85),
        F("mark", [lock[0]], [lock[1]], [lock[2]], 0.5, 0.55),
        F("mark", ["屏幕右上角有裂纹", "后盖摔过有个坑", "屏幕贴的膜碎了"], ["屏幕右上角有裂纹", "后盖有磕痕", "贴膜碎了"],
          ["the screen protector is cracked"], 0.3 if p(0.4) else 0, 0.8),
        F("content", ["手机壳后面夹着%s" % tucked[0]], ["壳后面夹着%s" % tucked[1]], None, 0.6 if p(0.35) else 0, 0.7),
        F("hidden", ["有锁屏密码", "手机里有孩子的班级群", "手机快没电了", "微信里有孩子的缴费记录"], None,
          ["it has a passcode"], 0.45, 0),
        F("state", None, ["有人打来，备注是“老公”", "已关机", "手机还有电，有未接来电", "屏幕锁着"], None, 0, 0.45),
    ]
    o["locs"] = [("school", 4), ("shop", 3), ("park", 3), ("train", 2), ("palace", 2), ("bus", 2), ("market", 2),
                 ("clinic", 1), ("pool", 1), ("street", 1)]
    o["en_ok"] = True
    return o


def mk_stucard(fix):
    kid = fix.get("kid") or new_kid(1, 12, fix.get("kidfix"))
    sub = fix.get("sub") or ch(["school", "school", "lib", "sng"])
    if sub == "school":
        names_o = ["学生证", "校园卡", "学生卡", "饭卡"]
        names_s = ["学生证", "校园卡", "学生卡一张"]
        sv = ser("stuno", kid["stuno"], 0.35, 0.75)
        en = ["student card", "school ID card"]
    elif sub == "lib":
        names_o = ["借书证", "图书馆借书卡", "读者证"]
        names_s = ["图书馆读者证", "借书证一张", "读者卡"]
        sv = ser("lib", new_lib(), 0.3, 0.8)
        en = ["library card"]
    else:
        names_o = ["少年宫学员证", "少年宫的卡", "学员卡"]
        names_s = ["青少年宫学员证", "学员证一张"]
        sv = ser("sng", new_sng(), 0.25, 0.8)
        en = ["Children's Palace member card"]
    o = base("stucard", "id_doc", "张", names_o, names_s, en, "xueshengzheng", kid=kid)
    o["extra"]["sub"] = sub
    o["color"] = fix.get("color") or ch(["蓝", "红", "绿", "粉", "黑", "黄"])
    o["serials"] = [sv]
    lan = ch(["印着校名的挂绳", "卡通挂绳", "可伸缩的卡扣", "红色挂绳", "一根鞋带当挂绳"])
    school_txt = SCHOOL_FULL.get(kid["school"], "")
    o["facts"] = [
        F("name", ["上面名字%s" % kid["name"], "写的是%s" % kid["name"]], ["姓名：%s" % kid["name"], "名字是%s" % kid["name"]],
          ["name %s" % kid["name"]], 0.85, 0.9),
        F("school", ["%s%s的" % (school_txt, cls_str(kid))], ["%s %s" % (school_txt, cls_str(kid)), "%s的学生" % school_txt],
          ["%s, %s" % (school_txt, cls_str(kid, True))], 0.6, 0.7),
        F("mark", ["装在%s卡套里，带%s" % (COLORS[o["color"]][0], lan)], ["%s卡套，%s" % (COLORS[o["color"]][0], lan)],
          ["in a %s sleeve" % COLOR_EN[o["color"]]], 0.6, 0.7),
        F("mark", None, ["照片上是个%s" % ch(["戴眼镜的男孩", "寸头男孩", "短头发的男孩"] if kid["boy"] else
                                            ["扎马尾的女孩", "短头发的女孩", "笑着的小女孩"])], None, 0, 0.4),
        F("hidden", ["卡里还有%d块饭钱" % R.randrange(20, 150), "孩子刚补办过一次", "没有它进不了校门"], None, None, 0.35, 0),
    ]
    if sub != "school" or kid["school"] is None:
        o["facts"][1]["po"] = 0.2
    o["locs"] = [("school", 4), ("library", 3 if sub == "lib" else 1), ("palace", 3 if sub == "sng" else 1), ("bus", 2),
                 ("stop", 1), ("park", 1), ("shop", 1), ("pool", 1)]
    o["en_ok"] = True
    return o


def mk_buscard(fix):
    kid = fix.get("kid") or new_kid(3, 12, fix.get("kidfix"))
    o = base("buscard", "id_doc", "张", ["公交卡", "学生公交卡", "晋安通学生卡", "乘车卡"],
             ["晋安通学生卡", "公交卡", "学生乘车卡一张"], ["bus card"], "gongjiaoka", kid=kid)
    o["brand"] = None
    o["color"] = fix.get("color") or ch(["蓝", "绿", "橙"])
    o["serials"] = [ser("bus", new_bus(), 0.45, 0.9)]
    o["facts"] = [
        F("name", ["卡上印着名字%s" % kid["name"]], ["卡面印有姓名%s" % kid["name"], "卡上有照片和名字%s" % kid["name"]],
          ["it has %s's name and photo" % kid["given"]], 0.5, 0.75),
        F("mark", ["卡面是%s的晋安通图案" % COLORS[o["color"]][0]], ["%s卡面，晋安通字样" % COLORS[o["color"]][0]],
          None, 0.5, 0.6),
        F("mark", ["套着一个%s卡套" % ch(["透明", "卡通", "硅胶"])], ["有%s卡套" % ch(["透明", "卡通", "硅胶"])], None, 0.4, 0.5),
        F("hidden", ["卡里还有%d多块" % R.randrange(10, 80), "刚充了%d元" % ch([50, 100])], None, None, 0.5, 0),
    ]
    o["locs"] = [("bus", 5), ("stop", 3), ("school", 2), ("palace", 1), ("shop", 1)]
    return o


def mk_idcard(fix):
    kid = fix.get("kid") or new_kid(1, 9)
    rel = fix.get("rel") or ch(["妈妈", "爸爸", "奶奶", "爷爷", "姥姥"])
    ad = fix.get("adult") or new_adult(kid, rel)
    old = rel in ("奶奶", "爷爷", "姥姥", "姥爷")
    idv = new_id(1950 if old else 1978, 1962 if old else 1994, ad["male"])
    o = base("idcard", "id_doc", "张", ["身份证", "身份证", "二代身份证", "证件"], ["居民身份证", "身份证一张", "身份证"],
             ["ID card"], "shenfenzheng", kid=kid, kid_owned=False, adult=ad, rel=rel)
    o["serials"] = [ser("idno", idv, 0.65, 0.9)]
    o["facts"] = [
        F("name", ["名字%s" % ad["name"], "是%s的身份证" % ad["name"]], ["姓名%s" % ad["name"], "持证人%s" % ad["name"]],
          ["name %s" % ad["name"]], 0.9, 0.95),
        F("mark", ["装在透明卡套里", "和一张医保卡夹在一起"], ["装在透明卡套里", "和一张医保卡在一起"], None, 0.35, 0.6),
        F("mark", None, ["出生%s年" % idv[6:10], "住址晋安市桐林街道"], None, 0, 0.4),
        F("hidden", ["刚办的新证", "明天要用它给孩子办手续", "给孩子报名用的"], None, None, 0.4, 0),
    ]
    o["locs"] = [("school", 3), ("shop", 2), ("clinic", 3), ("bus", 1), ("train", 2), ("palace", 1), ("market", 1)]
    return o


def mk_wallet(fix):
    kid = fix.get("kid") or new_kid(1, 9)
    rel = fix.get("rel") or ch(["妈妈", "爸爸", "奶奶", "爷爷", "妈妈"])
    ad = fix.get("adult") or new_adult(kid, rel)
    b = fix.get("brand", "-")
    if b == "-":
        b = wch([("七匹狼", 2), ("金利来", 2), ("蔻驰", 1), (None, 3)])
    o = base("wallet", "wallet", "个", ["钱包", "钱包", "皮夹", "钱夹子", "零钱包"], ["钱包", "钱包一个", "皮夹"],
             ["wallet", "purse"], "qianbao", kid=kid, kid_owned=False, adult=ad, rel=rel)
    o["brand"] = b
    o["color"] = fix.get("color") or ch(["黑", "棕", "红", "粉", "黑", "灰"])
    style = ch([("长款", "长款"), ("短款对折", "短款"), ("拉链", "拉链式"), ("三折", "三折")])
    cash = R.randrange(3, 60) * 10 + ch([0, 0, 5, 7])
    bank = ch(BANKS)
    card = (ch(BINS), new_tail(), bank[0])
    o["serials"] = [ser("card", card, 0.45, 0.6)]
    has_id = p(0.45)
    if has_id:
        o["serials"].insert(0, ser("idno", new_id(1976, 1994, ad["male"]) if not ad["old"] else new_id(1950, 1962, ad["male"]),
                                   0.4, 0.7))
    o["extra"]["cash"] = cash
    photo = ch(["孩子的百天照", "一张全家福小照片", "孩子的一寸照"])
    o["facts"] = [
        F("mark", ["%s的" % style[0]], ["%s" % style[1]], None, 0.5, 0.7),
        F("amount", ["里面有现金%s" % amount_own(cash), "大概有%s现金" % amount_own(cash)],
          ["内有现金%d元" % cash, "里面现金%d元" % cash], ["about %d yuan cash" % cash], 0.75, 0.85, True),
        F("content", ["有张%s卡" % bank[1], "%s的银行卡" % bank[0]], ["%s银行卡一张" % bank[0]], ["a bank card"], 0.55, 0.0, True),
        F("name", ["有我的身份证（%s）" % ad["name"]] if has_id else None,
          ["有%s的身份证" % ad["name"], "身份证姓名%s" % ad["name"]] if has_id else None, None, 0.8, 0.9, True),
        F("content", ["还有%s" % photo], ["夹着%s" % ch(["一张小孩照片", "一张婴儿照片"])], None, 0.45, 0.5, True),
        F("content", ["佳和超市会员卡", "少年宫的缴费收据，写着%s的名字" % kid["name"]],
          ["佳和超市会员卡一张", "一张少年宫收据（学员%s）" % kid["name"]], None, 0.4, 0.5, True),
    ]
    o["locs"] = [("shop", 4), ("market", 3), ("school", 2), ("park", 2), ("bus", 2), ("train", 1), ("clinic", 1),
                 ("street", 1), ("palace", 1)]
    o["en_ok"] = True
    return o


def mk_keys(fix):
    kid = fix.get("kid") or new_kid(1, 9)
    mine = fix.get("kidkeys", p(0.35))
    o = base("keys", "keys", "串", ["钥匙", "钥匙串", "家门钥匙"], ["钥匙", "钥匙串", "钥匙"],
             ["keys", "bunch of keys"], "yaoshi", kid=kid, kid_owned=mine)
    fob = fix.get("color") or ch(["蓝", "红", "黄", "绿", "黑", "白"])
    o["color"] = fob
    n = R.randrange(2, 6)
    pend = ch(PENDANT)
    eb = ch(["雅迪", "爱玛", "台铃", None, None])
    o["brand"] = fix.get("brand", eb)
    o["facts"] = [
        F("mark", ["%d把钥匙" % n, "一共%d把" % n], ["共%d把钥匙" % n, "%d把钥匙" % n], ["%d keys" % n], 0.6, 0.8),
        F("mark", ["挂着%s" % pend[0], "上面有个%s" % pend[0]], ["挂有%s" % pend[1], "带%s" % pend[1]], [pend[2]], 0.7, 0.8),
        F("mark", ["有个%s门禁卡" % COLORS[fob][0], "门禁扣是%s的" % COLORS[fob][0]], ["一个%s门禁扣" % COLORS[fob][0]],
          ["a %s door fob" % COLOR_EN[fob]], 0.6, 0.75),
        F("mark", ["有一把%s电动车钥匙" % o["brand"]] if o["brand"] else None,
          ["其中一把是%s电动车钥匙" % o["brand"]] if o["brand"] else None, ["an e-bike key"], 0.6, 0.6),
        F("mark", ["钥匙圈上有个小牌写着%s" % ch(["3-2-501", "5单元", "8号楼"])], ["带个小牌，写着门牌号"], None,
          0.4 if p(0.3) else 0, 0.6),
        F("hidden", ["家里进不去了", "备用的在老人那儿", "孩子挂脖子上的"] if mine else ["家里进不去了", "车也骑不了"], None,
          None, 0.4, 0),
    ]
    if mine:
        o["facts"].append(F("mark", ["拴着一根%s挂绳，孩子平时挂脖子上" % ch(["红", "蓝", "黑"])],
                            ["拴着挂绳，像是小孩挂脖子的"], ["on a neck cord"], 0.7, 0.6))
    o["locs"] = [("school", 3), ("park", 3), ("shop", 2), ("market", 2), ("home", 2), ("street", 2), ("pool", 1),
                 ("stop", 1), ("train", 1)]
    o["en_ok"] = True
    return o


def mk_ebike(fix):
    kid = fix.get("kid") or new_kid(1, 6)
    b = fix.get("brand") or wch([("雅迪", 3), ("爱玛", 3), ("台铃", 2), ("新日", 1), ("绿源", 1)])
    o = base("ebike", "ebike", "辆", ["电动车", "电瓶车", "电动自行车", "电车"], ["电动车", "电动自行车", "电瓶车一辆"],
             ["e-bike", "electric scooter"], "diandongche", kid=kid, kid_owned=False)
    o["brand"] = b
    o["model"] = fix.get("model") or ch(MODELS["ebike"][b])
    o["color"] = fix.get("color") or ch(["白", "黑", "蓝", "粉", "灰", "红", "绿"])
    o["serials"] = [ser("plate", new_plate(), 0.85, 0.85), ser("frame", new_frame({"雅迪": "LYD", "爱玛": "AMA", "台铃": "TLG",
                                                                                     "新日": "XRD", "绿源": "LYN"}[b]), 0.25, 0.3)]
    seat = ch(["粉色", "蓝色", "黄色", "灰色"])
    o["facts"] = [
        F("mark", ["后座装了%s儿童座椅" % seat, "后面有个%s的儿童座" % seat], ["后座有%s儿童座椅" % seat, "带%s宝宝座椅" % seat],
          ["a %s child seat on the back" % seat.replace("色", "")], 0.85, 0.9),
        F("mark", ["车筐里有%s" % ch(["孩子的雨衣", "一个头盔", "一把伞", "一袋馒头"]), "车前挂着个头盔"],
          ["车筐里有%s" % ch(["一件小雨衣", "一个头盔", "一把伞", "塑料袋"]), "车把上挂着头盔"], None, 0.5, 0.6),
        F("mark", ["车身上贴了%s贴纸" % ch(["哆啦A梦", "“宝宝在车上”", "卡通"]), "前面挡板划了一道"],
          ["车身有贴纸", "前挡板有划痕"], None, 0.4, 0.5),
        F("mark", ["装了遮阳棚", "加了后视镜"], ["带遮阳棚", "有后视镜"], None, 0.3 if p(0.5) else 0, 0.8),
        F("hidden", ["钥匙还在我这儿", "电瓶是上个月新换的", "停的时候锁了", "买了两年了"], None, ["I still have the key"], 0.55, 0),
        F("state", None, ["电瓶已被拆走", "车锁被撬坏", "车没锁，钥匙没在车上", "停了几天没人动", "车座被划破"], None, 0, 0.6),
    ]
    o["locs"] = [("school", 5), ("shop", 3), ("palace", 2), ("train", 2), ("market", 2), ("park", 2), ("home", 2),
                 ("clinic", 1), ("pool", 1)]
    o["en_ok"] = True
    return o


def mk_kidbike(fix):
    kid = fix.get("kid") or new_kid(1, 8, fix.get("kidfix"))
    b = fix.get("brand") or wch([("好孩子", 3), ("永久", 2), ("凤凰", 2), ("捷安特", 2)])
    o = base("kidbike", "bicycle", "辆", ["自行车", "儿童自行车", "小自行车", "童车"], ["儿童自行车", "小孩自行车", "自行车一辆"],
             ["bike", "kid's bicycle"], "zixingche", kid=kid)
    o["brand"] = b
    o["model"] = "%d寸" % ch([14, 16, 18, 20, 22])
    o["color"] = fix.get("color") or ch(["蓝", "粉", "红", "黑", "白", "绿", "紫"])
    o["serials"] = [ser("bframe", new_bikeframe(), 0.08, 0.3)]
    o["facts"] = [
        F("mark", ["带辅助轮", "两边有辅助轮"], ["有辅助轮", "带两个小辅助轮"], ["training wheels"], 0.6 if p(0.4) else 0, 0.9),
        F("mark", ["前面有个小车筐", "车把上挂着%s" % ch(["彩带", "小铃铛", "小喇叭"])], ["前有车筐", "车把有彩色流苏"],
          ["a front basket"], 0.5, 0.6),
        F("name", ["车梁上贴了名字贴“%s”" % kid["name"]], ["车梁上贴着“%s”的名字贴" % kid["name"]], None,
          0.5 if p(0.3) else 0, 0.8),
        F("mark", ["车座套是%s的" % ch(["卡通", "粉色", "黑色"]), "后挡泥板掉了"], ["车座有卡通座套", "没有后挡泥板"], None, 0.35, 0.5),
        F("hidden", ["没上锁", "今年生日刚买的", "锁了，车锁是密码锁"], None, ["it was not locked"], 0.5, 0),
    ]
    o["locs"] = [("park", 4), ("school", 3), ("home", 3), ("library", 1), ("shop", 1), ("palace", 1)]
    o["en_ok"] = True
    return o


def mk_scooter(fix):
    kid = fix.get("kid") or new_kid(0, 4, fix.get("kidfix"))
    b = fix.get("brand") or wch([("米高", 3), ("酷骑", 2), ("小米", 1)])
    o = base("scooter", "other", "个", ["滑板车", "儿童滑板车", "滑滑车", "踏板车"], ["儿童滑板车", "滑板车一辆", "小孩滑板车"],
             ["scooter", "kick scooter"], "huabanche", kid=kid)
    o["brand"] = b
    o["color"] = fix.get("color") or ch(["粉", "蓝", "绿", "黑", "紫", "黄"])
    o["facts"] = [
        F("mark", ["轮子一滑就闪光", "是闪光轮的"], ["带闪光轮", "轮子会发光"], ["light-up wheels"], 0.6, 0.6),
        F("mark", ["三个轮子的，能折叠", "两轮的，可以折叠"], ["三轮，可折叠", "两轮可折叠"], ["a folding frame"], 0.5, 0.6),
        F("name", ["车板上贴了名字%s" % kid["name"]], ["踏板上贴着名字“%s”" % kid["name"]], None, 0.4 if p(0.4) else 0, 0.8),
        F("mark", ["车把上挂了%s" % ch(["彩色流苏", "一个小篮子", "小猪佩奇挂件"]), "踏板上贴满了贴纸"],
          ["车把有流苏", "踏板上有很多卡通贴纸"], ["streamers on the handlebar"], 0.5, 0.6),
        F("hidden", ["刚买两个月", "孩子哭了一晚上"], None, None, 0.3, 0),
    ]
    o["locs"] = [("park", 6), ("home", 3), ("school", 1), ("shop", 1), ("palace", 1)]
    o["en_ok"] = True
    return o


def mk_schoolbag(fix):
    kid = fix.get("kid") or new_kid(1, 9, fix.get("kidfix"))
    b = fix.get("brand", "-")
    if b == "-":
        b = wch([("卡拉羊", 3), ("迪士尼", 2), (None, 2)])
    o = base("schoolbag", "bag", "个", ["书包", "书包", "双肩包", "护脊书包"], ["书包", "学生书包一个", "双肩书包"],
             ["school bag", "backpack"], "shubao", kid=kid)
    o["brand"] = b
    o["color"] = fix.get("color") or ch(["蓝", "粉", "黑", "紫", "红", "绿", "灰"])
    pend = ch(PENDANT)
    cls = cls_str(kid)
    extra = ch([("启航英语的课本", "启航英语教材一本"), ("博思奥数的练习卷", "几张博思数学的卷子"),
                ("舞蹈鞋", "一双舞蹈鞋"), ("编程课的U盘", "一个U盘"), ("一本《西游记》", "一本西游记")])
    o["facts"] = [
        F("mark", ["挂着%s" % pend[0], "拉链上有%s" % pend[0]], ["挂有%s" % pend[1], "拉链挂着%s" % pend[1]], [pend[2]], 0.6, 0.75),
        F("name", ["书本上都写着名字%s" % kid["name"], "作业本上有%s的名字" % kid["name"]],
          ["课本上写着%s" % kid["name"], "作业本封面写着%s %s" % (cls, kid["name"])], ["books with %s's name" % kid["given"]],
          0.8, 0.8, True),
        F("content", ["里面有%s课本和作业本" % ch(["语文数学", "全部", "数学英语"])], ["内有课本、作业本", "里面是课本和作业"],
          ["all the textbooks"], 0.6, 0.7, True),
        F("content", ["铅笔盒是%s的" % ch(["奥特曼", "艾莎", "恐龙", "蓝色", "粉色"])], ["有个卡通铅笔盒", "一个铅笔盒"],
          ["a pencil case"], 0.45, 0.5, True),
        F("content", ["还有%s" % extra[0]], ["另有%s" % extra[1]], None, 0.5, 0.6, True),
        F("content", ["红领巾也在里面", "装着水杯"], ["有一条红领巾", "侧袋有个水杯"], None, 0.35, 0.5, True),
        F("hidden", ["明天还要交作业", "里面的卷子要家长签字"], None, None, 0.4, 0),
    ]
    o["locs"] = [("school", 3), ("bus", 3), ("stop", 2), ("park", 2), ("train", 3), ("palace", 1), ("library", 2),
                 ("shop", 1), ("food", 1)]
    o["en_ok"] = True
    return o


def mk_handbag(fix):
    kid = fix.get("kid") or new_kid(1, 6, fix.get("kidfix"))
    use = fix.get("sub") or ch(["swim", "dance"])
    o = base("handbag", "bag", "个", ["包", "手提袋", "帆布包", "袋子"], ["手提袋", "帆布包一个", "包"],
             ["tote bag", "bag"], "bao", kid=kid, kid_owned=False)
    o["color"] = fix.get("color") or ch(["黑", "白", "蓝", "粉", "棕"])
    o["brand"] = None
    o["extra"]["sub"] = use
    if use == "swim":
        cardno = new_sng().replace("SNG25", "YY")
        o["serials"] = [ser("sng", cardno, 0.2, 0.6)]
        o["facts"] = [
            F("content", ["装的孩子游泳的东西，泳衣泳镜泳帽", "里面是游泳用品"], ["内有泳衣、泳镜、泳帽", "装着儿童泳衣和泳镜"],
              ["swimming things"], 0.9, 0.9, True),
            F("name", ["游泳卡上写着%s" % kid["name"]], ["有一张游泳卡，姓名%s" % kid["name"]], None, 0.5, 0.7, True),
            F("content", ["一条%s浴巾" % ch(["粉色", "蓝色", "卡通"])], ["一条浴巾"], None, 0.5, 0.6, True),
            F("content", ["拖鞋", "洗发水"], ["一双小拖鞋"], None, 0.4, 0.5, True),
        ]
        o["locs"] = [("pool", 6), ("bus", 1), ("stop", 1), ("shop", 1)]
    else:
        o["facts"] = [
            F("content", ["装着孩子的练功服和舞蹈鞋", "跳舞的衣服鞋子"], ["内有儿童练功服、舞蹈鞋", "装着舞蹈服"],
              ["dance clothes"], 0.9, 0.9, True),
            F("name", ["练功服领子上写着%s" % kid["name"]], ["练功服上写着名字%s" % kid["name"]], None, 0.5, 0.6, True),
            F("content", ["还有一个%s水杯" % ch(["粉色", "紫色", "白色"])], ["一个儿童水杯"], None, 0.5, 0.6, True),
            F("content", ["发卡和头花", "一包纸巾"], ["几个发卡", "纸巾"], None, 0.4, 0.4, True),
        ]
        o["locs"] = [("train", 4), ("palace", 4), ("bus", 1), ("stop", 1), ("shop", 1)]
    return o


def mk_bottle(fix):
    kid = fix.get("kid") or new_kid(0, 6, fix.get("kidfix"))
    b = fix.get("brand") or wch([("膳魔师", 3), ("哈尔斯", 2), ("富光", 2), ("迪士尼", 2)])
    o = base("bottle", "other", "个", ["水杯", "保温杯", "水壶", "杯子"], ["儿童水杯", "保温杯一个", "水壶"],
             ["water bottle", "flask"], "shuibei", kid=kid)
    o["brand"] = b
    o["color"] = fix.get("color") or ch(["粉", "蓝", "紫", "绿", "黄", "白"])
    s = ch(STICK)
    o["facts"] = [
        F("mark", ["杯子上印着%s" % s[0], "%s图案的" % s[0]], ["杯身%s图案" % s[1], "印有%s" % s[1]], ["with %s on it" % s[2]],
          0.65, 0.7),
        F("name", ["杯底贴了名字贴“%s”" % kid["name"], "贴着%s的姓名贴" % kid["name"]],
          ["杯底贴有姓名贴“%s”" % kid["name"], "贴着名字%s" % kid["name"]], ["name label %s" % kid["name"]], 0.6, 0.7),
        F("mark", ["有根%s背带" % ch(["粉色", "蓝色", "彩虹"]), "吸管的盖子"], ["带背带", "吸管盖"], ["a shoulder strap"], 0.5, 0.6),
        F("mark", ["底下磕瘪了一块"], ["底部有凹痕"], ["dented at the bottom"], 0.3 if p(0.4) else 0, 0.7),
    ]
    o["locs"] = [("school", 4), ("park", 4), ("bus", 1), ("train", 2), ("palace", 1), ("library", 1), ("pool", 1)]
    o["en_ok"] = True
    return o


def mk_uniform(fix):
    kid = fix.get("kid") or new_kid(1, 12, fix.get("kidfix"))
    col, desc = SCHOOL_UNIFORM[kid["school"]]
    o = base("uniform", "other", "件", ["校服", "校服外套", "校服上衣"], ["校服", "学生校服外套", "校服一件"],
             ["school uniform jacket", "uniform"], "xiaofu", kid=kid)
    o["color"] = col
    o["color_words"] = {"yx": ["蓝白", "蓝白色", "蓝色"], "wt": ["红白", "红白色", "红色"], "sx": ["藏青", "藏青色", "深蓝"],
                        "tz": ["绿白", "绿白色", "绿色"], "sz": ["蓝灰", "蓝灰色", "蓝色"]}[kid["school"]]
    size = ch([120, 130, 140, 150, 160]) if kid["grade"] <= 6 else ch([160, 165, 170, 175, 180])
    o["model"] = None
    o["extra"]["size"] = size
    sch = SCHOOL_FULL[kid["school"]]
    o["facts"] = [
        F("school", ["%s的校服，%s" % (sch, desc)], ["%s，胸口印着%s校徽" % (desc, sch), "%s的校服" % sch],
          ["the %s uniform" % {"yx": "Tonglin No.1 Primary", "wt": "Wutong Road Primary", "sx": "Experimental Primary",
                                "tz": "Tonglin Middle School", "sz": "No.3 High School"}[kid["school"]]], 0.9, 0.8),
        F("mark", ["%d码" % size, "尺码%d" % size], ["%d号" % size, "尺码%d" % size], ["size %d" % size], 0.6, 0.6),
        F("name", ["领子里面写了名字%s" % kid["name"], "衣服里标签上写着%s %s" % (cls_str(kid), kid["name"])],
          ["领口内写有“%s”" % kid["name"], "标签上写着%s" % kid["name"],
           "领子里有名字，写的是%s" % (kid["name"][:2] + "□" if p(0.2) else kid["name"])],
          ["name %s written inside" % kid["name"]], 0.8, 0.75),
        F("content", ["口袋里有%s" % ch(["红领巾", "几块钱", "一包纸巾", "钥匙扣"])], ["兜里有%s" % ch(["红领巾", "零钱", "纸巾"])],
          None, 0.35, 0.5, True),
        F("mark", ["袖口有墨水印", "拉链头坏了"], ["袖口有蓝色墨迹", "拉链头掉了"], None, 0.3, 0.6),
    ]
    o["locs"] = [("school", 5), ("park", 3), ("pool", 2), ("train", 2), ("bus", 2), ("palace", 1), ("library", 1)]
    o["en_ok"] = True
    return o


def mk_coat(fix):
    kid = fix.get("kid") or new_kid(0, 6, fix.get("kidfix"))
    b = fix.get("brand") or wch([("巴拉巴拉", 3), ("安踏", 2), ("优衣库", 2), ("迪士尼", 1)])
    o = base("coat", "other", "件", ["外套", "小外套", "衣服", "防风外套"], ["儿童外套", "小孩外套一件", "外套"],
             ["jacket", "coat"], "waitao", kid=kid)
    o["brand"] = b
    o["color"] = fix.get("color") or ch(["粉", "蓝", "黄", "黑", "红", "绿", "紫"])
    size = ch([110, 120, 130, 140, 150])
    o["facts"] = [
        F("mark", ["%d码" % size], ["%d码" % size], ["size %d" % size], 0.5, 0.6),
        F("name", ["领标上写了名字%s" % kid["name"]], ["领标内写着%s" % kid["name"]], ["name tag %s" % kid["name"]],
          0.6 if p(0.6) else 0, 0.7),
        F("mark", ["帽子上有%s" % ch(["兔耳朵", "小熊耳朵", "毛边"]), "胸前印着%s" % ch(["一只恐龙", "字母", "小熊"])],
          ["帽子带耳朵", "胸前有印花"], ["ears on the hood"], 0.5, 0.6),
        F("content", ["兜里有%s" % ch(["几颗糖", "发卡", "纸巾", "奥特曼卡片"])], ["口袋里有%s" % ch(["糖", "发卡", "纸巾", "卡片"])],
          None, 0.4, 0.5, True),
    ]
    o["locs"] = [("park", 4), ("school", 2), ("train", 2), ("palace", 2), ("library", 1), ("shop", 1), ("pool", 1)]
    o["en_ok"] = True
    return o


def mk_cash(fix):
    kid = fix.get("kid") or new_kid(1, 9, fix.get("kidfix"))
    purpose = fix.get("sub") or ch(["校服费", "书本费", "兴趣班学费", "红包", "买菜钱", "生活费"])
    amt = fix.get("amount") or {"校服费": ch([280, 320, 360, 450]), "书本费": ch([126, 168, 235]),
                                "兴趣班学费": ch([1980, 2680, 3200, 1500]), "红包": ch([200, 500, 600, 800, 1000]),
                                "买菜钱": R.randrange(8, 40) * 10, "生活费": ch([300, 500, 800])}[purpose]
    cont = {"校服费": ("信封", "白"), "书本费": ("信封", "白"), "兴趣班学费": ("牛皮纸信封", "黄"), "红包": ("红包", "红"),
            "买菜钱": ("塑料袋", None), "生活费": ("信封", "白")}[purpose]
    o = base("cash", "cash", "笔", ["钱", "现金", "一沓钱", purpose], ["现金", "人民币", "钱"], ["cash", "money"],
             "xianjin", kid=kid, kid_owned=purpose in ("校服费", "书本费", "红包", "生活费"))
    o["color"] = None
    o["extra"]["amount"] = amt
    o["extra"]["purpose"] = purpose
    o["facts"] = [
        F("amount", ["一共%s" % amount_own(amt), "%s" % amount_own(amt)], ["共计%d元" % amt, "清点为%d元" % amt],
          ["%d yuan" % amt], 0.95, 0.95),
        F("mark", ["装在%s里" % ((COLORS[cont[1]][0] + cont[0]) if cont[1] and cont[0] == "信封" else cont[0])],
          ["装在一个%s内" % ((COLORS[cont[1]][0] + cont[0]) if cont[1] and cont[0] == "信封" else cont[0])], None, 0.8, 0.8),
    ]
    if cont[0] != "塑料袋":
        w = ch(["%s %s %s" % (cls_str(kid), kid["name"], purpose), "%s %s" % (kid["name"], purpose), kid["name"]])
        if purpose == "红包":
            w = ch(["给%s" % kid["nick"], "%s生日快乐" % kid["nick"], "学业有成"])
        o["facts"].append(F("name", ["%s上写着“%s”" % (cont[0], w)], ["%s上写有“%s”" % (cont[0], w)], None, 0.7, 0.8))
    if amt >= 300:
        den = (ch(["都是一百的", "一百和五十的", "都是新票子"]), ch(["百元钞为主", "有百元和五十元", "多为百元新钞"]))
    elif amt >= 100:
        den = (ch(["有一百的也有零的", "一张一百加零钱"]), ch(["一张百元加若干零钱", "有一张百元"]))
    else:
        den = (ch(["都是零钱", "十块二十块的"]), ch(["都是十元二十元零钞", "零钱若干"]))
    o["facts"].append(F("mark", [den[0]], [den[1]], None, 0.4, 0.5))
    o["locs"] = [("school", 4), ("shop", 2), ("market", 3), ("bus", 2), ("train", 3), ("street", 1), ("stop", 1)]
    return o


def mk_jewelry(fix):
    kid = fix.get("kid") or new_kid(0, 3, fix.get("kidfix"))
    sub = fix.get("sub") or ch(["长命锁", "手镯", "手镯", "金项链", "脚镯"])
    mat = fix.get("mat") or ch(["金", "银", "金"])
    b = fix.get("brand") or wch([("周大福", 3), ("老凤祥", 3), ("周生生", 1), ("六福", 1)])
    nouns = {"长命锁": (["长命锁", "平安锁", "小金锁" if mat == "金" else "小银锁"], ["长命锁", "儿童长命锁一个", "锁片挂件"]),
             "手镯": (["手镯", "小手镯", "%s镯子" % mat], ["儿童手镯", "小手镯一只", "镯子"]),
             "金项链": (["项链", "%s项链" % mat, "链子"], ["项链一条", "细项链"]),
             "脚镯": (["脚镯", "脚链", "小脚镯"], ["儿童脚镯", "脚链一只"])}[sub]
    o = base("jewelry", "jewelry", "个", nouns[0], nouns[1], ["bangle" if sub == "手镯" else "necklace"], "shoushi", kid=kid,
             kid_owned=sub != "金项链", rel=ch(["奶奶", "姥姥", "妈妈"]) if sub == "金项链" else None)
    o["brand"] = b
    o["color"] = "金" if mat == "金" else "银"
    o["extra"]["sub"] = sub
    g = round(R.uniform(3, 25), 1)
    eng = ch(["长命百岁", "平安喜乐", "健康成长"])
    birth = "%d.%d.%d" % (2025 - max(kid["grade"], 0) - 6 + R.randrange(0, 2), R.randrange(1, 13), R.randrange(1, 29))
    o["facts"] = [
        F("mark", ["%s的" % {"金": "足金", "银": "足银"}[mat], "%s子做的" % mat], ["%s色" % mat, "看着像%s的" % mat], None, 0.8, 0.6),
        F("mark", ["正面刻着“%s”" % eng], ["正面有“%s”字样" % eng], None, 0.6, 0.75),
        F("name", ["背面刻了孩子名字%s和生日%s" % (kid["given"], birth)],
          ["背面刻有“%s %s”" % (kid["given"], birth), "背面刻着字“%s”" % kid["given"]], None,
          0.6 if sub in ("长命锁", "手镯") else 0, 0.7),
        F("mark", ["带几个小铃铛", "挂着小铃铛"], ["有小铃铛", "带铃铛"], None, 0.55 if sub in ("手镯", "脚镯") else 0, 0.8),
        F("mark", ["穿在红绳上", "配的红绳"], ["红绳穿着", "系着红绳"], None, 0.5 if sub == "长命锁" else 0, 0.8),
        F("hidden", ["大概%s克" % g, "%s克左右，满月时姥姥给买的" % g, "是%s克" % g, "奶奶给的，有发票"], None, None, 0.6, 0),
    ]
    o["locs"] = [("park", 5), ("pool", 2), ("shop", 2), ("home", 2), ("clinic", 1), ("market", 1), ("palace", 1)]
    return o


def mk_tablet(fix):
    kid = fix.get("kid") or new_kid(1, 8, fix.get("kidfix"))
    b = fix.get("brand") or wch([("步步高", 3), ("读书郎", 2), ("科大讯飞", 2), ("作业帮", 1)])
    o = base("tablet", "electronics", "台", ["学习机", "学习平板", "家教机", "平板"], ["学习机", "学习平板一台", "平板电脑"],
             ["learning tablet"], "xuexiji", kid=kid)
    o["brand"] = b
    o["model"] = fix.get("model") or ch(MODELS["tablet"][b])
    o["color"] = fix.get("color") or ch(["白", "灰", "蓝", "粉", "银"])
    o["serials"] = [ser("sn", new_sn({"步步高": "BBK", "读书郎": "RB", "科大讯飞": "IFY", "作业帮": "ZYB"}[b]), 0.3, 0.5)]
    case = ch(["蓝色翻盖保护套", "粉色卡通保护套", "带支架的灰色保护套", "透明保护壳", "EVA防摔套"])
    o["facts"] = [
        F("mark", ["套着%s" % case], ["带%s" % case, "套有%s" % case], ["a protective case"], 0.7, 0.8),
        F("name", ["开机账号是%s" % kid["name"], "里面登录的是%s的账号" % kid["name"]],
          ["开机显示用户“%s”" % kid["name"], "屏幕上显示“%s的学习机”" % kid["nick"]], None, 0.6, 0.45),
        F("mark", ["背面贴了名字%s" % kid["name"]], ["背面贴有姓名贴%s" % kid["name"]], None, 0.3 if p(0.3) else 0, 0.8),
        F("hidden", ["有开机密码", "里面装着%s年级的课" % cn(max(kid["grade"], 1)), "才买了半年，五千多"], None, None, 0.5, 0),
        F("mark", ["屏幕有划痕", "边角磕掉了漆"], ["屏幕有划痕", "边角掉漆"], None, 0.3, 0.5),
    ]
    o["locs"] = [("train", 4), ("library", 3), ("bus", 2), ("school", 2), ("palace", 1), ("shop", 1), ("park", 1)]
    return o


def mk_calc(fix):
    kid = fix.get("kid") or new_kid(7, 12, fix.get("kidfix"))
    b = fix.get("brand") or wch([("卡西欧", 3), ("得力", 2)])
    o = base("calc", "electronics", "个", ["计算器", "函数计算器", "科学计算器"], ["计算器", "函数计算器一个"],
             ["calculator"], "jisuanqi", kid=kid)
    o["brand"] = b
    o["model"] = fix.get("model") or ch(MODELS["calc"][b])
    o["color"] = fix.get("color") or ch(["黑", "白", "蓝", "灰"])
    ini = ch(["%s" % kid["name"], "%s%s" % (cls_str(kid), kid["name"])])
    o["facts"] = [
        F("name", ["背面用修正液写了%s" % ini, "后盖贴了名字%s" % kid["name"]], ["背面写着“%s”" % ini, "后盖有名字%s" % kid["name"]],
          None, 0.7, 0.8),
        F("mark", ["有滑盖", "盖子丢了"], ["带滑盖", "没有盖"], None, 0.4, 0.6),
        F("mark", ["贴了个%s贴纸" % ch(["篮球", "动漫", "星星"])], ["有贴纸"], None, 0.35, 0.5),
    ]
    o["locs"] = [("school", 5), ("library", 2), ("bus", 2), ("train", 2), ("food", 1)]
    return o


def mk_earbuds(fix):
    kid = fix.get("kid") or new_kid(8, 12, fix.get("kidfix"))
    b = fix.get("brand") or wch([("华为", 2), ("苹果", 2), ("小米", 2), ("漫步者", 1)])
    o = base("earbuds", "electronics", "副", ["蓝牙耳机", "耳机", "无线耳机"], ["蓝牙耳机一副", "无线耳机", "耳机盒"],
             ["earbuds"], "erji", kid=kid)
    o["brand"] = b
    o["model"] = fix.get("model") or ch(MODELS["earbuds"][b])
    o["color"] = fix.get("color") or ch(["白", "黑", "白"])
    o["facts"] = [
        F("mark", ["耳机盒套了%s硅胶套" % ch(["卡通", "蓝色", "粉色", "恐龙"])], ["盒子套着硅胶保护套"], None, 0.6, 0.7),
        F("mark", ["只有盒子和一只耳机", "两只都在盒子里"], ["盒里两只耳机都在", "盒内只有一只耳机"], None, 0.4, 0.6),
        F("hidden", ["手机上能看到最后连接位置在%s" % pname(ch(NEAR_PLACES))], None, None, 0.35, 0),
    ]
    o["locs"] = [("school", 3), ("bus", 3), ("library", 2), ("train", 2), ("food", 1), ("shop", 1)]
    return o


def mk_glasses(fix):
    kid = fix.get("kid") or new_kid(2, 9, fix.get("kidfix"))
    b = fix.get("brand") or wch([("依视路", 2), ("暴龙", 2)])
    o = base("glasses", "other", "副", ["眼镜", "近视眼镜", "眼镜"], ["儿童眼镜", "眼镜一副", "近视镜"], ["glasses"],
             "yanjing", kid=kid)
    o["brand"] = b
    o["color"] = fix.get("color") or ch(["黑", "蓝", "粉", "红", "紫"])
    o["facts"] = [
        F("mark", ["装在%s眼镜盒里" % ch(["蓝色", "粉色", "黑色"])], ["有眼镜盒"], None, 0.6, 0.7),
        F("name", ["眼镜盒里贴着名字%s" % kid["name"]], ["眼镜盒内贴有名字%s" % kid["name"]], None, 0.5, 0.7),
        F("mark", ["镜腿是硅胶的", "带防滑耳勾"], ["硅胶镜腿", "有防滑耳勾"], None, 0.4, 0.5),
        F("hidden", ["左眼250度右眼300度", "刚配的，九百多"], None, None, 0.5, 0),
    ]
    o["locs"] = [("school", 4), ("park", 2), ("pool", 2), ("library", 2), ("train", 1)]
    return o


MAKERS = {"watch": mk_watch, "phone": mk_phone, "stucard": mk_stucard, "buscard": mk_buscard, "idcard": mk_idcard,
          "wallet": mk_wallet, "keys": mk_keys, "ebike": mk_ebike, "kidbike": mk_kidbike, "scooter": mk_scooter,
          "schoolbag": mk_schoolbag, "handbag": mk_handbag, "bottle": mk_bottle, "uniform": mk_uniform, "coat": mk_coat,
          "cash": mk_cash, "jewelry": mk_jewelry, "tablet": mk_tablet, "calc": mk_calc, "earbuds": mk_earbuds,
          "glasses": mk_glasses}
TYPE_W = [("watch", 14), ("phone", 9), ("stucard", 8), ("buscard", 3), ("idcard", 3), ("wallet", 6), ("keys", 7),
          ("ebike", 5), ("kidbike", 4), ("scooter", 3), ("schoolbag", 7), ("handbag", 2), ("bottle", 5), ("uniform", 6),
          ("coat", 3), ("cash", 5), ("jewelry", 5), ("tablet", 5), ("calc", 2), ("earbuds", 2), ("glasses", 2)]


# --------------------------------------------------------------------------- events
def pick_loss_place(o):
    kind = wch(o["locs"])
    kid = o["kid"]
    if kind in ("school",) and kid and kid["school"]:
        return PL[kid["school"]]
    if kind == "school":
        return PL[ch(["yx", "wt", "sx"])]
    if kind == "home":
        return PL[kid["home"]] if kid else PL[ch(HOMES)]
    if kind == "street":
        kind = ch(["road", "street"])
    if kind == "train":
        return PL[ch(["eng", "math", "dance", "code"])]
    c = [q for q in NEAR_PLACES if q["kind"] == kind]
    if not c:
        c = [q for q in NEAR_PLACES if q["kind"] == "road"]
    return ch(c)


OUTDOOR = ("门", "车棚", "停车", "路边", "站台", "楼下", "院子", "人行道", "路口", "绿化带", "马路")


def pick_spot(o, pl, pr):
    sp_ = pl["spots"]
    if o["tid"] in ("ebike", "kidbike", "scooter"):
        sp_ = [x for x in sp_ if any(k in x for k in OUTDOOR)]
    return ch(sp_) if sp_ and p(pr) else None


def make_event(o):
    pl = pick_loss_place(o)
    spot = pick_spot(o, pl, 0.7)
    tl = sample_time(pl)
    while tl > NOW_M - 240:
        tl = sample_time(pl)
    # what the owner believes about the window
    style = wch([("tight", 3), ("session", 4), ("day", 3), ("overnight", 1), ("multi", 1.3)])
    if o["tid"] in ("ebike", "kidbike", "scooter") and style == "tight":
        style = "session"
    day0 = tl - tl % 1440
    if style == "tight":
        lf, lt = tl - R.randrange(5, 41), tl + R.randrange(5, 61)
    elif style == "session":
        lf, lt = tl - R.randrange(30, 151), tl + R.randrange(30, 201)
    elif style == "day":
        lf = max(day0 + 390 + R.randrange(0, 60), tl - R.randrange(120, 481))
        lt = max(tl + 30, min(tl + R.randrange(60, 601), day0 + 1350))
    elif style == "overnight":
        lf = tl - R.randrange(60, 301)
        lt = max(tl + 60, day0 + 1440 + 420 + R.randrange(0, 60))
    else:
        lf, lt = tl - R.randrange(600, 4501), tl + R.randrange(300, 3001)
    if style != "multi":
        lf = max(lf, day0 + 360) if tl >= day0 + 360 else lf
        if style != "overnight":
            lt = min(lt, day0 + 1380)
    lf = min(lf, tl)
    lt = max(tl, min(lt, NOW_M - 30))
    reg_l = min(NOW_M, lt + wch([(R.randrange(10, 180), 4), (R.randrange(180, 1500), 3), (R.randrange(1500, 4000), 1)]))
    # where the owner thinks it happened
    pstyle = wch([("sure", 7), ("unsure", 1.6), ("route", 1.4), ("none", 0.6)])
    other = None
    if pstyle in ("unsure", "route"):
        if pstyle == "route" and o["kid"]:
            other = PL[o["kid"]["home"]] if pl["id"] != o["kid"]["home"] else PL[ch(["shop", "park"])]
        else:
            nb = neighbours(pl, 0.2, 1.5)
            other = ch(nb) if nb else PL["rd_tl"]
    return dict(pl=pl, spot=spot, tl=tl, lf=lf, lt=lt, reg=reg_l, wstyle=style, pstyle=pstyle, other=other)


FINDER_ROLES = {
    "school": [("guard", 5), ("teacher", 3), ("cleaner", 2), ("parent", 3), ("pupil", 1)],
    "middle": [("guard", 4), ("teacher", 2), ("cleaner", 2), ("pupil", 3)],
    "high": [("guard", 4), ("teacher", 2), ("cleaner", 2), ("pupil", 3)],
    "palace": [("staff", 4), ("guard", 2), ("parent", 2), ("cleaner", 1)],
    "park": [("parkstaff", 3), ("cleaner", 2), ("parent", 3), ("oldman", 2), ("pupil", 1)],
    "pool": [("staff", 4), ("cleaner", 3), ("parent", 1)],
    "library": [("staff", 4), ("cleaner", 2), ("pupil", 1)],
    "shop": [("cashier", 4), ("guard", 2), ("parent", 2), ("cleaner", 1)],
    "train": [("staff", 5), ("parent", 2), ("cleaner", 1)],
    "stop": [("passer", 3), ("oldman", 2), ("pupil", 2), ("sanit", 2)],
    "bus": [("driver", 6), ("passer", 1)],
    "depot": [("driver", 5), ("dispatch", 2)],
    "market": [("vendor", 4), ("passer", 2), ("oldman", 2)],
    "street": [("vendor", 2), ("passer", 3), ("sanit", 2), ("patrol", 1)],
    "road": [("passer", 3), ("sanit", 3), ("patrol", 2), ("oldman", 1)],
    "home": [("pmguard", 4), ("oldman", 2), ("passer", 2), ("sanit", 1)],
    "clinic": [("nurse", 3), ("guard", 2), ("passer", 1)],
}


def make_found_event(o, ev, fplace=None, ftime=None):
    pl = ev["pl"]
    if fplace is None:
        if pl["kind"] == "bus":
            fpl = PL["depot"] if p(0.65) else pl
        else:
            r = R.random()
            if o["tid"] in ("ebike", "kidbike", "scooter") and r < 0.5:
                nb = neighbours(pl, 0.3, 1.8)
                fpl = ch(nb) if nb else pl
            elif r < 0.55:
                fpl = pl
            elif r < 0.88:
                nb = neighbours(pl, 0.05, 0.9)
                fpl = ch(nb) if nb else pl
            else:
                nb = neighbours(pl, 0.5, 1.8)
                fpl = ch(nb) if nb else pl
    else:
        fpl = fplace
    role = wch(FINDER_ROLES.get(fpl["kind"], [("passer", 1)]))
    if o["tid"] == "ebike" and fpl["kind"] in ("road", "street", "home", "stop", "park"):
        role = wch([("patrol", 4), ("pmguard", 2), ("passer", 1)])
    if ftime is None:
        if o["tid"] in ("ebike", "kidbike", "scooter"):
            d = wch([(R.randrange(60, 600), 2), (R.randrange(600, 4000), 3), (R.randrange(4000, 9000), 1)])
        elif role == "cleaner":
            d = wch([(R.randrange(30, 240), 2), (R.randrange(600, 1000), 3)])
        else:
            d = wch([(R.randrange(3, 90), 5), (R.randrange(90, 400), 3), (R.randrange(400, 1600), 2),
                     (R.randrange(1600, 6000), 1)])
        tf = ev["tl"] + d
        if tf > NOW_M - 15:
            tf = ev["tl"] + R.randrange(0, max(1, NOW_M - 15 - ev["tl"]))
    else:
        tf = ftime
    h = todt(tf).hour
    early = ("cleaner", "guard", "sanit", "driver", "dispatch", "patrol", "pmguard", "oldman", "vendor")
    if h >= 22 or h < 6:
        nxt = tf - tf % 1440 + (1440 if h >= 22 else 0) + 390 + R.randrange(0, 180)
        if nxt <= NOW_M - 15:
            tf = nxt
            h = todt(tf).hour
    if (h >= 22 or h < 7) and role not in early:
        here = [r for r, _ in FINDER_ROLES.get(fpl["kind"], []) if r in early]
        role = ch(here) if here else ("driver" if fpl["kind"] in ("bus", "depot") else "cleaner")
    spot = pick_spot(o, fpl, 0.75)
    reg = min(NOW_M, tf + wch([(R.randrange(5, 120), 5), (R.randrange(120, 900), 3), (R.randrange(900, 2000), 1)]))
    return dict(pl=fpl, spot=spot, tf=tf, reg=reg, role=role, bus=pl if pl["kind"] == "bus" else None)


# --------------------------------------------------------------------------- time words
WD = "一二三四五六日"


def part_of_day(h):
    return "凌晨" if h < 6 else "早上" if h < 9 else "上午" if h < 11 else "中午" if h < 14 else "下午" if h < 18 else "晚上"


def dt_join(a, b):
    if a and b and a[-1].isdigit() and b[0].isdigit():
        return a + " " + b
    return a + b


def hm_words(d):
    h, m = d.hour, d.minute
    m5 = (m // 5) * 5
    h12 = h if h <= 12 else h - 12
    r = R.random()
    if r < 0.35:
        return "%d:%02d" % (h, m)
    if m5 == 30:
        mm = "半"
    elif m5 == 0:
        mm = ""
    else:
        mm = "%02d" % m5
    return part_of_day(h) + "%d点%s" % (h12, mm)


def day_words(d, reg):
    dd = (reg.date() - d.date()).days
    if dd == 0 and p(0.5):
        return "今天"
    if dd == 1 and p(0.5):
        return "昨天"
    if dd == 2 and p(0.3):
        return "前天"
    r = R.random()
    if r < 0.45:
        return "%d月%d日" % (d.month, d.day)
    if r < 0.7:
        return "%d号" % d.day
    if r < 0.85 and dd < 7:
        return "周" + WD[d.weekday()]
    return "%d.%d" % (d.month, d.day) + ("（周%s）" % WD[d.weekday()] if p(0.5) else "")


def window_words(lf, lt, reg, old=False):
    a, b, rg = todt(lf), todt(lt), todt(reg)
    if old:
        rep = {"今天": "今儿个", "昨天": ch(["夜来", "夜儿个", "昨儿个"]), "前天": "前儿个"}
    else:
        rep = {}
    da = day_words(a, rg)
    da = rep.get(da, da)
    if a.date() == b.date():
        if lt - lf <= 90:
            s = ch(["%s左右" % dt_join(da, hm_words(a + (b - a) / 2)), "%s到%s之间" % (dt_join(da, hm_words(a)), hm_words(b)),
                    "%s前后" % dt_join(da, hm_words(a + (b - a) / 2))])
        elif part_of_day(a.hour) == part_of_day(b.hour) and p(0.5):
            s = "%s%s" % (da, part_of_day(a.hour))
        else:
            s = ch(["%s到%s之间" % (dt_join(da, hm_words(a)), hm_words(b)), "%s从%s到%s" % (da, hm_words(a), hm_words(b))])
        if old:
            s = s.replace("下午", "后晌").replace("上午", "前晌")
        if a.hour >= 19:
            s = s.replace("晚上", "黑夜")
        return s
    db = day_words(b, rg)
    db = rep.get(db, db)
    if (b.date() - a.date()).days == 1 and b.hour < 10:
        return ch(["%s%s到第二天早上" % (da, part_of_day(a.hour)), "%s晚上到%s早上" % (da, db)])
    return ch(["%s到%s之间" % (da, db), "%s至%s" % ("%d月%d日" % (a.month, a.day), "%d月%d日" % (b.month, b.day)),
               "这几天（%s到%s）" % (da, db), "%s以后，%s发现没了" % (da, db)])


def window_en(lf, lt):
    a, b = todt(lf), todt(lt)

    def t(d):
        return d.strftime("%I:%M %p").lstrip("0").lower()
    if a.date() == b.date():
        return "on %s %d between %s and %s" % (a.strftime("%b"), a.day, t(a), t(b))
    return "sometime between %s %d and %s %d" % (a.strftime("%b"), a.day, b.strftime("%b"), b.day)


def found_when(tf, reg, old=False):
    d, rg = todt(tf), todt(reg)
    dw = day_words(d, rg)
    if old:
        dw = {"今天": "今儿个", "昨天": "夜来"}.get(dw, dw)
    h12 = d.hour if d.hour <= 12 else d.hour - 12
    return ch([dt_join(dw, hm_words(d)), dt_join(dw, hm_words(d)) + "左右",
               "%s%s%d点多" % (dw, part_of_day(d.hour), h12), "%s%s" % (dw, part_of_day(d.hour))])


# --------------------------------------------------------------------------- address words
def with_spot(n, spot):
    if not spot or spot in n or n.endswith(spot[:2]) or (n.endswith("门口") and "门" in spot) or \
            (n[-1] == "门" and spot[-1] == "门") or (n.endswith(("人行道", "路边")) and spot in ("人行道", "路边")):
        return n
    return n + spot


def addr_words(pl, spot, style="zh"):
    if style == "en":
        return ch(pl["en"]) + (" (%s)" % spot if False else "")
    if style == "py" and pl["py"]:
        gate = pl["kind"] in ("school", "middle", "high", "park", "shop", "home", "palace", "library", "pool")
        return ch(pl["py"]) + (" menkou" if gate and p(0.4) else "")
    n = pname(pl)
    pre = ""
    if p(0.2) and not pl["far"]:
        pre = ch(["晋安市桐林街道", "桐林街道", "晋安市"])
    if pl["far"] and p(0.6):
        pre = "晋安市" + pl["far"]
    if n.startswith("晋安市"):
        pre = ""
    elif pre and (n.startswith(pre[3:] or "@") or (pl["far"] and n.startswith(pl["far"][:2]))):
        pre = "晋安市"
    return with_spot(pre + n, spot)


def coords_for(pl, spread=0.0008):
    return jitter(pl, spread)


# --------------------------------------------------------------------------- circumstance words
LOSS_CIRC = {
    "school": ["放学在校门口等接的时候", "早上送进校门那会儿", "放学排队出来的时候", "体育课以后", "接送孩子的时候",
               "放学人多挤的时候"],
    "middle": ["放学出校门的时候", "中午吃饭那会儿", "在车棚取车的时候", "上完体育课"],
    "high": ["晚自习下课出校门时", "中午去食堂的时候", "在车棚取车时", "课间操以后"],
    "palace": ["上完兴趣班下楼的时候", "在等候区等孩子下课时", "在大厅换鞋的时候"],
    "park": ["在公园玩的时候", "孩子玩滑梯那会儿", "在游乐场玩的时候", "在湖边坐了一会儿"],
    "pool": ["游完泳换衣服的时候", "在更衣室", "游泳课下课以后", "吹头发的时候"],
    "library": ["在图书馆看书的时候", "借完书出来", "在少儿阅览室"],
    "shop": ["在超市买东西的时候", "结账的时候", "在超市存包的时候"],
    "train": ["送孩子上课的时候", "下课接孩子的时候", "在等候区等的时候"],
    "stop": ["在站台等车的时候", "等公交的时候"],
    "bus": ["坐公交回家的路上", "在车上", "下车的时候"],
    "market": ["买菜的时候", "在菜市场转的时候"],
    "street": ["路过的时候", "买吃的那会儿"],
    "road": ["走路回家的时候", "骑车路过的时候"],
    "home": ["在小区楼下", "回家路上", "在小区里玩的时候"],
    "clinic": ["带孩子打疫苗的时候", "看病排队的时候"],
    "depot": ["坐车的时候"],
}
FOUND_CIRC = {
    "guard": ["放学后巡查时", "清场的时候", "巡逻时", "值班时"],
    "teacher": ["放学后检查教室时", "打扫完操场后", "值周的时候"],
    "cleaner": ["打扫卫生时", "早上打扫的时候", "清理垃圾桶时", "保洁时"],
    "parent": ["接孩子的时候", "带孩子玩的时候", "路过时"],
    "pupil": ["放学时", "路过时", "打球的时候"],
    "staff": ["闭馆前巡查", "下课后收拾", "工作时"],
    "parkstaff": ["巡园时", "傍晚清场时"],
    "oldman": ["遛弯的时候", "早上锻炼时"],
    "cashier": ["收银时", "整理购物车时", "交班前"],
    "passer": ["路过时", "等车的时候"],
    "driver": ["到站清车时", "收车检查车厢时", "发车前检查时"],
    "dispatch": ["清点车辆时"],
    "vendor": ["收摊的时候", "早上出摊时"],
    "sanit": ["扫马路的时候", "清扫时"],
    "patrol": ["巡逻时", "接群众反映后"],
    "pmguard": ["小区巡查时", "清理车棚时"],
    "nurse": ["下班前", "整理候诊区时"],
}
ROLE_INTRO = {
    "guard": ["我是{pl}门卫，", "{pl}保安：", "门卫老{sur}交来：", "{pl}门卫室："],
    "teacher": ["{pl}老师交来：", "我是{pl}的老师，", "{pl}班主任："],
    "cleaner": ["{pl}保洁员交来：", "我是{pl}保洁，", "保洁阿姨说："],
    "parent": ["一位家长交来：", "我是学生家长，", "热心家长："],
    "pupil": ["学生交来：", "我是{pl}的学生，", "一个学生送来，说"],
    "staff": ["{pl}工作人员：", "{pl}前台：", "我是{pl}的老师，"],
    "parkstaff": ["公园管理处：", "我是公园管理员，"],
    "oldman": ["一位大爷交来，说", "遛弯的阿姨交来：", "老人家送来的，说"],
    "cashier": ["{pl}收银员：", "{pl}服务台：", "超市员工交来："],
    "passer": ["市民交来：", "路人捡到送来：", "热心群众："],
    "driver": ["{bus}司机交来：", "公交司机：", "{bus}驾驶员交来，"],
    "dispatch": ["公交场站调度室：", "场站工作人员："],
    "vendor": ["摊主交来：", "菜市场摊主说", "商户交来："],
    "sanit": ["环卫工交来：", "环卫工人："],
    "patrol": ["巡逻民警：", "巡逻队员发现：", "辅警巡逻："],
    "pmguard": ["{pl}物业保安：", "物业交来：", "{pl}物业："],
    "nurse": ["{pl}护士交来：", "{pl}工作人员："],
}


# --------------------------------------------------------------------------- rendering
CIRC_RULES = [(("早上", "送进校门", "早点", "出摊", "锻炼"), 5, 10), (("中午", "食堂", "吃饭"), 11, 14),
              (("放学", "下课", "接孩子", "傍晚", "收车", "下班前", "交班前", "清场", "闭馆前", "收摊"), 15, 23),
              (("晚自习",), 21, 23), (("体育课", "课间操"), 8, 17), (("打扫完操场",), 9, 19), (("回家",), 11, 23)]


def circ_for(opts, minute):
    h = todt(minute).hour
    ok = []
    for t in opts:
        good = True
        for keys, h0, h1 in CIRC_RULES:
            if any(k in t for k in keys) and not (h0 <= h < h1):
                good = False
        if good:
            ok.append(t)
    return ch(ok) if ok else ""


def trim(s, n):
    return s if len(s) <= n else s[:n]


QUANT = "个辆张副件台串部只块条双本笔"


def item_color(o, who):
    if o.get("color_words"):
        return ch(o["color_words"])
    return color_var(o["color"], who)


def desc_words(o, who, kc, kb, km_, lang="zh", grand=False):
    noun = ch(o["noun_own"] if who == "own" else o["noun_see"])
    if len(noun) > 2 and noun[-2] == "一" and noun[-1] in QUANT:
        noun = noun[:-2]
    c = item_color(o, who) if (kc and o["color"]) else ""
    if len(c) == 1:
        c += ch(["色", "色的", "的"])
    b = brand_var(o["brand"], "grand" if grand else who) if (kb and o["brand"] and o["tid"] != "keys") else ""
    m = model_var(o["model"]) if (km_ and o["model"]) else ""
    if m and m[0].isascii() and b and b[-1].isascii():
        m = " " + m
    if c and not c.endswith("的") and p(0.35):
        c += "的"
    if b:
        forms = [c + b + m + noun, b + m + noun + ("（%s）" % c.rstrip("的") if c else ""),
                 c + noun + "（%s%s）" % (b, m), b + "的" + c + noun]
    else:
        forms = [c + noun, c + noun, noun + ("（%s）" % c.rstrip("的") if c else "")]
    return ch(forms).strip("，")


VOICE_DETAIL = {"parent": 0.9, "grand": 0.55, "teacher": 0.7, "pupil": 0.75, "clerk": 0.75, "hurried": 0.3,
                "expat": 0.8, "pinyin": 0.4}


GRAND = ("奶奶", "爷爷", "姥姥", "姥爷")


def choose_voice(o):
    kid = o["kid"]
    if kid and kid.get("expat") and o["kid_owned"]:
        return "expat"
    if o.get("rel") in GRAND and not o["kid_owned"]:
        return wch([("grand", 4), ("clerk", 1.5), ("hurried", 0.5)])
    if o.get("rel") and not o["kid_owned"]:
        return wch([("parent", 6), ("clerk", 2), ("hurried", 1.5)])
    opts = [("parent", 6), ("grand", 2.5), ("clerk", 2), ("hurried", 1.6)]
    if kid and o["kid_owned"] and kid["grade"] and kid["grade"] >= 5:
        opts.append(("pupil", 4 if kid["grade"] >= 7 else 1))
    if kid and o["kid_owned"] and kid["school"] and o["tid"] in ("watch", "stucard", "uniform", "schoolbag", "bottle",
                                                                    "calc", "tablet", "glasses", "cash"):
        opts.append(("teacher", 1.2))
    if o["noun_py"] and o["brand"] in BRAND_PY:
        opts.append(("pinyin", 0.35))
    return wch(opts)


def pick_facts(o, who, det, must=()):
    out = []
    for f in o["facts"]:
        ph = f["own"] if who == "own" else f["see"]
        if not ph:
            continue
        pr = (f["po"] if who == "own" else f["ps"]) * det
        if who == "see" and f["opn"]:
            pr *= 0.85
        if f["k"] in must or R.random() < pr:
            out.append((f["k"], ch(ph), f))
    return out


def reporter(o, voice):
    """The grown-up who files the report (decided once per object)."""
    if o.get("adult"):
        return o["rel"], o["adult"]
    if voice == "grand":
        rel = o["rel"] if o.get("rel") in GRAND else ch(list(GRAND))
    elif voice in ("teacher", "pupil", "expat"):
        rel = ch(["妈妈", "爸爸"])
    else:
        rel = o["rel"] if o.get("rel") and o["rel"] not in GRAND else ch(["妈妈", "爸爸", "妈妈"])
    o["rel"], o["adult"] = rel, new_adult(o["kid"], rel)
    return o["rel"], o["adult"]


def render_lost(o, ev, voice, must=(), fill=None):
    det = VOICE_DETAIL[voice]
    kid = o["kid"]
    rel, ad = reporter(o, voice)
    facts = pick_facts(o, "own", det, must)
    kb = bool(o["brand"]) and ("brand" in must or p(0.92 if voice not in ("grand", "hurried") else 0.55))
    kc = bool(o["color"]) and ("color" in must or p(0.93))
    kmod = bool(o["model"]) and kb and p(0.55 * det + 0.15)
    sers = [s for s in o["serials"] if ("serial" in must and s is o["serials"][0]) or p(min(0.95, s["po"] * (det + 0.25)))]
    ment = set(k for k, _, _ in facts)
    if kb:
        ment.add("brand")
    if kc:
        ment.add("color")
    if sers:
        ment.add("serial")
    for s in sers:
        ment.add("serial:" + s["k"])
    if kmod:
        ment.add("model")
    pl, spot = ev["pl"], ev["spot"]
    old = voice == "grand"
    rec = {"category": o["cat"]}
    # ---- English
    if voice == "expat":
        return render_lost_en(o, ev, facts, kb, kc, kmod, sers, rec, ment)
    if voice == "pinyin":
        return render_lost_py(o, ev, kb, kc, rec, ment, sers)
    when = window_words(ev["lf"], ev["lt"], ev["reg"], old)
    if ev["pstyle"] == "sure":
        where = with_spot(pname(pl), spot) if p(0.8) else pname(pl)
    elif ev["pstyle"] == "unsure":
        a, b = (pl, ev["other"]) if p(0.5) else (ev["other"], pl)
        where = ch(["%s或者%s" % (pname(a), pname(b)), "可能在%s，也可能在%s" % (pname(a), pname(b)),
                    "%s和%s都去过" % (pname(a), pname(b))])
    elif ev["pstyle"] == "route":
        verb = "回" if ev["other"]["kind"] == "home" else "去"
        where = ch(["从%s%s%s的路上" % (pname(pl), verb, pname(ev["other"])), "%s到%s这一路" % (pname(pl), pname(ev["other"]))])
    else:
        where = ch(["不知道丢哪了", "说不清在哪丢的", "地方记不清"])
    circ = circ_for(LOSS_CIRC.get(pl["kind"], ["出门的时候"]), ev["tl"]) if p(0.6) else ""
    desc = desc_words(o, "own", kc, kb, kmod, grand=old)
    q = o["q"]
    # who lost it
    if o["kid_owned"] and kid:
        if voice == "teacher":
            who = "我班学生%s（%s）" % (kid["name"], cls_str(kid))
            lose = ch(["的%s丢了" % desc, "把%s弄丢了" % desc, "%s找不到了" % desc])
            head = who + (lose if not lose.startswith("%s" % desc) else "的" + lose)
        elif voice == "pupil":
            head = ch(["我是%s%s的%s，" % (SCHOOL_FULL.get(kid["school"], ""), cls_str(kid), kid["name"]), "本人%s，" % kid["name"], ""])
            head += ch(["我的%s丢了" % desc, "丢了一%s%s" % (q, desc), "%s不见了" % desc])
        elif voice == "clerk":
            head = "报失人%s（%s）称：其%s%s" % (ad["name"] if ad else kid["sur"] + ch(["女士", "先生"]), rel,
                                         ch(["孙子" if kid["boy"] else "孙女"]) if rel in ("奶奶", "爷爷", "姥姥", "姥爷")
                                         else ("儿子" if kid["boy"] else "女儿"), kid["name"])
            if kid["school"]:
                head += "（%s%s）" % (SCHOOL_FULL[kid["school"]], cls_str(kid))
            head += "遗失%s一%s" % (desc, q)
        else:
            kw = kid_word(kid, rel)
            if p(0.5):
                kw += kid["name"] if not kw.endswith(kid["nick"]) else ""
                ment.add("name")
            head = ch(["%s的%s丢了" % (kw, desc), "%s把%s弄丢了" % (kw, desc), "%s%s寻不见了" % (kw, desc) if old else
                       "%s的%s找不到了" % (kw, desc), "%s丢了一%s%s" % (kw, q, desc)])
    else:
        nm = ad["name"] if ad else ""
        if voice == "clerk":
            head = "报失人%s称：其%s" % (nm or "某", "遗失%s一%s" % (desc, q))
        elif old:
            head = ch(["俺的%s丢咧" % desc, "俺把%s丢了" % desc, "我的%s寻不见了" % desc])
        else:
            head = ch(["我的%s丢了" % desc, "本人丢失%s一%s" % (desc, q), "丢了一%s%s" % (q, desc), "%s丢失" % desc])
        if o["tid"] == "ebike" and voice != "clerk" and p(0.6):
            head = ch(["%s的%s被偷了" % ("俺" if old else "我", desc), "停在那儿的%s不见了，估计是被偷了" % desc,
                       "%s让人推走了" % desc])
    parts = []
    if voice == "clerk":
        parts.append(head + "。")
        parts.append("时间：%s；地点：%s%s。" % (when, where, ("，" + circ) if circ else ""))
    elif voice == "hurried":
        parts.append(ch(["%s %s %s " % (where if ev["pstyle"] != "none" else "", desc, ch(["丢了", "丢失", "不见了"])),
                         "%s，%s丢的。" % (head, where)]).strip() + ch([" ", "，", "。"]))
    else:
        order = p(0.5)
        tw = ch(["%s%s%s" % (when, ("在" + where) if ev["pstyle"] in ("sure",) else ("，" + where), "，" + circ if circ else ""),
                 "%s%s，在%s" % (when, ("，" + circ) if circ else "", where) if ev["pstyle"] == "sure" else
                 "%s，%s" % (when, where)])
        if order:
            parts.append(tw + "，" + head + "。")
        else:
            parts.append(head + "。" + tw + "。")
    # facts
    fx = [t for k, t, f in facts if k != "school" or voice not in ("clerk", "teacher")]
    R.shuffle(fx)
    if voice == "hurried":
        fx = fx[:1]
    if fx:
        joiner = "，" if voice != "clerk" else "；"
        parts.append(joiner.join(fx) + "。")
    stext = []
    for s in sers:
        ftxt, cl = fmt_serial(s["k"], s["v"], "own")
        s["_f"] = ftxt
        stext.append(cl)
    if stext and (voice != "hurried" or p(0.5)):
        parts.append("，".join(stext) + "。")
    if voice == "grand" and p(0.6):
        parts.append(ch(["麻烦你们给寻寻。", "谁捡见了给送回来，谢谢。", "娃娃急得哭了。", "俺眼神不好，也说不清。",
                         "不知道是不是叫人拿走了。"]))
    elif voice in ("parent", "teacher", "pupil") and p(0.5):
        parts.append(ch(["有捡到的麻烦联系，谢谢！", "孩子很着急，拜托了。", "如有人交来请通知我。", "重谢！", "谢谢！"]))
    body = "".join(parts)
    body = body.replace("。。", "。").replace("，，", "，").replace("，。", "。").replace("。，", "。").replace(" 。", "。")
    ty = {"hurried": 0.7, "grand": 0.35, "pupil": 0.15}.get(voice, 0.06)
    if p(ty):
        body = typo(body, 1 if p(0.7) else 2)
    rec["body"] = trim(body.strip(), 600)
    # ---- fields
    if fill is None:
        fill = {"hurried": "body", "grand": ch(["body", "some"])}.get(voice, wch([("form", 4), ("some", 4), ("body", 2)]))
    pf = {"form": 0.92, "some": 0.5, "body": 0.0}[fill]
    if kc and p(pf):
        rec["color"] = item_color(o, "own")
    if kb and p(pf):
        rec["brand"] = brand_var(o["brand"], "own")
    if kmod and p(pf):
        rec["model"] = model_var(o["model"])
    if sers and p(pf + 0.05):
        rec["serial"] = sers[0].get("_f") or fmt_serial(sers[0]["k"], sers[0]["v"], "own")[0]
    marks = [t for k, t, f in facts if k in ("mark", "name", "content", "amount")]
    if marks and p(pf * 0.9):
        rec["marks"] = trim("；".join(marks), 500)
    if ev["pstyle"] != "none" and p(pf + 0.15):
        if ev["pstyle"] == "sure":
            rec["address"] = addr_words(pl, spot)
        else:
            rec["address"] = trim(where, 60)
    if ev["pstyle"] in ("sure", "unsure", "route") and p(pf * 0.75):
        tgt = pl if ev["pstyle"] == "sure" or p(0.5) else ev["other"]
        rec["lat"], rec["lon"] = coords_for(tgt, 0.0012)
    return rec, ment


def render_lost_en(o, ev, facts, kb, kc, kmod, sers, rec, ment):
    kid = o["kid"]
    first, last, pa = kid["expat"]
    noun = ch(o["noun_en"])
    c = COLOR_EN[o["color"]] if kc and o["color"] else ""
    b = brand_var(o["brand"], "en") if kb and o["brand"] else ""
    m = o["model"] if kmod and o["model"] and o["model"].isascii() else ""
    d = " ".join(x for x in [c, b, m, noun] if x)
    pl = ev["pl"]
    prep = "on" if pl["kind"] in ("bus", "road") else "at"
    place_en = ch(pl["en"])
    where = prep + " " + place_en if ev["pstyle"] != "none" else "somewhere on the way home"
    whose = ch(["My %s %s" % ("son" if kid["boy"] else "daughter", first), "My child %s" % first, "%s (my %s)" % (first, "son" if kid["boy"] else "daughter")])
    if o["kid_owned"]:
        s = "%s lost %s %s %s %s." % (whose, "his" if kid["boy"] else "her", d, where, window_en(ev["lf"], ev["lt"]))
    else:
        s = "I lost my %s %s %s." % (d, where, window_en(ev["lf"], ev["lt"]))
    if kid["school"] and p(0.6):
        s += " %s is in %s at the Experimental Primary." % ("He" if kid["boy"] else "She", cls_str(kid, True))
    fx = [f["en"][0] for k, t, f in facts if f.get("en") and k in ("mark", "name", "content", "amount")]
    hid = [f["en"][0] for k, t, f in facts if f.get("en") and k == "hidden"]
    if fx:
        s += " It has " + ", ".join(fx[:3]) + "."
    for h in hid:
        s += " " + h[0].upper() + h[1:] + "."
    named = any(k == "name" for k, t, f in facts)
    for sv in sers:
        ftxt, cl = fmt_serial_en(sv["k"], sv["v"])
        sv["_f"] = ftxt
        s += " " + cl[0].upper() + cl[1:] + "."
    if not named and p(0.4):
        s += " Name label says %s" % ch([kid["name"] + ".", first + ".", first + " " + last[0] + "."])
        ment.add("name")
    s += ch([" Please contact me if found. Thank you!", " Thanks a lot.", " 谢谢!", ""])
    rec["body"] = trim(s, 600)
    if c and p(0.7):
        rec["color"] = c
    if b and p(0.7):
        rec["brand"] = b
    if m and p(0.5):
        rec["model"] = m
    if sers and p(0.7):
        rec["serial"] = sers[0]["_f"]
    if ev["pstyle"] != "none" and p(0.6):
        rec["address"] = trim(place_en, 60)
    if ev["pstyle"] != "none" and p(0.4):
        rec["lat"], rec["lon"] = coords_for(pl, 0.0012)
    return rec, ment


def render_lost_py(o, ev, kb, kc, rec, ment, sers):
    kid = o["kid"]
    c = COLOR_PY[o["color"]] + "se" if kc and o["color"] else ""
    b = BRAND_PY.get(o["brand"], "") if kb else ""
    pl = ev["pl"]
    wp = addr_words(pl, None, "py") if pl["py"] else pname(pl)
    d = todt(ev["lf"])
    s = ch(["haizi de %s %s %s diu le, %d yue %d hao zai %s" % (c, b, o["noun_py"], d.month, d.day, wp),
            "%s %s %s diule %d.%d %s" % (b, c, o["noun_py"], d.month, d.day, wp)])
    s = " ".join(s.split())
    if p(0.5):
        s += ", mingzi %s" % kid["name"] if kid else ""
        ment.add("name")
    s += ch([", xiexie", " qing bangmang liuyi", ""])
    rec["body"] = s
    if b and p(0.6):
        rec["brand"] = b
    if c and p(0.4):
        rec["color"] = COLORS[o["color"]][0]
    if sers and p(0.5):
        rec["serial"] = fmt_serial(sers[0]["k"], sers[0]["v"], "own")[0]
    return rec, ment


def render_found(o, fe, must=(), det=None):
    role = fe["role"]
    if det is None:
        det = {"guard": 0.75, "teacher": 0.85, "cleaner": 0.55, "parent": 0.8, "pupil": 0.65, "staff": 0.85,
               "parkstaff": 0.7, "oldman": 0.45, "cashier": 0.75, "passer": 0.6, "driver": 0.65, "dispatch": 0.7,
               "vendor": 0.45, "sanit": 0.45, "patrol": 0.9, "pmguard": 0.7, "nurse": 0.75}[role]
    facts = pick_facts(o, "see", det, must)
    if o["tid"] in ("wallet", "schoolbag", "handbag") and not facts:
        facts = pick_facts(o, "see", 1.0)
    kb = bool(o["brand"]) and ("brand" in must or p(0.8 if o["tid"] not in ("wallet", "keys", "jewelry") else 0.55))
    kc = bool(o["color"]) and ("color" in must or p(0.92))
    kmod = bool(o["model"]) and kb and ("model" in must or p(0.35 * det + 0.1))
    sers = []
    for i, s in enumerate(o["serials"]):
        if ("serial" in must and i == 0) or p(s["ps"] * (det + 0.1)):
            sers.append(s)
    pl, spot = fe["pl"], fe["spot"]
    old = role == "oldman"
    when = found_when(fe["tf"], fe["reg"], old)
    where = with_spot(pname(pl), spot)
    bus = pname(pl) if pl["kind"] == "bus" else pname(fe["bus"]) if fe.get("bus") else ch(["12路", "23路", "106路"])
    bus = bus.replace("车上", "").replace("公交车", "")
    intro = ch(ROLE_INTRO[role]).format(pl=pname(pl), bus=bus, sur=ch(SUR))
    circ = circ_for(FOUND_CIRC[role], fe["tf"])
    for w in ("早上", "中午", "晚上", "下午", "傍晚"):
        if w in when and circ.startswith(w):
            circ = circ[len(w):]
    desc = desc_words(o, "see", kc, kb, kmod)
    q = o["q"]
    clerk = p(0.22)
    if clerk:
        body = "拾得人（%s）于%s在%s%s拾得%s一%s。" % (
            {"guard": "门卫", "teacher": "教师", "cleaner": "保洁员", "parent": "学生家长", "pupil": "学生",
             "staff": "工作人员", "parkstaff": "公园管理员", "oldman": "市民", "cashier": "超市员工", "passer": "市民",
             "driver": "公交司机", "dispatch": "场站调度", "vendor": "商户", "sanit": "环卫工", "patrol": "巡逻民警",
             "pmguard": "物业保安", "nurse": "护士"}[role], when, where, "，" + circ if p(0.4) else "", desc, q)
    else:
        verb = ch(["捡到", "拾到", "发现", "捡到了"]) if role != "patrol" else ch(["发现", "查获"])
        if role in ("driver",) and pl["kind"] in ("bus", "depot"):
            where = ch(["车上%s" % ch(["后排座位下", "座椅缝里", "后门台阶上", "前排座位上"]), where])
        forms = ["%s%s在%s%s一%s%s。" % (when, circ, where, verb, q, desc),
                 "%s在%s%s%s%s一%s。" % (when, where, circ, verb, desc, q)]
        if circ:
            forms.append("%s，%s在%s%s%s。" % (circ, when, where, verb, desc))
        body = intro + ch(forms)
        if role == "guard" and p(0.3) and o["tid"] not in ("ebike", "kidbike", "scooter"):
            body = body.replace(intro, intro + "是家长交到门卫室的，", 1)
    fx = [t for k, t, f in facts]
    R.shuffle(fx)
    if fx:
        body += ch(["", "特征：", "", "看了一下，"]) + "，".join(fx) + "。"
    stx = []
    for s in sers:
        ftxt, cl = fmt_serial(s["k"], s["v"], "see")
        s["_sf"] = ftxt
        stx.append(cl)
    if stx:
        body += "，".join(stx) + "。"
    if p(0.35):
        body += ch(["已交派出所。", "请失主带证明来认领。", "暂存门卫室，现交所里。", "没找到失主。", "原样交来，未动。",
                    "等了半小时没人来找。"])
    body = body.replace("。。", "。").replace("，，", "，").replace("，。", "。")
    if p(0.06 if role not in ("oldman", "vendor", "sanit") else 0.25):
        body = typo(body)
    rec = {"category": o["cat"], "body": trim(body, 600)}
    fill = wch([("form", 5), ("some", 4), ("body", 2)])
    pf = {"form": 0.9, "some": 0.5, "body": 0.0}[fill]
    if kc and (p(pf) or ("color" in must and p(0.7))):
        rec["color"] = item_color(o, "see")
    if kb and (p(pf) or ("brand" in must and p(0.7))):
        rec["brand"] = brand_var(o["brand"], "see")
    if kmod and p(pf):
        rec["model"] = model_var(o["model"])
    if sers and (p(pf + 0.05) or "serial" in must):
        rec["serial"] = sers[0]["_sf"]
    marks = [t for k, t, f in facts if k in ("mark", "name", "content", "amount", "school")]
    if marks and p(pf * 0.9):
        rec["marks"] = trim("；".join(marks), 500)
    if p(pf + 0.25):
        rec["address"] = trim(addr_words(pl, spot), 60)
    if p(0.35 + pf * 0.5) or pl["far"]:
        rec["lat"], rec["lon"] = coords_for(pl, 0.0010)
    ment = set(k for k, _, _ in facts)
    if kb:
        ment.add("brand")
    if kc:
        ment.add("color")
    if sers:
        ment.add("serial")
    return rec, ment


# --------------------------------------------------------------------------- build
def new_object(tid, fix=None):
    fix = dict(fix or {})
    return MAKERS[tid](fix)


STATS = {}
DEBUG = []          # (negative, the report it was drawn against): for reading the set, never written out


def bump(k, v):
    STATS.setdefault(k, {})
    STATS[k][v] = STATS[k].get(v, 0) + 1


def build():
    global R
    R = random.Random(SEED)
    USED.clear()
    USED_NAMES.clear()
    lost, found = [], []
    objs = []
    STATS.clear()
    del DEBUG[:]
    n_exp = 0
    for i in range(N_PAIRS + N_NULL):
        tid = wch(TYPE_W)
        fix = {}
        if n_exp < 7 and tid in ("watch", "schoolbag", "bottle", "coat", "scooter", "kidbike", "uniform") and p(0.3):
            fix["kid"] = new_expat_kid()
            n_exp += 1
        o = new_object(tid, fix)
        objs.append(o)
    idx = list(range(len(objs)))
    R.shuffle(idx)
    pair_ids = set(idx[:N_PAIRS])
    # cross-category pairs: one side files the object under a neighbouring category
    cross_plan = {}
    want = [("watch", "phone", "lost"), ("watch", "phone", "found"), ("scooter", "bicycle", "found"),
            ("stucard", "wallet", "found"), ("tablet", "bag", "lost")]
    for tid, alt, side in want:
        if len(cross_plan) >= N_CROSS:
            break
        for i in sorted(pair_ids):
            if objs[i]["tid"] == tid and i not in cross_plan and not objs[i]["kid"].get("expat"):
                cross_plan[i] = (alt, side)
                break
    lost_meta = []
    for i, o in enumerate(objs):
        ev = make_event(o)
        voice = choose_voice(o)
        rec, ment = render_lost(o, ev, voice)
        bump("voice", voice)
        bump("place_style", ev["pstyle"])
        bump("window_style", ev["wstyle"])
        bump("type_pair" if i in pair_ids else "type_null", o["tid"])
        if i in cross_plan and cross_plan[i][1] == "lost":
            rec["category"] = cross_plan[i][0]
            if o["tid"] == "watch":
                rec["body"] = trim(rec["body"].replace("电话手表", "儿童手机").replace("儿童手表", "儿童手机"), 600)
            if o["tid"] == "tablet":
                rec["body"] = trim(rec["body"] + "学习机是装在%s书包里一起丢的。" % COLORS[ch(["蓝", "粉", "黑"])][0], 600)
        rec["lost_from_min"] = NOW_M - ev["lf"]
        rec["lost_to_min"] = NOW_M - ev["lt"]
        rec["_i"] = i
        rec["_paired"] = i in pair_ids
        lost.append(rec)
        lost_meta.append(dict(o=o, ev=ev, ment=ment, rec=rec, voice=voice))
        if i in pair_ids:
            fe = make_found_event(o, ev)
            frec, _ = render_found(o, fe)
            if i in cross_plan and cross_plan[i][1] == "found":
                frec["category"] = cross_plan[i][0]
                if o["tid"] == "stucard":
                    b = frec["body"]
                    for nn in ("青少年宫学员证", "学员证", "学生证", "校园卡", "学生卡", "图书馆读者证", "借书证", "读者卡"):
                        if nn in b:
                            b = b.replace(nn, "小卡包（内有%s）" % nn, 1)
                            break
                    else:
                        b += "装在一个小卡包里。"
                    frec["body"] = trim(b, 600)
            frec["found_at_min"] = NOW_M - fe["tf"]
            frec["_truth_of"] = i
            found.append(frec)
    # ---------------------------------------------------------------- hard negatives
    negs = []
    tgt_use = {}

    for n, m in enumerate(lost_meta):
        m["o"]["_id"] = n
    paired_meta = [m for m in lost_meta if m["rec"]["_paired"]]
    null_meta = [m for m in lost_meta if not m["rec"]["_paired"]]
    for kind, count in NEG_PLAN:
        made = 0
        tries = 0
        while made < count and tries < 5000:
            tries += 1
            m = ch(paired_meta if p(0.5) else null_meta)
            o, ev, ment = m["o"], m["ev"], m["ment"]
            if tgt_use.get(o["_id"], 0) >= 2 or (o["kid"] and o["kid"].get("expat")):
                continue
            res = make_negative(kind, m)
            if res is None:
                continue
            tgt_use[o["_id"]] = tgt_use.get(o["_id"], 0) + 1
            bump("neg_target", "%s/%s" % (kind, "paired" if m["rec"].get("_paired") else "never_found"))
            frec = res
            frec["negative"] = kind
            DEBUG.append((frec, m["rec"]))
            negs.append(frec)
            made += 1
    found.extend(negs)
    # ---------------------------------------------------------------- keys
    R.shuffle(lost)
    R.shuffle(found)
    fkey = {}
    out_found = []
    for j, f in enumerate(found):
        k = "%s-F%04d" % (PFX, j + 1)
        if "_truth_of" in f:
            fkey[f.pop("_truth_of")] = k
        out_found.append(dict(key=k, **f))
    out_lost = []
    for j, l in enumerate(lost):
        i = l.pop("_i")
        l.pop("_paired")
        out_lost.append(dict(key="%s-L%04d" % (PFX, j + 1), **l, truth=fkey.get(i)))
    doc = {"seed": SEED, "made_by": "tests/lostfound/make_set72.py",
           "parts": {PART: {"found": [order(f) for f in out_found], "lost": [order(l) for l in out_lost]}}}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


FIELD_ORDER = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "lost_from_min", "lost_to_min", "found_at_min", "truth", "negative"]


def order(d):
    return {k: d[k] for k in FIELD_ORDER if k in d}


def make_negative(kind, m):
    o, ev, ment = m["o"], m["ev"], m["ment"]
    tid = o["tid"]
    kid = o["kid"]
    near = neighbours(ev["pl"], 0.0, 1.0) + [ev["pl"]]
    if kind == "same_cat_color":
        if not o["color"] or tid in ("cash",):
            return None
        fix = {"color": o["color"]}
        if o["brand"]:
            others = [b for b in sorted(MODELS.get(tid, {}).keys()) if b != o["brand"]]
            if not others:
                others = [b for b in ALT_BRANDS.get(tid, []) if b != o["brand"]]
            if others:
                fix["brand"] = ch(others)
        if tid == "uniform":
            return None
        if tid in ("stucard", "idcard", "wallet", "keys") and "brand" in fix:
            fix.pop("brand")
        n = new_object(tid, fix)
        if o["brand"] and n["brand"] == o["brand"]:
            return None
        fpl = ch(near)
        tf = ev["lf"] + R.randrange(0, 2880)
        if tf > NOW_M - 15:
            return None
        fe = make_found_event(n, ev, fpl, tf)
        must = {"color"}
        if "brand" in ment and n["brand"]:
            must.add("brand")
        else:
            must.add(ch(["mark", "name"]) if any(f["k"] == "name" and f["see"] for f in n["facts"]) else "mark")
        rec, _ = render_found(n, fe, must)
        rec["found_at_min"] = NOW_M - fe["tf"]
        return rec
    if kind == "found_before_loss":
        fix = {"color": o["color"]} if o["color"] else {}
        if o["brand"]:
            fix["brand"] = o["brand"]
        if o["model"] and tid not in ("kidbike",):
            fix["model"] = o["model"]
        if tid == "uniform":
            fix["kidfix"] = {"grade": kid["grade"], "school": kid["school"]}
        if tid == "cash":
            fix["sub"] = o["extra"]["purpose"]
        if tid in ("jewelry",):
            fix["sub"] = o["extra"]["sub"]
        n = new_object(tid, fix)
        tf = ev["lf"] - wch([(R.randrange(90, 1440), 2), (R.randrange(1440, 14400), 3)])
        if tf < am(dt.datetime(2025, 8, 18)):
            return None
        fe = make_found_event(n, ev, ch(near), tf)
        if fe["tf"] >= ev["lf"]:
            return None
        rec, _ = render_found(n, fe, {"color", "brand"} if n["brand"] else {"color"})
        rec["found_at_min"] = NOW_M - fe["tf"]
        return rec
    if kind == "same_brand_far":
        if not o["brand"]:
            return None
        fix = {"brand": o["brand"]}
        if o["model"] and p(0.6):
            fix["model"] = o["model"]
        if o["color"] and p(0.6):
            fix["color"] = o["color"]
        if tid == "jewelry":
            fix["sub"] = o["extra"]["sub"]
        n = new_object(tid, fix)
        kinds = [q for q in FAR_PLACES]
        fpl = ch(kinds)
        if p(0.7):
            tf = ev["lt"] + R.randrange(1440, 11520)
        else:
            tf = ev["lf"] - R.randrange(1440, 10080)
        if tf > NOW_M - 15 or tf < am(dt.datetime(2025, 8, 18)):
            return None
        fe = make_found_event(n, ev, fpl, tf)
        must = {"brand"} | ({"model"} if "model" in fix else set())
        rec, _ = render_found(n, fe, must)
        rec["found_at_min"] = NOW_M - fe["tf"]
        rec["lat"], rec["lon"] = coords_for(fpl, 0.0012)
        if "address" not in rec:
            rec["address"] = trim(addr_words(fpl, fe["spot"]), 60)
        return rec
    if kind == "diff_serial":
        kinds = [s["k"] for s in o["serials"] if "serial:" + s["k"] in ment and s["ps"] >= 0.1]
        if not kinds:
            return None
        want = kinds[0]
        if tid not in ("watch", "phone", "stucard", "buscard", "idcard", "ebike", "tablet", "wallet"):
            return None
        fix = {}
        for k in ("brand", "model", "color"):
            if o[k]:
                fix[k] = o[k]
        if tid == "stucard":
            fix["sub"] = o["extra"]["sub"]
            if kid["school"]:
                fix["kidfix"] = {"grade": kid["grade"], "school": kid["school"], "cls": kid["cls"]}
        if tid == "wallet":
            fix["brand"] = o["brand"]
        n = new_object(tid, fix)
        # the finder reads the same kind of number the owner gave
        if n["serials"][0]["k"] != want:
            same = [s for s in n["serials"] if s["k"] == want]
            if not same:
                return None
            n["serials"].remove(same[0])
            n["serials"].insert(0, same[0])
        fpl = ch(near)
        tf = ev["lf"] + R.randrange(0, 2880)
        if tf > NOW_M - 15:
            return None
        fe = make_found_event(n, ev, fpl, tf)
        rec, _ = render_found(n, fe, {"serial", "color"} | ({"brand"} if n["brand"] else set()))
        rec["found_at_min"] = NOW_M - fe["tf"]
        return rec
    if kind == "diff_name":
        if "name" not in ment or not kid or kid.get("expat"):
            return None
        if tid not in ("uniform", "coat", "bottle", "schoolbag", "stucard", "tablet", "calc", "jewelry", "kidbike",
                       "scooter", "buscard", "glasses"):
            return None
        fix = {}
        for k in ("brand", "model", "color"):
            if o[k]:
                fix[k] = o[k]
        if kid["school"]:
            fix["kidfix"] = {"grade": kid["grade"], "school": kid["school"], "cls": kid["cls"] if p(0.6) else R.randrange(1, 9)}
        if tid in ("stucard", "jewelry"):
            fix["sub"] = o["extra"]["sub"]
        n = new_object(tid, fix)
        for f in n["facts"]:
            if f["k"] == "name":
                f["ps"] = max(f["ps"], 0.9)
        if not any(f["k"] == "name" and f["see"] for f in n["facts"]):
            return None
        fpl = ch(near)
        tf = ev["lf"] + R.randrange(0, 2880)
        if tf > NOW_M - 15:
            return None
        fe = make_found_event(n, ev, fpl, tf)
        rec, _ = render_found(n, fe, {"name", "color"})
        rec["found_at_min"] = NOW_M - fe["tf"]
        return rec
    if kind == "cash_other":
        if tid != "cash":
            return None
        amt = o["extra"]["amount"]
        other = ch([x for x in [50, 100, 150, 200, 260, 300, 500, 800, 1000, 1200, 2000, 3000] if abs(x - amt) > max(60, amt * 0.3)])
        n = new_object("cash", {"amount": other, "sub": ch(["买菜钱", "生活费", "红包", "书本费"])})
        fpl = ch(near)
        tf = ev["lf"] + R.randrange(0, 1440)
        if tf > NOW_M - 15:
            return None
        fe = make_found_event(n, ev, fpl, tf)
        rec, _ = render_found(n, fe, {"amount", "mark"})
        rec["found_at_min"] = NOW_M - fe["tf"]
        return rec
    raise ValueError(kind)


ALT_BRANDS = {"watch": ["小天才", "华为", "360", "米兔"], "kidbike": ["好孩子", "永久", "凤凰", "捷安特"],
              "scooter": ["米高", "酷骑", "小米"], "schoolbag": ["卡拉羊", "迪士尼"], "bottle": ["膳魔师", "哈尔斯", "富光", "迪士尼"],
              "coat": ["巴拉巴拉", "安踏", "优衣库", "迪士尼"], "jewelry": ["周大福", "老凤祥", "周生生", "六福"],
              "glasses": ["依视路", "暴龙"], "wallet": ["七匹狼", "金利来", "蔻驰"]}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    text = build()
    with open(os.path.join(here, "set72.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    doc = json.loads(text)
    part = doc["parts"][PART]
    print("wrote set72.json: %d lost, %d found" % (len(part["lost"]), len(part["found"])))
    for k in sorted(STATS):
        print("  %s: %s" % (k, ", ".join("%s=%d" % (a, STATS[k][a]) for a in sorted(STATS[k]))))


if __name__ == "__main__":
    main()
