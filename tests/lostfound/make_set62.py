#!/usr/bin/env python3
"""Write tests/lostfound/set62.json: a blind labelled lost-and-found set.

World: the invented 青禾新区 of the invented inland city 禾州市, in autumn, during a
two-week small-commodities trade fair.  Every object is first drawn as a hidden truth
record; the owner's lost report and the finder's registration are then written from it
separately, each knowing only what that person could know.

Python 3 standard library only; one random.Random(SEED); output is identical on every run.
"""
import copy
import json
import math
import os
import sys
from datetime import datetime, timedelta
import random

SEED = 6262
PFX = 'S62'
PART = 'set62'
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'set62.json')

N_PAIRS = 150
N_LOST_ONLY = 90
NEG_PLAN = [('twin', 22), ('same_category_colour', 24), ('found_before_loss', 22),
            ('same_make_elsewhere_later', 22)]
N_UNCLAIMED = 30
N_CROSS = 4
N_EN = 10
N_MIXED_LOST = 4

R = random.Random(SEED)


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def wpick(pairs):
    total = sum(w for _, w in pairs)
    x = R.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


# ---------------------------------------------------------------- time
T = datetime(2030, 11, 1, 20, 0)          # the moment every *_min counts back from
FAIR_DAY1 = datetime(2030, 10, 13)        # fair runs 10月13日 – 10月26日


