"""set99 ways of saying things: brand spellings, colour words, typos, dialect,
times and serials written the way people write them."""
from set99_world import at

# brand key: Chinese, English, pinyin, misspelt
BRANDS = {
    'huawei': (['华为'], ['HUAWEI', 'Huawei'], ['huawei', 'hua wei'], ['华伟', '花为']),
    'apple': (['苹果'], ['Apple', 'iPhone', 'apple'], ['pingguo'], ['平果', '苹裹']),
    'xiaomi': (['小米'], ['Xiaomi', 'MI', 'xiaomi'], ['xiaomi'], ['晓米', '小咪']),
    'oppo': (['欧珀'], ['OPPO', 'oppo'], ['oupo'], ['0PPO', '欧泊']),
    'vivo': (['维沃'], ['vivo', 'VIVO'], ['weiwo'], ['viv0', '维握']),
    'honor': (['荣耀'], ['HONOR', 'Honor'], ['rongyao'], ['容耀', '荣跃']),
    'yadea': (['雅迪'], ['Yadea', 'YADEA'], ['yadi'], ['亚迪', '雅笛']),
    'aima': (['爱玛'], ['AIMA', 'Aima'], ['aima'], ['艾玛', '爱马']),
    'tailg': (['台铃'], ['TAILG', 'Tailg'], ['tailing'], ['台玲', '台岭']),
    'niu': (['小牛'], ['NIU', 'niu'], ['xiaoniu'], ['小妞']),
    'giant': (['捷安特'], ['GIANT', 'Giant'], ['jieante'], ['洁安特', '捷安持']),
    'xds': (['喜德盛'], ['XDS'], ['xidesheng'], ['喜得盛', '喜德胜']),
    'phoenix': (['凤凰'], ['PHOENIX', 'Phoenix'], ['fenghuang'], ['凤皇']),
    'lenovo': (['联想'], ['Lenovo', 'lenovo'], ['lianxiang'], ['连想', '联相']),
    'dell': (['戴尔'], ['DELL', 'Dell'], ['daier'], ['带尔', '戴儿']),
    'fluke': (['福禄克'], ['FLUKE', 'Fluke'], ['fuluke'], ['福路克', '福录克']),
    'unit': (['优利德'], ['UNI-T', 'UNIT'], ['youlide'], ['优力德', '优立德']),
    'romoss': (['罗马仕'], ['ROMOSS', 'Romoss'], ['luomashi'], ['罗马士', '罗码仕']),
    'septwolves': (['七匹狼'], ['SEPTWOLVES', 'Septwolves'], ['qipilang'], ['7匹狼', '七匹郎']),
    'goldlion': (['金利来'], ['Goldlion', 'GOLDLION'], ['jinlilai'], ['金力来', '金利莱']),
    'ctf': (['周大福'], ['CHOW TAI FOOK', 'CTF'], ['zhoudafu'], ['周大富', '周大夫']),
    'lfx': (['老凤祥'], ['LAO FENG XIANG'], ['laofengxiang'], ['老风祥', '老凤翔']),
    'thermos': (['膳魔师'], ['THERMOS', 'Thermos'], ['shanmoshi'], ['善魔师', '膳魔狮']),
    'samsonite': (['新秀丽'], ['Samsonite', 'SAMSONITE'], ['xinxiuli'], ['新秀利', '新秀俪']),
    'swissgear': (['瑞士军刀'], ['SWISSGEAR', 'SwissGear'], ['ruishijundao'], ['瑞士君刀']),
    'nike': (['耐克'], ['NIKE', 'Nike'], ['naike'], ['耐可', '奈克']),
    'anta': (['安踏'], ['ANTA', 'Anta'], ['anta'], ['安塌', '按踏']),
    'xtc': (['小天才'], ['imoo', 'IMOO'], ['xiaotiancai'], ['小天材', '小天财']),
    'deli': (['得力'], ['deli', 'Deli'], ['deli'], ['德力', '得利']),
    'kingston': (['金士顿'], ['Kingston', 'KINGSTON'], ['jinshidun'], ['金士屯', '金仕顿']),
}


