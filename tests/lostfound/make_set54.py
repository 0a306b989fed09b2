#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Blind lost-and-found set 54: 澜苑社区, an invented new residential district of the invented
mid-sized city 鹭川市, in spring (March to May).

Written from the issue text only, without looking at the matcher or at any other set.
Every object is first drawn as a hidden truth record.  The lost report and the found registration
are then written from it separately, each in its own voice and each knowing only what that person
would know: a finder states what is visible or printed, an owner also knows hidden things.
Before any text is written, every lost report is compared with every found item that is not its
truth (same kind of object, found after the loss began); if nothing the two sides state
contradicts, a fact the person would know is added to one side so that the labels stay honest.

Python 3 standard library only; one random.Random(SEED); sets are never iterated unsorted, so the
output is byte-identical under any PYTHONHASHSEED.

Usage: python3 make_set54.py [output-path]     (default: set54.json next to this file)
"""
import datetime
import json
import math
import os
import sys
import random

SEED = 54054
PFX = 'S54'
SETNAME = 'set54'
MADE_BY = 'tests/lostfound/make_set54.py'
R = random.Random(SEED)

N_TRUE, N_LOST_ONLY, N_UNCLAIMED = 150, 90, 30
NEG_PLAN = [('same_category_colour', 24), ('found_before_loss', 22),
            ('same_brand_elsewhere', 22), ('twin_one_fact', 22)]


# ----------------------------------------------------------------------------- small helpers
def pick(seq):
    return seq[R.randrange(len(seq))]


def wpick(d):
    items = sorted(d.items())
    tot = sum(w for _, w in items)
    x = R.random() * tot
    for k, w in items:
        x -= w
        if x < 0:
            return k
    return items[-1][0]


def chance(p):
    return R.random() < p


def shuffled(seq):
    s = list(seq)
    R.shuffle(s)
    return s


CN = '零一二三四五六七八九'


def cnum(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return '十' + (CN[n - 10] if n > 10 else '')
    if n < 100:
        return CN[n // 10] + '十' + (CN[n % 10] if n % 10 else '')
    if n < 1000:
        s = CN[n // 100] + '百'
        r = n % 100
        if r == 0:
            return s
        if r < 10:
            return s + '零' + CN[r]
        return s + CN[r // 10] + '十' + (CN[r % 10] if r % 10 else '')
    s = CN[n // 1000] + '千'
    r = n % 1000
    if r == 0:
        return s
    if r < 100:
        return s + '零' + cnum(r)
    return s + cnum(r)


def cnum_col(n):
    """Colloquial numerals: 两 for a leading two."""
    if n == 2:
        return '两'
    s = cnum(n)
    if s.startswith('二百') or s.startswith('二千'):
        s = '两' + s[1:]
    return s


# ----------------------------------------------------------------------------- time
START = datetime.datetime(2025, 3, 1, 0, 0)
NOW = datetime.datetime(2025, 5, 31, 21, 0)          # the moment every registration is read
NOW_M = int((NOW - START).total_seconds() // 60)
LAST_DAY = NOW_M // 1440
HOLIDAYS = {(4, 4), (4, 5), (4, 6), (5, 1), (5, 2), (5, 3), (5, 4), (5, 5)}
WEEK = '一二三四五六日'


def dt(m):
    return START + datetime.timedelta(minutes=m)


def is_schoolday(day):
    d = dt(day * 1440)
    return d.weekday() < 5 and (d.month, d.day) not in HOLIDAYS


def is_weekday(day):
    return dt(day * 1440).weekday() < 5


def period(h):
    if h < 5:
        return '凌晨'
    if h < 8:
        return '早上'
    if h < 11:
        return '上午'
    if h < 13:
        return '中午'
    if h < 18:
        return '下午'
    if h < 19:
        return '傍晚'
    return '晚上'


def day_word(m, casual):
    d = dt(m)
    day = m // 1440
    if casual and day == LAST_DAY:
        return '今天'
    if casual and day == LAST_DAY - 1:
        return '昨天'
    if casual and day == LAST_DAY - 2:
        return '前天'
    if casual:
        s = pick(['%d月%d号', '%d月%d日', '%d.%d'])
        s = s % (d.month, d.day)
        if chance(0.15):
            s += '（周%s）' % WEEK[d.weekday()]
        return s
    if chance(0.3):
        return '%d年%d月%d日' % (d.year, d.month, d.day)
    return '%d月%d日' % (d.month, d.day)


def clock_casual(m, fuzzy=True):
    d = dt(m)
    h, mi = d.hour, d.minute
    h12 = h % 12 or 12
    hs = cnum_col(h12) if chance(0.7) else str(h12)
    if fuzzy:
        if mi < 10:
            return hs + pick(['点', '点左右', '点钟'])
        if mi < 25:
            return hs + pick(['点多', '点一刻', '点多钟'])
        if mi < 40:
            return hs + pick(['点半', '点半左右'])
        if mi < 50:
            return hs + pick(['点多', '点四十'])
        return cnum_col((h12 % 12) + 1) + pick(['点不到', '点差一点'])
    return hs + '点' + (cnum(mi) + '分' if mi else '')


def clock_formal(m, exact=True):
    d = dt(m)
    if exact and d.minute:
        return '%d时%02d分' % (d.hour, d.minute)
    return '%d时' % d.hour


def when_point(m, casual):
    """A moment: the time a thing was found, or a hurried guess."""
    d = dt(m)
    if casual:
        return day_word(m, True) + period(d.hour) + clock_casual(m)
    return day_word(m, False) + clock_formal(m) + pick(['许', '左右', ''])


def when_window(a, b, casual):
    da, db = a // 1440, b // 1440
    ha, hb = dt(a).hour, dt(b).hour
    if casual:
        if da == db:
            pa, pb = period(ha), period(hb)
            if b - a >= 150 and pa == pb and chance(0.35):
                return day_word(a, True) + pa
            s = day_word(a, True) + pa + clock_casual(a, False) + '到'
            s += (pb if pb != pa else '') + clock_casual(b, False)
            return s + pick(['之间', '', '这段时间'])
        if db - da >= 1 and b - a > 1440:
            return day_word(a, True) + '到' + day_word(b, True) + '之间（具体哪天记不清了）'
        return (day_word(a, True) + period(ha) + clock_casual(a, False) + '到' +
                day_word(b, True) + period(hb) + clock_casual(b, False))
    if da == db:
        return day_word(a, False) + clock_formal(a) + '至' + clock_formal(b)
    return day_word(a, False) + clock_formal(a) + '至' + day_word(b, False) + clock_formal(b)


# ----------------------------------------------------------------------------- places
CITY = '鹭川市'
DISTRICT = '鹭川市东湖区新澜街道澜苑社区'
LAT0, LON0 = 30.2865, 116.8123      # invented centre of the district


def to_ll(x, y):
    lat = LAT0 + y / 111320.0
    lon = LON0 + x / (111320.0 * math.cos(math.radians(LAT0)))
    return round(lat, 6), round(lon, 6)


# id, formal name, casual aliases, place kind, (x, y) metres east/north of the centre
PLACES = [
    ('e1', '澜苑一期', ['澜苑一期', '一期小区', '澜苑小区一期', '澜苑一期小区'], 'estate', (0, 0)),
    ('e2', '澜苑二期', ['澜苑二期', '二期', '澜苑二期小区'], 'estate', (430, 140)),
    ('lw', '澜湾花园', ['澜湾花园', '澜湾', '澜湾花园小区'], 'estate', (-380, 260)),
    ('jl', '锦澜府', ['锦澜府', '锦澜府小区'], 'estate', (640, -310)),
    ('lt', '澜庭雅居', ['澜庭雅居', '澜庭', '澜庭小区'], 'estate', (-520, -290)),
    ('park', '澜苑社区公园', ['澜苑公园', '社区公园', '小区旁边的公园', '澜苑社区公园'], 'park', (210, 530)),
    ('school', '澜苑实验小学', ['澜苑实验小学', '实验小学', '孩子学校', '澜苑小学'], 'school', (-160, 710)),
    ('kinder', '澜苑第一幼儿园', ['澜苑一幼', '澜苑第一幼儿园', '幼儿园'], 'kinder', (70, 770)),
    ('canteen', '澜苑长者食堂', ['长者食堂', '社区老年食堂', '老年食堂', '澜苑长者食堂'], 'canteen', (300, -120)),
    ('market', '澜苑农贸市场', ['菜市场', '澜苑菜市场', '农贸市场', '澜苑农贸市场'], 'market', (830, 80)),
    ('super', '惠邻超市澜苑店', ['惠邻超市', '超市', '惠邻'], 'super', (700, 270)),
    ('cainiao', '菜鸟驿站（澜苑二期底商）', ['菜鸟驿站', '驿站', '二期门口的菜鸟驿站'], 'cainiao', (470, 60)),
    ('service', '澜苑社区党群服务中心', ['社区服务中心', '社区党群服务中心', '社区居委会'], 'service', (110, 200)),
    ('clinic', '澜苑社区卫生服务站', ['卫生服务站', '社区卫生站', '社区医院'], 'clinic', (160, 240)),
    ('bus', '澜苑路公交站', ['澜苑路公交站', '公交站', '小区门口公交站'], 'bus', (330, 390)),
    ('bike', '和风街共享单车停放点', ['和风街共享单车停放点', '单车停车点', '和风街路口'], 'bike', (560, 430)),
    ('street', '澜苑商业街', ['商业街', '澜苑商业街', '小区底商那条街'], 'street', (480, 300)),
]
FAR = [
    ('far1', '鹭川市东湖区人民路步行街', (-6200, -3100)),
    ('far2', '鹭川站候车大厅', (9800, 4200)),
    ('far3', '鹭川大学城南门', (-4300, 8600)),
    ('far4', '滨江公园', (3100, -7800)),
    ('far5', '鹭川市第二人民医院门诊楼', (-2600, -5200)),
    ('far6', '城北客运站', (1500, 11200)),
    ('far7', '鹭川万象汇商场', (5200, 2600)),
]
PL = {p[0]: dict(id=p[0], name=p[1], alias=p[2], pk=p[3], xy=p[4]) for p in PLACES}
for f in FAR:
    PL[f[0]] = dict(id=f[0], name=f[1], alias=[f[1]], pk='far', xy=f[2])
ESTATES = ['e1', 'e2', 'lw', 'jl', 'lt']
BLDGS = {'e1': ['3栋', '5栋', '8栋', '11栋'], 'e2': ['2幢', '6幢', '9幢'],
         'lw': ['1号楼', '4号楼', '7号楼'], 'jl': ['A座', 'B座', 'C座'], 'lt': ['2栋', '5栋', '6栋']}
SPOTS = {
    'estate': ['{b}大堂', '{b}电梯里', '{b}单元门口', '地下车库', '北门岗亭旁', '{b}旁的丰巢快递柜',
               '儿童游乐区', '中心花园长椅上', '垃圾分类亭旁', '物业服务中心门口'],
    'park': ['广场舞广场', '健身器材区', '儿童游乐区', '湖边步道', '东门入口', '凉亭里', '广场边长椅上'],
    'school': ['校门口', '东门接送区', '校门对面', '护学岗旁', '校门口梧桐树下'],
    'kinder': ['门口', '接送等候区', '门口栏杆边'],
    'canteen': ['餐桌上', '门口', '洗手池旁', '取餐窗口边'],
    'market': ['蔬菜区', '水产区', '肉摊旁', '门口电动车停放处', '水果摊前'],
    'super': ['收银台', '存包柜', '购物车里', '门口', '生鲜区'],
    'cainiao': ['取件货架旁', '门口台阶', '寄件台'],
    'service': ['大厅', '活动室', '门口'],
    'clinic': ['候诊椅上', '门口', '输液室'],
    'bus': ['候车亭长椅上', '站台', '站牌下'],
    'bike': ['一辆共享单车车筐里', '旁边人行道上', '路口花坛边'],
    'street': ['药店门口', '奶茶店门口', '水果店门口', '理发店门口', '面包店'],
    'far': ['附近', '门口', '长椅上', '候车区'],
}
ACTS = {
    'estate': ['在楼下散步', '下楼扔垃圾', '在小区里遛弯', '在楼下晒太阳', '带孩子在楼下玩', '去丰巢柜取快递', '坐电梯上下楼'],
    'park': ['在公园跳广场舞', '在公园散步', '在公园锻炼身体', '在公园遛狗', '带孩子在公园玩', '晚饭后去公园遛弯'],
    'school': ['去学校门口接孩子放学', '送孩子上学', '在校门口等孩子放学'],
    'kinder': ['去幼儿园接孩子', '送孩子上幼儿园'],
    'canteen': ['在长者食堂吃饭', '去长者食堂打饭'],
    'market': ['去菜市场买菜', '在菜市场买鱼', '逛菜市场'],
    'super': ['在惠邻超市买东西', '去超市购物', '在超市排队结账'],
    'cainiao': ['去菜鸟驿站取快递', '在驿站寄快递'],
    'service': ['去社区服务中心办事', '在社区活动室参加活动'],
    'clinic': ['去卫生服务站量血压', '在卫生服务站拿药'],
    'bus': ['在公交站等车', '坐公交回来下车'],
    'bike': ['骑共享单车回来还车', '在和风街扫共享单车'],
    'street': ['在商业街买水果', '去药店买药', '在奶茶店买奶茶'],
    'far': ['去城里办事', '出门办事'],
}
ACTN = {'estate': '散步', 'park': '锻炼', 'school': '接送孩子', 'kinder': '接送孩子', 'canteen': '就餐',
        'market': '买菜', 'super': '购物', 'cainiao': '取快递', 'service': '办事', 'clinic': '就诊', 'bus': '候车',
        'bike': '还车', 'street': '购物', 'far': '办事'}


def actv(pk, m, pkey):
    """What the owner was doing there (no place words)."""
    h = dt(m).hour
    if pk == 'park':
        if h >= 18:
            return pick(['跳广场舞', '遛弯', '散步'])
        if h < 9:
            return pick(['晨练', '散步', '锻炼身体'])
        return pick(['带孩子玩', '散步', '遛狗'])
    if pk in ('school', 'kinder'):
        return pick(['送孩子上学', '送孩子']) if h < 12 else pick(['接孩子放学', '等孩子放学', '接孩子'])
    if pk == 'canteen':
        return '吃午饭' if h < 14 else '吃晚饭'
    return pick({'estate': ['散步', '扔垃圾', '遛弯', '晒太阳', '取快递', '等电梯'],
                 'market': ['买菜', '买鱼', '买肉'], 'super': ['买东西', '购物', '排队结账'],
                 'cainiao': ['取快递', '寄快递'], 'service': ['办事', '参加活动'], 'clinic': ['量血压', '拿药', '看病'],
                 'bus': ['等车', '下车'], 'bike': ['还共享单车', '扫共享单车'], 'street': ['买水果', '买药', '买奶茶'],
                 'far': ['办事']}[pk])


HOURS = {
    'estate': [(7, 22)], 'park': [(6, 8.5), (15, 17.5), (19, 21)], 'school': [(7.2, 8), (15.5, 17.5)],
    'kinder': [(7.5, 8.5), (16, 17.5)], 'canteen': [(11, 12.8), (17, 18.2)], 'market': [(6, 10), (16, 18.5)],
    'super': [(9, 21)], 'cainiao': [(9, 21)], 'service': [(9, 11.5), (14, 17)], 'clinic': [(8, 11.5), (14, 17)],
    'bus': [(6.5, 20.5)], 'bike': [(7, 20.5)], 'street': [(9, 21)], 'far': [(8, 20)],
}


# when someone is around to find and hand in a thing at a place of each kind
FHOURS = {'estate': (6.5, 22.5), 'park': (6, 21.5), 'school': (7, 18), 'kinder': (7, 18), 'canteen': (10.5, 19),
          'market': (5.5, 19), 'super': (8.5, 22), 'cainiao': (8.5, 21.5), 'service': (8.5, 17.5),
          'clinic': (8, 17.5), 'bus': (6, 21.5), 'bike': (7, 21), 'street': (8, 22), 'far': (7, 21)}


def open_for_finder(pk, m):
    day = m // 1440
    if pk in ('school', 'kinder') and not is_schoolday(day):
        return False
    if pk == 'service' and not is_weekday(day):
        return False
    lo, hi = FHOURS[pk]
    h = (m % 1440) / 60.0
    return lo <= h <= hi


def open_for_owner(pk, m):
    day = m // 1440
    if pk in ('school', 'kinder') and not is_schoolday(day):
        return False
    if pk == 'service' and not is_weekday(day):
        return False
    h = (m % 1440) / 60.0
    return any(lo - 0.5 <= h <= hi + 0.5 for lo, hi in HOURS[pk])


def finder_time(pk, t, lo=None, hi=None, forward=True):
    """Move t to the nearest moment (forward, or backward) when a finder is there, inside [lo, hi]."""
    lo = 0 if lo is None else lo
    hi = NOW_M - 5 if hi is None else hi
    step = 7 if forward else -7
    for direction in (step, -step):
        m = t
        while lo <= m <= hi:
            if open_for_finder(pk, m):
                return m
            m += direction
    return None


def dist(p, q):
    (x1, y1), (x2, y2) = PL[p]['xy'], PL[q]['xy']
    return math.hypot(x1 - x2, y1 - y2)


def neighbours(p, limit=600):
    return [q for q in sorted(PL) if q != p and PL[q]['pk'] != 'far' and dist(p, q) <= limit]


def spot_xy(pid, spot):
    x, y = PL[pid]['xy']
    spots = SPOTS[PL[pid]['pk']]
    i = 0
    for k, sp in enumerate(spots):
        if sp == spot or ('{b}' in sp and spot.endswith(sp.replace('{b}', ''))):
            i = k
            break
    ang = i * 2.39996 + len(pid)
    r = 25 + 9 * i
    return x + r * math.cos(ang), y + r * math.sin(ang)


def draw_time(pk, day=None):
    """A moment (minutes after START) at which someone is at a place of this kind."""
    for _ in range(500):
        d = R.randint(0, LAST_DAY) if day is None else day
        if pk in ('school', 'kinder') and not is_schoolday(d):
            continue
        if pk == 'service' and not is_weekday(d):
            continue
        lo, hi = pick(HOURS[pk])
        m = d * 1440 + int(lo * 60 + R.random() * (hi - lo) * 60)
        if m < NOW_M - 40:
            return m
    raise RuntimeError('no time for ' + pk)


# ----------------------------------------------------------------------------- colours
# family: (casual words, formal words).  Two objects conflict on colour only across families.
COLORS = {
    'black': (['黑色', '黑的', '深色的', '黑色'], ['黑色', '黑', '哑光黑', '亮黑色']),
    'white': (['白色', '白的', '米白色'], ['白色', '白', '乳白色', '米白']),
    'grey': (['灰色', '银色', '银灰色', '灰的'], ['银色', '灰色', '深空灰', '银灰']),
    'gold': (['金色', '金黄色', '香槟色'], ['金色', '香槟金', '金黄色']),
    'blue': (['蓝色', '深蓝色', '蓝的', '藏青色'], ['蓝色', '深蓝', '藏蓝', '宝蓝']),
    'pink': (['粉色', '粉红色', '粉的'], ['粉色', '浅粉', '粉红']),
    'red': (['红色', '大红', '红的', '酒红色'], ['红色', '枣红', '酒红']),
    'green': (['绿色', '墨绿色', '绿的', '军绿'], ['绿色', '墨绿', '浅绿']),
    'purple': (['紫色', '淡紫色', '紫的'], ['紫色', '香芋紫', '浅紫']),
    'yellow': (['黄色', '黄的', '鹅黄色'], ['黄色', '明黄', '浅黄']),
    'brown': (['棕色', '咖啡色', '褐色'], ['棕色', '咖啡色', '深棕', '驼色']),
    'orange': (['橙色', '橘黄色', '橘色'], ['橙色', '橘色']),
    'beige': (['肤色', '肉色', '浅肤色'], ['肤色', '米黄色', '浅肉色']),
    'clear': (['透明的', '透明'], ['透明', '透明色']),
}

# ----------------------------------------------------------------------------- brands
# key: (Chinese, English/Latin as printed, pinyin, typos)
BRANDS = {
    'huawei': (['华为'], ['HUAWEI', 'Huawei'], ['huawei'], ['华伟', '花为']),
    'apple': (['苹果'], ['Apple', 'APPLE'], ['pingguo'], ['平果', '苹过']),
    'xiaomi': (['小米'], ['Xiaomi', 'MI', 'XIAOMI'], ['xiaomi'], ['小咪']),
    'oppo': (['欧珀'], ['OPPO', 'oppo'], ['oupo'], ['0PPO', 'OPP0']),
    'vivo': (['维沃'], ['vivo', 'VIVO'], ['weiwo'], ['viv0', 'vivi']),
    'honor': (['荣耀'], ['HONOR', 'Honor'], ['rongyao'], ['荣曜']),
    'redmi': (['红米'], ['Redmi', 'REDMI'], ['hongmi'], ['红咪']),
    'imoo': (['小天才'], ['imoo', 'IMOO'], ['xiaotiancai'], ['小天材', '小天财']),
    'mitu': (['米兔'], ['MITU', 'Mitu'], ['mitu'], ['米图']),
    'lingyue': (['聆悦'], ['LINGYUE', 'LingYue'], ['lingyue'], ['玲悦', '聆越']),
    'shengbao': (['声宝'], ['SHENGBAO'], ['shengbao'], ['声保']),
    'anbu': (['安步'], ['ANBU'], ['anbu'], ['安布']),
    'kangtu': (['康途'], ['KANGTU'], ['kangtu'], ['康图']),
    'jingling': (['鲸灵'], ['JINGLING', 'Jingling'], ['jingling'], ['精灵', '鲸零']),
    'mengxiong': (['萌小熊'], ['MENGBEAR'], ['mengxiaoxiong'], ['萌小雄']),
    'letong': (['乐童'], ['LETONG', 'LeTong'], ['letong'], ['乐通']),
    'hujixing': (['护脊星'], ['HUJISTAR'], ['hujixing'], ['护脊心']),
    'mingmou': (['明眸'], ['MINGMOU'], ['mingmou'], ['明谋']),
    'laolaiming': (['老来明'], ['LAOLAIMING'], ['laolaiming'], ['老来名']),
    'tongchi': (['童驰'], ['TONGCHI'], ['tongchi'], ['童池']),
    'wangle': (['汪乐'], ['WANGLE', 'WangLe'], ['wangle'], ['旺乐']),
    'xueban': (['学伴'], ['XUEBAN'], ['xueban'], ['学半']),
    'nengliang': (['能量豆'], ['NENGLIANGDOU'], ['nengliangdou'], ['能量逗']),
    'yabo': (['雅柏'], ['YABO'], ['yabo'], ['雅伯']),
    'septwolves': (['七匹狼'], ['SEPTWOLVES'], ['qipilang'], ['七匹郎']),
    'lucia': (['露西亚'], ['LUCIA', 'Lucia'], ['luxiya'], ['露西娅']),
    'xingtu': (['行途'], ['XINGTU'], ['xingtu'], ['行图']),
    'hengfu': (['恒福'], ['HENGFU'], ['hengfu'], ['恒富']),
    'ruijinge': (['瑞金阁'], ['RUIJINGE'], ['ruijinge'], ['瑞金格']),
    'yadea': (['雅迪'], ['Yadea', 'YADEA'], ['yadi'], ['亚迪']),
    'aima': (['爱玛'], ['AIMA', 'Aima'], ['aima'], ['爱马']),
    'tailg': (['台铃'], ['TAILG'], ['tailing'], ['台玲']),
    'giant': (['捷安特'], ['GIANT', 'Giant'], ['jieante'], ['捷安待']),
    'forever': (['永久'], ['FOREVER'], ['yongjiu'], ['永九']),
    'xiaoqishi': (['小骑士'], ['XIAOQISHI'], ['xiaoqishi'], ['小骑仕']),
    'byd': (['比亚迪'], ['BYD'], ['biyadi'], ['比亚笛']),
    'vw': (['大众'], ['Volkswagen', 'VW'], ['dazhong'], ['大重']),
    'toyota': (['丰田'], ['TOYOTA', 'Toyota'], ['fengtian'], ['丰天']),
    'wuling': (['五菱'], ['WULING'], ['wuling'], ['五陵']),
    'yuqing': (['雨晴'], ['YUQING'], ['yuqing'], ['雨情']),
    'nuantu': (['暖途'], ['NUANTU'], ['nuantu'], ['暖图']),
    'tongqu': (['童趣'], ['TONGQU'], ['tongqu'], ['童去']),
}
KIND_BRAND_EN = {('phone', 'apple'): ['iPhone'], ('tablet', 'apple'): ['iPad'],
                 ('earbuds', 'apple'): ['AirPods']}

# (kind, brand) -> [(series, full model)]; all model names are invented
MODELS = {
    ('phone', 'huawei'): [('nova', 'nova 15 Active'), ('nova', 'nova 14 SE'), ('畅享', '畅享 72z'),
                          ('Mate', 'Mate 68 Lite'), ('Pura', 'Pura 75 Air')],
    ('phone', 'apple'): [('iPhone 15', 'iPhone 15 Lite'), ('iPhone 14', 'iPhone 14 Air'),
                         ('iPhone 13', 'iPhone 13 SE'), ('iPhone 16', 'iPhone 16 Neo')],
    ('phone', 'xiaomi'): [('Civi', 'Civi 5 Lite'), ('小米14', '小米14 Youth')],
    ('phone', 'redmi'): [('Note', 'Note 13 Max'), ('K', 'K72 Lite')],
    ('phone', 'oppo'): [('Reno', 'Reno 13 Air'), ('A', 'A3 Max')],
    ('phone', 'vivo'): [('S', 'S21 Lite'), ('Y', 'Y52 Plus')],
    ('phone', 'honor'): [('X', 'X60 Active'), ('Magic', 'Magic 7 Neo')],
    ('kidwatch', 'imoo'): [('Z', 'Z10少年版'), ('Q', 'Q3 Mini')],
    ('kidwatch', 'huawei'): [('儿童手表', '儿童手表 6X Lite')],
    ('kidwatch', 'mitu'): [('U', 'U5 Lite')],
    ('earbuds', 'apple'): [('AirPods', 'AirPods 4 Lite')],
    ('earbuds', 'huawei'): [('FreeBuds', 'FreeBuds 7 SE')],
    ('earbuds', 'xiaomi'): [('Buds', 'Buds 5 Air')],
    ('tablet', 'apple'): [('iPad', 'iPad 11 Lite')],
    ('tablet', 'huawei'): [('MatePad', 'MatePad 12 SE')],
    ('hearing_aid', 'lingyue'): [('LY', 'LY-320')],
    ('hearing_aid', 'shengbao'): [('SB', 'SB-18 Mini')],
    ('ebike', 'yadea'): [('冠能', '冠能G7 Lite'), ('DE', 'DE3 Neo')],
    ('ebike', 'aima'): [('A', 'A500 Neo'), ('小蜜豆', '小蜜豆 Pro3')],
    ('ebike', 'tailg'): [('超能', '超能T9'), ('狮鹰', '狮鹰S5')],
    ('bicycle', 'giant'): [('ATX', 'ATX 730'), ('Escape', 'Escape 2 City')],
    ('bicycle', 'forever'): [('QJ', 'QJ-260'), ('城市', '城市通勤 C3')],
}


def model_variants(full):
    v = [full, full.replace(' ', '')]
    if full.lower() != full:
        v.append(full.lower())
    return v


# ----------------------------------------------------------------------------- people
SURN = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何',
        '林', '罗', '高', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田',
        '董', '袁', '潘', '蒋', '蔡', '余', '杜', '叶', '程', '魏', '苏', '吕', '丁', '任', '沈', '姚', '卢',
        '姜', '崔', '钟', '谭', '陆', '汪', '范', '金', '石', '廖', '贾', '夏', '方', '白', '邹', '孟', '熊',
        '秦', '邱', '江', '尹', '薛', '段', '雷', '侯', '龙', '史', '陶', '黎', '贺', '顾', '毛', '郝', '龚']
GIVEN = {
    ('elder', 'M'): ['建国', '德明', '国华', '志刚', '振华', '保国', '文斌', '长林', '春生', '福海', '永祥',
                     '金山', '树林', '建华', '学文', '庆丰', '玉林', '宝山', '有才', '广田'],
    ('elder', 'F'): ['秀兰', '桂英', '玉珍', '淑芬', '凤英', '秀珍', '桂芳', '玉兰', '翠华', '素琴', '美华',
                     '月娥', '金凤', '丽华', '淑珍', '秀英', '兰英', '冬梅', '桂香', '巧云'],
    ('adult', 'M'): ['志强', '海涛', '俊杰', '磊', '鹏', '浩然', '建伟', '晓东', '文博', '亮', '超', '宇航',
                     '立新', '明辉', '子豪', '斌', '云峰', '凯'],
    ('adult', 'F'): ['晓婷', '丽娜', '婧', '佳琪', '雪', '慧敏', '丹丹', '思琪', '倩', '雅静', '梦瑶', '璐',
                     '晓燕', '欣然', '颖', '文静', '蕾', '嘉怡'],
    ('child', 'M'): ['沐阳', '浩宇', '子墨', '一诺', '锦程', '宇轩', '梓睿', '俊熙', '皓轩', '煜城', '承泽',
                     '奕辰', '明哲', '思远', '天佑', '嘉树', '昊天', '乐乐'],
    ('child', 'F'): ['梓萱', '欣怡', '雨桐', '若汐', '子涵', '语嫣', '可馨', '诗涵', '一可', '沐晴', '安琪',
                     '芷若', '悦溪', '思彤', '佳音', '星辰', '朵朵', '米乐'],
}
USED_NAMES = set()


def new_name(sur, role, sex):
    for _ in range(200):
        n = sur + pick(GIVEN[(role, sex)])
        if n not in USED_NAMES:
            USED_NAMES.add(n)
            return n
        sur = pick(SURN)
    raise RuntimeError('names')


AREAS = ['369901', '369902', '369905', '369921']
USED_TAILS = set()


def id_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return '10X98765432'[sum(int(c) * k for c, k in zip(body17, w)) % 11]


def unique_tail(make):
    for _ in range(1000):
        s = make()
        if s[-4:] not in USED_TAILS:
            USED_TAILS.add(s[-4:])
            return s
    raise RuntimeError('tails')


def id_number(year, sex):
    def make():
        month = R.randint(1, 12)
        day = R.randint(1, 28)
        g = R.randrange(1, 10, 2) if sex == 'M' else R.randrange(0, 10, 2)
        body = '%s%04d%02d%02d%02d%d' % (pick(AREAS), year, month, day, R.randint(0, 99), g)
        return body + id_check(body)
    return unique_tail(make)


def luhn_digit(payload):
    tot = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def imei():
    def make():
        p = '86' + ''.join(str(R.randint(0, 9)) for _ in range(12))
        return p + luhn_digit(p)
    return unique_tail(make)


def digits(n):
    return ''.join(str(R.randint(0, 9)) for _ in range(n))


def new_family():
    home = pick(ESTATES)
    sur = pick(SURN)
    fam = dict(home=home, bldg=pick(BLDGS[home]), room='%d%02d' % (R.randint(2, 26), R.randint(1, 4)), sur=sur)
    psex = pick('MF')
    fam['adult'] = dict(sex=psex, age=R.randint(29, 44), name=new_name(sur if psex == 'M' else pick(SURN), 'adult', psex))
    esex = pick('MF')
    fam['elder'] = dict(sex=esex, age=R.randint(63, 86), name=new_name(sur if esex == 'M' else pick(SURN), 'elder', esex))
    csex = pick('MF')
    age = R.randint(6, 11) if chance(0.8) else R.randint(3, 5)
    fam['child'] = dict(sex=csex, age=age, name=new_name(sur, 'child', csex))
    if age >= 6:
        fam['child']['grade'] = age - 5
        fam['child']['cls'] = R.randint(1, 6)
    for k in ('adult', 'elder', 'child'):
        fam[k]['year'] = 2025 - fam[k]['age'] - (1 if chance(0.4) else 0)
    return fam


def room_label(fam):
    n = ''.join(ch for ch in fam['bldg'] if ch.isdigit()) or fam['bldg'][0]
    return '%s-%s' % (n, fam['room'])


def grade_cls(child):
    if 'grade' not in child:
        return '中班'
    return '%s(%d)班' % (cnum(child['grade']), child['cls'])


# ----------------------------------------------------------------------------- marks
# Visible marks: an owner may state them and a finder may see them.  Static ones list, for each
# value, (owner phrasings, finder phrasings); dynamic ones draw a value and fill templates.
# po / pf: how often an owner / a finder mentions the mark.  Tokens: {v} value, {kin} the child as
# the writer calls it, {cs} 男孩/女孩, {cls} class, {ch} the child's name.
MK = {
    'ph_case': dict(po=0.55, pf=0.7, v={
        'panda': (['熊猫图案的手机壳', '手机壳上印着熊猫', '壳子是熊猫的'], ['熊猫图案手机壳', '背面熊猫图案保护壳']),
        'clear': (['透明手机壳', '透明的软壳'], ['透明硅胶保护壳', '透明软壳']),
        'yellowed': (['透明壳，已经发黄了', '发黄的透明壳'], ['透明壳已泛黄', '泛黄的透明保护壳']),
        'flip': (['翻盖皮套', '带翻盖的皮套'], ['翻盖式皮套', '翻盖保护套']),
        'none': (['没有戴壳', '裸机没套壳'], ['无保护壳', '未带手机壳']),
        'ring': (['壳背面有个指环支架', '带指环扣的壳'], ['背面带金属指环支架', '手机壳带指环扣']),
        'lanyard': (['挂了根红色挂绳', '手机壳带红挂绳'], ['带红色挂绳', '挂有红色手机绳']),
        'rabbit': (['兔子耳朵的卡通壳', '兔子壳'], ['卡通兔耳手机壳', '兔子造型软壳']),
        'photo': (['壳后面夹了张{kin}的照片', '手机壳里夹着{kin}的照片'], ['透明壳背面夹有一张小孩照片', '壳内夹有一张儿童照片']),
        'flowers': (['小碎花的壳', '碎花手机壳'], ['碎花图案保护壳', '印小花的手机壳']),
        'cardslot': (['壳背面能插卡，里面插着公交卡', '插卡的手机壳，放了张公交卡'], ['手机壳背面卡槽内插有公交卡一张', '带卡槽保护壳（内有公交卡）']),
    }),
    'ph_screen': dict(po=0.4, pf=0.55, v={
        'crack_tl': (['屏幕左上角摔裂了', '屏幕左上角有裂痕'], ['屏幕左上角有裂纹', '屏幕左上角碎裂']),
        'crack_br': (['屏幕右下角碎了一块', '右下角屏幕裂了'], ['屏幕右下角破损', '右下角屏幕有裂痕']),
        'intact': (['屏幕是好的，没有碎', '屏幕完好'], ['屏幕完好无裂痕', '屏幕无破损']),
    }),
    'ph_wear': dict(add=True, pin=0.5, po=0.4, pf=0.5, v={
        'bubble': (['贴膜有点起泡', '钢化膜边上起泡了'], ['屏幕贴膜边缘起泡', '钢化膜有气泡']),
        'back_crack': (['后盖裂了一道', '背面玻璃碎了'], ['后盖玻璃有裂纹', '背板破裂']),
        'corner': (['边角磕掉了漆', '一个角磕坏了'], ['机身边角有磕碰掉漆', '一角有磕痕']),
    }),
    'ph_wall': dict(po=0.45, pf=0.45, v={
        'child': (['锁屏是{kin}的照片', '屏保是{kin}照片'], ['锁屏壁纸为一小孩照片', '亮屏可见儿童照片壁纸']),
        'dog': (['锁屏是我家狗的照片', '屏保是一只柯基'], ['锁屏壁纸为一只小狗', '亮屏显示柯基犬图片']),
        'lotus': (['锁屏是荷花图片', '屏保是一朵荷花'], ['锁屏为荷花图案', '壁纸为荷花']),
        'mountain': (['屏保是山水风景', '锁屏是山水画'], ['锁屏为山水风景图', '壁纸为风景照']),
        'cartoon': (['锁屏是蜡笔小新', '屏保是个卡通人物'], ['锁屏为卡通人物', '亮屏显示卡通图案']),
        'cat': (['锁屏是一只橘猫', '屏保是我家猫'], ['锁屏为橘猫照片', '壁纸为一只橘色猫']),
    }),
    'key_count': dict(po=0.6, pf=0.8, gen='keycount',
                      o=['{cv}把钥匙', '一共{cv}把', '有{cv}把钥匙'], f=['共{v}把钥匙', '钥匙{v}把', '含钥匙{v}把']),
    'key_pendant': dict(po=0.7, pf=0.75, v={
        'bear': (['挂着一个小熊挂件', '钥匙圈上有个棕色小熊'], ['挂有小熊玩偶挂件', '带熊形毛绒挂件']),
        'pingan': (['挂了个玉平安扣', '有个平安扣'], ['挂玉质平安扣一枚', '带平安扣挂件']),
        'bell': (['挂了个小铃铛', '上面有个铃铛'], ['带一个小铃铛', '挂有铜铃铛']),
        'carabiner': (['用登山扣扣着', '钥匙串在一个登山扣上'], ['钥匙串于登山扣上', '带金属登山扣']),
        'fish': (['挂着条小鱼挂件', '有个塑料小鱼'], ['挂小鱼造型挂件', '带鱼形挂饰']),
        'knot': (['挂了个中国结', '有红色中国结'], ['带红色中国结挂饰', '挂中国结一个']),
        'ultraman': (['挂着个奥特曼小人', '挂件是个奥特曼'], ['挂奥特曼塑料小人', '带奥特曼挂件']),
        'none': (['钥匙上没挂别的东西', '就光钥匙，没挂件'], ['无其他挂件', '未挂挂饰']),
        'case': (['装在一个皮质钥匙包里', '有个钥匙包'], ['装于皮质钥匙包内', '带钥匙包']),
        'peppa': (['挂着小猪佩奇', '有个佩奇挂件'], ['挂小猪佩奇挂件', '带粉色佩奇挂饰']),
    }),
    'key_label': dict(pin=0.45, po=0.6, pf=0.8, gen='room',
                      o=['门禁卡上贴着"{v}"', '门禁扣上写了{v}'], f=['门禁扣上手写"{v}"', '门禁卡贴有"{v}"字样']),
    'key_extra': dict(add=True, pin=0.5, po=0.6, pf=0.8, v={
        'ebike': (['还有一把电动车钥匙', '串着电瓶车钥匙'], ['另有电动车钥匙一把', '含电动车钥匙一把']),
        'mailbox': (['还有个小信箱钥匙', '带一把信报箱的小钥匙'], ['另含信报箱小钥匙', '有一把小型信箱钥匙']),
        'lock': (['还串着一把自行车锁的钥匙', '有个车锁钥匙'], ['另有自行车锁钥匙', '串有车锁小钥匙']),
    }),
    'ck_cover': dict(po=0.6, pf=0.8, v={
        'leather': (['套着棕色皮套', '钥匙套是棕色皮的'], ['套棕色皮质钥匙套', '带棕色皮套']),
        'pink': (['有个粉色硅胶套', '套了粉色软胶套'], ['带粉色硅胶钥匙套', '粉色硅胶保护套']),
        'none': (['没套钥匙套', '光钥匙没套'], ['无钥匙套', '未带保护套']),
        'clear': (['透明软套', '套着透明套子'], ['透明钥匙保护套', '带透明软胶套']),
    }),
    'ck_type': dict(po=0.5, pf=0.8, v={
        'flip': (['折叠弹出的钥匙', '按一下钥匙片会弹出来'], ['折叠式遥控钥匙', '带弹出钥匙片']),
        'smart': (['一键启动的智能钥匙', '没有钥匙片的那种'], ['智能遥控钥匙（无钥匙片）', '一体式智能钥匙']),
        'card': (['卡片式的钥匙', '像张卡片'], ['卡片式车钥匙', '卡片钥匙']),
    }),
    'ck_ring': dict(add=True, pin=0.7, po=0.5, pf=0.7, v={
        'gourd': (['挂了个小葫芦', '钥匙圈上有个铜葫芦'], ['挂铜质小葫芦', '带葫芦挂件']),
        'logo': (['钥匙扣是4S店送的那种', '带个4S店的钥匙扣'], ['带汽车品牌钥匙扣', '挂4S店赠送钥匙扣']),
        'photo': (['钥匙扣是个相框，里面是{kin}的照片', '挂着个小相框钥匙扣'], ['挂相框式钥匙扣（内有儿童照片）', '带小相框挂件']),
    }),
    'kw_name': dict(pin=0.6, po=0.5, pf=0.85, gen='childname',
                    o=['表带上写了孩子名字"{v}"', '表带内侧贴着{v}的名字'], f=['表带内侧写有"{v}"', '表带贴姓名贴"{v}"']),
    'kw_dial': dict(po=0.45, pf=0.5, v={
        'photo': (['表盘是{kin}自己的照片', '表盘照片就是{kin}'], ['表盘为一{cs}照片', '屏幕显示{cs}照片']),
        'ultraman': (['表盘是奥特曼', '表盘图案是奥特曼'], ['表盘为奥特曼图案', '屏幕显示奥特曼']),
        'elsa': (['表盘是艾莎公主', '表盘是冰雪奇缘的'], ['表盘为冰雪公主图案', '屏幕显示卡通公主']),
        'dino': (['表盘是恐龙', '恐龙表盘'], ['表盘为恐龙图案', '屏幕显示恐龙']),
        'space': (['表盘是小宇航员', '太空人表盘'], ['表盘为宇航员图案', '屏幕显示太空人']),
    }),
    'kw_case': dict(add=True, pin=0.7, po=0.4, pf=0.6, v={
        'sticker': (['表壳上贴了星星贴纸', '背面贴了个小星星'], ['表壳贴有星星贴纸', '背面有星形贴纸']),
        'scratch': (['屏幕划得挺花', '表面有好几道划痕'], ['屏幕多处划痕', '表面磨损明显']),
        'cover': (['套了个硅胶保护套', '外面有个透明保护壳'], ['带硅胶保护套', '外加透明保护壳']),
    }),
    'ha_side': dict(po=0.7, pf=0.6, v={
        'left': (['是左耳的', '左耳戴的那只'], ['标有蓝色L标识（左耳）', '外壳有蓝点，应为左耳']),
        'right': (['右耳的', '右边耳朵戴的'], ['标有红色R标识（右耳）', '外壳有红点，应为右耳']),
    }),
    'ha_box': dict(po=0.5, pf=0.7, v={
        'blue': (['装在一个蓝色小圆盒里', '连盒子一起丢的，蓝色圆盒'], ['装于蓝色圆形收纳盒内', '附蓝色小圆盒']),
        'black': (['装在黑色方盒子里', '有个黑色小方盒'], ['装于黑色方形盒内', '附黑色收纳盒']),
        'none': (['没装盒子，就一只助听器', '光一只，没盒子'], ['无收纳盒', '单只，无包装盒']),
    }),
    'ha_tube': dict(po=0.35, pf=0.6, v={
        'tube': (['有根透明的细管子', '耳塞连着透明导管'], ['带透明导声管', '附透明细管耳塞']),
        'wire': (['连着细线的耳塞', '耳塞那头带根细电线'], ['受话器带细导线', '带细导线受话器']),
    }),
    'eb_cover': dict(po=0.6, pf=0.8, v={
        'duck': (['充电盒套着小黄鸭的套', '盒子上有黄鸭套子'], ['充电盒套黄色鸭子保护套', '带小黄鸭硅胶套']),
        'clear': (['套了个透明壳', '透明壳子'], ['充电盒带透明保护壳', '透明外壳']),
        'none': (['没有套壳', '光盒子没套'], ['充电盒无保护套', '未带保护套']),
        'kuromi': (['套着库洛米的套', '紫色库洛米套子'], ['充电盒套库洛米图案套', '带紫色卡通保护套']),
        'leather': (['皮质的保护套', '棕色皮套'], ['棕色皮质保护套', '带皮质外套']),
    }),
    'eb_inside': dict(po=0.5, pf=0.7, v={
        'one': (['盒子里只剩一只耳机，另一只早丢了', '盒里就一只'], ['盒内仅一只耳机', '充电盒内只有一只耳机']),
        'both': (['两只耳机都在盒子里', '一整套，两只都在'], ['盒内两只耳机齐全', '耳机两只齐全']),
    }),
    'tb_case': dict(po=0.6, pf=0.8, v={
        'keyboard': (['带键盘保护套', '连着蓝牙键盘'], ['带键盘式保护套', '附蓝牙键盘套']),
        'kid': (['套着儿童防摔套，有手柄', '橙色防摔壳带把手'], ['带儿童防摔保护套（有手柄）', '防摔壳带提手']),
        'blue': (['蓝色翻盖保护套', '保护套是蓝色翻盖的'], ['蓝色翻盖皮套', '带蓝色智能保护套']),
    }),
    'tb_sticker': dict(add=True, pin=0.5, po=0.5, pf=0.6, v={
        'stickers': (['后面贴了好多贴纸', '背面贴着卡通贴纸'], ['背面贴满卡通贴纸', '背部有多张贴纸']),
        'name': (['背面贴了{ch}的名字', '背后贴着孩子名字贴'], ['背面贴有姓名贴', '背部贴有儿童姓名贴']),
    }),
    'rp_name': dict(pin=0.6, po=0.5, pf=0.8, gen='childname',
                    o=['笔上贴了名字{v}', '笔身贴着"{v}"'], f=['笔身贴有姓名贴"{v}"', '贴有"{v}"名字']),
    'rp_cap': dict(po=0.4, pf=0.7, v={
        'bear': (['笔帽是小熊头的', '顶上是个熊脑袋'], ['笔帽为卡通熊头造型', '顶端熊头造型']),
        'plain': (['普通直筒的', '就是普通笔的样子'], ['普通直筒造型', '直筒式']),
    }),
    'rp_strap': dict(add=True, pin=0.5, po=0.4, pf=0.6, v={
        'strap': (['挂着根挂绳', '带个挂绳'], ['带挂绳', '附挂绳一根']),
        'sticker': (['笔身贴了卡通贴纸', '贴着小贴纸'], ['笔身贴卡通贴纸', '贴有小贴纸']),
    }),
    'pb_cap': dict(po=0.4, pf=0.7, v={
        '10000': (['一万毫安的', '10000毫安'], ['标注10000mAh', '容量10000mAh']),
        '20000': (['两万毫安的', '20000毫安的大充电宝'], ['标注20000mAh', '容量20000mAh']),
    }),
    'pb_shape': dict(po=0.5, pf=0.7, v={
        'slim': (['薄薄的一块', '超薄的'], ['超薄款', '薄片式']),
        'magnet': (['磁吸的，能吸在手机背后', '磁吸款'], ['磁吸式', '背面带磁吸']),
        'brick': (['方方正正挺厚的', '厚厚一块'], ['方块厚款', '较厚方形']),
    }),
    'pb_extra': dict(add=True, po=0.5, pf=0.7, v={
        'cable': (['上面插着一根数据线', '连着根白色充电线'], ['附带一根数据线', '插有充电线一根']),
        'sticker': (['贴了张小猫贴纸', '上面有个猫咪贴纸'], ['贴有猫咪贴纸', '外壳贴小猫贴纸']),
        'none': (['就光一个充电宝', '没带线'], ['无数据线', '未附其他配件']),
    }),
    'bt_type': dict(po=0.5, pf=0.7, v={
        'straw': (['吸管杯', '带吸管的'], ['吸管式水杯', '带吸管']),
        'direct': (['直饮的，按一下弹盖', '弹盖直接喝的'], ['弹盖直饮杯', '直饮式']),
        'steel': (['不锈钢保温的', '保温的水壶'], ['不锈钢保温杯', '保温水壶']),
    }),
    'bt_name': dict(pin=0.6, po=0.6, pf=0.85, gen='childname',
                    o=['杯子上贴着名字贴"{cls} {v}"', '杯底写了{v}'], f=['贴有姓名贴"{cls} {v}"', '杯底写有"{v}"']),
    'bt_sticker': dict(po=0.5, pf=0.7, v={
        'ultraman': (['上面是奥特曼', '印着奥特曼'], ['奥特曼图案', '印有奥特曼']),
        'elsa': (['冰雪奇缘图案的', '上面是艾莎公主'], ['冰雪公主图案', '印有卡通公主']),
        'dino': (['印着恐龙', '恐龙图案的'], ['恐龙图案', '印有小恐龙']),
        'rabbit': (['小兔子图案', '上面有只兔子'], ['兔子图案', '印有卡通兔']),
        'car': (['印着小汽车', '汽车图案'], ['小汽车图案', '印有汽车']),
        'paw': (['汪汪队的图案', '印着汪汪队'], ['汪汪队图案', '印有卡通狗狗队']),
    }),
    'bt_strap': dict(add=True, pin=0.6, po=0.4, pf=0.6, v={
        'blue': (['带一根蓝色背带', '有根蓝色斜挎带'], ['附蓝色背带', '带蓝色斜挎背带']),
        'pink': (['带粉色背带', '有根粉色挎带'], ['附粉色背带', '带粉色斜挎带']),
        'dent': (['杯底磕瘪了一块', '底部有个凹坑'], ['杯底有凹痕', '底部有磕碰凹陷']),
    }),
    'gl_case': dict(po=0.6, pf=0.8, v={
        'brown': (['装在棕色硬壳眼镜盒里', '眼镜盒是棕色的'], ['装于棕色硬质眼镜盒', '附棕色眼镜盒']),
        'cloth': (['装在个布袋子里', '用眼镜布包着'], ['装于绒布眼镜袋', '有绒布袋']),
        'none': (['没有盒子', '光眼镜，没装盒'], ['无眼镜盒', '未装盒']),
        'red': (['眼镜盒是红色的', '红盒子装着'], ['装于红色眼镜盒内', '附红色眼镜盒']),
        'black': (['黑色眼镜盒', '装在黑盒子里'], ['装于黑色眼镜盒', '附黑色硬盒']),
    }),
    'gl_chain': dict(pin=0.4, po=0.5, pf=0.8, v={
        'chain': (['眼镜腿上挂着眼镜链', '有根挂脖子的链子'], ['带防滑眼镜链', '镜腿挂有眼镜绳']),
        'beads': (['挂着串珠子的眼镜绳', '眼镜绳是珠子串的'], ['挂串珠眼镜链', '带珠串眼镜绳']),
    }),
    'gl_fix': dict(add=True, pin=0.5, po=0.6, pf=0.7, v={
        'tape': (['一条腿用胶布缠过', '镜腿缠了白胶布'], ['一侧镜腿缠有白色胶布', '镜腿有胶布修补痕迹']),
        'bent': (['一边镜腿有点歪', '镜腿歪了'], ['一侧镜腿歪斜', '镜腿变形']),
        'scratch': (['镜片有划痕', '镜片花了'], ['镜片有明显划痕', '镜片磨花']),
    }),
    'gl_rim': dict(po=0.4, pf=0.6, v={
        'full': (['全框的', '框是全包的'], ['全框镜架', '全框']),
        'half': (['半框的，下面没框', '半框'], ['半框镜架', '半框']),
        'rimless': (['无框的', '没有镜框的那种'], ['无框镜架', '无框']),
    }),
    'st_type': dict(po=0.7, pf=0.8, v={
        'quad': (['四个脚的拐杖', '下面四个脚'], ['四脚拐杖', '底部四脚支撑']),
        'single': (['单根的', '普通单脚的'], ['单脚手杖', '单头拐杖']),
        'fold': (['能折叠的', '折叠的，可以收起来'], ['可折叠手杖', '折叠式']),
    }),
    'st_handle': dict(po=0.5, pf=0.7, v={
        'wood': (['木头把手', '木柄的'], ['木质手柄', '木柄']),
        'sponge': (['把手是海绵的', '海绵套把手'], ['海绵手柄', '手柄套海绵']),
        'tee': (['T字形把手', '丁字把'], ['T型把手', '丁字形手柄']),
    }),
    'st_tie': dict(add=True, pin=0.6, po=0.6, pf=0.8, v={
        'red': (['把手上系着红布条', '拴了根红绳'], ['手柄系有红布条', '拴红绳一根']),
        'light': (['带个小手电筒', '把手上有灯'], ['手柄带照明灯', '附小手电']),
        'bell': (['上面挂个铃铛', '拴着个小铃铛'], ['挂有小铃铛', '拴铃铛一个']),
    }),
    'cl_pet': dict(po=0.7, pf=0.85, gen='pet',
                   o=['牌子上刻着"{v}"', '狗牌上是我家狗的名字{v}'], f=['吊牌刻字"{v}"', '狗牌上刻有"{v}"']),
    'cl_phone': dict(pin=0.6, po=0.4, pf=0.7, gen='mphone',
                     o=['狗牌背面有我的电话{v}', '牌子上刻了电话{v}'], f=['吊牌背面刻有电话{v}', '狗牌刻电话号码{v}']),
    'cl_style': dict(po=0.5, pf=0.7, v={
        'rivet': (['皮项圈带铆钉', '有一圈铆钉'], ['铆钉皮项圈', '带金属铆钉']),
        'nylon': (['尼龙的，可以调节', '织带的'], ['尼龙织带项圈', '可调节尼龙项圈']),
        'leather': (['光面皮项圈，没有铆钉', '普通皮的'], ['光面皮质项圈', '素面皮项圈']),
        'chain': (['金属链子的', 'P字链'], ['金属链式项圈', '金属P链']),
    }),
    'cl_bell': dict(add=True, pin=0.5, po=0.5, pf=0.7, v={
        'bell': (['带个小铃铛', '有铃铛'], ['带铃铛', '挂小铃铛一个']),
        'bow': (['有个蝴蝶结', '带蝴蝶结'], ['带蝴蝶结装饰', '有蝴蝶结']),
    }),
    'sc_wheels': dict(po=0.5, pf=0.7, v={
        'flash': (['轮子会发光', '闪光轮的'], ['闪光轮', '轮子可发光']),
        'plain': (['轮子是普通的，不发光', '普通轮子'], ['轮子无闪光', '普通PU轮']),
    }),
    'sc_seat': dict(add=True, pin=0.5, po=0.6, pf=0.8, v={
        'seat': (['带个小座椅', '可以坐的那种'], ['带座椅', '附可拆卸座椅']),
        'basket': (['前面挂了个小篮子', '车头有个小筐'], ['车头挂小篮子', '带前置小筐']),
    }),
    'sc_frame': dict(po=0.5, pf=0.7, v={
        'three': (['三个轮子的', '前两后一的三轮'], ['三轮滑板车', '前二后一三轮']),
        'two': (['两个轮子的', '两轮的'], ['两轮滑板车', '两轮式']),
    }),
    'sc_sticker': dict(add=True, po=0.5, pf=0.7, v={
        'paw': (['踏板上贴着汪汪队', '车板贴了汪汪队'], ['踏板贴汪汪队贴纸', '贴有汪汪队图案']),
        'elsa': (['踏板上是冰雪奇缘', '贴着艾莎'], ['踏板贴冰雪公主贴纸', '贴卡通公主图案']),
        'car': (['贴了好多小汽车贴纸', '踏板上有赛车贴纸'], ['踏板贴赛车贴纸', '贴有汽车贴纸']),
        'none': (['上面没贴东西', '没有贴纸'], ['踏板无贴纸', '无贴纸']),
    }),
    'um_pattern': dict(po=0.6, pf=0.8, v={
        'dots': (['白色波点的', '上面有波点'], ['波点图案', '带圆点花纹']),
        'plaid': (['格子的', '英伦格子'], ['格纹', '格子图案']),
        'plain': (['纯色的', '没花纹'], ['纯色无图案', '素色']),
        'duck': (['小黄鸭图案', '印着鸭子'], ['小黄鸭印花', '鸭子图案']),
        'flowers': (['印着小花', '碎花伞'], ['碎花图案', '印花']),
    }),
    'um_type': dict(po=0.5, pf=0.7, v={
        'fold': (['折叠伞', '三折的'], ['三折折叠伞', '折叠式']),
        'long': (['长柄伞', '直杆长伞'], ['长柄直杆伞', '长伞']),
    }),
    'um_flaw': dict(add=True, pin=0.5, po=0.5, pf=0.6, v={
        'rib': (['有根伞骨断了', '一根骨架坏了'], ['一根伞骨折断', '伞骨有损坏']),
        'wood': (['木头弯把', '木柄的'], ['木质弯柄', '木柄']),
    }),
    'ty_what': dict(po=0.9, pf=0.95, v={
        'rabbit': (['毛绒兔子', '一只毛绒小兔'], ['毛绒兔子玩偶', '兔子毛绒玩具']),
        'ultraman': (['奥特曼手办', '奥特曼玩偶'], ['奥特曼塑料玩偶', '奥特曼人偶']),
        'car': (['合金小汽车', '玩具小汽车'], ['合金玩具车', '小汽车模型']),
        'bear': (['毛绒小熊', '小熊玩偶'], ['毛绒小熊', '熊玩偶']),
        'dino': (['恐龙玩具', '一只塑料恐龙'], ['塑料恐龙玩具', '恐龙模型']),
    }),
    'ty_size': dict(po=0.5, pf=0.7, v={
        'small': (['巴掌大小的', '小小的一个'], ['约巴掌大小', '体积较小']),
        'big': (['抱枕那么大', '挺大一个'], ['体积较大，约40厘米', '大号']),
    }),
    'ty_flaw': dict(add=True, pin=0.5, po=0.5, pf=0.6, v={
        'ear': (['一只耳朵缝过', '耳朵上有补过的线'], ['一只耳朵有缝补痕迹', '耳部有缝线']),
        'dirty': (['有点脏了', '旧旧的'], ['较脏旧', '有污渍']),
        'ribbon': (['脖子上系了个蝴蝶结', '系着蝴蝶结'], ['颈部系蝴蝶结', '带蝴蝶结']),
    }),
    'tm_lid': dict(po=0.5, pf=0.7, v={
        'flip': (['弹盖的', '按一下盖子就弹开'], ['弹盖式', '按压弹盖']),
        'screw': (['拧盖的', '旋盖的'], ['旋盖式', '螺旋杯盖']),
        'cup': (['盖子能当杯子倒水', '带个杯盖'], ['杯盖可作杯子', '带倒水杯盖']),
    }),
    'tm_sleeve': dict(add=True, po=0.5, pf=0.7, v={
        'sleeve': (['套着个布杯套', '外面有个杯套'], ['外有布质杯套', '带杯套']),
        'strap': (['带提绳', '盖子上有提手'], ['杯盖带提绳', '带提手']),
        'dent': (['杯身磕瘪了一块', '有个凹坑'], ['杯身有凹痕', '有磕碰凹陷']),
    }),
    'jk_type': dict(po=0.8, pf=0.9, v={
        'uniform': (['澜苑实验小学的校服外套', '是校服'], ['澜苑实验小学校服外套', '校服外套']),
        'fleece': (['摇粒绒外套', '抓绒的'], ['抓绒外套', '摇粒绒材质']),
        'wind': (['冲锋衣', '防风的外套'], ['冲锋衣外套', '防风外套']),
    }),
    'jk_size': dict(po=0.5, pf=0.7, v={
        '120': (['120码的', '尺码120'], ['尺码120', '领标120']),
        '130': (['130码的', '尺码130'], ['尺码130', '领标130']),
        '140': (['140码的', '尺码140'], ['尺码140', '领标140']),
        '150': (['150码的', '尺码150'], ['尺码150', '领标150']),
    }),
    'jk_name': dict(pin=0.5, po=0.6, pf=0.8, gen='childname',
                    o=['领子里写了名字{v}', '衣服里缝了名字{v}'], f=['领口内写有"{v}"', '衣内缝有姓名条"{v}"']),
    'sb_pattern': dict(po=0.6, pf=0.8, v={
        'ultraman': (['奥特曼图案的', '上面是奥特曼'], ['奥特曼图案', '印有奥特曼']),
        'elsa': (['冰雪公主的', '印着艾莎'], ['冰雪公主图案', '印有卡通公主']),
        'space': (['太空人图案', '印着宇航员'], ['宇航员图案', '太空主题图案']),
        'dino': (['恐龙图案的', '有恐龙'], ['恐龙图案', '印有恐龙']),
        'unicorn': (['独角兽图案', '印着独角兽'], ['独角兽图案', '印有彩虹独角兽']),
        'plain': (['纯色的，没图案', '素的'], ['纯色无图案', '素色']),
    }),
    'sb_name': dict(pin=0.7, po=0.6, pf=0.8, gen='childname',
                    o=['书包里的本子上都写着名字{v}，{cls}', '书包上挂了姓名牌，{cls}{v}'],
                    f=['内有作业本，署名"{cls} {v}"', '书包挂有姓名牌"{v}"']),
    'sb_contents': dict(add=True, po=0.5, pf=0.6, v={
        'books': (['里面有语文数学书和作业本', '装着课本和作业'], ['内有课本、作业本若干', '装有语文、数学课本及作业本']),
        'paint': (['里面还有一盒水彩笔', '装了一盒24色水彩笔'], ['内有水彩笔一盒', '有彩笔一盒']),
        'rope': (['跳绳也在里面', '装着一根跳绳'], ['内有跳绳一根', '另有跳绳']),
        'lunch': (['里面有个饭盒', '装着饭盒和勺子'], ['内有饭盒一个', '有饭盒及餐具']),
    }),
    'sb_charm': dict(add=True, pin=0.5, po=0.5, pf=0.7, v={
        'bear': (['书包上挂了个小熊', '拉链上挂着小熊挂件'], ['书包挂小熊挂件', '拉链挂毛绒熊']),
        'reflect': (['书包侧面有反光条', '有黄色反光条'], ['侧面带反光条', '有黄色反光条']),
        'tag': (['挂着个塑料名牌', '挂了个小牌子'], ['挂有塑料名牌', '挂小牌一个']),
    }),
    'sp_print': dict(po=0.5, pf=0.8, v={
        'huilin': (['惠邻超市送的袋子', '印着惠邻超市'], ['印有"惠邻超市"字样', '惠邻超市环保袋']),
        'community': (['印着"澜苑社区"的环保袋', '社区发的那种袋子'], ['印"澜苑社区垃圾分类"字样', '社区宣传环保袋']),
        'plain': (['普通布袋，没字', '素的'], ['无印字', '素色无图案']),
    }),
    'sp_type': dict(po=0.5, pf=0.8, v={
        'canvas': (['帆布袋', '帆布的'], ['帆布袋', '帆布材质']),
        'nonwoven': (['无纺布袋', '无纺布的'], ['无纺布袋', '无纺布材质']),
        'mesh': (['网兜', '网眼袋'], ['网兜式', '网眼袋']),
    }),
    'sp_contents': dict(add=True, po=0.7, pf=0.8, v={
        'veg': (['里面有一把芹菜和几个西红柿', '装着刚买的芹菜西红柿'], ['内有芹菜一把、西红柿若干', '装有芹菜、西红柿']),
        'ribs': (['有两斤排骨', '装着排骨'], ['内有排骨一袋', '装有生排骨约一公斤']),
        'fish': (['一条鲫鱼', '买的鱼'], ['内有鲫鱼一条', '装鲜鱼一条']),
        'eggs': (['一盒鸡蛋', '装着鸡蛋'], ['内有鸡蛋一盒', '装鸡蛋一盒']),
        'medicine': (['有在卫生站拿的降压药', '有几盒药'], ['内有药品数盒（降压药）', '另有药盒若干']),
    }),
    'hb_material': dict(po=0.5, pf=0.7, v={
        'leather': (['真皮的', '牛皮包'], ['皮质', '牛皮材质']),
        'canvas': (['帆布的', '帆布包'], ['帆布材质', '帆布']),
        'pu': (['人造革的', 'PU皮的'], ['PU材质', '人造革']),
    }),
    'hb_shape': dict(po=0.5, pf=0.7, v={
        'tote': (['托特包', '方方的大包'], ['托特包款', '方形大容量']),
        'bucket': (['水桶包', '圆筒形的'], ['水桶包款', '圆筒形']),
        'cross': (['小斜挎包', '长带子斜挎的'], ['斜挎小包', '长肩带斜挎式']),
        'shell': (['贝壳包', '半圆形的'], ['贝壳包款', '半圆形']),
    }),
    'hb_contents': dict(add=True, po=0.6, pf=0.6, v={
        'tissue': (['里面有纸巾和一把折叠伞', '装着纸巾、雨伞'], ['内有纸巾、折叠伞', '装有纸巾一包及雨伞一把']),
        'medicine': (['有几板药和病历本', '装着病历本和药'], ['内有病历本及药品', '装有病历本一本、药若干']),
        'makeup': (['里面有口红和小镜子', '化妆包在里面'], ['内有口红、小镜子等化妆品', '装有化妆包一个']),
    }),
    'hb_charm': dict(add=True, pin=0.5, po=0.6, pf=0.7, v={
        'scarf': (['包带上系了条丝巾', '系着一条花丝巾'], ['包带系有丝巾', '挂有花色丝巾']),
        'tassel': (['挂着个流苏挂件', '有流苏'], ['挂流苏挂饰', '带流苏']),
    }),
    'bp_contents': dict(add=True, po=0.7, pf=0.7, v={
        'clothes': (['装着健身的衣服和毛巾', '里面是运动衣'], ['内有运动服、毛巾', '装有运动衣物']),
        'docs': (['有一沓合同文件', '里面有工作资料'], ['内有文件资料一叠', '装有合同文件若干']),
        'toys': (['装着孩子的玩具和零食', '里面是孩子的东西，水杯零食'], ['内有儿童玩具、零食', '装有儿童水杯、零食等']),
    }),
    'bp_style': dict(po=0.5, pf=0.7, v={
        'flap': (['翻盖的', '上面是翻盖'], ['翻盖式', '翻盖双肩包']),
        'zip': (['普通拉链款', '拉链开口的'], ['拉链开口', '普通拉链式']),
        'roll': (['卷口的', '顶上是卷口'], ['卷口式', '卷口设计']),
    }),
    'bp_patch': dict(add=True, pin=0.5, po=0.5, pf=0.7, v={
        'badge': (['包上别了几个徽章', '挂着几个胸章'], ['背包上别有徽章数枚', '有装饰徽章']),
        'reflect': (['有反光条', '侧面反光条'], ['带反光条', '侧面有反光条']),
    }),
    'wl_form': dict(po=0.5, pf=0.7, v={
        'long': (['长款的', '长钱包'], ['长款钱包', '长款']),
        'short': (['短款对折的', '对折的短钱包'], ['短款对折', '对折短款']),
        'zip': (['拉链款', '一圈拉链的'], ['拉链式', '全拉链']),
    }),
    'wl_cash': dict(pin=0.9, po=0.7, pf=0.6, gen='cash', rng=True),
    'wl_id': dict(pin=0.5, po=0.6, pf=0.85, gen='holder_adult',
                  o=['身份证也在里面（{v}的）', '里面有我的身份证，名字{v}'], f=['内有身份证一张，姓名{v}', '内含{v}的身份证']),
    'wl_photo': dict(add=True, pin=0.4, po=0.6, pf=0.6, v={
        'child': (['夹层有张{kin}的照片', '里面夹着{kin}小时候的照片'], ['夹层内有一张儿童照片', '内有小孩照片一张']),
        'couple': (['有张我们老两口的合影', '夹着一张和老伴的合影'], ['内有老年夫妇合影一张', '有两位老人合照']),
    }),
    'wl_cards': dict(add=True, pin=0.6, po=0.5, pf=0.7, v={
        'bus': (['还有一张公交卡', '有公交卡'], ['另有公交卡一张', '内有公交卡']),
        'member': (['有张惠邻超市的会员卡', '超市会员卡也在'], ['内有惠邻超市会员卡', '有超市会员卡一张']),
        'medical': (['医保卡在里面', '还有医保卡'], ['内有医保卡一张', '另有医保卡']),
    }),
    'ch_name': dict(po=0.7, pf=0.9, gen='holder_elder',
                    o=['里面有老年卡，名字是{v}', '卡包里老年卡上是{v}'], f=['内有老年卡一张，姓名{v}', '内含{v}的老年卡']),
    'ch_cash': dict(pin=0.6, po=0.5, pf=0.5, gen='cashs', rng=True),
    'ch_style': dict(add=True, po=0.5, pf=0.7, v={
        'lanyard': (['带挂绳，平时挂脖子上', '有根挂绳'], ['带挂绳', '附挂绳']),
        'zip': (['拉链的小卡包', '带拉链'], ['拉链式卡包', '带拉链']),
        'clip': (['按扣的', '有个按扣'], ['按扣式', '带按扣']),
    }),
    'id_holder': dict(po=0.95, pf=0.95, gen='holder',
                      o=['名字是{v}', '证上是{v}'], f=['姓名{v}', '持证人{v}']),
    'id_cover': dict(add=True, pin=0.6, po=0.5, pf=0.7, v={
        'sleeve': (['套着透明卡套', '有个透明卡套'], ['装于透明卡套内', '带透明卡套']),
        'bus': (['和公交卡套在一起', '跟公交卡放在一个卡套里'], ['与公交卡一张同放于卡套内', '卡套内另有公交卡']),
        'lanyard': (['卡套带挂绳', '挂着根挂绳'], ['卡套带挂绳', '附挂绳']),
    }),
    'ss_bank': dict(po=0.4, pf=0.7, v={
        'abc': (['农业银行的社保卡', '农行的'], ['农业银行发行', '印有农业银行标识']),
        'ccb': (['建设银行的', '建行发的'], ['建设银行社保卡', '印有建设银行标识']),
        'icbc': (['工商银行的', '工行的'], ['工商银行发行', '印有工商银行标识']),
    }),
    'sc_class': dict(po=0.6, pf=0.8, gen='cls', o=['{v}的', '孩子在{v}'], f=['卡面班级{v}', '班级：{v}']),
    'lan_color': dict(pin=0.7, po=0.4, pf=0.6, v={
        'red': (['挂着红色挂绳', '红绳子'], ['带红色挂绳', '附红色挂绳']),
        'blue': (['挂绳是蓝色的', '蓝色挂绳'], ['带蓝色挂绳', '附蓝色挂绳']),
        'green': (['绿色挂绳', '挂绳是绿的'], ['带绿色挂绳', '附绿色挂绳']),
    }),
    'dl_cover': dict(po=0.5, pf=0.7, v={
        'black': (['黑色皮套', '装在黑色本本里'], ['装于黑色皮套内', '黑色证件皮套']),
        'brown': (['棕色皮套', '咖啡色的套子'], ['装于棕色皮套内', '棕色证件套']),
    }),
    'gb_pattern': dict(po=0.6, pf=0.8, v={
        'fu': (['上面刻着福字', '有福字花纹'], ['刻有"福"字纹样', '福字纹']),
        'plain': (['光面的，没花纹', '素面的'], ['光面无花纹', '素面']),
        'flower': (['雕着花', '有花纹'], ['雕花纹饰', '花卉纹']),
        'gufa': (['古法的，哑光', '古法工艺'], ['古法磨砂工艺', '哑光古法']),
    }),
    'gb_grams': dict(po=0.6, pf=0.5, gen='grams', o=['大概{v}克', '{v}克左右'], f=['称重约{v}克', '重约{v}克']),
    'gb_open': dict(po=0.4, pf=0.7, v={
        'open': (['开口的，可以调', '开口镯'], ['开口式', '开口可调']),
        'closed': (['闭口的', '圆圈闭口的'], ['闭口式', '闭口镯']),
    }),
    'jb_shape': dict(po=0.5, pf=0.7, v={
        'round': (['圆条的', '圆口圆条'], ['圆条镯', '圆条']),
        'flat': (['扁条的贵妃镯', '扁扁的那种'], ['扁条贵妃镯', '扁口贵妃镯']),
    }),
    'jb_size': dict(po=0.4, pf=0.6, v={
        '54': (['圈口54的', '54圈口'], ['圈口约54毫米', '内径54mm']),
        '56': (['圈口56的', '56圈口'], ['圈口约56毫米', '内径56mm']),
        '58': (['圈口58的', '58圈口'], ['圈口约58毫米', '内径58mm']),
    }),
    'jb_flaw': dict(add=True, po=0.6, pf=0.8, v={
        'goldwrap': (['有一处裂了用金子包过', '包过金'], ['有一处包金修补', '一侧包金']),
        'float': (['里面有飘花', '有绿色飘花'], ['镯身有飘花', '带飘花']),
        'crack': (['有一道细纹', '有条小裂纹'], ['有一道细裂纹', '镯身有细纹']),
        'none': (['没有瑕疵', '很干净'], ['无明显瑕疵', '完好']),
    }),
    'gn_pendant': dict(po=0.7, pf=0.8, v={
        'guanyin': (['带个观音吊坠', '吊坠是观音'], ['配观音吊坠', '带观音像吊坠']),
        'pingan': (['吊坠是平安扣', '挂着平安扣'], ['配平安扣吊坠', '带平安扣']),
        'rabbit': (['生肖兔的吊坠', '吊坠是小兔子'], ['兔形吊坠', '配生肖兔吊坠']),
        'heart': (['心形吊坠', '挂个爱心'], ['心形吊坠', '配爱心吊坠']),
        'none': (['没有吊坠，光链子', '光链子'], ['无吊坠', '仅链子']),
    }),
    'gn_chain': dict(po=0.4, pf=0.6, v={
        'whip': (['马鞭链', '马鞭链款'], ['马鞭链', '马鞭链款']),
        'box': (['方块链', '盒子链'], ['方盒链', '方块链']),
        'bead': (['带转运珠的', '珠子链'], ['带转运珠', '珠链']),
    }),
    'pn_size': dict(po=0.5, pf=0.7, v={
        'small': (['珠子小小的', '小颗的'], ['珍珠直径约6毫米', '小颗珍珠']),
        'big': (['珠子挺大的', '大颗的'], ['珍珠直径约10毫米', '大颗珍珠']),
    }),
    'pn_clasp': dict(po=0.5, pf=0.7, v={
        'silver': (['银扣子', '扣子是银的'], ['银色搭扣', '银扣']),
        'gold': (['金扣子', '扣子是金色的'], ['金色搭扣', '金扣']),
    }),
    'ri_engrave': dict(pin=0.7, po=0.7, pf=0.8, gen='engrave',
                       o=['戒指内圈刻着"{v}"', '里面刻了{v}'], f=['内圈刻有"{v}"', '戒圈内侧刻"{v}"']),
    'ri_stone': dict(po=0.7, pf=0.8, v={
        'diamond': (['镶了颗小钻', '有颗小钻石'], ['镶有一颗小钻', '镶白色小钻一颗']),
        'none': (['素圈，没镶东西', '光圈'], ['素圈无镶嵌', '光面素圈']),
        'ruby': (['有颗红宝石', '镶着红色的石头'], ['镶红色宝石', '镶红宝石一颗']),
    }),
    'ri_size': dict(po=0.4, pf=0.6, v={
        '12': (['12号圈口', '戒圈12号'], ['圈号约12', '指圈12号']),
        '14': (['14号圈口', '戒圈14号'], ['圈号约14', '指圈14号']),
        '16': (['16号圈口', '戒圈16号'], ['圈号约16', '指圈16号']),
        '18': (['18号圈口', '戒圈18号'], ['圈号约18', '指圈18号']),
    }),
    'er_style': dict(po=0.7, pf=0.8, v={
        'hoop': (['圆圈耳环', '圈圈的'], ['圈形耳环', '环形耳环']),
        'drop': (['吊坠式的，垂下来', '垂吊的'], ['垂吊式耳坠', '耳坠']),
        'stud': (['耳钉', '小耳钉'], ['耳钉', '钉式耳饰']),
    }),
    'er_count': dict(po=0.7, pf=0.9, v={
        'single': (['就丢了一只', '只丢了一个'], ['单只', '仅一只']),
        'pair': (['一对都丢了', '两只一起'], ['一对', '两只']),
    }),
    'bl_engrave': dict(po=0.7, pf=0.8, v={
        'changming': (['刻着"长命百岁"', '上面是长命百岁'], ['刻有"长命百岁"', '正面"长命百岁"字样']),
        'pingan': (['刻"平安喜乐"', '上面写着平安喜乐'], ['刻有"平安喜乐"', '正面"平安喜乐"字样']),
        'fugui': (['刻着"富贵吉祥"', '写的富贵吉祥'], ['刻有"富贵吉祥"', '正面"富贵吉祥"字样']),
    }),
    'bl_size': dict(po=0.4, pf=0.6, v={
        'small': (['小小的，一寸多', '不大'], ['长约3厘米', '小号']),
        'big': (['挺大的，有五厘米', '大号的'], ['长约5厘米', '大号']),
    }),
    'bl_bells': dict(add=True, pin=0.6, po=0.6, pf=0.8, v={
        'bells': (['下面挂着小铃铛', '有几个小铃铛'], ['下缀小铃铛', '挂有铃铛数个']),
        'chain': (['配了根红绳', '穿着红绳'], ['穿红绳', '配红绳']),
    }),
    'ca_amount': dict(po=0.95, pf=0.85, gen='cash', rng=True),
    'ca_pack': dict(po=0.7, pf=0.9, v={
        'envelope': (['装在牛皮纸信封里', '用信封装着'], ['装于牛皮纸信封内', '牛皮纸信封装']),
        'hongbao': (['装在红包里', '红包装着'], ['装于红包内', '红包一个']),
        'rubber': (['用橡皮筋扎着', '一沓用皮筋捆着'], ['以橡皮筋捆扎', '皮筋捆扎']),
        'plastic': (['装在小塑料袋里', '塑料袋包着'], ['装于透明塑料袋内', '塑料袋装']),
    }),
    'ca_denom': dict(po=0.5, pf=0.8, v={
        'hundreds': (['都是一百的', '全是百元的'], ['均为百元面额', '百元钞']),
        'mixed': (['有一百的也有五十、十块的', '大大小小都有'], ['面额不等', '百元、五十元、十元混合']),
    }),
    'ev_plate': dict(pin=0.9, po=0.7, pf=0.9, gen='plate', o=['车牌{v}', '牌照是{v}'], f=['车牌号{v}', '悬挂号牌{v}']),
    'ev_extra': dict(add=True, po=0.6, pf=0.8, v={
        'windshield': (['装了挡风被，红格子的', '有红色格子挡风被'], ['装有红色格子挡风被', '带格子挡风被']),
        'childseat': (['后座有个儿童座椅', '后面装了宝宝座椅'], ['后座装儿童座椅', '后部带儿童座椅']),
        'seatcover': (['座垫套着个黑色座套', '坐垫上有套子'], ['座垫带黑色座套', '坐垫套有座套']),
        'basket': (['前面有个车筐', '车头加了篮子'], ['带前车筐', '车头有车篮']),
    }),
    'kb_aux': dict(po=0.6, pf=0.8, v={
        'training': (['带辅助轮', '后面有两个小辅助轮'], ['装有辅助轮', '带辅助轮']),
        'none': (['没有辅助轮', '辅助轮拆了'], ['无辅助轮', '未装辅助轮']),
    }),
    'kb_size': dict(po=0.4, pf=0.6, v={
        '14': (['14寸的', '十四寸'], ['14寸', '约14寸']),
        '16': (['16寸的', '十六寸'], ['16寸', '约16寸']),
        '20': (['20寸的', '二十寸'], ['20寸', '约20寸']),
    }),
    'kb_extra': dict(add=True, po=0.5, pf=0.7, v={
        'basket': (['前面有个小车筐', '车头有小篮子'], ['带前车篮', '车头带小筐']),
        'bell': (['车把上有个卡通铃铛', '有个小铃'], ['车把装卡通铃铛', '带车铃']),
        'tassel': (['车把上有彩色流苏', '把手挂着彩带'], ['车把带彩色流苏', '把手有彩带']),
    }),
    'bc_extra': dict(add=True, po=0.6, pf=0.8, v={
        'basket': (['前面有车筐', '带车篮'], ['带前车筐', '有车篮']),
        'rack': (['后面有货架', '带后座'], ['带后货架', '有后座']),
        'ulock': (['车上挂着一把U型锁', '带U型锁'], ['挂U型锁一把', '车上带U型锁']),
    }),
}

# hidden things only an owner knows; never compared between the two sides
HK = {
    'ph_lock': ['锁屏有六位密码', '有指纹锁，别人打不开', '设了图案解锁'],
    'ph_sim': ['里面是移动的卡', '电话卡是联通的', '是双卡，一张电信一张移动'],
    'ph_batt': ['丢的时候电不多了，可能已经关机', '出门前刚充满电', '电量还有一半左右'],
    'kw_locate': ['定位最后显示在{place}附近', '打手表电话一直没人接', '手表关机了，定位不到'],
    'kw_school': ['孩子在{school_cls}', '孩子读{school_cls}'],
    'ha_price': ['配的时候花了六千多', '是去年在医院配的', '老人离了它听不见'],
    'ha_batt': ['电池是刚换的', '用的是312型号电池'],
    'gl_degree': ['老花大概250度', '度数三百左右', '度数不高，两百度'],
    'gl_myopia': ['近视四百多度', '度数六百度左右', '左眼度数高一点'],
    'cl_dog': ['我家是泰迪，棕色的', '狗是柯基', '是只白色比熊', '是条小柴犬'],
    'ck_car': ['车是{brand}的{carmodel}', '车停在小区地下车库'],
    'key_doors': ['有家门和单元门的钥匙', '有一把是老房子的钥匙', '其中一把是办公室的'],
    'wl_receipt': ['还有几张超市小票', '有张药店的收据'],
    'bag_price': ['包是去年买的，一千多', '别人送的，有纪念意义'],
    'ca_purpose': ['是准备交房租的钱', '刚从银行取出来的', '是给孙子交学费的'],
    'jw_gift': ['是结婚时候买的', '是女儿送的生日礼物', '戴了二十多年了', '是给孩子满月时候打的'],
    'ev_invoice': ['发票还在家里', '去年双十一买的'],
    'sb_teacher': ['班主任是{t}老师', '明天孩子还要上学用'],
    'id_need': ['下周要用身份证办事', '急着用，补办太麻烦'],
}
CARMODELS = {'byd': ['秦L', '元Plus'], 'vw': ['朗逸', '速腾'], 'toyota': ['卡罗拉', '凯美瑞'], 'wuling': ['宏光', '缤果']}
PETS = ['豆豆', '旺财', '可乐', '雪球', 'Lucky', '糖糖', '球球', '大黄', '布丁', '毛毛', '元宝', '奶糖', '团团', '花卷']
ENGR = ['L&W', '520', 'Z♥Y', '永结同心', '1998.10.01', 'H&M', '一生一世', 'W&Q 2016']


# ----------------------------------------------------------------------------- kinds of object
PL_ANY = {'estate': 3, 'park': 2, 'market': 1, 'super': 1, 'bus': 1, 'street': 1, 'canteen': 1,
          'cainiao': 1, 'bike': 1, 'clinic': 1, 'service': 1}
PL_CHILD = {'school': 4, 'kinder': 1, 'park': 3, 'estate': 2, 'bus': 1, 'street': 1}
PL_ELDER = {'canteen': 3, 'park': 3, 'clinic': 2, 'market': 2, 'estate': 2, 'service': 1, 'bus': 1, 'super': 1}


def K(cat, who, unit, on, fn, col=None, br=None, bvis=0.0, bo=0.6, mo=0.35, mvis=0.0, ser=None,
      so=0.0, sf=0.0, mk=(), hid=(), pl=None, cstyle='prefix', holder=None):
    return dict(cat=cat, who=who, unit=unit, on=on, fn=fn, col=col, br=br or {}, bvis=bvis, bo=bo, mo=mo,
                mvis=mvis, ser=ser, so=so, sf=sf, mk=list(mk), hid=list(hid), pl=pl or PL_ANY,
                cstyle=cstyle, holder=holder)


KINDS = {
    'phone': K('phone', 'any', '部', ['手机', '手机', '智能手机'], ['手机', '智能手机', '移动电话'],
               col={'black': 5, 'white': 2, 'grey': 3, 'blue': 2, 'purple': 1, 'green': 1, 'gold': 1, 'pink': 1},
               br={'huawei': 4, 'apple': 4, 'xiaomi': 2, 'oppo': 2, 'vivo': 2, 'honor': 2, 'redmi': 1},
               bvis=0.75, bo=0.8, mo=0.75, mvis=0.25, ser='imei', so=0.25, sf=0.35,
               mk=['ph_case', 'ph_screen', 'ph_wall', 'ph_wear'], hid=['ph_lock', 'ph_sim', 'ph_batt'],
               pl={'estate': 3, 'park': 3, 'market': 2, 'super': 2, 'bus': 2, 'bike': 2, 'street': 2,
                   'canteen': 1, 'school': 1, 'cainiao': 1, 'clinic': 1}),
    'keys': K('keys', 'any', '串', ['钥匙', '钥匙串', '家门钥匙', '钥匙'], ['钥匙', '钥匙串', '带门禁卡的钥匙'],
              col={'blue': 3, 'red': 2, 'black': 2, 'yellow': 1, 'green': 1, 'white': 1, 'purple': 1},
              ser='fob', so=0.05, sf=0.15, mk=['key_count', 'key_pendant', 'key_label', 'key_extra'],
              hid=['key_doors'], cstyle='fob',
              pl={'estate': 5, 'park': 2, 'market': 1, 'super': 1, 'bus': 1, 'cainiao': 1, 'school': 1,
                  'street': 1, 'bike': 1}),
    'carkey': K('keys', 'adult', '把', ['车钥匙', '汽车钥匙'], ['汽车遥控钥匙', '车钥匙'],
                col={'black': 4, 'grey': 1, 'white': 1, 'blue': 1},
                br={'byd': 3, 'vw': 2, 'toyota': 2, 'wuling': 1}, bvis=0.9, bo=0.95,
                mk=['ck_cover', 'ck_type', 'ck_ring'], hid=['ck_car'],
                pl={'estate': 3, 'super': 2, 'market': 1, 'park': 1, 'street': 2, 'school': 1}),
    'kidwatch': K('electronics', 'child', '块', ['儿童手表', '电话手表', '儿童电话手表'],
                  ['儿童手表', '儿童智能手表', '电话手表'],
                  col={'pink': 3, 'blue': 3, 'black': 2, 'purple': 1, 'green': 1},
                  br={'imoo': 4, 'huawei': 2, 'mitu': 2}, bvis=0.8, bo=0.75, mo=0.45, mvis=0.3,
                  ser='imei', so=0.15, sf=0.45, mk=['kw_name', 'kw_dial', 'kw_case'], hid=['kw_locate', 'kw_school'],
                  pl=PL_CHILD),
    'hearing_aid': K('electronics', 'elder', '只', ['助听器', '耳背式助听器'], ['助听器', '耳背式助听器'],
                     col={'beige': 4, 'grey': 2, 'brown': 2, 'black': 1},
                     br={'lingyue': 1, 'shengbao': 1}, bvis=0.5, bo=0.4, mo=0.2, mvis=0.2,
                     ser='sn_ha', so=0.1, sf=0.25, mk=['ha_side', 'ha_box', 'ha_tube'], hid=['ha_price', 'ha_batt'],
                     pl=PL_ELDER),
    'earbuds': K('electronics', 'adult', '副', ['蓝牙耳机', '无线耳机', '耳机'], ['蓝牙耳机', '无线耳机（带充电盒）'],
                 col={'white': 4, 'black': 2, 'grey': 1, 'blue': 1},
                 br={'apple': 3, 'huawei': 2, 'xiaomi': 2}, bvis=0.8, bo=0.85, mo=0.5, mvis=0.3,
                 ser='sn_eb', so=0.1, sf=0.3, mk=['eb_cover', 'eb_inside'],
                 pl={'bus': 2, 'park': 2, 'street': 2, 'bike': 2, 'super': 1, 'estate': 1, 'cainiao': 1}),
    'tablet': K('electronics', 'any', '台', ['平板', '平板电脑'], ['平板电脑', '平板'],
                col={'grey': 3, 'blue': 1, 'pink': 1}, br={'apple': 1, 'huawei': 1}, bvis=0.9, bo=0.9,
                mo=0.4, mvis=0.3, ser='sn_tb', so=0.15, sf=0.2, mk=['tb_case', 'tb_sticker'],
                pl={'park': 2, 'canteen': 1, 'service': 1, 'bus': 1, 'estate': 1}),
    'readpen': K('electronics', 'child', '支', ['点读笔', '学习笔'], ['点读笔', '儿童点读笔'],
                 col={'white': 2, 'blue': 2, 'pink': 2, 'green': 1}, br={'xueban': 1}, bvis=0.7, bo=0.6,
                 mk=['rp_name', 'rp_cap', 'rp_strap'], pl=PL_CHILD),
    'powerbank': K('electronics', 'adult', '个', ['充电宝', '移动电源'], ['充电宝', '移动电源'],
                   col={'white': 2, 'black': 2, 'pink': 1}, br={'xiaomi': 1, 'nengliang': 1}, bvis=0.8, bo=0.6,
                   mk=['pb_cap', 'pb_shape', 'pb_extra'], pl={'bus': 1, 'park': 1, 'street': 1, 'canteen': 1, 'super': 1}),
    'bottle': K('other', 'child', '个', ['水壶', '水杯', '儿童水杯', '水壶'], ['儿童水杯', '儿童水壶', '水杯'],
                col={'blue': 3, 'pink': 3, 'green': 2, 'yellow': 1, 'purple': 1, 'white': 1, 'clear': 1},
                br={'jingling': 2, 'mengxiong': 2, '': 1}, bvis=0.6, bo=0.4,
                mk=['bt_type', 'bt_name', 'bt_sticker', 'bt_strap'], pl=PL_CHILD),
    'reading_glasses': K('other', 'elder', '副', ['老花镜', '老花眼镜'], ['老花镜', '老花眼镜'],
                         col={'black': 3, 'brown': 3, 'gold': 2, 'red': 1, 'purple': 1},
                         br={'laolaiming': 1, 'mingmou': 1, '': 2}, bvis=0.4, bo=0.25,
                         mk=['gl_case', 'gl_rim', 'gl_chain', 'gl_fix'], hid=['gl_degree'], pl=PL_ELDER),
    'glasses': K('other', 'any', '副', ['近视眼镜', '眼镜（近视的）'], ['近视眼镜', '近视镜'],
                 col={'black': 3, 'grey': 2, 'blue': 1, 'brown': 1, 'clear': 1},
                 br={'mingmou': 1, '': 2}, bvis=0.4, bo=0.3,
                 mk=['gl_rim', 'gl_case', 'gl_fix'], hid=['gl_myopia'],
                 pl={'school': 2, 'park': 2, 'bus': 1, 'street': 1, 'estate': 1, 'bike': 1}),
    'stick': K('other', 'elder', '根', ['拐杖', '手杖', '拐棍'], ['拐杖', '手杖'],
               col={'black': 2, 'brown': 3, 'grey': 2, 'blue': 1, 'red': 1},
               br={'anbu': 1, 'kangtu': 1, '': 1}, bvis=0.5, bo=0.3,
               mk=['st_type', 'st_handle', 'st_tie'], pl=PL_ELDER),
    'collar': K('other', 'adult', '个', ['狗项圈', '宠物项圈', '狗项圈'], ['宠物项圈', '狗项圈'],
                col={'red': 2, 'blue': 2, 'black': 2, 'pink': 1, 'brown': 1, 'green': 1},
                br={'wangle': 1, '': 2}, bvis=0.5, bo=0.3,
                mk=['cl_pet', 'cl_phone', 'cl_style', 'cl_bell'], hid=['cl_dog'],
                pl={'park': 4, 'estate': 3, 'street': 1, 'bike': 1}),
    'scooter': K('other', 'child', '辆', ['滑板车', '儿童滑板车'], ['儿童滑板车', '滑板车'],
                 col={'pink': 2, 'blue': 2, 'green': 1, 'red': 1, 'black': 1, 'purple': 1},
                 br={'tongchi': 2, '': 1}, bvis=0.7, bo=0.5,
                 mk=['sc_wheels', 'sc_frame', 'sc_seat', 'sc_sticker'], pl={'park': 4, 'school': 2, 'kinder': 2, 'estate': 2}),
    'umbrella': K('other', 'any', '把', ['雨伞', '伞'], ['雨伞', '伞'],
                  col={'black': 2, 'blue': 2, 'red': 1, 'pink': 1, 'yellow': 1, 'green': 1},
                  br={'yuqing': 1, '': 2}, bvis=0.5, bo=0.3,
                  mk=['um_pattern', 'um_type', 'um_flaw']),
    'toy': K('other', 'child', '个', ['玩具', '小玩具'], ['儿童玩具', '玩具'],
             col={'pink': 2, 'white': 2, 'brown': 2, 'blue': 1, 'green': 1}, mk=['ty_what', 'ty_size', 'ty_flaw'],
             pl={'park': 4, 'kinder': 2, 'estate': 2, 'super': 1, 'bus': 1}),
    'thermos': K('other', 'any', '个', ['保温杯', '杯子'], ['保温杯', '不锈钢保温杯'],
                 col={'grey': 2, 'black': 2, 'white': 1, 'red': 1}, br={'nuantu': 1, '': 1}, bvis=0.7, bo=0.4,
                 mk=['tm_lid', 'tm_sleeve'], pl={'park': 2, 'canteen': 2, 'bus': 1, 'service': 1}),
    'jacket': K('other', 'child', '件', ['外套', '小外套'], ['儿童外套', '外套'],
                col={'blue': 3, 'red': 1, 'black': 1, 'pink': 1, 'green': 1}, br={'tongqu': 1, '': 2}, bvis=0.6,
                bo=0.3, mk=['jk_type', 'jk_size', 'jk_name'], pl={'school': 3, 'park': 3, 'kinder': 1}),
    'schoolbag': K('bag', 'child', '个', ['书包', '双肩书包', '书包'], ['儿童书包', '小学生书包', '书包'],
                   col={'blue': 3, 'pink': 3, 'black': 1, 'purple': 1, 'red': 1, 'green': 1},
                   br={'letong': 2, 'hujixing': 2, '': 1}, bvis=0.6, bo=0.45,
                   mk=['sb_pattern', 'sb_name', 'sb_contents', 'sb_charm'], hid=['sb_teacher'],
                   pl={'school': 5, 'bus': 1, 'park': 2, 'street': 1, 'estate': 1}),
    'shopbag': K('bag', 'elder', '个', ['买菜的布袋', '环保袋', '布袋子'], ['购物袋', '环保布袋'],
                 col={'green': 2, 'red': 1, 'blue': 1, 'white': 1}, mk=['sp_print', 'sp_type', 'sp_contents'],
                 pl={'market': 4, 'super': 2, 'bus': 1, 'canteen': 1}),
    'handbag': K('bag', 'adult', '个', ['手提包', '挎包', '包'], ['女式手提包', '挎包', '手提包'],
                 col={'black': 2, 'brown': 2, 'red': 1, 'white': 1, 'beige': 1},
                 br={'lucia': 2, '': 1}, bvis=0.6, bo=0.6,
                 mk=['hb_material', 'hb_shape', 'hb_contents', 'hb_charm'], hid=['bag_price'],
                 pl={'super': 2, 'market': 2, 'park': 1, 'canteen': 1, 'clinic': 1, 'bus': 1}),
    'backpack': K('bag', 'adult', '个', ['双肩包', '背包'], ['双肩背包', '背包'],
                  col={'black': 3, 'grey': 2, 'blue': 1}, br={'xingtu': 1, '': 1}, bvis=0.6, bo=0.6,
                  mk=['bp_style', 'bp_contents', 'bp_patch'], pl={'bike': 2, 'bus': 2, 'park': 1, 'street': 1, 'cainiao': 1}),
    'wallet': K('wallet', 'any', '个', ['钱包', '皮夹', '钱包'], ['钱包', '皮夹'],
                col={'black': 4, 'brown': 3, 'red': 1, 'pink': 1, 'blue': 1},
                br={'septwolves': 2, 'yabo': 2, '': 2}, bvis=0.6, bo=0.5,
                ser='bank', so=0.45, sf=0.55, mk=['wl_form', 'wl_cash', 'wl_id', 'wl_photo', 'wl_cards'],
                hid=['wl_receipt'],
                pl={'market': 3, 'super': 3, 'estate': 2, 'park': 1, 'bus': 1, 'canteen': 1, 'street': 1,
                    'clinic': 1, 'cainiao': 1}),
    'cardholder': K('wallet', 'elder', '个', ['卡包', '小卡包'], ['卡包', '卡套式卡包'],
                    col={'red': 2, 'black': 1, 'brown': 1, 'blue': 1}, mk=['ch_name', 'ch_cash', 'ch_style'],
                    pl={'bus': 3, 'canteen': 2, 'market': 1, 'clinic': 1}),
    'idcard': K('id_doc', 'any', '张', ['身份证', '二代身份证'], ['居民身份证', '身份证'],
                ser='idnum', so=0.75, sf=0.95, mk=['id_holder', 'id_cover'], hid=['id_need'],
                pl={'estate': 2, 'service': 2, 'clinic': 1, 'cainiao': 2, 'bus': 1, 'super': 1, 'street': 1}),
    'sscard': K('id_doc', 'elder', '张', ['社保卡', '社会保障卡'], ['社会保障卡', '社保卡'],
                ser='idnum', so=0.55, sf=0.85, mk=['id_holder', 'ss_bank'], holder='elder',
                pl={'clinic': 3, 'service': 2, 'market': 1, 'canteen': 1}),
    'eldercard': K('id_doc', 'elder', '张', ['老年卡', '敬老卡', '老年优待卡'], ['老年优待卡', '老年卡'],
                   ser='elder', so=0.25, sf=0.7, mk=['id_holder', 'lan_color'], holder='elder',
                   pl={'bus': 4, 'canteen': 2, 'park': 1}),
    'studentcard': K('id_doc', 'child', '张', ['学生卡', '学生证'], ['学生卡', '学生证'],
                     ser='stu', so=0.3, sf=0.8, mk=['id_holder', 'sc_class', 'lan_color'], holder='child',
                     pl={'school': 5, 'bus': 1, 'park': 1}),
    'driverlic': K('id_doc', 'adult', '本', ['驾驶证', '驾照'], ['机动车驾驶证', '驾驶证'],
                   ser='idnum', so=0.6, sf=0.9, mk=['id_holder', 'dl_cover'], holder='adult',
                   pl={'estate': 2, 'street': 1, 'super': 1, 'bike': 1}),
    'gold_bangle': K('jewelry', 'elder', '只', ['金手镯', '金镯子'], ['金手镯', '黄色金属手镯'],
                     col={'gold': 1}, br={'hengfu': 1, 'ruijinge': 1, '': 1}, bvis=0.5, bo=0.4,
                     mk=['gb_pattern', 'gb_grams', 'gb_open'], hid=['jw_gift'], cstyle='implied', pl=PL_ELDER),
    'jade_bangle': K('jewelry', 'elder', '只', ['玉镯', '玉手镯', '翡翠镯子'], ['玉镯', '玉石手镯'],
                     col={'green': 3, 'white': 2, 'purple': 1}, mk=['jb_shape', 'jb_size', 'jb_flaw'], hid=['jw_gift'], pl=PL_ELDER),
    'gold_necklace': K('jewelry', 'any', '条', ['金项链', '黄金项链'], ['金项链', '黄色金属项链'],
                       col={'gold': 1}, br={'hengfu': 1, 'ruijinge': 1, '': 1}, bvis=0.5, bo=0.4,
                       mk=['gn_pendant', 'gn_chain'], hid=['jw_gift'], cstyle='implied',
                       pl={'park': 3, 'market': 2, 'estate': 2, 'super': 1, 'clinic': 1}),
    'pearl_necklace': K('jewelry', 'elder', '条', ['珍珠项链'], ['珍珠项链'], col={'white': 2, 'pink': 1},
                        mk=['pn_size', 'pn_clasp'], hid=['jw_gift'], pl=PL_ELDER),
    'ring': K('jewelry', 'any', '枚', ['戒指'], ['戒指'], col={'gold': 2, 'grey': 2},
              br={'hengfu': 1, '': 2}, bvis=0.4, bo=0.4, mk=['ri_engrave', 'ri_stone', 'ri_size'], hid=['jw_gift'],
              pl={'market': 2, 'park': 2, 'estate': 2, 'canteen': 1, 'super': 1}),
    'earring': K('jewelry', 'any', '只', ['耳环'], ['耳环'], col={'gold': 2, 'grey': 1, 'white': 1},
                 mk=['er_style', 'er_count'], hid=['jw_gift'], pl={'park': 2, 'super': 1, 'bus': 1, 'estate': 1}),
    'babylock': K('jewelry', 'child', '个', ['银长命锁', '长命锁'], ['银质长命锁', '长命锁'],
                  col={'grey': 1}, mk=['bl_engrave', 'bl_size', 'bl_bells'], hid=['jw_gift'], cstyle='implied',
                  pl={'park': 3, 'kinder': 1, 'estate': 2, 'super': 1}),
    'cash': K('cash', 'any', '笔', ['现金', '钱', '现金'], ['现金', '人民币现金'],
              mk=['ca_amount', 'ca_pack', 'ca_denom'], hid=['ca_purpose'],
              pl={'market': 3, 'super': 2, 'estate': 1, 'bus': 1, 'street': 1, 'canteen': 1}),
    'ebike': K('ebike', 'adult', '辆', ['电动车', '电瓶车', '电动自行车'], ['电动自行车', '电动车'],
               col={'white': 2, 'black': 2, 'blue': 1, 'red': 1, 'grey': 1, 'pink': 1},
               br={'yadea': 2, 'aima': 2, 'tailg': 1}, bvis=0.95, bo=0.9, mo=0.55, mvis=0.4,
               ser='frame_ev', so=0.35, sf=0.5, mk=['ev_plate', 'ev_extra'], hid=['ev_invoice'],
               pl={'estate': 4, 'market': 1, 'super': 1, 'school': 1, 'street': 1}),
    'kidbike': K('bicycle', 'child', '辆', ['儿童自行车', '童车'], ['儿童自行车', '童车'],
                 col={'pink': 2, 'blue': 2, 'red': 1, 'green': 1}, br={'xiaoqishi': 1, '': 1}, bvis=0.8, bo=0.5,
                 mk=['kb_aux', 'kb_size', 'kb_extra'], pl={'park': 3, 'estate': 3, 'school': 1}),
    'bicycle': K('bicycle', 'adult', '辆', ['自行车', '单车'], ['自行车', '人力自行车'],
                 col={'black': 2, 'white': 1, 'grey': 1, 'blue': 1, 'green': 1},
                 br={'giant': 1, 'forever': 1}, bvis=0.95, bo=0.9, mo=0.5, mvis=0.4,
                 ser='frame_bc', so=0.3, sf=0.45, mk=['bc_extra'],
                 pl={'estate': 3, 'market': 1, 'bike': 1, 'street': 1, 'bus': 1}),
}

# how many lost objects of each kind (240 in all); category totals in the note
LOST_KINDS = {
    'phone': 30, 'keys': 26, 'carkey': 8,
    'kidwatch': 14, 'hearing_aid': 8, 'earbuds': 6, 'tablet': 2, 'readpen': 2, 'powerbank': 2,
    'bottle': 10, 'reading_glasses': 6, 'glasses': 4, 'stick': 6, 'collar': 5, 'scooter': 5, 'umbrella': 2, 'toy': 2,
    'schoolbag': 12, 'shopbag': 4, 'handbag': 5, 'backpack': 3,
    'wallet': 18, 'cardholder': 6,
    'idcard': 7, 'sscard': 4, 'eldercard': 4, 'studentcard': 3, 'driverlic': 2,
    'gold_bangle': 3, 'jade_bangle': 3, 'gold_necklace': 3, 'pearl_necklace': 1, 'ring': 3, 'earring': 1, 'babylock': 2,
    'cash': 8, 'ebike': 5, 'kidbike': 3, 'bicycle': 2,
}
UNCLAIMED_KINDS = {'umbrella': 5, 'thermos': 4, 'jacket': 4, 'toy': 3, 'keys': 3, 'bottle': 2, 'glasses': 1,
                   'reading_glasses': 1, 'idcard': 2, 'wallet': 1, 'schoolbag': 1, 'stick': 1, 'earbuds': 1,
                   'phone': 1}
# a few pairs are filed under two categories, as two people file one object differently
CROSS = {'kidwatch': ('lost', 'phone'), 'cardholder': ('lost', 'id_doc'), 'eldercard': ('found', 'other'),
         'jade_bangle': ('found', 'other')}


# ----------------------------------------------------------------------------- truth objects
BANKS = [('建设银行', '6217'), ('农业银行', '6228'), ('工商银行', '6222'), ('中国银行', '6216'), ('邮储银行', '6221')]
LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ'
IDENT_MARKS = ('key_label', 'kw_name', 'rp_name', 'bt_name', 'cl_pet', 'cl_phone', 'jk_name', 'sb_name',
               'wl_id', 'ch_name', 'id_holder', 'sc_class', 'ri_engrave', 'ev_plate')


def person_of(o):
    return o['fam'][o['pkey']]


def new_serial(o):
    stype = KINDS[o['kind']]['ser']
    if stype == 'imei':
        return imei()
    if stype == 'fob':
        return unique_tail(lambda: '00' + digits(8))
    if stype == 'sn_ha':
        return unique_tail(lambda: 'HA%s%s%s' % (digits(2), pick(LETTERS), digits(5)))
    if stype == 'sn_eb':
        return unique_tail(lambda: '%s%s%s%s' % (pick(['GX', 'HC', 'FM']), digits(2), pick(LETTERS), digits(6)))
    if stype == 'sn_tb':
        return unique_tail(lambda: 'DMP%s%s%s' % (digits(3), pick(LETTERS), digits(5)))
    if stype == 'bank':
        o['bank'] = pick(BANKS)
        return unique_tail(lambda: digits(4))
    if stype == 'idnum':
        p = o['fam'][KINDS[o['kind']]['holder'] or o['pkey']]
        return id_number(p['year'], p['sex'])
    if stype == 'elder':
        return unique_tail(lambda: 'LN' + digits(8))
    if stype == 'stu':
        c = o['fam']['child']
        return unique_tail(lambda: '%d%02d%s' % (2025 - c.get('grade', 1), c.get('cls', 1), digits(3)))
    if stype == 'frame_ev':
        code = {'yadea': 'YDT', 'aima': 'AMA', 'tailg': 'TLG'}[o['brand']]
        return unique_tail(lambda: '%s%d%02d%s' % (code, R.randint(22, 24), R.randint(1, 12), digits(7)))
    if stype == 'frame_bc':
        code = {'giant': 'GA', 'forever': 'YJ'}[o['brand']]
        return unique_tail(lambda: '%s%s%s%s' % (code, digits(2), pick(LETTERS), digits(6)))
    raise ValueError(stype)


def cash_amount(small=False):
    if small:
        return R.randint(2, 20) * 10
    x = R.random()
    if x < 0.4:
        return R.randint(3, 30) * 10 + pick([0, 0, 5, 2, 7])
    if x < 0.8:
        return R.randint(4, 30) * 50
    return R.randint(10, 60) * 100 + pick([0, 0, 50, 30])


def mark_value(t, o):
    m = MK[t]
    fam = o['fam']
    if 'v' in m:
        vals = sorted(m['v'])
        if t == 'wl_photo' and o['pkey'] != 'elder':
            return 'child'
        if t == 'ph_wall' and o['pkey'] != 'elder':
            vals = [v for v in vals if v != 'couple']
        return pick(vals)
    g = m['gen']
    if g == 'keycount':
        return wpick({2: 2, 3: 4, 4: 4, 5: 2, 6: 1})
    if g == 'room':
        return room_label(fam)
    if g == 'childname':
        return fam['child']['name']
    if g == 'pet':
        return pick(PETS)
    if g == 'mphone':
        return '1%s****%s' % (pick(['38', '39', '58', '86', '35', '77', '50', '87']), digits(4))
    if g == 'plate':
        return '鹭川%s%s' % (pick('ABCDE'), digits(5))
    if g == 'holder':
        return fam[KINDS[o['kind']]['holder'] or o['pkey']]['name']
    if g == 'holder_adult':
        return fam['elder' if o['pkey'] == 'elder' else 'adult']['name']
    if g == 'holder_elder':
        return fam['elder']['name']
    if g == 'cls':
        return grade_cls(fam['child'])
    if g == 'engrave':
        return pick(ENGR)
    if g == 'grams':
        return R.randint(12, 45)
    if g == 'cash':
        return cash_amount()
    if g == 'cashs':
        return cash_amount(True)
    raise ValueError(g)


def new_object(kind, fam=None, pkey=None):
    sp = KINDS[kind]
    fam = fam or new_family()
    if pkey is None:
        pkey = {'child': 'child', 'elder': 'elder', 'adult': 'adult'}.get(sp['who'])
        if pkey is None:
            pkey = 'adult' if chance(0.6) else 'elder'
    if kind == 'studentcard' and 'grade' not in fam['child']:
        fam['child']['age'] = R.randint(6, 11)
        fam['child']['grade'] = fam['child']['age'] - 5
        fam['child']['cls'] = R.randint(1, 6)
    o = dict(kind=kind, fam=fam, pkey=pkey)
    o['color'] = wpick(sp['col']) if sp['col'] else None
    o['brand'] = wpick(sp['br']) if sp['br'] else ''
    ms = MODELS.get((kind, o['brand']))
    o['model'] = pick(ms) if ms else None
    o['serial'] = new_serial(o) if sp['ser'] else None
    o['marks'] = {}
    for t in sp['mk']:
        if chance(MK[t].get('pin', 1.0)):
            o['marks'][t] = mark_value(t, o)
    o['hidden'] = {}
    for t in sp['hid']:
        if chance(0.75):
            o['hidden'][t] = pick(HK[t])
    if kind == 'carkey':
        o['carmodel'] = pick(CARMODELS[o['brand']])
    if not consistent(o):
        o['marks']['ca_denom'] = 'mixed'
    return o


def consistent(o):
    """All in hundreds only when the amount is a whole number of hundreds."""
    m = o['marks']
    return not (m.get('ca_denom') == 'hundreds' and m.get('ca_amount', 0) % 100)


def copy_object(o, fam=None):
    c = dict(o)
    c['marks'] = dict(o['marks'])
    c['hidden'] = dict(o['hidden'])
    if fam is not None:
        c['fam'] = fam
    return c


def redraw_identity(o):
    """Same look, another person: new names, labels, numbers."""
    o['fam'] = new_family()
    for t in IDENT_MARKS:
        if t in o['marks']:
            for _ in range(20):
                v = mark_value(t, o)
                if v != o['marks'][t]:
                    break
            o['marks'][t] = v
    if o['serial']:
        o['serial'] = new_serial(o)


def other_value(o, attr, avoid_range=None):
    """A value of attr different from the object's own (for twins and negatives)."""
    sp = KINDS[o['kind']]
    if attr == 'color':
        opts = [c for c in sorted(sp['col']) if c != o['color']]
        return pick(opts) if opts else None
    if attr == 'model':
        opts = [m for m in MODELS.get((o['kind'], o['brand']), []) if m != o['model']]
        return pick(opts) if opts else None
    if attr == 'brand':
        opts = [b for b in sorted(sp['br']) if b and b != o['brand']]
        return pick(opts) if opts else None
    if attr == 'serial':
        return new_serial(o)
    t = attr[2:]
    m = MK[t]
    cur = o['marks'][t]
    if 'v' in m:
        opts = [v for v in sorted(m['v']) if v != cur]
        if t == 'wl_photo':
            return None
        return pick(opts) if opts else None
    g = m['gen']
    if g == 'cash' or g == 'cashs':
        lo, hi = avoid_range if avoid_range else (cur, cur)
        if lo > 60 and chance(0.5):
            return max(10, lo - R.randint(2, 8) * (10 if g == 'cashs' else 50))
        return hi + R.randint(2, 8) * (10 if g == 'cashs' else 50)
    if g == 'grams':
        return cur + pick([-7, -5, 5, 6, 8])
    if g == 'keycount':
        return cur + (1 if cur < 4 else -1)
    if g in ('childname', 'holder', 'holder_adult', 'holder_elder'):
        p = o['fam']['child'] if g == 'childname' else None
        sex = p['sex'] if p else pick('MF')
        if g == 'childname':
            role = 'child'
        elif g == 'holder_elder':
            role = 'elder'
        elif g == 'holder':
            role = KINDS[o['kind']]['holder'] or o['pkey']
        else:
            role = 'elder' if o['pkey'] == 'elder' else 'adult'
        return new_name(cur[0] if chance(0.5) else pick(SURN), role, sex)
    for _ in range(30):
        v = mark_value(t, o)
        if v != cur:
            return v
    return None


