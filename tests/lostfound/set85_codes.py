"""Set 85 codes (all invented): colours, brand spellings, serial numbers and the ways people write
them.  ID numbers carry GB 11643 check digits, IMEIs Luhn digits; bank cards are never written in
full.  No randomness of its own."""

COLORS = {  # canonical: (owner words, finder words, English)
    '黑': (['黑色', '黑的', '黑', '哑光黑', '曜石黑'], ['黑色', '深色', '哑光黑', '黑'], 'black'),
    '白': (['白色', '白的', '珍珠白', '米白'], ['白色', '白', '米白色', '乳白'], 'white'),
    '银': (['银色', '银白色', '银的'], ['银色', '银白', '银灰色'], 'silver'),
    '红': (['红色', '大红', '红的', '酒红色'], ['红色', '酒红', '暗红色', '红'], 'red'),
    '蓝': (['蓝色', '深蓝', '藏青色', '蓝的'], ['蓝色', '深蓝色', '藏蓝', '蓝'], 'blue'),
    '绿': (['绿色', '墨绿', '军绿色', '绿的'], ['绿色', '墨绿色', '深绿'], 'green'),
    '金': (['金色', '香槟金', '土豪金'], ['金色', '香槟色', '金'], 'gold'),
    '粉': (['粉色', '粉红', '粉的'], ['粉色', '粉红色', '浅粉'], 'pink'),
    '灰': (['灰色', '深灰', '太空灰'], ['灰色', '深灰色', '灰'], 'grey'),
    '紫': (['紫色', '淡紫', '紫的'], ['紫色', '浅紫色'], 'purple'),
    '黄': (['黄色', '黄的', '亮黄'], ['黄色', '黄'], 'yellow'),
    '棕': (['棕色', '咖啡色', '褐色'], ['棕色', '咖啡色', '棕褐色'], 'brown'),
    '花': (['花的', '彩色的', '花花绿绿的'], ['彩色', '花色', '多色'], 'colourful'),
}

# key: (spellings, the most common first, a misspelling last; English)
BRANDS = {
    'huawei': (['华为', 'HUAWEI', 'Huawei', 'huawei', '华伟'], 'Huawei'),
    'apple': (['苹果', 'iPhone', 'Apple', 'apple', '平果'], 'Apple'),
    'xiaomi': (['小米', 'Xiaomi', 'MI', 'xiaomi', '小咪'], 'Xiaomi'),
    'oppo': (['OPPO', 'oppo', '欧珀', 'Oppo', 'OPP0'], 'OPPO'),
    'vivo': (['vivo', 'VIVO', '维沃', 'Vivo', 'viv0'], 'vivo'),
    'honor': (['荣耀', 'HONOR', 'Honor', 'rongyao', '荣躍'], 'Honor'),
    'jinnuo': (['金诺', 'JINNUO', 'jinnuo', '金偌'], 'Jinnuo'),
    'canon': (['佳能', 'Canon', 'CANON', 'jianeng', '嘉能'], 'Canon'),
    'sony': (['索尼', 'SONY', 'Sony', 'suoni', '索妮'], 'Sony'),
    'dji': (['大疆', 'DJI', 'dji', 'dajiang', '大江'], 'DJI'),
    'lvju': (['绿驹', 'LVJU', 'lvju', 'Lvju', '绿居'], 'Lvju'),
    'suyao': (['速耀', 'SUYAO', 'suyao', '速跃'], 'Suyao'),
    'yaqi': (['雅骑', 'YAQI', 'yaqi', '雅奇'], 'Yaqi'),
    'zongjun': (['宗骏', 'ZONGJUN', 'zongjun', '宗俊'], 'Zongjun'),
    'haoyue': (['豪跃', 'HAOYUE', 'haoyue', '豪越'], 'Haoyue'),
    'jiali': (['嘉力', 'JIALI', 'jiali', '佳力'], 'Jiali'),
    'fengyu': (['凤羽', 'FENGYU', 'fengyu', '凤宇'], 'Fengyu'),
    'jielun': (['捷轮', 'JIELUN', 'jielun', '杰轮'], 'Jielun'),
    'xingzhe': (['行者', 'XINGZHE', 'xingzhe', '形者'], 'Xingzhe'),
    'luoke': (['骆客', 'LUOKE', 'luoke', '络客'], 'Luoke'),
    'shanye': (['山野', 'SHANYE', 'shanye', '山冶'], 'Shanye'),
    'jinhu': (['金狐', 'JINHU', 'jinhu', '金虎'], 'Jinhu'),
    'nengmao': (['能量猫', 'NENGMAO', 'nengmao', '能量喵'], 'Nengmao'),
    'liji': (['李记银铺', '李记', 'LIJI', '李纪'], 'Liji'),
    'yunyin': (['云银坊', 'YUNYIN', 'yunyinfang', '云银房'], 'Yunyin'),
    'tongda': (['通达', 'TONGDA', 'tongda', '通大'], 'Tongda'),
}