def brand_word(rng, key, style=None):
    if key is None:
        return None
    cn, en, py, typo = BRANDS[key]
    if style is None:
        r = rng.random()
        style = 'cn' if r < 0.55 else 'en' if r < 0.85 else 'typo' if r < 0.93 else 'py'
    pool = {'cn': cn, 'en': en, 'py': py, 'typo': typo}[style]
    return rng.choice(pool)


# canonical colour: everyday words (owner and finder pick from these)
COLOURS = {
    '黑色': ['黑色', '黑的', '黑', '深色', '哑光黑', '亮黑色'],
    '白色': ['白色', '白的', '米白色', '乳白色', '白'],
    '灰色': ['灰色', '深灰', '浅灰色', '深空灰', '灰的'],
    '银色': ['银色', '银白色', '银灰色', '银的'],
    '蓝色': ['蓝色', '深蓝色', '宝蓝', '藏青色', '蓝的'],
    '红色': ['红色', '大红', '酒红色', '暗红色', '红的'],
    '粉色': ['粉色', '粉红色', '浅粉', '粉的'],
    '绿色': ['绿色', '墨绿色', '军绿色', '浅绿'],
    '金色': ['金色', '香槟金', '金黄色', '土豪金'],
    '紫色': ['紫色', '浅紫色', '淡紫', '紫的'],
    '黄色': ['黄色', '明黄色', '土黄色', '黄的'],
    '棕色': ['棕色', '咖啡色', '褐色', '驼色'],
    '橙色': ['橙色', '橘色', '桔黄色'],
}
COLOUR_EN = {'黑色': 'black', '白色': 'white', '灰色': 'grey', '银色': 'silver', '蓝色': 'blue',
             '红色': 'red', '粉色': 'pink', '绿色': 'green', '金色': 'gold', '紫色': 'purple',
             '黄色': 'yellow', '棕色': 'brown', '橙色': 'orange'}


def colour_word(rng, canon, english=False):
    if canon is None:
        return None
    if english:
        return COLOUR_EN[canon]
    return rng.choice(COLOURS[canon])


TYPOS = [('身份证', '身分证'), ('钱包', '钱抱'), ('手机', '手几'), ('钥匙', '钥时'), ('充电宝', '冲电宝'),
         ('已经', '以经'), ('联系', '连系'), ('电话', '电化'), ('捡到', '减到'), ('麻烦', '麻凡'),
         ('谢谢', 'xiexie'), ('食堂', '食唐'), ('宿舍', '宿含'), ('找不到', '找不倒'), ('耳机', '耳几'),
         ('电脑', '电恼'), ('证件', '正件'), ('班车', '斑车'), ('网吧', '网巴'), ('戒指', '戒子')]


def typo(rng, text, n=1):
    cands = [t for t in TYPOS if t[0] in text]
    rng.shuffle(cands)
    for a, b in cands[:n]:
        i = text.find(a)
        text = text[:i] + b + text[i + len(a):]
    return text


# dialect flavours: (lost verb phrases, worry words, fillers)
DIALECTS = {
    'sw': (['搞掉了', '弄掉了', '掉了'], ['莫得办法了', '急死个人', '啷个办哦'], ['嘛', '哦', '噻']),
    'north': (['整丢了', '丢了', '弄没了'], ['俺都急坏了', '咋整啊', '贼着急'], ['俺', '啊', '呗']),
    'hunan': (['搞丢哒', '掉哒', '搞不见哒'], ['冒得办法', '急得要死咯'], ['咯', '哒', '啰']),
    'yue': (['唔见咗', '跌咗', '丢咗'], ['好急', '冇办法'], ['啊', '喔', '嘅']),
    'plain': (['丢了', '不见了', '找不到了', '遗失了'], ['很着急', '麻烦帮忙留意', '急用'], ['', '', '']),
}


def hour_word(h):
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