def set_value(o, attr, v):
    if attr == 'color':
        o['color'] = v
    elif attr == 'model':
        o['model'] = v
    elif attr == 'brand':
        o['brand'] = v
    elif attr == 'serial':
        o['serial'] = v
    else:
        o['marks'][attr[2:]] = v


def truth_value(o, attr):
    if attr == 'color':
        return o['color']
    if attr == 'brand':
        return o['brand'] or None
    if attr == 'model':
        return o['model'][1] if o['model'] else None
    if attr == 'serial':
        return o['serial']
    if attr.startswith('m:'):
        return o['marks'].get(attr[2:])
    raise ValueError(attr)


def finder_can(o, attr):
    sp = KINDS[o['kind']]
    if truth_value(o, attr) is None:
        return False
    if attr == 'brand':
        return sp['bvis'] > 0
    if attr == 'model':
        return sp['mvis'] > 0
    if attr == 'serial':
        return sp['sf'] > 0
    return True


def owner_can(o, attr):
    sp = KINDS[o['kind']]
    if truth_value(o, attr) is None:
        return False
    if attr == 'serial':
        return sp['so'] > 0
    return True


def visible_attrs(o, exclusive=True):
    out = ['color', 'brand', 'model', 'serial'] + ['m:' + t for t in sorted(o['marks'])]
    return [a for a in out if finder_can(o, a) and (can_conflict(a) or not exclusive)]


