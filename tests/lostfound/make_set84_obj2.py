"""Hidden truth records for set84, part 2: ebike, bicycle, bag, jewelry, electronics, other.

Part of the generator; imported by make_set84.py.
"""
from make_set84_world import digits, alnum, pick, imei
from make_set84_obj1 import FG, KINDS, fg, F, add, new_truth, ser, CN, CF

# ================================================================ ebike

KINDS['ebike'] = {
    'delivery': {'o': ['电动车', '电瓶车', '电车', '小电驴'], 'f': ['电动自行车', '电动车'], 'mw': '辆',
                 'distinct': False, 'roles': ['rider'], 'colours': ['black', 'white', 'grey', 'blue'],
                 'brands': ['yadea', 'aima', 'tailg', 'suchi'], 'p_model': 0.5},
    'family': {'o': ['电动车', '电瓶车', '电动自行车'], 'f': ['电动自行车', '电动车'], 'mw': '辆',
               'distinct': False, 'roles': ['parent', 'elder', 'worker', 'shop'],
               'colours': ['white', 'red', 'pink', 'green', 'blue', 'yellow'],
               'brands': ['yadea', 'aima', 'tailg', 'suchi', None], 'p_model': 0.4},
}


@fg('ebike', 'box')
def _(rng, T):
    c = pick(rng, ['yellow', 'blue', 'black'])
    x = pick(rng, ['', '，箱子上贴着反光条', '，箱盖有裂'])
    return F('box', '后面绑着%s外卖箱%s' % (CN(c), x), '后座有%s外卖箱%s' % (CF(c), x))


@fg('ebike', 'quilt')
def _(rng, T):
    o, f = pick(rng, [('迷彩的挡风被', '迷彩挡风被'), ('黑色挡风被带反光条', '黑色挡风被（带反光条）'),
                      ('红格子挡风被', '红格子挡风被'), ('蓝色挡风被，有个洞', '蓝色挡风被，有破洞')])
    return F('quilt', '装着' + o, '装有' + f)


@fg('ebike', 'seat')
def _(rng, T):
    o, f = pick(rng, [('后座装了儿童座椅', '后座加装儿童座椅'), ('前面装了个小座椅', '前部加装儿童座椅'),
                      ('后座有个靠背', '后座有靠背')])
    return F('seat', o, f)


@fg('ebike', 'mirror')
def _(rng, T):
    o, f = pick(rng, [('左边后视镜掉了', '缺左后视镜'), ('右边后视镜裂了', '右后视镜破裂'),
                      ('前挡板裂了一道', '前挡板有裂纹'), ('车筐是歪的', '车筐变形')])
    return F('mirror', o, f)


@fg('ebike', 'holder')
def _(rng, T):
    return F('holder', pick(rng, ['车把上装着手机支架', '车把上有手机架和雨披']),
             pick(rng, ['车把装有手机支架', '车把有手机支架']))


@fg('ebike', 'battery')
def _(rng, T):
    v = pick(rng, ['48V', '60V', '72V'])
    return F('battery', '电池是%s的锂电' % v, None, inner=True)


def build_ebike(rng, kind, colour=None, brand=None):
    T = new_truth('ebike', kind, KINDS['ebike'][kind], rng, colour, brand)
    gs = ['box', 'holder'] if kind == 'delivery' else ['seat']
    gs += ['quilt', 'mirror', 'battery']
    for g in gs:
        if rng.random() < 0.75:
            add(T, g, rng)
    pre = {'yadea': 'YD', 'aima': 'AM', 'tailg': 'TL', 'suchi': 'SC'}.get(T['brand'], 'DC')
    ser(T, 'plate', '槐' + pick(rng, 'ABCDE') + digits(rng, 5), 0.8, 0.8)
    ser(T, 'frame', pre + digits(rng, 4) + pick(rng, 'ABCKMT') + digits(rng, 5), 0.3, 0.5)
    return T


# ================================================================ bicycle

