"""Hidden truth records of objects for set84, part 1: id_doc, phone, wallet, keys, cash.

A truth record holds what the object really is.  Every fact carries the owner's way of saying
it ("o", None when only a finder would notice it) and the finder's ("f", None when only the
owner can know it).  Part of the generator; imported by make_set84.py.
"""

from make_set84_world import (BRANDS, MODELS, COLOURS, person, id18, imei, digits, pick,
                              SURN, GIVEN)

FG = {}       # (cat, group) -> fact generator(rng, T)
KINDS = {}    # cat -> {kind: spec}


def fg(cat, g):
    def deco(fn):
        FG[(cat, g)] = fn
        return fn
    return deco


def F(g, o, f, inner=False):
    return {'g': g, 'o': o, 'f': f, 'inner': inner}


def add(T, g, rng):
    T['facts'].append(FG[(T['cat'], g)](rng, T))


def reroll(T, g, rng):
    """Replace fact g by a different one of the same group; returns the new fact."""
    old = [x for x in T['facts'] if x['g'] == g][0]
    others = [x['o'] for x in T['facts'] if x is not old]
    for _ in range(40):
        new = FG[(T['cat'], g)](rng, T)
        if new['o'] != old['o'] and new['f'] != old['f'] and new['o'] not in others:
            break
    T['facts'][T['facts'].index(old)] = new
    return new


def CN(c):
    return COLOURS[c][0][0]


def CF(c):
    return COLOURS[c][1][0]


def new_truth(cat, kind, spec, rng, colour=None, brand=None, role=None):
    role = role or pick(rng, spec['roles'])
    owner = person(rng, role)
    cols = spec.get('colours') or [None]
    if colour is None or colour not in COLOURS:
        colour = pick(rng, cols)
    brands = spec.get('brands') or [None]
    if brand is None or brand not in brands:
        brand = pick(rng, brands)
    model = None
    if brand in MODELS and rng.random() < spec.get('p_model', 0.0):
        model = pick(rng, MODELS[brand])
    return {'cat': cat, 'kind': kind, 'kind_o': spec['o'], 'kind_f': spec['f'], 'mw': spec['mw'],
            'distinct': spec.get('distinct', True), 'colour': colour, 'brand': brand,
            'model': model, 'serials': [], 'facts': [], 'owner': owner, 'lr': None,
            'alt_cat': spec.get('alt_cat'), 'amount': None}


def ser(T, t, v, own, fnd, **kw):
    d = {'t': t, 'v': v, 'own': own, 'fnd': fnd}
    d.update(kw)
    T['serials'].append(d)
    return d


def other_name(rng, name, role, sex):
    grp = 'elder' if role == 'elder' else 'child' if role == 'child' else 'young'
    for _ in range(40):
        n = name[0] + pick(rng, GIVEN[(grp, sex)])
        if n != name:
            return n
    return pick(rng, SURN) + name[1:]


def photo_words(p):
    if p['role'] == 'elder':
        who = '老年女性' if p['sex'] == 'F' else '老年男性'
    elif p['role'] == 'child':
        who = '小女孩' if p['sex'] == 'F' else '小男孩'
    else:
        who = '年轻女性' if p['sex'] == 'F' else '年轻男性'
    return who


# ================================================================ id_doc