# ----------------------------------------------------------------------------- what each side states
RANGED = ('m:wl_cash', 'm:ch_cash', 'm:ca_amount')


def approx_range(v):
    if v >= 200 and v % 100 and chance(0.5):
        lo = v // 100 * 100
        return (lo, lo + 99)
    if v >= 300 and chance(0.5):
        mid = int(round(v / 100.0)) * 100
        return (mid - 100, mid + 100)
    if v < 200 and chance(0.4):
        lo = v // 10 * 10
        return (max(0, lo - 10), lo + 10)
    return (v, v)


def stated_value(o, attr, side, exact=False):
    v = truth_value(o, attr)
    if attr == 'model':
        series, full = o['model']
        if side == 'lost' and not exact and chance(0.4):
            return ('series', series, None)
        return ('full', series, full)
    if attr in RANGED:
        if side == 'lost' and not exact:
            return approx_range(v)
        return (v, v)
    return v


def can_conflict(a):
    """Facts of which an object has exactly one value.  Additive marks (contents, stickers, extra
    keys) never contradict: a wallet with a bus card may also hold a medical card."""
    if a.startswith('h:'):
        return False
    if a.startswith('m:'):
        return not MK[a[2:]].get('add')
    return True


def conflicts(sl, sf):
    out = []
    for k in sorted(set(sl) & set(sf)):
        if not can_conflict(k):
            continue
        va, vb = sl[k], sf[k]
        if k == 'model':
            if va[0] == 'full' and vb[0] == 'full':
                c = va[2] != vb[2]
            else:
                c = va[1] != vb[1]
        elif k in RANGED:
            c = va[1] < vb[0] or vb[1] < va[0]
        else:
            c = va != vb
        if c:
            out.append(k)
    return out


