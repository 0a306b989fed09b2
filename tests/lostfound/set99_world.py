"""set99 world: an invented high-tech park (云岭高新技术产业园) and the dormitory
town beside it (禾坪镇), March, the spring recruitment rush after the Lunar New Year.

Every place, company, person and number here is invented. Coordinates are made
up around an arbitrary point in southern China.
"""
import datetime
import math

SEED = 9999
NOW = datetime.datetime(2025, 3, 28, 18, 0)   # the common moment of registration
BASE = (23.0480, 113.7120)
KM_LAT = 0.008993
KM_LON = 0.009780

# cluster id: (north km, east km, label)
CLUSTERS = {
    'A': (0.0, 0.0, '云岭园区北区'),
    'B': (-1.6, 0.9, '云岭园区南区'),
    'C': (1.4, -2.1, '云岭会展中心'),
    'D': (-3.1, -1.2, '禾坪镇'),
    'E': (-4.2, 2.4, '禾坪汽车客运站'),
    'F': (2.6, 3.1, '云岭物流港'),
    'G': (-9.5, -6.3, '老城区'),
    'H': (10.2, -8.4, '高铁云岭站'),
}

# pid, cluster, north m, east m, kind, names (first = the name a finder/desk writes)
PLACES = [
    ('A_xt_ws', 'A', 120, -80, 'factory', ['鑫拓电子A栋车间', '鑫拓电子厂A栋', '鑫拓A栋三楼车间']),
    ('A_xt_can', 'A', 40, 150, 'canteen', ['鑫拓电子员工食堂', '鑫拓食堂', '厂里食堂']),
    ('A_gate1', 'A', -150, -20, 'gate', ['云岭园区1号门岗', '园区1号门', '北区1号门口']),
    ('A_busterm', 'A', -260, 210, 'busterm', ['园区北区班车总站', '北区班车站', '班车总站']),
    ('A_sw_dorm', 'A', 330, 260, 'dorm', ['晟维精密厂区宿舍4栋', '晟维宿舍4栋', '晟维精密员工宿舍']),
    ('A_court', 'A', 260, -300, 'street', ['北区篮球场', '园区北区篮球场', '厂区篮球场']),
    ('B_lc_rd', 'B', 90, 60, 'rnd', ['澜川光电研发楼', '澜川光电R&D大楼', '澜川研发中心']),
    ('B_gate3', 'B', -120, -140, 'gate', ['澜川光电3号门岗', '园区南区3号门', '3号门岗']),
    ('B_hg_room', 'B', 200, -210, 'factory', ['宏冠半导体洁净车间更衣室', '宏冠半导体更衣室', '宏冠无尘车间更衣间']),
    ('B_can', 'B', -30, 230, 'canteen', ['南区员工食堂', '南区食堂', '园区南区饭堂']),
    ('B_shop', 'B', -210, 120, 'street', ['南区便利店门口', '南区便利店', '园区南区小卖部']),
    ('B_dorm7', 'B', 310, 330, 'dorm', ['园区南区宿舍7栋', '南区7栋宿舍', '7栋员工宿舍']),
    ('C_hall1', 'C', 80, -60, 'fair', ['云岭会展中心1号馆', '会展中心1号馆招聘会', '人才招聘会1号馆']),
    ('C_hall2', 'C', 60, 170, 'fair', ['云岭会展中心2号馆', '会展中心2号馆', '招聘会2号馆']),
    ('C_square', 'C', -140, 40, 'fair', ['会展中心南广场', '会展中心门口广场', '招聘会门口广场']),
    ('C_busstop', 'C', -260, -120, 'street', ['会展中心公交站', '会展中心站公交站台', '会展中心公交车站']),
    ('C_park', 'C', 20, 320, 'street', ['会展中心地下停车场', '会展中心停车场', '会展地下车库']),
    ('D_market', 'D', 60, 40, 'market', ['禾坪旧村农贸市场', '禾坪菜市场', '旧村市场']),
    ('D_jisu', 'D', -90, 160, 'netcafe', ['极速网咖禾坪店', '极速网咖', '禾坪极速网吧']),
    ('D_xingchen', 'D', 210, -130, 'netcafe', ['星辰网吧', '星辰网咖', '旧村星辰网吧']),
    ('D_clinic', 'D', -200, -60, 'clinic', ['禾坪社区卫生服务中心', '禾坪卫生院', '禾坪社康']),
    ('D_agency', 'D', 150, 250, 'agency', ['禾坪劳务市场中介街', '劳务市场', '中介一条街']),
    ('D_huicai', 'D', 110, 300, 'agency', ['汇才劳务派遣门店', '汇才劳务', '汇才人力']),
    ('D_night', 'D', -310, 220, 'street', ['禾坪夜宵街', '夜宵一条街', '禾坪烧烤街']),
    ('D_atm', 'D', -20, -240, 'street', ['禾坪镇银行自助厅', '禾坪ATM自助银行', '镇上取款机']),
    ('D_rent', 'D', 300, 40, 'dorm', ['禾坪旧村出租屋12巷', '旧村12巷', '城中村12巷']),
    ('E_wait', 'E', 20, 30, 'busstation', ['禾坪汽车客运站候车厅', '客运站候车厅', '汽车站候车室']),
    ('E_ticket', 'E', 90, -60, 'busstation', ['禾坪汽车客运站售票厅', '汽车站售票处', '客运站售票大厅']),
    ('E_exit', 'E', -110, 70, 'busstation', ['禾坪汽车客运站出站口', '汽车站出站口', '客运站出口']),
    ('E_food', 'E', -60, 190, 'street', ['客运站旁快餐店', '汽车站对面快餐店', '车站旁边饭店']),
    ('F_sort', 'F', 60, -90, 'logistics', ['云岭物流港分拣中心', '物流港分拣中心', '物流园分拣场']),
    ('F_station', 'F', -130, 60, 'logistics', ['物流港快递驿站', '物流园驿站', '物流港菜鸟驿站']),
    ('F_rest', 'F', 140, 200, 'logistics', ['物流港司机休息室', '物流园司机之家', '物流港休息区']),
    ('F_lot', 'F', -230, -160, 'logistics', ['物流港停车场', '物流园货车停车场', '物流港大门停车场']),
    ('G_walk', 'G', 0, 0, 'far', ['老城区步行街', '老城步行街', '老城区商业街']),
    ('G_hosp', 'G', 400, 350, 'far', ['老城区人民医院门诊楼', '老城人民医院', '人民医院门诊']),
    ('G_bus', 'G', -350, 200, 'far', ['老城区汽车总站', '老城汽车站', '老城区客运总站']),
    ('H_wait', 'H', 0, 0, 'far', ['高铁云岭站候车室', '高铁站候车室', '云岭高铁站']),
    ('H_taxi', 'H', -220, 160, 'far', ['高铁云岭站出租车上客区', '高铁站打车点', '高铁站出租车排队处']),
]