KINDS['bicycle'] = {
    'kids': {'o': ['儿童自行车', '小孩自行车', '童车'], 'f': ['儿童自行车'], 'mw': '辆',
             'roles': ['child'], 'colours': ['pink', 'blue', 'red', 'yellow', 'green'],
             'brands': ['goodbaby', 'giant', None]},
    'old28': {'o': ['自行车', '二八自行车', '老自行车', '大梁自行车'], 'f': ['自行车', '二八式自行车'],
              'mw': '辆', 'roles': ['elder'], 'colours': ['black', 'green', 'blue'],
              'brands': ['forever', 'phoenix']},
    'mtb': {'o': ['山地车', '自行车', '山地自行车'], 'f': ['山地自行车'], 'mw': '辆',
            'roles': ['young', 'worker'], 'colours': ['black', 'white', 'red', 'blue', 'grey'],
            'brands': ['giant', 'forever', 'phoenix']},
    'tricycle': {'o': ['三轮车', '买菜的三轮', '人力三轮'], 'f': ['人力三轮车', '三轮车'], 'mw': '辆',
                 'roles': ['elder', 'shop'], 'colours': ['blue', 'red', 'green'], 'brands': [None]},
}


@fg('bicycle', 'basket')
def _(rng, T):
    o, f = pick(rng, [('前面有个铁车筐', '前有铁车筐'), ('车筐是塑料的', '塑料车筐'),
                      ('车筐里绑着个布兜', '车筐内绑布袋'), ('没有车筐', '无车筐')])
    return F('basket', o, f)


@fg('bicycle', 'seatc')
def _(rng, T):
    o, f = pick(rng, [('车座套着个花套子', '车座有花色座套'), ('车座破了用胶布缠着', '车座破损缠胶布'),
                      ('车座是黑皮的', '黑色车座'), ('后座绑着个棉垫子', '后座绑棉垫')])
    return F('seatc', o, f)


@fg('bicycle', 'sticker')
def _(rng, T):
    o, f = pick(rng, [('车把上贴着恐龙贴纸', '车把贴恐龙贴纸'), ('车身贴着小星星贴纸', '车身贴星星贴纸'),
                      ('车头有个铃铛是小猪的', '小猪造型车铃'), ('有辅助轮，一个是歪的', '带辅助轮，一侧变形')])
    return F('sticker', o, f)


@fg('bicycle', 'lock')
def _(rng, T):
    o, f = pick(rng, [('挂着一把U型锁', '挂U型锁'), ('车上缠着链子锁', '缠链条锁'), ('锁是密码锁', '挂密码锁')])
    return F('lock', o, f)


@fg('bicycle', 'wear')
def _(rng, T):
    o, f = pick(rng, [('链条有点锈', '链条锈蚀'), ('前轮挡泥板没了', '缺前挡泥板'), ('车把左边把套掉了', '左把套缺失'),
                      ('后轮气不足', '后胎亏气')])
    return F('wear', o, f)


def build_bicycle(rng, kind, colour=None, brand=None):
    T = new_truth('bicycle', kind, KINDS['bicycle'][kind], rng, colour, brand)
    gs = ['basket', 'seatc', 'lock', 'wear'] + (['sticker'] if kind == 'kids' else [])
    for g in gs:
        if g == 'sticker' or rng.random() < 0.65:
            add(T, g, rng)
    if kind != 'tricycle':
        ser(T, 'frame', pick(rng, ['G', 'F', 'P', 'H']) + alnum(rng, 2) + digits(rng, 7), 0.15, 0.45)
    return T


# ================================================================ bag