OWN_BRAND = {'elder': 0.4, 'grand': 0.6, 'adultchild': 0.8, 'grid': 0.7, 'prop': 0.7, 'hurry': 0.6,
             'resident': 1.0, 'parent': 0.9, 'guardian': 0.5}
OWN_MARK = {'hurry': 0.35, 'grid': 1.1, 'prop': 1.05, 'elder': 0.9, 'guardian': 0.85}
OWN_SER = {'elder': 0.5, 'hurry': 0.4, 'grid': 1.2, 'grand': 0.6}


def plan_lost(L):
    o, w = L['obj'], L['writer']
    sp = KINDS[o['kind']]
    st = {}
    if o['color'] and chance({'hurry': 0.6, 'elder': 0.85, 'grand': 0.85}.get(w, 0.9) *
                             (0.5 if sp['cstyle'] == 'implied' else 1)):
        st['color'] = o['color']
    if o['brand'] and chance(sp['bo'] * OWN_BRAND.get(w, 0.8)):
        st['brand'] = o['brand']
        if o['model'] and chance(sp['mo'] * (0.5 if w in ('elder', 'grand') else 1)):
            st['model'] = stated_value(o, 'model', 'lost')
    elif o['model'] and chance(sp['mo'] * 0.35):
        st['model'] = stated_value(o, 'model', 'lost')
    if o['serial'] and chance(min(0.95, sp['so'] * OWN_SER.get(w, 1.0))):
        st['serial'] = o['serial']
    for t in sorted(o['marks']):
        if chance(min(0.97, MK[t]['po'] * OWN_MARK.get(w, 1.0))):
            st['m:' + t] = stated_value(o, 'm:' + t, 'lost')
    for t in sorted(o['hidden']):
        if chance(0.1 if w == 'hurry' else 0.4):
            st['h:' + t] = o['hidden'][t]
    if w != 'hurry' and not any(k != 'color' and not k.startswith('h:') for k in st):
        opts = [a for a in visible_attrs(o) + (['serial'] if o['serial'] else []) if a != 'color' and owner_can(o, a)]
        if opts:
            a = pick(sorted(set(opts)))
            st[a] = stated_value(o, a, 'lost')
    L['st'] = st