KINDS['id_doc'] = {
    'laonian': {'o': ['老年卡', '老年证', '老年优待卡', '坐车的老年卡'], 'f': ['老年优待卡', '老年卡'],
                'mw': '张', 'roles': ['elder'], 'colours': ['red', 'orange', 'blue', 'green', 'pink']},
    'yibao': {'o': ['医保卡', '社保卡', '医疗保险卡', '社会保障卡', '医宝卡'], 'f': ['社会保障卡', '社保卡'],
              'mw': '张', 'roles': ['elder', 'elder', 'young'], 'colours': ['blue', 'red', None]},
    'idcard': {'o': ['身份证', '身分证', '二代身份证'], 'f': ['居民身份证', '身份证'], 'mw': '张',
               'roles': ['elder', 'young', 'rider', 'worker'], 'colours': [None, None, 'blue', 'brown']},
    'bankcard': {'o': ['银行卡', '工资卡', '养老金卡', '存折卡'], 'f': ['银行卡', '借记卡'], 'mw': '张',
                 'roles': ['elder', 'young', 'shop'], 'colours': ['gold', 'blue', 'green', 'red'],
                 'brands': ['nongshang', 'youchu', 'gonghang']},
    'student': {'o': ['学生卡', '校卡', '孩子的学生证', '校园卡'], 'f': ['学生卡', '校园卡'], 'mw': '张',
                'roles': ['child'], 'colours': ['blue', 'yellow', 'white']},
    'driver': {'o': ['驾驶证', '驾照'], 'f': ['机动车驾驶证', '驾驶证'], 'mw': '本',
               'roles': ['rider', 'young', 'worker'], 'colours': ['brown', 'black']},
    'cardholder': {'o': ['卡套', '卡包', '一沓卡'], 'f': ['卡包', '卡套'], 'mw': '个', 'roles': ['elder'],
                   'colours': ['brown', 'black', 'red'], 'alt_cat': 'wallet'},
}


@fg('id_doc', 'name')
def _(rng, T):
    n = T['owner']['name']
    return F('name', pick(rng, ['上面名字是%s' % n, '姓名%s' % n, '写的%s' % n]),
             pick(rng, ['姓名：%s' % n, '卡上姓名%s' % n]), inner=True)


@fg('id_doc', 'photo')
def _(rng, T):
    hair = pick(rng, ['短头发', '白头发', '戴眼镜', '烫的卷发', '光头'] if T['owner']['role'] == 'elder'
                else ['短头发', '扎马尾', '戴眼镜', '圆脸'])
    return F('photo', '照片是%s的' % hair, '照片为%s%s' % (hair, photo_words(T['owner'])))


@fg('id_doc', 'sleeve')
def _(rng, T):
    c = T['colour'] or pick(rng, ['red', 'blue', 'green'])
    mat = pick(rng, ['塑料', '硅胶', '皮', '透明'])
    if mat == '透明':
        return F('sleeve', '套着透明卡套', '外有透明卡套')
    return F('sleeve', '套着%s%s卡套' % (CN(c), mat), '外有%s%s卡套' % (CF(c), mat))


@fg('id_doc', 'note')
def _(rng, T):
    who = pick(rng, ['闺女', '儿子', '老伴', '孙女'])
    tail = digits(rng, 4)
    return F('note', '卡套里夹着张纸条，写着我%s电话，尾号%s' % (who, tail),
             '卡套内夹有纸条一张，写有手机号（尾号%s）' % tail, inner=True)


@fg('id_doc', 'addr')
def _(rng, T):
    h = T['owner']['home']
    return F('addr', '住址写的%s' % h, '住址：%s' % h, inner=True)


@fg('id_doc', 'class')
def _(rng, T):
    g, c = rng.randint(1, 5), rng.randint(1, 6)
    return F('class', '%d年级%d班' % (g, c), '%d年级%d班' % (g, c), inner=True)


@fg('id_doc', 'lanyard')
def _(rng, T):
    c = pick(rng, ['blue', 'red', 'yellow', 'green', 'pink'])
    extra = pick(rng, ['', '，上面有个小熊', '，挂绳上印着学校名字', '，绳子打了个结'])
    return F('lanyard', '挂着%s挂绳%s' % (CN(c), extra), '带%s挂绳%s' % (CF(c), extra))


@fg('id_doc', 'licclass')
def _(rng, T):
    c = pick(rng, ['C1', 'C2', 'D'])
    return F('licclass', '准驾车型%s' % c, '准驾车型%s' % c, inner=True)


@fg('id_doc', 'cards')
def _(rng, T):
    extra = pick(rng, ['超市购物卡', '公交卡', '理发店会员卡', '药店会员卡'])
    two = pick(rng, [('老年卡', '老年优待卡'), ('医保卡', '社保卡'), ('身份证', '身份证')])
    return F('cards', '里面有%s，还有一张%s' % (two[0], extra),
             '内有%s一张及%s一张' % (two[1], extra), inner=True)