KINDS['bag'] = {
    'school': {'o': ['书包', '双肩书包', '孩子书包'], 'f': ['儿童书包', '书包'], 'mw': '个', 'roles': ['child'],
               'colours': ['blue', 'pink', 'red', 'purple', 'black'], 'brands': ['kalayang', None]},
    'veg': {'o': ['买菜的布兜', '环保袋', '布袋子', '兜子'], 'f': ['布袋', '环保购物袋'], 'mw': '个',
            'roles': ['elder'], 'colours': ['blue', 'red', 'green', 'grey']},
    'hand': {'o': ['手提包', '包', '挎包', '皮包'], 'f': ['女士手提包', '挎包'], 'mw': '个',
             'roles': ['young', 'elder', 'parent'], 'colours': ['black', 'brown', 'red', 'white', 'beige']},
    'back': {'o': ['双肩包', '背包'], 'f': ['双肩背包', '背包'], 'mw': '个', 'roles': ['young', 'worker'],
             'colours': ['black', 'grey', 'blue']},
    'waist': {'o': ['腰包', '斜挎包', '挎包'], 'f': ['腰包', '斜挎包'], 'mw': '个', 'roles': ['rider', 'shop'],
              'colours': ['black', 'grey', 'brown']},
    'med': {'o': ['药袋子', '装药的袋子', '药兜子'], 'f': ['药品袋', '塑料袋（内装药品）'], 'mw': '个',
            'roles': ['elder'], 'colours': ['white', 'red']},
}


@fg('bag', 'books')
def _(rng, T):
    n, g, c = T['owner']['name'], T['grade'], T['cls']
    return F('books', '作业本上写着%d年级%d班%s' % (g, c, n), '内有作业本，写有“%d年级%d班 %s”' % (g, c, n),
             inner=True)


@fg('bag', 'charm')
def _(rng, T):
    o, f = pick(rng, [('拉链上挂着个小恐龙', '拉链挂小恐龙挂件'), ('侧面挂着个奥特曼钥匙扣', '侧面挂超人玩偶挂件'),
                      ('拉链上拴着红绳', '拉链系红绳'), ('包上挂着个小熊', '挂小熊挂件'), ('有个反光条', '带反光条')])
    return F('charm', o, f)


@fg('bag', 'bottle')
def _(rng, T):
    c = pick(rng, ['pink', 'blue', 'green', 'yellow'])
    return F('bottle', '侧兜里有个%s水杯' % CN(c), '侧袋内有%s水杯' % CF(c))


@fg('bag', 'veg')
def _(rng, T):
    o = pick(rng, ['一把韭菜和十个鸡蛋', '二斤猪肉和一把芹菜', '一袋面条和几个西红柿', '一条鲤鱼', '两斤豆腐和大葱'])
    return F('veg', '里面有' + o, '内有' + o, inner=True)


@fg('bag', 'meds')
def _(rng, T):
    n = T['owner']['name']
    d = pick(rng, ['降压药', '降糖药', '速效救心丸', '阿司匹林和降压药', '眼药水和钙片'])
    return F('meds', '里面是卫生站开的%s，药袋上写着我名字%s' % (d, n), '内有%s，药袋写姓名“%s”' % (d, n),
             inner=True)


@fg('bag', 'walletin')
def _(rng, T):
    c = pick(rng, ['black', 'brown', 'red'])
    return F('walletin', '包里有个%s钱包' % CN(c), '内有%s钱包一个' % CF(c), inner=True)


@fg('bag', 'misc')
def _(rng, T):
    o = pick(rng, ['一把折叠伞', '充电宝和数据线', '一副手套', '一件工作服', '保温杯', '一摞发票',
                   '老花镜', '一包纸巾和钥匙'])
    return F('misc', '还装着' + o, '另有' + o, inner=True)


@fg('bag', 'tear')
def _(rng, T):
    o, f = pick(rng, [('肩带开线了', '肩带开线'), ('底下磨破个洞', '底部磨破'), ('拉链坏了一个', '一侧拉链损坏'),
                      ('包带打了个结', '包带打结')])
    return F('tear', o, f)