FIND_MARK = {'grid_f': 1.1, 'desk': 1.1, 'prop_f': 1.05, 'passer': 0.8, 'child_f': 0.7, 'dancer': 0.9}


def plan_found(F):
    o, v = F['obj'], F['finder']
    sp = KINDS[o['kind']]
    st = {}
    if o['color'] and chance(0.9 * (0.6 if sp['cstyle'] == 'implied' else 1)):
        st['color'] = o['color']
    if o['brand'] and chance(sp['bvis']):
        st['brand'] = o['brand']
        if o['model'] and chance(sp['mvis']):
            st['model'] = stated_value(o, 'model', 'found')
    if o['serial'] and chance(sp['sf'] * (1.15 if v in ('desk', 'grid_f') else 1)):
        st['serial'] = o['serial']
    for t in sorted(o['marks']):
        if chance(min(0.97, MK[t]['pf'] * FIND_MARK.get(v, 1.0))):
            st['m:' + t] = stated_value(o, 'm:' + t, 'found')
    if not any(k != 'color' for k in st):
        opts = [a for a in visible_attrs(o) if a != 'color']
        if opts:
            a = pick(opts)
            st[a] = stated_value(o, a, 'found')
    F['st'] = st


# ----------------------------------------------------------------------------- records
WRITERS = {
    'child': {'grand': 35, 'parent': 35, 'guardian': 15, 'grid': 5, 'prop': 5, 'hurry': 5},
    'elder': {'elder': 40, 'adultchild': 25, 'grid': 20, 'prop': 10, 'hurry': 5},
    'adult': {'resident': 55, 'hurry': 25, 'prop': 8, 'grid': 4},
}
FINDERS = {
    'estate': {'steward': 3, 'prop_f': 4, 'grid_f': 2, 'passer': 2, 'desk': 1, 'child_f': 1},
    'park': {'dancer': 3, 'grid_f': 2, 'passer': 3, 'desk': 1, 'child_f': 1, 'cleaner': 2},
    'school': {'guard': 4, 'teacher': 2, 'passer': 1, 'desk': 1},
    'kinder': {'guard': 4, 'teacher': 2, 'passer': 1},
    'canteen': {'canteen_f': 5, 'grid_f': 1, 'desk': 1},
    'market': {'vendor': 4, 'passer': 2, 'desk': 1, 'grid_f': 1},
    'super': {'cashier': 5, 'passer': 1, 'desk': 1},
    'cainiao': {'courier': 5, 'passer': 1},
    'service': {'staff': 4, 'grid_f': 2},
    'clinic': {'nurse': 4, 'passer': 1},
    'bus': {'passer': 4, 'grid_f': 1, 'desk': 2, 'cleaner': 1},
    'bike': {'bikeops': 3, 'passer': 3, 'desk': 1},
    'street': {'shop': 4, 'passer': 2, 'grid_f': 1},
    'far': {'passer': 3, 'desk': 2, 'farstaff': 2, 'cleaner': 1},
}
PK_PLACES = {}
for _pid in sorted(PL):
    PK_PLACES.setdefault(PL[_pid]['pk'], []).append(_pid)


