#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writer for set74, a blind labelled lost-and-found set (see SET74.md).

The world: the invented coastal city 滨州湾市 in the week of its city marathon.
Every object is first drawn as a hidden truth record; the owner's lost report and
the finder's registration are then written from it separately, each in its own
voice and each knowing only what that person could know.

Usage:  python3 tests/lostfound/make_set74.py [--out PATH]

Python 3 standard library only; a single random.Random(SEED); nothing depends on
set or dict ordering, so the output is byte-identical under any PYTHONHASHSEED.
"""
import json
import math
import os
import random
import re
import sys

SEED = 7474
PART = 'set74'
PFX = 'S74'
MADE_BY = 'tests/lostfound/make_set74.py'
N_PAIRS = 150
N_NULL = 90
NEG_PLAN = [('same_cat_color', 34), ('found_before_loss', 28), ('same_brand_far', 24),
            ('same_model_other_serial', 20), ('same_model_marks_differ', 14)]
N_CROSS = 4          # true pairs filed under two different categories (brief: at most 5)

rng = random.Random(SEED)


# ----------------------------------------------------------------------------- helpers

def pick(seq):
    return seq[rng.randrange(len(seq))]


def chance(p):
    return rng.random() < p


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def rint(a, b):
    return rng.randint(a, b)


def sample(seq, k):
    k = max(0, min(k, len(seq)))
    return rng.sample(list(seq), k)


def one(x):
    return pick(x) if isinstance(x, list) else x


def digits(n):
    return ''.join(str(rng.randrange(10)) for _ in range(n))


ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'
LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'


def alnum(n, chars=ALNUM):
    return ''.join(pick(chars) for _ in range(n))


def km_between(a, b):
    (la1, lo1), (la2, lo2) = a, b
    r = 6371.0
    p1, p2 = math.radians(la1), math.radians(la2)
    dp, dl = p2 - p1, math.radians(lo2 - lo1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def jitter(lat, lon, metres):
    ang = rng.random() * 2 * math.pi
    d = rng.random() * metres
    dlat = d * math.cos(ang) / 111320.0
    dlon = d * math.sin(ang) / (111320.0 * math.cos(math.radians(lat)))
    return round(lat + dlat, 6), round(lon + dlon, 6)


# ----------------------------------------------------------------------------- numbers

def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


USED = []          # every identifying number drawn, so no two objects share one


def fresh(fn):
    for _ in range(200):
        v = fn()
        if v not in USED:
            USED.append(v)
            return v
    raise RuntimeError('could not draw a fresh number')


def imei(tac=None):
    def mk():
        t = tac or ('86' + digits(6))
        body = t + digits(14 - len(t))
        return body + luhn_digit(body)
    return fresh(mk)


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = '10X98765432'
AREAS = ['370202', '370211', '370285', '370213', '370681', '370781', '371002', '370102',
         '110108', '310115', '320106', '330106', '440305', '210202', '410105', '130102',
         '510107', '420106', '370883', '120104', '350203', '610113']


def id_check(body17):
    return ID_C[sum(int(c) * w for c, w in zip(body17, ID_W)) % 11]


def idno(year_lo=1962, year_hi=2004):
    def mk():
        y = rint(year_lo, year_hi)
        m = rint(1, 12)
        d = rint(1, 28)
        body = '%s%04d%02d%02d%s' % (pick(AREAS), y, m, d, digits(3))
        return body + id_check(body)
    return fresh(mk)


BANKS = [('6222', ['工商银行', '工行'], 'ICBC'), ('6217', ['建设银行', '建行'], 'CCB'),
         ('6228', ['农业银行', '农行'], 'ABC'), ('6214', ['招商银行', '招行'], 'CMB'),
         ('6216', ['中国银行', '中行'], 'BOC'), ('6230', ['滨州湾农商银行', '农商行'], 'local bank')]


def bank_tail():
    b = pick(BANKS)
    t = fresh(lambda: digits(4))
    return {'pre': b[0], 'zh': b[1], 'en': b[2], 'tail': t}


def mask_phone():
    return pick(['138', '139', '136', '150', '151', '158', '186', '187', '135', '177', '199']) + '****' + digits(4)


# ----------------------------------------------------------------------------- time
# Minute 0 is Thursday 23 October 00:00 (expo opens that day); the marathon starts
# Sunday 26 October 07:30 (minute 3*1440+450).  Every registration is entered at the
# same moment R, Wednesday 29 October 10:00, and times are written as minutes before R.

R_MIN = 6 * 1440 + 600
RACE_START = 3 * 1440 + 450
WD = ['周四', '周五', '周六', '周日', '周一', '周二', '周三']
WD2 = ['星期四', '星期五', '星期六', '星期天', '星期一', '星期二', '星期三']
WD_EN = ['Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday']
CN_NUM = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']


def before_r(t):
    return R_MIN - t


def day_zh(d, plain=False):
    opts = [WD[d], WD[d], WD2[d], '10月%d日' % (23 + d), '%d号' % (23 + d)]
    if not plain:
        if d == 3:
            opts += ['比赛当天', '马拉松当天', '比赛那天', '周日比赛日']
        if d == 2:
            opts += ['赛前一天', '比赛前一天']
        if d == 4:
            opts += ['比赛第二天', '前天']
        if d == 5:
            opts += ['昨天']
        if d == 6:
            opts += ['今天']
    return pick(opts)


def part_of_day(h):
    if h < 5:
        return '凌晨'
    if h < 9:
        return '早上'
    if h < 11:
        return '上午'
    if h < 13:
        return '中午'
    if h < 17:
        return '下午'
    if h < 19:
        return '傍晚'
    return '晚上'


def clock_zh(t):
    m = t % 1440
    h, mi = divmod(m, 60)

    def h12(hh):
        hh %= 24
        return hh if hh <= 12 else hh - 12

    style = rint(0, 4)
    if style == 0:
        return '%d:%02d' % (h, mi)
    if style == 1:
        mm = int(round(mi / 5.0)) * 5
        hh = h
        if mm == 60:
            hh, mm = h + 1, 0
        if mm == 0:
            return '%s%d点' % (part_of_day(hh % 24), h12(hh))
        return '%s%d点%d分' % (part_of_day(hh % 24), h12(hh), mm)
    if mi <= 12:
        return '%s%d点左右' % (part_of_day(h), h12(h))
    if mi >= 48:
        return '%s%d点左右' % (part_of_day((h + 1) % 24), h12(h + 1))
    if style == 2 and 25 <= mi <= 35:
        return '%s%d点半' % (part_of_day(h), h12(h))
    return '%s%d点多' % (part_of_day(h), h12(h))


def when_zh(t, ref=None, plain=False):
    """Day and clock; the day is left out when it is the same as ref's day."""
    d = t // 1440
    c = clock_zh(t)
    if ref is not None and ref // 1440 == d and chance(0.7):
        return c
    return day_zh(d, plain) + c