def build_id_doc(rng, kind, colour=None, brand=None):
    spec = KINDS['id_doc'][kind]
    T = new_truth('id_doc', kind, spec, rng, colour, brand)
    o = T['owner']
    idn = id18(rng, o['born'], o['sex'])
    T['idn'] = idn
    if kind == 'laonian':
        for g in ['name', 'photo', 'sleeve']:
            add(T, g, rng)
        if rng.random() < 0.4:
            add(T, 'note', rng)
        ser(T, 'card', '1301' + digits(rng, 8), 0.15, 0.7)
        ser(T, 'id', idn, 0.5, 0.4)
    elif kind == 'yibao':
        for g in ['name', 'photo']:
            add(T, g, rng)
        if T['colour'] and rng.random() < 0.6:
            add(T, 'sleeve', rng)
        ser(T, 'id', idn, 0.7, 0.9)
        ser(T, 'bank', digits(rng, 4), 0.1, 0.4, pre='62' + digits(rng, 2))
    elif kind == 'idcard':
        for g in ['name', 'photo', 'addr']:
            add(T, g, rng)
        if T['colour']:
            add(T, 'sleeve', rng)
        ser(T, 'id', idn, 0.85, 1.0)
    elif kind == 'bankcard':
        if rng.random() < 0.5:
            add(T, 'sleeve', rng)
        ser(T, 'bank', digits(rng, 4), 0.85, 0.9, pre='62' + digits(rng, 2))
    elif kind == 'student':
        for g in ['name', 'class', 'lanyard']:
            add(T, g, rng)
        ser(T, 'stu', '20%02d%s' % (rng.randint(17, 23), digits(rng, 6)), 0.5, 0.8)
    elif kind == 'driver':
        for g in ['name', 'photo', 'licclass']:
            add(T, g, rng)
        ser(T, 'id', idn, 0.7, 0.95)
    else:
        for g in ['name', 'cards', 'sleeve']:
            add(T, g, rng)
        if rng.random() < 0.5:
            add(T, 'note', rng)
        ser(T, 'id', idn, 0.6, 0.8)
    return T


# ================================================================ phone

KINDS['phone'] = {
    'smart': {'o': ['手机', '智能手机', '手机'], 'f': ['手机', '智能手机'], 'mw': '部', 'distinct': False,
              'roles': ['elder', 'young', 'rider', 'parent', 'worker', 'shop'],
              'colours': ['black', 'white', 'gold', 'blue', 'purple', 'green', 'silver', 'pink'],
              'brands': ['huawei', 'apple', 'xiaomi', 'oppo', 'vivo', 'honor'], 'p_model': 0.75},
    'old': {'o': ['老人机', '老年机', '手机', '按键手机'], 'f': ['老年手机', '按键手机'], 'mw': '部',
            'distinct': False, 'roles': ['elder'], 'colours': ['red', 'black', 'gold', 'blue'],
            'brands': ['fushou', 'fushou', None], 'p_model': 0.6},
}

CASES = [('透明软壳', '透明软壳'), ('黑色防摔壳，四个角鼓起来的', '黑色防摔壳'),
         ('棕色翻盖皮套', '棕色翻盖皮套'), ('带支架的硅胶壳', '硅胶壳（带支架）'),
         ('粉色小熊手机壳', '粉色卡通小熊壳'), ('大红色翻盖皮套，扣子是磁铁的', '红色磁扣翻盖皮套'),
         ('蓝色磨砂壳', '蓝色磨砂壳'), ('印着牡丹花的壳', '牡丹花图案手机壳'),
         ('外面套了个布做的手机袋', '外套布制手机袋'), ('绿色硅胶壳，边上磨白了', '绿色硅胶壳，边缘磨损发白')]
WALLS = [('孙子的照片', '一小男孩照片'), ('孙女的照片', '一小女孩照片'), ('一朵荷花', '荷花图片'),
         ('全家福', '多人合影'), ('观音像', '观音像'), ('我家小狗', '一只白色小狗照片'),
         ('山水风景', '山水风景图'), ('我和老伴的合影', '一对老年人合影')]


@fg('phone', 'case')
def _(rng, T):
    o, f = pick(rng, CASES)
    return F('case', o if o.startswith('外面') else '手机壳是' + o, f)


