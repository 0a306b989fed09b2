#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Write tests/lostfound/set59.json: blind labelled lost-and-found set 59.

World: the invented 第一人民医院 district of the invented city 江陵市, late November to mid
December. Every object is first drawn as a hidden truth record; the owner's lost report and the
finder's registration are then written from it separately, each in its own voice and knowing
only what that person would know. Hard negatives are drawn from the truth record of the report
they are meant to tempt. Python 3 standard library only, one random.Random(SEED), no set or dict
iteration order is ever drawn from, so the output is identical on every run and under any
PYTHONHASHSEED.

Usage: python3 make_set59.py [OUT]      (default: set59.json beside this file)
"""
import datetime as dt
import json
import math
import os
import random
import sys

SEED = 5959
PFX = 'S59'
PART = 'set59'
R = random.Random(SEED)

# The moment every record is registered (all *_min fields count back from it).
NOW = dt.datetime(2024, 12, 18, 9, 0)
START = dt.datetime(2024, 11, 22, 6, 30)
END = dt.datetime(2024, 12, 17, 21, 0)
MAX_MIN = 172800


# ------------------------------------------------------------------ small helpers
def ch(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def wch(pairs):
    tot = float(sum(w for _, w in pairs))
    x = R.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def wstr(spec):
    """'a:3 b:1' -> weighted choice."""
    pairs = []
    for tok in spec.split():
        k, w = tok.split(':')
        pairs.append((k, float(w)))
    return wch(pairs)


def mins_before(t):
    return int((NOW - t).total_seconds() // 60)


def M(n):
    return dt.timedelta(minutes=n)


CN = '零一二三四五六七八九'


def cn_int(n):
    if n < 10:
        return CN[n]
    t, u = divmod(n, 10)
    return ('' if t == 1 else CN[t]) + '十' + (CN[u] if u else '')


def money_vague(n):
    if n < 100:
        return '%d块' % n
    if n >= 10000:
        w = n // 10000
        return ('%s万多块' % cn_int(w)) if n % 10000 else ('%s万块' % cn_int(w))
    if n < 1000:
        h = n // 100
        w = '两' if h == 2 else CN[h]
        return (w + '百多块') if n % 100 else (w + '百块')
    th = n // 1000
    w = '两' if th == 2 else CN[th]
    rest = n % 1000
    if rest == 0:
        return w + '千块'
    if rest == 500:
        return w + '千五'
    return w + '千多块'


# ------------------------------------------------------------------ people
SURNAMES = [('王', 'Wang'), ('李', 'Li'), ('张', 'Zhang'), ('刘', 'Liu'), ('陈', 'Chen'), ('杨', 'Yang'),
            ('黄', 'Huang'), ('赵', 'Zhao'), ('周', 'Zhou'), ('吴', 'Wu'), ('徐', 'Xu'), ('孙', 'Sun'),
            ('胡', 'Hu'), ('朱', 'Zhu'), ('高', 'Gao'), ('林', 'Lin'), ('何', 'He'), ('郭', 'Guo'),
            ('马', 'Ma'), ('罗', 'Luo'), ('梁', 'Liang'), ('宋', 'Song'), ('郑', 'Zheng'), ('谢', 'Xie'),
            ('韩', 'Han'), ('唐', 'Tang'), ('冯', 'Feng'), ('邓', 'Deng'), ('曹', 'Cao'), ('彭', 'Peng'),
            ('曾', 'Zeng'), ('肖', 'Xiao'), ('田', 'Tian'), ('董', 'Dong'), ('袁', 'Yuan'), ('潘', 'Pan'),
            ('蒋', 'Jiang'), ('蔡', 'Cai'), ('余', 'Yu'), ('杜', 'Du'), ('叶', 'Ye'), ('程', 'Cheng'),
            ('魏', 'Wei'), ('熊', 'Xiong'), ('覃', 'Qin'), ('向', 'Xiang'), ('雷', 'Lei'), ('龚', 'Gong')]
GIVEN = {
    'old_f': [('桂兰', 'Guilan'), ('秀英', 'Xiuying'), ('凤英', 'Fengying'), ('玉梅', 'Yumei'), ('翠花', 'Cuihua'),
              ('桂芝', 'Guizhi'), ('淑珍', 'Shuzhen'), ('素华', 'Suhua'), ('金莲', 'Jinlian'), ('春梅', 'Chunmei'),
              ('冬英', 'Dongying'), ('菊香', 'Juxiang'), ('腊梅', 'Lamei'), ('月娥', "Yue'e"), ('水仙', 'Shuixian'),
              ('玉珍', 'Yuzhen'), ('桂香', 'Guixiang'), ('秀兰', 'Xiulan')],
    'old_m': [('德明', 'Deming'), ('建国', 'Jianguo'), ('国强', 'Guoqiang'), ('长富', 'Changfu'), ('有才', 'Youcai'),
              ('福生', 'Fusheng'), ('志刚', 'Zhigang'), ('明德', 'Mingde'), ('守仁', 'Shouren'), ('连生', 'Liansheng'),
              ('光荣', 'Guangrong'), ('家旺', 'Jiawang'), ('永年', 'Yongnian'), ('水生', 'Shuisheng'),
              ('炳坤', 'Bingkun'), ('德华', 'Dehua'), ('金山', 'Jinshan'), ('春生', 'Chunsheng')],
    'mid_f': [('海燕', 'Haiyan'), ('丽娟', 'Lijuan'), ('红梅', 'Hongmei'), ('晓燕', 'Xiaoyan'), ('春华', 'Chunhua'),
              ('静', 'Jing'), ('敏', 'Min'), ('小琴', 'Xiaoqin'), ('艳', 'Yan'), ('慧芳', 'Huifang'), ('丽萍', 'Liping')],
    'mid_m': [('建华', 'Jianhua'), ('伟', 'Wei'), ('军', 'Jun'), ('勇', 'Yong'), ('磊', 'Lei'), ('卫东', 'Weidong'),
              ('志强', 'Zhiqiang'), ('红兵', 'Hongbing'), ('小平', 'Xiaoping'), ('海涛', 'Haitao'), ('文斌', 'Wenbin')],
    'young_f': [('思雨', 'Siyu'), ('欣怡', 'Xinyi'), ('雨桐', 'Yutong'), ('佳怡', 'Jiayi'), ('梦瑶', 'Mengyao'),
                ('诗涵', 'Shihan'), ('可欣', 'Kexin'), ('婧', 'Jing')],
    'young_m': [('浩然', 'Haoran'), ('子轩', 'Zixuan'), ('俊杰', 'Junjie'), ('宇航', 'Yuhang'), ('晨曦', 'Chenxi'),
                ('博文', 'Bowen'), ('一鸣', 'Yiming'), ('家豪', 'Jiahao')],
}
# one character that a hurried hand (or another person) writes differently
NEAR_CHAR = {'芝': '枝', '兰': '英', '英': '瑛', '梅': '美', '华': '花', '明': '民', '强': '祥', '生': '升',
             '刚': '钢', '珍': '贞', '香': '湘', '仁': '人', '富': '福', '才': '财', '莲': '连', '荣': '容',
             '旺': '望', '年': '念', '坤': '昆', '娥': '鹅', '仙': '先', '山': '珊', '平': '萍', '东': '冬',
             '军': '君', '勇': '永', '磊': '雷', '涛': '滔', '斌': '彬', '燕': '艳', '娟': '鹃', '琴': '芹',
             '芳': '方', '萍': '平', '静': '晶', '敏': '民', '雨': '宇', '怡': '仪', '桐': '彤', '瑶': '遥',
             '涵': '含', '欣': '新', '然': '冉', '轩': '萱', '杰': '洁', '航': '杭', '曦': '希', '文': '雯',
             '鸣': '明', '豪': '浩', '婧': '静', '国': '果', '德': '得', '福': '富', '有': '友', '守': '寿',
             '建': '健', '志': '智', '光': '广', '家': '佳', '永': '勇', '水': '淑', '炳': '丙', '金': '锦',
             '春': '椿', '秀': '绣', '凤': '风', '玉': '钰', '翠': '萃', '桂': '贵', '淑': '书', '素': '苏',
             '冬': '东', '菊': '桔', '腊': '蜡', '月': '悦', '连': '莲', '长': '常', '卫': '伟', '红': '宏',
             '小': '晓', '海': '凯', '丽': '莉', '晓': '小', '慧': '惠', '伟': '玮', '思': '斯', '佳': '嘉',
             '梦': '孟', '诗': '思', '可': '珂', '浩': '皓', '子': '紫', '俊': '骏', '宇': '雨', '晨': '辰',
             '博': '波', '一': '逸', '艳': '燕'}

REGIONS = ['421087', '421126', '429021', '421223', '421302', '430725', '421181', '422827', '421024', '429006']
USED_NAMES = []


def id_check(s17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return '10X98765432'[sum(int(a) * b for a, b in zip(s17, w)) % 11]


def make_id(birth, male, region=None):
    region = region or ch(REGIONS)
    g = ch('13579') if male else ch('02468')
    s17 = region + birth.strftime('%Y%m%d') + '%02d' % R.randrange(100) + g
    return s17 + id_check(s17)


def person(age, gender=None, surname=None):
    gender = gender or ch('fm')
    pool = GIVEN[age + '_' + gender]
    for _ in range(500):
        s = surname or ch(SURNAMES)
        g = ch(pool)
        nm = s[0] + g[0]
        if nm not in USED_NAMES:
            break
    USED_NAMES.append(nm)
    y0, y1 = {'old': (1936, 1957), 'mid': (1963, 1986), 'young': (1993, 2005)}[age]
    birth = dt.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))
    return {'name': nm, 'py': s[1] + ' ' + g[1], 'sur': s[0], 'surpy': s[1], 'gender': gender, 'age': age,
            'birth': birth, 'years': 2024 - birth.year - (1 if (birth.month, birth.day) > (12, 18) else 0),
            'id': make_id(birth, gender == 'm'), 'foreign': False}


def near_person(p):
    """Another person whose written name differs from p's by one character."""
    nm = p['name']
    q = dict(p)
    cand = [i for i in range(1, len(nm)) if nm[i] in NEAR_CHAR]
    if cand:
        i = ch(cand)
        new = nm[:i] + NEAR_CHAR[nm[i]] + nm[i + 1:]
    else:
        new = nm[0] + ch(GIVEN[p['age'] + '_' + p['gender']])[0]
    if new == nm or new in USED_NAMES:
        new = nm[0] + ch(GIVEN[p['age'] + '_' + p['gender']])[0]
    USED_NAMES.append(new)
    q['name'] = new
    q['py'] = p['surpy'] + ' ?'
    birth = dt.date(p['birth'].year + R.choice([-2, -1, 0, 1, 2]), R.randint(1, 12), R.randint(1, 28))
    q['birth'] = birth
    q['id'] = make_id(birth, p['gender'] == 'm', region=p['id'][:6])
    return q


FOREIGN = [('OKAFOR', 'Chidi', 'Nigerian', 'A'), ('RAMAN', 'Priya', 'Indian', 'V'), ('KIM', 'Minjun', 'Korean', 'M'),
           ('IVANOVA', 'Daria', 'Russian', 'R'), ('NGUYEN', 'Thi Lan', 'Vietnamese', 'C'),
           ('HASSAN', 'Omar', 'Pakistani', 'K'), ('SILVA', 'Mateus', 'Brazilian', 'F'),
           ('MWANGI', 'Grace', 'Kenyan', 'B'), ('MENSAH', 'Kofi', 'Ghanaian', 'G'), ('SAIDOV', 'Rustam', 'Uzbek', 'U')]


def foreign_person():
    s, g, nat, letter = FOREIGN.pop(R.randrange(len(FOREIGN)))
    return {'name': '%s %s' % (s, g.upper()), 'given': g, 'surname': s, 'nat': nat,
            'passport': letter + '%08d' % R.randrange(10 ** 7, 10 ** 8), 'foreign': True, 'age': 'young',
            'gender': ch('fm'), 'sur': s, 'years': R.randint(20, 30)}


# ------------------------------------------------------------------ numbers
def luhn_digit(payload):
    tot = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


TAC = {}


def make_imei(model, tac=None):
    if tac is None:
        if model not in TAC:
            TAC[model] = '86' + ''.join(ch('0123456789') for _ in range(6))
        tac = TAC[model]
    body = tac + ''.join(ch('0123456789') for _ in range(6))
    return body + luhn_digit(body)


def digits(n):
    return ''.join(ch('0123456789') for _ in range(n))


def imei_forms(x, side):
    full = [x, 'IMEI:' + x, x[:2] + ' ' + x[2:8] + ' ' + x[8:14] + ' ' + x[14],
            x[:2] + '-' + x[2:8] + '-' + x[8:14] + '-' + x[14], ' '.join([x[0:4], x[4:8], x[8:12], x[12:]])]
    tail = ['后六位' + x[-6:], '尾号' + x[-4:], '…' + x[-6:]]
    mask = [x[:6] + '*' * 5 + x[-4:], x[:8] + '****' + x[-3:]]
    if side == 'o':
        return full[:3] + full[4:] + tail + tail[:1]
    return full + full[:1] + mask


def id_forms(x, side):
    full = [x, x[:6] + ' ' + x[6:14] + ' ' + x[14:]]
    mask = [x[:6] + '********' + x[14:], x[:4] + '*' * 10 + x[14:], x[:10] + '****' + x[14:]]
    tail = ['尾号' + x[-4:], '后四位' + x[-4:], x[-6:] + '（后六位）']
    if side == 'o':
        return full + full[:1] + tail + mask[:1]
    return full + mask + mask[:1]


BANKS = [('江陵农商银行', ['农商行', '农商银行', '江陵农商行'], '6231', 'green'),
         ('中国农业银行', ['农行', '农业银行'], '6228', 'grey'),
         ('中国建设银行', ['建行', '建设银行'], '6217', 'blue'),
         ('中国邮政储蓄银行', ['邮政', '邮储银行', '邮储'], '6210', 'green'),
         ('荆江银行', ['荆江银行', '荆江行'], '6223', 'red')]


def bank_forms(bank, tail, side):
    b = bank[2]
    if side == 'o':
        return ['尾号' + tail, '后四位' + tail, tail, '卡号最后是' + tail, '****' + tail]
    return [b + ' **** **** ' + tail, b + '*' * 8 + tail, '**** **** **** ' + tail, '尾号' + tail,
            b + '********' + tail, '卡号后四位' + tail]


def plate_forms(p, side):
    city, letter, num = p
    base = [city + letter + '·' + num, city + ' ' + letter + num, letter + num, city + letter + num,
            letter + '-' + num, num]
    if side == 'o':
        return base + [city + letter.lower() + num, '车牌' + num[-3:] + '结尾']
    return base[:5] + base[:1]


def code_forms(x, side, cut=4):
    """Frame numbers, SNs: spaced, dashed, lower case, tail only."""
    f = [x, x.lower(), x[:cut] + ' ' + x[cut:cut + 4] + ' ' + x[cut + 4:], x[:cut] + '-' + x[cut:]]
    if side == 'o':
        return f + ['后6位' + x[-6:], '尾号' + x[-4:]]
    return f + [x, '*' * (len(x) - 6) + x[-6:]]


# ------------------------------------------------------------------ colours
COL = {
    'black': (['黑色', '黑的', '深色', '哑光黑', '曜石黑', '黑色'], ['黑色', '黑', '深色', '亮黑色', '黑色'], 'black', 'hei se', '黑色'),
    'white': (['白色', '白的', '米白', '乳白色'], ['白色', '白', '象牙白', '白色'], 'white', 'bai se', '白色'),
    'grey': (['灰色', '深空灰', '灰的', '铁灰色'], ['灰色', '深灰色', '浅灰'], 'grey', 'hui se', '灰色'),
    'silver': (['银色', '银白色', '银的'], ['银色', '银灰色', '金属银'], 'silver', 'yin se', '銀色'),
    'gold': (['金色', '香槟金', '土豪金', '金的'], ['金色', '香槟色', '金黄色'], 'gold', 'jin se', '金色'),
    'red': (['红色', '大红', '红的', '中国红'], ['红色', '大红色', '红'], 'red', 'hong se', '紅色'),
    'wine': (['酒红色', '枣红', '暗红色'], ['酒红色', '暗红', '紫红色'], 'burgundy', 'jiu hong se', '酒紅色'),
    'blue': (['蓝色', '宝蓝', '天蓝色', '蓝的'], ['蓝色', '浅蓝色', '蓝'], 'blue', 'lan se', '藍色'),
    'navy': (['深蓝', '藏青色', '藏蓝', '海军蓝'], ['深蓝色', '藏青', '蓝黑色'], 'navy', 'shen lan', '深藍色'),
    'green': (['绿色', '墨绿', '军绿色', '绿的'], ['绿色', '墨绿色', '深绿'], 'green', 'lv se', '綠色'),
    'brown': (['棕色', '咖啡色', '褐色', '驼色'], ['棕色', '咖啡色', '深棕色'], 'brown', 'zong se', '咖啡色'),
    'purple': (['紫色', '紫罗兰', '浅紫'], ['紫色', '淡紫色'], 'purple', 'zi se', '紫色'),
    'pink': (['粉色', '粉红', '樱花粉', '粉的'], ['粉色', '粉红色', '浅粉'], 'pink', 'fen se', '粉紅色'),
    'yellow': (['黄色', '明黄', '黄的'], ['黄色', '土黄色'], 'yellow', 'huang se', '黃色'),
    'beige': (['米色', '肤色', '杏色'], ['米色', '肉色', '浅米色'], 'beige', 'mi se', '米色'),
    'jade': (['翠绿', '绿色', '青绿'], ['翠绿色', '绿色', '青色'], 'jade green', 'cui lv', '翠綠'),
    'jadewhite': (['白玉色', '青白色', '淡绿'], ['白色带绿', '青白色', '乳白'], 'pale green', 'qing bai', '青白色'),
}
NEAR_COL = {'black': ['navy', 'grey', 'brown'], 'navy': ['black', 'blue'], 'blue': ['navy'],
            'wine': ['red', 'purple', 'brown'], 'red': ['wine', 'pink'], 'pink': ['red', 'purple'],
            'purple': ['pink', 'wine'], 'grey': ['silver', 'black'], 'silver': ['grey', 'white'],
            'white': ['beige', 'silver'], 'beige': ['white', 'yellow'], 'gold': ['yellow', 'silver'],
            'brown': ['black', 'wine'], 'green': ['black'], 'yellow': ['gold', 'beige'], 'jade': ['green'],
            'jadewhite': ['white']}


FANCY = ['曜石黑', '哑光黑', '深空灰', '香槟金', '土豪金', '樱花粉', '中国红', '象牙白', '金属银', '亮黑色', '铁灰色', '宝蓝',
         '紫罗兰', '海军蓝']


def col_word(c, side, cat=None):
    words = COL[c][0] if side == 'o' else COL[c][1]
    if cat not in ('phone', 'electronics', 'ebike', 'bicycle'):
        words = [w for w in words if w not in FANCY] or words
    return ch(words)


# ------------------------------------------------------------------ makers
def B(cn, en, py, typo):
    return {'cn': cn, 'en': en, 'py': py, 'typo': typo}


BRANDS = {
    # real phone makers (every model below is invented)
    'huawei': B(['华为'], ['HUAWEI', 'Huawei'], ['huawei'], ['华伟', '化为', 'HUAWIE']),
    'honor': B(['荣耀'], ['HONOR', 'Honor'], ['rongyao'], ['容耀', 'HONER']),
    'xiaomi': B(['小米'], ['Xiaomi', 'MI'], ['xiaomi'], ['小咪', 'XIAOMl']),
    'redmi': B(['红米'], ['Redmi'], ['hongmi'], ['红咪', 'Remdi']),
    'oppo': B(['欧珀'], ['OPPO'], ['oppo'], ['0PPO', 'OPOP']),
    'vivo': B(['维沃'], ['vivo', 'VIVO'], ['weiwo'], ['vivio', '维握']),
    'apple': B(['苹果'], ['Apple', 'iPhone'], ['pingguo'], ['平果', 'iphnoe', 'IPONE']),
    'samsung': B(['三星'], ['SAMSUNG', 'Samsung'], ['sanxing'], ['三心', 'SUMSUNG']),
    'zte': B(['中兴'], ['ZTE'], ['zhongxing'], ['中星', 'ZET']),
    'nokia': B(['诺基亚'], ['NOKIA', 'Nokia'], ['nuojiya'], ['诺基雅', 'NOKAI']),
    'ktouch': B(['天语'], ['K-Touch', 'KTOUCH'], ['tianyu'], ['天雨', 'K-TOUHC']),
    # real car makers (keys only)
    'byd': B(['比亚迪'], ['BYD'], ['biyadi'], ['比亚笛']),
    'wuling': B(['五菱'], ['WULING'], ['wuling'], ['五陵']),
    'vw': B(['大众'], ['VW', 'Volkswagen'], ['dazhong'], ['大重']),
    # invented makers
    'kamechi': B(['卡美琪'], ['KAMECHI'], ['kameiqi'], ['卡美奇', 'KAMICHI']),
    'laochuan': B(['老船长'], ['OLD CAPTAIN'], ['laochuanzhang'], ['老船常', 'OLD CAPTIAN']),
    'wanfulai': B(['万福来'], ['WANFULAI'], ['wanfulai'], ['万福莱', 'WANFULIA']),
    'xingzhe': B(['行者之家'], ['WALKER HOME'], ['xingzhezhijia'], ['行者之佳', 'WALKER HOM']),
    'jiantu': B(['简途'], ['JIANTU'], ['jiantu'], ['简图', 'JAINTU']),
    'osden': B(['奥斯登'], ['OSDEN'], ['aosideng'], ['奥斯顿', 'OSDON']),
    'yatu': B(['雅途'], ['YATU'], ['yatu'], ['雅图', 'YATO']),
    'lvju': B(['绿驹'], ['LVJU'], ['lvju'], ['绿俱', 'LUJU']),
    'taisu': B(['台速'], ['TAISU'], ['taisu'], ['太速', 'TIASU']),
    'suqi': B(['速骐'], ['SUQI'], ['suqi'], ['速琪', 'SUQl']),
    'jinlu': B(['金鹿'], ['GOLDEN DEER'], ['jinlu'], ['金路', 'GOLDENDEER']),
    'jieanda': B(['捷安达'], ['JIEANDA'], ['jieanda'], ['捷安大', 'JIANDA']),
    'xideli': B(['喜德利'], ['XIDELI'], ['xideli'], ['喜得利', 'XIDEIL']),
    'shengyue': B(['声悦'], ['SOUNDJOY'], ['shengyue'], ['声乐', 'SOUNDJOI']),
    'lingkang': B(['聆康'], ['LINGKANG'], ['lingkang'], ['铃康', 'LINKANG']),
    'kangerjian': B(['康尔健'], ['KANGERJIAN', 'KEJ'], ['kangerjian'], ['康而健', 'KANGEJIAN']),
    'yuyue': B(['鱼悦'], ['YUYUE'], ['yuyue'], ['渔悦', 'YUYEU']),
    'wentang': B(['稳糖'], ['WENTANG'], ['wentang'], ['稳唐', 'WENTAGN']),
    'dianxb': B(['电小宝'], ['DIANXIAOBAO'], ['dianxiaobao'], ['电小包', 'DIANXIAOBOA']),
    'jinsheng': B(['金声'], ['JINSHENG'], ['jinsheng'], ['金生', 'JINSEHNG']),
    'nuanfu': B(['暖福'], ['NUANFU'], ['nuanfu'], ['暖服', 'NAUNFU']),
    'haochu': B(['好厨娘'], ['HAOCHUNIANG'], ['haochuniang'], ['好厨粮', 'HAOCHUNAING']),
    'kangfu': B(['康扶'], ['KANGFU'], ['kangfu'], ['康福', 'KANGFO']),
    'anbu': B(['安步'], ['ANBU'], ['anbu'], ['安布', 'ANBO']),
    'xueyu': B(['雪域'], ['XUEYU'], ['xueyu'], ['雪玉', 'XUEUY']),
    'tianqing': B(['天晴'], ['TIANQING'], ['tianqing'], ['天情', 'TIANQIGN']),
    'jfl': B(['金福隆'], ['JFL', 'JINFULONG'], ['jinfulong'], ['金福龙', 'JINFULOGN']),
    'lfx': B(['老凤翔'], ['LAOFENGXIANG'], ['laofengxiang'], ['老风翔', 'LAOFENGXAING']),
    'zfs': B(['周福生'], ['CHOW FOOK SANG'], ['zhoufusheng'], ['周福声', 'CHOW FOOK SNAG']),
    'mingshi': B(['明视'], ['MINGSHI'], ['mingshi'], ['明试', 'MINSHI']),
}
# what a careless owner calls a sub-brand
PARENT = {'honor': 'huawei', 'redmi': 'xiaomi'}


