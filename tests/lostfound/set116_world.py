"""set116 world: a fictional border county town (霜河县) during its January ice-and-snow festival.

Everything here is invented: places, people, model names and every number.  Only the standard
library is used, and nothing here draws random numbers by itself: every draw goes through the one
random.Random passed in by make_set116.py.
"""
import math

LAT0, LON0 = 47.3000, 131.9500          # the town's police station (城关派出所), inside China
NOW_DAY, NOW_HOUR = 18, 20              # the set is registered on 18 January at 20:00


def ll(e_km, n_km):
    lat = LAT0 + n_km / 111.0
    lon = LON0 + e_km / (111.0 * math.cos(math.radians(LAT0)))
    return lat, lon


# --------------------------------------------------------------------------- places
# e/n: kilometres east/north of the police station; zone: used to tell "near" from "far";
# twin: a near-identical place (the two park gates, the two bus stations, the two ski lifts).
PLACES = {
    'police': dict(e=0.0, n=0.0, zone='center', names=['霜河县公安局城关派出所', '城关派出所大厅'],
                   vague=['派出所门口'], en='the police station'),
    'park_s': dict(e=0.80, n=1.20, zone='park', twin='park_n',
                   names=['冰灯公园南门', '冰灯公园南门检票口', '冰灯公园南大门安检处'],
                   vague=['冰灯公园', '看冰灯那块', '冰灯公园门口'], en='Ice Lantern Park, south gate'),
    'park_n': dict(e=0.95, n=1.90, zone='park', twin='park_s',
                   names=['冰灯公园北门', '冰灯公园北门出口', '冰灯公园北门停车场'],
                   vague=['冰灯公园', '看冰灯那块', '冰灯公园门口'], en='Ice Lantern Park, north gate'),
    'park_slide': dict(e=0.85, n=1.55, zone='park',
                       names=['冰灯公园大冰滑梯', '冰灯公园冰滑梯排队处', '冰灯公园里大滑梯下边'],
                       vague=['冰灯公园里头', '玩冰滑梯那'], en='the big ice slide in Ice Lantern Park'),
    'park_maze': dict(e=1.00, n=1.62, zone='park',
                      names=['冰灯公园冰雕迷宫', '冰雕迷宫出口', '冰灯公园冰雕迷宫里'],
                      vague=['冰灯公园里头', '冰迷宫那'], en='the ice maze in Ice Lantern Park'),
    'fish': dict(e=2.60, n=3.30, zone='river', twin='fish_stand',
                 names=['霜河冬捕现场冰面', '冬捕节拉网现场', '霜河江面冬捕区'],
                 vague=['冬捕那块', '江面上看冬捕', '江上'], en='the winter fishing show on the frozen river'),
    'fish_stand': dict(e=2.30, n=3.00, zone='river', twin='fish',
                       names=['冬捕节观礼台', '冬捕观礼台下面', '冬捕现场头鱼拍卖台'],
                       vague=['冬捕那块', '看拍头鱼那', '江边'], en='the stand at the winter fishing show'),
    'street': dict(e=1.30, n=2.40, zone='street',
                   names=['江畔步行街', '江畔步行街中段', '步行街俄罗斯商品店门口'],
                   vague=['步行街', '江边那条街'], en='the riverside walking street'),
    'bbq': dict(e=1.10, n=2.20, zone='street',
                names=['老街烧烤', '老街烧烤二楼包房', '老街烧烤门口'],
                vague=['烧烤店', '撸串那家'], en='a barbecue restaurant on the old street'),
    'border': dict(e=3.50, n=3.90, zone='river',
                   names=['中俄互市贸易区', '边贸市场二楼', '互市贸易区俄货大厅'],
                   vague=['边贸市场', '俄罗斯人那个市场', '互市'], en='the border trade market'),
    'market_e': dict(e=-0.50, n=0.60, zone='center', twin='market_w',
                     names=['冻货大市场东区', '冻货大市场东区冻鱼摊', '冻货市场东门'],
                     vague=['冻货市场', '大市场'], en='the frozen goods market, east hall'),
    'market_w': dict(e=-0.78, n=0.60, zone='center', twin='market_e',
                     names=['冻货大市场西区', '冻货大市场西区冻梨摊', '冻货市场西门'],
                     vague=['冻货市场', '大市场'], en='the frozen goods market, west hall'),
    'bath': dict(e=0.30, n=-0.80, zone='center',
                 names=['龙泉洗浴中心', '龙泉洗浴男宾更衣室', '龙泉洗浴三楼休息大厅'],
                 vague=['洗浴', '澡堂子', '龙泉那洗浴'], en='Longquan bath house'),
    'bus_old': dict(e=-0.20, n=0.30, zone='center', twin='bus_new',
                    names=['老客运站', '老客运站候车厅', '老客运站售票口'],
                    vague=['客运站', '汽车站'], en='the old bus station'),
    'bus_new': dict(e=-2.40, n=-1.10, zone='west', twin='bus_old',
                    names=['新客运站', '新客运站候车大厅', '新客运站二号检票口'],
                    vague=['客运站', '汽车站', '新站'], en='the new bus station'),
    'train': dict(e=-1.80, n=1.70, zone='west',
                  names=['霜河火车站候车室', '火车站出站口', '火车站进站安检'],
                  vague=['火车站', '站前'], en='the railway station'),
    'hotel': dict(e=0.60, n=0.90, zone='center',
                  names=['友谊宾馆大堂', '友谊宾馆前台', '友谊宾馆门口'],
                  vague=['宾馆', '住的那个宾馆'], en='Youyi Hotel lobby'),
    'hospital': dict(e=-0.90, n=-0.40, zone='center',
                     names=['县人民医院门诊大厅', '县医院挂号处'],
                     vague=['医院'], en='the county hospital'),
    'super': dict(e=0.10, n=0.45, zone='center',
                  names=['万家福超市', '万家福超市存包柜', '万家福超市收银台'],
                  vague=['超市'], en='Wanjiafu supermarket'),
    'ski_hall': dict(e=-3.00, n=-5.00, zone='ski',
                     names=['南山滑雪场雪具大厅', '南山滑雪场雪具租赁处', '滑雪场更衣柜区'],
                     vague=['滑雪场', '南山滑雪场'], en='Nanshan ski resort, rental hall'),
    'ski_low': dict(e=-3.20, n=-5.35, zone='ski', twin='ski_up',
                    names=['南山滑雪场下段缆车', '下段缆车上车口', '初级道下段缆车底下'],
                    vague=['滑雪场', '缆车那', '坐缆车的时候'], en='the lower chairlift, Nanshan ski resort'),
    'ski_up': dict(e=-3.70, n=-6.10, zone='ski', twin='ski_low',
                   names=['南山滑雪场上段缆车', '上段缆车下车平台', '高级道上段缆车'],
                   vague=['滑雪场', '缆车那', '坐缆车的时候'], en='the upper chairlift, Nanshan ski resort'),
    'bus118': dict(e=-1.50, n=-2.00, zone='route',
                   names=['118路公交车上', '118路公交（火车站—南山滑雪场）车上'],
                   vague=['118路公交上', '公交车上'], en='bus 118'),
    'taxi': dict(e=0.0, n=0.0, zone='taxi', names=['出租车上'], vague=['打的那个出租车上'],
                 en='a taxi'),
}
DEPOT = dict(e=-1.00, n=-2.60, names=['公交公司118路车队', '公交总站118路调度室'])