# words that also fit other colours: a contradiction needs the two sets to be disjoint
LOOSE = {'深色': ('黑', '蓝', '灰', '棕', '绿', '紫'), '银灰色': ('银', '灰'), '银灰': ('银', '灰'),
         '深灰': ('灰', '黑'), '深灰色': ('灰', '黑'), '藏青色': ('蓝', '黑'), '香槟色': ('金', '白'),
         '米白': ('白', '黄'), '米白色': ('白', '黄'), '曜石黑': ('黑', '灰'), '太空灰': ('灰', '银'),
         '土黄色': ('黄', '棕'), '褐色': ('棕', '红'), '棕褐色': ('棕', '红'), '暗红色': ('红', '棕', '紫'),
         '酒红色': ('红', '紫'), '酒红': ('红', '紫'), '淡紫': ('紫', '粉'), '浅紫色': ('紫', '粉'),
         '浅粉': ('粉', '白'), '彩色': ('花',), 'grey': ('灰', '银')}


def color_set(word, c):
    return tuple(sorted(set(LOOSE.get(word, ())) | {c}))


def color_word(rng, c, side):
    return rng.choice(COLORS[c][0 if side == 'o' else 1])


def brand_word(rng, key, typo_ok=True):
    sp = BRANDS[key][0]
    r = rng.random()
    if typo_ok and r < 0.07:
        return sp[-1]
    if r < 0.55:
        return sp[0]
    return rng.choice(sp[1:-1])


def model_word(rng, m):
    vs = [m]
    for v in (m.replace(' ', ''), m.lower(), m.upper()):
        if v not in vs:
            vs.append(v)
    return m if rng.random() < 0.5 else rng.choice(vs)