@fg('phone', 'screen')
def _(rng, T):
    o, f = pick(rng, [('屏幕右上角碎了一块', '屏幕右上角碎裂'), ('屏幕有一道裂纹', '屏幕有一道裂痕'),
                      ('贴的钢化膜裂了', '钢化膜有裂纹'), ('屏幕左下角摔裂了', '屏幕左下角裂')])
    return F('screen', o, f)


@fg('phone', 'wall')
def _(rng, T):
    if T['owner']['role'] == 'elder':
        o, f = pick(rng, WALLS)
    else:
        o, f = pick(rng, WALLS[2:3] + WALLS[5:7] + [('我闺女的照片', '一小女孩照片'), ('一只橘猫', '橘猫图片'),
                                                    ('动漫人物', '动漫图片'), ('我和对象的合影', '一对青年合影')])
    return F('wall', '锁屏是' + o, '锁屏壁纸为' + f)


@fg('phone', 'strap')
def _(rng, T):
    o, f = pick(rng, [('挂着一根红绳', '挂红绳'), ('挂着个小葫芦', '挂小葫芦挂件'),
                      ('有根挂脖子的绳', '带挂脖长绳'), ('挂着个平安符', '挂平安符')])
    return F('strap', o, f)


@fg('phone', 'back')
def _(rng, T):
    o, f = pick(rng, [('壳后面夹着公交卡', '手机壳内夹公交卡一张'),
                      ('壳里塞着一张一百块钱', '手机壳内夹现金100元'),
                      ('壳后面夹着写电话号码的纸条', '手机壳内夹有写电话的纸条'),
                      ('壳后面贴着孙子的大头贴', '手机背面贴儿童大头贴')])
    if T['owner']['role'] != 'elder':
        o = o.replace('孙子', '孩子')
    return F('back', o, f, inner=True)


@fg('phone', 'font')
def _(rng, T):
    return F('font', '字调得特别大', '字体调至最大')


@fg('phone', 'pwd')
def _(rng, T):
    if T['owner']['role'] == 'elder':
        return F('pwd', pick(rng, ['密码是孙子生日', '没设密码', '密码是六个八', '解锁是画个Z']), None)
    return F('pwd', pick(rng, ['密码是我生日', '有指纹解锁', '密码六位数', '解锁图案是个L']), None)


@fg('phone', 'contact')
def _(rng, T):
    who = pick(rng, ['大儿子', '二闺女', '老伴', '小孙子', '闺女'])
    return F('contact', '通讯录第一个存的“%s”' % who, '期间有来电显示“%s”' % who, inner=True)


@fg('phone', 'numtail')
def _(rng, T):
    return F('numtail', '手机号尾号%s' % digits(rng, 4), None)


def build_phone(rng, kind, colour=None, brand=None):
    T = new_truth('phone', kind, KINDS['phone'][kind], rng, colour, brand)
    gs = ['case', 'wall', 'pwd', 'numtail']
    if kind == 'old' or T['owner']['role'] == 'elder':
        gs += ['font', 'strap', 'contact']
    for g in ['screen', 'back', 'strap']:
        if g not in gs and rng.random() < 0.35:
            gs.append(g)
    for g in gs:
        if g in ('case', 'pwd', 'numtail') or rng.random() < 0.7:
            add(T, g, rng)
    i1 = imei(rng, brand=T['brand'])
    ser(T, 'imei', i1, 0.45 if kind == 'smart' else 0.2, 0.5)
    if kind == 'smart' and rng.random() < 0.4:
        T['serials'][0]['v2'] = imei(rng, tac=i1[:8])
    return T


# ================================================================ wallet

KINDS['wallet'] = {
    'long': {'o': ['长款钱包', '长钱包', '钱夹子', '钱包'], 'f': ['长款钱包'], 'mw': '个', 'distinct': False,
             'roles': ['young', 'elder', 'shop'], 'colours': ['black', 'brown', 'red', 'purple', 'pink'],
             'brands': ['septwolves', 'goldlion', None, None]},
    'short': {'o': ['钱包', '短款钱包', '折叠钱包', '皮夹子'], 'f': ['短款钱包', '折叠钱包'], 'mw': '个',
              'distinct': False, 'roles': ['elder', 'young', 'worker', 'rider'],
              'colours': ['black', 'brown', 'blue'], 'brands': ['septwolves', 'goldlion', None, None]},
    'coin': {'o': ['零钱包', '小钱包', '布钱包', '钱包'], 'f': ['零钱包', '布制零钱包'], 'mw': '个',
             'distinct': False, 'roles': ['elder'], 'colours': ['red', 'blue', 'purple', 'green', 'black']},
}