# places where people lose things, with weights (the festival pulls most of it)
LOSS_PLACES = [('park_s', 9), ('park_n', 8), ('park_slide', 6), ('park_maze', 3), ('fish', 7),
               ('fish_stand', 4), ('street', 7), ('bbq', 3), ('border', 7), ('market_e', 6),
               ('market_w', 5), ('bath', 7), ('bus_old', 5), ('bus_new', 6), ('train', 6),
               ('hotel', 3), ('hospital', 2), ('super', 3), ('ski_hall', 6), ('ski_low', 6),
               ('ski_up', 5), ('bus118', 4), ('taxi', 5)]


def dist_km(a, b):
    pa, pb = PLACES[a], PLACES[b]
    return math.hypot(pa['e'] - pb['e'], pa['n'] - pb['n'])


# --------------------------------------------------------------------------- colours
# key: (zh canonical, owner variants, finder variants, english)
COLORS = {
    'black': ('黑色', ['黑色', '黑的', '深色', '哑光黑', '黑'], ['黑色', '黑', '深色', '黑色（哑光）'], 'black'),
    'white': ('白色', ['白色', '白的', '白'], ['白色', '米白', '白'], 'white'),
    'silver': ('银色', ['银色', '银白', '银灰色'], ['银色', '银灰', '灰白色'], 'silver'),
    'grey': ('灰色', ['灰色', '灰的', '深灰'], ['灰色', '浅灰', '灰'], 'grey'),
    'red': ('红色', ['红色', '大红', '红的', '酒红'], ['红色', '红', '暗红色'], 'red'),
    'blue': ('蓝色', ['蓝色', '蓝的', '天蓝'], ['蓝色', '浅蓝', '蓝'], 'blue'),
    'navy': ('藏蓝色', ['藏蓝', '深蓝', '藏青色'], ['深蓝色', '藏蓝色', '深色'], 'dark blue'),
    'pink': ('粉色', ['粉色', '粉的', '粉红'], ['粉色', '粉红色'], 'pink'),
    'purple': ('紫色', ['紫色', '淡紫', '紫的'], ['紫色', '浅紫色'], 'purple'),
    'green': ('绿色', ['绿色', '墨绿', '军绿'], ['绿色', '墨绿色', '深绿'], 'green'),
    'gold': ('金色', ['金色', '金的', '香槟金'], ['金色', '金黄色'], 'gold'),
    'brown': ('棕色', ['棕色', '咖啡色', '褐色', '棕的'], ['棕色', '咖啡色', '深棕'], 'brown'),
    'yellow': ('黄色', ['黄色', '明黄', '黄的'], ['黄色', '荧光黄'], 'yellow'),
    'orange': ('橙色', ['橙色', '橘色', '橘黄'], ['橙色', '橘红色'], 'orange'),
    'camo': ('迷彩', ['迷彩', '迷彩的'], ['迷彩色', '迷彩'], 'camo'),
    'beige': ('米色', ['米色', '卡其色', '米黄'], ['米色', '卡其'], 'beige'),
    'amber': ('琥珀色', ['琥珀色', '蜜蜡色', '黄褐色'], ['黄褐色', '琥珀色'], 'amber'),
}