def brand_word(b, side):
    d = BRANDS[b]
    if side == 'o':
        k = wch([('cn', 55), ('en', 20), ('py', 7), ('typo', 18)])
    elif side == 'e':
        k = 'en'
    else:
        k = wch([('cn', 36), ('en', 50), ('py', 3), ('typo', 11)])
    return ch(d[k])


def model_word(m, side):
    forms = [m, m.replace(' ', ''), m.upper(), m.lower(), m]
    if ' ' in m and side == 'o':
        forms.append(m.split(' ')[-1])
    return ch(forms)


# ------------------------------------------------------------------ places
LAT0, LON0 = 29.87314, 113.64271


def P(pid, zone, dx, dy, o, f, en, py, tw, tags):
    return {'id': pid, 'zone': zone, 'dx': dx, 'dy': dy, 'o': o, 'f': f, 'en': en, 'py': py, 'tw': tw,
            'tags': tags}


PLACES = [
    P('opd_hall', 'in', 0, 0, ['门诊大厅', '门诊楼一楼', '门诊一楼大厅', '医院大厅', '门诊那个大厅'],
      ['门诊楼一楼大厅候诊椅', '门诊大厅导诊台旁', '门诊一楼大厅休息区', '门诊楼大厅'], 'outpatient hall',
      'menzhen dating', '門診大廳', 'g'),
    P('reg', 'in', -25, 6, ['挂号窗口', '一楼挂号的地方', '交费窗口', '收费处', '挂号处'],
      ['门诊一楼挂号收费窗口', '门诊收费处3号窗口台面', '挂号窗口前排队护栏处'], 'registration and payment windows',
      'guahao chuangkou', '掛號窗口', 'g'),
    P('selfpay', 'in', 18, 12, ['自助机', '自助缴费机那里', '自助挂号机'],
      ['门诊一楼自助机台面', '自助缴费机上', '自助打印机旁'], 'self-service machines', 'zizhu ji', '自助機', 'g'),
    P('pharm', 'in', 42, -8, ['药房', '拿药的窗口', '西药房', '门诊药房'],
      ['门诊西药房取药窗口', '药房候药区座椅', '门诊药房发药窗口台上'], 'pharmacy', 'yaofang', '藥房', 'g med'),
    P('lab', 'in', -38, 28, ['抽血的地方', '化验室', '检验科', '门诊二楼抽血'],
      ['门诊二楼检验科采血室外', '采血窗口前座椅', '检验科报告自助打印机旁'], 'blood test room', 'chouxue de difang',
      '抽血處', 'g med'),
    P('infus', 'in', 48, 36, ['输液室', '打吊针的地方', '输液大厅', '吊水的地方'],
      ['门诊三楼输液大厅', '输液室座椅', '输液大厅27号座位'], 'infusion hall', 'shuye shi', '輸液室', 'g med'),
    P('ct', 'in', 118, 58, ['CT室', '拍片子的地方', '放射科', '做CT那里'],
      ['医技楼一楼CT候检区', '放射科更衣间', '医技楼CT室门口储物筐', '放射科自助取片机旁'], 'CT room',
      'CT shi', 'CT室', 'g med strip'),
    P('us', 'in', 126, 72, ['B超室', '做彩超的地方', '超声科', '照B超那里'],
      ['医技楼二楼超声科候诊区', '彩超室外座椅', '超声科3号诊室门口'], 'ultrasound room', 'B chao shi', 'B超室',
      'g med strip'),
    P('w_card', 'in', -148, 178, ['住院部心内科', '住院部A栋6楼', '心内科病房', 'A栋六楼'],
      ['住院部A栋6楼心内科护士站', 'A栋6楼开水间', '心内科病区走廊'], 'cardiology ward, block A 6F',
      'xinneike bingfang', '住院部心內科', 'g ward'),
    P('w_orth', 'in', -152, 184, ['骨科病房', '住院部A栋9楼', '骨科'],
      ['A栋9楼骨科护士站', '骨科病区9楼电梯厅', '骨科病房卫生间'], 'orthopaedic ward', 'guke bingfang', '骨科病房',
      'g ward'),
    P('w_neu', 'in', -208, 198, ['神经内科', 'B栋5楼', '神内病房'],
      ['住院部B栋5楼神经内科病区', 'B栋5楼护士站', '神内病区家属休息椅'], 'neurology ward', 'shenjing neike',
      '神經內科', 'g ward'),
    P('w_onc', 'in', -214, 206, ['肿瘤科', 'B栋11楼', '化疗病房'],
      ['住院部B栋11楼肿瘤科', '肿瘤科病区走廊', 'B栋11楼开水房'], 'oncology ward', 'zhongliu ke', '腫瘤科',
      'g ward'),
    P('icu', 'in', -204, 188, ['ICU门口', '重症监护室外面', 'ICU等候的地方', 'B栋三楼ICU'],
      ['住院部B栋3楼ICU家属等候区', 'ICU门外家属座椅', '重症医学科探视通道'], 'ICU waiting area', 'ICU menkou',
      'ICU門口', 'g ward'),
    P('adm', 'in', -118, 150, ['住院处', '办住院的窗口', '出入院办理', '住院部一楼'],
      ['住院部一楼出入院办理大厅', '住院结算窗口台面', '住院部一楼大厅座椅'], 'admissions office', 'zhuyuan chu',
      '住院處', 'g'),
    P('er', 'in', 92, -118, ['急诊', '急诊科', '急诊大厅', '急诊室'],
      ['急诊大厅候诊区', '急诊留观室', '急诊分诊台旁', '急诊抢救室外走廊'], 'emergency department', 'jizhen', '急診',
      'g med'),
    P('amb', 'in', 112, -142, ['120那里', '救护车停的地方', '120急救站'],
      ['120急救站值班室门口', '急救站车库', '120救护车上'], 'ambulance station', 'yao er ling', '120急救站', 'g'),
    P('sec', 'in', -62, 58, ['保卫科'], ['医院保卫科', '保卫科值班室'], 'security office', 'baowei ke', '保衛科', ''),
    P('park_b', 'in', -30, -78, ['地下车库', '停车场负一楼', '地下停车场'],
      ['门诊楼地下停车场B区', '负一楼停车场电梯口', '地下车库缴费岗亭'], 'underground car park', 'dixia cheku',
      '地下停車場', 'g veh'),
    P('park_g', 'in', 64, -168, ['地面停车场', '门口停车场', '急诊那边停车场'],
      ['急诊楼前地面停车场', '地面停车场收费亭旁'], 'car park', 'tingchechang', '停車場', 'g veh'),
    P('shed_e', 'in', 222, 18, ['东门车棚', '东门放电动车的地方', '东门那个棚子', '东门非机动车棚'],
      ['东门非机动车停放区', '东侧电动车棚', '东门车棚充电桩旁'], 'east gate bike shed', 'dongmen chepeng',
      '東門車棚', 'bike'),
    P('shed_n', 'in', -182, 262, ['住院部后面车棚', '住院部后门车棚', '后门车棚'],
      ['住院部北侧非机动车棚', '住院部后门电动车停放点', '北侧车棚充电区'], 'bike shed behind the wards',
      'zhuyuanbu houmian chepeng', '住院部後面車棚', 'bike'),
    P('cant', 'in', -98, 228, ['食堂', '医院饭堂', '打饭的地方', '负一楼食堂'],
      ['住院部负一楼职工患者餐厅', '食堂打饭窗口', '餐厅收碗处'], 'canteen', 'shitang', '食堂', 'g'),
    P('shop', 'in', -128, 212, ['小卖部', '住院部超市', '住院部小超市'], ['住院部一楼便利店', '便利店收银台'],
      'shop in the ward block', 'xiaomaibu', '小賣部', 'g'),
    P('flower', 'gate', 8, -232, ['门口花店', '卖花的店', '南门花店'], ['南门外馨语花店', '馨语花店门口', '花店店内'],
      'flower shop at the gate', 'huadian', '門口花店', 'g'),
    P('fruit', 'gate', 42, -236, ['门口水果店', '买水果的地方', '南门水果店', '水果摊'],
      ['鲜果时光水果店', '南门外水果店收银台', '水果店门口'], 'fruit shop at the gate', 'shuiguo dian', '門口水果店',
      'g bike'),
    P('gate_s', 'gate', 0, -218, ['医院大门口', '正门', '南门', '大门'], ['南门岗亭', '南门保安亭', '南门人行闸机处'],
      'main gate', 'yiyuan damen', '醫院大門口', 'g bike'),
    P('gate_e', 'gate', 232, 0, ['东门', '东边小门'], ['东门岗亭', '东门人行通道'], 'east gate', 'dongmen', '東門',
      'g bike'),
    P('bus', 'gate', -58, -282, ['公交站', '医院总站', '坐公交那里', '公交总站'],
      ['第一医院公交首末站候车亭', '公交总站调度室', '公交首末站站台'], 'bus terminus', 'gongjiao zongzhan',
      '公交總站', 'g bike'),
    P('taxi', 'gate', 82, -252, ['打的的地方', '门口打车那里', '出租车那里'], ['南门出租车上客点', '出租车候客区'],
      'taxi rank', 'chuzuche', '計程車站', 'g'),
    P('drug_out', 'near', 122, -262, ['门口药店', '仁心大药房', '外面药店'], ['仁心大药房收银台', '仁心大药房门口'],
      'pharmacy outside the gate', 'renxin yaofang', '門口藥店', 'g'),
    P('bkfast', 'near', -152, -262, ['早餐店', '医院路早餐店', '门口吃早饭的地方'], ['医院路刘记早餐店', '早餐店门口桌子'],
      'breakfast stall', 'zaocan dian', '早餐店', 'g bike'),
    P('hot1', 'near', -252, 332, ['安康宾馆', '后街那个宾馆', '住的旅馆', '医院后街宾馆'],
      ['医院后街安康宾馆前台', '安康宾馆3楼走廊', '安康宾馆房间内'], 'Ankang Hotel on the back street',
      'ankang binguan', '安康賓館', 'g bike'),
    P('hot2', 'near', 302, -298, ['惠民旅社', '便宜的旅社', '东边旅社'], ['健康路惠民旅社前台', '惠民旅社二楼', '惠民旅社门口'],
      'Huimin Inn', 'huimin lvshe', '惠民旅社', 'g bike'),
    P('hot3', 'near', -322, -182, ['平安公寓', '家庭公寓', '短租房'], ['平安家庭公寓前台', '平安公寓楼道'],
      "Ping'an Apartments", 'pingan gongyu', '平安公寓', 'g bike'),
    # a little further out: where dumped bikes and carried-off things turn up
    P('nanhu', 'out', 910, -620, ['南湖社区'], ['南湖社区3栋楼下', '南湖社区垃圾站旁'], 'Nanhu estate', 'nanhu shequ',
      '南湖社區', ''),
    P('renmin', 'out', -720, -410, ['人民路口'], ['人民路与医院路交叉口', '人民路公交站旁'], 'Renmin Road crossing',
      'renmin lu', '人民路口', ''),
    P('jiankang', 'out', 520, 930, ['健康路小区'], ['健康路小区门口', '健康路小区地下车库'], 'Jiankang Road estate',
      'jiankang lu', '健康路社區', ''),
    P('lijiawan', 'out', -1240, 310, ['李家湾'], ['李家湾城中村巷子里', '李家湾菜场门口'], 'Lijiawan village',
      'lijiawan', '李家灣', ''),
    # far away in the same city
    P('east_st', 'far', 8200, 3100, ['江陵东站', '高铁站'], ['江陵东站进站口', '东站出租车通道'], 'Jiangling East station',
      'jiangling dongzhan', '江陵東站', ''),
    P('bus_n', 'far', -1600, 9100, ['城北客运站'], ['城北客运站候车厅', '城北客运站售票处'], 'north coach station',
      'chengbei keyunzhan', '城北客運站', ''),
    P('plaza', 'far', 5100, -4200, ['金沙广场'], ['金沙广场东门', '金沙广场负一楼超市'], 'Jinsha Plaza', 'jinsha guangchang',
      '金沙廣場', ''),
    P('univ', 'far', -7100, -2100, ['江陵大学'], ['江陵大学二食堂', '江陵大学南门'], 'Jiangling University',
      'jiangling daxue', '江陵大學', ''),
    P('park', 'far', 3200, 6600, ['滨江公园'], ['滨江公园长椅', '滨江公园西门'], 'riverside park', 'binjiang gongyuan',
      '濱江公園', ''),
    P('market', 'far', -2100, -7200, ['城南农贸市场'], ['城南农贸市场肉摊旁', '城南农贸市场门口'], 'south market',
      'chengnan shichang', '城南市場', ''),
    P('tcm', 'far', -4600, 1300, ['市中医院'], ['江陵市中医院门诊大厅', '市中医院住院部'], 'city TCM hospital',
      'zhongyiyuan', '市中醫院', ''),
    P('devzone', 'far', 12100, -900, ['开发区'], ['开发区管委会门口', '开发区工业园公交站'], 'development zone',
      'kaifaqu', '開發區', ''),
]
PL = {p['id']: p for p in PLACES}
for _p in PLACES:
    _p['tags'] = _p['tags'].split()


def pdist(a, b):
    return math.hypot(a['dx'] - b['dx'], a['dy'] - b['dy'])


def campus(p):
    return p['zone'] in ('in', 'gate', 'near')


def neighbours(p, lim=220, cat=None):
    tag = 'bike' if cat in ('ebike', 'bicycle') else 'g'
    return [q for q in PLACES if q['id'] not in (p['id'], 'sec') and campus(q) == campus(p)
            and pdist(p, q) <= lim and q['zone'] != 'far' and tag in q['tags']]


def coords(p, jit=14.0):
    dx = p['dx'] + R.uniform(-jit, jit)
    dy = p['dy'] + R.uniform(-jit, jit)
    lat = LAT0 + dy / 111320.0
    lon = LON0 + dx / (111320.0 * math.cos(math.radians(LAT0)))
    return round(lat, 6), round(lon, 6)


def prefix_hosp(s):
    if s.startswith(('第一人民医院', '江陵市', '一医院')):
        return s
    return ch(['第一人民医院', '江陵市第一人民医院', '一医院', '市一医院']) + s


# ------------------------------------------------------------------ time
LUNAR_DAYS = ['初一', '初二', '初三', '初四', '初五', '初六', '初七', '初八', '初九', '初十', '十一', '十二', '十三',
              '十四', '十五', '十六', '十七', '十八', '十九', '二十', '廿一', '廿二', '廿三', '廿四', '廿五', '廿六',
              '廿七', '廿八', '廿九', '三十']
WEEK_CN = '一二三四五六日'


def lunar(d):
    # 2024: 十月 began on 1 November, 冬月 on 1 December
    return ('十月' if d.month == 11 else '冬月') + LUNAR_DAYS[d.day - 1]


def day_words(d, voice):
    delta = (NOW.date() - d).days
    opts = []
    rel = {1: '昨天', 2: '前天', 3: '大前天'}.get(delta)
    if rel:
        opts.append((rel, 5 if voice in ('elder', 'rural', 'young') else 2))
    mon = NOW.date() - dt.timedelta(days=NOW.weekday())
    wd = d.weekday()
    if mon - dt.timedelta(days=7) <= d < mon:
        opts.append(('上个礼拜' + ('天' if wd == 6 else WEEK_CN[wd]), 2))
        opts.append(('上周' + WEEK_CN[wd], 1))
    num = [('%d月%d日' % (d.month, d.day), 3), ('%d月%d号' % (d.month, d.day), 3)]
    if d.month == 12:
        num.append(('%d号' % d.day, 2 if voice in ('elder', 'rural') else 1))
    if voice in ('elder', 'rural'):
        opts += [('农历' + lunar(d), 2), ('阴历' + lunar(d), 2), (lunar(d), 2)] + num
    elif voice == 'desk':
        opts = [('2024年%d月%d日' % (d.month, d.day), 3), ('%d月%d日' % (d.month, d.day), 4)]
    elif voice == 'young':
        opts += num + [('%d.%d' % (d.month, d.day), 2), ('%d/%d' % (d.month, d.day), 1)]
    else:
        opts += num
    return wch(opts)


PARTS = [('凌晨', 0, 6), ('早上', 6, 9), ('上午', 8, 12), ('中午', 11, 14), ('下午', 13, 18), ('傍晚', 17, 19),
         ('晚上', 18, 24)]


def part_of(h):
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
    if h < 19:
        return '傍晚'
    return '晚上'


def clock(t, digital=False):
    h, m = t.hour, t.minute
    if digital:
        return '%d:%02d' % (h, m)
    h12 = h if h <= 12 else h - 12
    tail = '' if m < 10 else ('半' if 25 <= m <= 35 else '多')
    return '%s%d点%s' % (part_of(h), h12, tail)


def day_at(d, h, m=0):
    return dt.datetime(d.year, d.month, d.day, h, m)


def make_window(t, voice, kinds=None):
    d = t.date()
    if kinds is None:
        kinds = {'elder': [('part', 5), ('day', 3), ('exact', 1), ('days', 1)],
                 'rural': [('part', 4), ('day', 3), ('between', 1), ('days', 1)],
                 'desk': [('exact', 3), ('between', 4), ('part', 2), ('days', 1)],
                 'young': [('exact', 4), ('between', 3), ('part', 2)],
                 }.get(voice, [('exact', 3), ('between', 3), ('part', 4), ('day', 1), ('days', 1)])
    k = wch(kinds)
    dw = day_words(d, voice)
    if k == 'exact':
        a, b = t - M(R.randint(15, 50)), t + M(R.randint(10, 45))
        ph = ch(['%s%s左右' % (dw, clock(t).replace('多', '').replace('半', '半')),
                 '%s%s的样子' % (dw, clock(t)), '%s大概%s' % (dw, clock(t))])
    elif k == 'between':
        a, b = t - M(R.randint(30, 200)), t + M(R.randint(15, 150))
        if voice in ('elder', 'rural'):
            ph = '%s%s出门还在，%s就没得了，' % (dw, clock(a), clock(b))
        else:
            ph = ch(['%s%s到%s之间' % (dw, clock(a), clock(b)),
                     '%s%s到%s之间' % (dw, clock(a), clock(b)),
                     '%s从%s到%s' % (dw, clock(a, True), clock(b, True))])
    elif k == 'part':
        cands = [p for p in PARTS if p[1] <= t.hour < p[2]]
        name, h0, h1 = ch(cands)
        a, b = day_at(d, h0), day_at(d, h1) if h1 < 24 else day_at(d, 23, 59)
        ph = dw + name
    elif k == 'day':
        if 6 <= t.hour < 22:
            a, b = day_at(d, 6), day_at(d, 22)
        else:
            a, b = day_at(d, 0), day_at(d, 23, 59)
        ph = dw + ch(['', '那天', '（具体几点记不清）'])
    else:
        k1 = R.randint(1, 3)
        a = day_at(d - dt.timedelta(days=k1), 7)
        if a < START - dt.timedelta(days=2):
            a = day_at(d, 7)
        d2 = d + dt.timedelta(days=R.randint(0, 2))
        b = day_at(d2, 21)
        ph = ch(['%d月%d号到%d月%d号之间' % (a.month, a.day, b.month, b.day),
                 '%d号到%d号那几天' % (a.day, b.day) if a.month == b.month else
                 '%d月%d号到%d月%d号' % (a.month, a.day, b.month, b.day),
                 '住院那几天（%d.%d-%d.%d）' % (a.month, a.day, b.month, b.day)])
    lim = NOW - M(20)
    if b > lim:
        b = lim
    if a > t:
        a = t - M(5)
    if b < t:
        b = t + M(5)
    return a, b, ph