def build_bag(rng, kind, colour=None, brand=None):
    T = new_truth('bag', kind, KINDS['bag'][kind], rng, colour, brand)
    T['grade'], T['cls'] = rng.randint(1, 6), rng.randint(1, 8)
    gs = {'school': ['books', 'charm', 'bottle', 'tear'], 'veg': ['veg', 'tear', 'misc'],
          'hand': ['walletin', 'misc', 'tear', 'charm'], 'back': ['misc', 'walletin', 'tear'],
          'waist': ['walletin', 'misc', 'tear'], 'med': ['meds']}[kind]
    for g in gs:
        if g in ('books', 'meds', 'veg') or rng.random() < 0.65:
            add(T, g, rng)
    if kind == 'school' and rng.random() < 0.4:
        ser(T, 'stu', '20%02d%s' % (rng.randint(17, 23), digits(rng, 6)), 0.3, 0.5)
    if kind in ('hand', 'waist', 'back') and rng.random() < 0.4:
        ser(T, 'bank', digits(rng, 4), 0.4, 0.6, pre='62' + digits(rng, 2))
    return T


# ================================================================ jewelry

KINDS['jewelry'] = {
    'bangle': {'o': ['金手镯', '金镯子', '手镯'], 'f': ['黄金手镯', '金色手镯'], 'mw': '只', 'roles': ['elder'],
               'colours': ['gold'], 'brands': ['ctf', 'lfx', None]},
    'ring': {'o': ['金戒指', '戒指', '金镏子'], 'f': ['金色戒指', '黄金戒指'], 'mw': '枚',
             'roles': ['elder', 'young', 'shop'], 'colours': ['gold'], 'brands': ['ctf', 'lfx', None]},
    'jade': {'o': ['玉镯子', '玉手镯', '镯子'], 'f': ['玉镯', '玉石手镯'], 'mw': '只', 'roles': ['elder'],
             'colours': ['green', 'white']},
    'necklace': {'o': ['金项链', '项链', '金链子'], 'f': ['金色项链', '黄金项链'], 'mw': '条',
                 'roles': ['elder', 'young'], 'colours': ['gold'], 'brands': ['ctf', 'lfx', None]},
    'babylock': {'o': ['长命锁', '银锁', '孩子戴的银锁'], 'f': ['银质长命锁', '银锁'], 'mw': '个',
                 'roles': ['child'], 'colours': ['silver']},
    'earring': {'o': ['金耳环', '耳环', '耳坠'], 'f': ['金色耳环'], 'mw': '只', 'roles': ['elder', 'young'],
                'colours': ['gold'], 'brands': ['ctf', 'lfx', None]},
}


@fg('jewelry', 'weight')
def _(rng, T):
    lo, hi = {'ring': (2, 8), 'earring': (1, 5), 'bangle': (15, 50), 'necklace': (5, 30)}.get(T['kind'], (5, 20))
    return F('weight', '大概%d克' % rng.randint(lo, hi), None, inner=True)


@fg('jewelry', 'engrave')
def _(rng, T):
    w = pick(rng, ['福', '平安', '1986.10', '长命百岁', 'LOVE', '寿', '%s' % T['owner']['name'][1:]])
    where = '内圈' if T['kind'] in ('ring', 'bangle') else '背面'
    return F('engrave', '%s刻着“%s”' % (where, w), '%s刻字“%s”' % (where, w), inner=True)


@fg('jewelry', 'stamp')
def _(rng, T):
    s = pick(rng, ['足金999', '足金', 'Au999', '999'])
    return F('stamp', '有%s的印' % s, '内侧印记“%s”' % s, inner=True)