# --------------------------------------------------------------------------- brands
# key: (canonical zh, variants seen in registrations, english/pinyin)
BRANDS = {
    'huawei': ('华为', ['华为', 'HUAWEI', 'Huawei', 'huawei', '华伟', '华为牌'], 'Huawei'),
    'apple': ('苹果', ['苹果', 'iPhone', 'Apple', 'apple', '平果', '苹果牌'], 'Apple'),
    'xiaomi': ('小米', ['小米', 'Xiaomi', 'xiaomi', 'MI', '小米牌'], 'Xiaomi'),
    'oppo': ('OPPO', ['OPPO', 'oppo', '欧珀', 'Oppo'], 'OPPO'),
    'vivo': ('vivo', ['vivo', 'VIVO', '维沃', 'Vivo'], 'vivo'),
    'honor': ('荣耀', ['荣耀', 'HONOR', 'honor', '容耀', 'rongyao'], 'Honor'),
    'samsung': ('三星', ['三星', 'Samsung', 'SAMSUNG', 'sanxing'], 'Samsung'),
    'septwolves': ('七匹狼', ['七匹狼', 'SEPTWOLVES', '7匹狼'], 'Septwolves'),
    'coach': ('蔻驰', ['蔻驰', 'COACH', 'coach', '寇驰'], 'Coach'),
    'goldlion': ('金利来', ['金利来', 'goldlion', 'GOLDLION'], 'Goldlion'),
    'tnf': ('北面', ['北面', 'The North Face', 'TNF', '北脸'], 'The North Face'),
    'decathlon': ('迪卡侬', ['迪卡侬', 'Decathlon', 'DECATHLON', '迪卡龙'], 'Decathlon'),
    'samsonite': ('新秀丽', ['新秀丽', 'Samsonite', 'samsonite'], 'Samsonite'),
    'anta': ('安踏', ['安踏', 'ANTA', 'anta'], 'Anta'),
    'columbia': ('哥伦比亚', ['哥伦比亚', 'Columbia', 'columbia'], 'Columbia'),
    'vw': ('大众', ['大众', 'VW', 'Volkswagen', '大众牌'], 'Volkswagen'),
    'toyota': ('丰田', ['丰田', 'TOYOTA', 'Toyota'], 'Toyota'),
    'byd': ('比亚迪', ['比亚迪', 'BYD', 'byd'], 'BYD'),
    'yadea': ('雅迪', ['雅迪', 'Yadea', 'YADEA', 'yadi'], 'Yadea'),
    'aima': ('爱玛', ['爱玛', 'AIMA', 'aima', '艾玛'], 'Aima'),
    'tailg': ('台铃', ['台铃', 'TAILG', '台玲'], 'Tailg'),
    'giant': ('捷安特', ['捷安特', 'GIANT', 'Giant', 'jieante'], 'Giant'),
    'merida': ('美利达', ['美利达', 'MERIDA', 'Merida'], 'Merida'),
    'phoenix': ('凤凰', ['凤凰', 'PHOENIX', '凤凰牌'], 'Phoenix'),
    'ctf': ('周大福', ['周大福', 'CTF', 'Chow Tai Fook', 'zhoudafu'], 'Chow Tai Fook'),
    'lfx': ('老凤祥', ['老凤祥', 'LAOFENGXIANG', '老凤翔'], 'Lao Feng Xiang'),
    'romoss': ('罗马仕', ['罗马仕', 'ROMOSS', 'romoss', '罗马士'], 'Romoss'),
    'anker': ('安克', ['安克', 'Anker', 'ANKER'], 'Anker'),
    'dji': ('大疆', ['大疆', 'DJI', 'dji', '大彊'], 'DJI'),
    'sony': ('索尼', ['索尼', 'SONY', 'Sony'], 'Sony'),
    'canon': ('佳能', ['佳能', 'Canon', 'CANON'], 'Canon'),
    'imoo': ('小天才', ['小天才', 'imoo', '小天才牌'], 'imoo'),
    'thermos': ('膳魔师', ['膳魔师', 'THERMOS', 'thermos'], 'Thermos'),
    'zojirushi': ('象印', ['象印', 'ZOJIRUSHI', '象印牌'], 'Zojirushi'),
    'xuehu': ('雪狐', ['雪狐', 'XUEHU', '雪狐牌', 'xuehu'], 'Xuehu'),
    'beiji': ('北极熊', ['北极熊', 'BEIJIXIONG', '北极熊牌'], 'Beijixiong'),
    'hanma': ('寒马', ['寒马', 'HANMA', 'hanma'], 'Hanma'),
}