def money_o(rng, a):
    if rng.random() < 0.4:
        return pick(rng, ['%d元' % a, '%d块钱' % a, '整%d' % a])
    if a >= 1000:
        return pick(rng, ['%d多块' % (a // 100 * 100), '大概%d左右' % (a // 100 * 100)])
    if a >= 100:
        return pick(rng, ['%d多块' % (a // 100 * 100), '%s百多块' % '一两三四五六七八九'[a // 100 - 1]])
    return pick(rng, ['几十块钱', '%d来块' % (a // 10 * 10)])


def other_amount(rng, a):
    for _ in range(60):
        b = max(20, a + rng.choice([-1, 1]) * rng.randint(2, 9) * (100 if a >= 300 else 20))
        if (b // 100) != (a // 100) and abs(b - a) >= 60:
            return b
    return a * 2 + 100


@fg('wallet', 'cash')
def _(rng, T):
    a = T['amount']
    return F('cash', '里面有现金' + money_o(rng, a), '内有现金%d元' % a, inner=True)


@fg('wallet', 'idin')
def _(rng, T):
    n = T['owner']['name']
    k = pick(rng, [('身份证', '身份证'), ('老年卡', '老年优待卡'), ('医保卡', '社保卡')]
             if T['owner']['role'] == 'elder' else [('身份证', '身份证'), ('医保卡', '社保卡'), ('驾驶证', '驾驶证')])
    return F('idin', '有我%s，名字%s' % (k[0], n), '%s一张（姓名%s）' % (k[1], n), inner=True)


@fg('wallet', 'bankin')
def _(rng, T):
    s = [x for x in T['serials'] if x['t'] == 'bank'][0]
    b = BRANDS[pick(rng, ['nongshang', 'youchu', 'gonghang'])]
    return F('bankin', '一张%s的卡，尾号%s' % (pick(rng, b[1]), s['v']),
             '%s卡一张（%s****%s）' % (b[2][0], s['pre'], s['v']), inner=True)


@fg('wallet', 'photo')
def _(rng, T):
    o, f = pick(rng, [('老伴年轻时候的黑白照片', '黑白男子照片一张'), ('孙子的一寸照', '儿童一寸照一张'),
                      ('全家福小照片', '多人合影照片一张'), ('我闺女结婚照', '新人合影一张')])
    return F('photo', '夹层里有张' + o, '夹层内有' + f, inner=True)


@fg('wallet', 'mark')
def _(rng, T):
    o, f = pick(rng, [('拉链头坏了拿曲别针别着', '拉链头缺失，别有回形针'), ('边角都磨破了', '边角磨损严重'),
                      ('扣子是按扣的，有点松', '按扣式，扣子松动'), ('上面绣着一朵花', '表面绣花'),
                      ('背面有圆珠笔划的道', '背面有圆珠笔痕')])
    return F('mark', o, f)


@fg('wallet', 'misc')
def _(rng, T):
    o, f = pick(rng, [('一张卫生站开的药方', '处方单一张'), ('几张超市小票', '购物小票数张'),
                      ('一张公交卡', '公交卡一张'), ('一张菜市场的存菜条', '手写收条一张'),
                      ('两张洗澡票', '浴池票两张')])
    return F('misc', '还有' + o, o and f, inner=True)


def build_wallet(rng, kind, colour=None, brand=None):
    T = new_truth('wallet', kind, KINDS['wallet'][kind], rng, colour, brand)
    T['amount'] = rng.choice([rng.randint(2, 30) * 10, rng.randint(3, 25) * 100 + rng.choice([0, 0, 50, 36])])
    gs = ['cash', 'mark', 'misc']
    if rng.random() < 0.7:
        gs.append('idin')
        ser(T, 'id', id18(rng, T['owner']['born'], T['owner']['sex']), 0.35, 0.7)
    if kind != 'coin' and rng.random() < 0.6:
        ser(T, 'bank', digits(rng, 4), 0.5, 0.8, pre='62' + digits(rng, 2))
        gs.append('bankin')
    if rng.random() < 0.35:
        gs.append('photo')
    for g in gs:
        if g in ('cash', 'idin', 'bankin') or rng.random() < 0.6:
            add(T, g, rng)
    return T


# ================================================================ keys

KINDS['keys'] = {
    'bunch': {'o': ['钥匙', '一串钥匙', '钥匙串', '钥是'], 'f': ['钥匙', '钥匙串'], 'mw': '串',
              'distinct': False, 'roles': ['elder', 'young', 'parent', 'child', 'worker', 'rider', 'shop'],
              'colours': ['blue', 'red', 'yellow', 'green', 'black', 'white']},
}
PENDANTS = [('小熊挂件', '小熊挂件'), ('一个小葫芦', '葫芦挂件'), ('玉的平安扣', '平安扣挂件'),
            ('红绳编的中国结', '红色中国结'), ('指甲刀', '指甲刀一个'), ('小手电筒', '迷你手电筒'),
            ('塑料小金鱼', '塑料金鱼挂件'), ('一个小铃铛', '小铃铛'), ('毛绒小兔子', '毛绒兔子挂件'),
            ('开瓶器', '开瓶器一个'), ('一个小佛像', '佛像挂件')]


@fg('keys', 'count')
def _(rng, T):
    n = T['nkeys']
    return F('count', pick(rng, ['一共%d把' % n, '%d把钥匙' % n, '有%d把' % n]), '钥匙%d把' % n)


@fg('keys', 'fob')
def _(rng, T):
    c = T['colour']
    return F('fob', '有个%s的门禁扣' % CN(c), '%s门禁卡扣一个' % CF(c))


@fg('keys', 'pendant')
def _(rng, T):
    o, f = pick(rng, PENDANTS)
    return F('pendant', '挂着' + o, '挂' + f)


@fg('keys', 'tag')
def _(rng, T):
    t = '%d-%d-%d0%d' % (rng.randint(1, 18), rng.randint(1, 4), rng.randint(1, 6), rng.randint(1, 4))
    how = pick(rng, ['胶布', '小塑料牌', '纸条'])
    return F('tag', '钥匙上贴着%s写着“%s”' % (how, t), '钥匙上有%s标注“%s”' % (how, t))


@fg('keys', 'ebkey')
def _(rng, T):
    b = T['brand'] or 'yadea'
    return F('ebkey', '还有一把%s电动车钥匙' % pick(rng, BRANDS[b][1]), '%s电动车钥匙一把' % BRANDS[b][2][0])


@fg('keys', 'oldkey')
def _(rng, T):
    o, f = pick(rng, [('一把老式铜钥匙，开地下室的', '铜制老式钥匙一把'), ('一把十字的防盗门钥匙', '十字钥匙一把'),
                      ('一把信箱的小钥匙', '小号信箱钥匙一把'), ('一把自行车锁钥匙', '车锁钥匙一把')])
    return F('oldkey', '有' + o, f)


def build_keys(rng, kind, colour=None, brand=None):
    spec = dict(KINDS['keys'][kind])
    T = new_truth('keys', kind, spec, rng, colour, None)
    T['nkeys'] = rng.randint(2, 7)
    if brand in ('yadea', 'aima', 'tailg', 'suchi') or (brand is None and rng.random() < 0.35):
        T['brand'] = brand or pick(rng, ['yadea', 'aima', 'tailg', 'suchi'])
    gs = ['count', 'fob', 'pendant']
    if rng.random() < 0.35:
        gs.append('tag')
    if T['brand']:
        gs.append('ebkey')
    if rng.random() < 0.4:
        gs.append('oldkey')
    for g in gs:
        add(T, g, rng)
    if rng.random() < 0.5:
        ser(T, 'fob', '00' + digits(rng, 5), 0.15, 0.6)
    return T


# ================================================================ cash

KINDS['cash'] = {
    'pension': {'o': ['养老金', '退休金', '刚取的钱', '现金'], 'f': ['现金'], 'mw': '笔', 'distinct': False,
                'roles': ['elder'], 'colours': ['white', 'brown', None]},
    'roll': {'o': ['钱', '现金', '一卷钱'], 'f': ['现金'], 'mw': '笔', 'distinct': False,
             'roles': ['shop', 'worker', 'rider', 'elder'], 'colours': [None, 'red', 'black']},
    'hongbao': {'o': ['红包', '红包', '给孙子的红包'], 'f': ['红包'], 'mw': '个', 'distinct': False,
                'roles': ['elder', 'parent'], 'colours': ['red']},
    'purse': {'o': ['钱', '现金', '卖菜的钱'], 'f': ['零钱包（内有现金）', '零钱包'], 'mw': '个', 'distinct': False,
              'roles': ['elder', 'shop'], 'colours': ['blue', 'purple', 'red'], 'alt_cat': 'wallet'},
}
WRAPS = {
    'white': [('装在银行的白信封里，信封上印着农商银行', '装于白色农商银行信封'), ('用白手绢包着', '白色手帕包裹')],
    'brown': [('装在牛皮纸信封里', '装于牛皮纸信封'), ('装在牛皮纸袋里，用订书钉订着口', '装于牛皮纸袋，订书钉封口')],
    'red': [('用红塑料袋包着', '红色塑料袋包裹'), ('装在红包里，红包上印着福字', '红包装，印有福字'),
            ('装在红包里，印着“恭喜发财”', '红包装，印“恭喜发财”')],
    'black': [('用黑塑料袋卷着', '黑色塑料袋包裹')],
    None: [('用皮筋扎成一卷', '皮筋捆扎成卷'), ('对折着用夹子夹着', '对折，以票夹夹住'),
           ('装在一个旧眼镜盒里', '装于旧眼镜盒内')],
}
PURSE = {'blue': [('装在一个蓝布零钱包里', '装于蓝色布零钱包'), ('装在蓝色塑料零钱包里', '装于蓝色塑料零钱包')],
         'purple': [('装在紫色小拉链包里', '装于紫色拉链小包'), ('装在紫色绒布小包里', '装于紫色绒布小包')],
         'red': [('装在一个红布小包里，抽绳的', '装于红色抽绳布包'), ('装在红色拉链零钱包里', '装于红色拉链零钱包')]}


@fg('cash', 'amount')
def _(rng, T):
    a = T['amount']
    return F('amount', '一共' + money_o(rng, a), '共计人民币%d元' % a, inner=True)


@fg('cash', 'wrap')
def _(rng, T):
    if T['kind'] == 'purse':
        pool = PURSE[T['colour']]
    else:
        pool = WRAPS[T['colour']]
    if T['kind'] == 'hongbao':
        pool = [p for p in pool if '红包' in p[0]]
    elif T['colour'] == 'red':
        pool = [p for p in pool if '红包' not in p[0]]
    o, f = pick(rng, pool)
    return F('wrap', o, f)


@fg('cash', 'denom')
def _(rng, T):
    a = T['amount']
    if a % 100 == 0 and a >= 500:
        return F('denom', '都是一百的', '面额均为100元', inner=True)
    return F('denom', '有整有零', '含100元、50元、10元等面额', inner=True)


@fg('cash', 'writing')
def _(rng, T):
    w = pick(rng, {'pension': ['%d月份' % rng.randint(2, 4), '药费', '养老金'], 'hongbao': ['给小宝', '孙女学费', '压岁'],
                   'roll': ['房租', '菜钱', '货款']}.get(T['kind'], ['房租']))
    return F('writing', '上面用笔写着“%s”' % w, '外包装手写“%s”' % w)


def build_cash(rng, kind, colour=None, brand=None):
    spec = KINDS['cash'][kind]
    T = new_truth('cash', kind, spec, rng, colour, None)
    if T['colour'] not in spec['colours']:
        T['colour'] = pick(rng, spec['colours'])
    if kind == 'pension':
        T['amount'] = rng.randint(10, 45) * 100
    elif kind == 'hongbao':
        T['amount'] = pick(rng, [200, 500, 600, 800, 1000, 1200, 2000])
    else:
        T['amount'] = rng.randint(3, 40) * 50 + rng.choice([0, 0, 7, 23, 35])
    for g in ['amount', 'wrap', 'denom']:
        add(T, g, rng)
    if kind in ('pension', 'hongbao', 'roll') and rng.random() < 0.5:
        add(T, 'writing', rng)
    return T
