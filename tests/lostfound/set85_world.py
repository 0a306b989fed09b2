"""Set 85 world (all invented): 岚城县, a mountain county town in the southwest, during the
花水节 (flower-water festival) week in spring.  Places, the clock, names and small text helpers.
No randomness of its own: every draw takes the one rng made in make_set85.py."""
import datetime
import math

FESTIVAL = '花水节'
# day 1 = 4月8日.  The desk registers the whole set on day 10 (4月17日) at 21:00; every minute
# count in the set is "minutes before that moment".
NOW_DAY, NOW_HOUR = 10, 21
NOW_ABS = NOW_DAY * 1440 + NOW_HOUR * 60
FEST_FIRST, FEST_LAST = 3, 9              # 4月10日 .. 4月16日
_DAY0 = datetime.date(2001, 4, 7)         # only month and day are ever written
CN_NUM = '零一二三四五六七八九十'

# key: (ways people name it, English, lat, lon, zone)
PLACES = {
    'market_e': (['老街集市东口', '老街东头', '老街菜市场东门口', '老街东边卖菜那里'],
                 'the east end of the old street market', 24.38412, 103.91623, 'town'),
    'market_mid': (['老街中段', '老街卖水果那一段', '老街扫码卖米线的几个摊子', '老街中间'],
                   'the middle of the old street', 24.38391, 103.91408, 'town'),
    'market_w': (['老街集市西口', '老街西头卖菌子的地方', '老街西门', '西口菌子市场'],
                 'the west end of the old street market', 24.38357, 103.91206, 'town'),
    'silver_lane': (['银器巷', '老街银匠铺那条巷子', '打银子的那条巷', '银匠街'],
                    'the silversmith lane', 24.38481, 103.91392, 'town'),
    'bus_term': (['岚城客运站', '汽车客运站候车厅', '车站售票厅', '客运站'],
                 'Lancheng bus station', 24.37722, 103.92011, 'town'),
    'minibus_yard': (['客运站后面农村班车停车场', '面包车停车场', '跑乡下的小面包车停的地方', '客运站后院'],
                     'the minibus yard behind the bus station', 24.37668, 103.92133, 'town'),
    'school': (['岚城县民族中学', '县民中', '民族中学操场', '民中食堂'],
               'the county ethnic middle school', 24.39021, 103.90884, 'town'),
    'school_dorm': (['民族中学学生宿舍', '民中女生宿舍楼', '民中男生宿舍楼下', '民中宿舍区'],
                    'the school dormitories', 24.39093, 103.90791, 'town'),
    'night_stalls': (['滨河夜市小吃街', '河边烧烤摊', '夜市', '滨河路夜宵摊'],
                     'the riverside night market', 24.37983, 103.91752, 'town'),
    'hospital': (['县人民医院门诊楼', '县医院门诊大厅', '县医院挂号处', '人民医院药房门口'],
                 'the county hospital clinic', 24.38672, 103.92218, 'town'),
    'festival_sq': (['花水节广场', '民族文化广场', '广场泼水的地方', '文化广场舞台边'],
                    'the festival square', 24.38194, 103.91403, 'town'),
    'river_bank': (['岚江河滩', '河边抢花水的地方', '岚江大桥下面', '大桥头河边'],
                   'the river beach under the bridge', 24.37891, 103.91581, 'town'),
    'supermarket': (['岚城百货超市', '百货大楼超市', '百货大楼门口', '新华路超市'],
                    'the department store', 24.38522, 103.91903, 'town'),
    'hydro_camp': (['岚江水电站工地生活区', '工地板房宿舍', '水电站项目部食堂', '电站工地生活营地'],
                   'the hydropower workers camp', 24.43121, 103.87252, 'hydro'),
    'hydro_site': (['岚江水电站大坝施工区', '坝址拌合站', '2号隧洞口', '电站大坝工地'],
                   'the dam construction site', 24.43883, 103.86614, 'hydro'),
    'terrace_view': (['云阶梯田观景台', '梯田日出观景台', '云阶梯田景区', '梯田最高那个观景台'],
                     'the Yunjie rice terraces viewpoint', 24.33152, 103.85121, 'terrace'),
    'terrace_park': (['梯田景区游客中心停车场', '景区大门停车场', '云阶游客中心', '景区售票处'],
                     'the terraces visitor centre car park', 24.33413, 103.85664, 'terrace'),
    'terrace_village': (['梯田下面的阿朵村', '阿朵村民宿', '阿朵村寨门', '梯田边上的村子'],
                        'Aduo village below the terraces', 24.32884, 103.85452, 'terrace'),
    'zheji_stop': (['者吉乡街子班车停靠点', '者吉乡集镇车站', '者吉街上', '者吉乡政府门口'],
                   'the Zheji township stop', 24.31024, 103.83201, 'township'),
    'minibus': (['岚城到者吉的班车上', '去者吉乡的面包车上', '乡村班车上', '坐的小面包车上'],
                'the minibus to Zheji', None, None, 'moving'),
}

