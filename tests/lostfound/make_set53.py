#!/usr/bin/env python3
"""make_set53.py - writes set53.json, a blind labelled lost-and-found set.

World: 莞溪镇, an invented manufacturing town in a hot southern summer (June-August).
Every name, place, model and number here is invented.  Python 3 standard library only;
one random.Random(SEED); the output is identical on every run and under any PYTHONHASHSEED.

Each object is a hidden truth record; the lost report and the found registration are
written separately from it, each knowing only what that person would know.  A plan of
which facts each side states is made first; an audit then makes sure that no found item
which is not a report's truth agrees with that report on everything both sides state
(when it was found after the loss began, in the same town): see audit().
"""
import copy
import datetime
import json
import math
import os
import sys

SEED = 53053
PFX = "S53"
SETNAME = "set53"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set53.json")
NOW = datetime.datetime(2025, 8, 31, 21, 30)   # the common moment of registration
MAXMIN = 172800
SUMMER_START = datetime.datetime(2025, 6, 1, 0, 0)
N_PAIRS, N_LOSTONLY, N_NEG, N_UNCLAIMED = 150, 90, 90, 30

R = None          # the one random.Random(SEED), made in build()


def ch(seq):
    return R.choice(list(seq))


def chance(p):
    return R.random() < p


def wchoice(pairs):
    """pairs: list of (item, weight)."""
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


# ---------------------------------------------------------------- numbers

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


USED = set()


def uniq(fn):
    while True:
        v = fn()
        if v not in USED:
            USED.add(v)
            return v


def new_imei():
    def f():
        body = "86" + "".join(str(R.randint(0, 9)) for _ in range(12))
        return body + luhn_digit(body)
    return uniq(f)


PROVS = [("41", "河南", "豫"), ("51", "四川", "川"), ("50", "重庆", "川"), ("43", "湖南", "湘"),
         ("36", "江西", "湘"), ("45", "广西", "粤"), ("44", "广东", "粤"), ("52", "贵州", "川"),
         ("42", "湖北", ""), ("34", "安徽", ""), ("53", "云南", ""), ("61", "陕西", ""),
         ("13", "河北", ""), ("37", "山东", ""), ("23", "黑龙江", "东北"), ("22", "吉林", "东北"),
         ("35", "福建", ""), ("62", "甘肃", "")]


def new_idnum(prov, birth, male):
    def f():
        area = prov + "%02d%02d" % (R.randint(1, 16), R.randint(21, 29))
        s = R.randint(0, 997)
        if (s % 2 == 1) != male:
            s += 1
        b = area + birth.strftime("%Y%m%d") + "%03d" % s
        return b + id_check(b)
    return uniq(f)


def new_tail():
    return uniq(lambda: "%04d" % R.randint(0, 9999))


def new_code(prefix, n):
    return uniq(lambda: prefix + "".join(str(R.randint(0, 9)) for _ in range(n)))


# ---------------------------------------------------------------- people

SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛段雷龙黎史陶贺毛郝顾龚邵万覃蒙莫")
GM = list("伟强军磊洋勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林峰坤志文海东亮锋")
GF = list("芳娜敏静丽艳娟霞燕玲婷雪慧莉萍红琴梅兰颖倩晶欣悦佳怡露瑶丹月秀")

FACTORIES = [
    ("宏图电子厂", "HT", ["SMT车间", "后焊线", "测试部", "包装部", "组装三线"], "ht_n"),
    ("锦程制衣厂", "JC", ["裁床", "车缝三组", "尾部", "整烫", "质检组"], "jc_gate"),
    ("恒发五金厂", "HF", ["冲压车间", "抛光", "装配线"], "hf"),
    ("新达塑胶厂", "XD", ["注塑车间", "喷油部", "装配二线"], "xd"),
    ("众鑫电子科技", "ZX", ["组装一线", "贴片", "品质部", "物料仓"], "zx"),
    ("美嘉制衣厂", "MJ", ["车位", "剪线组", "包装"], "mj"),
]


def new_name(male):
    s = ch(SURN)
    g = GM if male else GF
    r = R.random()
    if r < 0.25:
        return s + "小" + ch(g)
    if r < 0.6:
        return s + ch(g)
    return s + ch(g) + ch(g)


def new_person():
    male = chance(0.52)
    prov = ch(PROVS)
    y = wchoice([(R.randint(1998, 2006), 6), (R.randint(1988, 1997), 3), (R.randint(1972, 1987), 1)])
    birth = datetime.date(y, R.randint(1, 12), R.randint(1, 28))
    fac = ch(FACTORIES)
    p = {"name": new_name(male), "male": male, "prov": prov[0], "provname": prov[1],
         "dialect": prov[2], "birth": birth, "fac": fac, "dept": ch(fac[2])}
    p["id"] = new_idnum(prov[0], birth, male)
    p["staff"] = new_code(fac[1], 6)
    return p


# ---------------------------------------------------------------- places

LAT0, LON0 = 22.9512, 113.7830     # 莞溪镇 centre (invented town in the south)
PLACES = {}


def _pl(key, names, x, y, kind):
    PLACES[key] = {"key": key, "names": names, "x": x, "y": y, "kind": kind}


_pl("ht_n", ["宏图电子厂北门", "宏图电子北门", "宏图厂北门口"], 0, 0, "gate")
_pl("ht_canteen", ["宏图电子厂员工食堂", "宏图厂饭堂", "宏图电子二楼食堂"], 80, -120, "canteen")
_pl("ht_dorm", ["宏图电子员工宿舍B栋", "宏图宿舍B栋", "宏图B栋宿舍楼"], -150, -260, "dorm")
_pl("ht_court", ["宏图厂篮球场", "宏图电子篮球场", "厂里篮球场"], -60, -190, "court")
_pl("jc_gate", ["锦程制衣厂大门", "锦程制衣门口", "锦程服装厂门口"], 650, 180, "gate")
_pl("jc_dorm", ["锦程制衣宿舍3栋", "锦程宿舍", "锦程制衣厂宿舍"], 760, 40, "dorm")
_pl("mj", ["美嘉制衣厂门口", "美嘉制衣厂", "美嘉厂门口"], 900, 600, "gate")
_pl("hf", ["恒发五金厂门口", "恒发五金厂", "恒发厂门口"], -900, 350, "gate")
_pl("xd", ["新达塑胶厂后门", "新达塑胶厂", "新达厂后门"], -1200, -100, "gate")
_pl("zx", ["众鑫电子科技园", "众鑫电子厂", "众鑫园区门口"], 1300, -500, "gate")
_pl("zx_dorm", ["众鑫员工公寓5栋", "众鑫公寓", "众鑫员工公寓"], 1450, -700, "dorm")
_pl("zx_canteen", ["众鑫园区食堂", "众鑫饭堂", "众鑫电子食堂"], 1250, -620, "canteen")
_pl("kd_gy", ["工业区快递驿站", "工业区驿站", "宏图对面的快递驿站"], 120, 90, "express")
_pl("kd_xc", ["新村快递驿站", "莞溪新村驿站", "新村快递点"], -650, -700, "express")
_pl("stop_gy", ["工业大道公交站", "工业大道站", "工业大道站台"], 350, -80, "stop")
_pl("gydd", ["工业大道", "工业大道边上", "工业大道人行道"], 520, -230, "road")
_pl("xl_food", ["兴隆路小吃街", "兴隆路", "兴隆路吃夜宵那条街"], 200, -600, "street")
_pl("xl_phone", ["兴隆路手机城", "兴隆手机广场", "兴隆路手机一条街"], 320, -690, "phoneshop")
_pl("net_js", ["极速网咖", "极速网吧", "兴隆路极速网咖"], 260, -540, "netcafe")
_pl("net_xh", ["星河网吧", "星河网咖", "新村星河网吧"], -420, -820, "netcafe")
_pl("night", ["福民夜市", "福民广场夜市", "福民广场"], -300, -930, "night")
_pl("atm", ["莞溪农商银行营业部", "农商行", "农商行ATM那里"], 100, -900, "bank")
_pl("market", ["莞溪农贸市场", "农贸市场", "莞溪菜市场"], -100, -1120, "market")
_pl("xc", ["莞溪新村", "新村出租屋", "新村那片出租屋"], -700, -640, "village")
_pl("xc_charge", ["新村电动车充电棚", "新村充电棚", "新村充电桩"], -730, -580, "charging")
_pl("super", ["好又佳超市", "好又佳", "新村好又佳超市"], -560, -770, "shop")
_pl("bus", ["莞溪汽车客运站", "莞溪汽车站", "镇汽车站", "莞溪客运站"], 300, -1420, "bus")
_pl("labor", ["莞溪人力资源市场", "劳务市场", "招工市场"], 460, -1250, "labor")
_pl("clinic", ["莞溪镇卫生院", "镇卫生院", "莞溪卫生院"], 620, -1080, "clinic")
_pl("park", ["溪畔公园", "河边公园", "溪畔公园步道"], -820, -1320, "park")
_pl("hzl", ["环镇路", "环镇路加油站附近", "环镇路边"], -1400, -620, "road")
# other towns, for "same brand, different place and time"
_pl("far_tw", ["塘湾镇汽车站", "塘湾汽车站"], 9200, 6100, "bus")
_pl("far_sl", ["石岭镇夜市", "石岭夜市"], -12400, 2900, "night")
_pl("far_dp", ["大坪镇工业区", "大坪工业区"], 4100, -14200, "gate")
_pl("far_rail", ["东岭市火车站", "东岭火车站"], -6300, -20500, "bus")
_pl("far_hq", ["横桥镇农贸市场", "横桥市场"], 16800, -3100, "market")

TOWN = sorted(k for k in PLACES if not k.startswith("far_"))
FAR = sorted(k for k in PLACES if k.startswith("far_"))

SPOTS = {
    "gate": ["岗亭旁边", "门口花坛边上", "刷卡闸机那里", "门口台阶上", "门口电动车停放区"],
    "canteen": ["靠窗那排饭桌上", "打饭窗口旁边", "收餐具的地方", "门口洗手池边", "二楼楼梯口"],
    "dorm": ["一楼楼梯口", "洗衣房", "楼下充电棚", "宿管室门口", "三楼走廊"],
    "court": ["篮球架下", "场边长椅上", "场边台阶"],
    "bus": ["候车大厅座椅上", "3号检票口", "售票窗口台面上", "出站口", "厕所洗手台", "进站安检机旁"],
    "street": ["一家炒粉摊的凳子上", "烧烤摊桌子底下", "奶茶店门口", "路边", "麻辣烫店里", "猪脚饭店门口"],
    "phoneshop": ["一家手机店柜台上", "门口", "二手手机回收店门口", "贴膜摊旁边"],
    "night": ["套圈摊旁边", "卖衣服的摊位前", "烧烤摊桌子下", "夜市入口", "凉茶摊边"],
    "express": ["货架边上", "取件台上", "门口快递柜旁", "门口"],
    "netcafe": ["12号机位", "吧台上", "厕所洗手台", "35号机旁边", "门口沙发上"],
    "village": ["巷子口", "出租屋楼下", "小卖部门口", "公共厕所旁"],
    "charging": ["充电桩旁边", "充电棚里", "充电柜边上"],
    "shop": ["收银台", "购物车里", "门口存包柜旁"],
    "market": ["猪肉档旁边", "门口水果摊", "菜档边上"],
    "clinic": ["挂号窗口", "输液室座位上", "门口"],
    "park": ["篮球场边", "树下石凳上", "河边步道上", "健身器材旁"],
    "labor": ["招聘大厅座位上", "门口公告栏下面", "门口"],
    "bank": ["ATM机旁边", "营业厅座位上", "门口台阶"],
    "stop": ["站台座椅上", "站牌下面", "候车亭里"],
    "road": ["绿化带旁", "人行道上", "红绿灯路口"],
}

DOING = {
    "gate": ["下班打卡出来", "上班进厂", "门口等工友", "交接班"],
    "canteen": ["吃饭", "打饭", "吃夜宵"],
    "dorm": ["回宿舍", "洗衣服", "晾衣服"],
    "court": ["打球", "下班打球"],
    "bus": ["等车", "坐车回来", "买票"],
    "street": ["吃夜宵", "吃炒粉", "吃饭"],
    "phoneshop": ["看手机", "贴膜", "修手机"],
    "night": ["逛夜市", "夜市吃东西"],
    "express": ["取快递", "寄快递"],
    "netcafe": ["上网", "打游戏"],
    "village": ["回出租屋", "买东西"],
    "charging": ["给电动车充电", "换电池"],
    "shop": ["买东西", "买日用品"],
    "market": ["买菜", "买水果"],
    "clinic": ["看病", "打针"],
    "park": ["散步", "乘凉"],
    "labor": ["找工作", "面试"],
    "bank": ["取钱", "存钱"],
    "stop": ["等公交", "坐公交"],
    "road": ["骑车", "走路回去"],
}

HOURS = {
    "gate": [((7, 9), 4), ((11, 13), 2), ((17, 18.5), 2), ((19.5, 21), 4), ((23, 24), 1), ((0, 1), 1)],
    "canteen": [((6.5, 8.5), 2), ((11, 13), 4), ((17, 19), 3), ((23.5, 24), 1), ((0, 1), 1)],
    "dorm": [((6, 9), 2), ((12, 14), 1), ((18, 24), 3), ((0, 2), 1)],
    "court": [((17, 22), 1)],
    "street": [((11, 14), 2), ((17, 24), 4), ((0, 2), 2)],
    "night": [((19, 24), 1)],
    "netcafe": [((0, 4), 2), ((12, 24), 2)],
    "bus": [((6, 21), 1)],
    "market": [((6, 12), 2), ((16, 19), 1)],
    "park": [((6, 9), 1), ((18, 23), 2)],
}


def xy(key):
    p = PLACES[key]
    return p["x"], p["y"]


def dist(a, b):
    (x1, y1), (x2, y2) = xy(a), xy(b)
    return math.hypot(x1 - x2, y1 - y2)


def latlon(key, jitter=25):
    x, y = xy(key)
    x += R.uniform(-jitter, jitter)
    y += R.uniform(-jitter, jitter)
    lat = LAT0 + y / 111320.0
    lon = LON0 + x / (111320.0 * math.cos(math.radians(LAT0)))
    return round(lat, 6), round(lon, 6)


def near(key, lo, hi, pool=None):
    pool = pool or TOWN
    c = [k for k in pool if k != key and lo <= dist(k, key) <= hi]
    return ch(sorted(c)) if c else key


# ---------------------------------------------------------------- time

def dt_of(m):
    return NOW - datetime.timedelta(minutes=m)