def found_words(tf, voice):
    d = tf.date()
    delta = (NOW.date() - d).days
    opts = [('%d月%d日%d时%d分许' % (d.month, d.day, tf.hour, tf.minute), 3 if voice == 'desk' else 1),
            ('%d月%d号%s' % (d.month, d.day, clock(tf)), 3),
            ('%d.%d %s' % (d.month, d.day, clock(tf, True)), 2),
            ('%d月%d日%s' % (d.month, d.day, part_of(tf.hour)), 2)]
    if delta == 0:
        opts.append(('今天' + clock(tf), 4))
    if delta == 1:
        opts.append(('昨天' + clock(tf), 3))
    return wch(opts)


def daytime(tf):
    """Things are handed in while people are about: move a small-hours find to the next morning."""
    if tf.hour < 6 or (tf.hour == 6 and tf.minute < 30):
        c = day_at(tf.date(), 6, 30) + M(R.randint(0, 150))
    elif tf.hour == 23 or (tf.hour == 22 and tf.minute >= 40):
        c = day_at(tf.date() + dt.timedelta(days=1), 6, 30) + M(R.randint(0, 150))
    else:
        return tf
    lim = NOW - M(8)
    if c > lim:
        c = lim - M(R.randint(0, 40))
    return c if c >= tf else tf