TOWN = ['market_e', 'market_mid', 'market_w', 'silver_lane', 'bus_term', 'festival_sq',
        'river_bank', 'night_stalls', 'supermarket', 'hospital']
PLACE_SETS = {
    'town': TOWN,
    'school': ['school', 'school_dorm', 'school_dorm', 'night_stalls', 'supermarket', 'festival_sq', 'bus_term'],
    'site': ['hydro_camp', 'hydro_camp', 'hydro_site', 'night_stalls', 'bus_term', 'minibus', 'market_mid'],
    'tour': ['terrace_view', 'terrace_view', 'terrace_park', 'terrace_village', 'festival_sq',
             'night_stalls', 'silver_lane', 'bus_term'],
    'village': ['market_e', 'market_w', 'market_mid', 'silver_lane', 'bus_term', 'minibus',
                'festival_sq', 'river_bank', 'hospital', 'zheji_stop', 'minibus_yard'],
    'driver': ['minibus', 'minibus_yard', 'bus_term', 'zheji_stop', 'night_stalls'],
    'stall': ['market_mid', 'market_e', 'market_w', 'night_stalls', 'festival_sq'],
    'hospital': ['hospital', 'hospital', 'hospital', 'bus_term'],
    'any': TOWN + ['minibus', 'minibus_yard', 'terrace_park', 'hydro_camp', 'zheji_stop', 'school'],
}

VILLAGES = ['者吉乡石门村', '者吉乡阿朵村', '龙潭乡大寨村', '岚城镇小河边村', '龙潭乡白岩村',
            '坝头乡新寨村', '者吉乡上寨村', '坝头乡岩脚村']


def dist_km(a, b):
    la1, lo1 = PLACES[a][2], PLACES[a][3]
    la2, lo2 = PLACES[b][2], PLACES[b][3]
    dx = (lo2 - lo1) * 111.32 * math.cos(math.radians((la1 + la2) / 2))
    return math.hypot(dx, (la2 - la1) * 110.57)


def zone(key):
    return PLACES[key][4]


def neighbours(key, km=1.0):
    """Different places close to key (where a carried or dropped thing may turn up)."""
    if zone(key) == 'moving':
        return ['minibus_yard', 'zheji_stop', 'bus_term']
    return sorted(k for k in PLACES if k != key and zone(k) == zone(key) and dist_km(k, key) <= km)


def far_places(key):
    z = zone(key)
    return sorted(k for k in PLACES if zone(k) not in (z, 'moving'))


def place_name(rng, key):
    return rng.choice(PLACES[key][0])


def place_en(key):
    return PLACES[key][1]


def coords(rng, key, spread=0.0012):
    lat, lon = PLACES[key][2], PLACES[key][3]
    if lat is None:
        return None
    return round(lat + rng.uniform(-spread, spread), 6), round(lon + rng.uniform(-spread, spread), 6)


# ---- clock ----
def ago(day, h, m):
    return NOW_ABS - (day * 1440 + h * 60 + m)


def clock(mins):
    a = NOW_ABS - mins
    return a // 1440, (a % 1440) // 60, a % 60


def month_day(day):
    d = _DAY0 + datetime.timedelta(days=day)
    return d.month, d.day


def day_words(rng, day):
    mo, dd = month_day(day)
    opts = [f'{mo}月{dd}日', f'{mo}月{dd}号']
    if day >= 1:
        opts.append(f'{dd}号')
    rel = {NOW_DAY: '今天', NOW_DAY - 1: '昨天', NOW_DAY - 2: '前天'}
    if day in rel:
        opts += [rel[day]] * 2
    if FEST_FIRST <= day <= FEST_LAST:
        n = day - FEST_FIRST + 1
        opts.append(f'{FESTIVAL}第{CN_NUM[n]}天')
        if n == 1:
            opts.append(f'{FESTIVAL}头一天')
    if day < FEST_FIRST and day >= 1:
        opts.append(f'过{FESTIVAL}前{"两" if FEST_FIRST - day == 2 else "一"}天')
    return rng.choice(opts)


def part_of_day(h):
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


def hour_words(rng, h, m):
    h12 = h if h <= 12 else h - 12
    return rng.choice([f'{part_of_day(h)}{h12}点', f'{part_of_day(h)}{h12}点多', f'{h}:{m // 10 * 10:02d}',
                       f'{part_of_day(h)}', f'{part_of_day(h)}{h12}点左右'])