def min_of(dt):
    return int((NOW - dt).total_seconds() // 60)


def pick_dt(kind, cat, early=None):
    prof = HOURS.get(kind, [((7, 23), 1)])
    lo = SUMMER_START + datetime.timedelta(days=3)
    span = (NOW - lo).days
    for _ in range(100):
        if cat == "cash" and chance(0.55):
            month = ch([6, 7, 8])
            last = {6: 30, 7: 31, 8: 31}[month]
            day = datetime.date(2025, month, R.randint(last - 3, last))
        else:
            day = (lo + datetime.timedelta(days=R.randint(0, span))).date()
        (h0, h1) = wchoice(prof)
        h = R.uniform(h0, h1)
        dt = datetime.datetime(day.year, day.month, day.day) + datetime.timedelta(minutes=int(h * 60))
        m = min_of(dt)
        if 40 <= m <= 126000 and (early is None or m <= early):
            return dt
    return NOW - datetime.timedelta(minutes=R.randint(300, 20000))


CN = "零一二三四五六七八九十"


def hour_cn(h):
    if h <= 10:
        return CN[h]
    return "十" + CN[h - 10] if h < 20 else ("二十" + (CN[h - 20] if h > 20 else ""))


def period(h):
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
    if h < 23:
        return "晚上"
    return "半夜"


def day_word(dt, rel=True, ri=False):
    d = (NOW.date() - dt.date()).days
    if rel and d == 0:
        return "今天"
    if rel and d == 1:
        return "昨天"
    if rel and d == 2 and chance(0.6):
        return "前天"
    return "%d月%d%s" % (dt.month, dt.day, "日" if ri else ch(["号", "号", "日"]))


def clock(dt, style):
    h, mi = dt.hour, dt.minute
    h12 = h if h <= 12 else h - 12
    if h == 0:
        h12 = 0
    if style == "num":
        return "%d:%02d" % (h, mi)
    if style == "cn":
        tail = "多" if mi >= 10 else ""
        if 25 <= mi <= 35:
            tail = "半"
        return period(h) + ("零" if h12 == 0 else hour_cn(h12)) + "点" + tail
    return period(h) + "%d点%s" % (h12, ("%d分" % mi) if mi else "")


def when(m, rel=True, style=None, ri=False):
    dt = dt_of(m)
    style = style or ch(["num", "cn", "mix"])
    return day_word(dt, rel, ri) + ("" if style == "num" and False else "") + clock(dt, style)


def window_text(lf, lt):
    s, e = dt_of(lf), dt_of(lt)
    same = s.date() == e.date()
    S = when(lf)
    if lf - lt <= 60:
        return ch(["%s左右" % S, "%s的时候" % S, "大概%s" % S])
    if same:
        E = clock(e, ch(["num", "cn", "mix"]))
    else:
        E = when(lt)
    return ch(["%s到%s之间" % (S, E), "%s还在，%s发现不见了" % (S, E),
               "%s之后，%s才发现没了" % (S, E), "从%s到%s" % (S, E)])


# ---------------------------------------------------------------- words

COLORS = {
    "黑": ["黑色", "黑色", "黑", "深色", "哑光黑", "亮黑色", "曜石黑"],
    "白": ["白色", "白色", "白", "珍珠白", "米白色"],
    "灰": ["灰色", "深灰色", "深空灰", "灰"],
    "银": ["银色", "银白色", "银", "月光银"],
    "金": ["金色", "香槟金", "土豪金", "金"],
    "蓝": ["蓝色", "蓝色", "深蓝色", "宝石蓝", "浅蓝色", "天空蓝"],
    "红": ["红色", "大红色", "酒红色", "红"],
    "粉": ["粉色", "粉红色", "樱花粉", "粉"],
    "绿": ["绿色", "墨绿色", "薄荷绿", "军绿色"],
    "紫": ["紫色", "浅紫色", "梦幻紫", "紫"],
    "黄": ["黄色", "明黄色", "柠檬黄"],
    "棕": ["棕色", "咖啡色", "褐色", "啡色"],
    "橙": ["橙色", "橘色", "橘黄色"],
}

BRANDS = {
    "华为": ["华为", "华为", "HUAWEI", "Huawei", "huawei", "华伟"],
    "苹果": ["苹果", "苹果", "iPhone", "Apple", "apple", "平果"],
    "小米": ["小米", "小米", "Xiaomi", "MI", "xiaomi"],
    "OPPO": ["OPPO", "OPPO", "oppo", "欧珀", "Oppo"],
    "vivo": ["vivo", "vivo", "VIVO", "维沃", "Vivo"],
    "荣耀": ["荣耀", "荣耀", "HONOR", "honor", "容耀"],
    "真我": ["真我", "realme", "Realme"],
    "七匹狼": ["七匹狼", "SEPTWOLVES", "7匹狼"],
    "金利来": ["金利来", "Goldlion", "goldlion"],
    "花花公子": ["花花公子", "PLAYBOY", "playboy"],
    "农业银行": ["农业银行", "农行", "中国农业银行", "ABC"],
    "工商银行": ["工商银行", "工行", "ICBC"],
    "建设银行": ["建设银行", "建行", "CCB"],
    "邮储银行": ["邮储银行", "邮政储蓄", "邮政银行"],
    "农商银行": ["莞溪农商银行", "农商行", "农商银行"],
}


def cword(c):
    return ch(COLORS[c])


def bword(b, mi_redmi=False):
    if mi_redmi and chance(0.5):
        return ch(["红米", "Redmi", "redmi", "小米红米"])
    return ch(BRANDS.get(b, [b]))


def mword(m):
    v = [m, m, m.replace(" ", ""), m.lower(), m.upper().replace(" ", "")]
    if m.startswith("iPhone "):
        v += ["苹果" + m[7:].replace(" ", ""), m[7:]]
    if m.startswith("畅享"):
        v += ["畅想" + m[2:].strip()]
    if " " in m and not m.startswith("iPhone"):
        v.append(m.split(" ", 1)[1])
    return ch(v)


# ---------------------------------------------------------------- facets

FACETS = {
    "case": [
        ("clear", ["套着透明壳", "透明的手机壳", "透明软壳，有点发黄了"], ["透明保护壳", "透明软壳（已发黄）", "外套透明手机套"]),
        ("blacksil", ["套了个黑色硅胶壳", "黑色软壳"], ["黑色硅胶保护套", "外有黑色软壳"]),
        ("xiaoxin", ["蜡笔小新的手机壳", "卡通壳，上面是蜡笔小新"], ["蜡笔小新图案手机壳", "卡通图案（蜡笔小新）外壳"]),
        ("flip", ["翻盖皮套", "棕色皮套，能翻开那种"], ["翻盖式皮套", "带翻盖皮套"]),
        ("ring", ["壳背面有个指环扣", "带指环支架的壳"], ["背面带金属指环支架", "手机壳背面有指环"]),
        ("bare", ["没带壳，裸机", "没有套壳"], ["无手机壳", "裸机，无保护壳"]),
        ("cardslot", ["壳子背面能插卡，里面插着饭卡", "插卡的手机壳，夹了张饭卡"], ["手机壳背后夹有饭卡一张", "壳内夹着饭卡一张"]),
        ("bluepc", ["蓝色磨砂壳", "壳是蓝色磨砂的"], ["蓝色磨砂硬壳", "外有蓝色磨砂壳"]),
    ],
    "screen": [
        ("crack_tl", ["屏幕左上角碎了", "屏幕左上角有裂痕"], ["屏幕左上角碎裂", "左上角屏幕有裂纹"]),
        ("crack_all", ["屏幕摔成蜘蛛网了", "整块屏都是裂纹"], ["屏幕全碎", "屏幕呈蛛网状裂纹"]),
        ("privacy", ["贴了防窥膜", "贴的是防窥膜"], ["贴有防窥膜", "屏幕贴防窥膜"]),
        ("crack_bot", ["屏幕下面裂了一条", "屏幕底部有条裂缝"], ["屏幕下方有一道裂痕", "屏幕底部裂"]),
        ("ok", ["屏幕好好的没碎", "屏幕没有碎"], ["屏幕完好", "屏幕无破损"]),
    ],
    "wallpaper": [
        ("kid", ["锁屏是我儿子的照片", "锁屏壁纸是个小男孩"], ["锁屏壁纸为一男童照片", "亮屏显示一个小男孩照片"]),
        ("cat", ["锁屏是一只橘猫", "壁纸是只橘猫"], ["锁屏为橘猫图片", "锁屏是一只黄色的猫"]),
        ("anime", ["锁屏是动漫路飞", "壁纸是海贼王路飞"], ["锁屏是动漫人物（路飞）", "锁屏为卡通人物草帽男孩"]),
        ("couple", ["锁屏是我和女朋友的合照", "壁纸是我们两个人的合影"], ["锁屏为一男一女合影", "锁屏是两个人的合照"]),
        ("sea", ["锁屏是海边的风景", "壁纸是大海"], ["锁屏为海景图", "锁屏图片是海边"]),
        ("mountain", ["锁屏是我老家的山", "壁纸是山的照片"], ["锁屏为山景照片", "锁屏是一张山的图片"]),
        ("default", ["锁屏就是系统自带的壁纸", "壁纸没改过，默认的"], ["锁屏为系统默认壁纸", "锁屏是默认壁纸"]),
        ("girl", ["锁屏是我女儿", "壁纸是个扎辫子的小女孩"], ["锁屏为一女童照片", "亮屏是个小女孩照片"]),
    ],
    "sticker": [
        ("bear", ["背面贴了个小熊贴纸", "后面有张小熊贴纸"], ["背面有小熊贴纸", "机身背面贴小熊贴纸"]),
        ("flag", ["后面贴了张国旗贴纸", "贴了个五星红旗贴纸"], ["背面贴国旗贴纸", "有五星红旗贴纸"]),
        ("pika", ["贴了皮卡丘贴纸", "背面有个皮卡丘"], ["有皮卡丘贴纸", "背面贴皮卡丘图案"]),
        ("fu", ["背后贴了个福字", "贴着一个小福字"], ["背面贴“福”字贴纸", "贴有福字"]),
    ],
    "lanyard": [
        ("redrope", ["挂了根红绳", "挂着红色挂绳"], ["带红色挂绳", "系有红绳"]),
        ("beads", ["挂着一串珠子", "挂了串木珠"], ["挂有串珠挂件", "挂一串木珠"]),
        ("pompom", ["挂了个毛球", "挂着白色毛球"], ["挂毛绒球挂件", "挂白色毛球"]),
        ("wrist", ["带一根黑色手腕绳", "挂了根黑色短挂绳"], ["带黑色手腕绳", "系黑色短挂绳"]),
    ],
    "caller": [(a, ["后来%s一直在打我电话" % a, "我让%s一直打这个号" % a],
                ["期间有来电显示“%s”，未接" % a, "有人来电，备注为“%s”" % a])
               for a in ["老婆", "妈", "老妈", "阿强", "强哥", "王姐", "老乡小李", "宝贝", "大哥", "房东", "表哥", "组长"]],
    # wallets and card holders
    "material": [
        ("leather", ["真皮的", "牛皮的"], ["皮质", "真皮材质"]),
        ("pu", ["人造革的", "PU皮的"], ["PU皮材质", "人造革"]),
        ("canvas", ["帆布的", "布的"], ["帆布材质", "布面"]),
        ("nylon", ["尼龙的，有拉链", "尼龙布的"], ["尼龙材质带拉链", "尼龙布"]),
    ],
    "wstyle": [
        ("long", ["长款的", "长钱包"], ["长款", "长方形长款"]),
        ("short", ["短款对折的", "对折的短钱包"], ["短款对折", "对折短款"]),
        ("zip", ["拉链的手拿包那种", "带拉链的"], ["拉链式", "拉链长款"]),
        ("tri", ["三折的", "三折小钱包"], ["三折式", "三折短款"]),
    ],
    "photo": [
        ("kid1", ["里面夹着我女儿的一寸照", "有张小孩的一寸照片"], ["内夹一寸照一张（女童）", "有小孩一寸照片一张"]),
        ("mom", ["有张我妈的照片", "夹了张老人的照片"], ["夹有老年妇女照片一张", "有老人照片一张"]),
        ("couple", ["有张我们的合照", "夹了张大头贴"], ["夹有大头贴一张", "内有合影大头贴"]),
        ("fu", ["夹着一个平安符", "里面有个黄色平安符"], ["内有黄色平安符一张", "夹平安符一个"]),
    ],
    "holder": [
        ("clearsleeve", ["装在透明卡套里", "套着透明卡套"], ["装于透明卡套内", "带透明卡套"]),
        ("bluesleeve", ["装在蓝色卡套里", "蓝色卡套"], ["装在蓝色卡套内", "蓝色卡套"]),
        ("redlan", ["挂着红色挂绳", "红色的挂绳"], ["带红色挂绳", "红色挂带"]),
        ("bluelan", ["蓝色挂绳", "挂绳是蓝色的"], ["带蓝色挂绳", "蓝色挂带"]),
        ("none", ["没有卡套", "没套卡套"], ["无卡套", "无卡套，单独一张"]),
    ],
}


def fpick(fname, exclude=None):
    pool = [e for e in FACETS[fname] if e[0] != exclude]
    return ch(pool)


def set_facet(obj, fname, exclude=None):
    vid, o, f = fpick(fname, exclude)
    obj["attrs"]["f:" + fname] = vid
    obj["fac"][fname] = (o, f)
    obj["know"].add("f:" + fname)
    obj["vis"].add("f:" + fname)


def new_obj(cat, sub, noun_o, noun_f, unit, person):
    return {"cat": cat, "sub": sub, "noun_o": noun_o, "noun_f": noun_f, "unit": unit,
            "attrs": {"sub": sub}, "fac": {}, "know": {"sub"}, "vis": {"sub"}, "hidden": [],
            "person": person, "extra": {}}


# ---------------------------------------------------------------- categories

PHONES = [
    ("华为", 6, ["nova Y63", "畅享 70E", "nova 11 Lite", "Mate 40R", "麦芒 X9"], ["黑", "白", "蓝", "绿", "紫", "银"]),
    ("苹果", 5, ["iPhone 12 青春版", "iPhone 13 Lite", "iPhone 14 mini", "iPhone X2", "iPhone 15e"], ["黑", "白", "蓝", "粉", "紫", "红", "金"]),
    ("小米", 4, ["Redmi Note 12R", "Redmi K50i", "Civi 3E", "Redmi 12C Pro"], ["黑", "白", "蓝", "绿", "灰"]),
    ("OPPO", 4, ["A97s", "Reno 9Z", "K10x Pro", "A1 活力版"], ["黑", "蓝", "金", "紫", "绿"]),
    ("vivo", 4, ["Y78s", "S16e", "iQOO Z7i", "Y35m"], ["黑", "蓝", "紫", "金", "白"]),
    ("荣耀", 3, ["X40i", "Play 7T Pro", "X50 GT"], ["黑", "蓝", "银", "绿"]),
    ("真我", 1, ["GT Neo 5 SE", "Q5i"], ["黑", "蓝", "黄"]),
]

PHONE_HIDDEN = ["密码是{I}生日", "锁屏密码是六个数字", "微信里还有两千多块钱", "里面有{I}娃的视频，别的无所谓",
                "手机里有{I}跟家里人的聊天记录，很重要", "是{I}上个月刚在兴隆路买的二手机", "用的是图案解锁，画个Z字",
                "里面有两张卡，一张移动一张电信", "支付宝绑了工资卡", "指纹解锁的"]


def make_phone(person, **kw):
    b = kw.get("brand") or wchoice([(p[0], p[1]) for p in PHONES])
    spec = [p for p in PHONES if p[0] == b][0]
    o = new_obj("phone", "手机", ["手机", "手机", "电话"], ["手机", "手机"], "一部", person)
    o["attrs"]["brand"] = b
    o["attrs"]["model"] = kw.get("model") or ch(spec[2])
    o["attrs"]["color"] = kw.get("color") or ch(spec[3])
    o["attrs"]["serial"] = new_imei()
    o["extra"]["serial_kind"] = "imei"
    o["know"] |= {"brand", "color"}
    if chance(0.72):
        o["know"].add("model")
    if chance(0.5):
        o["know"].add("serial")
    o["vis"] |= {"color"}
    o["could"] = ["brand", "model"]
    if chance(0.9):
        o["vis"].add("brand")
    if chance(0.3):
        o["vis"].add("model")
    if chance(0.06):
        o["vis"].add("serial")
        o["extra"]["imei_seen"] = True
    set_facet(o, "case")
    set_facet(o, "wallpaper")
    for f, p in (("screen", 0.6), ("sticker", 0.25), ("lanyard", 0.2), ("caller", 0.4)):
        if chance(p):
            set_facet(o, f)
    if "caller" in o["fac"] and chance(0.4):
        o["vis"].discard("f:caller")       # nobody happened to call while the finder held it
    o["hidden"] = R.sample(PHONE_HIDDEN, 2)
    return o


ID_SUBS = [("身份证", 5), ("居住证", 2), ("工牌", 4), ("银行卡", 3), ("社保卡", 1), ("驾驶证", 1)]
CARD_COLORS = {"农业银行": ["绿", "金"], "工商银行": ["红", "金"], "建设银行": ["蓝", "金"], "邮储银行": ["绿"], "农商银行": ["蓝", "金"]}


def make_id_doc(person, **kw):
    sub = kw.get("sub") or wchoice(ID_SUBS)
    nouns = {"身份证": (["身份证", "身份证", "二代身份证"], ["居民身份证", "身份证"], "一张"),
             "居住证": (["居住证", "广东居住证"], ["广东省居住证", "居住证"], "一张"),
             "工牌": (["工牌", "厂牌", "工作牌"], ["工牌", "厂牌", "员工工作证"], "一个"),
             "银行卡": (["银行卡", "工资卡", "卡"], ["银行卡", "借记卡"], "一张"),
             "社保卡": (["社保卡"], ["社会保障卡", "社保卡"], "一张"),
             "驾驶证": (["驾驶证", "驾照"], ["机动车驾驶证", "驾驶证"], "一本")}[sub]
    o = new_obj("id_doc", sub, nouns[0], nouns[1], nouns[2], person)
    a = o["attrs"]
    if sub in ("身份证", "居住证", "社保卡", "驾驶证"):
        a["name"] = person["name"]
        a["serial"] = person["id"]
        o["extra"]["serial_kind"] = "id"
        o["know"] |= {"name", "serial"}
        o["vis"] |= {"name", "serial"}
        if sub == "社保卡":
            a["brand"] = kw.get("brand") or ch(["农业银行", "工商银行", "建设银行"])
            o["know"].add("brand")
            o["vis"].add("brand")
        if sub == "驾驶证":
            a["color"] = kw.get("color") or "棕"
            o["know"].add("color"); o["vis"].add("color")
        if chance(0.5):
            set_facet(o, "holder")
    elif sub == "工牌":
        a["name"] = person["name"]
        a["serial"] = person["staff"]
        o["extra"]["serial_kind"] = "staff"
        a["factory"] = person["fac"][0]
        o["know"] |= {"name", "serial", "factory"}
        o["vis"] |= {"name", "serial", "factory"}
        set_facet(o, "holder")
        o["hidden"] = ["吃饭刷卡也要用", "上班要刷这个，没有进不去厂"]
    else:
        bank = kw.get("brand") or ch(sorted(CARD_COLORS))
        a["brand"] = bank
        a["color"] = kw.get("color") or ch(CARD_COLORS[bank])
        a["serial"] = new_tail()
        o["extra"]["serial_kind"] = "card"
        o["extra"]["bin"] = ch(["6228", "6222", "6217", "6230", "6210", "6215"])
        o["know"] |= {"brand", "serial", "color"}
        o["vis"] |= {"brand", "serial", "color"}
        if chance(0.5):
            set_facet(o, "holder")
        o["hidden"] = ["是{I}的工资卡，这个月工资刚发进去", "已经打电话挂失了", "密码没写在卡上"]
    return o


WALLET_BRANDS = [("七匹狼", 2), ("金利来", 1), ("花花公子", 1), ("", 5)]
WALLET_SUBS = ["钱包", "钱包", "卡包", "零钱包"]


def make_wallet(person, **kw):
    sub = kw.get("sub") or ch(WALLET_SUBS)
    o = new_obj("wallet", sub, {"钱包": ["钱包", "钱包", "皮夹"], "卡包": ["卡包", "卡套钱包"], "零钱包": ["零钱包", "小钱包"]}[sub],
                {"钱包": ["钱包"], "卡包": ["卡包"], "零钱包": ["零钱包"]}[sub], "一个", person)
    a = o["attrs"]
    o["extra"]["container"] = True
    a["color"] = kw.get("color") or ch(["黑", "黑", "棕", "红", "粉", "蓝", "白", "灰"])
    o["know"].add("color"); o["vis"].add("color")
    b = kw.get("brand", None)
    if b is None:
        b = wchoice(WALLET_BRANDS)
    a["brand"] = b
    o["know"].add("brand")
    if chance(0.8) or not b:
        o["vis"].add("brand")
    set_facet(o, "material")
    if sub == "钱包":
        set_facet(o, "wstyle")
    if chance(0.55) or sub == "卡包":
        a["name"] = person["name"]
        a["serial"] = person["id"]
        o["extra"]["serial_kind"] = "id"
        o["extra"]["has_id"] = True
        o["know"] |= {"name", "serial"}; o["vis"] |= {"name", "serial"}
    if chance(0.6):
        a["cardtail"] = new_tail()
        o["extra"]["bank"] = ch(sorted(CARD_COLORS))
        o["know"].add("cardtail"); o["vis"].add("cardtail")
    if sub != "卡包" or chance(0.3):
        a["cash"] = ch([R.randint(2, 30) * 10, R.randint(1, 9) * 100 + ch([0, 0, 20, 50, 70]), R.randint(11, 40) * 50])
        o["know"].add("cash"); o["vis"].add("cash")
    if chance(0.3):
        a["staffno"] = person["staff"]
        o["know"].add("staffno"); o["vis"].add("staffno")
        if "name" not in a:
            a["name"] = person["name"]; o["know"].add("name"); o["vis"].add("name")
    if chance(0.3):
        set_facet(o, "photo")
    o["hidden"] = ch([["钱包是家里人送的"], ["是去年过年买的"], ["拉链有点坏了"], []])
    return o


EBIKE_BRANDS = [("雅迪", 4), ("爱玛", 3), ("台铃", 3), ("新日", 2), ("绿源", 2), ("小牛", 1)]
BRANDS.update({
    "雅迪": ["雅迪", "雅迪", "Yadea", "YADEA", "yadi"],
    "爱玛": ["爱玛", "爱玛", "AIMA", "aima", "艾玛"],
    "台铃": ["台铃", "台铃", "TAILG", "tailg", "台玲"],
    "新日": ["新日", "SUNRA", "sunra"],
    "绿源": ["绿源", "LUYUAN", "luyuan", "绿原"],
    "小牛": ["小牛", "NIU", "niu", "小牛电动"],
    "金福珠宝": ["金福珠宝", "金福", "JINFU"],
    "恒昌金行": ["恒昌金行", "恒昌", "HENGCHANG"],
    "粤兴珠宝": ["粤兴珠宝", "粤兴", "YUEXING"],
})

FACETS.update({
    "kcount": [(str(n), ["一共%s把钥匙" % w, "%s把钥匙" % w, "%s把" % w], ["钥匙%d把" % n, "共%s把钥匙" % w, "%d把钥匙" % n])
               for n, w in ((2, "两"), (3, "三"), (4, "四"), (5, "五"), (6, "六"))],
    "pendant": [
        ("bear", ["挂着一个小熊挂件", "有个毛绒小熊"], ["挂有小熊挂件", "带毛绒小熊"]),
        ("ball", ["挂了个小篮球", "钥匙扣是个篮球"], ["挂篮球造型钥匙扣", "带小篮球挂件"]),
        ("opener", ["钥匙扣上有个开瓶器", "带开瓶器的钥匙扣"], ["钥匙扣带开瓶器", "挂开瓶器"]),
        ("jade", ["挂了个平安扣", "有个玉的平安扣"], ["挂绿色平安扣", "带玉质平安扣"]),
        ("ultra", ["挂着奥特曼", "有个奥特曼小公仔"], ["挂奥特曼公仔", "带奥特曼挂件"]),
        ("clipper", ["挂了把指甲剪", "串着个指甲钳"], ["挂指甲剪一把", "串有指甲钳"]),
        ("bell", ["挂个小铃铛", "有个铃铛，一走就响"], ["挂有小铃铛", "带铃铛"]),
        ("rabbit", ["挂了只毛绒兔子", "兔子挂件"], ["挂毛绒兔挂件", "带兔子公仔"]),
    ],
    "fob": [
        ("bluefob", ["有个蓝色门禁扣", "串着蓝色的门禁卡"], ["带蓝色门禁扣", "蓝色门禁扣一个"]),
        ("redfob", ["有个红色门禁扣", "红色门禁卡扣"], ["带红色门禁扣", "红色门禁扣一个"]),
        ("yellowfob", ["黄色圆的门禁扣", "有个黄色门禁"], ["带黄色圆形门禁扣", "黄色门禁扣"]),
        ("whitecard", ["串着一张白色门禁卡", "白色门禁卡"], ["串有白色门禁卡一张", "白色门禁卡"]),
        ("nofob", ["没有门禁卡", "不带门禁"], ["无门禁卡", "未见门禁卡"]),
    ],
    "wrap": [
        ("kraft", ["装在牛皮纸信封里", "用牛皮纸信封装着"], ["装于牛皮纸信封内", "牛皮纸信封装"]),
        ("whiteenv", ["装在白信封里", "白色信封装的"], ["装于白色信封内", "白信封装"]),
        ("hongbao", ["装在红包里", "用红包装着"], ["装在红包内", "红包一个"]),
        ("plastic", ["用透明塑料袋包着", "装在小塑料袋里"], ["透明塑料袋包裹", "装在塑料袋内"]),
        ("rubber", ["用橡皮筋扎着", "拿橡皮筋捆了一下"], ["橡皮筋捆扎", "用皮筋扎着"]),
        ("folded", ["对折着放的，没包", "就折起来的一沓"], ["对折成一沓", "未包装，折叠"]),
    ],
    "denom": [
        ("all100", ["全是一百的", "都是100块的"], ["均为100元面额", "全部百元钞"]),
        ("mixed", ["有一百的也有五十的", "一百五十的都有"], ["百元、五十元混合", "100元和50元的都有"]),
        ("small", ["零钱多，二十十块的", "好多是十块二十的"], ["多为10元、20元小面额", "小面额为主"]),
    ],
    "jpend": [
        ("guanyin", ["吊坠是个观音", "挂着观音"], ["带观音吊坠", "观音像吊坠"]),
        ("pixiu", ["吊坠是貔貅", "有个貔貅"], ["带貔貅吊坠", "貔貅挂坠"]),
        ("heart", ["心形吊坠", "坠子是个爱心"], ["心形吊坠", "带爱心坠"]),
        ("pig", ["挂个小金猪", "吊坠是小猪"], ["小猪造型吊坠", "带小猪坠"]),
        ("lotus", ["莲花吊坠", "坠子是朵莲花"], ["莲花形吊坠", "带莲花坠"]),
        ("nopend", ["没有吊坠，光链子", "就一根链子没坠子"], ["无吊坠", "仅链身，无坠"]),
    ],
    "engrave": [(t, ["里面刻了“%s”" % t, "刻着%s" % t, "上面有刻字%s" % t], ["内侧刻字“%s”" % t, "刻有“%s”" % t])
                for t in ["LOVE", "平安", "CX", "LY&ZM", "福", "520", "1314", "W.J", "永远", "H&Y", "ZQ", "MLJ", "一生",
                          "T&L", "K.Y", "99", "JX♡", "安", "YS", "BB"]],
    "chain": [
        ("twist", ["麻花链", "链子是麻花的"], ["麻花链", "扭纹链"]),
        ("bead", ["珠子链", "一颗一颗珠子那种"], ["珠链", "圆珠链"]),
        ("snake", ["蛇骨链", "细的蛇骨链"], ["蛇骨链", "细蛇骨链"]),
        ("box", ["方块链", "盒子链"], ["方形链节", "盒子链"]),
    ],
    "stamp": [
        ("999", ["足金的", "足金999"], ["印有“足金999”", "标记足金"]),
        ("18k", ["18K金的", "K金的"], ["印有“18K”", "标记18K"]),
        ("s925", ["925银的", "纯银的"], ["印有“S925”", "标S925"]),
    ],
})

FACETS.update({
    "keycap": [
        ("redcap", ["有把钥匙套了红色胶套", "钥匙头上有红色套子"], ["一把钥匙带红色胶套", "红色钥匙套"]),
        ("greencap", ["有把钥匙套了绿色胶套", "绿色的钥匙套"], ["一把钥匙带绿色胶套", "绿色钥匙套"]),
        ("yellowcap", ["黄色钥匙套", "套着黄色胶套"], ["黄色钥匙胶套", "一把带黄色套"]),
        ("brass", ["有一把是铜的老式钥匙", "一把黄铜老钥匙"], ["含一把铜色老式钥匙", "有把黄铜钥匙"]),
        ("cross", ["有把十字钥匙", "一把十字型的"], ["含十字钥匙一把", "有十字形钥匙"]),
    ],
    "ring": [
        ("carabiner", ["用个登山扣串着", "挂在登山扣上"], ["登山扣串着", "带登山扣"]),
        ("wire", ["钢丝圈串的", "串在钢丝圈上"], ["钢丝钥匙圈", "钢丝圈串"]),
        ("leather", ["皮的钥匙扣", "有个皮质钥匙包"], ["皮质钥匙扣", "带皮钥匙包"]),
        ("plainring", ["就普通的钥匙圈", "一个铁圈串着"], ["普通铁圈", "铁质钥匙圈"]),
        ("lanyard", ["挂着根挂绳，平时挂脖子上", "有根长挂绳"], ["带长挂绳", "系有挂绳"]),
    ],
})

FACETS["remote"] = [
    ("two", ["遥控是两个键的", "两个按键的遥控"], ["遥控为两键", "双键遥控"]),
    ("four", ["四个键的遥控", "遥控有四个按钮"], ["四键遥控", "遥控四个按键"]),
    ("cracked", ["遥控外壳裂了", "遥控壳摔裂了一块"], ["遥控外壳有裂痕", "遥控壳破裂"]),
    ("taped", ["遥控用胶布缠着", "遥控缠了黑胶布"], ["遥控缠有胶布", "遥控用黑胶布缠着"]),
    ("cover", ["遥控套了个硅胶套", "遥控有个透明套"], ["遥控带硅胶保护套", "遥控外有透明套"]),
]

FACETS["earstyle"] = [
    ("hoop", ["是圈圈的耳环", "大圆圈那种"], ["圆圈形耳环", "环形耳环"]),
    ("drop", ["吊坠式的，坠着个小珠子", "下面坠个珠子"], ["吊坠式，带小珠", "坠珠耳环"]),
    ("stud", ["小耳钉，带个星星", "星星耳钉"], ["星星造型耳钉", "耳钉（星形）"]),
    ("tassel", ["流苏的长耳环", "长流苏耳坠"], ["流苏长耳坠", "长款流苏耳环"]),
]
FACETS["jadeform"] = [
    ("crack", ["有一道小裂纹", "上面有条裂"], ["有一道裂纹", "镯身有裂"]),
    ("float", ["里面有飘花", "带绿色飘花"], ["带飘花", "有絮状飘花"]),
    ("goldwrap", ["断过一次，用金包了边", "有一段包金"], ["有一段金色包边", "镯身一处包金"]),
    ("plain", ["很干净，没花纹", "通体一个颜色"], ["通体均匀无杂纹", "颜色均匀"]),
]

FOBCOL = {"bluefob": "蓝", "redfob": "红", "yellowfob": "黄", "whitecard": "白"}

KEY_SUBS = [("钥匙串", 5), ("电动车钥匙", 3), ("柜子钥匙", 1), ("门禁卡钥匙", 2)]


def make_keys(person, **kw):
    sub = kw.get("sub") or wchoice(KEY_SUBS)
    nouns = {"钥匙串": (["钥匙", "一串钥匙", "钥匙串"], ["钥匙"], "一串"),
             "电动车钥匙": (["电动车钥匙", "电车钥匙", "电瓶车钥匙"], ["电动车钥匙", "电动车遥控钥匙"], "一把"),
             "柜子钥匙": (["柜子钥匙", "更衣柜钥匙"], ["柜子钥匙", "小钥匙"], "一把"),
             "门禁卡钥匙": (["钥匙加门禁卡", "宿舍钥匙和门禁"], ["钥匙（带门禁卡）", "门禁卡及钥匙"], "一串")}[sub]
    o = new_obj("keys", sub, nouns[0], nouns[1], nouns[2], person)
    a = o["attrs"]
    if sub == "电动车钥匙":
        a["brand"] = kw.get("brand") or wchoice(EBIKE_BRANDS)
        a["color"] = kw.get("color") or ch(["黑", "黑", "白", "蓝", "红"])
        o["extra"]["color_of"] = "遥控"
        o["know"] |= {"brand", "color"}; o["vis"] |= {"brand", "color"}
        set_facet(o, "remote")
        if chance(0.5):
            set_facet(o, "pendant")
        if chance(0.4):
            set_facet(o, "ring")
    elif sub == "柜子钥匙":
        a["serial"] = kw.get("serial") or new_code(ch(["A-", "B-", "C-"]), 3)
        o["extra"]["serial_kind"] = "tag"
        o["know"].add("serial"); o["vis"].add("serial")
        o["extra"]["must"] = {"serial"}
        if chance(0.5):
            set_facet(o, "pendant")
    else:
        set_facet(o, "kcount")
        set_facet(o, "pendant")
        if chance(0.75):
            set_facet(o, "keycap")
        if chance(0.75):
            set_facet(o, "ring")
        if sub == "门禁卡钥匙":
            vid, oo, ff = fpick("fob", "nofob")
            inv = {c: f for f, c in FOBCOL.items()}
            if kw.get("color") in inv:
                vid = inv[kw["color"]]
                oo, ff = [(e[1], e[2]) for e in FACETS["fob"] if e[0] == vid][0]
            a["f:fob"] = vid; o["fac"]["fob"] = (oo, ff); o["know"].add("f:fob"); o["vis"].add("f:fob")
            a["color"] = kw.get("color") or FOBCOL[vid]
            o["extra"]["color_of"] = "门禁扣" if a["color"] == FOBCOL[vid] else "钥匙扣"
            o["know"].add("color"); o["vis"].add("color")
        elif chance(0.4):
            a["color"] = kw.get("color") or ch(["银", "金", "黑", "红", "蓝"])
            o["extra"]["color_of"] = "钥匙扣"
            o["know"].add("color"); o["vis"].add("color")
        if chance(0.3):
            a["serial"] = new_code(ch(["A栋", "B栋", "5栋", "3栋"]), 3)
            o["extra"]["serial_kind"] = "tag"
            o["know"].add("serial"); o["vis"].add("serial")
    o["hidden"] = ch([["有一把是厂里更衣柜的"], ["宿舍钥匙，舍友也没有备用的"], ["还有一把是老家房子的钥匙"], []])
    return o


def make_cash(person, **kw):
    o = new_obj("cash", "现金", ["现金", "钱", "工资"], ["现金", "人民币"], "一笔", person)
    a = o["attrs"]
    a["cash"] = kw.get("cash") or ch([R.randint(3, 9) * 100 + ch([0, 0, 50]), R.randint(10, 60) * 100,
                                       R.randint(20, 90) * 10, R.randint(25, 52) * 100 + ch([0, 20, 50])])
    o["know"].add("cash"); o["vis"].add("cash")
    o["extra"]["must"] = {"cash"}
    vid, oo, ff = fpick("wrap")
    if kw.get("color"):
        vid = {"棕": "kraft", "白": "whiteenv", "红": "hongbao"}.get(kw["color"], vid)
        oo, ff = [(e[1], e[2]) for e in FACETS["wrap"] if e[0] == vid][0]
    a["f:wrap"] = vid; o["fac"]["wrap"] = (oo, ff); o["know"].add("f:wrap"); o["vis"].add("f:wrap")
    if vid in ("kraft", "whiteenv", "hongbao"):
        a["color"] = {"kraft": "棕", "whiteenv": "白", "hongbao": "红"}[vid]
        o["extra"]["color_of"] = "信封" if vid != "hongbao" else "红包"
        o["know"].add("color"); o["vis"].add("color")
        o["extra"]["container"] = True
        if vid != "hongbao" and chance(0.45):
            a["name"] = person["name"]
            a["staffno"] = person["staff"]
            o["know"] |= {"name", "staffno"}; o["vis"] |= {"name", "staffno"}
    set_facet(o, "denom")
    o["hidden"] = ch([["是刚发的工资，准备寄回老家的"], ["月底发的工资，刚从ATM取出来"], ["是交房租的钱"],
                      ["是{I}这个月的生活费"], ["准备给家里小孩交学费的"]])
    return o


JEWEL_SUBS = [("金项链", 4), ("金手链", 3), ("银手镯", 2), ("玉镯", 1), ("金戒指", 2), ("耳环", 1), ("转运珠手链", 2), ("银项链", 1)]


def make_jewelry(person, **kw):
    sub = kw.get("sub") or wchoice(JEWEL_SUBS)
    unit = {"金戒指": "一枚", "耳环": "一对", "玉镯": "一只", "银手镯": "一只"}.get(sub, "一条")
    no = {"金项链": ["金项链", "金链子", "黄金项链"], "金手链": ["金手链", "黄金手链"], "银手镯": ["银手镯", "银镯子"],
          "玉镯": ["玉镯子", "翡翠手镯", "玉手镯"], "金戒指": ["金戒指", "黄金戒指"], "耳环": ["耳环", "耳坠"],
          "转运珠手链": ["转运珠红绳", "红绳手链", "转运珠手链"], "银项链": ["银项链", "银链子"]}[sub]
    nf = {"金项链": ["项链", "金属项链"], "金手链": ["手链", "金属手链"], "银手镯": ["手镯", "金属手镯"],
          "玉镯": ["玉镯", "玉质手镯"], "金戒指": ["戒指", "金属戒指"], "耳环": ["耳环", "耳饰"],
          "转运珠手链": ["红绳手链（带转运珠）", "红绳转运珠手链"], "银项链": ["项链", "金属项链"]}[sub]
    o = new_obj("jewelry", sub, no, nf, unit, person)
    a = o["attrs"]
    a["color"] = kw.get("color") or {"金项链": "金", "金手链": "金", "银手镯": "银", "玉镯": "绿", "金戒指": "金",
                                     "耳环": ch(["金", "银"]), "转运珠手链": "红", "银项链": "银"}[sub]
    o["know"].add("color"); o["vis"].add("color")
    b = kw.get("brand", None)
    if b is None:
        b = wchoice([("金福珠宝", 1), ("恒昌金行", 1), ("粤兴珠宝", 1), ("", 3)])
    if sub != "转运珠手链":
        a["brand"] = b
        o["know"].add("brand")
        if chance(0.6) or not b:
            o["vis"].add("brand")
    if sub in ("金项链", "银项链"):
        set_facet(o, "jpend"); set_facet(o, "chain")
    elif sub in ("金手链",):
        set_facet(o, "chain")
        if chance(0.5):
            set_facet(o, "engrave")
    elif sub in ("银手镯", "金戒指"):
        set_facet(o, "engrave")
    elif sub == "转运珠手链":
        set_facet(o, "jpend")
    elif sub == "耳环":
        set_facet(o, "earstyle")
    elif sub == "玉镯":
        set_facet(o, "jadeform")
    if sub not in ("玉镯", "转运珠手链") and chance(0.6):
        st = {"金": ch(["999", "18k"]), "银": "s925"}.get(a["color"])
        if st:
            vid = st
            oo, ff = [(e[1], e[2]) for e in FACETS["stamp"] if e[0] == vid][0]
            a["f:stamp"] = vid; o["fac"]["stamp"] = (oo, ff); o["know"].add("f:stamp"); o["vis"].add("f:stamp")
    o["hidden"] = ch([["大概%d克" % R.randint(3, 20)], ["是{I}妈给{I}的"], ["去年在老家金店买的，花了%d多" % (R.randint(2, 9) * 1000)],
                      ["男朋友送的生日礼物"], ["扣子有点松，可能是自己掉的"]])
    return o



# ---------------------------------------------------------------- vehicles and bags

BRANDS.update({
    "捷安特": ["捷安特", "GIANT", "giant", "捷安特GIANT"],
    "永久": ["永久", "FOREVER", "永久牌"],
    "凤凰": ["凤凰", "PHOENIX", "凤凰牌"],
    "喜德盛": ["喜德盛", "XDS", "xds"],
    "飞鸽": ["飞鸽", "FLYING PIGEON", "飞鸽牌"],
    "耐克": ["耐克", "NIKE", "Nike", "nike", "耐克NIKE"],
    "阿迪达斯": ["阿迪达斯", "adidas", "阿迪", "Adidas"],
    "李宁": ["李宁", "LI-NING", "lining", "李宁LINING"],
    "安踏": ["安踏", "ANTA", "anta"],
    "特步": ["特步", "XTEP", "xtep"],
    "世达": ["世达", "SATA", "sata"],
    "得力": ["得力", "deli", "DELI"],
})

EBIKES = [
    ("雅迪", 4, ["冠能 T9", "悦行 E3", "风尚 M6"]),
    ("爱玛", 3, ["凌锐 A5", "元宝 M2", "随心 S3"]),
    ("台铃", 3, ["超能 K8", "星驰 T1", "追光 Q3"]),
    ("新日", 2, ["XC3", "领骏 R5"]),
    ("绿源", 2, ["液冷 S7", "MODA 3"]),
    ("小牛", 1, ["G5 青春版", "U2 Lite"]),
]

FACETS.update({
    "ebacc": [
        ("backrest", ["后座加了个靠背", "装了后靠背"], ["后座带靠背", "加装后靠背"]),
        ("basket", ["前面有个车篮", "装了前车筐"], ["前有车篮", "带前车筐"]),
        ("sunshade", ["装了遮阳伞", "上面有个遮阳棚"], ["装有遮阳伞", "带遮阳篷"]),
        ("phonemount", ["车头装了手机支架", "龙头上有手机架"], ["车把装手机支架", "带手机支架"]),
        ("footmat", ["脚踏板铺了块红色脚垫", "脚垫是红色的"], ["踏板有红色脚垫", "红色脚踏垫"]),
        ("nothing", ["啥也没装，原车", "没加装东西"], ["无加装配件", "原装无改装"]),
    ],
    "ebmark": [
        ("mirror", ["右边后视镜断了", "少了一个右后视镜"], ["右侧后视镜缺失", "右后视镜断裂"]),
        ("takeout", ["车尾贴了外卖的贴纸", "后面贴着外卖箱贴"], ["车尾有外卖贴纸", "车身贴外卖标识"]),
        ("taped", ["座垫破了用胶布缠着", "坐垫用黑胶布缠了"], ["座垫破损缠胶布", "坐垫缠黑色胶布"]),
        ("scratch", ["前面挡板刮花了一大块", "车头左边刮得很厉害"], ["车头前板有明显刮痕", "前挡板刮花"]),
        ("reflect", ["车尾贴了反光条", "后挡泥板有反光贴"], ["车尾有反光贴", "后部贴反光条"]),
    ],
    "seatcover": [
        ("leopard", ["座套是豹纹的", "套了个豹纹座套"], ["豹纹座套", "坐垫套豹纹套"]),
        ("mesh", ["坐垫套了黑色网格凉垫", "座位上有个透气网垫"], ["座垫有黑色网格凉垫", "坐垫套网格凉垫"]),
        ("cartoon", ["座套是卡通的，有个小熊", "小熊图案的座套"], ["卡通小熊座套", "座套印小熊图案"]),
        ("bamboo", ["坐垫上铺了竹片凉垫", "有个竹子凉席垫"], ["坐垫铺竹片凉垫", "竹凉垫"]),
        ("nocover", ["没套座套", "座垫没套东西"], ["无座套", "座垫无套"]),
    ],
    "bkacc": [
        ("basket", ["前面有车筐", "带个前车篮"], ["前有车筐", "带前车篮"]),
        ("rack", ["后面有货架", "装了后座"], ["带后货架", "有后座"]),
        ("fender", ["前后都有挡泥板", "装了挡泥板"], ["前后挡泥板", "带挡泥板"]),
        ("bottle", ["车架上有个水壶架", "挂了个水壶架"], ["车架装水壶架", "带水壶架"]),
        ("bare", ["什么都没装", "光车架，没车筐"], ["无车筐无后座", "无附加配件"]),
    ],
    "bkmark": [
        ("tape", ["车把缠了蓝色胶布", "把手用蓝胶布缠着"], ["车把缠蓝色胶布", "把手缠蓝胶布"]),
        ("seat", ["座垫裂开了", "坐垫破了个口"], ["座垫开裂", "坐垫破口"]),
        ("gear", ["变速坏了，一直在一个挡", "变速器不好使"], ["变速器损坏", "变速失灵"]),
        ("bell", ["车铃是个小黄鸭", "车头有个小黄鸭铃铛"], ["车把有小黄鸭车铃", "小黄鸭造型车铃"]),
        ("rust", ["链条锈得厉害", "链子全是锈"], ["链条严重生锈", "链条锈蚀"]),
    ],
    "bagmark": [
        ("doll", ["拉链上挂了个小玩偶", "挂着个公仔"], ["拉链挂小玩偶", "挂有公仔"]),
        ("hole", ["侧边破了个洞", "底下磨破了"], ["侧面有破洞", "底部磨损破洞"]),
        ("zip", ["拉链坏了一边", "有条拉链拉不上"], ["一侧拉链损坏", "拉链坏"]),
        ("redrope", ["提手上绑了根红绳", "把手系了红绳"], ["提手系红绳", "把手绑红绳"]),
        ("badge", ["包上别了几个徽章", "有几个小徽章"], ["包面别有徽章数枚", "带几个徽章"]),
        ("name", ["包上用笔写了个“李”字", "包内侧写着我姓"], ["包内侧有手写字迹", "包上有笔写的字"]),
    ],
    "cloth": [
        ("uniform", ["里面有两套工衣", "装着厂里的工衣"], ["工衣两套", "厂服两件"]),
        ("tshirts", ["几件换洗的T恤", "换洗衣服"], ["T恤数件", "换洗衣物若干"]),
        ("jacket", ["一件黑色外套", "有件防晒衣"], ["黑色外套一件", "防晒衣一件"]),
        ("none", ["没装衣服", "没有衣服"], ["无衣物", "未见衣物"]),
    ],
    "gear": [
        ("powerbank", ["还有个充电宝", "一个白色充电宝"], ["充电宝一个", "白色充电宝"]),
        ("umbrella", ["一把折叠伞", "有把雨伞"], ["折叠伞一把", "雨伞一把"]),
        ("cup", ["一个保温杯", "有个不锈钢水杯"], ["保温杯一个", "不锈钢水杯"]),
        ("specialty", ["带了两包老家的腊肉", "有老家的特产"], ["腊肉两包", "土特产若干"]),
        ("charger", ["手机充电器和数据线", "有充电线"], ["充电器及数据线", "数据线一根"]),
        ("book", ["一本笔记本，记着账", "有个记账的本子"], ["笔记本一本（有记账内容）", "记账本一本"]),
    ],
    "tool": [
        ("solder", ["电烙铁和焊锡", "里面有把电烙铁"], ["电烙铁一把", "烙铁及焊锡丝"]),
        ("screw", ["一套螺丝刀", "螺丝刀套装"], ["螺丝刀一套", "螺丝批套装"]),
        ("meter", ["一个万用表", "有个黄色万用表"], ["万用表一个", "黄色万用表"]),
        ("pliers", ["几把钳子", "尖嘴钳和斜口钳"], ["钳子数把", "尖嘴钳、斜口钳"]),
        ("gloves", ["几双劳保手套", "工作手套"], ["劳保手套数双", "线手套若干"]),
    ],
})


def plate():
    return uniq(lambda: ch("ABCDEFG") + "%05d" % R.randint(0, 99999))


def frame_no(prefix):
    return uniq(lambda: prefix + "%02d" % R.randint(18, 25) + ch("ABCDEFGHJK") + "%06d" % R.randint(0, 999999))


def make_ebike(person, **kw):
    b = kw.get("brand") or wchoice([(e[0], e[1]) for e in EBIKES])
    spec = [e for e in EBIKES if e[0] == b][0]
    o = new_obj("ebike", "电动车", ["电动车", "电瓶车", "电车", "电动自行车"], ["电动车", "电动自行车", "两轮电动车"], "一辆", person)
    a = o["attrs"]
    a["brand"] = b
    a["model"] = kw.get("model") or ch(spec[2])
    a["color"] = kw.get("color") or ch(["白", "黑", "红", "蓝", "灰", "粉", "绿", "银"])
    o["know"] |= {"brand", "color"}; o["vis"] |= {"brand", "color"}
    if chance(0.5):
        o["know"].add("model")
    if chance(0.4):
        o["vis"].add("model")
    o["could"] = ["brand", "model"]
    if chance(0.75):
        a["serial"] = plate()
        o["extra"]["serial_kind"] = "plate"
        o["know"].add("serial"); o["vis"].add("serial")
    else:
        a["serial"] = frame_no(ch(["YD", "AM", "TL", "XR", "LY"]))
        o["extra"]["serial_kind"] = "frame"
        if chance(0.6):
            o["know"].add("serial")
        if chance(0.5):
            o["vis"].add("serial")
    set_facet(o, "ebacc")
    set_facet(o, "seatcover")
    if chance(0.7):
        set_facet(o, "ebmark")
    o["hidden"] = R.sample(["电池是上个月新换的", "钥匙还在{I}身上", "买的时候花了两千八", "是在兴隆路二手车行买的",
                            "锁是锁好了的，肯定是被人推走了", "电池是60V的", "里面坐垫下面放着雨衣"], 2)
    return o


BIKE_BRANDS = [("捷安特", 2), ("永久", 2), ("凤凰", 2), ("喜德盛", 2), ("飞鸽", 1), ("", 3)]
BIKE_MODELS = {"捷安特": ["ATX 770", "XTC 520"], "永久": ["C3 通勤", "YE 200"], "凤凰": ["K9", "城市 26寸"],
               "喜德盛": ["英雄 300", "逐日 7"], "飞鸽": ["FG-28", "复古 24"]}


def make_bicycle(person, **kw):
    sub = kw.get("sub") or ch(["山地车", "山地车", "自行车", "折叠车"])
    o = new_obj("bicycle", sub, {"山地车": ["山地车", "山地自行车", "单车"], "自行车": ["自行车", "单车", "脚踏车"],
                                  "折叠车": ["折叠自行车", "折叠车"]}[sub],
                {"山地车": ["山地自行车", "山地车"], "自行车": ["自行车", "普通自行车"], "折叠车": ["折叠自行车"]}[sub],
                "一辆", person)
    a = o["attrs"]
    b = kw.get("brand", None)
    if b is None:
        b = wchoice(BIKE_BRANDS)
    a["brand"] = b
    o["know"].add("brand"); o["vis"].add("brand")
    if b:
        a["model"] = kw.get("model") or ch(BIKE_MODELS[b])
        if chance(0.4):
            o["know"].add("model")
        if chance(0.3):
            o["vis"].add("model")
    a["color"] = kw.get("color") or ch(["黑", "白", "红", "蓝", "绿", "橙", "灰"])
    o["know"].add("color"); o["vis"].add("color")
    a["serial"] = frame_no(ch(["GA", "FV", "PH", "XD", "FP"]))
    o["extra"]["serial_kind"] = "frame"
    if chance(0.3):
        o["know"].add("serial")
    if chance(0.4):
        o["vis"].add("serial")
    set_facet(o, "bkacc")
    set_facet(o, "bkmark")
    o["hidden"] = ch([["是工友走的时候转给{I}的"], ["二手买的，一百五"], ["锁的密码是{I}生日"], []])
    return o


BAG_SUBS = [("双肩包", 4), ("斜挎包", 3), ("手提袋", 1), ("工具包", 2), ("编织袋", 1), ("腰包", 1)]
BAG_BRANDS = {"双肩包": [("耐克", 2), ("阿迪达斯", 2), ("李宁", 1), ("安踏", 1), ("特步", 1), ("", 3)],
              "斜挎包": [("耐克", 1), ("阿迪达斯", 1), ("李宁", 1), ("", 3)],
              "手提袋": [("", 1)], "工具包": [("世达", 2), ("得力", 2), ("", 2)], "编织袋": [("", 1)],
              "腰包": [("耐克", 1), ("安踏", 1), ("", 3)]}


def make_bag(person, **kw):
    sub = kw.get("sub") or wchoice(BAG_SUBS)
    no = {"双肩包": ["双肩包", "背包", "书包"], "斜挎包": ["斜挎包", "挎包", "单肩包"], "手提袋": ["手提袋", "袋子"],
          "工具包": ["工具包", "工具袋"], "编织袋": ["编织袋", "蛇皮袋"], "腰包": ["腰包", "胸包"]}[sub]
    nf = {"双肩包": ["双肩包", "双肩背包"], "斜挎包": ["斜挎包", "挎包"], "手提袋": ["手提袋"],
          "工具包": ["工具包", "帆布工具包"], "编织袋": ["编织袋"], "腰包": ["腰包"]}[sub]
    o = new_obj("bag", sub, no, nf, "一个", person)
    o["extra"]["container"] = True
    a = o["attrs"]
    a["color"] = kw.get("color") or ({"编织袋": ch(["白", "蓝", "红"]), "工具包": ch(["黑", "灰", "蓝", "橙"])}.get(sub)
                                     or ch(["黑", "黑", "灰", "蓝", "红", "粉", "绿", "白"]))
    o["know"].add("color"); o["vis"].add("color")
    b = kw.get("brand", None)
    if b is None:
        b = wchoice(BAG_BRANDS[sub])
    a["brand"] = b
    o["know"].add("brand"); o["vis"].add("brand")
    if chance(0.6):
        set_facet(o, "bagmark")
    if sub == "工具包":
        set_facet(o, "tool")
        if chance(0.5):
            set_facet(o, "gear")
    else:
        set_facet(o, "gear")
        if sub in ("双肩包", "编织袋", "手提袋") or chance(0.3):
            set_facet(o, "cloth")
    if chance(0.3):
        a["name"] = person["name"]
        a["serial"] = person["id"]
        o["extra"]["serial_kind"] = "id"
        o["extra"]["has_id"] = True
        o["know"] |= {"name", "serial"}; o["vis"] |= {"name", "serial"}
    if chance(0.25):
        a["cash"] = R.randint(2, 60) * 10
        o["know"].add("cash"); o["vis"].add("cash")
    o["hidden"] = ch([["包是{I}妹妹送的"], ["里面的东西不值钱，主要是证件"], []]) if sub != "工具包" else \
        ch([["工具是厂里的，丢了要赔"], ["工具是{I}自己买的，用了好几年"], []])
    return o


# ---------------------------------------------------------------- electronics and other things

BRANDS.update({
    "漫步者": ["漫步者", "EDIFIER", "edifier"],
    "QCY": ["QCY", "qcy"],
    "罗马仕": ["罗马仕", "ROMOSS", "romoss", "罗马士"],
    "安克": ["安克", "Anker", "ANKER"],
    "倍思": ["倍思", "Baseus", "baseus"],
    "天能": ["天能", "TIANNENG", "天能电池"],
    "超威": ["超威", "CHILWEE", "超威电池"],
    "富光": ["富光", "FUGUANG"],
    "清泉": ["清泉", "QINGQUAN"],
})

ELEC = {
    "蓝牙耳机": ([("华为", 2, ["FreeBuds SE3", "FreeBuds 5x"]), ("苹果", 2, ["AirPods 青春版", "AirPods 3E"]),
               ("小米", 2, ["Redmi Buds 4X", "Air 3 SE"]), ("漫步者", 2, ["LolliPods K2", "X3 Lite"]), ("QCY", 1, ["T13X", "HT07"]),
               ("OPPO", 1, ["Enco Air3i", "Enco W31"])], ["白", "白", "黑", "蓝", "粉", "绿"],
             (["蓝牙耳机", "耳机", "无线耳机"], ["蓝牙耳机", "无线耳机"], "一副")),
    "充电宝": ([("罗马仕", 3, ["Sense 6P", "PAC20"]), ("小米", 2, ["PB2030", "口袋版 Pro"]), ("安克", 1, ["A1289", "PowerCore 10K"]),
             ("倍思", 1, ["BS-M12", "Qpow 20"])], ["白", "黑", "蓝", "粉"], (["充电宝", "移动电源"], ["充电宝", "移动电源"], "一个")),
    "电动车充电器": ([("雅迪", 2, ["48V2A"]), ("爱玛", 2, ["60V3A"]), ("台铃", 1, ["48V3A"]), ("", 2, [])], ["黑"],
                (["电动车充电器", "电车充电器", "电瓶车充电器"], ["电动车充电器", "电瓶充电器"], "一个")),
    "电动车电瓶": ([("天能", 2, ["48V20Ah", "60V20Ah"]), ("超威", 2, ["48V12Ah", "60V32Ah"])], ["黑", "绿", "蓝"],
              (["电动车电瓶", "电瓶", "电池"], ["电动车电瓶", "蓄电池", "电瓶"], "一块")),
    "平板": ([("华为", 2, ["MatePad SE 11", "MatePad C7"]), ("小米", 1, ["Redmi Pad 2E"]), ("苹果", 1, ["iPad 青春版"])],
           ["灰", "银", "蓝"], (["平板", "平板电脑"], ["平板电脑"], "一台")),
    "手环": ([("小米", 3, ["手环 8 青春版", "手环 7E"]), ("华为", 2, ["手环 9i", "Watch Fit E"])], ["黑", "粉", "白", "绿"],
           (["手环", "智能手环", "运动手环"], ["智能手环", "电子手环"], "一个")),
    "小风扇": ([("", 1, [])], ["白", "粉", "绿", "蓝", "黄"], (["小风扇", "风扇", "USB小风扇"], ["小风扇", "小电风扇"], "一个")),
}
ELEC_SUBS = [("蓝牙耳机", 5), ("充电宝", 3), ("电动车充电器", 2), ("电动车电瓶", 1), ("平板", 1), ("手环", 2), ("小风扇", 2)]

FACETS.update({
    "earcase": [
        ("cartoon", ["耳机盒套了个卡通硅胶套", "盒子有个卡通套"], ["耳机盒带卡通硅胶套", "充电盒外有卡通套"]),
        ("clear", ["盒子套了透明壳", "透明的耳机套"], ["充电盒带透明保护套", "耳机盒透明壳"]),
        ("bare", ["盒子没套", "耳机盒是裸的"], ["充电盒无保护套", "耳机盒无套"]),
        ("hook", ["耳机盒上挂了个小钩子", "盒子挂了个登山扣"], ["充电盒挂有小登山扣", "盒子带挂钩"]),
        ("scratched", ["盒子上划了好多道", "耳机盒磨花了"], ["充电盒表面划痕较多", "耳机盒磨损"]),
    ],
    "earpieces": [
        ("both", ["两只耳机都在盒子里", "左右耳都在"], ["盒内两只耳机齐全", "左右耳机均在"]),
        ("leftonly", ["盒子里只有左耳，右耳之前就丢了", "就剩左边一只"], ["盒内仅有左耳", "只有左耳一只"]),
        ("rightonly", ["里面只有右耳", "只剩右边那只"], ["盒内仅右耳一只", "只有右耳"]),
    ],
    "pbmark": [
        ("sticker", ["上面贴了卡通贴纸", "贴着个蜡笔小新贴纸"], ["表面贴卡通贴纸", "贴有蜡笔小新贴纸"]),
        ("cable", ["自带线的那种", "带两根线"], ["自带数据线", "带线"]),
        ("worn", ["掉漆了，边角磨白了", "旧的，边上掉漆"], ["边角掉漆", "外壳磨损掉漆"]),
        ("lanyard", ["挂了根短挂绳", "有个挂绳"], ["带短挂绳", "系挂绳"]),
        ("wrote", ["背面用马克笔写了字", "后面写了个名字缩写"], ["背面有马克笔字迹", "背面手写字"]),
    ],
    "pbcap": [
        ("10k", ["一万毫安的", "10000毫安"], ["标称10000mAh", "10000mAh"]),
        ("20k", ["两万毫安的", "20000毫安"], ["标称20000mAh", "20000mAh"]),
        ("30k", ["三万毫安，很重", "30000毫安"], ["标称30000mAh", "30000mAh"]),
    ],
    "wrapcord": [
        ("taped", ["线上缠了电工胶布", "线断过用胶布缠着"], ["线上缠有电工胶布", "线缆缠胶布"]),
        ("newish", ["很新的，刚买不久", "九成新"], ["较新", "外观较新"]),
        ("label", ["上面贴了{I}宿舍号", "贴了张写着宿舍号的纸"], ["贴有写着宿舍号的纸条", "贴宿舍号标签"]),
    ],
    "battmark": [
        ("handle", ["电瓶上有个黑色提手", "带提手的"], ["带黑色提手", "有提手"]),
        ("paint", ["电瓶上用红漆写了个记号", "侧面有红漆记号"], ["侧面有红漆记号", "红漆标记"]),
        ("plastic", ["外面包了层塑料袋", "用塑料袋套着"], ["外套塑料袋", "塑料袋包裹"]),
    ],
    "strap": [
        ("black", ["表带是黑色的", "黑表带"], ["黑色表带", "表带黑色"]),
        ("pink", ["粉色表带", "表带是粉的"], ["粉色表带", "表带粉色"]),
        ("metal", ["换了个金属表带", "钢带"], ["金属表带", "钢制表带"]),
        ("camo", ["迷彩表带", "表带是迷彩的"], ["迷彩表带", "表带迷彩图案"]),
    ],
    "screenface": [
        ("cracked", ["屏幕有点裂", "屏幕有条裂"], ["屏幕有裂痕", "屏幕裂"]),
        ("clean", ["屏幕好的", "屏幕没坏"], ["屏幕完好", "屏幕无破损"]),
    ],
    "tabcase": [
        ("fold", ["带个蓝色的翻盖保护套", "有翻盖皮套"], ["带翻盖保护套", "翻盖式保护套"]),
        ("kb", ["带键盘套", "配了个键盘"], ["带键盘保护套", "附键盘"]),
        ("none", ["没套壳", "裸机"], ["无保护套", "裸机"]),
    ],
    "fanstyle": [
        ("neck", ["挂脖子上的那种", "挂脖风扇"], ["挂脖式", "颈挂式风扇"]),
        ("hand", ["手拿的，带个小底座", "手持的，可以立在桌上"], ["手持式，带底座", "手持小风扇（可立）"]),
        ("clip", ["能夹在床边的", "夹子风扇"], ["带夹子", "夹式小风扇"]),
    ],
    "fanmark": [
        ("ears", ["上面有两个兔耳朵", "兔子耳朵造型"], ["兔耳造型", "带兔耳朵装饰"]),
        ("strap", ["挂了根彩色挂绳", "有根挂绳"], ["挂有彩色挂绳", "带挂绳"]),
        ("spray", ["能喷水雾的", "带加湿喷雾"], ["带喷雾功能", "有加湿喷雾口"]),
        ("crack", ["扇叶断了一片", "有片扇叶缺了"], ["扇叶缺一片", "一片扇叶断裂"]),
    ],
})


def make_electronics(person, **kw):
    sub = kw.get("sub") or wchoice(ELEC_SUBS)
    brands, colors, (no, nf, unit) = ELEC[sub]
    o = new_obj("electronics", sub, no, nf, unit, person)
    a = o["attrs"]
    b = kw.get("brand", None)
    if b is None or b not in [x[0] for x in brands]:
        b = wchoice([(x[0], x[1]) for x in brands])
    a["brand"] = b
    o["know"].add("brand"); o["vis"].add("brand")
    models = [x[2] for x in brands if x[0] == b][0]
    if models:
        a["model"] = kw.get("model") if kw.get("model") in models else ch(models)
        if chance(0.45):
            o["know"].add("model")
        if chance(0.4):
            o["vis"].add("model")
        o["could"] = ["brand", "model"]
    a["color"] = kw.get("color") if kw.get("color") in colors else ch(colors)
    o["know"].add("color"); o["vis"].add("color")
    if sub == "蓝牙耳机":
        set_facet(o, "earcase"); set_facet(o, "earpieces")
        if chance(0.4):
            a["serial"] = new_code(ch(["SN", "FB", "ED"]), 10)
            o["extra"]["serial_kind"] = "sn"
            if chance(0.6):
                o["know"].add("serial")
            o["vis"].add("serial")
        o["hidden"] = ["手机上还能连上，显示的名字是“%s的耳机”" % person["name"][1:], "找回来的话有酬谢"]
    elif sub == "充电宝":
        set_facet(o, "pbcap"); set_facet(o, "pbmark")
        o["hidden"] = ["电是满的", "是网购的"]
    elif sub == "电动车充电器":
        set_facet(o, "wrapcord")
        o["hidden"] = ["是原装的充电器", "插头有点松"]
    elif sub == "电动车电瓶":
        set_facet(o, "battmark")
        a["serial"] = new_code({"天能": "TN", "超威": "CW"}[b], 9)
        o["extra"]["serial_kind"] = "sn"
        if chance(0.5):
            o["know"].add("serial")
        o["vis"].add("serial")
        o["hidden"] = ["刚换不到三个月", "电瓶是四块一组的，丢了一块"]
    elif sub == "平板":
        set_facet(o, "tabcase"); set_facet(o, "screenface")
        a["serial"] = new_code("SN", 10)
        o["extra"]["serial_kind"] = "sn"
        if chance(0.5):
            o["know"].add("serial")
        if chance(0.3):
            o["vis"].add("serial")
        o["hidden"] = ["里面下了很多电视剧", "锁屏密码是六个1"]
    elif sub == "手环":
        set_facet(o, "strap"); set_facet(o, "screenface")
        o["hidden"] = ["绑的是{I}的手机号", "里面记了{I}的步数"]
    else:
        set_facet(o, "fanstyle"); set_facet(o, "fanmark")
        o["hidden"] = ["天太热了，上班离不开它", "是在夜市买的，二十五块"]
    return o


OTHER_SUBS = [("雨伞", 3), ("保温杯", 3), ("眼镜", 2), ("安全帽", 1), ("头盔", 2), ("饭卡", 2)]
FACETS.update({
    "umb": [
        ("fold", ["三折伞", "折叠的"], ["三折伞", "折叠伞"]),
        ("long", ["长柄伞", "长的直柄伞"], ["长柄伞", "直柄长伞"]),
        ("auto", ["自动伞，一按就开", "自动开合的"], ["自动伞", "自动开收伞"]),
    ],
    "umbmark": [
        ("rib", ["伞骨断了一根", "有根伞骨折了"], ["一根伞骨断裂", "伞骨断一根"]),
        ("print", ["伞上印着银行的广告", "上面印了农商行的字"], ["伞面印有银行广告字样", "印“农商银行”字样"]),
        ("uv", ["里面是黑胶的防晒伞", "黑胶防晒的"], ["内层黑胶防晒", "黑胶涂层"]),
        ("dots", ["伞上有白色小圆点", "圆点花纹"], ["白色圆点图案", "圆点花纹伞面"]),
    ],
    "cup": [
        ("sticker", ["杯子上贴了个小猪佩奇", "杯身有贴纸"], ["杯身贴小猪佩奇贴纸", "杯身有卡通贴纸"]),
        ("dent", ["杯底摔凹了一块", "杯子有个凹痕"], ["杯底有凹陷", "杯身有凹痕"]),
        ("strap", ["杯子带个背带", "有根提绳"], ["带背带", "有提绳"]),
        ("tea", ["里面泡着茶叶", "杯里有茶"], ["杯内有茶叶", "内装茶水"]),
        ("name", ["杯盖上写了{I}的名字缩写", "盖子上写了字"], ["杯盖有手写字母", "盖上有字迹"]),
    ],
    "glasses": [
        ("black", ["黑框的", "黑色方框眼镜"], ["黑色方框", "黑框"]),
        ("half", ["半框的", "只有上半边框"], ["半框", "半框镜架"]),
        ("round", ["圆框的，金属架", "金属圆框"], ["金属圆框", "圆形金属镜架"]),
    ],
    "gcase": [
        ("bluecase", ["装在蓝色眼镜盒里", "有个蓝色的盒子"], ["装于蓝色眼镜盒", "带蓝色眼镜盒"]),
        ("nocase", ["没有盒子", "就眼镜，没盒"], ["无眼镜盒", "未见眼镜盒"]),
        ("pouch", ["装在眼镜布袋里", "有个绒布袋"], ["装于绒布眼镜袋", "带布袋"]),
    ],
    "helmet": [
        ("ears", ["头盔上有两个猫耳朵", "带猫耳朵的头盔"], ["头盔带猫耳装饰", "猫耳造型头盔"]),
        ("visor", ["带防晒的帽檐", "有个长帽檐防晒"], ["带防晒帽檐", "有遮阳帽檐"]),
        ("plain", ["普通的半盔", "就普通半盔没别的"], ["普通半盔", "半盔无装饰"]),
        ("sticker", ["后面贴了反光贴", "头盔后面有反光条"], ["后部有反光贴", "贴有反光条"]),
    ],
    "hatmark": [
        ("hmsticker", ["帽子上贴了{I}的工号", "贴着工号贴纸"], ["帽上贴有工号贴纸", "有工号标签"]),
        ("hmwrite", ["上面用笔写了名字", "帽檐写了名字"], ["帽檐有手写姓名", "帽子写有名字"]),
    ],
    "cardholder": [
        ("clear", ["套在透明卡套里", "透明卡套"], ["透明卡套装", "装在透明卡套内"]),
        ("bear", ["卡套是小熊的", "小熊卡套"], ["小熊图案卡套", "卡套印小熊"]),
        ("none", ["没卡套", "光一张卡"], ["无卡套", "单卡"]),
    ],
})


def make_other(person, **kw):
    sub = kw.get("sub") or wchoice(OTHER_SUBS)
    no, nf, unit = {"雨伞": (["雨伞", "伞", "遮阳伞"], ["雨伞", "伞"], "一把"),
                    "保温杯": (["保温杯", "水杯", "杯子"], ["保温杯", "水杯"], "一个"),
                    "眼镜": (["眼镜", "近视眼镜"], ["眼镜", "近视眼镜"], "一副"),
                    "安全帽": (["安全帽", "厂里的安全帽"], ["安全帽"], "一顶"),
                    "头盔": (["头盔", "电动车头盔", "安全头盔"], ["头盔", "电动车头盔"], "一个"),
                    "饭卡": (["饭卡", "食堂饭卡"], ["饭卡", "食堂就餐卡"], "一张")}[sub]
    o = new_obj("other", sub, no, nf, unit, person)
    a = o["attrs"]
    a["color"] = kw.get("color") or {"雨伞": ch(["黑", "蓝", "粉", "紫", "绿"]), "保温杯": ch(["白", "黑", "粉", "蓝", "绿", "银"]),
                                     "眼镜": ch(["黑", "银", "金", "棕"]), "安全帽": ch(["黄", "白", "蓝", "红"]),
                                     "头盔": ch(["白", "黑", "粉", "黄", "蓝"]), "饭卡": ch(["蓝", "白", "红"])}[sub]
    o["know"].add("color"); o["vis"].add("color")
    b = kw.get("brand", "")
    if sub == "保温杯":
        b = b or wchoice([("富光", 1), ("清泉", 1), ("", 2)])
    a["brand"] = b if sub in ("保温杯", "雨伞") else ""
    if sub in ("保温杯", "雨伞"):
        o["know"].add("brand"); o["vis"].add("brand")
    if sub == "雨伞":
        set_facet(o, "umb"); set_facet(o, "umbmark")
        o["hidden"] = ["是在好又佳买的", "伞套不见了"]
    elif sub == "保温杯":
        set_facet(o, "cup")
        if chance(0.5):
            set_facet(o, "gcase") if False else None
        o["hidden"] = ["杯子是去年厂里发的", "不值钱但用惯了"]
    elif sub == "眼镜":
        set_facet(o, "glasses"); set_facet(o, "gcase")
        o["hidden"] = ["近视六百度，没眼镜上不了班", "左眼度数比右眼高"]
    elif sub == "安全帽":
        set_facet(o, "hatmark")
        a["serial"] = person["staff"]
        o["extra"]["serial_kind"] = "staff"
        o["know"].add("serial"); o["vis"].add("serial")
        o["hidden"] = ["没安全帽进不了车间"]
    elif sub == "头盔":
        set_facet(o, "helmet")
        o["hidden"] = ["头盔是买电动车送的", "里面的海绵有点脏"]
    else:
        set_facet(o, "cardholder")
        a["name"] = person["name"]
        a["serial"] = new_code(ch(["HT", "JC", "ZX"]), 6)
        o["extra"]["serial_kind"] = "staff"
        o["know"] |= {"name", "serial"}; o["vis"] |= {"name", "serial"}
        o["hidden"] = ["里面还有两百多块饭钱", "已经去食堂挂失了"]
    return o


CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
MAKERS = {"phone": make_phone, "id_doc": make_id_doc, "wallet": make_wallet, "keys": make_keys,
          "cash": make_cash, "jewelry": make_jewelry, "ebike": make_ebike, "bicycle": make_bicycle, "bag": make_bag,
          "electronics": make_electronics, "other": make_other}

# place kinds where each category tends to be lost
CAT_KINDS = {
    "phone": None,
    "id_doc": ["gate", "canteen", "dorm", "bus", "street", "express", "netcafe", "labor", "bank", "stop", "clinic", "village"],
    "wallet": ["gate", "canteen", "street", "night", "bus", "netcafe", "market", "bank", "shop", "stop", "village", "phoneshop"],
    "keys": ["dorm", "gate", "canteen", "village", "street", "court", "charging", "netcafe", "express", "shop"],
    "cash": ["bank", "street", "night", "market", "gate", "dorm", "village", "shop", "bus", "labor"],
    "jewelry": ["park", "dorm", "night", "market", "court", "clinic", "street", "village", "bus"],
    "electronics": ["netcafe", "bus", "stop", "canteen", "dorm", "gate", "street", "court", "express", "charging", "night"],
    "other": ["canteen", "gate", "bus", "stop", "street", "dorm", "netcafe", "clinic", "market", "park", "labor"],
    "ebike": ["dorm", "charging", "gate", "village", "street", "night", "road", "market", "express", "netcafe"],
    "bicycle": ["dorm", "gate", "village", "street", "market", "park", "court", "shop", "stop"],
    "bag": ["bus", "labor", "street", "netcafe", "canteen", "stop", "gate", "night", "express", "clinic", "park"],
}


def pick_place(cat):
    kinds = CAT_KINDS.get(cat)
    c = [k for k in TOWN if kinds is None or PLACES[k]["kind"] in kinds]
    return ch(c)


# ---------------------------------------------------------------- attribute phrases

def cash_owner(v):
    if chance(0.3):
        return "%d块" % v
    if v >= 1000:
        k = v // 1000
        r = (v % 1000) // 100
        if r == 0:
            return ch(["%d千出头" % k if k > 1 else "一千出头", "%d块左右" % (v // 100 * 100)])
        return ch(["%d千%d百左右" % (k, r), "%d多块" % (v // 100 * 100), "大概%d" % (v // 100 * 100)])
    if v >= 100:
        return ch(["%s百多块" % CN[v // 100].replace("二", "两"), "大概%d块" % (v // 10 * 10), "%d多" % (v // 100 * 100)])
    return ch(["几十块", "%d来块" % (v // 10 * 10), "%d块钱" % v])


def cash_finder(v):
    return ch(["现金%d元" % v, "现金人民币%d元" % v, "现金%d元整" % v, "人民币%d元" % v])


def serial_text(o, side, full_ok=True):
    """Returns (text for body, text for the serial field)."""
    k = o["extra"].get("serial_kind")
    v = o["attrs"]["serial"]
    if k == "imei":
        forms = [v, "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14]), " ".join([v[i:i + 4] for i in range(0, 15, 4)]),
                 "%s-%s-%s-%s" % (v[:2], v[2:8], v[8:14], v[14])]
        if side == "o" and chance(0.25):
            t = v[-6:]
            return "IMEI后六位是%s" % t, "IMEI后六位" + t
        f = ch(forms)
        return ch(["IMEI：%s" % f, "串号%s" % f, "IMEI号%s" % f]), f
    if k == "id":
        forms = [v, v[:6] + "********" + v[-4:], v[:3] + "***********" + v[-4:], "%s %s %s" % (v[:6], v[6:14], v[14:])]
        if side == "o" and chance(0.25):
            return "身份证号后四位%s" % v[-4:], "身份证尾号" + v[-4:]
        f = ch(forms)
        return ch(["身份证号%s" % f, "证号%s" % f, "身份证号码：%s" % f]), f
    if k == "staff":
        f = ch([v, v[:2] + "-" + v[2:], "工号" + v[2:], v.lower()])
        return "工号%s" % f if not f.startswith("工号") else f, f
    if k == "plate":
        f = ch(["莞溪%s·%s" % (v[0], v[1:]), "莞溪%s%s" % (v[0], v[1:]), v, "%s %s" % (v[0], v[1:])])
        return ch(["车牌%s" % f, "车牌号%s" % f, "牌照%s" % f]), f
    if k == "frame":
        f = ch([v, v.lower(), "%s-%s" % (v[:5], v[5:])])
        if side == "o" and chance(0.3):
            return "车架号后六位%s" % v[-6:], "车架号后六位" + v[-6:]
        return ch(["车架号%s" % f, "车架钢印%s" % f, "车架号码：%s" % f]), f
    if k == "sn":
        f = ch([v, v.lower(), "%s %s" % (v[:2], v[2:])])
        if side == "o" and chance(0.3):
            return "序列号后五位%s" % v[-5:], "SN后五位" + v[-5:]
        return ch(["序列号%s" % f, "SN：%s" % f, "编号%s" % f]), f
    if k == "tag":
        if side == "o":
            return ch(["钥匙牌上写着%s" % v, "挂着个号码牌%s" % v, "钥匙上贴了%s" % v]), v
        return ch(["挂有号码牌“%s”" % v, "号码牌写%s" % v, "钥匙上标有%s" % v]), v
    if k == "card":
        b = o["extra"].get("bin", "6228")
        f = ch(["尾号" + v, b + "****" + v, b + " **** **** " + v, "****" + v, "卡号后四位" + v])
        return ch(["卡号%s" % f if "*" in f else f]), f
    return v, v


def name_phrase(o, side):
    n = o["attrs"]["name"]
    cat = o["cat"]
    if cat == "cash":
        return ch(["信封上写着名字%s" % n, "信封上有%s的名字" % n]) if side == "o" else \
            ch(["信封上写有姓名%s" % n, "信封写“%s”" % n])
    if cat in ("wallet", "bag"):
        if side == "o":
            return ch(["身份证，名字是%s" % n, "{I}的身份证，%s" % n, "身份证（%s）" % n]) if o["extra"].get("has_id") \
                else ch(["写着名字%s" % n, "有{I}名字%s" % n])
        return ch(["身份证一张（姓名%s）" % n, "%s的身份证" % n, "居民身份证（%s）" % n]) if o["extra"].get("has_id") \
            else ch(["写有姓名%s" % n, "姓名：%s" % n])
    if side == "o":
        if o["person"].get("leader"):
            return ch(["名字是%s" % n, "上面写的%s" % n])
        return ch(["名字是%s" % n, "上面是{I}名字%s" % n, "姓名%s" % n, "{I}叫%s" % n])
    return ch(["姓名%s" % n, "写有姓名%s" % n, "证件姓名为%s" % n, "名字：%s" % n])


# ---------------------------------------------------------------- plans: what each side states

def plan_lost(o, style):
    st = {"sub"}
    terse = style == "terse"
    probs = {"color": 0.85, "brand": 0.85, "model": 0.5, "serial": 0.6, "name": 0.95, "cardtail": 0.7,
             "cash": 0.85, "staffno": 0.5, "factory": 0.6}
    for a in sorted(o["know"]):
        if a == "sub":
            continue
        p = probs.get(a, 0.55)
        if a == "brand" and not o["attrs"].get("brand"):
            p = 0.2
        if terse:
            p *= 0.45
        if a in o["extra"].get("must", ()):
            p = 1.0
        if chance(p):
            st.add(a)
    return st


def plan_found(o, style):
    st = {"sub"}
    terse = style == "terse"
    probs = {"color": 0.85, "brand": 0.8, "model": 0.5, "serial": 0.85, "name": 0.95, "cardtail": 0.8,
             "cash": 0.97, "staffno": 0.6, "factory": 0.8}
    for a in sorted(o["vis"]):
        if a == "sub":
            continue
        p = probs.get(a, 0.6)
        if a == "brand" and not o["attrs"].get("brand"):
            p = 0.3
        if terse:
            p *= 0.45
        if chance(p):
            st.add(a)
    return st


def contradict(a, va, vb):
    if a == "cash":
        return abs(va - vb) > max(50, 0.2 * max(va, vb))
    return va != vb


# ---------------------------------------------------------------- rendering

TYPOS = [("手机", "手几"), ("钱包", "钱抱"), ("身份证", "身分证"), ("钥匙", "钥是"), ("已经", "以经"), ("麻烦", "麻凡"),
         ("谢谢", "xx"), ("宿舍", "宿社"), ("银行卡", "银航卡"), ("耳机", "耳几"), ("电动车", "电动扯"),
         ("充电宝", "充电包"), ("工牌", "工排"), ("捡到", "检到"), ("帮忙", "帮忙下"), ("知道", "知到"),
         ("在", "再"), ("的", "地"), ("什么", "神马"), ("找不到", "找不倒"), ("发现", "发先"), ("好像", "好象")]
DIALECT = {
    "川": [("什么", "啥子"), ("怎么", "咋个"), ("不知道", "不晓得"), ("丢了", "搞掉了"), ("的时候", "的时候嘛"), ("了。", "了嘛。")],
    "豫": [("我", "俺"), ("怎么", "咋"), ("什么", "啥"), ("丢了", "弄丢了"), ("很", "可")],
    "湘": [("没有", "冇"), ("不知道", "不晓得"), ("丢了", "搞丢哒"), ("了。", "哒。")],
    "粤": [("没有", "冇"), ("不知道", "唔知"), ("丢了", "唔见咗"), ("在", "喺"), ("是", "係")],
    "东北": [("丢了", "整丢了"), ("很", "贼"), ("怎么办", "咋整"), ("什么", "啥")],
}


def typo(s, rate):
    for a, b in TYPOS:
        if a in s and chance(rate):
            s = s.replace(a, b, 1)
    if chance(0.5):
        s = s.replace("，", " ").replace("。", " ")
    return s


def dialect(s, d):
    s = s.replace("弄丢了", "丢了").replace("搞丢了", "丢了")
    for a, b in DIALECT.get(d, []):
        if a in s and chance(0.7):
            s = s.replace(a, b)
    return s


def head_desc(o, st, side, fields):
    """colour + brand + model + noun.  Puts the same facts in fields for some registrations."""
    a = o["attrs"]
    parts = []
    cw = bw = mw = None
    if "color" in st:
        cw = cword(a["color"])
    if "brand" in st and a["brand"]:
        bw = bword(a["brand"], mi_redmi=(a.get("model", "").startswith("Redmi")))
    if "model" in st:
        mw = mword(a["model"])
    noun = ch(o["noun_o"] if side == "o" else o["noun_f"])
    for k, w in (("color", cw), ("brand", bw), ("model", mw)):
        if w is None:
            continue
        if chance(0.62):
            fields[k] = w if chance(0.75) else (cword(a["color"]) if k == "color" else w)
    # body words: a fact that went to a field may still be repeated in the body, or not
    bc = cw if (cw and ("color" not in fields or chance(0.6))) else None
    bb = bw if (bw and ("brand" not in fields or chance(0.6))) else None
    bm = mw if (mw and ("model" not in fields or chance(0.5))) else None
    if bb and bm and ("苹果" in bm or "iphone" in bm.lower()) and bb.lower() in ("苹果", "iphone", "apple", "平果"):
        bb = None if "brand" in fields or chance(0.5) else bb
        if bb:
            bm = bm.replace("苹果", "").replace("iPhone", "").replace("iphone", "").replace("IPHONE", "").strip() or bm
    if bc and o["cat"] == "jewelry" and noun.startswith(a.get("color", "-")):
        bc = None            # 金项链, 银手镯: the noun already says the colour
    if bb and bb.endswith("行") and noun.startswith("银行"):
        noun = noun[2:]      # 农行卡, 工商银行卡
    cof = o["extra"].get("color_of")
    if cof and bc:
        if side == "o":
            return bc + cof + "的" + (bb or "") + noun
        return (bb or "") + noun + "（%s%s）" % (bc, cof)
    if side == "o":
        s = ""
        if bc:
            s += bc + ("的" if chance(0.4) and not bc.endswith("的") else "")
        if bb:
            s += bb
        if bm:
            s += (" " if bb and bm[0].isascii() and bb[-1].isascii() else "") + bm
        s += noun
    else:
        s = (bc or "") + (bb or "") + ((" " if bb and bm and bm[0].isascii() and bb[-1].isascii() else "") + bm if bm else "") + noun
    return s


def detail_phrases(o, st, side, I):
    """Stated facts other than colour/brand/model, as phrases; serial handled separately."""
    a = o["attrs"]
    out = []
    fac = [f for f in sorted(o["fac"]) if "f:" + f in st]
    R.shuffle(fac)
    for f in fac:
        out.append(("mark", ch(o["fac"][f][0 if side == "o" else 1])))
    if "brand" in st and a.get("brand") == "":
        if o["cat"] == "jewelry":
            out.append(("mark", ch(["不是什么牌子的", "没牌子，金店打的"]) if side == "o" else ch(["未见品牌印记", "无品牌标识"])))
        else:
            out.append(("mark", ch(["没什么牌子", "杂牌的", "没牌子的"]) if side == "o" else ch(["无品牌标识", "无明显品牌", "未见品牌"])))
    if "factory" in st:
        out.append(("mark", ("是%s的" % a["factory"]) if side == "o" else ("%s工牌" % a["factory"])))
    if "name" in st and "name" in a:
        out.append(("content" if o["cat"] != "id_doc" else "name", name_phrase(o, side)))
    if "cardtail" in st:
        bank = o["extra"].get("bank", "农业银行")
        t = a["cardtail"]
        if side == "o":
            out.append(("content", ch(["还有一张%s卡尾号%s" % (bword(bank), t), "%s的卡，尾号%s" % (bword(bank), t),
                                       "银行卡后四位%s" % t])))
        else:
            out.append(("content", ch(["%s银行卡一张（尾号%s）" % (bword(bank), t), "银行卡一张，卡号%s****%s" % (ch(["6228", "6217", "6222"]), t)])))
    if "staffno" in st:
        v = a["staffno"]
        out.append(("content", ("{I}的工牌，工号%s" % v) if side == "o" else ("工牌一个（工号%s）" % v)))
    if "cash" in st:
        out.append(("content", ("现金%s" % cash_owner(a["cash"])) if side == "o" else cash_finder(a["cash"])))
    return out


def person_I(p):
    if p.get("leader"):
        return "她" if not p["male"] else "他"
    return "俺" if p["dialect"] == "豫" and chance(0.5) else "我"


def render_lost(L):
    o, st, style = L["obj"], L["st"], L["style"]
    p = o["person"]
    I = L["I"]
    fields = {}
    a = o["attrs"]
    desc = head_desc(o, st, "o", fields)
    det = detail_phrases(o, st, "o", I)
    ser_body = ser_field = None
    if "serial" in st and "serial" in a:
        ser_body, ser_field = serial_text(o, "o")
    places = [ch(PLACES[k]["names"]) for k in L["claim"]]
    if len(places) == 2:
        where = ch(["从%s到%s的路上" % (places[0], places[1]), "在%s或者%s" % (places[0], places[1]),
                    "可能在%s，也可能在%s" % (places[0], places[1])])
        addr = ch(["%s到%s" % (places[0], places[1]), places[0]])
    else:
        where = "在" + places[0]
        addr = places[0]
    doing = ch(DOING.get(PLACES[L["claim"][0]]["kind"], ["路过"])) if len(places) == 1 else ""
    if len(places) == 2 and where.startswith("从"):
        doing = ""
    tw = window_text(L["lost_from"], L["lost_to"])
    marks = [t for k, t in det if k == "mark"]
    contents = [t for k, t in det if k != "mark"]
    use_marks_field = bool(marks) and chance(0.45)
    lose = ch(["丢了", "不见了", "掉了", "弄丢了", "找不到了"])
    lose_ba = ch(["丢了", "掉了", "弄丢了", "搞丢了"])
    if o["cat"] in ("ebike", "bicycle") and o["sub"] != "电动车电瓶":
        lose = ch(["不见了", "被偷了", "找不到了", "被人骑走了", "停着停着就没了"])
        lose_ba = ch(["弄丢了", "停丢了"])
    if style == "terse":
        bits = [desc, where.replace("在", "", 1) if chance(0.5) else where]
        if chance(0.5):
            bits.append(tw)
        if chance(0.5) and contents:
            bits.append(contents[0]); contents = contents[1:]
        body = " ".join(bits) + " " + lose
        rest = marks + contents
        if rest:
            fields["marks"] = "；".join(rest)
        if ser_field:
            fields["serial"] = ser_field
    else:
        s = []
        if style == "leader":
            s.append(ch(["我是%s%s的拉长，帮我们线上员工%s登记一下，%s普通话说不太清楚。" % (p["fac"][0], p["dept"], p["name"], I),
                         "%s%s拉长代登记：员工%s，" % (p["fac"][0], p["dept"], p["name"])]))
        elif chance(0.35):
            s.append(ch(["你好，", "警官你好，", "麻烦帮忙登记一下，", "您好 "]) +
                     ch(["我在%s%s上班，" % (p["fac"][0], p["dept"]), "我是%s的员工，" % p["fac"][0], ""]))
        whose = I + "的" if style == "leader" else ""
        s.append(ch(["%s，%s%s的时候把%s%s%s。" % (tw, where, doing, whose, desc, lose_ba),
                     "%s%s，%s%s%s。时间大概是%s。" % (where, doing, whose, desc, lose, tw),
                     "%s%s%s，%s%s的时候，%s。" % (whose, desc, lose, where, doing, tw)]))
        if (marks and not use_marks_field) or (marks and chance(0.3)):
            s.append(ch(["特征：", "好认，", "", "有个特点，"]) + "，".join(marks) + "。")
        if contents:
            pre = ch(["里面有", "里面装着", "里面还有"]) if o["extra"].get("container") else ch(["", "上面", "证上"])
            if contents[0].startswith(("上面", "{I}", "名字", "姓名")) and not o["extra"].get("container"):
                pre = ""
            s.append(pre + "，".join(contents) + "。")
        if ser_body and (chance(0.55) or style in ("typo",)):
            s.append(ser_body + "。")
            if chance(0.5):
                fields["serial"] = ser_field
        elif ser_field:
            fields["serial"] = ser_field
        if o["hidden"] and chance(0.6):
            s.append(ch(o["hidden"]) + "。")
        if chance(0.55):
            pool = OWNER_EXTRA + (["{I}现在用的是工友的手机，有消息打这个号。"] if o["cat"] == "phone" else [])
            for x in R.sample(pool, ch([1, 1, 2])):
                s.append(x)
        s.append(ch(["有捡到的麻烦联系我，谢谢！", "谢谢好心人。", "求求帮忙找找。", "很急，谢谢。", "", "拜托了。",
                     "有消息请通知%s，谢谢。" % ("我" if style != "leader" else "我们线上")]))
        body = "".join(s)
        if use_marks_field:
            fields["marks"] = "；".join(marks)
        elif marks and chance(0.2):
            fields["marks"] = "，".join(marks)
    body = body.replace("{I}", I)
    if style == "typo":
        body = typo(body, 0.45)
    elif style == "dialect":
        body = dialect(body, p["dialect"])
    if chance(0.7 if style != "terse" else 0.5):
        fields["address"] = addr
    if chance(0.45):
        lat, lon = latlon(L["claim"][0] if len(L["claim"]) == 1 else L["claim"][R.randint(0, 1)], 60)
        fields["lat"], fields["lon"] = lat, lon
    if "marks" in fields:
        fields["marks"] = fields["marks"].replace("{I}", I)
    return body, fields


FINDERS = {
    "gate": ["guard"], "canteen": ["canteen"], "dorm": ["dormguard", "worker"], "court": ["worker", "guard"],
    "bus": ["busstaff"], "express": ["express"], "netcafe": ["netadmin"], "street": ["vendor", "worker"],
    "night": ["vendor", "worker"], "phoneshop": ["shop"], "shop": ["shop"], "market": ["vendor"],
    "stop": ["worker", "cleaner"], "road": ["worker", "cleaner", "patrol"], "village": ["worker", "landlord"],
    "charging": ["worker", "landlord"], "clinic": ["cleaner"], "park": ["cleaner", "worker"], "labor": ["mktstaff"],
    "bank": ["guard"],
}


OWNER_EXTRA = ["{I}回去原路找了两遍，没找到。", "问了门口保安，说没看到。", "当时赶着上夜班，走得急。",
               "那天刚发工资，跟老乡去吃宵夜喝了点酒。", "第二天还要上早班，实在没时间到处找。",
               "厂里说要派出所开证明才能看监控。", "人太多了，挤来挤去的。", "天太热，{I}把它放在旁边就忘了拿。",
               "那会儿下大雨，{I}是跑着回宿舍的。", "{I}刚来莞溪没几天，路还不熟。", "已经在老乡群里发了，也没人回。",
               "下了夜班困得要死，迷迷糊糊的。", "当时在打电话，没注意。"]
FINDER_EXTRA = ["当时周围没人。", "问了旁边的人，都说不知道是谁的。", "在厂里广播喊了两遍，没人来认。",
                "放在保安室一晚上没人来领。", "怕被别人捡走，先收起来了。", "外面下着雨，东西有点湿。",
                "捡到时旁边没有人。", "已在工友群里问过，没人认领。"]


def render_found(F):
    o, st, style = F["obj"], F["st"], F["style"]
    fields = {}
    if F.get("noun"):
        # filed under another category: the finder names it by what they saw, the rest goes in fields
        o = dict(o, noun_f=F["noun"], unit="")
        desc = ch(F["noun"])
        a = o["attrs"]
        if "color" in st:
            fields["color"] = cword(a["color"])
        if "brand" in st and a.get("brand"):
            fields["brand"] = bword(a["brand"])
        if "model" in st and a.get("model"):
            fields["model"] = mword(a["model"])
    else:
        desc = head_desc(o, st, "f", fields)
    det = detail_phrases(o, st, "f", "")
    place = F["place"]
    pk = PLACES[place]["kind"]
    pname = ch(PLACES[place]["names"])
    spot = ch(SPOTS.get(pk, ["路边"]))
    if pname.endswith("门口") and spot.startswith("门口"):
        spot = spot[2:] or "旁边"
    big = o["cat"] in ("ebike", "bicycle") and o["sub"] != "电动车电瓶"
    if big:
        spot = ch(["门口停车区", "路边", "巷子里", "树下", "停车棚里", "绿化带旁边"])
    t = F["found_at"]
    ts = when(t, rel=chance(0.3), style=ch(["num", "num", "cn", "mix"]), ri=chance(0.6))
    marks = [x for k, x in det if k == "mark"]
    contents = [x for k, x in det if k != "mark"]
    ser_body = ser_field = None
    if "serial" in st and "serial" in o["attrs"]:
        ser_body, ser_field = serial_text(o, "f")
        if o["extra"].get("imei_seen"):
            ser_body = "手机未锁屏，查得" + ser_body
    who = F["finder"]
    item = desc + o["unit"] if chance(0.5) else o["unit"] + desc
    if style == "terse":
        body = ch(["%s%s拾得%s。" % (pname, spot if chance(0.5) else "", item), "拾得%s，%s。" % (item, pname),
                   "%s %s 捡到%s" % (ts, pname, desc)])
        rest = marks + contents
        if rest:
            fields["marks"] = "；".join(rest)
        if ser_field:
            fields["serial"] = ser_field
    else:
        intro = {
            "guard": (["本人系%s保安，" % pname, "%s保安室：" % pname, "我是%s门岗保安，" % pname]
                      if pk in ("gate", "bank") else ["厂区保安送交：", "巡逻保安拾得，"]),
            "dormguard": ["宿管登记：", "我是宿舍楼宿管，"],
            "canteen": ["食堂阿姨收桌子的时候捡到的，", "食堂员工送交：", "我是食堂打菜的，"],
            "busstaff": ["车站工作人员送交：", "我是%s的工作人员，" % pname, "客运站值班员登记："],
            "mktstaff": ["市场工作人员送交：", "我是%s的工作人员，" % pname],
            "express": ["我是驿站老板，", "驿站店员送来："],
            "netadmin": ["网管登记：", "我是%s网管，" % pname],
            "vendor": ["我是摆摊的，", "摊主送交：", ""],
            "worker": ["下夜班路上捡到的，", "我是附近厂里的，", "路过捡到，", ""],
            "shop": ["店员送交：", "我是店里收银员，"],
            "cleaner": ["环卫工送交：", "保洁阿姨捡到的，"],
            "landlord": ["我是这边出租屋的房东，", "房东送来："],
            "patrol": ["巡逻队员拾得：", "治安巡逻时发现，"],
        }[who]
        s = [ch(intro)]
        if big:
            s.append(ch(["%s在%s%s发现无人看管的%s" % (ts, pname, spot, item),
                         "%s起%s%s停着%s，一直没人骑走" % (ts, pname, spot, item)]))
        else:
            s.append(ch(["%s在%s%s拾得%s" % (ts, pname, spot, item), "%s，%s%s有%s" % (ts, pname, spot, item),
                         "于%s在%s%s发现%s" % (ts, pname, spot, item)]))
        if marks:
            if chance(0.55):
                s.append("，" + "，".join(marks))
            else:
                fields["marks"] = "；".join(marks)
        if contents:
            if o["extra"].get("container"):
                s.append(ch(["，内有", "，里面有", "，打开看有"]) + "、".join(contents))
            else:
                s.append("，" + "，".join(contents))
        s.append("。")
        if ser_body:
            if chance(0.6):
                s.append(ser_body + "。")
            if chance(0.6) or not s[-1].startswith(ser_body[:4]):
                fields["serial"] = ser_field
        if chance(0.4) and not big:
            s.append(ch(FINDER_EXTRA))
        if big:
            s.append(ch(["车锁已被破坏。", "停放多日无人认领，已拖回所里。", "疑似被盗后丢弃。", "", "车上无钥匙。"]))
        else:
            s.append(ch(["在原地等了半小时没人来找。", "现交派出所。", "", "请失主带证明来认领。", "暂放值班室，后送来。",
                         "等了一天没人领。"]))
        body = "".join(s)
    if "marks" in fields and contents and chance(0.5):
        pass
    if chance(0.85):
        fields["address"] = (pname + (spot if chance(0.5) else ""))[:60]
    if chance(0.75):
        lat, lon = latlon(place, 25)
        fields["lat"], fields["lon"] = lat, lon
    return body, fields


# ---------------------------------------------------------------- events

def make_case(cat, person=None, **kw):
    person = person or new_person()
    o = MAKERS[cat](person, **kw)
    return o


def loss_event(o):
    p = kwplace = pick_place(o["cat"])
    dtl = pick_dt(PLACES[p]["kind"], o["cat"])
    t_loss = min_of(dtl)
    before = wchoice([(R.randint(0, 30), 4), (R.randint(30, 240), 4), (R.randint(240, 1440), 2), (R.randint(1440, 4000), 1)])
    after = wchoice([(R.randint(3, 40), 4), (R.randint(40, 300), 4), (R.randint(300, 1800), 2)])
    lf = min(t_loss + before, 130000)
    lt = max(0, t_loss - after)
    claim = [p]
    if chance(0.25):
        q = near(p, 200, 1400)
        claim = [p, q] if chance(0.5) else [q, p]
    return {"spot": p, "t_loss": t_loss, "lost_from": lf, "lost_to": lt, "claim": claim}


def found_event_for(ev, lo_delay=0):
    p = ev["spot"] if chance(0.5) else near(ev["spot"], 40, 550)
    d = wchoice([(R.randint(5, 240), 6), (R.randint(240, 1440), 3), (R.randint(1440, 8000), 1)])
    d = max(d, lo_delay)
    t = max(0, ev["t_loss"] - d)
    return {"place": p, "found_at": t}


def finder_of(place):
    return ch(FINDERS.get(PLACES[place]["kind"], ["worker"]))


def lost_style(p):
    r = R.random()
    if r < 0.12:
        return "terse"
    if r < 0.27:
        return "typo"
    if r < 0.37:
        return "leader"
    if r < 0.57 and p["dialect"]:
        return "dialect"
    return "plain"


def found_style():
    return "terse" if chance(0.18) else "plain"


# ---------------------------------------------------------------- build

PAIR_COUNTS = {"phone": 26, "id_doc": 22, "wallet": 16, "keys": 14, "ebike": 10, "bicycle": 6, "bag": 14,
               "cash": 8, "jewelry": 8, "electronics": 18, "other": 8}
ONLY_COUNTS = {"phone": 16, "id_doc": 12, "wallet": 10, "keys": 8, "ebike": 7, "bicycle": 4, "bag": 8,
               "cash": 7, "jewelry": 5, "electronics": 9, "other": 4}
CROSS = [   # (owner's category, finder's category, object's category, maker kwargs, finder's nouns)
    ("ebike", "electronics", "electronics", {"sub": "电动车电瓶"}, None),
    ("wallet", "id_doc", "wallet", {"sub": "卡包"}, ["身份证及银行卡（装在卡套内）", "证件一套（卡套装）"]),
    ("bag", "other", "bag", {"sub": "工具包"}, ["工具一袋", "一袋工具"]),
    ("other", "ebike", "other", {"sub": "头盔"}, ["电动车头盔"]),
]


def spread(table, total):
    """Distribute total over the implemented categories, in proportion to table."""
    cats = [c for c in CATS if c in MAKERS]
    w = sum(table[c] for c in cats)
    out = {c: table[c] * total // w for c in cats}
    i = 0
    while sum(out.values()) < total:
        out[cats[i % len(cats)]] += 1
        i += 1
    return out


NEG_KINDS = ["twin_one_fact", "same_cat_color", "found_before_loss", "same_brand_other_place_time"]


def clone_obj(o):
    n = copy.deepcopy(o)
    return n


def make_lost(o, ev, truth_found=None):
    p = o["person"]
    style = lost_style(p)
    if style == "leader":
        p["leader"] = True
    L = {"obj": o, "ev": ev, "style": style, "lost_from": ev["lost_from"], "lost_to": ev["lost_to"],
         "claim": ev["claim"], "truth": truth_found, "cat": o["cat"]}
    L["st"] = plan_lost(o, style)
    L["I"] = person_I(p)
    return L


def make_found(o, place, t, role, neg=None, target=None):
    F = {"obj": o, "place": place, "found_at": t, "role": role, "negative": neg, "target": target,
         "style": found_style(), "cat": o["cat"]}
    F["finder"] = finder_of(place)
    F["st"] = plan_found(o, F["style"])
    return F


def differing(Lo, Fo):
    """attributes the owner knows and the finder can see on which the two objects differ."""
    out = []
    for a in sorted(Lo["know"] & Fo["vis"]):
        if a in Lo["attrs"] and a in Fo["attrs"] and contradict(a, Lo["attrs"][a], Fo["attrs"][a]):
            out.append(a)
    return out


PREF = ["sub", "brand", "color", "name", "f:case", "f:wallpaper", "model", "cash", "cardtail", "serial"]


def pref_key(a):
    return (PREF.index(a) if a in PREF else 5.5, a)


def force(L, F, a):
    L["st"].add(a)
    F["st"].add(a)


def compatible(L, F):
    """True when nothing both sides state tells them apart and the times and places allow it."""
    if L["cat"] != F["cat"]:
        return False
    if F["found_at"] > L["lost_from"]:
        return False
    if min(dist(F["place"], c) for c in L["claim"]) > 5000:
        return False
    Lo, Fo = L["obj"], F["obj"]
    for a in sorted(L["st"] & F["st"]):
        if a in Lo["attrs"] and a in Fo["attrs"] and contradict(a, Lo["attrs"][a], Fo["attrs"][a]):
            return False
    return True


def audit(losts, founds, repair=True):
    bad = []
    for L in losts:
        for F in founds:
            if F is L["truth"] or not compatible(L, F):
                continue
            d = differing(L["obj"], F["obj"])
            if repair and not d:
                # a fact printed on the object that this finder did not write down: they look again
                Fo = F["obj"]
                for a in sorted(Fo.get("could", ())):
                    if a in L["obj"]["know"] and a in L["obj"]["attrs"] and a in Fo["attrs"] and \
                            contradict(a, L["obj"]["attrs"][a], Fo["attrs"][a]):
                        Fo["vis"].add(a)
                        d = [a]
                        break
            if repair and d:
                stated = [a for a in d if a in L["st"] or a in F["st"]]
                a = sorted(stated or d, key=pref_key)[0]
                force(L, F, a)
            else:
                bad.append((L, F))
    return bad


def build():
    global R
    R = __import__("random").Random(SEED)
    USED.clear()
    pairs_n = spread(PAIR_COUNTS, N_PAIRS)
    only_n = spread(ONLY_COUNTS, N_LOSTONLY)
    losts, founds = [], []
    pairs = []
    for cat in CATS:
        cross = [c for c in CROSS if c[0] == cat and c[2] in MAKERS]
        for i in range(pairs_n.get(cat, 0)):
            if i < len(cross):
                # one object filed under two categories by its owner and its finder
                lc, fc, mc, kw, noun = cross[i]
                o = make_case(mc, **kw)
                ev = loss_event(o)
                fe = found_event_for(ev)
                F = make_found(o, fe["place"], fe["found_at"], "truth")
                F["cat"] = fc
                if noun:
                    F["noun"] = noun
                L = make_lost(o, ev, F)
                L["cat"] = lc
                founds.append(F); losts.append(L)
                continue
            o = make_case(cat)
            ev = loss_event(o)
            fe = found_event_for(ev)
            F = make_found(o, fe["place"], fe["found_at"], "truth")
            L = make_lost(o, ev, F)
            founds.append(F); losts.append(L); pairs.append((L, F))
        for _ in range(only_n.get(cat, 0)):
            o = make_case(cat)
            ev = loss_event(o)
            losts.append(make_lost(o, ev, None))
    only = [L for L in losts if L["truth"] is None]

    # ---- hard negatives
    kinds = {"twin_one_fact": 24, "same_cat_color": 22, "found_before_loss": 22, "same_brand_other_place_time": 22}
    twin_targets = R.sample(pairs, kinds["twin_one_fact"])
    rest_pairs = [pr for pr in pairs if pr not in twin_targets]
    other_targets = R.sample(only, 50) + [pr[0] for pr in R.sample(rest_pairs, 16)]
    R.shuffle(other_targets)
    negs = []
    for (L, F) in twin_targets:
        negs.append(make_twin(L, F))
    # same brand elsewhere needs a brand; same colour needs a colour; the rest are found before the loss
    order = []
    left = list(other_targets)
    for kind, need in (("same_brand_other_place_time", "brand"), ("same_cat_color", "color")):
        pick = [L for L in left if L["obj"]["attrs"].get(need)][:kinds[kind]]
        order += [(kind, L) for L in pick]
        left = [L for L in left if L not in pick]
    order += [("found_before_loss", L) for L in left]
    R.shuffle(order)
    for kind, L in order:
        if kind == "same_cat_color":
            negs.append(make_same_color(L))
        elif kind == "found_before_loss":
            negs.append(make_before(L))
        else:
            negs.append(make_far(L))
    founds += negs
    # ---- other unclaimed found items
    for _ in range(N_UNCLAIMED):
        founds.append(make_unclaimed())

    frozen = set()
    for F in founds:
        if F["negative"] == "twin_one_fact":
            frozen |= {id(F["obj"]), id(F["target"]["obj"])}
    bad = audit(losts, founds)
    # two different objects that nothing stated tells apart: an unclaimed item is drawn again;
    # otherwise one of the two objects gets another value for a fact the other side can check
    for _ in range(30):
        if not bad:
            break
        done = set()
        for (L, F) in bad:
            if F["role"] == "unclaimed":
                if id(F) not in done and F in founds:
                    founds[founds.index(F)] = make_unclaimed()
                    done.add(id(F))
                continue
            perturb(L, F, frozen)
        bad = audit(losts, founds)
    return finish(losts, founds, bad)


def perturb(L, F, frozen):
    Lo, Fo = L["obj"], F["obj"]
    prot = {F.get("diff_attr"), F.get("twin_attr")}
    if id(Fo) not in frozen:
        tgt, other = Fo, Lo
    elif id(Lo) not in frozen:
        tgt, other = Lo, Fo
    else:
        return
    if tgt is Lo:
        prot = set()
    shared = [k for k in sorted(tgt["fac"]) if "f:" + k in other["attrs"] and "f:" + k not in prot and "f:" + k not in FIXED
              and "f:" + k in Lo["know"] and "f:" + k in Fo["vis"]]
    if shared:
        k = ch(shared)
        set_facet(tgt, k, exclude=other["attrs"]["f:" + k])
        return
    # give the object a fact the other one has, with another value
    extra = [k for k in sorted(other["fac"]) if k not in tgt["fac"] and "f:" + k not in FIXED]
    if extra:
        k = ch(extra)
        set_facet(tgt, k, exclude=other["attrs"]["f:" + k])


def base_kw(o):
    kw = {}
    for k in ("brand", "model", "color", "sub"):
        if k in o["attrs"]:
            kw[k] = o["attrs"][k]
    return kw


def twin_attr(L, F):
    o = L["obj"]
    cands = [a for a in sorted(o["vis"] & o["know"]) if (a.startswith("f:") and a not in FIXED) or a in ("name", "cash", "cardtail")]
    if not cands and "serial" in (o["vis"] & o["know"]):
        cands = ["serial"]
    return ch(cands) if cands else None


FIXED = {"f:stamp", "f:fob", "f:wrap"}     # facets tied to the colour: a twin keeps them


def fresh_serial(t, o):
    """A twin is another object: its identifying number is its own."""
    if "serial" not in o["attrs"]:
        return
    k = o["extra"].get("serial_kind")
    v = o["attrs"]["serial"]
    if k == "imei":
        t["attrs"]["serial"] = new_imei()
    elif k == "card":
        t["attrs"]["serial"] = new_tail()
    elif k == "id":
        t["attrs"]["serial"] = t["person"]["id"]
    elif k == "plate":
        t["attrs"]["serial"] = plate()
    elif k == "frame":
        t["attrs"]["serial"] = frame_no(v[:2])
    elif k == "tag":
        t["attrs"]["serial"] = new_code(v[:-3], 3)
    else:
        t["attrs"]["serial"] = new_code(v[:2], len(v) - 2)


def make_twin(L, F):
    o = L["obj"]
    a = twin_attr(L, F)
    if "name" in o["attrs"]:
        # a thing that carries its owner's name: the twin is somebody else's, and the name is what differs
        a = "name"
    t = clone_obj(o)
    t["person"] = new_person()
    fresh_serial(t, o)
    if a is None:
        a = "serial"
    if a.startswith("f:"):
        set_facet(t, a[2:], exclude=o["attrs"][a])
    elif a == "name":
        t["attrs"]["name"] = t["person"]["name"]
        t["know"].add("name"); t["vis"].add("name")
    elif a == "cash":
        v = o["attrs"]["cash"]
        t["attrs"]["cash"] = ch([v * 2 + 50, max(20, v // 2 - 10), v + max(200, v // 2)])
    elif a == "cardtail":
        t["attrs"]["cardtail"] = new_tail()
    if "staffno" in t["attrs"]:
        t["attrs"]["staffno"] = t["person"]["staff"]
    if "cardtail" in t["attrs"] and a != "cardtail":
        t["attrs"]["cardtail"] = new_tail()
    place = F["place"] if chance(0.4) else near(F["place"], 50, 500)
    lo = max(0, L["ev"]["t_loss"] - 3000)
    ft = R.randint(min(lo, L["lost_from"]), L["lost_from"])
    N = make_found(t, place, ft, "neg", "twin_one_fact", L)
    force(L, F, a)
    N["st"].add(a)
    N["twin_attr"] = a
    return N


def make_same_color(L):
    o = L["obj"]
    kw = {"color": o["attrs"]["color"]} if "color" in o["attrs"] else {}
    if o["cat"] == "id_doc":
        kw["sub"] = o["sub"]
    elif "sub" in o["attrs"]:
        kw["sub"] = o["sub"]
    for _ in range(30):
        n = make_case(o["cat"], **kw)
        if n["attrs"].get("color") == o["attrs"].get("color") and differing(o, n):
            break
    d = differing(o, n)
    a = sorted(d, key=pref_key)[0] if d else None
    if "brand" in d:
        a = "brand"
    ev = L["ev"]
    place = near(ev["spot"], 60, 800)
    ft = R.randint(max(0, ev["t_loss"] - 4000), L["lost_from"])
    N = make_found(n, place, ft, "neg", "same_cat_color", L)
    if a:
        L["st"].add(a); N["st"].add(a)
    N["st"].add("color") if "color" in n["vis"] else None
    L["st"].add("color") if "color" in o["know"] else None
    N["diff_attr"] = a
    return N


def make_before(L):
    o = L["obj"]
    n = make_case(o["cat"], **base_kw(o))
    ev = L["ev"]
    place = ev["spot"] if chance(0.4) else near(ev["spot"], 40, 600)
    gap = wchoice([(R.randint(60, 600), 3), (R.randint(600, 2880), 3), (R.randint(2880, 10000), 2)])
    ft = min(L["lost_from"] + gap, 131000)
    if ft <= L["lost_from"]:
        ft = L["lost_from"] + 30
    N = make_found(n, place, ft, "neg", "found_before_loss", L)
    return N


BRAND_OPTIONAL = {"wallet", "bag", "jewelry", "keys", "other", "electronics", "bicycle"}


def make_far(L):
    o = L["obj"]
    kw = {"brand": ""} if o["cat"] in BRAND_OPTIONAL else {}
    if "brand" in o["attrs"]:
        kw["brand"] = o["attrs"]["brand"]
        if "model" in o["attrs"] and chance(0.6):
            kw["model"] = o["attrs"]["model"]
    if "color" in o["attrs"] and chance(0.5):
        kw["color"] = o["attrs"]["color"]
    kw["sub"] = o["sub"]
    n = make_case(o["cat"], **kw)
    place = ch(FAR)
    if L["lost_from"] < 115000 and (chance(0.55) or L["lost_to"] < 11000):
        ft = min(L["lost_from"] + R.randint(4320, 20000), 131000)
        how = "before"
    else:
        ft = max(0, L["lost_to"] - R.randint(10080, min(40000, L["lost_to"])))
        how = "after"
    N = make_found(n, place, ft, "neg", "same_brand_other_place_time", L)
    N["how"] = how
    if "brand" in n["attrs"] and "brand" in o["know"]:
        L["st"].add("brand"); N["st"].add("brand")
    if how == "after":
        d = differing(o, n)
        if d:
            a = sorted(d, key=pref_key)[0]
            L["st"].add(a); N["st"].add(a)
    return N


def make_unclaimed():
    cat = ch([c for c in CATS if c in MAKERS])
    o = make_case(cat)
    place = ch(TOWN) if chance(0.85) else ch(FAR)
    dtl = pick_dt(PLACES[place]["kind"], cat)
    return make_found(o, place, min_of(dtl), "unclaimed", "unclaimed", None)


def clip(s, n):
    return s if len(s) <= n else s[:n]


def finish(losts, founds, bad):
    R.shuffle(losts)
    R.shuffle(founds)
    for i, F in enumerate(founds):
        F["key"] = "%s-F%04d" % (PFX, i + 1)
    for i, L in enumerate(losts):
        L["key"] = "%s-L%04d" % (PFX, i + 1)
    out_found, out_lost = [], []
    for F in founds:
        body, fields = render_found(F)
        rec = {"key": F["key"], "category": F["cat"], "body": clip(body, 600)}
        for k in ("color", "brand", "model", "serial", "address"):
            if k in fields:
                rec[k] = clip(fields[k], 60)
        if "marks" in fields:
            rec["marks"] = clip(fields["marks"], 500)
        if "lat" in fields:
            rec["lat"], rec["lon"] = fields["lat"], fields["lon"]
        rec["found_at_min"] = F["found_at"]
        if F["role"] != "truth":
            rec["negative"] = F["negative"]
        F["rec"] = rec
        out_found.append(rec)
    for L in losts:
        body, fields = render_lost(L)
        rec = {"key": L["key"], "category": L["cat"], "body": clip(body, 600)}
        for k in ("color", "brand", "model", "serial", "address"):
            if k in fields:
                rec[k] = clip(fields[k], 60)
        if "marks" in fields:
            rec["marks"] = clip(fields["marks"], 500)
        if "lat" in fields:
            rec["lat"], rec["lon"] = fields["lat"], fields["lon"]
        rec["lost_from_min"] = L["lost_from"]
        rec["lost_to_min"] = L["lost_to"]
        rec["truth"] = L["truth"]["key"] if L["truth"] else None
        L["rec"] = rec
        out_lost.append(rec)
    out_found.sort(key=lambda r: r["key"])
    out_lost.sort(key=lambda r: r["key"])
    data = {"seed": SEED, "made_by": "tests/lostfound/make_set53.py",
            "parts": {SETNAME: {"found": out_found, "lost": out_lost}}}
    meta = {"losts": losts, "founds": founds, "bad": bad}
    return data, meta


def dump(data):
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def main():
    data, meta = build()
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(dump(data))
    part = data["parts"][SETNAME]
    print("wrote %s: %d lost, %d found; %d pairs left that the stated facts cannot tell apart"
          % (OUT, len(part["lost"]), len(part["found"]), len(meta["bad"])))


if __name__ == "__main__":
    main()