# shuttle bus lines: lost on board, found by the driver at the terminus
BUS_LINES = [
    ('3号线', '禾坪镇—园区北区'),
    ('5号线', '客运站—园区南区'),
    ('7号线', '会展中心—园区北区'),
    ('夜班2号线', '园区北区—禾坪镇'),
]

PLACE = {p[0]: p for p in PLACES}
NEAR_CLUSTERS = ['A', 'B', 'C', 'D', 'E', 'F']
FAR_CLUSTERS = ['G', 'H']

COMPANIES = ['鑫拓电子', '晟维精密', '澜川光电', '宏冠半导体', '云岭智造', '恒驰电池', '博鸿模具']
AGENCIES = ['汇才劳务', '众鑫人力', '禾丰劳务派遣', '聚才人力资源']
COURIERS = ['速达快递', '云通快运', '极风速运', '众邮快递']


def place_latlon(pid):
    p = PLACE[pid]
    c = CLUSTERS[p[1]]
    lat = BASE[0] + (c[0] + p[2] / 1000.0) * KM_LAT
    lon = BASE[1] + (c[1] + p[3] / 1000.0) * KM_LON
    return lat, lon


def jitter(rng, latlon, metres):
    lat, lon = latlon
    dn = rng.uniform(-metres, metres) / 1000.0
    de = rng.uniform(-metres, metres) / 1000.0
    return round(lat + dn * KM_LAT, 6), round(lon + de * KM_LON, 6)


