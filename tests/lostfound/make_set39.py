#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""make_set39.py - writes set39.json, a blind labelled lost-and-found set.

Set 39 was written from the issue's own words only (the brief), without looking at the
matcher.  World: the 滨海 central business district of the invented city 东港市 in July and
August 2026.  Every name, place, model name and number is invented.

How it works
  1. A hidden truth record is drawn for every object: category, kind, colour, brand, model,
     serials, marks, contents, owner.  Each fact carries who can know it (owner / finder) and
     the ways each side would say it.
  2. A loss scenario (place, route, vehicle, time window) and, for true items, the finding
     (place, finder, time) are drawn.
  3. Each side decides separately what it discloses, in its own voice and detail level.
  4. Hard negatives are drawn against target reports; ordinary desk items at random.
  5. Honesty repair: for every lost report and every found item that is not its truth, in the
     same category and not ruled out by time, the two registrations must disclose at least one
     fact that visibly disagrees.  Where they do not, a disclosed fact is added (or the decoy is
     redrawn).  The final state is asserted.
  6. Registrations are rendered to text and fields.

Python 3 standard library only; one random.Random(SEED); output identical under any
PYTHONHASHSEED.  Usage: python3 make_set39.py [--out PATH]
"""
import datetime as dt
import json
import math
import os
import random
import sys

SEED = 20261239
NN = 39
PFX = "Q3"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set39.json")
# all minutes count back from this one moment of registration (local time, UTC+8)
T0 = dt.datetime(2026, 8, 31, 21, 30)
MAXMIN = 172800
BASE_LAT, BASE_LON = 29.8731, 121.9083

N_PAIRS = {'phone': 50, 'wallet': 40, 'id_doc': 40, 'keys': 30, 'bag': 35, 'electronics': 35,
           'jewelry': 20, 'cash': 12, 'ebike': 10, 'bicycle': 10, 'other': 18}
N_LONELY = {'phone': 15, 'wallet': 14, 'id_doc': 12, 'keys': 10, 'bag': 11, 'electronics': 11,
            'jewelry': 8, 'cash': 6, 'ebike': 4, 'bicycle': 3, 'other': 6}
N_NEG = {'same_cat_colour': 60, 'found_before_loss': 45, 'same_brand_elsewhere': 45,
         'desk_other': 50}
CATS = ['id_doc', 'phone', 'wallet', 'keys', 'ebike', 'bicycle', 'bag', 'cash', 'jewelry',
        'electronics', 'other']

R = random.Random(SEED)


def ch(seq):
    seq = list(seq)
    return seq[R.randrange(len(seq))]


def p(x):
    return R.random() < x


def ri(a, b):
    return R.randint(a, b)


def wch(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def pick(v):
    """A phrase list, a callable or a plain string -> one string."""
    if callable(v):
        return v()
    if isinstance(v, (list, tuple)):
        v = ch(v)
        return v() if callable(v) else v
    return v


DIG = '0123456789'
UPP = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
CN_D = '零一二三四五六七八九'
WD = '一二三四五六日'
MON_EN = {7: 'July', 8: 'Aug', 6: 'June', 5: 'May'}


def cn_num(n):
    if n == 0:
        return '零'
    s = ''
    zero = False
    for u, name in ((10000, '万'), (1000, '千'), (100, '百'), (10, '十')):
        q, n = divmod(n, u)
        if q:
            if zero:
                s += '零'
                zero = False
            s += ('两' if q == 2 and u >= 1000 else CN_D[q]) + name
        elif s:
            zero = True
    if n:
        if zero:
            s += '零'
        s += CN_D[n]
    if s.startswith('一十'):
        s = s[1:]
    return s


def digits(n):
    return ''.join(ch(DIG) for _ in range(n))


# ----------------------------------------------------------------- unique registries
USED = {}


def uniq(kind, fn, tries=500):
    bag = USED.setdefault(kind, set())
    for _ in range(tries):
        v = fn()
        if v not in bag:
            bag.add(v)
            return v
    raise RuntimeError('cannot make unique ' + kind)


# ----------------------------------------------------------------- identifiers
def id_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * w[i] for i, c in enumerate(body17)) % 11
    return '10X98765432'[s]


AREA_LOCAL = ['339102', '339103', '339105', '339108', '339121']
AREA_OTHER = ['341522', '412726', '513922', '430981', '362330', '452127', '220182', '370883',
              '610528', '350628']


def new_idno(birth, male, local=True):
    def mk():
        area = ch(AREA_LOCAL if local else AREA_OTHER)
        seq = ri(0, 99) * 10 + ch([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
        body = area + birth.strftime('%Y%m%d') + '%03d' % seq
        return body + id_check(body)
    # the last four are unique across the set, so a masked number identifies one person
    while True:
        v = mk()
        if v[-4:] not in USED.setdefault('idtail', set()):
            USED['idtail'].add(v[-4:])
            return v


def luhn_digit(payload):
    tot = 0
    for i, c in enumerate(reversed(payload)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return str((10 - tot % 10) % 10)


def new_imei():
    def mk():
        tac = '86' + digits(6)
        body = tac + digits(6)
        return body + luhn_digit(body)
    while True:
        v = mk()
        if v[-6:] not in USED.setdefault('imei6', set()):
            USED['imei6'].add(v[-6:])
            return v


def imei_forms(v, side):
    a, b, c, d = v[:2], v[2:8], v[8:14], v[14]
    if side == 'fnd':
        return [v, v, 'IMEI1:' + v, '%s %s %s %s' % (a, b, c, d)]
    return [v, '%s-%s-%s-%s' % (a, b, c, d), '%s %s %s %s' % (a, b, c, d),
            ' '.join([v[0:4], v[4:8], v[8:12], v[12:15]]), v]


def new_tail():
    return uniq('cardtail', lambda: digits(4))


BANKS = [('东港银行', '623058', 'Donggang Bank'), ('滨海农商银行', '621779', 'Binhai Rural Bank'),
         ('海融银行', '622856', 'Hairong Bank'), ('北辰银行', '625931', 'Beichen Bank'),
         ('东方汇通银行', '628812', 'Orient Huitong Bank')]


def card_forms(bank, tail, side):
    b = [x for x in BANKS if x[0] == bank][0]
    if side == 'fnd':
        return ['%s %s** **** %s' % (b[1][:4], b[1][4:], tail), '尾号' + tail,
                '%s******%s' % (b[1], tail), '**** **** **** ' + tail]
    return ['尾号' + tail, '卡号后四位' + tail, '%s****%s' % (b[1][:4], tail), tail,
            '末四位' + tail]


def id_forms(v, side):
    if side == 'fnd':
        return [v[:6] + '*' * 8 + v[-4:], v[:3] + '*' * 11 + v[-4:], v[:6] + '********' + v[-4:],
                '尾号' + v[-4:], v]
    return [v, v, '%s %s %s' % (v[:6], v[6:14], v[14:]), '尾号' + v[-4:], v[:6] + '****' + v[10:]]


def sn_forms(v):
    return [v, v.lower(), v.replace('-', ''), v.replace('-', ' '), 'S/N ' + v]


# ----------------------------------------------------------------- people
SURN = list('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程'
            '苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵'
            '万严覃武戴莫孔向汤')
GIV = list('晓明华伟芳娜静丽强磊军洋勇艳杰涛超秀霞平刚英敏玲丹萍鹏辉宇浩然欣怡轩涵萱诺远嘉博文俊琪'
           '晨阳峰燕春梅新红凯瑞雅天曦岚航帆澜琳婷颖倩昊瑶璐涵骁')
F_FIRST = ['Lukas', 'Amara', 'Mateo', 'Ingrid', 'Kenji', 'Priya', 'Olivier', 'Sanna', 'Tomasz',
           'Leila', 'Rafael', 'Hannah', 'Diego', 'Aiko', 'Nikolai', 'Chloe', 'Youssef', 'Freya',
           'Arjun', 'Marta', 'Jonas', 'Elif', 'Bruno', 'Noor']
F_LAST = ['Brenner', 'Okafor', 'Lindqvist', 'Moreau', 'Tanabe', 'Haddad', 'Kowalczyk', 'Ferreira',
          'Novak', 'Castell', 'Holmberg', 'Bauerle', 'Mensah', 'Iyengar', 'Satomura', 'Petrovic',
          'Duvall', 'Alvarado', 'Jensby', 'Rahmani', 'Vermeer', 'Oyelaran', 'Quist', 'Malinen']
NATS = [('德国', 'German', 'red'), ('巴西', 'Brazilian', 'blue'), ('瑞典', 'Swedish', 'red'),
        ('法国', 'French', 'red'), ('日本', 'Japanese', 'red'), ('印度', 'Indian', 'blue'),
        ('波兰', 'Polish', 'red'), ('新加坡', 'Singaporean', 'red'), ('西班牙', 'Spanish', 'red'),
        ('澳大利亚', 'Australian', 'blue'), ('荷兰', 'Dutch', 'red'), ('加拿大', 'Canadian', 'blue'),
        ('土耳其', 'Turkish', 'red'), ('尼日利亚', 'Nigerian', 'green')]
COMPANIES = [('海港数科', 'hc', 'HG'), ('蓝湾资本', 'ifc_e', 'LW'), ('澜汐律师事务所', 'ifc_w', 'LX'),
             ('远帆物流', 'jinfan', 'YF'), ('鲸浪传媒', 'yungang', 'JL'), ('东港国际航运', 'hc', 'DG'),
             ('潮信保险经纪', 'jinfan', 'CX'), ('星桥咨询', 'ifc_e', 'XQ'), ('汇川云', 'yungang', 'HC'),
             ('北辰证券滨海营业部', 'ifc_w', 'BC'), ('澄海设计', 'hc', 'CH'), ('蔚澜生物', 'yungang', 'WL')]
EXHIBITORS = ['启航海洋装备', '蓝鳍机器人', '潮汐能科技', '深湾声呐', 'Seaforge Marine',
              'Aquilo Robotics', 'Nordkyst Subsea', '海睿传感']
SCHOOLS = [('东港大学', 'DGU'), ('滨海理工学院', 'BHIT'), ('东港职业技术学院', 'DGVC')]


def new_person(foreign=None, role=None):
    if foreign is None:
        foreign = False
    if foreign:
        def mk():
            return (ch(F_FIRST), ch(F_LAST))
        fn, ln = uniq('fname', mk)
        nat = ch(NATS)
        return dict(foreign=True, name=(fn + ' ' + ln), first=fn, last=ln, nat=nat,
                    male=p(0.5), role=role or ch(['expo', 'expo', 'tourist', 'business']),
                    company=ch(EXHIBITORS))

    def mk():
        s = ch(SURN)
        g = ch(GIV) if p(0.3) else ch(GIV) + ch(GIV)
        return s + g
    while True:
        name = mk()
        k = (name[0], len(name), name[-1])
        bag = USED.setdefault('namekey', set())
        if k not in bag and name[1:2] != name[2:3]:
            bag.add(k)
            break
    male = p(0.5)
    birth = dt.date(ri(1958, 2005), ri(1, 12), ri(1, 28))
    local = p(0.55)
    idno = new_idno(birth, male, local)
    role = role or wch([('office', 60), ('intern', 8), ('expo', 8), ('courier', 5), ('resident', 10),
                        ('elder', 5), ('student', 4)])
    if role == 'elder':
        birth = dt.date(ri(1950, 1962), ri(1, 12), ri(1, 28))
        idno = new_idno(birth, male, local)
    comp = ch(COMPANIES)
    return dict(foreign=False, name=name, male=male, birth=birth, idno=idno, role=role,
                company=comp[0], company_place=comp[1], company_code=comp[2],
                school=ch(SCHOOLS))


def mask_name(n, side_full_p=0.6):
    if len(n) == 2 or p(side_full_p):
        return n
    return n[0] + '*' * (len(n) - 2) + n[-1]


def title(person):
    return person['name'][0] + ('先生' if person['male'] else '女士')


# ----------------------------------------------------------------- places
def geo(dx, dy):
    lat = BASE_LAT + dy / 111320.0
    lon = BASE_LON + dx / (111320.0 * math.cos(math.radians(BASE_LAT)))
    return lat, lon


def dist_m(a, b):
    (la1, lo1), (la2, lo2) = a, b
    r = 6371000.0
    f1, f2 = math.radians(la1), math.radians(la2)
    df = f2 - f1
    dl = math.radians(lo2 - lo1)
    h = math.sin(df / 2) ** 2 + math.cos(f1) * math.cos(f2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


# key: (colloquial names, official, map name, English or None, street address, (dx, dy) m, type)
PLACES = {
    'hc': (['海岸中心', '海岸大厦', '海岸'], '滨海海岸中心大厦', '海岸中心A座', 'Coastline Center',
           '望潮路88号', (0, 0), 'office'),
    'ifc_e': (['IFC东塔', '双子塔东塔', '东塔'], '东港国际金融中心东塔', '东港IFC T1',
              'Donggang IFC Tower 1', '帆影大道1号', (360, 130), 'office'),
    'ifc_w': (['IFC西塔', '双子塔西塔', '西塔'], '东港国际金融中心西塔', '东港IFC T2',
              'Donggang IFC Tower 2', '帆影大道3号', (250, 150), 'office'),
    'jinfan': (['帆船楼', '金帆'], '金帆国际大厦', '金帆大厦', 'Golden Sail Tower', '听涛街66号',
               (620, -360), 'office'),
    'yungang': (['云港楼', '云港'], '云港科技大厦', '云港大厦', 'Yungang Tech Tower', '蓝湾东路19号',
                (-660, 310), 'office'),
    'lanwan': (['蓝湾', '蓝湾mall'], '蓝湾商务广场', '蓝湾广场(滨海店)', 'Blue Bay Plaza',
               '蓝湾东路1号', (-300, -210), 'mall'),
    'xinghui': (['星汇里', '星汇里那条街'], '星汇里商业街', '星汇里步行街', 'Xinghui Lane', '星汇路',
                (-150, -560), 'street'),
    'plaza': (['海岸中心前面的广场', '中心广场'], '滨海中心广场', '滨海中心广场', 'Binhai Central Square',
              '望潮路与帆影大道交叉口', (80, 90), 'street'),
    'tunnel': (['B1连廊', '地下通道'], '蓝湾—海岸中心地下连廊', '滨海中心地下连廊', None, '望潮路地下',
               (-150, -100), 'tunnel'),
    'bike_b': (['滨海站B口单车点', 'B口'], '滨海中心站B口共享单车停放区', '滨海中心站B口', None, '望潮路',
               (130, -200), 'street'),
    'bank': (['蓝湾楼下ATM', '东港银行'], '东港银行滨海支行', '东港银行(蓝湾广场支行)', 'Donggang Bank',
             '蓝湾东路1号1F', (-240, -260), 'atm'),
    'stn_bh': (['滨海站', '机场线滨海站'], '机场快线滨海中心站', '滨海中心(地铁站)', 'Binhai Central Station',
               '望潮路地下', (110, -160), 'station'),
    'stn_expo': (['会展站'], '机场快线会展中心站', '会展中心(地铁站)', 'Expo Center Station', '会展大道地下',
                 (1420, 720), 'station'),
    'expo': (['会展', '会展中心'], '东港国际会议展览中心', '东港国际会展中心',
             'Donggang International Convention & Exhibition Center', '会展大道2号', (1650, 930), 'expo'),
    'hotel': (['希岸', '希岸酒店'], '滨海希岸国际酒店', '希岸国际酒店(会展店)', 'Seashore Grand Hotel',
              '会展大道8号', (1320, 1210), 'hotel'),
    'gym': (['云栖', '蓝湾那家健身房'], '云栖健身蓝湾店', '云栖健身(蓝湾广场4F)', 'Cloudhaven Fitness',
            '蓝湾东路1号蓝湾广场4F', (-290, -200), 'gym'),
    'cof_hc': (['楼下鹿角', '鹿角'], '鹿角咖啡海岸中心店', '鹿角咖啡(海岸中心店)', 'Antler Coffee',
               '望潮路88号1F', (25, -15), 'coffee'),
    'cof_xh': (['星汇里鹿角'], '鹿角咖啡星汇里店', '鹿角咖啡(星汇里店)', 'Antler Coffee Xinghui',
               '星汇路21号', (-130, -580), 'coffee'),
    'cof_ifc': (['潮汐', 'IFC潮汐'], '潮汐咖啡IFC店', '潮汐咖啡(东港IFC店)', 'Tide Coffee', '帆影大道1号1F',
                (330, 100), 'coffee'),
    'food': (['帆船楼食堂', '海悦'], '海悦食街', '金帆大厦B1海悦食街', None, '听涛街66号B1', (610, -350),
             'food'),
    'park': (['海边绿道', '滨海绿道'], '滨海带状公园', '滨海公园', 'Binhai Seaside Park', '海滨大道',
             (950, -950), 'park'),
    'library': (['新图书馆'], '东港市滨海新区图书馆', '滨海图书馆', 'Binhai Library', '书香路5号',
                (-1100, -300), 'library'),
    'res_hy': (['海韵花园'], '海韵花园小区', '海韵花园(东门)', None, '海韵路12号', (-2500, -1500),
               'residential'),
    'res_lt': (['澜庭'], '澜庭国际公寓', '澜庭公寓', 'Lanting Residences', '听涛街188号', (2200, -620),
               'residential'),
    'airport': (['机场', 'T2'], '东港港湾国际机场T2航站楼', '港湾机场T2', 'Donggang Gangwan Airport T2',
                '迎宾大道999号', (21000, -9000), 'airport'),
    'hsr': (['东港站', '高铁站'], '东港站', '东港站(高铁)', 'Donggang Railway Station', '站前大道1号',
            (-8200, 5100), 'station'),
    'depot': (['海运车队'], '东港海运出租汽车有限公司', '海运出租(车场)', None, '港城路300号', (-6100, -4200),
              'depot'),
    'sports': (['体育中心'], '滨海新区体育中心', '滨海体育中心', 'Binhai Sports Center', '体育路1号',
               (3600, 2600), 'park'),
    'oldst': (['老街'], '东港老街历史街区', '东港老街', 'Donggang Old Street', '老街东段', (-9200, -2100),
              'street'),
    'uni': (['东港大学'], '东港大学滨江校区', '东港大学(滨江校区)', 'Donggang University', '滨江路100号',
            (-12000, 6200), 'campus'),
    'desk': (['派出所'], '东港市公安局滨海派出所', '滨海派出所', None, '海韵路3号', (-520, -820), 'desk'),
}
PK = list(PLACES.keys())
LL = {k: geo(*PLACES[k][5]) for k in PK}
CBD = ['hc', 'ifc_e', 'ifc_w', 'jinfan', 'yungang', 'lanwan', 'xinghui', 'plaza', 'tunnel', 'bike_b',
       'bank', 'stn_bh', 'stn_expo', 'expo', 'hotel', 'gym', 'cof_hc', 'cof_xh', 'cof_ifc', 'food',
       'park', 'library']
FAR = ['airport', 'hsr', 'depot', 'sports', 'oldst', 'uni', 'res_hy', 'res_lt']
OFFICES = ['hc', 'ifc_e', 'ifc_w', 'jinfan', 'yungang']
DESK_NAME = '滨海派出所阳光坐席'


def pname(pk, side):
    names, off, mp, en, addr, _, _ = PLACES[pk]
    if side == 'en':
        return en or mp
    if side == 'own':
        r = R.random()
        if r < 0.56:
            n = ch(names)
        elif r < 0.77:
            n = off
        elif r < 0.97:
            n = mp
        else:
            n = en or ch(names)
    elif side == 'addr':
        r = R.random()
        if r < 0.35:
            n = off
        elif r < 0.7:
            n = mp
        elif r < 0.9:
            n = ch(names)
        else:
            n = en or mp
    else:
        r = R.random()
        if r < 0.42:
            n = off
        elif r < 0.78:
            n = mp
        elif r < 0.98:
            n = ch(names)
        else:
            n = en or off
    if p(0.04) and '中心' in n:
        n = n.replace('中心', '中新', 1)   # a typo of the input method
    return n


def paddr(pk):
    names, off, mp, en, addr, _, _ = PLACES[pk]
    return ch(['东港市滨海新区' + addr + off, addr + off, '滨海新区' + addr])


def near_places(pk, lo, hi, pool=None):
    pool = pool or PK
    out = [q for q in pool if q != pk and lo <= dist_m(LL[pk], LL[q]) <= hi]
    return out


def jit(ll, m):
    lat, lon = ll
    dy = (R.random() - 0.5) * 2 * m
    dx = (R.random() - 0.5) * 2 * m
    return (round(lat + dy / 111320.0, 6),
            round(lon + dx / (111320.0 * math.cos(math.radians(lat))), 6))


# ----------------------------------------------------------------- world events
EXPO_ZH = '2026东港国际海洋科技博览会'
EXPO_SHORT = '海博会'
EXPO_EN = 'Donggang Ocean Tech Expo'
EXPO_DAYS = [dt.date(2026, 8, d) for d in range(18, 23)]
TYPHOON = '台风“银梭”'
TYPHOON_DAYS = [dt.date(2026, 8, 5), dt.date(2026, 8, 6)]
DAY0 = dt.date(2026, 7, 1)
NDAYS = (dt.date(2026, 8, 29) - DAY0).days + 1
RIDE_APPS = ['海鸥出行', '快马约车', '东港约车']
TAXI_COS = ['海运出租', '东港出租', '蓝鲸出租']
BIKE_APPS = ['海鸥单车', '小蓝鲸单车']

# ----------------------------------------------------------------- colours and brands
COL = {
    'black': (['黑色', '黑的', '纯黑', '哑光黑', '曜石黑', '亮黑色'], ['黑色', '黑色', '黑'],
              ['black', 'matte black'], ['黑', '黑色', '哑光黑', '曜石黑']),
    'white': (['白色', '白的', '珍珠白', '米白', '象牙白'], ['白色', '白色', '米白色'], ['white', 'off-white'],
              ['白', '白色', '米白']),
    'silver': (['银色', '银白色', '月光银', '银的'], ['银色', '银白色'], ['silver'], ['银', '银色']),
    'grey': (['灰色', '深空灰', '浅灰', '灰的', '星际灰'], ['灰色', '深灰色', '浅灰色'], ['grey', 'space grey'],
             ['灰', '深空灰', '灰色']),
    'blue': (['蓝色', '深蓝', '海蓝', '宝蓝', '天蓝', '藏青'], ['蓝色', '深蓝色', '浅蓝色'], ['blue', 'navy'],
             ['蓝', '蓝色', '深蓝']),
    'green': (['绿色', '墨绿', '薄荷绿', '军绿色'], ['绿色', '墨绿色'], ['green', 'dark green'],
              ['绿', '绿色', '墨绿']),
    'red': (['红色', '酒红色', '大红色'], ['红色', '暗红色'], ['red', 'burgundy'], ['红', '红色', '酒红']),
    'pink': (['粉色', '樱花粉', '浅粉色', '粉的'], ['粉色', '粉红色'], ['pink'], ['粉', '粉色']),
    'gold': (['金色', '香槟金', '玫瑰金'], ['金色', '金黄色'], ['gold', 'rose gold'], ['金色', '香槟金']),
    'brown': (['棕色', '咖啡色', '焦糖色', '驼色'], ['棕色', '咖啡色', '褐色'], ['brown', 'tan'],
              ['棕', '棕色', '咖啡色']),
    'purple': (['紫色', '浅紫', '薰衣草紫'], ['紫色'], ['purple', 'lilac'], ['紫', '紫色']),
    'yellow': (['黄色', '柠檬黄', '鹅黄色'], ['黄色'], ['yellow'], ['黄', '黄色']),
    'orange': (['橙色', '橘色'], ['橙色', '橘黄色'], ['orange'], ['橙', '橙色']),
}
VAGUE = {'dark': (['深色', '深色的', '暗色'], ['深色'], ['dark'], ['深色']),
         'light': (['浅色', '浅色的', '淡色'], ['浅色'], ['light-coloured'], ['浅色'])}
COMPAT = {frozenset(x) for x in [('black', 'grey'), ('silver', 'white'), ('silver', 'grey'),
                                 ('gold', 'yellow'), ('pink', 'red'), ('pink', 'purple'),
                                 ('orange', 'red'), ('orange', 'yellow'), ('brown', 'orange')]}
DARK = {'black', 'grey', 'blue', 'brown', 'green', 'purple', 'red'}
LIGHT = {'white', 'silver', 'pink', 'yellow', 'grey', 'gold'}
MISSEE = {'grey': ['black'], 'silver': ['white', 'grey'], 'gold': ['yellow'], 'pink': ['red'],
          'purple': ['pink']}


def col_ok(a, b):
    if a == b:
        return True
    va, vb = a in VAGUE, b in VAGUE
    if va and vb:
        return a == b
    if va or vb:
        v, c = (a, b) if va else (b, a)
        return c in (DARK if v == 'dark' else LIGHT)
    return frozenset((a, b)) in COMPAT


def colour_word(grp, side):
    t = VAGUE.get(grp) or COL[grp]
    if side == 'own':
        return ch(t[0])
    if side == 'fnd':
        return ch(t[1])
    if side == 'en':
        return ch(t[2])
    return ch(t[3])


# brand key: (Chinese, English/latin as printed, pinyin, typo)
BRANDS = {
    'huawei': (['华为'], ['HUAWEI', 'Huawei'], ['huawei', 'hua wei'], ['华伟', '花为']),
    'apple': (['苹果'], ['Apple', 'apple'], ['pingguo'], ['平果', '苹菓']),
    'xiaomi': (['小米'], ['Xiaomi', 'MI', 'xiaomi'], ['xiao mi'], ['小咪']),
    'honor': (['荣耀'], ['HONOR', 'Honor'], ['rongyao'], ['荣曜', '容耀']),
    'oppo': (['OPPO', '欧珀'], ['OPPO', 'oppo'], ['ou po'], ['0PPO']),
    'vivo': (['vivo', '维沃'], ['vivo', 'VIVO'], ['weiwo'], ['viv0']),
    'samsung': (['三星'], ['Samsung', 'SAMSUNG'], ['sanxing'], ['三性']),
    'lenovo': (['联想'], ['Lenovo', 'lenovo'], ['lianxiang'], ['连想']),
    'sony': (['索尼'], ['SONY', 'Sony'], ['suoni'], ['索妮']),
    'dji': (['大疆'], ['DJI', 'dji'], ['dajiang'], ['大僵']),
    'dell': (['戴尔'], ['DELL', 'Dell'], ['daier'], ['带尔']),
    'canon': (['佳能'], ['Canon', 'CANON'], ['jianeng'], ['家能']),
    'fujifilm': (['富士'], ['FUJIFILM', 'Fujifilm'], ['fushi'], ['富仕']),
    'anker': (['安克'], ['Anker', 'ANKER'], ['anke'], ['安客']),
    'soundisle': (['声屿'], ['SoundIsle', 'SOUNDISLE'], ['shengyu'], ['声语']),
    'shiguang': (['拾光'], ['Shiguang', 'SHIGUANG'], ['shiguang'], ['十光']),
    'sandisk': (['闪迪'], ['SanDisk', 'SANDISK'], ['shandi'], ['闪笛']),
    'byd': (['比亚迪'], ['BYD', 'byd'], ['biyadi'], ['比亚笛']),
    'toyota': (['丰田'], ['TOYOTA', 'Toyota'], ['fengtian'], ['丰天']),
    'vw': (['大众'], ['Volkswagen', 'VW'], ['dazhong'], ['大重']),
    'tesla': (['特斯拉'], ['Tesla', 'TESLA'], ['tesila'], ['特斯啦']),
    'bmw': (['宝马'], ['BMW', 'bmw'], ['baoma'], ['宝吗']),
    'yadea': (['雅迪'], ['Yadea', 'YADEA'], ['yadi'], ['亚迪']),
    'aima': (['爱玛'], ['AIMA', 'Aima'], ['aima'], ['艾玛']),
    'tailg': (['台铃'], ['TAILG', 'Tailg'], ['tailing'], ['台玲']),
    'niu': (['小牛', '小牛电动'], ['NIU', 'niu'], ['xiaoniu'], ['小纽']),
    'feijing': (['飞鲸'], ['FEIJING', 'Feijing'], ['feijing'], ['飞京']),
    'giant': (['捷安特'], ['GIANT', 'Giant'], ['jieante'], ['洁安特']),
    'merida': (['美利达'], ['MERIDA', 'Merida'], ['meilida'], ['美丽达']),
    'xds': (['喜德盛'], ['XDS'], ['xidesheng'], ['喜得盛']),
    'dahon': (['大行'], ['DAHON', 'Dahon'], ['daxing'], ['大形']),
    'decathlon': (['迪卡侬'], ['DECATHLON', 'Decathlon'], ['dikanong'], ['迪卡农']),
    'samsonite': (['新秀丽'], ['Samsonite', 'SAMSONITE'], ['xinxiuli'], ['新秀莉']),
    'coach': (['蔻驰'], ['COACH', 'Coach'], ['kouchi'], ['寇驰', '扣驰']),
    'arcteryx': (['始祖鸟'], ["ARC'TERYX", 'Arcteryx'], ['shizuniao'], ['史祖鸟']),
    'muji': (['无印良品', '無印良品'], ['MUJI', 'muji'], ['wuyinliangpin'], ['无印凉品']),
    'shorel': (['拾岸'], ['SHORELINE', 'Shoreline'], ['shian'], ['十岸']),
    'beiye': (['北野'], ['BEIYE', 'Beiye'], ['beiye'], ['北夜']),
    'septwolves': (['七匹狼'], ['SEPTWOLVES'], ['qipilang'], ['七匹郎']),
    'goldlion': (['金利来'], ['Goldlion', 'GOLDLION'], ['jinlilai'], ['金利莱']),
    'montblanc': (['万宝龙'], ['MONTBLANC', 'Montblanc'], ['wanbaolong'], ['万宝隆']),
    'mujin': (['木槿'], ['MUJIN', 'Mujin'], ['mujin'], ['木谨']),
    'ctf': (['周大福'], ['CHOW TAI FOOK', 'CTF'], ['zhoudafu'], ['周大富']),
    'lfx': (['老凤祥'], ['LAOFENGXIANG'], ['laofengxiang'], ['老凤翔']),
    'pandora': (['潘多拉'], ['PANDORA', 'Pandora'], ['panduola'], ['潘朵拉']),
    'swarovski': (['施华洛世奇'], ['SWAROVSKI', 'Swarovski'], ['shihualuoshiqi'], ['施华洛世琪']),
    'ruijin': (['瑞金坊'], ['RUIJIN', 'Ruijin'], ['ruijinfang'], ['瑞锦坊']),
    'casio': (['卡西欧'], ['CASIO', 'Casio'], ['kaxiou'], ['卡西鸥']),
    'tissot': (['天梭'], ['TISSOT', 'Tissot'], ['tiansuo'], ['天索']),
    'longines': (['浪琴'], ['LONGINES', 'Longines'], ['langqin'], ['浪勤']),
    'montval': (['蒙瓦尔'], ['MONTVAL', 'Montval'], ['mengwaer'], ['蒙瓦儿']),
    'paradise': (['天堂伞', '天堂'], ['Paradise'], ['tiantang'], ['天唐']),
    'beneunder': (['蕉下'], ['BENEUNDER', 'Beneunder'], ['jiaoxia'], ['焦下']),
    'thermos': (['膳魔师'], ['THERMOS', 'Thermos'], ['shanmoshi'], ['善魔师']),
    'zojirushi': (['象印'], ['ZOJIRUSHI', 'Zojirushi'], ['xiangyin'], ['象引']),
    'bolon': (['暴龙'], ['BOLON', 'Bolon'], ['baolong'], ['暴笼']),
    'rayban': (['雷朋'], ['Ray-Ban', 'RayBan'], ['leipeng'], ['雷鹏']),
    'yonex': (['尤尼克斯'], ['YONEX', 'Yonex'], ['younikesi'], ['尤尼克思']),
    'lining': (['李宁'], ['LI-NING', 'Li Ning'], ['lining'], ['李林']),
}


def brand_word(bk, side, cat=None):
    zh, en, py, ty = BRANDS[bk]
    if bk == 'apple' and cat == 'phone':
        en = en + ['iPhone', 'iPhone']
    if side == 'en':
        return ch(en)
    r = R.random()
    if side == 'own':
        if r < 0.55:
            return ch(zh)
        if r < 0.8:
            return ch(en)
        if r < 0.9:
            return ch(py)
        return ch(ty)
    if r < 0.5:
        return ch(en)
    if r < 0.92:
        return ch(zh)
    return ch(py)


def model_forms(series, num, suffix):
    full = ('%s %s %s' % (series, num, suffix)).strip()
    forms = [full, full, '%s%s %s' % (series, num, suffix), ('%s%s%s' % (series, num, suffix)).lower(),
             '%s %s' % (series, num), '%s%s' % (series, num)]
    return [f.strip() for f in forms]


# ----------------------------------------------------------------- the hidden object
class Obj:
    def __init__(self, cat, kind):
        self.cat = cat
        self.kind = kind
        self.facts = {}
        self.order = []
        self.vis = set()
        self.known = set()
        self.say = {}
        self.fld = {}
        self.op = {}
        self.fp = {}
        self.mark = set()
        self.noun = None
        self.color_of = None
        self.model_f = None
        self.owner = None
        self.force = None
        self.subset = set()

    def add(self, key, val, own=None, fnd=None, en=None, vis=True, known=True, field=None,
            fown=None, ffnd=None, fen=None, op=0.5, fp=0.6, mark=False, subset=False):
        self.facts[key] = val
        if key not in self.order:
            self.order.append(key)
        if vis:
            self.vis.add(key)
        else:
            self.vis.discard(key)
        if known:
            self.known.add(key)
        self.say[key] = {'own': own or [], 'fnd': fnd or [], 'en': en or []}
        if field:
            self.fld[key] = (field, {'own': fown or own or [], 'fnd': ffnd or fnd or [],
                                     'en': fen or en or []})
        self.op[key] = op
        self.fp[key] = fp
        if mark:
            self.mark.add(key)
        if subset:
            self.subset.add(key)

    def set_kind(self, kind, spec, en_spec, op=0.6, fp=0.8):
        self.kind = kind
        self.add('kind', kind, op=op, fp=fp)
        self.noun['spec'] = spec
        self.noun['en_spec'] = en_spec

    def set_color(self, grp, op=0.85, fp=0.9, of=None):
        self.add('color', grp, op=op, fp=fp, field='color')
        self.color_of = of

    def set_brand(self, bk, op=0.7, fp=0.6, vis=True):
        self.add('brand', bk, op=op, fp=fp, field='brand', vis=vis)

    def set_model(self, key, forms, op=0.4, fp=0.3, vis=True):
        self.add('model', key, op=op, fp=fp, field='model', vis=vis)
        self.model_f = forms


def noun(gen, en, cls, spec=None, en_spec=None):
    return {'gen': gen, 'en': en, 'cls': cls, 'spec': spec or [], 'en_spec': en_spec or []}


def F(force, key, fn):
    """force[key] if given, else fn()."""
    if force and force.get(key) is not None:
        return force[key]
    return fn()


# ----------------------------------------------------------------- category generators
PHONE_MODELS = {
    'huawei': [('Mate', '70', 'Astra'), ('nova', '14', 'Breeze'), ('Pura', '80', 'Lite'), ('Mate X', '7', 'Fold'),
               ('畅享', '80', 'Plus')],
    'apple': [('iPhone', '16', 'Aero'), ('iPhone', '15', 'Slate'), ('iPhone', '14', 'Lumen'),
              ('iPhone', '16 Max', 'Coast')],
    'xiaomi': [('Xiaomi', '15', 'Tide'), ('Redmi K', '80', 'Surf'), ('Redmi Note', '14', 'Coral')],
    'honor': [('Magic', '7', 'Halo'), ('X', '60', 'Breeze'), ('HONOR', '300', 'Glide')],
    'oppo': [('Find X', '8', 'Lyra'), ('Reno', '13', 'Pearl'), ('A', '5', 'Vega')],
    'vivo': [('X', '200', 'Orbit'), ('S', '20', 'Lark'), ('iQOO', '13', 'Drift')],
    'samsung': [('Galaxy S', '25', 'Quill'), ('Galaxy Z Flip', '7', 'Dawn'), ('Galaxy A', '56', 'Mist')],
}
PHONE_BRANDS = [('huawei', 26), ('apple', 26), ('xiaomi', 12), ('honor', 9), ('oppo', 9), ('vivo', 9),
                ('samsung', 5)]
CASES = [
    ('clear', ['透明手机壳', '套了个透明壳'], ['透明保护壳', '带透明软壳'], ['a clear case']),
    ('black_leather', ['黑色皮质手机壳', '黑色皮套'], ['黑色皮质保护壳'], ['a black leather case']),
    ('pink_sil', ['粉色硅胶壳'], ['粉色硅胶保护壳'], ['a pink silicone case']),
    ('blue_sil', ['蓝色硅胶壳', '天蓝色的壳'], ['蓝色硅胶保护壳'], ['a blue silicone case']),
    ('card_case', ['带插卡位的手机壳', '壳后面能插卡的那种'], ['背面带卡槽的保护壳'], ['a wallet case with a card slot']),
    ('ring', ['壳上有个指环扣', '带金属指环支架的壳'], ['背面有指环支架'], ['a case with a ring holder']),
    ('bear', ['小熊图案的卡通壳'], ['卡通小熊图案手机壳'], ['a cartoon bear case']),
    ('wood', ['木纹壳'], ['木纹保护壳'], ['a wood-grain case']),
    ('mag', ['磁吸壳，背面有个圈'], ['带磁吸圈的保护壳'], ['a magnetic case']),
    ('none', ['没戴壳', '裸机没套壳'], ['无保护壳'], ['no case']),
    ('flip', ['翻盖皮套', '带翻盖的皮套'], ['翻盖式皮套'], ['a flip cover']),
    ('glitter', ['亮片流沙壳'], ['流沙亮片手机壳'], ['a glitter case']),
]
LOCKS = [
    ('girl', ['锁屏是我女儿的照片', '锁屏是我闺女'], ['锁屏为一名小女孩照片', '屏幕亮起是个小女孩的照片'],
     ['the lock screen is a photo of my daughter']),
    ('boy', ['锁屏是我儿子', '锁屏是我家小孩的照片'], ['锁屏是一个小男孩的照片'], ['lock screen shows my son']),
    ('cat', ['锁屏是我家橘猫', '锁屏是只橘猫'], ['锁屏是一只橘猫'], ['lock screen shows my orange cat']),
    ('dog', ['锁屏是我家柯基', '锁屏是一只小狗'], ['锁屏是一只柯基犬'], ['lock screen is my corgi']),
    ('sea', ['锁屏是海边日落', '锁屏是我拍的海'], ['锁屏图片为海边日落'], ['lock screen is a sunset over the sea']),
    ('couple', ['锁屏是我和我对象的合照'], ['锁屏是一男一女合照'], ['lock screen is a photo of me and my partner']),
    ('anime', ['锁屏是动漫人物'], ['锁屏为动漫图片'], ['lock screen is an anime character']),
    ('default', ['锁屏就是系统默认壁纸'], ['锁屏为系统默认壁纸'], ['default wallpaper on the lock screen']),
    ('mountain', ['锁屏是雪山'], ['锁屏是雪山风景'], ['lock screen is a snowy mountain']),
    ('flower', ['锁屏是向日葵'], ['锁屏是向日葵图片'], ['lock screen is sunflowers']),
]
STICKERS = [('dino', '小恐龙贴纸', 'a small dinosaur sticker'), ('dolphin', '海豚贴纸', 'a dolphin sticker'),
            ('moyu', '写着“摸鱼”的贴纸', 'a sticker with Chinese characters'),
            ('logo', '公司logo贴纸', 'a company logo sticker'),
            ('star', '星星贴纸', 'a star sticker'), ('cherry', '樱桃贴纸', 'a cherry sticker'),
            ('rocket', '小火箭贴纸', 'a rocket sticker'), ('wave', '海浪图案贴纸', 'a wave sticker')]
CRACKS = [('tr', '屏幕右上角碎了', '屏幕右上角有裂痕', 'the screen is cracked top right'),
          ('bl', '屏幕左下角有裂纹', '屏幕左下角碎裂', 'crack at the bottom left of the screen'),
          ('back', '后盖裂了', '后盖有裂纹', 'the back glass is cracked'),
          ('lens', '摄像头镜片裂了', '后置摄像头镜片破损', 'the camera lens is cracked')]
STRAPS = [('red', '挂着红色手机绳', '挂红色手机绳', 'a red phone strap'),
          ('pearl', '挂着珍珠手机链', '挂珍珠手机链', 'a pearl phone chain'),
          ('lanyard', '挂着一根长挂绳', '挂有长挂绳', 'a long lanyard'),
          ('bell', '挂着一个小铃铛', '挂有小铃铛挂件', 'a little bell charm')]
INSERTS = [('metro', '壳里夹着一张东港通', '壳内夹东港通交通卡一张', 'a transit card inside the case'),
           ('photo', '壳里夹着一张小照片', '壳内夹小照片一张', 'a small photo inside the case'),
           ('cash', '壳后面夹了一张一百块', '壳内夹现金100元', 'a 100-yuan note behind the case'),
           ('ticket', '壳里夹着一张电影票根', '壳内夹电影票根', 'a ticket stub inside the case')]


def gen_phone(force=None):
    o = Obj('phone', 'phone')
    o.noun = noun(['手机', '手机', '电话'], ['phone', 'mobile phone', 'cellphone'], '部')
    bk = F(force, 'brand', lambda: wch(PHONE_BRANDS))
    mdl = F(force, 'model', lambda: ch(PHONE_MODELS[bk]))
    col = F(force, 'color', lambda: ch(['black', 'black', 'black', 'white', 'silver', 'blue', 'green',
                                        'gold', 'purple', 'pink', 'grey']))
    o.set_color(col)
    o.set_brand(bk, op=0.8, fp=0.75)
    o.set_model(mdl, model_forms(*mdl), op=0.45, fp=0.25)
    imei = new_imei()
    o.add('imei', imei,
          own=[lambda: 'IMEI号' + ch(imei_forms(imei, 'own')), lambda: '串号' + ch(imei_forms(imei, 'own')) + '（包装盒上抄的）',
               lambda: 'IMEI后六位' + imei[-6:]],
          fnd=[lambda: '取出卡托，IMEI号' + ch(imei_forms(imei, 'fnd')), lambda: '卡托上IMEI为' + imei],
          en=[lambda: 'IMEI ' + ch(imei_forms(imei, 'own'))],
          field='serial', fown=[lambda: ch(imei_forms(imei, 'own'))], ffnd=[lambda: ch(imei_forms(imei, 'fnd'))],
          fen=[lambda: ch(imei_forms(imei, 'own'))], op=0.35, fp=0.12)
    c = F(force, 'case', lambda: ch(CASES))
    o.add('case', c[0], own=c[1], fnd=c[2], en=c[3], field='marks', op=0.55, fp=0.7, mark=True)
    if p(0.45):
        lk = ch(LOCKS)
        o.add('lock', lk[0], own=lk[1], fnd=lk[2], en=lk[3], field='marks', op=0.35, fp=0.35, mark=True)
    if p(0.4):
        s = ch(STICKERS)
        o.add('sticker', s[0], own=['背面贴了个' + s[1], '后面有' + s[1]], fnd=['背面有' + s[1]],
              en=['there is ' + s[2] + ' on the back'], field='marks', op=0.55, fp=0.6, mark=True)
    if p(0.25):
        c2 = ch(CRACKS)
        o.add('crack', c2[0], own=[c2[1]], fnd=[c2[2]], en=[c2[3]], field='marks', op=0.6, fp=0.6, mark=True)
    if p(0.18):
        s2 = ch(STRAPS)
        o.add('strap', s2[0], own=[s2[1]], fnd=[s2[2]], en=[s2[3]], field='marks', op=0.5, fp=0.6, mark=True)
    if p(0.15):
        s3 = ch(INSERTS)
        o.add('insert', s3[0], own=[s3[1]], fnd=[s3[2]], en=[s3[3]], field='marks', op=0.5, fp=0.5, mark=True)
    o.add('x_state', None, own=['打过去一直没人接', '打过去已经关机了', '手机开着静音', '电量不多了，估计已经没电'],
          en=['it is on silent', 'the battery was low'], vis=False, op=0.3)
    return o


WALLET_KINDS = [('long', ['长款钱包', '长钱包', '长款皮夹'], ['long wallet']),
                ('short', ['短款钱包', '对折钱包', '短钱包', '小皮夹'], ['bifold wallet', 'short wallet']),
                ('cardholder', ['卡包', '卡夹', '卡套式钱包'], ['card holder', 'card wallet']),
                ('coin', ['零钱包', '小零钱包'], ['coin purse'])]
WALLET_BRANDS = [('coach', 8), ('septwolves', 8), ('goldlion', 7), ('montblanc', 4), ('mujin', 6),
                 ('muji', 4), (None, 30)]
W_ITEMS = {
    'gymcard': ('云栖健身的会员卡', '云栖健身会员卡一张', 'a Cloudhaven gym card'),
    'coffeecard': ('鹿角咖啡储值卡', '鹿角咖啡储值卡一张', 'an Antler Coffee card'),
    'transit': ('东港通交通卡', '东港通交通卡一张', 'a Donggang transit card'),
    'bizcards': ('一些名片', '名片若干', 'some business cards'),
    'medcard': ('医保卡', '医保卡一张', 'a medical insurance card'),
    'photo': ('一张小孩的照片', '儿童照片一张', 'a photo of my kid'),
    'receipts': ('几张小票', '购物小票数张', 'some receipts'),
    'smallkey': ('一把小钥匙', '小钥匙一把', 'a small key'),
    'hotelcard': ('希岸酒店的房卡', '希岸酒店房卡一张', 'a Seashore hotel key card'),
    'stamp': ('一枚印章', '私章一枚', 'a name stamp'),
    'driver': ('驾驶证', '驾驶证一本', 'my driving licence'),
    'idcard': ('身份证', '身份证一张', 'my ID card'),
}


def items_clause(keys, side, items, lead):
    ks = sorted(keys)
    R.shuffle(ks)
    col = {'own': 0, 'fnd': 1, 'en': 2}[side]
    words = [items[k][col] for k in ks]
    if side == 'en':
        return lead + ', '.join(words)
    return lead + '、'.join(words)


def add_name_facts(o, person, op_name=0.6, fp_name=0.85, idno=False, op_id=0.35, fp_id=0.6):
    n = person['name']
    if person['foreign']:
        up = person['last'].upper() + ' ' + person['first'].upper()
        o.add('name', n, own=['名字是' + n, '上面名字' + n], fnd=['持有人' + up, '姓名' + up, '姓名' + n],
              en=['name on it: ' + n, 'my name is ' + n], op=op_name, fp=fp_name)
    else:
        o.add('name', n, own=['名字是' + n, '上面是我的名字' + n, '姓名' + n, '（本人' + n + '）'],
              fnd=[lambda: '姓名' + mask_name(n), lambda: '持证人' + mask_name(n), lambda: '证件姓名：' + mask_name(n)],
              en=['name ' + n], op=op_name, fp=fp_name)
    if idno and not person['foreign']:
        v = person['idno']
        o.add('idno', v, own=[lambda: '身份证号' + ch(id_forms(v, 'own'))],
              fnd=[lambda: '证号' + ch(id_forms(v, 'fnd')), lambda: '公民身份号码' + ch(id_forms(v, 'fnd'))],
              en=[lambda: 'ID number ' + v], field='serial', fown=[lambda: ch(id_forms(v, 'own'))],
              ffnd=[lambda: ch(id_forms(v, 'fnd'))], op=op_id, fp=fp_id)


def add_cards(o, n, person, op=0.45, fp=0.75):
    cards = []
    for _ in range(n):
        b = ch(BANKS)
        cards.append((b[0], new_tail()))
    tails = frozenset(t for _, t in cards)
    bymap = dict((t, b) for b, t in cards)

    def own_c(sub):
        parts = []
        for t in sorted(sub):
            parts.append(ch(['%s卡%s' % (bymap[t], ch(card_forms(bymap[t], t, 'own'))),
                             '一张%s的卡（%s）' % (bymap[t], ch(card_forms(bymap[t], t, 'own')))]))
        return ch(['还有', '有', '里面有']) + '、'.join(parts)

    def fnd_c(sub):
        parts = ['%s %s' % (bymap[t], ch(card_forms(bymap[t], t, 'fnd'))) for t in sorted(sub)]
        return '银行卡%s张（%s）' % (cn_num(len(sub)) if len(sub) != 2 else '两', '、'.join(parts))

    def en_c(sub):
        return 'bank card ending ' + ' and '.join(sorted(sub))
    o.add('cards', tails, own=own_c, fnd=fnd_c, en=en_c, field='serial',
          fown=lambda sub: ch(card_forms(bymap[min(sub)], min(sub), 'own')),
          ffnd=lambda sub: ', '.join(ch(card_forms(bymap[t], t, 'fnd')) for t in sorted(sub)),
          fen=lambda sub: 'card ending ' + min(sub), op=op, fp=fp, subset=True)


def cash_words_own(amt):
    r = R.random()
    if r < 0.3:
        return '%d块左右' % (int(round(amt, -1)))
    if r < 0.55:
        return '大概%s' % (cn_num(int(round(amt, -2))) + '块' if amt >= 100 else str(amt) + '块')
    if r < 0.75:
        return '%d元' % amt
    if amt >= 200:
        return '%d多块' % (int(amt // 100 * 100))
    return '%d块钱' % amt


def add_cash(o, amt, op=0.6, fp=0.9, where='现金'):
    o.add('cash', amt, own=[lambda: where + cash_words_own(amt), lambda: '里面有' + where + cash_words_own(amt)],
          fnd=[lambda: '现金%d元' % amt, lambda: '现金人民币%d元' % amt, lambda: '内有现金%d元' % amt],
          en=[lambda: ('about %d yuan in cash' % int(round(amt, -1))) if amt >= 100 else '%d yuan in cash' % amt],
          op=op, fp=fp)


def gen_wallet(force=None, owner=None):
    o = Obj('wallet', 'wallet')
    o.noun = noun(['钱包', '钱包', '皮夹', '钱夹'], ['wallet'], '个')
    person = owner or new_person()
    o.owner = person
    k = F(force, 'kind', lambda: wch([(WALLET_KINDS[0], 30), (WALLET_KINDS[1], 40), (WALLET_KINDS[2], 20),
                                      (WALLET_KINDS[3], 10)]))
    if isinstance(k, str):
        k = [x for x in WALLET_KINDS if x[0] == k][0]
    o.set_kind(k[0], k[1], k[2], op=0.55, fp=0.85)
    col = F(force, 'color', lambda: ch(['black', 'black', 'black', 'brown', 'brown', 'red', 'pink', 'blue',
                                        'grey', 'white', 'green']))
    o.set_color(col)
    bk = F(force, 'brand', lambda: wch(WALLET_BRANDS))
    if bk:
        o.set_brand(bk, op=0.6, fp=0.7)
    mat = ch([('leather', ['真皮的', '牛皮的', '皮的'], ['皮质', '皮革材质'], ['leather']),
              ('leather', ['真皮的', '皮的'], ['皮质'], ['leather']),
              ('nylon', ['尼龙的', '布的'], ['尼龙材质'], ['nylon']),
              ('canvas', ['帆布的'], ['帆布材质'], ['canvas'])])
    o.add('material', mat[0], own=mat[1], fnd=mat[2], en=mat[3], op=0.25, fp=0.45)
    items = []
    if p(0.5) and k[0] != 'coin':
        items.append('idcard')
    if p(0.25) and k[0] in ('long', 'short'):
        items.append('driver')
    if p(0.3) and person['foreign']:
        items = [x for x in items if x not in ('idcard', 'driver')] + ['hotelcard']
    extra = [x for x in ['gymcard', 'coffeecard', 'transit', 'bizcards', 'medcard', 'photo', 'receipts',
                         'smallkey', 'stamp'] if p(0.2)]
    items += extra
    if person['foreign']:
        items = [x for x in items if x not in ('idcard', 'driver', 'medcard', 'stamp')]
    if force and force.get('with_id'):
        if 'idcard' not in items:
            items.append('idcard')
    if items:
        o.add('contents', frozenset(items),
              own=lambda sub: items_clause(sub, 'own', W_ITEMS, ch(['里面有', '里边有', '装着'])),
              fnd=lambda sub: items_clause(sub, 'fnd', W_ITEMS, ch(['内有', '内装', '经清点内有'])),
              en=lambda sub: items_clause(sub, 'en', W_ITEMS, 'inside: '),
              field='marks', op=0.65, fp=0.85, mark=True, subset=True)
    if 'idcard' in items or 'driver' in items or 'medcard' in items or 'gymcard' in items and p(0.5):
        add_name_facts(o, person, op_name=0.5, fp_name=0.85, idno=('idcard' in items or 'driver' in items),
                       op_id=0.3, fp_id=0.5)
    if k[0] != 'coin' and p(0.8):
        add_cards(o, ch([1, 1, 2, 2, 3]), person)
    if p(0.75):
        amt = ch([ri(20, 300), ri(100, 800), ri(500, 2500)]) if k[0] != 'coin' else ri(5, 80)
        add_cash(o, amt)
    o.add('x_feel', None, own=['证件补办很麻烦', '钱无所谓，证件和卡很重要', '里面的东西对我很重要'],
          en=['the cards matter more than the cash'], vis=False, op=0.3)
    return o


ID_KINDS = ['idcard', 'idcard', 'idcard', 'driver', 'passport_cn', 'passport_f', 'hkmo', 'badge', 'badge',
            'student', 'social', 'expo_badge', 'bankcard']
HOLDERS = [('sleeve', '卡套', 'card sleeve'), ('lanyard', '挂绳', 'lanyard'), ('case', '证件皮套', 'leather cover')]


def gen_id_doc(force=None, owner=None):
    o = Obj('id_doc', 'idcard')
    kind = F(force, 'kind', lambda: ch(ID_KINDS if not (force and force.get('color')) else
                                       [x for x in ID_KINDS if x not in ('passport_cn', 'passport_f', 'hkmo')]))
    if owner is not None:
        if owner['foreign']:
            kind = 'passport_f'
        elif kind == 'passport_f':
            kind = 'passport_cn'
    foreign = kind == 'passport_f'
    person = owner or new_person(foreign=foreign, role=('expo' if kind == 'expo_badge' else
                                                       'intern' if kind == 'student' else None))
    o.owner = person
    if kind == 'idcard':
        o.noun = noun(['证件', '卡'], ['ID card'], '张', ['身份证', '居民身份证', '身份证', '二代证'], ['ID card'])
        o.set_kind(kind, o.noun['spec'], o.noun['en_spec'], op=0.98, fp=0.98)
        add_name_facts(o, person, op_name=0.75, fp_name=0.9, idno=True, op_id=0.5, fp_id=0.7)
    elif kind == 'driver':
        o.noun = noun(['证件'], ['driving licence'], '本', ['驾驶证', '驾照', '机动车驾驶证'], ['driving licence'])
        o.set_kind(kind, o.noun['spec'], o.noun['en_spec'], op=0.98, fp=0.98)
        add_name_facts(o, person, op_name=0.7, fp_name=0.9, idno=True, op_id=0.4, fp_id=0.7)
        cls = ch(['C1', 'C1', 'C2', 'B2'])
        o.add('dclass', cls, own=['准驾车型' + cls, cls + '的'], fnd=['准驾车型' + cls], op=0.2, fp=0.4)
    elif kind == 'passport_cn':
        o.noun = noun(['证件'], ['passport'], '本', ['护照', '中国护照', '因私护照'], ['passport'])
        o.set_kind(kind, o.noun['spec'], o.noun['en_spec'], op=0.98, fp=0.98)
        add_name_facts(o, person, op_name=0.75, fp_name=0.9)
        pn = uniq('passno', lambda: 'E' + ch(UPP) + digits(7))
        o.add('docno', pn, own=['护照号' + pn, '护照号码' + pn], fnd=['护照号' + pn, '证件号码' + pn[:3] + '****' + pn[-2:]],
              field='serial', fown=[pn], ffnd=[pn, pn[:3] + '****' + pn[-2:]], op=0.35, fp=0.6)
    elif kind == 'passport_f':
        nat = person['nat']
        o.noun = noun(['证件'], ['passport'], '本', ['护照', nat[0] + '护照', '外国护照'], [nat[1] + ' passport', 'passport'])
        o.set_kind(kind, o.noun['spec'], o.noun['en_spec'], op=0.98, fp=0.98)
        o.add('nat', nat[0], own=[nat[0] + '护照'], fnd=['国籍：' + nat[0], nat[0] + '籍'], en=[nat[1] + ' passport'], op=0.8, fp=0.9)
        add_name_facts(o, person, op_name=0.85, fp_name=0.9)
        pn = uniq('passno', lambda: ch(UPP) + ch(DIG + UPP) + ch(UPP) + digits(2) + ch(UPP) + digits(3))
        o.add('docno', pn, own=['护照号' + pn], fnd=['护照号' + pn, '护照号码' + pn[:3] + '***' + pn[-3:]],
              en=['passport number ' + pn, 'No. ' + pn], field='serial', fown=[pn], ffnd=[pn, pn[:3] + '***' + pn[-3:]],
              fen=[pn], op=0.45, fp=0.7)
        if p(0.5):
            o.add('visa', True, own=['里面夹着签证页和入境卡'], fnd=['内夹入境卡一张'], en=['my arrival card is inside'],
                  op=0.4, fp=0.5)
    elif kind == 'hkmo':
        o.noun = noun(['证件'], ['travel permit'], '本', ['港澳通行证', '往来港澳通行证'], ['HK/Macau travel permit'])
        o.set_kind(kind, o.noun['spec'], o.noun['en_spec'], op=0.98, fp=0.98)
        add_name_facts(o, person, op_name=0.75, fp_name=0.9)
        pn = uniq('passno', lambda: 'C' + digits(8))
        o.add('docno', pn, own=['证件号' + pn], fnd=['证件号' + pn[:2] + '****' + pn[-3:]], field='serial',
              fown=[pn], ffnd=[pn, pn[:2] + '****' + pn[-3:]], op=0.3, fp=0.6)
    elif kind in ('badge', 'expo_badge'):
        if kind == 'badge':
            o.noun = noun(['卡', '证件'], ['staff badge'], '张', ['工牌', '员工卡', '工作证', '工卡'], ['staff badge', 'work ID'])
            comp = person['company']
            sn = uniq('staffno', lambda: person['company_code'] + '-' + digits(5))
        else:
            o.noun = noun(['证件', '胸卡'], ['expo badge'], '张', ['参展证', '展会证件', '展商证', '海博会证件'],
                          ['exhibitor badge', 'expo badge'])
            comp = person['company']
            sn = uniq('staffno', lambda: 'HB26-' + digits(6))
        o.set_kind(kind, o.noun['spec'], o.noun['en_spec'], op=0.98, fp=0.98)
        add_name_facts(o, person, op_name=0.7, fp_name=0.9)
        o.add('company', comp, own=[comp + '的', '公司是' + comp], fnd=['单位：' + comp, '印有“' + comp + '”字样'],
              en=['company ' + comp], op=0.7, fp=0.85)
        o.add('staffno', sn, own=['工号' + sn, '编号' + sn], fnd=['编号' + sn, '卡号' + sn.replace('-', '')],
              en=['badge no. ' + sn], field='serial', fown=[sn, sn.replace('-', '')], ffnd=[sn, sn.replace('-', '')],
              fen=[sn], op=0.3, fp=0.5)
    elif kind == 'student':
        sch = person['school']
        o.noun = noun(['证件', '卡'], ['student card'], '张', ['学生证', '实习证', '校园卡'], ['student card'])
        o.set_kind(kind, o.noun['spec'], o.noun['en_spec'], op=0.98, fp=0.98)
        add_name_facts(o, person, op_name=0.75, fp_name=0.9)
        o.add('company', sch[0], own=[sch[0] + '的'], fnd=['学校：' + sch[0], '印有' + sch[0]], op=0.8, fp=0.9)
        sn = uniq('staffno', lambda: '20%02d%s' % (ri(21, 25), digits(6)))
        o.add('staffno', sn, own=['学号' + sn], fnd=['学号' + sn], field='serial', fown=[sn], ffnd=[sn], op=0.45,
              fp=0.6)
    elif kind == 'social':
        o.noun = noun(['卡', '证件'], ['social security card'], '张', ['社保卡', '社会保障卡'], ['social security card'])
        o.set_kind(kind, o.noun['spec'], o.noun['en_spec'], op=0.98, fp=0.98)
        add_name_facts(o, person, op_name=0.75, fp_name=0.9, idno=True, op_id=0.35, fp_id=0.6)
    elif kind == 'bankcard':
        o.noun = noun(['卡'], ['bank card'], '张', ['银行卡', '借记卡', '信用卡'], ['bank card'])
        o.set_kind(kind, o.noun['spec'], o.noun['en_spec'], op=0.98, fp=0.98)
        add_cards(o, 1, person, op=0.85, fp=0.9)
    if kind not in ('passport_cn', 'passport_f', 'hkmo') and (p(0.55) or (force and force.get('color'))):
        h = ch(HOLDERS[:2])
        col = F(force, 'color', lambda: ch(['blue', 'black', 'red', 'green', 'pink', 'white', 'brown']))
        o.set_color(col, op=0.7, fp=0.85, of=h[1])
        hp = {'sleeve': (['装在卡套里', '套着卡套'], ['带卡套', '装于卡套内'], ['in a card sleeve']),
              'lanyard': (['挂在挂绳上', '拴着挂绳'], ['带挂绳', '系有挂绳'], ['on a lanyard'])}[h[0]]
        o.add('holder', h[0], own=hp[0], fnd=hp[1], en=hp[2], op=0.5, fp=0.6)
    elif kind in ('passport_cn', 'passport_f'):
        col = 'red' if kind == 'passport_cn' else person['nat'][2]
        o.set_color(col, op=0.4, fp=0.6, of='封皮')
    elif kind == 'driver' and p(0.6):
        o.set_color(F(force, 'color', lambda: ch(['brown', 'black'])), op=0.5, fp=0.7, of='皮套')
    return o


PENDANTS = [('bear', '小熊挂件', 'a little bear charm'), ('dolphin', '海豚挂件', 'a dolphin charm'),
            ('ball', '小篮球挂件', 'a mini basketball'), ('amulet', '平安符', 'a red amulet'),
            ('duck', '黄色小鸭子', 'a yellow duck'), ('letter', '金属字母L挂件', 'a metal letter L'),
            ('opener', '开瓶器', 'a bottle opener'), ('rabbit', '毛绒兔子挂件', 'a plush rabbit'),
            ('shell', '贝壳挂件', 'a seashell charm'), ('lego', '积木小人', 'a toy-brick figure'),
            ('torch', '小手电', 'a mini torch'), ('knot', '中国结', 'a Chinese knot')]
PEND_COL = {'bear': 'brown', 'dolphin': 'blue', 'ball': 'orange', 'amulet': 'red', 'duck': 'yellow',
            'letter': 'silver', 'opener': 'silver', 'rabbit': 'pink', 'shell': 'white', 'lego': 'yellow',
            'torch': 'black', 'knot': 'red'}
CAR_BRANDS = [('byd', 30), ('toyota', 20), ('vw', 20), ('tesla', 10), ('bmw', 10)]
ACCESS = [('hc', '海岸中心'), ('ifc_e', 'IFC东塔'), ('ifc_w', 'IFC西塔'), ('jinfan', '金帆大厦'),
          ('yungang', '云港大厦'), ('res_hy', '海韵花园'), ('res_lt', '澜庭公寓')]


def gen_keys(force=None, owner=None):
    o = Obj('keys', 'ring')
    o.noun = noun(['钥匙', '一串钥匙', '钥匙串'], ['keys', 'set of keys'], '串')
    o.owner = owner or new_person()
    kind = F(force, 'kind', lambda: wch([('ring', 60), ('car', 30), ('ebike', 10)]))
    if kind == 'car':
        o.noun = noun(['钥匙', '钥匙'], ['car key'], '把', ['车钥匙', '汽车钥匙', '遥控钥匙'], ['car key', 'car key fob'])
        o.set_kind('car', o.noun['spec'], o.noun['en_spec'], op=0.9, fp=0.9)
        bk = F(force, 'brand', lambda: wch(CAR_BRANDS))
        o.set_brand(bk, op=0.85, fp=0.8)
    elif kind == 'ebike':
        o.noun = noun(['钥匙'], ['e-bike key'], '把', ['电动车钥匙', '电瓶车钥匙'], ['e-bike key'])
        o.set_kind('ebike', o.noun['spec'], o.noun['en_spec'], op=0.9, fp=0.9)
        bk = F(force, 'brand', lambda: ch(['yadea', 'aima', 'tailg', 'niu']))
        o.set_brand(bk, op=0.7, fp=0.7)
    else:
        o.set_kind('ring', ['钥匙串', '一串钥匙'], ['bunch of keys'], op=0.3, fp=0.5)
    n = ri(1, 3) if kind != 'ring' else ri(2, 6)
    if kind == 'car':
        n = ri(0, 3)
    if n:
        o.add('nkeys', n, own=['%s把钥匙' % ('两' if n == 2 else cn_num(n)), '大概%d把钥匙' % n],
              fnd=['钥匙%d把' % n, '共%d把钥匙' % n], en=['%d keys' % n], op=0.5, fp=0.75)
    rg = ch([('metal', ['普通金属钥匙圈', '就是个铁圈'], ['金属钥匙圈'], ['a plain metal ring']),
             ('carabiner', ['登山扣', '用登山扣扣着'], ['登山扣'], ['a carabiner']),
             ('retract', ['伸缩易拉扣', '挂在易拉扣上'], ['伸缩易拉扣'], ['a retractable clip']),
             ('pouch', ['装在一个小皮钥匙包里', '皮质钥匙包'], ['皮质钥匙包'], ['a small leather key pouch']),
             ('lanyard', ['拴在一根短挂绳上', '挂绳'], ['短挂绳'], ['a short lanyard'])])
    o.add('holder', rg[0], own=rg[1], fnd=rg[2], en=rg[3], op=0.35, fp=0.6, mark=True)
    pd = None
    if p(0.6) or kind == 'ring':
        pd = F(force, 'pendant', lambda: ch(PENDANTS))
        o.add('pendant', pd[0], own=['挂着一个' + pd[1], '上面挂了' + pd[1]], fnd=['挂有' + pd[1], '钥匙圈上有' + pd[1]],
              en=['with ' + pd[2]], field='marks', op=0.7, fp=0.85, mark=True)
    col = F(force, 'color', lambda: PEND_COL[pd[0]] if pd else ch(['black', 'silver']))
    o.set_color(col, op=0.6, fp=0.7, of=('挂件' if pd else '钥匙壳'))
    if p(0.45):
        ac = F(force, 'access', lambda: ch(ACCESS))
        acol = ch(['蓝色', '白色', '黑色', '红色'])
        o.add('access', ac[0], own=['还有一张%s的门禁卡' % ac[1], '带着%s门禁卡（%s）' % (ac[1], acol)],
              fnd=['附门禁卡一张（%s）' % acol + ('，卡面印“%s”' % ac[1] if p(0.6) else ''), '带%s门禁卡' % acol],
              en=['with an access card for ' + pname(ac[0], 'en')], op=0.6, fp=0.7, mark=True, field='marks')
        o.facts['access'] = (ac[0], acol)
    if p(0.25):
        tag = ch(['1802', '602', 'B-17', '3单元', '家', '办公室', '储藏室'])
        o.add('tag', tag, own=['有一把上面贴着“%s”的标签' % tag], fnd=['其中一把钥匙贴有“%s”字样标签' % tag],
              en=['one key has a tag "%s"' % tag], op=0.6, fp=0.7, mark=True, field='marks')
    return o


EBIKE_MODELS = {'yadea': [('风行', 'E5', ''), ('冠途', 'G7', 'Sea'), ('M', '6', 'Lite')],
                'aima': [('A', '500', ''), ('蜜豆', 'Q3', ''), ('AM', '9', 'Plus')],
                'tailg': [('T', '70', ''), ('翡翠', '3', ''), ('TG', '22', 'Pro')],
                'niu': [('NQi', '3', 'Tide'), ('UQ', '3', ''), ('MQ', '5', 'Lite')],
                'feijing': [('F', '1', ''), ('鲸跃', 'S', ''), ('F', '3', 'Max')]}
EB_MARKS = [('basket', '前面有车筐', '带前车筐', 'front basket'),
            ('childseat', '后座装了儿童座椅', '后座有儿童座椅', 'child seat on the back'),
            ('canopy', '装了遮阳雨棚', '加装遮阳棚', 'a sun canopy'),
            ('helmet', '车把上挂着一个%s头盔', '车把挂%s头盔一个', 'a helmet on the handlebar'),
            ('phone', '车把上装了手机支架', '车把有手机支架', 'a phone holder'),
            ('sticker', '车身贴了个“外卖骑士”的贴纸', '车身有“外卖骑士”贴纸', 'a sticker'),
            ('box', '后面有个外卖箱', '后座有外卖保温箱', 'a delivery box'),
            ('scratch', '左边车壳有一道刮痕', '左侧车壳有刮痕', 'a scratch on the left panel'),
            ('mirror', '右边后视镜断了', '右后视镜缺失', 'the right mirror is broken')]


def ebike_plate():
    return uniq('ebplate', lambda: '东港' + ch('ABCDE') + digits(5))


def plate_forms(v):
    return [v, v[:3] + '·' + v[3:], v[:2] + ' ' + v[2:], v[2:], v[:3] + ' ' + v[3:]]


def gen_ebike(force=None, owner=None):
    o = Obj('ebike', 'ebike')
    o.noun = noun(['电动车', '电瓶车', '电动自行车', '小电驴'], ['e-bike'], '辆')
    o.owner = owner or new_person(role=ch(['office', 'courier', 'resident']))
    bk = F(force, 'brand', lambda: ch(['yadea', 'yadea', 'aima', 'aima', 'tailg', 'niu', 'feijing']))
    mdl = F(force, 'model', lambda: ch(EBIKE_MODELS[bk]))
    o.set_color(F(force, 'color', lambda: ch(['white', 'black', 'blue', 'red', 'grey', 'green', 'pink', 'yellow'])),
                op=0.95, fp=0.95)
    o.set_brand(bk, op=0.85, fp=0.85)
    o.set_model(mdl, model_forms(*mdl), op=0.3, fp=0.35)
    pl = ebike_plate()
    o.add('plate', pl, own=[lambda: '车牌' + ch(plate_forms(pl)), lambda: '牌照号' + ch(plate_forms(pl))],
          fnd=[lambda: '车牌' + ch(plate_forms(pl)), lambda: '号牌' + ch(plate_forms(pl))],
          field='serial', fown=[lambda: ch(plate_forms(pl))], ffnd=[lambda: ch(plate_forms(pl))], op=0.8, fp=0.8)
    fr = uniq('frame', lambda: ch(UPP) + ch(UPP + DIG) + ch(UPP) + digits(12))
    o.add('frame', fr, own=[lambda: '车架号' + ch([fr, fr[-6:], fr.lower()]), lambda: '车架号后六位' + fr[-6:]],
          fnd=[lambda: '车架号' + ch([fr, fr[:5] + ' ' + fr[5:]])], field='serial',
          fown=[fr, fr[-6:]], ffnd=[fr], op=0.3, fp=0.35)
    for m in [m for m in EB_MARKS if p(0.28)][:3]:
        hc = ch(['黄色', '白色', '黑色', '粉色'])
        o.add('m_' + m[0], m[0], own=[m[1].replace('%s', hc)], fnd=[m[2].replace('%s', hc)], en=[m[3]],
              field='marks', op=0.6, fp=0.7, mark=True)
    bat = ch(['48V', '60V', '72V'])
    o.add('x_battery', None, own=['电池是%s的' % bat, '电瓶%s' % bat], vis=False, op=0.3)
    return o


BIKE_MODELS = {'giant': [('ATX', '8', 'Breeze'), ('Escape', '3', 'City'), ('TCR', 'SL', 'Dune')],
               'merida': [('Scultura', '3', 'Lite'), ('Crossway', '20', 'Urban'), ('勇士', '600', '')],
               'xds': [('幻影', 'X7', ''), ('RC', '300', ''), ('CX', '8', '')],
               'dahon': [('K', '3', 'Plus'), ('P', '8', 'Lite'), ('Curl', '9', '')],
               'decathlon': [('RC', '120', ''), ('Riverside', '500', ''), ('Tilt', '120', '')]}
BIKE_TYPES = [('road', ['公路车', '公路自行车'], 'road bike'), ('mtb', ['山地车', '山地自行车'], 'mountain bike'),
              ('fold', ['折叠车', '折叠自行车'], 'folding bike'), ('city', ['通勤车', '城市自行车'], 'city bike')]
BK_MARKS = [('bell', '车把上有个铜车铃', '车把有铜铃', 'a brass bell'), ('basket', '前面装了车筐', '带前车筐', 'a front basket'),
            ('computer', '装了码表', '车把有码表', 'a bike computer'), ('rack', '后面有货架', '带后货架', 'a rear rack'),
            ('bottle', '车架上有水壶架', '车架有水壶架', 'a bottle cage'),
            ('tape', '车把缠的是%s把带', '车把带为%s', 'coloured bar tape'),
            ('light', '后面有红色尾灯', '带红色尾灯', 'a red tail light'),
            ('lock', '挂着一把U型锁', '车上挂U型锁一把', 'a U-lock on it')]


def gen_bicycle(force=None, owner=None):
    o = Obj('bicycle', 'bicycle')
    o.noun = noun(['自行车', '单车', '车'], ['bike', 'bicycle'], '辆')
    o.owner = owner or new_person()
    bk = F(force, 'brand', lambda: ch(['giant', 'giant', 'merida', 'xds', 'dahon', 'decathlon']))
    mdl = F(force, 'model', lambda: ch(BIKE_MODELS[bk]))
    t = F(force, 'kind', lambda: ch(BIKE_TYPES))
    if isinstance(t, str):
        t = [x for x in BIKE_TYPES if x[0] == t][0]
    o.set_kind(t[0], t[1], [t[2]], op=0.8, fp=0.8)
    o.set_color(F(force, 'color', lambda: ch(['black', 'white', 'blue', 'red', 'grey', 'green', 'orange', 'yellow'])),
                op=0.95, fp=0.95)
    o.set_brand(bk, op=0.8, fp=0.8)
    o.set_model(mdl, model_forms(*mdl), op=0.35, fp=0.35)
    fr = uniq('frame', lambda: ch(UPP) + ch(UPP) + digits(2) + ch(UPP) + digits(6))
    o.add('frame', fr, own=[lambda: '车架号' + ch([fr, fr.lower(), fr[:4] + ' ' + fr[4:]]), lambda: '五通下面的车架号' + fr],
          fnd=[lambda: '车架钢印号' + fr, lambda: '车架号' + fr], field='serial', fown=[fr, fr.lower()],
          ffnd=[fr], op=0.35, fp=0.4)
    for m in [m for m in BK_MARKS if p(0.3)][:3]:
        tc = ch(['红色', '白色', '黑色', '蓝色'])
        o.add('m_' + m[0], m[0], own=[m[1].replace('%s', tc)], fnd=[m[2].replace('%s', tc)], en=[m[3]],
              field='marks', op=0.6, fp=0.7, mark=True)
    return o


BAG_KINDS = [('backpack', ['双肩包', '背包', '双肩背包'], ['backpack'], 30),
             ('laptopbag', ['电脑包', '公文包', '手提电脑包'], ['laptop bag'], 15),
             ('tote', ['托特包', '帆布包', '帆布袋'], ['tote bag'], 15),
             ('handbag', ['手提包', '女士手提包', '包包'], ['handbag'], 15),
             ('crossbody', ['斜挎包', '单肩包', '小挎包'], ['crossbody bag', 'shoulder bag'], 12),
             ('suitcase', ['行李箱', '拉杆箱', '登机箱'], ['suitcase', 'carry-on'], 8),
             ('gym', ['健身包', '运动包'], ['gym bag'], 5)]
BAG_BRANDS = {'backpack': ['xiaomi', 'samsonite', 'arcteryx', 'decathlon', 'shorel', 'beiye', None],
              'laptopbag': ['samsonite', 'lenovo', 'shorel', None],
              'tote': ['muji', 'shorel', 'beiye', None, None],
              'handbag': ['coach', 'mujin', 'beiye', None],
              'crossbody': ['coach', 'arcteryx', 'muji', 'decathlon', None],
              'suitcase': ['samsonite', 'xiaomi', 'beiye', None],
              'gym': ['decathlon', 'lining', 'arcteryx', None]}
B_ITEMS = {
    'laptop_apple': ('一台苹果笔记本', '苹果笔记本电脑一台', 'a MacBook'),
    'laptop_lenovo': ('联想笔记本电脑', '联想笔记本电脑一台', 'a Lenovo laptop'),
    'laptop_huawei': ('华为笔记本', '华为笔记本电脑一台', 'a Huawei laptop'),
    'docs': ('一袋合同文件', '文件袋一个（内有合同材料）', 'a folder of contracts'),
    'lunch': ('饭盒', '饭盒一个', 'a lunch box'),
    'umbrella': ('一把折叠伞', '折叠伞一把', 'a folding umbrella'),
    'charger': ('充电器和数据线', '充电器、数据线', 'a charger and cables'),
    'powerbank': ('充电宝', '充电宝一个', 'a power bank'),
    'cosmetics': ('化妆包', '化妆包一个', 'a make-up bag'),
    'clothes': ('换洗衣服', '衣物若干', 'some clothes'),
    'gymclothes': ('运动服和毛巾', '运动服、毛巾', 'gym clothes and a towel'),
    'books': ('两本书', '书籍两本', 'two books'),
    'bottle': ('保温杯', '保温杯一个', 'a thermos bottle'),
    'brochures': ('海博会的展会资料', '展会宣传资料若干', 'expo brochures'),
    'medicine': ('一些药', '药品若干', 'some medicine'),
    'toy': ('小孩的玩具', '儿童玩具一个', "my kid's toy"),
    'earphones': ('耳机', '耳机一副', 'earphones'),
    'shoes': ('一双运动鞋', '运动鞋一双', 'a pair of trainers'),
}


def gen_bag(force=None, owner=None):
    o = Obj('bag', 'backpack')
    o.noun = noun(['包', '包', '包包'], ['bag'], '个')
    person = owner or new_person()
    o.owner = person
    k = F(force, 'kind', lambda: wch([(x, x[3]) for x in BAG_KINDS]))
    if isinstance(k, str):
        k = [x for x in BAG_KINDS if x[0] == k][0]
    if k[0] == 'suitcase':
        o.noun = noun(['箱子', '行李'], ['suitcase'], '个')
    o.set_kind(k[0], k[1], k[2], op=0.85, fp=0.9)
    o.set_color(F(force, 'color', lambda: ch(['black', 'black', 'grey', 'blue', 'white', 'brown', 'green', 'pink',
                                              'red', 'silver' if k[0] == 'suitcase' else 'black'])))
    bk = F(force, 'brand', lambda: ch(BAG_BRANDS[k[0]]))
    if bk:
        o.set_brand(bk, op=0.65, fp=0.65)
    pool = ['laptop_apple', 'laptop_lenovo', 'laptop_huawei', 'docs', 'lunch', 'umbrella', 'charger', 'powerbank',
            'cosmetics', 'clothes', 'gymclothes', 'books', 'bottle', 'brochures', 'medicine', 'toy', 'earphones',
            'shoes']
    items = []
    lap = [x for x in pool[:3] if p(0.12)][:1]
    items += lap
    items += [x for x in pool[3:] if p(0.14)]
    if not items:
        items = [ch(pool[3:])]
    o.add('contents', frozenset(items),
          own=lambda sub: items_clause(sub, 'own', B_ITEMS, ch(['里面有', '包里有', '装着'])),
          fnd=lambda sub: items_clause(sub, 'fnd', B_ITEMS, ch(['内有', '经清点，内有', '包内物品：'])),
          en=lambda sub: items_clause(sub, 'en', B_ITEMS, 'inside: '),
          field='marks', op=0.75, fp=0.85, mark=True, subset=True)
    if p(0.35):
        if person['foreign']:
            o.add('name', person['name'], own=['行李牌上写着' + person['name']], fnd=['行李牌姓名' + person['name'].upper()],
                  en=['luggage tag says ' + person['name']], op=0.7, fp=0.8)
        else:
            n = person['name']
            where = ch(['行李牌', '包里的工牌', '文件'])
            o.add('name', n, own=['%s上有我的名字%s' % (where, n)], fnd=[lambda: '%s上姓名%s' % (where, mask_name(n))],
                  en=['name tag ' + n], op=0.6, fp=0.75)
    if p(0.35):
        pd = ch(PENDANTS)
        o.add('pendant', pd[0], own=['拉链上挂着' + pd[1]], fnd=['拉链挂有' + pd[1]], en=['with ' + pd[2] + ' on the zip'],
              field='marks', op=0.6, fp=0.7, mark=True)
    if k[0] == 'suitcase' and p(0.5):
        sz = ch(['20寸', '24寸', '26寸'])
        o.add('size', sz, own=[sz + '的'], fnd=[sz], en=[sz.replace('寸', '-inch')], op=0.6, fp=0.7)
    return o


CASH_KINDS = [('envelope', ['白信封', '白色信封'], '信封', 'white', 'a white envelope'),
              ('kraft', ['牛皮纸信封', '黄色牛皮纸袋'], '牛皮纸信封', 'brown', 'a brown paper envelope'),
              ('redpacket', ['红包', '红包袋'], '红包', 'red', 'a red envelope'),
              ('bankbag', ['银行的现金袋', '银行纸袋'], '银行现金袋', 'white', 'a bank envelope'),
              ('band', ['用皮筋捆着的一沓钱', '一沓钱用皮筋扎着'], '用橡皮筋捆扎', None, 'a bundle with a rubber band'),
              ('clip', ['用长尾夹夹着', '拿夹子夹着的一沓'], '用长尾夹夹住', None, 'held with a binder clip'),
              ('loose', ['折起来的几张钱', '对折的一叠钱'], '对折的一叠', None, 'folded notes')]
WRITINGS = ['房租8月', '给爸', '给妈妈', '装修款', '团建费', '8月报销', '份子钱', '工资', '押金', '学费']


def gen_cash(force=None, owner=None):
    o = Obj('cash', 'cash')
    o.noun = noun(['现金', '钱', '一笔现金'], ['cash', 'money'], '笔')
    o.owner = owner or new_person()
    fc = force.get('color') if force else None
    k = F(force, 'kind', lambda: ch([x for x in CASH_KINDS if not fc or x[3] == fc] or CASH_KINDS))
    if isinstance(k, str):
        k = [x for x in CASH_KINDS if x[0] == k][0]
    o.add('kind', k[0], own=k[1], fnd=[k[2]], en=[k[4]], op=0.85, fp=0.9)
    if k[3]:
        o.set_color(k[3], op=0.2, fp=0.3, of='袋子')
    amt = F(force, 'cash', lambda: ch([ri(3, 30) * 100, ri(5, 60) * 100 + ch([0, 50]), ri(2, 20) * 100 + ri(0, 9) * 10]))
    add_cash(o, amt, op=0.95, fp=0.95, where='')
    o.say['cash']['own'] = [lambda: '一共' + cash_words_own(amt), lambda: cash_words_own(amt), lambda: '金额' + cash_words_own(amt)]
    o.say['cash']['fnd'] = [lambda: '经清点共计人民币%d元' % amt, lambda: '共%d元' % amt, lambda: '现金%d元' % amt]
    if amt >= 500:
        n50 = ri(0, 3)
        o.add('x_denom', None, own=['基本都是一百的', '一百的为主，有几张五十'], vis=False, op=0.35)
    if k[0] in ('envelope', 'kraft', 'redpacket', 'bankbag') and p(0.55):
        w = ch(WRITINGS)
        o.add('writing', w, own=['上面写着“%s”' % w, '袋子上我写了“%s”' % w], fnd=['袋面手写“%s”字样' % w, '上写“%s”' % w],
              en=['it says "%s" on it' % w], field='marks', op=0.7, fp=0.85, mark=True)
    if k[0] == 'bankbag':
        b = ch(BANKS)
        o.add('bank', b[0], own=[b[0] + '的袋子'], fnd=['印有%s字样' % b[0]], en=[b[2] + ' envelope'], op=0.6, fp=0.8)
    return o


JEW_KINDS = [('ring', ['戒指'], ['ring'], '枚', 20), ('necklace', ['项链'], ['necklace'], '条', 18),
             ('bracelet', ['手链'], ['bracelet'], '条', 15), ('bangle', ['手镯', '镯子'], ['bangle'], '只', 8),
             ('earring', ['耳环', '耳钉'], ['earring'], '只', 10), ('watch', ['手表', '腕表'], ['watch'], '块', 20),
             ('pendant', ['吊坠'], ['pendant'], '个', 6)]
MATERIALS = {'ring': [('gold', '黄金', 'gold'), ('pt', '铂金', 'platinum'), ('silver', '银', 'silver'),
                      ('diamond', '钻石', 'diamond')],
             'necklace': [('gold', '黄金', 'gold'), ('pt', '铂金', 'platinum'), ('silver', '银', 'silver'),
                          ('pearl', '珍珠', 'pearl')],
             'bracelet': [('gold', '黄金', 'gold'), ('silver', '银', 'silver'), ('crystal', '水晶', 'crystal'),
                          ('beads', '转运珠', 'charm beads')],
             'bangle': [('jade', '玉', 'jade'), ('gold', '黄金', 'gold'), ('silver', '银', 'silver')],
             'earring': [('pearl', '珍珠', 'pearl'), ('gold', '黄金', 'gold'), ('silver', '银', 'silver')],
             'pendant': [('jade', '玉', 'jade'), ('gold', '黄金', 'gold'), ('silver', '银', 'silver')],
             'watch': [('steel', '钢带', 'steel strap'), ('leather', '皮表带', 'leather strap'),
                       ('rubber', '橡胶表带', 'rubber strap')]}
MAT_COL = {'gold': 'gold', 'pt': 'silver', 'silver': 'silver', 'diamond': 'silver', 'pearl': 'white',
           'crystal': 'purple', 'beads': 'gold', 'jade': 'green'}
JEW_BRANDS = ['ctf', 'lfx', 'pandora', 'swarovski', 'ruijin', None, None]
WATCH_BRANDS = ['casio', 'tissot', 'longines', 'montval']
DESIGNS = [('clover', '四叶草', 'four-leaf clover'), ('heart', '爱心', 'heart'), ('deer', '小鹿', 'little deer'),
           ('ping', '平安扣', 'round jade disc'), ('letter', '字母M', 'letter M'), ('moon', '月亮', 'crescent moon'),
           ('fish', '锦鲤', 'koi fish'), ('star', '五角星', 'star')]


def gen_jewelry(force=None, owner=None):
    o = Obj('jewelry', 'ring')
    person = owner or new_person()
    o.owner = person
    k = F(force, 'kind', lambda: wch([(x, x[4]) for x in JEW_KINDS]))
    if isinstance(k, str):
        k = [x for x in JEW_KINDS if x[0] == k][0]
    o.noun = noun(['首饰', '饰品'], ['jewellery'], k[3], k[1], k[2])
    if k[0] == 'watch':
        o.noun['gen'] = ['手表']
    o.set_kind(k[0], k[1], k[2], op=0.98, fp=0.98)
    fc = force.get('color') if force else None
    mats = [m for m in MATERIALS[k[0]] if k[0] == 'watch' or not fc or MAT_COL[m[0]] == fc] or MATERIALS[k[0]]
    mat = F(force, 'material', lambda: ch(mats))
    o.add('material', mat[0], own=[mat[1] + '的'], fnd=[mat[1] + '材质', '疑似' + mat[1]], en=[mat[2]], op=0.8, fp=0.7)
    if k[0] == 'watch':
        bk = F(force, 'brand', lambda: ch(WATCH_BRANDS))
        o.set_brand(bk, op=0.9, fp=0.8)
        col = F(force, 'color', lambda: ch(['silver', 'black', 'gold', 'blue', 'white']))
        o.set_color(col, op=0.6, fp=0.7, of='表盘')
        sn = uniq('watchsn', lambda: digits(7))
        o.add('sn', sn, own=['表背编号' + sn], fnd=['表背刻号No.' + sn], en=['case back number ' + sn], field='serial',
              fown=['No.' + sn, sn], ffnd=['No.' + sn, sn], op=0.2, fp=0.45)
        mdl = F(force, 'model', lambda: (ch(['Aqua', 'Heritage', 'Marin', 'Tide', 'Orbis']), str(ri(1, 9) * 100 + ri(0, 99)), ''))
        o.set_model(mdl, model_forms(*mdl), op=0.3, fp=0.35)
    else:
        bk = F(force, 'brand', lambda: ch(JEW_BRANDS))
        if bk:
            o.set_brand(bk, op=0.6, fp=0.4)
        o.set_color(F(force, 'color', lambda: MAT_COL[mat[0]]), op=0.5, fp=0.6)
        if p(0.6) and k[0] in ('necklace', 'bracelet', 'pendant', 'earring'):
            d = ch(DESIGNS)
            o.add('design', d[0], own=['带%s的坠子' % d[1], '上面有个%s' % d[1]], fnd=['带%s造型吊坠' % d[1], '饰有%s图案' % d[1]],
                  en=['with a %s charm' % d[2]], field='marks', op=0.8, fp=0.85, mark=True)
        if k[0] in ('ring', 'bangle', 'bracelet') and p(0.55):
            a, b = ch(UPP), ch(UPP)
            dd = '%d.%d.%d' % (ri(2012, 2025), ri(1, 12), ri(1, 28))
            eng = ch(['%s&%s %s' % (a, b, dd), '%s♡%s' % (a, b), dd, 'LOVE %s' % a])
            o.add('engraving', eng, own=['内圈刻着“%s”' % eng, '里面刻了字“%s”' % eng], fnd=['内侧刻有“%s”' % eng],
                  en=['engraved "%s" inside' % eng], field='marks', op=0.85, fp=0.55, mark=True)
        if mat[0] in ('gold', 'pt') and p(0.5):
            w = round(R.uniform(1.5, 25.0), 1)
            o.add('weight', w, own=['大概%s克' % ch([str(int(w)), str(w)])], fnd=['称重约%.1f克' % w], en=['about %dg' % int(w)],
                  op=0.4, fp=0.5)
    o.add('x_value', None, own=['是结婚纪念的，意义很大', '是我妈留给我的', '男朋友送的生日礼物', '刚买没多久'],
          en=['it has great sentimental value'], vis=False, op=0.4)
    return o


EL_KINDS = [('laptop', ['笔记本电脑', '笔记本', '电脑'], ['laptop'], '台', 22),
            ('tablet', ['平板', '平板电脑'], ['tablet'], '台', 12),
            ('earbuds', ['蓝牙耳机', '无线耳机', '耳机'], ['earbuds', 'wireless earbuds'], '副', 22),
            ('headphones', ['头戴式耳机', '耳机'], ['headphones'], '副', 6),
            ('smartwatch', ['智能手表', '手表'], ['smartwatch'], '块', 10),
            ('camera', ['相机', '微单', '运动相机'], ['camera'], '台', 8),
            ('powerbank', ['充电宝', '移动电源'], ['power bank'], '个', 10),
            ('ereader', ['电子书阅读器', '阅读器'], ['e-reader'], '台', 5),
            ('usb', ['U盘', '移动硬盘'], ['USB drive'], '个', 5)]
EL_BRANDS = {'laptop': [('apple', 'MacBook Air', '13', 'Tern'), ('apple', 'MacBook Pro', '14', 'Ridge'),
                        ('lenovo', 'ThinkPad X', '14', 'Kestrel'), ('huawei', 'MateBook', '14', 'Reef'),
                        ('dell', 'XPS', '13', 'Haze'), ('xiaomi', 'RedmiBook', '16', 'Tide')],
             'tablet': [('apple', 'iPad Air', '11', 'Kite'), ('huawei', 'MatePad', '12', 'Wave'),
                        ('xiaomi', 'Xiaomi Pad', '7', 'Sail'), ('lenovo', 'Xiaoxin Pad', '12', 'Ivy')],
             'earbuds': [('apple', 'AirPods', '4', 'Lume'), ('huawei', 'FreeBuds', '7', 'Echo'),
                         ('sony', 'WF', '1200', 'Mist'), ('soundisle', 'Isle', '3', ''), ('xiaomi', 'Buds', '6', 'Ray')],
             'headphones': [('sony', 'WH', '1100', 'Calm'), ('apple', 'AirPods Max', '2', 'Hush'),
                            ('soundisle', 'Isle Over', '1', '')],
             'smartwatch': [('huawei', 'Watch', '6', 'Ridge'), ('apple', 'Watch', '11', 'Drift'),
                            ('xiaomi', 'Band', '10', 'Glow')],
             'camera': [('sony', 'A', '7', 'Coast'), ('fujifilm', 'X-S', '30', 'Mariner'), ('canon', 'R', '9', 'Dune'),
                        ('dji', 'Osmo Action', '6', 'Spray')],
             'powerbank': [('xiaomi', 'PB', '20', 'Go'), ('anker', 'PowerCore', '12', 'Loop'),
                           ('huawei', 'SuperCharge', '12', '')],
             'ereader': [('shiguang', 'Reader', '7', 'Paper')],
             'usb': [('sandisk', 'Ultra', '256', 'Flair'), ('sandisk', 'Extreme', '1T', 'Go')]}
EL_COVERS = [('bear', '套着小熊硅胶套', '外套小熊硅胶保护套', 'a bear silicone cover'),
             ('clear', '套着透明保护壳', '带透明保护壳', 'a clear cover'),
             ('leather', '外面有个皮套', '外有皮质保护套', 'a leather cover'),
             ('stickers', '上面贴满了贴纸', '表面贴有多张贴纸', 'covered in stickers'),
             ('keyring', '挂着一个钥匙扣', '挂有钥匙扣', 'a keyring attached'),
             ('label', '贴着写了名字的标签', '贴有手写姓名标签', 'a name label'),
             ('scratch', '外壳有明显划痕', '外壳有划痕', 'visible scratches'),
             ('engrave', '刻了字“%s”', '刻有“%s”字样', 'engraved "%s"')]


def gen_electronics(force=None, owner=None):
    o = Obj('electronics', 'laptop')
    person = owner or new_person()
    o.owner = person
    k = F(force, 'kind', lambda: wch([(x, x[4]) for x in EL_KINDS]))
    if isinstance(k, str):
        k = [x for x in EL_KINDS if x[0] == k][0]
    o.noun = noun(['电子产品'] + k[1][-1:], k[2], k[3], k[1], k[2])
    o.set_kind(k[0], k[1], k[2], op=0.98, fp=0.98)
    choice = F(force, 'brandmodel', lambda: ch(EL_BRANDS[k[0]]))
    bk = choice[0]
    o.set_brand(bk, op=0.85, fp=0.75)
    o.add('x_bm', choice, vis=False, known=False)
    mdl = (choice[1], choice[2], choice[3])
    o.set_model(mdl, model_forms(*mdl), op=0.45, fp=0.35)
    col = F(force, 'color', lambda: ch(['black', 'white', 'silver', 'grey', 'blue', 'pink', 'green']))
    o.set_color(col, op=0.75, fp=0.85)
    if k[0] in ('laptop', 'tablet', 'camera', 'headphones', 'earbuds', 'ereader'):
        sn = uniq('sn', lambda: ch(UPP) + ch(UPP + DIG) + digits(2) + '-' + ''.join(ch(UPP + DIG) for _ in range(6)))
        o.add('sn', sn, own=[lambda: '序列号' + ch(sn_forms(sn)), lambda: 'SN码' + ch(sn_forms(sn))],
              fnd=[lambda: '底部序列号' + ch(sn_forms(sn)), lambda: '机身S/N:' + ch(sn_forms(sn))],
              en=[lambda: 'serial number ' + sn], field='serial', fown=[lambda: ch(sn_forms(sn))],
              ffnd=[lambda: ch(sn_forms(sn))], fen=[sn], op=0.3, fp=0.3 if k[0] != 'earbuds' else 0.1)
    covs = [c for c in EL_COVERS if p(0.16)]
    covs = [c for c in covs if c[0] not in ('bear', 'clear', 'leather')] + \
        [c for c in covs if c[0] in ('bear', 'clear', 'leather')][:1]
    for cv in covs[:2]:
        word = ch(['Lin', 'Z&Y', '阿杰', 'Momo', 'KK', '小鱼'])
        o.add('c_' + cv[0], cv[0], own=[cv[1].replace('%s', word)], fnd=[cv[2].replace('%s', word)],
              en=[cv[3].replace('%s', word)], field='marks', op=0.7, fp=0.75, mark=True)
    if k[0] == 'laptop' and p(0.4):
        ws = ch(['登录界面是一张海边照片', '开机密码是我生日', '桌面有公司的项目文件'])
        o.add('x_inside', None, own=[ws], vis=False, op=0.4)
    if k[0] == 'earbuds':
        side = ch(['只有充电盒和左耳', '两只耳机都在盒子里', '盒子里只剩右耳'])
        o.add('x_side', None, own=[side], vis=False, op=0.3)
    return o


OTHER_KINDS = [('umbrella', ['雨伞', '伞', '折叠伞', '长柄伞'], ['umbrella'], '把', 18),
               ('glasses', ['眼镜', '近视眼镜'], ['glasses'], '副', 12),
               ('sunglasses', ['墨镜', '太阳镜'], ['sunglasses'], '副', 8),
               ('thermos', ['保温杯', '水杯', '杯子'], ['water bottle', 'thermos'], '个', 14),
               ('jacket', ['外套', '西装外套', '防晒衣'], ['jacket'], '件', 10),
               ('folder', ['文件袋', '资料袋', '文件夹'], ['document folder'], '个', 10),
               ('toy', ['毛绒玩具', '玩偶'], ['plush toy'], '个', 6),
               ('racket', ['羽毛球拍', '球拍'], ['badminton racket'], '支', 6),
               ('hat', ['帽子', '遮阳帽', '棒球帽'], ['cap', 'hat'], '顶', 6)]
OTHER_BRANDS = {'umbrella': ['paradise', 'beneunder', None], 'glasses': ['bolon', None], 'sunglasses': ['rayban', 'bolon'],
                'thermos': ['thermos', 'zojirushi', None], 'jacket': ['beneunder', 'arcteryx', 'muji', None],
                'folder': [None], 'toy': [None], 'racket': ['yonex', 'lining'], 'hat': ['beneunder', 'lining', None]}
OTHER_MARKS = {
    'umbrella': [('pattern', '伞面是%s图案', '伞面%s图案', '%s pattern', ['格子', '小碎花', '条纹', '纯色', '星空']),
                 ('handle', '伞柄是%s的', '%s伞柄', '%s handle', ['木头', '弯钩', '黑色塑料'])],
    'glasses': [('frame', '%s镜框', '%s镜框', '%s frame', ['金属细框', '黑色粗框', '透明框', '半框']),
                ('case', '装在%s眼镜盒里', '装于%s眼镜盒内', 'in a %s case', ['蓝色', '棕色皮质', '白色'])],
    'sunglasses': [('case', '装在%s盒子里', '装于%s眼镜盒', 'in a %s case', ['黑色', '棕色'])],
    'thermos': [('sticker', '杯身贴了%s贴纸', '杯身有%s贴纸', 'a %s sticker', ['海豚', '星星', '公司logo', '卡通猫']),
                ('name', '杯底写了“%s”', '杯底写有“%s”', '"%s" written under it', ['Lin', '小雨', 'ZQ', '陈'])],
    'jacket': [('size', '%s码', '尺码%s', 'size %s', ['M', 'L', 'XL', 'S']),
               ('pocket', '口袋里有%s', '口袋内有%s', '%s in the pocket', ['一包纸巾', '车钥匙扣', '几张名片', '口香糖'])],
    'folder': [('company', '里面是%s的合同', '内有“%s”合同文件', 'contracts from %s', [c[0] for c in COMPANIES]),
               ('colour2', '%s文件袋', '%s文件袋', '%s folder', ['透明', '蓝色', '牛皮纸'])],
    'toy': [('animal', '一只%s', '%s造型', 'a %s', ['小兔子', '小熊', '恐龙', '海豚'])],
    'racket': [('bag', '装在%s拍套里', '装于%s拍套', 'in a %s cover', ['黑色', '蓝色', '红色'])],
    'hat': [('print', '帽子上印着%s', '印有%s', 'printed %s', ['字母NY', '小海豚', '“DONGGANG”', '品牌logo'])],
}


def gen_other(force=None, owner=None):
    o = Obj('other', 'umbrella')
    o.owner = owner or new_person()
    k = F(force, 'kind', lambda: wch([(x, x[4]) for x in OTHER_KINDS]))
    if isinstance(k, str):
        k = [x for x in OTHER_KINDS if x[0] == k][0]
    o.noun = noun(k[1][:1], k[2], k[3], k[1], k[2])
    o.set_kind(k[0], k[1], k[2], op=0.98, fp=0.98)
    o.set_color(F(force, 'color', lambda: ch(['black', 'blue', 'white', 'grey', 'pink', 'green', 'red', 'brown', 'yellow'])))
    bk = F(force, 'brand', lambda: ch(OTHER_BRANDS[k[0]]))
    if bk:
        o.set_brand(bk, op=0.55, fp=0.6)
    marks = [m for m in OTHER_MARKS.get(k[0], []) if p(0.7)] or OTHER_MARKS.get(k[0], [])[:1]
    for m in marks:
        if True:
            v = ch(m[4])
            o.add('o_' + m[0], v, own=[m[1].replace('%s', v)], fnd=[m[2].replace('%s', v)], en=[m[3].replace('%s', v)],
                  field='marks', op=0.7, fp=0.75, mark=True)
    return o


GEN = {'phone': gen_phone, 'wallet': gen_wallet, 'id_doc': gen_id_doc, 'keys': gen_keys, 'ebike': gen_ebike,
       'bicycle': gen_bicycle, 'bag': gen_bag, 'cash': gen_cash, 'jewelry': gen_jewelry,
       'electronics': gen_electronics, 'other': gen_other}


def gen_obj(cat, force=None, owner=None):
    if cat == 'phone':
        o = gen_phone(force)
        o.owner = owner or new_person()
    else:
        o = GEN[cat](force, owner)
    o.force = dict(force or {})
    return o


# ----------------------------------------------------------------- scenarios
SPOTS = {
    'office': [('一楼大堂', 'the lobby'), ('大堂闸机口', 'the lobby turnstiles'), ('电梯里', 'the lift'),
               ('{f}楼茶水间', 'the pantry on {f}F'), ('{f}楼会议室', 'a meeting room on {f}F'),
               ('{f}楼洗手间', 'the restroom on {f}F'), ('B2停车场', 'the B2 car park'),
               ('北门网约车上车点', 'the ride-hailing pickup at the north gate'), ('访客登记台', 'the visitor desk'),
               ('{f}楼前台', 'the reception on {f}F')],
    'mall': [('B1美食区', 'the B1 food court'), ('一楼中庭', 'the atrium'), ('三楼洗手间', 'the 3F restroom'),
             ('扶梯口', 'the escalator'), ('地下停车场', 'the car park')],
    'expo': [('{h}号馆', 'Hall {h}'), ('{h}号馆{b}展位', 'booth {b}, Hall {h}'), ('南登录厅', 'the south registration hall'),
             ('新闻中心', 'the press centre'), ('餐饮区', 'the food court'), ('P3出租车候客区', 'the P3 taxi rank'),
             ('西门安检口', 'the west gate security check')],
    'station': [('安检口', 'security'), ('闸机口', 'the ticket gates'), ('站台', 'the platform'),
                ('售票机旁', 'the ticket machines'), ('B口扶梯', 'the exit B escalator')],
    'airport': [('出发层值机岛', 'check-in at departures'), ('到达层行李提取处', 'baggage claim'),
                ('机场快线站台', 'the Airport Express platform'), ('安检口', 'security'), ('卫生间', 'a restroom')],
    'hotel': [('大堂沙发区', 'the lobby lounge'), ('前台', 'the front desk'), ('早餐厅', 'the breakfast room'),
              ('行政酒廊', 'the executive lounge'), ('客梯里', 'the lift')],
    'gym': [('更衣室', 'the locker room'), ('{n}号储物柜', 'locker {n}'), ('跑步机旁', 'the treadmills'),
            ('淋浴间', 'the showers'), ('动感单车房', 'the spin studio')],
    'coffee': [('靠窗座位', 'a window seat'), ('取餐台', 'the pickup counter'), ('门口外摆', 'the outside tables'),
               ('插座边的位子', 'a seat by the socket')],
    'food': [('{n}号档口', 'stall {n}'), ('用餐区', 'the seating area'), ('洗手池边', 'the sinks')],
    'park': [('观海平台', 'the sea-view deck'), ('绿道长椅', 'a bench on the greenway'), ('公厕旁', 'near the toilets'),
             ('健身器材区', 'the fitness corner'), ('沙滩入口', 'the beach entrance')],
    'street': [('路边', 'the roadside'), ('公交站', 'the bus stop'), ('斑马线旁', 'the crossing'),
               ('店门口', 'a shop entrance'), ('台阶上', 'the steps')],
    'tunnel': [('扶梯口', 'the escalator'), ('通道中段', 'the middle of the passage'), ('便利店门口', 'the convenience store'),
               ('通往地铁的入口', 'the metro entrance')],
    'library': [('三楼自习区', 'the 3F study area'), ('存包柜', 'the lockers'), ('阅览室', 'the reading room'),
                ('借还书台', 'the circulation desk')],
    'atm': [('ATM机上', 'on the ATM'), ('取款机旁', 'next to the cash machine'), ('自助银行门口', 'the self-service bank')],
    'residential': [('小区门口', 'the gate'), ('快递柜旁', 'the parcel lockers'), ('楼下车棚', 'the bike shed')],
    'campus': [('图书馆门口', 'the library entrance'), ('食堂门口', 'the canteen')],
    'depot': [('车队值班室', 'the duty office')],
    'desk': [('门口', 'the door')],
}
PARK_SPOTS = [('北门非机动车停放区', 'the bike parking at the north gate'), ('地库非机动车位', 'the basement bike bays'),
              ('门口路边', 'the roadside by the entrance'), ('充电桩那', 'the charging posts'), ('楼下车棚', 'the shed')]
FINDERS = {
    'office': ['大楼保安', '保洁阿姨', '大堂前台', '同楼层员工'], 'mall': ['商场保安', '保洁阿姨', '商场服务台'],
    'street': ['路人', '外卖骑手', '环卫工人', '快递员', '商户店员'], 'atm': ['银行保安', '大堂经理', '取款的市民'],
    'station': ['站务员', '安检员', '乘客'], 'expo': ['展会志愿者', '会展安保', '参展商工作人员', '保洁'],
    'hotel': ['酒店前台', '客房服务员', '礼宾部'], 'gym': ['健身房前台', '教练', '保洁'], 'coffee': ['店员', '店长', '顾客'],
    'food': ['保洁阿姨', '档口老板', '食客'], 'park': ['晨跑的市民', '环卫工人', '公园管理员', '遛狗的市民'],
    'library': ['图书馆工作人员', '读者'], 'tunnel': ['路人', '保洁阿姨', '便利店店员'], 'residential': ['小区保安', '物业', '业主'],
    'airport': ['机场保洁', '安检员', '旅客', '机场失物招领处'], 'depot': ['出租车司机'], 'campus': ['学生', '宿管阿姨'],
    'desk': ['市民'],
}
ORG_FINDERS = {'大楼保安': '物业安保部', '保洁阿姨': '物业服务中心', '大堂前台': '物业服务中心', '商场保安': '商场安保部',
               '商场服务台': '商场服务台', '站务员': '车站客服中心', '安检员': '安检站', '会展安保': '会展中心安保部',
               '展会志愿者': '海博会志愿者服务站', '酒店前台': '酒店前台', '客房服务员': '酒店客房部', '礼宾部': '酒店礼宾部',
               '健身房前台': '健身房前台', '店员': '门店', '店长': '门店', '图书馆工作人员': '图书馆服务台',
               '银行保安': '银行网点', '大堂经理': '银行网点', '机场失物招领处': '机场失物招领处', '机场保洁': '航站楼保洁班组',
               '公园管理员': '公园管理处', '小区保安': '小区物业', '物业': '小区物业', '机场快线乘务员': '机场快线客运部',
               '列车保洁': '机场快线客运部', '宿管阿姨': '宿管中心'}
SC_W = {
    'phone': [('office', 14), ('ridehail', 14), ('taxi', 6), ('train', 9), ('coffee', 8), ('gym', 5), ('expo', 7),
              ('park', 5), ('street', 8), ('food', 5), ('hotel', 3), ('bike', 4), ('airport', 3), ('library', 2)],
    'wallet': [('office', 10), ('ridehail', 10), ('taxi', 6), ('train', 7), ('coffee', 7), ('gym', 5), ('expo', 5),
               ('park', 4), ('street', 10), ('food', 8), ('hotel', 3), ('bike', 4), ('airport', 3), ('atm', 3)],
    'id_doc': [('office', 12), ('ridehail', 7), ('taxi', 4), ('train', 7), ('station', 6), ('airport', 6),
               ('expo', 9), ('hotel', 6), ('street', 8), ('coffee', 4), ('library', 3), ('food', 3)],
    'keys': [('office', 10), ('gym', 8), ('park', 8), ('street', 12), ('coffee', 6), ('food', 6), ('bike', 8),
             ('ridehail', 6), ('library', 2)],
    'ebike': [('parked', 1)], 'bicycle': [('parked', 1)],
    'bag': [('ridehail', 12), ('taxi', 8), ('train', 10), ('airport', 6), ('expo', 8), ('coffee', 6), ('gym', 6),
            ('office', 6), ('hotel', 5), ('food', 4), ('library', 3)],
    'cash': [('street', 10), ('office', 5), ('ridehail', 5), ('food', 6), ('station', 4), ('atm', 8), ('coffee', 3),
             ('taxi', 3)],
    'jewelry': [('gym', 10), ('hotel', 6), ('office', 7), ('park', 6), ('food', 4), ('expo', 3), ('street', 4),
                ('coffee', 3)],
    'electronics': [('ridehail', 10), ('taxi', 5), ('train', 9), ('airport', 5), ('expo', 9), ('coffee', 10),
                    ('office', 8), ('gym', 6), ('park', 4), ('library', 5), ('hotel', 3)],
    'other': [('office', 8), ('ridehail', 6), ('train', 6), ('coffee', 6), ('gym', 5), ('expo', 6), ('park', 6),
              ('street', 8), ('food', 4), ('library', 4), ('hotel', 3), ('taxi', 3)],
}
FOREIGN_SC = {'ridehail', 'taxi', 'train', 'airport', 'expo', 'hotel', 'coffee', 'street'}
HOURS = {'office': (8, 21), 'ridehail': (7, 23), 'taxi': (6, 23), 'train': (6, 22), 'station': (6, 22),
         'airport': (6, 22), 'expo': (9, 17), 'hotel': (7, 22), 'gym': (6, 22), 'coffee': (7, 20), 'food': (11, 20),
         'park': (6, 21), 'street': (8, 22), 'bike': (7, 21), 'library': (9, 20), 'atm': (8, 22), 'parked': (7, 19)}
DELAY = {'office': (10, 600), 'ridehail': (20, 1800), 'taxi': (20, 2400), 'train': (5, 240), 'station': (5, 240),
         'airport': (10, 300), 'expo': (10, 480), 'hotel': (20, 720), 'gym': (10, 600), 'coffee': (5, 300),
         'food': (5, 180), 'park': (10, 2880), 'street': (5, 1440), 'bike': (10, 720), 'library': (10, 480),
         'atm': (2, 120), 'parked': (360, 12960)}
SC_PLACES = {'office': OFFICES, 'station': ['stn_bh', 'stn_expo', 'hsr'], 'airport': ['airport'], 'expo': ['expo'],
             'hotel': ['hotel'], 'gym': ['gym'], 'coffee': ['cof_hc', 'cof_xh', 'cof_ifc'], 'food': ['food', 'lanwan'],
             'park': ['park', 'park', 'sports'], 'street': ['xinghui', 'plaza', 'tunnel', 'bike_b', 'lanwan', 'oldst'],
             'library': ['library'], 'atm': ['bank'],
             'parked': ['hc', 'ifc_e', 'jinfan', 'yungang', 'lanwan', 'stn_bh', 'bike_b', 'res_hy', 'res_lt', 'xinghui',
                        'library']}
RIDE_FROM = ['hc', 'ifc_e', 'ifc_w', 'jinfan', 'yungang', 'lanwan', 'xinghui', 'expo', 'hotel', 'plaza', 'library']
RIDE_TO = RIDE_FROM + ['airport', 'hsr', 'res_hy', 'res_lt', 'oldst', 'uni', 'sports']
TRAIN_STNS = ['stn_bh', 'stn_expo', 'airport']


def mins(t):
    return int((T0 - t).total_seconds() // 60)


def fill_spot(sp):
    f, h, n = ri(3, 46), ri(1, 8), ri(1, 160)
    b = ch('ABCDEFGH') + str(ri(1, 60))
    return (sp[0].replace('{f}', str(f)).replace('{h}', str(h)).replace('{n}', str(n)).replace('{b}', b),
            sp[1].replace('{f}', str(f)).replace('{h}', str(h)).replace('{n}', str(n)).replace('{b}', b))


def spot_for(pk):
    return fill_spot(ch(SPOTS[PLACES[pk][6]]))


def rnd_day(stype):
    if stype == 'expo':
        return ch(EXPO_DAYS)
    if p(0.05):
        return ch(TYPHOON_DAYS)
    return DAY0 + dt.timedelta(days=ri(0, NDAYS - 1))


def at(day, h0, h1):
    return dt.datetime(day.year, day.month, day.day) + dt.timedelta(minutes=ri(h0 * 60, h1 * 60 - 1))


def floor10(t):
    return t - dt.timedelta(minutes=t.minute % 10, seconds=t.second)


def ceil10(t):
    r = t.minute % 10
    return t if r == 0 else t + dt.timedelta(minutes=10 - r)


def new_car_plate(kind):
    if kind == 'taxi':
        return uniq('carplate', lambda: '东港A·T' + digits(4))
    return uniq('carplate', lambda: '东港' + ch('ABC') + '·D' + ch(UPP) + digits(4))


def plate_car_forms(v):
    return [v, v.replace('·', ''), v.replace('·', ' '), v[2:]]


def finder_person(role):
    s = ch(SURN)
    if role in ('网约车司机', '出租车司机', '大楼保安', '环卫工人', '快递员', '外卖骑手', '档口老板', '单车运维人员',
                '巡逻民警', '站务员', '安检员'):
        return s + ch(['师傅', '师傅', '某'])
    return s + ch(['先生', '女士', '女士'])


def vehicle_fact(o, veh):
    pl = veh['plate']
    o.add('vehicle', pl,
          own=[lambda: '车牌' + ch(plate_car_forms(pl)), lambda: '车牌号是' + ch(plate_car_forms(pl)),
               lambda: '车是%s，牌照%s' % (veh['car'], ch(plate_car_forms(pl)))],
          fnd=[lambda: '车牌' + ch(plate_car_forms(pl)), lambda: '本车车牌' + pl],
          en=[lambda: 'the car plate was ' + pl], op=0.35, fp=0.75)


def gen_sc(cat, owner, stype=None):
    if stype is None:
        opts = SC_W[cat]
        if owner and owner['foreign']:
            opts = [x for x in opts if x[0] in FOREIGN_SC] or opts
        stype = wch(opts)
    day = rnd_day(stype)
    h0, h1 = HOURS[stype]
    A = at(day, h0, h1)
    sc = dict(type=stype, route=None, veh=None, act=None, lp=None, lspot=None, carriage=None)
    if stype in ('ridehail', 'taxi'):
        a = ch(RIDE_FROM)
        b = ch([x for x in RIDE_TO if x != a and dist_m(LL[a], LL[x]) > 700])
        trip = int(dist_m(LL[a], LL[b]) / 450) + ri(6, 15)
        sc['route'] = (a, b)
        sc['lp'] = b
        kind = 'taxi' if stype == 'taxi' else 'ride'
        sc['veh'] = dict(kind=kind, plate=new_car_plate(kind),
                         app=ch(TAXI_COS if kind == 'taxi' else RIDE_APPS),
                         car=ch(['白色新能源轿车', '黑色电动轿车', '灰色SUV', '蓝色新能源车']) if kind == 'ride'
                         else ch(['蓝白色出租车', '绿色出租车']))
        W0 = A - dt.timedelta(minutes=trip + ri(0, 10))
        W1 = A + dt.timedelta(minutes=ri(0, 40))
        sc['trip'] = trip
    elif stype == 'train':
        a = ch(TRAIN_STNS)
        b = ch([x for x in TRAIN_STNS if x != a])
        trip = 9 if 'airport' not in (a, b) else 27
        sc['route'] = (a, b)
        sc['lp'] = b
        sc['carriage'] = ri(1, 6)
        W0 = A - dt.timedelta(minutes=trip + ri(0, 15))
        W1 = A + dt.timedelta(minutes=ri(0, 30))
    elif stype == 'bike':
        a = ch(['hc', 'ifc_e', 'jinfan', 'yungang', 'lanwan', 'stn_bh', 'bike_b', 'xinghui', 'library', 'park'])
        b = ch([x for x in ['hc', 'ifc_w', 'jinfan', 'yungang', 'lanwan', 'bike_b', 'xinghui', 'library', 'park',
                            'stn_expo', 'expo'] if x != a])
        sc['route'] = (a, b)
        sc['lp'] = b
        sc['veh'] = dict(kind='sharebike', app=ch(BIKE_APPS), plate=None, car=None)
        W0 = A - dt.timedelta(minutes=ri(10, 40))
        W1 = A + dt.timedelta(minutes=ri(10, 150))
    elif stype == 'street' and p(0.4):
        a = ch(['hc', 'ifc_e', 'jinfan', 'yungang', 'lanwan', 'stn_bh'])
        b = ch([x for x in ['xinghui', 'stn_bh', 'lanwan', 'plaza', 'cof_xh', 'bank', 'park'] if x != a])
        sc['route'] = (a, b)
        sc['lp'] = ch([a, b])
        W0 = A - dt.timedelta(minutes=ri(10, 60))
        W1 = A + dt.timedelta(minutes=ri(10, 120))
    elif stype == 'parked':
        sc['lp'] = ch(SC_PLACES['parked'])
        sc['lspot'] = ch(PARK_SPOTS)
        W0 = A - dt.timedelta(minutes=ri(60, 600))
        early = dt.datetime(A.year, A.month, A.day, 6, 30)
        if W0 < early:
            W0 = early - dt.timedelta(minutes=ri(0, 45))
        if W0 >= A:
            A = W0 + dt.timedelta(minutes=ri(20, 120))
        W1 = A + dt.timedelta(minutes=ri(30, 480))
    else:
        sc['lp'] = ch(SC_PLACES[stype])
        u, v = {'office': ((20, 240), (0, 120)), 'station': ((10, 120), (0, 60)), 'airport': ((10, 120), (0, 60)),
                'park': ((15, 240), (0, 180)), 'street': ((15, 240), (0, 180))}.get(stype, ((10, 180), (0, 90)))
        W0 = A - dt.timedelta(minutes=ri(*u))
        W1 = A + dt.timedelta(minutes=ri(*v))
    if sc['lspot'] is None and sc['lp']:
        sc['lspot'] = spot_for(sc['lp'])
    if stype == 'food' and sc['lp'] == 'lanwan':
        sc['lspot'] = ('B1美食区', 'the B1 food court')
    if stype in ('office',):
        sc['act'] = ch(['开会', '等电梯', '去茶水间接水', '去洗手间', '取外卖', '办访客登记', '午休', '加班'])
    if cat in ('keys', 'id_doc', 'jewelry', 'cash') and p(0.3) and stype not in ('parked',):
        W0 = W0 - dt.timedelta(minutes=ri(360, 2400))
        sc['wide'] = True
    if cat in ('ebike', 'bicycle') and p(0.3):
        W1 = W1 + dt.timedelta(minutes=ri(600, 2000))
    W0, W1 = floor10(W0), ceil10(W1)
    if W1 > T0 - dt.timedelta(minutes=60):
        W1 = floor10(T0 - dt.timedelta(minutes=60))
    sc.update(A=A, W0=W0, W1=W1, typhoon=(A.date() in TYPHOON_DAYS), expo=(A.date() in EXPO_DAYS))
    return sc


def gen_find(sc, cat):
    """Where, when and by whom the true item is found."""
    st = sc['type']
    d0, d1 = DELAY[st]
    delay = ri(d0, d1) if p(0.6) else ri(d0, max(d0 + 1, (d0 + d1) // 4))
    Fd = sc['A'] + dt.timedelta(minutes=delay)
    if Fd.hour < 6 and st not in ('ridehail', 'taxi', 'park', 'street', 'airport', 'station', 'train'):
        # staff and passers-by find things in the morning, not at four a.m.
        Fd = dt.datetime(Fd.year, Fd.month, Fd.day, 6, 0) + dt.timedelta(minutes=ri(20, 150))
    if Fd > T0 - dt.timedelta(minutes=30):
        Fd = T0 - dt.timedelta(minutes=ri(30, 300))
    if Fd < sc['A']:
        Fd = sc['A'] + dt.timedelta(minutes=5)
    fv = None
    if st in ('ridehail', 'taxi'):
        fp_ = wch([(sc['route'][1], 3), (ch(CBD), 2), ('desk', 2), (ch(FAR), 1)] +
                  ([('depot', 2)] if st == 'taxi' else []))
        role = '网约车司机' if st == 'ridehail' else '出租车司机'
        fspot = ch([('后排座位上', 'back seat'), ('座椅缝里', 'between the seats'), ('副驾储物格', 'the glovebox'),
                    ('后备箱', 'the boot'), ('后排脚垫上', 'the floor mat')])
        fv = sc['veh']
    elif st == 'train':
        fp_ = ch([sc['route'][1], 'airport' if sc['route'][1] != 'airport' else 'stn_bh'])
        role = ch(['机场快线乘务员', '列车保洁', '站务员'])
        fspot = ('第%d节车厢%s' % (sc['carriage'], ch(['座位上', '行李架上', '座椅下'])), 'car %d' % sc['carriage'])
    elif st == 'bike':
        b = sc['route'][1]
        fp_ = b if p(0.6) else ch(near_places(b, 100, 900, CBD) or [b])
        role = ch(['骑车的市民', '单车运维人员'])
        fspot = ('%s车筐里' % sc['veh']['app'], 'a shared bike basket')
    elif st == 'parked':
        cands = [q for q in PK if q not in ('airport', 'hsr', 'uni') and 400 <= dist_m(LL[sc['lp']], LL[q]) <= 4500]
        fp_ = ch(cands)
        role = ch(['巡逻民警', '环卫工人', '小区物业', '市民'])
        fspot = ch([('路边', 'roadside'), ('绿化带旁', 'by the hedge'), ('小巷里', 'an alley'), ('非机动车停放区', 'bike bays'),
                    ('桥下', 'under the bridge')])
    elif st in ('park', 'street'):
        lp = sc['lp']
        fp_ = lp if p(0.55) else ch(near_places(lp, 50, 700) or [lp])
        role = ch(FINDERS[PLACES[fp_][6]])
        fspot = spot_for(fp_)
    else:
        fp_ = sc['lp']
        role = ch(FINDERS.get(PLACES[fp_][6], ['路人']))
        fspot = sc['lspot'] if p(0.5) else spot_for(fp_)
        if PLACES[fp_][6] == 'office' and p(0.3):
            fspot = ch([('物业服务中心', 'the management office'), ('安保室', 'the security room'), ('一楼大堂', 'the lobby')])
    if fp_ == 'desk':
        fspot = ('', '')
    return dict(fp=fp_, fspot=fspot, role=role, F=Fd, veh=fv, route=sc.get('route'), stype=st,
                carriage=sc.get('carriage'))


def gen_find_near(lp, Fd, st=None, veh_kind=None, lo=0, hi=700, pool=None):
    """A finding for a decoy: near (or at) lp, at time Fd."""
    fv = None
    if veh_kind in ('ride', 'taxi'):
        kind = veh_kind
        fv = dict(kind=kind, plate=new_car_plate(kind), app=ch(TAXI_COS if kind == 'taxi' else RIDE_APPS),
                  car=ch(['白色新能源轿车', '黑色电动轿车', '灰色SUV']) if kind == 'ride' else '出租车')
        fp_ = lp if p(0.5) else ch(CBD)
        role = '网约车司机' if kind == 'ride' else '出租车司机'
        fspot = ch([('后排座位上', 'back seat'), ('座椅缝里', 'between the seats'), ('后排脚垫上', 'the floor mat')])
        return dict(fp=fp_, fspot=fspot, role=role, F=Fd, veh=fv, route=None, stype='ridehail' if kind == 'ride' else 'taxi',
                    carriage=None)
    if lo == 0 and p(0.5):
        fp_ = lp
    else:
        fp_ = ch(near_places(lp, max(lo, 30), hi, pool) or [lp])
    role = ch(FINDERS.get(PLACES[fp_][6], ['路人']))
    fspot = spot_for(fp_)
    if fp_ == 'desk':
        fspot = ('', '')
    return dict(fp=fp_, fspot=fspot, role=role, F=Fd, veh=None, route=None, stype=PLACES[fp_][6], carriage=None)


# ----------------------------------------------------------------- disclosure
DETAIL_MULT = {'terse': 0.45, 'normal': 1.0, 'rich': 1.45}
ELDER_SKIP = {'model', 'imei', 'sn', 'frame', 'docno', 'staffno'}


def rand_subset(s):
    s = sorted(s)
    k = ri(1, len(s))
    return frozenset(R.sample(s, k))


def disc_value(o, k, side):
    v = o.facts[k]
    if k in o.subset:
        return rand_subset(v) if side == 'own' else frozenset(v)
    if k == 'color':
        if side == 'own' and p(0.08):
            if v in DARK and v not in ('red', 'purple', 'green'):
                return 'dark'
            if v in LIGHT and v not in ('pink', 'gold', 'yellow'):
                return 'light'
        if side == 'fnd' and v in MISSEE and p(0.1):
            return ch(MISSEE[v])
    return v


def disclose(o, side, detail, voice):
    d = {}
    for k in o.order:
        if k.startswith('x_'):
            continue
        if side == 'own' and k not in o.known:
            continue
        if side == 'fnd' and k not in o.vis:
            continue
        if voice == 'elder' and k in ELDER_SKIP:
            continue
        if voice == 'en' and not o.say[k]['en'] and k not in ('color', 'brand', 'model', 'kind'):
            continue
        pr = (o.op if side == 'own' else o.fp)[k] * DETAIL_MULT[detail]
        if p(min(pr, 0.97)):
            d[k] = disc_value(o, k, side)
    return d


def can_say(o, k, side, voice):
    if side == 'own':
        if k not in o.known:
            return False
        if voice == 'en' and not o.say[k]['en'] and k not in ('color', 'brand', 'model', 'kind'):
            return False
        if voice == 'elder' and k in ELDER_SKIP:
            return False
        return True
    return k in o.vis


def fact_conflict(k, a, b, subset_key):
    if k == 'color':
        return not col_ok(a, b)
    if subset_key:
        return not set(a) <= set(b)
    if k == 'cash':
        return abs(a - b) > max(60, 0.2 * max(a, b))
    if k == 'nkeys':
        return abs(a - b) > 1
    if k == 'weight':
        return abs(a - b) > max(1.5, 0.2 * max(a, b))
    return a != b


def conflict(L, Fd):
    for k in L.disc:
        if k in Fd.disc and fact_conflict(k, L.disc[k], Fd.disc[k], k in L.obj.subset):
            return k
    return None


# ----------------------------------------------------------------- rendering helpers
OF_EN = {'卡套': 'card sleeve', '挂绳': 'lanyard', '封皮': 'cover', '皮套': 'cover', '挂件': 'charm',
         '钥匙壳': 'key fob', '袋子': 'envelope', '表盘': 'dial'}
TYPOS = [('钥匙', '要是'), ('钱包', '前包'), ('身份证', '身分证'), ('华为', '华伟'), ('已经', '以经'), ('充电宝', '充电包'),
         ('蓝牙', '兰牙'), ('项链', '项连'), ('戒指', '戒子'), ('背包', '被包'), ('苹果', '平果'), ('银行卡', '银航卡'),
         ('工牌', '公牌'), ('雨伞', '语伞'), ('会展中心', '会展中新'), ('手机', '手几'), ('麻烦', '麻凡'), ('丢了', '丢le'),
         ('耳机', '耳肌'), ('眼镜', '眼睛'), ('护照', '户照'), ('驾驶证', '驾使证'), ('现金', '现今'), ('电脑', '电恼'),
         ('自行车', '自形车'), ('电动车', '电动c'), ('谢谢', '谢谢谢'), ('在', '再'), ('的', '得'), ('帮忙', '帮忙忙')]


def typo(s):
    opts = [t for t in TYPOS if t[0] in s]
    if not opts:
        return s
    a, b = ch(opts)
    i = s.find(a)
    return s[:i] + b + s[i + len(a):]


def joint(tokens):
    out = ''
    for t in tokens:
        if not t:
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and t[0].isascii() and t[0].isalnum():
            out += ' '
        out += t
    return out


def say(o, k, v, side):
    s = o.say[k].get(side) or []
    if not s and side == 'en':
        s = o.say[k]['own']
    if not s and side == 'fnd':
        s = o.say[k]['own']
    if k in o.subset:
        return s(v)
    return pick(s)


def fieldval(o, k, v, side):
    f, dd = o.fld[k]
    s = dd.get(side) or dd['own']
    if k in o.subset:
        return s(v)
    return pick(s)


def model_word(o):
    return ch(o.model_f)


def head(o, d, inb, side, cat_override=None):
    """The item noun phrase with colour / brand / model when they go in the body."""
    en = side == 'en'
    spec = o.noun['en_spec'] if en else o.noun['spec']
    gen = o.noun['en'] if en else o.noun['gen']
    nw = ch(spec) if ('kind' in d and 'kind' in inb and spec) else ch(gen)
    col = ''
    if 'color' in inb and not o.color_of:
        col = colour_word(d['color'], side)
    br = brand_word(o.facts['brand'], side, o.cat) if 'brand' in inb else ''
    md = model_word(o) if 'model' in inb else ''
    if br and md:
        if br.lower().replace(' ', '') in md.lower().replace(' ', '') or (br == 'iPhone' and md.startswith('iPhone')):
            br = ''
    if en:
        return ' '.join(x for x in [col, br, md, nw] if x)
    toks = [col + ('的' if col and not col.endswith('的') and p(0.25) else ''), br, md, nw]
    return joint(toks)


def clause_list(o, d, keys, side):
    out = []
    for k in keys:
        if k == 'color':
            w = colour_word(d['color'], side)
            if side == 'en':
                out.append('%s %s' % (w, OF_EN.get(o.color_of, 'colour')) if o.color_of else 'colour: ' + w)
            else:
                out.append(w + o.color_of if o.color_of else ch(['颜色是', '颜色：', '']) + w)
        elif k == 'brand':
            b = brand_word(o.facts['brand'], side, o.cat)
            out.append(('brand ' + b) if side == 'en' else ch(['牌子是', '品牌', '']) + b)
        elif k == 'model':
            m = model_word(o)
            out.append(('model ' + m) if side == 'en' else ch(['型号', '型号是', '']) + m)
        elif k == 'kind' and o.noun['spec']:
            raise AssertionError('kind with a noun belongs in the head')
        else:
            t = say(o, k, d[k], side)
            if not t:
                raise AssertionError('disclosed fact %s has no words' % k)
            out.append(t)
    return out


def hour_word(h):
    if h < 5:
        return '凌晨'
    if h < 9:
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


def clock(t, words=True):
    h, m = t.hour, t.minute
    if not words:
        return '%d:%02d' % (h, m)
    h12 = h if h <= 12 else h - 12
    if m == 0:
        mm = '点'
    elif m == 30:
        mm = '点半'
    else:
        mm = '点%d' % m if m >= 10 else '点0%d' % m
        if p(0.4):
            mm = '点多'
    return hour_word(h) + str(h12) + mm


def date_cas(t, wk=0.2):
    s = ch(['%d月%d号' % (t.month, t.day), '%d月%d日' % (t.month, t.day), '%d.%d' % (t.month, t.day),
            '%d/%d' % (t.month, t.day)])
    if p(wk):
        s += '（周%s）' % WD[t.weekday()]
    return s


def date_formal(t):
    return ch(['2026年%d月%d日' % (t.month, t.day), '%d月%d日' % (t.month, t.day)])


def when_window(W0, W1):
    if W0.date() == W1.date():
        r = R.random()
        d = date_cas(W0)
        if r < 0.4:
            return '%s%s到%s之间' % (d, clock(W0), clock(W1).replace(hour_word(W1.hour), '') if hour_word(W0.hour) == hour_word(W1.hour) else clock(W1))
        if r < 0.65:
            return '%s %s-%s' % (d, clock(W0, False), clock(W1, False))
        if r < 0.85:
            return '%s%s' % (d, clock(W0 + (W1 - W0) / 2))
        return '%s%s' % (d, hour_word(W0.hour))
    return '%s%s到%s%s之间' % (date_cas(W0, 0), hour_word(W0.hour), date_cas(W1, 0), hour_word(W1.hour))


def when_window_en(W0, W1):
    def c(t):
        return '%d:%02d' % (t.hour, t.minute)
    if W0.date() == W1.date():
        if p(0.5):
            return 'on %s %d between %s and %s' % (MON_EN[W0.month], W0.day, c(W0), c(W1))
        mid = W0 + (W1 - W0) / 2
        h12 = mid.hour if mid.hour <= 12 else mid.hour - 12
        return 'on %s %d around %d%s' % (MON_EN[W0.month], W0.day, h12, 'pm' if mid.hour >= 12 else 'am')
    return 'between %s %d %s and %s %d %s' % (MON_EN[W0.month], W0.day, c(W0), MON_EN[W1.month], W1.day, c(W1))


def when_found(t, formal):
    if formal:
        return date_formal(t) + ch(['%d时%02d分许' % (t.hour, t.minute), '%d时许' % t.hour, '%d:%02d' % (t.hour, t.minute)])
    return date_cas(t) + clock(t)


CLOSERS = ['麻烦有消息联系我，谢谢！', '谢谢！', '拜托了，谢谢', '有人捡到请联系我，必有重谢。', '急用，麻烦帮忙留意。', '',
           '电话在登记表上。', '麻烦民警同志了。']
CLOSERS_EN = ['Thank you very much!', 'Please contact me at my hotel.', 'Any help is appreciated.',
              'I fly home soon, please help.', '']


# ----------------------------------------------------------------- records
class Rec:
    def __init__(self, **kw):
        self.__dict__.update(kw)


ROLE_DESC = {'office': lambda pr: pr['company'] + '员工', 'intern': lambda pr: pr['school'][0] + '实习生',
             'expo': lambda pr: '海博会参展人员', 'courier': lambda pr: '外卖骑手', 'resident': lambda pr: '附近居民',
             'elder': lambda pr: '退休居民', 'student': lambda pr: '学生', 'tourist': lambda pr: '游客',
             'business': lambda pr: '商务人士'}


def role_desc(pr, stype=None):
    if pr['foreign']:
        return pr['nat'][0] + '籍人士'
    if stype == 'office' and pr['role'] in ('elder', 'resident', 'courier'):
        return '来访人员' if pr['role'] != 'courier' else '外卖骑手'
    return ROLE_DESC.get(pr['role'], lambda x: '市民')(pr)


def lost_voice(owner):
    if owner['foreign']:
        v = 'en' if p(0.75) else 'desk'
    else:
        v = wch([('casual', 44), ('desk', 24), ('terse', 14), ('long', 10),
                 ('elder', 12 if owner['role'] in ('elder', 'resident') else 2)])
    det = {'casual': lambda: wch([('normal', 65), ('rich', 15), ('terse', 20)]),
           'desk': lambda: wch([('normal', 70), ('rich', 30)]),
           'terse': lambda: 'terse', 'long': lambda: 'rich',
           'elder': lambda: wch([('terse', 40), ('normal', 60)]),
           'en': lambda: wch([('normal', 70), ('rich', 15), ('terse', 15)])}[v]()
    return v, det


def found_voice(find):
    role = find['role']
    if role in ('网约车司机', '出租车司机'):
        v = 'driver' if p(0.7) else 'desk'
    elif find['stype'] == 'train':
        v = 'org' if p(0.6) else 'desk'
    else:
        v = wch([('desk', 45), ('finder', 25), ('org', 20 if role in ORG_FINDERS else 0), ('terse', 10)])
    det = {'desk': lambda: wch([('normal', 60), ('rich', 40)]), 'finder': lambda: wch([('terse', 40), ('normal', 60)]),
           'org': lambda: wch([('normal', 80), ('rich', 20)]), 'terse': lambda: 'terse',
           'driver': lambda: 'normal'}[v]()
    return v, det


def make_lost(cat, force=None, owner=None, stype=None):
    if owner is None:
        foreign = cat in ('phone', 'wallet', 'bag', 'electronics', 'jewelry', 'other', 'id_doc') and p(0.07)
        if force and force.get('kind') == 'passport_f':
            foreign = True
        owner = new_person(foreign=foreign)
    if owner['foreign'] and cat == 'id_doc':
        force = dict(force or {})
        force['kind'] = 'passport_f'
    o = gen_obj(cat, force, owner)
    o.owner = owner
    sc = gen_sc(cat, owner, stype)
    if sc['veh'] and sc['veh'].get('plate'):
        vehicle_fact(o, sc['veh'])
    v, det = lost_voice(owner)
    L = Rec(cat=cat, obj=o, sc=sc, voice=v, detail=det, owner=owner, truth=None, disc=None, force=force,
            targeted=0)
    L.disc = disclose(o, 'own', det, v)
    L.from_min, L.to_min = mins(sc['W0']), mins(sc['W1'])
    return L


def make_found_for(o, find, cat, neg=None, target=None, must=()):
    if find['veh'] and find['veh'].get('plate'):
        vehicle_fact(o, find['veh'])
    v, det = found_voice(find)
    Fd = Rec(cat=cat, obj=o, find=find, voice=v, detail=det, neg=neg, target=target, disc=None)
    Fd.disc = disclose(o, 'fnd', det, v)
    for k in must:
        if k in o.facts and k in o.vis and k not in Fd.disc:
            Fd.disc[k] = disc_value(o, k, 'fnd')
    Fd.at_min = mins(find['F'])
    return Fd


# ----------------------------------------------------------------- negatives
def clamp_found(t):
    lo = T0 - dt.timedelta(minutes=MAXMIN - 60)
    hi = T0 - dt.timedelta(minutes=30)
    return max(lo, min(hi, t))


def neg_force(T, what):
    o = T.obj
    f = {}
    if 'color' in what and 'color' in o.facts:
        f['color'] = o.facts['color']
    if 'kind' in what and T.cat != 'phone':
        f['kind'] = o.facts.get('kind')
    if 'brand' in what and 'brand' in o.facts:
        f['brand'] = o.facts['brand']
        if T.cat in ('keys', 'jewelry', 'other', 'bag'):
            f['kind'] = o.facts.get('kind')
        if T.cat == 'electronics':
            same = [x for x in EL_BRANDS[o.kind] if x[0] == o.facts['brand']]
            f['brandmodel'] = ch(same)
            f['kind'] = o.kind
    if 'model' in what and 'model' in o.facts:
        f['model'] = o.facts['model']
        if T.cat == 'electronics':
            f['brandmodel'] = o.facts['x_bm']
    if 'material' in what and T.cat == 'jewelry':
        f['material'] = [m for m in MATERIALS[o.kind] if m[0] == o.facts['material']][0]
    if T.cat == 'cash' and 'kind' in what:
        f['kind'] = o.facts['kind']
    return f


def make_neg(kind, T):
    cat = T.cat
    sc = T.sc
    veh = sc['veh']['kind'] if sc['veh'] and sc['veh']['kind'] in ('ride', 'taxi') else None
    if kind == 'same_cat_colour':
        force = neg_force(T, ('color', 'kind') if p(0.7) else ('color',))
        o = gen_obj(cat, force)
        Fdt = clamp_found(sc['W0'] + dt.timedelta(minutes=ri(0, 36 * 60)))
        if Fdt < sc['W0']:
            Fdt = sc['W0']
        find = gen_find_near(sc['lp'], Fdt, veh_kind=veh if p(0.5) else None, hi=650)
        must = ('color', 'kind')
    elif kind == 'found_before_loss':
        force = neg_force(T, ('color', 'kind', 'brand', 'model', 'material'))
        o = gen_obj(cat, force)
        Fdt = clamp_found(sc['W0'] - dt.timedelta(minutes=ri(180, 12 * 1440)))
        find = gen_find_near(sc['lp'], Fdt, veh_kind=veh if p(0.4) else None, hi=800)
        must = tuple(k for k in ('color', 'kind', 'brand', 'model') if k in T.disc)
    elif kind == 'same_brand_elsewhere':
        force = neg_force(T, ('brand', 'kind') if p(0.6) else ('brand',))
        o = gen_obj(cat, force)
        far = [q for q in PK if q != 'desk' and dist_m(LL[sc['lp']], LL[q]) >= 2500]
        fpk = ch(far)
        after = sc['A'] + dt.timedelta(minutes=ri(3 * 1440, 20 * 1440))
        if p(0.5) and after < T0 - dt.timedelta(minutes=60):
            Fdt = after
        else:
            Fdt = clamp_found(sc['W0'] - dt.timedelta(minutes=ri(3 * 1440, 25 * 1440)))
        find = gen_find_near(fpk, Fdt, lo=0, hi=1)
        must = ('brand',)
    else:
        raise ValueError(kind)
    o.force = force
    Fd = make_found_for(o, find, cat, neg=kind, target=T, must=must)
    return Fd


DESK_CATS = [('other', 30), ('phone', 8), ('keys', 10), ('id_doc', 10), ('wallet', 8), ('bag', 8),
             ('electronics', 10), ('jewelry', 6), ('cash', 3), ('bicycle', 4), ('ebike', 3)]


def make_desk_other(cat=None):
    cat = cat or wch(DESK_CATS)
    o = gen_obj(cat, None)
    pk = ch(CBD) if p(0.85) else ch(FAR)
    day = DAY0 + dt.timedelta(days=ri(-5, NDAYS + 1))
    Fdt = clamp_found(at(day, 7, 22))
    find = gen_find_near(pk, Fdt, lo=0, hi=400)
    Fd = make_found_for(o, find, cat, neg='desk_other')
    Fd.regen_cat = cat
    return Fd


# ----------------------------------------------------------------- honesty repair
PREF = ['brand', 'model', 'kind', 'case', 'lock', 'name', 'pendant', 'design', 'engraving', 'material', 'vehicle',
        'company', 'plate', 'access', 'contents', 'cards', 'sticker', 'writing', 'cash', 'nat', 'color']


def repair_keys(L, Fd):
    lo, fo = L.obj, Fd.obj
    lside = 'own'
    keys = [k for k in PREF if k in lo.facts] + [k for k in lo.order if k not in PREF and not k.startswith('x_')]
    out = []
    for k in keys:
        if k not in fo.facts or not can_say(lo, k, lside, L.voice) or k not in fo.vis:
            continue
        lv, fv = lo.facts[k], fo.facts[k]
        if k in lo.subset:
            extra = sorted(set(lv) - set(fv))
            if not extra:
                continue
            cur = set(L.disc.get(k, frozenset()))
            cur.add(extra[0])
            out.append((k, frozenset(cur), frozenset(fv)))
        elif fact_conflict(k, lv, fv, False):
            out.append((k, lv, fv))
    return out


def repair_pair(L, Fd):
    cands = repair_keys(L, Fd)
    if not cands:
        return False
    # prefer a key that one side already states
    best = None
    for c in cands:
        if c[0] in L.disc or c[0] in Fd.disc:
            best = c
            break
    best = best or cands[0]
    k, lv, fv = best
    L.disc[k] = lv
    Fd.disc[k] = fv
    return True


def all_problems(lost, found):
    out = []
    for L in lost:
        for Fd in found:
            if L.truth is Fd or Fd.cat != L.cat:
                continue
            if Fd.at_min > L.from_min:
                continue
            if conflict(L, Fd) is None:
                out.append((L, Fd))
    return out


RELAX = {'same_cat_colour': ('color',), 'found_before_loss': ('kind', 'color'), 'same_brand_elsewhere': ('brand',)}


def regen_found(Fd):
    o_old = Fd.obj
    Fd.regens = getattr(Fd, 'regens', 0) + 1
    if Fd.neg == 'desk_other':
        o = gen_obj(Fd.regen_cat, None)
    else:
        force = dict(o_old.force or {})
        if Fd.regens > 3:
            # keep only what defines the kind of decoy
            force = dict((k, v) for k, v in force.items() if k in RELAX[Fd.neg] or
                         (k == 'brandmodel' and Fd.neg == 'same_brand_elsewhere' and Fd.regens < 6))
        o = gen_obj(Fd.cat, force)
    if Fd.find['veh'] and Fd.find['veh'].get('plate'):
        vehicle_fact(o, Fd.find['veh'])
    Fd.obj = o
    keep = [k for k in Fd.disc if k in ('color', 'kind', 'brand', 'model')]
    Fd.disc = disclose(o, 'fnd', Fd.detail, Fd.voice)
    for k in keep:
        if k in o.facts and k in o.vis:
            Fd.disc[k] = disc_value(o, k, 'fnd')


def regen_lost(L):
    o = gen_obj(L.cat, L.force, L.owner)
    o.owner = L.owner
    if L.sc['veh'] and L.sc['veh'].get('plate'):
        vehicle_fact(o, L.sc['veh'])
    L.obj = o
    L.disc = disclose(o, 'own', L.detail, L.voice)


def regen_pair(L):
    """Redraw the object of a true pair (same owner, scenario and finding)."""
    regen_lost(L)
    Fd = L.truth
    if Fd.find['veh'] and Fd.find['veh'].get('plate'):
        vehicle_fact(L.obj, Fd.find['veh'])
    Fd.obj = L.obj
    Fd.disc = disclose(L.obj, 'fnd', Fd.detail, Fd.voice)


def repair(lost, found):
    for rnd in range(60):
        probs = all_problems(lost, found)
        if not probs:
            return rnd
        for L, Fd in probs:
            if conflict(L, Fd) is not None or Fd.at_min > L.from_min:
                continue
            if repair_pair(L, Fd):
                continue
            if Fd.neg:
                regen_found(Fd)
            elif L.truth is None:
                regen_lost(L)
            else:
                regen_pair(Fd.lost)
    raise RuntimeError('repair did not converge')


# ----------------------------------------------------------------- rendering
def cut(s, n):
    return s if len(s) <= n else s[:n]


def fit_body(s):
    if len(s) > 600:
        raise AssertionError('body over 600 characters')
    return s


def pick_fields(o, d, side, voice, probs):
    fields = {}
    infield = set()
    mult = {'desk': 1.2, 'terse': 0.5, 'en': 0.8, 'elder': 0.5}.get(voice, 1.0)

    def go(x):
        return p(min(0.95, x * mult))
    fs = 'en' if side == 'en' else side
    if 'color' in d and go(probs['color']):
        t = VAGUE.get(d['color']) or COL[d['color']]
        fields['color'] = ch(t[2]) if side == 'en' else ch(t[1]) if side == 'fnd' else ch(t[3])
        infield.add('color')
    if 'brand' in d and go(probs['brand']):
        fields['brand'] = brand_word(o.facts['brand'], fs, o.cat)
        infield.add('brand')
    if 'model' in d and go(probs['model']):
        fields['model'] = model_word(o)
        infield.add('model')
    def has(k):
        return side != 'en' or bool(o.fld[k][1].get('en'))
    sk = [k for k in o.order if k in d and k in o.fld and o.fld[k][0] == 'serial' and has(k)]
    if sk and go(probs['serial']):
        k = sk[0]
        v = fieldval(o, k, d[k], fs)
        if len(v) <= 60:
            fields['serial'] = v
            infield.add(k)
    mk = [k for k in o.order if k in d and k in o.fld and o.fld[k][0] == 'marks' and has(k)]
    if mk and go(probs['marks']):
        chosen = [k for k in mk if p(0.75)] or mk[:1]
        sep = '; ' if side == 'en' else ch(['；', '，', ' '])
        v = sep.join(fieldval(o, k, d[k], fs) for k in chosen)
        if len(v) <= 500:
            fields['marks'] = v
            infield.update(chosen)
    return fields, infield


def body_keys(o, d, infield, voice):
    keys = []
    for k in o.order:
        if k not in d:
            continue
        if k in infield and not p(0.4 if voice != 'desk' else 0.6):
            continue
        keys.append(k)
    inhead = set()
    for k in ('kind', 'color', 'brand', 'model'):
        if k in keys and not (k == 'color' and o.color_of) and not (k == 'kind' and not o.noun['spec']):
            if k == 'kind' or p(0.8):
                inhead.add(k)
    rest = [k for k in keys if k not in inhead]
    return inhead, rest


def join_zh(parts, end='。'):
    parts = [x for x in parts if x]
    if not parts:
        return ''
    return '，'.join(parts) + end


def flavour(o, side):
    out = []
    for k in o.order:
        if k.startswith('x_') and o.say[k].get(side) and p(o.op[k]):
            out.append(pick(o.say[k][side]))
    return out


ACTS = [('茶水间', ['接水', '冲咖啡']), ('会议室', ['开会']), ('洗手间', ['上洗手间']), ('大堂', ['等人', '取外卖']),
        ('闸机', ['刷卡进门']), ('电梯', ['坐电梯']), ('停车场', ['取车']), ('上车点', ['等网约车']),
        ('访客登记', ['办访客登记']), ('前台', ['办事', '取快递']), ('餐饮区', ['吃饭']), ('候客区', ['排队打车']),
        ('安检口', ['过安检']), ('登录厅', ['登记入场']), ('新闻中心', ['开会']), ('展位', ['布展', '看展']),
        ('号馆', ['逛展', '看展']), ('取餐台', ['取咖啡']), ('外摆', ['坐着等人', '喝咖啡']), ('靠窗', ['坐了一会儿', '办公']),
        ('插座', ['充电办公', '坐了一会儿']), ('自习', ['自习']), ('存包柜', ['存包']), ('阅览室', ['看书']),
        ('借还书台', ['还书']), ('美食区', ['吃饭']), ('档口', ['吃饭']), ('用餐区', ['吃饭']), ('洗手池', ['洗手'])]


def act_for(spot, default):
    for key, acts in ACTS:
        if key in spot:
            return ch(acts)
    return ch(default)


def own_sentence(L, item):
    sc = L.sc
    st = sc['type']
    when = when_window(sc['W0'], sc['W1'])
    P = pname(sc['lp'], 'own') if sc['lp'] else ''
    spot = sc['lspot'][0] if sc['lspot'] else ''
    if st in ('ridehail', 'taxi'):
        a, b = sc['route']
        A_, B_ = pname(a, 'own'), pname(b, 'own')
        v = sc['veh']
        if st == 'ridehail':
            s = ch(['%s从%s打了个%s的网约车去%s，下车后发现%s落在车上了' % (when, A_, v['app'], B_, item),
                    '%s在%s叫网约车到%s，%s应该是掉在后排了' % (when, A_, B_, item),
                    '%s坐网约车（%s→%s），%s忘在车上了' % (when, A_, B_, item)])
        else:
            s = ch(['%s在%s打了一辆出租车到%s，%s落在车上了' % (when, A_, B_, item),
                    '%s坐%s的出租车从%s到%s，下车忘拿%s' % (when, v['app'], A_, B_, item)])
    elif st == 'train':
        a, b = sc['route']
        s = '%s坐机场快线从%s到%s，%s落在车厢里了' % (when, pname(a, 'own'), pname(b, 'own'), item)
        if p(0.5):
            s += '，好像是第%d节车厢' % sc['carriage']
    elif st == 'bike':
        a, b = sc['route']
        s = '%s骑%s从%s到%s，%s放在车筐里忘拿了' % (when, sc['veh']['app'], pname(a, 'own'), pname(b, 'own'), item)
    elif st == 'parked':
        W0, W1 = sc['W0'], sc['W1']
        if W0.date() == W1.date():
            s = '%s%s把%s停在%s%s，%s出来车就不见了' % (date_cas(W0), clock(W0), item, P, spot, clock(W1))
        else:
            s = '%s%s把%s停在%s%s，%s%s发现车没了' % (date_cas(W0), hour_word(W0.hour), item, P, spot, date_cas(W1, 0),
                                              hour_word(W1.hour))
    elif st == 'office':
        s = ch(['%s在%s%s%s，之后发现%s不见了' % (when, P, spot, act_for(spot, ['办事']), item),
                '%s在%s上班，%s可能落在%s了' % (when, P, item, spot),
                '%s在%s%s把%s弄丢了' % (when, P, spot, item)])
    elif st == 'street' and sc['route']:
        a, b = sc['route']
        s = '%s从%s走到%s，路上%s掉了' % (when, pname(a, 'own'), pname(b, 'own'), item)
    elif st == 'street':
        s = '%s在%s%s附近丢了%s' % (when, P, spot, item)
    elif st == 'expo':
        s = '%s在%s%s%s，%s不见了' % (when, P, spot, act_for(spot, ['逛展', '参加海博会']), item)
    elif st == 'hotel':
        s = '住在%s，%s在%s把%s落下了' % (P, when, spot, item)
    elif st == 'gym':
        s = '%s在%s健身，%s落在%s了' % (when, P, item, spot)
    elif st == 'coffee':
        s = '%s在%s%s%s，走的时候%s忘拿了' % (when, P, spot, act_for(spot, ['坐了一会儿']), item)
    elif st == 'food':
        s = '%s在%s%s%s，%s落在那了' % (when, P, spot, act_for(spot, ['吃饭']), item)
    elif st == 'park':
        s = '%s在%s%s，%s掉了，可能在%s附近' % (when, P, ch(['跑步', '散步', '遛狗', '看海', '骑车']), item, spot)
    elif st == 'library':
        s = '%s在%s%s%s，%s不见了' % (when, P, spot, act_for(spot, ['自习']), item)
    elif st == 'atm':
        s = '%s在%s%s取钱，%s忘拿了' % (when, P, spot, item)
    else:
        s = '%s在%s%s，%s丢了' % (when, P, spot, item)
    if sc['typhoon'] and p(0.7):
        s = ch(['那天台风下大雨，', TYPHOON + '那天，', '台风天雨很大，']) + s
    if sc['expo'] and st != 'expo' and p(0.4):
        s = '海博会期间，' + s
    if sc.get('wide'):
        s += ch(['，具体什么时候丢的记不清了', '，也可能更早就丢了，没注意', '，最后一次看到是在那之前'])
    return s


def en_sentence(L, item):
    sc = L.sc
    st = sc['type']
    when = when_window_en(sc['W0'], sc['W1'])
    P = pname(sc['lp'], 'en') if sc['lp'] else ''
    spot = sc['lspot'][1] if sc['lspot'] else ''
    if st in ('ridehail', 'taxi'):
        a, b = sc['route']
        what = 'a ride-hailing car (%s)' % sc['veh']['app'] if st == 'ridehail' else 'a taxi'
        return 'I left my %s in %s from %s to %s %s.' % (item, what, pname(a, 'en'), pname(b, 'en'), when)
    if st == 'train':
        a, b = sc['route']
        return 'I lost my %s on the Airport Express from %s to %s %s, car %d maybe.' % (
            item, pname(a, 'en'), pname(b, 'en'), when, sc['carriage'])
    if st == 'expo':
        return 'I lost my %s at the %s (%s, %s) %s.' % (item, EXPO_EN, P, spot, when)
    if st == 'hotel':
        return 'I am staying at %s and lost my %s in %s %s.' % (P, item, spot, when)
    if st == 'street' and sc['route']:
        a, b = sc['route']
        return 'I lost my %s walking from %s to %s %s.' % (item, pname(a, 'en'), pname(b, 'en'), when)
    return 'I lost my %s at %s%s %s.' % (item, P, (' (' + spot + ')') if spot else '', when)


def render_lost(L):
    o, d, v = L.obj, L.disc, L.voice
    side = 'en' if v == 'en' else 'own'
    fields, infield = pick_fields(o, d, side, v, {'color': 0.5, 'brand': 0.5, 'model': 0.45, 'serial': 0.6,
                                                  'marks': 0.3})
    inhead, rest = body_keys(o, d, infield, v)
    if v == 'elder':
        o_brand_side = 'own'
    item = head(o, d, inhead, side)
    cl = clause_list(o, d, rest, side)
    fl = flavour(o, side) if v in ('casual', 'long', 'elder', 'en') else []
    pr = L.owner
    if v == 'en':
        parts = [ch(['Hello, ', 'Hi, ', '', 'Dear officer, ']) + en_sentence(L, item)]
        if cl:
            txt = '; '.join(cl)
            parts.append(ch(['Details: ', 'Description: ', '']) + txt[0].upper() + txt[1:] + '.')
        parts += [x[0].upper() + x[1:] + '.' for x in fl]
        parts.append(ch(CLOSERS_EN))
        body = ' '.join(x for x in parts if x)
    elif v == 'desk':
        s = own_sentence(L, ('' if item.startswith('一') else ch(['', '一' + o.noun['cls']])) + item)
        who = '报失人%s（%s）' % (title(pr) if not pr['foreign'] else pr['name'], role_desc(pr, L.sc['type']))
        body = who + ch(['称：', '报称：', '来所报称：']) + s + '。' + join_zh(cl) + ch(['请协助查找。', '已登记。', ''])
    elif v == 'terse':
        sc = L.sc
        P = pname(sc['lp'], 'own')
        bits = [P, ch(['丢了', '丢', '遗失']) + item, date_cas(sc['W0'], 0) + hour_word(sc['W0'].hour)] + cl
        body = ' '.join(bits)
        if p(0.5):
            body = typo(body)
    else:
        intro = ''
        if v == 'long':
            intro = ch(['我是%s，' % role_desc(pr), '您好，我在%s上班，' % pname(pr.get('company_place') or 'hc', 'own'), '你好，'])
        elif v == 'elder':
            intro = ch(['我年纪大了记性不好，', '我是退休的，', '同志你好，'])
        else:
            intro = ch(['', '', '你好，', '您好，', '急！', '报失：'])
        s = own_sentence(L, item)
        mid = ''
        if cl:
            mid = ch(['', '特征：', '', '东西是这样的：']) + join_zh(cl)
        tail = join_zh(fl) if fl else ''
        body = intro + s + '。' + mid + tail + ch(CLOSERS)
        if (v == 'elder' and p(0.3)) or (v == 'casual' and p(0.1)):
            body = typo(body)
    body = fit_body(body)
    rec = {'key': L.key, 'category': L.cat, 'body': body}
    for f in ('color', 'brand', 'model', 'serial', 'marks'):
        if f in fields:
            rec[f] = fields[f]
    sc = L.sc
    if p(0.7 if v != 'terse' else 0.4):
        if sc['route'] and sc['type'] in ('ridehail', 'taxi', 'train', 'bike', 'street'):
            a, b = sc['route']
            s_ = ch(['%s→%s', '%s到%s途中', '%s-%s']) % (pname(a, 'en' if side == 'en' else 'own'),
                                                    pname(b, 'en' if side == 'en' else 'own'))
            if sc['type'] == 'ridehail' and p(0.3):
                s_ = '%s网约车上（%s-%s）' % (sc['veh']['app'], pname(a, 'own'), pname(b, 'own'))
        else:
            s_ = ch([pname(sc['lp'], 'en' if side == 'en' else 'own') + (sc['lspot'][0] if side != 'en' else ''),
                     pname(sc['lp'], 'own'), pname(sc['lp'], 'own') + '附近', paddr(sc['lp'])])
        rec['address'] = cut(s_, 60)
    if p(0.4):
        ll = LL[sc['lp']] if not sc['route'] else LL[ch(list(sc['route']))]
        rec['lat'], rec['lon'] = jit(ll, 80)
    rec['lost_from_min'] = L.from_min
    rec['lost_to_min'] = L.to_min
    rec['truth'] = L.truth.key if L.truth else None
    return rec


def render_found(Fd):
    o, d, v, f = Fd.obj, Fd.disc, Fd.voice, Fd.find
    fields, infield = pick_fields(o, d, 'fnd', v, {'color': 0.65, 'brand': 0.55, 'model': 0.5, 'serial': 0.65,
                                                   'marks': 0.5})
    inhead, rest = body_keys(o, d, infield, v)
    item = head(o, d, inhead, 'fnd')
    cl = clause_list(o, d, rest, 'fnd')
    fpk = f['fp']
    P = pname(fpk, 'fnd')
    spot = f['fspot'][0]
    role = f['role']
    who = finder_person(role)
    if role.endswith('阿姨'):
        who = who[0] + '阿姨'
        role = role[:-2] + '员'
    cls = o.noun['cls']
    Ft = f['F']
    if f['veh']:
        where = '在车内' + spot
    elif fpk == 'desk':
        where = ch(['（拾得人未说明具体地点）', '（交至派出所，拾得地点不详）', ''])
    else:
        where = '在' + P + spot
    if v == 'driver' and f['veh']:
        veh = f['veh']
        s = '%s司机%s交来：%s%s在车内%s发现%s' % (veh['app'], who,
                                          when_found(Ft, False), ch(['乘客下车后', '收车时', '下一单乘客提醒', '打扫卫生时']),
                                          spot, item)
        body = s + ('，' + join_zh(cl) if cl else '。')
        if f.get('route') and p(0.4):
            a, b = f['route']
            body += '怀疑是%s到%s那一单的乘客落下的。' % (pname(a, 'own'), pname(b, 'own'))
        elif p(0.4):
            body += '当天跑了十几单，不确定是哪位乘客的。'
    elif v == 'driver' or v == 'desk':
        if f['stype'] == 'train':
            body = '%s%s于%s在%s%s发现乘客遗留%s' % (role, who, when_found(Ft, True), pname(fpk, 'fnd'), spot,
                                                item if item.startswith('一') else item + '一' + cls)
        elif f['stype'] == 'parked' or o.cat in ('ebike', 'bicycle'):
            body = '%s%s于%s%s发现一%s%s停放，长时间无人认领' % (role, who, when_found(Ft, True), where, cls, item)
        else:
            body = '%s%s于%s%s拾得%s' % (role, who, when_found(Ft, True), where, item if item.startswith('一') else item + '一' + cls)
        body += ('，' + join_zh(cl) if cl else '。') + ch(['现交%s登记保管。' % DESK_NAME, '已登记入库。', '暂存我所。'])
    elif v == 'org':
        org = ORG_FINDERS.get(f['role'], P)
        if f['stype'] == 'train':
            body = '机场快线客运部：%s列车终到%s清客时，在%s发现乘客遗留%s' % (when_found(Ft, True), pname(fpk, 'fnd'),
                                                           spot, item if item.startswith('一') else item + '一' + cls)
        else:
            body = '%s（%s）：%s%s在%s巡查时发现遗留%s' % (org, P, when_found(Ft, True), role, spot or '现场',
                                                  item if item.startswith('一') else item + '一' + cls)
        body += ('，' + join_zh(cl) if cl else '。') + ch(['现移交派出所。', '已送交派出所。', '请失主联系。'])
    elif v == 'finder':
        body = '%s%s捡到%s' % (when_found(Ft, False), where, item) + ('，' + join_zh(cl) if cl else '。') + \
               ch(['已经交到派出所了，失主联系民警吧。', '放派出所了。', '希望能找到失主。', ''])
        if p(0.1):
            body = typo(body)
    else:
        bits = ['拾得' + item] + cl + ([P] if fpk != 'desk' else []) + [date_cas(Ft, 0)]
        body = ' '.join(bits)
        if p(0.3):
            body = typo(body)
    if f.get('stype') in ('ridehail', 'taxi') and v != 'driver' and f['veh'] is None:
        pass
    body = fit_body(body)
    rec = {'key': Fd.key, 'category': Fd.cat, 'body': body}
    for fl in ('color', 'brand', 'model', 'serial', 'marks'):
        if fl in fields:
            rec[fl] = fields[fl]
    if p(0.92):
        if f['veh'] and p(0.4):
            rec['address'] = cut('%s车内（%s）' % ('网约车' if f['veh']['kind'] == 'ride' else '出租车', f['veh']['plate']), 60)
        elif fpk == 'desk':
            rec['address'] = ch(['滨海派出所', '东港市公安局滨海派出所（送交）'])
        elif f['veh']:
            rec['address'] = cut(ch([pname(fpk, 'addr'), paddr(fpk)]), 60)
        else:
            rec['address'] = cut(ch([P + spot, pname(fpk, 'addr') + spot, paddr(fpk), P]), 60)
    if p(0.7):
        rec['lat'], rec['lon'] = jit(LL[fpk], 30)
    rec['found_at_min'] = Fd.at_min
    if Fd.neg:
        rec['negative'] = Fd.neg
    return rec


# ----------------------------------------------------------------- build
CROSS = [('wallet', {'kind': 'cardholder', 'with_id': True}, 'id_doc'),
         ('electronics', {'kind': 'smartwatch'}, 'jewelry'),
         ('bag', {'kind': 'crossbody'}, 'wallet'),
         ('electronics', {'kind': 'earbuds'}, 'other')]
NEG_PLAN = [('same_cat_colour', 30, 30), ('found_before_loss', 22, 23), ('same_brand_elsewhere', 22, 23)]
NEG_OK = {'same_cat_colour': lambda L: 'color' in L.obj.facts and 'color' in L.disc,
          'found_before_loss': lambda L: True,
          'same_brand_elsewhere': lambda L: 'brand' in L.disc}


def build():
    global R
    R = random.Random(SEED)
    USED.clear()
    lost, found = [], []
    for cat in CATS:
        special = [c for c in CROSS if c[0] == cat]
        for i in range(N_PAIRS[cat]):
            force, fcat = (special[i][1], special[i][2]) if i < len(special) else (None, cat)
            L = make_lost(cat, force)
            find = gen_find(L.sc, cat)
            Fd = make_found_for(L.obj, find, fcat)
            L.truth = Fd
            Fd.lost = L
            lost.append(L)
            found.append(Fd)
    for cat in CATS:
        for i in range(N_LONELY[cat]):
            lost.append(make_lost(cat))
    # first make the reports and the true items honest among themselves, so decoy targets are final
    rounds0 = repair(lost, found)
    unmatched = [L for L in lost if L.truth is None]
    matched = [L for L in lost if L.truth is not None]

    def target(pool, ok, other):
        c = [L for L in pool if ok(L) and L.targeted < 2]
        if not c:
            c = [L for L in other if ok(L) and L.targeted < 2]
        c0 = [L for L in c if L.targeted == 0] or c
        T = ch(c0)
        T.targeted += 1
        return T
    for kind, n_un, n_ma in NEG_PLAN:
        for i in range(n_un):
            found.append(make_neg(kind, target(unmatched, NEG_OK[kind], matched)))
        for i in range(n_ma):
            found.append(make_neg(kind, target(matched, NEG_OK[kind], unmatched)))
    for i in range(N_NEG['desk_other']):
        found.append(make_desk_other())
    rounds = rounds0 + repair(lost, found)
    # final assertions on the hidden records
    assert not all_problems(lost, found)
    for L in lost:
        if L.truth is not None:
            k = conflict(L, L.truth)
            assert k is None, ('truth pair disagrees', k)
            assert L.truth.at_min <= L.from_min
    R.shuffle(lost)
    R.shuffle(found)
    for i, L in enumerate(lost):
        L.key = '%s-L%04d' % (PFX, i + 1)
    for i, Fd in enumerate(found):
        Fd.key = '%s-F%04d' % (PFX, i + 1)
    frecs = [render_found(Fd) for Fd in found]
    lrecs = [render_lost(L) for L in lost]
    data = {'seed': SEED, 'made_by': 'tests/lostfound/make_set%d.py' % NN,
            'parts': {'set%d' % NN: {'found': frecs, 'lost': lrecs}}}
    return data, lost, found, rounds


def main(argv):
    out = OUT
    if '--out' in argv:
        out = argv[argv.index('--out') + 1]
    data, lost, found, rounds = build()
    with open(out, 'w', encoding='utf-8') as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    part = data['parts']['set%d' % NN]
    print('wrote %s: %d lost (%d with truth), %d found (%d negatives); honesty repair rounds: %d' % (
        os.path.relpath(out), len(part['lost']), sum(1 for x in part['lost'] if x['truth']), len(part['found']),
        sum(1 for x in part['found'] if 'negative' in x), rounds))


if __name__ == '__main__':
    main(sys.argv)