def when_cn(rng, minutes, style='plain'):
    d = at(minutes)
    h, mi = d.hour, d.minute
    h12 = h if h <= 12 else h - 12
    if h == 0:
        h12 = 12 if style == 'en' else 0
    if style == 'terse':
        return '%d.%d %02d:%02d' % (d.month, d.day, h, (mi // 10) * 10)
    if style == 'official':
        return '%d月%d日%d时许' % (d.month, d.day, h)
    if style == 'en':
        ap = 'am' if h < 12 else 'pm'
        return 'Mar %d around %d%s' % (d.day, h12 if h12 else 12, ap) if d.month == 3 else \
            'Feb %d around %d%s' % (d.day, h12 if h12 else 12, ap)
    day = rng.choice(['%d月%d日', '%d月%d号', '%d.%d号']) % (d.month, d.day)
    if mi >= 40:
        t = '%d点多' % h12
    elif mi >= 20:
        t = '%d点半左右' % h12
    else:
        t = '%d点左右' % h12
    return day + hour_word(h) + t


def exact_time(minutes):
    d = at(minutes)
    return '%d月%d日%d时%02d分' % (d.month, d.day, d.hour, d.minute)


def day_cn(minutes):
    d = at(minutes)
    return '%d月%d日' % (d.month, d.day)


# ---------------------------------------------------------------- serials written differently
def imei_forms(rng, v, who):
    forms = [v, '%s %s %s %s' % (v[:2], v[2:8], v[8:14], v[14]), '%s-%s-%s' % (v[:8], v[8:14], v[14:]),
             ' '.join(v[i:i + 4] for i in range(0, 15, 4))]
    if who == 'owner':
        forms += ['IMEI后六位' + v[-6:], '串号末尾' + v[-6:]]
    return rng.choice(forms)


def id_forms(rng, v, who):
    if who == 'finder':
        forms = [v, v[:6] + '********' + v[-4:], v[:4] + '**********' + v[-4:], v[:6] + '*' * 8 + v[14:]]
    else:
        forms = [v, v, '身份证后四位' + v[-4:], v[:6] + ' ' + v[6:14] + ' ' + v[14:], '尾号' + v[-4:]]
    return rng.choice(forms)


def card_forms(rng, prefix, tail, who):
    if who == 'finder':
        forms = [prefix + ' **** **** ' + tail, prefix + '********' + tail, '尾号' + tail, '卡号末四位' + tail]
    else:
        forms = ['尾号' + tail, '卡号后四位' + tail, tail, '****' + tail]
    return rng.choice(forms)


def spaced(rng, v):
    if rng.random() < 0.5:
        return v
    return ' '.join(v[i:i + 4] for i in range(0, len(v), 4))


CN_NUM = {100: '一百', 200: '两百', 300: '三百', 400: '四百', 500: '五百', 600: '六百', 800: '八百',
          1000: '一千', 1500: '一千五', 2000: '两千', 2500: '两千五', 3000: '三千', 4000: '四千', 5000: '五千'}


def approx_amount(rng, amt):
    """how an owner remembers an amount"""
    r = rng.random()
    if r < 0.3:
        return '%d元' % amt
    rounded = min(CN_NUM, key=lambda k: abs(k - amt))
    if r < 0.65:
        return '大概%s块' % CN_NUM[rounded]
    if r < 0.85:
        return '%s多块' % CN_NUM[rounded] if amt >= rounded else '不到%s' % CN_NUM[rounded]
    return '%d左右' % rounded


def join_name(*parts):
    """colour + brand + model + noun, with a space only between two Latin words"""
    out = ''
    for p in parts:
        if not p:
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and p[0].isascii() and p[0].isalnum():
            out += ' '
        out += p
    return out


def daytime(minutes, earlier=False):
    """move a found time out of the small hours: later the same morning, or (earlier=True)
    back to the evening before"""
    h = at(minutes).hour
    if 0 <= h < 6:
        if earlier:
            return minutes + (h + 1) * 60
        if minutes - (7 - h) * 60 >= 0:
            return minutes - (7 - h) * 60
    return minutes