@fg('jewelry', 'pattern')
def _(rng, T):
    if T['kind'] == 'jade':
        o, f = pick(rng, [('带点飘花', '带绿色飘花'), ('有一道细纹', '有一道细裂纹'), ('断过，用金包着', '有包金修补'),
                          ('颜色发白有点透', '色白半透') if T['colour'] == 'white' else ('绿得发亮', '色绿')])
    elif T['kind'] == 'necklace':
        o, f = pick(rng, [('挂着观音吊坠', '带观音吊坠'), ('挂着平安扣', '带平安扣吊坠'), ('挂个属兔的吊坠', '带兔子吊坠'),
                          ('是麻花链，扣子不太好使', '麻花链，搭扣松')])
    elif T['kind'] == 'babylock':
        o, f = pick(rng, [('下面挂着三个小铃铛', '下挂三个小铃铛'), ('正面是麒麟', '正面麒麟图案'),
                          ('链子是红绳的', '配红绳')])
    else:
        o, f = pick(rng, [('外面是龙凤花纹', '龙凤纹'), ('光面的没花', '光面'), ('是个圆环形的', '圆环造型'),
                          ('镶着一颗红石头', '镶红色石头'), ('麻花样的', '麻花纹')])
    return F('pattern', o, f)


def build_jewelry(rng, kind, colour=None, brand=None):
    T = new_truth('jewelry', kind, KINDS['jewelry'][kind], rng, colour, brand)
    add(T, 'pattern', rng)
    if kind != 'jade':
        add(T, 'weight', rng)
        if rng.random() < 0.6:
            add(T, 'stamp', rng)
    if rng.random() < 0.6 or kind == 'babylock':
        add(T, 'engrave', rng)
    if kind == 'earring':
        T['lr'] = pick(rng, ['左', '右'])
    return T


# ================================================================ electronics

KINDS['electronics'] = {
    'hearing': {'o': ['助听器', '耳背机', '助听器（耳朵上戴的）'], 'f': ['助听器'], 'mw': '个', 'roles': ['elder'],
                'colours': ['beige', 'grey', 'brown'], 'brands': ['shengyue', 'lingkang'], 'p_model': 0.5,
                'alt_cat': 'other'},
    'earbuds': {'o': ['蓝牙耳机', '耳机', '无线耳机'], 'f': ['蓝牙耳机'], 'mw': '副', 'roles': ['young', 'rider'],
                'colours': ['white', 'black'], 'brands': ['apple', 'huawei', 'xiaomi']},
    'kidwatch': {'o': ['电话手表', '儿童手表', '孩子的手表'], 'f': ['儿童电话手表', '儿童智能手表'], 'mw': '块',
                 'roles': ['child'], 'colours': ['pink', 'blue', 'black', 'purple'], 'brands': ['xtc', 'xtc', None],
                 'p_model': 0.5, 'alt_cat': 'phone'},
    'tablet': {'o': ['平板', '平板电脑', 'ipad'], 'f': ['平板电脑'], 'mw': '台', 'roles': ['child', 'young', 'elder'],
               'colours': ['grey', 'silver', 'gold'], 'brands': ['huawei', 'apple'], 'p_model': 0.6},
    'power': {'o': ['充电宝', '移动电源'], 'f': ['充电宝', '移动电源'], 'mw': '个', 'roles': ['rider', 'young'],
              'colours': ['white', 'black'], 'brands': ['romoss', 'xiaomi']},
    'radio': {'o': ['收音机', '唱戏机', '听戏的小机器'], 'f': ['便携收音机', '播放器'], 'mw': '台', 'roles': ['elder'],
              'colours': ['red', 'black', 'gold'], 'brands': ['jinyun', None], 'p_model': 0.5},
}


@fg('electronics', 'lr')
def _(rng, T):
    s = T['lr']
    return F('lr', '是%s耳的' % s, '%s耳款（标“%s”）' % (s, 'L' if s == '左' else 'R'))


@fg('electronics', 'hbox')
def _(rng, T):
    o, f = pick(rng, [('拴着一根防丢绳', '带防丢绳'), ('装在一个小圆盒里', '装于小圆盒'),
                      ('耳塞上有一点耳垢', '耳塞处有污渍'), ('外壳贴着胶布', '外壳贴胶布')])
    return F('hbox', o, f)