def when_en(t):
    d = t // 1440
    h, mi = divmod(t % 1440, 60)

    def hh(x):
        x %= 24
        return '%d%s' % (x % 12 or 12, 'am' if x < 12 else 'pm')

    style = rint(0, 2)
    if style == 0:
        return '%s %d:%02d' % (WD_EN[d], h, mi)
    if style == 1:
        return 'Oct %d at about %d:%02d' % (23 + d, h, (mi // 10) * 10)
    return '%s around %s' % (WD_EN[d], hh(h if mi < 40 else h + 1))


# ----------------------------------------------------------------------------- colours, brands

COLORS = {
    'black': (['黑色', '黑', '曜石黑', '哑光黑', '纯黑', '黑色的'], ['黑色', '黑的', '深色', '黑', '黑色'], ['black'], 'hei se'),
    'white': (['白色', '白', '米白', '珍珠白', '白色的'], ['白色', '白的', '米白色', '浅色', '白'], ['white'], 'bai se'),
    'blue': (['蓝色', '深蓝', '藏青', '宝石蓝', '海军蓝', '蓝的'], ['蓝色', '深蓝色', '蓝的', '藏蓝色', '蓝'], ['blue', 'navy'], 'lan se'),
    'red': (['红色', '酒红', '中国红', '红的'], ['红色', '红的', '暗红色', '红'], ['red'], 'hong se'),
    'green': (['绿色', '墨绿', '薄荷绿', '军绿'], ['绿色', '绿的', '墨绿色', '深绿'], ['green'], 'lv se'),
    'grey': (['灰色', '深空灰', '太空灰', '石墨灰', '灰的'], ['灰色', '深灰色', '灰的', '深色'], ['grey', 'gray'], 'hui se'),
    'silver': (['银色', '星光银', '月光银', '银白'], ['银色', '银白色', '银的', '亮银色'], ['silver'], 'yin se'),
    'gold': (['金色', '香槟金', '金黄色'], ['金色', '金的', '香槟色', '黄色'], ['gold'], 'jin se'),
    'pink': (['粉色', '樱花粉', '浅粉', '粉红'], ['粉色', '粉红色', '粉的', '浅粉色'], ['pink'], 'fen se'),
    'orange': (['橙色', '荧光橙', '活力橙', '橘色'], ['橙色', '橘色', '橘黄色', '橙的'], ['orange'], 'cheng se'),
    'yellow': (['黄色', '荧光黄', '柠檬黄'], ['黄色', '荧光黄', '黄的', '亮黄色'], ['yellow'], 'huang se'),
    'purple': (['紫色', '薰衣草紫', '深紫'], ['紫色', '紫的', '浅紫色'], ['purple'], 'zi se'),
    'brown': (['棕色', '咖啡色', '焦糖色'], ['棕色', '咖啡色', '褐色'], ['brown'], 'zong se'),
}
COLOR_KEYS = sorted(COLORS)


def cz(c, who='o'):
    o, f, e, p = COLORS[c]
    return pick(o if who == 'o' else f)


def cen(c):
    return pick(COLORS[c][2])


def cbare(c):
    """A colour word without the trailing 色/的, for compounds like 黑表带."""
    return {'black': '黑', 'white': '白', 'blue': '蓝', 'red': '红', 'green': '绿', 'grey': '灰',
            'silver': '银', 'gold': '金', 'pink': '粉', 'orange': '橙', 'yellow': '黄',
            'purple': '紫', 'brown': '棕'}[c]


# zh forms, en forms, pinyin, typos
BRANDS = {
    'garmin': (['佳明'], ['Garmin', 'GARMIN', 'garmin'], 'jiaming', ['加明', '佳名', 'Gramin']),
    'coros': (['高驰'], ['COROS', 'Coros', 'coros'], 'gaochi', ['高弛', '高池', 'Corso']),
    'huawei': (['华为'], ['HUAWEI', 'Huawei', 'huawei'], 'huawei', ['华伟', '花为', 'Huawai']),
    'apple': (['苹果'], ['Apple', 'apple', 'APPLE'], 'pingguo', ['平果', '苹菓']),
    'xiaomi': (['小米'], ['Xiaomi', 'MI', 'xiaomi'], 'xiaomi', ['小咪', 'Xiomi']),
    'honor': (['荣耀'], ['HONOR', 'Honor', 'honor'], 'rongyao', ['荣曜', 'Honer']),
    'oppo': (['OPPO', '欧珀'], ['OPPO', 'oppo', 'Oppo'], 'oubo', ['OPOP', '0PPO']),
    'vivo': (['vivo', '维沃'], ['vivo', 'VIVO', 'Vivo'], 'weiwo', ['viv0', 'vovi']),
    'shokz': (['韶音'], ['Shokz', 'SHOKZ', 'AfterShokz'], 'shaoyin', ['邵音', 'Shockz']),
    'sony': (['索尼'], ['SONY', 'Sony', 'sony'], 'suoni', ['索妮', 'Sonny']),
    'canon': (['佳能'], ['Canon', 'CANON', 'canon'], 'jianeng', ['佳龙', 'Cannon']),
    'gopro': (['GoPro', '狗pro'], ['GoPro', 'GOPRO', 'gopro'], 'gou pro', ['Gopor', 'GoPor']),
    'insta360': (['影石'], ['Insta360', 'insta360', 'INSTA360'], 'yingshi', ['Insta 360', '影时']),
    'anker': (['安克'], ['Anker', 'ANKER', 'anker'], 'anke', ['Ankor', '安可']),
    'vw': (['大众'], ['Volkswagen', 'VW', 'vw'], 'dazhong', ['大终', 'Volkswagon']),
    'toyota': (['丰田'], ['Toyota', 'TOYOTA', 'toyota'], 'fengtian', ['风田', 'Toyata']),
    'byd': (['比亚迪'], ['BYD', 'byd', 'Byd'], 'biyadi', ['比亚帝', 'BDY']),
    'honda': (['本田'], ['Honda', 'HONDA', 'honda'], 'bentian', ['本天', 'Handa']),
    'nissan': (['日产'], ['Nissan', 'NISSAN', 'nissan'], 'richan', ['日铲', 'Nisan']),
    'giant': (['捷安特'], ['GIANT', 'Giant', 'giant'], 'jieante', ['杰安特', '捷安持', 'Gaint']),
    'merida': (['美利达'], ['MERIDA', 'Merida', 'merida'], 'meilida', ['美力达', 'Marida']),
    'xds': (['喜德盛'], ['XDS', 'xds', 'Xds'], 'xidesheng', ['喜得盛', 'XSD']),
    'phoenix': (['凤凰'], ['Phoenix', 'PHOENIX', 'phoenix'], 'fenghuang', ['风凰', 'Pheonix']),
    'yadea': (['雅迪'], ['Yadea', 'YADEA', 'yadea'], 'yadi', ['亚迪', '雅笛', 'Yadia']),
    'aima': (['爱玛'], ['AIMA', 'Aima', 'aima'], 'aima', ['艾玛', '爱马']),
    'niu': (['小牛'], ['NIU', 'Niu', 'niu'], 'xiaoniu', ['小扭', 'NUI']),
    'tailg': (['台铃'], ['TAILG', 'Tailg', 'tailg'], 'tailing', ['台玲', '台领']),
    'ninebot': (['九号'], ['Ninebot', 'NINEBOT', 'Segway-Ninebot'], 'jiuhao', ['9号', '久号']),
    'lining': (['李宁'], ['LI-NING', 'Li Ning', 'lining'], 'lining', ['李凝', 'Lining']),
    'anta': (['安踏'], ['ANTA', 'Anta', 'anta'], 'anta', ['安塔', 'ANAT']),
    'xtep': (['特步'], ['XTEP', 'Xtep', 'xtep'], 'tebu', ['特不', 'XTPE']),
    'nike': (['耐克'], ['Nike', 'NIKE', 'nike'], 'naike', ['耐可', 'Nkie']),
    'adidas': (['阿迪达斯', '阿迪'], ['adidas', 'Adidas', 'ADIDAS'], 'adidasi', ['阿迪大斯', 'addidas']),
    'salomon': (['萨洛蒙'], ['Salomon', 'SALOMON', 'salomon'], 'saluomeng', ['萨罗蒙', 'Solomon']),
    'decathlon': (['迪卡侬'], ['Decathlon', 'DECATHLON', 'decathlon'], 'dikanong', ['迪卡农', '迪卡龙']),
    'oakley': (['欧克利', '奥克利'], ['Oakley', 'OAKLEY', 'oakley'], 'oukeli', ['欧克力', 'Okley']),
    'coach': (['蔻驰'], ['COACH', 'Coach', 'coach'], 'kouchi', ['寇驰', 'Coch']),
    'septwolves': (['七匹狼'], ['SEPTWOLVES', 'Septwolves'], 'qipilang', ['七匹郎', '7匹狼']),
    'goldlion': (['金利来'], ['Goldlion', 'GOLDLION', 'goldlion'], 'jinlilai', ['金力来', '金利莱']),
    'chowtaifook': (['周大福'], ['CHOW TAI FOOK', 'Chow Tai Fook'], 'zhoudafu', ['周大富', '周大副']),
    'laofengxiang': (['老凤祥'], ['LAO FENG XIANG', 'Lao Feng Xiang'], 'laofengxiang', ['老风祥', '老凤翔']),
    'pandora': (['潘多拉'], ['PANDORA', 'Pandora', 'pandora'], 'panduola', ['潘朵拉', 'Pandroa']),
}


def brand_form(b, who='o'):
    """How a person writes a brand.  Owners mostly in Chinese, finders copy the logo."""
    zh, en, py, ty = BRANDS[b]
    if who == 'en':
        return pick(en)
    if who == 'py':
        return py
    if who == 'f':
        return wpick([(pick(en), 5), (pick(zh), 4), (pick(ty), 0.5), (py, 0.3)])
    return wpick([(pick(zh), 6), (pick(en), 3), (py, 0.4), (pick(ty), 0.6)])


# ----------------------------------------------------------------------------- people

SURNAMES = list('王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文')
GIVEN = list('立峰晓婷志强海燕雨桐子涵浩然思远俊杰嘉怡欣悦文博建国秀兰明轩梓萱一鸣若曦天宇佳琪宏伟丽娜国栋晨阳雅静泽华春梅凯旭慧敏鹏飞玉洁永刚亚楠')
NAME_TYPO = {'峰': '锋', '婷': '亭', '燕': '艳', '杰': '洁', '伟': '玮', '静': '婧', '明': '铭', '华': '桦',
             '涵': '晗', '宇': '雨', '欣': '馨', '琪': '祺', '丽': '莉', '晨': '辰', '鹏': '朋', '敏': '民',
             '慧': '惠', '强': '墙', '旭': '绪', '娜': '那'}
FOREIGN_FIRST = ['Lukas', 'Hannah', 'Tomasz', 'Aiko', 'Kenji', 'Minjun', 'Sofia', 'Matteo', 'Daniel', 'Grace',
                 'Amara', 'Oliver', 'Chloe', 'Jonas', 'Priya', 'Emeka', 'Yuki', 'Lars', 'Elena', 'Brian']
FOREIGN_LAST = ['Brenner', 'Okafor', 'Tanabe', 'Kowalczyk', 'Rossetti', 'Lindqvist', 'Haddad', 'Morrow', 'Kiprop',
                'Valdez', 'Nakamori', 'Schmiedt', 'Parkes', 'Duarte', 'Fischbach', 'Oyelaran', 'Moreau', 'Satoda',
                'Bergstrom', 'Kamau']
COUNTRIES = [('Germany', '德国', 'red', 'C'), ('Japan', '日本', 'red', 'T'), ('Kenya', '肯尼亚', 'blue', 'A'),
             ('South Korea', '韩国', 'blue', 'M'), ('United Kingdom', '英国', 'blue', 'G'),
             ('United States', '美国', 'blue', 'N'), ('Italy', '意大利', 'red', 'Y'), ('Australia', '澳大利亚', 'blue', 'P')]
NICKS = ['LF', '阿杰', '小鱼', 'RUN陈', '老周', 'Kiki', '跑跑', '大鹏', 'MJ', '阿敏', '小满', 'Tony', '胖虎', '七七',
         '阿飞', 'Coco', '老K', '豆豆', 'Sunny', '阿泽']
CLUBS = ['海燕跑团', '滨湾夜跑团', '鼓楼跑吧', '望潮跑团', '拾贝湾晨跑队', '海韵跑步俱乐部', '潮阳兔子跑团']


def cname():
    return pick(SURNAMES) + ''.join(pick(GIVEN) for _ in range(rint(1, 2)))


def name_typo(nm):
    for i, ch in enumerate(nm[1:], 1):
        if ch in NAME_TYPO and chance(0.6):
            return nm[:i] + NAME_TYPO[ch] + nm[i + 1:]
    return nm


def fname():
    return pick(FOREIGN_FIRST), pick(FOREIGN_LAST)


def race_time(full):
    if full:
        return '%d:%02d:%02d' % (rint(2, 5), rint(0, 59), rint(0, 59))
    return '%d:%02d:%02d' % (rint(1, 2), rint(0, 59), rint(0, 59))


def race_time_zh(rt):
    h, m, s = rt.split(':')
    return pick(['%s小时%s分' % (int(h), int(m)), rt, '%s:%s' % (int(h), m)])


def bib_number(full=None):
    if full is None:
        full = chance(0.6)
    pre = 'A' if full else 'B'
    lo, hi = (10001, 19999) if full else (20001, 29999)
    return fresh(lambda: '%s%d' % (pre, rint(lo, hi)))


# ----------------------------------------------------------------------------- places
# Every place is invented.  Coordinates are the place itself; reports add a little
# scatter, as a desk map pin would.  zone 'far' places are 15-30 km away in invented
# neighbouring districts and appear only in same_brand_far decoys.

PLACE_ROWS = [
    ('expo', 'expo', 36.09350, 120.42100,
     ['滨州湾国际会展中心', '会展中心', '国际会展中心', '会展中心马拉松博览会', '博览会现场', '会展中心B馆领物区', '滨州湾会展中心', '会展中心博览会'],
     ['the race expo at the Convention Center', 'Binzhouwan International Convention Center', 'expo hall B'], 'huizhan zhongxin'),
    ('expo_desk', 'expo', 36.09310, 120.42190,
     ['会展中心南门服务台', '博览会服务台', '会展中心一楼服务台', '博览会咨询台'], ['expo info desk'], 'huizhan zhongxin fuwutai'),
    ('expo_metro', 'metro', 36.09170, 120.41720,
     ['地铁3号线会展中心站', '会展中心站', '3号线会展中心站B口', '会展中心地铁站'], ['Convention Center metro station (Line 3)'], 'huizhan zhongxin zhan'),
    ('end_metro', 'metro', 36.10000, 120.45000,
     ['3号线终点海岚站', '海岚站', '地铁海岚站', '海岚地铁站'], ['Hailan station, end of Line 3'], 'hailan zhan'),
    ('square', 'start', 36.06620, 120.38450,
     ['市民广场', '市民广场起点', '起点区', '市民广场南侧起跑区', '起点拱门附近', '市民广场起跑线', '起点B区'],
     ['the start at Citizen Square', 'Citizen Square start area', 'start corral'], 'shimin guangchang'),
    ('deposit', 'start', 36.06710, 120.38780,
     ['存包区', '市民广场东侧存包车', '存包车那边', '市民广场存包区', '起点存包车'], ['baggage trucks at the start', 'bag drop at the start'], 'cunbao qu'),
    ('start_wc', 'start', 36.06550, 120.38220,
     ['起点流动厕所', '市民广场西侧移动厕所', '起点厕所排队那里', '市民广场临时厕所'], ['portable toilets at the start'], 'qidian cesuo'),
    ('square_metro', 'metro', 36.06900, 120.38510,
     ['地铁3号线市民广场站', '市民广场站', '市民广场地铁站A口', '3号线市民广场站'], ['Citizen Square metro station'], 'shimin guangchang zhan'),
    ('park_nm', 'start', 36.06650, 120.38150,
     ['市民广场西侧非机动车停放点', '市民广场西边停车点', '广场西侧自行车停放区'], ['bike parking west of Citizen Square'], 'guangchang xice'),
    ('km5', 'course', 36.06050, 120.44000,
     ['滨海大道5公里饮水站', '5K水站', '第一饮水站', '滨海大道五公里处', '赛道5公里'], ['the 5K water station'], 'wu gongli shuizhan'),
    ('km10', 'course', 36.06500, 120.49300,
     ['礁石湾10公里补给站', '10K补给站', '滨海大道东段补给点', '赛道十公里', '10公里补给站'], ['the 10K aid station'], 'shi gongli bujizhan'),
    ('km15', 'course', 36.07200, 120.46000,
     ['海韵路15公里水站', '15K水站', '海韵路饮水站', '赛道15公里附近'], ['the 15K water station'], 'shiwu gongli shuizhan'),
    ('km21', 'course', 36.06900, 120.41000,
     ['半程计时点', '21公里计时毯', '滨海大道半程点', '半马分流口'], ['the half-way timing mat'], 'banma jishidian'),
    ('km25', 'course', 36.06200, 120.35600,
     ['25公里饮水站', '滨海大道西段水站', '25K水站'], ['the 25K water station'], 'ershiwu gongli'),
    ('km30', 'course', 36.05800, 120.31500,
     ['30公里补给站', '西段折返点', '30K补给站', '折返点'], ['the 30K aid station', 'the turnaround'], 'sanshi gongli bujizhan'),
    ('km35', 'course', 36.06400, 120.34000,
     ['35公里水站', '35K饮水站', '灯塔段水站'], ['the 35K water station'], 'sanshiwu gongli'),
    ('km40', 'course', 36.06000, 120.37000,
     ['40公里补给点', '40K补给', '最后一个补给站'], ['the 40K aid station'], 'sishi gongli'),
    ('finish', 'finish', 36.06100, 120.37600,
     ['望潮湾公园终点', '终点', '终点区', '望潮湾公园', '终点拱门', '完赛区'], ['the finish at Wangchaowan Park', 'finish line'], 'wangchaowan gongyuan'),
    ('medical', 'finish', 36.06180, 120.37450,
     ['终点医疗帐篷', '终点医疗点', '医疗站', '终点急救帐篷', '望潮湾公园医疗帐篷'], ['the medical tent at the finish'], 'yiliao zhangpeng'),
    ('pickup', 'finish', 36.06250, 120.37850,
     ['终点取包区', '终点存包车', '领包处', '望潮湾公园存包车'], ['bag pickup at the finish'], 'qubao qu'),
    ('medals', 'finish', 36.06050, 120.37700,
     ['奖牌领取区', '完赛包领取处', '终点奖牌发放点', '完赛物资区'], ['the medal area'], 'jiangpai lingqu'),
    ('lf_desk', 'finish', 36.06300, 120.37550,
     ['赛事失物招领处', '终点服务台', '赛事服务中心', '终点失物招领帐篷'], ['the race lost-and-found tent'], 'shiwu zhaoling'),
    ('shuttle_stop', 'shuttle', 36.06500, 120.37700,
     ['望潮湾公园北门接驳车站', '接驳车上车点', '摆渡车停靠点', '终点北门接驳点'], ['the shuttle stop at the finish'], 'jiebo che zhan'),
    ('depot', 'shuttle', 36.08500, 120.40000,
     ['公交三公司场站', '接驳车场站', '海岚路公交场站', '公交停车场'], ['the bus depot'], 'gongjiao changzhan'),
    ('wct_metro', 'metro', 36.06400, 120.37300,
     ['地铁3号线望潮湾站', '望潮湾站', '望潮湾地铁站C口'], ['Wangchaowan metro station'], 'wangchaowan zhan'),
    ('old_metro', 'metro', 36.07500, 120.34200,
     ['地铁3号线鼓楼站', '鼓楼站', '鼓楼地铁站'], ['Gulou metro station'], 'gulou zhan'),
    ('rail_metro', 'metro', 36.07820, 120.32700,
     ['3号线滨州湾站', '地铁滨州湾火车站站', '火车站地铁口'], ['the railway station metro stop'], 'huochezhan ditie'),
    ('rail', 'rail', 36.07800, 120.32600,
     ['滨州湾站', '滨州湾火车站', '火车站', '滨州湾站候车厅', '滨州湾站进站口'], ['Binzhouwan railway station'], 'binzhouwan huochezhan'),
    ('h_tingtao', 'hotel', 36.06400, 120.39500,
     ['听涛海景酒店', '听涛酒店', '听涛海景大酒店'], ['Tingtao Seaview Hotel'], 'tingtao jiudian'),
    ('h_yuechao', 'hotel', 36.08100, 120.41200,
     ['悦潮大酒店', '悦潮酒店', '悦潮大饭店'], ['Yuechao Grand Hotel'], 'yuechao jiudian'),
    ('h_jincheng', 'hotel', 36.07600, 120.36000,
     ['锦程商务酒店', '锦程酒店', '锦程商务宾馆'], ['Jincheng Business Hotel'], 'jincheng jiudian'),
    ('h_bandao', 'hotel', 36.07000, 120.40500,
     ['半岛公寓酒店', '半岛酒店公寓', '半岛公寓'], ['Peninsula Apartment Hotel'], 'bandao gongyu'),
    ('h_qiwan', 'hotel', 36.08300, 120.38800,
     ['栖湾快捷酒店', '栖湾酒店', '栖湾快捷'], ['Qiwan Express Hotel'], 'qiwan jiudian'),
    ('beach', 'beach', 36.05650, 120.39500,
     ['拾贝湾海水浴场', '拾贝湾', '拾贝湾海滩', '海水浴场'], ['Shibei Bay beach', 'the beach'], 'shibeiwan'),
    ('beach_w', 'beach', 36.05700, 120.36500,
     ['望潮湾沙滩', '望潮湾海边', '望潮湾栈道'], ['the Wangchao Bay boardwalk'], 'wangchaowan shatan'),
    ('oldtown', 'oldtown', 36.07400, 120.34500,
     ['鼓楼老街', '老城区', '鼓楼老街小吃街', '鼓楼', '老街'], ['the Old Town', 'Gulou old street'], 'gulou laojie'),
    ('chaoyin', 'oldtown', 36.07300, 120.34800,
     ['潮音阁', '潮音阁广场', '潮音阁门口'], ['Chaoyin Pavilion'], 'chaoyin ge'),
    ('r_yujia', 'food', 36.07200, 120.34900,
     ['渔家小院海鲜馆', '渔家小院', '渔家小院饭店'], ['Yujia Xiaoyuan seafood restaurant'], 'yujia xiaoyuan'),
    ('r_matou', 'food', 36.05800, 120.38800,
     ['老码头烧烤', '老码头烧烤店', '老码头海鲜烧烤'], ['Old Pier BBQ'], 'lao matou shaokao'),
    ('r_aqiang', 'food', 36.07700, 120.39500,
     ['阿强牛肉火锅', '阿强火锅', '阿强牛肉火锅店'], ['Aqiang beef hotpot'], 'aqiang huoguo'),
    ('r_cafe', 'food', 36.06700, 120.39000,
     ['浪花咖啡', '浪花咖啡馆', '市民广场旁边的浪花咖啡'], ['Langhua Cafe near Citizen Square'], 'langhua kafei'),
    ('shop', 'shop', 36.07900, 120.39000,
     ['迈步跑者驿站', '迈步跑步专卖店', '迈步跑具店', '迈步跑者之家'], ['Maibu running shop'], 'maibu paobu'),
    ('resi_haiyun', 'resi', 36.08000, 120.37000,
     ['海韵小区', '海韵小区东门', '海韵花园小区'], ['Haiyun residential compound'], 'haiyun xiaoqu'),
    ('resi_chaoyang', 'resi', 36.08800, 120.39800,
     ['潮阳新村', '潮阳新村北门', '潮阳新村车棚'], ['Chaoyang Xincun'], 'chaoyang xincun'),
    ('resi_yuwan', 'resi', 36.07100, 120.35500,
     ['渔湾社区', '渔湾社区菜市场', '渔湾菜市场门口'], ['Yuwan market'], 'yuwan shequ'),
    ('school', 'resi', 36.08400, 120.36200,
     ['滨湾二中门口', '滨湾二中', '第二中学东门'], ['Binwan No.2 Middle School'], 'binwan erzhong'),
    ('f_xinghe', 'far', 36.23000, 120.39000,
     ['北岭区星河广场', '北岭星河广场', '北岭区星河广场地下通道'], ['Xinghe Plaza, Beiling District'], 'beiling xinghe guangchang'),
    ('f_beiling_hosp', 'far', 36.24500, 120.42000,
     ['北岭区人民医院', '北岭区医院门诊楼', '北岭人民医院'], ['Beiling District hospital'], 'beiling yiyuan'),
    ('f_xiya_bus', 'far', 36.11000, 120.15000,
     ['西崖区汽车站', '西崖汽车站', '西崖区长途汽车站'], ['Xiya bus station'], 'xiya qichezhan'),
    ('f_xiya_lake', 'far', 36.15000, 120.12000,
     ['西崖区滨湖公园', '西崖滨湖公园', '西崖滨湖公园南门'], ['Binhu Park, Xiya District'], 'xiya binhu gongyuan'),
    ('f_donggang', 'far', 36.19000, 120.60000,
     ['东港新区渔人码头', '东港渔人码头', '东港新区码头广场'], ['Donggang fishermen\'s wharf'], 'donggang yuren matou'),
    ('f_changbo', 'far', 36.28000, 120.26000,
     ['长泊县体育中心', '长泊体育场', '长泊县体育馆'], ['Changbo County sports centre'], 'changbo tiyu zhongxin'),
    ('f_changbo_mall', 'far', 36.27000, 120.23000,
     ['长泊县万嘉购物中心', '长泊万嘉广场', '万嘉购物中心(长泊)'], ['Wanjia mall, Changbo'], 'changbo wanjia'),
    ('f_beiling_mt', 'far', 36.21000, 120.45000,
     ['北岭区地铁1号线北岭站', '北岭站', '北岭站地铁口'], ['Beiling metro station'], 'beiling zhan'),
]
PLACES = {}
for _r in PLACE_ROWS:
    PLACES[_r[0]] = {'pid': _r[0], 'zone': _r[1], 'lat': _r[2], 'lon': _r[3], 'zh': _r[4], 'en': _r[5], 'py': _r[6]}
PIDS = [r[0] for r in PLACE_ROWS]
NEAR_PIDS = [p for p in PIDS if PLACES[p]['zone'] != 'far']
FAR_PIDS = [p for p in PIDS if PLACES[p]['zone'] == 'far']
METRO_LINE = ['rail_metro', 'old_metro', 'wct_metro', 'square_metro', 'expo_metro', 'end_metro']
COURSE = [('km5', 5), ('km10', 10), ('km15', 15), ('km21', 21), ('km25', 25), ('km30', 30), ('km35', 35), ('km40', 40)]
HOTELS = ['h_tingtao', 'h_yuechao', 'h_jincheng', 'h_bandao', 'h_qiwan']


def ll(pid):
    return (PLACES[pid]['lat'], PLACES[pid]['lon'])


def pdist(a, b):
    return km_between(ll(a), ll(b))


def pname(pid, who='o'):
    p = PLACES[pid]
    if who == 'en':
        return pick(p['en']) if p['en'] else pick(p['zh'])
    if who == 'py':
        return p['py']
    return pick(p['zh'])


def nearby(pid, lo=0.0, hi=1.5, zones=None):
    out = [q for q in NEAR_PIDS if q != pid and lo <= pdist(pid, q) <= hi
           and (zones is None or PLACES[q]['zone'] in zones)]
    return out


# ----------------------------------------------------------------------------- objects
# A truth record: what the object really is.  'marks' are things about it a person
# could describe; 'fp' is how likely a finder notices one, 'op' how likely an owner
# thinks to mention it.  'hidden' are facts only the owner can know.

def mk(typ, val, o, f, en, fp=0.7, op=0.75, var=True):
    return {'type': typ, 'val': val, 'o': o, 'f': f, 'en': en, 'fp': fp, 'op': op, 'var': var}


def hid(o, en=None):
    return {'o': o if isinstance(o, list) else [o], 'en': (en if isinstance(en, list) else [en]) if en else []}


PETS = [('柯基', 'corgi'), ('柴犬', 'shiba'), ('橘猫', 'ginger cat'), ('金毛', 'golden retriever'),
        ('布偶猫', 'ragdoll cat'), ('泰迪', 'poodle'), ('哈士奇', 'husky'), ('小黑猫', 'black kitten')]
PENDANTS = [('小熊挂件', 'a little bear charm'), ('红色平安结', 'a red knot charm'), ('毛绒兔子', 'a plush rabbit'),
            ('小恐龙', 'a small dinosaur'), ('迷你跑鞋挂件', 'a mini running shoe charm'), ('招财猫', 'a lucky cat'),
            ('小铃铛', 'a little bell'), ('樱桃挂件', 'a cherry charm'), ('皮卡丘', 'a Pikachu'), ('小海豚', 'a small dolphin')]

WATCH_MODELS = {
    'garmin': [('Forerunner 275', ['FR275', 'forerunner275', '275', 'Forerunner275']),
               ('Forerunner 975', ['FR975', '975', 'forerunner 975']),
               ('Fenix 9 Pro', ['fenix9 pro', '飞耐时9 Pro', 'Fenix9', 'fenix 9']),
               ('Venu 5S', ['venu5s', 'Venu5S', 'venu 5s'])],
    'coros': [('PACE 4', ['pace4', 'Pace 4', 'PACE4']), ('APEX 3 Pro', ['apex3pro', 'APEX3 Pro', 'apex 3']),
              ('VERTIX 3', ['vertix3', 'Vertix 3'])],
    'huawei': [('WATCH GT 6 Run', ['GT6 Run', 'GT 6 Run', 'gt6run', 'GT6跑步版']), ('WATCH Fit 5', ['Fit5', 'watch fit 5', 'FIT 5']),
               ('WATCH 7 Pro', ['Watch7 Pro', 'watch 7 pro', 'W7 Pro'])],
    'apple': [('Watch Series 12', ['S12', 'series12', 'Series 12', '12代']), ('Watch Ultra 4', ['Ultra4', 'ultra 4', 'Ultra 4']),
              ('Watch SE 4', ['SE4', 'SE 4', 'se4'])],
}
PHONE_MODELS = {
    'apple': [('iPhone 18 Pro', ['18pro', 'iphone18 pro', '18 Pro', '苹果18Pro']), ('iPhone 18', ['18', 'iphone18', 'iPhone18']),
              ('iPhone 17 Plus', ['17plus', '17 Plus', 'iphone 17 plus']), ('iPhone 18 Pro Max', ['18promax', '18 Pro Max', '18PM'])],
    'huawei': [('Mate 88 Pro', ['mate88pro', 'Mate88 Pro', 'mate 88']), ('Pura 90', ['pura90', 'P90', 'Pura90']),
               ('nova 16', ['nova16', 'Nova 16', 'nova十六'])],
    'xiaomi': [('Xiaomi 19', ['小米19', 'mi19', '19']), ('Redmi K90', ['红米K90', 'k90', 'Redmi k90'])],
    'honor': [('Magic 11', ['magic11', 'Magic11']), ('X70i', ['x70i', 'X70 i'])],
    'oppo': [('Reno 18', ['reno18', 'Reno18']), ('Find X11', ['findx11', 'Find X 11'])],
    'vivo': [('X330', ['x330', 'X 330']), ('S32', ['s32', 'S 32'])],
}
BUDS_MODELS = {
    'apple': [('AirPods Pro 4', ['airpods pro4', 'AirPods Pro', 'airpods']), ('AirPods 5', ['airpods5', 'AirPods'])],
    'huawei': [('FreeBuds Pro 6', ['freebuds pro6', 'FreeBuds Pro']), ('FreeBuds 8i', ['freebuds8i', 'FreeBuds 8i'])],
    'shokz': [('OpenRun Pro 3', ['openrun pro3', 'OpenRun Pro', '骨传导Pro3']), ('OpenFit Air 2', ['openfit air2', 'OpenFit'])],
    'sony': [('WF-LS950', ['ls950', 'WF LS950'])],
    'xiaomi': [('Buds 7 Pro', ['buds7pro', 'Buds7 Pro'])],
}
CAM_MODELS = {
    'gopro': [('HERO 15', ['hero15', 'Hero15', 'HERO15'])],
    'insta360': [('X6', ['x6', 'Insta360 X6']), ('Ace Pro 3', ['ace pro3', 'AcePro3'])],
    'sony': [('ZV-E20', ['zve20', 'ZV E20']), ('A7C III', ['a7c3', 'A7C3'])],
    'canon': [('EOS R9', ['r9', 'EOS R9']), ('PowerShot V30', ['v30', 'V30'])],
}


def pick_model(table, b, c):
    if c.get('model'):
        for m in table[b]:
            if m[0] == c['model']:
                return m
    return pick(table[b])


def base(kind, cat, **kw):
    o = {'kind': kind, 'cat': cat, 'cat_f': None, 'brand': None, 'model': None, 'model_alts': [],
         'brand_fp': 0.0, 'model_fp': 0.0, 'color': None, 'color_fp': 0.9, 'serial': None,
         'marks': [], 'hidden': [], 'f_state': [], 'en_ok': False, 'name': None, 'fname': None,
         'who': 'runner', 'sub': '', 'oname': cname()}
    o.update(kw)
    return o


# -- watch
def mg_watch(obj, t, avoid=None):
    if t == 'strap':
        c = pick([x for x in ['orange', 'yellow', 'green', 'pink', 'blue', 'red', 'grey', 'white', 'black']
                  if x != avoid and x != obj['color']])
        mat, mat_en = pick([('尼龙回环', 'nylon loop'), ('硅胶', 'silicone'), ('编织', 'braided'), ('皮', 'leather')])
        return mk('strap', c, ['表带换成了%s%s表带' % (cz(c), mat), '%s%s表带（不是原装的）' % (cz(c), mat), '配的是%s的%s表带' % (cbare(c), mat)],
                  ['%s%s表带' % (cz(c, 'f'), mat), '表带是%s%s的' % (cbare(c), mat), '%s表带' % cz(c, 'f')],
                  ['%s %s strap' % (cen(c), mat_en)], fp=0.85, op=0.8)
    if t == 'scratch':
        pos = pick([x for x in ['左下', '右上', '靠近按键那边', '十二点方向'] if x != avoid])
        return mk('scratch', pos, ['表圈%s有一道划痕' % pos, '表圈%s磕过一下，有划痕' % pos],
                  ['表圈有划痕', '表圈%s有划痕' % pos, '表壳有磕碰痕迹'], ['a scratch on the bezel'], fp=0.6, op=0.6)
    if t == 'film':
        return mk('film', 'cracked', ['屏幕贴了钢化膜，一个角已经碎了', '屏幕膜右上角碎了一点'],
                  ['屏幕贴膜有一角碎裂', '贴膜边角破损'], ['cracked screen protector at one corner'], fp=0.6, op=0.6, var=False)
    if t == 'sticker':
        n = pick([x for x in NICKS if x != avoid])
        return mk('sticker', n, ["表背贴了写着'%s'的小标签" % n, "表背面贴了个'%s'的名字贴" % n],
                  ["表背有'%s'字样贴纸" % n, "背面贴着一个小标签，写着%s" % n], ["a small label '%s' on the back" % n], fp=0.75, op=0.85)
    if t == 'face':
        p = pick([x for x in PETS if x[0] != avoid])
        return mk('face', p[0], ['表盘背景是我家%s的照片' % p[0], '表盘设置成了一只%s的照片' % p[0]],
                  ['表盘背景是一只%s' % p[0], '屏幕亮的时候能看到一只%s的照片' % p[0]],
                  ['the watch face shows a photo of my %s' % p[1]], fp=0.35, op=0.6)
    raise KeyError(t)


def k_watch(c):
    b = c.get('brand') or wpick([('garmin', 35), ('coros', 25), ('huawei', 20), ('apple', 20)])
    m = pick_model(WATCH_MODELS, b, c)
    col = c.get('color') or pick({'garmin': ['black', 'black', 'white', 'grey', 'blue'],
                                 'coros': ['black', 'white', 'blue', 'green', 'orange'],
                                 'huawei': ['black', 'black', 'grey', 'green', 'white', 'pink'],
                                 'apple': ['black', 'silver', 'white', 'pink', 'grey', 'orange']}[b])
    sn = {'garmin': lambda: digits(1) + alnum(2, LETTERS) + digits(6), 'coros': lambda: 'CR' + digits(9),
          'huawei': lambda: alnum(3) + digits(4) + alnum(5), 'apple': lambda: alnum(10)}[b]
    o = base('watch', 'electronics', brand=b, model=m[0], model_alts=m[1], brand_fp=0.8, model_fp=0.3, color=col,
             o_noun=['手表', '运动手表', '跑表', '表', 'GPS手表', '智能手表'], f_noun=['手表', '运动手表', '电子表', '智能手表', '表'],
             en_noun=['watch', 'GPS watch', 'running watch'], py_noun='shoubiao', en_ok=True)
    if b == 'apple':
        o['o_noun'] = ['手表', 'Apple Watch', '苹果手表', 'iWatch', '表']
    o['serial'] = {'type': 'sn', 'v': fresh(sn), 'op': 0.25, 'fp': 0.35, 'label': '序列号'}
    o['hidden'] = sample([hid('设置了解锁密码', 'it has a passcode'),
                          hid('里面有这次比赛的记录，成绩%s' % race_time_zh(race_time(True)), 'it has my race recorded on it'),
                          hid('手表里开了公交卡，还有几十块钱余额', 'there is a transit card on it'),
                          hid('和我手机绑定的，APP上显示已断开连接', 'the app on my phone shows it disconnected'),
                          hid(['是去年生日老婆送的', '是我爱人送的生日礼物'], 'it was a birthday present')], rint(0, 2))
    o['f_state'] = sample(['屏幕还亮着，停在运动界面', '已经没电关机', '表带一侧脱开了', '表面有沙子', '屏幕锁着'], rint(0, 1))
    return o


# -- phone
CASE_PATTERNS = [('小熊', 'a little bear'), ('樱花', 'cherry blossoms'), ('海绵宝宝', 'SpongeBob'), ('跑步小人', 'a running figure'),
                 ('“PB就是我”几个字', 'the words "PB就是我"'), ('星空图案', 'a starry sky'), ('一只鲸鱼', 'a whale'), ('格子', 'checks'),
                 ('一只柯基', 'a corgi'), ('山水画', 'a landscape painting')]
CASE_ITEMS = [('一张地铁卡', 'a metro card'), ('一张小孩照片', 'a photo of a kid'), ('一张一百块钱', 'a 100 yuan note'),
              ('存包小票', 'my bag-drop ticket'), ('一张四叶草贴纸', 'a four-leaf clover sticker'), ('一张演唱会门票', 'a concert ticket')]
LOCKSCREENS = [('我和女儿在海边的合影', '一个大人和小女孩在海边', 'me and my daughter at the seaside'),
               ('我家猫的照片', '一只猫', 'my cat'), ('去年马拉松冲线的照片', '一个人冲过终点线', 'me crossing a finish line'),
               ('雪山风景', '雪山', 'a snowy mountain'), ('我和老婆的结婚照', '一对新人', 'our wedding photo'),
               ('儿子穿足球服的照片', '一个穿足球服的小男孩', 'my son in his football kit'), ('一张海浪的图', '海浪', 'a wave')]


def mg_phone(obj, t, avoid=None):
    if t == 'case':
        if chance(0.3) and avoid != 'clear':
            it = pick(CASE_ITEMS)
            return mk('case', 'clear', ['透明手机壳，壳里夹着%s' % it[0], '透明壳，后面夹了%s' % it[0]],
                      ['透明手机壳，壳内夹有%s' % it[0], '透明壳里面有%s' % it[0]], ['clear case with %s inside' % it[1]], fp=0.9, op=0.85)
        c = pick([x for x in ['black', 'pink', 'blue', 'green', 'white', 'brown', 'purple', 'yellow'] if x != avoid])
        p = pick(CASE_PATTERNS)
        return mk('case', c, ['%s手机壳，上面印着%s' % (cz(c), p[0]), '手机壳是%s的，有%s' % (cbare(c), p[0]), '套了个%s壳' % cz(c)],
                  ['%s手机壳，印有%s' % (cz(c, 'f'), p[0]), '外有%s保护壳' % cz(c, 'f'), '带%s壳（%s图案）' % (cz(c, 'f'), p[0])],
                  ['%s case with %s' % (cen(c), p[1])], fp=0.9, op=0.85)
    if t == 'crack':
        pos = pick([x for x in ['右上角', '左下角', '中间', '右下角'] if x != avoid])
        return mk('crack', pos, ['屏幕%s有裂纹' % pos, '屏幕%s摔碎了一块' % pos], ['屏幕%s碎裂' % pos, '屏幕有裂痕'],
                  ['cracked screen (%s)' % {'右上角': 'top right', '左下角': 'bottom left', '中间': 'middle', '右下角': 'bottom right'}[pos]],
                  fp=0.85, op=0.8)
    if t == 'armband':
        c = pick([x for x in ['black', 'blue', 'grey', 'pink', 'orange'] if x != avoid])
        return mk('armband', c, ['装在%s跑步臂包里' % cz(c), '套在一个%s的运动臂套里' % cbare(c)],
                  ['装在%s运动臂包内' % cz(c, 'f'), '外面套着%s臂包' % cz(c, 'f')], ['in a %s running armband' % cen(c)], fp=0.95, op=0.9)
    if t == 'lanyard':
        c = pick([x for x in ['red', 'black', 'orange', 'blue', 'white'] if x != avoid])
        return mk('lanyard', c, ['挂着%s挂绳' % cz(c), '有一根%s的手机挂绳' % cbare(c)], ['带%s挂绳' % cz(c, 'f')],
                  ['with a %s lanyard' % cen(c)], fp=0.9, op=0.7)
    if t == 'sticker':
        s = pick([x for x in ['滨马2025', '跑者无疆', '海燕跑团', '加油鸭', 'Keep Running', '一只猫爪'] if x != avoid])
        return mk('sticker', s, ["背面贴了'%s'贴纸" % s, "壳上有个'%s'的贴纸" % s], ["背面有'%s'贴纸" % s], ["a '%s' sticker on the back" % s],
                  fp=0.8, op=0.7)
    if t == 'lock':
        s = pick([x for x in LOCKSCREENS if x[0] != avoid])
        return mk('lock', s[0], ['锁屏是%s' % s[0], '锁屏壁纸是%s' % s[0]], ['锁屏壁纸是%s' % s[1], '屏幕亮起来能看到%s' % s[1]],
                  ['lock screen is %s' % s[2]], fp=0.45, op=0.6)
    raise KeyError(t)


def k_phone(c):
    b = c.get('brand') or wpick([('apple', 30), ('huawei', 25), ('xiaomi', 14), ('honor', 10), ('oppo', 10), ('vivo', 10)])
    m = pick_model(PHONE_MODELS, b, c)
    col = c.get('color') or pick(['black', 'black', 'white', 'blue', 'grey', 'silver', 'gold', 'purple', 'green', 'pink'])
    tac = c.get('tac') or ('86' + digits(6))
    o = base('phone', 'phone', brand=b, model=m[0], model_alts=m[1], brand_fp=0.75, model_fp=0.15, color=col,
             o_noun=['手机', '手机', '电话', '苹果手机' if b == 'apple' else '手机'], f_noun=['手机', '手机', '智能手机', '手机'],
             en_noun=['phone', 'mobile phone', 'smartphone'], py_noun='shouji', en_ok=True)
    o['tac'] = tac
    o['serial'] = {'type': 'imei', 'v': imei(tac), 'op': 0.45, 'fp': 0.25, 'label': 'IMEI'}
    o['hidden'] = sample([hid('手机号%s' % mask_phone(), 'my number is on a Chinese SIM'),
                          hid(['有锁屏密码', '设了6位密码'], 'it is locked with a passcode'),
                          hid('微信和支付宝都在上面', 'all my payment apps are on it'),
                          hid('里面有很多比赛照片', 'it has all my race photos'),
                          hid('丢的时候电量不多了', 'battery was low'),
                          hid('家里人打了好多电话一直没人接', 'my family called it many times')], rint(1, 2))
    o['f_state'] = sample(['已关机', '锁屏状态', '有多个未接来电，来电显示“%s”' % pick(['老婆', '妈妈', '老公', '宝贝', '跑团老张', '闺女']),
                           '电量很低', '屏幕亮起有微信消息提示'], rint(0, 1))
    return o


# -- earbuds
def mg_buds(obj, t, avoid=None):
    if t == 'cover':
        c = pick([x for x in ['pink', 'blue', 'black', 'green', 'purple', 'yellow', 'white'] if x != avoid and x != obj['color']])
        p = pick(PENDANTS)
        return mk('cover', c, ['充电盒套了%s硅胶套，挂着%s' % (cz(c), p[0]), '盒子外面有个%s保护套' % cz(c)],
                  ['充电盒有%s保护套，带%s' % (cz(c, 'f'), p[0]), '外套%s硅胶套' % cz(c, 'f')], ['%s silicone cover with %s' % (cen(c), p[1])],
                  fp=0.9, op=0.85)
    if t == 'engrave':
        s = pick([x for x in ['RUN FREE', 'Keep Going', 'LY 0520', '小满', 'ZJ&HY', 'Go Go Go', '跑起来'] if x != avoid])
        return mk('engrave', s, ["充电盒上刻了'%s'" % s, "盒子正面刻字“%s”" % s], ["盒子上刻着'%s'" % s, "充电盒有刻字%s" % s],
                  ["the case is engraved '%s'" % s], fp=0.9, op=0.9)
    if t == 'scratch':
        return mk('scratch', 'lid', ['盒盖上有几道划痕', '盒子有点旧，盖子上有划痕'], ['充电盒表面有划痕', '盒盖磨损'], ['scratches on the lid'],
                  fp=0.5, op=0.5, var=False)
    if t == 'one':
        side = pick([x for x in ['左', '右'] if x != avoid])
        return mk('one', side, ['盒子里只有%s耳，另一只之前就丢了' % side, '只剩%s耳一只' % side], ['盒内仅有%s耳一只' % side, '只有一只耳机（%s）' % side],
                  ['only the %s earbud is in the case' % ('left' if side == '左' else 'right')], fp=0.8, op=0.8)
    raise KeyError(t)


def k_buds(c):
    b = c.get('brand') or wpick([('apple', 40), ('huawei', 20), ('shokz', 25), ('sony', 7), ('xiaomi', 8)])
    m = pick_model(BUDS_MODELS, b, c)
    col = c.get('color') or (pick(['white', 'white', 'black']) if b == 'apple' else pick(['black', 'white', 'grey', 'blue', 'pink']))
    noun_o = ['耳机', '蓝牙耳机', '无线耳机'] + (['骨传导耳机', '运动耳机'] if b == 'shokz' else ['耳机和充电盒'])
    noun_f = ['耳机', '蓝牙耳机', '耳机盒'] if b != 'shokz' else ['挂耳式耳机', '运动耳机', '骨传导耳机', '耳机']
    o = base('buds', 'electronics', brand=b, model=m[0], model_alts=m[1], brand_fp=0.6, model_fp=0.1, color=col,
             o_noun=noun_o, f_noun=noun_f, en_noun=['earbuds', 'earphones', 'headphones'], py_noun='erji', en_ok=True)
    o['serial'] = {'type': 'sn', 'v': fresh(lambda: alnum(10 if b == 'apple' else 12)), 'op': 0.2, 'fp': 0.25, 'label': '序列号'}
    o['hidden'] = sample([hid('连着我手机，查找里能看到最后位置', 'Find My shows its last location'),
                          hid('右耳有时候接触不好', 'the right one crackles sometimes')], rint(0, 1))
    return o


# -- bib / timing chip
def mg_bib(obj, t, avoid=None):
    if t == 'name':
        n = obj['bibname'] if avoid is None else pick([x for x in NICKS if x != avoid])
        return mk('name', n, ['号码布上印的名字是“%s”' % n, '上面印着%s' % n], ['号码布印有“%s”' % n, '上面印的名字：%s' % n],
                  ['my name "%s" is printed on it' % n], fp=0.9, op=0.8)
    if t == 'contact':
        tail = digits(4) if avoid is None else pick([d for d in [digits(4) for _ in range(3)] if d != avoid])
        return mk('contact', tail, ['背面写了紧急联系人电话，尾号%s' % tail, '背面有我爱人的电话，后四位%s' % tail],
                  ['背面手写一个手机号，尾号%s' % tail, '背面写有电话（尾号%s）' % tail], ['emergency number on the back ending %s' % tail],
                  fp=0.85, op=0.7)
    if t == 'chip':
        return mk('chip', 'chip', ['背面贴着计时芯片', '芯片还在背面'], ['背面带计时芯片', '背面有计时芯片'], ['timing chip on the back'],
                  fp=0.8, op=0.5, var=False)
    if t == 'pins':
        return mk('pins', 'pins', ['四个别针还别在上面', '别针都还在'], ['带4个别针', '上面别着别针'], ['the four safety pins are still on it'],
                  fp=0.6, op=0.4, var=False)
    if t == 'sticker':
        return mk('sticker', 'bagtag', ['存包贴纸还没撕', '下面的存包联还在'], ['附存包贴纸一张', '存包联未撕'], ['the bag-drop tab is still attached'],
                  fp=0.7, op=0.5, var=False)
    raise KeyError(t)


def k_bib(c):
    full = c.get('full', chance(0.6))
    chip = c.get('sub') == 'chip' or (c.get('sub') is None and chance(0.15))
    o = base('bib', 'other', color=c.get('color') or ('red' if full else 'blue'), en_ok=True, sub='chip' if chip else 'bib')
    o['full'] = full
    o['bibname'] = pick(NICKS) if chance(0.4) else o['oname']
    if chip:
        o.update(o_noun=['计时芯片', '鞋带计时芯片', '芯片'], f_noun=['计时芯片', '芯片', '马拉松芯片'], en_noun=['timing chip', 'shoe chip'],
                 py_noun='jishi xinpian', color_fp=0.5)
    else:
        o.update(o_noun=['号码布', '参赛号码布', '比赛号码', '号码簿', '参赛号'], f_noun=['号码布', '马拉松号码布', '参赛号码布', '号码牌'],
                 en_noun=['bib', 'race bib', 'bib number'], py_noun='haomabu')
    o['serial'] = {'type': 'bib', 'v': c.get('bibv') or bib_number(full), 'op': 0.95, 'fp': 0.95, 'label': '号码'}
    o['race'] = '全马' if full else '半马'
    return o


# -- kit bag / bag-drop bag / own backpack
SHOES = [('nike', '跑鞋'), ('adidas', '跑鞋'), ('lining', '跑鞋'), ('anta', '跑鞋'), ('xtep', '竞速跑鞋'), ('salomon', '越野鞋')]


def content_marks(pool, k):
    return [mk('c_' + p[0], p[0], p[1], p[2], p[3], fp=p[4], op=0.85, var=False) for p in sample(pool, k)]


def bag_pool(obj):
    sb, st = pick(SHOES)
    sc = pick(['white', 'black', 'orange', 'blue', 'pink', 'green'])
    keyb = pick(['vw', 'toyota', 'byd', 'honda'])
    nm = obj['oname']
    return [
        ('shoes', ['一双%s%s%s（%s码）' % (cz(sc), brand_form(sb), st, pick(['41', '42', '43', '38', '39', '44'])), '一双%s%s' % (brand_form(sb), st)],
         ['一双%s运动鞋' % cz(sc, 'f'), '%s跑鞋一双' % brand_form(sb, 'f')], ['a pair of %s running shoes' % cen(sc)], 0.8),
        ('clothes', ['换洗衣服', '一套换洗的衣服和毛巾', '干净T恤和短裤'], ['衣物若干', '换洗衣服', '衣服和毛巾'], ['spare clothes'], 0.7),
        ('down', ['一件%s羽绒服' % cz(sc), '羽绒服'], ['一件%s羽绒服' % cz(sc, 'f'), '羽绒外套一件'], ['a %s down jacket' % cen(sc)], 0.8),
        ('powerbank', ['一个充电宝', '充电宝和数据线'], ['充电宝一个', '移动电源'], ['a power bank'], 0.6),
        ('slippers', ['一双拖鞋', '拖鞋'], ['拖鞋一双'], ['slippers'], 0.6),
        ('idcard', ['我的身份证（%s）' % nm, '身份证'], ['身份证一张，姓名%s' % nm, '身份证（%s）' % name_typo(nm)], ['my ID card'], 0.6),
        ('carkey', ['%s车钥匙' % brand_form(keyb), '一把车钥匙'], ['%s车钥匙一把' % brand_form(keyb, 'f'), '车钥匙'], ['my car key (%s)' % brand_form(keyb, 'en')], 0.7),
        ('gels', ['几支能量胶', '能量胶和盐丸'], ['能量胶若干', '几支能量胶'], ['some gels'], 0.6),
        ('cup', ['一个保温杯', '保温杯'], ['保温杯一个'], ['a thermos'], 0.6),
        ('cash', ['钱包外的现金两三百', '现金%d元' % pick([100, 200, 300])], ['现金若干', '零钱一些'], ['some cash'], 0.5),
    ]


def mg_kitbag(obj, t, avoid=None):
    if t == 'tag':
        n = obj['oname'] if avoid is None else pick([x for x in [cname() for _ in range(3)] if x != avoid])
        return mk('tag', n, ['包上挂着写有名字“%s”的行李牌' % n, '拉链上挂了行李牌，写着%s' % n], ['挂有行李牌，写着“%s”' % n, '行李牌姓名：%s' % n],
                  ['luggage tag with the name %s' % n], fp=0.9, op=0.85)
    if t == 'pendant':
        p = pick([x for x in PENDANTS if x[0] != avoid])
        return mk('pendant', p[0], ['拉链上挂了一个%s' % p[0]], ['拉链挂有%s' % p[0], '包上挂着%s' % p[0]], ['%s on the zip' % p[1]], fp=0.85, op=0.7)
    if t == 'ribbon':
        c = pick([x for x in ['red', 'yellow', 'green', 'orange'] if x != avoid])
        return mk('ribbon', c, ['为了好认，提手上系了一根%s丝带' % cz(c)], ['提手系有%s丝带' % cz(c, 'f')], ['a %s ribbon tied to the handle' % cen(c)],
                  fp=0.9, op=0.85)
    raise KeyError(t)


def k_kitbag(c):
    sub = c.get('sub') or wpick([('official', 4), ('deposit', 4), ('own', 3)])
    o = base('kitbag', 'bag', sub=sub, en_ok=True)
    if sub == 'official':
        o.update(color=c.get('color') or 'blue', o_noun=['参赛包', '赛事双肩包', '马拉松参赛包', '官方参赛包'],
                 f_noun=['马拉松参赛包', '印有马拉松标志的抽绳包', '赛事背包', '参赛包'], en_noun=['race kit bag'], py_noun='canshibao')
        bibv = c.get('bibv') or bib_number()
        o['serial'] = {'type': 'bib', 'v': bibv, 'op': 0.7, 'fp': 0.5, 'label': '包上写的号码'}
    elif sub == 'deposit':
        o.update(color=c.get('color') or 'white', o_noun=['存包袋', '存包的袋子', '赛事存包袋', '寄存袋'],
                 f_noun=['存包袋', '白色塑料存包袋', '赛事存包袋', '贴号码的存包袋'], en_noun=['bag-drop bag'], py_noun='cunbaodai')
        o['serial'] = {'type': 'bib', 'v': c.get('bibv') or bib_number(), 'op': 0.9, 'fp': 0.9, 'label': '存包号'}
    else:
        b = c.get('brand') or pick(['nike', 'adidas', 'decathlon', 'lining', 'anta', 'salomon'])
        o.update(brand=b, brand_fp=0.8, color=c.get('color') or pick(['black', 'black', 'grey', 'blue', 'green', 'red', 'pink']),
                 o_noun=['双肩包', '背包', '运动背包', '包'], f_noun=['双肩包', '背包', '运动包'], en_noun=['backpack'], py_noun='shuangjianbao')
        if chance(0.3):
            o['serial'] = {'type': 'bib', 'v': c.get('bibv') or bib_number(), 'op': 0.8, 'fp': 0.8, 'label': '包上贴的号码'}
    o['contents'] = content_marks(bag_pool(o), rint(2, 4))
    return o


# -- identity documents
def mg_doc(obj, t, avoid=None):
    if t == 'holder':
        c = pick([x for x in ['blue', 'black', 'pink', 'brown', 'green', 'yellow'] if x != avoid])
        return mk('holder', c, ['装在%s卡套里' % cz(c), '套着一个%s的卡套' % cbare(c)], ['有%s卡套' % cz(c, 'f'), '外有%s卡套' % cz(c, 'f')],
                  ['in a %s card sleeve' % cen(c)], fp=0.9, op=0.7)
    if t == 'with':
        it = pick([x for x in [('公交卡', 'a bus card'), ('工牌', 'a work badge'), ('健身卡', 'a gym card'), ('迈步跑者驿站会员卡', 'a running-shop member card'),
                               ('小孩一寸照', 'a passport photo of a kid')] if x[0] != avoid])
        return mk('with', it[0], ['卡套里还有一张%s' % it[0]], ['卡套内另有%s' % it[0], '一起的还有%s' % it[0]], ['together with %s' % it[1]],
                  fp=0.85, op=0.75)
    if t == 'cover':
        c = pick([x for x in ['black', 'brown', 'blue', 'pink', 'red'] if x != avoid])
        return mk('cover', c, ['护照套了%s皮套' % cz(c), '外面有%s护照夹' % cz(c)], ['有%s护照套' % cz(c, 'f'), '外套%s护照夹' % cz(c, 'f')],
                  ['in a %s passport cover' % cen(c)], fp=0.9, op=0.8)
    if t == 'inside':
        it = pick([x for x in [('回程机票行程单', 'my flight itinerary'), ('酒店预订单', 'a hotel booking printout'), ('几张美元', 'some US dollars'),
                               ('赛事领物确认函', 'the race pickup confirmation')] if x[0] != avoid])
        return mk('inside', it[0], ['里面夹着%s' % it[0]], ['内夹%s' % it[0], '里面夹了%s' % it[0]], ['%s tucked inside' % it[1]], fp=0.8, op=0.8)
    raise KeyError(t)


def k_idcard(c):
    o = base('idcard', 'id_doc', o_noun=['身份证', '二代身份证', '身份证件', '身份证'], f_noun=['居民身份证', '身份证', '身份证一张'],
             en_noun=['ID card'], py_noun='shenfenzheng', color_fp=0.0)
    o['name'] = o['oname']
    o['serial'] = {'type': 'idno', 'v': idno(), 'op': 0.75, 'fp': 0.95, 'label': '身份证号'}
    o['who'] = pick(['runner', 'runner', 'family', 'local'])
    return o


def k_passport(c):
    foreign = c.get('foreign', chance(0.6))
    o = base('passport', 'id_doc', o_noun=['护照'], f_noun=['护照', '护照一本'], en_noun=['passport'], py_noun='huzhao', en_ok=foreign)
    if foreign:
        ctry = pick(COUNTRIES) if not c.get('country') else c['country']
        o['country'] = ctry
        o['fname'] = fname()
        o['color'] = ctry[2]
        o['serial'] = {'type': 'passport', 'v': fresh(lambda: ctry[3] + alnum(1, LETTERS) + digits(7)), 'op': 0.8, 'fp': 0.85, 'label': '护照号'}
        o['who'] = 'foreign'
        o['f_noun'] = ['外国护照', '%s护照' % ctry[1], '护照一本']
    else:
        o['country'] = None
        o['name'] = o['oname']
        o['color'] = 'red'
        o['serial'] = {'type': 'passport', 'v': fresh(lambda: 'E' + digits(8)), 'op': 0.6, 'fp': 0.85, 'label': '护照号'}
        o['f_noun'] = ['中国护照', '护照', '因私护照一本']
    return o


def k_student(c):
    o = base('student', 'id_doc', o_noun=['学生证', '校园卡', '学生卡'], f_noun=['学生证', '校园卡', '学生卡'], en_noun=['student card'],
             py_noun='xueshengzheng', color=c.get('color') or pick(['blue', 'green', 'red']), color_fp=0.6)
    o['name'] = o['oname']
    o['school'] = pick([('滨州湾海洋大学', '海大'), ('滨湾理工学院', '滨湾理工'), ('北岭师范学院', '北岭师院')])
    o['serial'] = {'type': 'student', 'v': fresh(lambda: '20%d%s' % (rint(21, 25), digits(6))), 'op': 0.8, 'fp': 0.9, 'label': '学号'}
    return o


# -- keys
def mg_keys(obj, t, avoid=None):
    if t == 'pendant':
        p = pick([x for x in PENDANTS if x[0] != avoid])
        return mk('pendant', p[0], ['钥匙扣上挂着%s' % p[0], '挂了一个%s' % p[0]], ['挂有%s' % p[0], '钥匙圈上有%s' % p[0]],
                  ['with %s on the ring' % p[1]], fp=0.9, op=0.85)
    if t == 'extra':
        n = pick([x for x in [1, 2, 3] if x != avoid])
        fc = pick(['blue', 'red', 'yellow', 'black', 'green'])
        return mk('extra', n, ['还串着%s把家门钥匙和一个%s门禁扣' % (CN_NUM[n], cz(fc)), '另外有%d把钥匙、一个%s门禁卡' % (n, cbare(fc))],
                  ['另有钥匙%d把、%s门禁扣一个' % (n, cz(fc, 'f')), '连着%d把小钥匙和%s门禁' % (n, cz(fc, 'f'))],
                  ['plus %d house keys and a %s fob' % (n, cen(fc))], fp=0.9, op=0.8)
    if t == 'tag':
        plate = obj.get('plate') or '鲁%s·%s' % (pick('BUVH'), alnum(5, '0123456789ABCDEFGHJK'))
        return mk('tag', plate, ['钥匙扣上有挪车牌，写着车牌%s' % plate], ['钥匙上挂着挪车牌：%s' % plate], ['a tag with the plate %s' % plate],
                  fp=0.95, op=0.9)
    if t == 'sleeve':
        return mk('sleeve', obj.get('room'), ['装在酒店的纸卡套里，上面写了房号', '卡套上手写了房间号'],
                  ['纸质卡套上写有%s' % obj.get('room'), '卡套写着房号%s' % obj.get('room')], ['in the hotel paper sleeve with the room number'],
                  fp=0.9, op=0.7)
    raise KeyError(t)


def k_carkey(c):
    b = c.get('brand') or pick(['vw', 'vw', 'toyota', 'byd', 'honda', 'nissan'])
    o = base('carkey', 'keys', brand=b, brand_fp=0.85, color=c.get('color') or pick(['black', 'black', 'black', 'silver', 'grey']), color_fp=0.5,
             o_noun=['车钥匙', '汽车钥匙', '车钥匙', '遥控钥匙'], f_noun=['汽车钥匙', '车钥匙', '车钥匙（连着一串钥匙）'],
             en_noun=['car key'], py_noun='che yaoshi')
    o['plate'] = fresh(lambda: '鲁%s·%s' % (pick('BUVH'), alnum(5, '0123456789ABCDEFGHJK')))
    o['car'] = '%s%s' % (cz(pick(['white', 'black', 'grey', 'silver', 'red', 'blue'])), pick(['SUV', '轿车', '小轿车', 'MPV']))
    o['serial'] = {'type': 'plate', 'v': o['plate'], 'op': 0.35, 'fp': 0.0, 'label': '车牌'}
    o['hidden'] = [hid('车是%s' % o['car'], 'the car is a %s' % pick(['white SUV', 'sedan', 'small car']))]
    o['who'] = pick(['runner', 'family', 'local'])
    return o


def k_housekey(c):
    o = base('housekey', 'keys', color=c.get('color') or pick(['silver', 'gold', 'black', 'red', 'blue']), color_fp=0.6,
             o_noun=['钥匙', '一串钥匙', '家门钥匙', '钥匙串'], f_noun=['钥匙', '钥匙', '钥匙串'], en_noun=['keys'], py_noun='yaoshi')
    o['who'] = pick(['local', 'runner'])
    return o


def k_hotelcard(c):
    h = c.get('hotel') or pick(HOTELS)
    o = base('hotelcard', 'keys', color=c.get('color') or pick(['white', 'blue', 'black', 'gold']), color_fp=0.6, en_ok=True,
             o_noun=['房卡', '酒店房卡', '门卡'], f_noun=['酒店房卡', '房卡', '门卡'], en_noun=['hotel key card', 'room key'], py_noun='fangka')
    o['hotel'] = h
    o['room'] = c.get('room') or fresh(lambda: '%d%02d' % (rint(3, 18), rint(1, 36)))
    o['serial'] = {'type': 'room', 'v': o['room'], 'op': 0.7, 'fp': 0.0, 'label': '房号'}
    return o


# -- wallet and cash
def mg_wallet(obj, t, avoid=None):
    if t == 'photo':
        s = pick([x for x in ['小孩的一寸照', '全家福', '结婚照', '狗的照片'] if x != avoid])
        return mk('photo', s, ['里面有一张%s' % s], ['夹有%s一张' % s, '里面夹着%s' % s], ['there is a photo (%s) in it' % s], fp=0.7, op=0.7)
    if t == 'wear':
        s = pick([x for x in ['边角磨破了', '拉链坏了', '扣子有点松', '有一块掉漆'] if x != avoid])
        return mk('wear', s, ['钱包%s' % s], ['钱包%s' % s, '旧钱包，%s' % s], ['it is worn (%s)' % s], fp=0.6, op=0.5)
    if t == 'member':
        s = pick([x for x in ['迈步跑者驿站会员卡', '阿强火锅储值卡', '健身房会员卡', '理发店会员卡', '加油卡'] if x != avoid])
        return mk('member', s, ['有一张%s' % s], ['内有%s' % s], ['a member card (%s)' % s], fp=0.7, op=0.6)
    raise KeyError(t)


def k_wallet(c):
    sub = c.get('sub') or pick(['long', 'short', 'short', 'cardholder', 'coin'])
    b = c.get('brand') if 'brand' in c else wpick([(None, 4), ('coach', 1), ('septwolves', 1), ('goldlion', 1), ('decathlon', 0.7)])
    noun = {'long': (['长款钱包', '钱包', '长钱包'], ['长款钱包', '钱包', '皮夹']), 'short': (['钱包', '短款钱包', '皮夹子'], ['钱包', '短款钱包', '皮夹']),
            'cardholder': (['卡包', '卡夹', '证件包'], ['卡包', '卡夹', '小卡包']), 'coin': (['零钱包', '小钱包', '钥匙包'], ['零钱包', '小钱包', '布钱包'])}[sub]
    col = c.get('color') or pick(['black', 'black', 'brown', 'red', 'pink', 'blue', 'grey', 'green'])
    o = base('wallet', 'wallet', sub=sub, brand=b, brand_fp=0.7, color=col, o_noun=noun[0], f_noun=noun[1], en_noun=['wallet'],
             py_noun='qianbao', en_ok=True, who=pick(['runner', 'runner', 'family', 'local']))
    mat = pick(['皮', '皮质', '帆布', '尼龙'])
    o['material'] = mat
    amt = c.get('amount') or pick([0, 50, 120, 200, 260, 300, 450, 500, 600, 800, 1000, 1500])
    o['cash'] = amt
    bt = bank_tail()
    o['bank'] = bt
    nm = o['oname']
    o['name'] = nm
    cont = []
    if amt:
        approx = pick(['大概%d元' % amt, '%d块左右' % amt, '%d多块' % (amt // 100 * 100) if amt >= 200 else '%d块' % amt])
        got = amt if (amt <= 100 or chance(0.75)) else amt - pick([20, 50, 100])
        cont.append(mk('c_cash', amt, ['现金' + approx, '%s现金' % approx], ['现金%d元' % got, '人民币%d元' % got],
                       ['about %d yuan cash' % amt], fp=0.9, op=0.9, var=False))
    cont.append(mk('c_bank', bt['tail'], ['%s卡尾号%s' % (pick(bt['zh']), bt['tail']), '一张%s的卡，后四位%s' % (bt['zh'][0], bt['tail'])],
                   ['%s卡一张（%s****%s）' % (bt['zh'][0], bt['pre'], bt['tail']), '银行卡卡号%s **** **** %s' % (bt['pre'], bt['tail']),
                    '银行卡一张，末四位%s' % bt['tail']],
                   ['a %s card ending %s' % (bt['en'], bt['tail'])], fp=0.85, op=0.8, var=False))
    if sub != 'coin' and chance(0.5):
        iv = idno()
        o['idv'] = iv
        cont.append(mk('c_id', iv, ['身份证（%s）' % nm, '我的身份证'], ['身份证一张（姓名%s，证号%s）' % (nm, iv[:6] + '********' + iv[-4:]),
                                                                  '身份证，姓名%s' % name_typo(nm)],
                       ['my ID card'], fp=0.9, op=0.8, var=False))
    if sub != 'coin' and chance(0.3):
        cont.append(mk('c_drive', 'drive', ['驾驶证', '驾照'], ['驾驶证一本', '驾驶证（%s）' % nm], ['driving licence'], fp=0.8, op=0.7, var=False))
    o['contents'] = cont
    o['serial'] = {'type': 'card', 'v': bt['tail'], 'bank': bt, 'op': 0.5, 'fp': 0.5, 'label': '银行卡'}
    return o


def k_cash(c):
    amt = c.get('amount') or pick([200, 300, 500, 600, 800, 1000, 1200, 2000])
    cont = c.get('sub') or pick(['hongbao', 'envelope', 'band', 'bag', 'loose'])
    o = base('cash', 'cash', sub=cont, o_noun=['现金', '钱', '一沓钱'], f_noun=['现金', '人民币', '纸币'], en_noun=['cash'], py_noun='xianjin',
             en_ok=True, color=None)
    o['amount'] = amt
    den = pick(['都是一百的', '一百和五十的都有', '基本是一百的，还有几张二十'])
    o['hidden'] = [hid(den, 'mostly 100 yuan notes')]
    if cont == 'hongbao':
        txt = pick(['恭喜发财', '完赛快乐', '大吉大利', '福'])
        o['color'] = 'red'
        o['marks'] = [mk('env', txt, ['装在红包里，红包上印着“%s”' % txt, '一个写着%s的红包' % txt], ['红包一个，印有“%s”字样' % txt, '装在红包内'],
                         ['in a red envelope'], fp=0.95, op=0.9, var=False)]
    elif cont == 'envelope':
        txt = pick(['滨州湾农商银行', '工商银行', '中国银行'])
        o['color'] = pick(['white', 'brown'])
        o['marks'] = [mk('env', txt, ['装在%s的信封里' % txt, '银行信封装着'], ['装于%s信封内' % txt, '信封装，印有%s' % txt],
                         ['in a bank envelope'], fp=0.9, op=0.8, var=False)]
    elif cont == 'band':
        o['marks'] = [mk('band', 'rubber', ['用皮筋捆着', '拿橡皮筋扎着'], ['用橡皮筋捆扎', '皮筋捆着'], ['held with a rubber band'], fp=0.9, op=0.8, var=False)]
    elif cont == 'bag':
        o['color'] = 'white'
        o['marks'] = [mk('zip', 'zip', ['装在一个密封袋里，和号码布别针放一起', '用小自封袋装着'], ['装在透明自封袋内', '透明密封袋装'],
                         ['in a small zip bag'], fp=0.9, op=0.8, var=False)]
    else:
        o['marks'] = [mk('fold', 'fold', ['对折着放在裤兜里的', '折着的'], ['对折的一叠', '散放的纸币'], ['folded'], fp=0.6, op=0.6, var=False)]
    return o


# -- running belt
def mg_belt(obj, t, avoid=None):
    if t == 'bottles':
        return mk('bottles', 2, ['带两个小软水壶', '两侧插着软水壶'], ['带两个软水壶', '附小水壶两个'], ['two soft flasks'], fp=0.9, op=0.7, var=False)
    if t == 'reflect':
        return mk('reflect', 'strip', ['有反光条', '腰带上有反光条'], ['有反光条'], ['reflective strip'], fp=0.6, op=0.4, var=False)
    if t == 'pin':
        p = pick([x for x in PENDANTS if x[0] != avoid])
        return mk('pin', p[0], ['拉链头挂了个%s' % p[0]], ['拉链挂%s' % p[0]], ['%s on the zip' % p[1]], fp=0.85, op=0.8)
    raise KeyError(t)


def k_belt(c):
    b = c.get('brand') if 'brand' in c else wpick([(None, 3), ('salomon', 2), ('decathlon', 3), ('nike', 1), ('lining', 1)])
    o = base('belt', 'bag', brand=b, brand_fp=0.6, color=c.get('color') or pick(['black', 'black', 'blue', 'grey', 'orange', 'pink', 'yellow']),
             o_noun=['腰包', '跑步腰包', '跑步腰带', '运动腰包'], f_noun=['腰包', '运动腰包', '跑步腰带', '腰带包'], en_noun=['running belt', 'waist pack'],
             py_noun='yaobao', en_ok=True)
    amt = pick([50, 100, 150, 200])
    nm = o['oname']
    pool = [('gels', ['%d支能量胶' % rint(2, 5), '几支能量胶'], ['能量胶%d支' % rint(2, 5), '能量胶若干'], ['some gels'], 0.85),
            ('salt', ['盐丸', '一小盒盐丸'], ['盐丸一盒', '一盒药片样的东西'], ['salt tablets'], 0.6),
            ('key', ['一把家门钥匙', '一把钥匙'], ['钥匙一把'], ['a house key'], 0.8),
            ('tissue', ['一包纸巾'], ['纸巾'], ['tissues'], 0.5),
            ('money', ['现金%d元' % amt, '%d块钱' % amt], ['现金%d元' % amt, '少量现金'], ['%d yuan cash' % amt], 0.8),
            ('copy', ['身份证复印件（%s）' % nm], ['身份证复印件一张（%s）' % nm], ['a copy of my ID'], 0.8),
            ('lip', ['一支唇膏'], ['唇膏一支'], ['lip balm'], 0.5),
            ('metro', ['一张地铁卡'], ['地铁卡一张'], ['a metro card'], 0.7)]
    o['contents'] = content_marks(pool, rint(1, 4))
    return o


# -- sunglasses
def mg_glasses(obj, t, avoid=None):
    if t == 'lens':
        s = pick([x for x in [('红色镀膜镜片', '红色反光镜片', 'red mirrored lenses'), ('蓝色镀膜镜片', '蓝色反光镜片', 'blue mirrored lenses'),
                              ('变色镜片', '浅色镜片', 'photochromic lenses'), ('茶色镜片', '茶色镜片', 'brown lenses'),
                              ('紫色镀膜', '紫色反光镜片', 'purple mirrored lenses')] if x[0] != avoid])
        return mk('lens', s[0], ['%s' % s[0], '镜片是%s' % s[0]], ['%s' % s[1], '镜片为%s' % s[1]], [s[2]], fp=0.9, op=0.8)
    if t == 'insert':
        l, r = pick([250, 300, 350, 400, 450]), pick([250, 300, 350, 400, 450])
        return mk('insert', 'insert', ['带近视内架，左%d右%d度' % (l, r), '里面有近视夹片'], ['带近视内架', '镜片内侧有一副近视夹片'],
                  ['it has a prescription insert'], fp=0.85, op=0.85, var=False)
    if t == 'case':
        c = pick([x for x in ['black', 'grey', 'blue', 'red'] if x != avoid])
        return mk('case', c, ['装在%s眼镜盒里' % cz(c)], ['附%s眼镜盒' % cz(c, 'f'), '有%s眼镜盒' % cz(c, 'f')], ['in a %s case' % cen(c)], fp=0.9, op=0.7)
    if t == 'strap':
        return mk('strap', 'strap', ['挂着防滑绳', '镜腿上系着眼镜绳'], ['有眼镜绳'], ['with a retainer strap'], fp=0.85, op=0.6, var=False)
    raise KeyError(t)


def k_glasses(c):
    b = c.get('brand') if 'brand' in c else wpick([('oakley', 4), ('decathlon', 2), (None, 2), ('lining', 1), ('nike', 1)])
    o = base('glasses', 'other', brand=b, brand_fp=0.7, color=c.get('color') or pick(['black', 'white', 'red', 'blue', 'grey']),
             o_noun=['太阳镜', '墨镜', '运动眼镜', '跑步眼镜'], f_noun=['墨镜', '太阳镜', '运动眼镜', '眼镜'], en_noun=['sunglasses'],
             py_noun='mojing', en_ok=True)
    return o


# -- jacket / clothes
def mg_jacket(obj, t, avoid=None):
    if t == 'club':
        s = pick([x for x in CLUBS if x != avoid])
        return mk('club', s, ['背后印着“%s”' % s, '是我们%s的队服' % s], ['背面印有“%s”字样' % s, '后背有%s字样' % s], ['printed "%s" on the back' % s],
                  fp=0.9, op=0.9)
    if t == 'pocket':
        it = pick([x for x in [('一包纸巾', 'tissues'), ('一张地铁卡', 'a metro card'), ('两支能量胶', 'two gels'), ('一把钥匙', 'a key'),
                               ('五十块钱', '50 yuan'), ('一副手套', 'a pair of gloves')] if x[0] != avoid])
        return mk('pocket', it[0], ['口袋里有%s' % it[0]], ['口袋内有%s' % it[0]], ['%s in the pocket' % it[1]], fp=0.6, op=0.7)
    if t == 'size':
        s = pick([x for x in ['M', 'L', 'XL', '2XL', '170', '175'] if x != avoid])
        return mk('size', s, ['%s码' % s, '尺码%s' % s], ['尺码%s' % s, '%s号' % s], ['size %s' % s], fp=0.7, op=0.6)
    if t == 'reflect':
        return mk('reflect', 'strip', ['袖口有荧光条'], ['袖口有反光条'], ['reflective cuffs'], fp=0.7, op=0.5, var=False)
    raise KeyError(t)


def k_jacket(c):
    b = c.get('brand') if 'brand' in c else wpick([('lining', 2), ('anta', 2), ('xtep', 2), ('nike', 2), ('adidas', 2), ('decathlon', 1), (None, 1)])
    sub = c.get('sub') or pick(['皮肤衣', '风衣', '冲锋衣', '卫衣', '抓绒衣', '羽绒马甲'])
    o = base('jacket', 'other', brand=b, brand_fp=0.8, sub=sub, color=c.get('color') or pick(['black', 'blue', 'grey', 'red', 'green', 'white', 'orange', 'yellow']),
             o_noun=[sub, '外套', '衣服'], f_noun=[sub if chance(0.5) else '外套', '外套', '上衣', '运动外套'], en_noun=['jacket'],
             py_noun='waitao', en_ok=True)
    return o


# -- medal / finisher shirt / gels
def mg_medal(obj, t, avoid=None):
    if t == 'engrave':
        nm = obj['name'] if avoid is None else cname()
        rt = obj['rt'] if avoid is None else race_time(obj['full'])
        return mk('engrave', nm, ['背面刻了字：%s %s' % (nm, rt), '现场刻了名字和成绩（%s，%s）' % (nm, rt)],
                  ['背面刻有“%s %s”' % (nm, rt), '刻字：%s %s' % (name_typo(nm) if chance(0.2) else nm, rt)],
                  ['engraved with my name and time %s' % rt], fp=0.95, op=0.95)
    if t == 'box':
        return mk('box', 'box', ['装在奖牌盒里', '有奖牌盒'], ['带奖牌盒', '装在黑色奖牌盒内'], ['in its box'], fp=0.9, op=0.7, var=False)
    if t == 'bag':
        return mk('bag', 'bag', ['和完赛T恤一起装在完赛袋里', '完赛袋里还有毛巾和T恤'], ['装在完赛袋内，袋内另有T恤、毛巾', '完赛物资袋一个'],
                  ['in the finisher bag with the T-shirt'], fp=0.9, op=0.7, var=False)
    raise KeyError(t)


def k_medal(c):
    full = c.get('full', chance(0.6))
    o = base('medal', 'other', color=c.get('color') or ('gold' if full else 'silver'), en_ok=True,
             o_noun=['奖牌', '完赛奖牌', '%s奖牌' % ('全马' if full else '半马')], f_noun=['奖牌', '马拉松奖牌', '完赛奖牌'],
             en_noun=['finisher medal', 'medal'], py_noun='jiangpai')
    o['full'] = full
    o['name'] = o['oname']
    o['rt'] = race_time(full)
    o['hidden'] = [hid('我的成绩是%s' % race_time_zh(o['rt']), 'my time was %s' % o['rt'])]
    return o


def mg_none(obj, t, avoid=None):
    raise KeyError(t)


def k_shirt(c):
    o = base('shirt', 'other', color=c.get('color') or pick(['orange', 'blue', 'white']), en_ok=True,
             o_noun=['完赛T恤', '完赛服', '完赛衫'], f_noun=['T恤', '完赛T恤', '马拉松T恤'], en_noun=['finisher T-shirt'], py_noun='wansai txu')
    s = pick(['M', 'L', 'XL', 'S'])
    o['marks'] = [mk('size', s, ['%s码' % s], ['尺码%s' % s], ['size %s' % s], fp=0.8, op=0.8)]
    if chance(0.4):
        nm = o['oname']
        o['marks'].append(mk('name', nm, ['领标上用马克笔写了名字%s' % nm], ['领口标签上写着“%s”' % nm], ['name written on the label'], fp=0.8, op=0.9))
    return o


def k_gels(c):
    b = c.get('brand') if 'brand' in c else pick([None, 'decathlon', None])
    o = base('gels', 'other', brand=b, brand_fp=0.6, color=None, en_ok=True,
             o_noun=['能量胶', '一袋能量胶', '补给'], f_noun=['能量胶', '一袋能量胶', '运动补给品'], en_noun=['bag of gels'], py_noun='nengliangjiao')
    n = rint(4, 8)
    o['marks'] = [mk('count', n, ['%d支能量胶装在自封袋里' % n, '一共%d支' % n], ['自封袋装能量胶%d支' % n, '能量胶约%d支' % n], ['%d gels in a zip bag' % n],
                     fp=0.9, op=0.8, var=False)]
    if chance(0.5):
        nm = o['oname']
        o['marks'].append(mk('name', nm, ['袋子上写着我的名字%s' % nm], ['袋子上写有“%s”' % nm], ['my name on the bag'], fp=0.9, op=0.9))
    return o


# -- bicycle / e-bike
def mg_bike(obj, t, avoid=None):
    if t == 'basket':
        return mk('basket', 'basket', ['前面装了车筐', '有个车篮子'], ['有前车筐', '带车篮'], ['front basket'], fp=0.9, op=0.7, var=False)
    if t == 'seat':
        c = pick([x for x in ['black', 'red', 'blue', 'brown', 'pink'] if x != avoid])
        return mk('seat', c, ['车座套了%s座套' % cz(c)], ['车座有%s座套' % cz(c, 'f')], ['%s saddle cover' % cen(c)], fp=0.85, op=0.7)
    if t == 'sticker':
        s = pick([x for x in ['一只卡通猫', '“慢就是快”', '海燕跑团', '皮卡丘', '一串英文字母'] if x != avoid])
        return mk('sticker', s, ['车架上贴着%s贴纸' % s], ['车架有%s贴纸' % s], ['sticker on the frame'], fp=0.8, op=0.8)
    if t == 'bell':
        s = pick([x for x in ['小黄鸭', '铜铃', '卡通'] if x != avoid])
        return mk('bell', s, ['车铃是%s的' % s], ['车铃为%s样式' % s], ['bell'], fp=0.6, op=0.5)
    if t == 'childseat':
        return mk('childseat', 'seat', ['后座装了儿童座椅', '后面有个宝宝座椅'], ['后座有儿童座椅'], ['child seat'], fp=0.95, op=0.9, var=False)
    if t == 'quilt':
        c = pick([x for x in ['black', 'red', 'blue', 'green', 'brown'] if x != avoid])
        return mk('quilt', c, ['车把上有%s挡风被' % cz(c)], ['车把装有%s挡风被' % cz(c, 'f')], ['handlebar muff'], fp=0.9, op=0.8)
    if t == 'box':
        c = pick([x for x in ['black', 'white', 'red'] if x != avoid])
        return mk('box', c, ['后面装了%s尾箱' % cz(c)], ['后部有%s尾箱' % cz(c, 'f')], ['top box'], fp=0.9, op=0.8)
    if t == 'mirror':
        return mk('mirror', 'mirror', ['左边后视镜断了', '少一个后视镜'], ['缺左侧后视镜', '后视镜缺一个'], ['a mirror missing'], fp=0.8, op=0.6, var=False)
    raise KeyError(t)


def k_bicycle(c):
    b = c.get('brand') or pick(['giant', 'giant', 'merida', 'xds', 'phoenix'])
    sub = c.get('sub') or pick(['山地车', '公路车', '城市车', '折叠车'])
    o = base('bicycle', 'bicycle', brand=b, brand_fp=0.85, sub=sub, color=c.get('color') or pick(['black', 'white', 'blue', 'red', 'grey', 'green', 'yellow']),
             o_noun=['自行车', sub, '单车'], f_noun=['自行车', sub, '单车'], en_noun=['bike'], py_noun='zixingche', who='local')
    o['serial'] = {'type': 'frame', 'v': fresh(lambda: pick(['G', 'M', 'X', 'F']) + alnum(2, LETTERS) + digits(7)), 'op': 0.3, 'fp': 0.6, 'label': '车架号'}
    o['hidden'] = sample([hid('锁是U型锁，钥匙在我这', None), hid('买了两年多，发票还在', None), hid('没上锁', None)], 1)
    return o


def k_ebike(c):
    b = c.get('brand') or pick(['yadea', 'yadea', 'aima', 'niu', 'tailg', 'ninebot'])
    o = base('ebike', 'ebike', brand=b, brand_fp=0.9, color=c.get('color') or pick(['white', 'black', 'grey', 'blue', 'red', 'green', 'pink']),
             o_noun=['电动车', '电瓶车', '电动自行车', '小电驴'], f_noun=['电动自行车', '电动车', '电瓶车', '两轮电动车'], en_noun=['e-bike'],
             py_noun='diandongche', who='local')
    o['plate'] = fresh(lambda: '滨州湾%s%s' % (pick('ABCDE'), digits(5)))
    o['frame'] = fresh(lambda: alnum(3, LETTERS) + digits(4) + alnum(2, LETTERS) + digits(6))
    o['serial'] = {'type': 'plate', 'v': o['plate'], 'op': 0.8, 'fp': 0.55, 'label': '车牌', 'frame': o['frame']}
    o['hidden'] = sample([hid('电池是今年新换的', None), hid('车钥匙在我这里，一共两把', None), hid('买车的发票和合格证都在', None)], 1)
    o['f_state'] = sample(['电池已被拆走', '车锁被撬', '车牌已不在', '轮胎没气', '车身落满灰'], rint(0, 2))
    return o


# -- jewellery
def mg_jewel(obj, t, avoid=None):
    if t == 'engrave':
        s = pick([x for x in ['L&W 520', 'Z&Y 2018', '永结同心', 'H♡M', 'forever 1314', 'C&J 0808'] if x != avoid])
        return mk('engrave', s, ['内圈刻着“%s”' % s, '里面刻了字%s' % s], ['内侧刻有“%s”' % s, '内圈有刻字%s' % s], ['engraved "%s" inside' % s],
                  fp=0.7, op=0.9)
    if t == 'pendant':
        s = pick([x for x in [('平安扣', 'a jade disc'), ('转运珠', 'a lucky bead'), ('字母“L”', 'a letter L'), ('小海豚', 'a little dolphin'),
                              ('四叶草', 'a clover'), ('小跑鞋', 'a tiny running shoe')] if x[0] != avoid])
        return mk('pendant', s[0], ['吊坠是%s' % s[0], '带一个%s吊坠' % s[0]], ['带%s吊坠' % s[0], '挂坠为%s' % s[0]], ['with %s pendant' % s[1]], fp=0.9, op=0.9)
    if t == 'stone':
        return mk('stone', 'stone', ['镶了一颗小钻', '上面有颗小钻石'], ['镶有一颗白色小石头', '镶钻'], ['with a small diamond'], fp=0.8, op=0.8, var=False)
    if t == 'clasp':
        return mk('clasp', 'broken', ['扣子有点松，可能是这样掉的'], ['搭扣已断开', '扣头松脱'], ['the clasp was loose'], fp=0.7, op=0.5, var=False)
    raise KeyError(t)


def k_jewel(c):
    sub = c.get('sub') or pick(['ring', 'ring', 'necklace', 'bracelet', 'earring'])
    b = c.get('brand') if 'brand' in c else wpick([(None, 3), ('chowtaifook', 2), ('laofengxiang', 1.5), ('pandora', 1)])
    col = c.get('color') or pick(['gold', 'gold', 'silver', 'pink'])
    nouns = {'ring': (['戒指', '婚戒', '结婚戒指', '对戒'], ['戒指', '戒指', '指环']),
             'necklace': (['项链', '金项链' if col == 'gold' else '银项链' if col == 'silver' else '项链', '吊坠项链'], ['项链', '项链', '链子']),
             'bracelet': (['手链', '手镯', '手串'], ['手链', '手链', '手镯']),
             'earring': (['耳环', '耳钉', '耳坠'], ['耳环', '耳钉', '耳饰'])}[sub]
    o = base('jewel', 'jewelry', sub=sub, brand=b, brand_fp=0.25, color=col, o_noun=nouns[0], f_noun=nouns[1], en_noun=['ring' if sub == 'ring' else sub],
             py_noun={'ring': 'jiezhi', 'necklace': 'xianglian', 'bracelet': 'shoulian', 'earring': 'erhuan'}[sub], en_ok=True)
    o['hidden'] = sample([hid('大概%d克' % rint(3, 25), None), hid('是结婚十周年的礼物', 'an anniversary present'),
                          hid('买的时候%d多块' % (rint(2, 12) * 1000), None)], rint(1, 2))
    return o


# -- cameras / power banks
def mg_cam(obj, t, avoid=None):
    if t == 'strap':
        c = pick([x for x in ['red', 'black', 'blue', 'yellow', 'orange'] if x != avoid])
        return mk('strap', c, ['挂着%s背带' % cz(c)], ['带%s相机背带' % cz(c, 'f')], ['%s strap' % cen(c)], fp=0.9, op=0.8)
    if t == 'mount':
        s = pick([x for x in ['自拍杆', '胸前绑带', '头带支架'] if x != avoid])
        return mk('mount', s, ['装在%s上' % s], ['连着%s' % s], ['on a %s' % s], fp=0.9, op=0.8)
    if t == 'cap':
        return mk('cap', 'nocap', ['镜头盖早丢了', '没有镜头盖'], ['无镜头盖'], ['no lens cap'], fp=0.6, op=0.4, var=False)
    if t == 'sticker':
        s = pick([x for x in ['“滨马加油”', '一只熊猫', '一个跑团logo', '名字缩写LZ'] if x != avoid])
        return mk('sticker', s, ['机身贴了%s贴纸' % s], ['机身有%s贴纸' % s], ['sticker on the body'], fp=0.85, op=0.8)
    raise KeyError(t)


def k_camera(c):
    b = c.get('brand') or pick(['gopro', 'insta360', 'sony', 'canon'])
    m = pick_model(CAM_MODELS, b, c)
    action = b in ('gopro', 'insta360')
    o = base('camera', 'electronics', brand=b, model=m[0], model_alts=m[1], brand_fp=0.9, model_fp=0.5,
             color=c.get('color') or ('black' if not action or chance(0.7) else 'silver'), en_ok=True,
             o_noun=['运动相机', '运动相机', 'GoPro'] if action else ['相机', '微单相机', '照相机'],
             f_noun=['运动相机', '小相机', '摄像头'] if action else ['相机', '照相机', '数码相机'], en_noun=['action camera' if action else 'camera'],
             py_noun='xiangji', who=pick(['family', 'runner']))
    o['serial'] = {'type': 'sn', 'v': fresh(lambda: alnum(4) + digits(8)), 'op': 0.2, 'fp': 0.5, 'label': '序列号'}
    o['hidden'] = sample([hid('卡里是我家人跑步的照片', 'the card has photos of the race'), hid('电池是满的', None)], 1)
    return o


def mg_pb(obj, t, avoid=None):
    if t == 'tape':
        n = pick([x for x in NICKS if x != avoid])
        return mk('tape', n, ['上面贴着胶布写了“%s”' % n], ['表面贴有写着“%s”的胶布' % n], ['tape with "%s" on it' % n], fp=0.9, op=0.9)
    if t == 'cable':
        c = pick([x for x in ['white', 'black', 'pink', 'blue'] if x != avoid])
        return mk('cable', c, ['连着一根%s数据线' % cz(c)], ['带%s数据线' % cz(c, 'f')], ['%s cable attached' % cen(c)], fp=0.85, op=0.7)
    raise KeyError(t)


def k_powerbank(c):
    b = c.get('brand') or pick(['anker', 'xiaomi', 'huawei'])
    o = base('powerbank', 'electronics', brand=b, brand_fp=0.8, color=c.get('color') or pick(['white', 'black', 'blue', 'pink']), en_ok=True,
             o_noun=['充电宝', '移动电源'], f_noun=['充电宝', '移动电源', '充电宝'], en_noun=['power bank'], py_noun='chongdianbao')
    return o


KINDS = {
    'watch': (k_watch, mg_watch, ['strap', 'scratch', 'film', 'sticker', 'face'], (0, 3)),
    'phone': (k_phone, mg_phone, ['case', 'crack', 'armband', 'lanyard', 'sticker', 'lock'], (1, 3)),
    'buds': (k_buds, mg_buds, ['cover', 'engrave', 'scratch', 'one'], (0, 2)),
    'bib': (k_bib, mg_bib, ['name', 'contact', 'chip', 'pins', 'sticker'], (1, 3)),
    'kitbag': (k_kitbag, mg_kitbag, ['tag', 'pendant', 'ribbon'], (0, 2)),
    'idcard': (k_idcard, mg_doc, ['holder', 'with'], (0, 2)),
    'passport': (k_passport, mg_doc, ['cover', 'inside'], (0, 2)),
    'student': (k_student, mg_doc, ['holder', 'with'], (0, 1)),
    'carkey': (k_carkey, mg_keys, ['pendant', 'extra', 'tag'], (1, 2)),
    'housekey': (k_housekey, mg_keys, ['pendant', 'extra'], (1, 2)),
    'hotelcard': (k_hotelcard, mg_keys, ['sleeve'], (0, 1)),
    'wallet': (k_wallet, mg_wallet, ['photo', 'wear', 'member'], (0, 2)),
    'cash': (k_cash, mg_none, [], (0, 0)),
    'belt': (k_belt, mg_belt, ['bottles', 'reflect', 'pin'], (0, 2)),
    'glasses': (k_glasses, mg_glasses, ['lens', 'insert', 'case', 'strap'], (1, 2)),
    'jacket': (k_jacket, mg_jacket, ['club', 'pocket', 'size', 'reflect'], (1, 3)),
    'medal': (k_medal, mg_medal, ['engrave', 'box', 'bag'], (0, 2)),
    'shirt': (k_shirt, mg_none, [], (0, 0)),
    'gels': (k_gels, mg_none, [], (0, 0)),
    'bicycle': (k_bicycle, mg_bike, ['basket', 'seat', 'sticker', 'bell'], (1, 3)),
    'ebike': (k_ebike, mg_bike, ['childseat', 'quilt', 'box', 'mirror', 'sticker'], (1, 3)),
    'jewel': (k_jewel, mg_jewel, ['engrave', 'pendant', 'stone', 'clasp'], (0, 2)),
    'camera': (k_camera, mg_cam, ['strap', 'mount', 'cap', 'sticker'], (1, 2)),
    'powerbank': (k_powerbank, mg_pb, ['tape', 'cable'], (0, 2)),
}


def build(kind, c=None, force=None):
    """Draw a truth record.  force=(mark type, value to avoid) guarantees a mark of
    that type with a different value, for the marks-differ decoys."""
    c = dict(c or {})
    fn, mg, types, (lo, hi) = KINDS[kind]
    obj = fn(c)
    if kind == 'jewel':
        types = {'ring': ['engrave', 'stone'], 'necklace': ['pendant', 'clasp'], 'bracelet': ['pendant', 'clasp'], 'earring': ['stone']}[obj['sub']]
    if kind == 'medal' and chance(0.45):
        types = ['box', 'bag']          # many medals carry no engraving at all
    if types:
        chosen = sample(sorted(types), rint(lo, min(hi, len(types))))
        if kind == 'medal' and 'engrave' in types and 'engrave' not in chosen and chance(0.6):
            chosen.append('engrave')
        if force and force[0] not in chosen:
            chosen.append(force[0])
        for t in chosen:
            avoid = force[1] if (force and force[0] == t) else None
            m = mg(obj, t, avoid)
            if force and force[0] == t:
                m['fp'] = 1.0
            obj['marks'].append(m)
    obj.setdefault('contents', [])
    return obj


# ----------------------------------------------------------------------------- events
# What really happened: when the owner last had it (t_last), when it left them
# (t_loss), when they noticed (t_notice), where it was found and when (t_found).
# o_mode is what the owner can say about the place: 'at' the real place, 'near'
# a neighbouring place they wrongly remember, 'route' between two places, 'none'.

def cap(t, lo):
    return max(lo, min(t, R_MIN - rint(3, 40)))


def owner_place(loss, alts=None, route=None, w=(6, 2, 1.2, 2)):
    opts = [('at', w[0]), ('none', w[2])]
    if alts:
        opts.append(('near', w[1]))
    if route:
        opts.append(('route', w[3]))
    mode = wpick(opts)
    if mode == 'at':
        return mode, [loss]
    if mode == 'near':
        return mode, [pick(alts)]
    if mode == 'route':
        return mode, list(route)
    return mode, []


def daytime(t):
    # people rarely find or notice things between midnight and six; move it to the morning
    if t % 1440 < 360:
        return (t // 1440) * 1440 + rint(370, 540)
    return t


def finish_ev(ev):
    ev['t_notice'] = cap(daytime(ev['t_notice']), ev['t_loss'] + 1)
    ev['t_found'] = cap(daytime(ev['t_found']), ev['t_loss'] + 2)
    ev['t_last'] = max(30, min(ev['t_last'], ev['t_loss']))
    return ev


def ev_expo():
    d = wpick([(0, 2), (1, 3), (2, 4)])
    t_loss = d * 1440 + rint(600, 1150)
    loss = wpick([('expo', 8), ('expo_metro', 1), ('expo_desk', 1)])
    found = loss if chance(0.55) else pick(['expo', 'expo_desk', 'expo_metro'])
    mode, op = owner_place(loss, [p for p in ['expo', 'expo_desk', 'expo_metro'] if p != loss])
    return finish_ev({'scen': 'expo', 't_loss': t_loss, 't_last': max(d * 1440 + 570, t_loss - rint(5, 150)), 't_notice': t_loss + rint(15, 540),
                      't_found': t_loss + rint(3, 360), 'loss': loss, 'found': found, 'o_mode': mode, 'o_pids': op})


def ev_start():
    t_loss = 3 * 1440 + rint(330, 455)
    loss = wpick([('square', 4), ('deposit', 3), ('start_wc', 2), ('square_metro', 1), ('park_nm', 0.5)])
    zone = ['square', 'deposit', 'start_wc', 'square_metro', 'park_nm']
    found = wpick([(loss, 5), (pick([z for z in zone if z != loss]), 3), ('lf_desk', 2)])
    t_notice = t_loss + (rint(150, 420) if chance(0.5) else rint(5, 60))
    mode, op = owner_place(loss, [z for z in zone if z != loss], ('square_metro', 'square'))
    return finish_ev({'scen': 'start', 't_loss': t_loss, 't_last': t_loss - rint(5, 70), 't_notice': t_notice,
                      't_found': t_loss + rint(5, 240), 'loss': loss, 'found': found, 'o_mode': mode, 'o_pids': op})


def ev_course():
    i = rint(0, len(COURSE) - 1)
    pid, kmv = COURSE[i]
    pace = 4.2 + rng.random() * 3.6
    t_loss = RACE_START + int(kmv * pace) + rint(-3, 3)
    t_last = RACE_START - rint(0, 30) if chance(0.5) else t_loss - rint(5, 40)
    t_notice = RACE_START + int(42.2 * pace) + rint(5, 100) if chance(0.6) else t_loss + rint(1, 15)
    neigh = [p for p, k in COURSE if p != pid and abs(k - kmv) <= 6]
    found = wpick([(pid, 5), (pick(neigh), 2), ('lf_desk', 2.5)])
    a = COURSE[max(0, i - 1)][0]
    b = COURSE[min(len(COURSE) - 1, i + 1)][0]
    mode, op = owner_place(pid, neigh, (a, b) if a != b else None, w=(4, 2, 2, 3))
    ev = {'scen': 'course', 't_loss': t_loss, 't_last': t_last, 't_notice': t_notice, 't_found': t_loss + rint(10, 330),
          'loss': pid, 'found': found, 'o_mode': mode, 'o_pids': op, 'km': kmv}
    return finish_ev(ev)


def ev_finish():
    t_loss = 3 * 1440 + rint(580, 870)
    zone = ['finish', 'medical', 'pickup', 'medals']
    loss = wpick([('finish', 4), ('medical', 2), ('pickup', 3), ('medals', 2)])
    found = wpick([(loss, 5), (pick([z for z in zone if z != loss]), 2.5), ('lf_desk', 2.5)])
    mode, op = owner_place(loss, [z for z in zone if z != loss] + ['shuttle_stop'])
    return finish_ev({'scen': 'finish', 't_loss': t_loss, 't_last': t_loss - rint(5, 90), 't_notice': t_loss + rint(10, 480),
                      't_found': t_loss + rint(5, 400), 'loss': loss, 'found': found, 'o_mode': mode, 'o_pids': op})


def ev_metro():
    kind = wpick([('morning', 4), ('after', 3), ('other', 3)])
    if kind == 'morning':
        a = pick(['rail_metro', 'old_metro', 'expo_metro', 'end_metro'])
        b = 'square_metro'
        t_last = 3 * 1440 + rint(300, 410)
    elif kind == 'after':
        a = 'wct_metro'
        b = pick(['rail_metro', 'old_metro', 'expo_metro', 'end_metro', 'square_metro'])
        t_last = 3 * 1440 + rint(660, 1000)
    else:
        a, b = sample(METRO_LINE, 2)
        t_last = rint(0, 5) * 1440 + rint(480, 1290)
    ia, ib = METRO_LINE.index(a), METRO_LINE.index(b)
    end = METRO_LINE[-1] if ib > ia else METRO_LINE[0]
    t_loss = t_last + rint(2, 25)
    found = wpick([(end, 4), (b, 2.5), (pick(METRO_LINE), 1.5)])
    mode, op = owner_place(b, [a], (a, b), w=(2.5, 1, 1.5, 5))
    return finish_ev({'scen': 'metro', 't_loss': t_loss, 't_last': t_last, 't_notice': t_loss + rint(5, 200),
                      't_found': t_loss + rint(10, 240), 'loss': b, 'found': found, 'o_mode': mode, 'o_pids': op, 'a': a, 'b': b})


def ev_shuttle():
    t_last = 3 * 1440 + rint(660, 960)
    dest = pick(['expo', 'square_metro', 'h_yuechao', 'h_tingtao', 'h_bandao', 'rail'])
    t_loss = t_last + rint(5, 30)
    found = 'depot' if chance(0.65) else dest
    mode, op = owner_place('shuttle_stop', ['finish'], ('shuttle_stop', dest), w=(3, 1, 1, 5))
    return finish_ev({'scen': 'shuttle', 't_loss': t_loss, 't_last': t_last, 't_notice': t_loss + rint(10, 300),
                      't_found': t_loss + rint(30, 420), 'loss': 'shuttle_stop', 'found': found, 'o_mode': mode, 'o_pids': op,
                      'a': 'shuttle_stop', 'b': dest})


def ev_hotel(hotel=None):
    h = hotel or pick(HOTELS)
    d = pick([1, 2, 2, 3, 3, 4, 4, 5])
    t_loss = d * 1440 + rint(420, 1380)
    mode, op = owner_place(h, None, None, w=(9, 0, 1, 0))
    spot = pick(['room', 'room', 'lobby', 'breakfast'])
    if spot == 'breakfast':
        t_loss = d * 1440 + rint(430, 570)
    ev = {'scen': 'hotel', 't_loss': t_loss, 't_last': t_loss - rint(20, 300), 't_notice': t_loss + rint(60, 1500),
          't_found': t_loss + rint(20, 900), 'loss': h, 'found': h, 'o_mode': mode, 'o_pids': op,
          'room': fresh(lambda: '%d%02d' % (rint(3, 18), rint(1, 36))),
          'spot': spot}
    return finish_ev(ev)


def ev_after():
    loss = wpick([('beach', 3), ('beach_w', 2), ('oldtown', 3), ('chaoyin', 1), ('r_yujia', 2), ('r_matou', 2), ('r_aqiang', 2), ('r_cafe', 1.5)])
    d = pick([3, 3, 4, 4, 5])
    t_loss = d * 1440 + (rint(780, 1350) if d == 3 else rint(540, 1380))
    alts = nearby(loss, 0.1, 1.2)
    found = loss if chance(0.65) or not alts else pick(alts)
    same_zone = [p for p in alts if PLACES[p]['zone'] == PLACES[loss]['zone']]
    mode, op = owner_place(loss, same_zone or None)
    return finish_ev({'scen': 'after', 't_loss': t_loss, 't_last': t_loss - rint(5, 180), 't_notice': t_loss + rint(15, 720),
                      't_found': t_loss + rint(5, 720), 'loss': loss, 'found': found, 'o_mode': mode, 'o_pids': op})


def ev_shop():
    t_loss = rint(0, 5) * 1440 + rint(600, 1260)
    mode, op = owner_place('shop', None)
    return finish_ev({'scen': 'shop', 't_loss': t_loss, 't_last': t_loss - rint(5, 90), 't_notice': t_loss + rint(30, 1440),
                      't_found': t_loss + rint(5, 400), 'loss': 'shop', 'found': 'shop', 'o_mode': mode, 'o_pids': op})


def ev_rail():
    loss = 'rail' if chance(0.7) else 'rail_metro'
    t_loss = pick([4, 5]) * 1440 + rint(420, 1260)
    found = loss if chance(0.6) else ('rail_metro' if loss == 'rail' else 'rail')
    mode, op = owner_place(loss, ['rail_metro' if loss == 'rail' else 'rail'])
    return finish_ev({'scen': 'rail', 't_loss': t_loss, 't_last': t_loss - rint(10, 120), 't_notice': t_loss + rint(10, 300),
                      't_found': t_loss + rint(5, 300), 'loss': loss, 'found': found, 'o_mode': mode, 'o_pids': op})


def ev_parked():
    loss = wpick([('park_nm', 3), ('oldtown', 1), ('beach', 1), ('resi_haiyun', 1), ('resi_chaoyang', 1), ('resi_yuwan', 1),
                  ('shop', 1), ('school', 1), ('r_aqiang', 0.5), ('chaoyin', 0.5)])
    if loss == 'park_nm':
        t_last = 3 * 1440 + rint(360, 540)
    else:
        t_last = rint(0, 5) * 1440 + rint(420, 1200)
    t_notice = t_last + rint(40, 600)
    t_loss = rint(t_last + 5, t_notice - 5)
    far = [p for p in NEAR_PIDS if 0.4 <= pdist(loss, p) <= 4.0 and (PLACES[p]['zone'] in ('resi', 'oldtown', 'beach', 'food', 'shop', 'metro') or p == 'park_nm')]
    found = pick(far)
    mode, op = owner_place(loss, nearby(loss, 0.05, 0.6, ('resi', 'oldtown', 'beach', 'food', 'shop')) or None, None, w=(8, 1, 0.5, 0))
    return finish_ev({'scen': 'parked', 't_loss': t_loss, 't_last': t_last, 't_notice': t_notice,
                      't_found': t_loss + rint(300, 4000), 'loss': loss, 'found': found, 'o_mode': mode, 'o_pids': op})


EVENTS = {'expo': ev_expo, 'start': ev_start, 'course': ev_course, 'finish': ev_finish, 'metro': ev_metro, 'shuttle': ev_shuttle,
          'hotel': ev_hotel, 'after': ev_after, 'shop': ev_shop, 'rail': ev_rail, 'parked': ev_parked}

SCEN_W = {
    'watch': [('expo', 1), ('start', 3), ('course', 3), ('finish', 3), ('shuttle', 1), ('hotel', 2), ('after', 2), ('metro', 1)],
    'phone': [('expo', 2), ('start', 2), ('course', 1.5), ('finish', 2), ('shuttle', 2), ('metro', 2), ('hotel', 1), ('after', 3), ('shop', 1), ('rail', 1)],
    'buds': [('expo', 1), ('start', 1), ('course', 2), ('finish', 1), ('metro', 2), ('shuttle', 1), ('hotel', 1), ('after', 1)],
    'bib': [('expo', 3), ('metro', 2), ('hotel', 2), ('start', 2), ('course', 1), ('shop', 0.5)],
    'kitbag': [('expo', 2), ('start', 2), ('finish', 3), ('shuttle', 2), ('metro', 1)],
    'idcard': [('expo', 3), ('hotel', 2), ('rail', 2), ('metro', 1), ('after', 1), ('start', 1)],
    'passport': [('expo', 2), ('hotel', 3), ('rail', 1), ('after', 1)],
    'student': [('expo', 1), ('metro', 1), ('start', 1), ('after', 1)],
    'hotelcard': [('start', 2), ('course', 1), ('finish', 2), ('after', 2), ('metro', 1), ('shuttle', 1)],
    'carkey': [('start', 2), ('finish', 2), ('after', 2), ('course', 1), ('shop', 1), ('expo', 1)],
    'housekey': [('start', 1), ('finish', 1), ('after', 2), ('course', 1), ('shop', 1), ('metro', 1)],
    'wallet': [('expo', 2), ('start', 1), ('finish', 1), ('metro', 2), ('shuttle', 1), ('after', 3), ('shop', 1), ('rail', 1), ('hotel', 1)],
    'cash': [('start', 1), ('course', 1), ('finish', 1), ('after', 2), ('expo', 1)],
    'belt': [('start', 1), ('course', 3), ('finish', 3), ('shuttle', 1), ('after', 1)],
    'glasses': [('course', 3), ('finish', 2), ('after', 3), ('shuttle', 1)],
    'jacket': [('start', 4), ('course', 2), ('finish', 1), ('after', 1)],
    'medal': [('finish', 1), ('shuttle', 2), ('metro', 2), ('after', 3), ('hotel', 1)],
    'shirt': [('expo', 1), ('finish', 1), ('hotel', 1), ('shuttle', 1)],
    'gels': [('expo', 1), ('start', 2), ('course', 1)],
    'bicycle': [('parked', 1)],
    'ebike': [('parked', 1)],
    'jewel': [('hotel', 3), ('after', 3), ('start', 1), ('finish', 1), ('expo', 1)],
    'camera': [('course', 3), ('finish', 2), ('after', 2), ('start', 1)],
    'powerbank': [('expo', 1), ('metro', 1), ('start', 1), ('shuttle', 1), ('after', 1)],
}


def draw_event(kind):
    return EVENTS[wpick(SCEN_W[kind])]()


# ----------------------------------------------------------------------------- writing helpers

TYPOS = [('身份证', '身分证'), ('手表', '首表'), ('钱包', '钱苞'), ('钥匙', '钥是'), ('耳机', '耳几'), ('号码布', '号吗布'),
         ('电动车', '电东车'), ('自行车', '自形车'), ('黑色', '黑涩'), ('蓝色', '兰色'), ('捡到', '检到'), ('丢失', '丢矢'),
         ('发现', '发线'), ('终点', '中点'), ('起点', '起典'), ('补给', '补级'), ('会展中心', '会展中新'), ('地铁', '地贴'),
         ('酒店', '酒点'), ('麻烦', '麻凡'), ('的时候', '得时候'), ('在', '再'), ('手机', '手几'), ('充电宝', '充电包'),
         ('奖牌', '将牌'), ('护照', '户照'), ('腰包', '腰抱'), ('墨镜', '默镜'), ('项链', '项连'), ('戒指', '戒子'),
         ('已经', '以经'), ('不见了', '不见le'), ('拉伸', '拉身'), ('存包', '寸包')]
EN_TYPOS = [('lost', 'lsot'), ('the ', 'teh '), ('received', 'recieved'), ('please', 'plese'), ('around', 'arround'), ('my ', 'my my ')]


def typo(s, p):
    if not chance(p):
        return s
    table = EN_TYPOS if all(ord(ch) < 128 for ch in s[:40]) else TYPOS
    cands = [(a, b) for a, b in table if a in s]
    if not cands:
        return s
    a, b = pick(cands)
    idx = [i for i in range(len(s)) if s.startswith(a, i)]
    i = pick(idx)
    return s[:i] + b + s[i + len(a):]


def join_parts(parts, limit):
    out = ''.join(p for p in parts if p)
    while len(out) > limit and len(parts) > 1:
        parts = parts[:-1]
        out = ''.join(p for p in parts if p)
    return out[:limit]


def end_punct(s):
    s = s.strip()
    if not s:
        return s
    if s[-1] in '。！？!?.':
        return s
    if s[-1] in '，,；;':
        return s[:-1] + '。'
    return s + '。'


def spaced(v, n):
    return ' '.join(v[i:i + n] for i in range(0, len(v), n))


def ser_owner(obj, s):
    t, v = s['type'], s['v']
    if t == 'imei':
        return wpick([(v, 3), ('IMEI:' + v, 2), (' '.join([v[:2], v[2:8], v[8:14], v[14]]), 1.5), (spaced(v, 4), 1),
                      (v[:8] + '-' + v[8:], 0.7), ('IMEI后六位' + v[-6:], 0.8)])
    if t == 'sn':
        return wpick([(v, 3), ('SN:' + v, 2), (v.lower(), 1), (spaced(v, 4), 1)])
    if t == 'bib':
        return wpick([(v, 4), (v[1:], 2), (v[0] + '-' + v[1:], 1), (v.lower(), 1), (v[0] + ' ' + v[1:], 1)])
    if t == 'idno':
        return wpick([(v, 5), (v[:6] + '********' + v[-4:], 2), ('尾号' + v[-4:], 1.5), (v[:10] + '****' + v[-4:], 1)])
    if t == 'passport':
        return wpick([(v, 4), (v.lower(), 0.5), ('No.' + v, 1)])
    if t == 'student':
        return wpick([(v, 4), ('学号' + v, 1)])
    if t == 'room':
        return wpick([(v, 3), (v + '房', 2), (v + '房间', 1)])
    if t == 'card':
        b = s['bank']
        return wpick([('尾号' + v, 3), (v, 1), ('%s尾号%s' % (b['zh'][1], v), 2), ('****' + v, 1)])
    if t == 'plate':
        if v.startswith('滨州湾'):
            return wpick([(v, 3), (v[:3] + ' ' + v[3:], 1), (v[3:], 2), ('%s·%s' % (v[:4], v[4:]), 1)])
        return wpick([(v, 3), (v.replace('·', ''), 2), (v.replace('·', ' '), 1)])
    if t == 'frame':
        return wpick([(v, 3), (v.lower(), 1), (spaced(v, 4), 1), ('后六位' + v[-6:], 1)])
    return v


def ser_finder(obj, s):
    t, v = s['type'], s['v']
    if t == 'imei':
        return wpick([(v, 3), ('IMEI ' + v, 2), (spaced(v, 5), 1), ('IMEI尾号' + v[-6:], 1)])
    if t == 'sn':
        return wpick([('SN:' + v, 3), (v, 2), ('S/N ' + v, 1), ('SN尾号' + v[-5:], 1)])
    if t == 'bib':
        return wpick([(v, 4), (v[1:], 1.5), (v[0] + ' ' + v[1:], 1), (v.lower(), 0.5)])
    if t == 'idno':
        return wpick([(v, 3), (v[:6] + '********' + v[-4:], 4), (v[:3] + '***********' + v[-4:], 1.5), ('尾号' + v[-4:], 1)])
    if t == 'passport':
        return wpick([(v, 4), ('No.' + v, 1)])
    if t == 'student':
        return wpick([(v, 3), ('学号' + v, 2)])
    if t == 'card':
        b = s['bank']
        return wpick([('%s****%s' % (b['pre'], v), 3), ('%s **** **** %s' % (b['pre'], v), 2), ('尾号' + v, 1.5)])
    if t == 'plate':
        if v.startswith('滨州湾'):
            return wpick([(v, 3), (v[:3] + ' ' + v[3:], 1), ('%s·%s' % (v[:4], v[4:]), 1)])
        return wpick([(v, 3), (v.replace('·', ''), 1)])
    if t == 'frame':
        return wpick([(v, 3), (spaced(v, 4), 1), ('车架号末六位' + v[-6:], 1)])
    return v


QUANT = {'watch': '块', 'phone': '部', 'buds': '副', 'bib': '张', 'kitbag': '个', 'idcard': '张', 'passport': '本', 'student': '张',
         'carkey': '把', 'housekey': '串', 'hotelcard': '张', 'wallet': '个', 'cash': '笔', 'belt': '个', 'glasses': '副', 'jacket': '件',
         'medal': '枚', 'shirt': '件', 'gels': '袋', 'bicycle': '辆', 'ebike': '辆', 'jewel': '件', 'camera': '台', 'powerbank': '个'}
def quant(obj):
    if obj['kind'] == 'jewel':
        return {'ring': '枚', 'necklace': '条', 'bracelet': '条', 'earring': '只'}[obj['sub']]
    return QUANT[obj['kind']]


VAGUE = {'expo': ['博览会', '会展中心那边'], 'start': ['起点那边', '市民广场附近'], 'course': ['赛道上', '比赛途中'],
         'finish': ['终点附近', '终点'], 'metro': ['地铁上', '3号线上'], 'shuttle': ['接驳车上', '摆渡车上'], 'hotel': ['酒店', '住的地方'],
         'after': ['外面', '街上', '饭店里'], 'shop': ['店里'], 'rail': ['火车站', '高铁站'], 'parked': ['楼下', '路边']}
VAGUE_EN = {'expo': 'the expo', 'start': 'the start area', 'course': 'the course', 'finish': 'the finish area', 'metro': 'the metro',
            'shuttle': 'the shuttle bus', 'hotel': 'my hotel', 'after': 'town', 'shop': 'a shop', 'rail': 'the railway station',
            'parked': 'the street'}


def owner_place_text(ev, lang='zh'):
    mode, pids = ev['o_mode'], ev['o_pids']
    if mode == 'none':
        return None, None, None
    if lang == 'en':
        names = [pname(p, 'en') for p in pids]
    elif lang == 'py':
        names = [pname(p, 'py') for p in pids]
    else:
        names = [pname(p) for p in pids]
    if mode == 'route':
        if ev['scen'] == 'course':
            ka = dict(COURSE).get(pids[0])
            kb = dict(COURSE).get(pids[1])
            if lang == 'en':
                txt = 'between km %s and km %s' % (ka, kb)
            elif lang == 'py':
                txt = '%s gongli dao %s gongli' % (ka, kb)
            else:
                txt = pick(['%s公里到%s公里之间' % (ka, kb), '赛道%sK到%sK那段' % (ka, kb), '%s到%s之间' % (names[0], names[1])])
        elif lang == 'en':
            txt = 'between %s and %s' % (names[0], names[1])
        elif lang == 'py':
            txt = '%s dao %s' % (names[0], names[1])
        else:
            txt = pick(['%s到%s之间' % (names[0], names[1]), '从%s去%s的路上' % (names[0], names[1]), '%s—%s' % (names[0], names[1])])
        la = (PLACES[pids[0]]['lat'] + PLACES[pids[1]]['lat']) / 2
        lo = (PLACES[pids[0]]['lon'] + PLACES[pids[1]]['lon']) / 2
        return txt, (la, lo), [txt if len(txt) <= 60 else names[1]]
    return names[0], ll(pids[0]), [names[0]]


def level():
    return wpick([('full', 25), ('mid', 40), ('body', 25), ('hurried', 10)])


# ----------------------------------------------------------------------------- the owner's side

OWNER_STORY = {
    'expo': ['{L}去{P}领参赛包，当时{obj}还在，{N}回去才发现没了。', '{L}在{P}逛展位试鞋，{obj}可能放在凳子上忘拿了，{N}才想起来。',
             '{L}在{P}排队领物，人特别多，{N}发现{obj}找不到了。', '博览会那天{L}到的{P}，{N}发现{obj}不见了。',
             '领物的时候在{P}，{L}还拿着{obj}，{N}就找不到了。'],
    'start': ['{L}在{P}热身，{obj}随手放在一边，起跑前就找不到了。', '{L}在{P}存包，{obj}可能是那时候掉的，{N}发现没了。',
              '起点人太多了，{L}在{P}还在，{N}才发现{obj}丢了。', '{L}在{P}排队，{obj}应该是那会儿掉的，{N}发现。',
              '{L}到的{P}，等枪响的时候还有{obj}，{N}就没了。'],
    'course': ['{L}起跑时{obj}还在身上，跑到{P}左右补给的时候掉了，{N}才发现。', '比赛中在{P}附近掉了{obj}，当时没顾上捡，{N}回头找没找到。',
               '应该是在{P}掉的，{L}还在，{N}发现没了。', '跑步途中丢的{obj}，地点{P}，时间大概{L}到{N}之间。',
               '{P}那段人挤人，{obj}被碰掉了，大概{L}到{N}之间的事。'],
    'finish': ['{L}冲线后在{P}拉伸，{obj}放在地上，{N}发现没拿。', '在{P}处理抽筋，{obj}可能落在那里了，{L}还在，{N}发现没了。',
               '{L}在{P}领完东西就找不到{obj}了，{N}回去找过没找到。', '跑完在{P}拍照，{obj}随手一放就忘了，{L}到{N}之间丢的。'],
    'metro': ['{L}坐地铁，{P}，下车后发现{obj}落在车厢里了。', '坐3号线的时候丢的{obj}，{P}，大概{L}，{N}发现。',
              '{L}乘坐地铁3号线，{obj}应该是落在座位上了（{P}），{N}才发现。'],
    'metro_route': ['{L}坐地铁3号线从{A}到{B}，下车后发现{obj}落在车厢座位上了。', '{L}在{A}上的3号线，{B}下的车，{obj}应该掉在车上了，{N}发现。',
                    '{L}从{A}坐地铁去{B}，出站后{obj}就没了。'],
    'shuttle': ['{L}在{P}坐接驳车，{obj}可能落车上了，{N}发现。', '坐摆渡车的时候{obj}忘在座位上了，{L}上的车（{P}），{N}发现。'],
    'shuttle_route': ['{L}在{A}坐接驳车回{B}，{obj}落在车上了，{N}才发现。', '{L}坐{A}开往{B}方向的摆渡车，下车忘拿{obj}了。'],
    'hotel': ['住在{P}{room}房，{obj}{L}还在房间，{N}退房以后才发现没带走。', '在{P}住了几晚，退房时{obj}落在房间了（{room}），{N}才发现。',
              '{L}在{P}，{obj}应该落在酒店了，房间号{room}，{N}想起来。'],
    'hotel_lobby': ['{L}在{P}大堂等人，{obj}放在沙发上忘拿了，{N}想起来。', '{L}在{P}吃早餐，{obj}落在餐厅座位上了。'],
    'after_food': ['{L}在{P}吃饭，{obj}落在桌上或者椅子上了，{N}回去问没找到。', '{L}和朋友在{P}聚餐庆祝完赛，{obj}应该是落在店里了，{N}才发现。'],
    'after_beach': ['跑完去{P}玩，{obj}{L}放在一边拍照，走的时候忘拿了，{N}发现。', '{L}在{P}踩水，{obj}放在沙滩上，{N}发现不见了。'],
    'after': ['{L}在{P}附近逛，{N}发现{obj}没了。', '{L}到{P}，{N}才发现{obj}不见了，可能是掉在那了。', '{L}在{P}买小吃，{obj}可能落在摊位上了，{N}发现。'],
    'route': ['{L}还在，{N}发现{obj}没了，应该是丢在{P}。', '{obj}是在{P}丢的，{L}还在身上，{N}发现没了。', '大概{L}到{N}之间，在{P}把{obj}弄丢了。'],
    'shop': ['{L}在{P}试鞋，{obj}放在凳子上忘拿了，{N}才想起来。', '{L}去{P}买东西，{obj}应该落在店里了，{N}发现。'],
    'rail': ['{L}到{P}准备坐高铁回去，进站前还在，{N}发现{obj}不见了。', '{L}在{P}候车，{N}发现{obj}丢了，当时已经检票了。'],
    'parked': ['{L}把{obj}停在{P}，{N}回来就不见了。', '车是{L}停在{P}的，{N}下来发现被人骑走了。', '{L}停在{P}去看马拉松，{N}回来车没了。'],
}
FAMILY_STORY = {
    'start': ['{L}送我爱人到{P}，在那里帮他拿着东西，{obj}应该就是那会儿丢的，{N}发现。', '我是陪跑的家属，{L}在{P}等人，{N}发现{obj}没了。'],
    'course': ['{L}在{P}路边给老公加油，{obj}可能是那会儿丢的，{N}发现。', '我们在{P}加油拍照，{L}到{N}之间{obj}丢了。'],
    'finish': ['{L}在{P}等我女儿冲线，人很挤，{N}发现{obj}不见了。', '我在{P}接人，{L}还在手上，{N}就没了。'],
}
OPENERS = {
    'runner': ['', '', '本人参加了周日的{race}，', '我是外地来跑马拉松的，', '参加滨州湾马拉松的跑者，', '你好，'],
    'tired': ['跑完全马整个人都是懵的，', '腿都跑废了，脑子也不转，', '跑完太累了没注意，', '刚跑完{race}，迷迷糊糊的，'],
    'family': ['我是来给家人加油的，', '陪我老公来跑马拉松，', '我是跑者家属，', ''],
    'local': ['', '我住附近，', '本地人，', ''],
    'terse': [''],
}
PLEAS = ['麻烦帮忙留意，谢谢！', '有捡到的请联系我，必有重谢。', '对我很重要，拜托了。', '谢谢民警同志！', '', '', '急！', '东西不值钱但很有纪念意义。',
         '有消息请打我电话。', '找到的话我自己去取。']


def owner_persona(obj, ev):
    if obj['who'] == 'foreign':
        return 'en'
    if obj['kind'] in ('bicycle', 'ebike'):
        return wpick([('local', 5), ('terse', 2), ('pro', 1)])
    if obj['en_ok'] and obj['kind'] not in ('idcard', 'student') and chance(0.06):
        return 'en'
    if chance(0.025):
        return 'py'
    if ev['scen'] in ('start', 'course', 'finish'):
        return wpick([('runner', 5), ('tired', 2), ('pro', 1.5), ('family', 1.3 if obj['who'] == 'family' else 0.6), ('terse', 1)])
    if obj['who'] == 'family':
        return wpick([('family', 3), ('runner', 1), ('pro', 1)])
    local_ok = ev['scen'] in ('after', 'shop', 'parked', 'metro')
    return wpick([('runner', 4), ('local', 2 if local_ok else 0), ('pro', 1.5), ('terse', 1)])


def owner_item(obj, use_c, use_b, use_m, persona='zh'):
    noun = pick(obj['o_noun'])
    c = cz(obj['color']) if use_c and obj['color'] else ''
    b = brand_form(obj['brand']) if use_b and obj['brand'] else ''
    m = pick(obj['model_alts'] + [obj['model']]) if use_m and obj['model'] else ''
    if b and (noun.isascii() or noun.startswith(('苹果', 'Apple', 'iWatch', 'GoPro'))):
        noun = obj['o_noun'][0]
    if b and noun.startswith(b):
        b = ''
    if b == '苹果' and m.lower().startswith('iphone'):
        b = ''
    sep = ' ' if (b and m and b[-1].isascii() and m[0].isascii()) else ''
    bm = b + sep + m
    if obj['kind'] == 'idcard':
        return '%s的身份证' % obj['name'] if chance(0.5) else '身份证（%s）' % obj['name']
    if obj['kind'] == 'student':
        return '%s学生证（%s）' % (pick(obj['school']), obj['name'])
    if obj['kind'] == 'passport' and obj['name']:
        return '护照（%s）' % obj['name']
    if obj['kind'] == 'hotelcard':
        return '%s的房卡' % pname(obj['hotel'])
    if obj['kind'] == 'cash':
        return '现金%d元' % obj['amount']
    if obj['kind'] == 'medal':
        return '%s%s' % (c, pick(['%s完赛奖牌' % ('全马' if obj['full'] else '半马'), '奖牌', '滨州湾马拉松%s奖牌' % ('全马' if obj['full'] else '半马')]))
    if obj['kind'] == 'bib':
        return pick(['%s%s' % (obj['race'], noun), noun])
    style = rint(0, 3)
    if style == 1 and (c or bm):
        return noun + '（' + '，'.join(x for x in [bm, c] if x) + '）'
    if style == 2 and c:
        return '一%s%s的%s%s' % (quant(obj), cbare(obj['color']) if chance(0.5) else c.rstrip('的'), bm, noun)
    return c + bm + noun


def owner_marks(obj, lang='zh'):
    said, txt = [], []
    for m in obj['marks']:
        if chance(m['op']):
            said.append((m['type'], m['val']))
            txt.append(pick(m['en']) if lang == 'en' else pick(m['o']))
    cont = []
    for m in obj['contents']:
        if chance(m['op']):
            said.append((m['type'], m['val']))
            cont.append(pick(m['en']) if lang == 'en' else pick(m['o']))
    return said, txt, cont


def write_lost(obj, ev):
    persona = owner_persona(obj, ev)
    if persona == 'en':
        return write_lost_en(obj, ev)
    if persona == 'py':
        return write_lost_py(obj, ev)
    lv = level() if persona != 'terse' else wpick([('hurried', 3), ('body', 2), ('mid', 1)])
    rec = {'category': obj.get('cat_o') or obj['cat']}
    said = {'serial': False, 'marks': [], 'brand': False, 'color': False, 'model': False}
    knows_serial = obj['serial'] is not None and chance(obj['serial']['op'])
    knows_model = obj['model'] is not None and chance(0.7 if obj['kind'] in ('watch', 'phone', 'camera') else 0.4)
    ptxt, pll, pnames = owner_place_text(ev)
    t_last, t_notice = ev['t_last'], ev['t_notice']
    # the owner's window; some people widen it, a few give the whole day
    lf, lt = t_last, t_notice
    if chance(0.15):
        lf = max(0, t_last - rint(60, 240))
        if lf % 1440 < 300 <= t_last % 1440:
            lf = (t_last // 1440) * 1440 + 300
    if chance(0.1):
        lt = t_notice + rint(10, 120)
    lt = min(daytime(lt), R_MIN - 1)
    t_last, t_notice = lf, lt
    use_c = obj['color'] is not None and chance(0.8)
    use_b = obj['brand'] is not None and chance(0.85)
    item = owner_item(obj, use_c, use_b, knows_model and chance(0.6))
    said['color'], said['brand'], said['model'] = use_c, use_b, knows_model
    ser = ser_owner(obj, obj['serial']) if knows_serial else None

    if lv == 'hurried':
        if not (use_c or use_b) and (obj['color'] or obj['brand']):
            item = owner_item(obj, obj['color'] is not None, obj['brand'] is not None, False)
            said['color'], said['brand'] = obj['color'] is not None, obj['brand'] is not None
        bits = [item]
        has_place = bool(ptxt) and chance(0.85)
        if has_place:
            bits.insert(0 if chance(0.5) else 1, ptxt)
        bits.append(pick(['丢了', '找不到了', '不见了', '遗失', '']))
        if chance(0.4) or not has_place:
            bits.append(when_zh(t_last))
        if ser and chance(0.4):
            bits.append(ser)
            said['serial'] = True
        body = typo(' '.join(b for b in bits if b), 0.6)
        if ptxt and chance(0.2):
            rec['address'] = ptxt[:60]
        return finish_lost(rec, body, lf, lt, said, pll if chance(0.1) else None)

    race = '全马' if chance(0.6) else '半马'
    opener = pick(OPENERS.get(persona, [''])).replace('{race}', race)
    scen = ev['scen']
    if scen in ('metro', 'shuttle') and ev['o_mode'] == 'route':
        tpl = pick(OWNER_STORY[scen + '_route'])
    elif scen in ('start', 'course') and ev['o_mode'] == 'route':
        tpl = pick(OWNER_STORY['route'])
    elif scen == 'hotel' and ev.get('spot') in ('lobby', 'breakfast'):
        tpl = OWNER_STORY['hotel_lobby'][0 if ev['spot'] == 'lobby' else 1]
    elif scen == 'after' and PLACES[ev['loss']]['zone'] in ('food', 'beach'):
        tpl = pick(OWNER_STORY['after_' + PLACES[ev['loss']]['zone']])
    elif persona == 'family' and scen in FAMILY_STORY:
        tpl = pick(FAMILY_STORY[scen])
    else:
        tpl = pick(OWNER_STORY[scen])
    short = pick(['东西', '它', pick(obj['o_noun'])]) if chance(0.3) else pick(obj['o_noun'])
    story = tpl.format(L=when_zh(t_last), N=when_zh(t_notice, t_last), P=ptxt or pick(VAGUE[scen]), obj=short,
                       room=ev.get('room', ''), A=pname(ev['a']) if 'a' in ev else '', B=pname(ev['b']) if 'b' in ev else '')
    mk_said, mtxt, cont = owner_marks(obj)
    said['marks'] = mk_said
    hidden = [pick(h['o']) for h in obj['hidden'] if chance(0.6)]
    if obj['kind'] == 'carkey' and hidden and not ser and ('tag', obj['plate']) not in mk_said:
        hidden[0] += '，车牌%s' % obj['plate']
        said['serial'] = True
    if obj['kind'] == 'hotelcard' and not ser and chance(0.8):
        hidden.insert(0, '房间是%s' % ser_owner(obj, obj['serial']) if chance(0.7) else '住的%s房' % obj['room'])
        said['serial'] = True
    if obj['kind'] == 'cash':
        hidden.insert(0, pick(['一共%d块' % obj['amount'], '总共%d元' % obj['amount']]))

    if persona == 'pro':
        segs = ['物品：%s' % item, '时间：%s至%s' % (when_zh(t_last, plain=True), when_zh(t_notice, t_last, plain=True))]
        if ptxt:
            segs.append('地点：%s' % ptxt)
        if mtxt or cont:
            segs.append('特征：%s' % '，'.join(mtxt + (['内有' + '、'.join(cont)] if cont else [])))
        if ser:
            segs.append(ser if ser.startswith(('IMEI', 'SN', '学号', 'No.')) else '%s：%s' % (obj['serial']['label'], ser))
            said['serial'] = True
        if hidden:
            segs.append('其他：%s' % '，'.join(hidden))
        segs.append(pick(['经过：' + story, '', '']))
        body = '；'.join(s for s in segs if s)
        body = end_punct(body) + pick(['', '请协助查找。', '谢谢。'])
    else:
        q1 = '' if item.startswith('一') or obj['kind'] in ('cash', 'idcard', 'student', 'hotelcard') else '一' + quant(obj)
        desc = pick(['丢了%s。' % item, '丢失%s%s。' % (item, q1), '是%s。' % item, '%s丢了。' % item, '物品：%s。' % item])
        parts = [opener]
        if chance(0.5):
            parts += [desc, story]
        else:
            parts += [story, desc]
        if mtxt:
            parts.append(end_punct(pick(['特征：', '', '好认：', '辨认特征：', '特点是']) + '，'.join(mtxt)))
        if cont:
            parts.append(end_punct(pick(['里面有', '包里有', '里面装着', '内有']) + '、'.join(cont)))
        if ser and obj['serial']['v'] in ''.join(parts):
            said['serial'] = True
        elif ser and chance(0.7):
            lab = obj['serial']['label']
            if ser.startswith(('IMEI', 'SN', '尾号', '后六位', '学号', 'No.')) or ser.startswith(lab):
                parts.append(end_punct(ser))
            else:
                parts.append(end_punct('%s%s%s' % (lab, pick(['：', '是', ' ']), ser)))
            said['serial'] = True
        if hidden:
            parts.append(end_punct('，'.join(hidden)))
        if ev['o_mode'] in ('near', 'route') and chance(0.35):
            parts.append(pick(['地点记不太清了。', '具体在哪不确定。', '位置只是大概。']))
        parts.append(pick(PLEAS))
        body = join_parts(parts, 600)
        body = typo(body, 0.18 if persona != 'tired' else 0.4)

    fill = {'full': 0.9, 'mid': 0.5, 'body': 0.0}[lv]
    if obj['color'] and chance(fill):
        rec['color'] = cz(obj['color'])
        said['color'] = True
    if obj['brand'] and chance(fill):
        rec['brand'] = brand_form(obj['brand'])
        said['brand'] = True
    if knows_model and chance(fill * 0.8):
        rec['model'] = pick(obj['model_alts'] + [obj['model']])
        said['model'] = True
    if ser and chance(fill):
        rec['serial'] = ser
        said['serial'] = True
    elif knows_serial and obj['serial']['type'] == 'idno' and chance(fill):
        rec['serial'] = ser_owner(obj, obj['serial'])
        said['serial'] = True
    if (mtxt or cont or hidden) and chance(fill * 0.85):
        rec['marks'] = '；'.join(mtxt + cont + hidden)[:500]
    if ptxt and chance({'full': 0.95, 'mid': 0.7, 'body': 0.35}[lv]):
        rec['address'] = pnames[0][:60]
    give_ll = pll is not None and chance({'full': 0.8, 'mid': 0.5, 'body': 0.3}[lv])
    return finish_lost(rec, body, lf, lt, said, pll if give_ll else None)


def finish_lost(rec, body, lf, lt, said, pll):
    rec['body'] = body[:600]
    if pll:
        rec['lat'], rec['lon'] = jitter(pll[0], pll[1], 200)
    rec['lost_from_min'] = before_r(lf)
    rec['lost_to_min'] = before_r(lt)
    rec['_said'] = said
    return rec


EN_STORY = {
    'expo': 'I lost my {obj} at {P} when I went to collect my bib ({L}). I noticed it was gone {N}.',
    'start': 'I lost my {obj} at {P} before the start, last had it {L}, noticed {N}.',
    'course': 'I dropped my {obj} during the race, somewhere around {P}. Still had it {L}, realised {N} at the finish.',
    'finish': 'I left my {obj} at {P} after I finished ({L}). Only noticed {N}.',
    'metro': 'I think I left my {obj} on metro Line 3 ({P}), {L}.',
    'shuttle': 'I left my {obj} on the shuttle bus ({P}), {L}.',
    'hotel': 'I left my {obj} at {P}, room {room}. Last saw it {L}, noticed {N}.',
    'after': 'Lost my {obj} at {P} on {L}, noticed {N}.',
    'shop': 'I forgot my {obj} at {P} on {L}.',
    'rail': 'I lost my {obj} at {P} on {L}.',
    'parked': 'My {obj} was taken from {P}, parked {L}.',
}


def write_lost_en(obj, ev):
    lv = wpick([('full', 3), ('mid', 4), ('body', 3)])
    rec = {'category': obj.get('cat_o') or obj['cat']}
    said = {'serial': False, 'marks': [], 'brand': False, 'color': False, 'model': False}
    ptxt, pll, _ = owner_place_text(ev, 'en')
    noun = pick(obj['en_noun'])
    c = cen(obj['color']) if obj['color'] and chance(0.85) else ''
    b = brand_form(obj['brand'], 'en') if obj['brand'] and chance(0.9) else ''
    m = obj['model'] if obj['model'] and chance(0.6) else ''
    said.update(color=bool(c), brand=bool(b), model=bool(m))
    what = ' '.join(x for x in [c, b, m, noun] if x)
    if obj['kind'] == 'passport' and obj.get('country'):
        what = '%s passport (name %s %s)' % (obj['country'][0], obj['fname'][0], obj['fname'][1].upper())
    if obj['kind'] == 'hotelcard':
        what = 'room key card from %s' % pname(obj['hotel'], 'en')
    if obj['kind'] == 'cash':
        what = 'cash, %d yuan' % obj['amount']
    if obj['kind'] == 'medal':
        what = '%s finisher medal' % ('full marathon' if obj['full'] else 'half marathon')
    story = EN_STORY[ev['scen']].format(obj=what, P=ptxt or VAGUE_EN[ev['scen']], L=when_en(ev['t_last']), N=when_en(ev['t_notice']),
                                        room=ev.get('room', '?'))
    mk_said, mtxt, cont = owner_marks(obj, 'en')
    said['marks'] = mk_said
    parts = [pick(['Hi, ', 'Hello, ', '', 'Dear officer, ']), pick(['I ran the marathon on Sunday. ', 'I am a runner from abroad. ', '', 'I came for the half marathon. ']), story]
    if mtxt:
        mt = ', '.join(mtxt)
        parts.append(pick([' Details: ', ' How to recognise it: ', ' ']) + mt[0].upper() + mt[1:] + '.')
    if cont:
        parts.append(' Inside: ' + ', '.join(cont) + '.')
    knows = obj['serial'] is not None and chance(obj['serial']['op'])
    ser = ser_owner(obj, obj['serial']) if knows else None
    if ser and obj['serial']['type'] in ('room', 'passport'):
        ser = obj['serial']['v']
    if ser and obj['serial']['type'] in ('card', 'idno', 'student'):
        ser = obj['serial']['v'][-4:]
    if ser and chance(0.75):
        lab = {'imei': 'IMEI', 'sn': 'serial number', 'bib': 'bib number', 'passport': 'passport no.', 'room': 'room'}.get(obj['serial']['type'], 'number')
        parts.append(' The %s is %s.' % (lab, ser))
        said['serial'] = True
    hid_en = [pick(h['en']) for h in obj['hidden'] if h['en'] and chance(0.5)]
    if hid_en:
        parts.append(' ' + '; '.join(hid_en).capitalize() + '.')
    parts.append(pick([' Please contact me if found, thank you!', ' Thanks a lot.', ' I fly home on Wednesday, please help.', ' Many thanks.', '']))
    body = re.sub(r'\b([Aa]) (?=[aeiouAEIOU])', r'\1n ', join_parts(parts, 600))
    body = typo(body, 0.25)
    fill = {'full': 0.9, 'mid': 0.5, 'body': 0.0}[lv]
    if obj['color'] and chance(fill):
        rec['color'] = cen(obj['color'])
        said['color'] = True
    if obj['brand'] and chance(fill):
        rec['brand'] = brand_form(obj['brand'], 'en')
        said['brand'] = True
    if obj['model'] and chance(fill * 0.7):
        rec['model'] = obj['model']
        said['model'] = True
    if ser and chance(fill):
        rec['serial'] = ser
        said['serial'] = True
    if (mtxt or cont) and chance(fill * 0.8):
        rec['marks'] = '; '.join(mtxt + cont)[:500]
    if ptxt and chance(0.8 if lv != 'body' else 0.3):
        rec['address'] = ptxt[:60]
    return finish_lost(rec, body, ev['t_last'], ev['t_notice'], said, pll if (pll and chance(0.5)) else None)


PY_DAY = ['zhou si', 'zhou wu', 'zhou liu', 'zhou ri', 'zhou yi', 'zhou er', 'zhou san']


def write_lost_py(obj, ev):
    rec = {'category': obj.get('cat_o') or obj['cat']}
    said = {'serial': False, 'marks': [], 'brand': False, 'color': False, 'model': False}
    ptxt, pll, _ = owner_place_text(ev, 'py')
    bits = ['wo de']
    if obj['color'] and chance(0.8):
        bits.append(COLORS[obj['color']][3])
        said['color'] = True
    if obj['brand'] and chance(0.8):
        bits.append(brand_form(obj['brand'], 'py' if chance(0.6) else 'en'))
        said['brand'] = True
    bits.append(obj['py_noun'])
    bits.append(pick(['diu le', 'bu jian le', 'diule']))
    t = ev['t_last']
    bits.append('%s %d dian zuo you' % (PY_DAY[t // 1440], (t % 1440) // 60))
    if ptxt:
        bits.append('zai ' + ptxt + pick([' fu jin', '', ' nar']))
    if obj['serial'] and chance(obj['serial']['op']) and chance(0.6):
        bits.append(ser_owner(obj, obj['serial']))
        said['serial'] = True
    bits.append(pick(['xie xie', 'bang mang zhao yi xia xie xie', 'shou ji mei you zhong wen shu ru fa, bao qian']))
    body = ' '.join(bits)
    if ptxt and chance(0.4):
        rec['address'] = ptxt[:60]
    return finish_lost(rec, body, ev['t_last'], ev['t_notice'], said, pll if (pll and chance(0.3)) else None)


# ----------------------------------------------------------------------------- the finder's side

FINDER_W = {
    'expo': [('volunteer', 3), ('exhibitor', 2), ('cleaner', 2), ('security', 1), ('runner', 1), ('desk', 1.5)],
    'start': [('volunteer', 3), ('cleaner', 2), ('marshal', 1), ('runner', 1), ('desk', 1.5)],
    'course': [('volunteer', 3), ('marshal', 2), ('cleaner', 2), ('resident', 1), ('runner', 1), ('desk', 1)],
    'finish': [('volunteer', 3), ('cleaner', 2), ('runner', 1), ('desk', 1.5)],
    'metro': [('metro', 5), ('cleaner', 1), ('passenger', 1), ('desk', 1)],
    'shuttle': [('driver', 5), ('volunteer', 1), ('desk', 1)],
    'hotel': [('hotel', 6), ('desk', 1)],
    'beach': [('lifeguard', 2), ('cleaner', 2), ('passerby', 2), ('police', 1), ('desk', 1)],
    'oldtown': [('passerby', 3), ('police', 1), ('vendor', 2), ('desk', 1)],
    'food': [('waiter', 5), ('desk', 1)],
    'shop': [('clerk', 5), ('desk', 1)],
    'rail': [('station', 4), ('passenger', 1), ('police', 1), ('desk', 1)],
    'resi': [('property', 2), ('resident', 2), ('police', 2), ('desk', 1)],
    'far': [('passerby', 3), ('police', 2), ('desk', 2), ('security', 1)],
}
SPOTS = {
    'expo': ['领物区桌子上', '展位试鞋凳旁边', '洗手间洗手台上', 'B馆入口安检处', '签名墙下面', '休息区椅子上', '地上'],
    'start': ['地上', '护栏边上', '草坪上', '垃圾桶旁边', '围栏上挂着', '台阶上'],
    'course': ['桌子底下', '路边绿化带里', '赛道边', '补给桌旁', '路沿石边上', '隔离带旁'],
    'finish': ['地上', '拉伸区草坪上', '帐篷里', '通道边上', '椅子上', '护栏下面'],
    'metro': ['车厢座位上', '站台座椅上', '闸机口', '扶梯旁边', '车厢地板上'],
    'shuttle': ['后排座椅缝里', '座位底下', '行李架上', '车门边'],
    'hotel': ['床头柜上', '浴室洗手台上', '床底下', '衣柜里', '枕头下面'],
    'beach': ['沙子里', '躺椅旁', '淋浴间外面', '栈道长椅上', '礁石边'],
    'oldtown': ['路边长椅上', '小吃摊桌上', '台阶上', '石凳上'],
    'food': ['桌上', '座位上', '椅子背后', '收银台边上', '包间里'],
    'shop': ['试鞋凳上', '收银台上', '试衣间里'],
    'rail': ['候车厅座椅上', '安检口', '卫生间', '进站口'],
    'resi': ['路边', '车棚里', '绿化带边', '门口'],
    'far': ['路边', '长椅上', '门口', '地下通道里'],
}
FINDER_TPL = {
    'volunteer': ['我是{Q}的志愿者，{F}在{spot}捡到{item}。', '志愿者{F}在{Q}{spot}拾得{item}。', '{Q}志愿者交来：{F}捡到{item}，在{spot}。'],
    'exhibitor': ['展商工作人员{F}在{Q}{spot}发现{item}。', '我们是{Q}的展位，{F}收摊时发现有人落下{item}。'],
    'cleaner': ['保洁员{F}打扫{Q}时在{spot}拾得{item}。', '环卫工人{F}在{Q}清扫时捡到{item}，在{spot}。', '保洁阿姨{F}在{Q}捡的{item}。'],
    'security': ['安保人员{F}在{Q}{spot}发现无人看管的{item}。', '保安{F}巡查{Q}时在{spot}发现{item}。'],
    'marshal': ['赛道裁判{F}在{Q}附近{spot}拾获{item}。', '我是赛道裁判，{F}在{Q}收队时捡到{item}。'],
    'bagstaff': ['存包车工作人员：{F}在{Q}发现{item}，一直没人来领。', '{Q}工作人员{F}清车时发现{item}。'],
    'medic': ['医疗组{F}撤帐篷时在{Q}发现{item}。', '{Q}医护人员交来{item}，{F}在帐篷里发现的。'],
    'runner': ['跑的时候在{Q}{spot}捡到的{item}，{F}。', '我也是跑者，{F}在{Q}捡到{item}，交过来。', '{F}在{Q}路边捡到{item}，跑完送过来的。'],
    'resident': ['附近居民{F}在{Q}{spot}捡到{item}送来。', '住在附近，{F}出门在{Q}看到{item}。'],
    'metro': ['{Q}站务员{F}在{spot}拾得{item}。', '{Q}：{F}列车清客时在{spot}发现乘客遗落{item}。', '{Q}客服中心登记：{F}拾得{item}。'],
    'passenger': ['乘客{F}在{Q}{spot}捡到{item}交来。', '{F}在{Q}捡到{item}，交给工作人员。'],
    'driver': ['接驳车司机{F}收车后在{spot}发现{item}。', '接驳车{F}回到{Q}后清理车厢，在{spot}拾得{item}。',
               '摆渡车司机交来{item}，说是{F}在车上{spot}发现的，车停{Q}。'],
    'hotel': ['{Q}客房部：{F}保洁在{room}{spot}发现客人遗留{item}。', '{Q}前台：{F}客人退房后在房间{spot}发现{item}。',
              '{Q}：{F}服务员在{spot}发现{item}，客人已离店。'],
    'lifeguard': ['海滩救生员{F}在{Q}{spot}捡到{item}。', '{Q}管理处：{F}在{spot}拾得{item}。'],
    'passerby': ['路过{Q}的时候在{spot}捡到{item}，{F}。', '市民{F}在{Q}{spot}捡到{item}送来派出所。', '{F}在{Q}捡到{item}，交给你们。'],
    'police': ['巡逻民警{F}在{Q}{spot}发现{item}。', '辅警{F}巡逻到{Q}时捡到{item}。'],
    'vendor': ['{Q}摊主{F}在{spot}发现游客落下的{item}。'],
    'waiter': ['{Q}服务员：{F}客人走后在{spot}发现{item}。', '{Q}老板交来{item}，{F}收桌子时在{spot}发现的。'],
    'clerk': ['{Q}店员{F}在{spot}发现顾客遗留的{item}。', '店里{F}打烊前在{spot}发现{item}（{Q}）。'],
    'station': ['{Q}工作人员{F}在{spot}拾得{item}。', '{Q}客运值班室：{F}旅客在{spot}交来{item}。'],
    'property': ['{Q}物业：{F}在{spot}发现{item}，无人认领。', '物业保安{F}在{Q}{spot}发现{item}。'],
    'lfdesk': ['赛事失物招领处登记：志愿者{F}送来{item}，说是在{orig}附近捡的。', '终点失物招领处汇总：{item}，{F}由{orig}的志愿者交来。',
               '{Q}：{F}收到{item}，拾得地点{orig}。'],
}
VEHICLE_TPL = {
    'police': ['巡逻民警{F}在{Q}发现一辆{item}，停放时间较长无人认领。', '{F}在{Q}{spot}发现{item}一辆，疑似被遗弃。', '民警{F}在{Q}{spot}查获一辆无人看管的{item}。'],
    'property': ['{Q}物业：{F}发现{item}一辆停在{spot}，好几天没人骑了。', '物业反映{Q}{spot}有一辆{item}，{F}发现的，没人认。'],
    'resident': ['附近居民反映，{F}起{Q}{spot}有一辆{item}一直没人管。'],
    'passerby': ['{F}在{Q}路边看到一辆{item}倒在地上，报警了。', '群众{F}报称{Q}{spot}有一辆{item}无人看管。'],
}
HANDOVER = ['', '', '已交派出所。', '暂存赛事失物招领处。', '请失主带证件认领。', '已放前台保管。', '物品已送至阳光坐席。', '现存放于值班室。']


def finder_persona(obj, ev, fpid, t_found):
    zone = PLACES[fpid]['zone']
    if zone in ('start', 'course', 'finish') and not (RACE_START - 180 <= t_found <= RACE_START + 660):
        # before or long after race day there are no race volunteers, marshals or medics about
        return wpick([('passerby', 3), ('police', 1), ('cleaner', 2), ('desk', 1)])
    if obj['kind'] in ('bicycle', 'ebike'):
        return wpick([('police', 3), ('property', 2 if zone == 'resi' else 0), ('resident', 1), ('passerby', 1.5), ('desk', 1)])
    if fpid == 'lf_desk':
        return 'lfdesk'
    w = list(FINDER_W.get(zone, FINDER_W['far']))
    if fpid == 'medical':
        w.append(('medic', 4))
    if fpid in ('deposit', 'pickup'):
        w.append(('bagstaff', 4))
    return wpick(w)


def finder_item(obj, seen):
    k = obj['kind']
    noun = pick(obj['f_noun'])
    c = cz(obj['color'], 'f') if seen['color'] else ''
    b = brand_form(obj['brand'], 'f') if seen['brand'] else ''
    m = pick([obj['model'], obj['model'].upper()] + obj['model_alts'][:1]) if seen['model'] else ''
    q = quant(obj)
    if k == 'idcard':
        return pick(['身份证一张', '居民身份证一张', '身份证'])
    if k == 'student':
        return '%s学生证一张' % obj['school'][0] if chance(0.8) else '学生证一张'
    if k == 'passport':
        if obj.get('country'):
            return '%s护照一本' % obj['country'][1] if chance(0.7) else pick(['外国护照一本', '外籍人员护照一本'])
        return pick(['中国护照一本', '护照一本', '因私护照一本'])
    if k == 'hotelcard':
        return ('印有“%s”字样的房卡一张' % pname(obj['hotel'])) if seen['hotel'] else pick(['酒店房卡一张', '白卡一张，像是酒店房卡'])
    if k == 'cash':
        return pick(['现金%d元' % obj['amount'], '人民币%d元' % obj['amount']]) if chance(0.85) else '现金约%d元' % (obj['amount'] // 100 * 100)
    if k == 'medal':
        if chance(0.7):
            return '%s%s完赛奖牌一枚' % (c, '全程马拉松' if obj['full'] else '半程马拉松')
        return '%s马拉松奖牌一枚' % c
    if k == 'bib':
        return '%s%s一%s' % (c + ('色' if c and len(c) == 1 else ''), noun, q) if c else noun + '一' + q
    bm = (b + (' ' if b and m else '') + m)
    if k in ('bicycle', 'ebike'):
        return '%s%s%s' % (c, b, noun)
    style = rint(0, 3)
    if style == 0 or not (c or bm):
        return '%s%s%s' % (c, bm, noun)
    if style == 1:
        return '%s一%s（%s）' % (noun, q, '，'.join(x for x in [c, bm] if x))
    if style == 2 and b:
        return '%s%s一%s，上面有%s字样' % (c, noun, q, b)
    return '一%s%s%s%s' % (q, c, bm, noun)


def write_found(obj, ev, fpid=None, t_found=None):
    fpid = fpid or ev['found']
    t_found = ev['t_found'] if t_found is None else t_found
    zone = PLACES[fpid]['zone']
    rec = {'category': obj.get('cat_f') or obj['cat']}
    persona = finder_persona(obj, ev, fpid, t_found)
    lv = wpick([('full', 30), ('mid', 40), ('body', 20), ('hurried', 10)])
    brand_p = obj['brand_fp']
    if obj['kind'] == 'phone' and any(m['type'] == 'case' and m['val'] != 'clear' for m in obj['marks']):
        brand_p *= 0.5
    seen = {'color': obj['color'] is not None and chance(obj['color_fp']),
            'brand': obj['brand'] is not None and chance(brand_p),
            'model': obj['model'] is not None and chance(obj['model_fp']),
            'hotel': chance(0.85)}
    marks_seen = [m for m in obj['marks'] if chance(m['fp'])]
    opened = chance(0.75)
    cont_seen = [m for m in obj['contents'] if opened and chance(m['fp'])]
    s = obj['serial']
    ser = None
    if s is not None and chance(s['fp']):
        ser = ser_finder(obj, s)
    if obj['kind'] == 'ebike' and ser is None and chance(0.55):
        ser = ser_finder(obj, {'type': 'frame', 'v': obj['frame']})
    item = finder_item(obj, seen)
    Q = pname(fpid)
    if obj['kind'] in ('bicycle', 'ebike'):
        spot = pick(['路边', '绿化带旁', '楼道口', '车棚里', '人行道上', '树下'])
    elif zone == 'hotel' and ev.get('spot') in ('lobby', 'breakfast') and fpid == ev['found']:
        spot = '大堂沙发上' if ev['spot'] == 'lobby' else '早餐厅座位上'
    else:
        spot = pick(SPOTS.get(zone, SPOTS['far']))
    F = when_zh(t_found)
    details = []
    if obj['kind'] == 'idcard':
        nm = name_typo(obj['name']) if chance(0.12) else obj['name']
        details.append('姓名%s' % nm)
        if ser:
            details.append('证号%s' % ser)
    elif obj['kind'] == 'student':
        details.append('姓名%s' % obj['name'])
        if ser:
            details.append('学号%s' % ser.replace('学号', ''))
    elif obj['kind'] == 'passport':
        if obj.get('fname'):
            last = obj['fname'][1].upper()
            if chance(0.15):
                i = rint(1, len(last) - 2)
                last = last[:i] + last[i + 1] + last[i] + last[i + 2:]
            details.append(pick(['姓名%s %s' % (last, obj['fname'][0].upper()), '持照人%s, %s' % (last, obj['fname'][0].upper())]))
        else:
            details.append('姓名%s' % obj['name'])
        if ser:
            details.append('护照号%s' % ser)
    elif ser and obj['kind'] == 'bib':
        details.append(pick(['号码%s', '号码布号码%s', '上面号码是%s']) % ser)
    elif ser:
        lab = obj['serial']['label'] if obj['serial']['type'] != 'card' else '卡号'
        if obj['kind'] == 'ebike' and ser.startswith(('车架号', obj['frame'][:3])):
            lab = '车架号'
        if obj['kind'] == 'ebike' and ser.startswith('车架号'):
            details.append(ser)
        elif obj['kind'] in ('kitbag',):
            details.append(pick(['包上写着号码%s', '贴有号码%s', '存包号%s']) % ser)
        else:
            if ser.startswith(('IMEI', 'SN', 'S/N', '尾号')):
                details.append(ser)
            else:
                details.append('%s%s%s' % (lab, pick(['：', ' ', '']) if lab.isascii() else pick(['', '：']), ser))
    details += [pick(m['f']) for m in marks_seen]
    if cont_seen:
        details.append(pick(['内有', '里面有', '包内物品：', '打开看了，有']) + '、'.join(pick(m['f']) for m in cont_seen))
    elif obj['contents'] and not opened:
        details.append(pick(['未打开查看', '没有打开', '']))
    details += obj['f_state'] if chance(0.7) else []
    if obj['kind'] == 'hotelcard' and not seen['hotel']:
        pass
    details = [d for d in details if d]

    if lv == 'hurried' and obj['kind'] in ('bicycle', 'ebike'):
        body = typo('%s发现%s一辆 无人认领' % (Q, item), 0.5)
    elif lv == 'hurried':
        body = '%s捡到%s' % (Q if chance(0.8) else '', item)
        if details and chance(0.5):
            body += ' ' + details[0]
        body = typo(body, 0.5)
    elif persona == 'desk':
        segs = ['拾得物品：%s' % item, '拾得时间：%s' % when_zh(t_found, plain=True), '拾得地点：%s' % Q]
        if details:
            segs.append('特征：%s' % '，'.join(details))
        body = '；'.join(segs) + '。' + pick(HANDOVER)
    else:
        tpls = VEHICLE_TPL.get(persona) if obj['kind'] in ('bicycle', 'ebike') else None
        tpl = pick(tpls or FINDER_TPL.get(persona, FINDER_TPL['passerby']))
        if persona == 'hotel' and spot in ('大堂沙发上', '早餐厅座位上'):
            tpl = FINDER_TPL['hotel'][2]
        room = (ev.get('room', '') + '房') if (zone == 'hotel' and fpid == ev.get('found') and ev.get('room') and chance(0.6)) else ''
        head = tpl.format(Q=Q, F=F, spot=spot, item=item, room=room, orig=pname(ev['loss']))
        parts = [head]
        if details:
            parts.append(end_punct(pick(['', '特征：', '看了一下，', '']) + '，'.join(details)))
        parts.append(pick(HANDOVER))
        body = typo(join_parts(parts, 600), 0.12)

    fill = {'full': 0.9, 'mid': 0.5, 'body': 0.0, 'hurried': 0.0}[lv]
    if seen['color'] and chance(fill):
        rec['color'] = cz(obj['color'], 'f')
    if seen['brand'] and chance(fill):
        rec['brand'] = brand_form(obj['brand'], 'f')
    if seen['model'] and chance(fill):
        rec['model'] = obj['model']
    if ser and chance(min(1.0, fill + 0.2)):
        rec['serial'] = ser
    mtxt = [pick(m['f']) for m in marks_seen] + [pick(m['f']) for m in cont_seen]
    if mtxt and chance(fill):
        rec['marks'] = '；'.join(mtxt)[:500]
    if chance({'full': 0.98, 'mid': 0.85, 'body': 0.6, 'hurried': 0.4}[lv]):
        rec['address'] = Q[:60]
    if chance({'full': 0.85, 'mid': 0.6, 'body': 0.4, 'hurried': 0.2}[lv]):
        rec['lat'], rec['lon'] = jitter(PLACES[fpid]['lat'], PLACES[fpid]['lon'], 120)
    rec['body'] = body[:600]
    rec['found_at_min'] = before_r(t_found)
    return rec


# ----------------------------------------------------------------------------- hard negatives

BRAND_POOL = {'watch': ['garmin', 'coros', 'huawei', 'apple'], 'phone': ['apple', 'huawei', 'xiaomi', 'honor', 'oppo', 'vivo'],
              'buds': ['apple', 'huawei', 'shokz', 'sony', 'xiaomi'], 'carkey': ['vw', 'toyota', 'byd', 'honda', 'nissan'],
              'bicycle': ['giant', 'merida', 'xds', 'phoenix'], 'ebike': ['yadea', 'aima', 'niu', 'tailg', 'ninebot'],
              'camera': ['gopro', 'insta360', 'sony', 'canon'], 'powerbank': ['anker', 'xiaomi', 'huawei'],
              'jacket': ['lining', 'anta', 'xtep', 'nike', 'adidas', 'decathlon'], 'glasses': ['oakley', 'decathlon', 'lining', 'nike'],
              'belt': ['salomon', 'decathlon', 'nike', 'lining'], 'wallet': ['coach', 'septwolves', 'goldlion', 'decathlon'],
              'jewel': ['chowtaifook', 'laofengxiang', 'pandora']}
NULLABLE_BRAND = ('wallet', 'belt', 'glasses', 'jacket', 'gels', 'jewel')


def same_spec(t, keep_model=True, keep_color=True):
    c = {}
    if t['brand'] or t['kind'] in NULLABLE_BRAND:
        c['brand'] = t['brand']
    if keep_model and t['model']:
        c['model'] = t['model']
    if keep_color and t['color']:
        c['color'] = t['color']
    if t.get('sub'):
        c['sub'] = t['sub']
    if 'full' in t:
        c['full'] = t['full']
    if t['kind'] == 'phone':
        c['tac'] = t['tac']
    if t['kind'] == 'passport':
        c['foreign'] = bool(t.get('country'))
        if t.get('country'):
            c['country'] = t['country']
    if t['kind'] == 'hotelcard':
        c['hotel'] = t['hotel']
    return c


def near_serial(t, o):
    """A different identifying number that looks like the target's."""
    s, v = o['serial'], t['serial']['v']
    if s['type'] == 'bib':
        def mk_bib():
            d = list(v[1:])
            if chance(0.5):
                i = rint(0, len(d) - 2)
                d[i], d[i + 1] = d[i + 1], d[i]
            else:
                i = rint(len(d) - 2, len(d) - 1)
                d[i] = str((int(d[i]) + rint(1, 9)) % 10)
            return v[0] + ''.join(d)
        nv = fresh(mk_bib)
        if nv == v:
            nv = bib_number(v[0] == 'A')
        s['v'] = nv
    elif s['type'] == 'idno':
        def mk_id():
            body = v[:10] + '%02d%02d' % (rint(1, 12), rint(1, 28)) + digits(3)
            return body + id_check(body)
        s['v'] = fresh(mk_id)
    s['fp'] = 1.0
    return o


def neg_event(tev, mode):
    L = tev['loss']
    if mode == 'far':
        cands = [p for p in FAR_PIDS if 15.0 <= pdist(L, p) <= 30.0]
        if not cands:
            return None
        fpid = pick(cands)
    else:
        opts = [L] + nearby(L, 0.05, 1.5)
        if tev['scen'] in ('start', 'course', 'finish') and mode != 'before':
            opts.append('lf_desk')
        if tev['scen'] == 'metro':
            opts = list(METRO_LINE)
        fpid = pick(opts)
    if mode == 'before':
        if tev['t_last'] < 90:
            return None
        t = tev['t_last'] - rint(30, min(2880, tev['t_last'] - 20))
    elif mode == 'far':
        if chance(0.5) and tev['t_last'] > 600:
            t = tev['t_last'] - rint(120, min(4000, tev['t_last'] - 60))
        else:
            t = min(R_MIN - rint(5, 60), tev['t_loss'] + rint(240, 4000))
    else:
        hi = min(R_MIN - 5, tev['t_notice'] + 720)
        t = rint(tev['t_last'] + 1, max(tev['t_last'] + 2, hi))
    for _ in range(30):
        if t % 1440 >= 360:
            break
        if mode == 'before':
            t = tev['t_last'] - rint(30, min(2880, tev['t_last'] - 20))
        else:
            t = min(R_MIN - 5, daytime(t))
    if mode == 'before' and not t < tev['t_last']:
        return None
    ev = {'scen': tev['scen'], 'loss': L if fpid == 'lf_desk' else fpid, 'found': fpid, 't_found': t}
    if PLACES[fpid]['zone'] == 'hotel':
        ev['room'] = fresh(lambda: '%d%02d' % (rint(3, 18), rint(1, 36)))
        ev['spot'] = 'room'
    return ev


def make_negative(kind_label, tgt):
    t, tev, said = tgt['obj'], tgt['ev'], tgt['said']
    k = t['kind']
    if kind_label == 'same_cat_color':
        if not t['color']:
            return None
        c = {'color': t['color']}
        if t.get('sub'):
            c['sub'] = t['sub']
        if 'full' in t:
            c['full'] = t['full']
        if k in BRAND_POOL:
            others = [b for b in BRAND_POOL[k] if b != t['brand']]
            c['brand'] = pick(others)
        if k == 'hotelcard':
            c['hotel'] = pick([h for h in HOTELS if h != t['hotel']])
        o = build(k, c)
        ev = neg_event(tev, 'plausible')
    elif kind_label == 'found_before_loss':
        o = build(k, same_spec(t, keep_model=chance(0.7)))
        ev = neg_event(tev, 'before')
    elif kind_label == 'same_brand_far':
        if not t['brand']:
            return None
        o = build(k, same_spec(t, keep_model=chance(0.5), keep_color=chance(0.6)))
        ev = neg_event(tev, 'far')
    elif kind_label == 'same_model_other_serial':
        if not (said['serial'] and t['serial'] and t['serial']['type'] not in ('room',)):
            return None
        o = near_serial(t, build(k, same_spec(t)))
        if k == 'ebike':
            o['serial']['fp'] = 1.0
        ev = neg_event(tev, 'plausible')
    elif kind_label == 'same_model_marks_differ':
        var = [(ty, v) for ty, v in said['marks'] if any(m['type'] == ty and m['var'] for m in t['marks'])]
        if not var:
            return None
        ty, v = pick(var)
        o = build(k, same_spec(t), force=(ty, v))
        if o['serial']:
            o['serial']['fp'] = 0.0
        ev = neg_event(tev, 'plausible')
    else:
        raise KeyError(kind_label)
    if ev is None:
        return None
    return o, ev


# ----------------------------------------------------------------------------- assembly

TRUE_QUOTA = [('watch', 21), ('phone', 21), ('buds', 8), ('bib', 9), ('kitbag', 9), ('idcard', 10), ('passport', 4), ('student', 2),
              ('carkey', 8), ('housekey', 3), ('hotelcard', 5), ('wallet', 12), ('cash', 2), ('belt', 6), ('glasses', 4), ('jacket', 4),
              ('medal', 5), ('shirt', 1), ('gels', 1), ('bicycle', 3), ('ebike', 3), ('jewel', 5), ('camera', 3), ('powerbank', 1)]
NULL_QUOTA = [('watch', 10), ('phone', 12), ('buds', 7), ('bib', 3), ('kitbag', 3), ('idcard', 4), ('passport', 1), ('student', 1),
              ('carkey', 4), ('housekey', 3), ('hotelcard', 2), ('wallet', 8), ('cash', 5), ('belt', 4), ('glasses', 4), ('jacket', 3),
              ('medal', 2), ('shirt', 1), ('gels', 1), ('bicycle', 3), ('ebike', 4), ('jewel', 3), ('camera', 1), ('powerbank', 1)]


def quota_list(q):
    out = []
    for k, n in q:
        out += [k] * n
    rng.shuffle(out)
    return out


def hotel_fix(obj, ev):
    # a hotel card lost outside still belongs to a hotel; a room in the hotel story is the owner's room
    if ev['scen'] == 'hotel' and obj['kind'] == 'hotelcard':
        ev['room'] = obj['room']


def choose_cross(objs):
    """Pick N_CROSS true objects that two people would plausibly file differently."""
    rules = [
        ('watch', lambda o: True, lambda o: o.update(cat_f='other')),
        ('bib', lambda o: o['sub'] == 'bib', lambda o: o.update(cat_f='id_doc')),
        ('wallet', lambda o: o['sub'] == 'coin' and o['cash'] > 0, lambda o: o.update(cat_o='cash')),
        ('kitbag', lambda o: any(m['type'] == 'c_idcard' for m in o['contents']), lambda o: o.update(cat_o='id_doc')),
    ]
    done = []
    for kind, ok, apply in rules:
        cands = [i for i, o in enumerate(objs) if o['kind'] == kind and ok(o) and i not in done]
        if not cands:
            continue
        i = pick(cands)
        apply(objs[i])
        if kind == 'kitbag':
            for m in objs[i]['contents']:
                if m['type'] == 'c_idcard':
                    m['op'] = 1.0
        if kind == 'wallet':
            for m in objs[i]['contents']:
                if m['type'] == 'c_cash':
                    m['op'] = 1.0
        done.append(i)
    while len(done) < N_CROSS:
        cands = [i for i, o in enumerate(objs) if o['kind'] == 'watch' and i not in done]
        i = pick(cands)
        objs[i]['cat_f'] = 'other'
        done.append(i)
    return done


FIELD_ORDER = ['key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon',
               'lost_from_min', 'lost_to_min', 'truth', 'found_at_min', 'negative']


def ordered(rec):
    return {k: rec[k] for k in FIELD_ORDER if k in rec}


def main():
    out = OUT_PATH
    truths = []
    for kind in quota_list(TRUE_QUOTA):
        obj = build(kind)
        ev = draw_event(kind)
        hotel_fix(obj, ev)
        truths.append((obj, ev))
    cross = choose_cross([o for o, _ in truths])
    nulls = []
    for kind in quota_list(NULL_QUOTA):
        obj = build(kind)
        ev = draw_event(kind)
        hotel_fix(obj, ev)
        nulls.append((obj, ev))

    lost, found = [], []
    targets = []
    for i, (obj, ev) in enumerate(truths):
        lr = write_lost(obj, ev)
        fr = write_found(obj, ev)
        fid = 'T%03d' % i
        lr['_truth'] = fid
        fr['_id'] = fid
        assert fr['found_at_min'] <= lr['lost_from_min'], (obj['kind'], ev)
        lost.append(lr)
        found.append(fr)
        targets.append({'obj': obj, 'ev': ev, 'said': lr['_said'], 'null': False, 'used': 0, 'rec': lr})
    for obj, ev in nulls:
        lr = write_lost(obj, ev)
        lr['_truth'] = None
        lost.append(lr)
        targets.append({'obj': obj, 'ev': ev, 'said': lr['_said'], 'null': True, 'used': 0, 'rec': lr})

    neg_counts = []
    for label, n in NEG_PLAN:
        made = 0
        tries = 0
        while made < n:
            tries += 1
            if tries > 5000:
                raise RuntimeError('not enough targets for %s' % label)
            pool = [t for t in targets if t['null'] == (chance(0.55)) and t['used'] < 2]
            if not pool:
                continue
            tgt = pick(pool)
            r = make_negative(label, tgt)
            if r is None:
                continue
            o, ev = r
            fr = write_found(o, ev, ev['found'], ev['t_found'])
            if label == 'found_before_loss':
                assert fr['found_at_min'] > before_r(tgt['ev']['t_last'])
            if label == 'same_brand_far' and 'lat' not in fr and chance(0.6):
                la, lo = jitter(PLACES[ev['found']]['lat'], PLACES[ev['found']]['lon'], 120)
                fr['lat'], fr['lon'] = la, lo
            if label == 'same_brand_far' and 'address' not in fr:
                fr['address'] = pname(ev['found'])
            fr['negative'] = label
            fr['_id'] = None
            fr['_target'] = tgt['rec']
            found.append(fr)
            tgt['used'] += 1
            made += 1
        neg_counts.append((label, made))

    rng.shuffle(lost)
    rng.shuffle(found)
    fkey = {}
    for i, fr in enumerate(found, 1):
        fr['key'] = '%s-F%04d' % (PFX, i)
        if fr['_id']:
            fkey[fr['_id']] = fr['key']
    for i, lr in enumerate(lost, 1):
        lr['key'] = '%s-L%04d' % (PFX, i)
        lr['truth'] = fkey[lr['_truth']] if lr['_truth'] else None
    lost_out = [ordered(r) for r in lost]
    found_out = [ordered(r) for r in found]
    doc = {'seed': SEED, 'made_by': MADE_BY, 'parts': {PART: {'found': found_out, 'lost': lost_out}}}
    text = json.dumps(doc, ensure_ascii=False, indent=1) + '\n'
    with open(out, 'w', encoding='utf-8') as fh:
        fh.write(text)
    n_true = sum(1 for r in lost_out if r['truth'])
    print('wrote %s: %d lost (%d with truth, %d never handed in), %d found (%d negatives: %s), %d cross-category pairs'
          % (out, len(lost_out), n_true, len(lost_out) - n_true, len(found_out), sum(n for _, n in neg_counts),
             ', '.join('%s %d' % x for x in neg_counts), len(cross)))


OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'set74.json')
if __name__ == '__main__':
    args = sys.argv[1:]
    if args[:1] == ['--out'] and len(args) == 2:
        OUT_PATH = args[1]
    elif args:
        sys.exit('usage: make_set74.py [--out PATH]')
    main()