def choose_place(o):
    sp = KINDS[o['kind']]
    pk = wpick(sp['pl'])
    if pk == 'estate':
        return o['fam']['home'] if chance(0.6) else pick(ESTATES)
    return pick(PK_PLACES[pk])


def choose_spot(pid):
    s = pick(SPOTS[PL[pid]['pk']])
    if '{b}' in s:
        s = s.replace('{b}', pick(BLDGS[pid]))
    return s


def near_place(pid, limit=550):
    n = neighbours(pid, limit)
    return pick(n) if n else pid


def rdown(m, step):
    return m // step * step


def rup(m, step):
    return -(-m // step) * step


def make_lost(o):
    sp = KINDS[o['kind']]
    L = dict(side='lost', obj=o, writer=wpick(WRITERS[o['pkey']]), truth=None, cat=sp['cat'])
    if o['kind'] in ('ebike', 'bicycle', 'kidbike') and chance(0.7):
        pid = o['fam']['home']
        day = R.randint(1, LAST_DAY - 1)
        a = day * 1440 + R.randint(18, 22) * 60
        b = (day + 1) * 1440 + R.randint(6, 9) * 60
        t = R.randint(a + 30, b - 30)
        L.update(place=pid, spot=pick(['地下车库', '{b}单元门口', '北门岗亭旁']).replace('{b}', pick(BLDGS[pid])),
                 t_loss=t, a=a, b=min(b, NOW_M - 10))
    else:
        pid = choose_place(o)
        t = draw_time(PL[pid]['pk'])
        style = wpick({'tight': 50, 'session': 30, 'long': 15, 'days': 5})
        if style == 'tight':
            a, b = rdown(t - R.randint(5, 40), 10), rup(t + R.randint(5, 60), 10)
        elif style == 'session':
            a, b = rdown(t - R.randint(30, 150), 30), rup(t + R.randint(20, 120), 30)
        elif style == 'long':
            a, b = rdown(t - R.randint(180, 840), 60), rup(t + R.randint(60, 600), 60)
        else:
            a, b = rdown(t - R.randint(1440, 2880), 60), t + R.randint(120, 1440)
        if style != 'days':
            morning = t // 1440 * 1440 + 330 + 30 * R.randint(0, 3)
            if a < morning <= t:
                a = morning
            night = t // 1440 * 1440 + 22 * 60 + 30 * R.randint(0, 3)
            if t <= night < b:
                b = night
        L.update(place=pid, spot=choose_spot(pid), t_loss=t, a=max(0, a), b=min(b, NOW_M - 10))
    # where the owner thinks it was lost: mostly right, sometimes a nearby place, sometimes two guesses
    x = R.random()
    alt = [q for q in neighbours(pid, 500) if open_for_owner(PL[q]['pk'], t)]
    if x < 0.12 and alt:
        L['said'] = shuffled([pid, pick(alt)])
    elif x < 0.25 and alt:
        L['said'] = [pick(alt)]
    else:
        L['said'] = [pid]
    if len(set(L['said'])) < len(L['said']):
        L['said'] = [pid]
    assert 0 <= L['a'] <= L['t_loss'] <= L['b'] < NOW_M
    return L


def vehicle_spot(pid):
    if PL[pid]['pk'] == 'estate':
        return pick(['地下车库', '{b}单元门口', '北门岗亭旁']).replace('{b}', pick(BLDGS[pid]))
    if PL[pid]['pk'] == 'far':
        return ''
    return pick(['门口', '旁边', '门口非机动车停放处'])


def make_found(o, pid, t, neg=None):
    spot = vehicle_spot(pid) if o['kind'] in VEHICLES else choose_spot(pid)
    F = dict(side='found', obj=o, place=pid, spot=spot, t=t, neg=neg, cat=KINDS[o['kind']]['cat'],
             locked=set())
    F['finder'] = wpick(FINDERS[PL[pid]['pk']])
    return F


def found_for(L):
    delay = wpick({'short': 50, 'mid': 30, 'long': 20})
    d = {'short': (3, 90), 'mid': (90, 720), 'long': (720, 2880)}[delay]
    pid = L['place'] if chance(0.7) else near_place(L['place'], 500)
    t = min(L['t_loss'] + R.randint(*d), NOW_M - 5)
    t2 = finder_time(PL[pid]['pk'], t, lo=L['t_loss'])
    if t2 is None:
        pid = L['place']
        t2 = finder_time(PL[pid]['pk'], t, lo=L['t_loss'])
    F = make_found(L['obj'], pid, t2 if t2 is not None else t)
    L['truth'] = F
    F['truth_of'] = L
    return F


# ----------------------------------------------------------------------------- hard negatives
def make_twin(L):
    F = L['truth']
    o = F['obj']
    cands = []
    for a in sorted(L['st']):
        if a.startswith('h:') or not finder_can(o, a):
            continue
        if a == 'color' and (KINDS[o['kind']]['cstyle'] == 'implied' or len(KINDS[o['kind']]['col']) < 2):
            continue
        if a == 'model' and L['st'][a][0] != 'full':
            continue
        if a == 'brand' and o['model']:
            continue
        if not can_conflict(a):
            continue
        if a.startswith('m:') and 'v' in MK[a[2:]] and len(MK[a[2:]]['v']) < 2:
            continue
        cands.append(a)
    if not cands:
        opts = [('m:' + t) for t in sorted(o['marks']) if can_conflict('m:' + t)]
        if not opts:
            return None
        a = pick(opts)
        L['st'][a] = stated_value(o, a, 'lost')
        cands = [a]
    w = {a: (6 if a.startswith('m:') else 1.5 if a in ('serial', 'color') else 1) for a in cands}
    a = wpick(w)
    newv = other_value(o, a, avoid_range=L['st'][a] if a in RANGED else None)
    if newv is None:
        return None
    if a == 'model' and newv[1] == o['model'][1]:
        return None
    tw = copy_object(o)
    set_value(tw, a, newv)
    if not consistent(tw):
        return None
    for t in IDENT_MARKS:
        if t in tw['marks'] and 'm:' + t != a:
            v = other_value(tw, 'm:' + t)
            if v is not None:
                tw['marks'][t] = v
    if tw['serial'] and a != 'serial':
        tw['serial'] = new_serial(tw)
    pid = F['place'] if chance(0.6) else near_place(F['place'], 400)
    lo = max(L['a'], F['t'] - 720)
    hi = min(NOW_M - 5, F['t'] + 1440)
    t = finder_time(PL[pid]['pk'], R.randint(lo, hi), lo=lo, hi=hi)
    if t is None:
        pid = F['place']
        t = F['t']
    N = make_found(tw, pid, t, 'twin_one_fact')
    locked = set(['m:' + t for t in IDENT_MARKS if t in tw['marks']])
    if tw['serial']:
        locked.add('serial')
    locked.discard(a)
    N['locked'] = locked
    N['st'] = {k: stated_value(tw, k, 'found') for k in sorted(F['st']) if k not in locked and k != a}
    if len(N['st']) > 2 and chance(0.5):
        drop = pick(sorted(k for k in N['st'] if k != 'color'))
        del N['st'][drop]
    N['st'][a] = stated_value(tw, a, 'found')
    if a not in F['st']:
        F['st'][a] = stated_value(o, a, 'found')
    N['twin_of'] = F
    N['twin_attr'] = a
    N['target'] = L
    return N


def make_samecc(L):
    o = L['obj']
    n = new_object(o['kind'])
    n['color'] = o['color']
    if o['brand'] and chance(0.5):
        n['brand'] = o['brand']
        ms = MODELS.get((o['kind'], o['brand']))
        n['model'] = (o['model'] if chance(0.5) else pick(ms)) if ms else None
        if n['serial']:
            n['serial'] = new_serial(n)
    for t in sorted(o['marks']):
        if chance(0.5) and t not in IDENT_MARKS:
            n['marks'][t] = o['marks'][t]
    diff = [a for a in visible_attrs(n) if a not in ('color', 'serial') and truth_value(n, a) != truth_value(o, a)]
    stated_diff = [a for a in diff if a in L['st']]
    if not stated_diff:
        opts = [a for a in sorted(L['st']) if a.startswith('m:') and a[2:] in n['marks'] and can_conflict(a)]
        if opts:
            a = pick(opts)
            v = other_value(n, a, avoid_range=L['st'][a] if a in RANGED else None)
            if v is not None:
                set_value(n, a, v)
    pid = L['place'] if chance(0.6) else near_place(L['place'], 500)
    hi = min(L['b'] + 1440, NOW_M - 5)
    t = finder_time(PL[pid]['pk'], R.randint(L['a'], hi), lo=L['a'], hi=NOW_M - 5)
    if t is None:
        t = R.randint(L['a'], hi)
    N = make_found(n, pid, t, 'same_category_colour')
    N['target'] = L
    return N


def make_before(L):
    o = L['obj']
    n = copy_object(o)
    redraw_identity(n)
    d = R.randint(360, min(14400, L['a']))
    pid = L['place'] if chance(0.6) else near_place(L['place'], 500)
    t = finder_time(PL[pid]['pk'], L['a'] - d, lo=0, hi=L['a'] - 180, forward=False)
    if t is None:
        t = L['a'] - d
    N = make_found(n, pid, t, 'found_before_loss')
    N['target'] = L
    return N


def make_elsewhere(L):
    o = L['obj']
    n = new_object(o['kind'])
    n['brand'] = o['brand']
    ms = MODELS.get((o['kind'], o['brand']))
    n['model'] = pick(ms) if ms else None
    if n['serial']:
        n['serial'] = new_serial(n)
    if chance(0.5) and o['color']:
        n['color'] = o['color']
    pid = pick([f[0] for f in FAR])
    t = min(L['b'] + R.randint(3 * 1440, 25 * 1440), NOW_M - 60)
    t = finder_time('far', t, lo=L['b'] + 2 * 1440) or t
    N = make_found(n, pid, t, 'same_brand_elsewhere')
    N['target'] = L
    return N


# ----------------------------------------------------------------------------- keeping labels honest
def feasible(L, F):
    """Could F be L's object as far as kind and time go (found at or after the loss began)?"""
    return L['obj']['kind'] == F['obj']['kind'] and F['t'] >= L['a']


class Lookalike(Exception):
    pass


def separate(L, F, records):
    """Two real objects that look exactly alike: give one of them another value of a mark both
    carry (before any text is written), keeping every statement about it in step.  An object
    that has a twin negative changes together with its twin, so the pair still differs in one
    fact only."""
    def profile(o, t=None, v=None):
        marks = dict(o['marks'])
        if t is not None:
            marks[t] = v
        return (o['color'], o['brand'], o['model'], tuple(sorted((k, str(marks[k])) for k in marks
                                                                   if can_conflict('m:' + k))))

    def group(X):
        g, skip = [X], set()
        for N in records:
            if not N.get('twin_of'):
                continue
            if N['obj'] is X or N['twin_of']['obj'] is X:
                for o in (N['obj'], N['twin_of']['obj']):
                    if not any(o is q for q in g):
                        g.append(o)
                skip.add(N['twin_attr'])
        return g, skip

    objs = []
    for Q in records:
        if Q['obj']['kind'] == L['obj']['kind'] and not any(Q['obj'] is q for q in objs):
            objs.append(Q['obj'])
    for X, Y in ((F['obj'], L['obj']), (L['obj'], F['obj'])):
        g, skip = group(X)
        if any(Y is o for o in g):
            continue
        best = None
        for t in sorted(X['marks']):
            if t not in Y['marks'] or t in IDENT_MARKS or 'm:' + t in RANGED or not can_conflict('m:' + t):
                continue
            if 'm:' + t in skip:
                continue
            for v in sorted(MK[t].get('v', {})):
                if v == X['marks'][t] or v == Y['marks'][t]:
                    continue
                if not all(consistent(dict(o, marks=dict(o['marks'], **{t: v}))) for o in g):
                    continue
                p = profile(X, t, v)
                same = sum(1 for o in objs if not any(o is q for q in g) and profile(o) == p)
                if best is None or same < best[0]:
                    best = (same, t, v)
        owner = next(Q for Q in records if Q['obj'] is X)
        if len(g) == 1 and owner.get('neg') in ('unclaimed', 'same_brand_elsewhere', 'found_before_loss') \
                and X['color']:
            for c in sorted(KINDS[X['kind']]['col']):
                if c in (X['color'], Y['color']):
                    continue
                same = sum(1 for o in objs if o is not X and profile(o) == (c,) + profile(X)[1:])
                if best is None or same < best[0]:
                    best = (same, 'color', c)
        if not best:
            continue
        if best[1] == 'color':
            X['color'] = best[2]
            for Q in records:
                if Q['obj'] is X and 'color' in Q['st']:
                    Q['st']['color'] = X['color']
            return
        _, t, v = best
        for o in g:
            if t in o['marks']:
                o['marks'][t] = v
        for Q in records:
            if any(Q['obj'] is o for o in g) and 'm:' + t in Q['st']:
                Q['st']['m:' + t] = stated_value(Q['obj'], 'm:' + t, Q['side'], exact=True)
        return
    raise RuntimeError('cannot separate lookalike %s' % L['obj']['kind'])


def resolve_all(lost, found):
    for _ in range(100):
        try:
            return resolve(lost, found)
        except Lookalike as e:
            separate(e.args[0], e.args[1], lost + found)
    raise RuntimeError('resolve did not settle')


def resolve(lost, found):
    """For every lost report and every found item that is not its truth, of the same kind and found
    after the loss began, make sure something the two sides state contradicts.  If nothing does,
    one side also states a fact it knows (the owner knows every visible fact; the finder states what
    is visible), choosing a fact on which the two objects really differ."""
    added = 0
    for L in lost:
        for F in found:
            if F is L['truth'] or not feasible(L, F):
                continue
            if conflicts(L['st'], F['st']):
                continue
            ol, of = L['obj'], F['obj']
            diff = [a for a in visible_attrs(of) if a not in F['locked'] and owner_can(ol, a)
                    and truth_value(ol, a) != truth_value(of, a)]
            if not diff:
                raise Lookalike(L, F)
            for a in diff:
                if a in RANGED and a in L['st'] and L['st'][a][0] != L['st'][a][1]:
                    L['st'][a] = stated_value(ol, a, 'lost', exact=True)
                    added += 1
            if conflicts(L['st'], F['st']):
                continue
            tiers = ([a for a in diff if a in L['st'] and a not in F['st']],
                     [a for a in diff if a in F['st'] and a not in L['st']],
                     [a for a in diff if a not in F['st'] and a not in L['st']])
            done = False
            for tier in tiers:
                for a in shuffled(tier):
                    if a not in F['st']:
                        F['st'][a] = stated_value(of, a, 'found')
                        if a == 'model' and 'brand' not in F['st']:
                            F['st']['brand'] = of['brand']
                    if a not in L['st']:
                        L['st'][a] = stated_value(ol, a, 'lost', exact=True)
                        if a == 'model' and 'brand' not in L['st']:
                            L['st']['brand'] = ol['brand']
                    added += 1
                    if conflicts(L['st'], F['st']):
                        done = True
                        break
                if done:
                    break
            if not done:
                raise RuntimeError('could not separate %s' % ol['kind'])
    return added


def build():
    kinds = []
    for k in sorted(LOST_KINDS):
        kinds += [k] * LOST_KINDS[k]
    kinds = shuffled(kinds)
    lost = [make_lost(new_object(k)) for k in kinds]
    order = shuffled(range(len(lost)))
    true_set = set(order[:N_TRUE])
    found = []
    for i, L in enumerate(lost):
        if i in true_set:
            found.append(found_for(L))
    for L in lost:
        plan_lost(L)
    for F in found:
        plan_found(F)
    # a few pairs filed under two categories
    for kind in sorted(CROSS):
        side, cat = CROSS[kind]
        c = [L for L in lost if L['truth'] and L['obj']['kind'] == kind]
        if c:
            L = pick(c)
            (L if side == 'lost' else L['truth'])['cat'] = cat
    true_l = [L for L in lost if L['truth']]
    never_l = [L for L in lost if not L['truth']]

    def targets(pool, n, ok):
        c = shuffled([L for L in pool if ok(L) and not L.get('targeted')])
        if len(c) < n:
            raise RuntimeError('not enough targets')
        for L in c[:n]:
            L['targeted'] = True
        return c[:n]

    negs = []
    plan = dict(NEG_PLAN)
    # twins of true found items
    made = 0
    for L in shuffled(true_l):
        if made == plan['twin_one_fact']:
            break
        if L.get('targeted'):
            continue
        N = make_twin(L)
        if N is None:
            continue
        L['targeted'] = True
        negs.append(N)
        made += 1
    assert made == plan['twin_one_fact']
    has_col = lambda L: bool(L['obj']['color'])
    n1 = plan['same_category_colour']
    for L in targets(true_l, n1 // 2, has_col) + targets(never_l, n1 - n1 // 2, has_col):
        negs.append(make_samecc(L))
    n2 = plan['found_before_loss']
    early = lambda L: L['a'] >= 2880
    for L in targets(true_l, n2 // 2, early) + targets(never_l, n2 - n2 // 2, early):
        negs.append(make_before(L))
    n3 = plan['same_brand_elsewhere']
    branded = lambda L: bool(L['obj']['brand']) and L['b'] <= NOW_M - 4 * 1440
    for L in targets(true_l, n3 // 2, branded) + targets(never_l, n3 - n3 // 2, branded):
        if 'brand' not in L['st']:
            L['st']['brand'] = L['obj']['brand']
        negs.append(make_elsewhere(L))
    for N in negs:
        if 'st' in N:
            continue
        plan_found(N)
        if N['neg'] == 'found_before_loss':
            for k in sorted(N['st']):
                if (k == 'serial' or k[2:] in IDENT_MARKS) and chance(0.7) and len(N['st']) > 1:
                    del N['st'][k]
        if N['neg'] == 'same_brand_elsewhere':
            N['st']['brand'] = N['obj']['brand']
    # other unclaimed found items
    ukinds = []
    for k in sorted(UNCLAIMED_KINDS):
        ukinds += [k] * UNCLAIMED_KINDS[k]
    for k in shuffled(ukinds):
        o = new_object(k)
        pid = choose_place(o) if chance(0.8) else pick([f[0] for f in FAR])
        N = make_found(o, pid, draw_time(PL[pid]['pk']), 'unclaimed')
        plan_found(N)
        negs.append(N)
    found += negs
    added = resolve_all(lost, found)
    check_honest(lost, found)
    return lost, found, added


def check_honest(lost, found):
    for L in lost:
        F = L['truth']
        if F is not None:
            assert not conflicts(L['st'], F['st']), ('true pair contradicts', L['obj']['kind'])
            assert F['t'] >= L['a']
        for G in found:
            if G is not F and feasible(L, G):
                assert conflicts(L['st'], G['st']), ('ambiguous', L['obj']['kind'])
    for N in found:
        if N['neg'] == 'twin_one_fact':
            L = N['target']
            assert conflicts(L['st'], N['st']) == [N['twin_attr']], conflicts(L['st'], N['st'])
            F = N['twin_of']
            diff = [a for a in visible_attrs(F['obj'], exclusive=False)
                    if truth_value(F['obj'], a) != truth_value(N['obj'], a) and a in N['st']]
            assert diff == [N['twin_attr']], diff
        if N['neg'] == 'found_before_loss':
            assert N['t'] < N['target']['a']
        if N['neg'] == 'same_brand_elsewhere':
            assert N['t'] >= N['target']['a']
    return True


# ----------------------------------------------------------------------------- writing the texts
VEHICLES = ('ebike', 'bicycle', 'kidbike')
FORMAL = ('grid', 'prop', 'grid_f', 'desk', 'prop_f')
TYPOS = [('钥匙', '钥是'), ('眼镜', '眼睛'), ('钱包', '钱保'), ('书包', '书抱'), ('助听器', '助听气'), ('拐杖', '拐仗'),
         ('门禁卡', '门禁咔'), ('已经', '以经'), ('水壶', '水湖'), ('项圈', '项全'), ('身份证', '身分证'),
         ('充电宝', '冲电宝'), ('滑板车', '滑版车'), ('戒指', '戒子'), ('公园', '公圆'), ('菜市场', '菜市常'),
         ('幼儿园', '幼儿圆'), ('手表', '手彪'), ('丢了', '丢勒'), ('颜色', '颜涩'), ('电动车', '电动侧'),
         ('驿站', '驿栈'), ('超市', '超是'), ('耳机', '耳几'), ('挂件', '挂见'), ('照片', '照骗'), ('不见了', '不见乐')]


def style_of(voice):
    if voice in FORMAL:
        return 'formal'
    if voice == 'hurry':
        return 'hurry'
    return 'casual'


def add_typo(text):
    opts = [(a, b) for a, b in TYPOS if a in text]
    if not opts:
        return text
    a, b = pick(opts)
    i = text.find(a)
    return text[:i] + b + text[i + len(a):]


def colour_word(fam, style):
    cas, frm = COLORS[fam]
    w = pick(frm if style == 'formal' else cas)
    if style == 'hurry' and w.endswith('色') and chance(0.5):
        w = w[:-1]
    return w


def brand_word(b, kind, style, side):
    zh, en, py, ty = BRANDS[b]
    en = en + KIND_BRAND_EN.get((kind, b), [])
    if style == 'formal':
        w = {'zh': 5, 'en': 2, 'both': 3}
    elif style == 'hurry':
        w = {'zh': 3, 'en': 3, 'py': 2, 'typo': 2}
    else:
        w = {'zh': 5, 'en': 3, 'py': 1, 'typo': 1}
    if side == 'found':
        w['en'] = w.get('en', 0) + 2          # a finder copies what is printed
    k = wpick(w)
    if k == 'zh':
        return pick(zh)
    if k == 'en':
        return pick(en)
    if k == 'py':
        return pick(py)
    if k == 'typo':
        return pick(ty) if ty else pick(zh)
    return '%s（%s）' % (pick(zh), pick(en))


def model_word(stv):
    if stv[0] == 'series':
        return pick([stv[1], stv[1] + '系列'])
    return pick(model_variants(stv[2]))


def ctx_for(rec):
    o = rec['obj']
    fam = o['fam']
    ch = fam['child']
    w = rec.get('writer')
    boy = ch['sex'] == 'M'
    if w in ('grand', 'elder', 'grid'):
        kin = '孙子' if boy else '孙女'
    elif w in ('parent', 'hurry', 'resident'):
        kin = '儿子' if boy else '女儿'
    else:
        kin = '孩子'
    if 'grade' in ch:
        sc = '澜苑实验小学' + grade_cls(ch)
    else:
        sc = '澜苑第一幼儿园中班'
    said = rec.get('said') or [rec['place']]
    return dict(kin=kin, cs='男孩' if boy else '女孩', cls=grade_cls(ch), ch=ch['name'], school_cls=sc,
                place=pick(PL[said[0]]['alias']), brand=BRANDS[o['brand']][0][0] if o['brand'] else '',
                carmodel=o.get('carmodel', ''), t=pick(SURN))


def fill(tpl, ctx, v=None):
    s = tpl
    for k in sorted(ctx):
        s = s.replace('{' + k + '}', str(ctx[k]))
    if v is not None:
        s = s.replace('{v}', str(v))
        if '{cv}' in s:
            s = s.replace('{cv}', cnum_col(v) if isinstance(v, int) else str(v))
    return s


def money_phrase(stv, side, t):
    lo, hi = stv
    if lo == hi:
        v = lo
        if side == 'lost':
            f = pick(['现金{a}元', '{a}块钱', '有{b}块钱' if v < 1000 else '有{a}块钱'])
        else:
            f = pick(['现金{a}元', '内有现金人民币{a}元', '经当面清点共{a}元'])
        if t == 'm:ca_amount' and side == 'found':
            f = pick(['共计人民币{a}元', '经当面清点共{a}元', '金额{a}元'])
        return f.replace('{a}', str(v)).replace('{b}', cnum_col(v))
    if hi - lo == 99:
        word = cnum_col(lo) if lo < 1000 else str(lo)
        return pick(['大概有%s多块钱' % word, '现金%s多' % word, '%s多块钱吧' % word])
    mid = (lo + hi) // 2
    return pick(['大概%d元左右' % mid, '%s块钱左右' % (cnum_col(mid) if mid < 1000 else str(mid)),
                 '记得是%d块上下' % mid])


def plate_variant(v):
    return pick([v, v[:3] + '·' + v[3:], v[:2] + ' ' + v[2:]])


def mark_phrase(rec, a, ctx):
    o = rec['obj']
    t = a[2:]
    m = MK[t]
    side = rec['side']
    stv = rec['st'][a]
    if a in RANGED:
        return money_phrase(stv, side, a)
    if 'v' in m:
        own, fin = m['v'][stv]
        return fill(pick(own if side == 'lost' else fin), ctx)
    tpl = pick(m['o'] if side == 'lost' else m['f'])
    v = stv
    if m['gen'] == 'plate':
        v = plate_variant(v)
    if m['gen'] == 'keycount' and side == 'found' and chance(0.3):
        v = cnum(v)
    return fill(tpl, ctx, v)


def spaced(v, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(v[i:i + n])
        i += n
    if i < len(v):
        out.append(v[i:])
    return ' '.join(out)


def serial_text(rec, style):
    """(field form, body clause) for the serial."""
    o = rec['obj']
    v = o['serial']
    stype = KINDS[o['kind']]['ser']
    lost = rec['side'] == 'lost'
    if stype == 'imei':
        forms = [v, spaced(v, [2, 6, 6]), spaced(v, [4, 4, 4])]
        if lost and chance(0.3):
            f = 'IMEI后六位' + v[-6:]
            return f, f
        f = pick(forms)
        if lost:
            return f, pick(['IMEI号' + f, '串号是' + f, '盒子上的IMEI是' + f])
        if o['kind'] == 'kidwatch':
            return f, pick(['背面标签IMEI：' + f, '表背面印有IMEI ' + f])
        return f, pick(['IMEI：' + f, '经拨*#06#查看IMEI为' + f])
    if stype == 'fob':
        f = pick([v, spaced(v, [4, 4])])
        return f, ('门禁卡号' if lost else '门禁卡背面编号') + f
    if stype in ('sn_ha', 'sn_eb', 'sn_tb'):
        if lost and chance(0.3):
            f = v[-5:]
            return '后五位' + f, '序列号最后几位是' + f
        f = v
        return f, pick(['序列号' + f, 'SN：' + f, 'SN码' + f])
    if stype == 'bank':
        bank, pre = o['bank']
        if lost:
            f = pick([v, '尾号' + v, bank + '卡尾号' + v])
            return f, pick(['里面有张%s的卡，尾号%s' % (bank, v), '银行卡尾号' + v, '有一张%s卡，卡号最后四位%s' % (bank, v)])
        f = pick(['%s **** **** %s' % (pre, v), '%s********%s' % (pre, v), '尾号' + v])
        return f, pick(['内有%s银行卡一张，卡号%s' % (bank, f), '内有银行卡一张（%s，尾号%s）' % (bank, v)])
    if stype == 'idnum':
        label = {'idcard': '身份证号', 'sscard': '社会保障号码', 'driverlic': '证号'}[o['kind']]
        if lost:
            if chance(0.75):
                return v, label + v
            return '尾号' + v[-4:], '号码后四位' + v[-4:]
        f = pick([v, v[:4] + '*' * 10 + v[-4:], v[:6] + '*' * 8 + v[-4:]])
        return f, pick([label + f, '证件号码' + f])
    if stype == 'elder':
        if lost and chance(0.4):
            return '后四位' + v[-4:], '卡号后四位' + v[-4:]
        return v, '卡号' + v
    if stype == 'stu':
        return v, '学号' + v
    if stype in ('frame_ev', 'frame_bc'):
        if lost and chance(0.35):
            return '后六位' + v[-6:], '车架号后六位' + v[-6:]
        f = pick([v, v[:3] + ' ' + v[3:]])
        return f, '车架号' + f
    raise ValueError(stype)


def noun_of(rec):
    sp = KINDS[rec['obj']['kind']]
    return pick(sp['on'] if rec['side'] == 'lost' else sp['fn'])


def describe(rec, style, in_body):
    """The item's noun phrase and the descriptive clauses for the body."""
    o = rec['obj']
    sp = KINDS[o['kind']]
    st = rec['st']
    side = rec['side']
    ctx = rec['ctx']
    noun = noun_of(rec)
    pre, clauses = '', []
    b = m = ''
    if 'brand' in in_body:
        b = brand_word(o['brand'], o['kind'], style, side)
    if 'model' in in_body:
        m = model_word(st['model'])
        if b and m.lower().startswith(b.lower()):
            b = ''
    if 'color' in in_body and sp['cstyle'] != 'implied':
        c = colour_word(st['color'], style)
        c0 = c[:-1] if c.endswith('的') else c
        if sp['cstyle'] == 'fob':
            clauses.append(pick(['门禁卡是%s的' % c0, '带%s门禁扣' % c0, '门禁扣%s' % c0] if side == 'lost' else
                                ['附%s门禁扣' % c, '门禁卡扣为%s' % c, '%s门禁卡扣一个' % c]))
        elif chance(0.6):
            pre = c
        else:
            clauses.append(pick(['是%s的' % c0, '%s的' % c0, '颜色是%s' % c0] if side == 'lost' else
                                ['颜色%s' % c, '%s' % c, '外观%s' % c]))
    if b or m:
        if chance(0.6):
            pre = pre + b + (' ' if b and m and b[-1].isascii() and b[-1].isalpha() else '') + m
        else:
            bits = []
            if b:
                bits.append(pick(['%s牌子的' % b, '牌子是%s' % b, '%s的' % b] if side == 'lost' else
                                 ['品牌%s' % b, '%s牌' % b, '标有%s字样' % b]))
            if m:
                bits.append(pick(['型号%s' % m, '是%s' % m] if side == 'lost' else ['型号%s' % m, '型号为%s' % m]))
            clauses = bits + clauses
    np = pre + ('的' if pre and chance(0.2) and side == 'lost' else '') + noun
    if 'serial' in in_body:
        clauses.append(rec['serial_body'])
    for a in sorted(in_body):
        if a.startswith('m:'):
            clauses.append(mark_phrase(rec, a, ctx))
        elif a.startswith('h:'):
            clauses.append(fill(st[a], ctx))
    head = [c for c in clauses[:2]]
    rest = clauses[2:]
    R.shuffle(rest)
    return np, head + rest


def place_text(pid, spot, style, side):
    p = PL[pid]
    if p['pk'] == 'far':
        return p['name'] + spot
    if style == 'formal':
        name = p['name'] if p['pk'] != 'estate' else p['name'] + spot
        if p['pk'] != 'estate' and spot:
            name += spot
        return name
    name = pick(p['alias'])
    if spot and chance(0.55 if side == 'found' else 0.4):
        name += ('' if name.endswith(spot[:1]) else '') + spot
    return name


def coords(pid, spot, jitter):
    x, y = spot_xy(pid, spot)
    ang = R.random() * 6.283
    r = R.random() * jitter
    return to_ll(x + r * math.cos(ang), y + r * math.sin(ang))


def choose_fields(rec, style):
    st = rec['st']
    pf = {'formal': dict(color=.85, brand=.85, model=.8, serial=.9, marks=.75),
          'casual': dict(color=.45, brand=.45, model=.5, serial=.55, marks=.35),
          'hurry': dict(color=.15, brand=.15, model=.2, serial=.3, marks=.1)}[style]
    also = {'formal': .7, 'casual': .5, 'hurry': .3}[style]
    fields, in_body = {}, set()
    for a in ('color', 'brand', 'model', 'serial'):
        if a in st:
            if chance(pf[a]):
                fields[a] = True
                if chance(also):
                    in_body.add(a)
            else:
                in_body.add(a)
    marks = [a for a in sorted(st) if a[:2] in ('m:', 'h:')]
    if marks and chance(pf['marks']):
        fields['marks'] = True
        for a in marks:
            if chance(0.45):
                in_body.add(a)
    else:
        in_body.update(marks)
    return fields, in_body


PLEA = {
    'elder': ['麻烦民警同志帮忙留意，谢谢！', '谁捡到了请交到派出所，谢谢好心人。', '这东西我天天要用，拜托了。', '',
              '家里人都着急。'],
    'grand': ['孩子回家哭了一晚上，麻烦大家了。', '谢谢好心人！', '麻烦帮忙找找，谢谢。', ''],
    'parent': ['麻烦帮忙留意一下，谢谢！', '孩子急哭了，拜托大家！', '有消息请通知我，谢谢。', ''],
    'guardian': ['主人家让我来登记的，麻烦了。', '谢谢！', ''],
    'adultchild': ['老人离不开这个，麻烦了！', '谢谢民警同志。', '有消息麻烦打我电话。'],
    'resident': ['如有拾到请联系，必有酬谢！', '拜托了，谢谢！', '', '有人捡到的话麻烦交派出所。'],
    'grid': ['请协助查找。', '特此登记，请予协查。', ''],
    'prop': ['业主联系方式已在物业留存。', '请协助查找。', ''],
}


def join_clauses(cl):
    cl = [c for c in cl if c]
    return '，'.join(cl)


def render_lost(L):
    o = L['obj']
    w = L['writer']
    style = style_of(w)
    fam = o['fam']
    L['ctx'] = ctx_for(L)
    fields, in_body = choose_fields(L, style)
    if 'serial' in L['st']:
        L['serial_field'], L['serial_body'] = serial_text(L, style)
    np, cl = describe(L, style, in_body)
    desc = join_clauses(cl)
    said = L['said']
    casual = style != 'formal'
    spot = L['spot'] if said[0] == L['place'] else choose_spot(said[0])
    if spot in ('购物车里', '一辆共享单车车筐里') or PL[said[0]]['pk'] in ('street', 'bus'):
        spot = ''
    if o['kind'] in VEHICLES:
        spot = vehicle_spot(said[0])
    unsure = ''
    if len(said) == 2:
        pa, pb = place_text(said[0], '', style, 'lost'), place_text(said[1], '', style, 'lost')
        where = pick(['%s或者%s' % (pa, pb), '%s或%s' % (pa, pb), '%s、%s一带' % (pa, pb)])
        unsure = pick(['不确定是在%s还是%s丢的。' % (pa, pb), '可能是在%s，也可能在%s。' % (pa, pb), '具体在哪儿丢的说不准。'])
        addr = pick(['%s或%s' % (PL[said[0]]['name'], PL[said[1]]['name']), '%s/%s附近' % (pa, pb)])
    else:
        where = place_text(said[0], spot, style, 'lost')
        addr = PL[said[0]]['name'] + (spot if chance(0.5) else '') if style == 'formal' else pick(
            [where, pick(PL[said[0]]['alias']), PL[said[0]]['name']])
        if style == 'formal' and chance(0.5):
            addr = DISTRICT + addr
    when = when_window(L['a'], L['b'], casual)
    act = actv(PL[said[0]]['pk'], L['t_loss'], o['pkey'])
    person = fam[o['pkey']]
    unit = KINDS[o['kind']]['unit']
    ctx = L['ctx']
    plea = pick(PLEA.get(w, ['']))
    home = PL[fam['home']]['name']
    dsc = (desc + '。') if desc else ''
    if unsure and w not in ('hurry', 'grid', 'prop'):
        dsc = unsure + dsc
    if w == 'hurry':
        bits = [np + pick(['丢了', '不见了', '找不到了']), where,
                (day_word(L['t_loss'], True) + period(dt(L['t_loss']).hour)) if chance(0.3) else when]
        if cl:
            bits.append(cl[0])
        bits.append(pick(['急', '急！！', '麻烦了', '谢谢', '有捡到的联系我', '']))
        body = pick([' ', '，', ' ']).join(b for b in bits if b)
    elif w == 'grid':
        pre = pick(['网格员代登记', '网格员走访登记', '网格员上门代为登记'])
        verb = pick(['自述', '反映', '称'])
        actn = ACTN[PL[said[0]]['pk']]
        feat = ('物品特征：' + dsc) if desc else ''
        if o['pkey'] == 'child':
            e = fam['elder']
            body = '%s：辖区居民%s（%s%s，%d岁）%s，%s在%s%s时，其%s的%s遗失。%s%s' % (
                pre, e['name'], home, fam['bldg'], e['age'], verb, when, where, actn, ctx['kin'], np, feat, plea)
        else:
            who = pick([person['name'], person['name'][0] + '某某'])
            body = '%s：辖区居民%s（%s%s，%d岁）%s于%s在%s%s时遗失%s一%s。%s%s' % (
                pre, who, home, fam['bldg'], person['age'], verb, when, where, actn, np, unit, feat, plea)
    elif w == 'prop':
        title = '先生' if person['sex'] == 'M' else '女士'
        if o['pkey'] == 'child':
            owner = '业主%s%s（%s）反映，其孩子的%s' % (fam['adult']['name'][0], pick(['先生', '女士']), fam['bldg'], np)
        else:
            owner = '业主%s%s（%s）反映，其%s' % (person['name'][0], title, fam['bldg'], np)
        body = '%s物业服务中心代业主登记：%s于%s在%s附近遗失。%s%s' % (home, owner, when, where, dsc, plea)
    elif w == 'elder':
        intro = pick(['我是%s%s的住户，今年%d岁。' % (home, fam['bldg'], person['age']),
                      '我姓%s，住在%s。' % (person['name'][0], home), '',
                      ('老太婆' if person['sex'] == 'F' else '老头子') + '我记性差，'])
        lostc = pick(['回家才发现%s没了' % np, '%s就找不到了' % np, '不小心把%s弄丢了' % np])
        body = '%s%s我在%s%s，%s。%s' % (intro, when, where, act, lostc, dsc)
        if 'brand' not in L['st'] and o['brand'] and chance(0.4):
            body += pick(['什么牌子记不清了。', '牌子不知道。'])
        body += plea
    elif w == 'grand':
        body = '%s我在%s%s，%s的%s%s。%s%s' % (when, where, act, ctx['kin'], np,
                                         pick(['落在那儿了', '不见了', '弄丢了', '找不着了']), dsc, plea)
    elif w == 'guardian':
        body = '我是%s%s一户人家的%s，%s带孩子在%s%s，孩子的%s不见了。%s%s' % (
            home, fam['bldg'], pick(['育儿嫂', '保姆', '钟点工阿姨']), when, where, act.replace('带孩子', ''),
            np, dsc, plea)
    elif w == 'adultchild':
        rel = '我妈' if person['sex'] == 'F' else '我爸'
        body = '帮%s登记：老人%d岁，%s在%s%s，%s丢了。%s%s' % (
            rel, person['age'], when, where, act, np, dsc, plea)
    elif w == 'parent':
        if o['pkey'] == 'child':
            body = pick(['孩子%s在%s把%s弄丢了。' % (when, where, np),
                         '%s在%s%s，%s的%s不见了。' % (when, where, act, ctx['kin'], np)])
        else:
            body = '%s在%s丢了%s。' % (when, where, np)
        body += dsc + plea
    else:  # resident
        body = pick(['本人于%s在%s遗失%s一%s。' % (when, where, np, unit),
                     '%s在%s%s，%s落下了。' % (when, where, act, np),
                     '%s在%s附近丢了%s。' % (when, where, np)])
        body += dsc + plea
    if o['kind'] in VEHICLES and w != 'hurry':
        if L['b'] // 1440 > L['a'] // 1440:
            gone = pick(['第二天早上下楼发现不见了', '早上起来车就没了', '怀疑被人骑走了'])
        else:
            gone = pick(['回来就找不到了', '怀疑被人骑走了', '再去的时候车没了'])
        if w in ('grid', 'prop'):
            body = '%s：%s%s反映，其停放在%s的%s于%s期间丢失。%s%s' % (
                '网格员代登记' if w == 'grid' else home + '物业服务中心代业主登记',
                '居民' if w == 'grid' else '业主', person['name'] if o['pkey'] != 'child' else fam['adult']['name'],
                where, np, when, dsc, plea)
        else:
            who = {'child': '孩子的', 'elder': ''}.get(o['pkey'], '')
            body = '%s，%s%s停在%s，%s。%s%s' % (when, who, np, where, gone, dsc, plea)
    if style == 'hurry' and chance(0.7) or style == 'casual' and chance(0.08):
        body = add_typo(body)
    body = body.replace('。。', '。').replace('，。', '。')
    rec = dict(category=L['cat'], body=body)
    fill_fields(L, rec, fields, style)
    if chance({'formal': 0.85, 'casual': 0.65, 'hurry': 0.25}[style]):
        rec['address'] = addr[:60]
    if chance({'formal': 0.5, 'casual': 0.35, 'hurry': 0.3}[style]):
        if chance(0.1):
            lat, lon = coords(fam['home'], '', 60)
        else:
            lat, lon = coords(said[0], spot, 250)
        rec['lat'], rec['lon'] = lat, lon
    rec['lost_from_min'] = NOW_M - L['a']
    rec['lost_to_min'] = NOW_M - L['b']
    return rec


def fill_fields(X, rec, fields, style):
    o = X['obj']
    st = X['st']
    if fields.get('color'):
        rec['color'] = colour_word(st['color'], style)
    if fields.get('brand'):
        rec['brand'] = brand_word(o['brand'], o['kind'], style, X['side'])
    if fields.get('model'):
        rec['model'] = model_word(st['model'])
    if fields.get('serial'):
        rec['serial'] = X['serial_field']
    if fields.get('marks'):
        parts = []
        for a in sorted(st):
            if a.startswith('m:'):
                parts.append(mark_phrase(X, a, X['ctx']))
            elif a.startswith('h:'):
                parts.append(fill(st[a], X['ctx']))
        R.shuffle(parts)
        if parts:
            rec['marks'] = pick(['；', '，', '。']).join(parts)[:500]


TAIL = ['已交派出所招领。', '现送交派出所，请失主认领。', '物品已交阳光坐席登记。', '', '请尽快联系失主。']


def render_found(F):
    o = F['obj']
    v = F['finder']
    style = style_of(v)
    F['ctx'] = ctx_for(F)
    fields, in_body = choose_fields(F, style)
    if 'serial' in F['st']:
        F['serial_field'], F['serial_body'] = serial_text(F, style)
    np, cl = describe(F, style, in_body)
    unit = KINDS[o['kind']]['unit']
    np1 = pick(['%s一%s' % (np, unit), np]) if unit != '笔' else np
    desc = join_clauses(cl)
    pid = F['place']
    pk = PL[pid]['pk']
    spot = F['spot'] if pk != 'far' else pick(['', '附近', '门口'])
    if o['kind'] in VEHICLES and '车筐' in spot:
        spot = '旁边人行道上'
    casual = v not in FORMAL
    when = when_point(F['t'], casual)
    place = place_text(pid, spot, 'formal' if not casual else 'casual', 'found')
    fplace = PL[pid]['name'] + spot
    sur = pick(SURN)
    d = ('，' + desc) if desc else ''
    if v == 'grid_f':
        body = '%s，网格员%s在%s%s拾得%s%s。%s' % (when, new_name(sur, 'adult', pick('MF')), fplace,
                                           pick(['巡查时', '走访时', '日常巡查中']), np1, d, pick(TAIL))
    elif v == 'desk':
        body = '%s拾得物品：%s。%s拾得时间：%s；拾得地点：%s。' % (pick(['群众送交。', '', '热心群众交来。']), np1,
                                                    (desc + '。') if desc else '', when, fplace)
    elif v == 'prop_f':
        body = '%s物业服务中心：%s%s在%s拾到%s%s。%s' % (
            PL[pid]['name'], when, pick(['保洁员', '保安', '管家']), spot, np1, d,
            pick(['前台张贴招领两天无人认领，现转交派出所。', '业主群里发了没人认，转交派出所。', '交派出所统一招领。']))
    elif v == 'steward':
        body = '我是%s%s楼栋长，姓%s，%s在%s捡到%s%s。%s' % (
            PL[pid]['name'], pick(BLDGS[pid]), sur, when, place, np1, d,
            pick(['先交到派出所，谁丢的来认领。', '楼里问了一圈没人认。', '在楼栋群里问过，没人说丢。']))
    elif v == 'passer':
        al = pick(PL[pid]['alias']) if pk != 'far' else PL[pid]['name']
        body = '%s路过%s，在%s%s%s%s，%s' % (when, al, spot or '路边', pick(['看到', '发现', '看见有']), np1, d,
                                        pick(['就送到派出所来了。', '交给你们处理。', '希望早点还给失主。']))
    elif v == 'dancer':
        body = '广场舞队%s阿姨交来：%s跳完舞收音箱的时候，在%s边上捡到%s%s。' % (sur, when, place, np1, d)
    elif v == 'cleaner':
        body = '%s保洁员%s打扫时发现%s%s。%s' % (fplace, when, np1, d, pick(TAIL))
    elif v == 'guard':
        body = '%s门卫室交来：%s%s在%s发现%s%s，%s' % (
            PL[pid]['name'], when, pick(['放学后', '接送高峰过后', '']) if dt(F['t']).hour >= 15 else
            pick(['早上送完孩子后', '早高峰后', '']) if dt(F['t']).hour < 10 else '', spot, np1, d,
            pick(['没见家长回来找。', '学校群里问过，暂无人认领。', '先交派出所。']))
    elif v == 'teacher':
        body = '%s护学岗%s老师：%s在%s捡到%s%s。%s' % (PL[pid]['name'], sur, when, place, np1, d,
                                              pick(['问了几个班都说不是。', '先交派出所。', '']))
    elif v == 'canteen_f':
        body = '长者食堂工作人员%s收拾时在%s发现%s%s。%s' % (when, spot, np1, d,
                                                pick(['问了当天吃饭的老人，没人认领。', '食堂登记后交派出所。', '']))
    elif v == 'vendor':
        stall = {'水产区': '水产摊', '肉摊旁': '卖肉的', '水果摊前': '水果摊', '蔬菜区': '卖菜的'}.get(
            spot, pick(['卖菜的', '水产摊', '卖肉的', '水果摊']))
        body = '菜市场%s摊主%s%s交来：%s在摊位前捡到%s%s。' % (stall, sur, pick(['大姐', '师傅']), when, np1, d)
    elif v == 'cashier':
        body = '惠邻超市收银员%s在%s发现顾客遗留的%s%s，超市广播找过，无人认领。' % (when, spot, np1, d)
    elif v == 'courier':
        body = '菜鸟驿站店员：%s在驿站%s发现%s%s，可能是取件的人落下的。' % (when, spot, np1, d)
    elif v == 'staff':
        body = '社区党群服务中心工作人员%s在%s发现%s%s。' % (when, spot, np1, d)
    elif v == 'nurse':
        body = '社区卫生服务站护士%s在%s发现%s%s，%s' % (when, spot, np1, d,
                                              pick(['可能是来看病的老人落下的。', '站里登记过，无人认领。']))
    elif v == 'bikeops':
        body = '共享单车运维人员%s在%s整理车辆时发现%s%s。' % (when, place, np1, d)
    elif v == 'shop':
        body = '澜苑商业街%s店主%s在店门口捡到%s%s。' % (spot.replace('门口', ''), when, np1, d)
    elif v == 'child_f':
        body = '一名小学生在家长陪同下交来%s，称%s在%s捡到。%s' % (np1, when, place, (desc + '。') if desc else '')
    else:  # farstaff
        body = '%s工作人员%s在%s发现%s%s，广播寻找失主未果。（%s转来）' % (
            PL[pid]['name'], when, spot or '现场', np1, d, pick(['东湖派出所', '城北派出所', '车站派出所']))
    if o['kind'] in VEHICLES:
        for a, b in (('拾得物品', '发现物品'), ('拾得时间', '发现时间'), ('拾得地点', '发现地点'), ('拾得', '发现'),
                     ('拾到', '发现'), ('捡到', '发现'), ('顾客遗留的', '停放的'), ('地上', '路边')):
            body = body.replace(a, b)
        L0 = F.get('truth_of')
        if L0 is None or F['t'] - L0['t_loss'] > 2 * 1440:
            extra = pick(['，停放多日无人挪动', '，车上积了一层灰', '，无人认领'])
        else:
            extra = pick(['，未上锁', '，无人认领', '，钥匙孔有撬动痕迹', ''])
        body = body.replace('发现' + np1, '发现' + np1 + extra, 1)
    if style == 'casual' and chance(0.06):
        body = add_typo(body)
    body = body.replace('。。', '。').replace('，。', '。').replace('，，', '，')
    rec = dict(category=F['cat'], body=body)
    fill_fields(F, rec, fields, style)
    if chance({'formal': 0.95, 'casual': 0.7, 'hurry': 0.5}[style]):
        a = fplace if style == 'formal' or chance(0.6) else pick(PL[pid]['alias'])
        if pk != 'far' and chance(0.3):
            a = DISTRICT + a
        rec['address'] = a[:60]
    if chance({'formal': 0.75, 'casual': 0.55, 'hurry': 0.5}[style]):
        rec['lat'], rec['lon'] = coords(pid, spot, 30)
    rec['found_at_min'] = NOW_M - F['t']
    return rec


# ----------------------------------------------------------------------------- output
LOST_ORDER = ['key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'address', 'marks', 'lat', 'lon',
              'lost_from_min', 'lost_to_min', 'truth']
FOUND_ORDER = ['key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'address', 'marks', 'lat', 'lon',
               'found_at_min', 'negative']


def ordered(rec, order):
    return {k: rec[k] for k in order if k in rec}


def main(argv):
    out = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), SETNAME + '.json')
    lost, found, added = build()
    lost = shuffled(lost)
    found = shuffled(found)
    for i, F in enumerate(found):
        F['key'] = '%s-F%04d' % (PFX, i + 1)
    for i, L in enumerate(lost):
        L['key'] = '%s-L%04d' % (PFX, i + 1)
    frecs = []
    for F in found:
        r = render_found(F)
        r['key'] = F['key']
        if F['neg']:
            r['negative'] = F['neg']
        frecs.append(ordered(r, FOUND_ORDER))
    lrecs = []
    for L in lost:
        r = render_lost(L)
        r['key'] = L['key']
        r['truth'] = L['truth']['key'] if L['truth'] else None
        lrecs.append(ordered(r, LOST_ORDER))
    data = {'seed': SEED, 'made_by': MADE_BY, 'parts': {SETNAME: {'found': frecs, 'lost': lrecs}}}
    with open(out, 'w', encoding='utf-8') as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    print('wrote %s: %d lost (%d with truth), %d found; %d facts added to keep labels honest'
          % (out, len(lrecs), sum(1 for r in lrecs if r['truth']), len(frecs), added))


if __name__ == '__main__':
    main(sys.argv)