ECASE = {
    'tablet': [('套着蓝色皮套', '蓝色皮套'), ('贴着卡通贴纸', '贴卡通贴纸'), ('贴的膜起泡了', '贴膜起泡'),
               ('套着带把手的儿童保护套', '儿童防摔保护套（带把手）')],
    'kidwatch': [('表盘贴着保护膜', '表盘贴膜'), ('表壳有划痕', '表壳有划痕'), ('表上贴着小星星贴纸', '贴星星贴纸'),
                 ('套着硅胶保护套', '硅胶保护套')],
}


@fg('electronics', 'case')
def _(rng, T):
    if T['kind'] in ECASE:
        o, f = pick(rng, ECASE[T['kind']])
        return F('case', o, f)
    o, f = pick(rng, [('盒子套着个小恐龙硅胶套', '充电盒套恐龙硅胶套'), ('盒子上有划痕', '充电盒有划痕'),
                      ('盒子上贴着名字贴', '充电盒贴名字贴'), ('套着个黑色皮套', '套黑色皮套'),
                      ('贴了一个小猫贴纸', '贴小猫贴纸'), ('壳子是透明的', '透明保护壳')])
    return F('case', o, f)


@fg('electronics', 'missing')
def _(rng, T):
    o, f = pick(rng, [('盒子里只有右耳', '盒内仅右耳机'), ('盒子里两个都在', '盒内双耳齐全'),
                      ('只有盒子和左耳', '盒内仅左耳机')])
    return F('missing', o, f, inner=True)


@fg('electronics', 'wname')
def _(rng, T):
    n = T['owner']['name']
    return F('wname', '背面贴着名字%s' % n, '背面贴姓名“%s”' % n, inner=True)


@fg('electronics', 'strap')
def _(rng, T):
    c = T['colour']
    x = pick(rng, ['', '，表带上有个小孔撕开了', '，表带上画了笔道子'])
    return F('strap', '表带是%s的%s' % (CN(c), x), '%s表带%s' % (CF(c), x))


@fg('electronics', 'content')
def _(rng, T):
    o, f = pick(rng, [('里面存的全是评剧', '内存评剧音频'), ('里面都是豫剧', '内存豫剧'), ('存的京剧和老歌', '内存京剧及老歌'),
                      ('里面下载的都是动画片', '内有动画片'), ('里面有孩子的网课', '内有网课视频')])
    return F('content', o, f, inner=True)


EMARK = {
    'radio': [('天线断了一截', '天线断'), ('外面套着个布套', '外套布套'), ('喇叭那块有个坑', '喇叭处凹陷'),
              ('挂着根红绳好拎', '系红绳提手')],
    'power': [('有两万毫安，挺沉', '容量20000mAh'), ('侧面贴着卡通贴纸', '侧面卡通贴纸'), ('边角摔瘪了', '边角磕痕'),
              ('缠着根数据线', '缠有数据线')],
    'tablet': [('边角摔瘪了', '边角磕痕'), ('屏幕右下角有裂', '屏幕右下角裂'), ('背面贴着名字', '背面贴姓名贴')],
}


@fg('electronics', 'mark')
def _(rng, T):
    o, f = pick(rng, EMARK.get(T['kind'], EMARK['radio']))
    return F('mark', o, f)


def build_electronics(rng, kind, colour=None, brand=None):
    T = new_truth('electronics', kind, KINDS['electronics'][kind], rng, colour, brand)
    if kind == 'hearing':
        T['lr'] = pick(rng, ['左', '右'])
        gs = ['lr', 'hbox']
        ser(T, 'sn', {'shengyue': 'SY', 'lingkang': 'LK'}[T['brand']] + digits(rng, 2) + pick(rng, 'ABC') + digits(rng, 5), 0.35, 0.6)
    elif kind == 'earbuds':
        gs = ['case', 'missing']
        ser(T, 'sn', alnum(rng, 10), 0.3, 0.5)
    elif kind == 'kidwatch':
        gs = ['strap', 'wname', 'case']
        ser(T, 'imei', imei(rng), 0.3, 0.4)
    elif kind == 'tablet':
        gs = ['case', 'content', 'mark']
        ser(T, 'sn', alnum(rng, 11), 0.25, 0.5)
    elif kind == 'power':
        gs = ['mark']
    else:
        gs = ['content', 'mark']
    for g in gs:
        if g in ('lr', 'wname') or rng.random() < 0.75:
            add(T, g, rng)
    return T