# --------------------------------------------------------------------------- people
SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡',
            '郭', '何', '高', '林', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹',
            '彭', '曾', '肖', '田', '董', '袁', '潘', '于', '蒋', '蔡', '姜', '崔', '谭', '鲁', '付',
            '常', '关', '佟', '那', '金']
GIVEN = ['春', '秋', '玉', '凤', '桂', '兰', '芳', '丽', '红', '霞', '国', '建', '志', '海', '军',
         '伟', '强', '磊', '洋', '勇', '明', '涛', '超', '鹏', '辉', '刚', '平', '东', '雪', '冰',
         '梅', '英', '淑', '琴', '宇', '浩', '子', '涵', '欣', '怡', '晨', '博', '文', '佳', '嘉',
         '铁', '柱', '福', '贵', '宝', '林', '森', '岩', '松', '北', '江', '晓', '俊', '婷', '敏']
RU_FIRST = ['Olga', 'Dmitry', 'Natalia', 'Alexei', 'Yulia', 'Pavel', 'Svetlana', 'Igor',
            'Irina', 'Sergei', 'Tatiana', 'Nikolai', 'Anna', 'Maxim', 'Elena', 'Viktor']
RU_LAST_M = ['Belov', 'Sorokin', 'Zimin', 'Orlov', 'Gromov', 'Lebedev', 'Kedrov', 'Rybakov']
RU_LAST_F = ['Belova', 'Sorokina', 'Zimina', 'Orlova', 'Gromova', 'Lebedeva', 'Kedrova', 'Rybakova']
RU_FEMALE = {'Olga', 'Natalia', 'Yulia', 'Svetlana', 'Irina', 'Tatiana', 'Anna', 'Elena'}
RU_ZH = {'Olga': '奥莉加', 'Dmitry': '德米特里', 'Natalia': '娜塔莉亚', 'Alexei': '阿列克谢',
         'Yulia': '尤利娅', 'Pavel': '帕维尔', 'Svetlana': '斯维特兰娜', 'Igor': '伊戈尔',
         'Irina': '伊琳娜', 'Sergei': '谢尔盖', 'Tatiana': '塔季扬娜', 'Nikolai': '尼古拉',
         'Anna': '安娜', 'Maxim': '马克西姆', 'Elena': '叶莲娜', 'Viktor': '维克多'}
