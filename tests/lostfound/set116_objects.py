"""set116 objects: the hidden truth record of each object, before anybody writes about it.

An object knows everything about itself.  The owner's and the finder's registrations are written
from it later (set116_write.py), each knowing only its own side.
"""
import set116_world as W


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def wpick(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


# --------------------------------------------------------------------------- people
def make_person(rng, kind=None):
    kind = kind or wpick(rng, [('local', 40), ('elder', 14), ('tourist', 24), ('russian', 12),
                               ('staff', 6)])
    female = rng.random() < 0.5
    p = dict(kind=kind, female=female)
    if kind == 'russian':
        first = pick(rng, sorted(W.RU_FEMALE) if female else
                     [n for n in W.RU_FIRST if n not in W.RU_FEMALE])
        last = pick(rng, W.RU_LAST_F if female else W.RU_LAST_M)
        p.update(name='%s %s' % (first, last), name_zh=W.RU_ZH[first],
                 passport='%02d %s' % (rng.randint(70, 76), W.digits(rng, 7)),
                 city=pick(rng, ['哈巴罗夫斯克', '比罗比詹', '符拉迪沃斯托克']))
        return p
    sur = pick(rng, W.SURNAMES)
    given = pick(rng, W.GIVEN) + (pick(rng, W.GIVEN) if rng.random() < 0.75 else '')
    p['name'] = sur + given
    if kind == 'tourist':
        city, region = pick(rng, W.SOUTH_CITIES)
        p['city'] = city
        year = rng.randint(1972, 2005)
    else:
        region = pick(rng, W.LOCAL_REGIONS)
        year = rng.randint(1938, 1958) if kind == 'elder' else rng.randint(1966, 2004)
    p['age'] = 2025 - year
    p['id'] = W.make_id(rng, region, year, female)
    return p


# --------------------------------------------------------------------------- catalogue
PHONE_MODELS = {
    'huawei': ['Mate 88', 'nova 19 SE', '畅享 90 Plus', 'Pura 88'],
    'apple': ['iPhone 19', 'iPhone 19 Pro', 'iPhone 18 Pro Max', 'iPhone 18e'],
    'xiaomi': ['小米 19', 'Redmi Note 18', 'Redmi K90'],
    'oppo': ['Reno 19', 'A98', 'Find X11'],
    'vivo': ['X 300', 'Y 98s', 'S 29'],
    'honor': ['Magic 9', 'X 80', '畅玩 70'],
    'samsung': ['Galaxy S 28', 'Galaxy A 76'],
}
PHONE_BRANDS = [('huawei', 30), ('apple', 26), ('xiaomi', 12), ('oppo', 10), ('vivo', 10),
                ('honor', 9), ('samsung', 3)]
PHONE_CASES = ['透明软壳', '黑色硅胶壳', '带熊猫图案的卡通壳', '加厚的防摔壳', '棕色翻盖皮套',
               '毛绒绒的兔耳朵壳', '带指环支架的壳', '红色硅胶壳', '印着“平安喜乐”的壳', '磨砂蓝色的壳',
               '绿色恐龙图案的壳', '带挂绳的斜挎手机壳']
PHONE_EXTRA = ['屏幕右上角裂了一道', '背面贴着一张小猪佩奇贴纸', '挂着一根红绳挂件', '壳里夹着一张公交卡',
               '壳里夹着一张五十块钱', '贴了防窥膜', '摄像头边上磕掉点漆', '挂着一个小熊挂绳']
PHONE_LOCK = ['锁屏是我闺女照片', '屏保是雪乡的夜景', '锁屏是一只橘猫', '锁屏是全家福',
              '屏保是冰灯公园门口拍的合影', '锁屏是默认的蓝色壁纸', '屏保是我家狗子', '锁屏是海边照片']
LOCK_FINDER = {'锁屏是我闺女照片': '锁屏是一个小女孩的照片', '屏保是雪乡的夜景': '锁屏是雪景夜景图',
               '锁屏是一只橘猫': '锁屏是一只橘色的猫', '锁屏是全家福': '锁屏是一家人的合影',
               '屏保是冰灯公园门口拍的合影': '锁屏是两个人在冰灯前的合影',
               '锁屏是默认的蓝色壁纸': '锁屏是蓝色壁纸', '屏保是我家狗子': '锁屏是一条狗的照片',
               '锁屏是海边照片': '锁屏是海边风景'}


def obj_phone(rng, o):
    o['brand'] = wpick(rng, PHONE_BRANDS)
    o['model'] = pick(rng, PHONE_MODELS[o['brand']])
    o['color'] = pick(rng, ['black', 'black', 'black', 'white', 'silver', 'blue', 'purple',
                            'green', 'gold', 'pink', 'grey'])
    o.update(noun='手机', nouns_o=['手机', '手机', '电话', '手机一部'], nouns_f=['手机', '手机一部'],
             en='phone')
    o['slots'] = {'case': pick(rng, PHONE_CASES)}
    if rng.random() < 0.55:
        o['slots']['extra'] = pick(rng, PHONE_EXTRA)
    o['primary'] = 'case'
    o['lock'] = pick(rng, PHONE_LOCK)
    o['lock_f'] = LOCK_FINDER[o['lock']]
    o['dead'] = rng.random() < 0.4           # power died in the cold: the finder sees no lock screen
    o['serial'] = dict(kind='imei', value=W.make_imei(rng), finder=rng.random() < 0.08)
    o['hidden'] = [pick(rng, ['微信里有我的收款码', '里面有我孩子的照片，特别重要', '手机号是我用了十几年的',
                              '相册里全是这几天拍的冰灯', '开机密码是六位数', '里面有滑雪场的电子票'])]


ID_SLEEVES = ['装在透明卡套里', '套着一个蓝色卡套', '卡套上挂着红色挂绳', '跟一张公交卡用皮筋捆在一起',
              '装在一个小的棕色皮证件夹里', '背面贴着一张写了电话的便签']


def obj_id(rng, o):
    p = o['owner']
    if p['kind'] == 'russian':
        doc = 'passport'
    elif p['kind'] == 'elder':
        doc = wpick(rng, [('idcard', 5), ('elder', 4), ('social', 3)])
    elif p['kind'] == 'tourist':
        doc = wpick(rng, [('idcard', 8), ('student', 3), ('driver', 2)])
    else:
        doc = wpick(rng, [('idcard', 8), ('driver', 4), ('social', 2), ('student', 2)])
    o['doc'] = doc
    o['holder'] = p['name']
    if doc == 'passport':
        o.update(noun='护照', nouns_o=['护照', '俄罗斯护照', 'passport'], nouns_f=['俄罗斯护照', '外国护照', '护照'],
                 en='passport', serial=dict(kind='passport', value=p['passport'], finder=True))
        o['color'] = 'red'
    else:
        names = {'idcard': ('身份证', ['身份证', '身份证', '二代身份证', '身份证件'], ['身份证', '居民身份证'], 'ID card'),
                 'driver': ('驾驶证', ['驾驶证', '驾照', '驾驶本'], ['驾驶证', '机动车驾驶证'], 'driving licence'),
                 'social': ('社保卡', ['社保卡', '医保卡', '社会保障卡'], ['社会保障卡', '社保卡'], 'social security card'),
                 'elder': ('老年优待证', ['老年证', '老年卡', '老年优待证'], ['老年优待证', '老年人乘车卡'], 'senior card'),
                 'student': ('学生证', ['学生证', '学生卡'], ['学生证', '学生卡'], 'student card')}[doc]
        o.update(noun=names[0], nouns_o=names[1], nouns_f=names[2], en=names[3])
        if doc == 'student':
            school = pick(rng, ['霜河县第一中学', '霜河县职业高中']) if p['kind'] != 'tourist' else \
                pick(rng, ['南方理工学院', '海滨师范学院', '岭南职业技术学院'])
            o['school'] = school
            o['serial'] = dict(kind='student', value='20%02d%s' % (rng.randint(21, 24), W.digits(rng, 6)),
                               finder=True)
        else:
            o['serial'] = dict(kind='idno', value=p['id'], finder=True)
        o['color'] = None
    o['slots'] = {'sleeve': pick(rng, ID_SLEEVES)}
    o['primary'] = 'sleeve'
    if rng.random() < 0.3 and doc != 'passport':
        o['slots']['with'] = pick(rng, ['还有一张银行卡', '还有一张火车票', '还有一张冰灯公园门票', '还有两张一百的'])
    o['hidden'] = []


WALLET_KIND = [('折叠短款钱包', ['钱包', '钱夹', '短钱包'], ['钱包', '折叠钱包'], 'wallet'),
               ('长款钱包', ['钱包', '长钱包', '长款钱包'], ['长款钱包', '钱包'], 'long wallet'),
               ('卡包', ['卡包', '卡包', '小卡包'], ['卡包', '小卡包'], 'card holder'),
               ('零钱包', ['零钱包', '小钱包'], ['零钱包', '小钱包'], 'coin purse')]
WALLET_MARKS = ['边角磨白了', '拉链头坏了用曲别针代替', '挂着一个小铃铛', '上面印着一只狐狸', '有一道划痕',
                '带一个按扣', '是鳄鱼纹的皮', '里面夹层破了个口']


def bank_card(rng):
    short, full, prefix = pick(rng, W.BANKS)
    return dict(bank=short, bankfull=full, prefix=prefix, tail=W.digits(rng, 4))


def obj_wallet(rng, o):
    k = pick(rng, WALLET_KIND)
    o.update(noun=k[0], nouns_o=k[1], nouns_f=k[2], en=k[3])
    o['color'] = pick(rng, ['black', 'black', 'brown', 'brown', 'red', 'pink', 'navy', 'beige', 'grey'])
    o['brand'] = wpick(rng, [(None, 8), ('septwolves', 3), ('coach', 2), ('goldlion', 2)])
    o['slots'] = {'mark': pick(rng, WALLET_MARKS)}
    o['primary'] = 'mark'
    p = o['owner']
    cny = rng.choice([0, 50, 120, 200, 260, 300, 350, 480, 500, 620, 800, 1000, 1300])
    rub = 0
    if p['kind'] == 'russian' or rng.random() < 0.12:
        rub = rng.choice([1500, 3000, 5000, 7500, 12000, 20000])
    o['cash'] = dict(cny=cny, rub=rub)
    contents = []
    if p['kind'] == 'russian':
        contents.append(('护照复印件', 'a copy of my passport'))
        o['serial'] = None
        o['holder'] = p['name']
    else:
        if rng.random() < 0.6:
            contents.append(('身份证', 'ID card'))
            o['holder'] = p['name']
            o['idno'] = p['id']
    if rng.random() < 0.7 and p['kind'] != 'russian':
        c = bank_card(rng)
        o['card'] = c
        contents.append(('%s银行卡' % c['bank'], 'bank card'))
        o['serial'] = dict(kind='card', value=c['prefix'] + '********' + c['tail'], finder=True)
    elif o.get('idno'):
        o['serial'] = dict(kind='idno', value=o['idno'], finder=True)
    else:
        o['serial'] = None
    extras = ['孩子的一寸照片', '几张超市小票', '一张冰灯公园门票', '一把小钥匙', '一张公交卡', '医保卡',
              '一张滑雪场押金单', '老伴的照片']
    for e in sorted(rng.sample(range(len(extras)), rng.randint(0, 2))):
        contents.append((extras[e], None))
    o['contents'] = contents
    o['hidden'] = []


KEY_RINGS = ['挂在一个橙色登山扣上', '挂在一个黑色登山扣上', '用一个蓝色登山扣串着', '串在一个铁圈上',
             '挂在一个红色登山扣上', '拴着一根绿色的短绳']
KEY_PENDANTS = ['挂着一个小老虎挂件', '挂着一个平安结', '挂着一个毛绒小熊', '挂着一个小铜葫芦',
                '挂着一个开瓶器', '挂着一个指甲刀', '挂着一个俄罗斯套娃小挂件']


def obj_keys(rng, o):
    o.update(noun='钥匙', nouns_o=['钥匙', '一串钥匙', '钥匙串', '家门钥匙'], nouns_f=['钥匙', '钥匙一串', '一串钥匙'],
             en='keys')
    o['slots'] = {'ring': pick(rng, KEY_RINGS)}
    o['primary'] = 'count'
    if rng.random() < 0.6:
        o['slots']['pendant'] = pick(rng, KEY_PENDANTS)
        o['primary'] = 'pendant'
    n = rng.randint(2, 6)
    o['slots']['count'] = '一共%d把' % n
    o['color'] = {'橙': 'orange', '黑': 'black', '蓝': 'blue', '红': 'red', '铁': 'silver', '绿': 'green'}[
        [c for c in '橙黑蓝红铁绿' if c in o['slots']['ring']][0]]
    if rng.random() < 0.35:
        o['brand'] = pick(rng, ['vw', 'toyota', 'byd'])
        o['slots']['fob'] = '有一把%s车钥匙' % W.BRANDS[o['brand']][0]
    if rng.random() < 0.4:
        o['slots']['card'] = pick(rng, ['带一个蓝色门禁卡', '带一个黄色门禁扣', '带一个小区门禁卡'])
    o['hidden'] = [pick(rng, ['是我家%d单元的门钥匙' % rng.randint(1, 6), '有单位抽屉钥匙',
                              '还有我妈家的钥匙', '里面有一把电动车钥匙'])]
    o['serial'] = None


EBIKE_MODELS = {'yadea': ['冠能 E8', 'DE9'], 'aima': ['A700', '小金豆'], 'tailg': ['战速 T9', 'N8']}
EBIKE_MARKS = ['车把上装了棉挡风被', '后座装了儿童座椅', '车筐里有一副旧手套', '脚踏板上铺了块红地毯',
               '车身侧面有刮痕', '后面绑着个保温箱']


def obj_ebike(rng, o):
    o['brand'] = pick(rng, ['yadea', 'aima', 'tailg'])
    o['model'] = pick(rng, EBIKE_MODELS[o['brand']])
    o['color'] = pick(rng, ['white', 'black', 'red', 'blue', 'grey', 'green'])
    o.update(noun='电动车', nouns_o=['电动车', '电瓶车', '电驴子', '电动自行车'], nouns_f=['电动车', '电动自行车'],
             en='e-bike')
    o['slots'] = {'mark': pick(rng, EBIKE_MARKS)}
    o['primary'] = 'mark'
    if rng.random() < 0.6:
        o['serial'] = dict(kind='plate', value='霜河A%s' % W.digits(rng, 5), finder=True)
    else:
        o['serial'] = dict(kind='frame', value='%s%s' % (pick(rng, ['YD', 'AM', 'TL']), W.digits(rng, 12)),
                           finder=rng.random() < 0.5)
    o['hidden'] = [pick(rng, ['电瓶是去年新换的', '车钥匙我这有两把', '座桶里有件雨衣'])]


BIKE_MODELS = {'giant': ['ATX 880', 'Escape 9'], 'merida': ['勇士 790', '公爵 600'], 'phoenix': ['雪地胖胎 26寸', '老式二八']}
BIKE_MARKS = ['车把缠着黑胶布', '车座套着一个毛绒座套', '前面装了个车筐', '后轮挡泥板掉了一块',
              '轮胎是加宽的雪地胎', '车架上贴着一张共青团贴纸']


def obj_bicycle(rng, o):
    o['brand'] = wpick(rng, [('giant', 3), ('merida', 2), ('phoenix', 3), (None, 2)])
    o['model'] = pick(rng, BIKE_MODELS[o['brand']]) if o['brand'] else None
    o['color'] = pick(rng, ['black', 'white', 'red', 'blue', 'grey', 'yellow', 'green'])
    o.update(noun='自行车', nouns_o=['自行车', '单车', '车子', '自行车一辆'], nouns_f=['自行车', '自行车一辆'],
             en='bicycle')
    o['slots'] = {'mark': pick(rng, BIKE_MARKS)}
    o['primary'] = 'mark'
    o['serial'] = dict(kind='frame', value='%s%s' % (pick(rng, ['GT', 'MD', 'FH', 'SH']), W.digits(rng, 9)),
                       finder=rng.random() < 0.45) if rng.random() < 0.6 else None
    o['hidden'] = [pick(rng, ['锁是密码锁，密码我知道', '是我儿子上学骑的', '车座底下藏着备用钥匙'])]


BAG_KIND = [('双肩包', ['双肩包', '书包', '背包'], ['双肩背包', '双肩包'], 'backpack', ['tnf', 'anta', 'decathlon', None]),
            ('斜挎包', ['斜挎包', '挎包', '小挎包'], ['斜挎包', '挎包'], 'shoulder bag', ['coach', 'septwolves', None]),
            ('腰包', ['腰包', '胸包', '小腰包'], ['腰包', '腰包一个'], 'waist bag', ['decathlon', 'anta', None]),
            ('滑雪包', ['滑雪包', '雪板包', '装雪具的包'], ['滑雪板包', '滑雪包'], 'ski bag', ['decathlon', 'tnf', None]),
            ('编织袋', ['编织袋', '蛇皮袋', '大编织袋子'], ['编织袋', '编织袋一个'], 'woven sack', [None]),
            ('行李箱', ['行李箱', '拉杆箱', '箱子'], ['拉杆箱', '行李箱'], 'suitcase', ['samsonite', None]),
            ('手提包', ['手提包', '包', '女士包'], ['女士手提包', '手提包'], 'handbag', ['coach', None]),
            ('购物袋', ['购物袋', '布袋子', '环保袋'], ['布购物袋', '购物袋'], 'shopping bag', [None])]
BAG_CONTENTS = [('一个保温杯', 'a thermos'), ('充电宝', 'a power bank'), ('两斤冻梨', 'frozen pears'),
                ('一条冻鲤鱼', 'a frozen carp'), ('一件羽绒马甲', 'a down vest'), ('滑雪手套', 'ski gloves'),
                ('两个大列巴', 'two big Russian breads'), ('一盒俄罗斯巧克力', 'Russian chocolates'),
                ('孩子的作业本', "kid's homework"), ('药盒', 'a box of pills'), ('身份证', 'ID card'),
                ('一包暖宝宝', 'hand warmer pads'), ('毛线帽', 'a wool hat'), ('笔记本电脑', 'a laptop'),
                ('几件换洗衣服', 'some clothes'), ('一瓶伏特加', 'a bottle of vodka'), ('冻柿子', 'frozen persimmons')]
BAG_MARKS = ['拉链上挂着一个小熊挂件', '侧兜破了个洞', '上面别着好几个徽章', '背带上系着一条红丝巾',
             '把手缠着透明胶带', '正面有一块油渍', '拴着一个写了名字的行李牌']


def obj_bag(rng, o):
    k = pick(rng, BAG_KIND)
    o.update(noun=k[0], nouns_o=k[1], nouns_f=k[2], en=k[3])
    o['brand'] = pick(rng, k[4])
    o['color'] = pick(rng, ['black', 'black', 'navy', 'red', 'grey', 'green', 'pink', 'brown', 'white', 'camo'])
    if k[0] == '编织袋':
        o['color'] = pick(rng, ['white', 'blue', 'red'])
    o['slots'] = {'mark': pick(rng, BAG_MARKS)}
    o['primary'] = 'mark'
    idx = sorted(rng.sample(range(len(BAG_CONTENTS)), rng.randint(1, 3)))
    if k[0] == '编织袋':
        idx = sorted(set([rng.choice([2, 3, 16])] + idx[:1]))
    o['contents'] = [BAG_CONTENTS[i] for i in idx]
    if any(c[0] == '身份证' for c in o['contents']) and o['owner']['kind'] != 'russian':
        o['holder'] = o['owner']['name']
        o['idno'] = o['owner']['id']
        o['serial'] = dict(kind='idno', value=o['idno'], finder=True)
    else:
        o['serial'] = None
        o['contents'] = [c for c in o['contents'] if c[0] != '身份证'] or [BAG_CONTENTS[0]]
    o['cash'] = dict(cny=rng.choice([0, 0, 100, 300, 500]), rub=0)
    o['hidden'] = []


def obj_cash(rng, o):
    p = o['owner']
    o.update(noun='现金', nouns_o=['钱', '现金', '一沓钱', '现钱'], nouns_f=['现金', '人民币现金'], en='cash')
    cny, rub = 0, 0
    if p['kind'] == 'russian' or rng.random() < 0.3:
        rub = rng.choice([5000, 8000, 10000, 15000, 25000, 40000])
    if p['kind'] != 'russian' or rng.random() < 0.4:
        cny = rng.choice([300, 500, 800, 1200, 1500, 2000, 2600, 3000, 5000])
    if cny == 0 and rub == 0:
        cny = 600
    o['cash'] = dict(cny=cny, rub=rub)
    holder = pick(rng, [('装在一个红色信封里', 'red'), ('装在白信封里', 'white'), ('用皮筋捆着', None),
                        ('卷成一卷塞在手套里', None), ('装在一个黑色塑料袋里', 'black'),
                        ('夹在一个牛皮纸信封里', 'brown')])
    o['slots'] = {'holder': holder[0],
                  'bills': pick(rng, ['都是一百的', '五十一百的都有', '有几张是连号的新票', '最外面一张一百的缺了个角',
                                      '票子有点潮', '中间夹着一张小纸条'])}
    o['color'] = holder[1]
    o['primary'] = 'bills'
    o['nouns_f'] = ['现金', '人民币现金'] if cny else ['卢布现金', '外币（卢布）']
    o['serial'] = None
    o['hidden'] = [pick(rng, ['是给我妈看病的钱', '是卖冻鱼的货款', '是这趟来进货的钱', '是孩子的学费'])]


JEWELRY = [('金手镯', ['金手镯', '金镯子', '镯子'], ['金色手镯', '黄金手镯'], 'gold bangle', 'gold', ['ctf', 'lfx', None]),
           ('金项链', ['金项链', '金链子', '项链'], ['金色项链', '黄金项链'], 'gold necklace', 'gold', ['ctf', 'lfx', None]),
           ('银手链', ['银手链', '手链', '银链子'], ['银色手链', '手链'], 'silver bracelet', 'silver', [None, 'lfx']),
           ('琥珀吊坠', ['琥珀吊坠', '蜜蜡坠子', '琥珀项链'], ['黄色石头吊坠', '琥珀吊坠'], 'amber pendant', 'amber', [None]),
           ('婚戒', ['结婚戒指', '戒指', '婚戒'], ['戒指', '金属戒指'], 'wedding ring', 'silver', ['ctf', None]),
           ('玉镯', ['玉镯子', '玉镯', '手镯'], ['绿色玉镯', '玉石手镯'], 'jade bangle', 'green', [None]),
           ('珍珠耳环', ['珍珠耳环', '耳环', '耳坠'], ['珍珠耳钉', '耳环'], 'pearl earring', 'white', [None])]


def obj_jewelry(rng, o):
    k = pick(rng, JEWELRY)
    o.update(noun=k[0], nouns_o=k[1], nouns_f=k[2], en=k[3], color=k[4], brand=pick(rng, k[5]))
    o['slots'] = {'look': pick(rng, {'金手镯': ['光面的', '雕着龙凤', '带一圈花纹'],
                                     '金项链': ['挂着一个小金猪', '挂着一个平安扣', '是粗的麻花链'],
                                     '银手链': ['串着三个小铃铛', '刻着回纹', '有一颗红珠子'],
                                     '琥珀吊坠': ['里面有一只小虫子', '是水滴形的', '用黑绳穿着'],
                                     '婚戒': ['镶着一颗小钻', '光面没镶东西', '是铂金的'],
                                     '玉镯': ['有一道白絮', '颜色是一半深一半浅', '内圈磕了一个小口'],
                                     '珍珠耳环': ['是单只', '带个银钩', '珠子有点发黄']}[k[0]])}
    o['primary'] = 'look'
    if k[0] in ('婚戒', '金手镯', '银手链'):
        a, b = pick(rng, 'LWZCHYXJ'), pick(rng, 'QMSTDGFN')
        o['engrave'] = '%s&%s %d' % (a, b, rng.randint(1996, 2022))
    o['weight'] = rng.choice([None, 8, 12, 20, 30, 45]) if k[4] == 'gold' else None
    o['serial'] = None
    o['hidden'] = [pick(rng, ['是我妈留给我的', '结婚时候买的', '在边贸市场刚买的', '是我老伴送的'])]


ELEC = [('充电宝', ['充电宝', '移动电源', '冲电宝'], ['充电宝', '移动电源'], 'power bank',
         ['romoss', 'anker', 'xiaomi', 'xuehu'], ['white', 'black', 'pink', 'blue']),
        ('蓝牙耳机', ['耳机', '蓝牙耳机', '无线耳机'], ['蓝牙耳机（带充电盒）', '无线耳机'], 'earbuds',
         ['apple', 'huawei', 'xiaomi'], ['white', 'black']),
        ('运动相机', ['运动相机', '相机', '小相机'], ['运动相机', '小型摄像机'], 'action camera', ['dji'], ['black', 'grey']),
        ('相机', ['相机', '单反', '照相机'], ['相机', '数码相机'], 'camera', ['canon', 'sony'], ['black', 'silver']),
        ('平板电脑', ['平板', 'iPad', '平板电脑'], ['平板电脑', '平板'], 'tablet', ['huawei', 'apple'], ['grey', 'silver']),
        ('无人机', ['无人机', '航拍飞机'], ['无人机', '航拍器'], 'drone', ['dji'], ['grey', 'white']),
        ('电话手表', ['电话手表', '儿童手表', '手表'], ['儿童电话手表', '手表'], 'kids smartwatch', ['imoo', 'huawei'], ['blue', 'pink', 'purple'])]
ELEC_MODELS = {('充电宝', 'romoss'): ['PHP20 极寒版', 'Sense 8'], ('充电宝', 'anker'): ['PowerCore 26K', 'Nano 10K'],
               ('充电宝', 'xiaomi'): ['口袋版 3', '20000 快充版'], ('充电宝', 'xuehu'): ['暖手两用 X2'],
               ('蓝牙耳机', 'apple'): ['AirPods 5', 'AirPods Pro 4'], ('蓝牙耳机', 'huawei'): ['FreeBuds 8'],
               ('蓝牙耳机', 'xiaomi'): ['Buds 7'], ('运动相机', 'dji'): ['Osmo Action 9', 'Osmo Pocket 5'],
               ('相机', 'canon'): ['EOS R90', 'PowerShot G9 X'], ('相机', 'sony'): ['A7 M6', 'ZV-E30'],
               ('平板电脑', 'huawei'): ['MatePad 13', 'MatePad SE 12'], ('平板电脑', 'apple'): ['iPad Air 8', 'iPad mini 9'],
               ('无人机', 'dji'): ['Mini 7', 'Air 5'], ('电话手表', 'imoo'): ['Z12', 'Q5'], ('电话手表', 'huawei'): ['儿童手表 7X']}
ELEC_MARKS = ['贴着一张写名字的标签', '外壳有一道划痕', '套着一个硅胶套', '冻得充不进电了', '挂着一根短挂绳',
              '背面贴着滑雪场的贴纸', '有一个角磕瘪了', '套着一个毛线织的小套']


def obj_electronics(rng, o):
    k = pick(rng, ELEC)
    o.update(noun=k[0], nouns_o=k[1], nouns_f=k[2], en=k[3])
    o['brand'] = pick(rng, k[4])
    o['model'] = pick(rng, ELEC_MODELS[(k[0], o['brand'])])
    o['color'] = pick(rng, k[5])
    o['slots'] = {'mark': pick(rng, ELEC_MARKS)}
    o['primary'] = 'mark'
    o['serial'] = dict(kind='sn', value='%s%s' % (W.alnum(rng, 2, 'ABCDEFGHKLMNPRSTXY'), W.alnum(rng, 10, '')),
                       finder=rng.random() < 0.5) if rng.random() < 0.55 else None
    o['hidden'] = [pick(rng, ['里面有我拍的冰灯视频', '密码是孩子生日', '是单位配的', '刚买了没几天',
                              '充电线还在我这儿'])]


OTHER = [('手套', ['手套', '一副手套', '手闷子'], ['手套', '手套一副'], 'gloves', [None, 'tnf', 'decathlon', 'beiji'],
          ['black', 'black', 'red', 'navy', 'grey', 'pink', 'brown'],
          ['是皮的，里面有绒', '是滑雪手套，手背有反光条', '是毛线织的，手腕有一圈白道', '是连指的手闷子',
           '只有左手一只', '手背上绣着一朵雪花']),
         ('帽子', ['帽子', '毛线帽', '棉帽子'], ['帽子', '棉帽'], 'hat', [None, None, 'beiji', 'columbia'],
          ['black', 'grey', 'brown', 'red', 'white', 'navy'],
          ['是貂皮的', '是狗皮帽子，带护耳', '是毛线帽，顶上有个大球', '是雷锋帽，里面是兔毛', '是针织的，带一个小标牌']),
         ('保温杯', ['保温杯', '水杯', '杯子', '暖壶'], ['保温杯', '不锈钢保温杯'], 'thermos', ['thermos', 'zojirushi', None],
          ['black', 'silver', 'pink', 'blue', 'green', 'white'],
          ['杯盖上有个凹坑', '贴着一个奥特曼贴纸', '套着一个布套', '里面还有半杯红糖水', '杯底刻着名字拼音']),
         ('滑雪镜', ['滑雪镜', '雪镜', '护目镜'], ['滑雪镜', '护目镜'], 'ski goggles', ['hanma', 'decathlon', 'xuehu'],
          ['black', 'white', 'orange', 'purple'],
          ['镜片是镀膜的彩虹色', '镜片是茶色的', '绑带上印着品牌字母', '镜片左边有道划痕']),
         ('滑雪头盔', ['头盔', '滑雪头盔'], ['滑雪头盔', '头盔'], 'ski helmet', ['hanma', 'decathlon'],
          ['white', 'black', 'red', 'blue'],
          ['侧面贴着一个熊猫贴纸', '后面有个卡槽挂着护目镜扣', '顶上有一块擦痕']),
         ('滑雪板', ['滑雪板', '雪板', '单板'], ['单板滑雪板', '滑雪板'], 'snowboard', ['hanma', None],
          ['black', 'white', 'blue', 'green'],
          ['是租的，板头贴着租赁编号', '固定器是红色的', '板面画着一只狼']),
         ('围巾', ['围巾', '围脖'], ['围巾'], 'scarf', [None],
          ['red', 'grey', 'beige', 'navy', 'brown'],
          ['是格子的', '是羊绒的，有流苏', '是手织的，有点起球']),
         ('羽绒服', ['羽绒服', '棉袄', '外套'], ['羽绒服', '羽绒外套'], 'down jacket', ['tnf', 'columbia', 'anta'],
          ['black', 'navy', 'red', 'white', 'green'],
          ['兜里有一把车钥匙', '帽子上有毛领', '袖口磨破了', '是长款过膝的']),
         ('冰钓竿', ['冰钓竿', '鱼竿', '冰钓杆子'], ['冰钓竿', '短鱼竿'], 'ice fishing rod', [None, 'hanma'],
          ['black', 'red', 'yellow'],
          ['绕着荧光线', '手柄缠着白胶布', '连着一个小铁线轮']),
         ('俄罗斯套娃', ['套娃', '俄罗斯套娃'], ['俄罗斯套娃', '木头娃娃'], 'matryoshka doll', [None],
          ['red', 'blue', 'yellow'],
          ['一套七个', '画着红头巾姑娘', '最外面一个裂了缝']),
         ('拐棍', ['拐棍', '拐杖'], ['拐杖', '手杖'], 'walking stick', [None],
          ['brown', 'black', 'silver'],
          ['底下装了防滑冰爪', '把手缠着红布', '是能折叠的']),
         ('眼镜', ['眼镜', '近视镜', '老花镜'], ['眼镜', '眼镜一副'], 'glasses', [None],
          ['black', 'gold', 'brown'],
          ['装在一个蓝色眼镜盒里', '一条腿用胶布缠着', '镜片有点花'])]


def obj_other(rng, o):
    k = pick(rng, OTHER)
    o.update(noun=k[0], nouns_o=k[1], nouns_f=k[2], en=k[3])
    o['brand'] = pick(rng, k[4])
    o['color'] = pick(rng, k[5])
    o['slots'] = {'look': pick(rng, k[6])}
    o['primary'] = 'look'
    o['serial'] = None
    if k[0] in ('滑雪板', '滑雪头盔') and rng.random() < 0.6:
        o['serial'] = dict(kind='rental', value='南山雪具 R-%04d' % rng.randint(1, 999), finder=True)
    o['hidden'] = [pick(rng, ['是我闺女给我买的', '刚在步行街买的', '用了好几年了'] +
                        (['是租的，押金还压着'] if k[0] in ('滑雪板', '滑雪头盔', '滑雪镜') else []))]


MAKERS = {'phone': obj_phone, 'id_doc': obj_id, 'wallet': obj_wallet, 'keys': obj_keys, 'ebike': obj_ebike,
          'bicycle': obj_bicycle, 'bag': obj_bag, 'cash': obj_cash, 'jewelry': obj_jewelry,
          'electronics': obj_electronics, 'other': obj_other}

PLACE_BY_CAT = {   # a few objects only get lost in certain places
    'ebike': ['market_e', 'market_w', 'bus_old', 'super', 'hospital', 'street', 'park_s', 'park_n', 'bath', 'border'],
    'bicycle': ['market_e', 'market_w', 'bus_old', 'super', 'hospital', 'street', 'park_s', 'park_n', 'train', 'border'],
}


def loss_place(rng, o):
    if o['cat'] in PLACE_BY_CAT:
        return pick(rng, PLACE_BY_CAT[o['cat']])
    pairs = list(W.LOSS_PLACES)
    if o.get('sub_en') in ('snowboard', 'ski helmet', 'ski goggles', 'ski bag'):
        pairs = [('ski_hall', 5), ('ski_low', 5), ('ski_up', 5), ('bus118', 2), ('taxi', 1)]
    if o['owner']['kind'] == 'russian':
        pairs = [(k, w * (4 if k in ('border', 'street', 'hotel', 'bus_old', 'bus_new') else 1)) for k, w in pairs]
    if o['owner']['kind'] == 'elder':
        pairs = [(k, w * (4 if k in ('market_e', 'market_w', 'hospital', 'bus_old', 'bath', 'super') else 1))
                 for k, w in pairs]
    return wpick(rng, pairs)


def make_object(rng, cat, owner=None, same_sub_as=None):
    """A fresh object of a category.  same_sub_as: redraw until the noun matches (for look-alikes)."""
    for _ in range(200):
        o = dict(cat=cat, owner=owner or make_person(rng), brand=None, model=None, color=None,
                 serial=None, cash=None, contents=[], hidden=[])
        MAKERS[cat](rng, o)
        o['sub_en'] = o['en']
        if same_sub_as is None or o['noun'] == same_sub_as['noun']:
            return o
    raise RuntimeError('no %s like %s' % (cat, same_sub_as['noun']))


RING_FOR = {'orange': '挂在一个橙色登山扣上', 'black': '挂在一个黑色登山扣上', 'blue': '用一个蓝色登山扣串着',
            'red': '挂在一个红色登山扣上', 'silver': '串在一个铁圈上', 'green': '拴着一根绿色的短绳'}
CASH_FOR = {'red': '装在一个红色信封里', 'white': '装在白信封里', 'black': '装在一个黑色塑料袋里',
            'brown': '夹在一个牛皮纸信封里', None: '用皮筋捆着'}


def fix_consistency(o):
    """after a look-alike copied a colour, keep the visible description saying the same colour"""
    if o['cat'] == 'keys' and o.get('color') in RING_FOR and o['slots'].get('ring') != RING_FOR[o['color']]:
        o['slots']['ring'] = RING_FOR[o['color']]
    if o['cat'] == 'cash' and not o.get('special'):
        want = CASH_FOR.get(o.get('color'))
        cur = o['slots'].get('holder')
        okmap = {'装在一个红色信封里': 'red', '装在白信封里': 'white', '装在一个黑色塑料袋里': 'black',
                 '夹在一个牛皮纸信封里': 'brown'}
        if okmap.get(cur) != o.get('color') and want:
            o['slots']['holder'] = want