def moment_words(rng, mins, exact=False):
    d, h, m = clock(mins)
    if exact:
        return day_words(rng, d) + rng.choice([f'{h:02d}:{m:02d}', f'{h}时{m}分', f'{h}点{m:02d}分'])
    return day_words(rng, d) + hour_words(rng, h, m)


def window_words(rng, frm, to):
    d1, h1, _ = clock(frm)
    d2, h2, _ = clock(to)
    if frm - to <= 60:
        s = moment_words(rng, (frm + to) // 2)
        return s + '左右' if s[-1] in '点0123456789' else s
    if d1 == d2:
        a = h1 if h1 <= 12 else h1 - 12
        b = h2 if h2 <= 12 else h2 - 12
        return f'{day_words(rng, d1)}{part_of_day(h1)}{a}点到{part_of_day(h2)}{b}点之间'
    if frm - to >= 2880 and rng.random() < 0.4:
        return rng.choice(['这几天赶街的时候', f'这{CN_NUM[min(9, (frm - to) // 1440 + 1)]}天里', '过节这几天'])
    return f'{day_words(rng, d1)}{part_of_day(h1)}到{day_words(rng, d2)}{part_of_day(h2)}之间'


def en_when(mins):
    d, h, _ = clock(mins)
    mo, dd = month_day(d)
    pod = 'morning' if h < 12 else ('afternoon' if h < 18 else 'evening')
    return f'on April {dd} in the {pod}' if mo == 4 else f'on March {dd} in the {pod}'


# ---- people ----
SURNAMES = ['李', '杨', '王', '张', '罗', '普', '者', '白', '龙', '陶', '何', '马', '刀', '施', '毕',
            '祁', '沙', '起', '苏', '段', '黄', '周', '邓', '熊']
GIVEN = {
    'old': ['秀英', '阿朵', '国清', '阿花', '玉兰', '春梅', '阿四', '金凤', '文学', '德明', '阿妹',
            '树林', '兰芝', '永福', '阿普', '有才', '桂香', '老三'],
    'mid': ['建华', '志强', '小勇', '海燕', '明亮', '丽芬', '加林', '国富', '云飞', '红梅', '正伟',
            '春燕', '发顺', '兴旺', '美仙', '朝贵'],
    'young': ['子涵', '梓萱', '浩然', '思琪', '俊杰', '雨桐', '欣怡', '宇航', '佳怡', '明轩', '诗雨',
              '一鸣', '阿兰', '晓东', '家豪', '梦瑶'],
}
EN_FIRST = ['Anna', 'Tom', 'Lukas', 'Maya', 'Ellen', 'Jonas', 'Priya', 'Sam', 'Ines', 'Oskar']
EN_LAST = ['Kessler', 'Brierley', 'Moravec', 'Okafor', 'Lindqvist', 'Haldane', 'Varga', 'Ostrow']


def person(rng, age_group):
    return rng.choice(SURNAMES) + rng.choice(GIVEN[age_group])


def en_person(rng):
    return rng.choice(EN_FIRST) + ' ' + rng.choice(EN_LAST)


# ---- text helpers ----
TYPOS = [('身份证', '身分证'), ('钱包', '钱抱'), ('钥匙', '钥是'), ('手机', '手几'), ('华为', '华伟'),
         ('捡到', '检到'), ('摩托', '魔托'), ('手镯', '手卓'), ('耳机', '耳鸡'), ('书包', '书抱'),
         ('现金', '现今'), ('银行卡', '银航卡'), ('已经', '以经'), ('电动车', '电动车子'), ('黑色', '黑涩'),
         ('宿舍', '宿社'), ('充电宝', '冲电宝'), ('项圈', '项卷'), ('门禁卡', '门禁咔'), ('学生证', '学生正')]
DIALECT = [('弄丢了', '整掉了'), ('搞丢了', '搞落了'), ('丢了', '整掉了'), ('不知道', '不晓得'), ('哪里', '哪点'), ('什么', '哪样'), ('孩子', '娃娃'),
           ('没有', '没得'), ('很急', '急得很'), ('找不到', '找不着'), ('一下', '一哈')]


def typo(rng, s):
    cands = [p for p in TYPOS if p[0] in s]
    if not cands:
        return s
    a, b = rng.choice(cands)
    return s.replace(a, b, 1)


def dialect(rng, s):
    for a, b in DIALECT:
        if a in s and rng.random() < 0.75:
            s = s.replace(a, b)
    return s.replace('弄整掉了', '整掉了').replace('搞整掉了', '搞落了')


def wchoice(rng, pairs):
    """pairs: [(value, weight), ...] in a fixed order."""
    total = sum(w for _, w in pairs)
    r = rng.random() * total
    for v, w in pairs:
        r -= w
        if r < 0:
            return v
    return pairs[-1][0]
