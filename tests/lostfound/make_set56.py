#!/usr/bin/env python3
"""Writes tests/lostfound/set56.json: a blind labelled lost-and-found set.

World: the invented rural township 石埠镇 of an invented 青川县, autumn harvest and the
国庆 / 中秋 holidays, 20 September to 15 October 2025.  Every person, place, shop, brand
model and number here is invented.

Method: first a hidden truth record is drawn for every object (what it is, what is
printed on it, what is inside it, where and when it was really lost).  The owner's
lost report and the finder's registration are then written separately from that
record, each in its own voice and each stating only what that person could know.
Hard negatives are built from the truth records of lost reports.

Standard library only, one random.Random(SEED); output is identical on every run and
under any PYTHONHASHSEED (no set or dict iteration order is ever drawn from).
"""
import copy
import json
import math
import os
import sys
from datetime import datetime, timedelta
import random

SEED = 56056
NN = 56
PFX = "S56"
NOW = datetime(2025, 10, 16, 20, 0)          # the common registration moment
MAX_MIN = 172800

rng = random.Random(SEED)


def ch(seq):
    return seq[rng.randrange(len(seq))]


def p(x):
    return rng.random() < x


def mins(dt):
    return int((NOW - dt).total_seconds() // 60)


# ---------------------------------------------------------------- numbers

def gb11643(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body17, w))
    return "10X98765432"[s % 11]


REGIONS = ["519921", "519923", "519927"]      # invented county codes


def mk_idno(year, male, region=None):
    region = region or ch(REGIONS)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    seq = rng.randrange(100)
    g = rng.randrange(10)
    if (g % 2 == 1) != male:
        g = (g + 1) % 10
    body = "%s%04d%02d%02d%02d%d" % (region, year, month, day, seq, g)
    return body + gb11643(body)


