#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Write tests/lostfound/set44.json: a blind labelled lost-and-found set.

World: 江州市 老城区 (an invented old river city), autumn, the 中秋 / 国庆 holidays.
Every name, place, model and number below is invented.

The set is written from hidden truth records: each object is generated once, then the
lost report (owner's side) and the found registration (finder's / clerk's side) are written
separately from it, each knowing only what that person would know.

Usage:  python3 tests/lostfound/make_set44.py [OUTPUT_PATH]
Python 3 standard library only; one random.Random(SEED); output is identical on every run.
"""
import datetime
import json
import os
import sys
import random

SEED = 44044
PFX = "W3"
SETNAME = "set44"
R = random.Random(SEED)
NOW = datetime.datetime(2025, 10, 8, 22, 0)   # the moment of registration (all minutes count back from it)
LAT0, LON0 = 29.3146, 112.4108                # invented origin of the old quarter map
MAXMIN = 172800
N_PAIRS, N_LOST_ONLY, N_NEG = 300, 100, 200

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "set44.json")


# ---------------------------------------------------------------------------------------------
# small helpers (all randomness goes through R)

def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def ri(a, b):
    return R.randint(a, b)


def wpick(items):
    tot = sum(w for _, w in items)
    x = R.random() * tot
    for v, w in items:
        x -= w
        if x < 0:
            return v
    return items[-1][0]


def sample(seq, k):
    seq = list(seq)
    k = max(0, min(k, len(seq)))
    return R.sample(seq, k)


def digits(n):
    return ''.join(str(R.randrange(10)) for _ in range(n))


def at(m):
    return NOW - datetime.timedelta(minutes=m)


CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']


# ---------------------------------------------------------------------------------------------
# numbers: ID (GB 11643), IMEI (Luhn), masks

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(body17):
    return '10X98765432'[sum(int(a) * w for a, w in zip(body17, ID_W)) % 11]


def make_id(area, birth, male):
    seq = ri(0, 499) * 2 + (1 if male else 0)
    body = area + birth.strftime('%Y%m%d') + '%03d' % seq
    return body + id_check(body)


def luhn_check(payload):
    tot = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


TACS = {}


def make_imei(brand):
    if brand not in TACS:
        TACS[brand] = ['86' + digits(6) for _ in range(3)]
    p = pick(TACS[brand]) + digits(6)
    return p + luhn_check(p)


USED_NUMS = set()


def uniq(fn):
    while True:
        v = fn()
        if v not in USED_NUMS:
            USED_NUMS.add(v)
            return v


def imei_variants(v, side):
    out = [v, v[:2] + ' ' + v[2:8] + ' ' + v[8:14] + ' ' + v[14], ' '.join([v[0:3], v[3:6], v[6:9], v[9:12], v[12:15]]),
           'IMEI:' + v, 'IMEI1 ' + v, v[:2] + '-' + v[2:8] + '-' + v[8:14] + '-' + v[14]]
    if side == 'o':
        out += ['后六位' + v[-6:], '串号尾号' + v[-6:]]
    return out


def id_variants(v, side):
    out = [v, v[:6] + '********' + v[-4:], v[:4] + '**********' + v[-4:], v[:6] + ' ' + v[6:14] + ' ' + v[14:],
           v.lower() if v.endswith('X') else v, v[:3] + '***********' + v[-4:]]
    if side == 'o':
        out += ['尾号' + v[-4:], '后四位' + v[-4:]]
    return out


def card_variants(bin4, tail, bank, side):
    out = [bin4 + '****' + tail, bin4 + ' **** **** ' + tail, '尾号' + tail, bank + '尾号' + tail, '****' + tail]
    if side == 'o':
        out += ['后四位' + tail, '卡号后四位' + tail]
    return out


def plain_variants(v, side):
    out = [v, v.lower(), ' '.join(v[i:i + 4] for i in range(0, len(v), 4))]
    if side == 'o':
        out += ['后六位' + v[-6:]]
    else:
        out += ['SN:' + v if v[:1].isalpha() else v]
    return out


def plate_variants(p, side):
    city, rest = p.split('·')
    return [p, city + rest, city[-1] + rest, city + ' ' + rest, '牌照' + city[-1] + rest, p.replace('·', '-')]


def serial_text(s, side):
    k = s['kind']
    v = s['value']
    if k == 'imei':
        return pick(imei_variants(v, side))
    if k == 'id':
        return pick(id_variants(v, side))
    if k == 'card':
        return pick(card_variants(s['bin'], v, s['bank'], side))
    if k == 'plate':
        return pick(plate_variants(v, side))
    if k == 'frame':
        out = [v, v, v.lower(), v[:4] + ' ' + v[4:8] + ' ' + v[8:]]
        if side == 'o':
            out.append('后六位' + v[-6:])
        return pick(out)
    if k in ('student', 'cardno', 'cert', 'passport', 'rx'):
        return pick([v, s.get('label', '') + v, v]) if side == 'o' else pick([v, s.get('label', '') + v])
    return pick(plain_variants(v, side))


def serial_body(s, side):
    t = serial_text(s, side)
    k = s['kind']
    if t.startswith(('IMEI', '串号', '后六位', '尾号', '后四位', '卡号', 'SN', '学号', '证号', '护照号', '证件号', '处方号', '条码', '牌照')):
        if t.startswith(('后六位', '尾号', '后四位')):
            lead = {'imei': 'IMEI', 'id': '身份证号', 'card': s.get('bank', '') + '卡', 'frame': '车架号', 'sn': '序列号'}.get(k, '')
            return lead + t
        return t
    if k == 'imei':
        if side == 'o':
            return pick([f'IMEI是{t}（包装盒上抄的）', f'串号{t}', f'手机串号：{t}', f'盒子上的IMEI {t}'])
        return pick([f'拨*#06#显示IMEI：{t}', f'背贴IMEI {t}', f'IMEI：{t}'])
    if k == 'id':
        return pick([f'身份证号{t}', f'证件号码：{t}', f'号码{t}'])
    if k == 'card':
        if t[0].isdigit() or t.startswith('*'):
            return pick([f'{s["bank"]}卡号{t}', f'银行卡{t}'])
        return t if s['bank'] in t else f'{s["bank"]}卡{t}'
    if k == 'plate':
        return pick([f'车牌{t}', f'牌照号{t}'])
    if k == 'frame':
        return pick([f'车架号{t}', f'车架钢印{t}'])
    if k == 'sn':
        return pick([f'序列号{t}', f'SN码{t}', f'机身编号{t}'])
    if k == 'student':
        return pick([f'学号{t}' if not t.startswith('学号') else t])
    return t


# ---------------------------------------------------------------------------------------------
# colours and brands

# key: (short, owner words, finder words, english, pinyin)
COLORS = {
    'black': ('黑', ['黑色', '黑的', '深色', '哑光黑', '曜石黑'], ['黑色', '黑', '深色', '哑光黑色'], 'black', 'heise'),
    'white': ('白', ['白色', '白的', '米白色', '珍珠白'], ['白色', '白', '米白色', '乳白色'], 'white', 'baise'),
    'silver': ('银', ['银色', '银白色', '亮银色'], ['银色', '银白色', '银灰色'], 'silver', 'yinse'),
    'gold': ('金', ['金色', '香槟金', '土豪金'], ['金色', '香槟色', '金黄色'], 'gold', 'jinse'),
    'red': ('红', ['红色', '红的', '大红色', '酒红色'], ['红色', '酒红色', '大红色', '枣红色'], 'red', 'hongse'),
    'pink': ('粉', ['粉色', '粉红色', '粉的', '樱花粉'], ['粉色', '粉红色', '浅粉色'], 'pink', 'fense'),
    'blue': ('蓝', ['蓝色', '天蓝色', '宝蓝色', '蓝的'], ['蓝色', '浅蓝色', '宝蓝色'], 'blue', 'lanse'),
    'navy': ('深蓝', ['深蓝色', '藏青色', '藏蓝的'], ['深蓝色', '藏青色', '藏蓝色'], 'navy blue', 'shenlanse'),
    'grey': ('灰', ['灰色', '深灰色', '太空灰', '灰的'], ['灰色', '深灰色', '浅灰色'], 'grey', 'huise'),
    'green': ('绿', ['绿色', '墨绿色', '军绿色', '薄荷绿'], ['绿色', '墨绿色', '军绿色'], 'green', 'lvse'),
    'purple': ('紫', ['紫色', '浅紫色', '香芋紫'], ['紫色', '淡紫色'], 'purple', 'zise'),
    'brown': ('棕', ['棕色', '咖啡色', '驼色', '褐色'], ['棕色', '咖啡色', '褐色'], 'brown', 'zongse'),
    'yellow': ('黄', ['黄色', '明黄色', '鹅黄色'], ['黄色', '亮黄色'], 'yellow', 'huangse'),
    'orange': ('橙', ['橙色', '橘色', '橘黄色'], ['橙色', '橘红色'], 'orange', 'chengse'),
}
COLOR_KEYS = sorted(COLORS)
CONFUSE = {'black': 'navy', 'navy': 'black', 'silver': 'grey', 'grey': 'silver', 'pink': 'red',
           'white': 'silver', 'brown': 'black', 'blue': 'navy', 'gold': 'yellow', 'purple': 'pink'}


def cs(c):
    return COLORS[c][0]


def color_word(c, side, voice=''):
    if voice == 'en':
        return COLORS[c][3]
    if voice == 'py':
        return COLORS[c][4]
    return pick(COLORS[c][1] if side == 'o' else COLORS[c][2])


def other_color(c, pool=None):
    pool = [k for k in (pool or COLOR_KEYS) if k != c]
    return pick(pool)


# key: (owner zh, finder, english, pinyin, typos)
BRANDS = {
    'huawei': (['华为'], ['华为', 'HUAWEI', '华为'], 'Huawei', 'huawei', ['华伟', '化为']),
    'apple': (['苹果', 'iPhone', '苹果'], ['苹果', 'Apple', 'iPhone'], 'iPhone', 'pingguo', ['平果', '爱疯']),
    'xiaomi': (['小米'], ['小米', 'Xiaomi', 'MI'], 'Xiaomi', 'xiaomi', ['小咪']),
    'oppo': (['OPPO', 'oppo'], ['OPPO'], 'OPPO', 'oppo', ['欧泊', '0PPO']),
    'vivo': (['vivo', 'VIVO'], ['vivo', 'VIVO', '维沃'], 'vivo', 'vivo', ['viv0', '维握']),
    'honor': (['荣耀'], ['荣耀', 'HONOR'], 'Honor', 'rongyao', ['容耀']),
    'samsung': (['三星'], ['三星', 'SAMSUNG'], 'Samsung', 'sanxing', ['三心']),
    'fuxing': (['福星'], ['福星', 'FUXING'], 'Fuxing', 'fuxing', ['福兴']),
    'xtc': (['小天才'], ['小天才', 'imoo'], 'imoo', 'xiaotiancai', ['小天材']),
    'sony': (['索尼'], ['索尼', 'SONY'], 'Sony', 'suoni', ['索尼']),
    'canon': (['佳能'], ['佳能', 'Canon'], 'Canon', 'jianeng', ['佳能']),
    'fujifilm': (['富士'], ['富士', 'FUJIFILM'], 'Fujifilm', 'fushi', ['富仕']),
    'dji': (['大疆'], ['大疆', 'DJI'], 'DJI', 'dajiang', ['大僵']),
    'lenovo': (['联想'], ['联想', 'Lenovo', 'lenovo'], 'Lenovo', 'lianxiang', ['连想']),
    'romoss': (['罗马仕'], ['罗马仕', 'ROMOSS'], 'Romoss', 'luomashi', ['罗马士']),
    'anker': (['安克'], ['安克', 'Anker'], 'Anker', 'anke', ['安可']),
    'nintendo': (['任天堂'], ['任天堂', 'Nintendo'], 'Nintendo', 'rentiantang', ['任天棠']),
    'siemens': (['西门子'], ['西门子', 'SIEMENS'], 'Siemens', 'ximenzi', ['西门字']),
    'tecsun': (['德生'], ['德生', 'TECSUN'], 'Tecsun', 'desheng', ['德声']),
    'yadea': (['雅迪'], ['雅迪', 'Yadea', 'YADEA'], 'Yadea', 'yadi', ['亚迪']),
    'aima': (['爱玛'], ['爱玛', 'AIMA'], 'AIMA', 'aima', ['艾玛']),
    'tailg': (['台铃'], ['台铃', 'TAILG'], 'Tailg', 'tailing', ['台玲']),
    'niu': (['小牛'], ['小牛', 'NIU'], 'NIU', 'xiaoniu', ['小妞']),
    'sunra': (['新日'], ['新日', 'SUNRA'], 'Sunra', 'xinri', ['新曰']),
    'luyuan': (['绿源'], ['绿源', 'LUYUAN'], 'Luyuan', 'lvyuan', ['绿园']),
    'giant': (['捷安特'], ['捷安特', 'GIANT'], 'Giant', 'jieante', ['捷安特']),
    'merida': (['美利达'], ['美利达', 'MERIDA'], 'Merida', 'meilida', ['美力达']),
    'forever': (['永久'], ['永久', 'FOREVER'], 'Forever', 'yongjiu', ['永久牌']),
    'phoenix': (['凤凰'], ['凤凰', 'PHOENIX'], 'Phoenix', 'fenghuang', ['凤凰牌']),
    'xds': (['喜德盛'], ['喜德盛', 'XDS'], 'XDS', 'xidesheng', ['喜得盛']),
    'dahon': (['大行'], ['大行', 'DAHON'], 'Dahon', 'daxing', ['大形']),
    'goodbaby': (['好孩子'], ['好孩子', 'gb'], 'Goodbaby', 'haohaizi', ['好孩子']),
    'nike': (['耐克'], ['耐克', 'NIKE', 'Nike'], 'Nike', 'naike', ['耐可']),
    'adidas': (['阿迪达斯', '阿迪'], ['阿迪达斯', 'adidas'], 'Adidas', 'adidasi', ['阿迪大斯']),
    'anta': (['安踏'], ['安踏', 'ANTA'], 'Anta', 'anta', ['安塔']),
    'samsonite': (['新秀丽'], ['新秀丽', 'Samsonite'], 'Samsonite', 'xinxiuli', ['新秀立']),
    'decathlon': (['迪卡侬'], ['迪卡侬', 'DECATHLON'], 'Decathlon', 'dikanong', ['迪卡农']),
    'jansport': (['杰斯伯'], ['JanSport', '杰斯伯'], 'JanSport', 'jiesibo', ['杰士伯']),
    'coach': (['蔻驰', 'COACH'], ['COACH', '蔻驰'], 'Coach', 'kouchi', ['寇驰']),
    'septwolves': (['七匹狼'], ['七匹狼', 'SEPTWOLVES'], 'Septwolves', 'qipilang', ['七皮狼']),
    'goldlion': (['金利来'], ['金利来', 'goldlion'], 'Goldlion', 'jinlilai', ['金力来']),
    'muji': (['无印良品'], ['无印良品', 'MUJI'], 'MUJI', 'wuyinliangpin', ['无印良品']),
    'ctf': (['周大福'], ['周大福', 'CTF'], 'Chow Tai Fook', 'zhoudafu', ['周大富']),
    'lfx': (['老凤祥'], ['老凤祥'], 'Lao Feng Xiang', 'laofengxiang', ['老凤翔']),
    'css': (['周生生'], ['周生生'], 'Chow Sang Sang', 'zhoushengsheng', ['周升生']),
    'lukfook': (['六福'], ['六福', '六福珠宝'], 'Lukfook', 'liufu', ['六富']),
    'vw': (['大众'], ['大众', 'VW'], 'Volkswagen', 'dazhong', ['大众']),
    'toyota': (['丰田'], ['丰田', 'TOYOTA'], 'Toyota', 'fengtian', ['丰天']),
    'byd': (['比亚迪'], ['比亚迪', 'BYD'], 'BYD', 'biyadi', ['比亚笛']),
    'honda': (['本田'], ['本田', 'HONDA'], 'Honda', 'bentian', ['本天']),
    'paradise': (['天堂伞', '天堂'], ['天堂', '天堂伞'], 'Paradise', 'tiantang', ['天堂']),
    'thermos': (['膳魔师'], ['膳魔师', 'THERMOS'], 'Thermos', 'shanmoshi', ['善魔师']),
    'zojirushi': (['象印'], ['象印', 'ZOJIRUSHI'], 'Zojirushi', 'xiangyin', ['像印']),
    'haers': (['哈尔斯'], ['哈尔斯', 'HAERS'], 'Haers', 'haersi', ['哈儿斯']),
    'bolon': (['暴龙'], ['暴龙', 'BOLON'], 'Bolon', 'baolong', ['爆龙']),
    'jzjj': (['江州酒家'], ['江州酒家'], 'Jiangzhou Jiujia', 'jiangzhoujiujia', ['江洲酒家']),
}


def brand_word(b, side, voice='', cat='phone'):
    zo, zf, en, py, ty = BRANDS[b]
    if b == 'apple' and cat != 'phone':
        zo, zf, en = ['苹果'], ['苹果', 'Apple'], 'Apple'
    if voice == 'en':
        return en
    if voice == 'py':
        return py
    if voice == 'typo' and chance(0.6):
        return pick(ty)
    return pick(zo if side == 'o' else zf)


def model_word(m, side):
    v = [m, m, m.replace(' ', ''), m.lower()]
    toks = m.split()
    if side == 'o' and len(toks) >= 2 and toks[-1] in ('Pro', 'SE', 'Max', 'mini', 'Plus', 'Lite'):
        v.append(' '.join(toks[:-1]))
    return pick(v)


# ---------------------------------------------------------------------------------------------
# people

SURN = list('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严覃戴莫向汤')
GIVEN = {
    ('old', 1): ['建国', '德明', '长贵', '国华', '福生', '满仓', '志成', '家旺', '树林', '金发', '光荣', '庆云', '永福', '秋生', '水根', '德胜'],
    ('old', 0): ['秀兰', '桂英', '淑芬', '凤英', '玉梅', '翠花', '桂芳', '银娣', '菊香', '素珍', '月娥', '兰英', '冬梅', '金凤'],
    ('mid', 1): ['伟', '磊', '海峰', '志强', '建华', '勇', '晓东', '军', '俊杰', '文斌', '立新', '宏', '振宇', '鹏'],
    ('mid', 0): ['静', '丽娟', '晓燕', '婷', '红梅', '慧', '雪芳', '丹', '春燕', '敏', '小琴', '玲', '佳', '露'],
    ('young', 1): ['浩宇', '子豪', '俊熙', '宇航', '一鸣', '嘉乐', '天佑', '梓轩', '博文', '睿', '晨阳', '沐辰', '奕辰', '皓然'],
    ('young', 0): ['子涵', '欣怡', '一诺', '若曦', '梓萱', '雨桐', '诗琪', '佳怡', '可馨', '语嫣', '思源', '乐瑶', '芷若', '安然'],
}
USED_NAMES = set()


def person(group, years=None):
    male = chance(0.5)
    while True:
        nm = pick(SURN) + pick(GIVEN[(group, 1 if male else 0)])
        if nm not in USED_NAMES:
            USED_NAMES.add(nm)
            break
    if group == 'old':
        y = ri(1938, 1962)
    elif group == 'mid':
        y = ri(1968, 1999)
    else:
        y = ri(*(years or (2009, 2019)))
    birth = datetime.date(y, ri(1, 12), ri(1, 28))
    return {'name': nm, 'male': male, 'birth': birth, 'sur': nm[0]}


LOCAL_AREAS = ['369902', '369903']
PROVS = [('浙江', '339905', 'Zhejiang'), ('广东', '449903', 'Guangdong'), ('四川', '519907', 'Sichuan'),
         ('河南', '419921', 'Henan'), ('江苏', '329911', 'Jiangsu'), ('北京', '119905', 'Beijing'),
         ('湖北', '429916', 'Hubei'), ('山东', '379908', 'Shandong'), ('上海', '319904', 'Shanghai'),
         ('福建', '359912', 'Fujian'), ('陕西', '619906', 'Shaanxi')]
BANKS = [('工商银行', '6212'), ('农业银行', '6228'), ('建设银行', '6217'), ('中国银行', '6216'), ('邮储银行', '6221'),
         ('江州农商银行', '6231'), ('招商银行', '6214'), ('交通银行', '6222')]
LANES = ['柴门巷', '双井巷', '油坊巷', '铁匠巷', '石狮巷', '箍桶巷', '染坊巷', '槐树巷']


def phone_tail():
    return digits(4)


def masked_mobile():
    return '1' + pick(['38', '39', '58', '59', '86', '87', '35', '77']) + '****' + digits(4)


# ---------------------------------------------------------------------------------------------
# places (metres east / north of the invented origin)

PLACES = {}


def place(key, names, x, y, kind, spots, acts, py, area='old'):
    PLACES[key] = dict(key=key, names=names, x=x, y=y, kind=kind, spots=spots, acts=acts, py=py, area=area)


place('lj_east', ['望江老街东口', '老街东口牌坊', '望江老街东头'], 0, 0, 'street',
      ['牌坊下石凳上', '东口花坛边', '路边台阶上', '牌坊旁垃圾桶边'], ['在牌坊下拍照', '等朋友', '逛老街'], 'Wangjiang laojie dongkou')
place('lj_mid', ['望江老街中段小吃街', '老街中段', '望江老街小吃摊一带'], 230, 10, 'snack',
      ['臭豆腐摊的塑料凳上', '糖画摊旁边', '小吃摊排队处', '公共座椅上', '凉粉摊桌上'],
      ['排队买臭豆腐', '买糖画', '吃小吃', '吃凉粉', '买糖油粑粑'], 'Wangjiang laojie')
place('lj_west', ['望江老街西口', '老街西头', '老街西口石拱门'], 560, 25, 'street',
      ['石拱门下', '西口公厕旁', '西口路边长椅上'], ['逛街', '在石拱门拍照', '等网约车'], 'laojie xikou')
place('temple', ['城隍庙', '老街城隍庙', '城隍庙门口'], 310, -90, 'scenic',
      ['庙门口台阶上', '香炉边', '古戏台前的长凳上'], ['烧香', '看古戏台唱戏', '拍照'], 'Chenghuangmiao')
place('gaodian', ['陈记桂花糕铺', '老街桂花糕店', '陈记糕点铺门口'], 400, 5, 'shop',
      ['店门口', '柜台上', '门口排队处'], ['!fest:排队买月饼', '买桂花糕', '!fest:排队买中秋月饼', '买糕点'], 'Chenji guihuagao')
place('ym_bbq', ['河湾夜市烧烤区', '河湾夜市', '夜市烧烤摊'], 760, -320, 'market',
      ['烧烤摊桌子底下', '塑料凳上', '夜市公共餐桌上', '垃圾桶旁'], ['吃烧烤', '吃宵夜', '吃小龙虾喝啤酒'], 'Hewan yeshi')
place('ym_stall', ['河湾夜市小商品区', '夜市套圈摊', '河湾夜市东头'], 880, -280, 'market',
      ['套圈摊旁', '卖发光玩具的摊子前', '小商品摊位上'], ['套圈', '逛摊子', '给孩子买发光玩具'], 'Hewan yeshi')
place('ferry_s', ['南门轮渡码头', '南门码头候船厅', '南门轮渡'], 900, -650, 'pier',
      ['候船厅座椅上', '检票口旁', '趸船栏杆边', '轮渡二层座位下'], ['坐轮渡过江', '等轮渡', '排队过江'], 'Nanmen lundu matou')
place('ferry_n', ['北岸轮渡码头', '对岸北岸码头', '北岸渡口'], 900, -2100, 'pier',
      ['候船棚长椅上', '下船通道边', '北岸码头售票窗口'], ['坐轮渡回来', '下轮渡', '等船'], 'Bei an matou')
place('cruise', ['锦屏游船码头', '锦屏号游船', '游船码头'], 1300, -600, 'cruise',
      ['游船二层观景台座椅下', '游船一层船舱', '候船区长椅上', '登船口'], ['!eve:坐游船看夜景', '坐游船游江', '排队上游船'], 'Jinping youchuan matou')
place('jiangbin', ['江滨公园', '江滨步道', '江滨公园灯会现场'], 1100, -450, 'park',
      ['灯会现场草坪边', '步道长椅上', '观景台栏杆旁'], ['!fest:看中秋灯会', '散步', '!fest:赏月', '!eve:跳广场舞', '江边拍照'], 'Jiangbin gongyuan')
place('tower', ['望江楼', '望江楼景区', '望江楼下广场'], 1200, -330, 'scenic',
      ['售票处', '楼下广场台阶', '三楼观景廊'], ['登望江楼', '拍照', '看江景'], 'Wangjianglou')
place('child_h', ['江州市儿童医院老城院区', '儿童医院', '市儿童医院门诊'], -800, 350, 'hospital',
      ['门诊大厅', '三楼输液室', '挂号收费处', '儿科候诊区座椅'], ['!kid:带孩子看病', '!kid:给孩子打吊针', '排队挂号', '!kid:陪孩子做检查'], 'ertong yiyuan')
place('tcm_h', ['江州市中医医院', '中医院', '市中医院门诊楼'], -500, 800, 'hospital',
      ['煎药房取药窗口', '门诊一楼大厅', '针灸科候诊区', '住院部电梯口'], ['取中药', '做针灸', '看门诊', '复查'], 'zhongyiyuan')
place('school_m', ['江州市鼓楼中学', '鼓楼中学', '鼓中'], 350, 650, 'school',
      ['校门口', '操场看台', '教学楼走廊', '门卫室旁'], ['!stu:上学', '!stu:放学', '!stu:打篮球', '!kid:开家长会', '!kid:接孩子', '路过'], 'Gulou zhongxue')
place('school_p', ['槐树巷小学', '槐树巷小学门口', '槐小'], -250, 200, 'school',
      ['校门口接送区', '门口文具店旁', '学校围墙边'], ['!kid:接孩子放学', '!kid:送孩子上学', '!kid:在门口等孩子', '路过'], 'Huaishuxiang xiaoxue')
place('lane_cm', ['柴门巷', '柴门巷口', '柴门巷里'], 120, 300, 'lane',
      ['巷口', '巷子中间的石阶上', '老井边'], ['回家', '买菜回来', '在巷口乘凉'], 'Chaimen xiang')
place('lane_sj', ['双井巷', '双井巷口', '双井巷老井边'], 260, 380, 'lane',
      ['巷口电线杆下', '老井台上', '巷子拐角'], ['回家', '在井边洗菜', '串门'], 'Shuangjing xiang')
place('lane_yf', ['油坊巷', '油坊巷口', '油坊巷里'], -150, 450, 'lane',
      ['巷口小卖部门口', '巷子里的石墩上', '油坊巷12号门口'], ['回家', '去小卖部', '散步'], 'Youfang xiang')
place('lane_tj', ['铁匠巷', '铁匠巷口', '铁匠巷修车铺一带'], 480, 260, 'lane',
      ['修车铺门口', '巷口', '巷子里墙根下'], ['修车', '回家', '找人'], 'Tiejiang xiang')
place('dzy', ['石狮巷17号大杂院', '石狮巷大杂院', '石狮巷17号'], 40, 540, 'lane',
      ['院子里水池边', '院门口', '公共晾衣绳下', '院子里石桌上'], ['在院子里打牌', '晒被子', '乘凉'], 'Shishi xiang dazayuan')
place('m_gulou', ['地铁鼓楼站', '地铁2号线鼓楼站', '鼓楼站'], 50, 180, 'metro',
      ['站台座椅上', 'B口扶梯旁', '闸机口', '列车车厢内'], ['坐地铁', '进站', '等地铁'], 'Gulou zhan')
place('m_nanmen', ['地铁南门码头站', '2号线南门码头站', '南门码头站'], 820, -520, 'metro',
      ['站台座椅上', 'A口楼梯', '安检处', '列车车厢内'], ['坐地铁', '出站', '过安检'], 'Nanmen matou zhan')
place('m_wenmiao', ['地铁文庙站', '2号线文庙站', '文庙站'], -620, 520, 'metro',
      ['站台座椅上', 'C口电梯旁', '售票机旁', '列车车厢内'], ['坐地铁', '换乘', '买票'], 'Wenmiao zhan')
place('market', ['老城菜市场', '菜市场', '老城区菜场'], 300, 520, 'market',
      ['卖鱼摊位旁', '菜市场门口', '肉摊边上', '公平秤旁'], ['买菜', '买鱼', '!fest:买月饼馅料', '买肉'], 'laocheng caishichang')
place('bus', ['老城门公交站', '老城门站台', '老城门公交车站'], -60, 40, 'bus',
      ['站台长椅上', '候车亭广告牌旁'], ['等公交', '坐12路公交'], 'Laochengmen gongjiao zhan')
place('inn', ['望江客栈', '老街望江客栈', '望江楼客栈'], 180, -120, 'inn',
      ['前台', '大堂沙发上', '门口'], ['退房', '办入住', '在大堂等车'], 'Wangjiang kezhan')
place('hostel', ['半边街青年旅舍', '半边街青旅', '青旅'], -100, -150, 'inn',
      ['前台', '公共休息区', '门口'], ['退房', '在休息区玩手机'], 'Banbianjie qinglv')
place('bikes', ['老街东口共享单车停放点', '东口单车停放点', '老街口共享单车点'], -30, -30, 'bikes',
      ['一辆共享单车的车筐里', '单车停放点地上'], ['骑共享单车', '还共享单车', '扫码骑车'], 'laojie dongkou danche')
place('supermkt', ['惠民超市老城店', '惠民超市', '老城区惠民超市'], -300, 300, 'shop',
      ['收银台', '存包柜旁', '购物车里'], ['买东西', '存包', '排队结账'], 'Huimin chaoshi')
place('square', ['鼓楼广场', '鼓楼下广场'], 20, 260, 'park',
      ['广场舞场地边', '花坛边', '长椅上'], ['!eve:跳广场舞', '遛狗', '!kid:带孙子玩', '散步'], 'Gulou guangchang')
place('post', ['老街警务站', '望江老街警务站'], 100, -20, 'post', ['门口'], ['问路'], 'laojie jingwuzhan')
# far places: other districts of the city
place('f_hsr', ['江州东站', '高铁江州东站', '江州东站候车室'], 7800, 5200, 'far',
      ['候车室座椅上', '进站安检处', '出站口'], ['坐高铁', '接人'], 'Jiangzhou dongzhan', 'far')
place('f_jiangbei', ['江北新区星河广场', '星河广场', '江北星河广场'], 2500, -6200, 'far',
      ['广场喷泉边', '商场门口', '地下停车场'], ['逛街', '看电影'], 'Xinghe guangchang', 'far')
place('f_devzone', ['经开区工业园', '经开区', '经开区工业园门口'], -8800, 1800, 'far',
      ['园区门口', '公交站台', '厂区外路边'], ['上班', '送货'], 'jingkaiqu', 'far')
place('f_univ', ['江州大学城', '大学城', '大学城南门'], -4800, -6900, 'far',
      ['南门口', '食堂门口', '图书馆前'], ['看朋友', '散步'], 'daxuecheng', 'far')
place('f_binjiang', ['地铁滨江新城站', '滨江新城站', '2号线滨江新城站'], 4200, -1600, 'far',
      ['终点站清车时车厢内', '站台座椅上', '客服中心'], ['坐地铁'], 'Binjiang xincheng zhan', 'far')
place('f_coach', ['江州汽车客运站', '汽车站', '客运站'], -3000, 2600, 'far',
      ['候车大厅', '售票窗口', '出站口'], ['坐大巴', '接人'], 'qiche keyunzhan', 'far')
place('f_mall', ['城南天街购物中心', '城南天街', '天街商场'], 1500, 4800, 'far',
      ['一楼服务台', '美食广场', '地下停车场'], ['逛商场', '吃饭'], 'Chengnan tianjie', 'far')
place('f_gym', ['开发区体育中心', '体育中心', '开发区体育馆'], -6000, -1000, 'far',
      ['看台', '停车场', '跑道边'], ['跑步', '看比赛'], 'tiyu zhongxin', 'far')

OLD = [k for k in PLACES if PLACES[k]['area'] == 'old' and k != 'post']
FAR = [k for k in PLACES if PLACES[k]['area'] == 'far']


def dist(a, b):
    pa, pb = PLACES[a], PLACES[b]
    return ((pa['x'] - pb['x']) ** 2 + (pa['y'] - pb['y']) ** 2) ** 0.5


def near(key, lo=0, hi=700):
    return [k for k in OLD if k != key and lo <= dist(k, key) <= hi]


def latlon(key, jitter=60):
    p = PLACES[key]
    x = p['x'] + R.uniform(-jitter, jitter)
    y = p['y'] + R.uniform(-jitter, jitter)
    lat = LAT0 + y / 111320.0
    lon = LON0 + x / (111320.0 * 0.8722)     # cos(29.3 deg)
    return round(lat, 6), round(lon, 6)


def choose_act(key, dt, per):
    if per == 'rider':
        return pick(['送餐', '送外卖', '取餐'])
    fest = datetime.datetime(2025, 9, 27) <= dt <= datetime.datetime(2025, 10, 9)
    ok = []
    for a in PLACES[key]['acts']:
        if a.startswith('!'):
            tag, a2 = a[1:].split(':', 1)
            if tag == 'fest' and not fest:
                continue
            if tag == 'eve' and dt.hour < 17:
                continue
            if tag == 'stu' and per != 'student':
                continue
            if tag == 'kid' and per not in ('parent', 'elderly', 'finder'):
                continue
            a = a2
        ok.append(a)
    return pick(ok) if ok else pick(['路过', '办事', '逛了一下'])


def join_place(pl, spot):
    if pl[:3] in spot:
        return spot
    for k in range(min(len(pl), len(spot)), 1, -1):
        if pl.endswith(spot[:k]):
            return pl + spot[k:]
    if pl[-2:] in spot:
        return pl[:-2] + spot
    return pl + spot


def pname(key):
    return pick(PLACES[key]['names'])


# ---------------------------------------------------------------------------------------------
# facts: one detail of an object, phrased by the owner ('o') and by a finder ('f')
#   vis: 'both' (the owner knows it and a finder can see it), 'owner' (hidden), 'finder' (only the finder sees it)

def F(o, f=None, vis='both', tag=''):
    if isinstance(o, str):
        o = [o]
    if f is None:
        f = list(o)
    elif isinstance(f, str):
        f = [f]
    return {'o': list(o), 'f': list(f), 'vis': vis, 'tag': tag}


def base(cat, kind, nouns_o, nouns_f, unit, en, py):
    return {'cat': cat, 'cat_f': cat, 'kind': kind, 'nouns_o': nouns_o, 'nouns_f': nouns_f, 'unit': unit,
            'en': en, 'py': py, 'color': None, 'brand': None, 'model': None, 'serials': [], 'facts': [],
            'name': None, 'color_o': None}


def ser(kind, value, o, f, **kw):
    d = {'kind': kind, 'value': value, 'o': o, 'f': f}
    d.update(kw)
    return d


def choose_brand(pool, force):
    if force.get('brand'):
        return force['brand']
    rest = [b for b in pool if b != force.get('not_brand')]
    return pick(rest or pool)


def bank_card(o_p=0.8, f_p=0.85):
    bank, bin4 = pick(BANKS)
    tail = uniq(lambda: digits(4))
    return bank, bin4, tail, ser('card', tail, chance(o_p), chance(f_p), bank=bank, bin=bin4)


STICKERS = ['小熊', '皮卡丘', '奥特曼', '小猫', '熊猫', '向日葵', '小黄鸭', '樱桃小丸子', '“平安喜乐”四个字', '红色爱心',
            '游船纪念', '蜡笔小新', '柯基', '草莓', '星星']
WALLPAPERS = [('我孙子的照片', '一个小男孩的照片'), ('我孙女的照片', '一个小女孩的照片'), ('我家橘猫', '一只橘猫'),
              ('我家狗狗', '一只小狗'), ('全家福', '一张全家福'), ('我跟老伴的合照', '一对老人的合影'),
              ('我女朋友的照片', '一名年轻女子的照片'), ('一张风景照', '山水风景图'), ('一个动漫人物', '动漫人物'),
              ('宝宝的满月照', '婴儿照片'), ('望江楼的夜景', '一座楼阁夜景'), ('我自己的自拍', '一名青年的自拍')]


# ---------------------------------------------------------------------------------------------
# object generators, one per category.  force: kind / color / brand / model / not_brand

PHONE_BRANDS = ['huawei'] * 5 + ['apple'] * 5 + ['xiaomi'] * 3 + ['oppo'] * 3 + ['vivo'] * 3 + ['honor'] * 2 + ['samsung']
PHONE_MODELS = {
    'huawei': ['Mate 76', 'Mate 76 Pro', 'nova 16', 'nova 16 SE', 'Pura 90', '畅享 90'],
    'apple': ['iPhone 18', 'iPhone 18 Pro', 'iPhone 18 Pro Max', 'iPhone 17 mini'],
    'xiaomi': ['Xiaomi 16', 'Redmi Note 16', 'Redmi K90', 'Redmi 15C'],
    'oppo': ['Reno 16', 'Reno 16 Pro', 'A6x', 'Find X10'],
    'vivo': ['X300', 'Y300s', 'S30', 'iQOO 15'],
    'honor': ['X80', 'Magic 9', 'Play 10', 'X80 GT'],
    'samsung': ['Galaxy S27', 'Galaxy A77', 'Galaxy Z Flip 8'],
}
PHONE_COLORS = {
    'huawei': ['black', 'white', 'green', 'purple', 'silver', 'navy'],
    'apple': ['black', 'white', 'blue', 'pink', 'gold', 'silver', 'purple'],
    'xiaomi': ['black', 'white', 'blue', 'green'],
    'oppo': ['black', 'blue', 'pink', 'gold', 'purple'],
    'vivo': ['black', 'blue', 'white', 'purple'],
    'honor': ['black', 'green', 'silver', 'white'],
    'samsung': ['black', 'grey', 'silver', 'purple'],
}


def gen_phone(per, force):
    kind = force.get('kind') or ('oldman' if per == 'elderly' and chance(0.5) else 'smart')
    if kind == 'kidwatch':
        return gen_kidwatch(per, force, 'phone')
    if kind == 'oldman':
        o = base('phone', 'oldman', ['老人机', '按键手机', '手机', '老人手机'], ['老人机', '按键手机', '直板手机'], '部', 'phone', 'laorenji')
        o['brand'] = 'fuxing'
        o['model'] = force.get('model') or pick(['F8', 'F9 Plus', 'K1', 'F6'])
        o['color'] = force.get('color') or pick(['red', 'black', 'blue', 'gold'])
        t = phone_tail()
        rel = pick(['我儿子', '我女儿', '我孙子', '我屋里老倌', '我侄女'])
        o['facts'] += [
            F([f'后面用胶布贴着{rel}的电话，尾号{t}', f'背后贴了张纸条写着{rel}的号码（尾号{t}）'],
              [f'背面贴有胶布，写有手机号码（尾号{t}）', f'机背贴纸条，上写电话号码尾号{t}'], tag='strong'),
            F(['有个红色的SOS键', '背面有个求救按钮'], ['背面有SOS键', '带一键呼救按键']),
        ]
        if chance(0.5):
            lc = pick(['red', 'black', 'blue'])
            o['facts'].append(F([f'挂了根{cs(lc)}色挂绳，平时挂脖子上', f'有根{cs(lc)}绳子'], [f'带{cs(lc)}色挂绳', f'系{cs(lc)}色长挂绳']))
        if chance(0.4):
            o['facts'].append(F(['按键上的字都磨掉了', '数字键磨得看不清了'], ['按键字迹磨损', '按键磨损严重']))
        if chance(0.3):
            o['facts'].append(F(['里头有我老伴的照片'], [], vis='owner'))
        o['serials'].append(ser('imei', uniq(lambda: make_imei('fuxing')), chance(0.05), chance(0.3)))
        return o
    brand = choose_brand(PHONE_BRANDS, force)
    o = base('phone', 'smart', ['手机', '手机', '电话', '手机'], ['手机', '手机', '智能手机'], '部', 'phone', 'shouji')
    o['brand'] = brand
    o['model'] = force.get('model') or pick(PHONE_MODELS[brand])
    o['color'] = force.get('color') or pick(PHONE_COLORS[brand])
    o['serials'].append(ser('imei', uniq(lambda: make_imei(brand)), chance(0.3), chance(0.25)))
    ct = pick(['clear', 'clear', 'silicone', 'silicone', 'leather', 'cartoon', 'none'])
    if ct == 'clear':
        o['facts'].append(F(['套着透明壳', '透明手机壳', '透明软壳，用久了有点发黄'], ['透明保护壳', '透明软壳（已发黄）', '外套透明壳']))
    elif ct == 'silicone':
        cc = other_color(o['color'])
        o['case_color'] = cc
        o['facts'].append(F([f'{cs(cc)}色硅胶壳', f'套了个{cs(cc)}色的壳子'], [f'{cs(cc)}色硅胶保护套', f'外套{cs(cc)}色软壳']))
    elif ct == 'leather':
        cc = pick(['brown', 'black', 'red', 'navy'])
        o['case_color'] = cc
        o['facts'].append(F([f'{cs(cc)}色翻盖皮套', f'套了个{cs(cc)}色皮套，能翻盖的'], [f'{cs(cc)}色翻盖式皮套', f'外有{cs(cc)}色皮套']))
    elif ct == 'cartoon':
        s = pick(['小恐龙', '星黛露', '库洛米', '小猪佩奇', '哆啦A梦', '招财猫'])
        o['facts'].append(F([f'手机壳上印着{s}', f'{s}图案的手机壳'], [f'{s}图案手机壳', f'卡通（{s}）保护壳']))
    else:
        o['facts'].append(F(['没套壳', '裸机没壳'], ['无保护壳', '裸机']))
    if chance(0.4):
        st = pick(STICKERS)
        o['facts'].append(F([f'背面贴了个{st}贴纸', f'后面有{st}的贴纸'], [f'背面贴有{st}贴纸', f'壳上有{st}贴纸']))
    if chance(0.3):
        pos = pick(['左上角', '右下角', '中间', '右上角', '下方'])
        o['facts'].append(F([f'屏幕{pos}摔裂了', f'屏幕{pos}有裂纹'], [f'屏幕{pos}有裂痕', f'屏幕{pos}碎裂']))
    if chance(0.2):
        lc = pick(['red', 'black', 'pink', 'blue', 'yellow'])
        o['facts'].append(F([f'挂着一根{cs(lc)}色挂绳', f'有根{cs(lc)}色的手机绳'], [f'带{cs(lc)}色挂绳', f'系{cs(lc)}色挂绳']))
    if chance(0.15):
        o['facts'].append(F(['背面有个指环扣', '后面粘了个指环支架'], ['背面有指环支架', '带指环扣']))
    if chance(0.25):
        w = pick(['bus', 'bus', 'id', 'money', 'access'])
        if w == 'bus':
            o['facts'].append(F(['壳子里夹着一张公交卡', '手机壳里面塞了张公交卡'], ['壳内夹江州公交卡一张', '保护壳内有公交卡']))
        elif w == 'id':
            pp = person('mid' if per != 'elderly' else 'old')
            o['name'] = pp['name']
            o['person'] = pp
            o['facts'].append(F([f'壳子里夹着我的身份证，名字{pp["name"]}', f'身份证插在壳子里（{pp["name"]}）'],
                                [f'壳内夹有身份证一张（姓名{pp["name"]}）', f'手机壳里有{pp["name"]}的身份证'], tag='strong'))
        elif w == 'money':
            o['facts'].append(F(['壳子里还夹了一百块钱', '手机壳里塞了张100元'], ['壳内夹有现金100元', '保护壳里夹一张百元钞']))
        else:
            o['facts'].append(F(['壳里夹着小区门禁卡', '壳子后面有张门禁卡'], ['壳内夹门禁卡一张', '保护壳内有门禁卡']))
    if chance(0.35):
        a, b = pick(WALLPAPERS)
        o['facts'].append(F([f'锁屏是{a}', f'锁屏照片是{a}'], [f'锁屏壁纸为{b}', f'锁屏图片是{b}'], tag='strong'))
    if chance(0.5):
        o['facts'].append(F([f'手机号尾号{phone_tail()}', f'号码是{masked_mobile()}'], vis='owner'))
    if chance(0.3):
        o['facts'].append(F([f'{pick(["128", "256", "512"])}G的', '有锁屏密码', '设了指纹解锁', '微信里有几千块钱，急'], vis='owner'))
    if chance(0.3):
        o['facts'].append(F([], ['已关机', '电量不足已关机', '屏幕显示多个未接来电', '开机状态，静音'], vis='finder'))
    return o


def gen_kidwatch(per, force, cat):
    brand = choose_brand(['xtc', 'xtc', 'xtc', 'huawei', 'xiaomi'], force)
    o = base(cat, 'kidwatch', ['电话手表', '儿童手表', '孩子的手表'], ['儿童智能手表', '儿童电话手表', '智能手表'], '块',
             'kids smart watch', 'dianhua shoubiao')
    if brand == 'xtc':
        o['nouns_o'] = ['小天才电话手表', '电话手表', '儿童手表']
    o['brand'] = brand
    o['model'] = force.get('model') or pick({'xtc': ['Z12', 'Q5 Pro', 'D5'], 'huawei': ['儿童手表 6X', '儿童手表 5 Pro'],
                                             'xiaomi': ['米兔 7', '米兔 6C']}[brand])
    o['color'] = force.get('color') or pick(['pink', 'blue', 'purple', 'black', 'green'])
    kid = person('young', (2013, 2019))
    o['name'] = kid['name']
    o['facts'] += [
        F([f'表带是{cs(o["color"])}色的', f'{cs(o["color"])}色表带'], [f'{cs(o["color"])}色表带']),
        F([f'手表里设的名字是{kid["name"]}', f'开机会显示{kid["name"]}的名字'], [f'屏幕显示名字“{kid["name"]}”', f'表内机主名：{kid["name"]}'], tag='strong'),
    ]
    if chance(0.5):
        s = pick(['奥特曼', '艾莎公主', '小熊', '恐龙', '宝可梦'])
        o['facts'].append(F([f'表带上贴着{s}贴纸', f'表盘换成了{s}的'], [f'有{s}贴纸', f'表盘为{s}图案']))
    if chance(0.4):
        o['facts'].append(F(['屏幕有划痕', '表盘刮花了'], ['屏幕有明显划痕', '表面刮痕较多']))
    o['facts'].append(F([f'孩子{kid["birth"].year}年的，在{pick(["槐树巷小学", "鼓楼中学", "幼儿园"])}上学'], vis='owner'))
    o['serials'].append(ser('imei', uniq(lambda: make_imei(brand + 'w')), chance(0.3), chance(0.6)))
    return o


def gen_id(per, force):
    pool = {'elderly': ['身份证'] * 4 + ['社保卡'] * 3 + ['老年证'] * 3 + ['户口本'],
            'parent': ['就诊卡'] * 3 + ['身份证'] * 2 + ['户口本', '学生证'],
            'student': ['学生证'] * 5 + ['身份证'] * 3,
            'tourist': ['身份证'] * 5 + ['护照'] * 2 + ['港澳通行证'] * 2 + ['驾驶证'],
            'rider': ['身份证', '驾驶证'], 'shop': ['身份证', '驾驶证', '社保卡']}.get(per, ['身份证'] * 5 + ['驾驶证'] * 3 + ['社保卡'] * 2)
    kind = force.get('kind') or pick(pool)
    group = {'elderly': 'old', 'student': 'young'}.get(per, 'mid')
    if kind in ('就诊卡', '学生证') and per == 'parent':
        group = 'young'
    if group == 'young':
        pp = person(group, (2009, 2013) if per == 'student' else (2013, 2019))
    else:
        pp = person(group)
    nm = pp['name']
    prov = None
    area = pick(LOCAL_AREAS)
    if per == 'tourist':
        ptup = pick(PROVS)
        prov, area = ptup[0], ptup[1]
    idno = uniq(lambda: make_id(area, pp['birth'], pp['male']))
    sex = '男' if pp['male'] else '女'
    b = pp['birth']
    name_fact = F([f'名字叫{nm}', f'上面名字是{nm}', f'姓名{nm}', f'是{nm}的'], [f'姓名：{nm}', f'持证人{nm}', f'姓名{nm}', f'{nm}的'], tag='strong')
    lane = pick(LANES)
    hn = ri(1, 60)
    if kind == '身份证':
        o = base('id_doc', kind, ['身份证', '身份证', '二代身份证', '身份证件'], ['居民身份证', '身份证', '二代身份证'], '张', 'ID card', 'shenfenzheng')
        o['serials'].append(ser('id', idno, chance(0.7), chance(0.8)))
        o['facts'] += [name_fact, F([f'{b.year}年出生的', f'{sex}的，{b.year}年生'], [f'{sex}，{b.year}年{b.month}月{b.day}日出生', f'出生日期{b.year}.{b.month:02d}.{b.day:02d}'])]
        if prov:
            o['facts'].append(F([f'是{prov}的身份证', f'{prov}户口'], [f'住址为{prov}', f'签发机关为{prov}某地公安局']))
        else:
            o['facts'].append(F([f'户口在{lane}{hn}号', f'住址写的{lane}{hn}号'], [f'住址：江州市老城区{lane}{hn}号', f'住址为老城区{lane}{hn}号']))
    elif kind == '社保卡':
        o = base('id_doc', kind, ['社保卡', '社会保障卡', '医保卡'], ['社会保障卡', '社保卡'], '张', 'social security card', 'shebaoka')
        o['serials'].append(ser('id', idno, chance(0.6), chance(0.7)))
        bank, bin4, tail, cs_ = bank_card(0.3, 0.6)
        o['facts'] += [name_fact, F([f'是{bank}的社保卡', f'{bank}发的'], [f'{bank}社保卡', f'发卡行{bank}（尾号{tail}）'])]
    elif kind == '老年证':
        o = base('id_doc', kind, ['老年证', '老年优待证', '敬老卡'], ['老年人优待证', '老年证'], '本', 'senior card', 'laonianzheng')
        o['color'] = 'red'
        num = uniq(lambda: 'JZLN' + digits(6))
        o['serials'].append(ser('cert', num, chance(0.2), chance(0.8), label='证号'))
        o['facts'] += [name_fact, F(['红皮的小本子', '红色封皮'], ['红色封皮', '红皮证件']),
                       F([f'{b.year}年生的，今年{2025 - b.year}了'], [f'出生{b.year}年']),
                       F([f'住{lane}', f'家住{lane}'], [f'住址{lane}{hn}号'])]
    elif kind == '户口本':
        o = base('id_doc', kind, ['户口本', '户口簿'], ['居民户口簿', '户口本'], '本', 'household register', 'hukouben')
        o['color'] = 'red'
        o['facts'] += [F([f'户主是{nm}', f'户主{nm}'], [f'户主：{nm}', f'户主姓名{nm}'], tag='strong'),
                       F([f'一共{ri(3, 6)}口人'], vis='owner'),
                       F([f'地址{lane}{hn}号'], [f'住址：江州市老城区{lane}{hn}号']),
                       F(['装在一个透明塑料袋里', '外面套了个文件袋'], ['装于透明塑料袋内', '外有文件袋'])]
        o['serials'].append(ser('id', idno, chance(0.3), chance(0.5)))
    elif kind == '学生证':
        o = base('id_doc', kind, ['学生证', '学生卡', '校园卡'], ['学生证', '学生卡'], '本', 'student card', 'xueshengzheng')
        if per == 'tourist':
            school = f'{pick(PROVS)[0]}某中学'
        else:
            school = pick(['鼓楼中学', '江州市鼓楼中学', '槐树巷小学']) if per != 'student' else pick(['鼓楼中学', '江州市鼓楼中学'])
        g, c = ri(1, 3), ri(1, 12)
        sno = uniq(lambda: str(2023 + ri(0, 2)) + '%02d' % c + digits(2))
        o['serials'].append(ser('student', sno, chance(0.6), chance(0.8), label='学号'))
        o['color'] = pick(['blue', 'red', 'green'])
        cls = f'初{CN[g]}（{c}）班' if '中学' in school else f'{CN[g + 2]}年级{c}班'
        o['facts'] += [name_fact, F([f'{school}{cls}的', f'{school}的学生证'], [f'{school}{cls}', f'{school}学生证']),
                       F([f'{cs(o["color"])}色封皮'], [f'{cs(o["color"])}色封皮'])]
    elif kind == '驾驶证':
        o = base('id_doc', kind, ['驾驶证', '驾照'], ['机动车驾驶证', '驾驶证'], '本', 'driving licence', 'jiashizheng')
        o['color'] = pick(['black', 'brown'])
        o['serials'].append(ser('id', idno, chance(0.6), chance(0.8)))
        o['facts'] += [name_fact, F([f'装在{cs(o["color"])}色皮套里', f'{cs(o["color"])}色皮套'], [f'{cs(o["color"])}色皮套', f'外有{cs(o["color"])}色皮套']),
                       F(['C1的', '准驾C1'], ['准驾车型C1'])]
        if chance(0.4):
            o['facts'].append(F(['里面还夹着行驶证', '皮套里还有张加油卡'], ['内夹行驶证一本', '内有加油卡一张']))
    elif kind == '护照':
        o = base('id_doc', kind, ['护照'], ['护照', '因私护照'], '本', 'passport', 'huzhao')
        o['color'] = 'red'
        pno = uniq(lambda: 'E' + digits(8))
        o['serials'].append(ser('passport', pno, chance(0.5), chance(0.9), label='护照号'))
        o['facts'] += [name_fact, F(['里面夹着一张登机牌', '夹了张酒店房卡'], ['内夹登机牌一张', '内夹酒店房卡一张']),
                       F(['护照套是透明的', '套了个透明护照套'], ['透明护照套'])]
    elif kind == '港澳通行证':
        o = base('id_doc', kind, ['港澳通行证', '通行证'], ['往来港澳通行证', '港澳通行证'], '张', 'HK/Macau permit', 'gang ao tongxingzheng')
        pno = uniq(lambda: 'C' + digits(8))
        o['serials'].append(ser('passport', pno, chance(0.4), chance(0.9), label='证件号'))
        o['facts'] += [name_fact, F(['卡片式的', '新版卡式'], ['卡式证件'])]
    else:   # 就诊卡
        o = base('id_doc', kind, ['就诊卡', '儿童医院就诊卡', '看病的卡'], ['儿童医院就诊卡', '就诊卡'], '张', 'hospital card', 'jiuzhenka')
        o['color'] = 'blue'
        cno = uniq(lambda: 'JZET' + digits(8))
        o['serials'].append(ser('cardno', cno, chance(0.35), chance(0.8), label='卡号'))
        o['facts'] += [F([f'孩子叫{nm}', f'卡上是我孩子的名字{nm}'], [f'患儿姓名{nm}', f'卡面姓名：{nm}'], tag='strong'),
                       F(['蓝色的卡', '儿童医院发的蓝卡'], ['蓝色卡片'])]
        if chance(0.5):
            o['facts'].append(F(['跟挂号单夹在一起', '还有几张化验单'], ['夹有挂号单', '附化验单两张']))
    o['name'] = nm
    o['person'] = pp
    if prov:
        o['prov'] = ptup
    if kind in ('身份证', '社保卡', '港澳通行证') and chance(0.45):
        cc = force.get('color') or pick(['black', 'blue', 'pink', 'brown', 'green', 'white'])
        o['color'] = cc
        o['facts'].append(F([f'装在{cs(cc)}色卡套里', f'套着个{cs(cc)}色的卡套'], [f'外有{cs(cc)}色卡套', f'装于{cs(cc)}色卡套内']))
        if chance(0.4):
            bank, bin4, tail, s = bank_card()
            o['facts'].append(F([f'卡套里还有张{bank}卡，尾号{tail}'], [f'同套内有{bank}卡一张（尾号{tail}）'], tag='strong'))
            o['serials'].append(s)
    elif force.get('color') and o['color'] is None:
        o['color'] = force['color']
    return o


WALLET_KINDS = [('长款钱包', ['钱包', '长钱包', '皮夹', '钱夹'], ['长款钱包', '钱包', '皮夹']),
                ('短款钱包', ['钱包', '短钱包', '皮夹子'], ['短款钱包', '钱包', '折叠钱包']),
                ('卡包', ['卡包', '卡夹'], ['卡包', '卡片夹']),
                ('零钱包', ['零钱包', '小钱包', '小荷包'], ['零钱包', '小钱包'])]


def approx_money(a):
    if a < 100:
        return pick([f'{a}块左右', '几十块', f'{a}来块'])
    h = a // 100
    opts = [f'{a}块左右', f'{CN[h]}百多块' if h < 10 else f'{a}块左右', f'大概{a}']
    if a >= 1000:
        k = a / 1000.0
        opts += [f'{CN[int(k)] if int(k) <= 10 else int(k)}千多' if a % 1000 else f'{CN[int(k)]}千块', f'{a}块整']
    else:
        opts += [f'{CN[h]}百来块']
    return pick(opts)


def gen_wallet(per, force):
    kname, no, nf = pick(WALLET_KINDS) if not force.get('kind') else [k for k in WALLET_KINDS if k[0] == force['kind']][0]
    o = base('wallet', kname, no, nf, '个', 'wallet', 'qianbao')
    o['color'] = force.get('color') or pick(['black', 'black', 'brown', 'brown', 'red', 'pink', 'navy', 'grey', 'white', 'green'])
    if force.get('brand') or (chance(0.35 if per != 'elderly' else 0.15) and not force.get('nobrand')):
        o['brand'] = choose_brand(['septwolves', 'goldlion', 'coach', 'muji'], force)
        o['facts'].append(F([f'{brand_word(o["brand"], "o")}的', f'牌子是{brand_word(o["brand"], "o")}'],
                            [f'{brand_word(o["brand"], "f")}标志', f'带{brand_word(o["brand"], "f")}商标']))
    if chance(0.5):
        mat = ri(0, 2)
        o['facts'].append(F([['真皮的', '牛皮的'], ['皮的，有点旧了', '用了好几年，边都磨白了'], ['人造革的', 'PU皮的']][mat],
                            [['皮质', '真皮'], ['皮质，边缘磨损', '边角磨白'], ['人造革', 'PU材质']][mat]))
    amt = pick([0, ri(20, 300), ri(200, 900), ri(1000, 3500)]) if kname != '卡包' else 0
    if amt:
        amt = amt - amt % 10 + pick([0, 0, 5, 2])
        o['facts'].append(F([f'里面有{approx_money(amt)}现金', f'钱大概{approx_money(amt)}'], [f'内有现金{amt}元', f'现金人民币{amt}元'], tag='amount'))
        o['amount'] = amt
    nb = ri(0, 3)
    for i in range(nb):
        bank, bin4, tail, s = bank_card()
        o['facts'].append(F([f'{bank}卡一张，尾号{tail}', f'还有张{bank}的卡，后四位{tail}'],
                            [f'{bank}卡（尾号{tail}）', f'{bank}银行卡一张，卡号{bin4}****{tail}'], tag='strong'))
        o['serials'].append(s)
    if chance(0.4):
        pp = person('old' if per == 'elderly' else 'mid')
        o['name'] = pp['name']
        o['person'] = pp
        area = pick(LOCAL_AREAS)
        if per == 'tourist':
            o['prov'] = pick(PROVS)
            area = o['prov'][1]
        idno = uniq(lambda: make_id(area, pp['birth'], pp['male']))
        o['facts'].append(F([f'身份证也在里面，名字{pp["name"]}', f'我的身份证（{pp["name"]}）也在里面'],
                            [f'内有身份证一张，姓名{pp["name"]}', f'有{pp["name"]}的身份证'], tag='strong'))
        o['serials'].append(ser('id', idno, chance(0.5), chance(0.6)))
    extras = [F(['一张公交卡', '公交卡'], ['公交卡一张']),
              F(['几张超市小票', '一些小票'], ['购物小票若干', '小票数张']),
              F(['夹层有个平安符', '里面放了个护身符'], ['内有护身符一个', '夹层有平安符']),
              F(['有张我孙子的照片', '夹着孩子的照片'], ['内有一张小孩照片', '夹儿童照片一张']),
              F(['陈记桂花糕的会员卡', '一张理发店的会员卡'], ['会员卡一张', '店铺会员卡']),
              F(['几个硬币', '一把硬币'], ['硬币若干']),
              F(['儿童医院的挂号单', '一张药方'], ['挂号单一张', '处方单一张']),
              F(['驾驶证也在里面'], ['内夹驾驶证'])]
    for e in sample(extras, ri(0, 3)):
        o['facts'].append(e)
    if chance(0.3):
        o['facts'].append(F(['是我女儿送的生日礼物', '拉链有点坏了，要使劲拉', '钱包里面有个夹层放零钱'], vis='owner'))
    return o


PENDANTS = ['小猪佩奇', '葫芦', '平安扣', '铜钱', '篮球', '小熊', '中国结', '生肖虎', '招财猫', '奥特曼', '桃木小剑', '小鱼', '月饼造型的挂件']


def gen_keys(per, force):
    kind = force.get('kind') or wpick([('ring', 6), ('car', 2), ('ebike', 2)])
    n = ri(2, 8)
    o = base('keys', kind, ['钥匙', '一串钥匙', '钥匙串'], ['钥匙', '钥匙一串', '钥匙串'], '串', 'keys', 'yaoshi')
    o['facts'].append(F([f'{n}把钥匙', f'一串大概{n}把', f'钥匙{n}把'], [f'钥匙{n}把', f'共{n}把钥匙'], tag='count'))
    pc = force.get('color') or pick(['red', 'pink', 'gold', 'yellow', 'blue', 'black', 'green', 'white'])
    o['color'] = pc
    if kind == 'car':
        o['brand'] = choose_brand(['vw', 'toyota', 'byd', 'honda'], force)
        o['nouns_o'] = ['车钥匙', '汽车钥匙', '钥匙']
        o['nouns_f'] = ['汽车遥控钥匙', '车钥匙', '钥匙']
        o['color'] = force.get('color') or 'black'
        o['facts'].append(F([f'有个{brand_word(o["brand"], "o")}的车钥匙', f'{brand_word(o["brand"], "o")}遥控钥匙'],
                            [f'{brand_word(o["brand"], "f")}汽车遥控钥匙', f'带{brand_word(o["brand"], "f")}车标遥控器'], tag='brand'))
    elif kind == 'ebike':
        o['brand'] = choose_brand(['yadea', 'aima', 'tailg', 'niu'], force)
        o['facts'].append(F([f'{brand_word(o["brand"], "o")}电动车钥匙', f'有把{brand_word(o["brand"], "o")}的电瓶车钥匙'],
                            [f'{brand_word(o["brand"], "f")}电动车钥匙一把', f'{brand_word(o["brand"], "f")}电动车遥控钥匙'], tag='brand'))
    if chance(0.7):
        p = pick(PENDANTS)
        o['facts'].append(F([f'挂着个{cs(pc)}色的{p}', f'钥匙扣是{cs(pc)}色{p}'], [f'挂{cs(pc)}色{p}钥匙扣', f'{cs(pc)}色{p}挂件'], tag='strong'))
    if chance(0.5):
        fc = pick(['blue', 'red', 'black', 'yellow', 'green'])
        o['facts'].append(F([f'有个{cs(fc)}色门禁扣', f'还有{cs(fc)}色的小区门禁卡'], [f'{cs(fc)}色门禁扣一个', f'附{cs(fc)}色门禁卡']))
    if chance(0.2):
        tag = pick([f'{pick(LANES)}{ri(1, 40)}号', f'{ri(1, 9)}栋{ri(1, 6)}0{ri(1, 4)}', '店', '仓库', '老屋'])
        o['facts'].append(F([f'有个小塑料牌写着“{tag}”'], [f'挂塑料牌，上写“{tag}”'], tag='strong'))
    if chance(0.25):
        o['facts'].append(F(pick([['还挂着个指甲剪'], ['串着一个小手电'], ['有个开瓶器'], ['挂了个U盘']]),
                            pick([['附指甲剪'], ['附小手电'], ['附开瓶器'], ['附U盘一个']])))
    o['facts'].append(F([pick(['有屋里大门和防盗门的钥匙', '店里卷闸门的钥匙也在上面', '单位抽屉钥匙也在', '有我老屋的钥匙，配不到了'])], vis='owner'))
    return o


EB = {'yadea': ['冠能 T7', '欧睿 E9', 'DE3'], 'aima': ['引擎 MAX 5', 'A500'], 'tailg': ['超能 S3', '战速 V6'],
      'niu': ['G5', 'F400T', 'UQi'], 'sunra': ['XC3', '小蜜豆 2'], 'luyuan': ['S70', 'MODA 3']}
EB_PFX = {'yadea': 'YD', 'aima': 'AM', 'tailg': 'TL', 'niu': 'NU', 'sunra': 'XR', 'luyuan': 'LY'}


def gen_ebike(per, force):
    brand = choose_brand(sorted(EB), force)
    o = base('ebike', 'ebike', ['电动车', '电瓶车', '电驴', '电动自行车'], ['电动自行车', '电动车', '两轮电动车'], '辆', 'e-bike', 'diandongche')
    o['brand'] = brand
    o['model'] = force.get('model') or pick(EB[brand])
    o['color'] = force.get('color') or pick(['white', 'black', 'red', 'blue', 'grey', 'pink', 'yellow', 'green', 'silver'])
    plate = uniq(lambda: '江州' + pick('ABCDE') + '·' + digits(5))
    frame = uniq(lambda: EB_PFX[brand] + str(ri(19, 25)) + pick('ABCDEFGH') + digits(8))
    o['serials'].append(ser('plate', plate, True, chance(0.85)))
    o['serials'].append(ser('frame', frame, chance(0.45), chance(0.65)))
    o['facts'].append(F([f'车牌{plate}', f'牌照是{plate.split("·")[1]}'], [f'车牌号{plate}', f'号牌{plate.replace("·", "")}'], tag='strong'))
    opts = []
    if per == 'rider':
        opts.append(F(['后面有个黄色外卖箱', '后座绑着外卖箱'], ['后座有黄色外卖箱', '带外卖保温箱']))
    if per == 'parent':
        opts.append(F(['后座装了个儿童座椅', '后面有个小孩坐的椅子'], ['后座有儿童座椅', '加装儿童座椅']))
    opts += [F(['前面有个车篮', '车篮是黑色塑料的'], ['带前车篮', '黑色塑料车篮']),
             F(['装了挡风的雨棚', '有雨棚'], ['加装雨棚', '带遮阳雨棚']),
             F(['左边后视镜断了', '少了一个后视镜'], ['左后视镜缺失', '后视镜断裂']),
             F([f'坐垫套是{cs(c)}色的' for c in [pick(['red', 'black', 'pink', 'blue'])]], ['坐垫有套子', '坐垫加了套']),
             F(['车身贴了个“江州外卖”贴纸', '踏板上贴了防滑垫'], ['车身有贴纸', '踏板有防滑垫']),
             F(['车篮里有个头盔', '挂着个安全帽'], ['车篮内有头盔一个', '挂有头盔'])]
    for f in sample(opts, ri(1, 3)):
        o['facts'].append(f)
    o['facts'].append(F([pick(['48V的电池', '60V锂电池', '去年买的，花了三千多', '锁了龙头锁'])], vis='owner'))
    if chance(0.4):
        o['facts'].append(F([], ['电瓶已被拆走', '锁被撬坏', '车身有新刮痕', '无钥匙，停放多日'], vis='finder'))
    return o


BIKES = {'giant': ['ATX 880', 'Escape 5'], 'merida': ['勇士 600', '公爵 300'], 'xds': ['英雄 300', 'RC 200'],
         'dahon': ['P8L', 'K3 Plus'], 'forever': ['C28 加重', '二八大杠'], 'phoenix': ['ZA28', '老款二八'],
         'goodbaby': ['小飞鱼 16寸', '小探险家 14寸'], 'decathlon': ['Rockrider 120', 'Riverside 100']}


def gen_bicycle(per, force):
    if force.get('brand'):
        brand = force['brand']
    elif per == 'elderly':
        brand = choose_brand(['forever', 'phoenix'], force)
    elif per == 'parent':
        brand = choose_brand(['goodbaby', 'giant', 'decathlon'], force)
    else:
        brand = choose_brand(['giant', 'merida', 'xds', 'dahon', 'decathlon'], force)
    kind = {'forever': '二八自行车', 'phoenix': '二八自行车', 'goodbaby': '儿童自行车', 'dahon': '折叠车'}.get(brand, '山地车')
    nouns = {'二八自行车': (['自行车', '二八大杠', '脚踏车', '单车'], ['自行车', '二八式自行车']),
             '儿童自行车': (['儿童自行车', '小孩的自行车', '童车'], ['儿童自行车', '童车']),
             '折叠车': (['折叠自行车', '折叠车', '自行车'], ['折叠自行车', '自行车']),
             '山地车': (['山地车', '自行车', '单车'], ['山地自行车', '自行车', '山地车'])}[kind]
    o = base('bicycle', kind, nouns[0], nouns[1], '辆', 'bicycle', 'zixingche')
    o['brand'] = brand
    o['model'] = force.get('model') or pick(BIKES[brand])
    o['color'] = force.get('color') or pick(['black', 'white', 'red', 'blue', 'green', 'grey', 'yellow', 'pink', 'orange'])
    frame = uniq(lambda: pick('GMXDFPKR') + pick('ABCJKLW') + digits(8))
    o['serials'].append(ser('frame', frame, chance(0.3), chance(0.5)))
    opts = [F(['前面有车筐', '装了个车篮'], ['带车筐', '前有车篮']),
            F(['后座有个货架', '后面能带人'], ['带后货架', '有后座']),
            F([f'车锁是{cs(c)}色的U型锁' for c in [pick(['red', 'black', 'yellow'])]], ['挂U型锁一把', '车上有U型锁']),
            F(['车铃是铜的', '车把上装了个铃铛'], ['有车铃', '车把有铃铛']),
            F(['车把缠了胶带', '把套磨破了'], ['车把缠有胶带', '把套破损']),
            F(['车架上贴了我的名字贴', '横梁上贴着名字'], ['车架有姓名贴', '横梁贴有名字'])]
    if kind == '儿童自行车':
        opts.append(F(['带两个辅助轮', '有辅助轮'], ['带辅助轮', '后轮两侧有辅助轮']))
    if kind == '二八自行车':
        opts.append(F(['老式的，骑了二十多年了', '很旧了，链条套是黑的'], ['老式车，车况陈旧', '较旧，链罩完整']))
    for f in sample(opts, ri(1, 3)):
        o['facts'].append(f)
    o['facts'].append(F([pick(['锁在栏杆上的', '没锁，就停了一下', '车座调得很高', '前年买的'])], vis='owner'))
    return o


BAG_KINDS = {
    '双肩包': (['双肩包', '背包', '书包'], ['双肩包', '背包'], 'backpack', 'shuangjianbao'),
    '书包': (['书包', '双肩书包'], ['学生书包', '书包'], 'school bag', 'shubao'),
    '手提包': (['手提包', '包包', '女式包'], ['女式手提包', '手提包'], 'handbag', 'shoutibao'),
    '斜挎包': (['斜挎包', '挎包', '小包'], ['斜挎包', '单肩包'], 'shoulder bag', 'xiekuabao'),
    '腰包': (['腰包', '胸包'], ['腰包', '胸包'], 'waist bag', 'yaobao'),
    '行李箱': (['行李箱', '拉杆箱', '箱子'], ['拉杆箱', '行李箱'], 'suitcase', 'xinglixiang'),
    '帆布袋': (['帆布袋', '布袋子', '环保袋'], ['帆布袋', '布袋'], 'tote bag', 'fanbudai'),
    '电脑包': (['电脑包', '笔记本包'], ['电脑包', '电脑背包'], 'laptop bag', 'diannaobao'),
}


def gen_bag(per, force):
    pool = {'student': ['书包', '双肩包', '斜挎包'], 'tourist': ['双肩包', '行李箱', '斜挎包', '腰包', '手提包'],
            'parent': ['书包', '双肩包', '帆布袋'], 'elderly': ['帆布袋', '手提包', '斜挎包']}.get(per, sorted(BAG_KINDS))
    kind = force.get('kind') or pick(pool)
    no, nf, en, py = BAG_KINDS[kind]
    o = base('bag', kind, no, nf, '个', en, py)
    o['color'] = force.get('color') or pick(['black', 'black', 'grey', 'navy', 'pink', 'white', 'brown', 'green', 'red', 'blue', 'purple'])
    brands = {'行李箱': ['samsonite', 'xiaomi'], '手提包': ['coach'], '帆布袋': [], '电脑包': ['lenovo', 'xiaomi', 'samsonite']}.get(
        kind, ['nike', 'adidas', 'anta', 'decathlon', 'jansport', 'xiaomi'])
    if brands and (force.get('brand') or (chance(0.6) and not force.get('nobrand'))):
        o['brand'] = force.get('brand') if force.get('brand') in brands else choose_brand(brands, {'not_brand': force.get('not_brand')})
        o['facts'].append(F([f'{brand_word(o["brand"], "o")}的', f'牌子是{brand_word(o["brand"], "o")}'],
                            [f'{brand_word(o["brand"], "f")}标志', f'有{brand_word(o["brand"], "f")}商标'], tag='brand'))
    contents = []
    if kind == '书包' or per == 'student':
        g, c = ri(1, 3), ri(1, 12)
        school = '鼓楼中学' if per == 'student' or chance(0.5) else '槐树巷小学'
        kid = person('young', (2009, 2013) if school == '鼓楼中学' else (2014, 2018))
        o['name'] = kid['name']
        if per == 'student':
            o['person'] = kid
        cls = f'初{CN[g]}（{c}）班' if school == '鼓楼中学' else f'{CN[g + 2]}年级{c}班'
        contents.append(F([f'作业本上写着名字{kid["name"]}，{school}{cls}', f'课本上有名字{kid["name"]}'],
                          [f'内有作业本，署名“{kid["name"]} {cls}”', f'课本署名{kid["name"]}（{school}）'], tag='strong'))
        contents.append(F(['有个蓝色文具盒', '笔袋是粉色的'], ['内有文具盒', '内有笔袋']))
    if per == 'tourist':
        pp = person('mid')
        o['name'] = pp['name']
        o['person'] = pp
        contents.append(F([f'里面有我的身份证，{pp["name"]}', f'身份证也在包里，名字{pp["name"]}'],
                          [f'包内有身份证（姓名{pp["name"]}）', f'夹层有{pp["name"]}的身份证'], tag='strong'))
        contents.append(F(['几件换洗衣服', '衣服和洗漱包'], ['衣物若干', '内有衣服、洗漱用品']))
        contents.append(F(['两盒月饼，准备带回去的', '买的桂花糕'], ['月饼礼盒两盒', '桂花糕一盒']))
    pool_c = [F(['一个保温杯', '保温杯'], ['保温杯一个']),
              F(['一把折叠伞', '雨伞'], ['折叠伞一把']),
              F(['充电宝', '一个白色充电宝'], ['充电宝一个']),
              F(['一件灰色外套', '外套'], ['灰色外套一件', '衣服一件']),
              F(['一包纸巾', '湿巾'], ['纸巾']),
              F(['中医院开的中药', '几包中药'], ['内有中药数袋', '中药（中医医院）']),
              F(['孩子的病历本', '儿童医院的病历'], ['病历本一本', '儿童医院病历']),
              F(['蓝牙耳机', '耳机盒子'], ['蓝牙耳机一副']),
              F(['化妆包', '口红和粉饼'], ['化妆品若干', '化妆包一个']),
              F(['相机', '一台小相机'], ['相机一台']),
              F(['钥匙', '家里的钥匙'], ['钥匙一串']),
              F(['药，降压药', '速效救心丸'], ['药品一盒', '救心丸一瓶'])]
    if kind == '电脑包':
        contents.append(F(['笔记本电脑在里面', '装着我的笔记本电脑'], ['内有笔记本电脑一台', '包内装笔记本电脑'], tag='strong'))
        contents.append(F(['电源适配器', '充电器'], ['电源适配器一个']))
    contents += sample(pool_c, ri(1, 3))
    o['facts'] += contents
    marks = [F([f'拉链上挂着{pick(["小熊", "兔子", "平安符", "小恐龙", "毛球"])}挂件'], ['拉链挂有挂件', '包上有毛绒挂件']),
             F(['侧面有个破洞', '底部磨破了'], ['侧面有破损', '包底磨损']),
             F(['挂着个名字牌', '有个行李牌'], ['挂有名牌', '带行李牌']),
             F(['右边肩带坏了', '肩带打了个结'], ['一侧肩带损坏', '肩带打结'])]
    o['facts'] += sample(marks, ri(0, 2))
    if kind == '行李箱':
        o['facts'].append(F([f'{pick(["20", "24", "26"])}寸的', '有密码锁'], ['带密码锁', '拉杆箱（带密码锁）']))
    o['facts'].append(F([pick(['包是新买的', '里面还有几百块钱', '夹层里有充电线', '拉链不太好拉'])], vis='owner'))
    return o


def gen_cash(per, force):
    cont = force.get('kind') or pick(['红包', '信封', '信封', '取款袋', '橡皮筋', '塑料袋'])
    amt = pick([ri(3, 25) * 100, ri(5, 60) * 100, ri(200, 1800)])
    o = base('cash', cont, ['现金', '钱', '一沓钱'], ['现金', '人民币'], '笔', 'cash', 'xianjin')
    o['amount'] = amt
    h100 = amt // 100
    rest = amt - h100 * 100
    den = f'百元{h100}张' + (f'，另有零钱{rest}元' if rest else '')
    o['facts'].append(F([f'{approx_money(amt)}', f'一共{approx_money(amt)}'], [f'共计{amt}元', f'人民币{amt}元（{den}）'], tag='amount'))
    if cont == '红包':
        o['color'] = 'red'
        w = pick(['中秋快乐', '恭喜发财', '福', '阖家团圆'])
        who = pick(['给外婆', '给孙子', '给妈妈', '小宝', ''])
        o['facts'].append(F([f'装在红包里，红包上印着“{w}”', f'一个红包，写着{w}'], [f'红包装，印有“{w}”字样', f'“{w}”红包一个']))
        if who:
            o['facts'].append(F([f'红包背面写了“{who}”'], [f'红包背面手写“{who}”'], tag='strong'))
    elif cont == '信封':
        o['color'] = pick(['brown', 'white', 'yellow'])
        w = pick(['房租', '学费', '给妈', '十月工资', '会钱', ''])
        o['facts'].append(F([f'装在{cs(o["color"])}色信封里', f'一个{"牛皮纸" if o["color"] == "brown" else cs(o["color"]) + "色"}信封'],
                            [f'{cs(o["color"])}色信封装', f'{"牛皮纸" if o["color"] == "brown" else cs(o["color"]) + "色"}信封一个']))
        if w:
            o['facts'].append(F([f'信封上写着“{w}”两个字' if len(w) == 2 else f'信封上写着“{w}”'], [f'信封上手写“{w}”'], tag='strong'))
    elif cont == '取款袋':
        o['color'] = 'white'
        bank = pick(BANKS)[0]
        o['facts'].append(F([f'刚从{bank}取的，装在银行的袋子里', f'{bank}的取款袋'], [f'{bank}取款袋装', f'装于{bank}白色纸袋内'], tag='strong'))
    elif cont == '橡皮筋':
        o['facts'].append(F(['用橡皮筋扎着', '卷成一卷拿橡皮筋捆的'], ['以橡皮筋捆扎', '卷状，橡皮筋扎']))
        o['color'] = force.get('color')
    else:
        o['color'] = pick(['black', 'white', 'red'])
        o['facts'].append(F([f'装在一个{cs(o["color"])}色塑料袋里', '用塑料袋包着'], [f'{cs(o["color"])}色塑料袋装', '塑料袋包裹']))
    if chance(0.3):
        o['facts'].append(F(['还有一张收据', '夹着张菜市场的收款单'], ['夹收据一张', '附单据一张']))
    o['facts'].append(F([pick(['是准备交房租的', '是过节给老人的钱', '今天收的货款', '准备给孙子的红包钱'])], vis='owner'))
    return o


def gen_jewelry(per, force):
    pool = {'elderly': ['金手镯', '玉镯', '金项链', '金戒指', '手串', '玉坠'], 'parent': ['长命锁', '银手镯', '金项链'],
            'tourist': ['金项链', '珍珠耳环', '手串', '玉坠', '金戒指']}.get(per, ['金项链', '金戒指', '玉坠', '手串', '珍珠耳环', '金手镯'])
    kind = force.get('kind') or pick(pool)
    spec = {
        '金手镯': (['金手镯', '金镯子', '镯子'], ['黄金手镯', '金色手镯'], 'gold', 'gold bangle', 'jin shouzhuo'),
        '玉镯': (['玉镯子', '玉手镯', '镯子'], ['玉镯', '绿色玉手镯'], 'green', 'jade bangle', 'yu shouzhuo'),
        '金项链': (['金项链', '项链', '金链子'], ['金色项链', '黄金项链'], 'gold', 'gold necklace', 'jin xianglian'),
        '金戒指': (['金戒指', '戒指', '婚戒'], ['金色戒指', '戒指'], 'gold', 'gold ring', 'jin jiezhi'),
        '手串': (['手串', '珠子手串', '佛珠'], ['手串', '串珠手链'], 'brown', 'bead bracelet', 'shouchuan'),
        '玉坠': (['玉坠', '玉佩', '玉吊坠'], ['玉坠', '玉石吊坠'], 'green', 'jade pendant', 'yuzhui'),
        '长命锁': (['长命锁', '银锁', '小银锁'], ['银质长命锁', '银锁'], 'silver', 'silver lock pendant', 'changmingsuo'),
        '银手镯': (['银手镯', '银镯子', '小银镯'], ['银手镯', '银色手镯'], 'silver', 'silver bangle', 'yin shouzhuo'),
        '珍珠耳环': (['珍珠耳环', '耳环'], ['珍珠耳环', '耳饰'], 'white', 'pearl earrings', 'zhenzhu erhuan'),
    }[kind]
    o = base('jewelry', kind, spec[0], spec[1], '件', spec[3], spec[4])
    o['color'] = force.get('color') or spec[2]
    if kind == '手串' and not force.get('color'):
        o['color'] = pick(['brown', 'red', 'black'])
    if kind == '玉坠' and not force.get('color'):
        o['color'] = pick(['green', 'white'])
    if kind in ('金手镯', '金项链', '金戒指', '长命锁', '银手镯') and (force.get('brand') or (chance(0.45) and not force.get('nobrand'))):
        o['brand'] = choose_brand(['ctf', 'lfx', 'css', 'lukfook'], force)
        o['facts'].append(F([f'{brand_word(o["brand"], "o")}买的', f'是{brand_word(o["brand"], "o")}的'],
                            [f'内侧有{brand_word(o["brand"], "f")}钢印', f'刻有{brand_word(o["brand"], "f")}字样'], tag='brand'))
    if kind in ('金手镯', '金项链', '金戒指'):
        g = pick([5, 8, 12, 18, 25, 30, 42])
        o['facts'].append(F([f'大概{g}克', f'{g}克左右'], [f'约{g}克', f'称重约{g}.{ri(0, 9)}克'], tag='weight'))
    if kind in ('金戒指', '金手镯', '长命锁', '银手镯') and chance(0.6):
        eng = pick(['爱', '平安', '长命百岁', 'LX&WM', 'Z❤Y', '福', '2008.10.1', '百岁'])
        o['facts'].append(F([f'里面刻了“{eng}”', f'刻着“{eng}”'], [f'内圈刻“{eng}”', f'刻字“{eng}”'], tag='strong'))
    if kind == '玉坠':
        fig = pick(['观音', '弥勒佛', '平安扣', '貔貅', '葫芦'])
        o['facts'].append(F([f'是个{fig}', f'雕的{fig}'], [f'{fig}造型', f'雕刻{fig}'], tag='strong'))
        o['facts'].append(F([f'配{pick(["红绳", "黑绳", "金链子"])}'], ['带挂绳']))
    if kind == '手串':
        mat = pick(['小叶紫檀', '沉香', '红玛瑙', '菩提子', '黑曜石'])
        n = pick([12, 14, 18, 108])
        o['facts'].append(F([f'{mat}的，{n}颗', f'{mat}手串'], [f'{n}颗珠子', f'疑似{mat}，{n}颗']))
    if kind == '玉镯' and chance(0.6):
        o['facts'].append(F(['有一道小裂纹', '边上磕了个小口'], ['有细裂纹', '边缘有磕痕'], tag='strong'))
    if kind == '长命锁':
        o['facts'].append(F(['正面是“长命百岁”，背面“{}”'.format(pick(['福寿安康', '富贵平安', '吉祥如意']))], ['正面刻“长命百岁”'], tag='strong'))
    if chance(0.4):
        o['facts'].append(F(['装在红色绒布袋里', '有个小首饰盒'], ['装于红色绒袋', '有首饰盒']))
    o['facts'].append(F([pick(['是我妈留给我的', '结婚时候买的', '孩子满月外婆送的', '戴了二十多年了', '有发票'])], vis='owner'))
    return o


ELEC = {
    '蓝牙耳机': (['蓝牙耳机', '耳机', '无线耳机'], ['蓝牙耳机', '无线耳机（含充电盒）'], 'earbuds', 'lanya erji',
             {'apple': ['AirPods 5', 'AirPods Pro 3'], 'huawei': ['FreeBuds 8i', 'FreeBuds Pro 5'], 'xiaomi': ['Buds 7', 'Redmi Buds 8']},
             ['white', 'black', 'white', 'blue']),
    '平板电脑': (['平板', 'iPad', '平板电脑'], ['平板电脑', '平板'], 'tablet', 'pingban',
             {'apple': ['iPad Air 7', 'iPad mini 8'], 'huawei': ['MatePad 13', 'MatePad SE 12'], 'xiaomi': ['Pad 8', 'Redmi Pad 3']},
             ['grey', 'silver', 'blue', 'purple']),
    '笔记本电脑': (['笔记本电脑', '电脑', '笔记本'], ['笔记本电脑', '手提电脑'], 'laptop', 'bijiben',
              {'lenovo': ['小新 Pro 17', 'ThinkBook 15+'], 'huawei': ['MateBook 15s'], 'apple': ['MacBook Air 16']},
              ['grey', 'silver']),
    '相机': (['相机', '单反', '微单', '照相机'], ['数码相机', '相机'], 'camera', 'xiangji',
           {'canon': ['EOS R60', 'G7X V'], 'sony': ['ZV-E20', 'A7C III'], 'fujifilm': ['X-S30', 'X100W']},
           ['black', 'silver']),
    '运动相机': (['运动相机', 'pocket相机', '云台相机'], ['运动相机', '手持云台相机'], 'action camera', 'yundong xiangji',
             {'dji': ['Pocket 5', 'Action 7']}, ['black', 'grey']),
    '充电宝': (['充电宝', '移动电源'], ['充电宝', '移动电源'], 'power bank', 'chongdianbao',
            {'romoss': ['PSP20', 'Sense 8'], 'anker': ['733', 'Zolo 20K'], 'xiaomi': ['PB2030']}, ['white', 'black', 'pink', 'blue']),
    '智能手表': (['手表', '智能手表', '运动手表'], ['智能手表', '运动手表'], 'smart watch', 'zhineng shoubiao',
             {'huawei': ['WATCH GT 7', 'WATCH Fit 5'], 'apple': ['Watch Series 12'], 'xiaomi': ['Watch S6']}, ['black', 'silver', 'pink', 'green']),
    '游戏机': (['游戏机', 'Switch', '掌机'], ['掌上游戏机', '游戏机'], 'game console', 'youxiji',
            {'nintendo': ['Switch Lite', 'Switch OLED']}, ['grey', 'blue', 'yellow', 'red']),
    '助听器': (['助听器'], ['助听器'], 'hearing aid', 'zhutingqi', {'siemens': ['Pure 7X', 'Intuis 5']}, ['brown', 'silver', 'black']),
    '收音机': (['收音机', '小收音机', '半导体'], ['收音机', '便携收音机'], 'radio', 'shouyinji', {'tecsun': ['R-909', 'PL-330']},
            ['black', 'red', 'silver']),
}


def gen_electronics(per, force):
    pool = {'elderly': ['助听器', '收音机', '充电宝'], 'student': ['蓝牙耳机', '蓝牙耳机', '平板电脑', '游戏机', '智能手表', '充电宝'],
            'tourist': ['相机', '运动相机', '蓝牙耳机', '充电宝', '平板电脑', '笔记本电脑'],
            'parent': ['kidwatch', 'kidwatch', '平板电脑', '游戏机']}.get(per, sorted(ELEC))
    kind = force.get('kind') or pick(pool)
    if kind == 'kidwatch':
        return gen_kidwatch(per, force, 'electronics')
    no, nf, en, py, brands, cols = ELEC[kind]
    o = base('electronics', kind, no, nf, '个', en, py)
    if kind in ('平板电脑', '笔记本电脑', '相机', '运动相机', '游戏机'):
        o['unit'] = '台'
    brand = choose_brand(sorted(brands), force) if not (force.get('brand') and force['brand'] not in brands) else pick(sorted(brands))
    o['brand'] = brand
    o['model'] = force.get('model') if force.get('model') in brands[brand] else pick(brands[brand])
    o['color'] = force.get('color') or pick(cols)
    sn = uniq(lambda: ''.join(pick('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(pick([10, 12, 12, 14]))))
    vis_sn = {'蓝牙耳机': 0.35, '笔记本电脑': 0.7, '充电宝': 0.2, '助听器': 0.2}.get(kind, 0.5)
    o['serials'].append(ser('sn', sn, chance(0.3), chance(vis_sn)))
    opts = {
        '蓝牙耳机': [F(['充电盒外面套了个{}色的保护套'.format(cs(c)) for c in [pick(['pink', 'blue', 'green', 'black'])]], ['充电盒有保护套', '耳机盒套有硅胶套']),
                 F(['盒子上刻了字', '盒子上刻着我名字缩写'], ['充电盒有刻字']),
                 F(['只剩左耳在盒子里', '右耳机在盒里，左耳之前丢了'], ['盒内仅一只耳机']),
                 F(['挂着个小熊挂绳', '有挂钩'], ['带挂绳', '带挂扣'])],
        '平板电脑': [F(['带键盘保护套', '套着个翻盖保护壳'], ['带保护套', '有翻盖皮套']), F(['屏幕贴了膜，有裂痕', '角上摔瘪了一点'], ['屏幕有裂痕', '边角磕碰']),
                 F(['背面贴着孩子名字', '背面有卡通贴纸'], ['背面有贴纸', '背面贴姓名贴'])],
        '笔记本电脑': [F(['背面贴满了贴纸', 'A面有个火箭贴纸'], ['A面有多张贴纸', '外壳贴有贴纸']), F(['键盘上有个键掉了', '屏幕边缘有划痕'], ['缺一个键帽', '外壳划痕'])],
        '相机': [F(['挂着红色背带', '相机带是彩色的'], ['带背带', '有彩色背带']), F(['镜头盖丢了', '镜头上有UV镜'], ['无镜头盖', '镜头有UV镜']),
               F(['存储卡里有望江楼的照片', '内存卡里全是这次旅游的照片'], ['内有存储卡'], tag='strong')],
        '运动相机': [F(['带了个小三脚架', '配着延长杆'], ['附三脚架', '带延长杆'])],
        '充电宝': [F(['带挂绳', '自带线'], ['自带数据线', '带挂绳']), F(['上面贴着贴纸', '有划痕'], ['表面有贴纸', '外壳划痕'])],
        '智能手表': [F(['表带换成了{}色的'.format(cs(c)) for c in [pick(['black', 'white', 'orange', 'green'])]], ['表带为更换过的', '硅胶表带']),
                 F(['表盘有划痕', '屏幕有个小裂'], ['表盘有划痕'])],
        '游戏机': [F(['带个收纳包', '装在灰色收纳包里'], ['附收纳包']), F(['插着一张游戏卡', '卡槽里有张马力欧的卡'], ['内插游戏卡一张'])],
        '助听器': [F(['右耳的', '只有一只，右耳戴的'], ['右耳用', '单只']), F(['装在小盒子里', '有个小黑盒'], ['装于小盒内'])],
        '收音机': [F(['天线断了一截', '用皮筋绑着电池盖'], ['天线折断', '电池盖用橡皮筋固定']), F(['调在戏曲台', '一开就是戏曲台'], ['开机为戏曲频道'])],
    }[kind]
    for f in sample(opts, ri(1, min(3, len(opts)))):
        o['facts'].append(f)
    if kind in ('平板电脑', '笔记本电脑') and chance(0.5):
        o['facts'].append(F(['开机密码是孩子生日', '锁屏是我家猫'], ['锁屏为一只猫', '有开机密码'] if chance(0.5) else ['已设密码'], vis='both'))
    if kind in ('平板电脑', '笔记本电脑'):
        hid = ['去年买的', '还在保修期', '里面有工作资料，很重要', '孩子上网课用的']
    elif kind in ('相机', '运动相机'):
        hid = ['这次旅游的照片都在里面', '刚买半年', '借朋友的']
    elif kind in ('助听器', '收音机'):
        hid = ['老人家天天离不开的', '儿子给买的', '配了好几千']
    else:
        hid = ['去年买的', '还在保修期', '生日礼物', '同学送的']
    o['facts'].append(F([pick(hid)], vis='owner'))
    return o


OTHER_KINDS = ['雨伞', '保温杯', '眼镜', '拐杖', '兔子灯', '玩具', '月饼礼盒', '中药', '病历本', '头盔', '外套', '鸟笼', '二胡', '自拍杆', '钓鱼竿', '图书']


def gen_other(per, force):
    pool = {'elderly': ['拐杖', '眼镜', '鸟笼', '二胡', '钓鱼竿', '中药', '雨伞', '保温杯', '月饼礼盒'],
            'parent': ['兔子灯', '玩具', '病历本', '保温杯', '外套'],
            'tourist': ['自拍杆', '雨伞', '月饼礼盒', '外套', '眼镜'], 'rider': ['头盔', '外套', '保温杯'],
            'student': ['眼镜', '图书', '保温杯', '外套'], 'shop': ['雨伞', '保温杯', '外套']}.get(per, OTHER_KINDS)
    kind = force.get('kind') or pick(pool)
    c = force.get('color')
    if kind == '雨伞':
        o = base('other', kind, ['雨伞', '伞', '折叠伞', '洋伞'], ['雨伞', '折叠伞'], '把', 'umbrella', 'yusan')
        o['color'] = c or pick(['black', 'navy', 'red', 'pink', 'blue', 'purple', 'green'])
        if chance(0.5) or force.get('brand'):
            o['brand'] = 'paradise'
        o['facts'] += [F([pick(['三折的', '长柄的', '自动伞'])], ['三折伞' if chance(0.5) else '长柄伞']),
                       F([f'伞柄是木头的', '伞把缠了胶布', '伞面上有小碎花'], ['木质伞柄', '伞柄缠胶布', '伞面碎花图案'])]
    elif kind == '保温杯':
        o = base('other', kind, ['保温杯', '杯子', '水杯'], ['保温杯', '水杯'], '个', 'thermos cup', 'baowenbei')
        o['color'] = c or pick(['black', 'white', 'pink', 'blue', 'green', 'silver'])
        o['brand'] = force.get('brand') or pick(['thermos', 'zojirushi', 'haers'])
        o['facts'] += [F(['里面泡着枸杞', '装着菊花茶', '里面有半杯茶'], ['杯内有茶水', '内有枸杞水']),
                       F(['杯身贴着名字', '杯子上贴了个卡通贴纸', '底部磕瘪了'], ['杯身有姓名贴', '有卡通贴纸', '杯底凹陷'])]
    elif kind == '眼镜':
        o = base('other', kind, ['眼镜', '近视眼镜', '老花镜'], ['眼镜', '近视眼镜'], '副', 'glasses', 'yanjing')
        o['color'] = c or pick(['black', 'gold', 'brown', 'silver', 'red'])
        if chance(0.4) or force.get('brand'):
            o['brand'] = 'bolon'
        o['facts'] += [F([f'{cs(o["color"])}色镜框', '框是半框的'], [f'{cs(o["color"])}色镜框', '半框']),
                       F(['装在眼镜盒里，盒子是{}色的'.format(cs(pick(['blue', 'black', 'brown'])))], ['附眼镜盒']),
                       F(['度数很高，五百多度', '老花镜，两百度'], vis='owner')]
    elif kind == '拐杖':
        o = base('other', kind, ['拐杖', '拐棍', '手杖'], ['拐杖', '手杖'], '根', 'walking stick', 'guaizhang')
        o['color'] = c or pick(['brown', 'black', 'silver'])
        o['facts'] += [F(['四个脚的', '木头的，把手是弯的', '能伸缩的铝合金拐杖'], ['四脚拐杖', '木质弯柄', '可伸缩铝合金']),
                       F(['把手上缠了红布条', '底下橡胶头磨坏了'], ['把手缠红布', '底部胶垫磨损'])]
    elif kind == '兔子灯':
        o = base('other', kind, ['兔子灯', '灯笼', '兔子灯笼'], ['兔子灯笼', '灯笼'], '个', 'rabbit lantern', 'tuzi deng')
        o['color'] = c or pick(['white', 'pink', 'red'])
        o['facts'] += [F(['会唱歌的', '按一下会亮会响'], ['带灯光音乐']), F(['灯会上买的', '手柄上系了个铃铛'], ['手柄系铃铛', '灯会款'])]
    elif kind == '玩具':
        toy = pick(['奥特曼', '毛绒兔子', '小汽车', '恐龙', '芭比娃娃'])
        o = base('other', kind, [toy, f'{toy}玩具', '玩具'], [f'{toy}玩具', '玩具'], '个', 'toy', 'wanju')
        o['color'] = c or pick(['red', 'white', 'pink', 'blue', 'green', 'yellow'])
        o['facts'] += [F([f'是个{toy}', '孩子最喜欢的'], [f'{toy}造型']), F(['一只胳膊掉了', '脖子上系了条丝带'], ['缺一只手臂', '系有丝带'])]
    elif kind == '月饼礼盒':
        o = base('other', kind, ['月饼', '月饼礼盒', '一盒月饼'], ['月饼礼盒', '月饼'], '盒', 'mooncake box', 'yuebing')
        o['color'] = c or pick(['red', 'gold', 'yellow', 'blue'])
        o['brand'] = force.get('brand') or 'jzjj'
        o['facts'] += [F([f'{pick(["六个装", "八个装", "双黄莲蓉的"])}'], ['礼盒装，未拆封']),
                       F(['装在手提袋里', '袋子上印着“花好月圆”'], ['附手提袋', '袋上印“花好月圆”'])]
    elif kind == '中药':
        pp = person('old')
        o = base('other', kind, ['中药', '药', '一袋中药'], ['中药', '中药袋'], '袋', 'herbal medicine', 'zhongyao')
        o['color'] = c or 'white'
        o['name'] = pp['name']
        rx = uniq(lambda: 'ZY' + digits(7))
        o['serials'].append(ser('rx', rx, chance(0.2), chance(0.6), label='处方号'))
        o['facts'] += [F([f'中医院煎好的，{ri(7, 14)}袋', '代煎的中药'], ['中医医院代煎中药', f'中药{ri(7, 14)}袋']),
                       F([f'袋子上有名字{pp["name"]}', f'是{pp["name"]}的药'], [f'药袋标签姓名{pp["name"]}', f'标签：{pp["name"]}'], tag='strong')]
    elif kind == '病历本':
        kid = person('young', (2013, 2022))
        o = base('other', kind, ['病历本', '病历', '门诊病历'], ['门诊病历本', '病历本'], '本', 'medical record book', 'bingliben')
        o['color'] = c or pick(['blue', 'green', 'white'])
        o['name'] = kid['name']
        o['facts'] += [F([f'孩子叫{kid["name"]}', f'名字{kid["name"]}'], [f'封面姓名{kid["name"]}', f'患者：{kid["name"]}'], tag='strong'),
                       F(['里面夹着化验单', '有几张缴费单'], ['内夹化验单', '夹缴费单'])]
    elif kind == '头盔':
        o = base('other', kind, ['头盔', '安全帽'], ['头盔', '电动车头盔'], '个', 'helmet', 'toukui')
        o['color'] = c or pick(['yellow', 'blue', 'black', 'white', 'pink'])
        o['facts'] += [F(['有猫耳朵', '上面贴了个小黄鸭', '镜片有裂'], ['带猫耳装饰', '有小黄鸭装饰', '镜片有裂纹']),
                       F(['后面写了我名字', '内衬有点脏'], ['内衬较旧', '后侧有手写字'])]
    elif kind == '外套':
        o = base('other', kind, ['外套', '衣服', '夹克'], ['外套', '衣服一件'], '件', 'jacket', 'waitao')
        o['color'] = c or pick(['black', 'grey', 'navy', 'brown', 'white', 'green'])
        if chance(0.5) or force.get('brand'):
            o['brand'] = force.get('brand') or pick(['nike', 'adidas', 'anta'])
        o['facts'] += [F([f'{pick(["L", "XL", "M"])}码的', '连帽的'], ['连帽', '有帽子']),
                       F(['口袋里有一包烟和打火机', '兜里有几张纸巾', '口袋里有钥匙扣'], ['口袋内有香烟打火机', '口袋有纸巾', '口袋内有小物件'])]
    elif kind == '鸟笼':
        o = base('other', kind, ['鸟笼', '鸟笼子', '画眉'], ['鸟笼（内有鸟）', '鸟笼'], '个', 'birdcage', 'niaolong')
        o['color'] = c or 'brown'
        o['facts'] += [F(['竹子编的，里面一只画眉', '笼子里有只画眉鸟'], ['竹编鸟笼，内有画眉一只', '竹鸟笼一只，内有小鸟']),
                       F(['笼子盖着蓝布', '食罐是青花瓷的'], ['笼罩蓝布', '青花食罐'])]
    elif kind == '二胡':
        o = base('other', kind, ['二胡', '胡琴'], ['二胡', '二胡（带琴盒）'], '把', 'erhu', 'erhu')
        o['color'] = c or 'black'
        o['facts'] += [F(['装在黑色琴盒里', '琴盒是黑的'], ['黑色琴盒']), F(['琴杆上刻了个“韵”字', '松香在盒子里'], ['琴杆刻字', '盒内有松香'])]
    elif kind == '自拍杆':
        o = base('other', kind, ['自拍杆', '三脚架'], ['自拍杆', '三脚架'], '个', 'selfie stick', 'zipaigan')
        o['color'] = c or pick(['black', 'white', 'pink'])
        o['facts'] += [F(['带蓝牙遥控', '能当三脚架用'], ['带蓝牙遥控器', '可作三脚架'])]
    elif kind == '钓鱼竿':
        o = base('other', kind, ['钓鱼竿', '鱼竿', '钓竿包'], ['钓鱼竿', '鱼竿包'], '套', 'fishing rod', 'diaoyugan')
        o['color'] = c or pick(['black', 'green', 'grey'])
        o['facts'] += [F(['装在竿包里，两根竿子', '竿包里还有个小马扎'], ['竿包内有鱼竿两根', '附折叠凳'])]
    else:   # 图书
        o = base('other', '图书', ['书', '课外书', '图书馆借的书'], ['书籍', '图书'], '本', 'book', 'shu')
        o['color'] = c or pick(['blue', 'white', 'green', 'red', 'yellow'])
        bc = uniq(lambda: 'JZLIB' + digits(7))
        o['serials'].append(ser('cert', bc, chance(0.1), chance(0.7), label='条码'))
        t = pick(['《江城往事》', '《少年与河》', '《古镇十二月》', '《数学思维训练》'])
        o['facts'] += [F([f'书名{t}', f'是一本{t}'], [f'书名{t}', f'{t}一本'], tag='strong'),
                       F(['盖着市图书馆的章', '图书馆借的'], ['有江州市图书馆印章', '馆藏书'])]
    o['facts'].append(F([pick(['不值钱，但是有纪念意义', '老伴送的', '孩子一直在哭要找', '刚买的'])], vis='owner'))
    return o


GEN = {'phone': gen_phone, 'id_doc': gen_id, 'wallet': gen_wallet, 'keys': gen_keys, 'ebike': gen_ebike,
       'bicycle': gen_bicycle, 'bag': gen_bag, 'cash': gen_cash, 'jewelry': gen_jewelry,
       'electronics': gen_electronics, 'other': gen_other}


def make_obj(cat, per, force=None):
    return GEN[cat](per, dict(force or {}))


# ---------------------------------------------------------------------------------------------
# time words

def day_word(dt, voice=''):
    m, d = dt.month, dt.day
    if voice == 'en':
        return f'on {["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m]} {d}'
    if voice == 'py':
        return f'{m} yue {d} hao'
    opts = [f'{m}月{d}日', f'{m}月{d}号', f'{m}月{d}日']
    if m == 10 and d == 6:
        opts += ['中秋节', '中秋那天', '10月6日（中秋）', '中秋节当天']
    elif m == 10 and 1 <= d <= 8:
        opts += [f'国庆第{CN[d]}天', f'{d}号']
        if d == 1:
            opts += ['国庆节当天', '十一当天']
    return pick(opts)


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


def clock_word(dt, voice='', approx=True):
    h, mi = dt.hour, dt.minute
    if voice == 'en':
        hh = h % 12 or 12
        return f'around {hh}{"am" if h < 12 else "pm"}' if approx else f'{hh}:{mi:02d}{"am" if h < 12 else "pm"}'
    if voice == 'py':
        return f'{["lingchen", "zaoshang", "shangwu", "zhongwu", "xiawu", "wanshang"][["凌晨", "早上", "上午", "中午", "下午", "晚上"].index(period(h))]} {h % 12 or 12} dian'
    if voice == 'digits' or (not approx):
        return f'{h:02d}:{mi:02d}'
    hh = h % 12 or 12
    hw = CN[hh] if chance(0.4) else str(hh)
    per = period(h) if h else '半夜'
    if mi < 10:
        return f'{per}{hw}点' + pick(['', '左右', '钟'])
    if mi < 25:
        return f'{per}{hw}点多'
    if mi < 40:
        return f'{per}{hw}点半' + pick(['', '左右'])
    return f'{per}{hw}点多' if mi < 50 else f'{per}快{(hh % 12) + 1}点'


def window_words(fm, tm, voice=''):
    a, b = at(fm), at(tm)
    if voice == 'en':
        if fm - tm <= 60:
            return f'{day_word(a, "en")}, {clock_word(a, "en")}'
        if a.date() == b.date():
            return f'{day_word(a, "en")} between {clock_word(a, "en", False)} and {clock_word(b, "en", False)}'
        return f'between {clock_word(a, "en", False)} {day_word(a, "en")} and {clock_word(b, "en", False)} {day_word(b, "en")}'
    if voice == 'py':
        return f'{day_word(a, "py")} {clock_word(a, "py")}'
    if fm - tm <= 40:
        return f'{day_word(a)}{clock_word(a)}'
    if a.date() == b.date():
        return f'{day_word(a)}{clock_word(a)}到{clock_word(b)}' + pick(['之间', '', '这段时间'])
    if fm - tm > 2 * 1440:
        return f'{day_word(a)}到{day_word(b)}这几天'
    return f'{day_word(a)}{clock_word(a)}到{day_word(b)}{clock_word(b)}'


# ---------------------------------------------------------------------------------------------
# typos and dialect

TYPOS = [('身份证', '身分证'), ('钥匙', '钥是'), ('钱包', '前包'), ('码头', '马头'), ('背包', '被包'), ('已经', '以经'),
         ('捡到', '减到'), ('手机', '手几'), ('联系', '联糸'), ('在', '再'), ('的', '得'), ('黑色', '黑涩'), ('帮忙', '帮帮忙'),
         ('耳机', '耳几'), ('电动车', '电动串'), ('谢谢', '谢射')]
DIALECT = [('钥匙', '锁匙'), ('丢了', '落脱了'), ('弄丢了', '搞落脱了'), ('晚上', '夜里'), ('不知道', '不晓得'), ('孩子', '伢'),
           ('什么', '么子'), ('家里', '屋里'), ('没有', '冇得'), ('很', '蛮'), ('今天', '今朝'), ('找不到', '寻不到')]


def typo(s, n=1):
    cands = [t for t in TYPOS if t[0] in s]
    for a, b in sample(cands, n):
        i = s.find(a)
        s = s[:i] + b + s[i + len(a):]
    return s


def dialect(s):
    for a, b in DIALECT:
        if a in s and chance(0.7):
            s = s.replace(a, b)
    return s


# ---------------------------------------------------------------------------------------------
# phrase builders

def item_phrase(obj, side, voice, use_c, use_b, use_m, color=None):
    nouns = obj['nouns_o'] if side == 'o' else obj['nouns_f']
    noun = pick(nouns)
    c = color or obj['color']
    if voice == 'en':
        parts = []
        if use_c and c:
            parts.append(COLORS[c][3])
        if use_b and obj['brand']:
            parts.append(brand_word(obj['brand'], side, 'en', obj['cat']))
        if use_m and obj['model'] and obj['brand'] != 'apple':
            parts.append(obj['model'])
        elif use_m and obj['model']:
            parts = [p for p in parts if p != 'iPhone'] + [obj['model']]
        if not (obj['brand'] == 'apple' and obj['cat'] == 'phone' and (use_b or use_m)):
            parts.append(obj['en'])
        return ' '.join(parts)
    if voice == 'py':
        parts = []
        if use_c and c:
            parts.append(COLORS[c][4] + ' de')
        if use_b and obj['brand']:
            parts.append(BRANDS[obj['brand']][3])
        parts.append(obj['py'])
        return ' '.join(parts)
    if obj['cat'] in ('id_doc', 'cash') and voice not in ('en', 'py'):
        use_c = False
    cw = color_word(c, side) if (use_c and c) else ''
    bw = brand_word(obj['brand'], side, voice, obj['cat']) if (use_b and obj['brand']) else ''
    mw = model_word(obj['model'], side) if (use_m and obj['model']) else ''
    if bw and mw and (mw.lower().startswith(bw.lower()) or bw in ('iPhone',) and mw.startswith('iPhone')):
        bw = ''
    form = ri(0, 3)
    if bw and noun.startswith(bw):
        bw = ''
    if cw.endswith('的'):
        cw = cw[:-1] + '色' if not cw[:-1].endswith('色') else cw[:-1]
    if form == 0 or not (cw or bw or mw):
        s = f'{cw}{"的" if cw and chance(0.3) else ""}{bw}{(" " + mw + " ") if mw else ""}{noun}'
    elif form == 1:
        inner = '，'.join(x for x in [cw, mw] if x)
        s = f'{bw}{noun}' + (f'（{inner}）' if inner else '')
    elif form == 2:
        s = f'{cw}{bw}{noun}' + (f'（型号{mw}）' if mw else '')
    else:
        s = f'{bw}{(" " + mw + " ") if mw else ""}{noun}' + (f'（{cw}）' if cw else '')
    return s.replace('  ', ' ').replace(' （', '（').strip()


def fact_phr(f, side):
    lst = f['o'] if side == 'o' else f['f']
    return pick(lst) if lst else ''


def join_cn(parts):
    parts = [p for p in parts if p]
    return '，'.join(parts)


def clamp(s, n):
    return s if len(s) <= n else s[:n]


# ---------------------------------------------------------------------------------------------
# personas (lost side)

PERSONA_BY_CAT = {
    'phone': [('elderly', 2), ('parent', 1), ('student', 2), ('tourist', 4), ('shop', 1), ('rider', 1), ('resident', 3)],
    'id_doc': [('elderly', 3), ('parent', 2), ('student', 2), ('tourist', 4), ('resident', 3), ('rider', 1)],
    'wallet': [('elderly', 3), ('tourist', 3), ('resident', 3), ('shop', 1), ('student', 1)],
    'keys': [('elderly', 3), ('resident', 3), ('shop', 2), ('rider', 1), ('student', 1)],
    'ebike': [('rider', 4), ('resident', 3), ('shop', 2), ('parent', 1)],
    'bicycle': [('student', 3), ('parent', 2), ('elderly', 2), ('resident', 2)],
    'bag': [('student', 3), ('tourist', 4), ('parent', 2), ('resident', 2), ('elderly', 1)],
    'cash': [('elderly', 4), ('shop', 3), ('tourist', 1), ('resident', 2)],
    'jewelry': [('elderly', 3), ('parent', 2), ('tourist', 2), ('resident', 2)],
    'electronics': [('student', 3), ('tourist', 3), ('parent', 2), ('elderly', 1), ('resident', 2)],
    'other': [('elderly', 3), ('parent', 3), ('tourist', 2), ('rider', 1), ('resident', 1)],
}
PLACES_BY_PER = {
    'elderly': ['lane_cm', 'lane_sj', 'lane_yf', 'lane_tj', 'dzy', 'market', 'square', 'tcm_h', 'temple', 'jiangbin', 'bus', 'ferry_s', 'lj_mid'],
    'parent': ['child_h', 'school_p', 'lj_mid', 'ym_stall', 'jiangbin', 'square', 'm_gulou', 'cruise', 'supermkt', 'tower'],
    'student': ['school_m', 'm_gulou', 'm_wenmiao', 'lj_mid', 'ym_bbq', 'bikes', 'tower', 'jiangbin', 'supermkt'],
    'tourist': ['lj_east', 'lj_mid', 'lj_west', 'temple', 'gaodian', 'ym_bbq', 'ym_stall', 'ferry_s', 'cruise', 'jiangbin',
                'tower', 'inn', 'hostel', 'm_nanmen', 'bikes', 'ferry_n'],
    'shop': ['lj_mid', 'gaodian', 'market', 'ym_bbq', 'lane_tj', 'lane_cm', 'bus', 'supermkt'],
    'rider': ['lj_west', 'ym_bbq', 'lane_yf', 'lane_sj', 'child_h', 'm_nanmen', 'market', 'school_m', 'tcm_h'],
    'resident': [k for k in OLD],
}
NO_WHEELS = {'cruise', 'm_gulou', 'm_nanmen', 'm_wenmiao', 'inn', 'hostel', 'tower', 'temple', 'ferry_n'}
HOURS = {'market': (17, 23), 'cruise': (10, 22), 'school': (7, 18), 'hospital': (8, 20), 'pier': (6, 21), 'snack': (10, 23),
         'metro': (6, 23), 'inn': (7, 23), 'lane': (6, 22), 'park': (6, 23), 'scenic': (8, 21), 'shop': (8, 22), 'street': (8, 23),
         'bus': (6, 22), 'bikes': (7, 23)}

TOURIST_INNS = ['望江客栈', '半边街青旅', '江州饭店', '老街边上的民宿', '码头附近的酒店']
SHOPS = ['臭豆腐摊', '糖画摊', '凉粉店', '杂货铺', '五金店', '修车铺', '理发店', '早餐店', '水果店', '茶叶店']


def pick_place(cat, per):
    pool = PLACES_BY_PER[per]
    if cat in ('ebike', 'bicycle'):
        pool = [p for p in pool if p not in NO_WHEELS] or ['lane_cm', 'market']
    return pick(pool)


def loss_time(kind):
    """Return (true minute of loss, lost_from_min, lost_to_min)."""
    r = R.random()
    if r < 0.72:
        day = ri(0, 11)
    elif r < 0.92:
        day = ri(12, 35)
    else:
        day = ri(36, 110)
    lo, hi = HOURS.get(kind, (8, 22))
    h = ri(lo, hi - 1) if hi > lo else lo
    dt = (NOW - datetime.timedelta(days=day)).replace(hour=h, minute=ri(0, 59))
    if dt >= NOW - datetime.timedelta(minutes=30):
        dt = NOW - datetime.timedelta(minutes=ri(60, 300))
    t = int((NOW - dt).total_seconds() // 60)
    w = wpick([('exact', 30), ('hours', 40), ('night', 17), ('days', 8), ('vague', 5)])
    if w == 'exact':
        span = ri(5, 40)
    elif w == 'hours':
        span = ri(60, 360)
    elif w == 'night':
        span = ri(480, 1000)
    elif w == 'days':
        span = ri(1440, 4320)
    else:
        span = ri(600, 2880)
    before = ri(0, span)
    start = at(t + before)
    if span < 480 and start.hour < 6:
        six = start.replace(hour=6, minute=0)
        before = max(0, before - int((six - start).total_seconds() // 60))
    elif start.hour < 6:
        eve = (start - datetime.timedelta(days=1)).replace(hour=22, minute=0)
        before += int((start - eve).total_seconds() // 60)
    fm = min(MAXMIN, t + before)
    tm = max(0, t - (span - before))
    fm = fm - fm % 5 if fm - tm > 30 else fm
    tm = tm + (5 - tm % 5) % 5 if fm - tm > 30 else tm
    tm = min(tm, t)
    fm = max(fm, t)
    return t, fm, tm


def daytime(fa):
    dt = at(fa)
    if dt.hour < 6:
        nd = dt.replace(hour=ri(6, 8), minute=ri(0, 59))
        m = int((NOW - nd).total_seconds() // 60)
        if m >= 0:
            return m
    return fa


def found_delay(t, cat):
    if cat in ('ebike', 'bicycle'):
        d = wpick([(ri(60, 600), 2), (ri(600, 4320), 4), (ri(4320, 20000), 3)])
    else:
        d = wpick([(ri(3, 120), 40), (ri(120, 720), 30), (ri(720, 4320), 20), (ri(4320, 20000), 10)])
    return max(0, t - d) if t - d >= 0 else ri(0, max(0, t - 1))


# ---------------------------------------------------------------------------------------------
# writing a lost report

def fields_common(rec, obj, side, fill, voice, facts_for_marks, serial_pick, color_key):
    """Fill optional structured fields."""
    if fill == 'bare':
        p = {'color': 0.15, 'brand': 0.1, 'model': 0.0, 'serial': 0.25, 'marks': 0.05}
    elif fill == 'some':
        p = {'color': 0.6, 'brand': 0.55, 'model': 0.2, 'serial': 0.7, 'marks': 0.35}
    else:
        p = {'color': 0.95, 'brand': 0.9, 'model': 0.7, 'serial': 0.95, 'marks': 0.85}
    if color_key and chance(p['color']):
        rec['color'] = COLORS[color_key][3] if voice == 'en' and chance(0.6) else color_word(color_key, side)
    if obj['brand'] and chance(p['brand']):
        rec['brand'] = brand_word(obj['brand'], side, 'en' if voice in ('en', 'py') and chance(0.6) else ('typo' if voice == 'typo' else ''), obj['cat'])
    if obj['model'] and chance(p['model']):
        rec['model'] = model_word(obj['model'], side)
    if serial_pick and chance(p['serial']):
        rec['serial'] = serial_text(serial_pick, side)
    if facts_for_marks and chance(p['marks']):
        rec['marks'] = clamp('；'.join(facts_for_marks), 500)


def home_of(pp=None):
    return f'{pick(LANES)}{ri(1, 60)}号'


def write_lost(L):
    obj, per = L['obj'], L['persona']
    lp = L['place']
    fm, tm = L['from'], L['to']
    key = L['key']
    if per == 'tourist':
        voice = wpick([('zh', 7), ('en', 2), ('py', 1), ('clerk', 3), ('hurried', 1)])
    else:
        voice = wpick([('own', 6), ('clerk', 3), ('hurried', 1.3)])
    if L.get('rich') and voice == 'hurried':
        voice = 'own' if per != 'tourist' else 'zh'
    fill = wpick([('full', 2), ('some', 4), ('bare', 2)])
    if voice == 'hurried':
        fill = wpick([('bare', 3), ('some', 1)])
    rec = {'key': key, 'category': obj['cat']}
    ofacts = [f for f in obj['facts'] if f['vis'] in ('both', 'owner') and f['o']]
    must = [f for f in L.get('must', []) if f in ofacts]
    rest = [f for f in ofacts if f not in must]
    k = {'hurried': ri(0, 1), 'clerk': ri(1, 3)}.get(voice, ri(1, 4))
    if L.get('rich'):
        strong = [f for f in rest if f['tag'] in ('strong', 'brand', 'amount', 'weight')]
        must += sample(strong, 1)
        rest = [f for f in rest if f not in must]
        k = max(k, 2)
    chosen = must + sample(rest, max(0, k - len(must)))
    R.shuffle(chosen)
    phr = [fact_phr(f, 'o') for f in chosen]
    # serial the owner knows
    sers = [s for s in obj['serials'] if s['o']]
    spick = L.get('serial') if L.get('serial') in sers else (pick(sers) if sers else None)
    # colour the owner names: sometimes the case colour
    ckey = obj['color']
    if obj.get('case_color') and chance(0.06):
        ckey = obj['case_color']
    use_c = ckey is not None and chance(0.85)
    use_b = obj['brand'] is not None and chance(0.75 if not L.get('rich') else 0.95)
    use_m = obj['model'] is not None and chance(0.35)
    marks_in_field = []
    body_phr = list(phr)
    if phr and fill != 'bare' and chance(0.5):
        n = ri(1, len(phr))
        marks_in_field = phr[:n]
        if chance(0.5):
            body_phr = phr[n:]
    fields_common(rec, obj, 'o', fill, 'en' if voice in ('en', 'py') else ('typo' if voice == 'hurried' else ''),
                  marks_in_field, spick, ckey)
    ser_in_body = ''
    if spick and ('serial' not in rec or chance(0.35)) and voice != 'hurried' and spick['value'][-4:] not in ''.join(phr):
        ser_in_body = serial_body(spick, 'o')
    # place words
    pl = pname(lp)
    act = choose_act(lp, at(L['true_min']), per)
    place2 = L.get('place2')
    if place2:
        where = pick([f'从{pl}到{pname(place2)}的路上', f'{pl}或者{pname(place2)}', f'{pl}、{pname(place2)}一带'])
    else:
        where = pl
    when = window_words(fm, tm)
    item = item_phrase(obj, 'o', '' if voice not in ('hurried',) else 'typo', use_c, use_b, use_m, ckey)
    dets = join_cn(body_phr)
    unit = obj['unit']
    if voice == 'en':
        en_item = item_phrase(obj, 'o', 'en', use_c, use_b, use_m, ckey)
        prov = L['prov']
        body = pick([f'Hi, I am a tourist from {prov[2]}. I lost my {en_item} {window_words(fm, tm, "en")} at {PLACES[lp]["py"]} ({pl}). ',
                     f'Lost: {en_item}. Where: {pl} / {PLACES[lp]["py"]}. When: {window_words(fm, tm, "en")}. '])
        if dets:
            body += f'{dets}。'
        if ser_in_body:
            body += ser_in_body + '。'
        body += pick([f'我住在{pick(TOURIST_INNS)}，please call me, 谢谢！', 'Please contact me if found. 谢谢！', f'We leave on Oct {ri(9, 12)}, 麻烦尽快联系。'])
    elif voice == 'py':
        body = f'wo de {item_phrase(obj, "o", "py", use_c, use_b, False, ckey)} diu le, {window_words(fm, tm, "py")} zai {PLACES[lp]["py"]}（{pl}）. '
        if dets:
            body += f'{dets}。'
        body += pick(['xie xie!', '麻烦帮忙 xiexie', 'qing lianxi wo, 谢谢'])
    elif voice == 'clerk':
        sur = L['owner']['sur']
        title = {'elderly': pick(['老人', '阿婆', '大爷']), 'student': '同学', 'tourist': pick(['女士', '先生'])}.get(per, pick(['女士', '先生']))
        who = {'elderly': f'{ri(66, 86)}岁，住{home_of()}', 'parent': '为其孩子报失', 'student': '鼓楼中学学生',
               'tourist': f'{L["prov"][0]}游客', 'shop': f'老街{pick(SHOPS)}店主', 'rider': '外卖骑手', 'resident': '老城区居民'}[per]
        body = f'报失人{sur}{title}（{who}）称，其于{when}在{where}{pick(["", act + "时"])}遗失{item}一{unit}'
        body += f'，{dets}' if dets else ''
        body += '。' + (ser_in_body + '。' if ser_in_body else '')
        body += pick(['请协助查找。', '已告知如有消息电话通知。', '', '报失人留电话' + masked_mobile() + '。'])
    elif voice == 'hurried':
        body = pick([f'{day_word(at(fm))}在{where}丢了{item}', f'{where}丢{item}一{unit}', f'{item}丢了，{where}，{day_word(at(fm))}'])
        if dets:
            body += '，' + dets
        body = typo(body, ri(0, 2)) if chance(0.6) else body
    else:   # own voice, by persona
        if per == 'elderly':
            body = pick([f'我是{home_of()}的，{when}在{where}{act}，{item}弄丢了',
                         f'{when}我在{where}{act}，回来一摸{item}不见了',
                         f'我屋在{pick(LANES)}，{when}去{where}{act}，{item}丢了'])
            body += f'，{dets}。' if dets else '。'
            body += (ser_in_body + '。' if ser_in_body else '')
            body += pick(['麻烦你们帮我找一下。', '哪个好心人捡到了请交到派出所，我谢谢他。', '急得我一夜没睡着。', '这个对我很重要，千万帮帮忙。', ''])
            if chance(0.75):
                body = dialect(body)
        elif per == 'parent':
            kid = pick(['孩子', '儿子', '女儿', '小孩'])
            body = pick([f'{kid}{when}在{where}{act}，把{item}弄丢了', f'{when}带{kid}在{where}{act}，{item}不见了',
                         f'帮{kid}报失：{item}，{when}，{where}'])
            body += f'，{dets}。' if dets else '。'
            body += (ser_in_body + '。' if ser_in_body else '')
            body += pick([f'{kid}一直在哭，麻烦了。', '有消息请联系我。', '谢谢民警同志！', ''])
        elif per == 'student':
            nm = L['owner']['name']
            body = pick([f'本人{nm}，{pick(["鼓楼中学", "鼓中"])}学生，{when}在{where}丢失{item}一{unit}',
                         f'{when}{where}丢了{item}！！', f'同学们好，我{when}在{where}{act}的时候把{item}弄丢了'])
            body += f'，{dets}。' if dets else '。'
            body += (ser_in_body + '。' if ser_in_body else '')
            body += pick(['望拾到者交还，万分感谢！', '捡到的好心人请联系我～', '急！！', ''])
        elif per == 'tourist':
            prov = L['prov'][0]
            body = pick([f'我们从{prov}过来玩，{when}在{where}{act}，{item}不见了', f'外地游客（{prov}），{when}在{where}遗失{item}一{unit}',
                         f'{when}在{where}{act}的时候{item}丢了，我们是{prov}来旅游的'])
            body += f'，{dets}。' if dets else '。'
            body += (ser_in_body + '。' if ser_in_body else '')
            body += pick([f'住在{pick(TOURIST_INNS)}，{ri(1, 4)}天后就走了，麻烦尽快。', '有消息请电话联系，谢谢！', ''])
        elif per == 'shop':
            body = pick([f'我在老街开{pick(SHOPS)}的，{when}在{where}{act}，{item}搞不见了', f'{when}收摊的时候发现{item}不在了，应该是掉在{where}了'])
            body += f'，{dets}。' if dets else '。'
            body += (ser_in_body + '。' if ser_in_body else '')
        elif per == 'rider':
            body = pick([f'外卖骑手，{when}在{where}送餐，{item}丢了', f'我是送外卖的，{when}在{where}{"车被人骑走了" if obj["cat"] == "ebike" else "掉了" + item}'])
            if obj['cat'] == 'ebike' and '骑走' in body:
                body += f'，{item}'
            body += f'，{dets}。' if dets else '。'
            body += (ser_in_body + '。' if ser_in_body else '')
            body += pick(['这是吃饭的家伙，麻烦帮忙找找。', '急用，谢谢。', ''])
        else:
            body = pick([f'{when}在{where}{act}时丢失{item}一{unit}', f'本人{when}于{where}遗失{item}',
                         f'{when}，{where}，{item}丢了'])
            body += f'，{dets}。' if dets else '。'
            body += (ser_in_body + '。' if ser_in_body else '')
    rec['body'] = clamp(body.replace('，，', '，').replace('。。', '。'), 600)
    # address and coordinates
    pa = {'full': 0.95, 'some': 0.7, 'bare': 0.3}[fill]
    if L.get('home_as_address') and chance(0.8):
        rec['address'] = '住' + home_of()
    elif chance(pa):
        rec['address'] = clamp(where if place2 else pick([pl, pl + '附近', pl + pick(['一带', '', ''])]), 60)
        if chance(0.75 if fill != 'bare' else 0.3):
            rec['lat'], rec['lon'] = latlon(lp, 120 if place2 else 70)
    rec['lost_from_min'] = fm
    rec['lost_to_min'] = tm
    rec['truth'] = L.get('truth')
    return order(rec)


FIELD_ORDER = ['key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon',
               'lost_from_min', 'lost_to_min', 'found_at_min', 'truth', 'negative']


def order(rec):
    return {k: rec[k] for k in FIELD_ORDER if k in rec}


# ---------------------------------------------------------------------------------------------
# writing a found registration

FINDER_STYLES = {
    'street': ['terse', 'formal', 'citizen', 'cleaner', 'shop', 'patrol', 'colleague'],
    'snack': ['terse', 'formal', 'citizen', 'shop', 'cleaner'],
    'scenic': ['terse', 'formal', 'citizen', 'staff', 'patrol'],
    'shop': ['shop', 'terse', 'formal'],
    'market': ['stall', 'terse', 'formal', 'citizen', 'cleaner'],
    'pier': ['crew', 'terse', 'formal', 'colleague', 'citizen'],
    'cruise': ['crew', 'terse', 'formal'],
    'park': ['citizen', 'terse', 'formal', 'cleaner', 'patrol'],
    'hospital': ['security', 'terse', 'formal'],
    'school': ['guard', 'terse', 'formal'],
    'lane': ['neighbor', 'cleaner', 'terse', 'formal'],
    'metro': ['metro', 'terse', 'formal', 'colleague'],
    'bus': ['driver', 'terse', 'citizen'],
    'inn': ['inn', 'terse', 'formal'],
    'bikes': ['citizen', 'terse', 'cleaner', 'bikeop'],
    'post': ['terse', 'formal', 'citizen'],
    'far': ['colleague', 'terse', 'formal', 'citizen'],
}
STATIONS_OLD = ['老街警务站', '南门派出所', '轮渡码头警务室', '地铁公安鼓楼站警务室']
STATIONS_FAR = {'f_hsr': '江州东站派出所', 'f_jiangbei': '江北新区派出所', 'f_devzone': '经开区派出所', 'f_univ': '大学城派出所',
                'f_binjiang': '地铁公安滨江新城站警务室', 'f_coach': '客运站警务室', 'f_mall': '城南派出所', 'f_gym': '开发区派出所'}
SHOP_AT = {'lj_mid': ['老街臭豆腐摊', '王记糖画', '李嫂凉粉'], 'gaodian': ['陈记桂花糕铺'], 'lj_east': ['老街口奶茶店', '江州记忆文创店'],
           'lj_west': ['西口副食店', '老街西口烧饼铺'], 'supermkt': ['惠民超市'], 'temple': ['城隍庙香烛店']}


def finder_name():
    sur = pick(SURN)
    return sur, pick([f'{sur}师傅', f'{sur}女士', f'{sur}先生', f'市民{sur}某', f'{sur}阿姨', f'{sur}大爷'])


def write_found(G):
    obj = G['obj']
    fp = G['place']
    fa = G['found_at']
    spot = pick(PLACES[fp]['spots']) if fp else ''
    kindp = PLACES[fp]['kind'] if fp else 'post'
    styles = list(FINDER_STYLES[kindp])
    if obj['cat'] in ('ebike', 'bicycle'):
        styles = ['patrol', 'terse', 'formal', 'colleague', 'neighbor'] if kindp != 'far' else ['colleague', 'terse', 'formal']
    style = G.get('style') or pick(styles)
    fill = wpick([('full', 3), ('some', 4), ('bare', 2)])
    if style == 'terse':
        fill = wpick([('bare', 2), ('some', 2), ('full', 1)])
    if style == 'formal':
        fill = wpick([('full', 3), ('some', 2)])
    rec = {'key': G['key'], 'category': obj['cat_f']}
    ffacts = [f for f in obj['facts'] if f['vis'] in ('both', 'finder') and f['f']]
    must = [f for f in G.get('must', []) if f in ffacts]
    rest = [f for f in ffacts if f not in must]
    k = {'terse': ri(0, 2), 'formal': ri(2, 4)}.get(style, ri(1, 3))
    if G.get('rich'):
        strong = [f for f in rest if f['tag'] in ('strong', 'brand', 'amount', 'weight')]
        must += sample(strong, 1)
        rest = [f for f in rest if f not in must]
        k = max(k, 2)
    chosen = must + sample(rest, max(0, k - len(must)))
    R.shuffle(chosen)
    phr = [fact_phr(f, 'f') for f in chosen]
    sers = [s for s in obj['serials'] if s['f']]
    spick = G.get('serial') if G.get('serial') in sers else (pick(sers) if sers else None)
    ckey = obj['color']
    if ckey and G.get('confuse') and ckey in CONFUSE:
        ckey = CONFUSE[ckey]
    use_c = ckey is not None and chance(0.85)
    use_b = obj['brand'] is not None and chance(0.7)
    use_m = obj['model'] is not None and chance(0.25)
    marks_in_field = []
    body_phr = list(phr)
    if phr and fill != 'bare' and chance(0.5):
        n = ri(1, len(phr))
        marks_in_field = phr[:n]
        if chance(0.4):
            body_phr = phr[n:]
    fields_common(rec, obj, 'f', fill, 'typo' if style == 'terse' and chance(0.2) else '', marks_in_field, spick, ckey)
    ser_in_body = ''
    if spick and ('serial' not in rec or chance(0.3)) and spick['value'][-4:] not in ''.join(phr):
        ser_in_body = serial_body(spick, 'f')
    if G.get('show_brand') and obj['brand']:
        use_b = True
        if 'brand' not in rec and chance(0.6):
            rec['brand'] = brand_word(obj['brand'], 'f', '', obj['cat'])
    item = item_phrase(obj, 'f', '', use_c, use_b, use_m, ckey)
    dets = join_cn(body_phr + ([ser_in_body] if ser_in_body else []))
    unit = obj['unit']
    pl = pname(fp) if fp else ''
    where = join_place(pl, spot) if fp and chance(0.6) else pl
    dt = at(fa)
    when = f'{day_word(dt)}{clock_word(dt)}' if chance(0.6) else f'{dt.month}月{dt.day}日 {clock_word(dt, "digits")}'
    sur, fname = finder_name()
    noun = pick(obj['nouns_f'])
    if style == 'terse':
        if where:
            body = pick([f'{where}拾得{item}一{unit}', f'{item}，{where}捡到', f'拾{item}1{unit}，地点：{where}',
                         f'{when} {where} {item}', f'{item}一{unit}（{where}）'])
        else:
            body = pick([f'群众送交{item}一{unit}，地点未说明', f'{item}一{unit}，有人放在所门口', f'{when} 收{item}1{unit}'])
        body += f'。{dets}。' if dets else '。'
        if chance(0.25):
            body = typo(body, 1)
    elif style == 'formal':
        bm = ' '.join(x for x in [brand_word(obj['brand'], 'f', '', obj['cat']) if obj['brand'] else '', obj['model'] if (obj['model'] and chance(0.5)) else ''] if x) or '不详'
        lines = [pick(['【拾遗物登记】', '拾得物品登记', '【拾得物】']),
                 f'物品名称：{noun}',
                 f'颜色：{color_word(ckey, "f") if ckey else "—"}',
                 f'品牌型号：{bm}',
                 f'数量：1{unit}',
                 f'特征：{dets or "；".join(marks_in_field) or "无明显特征"}',
                 f'拾得时间：{dt.month}月{dt.day}日{dt.hour:02d}时{dt.minute:02d}分' if chance(0.7) else f'拾得时间：{when}',
                 f'拾得地点：{where or "不详（群众送交）"}',
                 f'拾得人：{fname}' + pick(['', '（已留电话）', '（不愿留姓名）']),
                 pick(['处置：暂存阳光坐席', '处置：已登记入库', '备注：待认领', '备注：已核对物品完整'])]
        body = '\n'.join(lines)
    elif style == 'colleague':
        st = STATIONS_FAR.get(fp) if fp in STATIONS_FAR else pick(STATIONS_OLD)
        body = f'（{st}转来）{dt.month}月{dt.day}日{dt.hour}时{dt.minute:02d}分许，{fname}在{where}拾得{item}'
        body += f'，{dets}。' if dets else '。'
        body += pick(['已移交我所阳光坐席。', '原件随附转交。', '请核对后登记。', ''])
    elif style == 'citizen':
        body = pick([f'我{when}在{pl}{choose_act(fp, dt, "finder") if fp else ""}，看到{spot}有个{noun}，等了一会儿没人来找，就送过来了',
                     f'市民{sur}某送交：{when}在{where}捡到{item}', f'{fname}交来{item}，称{day_word(dt)}在{where}拾得'])
        body += f'。{dets}。' if dets else '。'
    elif style == 'cleaner':
        body = f'环卫工{sur}师傅{day_word(dt)}{pick(["早上", "清早", "上午", "下午"])}在{where}清扫时捡到{item}'
        body += f'，{dets}。' if dets else '。'
    elif style == 'shop':
        sh = pick(SHOP_AT.get(fp, ['路边小店']))
        body = f'{sh}{pick(["老板娘", "老板", "店员"])}交来：{day_word(dt)}有客人落在{pick(["店里", "门口桌上", "柜台上"])}的{item}'
        body += f'，{dets}' if dets else ''
        body += '，一直没人回来拿。'
    elif style == 'patrol':
        body = f'巡逻民警{when}在{where}发现{item}'
        body += f'，{dets}' if dets else ''
        body += pick(['，周边询问无果，带回所里。', '，现场无人认领。', '。'])
    elif style == 'staff':
        body = f'{pick(["望江楼景区工作人员", "城隍庙管理员", "景区保安"])}交来：{when}在{where}捡到{item}'
        body += f'，{dets}。' if dets else '。'
    elif style == 'stall':
        body = f'夜市管理处交来：{day_word(dt)}晚上{pick(["烧烤摊主", "卖凉虾的摊主", "套圈摊老板"])}在{spot or pl}捡到{item}'
        body += f'，{dets}。' if dets else '。'
    elif style == 'crew':
        boat = {'cruise': pick(['锦屏号游船', '江月号游船']), 'ferry_s': '江州渡3号轮渡', 'ferry_n': '江州渡5号轮渡'}.get(fp, '轮渡')
        body = f'{boat}{pick(["乘务员", "船员", "清舱人员"])}在{spot or pl}发现{item}'
        body += f'，{dets}' if dets else ''
        body += f'，{day_word(dt)}移交。' if chance(0.5) else '。'
    elif style == 'security':
        body = f'{pl}保卫科送来：{when}在{spot}拾得{item}'
        body += f'，{dets}' if dets else ''
        body += pick(['，广播寻找无人认领。', '。', '，已在门诊广播三次。'])
    elif style == 'guard':
        body = f'{pl}门卫交来：{day_word(dt)}{pick(["放学后", "早上", "傍晚"])}在{spot}捡到{item}'
        body += f'，{dets}。' if dets else '。'
    elif style == 'neighbor':
        body = f'{pl}的{sur}{pick(["阿姨", "婆婆", "大爷", "嫂子"])}在{spot or "巷子里"}捡的{item}'
        body += f'，{dets}' if dets else ''
        body += pick(['，说问了几家都不是。', '，送过来了。', '。'])
    elif style == 'metro':
        body = f'地铁2号线{pl.replace("地铁", "").replace("2号线", "")}客服中心移交：{when}站务员在{spot}发现乘客遗留{item}'
        body += f'，{dets}。' if dets else '。'
    elif style == 'driver':
        body = f'12路公交驾驶员{sur}师傅交来：{day_word(dt)}在车上捡到{item}（车过{pl}）'
        body += f'，{dets}。' if dets else '。'
    elif style == 'inn':
        body = f'{pl}前台交来：{day_word(dt)}在{spot}发现{item}，不是住客的'
        body += f'，{dets}。' if dets else '。'
    else:   # bikeop
        body = f'共享单车运维人员在{where}清理车辆时发现{item}'
        body += f'，{dets}。' if dets else '。'
    rec['body'] = clamp(body.replace('，，', '，').replace('。。', '。').replace('，。', '。'), 600)
    pa = {'full': 0.98, 'some': 0.85, 'bare': 0.6}[fill]
    if fp and chance(pa):
        rec['address'] = clamp(where if chance(0.7) else pl, 60)
        if chance({'full': 0.85, 'some': 0.7, 'bare': 0.4}[fill]):
            rec['lat'], rec['lon'] = latlon(fp, 40)
    elif G.get('handover') and chance(0.5):
        rec['address'] = '老街警务站（群众送交）'
        rec['lat'], rec['lon'] = latlon('post', 10)
    rec['found_at_min'] = fa
    if G.get('negative'):
        rec['negative'] = G['negative']
    return order(rec)


def found_place_for(lp, cat):
    r = R.random()
    if cat in ('ebike', 'bicycle'):
        if r < 0.25:
            return lp, False
        cand = [k for k in near(lp, 200, 2000) if k not in NO_WHEELS]
        return (pick(cand) if cand else lp), False
    kind = PLACES[lp]['kind']
    if r < 0.45:
        return lp, False
    if r < 0.75:
        cand = near(lp, 80, 700)
        return (pick(cand) if cand else lp), False
    if r < 0.88:
        if kind == 'metro':
            return pick([k for k in ['m_gulou', 'm_nanmen', 'm_wenmiao', 'f_binjiang'] if k != lp]), False
        if lp == 'ferry_s':
            return 'ferry_n', False
        if lp == 'ferry_n':
            return 'ferry_s', False
        if kind == 'bus':
            return 'f_coach', False
        cand = near(lp, 300, 1500)
        return (pick(cand) if cand else lp), False
    if r < 0.95:
        return 'post', True
    return None, True


# ---------------------------------------------------------------------------------------------
# the plan

LOST_PLAN = [('phone', 55, 15), ('id_doc', 46, 9), ('wallet', 38, 12), ('keys', 30, 10), ('ebike', 12, 8),
             ('bicycle', 13, 7), ('bag', 35, 10), ('cash', 8, 7), ('jewelry', 14, 6), ('electronics', 30, 10), ('other', 19, 6)]
ORDINARY_PLAN = [('other', 18), ('id_doc', 8), ('keys', 6), ('electronics', 6), ('bag', 5), ('wallet', 4), ('phone', 4),
                 ('jewelry', 3), ('cash', 2), ('bicycle', 2), ('ebike', 2)]
# a few objects that the two sides file under different categories
CROSS = [('phone', {'kind': 'kidwatch'}, 'electronics', 'parent'),
         ('id_doc', {'kind': '身份证'}, 'wallet', 'resident'),
         ('bag', {'kind': '电脑包'}, 'electronics', 'resident'),
         ('keys', {'kind': 'car'}, 'other', 'resident')]

NEG_KINDS = ['same_category_colour', 'found_before_loss', 'same_brand_elsewhere']


def main():
    slots = []
    for cat, nt, nf in LOST_PLAN:
        slots += [(cat, True)] * nt + [(cat, False)] * nf
    R.shuffle(slots)
    lost = []      # lost contexts
    found = []     # found contexts
    cross_left = list(CROSS)
    for cat, has in slots:
        force = {}
        per = wpick(PERSONA_BY_CAT[cat])
        cross_to = None
        for c in cross_left:
            if c[0] == cat and has:
                force = dict(c[1])
                cross_to = c[2]
                per = c[3] if c[3] != 'resident' else per
                if c[0] == 'phone':
                    per = 'parent'
                cross_left.remove(c)
                break
        obj = make_obj(cat, per, force)
        if cross_to:
            obj['cat_f'] = cross_to
            if cross_to == 'wallet':
                obj['nouns_f'] = ['卡包（内有身份证）', '卡套', '证件卡包']
                if not obj['color']:
                    obj['color'] = 'black'
                    obj['facts'].append(F(['装在黑色卡包里', '黑色卡包装着'], ['黑色卡包', '黑色皮质卡包'], tag='strong'))
            elif cross_to == 'electronics' and obj['kind'] == '电脑包':
                obj['nouns_f'] = ['笔记本电脑（带电脑包）', '笔记本电脑一台及电脑包', '电脑包（内有笔记本电脑）']
                obj['unit'] = '个'
            elif cross_to == 'other':
                obj['nouns_f'] = ['汽车遥控器', '汽车遥控钥匙', '车钥匙']
        place = pick_place(cat, per)
        t, fm, tm = loss_time(PLACES[place]['kind'])
        owner = obj.get('person') or person({'elderly': 'old', 'student': 'young'}.get(per, 'mid'), (2009, 2013))
        L = {'obj': obj, 'persona': per, 'place': place, 'true_min': t, 'from': fm, 'to': tm, 'owner': owner,
             'prov': obj.get('prov') or pick(PROVS), 'has': has, 'must': []}
        if chance(0.12):
            L['place2'] = pick(near(place, 100, 900) or [place])
            if L['place2'] == place:
                del L['place2']
        if chance(0.04):
            L['home_as_address'] = True
        lost.append(L)
    assert not cross_left, cross_left
    # keys
    for i, L in enumerate(lost):
        L['key'] = f'{PFX}-L{i + 1:04d}'
    # true found items
    for L in lost:
        if not L['has']:
            continue
        obj = L['obj']
        fp, handover = found_place_for(L['place'], obj['cat'])
        fa = found_delay(L['true_min'], obj['cat'])
        fa = min(daytime(fa), L['from'])
        both = [f for f in obj['facts'] if f['vis'] == 'both' and f['o'] and f['f']]
        nshared = wpick([(0, 8), (1, 50), (2, 35), (3, 7)])
        shared = sample(both, nshared)
        L['must'] = shared
        # same serial on both sides most of the time when both know one
        common = [s for s in obj['serials'] if s['o'] and s['f']]
        if common and chance(0.75):
            L['serial'] = pick(common)
        found.append({'obj': obj, 'place': fp, 'handover': handover, 'found_at': fa, 'must': list(shared),
                      'serial': L.get('serial'), 'confuse': chance(0.04), 'truth_of': L})
    # hard negatives: decoys aimed at lost reports
    unfound = [L for L in lost if not L['has']]
    withf = [L for L in lost if L['has']]
    targets = sample(unfound, 85) + sample(withf, 55)
    kinds = NEG_KINDS[0:1] * 55 + NEG_KINDS[1:2] * 45 + NEG_KINDS[2:3] * 40
    R.shuffle(kinds)
    # brandless targets cannot take the same-brand kind: swap kinds around
    for i, L in enumerate(targets):
        if kinds[i] == 'same_brand_elsewhere' and not L['obj']['brand']:
            for j in range(len(targets)):
                if kinds[j] != 'same_brand_elsewhere' and targets[j]['obj']['brand']:
                    kinds[i], kinds[j] = kinds[j], kinds[i]
                    break
    def telling(L):
        o = L['obj']
        return bool(o['brand']) or any(f['tag'] in ('strong', 'amount', 'weight') and f['o'] for f in o['facts'])
    for i, L in enumerate(targets):
        if kinds[i] == 'same_category_colour' and not telling(L):
            for j in range(len(targets)):
                if kinds[j] == 'found_before_loss' and telling(targets[j]):
                    kinds[i], kinds[j] = kinds[j], kinds[i]
                    break
    for i, L in enumerate(targets):
        if kinds[i] == 'same_brand_elsewhere' and not L['obj']['brand']:
            kinds[i] = 'found_before_loss'
        if kinds[i] == 'same_category_colour' and not telling(L):
            kinds[i] = 'found_before_loss'
    for L, nk in zip(targets, kinds):
        L['rich'] = True
        tobj = L['obj']
        cat = tobj['cat']
        per = L['persona']
        force = {'kind': tobj['kind']} if tobj['kind'] not in ('smart',) or chance(0.9) else {}
        if tobj['kind'] in ('ebike', 'ring', 'car', '山地车', '二八自行车', '儿童自行车', '折叠车'):
            force = {'kind': tobj['kind']} if cat == 'keys' else {}
        if nk == 'same_category_colour':
            if tobj['color']:
                force['color'] = tobj['color']
            if tobj['brand']:
                force['not_brand'] = tobj['brand']
                force['nobrand'] = True
            fp = pick(near(L['place'], 0, 600) + [L['place']])
            fa = max(0, L['from'] - ri(10, 2880))
            fa = min(fa, L['from'])
        elif nk == 'found_before_loss':
            if tobj['color']:
                force['color'] = tobj['color']
            if tobj['brand']:
                force['brand'] = tobj['brand']
                if tobj['model'] and chance(0.5):
                    force['model'] = tobj['model']
            fp = pick(near(L['place'], 0, 500) + [L['place']] * 2)
            fa = L['from'] + wpick([(ri(20, 240), 4), (ri(240, 1440), 4), (ri(1440, 8640), 2)])
            fa = min(fa, MAXMIN)
            if fa <= L['from']:
                fa = L['from'] + 1
        else:
            force['brand'] = tobj['brand']
            if chance(0.5) and tobj['color']:
                force['color'] = tobj['color']
            fp = pick(FAR)
            if L['from'] + 4320 <= MAXMIN and chance(0.7):
                fa = min(MAXMIN, L['from'] + ri(4320, 40000))
            else:
                fa = max(0, L['to'] - ri(7 * 1440, 20 * 1440)) if L['to'] > 7 * 1440 else ri(0, max(0, L['to'] // 3))
        fa2 = daytime(fa)
        if nk != 'found_before_loss' or fa2 > L['from']:
            fa = fa2
        if cat in ('ebike', 'bicycle') and fp in NO_WHEELS:
            fp = L['place']
        dobj = make_obj(cat, per, force)
        if nk == 'found_before_loss' and tobj['brand'] and dobj['brand'] != tobj['brand']:
            dobj['brand'] = tobj['brand']
        found.append({'obj': dobj, 'place': fp, 'handover': False, 'found_at': fa, 'must': [], 'rich': True,
                      'negative': nk, 'decoy_of': L, 'show_brand': True})
    # ordinary other handed-in things
    for cat, n in ORDINARY_PLAN:
        for _ in range(n):
            per = wpick(PERSONA_BY_CAT[cat])
            obj = make_obj(cat, per, {})
            fp = pick(OLD + OLD + FAR)
            if cat in ('ebike', 'bicycle'):
                fp = pick([p for p in OLD if p not in NO_WHEELS])
            fa = daytime(wpick([(ri(30, 14 * 1440), 6), (ri(14 * 1440, 60 * 1440), 3), (ri(60 * 1440, MAXMIN), 1)]))
            found.append({'obj': obj, 'place': fp, 'handover': False, 'found_at': fa, 'must': [],
                          'negative': 'ordinary', 'decoy_of': None})
    R.shuffle(found)
    for i, G in enumerate(found):
        G['key'] = f'{PFX}-F{i + 1:04d}'
        if 'truth_of' in G:
            G['truth_of']['truth'] = G['key']
    lost_recs = [write_lost(L) for L in lost]
    found_recs = [write_found(G) for G in found]
    out = {'seed': SEED, 'made_by': 'tests/lostfound/make_set44.py',
           'parts': {SETNAME: {'found': found_recs, 'lost': lost_recs}}}
    with open(OUT, 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    # summary on stderr
    nneg = {}
    for G in found:
        if G.get('negative'):
            nneg[G['negative']] = nneg.get(G['negative'], 0) + 1
    trace = os.environ.get('SET44_TRACE')
    if trace:   # optional side file for reviewers: which lost report each hard negative was aimed at
        with open(trace, 'w', encoding='utf-8') as fh:
            json.dump({G['key']: {'negative': G['negative'], 'aimed_at': G['decoy_of']['key'] if G.get('decoy_of') else None}
                       for G in found if G.get('negative')}, fh, ensure_ascii=False, indent=1, sort_keys=True)
    sys.stderr.write(f'wrote {OUT}: {len(lost_recs)} lost, {len(found_recs)} found, negatives {sorted(nneg.items())}\n')


if __name__ == '__main__':
    main()