def dist_km(a, b):
    dlat = (a[0] - b[0]) / KM_LAT
    dlon = (a[1] - b[1]) / KM_LON
    return math.hypot(dlat, dlon)


def at(minutes):
    return NOW - datetime.timedelta(minutes=minutes)


# ---------------------------------------------------------------- people
SURNAMES = ('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘'
            '蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹'
            '薛段雷侯龙史陶黎贺顾毛郝龚邵万覃武戴莫向汤')
GIVEN_M = '伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭建国志永海峰兵文龙成'
GIVEN_F = '芳娜敏静丽艳娟霞玲燕红梅琴云莲雪慧倩婷颖洁琳玉萍兰凤菊秀英佳欣怡'
FOREIGN_FIRST = ['Marek', 'Anil', 'Tomas', 'Jonas', 'Ravi', 'Lukas', 'Pieter', 'Nguyen Van', 'Arjun', 'Sven']
FOREIGN_LAST = ['Novalik', 'Perasinghe', 'Vendrell', 'Okonkwe', 'Hadrava', 'Lindqvar', 'Brouwik', 'Thanh Loc', 'Menonraj', 'Ostergaard']

# invented 6-digit area codes (province prefixes of the usual home provinces of migrant workers)
AREA_PREFIX = ['43', '51', '52', '41', '36', '45', '42', '50', '44', '61', '53', '34']


def person_name(rng, sex):
    s = rng.choice(SURNAMES)
    pool = GIVEN_M if sex == 'M' else GIVEN_F
    n = 1 if rng.random() < 0.35 else 2
    return s + ''.join(rng.choice(pool) for _ in range(n))


def id_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(body17, w))
    return '10X98765432'[s % 11]


def id_valid(idno):
    return len(idno) == 18 and idno[:17].isdigit() and id_check(idno[:17]) == idno[17]


def id_number(rng, sex, year=None):
    area = rng.choice(AREA_PREFIX) + '%02d%02d' % (rng.randint(1, 30), rng.randint(21, 29))
    if year is None:
        year = rng.randint(1972, 2006)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    seq = rng.randint(10, 99) * 10
    seq += rng.choice([1, 3, 5, 7, 9]) if sex == 'M' else rng.choice([0, 2, 4, 6, 8])
    body = '%s%04d%02d%02d%03d' % (area, year, month, day, seq)
    return body + id_check(body)


def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(num):
    return num.isdigit() and luhn_digit(num[:-1]) == num[-1]


def imei(rng):
    body = '86' + ''.join(str(rng.randint(0, 9)) for _ in range(12))
    return body + luhn_digit(body)


def card_tail(rng):
    return '%04d' % rng.randint(0, 9999)


def card_prefix(rng):
    return rng.choice(['6217', '6222', '6228', '6214', '6230'])


def alnum(rng, n, letters='ABCDEFGHJKLMNPRSTUVWXYZ', digits='0123456789'):
    pool = letters + digits
    return ''.join(rng.choice(pool) for _ in range(n))


def plate(rng):
    return rng.choice('ABCDE') + '%05d' % rng.randint(1000, 99999)


def frame_no(rng, prefix):
    return prefix + '%02d' % rng.randint(20, 25) + rng.choice('ABCDEFGH') + '%06d' % rng.randint(0, 999999)


def person(rng, voice):
    sex = 'M' if rng.random() < 0.58 else 'F'
    if voice == 'foreign':
        name = rng.choice(FOREIGN_FIRST) + ' ' + rng.choice(FOREIGN_LAST)
        return {'name': name, 'sex': sex, 'idno': None,
                'passport': rng.choice('EPKN') + '%08d' % rng.randint(0, 99999999), 'voice': voice}
    year = None
    if voice in ('worker', 'jobseeker', 'courier'):
        year = rng.randint(1985, 2006)
    name = person_name(rng, sex)
    return {'name': name, 'sex': sex, 'idno': id_number(rng, sex, year), 'passport': None, 'voice': voice}