def luhn_digit(s14):
    tot = 0
    for i, c in enumerate(reversed(s14)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def mk_imei():
    s = "86" + "".join(str(rng.randrange(10)) for _ in range(12))
    return s + luhn_digit(s)


def digits(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def tail4():
    return "%04d" % rng.randrange(10000)


CARD_PFX = ["6231", "6217", "6228", "6212"]


# ---------------------------------------------------------------- places

LAT0, LON0 = 30.3127, 106.2841


def at(dn, de):
    lat = LAT0 + dn / 111.0
    lon = LON0 + de / (111.0 * math.cos(math.radians(LAT0)))
    return (lat, lon)


VILLAGES = ["陈家湾村", "龙塘村", "柏树垭村", "大坪村", "石门坎村", "桂花村", "双河口村", "牛角湾村"]
VOFF = {"陈家湾村": (2.1, -3.0), "龙塘村": (-2.5, -1.8), "柏树垭村": (4.2, 1.6), "大坪村": (-1.2, 3.4),
        "石门坎村": (-4.6, 2.2), "桂花村": (1.0, 5.6), "双河口村": (-3.4, -4.8), "牛角湾村": (5.5, -2.6)}

# key: formal address, colloquial names, (north km, east km), village or None
PLACES = {
    "market": ("青川县石埠镇老街集市", ["赶场的街上", "老街", "场上", "街上卖菜那里", "集市上", "老街场口"], (0.0, 0.0), None),
    "pigmarket": ("石埠镇猪市坝", ["猪市坝", "卖猪儿那个坝子", "猪市坝那边"], (0.15, -0.2), None),
    "xinyongshe": ("石埠镇老街农商银行网点", ["信用社", "街上信用社门口", "银行那里"], (0.03, 0.06), None),
    "gov": ("石埠镇人民政府", ["镇政府", "乡政府", "政府门口"], (0.3, 0.25), None),
    "bmzx": ("石埠镇便民服务中心", ["便民服务中心", "办事大厅", "便民中心"], (0.33, 0.21), None),
    "hospital": ("石埠镇卫生院", ["卫生院", "镇医院", "乡医院"], (-0.4, 0.35), None),
    "midschool": ("石埠镇中学", ["石埠中学", "镇中学", "中学"], (0.7, -0.4), None),
    "primary": ("石埠镇中心小学", ["中心小学", "小学", "镇小学"], (0.5, 0.6), None),
    "express": ("石埠镇老街兴旺超市快递代收点", ["快递点", "兴旺超市", "拿快递那里"], (0.05, 0.1), None),
    "busstop": ("石埠镇客运招呼站", ["车站", "中巴车站", "等班车那里", "招呼站"], (-0.2, -0.3), None),
    "ricemill": ("石埠镇老粮站碾米房", ["碾米房", "打米的地方", "老粮站"], (-0.35, -0.6), None),
    "fruit": ("桂花村路口柑橘收购点", ["收柑子的地方", "收购点", "桂花村路口收橘子那里"], (0.9, 4.9), "桂花村"),
    "citang": ("陈家湾村陈氏祠堂", ["陈家祠堂", "祠堂", "陈家湾祠堂那里"], (2.4, -3.3), "陈家湾村"),
    "pond": ("龙塘村鱼塘", ["龙塘鱼塘", "鱼塘边上", "龙塘那几口塘"], (-2.9, -2.1), "龙塘村"),
    "road_sq2": ("石青路2公里处", ["石青路上", "去县城那条路上", "大路边上"], (1.6, 1.0), None),
    "road_sq5": ("石青路5公里处柏树垭路口", ["柏树垭路口", "石青路柏树垭那段"], (4.0, 2.2), "柏树垭村"),
    "road_lt": ("石埠至龙塘村道", ["去龙塘那条村道", "龙塘村道上"], (-1.3, -1.0), "龙塘村"),
    "road_dp": ("石埠至大坪村道", ["去大坪那条路", "大坪村道"], (-0.7, 1.9), "大坪村"),
    "road_shk": ("双河口村道", ["双河口那条路", "双河口村道上"], (-2.0, -3.0), "双河口村"),
    "road_njw": ("牛角湾村道", ["牛角湾那条路", "牛角湾村道"], (3.6, -1.8), "牛角湾村"),
}
for v in VILLAGES:
    dn, de = VOFF[v]
    PLACES["cwh_" + v] = ("石埠镇%s村委会" % v, ["%s村委会" % v[:-1], "村委会", "%s村部" % v[:-1]], (dn, de), v)
    PLACES["shop_" + v] = ("石埠镇%s小卖部" % v, ["%s小卖部" % v[:-1], "村里小卖部"], (dn + 0.25, de - 0.2), v)
    PLACES["field_" + v] = ("石埠镇%s田间" % v, ["%s田里" % v[:-1], "%s坡上地里" % v[:-1], "%s晒坝" % v[:-1]],
                            (dn - 0.4, de + 0.35), v)

FAR = {
    "county_bus": ("青川县汽车客运站", ["县城车站", "县客运站"], (23.0, 14.0)),
    "county_hosp": ("青川县人民医院门诊部", ["县医院"], (23.6, 13.1)),
    "county_street": ("青川县城滨河路步行街", ["县城步行街", "县城滨河路"], (23.2, 14.7)),
    "county_super": ("青川县城惠民超市", ["县城惠民超市"], (22.7, 15.2)),
    "baisha": ("白沙镇农贸市场", ["白沙镇场上", "白沙场"], (-12.0, -16.5)),
    "jiangzhou": ("江州市火车站候车厅", ["江州火车站"], (-70.0, 45.0)),
    "jiangzhou_mall": ("江州市万福商场", ["江州万福商场"], (-68.5, 47.2)),
}


def coords(dn_de, jitter_m=120):
    dn, de = dn_de
    dn += rng.uniform(-jitter_m, jitter_m) / 1000.0
    de += rng.uniform(-jitter_m, jitter_m) / 1000.0
    lat, lon = at(dn, de)
    return round(lat, 6), round(lon, 6)


def km(a, b):
    return math.hypot(a[0] - b[0], a[1] - b[1])


def village_of(pkey):
    v = PLACES[pkey][3]
    if v:
        return v
    return None


def nearest_village(pkey):
    off = PLACES[pkey][2]
    best = sorted(VILLAGES, key=lambda v: km(VOFF[v], off))
    return best[0]


# ---------------------------------------------------------------- time

def D(m, d):
    return datetime(2025, m, d)


ALL_DAYS = [D(9, 20) + timedelta(days=i) for i in range(26)]          # 9/20 .. 10/15
MARKET = [D(9, 23), D(9, 28), D(10, 3), D(10, 8), D(10, 13)]
WORK = [D(9, 22), D(9, 23), D(9, 24), D(9, 25), D(9, 26), D(9, 28), D(9, 29), D(9, 30),
        D(10, 9), D(10, 10), D(10, 11), D(10, 13), D(10, 14), D(10, 15)]
HOLI = [D(10, i) for i in range(1, 9)]
BUS = [D(9, 27), D(9, 28), D(9, 29), D(9, 30), D(10, 5), D(10, 6), D(10, 7), D(10, 8)]
WEDDING = [D(10, 2), D(10, 5)]
FRUIT = [D(10, i) for i in range(4, 16)]
POND = [D(10, i) for i in range(1, 8)]
SUNDAYS = [D(9, 21), D(10, 8), D(10, 12)]   # boarding pupils go back to school

BLOCKS = {"早上": (6, 9), "上午": (8, 12), "中午": (11, 14), "下午": (13, 18), "傍晚": (17, 20), "晚上": (19, 23)}

CN = "零一二三四五六七八九"


def cnum(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n - 10] if n > 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def lunar(dt):
    # 2025: lunar 8/1 = 22 Sep, 8/15 (中秋) = 6 Oct; only used for 22 Sep .. 20 Oct
    d = (dt.date() - D(9, 21).date()).days
    if 1 <= d <= 29:
        return "农历八月" + ("初" + cnum(d) if d <= 10 else cnum(d))
    return None


def say_date(dt, voice, formal=False):
    m, d = dt.month, dt.day
    if formal:
        return ch(["2025年%d月%d日" % (m, d), "%d月%d日" % (m, d), "%d.%d " % (m, d)])
    opts = ["%d月%d号" % (m, d), "%d月%d日" % (m, d), "%d号" % d]
    if voice in ("elder", "proxy"):
        opts += ["%s月%s号" % (cnum(m), cnum(d))]
        lu = lunar(dt)
        if lu and p(0.5):
            return lu
    if dt.date() == D(10, 6).date() and p(0.5):
        return ch(["中秋节那天", "八月十五", "中秋节（10月6号）"])
    if dt.date() == D(10, 1).date() and p(0.4):
        return ch(["国庆节那天", "10月1号国庆"])
    if dt in MARKET and voice in ("elder", "proxy", "official") and p(0.4):
        return ch(["%d号赶场那天" % d, "%d号逢场" % d, "%d月%d号赶场天" % (m, d)])
    return ch(opts)


def hm(dt):
    return "%d点%s" % (dt.hour, "" if dt.minute < 10 else ("半" if 25 <= dt.minute <= 35 else "%d分" % dt.minute))


# ---------------------------------------------------------------- colours and brands

COLORS = {
    "black": (["黑色", "黑的", "黑色的", "深色", "哑光黑", "黑"], ["黑色", "黑", "深色", "黑色（哑光）"]),
    "white": (["白色", "白的", "米白色", "白"], ["白色", "白", "米白色"]),
    "silver": (["银色", "银白色", "银灰的"], ["银色", "银白色"]),
    "gold": (["金色", "土豪金", "香槟金", "金的"], ["金色", "香槟金"]),
    "red": (["红色", "大红", "红的", "枣红色"], ["红色", "红", "暗红色"]),
    "pink": (["粉色", "粉红的", "粉红色"], ["粉色", "粉红色"]),
    "blue": (["蓝色", "蓝的", "天蓝色"], ["蓝色", "浅蓝色"]),
    "darkblue": (["深蓝色", "藏青色", "藏蓝的", "深蓝"], ["深蓝色", "藏青色", "藏蓝色"]),
    "green": (["绿色", "绿的", "军绿色", "墨绿色"], ["绿色", "墨绿色", "军绿色"]),
    "grey": (["灰色", "灰的", "深灰色"], ["灰色", "深灰色"]),
    "purple": (["紫色", "紫的", "淡紫色"], ["紫色", "浅紫色"]),
    "yellow": (["黄色", "黄的", "明黄色"], ["黄色", "明黄色"]),
    "brown": (["棕色", "咖啡色", "褐色的", "咖色"], ["棕色", "咖啡色", "褐色"]),
    "orange": (["橙色", "橘黄色", "桔色"], ["橙色", "橘黄色"]),
    "skin": (["肉色", "肤色", "米色"], ["肤色", "肉色"]),
}
FAR_COLOR = {
    "black": ["white", "red", "pink", "gold", "silver"], "white": ["black", "red", "darkblue", "green"],
    "silver": ["black", "red", "pink", "green"], "gold": ["black", "blue", "green", "red"],
    "red": ["black", "white", "blue", "green"], "pink": ["black", "blue", "green"],
    "blue": ["red", "pink", "gold", "white"], "darkblue": ["red", "pink", "white", "gold"],
    "green": ["red", "pink", "white", "purple"], "grey": ["red", "pink", "yellow"],
    "purple": ["black", "green", "white", "yellow"], "yellow": ["black", "blue", "purple"],
    "brown": ["white", "pink", "blue"], "orange": ["black", "blue", "purple"], "skin": ["black"],
}

# brand: owner spellings, finder spellings, field spellings
BRANDS = {
    "huawei": (["华为", "华为", "HUAWEI", "huawei", "华伟", "花为", "hua wei", "HUAWEl"], ["华为", "HUAWEI", "华为（HUAWEI）"]),
    "honor": (["荣耀", "HONOR", "honor", "荣跃", "rong yao"], ["荣耀", "HONOR"]),
    "oppo": (["OPPO", "oppo", "欧珀", "0PPO", "噢泊", "oppo手机"], ["OPPO", "oppo"]),
    "vivo": (["vivo", "VIVO", "维沃", "微沃", "vovi", "V1VO"], ["vivo", "VIVO"]),
    "xiaomi": (["小米", "Xiaomi", "MI", "xiao mi", "晓米"], ["小米", "Xiaomi"]),
    "redmi": (["红米", "Redmi", "redmi", "hong mi"], ["红米", "Redmi"]),
    "apple": (["苹果", "iPhone", "Apple", "平果", "爱疯", "iphone"], ["苹果", "Apple", "iPhone"]),
    "shouhu": (["守护星", "SHOUHUXING", "守户星", "shou hu xing"], ["守护星", "SHOUHUXING"]),
    "kangle": (["康乐", "KANGLE", "康了", "kang le"], ["康乐", "KANGLE"]),
    "jinyue": (["金悦", "JINYUE", "金月", "jin yue"], ["金悦", "JINYUE"]),
    "lvju": (["绿驹", "LVJU", "绿居", "lv ju"], ["绿驹", "LVJU"]),
    "feilu": (["飞鹿", "FEILU", "飞路", "fei lu"], ["飞鹿", "FEILU"]),
    "xinchi": (["新驰", "XINCHI", "新池", "xin chi"], ["新驰", "XINCHI"]),
    "hengneng": (["恒能", "HENGNENG", "横能"], ["恒能", "HENGNENG"]),
    "wangli": (["旺力", "WANGLI", "王力"], ["旺力", "WANGLI"]),
    "tiema": (["铁马", "TIEMA", "铁码"], ["铁马", "TIEMA"]),
    "qingniao": (["青鸟", "QINGNIAO", "青乌"], ["青鸟", "QINGNIAO"]),
    "lingsheng": (["聆声", "LINGSHENG", "灵声"], ["聆声", "LINGSHENG"]),
    "beiting": (["贝听", "BEITING", "倍听"], ["贝听", "BEITING"]),
    "xiyanghong": (["夕阳红", "XYH", "夕阳宏"], ["夕阳红", "XYH"]),
    "yinlebao": (["音乐宝", "YINLEBAO", "音乐包"], ["音乐宝"]),
    "tongban": (["童伴", "TONGBAN", "同伴"], ["童伴", "TONGBAN"]),
    "shengyue": (["声悦", "SHENGYUE", "声月"], ["声悦", "SHENGYUE"]),
    "nengliang": (["能量宝", "NLB", "能亮宝"], ["能量宝"]),
    "nuantu": (["暖途", "NUANTU", "暖图"], ["暖途", "NUANTU"]),
    "hengwenshi": (["恒温仕", "HWS", "恒温士"], ["恒温仕", "HWS"]),
    "anqi": (["安骑", "ANQI", "安奇"], ["安骑", "ANQI"]),
    "leishi": (["雷狮", "LEISHI", "雷师"], ["雷狮", "LEISHI"]),
    "qingyufang": (["晴雨坊", "QYF", "晴雨房"], ["晴雨坊"]),
    "chijun": (["驰骏", "CHIJUN", "驰俊"], ["驰骏", "CHIJUN"]),
    "hongyunlai": (["鸿运来", "HYL", "红运来"], ["鸿运来"]),
    "jinpeng": (["金鹏皮具", "金鹏", "JINPENG"], ["金鹏", "JINPENG"]),
    "qihang": (["启航星", "QIHANGXING", "启行星"], ["启航星", "QIHANGXING"]),
    "shuxiang": (["书香童", "SXT", "书香同"], ["书香童", "SXT"]),
    "tulv": (["途旅", "TULV", "途驴"], ["途旅", "TULV"]),
    "yaxiu": (["雅秀", "YAXIU", "雅绣"], ["雅秀", "YAXIU"]),
    "jinju": (["金驹", "JINJU", "金句"], ["金驹", "JINJU"]),
    "xiongshi": (["雄狮", "XIONGSHI", "熊狮"], ["雄狮", "XIONGSHI"]),
    "qcnsh": (["青川农商银行", "农商行", "信用社", "农村信用社", "农商银行"], ["青川农商银行", "农商银行"]),
    "sbczyh": (["石埠村镇银行", "村镇银行", "石埠银行"], ["石埠村镇银行", "村镇银行"]),
}
ODD_BRAND = ["华伟", "花为", "hua wei", "HUAWEl", "荣跃", "rong yao", "0PPO", "噢泊", "微沃", "vovi", "V1VO",
             "晓米", "xiao mi", "hong mi", "平果", "爱疯", "守户星", "shou hu xing", "康了", "kang le", "金月",
             "jin yue", "绿居", "lv ju", "飞路", "fei lu", "新池", "xin chi", "横能", "王力", "铁码", "青乌", "灵声",
             "倍听", "夕阳宏", "音乐包", "同伴", "声月", "能亮宝", "暖图", "恒温士", "安奇", "雷师", "晴雨房",
             "驰俊", "红运来", "启行星", "书香同", "途驴", "雅绣", "金句", "熊狮"]

MODELS = {
    "huawei": ["畅享 X9", "畅享 Z5 Pro", "nova 14 青春版", "麦芒 V3"],
    "honor": ["畅玩 80C", "X60 轻享", "Play 9A"],
    "oppo": ["A98 星河版", "K15e", "A3 轻享"],
    "vivo": ["Y39 乐享", "Y200e", "S30 青春"],
    "xiaomi": ["Civi 5e", "15 轻享"],
    "redmi": ["Note 15R", "K80e", "14A"],
    "apple": ["iPhone 15e", "iPhone 14 Lite"],
    "shouhu": ["S228", "SH-9", "S9 大字版"],
    "kangle": ["K1 Plus", "KL-760"],
    "jinyue": ["JY-V8", "V8 老人版"],
    "lvju": ["LJ-Q5 小风", "LJ-M3"],
    "feilu": ["F3 乐途", "F7"],
    "xinchi": ["XC-7", "XC-2 小蛮"],
    "lingsheng": ["LS-20 耳背式", "LS-35"],
    "beiting": ["BT-9 隐形", "BT-12"],
    "xiyanghong": ["XYH-88", "XYH-66 唱戏机"],
    "yinlebao": ["Y-19"],
    "tongban": ["T5", "T7 4G"],
    "shengyue": ["SY-Air2"],
    "nengliang": ["10000毫安 NL-10"],
    "nuantu": ["500ml 保温杯", "NT-350"],
    "hengwenshi": ["HWS-600", "480ml"],
}


def mvar(m):
    """a model written differently"""
    r = rng.random()
    if r < 0.3:
        return m.replace(" ", "")
    if r < 0.5:
        return m.lower()
    if r < 0.6:
        return m.replace("-", "")
    return m


# ---------------------------------------------------------------- names

SURN = ["陈", "李", "王", "张", "刘", "杨", "何", "罗", "唐", "蒋", "邓", "冯", "谢", "彭", "曾", "向", "苟", "母",
        "赵", "周", "吴", "黄", "余", "廖", "任", "袁", "文", "严"]
GIVEN = {
    "elder_m": ["德明", "国富", "明清", "学文", "正华", "光荣", "代福", "树林", "长贵", "玉成", "世昌", "开元", "仕全", "德寿", "文彬"],
    "elder_f": ["秀英", "桂兰", "淑芬", "素珍", "玉兰", "翠花", "明芳", "银秀", "春梅", "菊英", "德芬", "会琼", "素华", "桂芳"],
    "young_m": ["浩", "建军", "小龙", "伟", "俊杰", "强", "磊", "志勇", "海涛", "鹏", "林峰"],
    "young_f": ["婷婷", "丽", "小燕", "佳", "雪梅", "娟", "倩", "晓琴", "莉", "春燕"],
    "kid_m": ["梓轩", "浩宇", "俊熙", "宇航", "博文", "子豪", "天佑", "一鸣"],
    "kid_f": ["子涵", "欣怡", "雨桐", "思琪", "可馨", "一诺", "诗雨", "梦瑶"],
    "mid_m": ["志刚", "建平", "建华", "成林", "德勇", "小平", "国强", "文军"],
    "mid_f": ["晓红", "文静", "海燕", "丽萍", "永红", "秀琼", "小梅"],
}
USED_NAMES = []


def mk_name(group):
    for _ in range(50):
        n = ch(SURN) + ch(GIVEN[group])
        if n not in USED_NAMES:
            USED_NAMES.append(n)
            return n
    return n


def alt_name(n):
    """a different name differing in one character"""
    grp = None
    for g in sorted(GIVEN):
        if n[1:] in GIVEN[g]:
            grp = g
    if grp and p(0.6):
        given = n[1:]
        for _ in range(30):
            g2 = ch(GIVEN[grp])
            if g2 != given and (g2[0] == given[0] or g2[-1] == given[-1]):
                return n[0] + g2
        return n[0] + ch([g for g in GIVEN[grp] if g != given])
    return ch([s for s in SURN if s != n[0]]) + n[1:]


# ---------------------------------------------------------------- owners

def mk_owner(otype):
    o = {"type": otype}
    male = p(0.5)
    o["male"] = male
    o["vill"] = ch(VILLAGES)
    o["grp"] = rng.randint(1, 9)
    if otype in ("elder", "proxy"):
        o["age"] = rng.randint(62, 86)
        o["name"] = mk_name("elder_m" if male else "elder_f")
        o["year"] = 2025 - o["age"]
        o["rel"] = ch(["我妈", "我爸", "我婆婆", "我外婆", "我爷爷", "我奶奶"]) if otype == "proxy" else None
        if o["rel"]:
            o["male"] = o["rel"] in ("我爸", "我爷爷")
            o["name"] = mk_name("elder_m" if o["male"] else "elder_f")
        o["reporter"] = mk_name("young_m" if p(0.5) else "young_f") if otype == "proxy" else o["name"]
    elif otype == "migrant":
        o["age"] = rng.randint(21, 46)
        o["name"] = mk_name("young_m" if male else "young_f")
        o["year"] = 2025 - o["age"]
        o["work"] = ch(["广东东莞", "浙江宁波", "江苏昆山", "福建晋江", "重庆", "成都"])
        o["reporter"] = o["name"]
    elif otype in ("pupil", "parent"):
        o["age"] = rng.randint(9, 15)
        o["name"] = mk_name("kid_m" if male else "kid_f")
        o["year"] = 2025 - o["age"]
        if o["age"] >= 12:
            o["school"] = "石埠镇中学"
            o["grade"] = ch(["初一", "初二", "初三"])
            o["cls"] = rng.randint(1, 4)
        else:
            o["school"] = "石埠镇中心小学"
            o["grade"] = ch(["三年级", "四年级", "五年级", "六年级"])
            o["cls"] = rng.randint(1, 3)
        o["reporter"] = mk_name("young_f" if p(0.6) else "young_m") if otype == "parent" else o["name"]
        o["rel"] = ch(["我家娃儿", "我儿子", "我女儿"]) if otype == "parent" else None
    elif otype == "teacher":
        o["age"] = rng.randint(26, 55)
        o["name"] = mk_name("mid_m" if male else "mid_f")
        o["year"] = 2025 - o["age"]
        o["school"] = ch(["石埠镇中学", "石埠镇中心小学"])
        o["reporter"] = o["name"]
    else:  # official / grid worker
        o["age"] = rng.randint(30, 58)
        o["name"] = mk_name("mid_m" if male else "mid_f")
        o["year"] = 2025 - o["age"]
        o["post"] = ch(["村委会", "网格员", "镇政府"])
        o["reporter"] = o["name"]
    return o


# ---------------------------------------------------------------- mark pools
# each option: (owner phrasings, finder phrasings); an empty finder list = not visible

POOLS = {
    "lrj_mark": [
        (["后面贴了张纸条，写的我儿子的电话", "背后贴了个纸，上头写的电话号码"], ["机身背面贴有手写电话号码纸条", "后壳贴了张写电话号码的纸条"]),
        (["电池盖是用橡皮筋捆起的", "后盖松了，用橡皮筋绑到的"], ["后盖用橡皮筋捆着", "电池盖用皮筋绑住"]),
        (["挂了根红绳子", "上头拴了根红绳"], ["挂有红色挂绳", "拴了一根红绳"]),
        (["按键上的字都磨没了", "数字键磨得看不清了"], ["按键字迹磨损严重", "键盘数字磨花了"]),
        (["屏幕上有条裂缝", "屏幕摔裂了一道"], ["屏幕有一条裂纹", "屏幕裂了一道"]),
        (["装在一个蓝花布套套里", "套了个蓝花布套子"], ["装在蓝色碎花布套里", "外面套个蓝花布套"]),
        (["后面贴了个观音菩萨的贴纸", "背后贴了张菩萨像"], ["背面贴有观音像贴纸", "后壳贴着菩萨贴画"]),
        (["侧面有个手电筒，灯罩摔缺了一块", "头上的电筒灯罩缺了"], ["顶部手电筒灯罩破损", "手电筒灯罩缺一块"]),
    ],
    "lrj_hidden": [["里面存了儿女的电话", "儿子去年过年给买的", "号码是儿子给办的", "打过去一直没人接",
                    "买成两百多块钱", "里头存了好多亲戚电话", "我眼睛不好只会接电话"]],
    "sp_case": [
        (["透明壳子，壳子里夹了张20块钱", "透明手机壳，里面夹了张20的票子"], ["透明手机壳，壳内夹一张20元纸币", "透明壳，壳里夹着20元"]),
        (["黑色翻盖皮套", "翻盖的黑皮套子"], ["黑色翻盖皮套", "外有黑色皮质翻盖保护套"]),
        (["壳子上印了只卡通猫", "手机壳是个卡通猫的"], ["手机壳印有卡通猫图案", "卡通猫图案手机壳"]),
        (["粉色壳子，后面有个小熊支架", "粉红壳子带个小熊支架"], ["粉色手机壳，背面带小熊支架", "粉色壳带小熊支架"]),
        (["壳子后面夹了张县城公交卡", "壳子里夹了张公交卡"], ["手机壳后夹有公交卡一张", "壳里夹着一张公交卡"]),
        (["绿色硅胶壳，边边都磨白了", "墨绿色软壳，边上磨白了"], ["绿色硅胶保护壳，边缘磨损发白", "绿色软壳边缘发白"]),
        (["没戴壳子，背面有个磕的坑", "裸机没壳，后面磕了个坑"], ["无保护壳，背面有一处磕痕", "裸机，背面有磕碰坑"]),
        (["背后粘了个金色指环扣", "壳子上有个指环支架"], ["背面有金色指环支架", "带金色指环扣"]),
        (["壳子上印了个大大的福字", "红壳子上有个福字"], ["手机壳印有“福”字", "壳上有个福字"]),
    ],
    "sp_screen": [
        (["屏幕左上角碎了", "左上角屏幕裂了"], ["屏幕左上角碎裂", "屏幕左上角有裂痕"]),
        (["贴的钢化膜，边边起泡了", "钢化膜有点翘起来了"], ["贴有钢化膜，边缘起泡", "钢化膜翘边"]),
        (["屏幕右下角有道划痕", "屏幕右下角划了一道"], ["屏幕右下角有划痕", "右下角一道划痕"]),
        (["屏幕中间碎成蜘蛛网了", "屏幕摔花了，像蜘蛛网"], ["屏幕中部蛛网状碎裂", "屏幕碎成蛛网状"]),
    ],
    "sp_lock": [
        (["锁屏是我娃儿的照片，穿个红衣服", "屏保是儿子照片，穿红衣服"], ["亮屏显示一小孩照片（穿红衣服）", "锁屏壁纸是个穿红衣服的小娃儿"]),
        (["锁屏是全家福", "屏保是我们一家人的合照"], ["锁屏为多人合影", "锁屏是一张全家合影"]),
        (["屏保是一条黄狗", "锁屏是我家狗的照片"], ["锁屏图片是一只黄狗", "屏保是条黄狗"]),
        (["锁屏是一片油菜花", "屏保是油菜花田"], ["锁屏是油菜花风景", "屏保为黄色花田"]),
        (["屏保是我和老婆的结婚照", "锁屏是结婚照"], ["锁屏为男女合影（婚纱照）", "锁屏是一张婚纱照"]),
        (["锁屏是个动漫人物，蓝头发的", "屏保是蓝头发的动漫"], ["锁屏为蓝发动漫人物", "屏保是个蓝头发卡通人"]),
    ],
    "sp_hidden": [["手机里有好多孙子的照片", "微信里还有几千块钱，已经冻结了", "才买了半年，花了一千八",
                   "手机卡已经去营业厅挂失了", "里面存了厂里老板的电话，急用", "电话打过去先是通的后来关机了",
                   "相册里有我娃儿的照片舍不得", "后天就要回厂里，手机离不得"]],
    "id_holder": [
        (["装在一个透明卡套里", "套了个透明塑料套子"], ["装于透明卡套内", "外有透明塑料卡套"]),
        (["卡套是蓝色的，挂了根绳子", "蓝色卡套带挂绳"], ["蓝色卡套，带挂绳", "蓝色卡套连着挂绳"]),
        (["没有套子，就一张卡", "光的一张，没套"], ["无卡套", "单独一张卡"]),
        (["用橡皮筋跟几张卡捆在一起", "和别的卡用皮筋捆起的"], ["与其他卡片用橡皮筋捆在一起", "几张卡用皮筋捆着"]),
    ],
    "doc_bag": [
        (["用一个红色塑料袋装起的", "装在红塑料口袋里"], ["装在红色塑料袋内", "红塑料袋装着"]),
        (["装在一个蓝色文件袋里", "放在蓝色拉链文件袋里"], ["装于蓝色文件袋中", "蓝色拉链文件袋装着"]),
        (["拿报纸包起的", "外面包了张旧报纸"], ["外包旧报纸", "用报纸包着"]),
        (["装在一个化肥口袋里面的小塑料袋里", "用个装化肥的小口袋装起"], ["装在一个化肥袋改的小袋里", "化肥袋装着"]),
    ],
    "yb_photo": [
        (["卡上照片是我，头发白的", "照片上是个白头发老人"], ["卡面照片为一白发老人", "照片是白头发老人"]),
        (["照片上我戴了眼镜", "卡上照片戴眼镜"], ["卡面照片人像戴眼镜", "照片人物戴眼镜"]),
    ],
    "cz_mark": [
        (["存折封面写了个“陈”字", "存折皮子上用笔写了个字"], ["封面有手写字迹", "存折封面上写了字"]),
        (["里面夹了张取款单", "存折里夹了张单子"], ["内夹取款凭条一张", "里面夹着一张取款单"]),
        (["存折边边被老鼠咬了一点", "存折角角烂了"], ["存折一角破损", "存折边角缺损"]),
        (["用塑料袋包了好几层", "外面包了几层塑料袋"], ["外裹数层塑料袋", "用塑料袋包着"]),
    ],
    "cz_hidden": [["里头还有三万多块钱", "是我和老伴的养老钱", "卖猪儿的钱都存在上头", "存折密码只有我晓得"]],
    "stu_holder": [
        (["装在学校发的蓝色卡套里，有挂绳", "蓝卡套带挂绳"], ["蓝色卡套带挂绳", "装在蓝色卡套里，有挂绳"]),
        (["卡套上贴了个皮卡丘贴纸", "套子上有皮卡丘贴纸"], ["卡套贴有黄色卡通贴纸", "卡套上贴着黄色卡通贴纸"]),
        (["卡套是红色的", "红色卡套"], ["红色卡套", "外有红色卡套"]),
    ],
    "lic_mark": [
        (["驾驶证皮套里还夹了行驶证", "皮套里面有行驶证"], ["皮套内另有行驶证一本", "夹有行驶证"]),
        (["皮套上印的“驾驶证”三个字都磨掉了", "套子字都磨花了"], ["皮套字迹磨损", "皮套封面磨花"]),
    ],
    "wal_style": [
        (["对折的短钱包", "短款对折的"], ["对折短款", "短款对折钱包"]),
        (["长款的，有拉链", "长钱包带拉链"], ["长款拉链钱包", "长款带拉链"]),
        (["三折的，扣子坏了", "三折钱包，按扣坏了"], ["三折款，按扣损坏", "三折钱包扣子坏了"]),
        (["手拿的长款，边边磨白了", "长款的边上磨破了"], ["长款，边缘磨损", "长款钱包边角磨白"]),
    ],
    "wal_items": [
        (["里面有张我娃儿的一寸照", "夹了张娃儿的照片"], ["内有一张小孩一寸照", "夹有儿童照片一张"]),
        (["有几张超市小票", "有些小票"], ["内有购物小票数张", "几张超市小票"]),
        (["有个护身符", "里面放了个平安符"], ["内有一个黄色护身符", "有平安符一个"]),
        (["有张卫生院的缴费单", "夹了张看病的单子"], ["内有卫生院收费单据", "有卫生院缴费单一张"]),
        (["有张会员卡，兴旺超市的", "兴旺超市积分卡"], ["兴旺超市会员卡一张", "有超市会员卡"]),
        (["有把小钥匙", "夹了一把小钥匙"], ["内有小钥匙一把", "夹着一把小钥匙"]),
        (["有张厂里的工牌", "还有厂牌"], ["内有工厂工牌一张", "有厂牌一张"]),
    ],
    "cloth_style": [
        (["布的零钱包，拉链的，上面绣了朵花", "绣花的布钱包"], ["布质零钱包，绣花图案，拉链", "绣花布零钱包"]),
        (["毛线织的小包包", "毛线打的小钱包"], ["毛线编织小钱包", "毛线织的零钱包"]),
        (["塑料的小钱包，一按就开那种", "按扣的塑料零钱包"], ["塑料按扣零钱包", "按扣式塑料小钱包"]),
        (["灯芯绒的，口子是拉链", "灯芯绒布钱包"], ["灯芯绒布钱包，拉链", "灯芯绒零钱包"]),
    ],
    "keychain": [
        (["拴了个小葫芦", "钥匙上挂了个木头葫芦"], ["挂有小木葫芦", "钥匙扣为木质小葫芦"]),
        (["用红绳子串起的", "串钥匙的是根红绳"], ["红绳串着", "用红色绳子串起"]),
        (["挂了个铜钱", "钥匙扣上有个铜钱"], ["挂一枚铜钱", "带铜钱挂件"]),
        (["有个塑料的小猪钥匙扣", "挂了个粉红小猪"], ["挂粉色小猪钥匙扣", "粉红小猪挂件"]),
        (["挂了个指甲刀", "钥匙串上有个指甲剪"], ["挂有指甲刀一个", "带一把指甲剪"]),
        (["钥匙扣是个平安符", "挂了个红色平安符"], ["挂红色平安符", "带红色平安符挂件"]),
        (["钥匙圈是个大铁环", "串在一个大铁圈上"], ["串在大铁环上", "大号铁钥匙圈"]),
        (["挂了个开瓶器", "有个开啤酒的起子"], ["挂有开瓶器", "带一个开瓶起子"]),
    ],
    "keytag": [
        (["有一把缠了白胶布，写的“仓”字", "仓库那把上面贴了胶布写了字"], ["其中一把缠白胶布，上写“仓”", "有把钥匙贴白胶布写“仓”"]),
        (["农具房那把是黄铜的大钥匙", "有把大的铜钥匙，开农具房的"], ["有一把大号黄铜钥匙", "内含一把大铜钥匙"]),
        (["有两把是一样的挂锁钥匙", "两把一模一样的小挂锁钥匙"], ["有两把相同的挂锁钥匙", "含两把同款挂锁钥匙"]),
        (["有把钥匙头上涂了红油漆", "一把钥匙头是红的"], ["一把钥匙头部涂红漆", "有把钥匙头有红漆"]),
        (["大门钥匙是防盗门的，十字的", "有把十字钥匙"], ["含一把十字钥匙", "有十字形钥匙一把"]),
    ],
    "veh_key": [
        (["钥匙头是黑色塑料的", "黑头的钥匙"], ["黑色塑料钥匙头", "钥匙头为黑色"]),
        (["钥匙上带个遥控器", "有个防盗遥控器"], ["附带防盗遥控器", "带遥控器"]),
        (["钥匙头缠了绿胶布", "头上缠了绿色胶布"], ["钥匙头缠绿色胶布", "缠有绿胶布"]),
        (["遥控器后壳掉了用胶布粘到的", "遥控器用透明胶粘起的"], ["遥控器用胶带缠着", "遥控器外壳用胶布粘住"]),
    ],
    "ebike_mark": [
        (["前面加装了个大铁筐", "车头有个大筐筐"], ["车前加装大铁筐", "车头有大车筐"]),
        (["装了个遮阳雨棚", "上面有个雨棚"], ["装有遮阳雨棚", "带雨棚"]),
        (["后座加了个娃儿座椅", "后面有个儿童座椅"], ["后座加装儿童座椅", "后有儿童座椅"]),
        (["车头挂了个挡风被，印的大花", "有个花挡风被"], ["车把挂有花色挡风被", "带花色挡风被"]),
        (["脚踏那里铺了块胶皮", "脚垫是块旧胶皮"], ["脚踏板垫了块胶皮", "踏板上铺有胶皮"]),
        (["后视镜断了一边", "左边反光镜掉了"], ["缺一侧后视镜", "左后视镜缺失"]),
        (["车头挂了个平安符", "车把上挂了个红平安符"], ["车把挂红色平安符", "车头挂有平安符"]),
    ],
    "ebike_hidden": [["前年买的，两千六", "电瓶是去年才换的新的", "车钥匙我这里还有一把", "买车的发票还在屋头",
                      "天天骑去地里拉东西"]],
    "bat_mark": [
        (["电瓶上用白漆写了个字", "上面有白油漆写的字"], ["电池外壳有白漆字迹", "电瓶上有白漆写的字"]),
        (["提手缠了黑胶布", "把手用黑胶布缠起的"], ["提手缠黑胶布", "提把缠有黑色胶布"]),
        (["外壳有条裂缝", "壳子裂了一道"], ["外壳有裂纹", "壳体开裂一道"]),
        (["装在一个蛇皮口袋里", "用编织袋装起的"], ["装在编织袋内", "用蛇皮袋装着"]),
    ],
    "bike_mark": [
        (["前面有个车筐", "车头有筐"], ["带前车筐", "车前有筐"]),
        (["后座上绑了块海绵垫", "后座包了海绵"], ["后座绑海绵垫", "后座有海绵垫"]),
        (["车铃铛是个卡通的", "铃铛是小熊的"], ["卡通车铃", "车铃为小熊造型"]),
        (["横梁上贴了奥特曼贴纸", "车上贴了好多奥特曼"], ["车架贴有卡通贴纸", "横梁贴着奥特曼贴纸"]),
        (["车把手缠了胶布", "把手用胶布缠了"], ["车把缠有胶布", "把手缠胶布"]),
        (["有把U型锁挂在后面", "锁是U型锁"], ["后架挂U型锁", "带一把U型锁"]),
    ],
    "sb_items": [
        (["里面有语文数学书，作业本", "书和作业本都在里头"], ["内有语文、数学课本及作业本", "内有课本、作业本"]),
        (["有个铁的文具盒，奥特曼的", "文具盒是奥特曼铁盒"], ["内有奥特曼图案铁文具盒", "奥特曼铁皮文具盒一个"]),
        (["还有个蓝色水杯", "装了个蓝水杯"], ["内有蓝色水杯一个", "蓝水杯一个"]),
        (["有套校服在里面", "放了件校服"], ["内有校服一件", "校服一件"]),
        (["有本英语字典", "有英语词典"], ["内有英语词典一本", "英语字典一本"]),
        (["有个小天才那种计算器", "放了个计算器"], ["内有计算器一个", "计算器一个"]),
        (["有几包辣条", "里头还有辣条"], ["内有辣条几包", "辣条数包"]),
    ],
    "sb_mark": [
        (["书包上挂了个小熊挂件", "挂了个小熊"], ["书包挂小熊挂件", "挂有小熊挂件"]),
        (["书包底下破了个洞", "底下磨破了个洞"], ["书包底部有破洞", "底部破了一个洞"]),
        (["拉链坏了用别针别起的", "拉链头掉了，用别针"], ["拉链损坏，用别针别着", "拉链用别针代替"]),
        (["侧边有反光条", "两边有反光的条条"], ["侧面有反光条", "带反光条"]),
    ],
    "bp_items": [
        (["里面有几件换洗衣服", "装的换洗衣服"], ["内有换洗衣物数件", "几件衣服"]),
        (["有个手机充电器和数据线", "充电器在里头"], ["内有充电器及数据线", "手机充电器一个"]),
        (["有两条烟", "给我爸买的两条烟"], ["内有香烟两条", "香烟两条"]),
        (["有套厂里的工装", "工作服一套"], ["内有工作服一套", "工装一套"]),
        (["有个给娃儿买的遥控车", "给娃儿带的玩具车"], ["内有玩具遥控车一个", "遥控玩具车一个"]),
        (["有个保温杯", "一个保温杯"], ["内有保温杯一个", "保温杯一个"]),
    ],
    "bp_mark": [
        (["背带上挂了个钥匙扣", "肩带上挂个小挂件"], ["肩带挂有钥匙扣", "背带上有挂件"]),
        (["侧面口袋有点破", "侧袋破了"], ["侧袋破损", "侧面口袋破了"]),
        (["上面有“途旅”的标志", "包上印了个标"], ["印有商标", "包身有标志"]),
    ],
    "hb_items": [
        (["里面有一把伞和纸巾", "装的伞和纸巾"], ["内有雨伞一把、纸巾", "有折叠伞和纸巾"]),
        (["有一盒降压药", "装的降压药"], ["内有药品一盒", "一盒药"]),
        (["有串钥匙", "钥匙也在包里"], ["内有钥匙一串", "钥匙一串"]),
        (["有个口红和镜子", "化妆的小镜子和口红"], ["内有口红、小镜子", "口红一支、镜子"]),
        (["有个发夹和梳子", "装了把梳子"], ["内有梳子、发夹", "梳子一把"]),
    ],
    "hb_mark": [
        (["带子是链条的", "链条肩带"], ["链条肩带", "带金属链条"]),
        (["包上挂了个毛球", "挂了个毛绒球"], ["挂毛绒球挂件", "包挂毛球"]),
        (["边边有点脱皮", "皮子有些脱了"], ["包边脱皮", "边缘掉皮"]),
    ],
    "sack_items": [
        (["装了二十来斤新米", "里面是刚打的米，二十多斤"], ["内装大米约二十斤", "装有大米二十余斤"]),
        (["装了几块腊肉", "有三四块腊肉"], ["内有腊肉数块", "几块腊肉"]),
        (["装的是花生，十来斤", "一袋子花生"], ["内装花生约十斤", "花生十来斤"]),
        (["装的一床棉絮", "里面是一床被子"], ["内装棉被一床", "有一床棉絮"]),
        (["装的红苕", "是一袋红苕"], ["内装红薯", "装着红苕"]),
        (["装的菜籽油，两壶", "两壶菜油"], ["内有两壶菜籽油", "菜油两桶"]),
    ],
    "sack_mark": [
        (["口子用红绳子扎的", "袋子口拿红绳捆的"], ["袋口用红绳扎紧", "红绳扎口"]),
        (["袋子上用毛笔写了个字", "袋子上写了我家的姓"], ["袋身有毛笔字", "袋子上有手写字"]),
        (["是个装化肥的口袋", "化肥袋子装的"], ["化肥袋", "袋子为化肥包装袋"]),
    ],
    "cash_cont": [
        (["用个红塑料口袋装起的", "装在红色塑料袋里"], ["装在红色塑料袋内", "红塑料袋装着"]),
        (["用黑塑料袋包起的", "拿黑口袋装的"], ["黑色塑料袋包着", "装于黑色塑料袋"]),
        (["用花手帕包起的", "包在一个花手绢里"], ["用花手帕包着", "包在花手绢内"]),
        (["装在信用社那种信封里", "银行的信封装起的"], ["装在银行信封内", "银行信封装着"]),
        (["用报纸包起的", "拿旧报纸裹起"], ["旧报纸包裹", "报纸包着"]),
        (["用橡皮筋捆起的，没装", "就用皮筋扎了一扎"], ["用橡皮筋捆扎", "皮筋扎着"]),
    ],
    "cash_denom": [
        (["都是一百的", "全是红票子"], ["均为100元面额", "全是100元"]),
        (["有一百的也有五十的", "一百和五十的都有"], ["100元和50元面额", "有100元、50元"]),
        (["大票子加一些零钱", "还有些十块五块的零钱"], ["另有零钞若干", "有零钱若干"]),
    ],
    "cash_hidden": [["是卖谷子的钱", "准备给孙子交学费的", "是卖柑子的钱", "是帮人家带的礼钱", "准备去买化肥的",
                     "刚从信用社取的", "是卖了两头猪的钱"]],
    "ear_style": [
        (["是吊坠那种，下面吊个小珠珠", "吊坠式的带小珠子"], ["吊坠式，带小珠", "耳坠款"]),
        (["是圆圈圈的耳环", "圈圈耳环"], ["圆圈式耳环", "环形耳环"]),
        (["是小葫芦样子的", "葫芦形状"], ["葫芦造型", "小葫芦形"]),
        (["是朵梅花的样子", "梅花样子的耳钉"], ["梅花造型", "梅花形耳钉"]),
    ],
    "ring_style": [
        (["光面的素圈", "光光的，没花"], ["素面戒圈", "光面无花纹"]),
        (["上面有个福字", "戒面是个福字"], ["戒面有“福”字", "带福字戒面"]),
        (["方戒面的，刻了花", "方的戒面有花纹"], ["方形戒面带花纹", "方戒面刻花"]),
        (["是个麻花样子的", "扭起的麻花纹"], ["麻花纹戒圈", "扭纹款"]),
    ],
    "ring_engrave": [
        (["里面刻了字母", "内圈刻了两个字母"], ["内圈刻有字母", "内圈有刻字"]),
        (["里面刻了个日子", "内圈刻了结婚日子"], ["内圈刻有日期", "内圈有数字刻字"]),
    ],
    "neck_style": [
        (["麻花链子", "链子是扭起的"], ["麻花链", "扭纹链"]),
        (["下面吊个观音", "带个观音吊坠"], ["带观音吊坠", "吊坠为观音像"]),
        (["吊了个属相，是只兔子", "坠子是属相兔"], ["吊坠为兔子生肖", "带生肖兔吊坠"]),
    ],
    "brace_style": [
        (["刻的长命百岁", "上面有长命百岁的字"], ["刻有“长命百岁”", "有长命百岁字样"]),
        (["带两个小铃铛", "上面有小铃铛"], ["带小铃铛", "有两个小铃铛"]),
        (["光的，没花", "素的银镯子"], ["素面", "无花纹"]),
    ],
    "gold_hidden": [["是媳妇送的", "戴了十几年了", "是我妈留给我的", "在县城金店买的", "买的时候四千多",
                     "是结婚时候的", "孙子满月时候打的"]],
    "ha_mark": [
        (["装在一个小塑料盒子里", "有个黑色的小盒子装起"], ["装在小塑料盒内", "有黑色小收纳盒"]),
        (["耳塞是透明的", "塞耳朵那头是透明的"], ["透明耳塞", "耳塞为透明色"]),
        (["电池门有点松", "电池盖松了"], ["电池仓盖松动", "电池门松动"]),
    ],
    "ha_side": [
        (["是左耳的", "戴左边耳朵的"], ["标记为左耳（L）", "左耳款"]),
        (["是右耳的", "戴右耳朵的"], ["标记为右耳（R）", "右耳款"]),
    ],
    "ha_hidden": [["花了三千多", "儿子在县城给配的", "没戴起听不到人说话", "去年才配的"]],
    "radio_mark": [
        (["天线断了一截", "天线断了"], ["天线折断一截", "天线断了"]),
        (["插了张卡，全是川剧", "里面的卡都是川剧"], ["插有存储卡，播放川剧", "内有存储卡，打开是川剧"]),
        (["用根绳子挂起的", "拴了根背带"], ["系有挂绳", "带一根背绳"]),
        (["背后贴了胶布", "后面缠了胶布"], ["背面贴胶布", "后面缠有胶布"]),
    ],
    "watch_mark": [
        (["表带上贴了个贴纸", "表带上有星星贴纸"], ["表带贴有星星贴纸", "表带上有贴纸"]),
        (["表盘壁纸是个奥特曼", "屏幕是奥特曼"], ["表盘显示奥特曼图案", "开机画面是奥特曼"]),
        (["表盘壁纸是冰雪公主", "屏幕是个公主"], ["表盘显示卡通公主", "屏幕为公主图案"]),
        (["表带断了用胶布粘的", "表带扣子坏了"], ["表带扣损坏，有胶布", "表带用胶带粘着"]),
    ],
    "bud_mark": [
        (["充电盒上贴了个小熊贴纸", "盒子上有个熊的贴纸"], ["充电仓贴有小熊贴纸", "盒子上贴着小熊"]),
        (["盒子上划了好多道", "充电盒有划痕"], ["充电仓有多处划痕", "盒子划痕多"]),
        (["有个硅胶套，蓝色的", "套了个蓝色软套"], ["带蓝色硅胶套", "外有蓝色硅胶套"]),
    ],
    "pb_mark": [
        (["上面贴了张“某厂”的贴纸", "贴了个厂里发的贴纸"], ["贴有工厂贴纸", "外壳贴有贴纸"]),
        (["带了根数据线缠在上面", "线缠在上面的"], ["缠有数据线", "附数据线一根"]),
    ],
    "gl_mark": [
        (["装在黑色眼镜盒里，盒子上印的“明视眼镜”", "眼镜盒是黑的，写的明视眼镜"], ["装在黑色眼镜盒内，盒印“明视眼镜”", "黑色眼镜盒（明视眼镜）"]),
        (["用根红绳子拴到的", "镜腿上拴了红绳"], ["镜腿系有红绳", "拴着红绳"]),
        (["一条腿用胶布缠了", "镜腿断过，缠的胶布"], ["一侧镜腿缠胶布", "镜腿缠有胶布"]),
        (["没得盒子，装在一个布袋袋里", "装在个布套里"], ["装在布眼镜袋里", "布套装着"]),
        (["镜片有点花了", "镜片磨花了"], ["镜片磨损", "镜片有划痕"]),
    ],
    "gl_hidden": [["是一百五十度的", "度数是两百度", "戴起看手机的", "在县城眼镜店配的", "没有它看不到字"]],
    "um_mark": [
        (["伞把缠了黑胶布", "伞柄用胶布缠起的"], ["伞柄缠黑胶布", "伞把缠有胶布"]),
        (["有根伞骨断了", "断了一根骨头"], ["一根伞骨折断", "伞骨断了一根"]),
        (["伞上印的碎花", "是碎花伞"], ["伞面碎花图案", "碎花伞面"]),
        (["木头弯把的长柄伞", "弯把子的长伞"], ["木质弯柄长伞", "弯柄长柄伞"]),
        (["是三折的折叠伞", "折叠的小伞"], ["三折折叠伞", "折叠伞"]),
    ],
    "cup_mark": [
        (["杯套是毛线织的", "套了个毛线杯套"], ["外有毛线杯套", "毛线织杯套"]),
        (["杯子底下摔凹了", "杯底有个凹"], ["杯底有凹痕", "底部凹陷"]),
        (["杯子上的漆掉了几块", "漆掉了一些"], ["杯身掉漆", "杯身有掉漆"]),
        (["盖子上有根提绳", "带提绳的"], ["杯盖带提绳", "有提绳"]),
        (["里面泡的枸杞", "里头有枸杞水"], ["杯内有枸杞茶水", "内有泡枸杞"]),
    ],
    "helm_mark": [
        (["后面贴了个“平安”贴纸", "后脑勺贴了平安两个字"], ["后部贴有“平安”贴纸", "贴着平安字样贴纸"]),
        (["镜片有条裂", "挡风镜片裂了"], ["镜片有裂纹", "面罩镜片破裂"]),
        (["带子断了一边", "扣带断了"], ["系带断裂一侧", "扣带坏了"]),
        (["侧面有个大刮痕", "旁边刮花了"], ["侧面有明显刮痕", "一侧刮花"]),
        (["是半盔，带个挡风镜", "半头盔有镜片"], ["半盔，带镜片", "半盔有挡风镜"]),
    ],
    "generic_hidden": [["是我用惯了的", "离不得", "麻烦好心人交一下", "不值几个钱但是要用"]],
}

# ---------------------------------------------------------------- facts

def F(k, fid, v=None, vis=True, op=0.7, fp=0.6, chg=True, **kw):
    d = {"k": k, "id": fid, "v": v, "vis": vis, "op": op, "fp": fp, "chg": chg}
    d.update(kw)
    return d


def pool_mark(fid, pool, op=0.6, fp=0.6, chg=True, vis=True, idx=None):
    opts = POOLS[pool]
    i = rng.randrange(len(opts)) if idx is None else idx
    return F("mark", fid, i, vis=vis and bool(opts[i][1]), op=op, fp=fp, chg=chg, pool=pool)


def pool_marks(prefix, pool, n, op=0.6, fp=0.6):
    idxs = list(range(len(POOLS[pool])))
    rng.shuffle(idxs)
    return [pool_mark("%s%d" % (prefix, j), pool, op=op, fp=fp, idx=idxs[j]) for j in range(min(n, len(idxs)))]


def hidden(pool, n=1):
    phr = list(POOLS[pool][0])
    rng.shuffle(phr)
    return [F("hidden", "hid%d" % j, phr[j], vis=False, op=0.55, fp=0, chg=False) for j in range(n)]


# ---------------------------------------------------------------- kinds

# kind: category, count, owner types (weighted), scenes, measure word, owner nouns, finder nouns
KINDS = [
    ("laorenji", "phone", 20, ["elder"] * 3 + ["proxy"] * 2, ["market", "hospital", "village", "mill", "fruit", "road", "pond", "gov"],
     "部", ["老人机", "手机", "老年机", "按键手机", "老人手机"], ["老人机", "按键手机", "老年手机", "手机"]),
    ("smartphone", "phone", 30, ["migrant"] * 5 + ["teacher", "official", "elder", "pupil"],
     ["bus", "market", "express", "wedding", "pond", "road", "fruit", "school", "gov"],
     "部", ["手机", "智能手机", "手机"], ["手机", "智能手机", "触屏手机"]),
    ("idcard", "id_doc", 10, ["elder", "migrant", "migrant", "official", "proxy"], ["gov", "bus", "market", "hospital", "express"],
     "张", ["身份证", "二代身份证", "身份证"], ["身份证", "居民身份证", "二代身份证"]),
    ("hukouben", "id_doc", 5, ["elder", "official", "migrant", "proxy"], ["gov", "village", "road", "market"],
     "本", ["户口本", "户口簿", "户口本本"], ["户口簿", "户口本", "居民户口簿"]),
    ("yibaoka", "id_doc", 7, ["elder", "proxy", "elder"], ["hospital", "gov", "market"],
     "张", ["医保卡", "社保卡", "社保卡（医保用的）"], ["社会保障卡", "社保卡", "医保卡"]),
    ("cunzhe", "id_doc", 5, ["elder", "proxy"], ["market", "road", "village"],
     "本", ["存折", "存折子", "信用社存折"], ["存折", "储蓄存折"]),
    ("bankcard", "id_doc", 4, ["migrant", "teacher", "elder"], ["market", "bus", "express"],
     "张", ["银行卡", "卡", "银行卡"], ["银行卡", "借记卡"]),
    ("stucard", "id_doc", 3, ["pupil", "parent"], ["school", "bus", "market"],
     "张", ["学生证", "学生卡", "饭卡（学生证）"], ["学生证", "学生卡"]),
    ("idbundle", "id_doc", 2, ["migrant"], ["bus", "express", "market"],
     "套", ["身份证和银行卡", "卡套（身份证、银行卡）"], ["卡套（内有身份证、银行卡）", "身份证及银行卡"]),
    ("license", "id_doc", 2, ["migrant", "official"], ["bus", "market", "road"],
     "本", ["驾驶证", "驾照", "驾驶本"], ["驾驶证", "机动车驾驶证"]),
    ("wallet_leather", "wallet", 11, ["migrant"] * 3 + ["teacher", "official", "elder"], ["market", "bus", "wedding", "express", "hospital", "pond"],
     "个", ["钱包", "皮夹子", "钱夹"], ["钱包", "皮质钱包", "钱夹"]),
    ("wallet_cloth", "wallet", 7, ["elder"], ["market", "hospital", "village", "mill"],
     "个", ["零钱包", "钱包", "小钱包"], ["零钱包", "小钱包"]),
    ("keys_farm", "keys", 10, ["elder"] * 3 + ["proxy", "official"], ["market", "village", "mill", "fruit", "road", "pond"],
     "串", ["钥匙", "一串钥匙", "钥匙串"], ["钥匙", "钥匙串", "一串钥匙"]),
    ("keys_tricycle", "keys", 5, ["elder", "elder", "official"], ["mill", "fruit", "market", "road"],
     "把", ["三轮车钥匙", "三轮车的钥匙", "三轮钥匙"], ["三轮车钥匙", "车钥匙"]),
    ("keys_moto", "keys", 5, ["migrant", "official", "elder"], ["market", "pond", "road", "wedding"],
     "把", ["摩托车钥匙", "摩托钥匙", "车钥匙"], ["摩托车钥匙", "车钥匙"]),
    ("keys_ebike", "keys", 4, ["teacher", "elder", "migrant"], ["market", "school", "hospital", "express"],
     "串", ["电动车钥匙", "电瓶车钥匙", "车钥匙"], ["电动车钥匙", "车钥匙"]),
    ("ebike", "ebike", 13, ["elder", "elder", "migrant", "teacher", "proxy"], ["market", "market", "school", "hospital", "fruit", "mill", "express"],
     "辆", ["电动车", "电瓶车", "电摩"], ["电动车", "电动自行车", "电瓶车"]),
    ("battery", "ebike", 7, ["elder", "official", "migrant"], ["road", "market", "village", "mill"],
     "组", ["电瓶", "电动车电瓶", "电池"], ["电动车电瓶", "蓄电池", "电瓶"]),
    ("bicycle", "bicycle", 8, ["pupil", "parent", "pupil", "elder"], ["school", "market", "express"],
     "辆", ["自行车", "单车", "脚踏车"], ["自行车", "单车"]),
    ("schoolbag", "bag", 8, ["pupil", "parent"], ["school", "bus", "road", "market"],
     "个", ["书包", "双肩书包"], ["书包", "学生书包", "双肩书包"]),
    ("backpack", "bag", 4, ["migrant"], ["bus", "express", "market"],
     "个", ["背包", "双肩包", "包"], ["双肩背包", "背包"]),
    ("handbag", "bag", 4, ["teacher", "migrant", "elder"], ["market", "hospital", "wedding", "express"],
     "个", ["挎包", "包包", "女士包"], ["女士挎包", "挎包", "手提包"]),
    ("sack", "bag", 4, ["elder"], ["road", "market", "bus", "mill"],
     "个", ["蛇皮口袋", "编织袋", "口袋"], ["编织袋", "蛇皮袋"]),
    ("cash", "cash", 16, ["elder"] * 4 + ["proxy", "official", "migrant"], ["market", "fruit", "mill", "wedding", "road", "village"],
     "笔", ["钱", "现金", "一包钱"], ["现金", "人民币"]),
    ("earring", "jewelry", 6, ["elder", "migrant", "proxy"], ["wedding", "market", "hospital", "village"],
     "只", ["金耳环", "耳环", "金耳坠"], ["耳环", "耳坠", "耳环"]),
    ("ring", "jewelry", 6, ["elder", "elder", "migrant"], ["village", "pond", "fruit", "mill", "wedding"],
     "枚", ["金戒指", "戒指", "金箍子"], ["戒指", "戒指"]),
    ("necklace", "jewelry", 2, ["elder", "migrant"], ["wedding", "market"],
     "条", ["金项链", "项链", "金链子"], ["项链", "链子"]),
    ("bracelet", "jewelry", 2, ["parent", "elder"], ["wedding", "school", "market"],
     "只", ["银手镯", "银镯子", "手镯"], ["手镯", "镯子"]),
    ("hearing", "electronics", 5, ["elder", "proxy"], ["hospital", "market", "village", "gov"],
     "个", ["助听器", "助听器（耳朵上戴的）"], ["助听器", "耳背式助听器"]),
    ("radio", "electronics", 3, ["elder"], ["market", "village", "mill"],
     "个", ["唱戏机", "收音机", "听戏的机子"], ["收音机", "唱戏机", "播放器"]),
    ("kidwatch", "electronics", 3, ["parent", "pupil"], ["school", "market", "wedding"],
     "块", ["电话手表", "儿童手表", "手表"], ["儿童电话手表", "电话手表"]),
    ("earbuds", "electronics", 2, ["migrant"], ["bus", "express"],
     "副", ["蓝牙耳机", "耳机"], ["蓝牙耳机", "无线耳机"]),
    ("powerbank", "electronics", 1, ["migrant"], ["bus", "express"],
     "个", ["充电宝", "移动电源"], ["充电宝", "移动电源"]),
    ("glasses", "other", 5, ["elder", "proxy", "teacher"], ["hospital", "market", "gov", "wedding"],
     "副", ["老花镜", "眼镜", "老光眼镜"], ["老花镜", "眼镜"]),
    ("umbrella", "other", 3, ["teacher", "elder", "pupil"], ["market", "school", "bus", "express"],
     "把", ["伞", "雨伞"], ["雨伞", "伞"]),
    ("thermos", "other", 4, ["pupil", "teacher", "elder", "migrant"], ["school", "hospital", "bus", "mill"],
     "个", ["保温杯", "杯子", "水杯"], ["保温杯", "水杯"]),
    ("helmet", "other", 4, ["migrant", "official", "elder"], ["market", "road", "pond", "fruit"],
     "个", ["头盔", "摩托车头盔", "安全帽"], ["头盔", "摩托车头盔"]),
]
KIND = {k[0]: k for k in KINDS}
assert sum(k[2] for k in KINDS) == 240

KIND_BRANDS = {
    "laorenji": ["shouhu", "kangle", "jinyue"],
    "smartphone": ["huawei", "huawei", "honor", "oppo", "oppo", "vivo", "vivo", "xiaomi", "redmi", "apple"],
    "cunzhe": ["qcnsh"], "bankcard": ["qcnsh", "sbczyh"],
    "wallet_leather": ["chijun", "hongyunlai", "jinpeng"],
    "keys_tricycle": ["jinju"], "keys_moto": ["xiongshi"], "keys_ebike": ["lvju", "feilu", "xinchi"],
    "ebike": ["lvju", "feilu", "xinchi"], "battery": ["hengneng", "wangli"],
    "bicycle": ["tiema", "qingniao"], "schoolbag": ["qihang", "shuxiang"], "backpack": ["tulv"],
    "handbag": ["yaxiu"], "hearing": ["lingsheng", "beiting"], "radio": ["xiyanghong", "yinlebao"],
    "kidwatch": ["tongban"], "earbuds": ["shengyue"], "powerbank": ["nengliang"],
    "umbrella": ["qingyufang"], "thermos": ["nuantu", "hengwenshi"], "helmet": ["anqi", "leishi"],
}
KIND_COLORS = {
    "laorenji": ["black", "red", "gold", "blue", "darkblue"],
    "smartphone": ["black", "black", "white", "silver", "gold", "blue", "green", "purple", "pink"],
    "hukouben": ["red"], "yibaoka": ["blue"], "cunzhe": ["green", "red", "blue"],
    "bankcard": ["green", "gold", "blue"], "stucard": ["blue", "white"], "idbundle": ["black", "brown", "blue"],
    "license": ["black", "brown"],
    "wallet_leather": ["black", "brown", "darkblue", "red", "black"], "wallet_cloth": ["red", "blue", "purple", "green", "pink"],
    "ebike": ["white", "red", "blue", "black", "pink", "green", "silver"], "battery": ["black", "green", "grey"],
    "bicycle": ["blue", "red", "black", "pink", "white", "yellow"],
    "schoolbag": ["blue", "pink", "darkblue", "red", "purple", "black"], "backpack": ["black", "grey", "darkblue"],
    "handbag": ["brown", "black", "red", "white"], "sack": ["white", "green", "red"],
    "cash": ["red", "black", "white"],
    "earring": ["gold"], "ring": ["gold"], "necklace": ["gold"], "bracelet": ["silver"],
    "hearing": ["skin", "grey", "black"], "radio": ["red", "black", "gold"], "kidwatch": ["pink", "blue", "purple"],
    "earbuds": ["white", "black"], "powerbank": ["white", "black", "pink"],
    "glasses": ["black", "brown", "gold"], "umbrella": ["black", "darkblue", "red", "green", "purple"],
    "thermos": ["pink", "blue", "black", "silver", "green"], "helmet": ["red", "black", "white", "yellow", "blue"],
    "keys_ebike": ["black", "red", "blue"],
}


def build(kind, owner, force=None):
    """Hidden truth record of one object."""
    force = force or {}
    name, cat, _n, _ot, _sc, measure, noun_o, noun_f = KIND[kind]
    obj = {"kind": kind, "cat": cat, "fcat": cat, "measure": measure, "noun_o": noun_o, "noun_f": noun_f,
           "owner": owner, "facts": []}
    fs = obj["facts"]
    ot = owner["type"]
    knows_num = {"migrant": 0.5, "teacher": 0.45, "official": 0.45, "proxy": 0.3, "pupil": 0.3, "parent": 0.3}.get(ot, 0.12)
    col = force.get("color") or (ch(KIND_COLORS[kind]) if kind in KIND_COLORS else None)
    br = force.get("brand") or (ch(KIND_BRANDS[kind]) if kind in KIND_BRANDS else None)

    def add_color(op=0.85, fp=0.9, vis=True):
        if col:
            fs.append(F("color", "color", col, vis=vis, op=op, fp=fp))

    def add_brand(op=0.7, fp=0.7, vis=True):
        if br:
            fs.append(F("brand", "brand", br, vis=vis, op=op, fp=fp))

    def add_model(op=0.3, fp=0.4, vis=True):
        if br in MODELS:
            fs.append(F("model", "model", force.get("model") or ch(MODELS[br]), vis=vis, op=op, fp=fp))

    if kind == "laorenji":
        add_color(); add_brand(op=0.55, fp=0.75); add_model(op=0.15, fp=0.4)
        fs.append(F("serial", "serial", mk_imei(), sk="imei", op=0.12 if ot == "elder" else 0.35, fp=0.35))
        fs += pool_marks("m", "lrj_mark", rng.choice([1, 1, 2]), op=0.65, fp=0.6)
        fs += hidden("lrj_hidden", rng.choice([0, 1, 2]))
    elif kind == "smartphone":
        add_color(op=0.9); add_brand(op=0.9, fp=0.85); add_model(op=0.6 if ot == "migrant" else 0.35, fp=0.0, vis=False)
        fs.append(F("serial", "serial", mk_imei(), sk="imei", vis=False, op=knows_num * 0.9, fp=0))
        fs.append(pool_mark("case", "sp_case", op=0.75, fp=0.75))
        if p(0.5):
            fs.append(pool_mark("screen", "sp_screen", op=0.5, fp=0.5))
        fs.append(pool_mark("lock", "sp_lock", op=0.45, fp=0.5))
        fs += hidden("sp_hidden", rng.choice([0, 1, 2]))
    elif kind == "idcard":
        fs.append(F("name", "name", owner["name"], role="id", op=0.95, fp=0.95))
        fs.append(F("serial", "serial", mk_idno(owner["year"], owner["male"]), sk="idno", op=0.45 + knows_num * 0.4, fp=0.75))
        fs.append(F("mark", "addr", None, pool=None, vis=True, op=0.0, fp=0.4, chg=False,
                    text_f="住址%s%d组" % (owner["vill"], owner["grp"])))
        fs.append(pool_mark("holder", "id_holder", op=0.4, fp=0.5))
    elif kind == "hukouben":
        add_color(op=0.3, fp=0.5)
        fs.append(F("name", "name", owner["name"], role="huzhu", op=0.9, fp=0.9))
        fs.append(F("serial", "serial", digits(9), sk="hukou", op=0.15, fp=0.5))
        fs.append(F("count", "count", rng.randint(2, 7), unit="人", op=0.45, fp=0.4))
        fs.append(pool_mark("bag", "doc_bag", op=0.55, fp=0.6))
    elif kind == "yibaoka":
        add_color(op=0.2, fp=0.4)
        fs.append(F("name", "name", owner["name"], role="card", op=0.9, fp=0.9))
        fs.append(F("serial", "serial", mk_idno(owner["year"], owner["male"]), sk="idno", op=0.3, fp=0.6))
        fs.append(pool_mark("photo", "yb_photo", op=0.3, fp=0.35))
        fs.append(pool_mark("holder", "id_holder", op=0.4, fp=0.5))
    elif kind == "cunzhe":
        add_color(op=0.5, fp=0.6); add_brand(op=0.8, fp=0.9)
        fs.append(F("name", "name", owner["name"], role="acct", op=0.9, fp=0.9))
        fs.append(F("serial", "serial", {"pfx": "8802" + digits(2), "tail": tail4()}, sk="acct", op=0.2, fp=0.6))
        fs.append(pool_mark("m0", "cz_mark", op=0.5, fp=0.5))
        fs += hidden("cz_hidden", rng.choice([1, 1, 2]))
    elif kind == "bankcard":
        add_color(op=0.5, fp=0.7); add_brand(op=0.85, fp=0.9)
        fs.append(F("serial", "serial", {"pfx": ch(CARD_PFX), "tail": tail4()}, sk="card", op=0.75, fp=0.85))
        if p(0.4):
            fs.append(F("name", "name", owner["name"], role="sign", op=0.6, fp=0.6))
    elif kind == "stucard":
        add_color(op=0.3, fp=0.5)
        fs.append(F("name", "name", owner["name"], role="stu", op=0.95, fp=0.95))
        fs.append(F("serial", "serial", "%d%02d%02d%02d" % (rng.choice([2023, 2024, 2025]), rng.randint(1, 4), rng.randint(1, 12), rng.randint(1, 60)),
                    sk="stuno", op=0.55, fp=0.8))
        fs.append(F("mark", "cls", None, vis=True, op=0.8, fp=0.7, chg=False, pool=None,
                    text_o="%s%s%d班" % (owner["school"], owner["grade"], owner["cls"]),
                    text_f="%s%s%d班" % (owner["school"], owner["grade"], owner["cls"])))
        fs.append(pool_mark("holder", "stu_holder", op=0.5, fp=0.5))
    elif kind == "idbundle":
        add_color(op=0.7, fp=0.8)
        fs.append(F("name", "name", owner["name"], role="id", op=0.95, fp=0.95))
        fs.append(F("serial", "serial", mk_idno(owner["year"], owner["male"]), sk="idno", op=0.6, fp=0.7))
        fs.append(F("serial", "serial2", {"pfx": ch(CARD_PFX), "tail": tail4()}, sk="card", op=0.6, fp=0.6))
        br = ch(["qcnsh", "sbczyh"])
        fs.append(F("brand", "brand", br, op=0.5, fp=0.5))
    elif kind == "license":
        add_color(op=0.4, fp=0.6)
        fs.append(F("name", "name", owner["name"], role="id", op=0.95, fp=0.95))
        fs.append(F("serial", "serial", mk_idno(owner["year"], owner["male"]), sk="idno", op=0.5, fp=0.7))
        fs.append(F("mark", "lclass", ch(["C1", "D", "C1E"]), vis=True, op=0.4, fp=0.5, chg=False, pool=None,
                    text_o="准驾车型%s", text_f="准驾车型%s"))
        fs.append(pool_mark("m0", "lic_mark", op=0.5, fp=0.6))
    elif kind in ("wallet_leather", "wallet_cloth"):
        add_color(op=0.9, fp=0.9)
        if kind == "wallet_leather":
            add_brand(op=0.35, fp=0.55)
            fs.append(pool_mark("style", "wal_style", op=0.6, fp=0.6))
        else:
            fs.append(pool_mark("style", "cloth_style", op=0.7, fp=0.7))
        amt = rng.choice([rng.randint(2, 30) * 10, rng.randint(3, 25) * 100 + rng.choice([0, 0, 50, 20, 70])])
        fs.append(F("amount", "amount", amt, op=0.85, fp=0.9))
        if p(0.6):
            fs.append(F("name", "name", owner["name"], role="walletid", op=0.8, fp=0.85))
            if p(0.5):
                fs.append(F("serial", "serial", mk_idno(owner["year"], owner["male"]), sk="idno", op=0.2, fp=0.45))
        if kind == "wallet_leather" and p(0.5):
            fs.append(F("serial", "serial2", {"pfx": ch(CARD_PFX), "tail": tail4()}, sk="card", op=0.45, fp=0.55))
        fs += pool_marks("it", "wal_items", rng.choice([1, 2]), op=0.55, fp=0.6)
    elif kind.startswith("keys_"):
        if kind == "keys_farm":
            fs.append(F("count", "count", rng.randint(3, 8), unit="把", op=0.7, fp=0.8))
            fs.append(pool_mark("chain", "keychain", op=0.75, fp=0.8))
            fs += pool_marks("tag", "keytag", rng.choice([1, 1, 2]), op=0.55, fp=0.55)
        else:
            add_color(op=0.3, fp=0.3) if kind == "keys_ebike" else None
            add_brand(op=0.7, fp=0.7)
            fs.append(F("count", "count", rng.randint(1, 4), unit="把", op=0.5, fp=0.7))
            fs.append(pool_mark("vk", "veh_key", op=0.6, fp=0.6))
            if p(0.6):
                fs.append(pool_mark("chain", "keychain", op=0.6, fp=0.7))
    elif kind == "ebike":
        add_color(op=0.95, fp=0.95); add_brand(op=0.8, fp=0.85); add_model(op=0.3, fp=0.45)
        fr = {"lvju": "LJ", "feilu": "FL", "xinchi": "XC"}[br] + "%02d%02d" % (rng.randint(20, 25), rng.randint(1, 12)) + \
            ch("ABCDEFGHJK") + digits(6)
        fs.append(F("serial", "serial", fr, sk="frame", op=0.25, fp=0.45))
        fs.append(F("serial", "plate", "青川A%05d" % rng.randrange(100000), sk="plate", op=0.55, fp=0.75))
        fs += pool_marks("m", "ebike_mark", rng.choice([1, 2, 2]), op=0.65, fp=0.65)
        fs += hidden("ebike_hidden", rng.choice([0, 1]))
    elif kind == "battery":
        add_color(op=0.6, fp=0.8); add_brand(op=0.65, fp=0.75)
        spec = force.get("model") or ch(["48V20Ah", "48V12Ah", "60V20Ah", "72V20Ah"])
        fs.append(F("model", "model", spec, op=0.8, fp=0.75))
        fs.append(F("serial", "serial", "%s%s-%s" % ({"hengneng": "HN", "wangli": "WL"}[br], spec[:3], digits(8)), sk="battery", op=0.08, fp=0.4))
        fs.append(F("count", "count", ch([4, 5]), unit="块", op=0.4, fp=0.6))
        fs += pool_marks("m", "bat_mark", rng.choice([1, 1, 2]), op=0.6, fp=0.6)
    elif kind == "bicycle":
        add_color(op=0.95, fp=0.95); add_brand(op=0.6, fp=0.6)
        fs.append(F("mark", "size", None, vis=True, op=0.35, fp=0.45, chg=False, pool=None,
                    text_o=ch(["24寸的", "26寸的", "20寸的小车"]), text_f=None))
        fs[-1]["text_f"] = {"24寸的": "24寸", "26寸的": "26寸", "20寸的小车": "20寸"}[fs[-1]["text_o"]]
        fs.append(F("serial", "serial", ch(["TM", "QN"]) + digits(7), sk="frame", op=0.05, fp=0.2))
        fs += pool_marks("m", "bike_mark", rng.choice([1, 2, 2]), op=0.7, fp=0.7)
        if p(0.35):
            fs.append(F("name", "name", owner["name"], role="sticker", op=0.8, fp=0.8))
    elif kind == "schoolbag":
        add_color(op=0.95, fp=0.95); add_brand(op=0.35, fp=0.5)
        fs.append(F("name", "name", owner["name"], role="book", op=0.85, fp=0.8))
        if owner.get("school"):
            fs.append(F("mark", "cls", None, vis=True, op=0.6, fp=0.6, chg=False, pool=None,
                        text_o="%s%s%d班" % (owner["school"], owner["grade"], owner["cls"]),
                        text_f="作业本写有“%s%d班”" % (owner["grade"], owner["cls"])))
        fs += pool_marks("it", "sb_items", rng.choice([1, 2, 2]), op=0.6, fp=0.6)
        if p(0.6):
            fs.append(pool_mark("m", "sb_mark", op=0.6, fp=0.6))
    elif kind == "backpack":
        add_color(op=0.9, fp=0.9); add_brand(op=0.4, fp=0.6)
        fs += pool_marks("it", "bp_items", rng.choice([2, 2, 3]), op=0.65, fp=0.65)
        if p(0.5):
            fs.append(pool_mark("m", "bp_mark", op=0.5, fp=0.5))
        if p(0.4):
            fs.append(F("name", "name", owner["name"], role="workcard", op=0.7, fp=0.7))
    elif kind == "handbag":
        add_color(op=0.9, fp=0.9); add_brand(op=0.3, fp=0.5)
        fs += pool_marks("it", "hb_items", rng.choice([1, 2, 2]), op=0.65, fp=0.65)
        if p(0.5):
            fs.append(pool_mark("m", "hb_mark", op=0.5, fp=0.5))
        if p(0.4):
            fs.append(F("amount", "amount", rng.randint(3, 30) * 10, op=0.7, fp=0.85))
    elif kind == "sack":
        add_color(op=0.6, fp=0.7)
        fs.append(pool_mark("it0", "sack_items", op=0.95, fp=0.9))
        fs.append(pool_mark("m", "sack_mark", op=0.6, fp=0.6))
    elif kind == "cash":
        cont = pool_mark("cont", "cash_cont", op=0.85, fp=0.85)
        fs.append(cont)
        ccol = {0: "red", 1: "black", 2: None, 3: "white", 4: None, 5: None}[cont["v"]]
        if force.get("color"):
            ccol = force["color"]
        if ccol:
            fs.append(F("color", "color", ccol, op=0.0, fp=0.0))   # colour lives in the container phrase
        amt = force.get("amount") or ch([rng.randint(5, 40) * 100, rng.randint(5, 80) * 100 + rng.choice([0, 50, 20, 30]), rng.randint(10, 60) * 100])
        fs.append(F("amount", "amount", amt, op=1.0, fp=0.97))
        fs.append(pool_mark("denom", "cash_denom", op=0.5, fp=0.6))
        fs += hidden("cash_hidden", 1)
        if p(0.25):
            fs.append(F("name", "name", owner["name"], role="envelope", op=0.7, fp=0.8))
    elif kind in ("earring", "ring", "necklace", "bracelet"):
        add_color(op=0.5, fp=0.9)
        stamp = ch(["足金", "足金999", "Au999", "足金9999"]) if kind != "bracelet" else ch(["足银", "S999", "足银990"])
        fs.append(F("stamp", "stamp", stamp, op=0.35, fp=0.55))
        if kind == "earring":
            fs.append(F("count", "count", ch([1, 1, 2]), unit="只", op=0.9, fp=0.95))
            fs.append(pool_mark("style", "ear_style", op=0.8, fp=0.8))
            w = round(rng.uniform(1.2, 4.5), 1)
        elif kind == "ring":
            fs.append(pool_mark("style", "ring_style", op=0.85, fp=0.85))
            if p(0.5):
                fs.append(pool_mark("eng", "ring_engrave", op=0.6, fp=0.6))
            w = round(rng.uniform(2.5, 8.0), 1)
        elif kind == "necklace":
            fs.append(pool_mark("style", "neck_style", op=0.85, fp=0.85))
            w = round(rng.uniform(6, 20), 1)
        else:
            fs.append(pool_mark("style", "brace_style", op=0.85, fp=0.85))
            fs.append(F("count", "count", 1, unit="只", op=0.5, fp=0.8, chg=False))
            w = round(rng.uniform(10, 30), 1)
        fs.append(F("weight", "weight", w, vis=False, op=0.45, fp=0))
        fs += hidden("gold_hidden", rng.choice([0, 1]))
    elif kind == "hearing":
        add_color(op=0.7, fp=0.85); add_brand(op=0.5, fp=0.5); add_model(op=0.2, fp=0.3)
        fs.append(F("serial", "serial", "%s%s%s" % ({"lingsheng": "LS", "beiting": "BT"}[br], digits(2), digits(6)), sk="sn", op=0.08, fp=0.25))
        fs.append(pool_mark("side", "ha_side", op=0.8, fp=0.4))
        fs.append(pool_mark("m", "ha_mark", op=0.5, fp=0.55))
        fs += hidden("ha_hidden", rng.choice([0, 1]))
    elif kind == "radio":
        add_color(op=0.9, fp=0.9); add_brand(op=0.5, fp=0.6); add_model(op=0.2, fp=0.4)
        fs += pool_marks("m", "radio_mark", rng.choice([1, 2]), op=0.7, fp=0.65)
    elif kind == "kidwatch":
        add_color(op=0.95, fp=0.95); add_brand(op=0.6, fp=0.7); add_model(op=0.3, fp=0.35)
        fs.append(F("serial", "serial", mk_imei(), sk="imei", vis=False, op=0.15, fp=0))
        fs.append(pool_mark("m", "watch_mark", op=0.7, fp=0.65))
        if p(0.4):
            fs.append(F("name", "name", owner["name"], role="sticker", op=0.8, fp=0.8))
    elif kind in ("earbuds", "powerbank"):
        add_color(op=0.9, fp=0.9); add_brand(op=0.6, fp=0.6); add_model(op=0.3, fp=0.4)
        fs.append(pool_mark("m", "bud_mark" if kind == "earbuds" else "pb_mark", op=0.7, fp=0.65))
    elif kind == "glasses":
        add_color(op=0.8, fp=0.85)
        fs += pool_marks("m", "gl_mark", rng.choice([1, 2]), op=0.75, fp=0.7)
        fs += hidden("gl_hidden", 1)
    elif kind == "umbrella":
        add_color(op=0.95, fp=0.95); add_brand(op=0.3, fp=0.5)
        fs += pool_marks("m", "um_mark", rng.choice([1, 2]), op=0.7, fp=0.7)
    elif kind == "thermos":
        add_color(op=0.95, fp=0.95); add_brand(op=0.45, fp=0.6); add_model(op=0.25, fp=0.4)
        fs.append(pool_mark("m", "cup_mark", op=0.65, fp=0.6))
        if owner["type"] in ("pupil", "parent", "teacher") or p(0.2):
            fs.append(F("name", "name", owner["name"], role="cup", op=0.8, fp=0.8))
    elif kind == "helmet":
        add_color(op=0.95, fp=0.95); add_brand(op=0.45, fp=0.6)
        fs += pool_marks("m", "helm_mark", rng.choice([1, 2]), op=0.7, fp=0.7)
    for f in fs:
        if f.get("text_o") and "%s" in f["text_o"]:
            f["text_o"] = f["text_o"] % f["v"]
            f["text_f"] = f["text_f"] % f["v"]
    return obj


def fact(obj, fid):
    for f in obj["facts"]:
        if f["id"] == fid:
            return f
    return None


# ---------------------------------------------------------------- rendering of facts

def color_word(c, side):
    return ch(COLORS[c][0] if side == "o" else COLORS[c][1])


def brand_word(b, side, voice):
    o, f = BRANDS[b]
    if side == "f":
        return ch(f)
    if voice in ("elder", "proxy") and p(0.55):
        odd = [x for x in o if x in ODD_BRAND]
        if odd:
            return ch(odd)
    return ch(o)


def fmt_imei(s, side):
    r = rng.random()
    if r < 0.35:
        return s
    if r < 0.55:
        return "%s %s %s %s" % (s[:2], s[2:8], s[8:14], s[14])
    if r < 0.75:
        return "%s-%s-%s" % (s[:5], s[5:10], s[10:])
    return " ".join(s[i:i + 4] for i in range(0, 15, 4))


def mask_id(s):
    r = rng.random()
    if r < 0.35:
        return s[:6] + "********" + s[14:]
    if r < 0.6:
        return s[:3] + "*" * 11 + s[14:]
    if r < 0.8:
        return s[:10] + "****" + s[14:]
    return s[:4] + "**********" + s[14:]


def serial_text(f, side, voice):
    """returns (body phrase, field value)"""
    sk, v = f["sk"], f["v"]
    if sk == "imei":
        if side == "o":
            if p(0.25):
                return "串号后六位是%s" % v[-6:], v[-6:]
            x = fmt_imei(v, side)
            return ch(["串号（IMEI）是%s" % x, "IMEI：%s" % x, "盒子上的串号%s" % x, "手机串号%s" % x]), x
        x = fmt_imei(v, side)
        return ch(["电池下面标签IMEI：%s" % x, "后盖内贴纸IMEI号%s" % x, "取下电池看到串号%s" % x]), x
    if sk == "idno":
        if side == "o":
            r = rng.random()
            if r < 0.45:
                return ch(["身份证号%s" % v, "身份证号码是%s" % v, "号码%s" % v]), v
            if r < 0.7:
                m = mask_id(v)
                return "身份证号%s" % m, m
            return ch(["身份证号后四位%s" % v[-4:], "号码最后几位是%s" % v[-4:], "尾号%s" % v[-4:]]), "尾号" + v[-4:]
        if p(0.55):
            return ch(["证号%s" % v, "公民身份号码%s" % v, "号码%s" % v]), v
        m = mask_id(v)
        return ch(["证号%s" % m, "号码%s" % m]), m
    if sk in ("card", "acct"):
        pfx, t = v["pfx"], v["tail"]
        word = "卡号" if sk == "card" else "账号"
        r = rng.random()
        if side == "o":
            if r < 0.5:
                return ch(["%s尾号%s" % (word, t), "后四位是%s" % t, "%s最后四位%s" % (word, t)]), "尾号" + t
            if r < 0.7:
                return "%s%s****%s" % (word, pfx, t), "%s****%s" % (pfx, t)
            return "%s末尾是%s" % (word, t), t
        if r < 0.5:
            x = "%s **** **** %s" % (pfx, t) if sk == "card" else "%s******%s" % (pfx, t)
            return "%s%s" % (word, x), x
        if r < 0.8:
            return "%s尾号%s" % (word, t), "尾号" + t
        return "%s****%s" % (word, t), "****" + t
    if sk == "hukou":
        return "户号%s" % v, v
    if sk == "stuno":
        return ch(["学号%s" % v, "学号是%s" % v]), v
    if sk == "frame":
        x = v
        if side == "o" and p(0.4):
            x = v.lower() if p(0.5) else v[:6] + " " + v[6:]
        return ch(["车架号%s" % x, "车架号码%s" % x]) if side == "o" or p(0.5) else "车架钢印号%s" % x, x
    if sk == "plate":
        x = ch([v, v[:3] + " " + v[3:], v[2:], v[:3] + "-" + v[3:]])
        return ch(["车牌%s" % x, "牌照%s" % x, "车牌号%s" % x]), x
    if sk == "battery":
        return ch(["电瓶上的编号%s" % v, "电池编码%s" % v]), v
    if sk == "sn":
        return ch(["机身编号%s" % v, "编号%s" % v]), v
    return str(v), str(v)


NAME_ROLE_O = {
    "id": ["名字是{n}", "身份证上名字{n}", "姓名{n}"],
    "huzhu": ["户主是{n}", "户主{n}"],
    "card": ["卡上名字是{n}", "是{n}的卡"],
    "acct": ["户名{n}", "存折上写的{n}"],
    "sign": ["卡背面签了名字{n}", "背后签的{n}"],
    "stu": ["名字{n}", "学生证上是{n}"],
    "walletid": ["里面有我的身份证，{n}", "钱包里有身份证，名字{n}"],
    "sticker": ["上面贴了名字贴，{n}", "贴了个名字{n}"],
    "book": ["书上都写了名字{n}", "本子上写的有名字，{n}"],
    "workcard": ["里面有张厂牌，名字{n}", "有我的工牌，{n}"],
    "envelope": ["信封上写的{n}", "红包上写的“{n}”"],
    "cup": ["杯子上贴了名字{n}", "杯身贴的名字{n}"],
}
NAME_ROLE_F = {
    "id": ["姓名{n}", "证件姓名：{n}", "姓名为{n}"],
    "huzhu": ["户主{n}", "户主姓名{n}"],
    "card": ["卡面姓名{n}", "姓名{n}"],
    "acct": ["户名{n}", "存折户名{n}"],
    "sign": ["卡背签名“{n}”", "背面签名{n}"],
    "stu": ["学生姓名{n}", "姓名{n}"],
    "walletid": ["内有身份证一张，姓名{n}", "钱包内身份证姓名{n}"],
    "sticker": ["贴有姓名贴“{n}”", "有名字贴写着{n}"],
    "book": ["课本上写有姓名“{n}”", "作业本署名{n}"],
    "workcard": ["内有厂牌，姓名{n}", "有工牌一张，名字{n}"],
    "envelope": ["信封上写有“{n}”", "红包上写有“{n}”"],
    "cup": ["杯身贴有名字“{n}”", "杯上贴名字贴{n}"],
}


def approx_amount(a, voice):
    r = rng.random()
    if a >= 1000 and r < 0.35:
        th = a // 1000
        return "%s千多块" % ("两" if th == 2 else cnum(th)), None
    if r < 0.6:
        rounded = int(round(a, -2)) if a >= 300 else int(round(a, -1))
        return "%d块左右" % rounded, rounded
    if r < 0.75 and a >= 200:
        return "大概%d多" % (a // 100 * 100), None
    return "%d元" % a, a


def render_o(f, obj, voice):
    """owner's phrase for a fact: (body phrase, field name or None, field value)"""
    k = f["k"]
    if k == "color":
        w = color_word(f["v"], "o")
        return ch(["颜色是%s" % w, "%s的" % w.rstrip("的")]), "color", w
    if k == "brand":
        w = brand_word(f["v"], "o", voice)
        if w in ODD_BRAND and voice in ("elder", "proxy") and p(0.4):
            return ch(["牌子好像是%s" % w, "后面写的%s" % w]), "brand", w
        return ch(["%s牌的" % w, "牌子是%s" % w, "%s的" % w]), "brand", w
    if k == "model":
        m = mvar(f["v"])
        if obj["kind"] == "battery":
            return ch(["%s的" % m, "是%s的电瓶" % m]), "model", m
        return ch(["型号是%s" % m, "%s的" % m, "好像是%s" % m]), "model", m
    if k == "serial":
        t, v = serial_text(f, "o", voice)
        return t, "serial", v
    if k == "name":
        return ch(NAME_ROLE_O[f["role"]]).format(n=f["v"]), None, None
    if k == "mark":
        if f.get("pool"):
            return ch(POOLS[f["pool"]][f["v"]][0]), "marks", None
        return f.get("text_o") or "", "marks", None
    if k == "amount":
        t, _ = approx_amount(f["v"], voice)
        if obj["kind"] == "cash":
            return ch(["一共%s" % t, "有%s" % t, "%s钱" % t]), "marks", None
        return ch(["里面有%s现金" % t, ("钱包" if obj["cat"] == "wallet" else "包") + "里有%s" % t]), "marks", None
    if k == "count":
        n, u = f["v"], f["unit"]
        if obj["kind"] == "earring":
            return ("一对都掉了" if n == 2 else "只掉了一只"), "marks", None
        if obj["kind"] == "hukouben":
            return "户口本上有%d个人" % n, "marks", None
        if obj["kind"] == "battery":
            return ch(["一组%d块" % n, "%d块一组的" % n]), "marks", None
        return ch(["一共%d%s" % (n, u), "%s%s钥匙" % (cnum(n), u) if u == "把" else "%d%s" % (n, u)]), "marks", None
    if k == "weight":
        return ch(["%s克左右" % f["v"], "大概有%s克" % f["v"], "称的时候是%s克" % f["v"]]), "marks", None
    if k == "stamp":
        return ch(["里面打了“%s”的字" % f["v"], "有%s的印" % f["v"]]), "marks", None
    if k == "hidden":
        return f["v"], None, None
    return "", None, None


def render_f(f, obj, voice):
    k = f["k"]
    if k == "color":
        w = color_word(f["v"], "f")
        return w, "color", w
    if k == "brand":
        w = brand_word(f["v"], "f", voice)
        return ch(["品牌%s" % w, "%s牌" % w, "印有“%s”" % w]), "brand", w
    if k == "model":
        m = f["v"] if p(0.7) else mvar(f["v"])
        if obj["kind"] == "battery":
            return ch(["标注%s" % m, "规格%s" % m]), "model", m
        return ch(["型号%s" % m, "机身印有%s" % m]), "model", m
    if k == "serial":
        t, v = serial_text(f, "f", voice)
        return t, "serial", v
    if k == "name":
        return ch(NAME_ROLE_F[f["role"]]).format(n=f["v"]), None, None
    if k == "mark":
        if f.get("pool"):
            return ch(POOLS[f["pool"]][f["v"]][1]), "marks", None
        return f.get("text_f") or "", "marks", None
    if k == "amount":
        a = f["v"]
        return ch(["内有现金%d元" % a, "人民币%d元" % a, "现金共计%d元" % a, "清点为%d元" % a]), "marks", None
    if k == "count":
        n, u = f["v"], f["unit"]
        if obj["kind"] == "earring":
            return ("一对" if n == 2 else "单只"), "marks", None
        if obj["kind"] == "hukouben":
            return "户内登记%d人" % n, "marks", None
        if obj["kind"] == "battery":
            return ch(["共%d块" % n, "一组%d块" % n]), "marks", None
        return ch(["共%d%s" % (n, u), "%d%s" % (n, u)]), "marks", None
    if k == "stamp":
        return ch(["内侧印有“%s”" % f["v"], "有“%s”字样" % f["v"]]), "marks", None
    return "", None, None


# ---------------------------------------------------------------- scenes

SCENES = {
    "market": dict(days=MARKET, blocks=["早上", "上午", "上午", "中午"], places=["market", "market", "pigmarket", "xinyongshe", "express"],
                   act=["赶场买菜", "赶场卖鸡蛋", "去街上买化肥", "赶场称肉", "去信用社取钱", "赶场买种子", "赶场给孙子买衣服", "赶场卖了两只鸡"],
                   finders=["shop", "grid", "villager", "desk", "committee"]),
    "gov": dict(days=WORK, blocks=["上午", "下午"], places=["bmzx", "bmzx", "gov"],
                act=["去便民服务中心交医保", "去镇上办低保的手续", "去办事大厅补身份证", "去政府开证明", "去办养老保险认证"],
                finders=["staff", "desk", "staff"]),
    "hospital": dict(days=ALL_DAYS, blocks=["上午", "上午", "下午"], places=["hospital"],
                     act=["去卫生院拿药", "去卫生院输液", "去卫生院量血压", "去卫生院体检", "带孙子去卫生院打针"],
                     finders=["hospital", "desk"]),
    "school": dict(days=[d for d in WORK if d not in (D(9, 28), D(10, 11))] + SUNDAYS, blocks=["上午", "中午", "下午", "傍晚"],
                   places=["midschool", "primary"], act=["放学的时候", "上体育课的时候", "送娃儿返校", "在操场耍"],
                   finders=["school", "desk"]),
    "express": dict(days=ALL_DAYS, blocks=["上午", "下午", "傍晚"], places=["express"],
                    act=["去拿快递", "去寄东西", "去兴旺超市买东西顺便拿快递"], finders=["shop", "desk"]),
    "bus": dict(days=BUS, blocks=["上午", "下午", "傍晚"], places=["busstop", "busstop"],
                act=["坐中巴从县城回来", "在车站等班车去县城", "国庆回来坐的中巴", "坐班车回厂里"],
                finders=["driver", "shop", "desk", "grid"]),
    "mill": dict(days=ALL_DAYS, blocks=["上午", "下午"], places=["ricemill"],
                 act=["拉谷子去打米", "去碾米房打米", "用三轮车拉谷子去粮站"], finders=["mill", "villager", "committee"]),
    "fruit": dict(days=FRUIT, blocks=["上午", "下午", "傍晚"], places=["fruit"],
                  act=["拉柑子去卖", "去收购点卖柑子", "拉了几筐橘子去过秤"], finders=["fruit", "villager", "committee"]),
    "wedding": dict(days=WEDDING, blocks=["中午", "下午"], places=["citang"],
                    act=["去陈家祠堂吃酒", "去吃喜酒", "去祠堂帮忙办席", "去吃坝坝席"], finders=["host", "committee", "villager"]),
    "pond": dict(days=POND, blocks=["上午", "下午"], places=["pond"],
                 act=["去龙塘钓鱼", "去鱼塘买鱼", "去帮人家干塘捉鱼"], finders=["pond", "villager", "committee"]),
    "road": dict(days=ALL_DAYS, blocks=["上午", "下午", "傍晚", "晚上"],
                 places=["road_sq2", "road_sq5", "road_lt", "road_dp", "road_shk", "road_njw"],
                 act=["骑摩托回家", "开三轮车去地里", "走路回去", "骑电瓶车去镇上", "拉东西回屋"],
                 finders=["villager", "grid", "committee", "farmer", "desk"]),
    "village": dict(days=ALL_DAYS, blocks=["上午", "下午", "傍晚"], places=None,
                    act=["在地里掰苞谷", "在田里割谷子", "在晒坝晒谷子", "去村委会办事", "去小卖部买东西", "在坡上摘柑子"],
                    finders=["villager", "committee", "grid", "farmer"]),
}


ELDERLY = "elder proxy official"
ACT_WHO = {
    "赶场卖鸡蛋": ELDERLY, "去街上买化肥": ELDERLY, "赶场买种子": ELDERLY, "赶场给孙子买衣服": ELDERLY,
    "赶场卖了两只鸡": ELDERLY, "去镇上办低保的手续": ELDERLY, "去办养老保险认证": ELDERLY,
    "带孙子去卫生院打针": ELDERLY, "去卫生院量血压": ELDERLY, "放学的时候": "pupil parent teacher",
    "上体育课的时候": "pupil parent teacher", "送娃儿返校": "parent", "在操场耍": "pupil parent",
    "坐中巴从县城回来": "*", "国庆回来坐的中巴": "migrant", "坐班车回厂里": "migrant",
    "在车站等班车去县城": "*", "开三轮车去地里": ELDERLY, "在田里割谷子": ELDERLY + " migrant",
    "在地里掰苞谷": ELDERLY + " migrant", "去帮人家干塘捉鱼": ELDERLY + " migrant",
}
KIND_ACT = {
    "battery": ["把电瓶拆下来拿去充电", "用三轮车拉电瓶去修车铺", "电瓶放在背篓里背去充电"],
    "ebike": ["骑电瓶车去", "骑电动车出去"],
}
SCENE_WHO = {"school": "pupil parent teacher", "gov": "elder proxy official migrant teacher",
             "mill": "elder proxy official migrant", "fruit": "elder proxy official migrant"}


def acts_for(sc, obj):
    t = obj["owner"]["type"]
    if obj["kind"] == "battery" and sc in ("road", "village", "mill") and p(0.7):
        return KIND_ACT["battery"]
    out = [a for a in SCENES[sc]["act"] if ACT_WHO.get(a, "*") == "*" or t in ACT_WHO[a].split()]
    return out or ["出门办事"]


def scene_ok(sc, owner):
    return sc not in SCENE_WHO or owner["type"] in SCENE_WHO[sc].split()


def scene_place(sc, owner):
    if sc == "school" and owner.get("school"):
        return "midschool" if owner["school"] == "石埠镇中学" else "primary"
    if sc == "village":
        v = owner["vill"] if p(0.75) else ch(VILLAGES)
        return ch(["field_" + v, "field_" + v, "cwh_" + v, "shop_" + v])
    return ch(SCENES[sc]["places"])


def mk_window(sc, owner):
    """owner's believed loss window and the true loss moment; returns (from, to, tloss, desc_kind)"""
    days = SCENES[sc]["days"]
    if owner["type"] == "migrant":
        days = [d for d in days if D(9, 27) <= d <= D(10, 8)] or BUS
    day = ch(days)
    blk = ch(SCENES[sc]["blocks"])
    h0, h1 = BLOCKS[blk]
    r = rng.random()
    if r < 0.45:                                  # a block of the day
        f = day + timedelta(hours=h0)
        t = day + timedelta(hours=h1)
        kind = ("block", blk)
    elif r < 0.7:                                 # about an hour or two
        c = day + timedelta(hours=rng.uniform(h0 + 0.5, h1 - 0.5))
        c = c.replace(minute=(c.minute // 10) * 10, second=0, microsecond=0)
        f = c - timedelta(minutes=ch([30, 40, 60]))
        t = c + timedelta(minutes=ch([30, 60, 90]))
        kind = ("narrow", c)
    elif r < 0.85:                                # whole day
        f = day + timedelta(hours=6)
        t = day + timedelta(hours=ch([20, 21, 22]))
        kind = ("day", None)
    else:                                         # noticed later
        f = day + timedelta(hours=h0)
        t = f + timedelta(days=ch([1, 2, 2, 3, 4]), hours=rng.randint(0, 6))
        if t > NOW - timedelta(hours=3):
            t = NOW - timedelta(hours=3)
        kind = ("multi", None)
    span = (t - f).total_seconds()
    if kind[0] == "multi":
        tl = f + timedelta(seconds=rng.uniform(0, min(span, 10 * 3600)))
    else:
        tl = f + timedelta(seconds=rng.uniform(0, span))
    return f, t, tl, kind


def say_window(f, t, kind, voice):
    formal = voice in ("teacher",)
    if kind[0] == "block":
        return say_date(f, voice, formal) + kind[1]
    if kind[0] == "narrow":
        c = kind[1]
        blk = "上午" if c.hour < 12 else ("下午" if c.hour < 18 else "晚上")
        hh = c.hour if c.hour <= 12 else c.hour - 12
        return ch(["%s%s%d点左右" % (say_date(c, voice, formal), blk, hh),
                   "%s%s%d点多" % (say_date(c, voice, formal), blk, hh),
                   "%s%d点到%d点之间" % (say_date(c, voice, formal), f.hour, t.hour + (1 if t.minute else 0))])
    if kind[0] == "day":
        return ch(["%s那天" % say_date(f, voice, formal), "%s白天" % say_date(f, voice, formal), say_date(f, voice, formal)])
    d1 = say_date(f, voice, formal)
    d2 = say_date(t, voice, formal)
    return ch(["%s到%s之间" % (d1, d2), "最后一次看到是%s，%s才发现不见了" % (d1, d2), "%s以后就没看到了，%s要用才晓得掉了" % (d1, d2)])


# ---------------------------------------------------------------- voices

TYPOS = [("手机", ["手几", "收机"]), ("钥匙", ["钥是", "要匙", "钥时"]), ("身份证", ["身分证", "生份证"]),
         ("钱包", ["钱抱", "前包"]), ("银行卡", ["银航卡", "银行咔"]), ("眼镜", ["眼睛", "眼晶"]), ("耳环", ["耳还"]),
         ("戒指", ["戒子", "介指"]), ("书包", ["书抱"]), ("电瓶", ["电平", "电屏"]), ("头盔", ["头灰"]),
         ("保温杯", ["保温背"]), ("存折", ["存这", "存摺"]), ("户口本", ["户口薄", "护口本"]), ("医保卡", ["医宝卡"]),
         ("雨伞", ["雨散"]), ("电动车", ["电懂车", "店动车"]), ("自行车", ["自性车"]), ("现金", ["先金"]),
         ("麻烦", ["马烦"]), ("捡到", ["减到", "捡倒"]), ("谢谢", ["写写", "谢射"]), ("掉了", ["吊了"])]
DIALECT = [("弄丢了", ["搞落了", "搞掉了", "整丢了"]), ("不知道", ["不晓得", "晓不得"]), ("里面", ["里头"]),
           ("什么", ["啥子", "么子"]), ("孩子", ["娃儿"]), ("家里", ["屋头"]), ("很急", ["急得很"])]


def add_typo(s, n=1):
    cands = [(a, b) for a, b in TYPOS if a in s]
    rng.shuffle(cands)
    for a, b in cands[:n]:
        s = s.replace(a, ch(b), 1)
    return s


def dialect(s):
    for a, b in DIALECT:
        if a in s and p(0.7):
            s = s.replace(a, ch(b))
    return s


def place_talk(pk):
    return ch(PLACES[pk][1])


def lost_opener(own):
    t = own["type"]
    if t == "elder":
        return ch(["我是%s%d组的%s，" % (own["vill"], own["grp"], own["name"]), "%s，%d岁，住%s。" % (own["name"], own["age"], own["vill"]),
                   "%s%s的，" % (own["vill"][:-1], "" if p(0.5) else "%d组" % own["grp"]), "", "我姓%s，%s的，" % (own["name"][0], own["vill"])])
    if t == "proxy":
        return ch(["帮%s报的，%s叫%s，%d岁了，说不清楚，" % (own["rel"], own["rel"][1:], own["name"], own["age"]),
                   "我是%s，替%s%s登记，老人家耳朵背。" % (own["reporter"], own["rel"], own["name"]),
                   "%s%s（%s%d组）" % (own["rel"], own["name"], own["vill"], own["grp"])])
    if t == "migrant":
        return ch(["本人%s，在%s打工，国庆回来的，" % (own["name"], own["work"]), "你好，我是%s人，在外面打工，" % own["vill"],
                   "", "%s，%s人，" % (own["name"], own["vill"]), "国庆放假从%s回来，" % own["work"]])
    if t == "pupil":
        return ch(["我是%s%s%d班的%s，" % (own["school"], own["grade"], own["cls"], own["name"]), "老师好，我是%s，" % own["name"], ""])
    if t == "parent":
        return ch(["%s%s在%s读%s，" % (own["rel"], own["name"], own["school"][3:], own["grade"]),
                   "我是%s的家长，" % own["name"], "帮娃儿登记，%s%s%d班%s，" % (own["school"], own["grade"], own["cls"], own["name"])])
    if t == "teacher":
        return ch(["本人系%s教师%s，" % (own["school"], own["name"]), "%s老师%s，" % (own["school"], own["name"]), ""])
    return ch(["我是%s%s的%s，" % (own["vill"], own["post"] if own["post"] != "镇政府" else "", own["name"]),
               "镇政府%s，" % own["name"] if own["post"] == "镇政府" else "%s网格员%s，" % (own["vill"], own["name"]), ""])


LOST_VERB = {"elder": ["掉了", "搞掉了", "弄丢了", "落了", "不见了"], "proxy": ["掉了", "弄丢了", "不见了"],
             "migrant": ["丢了", "掉了", "弄丢了", "不见了"], "pupil": ["丢了", "掉了", "弄丢了"], "parent": ["丢了", "掉了", "弄丢了"],
             "teacher": ["遗失", "丢失", "丢了"], "official": ["丢了", "遗失", "掉了"]}
CLOSE_O = {
    "elder": ["哪个捡到了麻烦交到派出所，谢谢了。", "麻烦你们帮我找一下。", "捡到的好心人还给我嘛，必有重谢。", "我眼睛不好，麻烦了。", "急得很。", ""],
    "proxy": ["老人家急得睡不着，麻烦帮忙留意。", "有消息请联系我。", "谢谢。", ""],
    "migrant": ["有捡到的麻烦联系我，必有酬谢。", "过几天就要回厂里了，麻烦尽快。", "谢谢警官。", "请帮忙留意一下，谢谢！", ""],
    "pupil": ["谢谢警察叔叔。", "妈妈会骂我的，麻烦帮我找找。", ""],
    "parent": ["麻烦帮忙留意，谢谢。", "娃儿哭了一晚上。", ""],
    "teacher": ["如有拾到请与本人联系，谢谢。", "特此登记。", "望拾到者交派出所，谢谢。"],
    "official": ["麻烦留意一下。", "谢谢。", ""],
}


def item_phrase(obj, side, voice, stated):
    """noun with colour and brand when stated; returns phrase and the facts consumed"""
    nouns = obj["noun_o"] if side == "o" else obj["noun_f"]
    noun = ch(nouns)
    used = []
    parts = []
    fc = [f for f in stated if f["k"] == "color"]
    fb = [f for f in stated if f["k"] == "brand"]
    col_w = br_w = None
    if fc and obj["kind"] in ("earring", "ring", "necklace", "bracelet") and ("金" in noun or "银" in noun):
        used.append(fc[0])
    elif fc and obj["kind"] != "cash" and p(0.8):
        col_w = color_word(fc[0]["v"], side)
        used.append(fc[0])
    if fb and p(0.6):
        br_w = brand_word(fb[0]["v"], side, voice)
        used.append(fb[0])
    if col_w:
        parts.append(col_w.rstrip("的") + ("的" if side == "o" and p(0.5) else ""))
    if br_w:
        parts.append(br_w + ("的" if side == "o" and p(0.3) else ""))
    parts.append(noun)
    return "".join(parts), used, {"color": col_w, "brand": br_w}


def measure_phrase(obj):
    m = obj["measure"]
    if obj["kind"].startswith("keys_"):
        cf = fact(obj, "count")
        return "一把" if cf and cf["v"] == 1 else "一串"
    if obj["kind"] == "earring":
        cf = fact(obj, "count")
        return "一对" if cf and cf["v"] == 2 else "一只"
    return "一" + m


def clip(s, n):
    return s if len(s) <= n else s[:n]


# ---------------------------------------------------------------- the owner's lost report

def write_lost(obj, hurried):
    own = obj["owner"]
    voice = own["type"]
    scene = obj["scene"]
    stated = []
    for f in obj["facts"]:
        if f["k"] == "hidden":
            continue
        if f["op"] > 0 and rng.random() < f["op"]:
            stated.append(f)
    if hurried:
        keep = [f for f in stated if f["k"] in ("color", "brand", "amount", "name")]
        rng.shuffle(keep)
        stated = keep[:ch([1, 1, 2])]
    hid = [f for f in obj["facts"] if f["k"] == "hidden" and p(0.6)] if not hurried else []

    fill = obj["fill_o"]
    rec_fields = {}
    body_parts = []
    item, used, words = item_phrase(obj, "o", voice, stated)
    rest = [f for f in stated if f not in used]
    lp = obj["lost_place_o"]            # what the owner says about the place
    when = say_window(obj["win"][0], obj["win"][1], obj["win_kind"], voice)
    verb = ch(LOST_VERB[voice])
    act = ch(acts_for(scene, obj))

    if hurried:
        bits = [when.split("，")[0], lp["talk"], verb, item]
        for f in rest:
            t, _, _ = render_o(f, obj, voice)
            bits.append(t)
        s = ch([" ".join(bits), "%s在%s%s%s%s" % (when.split("，")[0], lp["talk"], verb, measure_phrase(obj), item) +
                ("，" + "，".join(render_o(f, obj, voice)[0] for f in rest) if rest else ""),
                "%s %s %s" % (item, lp["talk"], when.split("，")[0]) + (" " + " ".join(render_o(f, obj, voice)[0] for f in rest) if rest else "")])
        s = add_typo(s, 1)
        if not any(a in s for a, b in TYPOS) or p(0.3):
            s = s.replace("，", " ", 1)
        body = s
        if p(0.3) and words["color"]:
            rec_fields["color"] = words["color"]
    else:
        op = lost_opener(own)
        r = rng.random()
        if obj["kind"] in ("ebike", "bicycle"):
            s1 = ch(["%s把%s停在%s，%s，出来就不见了。" % (when, item, lp["talk"], act.replace("骑电瓶车去", "去").replace("骑电动车出去", "办事")),
                     "%s%s停在%s门口的%s%s。" % (when, "我" if voice not in ("proxy", "parent") else "", lp["talk"], item, verb)])
        elif obj["win_kind"][0] == "multi":
            s1 = "%s，可能是%s的时候掉在%s了，%s%s。" % (when, act, lp["talk"], measure_phrase(obj), item)
        elif r < 0.4:
            s1 = "%s%s，在%s把%s%s%s。" % (when, act, lp["talk"], measure_phrase(obj) if p(0.3) else "", item, verb)
        elif r < 0.7:
            s1 = "%s在%s%s了%s%s。" % (when, lp["talk"], verb.rstrip("了"), measure_phrase(obj), item)
        else:
            s1 = "%s%s，回来就发现%s%s。" % (when, act, item, verb)
            if lp["talk"] not in s1 and not lp.get("unsure"):
                s1 += "可能是在%s掉的。" % lp["talk"]
        if lp.get("unsure"):
            s1 += ch(["也可能是在%s掉的，记不清了。" % lp["unsure"], "不晓得是%s还是%s。" % (lp["talk"], lp["unsure"])])
        desc = []
        for f in rest:
            t, fld, fv = render_o(f, obj, voice)
            if not t:
                continue
            desc.append(t)
        rng.shuffle(desc)
        body_parts = [op + s1]
        if desc:
            body_parts.append("，".join(desc) + "。")
        for h in hid:
            body_parts.append(h["v"] + "。")
        body_parts.append(ch(CLOSE_O[voice]))
        body = "".join(body_parts)
        if voice in ("elder", "proxy"):
            body = dialect(body)
            if p(0.45):
                body = add_typo(body, ch([1, 1, 2]))
        elif voice in ("pupil", "migrant") and p(0.15):
            body = add_typo(body, 1)
        # fields, according to how much the desk filled in
        if fill in ("full", "partial"):
            pf = 1.0 if fill == "full" else 0.45
            marks = []
            for f in stated:
                t, fld, fv = render_o(f, obj, voice)
                if fld == "marks":
                    marks.append(t)
                elif fld and p(pf):
                    if fld == "color" and words["color"]:
                        fv = words["color"]
                    if fld == "brand" and words["brand"]:
                        fv = words["brand"]
                    if fld == "serial" and "serial" in rec_fields:
                        continue
                    rec_fields[fld] = clip(fv, 60)
            if marks and p(0.85 if fill == "full" else 0.4):
                rec_fields["marks"] = clip("；".join(marks), 500)
            if p(0.9 if fill == "full" else 0.5):
                rec_fields["address"] = clip(lp["addr"], 60)
                if lp.get("coord") and p(0.85):
                    rec_fields["lat"], rec_fields["lon"] = lp["coord"]
        elif fill == "body" and p(0.35):
            rec_fields["address"] = clip(lp["addr"], 60)
    if len(body) > 600:
        body = body[:598] + "。"
    return body, rec_fields, stated


# ---------------------------------------------------------------- the finder's registration

SPOT = {
    "market": ["街边台阶上", "菜摊子旁边", "路边", "猪肉摊子底下", "街沿上"],
    "pigmarket": ["栏杆边", "坝子角落", "称猪的磅秤旁边"],
    "xinyongshe": ["门口台阶上", "取款机旁边", "门口椅子上"],
    "gov": ["政府大门口", "院坝里", "门卫室外面"], "bmzx": ["办事大厅椅子上", "社保窗口台面上", "大厅门口"],
    "hospital": ["门诊大厅椅子上", "输液室", "药房窗口", "厕所洗手台上", "住院部走廊"],
    "midschool": ["操场边", "教学楼楼梯间", "校门口", "食堂门口"], "primary": ["校门口", "宿舍楼下", "操场上", "校门外小卖部旁"],
    "express": ["快递货架旁边", "超市门口", "收银台边上"], "busstop": ["候车的椅子上", "站牌下面", "车站旁边小卖部门口"],
    "ricemill": ["碾米机旁边", "谷子堆边上", "门口空地"], "fruit": ["磅秤旁边", "柑子筐子堆里", "收购点门口路边"],
    "citang": ["祠堂里酒席桌子底下", "祠堂门口", "灶房边上", "坝子里"], "pond": ["塘坎上", "鱼塘边草里", "钓鱼的棚子里"],
}


def spot_of(pk):
    if pk in SPOT:
        return ch(SPOT[pk])
    if pk.startswith("road"):
        return ch(["路边草丛里", "路中间", "路边沟里", "转弯处", "桥头"])
    if pk.startswith("field"):
        return ch(["田坎上", "地边", "晒坝角落", "苞谷地里"])
    if pk.startswith("cwh"):
        return ch(["门口", "院坝里", "办公室椅子上"])
    if pk.startswith("shop"):
        return ch(["门口", "柜台上", "外面的凳子上"])
    return ch(["路边", "地上"])


def found_voice_text(fv, ctx):
    """the finder's opening sentence; ctx has when, place, spot, item, fname, vill, school"""
    c = ctx
    if fv == "committee":
        return ch(["%(vill)s村委会：%(when)s村民%(fname)s在%(place)s%(spot)s捡到%(item)s，交到村委会，现送来登记。",
                   "村民%(fname)s%(when)s在%(place)s捡到%(item)s，先交到%(vill)s村委会，村委会转交派出所。",
                   "%(vill)s村委会转交：%(item)s，%(when)s在%(place)s%(spot)s拾得。"]) % c
    if fv == "grid":
        return ch(["%(vill)s网格员%(fname)s%(when)s巡查时在%(place)s%(spot)s发现%(item)s，无人认领，交来登记。",
                   "网格员%(fname)s在%(place)s捡到%(item)s，时间%(when)s。"]) % c
    if fv == "villager":
        return ch(["村民%(fname)s说%(when)s在%(place)s%(spot)s捡的%(item)s，送来派出所。",
                   "%(fname)s（%(vill)s）%(when)s在%(place)s拾得%(item)s，主动上交。",
                   "群众%(fname)s交来%(item)s，称%(when)s在%(place)s%(spot)s捡到。"]) % c
    if fv == "farmer":
        return ch(["我是%(vill)s的%(fname)s，%(when)s在%(place)s%(spot)s捡到%(item)s，不晓得是哪个的，交到你们这里。",
                   "%(when)s我在%(place)s%(spot)s捡到%(item)s，放在屋头等了两天没得人来问，送过来。"]) % c
    if fv == "shop":
        return ch(["%(shopname)s老板%(fname)s：%(when)s有人掉在%(spot)s的%(item)s，一直没人来找，交来登记。",
                   "%(when)s在%(place)s%(spot)s发现%(item)s，店里等了一阵没人来认，送派出所。"]) % c
    if fv == "desk":
        return ch(["拾得%(item)s。拾得时间：%(when)s；地点：%(place)s%(spot)s。",
                   "%(when)s，群众在%(place)s拾得%(item)s交来。",
                   "拾得物：%(item)s，%(place)s，%(when)s。"]) % c
    if fv == "staff":
        return ch(["便民服务中心工作人员%(when)s在%(spot)s发现%(item)s，下班前无人来找，交来登记。",
                   "镇便民服务中心交来：%(item)s，%(when)s在%(spot)s捡到。"]) % c
    if fv == "hospital":
        return ch(["卫生院保洁员%(when)s在%(spot)s拾得%(item)s，交卫生院办公室后转交。",
                   "石埠镇卫生院护士%(fname)s在%(spot)s捡到%(item)s，时间%(when)s。"]) % c
    if fv == "school":
        return ch(["%(school)s%(fname)s老师%(when)s在%(spot)s捡到%(item)s。",
                   "%(school)s学生捡到%(item)s交给值周老师，%(when)s在%(spot)s捡的。"]) % c
    if fv == "driver":
        return ch(["石埠—县城中巴司机%(fname)s%(when)s收车时在车厢后排座位下发现%(item)s。",
                   "班车司机%(fname)s交来%(item)s，%(when)s在车上捡到，应是乘客遗落。",
                   "%(when)s在%(place)s%(spot)s捡到%(item)s，车站交来。"]) % c
    if fv == "mill":
        return ch(["碾米房老板%(fname)s说%(when)s来打米的人多，收拾时在%(spot)s发现%(item)s。",
                   "老粮站碾米房交来%(item)s，%(when)s在%(spot)s捡到。"]) % c
    if fv == "fruit":
        return ch(["柑橘收购点的%(fname)s%(when)s在%(spot)s捡到%(item)s，估计是卖柑子的人掉的。",
                   "收购点过秤的师傅%(when)s在%(spot)s发现%(item)s。"]) % c
    if fv == "host":
        return ch(["陈家办喜事，%(when)s席散了收拾桌子时在%(spot)s发现%(item)s，主家交到村委会转来。",
                   "祠堂办酒，%(when)s帮忙的人在%(spot)s捡到%(item)s。"]) % c
    if fv == "pond":
        return ch(["龙塘鱼塘老板%(fname)s%(when)s在%(spot)s捡到%(item)s。",
                   "%(when)s有人在龙塘%(spot)s捡到%(item)s，鱼塘老板交来。"]) % c
    return "%(when)s在%(place)s捡到%(item)s。" % c


STATUS_PHONE_OFF = ["已关机", "没电关机了", "开不了机", "关机状态"]
STATUS_PHONE_ON = ["有电，有锁屏密码打不开", "亮屏有锁，打不开", "开着机，一直没人打来"]
CLOSE_F = ["请失主带身份证来认领。", "物品暂存派出所。", "已暂存%s。", "", "", "无其他物品。"]


def write_found(obj, fplace, tfound, fvoice, fill, must=None, hurried=False):
    """finder's registration from the hidden record; only visible facts"""
    must = must or []
    stated = []
    phone = obj["kind"] in ("laorenji", "smartphone", "kidwatch")
    powered = p(0.4) or any(f["id"] == "lock" for f in must)
    for f in obj["facts"]:
        if not f["vis"] or f["k"] in ("hidden", "weight"):
            continue
        if f["id"] == "lock" and not powered:
            continue
        if f in must or rng.random() < f["fp"]:
            stated.append(f)
    if hurried:
        keep = [f for f in stated if f["k"] in ("color", "brand", "amount", "count")] + [f for f in must if f["k"] not in ("color", "brand", "amount", "count")]
        stated = []
        for f in keep:
            if f not in stated:
                stated.append(f)
        stated = stated[:2] + [f for f in must if f not in stated[:2]]
    for f in must:
        if f not in stated:
            stated.append(f)
    pk = fplace["pk"]
    item, used, words = item_phrase(obj, "f", "finder", stated)
    for f in must:
        if f["k"] in ("color", "brand") and f not in used:
            pass
    rest = [f for f in stated if f not in used]
    formal = fvoice in ("desk", "staff", "hospital", "school")
    if fvoice in ("farmer", "villager", "mill", "fruit", "pond", "host") and p(0.6):
        when = say_date(tfound, "elder") + ch(["上午" if tfound.hour < 12 else "下午" if tfound.hour < 18 else "晚上", hm(tfound) + "左右"])
    else:
        when = say_date(tfound, "x", formal=True) + ch(["%d时许" % tfound.hour, hm(tfound), "%d时%02d分" % (tfound.hour, tfound.minute)])
    ctx = {"when": when, "place": fplace["talk"], "spot": fplace["spot"], "item": measure_phrase(obj) + item,
           "fname": mk_name("mid_m" if p(0.5) else "mid_f"), "vill": fplace["vill"][:-1] if fplace["vill"] else "石埠",
           "school": ch(["石埠镇中学", "中心小学"]) if pk != "primary" else "中心小学",
           "shopname": "兴旺超市" if pk == "express" else (place_talk(pk) if pk.startswith("shop") else
                                                          (fplace["talk"] if pk in FAR else "街上小卖部"))}
    if pk == "midschool":
        ctx["school"] = "石埠镇中学"
    desc = []
    marks = []
    for f in rest:
        t, fld, fv = render_f(f, obj, fvoice)
        if t:
            desc.append(t)
            if fld == "marks":
                marks.append(t)
    if hurried:
        body = "%s %s %s" % (ctx["item"], fplace["talk"], say_date(tfound, "x"))
        if desc:
            body += " " + " ".join(desc)
        if p(0.5):
            body = add_typo(body, 1)
        fields = {}
        for f in must:
            t, fld, fv = render_f(f, obj, fvoice)
            if fld in ("color", "brand", "serial", "model"):
                fields[fld] = clip(fv, 60)
        return body, fields, stated
    s1 = found_voice_text(fvoice, ctx)
    rng.shuffle(desc)
    parts = [s1]
    if desc:
        parts.append(ch(["特征：", "", "", "看了一下，"]) + "，".join(desc) + "。")
    if phone:
        parts.append(ch(STATUS_PHONE_ON if powered else STATUS_PHONE_OFF) + "。")
    cl = ch(CLOSE_F)
    if "%s" in cl:
        cl = cl % (("%s村委会" % fplace["own_vill"]) if fplace.get("own_vill") else "派出所")
    parts.append(cl)
    body = "".join(parts)
    if fvoice == "farmer":
        body = dialect(body)
        if p(0.4):
            body = add_typo(body, 1)
    fields = {}
    if fill in ("full", "partial"):
        pf = 1.0 if fill == "full" else 0.5
        for f in stated:
            t, fld, fv = render_f(f, obj, fvoice)
            if fld and fld != "marks" and (p(pf) or f in must):
                if fld == "color" and words["color"]:
                    fv = words["color"]
                if fld == "brand" and words["brand"]:
                    fv = words["brand"]
                if fld == "serial" and "serial" in fields:
                    continue
                fields[fld] = clip(fv, 60)
        if marks and p(0.9 if fill == "full" else 0.5):
            fields["marks"] = clip("；".join(marks), 500)
    if len(body) > 600:
        body = body[:598] + "。"
    return body, fields, stated


# ---------------------------------------------------------------- assembling places for reports

def lost_place_desc(obj):
    """what the owner says about where; may be unsure or slightly wrong"""
    pk = obj["place"]
    own = obj["owner"]
    talk = place_talk(pk)
    addr = PLACES[pk][0]
    if pk.startswith("field_") or pk.startswith("cwh_") or pk.startswith("shop_"):
        v = PLACES[pk][3]
        if v == own["vill"] and pk.startswith("field_"):
            talk = ch(["屋门口田里", "自家地里", "屋后头坡上", "%d组田坎上" % own["grp"]])
            addr = "青川县石埠镇%s%d组" % (v, own["grp"])
    d = {"talk": talk, "addr": addr, "coord": coords(PLACES[pk][2], 150)}
    r = rng.random()
    if r < 0.12:                     # unsure between two places
        alt = ch(["market", "busstop", "road_dp", "road_lt", "express", "hospital", "cwh_" + own["vill"]])
        if alt != pk:
            d["unsure"] = place_talk(alt)
            d["coord"] = None
    elif r < 0.27:                   # vague
        d["coord"] = None
        d["addr"] = ch(["石埠镇", "石埠镇街上", "青川县石埠镇", addr])
    return d


def found_place(obj, near_pk, far=False):
    """where the finder picked it up (and where it is registered)"""
    if far:
        fk = near_pk
        name, talks, off = FAR[fk]
        return {"pk": fk, "talk": ch(talks + [name]), "spot": ch(["门口", "候车室椅子上", "卫生间", "大厅", "路边"]),
                "addr": name, "coord": coords(off, 80), "vill": None}
    pk = near_pk
    r = rng.random()
    if r < 0.15 and pk.startswith("road"):
        pk = ch(["road_sq2", "road_lt", "road_dp", "road_shk"]) if p(0.5) else pk
    spot = spot_of(pk)
    vill = village_of(pk) or nearest_village(pk)
    d = {"pk": pk, "talk": ch(PLACES[pk][1] + [PLACES[pk][0]]), "spot": spot, "addr": PLACES[pk][0], "vill": vill,
         "own_vill": village_of(pk),
         "coord": coords(PLACES[pk][2], 100)}
    return d


def handover(fpl, fvoice):
    """finders who hand in at a village committee register the committee's address"""
    if fvoice in ("committee", "host") and fpl.get("vill") and p(0.6):
        ck = "cwh_" + fpl["vill"]
        return PLACES[ck][0], coords(PLACES[ck][2], 30)
    return fpl["addr"], fpl["coord"]


def pick_fvoice(obj, pk):
    sc = obj["scene"]
    fv = ch(SCENES[sc]["finders"])
    if sc == "village" and pk.startswith("shop"):
        fv = ch(["shop", "committee"])
    return fv


# ---------------------------------------------------------------- main

def main():
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set%d.json" % NN)
    objs = []
    for kind, cat, n, otypes, scenes, *_ in KINDS:
        for _ in range(n):
            own = mk_owner(ch(otypes))
            ok = [x for x in scenes if scene_ok(x, own)] or scenes
            sc = ch(ok)
            if own["type"] in ("pupil", "parent") and "school" in scenes and p(0.6):
                sc = "school"
            o = build(kind, own)
            o["scene"] = sc
            o["place"] = scene_place(sc, own)
            f, t, tl, wk = mk_window(sc, own)
            o["win"], o["tloss"], o["win_kind"] = (f, t), tl, wk
            objs.append(o)

    # which lost things are handed in (weighted draw without replacement)
    w = {"id_doc": 0.85, "keys": 0.75, "bag": 0.75, "phone": 0.55, "wallet": 0.6, "cash": 0.4, "ebike": 0.6,
         "bicycle": 0.65, "jewelry": 0.45, "electronics": 0.6, "other": 0.7}
    order = sorted(range(len(objs)), key=lambda i: -(rng.random() ** (1.0 / w[objs[i]["cat"]])))
    found_set = order[:150]
    # objects filed under another category by the finder (at most 5)
    cross = {"battery": "electronics", "hearing": "other", "kidwatch": "phone", "cunzhe": "other"}
    for kind in sorted(cross):
        cands = [i for i in found_set if objs[i]["kind"] == kind]
        if not cands:
            cands = [i for i in range(len(objs)) if objs[i]["kind"] == kind]
            drop = [i for i in found_set if objs[i]["kind"] not in cross and objs[i]["cat"] == objs[cands[0]]["cat"]]
            found_set.remove(drop[-1])
            found_set.append(cands[0])
        objs[cands[0]]["fcat"] = cross[kind]
    found_set = sorted(found_set)
    for i, o in enumerate(objs):
        o["true"] = i in found_set

    # fill levels of the lost reports: about 30 hurried one-liners
    idx = list(range(len(objs)))
    rng.shuffle(idx)
    hurried_o = sorted(idx[:30])
    for i, o in enumerate(objs):
        o["hurried_o"] = i in hurried_o
        o["fill_o"] = "hurried" if o["hurried_o"] else ch(["full", "full", "partial", "partial", "partial", "body", "body"])
        o["lost_place_o"] = lost_place_desc(o)

    lost_recs = []
    for i, o in enumerate(objs):
        body, fields, stated = write_lost(o, o["hurried_o"])
        o["stated_o"] = [f["id"] for f in stated]
        rec = {"category": o["cat"], "body": body}
        for k in ("color", "brand", "model", "serial", "address", "marks", "lat", "lon"):
            if k in fields:
                rec[k] = fields[k]
        rec["lost_from_min"] = mins(o["win"][0])
        rec["lost_to_min"] = mins(o["win"][1])
        lost_recs.append(rec)

    found_recs = []     # (record, truth object index or None, negative label)

    def finder_record(obj, fpl, tfound, must=None, negative=None, hurried=False):
        fv = pick_fvoice(obj, fpl["pk"]) if fpl["pk"] in PLACES else ch(["desk", "desk", "shop", "driver"])
        if fpl["pk"] not in PLACES and fv == "driver":
            fpl["talk"] = ch(["县客运站", "中巴车上"])
        fill = "hurried" if hurried else ch(["full", "full", "full", "partial", "partial", "body"])
        body, fields, stated = write_found(obj, fpl, tfound, fv, fill, must=must, hurried=hurried)
        rec = {"category": obj["fcat"], "body": body}
        for k in ("color", "brand", "model", "serial", "marks"):
            if k in fields:
                rec[k] = fields[k]
        addr, coord = handover(fpl, fv)
        if fill != "hurried" or p(0.5):
            rec["address"] = clip(addr, 60)
        if coord and (fill in ("full", "partial") and p(0.85) or p(0.3)):
            rec["lat"], rec["lon"] = coord
        rec["found_at_min"] = max(0, mins(tfound))
        if negative:
            rec["negative"] = negative
        return rec

    def delay():
        r = rng.random()
        if r < 0.5:
            return timedelta(minutes=rng.randint(10, 360))
        if r < 0.85:
            return timedelta(minutes=rng.randint(360, 2880))
        return timedelta(minutes=rng.randint(2880, 8640))

    # hurried finders: about 10 of the true finds
    fidx = list(found_set)
    rng.shuffle(fidx)
    hurried_f_list = sorted(fidx[:10])

    for i in found_set:
        o = objs[i]
        tf = daytime(o["tloss"] + delay())
        if tf > NOW - timedelta(minutes=20):
            tf = NOW - timedelta(minutes=rng.randint(20, 200))
            if tf < o["tloss"]:
                tf = o["tloss"] + timedelta(minutes=5)
        if o["scene"] == "bus" and p(0.25):
            fpl = found_place(o, "county_bus", far=True)
        else:
            fpl = found_place(o, o["place"])
        rec = finder_record(o, fpl, tf, hurried=i in hurried_f_list)
        found_recs.append((rec, i, None))

    # ---- hard negatives
    unmatched = [i for i in range(len(objs)) if not objs[i]["true"]]
    matched = list(found_set)
    kinds_needed = ["twin"] * 22 + ["same_cat_colour"] * 24 + ["before_loss"] * 22 + ["far_same_brand"] * 22
    rng.shuffle(kinds_needed)
    used_bases = []

    def eligible(i, nk):
        o = objs[i]
        if i in used_bases:
            return False
        if nk == "twin":
            return bool(twin_facts(o))
        if nk == "same_cat_colour":
            return fact(o, "color") is not None and o["kind"] != "cash" or o["kind"] == "cash"
        if nk == "far_same_brand":
            return fact(o, "brand") is not None
        return True

    def twin_facts(o):
        ids = o["stated_o"]
        out = []
        for f in o["facts"]:
            if f["id"] in ids and f["vis"] and f["chg"] and f["k"] in ("color", "brand", "model", "serial", "name", "mark", "amount", "count", "stamp"):
                if f["k"] == "mark" and not f.get("pool"):
                    continue
                if f["k"] == "color" and o["kind"] in ("earring", "ring", "necklace", "bracelet", "hukouben", "yibaoka"):
                    continue
                if f["k"] == "brand" and len(KIND_BRANDS.get(o["kind"], [])) < 2 and o["kind"] not in ("idbundle",):
                    continue
                if f["k"] == "model" and (f["v"] not in sum(MODELS.values(), []) or len(MODELS.get(fact(o, "brand")["v"] if fact(o, "brand") else "", [])) < 2):
                    continue
                if f["k"] == "count" and o["kind"] == "bracelet":
                    continue
                idf = [x for x in o["facts"] if x["k"] == "serial" and x.get("sk") == "idno"]
                if f["k"] == "name" and idf and idf[0]["id"] in ids:
                    continue        # another person's card would carry another number as well
                out.append(f)
        return out

    negatives = []
    for n_i, nk in enumerate(kinds_needed):
        src = unmatched if n_i % 2 == 0 else matched
        cands = [i for i in src if eligible(i, nk)]
        if not cands:
            cands = [i for i in unmatched + matched if eligible(i, nk)]
        b = ch(cands)
        used_bases.append(b)
        negatives.append((nk, b))

    for nk, b in negatives:
        base = objs[b]
        if nk == "twin":
            tw = copy.deepcopy(base)
            f = ch(twin_facts(base))
            g = fact(tw, f["id"])
            change_fact(tw, g)
            if g["k"] == "name":
                for x in tw["facts"]:
                    if x["k"] == "serial" and x.get("sk") == "idno":
                        x["v"] = mk_idno(int(x["v"][6:10]), int(x["v"][16]) % 2 == 1, region=x["v"][:6])
            tf = daytime(base["tloss"] + delay())
            if tf > NOW - timedelta(minutes=20):
                tf = NOW - timedelta(minutes=rng.randint(20, 300))
            if tf < base["win"][0]:
                tf = base["win"][0] + timedelta(minutes=rng.randint(5, 60))
            fpl = found_place(tw, base["place"])
            rec = finder_record(tw, fpl, tf, must=[g], negative="twin")
            rec["category"] = base["fcat"] if p(0.5) else base["cat"]
            found_recs.append((rec, None, "twin"))
            tw["twin_of"] = (b, g["id"])
        else:
            force = {}
            kind = base["kind"]
            cf = fact(base, "color")
            bf = fact(base, "brand")
            if nk == "same_cat_colour":
                sibs = [k[0] for k in KINDS if k[1] == base["cat"]]
                kind2 = kind if p(0.6) else ch(sibs)
                col = cf["v"] if cf else None
                if col and kind2 in KIND_COLORS and col not in KIND_COLORS[kind2]:
                    kind2 = kind
                if col:
                    force["color"] = col
                if bf and kind2 in KIND_BRANDS:
                    others = [x for x in sorted(set(KIND_BRANDS[kind2])) if x != bf["v"]]
                    if others:
                        force["brand"] = ch(others)
                own = mk_owner(ch(KIND[kind2][3]))
                no = build(kind2, own, force)
                no["scene"] = base["scene"]
                if kind2 == "cash" and base["kind"] == "cash":
                    a = fact(base, "amount")["v"]
                    fact(no, "amount")["v"] = a * ch([2, 3]) + ch([0, 50, 200])
                tf = daytime(base["tloss"] + delay())
                if tf > NOW - timedelta(minutes=20):
                    tf = NOW - timedelta(minutes=rng.randint(20, 300))
                if tf < base["win"][0]:
                    tf = base["win"][0] + timedelta(minutes=rng.randint(5, 60))
                fpl = found_place(no, base["place"] if p(0.6) else scene_place(base["scene"], base["owner"]))
                # the finder states at least one visible fact that tells it apart
                diff = [x for x in no["facts"] if x["vis"] and x["k"] in ("brand", "serial", "name", "mark", "amount", "model")
                        and not (x["k"] == "mark" and fact(base, x["id"]) and fact(base, x["id"]).get("v") == x["v"] and fact(base, x["id"]).get("pool") == x.get("pool"))]
                must = [ch(diff)] if diff else []
                if cf and fact(no, "color"):
                    must.append(fact(no, "color"))
                rec = finder_record(no, fpl, tf, must=must, negative="same_cat_colour")
            elif nk == "before_loss":
                if cf:
                    force["color"] = cf["v"]
                if bf:
                    force["brand"] = bf["v"]
                own = mk_owner(ch(KIND[kind][3]))
                no = build(kind, own, force)
                no["scene"] = base["scene"]
                gap = timedelta(minutes=ch([rng.randint(60, 600), rng.randint(600, 4320), rng.randint(4320, 14400)]))
                tf = daytime(base["win"][0] - gap, earlier=True)
                fpl = found_place(no, base["place"] if p(0.7) else scene_place(base["scene"], base["owner"]))
                must = [x for x in (fact(no, "color"), fact(no, "brand")) if x and x["vis"]]
                rec = finder_record(no, fpl, tf, must=must, negative="before_loss")
            else:  # far_same_brand
                force["brand"] = bf["v"]
                if cf and p(0.5):
                    force["color"] = cf["v"]
                own = mk_owner(ch(KIND[kind][3]))
                no = build(kind, own, force)
                no["scene"] = base["scene"]
                if p(0.6) or mins(base["win"][1]) < 9000:
                    tf = base["win"][0] - timedelta(days=rng.randint(12, 60), minutes=rng.randint(0, 600))
                else:
                    tf = base["win"][1] + timedelta(days=rng.randint(5, 8), minutes=rng.randint(0, 600))
                    if tf > NOW - timedelta(hours=2):
                        tf = base["win"][0] - timedelta(days=rng.randint(12, 40))
                tf = daytime(tf)
                fk = ch(sorted(FAR))
                fpl = found_place(no, fk, far=True)
                must = [fact(no, "brand")]
                rec = finder_record(no, fpl, tf, must=must, negative="far_same_brand")
            found_recs.append((rec, None, nk))

    # ---- unclaimed found items that nobody reports
    for _ in range(30):
        kind = ch([k[0] for k in KINDS])
        own = mk_owner(ch(KIND[kind][3]))
        no = build(kind, own)
        sc = ch(KIND[kind][4])
        no["scene"] = sc
        pk = scene_place(sc, own)
        day = ch(ALL_DAYS + [D(10, 16)])
        tf = day + timedelta(hours=rng.uniform(7, 19))
        if tf > NOW - timedelta(minutes=30):
            tf = NOW - timedelta(hours=rng.uniform(1, 10))
        fpl = found_place(no, pk)
        rec = finder_record(no, fpl, tf, negative="unclaimed", hurried=p(0.1))
        found_recs.append((rec, None, "unclaimed"))

    # ---- keys, order, truth
    lorder = list(range(len(lost_recs)))
    rng.shuffle(lorder)
    forder = list(range(len(found_recs)))
    rng.shuffle(forder)
    fkey = {}
    found_out = []
    for n, j in enumerate(forder):
        rec, ti, neg = found_recs[j]
        key = "%s-F%04d" % (PFX, n + 1)
        if ti is not None:
            fkey[ti] = key
        out = {"key": key}
        out.update(rec)
        found_out.append(out)
    lost_out = []
    for n, i in enumerate(lorder):
        out = {"key": "%s-L%04d" % (PFX, n + 1)}
        out.update(lost_recs[i])
        out["truth"] = fkey.get(i)
        lost_out.append(out)
    found_out.sort(key=lambda r: r["key"])
    lost_out.sort(key=lambda r: r["key"])
    data = {"seed": SEED, "made_by": "tests/lostfound/make_set%d.py" % NN,
            "parts": {"set%d" % NN: {"found": found_out, "lost": lost_out}}}
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %s: %d lost (%d with truth), %d found" % (out_path, len(lost_out),
                                                            sum(1 for r in lost_out if r["truth"]), len(found_out)))


def daytime(t, earlier=False):
    """nobody hands things in at three in the morning: move night finds to the morning (or the evening before)"""
    if 6 <= t.hour < 22:
        return t
    if earlier:
        base = t.replace(hour=0, minute=0, second=0, microsecond=0)
        if t.hour < 6:
            base -= timedelta(days=1)
        return base + timedelta(minutes=rng.randint(19 * 60, 21 * 60 + 30))
    base = t.replace(hour=0, minute=0, second=0, microsecond=0)
    if t.hour >= 22:
        base += timedelta(days=1)
    t2 = base + timedelta(minutes=rng.randint(6 * 60 + 30, 9 * 60))
    if t2 > NOW - timedelta(minutes=10):
        t2 = NOW - timedelta(minutes=rng.randint(20, 90))
    return t2


def change_fact(obj, g):
    """change one fact of a copied truth record so that it is a different object"""
    k = g["k"]
    if k == "color":
        g["v"] = ch(FAR_COLOR[g["v"]])
    elif k == "brand":
        opts = [b for b in sorted(set(KIND_BRANDS.get(obj["kind"], ["qcnsh", "sbczyh"]))) if b != g["v"]]
        if obj["kind"] == "smartphone" and g["v"] == "huawei":
            opts = [b for b in opts if b != "honor"]
        if obj["kind"] == "smartphone" and g["v"] in ("xiaomi", "redmi"):
            opts = [b for b in opts if b not in ("xiaomi", "redmi")]
        g["v"] = ch(opts)
        m = fact(obj, "model")
        if m and g["v"] in MODELS and obj["kind"] != "battery":
            m["v"] = ch(MODELS[g["v"]])
            m["vis"] = False
            m["fp"] = 0
    elif k == "model":
        b = fact(obj, "brand")["v"]
        g["v"] = ch([m for m in MODELS[b] if m != g["v"]])
    elif k == "serial":
        sk = g["sk"]
        if sk == "imei":
            g["v"] = mk_imei()
        elif sk == "idno":
            old = g["v"]
            for _ in range(20):
                new = mk_idno(int(old[6:10]), int(old[16]) % 2 == 1, region=old[:6])
                if new[-4:] != old[-4:]:
                    break
            g["v"] = new
        elif sk in ("card", "acct"):
            t = g["v"]["tail"]
            r = rng.random()
            if r < 0.4:
                nt = t[1] + t[0] + t[2:] if t[0] != t[1] else t[:2] + t[3] + t[2]
            else:
                nt = tail4()
            if nt == t:
                nt = "%04d" % ((int(t) + 1111) % 10000)
            g["v"] = {"pfx": g["v"]["pfx"], "tail": nt}
        elif sk == "hukou":
            g["v"] = digits(9)
        elif sk == "stuno":
            g["v"] = g["v"][:-2] + "%02d" % ((int(g["v"][-2:]) + rng.randint(3, 40)) % 60 + 1)
        elif sk == "frame":
            g["v"] = g["v"][:7] + digits(len(g["v"]) - 7)
        elif sk == "plate":
            g["v"] = "青川A%05d" % rng.randrange(100000)
        elif sk == "battery":
            g["v"] = g["v"][:6] + digits(8)
        elif sk == "sn":
            g["v"] = g["v"][:4] + digits(6)
    elif k == "name":
        g["v"] = alt_name(g["v"])
    elif k == "mark":
        n = len(POOLS[g["pool"]])
        taken = [f["v"] for f in obj["facts"] if f.get("pool") == g["pool"]]
        opts = [i for i in range(n) if i not in taken]
        g["v"] = ch(opts) if opts else (g["v"] + 1) % n
    elif k == "amount":
        a = g["v"]
        g["v"] = int(a * ch([0.4, 0.5, 1.8, 2.5]) // 10 * 10) or a + 500
    elif k == "count":
        n = g["v"]
        if obj["kind"] == "earring":
            g["v"] = 2 if n == 1 else 1
        else:
            g["v"] = n + ch([2, 3]) if n <= 3 or p(0.5) else n - 2
    elif k == "stamp":
        g["v"] = ch([s for s in ["足金", "足金999", "Au999", "足金9999", "Au750", "18K"] if s != g["v"]])


if __name__ == "__main__":
    main()
