"""World data and small helpers for set84 (part of the generator, imported by make_set84.py).

The city 槐城, the 槐荫街道 and its 社区, every shop, person, model name and number here are
invented.  Brand names are ordinary market brands (the issue itself names 华为 and 苹果) plus a
few invented ones (福寿星, 速驰, 声悦, 聆康, 金韵, 步康); model names are made up.
Nothing here draws from a random source: every draw goes through the one rng of make_set84.py.
"""
import datetime
import math

NOW = datetime.datetime(2024, 4, 26, 20, 0)   # the moment all registrations are entered
BASE = (38.0437, 114.5262)                      # centre of the invented 槐荫街道 area


def at(de, dn):
    """WGS84 point de metres east and dn metres north of BASE."""
    lat = BASE[0] + dn / 111320.0
    lon = BASE[1] + de / (111320.0 * math.cos(math.radians(BASE[0])))
    return round(lat, 6), round(lon, 6)


def dist(a, b):
    dn = (a[0] - b[0]) * 111320.0
    de = (a[1] - b[1]) * 111320.0 * math.cos(math.radians(BASE[0]))
    return math.hypot(dn, de)


def dt_of(m):
    return NOW - datetime.timedelta(minutes=m)


def mins_of(dt):
    return int((NOW - dt).total_seconds() // 60)


# pid, kind, owner words, finder name, east m, north m, spots
PLACES = [
    ('market', 'market', ['槐荫菜市场', '菜市场', '槐荫路菜市场', '早市那块'], '槐荫菜市场', 0, 0,
     ['北门口', '水产区', '鸡蛋摊旁', '熟食区', '门口车棚', '卖菜的过道']),
    ('square', 'square', ['红星广场', '广场', '跳舞的广场', '红星里小广场'], '红星广场', 350, 220,
     ['音响旁边', '东北角花坛', '健身器材旁', '长椅上']),
    ('kinder', 'kinder', ['红星幼儿园门口', '幼儿园', '红星幼儿园'], '红星幼儿园', 520, -80,
     ['大门口', '接送等候区', '门口栏杆边']),
    ('school', 'school', ['槐荫路小学门口', '小学门口', '槐荫小学'], '槐荫路小学', -380, 300,
     ['校门口', '东侧接送点', '文具店旁']),
    ('clinic', 'clinic', ['社区卫生服务站', '卫生站', '槐荫社区卫生服务站', '社区医院'],
     '槐荫社区卫生服务站', 150, -260, ['取药窗口', '输液室', '门口台阶', '候诊椅']),
    ('locker', 'locker', ['快递驿站', '邻递驿站', '快递柜', '驿站'], '邻递快递驿站', -210, -150,
     ['快递柜前', '门口', '取件货架旁']),
    ('bus1', 'bus', ['槐荫路口公交站', '槐荫路口站', '公交站'], '槐荫路口公交站', 60, 420,
     ['站牌下', '候车椅']),
    ('bus2', 'bus', ['纺机厂公交站', '纺机厂站'], '纺机厂公交站', -640, 120, ['站台', '候车亭']),
    ('metro', 'metro', ['东风路地铁站', '地铁站B口', '东风路站', '地铁口'], '东风路地铁站B口',
     780, 460, ['扶梯口', '安检口', '出口外单车处']),
    ('park', 'park', ['南湖公园', '公园', '南湖', '湖边'], '南湖公园', 300, -820,
     ['东门', '湖边长椅', '长廊', '健身器材区', '湖边步道']),
    ('property', 'property', ['红星里物业', '物业办公室', '物业'], '红星里物业服务中心', 420, 120,
     ['前台', '门口']),
    ('super', 'super', ['惠民超市', '超市', '惠民'], '惠民超市槐荫店', -90, 180,
     ['收银台', '存包柜', '门口']),
    ('pharm', 'pharm', ['百康大药房', '药店', '百康药房'], '百康大药房', 110, 90, ['柜台', '门口']),
    ('bank', 'bank', ['农商银行', '银行', '槐荫支行'], '农商银行槐荫支行', -300, 40,
     ['ATM机旁', '大厅', '门口台阶']),
    ('elder', 'elder', ['老年活动中心', '活动室', '棋牌室'], '红星社区老年活动中心', 390, 180,
     ['棋牌室', '门口', '阅览室']),
    ('b_hx3', 'home', ['红星里3号楼', '3号楼', '红星里3号楼楼下'], '红星里小区3号楼', 460, 60,
     ['2单元门口', '楼道口', '车棚']),
    ('b_fj12', 'home', ['纺机宿舍12栋', '纺机12栋', '纺机宿舍'], '纺机宿舍12栋', -520, -40,
     ['楼下', '车棚', '单元门口']),
    ('b_hsl', 'home', ['槐树里小区', '槐树里', '槐树里那片'], '槐树里小区', -150, -480,
     ['5号院门口', '垃圾站旁', '花池边']),
    ('b_df', 'home', ['东风小区', '东风社区', '东风小区那边'], '东风小区', 640, -300,
     ['北门', '车棚', '小区路上']),
    ('b_tl', 'home', ['铁路新村', '铁路新村社区'], '铁路新村', -820, 380, ['大门口', '院里', '车棚']),
    ('bf_shop', 'food', ['早点摊', '包子铺', '张记包子铺'], '槐荫路早点铺', 30, 250,
     ['门口桌子', '排队的地方']),
    ('barber', 'barber', ['理发店', '剪头的店'], '槐荫路理发店', -40, 320, ['店里', '门口']),
    ('street', 'street', ['槐荫路', '槐荫路上', '路边'], '槐荫路', 0, 330,
     ['人行道', '路口', '绿化带边']),
    ('service', 'service', ['社区服务中心', '党群服务中心', '社区居委会'], '红星社区党群服务中心',
     250, 300, ['大厅', '门口']),
]

FAR = [
    ('far_train', 'far', ['火车站', '槐城站'], '槐城火车站', 5200, 3400, ['进站口', '出站口']),
    ('far_mall', 'far', ['新城购物中心', '新城商场'], '新城购物中心', -6100, 2700, ['一楼', '停车场']),
    ('far_hosp', 'far', ['市第二医院', '二院'], '槐城市第二医院', 3800, -4200, ['门诊楼', '挂号处']),
    ('far_dev', 'far', ['开发区', '高新区'], '高新区创业大街', 9500, -2100, ['公交站', '路边']),
    ('far_north', 'far', ['北郊批发市场', '批发市场'], '北郊批发市场', -2500, 8800, ['门口', '停车场']),
    ('far_uni', 'far', ['大学城', '大学城那边'], '大学城南门', 12000, 6000, ['南门', '食堂门口']),
]

PLACE = {}
for _row in PLACES + FAR:
    _pid, _kind, _ow, _fn, _de, _dn, _spots = _row
    PLACE[_pid] = {'pid': _pid, 'kind': _kind, 'o': _ow, 'f': _fn, 'xy': (_de, _dn),
                   'pt': at(_de, _dn),
                   'spots': [(s, at(_de + (i * 47) % 140 - 70, _dn + (i * 71) % 140 - 70))
                             for i, s in enumerate(_spots)]}
LOCAL = [r[0] for r in PLACES]
FARS = [r[0] for r in FAR]

ACT = {
    'market': ['买菜', '买鸡蛋', '称肉', '买早点'], 'square': ['跳广场舞', '看人跳舞', '遛弯'],
    'kinder': ['接孩子', '送孩子'], 'school': ['接孩子放学', '送孩子上学'],
    'clinic': ['量血压', '拿药', '输液', '测血糖'], 'locker': ['取快递', '寄快递'],
    'bus': ['等公交', '坐公交'], 'metro': ['坐地铁', '进站'], 'park': ['遛弯', '锻炼', '遛狗', '晒太阳'],
    'property': ['交物业费', '报修', '交水费'], 'super': ['买东西', '买菜'], 'pharm': ['买药'],
    'bank': ['取养老金', '取钱', '存钱'], 'elder': ['下棋', '打牌', '看报纸'],
    'home': ['回家', '上楼', '在楼下坐着'], 'food': ['吃早点', '买包子'], 'barber': ['剪头'],
    'street': ['走路', '溜达'], 'service': ['办事', '开证明', '办老年卡'], 'far': ['办事'],
}
HOURS = {
    'market': (6, 11), 'square': (18, 21), 'kinder': (7, 17), 'school': (7, 17), 'clinic': (8, 16),
    'locker': (8, 21), 'bus': (6, 20), 'metro': (7, 21), 'park': (6, 19), 'property': (8, 17),
    'super': (8, 21), 'pharm': (8, 20), 'bank': (9, 16), 'elder': (9, 17), 'home': (7, 21),
    'food': (6, 9), 'barber': (9, 18), 'street': (7, 20), 'service': (9, 16), 'far': (9, 18),
}

COMMUNITIES = [('红星社区', '红星里小区', 'b_hx3'), ('纺机社区', '纺机宿舍', 'b_fj12'),
               ('槐树里社区', '槐树里小区', 'b_hsl'), ('东风社区', '东风小区', 'b_df'),
               ('铁路新村社区', '铁路新村', 'b_tl')]

SURN = list('王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡杜'
            '程苏魏吕丁任沈姚卢姜崔钟谭陆范金石贾夏付方白邹孟熊秦邱尹薛闫段雷侯史陶贺顾毛郝龚邵')
GIVEN = {
    ('elder', 'F'): ['桂兰', '秀英', '淑珍', '玉兰', '凤英', '秀云', '凤芝', '淑兰', '玉珍', '桂芝',
                     '秀珍', '素芬', '翠花', '金凤', '丽华', '玉梅', '秀琴', '桂香'],
    ('elder', 'M'): ['建国', '国庆', '振华', '德福', '长海', '宝山', '福生', '志刚', '树林', '永利',
                     '文华', '铁柱', '占山', '连生', '庆丰', '学礼', '万成'],
    ('young', 'F'): ['晓雯', '丽娜', '婷婷', '思雨', '佳慧', '雪', '静怡', '梦瑶', '欣然', '倩', '璐'],
    ('young', 'M'): ['志强', '海涛', '磊', '浩', '鹏飞', '宇航', '博文', '俊杰', '晨阳', '亮', '凯'],
    ('child', 'F'): ['子涵', '梓萱', '一诺', '欣怡', '若汐', '雨桐', '可馨', '诗琪', '语桐', '安琪'],
    ('child', 'M'): ['浩宇', '俊熙', '沐辰', '梓轩', '宇泽', '锦程', '子墨', '一鸣', '睿泽', '天佑'],
}
REGIONS = ['130102', '130104', '130105', '130108', '130181', '131102', '370102', '410522']

COLOURS = {
    'black': (['黑色', '黑的', '黑', '深色', '黑色的'], ['黑色', '黑色', '深色', '哑光黑', '黑']),
    'white': (['白色', '白的', '白'], ['白色', '米白色', '白']),
    'red': (['红色', '红的', '大红', '枣红色'], ['红色', '红色', '深红色']),
    'blue': (['蓝色', '蓝的', '深蓝', '藏蓝'], ['蓝色', '深蓝色', '藏青色']),
    'grey': (['灰色', '灰的', '深灰'], ['灰色', '深灰色', '银灰色']),
    'silver': (['银色', '银白色', '银的'], ['银色', '银灰色']),
    'gold': (['金色', '土豪金', '香槟色'], ['金色', '香槟金']),
    'pink': (['粉色', '粉红', '粉的'], ['粉色', '浅粉色', '粉红色']),
    'green': (['绿色', '墨绿', '绿的', '军绿色'], ['绿色', '墨绿色', '深绿色']),
    'brown': (['棕色', '咖啡色', '褐色'], ['棕色', '咖啡色', '深棕色']),
    'purple': (['紫色', '紫的', '浅紫'], ['紫色', '浅紫色']),
    'yellow': (['黄色', '黄的'], ['黄色', '明黄色']),
    'orange': (['橙色', '橘黄色'], ['橙色', '橘色']),
    'beige': (['肤色', '米色', '浅色'], ['肤色', '米黄色']),
}

# key: (canonical, owner spellings incl. typos, finder spellings)
BRANDS = {
    'huawei': ('华为', ['华为', '华为', 'HUAWEI', 'huawei', '华伟', 'Huawei'], ['华为', 'HUAWEI']),
    'apple': ('苹果', ['苹果', 'iPhone', 'Apple', '平果', '苹果手机', 'iphone'], ['苹果', 'Apple']),
    'xiaomi': ('小米', ['小米', 'Xiaomi', 'xiaomi', 'MI', '小咪'], ['小米', 'Xiaomi']),
    'oppo': ('OPPO', ['OPPO', 'oppo', '欧珀', 'OPP0'], ['OPPO']),
    'vivo': ('vivo', ['vivo', 'VIVO', '维沃', 'ViVo'], ['vivo', 'VIVO']),
    'honor': ('荣耀', ['荣耀', 'HONOR', 'honor', '容耀'], ['荣耀', 'HONOR']),
    'fushou': ('福寿星', ['福寿星', 'FUSHOUXING', 'fushouxing', '福寿兴'], ['福寿星', 'FUSHOUXING']),
    'yadea': ('雅迪', ['雅迪', 'Yadea', 'yadi', '亚迪'], ['雅迪', 'Yadea']),
    'aima': ('爱玛', ['爱玛', 'AIMA', 'aima', '艾玛'], ['爱玛', 'AIMA']),
    'tailg': ('台铃', ['台铃', 'TAILG', 'tailing', '台玲'], ['台铃', 'TAILG']),
    'suchi': ('速驰', ['速驰', 'SUCHI', 'suchi', '速池'], ['速驰', 'SUCHI']),
    'giant': ('捷安特', ['捷安特', 'GIANT', 'giant', '杰安特'], ['捷安特', 'GIANT']),
    'forever': ('永久', ['永久', '永久牌', 'FOREVER', 'yongjiu'], ['永久', 'FOREVER']),
    'phoenix': ('凤凰', ['凤凰', '凤凰牌', 'PHOENIX', 'fenghuang'], ['凤凰', 'PHOENIX']),
    'goodbaby': ('好孩子', ['好孩子', 'goodbaby', 'haohaizi', 'gb好孩子'], ['好孩子', 'gb']),
    'xtc': ('小天才', ['小天才', 'imoo', 'xiaotiancai', '小天材'], ['小天才', 'imoo']),
    'shengyue': ('声悦', ['声悦', 'SHENGYUE', 'shengyue', '声越'], ['声悦', 'SHENGYUE']),
    'lingkang': ('聆康', ['聆康', 'LINGKANG', 'lingkang', '灵康'], ['聆康', 'LINGKANG']),
    'septwolves': ('七匹狼', ['七匹狼', 'SEPTWOLVES', 'qipilang', '7匹狼'], ['七匹狼', 'SEPTWOLVES']),
    'goldlion': ('金利来', ['金利来', 'goldlion', 'Goldlion', '金莱利'], ['金利来', 'GOLDLION']),
    'ctf': ('周大福', ['周大福', 'Chow Tai Fook', 'CTF', '周大富'], ['周大福', 'CTF']),
    'lfx': ('老凤祥', ['老凤祥', 'LAOFENGXIANG', '老凤翔', 'laofengxiang'], ['老凤祥']),
    'thermos': ('膳魔师', ['膳魔师', 'THERMOS', 'thermos', '善魔师'], ['膳魔师', 'THERMOS']),
    'fuguang': ('富光', ['富光', 'FUGUANG', 'fuguang'], ['富光', 'FUGUANG']),
    'kalayang': ('卡拉羊', ['卡拉羊', 'Carany', 'kalayang', '卡拉洋'], ['卡拉羊', 'Carany']),
    'romoss': ('罗马仕', ['罗马仕', 'ROMOSS', 'luomashi'], ['罗马仕', 'ROMOSS']),
    'jinyun': ('金韵', ['金韵', 'JINYUN', 'jinyun', '金运'], ['金韵', 'JINYUN']),
    'bukang': ('步康', ['步康', 'BUKANG', 'bukang'], ['步康']),
    'nongshang': ('农商银行', ['农商银行', '农商行', '农村商业银行'], ['农商银行']),
    'youchu': ('邮储银行', ['邮储银行', '邮政储蓄', '邮政银行', 'PSBC'], ['邮储银行', '中国邮政储蓄银行']),
    'gonghang': ('工商银行', ['工商银行', '工行', 'ICBC'], ['工商银行', 'ICBC']),
}

# brand -> list of (canonical model, owner variants)
MODELS = {
    'huawei': [('畅享 Z7', ['畅享Z7', '畅享 Z7', 'Z7']), ('nova 9 SE Lite', ['nova9SE', 'nova 9 se青春', '诺瓦9']),
               ('麦芒 M13', ['麦芒M13', '麦芒13']), ('MatePad K5', ['MatePad K5', '平板K5'])],
    'apple': [('iPhone 12 Lite', ['12', '苹果12青春', 'iphone12 lite']),
              ('iPhone 14 Lite', ['14', 'iPhone14 lite', '苹果14青春版']), ('iPad S9', ['iPad S9', 'ipad'])],
    'xiaomi': [('Redmi K9 Lite', ['红米K9', 'redmi k9', 'K9青春']), ('小米 12 Pro Lite', ['小米12', 'mi12 lite'])],
    'oppo': [('A97 Lite', ['A97', 'a97青春']), ('Reno Q6', ['reno q6', 'RenoQ6'])],
    'vivo': [('Y58 Lite', ['Y58', 'y58青春']), ('S16 Lite', ['S16', 's16 lite'])],
    'honor': [('畅玩 X9', ['畅玩X9', 'X9']), ('荣耀 70 Lite', ['70青春', '荣耀70 lite'])],
    'fushou': [('F9 老人机', ['F9', 'f9']), ('K2 翻盖', ['K2', 'k2翻盖'])],
    'yadea': [('YD-Q7', ['Q7', 'yd-q7']), ('YD-M5', ['M5', 'ydm5'])],
    'aima': [('AM-A500', ['A500', 'a500']), ('AM-小蜜豆', ['小蜜豆', '蜜豆'])],
    'tailg': [('TL-S3', ['S3', 'tl s3'])], 'suchi': [('SC-V8', ['V8', 'sc v8'])],
    'xtc': [('Z8 Lite', ['Z8', 'z8青春'])], 'shengyue': [('SY-31', ['SY31', '31型'])],
    'lingkang': [('LK-8', ['LK8', '8型'])], 'jinyun': [('JY-206', ['206', 'jy206'])],
}


# ---------------------------------------------------------------- numbers

_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_CK = '10X98765432'


def id_check(body17):
    return _CK[sum(int(c) * w for c, w in zip(body17, _W)) % 11]


def id18(rng, birth, sex):
    seq = rng.randint(0, 99)
    last = rng.choice('13579') if sex == 'M' else rng.choice('02468')
    body = rng.choice(REGIONS) + birth.strftime('%Y%m%d') + '%02d' % seq + last
    return body + id_check(body)


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def digits(rng, n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


def imei(rng, tac=None, brand=None):
    if tac is None:
        tac = ('35' if brand == 'apple' else '86') + digits(rng, 6)
    body = tac + digits(rng, 6)
    return body + luhn_digit(body)


def alnum(rng, n, letters='ABCDEFGHJKLMNPRSTUVWXYZ'):
    return ''.join(rng.choice(letters + '0123456789') for _ in range(n))


# ---------------------------------------------------------------- people

def person(rng, role, sex=None, comm=None):
    sex = sex or rng.choice('FM')
    if role == 'elder':
        age = rng.randint(63, 86)
        grp = 'elder'
    elif role == 'child':
        age = rng.randint(4, 11)
        grp = 'child'
    else:
        age = rng.randint(22, 45)
        grp = 'young'
    born = datetime.date(NOW.year - age, rng.randint(1, 12), rng.randint(1, 28))
    cm = comm or rng.choice(COMMUNITIES)
    bld = rng.randint(1, 18)
    home = '%s%d号楼%d单元%d0%d' % (cm[1], bld, rng.randint(1, 4), rng.randint(1, 6), rng.randint(1, 4))
    return {'name': rng.choice(SURN) + rng.choice(GIVEN[(grp, sex)]), 'sex': sex, 'age': age,
            'born': born, 'role': role, 'comm': cm[0], 'home': home, 'home_pid': cm[2],
            'bld': '%s%d号楼' % (cm[1], bld)}


# ---------------------------------------------------------------- time words

NUMW = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']


def seg(h):
    if h < 5:
        return '凌晨'
    if h < 9:
        return '早上'
    if h < 12:
        return '上午'
    if h < 14:
        return '中午'
    if h < 18:
        return '下午'
    return '晚上'


def day_o(dt, rng):
    d = (NOW.date() - dt.date()).days
    if d == 0:
        return '今天'
    if d == 1:
        return rng.choice(['昨天', '昨儿', '昨天'])
    if d == 2:
        return '前天'
    return rng.choice(['%d月%d日' % (dt.month, dt.day), '%d月%d号' % (dt.month, dt.day),
                       '%d.%d' % (dt.month, dt.day)])


def clock_o(dt, rng):
    h12 = dt.hour if dt.hour <= 12 else dt.hour - 12
    hs = NUMW[h12] if rng.random() < 0.6 else str(h12)
    if 25 <= dt.minute < 35:
        return seg(dt.hour) + hs + '点半'
    if dt.minute >= 10:
        return seg(dt.hour) + hs + rng.choice(['点多', '点左右', '点来钟'])
    return seg(dt.hour) + hs + '点'


def when_o(dt, rng):
    return day_o(dt, rng) + clock_o(dt, rng)


def window_o(lfrom, lto, rng):
    """(start or range words, notice words or '') for a loss window, in an owner's words."""
    a, b = dt_of(lfrom), dt_of(lto)
    gap = (b.date() - a.date()).days
    if gap == 0:
        if rng.random() < 0.6:
            return day_o(a, rng) + clock_o(a, rng), clock_o(b, rng)
        return '%s%s到%s之间' % (day_o(a, rng), clock_o(a, rng), clock_o(b, rng)), ''
    if gap == 1:
        if rng.random() < 0.6:
            return day_o(a, rng) + clock_o(a, rng), '第二天' + clock_o(b, rng)
        return '%s%s到第二天%s' % (day_o(a, rng), clock_o(a, rng), clock_o(b, rng)), ''
    if rng.random() < 0.5:
        return '%s到%s这几天' % (day_o(a, rng), day_o(b, rng)), ''
    return '大概%s以后' % day_o(a, rng), day_o(b, rng)


def daytime(f, rng, later=True, lo=6, hi=21):
    """Move a moment (minutes before NOW) into daytime: later (smaller) or earlier (larger)."""
    dt = dt_of(f)
    if lo <= dt.hour <= hi:
        return f
    if later:
        day = dt if dt.hour < lo else dt + datetime.timedelta(days=1)
        g = mins_of(day.replace(hour=rng.randint(lo, lo + 2), minute=rng.randint(0, 59)))
        return g if g >= 0 else f
    day = dt if dt.hour > hi else dt - datetime.timedelta(days=1)
    return mins_of(day.replace(hour=rng.randint(hi - 2, hi), minute=rng.randint(0, 59)))


def when_f(dt, rng):
    r = rng.random()
    if r < 0.4:
        return '%d月%d日%02d:%02d' % (dt.month, dt.day, dt.hour, dt.minute)
    if r < 0.7:
        return '%d月%d日%d时%d分' % (dt.month, dt.day, dt.hour, dt.minute)
    return day_o(dt, rng) + clock_o(dt, rng)


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]
