#!/usr/bin/env python3
"""Blind labelled set 17 for the lost-and-found matcher (written blind; nobody tunes on it).

World: 柏垣县 (an invented northern county seat) and two of its townships, 双庙乡 and 石桥镇,
in early winter.  Every object is first drawn as a hidden truth record; the owner's report and
the finder's registration are then written separately from it, each in its own voice.

python3 standard library only; one seeded random.Random; deterministic whatever PYTHONHASHSEED.
Writes set17.json next to this file.
"""
import datetime
import json
import os

import random

SEED = 20261217
R = random.Random(SEED)
NOW = datetime.datetime(2026, 12, 17, 9, 40)
HERE = os.path.dirname(os.path.abspath(__file__))
MAXMIN = 172800


def pick(xs):
    return xs[R.randrange(len(xs))]


def chance(p):
    return R.random() < p


def sample(xs, k):
    k = max(0, min(k, len(xs)))
    return R.sample(xs, k)


# ---------------------------------------------------------------- numbers
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return '10X98765432'[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


def make_id(birth, male):
    area = pick(['131128', '131129', '131130', '131131'])
    seq = '%02d%d' % (R.randint(0, 99), pick([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8]))
    s17 = area + birth.strftime('%Y%m%d') + seq
    return s17 + id_check(s17)


def luhn_digit(s14):
    total = 0
    for i, c in enumerate(reversed(s14)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def make_imei():
    s14 = pick(['86', '35']) + ''.join(str(R.randint(0, 9)) for _ in range(12))
    return s14 + luhn_digit(s14)


def phone_no():
    return pick(['13', '15', '18', '17', '19']) + str(R.randint(0, 9)) + ''.join(str(R.randint(0, 9)) for _ in range(8))


def mask_phone(p):
    return p[:3] + '****' + p[-4:]


def alnum(n, min_letters=3):
    letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
    chars = letters + '0123456789'
    while True:
        s = ''.join(pick(chars) for _ in range(n))
        if sum(c in letters for c in s) >= min_letters:
            return s


def id_masks(idn):
    return [idn[:4] + '*' * 10 + idn[-4:], idn[:6] + '*' * 8 + idn[-4:], idn[:3] + '*' * 11 + idn[-4:]]


# ---------------------------------------------------------------- people
SURN = list('王李张刘陈杨赵黄周吴徐孙马朱胡郭何高罗郑梁谢宋韩冯董于曹田袁潘蒋蔡杜魏吕丁任姚崔姜邢孟闫薛侯白贾郝史秦尹付石常')
GIVEN = {
    ('old', 0): ['秀兰', '桂芝', '玉珍', '凤英', '淑琴', '素芬', '桂兰', '秀云', '翠花', '玉兰', '春英', '淑珍'],
    ('old', 1): ['德福', '长贵', '福全', '振山', '春生', '国庆', '树林', '宝山', '占奎', '庆祥', '连生', '玉田'],
    ('mid', 0): ['红梅', '海燕', '丽娟', '秀娟', '艳红', '晓燕', '丽萍', '金凤', '春霞', '彩霞', '立红'],
    ('mid', 1): ['建国', '立新', '永强', '志刚', '卫东', '海军', '建军', '保国', '振华', '广利', '金柱'],
    ('young', 0): ['雨欣', '思雨', '佳怡', '欣怡', '语桐', '梦瑶', '子涵', '一诺', '诗琪', '梓萱', '晓雪'],
    ('young', 1): ['浩然', '梓轩', '宇航', '俊杰', '明轩', '子豪', '博文', '天佑', '嘉豪', '皓宇', '鹏飞'],
}
USED_NAMES = []


def make_person(age):
    male = chance(0.5)
    grp = {'old': 'old', 'mid': 'mid', 'migrant': 'young', 'student': 'young', 'child': 'young'}[age]
    while True:
        name = pick(SURN) + pick(GIVEN[(grp, 1 if male else 0)])
        if name not in USED_NAMES:
            break
    USED_NAMES.append(name)
    years = {'old': (60, 82), 'mid': (36, 58), 'migrant': (20, 35), 'student': (13, 18), 'child': (7, 11)}[age]
    y = NOW.year - R.randint(*years)
    birth = datetime.date(y, R.randint(1, 12), R.randint(1, 28))
    return {'name': name, 'male': male, 'age': age, 'id': make_id(birth, male), 'phone': phone_no()}


# ---------------------------------------------------------------- colours
COLORS = {
    'black': (['黑色', '黑的', '纯黑', '黑色的', '曜石黑', '黑不溜秋的'], ['黑色', '黑', '深黑色', '亮黑色']),
    'white': (['白色', '白的', '雪白', '乳白色', '米白'], ['白色', '白', '象牙白', '米白色']),
    'red': (['红色', '大红', '红的', '酒红', '枣红色'], ['红色', '红', '深红色', '酒红色', '暗红色']),
    'blue': (['蓝色', '深蓝', '藏蓝', '宝蓝', '天蓝', '蓝的'], ['蓝色', '深蓝色', '藏青色', '浅蓝色', '湖蓝色']),
    'green': (['绿色', '墨绿', '军绿', '绿的', '翠绿'], ['绿色', '深绿色', '墨绿色', '草绿色']),
    'gray': (['灰色', '银灰', '深灰', '银色', '灰的'], ['灰色', '银灰色', '银色', '深空灰', '浅灰色']),
    'brown': (['棕色', '咖啡色', '褐色', '驼色', '黄褐色'], ['棕色', '咖啡色', '深棕色', '褐色', '驼色']),
    'pink': (['粉色', '粉红', '粉的', '樱花粉', '浅粉'], ['粉色', '粉红色', '浅粉色']),
    'gold': (['金色', '香槟金', '土豪金', '金黄色', '金的'], ['金色', '金黄色', '香槟色']),
    'purple': (['紫色', '紫的', '葡萄紫', '淡紫'], ['紫色', '浅紫色', '紫罗兰色']),
    'yellow': (['黄色', '黄的', '明黄'], ['黄色', '亮黄色']),
}

# ---------------------------------------------------------------- brands (owner spellings, printed/finder spellings)
BRAND = {
    'huawei': (['华为', 'HUAWEI', '华为的', 'Huawei', '花为'], ['华为', 'HUAWEI', '华为（HUAWEI）']),
    'honor': (['荣耀', '华为荣耀', 'HONOR', 'honor'], ['荣耀', 'HONOR', '荣耀（HONOR）']),
    'xiaomi': (['小米', '红米', 'Redmi', 'xiaomi', '小米的'], ['小米', 'Redmi', '红米（Redmi）', 'Xiaomi']),
    'oppo': (['OPPO', 'oppo', '欧珀', 'OPPO的'], ['OPPO', 'oppo']),
    'vivo': (['vivo', 'VIVO', '维沃', 'vivo的'], ['vivo', 'VIVO']),
    'apple': (['苹果', '苹果的', 'iPhone', '爱疯'], ['苹果', 'Apple', '苹果（Apple）']),
    'newman': (['纽曼', '纽曼牌', '钮曼'], ['纽曼', 'Newman', '纽曼（Newman）']),
    'shouhubao': (['守护宝', '中兴守护宝', '手护宝'], ['守护宝', '中兴守护宝']),
    'ktouch': (['天语', 'K-Touch', '天语牌'], ['天语', 'K-TOUCH']),
    'xtc': (['小天才', 'xtc', '小天才的'], ['小天才', 'imoo小天才', '小天才（imoo）']),
    'bbk': (['步步高', 'BBK', '步步高的'], ['步步高', 'BBK']),
    'youxuepai': (['优学派', '优学派的', '优学排'], ['优学派', 'UMIX优学派']),
    'edifier': (['漫步者', 'EDIFIER', '漫步者的'], ['漫步者', 'EDIFIER']),
    'romoss': (['罗马仕', 'ROMOSS', '罗马士'], ['罗马仕', 'ROMOSS']),
    'jinzheng': (['金正', '金正的', '金正牌'], ['金正', 'JINZHENG金正']),
    'shinco': (['先科', '先科的', 'SAST先科'], ['先科', 'SAST']),
    'yadea': (['雅迪', '雅迪的', 'yadea', '亚迪'], ['雅迪', 'Yadea', '雅迪（YADEA）']),
    'aima': (['爱玛', '艾玛', 'AIMA'], ['爱玛', 'AIMA']),
    'tailg': (['台铃', '台玲', 'TAILG'], ['台铃', 'TAILG']),
    'sunra': (['新日', '新日的', 'SUNRA'], ['新日', 'SUNRA']),
    'luyuan': (['绿源', '绿源的', 'LUYUAN'], ['绿源', 'LUYUAN']),
    'jinpeng': (['金彭', '金鹏', '金彭牌'], ['金彭', 'JINPENG']),
    'huaihai': (['淮海', '淮海牌', '怀海'], ['淮海', 'HUAIHAI']),
    'giant': (['捷安特', 'GIANT', '捷安特的', '杰安特'], ['捷安特', 'GIANT']),
    'yongjiu': (['永久', '永久牌', '永久的'], ['永久', 'FOREVER', '永久（FOREVER）']),
    'phoenix': (['凤凰', '凤凰牌', '凤凰的'], ['凤凰', 'PHOENIX']),
    'feige': (['飞鸽', '飞鸽牌', '飞哥'], ['飞鸽', 'FLYING PIGEON']),
    'xds': (['喜德盛', 'XDS', '喜德胜'], ['喜德盛', 'XDS']),
    'septwolves': (['七匹狼', '七匹狼的', '7匹狼'], ['七匹狼', 'SEPTWOLVES']),
    'goldlion': (['金利来', '金利莱', '金利来的'], ['金利来', 'goldlion']),
    'daocaoren': (['稻草人', '稻草人的'], ['稻草人', 'MEXICAN稻草人']),
    'zhuomuniao': (['啄木鸟', '啄木鸟的', '琢木鸟'], ['啄木鸟', '啄木鸟（皮具）']),
    'kalayang': (['卡拉羊', '卡拉羊的', 'Carany'], ['卡拉羊', 'Carany']),
    'anta': (['安踏', 'ANTA', '安踏的'], ['安踏', 'ANTA']),
    'lining': (['李宁', 'LI-NING', '李宁的', '李宁牌'], ['李宁', 'LI-NING']),
    'laofengxiang': (['老凤祥', '老凤翔', '老凤祥的'], ['老凤祥', '老凤祥LAOFENGXIANG']),
    'zhoudafu': (['周大福', '周大福的', '周大富'], ['周大福', 'CHOW TAI FOOK']),
    'zhouliufu': (['周六福', '周六福的'], ['周六福', 'ZLF周六福']),
    'chinagold': (['中国黄金', '中国黄金的'], ['中国黄金', 'CHINA GOLD']),
    'bosideng': (['波司登', '波斯登', 'BOSIDENG'], ['波司登', 'BOSIDENG']),
    'yaya': (['鸭鸭', '鸭鸭的', 'YAYA'], ['鸭鸭', 'YAYA']),
    'xuezhongfei': (['雪中飞', '雪中飞的'], ['雪中飞', 'SNOWFLYING']),
    'fuguang': (['富光', '富光杯', '富光的'], ['富光', 'FGA富光']),
    'thermos': (['膳魔师', 'THERMOS', '善魔师'], ['膳魔师', 'THERMOS']),
    'wuling': (['五菱', '五菱的', '五凌'], ['五菱', 'WULING']),
    'changan': (['长安', '长安的'], ['长安', 'CHANGAN']),
    'diplomat': (['外交官', '外交官的'], ['外交官', 'Diplomat']),
}

# ---------------------------------------------------------------- places
# kind: bus busline hospital school market supermarket express square factory road clinic stop
PLACES = {
    'bus_station': dict(town='县城', kind='bus', lat=37.9162, lon=116.2868,
                        o=['县汽车站', '汽车站', '客运站候车室', '车站里头', '老汽车站那'],
                        f=['县汽车客运站候车大厅', '客运站售票窗口前', '汽车站出站口', '客运站安检机旁座椅'],
                        addr=['建设路88号汽车客运站', '柏垣县客运站', '建设路客运站院内'], near=['express', 'square']),
    'bus_sm': dict(town='县城', kind='busline', lat=37.9450, lon=116.2350,
                   o=['去双庙的班车上', '回双庙的小客车上', '县城到双庙那趟车', '城乡公交上（双庙线）'],
                   f=['柏垣—双庙线客车车厢内', '双庙班线中巴后排座位', '县城至双庙乡班车座位下'],
                   addr=['柏垣至双庙班线客车', '双庙线班车'], near=['bus_station', 'sm_market']),
    'bus_sq': dict(town='县城', kind='busline', lat=37.8800, lon=116.3250,
                   o=['去石桥的车上', '回石桥的班车上', '石桥那趟小客上'],
                   f=['柏垣—石桥线客车车厢', '石桥班线客车座位下', '县城至石桥镇班车后排'],
                   addr=['柏垣至石桥班线客车', '石桥线班车'], near=['bus_station', 'sq_stop']),
    'hospital': dict(town='县城', kind='hospital', lat=37.9105, lon=116.2742,
                     o=['县医院', '人民医院门诊楼', '县医院住院部', '医院缴费那', '医院CT室门口'],
                     f=['县人民医院门诊大厅', '县医院住院部三楼走廊', '人民医院收费窗口', '县医院门诊楼一楼卫生间外'],
                     addr=['人民路123号县人民医院', '柏垣县人民医院', '人民路县医院'], near=['farmers', 'supermarket']),
    'school': dict(town='县城', kind='school', lat=37.9201, lon=116.2705,
                   o=['二中', '二中宿舍', '二中食堂', '学校操场', '二中门口'],
                   f=['县第二中学男生宿舍楼', '二中学生食堂', '县二中操场看台', '二中校门口传达室外'],
                   addr=['育才街17号县二中', '柏垣县第二中学'], near=['square']),
    'east_market': dict(town='县城', kind='market', lat=37.9138, lon=116.2930,
                        o=['东关集上', '大集上', '东关大集卖菜那趟街', '集上卖衣裳那块', '东关集卖鞋的摊边上'],
                        f=['东关大集蔬菜区', '东关集市服装摊位旁', '东关街集市南口', '东关大集禽蛋区'],
                        addr=['东关街大集', '东关街集市', '东关大集（逢五逢十）'], near=['farmers', 'bus_station']),
    'supermarket': dict(town='县城', kind='supermarket', lat=37.9141, lon=116.2795,
                        o=['万家福超市', '万家福', '超市收银台那', '超市存包柜'],
                        f=['万家福超市收银台', '万家福超市存包柜', '万家福超市生鲜区', '万家福超市门口购物车处'],
                        addr=['新华街与解放路交口万家福超市', '新华街万家福超市'], near=['square', 'hospital']),
    'express': dict(town='县城', kind='express', lat=37.9170, lon=116.2880,
                    o=['站前街菜鸟驿站', '取快递那', '快递点', '驿站'],
                    f=['站前街菜鸟驿站货架旁', '站前街快递驿站门口', '菜鸟驿站取件台'],
                    addr=['站前街45号菜鸟驿站', '站前街快递驿站'], near=['bus_station']),
    'square': dict(town='县城', kind='square', lat=37.9150, lon=116.2770,
                   o=['文化广场', '广场跳舞那块', '广场健身器材那', '广场上'],
                   f=['文化广场健身器材区', '文化广场东侧长椅', '文化广场舞台前'],
                   addr=['府前街文化广场', '柏垣县文化广场'], near=['supermarket', 'school']),
    'factory': dict(town='县城', kind='factory', lat=37.9055, lon=116.2990,
                    o=['纺织厂', '厂子里', '宏达厂门口', '车间更衣室'],
                    f=['宏达纺织厂门卫室外', '宏达纺织厂二车间', '宏达纺织厂职工更衣室', '宏达纺织厂食堂'],
                    addr=['工业园区纬二路宏达纺织厂', '纬二路宏达纺织有限公司'], near=['east_market']),
    'farmers': dict(town='县城', kind='market', lat=37.9122, lon=116.2830,
                    o=['农贸市场', '菜市场', '农贸市场卖肉那', '市场里头'],
                    f=['解放路农贸市场', '农贸市场猪肉摊旁', '农贸市场北门'],
                    addr=['解放路农贸市场', '解放路菜市场'], near=['east_market', 'hospital']),
    'sm_market': dict(town='双庙乡', kind='market', lat=37.9785, lon=116.1912,
                      o=['双庙集上', '乡里集上', '双庙大集', '集上卖鱼那块'],
                      f=['双庙乡集市', '双庙集乡政府前街', '双庙乡大集水产摊旁'],
                      addr=['双庙乡政府前街集市', '双庙乡集市（逢三逢八）'], near=['sm_clinic', 'sm_school']),
    'sm_clinic': dict(town='双庙乡', kind='clinic', lat=37.9771, lon=116.1930,
                      o=['乡卫生院', '双庙卫生院', '卫生院打针那屋'],
                      f=['双庙乡卫生院输液室', '双庙乡卫生院挂号处'],
                      addr=['双庙乡卫生院', '双庙乡中心卫生院'], near=['sm_market']),
    'sm_school': dict(town='双庙乡', kind='school', lat=37.9810, lon=116.1880,
                      o=['双庙中学', '乡中学宿舍', '乡中学门口'],
                      f=['双庙乡中学女生宿舍', '双庙中学教学楼', '双庙乡中学门口'],
                      addr=['双庙乡中学'], near=['sm_market']),
    'sm_road': dict(town='双庙乡', kind='road', lat=37.9690, lon=116.2050,
                    o=['往李家屯去的道上', '李家屯那条道', '双庙到李家屯的乡道边', '村东头道上'],
                    f=['双庙至李家屯乡道路边', '李家屯村东乡道', '乡道李家屯段排水沟旁'],
                    addr=['双庙乡李家屯村东', '双庙—李家屯乡道'], near=['sm_market']),
    'sq_market': dict(town='石桥镇', kind='market', lat=37.8462, lon=116.3718,
                      o=['石桥集上', '石桥大集', '镇上集', '集上卖肉那'],
                      f=['石桥镇大集', '石桥镇集市肉摊旁', '石桥大集十字街'],
                      addr=['石桥镇十字街集市', '石桥镇大集（逢一逢六）'], near=['sq_stop', 'sq_school']),
    'sq_stop': dict(town='石桥镇', kind='stop', lat=37.8470, lon=116.3740,
                    o=['石桥车站那', '镇上十字路口等车那', '石桥站牌那'],
                    f=['石桥镇客车停靠点', '石桥镇十字路口候车亭'],
                    addr=['石桥镇十字路口客车站点'], near=['sq_market']),
    'sq_school': dict(town='石桥镇', kind='school', lat=37.8495, lon=116.3690,
                      o=['石桥中学', '镇中学', '石桥中学宿舍'],
                      f=['石桥镇中学宿舍楼', '石桥中学食堂'],
                      addr=['石桥镇中学'], near=['sq_market']),
    'sq_road': dict(town='石桥镇', kind='road', lat=37.8380, lon=116.3860,
                    o=['王家庄那条道', '往王家庄去的村路', '王家庄村口'],
                    f=['石桥至王家庄村路', '王家庄村口路边'],
                    addr=['石桥镇王家庄村', '王家庄村路'], near=['sq_market']),
}
PLACE_KEYS = list(PLACES.keys())
STATION = {'县城': '城关派出所', '双庙乡': '双庙派出所', '石桥镇': '石桥派出所'}
SCHOOL_NAME = {'school': '二中', 'sm_school': '双庙中学', 'sq_school': '石桥中学'}


def town_of(pk):
    if pk == 'bus_sm':
        return '县城'
    return PLACES[pk]['town']


def latlon(pk, spread=0.0015):
    p = PLACES[pk]
    return round(p['lat'] + R.uniform(-spread, spread), 6), round(p['lon'] + R.uniform(-spread, spread), 6)


# ---------------------------------------------------------------- facts
def fact(slot, val, o, f):
    return {'slot': slot, 'val': val, 'o': o, 'f': f}


def pool_fact(slot, pool, avoid=None):
    opts = [x for x in pool if avoid is None or x[0] != avoid]
    val, o, f = pick(opts)
    return fact(slot, val, o, f)


PH_CASE = [
    ('clear', ['带个透明壳', '套着透明手机壳，都发黄了', '外头是透明壳'], ['透明手机壳（已发黄）', '套透明软壳', '外套透明保护壳']),
    ('stand', ['黑色硅胶壳，后面带个支架', '壳子后头有个支架'], ['硅胶保护壳，背面带折叠支架', '手机壳带支架']),
    ('bear', ['壳子上有个小熊', '手机壳带小熊的'], ['卡通小熊图案手机壳', '手机壳印有小熊图案']),
    ('flip', ['套着翻盖皮套', '带翻盖的皮套'], ['翻盖式皮套', '外有翻盖皮套']),
    ('money', ['手机壳后头夹着二十块钱', '壳里塞着一张二十的'], ['手机壳内夹有现金20元', '壳内夹人民币20元一张']),
    ('buscard', ['壳里夹着一张公交卡', '手机壳后面塞着公交卡'], ['手机壳内夹公交卡一张', '壳内有公交IC卡']),
    ('ring', ['后面粘了个指环扣', '背后有个金属指环'], ['背面有指环支架', '手机背部粘有金属指环扣']),
    ('ultraman', ['壳子上印着奥特曼', '奥特曼的手机壳'], ['奥特曼图案手机壳', '手机壳印奥特曼']),
    ('rope', ['手机壳挂了根红绳', '带个挂绳，红的'], ['带红色挂绳', '壳上系有红色挂绳']),
]
PH_SCREEN = [
    ('crack_corner', ['屏幕左上角碎了一块', '屏有点裂，左上角'], ['屏幕左上角碎裂', '屏幕左上角有裂痕']),
    ('crack_web', ['屏幕摔成蜘蛛网了还能用', '屏碎得跟蜘蛛网似的'], ['屏幕呈蛛网状碎裂', '屏幕大面积裂纹']),
    ('film', ['钢化膜裂了，屏没事', '贴的膜碎了'], ['钢化膜有裂纹', '表面贴膜破裂']),
    ('scratch', ['后盖划得挺厉害', '背面好些划痕'], ['后盖有明显划痕', '背部多处划痕']),
]
PH_WALL = [
    ('boy', ['锁屏是我孙子的照片', '屏幕上是小小子照片'], ['锁屏壁纸为一男童照片', '锁屏为小男孩照片']),
    ('family', ['壁纸是全家福', '锁屏是俺家全家福'], ['锁屏壁纸为多人合影', '锁屏是一家人合照']),
    ('cat', ['锁屏是只橘猫', '壁纸是个黄猫'], ['锁屏壁纸为橘色猫咪', '锁屏显示一只黄猫']),
    ('scenery', ['壁纸是山水风景', '锁屏是风景画'], ['锁屏为山水风景图', '锁屏壁纸风景']),
    ('girl', ['锁屏是我闺女照片', '壁纸是个小丫头'], ['锁屏壁纸为一女童', '锁屏是小女孩照片']),
    ('star', ['锁屏是王一博', '壁纸是明星照片'], ['锁屏为男明星照片', '锁屏壁纸为一年轻男子照片']),
]
OLD_PH = [
    ('rubber', ['用皮筋缠着后盖', '后盖松，拿皮筋勒着'], ['后盖用橡皮筋缠绕', '机身缠橡皮筋']),
    ('pouch', ['装在一个布套里', '外头套个小布兜'], ['外套布制手机袋', '装于碎花布袋内']),
    ('neck', ['挂着根绳能挂脖子上', '带挂脖子的绳'], ['带挂脖绳', '机身系有挂绳']),
    ('worn', ['按键上的字都磨没了', '数字键磨得看不清了'], ['按键字迹磨损', '按键磨损严重']),
    ('tape', ['边上缠着黑胶布', '拿胶布粘过'], ['机身边缘缠黑色胶布', '有胶布粘贴痕迹']),
]
PENDANT = [
    ('bear', ['挂着个毛绒小熊', '钥匙上拴个小熊'], ['挂毛绒小熊挂件', '带小熊玩偶挂饰']),
    ('pingankou', ['拴着红绳平安扣', '有个平安扣挂件'], ['红绳平安扣挂件', '系红绳玉扣']),
    ('gourd', ['挂个小葫芦', '上头有个木头葫芦'], ['小葫芦挂件', '挂木质小葫芦']),
    ('clipper', ['串着个指甲刀', '带个指甲刀'], ['串有指甲刀一把', '附指甲刀']),
    ('opener', ['有个开瓶器', '串着开啤酒的起子'], ['带开瓶器', '串金属起子一个']),
    ('tag', ['拴个塑料牌写着“仓房”', '有个小牌子写“仓房”'], ['系塑料牌，上写“仓房”', '挂小牌写有“仓房”字样']),
    ('whistle', ['挂个小铁哨', '串着个哨子'], ['带金属哨子', '挂口哨一个']),
    ('buddha', ['挂个小佛像', '有个铜的弥勒佛'], ['铜质弥勒佛挂件', '挂小佛像']),
]
HANDLE = [
    ('plaid', ['车把上套着格子棉把套', '把套是格子的'], ['车把套格子棉把套', '装有格子图案棉把套']),
    ('black_fur', ['黑棉把套，带毛边', '把上是黑色带毛的把套'], ['黑色加绒把套', '把套为黑色带绒边']),
    ('camo', ['迷彩的挡风被', '车上有个迷彩护膝被'], ['装迷彩挡风被', '迷彩色防风护膝']),
    ('flower', ['挡风被是碎花的', '车前头碎花挡风被'], ['碎花挡风被', '前部装碎花护膝被']),
    ('none', ['没套把套', '啥也没装'], ['未装把套', '无挡风被']),
]
BASKET = [
    ('cabbage', ['车筐里有两棵白菜', '筐里放着白菜'], ['车筐内有白菜两棵', '前筐放白菜']),
    ('helmet', ['筐里搁个头盔', '车筐里有个黄头盔'], ['车筐内有头盔一个', '前筐内放安全头盔']),
    ('bag', ['筐里有个红塑料袋装的馒头', '车筐搁着一兜馒头'], ['车筐内塑料袋装馒头', '前筐有一袋馒头']),
    ('empty', ['车筐是空的，筐子瘪了一块', '筐子瘪了'], ['车筐变形凹陷', '前筐瘪了一块']),
    ('broom', ['后头绑着把扫帚', '车后面捆个笤帚'], ['车后捆绑扫帚一把', '后座绑有笤帚']),
]
SCRATCH = [
    ('left', ['左边让人刮了一道', '车身左侧有道划痕'], ['车身左侧有划痕', '左侧面板划伤']),
    ('sticker', ['车上贴着“新手上路”', '后头贴个新手上路'], ['车尾贴“新手上路”贴纸', '贴有“新手上路”字样']),
    ('mirror', ['右边镜子掉了', '倒车镜少一个'], ['缺右后视镜', '右侧后视镜缺失']),
    ('seat', ['座子破了拿胶带粘的', '坐垫裂了用胶布缠的'], ['坐垫破损有胶带粘补', '车座用胶布缠绕']),
]
BIKE = [
    ('lock', ['挂着个U型锁', '车把上挂个大锁'], ['车把挂U型锁', '附U型锁一把']),
    ('seatcover', ['车座套个卡通套', '座子上有个棉套'], ['车座有布套', '车座套卡通图案座套']),
    ('basket', ['前头有个车筐', '带车筐的'], ['带前车筐', '车头装车筐']),
    ('rack', ['后座绑着松紧绳', '后座上有绑带'], ['后座缠松紧绳', '后货架有弹力绳']),
    ('tape', ['车把缠着胶带', '把手拿电工胶布缠了'], ['车把缠胶带', '把手缠绝缘胶布']),
]
BAG_MARK = [
    ('pendant_duck', ['拉链上挂个小黄鸭', '书包上挂着小黄鸭'], ['拉链挂小黄鸭挂件', '挂有黄色小鸭子挂件']),
    ('torn', ['一根带子开线了', '肩带有点开线'], ['一侧肩带开线', '肩带脱线']),
    ('badge', ['上面别着几个徽章', '包上别了徽章'], ['包面别有徽章数枚', '别着几个卡通徽章']),
    ('ink', ['前面让钢笔水洇了一块', '有块墨水印子'], ['包前面有墨水污渍', '前袋有蓝色墨迹']),
    ('plain', ['没啥记号', '挺新的'], ['较新', '无明显破损']),
]
SCARF = [
    ('knit', ['自己织的', '俺老伴给织的'], ['手工编织', '毛线手织']),
    ('tassel', ['两头带穗', '有流苏'], ['两端有流苏', '带穗']),
]


# ---------------------------------------------------------------- serial helpers
def ser_imei(imei, printed, where=''):
    g = imei[:4] + ' ' + imei[4:8] + ' ' + imei[8:12] + ' ' + imei[12:]
    return {'val': imei, 'type': 'imei', 'printed': printed,
            'o': ['IMEI：' + imei, '串号' + imei, 'IMEI号 ' + g, 'imei码' + imei[:2] + '-' + imei[2:8] + '-' + imei[8:14] + '-' + imei[14],
                  '串号尾号' + imei[-4:], 'IMEI后六位' + imei[-6:]],
            'fo': [imei, g, '尾号' + imei[-4:]],
            'f': [where + 'IMEI：' + imei, where + '印有IMEI ' + imei],
            'ff': [imei]}


def ser_alnum(val, label, printed, where=''):
    return {'val': val, 'type': 'sn', 'printed': printed,
            'o': [label + val, label + '：' + val.lower(), label + '是' + val, label + '后几位' + val[-5:]],
            'fo': [val, val.lower(), val[:4] + ' ' + val[4:]],
            'f': [where + label + '：' + val, where + label + val],
            'ff': [val]}


def ser_id(p, doc='身份证'):
    idn = p['id']
    m = id_masks(idn)
    return {'val': idn, 'type': 'id', 'printed': True,
            'o': [doc + '号' + idn, doc + '号码' + idn.lower(), doc + '尾号' + idn[-4:], doc + '后四位' + idn[-4:]],
            'fo': [idn, idn.lower(), '尾号' + idn[-4:]],
            'f': [doc + '号码' + pick(m), doc + '号：' + pick(m), doc + '号' + idn],
            'ff': [pick(m), idn]}


# ---------------------------------------------------------------- kinds
def k(key, cat, o, f, mw, brands, colors, maker, bo=0.7, bv=0.8, mv=0.2, ages=None, model_p=0.4):
    return dict(key=key, cat=cat, o=o, f=f, mw=mw, brands=brands, colors=colors, maker=maker,
                bo=bo, bv=bv, mv=mv, ages=ages or ['mid', 'old', 'migrant'], model_p=model_p)


def mk_smart(rec, p, avoid):
    rec['vis'] = [pool_fact('case', PH_CASE, avoid.get('case')), pool_fact('screen', PH_SCREEN, avoid.get('screen'))]
    if chance(0.6) or 'wall' in avoid:
        rec['vis'].append(pool_fact('wall', PH_WALL, avoid.get('wall')))
    sim = p['phone']
    rec['hid'] = [pick(['手机号' + sim, '卡号是' + mask_phone(sim), '电话号码' + sim + '，现在打关机了', '打过去没人接']),
                  pick(['微信里还有钱', '买了一年多', '里边照片可多了', '是孩子给买的', '两千来块钱买的'])]
    if rec['brand'] == 'apple' and chance(0.4):
        rec['serial'] = ser_alnum(alnum(12, 4), '序列号', False)
    else:
        rec['serial'] = ser_imei(make_imei(), False)
    rec['serial_o'] = 0.35


def mk_oldphone(rec, p, avoid):
    son = phone_no()
    who = pick(['儿子', '闺女', '老伴', '大儿'])
    rec['vis'] = [fact('note', who + son, ['背面贴着纸条写着我' + who + '电话', '后盖上贴个条，有' + who + '的电话' + son[-4:] + '那个', '后头贴着' + who + '手机号'],
                       ['背面贴纸条写“' + who + ' ' + son + '”', '后盖贴有手写纸条（' + who + '：' + son + '）'])]
    rec['vis'].append(pool_fact('old', OLD_PH, avoid.get('old')))
    rec['hid'] = [pick(['是老人机，就能打电话', '里头存着十来个号', '充一回电能使好几天']), '号码' + p['phone']]
    rec['serial'] = ser_imei(make_imei(), True, '电池标签')
    rec['serial_o'] = 0.08


def mk_watch(rec, p, avoid):
    child = rec['pname']
    rec['vis'] = [fact('name', child, ['表背面贴着名字' + child, '背后写着孩子名' + child, '表带里侧写了' + child + '三个字' if len(child) == 3 else '表带里侧写着' + child],
                       ['手表背面贴有姓名贴“' + child + '”', '表背面写“' + child + '”', '背面姓名贴：' + child])]
    rec['vis'].append(pool_fact('band', [('dino', ['表带上有小恐龙', '恐龙图案的表带'], ['表带印恐龙图案', '恐龙花纹表带']),
                                          ('star', ['表带上有星星', '带星星的表带'], ['星星图案表带', '表带有星形花纹']),
                                          ('scratch', ['屏幕划花了', '表盘有划道'], ['表盘屏幕有划痕', '屏幕划伤']),
                                          ('sticker', ['表盘边贴了个贴纸', '贴着奥特曼贴纸'], ['表壳贴卡通贴纸', '表侧有奥特曼贴纸'])], avoid.get('band')))
    rec['hid'] = [pick(['定位显示最后在' + PLACES[rec['place']]['o'][0], '关机了定位不上', '手表号' + p['phone']])]
    rec['serial'] = ser_imei(make_imei(), chance(0.3), '表背面')
    rec['serial_o'] = 0.5


def mk_buds(rec, p, avoid):
    rec['vis'] = [pool_fact('cover', [('duck', ['套着个小黄鸭耳机套', '外头有个鸭子套'], ['耳机盒外套小黄鸭硅胶套', '小黄鸭造型保护套']),
                                       ('clear', ['透明保护套', '带透明壳'], ['外套透明保护壳', '透明硅胶套']),
                                       ('hook', ['硅胶套带挂钩', '套子上有个登山扣'], ['保护套带金属挂扣', '硅胶套带登山扣']),
                                       ('bare', ['没套子，盒子磨得发黄', '裸着的，有点脏'], ['无保护套，盒体发黄', '充电盒裸机有污渍'])], avoid.get('cover'))]
    rec['vis'].append(pool_fact('ears', [('both', ['两只耳机都在里头', '俩耳机都在盒里'], ['盒内有左右耳机两只', '内有两只耳机']),
                                          ('one', ['就剩一只在盒里，左边那只早丢了', '里头只有右耳那只'], ['盒内仅有右耳耳机一只', '仅一只耳机（右）'])], avoid.get('ears')))
    rec['hid'] = [pick(['连手机能看到名字叫“' + rec['pname'] + '的耳机”', '买了三百多', '电量不多了'])]
    rec['serial'] = ser_alnum(alnum(12, 4), '序列号', chance(0.25), '盒盖内侧')
    rec['serial_o'] = 0.25


def mk_tablet(rec, p, avoid):
    nm = rec['pname']
    rec['vis'] = [fact('name', nm, ['背面贴了名字' + nm, '壳子上写着' + nm, '保护套里夹着写' + nm + '名字的纸'],
                       ['背面贴有姓名“' + nm + '”', '保护套内写有“' + nm + '”', '壳上写' + nm])]
    rec['vis'].append(pool_fact('tabcover', [('blue_cover', ['带个翻盖保护套', '套着皮套'], ['带翻盖保护套', '外有皮质保护套']),
                                           ('pen', ['带着一支笔', '笔插在套上'], ['附触控笔一支', '套上插有手写笔']),
                                           ('crack', ['屏角裂了', '屏幕右下角碎了'], ['屏幕右下角碎裂', '屏幕一角有裂痕'])], avoid.get('tabcover')))
    rec['hid'] = [pick(['里面有孩子网课的资料', '开机密码是孩子生日', '才买俩月'])]
    rec['serial'] = ser_alnum(alnum(12, 4), 'SN', chance(0.2), '背面标签')
    rec['serial_o'] = 0.3


def mk_power(rec, p, avoid):
    rec['vis'] = [pool_fact('mark', [('marker', ['上面拿记号笔写了个“刘”字', '背面写着个“刘”'], ['机身用记号笔写“刘”字', '背面手写“刘”']),
                                      ('sticker', ['贴着个小猪佩奇贴纸', '有个佩奇贴纸'], ['贴小猪佩奇贴纸', '有粉色卡通贴纸']),
                                      ('cable', ['还连着根白数据线', '插着数据线'], ['连有白色数据线一根', '附数据线']),
                                      ('dent', ['边上磕掉一块漆', '角上磕了'], ['边角磕碰掉漆', '一角有磕痕'])], avoid.get('mark'))]
    rec['hid'] = [pick(['两万毫安的', '十块钱买的杂牌线', '挺沉的'])]
    rec['serial'] = None


def mk_radio(rec, p, avoid):
    rec['vis'] = [pool_fact('card', [('yuju', ['里头插着卡全是豫剧', '插着个卡，都是梆子戏'], ['插TF卡一张，内容为豫剧', '内插存储卡（戏曲）']),
                                      ('pingju', ['卡里都是评剧', '听评剧的'], ['内存卡为评剧曲目', '插卡播放评剧']),
                                      ('errenzhuan', ['里头是二人转', '存的二人转'], ['存储卡内容为二人转', '插卡，二人转'])], avoid.get('card'))]
    rec['vis'].append(pool_fact('body', [('tape', ['天线折了拿胶布缠的', '天线用胶布粘着'], ['天线断裂用胶布缠绕', '天线有胶布']),
                                          ('strap', ['带个背带', '有根挎带'], ['带背带', '附挎带一根']),
                                          ('cloth', ['外头套个布套', '装在布兜里'], ['外套布套', '装于布袋中'])], avoid.get('body')))
    rec['hid'] = [pick(['闺女给买的', '充电器在家', '一百来块钱'])]
    rec['serial'] = None


def wallet_contents(p, avoid, n):
    out = []
    slots = ['id', 'bank', 'cash', 'medical', 'photo', 'receipt', 'lottery']
    R.shuffle(slots)
    want = [s for s in slots if s not in ('id', 'cash')]
    if chance(0.6):
        want.insert(0, 'cash')
    else:
        want.insert(2, 'cash')
    if chance(0.75):
        want.insert(0, 'id')
    else:
        want.insert(3, 'id')
    for s in ('id', 'cash', 'bank', 'medical', 'photo'):
        if s in avoid and s not in want[:n]:
            want.remove(s)
            want.insert(0, s)
    for s in want[:n]:
        if s == 'id':
            m = pick(id_masks(p['id']))
            out.append(fact('id', p['name'], ['里头有我身份证，' + p['name'], '身份证在里头，名字' + p['name'], p['name'] + '的身份证'],
                            ['身份证一张（姓名：' + p['name'] + '，' + m + '）', '内有身份证（' + p['name'] + '）', p['name'] + '身份证一张']))
        elif s == 'bank':
            bank = pick(['农业银行', '邮政储蓄', '农村信用社', '建设银行'])
            tail = '%04d' % R.randint(0, 9999)
            if avoid.get('bank') == bank + tail:
                tail = '%04d' % ((int(tail) + 17) % 10000)
            out.append(fact('bank', bank + tail, ['一张' + bank + '卡，尾号' + tail, bank + '的卡，后四位' + tail, bank + '卡尾号' + tail],
                            [bank + '卡一张（尾号' + tail + '）', bank + '银行卡，卡号末四位' + tail, bank.replace('银行', '') + '卡 ****' + tail]))
        elif s == 'cash':
            amt = pick([35, 80, 120, 235, 300, 460, 500, 650, 800, 1200, 1500])
            if avoid.get('cash') and abs(avoid['cash'] - amt) < 20:
                amt += pick([55, 140, 210])
            approx = {35: '三十来块', 80: '七八十块', 120: '一百多', 235: '二百多块', 300: '三百', 460: '四百多', 500: '五百',
                      650: '六百多', 800: '八百', 1200: '一千二', 1500: '一千五'}.get(amt, str(amt) + '块')
            out.append(fact('cash', amt, ['还有' + approx + '钱', '里头现金' + approx, '有' + str(amt) + '块钱左右'],
                            ['现金' + str(amt) + '元', '人民币' + str(amt) + '元', '内有现金' + str(amt) + '元']))
        elif s == 'medical':
            out.append(fact('medical', p['name'], ['医保卡也在里头', '社保卡，' + p['name'] + '的'],
                            ['社保卡一张（' + p['name'] + '）', '医保卡，姓名' + p['name']]))
        elif s == 'photo':
            ph = pick([('kid', '一张小孩照片', '小孩照片一张'), ('old', '俺老伴的相片', '老年男子照片一张'), ('wed', '一张结婚照', '夹结婚照一张')])
            if avoid.get('photo') == ph[0]:
                ph = ('couple', '一张俩人的合影', '双人合影照片一张')
            out.append(fact('photo', ph[0], ['夹着' + ph[1], '里头有' + ph[1]], [ph[2], '内夹' + ph[2]]))
        elif s == 'receipt':
            out.append(fact('receipt', 'hosp', ['有张县医院的缴费单', '医院的单子'], ['县人民医院收费票据一张', '医院缴费单据（' + p['name'] + '）']))
        elif s == 'lottery':
            out.append(fact('lottery', 'lot', ['夹着几张彩票', '有彩票'], ['彩票三张', '内夹福利彩票']))
    return out


def mk_wallet(rec, p, avoid):
    rec['vis'] = wallet_contents(p, avoid, R.randint(2, 4))
    rec['vis'].append(pool_fact('wear', [('zip', ['拉链坏了', '拉锁不好使'], ['拉链损坏', '拉锁已坏']),
                                          ('worn', ['边都磨白了', '旧了，边磨毛了'], ['边缘磨损发白', '皮面磨损']),
                                          ('new', ['挺新的，才买的', '新买的'], ['较新', '九成新'])], avoid.get('wear')))
    rec['hid'] = [pick(['过年孩子给买的', '里头还有个存折条', '手机号' + p['phone'], '集上三十块钱买的'])]
    rec['serial'] = ser_id(p) if any(f['slot'] == 'id' for f in rec['vis']) else None
    rec['serial_o'] = 0.2


def mk_cardholder(rec, p, avoid):
    rec['vis'] = wallet_contents(p, avoid, 2)
    rec['hid'] = [pick(['卡套是银行送的', '平时揣兜里'])]
    rec['serial'] = ser_id(p) if any(f['slot'] == 'id' for f in rec['vis']) else None
    rec['serial_o'] = 0.3


def mk_keys(rec, p, avoid):
    n = R.randint(2, 6)
    if avoid.get('count') == n:
        n = n + 1 if n < 6 else n - 2
    cnt = {2: '两把', 3: '三把', 4: '四把', 5: '五把', 6: '六把'}[n]
    rec['vis'] = [fact('count', n, [cnt + '钥匙', '一串' + cnt, '串着' + cnt + '钥匙'], ['钥匙' + str(n) + '把', '共' + str(n) + '把钥匙', cnt + '钥匙'])]
    rec['vis'].append(pool_fact('pendant', PENDANT, avoid.get('pendant')))
    if chance(0.5) or 'fob' in avoid:
        b = rec['fob_brand'] = pick(['yadea', 'aima', 'tailg', 'sunra'])
        if avoid.get('fob') == b:
            b = pick([x for x in ['yadea', 'aima', 'tailg', 'sunra'] if x != b])
        rec['vis'].append(fact('fob', b, ['还有个' + BRAND[b][0][0] + '电动车遥控钥匙', '带' + BRAND[b][0][-1] + '电车钥匙'],
                               [BRAND[b][1][0] + '电动车遥控钥匙一把', '含' + BRAND[b][1][-1] + '电动车钥匙']))
    if chance(0.4) or 'card' in avoid:
        bld = R.randint(1, 12)
        if avoid.get('card') == bld:
            bld = bld % 12 + 1
        rec['vis'].append(fact('card', bld, ['门禁扣上写着' + str(bld) + '号楼', '小区门禁卡贴着' + str(bld) + '号楼'],
                               ['门禁扣一个（标' + str(bld) + '号楼）', '门禁卡上写“' + str(bld) + '#”']))
    rec['hid'] = [pick(['家门和大门的', '有一把是仓房的', '厂里更衣柜的也在上头', '羊圈那把也在上头'])]
    rec['serial'] = None


def mk_carkey(rec, p, avoid):
    rec['vis'] = [pool_fact('pendant', PENDANT, avoid.get('pendant'))]
    plate = alnum(5, 1)
    while avoid.get('plate') == plate:
        plate = alnum(5, 1)
    rec['vis'].append(fact('plate', plate, ['钥匙扣背面刻着车牌' + plate[-3:], '钥匙套上写了车号' + plate],
                           ['钥匙扣背面刻“' + plate + '”', '车钥匙套上有字母数字“' + plate + '”']))
    rec['hid'] = [pick(['车停在家里呢，就这一把钥匙', '配一把得好几百', '面包车的钥匙'])]
    rec['serial'] = None


def mk_ebike(rec, p, avoid):
    town = PLACES[rec['place']]['town']
    pre = {'县城': '柏垣', '双庙乡': '柏垣', '石桥镇': '柏垣'}[town] + pick(['A', 'B', 'C', 'E'])
    num = '%05d' % R.randint(0, 99999)
    while avoid.get('plate') == pre + num:
        num = '%05d' % R.randint(0, 99999)
    rec['vis'] = [fact('plate', pre + num, ['牌子' + num, '车牌' + pre + num, '牌照号' + pre + '·' + num, '牌子后几位' + num[-3:]],
                       ['车牌号' + pre + num, '牌照' + pre + '·' + num, '悬挂号牌' + pre + num])]
    rec['vis'].append(pool_fact('handle', HANDLE, avoid.get('handle')))
    if chance(0.6):
        rec['vis'].append(pool_fact('basket', BASKET, avoid.get('basket')))
    if chance(0.5):
        rec['vis'].append(pool_fact('scratch', SCRATCH, avoid.get('scratch')))
    rec['hid'] = [pick(['电瓶是超威的，刚换的', '钥匙在我兜里呢，车是锁着的', '去年秋天两千八买的', '电池是天能的'])]
    rec['serial'] = ser_alnum(pick(['YD', 'AM', 'TL', 'XR', 'LY']) + '%02d' % R.randint(18, 26) + pick('ABCDE') + '%06d' % R.randint(0, 999999), '车架号', True, '')
    rec['serial_o'] = 0.3


def mk_bike(rec, p, avoid):
    rec['vis'] = [pool_fact('bike', BIKE, avoid.get('bike'))]
    if rec['pname_school'] and (chance(0.6) or 'permit' in avoid):
        n = '%04d' % R.randint(1, 2000)
        while avoid.get('permit') == n:
            n = '%04d' % R.randint(1, 2000)
        sch = rec['pname_school']
        rec['vis'].append(fact('permit', n, ['车上贴着' + sch + '车证，号' + n, sch + '的车证' + n + '号'],
                               ['车身贴“' + sch + '”车证（编号' + n + '）', '贴学校车证，号码' + n]))
    else:
        rec['vis'].append(pool_fact('bike2', BIKE, avoid.get('bike2')))
    rec['hid'] = [pick(['没锁，就搁那一会儿', '车圈有点瓢', '骑了好几年了'])]
    rec['serial'] = ser_alnum(pick(['G', 'F', 'Y']) + alnum(9, 2), '钢印号', True, '中轴下')
    rec['serial_o'] = 0.06


def student_items(nm, cls, sch):
    return [
        fact('book', nm, ['书上都写着名' + nm, '课本上有名字，' + nm, '卷子上写着' + cls + nm],
             ['课本写有姓名“' + nm + '”', '内有' + sch + cls + nm + '的作业本', '书本署名' + nm]),
        fact('mealcard', nm, ['饭卡也在里头，' + nm + '的', '有张' + sch + '饭卡'],
             [sch + '饭卡一张（' + nm + '）', '学生饭卡，姓名' + nm]),
    ]


def mk_schoolbag(rec, p, avoid):
    nm = rec['pname']
    sch = rec['pname_school'] or pick(['二中', '双庙中学', '石桥中学'])
    cls = pick(['初二(1)班', '初三(4)班', '高一(3)班', '高二(6)班', '高三(2)班'])
    its = student_items(nm, cls, sch)
    rec['vis'] = sample(its, R.randint(1, 2))
    rec['vis'].append(pool_fact('bagmark', BAG_MARK, avoid.get('bagmark')))
    rec['vis'].append(pool_fact('inside', [('pencil', ['有个铁文具盒', '文具盒是蓝的铁的'], ['铁皮文具盒一个', '内有文具盒']),
                                            ('cup', ['侧兜插个水杯', '带着个保温杯'], ['侧袋有水杯', '侧兜插保温杯']),
                                            ('jacket', ['里头塞着校服', '有件校服上衣'], ['内有校服上衣一件', '装校服一件'])], avoid.get('inside')))
    rec['hid'] = [pick(['周末回家背的', '作业还没写完', '里面有二百块生活费'])]
    rec['serial'] = None


def mk_woven(rec, p, avoid):
    stuff = [('millet', ['一袋小米，十来斤', '装着自家的小米'], ['内装小米约十斤', '编织袋装小米']),
             ('dumpling', ['里头是冻饺子和粘豆包', '给孩子带的粘豆包'], ['内有冻饺子、粘豆包', '装粘豆包若干']),
             ('quilt', ['装着一床棉被', '里头是个棉被'], ['内装棉被一床', '装有棉被']),
             ('eggs', ['装的笨鸡蛋，得有五十来个', '里头有鸡蛋'], ['内装鸡蛋约五十枚', '装土鸡蛋一盒']),
             ('pears', ['冻梨和冻柿子', '一袋冻梨'], ['内装冻梨', '装冻梨、冻柿子'])]
    rec['vis'] = [pool_fact('stuff', stuff, avoid.get('stuff'))]
    rec['vis'].append(pool_fact('tie', [('rope', ['口拿红绳扎着', '袋口系着红布条'], ['袋口用红绳捆扎', '袋口扎红布条']),
                                         ('wire', ['拿铁丝拧的口', '袋口铁丝拧着'], ['袋口用铁丝拧紧', '铁丝封口']),
                                         ('name', ['袋子上拿笔写着“' + p['name'][0] + '”字', '编织袋上写着姓'], ['袋面手写“' + p['name'][0] + '”字', '袋上写有“' + p['name'][0] + '”'])], avoid.get('tie')))
    rec['hid'] = [pick(['是给城里闺女捎的', '二十来斤沉', '要给住校的孙子送去'])]
    rec['serial'] = None


def mk_backpack(rec, p, avoid):
    stuff = [('clothes', ['几件换洗衣裳', '里头是衣服'], ['内有衣物若干', '装换洗衣服']),
             ('charger', ['有充电器和充电宝', '充电宝充电器都在里头'], ['内有充电器、充电宝', '装充电宝一个']),
             ('helmet', ['还有个工地的安全帽', '装着安全帽'], ['内有黄色安全帽', '装安全帽一顶']),
             ('gifts', ['给家里买的点心', '两盒天津麻花'], ['内有糕点礼盒', '装麻花两盒']),
             ('docs', ['有劳动合同和工资条', '合同在里头'], ['内有劳动合同', '装合同、工资条等纸质材料'])]
    rec['vis'] = sample([fact('stuff_' + x[0], x[0], x[1], x[2]) for x in stuff], 2)
    rec['vis'].append(pool_fact('bagmark', BAG_MARK, avoid.get('bagmark')))
    if chance(0.4):
        rec['vis'].append(fact('idcard', p['name'], ['身份证也在包里，' + p['name'], '包里有我身份证'],
                               ['内有身份证（' + p['name'] + '，' + pick(id_masks(p['id'])) + '）', p['name'] + '身份证一张']))
    rec['hid'] = [pick(['刚从天津回来', '从北京工地回来的', '包是厂里发的'])]
    rec['serial'] = ser_id(p) if any(f['slot'] == 'idcard' for f in rec['vis']) else None
    rec['serial_o'] = 0.15


def mk_handbag(rec, p, avoid):
    its = [('medicine', ['里头有县医院开的药', '装着药和病历'], ['内有药品若干、病历（' + p['name'] + '）', '装县医院药品及病历本']),
           ('ct', ['有CT片子，' + p['name'] + '的', '片子袋在里头'], ['内有CT片一袋（' + p['name'] + '）', '装影像片袋，姓名' + p['name']]),
           ('makeup', ['化妆品和钥匙', '口红粉饼啥的'], ['内有化妆品', '装口红、粉饼']),
           ('umbrella', ['有把折叠伞', '带着伞'], ['内有折叠伞一把', '装雨伞一把']),
           ('yarn', ['装着毛线和织了一半的毛衣', '毛线团'], ['内有毛线、未织完毛衣', '装毛线团'])]
    # name-bearing contents carry the owner's name as their value, so another woman's bag differs there
    rec['vis'] = sample([fact('it_' + x[0], p['name'] if x[0] in ('medicine', 'ct') else x[0], x[1], x[2]) for x in its], 2)
    if chance(0.5) or 'bagmark' in avoid or not any(f['val'] == p['name'] for f in rec['vis']):
        rec['vis'].append(pool_fact('bagmark', BAG_MARK, avoid.get('bagmark')))
    rec['hid'] = [pick(['包是在万家福买的', '里头没啥钱', '手机号' + p['phone']])]
    rec['serial'] = None


def mk_suitcase(rec, p, avoid):
    rec['vis'] = [pool_fact('tag', [('ribbon', ['拉杆上系着红布条', '把手上拴红绸子'], ['拉杆系红布条', '把手系红色丝带']),
                                     ('sticker', ['箱子上贴满贴纸', '有好些贴画'], ['箱体贴有多张贴纸', '表面贴纸若干']),
                                     ('wheel', ['一个轱辘坏了', '少个轮子'], ['缺一个轮子', '一轮损坏'])], avoid.get('tag'))]
    rec['vis'].append(pool_fact('inside', [('clothes', ['里头都是衣裳', '装着冬天衣服'], ['内有冬季衣物', '装衣服若干']),
                                            ('gifts', ['有给孩子买的玩具', '装着玩具车'], ['内有儿童玩具', '装玩具汽车']),
                                            ('tea', ['有两桶油一箱茶叶', '过年的年货'], ['内有年货', '装茶叶、食用油'])], avoid.get('inside')))
    rec['hid'] = [pick(['密码锁是000', '二十寸的箱子', '从石家庄坐车回来'])]
    rec['serial'] = None


def mk_cash(rec, p, avoid):
    amt = pick([200, 350, 600, 800, 1000, 1350, 1800, 2000, 2600, 3000, 4200, 5000])
    if avoid.get('amount') and abs(avoid['amount'] - amt) < 50:
        amt = amt + pick([150, 300, 500])
    hundred = amt >= 600 and chance(0.5)
    words = {200: '二百', 350: '三百五', 600: '六百', 800: '八百', 1000: '一千', 1350: '一千三百五', 1800: '一千八',
             2000: '两千', 2600: '两千六', 3000: '三千', 4200: '四千二', 5000: '五千'}.get(amt, str(amt))
    near = pick(['', '来块', '左右', '多点'])
    rec['vis'] = [fact('amount', amt, [words + '块钱', str(amt) + '元' + near, '一共' + words + near],
                       ['现金人民币' + str(amt) + '元', '经清点共' + str(amt) + '元', str(amt) + '元现金'])]
    rec['vis'].append(fact('denom', hundred, ['都是一百的', '一百的一沓'] if hundred else ['有一百的有五十的还有零钱', '零的整的都有'],
                           ['均为百元面额', '百元券' + str(amt // 100) + '张'] if hundred else ['面额不等', '含百元、五十元、十元等面额']))
    if rec['kind'] == 'envelope' or chance(0.3) or 'note' in avoid:
        note = pick(['卖玉米钱', '学费', '礼钱', '卖羊钱', '药费'])
        if avoid.get('note') == note:
            note = pick([x for x in ['卖玉米钱', '学费', '礼钱', '卖羊钱', '药费'] if x != note])
        rec['vis'].append(fact('note', note, ['上面写着“' + note + '”', '我拿笔写了' + note + '仨字' if len(note) == 3 else '上头写着' + note],
                               ['外写“' + note + '”字样', '表面手写“' + note + '”']))
    rec['hid'] = [pick(['刚从信用社取的', '卖白菜攒的', '是给孙子交学费的', '卖了两头猪的钱', '刚结的工钱'])]
    rec['serial'] = None


def mk_jewel(rec, p, avoid):
    ks = rec['kind']
    styles = {
        'ring': [('plain', ['素圈的', '光面的'], ['素圈', '光面无花纹']), ('fu', ['上面有个福字', '刻着福'], ['戒面有“福”字', '饰有福字']),
                 ('ruby', ['镶个红石头', '带颗红宝石'], ['镶红色宝石一颗', '戒面嵌红色石头'])],
        'earring': [('hoop', ['圈圈的', '是耳圈'], ['圆圈式耳环', '环形耳圈']), ('drop', ['带个小坠', '吊着个小珠'], ['带吊坠耳环', '下有小吊坠'])],
        'necklace': [('zodiac', ['坠子是个属相，属' + pick(['龙', '蛇', '鸡', '狗', '马', '牛']), '带生肖坠子'], ['吊坠为生肖造型', '挂生肖吊坠']),
                     ('bead', ['穿个转运珠', '有个小金珠'], ['穿转运珠一颗', '挂金色小珠']),
                     ('heart', ['心形坠子', '坠是个桃心'], ['心形吊坠', '桃心吊坠'])],
        'bangle': [('carve', ['老银的，有花', '上头有花纹'], ['表面雕花', '有花纹']), ('plain', ['光的没花', '素的'], ['光面', '无花纹']),
                   ('bell', ['带俩小铃铛', '有小铃铛'], ['带小铃铛', '挂铃铛两个'])],
        'jade': [('crack', ['有道细纹', '磕过有一道纹'], ['有一道细裂纹', '镯体有细纹']), ('float', ['里头有飘花', '带绿花'], ['内有飘花', '带绿色飘花'])],
        'lock': [('cmsb', ['刻着长命百岁', '写的长命百岁'], ['刻“长命百岁”', '正面“长命百岁”字样']), ('bell', ['下边挂着小铃铛', '带铃铛'], ['下缀小铃铛', '挂铃铛'])],
    }[ks]
    rec['vis'] = [pool_fact('style', styles, avoid.get('style'))]
    if ks in ('ring', 'bangle', 'lock') and (chance(0.45) or 'engrave' in avoid):
        eng = pick(['LOVE', p['name'][0] + '♥', '1998.10', '平安', 'ZXL'])
        if avoid.get('engrave') == eng:
            eng = pick([x for x in ['LOVE', '2003.5', '如意', 'WJ'] if x != eng])
        rec['vis'].append(fact('engrave', eng, ['里头刻着' + eng, '内侧刻了“' + eng + '”'], ['内侧刻“' + eng + '”', '内圈刻字：' + eng]))
    if chance(0.4):
        rec['vis'].append(pool_fact('box', [('redbag', ['装在红绒布袋里', '搁个红布兜里'], ['装于红色绒布袋', '红绒袋包装']),
                                             ('tissue', ['拿卫生纸包着', '包在纸里'], ['用纸巾包裹', '卫生纸包着']),
                                             ('box', ['在个小首饰盒里', '带个小盒'], ['装首饰盒内', '小首饰盒包装'])], avoid.get('box')))
    rec['hid'] = [pick(['' + str(R.randint(2, 15)) + '克多', '结婚时候买的', '闺女给买的', '戴了二十多年了', '有发票'])]
    rec['serial'] = ser_alnum('C' + alnum(9, 2), '证书编号', False) if chance(0.3) else None
    rec['serial_o'] = 0.5


def mk_iddoc(rec, p, avoid):
    doc = {'idcard': '身份证', 'license': '驾驶证', 'student': '学生证', 'hukou': '户口本', 'social': '社保卡', 'elder': '老年证',
           'disab': '残疾证'}[rec['kind']]
    nm = rec['pname']
    if rec['kind'] == 'student':
        sch = rec['pname_school'] or '二中'
        rec['vis'] = [fact('name', nm, ['学生证上是' + nm, '名字' + nm + '，' + sch + '的', '我叫' + nm],
                           [sch + '学生证（姓名' + nm + '）', '学生证一本，' + nm, '姓名：' + nm + '，' + sch])]
    elif rec['kind'] == 'hukou':
        rec['vis'] = [fact('name', nm, ['户主是' + nm, '户口本上户主' + nm, nm + '家的户口本'],
                           ['户口簿一本（户主：' + nm + '）', '户主' + nm + '的户口本', '户口本，户主姓名' + nm])]
        rec['vis'].append(fact('village', pick(['李家屯', '王家庄', '东庄', '后营']), ['是' + pick(['李家屯']) + '村的', '俺们村的'], ['住址为' + PLACES[rec['place']]['town'], '住址栏为本县']))
        rec['vis'] = rec['vis'][:1]
    else:
        forms = ['上面名字' + nm, nm + '的' + doc, doc + '，名字叫' + nm]
        rec['vis'] = [fact('name', nm, forms, [doc + '一张（' + nm + '）', '姓名：' + nm, nm + '的' + doc])]
    if rec['color'] is not None:
        cw = pick(COLORS[rec['color']][0])
        rec['vis'].append(fact('sleeve', rec['color'], ['装在' + cw + '卡套里', '套着个' + cw + '的套'], ['外有' + pick(COLORS[rec['color']][1]) + '卡套', '装于卡套内']))
    if chance(0.35):
        rec['vis'].append(pool_fact('with', [('photo', ['里头还夹着张一寸照', '夹着照片'], ['夹有一寸照片', '内夹证件照']),
                                              ('bankcard', ['跟一张银行卡放一块', '还有张卡'], ['另有银行卡一张', '同时有银行卡']),
                                              ('paper', ['有张纸条写着电话', '夹着个条'], ['内夹手写纸条', '夹纸条一张'])], avoid.get('with')))
    if rec['kind'] in ('idcard', 'license', 'social'):
        rec['serial'] = ser_id(p, {'idcard': '身份证', 'license': '证', 'social': '社保卡'}[rec['kind']])
        rec['serial_o'] = 0.45
    else:
        rec['serial'] = None
    rec['hid'] = [pick({'student': ['周末坐车买学生票要用', '班主任让来登记的'], 'license': ['跑车离不了', '下礼拜审驾照要用'],
                        'elder': ['坐车免票要用', '办低保要用'], 'hukou': ['给孩子办入学要用', '办低保要用']}.get(
        rec['kind'], ['补办得回户籍地', '下礼拜办事要用', '手机号' + p['phone']]))]


def mk_coat(rec, p, avoid):
    rec['vis'] = [pool_fact('pocket', [('gloves', ['兜里有副手套', '口袋揣着手套'], ['衣兜内有手套一副', '口袋有手套']),
                                        ('keys', ['兜里有串钥匙', '口袋里还有钥匙'], ['衣兜内有钥匙一串', '口袋装钥匙']),
                                        ('tissue', ['兜里有卫生纸和药', '口袋里有药片'], ['口袋有纸巾、药片', '衣兜装药']),
                                        ('empty', ['兜里没东西', '口袋空的'], ['口袋无物', '衣兜内无物品'])], avoid.get('pocket'))]
    rec['vis'].append(pool_fact('hood', [('fur', ['帽子带毛领', '帽檐一圈毛'], ['帽檐有毛领', '带毛领连帽']),
                                          ('long', ['长款到膝盖', '长的，过膝'], ['长款过膝', '长款']),
                                          ('stain', ['前襟有块油点子', '袖口蹭黑了'], ['前襟有油渍', '袖口污损'])], avoid.get('hood')))
    rec['vis'].append(fact('size', '', ['' + pick(['XL', '175', '180', 'L', '2XL']) + '号的'], ['']))
    rec['vis'] = rec['vis'][:2]
    rec['hid'] = [pick(['穿了两冬了', '新买的，一千多', '孩子给买的'])]
    rec['serial'] = None


def mk_cup(rec, p, avoid):
    rec['vis'] = [pool_fact('cupmark', [('name', ['杯子上贴着名字' + rec['pname'], '杯身贴了' + rec['pname'] + '的名字贴'], ['杯身贴姓名贴“' + rec['pname'] + '”', '贴有名字“' + rec['pname'] + '”']),
                                         ('dent', ['杯底磕瘪了', '底下有个坑'], ['杯底凹陷', '底部磕瘪']),
                                         ('tea', ['里头泡着枸杞', '装着红枣枸杞水'], ['内有枸杞茶水', '杯内泡枸杞']),
                                         ('rope', ['杯盖上拴个绳', '有根提绳'], ['杯盖系提绳', '带提绳'])], avoid.get('cupmark'))]
    rec['hid'] = [pick(['用了好几年了', '单位发的', '不锈钢的内胆'])]
    rec['serial'] = None


def mk_cane(rec, p, avoid):
    rec['vis'] = [pool_fact('cane', [('four', ['四个脚的', '底下四个腿'], ['四脚底座', '四脚拐杖']),
                                      ('tape', ['把手缠着布', '扶手包着布条'], ['手柄缠布条', '扶手有布包裹']),
                                      ('bell', ['挂个小铃铛', '拴着铃铛'], ['挂小铃铛', '拐杖系铃铛']),
                                      ('wood', ['木头的，自己削的', '枣木的'], ['木质手工拐杖', '木头拐棍'])], avoid.get('cane'))]
    rec['hid'] = [pick(['俺爹的拐棍', '腿脚不好离不了'])]
    rec['serial'] = None


def mk_hat(rec, p, avoid):
    rec['vis'] = [pool_fact('hat', [('leifeng', ['雷锋帽，带耳朵的', '狗皮帽子'], ['雷锋帽（带护耳）', '护耳棉帽']),
                                     ('knit', ['毛线织的，顶上有个球', '带毛球的'], ['毛线帽，顶有绒球', '针织帽带毛球']),
                                     ('cap', ['棉鸭舌帽', '带檐的棉帽'], ['棉质鸭舌帽', '有帽檐'])], avoid.get('hat'))]
    rec['hid'] = [pick(['戴了好些年', '闺女织的'])]
    rec['serial'] = None


def mk_glasses(rec, p, avoid):
    rec['vis'] = [pool_fact('gl', [('case', ['装在个铁眼镜盒里', '带眼镜盒'], ['装于金属眼镜盒', '有眼镜盒']),
                                    ('rope', ['腿上拴着绳', '挂脖子的绳'], ['镜腿系挂绳', '带眼镜链']),
                                    ('tape', ['一条腿拿胶布缠的', '镜腿折过用胶布粘'], ['一侧镜腿缠胶布', '镜腿有胶布'])], avoid.get('gl'))]
    rec['hid'] = [pick(['三百度的老花镜', '在眼镜店配的'])]
    rec['serial'] = None


def mk_film(rec, p, avoid):
    nm = p['name']
    rec['vis'] = [fact('filmname', nm, ['片子上是' + nm + '的名', '片子袋写着' + nm], ['片袋姓名' + nm, '影像袋上写“' + nm + '”'])]
    rec['vis'].append(pool_fact('filmkind', [('ct', ['CT片子', '拍的CT'], ['CT片', 'CT影像片']), ('dr', ['胸片', '拍的片子和报告'], ['X光片及报告', 'DR胸片'])], avoid.get('filmkind')))
    rec['hid'] = [pick(['明天要拿去石家庄看病', '县医院拍的'])]
    rec['serial'] = None


def mk_umbrella(rec, p, avoid):
    rec['vis'] = [pool_fact('umb', [('bent', ['一根伞骨折了', '伞骨子坏一根'], ['一根伞骨折断', '伞骨损坏']),
                                     ('long', ['长把的', '直柄大伞'], ['长柄直杆伞', '长柄伞']),
                                     ('fold', ['三折的', '折叠伞带套'], ['三折伞带伞套', '折叠伞'])], avoid.get('umb'))]
    rec['hid'] = ['超市送的']
    rec['serial'] = None


KINDS = [
    k('smart', 'phone', ['手机', '智能手机', '大屏手机'], ['手机', '智能手机'], '部',
      [('huawei', [['Mate 40', 'mate40', 'M40'], ['nova 9', 'Nova9', '诺娃9'], ['畅享20', '畅想20', '畅享 20']]),
       ('honor', [['X30', '荣耀X30', 'x30'], ['Play6T', 'play 6t', '畅玩6T']]),
       ('xiaomi', [['Redmi Note 12', '红米note12', '红米Note 12'], ['小米13', 'Xiaomi 13', 'mi13']]),
       ('oppo', [['A58', 'a58', 'A58 5G'], ['Reno8', 'reno 8', 'Reno 8']]),
       ('vivo', [['Y35', 'y35', 'Y35 5G'], ['S16', 's16']]),
       ('apple', [['iPhone 11', '苹果11', 'iphone11'], ['iPhone 13', '苹果13', 'iphone13'], ['iPhone 14 Pro Max', '14promax', '苹果14 Pro Max']])],
      ['black', 'white', 'blue', 'green', 'purple', 'gold', 'gray'], mk_smart, bo=0.85, bv=0.7, mv=0.15,
      ages=['mid', 'migrant', 'student', 'old']),
    k('oldphone', 'phone', ['老人机', '老年机', '老头乐手机', '按键手机'], ['老年手机', '按键手机', '老人机'], '部',
      [('newman', [['V9', 'v9'], ['L8', 'l8']]), ('shouhubao', [['K99', 'k99'], ['F788', 'f788']]), ('ktouch', [['T3', 't3']])],
      ['red', 'black', 'gold', 'blue'], mk_oldphone, bo=0.5, bv=0.8, mv=0.1, ages=['old']),
    k('watch', 'electronics', ['电话手表', '小天才手表', '儿童手表'], ['儿童电话手表', '智能手表', '电话手表'], '块',
      [('xtc', [['Z6', 'z6巅峰版', 'Z6'], ['Q1A', 'q1a'], ['Z7', 'z7']]), ('huawei', [['儿童手表4X', '4x', '儿童手表4 X']])],
      ['blue', 'pink', 'black', 'purple'], mk_watch, bo=0.9, bv=0.7, mv=0.1, ages=['mid']),
    k('buds', 'electronics', ['蓝牙耳机', '耳机', '无线耳机'], ['蓝牙耳机', '无线耳机（含充电盒）', '耳机充电仓'], '副',
      [('apple', [['AirPods Pro', 'airpods pro', 'AirPods Pro 2']]), ('huawei', [['FreeBuds 5i', 'freebuds5i']]),
       ('xiaomi', [['Redmi Buds 4', 'redmi buds4']]), ('edifier', [['Lolli3', 'lolli 3'], ['X3', 'x3']])],
      ['white', 'black', 'blue'], mk_buds, bo=0.85, bv=0.6, mv=0.2, ages=['student', 'migrant', 'mid']),
    k('tablet', 'electronics', ['学习机', '平板', '平板电脑'], ['平板电脑', '学习机', '平板'], '台',
      [('bbk', [['S5', 's5'], ['A6', 'a6']]), ('youxuepai', [['U56', 'u56']]), ('huawei', [['MatePad', 'matepad', 'MatePad 11']]),
       ('apple', [['iPad 第9代', 'ipad9', 'iPad9']])],
      ['gray', 'white', 'blue', 'pink'], mk_tablet, bo=0.85, bv=0.8, mv=0.25, ages=['student', 'mid']),
    k('power', 'electronics', ['充电宝', '移动电源'], ['充电宝', '移动电源'], '个',
      [('romoss', [['20000毫安', '2万毫安']]), ('xiaomi', [['10000毫安', '一万毫安']])],
      ['white', 'black'], mk_power, bo=0.6, bv=0.8, mv=0.2, ages=['student', 'migrant', 'mid']),
    k('radio', 'electronics', ['看戏机', '唱戏机', '收音机', '小戏匣子'], ['看戏机', '便携式唱戏机', '收音机'], '台',
      [('jinzheng', [['S8', 's8']]), ('shinco', [['T50', 't50']])],
      ['red', 'black', 'gold'], mk_radio, bo=0.5, bv=0.8, mv=0.1, ages=['old']),
    k('wallet_m', 'wallet', ['钱包', '皮夹子', '男士钱包', '钱夹'], ['男式钱包', '皮质钱包', '钱包'], '个',
      [('septwolves', None), ('goldlion', None), ('zhuomuniao', None), (None, None)],
      ['black', 'brown'], mk_wallet, bo=0.6, bv=0.6, ages=['mid', 'old', 'migrant']),
    k('wallet_f', 'wallet', ['钱包', '长款钱包', '女士钱包', '钱夹子'], ['女式长款钱包', '钱包', '长款皮夹'], '个',
      [('daocaoren', None), (None, None)],
      ['red', 'pink', 'brown', 'black', 'purple'], mk_wallet, bo=0.5, bv=0.6, ages=['mid', 'old', 'migrant']),
    k('coinpurse', 'wallet', ['零钱包', '小钱包', '布钱包'], ['零钱包', '小布包（零钱包）'], '个',
      [(None, None)], ['red', 'blue', 'green', 'purple'], mk_wallet, ages=['old']),
    k('cardholder', 'wallet', ['卡包', '卡套'], ['卡包', '卡套'], '个',
      [(None, None), ('septwolves', None)], ['black', 'brown', 'blue'], mk_cardholder, bo=0.4, bv=0.6, ages=['mid', 'migrant', 'student']),
    k('keyring', 'keys', ['钥匙', '钥匙串', '钥匙链'], ['钥匙串', '钥匙'], '串',
      [(None, None)], ['gray', 'red', 'black', 'yellow', 'blue'], mk_keys),
    k('carkey', 'keys', ['车钥匙', '汽车钥匙', '面包车钥匙'], ['汽车钥匙', '车钥匙（遥控）'], '把',
      [('wuling', None), ('changan', None)], ['black', 'gray'], mk_carkey, bo=0.8, bv=0.9),
    k('ebike', 'ebike', ['电动车', '电瓶车', '电驴子', '电动自行车'], ['电动自行车', '电动车', '两轮电动车'], '辆',
      [('yadea', [['冠能', '冠能3代']]), ('aima', [['小帅', '小帅2']]), ('tailg', [['风行', '风行者']]), ('sunra', [['铂金', '铂金版']]),
       ('luyuan', [['液冷', '液冷S']])],
      ['white', 'black', 'red', 'blue', 'gray', 'green'], mk_ebike, bo=0.9, bv=0.95, mv=0.2),
    k('trike', 'ebike', ['电动三轮', '三轮车', '电三轮', '老年代步车'], ['电动三轮车', '电动三轮', '三轮电动车'], '辆',
      [('jinpeng', None), ('huaihai', None)],
      ['red', 'blue', 'green', 'gray'], mk_ebike, bo=0.8, bv=0.95, ages=['old', 'mid']),
    k('mtb', 'bicycle', ['山地车', '自行车', '变速车'], ['山地自行车', '自行车', '变速山地车'], '辆',
      [('giant', [['ATX 660', 'atx660', 'ATX660']]), ('xds', [['逐日', '逐日500']])],
      ['black', 'blue', 'red', 'white', 'gray'], mk_bike, bo=0.8, bv=0.95, mv=0.4, ages=['student', 'mid']),
    k('citybike', 'bicycle', ['自行车', '车子', '二八车', '女式车'], ['自行车', '普通自行车', '女式自行车'], '辆',
      [('yongjiu', None), ('phoenix', None), ('feige', None)],
      ['black', 'blue', 'red', 'pink', 'green'], mk_bike, bo=0.7, bv=0.9, ages=['student', 'old', 'mid']),
    k('schoolbag', 'bag', ['书包', '双肩包', '书包（双肩的）'], ['学生书包', '双肩书包', '书包'], '个',
      [('kalayang', None), ('anta', None), ('lining', None), (None, None)],
      ['black', 'blue', 'pink', 'purple', 'gray'], mk_schoolbag, bo=0.6, bv=0.8, ages=['student']),
    k('woven', 'bag', ['编织袋', '蛇皮袋', '化肥袋子', '大袋子'], ['编织袋', '蛇皮袋'], '个',
      [(None, None)], ['white', 'blue', 'green', 'red'], mk_woven, ages=['old', 'mid']),
    k('backpack', 'bag', ['背包', '双肩包', '大背包'], ['双肩背包', '背包', '旅行背包'], '个',
      [('anta', None), ('lining', None), (None, None)],
      ['black', 'gray', 'blue', 'green'], mk_backpack, bo=0.5, bv=0.8, ages=['migrant']),
    k('handbag', 'bag', ['挎包', '手提包', '包', '布兜子'], ['女式挎包', '手提袋', '挎包'], '个',
      [(None, None), ('daocaoren', None)], ['black', 'red', 'brown', 'purple'], mk_handbag, bo=0.4, bv=0.6, ages=['old', 'mid']),
    k('suitcase', 'bag', ['行李箱', '拉杆箱', '箱子'], ['拉杆箱', '行李箱'], '个',
      [(None, None), ('diplomat', None)], ['black', 'blue', 'gray', 'pink'], mk_suitcase, bo=0.6, bv=0.8, ages=['migrant']),
    k('envelope', 'cash', ['钱', '一个信封装的钱', '现金'], ['现金（信封装）', '装有现金的信封'], '份',
      [(None, None)], ['brown', 'white', 'red'], mk_cash, ages=['old', 'mid']),
    k('plasticbag', 'cash', ['钱', '塑料袋装的钱', '一沓子钱'], ['现金（塑料袋装）', '塑料袋内现金'], '份',
      [(None, None)], ['black', 'red', 'white'], mk_cash, ages=['old', 'mid']),
    k('hanky', 'cash', ['钱', '手绢包着的钱', '手帕里包的钱'], ['手帕包裹的现金', '现金（手绢包）'], '份',
      [(None, None)], ['blue', 'red', 'white', 'green'], mk_cash, ages=['old']),
    k('ring', 'jewelry', ['金戒指', '戒指', '金镏子'], ['戒指（疑似黄金）', '黄金戒指', '戒指'], '枚',
      [('laofengxiang', None), ('zhoudafu', None), ('zhouliufu', None), (None, None)], ['gold'], mk_jewel, bo=0.6, bv=0.4),
    k('earring', 'jewelry', ['金耳环', '耳环', '耳坠子'], ['耳环', '耳坠'], '只',
      [('chinagold', None), (None, None)], ['gold'], mk_jewel, bo=0.5, bv=0.2, ages=['old', 'mid']),
    k('necklace', 'jewelry', ['金项链', '项链', '链子'], ['项链（带吊坠）', '项链'], '条',
      [('zhoudafu', None), ('laofengxiang', None), ('chinagold', None)], ['gold'], mk_jewel, bo=0.6, bv=0.4),
    k('bangle', 'jewelry', ['银镯子', '镯子', '手镯'], ['手镯', '镯子（疑似银质）'], '只',
      [(None, None), ('laofengxiang', None)], ['gray'], mk_jewel, bo=0.4, bv=0.3, ages=['old', 'mid']),
    k('jade', 'jewelry', ['玉镯子', '镯子', '玉手镯'], ['玉镯', '翡翠手镯（疑似）'], '只',
      [(None, None)], ['green', 'white'], mk_jewel, ages=['old', 'mid']),
    k('lock', 'jewelry', ['长命锁', '银锁', '孩子的长命锁'], ['银质长命锁', '长命锁'], '个',
      [(None, None), ('laofengxiang', None)], ['gray', 'gold'], mk_jewel, bo=0.4, bv=0.3, ages=['mid', 'old']),
    k('idcard', 'id_doc', ['身份证', '二代证'], ['居民身份证', '身份证'], '张',
      [(None, None)], [None, None, 'blue', 'black', 'pink'], mk_iddoc, ages=['mid', 'old', 'migrant', 'student']),
    k('license', 'id_doc', ['驾驶证', '驾照', '本子（驾驶证）'], ['机动车驾驶证', '驾驶证'], '本',
      [(None, None)], [None, 'brown', 'black'], mk_iddoc, ages=['mid', 'migrant']),
    k('student', 'id_doc', ['学生证', '学生卡'], ['学生证'], '本',
      [(None, None)], [None, 'blue', 'red'], mk_iddoc, ages=['student']),
    k('hukou', 'id_doc', ['户口本', '户口簿'], ['户口簿', '居民户口簿'], '本',
      [(None, None)], ['red', 'brown'], mk_iddoc, ages=['old', 'mid']),
    k('social', 'id_doc', ['社保卡', '医保卡'], ['社会保障卡', '社保卡'], '张',
      [(None, None)], [None, 'blue'], mk_iddoc, ages=['old', 'mid']),
    k('elder', 'id_doc', ['老年证', '老年优待证'], ['老年人优待证', '老年证'], '本',
      [(None, None)], ['red', None], mk_iddoc, ages=['old']),
    k('coat', 'other', ['羽绒服', '棉袄', '大衣（羽绒的）'], ['羽绒服', '羽绒外套', '棉服'], '件',
      [('bosideng', None), ('yaya', None), ('xuezhongfei', None), (None, None)],
      ['black', 'red', 'blue', 'green', 'purple', 'white'], mk_coat, bo=0.6, bv=0.85),
    k('cup', 'other', ['保温杯', '水杯', '杯子'], ['保温杯', '不锈钢保温杯'], '个',
      [('fuguang', None), ('thermos', None), (None, None)],
      ['black', 'blue', 'pink', 'white', 'gray'], mk_cup, bo=0.5, bv=0.8, ages=['student', 'mid', 'old']),
    k('cane', 'other', ['拐棍', '拐杖', '拐棍子'], ['拐杖', '助行拐杖'], '根',
      [(None, None)], ['brown', 'gray', 'black'], mk_cane, ages=['old']),
    k('hat', 'other', ['帽子', '棉帽子', '棉帽'], ['棉帽', '帽子'], '顶',
      [(None, None)], ['black', 'red', 'brown', 'gray', 'blue'], mk_hat, ages=['old', 'mid', 'student']),
    k('glasses', 'other', ['眼镜', '老花镜', '花镜'], ['眼镜', '老花镜'], '副',
      [(None, None)], ['black', 'brown', 'gold'], mk_glasses, ages=['old']),
    k('film', 'other', ['片子', 'CT片', '片子袋'], ['影像片袋', '医院片袋'], '袋',
      [(None, None)], ['white', 'blue'], mk_film, ages=['old', 'mid']),
    k('umbrella', 'other', ['伞', '雨伞'], ['雨伞'], '把',
      [(None, None)], ['black', 'blue', 'red', 'purple'], mk_umbrella, ages=['mid', 'student']),
]
KIND_BY = {kd['key']: kd for kd in KINDS}
CAT_WEIGHT = {'phone': 28, 'wallet': 24, 'id_doc': 22, 'keys': 20, 'ebike': 12, 'bicycle': 9, 'bag': 22, 'cash': 12,
              'jewelry': 14, 'electronics': 20, 'other': 21}
CATS = ['phone', 'wallet', 'id_doc', 'keys', 'ebike', 'bicycle', 'bag', 'cash', 'jewelry', 'electronics', 'other']
CAT_ZH = {'id_doc': '证件', 'phone': '手机', 'wallet': '钱包', 'keys': '钥匙', 'ebike': '电动车', 'bicycle': '自行车', 'bag': '包',
          'cash': '现金', 'jewelry': '首饰', 'electronics': '电子产品', 'other': '其他'}

# which places fit which kind (a coarse taste of where things get lost)
PLACE_FIT = {
    'ebike': ['east_market', 'supermarket', 'hospital', 'factory', 'farmers', 'sm_market', 'sq_market', 'sm_road', 'sq_road', 'square', 'express', 'sm_clinic'],
    'trike': ['east_market', 'farmers', 'sm_market', 'sq_market', 'sm_road', 'sq_road', 'hospital', 'sm_clinic'],
    'mtb': ['school', 'sm_school', 'sq_school', 'square', 'supermarket', 'express'],
    'citybike': ['school', 'sm_school', 'sq_school', 'east_market', 'sm_market', 'farmers', 'sq_road'],
    'schoolbag': ['school', 'sm_school', 'sq_school', 'bus_sm', 'bus_sq', 'bus_station', 'square', 'express'],
    'student': ['school', 'sm_school', 'sq_school', 'bus_sm', 'bus_sq', 'bus_station', 'square'],
    'suitcase': ['bus_station', 'bus_sm', 'bus_sq', 'sq_stop', 'express'],
    'backpack': ['bus_station', 'bus_sm', 'bus_sq', 'sq_stop', 'supermarket', 'factory'],
    'film': ['hospital', 'bus_station', 'bus_sm', 'bus_sq', 'sm_clinic', 'farmers'],
    'woven': ['bus_station', 'bus_sm', 'bus_sq', 'sq_stop', 'east_market', 'sm_market', 'school'],
    'watch': ['school', 'sm_school', 'sq_school', 'square', 'supermarket', 'farmers'],
    'cane': ['hospital', 'square', 'east_market', 'sm_clinic', 'bus_station', 'sm_market'],
    'radio': ['square', 'east_market', 'sm_market', 'sq_market', 'bus_sm', 'sm_road', 'hospital'],
}


# ---------------------------------------------------------------- times
def minutes_of(dt):
    return int((NOW - dt).total_seconds() // 60)


def dt_of(m):
    return NOW - datetime.timedelta(minutes=m)


HOURS = {'market': (6, 12), 'school': (6, 21), 'bus': (5, 18), 'busline': (6, 17), 'hospital': (7, 17), 'supermarket': (8, 21),
         'express': (8, 20), 'square': (6, 21), 'factory': (6, 22), 'road': (6, 18), 'clinic': (8, 16), 'stop': (6, 17)}


def loss_window(pk, plain=False):
    if chance(0.86):
        days = R.randint(1, 55)
    else:
        days = R.randint(56, 112)
    h0, h1 = HOURS[PLACES[pk]['kind']]
    day = (NOW - datetime.timedelta(days=days)).date()
    start = datetime.datetime(day.year, day.month, day.day, R.randint(h0, h1 - 1), pick([0, 10, 20, 30, 40, 50]))
    lf = minutes_of(start)
    w = pick([30, 45, 60, 90, 120, 180, 240, 360, 600, 1440, 2880]) if not plain else pick([120, 240, 1440, 2880, 4320])
    lt = max(0, lf - w)
    return lf, lt


def part_of_day(h, dialect):
    if h < 5:
        return pick(['半夜', '后半夜']) if dialect else '凌晨'
    if h < 8:
        return pick(['一早', '大清早', '早上']) if dialect else pick(['早上', '清早'])
    if h < 11:
        return pick(['头晌', '上半晌', '上午']) if dialect else '上午'
    if h < 13:
        return pick(['晌午', '晌午头']) if dialect else '中午'
    if h < 17:
        return pick(['后晌', '下半晌', '下午']) if dialect else '下午'
    if h < 19:
        return pick(['傍黑', '擦黑', '傍晚']) if dialect else '傍晚'
    return pick(['黑天', '晚上', '晚黑']) if dialect else '晚上'


def owner_when(lf, lt, dialect):
    a, b = dt_of(lf), dt_of(lt)
    da = pick(['%d月%d号' % (a.month, a.day), '%d月%d日' % (a.month, a.day), '%d.%d' % (a.month, a.day)])
    pa = part_of_day(a.hour, dialect)
    if lf - lt <= 240 or b.date() == a.date() and chance(0.5):
        if chance(0.5):
            return da + pa + pick(['%d点来钟' % (a.hour if a.hour <= 12 else a.hour - 12), '%d点多' % (a.hour if a.hour <= 12 else a.hour - 12)])
        return da + pa
    db = '%d号' % b.day if b.month == a.month else '%d月%d号' % (b.month, b.day)
    return pick([da + pa + '到' + db + part_of_day(b.hour, dialect) + '之间', da + pa + '以后，' + db + '才发现没了',
                 '不知道啥时候掉的，' + da + '还在，' + db + '发现没了' if dialect else '具体时间不确定，' + da + '之后'])


def finder_when(m):
    d = dt_of(m)
    return pick(['%d月%d日%d时许' % (d.month, d.day, d.hour), '%d月%d日 %02d:%02d' % (d.month, d.day, d.hour, d.minute),
                 '%d月%d日%s' % (d.month, d.day, part_of_day(d.hour, False)), '%d月%d日%d时%d分' % (d.month, d.day, d.hour, d.minute)])


# ---------------------------------------------------------------- records
def make_record(cat=None, kind=None, fixed=None, place=None, age=None, avoid=None):
    fixed = fixed or {}
    avoid = avoid or {}
    if kind is None:
        kind = pick([kd['key'] for kd in KINDS if kd['cat'] == cat])
    kd = KIND_BY[kind]
    if place is None:
        place = pick(PLACE_FIT.get(kind, PLACE_KEYS))
    if age is None:
        age = pick(kd['ages'])
        if PLACES[place]['kind'] == 'school' and 'student' in kd['ages'] and chance(0.7):
            age = 'student'
    p = make_person(age)
    rec = {'cat': kd['cat'], 'kind': kind, 'place': place, 'person': p, 'age': age}
    if 'brand' in fixed:
        rec['brand'] = fixed['brand']
        rec['model'] = fixed.get('model')
    else:
        b, models = pick(kd['brands'])
        rec['brand'] = b
        rec['model'] = pick(models) if models else None
    rec['color'] = fixed['color'] if 'color' in fixed else pick(kd['colors'])
    # whose name is on the thing
    rec['pname'] = p['name']
    rec['pname_school'] = None
    if kind in ('watch',):
        child = make_person('child')
        rec['pname'] = child['name']
        rec['child'] = child
    if age == 'student':
        rec['pname_school'] = SCHOOL_NAME.get(place, pick(['二中', '双庙中学', '石桥中学']))
    if kind in ('tablet', 'buds', 'cup', 'schoolbag', 'student') and age != 'student' and kind in ('tablet', 'schoolbag', 'student'):
        child = make_person('student')
        rec['pname'] = child['name']
        rec['pname_school'] = pick(['二中', '双庙中学', '石桥中学'])
        rec['child'] = child
    rec['serial'] = None
    rec['serial_o'] = 0.0
    kd['maker'](rec, p, avoid)
    rec['vis'] = [f for f in rec['vis'] if f['o'] and f['f'] and f['f'][0]]
    return rec


def avoid_of(rec):
    return {f['slot']: f['val'] for f in rec['vis']}


# ---------------------------------------------------------------- owner voice
DIALECT_LOSE = ['整丢了', '弄没了', '不知道咋掉了', '找不着了', '落下了']
PLEA_OLD = ['谁捡着了给送回来，俺谢谢了', '好心人捡着了给俺打个电话', '可愁死俺了，帮着找找', '捡着的行行好给俺送来', '俺老着急了']
PLEA_STD = ['拾到者请联系我，必有酬谢', '麻烦民警帮忙留意', '如有人捡到请联系，谢谢', '望好心人归还', '急，谢谢']
ACT_OLD = {'market': ['赶集', '买菜', '卖白菜', '买年货'], 'bus': ['坐车去县里', '等车'], 'busline': ['坐班车'],
           'hospital': ['看病', '给老伴拿药', '陪闺女看病'], 'school': ['给孙子送东西', '给孩子送棉袄'],
           'supermarket': ['买东西', '买米面'], 'express': ['取快递', '拿孩子寄的东西'],
           'square': ['溜达', '扭秧歌'], 'factory': ['上班', '下班往外走'], 'road': ['骑车往家走', '走道'],
           'clinic': ['打针', '拿药'], 'stop': ['等车', '下车']}
ACT_STD = {'market': ['逛集', '买菜', '赶集买东西'], 'bus': ['候车', '坐车', '买票'], 'busline': ['坐车回家', '坐班车'],
           'hospital': ['看病', '陪家人住院', '缴费'], 'school': ['上体育课', '回宿舍', '去食堂吃饭'],
           'supermarket': ['购物', '买菜'], 'express': ['取快递', '寄快递'], 'square': ['跑步', '遛弯'],
           'factory': ['上班', '换班'], 'road': ['骑车回村', '走路回家'], 'clinic': ['输液', '看病'], 'stop': ['下车', '等车']}
CITY = ['天津', '北京', '石家庄', '唐山', '廊坊', '沧州', '济南', '大连']


WRAP = {'envelope': '信封', 'plasticbag': '塑料袋', 'hanky': '手绢', 'keyring': '钥匙扣'}
WRAP_F = {'envelope': '信封', 'plasticbag': '塑料袋', 'hanky': '手帕', 'keyring': '钥匙扣'}


def bare(c):
    return c[:-1] if c.endswith('的') else c


def owner_item(rec, dialect, with_brand=True, with_model=True):
    kd = KIND_BY[rec['kind']]
    color = pick(COLORS[rec['color']][0]) if rec['color'] else ''
    brand = pick(BRAND[rec['brand']][0]) if (rec['brand'] and with_brand) else ''
    model = pick(rec['model']) if (rec['model'] and with_model) else ''
    word = pick(kd['o'])
    if rec['kind'] in WRAP:
        w = WRAP[rec['kind']]
        c = bare(color)
        if rec['kind'] == 'keyring':
            s = pick([word + '，钥匙扣是' + c + '的', c + '钥匙扣的' + word, word + '（' + c + '钥匙扣）'])
        else:
            s = pick([c + w + '包着的钱' if w == '手绢' else c + w + '装着的钱', '一' + ('块' if w == '手绢' else '个') + c + w + '，里头是钱', '钱，装' + c + w + '里了'])
        return s, color, brand, model
    if rec['cat'] == 'id_doc':
        color = ''  # an owner names the document, not its sleeve colour, in the first breath
    bm = ' '.join(x for x in (brand, model) if x)
    style = R.randint(0, 2)
    if style == 0:
        s = (bare(color) + '的' if color else '') + bm + word
    elif style == 1:
        s = bm + word + ('，' + bare(color) + '的' if color else '')
    else:
        s = (bm + '的' if bm else '') + word + ('，颜色' + bare(color) if color else '')
    return s.strip(), color, brand, model


def owner_text(rec, plain=False, must_slots=None):
    """Returns the lost report dict (without key/truth/times) and the list of visible slots stated."""
    p = rec['person']
    age = rec['age']
    kd = KIND_BY[rec['kind']]
    dialect = age == 'old' or (age == 'mid' and chance(0.35))
    pl = PLACES[rec['place']]
    where = pick(pl['o'])
    when = owner_when(rec['lf'], rec['lt'], dialect)
    out = {}
    if plain:
        color = pick(COLORS[rec['color']][0]) if rec['color'] else ''
        word = pick(kd['o'] + [CAT_ZH[rec['cat']]])
        body = pick(['丢了个' + color + word + '，在' + where + '。', color + word + '，' + where + '丢的',
                     where + '丢失' + word + (('，' + color) if color else '') + '。', '在' + where + '掉了' + color + word + '，' + when])
        out['body'] = body.replace('的的', '的')
        if chance(0.3) and rec['color']:
            out['color'] = pick(COLORS[rec['color']][0])
        return out, []
    with_brand = rec['brand'] is not None and chance(kd['bo'])
    item, color, brand, model = owner_item(rec, dialect, with_brand, chance(kd['model_p']))
    vis = rec['vis'][:]
    R.shuffle(vis)
    n = R.randint(1, min(3, len(vis)))
    chosen = vis[:n]
    if must_slots:
        for f in rec['vis']:
            if f['slot'] in must_slots and f not in chosen:
                chosen.append(f)
    facts = [pick(f['o']) for f in chosen]
    hid = [h for h in rec['hid'] if chance(0.55)]
    ser_txt = ''
    if rec['serial'] and chance(rec.get('serial_o', 0)):
        ser_txt = pick(rec['serial']['o'])
    detail = '，'.join(facts + hid + ([ser_txt] if ser_txt else []))
    act = pick((ACT_OLD if dialect else ACT_STD)[pl['kind']])
    zi = '俺' if dialect else '我'
    if age == 'old' or dialect:
        lose = pick(DIALECT_LOSE)
        body = pick([
            when + zi + act + '，在' + where + '把' + item + lose + '。' + detail + '。' + pick(PLEA_OLD),
            zi + '是' + pick(['李家屯', '王家庄', '东庄', '后营', '小刘庄', '北岗']) + '的，' + when + '在' + where + act + '，' + item + lose + '，' + detail + '。' + pick(PLEA_OLD),
            when + '，' + where + '，' + item + '。' + detail + '，' + pick(['咋找也找不着', '回去找了一圈没有', '问了卖菜的都说没看着']) + '。' + pick(PLEA_OLD),
        ])
    elif age == 'student':
        body = pick([
            '我是' + (rec['pname_school'] or '二中') + pick(['初二', '初三', '高一', '高二', '高三']) + '的学生，' + when + '在' + where + act + '的时候把' + item + '丢了，' + detail + '。' + pick(PLEA_STD),
            when + '在' + where + '丢了' + item + '，' + detail + '。' + pick(['宿舍楼下都找了', '问了宿管阿姨没有', '班主任让来登记']) + '，' + pick(PLEA_STD),
        ])
    elif age == 'migrant':
        body = pick([
            '刚从' + pick(CITY) + '打工回来，' + when + '在' + where + act + '，' + item + '落下了。' + detail + '。' + pick(PLEA_STD),
            when + '，' + where + '，丢失' + item + '。' + detail + '。过完年还得回' + pick(CITY) + '，' + pick(PLEA_STD),
        ])
    else:
        role = pick(['', '', '我在' + where + '附近摆摊卖' + pick(['袜子', '鞋', '菜', '水果', '烤红薯']) + '，',
                     '我是宏达纺织厂' + pick(['一车间', '二车间', '织布车间']) + '的，' if pl['kind'] == 'factory' else '',
                     '孩子' + rec['pname'] + '在' + (rec['pname_school'] or '二中') + '住校，' if rec['pname'] != p['name'] else ''])
        body = pick([
            role + when + '在' + where + act + '时丢失' + item + '，' + detail + '。' + pick(PLEA_STD),
            role + when + '，' + item + '在' + where + '丢了。' + detail + '。' + pick(PLEA_STD),
            '本人' + p['name'] + '，' + when + '于' + where + '遗失' + item + ('' if rec['kind'] in WRAP else '一' + kd['mw']) + '。特征：' + detail + '。' + pick(PLEA_STD),
        ])
    out['body'] = body.replace('。。', '。').replace('，，', '，').replace('的的', '的')
    # structured fields: an app form (younger people) fills them; a desk clerk writing for an old farmer rarely does
    form = chance({'old': 0.2, 'mid': 0.5, 'migrant': 0.6, 'student': 0.6}[age])
    if form:
        if rec['color'] and chance(0.8):
            out['color'] = pick(COLORS[rec['color']][0])
        if with_brand and chance(0.8):
            out['brand'] = pick(BRAND[rec['brand']][0])
        if rec['model'] and model and chance(0.7):
            out['model'] = pick(rec['model'])
        if ser_txt and chance(0.8) and rec['serial']['type'] != 'sn' or (ser_txt and chance(0.5)):
            out['serial'] = pick(rec['serial']['fo'])
        if chance(0.6):
            out['address'] = pick(pl['addr'] + pl['o'])
        if chance(0.25):
            out['marks'] = '；'.join(pick(f['o']) for f in chosen)
        if chance(0.45):
            out['lat'], out['lon'] = latlon(rec['place'], 0.003)
    elif chance(0.3):
        out['address'] = pick(pl['o'])
    return out, [f['slot'] for f in chosen]


# ---------------------------------------------------------------- finder voice
FINDER_ROLE = {
    'bus': ['客运站保洁员', '客运站工作人员', '候车乘客'], 'busline': ['乘务员', '班车司机', '售票员'],
    'hospital': ['医院保安', '护士', '保洁员'], 'school': ['宿管员', '班主任', '学生'], 'market': ['摊主', '赶集群众', '环卫工'],
    'supermarket': ['收银员', '防损员'], 'express': ['驿站店员'], 'square': ['晨练群众', '环卫工'], 'factory': ['门卫', '车间主任'],
    'road': ['村干部', '过路村民', '巡逻民警'], 'clinic': ['护士', '卫生院保安'], 'stop': ['小卖部老板', '村民'],
}
VILLAGE = {'双庙乡': ['李家屯', '后营', '东庄'], '石桥镇': ['王家庄', '小刘庄', '北岗'], '县城': ['城关', '东关']}


def finder_item(rec, cat_override=None):
    kd = KIND_BY[rec['kind']]
    color = pick(COLORS[rec['color']][1]) if rec['color'] else ''
    show_brand = rec['brand'] is not None and chance(kd['bv'])
    brand = pick(BRAND[rec['brand']][1]) if show_brand else ''
    model = pick(rec['model']) if (rec['model'] and chance(kd['mv'])) else ''
    word = pick(kd['f'])
    if rec['kind'] in WRAP_F:
        if rec['kind'] == 'keyring':
            return '钥匙串（' + color + WRAP_F['keyring'] + '）', color, brand, model
        return color + WRAP_F[rec['kind']] + '内装现金', color, brand, model
    if rec['cat'] == 'id_doc':
        color = ''
    if cat_override == 'electronics' and rec['kind'] == 'oldphone':
        word = pick(['老年机（电子产品）', '按键式老人机'])
    if cat_override == 'phone' and rec['kind'] == 'watch':
        word = pick(['儿童电话手表', '手表式电话'])
    if cat_override == 'id_doc' and rec['kind'] == 'cardholder':
        word = pick(['证件（装于卡包内）', '身份证件及卡包'])
    s = color + brand + (model + ' ' if model else '') + word
    return s.strip(), color, brand, model


def qty(kd):
    return '一' + kd['mw']


DAY_H = (6, 21)


def daytime(m, lo=0, hi=MAXMIN):
    """Moves a find into waking hours (finds are handed in by day) keeping it within [lo, hi] minutes."""
    d = dt_of(m)
    if DAY_H[0] <= d.hour < DAY_H[1]:
        return m
    if d.hour >= DAY_H[1]:
        nxt = datetime.datetime(d.year, d.month, d.day, 7, 0) + datetime.timedelta(days=1)
    else:
        nxt = datetime.datetime(d.year, d.month, d.day, 7, 0)
    nxt += datetime.timedelta(minutes=R.randint(0, 150))
    m2 = minutes_of(nxt)
    if lo <= m2 <= hi:
        return m2
    prev = datetime.datetime(d.year, d.month, d.day, 20, R.randint(0, 50))
    if d.hour < DAY_H[0]:
        prev -= datetime.timedelta(days=1)
    m3 = minutes_of(prev)
    if lo <= m3 <= hi:
        return m3
    return max(lo, min(hi, m))


def finder_text(rec, must_slots=None, cat_override=None, fdt=None):
    """must_slots: visible slots that the finder's registration must show (the ones a nearby owner stated)."""
    pl = PLACES[rec['fplace']]
    kd = KIND_BY[rec['kind']]
    role = pick(FINDER_ROLE[pl['kind']])
    fperson = make_person(pick(['mid', 'old', 'migrant']))
    fname = fperson['name']
    where = pick(pl['f'])
    when = finder_when(rec['found_at'])
    item, color, brand, model = finder_item(rec, cat_override)
    must = [f for f in rec['vis'] if must_slots and f['slot'] in must_slots]
    rest = [f for f in rec['vis'] if f not in must]
    R.shuffle(rest)
    shown = must + rest[:R.randint(0 if must else 1, len(rest))]
    facts = [pick(f['f']) for f in shown]
    if rec['serial'] and rec['serial']['printed'] and chance(0.35 if rec['serial']['type'] != 'id' else 0.6):
        facts.append(pick(rec['serial']['f']))
        ser_shown = True
    else:
        ser_shown = False
    detail = '，'.join(facts)
    station = STATION[PLACES[rec['fplace']]['town']]
    town = PLACES[rec['fplace']]['town']
    style = R.randint(0, 5)
    if style <= 1:
        body = pick([
            when + '，' + role + fname + '在' + where + '拾得' + item + '一' + kd['mw'] + '，' + detail + '，送交' + station + '。',
            '拾得物品：' + item + '。特征：' + detail + '。拾得时间：' + when + '。拾得地点：' + where + '。送交人：' + role + fname + '。',
            '【拾遗登记】' + where + '，' + when + '，' + item + '，' + detail + '。已入库待领。',
        ])
    elif style == 2 and pl['kind'] in ('bus', 'busline', 'stop'):
        body = pick([
            when + '收车扫车时，在' + where + '捡到' + item + '，' + detail + '，交到站里了，失主可到客运站找' + role + '。',
            '我是' + role + '，' + where + '有乘客落下' + item + '一' + kd['mw'] + '，' + detail + '。' + when + '交派出所。',
        ])
    elif style == 2 and pl['kind'] == 'road':
        vil = pick(VILLAGE[town])
        body = pick([
            vil + '村委会送交：村民' + fname + '在' + where + '捡到' + item + '，' + detail + '。' + when + '由村' + pick(['主任', '会计', '支书']) + '送来。',
            when + '，' + vil + '村干部' + fname + '交来' + item + '一' + kd['mw'] + '，称在' + where + '拾得，' + detail + '。',
        ])
    elif style == 3:
        body = pick([
            '俺在' + where + pick({'market': ['卖白菜', '卖菜', '摆摊'], 'road': ['拾柴火', '遛弯', '骑车路过']}.get(pl['kind'], ['路过', '等人', '扫地'])) + '，瞅着地上有个' + item + '，' + detail + '，寻思丢的人得着急，给送来了。' + when,
            when + '在' + where + '捡着' + item + '，' + detail + '。' + pick(['等了半天没人回来找', '问了周边摊主都不知道是谁的', '就交派出所了']) + '。',
        ])
    elif style == 4 and pl['kind'] in ('school', 'supermarket', 'hospital', 'express', 'factory', 'clinic'):
        body = pick([
            where + '拾到' + item + '，' + detail + '。在服务台放了两天没人来取，' + when + '送派出所。',
            role + '巡查时在' + where + '发现' + item + '，' + detail + '。' + when + '。',
            when + '，' + where + '有人遗留' + item + '，' + detail + '，' + pick(['已在群里问过没人认', '广播找过失主', '监控看是个顾客落下的']) + '。',
        ])
    else:
        body = pick([
            when + '，' + where + '，拾得' + item + '一' + kd['mw'] + '（' + detail + '）。拾得人' + fname + '。',
            item + '，' + detail + '。' + when + '于' + where + '拾得，交' + station + '。',
        ])
    out = {'body': body.replace('，，', '，').replace('。。', '。')}
    desk = chance(0.55)
    if desk:
        if color and chance(0.85):
            out['color'] = color
        if brand and chance(0.85):
            out['brand'] = brand
        if model and chance(0.7):
            out['model'] = model
        if ser_shown and chance(0.7):
            out['serial'] = pick(rec['serial']['ff'])
        if chance(0.75):
            out['address'] = pick(pl['addr'])
        if chance(0.35):
            out['marks'] = '；'.join(facts)
        if chance(0.45):
            out['lat'], out['lon'] = latlon(rec['fplace'], 0.0012)
    return out


def near_place(pk):
    if chance(0.55):
        return pk
    return pick(PLACES[pk]['near'])


# ---------------------------------------------------------------- build
# slots whose values exclude one another (one phone has one lock-screen picture, one plate, one name, one amount):
# a twin contradicts its host's report on one of these, never merely on an accessory the host might also have
DIST = ['wall', 'screen', 'note', 'name', 'cover', 'ears', 'id', 'bank', 'cash', 'medical', 'photo', 'count', 'fob', 'card', 'plate',
        'handle', 'permit', 'book', 'mealcard', 'stuff', 'tie', 'amount', 'denom', 'style', 'engrave', 'hat', 'filmname', 'idcard',
        'it_medicine', 'it_ct']


def decoy_options(h):
    out = []
    for kd in KINDS:
        if kd['cat'] != h['cat'] or h['color'] not in kd['colors']:
            continue
        for b, models in kd['brands']:
            if kd['key'] != h['kind'] or (b is not None and h['brand'] is not None and b != h['brand']):
                out.append((kd['key'], b, models))
    return out


def pick_cat():
    tot = sum(CAT_WEIGHT[c] for c in CATS)
    x = R.uniform(0, tot)
    for c in CATS:
        x -= CAT_WEIGHT[c]
        if x <= 0:
            return c
    return CATS[-1]


def build():
    lost = []   # (rec, report dict, truth_rec or None)
    found = []  # (rec, found dict, label)
    N_TRUE, N_NEVER = 150, 60
    cross_left = 4
    recs = []
    for i in range(N_TRUE + N_NEVER):
        rec = make_record(cat=pick_cat())
        rec['true'] = i < N_TRUE
        rec['plain'] = (not rec['true']) and i >= N_TRUE + 46  # 14 rushed never-found reports
        rec['lf'], rec['lt'] = loss_window(rec['place'], rec['plain'])
        recs.append(rec)
    # hosts for twins and decoys
    never = [r for r in recs if not r['true']]
    never_full = [r for r in never if not r['plain']]
    trues = [r for r in recs if r['true']]
    dh_pool_n = [r for r in never if decoy_options(r)]
    dh_pool_t = [r for r in trues if decoy_options(r)]
    decoy_hosts = sample(dh_pool_n, 28) + sample(dh_pool_t, 17)
    must = {}
    twins = []
    twin_hosts = []
    for pool, want in ((never_full, 24), (trues, 14)):
        cands = pool[:]
        R.shuffle(cands)
        got = 0
        for h in cands:
            if got == want:
                break
            # the twin is drawn first; the host's owner then states a visible slot the twin contradicts
            hv = avoid_of(h)
            if not any(sl in DIST for sl in hv):
                continue
            diff = []
            for _ in range(40):
                t = make_record(kind=h['kind'], fixed={'brand': h['brand'], 'model': h['model'], 'color': h['color']},
                                place=h['place'], age=h['age'], avoid=hv)
                diff = [f['slot'] for f in t['vis'] if f['slot'] in hv and f['slot'] in DIST and f['val'] != hv[f['slot']]]
                if diff:
                    break
            if not diff:
                continue
            sl = pick(diff)
            must[id(h)] = [sl]
            twins.append((h, t, [sl]))
            twin_hosts.append(h)
            got += 1
        assert got == want, (want, got)
    # write the reports and the true finds
    for rec in recs:
        rep, stated = owner_text(rec, rec['plain'], must.get(id(rec)))
        rec['stated'] = stated
        rep['lost_from_min'] = rec['lf']
        rep['lost_to_min'] = rec['lt']
        if rec['true']:
            w = rec['lf'] - rec['lt']
            if chance(0.7):
                d = R.randint(5, w + 720)
            else:
                d = R.randint(w, w + 4320)
            rec['found_at'] = daytime(max(0, rec['lf'] - d), 0, rec['lf'])
            rec['fplace'] = near_place(rec['place'])
            co = None
            if cross_left and rec['kind'] in ('watch', 'oldphone', 'cardholder') and (rec['kind'] != 'cardholder' or any(f['slot'] == 'id' for f in rec['vis'])):
                co = {'watch': 'phone', 'oldphone': 'electronics', 'cardholder': 'id_doc'}[rec['kind']]
                cross_left -= 1
            # a true owner states at least one visible fact, and the finder's text shows one of them
            assert stated, rec['kind']
            shared = [pick(stated)]
            fd = finder_text(rec, shared, co)
            fd['category'] = co or rec['cat']
            fd['found_at_min'] = rec['found_at']
            rec['fd'] = fd
            found.append((rec, fd, None))
        lost.append((rec, rep))
    # twins: same kind, brand, model, colour; another object; near the host's place and time
    for h, t, hs in twins:
        t['fplace'] = near_place(h['place'])
        t['found_at'] = daytime(max(0, h['lf'] - R.randint(-240, (h['lf'] - h['lt']) + 1440)))
        fd = finder_text(t, hs)
        fd['category'] = t['cat']
        fd['found_at_min'] = t['found_at']
        found.append((t, fd, 'twin'))
    # decoys: same category and colour family, another brand or kind, near the host
    for h in decoy_hosts:
        kk, b, models = pick(decoy_options(h))
        fixed = {'color': h['color'], 'brand': b, 'model': pick(models) if models else None}
        t = make_record(kind=kk, fixed=fixed, place=h['place'], avoid=avoid_of(h))
        t['fplace'] = near_place(h['place'])
        t['found_at'] = daytime(max(0, h['lf'] - R.randint(-300, (h['lf'] - h['lt']) + 2880)))
        fd = finder_text(t)
        fd['category'] = t['cat']
        fd['found_at_min'] = t['found_at']
        found.append((t, fd, 'decoy'))
    # before_loss: the same kind found before the host's loss began
    bl_hosts = sample([r for r in recs if r['lf'] < MAXMIN - 30 * 1440], 22)
    for h in bl_hosts:
        t = make_record(kind=h['kind'], fixed={'color': h['color'], 'brand': h['brand'], 'model': h['model']} if chance(0.6) else None,
                        place=near_place(h['place']), avoid=avoid_of(h))
        t['fplace'] = t['place']
        t['found_at'] = daytime(h['lf'] + R.randint(600, 25 * 1440), h['lf'] + 60, MAXMIN)
        fd = finder_text(t)
        fd['category'] = t['cat']
        fd['found_at_min'] = t['found_at']
        found.append((t, fd, 'before_loss'))
    # brand_elsewhere: same category and brand, another town, another time
    branded = [r for r in recs if r['brand'] is not None]
    for h in sample(branded, 20):
        kinds = [kd['key'] for kd in KINDS if kd['cat'] == h['cat'] and any(b == h['brand'] for b, _ in kd['brands'])]
        kk = pick(kinds)
        models = [m for b, m in KIND_BY[kk]['brands'] if b == h['brand']][0]
        htown = town_of(h['place'])
        far = [pk for pk in PLACE_KEYS if town_of(pk) != htown and pk in PLACE_FIT.get(kk, PLACE_KEYS)] or \
              [pk for pk in PLACE_KEYS if town_of(pk) != htown]
        t = make_record(kind=kk, fixed={'brand': h['brand'], 'model': pick(models) if models else None,
                                        'color': pick(KIND_BY[kk]['colors'])}, place=pick(far), avoid=avoid_of(h))
        t['fplace'] = t['place']
        shift = R.randint(12, 40) * 1440
        fa = h['lf'] + shift if (h['lf'] + shift <= MAXMIN - 10 and chance(0.5)) else h['lf'] - shift
        if fa < 0:
            fa = h['lf'] + shift if h['lf'] + shift <= MAXMIN - 10 else R.randint(0, 1440)
        t['found_at'] = daytime(fa)
        fd = finder_text(t)
        fd['category'] = t['cat']
        fd['found_at_min'] = t['found_at']
        found.append((t, fd, 'brand_elsewhere'))
    # unclaimed: ordinary finds over the weeks
    for _ in range(25):
        t = make_record(cat=pick_cat())
        t['fplace'] = t['place']
        t['found_at'] = daytime(R.randint(60, 110 * 1440))
        fd = finder_text(t)
        fd['category'] = t['cat']
        fd['found_at_min'] = t['found_at']
        found.append((t, fd, 'unclaimed'))
    return lost, found


def main():
    lost, found = build()
    order_f = list(range(len(found)))
    R.shuffle(order_f)
    fkey = {}
    out_found = []
    for n, i in enumerate(order_f, 1):
        rec, fd, label = found[i]
        key = 'Q-F%04d' % n
        fkey[i] = key
        item = {'key': key, 'category': fd['category'], 'body': fd['body'], 'found_at_min': fd['found_at_min']}
        for f in ('color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon'):
            if f in fd:
                item[f] = fd[f]
        if label:
            item['negative'] = label
        else:
            rec['fkey'] = key
        out_found.append(item)
    order_l = list(range(len(lost)))
    R.shuffle(order_l)
    out_lost = []
    for n, i in enumerate(order_l, 1):
        rec, rep = lost[i]
        item = {'key': 'Q-L%04d' % n, 'category': rec['cat'], 'body': rep['body'],
                'lost_from_min': rep['lost_from_min'], 'lost_to_min': rep['lost_to_min']}
        for f in ('color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon'):
            if f in rep:
                item[f] = rep[f]
        item['truth'] = rec.get('fkey') if rec['true'] else None
        out_lost.append(item)
    doc = {'seed': SEED, 'made_by': 'tests/lostfound/make_set17.py', 'parts': {'set17': {'found': out_found, 'lost': out_lost}}}
    with open(os.path.join(HERE, 'set17.json'), 'w', encoding='utf-8') as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    print('set17: %d found, %d lost, %d with truth' % (len(out_found), len(out_lost), sum(1 for x in out_lost if x['truth'])))


if __name__ == '__main__':
    main()
