"""set91 world: 禾湾镇, an invented electronics-and-shoes town in the south-east, late August.

Every place, company and road here is invented.  A place is (km east, km north of an invented
centre, kind, written forms with the full name first, an English form or None).  All records
share one registration moment NOW; minutes in the set count back from it.
"""
import datetime
import math

NOW = datetime.datetime(2025, 8, 31, 21, 30)
CENTER = (22.9317, 113.9642)
TOWN = '禾湾镇'

PLACES = {
    'xs_plant': (1.2, 1.5, 'factory', ['工业大道38号鑫盛电子科技有限公司', '鑫盛电子厂', '鑫盛厂', '大鑫盛', 'xinsheng电子厂', '鑫盛车间'], 'the Xinsheng Electronics plant'),
    'xs_gate': (1.25, 1.8, 'factory', ['鑫盛电子北门打卡处', '鑫盛北门', '鑫盛厂门口', '大鑫盛门口', 'xinsheng北门'], 'the Xinsheng north gate'),
    'xs_dorm': (1.6, 1.95, 'dorm', ['鑫盛电子员工宿舍5栋', '鑫盛宿舍', '5栋宿舍', '鑫盛宿舍楼下', 'xinsheng sushe'], None),
    'xs_canteen': (1.4, 1.6, 'factory', ['鑫盛电子员工食堂', '鑫盛饭堂', '厂里饭堂', '鑫盛食堂'], None),
    'yt_plant': (2.3, 0.6, 'factory', ['东区工业园永泰精密电子(禾湾)有限公司', '永泰精密', '永泰厂', 'yongtai厂'], 'the Yongtai Precision factory'),
    'yt_dorm': (2.6, 0.9, 'dorm', ['永泰精密员工宿舍B栋', '永泰宿舍', '永泰B栋', '永泰宿舍楼'], None),
    'hd_plant': (-1.8, 1.2, 'factory', ['兴业路宏达鞋业有限公司', '宏达鞋业', '宏达鞋厂', '鞋厂', 'hongda鞋厂'], 'the Hongda shoe factory'),
    'hd_gate': (-1.6, 1.05, 'factory', ['宏达鞋业东侧门', '宏达侧门', '鞋厂侧门', '宏达门口'], None),
    'hd_dorm': (-2.0, 1.5, 'dorm', ['宏达鞋业员工宿舍2栋', '宏达宿舍', '鞋厂宿舍', '宏达2栋'], None),
    'ind_stop': (0.9, 1.0, 'street', ['工业大道公交站', '工业大道站', '工业路站台', '工业大道车站'], None),
    'village': (-0.4, -0.3, 'village', ['禾湾村(城中村)', '禾湾村', '禾湾新村', '村里', 'hewan村'], None),
    'lane7': (-0.5, -0.42, 'village', ['禾湾村七巷12号出租屋', '禾湾七巷', '七巷', '7巷出租屋'], None),
    'shangwei': (0.3, -1.4, 'village', ['上围村出租屋', '上围村', '上围', 'Sheung Wai村'], None),
    'sw_store': (0.35, -1.3, 'shop', ['上围村口士多店', '上围士多', '村口小卖部', '村口士多'], None),
    'night_mkt': (0.1, 0.2, 'market', ['禾湾步行街夜市', '禾湾夜市', '夜市', '宵夜街', 'hewan yeshi'], 'the Hewan night market'),
    'bbq': (0.15, 0.26, 'market', ['步行街夜市老四烧烤', '老四烧烤', '夜市烧烤档', '烧烤档'], None),
    'xiang_food': (0.22, 0.14, 'market', ['夜市旁湘味小炒', '湘味小炒', '湘菜馆', '老乡小炒'], None),
    'job_hall': (-0.6, 0.7, 'jobfair', ['禾湾镇人力资源市场招聘大厅', '人力资源市场', '人才市场', '招工大厅', '劳务市场'], 'the Hewan job fair hall'),
    'hyper': (0.5, -0.2, 'hyper', ['万家福购物广场(禾湾店)', '万家福', '万家福超市', '萬家福', 'wanjiafu', '大超市'], 'the Wanjiafu hypermarket'),
    'hyper_shed': (0.56, -0.27, 'hyper', ['万家福门口非机动车棚', '万家福车棚', '超市门口车棚'], None),
    'hospital': (-1.0, -0.9, 'hospital', ['禾湾镇人民医院门诊楼', '禾湾镇人民医院', '镇医院', '人民医院', '禾湾医院'], "Hewan People's Hospital"),
    'hosp_er': (-1.05, -0.95, 'hospital', ['禾湾镇人民医院急诊科', '人民医院急诊', '医院急诊大厅', '急诊'], None),
    'school': (-0.2, -1.8, 'school', ['禾湾镇中心小学', '中心小学', '禾湾小学', '小学门口'], None),
    'bus_hub': (0.9, -0.7, 'bus', ['禾湾公交枢纽站', '公交总站', '巴士总站', '禾湾总站', '公交枢纽'], 'the Hewan bus interchange'),
    'coach': (1.05, -0.8, 'bus', ['禾湾汽车客运站', '汽车客运站', '汽车站', '长途汽车站'], None),
    'rail': (1.8, -1.6, 'rail', ['禾湾城际铁路站', '禾湾城际站', '城际站', '城轨站', '轻轨站'], 'Hewan intercity station'),
    'rail_sq': (1.85, -1.5, 'rail', ['禾湾城际站出站口广场', '城际站出口', '站前广场', '城轨站广场'], None),
    'nc_star': (0.0, 0.4, 'netcafe', ['星空网咖(步行街店)', '星空网咖', '星空网吧', 'xingkong网吧'], None),
    'nc_fast': (0.4, -1.2, 'netcafe', ['极速网吧(上围店)', '极速网吧', '极速网咖', '上围网吧'], None),
    'park': (-1.4, -0.2, 'park', ['滨河公园', '河边公园', '河堤公园', 'binhe公园'], 'Binhe riverside park'),
    'court': (-1.5, -0.1, 'park', ['滨河公园篮球场', '河边篮球场', '公园球场', '河边球场'], None),
    'square': (-0.1, -0.6, 'park', ['禾湾文化广场', '文化广场', '广场', '跳广场舞那块'], None),
    'wet_mkt': (-0.3, 0.0, 'market', ['禾湾综合市场', '禾湾街市', '菜市场', '街市'], None),
    'bank': (0.7, 0.9, 'street', ['禾湾农商银行工业大道支行', '农商行', '农商银行ATM', '银行提款机'], None),
    'repair': (0.05, 0.3, 'shop', ['步行街阿强手机维修', '阿强手机维修', '修手机的档口', '阿强维修'], None),
    'express': (-0.45, -0.2, 'shop', ['邻里快递驿站(禾湾村店)', '快递驿站', '驿站', '拿快递的地方'], None),
    'clinic': (-0.3, -0.5, 'shop', ['禾湾村仁和诊所', '仁和诊所', '村诊所', '诊所'], None),
    'east_park': (3.0, 0.3, 'factory', ['禾湾东区工业园', '东区工业园', '东区', '工业园'], None),
    'ktv': (0.2, 0.08, 'market', ['星光KTV', '星光K歌', 'KTV'], None),
    'hotel': (1.5, -1.2, 'hotel', ['禾湾国际酒店', '国际酒店', '禾湾酒店'], 'the Hewan International Hotel'),
    'bus108': (0.7, 0.3, 'busline', ['108路公交车', '108路', '一零八路公交'], 'bus 108'),
    'bus203': (-0.4, -0.2, 'busline', ['203路公交车', '203路', '二零三路公交'], 'bus 203'),
}