# ---- numbers ----
def luhn(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_check(s17):
    return '10X98765432'[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


REGIONS = {'local': ['539321', '539322', '539325'], 'sichuan': ['519427'], 'guizhou': ['529318'],
           'city': ['539901', '449931']}
BANK_PREFIX = {'农村信用社': '6224', '邮储银行': '6217', '农业银行': '6228', '建设银行': '6236'}
_ALNUM = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'


def digits(rng, n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


def new_serial(rng, stype, ctx):
    """ctx: birth year for idno, bank for card, frame prefix for frame."""
    if stype == 'imei':
        body = '86' + digits(rng, 12)
        return body + luhn(body)
    if stype == 'idno':
        s17 = f'{rng.choice(REGIONS[ctx[1]])}{ctx[0]:04d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{digits(rng, 3)}'
        return s17 + id_check(s17)
    if stype == 'card':
        return BANK_PREFIX[ctx] + digits(rng, 12)
    if stype == 'stuno':
        return str(rng.choice([2022, 2023, 2024, 2025])) + digits(rng, 4)
    if stype == 'mealno':
        return '0' + str(rng.randint(1, 9)) + digits(rng, 4)
    if stype == 'siteno':
        return 'LJ' + digits(rng, 4)
    if stype == 'frame':
        return ctx + digits(rng, 2) + rng.choice('ABCDEFHK') + digits(rng, 8)
    if stype == 'plate':
        return '岚A' + digits(rng, 5)
    if stype == 'sn':
        return ''.join(rng.choice(_ALNUM) for _ in range(12))
    raise ValueError(stype)


LABEL = {'imei': 'IMEI', 'idno': '身份证号', 'card': '银行卡', 'stuno': '学号', 'mealno': '饭卡号',
         'siteno': '工号', 'frame': '车架号', 'plate': '车牌', 'sn': '序列号'}
LABEL_EN = {'imei': 'IMEI', 'idno': 'ID no.', 'card': 'card ending', 'sn': 'serial no.', 'frame': 'frame no.',
            'plate': 'plate', 'stuno': 'student no.', 'mealno': 'card no.', 'siteno': 'badge no.'}


def show(rng, stype, v, side):
    """How one person writes a serial.  Returns (text, shown); shown says which positions of the
    canonical value the text reveals: ('full',), ('tail', n) or ('mask', a, b)."""
    if stype == 'imei':
        st = rng.choice(['plain', 'plain', 'label', 'sp', 'sp4', 'tail4', 'tail6'] if side == 'o'
                        else ['plain', 'label', 'label', 'sp', 'sp4', 'dash'])
        if st == 'plain':
            return v, ('full',)
        if st == 'label':
            return rng.choice(['IMEI:', 'IMEI ', 'imei：', '串号']) + v, ('full',)
        if st == 'sp':
            return f'{v[:2]} {v[2:8]} {v[8:14]} {v[14]}', ('full',)
        if st == 'sp4':
            return ' '.join(v[i:i + 4] for i in range(0, 15, 4)), ('full',)
        if st == 'dash':
            return f'{v[:8]}-{v[8:14]}-{v[14]}', ('full',)
        n = 4 if st == 'tail4' else 6
        return rng.choice(['串号后{}位'.format(n), 'IMEI尾号', 'imei后几位']) + v[-n:], ('tail', n)
    if stype == 'idno':
        st = rng.choice(['full', 'full', 'sp', 'low', 'tail4'] if side == 'o'
                        else ['full', 'mask64', 'mask64', 'mask34', 'mask_short', 'mask10'])
        if st == 'full':
            return v, ('full',)
        if st == 'sp':
            return f'{v[:6]} {v[6:14]} {v[14:]}', ('full',)
        if st == 'low':
            return v.lower(), ('full',)
        if st == 'tail4':
            return rng.choice(['后四位', '尾号']) + v[-4:], ('tail', 4)
        if st == 'mask64':
            return v[:6] + '********' + v[-4:], ('mask', 6, 4)
        if st == 'mask34':
            return v[:3] + '***********' + v[-4:], ('mask', 3, 4)
        if st == 'mask10':
            return v[:10] + '****' + v[-4:], ('mask', 10, 4)
        return v[:6] + '****' + v[-4:], ('mask', 6, 4)     # too few stars, as people write it
    if stype == 'card':
        t = v[-4:]
        if side == 'o':
            txt = rng.choice([f'尾号{t}', f'卡号后四位{t}', f'{v[:4]}****{t}', f'尾数{t}'])
        else:
            txt = rng.choice([f'{v[:4]}****{t}', f'{v[:4]} **** **** {t}', f'尾号{t}', f'卡号末四位{t}', f'**{t}'])
        return txt, (('mask', 4, 4) if txt.startswith(v[:4]) else ('tail', 4))
    if stype == 'stuno':
        if rng.random() < 0.25:
            return '后四位' + v[-4:], ('tail', 4)
        return rng.choice([v, v, 'No.' + v, v[:4] + '-' + v[4:]]), ('full',)
    if stype == 'mealno':
        if rng.random() < 0.3:
            return v[1:], ('tail', 5)
        return rng.choice([v, 'No.' + v, 'NO' + v]), ('full',)
    if stype == 'siteno':
        txt = rng.choice([v[:2] + '-' + v[2:], v, v.lower(), v[2:]])
        return txt, (('tail', 4) if txt == v[2:] else ('full',))
    if stype == 'frame':
        st = rng.choice(['full', 'full', 'low', 'sp', 'tail6'])
        if st == 'full':
            return v, ('full',)
        if st == 'low':
            return v.lower(), ('full',)
        if st == 'sp':
            return ' '.join(v[i:i + 5] for i in range(0, len(v), 5)), ('full',)
        return '后六位' + v[-6:], ('tail', 6)
    if stype == 'plate':
        return rng.choice([v[:2] + '·' + v[2:], v, v[:2] + ' ' + v[2:], v[2:]]), (('tail', 5))
    if stype == 'sn':
        st = rng.choice(['full', 'label', 'low', 'tail4'])
        if st == 'tail4':
            return '尾号' + v[-4:], ('tail', 4)
        return {'full': v, 'label': 'S/N ' + v, 'low': v.lower()}[st], ('full',)
    raise ValueError(stype)


def visible(v, shown):
    n = len(v)
    if shown[0] == 'full':
        idx = range(n)
    elif shown[0] == 'tail':
        idx = range(n - shown[1], n)
    else:
        idx = list(range(shown[1])) + list(range(n - shown[2], n))
    return {i: v[i].upper() for i in idx}


def serial_relation(v1, s1, v2, s2):
    """None when the two writings share no position, True when all shared agree, False otherwise."""
    a, b = visible(v1, s1), visible(v2, s2)
    common = sorted(set(a) & set(b))
    if not common or len(v1) != len(v2):
        return None
    return all(a[i] == b[i] for i in common)