def mins(dt):
    return int((T - dt).total_seconds() // 60)


def at(m):
    return T - timedelta(minutes=m)


def part_of_day(h):
    if h < 6:
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


def zh_clock(d, with_part=True):
    h, m = d.hour, d.minute
    h12 = h if h <= 12 else h - 12
    if m == 0:
        c = '%d点' % h12
    elif m == 30:
        c = '%d点半' % h12
    else:
        c = '%d点%d分' % (h12, m) if chance(0.5) else '%d点%02d' % (h12, m)
    return (part_of_day(h) + c) if with_part else c


def zh_day(d):
    s = pick(['md', 'md', 'hao', 'fair'])
    if s == 'md':
        return '%d月%d日' % (d.month, d.day)
    if s == 'hao':
        return '%d号' % d.day
    n = (d.date() - FAIR_DAY1.date()).days + 1
    if 1 <= n <= 14:
        return '展会第%d天（%d号）' % (n, d.day)
    return '%d月%d日' % (d.month, d.day)


def zh_window(a, b):
    """owner's wording of a loss window [a, b] (datetimes)."""
    if a.date() == b.date():
        span = (b - a).total_seconds() / 60
        if span <= 40 and chance(0.5):
            return '%s%s左右' % (zh_day(a), zh_clock(a))
        if part_of_day(a.hour) == part_of_day(b.hour) and chance(0.3):
            return '%s%s' % (zh_day(a), part_of_day(a.hour))
        return '%s%s到%s之间' % (zh_day(a), zh_clock(a), zh_clock(b))
    if (b - a).days >= 1 and chance(0.5):
        return '%d月%d日到%d日期间' % (a.month, a.day, b.day)
    return '%s%s到%s%s' % (zh_day(a), zh_clock(a), '%d号' % b.day, zh_clock(b))


def zh_found_time(d):
    s = pick(['exact', 'exact', 'hao', 'dash'])
    if s == 'exact':
        return '%d月%d日%d:%02d' % (d.month, d.day, d.hour, d.minute)
    if s == 'hao':
        return '%d日%s' % (d.day, zh_clock(d))
    return '%02d-%02d %02d:%02d' % (d.month, d.day, d.hour, d.minute)


def en_clock(d):
    h, m = d.hour, d.minute
    suf = 'am' if h < 12 else 'pm'
    h12 = h % 12 or 12
    return ('%d%s' % (h12, suf)) if m == 0 else ('%d:%02d%s' % (h12, m, suf))


def en_window(a, b):
    mon = a.strftime('%b')
    if a.date() == b.date():
        return 'on %s %d between %s and %s' % (mon, a.day, en_clock(a), en_clock(b))
    return 'between %s %d %s and %s %d %s' % (mon, a.day, en_clock(a), b.strftime('%b'), b.day, en_clock(b))


# ---------------------------------------------------------------- places
LAT0, LON0 = 29.8412, 112.6175   # invented 禾州市 青禾新区, inland


def ll(x, y):
    lat = LAT0 + y / 111320.0
    lon = LON0 + x / (111320.0 * math.cos(math.radians(LAT0)))
    return round(lat, 6), round(lon, 6)


# pid, area, type, x(m east), y(m north), Chinese variants (first canonical), English
PLACES = [
    ('EA', 'expo', 'hall', -300, 200, ['会展中心A馆', 'A馆', '青禾国际会展中心A号馆', '展馆A馆'], 'Hall A, Qinghe Expo Centre'),
    ('EB', 'expo', 'hall', -100, 200, ['会展中心B馆', 'B馆', '青禾国际会展中心B号馆', '会展B馆'], 'Hall B, Qinghe Expo Centre'),
    ('EC', 'expo', 'hall', 100, 200, ['会展中心C馆', 'C馆', '青禾国际会展中心C号馆', '会展C馆'], 'Hall C, Qinghe Expo Centre'),
    ('ED', 'expo', 'hall', -300, -100, ['会展中心D馆', 'D馆', '青禾国际会展中心D号馆', '会展D馆'], 'Hall D, Qinghe Expo Centre'),
    ('EE', 'expo', 'hall', -100, -100, ['会展中心E馆', 'E馆', '青禾国际会展中心E号馆', '会展E馆'], 'Hall E, Qinghe Expo Centre'),
    ('EF', 'expo', 'hall', 100, -100, ['会展中心F馆', 'F馆', '青禾国际会展中心F号馆', '会展F馆'], 'Hall F, Qinghe Expo Centre'),
    ('ES', 'expo', 'lobby', 0, -300, ['会展中心南登录厅', '南登录厅', '会展南门登录大厅', '南入口登记处'], 'South registration hall, Expo Centre'),
    ('EN', 'expo', 'plaza', 0, 420, ['会展中心北广场', '北广场', '会展北门广场'], 'North plaza, Expo Centre'),
    ('EP', 'expo', 'parking', 420, -320, ['会展中心P3停车场', 'P3停车场', '会展停车场P3区'], 'P3 car park, Expo Centre'),
    ('EL', 'expo', 'desk', -20, -280, ['会展中心服务台', '南登录厅服务台', '会展失物招领处'], 'Expo Centre service desk'),
    ('FC', 'expo', 'food', 300, -460, ['会展美食广场', '美食广场', '会展中心美食城', '美食城二楼'], 'Expo food court'),
    ('TX', 'expo', 'taxi', 150, -380, ['会展中心出租车候客区', '出租车候车点', '会展南门打车点'], 'Taxi rank, Expo Centre'),
    ('SX', 'expo', 'station', 0, -650, ['地铁4号线会展中心站', '会展中心站', '4号线会展中心地铁站'], 'Expo Centre metro station (Line 4)'),
    ('BT', 'expo', 'bus', 700, -600, ['会展路公交首末站', '会展公交站', '会展路公交总站'], 'Huizhan Road bus terminus'),
    ('HH', 'expo', 'hotel', 600, -900, ['汇客快捷酒店', '汇客酒店', '汇客快捷酒店会展店'], 'Huike Express Hotel'),
    ('RD', 'expo', 'road', 900, -300, ['青禾大道与会展路路口', '会展路口', '青禾大道会展路交叉口'], 'Qinghe Avenue / Huizhan Road crossing'),
    ('MA', 'market', 'market', 1300, 450, ['小商品城一区', '商城一区', '禾州小商品城一区'], 'Small Commodities City, District 1'),
    ('MB', 'market', 'market', 1550, 450, ['小商品城二区', '商城二区', '禾州小商品城二区'], 'Small Commodities City, District 2'),
    ('MC', 'market', 'market', 1300, 180, ['小商品城三区', '商城三区', '禾州小商品城三区'], 'Small Commodities City, District 3'),
    ('MD', 'market', 'market', 1550, 180, ['小商品城四区', '商城四区', '禾州小商品城四区'], 'Small Commodities City, District 4'),
    ('ME', 'market', 'gate', 1780, 300, ['小商品城东门', '商城东门', '小商品城东大门'], 'East gate, Small Commodities City'),
    ('MG', 'market', 'parking', 1420, 40, ['小商品城地下车库', '商城地下停车场', '小商品城B1车库'], 'Underground car park, Small Commodities City'),
    ('MF', 'market', 'food', 1650, 600, ['商城美食街', '小商品城美食街', '商城后街小吃街'], 'Food street behind the market'),
    ('SM', 'market', 'station', 1300, -150, ['地铁4号线商城站', '商城站', '4号线小商品城站'], 'Market metro station (Line 4)'),
    ('HJ', 'market', 'hotel', 1100, -700, ['锦途商务宾馆', '锦途宾馆', '锦途商务宾馆前台'], 'Jintu Business Inn'),
    ('LW3', 'logi', 'warehouse', 2700, -1150, ['物流园3号仓库', '3号仓', '青禾物流园3号库'], 'Warehouse 3, logistics park'),
    ('LW7', 'logi', 'warehouse', 2950, -1250, ['物流园7号仓库', '7号仓', '青禾物流园七号库'], 'Warehouse 7, logistics park'),
    ('LB', 'logi', 'bay', 2850, -1350, ['物流园装卸区12号月台', '12号月台', '物流园卸货台12号'], 'Loading bay 12, logistics park'),
    ('LD', 'logi', 'rest', 2600, -1300, ['物流园司机之家', '司机之家', '物流园货车司机休息室'], "Drivers' lounge, logistics park"),
    ('LS', 'logi', 'weigh', 2750, -950, ['物流园北门地磅', '北门地磅房', '物流园地磅'], 'Weighbridge, logistics park'),
    ('LX', 'logi', 'sort', 3050, -1050, ['快递分拣中心', '物流园快递分拣场', '分拣中心'], 'Parcel sorting centre'),
    ('SL', 'logi', 'station', 2600, -800, ['地铁4号线物流园站', '物流园站', '4号线物流园地铁站'], 'Logistics Park metro station'),
    ('DQ', 'south', 'dorm', 2200, -2500, ['青禾苑宿舍8栋', '青禾苑8栋', '青禾苑员工宿舍'], 'Qingheyuan dormitory, block 8'),
    ('DH', 'south', 'dorm', 1800, -2800, ['禾丰公寓', '禾丰公寓3单元', '禾丰务工公寓'], 'Hefeng apartments'),
    ('DS', 'south', 'village', 3250, -3000, ['石桥村', '石桥村出租屋', '石桥村村口'], 'Shiqiao village'),
    ('NX', 'south', 'food', 2000, -1900, ['青禾夜市大排档', '夜市大排档', '青禾路夜市'], 'Qinghe night market'),
    ('SN', 'south', 'station', 2400, -2100, ['地铁4号线青禾南站', '青禾南站', '4号线青禾南地铁站'], 'Qinghe South metro station'),
    ('SS', 'south', 'terminal', 3000, -2650, ['地铁4号线石桥站', '石桥站（终点站）', '4号线终点石桥站'], 'Shiqiao metro terminus'),
    ('HY', 'south', 'hotel', 2500, -2250, ['青禾驿站旅馆', '驿站旅馆', '青禾驿站小旅馆'], 'Qinghe Post Inn'),
    ('KD', 'south', 'parcel', 1900, -2600, ['禾丰公寓快递驿站', '公寓楼下快递点', '禾丰快递代收点'], 'Parcel point, Hefeng apartments'),
    ('XH', 'far', 'station', -12000, 1500, ['禾州火车站', '火车站', '禾州站进站口'], 'Hezhou railway station'),
    ('XB', 'far', 'road', -10500, 3000, ['老城步行街', '禾州老城步行街', '老城区步行街'], 'Old town pedestrian street'),
    ('XE', 'far', 'station', -6000, 5200, ['禾州东站', '高铁东站', '禾州东高铁站'], 'Hezhou East high-speed station'),
    ('XA', 'far', 'airport', 9000, 8000, ['禾州机场', '禾州机场T2航站楼', '机场T2'], 'Hezhou airport T2'),
    ('XP', 'far', 'park', -9000, -2000, ['禾州人民公园', '人民公园', '人民公园南门'], "People's Park, Hezhou"),
    ('XW', 'far', 'bus', -8000, -4000, ['禾州西客运站', '西客站', '汽车西站'], 'Hezhou west coach station'),
]
PL = {p[0]: p for p in PLACES}
LOCAL = [p[0] for p in PLACES if p[1] != 'far']
FAR = [p[0] for p in PLACES if p[1] == 'far']


def area_of(pid):
    return PL[pid][1]


def ptype(pid):
    return PL[pid][2]


def dist(a, b):
    return math.hypot(PL[a][3] - PL[b][3], PL[a][4] - PL[b][4])


def near_places(pid, maxd=900):
    return [q for q in LOCAL if q != pid and dist(pid, q) <= maxd]


def pname(pid, canon_p=0.4):
    v = PL[pid][5]
    return v[0] if chance(canon_p) else pick(v)


def pcoords(pid, jitter):
    x = PL[pid][3] + R.uniform(-jitter, jitter)
    y = PL[pid][4] + R.uniform(-jitter, jitter)
    return ll(x, y)


def spot(pid):
    """a finder's precise sub-location."""
    t = ptype(pid)
    L = pick('ABCDEF')
    n = R.randint(1, 40)
    opts = {
        'hall': ['%s%d展位旁' % (L, n), '%d号通道' % R.randint(1, 9), '东侧卫生间', '二楼休息区', '洽谈区座椅上',
                 '咖啡吧台', '货运门口', '展位%s-%02d过道' % (L, n)],
        'lobby': ['安检口', '制证窗口旁', '排队护栏边', '寄存处'],
        'plaza': ['旗杆附近', '花坛边', '长椅上'],
        'parking': ['%s区%d号车位' % (L, n), '电梯厅', '缴费岗亭旁'],
        'desk': ['（他人转交）', '台面上'],
        'food': ['%d号档口前' % n, '餐桌上', '洗手池边', '收餐台'],
        'taxi': ['候客栏杆旁', '排队通道'],
        'station': ['%s口' % pick('ABCD'), '安检机旁', '站台座椅', '闸机口', '车厢内'],
        'terminal': ['清车时车厢座位上', '站台座椅', '客服中心'],
        'bus': ['候车亭', '%d路车后排座位' % R.randint(101, 320)],
        'hotel': ['前台', '%d房间' % R.randint(201, 620), '大堂沙发', '电梯口'],
        'road': ['人行道', '路边绿化带', '公交站台'],
        'market': ['%d街%d号档口前' % (R.randint(1, 12), R.randint(1, 300)), '二楼扶梯口', '公共卫生间', '货梯旁'],
        'gate': ['门岗', '门口台阶', '三轮车停放区'],
        'warehouse': ['库门口', '货架旁', '托盘堆放区', '仓管办公室门口'],
        'bay': ['月台边', '叉车通道', '卸货口地上'],
        'rest': ['休息室沙发上', '充电桌上', '洗漱间'],
        'weigh': ['地磅房窗口', '过磅车道边'],
        'sort': ['分拣线旁', '装车口', '更衣柜旁'],
        'dorm': ['一楼大厅', '楼梯间', '晾衣区', '宿管室门口'],
        'village': ['村口小卖部门前', '巷子里', '公共厕所旁'],
        'parcel': ['取件架旁', '门口台阶'],
        'airport': ['到达层出口', '值机柜台附近'],
        'park': ['长椅上', '南门广场'],
    }
    return pick(opts.get(t, ['附近']))


# ---------------------------------------------------------------- people
SURN = list('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤')
GIVEN = list('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建国红春梅志海波宁晨宇浩欣怡佳俊凯琳雪飞斌林瑶鑫鸿晓文亮成德福贵荣秋冬禾青泽睿航')
ORIGINS = [('浙江义乌', '330782'), ('广东汕头', '440507'), ('福建晋江', '350582'), ('河北白沟', '130684'),
           ('山东临沂', '371302'), ('江苏常熟', '320581'), ('河南郑州', '410105'), ('四川成都', '510107'),
           ('湖南邵阳', '430502'), ('江西南昌', '360102'), ('安徽阜阳', '341202'), ('广西玉林', '450902'),
           ('云南昆明', '530102'), ('新疆乌鲁木齐', '650102'), ('黑龙江哈尔滨', '230103'), ('本地禾州', '420106'),
           ('贵州遵义', '520302'), ('重庆万州', '500101')]
EN_FIRST = ['Tomasz', 'Amara', 'Rashid', 'Elena', 'Kwame', 'Priya', 'Diego', 'Leila', 'Anton', 'Fatima', 'Marco',
            'Yusuf', 'Ingrid', 'Samuel', 'Olena', 'Karim', 'Nadia', 'Ivan', 'Chidi', 'Sofia']
EN_LAST = ['Wielgard', 'Okonkwo', 'Tamimi', 'Varga', 'Mensah', 'Raghavan', 'Castellano', 'Haddad', 'Petrenko',
           'Diallo', 'Benedetti', 'Demirel', 'Lindqvist', 'Adeyemi', 'Kovalenko', 'Mansour', 'Farouk', 'Sokolin',
           'Ezeh', 'Moretti']
COUNTRIES = [('Poland', '波兰'), ('Nigeria', '尼日利亚'), ('Jordan', '约旦'), ('Hungary', '匈牙利'), ('Ghana', '加纳'),
             ('India', '印度'), ('Spain', '西班牙'), ('Lebanon', '黎巴嫩'), ('Ukraine', '乌克兰'), ('Senegal', '塞内加尔'),
             ('Italy', '意大利'), ('Turkey', '土耳其'), ('Kazakhstan', '哈萨克斯坦'), ('Egypt', '埃及'), ('Brazil', '巴西')]
CO_HEAD = ['鸿泰', '金帆', '晨星', '德美', '恒隆', '义禾', '百川', '华锦', '永盛', '新锐', '禾盛', '宏达', '佳美', '瑞丰',
           '嘉诚', '万兴', '锦程', '联创', '盛源', '天择']
TRADES = [('玩具', ['遥控小车样品', '毛绒挂件样品', '拼装积木样品']), ('饰品', ['发夹样品', '耳钉样品卡', '胸针样品']),
          ('五金', ['合页样品', '螺丝样品盒', '门把手样品']), ('灯饰', ['LED灯串样品', '小夜灯样品']),
          ('文具', ['中性笔样品', '笔记本样品']), ('袜业', ['袜子样品']), ('箱包', ['拉链头样品', '箱包五金件样品']),
          ('厨具', ['硅胶铲样品', '不锈钢勺样品']), ('电子', ['数据线样品', '小风扇样品']), ('工艺品', ['树脂摆件样品', '钥匙扣样品'])]
ROLES_BY_TYPE = {
    'hall': ['buyer', 'buyer', 'exhibitor', 'builder', 'cleaner', 'guard', 'foreign'],
    'lobby': ['buyer', 'exhibitor', 'foreign'], 'plaza': ['buyer', 'exhibitor', 'rider'],
    'parking': ['buyer', 'driver', 'exhibitor'], 'desk': ['buyer'], 'food': ['buyer', 'exhibitor', 'worker', 'foreign', 'rider'],
    'taxi': ['buyer', 'foreign'], 'station': ['buyer', 'worker', 'exhibitor', 'foreign'], 'bus': ['worker', 'buyer'],
    'hotel': ['buyer', 'foreign', 'driver', 'exhibitor'], 'road': ['rider', 'worker', 'buyer'],
    'market': ['stall', 'stall', 'buyer', 'foreign', 'courier'], 'gate': ['stall', 'buyer', 'courier'],
    'warehouse': ['forklift', 'loader', 'driver'], 'bay': ['driver', 'forklift', 'loader'], 'rest': ['driver'],
    'weigh': ['driver'], 'sort': ['courier', 'loader'], 'dorm': ['worker', 'worker', 'rider', 'loader'],
    'village': ['worker', 'rider'], 'terminal': ['worker', 'buyer'], 'parcel': ['worker', 'rider'],
}


def cname():
    return pick(SURN) + ''.join(pick(GIVEN) for _ in range(1 if chance(0.3) else 2))


def masked_mobile():
    return '1%d%d****%04d' % (pick([3, 5, 7, 8, 9]), R.randint(0, 9), R.randint(0, 9999))


def id_check(s17):
    W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return '10X98765432'[sum(int(a) * w for a, w in zip(s17, W)) % 11]


def make_idno(region):
    y = R.randint(1962, 2006)
    d = datetime(y, 1, 1) + timedelta(days=R.randint(0, 364))
    s17 = region + d.strftime('%Y%m%d') + '%03d' % R.randint(1, 999)
    return s17 + id_check(s17)


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def make_imei():
    s14 = pick(['86', '35']) + ''.join(str(R.randint(0, 9)) for _ in range(12))
    return s14 + luhn_digit(s14)


def person(role):
    if role == 'foreign':
        c = pick(COUNTRIES)
        return {'en': True, 'name': '%s %s' % (pick(EN_FIRST), pick(EN_LAST)), 'country': c, 'role': role,
                'phone': '+%d %d %04d %04d' % (R.randint(20, 98), R.randint(200, 999), R.randint(0, 9999), R.randint(0, 9999)),
                'passport': ''.join(pick('ABCEFKLMNPRTUXY') for _ in range(2)) + '%07d' % R.randint(0, 9999999)}
    o = pick(ORIGINS)
    co_trade = pick(TRADES)
    co = pick(CO_HEAD)
    return {'en': False, 'name': cname(), 'origin': o[0], 'region': o[1], 'role': role, 'phone': masked_mobile(),
            'co': co, 'company': '%s%s%s有限公司' % (o[0][2:] if len(o[0]) > 2 else '', co, co_trade[0]),
            'trade': co_trade}


ROLE_INTRO = {
    'buyer': ['本人是{origin}来的采购商，', '我从{origin}过来拿货，', '我是来看展的采购，', ''],
    'exhibitor': ['我是{origin}来参展的，', '我是参展商（{company}），', '我们公司在展会有展位，', ''],
    'builder': ['我是搭展台的工人，', '我在展馆做布展，'],
    'cleaner': ['我是展馆保洁，', '我在会展中心做保洁，'],
    'guard': ['我是展馆的保安，', '本人在会展中心当保安，'],
    'stall': ['我在小商品城开档口，', '我是商城{stall}档口的老板，', '在商城做批发的，'],
    'courier': ['我是送货的，', '我是跑快递的，'],
    'forklift': ['我是物流园开叉车的，', '本人物流园叉车司机，'],
    'loader': ['我在物流园做装卸，', '我是装卸工，'],
    'driver': ['我是跑长途的货车司机，', '我开货车给物流园送货，', '货车司机，'],
    'worker': ['我在这边打工，住宿舍，', '本人务工人员，', '我在厂里上班，', ''],
    'rider': ['我是送外卖的，', '我是骑手，', ''],
    'foreign': [''],
}
FINDER_ROLES = {
    'hall': ['保洁员', '展馆保安', '参展商', '采购商', '展馆工作人员', '志愿者'],
    'lobby': ['服务台工作人员', '保安', '志愿者'], 'plaza': ['保安', '保洁员', '路人'],
    'parking': ['停车场收费员', '保安', '车主'], 'desk': ['服务台工作人员'], 'food': ['档口老板', '保洁员', '食客'],
    'taxi': ['出租车司机', '协管员'], 'station': ['站务员', '地铁保洁员', '乘客', '安检员'],
    'terminal': ['站务员', '地铁保洁员'], 'bus': ['公交司机', '乘客'], 'hotel': ['酒店前台', '客房保洁员', '酒店保安'],
    'road': ['巡逻民警', '环卫工人', '外卖骑手', '路人'], 'market': ['商户', '市场保安', '保洁员', '顾客', '市场管理处工作人员'],
    'gate': ['门岗保安', '三轮车师傅'], 'warehouse': ['叉车司机', '仓管员', '装卸工'], 'bay': ['装卸工', '货车司机', '叉车司机'],
    'rest': ['货车司机', '司机之家管理员'], 'weigh': ['地磅员'], 'sort': ['分拣员', '快递员'],
    'dorm': ['宿管', '住户', '保洁员'], 'village': ['村民', '小卖部老板', '巡逻民警'], 'parcel': ['驿站老板', '住户'],
    'airport': ['机场保洁员', '机场工作人员'], 'park': ['公园保安', '游客'],
}

# ---------------------------------------------------------------- colours & brands
COLORS = {
    '黑': ['黑色', '黑', '深色', '哑光黑', '曜石黑', '亮黑色'],
    '白': ['白色', '白', '珍珠白', '米白色', '乳白色'],
    '蓝': ['蓝色', '深蓝色', '宝蓝色', '藏青色', '海军蓝'],
    '浅蓝': ['浅蓝色', '天蓝色', '冰川蓝', '淡蓝色'],
    '绿': ['绿色', '墨绿色', '军绿色', '橄榄绿'],
    '红': ['红色', '大红色', '酒红色', '枣红色'],
    '粉': ['粉色', '樱花粉', '浅粉色', '粉红色'],
    '紫': ['紫色', '淡紫色', '丁香紫', '香芋紫'],
    '金': ['金色', '香槟金', '金黄色'],
    '银': ['银色', '银白色', '亮银色'],
    '灰': ['灰色', '深空灰', '钛灰色', '铁灰色'],
    '棕': ['棕色', '咖啡色', '褐色', '驼色', '焦糖色'],
    '黄': ['黄色', '明黄色', '姜黄色'],
    '橙': ['橙色', '橘色', '橘黄色'],
}
COLOR_EN = {'黑': 'black', '白': 'white', '蓝': 'dark blue', '浅蓝': 'light blue', '绿': 'green', '红': 'red',
            '粉': 'pink', '紫': 'purple', '金': 'gold', '银': 'silver', '灰': 'grey', '棕': 'brown', '黄': 'yellow',
            '橙': 'orange'}


def cw(c):
    return pick(COLORS[c])


# key -> (Chinese, [variants incl. English/pinyin/typo], English)
BRANDS = {
    '华为': ['华为', 'HUAWEI', 'Huawei', '华伟', 'huawei'], '苹果': ['苹果', 'iPhone', 'Apple', 'apple', 'pingguo'],
    '小米': ['小米', 'Xiaomi', 'xiaomi', 'MI', '小咪'], 'OPPO': ['OPPO', 'oppo', '欧珀', 'Oppo'],
    'vivo': ['vivo', 'VIVO', '维沃', 'Vivo'], '荣耀': ['荣耀', 'HONOR', 'Honor', 'rongyao', '荣跃'],
    '三星': ['三星', 'Samsung', 'SAMSUNG', 'sanxing'],
    '迪菲': ['迪菲', 'DIFEI', 'Difei', '迪非'], '圣蔻': ['圣蔻', 'SHENGKOU', 'Shengkou', '圣寇'],
    '卡帕罗': ['卡帕罗', 'KAPALUO', 'Kapaluo', '卡帕洛'], '禾木': ['禾木', 'HEMU', 'Hemu'],
    '途尊': ['途尊', 'TUZUN', 'Tuzun', '途遵'], '行者客': ['行者客', 'XINGZHEKE', 'Xingzheke', '行着客'],
    '三木': ['三木', 'SANMU', 'Sanmu'], '北岚': ['北岚', 'BEILAN', 'Beilan', '北蓝'],
    '朗拓': ['朗拓', 'LANGTUO', 'Langtuo', '郎拓'], '极衡': ['极衡', 'JIHENG', 'Jiheng', '极恒'],
    '声屿': ['声屿', 'SHENGYU', 'Shengyu', '声鱼'], '电小满': ['电小满', 'DIANXIAOMAN', 'Dianxiaoman'],
    '青岚': ['青岚', 'QINGLAN', 'Qinglan', '青蓝'], '讯通达': ['讯通达', 'XUNTONGDA', 'Xuntongda', '迅通达'],
    '影匠': ['影匠', 'YINGJIANG', 'Yingjiang'], '腕知': ['腕知', 'WANZHI', 'Wanzhi', '万知'],
    '骏驰': ['骏驰', 'JUNCHI', 'Junchi', '骏弛'], '远岚': ['远岚', 'YUANLAN', 'Yuanlan'],
    '岳峰重卡': ['岳峰重卡', '岳峰', 'YUEFENG', 'Yuefeng'],
    '雅驰': ['雅驰', 'YACHI', 'Yachi', '雅弛'], '绿捷': ['绿捷', 'LVJIE', 'Lvjie', '绿洁'],
    '台跃': ['台跃', 'TAIYUE', 'Taiyue'], '小禾': ['小禾', 'XIAOHE', 'Xiaohe'],
    '凤翔': ['凤翔', 'FENGXIANG', 'Fengxiang', '凤祥'], '骑跃': ['骑跃', 'QIYUE', 'Qiyue'],
    '捷安途': ['捷安途', 'JIEANTU', 'Jieantu'],
    '周大禾': ['周大禾', 'ZHOUDAHE', '周大和'], '金禧福': ['金禧福', 'JINXIFU', '金喜福'], '瑞玺': ['瑞玺', 'RUIXI', '瑞喜'],
    '晴雨坊': ['晴雨坊', 'QINGYUFANG', '晴雨方'], '北辰户外': ['北辰户外', 'BEICHEN', 'Beichen', '北晨'],
    '工力': ['工力', 'GONGLI', 'Gongli'], '暖伴': ['暖伴', 'NUANBAN', 'Nuanban', '暖半'],
    '明眸': ['明眸', 'MINGMOU', 'Mingmou'],
}
BRAND_EN = {'华为': 'Huawei', '苹果': 'Apple iPhone', '小米': 'Xiaomi', 'OPPO': 'OPPO', 'vivo': 'vivo', '荣耀': 'Honor',
            '三星': 'Samsung'}


def bw(b):
    v = BRANDS[b]
    return v[0] if chance(0.45) else pick(v)


def ben(b):
    return BRAND_EN.get(b) or BRANDS[b][1].capitalize()


PHONE_MODELS = {
    '华为': ['畅享Z9', 'nova 16 Neo', '麦芒Q7', 'Mate 80 轻享版'], '苹果': ['iPhone 19 mini', 'iPhone 18e', 'iPhone 19 Plus'],
    '小米': ['Civi 9 Lite', '小米 17X', 'Redmi Note 19 Turbo'], 'OPPO': ['Reno 19 Z', 'A5 Max', 'Find X11s'],
    'vivo': ['S27e', 'Y500t', 'X300 mini'], '荣耀': ['X70 Magic', 'Play 11C', '数字系列 500 Lite'],
    '三星': ['Galaxy A77', 'Galaxy S31 FE'],
}

# ---------------------------------------------------------------- object generators
# Each object: cat, kind, noun_o (owner words), noun_f (finder words), noun_en, mw, color, brand,
# brand_vis, model, model_vis, ids [{t,v,o,f}], vis [(owner, finder, en)], cont [(owner, finder, en)],
# hid [(owner, en)], name (printed name a finder can read), alt_cat.


def V(o, f=None, e=None):
    return (o, f if f is not None else o, e)


def base(cat, kind, noun_o, noun_f, noun_en, mw):
    return {'cat': cat, 'kind': kind, 'noun_o': noun_o, 'noun_f': noun_f, 'noun_en': noun_en, 'mw': mw,
            'color': None, 'brand': None, 'brand_vis': False, 'model': None, 'model_vis': False, 'ids': [],
            'vis': [], 'cont': [], 'hid': [], 'name': None, 'alt_cat': None, 'pool': [], 'alts': {}}


def excl(ob, v, family):
    """add a visible feature that excludes the other members of its family (case type, material ...)."""
    ob['alts'][len(ob['vis'])] = [x for x in family if x != v]
    ob['vis'].append(v)


def cash_amount():
    a = pick([200, 300, 500, 800, 1000, 1200, 1500, 2000, 2600, 3000, 5000, 6800, 8000, 12000, 20000])
    odd = pick([0, 0, 0, 50, 20, 70, 150])
    return a + (odd if a < 10000 else 0)


def cash_phr(a):
    own = pick(['现金%d元' % a, '%d块钱左右' % (a // 100 * 100) if a >= 300 else '%d块钱' % a,
                '大概%s块钱' % ('一' if a < 2000 else str(a // 1000)) + ('千多' if a >= 1000 else '百多')])
    if a < 100:
        own = pick(['%d块钱零钱' % a, '几十块零钱'])
    elif a < 1000:
        own = pick(['现金%d元' % a, '%d多块钱' % (a // 100 * 100)])
    return (own, '现金%d元' % a, '%d yuan in cash' % a)


def card_tail():
    return '%04d' % R.randint(0, 9999)


def card_owner_phr(t):
    return pick(['尾号%s' % t, '卡号后四位%s' % t, '后四位是%s' % t])


def card_finder_phr(t):
    return pick(['%s****%s' % (pick(['6222', '6217', '6228', '6259', '6236']), t),
                 '%s **** **** %s' % (pick(['6222', '6217', '6228']), t), '尾号%s' % t])


def new_phone(o, who):
    ob = base('phone', 'phone', ['手机', '手机', '一部手机'], ['手机'], 'phone', '部')
    b = o.get('brand') or wpick([('华为', 22), ('苹果', 22), ('小米', 12), ('OPPO', 10), ('vivo', 10), ('荣耀', 9), ('三星', 4)])
    ob['brand'] = b
    ob['brand_vis'] = chance(0.85)
    ob['model'] = o.get('model') or pick(PHONE_MODELS[b])
    ob['model_vis'] = chance(0.15)
    ob['color'] = o.get('color') or pick(['黑', '黑', '黑', '白', '蓝', '浅蓝', '绿', '紫', '金', '银', '灰', '粉'])
    ob['ids'].append({'t': 'imei', 'v': make_imei(), 'o': 0.5, 'f': 0.3})
    cases = [V('透明手机壳', '透明软壳', 'a clear case'), V('黑色硅胶壳', '黑色硅胶手机壳', 'a black silicone case'),
             V('带支架的手机壳', '手机壳背面有折叠支架', 'a case with a kickstand'),
             V('卡通小熊的手机壳', '手机壳印有卡通小熊图案', 'a case with a cartoon bear'),
             V('棕色皮套，翻盖的', '棕色翻盖皮套', 'a brown flip leather cover'),
             V('没戴壳', '无手机壳', 'no case'),
             V('手机壳上印着我们公司的名字', '手机壳印有"%s"字样' % who.get('co', 'GLOBAL'), 'a case printed with our company name'),
             V('蓝色防摔壳', '蓝色防摔保护壳', 'a blue rugged case'), V('粉色毛绒手机壳', '粉色毛绒壳', 'a fluffy pink case')]
    extras = [V('屏幕左上角碎了', '屏幕左上角有裂纹', 'the screen is cracked at the top left'),
              V('挂了一根红色挂绳', '手机挂有红色挂绳', 'a red wrist strap'),
              V('背面有个指环扣', '背面有金属指环支架', 'a ring holder on the back'),
              V('后盖有几道划痕', '背壳有明显划痕', 'scratches on the back'),
              V('贴了防窥膜', '屏幕贴有防窥膜', 'a privacy screen protector'),
              V('挂着展会的蓝色挂绳', '挂有蓝色展会挂绳', 'a blue fair lanyard')]
    locks = [V('锁屏是我女儿的照片', '锁屏壁纸为一小女孩照片', 'my daughter on the lock screen'),
             V('锁屏是一只橘猫', '锁屏为橘猫图片', 'an orange cat on the lock screen'),
             V('锁屏是海边风景', '锁屏为海景图片', 'a beach picture on the lock screen'),
             V('锁屏是全家福', '锁屏为多人合影', 'a family photo on the lock screen'),
             V('锁屏是我们店的收款码', '锁屏显示一张收款二维码', 'a payment QR code on the lock screen')]
    ob['pool'] = cases + extras + locks
    case = pick(cases)
    excl(ob, case, cases)
    if chance(0.4):
        ob['vis'].append(pick(extras))
    if chance(0.35):
        excl(ob, pick(locks), locks)
    if chance(0.25) and case[1] != '无手机壳':
        ob['cont'].append(pick([V('手机壳里夹着一张地铁卡', '手机壳内夹有交通卡一张', 'a metro card in the case'),
                                V('壳里塞了两百块钱', '手机壳内有现金200元', '200 yuan folded in the case'),
                                V('壳里夹着几张名片', '手机壳内夹有名片数张', 'some business cards in the case')]))
    ob['hid'].append(('我的号码是%s' % who['phone'], 'my number is %s' % who['phone']))
    ob['hid'].append(pick([('有锁屏密码', 'it has a passcode'), ('里面有很多客户微信和进货单照片', 'all my supplier contacts are on it'),
                           ('电量不多，可能已经关机了', 'the battery was low'), ('刚买两个月', 'bought two months ago'),
                           ('双卡，另一张是%s' % masked_mobile(), 'dual SIM')]))
    return ob


def new_wallet(o, who):
    kind = o.get('kind') or wpick([('long', 3), ('short', 4), ('card', 2), ('coin', 1)])
    nouns = {'long': (['长款钱包', '钱包', '长钱包'], ['长款钱包', '钱包'], 'long wallet'),
             'short': (['钱包', '短款钱包', '折叠钱包'], ['短款钱包', '钱包', '对折钱包'], 'wallet'),
             'card': (['卡包', '卡套', '小卡包'], ['卡包', '卡夹'], 'card holder'),
             'coin': (['零钱包', '小钱包'], ['零钱包', '小钱包'], 'coin purse')}[kind]
    ob = base('wallet', kind, nouns[0], nouns[1], nouns[2], '个')
    ob['color'] = o.get('color') or pick(['黑', '黑', '黑', '棕', '棕', '红', '蓝', '灰', '粉', '白'])
    if o.get('brand') or chance(0.6):
        ob['brand'] = o.get('brand') or pick(['迪菲', '圣蔻', '卡帕罗', '禾木'])
        ob['brand_vis'] = chance(0.8)
    mats = [V('真皮的', '皮质', 'leather'), V('PU皮的', '人造革材质', 'faux leather'),
            V('帆布的', '帆布材质', 'canvas'), V('尼龙的', '尼龙材质', 'nylon')]
    mat = pick(mats)
    excl(ob, mat, mats)
    pool = [V('拉链坏了', '拉链损坏', 'broken zip'), V('边角磨白了', '边角磨损发白', 'worn corners'),
            V('上面挂了个小铃铛', '挂有一个小铃铛', 'a little bell attached'),
            V('正面有个金属扣', '正面有金属按扣', 'a metal clasp on the front'),
            V('有一道圆珠笔划的印子', '表面有圆珠笔划痕', 'a biro mark on it')]
    ob['pool'] = pool + [mat]
    if chance(0.4):
        ob['vis'].append(pick(pool))
    if kind != 'card' and chance(0.85):
        a = cash_amount() if kind != 'coin' else pick([36, 58, 120, 85])
        ob['cont'].append(cash_phr(a))
    ncards = R.randint(0, 3) if kind != 'coin' else 0
    tails = [card_tail() for _ in range(ncards)]
    for t in tails:
        ob['ids'].append({'t': 'card', 'v': t, 'o': 0.55, 'f': 0.65})
    if ncards:
        ob['cont'].append(V('%d张银行卡' % ncards if chance(0.6) else '几张银行卡', '银行卡%d张' % ncards, '%d bank card%s' % (ncards, 's' if ncards > 1 else '')))
    if who['en']:
        ob['name'] = who['name']
        ob['cont'].append(V('护照复印件', '外籍人士护照复印件一张（%s）' % who['name'].upper(), 'a photocopy of my passport'))
    elif chance(0.55):
        idno = make_idno(who['region'])
        ob['name'] = who['name']
        ob['ids'].append({'t': 'idno', 'v': idno, 'o': 0.45, 'f': 0.6})
        ob['cont'].append(V('身份证', '身份证一张（%s）' % who['name'], 'my ID card'))
    if chance(0.35) and not who['en']:
        ob['name'] = who['name']
        ob['cont'].append(V('我的名片', '名片若干（%s，%s）' % (who['name'], who['company']), 'my business cards'))
    if chance(0.3):
        ob['cont'].append(pick([V('几张收据', '收据3张', 'some receipts'), V('一张进货单', '进货单一张', 'an order slip'),
                                V('驾驶证', '驾驶证一本', 'driving licence'), V('孩子的小照片', '一寸儿童照片一张', 'a photo of my kid'),
                                V('展会采购证', '采购商证件一张', 'my buyer badge'), V('几张会员卡', '会员卡数张', 'loyalty cards')]))
    if chance(0.3):
        ob['hid'].append(pick([('钱是今天要付的货款', 'the cash was for a supplier'), ('钱包是老婆送的', 'a gift from my wife'),
                               ('银行卡已经挂失了', 'I have blocked the cards')]))
    return ob


def new_id_doc(o, who):
    if who['en']:
        kind = 'passport'
    else:
        kind = o.get('kind') or wpick([('idcard', 10), ('driving', 3), ('workcard', 2), ('student', 1), ('social', 1),
                                      ('hk', 1), ('vehicle', 1), ('license', 1), ('idcard_holder', 0)])
    names = {'idcard': (['身份证', '二代身份证', '身份证件'], ['居民身份证', '身份证'], 'ID card'),
             'idcard_holder': (['身份证', '身份证（带卡套）'], ['卡包', '卡套'], 'ID card in a holder'),
             'driving': (['驾驶证', '驾照', '驾驶本'], ['机动车驾驶证', '驾驶证'], 'driving licence'),
             'workcard': (['工作证', '工牌', '员工卡'], ['工作证', '工牌'], 'staff card'),
             'student': (['学生证'], ['学生证'], 'student card'),
             'social': (['社保卡', '社会保障卡'], ['社会保障卡', '社保卡'], 'social security card'),
             'hk': (['港澳通行证', '通行证'], ['往来港澳通行证'], 'HK/Macau permit'),
             'vehicle': (['行驶证', '车辆行驶证'], ['机动车行驶证', '行驶证'], 'vehicle licence'),
             'license': (['营业执照副本', '执照副本'], ['营业执照副本'], 'business licence copy'),
             'passport': (['护照'], ['外国护照', '护照'], 'passport')}[kind]
    ob = base('id_doc', kind, names[0], names[1], names[2], '张' if kind in ('idcard', 'social', 'workcard') else '个' if kind == 'idcard_holder' else '本')
    ob['name'] = who['name']
    if kind == 'passport':
        pp = who.get('passport') or 'E%08d' % R.randint(0, 99999999)
        ctry = who.get('country') or ('China', '中国')
        ob['ids'].append({'t': 'passport', 'v': pp, 'o': 0.8, 'f': 0.85})
        ob['color'] = o.get('color') or pick(['蓝', '红', '绿', '黑'])
        ob['vis'].append(V('', '%s护照' % ctry[1], '%s passport' % ctry[0]))
        ob['pool'] = [V('护照套是皮的', '外有皮质护照套', 'in a leather cover')]
        if chance(0.5):
            ob['vis'].append(ob['pool'][0])
        ob['cont'].append(pick([V('里面夹着酒店房卡', '内夹酒店房卡一张', 'a hotel key card'),
                                V('里面夹着一张机票行程单', '内夹行程单一张', 'a flight itinerary')]))
        return ob
    if kind in ('idcard', 'idcard_holder', 'driving', 'social', 'hk'):
        ob['ids'].append({'t': 'idno', 'v': make_idno(who['region']), 'o': 0.75, 'f': 0.8})
    elif kind == 'workcard':
        ob['ids'].append({'t': 'tag', 'v': 'QHWL-%05d' % R.randint(100, 99999), 'o': 0.4, 'f': 0.8})
        ob['cont'].append(V('工牌上写着青禾物流园', '印有"青禾物流园"字样', 'logistics park staff card'))
    elif kind == 'student':
        ob['ids'].append({'t': 'student', 'v': '20%02d%06d' % (R.randint(26, 30), R.randint(0, 999999)), 'o': 0.7, 'f': 0.9})
        ob['cont'].append(V('禾州职业技术学院的', '禾州职业技术学院学生证', 'Hezhou Vocational College'))
    elif kind == 'vehicle':
        ob['ids'].append({'t': 'plate', 'v': '%s%s%05d' % (pick(['禾A', '浙G', '鲁Q', '豫A', '冀F']), pick('ABCDEFGHJK'), R.randint(0, 99999)), 'o': 0.9, 'f': 0.9})
    elif kind == 'license':
        ob['cont'].append(V('上面是%s' % who['company'], '企业名称：%s' % who['company'], who['company']))
    holders = [V('装在透明卡套里', '透明卡套装', 'in a clear sleeve'), V('套着蓝色卡套', '外有蓝色卡套', 'in a blue sleeve'),
               V('有挂绳', '带挂绳', 'on a lanyard'), V('照片有点褪色', '证件照片褪色', 'faded photo'),
               V('边角有点开胶', '边角开胶', 'peeling corners')]
    ob['pool'] = holders
    if chance(0.45) or kind == 'idcard_holder':
        v = pick(holders[:3])
        if v in holders[:2]:
            excl(ob, v, holders[:2])
        else:
            ob['vis'].append(v)
        ob['color'] = o.get('color') or ('蓝' if '蓝' in v[0] else pick(['黑', '白', '红', '蓝']) if chance(0.5) else None)
    if o.get('color'):
        ob['color'] = o['color']
    if kind == 'idcard_holder':
        ob['alt_cat'] = 'wallet'
        ob['cont'].append(V('卡套里还有一张银行卡', '内有银行卡一张', 'a bank card too'))
        t = card_tail()
        ob['ids'].append({'t': 'card', 'v': t, 'o': 0.5, 'f': 0.6})
        ob['color'] = ob['color'] or pick(['黑', '棕'])
    if chance(0.25):
        ob['vis'].append(pick(holders[3:]))
    return ob


def new_keys(o, who):
    kind = o.get('kind') or wpick([('house', 5), ('car', 3), ('ebike', 2), ('forklift', 1), ('warehouse', 1), ('truck', 1), ('locker', 1)])
    names = {'house': (['钥匙', '一串钥匙', '钥匙串'], ['钥匙串', '钥匙'], 'keys'),
             'car': (['车钥匙', '汽车钥匙'], ['汽车钥匙', '车钥匙'], 'car key'),
             'ebike': (['电动车钥匙', '电瓶车钥匙'], ['电动车钥匙'], 'e-bike key'),
             'forklift': (['叉车钥匙'], ['叉车钥匙', '钥匙'], 'forklift key'),
             'warehouse': (['仓库钥匙', '一串仓库钥匙'], ['钥匙', '挂锁钥匙'], 'warehouse keys'),
             'truck': (['货车钥匙', '大车钥匙'], ['货车钥匙', '车钥匙'], 'truck key'),
             'locker': (['储物柜钥匙', '柜子钥匙'], ['小钥匙', '储物柜钥匙'], 'locker key')}[kind]
    ob = base('keys', kind, names[0], names[1], names[2], '串' if kind in ('house', 'warehouse') else '把')
    n = R.randint(2, 6) if kind in ('house', 'warehouse') else 1
    if n > 1:
        ob['vis'].append(V(pick(['%d把钥匙' % n, '%d、%d把' % (n, n + 1) if n < 5 else '好几把']), '共%d把' % n, '%d keys' % n))
    if kind in ('car', 'truck'):
        ob['brand'] = o.get('brand') or (pick(['骏驰', '远岚']) if kind == 'car' else '岳峰重卡')
        ob['brand_vis'] = True
        ob['color'] = o.get('color') or pick(['黑', '黑', '银', '白'])
    elif kind == 'ebike':
        ob['brand'] = o.get('brand') or pick(['雅驰', '绿捷', '台跃', '小禾'])
        ob['brand_vis'] = chance(0.7)
        ob['color'] = o.get('color') or pick(['黑', '红', '蓝'])
    if kind == 'forklift':
        ob['ids'].append({'t': 'tag', 'v': '叉车%02d号' % R.randint(1, 30), 'o': 0.9, 'f': 0.85})
        ob['color'] = o.get('color') or pick(['黄', '橙', '红'])
        ob['vis'].append(V('挂着%s的塑料牌' % COLORS[ob['color']][0], '挂%s塑料号牌' % COLORS[ob['color']][0], 'plastic tag'))
    elif kind == 'warehouse':
        ob['ids'].append({'t': 'tag', 'v': '%d号仓' % pick([3, 5, 7, 9, 11]), 'o': 0.9, 'f': 0.8})
    elif kind == 'locker':
        ob['ids'].append({'t': 'tag', 'v': '%s-%02d' % (pick('ABCD'), R.randint(1, 60)), 'o': 0.8, 'f': 0.8})
        ob['color'] = o.get('color') or pick(['绿', '蓝', '红'])
    chains = [V('挂着一个小熊玩偶', '钥匙扣为小熊玩偶', 'a teddy bear keyring'), V('有个开瓶器钥匙扣', '带开瓶器钥匙扣', 'a bottle-opener keyring'),
              V('拴着红绳', '系有红绳', 'a red string'), V('挂了个铜葫芦', '挂铜葫芦挂件', 'a brass gourd charm'),
              V('有一张%s门禁卡' % pick(['蓝色圆形', '白色', '黄色水滴形']), '带门禁卡一张', 'with a fob'),
              V('挂了个指甲刀', '挂有指甲刀', 'a nail clipper attached'),
              V('钥匙扣是一个篮球', '篮球造型钥匙扣', 'a basketball keyring'),
              V('挂着一个小手电', '挂小手电筒一个', 'a tiny torch on it')]
    ob['pool'] = chains
    if kind in ('house', 'car', 'ebike', 'truck', 'warehouse') and chance(0.75):
        c = pick(chains)
        excl(ob, c, chains[:4] + chains[5:])
        if ob['color'] is None and chance(0.5):
            ob['color'] = pick(['黄', '红', '蓝', '银', '金', '棕'])
    if kind == 'car' and chance(0.3):
        pl = '禾A%s%s%03d' % (pick('BCDFGHK'), pick('0123456789LMNP'), R.randint(0, 999))
        ob['ids'].append({'t': 'plate', 'v': pl, 'o': 0.9, 'f': 0.9})
        ob['vis'].append(V('钥匙扣上有车牌号牌', '钥匙扣上挂有车牌号牌', 'a plate tag'))
    if chance(0.3):
        ob['hid'].append(pick([('其中一把是宿舍的', 'one is for my room'), ('家里没有备用的', 'I have no spare'),
                               ('车还停在停车场', 'the car is still parked')]))
    return ob


def new_bag(o, who):
    kind = o.get('kind') or wpick([('backpack', 5), ('cross', 3), ('hand', 2), ('trolley', 2), ('canvas', 2), ('woven', 1), ('laptop', 2), ('waist', 1), ('sample_bag', 0)])
    names = {'backpack': (['双肩包', '背包', '书包'], ['双肩背包', '背包'], 'backpack'),
             'cross': (['斜挎包', '挎包', '单肩包'], ['斜挎包', '挎包'], 'shoulder bag'),
             'hand': (['手提包', '女士包', '包'], ['手提包', '女包'], 'handbag'),
             'trolley': (['拉杆箱', '行李箱', '箱子'], ['拉杆箱', '行李箱'], 'suitcase'),
             'canvas': (['帆布袋', '手提袋', '布袋子'], ['帆布袋', '帆布手提袋'], 'tote bag'),
             'woven': (['编织袋', '蛇皮袋', '大编织袋'], ['编织袋', '蛇皮袋'], 'woven sack'),
             'laptop': (['电脑包', '公文包'], ['电脑包', '公文包'], 'laptop bag'),
             'waist': (['腰包', '收钱的腰包'], ['腰包'], 'waist bag'),
             'sample_bag': (['样品袋', '装样品的手提袋'], ['样品', '样品袋'], 'sample bag')}[kind]
    ob = base('bag', kind, names[0], names[1], names[2], '个')
    ob['color'] = o.get('color') or pick(['黑', '黑', '黑', '灰', '蓝', '棕', '红', '绿', '白', '粉'])
    if kind in ('woven',):
        ob['color'] = o.get('color') or pick(['白', '蓝', '红'])
    if (o.get('brand') or chance(0.5)) and kind not in ('woven', 'canvas', 'sample_bag'):
        ob['brand'] = o.get('brand') or pick(['途尊', '行者客', '三木', '北岚'])
        ob['brand_vis'] = chance(0.8)
    pool = [V('挂着一个皮卡丘挂件', '拉链上挂有黄色卡通挂件', 'a yellow cartoon charm'),
            V('侧袋破了个洞', '侧袋有破洞', 'a hole in the side pocket'),
            V('挂着行李牌写了我名字', '挂有行李牌（%s）' % who['name'], 'a luggage tag with my name'),
            V('印着展会的logo', '印有"禾州小商品博览会"字样', 'the fair logo on it'),
            V('印着%s' % who.get('company', 'our company'), '印有"%s"字样' % who.get('company', 'TRADE CO'), 'our company name printed'),
            V('系着一条红丝巾', '提手系有红色丝巾', 'a red scarf tied on the handle'),
            V('轮子掉了一个', '缺一个轮子', 'one wheel missing')]
    ob['pool'] = pool
    k = 1 if chance(0.6) else (2 if chance(0.6) else 0)
    for v in R.sample(pool[:6] if kind != 'trolley' else pool, k):
        ob['vis'].append(v)
        if '行李牌' in v[0] or '印着' in v[0] and '展会' not in v[0]:
            ob['name'] = who['name'] if '行李牌' in v[0] else ob['name']
    trade = who.get('trade', pick(TRADES))
    stuff = [None,
             V('一沓发票', '增值税发票若干', 'a stack of invoices'), V('一些进货单', '进货单据一沓', 'purchase orders'),
             V('笔记本电脑', '笔记本电脑一台', 'a laptop'), V('充电宝', '充电宝一个', 'a power bank'),
             V('几件换洗衣服', '衣物若干', 'some clothes'), V('保温杯', '保温杯一个', 'a flask'),
             V('合同', '合同文件一份', 'a contract'), V('公章', '公章一枚', 'a company seal'),
             V('雨伞', '折叠伞一把', 'an umbrella'), V('药', '药品若干', 'medicine')]
    s = pick(trade[1])
    stuff[0] = V(s, s.replace('样品', '') + '样品若干', 'product samples')
    if who['en']:
        stuff.append(V('名片夹', '外文名片若干（%s）' % who['name'].upper(), 'my business cards'))
        ob['name'] = who['name']
    else:
        stuff.append(V('名片', '名片若干（%s）' % who['name'], 'business cards'))
    n = R.randint(1, 4)
    for v in R.sample(stuff, n):
        ob['cont'].append(v)
        if '名片' in v[0]:
            ob['name'] = who['name']
    if chance(0.3):
        ob['cont'].append(cash_phr(cash_amount()))
    if kind == 'sample_bag':
        ob['alt_cat'] = 'other'
    return ob


def new_cash(o, who):
    kind = o.get('kind') or wpick([('envelope', 3), ('redpacket', 2), ('band', 2), ('loose', 2), ('paperbag', 1)])
    names = {'envelope': (['一个信封装的钱', '装钱的信封', '现金'], ['信封（内有现金）', '现金'], 'envelope of cash'),
             'redpacket': (['红包', '一个红包'], ['红包一个', '红包'], 'red envelope'),
             'band': (['一沓现金', '用皮筋扎着的钱'], ['现金一沓', '现金'], 'bundle of cash'),
             'loose': (['现金', '钱'], ['现金', '人民币'], 'cash'),
             'paperbag': (['牛皮纸袋装的钱', '一袋现金'], ['牛皮纸袋（内装现金）'], 'paper bag of cash')}[kind]
    ob = base('cash', kind, names[0], names[1], names[2], '笔')
    a = cash_amount() if kind != 'redpacket' else pick([200, 600, 666, 888, 1000, 1800])
    ob['cont'].append(cash_phr(a))
    if kind == 'envelope':
        ob['color'] = o.get('color') or pick(['白', '棕', '黄'])
        ob['vis'].append(pick([V('信封上写着"货款"', '信封上手写"货款"', '"payment" written on it'),
                               V('信封上写着%s的名字' % pick(['老板', '客户']), '信封写有"%s收"' % cname(), 'a name on it'),
                               V('信封是银行的', '银行信封', 'a bank envelope')]))
    elif kind == 'redpacket':
        ob['color'] = '红'
        ob['vis'].append(pick([V('红包上印着"恭喜发财"', '印"恭喜发财"', ''), V('红包上写着"工资"', '红包手写"工资"', '')]))
    elif kind == 'band':
        ob['color'] = o.get('color')
        ob['vis'].append(pick([V('用黄色皮筋扎着', '黄色橡皮筋捆扎', ''), V('用银行纸条捆着', '有银行封条', '')]))
    elif kind == 'paperbag':
        ob['color'] = o.get('color') or '棕'
    ob['vis'].append(V('都是一百的' if chance(0.5) else '有一百也有五十的', '面额以100元为主' if chance(0.5) else '100元及50元面额', ''))
    ob['pool'] = [V('信封上写着"房租"', '信封上手写"房租"', ''), V('用黑色皮筋扎着', '黑色橡皮筋捆扎', '')]
    ob['hid'].append(pick([('是今天收的货款', 'payment'), ('是这个月的工资', 'wages'), ('准备去银行存的', ''),
                           ('是给老家寄的钱', '')]))
    return ob


def new_jewelry(o, who):
    kind = o.get('kind') or wpick([('necklace', 3), ('bracelet', 2), ('jade', 2), ('ring', 3), ('earring', 1), ('beads', 1), ('watch', 0)])
    names = {'necklace': (['金项链', '项链'], ['黄色金属项链', '项链'], 'gold necklace'),
             'bracelet': (['手镯', '金手镯', '银手镯'], ['金属手镯', '手镯'], 'bangle'),
             'jade': (['玉镯', '玉手镯'], ['玉石手镯', '手镯'], 'jade bangle'),
             'ring': (['戒指', '婚戒', '结婚戒指'], ['戒指'], 'ring'),
             'earring': (['耳环', '一只耳环'], ['耳环'], 'earring'),
             'beads': (['手链', '转运珠手链'], ['手链', '串珠手链'], 'bracelet'),
             'watch': (['智能手表', '手表'], ['手表'], 'smart watch')}[kind]
    ob = base('jewelry', kind, names[0], names[1], names[2], '条' if kind in ('necklace', 'beads') else '个')
    ob['color'] = o.get('color') or {'necklace': '金', 'bracelet': pick(['金', '银']), 'jade': pick(['绿', '白']),
                                     'ring': pick(['金', '银', '粉']), 'earring': pick(['金', '银']), 'beads': pick(['红', '金', '黑']),
                                     'watch': pick(['黑', '银'])}[kind]
    if o.get('brand') or chance(0.4):
        ob['brand'] = o.get('brand') or pick(['周大禾', '金禧福', '瑞玺'])
        ob['brand_vis'] = chance(0.5)
    pool = [V('吊坠是平安扣', '带平安扣吊坠', 'a jade disc pendant'), V('扣子有点松', '搭扣松动', 'loose clasp'),
            V('有个生肖兔的吊坠', '挂生肖兔吊坠', 'a rabbit pendant'), V('内圈刻着"%s&%s"' % (pick('LWZHCY'), pick('LWZHCY')),
                                                               '内圈刻有字母', 'engraved inside'),
            V('上面有一条细裂纹', '有细微裂纹', 'a hairline crack'), V('大概%d克' % R.randint(5, 40), '重约%d克' % R.randint(5, 40), '')]
    ob['pool'] = pool
    if kind == 'ring' and chance(0.6):
        eng = '%s&%s %d' % (pick('LWZHCYX'), pick('LWZHCYX'), R.randint(2008, 2029))
        ob['vis'].append(V('内圈刻着"%s"' % eng, '内圈刻有"%s"' % eng, 'engraved "%s"' % eng))
        ob['ids'].append({'t': 'engr', 'v': eng, 'o': 0.0, 'f': 0.0})
    elif chance(0.6):
        v = pick(pool[:3] + pool[4:5])
        if v in (pool[0], pool[2]):
            excl(ob, v, [pool[0], pool[2]])
        else:
            ob['vis'].append(v)
    if kind in ('necklace', 'bracelet') and chance(0.5):
        g = R.randint(8, 45)
        ob['vis'].append(V('%d克左右' % g, '约%d克' % (g + pick([-1, 0, 0, 1])), ''))
    if kind == 'watch':
        ob['alt_cat'] = 'electronics'
        ob['brand'] = '腕知'
        ob['brand_vis'] = True
        ob['model'] = pick(['W3 Pro', 'W5'])
    ob['hid'].append(pick([('是我妈留给我的', ''), ('去年结婚买的', ''), ('在%s买的，花了%d多' % (pick(['周大禾', '金店']), R.randint(2, 12) * 1000), ''),
                           ('有发票', '')]))
    return ob


def new_electronics(o, who):
    kind = o.get('kind') or wpick([('laptop', 3), ('tablet', 2), ('earbuds', 3), ('powerbank', 2), ('camera', 1), ('radio', 1),
                                   ('translator', 1), ('scanner', 1), ('drive', 1), ('watch', 0)])
    spec = {'laptop': (['笔记本电脑', '电脑', '笔记本'], ['笔记本电脑'], 'laptop', '台', ['朗拓', '极衡'], ['LT-14 Air', 'K15 Pro', 'X13 轻薄版']),
            'tablet': (['平板', '平板电脑', 'iPad一样的平板'], ['平板电脑'], 'tablet', '台', ['青岚', '朗拓'], ['Pad 11', 'Tab M8']),
            'earbuds': (['蓝牙耳机', '耳机', '无线耳机'], ['蓝牙耳机（含充电仓）', '耳机盒'], 'wireless earbuds', '副', ['声屿'], ['Buds 3', 'Air Pro 2']),
            'powerbank': (['充电宝', '移动电源'], ['充电宝', '移动电源'], 'power bank', '个', ['电小满'], ['20000mAh', 'PD快充版']),
            'camera': (['相机', '数码相机', '微单'], ['相机', '照相机'], 'camera', '台', ['影匠'], ['M10', 'Z-7 mini']),
            'radio': (['对讲机'], ['对讲机'], 'walkie-talkie', '台', ['讯通达'], ['T-600', 'T-800']),
            'translator': (['翻译机'], ['翻译机', '小型电子设备'], 'translator', '台', ['声屿'], ['Lingo 2']),
            'scanner': (['扫码枪', '扫码器'], ['扫码枪'], 'barcode scanner', '把', ['讯通达'], ['S2 无线版']),
            'drive': (['移动硬盘', '硬盘'], ['移动硬盘'], 'hard drive', '个', ['极衡'], ['1TB', '2TB']),
            'watch': (['智能手表', '手表'], ['智能手表'], 'smart watch', '块', ['腕知'], ['W3 Pro', 'W5'])}[kind]
    ob = base('electronics', kind, spec[0], spec[1], spec[2], spec[3])
    ob['brand'] = o.get('brand') if o.get('brand') in spec[4] else pick(spec[4])
    ob['brand_vis'] = chance(0.75)
    ob['model'] = o.get('model') or pick(spec[5])
    ob['model_vis'] = chance(0.4)
    ob['color'] = o.get('color') or pick(['黑', '黑', '白', '银', '灰', '蓝'])
    if kind in ('laptop', 'tablet', 'camera', 'radio', 'drive', 'scanner', 'watch', 'earbuds'):
        sn = ''.join(pick('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(2)) + '%d' % R.randint(1, 9) + \
            ''.join(pick('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(7))
        ob['ids'].append({'t': 'sn', 'v': sn, 'o': 0.35, 'f': 0.5})
    pool = [V('贴了很多贴纸', '表面贴有多张贴纸', 'covered in stickers'), V('背面贴着我名字的标签', '贴有姓名标签（%s）' % who['name'], 'a name label'),
            V('外壳有磕碰', '外壳有磕痕', 'a dent in the case'), V('套着一个灰色保护套', '灰色保护套', 'a grey sleeve'),
            V('贴了一张"%s"标签' % who.get('co', 'SALES'), '贴有"%s"标签' % who.get('co', 'SALES'), 'a company label'),
            V('编号写着%d号' % R.randint(1, 30), '机身写有编号', 'numbered')]
    ob['pool'] = pool
    if chance(0.55):
        v = pick(pool)
        ob['vis'].append(v)
        if '名字' in v[0]:
            ob['name'] = who['name']
    if kind == 'laptop' and chance(0.5):
        ob['cont'].append(V('连着充电器', '附电源适配器', 'with charger'))
    if kind in ('laptop', 'tablet'):
        ob['hid'].append(pick([('有开机密码', 'password protected'), ('里面有全部客户资料', 'all my client files are on it'),
                               ('开机画面是公司logo', '')]))
    if kind == 'watch':
        ob['alt_cat'] = 'jewelry'
    return ob


def new_bicycle(o, who):
    kind = o.get('kind') or pick(['mtb', 'city', 'fold'])
    names = {'mtb': (['山地车', '自行车', '山地自行车'], ['山地自行车', '自行车'], 'mountain bike'),
             'city': (['自行车', '单车', '通勤自行车'], ['自行车', '女式自行车'], 'bicycle'),
             'fold': (['折叠自行车', '折叠车'], ['折叠自行车'], 'folding bike')}[kind]
    ob = base('bicycle', kind, names[0], names[1], names[2], '辆')
    ob['brand'] = o.get('brand') or pick(['凤翔', '骑跃', '捷安途'])
    ob['brand_vis'] = chance(0.85)
    ob['color'] = o.get('color') or pick(['黑', '白', '红', '蓝', '灰', '绿', '黄'])
    ob['ids'].append({'t': 'frame', 'v': '%s%d%s%06d' % (pick(['FX', 'QY', 'JA']), R.randint(1, 9), pick('ABCDK'), R.randint(0, 999999)),
                      'o': 0.45, 'f': 0.6})
    pool = [V('前面有个车筐', '带前车筐', 'front basket'), V('后座绑了个坐垫', '后座加装软垫', 'a rear seat pad'),
            V('车座是破的，用胶带缠着', '车座破损用胶带缠绕', 'taped saddle'), V('车把上挂了个铃铛', '车把有铃铛', 'a bell'),
            V('挂着一把U型锁', '车上有U型锁', 'a U-lock'), V('车架上贴了反光贴', '车架贴反光贴', 'reflective stickers'),
            V('没有挡泥板', '无挡泥板', 'no mudguards')]
    ob['pool'] = pool
    for v in R.sample(pool, R.randint(1, 2)):
        ob['vis'].append(v)
    ob['hid'].append(pick([('去年买的，发票还在', ''), ('锁了，钥匙在我这', ''), ('是二手买的', '')]))
    return ob


def new_ebike(o, who):
    kind = o.get('kind') or wpick([('ebike', 5), ('delivery', 3), ('tricycle', 1)])
    names = {'ebike': (['电动车', '电瓶车', '电动自行车'], ['电动自行车', '电动车'], 'e-bike'),
             'delivery': (['电动车', '送外卖的电动车', '电瓶车'], ['电动自行车', '电动车'], 'e-bike'),
             'tricycle': (['电动三轮车', '三轮车', '电三轮'], ['电动三轮车'], 'electric tricycle')}[kind]
    ob = base('ebike', kind, names[0], names[1], names[2], '辆')
    ob['brand'] = o.get('brand') or pick(['雅驰', '绿捷', '台跃', '小禾'])
    ob['brand_vis'] = chance(0.85)
    ob['model'] = o.get('model') or pick(['Q3', 'M6 长续航', 'TDR-02', '小刀型', 'E8'])
    ob['model_vis'] = chance(0.3)
    ob['color'] = o.get('color') or pick(['黑', '白', '红', '蓝', '灰', '粉', '银'])
    plate_kept = chance(0.7)
    ob['ids'].append({'t': 'plate', 'v': '禾州%s%05d' % (pick('ABCDE'), R.randint(0, 99999)), 'o': 0.85, 'f': 0.9 if plate_kept else 0.0})
    ob['ids'].append({'t': 'frame', 'v': '%s%d%s%07d' % (pick(['YC', 'LJ', 'TY', 'XH']), R.randint(20, 30), pick('ABCDEK'), R.randint(0, 9999999)),
                      'o': 0.35, 'f': 0.6})
    pool = [V('后面有个%s外卖箱' % pick(['黄色', '蓝色']), '后座装有外卖箱', 'a delivery box'),
            V('装了挡风被', '车头有挡风被', 'a wind quilt'), V('后视镜断了一个', '左后视镜缺失', 'a broken mirror'),
            V('车筐里有个头盔', '车筐内有头盔一个', 'a helmet in the basket'), V('脚踏板上贴了防滑垫', '脚踏板有防滑垫', 'a footboard mat'),
            V('车尾贴了"新手上路"', '车尾贴有"新手上路"贴纸', 'a sticker'), V('后座有个儿童座椅', '后座加装儿童座椅', 'a child seat')]
    if kind == 'delivery':
        ob['vis'].append(pool[0])
    ob['pool'] = pool[1:]
    for v in R.sample(pool[1:], R.randint(1, 2)):
        ob['vis'].append(v)
    if not plate_kept:
        ob['vis'].append(V('', '无车牌', 'no plate'))
    ob['hid'].append(pick([('电池是新换的48V', ''), ('钥匙还在我手上', ''), ('是分期买的', ''), ('车是锁了的', '')]))
    return ob


def new_other(o, who):
    kind = o.get('kind') or wpick([('badge', 4), ('samplebox', 3), ('umbrella', 3), ('hat', 2), ('coat', 2), ('tools', 2),
                                   ('flask', 2), ('glasses', 1), ('cardcase', 2), ('folder', 2)])
    spec = {'badge': (['展商证', '参展证', '胸卡'], ['展会证件', '参展证（带挂绳）', '胸牌'], 'exhibitor badge', '张'),
            'samplebox': (['样品盒', '一箱样品', '样品'], ['纸箱（内有样品）', '样品盒'], 'box of samples', '个'),
            'umbrella': (['雨伞', '伞', '折叠伞'], ['雨伞', '折叠伞'], 'umbrella', '把'),
            'hat': (['帽子', '帽子'], ['帽子'], 'hat', '顶'),
            'coat': (['外套', '工作服', '夹克'], ['外套', '衣服一件'], 'jacket', '件'),
            'tools': (['工具包', '一包工具'], ['工具包', '工具'], 'tool bag', '个'),
            'flask': (['保温杯', '水杯'], ['保温杯', '水杯'], 'flask', '个'),
            'glasses': (['眼镜', '近视眼镜'], ['眼镜（带眼镜盒）', '眼镜'], 'glasses', '副'),
            'cardcase': (['名片夹', '名片盒'], ['名片夹'], 'card case', '个'),
            'folder': (['文件袋', '发票夹', '资料袋'], ['文件袋', '资料夹'], 'document folder', '个')}[kind]
    ob = base('other', kind, spec[0], spec[1], spec[2], spec[3])
    co = who.get('company', 'Global Trading')
    if kind == 'badge':
        lan = o.get('color') or {'exhibitor': '红', 'buyer': '蓝', 'foreign': '蓝', 'cleaner': '绿', 'guard': '绿',
                                  'builder': '绿'}.get(who['role']) or pick(['红', '蓝', '绿'])
        ob['color'] = lan
        role = {'红': '展商', '蓝': '采购商', '绿': '工作人员'}.get(lan) or pick(['展商', '采购商'])
        ob['ids'].append({'t': 'badge', 'v': 'QH30-%s%04d' % ({'展商': 'EX', '采购商': 'BY', '工作人员': 'ST'}[role], R.randint(1, 9999)),
                          'o': 0.5, 'f': 0.8})
        ob['name'] = who['name']
        ob['vis'].append(V('%s挂绳' % COLORS[lan][0], '%s挂绳，%s证' % (COLORS[lan][0], role), '%s lanyard' % COLOR_EN[lan]))
        ob['cont'].append(V('上面有我的照片和公司名', '证件印有"%s"' % co, 'my photo and company name'))
        ob['alt_cat'] = 'id_doc'
    elif kind == 'samplebox':
        ob['color'] = o.get('color') or pick(['棕', '白'])
        tr = who.get('trade', pick(TRADES))
        s = pick(tr[1])
        ob['cont'].append(V(s, '内装%s' % s.replace('样品', '') + '样品', 'samples'))
        ob['vis'].append(V('箱子上贴着%s的标签' % who.get('co', '公司'), '箱外贴有"%s"标签' % co, 'our company label'))
        ob['vis'].append(V('用透明胶封的', '透明胶带封口', 'taped'))
    elif kind == 'umbrella':
        ob['color'] = o.get('color') or pick(['黑', '蓝', '红', '灰', '绿', '紫'])
        ob['brand'] = o.get('brand') or (pick(['晴雨坊']) if chance(0.5) else None)
        ob['brand_vis'] = True
        fam = [V('三折的', '三折伞', 'foldable'), V('长柄的，木头把手', '长柄木质伞柄', 'long wooden handle'),
                               V('伞面印着展会logo', '伞面印有展会标志', 'fair logo')]
        excl(ob, pick(fam), fam)
    elif kind == 'hat':
        ob['color'] = o.get('color') or pick(['黑', '白', '黄', '红', '蓝'])
        fam = [V('安全帽，上面写着物流园', '安全帽，印有"青禾物流园"', 'hard hat'),
                               V('鸭舌帽，前面绣着字母', '鸭舌帽，前有刺绣字母', 'baseball cap'),
                               V('渔夫帽', '渔夫帽', 'bucket hat')]
        excl(ob, pick(fam), fam)
    elif kind == 'coat':
        ob['color'] = o.get('color') or pick(['黑', '灰', '蓝', '绿', '橙'])
        ob['brand'] = o.get('brand') or (pick(['北辰户外']) if chance(0.4) else None)
        ob['brand_vis'] = True
        fam = [V('反光的工作马甲', '带反光条的工作服', 'a hi-vis vest'), V('冲锋衣', '冲锋衣', 'a rain jacket'),
                               V('夹克，L码', '夹克衫，L码', 'jacket size L')]
        excl(ob, pick(fam), fam)
        if chance(0.5):
            ob['cont'].append(pick([V('口袋里有打火机和烟', '口袋内有香烟和打火机', 'cigarettes in the pocket'),
                                    V('口袋里有一张工资条', '口袋内有工资条一张', 'a payslip in the pocket')]))
    elif kind == 'tools':
        ob['color'] = o.get('color') or pick(['黑', '红', '橙'])
        ob['brand'] = o.get('brand') or '工力'
        ob['brand_vis'] = True
        ob['cont'].append(V('里面有扳手、卷尺和螺丝刀', '内有扳手、卷尺、螺丝刀等', 'spanners, a tape measure, screwdrivers'))
        ob['vis'].append(V('包上用马克笔写了"%s"' % who['name'][0] if not who['en'] else '', '工具包写有"%s"' % who['name'][0], ''))
    elif kind == 'flask':
        ob['color'] = o.get('color') or pick(['黑', '白', '粉', '蓝', '银'])
        ob['brand'] = o.get('brand') or (pick(['暖伴']) if chance(0.6) else None)
        ob['brand_vis'] = True
        ob['vis'].append(pick([V('杯子上贴了我名字', '杯身贴有姓名贴（%s）' % who['name'], 'my name sticker'),
                               V('杯盖有点磕坏了', '杯盖有磕痕', 'dented lid'), V('里面泡着枸杞', '内有枸杞茶', 'goji tea inside')]))
        if '名字' in ob['vis'][-1][0]:
            ob['name'] = who['name']
    elif kind == 'glasses':
        ob['color'] = o.get('color') or pick(['黑', '棕', '银'])
        ob['brand'] = o.get('brand') or (pick(['明眸']) if chance(0.5) else None)
        ob['brand_vis'] = True
        fam = [V('黑框的，装在眼镜盒里', '黑框，装于眼镜盒', 'black frame in a case'),
                               V('金丝边的', '金属细框', 'thin metal frame')]
        excl(ob, pick(fam), fam)
    elif kind == 'cardcase':
        ob['color'] = o.get('color') or pick(['黑', '银', '棕'])
        ob['name'] = who['name']
        ob['cont'].append(V('里面是我的名片', '内有名片（%s，%s）' % (who['name'], co), 'my business cards'))
        ob['alt_cat'] = 'wallet'
    elif kind == 'folder':
        ob['color'] = o.get('color') or pick(['蓝', '透明' if False else '白', '黑', '红'])
        ob['cont'].append(pick([V('一沓增值税发票', '发票若干（%s）' % co, 'invoices'), V('几份采购合同', '合同若干（%s）' % co, 'contracts'),
                                V('报关单和装箱单', '报关单、装箱单等', 'customs papers')]))
        ob['vis'].append(V('袋子上写着%s' % (who.get('co', '') + '发票'), '袋面写有"%s"' % (who.get('co', '') + '发票'), ''))
        ob['alt_cat'] = 'bag'
    ob['pool'] = [V('有点脏', '较脏', ''), V('上面有个小破口', '有破口', '')]
    return ob


GEN = {'phone': new_phone, 'wallet': new_wallet, 'id_doc': new_id_doc, 'keys': new_keys, 'bag': new_bag, 'cash': new_cash,
       'jewelry': new_jewelry, 'electronics': new_electronics, 'bicycle': new_bicycle, 'ebike': new_ebike, 'other': new_other}
CAT_ZH = {'id_doc': '证件', 'phone': '手机', 'wallet': '钱包', 'keys': '钥匙', 'ebike': '电动车', 'bicycle': '自行车',
          'bag': '包', 'cash': '现金', 'jewelry': '首饰', 'electronics': '电子产品', 'other': '其他'}

# places where a category is usually lost
CAT_PLACE_TYPES = {
    'phone': None, 'wallet': None, 'id_doc': None, 'keys': None, 'bag': None, 'cash': None, 'jewelry': None,
    'electronics': None, 'other': None,
    'bicycle': ['station', 'dorm', 'village', 'market', 'gate', 'parcel', 'road', 'terminal', 'bus'],
    'ebike': ['station', 'dorm', 'village', 'market', 'gate', 'parcel', 'road', 'bay', 'warehouse', 'food', 'plaza'],
}
KIND_PLACE = {'forklift': ['warehouse', 'bay', 'sort'], 'truck': ['bay', 'rest', 'weigh', 'warehouse'],
              'warehouse': ['warehouse', 'bay', 'sort'], 'workcard': ['warehouse', 'bay', 'sort', 'rest', 'station', 'dorm'],
              'badge': ['hall', 'lobby', 'food', 'station', 'hotel', 'plaza'], 'samplebox': ['hall', 'market', 'taxi', 'hotel', 'lobby'],
              'vehicle': ['bay', 'rest', 'weigh'], 'radio': ['hall', 'warehouse', 'parking', 'gate'], 'woven': ['market', 'station', 'bus', 'gate'],
              'locker': ['hall', 'sort', 'station'], 'delivery': ['food', 'market', 'road', 'dorm', 'plaza', 'parcel'],
              'tricycle': ['market', 'gate', 'warehouse', 'village']}


# ---------------------------------------------------------------- serial formatting
def fmt_serial(idr, voice):
    t, v = idr['t'], idr['v']
    if t == 'imei':
        if voice == 'o':
            return pick([v, v, '%s %s %s %s' % (v[:2], v[2:8], v[8:14], v[14]), ' '.join(v[i:i + 4] for i in range(0, 15, 4)),
                         'IMEI:%s' % v, 'IMEI后六位%s' % v[-6:]])
        return pick([v, 'IMEI %s' % v, '%s-%s-%s' % (v[:8], v[8:14], v[14]), v])
    if t == 'idno':
        if voice == 'o':
            return pick([v, v, '%s********%s' % (v[:6], v[-4:]), '身份证后四位%s' % v[-4:], v[:6] + ' ' + v[6:14] + ' ' + v[14:]])
        return pick([v, '%s********%s' % (v[:6], v[-4:]), '%s**********%s' % (v[:4], v[-4:]), '%s****%s' % (v[:10], v[-4:])])
    if t == 'card':
        return card_owner_phr(v) if voice == 'o' else card_finder_phr(v)
    if t == 'passport':
        return pick([v, 'No. %s' % v]) if voice == 'o' else pick([v, '护照号%s' % v])
    if t == 'badge':
        return pick([v, v[-6:], '证号%s' % v[-4:]]) if voice == 'o' else pick([v, v.replace('-', ' ')])
    if t == 'frame':
        if voice == 'o':
            return pick([v, v, '车架号后六位%s' % v[-6:]])
        return pick([v, v.lower(), v[:3] + ' ' + v[3:]])
    if t == 'plate':
        return pick([v, v[:2] + '·' + v[2:], v[:2] + ' ' + v[2:]])
    if t == 'sn':
        return pick([v, 'SN:%s' % v, 'S/N %s' % v]) if voice == 'f' else pick([v, 'SN码%s' % v, '序列号后四位%s' % v[-4:]])
    if t == 'student':
        return pick([v, '学号%s' % v])
    if t == 'tag':
        return v
    return v


def serial_label(t):
    return {'imei': 'IMEI', 'idno': '证件号', 'card': '卡号', 'passport': '护照号', 'badge': '证号', 'frame': '车架号',
            'plate': '车牌', 'sn': '序列号', 'student': '学号', 'tag': '编号', 'engr': '刻字'}[t]


# ---------------------------------------------------------------- typos
TYPOS = [('钥匙', '钥是'), ('钥匙', '要是'), ('身份证', '身分证'), ('钱包', '钱抱'), ('手机', '手几'), ('捡到', '检到'),
         ('拾得', '拾的'), ('黑色', '黒色'), ('充电宝', '冲电宝'), ('背包', '被包'), ('电动车', '电动东'), ('自行车', '自行东'),
         ('项链', '项练'), ('戒指', '戒子'), ('雨伞', '雨散'), ('现金', '现今'), ('蓝色', '兰色'), ('附近', '付近'),
         ('卫生间', '卫生问'), ('一个', '一各'), ('银行卡', '银航卡'), ('驾驶证', '驾使证'), ('停车场', '停车厂'),
         ('耳机', '耳几'), ('外套', '外套子'), ('门口', '们口')]


def typo(s):
    opts = [(a, b) for a, b in TYPOS if a in s]
    if not opts:
        return s
    a, b = pick(opts)
    i = s.find(a)
    return s[:i] + b + s[i + len(a):]


# ---------------------------------------------------------------- rendering
USED = {}


def noun_desc(ob, voice, say_color, say_brand, say_model):
    noun = pick(ob['noun_o'] if voice == 'o' else ob['noun_f'])
    c = cw(ob['color']) if say_color and ob['color'] else ''
    b = bw(ob['brand']) if say_brand and ob['brand'] else ''
    m = ob['model'] if say_model and ob['model'] else ''
    if b and m and b.lower() in m.lower():
        b = ''
    USED.clear()
    USED.update({'color': c, 'brand': b, 'model': m})
    if voice == 'o' and m and ' ' in m and chance(0.25):
        m = m.split(' ')[0] + '系列的'
        USED['model'] = m[:-3]
    style = R.randrange(4)
    if style == 0:
        s = c + (b + ' ' if b and b[-1].isascii() else b) + (m + ' ' if m else '') + noun
    elif style == 1:
        s = noun + ('，' + c if c else '') + ('，' + b + (m and ' ' + m or '') if b else ('，型号' + m if m else ''))
    elif style == 2:
        s = c + noun + ('（' + b + (' ' + m if m else '') + '）' if b else ('（' + m + '）' if m else ''))
    else:
        s = (b + '的' if b and not m else (b + m + '的' if b else '')) + c + noun
    return s.replace('  ', ' ')


def lost_where(case):
    pid = case['lpid']
    t = ptype(pid)
    P = pname(pid)
    fair_day = (case['L'].date() - FAIR_DAY1.date()).days + 1
    hall = ['在%s看展' % P, '在%s的展位上忙' % P, '在%s谈生意' % P, '在%s逛' % P]
    if fair_day <= 0:
        hall = ['布展的时候在%s' % P, '在%s搭展台' % P]
    elif fair_day >= 14:
        hall = ['撤展的时候在%s' % P, '在%s打包展品' % P]
    ev = {'hall': hall,
          'lobby': ['在%s排队进场' % P, '在%s办证' % P], 'plaza': ['在%s' % P, '在%s等人' % P],
          'parking': ['在%s取车' % P, '在%s装货' % P], 'desk': ['在%s咨询' % P],
          'food': ['在%s吃饭' % P, '中午在%s吃饭' % P, '在%s吃东西' % P], 'taxi': ['在%s打车' % P, '在%s排队打车' % P],
          'station': ['坐地铁4号线，在%s上下车' % P, '在%s进站' % P, '坐4号线到%s' % P],
          'terminal': ['坐4号线坐到%s' % P], 'bus': ['在%s坐公交' % P, '坐公交到%s' % P],
          'hotel': ['住在%s' % P, '在%s退房' % P, '在%s办入住' % P], 'road': ['骑车经过%s' % P, '在%s附近' % P],
          'market': ['在%s进货' % P, '在%s看货' % P, '在%s送货' % P, '在%s的档口' % P],
          'gate': ['在%s装三轮车' % P, '在%s' % P], 'warehouse': ['在%s卸货' % P, '在%s装车' % P, '在%s上班' % P],
          'bay': ['在%s等装车' % P, '在%s卸货' % P], 'rest': ['在%s休息' % P, '在%s洗漱' % P], 'weigh': ['在%s过磅' % P],
          'sort': ['在%s上夜班' % P, '在%s分拣' % P], 'dorm': ['在%s' % P, '从%s出门' % P, '在%s楼下' % P],
          'village': ['在%s' % P, '回%s的路上' % P], 'parcel': ['在%s取快递' % P]}.get(t, ['在%s' % P])
    s = pick(ev)
    if case.get('lpid2'):
        s += '，也可能是在%s' % pname(case['lpid2'])
    return s


def lost_verb(noun):
    return pick(['后来发现%s不见了' % noun, '%s丢了' % noun, '回去才发现%s没了' % noun, '%s落在那边了' % noun,
                 '%s应该是掉了' % noun, '%s找不到了' % noun, '把%s弄丢了' % noun])


def choose_facts(ob, voice, force=()):
    """which facts a person mentions."""
    st = set()
    if ob['color'] and (chance(0.82 if voice == 'o' else 0.85) or 'color' in force):
        st.add('color')
    if ob['brand'] and ((chance(0.7) if voice == 'o' else (ob['brand_vis'] and chance(0.7))) or 'brand' in force):
        st.add('brand')
    if ob['model'] and ((chance(0.45) if voice == 'o' else (ob['model_vis'] and chance(0.6))) or 'model' in force):
        st.add('model')
    for i, idr in enumerate(ob['ids']):
        p = idr['o'] if voice == 'o' else idr['f']
        if chance(p) or ('id', i) in force:
            st.add(('id', i))
    for i, v in enumerate(ob['vis']):
        txt = v[0] if voice == 'o' else v[1]
        if txt and (chance(0.65 if voice == 'o' else 0.75) or ('vis', i) in force):
            st.add(('vis', i))
    for i, v in enumerate(ob['cont']):
        if chance(0.7 if voice == 'o' else 0.85) or ('cont', i) in force:
            st.add(('cont', i))
    if ob['name'] and (chance(0.85) or 'name' in force):
        st.add('name')
    return st


def sorted_facts(st):
    def k(x):
        return (0, x, 0) if isinstance(x, str) else (1, x[0], x[1])
    return sorted(st, key=k)


def render_lost_zh(ob, case, who):
    st = choose_facts(ob, 'o')
    rec = {}
    body_only = chance(0.2)     # everything in the body, no field filled
    a, b = at(case['lfrom']), at(case['lto'])
    parts = []
    intro = pick(ROLE_INTRO.get(who['role'], ['']))
    intro = intro.format(origin=who.get('origin', ''), company=who.get('company', ''), stall='%d街%d号' % (R.randint(1, 12), R.randint(1, 300)))
    if 'name' in st and chance(0.9 if ob['cat'] == 'id_doc' or ob['kind'] == 'badge' else 0.6):
        parts.append(pick(['本人%s，' % who['name'], '我叫%s，' % who['name'], '报失人%s，' % who['name']]) + intro)
    else:
        st.discard('name')
        parts.append(intro)
    noun = noun_desc(ob, 'o', 'color' in st, 'brand' in st, 'model' in st)
    if case.get('noplace'):
        parts.append('%s，%s，%s。' % (zh_window(a, b), pick(['这几天跑了好几个地方', '不记得丢在哪了', '展馆、商城都去过']), lost_verb(noun)))
    else:
        parts.append('%s%s，%s。' % (zh_window(a, b), lost_where(case), lost_verb(noun)))
    feats = [ob['vis'][x[1]][0] for x in sorted_facts(st) if isinstance(x, tuple) and x[0] == 'vis']
    feats = [f for f in feats if f]
    if feats:
        parts.append(pick(['', '特征：', '']) + '，'.join(feats) + '。')
    conts = [ob['cont'][x[1]][0] for x in sorted_facts(st) if isinstance(x, tuple) and x[0] == 'cont']
    if conts:
        alone = [c for c in conts if any(k in c for k in ('里', '上面', '上写着', '工牌', '的')) or ob['cat'] in ('cash', 'jewelry', 'keys')]
        grouped = [c for c in conts if c not in alone]
        if grouped:
            parts.append(pick(['里面有', '里面装着', '里面有', '包括']) + '、'.join(grouped) + '。')
        if alone:
            parts.append('，'.join(alone) + '。')
    ids_stated = [x for x in sorted_facts(st) if isinstance(x, tuple) and x[0] == 'id']
    serial_field = None
    for x in ids_stated:
        idr = ob['ids'][x[1]]
        s = fmt_serial(idr, 'o')
        if serial_field is None and not body_only and chance(0.75):
            serial_field = s
            if chance(0.5):
                continue
        if idr['t'] == 'tag' or idr['t'] == 'plate':
            parts.append('%s是%s。' % (serial_label(idr['t']), s))
        elif s.startswith(('IMEI', '身份证', '卡号', '尾号', '车架号', '序列号', 'SN', '学号', '证号', 'No', '后四位')):
            parts.append(s + '。')
        else:
            parts.append('%s%s。' % (serial_label(idr['t']), s))
    hid = [h[0] for h in ob['hid'] if chance(0.5)]
    if hid:
        parts.append('，'.join(hid) + '。')
    if chance(0.5):
        parts.append(pick(['有捡到的请联系我，%s，必有重谢！' % who['phone'], '麻烦帮忙留意一下。', '急用，谢谢！',
                           '里面东西很重要，拜托了。', '电话%s。' % who['phone'], '']))
    body = ''.join(parts)
    if chance(0.06):
        body = typo(body)
    rec['body'] = body
    if body_only:
        return rec, st
    fill_fields(rec, ob, st, 'o', serial_field, case['lpid'] if not case.get('noplace') else None, case)
    return rec, st


def fill_fields(rec, ob, st, voice, serial_field, pid, case, en=False):
    idx = 0 if voice == 'o' else 1
    pf = 0.55 if voice == 'o' else 0.6
    used = dict(USED)
    if 'color' in st and chance(pf + 0.1):
        if en and chance(0.6):
            rec['color'] = COLOR_EN[ob['color']]
        else:
            rec['color'] = used.get('color') if used.get('color') and chance(0.75) else cw(ob['color'])
    if 'brand' in st and chance(pf):
        if en:
            rec['brand'] = ben(ob['brand'])
        else:
            rec['brand'] = used.get('brand') if used.get('brand') and chance(0.6) else bw(ob['brand'])
    if 'model' in st and chance(pf):
        rec['model'] = used.get('model') or ob['model']
    if serial_field and (voice == 'o' or chance(0.85)):
        rec['serial'] = serial_field[:60]
    marks = []
    for x in sorted_facts(st):
        if isinstance(x, tuple) and x[0] in ('vis', 'cont'):
            txt = (ob[x[0]][x[1]][2] if en else ob[x[0]][x[1]][idx])
            if txt and chance(0.7):
                marks.append(txt)
    if marks and chance(0.5):
        rec['marks'] = ('; ' if en else '；').join(marks)[:500]
    if pid and chance(0.75 if voice == 'o' else 0.9):
        if en:
            rec['address'] = PL[pid][6][:60]
        else:
            a = pname(pid)
            if voice == 'f' and chance(0.6):
                a += spot(pid)
            rec['address'] = a[:60]
    if pid and chance(0.45 if voice == 'o' else 0.65):
        rec['lat'], rec['lon'] = pcoords(pid, 90 if voice == 'o' else 25)


def render_lost_mixed(ob, case, who):
    """a foreign buyer who writes half in Chinese."""
    USED.clear()
    st = choose_facts(ob, 'o')
    a, b = at(case['lfrom']), at(case['lto'])
    c = COLOR_EN[ob['color']] + ' ' if 'color' in st and ob['color'] else ''
    br = ben(ob['brand']) + ' ' if 'brand' in st and ob['brand'] else ''
    noun = ob['noun_en']
    place = pick([PL[case['lpid']][6].split(',')[0], pname(case['lpid'])])
    feats = [ob['vis'][x[1]][0] for x in sorted_facts(st) if isinstance(x, tuple) and x[0] == 'vis' and ob['vis'][x[1]][0]]
    conts = [ob['cont'][x[1]][2] for x in sorted_facts(st) if isinstance(x, tuple) and x[0] == 'cont' and ob['cont'][x[1]][2]]
    tmpl = pick(['%s在%s丢了一个%s%s%s。', 'My %s%s%s 丢了！%s，at %s。'])
    if tmpl.startswith('My'):
        body = tmpl % (c, br, noun, zh_window(a, b), place)
    else:
        body = tmpl % (zh_window(a, b), place, c, br, noun)
    if feats:
        body += '，'.join(feats) + '。'
    if conts:
        body += '里面有 ' + ', '.join(conts) + '。'
    if 'name' in st:
        body += pick(['My name %s。', '名字 %s。', '我叫%s。']) % who['name']
    serial_field = None
    for x in sorted_facts(st):
        if isinstance(x, tuple) and x[0] == 'id':
            idr = ob['ids'][x[1]]
            v = fmt_serial(idr, 'o')
            body += '%s %s。' % ({'imei': 'IMEI', 'passport': 'Passport No.', 'card': 'card'}.get(idr['t'], 'No.'), v)
            serial_field = serial_field or v
    body += pick(['Please help, 电话%s' % who['phone'], '谢谢！Thank you', '请联系 %s' % who['phone'], ''])
    rec = {'body': body.strip()}
    fill_fields(rec, ob, st, 'o', serial_field, case['lpid'], case, en=chance(0.5))
    return rec, st


def render_lost_en(ob, case, who):
    USED.clear()
    st = choose_facts(ob, 'o')
    a, b = at(case['lfrom']), at(case['lto'])
    c = COLOR_EN[ob['color']] + ' ' if 'color' in st and ob['color'] else ''
    br = ben(ob['brand']) + ' ' if 'brand' in st and ob['brand'] else ''
    m = ob['model'] + ' ' if 'model' in st and ob['model'] and ob['model'].isascii() else ''
    noun = ob['noun_en']
    if ob['brand'] == '苹果' and br:
        br, noun = 'Apple ', 'iPhone'
    parts = ['I am a buyer from %s, visiting the fair. ' % who['country'][0] if chance(0.6) else '']
    place = PL[case['lpid']][6]
    parts.append('I lost my %s%s%s%s at %s %s. ' % (c, br, m, noun, place, en_window(a, b)))
    feats = [ob['vis'][x[1]][2] for x in sorted_facts(st) if isinstance(x, tuple) and x[0] == 'vis' and ob['vis'][x[1]][2]]
    if feats:
        parts.append('Details: %s. ' % ', '.join(feats))
    conts = [ob['cont'][x[1]][2] for x in sorted_facts(st) if isinstance(x, tuple) and x[0] == 'cont' and ob['cont'][x[1]][2]]
    if conts:
        parts.append('Inside: %s. ' % ', '.join(conts))
    if 'name' in st:
        parts.append('My name is %s. ' % who['name'])
    serial_field = None
    for x in sorted_facts(st):
        if isinstance(x, tuple) and x[0] == 'id':
            idr = ob['ids'][x[1]]
            v = idr['v']
            if idr['t'] == 'imei':
                v = pick([v, ' '.join(v[i:i + 5] for i in range(0, 15, 5))])
                parts.append('IMEI %s. ' % v)
            elif idr['t'] == 'passport':
                parts.append('Passport number %s. ' % v)
            elif idr['t'] == 'card':
                v = 'ending %s' % v
                parts.append('Bank card %s. ' % v)
            else:
                parts.append('Serial %s. ' % v)
            serial_field = serial_field or v
    hid = [h[1] for h in ob['hid'] if h[1] and chance(0.5)]
    if hid:
        parts.append(' '.join(h[0].upper() + h[1:] + '.' for h in hid) + ' ')
    parts.append(pick(['Please call %s.' % who['phone'], 'I stay at %s, please contact me.' % PL[pick(['HH', 'HJ', 'HY'])][6],
                       'Thank you very much!', 'Very urgent, I fly home soon.']))
    rec = {'body': ''.join(parts).strip()}
    fill_fields(rec, ob, st, 'o', serial_field, case['lpid'], case, en=True)
    return rec, st


def render_found(ob, fc, force=(), style=None):
    st = choose_facts(ob, 'f', force)
    pid = fc['fpid']
    d = at(fc['fmin'])
    role = pick(FINDER_ROLES.get(ptype(pid), ['路人']))
    fname = pick(SURN) + pick(['某', '某某', '师傅']) if chance(0.7) else cname()
    style = style or wpick([('narr', 55), ('form', 32), ('hurry', 13)])
    if force:
        style = 'form' if style == 'hurry' else style
    rec = {}
    P = pname(pid)
    sp = spot(pid)
    if style == 'hurry':
        noun = noun_desc(ob, 'f', 'color' in st, False, False)
        body = pick(['%s%s捡到%s一%s' % (P, sp if chance(0.5) else '', noun, ob['mw']),
                     '%s在%s拾得%s' % (role, P, noun), '%s 拾%s一%s，已交' % (P, noun, ob['mw']),
                     '捡到%s，%s' % (noun, P)])
        body = typo(body)
        rec['body'] = body
        if chance(0.4):
            rec['address'] = P[:60]
        return rec, st
    noun = noun_desc(ob, 'f', 'color' in st, 'brand' in st, 'model' in st)
    feats = [ob['vis'][x[1]][1] for x in sorted_facts(st) if isinstance(x, tuple) and x[0] == 'vis' and ob['vis'][x[1]][1]]
    conts = [ob['cont'][x[1]][1] for x in sorted_facts(st) if isinstance(x, tuple) and x[0] == 'cont']
    ids = []
    serial_field = None
    for x in sorted_facts(st):
        if isinstance(x, tuple) and x[0] == 'id':
            idr = ob['ids'][x[1]]
            if idr['t'] == 'engr':
                continue
            s = fmt_serial(idr, 'f')
            if serial_field is None:
                serial_field = s
            if idr['t'] == 'imei' and chance(0.5):
                ids.append('经紧急拨号*#06#查得IMEI：%s' % idr['v'])
            else:
                ids.append('%s：%s' % (serial_label(idr['t']), s))
    name_s = ''
    if 'name' in st:
        nm = ob['name']
        if not all(ord(ch) < 128 for ch in nm.replace(' ', '')):
            nm = nm if chance(0.8) else nm[0] + '某' + (nm[-1] if len(nm) > 2 else '')
        else:
            nm = nm.upper()
        name_s = pick(['姓名：%s' % nm, '证件姓名%s' % nm, '所属人%s' % nm, '上写名字%s' % nm])
    if ob['cat'] == 'id_doc' and name_s and chance(0.6):
        noun = noun + '（%s）' % ob['name']
        name_s = ''
    detail = '；'.join([f for f in feats + ids + conts + ([name_s] if name_s else []) if f])
    extra = ''
    if ob['cat'] == 'phone' and chance(0.3):
        extra = pick(['已关机。', '有未接来电。', '电量约20%。', '屏幕锁定。'])
    if style == 'form':
        lines = ['拾得物品：%s' % noun, '拾得地点：%s%s' % (P, sp if chance(0.6) else ''),
                 '拾得时间：%s' % zh_found_time(d)]
        if detail:
            lines.append('物品特征：%s' % detail)
        if chance(0.6):
            lines.append('拾得人：%s%s' % (role, fname))
        body = '\n'.join(lines) + ('\n' + extra if extra else '')
    else:
        body = pick(['%s%s于%s在%s%s拾得%s一%s' % (role, fname, zh_found_time(d), P, sp, noun, ob['mw']),
                     '%s在%s%s发现%s，交到本所' % (zh_found_time(d), P, sp, noun),
                     '%s%s交来%s一%s，称%s在%s捡到' % (role, fname, noun, ob['mw'], zh_found_time(d), P),
                     '%s巡查时在%s发现遗落的%s' % (role, P + sp, noun)])
        if detail:
            body += '，' + detail
        body += '。' + extra + pick(['', '已登记保管。', '暂存所内。', '请失主带证件认领。', ''])
    if len(body) > 600:
        body = body[:598] + '。'
    rec['body'] = body
    if chance(0.1) and not force:
        return rec, st
    fill_fields(rec, ob, st, 'f', serial_field, pid, fc)
    return rec, st


# ---------------------------------------------------------------- timing
HOURS = {'hall': (9, 17), 'lobby': (8, 11), 'plaza': (8, 18), 'parking': (7, 19), 'desk': (9, 17), 'food': (11, 20),
         'taxi': (16, 21), 'station': (7, 22), 'terminal': (7, 22), 'bus': (6, 21), 'hotel': (7, 23), 'road': (6, 23),
         'market': (8, 17), 'gate': (7, 18), 'warehouse': (0, 23), 'bay': (0, 23), 'rest': (0, 23), 'weigh': (5, 22),
         'sort': (0, 23), 'dorm': (6, 23), 'village': (7, 23), 'parcel': (9, 21), 'airport': (6, 23), 'park': (7, 20)}


def loss_moment(pid):
    day = R.randint(0, 15)   # 0 = set-up day, 15 = day after the fair
    h0, h1 = HOURS.get(ptype(pid), (8, 20))
    h = R.randint(h0, h1)
    return FAIR_DAY1 + timedelta(days=day - 1, hours=h, minutes=R.randint(0, 59))


def round_down(d, step):
    return d - timedelta(minutes=d.minute % step, seconds=d.second)


def round_up(d, step):
    r = d.minute % step
    return d + timedelta(minutes=(step - r) % step) if r else d


NIGHT_OK = ('warehouse', 'bay', 'rest', 'sort', 'dorm', 'weigh', 'road', 'hotel', 'village')


def waking_hours(F, L, pid):
    """nobody finds things in a closed hall at 4 a.m.: move such a find to the morning."""
    if F.hour < 6 and ptype(pid) not in NIGHT_OK:
        G = F.replace(hour=R.randint(6, 8), minute=R.randint(0, 59))
        if G > L + timedelta(minutes=5):
            return G
    return F


def awake_min(fmin, pid, lo, hi):
    """the same move in minutes, kept inside [lo, hi]."""
    F = at(fmin)
    if F.hour < 6 and ptype(pid) not in NIGHT_OK:
        G = F.replace(hour=R.randint(6, 8), minute=R.randint(0, 59))
        g = mins(G)
        if lo <= g <= hi:
            return g
    return fmin


def window_for(L):
    w = wpick([('narrow', 45), ('mid', 35), ('wide', 20)])
    if w == 'narrow':
        a, b = R.randint(5, 60), R.randint(5, 60)
        step = 10
    elif w == 'mid':
        a, b = R.randint(30, 240), R.randint(30, 240)
        step = 30
    else:
        a, b = R.randint(120, 1800), R.randint(60, 900)
        step = 60
    s = round_down(L - timedelta(minutes=a), step)
    e = round_up(L + timedelta(minutes=b), step)
    if e > T - timedelta(minutes=30):
        e = T - timedelta(minutes=30)
    return mins(s), mins(e)


# ---------------------------------------------------------------- build
CAT_COUNTS = [('phone', 48), ('wallet', 34), ('id_doc', 34), ('keys', 28), ('bag', 32), ('cash', 8), ('jewelry', 10),
              ('electronics', 16), ('bicycle', 6), ('ebike', 8), ('other', 16)]


def pick_place(cat, kind, role_hint=None):
    types = KIND_PLACE.get(kind) or CAT_PLACE_TYPES.get(cat)
    cand = [p for p in LOCAL if ptype(p) != 'desk' and (types is None or ptype(p) in types)]
    if types is None:
        # the fair is where most things go missing
        w = [(p, 3 if area_of(p) == 'expo' else 2 if area_of(p) == 'market' else 1) for p in cand]
        return wpick(w)
    return pick(cand)


def found_place_for(lpid, cat):
    r = R.random()
    t = ptype(lpid)
    if t in ('station',) and r < 0.4:
        return pick(['SS', 'SX', lpid])
    if t == 'taxi' and r < 0.5:
        return pick(['EL', 'TX'])
    if t == 'hall' and r < 0.25:
        return pick(['EL', 'ES'])
    if r < 0.45:
        return lpid
    near = near_places(lpid, 700)
    return pick(near) if near else lpid


def make_object(cat, who, over=None):
    return GEN[cat](over or {}, who)


def build():
    cats = []
    for c, n in CAT_COUNTS:
        cats += [c] * n
    R.shuffle(cats)
    # forced kinds: foreign owners and the cross-category pairs
    forced = {}
    cross_specs = [('id_doc', 'idcard_holder'), ('other', 'badge'), ('electronics', 'watch'), ('bag', 'sample_bag')]
    used = set()
    for c, k in cross_specs:
        i = next(j for j in range(N_PAIRS) if cats[j] == c and j not in used)
        used.add(i)
        forced[i] = {'kind': k, 'cross': True}
    en_cats = ['phone', 'phone', 'phone', 'wallet', 'wallet', 'id_doc', 'id_doc', 'bag', 'bag', 'electronics']
    en_slots = []
    for c in en_cats:
        # 6 in reports that get found, 4 in reports that do not
        rng = range(0, N_PAIRS) if len(en_slots) < 6 else range(N_PAIRS, N_PAIRS + N_LOST_ONLY)
        cands = [j for j in rng if cats[j] == c and j not in used]
        i = pick(cands)
        used.add(i)
        en_slots.append(i)
        forced[i] = dict(forced.get(i, {}), en=True)
        if c == 'electronics':
            forced[i]['kind'] = 'translator'
    mixed_slots = []
    for _ in range(N_MIXED_LOST):
        cands = [j for j in range(N_PAIRS + N_LOST_ONLY) if j not in used and cats[j] in ('phone', 'wallet', 'bag', 'other', 'id_doc')]
        i = pick(cands)
        used.add(i)
        mixed_slots.append(i)
        forced[i] = dict(forced.get(i, {}), mixed=True)

    lost, found, hidden = [], [], []
    objs = []
    for i in range(N_PAIRS + N_LOST_ONLY):
        cat = cats[i]
        f = forced.get(i, {})
        over = {}
        if 'kind' in f:
            over['kind'] = f['kind']
        probe_kind = over.get('kind')
        # choose place first, then an owner who fits it
        if f.get('en') or f.get('mixed'):
            lpid = pick(['EA', 'EB', 'EC', 'ED', 'EE', 'EF', 'ES', 'FC', 'TX', 'SX', 'HH', 'HJ', 'MA', 'MB', 'MC', 'MD'])
            who = person('foreign')
        else:
            lpid = None
            who = None
        if who is None:
            # draw kind by generating with a throwaway owner, then place, then the real owner
            role0 = 'buyer'
            tmp_who = person(role0)
            ob = make_object(cat, tmp_who, over)
            lpid = pick_place(cat, ob['kind'])
            roles = [r for r in ROLES_BY_TYPE.get(ptype(lpid), ['buyer']) if r != 'foreign']
            who = person(pick(roles))
            over2 = dict(over)
            over2['kind'] = ob['kind']
            ob = make_object(cat, who, over2)
        else:
            ob = make_object(cat, who, over)
        L = loss_moment(lpid)
        lfrom, lto = window_for(L)
        case = {'i': i, 'cat': cat, 'who': who, 'ob': ob, 'lpid': lpid, 'L': L, 'lfrom': lfrom, 'lto': lto,
                'found': i < N_PAIRS, 'en': bool(f.get('en')), 'mixed': bool(f.get('mixed')), 'cross': bool(f.get('cross'))}
        if not case['en'] and chance(0.15):
            near = [q for q in near_places(lpid, 800)]
            if near:
                case['lpid2'] = pick(near)
        if not case['en'] and chance(0.04):
            case['noplace'] = True
        objs.append(case)

    # lost reports
    for case in objs:
        if case['en']:
            rec, st = render_lost_en(case['ob'], case, case['who'])
        else:
            if case['mixed']:
                rec, st = render_lost_mixed(case['ob'], case, case['who'])
            else:
                rec, st = render_lost_zh(case['ob'], case, case['who'])
        rec['category'] = case['cat']
        rec['lost_from_min'] = case['lfrom']
        rec['lost_to_min'] = case['lto']
        case['lost_rec'] = rec
        case['stated'] = st

    # true found items
    for case in objs[:N_PAIRS]:
        L = case['L']
        d = wpick([('soon', 60), ('day', 30), ('days', 10)])
        mins_after = R.randint(10, 360) if d == 'soon' else R.randint(360, 2880) if d == 'day' else R.randint(2880, 7200)
        F = L + timedelta(minutes=mins_after)
        fpid = found_place_for(case['lpid'], case['cat'])
        F = waking_hours(F, L, fpid)
        if F > T - timedelta(minutes=20):
            F = T - timedelta(minutes=20)
        fc = {'fpid': fpid, 'fmin': mins(F)}
        rec, st = render_found(case['ob'], fc)
        cat = case['cat']
        if case['cross']:
            cat = case['ob']['alt_cat']
        rec['category'] = cat
        rec['found_at_min'] = fc['fmin']
        case['found_rec'] = rec
        found.append({'rec': rec, 'truth_of': case['i'], 'neg': None})

    # hard negatives
    targeted = set()
    neg_items = []
    for kind, n in NEG_PLAN:
        for j in range(n):
            pool_range = range(0, N_PAIRS) if j % 2 == 0 else range(N_PAIRS, N_PAIRS + N_LOST_ONLY)
            cands = [c for c in (objs[x] for x in pool_range) if c['i'] not in targeted and not c['cross'] and eligible(kind, c)]
            if not cands:
                cands = [c for c in objs if c['i'] not in targeted and not c['cross'] and eligible(kind, c)]
            case = pick(cands)
            targeted.add(case['i'])
            rec, info = make_negative(kind, case)
            rec['negative'] = kind
            neg_items.append({'rec': rec, 'truth_of': None, 'neg': kind, 'target': case['i'], 'info': info})
    # unclaimed
    for _ in range(N_UNCLAIMED):
        cat = wpick([(c, n) for c, n in CAT_COUNTS])
        tmp = person('buyer')
        ob = make_object(cat, tmp)
        pid = pick_place(cat, ob['kind'])
        who = person(pick([r for r in ROLES_BY_TYPE.get(ptype(pid), ['buyer']) if r != 'foreign']))
        ob = make_object(cat, who, {'kind': ob['kind']})
        F = loss_moment(pid) + timedelta(minutes=R.randint(10, 600))
        fc = {'fpid': pid, 'fmin': awake_min(max(30, mins(F)), pid, 30, 172800)}
        rec, st = render_found(ob, fc)
        rec['category'] = cat
        rec['found_at_min'] = fc['fmin']
        rec['negative'] = 'unclaimed'
        neg_items.append({'rec': rec, 'truth_of': None, 'neg': 'unclaimed', 'target': None, 'info': {}})

    all_found = found + neg_items
    order = list(range(len(all_found)))
    R.shuffle(order)
    fkey = {}
    found_out = []
    for n, ix in enumerate(order, 1):
        k = '%s-F%04d' % (PFX, n)
        fkey[ix] = k
    for ix in sorted(order, key=lambda z: fkey[z]):
        it = all_found[ix]
        rec = dict(it['rec'])
        rec['key'] = fkey[ix]
        found_out.append(rec)
    truth_found_key = {it['truth_of']: fkey[ix] for ix, it in enumerate(all_found) if it['truth_of'] is not None}
    lorder = list(range(len(objs)))
    R.shuffle(lorder)
    lkey = {}
    for n, ix in enumerate(lorder, 1):
        lkey[ix] = '%s-L%04d' % (PFX, n)
    lost_out = []
    for ix in sorted(lorder, key=lambda z: lkey[z]):
        case = objs[ix]
        rec = dict(case['lost_rec'])
        rec['key'] = lkey[ix]
        rec['truth'] = truth_found_key.get(ix)
        lost_out.append(rec)
    for ix, it in enumerate(all_found):
        if it['neg'] and it['target'] is not None:
            hidden.append({'found': fkey[ix], 'kind': it['neg'], 'target': lkey[it['target']], 'info': it['info']})
    hidden.sort(key=lambda h: h['found'])
    cross = sorted(lkey[c['i']] for c in objs if c['cross'])
    en = sorted(lkey[c['i']] for c in objs if c['en'])
    mixed = sorted(lkey[c['i']] for c in objs if c['mixed'])

    KEYORDER_L = ['key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon',
                  'lost_from_min', 'lost_to_min', 'truth']
    KEYORDER_F = ['key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon',
                  'found_at_min', 'negative']
    lost_out = [{k: r[k] for k in KEYORDER_L if k in r} for r in lost_out]
    found_out = [{k: r[k] for k in KEYORDER_F if k in r} for r in found_out]
    data = {'seed': SEED, 'made_by': 'tests/lostfound/make_set62.py', 'parts': {PART: {'found': found_out, 'lost': lost_out}}}
    meta = {'negatives': hidden, 'cross': cross, 'english': en, 'mixed': mixed}
    return data, meta


def eligible(kind, case):
    ob = case['ob']
    st = case['stated']
    if kind == 'twin':
        return bool(twin_options(case))
    if kind == 'same_category_colour':
        return ob['color'] is not None
    if kind == 'found_before_loss':
        return case['lfrom'] + 7200 <= 172800
    if kind == 'same_make_elsewhere_later':
        return ob['brand'] is not None and case['lto'] >= 2 * 1440 + 120
    return True


def twin_options(case):
    """facts the owner wrote down that a finder could see on a look-alike."""
    ob = case['ob']
    st = case['stated']
    if ob['name']:
        # a thing with a name on it: its twin belongs to someone else
        shown = 'name' in st or any(isinstance(x, tuple) and x[0] == 'id' and ob['ids'][x[1]]['f'] > 0 for x in st)
        return ['name'] if shown else []
    engr = [i for i, v in enumerate(ob['vis']) if '刻' in v[1]]
    if engr:
        return [('vis', engr[0])] if ('vis', engr[0]) in st else []
    opts = []
    if 'color' in st and ob['color'] and ob['cat'] != 'cash':
        opts.append('color')
    for x in sorted_facts(st):
        if isinstance(x, tuple) and x[0] == 'id' and ob['ids'][x[1]]['f'] > 0:
            opts.append(x)
        if isinstance(x, tuple) and x[0] == 'vis' and ob['vis'][x[1]][1] and ob['alts'].get(x[1]):
            opts.append(x)
    if 'model' in st and ob['model'] and ob['cat'] == 'phone':
        opts.append('model')
    return opts


def other_color(c):
    return pick([k for k in sorted(COLORS) if k != c and not ({k, c} <= {'蓝', '浅蓝'}) and not ({k, c} <= {'金', '黄'})
                 and not ({k, c} <= {'灰', '银'}) and not ({k, c} <= {'红', '粉'})])


def new_id_value(idr, ob):
    t = idr['t']
    v = idr['v']
    while True:
        if t == 'imei':
            nv = make_imei()
        elif t == 'idno':
            nv = make_idno(v[:6])
        elif t == 'card':
            nv = card_tail()
        elif t == 'passport':
            nv = v[:2] + '%07d' % R.randint(0, 9999999)
        elif t == 'badge':
            nv = v[:7] + '%04d' % R.randint(1, 9999)
        elif t == 'frame':
            nv = v[:-6] + '%06d' % R.randint(0, 999999)
        elif t == 'plate':
            nv = v[:-5] + '%05d' % R.randint(0, 99999)
        elif t == 'sn':
            nv = v[:3] + ''.join(pick('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(7))
        elif t == 'student':
            nv = v[:4] + '%06d' % R.randint(0, 999999)
        elif t == 'tag':
            if '叉车' in v:
                nv = '叉车%02d号' % R.randint(1, 30)
            elif '号仓' in v:
                nv = '%d号仓' % pick([2, 4, 6, 8, 10, 12])
            elif v.startswith('QHWL'):
                nv = 'QHWL-%05d' % R.randint(100, 99999)
            else:
                nv = '%s-%02d' % (pick('ABCD'), R.randint(1, 60))
        else:
            nv = v + 'X'
        if nv != v and nv[-4:] != v[-4:]:
            return nv


def make_negative(kind, case):
    ob = case['ob']
    who = case['who']
    lpid = case['lpid']
    info = {}
    if kind == 'twin':
        st0 = case['stated']
        opt = pick(twin_options(case))
        tw = copy.deepcopy(ob)
        for idr in tw['ids']:
            if idr['t'] != 'engr':
                idr['v'] = new_id_value(idr, tw)
            idr['f'] = 0.0
        force = {opt}
        if opt == 'color':
            tw['color'] = other_color(ob['color'])
            info['differs'] = 'color %s->%s' % (ob['color'], tw['color'])
        elif opt == 'model':
            tw['model'] = pick([m for m in PHONE_MODELS[ob['brand']] if m != ob['model']])
            tw['model_vis'] = True
            info['differs'] = 'model %s->%s' % (ob['model'], tw['model'])
        elif opt == 'name':
            old = ob['name']
            nm = old
            while nm == old:
                nm = cname() if not who['en'] else '%s %s' % (pick(EN_FIRST), pick(EN_LAST))
            tw['name'] = nm
            for key in ('vis', 'cont'):
                tw[key] = [tuple(x.replace(old, nm).replace(old.upper(), nm.upper()) if x else x for x in v) for v in tw[key]]
            for i, idr in enumerate(tw['ids']):
                if ('id', i) in st0 and ob['ids'][i]['f'] > 0:
                    idr['f'] = 1.0
                    force.add(('id', i))
            info['differs'] = 'name (another person)'
        elif opt[0] == 'id':
            tw['ids'][opt[1]]['f'] = 1.0
            info['differs'] = 'serial %s' % tw['ids'][opt[1]]['t']
        elif opt[0] == 'vis':
            cur = ob['vis'][opt[1]]
            if '刻' in cur[1]:
                eng = '%s&%s %d' % (pick('LWZHCYX'), pick('LWZHCYX'), R.randint(2008, 2029))
                tw['vis'][opt[1]] = V('', '内圈刻有"%s"' % eng, '')
                info['differs'] = 'engraving'
            else:
                tw['vis'][opt[1]] = pick(ob['alts'][opt[1]])
                if tw['vis'][opt[1]][1] == '无手机壳':
                    tw['cont'] = [v for v in tw['cont'] if '壳' not in v[1]]
                info['differs'] = 'mark: %s -> %s' % (cur[1], tw['vis'][opt[1]][1])
        # another object: counted things (cash, cards) are its own, so they are left out
        tw['cont'] = [v for v in tw['cont'] if not any(ch.isdigit() for ch in v[1])]
        # the twin is registered with most matching facts shown
        for x in ('color', 'brand'):
            if tw.get(x):
                force.add(x)
        fpid = pick([lpid] + near_places(lpid, 600))
        fmin = max(20, case['lfrom'] - R.randint(20, 2880))
        fmin = awake_min(fmin, fpid, 0, case['lfrom'])
        fc = {'fpid': fpid, 'fmin': fmin}
        rec, st = render_found(tw, fc, force=force, style=pick(['narr', 'form']))
        rec['category'] = ob['cat']
        rec['found_at_min'] = fmin
        return rec, info
    if kind == 'same_category_colour':
        over = {'color': ob['color']}
        nb = None
        for _ in range(20):
            o2 = make_object(ob['cat'], person(pick(['buyer', 'worker', 'stall', 'driver'])), over)
            if o2['brand'] != ob['brand'] or o2['kind'] != ob['kind'] or o2['model'] != ob['model']:
                nb = o2
                break
        nb = nb or o2
        nb['color'] = ob['color']
        fpid = pick([lpid] + near_places(lpid, 900))
        fmin = max(20, case['lfrom'] - R.randint(10, 2880))
        fmin = awake_min(fmin, fpid, 0, case['lfrom'])
        fc = {'fpid': fpid, 'fmin': fmin}
        rec, st = render_found(nb, fc, force={'color'})
        rec['category'] = ob['cat']
        rec['found_at_min'] = fmin
        info['kind_of'] = nb['kind']
        return rec, info
    if kind == 'found_before_loss':
        over = {'color': ob['color'], 'brand': ob['brand'], 'model': ob['model'], 'kind': ob['kind']}
        o2 = make_object(ob['cat'], person(pick(['buyer', 'worker', 'stall', 'exhibitor'])), over)
        for x in ('color', 'brand', 'model'):
            o2[x] = ob[x]
        fpid = pick([lpid] + near_places(lpid, 700))
        fmin = case['lfrom'] + R.randint(60, 7200)
        fmin = awake_min(fmin, fpid, case['lfrom'] + 30, 172800)
        fc = {'fpid': fpid, 'fmin': fmin}
        force = {x for x in ('color', 'brand') if o2[x]}
        rec, st = render_found(o2, fc, force=force)
        rec['category'] = ob['cat']
        rec['found_at_min'] = fmin
        info['before_by_min'] = fmin - case['lfrom']
        return rec, info
    if kind == 'same_make_elsewhere_later':
        over = {'brand': ob['brand'], 'kind': ob['kind']}
        if chance(0.5) and ob['model']:
            over['model'] = ob['model']
        if chance(0.5) and ob['color']:
            over['color'] = ob['color']
        o2 = make_object(ob['cat'], person(pick(['buyer', 'worker', 'driver'])), over)
        o2['brand'] = ob['brand']
        o2['brand_vis'] = True
        fpid = pick(FAR)
        maxdays = min(5, (case['lto'] - 60) // 1440)
        days = R.randint(2, maxdays)
        fmin = case['lto'] - days * 1440
        fmin -= R.randint(0, max(0, min(600, fmin - 60)))
        fmin = awake_min(fmin, fpid, 30, case['lto'] - 2 * 1440)
        fc = {'fpid': fpid, 'fmin': fmin}
        rec, st = render_found(o2, fc, force={'brand'})
        rec['category'] = ob['cat']
        rec['found_at_min'] = fmin
        info['brand'] = ob['brand']
        info['km'] = round(dist(fpid, lpid) / 1000, 1)
        info['days_after'] = round((case['lto'] - fmin) / 1440, 1)
        return rec, info
    raise ValueError(kind)


def main():
    data, meta = build()
    txt = json.dumps(data, ensure_ascii=False, indent=1)
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write(txt + '\n')
    p = data['parts'][PART]
    print('wrote %s: %d lost, %d found' % (os.path.relpath(OUT), len(p['lost']), len(p['found'])))


if __name__ == '__main__':
    main()