# Far places, 15-45 km out: used only for hard negatives.
FAR = {
    'zl_coach': (18.0, 12.0, 'bus', ['樟岭镇汽车客运站', '樟岭汽车站', '樟岭车站'], None),
    'xs_zl': (16.5, 14.0, 'factory', ['樟岭镇鑫盛电子二厂', '鑫盛二厂(樟岭)', '樟岭鑫盛厂'], None),
    'sh_hyper': (14.0, -8.0, 'hyper', ['石湖镇万家福购物广场', '石湖万家福', '石湖镇万家福超市'], None),
    'fl_night': (-6.0, 21.0, 'market', ['凤岭镇步行街夜市', '凤岭夜市', '凤岭步行街'], None),
    'city_park': (8.0, 29.0, 'park', ['东禾市人民公园', '市区人民公园', '东禾人民公园'], None),
    'south_hsr': (30.0, 18.0, 'rail', ['东禾南高铁站', '高铁南站', '东禾南站'], 'Donghe South high-speed station'),
    'ht_hosp': (38.0, 20.0, 'hospital', ['鹤塘镇人民医院', '鹤塘医院', '鹤塘镇医院'], None),
    'sx_ind': (12.0, 20.0, 'factory', ['松溪镇工业区', '松溪工业区', '松溪镇厂区'], None),
}