def found_after(t, cat):
    if cat in ('ebike', 'bicycle'):
        d = wch([(R.randint(30, 600), 3), (R.randint(600, 4320), 4), (R.randint(4320, 14400), 3)])
    else:
        d = wch([(R.randint(3, 90), 4), (R.randint(90, 600), 4), (R.randint(600, 2880), 2),
                 (R.randint(2880, 10080), 1)])
    tf = daytime(t + M(d))
    lim = NOW - M(8)
    if tf > lim:
        span = max(1, int((lim - t).total_seconds() // 60))
        tf = daytime(t + M(R.randint(min(2, span), span)))
    return tf


def rand_time(lo=START, hi=END):
    days = (hi.date() - lo.date()).days
    for _ in range(200):
        d = lo.date() + dt.timedelta(days=R.randrange(days + 1))
        h = wch([(6, 2), (7, 5), (8, 9), (9, 10), (10, 10), (11, 8), (12, 5), (13, 5), (14, 8), (15, 8),
                 (16, 7), (17, 5), (18, 4), (19, 4), (20, 3), (21, 2), (22, 1), (23, 1), (2, 1)])
        t = day_at(d, h, R.randrange(60))
        if lo <= t <= hi:
            return t
    return lo + (hi - lo) / 2


# ------------------------------------------------------------------ marks: (owner words, finder words, English)
# An item whose finder words are '' is something only the owner knows.
POOLS = {
    'ph_case': ((.55, .75), [
        ('套了个透明壳子，用久了发黄', '透明软壳（已发黄）', 'a clear case gone yellow'),
        ('黑色翻盖皮套', '黑色翻盖皮套', 'a black flip cover'),
        ('粉色的壳带根挂绳', '粉色手机壳，带挂绳', 'a pink case with a strap'),
        ('壳子上印了只小熊', '卡通小熊图案手机壳', 'a case with a cartoon bear'),
        ('红色带支架的壳', '红色手机壳（带支架）', 'a red case with a stand'),
        ('蓝色硅胶套', '蓝色硅胶保护套', 'a blue silicone case'),
        ('磨砂黑壳子', '黑色磨砂手机壳', 'a matte black case'),
        ('壳子后面印了个福字', '手机壳背面印“福”字', None),
        ('绿色插卡皮套', '绿色皮套（可插卡）', 'a green wallet case'),
        ('紫色的壳，边上有水钻', '紫色手机壳，边缘镶水钻', 'a purple case with rhinestones')]),
    'ph_crack': ((.6, .7), [
        ('屏幕左上角摔裂了', '屏幕左上角有裂纹', 'the top left corner of the screen is cracked'),
        ('屏幕碎成蜘蛛网了', '屏幕碎裂呈蛛网状', 'the screen is shattered'),
        ('贴的膜裂了一道', '钢化膜有一道裂痕', 'the screen protector is cracked'),
        ('后盖摔了个缺口', '后壳边角有磕碰缺口', 'a chip on the back corner'),
        ('屏幕底下有一条线', '屏幕下方有一条彩色竖线', 'a coloured line at the bottom of the screen')]),
    'ph_sticker': ((.65, .75), [
        ('背面贴了白胶布，写着我儿子的电话', '背面贴白色胶布，上有手写电话号码', None),
        ('后盖上贴了个“平安”贴纸', '后盖贴有“平安”字样贴纸', None),
        ('按键上的字都磨没了', '按键字迹磨损严重', None),
        ('电池盖用透明胶缠了几圈', '电池盖用透明胶带缠绕', None),
        ('背面贴了张小孙子的大头贴', '背面贴有儿童大头贴', None)]),
    'ph_wall': ((.35, .4), [
        ('锁屏是我孙子的照片', '开机锁屏为一男孩照片', None),
        ('屏保是一朵荷花', '锁屏图案为荷花', 'the lock screen is a lotus flower'),
        ('锁屏是全家福', '锁屏为多人合影', 'the lock screen is a family photo'),
        ('壁纸是一只橘猫', '锁屏为一只橘色猫', 'the wallpaper is an orange cat'),
        ('屏保是山水画', '锁屏为山水风景', 'the wallpaper is a mountain landscape'),
        ('锁屏是我和老伴的合照', '锁屏为两位老人合影', None),
        ('锁屏是个动漫人物', '锁屏为动漫人物图片', 'an anime character on the lock screen')]),
    'ph_incase': ((.6, .8), [
        ('壳子里夹了张公交卡', '手机壳内夹公交卡一张', 'a bus card inside the case'),
        ('壳子里夹了50块钱', '手机壳内夹有现金50元', '50 yuan folded inside the case'),
        ('壳里夹着挂号单', '手机壳内夹挂号单一张', 'a registration slip inside the case'),
        ('壳子里有张小照片', '手机壳内夹一张合影小照片', None)]),
    'ph_charm': ((.5, .7), [
        ('挂了根红绳平安扣', '挂红绳平安扣挂件', 'a red string with a jade charm'),
        ('挂了个小葫芦', '挂小葫芦挂件', None),
        ('挂绳是蓝色的长绳子，挂脖子上的', '蓝色挂脖长挂绳', 'a long blue neck strap'),
        ('挂了个小铃铛', '挂小铃铛', None)]),
    'id_holder': ((.5, .7), [
        ('装在透明卡套里', '透明卡套装', 'in a clear sleeve'),
        ('套了个红色小卡包', '装于红色卡套内', 'in a small red holder'),
        ('卡套上挂了个钥匙扣', '卡套挂有钥匙扣', None),
        ('用橡皮筋和别的卡捆在一起', '与其他卡片用橡皮筋捆扎', None),
        ('夹在一个蓝色塑料卡套里', '蓝色塑料卡套', 'in a blue plastic sleeve')]),
    'id_wear': ((.3, .5), [
        ('边上有点磨花了', '证件边缘磨损', None),
        ('照片那里有道划痕', '照片处有划痕', None),
        ('卡有点弯了', '卡片弯折', None),
        ('背面用圆珠笔写了电话', '背面有圆珠笔手写电话号码', None)]),
    'wa_wear': ((.45, .6), [
        ('边角都磨破了', '边角磨损严重', 'the corners are worn'),
        ('拉链头掉了，拴了个回形针', '拉链头缺失，系有回形针', None),
        ('扣子坏了合不拢', '按扣损坏', 'the snap is broken'),
        ('上面有一道划痕', '表面有一道划痕', None),
        ('皮子有点掉色起皮', '表皮褪色起皮', 'the leather is peeling')]),
    'wa_photo': ((.5, .75), [
        ('夹层里有张我孙女的照片', '夹层内有一张小女孩照片', None),
        ('有张我跟老伴年轻时候的黑白照片', '内有一张黑白老照片（两人合影）', None),
        ('有张一寸照', '内有一寸证件照一张', 'a passport photo'),
        ('夹了张观音像的小卡片', '内夹观音像卡片一张', None)]),
    'wa_misc': ((.45, .7), [
        ('还有几张挂号单和发票', '内有门诊缴费票据、挂号单若干', 'some hospital receipts'),
        ('有一张超市购物卡', '内有超市购物卡一张', None),
        ('有几个硬币', '内有硬币若干', 'some coins'),
        ('夹了张药方', '内夹手写处方一张', None),
        ('有张公交卡', '内有公交卡一张', 'a bus card')]),
    'ky_charm': ((.75, .85), [
        ('挂了个小熊', '小熊挂件', 'a small teddy bear', 'xiao xiong', 'brown'),
        ('挂了个红色中国结', '红色中国结挂件', 'a red Chinese knot', 'hongse zhongguojie', 'red'),
        ('挂了个指甲剪', '钥匙圈带指甲剪', 'a nail clipper', 'zhijiajian', 'silver'),
        ('挂了个小葫芦', '葫芦挂件', 'a little gourd', 'xiao hulu', 'yellow'),
        ('有个粉色小猪挂件', '粉色小猪挂件', 'a pink pig', 'fense xiaozhu', 'pink'),
        ('挂了个平安符', '平安符挂件', None, 'pingan fu', 'red'),
        ('挂了个蓝色海豚', '蓝色海豚挂件', 'a blue dolphin', 'lanse haitun', 'blue'),
        ('拴了枚铜钱', '铜钱挂件', 'an old coin', 'tongqian', 'gold'),
        ('挂了个开瓶器', '开瓶器挂件', 'a bottle opener', 'kaipingqi', 'silver'),
        ('挂了个小黄人', '小黄人公仔挂件', 'a minion', 'xiao huangren', 'yellow')]),
    'ky_tag': ((.6, .85), [
        ('挂了个塑料牌写着“{tag}”', '挂塑料号码牌，上写“{tag}”', 'a plastic tag that says {tag}'),
        ('钥匙上贴了胶布写着“{tag}”', '钥匙贴胶布标注“{tag}”', 'tape on one key saying {tag}')]),
    'ky_fob': ((.55, .8), [
        ('一个蓝色门禁扣', '蓝色门禁扣一个', 'a blue door fob'),
        ('一个红色门禁卡', '红色门禁卡一张', 'a red access card'),
        ('小区门禁扣（黑色的）', '黑色门禁扣一个', 'a black fob')]),
    'ky_ring': ((.3, .5), [
        ('钥匙圈是登山扣那种', '登山扣钥匙圈', 'on a carabiner'),
        ('装在一个棕色皮钥匙包里', '棕色皮质钥匙包', 'in a brown leather pouch'),
        ('钥匙圈是个大铁圈', '大号铁质钥匙圈', None)]),
    'eb_quilt': ((.75, .85), [
        ('挡风被是红格子的', '车上有红色格子挡风被', None),
        ('迷彩的挡风被', '迷彩色挡风被', None),
        ('挡风被上印的小猪佩奇', '卡通图案挡风被（小猪佩奇）', None),
        ('黑色加厚挡风被', '黑色加厚挡风被', None),
        ('蓝色挡风被带护膝', '蓝色挡风被（带护膝）', None),
        ('挡风被是碎花的', '碎花挡风被', None)]),
    'eb_seat': ((.6, .75), [
        ('后面装了个儿童座椅', '后座装有儿童座椅', None),
        ('后座有个灰色坐垫', '后座灰色坐垫', None),
        ('后货架上绑了根黑色松紧带', '后货架绑黑色松紧带', None),
        ('后面加了个外卖箱', '后座装有外卖保温箱', None)]),
    'eb_mark': ((.5, .6), [
        ('左边后视镜断了', '左后视镜缺失', None),
        ('车篮子缺了个角', '车篮破损一角', None),
        ('前面车篮罩了个网兜', '车篮罩网兜', None),
        ('坐垫破了用胶带缠的', '坐垫破损，缠有胶带', None),
        ('车头挂了个黄色头盔', '车把挂黄色头盔', None)]),
    'eb_batt': ((.4, .0), [
        ('电瓶是48V的', '', None),
        ('60V的电瓶，上个月才换的', '', None),
        ('电瓶是锂电的，能拔下来', '', None)]),
    'bc_basket': ((.65, .8), [
        ('前面有个铁篮子', '前部铁质车筐', 'a metal basket in front'),
        ('前面是塑料篮子', '前部塑料车筐', 'a plastic basket in front'),
        ('篮子里垫了块纸板', '车筐内垫纸板', None)]),
    'bc_seat': ((.5, .65), [
        ('坐垫套是花布的', '坐垫有碎花布套', 'a flowery saddle cover'),
        ('坐垫破了个口', '坐垫破损', 'the saddle is torn'),
        ('后面有个小孩坐的座椅', '后座儿童座椅', 'a child seat at the back')]),
    'bc_lock': ((.4, .5), [
        ('锁是红色的链条锁', '红色链条锁', 'a red chain lock'),
        ('用的U型锁', 'U型锁', 'a U-lock'),
        ('车上缠着一根钢丝锁', '缠钢丝锁', 'a cable lock')]),
    'bc_rust': ((.35, .5), [
        ('车子有点生锈', '车身锈迹明显', 'a bit rusty'),
        ('铃铛掉了', '无车铃', 'no bell'),
        ('后挡泥板歪了', '后挡泥板变形', 'the rear mudguard is bent')]),
    'bg_charm': ((.4, .6), [
        ('拉链上挂了个小熊', '拉链挂小熊挂件', 'a small bear on the zip'),
        ('拉链头上系了根红绳', '拉链系红绳', None),
        ('包上挂了个平安符', '包挂平安符', None)]),
    'bg_wear': ((.35, .5), [
        ('背带断了一根用绳子接的', '一侧背带断裂，用绳子连接', 'one strap is broken'),
        ('底下磨了个洞', '包底磨破一洞', 'a hole in the bottom'),
        ('拉链坏了用别针别着', '拉链损坏，用别针固定', None)]),
    'jw_bangle': ((.6, .8), [
        ('光面的', '光面无花纹', None), ('上面刻了龙凤', '龙凤纹饰', None), ('刻了个福字', '刻“福”字', None),
        ('竹节样式的', '竹节款', None), ('古法的，磨砂面', '古法磨砂工艺', None)]),
    'jw_ring': ((.6, .8), [
        ('戒面上刻了个福', '戒面“福”字', None), ('就是个素圈', '素圈无花纹', None),
        ('方戒面，上面一个“发”字', '方形戒面“发”字', None), ('内圈刻了LW两个字母', '内圈刻“LW”', 'engraved LW inside'),
        ('带个小转运珠', '带转运珠', None)]),
    'jw_pendant': ((.8, .85), [
        ('吊坠是个观音', '观音吊坠', None), ('带个貔貅吊坠', '貔貅吊坠', None), ('吊坠是生肖牛', '生肖牛吊坠', None),
        ('挂的平安扣', '平安扣吊坠', None), ('吊坠镶了块玉', '镶玉吊坠', None)]),
    'jw_jade': ((.7, .75), [
        ('有一道裂纹', '可见一道裂纹', 'a thin crack'), ('断过，用金子包了一截', '一处包金修补', 'a gold-wrapped repair'),
        ('里面有块飘花', '内有飘花', None), ('有一块发黄', '局部发黄', None)]),
    'jw_silver': ((.7, .8), [
        ('刻着“长命百岁”', '刻“长命百岁”', None), ('刻了个“寿”字', '刻“寿”字', None),
        ('带了几个小铃铛', '带小铃铛', None)]),
    'jw_ear': ((.6, .7), [
        ('小圆圈的', '圆圈款', None), ('水滴样子的', '水滴形吊坠', None), ('小耳钉，一颗珠子', '珍珠耳钉', None)]),
    'jw_beads': ((.6, .7), [
        ('有颗珠子裂了', '一颗珠子有裂纹', None), ('带个红色流苏', '红色流苏', None), ('隔珠是银的', '银质隔珠', None)]),
    'jw_wed': ((.7, .8), [
        ('内圈刻着“W&L 1988”', '内圈刻“W&L 1988”', 'engraved W&L 1988'),
        ('内圈刻了“执子之手”', '内圈刻“执子之手”', None), ('上面镶了颗小钻', '镶嵌一颗小钻', 'one small diamond')]),
    'el_box': ((.5, .7), [
        ('装在一个{bc}小盒子里', '装于{bc}收纳盒内', 'in a small box'),
        ('放在眼镜盒里', '装在眼镜盒内', 'inside a glasses case')]),
    'el_sticker': ((.45, .7), [
        ('背面贴了张写着“{name}”的胶布', '背面贴胶布，写有“{name}”', 'a label with the name {name}'),
        ('贴了个小红花贴纸', '贴有小红花贴纸', 'a red flower sticker'),
        ('有一道明显的划痕', '表面有明显划痕', 'a deep scratch'),
        ('用记号笔写了“{bed}床”', '记号笔写有“{bed}床”', None)]),
    'el_bag': ((.5, .65), [
        ('装在一个灰色布袋里', '装于灰色布袋内', None),
        ('连着说明书一起放在原装盒子里', '连同原包装盒及说明书', None),
        ('袋子里还有一瓶试纸', '袋内有试纸一瓶', None)]),
    'el_case': ((.5, .7), [
        ('套了个透明保护套', '带透明保护套', 'a clear cover'),
        ('上面贴了个卡通贴纸', '贴卡通贴纸', 'a cartoon sticker'),
        ('带个蓝色硅胶套', '蓝色硅胶保护套', 'a blue silicone cover')]),
    'el_strap': ((.55, .7), [
        ('表带是后来换的黑色皮表带', '黑色皮质表带', None),
        ('表带上有个小挂饰', '表带挂小饰品', None),
        ('屏幕有划痕', '屏幕有划痕', None)]),
    'el_radio': ((.6, .75), [
        ('U盘里全是黄梅戏', '内插U盘（戏曲）', None), ('天线断了一截', '天线折断', None),
        ('带个红色挂绳', '红色挂绳', None)]),
    'el_plush': ((.6, .75), [
        ('外面套了个兔子绒布套', '兔子造型绒布外套', None), ('是个小熊的样子', '小熊造型', None)]),
    'ot_bl': ((.5, .6), [
        ('里面夹着几张检查单', '内夹检查单数张', None), ('封面写了我儿子的电话', '封面手写电话号码', None),
        ('用塑料袋装着', '装于塑料袋内', None), ('封面沾了茶渍', '封面有水渍', None)]),
    'ot_pill': ((.6, .7), [
        ('盖子上贴了名字“{name}”', '盒盖贴有“{name}”字样', None), ('周一到周日七个格子', '七格分装', None),
        ('有个格子的盖子掉了', '一格盒盖缺失', None)]),
    'ot_teeth': ((.7, .8), [
        ('装在一个蓝色假牙盒里', '装于蓝色义齿盒内', None), ('用纸巾包着', '用纸巾包裹', None),
        ('放在一个一次性杯子里', '置于一次性纸杯内', None)]),
    'ot_cane': ((.6, .7), [
        ('手柄缠了黑胶布', '手柄缠黑色胶布', None), ('底下橡胶垫磨坏了', '底部橡胶脚垫磨损', None),
        ('挂了个小铃铛', '挂小铃铛', None), ('上面用红漆写了个“{sur}”', '杖身红漆写“{sur}”字', None)]),
    'ot_wheel': ((.65, .8), [
        ('靠背上用记号笔写了“{sur}”', '靠背记号笔写有“{sur}”字', None),
        ('坐垫是自己缝的花布垫', '座位有手缝花布坐垫', None), ('左边刹车不太灵', '', None),
        ('扶手上挂了个塑料袋', '扶手挂塑料袋（内有纸巾）', None)]),
    'ot_box': ((.6, .75), [
        ('盖子上贴了胶布写着“{bed}床{sur}”', '盒盖胶布写有“{bed}床{sur}”', None),
        ('装在一个花布袋里', '装于花布袋内', None), ('提手断了一边', '提手一侧断裂', None)]),
    'ot_cup': ((.6, .75), [
        ('杯子上刻了“{name}”', '杯身刻有“{name}”', None), ('杯盖上有个凹痕', '杯盖有凹痕', None),
        ('套了个毛线杯套', '毛线杯套', None)]),
    'ot_coat': ((.55, .7), [
        ('口袋里有挂号单和口罩', '口袋内有挂号单、口罩', None), ('袖口有点磨破', '袖口磨损', None),
        ('帽子上有圈毛领', '带毛领帽子', None)]),
    'ot_glass': ((.55, .7), [
        ('装在一个红色眼镜盒里', '装于红色眼镜盒', None), ('有条腿是用胶布缠的', '一侧镜腿缠胶布', None),
        ('眼镜盒是黑色的，上面印了眼镜店名字', '黑色眼镜盒（印眼镜店名）', None)]),
    'ot_umb': ((.55, .7), [
        ('伞上是格子花纹', '格子图案', None), ('有根伞骨断了', '伞骨断一根', None),
        ('伞柄是木头的', '木质伞柄', None)]),
}


def mk(a, key, pool, idx=None):
    items = POOLS[pool][1]
    a['mk'][key] = (pool, R.randrange(len(items)) if idx is None else idx)


def mk_item(a, key):
    pool, i = a['mk'][key]
    return POOLS[pool][1][i]


def F(k, who, o, f, po, pf, e=None, ser=None):
    return {'k': k, 'who': who, 'o': o, 'f': f, 'po': po, 'pf': pf, 'e': e or [], 'ser': ser}


def mk_facts(a):
    out = []
    for key in sorted(a['mk']):
        pool, i = a['mk'][key]
        (po, pf), items = POOLS[pool]
        it = items[i]
        o = it[0].format(**a['fmt'])
        f = it[1].format(**a['fmt']) if it[1] else ''
        e = it[2].format(**a['fmt']) if len(it) > 2 and it[2] else None
        who = 'both' if f else 'owner'
        if key == 'wall' and not a.get('power'):
            who = 'owner'
        out.append(F(key, who, [o], [f] if f else [], po, pf, e=[e] if e else []))
    return out


def base(cat, kind, ctx):
    p = ctx['person']
    return {'cat': cat, 'cat_f': cat, 'kind': kind, 'brand': None, 'model': None, 'color': None, 'mk': {},
            'person': p, 'fmt': {'name': p['name'], 'sur': p['sur'], 'bed': ctx.get('bed', '12'),
                                 'tag': '', 'bc': ''}}


# ------------------------------------------------------------------ phones
PHONE_MODELS = {
    'huawei': ['畅享 Z7', 'nova Y93', 'Mate 58', '麦芒 M12'], 'honor': ['X70 Lite', 'Play 9T', '畅玩 50C'],
    'xiaomi': ['Civi 7S', 'MIX Lite 3'], 'redmi': ['Note 16A', 'K88', '14C Lite'],
    'oppo': ['A3x Pro', 'Reno 15T', 'K19'], 'vivo': ['Y58s', 'iQOO Z12', 'S28e'],
    'apple': ['iPhone 16 Lite', 'iPhone 15 SE', 'iPhone 17 mini'], 'samsung': ['Galaxy A27', 'Galaxy M16 Lite'],
    'zte': ['L86', 'K66'], 'nokia': ['2685', 'C108 Flip'], 'ktouch': ['S9 Plus', 'T19']}
SMART_COLOURS = ['black', 'black', 'white', 'blue', 'purple', 'green', 'gold', 'silver', 'grey', 'pink', 'navy']


def gen_phone(ctx, force):
    if 'kind' in force:
        elder = force['kind'] == '老人机'
    else:
        elder = ctx['person']['age'] == 'old' and not ctx.get('foreign') and chance(.62)
    a = base('phone', '老人机' if elder else '手机', ctx)
    if elder:
        a['brand'] = force.get('brand') or ch(['zte', 'nokia', 'ktouch'])
        a['color'] = force.get('color') or ch(['black', 'red', 'wine', 'grey', 'blue', 'gold'])
        a.update(kind_o=['老人机', '老年机', '老人手机', '按键手机', '手机'],
                 kind_f=['老年手机', '直板按键手机', '老人机', '手机'], kind_en='basic phone', mw='部')
    else:
        if ctx.get('foreign'):
            a['brand'] = force.get('brand') or ch(['apple', 'samsung', 'xiaomi'])
        else:
            a['brand'] = force.get('brand') or wstr('huawei:6 honor:4 xiaomi:2 redmi:3 oppo:4 vivo:4 apple:4 samsung:1')
        a['color'] = force.get('color') or ch(SMART_COLOURS)
        a.update(kind_o=['手机', '手机', '智能手机'], kind_f=['手机', '智能手机', '触屏手机'], kind_en='phone', mw='部')
    a['model'] = force.get('model') if force.get('model') in PHONE_MODELS[a['brand']] else ch(PHONE_MODELS[a['brand']])
    a['imei'] = make_imei(a['model'])
    a['numtail'] = digits(4)
    a['power'] = chance(.5)
    a['state'] = ch(['已关机', '电量不足已关机', '有电，屏幕锁定', '有多个未接来电', '开机，有密码'])
    a['buy'] = ch(['去年儿子给买的', '才买了两个月', '用了好几年了', '花了一千多买的', '女儿淘汰下来给我的'])
    if chance(.25 if elder else .8):
        mk(a, 'case', 'ph_case')
        if chance(.25):
            mk(a, 'incase', 'ph_incase')
    if chance(.3):
        mk(a, 'crack', 'ph_crack')
    if elder and chance(.7):
        mk(a, 'sticker', 'ph_sticker')
    if chance(.6):
        mk(a, 'wall', 'ph_wall')
    if chance(.4 if elder else .22):
        mk(a, 'charm', 'ph_charm')
    return a


def facts_phone(a):
    x = a['imei']
    elder = a['kind'] == '老人机'
    fs = [F('imei', 'both', ['串号{s}', 'IMEI {s}', '手机盒子上的串号{s}', '串号：{s}'],
            ['IMEI：{s}', '查得串号{s}', '电池仓标签IMEI {s}' if elder else '拨*#06#显示IMEI {s}'],
            .3, .6 if elder else .3, e=['IMEI {s}', 'the IMEI is {s}'],
            ser={'o': imei_forms(x, 'o'), 'f': imei_forms(x, 'f'), 'e': [x, x[:2] + ' ' + x[2:8] + ' ' + x[8:]]}),
          F('num', 'owner', ['手机号尾号' + a['numtail'], '号码后四位' + a['numtail'],
                             '号码是13*****' + a['numtail']], [], .35, 0,
            e=['my number ends in ' + a['numtail']]),
          F('buy', 'owner', [a['buy']], [], .25, 0),
          F('state', 'finder', [], [a['state']], 0, .45)]
    return fs + mk_facts(a)


# ------------------------------------------------------------------ documents and cards
SCHOOLS = ['江陵大学', '江陵医学院', '江陵职业技术学院']


def gen_id(ctx, force):
    p = ctx['person']
    if ctx.get('foreign') or force.get('kind') in ('护照', '留学生证'):
        kind = force.get('kind') or ch(['护照', '留学生证'])
    elif force.get('kind'):
        kind = force['kind']
    else:
        ks = [('身份证', 10), ('社保卡', 7), ('就诊卡', 4), ('银行卡', 5), ('卡套', 4)]
        if p['age'] == 'old':
            ks.append(('老年证', 3))
        if p['age'] == 'mid':
            ks.append(('驾驶证', 3))
        if p['age'] == 'young':
            ks += [('学生证', 3), ('驾驶证', 1)]
        kind = wch(ks)
    a = base('id_doc', kind, ctx)
    a['mw'] = '张'
    bank = ch(BANKS)
    a['bank'] = bank
    a['tail'] = digits(4)
    if kind == '身份证':
        a.update(kind_o=['身份证', '身份证', '二代身份证', '身份证件'], kind_f=['居民身份证', '身份证', '第二代居民身份证'],
                 kind_en='ID card')
    elif kind == '社保卡':
        a.update(kind_o=['医保卡', '社保卡', '医保卡', '社会保障卡'], kind_f=['社会保障卡', '社保卡', '医保卡（社保卡）'],
                 kind_en='medical insurance card', color='blue')
        a['cardno'] = ch('ABCDE') + digits(8)
        a['bank'] = BANKS[0]
    elif kind == '就诊卡':
        a.update(kind_o=['就诊卡', '看病的卡', '医院的卡', '诊疗卡'], kind_f=['第一人民医院就诊卡', '就诊卡', '诊疗卡'],
                 kind_en='hospital card', color=ch(['white', 'green']))
        a['cardno'] = '00' + digits(8)
    elif kind == '银行卡':
        a.update(kind_o=['银行卡', '卡', '储蓄卡', '银行卡'], kind_f=['银行卡', '储蓄卡', '借记卡'], kind_en='bank card',
                 color=bank[3])
    elif kind == '驾驶证':
        a.update(kind_o=['驾驶证', '驾照'], kind_f=['机动车驾驶证', '驾驶证'], kind_en="driving licence", color='black',
                 mw='本')
    elif kind == '老年证':
        a.update(kind_o=['老年证', '老年卡', '老人证', '敬老卡'], kind_f=['老年人优待证', '老年证'], kind_en='senior card',
                 color='red', mw='本')
        a['cardno'] = 'JL' + digits(7)
    elif kind == '学生证':
        a.update(kind_o=['学生证', '学生卡'], kind_f=['学生证', '校园卡'], kind_en='student card',
                 color=ch(['red', 'blue']))
        a['school'] = ch(SCHOOLS)
        a['cardno'] = '20%02d%s' % (R.randint(20, 24), digits(6))
    elif kind == '卡套':
        a.update(kind_o=['卡套', '一叠卡', '证件套', '卡包'], kind_f=['卡套（内有证件）', '证件卡套', '卡套'],
                 kind_en='card holder', color=force.get('color') or ch(['black', 'red', 'brown', 'blue', 'pink']),
                 mw='个')
        a['cardno'] = ch('ABCDE') + digits(8)
    elif kind == '护照':
        a.update(kind_o=['护照'], kind_f=['护照', '外国护照', '护照（外国人）'], kind_en='passport',
                 color=ch(['green', 'navy', 'red', 'wine']), mw='本')
        a['cardno'] = p['passport']
    elif kind == '留学生证':
        a.update(kind_o=['学生证'], kind_f=['江陵大学留学生证', '学生证（外国留学生）'], kind_en='student card',
                 color='blue', mw='张')
        a['school'] = '江陵大学'
        a['cardno'] = '2023' + digits(6)
    elif kind == '台胞证':
        a.update(kind_o=['台胞证'], kind_f=['台湾居民来往大陆通行证', '台胞证'], kind_en='permit', color='green',
                 mw='本')
        a['cardno'] = digits(8)
    if force.get('color'):
        a['color'] = force['color']
    if kind in ('身份证', '银行卡', '卡套', '就诊卡', '社保卡') and chance(.45):
        mk(a, 'holder', 'id_holder')
    if chance(.3):
        mk(a, 'wear', 'id_wear')
    return a


def facts_id(a):
    p = a['person']
    k = a['kind']
    n = p['name']
    fs = []
    pf_name = {'银行卡': .05, '就诊卡': .55}.get(k, .9)
    fs.append(F('name', 'both', ['名字是%s' % n, '上面的名字是%s' % n, '姓名%s' % n, '是%s的' % n],
                ['姓名：%s' % n, '姓名%s' % n, '持有人%s' % n, '%s（姓名）' % n], .85, pf_name,
                e=['name on it: %s' % n, 'the name is %s' % n]))
    if k in ('身份证', '社保卡', '驾驶证', '卡套') and not p['foreign']:
        x = p['id']
        fs.append(F('idno', 'both', ['身份证号{s}', '号码{s}', '证件号{s}'], ['公民身份号码{s}', '身份证号：{s}', '证号{s}'],
                    .45, .75, ser={'o': id_forms(x, 'o'), 'f': id_forms(x, 'f'), 'e': []}))
    if k in ('身份证', '老年证') and not p['foreign']:
        b = p['birth']
        fs.append(F('birth', 'both', ['%d年出生' % b.year, '%d年生的' % b.year],
                    ['出生日期%d年%d月%d日' % (b.year, b.month, b.day), '%d.%d.%d出生' % (b.year, b.month, b.day)],
                    .2, .35))
    if a.get('cardno'):
        c = a['cardno']
        po = .75 if k in ('护照', '台胞证') else .2
        fs.append(F('cardno', 'both', ['卡号{s}', '号码{s}', '编号{s}'], ['卡号{s}', '卡面号码{s}', '编号{s}', '证件号码{s}'],
                    po, .6, e=['number {s}', 'No. {s}'],
                    ser={'o': [c, c, c[:4] + ' ' + c[4:], '尾号' + c[-4:]], 'f': [c, c, c[:4] + ' ' + c[4:]],
                         'e': [c, c[:3] + ' ' + c[3:]]}))
    if k in ('银行卡', '卡套', '社保卡'):
        bk = a['bank']
        fs.append(F('bank', 'both', ['是%s的' % ch_first(bk[1]), '%s的卡' % bk[1][-1]],
                    ['%s' % bk[0], '发卡行：%s' % bk[0]], .7 if k != '社保卡' else .2, .8 if k != '社保卡' else .3))
    if k in ('银行卡', '卡套'):
        bk = a['bank']
        fs.append(F('tail', 'both', ['卡号{s}', '{s}'], ['卡号{s}', '卡面号码{s}'], .6, .75,
                    ser={'o': bank_forms(bk, a['tail'], 'o'), 'f': bank_forms(bk, a['tail'], 'f'), 'e': []}))
    if k in ('学生证', '留学生证'):
        fs.append(F('school', 'both', ['%s的' % a['school']], ['%s' % a['school']], .8, .9,
                    e=['from %s' % 'Jiangling University']))
    if k == '护照':
        fs.append(F('nat', 'both', ['%s护照' % p['nat']], ['国籍：%s' % NAT_CN.get(p['nat'], '外国')], .8, .7,
                    e=['%s passport' % p['nat']]))
    if k == '卡套':
        fs.append(F('set', 'both', ['里面有身份证、医保卡和一张银行卡', '身份证医保卡都在里面'],
                    ['内有身份证、社保卡、银行卡各一张', '内有居民身份证1张、社保卡1张、银行卡1张'], .8, .8))
    return fs + mk_facts(a)


def ch_first(seq):
    return seq[0]


NAT_CN = {'Nigerian': '尼日利亚', 'Indian': '印度', 'Korean': '韩国', 'Russian': '俄罗斯', 'Vietnamese': '越南',
          'Pakistani': '巴基斯坦', 'Brazilian': '巴西', 'Kenyan': '肯尼亚', 'Ghanaian': '加纳', 'Uzbek': '乌兹别克斯坦'}


# ------------------------------------------------------------------ wallets
WALLET_STYLES = {
    '长款': (['长款钱包', '长钱包', '钱包'], ['长款钱包', '长款拉链钱包'], 'long wallet'),
    '短款': (['短款钱包', '折叠钱包', '小钱包', '钱包'], ['短款对折钱包', '短款钱包'], 'wallet'),
    '零钱包': (['零钱包', '小布包', '装零钱的小包'], ['零钱包', '小号零钱包'], 'coin purse'),
    '手拿包': (['手拿包', '男士手包', '夹包'], ['男式手拿包', '手包'], 'clutch'),
    '卡包': (['卡包', '卡夹'], ['卡包', '卡夹'], 'card wallet'),
}


def gen_wallet(ctx, force):
    style = force.get('kind') or wstr('长款:4 短款:5 零钱包:2 手拿包:2 卡包:1')
    a = base('wallet', style, ctx)
    o, f, e = WALLET_STYLES[style]
    a.update(kind_o=o, kind_f=f, kind_en=e, mw='个')
    a['brand'] = force.get('brand') or (ch(['kamechi', 'laochuan', 'wanfulai']) if chance(.55) else None)
    a['color'] = force.get('color') or ch(['black', 'black', 'brown', 'red', 'wine', 'pink', 'blue', 'purple'])
    a['mat'] = ch(['真皮', '人造革', '布', '漆皮'])
    old = ctx['person']['age'] == 'old'
    if style == '卡包':
        a['cash'] = None
    else:
        hi = 800 if style == '零钱包' else (2600 if old else 1500)
        a['cash'] = R.randrange(5, hi // 10) * 10 + ch([0, 0, 2, 5, 6, 8])
    a['idp'] = chance(.55)
    a['yibao'] = chance(.3)
    a['bank'] = ch(BANKS)
    a['tail'] = digits(4) if (chance(.5) or style == '卡包') else None
    a['emptied'] = False
    if chance(.4):
        mk(a, 'wear', 'wa_wear')
    if chance(.3):
        mk(a, 'photo', 'wa_photo')
    if chance(.5):
        mk(a, 'misc', 'wa_misc')
    return a


def denoms(n):
    h = n // 100
    r = n - h * 100
    s = '100元×%d张' % h if h else ''
    if r:
        s += ('、' if s else '') + '零钞%d元' % r
    return s


def facts_wallet(a):
    p = a['person']
    fs = [F('mat', 'both', ['%s的' % a['mat']], ['%s材质' % a['mat']], .35, .5)]
    if a['cash']:
        n = a['cash']
        fo = ['里面有%s钱' % money_vague(n), '现金大概%s' % money_vague(n), '有%d块钱' % n]
        ff = ['内有现金%d元' % n, '内有人民币%d元（%s）' % (n, denoms(n)), '现金%d元' % n]
        if a['emptied']:
            ff = ['内无现金', '未见现金']
        fs.append(F('cash', 'both', fo, ff, .8, .9, e=['about %d yuan cash' % n]))
    if a['idp']:
        fs.append(F('idp', 'both', ['有%s的身份证' % p['name'], '里面有身份证，名字是%s' % p['name']],
                    ['内有身份证一张（%s）' % p['name'], '居民身份证1张，姓名%s' % p['name']], .8, .9,
                    e=['my ID with the name %s' % p['name']]))
    if a['yibao']:
        fs.append(F('yibao', 'both', ['还有医保卡'], ['社保卡一张（%s）' % p['name']], .6, .8))
    if a['tail']:
        bk = a['bank']
        fs.append(F('tail', 'both', ['有张%s卡，卡号{s}' % bk[1][0], '%s的银行卡{s}' % bk[1][-1]],
                    ['%s银行卡1张（{s}）' % bk[0], '银行卡一张，卡号{s}'], .6, .8,
                    e=['a bank card ending {s}'],
                    ser={'o': bank_forms(bk, a['tail'], 'o'), 'f': bank_forms(bk, a['tail'], 'f'),
                         'e': [a['tail']]}))
    return fs + mk_facts(a)


# ------------------------------------------------------------------ keys
def gen_keys(ctx, force):
    a = base('keys', '钥匙', ctx)
    a.update(kind_o=['钥匙', '钥匙', '钥匙串'], kind_f=['钥匙', '钥匙串'], kind_en='keys',
             mw='串')
    a['n'] = R.randint(2, 7)
    a['brand'] = force.get('brand') or (ch(['byd', 'wuling', 'vw']) if chance(.3) else None)
    a['ebkey'] = chance(.4)
    a['fmt']['tag'] = ch(['302', '6-1-502', '门卫', '仓库', '老屋', '701', 'B12'])
    a['room'] = ch(['306', '208', '412']) if chance(.12) else None
    if chance(.78):
        mk(a, 'charm', 'ky_charm')
    if chance(.3):
        mk(a, 'tag', 'ky_tag')
    if chance(.45):
        mk(a, 'fob', 'ky_fob')
    if chance(.35):
        mk(a, 'ring', 'ky_ring')
    if 'charm' in a['mk']:
        a['color'] = mk_item(a, 'charm')[4]
    elif 'ring' in a['mk'] and a['mk']['ring'][1] == 1:
        a['color'] = 'brown'
    else:
        a['color'] = 'silver' if chance(.4) else None
    if force.get('color'):
        a['color'] = force['color']
    return a


def facts_keys(a):
    n = a['n']
    fs = [F('n', 'both', ['一共%d把钥匙' % n, '%d把钥匙' % n, '大概%s把' % cn_int(n)],
            ['钥匙%d把' % n, '共%d把钥匙' % n, '含钥匙%d把' % n], .6, .85, e=['%d keys' % n])]
    if a['brand']:
        b = BRANDS[a['brand']]
        fs.append(F('car', 'both', ['有个%s的车钥匙' % b['cn'][0], '还有把%s汽车钥匙' % b['cn'][0]],
                    ['%s汽车遥控钥匙一把' % b['en'][0], '%s车钥匙1把' % b['cn'][0]], .8, .85,
                    e=['a %s car key' % b['en'][0]]))
    if a['ebkey']:
        fs.append(F('ebkey', 'both', ['一把电动车钥匙', '电瓶车钥匙也在上面'], ['电动车钥匙1把', '含电动车钥匙'], .5, .7,
                    e=['an e-bike key']))
    if a['room']:
        fs.append(F('room', 'both', ['安康宾馆%s的房卡' % a['room']], ['安康宾馆房卡（%s）' % a['room']], .8, .9))
    return fs + mk_facts(a)


# ------------------------------------------------------------------ e-bikes and bicycles
EB_MODELS = {'yatu': ['冠军T3', 'YT-1608Z'], 'lvju': ['LJ-800', '小绿豆S'], 'taisu': ['TS-2218', '灵动5'],
             'suqi': ['SQ7', '骐骥Pro']}
EB_PREF = {'yatu': 'YT', 'lvju': 'LJ', 'taisu': 'TS', 'suqi': 'SQ'}


def gen_ebike(ctx, force):
    a = base('ebike', '电动车', ctx)
    a.update(kind_o=['电动车', '电瓶车', '电动自行车', '小电驴'], kind_f=['电动自行车', '电动车', '两轮电动车'],
             kind_en='e-bike', mw='辆')
    a['brand'] = force.get('brand') or ch(sorted(EB_MODELS))
    a['model'] = force.get('model') if force.get('model') in EB_MODELS[a['brand']] else ch(EB_MODELS[a['brand']])
    a['color'] = force.get('color') or ch(['white', 'black', 'red', 'blue', 'grey', 'pink', 'green', 'yellow'])
    a['plate'] = ('江陵', ch('ABCDE'), digits(5))
    a['frame'] = EB_PREF[a['brand']] + '%02d' % R.randint(19, 24) + ch('ABCDEFGH') + digits(7)
    a['plate_off'] = False
    if chance(.75):
        mk(a, 'quilt', 'eb_quilt')
    if chance(.5):
        mk(a, 'seat', 'eb_seat')
    if chance(.5):
        mk(a, 'mark', 'eb_mark')
    if chance(.4):
        mk(a, 'batt', 'eb_batt')
    return a


def facts_ebike(a):
    pl = a['plate']
    fs = [F('plate', 'both', ['车牌{s}', '牌照{s}', '车牌号{s}'], ['号牌{s}', '车牌{s}', '悬挂号牌{s}'],
            .75, 0 if a['plate_off'] else .85,
            ser={'o': plate_forms(pl, 'o'), 'f': plate_forms(pl, 'f'), 'e': []}),
          F('frame', 'both', ['车架号{s}', '合格证上车架号{s}'], ['车架号{s}', '经查车架号{s}', '钢印车架号{s}'],
            .25, .85 if a['plate_off'] else .3,
            ser={'o': code_forms(a['frame'], 'o'), 'f': code_forms(a['frame'], 'f'), 'e': []})]
    if a['plate_off']:
        fs.append(F('noplate', 'finder', [], ['无号牌', '号牌已被拆除', '未挂车牌'], 0, .9))
    return fs + mk_facts(a)


BC_TYPES = {
    '女式车': (['自行车', '女式自行车', '单车'], ['女式自行车', '自行车'], 'bicycle'),
    '山地车': (['山地车', '自行车', '变速自行车'], ['山地自行车', '山地车'], 'mountain bike'),
    '二八车': (['老式自行车', '二八杠', '二八大杠'], ['二八式自行车', '老式自行车'], 'old bicycle'),
    '折叠车': (['折叠车', '折叠自行车'], ['折叠自行车', '小轮折叠车'], 'folding bike'),
}


def gen_bicycle(ctx, force):
    kind = force.get('kind') or (ch(['山地车', '折叠车']) if ctx.get('foreign') else
                                 wstr('女式车:4 山地车:3 二八车:2 折叠车:1'))
    a = base('bicycle', kind, ctx)
    o, f, e = BC_TYPES[kind]
    a.update(kind_o=o, kind_f=f, kind_en=e, mw='辆')
    a['brand'] = force.get('brand') or ch(['jinlu', 'jieanda', 'xideli'])
    a['color'] = force.get('color') or ch(['black', 'blue', 'red', 'white', 'green', 'silver', 'pink', 'yellow'])
    a['frame'] = 'F' + digits(2) + ch('KMNP') + digits(6)
    if chance(.65):
        mk(a, 'basket', 'bc_basket')
    if chance(.5):
        mk(a, 'seat', 'bc_seat')
    if chance(.45):
        mk(a, 'lock', 'bc_lock')
    if chance(.4):
        mk(a, 'rust', 'bc_rust')
    return a


def facts_bicycle(a):
    return [F('frame', 'both', ['车架号{s}'], ['车架钢印{s}', '车架号{s}'], .12, .25, e=['frame number {s}'],
              ser={'o': code_forms(a['frame'], 'o', 3), 'f': code_forms(a['frame'], 'f', 3),
                   'e': [a['frame']]})] + mk_facts(a)


# ------------------------------------------------------------------ bags
BAG_KINDS = {
    '双肩包': (['双肩包', '背包', '书包'], ['双肩背包', '双肩包'], 'backpack'),
    '帆布袋': (['帆布袋子', '布袋子', '手提袋'], ['帆布手提袋', '布质手提袋'], 'canvas bag'),
    '挎包': (['挎包', '斜挎包', '小包'], ['斜挎包', '单肩包'], 'shoulder bag'),
    '编织袋': (['编织袋', '蛇皮袋', '尿素袋子'], ['编织袋', '蛇皮编织袋'], 'woven sack'),
    '环保袋': (['环保袋', '无纺布袋子', '购物袋'], ['无纺布环保袋', '环保袋'], 'shopping bag'),
    '女士包': (['包包', '手提包', '皮包'], ['女式手提包', '女士皮包'], 'handbag'),
    '腰包': (['腰包', '霹雳包'], ['腰包'], 'waist bag'),
    '拉杆箱': (['拉杆箱', '行李箱', '箱子'], ['拉杆箱', '小号行李箱'], 'suitcase'),
}
MEDS = ['硝苯地平', '二甲双胍', '阿托伐他汀', '速效救心丸', '降压药', '胰岛素笔', '头孢']
BG_ITEMS = {
    'ct': ('CT片子，袋子上写的{name}', '放射科胶片袋一个（姓名：{name}）', 'CT films with the name {name}'),
    'blbook': ('病历本（{name}的）', '门诊病历本一本（{name}）', 'a medical record book'),
    'cup': ('一个保温杯', '保温杯1个', 'a thermos cup'),
    'clothes': ('几件换洗衣服', '衣物若干（毛衣、秋裤等）', 'some clothes'),
    'charger': ('手机充电器', '手机充电器1个', 'a phone charger'),
    'meds': ('一袋药，有{med}', '药品一袋（{med}等）', 'medicine'),
    'fapiao': ('住院交费的单子和发票', '医院缴费票据若干', 'hospital receipts'),
    'fruit': ('几个苹果和香蕉', '苹果、香蕉若干', 'some fruit'),
    'cash': ('夹层里有{cash}块钱', '夹层内有现金{cash}元', '{cash} yuan in cash'),
    'towel': ('毛巾牙刷这些', '洗漱用品一套', 'toiletries'),
    'quilt': ('一床小被子', '棉被一床', 'a quilt'),
    'glasses': ('老花镜', '眼镜盒1个（内有老花镜）', 'reading glasses'),
    'yibao': ('{name}的医保卡', '社保卡一张（姓名：{name}）', None),
    'thermos': ('保温饭盒', '不锈钢保温饭盒1个', 'a lunch box'),
    'idcopy': ('身份证复印件', '身份证复印件数张（{name}）', None),
    'report': ('检查报告单（{name}的）', '检验报告单若干（患者{name}）', 'test reports'),
    'laptop': ('笔记本电脑', '笔记本电脑一台', 'a laptop'),
    'books': ('几本书', '书本若干', 'two textbooks'),
}
BG_ORDER = sorted(BG_ITEMS)


def gen_bag(ctx, force):
    kind = force.get('kind') or (ch(['双肩包', '挎包']) if ctx.get('foreign') else
                                 wstr('双肩包:3 帆布袋:3 挎包:2 编织袋:2 环保袋:3 女士包:2 腰包:1 拉杆箱:1'))
    a = base('bag', kind, ctx)
    o, f, e = BAG_KINDS[kind]
    a.update(kind_o=o, kind_f=f, kind_en=e, mw='个')
    a['brand'] = force.get('brand') or (ch(['xingzhe', 'jiantu', 'osden']) if chance(.5) else None)
    a['color'] = force.get('color') or ch(['black', 'blue', 'grey', 'red', 'green', 'brown', 'navy', 'pink', 'white'])
    if ctx.get('foreign'):
        items = ['laptop', 'books', 'charger', 'cup']
    else:
        pool = [k for k in BG_ORDER if k not in ('laptop', 'books')]
        if kind not in ('编织袋', '拉杆箱', '帆布袋'):
            pool.remove('quilt')
        items = R.sample(pool, R.randint(2, 5))
        if kind == '编织袋' and 'quilt' not in items:
            items[0] = 'quilt'
    a['items'] = sorted(items)
    a['fmt']['med'] = ch(MEDS)
    a['fmt']['cash'] = str(R.randrange(2, 30) * 50)
    if chance(.4):
        mk(a, 'charm', 'bg_charm')
    if chance(.35):
        mk(a, 'wear', 'bg_wear')
    return a


def facts_bag(a):
    fs = []
    for k in a['items']:
        o, f, e = BG_ITEMS[k]
        fm = a['fmt']
        oo, ff = o.format(**fm), f.format(**fm)
        fs.append(F('c_' + k, 'both', [oo] if oo.startswith('夹层') else ['里面有' + oo, oo],
                    [ff] if ff.startswith('夹层') else ['内有' + ff, ff],
                    .7, .8, e=[e.format(**fm)] if e else []))
    return fs + mk_facts(a)


# ------------------------------------------------------------------ cash
CASH_KINDS = {
    '红包': (['红包', '一个红包'], ['红包一个', '红色利是封'], 'red'),
    '牛皮纸信封': (['牛皮纸信封', '黄信封'], ['牛皮纸信封一个', '牛皮纸信封'], 'brown'),
    '白信封': (['白信封', '信封'], ['白色信封一个', '白色信封'], 'white'),
    '银行信封': (['银行的信封', '取钱的信封'], ['银行现金信封', '银行信封'], 'green'),
    '塑料袋': (['一个小塑料袋装的钱', '塑料袋包着的钱'], ['透明塑料袋装现金', '塑料袋'], None),
    '手帕': (['手帕包着的钱', '手绢裹着的钱'], ['手帕包裹的现金', '花手帕包裹现金'], 'blue'),
    '一沓': (['一沓钱', '用橡皮筋扎着的钱'], ['现金一沓（橡皮筋捆扎）', '成沓现金'], None),
}
DOCS = ['李', '陈', '杨', '万', '胡', '彭', '童']


def gen_cash(ctx, force):
    kind = force.get('kind') or wstr('红包:5 牛皮纸信封:3 白信封:2 银行信封:2 塑料袋:1 手帕:2 一沓:1')
    a = base('cash', kind, ctx)
    o, f, c = CASH_KINDS[kind]
    a.update(kind_o=o, kind_f=f, kind_en='cash', mw='个', color=force.get('color') or c)
    if kind == '红包':
        a['amount'] = ch([1000, 1500, 2000, 2000, 2600, 3000, 5000])
        w = ch(['%s主任辛苦了', '感谢%s医生', '一点心意', '%s教授 谢谢'])
        a['writing'] = (w % ch(DOCS) if '%s' in w else w) if chance(.7) else None
    elif kind in ('牛皮纸信封', '白信封', '银行信封'):
        a['amount'] = R.randrange(30, 200) * 100
        a['writing'] = ch(['住院押金', '%s家 押金' % ctx['person']['sur'], '给%s床' % a['fmt']['bed'], '医药费',
                           None, None])
    else:
        a['amount'] = R.randrange(6, 100) * 50 + ch([0, 0, 20, 30])
        a['writing'] = None
    a['bank'] = ch(BANKS) if kind == '银行信封' else None
    a['purpose'] = ch(['准备交住院押金的', '本来是要交手术费的', '准备给护工的工钱', '给老爷子买药的钱',
                       '是我们全家凑的看病钱', '刚从银行取的'])
    return a


def facts_cash(a):
    n = a['amount']
    fs = [F('amount', 'both', ['%d块钱' % n, '一共%d元' % n, '里面有%s' % money_vague(n), '%d元整' % n],
            ['内有现金%d元' % n, '经清点人民币%d元' % n, '现金%d元（%s）' % (n, denoms(n))], .95, .9,
            e=['%d yuan' % n]),
          F('purpose', 'owner', [a['purpose']], [], .55, 0)]
    if a['writing']:
        w = a['writing']
        fs.append(F('writing', 'both', ['上面写着“%s”' % w, '写了“%s”几个字' % w], ['封面写有“%s”' % w, '上书“%s”' % w],
                    .7, .9))
    if a['bank']:
        fs.append(F('bank', 'both', ['%s的信封' % a['bank'][1][0]], ['信封印有%s字样' % a['bank'][0]], .6, .8))
    if n >= 1000:
        fs.append(F('denom', 'both', ['都是一百的', '全是红票子'], ['面额均为100元', '百元钞%d张' % (n // 100)], .4, .6))
    return fs


# ------------------------------------------------------------------ jewellery
JW_KINDS = {
    '金手镯': (['金手镯', '金镯子'], ['黄金手镯', '金手镯', '足金手镯'], 'gold bangle', 'gold', 'jw_bangle', (20, 60)),
    '金戒指': (['金戒指', '戒指'], ['黄金戒指', '金戒指'], 'gold ring', 'gold', 'jw_ring', (3, 10)),
    '金项链': (['金项链', '项链'], ['黄金项链', '金项链'], 'gold necklace', 'gold', 'jw_pendant', (8, 30)),
    '玉镯': (['玉镯子', '玉手镯', '镯子'], ['玉镯', '玉石手镯'], 'jade bangle', None, 'jw_jade', None),
    '银手镯': (['银手镯', '银镯子'], ['银手镯', '银镯子'], 'silver bangle', 'silver', 'jw_silver', (15, 40)),
    '金耳环': (['金耳环', '耳环'], ['黄金耳环', '耳环'], 'gold earrings', 'gold', 'jw_ear', (2, 6)),
    '佛珠': (['佛珠', '手串', '念珠'], ['佛珠手串', '木质手串'], 'prayer beads', None, 'jw_beads', None),
    '婚戒': (['结婚戒指', '婚戒', '戒指'], ['铂金戒指', '白金戒指'], 'wedding ring', 'silver', 'jw_wed', (3, 6)),
}
STAMP = {'gold': ['足金999', '足金', 'Au999', '足金9999'], 'silver': ['S999', 'S925', '足银'], 'pt': ['PT950', 'Pt950']}


def gen_jewelry(ctx, force):
    kind = force.get('kind') or wstr('金手镯:4 金戒指:4 金项链:3 玉镯:3 银手镯:1 金耳环:2 佛珠:1 婚戒:1')
    a = base('jewelry', kind, ctx)
    o, f, e, c, pool, wr = JW_KINDS[kind]
    a.update(kind_o=o, kind_f=f, kind_en=e, mw='个' if kind not in ('金耳环',) else '对')
    if kind == '玉镯':
        c = ch(['jade', 'jadewhite'])
    if kind == '佛珠':
        c = ch(['brown', 'red', 'wine'])
    a['color'] = force.get('color') or c
    a['brand'] = force.get('brand') or (ch(['jfl', 'lfx', 'zfs']) if (c == 'gold' and chance(.6)) else None)
    a['weight'] = R.randint(*wr) if wr else None
    a['stamp'] = ch(STAMP['pt'] if kind == '婚戒' else STAMP[c]) if c in ('gold', 'silver') else None
    a['single'] = kind == '金耳环' and chance(.4)
    if kind == '金耳环' and a['single']:
        a['kind_o'] = ['一只金耳环', '耳环（一只）']
        a['kind_f'] = ['黄金耳环一只', '单只耳环']
        a['mw'] = '只'
    if kind == '佛珠':
        a['beads'] = ch(['小叶紫檀', '菩提', '沉香'])
        a['count'] = ch([18, 108])
    mk(a, 'style', pool)
    a['how'] = ch(['做CT的时候护士让摘下来，放口袋里了', '洗手的时候摘下来放在台子上', '睡觉前摘了放枕头边',
                   '手上浮肿戴着紧就取下来了', '换病号服的时候取下来的', '不晓得么时候掉的'])
    return a


def facts_jewelry(a):
    fs = [F('how', 'owner', [a['how']], [], .6, 0)]
    if a['weight']:
        fs.append(F('weight', 'owner', ['%d克左右' % a['weight'], '大概%d克' % a['weight'], '有%d克多' % a['weight']],
                    [], .55, 0, e=['about %d g' % a['weight']]))
    if a['stamp']:
        fs.append(F('stamp', 'both', ['是%s的' % a['stamp']], ['内侧印“%s”' % a['stamp'], '标记%s' % a['stamp']], .3, .75))
    if a['kind'] == '佛珠':
        fs.append(F('beads', 'both', ['%s的，%d颗' % (a['beads'], a['count'])],
                    ['%d颗珠子' % a['count'], '%s材质（疑似），共%d颗' % (a['beads'], a['count'])], .7, .8))
    return fs + mk_facts(a)


# ------------------------------------------------------------------ electronics
EL_KINDS = {
    '助听器': (['助听器', '耳背式助听器', '助听器'], ['助听器', '耳背式助听器'], 'hearing aid',
            {'shengyue': ['SJ-R12', 'SJ-C5 mini'], 'lingkang': ['LK-300', 'LK-Vita 2']}, ['beige', 'grey', 'silver', 'black'],
            [('box', 'el_box', .5), ('sticker', 'el_sticker', .35)]),
    '血压计': (['血压计', '电子血压计', '量血压的机器'], ['电子血压计', '血压计'], 'blood pressure monitor',
            {'kangerjian': ['KEJ-B36', 'KEJ-U80'], 'yuyue': ['YY-660A', 'YY-B2']}, ['white', 'grey', 'white'],
            [('bag', 'el_bag', .5), ('sticker', 'el_sticker', .45)]),
    '血糖仪': (['血糖仪', '测血糖的'], ['血糖仪', '血糖检测仪'], 'glucose meter', {'wentang': ['WT-G3', 'WT-Mini']},
            ['blue', 'white'], [('bag', 'el_bag', .6), ('sticker', 'el_sticker', .4)]),
    '充电宝': (['充电宝', '移动电源'], ['充电宝', '移动电源'], 'power bank', {'dianxb': ['DXB-20K', 'Q10']},
            ['white', 'black', 'pink'], [('sticker', 'el_sticker', .5)]),
    '耳机': (['蓝牙耳机', '耳机', '无线耳机'], ['蓝牙耳机（含充电仓）', '无线耳机'], 'earbuds',
           {'huawei': ['FreeBuds 7i Lite'], 'apple': ['AirPods Lite 2'], 'xiaomi': ['Buds 6 Lite']}, ['white', 'black'],
           [('case', 'el_case', .6)]),
    '平板': (['平板', '平板电脑', 'pad'], ['平板电脑'], 'tablet',
           {'huawei': ['MatePad S9'], 'xiaomi': ['Pad 7 Lite'], 'apple': ['iPad Lite 3']}, ['grey', 'silver'],
           [('case', 'el_case', .7), ('sticker', 'el_sticker', .3)]),
    '手环': (['手环', '智能手表', '运动手环'], ['智能手环', '智能手表'], 'smart band',
           {'huawei': ['Band 12 Lite', 'Watch Fit 9'], 'xiaomi': ['手环11 Lite']}, ['black', 'pink', 'green', 'blue'],
           [('strap', 'el_strap', .6)]),
    '唱戏机': (['唱戏机', '收音机', '听戏的小音箱'], ['便携收音机', '插卡音箱（唱戏机）'], 'radio',
            {'jinsheng': ['JS-819', 'JS-K7']}, ['red', 'gold', 'black'], [('radio', 'el_radio', .7)]),
    '暖手宝': (['暖手宝', '充电暖宝宝'], ['充电暖手宝', '暖手宝'], 'hand warmer', {'nuanfu': ['NF-08']},
            ['pink', 'red', 'brown'], [('plush', 'el_plush', .6)]),
    '笔记本': (['laptop'], ['笔记本电脑'], 'laptop', {'huawei': ['MateBook D 13 Lite']}, ['grey', 'silver'],
            [('case', 'el_case', .5)]),
}
SN_PREF = {'shengyue': 'SJ', 'lingkang': 'LK', 'kangerjian': 'KEJ', 'yuyue': 'YY', 'wentang': 'WT', 'dianxb': 'DXB',
           'huawei': 'HW', 'apple': 'F', 'xiaomi': 'MI', 'jinsheng': 'JS', 'nuanfu': 'NF'}


def gen_electronics(ctx, force):
    if force.get('kind'):
        kind = force['kind']
    elif ctx.get('foreign'):
        kind = ch(['耳机', '平板', '笔记本', '手环'])
    elif ctx['person']['age'] == 'old':
        kind = wstr('助听器:5 血压计:3 血糖仪:2 唱戏机:2 暖手宝:1 充电宝:1')
    else:
        kind = wstr('充电宝:3 耳机:4 平板:2 手环:2 血压计:1 暖手宝:1')
    a = base('electronics', kind, ctx)
    o, f, e, models, cols, pools = EL_KINDS[kind]
    a.update(kind_o=o, kind_f=f, kind_en=e, mw='个')
    a['brand'] = force.get('brand') if force.get('brand') in models else ch(sorted(models))
    a['model'] = force.get('model') if force.get('model') in models[a['brand']] else ch(models[a['brand']])
    a['color'] = force.get('color') or ch(cols)
    a['sn'] = SN_PREF[a['brand']] + digits(4) + ch('ABCDEFGH') + digits(5)
    a['side'] = ch(['左', '右', '双']) if kind == '助听器' else None
    if kind == '助听器' and a['side'] == '双':
        a['mw'] = '对'
    a['fmt']['bc'] = ch(['黑色', '蓝色', '白色', '肉色'])
    for key, pool, p in pools:
        if chance(p):
            mk(a, key, pool)
    a['price'] = ch(['八千多买的', '儿子花了五千多配的', '两千多块钱', '几百块钱的东西但是用惯了', '医保报不了，自费的'])
    return a


def facts_electronics(a):
    x = a['sn']
    cut = len(SN_PREF[a['brand']])
    fs = [F('sn', 'both', ['序列号{s}', 'SN码{s}', '编号{s}'], ['SN：{s}', '序列号{s}', '机身编号{s}'],
            .2, .45, e=['serial {s}', 'S/N {s}'],
            ser={'o': code_forms(x, 'o', cut), 'f': code_forms(x, 'f', cut), 'e': [x]})]
    if a['kind'] in ('助听器', '血压计', '唱戏机'):
        fs.append(F('price', 'owner', [a['price']], [], .4, 0))
    if a['side']:
        so = {'左': ['左耳的', '戴左边耳朵的'], '右': ['右耳的', '戴右边耳朵的'], '双': ['一对两个', '左右一对']}[a['side']]
        sf = {'左': ['蓝色标记（左耳）', '标有L'], '右': ['红色标记（右耳）', '标有R'], '双': ['一对两只', '左右耳各一只']}[a['side']]
        fs.append(F('side', 'both', so, sf, .8, .75,
                    e=[{'左': 'for the left ear', '右': 'for the right ear', '双': 'a pair'}[a['side']]]))
    return fs + mk_facts(a)


# ------------------------------------------------------------------ other things
OT_KINDS = {
    '病历本': (['病历本', '门诊病历', '病历'], ['门诊病历本', '病历本', '病历手册'], 'medical record book', None,
            ['blue', 'green', 'white'], [('bl', 'ot_bl', .55)]),
    'CT片': (['CT片', '片子', 'CT胶片', '拍的片子'], ['CT胶片', '影像胶片', '放射科胶片袋'], 'CT films', None,
            [None], []),
    '药盒': (['药盒', '分药盒', '装药的盒子'], ['分药盒', '药盒', '七格药盒'], 'pill box', None,
           ['blue', 'pink', 'white', 'green'], [('pill', 'ot_pill', .75)]),
    '假牙': (['假牙', '活动假牙', '牙托'], ['义齿', '假牙', '活动义齿'], 'dentures', None, [None], [('teeth', 'ot_teeth', .8)]),
    '拐杖': (['拐杖', '拐棍', '四脚拐杖'], ['拐杖', '助行拐杖'], 'walking stick', ['kangfu', 'anbu'],
           ['silver', 'black', 'brown', 'gold'], [('cane', 'ot_cane', .75)]),
    '轮椅': (['轮椅'], ['轮椅', '手动轮椅'], 'wheelchair', ['kangfu', 'anbu'], ['blue', 'black', 'silver', 'red'],
           [('wheel', 'ot_wheel', .8)]),
    '保温饭盒': (['保温饭盒', '饭盒', '保温桶'], ['保温饭盒', '不锈钢保温桶'], 'lunch box', ['nuanfu', 'haochu'],
             ['pink', 'blue', 'silver', 'green', 'red'], [('box', 'ot_box', .75)]),
    '保温杯': (['保温杯', '杯子'], ['保温杯', '不锈钢保温杯'], 'thermos', ['nuanfu', 'haochu'],
            ['black', 'pink', 'blue', 'silver', 'green'], [('cup', 'ot_cup', .7)]),
    '羽绒服': (['羽绒服', '棉袄', '外套'], ['羽绒服', '棉服外套'], 'down jacket', ['xueyu'],
            ['black', 'navy', 'red', 'green', 'brown', 'purple'], [('coat', 'ot_coat', .65)]),
    '老花镜': (['老花镜', '眼镜'], ['老花镜', '眼镜（含镜盒）'], 'reading glasses', ['mingshi'], ['black', 'brown', 'gold'],
            [('glass', 'ot_glass', .7)]),
    '雨伞': (['雨伞', '伞', '折叠伞'], ['雨伞', '折叠伞', '长柄雨伞'], 'umbrella', ['tianqing'],
           ['black', 'blue', 'red', 'purple', 'navy'], [('umb', 'ot_umb', .65)]),
}
OT_MODELS = {'kangfu': ['KF-W08', 'KF-W12'], 'anbu': ['AB-360']}
DEPTS = ['心内科', '内分泌科', '骨科', '神经内科', '消化内科', '呼吸科', '肾内科']
PARTS_CT = ['胸部', '头颅', '腰椎', '腹部', '膝关节']


def gen_other(ctx, force):
    if force.get('kind'):
        kind = force['kind']
    else:
        kind = wstr('病历本:4 CT片:4 药盒:3 假牙:2 拐杖:3 轮椅:2 保温饭盒:4 保温杯:2 羽绒服:2 老花镜:2 雨伞:2')
    a = base('other', kind, ctx)
    o, f, e, brands, cols, pools = OT_KINDS[kind]
    a.update(kind_o=o, kind_f=f, kind_en=e, mw={'病历本': '本', 'CT片': '袋', '假牙': '副', '轮椅': '辆', '羽绒服': '件',
                                                '老花镜': '副', '雨伞': '把', '拐杖': '根'}.get(kind, '个'))
    if brands:
        a['brand'] = force.get('brand') if force.get('brand') in brands else (ch(brands) if chance(.7) else None)
    if kind == '轮椅' and a['brand']:
        a['model'] = ch(OT_MODELS[a['brand']])
    a['color'] = force.get('color') or ch(cols)
    for key, pool, p in pools:
        if chance(p):
            mk(a, key, pool)
    a['dept'] = ch(DEPTS)
    a['cardno'] = '00' + digits(8)
    a['ctpart'] = ch(PARTS_CT)
    a['ctdate'] = None
    a['ctno'] = None
    a['layers'] = ch([2, 3])
    a['teeth'] = ch(['上排全口', '下排半口', '两颗连在一起带钢丝钩的'])
    a['cane'] = ch(['四脚', '折叠', '木头', '带凳子的'])
    a['size'] = ch(['XL', '2XL', '170', '175', 'L'])
    a['meds'] = ch(MEDS[:4])
    return a


def facts_other(a):
    k = a['kind']
    p = a['person']
    fs = []
    if k in ('病历本', 'CT片'):
        fs.append(F('name', 'both', ['名字是%s' % p['name'], '上面写的%s' % p['name'], '病人叫%s' % p['name']],
                    ['姓名：%s' % p['name'], '患者姓名%s' % p['name'], '封面姓名%s' % p['name']], .85, .9,
                    e=['the name %s' % p['name']]))
    if k == '病历本':
        fs.append(F('dept', 'both', ['看的%s' % a['dept']], ['%s门诊记录' % a['dept']], .4, .5))
        fs.append(F('cardno', 'both', ['就诊卡号{s}'], ['门诊号{s}', '就诊卡号{s}'], .15, .45,
                    ser={'o': [a['cardno'], '尾号' + a['cardno'][-4:]], 'f': [a['cardno'], a['cardno'][:4] + ' ' +
                                                                          a['cardno'][4:]], 'e': []}))
    if k == 'CT片' and a['ctno']:
        fs.append(F('ctpart', 'both', ['拍的%s' % a['ctpart'], '%sCT' % a['ctpart']], ['检查部位：%s' % a['ctpart']],
                    .6, .6))
        x = a['ctno']
        fs.append(F('ctno', 'both', ['检查号{s}'], ['检查号{s}', '影像号{s}'], .25, .6,
                    ser={'o': [x, x[2:]], 'f': [x, x, x[:2] + '-' + x[2:]], 'e': []}))
    if k == '药盒':
        fs.append(F('meds', 'both', ['里面是%s' % a['meds'], '装的%s' % a['meds']], ['内有药片（%s等）' % a['meds']],
                    .6, .55))
    if k == '假牙':
        fs.append(F('teeth', 'both', ['是%s' % a['teeth'], a['teeth'] + '的'], ['%s义齿' % a['teeth'].replace('的', '')],
                    .8, .75))
    if k == '拐杖':
        fs.append(F('cane', 'both', ['%s的拐杖' % a['cane']], ['%s拐杖' % a['cane']], .5, .6))
    if k == '保温饭盒':
        fs.append(F('layers', 'both', ['%s层的' % cn_int(a['layers'])], ['%d层' % a['layers']], .5, .7))
    if k == '羽绒服':
        fs.append(F('size', 'both', ['%s码' % a['size']], ['尺码%s' % a['size']], .3, .6))
    return fs + mk_facts(a)


GEN = {'phone': gen_phone, 'id_doc': gen_id, 'wallet': gen_wallet, 'keys': gen_keys, 'ebike': gen_ebike,
       'bicycle': gen_bicycle, 'bag': gen_bag, 'cash': gen_cash, 'jewelry': gen_jewelry,
       'electronics': gen_electronics, 'other': gen_other}
FACTS = {'phone': facts_phone, 'id_doc': facts_id, 'wallet': facts_wallet, 'keys': facts_keys,
         'ebike': facts_ebike, 'bicycle': facts_bicycle, 'bag': facts_bag, 'cash': facts_cash,
         'jewelry': facts_jewelry, 'electronics': facts_electronics, 'other': facts_other}


def facts_of(a):
    fs = FACTS[a['cat']](a)
    extra = a.get('extra_facts') or []
    return fs + extra


# ------------------------------------------------------------------ twins: change exactly one fact
TWINNABLE = ['case', 'crack', 'sticker', 'wall', 'incase', 'charm', 'imei', 'name', 'idp', 'tail', 'cash', 'amount',
             'writing', 'plate', 'quilt', 'seat', 'mark', 'basket', 'lock', 'sn', 'side', 'n', 'car', 'tag', 'fob',
             'style', 'teeth', 'cane', 'layers', 'ctno', 'cardno', 'photo', 'wear', 'box', 'cup', 'pill', 'wheel',
             'beads', 'c_ct', 'c_blbook', 'c_yibao', 'c_report', 'c_cash', 'c_meds', 'c_cup', 'c_glasses', 'strap',
             'radio', 'plush', 'umb', 'coat', 'glass', 'bl', 'meds', 'dept', 'misc', 'holder', 'ring']


def one_digit(s):
    pos = [i for i, c in enumerate(s) if c.isdigit()]
    i = ch(pos)
    d = ch([x for x in '0123456789' if x != s[i]])
    return s[:i] + d + s[i + 1:]


def mutate(a, key):
    b = json.loads(json.dumps(a, default=str))
    b['person'] = a['person']
    b['plate'] = a.get('plate')
    b['bank'] = a.get('bank')
    for k in ('mk',):
        b[k] = {kk: tuple(v) for kk, v in b[k].items()}
    if key in a['mk']:
        pool, i = a['mk'][key]
        b['mk'][key] = (pool, ch([j for j in range(len(POOLS[pool][1])) if j != i]))
    elif key == 'imei':
        b['imei'] = make_imei(None, tac=a['imei'][:8])
    elif key in ('name', 'idp', 'c_ct', 'c_blbook', 'c_yibao', 'c_report'):
        q = near_person(a['person'])
        b['person'] = q
        b['fmt']['name'] = q['name']
    elif key == 'tail':
        b['tail'] = one_digit(a['tail'])
    elif key == 'cash':
        b['cash'] = max(20, a['cash'] + ch([-1, 1]) * R.randrange(2, 40) * 10)
    elif key == 'c_cash':
        b['fmt']['cash'] = str(int(a['fmt']['cash']) + ch([50, 100, 150, 200]))
    elif key == 'amount':
        step = 100 if a['amount'] >= 1000 else 50
        b['amount'] = a['amount'] + ch([-1, 1]) * step * R.randint(1, 5)
        if b['amount'] <= 0:
            b['amount'] = a['amount'] + step * 2
    elif key == 'writing':
        w = a['writing']
        new = w
        for _ in range(20):
            new = ch(['%s主任辛苦了', '感谢%s医生', '%s教授 谢谢']) % ch(DOCS)
            if new != w:
                break
        b['writing'] = new
    elif key == 'plate':
        c, l, n = a['plate']
        b['plate'] = (c, l, one_digit(n))
    elif key == 'sn':
        b['sn'] = a['sn'][:-5] + digits(5)
    elif key == 'side':
        b['side'] = ch([s for s in ('左', '右', '双') if s != a['side']])
    elif key == 'n':
        b['n'] = a['n'] + ch([-1, 1, 2]) if a['n'] > 2 else a['n'] + ch([1, 2])
    elif key == 'car':
        b['brand'] = ch([x for x in ('byd', 'wuling', 'vw') if x != a['brand']])
    elif key == 'teeth':
        b['teeth'] = ch([x for x in ('上排全口', '下排半口', '两颗连在一起带钢丝钩的') if x != a['teeth']])
    elif key == 'cane':
        b['cane'] = ch([x for x in ('四脚', '折叠', '木头', '带凳子的') if x != a['cane']])
    elif key == 'layers':
        b['layers'] = 5 - a['layers']
    elif key == 'ctno':
        b['ctno'] = a['ctno'][:-3] + '%03d' % R.randrange(1000)
    elif key == 'cardno':
        b['cardno'] = one_digit(a['cardno'])
    elif key == 'beads':
        b['count'] = 126 - a['count']
    elif key == 'meds':
        b['meds'] = ch([m for m in MEDS[:4] if m != a['meds']])
    elif key == 'dept':
        b['dept'] = ch([d for d in DEPTS if d != a['dept']])
    elif key == 'c_meds':
        b['fmt']['med'] = ch([m for m in MEDS if m != a['fmt']['med']])
    elif key in ('c_cup', 'c_glasses'):
        items = [x for x in a['items'] if x != key[2:]]
        new = ch([x for x in BG_ORDER if x not in a['items'] and x not in ('laptop', 'books')])
        b['items'] = sorted(items + [new])
        b['twin_show'] = 'c_' + new
    else:
        raise KeyError(key)
    return b


# ------------------------------------------------------------------ choosing what each side says
LEVEL_CAP = {'oneline': 1, 'empty': 5, 'partial': 4, 'full': 6}
LEVEL_MUL = {'oneline': 0.4, 'empty': 1.0, 'partial': 0.9, 'full': 1.1}


def choose(a, side, level, must=(), en=False):
    who = 'owner' if side == 'o' else 'finder'
    pool = [x for x in facts_of(a) if x['who'] in ('both', who)]
    if en:
        pool = [x for x in pool if x['e']]
    got = []
    for x in pool:
        p = x['po'] if side == 'o' else x['pf']
        if x['k'] in must or (p > 0 and chance(min(.97, p * LEVEL_MUL[level]))):
            got.append(x)
    R.shuffle(got)
    got.sort(key=lambda x: 0 if x['k'] in must else 1)
    cap = max(LEVEL_CAP[level], len([x for x in got if x['k'] in must]))
    out = []
    for x in got[:cap]:
        s = None
        if x['ser']:
            forms = x['ser']['e' if en else side]
            if not forms:
                continue
            s = ch(forms)
        tpls = x['e'] if en else x[side]
        if not tpls:
            continue
        t = ch(tpls)
        out.append({'k': x['k'], 'txt': t.replace('{s}', s) if s else t, 's': s, 'ser': x['ser'] is not None})
    return out


def clean(s):
    for a_, b_ in (('串号串号', '串号'), ('卡号卡号', '卡号'), ('尾号尾号', '尾号'), ('编号编号', '编号'), ('附近附近', '附近'), ('那里那里', '那里'), ('医院里附近', '医院里'), ('医院里面附近', '医院里面'),
                   ('那里附近', '附近'), ('，。', '。'), ('。。', '。'), ('，，', '，'), ('。，', '。'), ('：，', '：'), ('，）', '）'),
                   ('  ', ' '), ('，；', '；'), ('！。', '！'), ('？。', '？'), ('）。。', '）。')):
        while a_ in s:
            s = s.replace(a_, b_)
    s = s.strip().lstrip('，。')
    return s


TYPOS = [('身份证', '身分证'), ('钱包', '钱抱'), ('钥匙', '钥是'), ('手机', '手几'), ('门诊', '门珍'), ('医保卡', '医宝卡'),
         ('挂号', '挂好'), ('药房', '要房'), ('不见了', '不见拉'), ('麻烦', '麻繁'), ('助听器', '助听气'),
         ('住院部', '住院步'), ('拐杖', '拐仗'), ('轮椅', '轮倚'), ('红包', '红抱'), ('保温', '保稳'), ('老人机', '老人鸡'),
         ('充电宝', '充电包'), ('黑色', '黑涩'), ('电动车', '电东车'), ('自行车', '自行车车'), ('的', '得'), ('在', '再'),
         ('丢了', '丢la'), ('耳环', '耳还'), ('项链', '项连'), ('病历', '病例'), ('饭盒', '饭和'), ('钥匙', '要是')]


def typo(s):
    cands = [(x, y) for x, y in TYPOS if x in s]
    if not cands:
        return s
    x, y = ch(cands)
    i = s.find(x)
    return s[:i] + y + s[i + len(x):]


def join_bm(brand, model):
    if brand and model:
        sep = ' ' if (brand[-1].isascii() and model[0].isascii()) else ''
        return brand + sep + model
    return brand or model or ''


def obj_phrase(a, kind, col, bm, side):
    mw = a.get('mw_f', a['mw']) if side == 'f' else a['mw']
    if a['cat'] == 'cash' or kind.endswith('钱') or kind.startswith(('一', '现金', '透明', '手帕', '成沓', '花手帕')):
        return kind if side == 'o' else kind
    if a['cat'] in ('keys',):
        col = None
    cd = col if (col and col.endswith('的')) else ((col or '') + '的')
    if side == 'o':
        if col and bm:
            forms = ['一%s%s%s%s' % (mw, cd, bm, kind), '%s%s（%s的）' % (col, kind, bm), '%s%s，%s' % (bm, kind, cd),
                     '%s%s%s' % (cd, bm, kind)]
        elif col:
            forms = ['一%s%s%s' % (mw, cd, kind), '%s%s' % (col, kind), '%s，%s' % (kind, cd)]
        elif bm:
            forms = ['一%s%s%s' % (mw, bm, kind), '%s的%s' % (bm, kind), '%s（%s）' % (kind, bm)]
        else:
            forms = ['一%s%s' % (mw, kind), kind]
    else:
        if col and bm:
            forms = ['%s%s%s一%s' % (col, bm, kind, mw), '%s一%s（%s，%s）' % (kind, mw, col, bm),
                     '%s%s一%s，品牌%s' % (col, kind, mw, bm)]
        elif col:
            forms = ['%s%s一%s' % (col, kind, mw), '%s一%s（%s）' % (kind, mw, col), '一%s%s%s' % (mw, col, kind)]
        elif bm:
            forms = ['%s%s一%s' % (bm, kind, mw), '%s一%s（%s）' % (kind, mw, bm)]
        else:
            forms = ['%s一%s' % (kind, mw), '一%s%s' % (mw, kind)]
    return ch(forms)


BRAND_KNOW_O = {'phone': .88, 'electronics': .6, 'ebike': .8, 'bicycle': .45, 'wallet': .35, 'bag': .3,
                'jewelry': .5, 'other': .4, 'keys': .0, 'id_doc': .0, 'cash': .0}
BRAND_KNOW_F = {'phone': .75, 'electronics': .7, 'ebike': .85, 'bicycle': .6, 'wallet': .5, 'bag': .5,
                'jewelry': .55, 'other': .5, 'keys': .0, 'id_doc': .0, 'cash': .0}
MODEL_KNOW_O = {'phone': .42, 'electronics': .3, 'ebike': .3, 'other': .2}
MODEL_KNOW_F = {'phone': .28, 'electronics': .5, 'ebike': .5, 'other': .4}
PLEA = ['麻烦帮忙找找，谢谢！', '有捡到的请联系我，必有重谢。', '里面的东西对我们很重要，拜托了。', '谢谢警察同志。', '求好心人归还！',
        '急用，麻烦尽快联系。', '', '']
PLEA_DIA = ['麻烦你们帮我找一哈。', '哪个捡到了行行好还给我。', '我老了记性不好，拜托了。', '捡到的好心人打我儿子电话。',
            '急死个人了。', '谢谢政府。', '']
CTX_CHILD = ['那天人特别多，排队排了一上午。', '老人家有点糊涂了，自己也说不清楚。', '我们是从外地过来看病的，对医院不熟。',
             '当时忙着办手续没注意。', '我爸在ICU，我们轮流守着，实在顾不上。', '', '', '']
VILLAGES = ['白鹭镇', '杨林镇', '何家湾村', '三岔河村', '柳树坪', '乡下', '县里']
WARD_OF = {'w_card': '心内科', 'w_orth': '骨科', 'w_neu': '神经内科', 'w_onc': '肿瘤科', 'icu': 'ICU'}


def rel_word(p, voice):
    if p['gender'] == 'f':
        return ch(['我妈', '我母亲', '老妈', '我婆婆', '我外婆', '我奶奶'])
    return ch(['我爸', '我父亲', '老爷子', '我爷爷', '我外公', '我公公'])


def honor(p):
    return ch(['婆婆', '奶奶', '阿姨']) if p['gender'] == 'f' else ch(['爹爹', '爷爷', '伯伯'])


def place_phrase_o(L):
    p, q, mode = L['oplace'], L['oplace2'], L['pmode']
    if mode == 'exact':
        return ch(p['o'])
    if mode == 'hedge':
        return ch(['%s或者%s' % (ch(p['o']), ch(q['o'])), '%s附近' % ch(p['o']), '%s还是%s那里' % (ch(p['o']), ch(q['o']))])
    if mode == 'route':
        r = L['route']
        return '医院里（那天去过%s）' % '、'.join(ch(x['o']) for x in r)
    return ch(['医院里', '医院里面', '医院附近', '一医院'])


def render_lost(L):
    a = L['a']
    v = L['voice']
    lv = L['level']
    p = a['person']
    said = choose(a, 'o', lv, L['must'])
    L['said'] = [x['k'] for x in said]
    brand = None
    if a['brand'] and (L['force_brand'] or chance(BRAND_KNOW_O[a['cat']])):
        b = PARENT.get(a['brand'], a['brand']) if L.get('parent_brand') else a['brand']
        brand = brand_word(b, 'o')
    col = col_word(a['color'], 'o', a['cat']) if a['color'] and chance(.93 if lv != 'oneline' else .6) else None
    model = None
    if a['model'] and brand and (L['force_brand'] or chance(MODEL_KNOW_O.get(a['cat'], .1))) and lv != 'oneline':
        model = model_word(a['model'], 'o')
    kind = ch(a['kind_o'])
    rec = {}
    pf = {'full': .92, 'partial': .5}.get(lv, 0.0)
    infield = set()
    if col and chance(pf):
        rec['color'] = col
    if brand and chance(pf):
        rec['brand'] = brand
    if model and chance(pf):
        rec['model'] = model
    sers = [x for x in said if x['ser']]
    if sers and chance(pf + (.1 if pf else 0)):
        rec['serial'] = sers[0]['s']
        infield.add(sers[0]['k'])
    marks = [x for x in said if not x['ser']]
    if marks and chance(pf):
        rec['marks'] = ch(['；', '，', '。']).join(x['txt'] for x in marks)
        infield.update(x['k'] for x in marks)
    P = place_phrase_o(L)
    if L['pmode'] in ('exact', 'hedge') and chance(pf):
        rec['address'] = prefix_hosp(ch(L['oplace']['o'])) if chance(.5) else ch(L['oplace']['o'])
    elif L['pmode'] in ('route', 'vague') and chance(pf * .5):
        rec['address'] = ch(['第一人民医院', '江陵市第一人民医院', '一医院'])
    if lv in ('full', 'partial') and chance(.45):
        if L['pmode'] in ('exact', 'hedge'):
            rec['lat'], rec['lon'] = coords(L['oplace'], 20)
        elif chance(.4):
            rec['lat'], rec['lon'] = coords(PL['opd_hall'], 60)
    # body
    if lv == 'full':
        body_facts = [x for x in said if chance(.55)] or said[:1]
    elif lv == 'partial':
        body_facts = [x for x in said if x['k'] not in infield or chance(.3)]
    else:
        body_facts = said
    FX = '，'.join(x['txt'] for x in body_facts)
    bm = join_bm(brand, model)
    OBJ = obj_phrase(a, kind, col, bm, 'o')
    T = L['tphrase']
    if lv == 'oneline':
        short_obj = ((col or '') + kind) if chance(.6) else kind
        if bm and chance(.5):
            short_obj = bm + kind
        Ps = ch(L['oplace']['o']) if L['pmode'] in ('exact', 'hedge') else ch(['医院', '一医院', '医院里'])
        Ts = T.split('，')[0]
        body = ch(['%s丢了%s' % (Ps, short_obj), '%s丢%s %s' % (Ts, short_obj, Ps), '丢失%s，%s' % (short_obj, Ps),
                   '%s %s %s' % (short_obj, Ps, Ts), '%s不见了，%s' % (short_obj, FX or Ps),
                   '在%s掉了%s%s' % (Ps, short_obj, ('，' + FX) if FX else ''), '寻%s，%s，%s' % (short_obj, Ps, FX or Ts)])
        if chance(.6):
            body = typo(body)
        rec['body'] = clean(body)
        return rec
    plea = ch(PLEA)
    if v == 'elder':
        why = ch(['看病', '拿药', '复查', '看我老头子', '做检查', '陪老伴看病', '打针'])
        loss = ch(['搞掉哒', '搞丢了', '落咯', '不见哒', '弄掉了', '搞不见了', '丢了'])
        body = ch(['%s我在%s%s，%s，%s。%s' % (T, P, loss, OBJ, FX, ch(PLEA_DIA)),
                   '我是来%s的，%s在%s那里把%s%s，%s。%s' % (why, T, P, OBJ, loss, FX, ch(PLEA_DIA)),
                   '%s%s，%s，在%s。%s。%s' % (OBJ, loss, T, P, FX, ch(PLEA_DIA)),
                   '老人口述：%s来医院%s，在%s%s%s。%s。' % (T, why, P, loss, OBJ, FX)])
    elif v == 'child':
        rel = rel_word(p, v)
        why = ch(['看门诊', '排队挂号', '等着做CT', '输液', '办住院', '拿药', '做B超', '抽血', '复查'])
        loss = ch(['丢了', '不见了', '弄丢了', '遗失了'])
        body = ch(['%s（%d岁）%s来医院%s，%s在%s%s。%s。%s%s' % (rel, p['years'], T, why, OBJ, P, loss, FX, ch(CTX_CHILD),
                                                           plea),
                   '帮%s报失：%s，%s，%s。%s。%s' % (rel, T, P, OBJ, FX, plea),
                   '%s陪%s来医院%s，在%s把%s%s，%s。%s%s' % (T, rel, why, P, OBJ, ch(['弄丢了', '搞丢了', '落下了']), FX,
                                                    ch(CTX_CHILD), plea)])
    elif v == 'carer':
        ward = WARD_OF.get(L['oplace']['id'], ch(['心内科', '骨科', '神经内科', '肿瘤科', '呼吸科']))
        bed = a['fmt']['bed']
        body = ch(['我是%s%s床的护工，%s在%s把%s%s的%s弄丢了。%s。%s' % (ward, bed, T, P, p['sur'], honor(p), OBJ, FX, plea),
                   '%s%s床病人（%s%s）的%s不见了，我是护工。%s，%s。%s。' % (ward, bed, p['sur'], honor(p), OBJ, T, P, FX)])
    elif v == 'rural':
        vil = ch(VILLAGES)
        rel2 = ch(['俺爹', '俺娘', '俺屋里老头子', '俺婆婆', '俺男人']) if p['age'] == 'old' else '病人'
        loss = ch(['丢', '掉', '搞丢'])
        body = ch(['俺从%s来医院照顾%s，%s在%s%s了%s。%s。俺们乡下人不熟，%s' % (vil, rel2, T, P, loss, OBJ, FX, plea),
                   '我们是%s的，%s到%s，%s搞丢了。%s。%s' % (vil, T, P, OBJ, FX, ch(PLEA_DIA)),
                   '%s在%s丢了%s，%s。是%s来的，住在医院旁边的旅社。%s' % (T, P, OBJ, FX, vil, plea)])
    elif v == 'young':
        body = ch(['%s在%s丢了%s，%s。%s' % (T, P, OBJ, FX, plea),
                   '【寻物】%s %s %s。%s。捡到请联系，重谢！' % (T, P, OBJ, FX),
                   '如题，%s在%s附近遗失%s。%s。' % (T, P, OBJ, FX),
                   '%s来医院复查，%s在%s弄丢了，%s。%s' % (T, OBJ, P, FX, plea)])
    elif v == 'mid':
        why = ch(['看病', '复查', '做检查', '拿药', '看望病人', '陪家属住院'])
        loss = ch(['丢失', '遗失', '弄丢了'])
        body = ch(['本人%s来医院%s，在%s%s%s，%s。%s' % (T, why, P, loss, OBJ, FX, plea),
                   '%s在第一人民医院%s遗失%s。%s。%s' % (T, P, OBJ, FX, plea),
                   '%s，%s，%s%s。%s。' % (T, P, OBJ, loss, FX)])
    else:  # desk
        g = '女' if p['gender'] == 'f' else '男'
        body = ch(['报失人%s（%s，%d岁）称：其于%s在%s遗失%s，%s。请协助查找。' % (p['name'], g, p['years'], T, P, OBJ, FX),
                   '事主%s某来所报称，%s在%s附近丢失%s，%s。' % (p['sur'], T, P, OBJ, FX),
                   '%s报：%s，%s，遗失%s。%s。联系电话已登记。' % (p['name'], T, P, OBJ, FX)])
    body = clean(body)
    if v in ('rural', 'young', 'elder') and chance(.25):
        body = typo(body)
    rec['body'] = body
    return rec


# ------------------------------------------------------------------ special voices
def en_part(h):
    return 'morning' if h < 12 else ('afternoon' if h < 18 else 'evening')


def en_day(d):
    delta = (NOW.date() - d).days
    mon = ['Nov', 'Dec'][d.month - 11]
    opts = ['on %s %d' % (mon, d.day), 'on %d %s' % (d.day, 'November' if d.month == 11 else 'December'),
            'on %d/%d' % (d.month, d.day)]
    if delta == 1:
        opts += ['yesterday', 'yesterday']
    if delta <= 7:
        opts.append('last %s' % d.strftime('%A'))
    return ch(opts)


def cap(s):
    return s[:1].upper() + s[1:]


def render_en(L):
    a = L['a']
    p = a['person']
    said = choose(a, 'o', 'empty', L['must'], en=True)
    L['said'] = [x['k'] for x in said]
    col = COL[a['color']][2] if a['color'] else ''
    br = brand_word(a['brand'], 'e') if a['brand'] else ''
    model = a['model'] or ''
    kind = a['kind_en']
    t = L['t']
    place = L['oplace']['en']
    day = en_day(t.date())
    part = en_part(t.hour)
    facts = '; '.join(x['txt'] for x in said)
    desc = ' '.join(x for x in (col, br, model, kind) if x)
    body = ch(["Hello, I lost my %s %s %s near the %s of the First People's Hospital. %s. Please contact me if "
               "someone hands it in. Thank you!" % (desc, day, 'in the ' + part, place, cap(facts)),
               "Lost: %s (%s). %s %s, around the %s, First People's Hospital. %s. I am an international student "
               "at Jiangling University." % (kind, ', '.join(x for x in (col, join_bm(br, model)) if x),
                                             cap(day), part, place, cap(facts)),
               "LOST %s - %s %s, %s (No.1 People's Hospital). %s. My name is %s %s." % (
                   kind.upper(), day, part, place, cap(facts), p.get('given', ''), p.get('surname', ''))])
    rec = {}
    if chance(.7) and col:
        rec['color'] = col
    if br and chance(.7):
        rec['brand'] = br
    if model and chance(.6):
        rec['model'] = model
    sers = [x for x in said if x['ser']]
    if sers:
        rec['serial'] = sers[0]['s']
    rec['address'] = place + ", First People's Hospital"
    rec['body'] = clean(body.replace('. .', '.').replace('..', '.'))
    return rec


PY_PART = {'凌晨': 'lingchen', '早上': 'zaoshang', '上午': 'shangwu', '中午': 'zhongwu', '下午': 'xiawu', '傍晚': 'bangwan',
           '晚上': 'wanshang'}


def py_day(d):
    delta = (NOW.date() - d).days
    if delta == 1:
        return 'zuotian'
    if delta == 2:
        return 'qiantian'
    return '%d yue %d hao' % (d.month, d.day)


def render_py(L):
    a = L['a']
    p = a['person']
    t = L['t']
    day, part = py_day(t.date()), PY_PART[part_of(t.hour)]
    pl = L['oplace']['py']
    col = COL[a['color']][3] if a['color'] else ''
    rec = {}
    if a['cat'] == 'phone':
        L['said'] = ['sticker']
        body = ('wo ba de laorenji diu le, %s de, %s de, %s %s zai yiyuan %s nabian. houmian tie le bai jiaobu '
                'xie le wo de dianhua. mafan bang mang zhao yi xia, xiexie!' % (col, BRANDS[a['brand']]['en'][0],
                                                                              day, part, pl))
        rec['brand'] = BRANDS[a['brand']]['py'][0]
    elif a['cat'] == 'keys':
        L['said'] = ['n', 'charm']
        body = ('yaoshi diu le, yi chuan %d ba, shangmian gua le yi ge %s, %s %s zai %s fujin diu de. you ren jiandao '
                'qing lianxi wo' % (a['n'], mk_item(a, 'charm')[3], day, part, pl))
    else:
        L['said'] = ['name']
        body = ('wo ma de yibao ka bu jian le, mingzi jiao %s, %s %s zai %s jiao fei de shihou diao de. kahao bu '
                'jide le. xiexie' % (p['py'], day, part, pl))
    if chance(.5):
        rec['address'] = pl
    rec['body'] = body
    return rec


T2 = str.maketrans('兰凤华莲腊国强长刚连荣丽红晓静艳伟军卫东涛梦瑶诗轩杰鸣张刘陈杨黄赵吴孙马罗郑谢韩冯邓蒋叶龚',
                   '蘭鳳華蓮臘國強長剛連榮麗紅曉靜艷偉軍衛東濤夢瑤詩軒傑鳴張劉陳楊黃趙吳孫馬羅鄭謝韓馮鄧蔣葉龔')
CASE_TW = ['透明殼，用久了發黃', '黑色翻蓋皮套', '粉色手機殼帶掛繩', '殼上印了一隻小熊', '紅色帶支架的殼', '藍色矽膠套', '霧面黑殼',
           '殼背面印了福字', '綠色插卡皮套', '紫色手機殼，邊上有水鑽']
JADE_TW = ['有一道裂紋', '斷過，用金包了一截', '裡面有一塊飄花', '有一塊發黃']
BRAND_TW = {'kamechi': '卡美琪', 'laochuan': '老船長', 'wanfulai': '萬福來'}


def render_tw(L):
    a = L['a']
    p = a['person']
    t = L['t']
    d = t.date()
    date = '%d月%d日' % (d.month, d.day)
    part = part_of(t.hour)
    pl = L['oplace']['tw']
    col = COL[a['color']][4] if a['color'] else ''
    name = p['name'].translate(T2)
    rec = {}
    if a['cat'] == 'wallet':
        L['said'] = ['cash', 'idp']
        br = BRAND_TW.get(a['brand'], '')
        body = ('本人於%s%s在第一人民醫院%s遺失%s錢包一個%s，內有現金約%d元及身份證一張（%s）。如有拾獲請與我聯繫，不勝感激。'
                % (date, part, pl, col, ('，' + br + '牌') if br else '', int(round(a['cash'] / 100.0)) * 100, name))
        rec['color'] = col
    elif a['cat'] == 'jewelry':
        L['said'] = ['style']
        body = ('家母%s%s在醫院%s做檢查時取下玉鐲，之後遺失。玉鐲%s，%s。懇請協助尋找，必有酬謝。'
                % (date, part, pl, col, JADE_TW[a['mk']['style'][1]]))
    elif a['cat'] == 'id_doc':
        L['said'] = ['name', 'cardno']
        body = ('遺失台灣居民來往大陸通行證（台胞證）一本，姓名%s，號碼%s，%s%s在%s附近遺失。如有拾獲，請通知本人，謝謝。'
                % (name, a['cardno'], date, part, pl))
        rec['serial'] = a['cardno']
    else:
        L['said'] = ['case'] if 'case' in a['mk'] else []
        case = ('，' + CASE_TW[a['mk']['case'][1]]) if 'case' in a['mk'] else ''
        body = ('%s%s在%s附近遺失手機一支，%s %s，%s%s。內有重要資料，拜託了。'
                % (date, part, pl, BRANDS[a['brand']]['en'][0], a['model'], col, case))
        rec['brand'] = BRANDS[a['brand']]['en'][0]
    if chance(.5):
        rec['address'] = '第一人民醫院' + pl
    rec['body'] = body
    return rec


# ------------------------------------------------------------------ finder side
SHOP_OF = {'flower': '馨语花店', 'fruit': '鲜果时光水果店', 'drug_out': '仁心大药房', 'bkfast': '刘记早餐店', 'shop': '住院部便利店'}
HOTEL_OF = {'hot1': '安康宾馆', 'hot2': '惠民旅社', 'hot3': '平安家庭公寓'}
ROUTES = ['12路', '3路', 'K5路', '28路']


def finder_kind(fp, cat):
    pid = fp['id']
    if pid == 'taxi':
        return ch(['taxi', 'taxi', 'guard'])
    if pid == 'bus':
        return ch(['bus', 'bus', 'passer'])
    if pid in HOTEL_OF:
        return 'hotel'
    if pid in SHOP_OF:
        return 'shop'
    if pid == 'cant':
        return ch(['canteen', 'cleaner'])
    if pid == 'amb':
        return 'ambulance'
    if 'ward' in fp['tags']:
        return ch(['nurse', 'cleaner', 'carer', 'nurse'])
    if cat in ('ebike', 'bicycle') and fp['zone'] in ('in', 'gate'):
        return 'guard_bike'
    if pid in ('park_b', 'park_g', 'gate_s', 'gate_e', 'shed_e', 'shed_n'):
        return ch(['guard', 'guard', 'rider', 'cleaner'])
    if fp['zone'] == 'out':
        return ch(['rider', 'passer', 'sanitation', 'patrol'])
    if fp['zone'] == 'far':
        return ch(['passer', 'patrol', 'sanitation'])
    return ch(['cleaner', 'guard', 'nurse_opd', 'patient', 'volunteer', 'cleaner'])


def render_found(Fd):
    a = Fd['a']
    lv = Fd['level']
    fp = Fd['fplace']
    got = choose(a, 'f', lv, Fd['must'])
    Fd['shown'] = [x['k'] for x in got]
    cat_f = a['cat_f']
    brand = None
    if a['brand'] and (Fd.get('force_brand') or chance(BRAND_KNOW_F[a['cat']])):
        brand = brand_word(a['brand'], 'f')
    c = a['color']
    if a.get('kind_ff') and a['cat'] in ('other', 'id_doc'):
        c = None  # the finder saw the bag or the record book, not the thing the owner describes
    if c and Fd.get('colshift'):
        c = ch(NEAR_COL[c])
    col = col_word(c, 'f', a['cat']) if c and chance(.92 if lv != 'oneline' else .7) else None
    model = None
    if a['model'] and brand and (Fd.get('force_brand') or chance(MODEL_KNOW_F.get(a['cat'], .1))) and lv != 'oneline':
        model = model_word(a['model'], 'f')
    kind = ch(a.get('kind_ff') or a['kind_f'])
    rec = {}
    pf = {'full': .95, 'partial': .6}.get(lv, 0.0)
    infield = set()
    if col and chance(pf):
        rec['color'] = col
    if brand and chance(pf):
        rec['brand'] = brand
    if model and chance(pf):
        rec['model'] = model
    sers = [x for x in got if x['ser']]
    if sers and chance(pf + (.1 if pf else 0)):
        rec['serial'] = sers[0]['s']
        infield.add(sers[0]['k'])
    marks = [x for x in got if not x['ser']]
    if marks and chance(pf):
        rec['marks'] = ch(['；', '，', '、']).join(x['txt'] for x in marks)
        infield.update(x['k'] for x in marks)
    FP = ch(fp['f'])
    if Fd.get('handover'):
        addr = ch(PL['sec']['f'])
    elif fp['id'] == 'taxi' and Fd['fk'] == 'taxi':
        addr = '出租车上（南门上客）'
    elif fp['id'] == 'bus' and Fd['fk'] == 'bus':
        addr = '%s公交车上' % Fd['route']
    else:
        addr = FP if fp['zone'] in ('out', 'far') else prefix_hosp(FP) if chance(.4) else FP
    if chance(pf):
        rec['address'] = addr[:60]
    if lv in ('full', 'partial') and chance(.6) and Fd['fk'] not in ('taxi', 'bus'):
        rec['lat'], rec['lon'] = coords(PL['sec'] if Fd.get('handover') else fp, 15)
    if lv == 'full':
        body_facts = [x for x in got if chance(.7)] or got[:1]
    elif lv == 'partial':
        body_facts = [x for x in got if x['k'] not in infield or chance(.3)]
    else:
        body_facts = got
    FX = '，'.join(x['txt'] for x in body_facts)
    bm = join_bm(brand, model)
    OBJ = obj_phrase(a, kind, col, bm, 'f')
    FT = Fd['ftphrase']
    fk = Fd['fk']
    sur = ch(SURNAMES)[0]
    nm = sur + ch(['某', '某某', '师傅', '阿姨', '女士', '先生'])
    if lv == 'oneline':
        body = ch(['拾得%s，%s' % (OBJ, FP), '%s %s %s' % (OBJ, FP, FT), '捡到%s%s' % (OBJ, ('，' + FX) if FX else ''),
                   '%s拾%s，%s' % (FP, OBJ, FX or FT)])
        if chance(.4):
            body = typo(body)
        rec['body'] = clean(body)
        return rec
    ward = WARD_OF.get(fp['id'], '住院部')
    if Fd.get('handover'):
        lead = ch(['（保卫科代为登记）', '保卫科转交。', '经保卫科移交：'])
    else:
        lead = ''
    forms = {
        'cleaner': ['保洁员%s%s在%s打扫卫生时捡到%s，%s，交保卫科。' % (nm, FT, FP, OBJ, FX),
                    '%s，保洁阿姨在%s发现%s，%s，无人认领。' % (FT, FP, OBJ, FX),
                    '清洁工%s于%s拾得%s。%s。' % (FT, FP, OBJ, FX)],
        'guard': ['保安%s%s巡逻至%s时发现%s，%s，现存放保卫科。' % (nm, FT, FP, OBJ, FX),
                  '%s保安在%s捡到%s，%s。' % (FT, FP, OBJ, FX),
                  '医院保卫科移交：%s在%s拾得%s，%s。' % (FT, FP, OBJ, FX)],
        'guard_bike': ['%s有%s停放多日无人挪动，%s。保安%s登记移交。' % (FP, OBJ, FX, FT),
                       '保卫科%s清理%s时发现%s，长时间无人认领，%s。' % (FT, FP, OBJ, FX),
                       '%s在%s发现无主%s，%s，疑似被盗后丢弃。' % (FT, FP, OBJ, FX)],
        'nurse': ['%s护士站交来：%s在%s发现%s，%s，询问病区患者均称不是自己的。' % (ward, FT, FP, OBJ, FX),
                  '%s护士%s在%s捡到%s，%s。' % (sur, FT, FP, OBJ, FX),
                  '%s，%s，护士巡房时发现%s，%s。' % (FT, FP, OBJ, FX)],
        'nurse_opd': ['门诊导诊台护士%s在%s拾到%s，%s，广播寻找未果。' % (FT, FP, OBJ, FX),
                      '导诊护士交来%s，%s在%s捡到，%s。' % (OBJ, FT, FP, FX)],
        'carer': ['%s一位护工%s在%s捡到%s，%s，交到护士站后转来。' % (ward, FT, FP, OBJ, FX)],
        'patient': ['一名就诊群众%s在%s捡到%s送来，%s，未留姓名。' % (FT, FP, OBJ, FX),
                    '患者家属%s%s在%s拾得%s，%s。' % (nm, FT, FP, OBJ, FX)],
        'volunteer': ['医院志愿者%s在%s拾得%s，%s。' % (FT, FP, OBJ, FX),
                      '红马甲志愿者交来%s（%s，%s），%s。' % (OBJ, FT, FP, FX)],
        'rider': ['外卖骑手%s师傅%s在%s捡到%s，%s，送到派出所。' % (sur, FT, FP, OBJ, FX),
                  '送外卖的小哥%s在%s地上捡到%s，%s。' % (FT, FP, OBJ, FX)],
        'taxi': ['出租车司机%s师傅交来：%s在第一人民医院南门拉过一位乘客，下车后在后座发现%s，%s。' % (sur, FT, OBJ, FX),
                 '的哥%s收车时在后排座位发现%s，%s，乘客是在医院门口上的车。' % (FT, OBJ, FX)],
        'bus': ['%s公交驾驶员%s收车时在车厢后排座位下发现%s，%s，该车终点为第一医院公交总站。' % (Fd['route'], FT, OBJ, FX),
                '公交总站调度室交来：%s车上乘客遗落%s，%s，%s发现。' % (Fd['route'], OBJ, FX, FT)],
        'hotel': ['%s前台交来：%s打扫退房房间时发现%s，%s，客人电话打不通。' % (HOTEL_OF.get(fp['id'], '宾馆'), FT, OBJ, FX),
                  '%s老板%s在%s捡到%s，%s。' % (HOTEL_OF.get(fp['id'], '宾馆'), FT, FP, OBJ, FX)],
        'shop': ['%s老板%s在店里发现顾客遗落的%s，%s。' % (SHOP_OF.get(fp['id'], '商店'), FT, OBJ, FX),
                 '%s%s店员在收银台旁捡到%s，%s。' % (FT, SHOP_OF.get(fp['id'], '商店'), OBJ, FX)],
        'canteen': ['食堂工作人员%s收餐盘时在%s发现%s，%s。' % (FT, FP, OBJ, FX)],
        'ambulance': ['120急救站司机%s清洁车厢时发现%s，%s，可能是转运病人家属遗落。' % (FT, OBJ, FX)],
        'passer': ['群众%s%s在%s捡到%s送交我所，%s。' % (nm, FT, FP, OBJ, FX), '市民%s在%s拾得%s，%s。' % (FT, FP, OBJ, FX)],
        'sanitation': ['环卫工人%s清扫%s时在路边发现%s，%s。' % (FT, FP, OBJ, FX)],
        'patrol': ['巡逻民警%s在%s发现%s，%s。' % (FT, FP, OBJ, FX),
                   '社区网格员%s在%s发现%s，%s，已联系派出所。' % (FT, FP, OBJ, FX)],
    }
    body = lead + ch(forms[fk])
    rec['body'] = clean(body)
    return rec


# ------------------------------------------------------------------ the plan
# (category, lost reports, of which the object is handed in)
CAT_PLAN = [('id_doc', 36, 26), ('phone', 36, 21), ('wallet', 24, 15), ('keys', 20, 13), ('ebike', 14, 7),
            ('bicycle', 10, 5), ('bag', 26, 18), ('cash', 16, 7), ('jewelry', 16, 8), ('electronics', 18, 12),
            ('other', 24, 18)]
# English (8), pinyin (3) and traditional-character (4) reports: (voice, category, handed in, forced kind)
SPECIALS = [('en', 'id_doc', True, {'kind': '护照'}), ('en', 'id_doc', False, {'kind': '留学生证'}),
            ('en', 'phone', True, {'kind': '手机'}), ('en', 'wallet', True, {}), ('en', 'bag', False, {}),
            ('en', 'electronics', True, {'kind': '耳机'}), ('en', 'keys', False, {}), ('en', 'bicycle', True, {}),
            ('py', 'phone', True, {'kind': '老人机'}), ('py', 'keys', True, {}), ('py', 'id_doc', False, {'kind': '社保卡'}),
            ('tw', 'wallet', True, {'kind': '长款'}), ('tw', 'jewelry', False, {'kind': '玉镯'}),
            ('tw', 'id_doc', True, {'kind': '台胞证'}), ('tw', 'phone', False, {'kind': '手机'})]
# one object filed under two categories: (owner's category, finder's category, kind, finder's words)
CROSS = [('electronics', 'other', {'kind': '助听器'}, ['助听器', '耳朵上戴的小机器（疑似助听器）']),
         ('wallet', 'id_doc', {'kind': '卡包'}, ['卡套（内有银行卡）', '银行卡及卡套']),
         ('other', 'bag', {'kind': '保温饭盒'}, ['花布袋（内有保温饭盒）', '手提布袋（内装保温饭盒）']),
         ('id_doc', 'other', {'kind': '社保卡'}, ['门诊病历本（内夹社保卡）', '病历本（内夹社保卡）'])]
CATPL = {
    'id_doc': 'reg:5 selfpay:4 adm:4 pharm:3 opd_hall:4 lab:2 er:2 ct:1 us:1 w_card:1 w_neu:1 icu:1 drug_out:1 '
              'bus:1 taxi:1 hot1:1 cant:1 park_b:1 fruit:1',
    'phone': 'opd_hall:4 reg:3 pharm:3 lab:2 infus:3 ct:2 us:2 w_card:2 w_orth:2 w_onc:1 icu:2 er:2 cant:3 shop:1 '
             'taxi:2 bus:2 hot1:1 hot2:1 flower:1 fruit:1 bkfast:1 park_b:1 amb:1',
    'wallet': 'reg:4 pharm:3 opd_hall:3 selfpay:2 adm:3 cant:3 shop:2 fruit:2 flower:1 drug_out:2 bkfast:2 bus:2 '
              'taxi:2 er:1 hot2:1 w_neu:1',
    'keys': 'park_b:3 park_g:2 shed_e:3 shed_n:2 opd_hall:2 cant:2 w_card:1 w_orth:1 icu:1 hot1:2 hot3:1 bus:1 '
            'gate_s:1 er:1',
    'ebike': 'shed_e:5 shed_n:4 gate_s:2 fruit:1 bkfast:1 hot1:1 hot2:1 bus:1 gate_e:2',
    'bicycle': 'shed_e:4 shed_n:3 gate_e:2 bkfast:1 hot3:1 bus:1',
    'bag': 'opd_hall:3 reg:2 pharm:2 ct:2 us:1 adm:3 icu:2 w_onc:2 cant:2 bus:3 taxi:3 hot1:1 hot2:1 er:2 amb:1 '
           'fruit:1',
    'cash': 'adm:4 reg:3 selfpay:2 w_card:2 w_orth:2 w_onc:2 icu:2 opd_hall:2 fruit:1 drug_out:1 taxi:1 cant:1',
    'jewelry': 'ct:5 us:2 w_orth:2 w_card:2 w_onc:1 icu:1 er:2 opd_hall:1 hot1:2 hot2:1 cant:1',
    'electronics': 'ct:4 us:3 opd_hall:2 w_neu:2 w_card:2 icu:2 infus:2 cant:2 reg:1 pharm:1 bus:1 taxi:1',
    'other': 'pharm:3 ct:3 us:1 w_card:2 w_orth:3 w_neu:2 w_onc:2 icu:2 cant:3 opd_hall:2 adm:1 bus:2 taxi:1 er:2 '
             'amb:1 hot1:1',
}
UNCLAIMED_CATS = 'id_doc:5 phone:3 wallet:3 keys:4 ebike:1 bicycle:1 bag:4 cash:1 jewelry:2 electronics:3 other:6'
NEG_PLAN = [('twin', 8, 14), ('make', 8, 14), ('before', 8, 14), ('samecol', 10, 14)]
NEG_LABEL = {'twin': 'twin_one_fact', 'samecol': 'same_category_colour', 'before': 'found_before_loss',
             'make': 'same_make_elsewhere', 'unclaimed': 'unclaimed'}
NEG_COUNT = {'twin_one_fact': 22, 'same_category_colour': 24, 'found_before_loss': 22, 'same_make_elsewhere': 22,
             'unclaimed': 30}


def pick_voice(cat):
    w = {'elder': 22, 'child': 24, 'carer': 9, 'rural': 9, 'young': 14, 'mid': 12, 'desk': 14}
    if cat in ('ebike', 'bicycle'):
        w.update(elder=5, carer=2, young=18, mid=20)
    if cat in ('cash', 'jewelry'):
        w.update(young=4)
    if cat == 'electronics':
        w.update(carer=12)
    return wch(sorted(w.items()))


def age_for(voice):
    if voice in ('elder', 'carer'):
        return 'old'
    if voice == 'child':
        return 'old' if chance(.85) else 'mid'
    if voice == 'rural':
        return 'old' if chance(.6) else 'mid'
    if voice == 'young':
        return 'young'
    if voice == 'mid':
        return 'mid'
    return ch(['old', 'old', 'mid', 'young'])


def finalize(a, t):
    if a['cat'] == 'other' and a['kind'] == 'CT片':
        exam = t.date() - dt.timedelta(days=R.randint(0, 3))
        a['ctno'] = 'CT24%02d%02d%03d' % (exam.month, exam.day, R.randrange(1000))


def twin_keys(a):
    keys = []
    for x in facts_of(a):
        if x['who'] == 'both' and x['po'] > 0 and x['pf'] > 0 and x['k'] in TWINNABLE and x['o'] and x['f']:
            keys.append(x['k'])
    return keys


def near_place(p, cat, same=.45):
    nb = neighbours(p, 220, cat)
    if chance(same) or not nb:
        return p
    return ch(nb)


def found_place(lp, cat):
    if lp['id'] in ('taxi', 'bus'):
        return lp, False
    if cat in ('ebike', 'bicycle'):
        r = R.random()
        if r < .45:
            return lp, False
        if r < .65:
            return ch([q for q in PLACES if 'bike' in q['tags'] and q['id'] != lp['id']]), False
        return ch([q for q in PLACES if q['zone'] == 'out']), False
    r = R.random()
    if r < .5:
        return lp, False
    nb = neighbours(lp, 220, cat)
    if r < .88 and nb:
        return ch(nb), False
    return lp, True


FOUND_LEVELS = [('oneline', 10), ('empty', 20), ('partial', 35), ('full', 35)]


def new_found(a, fp, tf, level, must=(), handover=False, colshift=False, force_brand=False):
    fk = finder_kind(fp, a['cat'])
    must = list(must)
    if a['cat'] == 'cash' and 'amount' not in must and chance(.93):
        must.append('amount')
    if a['cat'] in ('ebike', 'bicycle') and fk in ('shop', 'hotel', 'canteen', 'ambulance', 'nurse', 'cleaner', 'carer',
                                                   'nurse_opd', 'patient', 'volunteer'):
        fk = 'guard_bike'
    voice = 'desk' if chance(.4) else 'x'
    return {'a': a, 'level': level, 'fplace': fp, 'tf': tf, 'ftphrase': found_words(tf, voice), 'fk': fk,
            'must': list(must), 'handover': handover, 'route': ch(ROUTES), 'colshift': colshift,
            'force_brand': force_brand, 'neg': None, 'target': None}


def build():
    slots = []
    for cat, n, k in CAT_PLAN:
        for i in range(n):
            slots.append({'cat': cat, 'true': i < k, 'voice': None, 'force': {}, 'cross': None})

    def take(cat, tr):
        for s in slots:
            if s['cat'] == cat and s['true'] == tr and s['voice'] is None and s['cross'] is None:
                return s
        raise RuntimeError('no slot %s %s' % (cat, tr))

    for v, cat, tr, force in SPECIALS:
        s = take(cat, tr)
        s['voice'] = v
        s['force'] = dict(force)
    for cat, catf, force, words in CROSS:
        s = take(cat, True)
        s['cross'] = (catf, words)
        s['force'] = dict(force)

    lost = []
    for s in slots:
        cat = s['cat']
        v = s['voice'] or pick_voice(cat)
        p = foreign_person() if v == 'en' else person(age_for(v) if v not in ('py', 'tw') else
                                                       ('old' if cat in ('phone', 'id_doc', 'jewelry') and
                                                        s['force'].get('kind') != '台胞证' and
                                                        not (v == 'tw' and cat == 'phone') else 'mid'))
        ctx = {'person': p, 'bed': str(R.randint(1, 48)), 'foreign': v == 'en'}
        a = GEN[cat](ctx, s['force'])
        if v == 'py' and cat == 'phone':
            a['mk']['sticker'] = ('ph_sticker', 0)
        if v == 'py' and cat == 'keys' and 'charm' not in a['mk']:
            mk(a, 'charm', 'ky_charm')
            a['color'] = mk_item(a, 'charm')[4]
        if v == 'tw' and cat == 'wallet':
            a['idp'] = True
            a['cash'] = max(a['cash'] or 0, 300)
        if v == 'tw' and cat == 'phone' and 'case' not in a['mk']:
            mk(a, 'case', 'ph_case')
        if v == 'en' and cat == 'wallet':
            a['idp'] = False
            a['extra_facts'] = [F('stu', 'both', ['留学生证'], ['内有江陵大学留学生证一张（%s）' % p['name']], .8, .9,
                                  e=['my student card (%s)' % p['name']])]
        if v == 'en' and cat == 'keys':
            a['fmt']['tag'] = 'Intl dorm 3-215'
            if 'tag' not in a['mk']:
                mk(a, 'tag', 'ky_tag', 0)
        if s['cross']:
            a['cat_f'] = s['cross'][0]
            a['kind_ff'] = s['cross'][1]
            a['mw_f'] = '本' if cat == 'id_doc' else '个'
            if cat == 'other':
                a['mk']['box'] = ('ot_box', 1)
        lp = PL[wstr(CATPL[cat])]
        if v in ('elder', 'rural', 'child', 'carer') and chance(.25):
            t = rand_time(NOW - dt.timedelta(days=4), END)  # recent enough to say 昨天 / 前天
        else:
            t = rand_time()
        finalize(a, t)
        if v in ('en', 'py', 'tw'):
            a0, b0, ph = make_window(t, 'young', kinds=[('part', 1)])
            pm = 'exact'
        else:
            a0, b0, ph = make_window(t, v if v in ('elder', 'rural', 'desk', 'young') else 'child')
            if cat in ('ebike', 'bicycle'):
                pm = wstr('exact:8 hedge:2')
            elif v in ('elder', 'rural'):
                pm = wstr('exact:4 hedge:2 route:2 vague:2')
            else:
                pm = wstr('exact:6 hedge:2 route:1 vague:1')
        nb = neighbours(lp, 160, cat) or [lp]
        op, op2, route = lp, ch(nb), None
        if pm == 'hedge' and chance(.5):
            op, op2 = op2, lp
        if pm == 'exact' and chance(.15) and v not in ('en', 'py', 'tw'):
            op = ch(nb)  # sure of the wrong spot next door
        if pm == 'route':
            others = [q for q in PLACES if q['zone'] == 'in' and 'g' in q['tags'] and q['id'] != lp['id']]
            route = R.sample(others, 2) + [lp]
            R.shuffle(route)
        if v in ('en', 'py', 'tw'):
            lv = 'special'
        else:
            lv = wch([('oneline', 18), ('empty', 25), ('partial', 31), ('full', 26)])
        lost.append({'a': a, 'cat': cat, 'true': s['true'], 'voice': v, 'level': lv, 't': t, 'from': a0, 'to': b0,
                     'tphrase': ph, 'lplace': lp, 'oplace': op, 'oplace2': op2, 'pmode': pm, 'route': route,
                     'must': [], 'force_brand': False, 'neg': None, 'parent_brand': False, 'found': None})

    # a few owners call a sub-brand by its parent's name
    for L in lost:
        if L['true'] and L['a']['brand'] in PARENT and L['voice'] not in ('en', 'py', 'tw') and chance(.4):
            L['parent_brand'] = True

    # hard negatives: pick the reports they are meant to tempt
    never = [L for L in lost if not L['true']]
    trues = [L for L in lost if L['true']]
    R.shuffle(never)
    R.shuffle(trues)

    def eligible(L, kind):
        if L['neg']:
            return False
        if kind == 'twin':
            return L['voice'] not in ('en', 'py', 'tw') and L['level'] != 'oneline' and bool(twin_keys(L['a']))
        if L['voice'] == 'en' and L['cat'] == 'id_doc':
            return False
        if kind == 'make':
            return bool(L['a']['brand']) or L['cat'] in ('cash', 'id_doc')
        if kind == 'samecol':
            return bool(L['a']['color'])
        return True

    for kind, nt, nn in NEG_PLAN:
        for group, need in ((trues, nt), (never, nn)):
            got = 0
            for L in group:
                if got == need:
                    break
                if eligible(L, kind):
                    L['neg'] = kind
                    got += 1
            if got != need:
                raise RuntimeError('not enough targets for %s' % kind)
    for L in lost:
        if L['neg'] == 'twin':
            L['twin_key'] = ch(twin_keys(L['a']))
            L['must'] = [L['twin_key']]
        if L['neg'] in ('make', 'before') and L['a']['brand']:
            L['force_brand'] = True

    # owners write their reports
    for L in lost:
        if L['voice'] == 'en':
            L['rec'] = render_en(L)
        elif L['voice'] == 'py':
            L['rec'] = render_py(L)
        elif L['voice'] == 'tw':
            L['rec'] = render_tw(L)
        else:
            L['rec'] = render_lost(L)
        if L['neg'] == 'twin':
            assert L['twin_key'] in L['said'], (L['twin_key'], L['said'])

    # finders of the true objects
    found = []
    wallets_emptied = 0
    for L in lost:
        if not L['true']:
            continue
        a = L['a']
        if a['cat'] == 'wallet' and a.get('cash') and wallets_emptied < 2 and L['voice'] not in ('en', 'tw') and \
                chance(.35):
            a['emptied'] = True
            wallets_emptied += 1
        tf = found_after(L['t'], a['cat'])
        fp, hand = found_place(L['lplace'], a['cat'])
        lvl = wch(FOUND_LEVELS)
        must = []
        if a['cat'] != a['cat_f']:
            lvl = ch(['partial', 'full'])
            must = {'id_doc': ['name'], 'wallet': ['tail']}.get(a['cat'], [])
        Fd = new_found(a, fp, tf, lvl, must=must, handover=hand, colshift=chance(.15))
        Fd['truth_of'] = L
        # a finder usually sees at least one of the things the owner described
        seen = [x['k'] for x in facts_of(a) if x['who'] == 'both' and x['pf'] > 0 and x['f']]
        shared = [k for k in L['said'] if k in seen]
        if shared and chance(.5):
            Fd['must'].append(ch(shared))
        L['found'] = Fd
        found.append(Fd)

    # hard negatives
    for L in lost:
        if not L['neg']:
            continue
        a = L['a']
        kind = L['neg']
        tp = a['person']
        win = max(1, int((L['to'] - L['from']).total_seconds() // 60))
        lim = NOW - M(8)
        if kind == 'twin':
            b = mutate(a, L['twin_key'])
            b['cat_f'] = a['cat']
            b.pop('kind_ff', None)
            fp = near_place(L['lplace'], a['cat'])
            tf = min(lim, daytime(L['from'] + M(R.randint(0, win + 2880))))
            Fd = new_found(b, fp, tf, wch([('empty', 25), ('partial', 40), ('full', 35)]),
                           must=[b.get('twin_show', L['twin_key'])])
        else:
            if tp.get('foreign'):
                q = person('young', tp['gender'])
            else:
                q = person(tp['age'], tp['gender'])
            ctx = {'person': q, 'bed': str(R.randint(1, 48)), 'foreign': False}
            force = {}
            if kind in ('before', 'make'):
                force = {'kind': a['kind'], 'brand': a['brand']}
                if a['model'] and chance(.6 if kind == 'before' else .5):
                    force['model'] = a['model']
                if kind == 'before' or chance(.5):
                    force['color'] = a['color']
                b = GEN[a['cat']](ctx, force)
            else:
                for _ in range(40):
                    b = GEN[a['cat']](ctx, {})
                    if (a['brand'] is None or b['brand'] != a['brand']) and b['color'] == a['color']:
                        break
                else:
                    for force in [{'kind': a['kind'], 'color': a['color']}] * 20 + [{'color': a['color']}] * 40:
                        b = GEN[a['cat']](ctx, force)
                        if a['brand'] is None or b['brand'] != a['brand']:
                            break
                if b['brand'] == a['brand'] and a['brand']:
                    raise RuntimeError('samecol brand clash')
            if kind == 'before':
                fp = near_place(L['lplace'], a['cat'])
                early = START - dt.timedelta(days=3)
                span = int((L['from'] - early).total_seconds() // 60)
                tf = L['from'] - M(R.randint(40, max(60, min(8 * 1440, span))))
                tf2 = daytime(tf)
                if tf2 < L['from']:
                    tf = tf2
            elif kind == 'make':
                fp = ch([q_ for q_ in PLACES if q_['zone'] in ('far', 'far', 'out')])
                tf = daytime(L['to'] + M(R.randint(1440, 12 * 1440)))
                if tf > lim:
                    tf = daytime(L['from'] - M(R.randint(2 * 1440, 10 * 1440)))
            else:
                fp = near_place(L['lplace'], a['cat'])
                tf = min(lim, daytime(L['from'] + M(R.randint(0, win + 1440))))
            finalize(b, tf)
            Fd = new_found(b, fp, tf, wch(FOUND_LEVELS), force_brand=kind in ('before', 'make') and chance(.8))
        Fd['neg'] = NEG_LABEL[kind]
        Fd['target'] = L
        found.append(Fd)

    # things nobody reports
    for _ in range(30):
        cat = wstr(UNCLAIMED_CATS)
        q = person(ch(['old', 'old', 'mid', 'young']))
        ctx = {'person': q, 'bed': str(R.randint(1, 48)), 'foreign': False}
        b = GEN[cat](ctx, {})
        tf = daytime(rand_time(START - dt.timedelta(days=3), NOW - M(60)))
        finalize(b, tf)
        fp = PL[wstr(CATPL[cat])] if chance(.85) else ch([q_ for q_ in PLACES if q_['zone'] == 'out'])
        Fd = new_found(b, fp, tf, wch(FOUND_LEVELS))
        Fd['neg'] = NEG_LABEL['unclaimed']
        found.append(Fd)

    for Fd in found:
        Fd['rec'] = render_found(Fd)
        if Fd['must']:
            assert Fd['must'][0] in Fd['shown'], (Fd['must'], Fd['shown'])
    return lost, found


# ------------------------------------------------------------------ output
FIELDS = ('color', 'brand', 'model', 'serial', 'marks', 'address')


def fit(s, n):
    if len(s) <= n:
        return s
    for sep in ('；', '，', '、', '。', ' '):
        parts = s.split(sep)
        while len(parts) > 1 and len(sep.join(parts)) > n:
            parts.pop()
        if len(sep.join(parts)) <= n:
            return sep.join(parts)
    return s[:n]


def record(rec):
    out = {'body': rec['body']}
    for f in FIELDS:
        v = rec.get(f)
        if v:
            out[f] = fit(v, 500 if f == 'marks' else 60)
    if 'lat' in rec:
        out['lat'] = rec['lat']
        out['lon'] = rec['lon']
    return out


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                                  'set59.json')
    lost, found = build()
    R.shuffle(found)
    for i, Fd in enumerate(found):
        Fd['key'] = '%s-F%04d' % (PFX, i + 1)
    R.shuffle(lost)
    for i, L in enumerate(lost):
        L['key'] = '%s-L%04d' % (PFX, i + 1)
    frecs = []
    for Fd in found:
        r = {'key': Fd['key'], 'category': Fd['a']['cat_f']}
        r.update(record(Fd['rec']))
        r['found_at_min'] = mins_before(Fd['tf'])
        if Fd['neg']:
            r['negative'] = Fd['neg']
        frecs.append(r)
    lrecs = []
    for L in lost:
        r = {'key': L['key'], 'category': L['cat']}
        r.update(record(L['rec']))
        r['lost_from_min'] = mins_before(L['from'])
        r['lost_to_min'] = mins_before(L['to'])
        r['truth'] = L['found']['key'] if L['found'] else None
        lrecs.append(r)
    # the labels must say what the truth records say
    for L in lost:
        if L['found']:
            assert mins_before(L['found']['tf']) <= mins_before(L['from'])
    for Fd in found:
        if Fd['neg'] == 'found_before_loss':
            assert Fd['tf'] < Fd['target']['from']
    doc = {'seed': SEED, 'made_by': 'tests/lostfound/make_set59.py', 'parts': {PART: {'found': frecs, 'lost': lrecs}}}
    with open(out_path, 'w', encoding='utf-8') as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    by = {}
    for r in lrecs:
        by.setdefault(r['category'], [0, 0])
        by[r['category']][0] += 1
        by[r['category']][1] += r['truth'] is not None
    sys.stderr.write('wrote %s: %d lost, %d found\n' % (out_path, len(lrecs), len(frecs)))
    for c in sorted(by):
        sys.stderr.write('  %-12s lost %3d handed in %3d\n' % (c, by[c][0], by[c][1]))


if __name__ == '__main__':
    main()
