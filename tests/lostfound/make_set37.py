#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Set 37: a blind labelled lost-and-found set for the 阳光坐席 desk of 西陵市公安局高校园区派出所.

World: the university district (高校园区) of 西陵市, an inland provincial capital, over the
September 2026 start of term (开学季) and the weeks after.  Written from the issue text only,
without looking at the matcher.

Each object is first drawn as a hidden truth record (what it is, whose it is, what is printed on
it, what only the owner knows).  The lost report and the found registration are then written
separately from that record, each in its own voice and knowing only what that person would know.

Python 3 standard library only; one random.Random(SEED); the output is identical on every run and
under any PYTHONHASHSEED (no set or dict is ever iterated in hash order).

usage: python3 make_set37.py [--out PATH]
"""
import datetime as dt
import json
import math
import os
import random
import sys

SEED = 20261237
NN = "37"
PFX = "N3"
R = random.Random(SEED)
T0 = dt.datetime(2026, 10, 31, 20, 0)     # the moment of registration; every *_min counts back from it
EARLIEST = dt.datetime(2026, 8, 27, 0, 0)  # nothing in this world happens before this
HERE = os.path.dirname(os.path.abspath(__file__))

PAIR_PLAN = [("id_doc", 45), ("phone", 45), ("wallet", 30), ("keys", 25), ("ebike", 15),
             ("bicycle", 15), ("bag", 30), ("cash", 8), ("jewelry", 12), ("electronics", 50),
             ("other", 25)]                                   # 300 lost reports whose item is handed in
NULL_PLAN = [("id_doc", 12), ("phone", 14), ("wallet", 10), ("keys", 10), ("ebike", 6),
             ("bicycle", 6), ("bag", 9), ("cash", 5), ("jewelry", 6), ("electronics", 14),
             ("other", 8)]                                    # 100 lost reports never handed in
# hard negatives: (label, how many aimed at never-found reports, how many at found reports)
NEG_PLAN = [("same_brand_other_place_time", 20, 25), ("same_category_colour", 30, 30),
            ("found_before_loss", 25, 20)]
N_ORDINARY = 50                                              # ordinary other items at the desk
CROSS = [("wallet", "id_doc"), ("electronics", "bag"), ("electronics", "jewelry"), ("keys", "id_doc")]


# ----------------------------------------------------------------------------- small helpers
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


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(alphabet[R.randrange(len(alphabet))] for _ in range(n))


USED = set()   # membership only, never iterated


def uniq(fn):
    for _ in range(5000):
        v = fn()
        if v not in USED:
            USED.add(v)
            return v
    raise RuntimeError("could not draw a unique value")


def luhn_digit(body):
    s = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CK = "10X98765432"


def id_check(body17):
    return ID_CK[sum(int(a) * b for a, b in zip(body17, ID_W)) % 11]


CN_D = "零一二三四五六七八九"


def cn_int(n):
    if n == 0:
        return "零"
    s, zero, t = "", False, str(n)
    units = ["", "十", "百", "千", "万"]
    for i, c in enumerate(t):
        d = int(c)
        u = units[len(t) - 1 - i]
        if d == 0:
            zero = True
            continue
        if zero and s:
            s += "零"
        zero = False
        s += CN_D[d] + u
    if s.startswith("一十"):
        s = s[1:]
    return s.replace("二百", "两百").replace("二千", "两千")


def hr_txt(h):
    h12 = h % 12 or 12
    return ("两" if h12 == 2 else cn_int(h12)) + "点"


def tod(h):
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
    if h < 20:
        return "傍晚"
    return "晚上"


def mins(t):
    return int((T0 - t).total_seconds() // 60)


TYPOS = [("钱包", "钱抱"), ("手机", "手几"), ("钥匙", "钥是"), ("耳机", "耳鸡"), ("图书馆", "图书管"),
         ("食堂", "食唐"), ("宿舍", "宿设"), ("电动车", "电动扯"), ("身份证", "身分证"),
         ("校园卡", "校圆卡"), ("黑色", "黑涩"), ("充电宝", "冲电宝"), ("银行卡", "银航卡"),
         ("捡到", "检到"), ("联系", "连系"), ("操场", "草场"), ("附近", "附进"), ("地铁", "地跌"),
         ("自行车", "自信车"), ("双肩包", "双间包"), ("已经", "以经"), ("眼镜", "眼睛"),
         ("项链", "项连"), ("手镯", "手卓"), ("平板", "平版"), ("笔记本", "笔计本"), ("现金", "现今"),
         ("不见了", "不见le"), ("丢了", "丢勒"), ("在", "再"), ("的", "得")]


def typo(s):
    opts = [(a, b) for a, b in TYPOS if a in s]
    if not opts:
        return s
    a, b = ch(opts)
    i = s.find(a)
    return s[:i] + b + s[i + len(a):]


# ----------------------------------------------------------------------------- colours and brands
COLORS = {
    "black": ["黑色", "黑", "深色", "哑光黑", "曜石黑", "亮黑色"],
    "white": ["白色", "白", "米白色", "珍珠白", "象牙白"],
    "silver": ["银色", "银白色", "亮银色", "月光银"],
    "gray": ["灰色", "深空灰", "浅灰色", "烟灰色", "灰"],
    "blue": ["蓝色", "深蓝色", "藏青色", "宝蓝色", "天蓝色", "蓝"],
    "red": ["红色", "酒红色", "大红色", "枣红色", "红"],
    "pink": ["粉色", "樱花粉", "浅粉色", "粉红色", "粉"],
    "green": ["绿色", "墨绿色", "军绿色", "薄荷绿", "绿"],
    "purple": ["紫色", "浅紫色", "香芋紫", "淡紫色"],
    "gold": ["金色", "香槟金", "金黄色"],
    "yellow": ["黄色", "明黄色", "柠檬黄", "鹅黄色"],
    "brown": ["棕色", "咖啡色", "褐色", "驼色", "棕"],
    "orange": ["橙色", "橘色", "橘黄色"],
}


def cv(canon):
    w = COLORS[canon]
    return wch([(w[0], 4)] + [(x, 1) for x in w[1:]])


BRANDS = {
    "huawei": ["华为", "HUAWEI", "Huawei", "huawei", "华伟", "hua wei"],
    "apple": ["苹果", "Apple", "apple", "iPhone", "平果"],
    "xiaomi": ["小米", "Xiaomi", "MI", "xiaomi", "小咪"],
    "honor": ["荣耀", "HONOR", "Honor", "rongyao"],
    "oppo": ["OPPO", "oppo", "Oppo", "欧珀"],
    "vivo": ["vivo", "VIVO", "Vivo", "维沃"],
    "lenovo": ["联想", "Lenovo", "lenovo", "lianxiang", "联相"],
    "dell": ["戴尔", "Dell", "DELL", "daier"],
    "asus": ["华硕", "ASUS", "Asus", "huashuo"],
    "yadea": ["雅迪", "Yadea", "YADEA", "yadi", "雅滴"],
    "aima": ["爱玛", "AIMA", "Aima", "aima", "爱马"],
    "tailg": ["台铃", "TAILG", "Tailg", "tailing"],
    "sunra": ["新日", "SUNRA", "Sunra", "xinri"],
    "ninebot": ["九号", "Ninebot", "NINEBOT", "9号"],
    "luyuan": ["绿源", "LUYUAN", "Luyuan", "lvyuan"],
    "giant": ["捷安特", "GIANT", "Giant", "jieante", "捷安持"],
    "merida": ["美利达", "MERIDA", "Merida", "meilida"],
    "phoenix": ["凤凰", "PHOENIX", "Phoenix", "fenghuang"],
    "forever": ["永久", "FOREVER", "Forever", "yongjiu"],
    "xds": ["喜德盛", "XDS", "xds", "xidesheng"],
    "byd": ["比亚迪", "BYD", "byd", "biyadi"],
    "vw": ["大众", "Volkswagen", "VW", "dazhong"],
    "geely": ["吉利", "GEELY", "Geely", "jili"],
    "casio": ["卡西欧", "CASIO", "Casio", "kaxiou"],
    "canon": ["佳能", "Canon", "CANON", "jianeng"],
    "fuji": ["富士", "FUJIFILM", "Fujifilm", "fushi"],
    "sony": ["索尼", "SONY", "Sony", "suoni"],
    "edifier": ["漫步者", "EDIFIER", "Edifier", "manbuzhe"],
    # invented brands
    "xingchuan": ["行川", "XINGCHUAN", "Xingchuan", "xingchuan"],
    "beiye": ["北野", "BEIYE", "Beiye", "beiye"],
    "tuan": ["途岸", "TUAN", "Tuan", "tu'an"],
    "pijiang": ["皮匠坊", "PIJIANGFANG", "Pijiangfang", "pijiangfang"],
    "shimu": ["拾木", "SHIMU", "Shimu", "shimu"],
    "jinyuan": ["金缘阁", "JINYUANGE", "Jinyuange", "jinyuange"],
    "ruiyu": ["瑞玉轩", "RUIYUXUAN", "Ruiyuxuan", "ruiyuxuan"],
    "beichen": ["北辰", "BEICHEN", "Beichen", "beichen"],
    "tianheng": ["天衡", "TIANHENG", "Tianheng", "tianheng"],
    "nuanhe": ["暖禾", "NUANHE", "Nuanhe", "nuanhe"],
    "moye": ["墨页", "MOYE", "Moye", "moye"],
    "woneng": ["沃能", "WONENG", "Woneng", "woneng"],
    "qingyu": ["晴雨坊", "QINGYUFANG", "Qingyufang", "qingyufang"],
    "ruiyue": ["锐跃", "RUIYUE", "Ruiyue", "ruiyue"],
    "xiange": ["弦歌", "XIANGE", "Xiange", "xiange"],
    "mingshi": ["明视", "MINGSHI", "Mingshi", "mingshi"],
    "yunduo": ["云朵", "YUNDUO", "Yunduo", "yunduo"],
}


def bv(canon, cat, side):
    vs = BRANDS[canon]
    if canon == "apple" and cat != "phone":
        vs = [v for v in vs if v != "iPhone"]
    if side == "o":
        return wch([(vs[0], 6), (vs[1], 3)] + [(v, 1) for v in vs[2:]])
    return wch([(vs[0], 4), (vs[1], 5)] + [(v, 1) for v in vs[2:]])


def mv(m):
    r = R.random()
    if r < 0.5:
        return m
    if r < 0.72:
        return m.replace(" ", "")
    if r < 0.88:
        return m.lower()
    return m.replace(" ", "").lower()


# ----------------------------------------------------------------------------- the world: places
CLAT, CLON = 30.6412, 112.2397   # invented centre of 西陵大学 (inland China)
PLACES = {}
PIDS = []


def ll(dx, dy):
    lat = CLAT + dy / 111320.0
    lon = CLON + dx / (111320.0 * math.cos(math.radians(CLAT)))
    return lat, lon


def place(pid, kind, uni, dx, dy, off, nick, mapn, spots):
    lat, lon = ll(dx, dy)
    PLACES[pid] = dict(pid=pid, kind=kind, uni=uni, dx=dx, dy=dy, off=off, nick=nick, map=mapn,
                       spots=spots, lat=lat, lon=lon)
    PIDS.append(pid)


# 西陵大学 (西大)
place("xd_c1", "canteen", "xd", -200, 150, ["西陵大学第一食堂", "西大第一学生食堂"], ["一食", "一食堂", "西大一食"],
      "西陵大学第一学生餐厅", ["一楼打饭窗口前", "二楼靠窗的桌子上", "门口洗手池边", "二楼麻辣烫窗口旁", "餐具回收台", "一楼靠楼梯的座位"])
place("xd_c2", "canteen", "xd", 350, -250, ["西陵大学桃园餐厅", "西大第二食堂"], ["桃园", "二食", "桃园食堂"],
      "西陵大学桃园学生餐厅", ["一楼自选菜窗口", "二楼面食区", "门口刷卡机旁", "三楼小炒部", "二楼靠柱子的座位"])
place("xd_lib", "library", "xd", 0, 400, ["西陵大学图书馆北馆", "西陵大学图书馆"], ["老图", "北馆", "老图书馆"],
      "西陵大学图书馆(北馆)", ["三楼自习区", "一楼存包柜", "入口闸机旁", "四楼期刊阅览室", "二楼卫生间洗手台", "一楼自助借还机旁"])
place("xd_nlib", "library", "xd", -450, -100, ["西陵大学明德楼", "西陵大学图书馆南馆"], ["新图", "明德楼", "南馆"],
      "西陵大学图书馆南馆(明德楼)", ["五楼研讨间", "二楼电子阅览室", "一楼大厅沙发", "负一楼自习室"])
place("xd_field", "sports", "xd", 700, 200, ["西陵大学东区田径场"], ["东操", "东区操场", "大操场"],
      "西陵大学东区体育场", ["主席台下", "看台第三排", "跑道边的草坪上", "足球场球门后", "入口铁门边"])
place("xd_gym", "gym", "xd", 650, -150, ["西陵大学综合体育馆"], ["大馆", "体育馆", "报到大厅"],
      "西陵大学综合体育馆", ["新生报到点的桌子上", "羽毛球场边长椅", "一楼大厅", "更衣室", "体检排队处"])
place("xd_mei", "dorm", "xd", -600, 500, ["西陵大学梅园学生公寓"], ["梅园", "梅苑", "梅园宿舍"],
      "西陵大学梅园公寓1-8栋", ["3栋楼下", "5栋一楼大厅", "2栋门口", "6栋楼梯间", "4栋洗衣房", "7栋宿管值班室门口"])
place("xd_zhu", "dorm", "xd", 400, 600, ["西陵大学竹园学生公寓"], ["竹园", "竹苑", "竹园宿舍"],
      "西陵大学竹园公寓区", ["1栋门口", "3栋楼下快递架", "2栋楼梯口", "5栋洗衣房", "4栋门口台阶"])
place("xd_shed", "ebike_shed", "xd", -560, 430, ["西陵大学梅园电动车停放区"], ["梅园车棚", "梅园充电桩", "宿舍楼下车棚"],
      "梅园电动车集中充电点", ["充电桩旁", "车棚最里面", "靠路边那一排"])
place("xd_t3", "teaching", "xd", 100, -50, ["西陵大学致知楼"], ["三教", "第三教学楼", "致知楼"],
      "西陵大学致知楼(第三教学楼)", ["302教室", "一楼大厅", "二楼走廊饮水机旁", "105阶梯教室", "楼门口台阶"])
place("xd_sgate", "gate", "xd", 0, -700, ["西陵大学南门"], ["南门", "南大门", "西大正门"],
      "西陵大学(南门)", ["保安亭旁", "门口校名石旁", "人行闸机口", "迎新帐篷下"])
place("xd_lake", "lake", "xd", -250, 250, ["西陵大学砚湖"], ["砚湖", "砚湖边", "情人坡"],
      "砚湖(西陵大学内)", ["湖边长椅", "凉亭里", "湖心桥上", "草坪上"])
place("xd_exp", "express", "xd", -700, 300, ["西陵大学快递服务中心"], ["快递站", "驿站", "梅园快递点"],
      "学府驿站(西陵大学梅园店)", ["取件货架旁", "门口寄件台", "自助取件机前"])
place("xd_mkt", "market", "xd", -500, 380, ["西陵大学教育超市"], ["教超", "梅园超市"],
      "西大教育超市(梅园店)", ["收银台", "门口存包处", "饮料柜旁"])
place("xd_hosp", "hospital", "xd", 300, 350, ["西陵大学校医院"], ["校医院", "医务室"],
      "西陵大学校医院", ["体检中心走廊", "挂号窗口", "候诊椅上"])
place("xd_svc", "service", "xd", 150, 100, ["西陵大学学生事务服务中心"], ["一站式", "事务中心", "行政楼一楼大厅"],
      "西陵大学一站式学生服务大厅", ["办卡窗口", "自助打印机旁", "等候区椅子上"])
place("xd_court", "sports", "xd", 800, 450, ["西陵大学东区篮球场"], ["东篮", "篮球场", "东区球场"],
      "西陵大学东区篮球场", ["3号场边", "场边长椅", "铁丝网边"])
# streets, metro, shops around 西大
place("hj", "street", "out", -100, -900, ["学府路美食街"], ["后街", "西大后街", "小吃街"],
      "学府路美食街", ["奶茶店门口", "烧烤摊", "麻辣烫店里", "路边长椅", "水果店门口"])
place("m_xf", "metro", "out", 150, -1000, ["西陵地铁5号线学府路站"], ["学府路站", "西大站", "学府路地铁站"],
      "学府路(地铁站)", ["A口扶梯", "B口", "站厅安检处", "站台候车椅", "进站闸机"])
place("bk", "bikes", "out", 60, -760, ["西陵大学南门共享单车停放区"], ["南门单车点", "南门共享单车那"],
      "南门共享单车停放点", ["一辆共享单车的车筐里", "停放区路边"])
place("pr", "shop", "out", -250, -920, ["学府路文印中心"], ["打印店", "后街打印店"],
      "学府路图文快印", ["打印机旁", "柜台上"])
place("bus", "bus", "out", 250, -950, ["学府路公交站"], ["公交站", "学府路站台"],
      "学府路(公交站)", ["候车亭长椅", "站牌下"])
place("mall", "mall", "out", 1500, -1600, ["砚山里购物中心"], ["砚山里", "商场", "园区商场"],
      "砚山里购物中心", ["负一楼美食广场", "三楼电影院", "一楼卫生间", "二楼奶茶店"])
place("m_gx", "metro", "out", 1600, -1800, ["西陵地铁5号线高校园区站"], ["园区站", "大学城站", "高校园区站"],
      "高校园区(地铁站)", ["C口", "站厅客服中心旁", "换乘通道", "站台", "进站安检处"])
place("m_sy", "metro", "out", 1400, -2700, ["西陵地铁5号线师院路站"], ["师院路站", "西师站"],
      "师院路(地铁站)", ["A口", "站台", "出站闸机"])
place("train", "train", "out", 900, -1850, ["西陵地铁5号线列车上"], ["地铁上", "5号线车厢里", "地铁5号线上"],
      "地铁5号线(学府路-师院路)", ["车厢座位上", "车厢连接处"])
# 西陵理工大学 (西理工)
place("lg_c", "canteen", "lg", 2500, 600, ["西陵理工大学北苑餐厅"], ["北苑", "北苑食堂", "理工二食堂"],
      "西陵理工大学北苑学生餐厅", ["一楼窗口", "二楼自助餐区", "门口"])
place("lg_lib", "library", "lg", 2700, 250, ["西陵理工大学图书馆"], ["理工图书馆", "工图", "西理工图书馆"],
      "西陵理工大学图书馆", ["二楼自习室", "一楼大厅", "存包柜"])
place("lg_dorm", "dorm", "lg", 2300, 700, ["西陵理工大学紫荆学生公寓"], ["紫荆", "紫荆园", "紫荆公寓"],
      "西陵理工大学紫荆公寓", ["8号楼楼下", "3号楼门口", "宿管室门口"])
place("lg_shed", "ebike_shed", "lg", 2250, 650, ["西陵理工大学紫荆园电动车停放区"], ["紫荆车棚", "紫荆楼下车棚"],
      "紫荆园电动车充电区", ["充电桩旁", "车棚入口"])
place("lg_court", "sports", "lg", 2800, 800, ["西陵理工大学北区运动场"], ["理工北操", "北区篮球场", "北操"],
      "西陵理工大学北区运动场", ["篮球场边", "看台", "跑道边"])
place("lg_gate", "gate", "lg", 3300, 200, ["西陵理工大学东门"], ["理工东门", "西理工东门"],
      "西陵理工大学(东门)", ["门卫室旁", "门口公交站"])
place("lg_main", "teaching", "lg", 2600, 100, ["西陵理工大学主楼"], ["理工主楼", "主楼"],
      "西陵理工大学主楼", ["一楼大厅", "A区教室", "电梯口"])
# 西陵师范学院 (西师)
place("sf_c", "canteen", "sf", 1100, -3000, ["西陵师范学院桃李园食堂"], ["桃李园", "西师食堂"],
      "西陵师范学院桃李园餐厅", ["一楼", "二楼"])
place("sf_lib", "library", "sf", 1300, -3300, ["西陵师范学院图书馆"], ["博雅楼", "西师图书馆"],
      "西陵师范学院图书馆(博雅楼)", ["三楼阅览室", "一楼大厅"])
place("sf_dorm", "dorm", "sf", 900, -3400, ["西陵师范学院兰苑公寓"], ["兰苑", "西师兰苑"],
      "西陵师范学院兰苑学生公寓", ["2栋楼下", "宿管室"])
place("sf_field", "sports", "sf", 1500, -3100, ["西陵师范学院田径场"], ["西师操场", "西师田径场"],
      "西陵师范学院体育场", ["看台", "跑道边"])
# far away
place("rail", "rail", "far", 9000, -7000, ["西陵东站"], ["高铁站", "东站", "西陵东"],
      "西陵东站(高铁)", ["出站口", "候车大厅", "新生接站点", "出租车上客区"])
place("dt", "downtown", "far", -12000, -4000, ["鼓楼步行街"], ["鼓楼", "步行街"],
      "西陵鼓楼步行街", ["美食广场", "地铁口"])

SCHOOLS = {
    "xd": dict(full="西陵大学", short=["西大", "西陵大学"],
               colleges=["文学院", "法学院", "经济与管理学院", "数学与统计学院", "物理学院", "化学与分子科学学院",
                         "计算机学院", "外国语学院", "新闻传播学院", "生命科学学院", "土木建筑工程学院", "历史学院"]),
    "lg": dict(full="西陵理工大学", short=["西理工", "理工"],
               colleges=["机械工程学院", "材料科学与工程学院", "自动化学院", "信息工程学院", "能源与动力学院", "交通学院"]),
    "sf": dict(full="西陵师范学院", short=["西师", "师院"],
               colleges=["教育学院", "文学院", "数学科学学院", "音乐学院", "美术学院", "体育学院", "心理学院"]),
}
DORMS = {"xd": [("梅园", "栋"), ("竹园", "栋")], "lg": [("紫荆", "号楼")], "sf": [("兰苑", "栋")]}


def dist(a, b):
    A, B = PLACES[a], PLACES[b]
    return math.hypot(A["dx"] - B["dx"], A["dy"] - B["dy"])


NEAR = {a: [b for b in PIDS if b != a and b != "train" and dist(a, b) <= 750] for a in PIDS}
MID = {a: [b for b in PIDS if b != "train" and 750 < dist(a, b) <= 3600] for a in PIDS}
FAR = {a: [b for b in PIDS if b != "train" and dist(a, b) >= 1500] for a in PIDS}

BASEW = {"canteen": 10, "library": 9, "dorm": 9, "ebike_shed": 0, "sports": 8, "gym": 5, "teaching": 7,
         "gate": 4, "lake": 3, "express": 4, "market": 4, "hospital": 2, "service": 3, "street": 7,
         "metro": 5, "bikes": 3, "shop": 2, "bus": 2, "mall": 3, "rail": 4, "downtown": 1, "train": 5}
CATW = {
    "ebike": {"ebike_shed": 30, "dorm": 8, "metro": 8, "gate": 5, "street": 6, "teaching": 5, "library": 4,
              "canteen": 4, "mall": 3},
    "bicycle": {"dorm": 12, "teaching": 8, "library": 8, "canteen": 6, "sports": 5, "gate": 4, "metro": 6,
                "street": 4, "ebike_shed": 3},
    "cash": {"canteen": 6, "street": 8, "express": 4, "market": 6, "gate": 4, "gym": 6, "rail": 5, "metro": 4,
             "dorm": 5, "service": 5, "mall": 3, "train": 3, "bus": 2},
}
BIKE_OK = ["ebike_shed", "dorm", "metro", "gate", "street", "teaching", "library", "canteen", "mall", "sports",
           "bikes", "bus", "express", "market"]


def pick_place(cat, school=None):
    pairs = []
    for pid in PIDS:
        k = PLACES[pid]["kind"]
        w = CATW[cat].get(k, 0) if cat in CATW else BASEW[k]
        u = PLACES[pid]["uni"]
        if school and u in SCHOOLS and u != school:
            w *= 0.12
        if w:
            pairs.append((pid, w))
    return wch(pairs)


HOURS = {"canteen": [7, 11, 11, 12, 12, 12, 17, 17, 18, 18, 20, 21], "library": list(range(8, 23)),
         "dorm": list(range(7, 24)), "ebike_shed": list(range(6, 24)), "sports": [6, 7, 8, 9, 10, 15, 16, 17, 18, 19, 20, 21],
         "gym": [8, 9, 10, 11, 14, 15, 16, 17, 19, 20], "teaching": [8, 9, 10, 11, 13, 14, 15, 16, 19, 20],
         "gate": list(range(7, 23)), "lake": [6, 7, 12, 18, 19, 20, 21, 22], "express": list(range(9, 21)),
         "market": list(range(8, 23)), "hospital": [8, 9, 10, 14, 15, 16], "service": [9, 10, 11, 14, 15, 16],
         "street": [11, 12, 17, 18, 19, 20, 21, 22, 23], "metro": list(range(7, 23)), "bikes": list(range(7, 23)),
         "shop": list(range(9, 22)), "bus": list(range(7, 22)), "mall": list(range(10, 22)),
         "rail": list(range(8, 23)), "downtown": list(range(10, 23)), "train": list(range(7, 23))}

DAYS = []
_d = dt.date(2026, 8, 29)
while _d <= dt.date(2026, 10, 29):
    if _d <= dt.date(2026, 9, 4):
        _w = 2.0
    elif _d <= dt.date(2026, 9, 7):
        _w = 7.0
    elif _d <= dt.date(2026, 9, 21):
        _w = 3.2
    elif _d <= dt.date(2026, 9, 30):
        _w = 2.0
    elif _d <= dt.date(2026, 10, 7):
        _w = 1.3
    else:
        _w = 1.1
    DAYS.append((_d, _w))
    _d += dt.timedelta(days=1)


def rail_day(d):
    return d <= dt.date(2026, 9, 7) or dt.date(2026, 9, 24) <= d <= dt.date(2026, 9, 27) or \
        dt.date(2026, 9, 30) <= d <= dt.date(2026, 10, 8)


def pick_time(pid):
    k = PLACES[pid]["kind"]
    days = DAYS if k != "rail" else [(d, w) for d, w in DAYS if rail_day(d)]
    d = wch(days)
    h = ch(HOURS[k])
    return dt.datetime(d.year, d.month, d.day, h, R.randrange(60))


def event_label(d):
    """what a student might call the day"""
    if d in (dt.date(2026, 9, 5), dt.date(2026, 9, 6)):
        return "新生报到那天"
    if d == dt.date(2026, 9, 7):
        return "开学典礼那天"
    if dt.date(2026, 9, 8) <= d <= dt.date(2026, 9, 21):
        return "军训第%s天" % cn_int((d - dt.date(2026, 9, 8)).days + 1)
    if d == dt.date(2026, 9, 25):
        return "中秋节那天"
    if d == dt.date(2026, 10, 1):
        return "国庆节当天"
    return None


def date_txt(t, side):
    d = t.date()
    lab = event_label(d)
    r = R.random()
    base = ch(["%d月%d日" % (t.month, t.day), "%d月%d号" % (t.month, t.day)]) if side == "o" else \
        wch([("%d月%d日" % (t.month, t.day), 5), ("%d.%d " % (t.month, t.day), 1)])
    if lab and side == "o" and r < 0.35:
        return base + "（" + lab + "）"
    if lab and side == "o" and r < 0.45:
        return lab + "（" + base + "）"
    return base


def when_found(t):
    r = R.random()
    if r < 0.35:
        return "%s%02d:%02d" % (date_txt(t, "f"), t.hour, t.minute)
    if r < 0.7:
        return date_txt(t, "f") + tod(t.hour) + hr_txt(t.hour) + ch(["左右", "许", "多", ""])
    return date_txt(t, "f") + tod(t.hour)


def when_lost(frm, to):
    if frm.date() == to.date():
        a, b = tod(frm.hour), tod(to.hour)
        r = R.random()
        if r < 0.45 and frm.hour != to.hour:
            return "%s%s%s到%s%s之间" % (date_txt(frm, "o"), a, hr_txt(frm.hour), "" if a == b else b, hr_txt(to.hour))
        if r < 0.45:
            return "%s%s%s左右" % (date_txt(frm, "o"), a, hr_txt(frm.hour))
        if r < 0.75:
            return "%s%s%s多" % (date_txt(frm, "o"), a, hr_txt(frm.hour))
        if r < 0.9:
            return "%s%s" % (date_txt(frm, "o"), a if a == b else a + "到" + b)
        return "%s %02d:%02d-%02d:%02d" % (date_txt(frm, "o"), frm.hour, frm.minute, to.hour, to.minute)
    if (to.date() - frm.date()).days == 1 and p(0.6):
        return "%s%s到第二天%s" % (date_txt(frm, "o"), tod(frm.hour), tod(to.hour))
    return "%s到%s之间" % (date_txt(frm, "o"), date_txt(to, "o"))


# ----------------------------------------------------------------------------- people
SUR = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万覃武戴莫孔向汤"
GM = "浩宇轩博俊杰泽航辰逸昊天明磊鑫阳帆凯鹏铭煜恒霖骁烨峻翊骞柏文睿哲然嘉诚毅涛斌旭川舟朗"
GF = "涵欣怡雨晨思佳诺婷雪静悦瑶琪晗可馨语彤颖玥菲璐茜蕾宁安禾苒朵芮钰珂沐岚汐若初桐棠梦"
REGIONS = ["%s%02d%02d" % (pp, R.randint(1, 28), R.randint(1, 30)) for pp in
           ["42", "43", "41", "36", "50", "51", "61", "34", "44", "45", "13", "37", "52", "53", "62", "14"]]
HOMES = ["云渡县", "桐溪县", "凤栖县", "柳岸县", "清湾县", "石岭县", "檀溪县", "鹤鸣县", "青禾县", "南浦县", "梧冈县"]
PROVS = ["湖南省", "河南省", "江西省", "四川省", "陕西省", "安徽省", "贵州省", "山西省", "重庆市", "云南省"]


def gen_name(male, sur=None):
    def f():
        s = sur or ch(SUR)
        pool = GM if male else GF
        n = 1 if p(0.3) else 2
        return s + "".join(ch(pool) for _ in range(n))
    return uniq(f)


def gen_idno(year, male):
    def f():
        d = dt.date(year, 1, 1) + dt.timedelta(days=R.randrange(365))
        body = ch(REGIONS) + d.strftime("%Y%m%d") + digits(2) + ch("13579" if male else "02468")
        return body + id_check(body)
    return uniq(f)


def gen_sno(school, year, ci):
    if school == "xd":
        return uniq(lambda: "%d%02d%04d" % (year, ci + 1, R.randrange(10000)))
    if school == "lg":
        return uniq(lambda: "%d%02d%06d" % (year, R.randint(11, 46), R.randrange(1000000)))
    return uniq(lambda: "%02d%02d%06d" % (year % 100, R.randint(1, 40), R.randrange(1000000)))


def new_owner(role=None, school=None, male=None):
    if male is None:
        male = p(0.5)
    school = school or wch([("xd", 60), ("lg", 25), ("sf", 15)])
    role = role or wch([("freshman", 55), ("senior", 24), ("grad", 8), ("staff", 5), ("parent", 8)])
    ow = dict(male=male, school=school, role=role, name=gen_name(male))
    S = SCHOOLS[school]
    if role in ("freshman", "senior", "grad"):
        year = 2026 if role != "senior" else ch([2023, 2024, 2025])
        ci = R.randrange(len(S["colleges"]))
        ow.update(year=year, college=S["colleges"][ci], sno=gen_sno(school, year, ci),
                  birth=(2008 if role == "freshman" else 2008 - (2026 - year)) - (4 if role == "grad" else 0) - (1 if p(0.3) else 0))
        dn, unit = ch(DORMS[school])
        ow["dorm"] = "%s%d%s%d%02d" % (dn, R.randint(1, 8), unit, R.randint(1, 6), R.randint(1, 30))
        ow["dorm_short"] = ow["dorm"].replace("栋", "-").replace("号楼", "-")
    elif role == "staff":
        ow.update(birth=R.randint(1972, 1996), college=ch(S["colleges"]))
    else:
        ow.update(birth=R.randint(1970, 1983))
        ci = R.randrange(len(S["colleges"]))
        cm = p(0.5)
        ow["child"] = dict(name=gen_name(cm, sur=ow["name"][0] if ow["male"] else None), male=cm,
                           college=S["colleges"][ci])
    return ow


def role_txt(ow):
    r = ow["role"]
    if r == "freshman":
        return ch(["大一新生", "新生", "2026级新生", "大一的学生"])
    if r == "senior":
        return {2025: "大二学生", 2024: "大三学生", 2023: "大四学生"}[ow["year"]]
    if r == "grad":
        return ch(["研一学生", "研究生"])
    if r == "staff":
        return ch(["老师", "教职工", ow.get("college", "") + "老师"])
    return "新生家长"


def school_short(ow):
    return ch(SCHOOLS[ow["school"]]["short"])


# ----------------------------------------------------------------------------- truth objects
def mk(cat, kind, ko, kf, m, **kw):
    o = dict(cat=cat, catf=cat, kind=kind, ko=ko, kf=kf, m=m, color=None, colf=None, colnote=None,
             brand=None, bvis=0.0, model=None, mown=0.0, mvis=0.0, ids=[], marks=[], hidden=[], fonly=[],
             owner=None)
    o.update(kw)
    return o


def add_id(o, t, v, own, see, lo, lf):
    o["ids"].append(dict(t=t, v=v, own=own, see=see, lo=lo, lf=lf))


def add_mark(o, a, v, ot, ft, see=1.0):
    o["marks"].append(dict(a=a, v=v, o=ot, f=ft, see=see))


def add_hidden(o, a, t):
    o["hidden"].append(dict(a=a, o=t))


def id_of(o, t):
    for x in o["ids"]:
        if x["t"] == t:
            return x
    return None


def mark_of(o, a):
    for x in o["marks"]:
        if x["a"] == a:
            return x
    return None


def pick_brand(c, pool):
    if "brand" in c:
        return c["brand"]
    pool2 = [b for b in pool if b != c.get("not_brand")]
    return ch(pool2 or pool)


def pick_model(c, lst):
    lst2 = [m for m in lst if m != c.get("not_model")]
    return ch(lst2 or lst)


def pick_color(c, pool):
    return c.get("color") or ch(pool)


def money_approx(n):
    r = R.random()
    if n < 100:
        return ch(["几十块钱", "%d块左右" % n, "五六十块", "不到一百块"]) if n >= 40 else ch(["几十块钱", "二三十块零钱"])
    if r < 0.35:
        return "%d元" % n
    if r < 0.6:
        return "大概%s块" % cn_int(int(round(n, -2)) if n >= 150 else n)
    if r < 0.85:
        if n >= 1000:
            return "%s千多块" % ("两" if n // 1000 == 2 else cn_int(n // 1000))
        return "%s百多块" % ("两" if n // 100 == 2 else cn_int(n // 100))
    return "%d块左右" % (int(round(n, -1)))


BANKS = [("建设银行", "建行", "6217", "blue"), ("工商银行", "工行", "6222", "red"), ("农业银行", "农行", "6228", "green"),
         ("中国银行", "中行", "6216", "red"), ("邮储银行", "邮储", "6221", "green"), ("招商银行", "招行", "6225", "red"),
         ("西陵农商银行", "农商行", "6231", "gold")]


def card_tail():
    b = ch(BANKS)
    return b, uniq(lambda: b[2] + "|" + digits(4))


SLEEVES = [("clear_photo", "透明卡套，里面夹了张拍立得照片", "装在透明卡套内，卡套里夹有一张拍立得照片", None),
           ("pink_sil", "粉色硅胶卡套", "套着粉色硅胶卡套", "pink"),
           ("dino", "卡套上贴了个小恐龙贴纸", "卡套上贴有小恐龙贴纸", None),
           ("lanyard", "挂着蓝色挂绳", "挂有蓝色挂绳", None),
           ("bear", "卡套是小熊造型的", "小熊造型卡套", "brown"),
           ("yoyo", "挂在一个易拉扣伸缩卡套上", "带伸缩易拉扣卡套", None),
           ("leather", "黑色皮卡套", "黑色皮质卡套", "black"),
           ("none", "没套卡套", "无卡套", None)]


def b_id_doc(c):
    kind = c.get("kind") or wch([("campus", 40), ("idcard", 30), ("stuid", 9), ("bank", 7), ("driver", 6), ("admit", 8)])
    if kind == "campus":
        school = c.get("school") or {"blue": "xd", "red": "lg", "green": "sf"}.get(c.get("color")) or None
        ow = new_owner(role=wch([("freshman", 70), ("senior", 22), ("grad", 8)]), school=school)
        S = SCHOOLS[ow["school"]]
        col = {"xd": "blue", "lg": "red", "sf": "green"}[ow["school"]]
        o = mk("id_doc", kind, ["校园卡", "饭卡", "一卡通", "学生卡", "校园一卡通"],
               ["校园卡", "一卡通", "饭卡", S["short"][0] + "校园卡"], "张", color=col)
        add_id(o, "name", ow["name"], 0.92, 1.0, "姓名", "姓名")
        add_id(o, "student_no", ow["sno"], 0.75, 0.9, "学号", "学号")
        add_mark(o, "college", ow["college"], "卡上学院是" + ow["college"], "卡面学院为" + ow["college"], 0.6)
        s = ch(SLEEVES)
        add_mark(o, "sleeve", s[0], s[1], s[2])
        add_hidden(o, "balance", ch(["卡里还有%s多块钱" % cn_int(R.randint(1, 4) * 100), "刚充了%d块钱" % ch([50, 100, 200]),
                                     "已经在网上挂失了", "卡里有宿舍门禁权限，进不了门"]))
    elif kind == "idcard":
        ow = new_owner(role=wch([("freshman", 50), ("senior", 20), ("grad", 5), ("parent", 20), ("staff", 5)]),
                       school=c.get("school"))
        o = mk("id_doc", kind, ["身份证", "二代身份证", "居民身份证"], ["居民身份证", "身份证"], "张")
        idno = gen_idno(ow["birth"], ow["male"])
        ow["idno"] = idno
        add_id(o, "name", ow["name"], 0.97, 1.0, "姓名", "姓名")
        add_id(o, "id_no", idno, 0.6, 1.0, "身份证号", "证号")
        home = ch(PROVS) + ch(HOMES)
        add_mark(o, "home", home, "身份证上住址是" + home + "的", "住址为" + home + "某村", 0.5)
        s = ch(SLEEVES)
        add_mark(o, "sleeve", s[0], s[1], s[2], 0.8)
        add_hidden(o, "need", ch(["过几天要用身份证办银行卡", "已经挂失了，想找回原件", "国庆要坐高铁回家，急用",
                                  "新生入学要核验身份证" if ow["role"] == "freshman" else "下周出差要用"]))
    elif kind == "stuid":
        ow = new_owner(role=wch([("freshman", 60), ("senior", 40)]), school=c.get("school"))
        o = mk("id_doc", kind, ["学生证"], ["学生证"], "本", color="red")
        add_id(o, "name", ow["name"], 0.95, 1.0, "姓名", "姓名")
        add_id(o, "student_no", ow["sno"], 0.6, 0.95, "学号", "学号")
        add_mark(o, "college", ow["college"], "学院是" + ow["college"], "学院栏为" + ow["college"], 0.9)
        add_mark(o, "rail", "rail", "里面夹着火车票优惠卡", "内夹火车票学生优惠卡一张", 0.8)
    elif kind == "bank":
        ow = new_owner(school=c.get("school"))
        b, ct = card_tail()
        o = mk("id_doc", kind, ["银行卡", b[1] + "卡", b[0] + "的卡"], ["银行卡", b[0] + "借记卡"], "张", color=b[3])
        add_id(o, "card_tail", ct, 0.92, 1.0, "卡号", "卡号")
        add_mark(o, "bank", b[0], "是" + b[0] + "的卡", "发卡行为" + b[0])
        if p(0.5):
            add_mark(o, "cobrand", "xdcard", "是学校新生入学发的联名卡", "卡面印有校徽（校园联名卡）", 0.9)
        add_hidden(o, "money", ch(["卡里有下学期的生活费", "已经打电话冻结了", "里面有%s块钱" % cn_int(R.randint(2, 30) * 100)]))
    elif kind == "driver":
        ow = new_owner(role=wch([("parent", 80), ("staff", 20)]), school=c.get("school"))
        o = mk("id_doc", kind, ["驾驶证", "驾照"], ["机动车驾驶证", "驾驶证"], "本", color="black")
        idno = gen_idno(ow["birth"], ow["male"])
        add_id(o, "name", ow["name"], 0.97, 1.0, "姓名", "姓名")
        add_id(o, "id_no", idno, 0.45, 1.0, "证号", "证号")
        add_mark(o, "class", "C1", "准驾车型是C1", "准驾车型C1", 0.8)
        if p(0.5):
            add_mark(o, "xsz", "xsz", "驾驶证里还夹着行驶证", "内夹行驶证一本", 0.9)
    else:  # admission letter
        ow = new_owner(role="freshman", school=c.get("school"))
        S = SCHOOLS[ow["school"]]
        o = mk("id_doc", kind, ["录取通知书", "通知书", "入学通知书"], ["录取通知书", S["short"][0] + "录取通知书"], "份",
               color="red")
        exam = uniq(lambda: "26" + ch(["42", "43", "41", "36", "50", "51", "61"]) + digits(10))
        add_id(o, "name", ow["name"], 0.97, 1.0, "姓名", "姓名")
        add_id(o, "exam_no", exam, 0.5, 0.9, "考生号", "考生号")
        add_mark(o, "college", ow["college"], "录取的是" + ow["college"], "录取学院为" + ow["college"], 0.9)
        add_mark(o, "hukou", "hukou", "里面还有户口迁移证", "内有户口迁移证一份", 0.8)
    o["owner"] = ow
    return o


PHONE_MODELS = {
    "apple": ["iPhone 18", "iPhone 18 Pro", "iPhone 17e", "iPhone 18 Plus", "iPhone 17 Pro Max"],
    "huawei": ["Mate 80 Lite", "nova 16 SE", "Pura 90 Air", "畅享 80 Z", "nova 15 Ultra"],
    "xiaomi": ["Xiaomi 17 Lite", "Redmi K90 Turbo", "Redmi Note 16 Pro", "Xiaomi Civi 6"],
    "honor": ["X70 Max", "Magic 9 Lite", "荣耀 400 SE"],
    "oppo": ["Reno 16 Air", "A6 Max", "Find X10 mini"],
    "vivo": ["S30 Lite", "Y500 Pro", "iQOO Z11 Turbo", "X300 mini"],
}
PHONE_BRANDS = ["apple"] * 28 + ["huawei"] * 24 + ["xiaomi"] * 14 + ["honor"] * 10 + ["oppo"] * 11 + ["vivo"] * 13
PHONE_COLS = ["black"] * 5 + ["white"] * 3 + ["blue"] * 3 + ["purple"] * 2 + ["pink"] * 2 + ["green"] * 2 + ["silver"] * 2 + ["gold"]
LOCKS = [("cat", "锁屏是家里橘猫的照片", "锁屏壁纸为一只橘猫"), ("corgi", "锁屏是一只柯基", "锁屏是柯基犬照片"),
         ("sunset", "锁屏壁纸是海边日落", "锁屏图片是海边日落"), ("anime", "锁屏是个动漫人物", "锁屏为动漫人物图片"),
         ("couple", "锁屏是和对象的合照", "锁屏为一男一女合影"), ("family", "锁屏是全家福", "锁屏是一家三口合照"),
         ("grad", "锁屏是高中毕业照", "锁屏是一群穿校服学生的合影"), ("sakura", "锁屏是樱花", "锁屏是粉色樱花图"),
         ("dark", "锁屏就是纯黑的", "锁屏为纯黑色"), ("gate", "锁屏是西大校门的照片", "锁屏是一个学校大门的照片"),
         ("baby", "锁屏是侄子的照片", "锁屏是一个小婴儿照片"), ("stars", "锁屏是星空", "锁屏是星空图片"),
         ("snow", "锁屏是雪山", "锁屏为雪山风景")]
CRACKS = [("tr", "屏幕右上角碎了一块", "屏幕右上角有碎裂"), ("back", "后盖有一道裂纹", "后盖有裂纹"),
          ("film", "钢化膜碎成蜘蛛网了", "钢化膜破裂呈网状"), ("cam", "摄像头那圈有磕痕", "镜头边缘有磕碰痕迹"),
          ("bl", "屏幕左下角有个黑点", "屏幕左下角有黑斑")]
STRAPS = [("lanyard", "挂着一根{c}手机挂绳", "挂有{c}挂绳"), ("bearcharm", "挂着个小熊挂件", "挂有小熊挂件"),
          ("pearl", "挂着一串珍珠手机链", "挂有珍珠手机链"), ("bell", "挂了个小铃铛", "挂有小铃铛")]


def b_phone(c):
    ow = new_owner(school=c.get("school"))
    brand = pick_brand(c, PHONE_BRANDS)
    model = c.get("model") or pick_model(c, PHONE_MODELS[brand])
    col = pick_color(c, PHONE_COLS)
    o = mk("phone", "phone", ["手机"], ["手机"], "部", color=col, brand=brand, model=model,
           bvis=0.75, mown=0.6, mvis=0.2)
    # the case decides what colour a finder sees
    cs = c.get("case") or wch([("none", 10), ("clear", 25), ("sil", 22), ("slot", 10), ("leather", 6), ("stars", 6),
                                ("bear", 6), ("mag", 8), ("clearcard", 7)])
    if cs == "none":
        add_mark(o, "case", "none", ch(["没带壳", "裸机没套壳"]), "未带手机壳")
    elif cs == "clear":
        add_mark(o, "case", "clear", ch(["透明壳", "套了个透明手机壳"]), ch(["透明手机壳", "套透明保护壳"]))
    elif cs == "clearcard":
        add_mark(o, "case", "clearcard", "透明壳里夹了张演唱会门票", "透明壳内夹有一张门票")
    elif cs == "sil":
        cc = ch([x for x in ["black", "pink", "blue", "green", "purple", "white", "yellow"] if x != col])
        add_mark(o, "case", "sil:" + cc, "套着%s硅胶壳" % cv(cc), "套%s硅胶手机壳" % cv(cc))
        o["colf"] = cc
    elif cs == "slot":
        add_mark(o, "case", "slot:" + ow["name"], "手机壳后面卡槽里插着我的校园卡",
                 "手机壳背面卡槽内插有校园卡一张，姓名%s" % ow["name"])
    elif cs == "leather":
        add_mark(o, "case", "leather", "黑色皮质翻盖套", "黑色翻盖皮套")
        o["colf"] = "black"
    elif cs == "stars":
        add_mark(o, "case", "stars", "星空图案的壳", "星空图案手机壳")
        o["colf"] = "blue"
    elif cs == "bear":
        add_mark(o, "case", "bear", "壳上有个立体小熊", "手机壳带立体小熊装饰")
        o["colf"] = "brown"
    else:
        add_mark(o, "case", "mag", "背面吸着一个磁吸卡包", "背面吸附磁吸卡包")
    if o["colf"]:
        o["bvis"] = 0.45
    lk = ch(LOCKS)
    add_mark(o, "lock", lk[0], lk[1], lk[2], 0.55)
    if p(0.45):
        cr = ch(CRACKS)
        add_mark(o, "crack", cr[0], cr[1], cr[2], 0.9)
    if p(0.3):
        st = ch(STRAPS)
        sc = ch(["red", "black", "blue", "pink", "green"])
        add_mark(o, "strap", st[0] + sc, st[1].format(c=cv(sc)), st[2].format(c=cv(sc)), 0.95)
    imei = uniq(lambda: (lambda b: b + luhn_digit(b))("86" + digits(12)))
    add_id(o, "imei", imei, 0.5, 0.3, "IMEI", "IMEI")
    add_hidden(o, "num", "手机号尾号" + digits(4))
    add_hidden(o, "pin", ch(["锁屏密码是六位数字", "有指纹和面容解锁", "手机里有支付宝和微信，已经冻结了", "刚买三个月",
                             "是高考完爸妈给买的", "手机里有开学报到的二维码"]))
    o["fonly"] = [ch(["拾得时已关机", "拾得时电量约15%", "拾得时有多个未接来电，显示“妈妈”", "手机已没电", "有电，处于锁屏状态"])]
    o["owner"] = ow
    return o


WALLET_KINDS = {"long": (["钱包", "长钱包", "长款钱包"], ["长款钱包", "钱包"]),
                "short": (["钱包", "短钱包", "折叠钱包"], ["短款钱包", "对折钱包", "钱包"]),
                "card": (["卡包", "卡套", "卡夹"], ["卡包", "卡夹"]),
                "coin": (["零钱包", "小钱包"], ["零钱包", "小钱包"])}
PHOTOS = [("grandma", "夹着一张和奶奶的合照", "内夹老人与年轻人合影一张"), ("idphoto", "有几张一寸证件照", "内有一寸证件照数张"),
          ("dog", "夹着一张小狗的照片", "内夹小狗照片一张"), ("class", "夹着高中班级合照", "内夹集体合照一张")]
MEMBER = [("milktea", "后街“一点甜”奶茶店的集点卡", "“一点甜”奶茶集点卡"), ("gym", "后街健身房的会员卡", "健身房会员卡一张"),
          ("bus", "西陵公交卡", "西陵通公交卡一张"), ("barber", "理发店的储值卡", "理发店储值卡一张")]


def b_wallet(c):
    kind = c.get("kind") or wch([("long", 30), ("short", 35), ("card", 20), ("coin", 15)])
    ow = new_owner(school=c.get("school"))
    ko, kf = WALLET_KINDS[kind]
    col = pick_color(c, ["black", "black", "brown", "brown", "pink", "red", "blue", "gray", "white", "green", "purple"])
    brand = pick_brand(c, ["pijiang", "shimu", "beiye", None, None, None, None])
    o = mk("wallet", kind, ko, kf, "个", color=col, brand=brand, bvis=0.7, mown=0.0)
    mat = ch([("leather", "真皮的", "皮质"), ("pu", "皮的", "人造革材质"), ("canvas", "帆布的", "帆布材质"),
              ("nylon", "尼龙布的", "尼龙材质")])
    add_mark(o, "mat", mat[0], mat[1], mat[2], 0.7)
    if kind != "card":
        amt = ch([R.randint(3, 30) * 10 + R.randint(0, 9), R.randint(2, 12) * 50, R.randint(1, 9) * 100 + R.randint(0, 9)])
        add_mark(o, "cash", str(amt), "里面有现金%s" % money_approx(amt), "内有现金%d元" % amt, 0.95)
    has_name = False
    if ow["role"] in ("freshman", "senior", "grad") and p(0.7):
        S = SCHOOLS[ow["school"]]
        add_mark(o, "campus", "campus", "有校园卡", "内有%s校园卡一张" % S["short"][0], 0.95)
        add_id(o, "student_no", ow["sno"], 0.4, 0.8, "学号", "学号")
        has_name = True
    if p(0.45):
        ow["idno"] = gen_idno(ow["birth"], ow["male"])
        add_mark(o, "idcard", "idcard", "身份证也在里面", "内有居民身份证一张", 0.95)
        add_id(o, "id_no", ow["idno"], 0.35, 0.9, "身份证号", "身份证号")
        has_name = True
    if has_name:
        add_id(o, "name", ow["name"], 0.8, 1.0, "姓名", "姓名")
    if p(0.6):
        b, ct = card_tail()
        add_id(o, "card_tail", ct, 0.6, 0.8, b[1] + "卡", b[0] + "卡")
    if p(0.35):
        ph = ch(PHOTOS)
        add_mark(o, "photo", ph[0], ph[1], ph[2], 0.9)
    if p(0.35):
        mb = ch(MEMBER)
        add_mark(o, "member", mb[0], "还有" + mb[1], "另有" + mb[2], 0.85)
    if brand and p(0.5):
        add_mark(o, "logo", brand, "上面有%s的logo" % bv(brand, "wallet", "o"), "正面有%s标志" % bv(brand, "wallet", "f"), 0.8)
    if p(0.35):
        w = ch([("zip", "拉链头坏了一个", "拉链头缺失一个"), ("worn", "边角都磨白了", "边角磨损发白"),
                ("bell", "拉链上挂着个小铃铛", "拉链上挂小铃铛"), ("stitch", "背面有一道开线", "背面有开线")])
        add_mark(o, "wear", w[0], w[1], w[2], 0.8)
    add_hidden(o, "src", ch(["是妈妈送的开学礼物", "用了好几年了", "钱不多，主要是证件", "里面有一张写着密码提示的纸条"]))
    o["owner"] = ow
    return o


CHARMS = [("duck", "小黄鸭挂件", "yellow"), ("ball", "篮球钥匙扣", "orange"), ("panda", "熊猫玩偶挂件", "black"),
          ("rabbit", "毛绒兔子挂件", "white"), ("opener", "开瓶器钥匙扣", "silver"), ("cherry", "樱桃亚克力挂件", "red"),
          ("pingan", "平安扣挂件", "green"), ("whistle", "金属口哨", "silver"), ("dino", "绿色小恐龙挂件", "green"),
          ("star", "星星亚克力挂件", "purple"), ("lanyard", "一根蓝色短挂绳", "blue")]


def b_keys(c):
    kind = c.get("kind") or wch([("ring", 85), ("car", 15)])
    if kind == "car":
        ow = new_owner(role=wch([("parent", 80), ("staff", 20)]), school=c.get("school"))
        brand = pick_brand(c, ["byd", "byd", "vw", "geely"])
        col = pick_color(c, ["black", "black", "silver"])
        o = mk("keys", kind, ["车钥匙", "汽车钥匙"], ["汽车钥匙", "车钥匙"], "把", color=col, brand=brand, bvis=0.95)
        add_mark(o, "carlogo", brand, "是%s的遥控钥匙" % bv(brand, "keys", "o"), "%s汽车遥控钥匙" % bv(brand, "keys", "f"))
        ch_ = ch(CHARMS)
        add_mark(o, "charm", ch_[0], "钥匙上挂着" + ch_[1], "挂有" + ch_[1], 0.95)
        if p(0.6):
            add_mark(o, "house", "house", "还串着两把家门钥匙", "另串有两把门钥匙", 0.9)
        add_hidden(o, "plate", "车牌是外地牌照，车停在%s停车场" % ch(["南门", "体育馆", "砚山里"]))
        o["owner"] = ow
        return o
    ow = new_owner(school=c.get("school"))
    ch_ = ch([x for x in CHARMS if not c.get("color") or x[2] == c["color"]] or CHARMS)
    o = mk("keys", kind, ["钥匙串", "钥匙", "钥匙"], ["钥匙串", "钥匙"], "串", color=c.get("color") or ch_[2])
    add_mark(o, "charm", ch_[0], "钥匙扣是个" + ch_[1], "挂有" + ch_[1])
    n = R.randint(2, 6)
    add_mark(o, "count", str(n), "一共%s把钥匙" % ("两" if n == 2 else cn_int(n)), "共有钥匙%d把" % n, 0.9)
    if "dorm" in ow and p(0.6):
        add_mark(o, "tag", ow["dorm_short"], "有个钥匙牌写着%s" % ow["dorm_short"], "钥匙牌上写有“%s”" % ow["dorm_short"], 0.95)
    brand = None
    if p(0.45):
        brand = pick_brand(c, ["yadea", "aima", "tailg", "ninebot"])
        add_mark(o, "ebkey", brand, "有一把%s电动车钥匙" % bv(brand, "keys", "o"), "含%s电动车钥匙一把" % bv(brand, "keys", "f"), 0.9)
    elif "brand" in c:
        brand = c["brand"]
        add_mark(o, "ebkey", brand, "有一把%s电动车钥匙" % bv(brand, "keys", "o"), "含%s电动车钥匙一把" % bv(brand, "keys", "f"), 0.9)
    o["brand"], o["bvis"] = brand, 0.8
    if p(0.4):
        fc = ch(["blue", "red", "yellow", "green", "black"])
        add_mark(o, "fob", fc, "还有一个%s门禁扣" % cv(fc), "带%s门禁卡扣一个" % cv(fc), 0.9)
    if p(0.3):
        add_mark(o, "ulock", "ulock", "有把U型锁的钥匙", "其中一把为U型锁钥匙", 0.6)
    add_hidden(o, "use", ch(["宿舍钥匙丢了室友都不在进不去", "有一把是家里的钥匙", "柜子钥匙也在上面", "已经找宿管借了备用钥匙"]))
    o["owner"] = ow
    return o


EBIKE_MODELS = {"yadea": ["冠能 G7S", "欧睿 E10", "DE3 Lite"], "aima": ["A5 Lite 2026", "小蜜豆 M9", "风行 Z3"],
                "tailg": ["超能 T90", "战速 S7"], "sunra": ["XC3", "斑马 R2"], "ninebot": ["F95C", "Q80 mini", "MMAX 90L"],
                "luyuan": ["MODA 5", "液冷 S30"]}
EB_CODE = {"yadea": "YD", "aima": "AM", "tailg": "TL", "sunra": "XR", "ninebot": "NB", "luyuan": "LY"}


def b_ebike(c):
    ow = new_owner(role=wch([("senior", 50), ("grad", 20), ("staff", 15), ("freshman", 15)]), school=c.get("school"))
    brand = pick_brand(c, ["yadea"] * 30 + ["aima"] * 25 + ["tailg"] * 15 + ["sunra"] * 10 + ["ninebot"] * 12 + ["luyuan"] * 8)
    model = c.get("model") or pick_model(c, EBIKE_MODELS[brand])
    col = pick_color(c, ["white", "black", "gray", "blue", "red", "pink", "green", "silver", "yellow"])
    o = mk("ebike", "ebike", ["电动车", "电瓶车", "电驴", "小电驴"], ["电动自行车", "电动车", "电瓶车"], "辆",
           color=col, brand=brand, model=model, bvis=0.95, mown=0.6, mvis=0.5)
    plate = uniq(lambda: "陵A" + alnum(5, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))
    frame = uniq(lambda: EB_CODE[brand] + str(ch([24, 25, 26])) + alnum(1, "ABCDEFGHJK") + digits(7))
    add_id(o, "plate", plate, 0.85, 0.9, "车牌", "号牌")
    add_id(o, "frame", frame, 0.35, 0.85, "车架号", "车架号")
    pre = {"xd": "XD-E", "lg": "LG", "sf": "SF-"}[ow["school"]]
    permit = uniq(lambda: pre + digits(4))
    add_id(o, "permit", permit, 0.5, 0.7, "校园通行证", "校园通行证")
    hc = ch(["white", "black", "pink", "yellow", "blue"])
    marks = [("helmet", hc, "车筐里放着个%s头盔" % cv(hc), "车筐内有%s头盔一个" % cv(hc)),
             ("seat", "seat", "座垫套了个格子座套", "座垫有格子座套"),
             ("sticker", "sticker", "车身贴着“慢点骑”贴纸", "车身贴有“慢点骑”字样贴纸"),
             ("mirror", "mirror", "左边后视镜断了", "左侧后视镜缺失"),
             ("basket", "basket", "后面加装了一个后备箱", "车尾加装储物箱"),
             ("rain", "rain", "车把上挂着雨衣", "车把挂有雨衣"),
             ("lock", "lock", "车上有把碟刹锁", "前轮有碟刹锁")]
    for m in R.sample(marks, R.randint(1, 3)):
        add_mark(o, m[0], m[1], m[2], m[3], 0.9)
    add_hidden(o, "bat", ch(["电池是去年新换的48V锂电", "钥匙还在我身上", "买了才两个月，两千多块", "车是学长毕业转给我的"]))
    o["fonly"] = [ch(["电池已被拆走", "无钥匙", "车锁有撬痕", "前轮没气", "车身落满灰尘，停放多日", "车筐里有几张广告单"])]
    o["owner"] = ow
    return o


BIKE_MODELS = {"giant": ["ATX 860", "Escape R4", "FCR 3300"], "merida": ["勇士 520D", "挑战者 300", "公爵 600"],
               "phoenix": ["轻跑 R7", "复古 26寸", "学生款 A3"], "forever": ["飞鸽 Y3", "城市通勤 C2"],
               "xds": ["极光 X8", "逐日 R200"]}


def b_bicycle(c):
    ow = new_owner(role=wch([("freshman", 40), ("senior", 40), ("grad", 20)]), school=c.get("school"))
    brand = pick_brand(c, ["giant"] * 3 + ["merida"] * 2 + ["phoenix"] * 2 + ["forever"] * 2 + ["xds"] * 2 + [None] * 2)
    model = (c.get("model") or pick_model(c, BIKE_MODELS[brand])) if brand else None
    col = pick_color(c, ["black", "white", "blue", "red", "gray", "green", "yellow", "silver"])
    o = mk("bicycle", "bike", ["自行车", "单车", "山地车"] if p(0.5) else ["自行车", "单车"], ["自行车", "山地自行车"] if p(0.5) else ["自行车"],
           "辆", color=col, brand=brand, model=model, bvis=0.9, mown=0.4, mvis=0.35)
    frame = uniq(lambda: alnum(2, "ABCDEFGHJKMNPRSTWXY") + str(ch([22, 23, 24, 25])) + alnum(1, "ABCDEFHJKLMN") + digits(5))
    add_id(o, "frame", frame, 0.25, 0.8, "车架号", "车架钢印号")
    marks = [("basket", "basket", "前面有个车筐", "前有车筐"), ("rack", "rack", "后面有货架", "后有货架"),
             ("bell", "bell", "车铃是小黄鸭的", "车铃为小黄鸭造型"), ("sticker", "sticker", "横梁上贴了“西大骑行社”贴纸", "横梁贴有“西大骑行社”贴纸"),
             ("seat", "seat", "车座套了个豹纹座套", "车座有豹纹座套"), ("ulock", "ulock", "车上挂着一把U型锁", "车上挂U型锁一把"),
             ("light", "light", "车把上装了个手电筒车灯", "车把装有手电筒式车灯"), ("bottle", "bottle", "车架上有水壶架", "车架装水壶架")]
    for m in R.sample(marks, R.randint(1, 3)):
        add_mark(o, m[0], m[1], m[2], m[3], 0.9)
    add_hidden(o, "cost", ch(["二手买的，花了三百多", "花了一千二买的", "车锁密码是1234", "骑了两年了"]))
    o["fonly"] = [ch(["车锁已被剪断", "后轮瘪了", "车座被拆", "停放多日无人认领", "车筐被压变形"])]
    o["owner"] = ow
    return o


BOOKS = ["高等数学（第八版）上册", "大学英语综合教程1", "线性代数", "C语言程序设计", "思想道德与法治", "大学物理（上）",
         "有机化学", "中国近现代史纲要", "教育学原理", "微观经济学", "数据结构", "法理学", "普通心理学", "工程制图"]
BAG_KINDS = {"backpack": (["双肩包", "书包", "背包"], ["双肩背包", "书包", "双肩包"], "个"),
             "tote": (["帆布包", "托特包", "布袋"], ["帆布包", "帆布手提袋"], "个"),
             "cross": (["斜挎包", "小挎包"], ["斜挎包"], "个"),
             "laptop": (["电脑包"], ["电脑包", "笔记本电脑包"], "个"),
             "luggage": (["行李箱", "拉杆箱"], ["拉杆箱", "行李箱"], "个"),
             "waist": (["腰包", "胸包"], ["腰包", "胸包"], "个")}


def b_bag(c):
    kind = c.get("kind") or wch([("backpack", 35), ("tote", 20), ("cross", 15), ("laptop", 8), ("luggage", 10), ("waist", 6)])
    ow = new_owner(role=wch([("freshman", 60), ("senior", 25), ("grad", 10), ("parent", 5)]) if kind != "luggage" else "freshman",
                   school=c.get("school"))
    ko, kf, m = BAG_KINDS[kind]
    col = pick_color(c, ["black", "black", "gray", "blue", "white", "pink", "green", "brown", "purple", "yellow"])
    brand = pick_brand(c, ["xingchuan", "beiye", "tuan", "xiaomi", None, None])
    o = mk("bag", kind, ko, kf, m, color=col, brand=brand, bvis=0.7, mown=0.0)
    contents = []
    if kind == "luggage":
        add_mark(o, "tag", ow["name"], "行李牌上写着名字%s" % ow["name"], "行李牌写有姓名“%s”" % ow["name"])
        add_id(o, "name", ow["name"], 0.9, 0.95, "姓名", "行李牌姓名")
        contents = [("clothes", "里面都是衣服和被套", "内有衣物、被套等"),
                    ("admit", "还有录取通知书复印件", "内有录取通知书复印件"),
                    ("shoes", "有两双运动鞋", "内有运动鞋两双"),
                    ("snack", "有家里做的腊肉", "内有真空包装腊肉")]
        size = ch(["20寸", "24寸", "26寸"])
        add_mark(o, "size", size, "%s的" % size, "约%s" % size, 0.8)
    else:
        pool = [("laptop", "里面有笔记本电脑", "内有笔记本电脑一台"),
                ("charger", "有充电器和充电宝", "内有充电器、充电宝"),
                ("cup", "有个保温杯", "内有保温杯一个"),
                ("umbrella", "有把折叠伞", "内有折叠伞"),
                ("uniform", "有军训服", "内有迷彩军训服"),
                ("makeup", "有化妆包", "内有化妆包"),
                ("pencil", "有笔袋", "内有笔袋"),
                ("snack", "还有些零食", "内有零食若干"),
                ("glasses", "有个眼镜盒", "内有眼镜盒")]
        for x in R.sample(pool, R.randint(1, 3)):
            contents.append(x)
        if ow["role"] in ("freshman", "senior", "grad") and p(0.65):
            bk = ch(BOOKS)
            add_mark(o, "book", bk, "有《%s》，扉页写了名字" % bk, "内有《%s》，扉页写有姓名%s" % (bk, ow["name"]), 0.9)
            add_id(o, "name", ow["name"], 0.75, 0.9, "姓名", "书上姓名")
    for x in contents:
        add_mark(o, "c_" + x[0], x[0], x[1], x[2], 0.85)
    deco = [("charm", "bear", "包上挂着个小熊挂件", "包上挂小熊挂件"), ("badge", "badge", "包上别了好几个徽章", "包上别有徽章数枚"),
            ("embro", "embro", "包带上绣了名字缩写", "包带绣有字母缩写"), ("hole", "hole", "侧袋有个小破洞", "侧袋有破洞"),
            ("ribbon", "ribbon", "拉链上系了根红丝带", "拉链系红丝带"), ("patch", "patch", "包上缝了个补丁", "包上有补丁")]
    for d_ in R.sample(deco, R.randint(0, 2)):
        add_mark(o, d_[0], d_[1], d_[2], d_[3], 0.9)
    if brand and p(0.5):
        add_mark(o, "logo", brand, "上面有%s的标" % bv(brand, "bag", "o"), "印有%s字样" % bv(brand, "bag", "f"), 0.9)
    add_hidden(o, "worry", ch(["别的都无所谓，书上有笔记", "包是新买的", "里面东西对我很重要", "电脑里有毕业设计"]))
    o["owner"] = ow
    return o


def b_cash(c):
    kind = c.get("kind") or wch([("loose", 40), ("envelope", 35), ("redpacket", 25)])
    ow = new_owner(role=wch([("freshman", 45), ("parent", 25), ("senior", 20), ("staff", 10)]), school=c.get("school"))
    if kind == "loose":
        amt = R.randint(2, 25) * 50 + ch([0, 0, 20, 30])
        o = mk("cash", kind, ["现金", "钱", "一沓钱"], ["现金", "人民币现金"], "沓", color=None)
        fold = ch([("clip", "用个黑色长尾夹夹着", "用黑色长尾夹夹着"), ("rubber", "用皮筋捆着", "用皮筋捆扎"),
                   ("fold", "对折着的", "对折"), ("receipt", "和一张取款凭条折在一起", "夹有一张ATM取款凭条")])
        add_mark(o, "fold", fold[0], fold[1], fold[2], 0.9)
    elif kind == "envelope":
        amt = R.randint(10, 60) * 100
        ec = ch(["brown", "white", "yellow"])
        o = mk("cash", kind, ["装钱的信封", "信封（里面是现金）", "装着现金的信封"], ["信封（内装现金）", "装有现金的信封"], "个",
               color=ec)
        wr = ch(["生活费", "学费", "九月", "给%s" % ow.get("child", ow)["name"][-2:] if ow["role"] == "parent" else "生活费", "房租"])
        add_mark(o, "writing", wr, "信封上写着“%s”" % wr, "信封上写有“%s”字样" % wr, 0.95)
        add_mark(o, "env", ec, "%s信封" % cv(ec), "%s信封" % cv(ec), 0.9)
    else:
        amt = ch([200, 500, 600, 666, 800, 888, 1000, 1200, 1666, 2000])
        o = mk("cash", kind, ["红包", "一个红包"], ["红包", "红包（内有现金）"], "个", color="red")
        pr = ch(["金榜题名", "前程似锦", "学业有成", "恭喜发财", "福"])
        add_mark(o, "print", pr, "红包上印着“%s”" % pr, "红包印有“%s”" % pr, 0.95)
        if p(0.5):
            add_mark(o, "sign", "sign", "背面写着“外公外婆”", "背面手写“外公外婆”", 0.9)
    denom = ch(["都是一百的", "一百的和五十的都有", "大部分是一百的"])
    add_mark(o, "amount", str(amt), "一共%s，%s" % (money_approx(amt), denom), "经清点共计人民币%d元" % amt, 1.0)
    if kind == "loose" and p(0.5):
        b, ct = card_tail()
        add_id(o, "card_tail", ct, 0.5, 0.7, "取款卡", "凭条所示卡号")
    if kind == "redpacket":
        add_hidden(o, "why", ch(["是外公外婆给的升学红包", "亲戚给的升学宴红包", "准备给室友过生日的"]))
    else:
        add_hidden(o, "why", ch(["是刚从ATM取的生活费", "是准备交的班费", "爸妈给的开学生活费", "是替室友代收的钱"]))
    o["owner"] = ow
    return o


def b_jewelry(c):
    kind = c.get("kind") or wch([("bangle", 15), ("necklace", 20), ("jade", 15), ("earring", 12), ("ring", 13),
                                  ("bracelet", 13), ("watch", 12)])
    ow = new_owner(role=wch([("freshman", 45), ("senior", 25), ("parent", 20), ("staff", 10)]), school=c.get("school"))
    brand = None
    if kind == "bangle":
        o = mk("jewelry", kind, ["银手镯", "手镯", "银镯子"], ["银手镯", "银色手镯"], "只", color=c.get("color") or "silver")
        pat = ch([("cloud", "雕着祥云纹", "表面有祥云纹"), ("plain", "光面的", "光面"), ("bamboo", "竹节造型", "竹节造型"),
                  ("flower", "刻着小花", "有花朵纹样")])
        add_mark(o, "pattern", pat[0], pat[1], pat[2])
        brand = pick_brand(c, ["jinyuan", "ruiyu", None])
    elif kind == "necklace":
        o = mk("jewelry", kind, ["金项链", "项链"], ["项链", "金色项链"], "条", color=c.get("color") or ch(["gold", "gold", "silver"]))
        pd = ch([("lock", "小金锁", "锁形吊坠"), ("pingan", "平安扣吊坠", "圆形平安扣吊坠"), ("clover", "四叶草吊坠", "四叶草吊坠"),
                 ("rat", "小老鼠吊坠", "老鼠造型吊坠"), ("letterY", "字母Y吊坠", "字母“Y”吊坠"), ("heart", "爱心吊坠", "心形吊坠")])
        add_mark(o, "pendant", pd[0], "上面有个" + pd[1], "带" + pd[2])
        brand = pick_brand(c, ["jinyuan", "ruiyu", None, None])
    elif kind == "jade":
        o = mk("jewelry", kind, ["玉坠", "玉佩", "玉吊坠"], ["玉坠", "玉石吊坠"], "个", color=c.get("color") or "green")
        sh = ch([("guanyin", "观音", "观音像"), ("pingan", "平安扣", "圆形平安扣"), ("leaf", "叶子形状", "叶形"),
                 ("pixiu", "貔貅", "貔貅造型")])
        add_mark(o, "shape", sh[0], "是个" + sh[1], "为" + sh[2])
        rc = ch(["red", "black"])
        add_mark(o, "rope", rc, "用%s绳子穿着" % cv(rc), "系%s绳" % cv(rc))
        brand = pick_brand(c, ["ruiyu", None, None])
    elif kind == "earring":
        o = mk("jewelry", kind, ["耳环", "耳钉"], ["耳环", "耳钉"], "对", color=c.get("color") or ch(["silver", "gold"]))
        ds = ch([("pearl", "珍珠耳钉", "珍珠耳钉"), ("star", "小星星耳钉", "星形耳钉"), ("hoop", "圆圈耳环", "圆环形耳环"),
                 ("tassel", "长流苏耳环", "流苏耳环")])
        add_mark(o, "design", ds[0], "是一对" + ds[1], "款式为" + ds[2])
        add_mark(o, "box", "box", "装在一个小首饰盒里", "装于小首饰盒内", 0.8)
        brand = pick_brand(c, ["jinyuan", None, None])
    elif kind == "ring":
        o = mk("jewelry", kind, ["戒指", "银戒指"], ["戒指"], "枚", color=c.get("color") or ch(["silver", "gold"]))
        ds = ch([("plain", "素圈", "素圈"), ("dia", "镶了一颗小钻", "镶一颗小钻"), ("twist", "麻花纹的", "麻花纹")])
        add_mark(o, "design", ds[0], ds[1], ds[2])
        brand = pick_brand(c, ["jinyuan", "ruiyu", None])
    elif kind == "bracelet":
        rc = c.get("color") or ch(["red", "red", "silver", "black"])
        o = mk("jewelry", kind, ["手链", "手绳"], ["手链", "手绳"], "条", color=rc)
        ds = ch([("bead", "串着一颗金色转运珠", "串有一颗金色转运珠"), ("bell", "挂着小铃铛", "挂小铃铛"),
                 ("zodiac", "有个生肖小吊坠", "有生肖小吊坠")])
        add_mark(o, "design", ds[0], ds[1], ds[2])
        brand = None
    else:
        brand = pick_brand(c, ["beichen", "tianheng", "casio"])
        strap = c.get("color") or ch(["black", "brown", "silver"])
        o = mk("jewelry", kind, ["手表", "机械表"], ["手表", "腕表"], "块", color=strap, model=None)
        dial = ch([("white", "白色表盘", "表盘为白色"), ("blue", "蓝色表盘", "表盘为蓝色"), ("black", "黑色表盘", "表盘为黑色")])
        add_mark(o, "dial", dial[0], dial[1], dial[2])
        add_mark(o, "strap", strap, "%s表带" % cv(strap), "%s表带" % cv(strap))
        sn = uniq(lambda: alnum(2, "ABCDEFGHJK") + digits(6))
        add_id(o, "sn", sn, 0.3, 0.5, "表背编号", "表背编号")
    if kind in ("bangle", "ring", "necklace") and p(0.6):
        initials = ch("ABCDEFGHJKLMNPQRSTWXYZ") + ch("ABCDEFGHJKLMNPQRSTWXYZ")
        eg = ch([initials, "平安", "2026.06", initials + "♥"])
        add_mark(o, "engrave", eg, "内侧刻着“%s”" % eg, "内侧刻有“%s”" % eg, 0.85)
    if kind == "watch" and p(0.5):
        eg = ch(["毕业快乐", "2026", "金榜题名", "十八岁生日"])
        add_mark(o, "engrave", eg, "表背刻着“%s”" % eg, "表背刻有“%s”" % eg, 0.8)
    o["brand"], o["bvis"] = brand, 0.6
    add_hidden(o, "src", ch(["是外婆给的，意义很大", "大概%d克" % R.randint(3, 30), "高考完妈妈送的", "男朋友送的生日礼物",
                             "去年在店里买的，发票还在"]))
    o["owner"] = ow
    return o


LAPTOP_MODELS = {"lenovo": ["小新 Pro 16 2026", "ThinkBook 14+ G8", "拯救者 Y9000X 2026"],
                 "huawei": ["MateBook 14 2026", "MateBook D16 Air"], "apple": ["MacBook Air 13 M5", "MacBook Pro 14 M5"],
                 "dell": ["灵越 16 Plus 7660", "Vostro 5640"], "asus": ["无畏 Pro 15 2026", "天选 7"],
                 "xiaomi": ["Redmi Book 16 2026", "Xiaomi Book Pro 14"]}
EAR_MODELS = {"apple": ["AirPods 5", "AirPods Pro 3"], "huawei": ["FreeBuds 7i", "FreeBuds Pro 5"],
              "xiaomi": ["Redmi Buds 8", "Xiaomi Buds 6 Lite"], "honor": ["Earbuds X9"], "oppo": ["Enco Air 5"]}
TAB_MODELS = {"apple": ["iPad Air 8", "iPad mini 8"], "huawei": ["MatePad 12 Air", "MatePad SE 12"],
              "xiaomi": ["Xiaomi Pad 8", "Redmi Pad 3"], "lenovo": ["小新 Pad 2026"]}
WATCH_MODELS = {"huawei": ["WATCH GT 7 mini", "WATCH FIT 5"], "apple": ["Apple Watch S11"], "xiaomi": ["Redmi Watch 6"]}


def b_electronics(c):
    kind = c.get("kind") or wch([("laptop", 20), ("earbuds", 30), ("tablet", 12), ("ereader", 5), ("calc", 6),
                                  ("power", 10), ("watch", 9), ("camera", 4), ("headphones", 4)])
    ow = new_owner(role=wch([("freshman", 50), ("senior", 28), ("grad", 15), ("staff", 7)]), school=c.get("school"))
    if kind == "laptop":
        brand = pick_brand(c, ["lenovo"] * 4 + ["huawei"] * 3 + ["apple"] * 2 + ["dell", "asus", "xiaomi"])
        col = pick_color(c, ["silver", "gray", "gray", "black", "blue"])
        o = mk("electronics", kind, ["笔记本电脑", "电脑", "笔记本"], ["笔记本电脑", "手提电脑"], "台", color=col, brand=brand,
               model=c.get("model") or pick_model(c, LAPTOP_MODELS[brand]), bvis=0.95, mown=0.7, mvis=0.35)
        pre = {"lenovo": "PF", "huawei": "HVN", "apple": "C02", "dell": "DL", "asus": "R9N", "xiaomi": "XMB"}[brand]
        sn = uniq(lambda: pre + alnum(9 - len(pre) + 3))
        add_id(o, "sn", sn, 0.3, 0.6, "序列号", "S/N")
        st = ch([("stickers", "盖子上贴满了贴纸", "机身A面贴满贴纸"), ("xdsticker", "盖子上贴了个西大校徽贴纸", "A面贴有学校校徽贴纸"),
                 ("skin", "贴了一层磨砂保护膜", "机身贴有磨砂保护膜"), ("none", "外壳上什么都没贴", "外壳无贴纸")])
        add_mark(o, "lid", st[0], st[1], st[2])
        add_mark(o, "user", ow["name"], "开机用户名是%s" % ow["name"], "开机界面显示用户名“%s”" % ow["name"], 0.35)
        if p(0.5):
            add_mark(o, "keyfilm", "keyfilm", "键盘上贴了键盘膜", "键盘覆有键盘膜", 0.8)
        add_hidden(o, "pw", ch(["开机密码是学号后六位", "里面有实验数据", "刚开学买的", "电脑里有毕业论文"]))
    elif kind == "earbuds":
        brand = pick_brand(c, ["apple"] * 5 + ["huawei"] * 3 + ["xiaomi"] * 2 + ["honor", "oppo"])
        col = pick_color(c, ["white", "white", "white", "black", "blue"])
        o = mk("electronics", kind, ["蓝牙耳机", "耳机", "无线耳机"], ["蓝牙耳机", "无线耳机", "耳机（充电盒）"], "副",
               color=col, brand=brand, model=c.get("model") or pick_model(c, EAR_MODELS[brand]), bvis=0.7, mown=0.7, mvis=0.4)
        if brand == "apple":
            o["ko"] = ["AirPods", "苹果耳机", "蓝牙耳机", "airpods"]
            o["kf"] = ["蓝牙耳机", "苹果蓝牙耳机", "耳机"]
        sn = uniq(lambda: ("H" if brand == "apple" else "TW") + alnum(10))
        add_id(o, "sn", sn, 0.45, 0.4, "序列号", "充电盒内序列号")
        cov = ch([("duck", "套着小黄鸭硅胶套", "充电盒套有黄色鸭子硅胶套", "yellow"),
                  ("bear", "套了个小熊耳机套", "充电盒有小熊保护套", "brown"),
                  ("clear", "套了透明保护壳", "充电盒有透明保护壳", None),
                  ("black", "套着黑色皮套", "充电盒套黑色皮套", "black"),
                  ("none", "没有套壳", "充电盒无保护套", None),
                  ("pink", "套着粉色硅胶套，挂了个链子", "充电盒套粉色硅胶套，带挂链", "pink")])
        add_mark(o, "cover", cov[0], cov[1], cov[2])
        o["colf"] = cov[3]
        if p(0.35):
            init = ch("ABCDEFGHJKLMNPQRSTWXYZ") + ch("ABCDEFGHJKLMNPQRSTWXYZ") + ch("ABCDEFGHJKLMNPQRSTWXYZ")
            add_mark(o, "engrave", init, "充电盒上刻了字母%s" % init, "充电盒刻有字母“%s”" % init, 0.9)
        if p(0.3):
            sd = ch([("leftonly", "盒子里只有左耳", "盒内仅有左耳耳机"), ("rightonly", "只剩右耳在盒子里", "盒内仅有右耳耳机")])
            add_mark(o, "pieces", sd[0], sd[1], sd[2], 1.0)
        add_hidden(o, "find", ch(["“查找”功能显示最后位置在学校里", "是生日礼物", "刚买一个月", "连着我的手机，名字叫“%s的耳机”" % ow["name"][-2:]]))
    elif kind == "tablet":
        brand = pick_brand(c, ["apple"] * 4 + ["huawei"] * 3 + ["xiaomi"] * 2 + ["lenovo"])
        col = pick_color(c, ["gray", "silver", "blue", "purple", "pink", "white"])
        o = mk("electronics", kind, ["平板", "平板电脑", "iPad" if brand == "apple" else "平板"], ["平板电脑", "平板"], "台",
               color=col, brand=brand, model=c.get("model") or pick_model(c, TAB_MODELS[brand]), bvis=0.8, mown=0.6, mvis=0.3)
        sn = uniq(lambda: ("DMP" if brand == "apple" else "TB") + alnum(9))
        add_id(o, "sn", sn, 0.25, 0.3, "序列号", "序列号")
        cs = ch([("blue", "蓝色的"), ("clear", "透明的"), ("pink", "粉色的"), ("black", "黑色的"), ("green", "绿色的")])
        add_mark(o, "case", cs[0], "保护套是%s，带笔槽" % cs[1], "有%s保护套（带笔槽）" % cs[1])
        if cs[0] not in ("clear",):
            o["colf"] = cs[0]
        if p(0.5):
            add_mark(o, "pen", "pen", "手写笔也在套子里", "附手写笔一支", 0.9)
        lk = ch(LOCKS)
        add_mark(o, "lock", lk[0], lk[1], lk[2], 0.5)
        add_hidden(o, "notes", ch(["里面有整个学期的笔记", "是考研用的", "密码是六位数", "开学刚买的"]))
    elif kind == "ereader":
        brand = pick_brand(c, ["moye"])
        col = pick_color(c, ["black", "white", "gray"])
        o = mk("electronics", kind, ["电纸书", "阅读器", "墨水屏阅读器"], ["电子阅读器", "电纸书"], "台", color=col, brand=brand,
               model=c.get("model") or pick_model(c, ["Inkleaf X6", "Inkleaf S3"]), bvis=0.9, mown=0.6, mvis=0.5)
        cs = ch([("flower", "碎花保护套", "碎花图案保护套"), ("brown", "棕色皮套", "棕色皮套"), ("cat", "猫咪图案的套", "猫咪图案保护套")])
        add_mark(o, "case", cs[0], cs[1], cs[2])
        add_mark(o, "screen", "book", "屏幕上停在《%s》" % ch(["活着", "百年孤独", "三体", "平凡的世界"]), "屏幕显示一本小说页面", 0.6)
        add_hidden(o, "books", "里面下了好多书")
    elif kind == "calc":
        brand = pick_brand(c, ["casio"])
        col = pick_color(c, ["black", "blue", "white", "pink"])
        o = mk("electronics", kind, ["计算器", "函数计算器"], ["计算器", "科学计算器"], "个", color=col, brand=brand,
               model=c.get("model") or pick_model(c, ["fx-995CN X", "fx-92 Plus"]), bvis=0.95, mown=0.7, mvis=0.8)
        add_mark(o, "namebk", ow["name"], "背面用记号笔写了我的名字%s" % ow["name"], "背面记号笔写有“%s”" % ow["name"], 0.95)
        add_id(o, "name", ow["name"], 0.8, 0.95, "姓名", "写有姓名")
        add_hidden(o, "exam", "马上期中考试要用")
    elif kind == "power":
        brand = pick_brand(c, ["xiaomi", "xiaomi", "woneng", "woneng"])
        col = pick_color(c, ["white", "black", "blue", "pink"])
        cap = ch(["10000mAh", "20000mAh", "5000mAh"])
        o = mk("electronics", kind, ["充电宝", "移动电源"], ["充电宝", "移动电源"], "个", color=col, brand=brand,
               model=cap, bvis=0.9, mown=0.7, mvis=0.8)
        add_mark(o, "cable", ch(["c", "l"]), "自带一根线", "自带数据线", 0.9)
        if p(0.5):
            st = ch([("sticker", "贴了张蜡笔小新贴纸", "贴有卡通贴纸"), ("scratch", "一面划得很花", "表面划痕较多"),
                     ("name", "背面贴了写名字的标签", "背面贴有姓名标签“%s”" % ow["name"])])
            add_mark(o, "sticker", st[0], st[1], st[2])
        add_hidden(o, "x", "用了快一年")
    elif kind == "watch":
        brand = pick_brand(c, ["huawei", "huawei", "apple", "xiaomi"])
        col = pick_color(c, ["black", "white", "pink", "green", "blue"])
        o = mk("electronics", kind, ["智能手表", "手表", "运动手表"], ["智能手表", "电子手表"], "块", color=col, brand=brand,
               model=c.get("model") or pick_model(c, WATCH_MODELS[brand]), bvis=0.6, mown=0.7, mvis=0.3)
        add_mark(o, "band", col, "%s表带" % cv(col), "%s表带" % cv(col))
        dial = ch([("photo", "表盘是自己的照片", "表盘显示人物照片"), ("digits", "表盘是大数字的", "表盘为大号数字"),
                   ("pointer", "表盘是指针样式", "表盘为指针样式")])
        add_mark(o, "dial", dial[0], dial[1], dial[2], 0.6)
        sn = uniq(lambda: "W" + alnum(10))
        add_id(o, "sn", sn, 0.3, 0.3, "序列号", "表背序列号")
        add_hidden(o, "x", "绑定了我的手机，显示不在附近")
    elif kind == "camera":
        brand = pick_brand(c, ["canon", "fuji", "sony"])
        col = pick_color(c, ["black", "silver"])
        o = mk("electronics", kind, ["相机", "卡片机", "微单"], ["相机", "数码相机"], "台", color=col, brand=brand,
               model=c.get("model") or pick_model(c, {"canon": ["G7 X Mark V", "R50 V2"], "fuji": ["X-S30", "X-M7"], "sony": ["ZV-1 M3", "A6800"]}[brand]),
               bvis=0.95, mown=0.8, mvis=0.6)
        sn = uniq(lambda: digits(9))
        add_id(o, "sn", sn, 0.35, 0.7, "机身号", "机身编号")
        add_mark(o, "strap", "strap", ch(["挂着彩色编织背带", "有条红色背带"]), "有背带", 0.8)
        add_mark(o, "photos", "junxun", "存储卡里都是军训的照片", "存储卡内有大量军训照片", 0.6)
        add_hidden(o, "x", "是学生会宣传部的相机")
    else:
        brand = pick_brand(c, ["sony", "edifier", "huawei"])
        col = pick_color(c, ["black", "white", "silver", "blue"])
        o = mk("electronics", kind, ["头戴式耳机", "耳机", "耳麦"], ["头戴式耳机", "耳机"], "副", color=col, brand=brand,
               model=c.get("model") or pick_model(c, {"sony": ["WH-1000XM7"], "edifier": ["W860NB Pro 2"], "huawei": ["FreeBuds Studio 3"]}[brand]),
               bvis=0.9, mown=0.7, mvis=0.4)
        add_mark(o, "pad", "pad", ch(["耳罩有点脱皮", "头梁上贴了个贴纸"]), ch(["耳罩表皮有脱落", "头梁贴有贴纸"]))
        add_hidden(o, "x", "是奖学金买的")
    o["owner"] = ow
    return o


def b_other(c):
    kind = c.get("kind") or wch([("books", 22), ("umbrella", 14), ("bottle", 16), ("glasses", 12), ("uniform", 10),
                                  ("ball", 7), ("guitar", 4), ("usb", 8), ("jacket", 7)])
    ow = new_owner(role=wch([("freshman", 60), ("senior", 25), ("grad", 10), ("staff", 5)]), school=c.get("school"))
    if kind == "books":
        bks = R.sample(BOOKS, R.randint(1, 3))
        col = pick_color(c, ["blue", "white", "red", "green", "yellow"])
        o = mk("other", kind, ["课本", "教材", "书"], ["书籍", "教材", "课本"], "本" if len(bks) == 1 else "摞", color=col)
        add_mark(o, "titles", "|".join(bks), "《%s》" % "》《".join(bks), "《%s》" % "》《".join(bks))
        add_id(o, "name", ow["name"], 0.85, 0.9, "姓名", "扉页姓名")
        if ow.get("sno"):
            add_id(o, "student_no", ow["sno"], 0.4, 0.6, "学号", "扉页学号")
        add_mark(o, "notes", "notes", "书里记了很多笔记", "书内有大量笔记", 0.8)
        add_hidden(o, "x", ch(["下周就要考试了", "是学长送的旧书", "刚在书店买的"]))
    elif kind == "umbrella":
        col = pick_color(c, ["black", "blue", "pink", "green", "yellow", "purple", "white"])
        brand = pick_brand(c, ["qingyu", None, None])
        o = mk("other", kind, ["雨伞", "伞", "折叠伞"], ["雨伞", "折叠伞"], "把", color=col, brand=brand, bvis=0.6)
        pt = ch([("plain", "纯色的", "纯色"), ("dots", "有白色波点", "带白色波点"), ("cats", "印着小猫", "印有小猫图案"),
                 ("check", "格子的", "格子图案")])
        add_mark(o, "pattern", pt[0], pt[1], pt[2])
        hd = ch([("wood", "木头弯柄", "木质弯柄"), ("tape", "伞柄上缠了黄色胶带", "伞柄缠黄色胶带"), ("short", "短柄的", "短柄")])
        add_mark(o, "handle", hd[0], hd[1], hd[2])
    elif kind == "bottle":
        col = pick_color(c, ["white", "black", "blue", "pink", "green", "gray", "purple"])
        brand = pick_brand(c, ["nuanhe", "nuanhe", "xiaomi", None])
        o = mk("other", kind, ["保温杯", "水杯", "杯子"], ["保温杯", "水杯"], "个", color=col, brand=brand, bvis=0.8)
        cap = ch(["500ml", "750ml", "1L"])
        add_mark(o, "cap", cap, "%s的" % cap, "容量约%s" % cap, 0.7)
        st = ch([("stickers", "杯身贴了好多贴纸", "杯身贴有多张贴纸"), ("name", "杯子上刻了名字缩写", "杯身刻有字母缩写"),
                 ("dent", "杯底摔瘪了一块", "杯底有凹痕"), ("strap", "有根背带", "带背带")])
        add_mark(o, "feature", st[0], st[1], st[2])
    elif kind == "glasses":
        col = pick_color(c, ["black", "silver", "gold", "brown", "pink"])
        brand = pick_brand(c, ["mingshi", None, None])
        o = mk("other", kind, ["眼镜", "近视眼镜"], ["眼镜", "近视眼镜"], "副", color=col, brand=brand, bvis=0.4)
        sh = ch([("round", "圆框", "圆形镜框"), ("square", "方框", "方形镜框"), ("half", "半框", "半框")])
        add_mark(o, "shape", sh[0], sh[1], sh[2])
        cs = ch([("blue", "装在蓝色眼镜盒里", "有蓝色眼镜盒"), ("none", "没有盒子", "无眼镜盒"), ("cloth", "装在一个布袋里", "装在眼镜布袋里")])
        add_mark(o, "box", cs[0], cs[1], cs[2])
        add_hidden(o, "deg", "近视%d度左右" % ch([300, 400, 450, 500, 600, 700]))
    elif kind == "uniform":
        o = mk("other", kind, ["军训服", "迷彩服"], ["迷彩服", "军训服"], "套", color="green")
        co = "%d连" % R.randint(1, 24)
        add_mark(o, "label", co, "衣领里写着%s和我名字" % co, "衣领内写有“%s %s”" % (co, ow["name"]))
        add_id(o, "name", ow["name"], 0.9, 0.9, "姓名", "衣领姓名")
        add_mark(o, "hat", "hat", "连帽子和腰带一起", "含帽子、腰带", 0.8)
        add_hidden(o, "x", "明天还要军训，急")
    elif kind == "ball":
        brand = pick_brand(c, ["ruiyue", "ruiyue", None])
        o = mk("other", kind, ["篮球"], ["篮球"], "个", color=pick_color(c, ["orange", "orange", "black", "blue"]), brand=brand, bvis=0.9)
        add_mark(o, "namebk", ow["name"], "球上用马克笔写了%s" % ow["name"], "球面写有“%s”" % ow["name"], 0.9)
        add_id(o, "name", ow["name"], 0.8, 0.9, "姓名", "球上姓名")
    elif kind == "guitar":
        brand = pick_brand(c, ["xiange"])
        o = mk("other", kind, ["吉他", "民谣吉他"], ["吉他（带琴包）", "民谣吉他"], "把", color=pick_color(c, ["brown", "black", "white"]),
               brand=brand, bvis=0.9)
        add_mark(o, "bag", "bag", "装在黑色琴包里", "黑色琴包", 0.95)
        add_mark(o, "sticker", "moon", "琴身贴了个月亮贴纸", "琴身贴月亮贴纸", 0.9)
    elif kind == "usb":
        o = mk("other", kind, ["U盘", "优盘"], ["U盘"], "个", color=pick_color(c, ["silver", "black", "red", "blue"]),
               brand=pick_brand(c, ["xiaomi", None]), bvis=0.8, model=ch(["64G", "128G", "32G"]), mown=0.8, mvis=0.8)
        add_mark(o, "ring", "ring", "挂在一个小钥匙圈上", "挂在小钥匙圈上", 0.9)
        add_hidden(o, "files", "里面有我的毕业论文和简历")
    else:
        col = pick_color(c, ["black", "gray", "blue", "white", "green"])
        o = mk("other", kind, ["外套", "衣服", "卫衣"], ["外套", "上衣"], "件", color=col, brand=pick_brand(c, ["beiye", "tuan", None]), bvis=0.7)
        sz = ch(["L", "XL", "M"])
        add_mark(o, "size", sz, "%s码" % sz, "尺码%s" % sz, 0.8)
        pk = ch([("ticket", "口袋里有张地铁单程票", "口袋内有地铁单程票一张"), ("tissue", "口袋里有包纸巾", "口袋内有纸巾"),
                 ("earphone", "口袋里还有有线耳机", "口袋内有有线耳机")])
        add_mark(o, "pocket", pk[0], pk[1], pk[2], 0.7)
    o["owner"] = ow
    return o


BUILDERS = {"id_doc": b_id_doc, "phone": b_phone, "wallet": b_wallet, "keys": b_keys, "ebike": b_ebike,
            "bicycle": b_bicycle, "bag": b_bag, "cash": b_cash, "jewelry": b_jewelry, "electronics": b_electronics,
            "other": b_other}


def build(cat, c=None):
    return BUILDERS[cat](dict(c or {}))


def build_cross(co, cf):
    """an object that its owner and its finder file under different categories"""
    if (co, cf) == ("wallet", "id_doc"):
        o = b_wallet({"kind": "card"})
        o["marks"] = [m for m in o["marks"] if m["a"] not in ("campus",)]
        ow = o["owner"]
        if not id_of(o, "name"):
            ow.update(role="freshman")
            if "sno" not in ow:
                ow["sno"] = gen_sno(ow["school"], 2026, 0)
                ow["college"] = SCHOOLS[ow["school"]]["colleges"][0]
            add_id(o, "name", ow["name"], 0.9, 1.0, "姓名", "姓名")
            if not id_of(o, "student_no"):
                add_id(o, "student_no", ow["sno"], 0.6, 0.9, "学号", "学号")
        add_mark(o, "campus", "campus", "卡套里有校园卡", "校园卡装在卡套内", 1.0)
        o["kf"] = ["校园卡", "校园卡（带卡套）"]
    elif (co, cf) == ("electronics", "bag"):
        o = b_electronics({"kind": "laptop"})
        bc = ch(["black", "gray", "blue"])
        add_mark(o, "sleeve", bc, "装在%s电脑内胆包里" % cv(bc), "内装笔记本电脑一台", 1.0)
        o["colf"] = bc
        o["kf"] = ["电脑包", "电脑内胆包"]
        o["m"] = "个"
    elif (co, cf) == ("electronics", "jewelry"):
        o = b_electronics({"kind": "watch"})
        o["kf"] = ["手表", "腕表"]
    else:  # keys filed by the finder as a campus card
        o = b_keys({"kind": "ring"})
        ow = o["owner"]
        if "sno" not in ow:
            ow.update(role="freshman", school="xd", college="文学院")
            ow["sno"] = gen_sno("xd", 2026, 0)
        add_mark(o, "card", "card", "钥匙串上还挂着校园卡", "校园卡挂在一串钥匙上", 1.0)
        add_id(o, "name", ow["name"], 0.8, 1.0, "姓名", "校园卡姓名")
        add_id(o, "student_no", ow["sno"], 0.4, 0.9, "学号", "学号")
        o["kf"] = ["校园卡（挂有钥匙）", "校园卡及钥匙"]
        o["m"] = "张"
    o["cat"], o["catf"] = co, cf
    return o


# ----------------------------------------------------------------------------- identifiers in words
SERIAL_T = ["imei", "student_no", "id_no", "card_tail", "frame", "sn", "plate", "exam_no", "permit"]


def fmt_id(t, v, side):
    r = R.random()
    if t == "imei":
        if side == "o":
            if r < 0.4:
                return v
            if r < 0.6:
                return " ".join([v[0:4], v[4:8], v[8:12], v[12:]])
            if r < 0.75:
                return "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14])
            if r < 0.88:
                return "IMEI:" + v
            return "后六位" + v[-6:]
        if r < 0.6:
            return v
        if r < 0.8:
            return "IMEI " + v
        return " ".join([v[0:5], v[5:10], v[10:]])
    if t == "student_no":
        if side == "o":
            if r < 0.7:
                return v
            if r < 0.85:
                return "尾号" + v[-4:]
            if r < 0.93:
                return v[:4] + " " + v[4:]
            return "学号" + v
        return v if r < 0.85 else "学号:" + v
    if t == "id_no":
        if side == "o":
            if r < 0.55:
                return v
            if r < 0.7:
                return v.lower()
            if r < 0.85:
                return v[:6] + "********" + v[-4:]
            return "后四位" + v[-4:]
        if r < 0.3:
            return v
        if r < 0.6:
            return v[:6] + "********" + v[-4:]
        if r < 0.85:
            return v[:4] + "**********" + v[-4:]
        return v[:3] + "***********" + v[-4:]
    if t == "card_tail":
        pre, tail = v.split("|")
        if side == "o":
            return ch(["尾号" + tail, tail, "卡号后四位" + tail, "尾号是" + tail])
        return ch([pre + "****" + tail, pre + " **** **** " + tail, "尾号" + tail, "**** " + tail])
    if t in ("frame", "sn"):
        if side == "o":
            if r < 0.6:
                return v
            if r < 0.75:
                return v.lower()
            return ("后六位" if t == "frame" else "后五位") + v[-6 if t == "frame" else -5:]
        if r < 0.6:
            return v
        if r < 0.8:
            return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return ("S/N:" if t == "sn" else "") + v
    if t == "plate":
        return ch([v[:2] + "·" + v[2:], v, v[:2] + " " + v[2:]])
    if t == "exam_no":
        return v if side == "f" or r < 0.7 else "后六位" + v[-6:]
    if t == "permit":
        return ch([v, "No." + v, v.replace("-", "")])
    return v


def id_words(x, side, fmt):
    lab = x["lo"] if side == "o" else x["lf"]
    t = x["t"]
    if t == "name":
        if side == "o":
            return ch(["名字是%s" % fmt, "姓名%s" % fmt, "失主姓名%s" % fmt])
        return ch(["姓名%s" % fmt, "上面写着%s" % fmt, "%s：%s" % (lab, fmt)])
    if t == "card_tail":
        if side == "o":
            return lab + (fmt if not fmt[0].isdigit() else "尾号" + fmt)
        return lab + ("，卡号" + fmt if fmt[0] in "0123456789*" else fmt)
    if fmt.startswith(("IMEI", "学号", "S/N")):
        return fmt
    if fmt.startswith(("尾号", "后", "No.")):
        return lab + fmt
    sep = "：" if side == "f" and p(0.5) else ("是" if side == "o" and p(0.3) else "")
    if not sep and lab[-1].isascii() and fmt[0].isascii():
        sep = " "
    return lab + sep + fmt


# ----------------------------------------------------------------------------- voices
ACTS = {"canteen": ["吃饭", "打饭", "吃午饭", "和室友吃晚饭", "吃早饭"], "library": ["自习", "上自习", "借书", "占座看书"],
        "dorm": ["搬行李", "收拾东西", "拿快递回宿舍", "在楼下等人"], "ebike_shed": ["停车充电", "停车"],
        "sports": ["军训", "跑步", "打球", "看球赛", "军训休息"], "gym": ["报到", "排队体检", "办入学手续", "打羽毛球"],
        "teaching": ["上课", "开班会", "上晚自习"], "gate": ["等家里人", "报到进校", "等网约车"], "lake": ["散步", "坐着聊天"],
        "express": ["取快递", "寄快递"], "market": ["买日用品", "买水"], "hospital": ["体检", "看病"],
        "service": ["办校园卡", "办手续"], "street": ["吃夜宵", "逛街", "买奶茶", "吃烧烤"], "metro": ["坐地铁", "进站", "出站"],
        "bikes": ["还共享单车", "骑共享单车"], "shop": ["打印资料"], "bus": ["等公交"], "mall": ["逛商场", "看电影", "吃饭"],
        "rail": ["下高铁", "出站", "等接站车"], "downtown": ["逛街"], "train": ["坐车回学校", "去市区", "乘车"]}
REALIZE = ["回宿舍才发现", "走出去没多远就发现", "掏兜的时候发现", "晚上才想起来", "第二天早上才发现", "到了地方一摸发现"]
CLOSE_O = ["麻烦帮忙留意，谢谢！", "有消息请联系我，谢谢警察同志。", "东西对我很重要，拜托了。", "如有人捡到请联系，必有感谢。",
           "", "", "已经在学校群里发了寻物启事。", "谢谢！"]
FROLES = {"canteen": ["食堂保洁阿姨", "食堂打饭窗口的师傅", "食堂管理员", "一名学生", "餐厅保安"],
          "library": ["图书馆管理员", "图书馆保洁员", "一名自习的同学", "图书馆值班老师"],
          "dorm": ["宿管阿姨", "楼栋宿管", "同楼的同学", "宿舍楼保洁"], "ebike_shed": ["宿管阿姨", "校园保安", "后勤巡查人员"],
          "sports": ["军训教官", "体育老师", "场馆管理员", "晨跑的同学", "校园保安"],
          "gym": ["迎新志愿者", "场馆管理员", "报到处工作人员", "体检护士"],
          "teaching": ["教学楼保洁阿姨", "上课的同学", "教学楼值班员"], "gate": ["门卫保安", "迎新志愿者"],
          "lake": ["校园保安", "散步的老师", "保洁阿姨"], "express": ["驿站工作人员", "快递员"],
          "market": ["超市收银员", "超市理货员"], "hospital": ["校医院护士", "导诊台工作人员"], "service": ["服务大厅工作人员"],
          "street": ["奶茶店店员", "烧烤摊老板", "外卖骑手", "路过的市民", "环卫工人"],
          "metro": ["地铁站务员", "地铁安检员", "一名乘客", "地铁保洁员"], "bikes": ["共享单车运维人员", "路过的同学", "环卫工人"],
          "shop": ["打印店老板", "店员"], "bus": ["公交车司机", "等车的乘客", "环卫工人"],
          "mall": ["商场保安", "商场保洁员", "影院工作人员"], "rail": ["车站工作人员", "出租车司机", "接站志愿者"],
          "downtown": ["巡逻民警", "商户", "环卫工人"]}
VEH_FINDERS = ["巡逻民警", "校园保安", "宿管阿姨", "后勤清理违停车辆的工作人员", "地铁站保安"]
CLOSE_F = ["现存放于派出所。", "已登记保管。", "", "", "等待失主认领。", "物品已交至阳光坐席保管。"]


def act_for(pid, t):
    k = PLACES[pid]["kind"]
    h = t.hour
    d = t.date()
    jx = dt.date(2026, 9, 8) <= d <= dt.date(2026, 9, 21)
    if k == "canteen":
        return "吃早饭" if h < 10 else ("吃午饭" if h < 15 else ("吃晚饭" if h < 20 else "吃夜宵"))
    if k == "sports":
        if jx and 8 <= h <= 17:
            return ch(["军训", "军训休息", "军训拉歌"])
        return ch(["晨跑", "跑步"]) if h < 10 else ch(["跑步", "打球", "看球赛", "夜跑"] if h >= 18 else ["打球", "上体育课", "跑步"])
    if k == "street":
        return ch(["吃夜宵", "吃烧烤", "买奶茶"]) if h >= 20 else ch(["逛街", "买奶茶", "吃饭"])
    if k == "gym" and dt.date(2026, 9, 5) <= d <= dt.date(2026, 9, 7):
        return ch(["报到", "排队体检", "办入学手续"])
    if k == "gym":
        return ch(["打羽毛球", "排队体检", "看演出"])
    return ch(ACTS[k])


def place_words(pid, who):
    P = PLACES[pid]
    if who == "map":
        return P["map"]
    if who == "stu":
        return ch(P["nick"] + P["nick"] + P["off"])
    return ch(P["off"] + P["off"] + P["nick"][:1])


def jit(lat, lon, m):
    a = R.random() * 2 * math.pi
    r = R.random() * m
    return round(lat + r * math.sin(a) / 111320.0, 6), round(lon + r * math.cos(a) / (111320.0 * math.cos(math.radians(lat))), 6)


def item_phrase(o, side, cw, bw, mw):
    k = ch(o["ko"] if side == "o" else o["kf"])
    col = ""
    if cw:
        col = cw if (cw.endswith("色") or len(cw) >= 3) else cw + "色"
    if bw == "iPhone":
        if mw:
            return col + ("的" if col else "") + mw + ("" if side == "o" and p(0.5) else "手机")
        return col + ("的" if col and p(0.4) else "") + "iPhone" + ("" if p(0.5) else "手机")
    name = bw or ""
    if mw:
        if bw and mw.lower().startswith(bw.lower()):
            name = mw
        else:
            name += (" " if bw and bw[-1].isascii() and mw[0].isascii() else "") + mw
    s = col + ("的" if col and p(0.3) else "") + name
    if name and name[-1].isascii() and k[0].isascii():
        s += " "
    return s + k


class OSet(dict):
    """an ordered set built on dict (insertion order, never hash order)"""
    def add(self, k):
        self[k] = True


def fit(parts, limit):
    """join sentences, dropping optional ones from the end until the text fits"""
    out = "".join(parts)
    while len(out) > limit and len(parts) > 2:
        parts = parts[:-2] + parts[-1:]
        out = "".join(parts)
    return out[:limit]


def veh_intro_lost(o, L, pw2, item, pers):
    frm, to = L["frm"], L["to"]
    a = "%s%s%s" % (date_txt(frm, "o"), tod(frm.hour), hr_txt(frm.hour))
    if frm.date() == to.date():
        b = "%s%s" % (tod(to.hour), hr_txt(to.hour))
    elif (to.date() - frm.date()).days == 1:
        b = "第二天" + tod(to.hour) + hr_txt(to.hour)
    else:
        b = date_txt(to, "o") + tod(to.hour)
    ow = o["owner"]
    if pers == "officer":
        return "报失人%s（%s%s）称：其%s将%s停放在%s，%s发现车辆不见，%s。" % (
            ow["name"], school_short(ow), role_txt(ow), a, item, pw2, b, ch(["怀疑被盗", "不排除被挪走", "请求查找"]))
    return ch(["%s把%s停在%s，%s去骑的时候发现车没了。" % (a, item, pw2, b),
               "%s停在%s的%s，%s再去就找不到了，问了宿管也说不知道。" % (a, pw2, item, b),
               "我的%s%s锁在%s，%s发现不见了。" % (item, a, pw2, b)])


def write_lost(o, L):
    ow = o["owner"]
    st = OSet()
    rec = {}
    hurried = L["hurried"]
    pers = L["persona"]
    who = "stu" if ow["role"] in ("freshman", "senior", "grad") else "other"
    # what the owner says
    cw = bw = mw = None
    if o["color"] and p(0.82 if not hurried else 0.6):
        cw = cv(o["color"])
        st.add("color")
    if o["brand"] and p(0.72 if not hurried else 0.3):
        bw = bv(o["brand"], o["cat"], "o")
        st.add("brand")
    if o["model"] and p(o["mown"] * (0.4 if hurried else 1.0)):
        mw = mv(o["model"])
        st.add("model")
    ids = [x for x in o["ids"] if p(x["own"] * (0.35 if hurried else 1.0))]
    marks = [] if hurried and p(0.6) else [m for m in o["marks"] if p(0.55 if not hurried else 0.25)]
    if not hurried and not marks and o["marks"]:
        marks = [ch(o["marks"])]
    if hurried:
        marks = marks[:1]
    hidden = [h for h in o["hidden"] if p(0.45)] if not hurried else []
    # the place the owner names
    lp = L["said"]
    pw = place_words(lp, who)
    if L.get("alt"):
        pw2 = "%s，也可能是%s" % (pw, place_words(L["alt"], who))
    else:
        pw2 = pw
    spot = ch(PLACES[lp]["spots"]) if p(0.45) else ""
    if p(0.88):
        addr = pw + (spot if spot and p(0.6) else "")
        if L.get("alt") and p(0.5):
            addr = pw + "或" + place_words(L["alt"], who)
        if p(0.15):
            addr = PLACES[lp]["map"]
        rec["address"] = addr[:60]
    if p(0.35 if lp != "train" else 0.1) and not hurried:
        rec["lat"], rec["lon"] = jit(PLACES[lp]["lat"], PLACES[lp]["lon"], 80)
    # fields versus body
    body_bits = []
    if cw and p(0.7):
        rec["color"] = cw if p(0.7) else cv(o["color"])
    if bw and p(0.7):
        rec["brand"] = bw if p(0.7) else bv(o["brand"], o["cat"], "o")
    if mw and p(0.6):
        rec["model"] = mw
    ser = [x for x in ids if x["t"] in SERIAL_T]
    R.shuffle(ser)
    ser_key = None
    if ser and p(0.72):
        x = ser.pop(0)
        rec["serial"] = fmt_id(x["t"], x["v"], "o")
        ser_key = "id:" + x["t"]
    id_pairs = []
    for x in ids:
        if x["t"] in SERIAL_T and x not in ser:
            if p(0.3):
                id_pairs.append(("id:" + x["t"], id_words(x, "o", fmt_id(x["t"], x["v"], "o"))))
            continue
        id_pairs.append(("id:" + x["t"], id_words(x, "o", fmt_id(x["t"], x["v"], "o"))))
    id_txt = [t for _, t in id_pairs]
    mark_pairs = [("mark:" + m["a"], m["o"]) for m in marks] + [(None, h["o"]) for h in hidden]
    mtxt = [t for _, t in mark_pairs]
    if mtxt and p(0.5) and not hurried:
        k = len(mtxt) if p(0.6) else R.randint(1, len(mtxt))
        in_marks, mtxt = mtxt[:k], mtxt[k:]
        rec["marks"] = "；".join(in_marks)[:500]
    # the body
    when = when_lost(L["frm"], L["to"])
    act = act_for(lp, L["t"])
    item = item_phrase(o, "o", cw if ("color" not in rec or p(0.5)) else None,
                       bw if ("brand" not in rec or p(0.4)) else None, mw if ("model" not in rec or p(0.3)) else None)
    if hurried:
        s = "%s丢了%s" % (pw, item)
        if id_txt and p(0.5):
            s += "，" + id_txt[0]
        if mtxt and p(0.5):
            s += "，" + mtxt[0]
        s += ch(["，急", "！！", "。", "，谁捡到了", " 急急急", ""])
        rec_body = typo(s) if p(0.8) else s
    else:
        S = SCHOOLS[ow["school"]]
        sch = school_short(ow)
        num = "一" + o["m"]
        if pers == "parent_child":
            rel = ch(["妈妈", "爸爸"])
            child = ow["name"]
            intro = ch([
                "我是%s新生%s的%s，孩子%s在%s%s，%s%s%s不见了。" % (sch, child, rel, when, pw2, act, ch(REALIZE), num, item),
                "替孩子登记：我家孩子%s是%s%s大一新生，%s在%s丢了%s%s，%s，我来报。" % (
                    child, sch, ow.get("college", ""), when, pw2, num, item,
                    "孩子在军训" if dt.date(2026, 9, 8) <= L["t"].date() <= dt.date(2026, 9, 21) else "孩子要上课"),
            ])
        elif pers == "parent":
            ctx = "送孩子来%s报到，" % (S["full"]) if L["frm"].date() <= dt.date(2026, 9, 8) else "来学校看孩子，"
            intro = ch(["我是家长，%s%s在%s%s的时候把%s弄丢了。" % (ctx, when, pw2, act, item),
                        "本人%s，%s%s在%s%s，回到酒店发现%s%s没了。" % (ow["name"], ctx, when, pw2, act, num, item)])
        elif pers == "officer":
            intro = "报失人%s（%s%s）称：%s在%s%s时遗失%s%s，%s。" % (
                ow["name"] if p(0.7) else ow["name"][0] + "某某", sch, role_txt(ow), when, pw2, act, num, item,
                ch(["现来所登记", "未报案被盗", "怀疑遗落", "请求帮助查找"]))
        else:
            intro = ch([
                "%s我在%s%s，%s%s不见了。" % (when, pw2, act, ch(REALIZE), item),
                "%s在%s%s的时候把%s%s弄丢了，%s。" % (when, pw2, act, num, item, ch(REALIZE) + "的"),
                "我是%s%s，%s%s后发现%s丢了，可能落在%s了。" % (sch, role_txt(ow), when, act, item, pw2),
                "%s，%s，丢了%s%s。" % (when, pw2, num, item),
            ])
        if o["cat"] in ("ebike", "bicycle") and p(0.8):
            intro = veh_intro_lost(o, L, pw2, item, pers)
        parts = [intro]
        if pers not in ("officer", "parent_child") and "name" not in [x["t"] for x in ids] and p(0.3):
            parts.append("我叫%s。" % ow["name"])
        if id_txt:
            parts.append(ch(["", "", "补充："]) + "，".join(id_txt) + "。")
        if mtxt:
            parts.append(ch(["特征：", "", "好认的地方是", "另外，"]) + "，".join(mtxt) + "。")
        parts.append(ch(CLOSE_O))
        rec_body = fit(parts, 600)
    # what the report really says, whatever was planned
    if ser_key:
        st.add(ser_key)
    for k, t in id_pairs:
        if t in rec_body:
            st.add(k)
    for k, t in mark_pairs:
        if k and (t in rec_body or t in rec.get("marks", "")):
            st.add(k)
    if id_of(o, "name") and ow["name"] in rec_body:
        st.add("id:name")
    return rec_body, rec, st


VEH_SPOTS = ["门口路边", "旁边空地上", "附近绿化带旁", "停车区", "路边", "楼后"]


def finder_role(o, fp, t=None):
    k = PLACES[fp]["kind"]
    if k == "sports" and t is not None and not (dt.date(2026, 9, 8) <= t.date() <= dt.date(2026, 9, 21)):
        return ch([x for x in FROLES[k] if x != "军训教官"])
    if o["cat"] in ("ebike", "bicycle"):
        if k in ("dorm", "ebike_shed"):
            return ch(["宿管阿姨", "后勤清理违停车辆的工作人员", "校园保安"])
        if k == "metro":
            return ch(["地铁站保安", "巡逻民警"])
        if k in ("street", "mall", "bus", "bikes", "rail", "downtown"):
            return ch(["巡逻民警", "环卫工人", "共享单车运维人员"])
        return ch(["校园保安", "巡逻民警", "后勤清理违停车辆的工作人员"])
    return ch(FROLES.get(k, ["一名市民"]))


def daytime(t, hi=None):
    """finders hand things in when they are awake"""
    if t.hour < 6 or t.hour >= 23:
        u = t.replace(hour=R.randint(6, 8), minute=R.randrange(60))
        if t.hour >= 23:
            u += dt.timedelta(days=1)
        if hi is None or u <= hi:
            return u
    return t


def veh_spot(fp):
    return ch(PLACES[fp]["spots"]) if PLACES[fp]["kind"] in ("ebike_shed",) else ch(VEH_SPOTS)


def write_found(o, F, must):
    st = OSet()
    rec = {}
    hurried = F["hurried"]
    fp = F["place"]
    # what the finder sees
    vis_col = o["colf"] or o["color"]
    cw = bw = mw = None
    if vis_col and (p(0.85) or "color" in must):
        cw = cv(vis_col)
        st.add("color")
    if o["brand"] and (p(o["bvis"]) or "brand" in must):
        bw = bv(o["brand"], o["cat"], "f")
        st.add("brand")
    if o["model"] and (p(o["mvis"]) or "model" in must):
        mw = mv(o["model"])
        st.add("model")
    ids = [x for x in o["ids"] if ("id:" + x["t"]) in must or (p(x["see"] * (0.4 if hurried else 0.85)))]
    ids.sort(key=lambda x: ("id:" + x["t"]) not in must)
    marks = [m for m in o["marks"] if ("mark:" + m["a"]) in must or p(m["see"] * (0.25 if hurried else 0.6))]
    if not marks and not ids and o["marks"] and not hurried:
        cand = [m for m in o["marks"] if m["see"] >= 0.5]
        if cand:
            marks = [ch(cand)]
    marks.sort(key=lambda m: ("mark:" + m["a"]) not in must)
    fonly = [x for x in o["fonly"] if p(0.5)]
    who = ch(["stu", "other", "other"])
    pw = place_words(fp, who)
    spot = F["spot"]
    if p(0.9):
        rec["address"] = (PLACES[fp]["map"] if p(0.2) else pw + (spot if p(0.6) else ""))[:60]
    if p(0.62 if not hurried else 0.3):
        rec["lat"], rec["lon"] = jit(PLACES[fp]["lat"], PLACES[fp]["lon"], 60)
    if cw and p(0.75):
        rec["color"] = cw
    if bw and p(0.65):
        rec["brand"] = bw
    if mw and p(0.55):
        rec["model"] = mw
    ser = [x for x in ids if x["t"] in SERIAL_T]
    R.shuffle(ser)
    ser_key = None
    if ser and p(0.78):
        x = ser.pop(0)
        rec["serial"] = fmt_id(x["t"], x["v"], "f")
        ser_key = "id:" + x["t"]
    id_pairs = []
    for x in ids:
        if x["t"] in SERIAL_T and x not in ser:
            if p(0.25):
                id_pairs.append(("id:" + x["t"], id_words(x, "f", fmt_id(x["t"], x["v"], "f"))))
            continue
        id_pairs.append(("id:" + x["t"], id_words(x, "f", fmt_id(x["t"], x["v"], "f"))))
    id_txt = [t for _, t in id_pairs]
    if o["colf"] and cw and p(0.75):
        cm = [m for m in o["marks"] if m["a"] in ("case", "cover", "sleeve")]
        if cm and cm[0] not in marks:
            marks.append(cm[0])
    mark_pairs = [("mark:" + m["a"], m["f"]) for m in marks]
    mtxt = [m["f"] for m in marks] + fonly
    if mtxt and p(0.45) and not hurried:
        rec["marks"] = "；".join(mtxt)[:500]
        mtxt = [] if p(0.6) else mtxt[:1]
    item = item_phrase(o, "f", cw if ("color" not in rec or p(0.5)) else None,
                       bw if ("brand" not in rec or p(0.4)) else None, mw if ("model" not in rec or p(0.3)) else None)
    when = when_found(F["t"])
    role = F["role"]
    num = "一" + o["m"]
    if hurried:
        s = "%s捡到%s%s" % (pw, num, item)
        extra = [id_txt[0]] if id_txt else mtxt[:1]
        for k, t in id_pairs + mark_pairs:
            if k in must and t not in extra and not (k == ser_key):
                extra.append(t)
        if extra:
            s += "，" + "，".join(extra)
        body = typo(s) if p(0.8) and not must else s
    else:
        intro = ch([
            "%s，%s在%s%s拾得%s%s，交至派出所。" % (when, role, pw, spot, item, num),
            "%s在%s%s发现%s%s，无人认领，%s送来。" % (when, pw, spot, num, item, role),
            "拾得人（%s）称%s在%s%s捡到%s%s。" % (role, when, pw, spot, num, item),
            "我是%s，%s在%s%s捡到%s%s，送过来了。" % (role.replace("一名", ""), when, pw, spot, num, item),
        ])
        if F.get("transfer"):
            intro = "%s转交：%s在%s%s发现%s%s。" % (F["transfer"], when, pw, spot, num, item)
        if o["cat"] in ("ebike", "bicycle"):
            intro = ch([
                "%s，%s在%s%s发现%s%s%s，移交派出所。" % (when, role, pw, spot, num, item, ch(["停放多日无人认领", "无人看管", "未上锁", "横在路中间"])),
                "%s反映：%s%s有%s%s%s，%s拖至派出所。" % (role, pw, spot, num, item, ch(["长期停放", "无人认领", "被人丢弃"]), when),
            ])
        parts = [intro]
        if id_txt:
            parts.append("，".join(id_txt) + "。")
        if mtxt:
            parts.append(ch(["", "特征：", "经查看，", "物品情况："]) + "，".join(mtxt) + "。")
        parts.append(ch(CLOSE_F))
        body = fit(parts, 600)
    if ser_key:
        st.add(ser_key)
    for k, t in id_pairs:
        if t in body:
            st.add(k)
    for k, t in mark_pairs:
        if t in body or t in rec.get("marks", ""):
            st.add(k)
    for k in must:
        if k.startswith(("id:", "mark:")) and k not in st:
            raise RuntimeError("a finder's registration lost a detail it had to state: %s" % k)
    return body, rec, st


# ----------------------------------------------------------------------------- events
def loss_event(cat, o):
    for _ in range(200):
        pid = pick_place(cat, o["owner"]["school"])
        t = pick_time(pid)
        kind = PLACES[pid]["kind"]
        if cat in ("ebike", "bicycle"):
            a = R.randint(6, 80) * 10
            b = R.randint(6, 90) * 10
        else:
            style = wch([("tight", 35), ("hours", 40), ("day", 15), ("days", 10)])
            a, b = {"tight": (R.randint(1, 6) * 10, R.randint(1, 6) * 10),
                    "hours": (R.randint(6, 24) * 10, R.randint(6, 30) * 10),
                    "day": (R.randint(30, 90) * 10, R.randint(12, 72) * 10),
                    "days": (R.randint(100, 400) * 10, R.randint(60, 300) * 10)}[style]
        frm = t - dt.timedelta(minutes=a)
        to = t + dt.timedelta(minutes=b)
        frm = frm.replace(minute=frm.minute - frm.minute % 10, second=0)
        to = (to + dt.timedelta(minutes=9)).replace(second=0)
        to = to.replace(minute=to.minute - to.minute % 10)
        if frm.hour < 6:     # people name a window from the evening before ...
            frm = (frm - dt.timedelta(days=1)).replace(hour=R.randint(21, 23), minute=0)
        if to.hour < 6:      # ... to when they woke up
            to = to.replace(hour=R.randint(6, 8), minute=ch([0, 30]))
        if to > T0 - dt.timedelta(minutes=30) or frm < EARLIEST + dt.timedelta(days=2):
            continue
        said, alt = pid, None
        r = R.random()
        if NEAR[pid] and r < 0.07:
            alt = ch(NEAR[pid])
        elif NEAR[pid] and r < 0.12 and kind != "train":
            said = ch(NEAR[pid])      # the owner misremembers: a nearby place
        ow = o["owner"]
        if ow["role"] == "parent":
            persona = "parent"
        elif ow["role"] == "freshman" and p(0.16):
            persona = "parent_child"
        else:
            persona = "officer" if p(0.3) else "self"
        return dict(t=t, frm=frm, to=to, true=pid, said=said, alt=alt, persona=persona,
                    hurried=p(0.1) and o["cat"] == o["catf"])
    raise RuntimeError("no loss event")


def truth_found(cat, o, L):
    lp = L["true"]
    for _ in range(200):
        r = R.random()
        if lp == "train":
            fp = ch(["m_xf", "m_gx", "m_sy"])
        elif cat in ("ebike", "bicycle"):
            if r < 0.45:
                fp = lp
            elif r < 0.8:
                c_ = [x for x in NEAR[lp] if PLACES[x]["kind"] in BIKE_OK]
                fp = ch(c_) if c_ else lp
            else:
                c_ = [x for x in MID[lp] if PLACES[x]["kind"] in BIKE_OK]
                fp = ch(c_) if c_ else lp
        elif PLACES[lp]["kind"] == "rail":
            fp = lp
        elif r < 0.66 or not NEAR[lp]:
            fp = lp
        elif r < 0.93:
            fp = ch(NEAR[lp])
        else:
            fp = ch(MID[lp]) if MID[lp] else lp
        if cat in ("ebike", "bicycle"):
            delay = wch([(R.randint(120, 1440), 3), (R.randint(1440, 10080), 5), (R.randint(10080, 30000), 2)])
        elif cat == "phone":
            delay = wch([(R.randint(5, 240), 6), (R.randint(240, 2880), 3), (R.randint(2880, 10080), 1)])
        else:
            delay = wch([(R.randint(10, 300), 5), (R.randint(300, 2880), 4), (R.randint(2880, 14400), 1)])
        tf = daytime(L["t"] + dt.timedelta(minutes=delay))
        if tf > T0 - dt.timedelta(minutes=20):
            continue
        spot = ch(PLACES[fp]["spots"]) if cat not in ("ebike", "bicycle") else veh_spot(fp)
        transfer = None
        if lp == "train":
            spot = ch(["列车终点清客时在车厢座位上", "车厢内", "列车座椅下"])
            transfer = ch(["地铁5号线客服中心", "地铁站务员", None])
        elif PLACES[fp]["kind"] == "dorm" and p(0.3):
            transfer = "宿管站"
        role = finder_role(o, fp, tf)
        return dict(t=tf, place=fp, spot=spot, role=role, transfer=transfer, hurried=p(0.08))
    raise RuntimeError("no found event")


# ----------------------------------------------------------------------------- assembling the set
def pick_must_truth(o, st, far):
    """the finder states at least one thing the owner also stated, when the finder could see one"""
    cands = []
    for k in st:
        if k.startswith("id:"):
            x = id_of(o, k[3:])
            if x and x["see"] > 0:
                cands.append((k, 3))
        elif k.startswith("mark:"):
            m = mark_of(o, k[5:])
            if m and m["see"] >= 0.5:
                cands.append((k, 2))
        elif k == "brand" and o["bvis"] > 0.5:
            cands.append((k, 1))
    if not cands:
        return []
    if far:
        strong = [k for k, w in cands if w == 3] or [k for k, w in cands]
        return [ch(strong)]
    return [wch(cands)] if p(0.88) else []


# marks that cannot both be true of one object: a second value rules the object out.  Marks that an
# object can carry several of (cracks, photos, stickers, contents, cash amounts said roughly) never
# serve as the proof that a negative is a different object.
EXCLUSIVE = ["case", "lock", "strap", "college", "sleeve", "count", "charm", "tag", "ebkey", "fob", "carlogo",
             "helmet", "cover", "engrave", "pattern", "pendant", "shape", "rope", "design", "dial", "label", "namebk",
             "user", "writing", "print", "env", "home", "bank", "size", "band", "handle", "logo", "pieces", "box"]
COMPATIBLE_CASES = ["clear", "clearcard", "mag"]


def contradictions(o, st, n, allow_brand=True):
    """attributes the owner stated that a finder of n would state differently"""
    out = []
    for k in st:
        if k.startswith("id:"):
            a, b = id_of(o, k[3:]), id_of(n, k[3:])
            if k == "id:card_tail" and o["cat"] == "wallet":
                continue
            if a and b and a["v"] != b["v"] and b["see"] > 0:
                out.append(k)
        elif k == "brand" and allow_brand:
            if n["brand"] and o["brand"] and n["brand"] != o["brand"] and n["bvis"] > 0:
                out.append(k)
        elif k == "model":
            if n["model"] and o["model"] and n["model"] != o["model"] and n["mvis"] > 0:
                out.append(k)
        elif k.startswith("mark:") and k[5:] in EXCLUSIVE:
            a, b = mark_of(o, k[5:]), mark_of(n, k[5:])
            if not (a and b and a["v"] != b["v"] and b["see"] > 0):
                continue
            if k == "mark:case" and a["v"] in COMPATIBLE_CASES and b["v"] in COMPATIBLE_CASES:
                continue
            out.append(k)
    return out


def found_record(o, F, must, negative=None):
    body, rec, st = write_found(o, F, must)
    out = {"category": o["catf"], "body": body}
    for k in ("color", "brand", "model", "serial", "address", "marks", "lat", "lon"):
        if k in rec:
            out[k] = rec[k]
    out["found_at_min"] = mins(F["t"])
    if negative:
        out["negative"] = negative
    return out, st


def lost_record(o, L):
    body, rec, st = write_lost(o, L)
    out = {"category": o["cat"], "body": body}
    for k in ("color", "brand", "model", "serial", "address", "marks", "lat", "lon"):
        if k in rec:
            out[k] = rec[k]
    out["lost_from_min"] = mins(L["frm"])
    out["lost_to_min"] = mins(L["to"])
    return out, st


def neg_target_cons(o):
    c = {"kind": o["kind"]}
    if o["owner"]["school"] and o["cat"] == "id_doc":
        c["school"] = o["owner"]["school"]
    return c


def make_negative(label, T):
    """a found item that looks like the lost report T's object but is not it"""
    o, L, st = T["obj"], T["L"], T["st"]
    cat = o["cat"]
    for _ in range(40):
        c = neg_target_cons(o)
        if label == "same_category_colour":
            if o["color"]:
                c["color"] = o["color"]
            if cat == "phone":
                c["case"] = ch(["clear", "none", "clearcard", "mag"])
            if o["brand"] and "brand" in st and p(0.6):
                c["not_brand"] = o["brand"]
            elif o["brand"]:
                c["brand"] = o["brand"]
                if o["model"] and p(0.5):
                    c["not_model"] = o["model"]
        elif label == "found_before_loss":
            if o["color"]:
                c["color"] = o["color"]
            if cat == "phone":
                c["case"] = ch(["clear", "none", "clearcard", "mag"])
            if o["brand"]:
                c["brand"] = o["brand"]
                if o["model"] and p(0.5):
                    c["model"] = o["model"]
        else:
            c["brand"] = o["brand"]
            if o["model"] and p(0.6):
                c["not_model"] = o["model"]
        n = build(cat, c)
        if label != "same_brand_other_place_time":
            n["colf"] = None        # the finder sees the colour the owner named
        must = []
        if label in ("same_category_colour", "same_brand_other_place_time"):
            con = contradictions(o, st, n, allow_brand=(label == "same_category_colour"))
            if not con:
                continue
            must = R.sample(con, min(len(con), 2 if p(0.3) else 1))
            if label == "same_category_colour":
                must.append("color")
            if label == "same_brand_other_place_time":
                must.append("brand")
        else:
            must = ["brand"] if n["brand"] and p(0.6) else []
            if n["color"]:
                must.append("color")
        # where and when
        lp = L["true"] if L["true"] != "train" else ch(["m_xf", "m_gx", "m_sy"])
        if label == "same_category_colour":
            fp = lp if p(0.5) or not NEAR[lp] else ch(NEAR[lp])
            lo = L["frm"] + dt.timedelta(minutes=10)
            hi = min(L["to"] + dt.timedelta(days=2), T0 - dt.timedelta(minutes=30))
        elif label == "found_before_loss":
            fp = lp if p(0.5) or not NEAR[lp] else ch(NEAR[lp])
            hi = L["frm"] - dt.timedelta(minutes=R.randint(90, 300))
            lo = max(L["frm"] - dt.timedelta(days=12), EARLIEST)
        else:
            far = [x for x in FAR[lp] if (cat not in ("ebike", "bicycle") or PLACES[x]["kind"] in BIKE_OK + ["rail", "downtown"])]
            fp = ch(far)
            if p(0.6):
                lo = L["to"] + dt.timedelta(days=5)
                hi = min(L["to"] + dt.timedelta(days=28), T0 - dt.timedelta(minutes=30))
            else:
                hi = L["frm"] - dt.timedelta(days=3)
                lo = max(L["frm"] - dt.timedelta(days=20), EARLIEST)
        if hi <= lo:
            continue
        span = int((hi - lo).total_seconds() // 60)
        tf = daytime(lo + dt.timedelta(minutes=R.randrange(span)), hi)
        F = dict(t=tf, place=fp, spot=ch(PLACES[fp]["spots"]) if cat not in ("ebike", "bicycle") else veh_spot(fp),
                 role=finder_role(n, fp, tf), transfer=None, hurried=p(0.05))
        rec, _ = found_record(n, F, must, negative=label)
        return rec
    return None


def make_ordinary(lost_sigs):
    for _ in range(200):
        cat = wch([("id_doc", 12), ("phone", 8), ("wallet", 8), ("keys", 10), ("ebike", 4), ("bicycle", 5), ("bag", 10),
                   ("cash", 3), ("jewelry", 6), ("electronics", 16), ("other", 18)])
        n = build(cat)
        sig = (n["cat"], n["kind"], n["color"], n["brand"])
        strong = [x for x in n["ids"] if x["see"] >= 0.85 or (x["t"] == "imei" and cat == "phone")]
        if sig in lost_sigs and not strong:
            continue          # could pass for a vague report's object: not an honest negative
        L = loss_event(cat, n)
        F = truth_found(cat, n, L)
        must = []
        idc = [x for x in n["ids"] if x["see"] >= 0.5]
        mc = [m for m in n["marks"] if m["see"] >= 0.5]
        if strong:
            must.append("id:" + ch(strong)["t"])
        elif idc:
            must.append("id:" + ch(idc)["t"])
        elif mc:
            must.append("mark:" + ch(mc)["a"])
        rec, _ = found_record(n, F, must, negative="ordinary")
        return rec
    raise RuntimeError("no ordinary item")


DEBUG = []   # (label, lost index, found index) for a reviewer's eyes only; never written to the set


def main():
    out_path = os.path.join(HERE, "set%s.json" % NN)
    if "--out" in sys.argv:
        out_path = sys.argv[sys.argv.index("--out") + 1]
    lost, found = [], []          # internal records: dict(rec=..., ...)
    cross = list(CROSS)
    # 1. objects that are lost and handed in
    pair_cats = []
    for cat, n in PAIR_PLAN:
        pair_cats += [cat] * n
    cross_slots = {}
    for co, cf in cross:
        idx = [i for i, c in enumerate(pair_cats) if c == co and i not in cross_slots]
        cross_slots[ch(idx)] = (co, cf)
    for i, cat in enumerate(pair_cats):
        o = build_cross(*cross_slots[i]) if i in cross_slots else build(cat)
        L = loss_event(cat, o)
        lrec, st = lost_record(o, L)
        F = truth_found(cat, o, L)
        far = dist(L["true"] if L["true"] != "train" else F["place"], F["place"]) > 1200 or \
            (F["t"] - L["t"]) > dt.timedelta(days=3)
        must = pick_must_truth(o, st, far) if not L["hurried"] else pick_must_truth(o, st, far)[:1]
        frec, _ = found_record(o, F, must)
        fid = len(found)
        found.append(dict(rec=frec))
        lost.append(dict(rec=lrec, obj=o, L=L, st=st, truth=fid))
    # 2. lost reports whose object never turns up
    for cat, n in NULL_PLAN:
        for _ in range(n):
            o = build(cat)
            L = loss_event(cat, o)
            lrec, st = lost_record(o, L)
            lost.append(dict(rec=lrec, obj=o, L=L, st=st, truth=None))
    # 3. hard negatives aimed at particular lost reports
    used_targets = OSet()
    neg_count = OSet()
    for label, n_null, n_true in NEG_PLAN:
        for want_null, n_want in ((True, n_null), (False, n_true)):
            pool = [i for i, T in enumerate(lost) if (T["truth"] is None) == want_null and i not in used_targets
                    and T["obj"]["cat"] == T["obj"]["catf"]]
            if label == "same_category_colour":
                pool = [i for i in pool if lost[i]["obj"]["color"] and "color" in lost[i]["st"] and not lost[i]["L"]["hurried"]]
            if label == "same_brand_other_place_time":
                pool = [i for i in pool if lost[i]["obj"]["brand"]]
                pool = [i for i in pool if "brand" in lost[i]["st"]] or pool
            R.shuffle(pool)
            made = 0
            for i in pool:
                if made >= n_want:
                    break
                rec = make_negative(label, lost[i])
                if rec is None:
                    continue
                DEBUG.append((label, i, len(found)))
                used_targets.add(i)
                found.append(dict(rec=rec))
                made += 1
            if made < n_want:
                raise RuntimeError("not enough targets for %s: %d of %d from %d (null=%s)" % (label, made, n_want, len(pool), want_null))
            neg_count[label] = neg_count.get(label, 0) + made
    # 4. ordinary other items handed in at the desk
    lost_sigs = OSet()
    for T in lost:
        o = T["obj"]
        lost_sigs.add((o["cat"], o["kind"], o["color"], o["brand"]))
    for _ in range(N_ORDINARY):
        found.append(dict(rec=make_ordinary(lost_sigs)))
    # shuffle both sides so the keys say nothing, then number them
    forder = list(range(len(found)))
    R.shuffle(forder)
    fkey = {}
    found_out = []
    for j, fi in enumerate(forder):
        k = "%s-F%04d" % (PFX, j + 1)
        fkey[fi] = k
        found_out.append(dict([("key", k)] + list(found[fi]["rec"].items())))
    lorder = list(range(len(lost)))
    R.shuffle(lorder)
    lost_out = []
    for j, li in enumerate(lorder):
        T = lost[li]
        rec = dict([("key", "%s-L%04d" % (PFX, j + 1))] + list(T["rec"].items()))
        rec["truth"] = fkey[T["truth"]] if T["truth"] is not None else None
        lost_out.append(rec)
    if os.environ.get("SET37_DEBUG"):
        lk = {li: "%s-L%04d" % (PFX, j + 1) for j, li in enumerate(lorder)}
        with open(os.environ["SET37_DEBUG"], "w", encoding="utf-8") as fh:
            for label, li, fi in DEBUG:
                fh.write("%s\t%s\t%s\n" % (label, lk[li], fkey[fi]))
    doc = {"seed": SEED, "made_by": "tests/lostfound/make_set%s.py" % NN,
           "parts": {"set%s" % NN: {"found": found_out, "lost": lost_out}}}
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    n_true = sum(1 for r in lost_out if r["truth"])
    print("wrote %s: %d lost (%d with a found item, %d never handed in), %d found (%d true, %d negatives)" % (
        out_path, len(lost_out), n_true, len(lost_out) - n_true, len(found_out), n_true,
        len(found_out) - n_true))


if __name__ == "__main__":
    main()