# ================================================================ other

KINDS['other'] = {
    'cane': {'o': ['拐杖', '拐棍', '手杖'], 'f': ['拐杖', '手杖'], 'mw': '根', 'roles': ['elder'],
             'colours': ['brown', 'black', 'silver'], 'brands': ['bukang', None]},
    'glasses': {'o': ['老花镜', '眼镜', '花镜'], 'f': ['眼镜', '老花镜'], 'mw': '副', 'roles': ['elder'],
                'colours': ['black', 'brown', 'gold']},
    'kidbottle': {'o': ['水杯', '孩子的水壶', '保温水杯'], 'f': ['儿童水杯', '儿童保温杯'], 'mw': '个',
                  'roles': ['child'], 'colours': ['pink', 'blue', 'green', 'yellow'],
                  'brands': ['thermos', 'fuguang', None]},
    'thermos': {'o': ['保温杯', '茶杯', '杯子'], 'f': ['保温杯'], 'mw': '个', 'roles': ['elder', 'worker'],
                'colours': ['silver', 'black', 'red'], 'brands': ['fuguang', 'thermos', None]},
    'umbrella': {'o': ['雨伞', '伞', '折叠伞'], 'f': ['雨伞'], 'mw': '把', 'roles': ['elder', 'young', 'parent'],
                 'colours': ['black', 'blue', 'red', 'purple']},
    'scarf': {'o': ['围巾', '毛线围巾'], 'f': ['围巾'], 'mw': '条', 'roles': ['elder', 'young'],
              'colours': ['red', 'grey', 'brown', 'purple']},
    'scooter': {'o': ['滑板车', '小孩滑板车'], 'f': ['儿童滑板车'], 'mw': '辆', 'roles': ['child'],
                'colours': ['pink', 'blue', 'green']},
    'fan': {'o': ['跳舞的扇子', '舞蹈扇', '绸扇'], 'f': ['舞蹈扇', '绸扇'], 'mw': '对', 'roles': ['elder'],
            'colours': ['red', 'pink']},
    'pillbox': {'o': ['药盒', '分药盒'], 'f': ['药盒'], 'mw': '个', 'roles': ['elder'],
                'colours': ['white', 'blue', 'pink']},
}
OTHER_FACTS = {
    'cane': [('是四个脚的', '四脚底座'), ('能折叠的', '可折叠'), ('是木头的', '木质'), ('把手缠着胶布', '把手缠胶布'),
             ('底下橡胶头磨歪了', '底部橡胶头磨损'), ('上面系着个红布条', '系红布条'), ('带个小灯', '手柄带照明灯')],
    'glasses': [('眼镜盒上印着“明视眼镜”', '眼镜盒印“明视眼镜”'), ('挂着眼镜绳', '带眼镜绳'),
                ('左边镜片有划痕', '左镜片有划痕'), ('镜腿用胶布缠过', '镜腿缠胶布'), ('装在一个铁盒里', '装于铁眼镜盒'),
                ('框是半框的', '半框')],
    'kidbottle': [('杯子上有个吸管', '带吸管'), ('底下磕瘪了一块', '底部凹陷'), ('带个背带', '带背带'),
                  ('杯身印着小恐龙', '杯身恐龙图案'), ('杯盖上有个小熊', '杯盖小熊造型')],
    'thermos': [('里面泡着枸杞', '内有枸杞茶水'), ('杯子上缠着胶布', '杯身缠胶布'), ('外面套个布杯套', '外套布杯套'),
                ('底下掉了块漆', '底部掉漆'), ('盖子是红的', '红色杯盖')],
    'umbrella': [('伞上有小碎花', '碎花图案'), ('有一根伞骨断了', '一根伞骨断裂'), ('把手是木头的弯把', '木质弯柄'),
                 ('伞套丢了', '无伞套'), ('伞上印着银行的字', '印银行广告字样')],
    'scarf': [('自己织的毛线围巾', '手织毛线围巾'), ('两头有穗子', '两端带流苏'), ('格子的', '格纹'),
              ('有一块洗缩水了', '局部缩水'), ('绣了个梅花', '绣梅花')],
    'scooter': [('轮子会发光', '发光轮'), ('把手上挂着个小铃铛', '把手挂铃铛'), ('踏板上贴着贴纸', '踏板贴贴纸'),
                ('后轮刹车片掉了', '后刹片缺失')],
    'fan': [('扇子上有金边', '扇面金边'), ('一个扇骨断了', '一扇骨断裂'), ('装在布套里', '装于布套'),
            ('绸子上印着牡丹', '扇面牡丹图案')],
    'pillbox': [('一周七格的', '七格分药盒'), ('盖子上贴着“早 中 晚”', '盖贴早中晚标签'), ('里面还有药', '内有药片'),
                ('用皮筋捆着', '皮筋捆扎')],
}