SOUTH_CITIES = [('广州', '440188'), ('深圳', '440377'), ('厦门', '350299'), ('海口', '460199'),
                ('南宁', '450188'), ('福州', '350188'), ('长沙', '430199'), ('昆明', '530199'),
                ('三亚', '460288'), ('珠海', '440499')]
LOCAL_REGIONS = ['239901', '239902', '239904']     # invented codes for 霜河县 and its towns

# --------------------------------------------------------------------------- numbers
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = '10X98765432'


def id_check(body17):
    return ID_C[sum(int(c) * w for c, w in zip(body17, ID_W)) % 11]


def make_id(rng, region, year, female):
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    seq = rng.randint(0, 499) * 2 + (0 if female else 1)
    body = '%s%04d%02d%02d%03d' % (region, year, month, day, seq)
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


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def make_imei(rng):
    body = '86' + ''.join(str(rng.randint(0, 9)) for _ in range(12))
    return body + luhn_digit(body)


BANKS = [('农行', '中国农业银行', '6228'), ('建行', '中国建设银行', '6217'), ('工行', '中国工商银行', '6222'),
         ('邮储', '邮政储蓄银行', '6210'), ('中行', '中国银行', '6216'), ('农商行', '农村商业银行', '6231')]


def alnum(rng, n, letters='ABCDEFGHJKLMNPRSTUVWXYZ'):
    pool = letters + '0123456789'
    return ''.join(rng.choice(pool) for _ in range(n))


def digits(rng, n):
    return ''.join(str(rng.randint(0, 9)) for _ in range(n))


# --------------------------------------------------------------------------- time
def clock(t_min):
    """minutes before registration -> (day of January, hour, minute)"""
    now_abs = NOW_DAY * 1440 + NOW_HOUR * 60
    a = now_abs - t_min
    return a // 1440, (a % 1440) // 60, a % 60


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
    return '晚上'


def h12(h):
    if h > 12:
        return h - 12
    return h


def en_period(h):
    if h < 12:
        return 'morning'
    if h < 18:
        return 'afternoon'
    return 'evening'