def place(key):
    return PLACES.get(key) or FAR[key]


def kind_of(key):
    return place(key)[2]


def dist_km(a, b):
    pa, pb = place(a), place(b)
    return math.hypot(pa[0] - pb[0], pa[1] - pb[1])


def near(key, km):
    """In-area places within km of key (key itself included), in a fixed order."""
    return [k for k in sorted(PLACES) if dist_km(key, k) <= km]


def latlon(key, rng):
    e, n = place(key)[:2]
    e += rng.uniform(-0.1, 0.1)
    n += rng.uniform(-0.1, 0.1)
    lat = CENTER[0] + n / 110.574
    lon = CENTER[1] + e / (111.320 * math.cos(math.radians(CENTER[0])))
    return round(lat, 6), round(lon, 6)


# ---- time ----------------------------------------------------------------------------
WEEK = '一二三四五六日'
MONTHS_EN = ['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def dt_of(minutes):
    return NOW - datetime.timedelta(minutes=minutes)


def part_zh(h):
    for top, name in ((4, '凌晨'), (7, '早上'), (10, '上午'), (12, '中午'), (17, '下午'),
                      (18, '傍晚'), (22, '晚上'), (23, '半夜')):
        if h <= top:
            return name
    return '半夜'


def day_zh(dt, rng):
    delta = (NOW.date() - dt.date()).days
    opts = [f'{dt.month}月{dt.day}日', f'{dt.month}月{dt.day}号', f'{dt.month}.{dt.day}', f'{dt.day}号']
    if delta <= 2:
        opts += [['今天', '昨天', '前天'][delta]] * 3
    elif delta < 7:
        opts += ['周' + WEEK[dt.weekday()], '星期' + WEEK[dt.weekday()]]
    return rng.choice(opts)


def clock_zh(dt, rng):
    h, m = dt.hour, dt.minute
    h12 = h % 12 or 12
    if m == 0:
        opts = [f'{h12}点', f'{h12}点钟', f'{h:02d}:00']
    elif m <= 15:
        opts = [f'{h12}点多', f'{h12}点左右', f'{h:02d}:{m:02d}']
    elif m < 45:
        opts = [f'{h12}点多', f'{h:02d}:{m:02d}'] + ([f'{h12}点半左右'] if 25 <= m <= 35 else [])
    else:
        opts = [f'快{h12 % 12 + 1}点', f'{h12}点{m}分', f'{h:02d}:{m:02d}']
    return rng.choice(opts)


def _pc(dt, rng, part=None, lead=True):
    c = clock_zh(dt, rng)
    if ':' in c:
        return (' ' if lead else '') + c
    return (part_zh(dt.hour) if part is None else part) + c


def when_zh(minutes, rng):
    dt = dt_of(minutes)
    return f'{day_zh(dt, rng)}{_pc(dt, rng)}'


def window_zh(frm, to, rng):
    a, b = dt_of(frm), dt_of(to)
    if a.date() == b.date():
        pa, pb = part_zh(a.hour), part_zh(b.hour)
        r = rng.random()
        if r < 0.2 and pa == pb:
            return f'{day_zh(a, rng)}{pa}'
        tail = rng.choice(['之间', '这段时间', ''])
        c1 = _pc(a, rng)
        c2 = _pc(b, rng, None if ':' in c1 or pb != pa else '', False)
        return f'{day_zh(a, rng)}{c1}到{c2}{tail}'
    if rng.random() < 0.3:
        return f'{a.month}月{a.day}日到{b.month}月{b.day}日之间'
    return f'{day_zh(a, rng)}{_pc(a, rng)}到{day_zh(b, rng)}{part_zh(b.hour)}'


def clock_en(dt):
    h12 = dt.hour % 12 or 12
    ap = 'am' if dt.hour < 12 else 'pm'
    return f'{h12}{ap}' if dt.minute == 0 else f'{h12}:{dt.minute:02d}{ap}'


def when_en(minutes):
    dt = dt_of(minutes)
    return f'{MONTHS_EN[dt.month]} {dt.day} around {clock_en(dt)}'


def window_en(frm, to):
    a, b = dt_of(frm), dt_of(to)
    if a.date() == b.date():
        return f'between {clock_en(a)} and {clock_en(b)} on {MONTHS_EN[a.month]} {a.day}'
    return f'between {MONTHS_EN[a.month]} {a.day} {clock_en(a)} and {MONTHS_EN[b.month]} {b.day} {clock_en(b)}'