def other_pool(T):
    pool = OTHER_FACTS[T['kind']]
    if T['kind'] == 'cane' and T['colour'] != 'brown':
        pool = [p for p in pool if '木' not in p[0]]
    return pool


@fg('other', 'feat')
def _(rng, T):
    o, f = pick(rng, other_pool(T))
    return F('feat', o, f)


@fg('other', 'feat2')
def _(rng, T):
    o, f = pick(rng, other_pool(T))
    return F('feat2', o, f)


@fg('other', 'name')
def _(rng, T):
    n = T['owner']['name']
    how, howf = pick(rng, [('贴着名字贴，写着', '名字贴写有'), ('用马克笔写着', '马克笔写有'), ('贴着胶布写着', '胶布上写有')])
    if T['owner']['role'] == 'child':
        return F('name', '上面%s“%s”' % (how, n), '%s“%s”' % (howf, n), inner=True)
    return F('name', '上面%s名字和电话，名字是%s' % (how, n), '%s姓名“%s”及电话' % (howf, n), inner=True)


@fg('other', 'presc')
def _(rng, T):
    return F('presc', '度数%d度' % (rng.randint(5, 14) * 25), None, inner=True)


def build_other(rng, kind, colour=None, brand=None):
    T = new_truth('other', kind, KINDS['other'][kind], rng, colour, brand)
    add(T, 'feat', rng)
    if rng.random() < 0.7:
        for _ in range(10):
            f2 = FG[('other', 'feat2')](rng, T)
            if f2['o'] != T['facts'][0]['o']:
                T['facts'].append(f2)
                break
    if kind in ('kidbottle', 'scooter', 'cane', 'thermos', 'fan') and rng.random() < 0.6:
        add(T, 'name', rng)
    if kind == 'glasses' and rng.random() < 0.7:
        add(T, 'presc', rng)
    return T


BUILD = {}


def build(cat, rng, kind=None, colour=None, brand=None):
    from make_set84_obj1 import build_id_doc, build_phone, build_wallet, build_keys, build_cash
    if not BUILD:
        BUILD.update({'id_doc': build_id_doc, 'phone': build_phone, 'wallet': build_wallet,
                      'keys': build_keys, 'cash': build_cash, 'ebike': build_ebike,
                      'bicycle': build_bicycle, 'bag': build_bag, 'jewelry': build_jewelry,
                      'electronics': build_electronics, 'other': build_other})
    if kind is None:
        kind = pick(rng, sorted(KINDS[cat]))
    return BUILD[cat](rng, kind, colour, brand)
