#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""make_set69.py -- writes set69.json next to itself.

Set 69 is a blind labelled set of lost reports (失物登记) and found items (拾遗物登记) for the
阳光坐席 desk of an invented police station in an invented city, 汉川市, in early April around
清明 2025.  It was written from the issue text alone, without looking at the matcher.

Every object is first drawn as a hidden truth record (what it is, what it looks like, what is
printed on it, what only its owner knows, where and when it left its owner, where and when it
was picked up).  The lost report and the found registration are then written separately from
that record, each in its own voice and knowing only what that person could know.  Hard negatives
are fresh truth records drawn to resemble one particular lost report.

Python 3 standard library only; one random.Random(SEED); nothing iterates a set; output is the
same on every run and under any PYTHONHASHSEED.
"""
import collections
import copy
import datetime
import json
import math
import os
import random
import sys

SEED = 6969
PFX = 'S69'
PART = 'set69'
R = random.Random(SEED)
NOW = datetime.datetime(2025, 4, 8, 18, 0)      # the moment every registration is entered
MAXMIN = 172800
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'set69.json')

N_PAIRS = 150
N_NEVER = 90
NEG_PLAN = [('same_cat_color', 30), ('twin', 24), ('found_before_loss', 22),
            ('same_brand_elsewhere', 20), ('unclaimed', 24)]


# ----------------------------------------------------------------------------- small helpers

def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def jitter(lat, lon, d):
    return (round(lat + R.uniform(-d, d), 6), round(lon + R.uniform(-d, d), 6))


def mins_before(dt):
    return int((NOW - dt).total_seconds() // 60)


CN_DIG = '零一二三四五六七八九'


def cn_small(n):
    """1..99 in Chinese digits, 2 as 两 before a unit."""
    if n < 10:
        return CN_DIG[n]
    t, u = divmod(n, 10)
    s = ('' if t == 1 else CN_DIG[t]) + '十'
    return s + (CN_DIG[u] if u else '')


def cn_unit(n):
    return '两' if n == 2 else CN_DIG[n]


# ----------------------------------------------------------------------------- numbers

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
REGIONS = ['420984', '420902', '420921', '420922', '420923', '420981', '420982', '429004',
           '429006', '420106', '420111', '421002', '421023', '422801', '420117', '420503']


def id_check(s17):
    return '10X98765432'[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


def make_id(age, male):
    y = NOW.year - age - (1 if chance(0.4) else 0)
    m, d = R.randint(1, 12), R.randint(1, 28)
    seq = R.randint(0, 99) * 10 + (pick([1, 3, 5, 7, 9]) if male else pick([0, 2, 4, 6, 8]))
    s17 = '%s%04d%02d%02d%03d' % (pick(REGIONS), y, m, d, seq)
    return s17 + id_check(s17)


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


def make_imei(tac=None):
    tac = tac or ('86' + ''.join(str(R.randint(0, 9)) for _ in range(6)))
    body = tac + ''.join(str(R.randint(0, 9)) for _ in range(6))
    return body + luhn_digit(body)


def digits(n):
    return ''.join(str(R.randint(0, 9)) for _ in range(n))


ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'


def alnum(n):
    return ''.join(pick(ALNUM) for _ in range(n))


def mask_phone():
    return pick(['138', '139', '135', '136', '150', '151', '158', '177', '180', '186', '187',
                 '189', '199']) + '****' + digits(4)


BANKS = [('农业银行', ['农行', '农业银行', '中国农业银行'], '6228', 'ABC'),
         ('工商银行', ['工行', '工商银行'], '6222', 'ICBC'),
         ('建设银行', ['建行', '建设银行'], '6217', 'CCB'),
         ('邮储银行', ['邮政储蓄', '邮储银行', '邮政的'], '6221', 'Postal Savings'),
         ('汉川农商银行', ['农商行', '汉川农商银行', '农村商业银行'], '6230', 'rural commercial bank'),
         ('中国银行', ['中行', '中国银行'], '6216', 'Bank of China')]

# ----------------------------------------------------------------------------- people

SURN = list('王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许沈曾彭吕苏卢蒋'
            '蔡魏叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔崔毛邱秦江侯邵龙万段雷钱汤易常'
            '贺龚文柯喻涂皮付闵')
GIV_OLD_M = ['建国', '志强', '德明', '国华', '卫东', '新民', '春生', '长庚', '永福', '明辉', '立新',
             '振华', '汉生', '金山', '宏伟', '光荣', '水生', '德胜', '家旺', '恒山', '少林', '汉桥']
GIV_OLD_F = ['秀英', '桂兰', '淑芬', '春梅', '玉珍', '凤英', '月娥', '翠兰', '素珍', '冬梅', '桂香',
             '金凤', '玉兰', '红霞', '爱华', '美华', '丽娟', '兰英', '巧云', '腊梅', '细妹', '汉珍']
GIV_NEW_M = ['浩然', '宇航', '子轩', '文博', '家豪', '俊杰', '一鸣', '锦程', '昊天', '博文', '梓豪',
             '思远', '睿泽', '明轩', '子墨', '宇辰', '奕航', '泽宇', '晨阳', '鹏', '磊', '涛', '毅']
GIV_NEW_F = ['欣怡', '雨桐', '梓萱', '思琪', '佳怡', '婉清', '诗涵', '语嫣', '晓琳', '若曦', '可馨',
             '一诺', '梦瑶', '雨欣', '紫涵', '心怡', '安琪', '书瑶', '子琪', '静', '敏', '婷', '颖']
FFIRST = ['Amir', 'Lucas', 'Priya', 'Daniel', 'Aliya', 'Kwame', 'Sofia', 'Mateo', 'Hana', 'Ibrahim',
          'Olivia', 'Yusuf', 'Nadia', 'Tomas', 'Leila', 'Samuel', 'Ananya', 'Bilal', 'Chloe', 'Diego']
FLAST = ['Haddad', 'Moreau', 'Nair', 'Okafor', 'Sultanova', 'Mensah', 'Petrova', 'Silva', 'Novak',
         'Rahman', 'Kowalski', 'Adeyemi', 'Farouk', 'Lindqvist', 'Costa', 'Ibrahimov', 'Qureshi',
         'Duarte', 'Keane', 'Tembo']
# a few names with pinyin, for people who type in pinyin
PY_NAMES = [('张伟', 'Zhang Wei'), ('刘洋', 'Liu Yang'), ('陈静', 'Chen Jing'), ('李娜', 'Li Na'),
            ('王磊', 'Wang Lei'), ('杨帆', 'Yang Fan'), ('黄婷', 'Huang Ting'), ('周鹏', 'Zhou Peng'),
            ('吴敏', 'Wu Min'), ('徐涛', 'Xu Tao')]

USED_NAMES = []


PERSON_MODE = []      # set around one maker call to make its owner a foreigner or a pinyin typist


def person(lo=18, hi=80, male=None, foreign=False, pinyin=False):
    if PERSON_MODE:
        mode = PERSON_MODE.pop()
        foreign = foreign or mode == 'foreign'
        pinyin = pinyin or mode == 'pinyin'
    male = chance(0.5) if male is None else male
    age = R.randint(lo, hi)
    p = dict(male=male, age=age, foreign=foreign, pinyin=pinyin)
    for _ in range(50):
        if foreign:
            name = '%s %s' % (pick(FFIRST), pick(FLAST))
        elif pinyin:
            name, py = pick(PY_NAMES)
            p['py'] = py
        else:
            pool = (GIV_OLD_M if male else GIV_OLD_F) if age >= 48 else (GIV_NEW_M if male else GIV_NEW_F)
            name = pick(SURN) + pick(pool)
        if name not in USED_NAMES:
            break
    USED_NAMES.append(name)
    p['name'] = name
    p['id'] = make_id(age, male)
    return p


def name_for_finder(name):
    if ' ' in name or not chance(0.35):
        return name
    return pick([name[0] + '某某', name[0] + '*' * (len(name) - 1), name[0] + '**'])


# ----------------------------------------------------------------------------- colours, brands

COL = {
    '黑': dict(o=['黑色', '黑的', '深色', '哑光黑', '亮黑色', '黑'], f=['黑色', '黑', '深色', '黑色的'],
              en='black', py='hei se', mk=['曜石黑', '幻夜黑', '午夜黑', '亮黑色']),
    '白': dict(o=['白色', '白的', '米白色', '象牙白'], f=['白色', '白', '米白色'], en='white', py='bai se',
              mk=['珍珠白', '釉白色', '白色']),
    '银': dict(o=['银色', '银白色', '银灰色'], f=['银色', '银灰色', '银白'], en='silver', py='yin se',
              mk=['星河银', '冰霜银']),
    '金': dict(o=['金色', '香槟金', '土豪金'], f=['金色', '金黄色'], en='gold', py='jin se', mk=['流沙金', '香槟金']),
    '红': dict(o=['红色', '大红色', '酒红色', '枣红色'], f=['红色', '暗红色', '红'], en='red', py='hong se',
              mk=['中国红']),
    '蓝': dict(o=['蓝色', '深蓝色', '宝蓝色', '天蓝色', '藏青色'], f=['蓝色', '蓝', '深蓝色'], en='blue',
              py='lan se', mk=['远峰蓝', '深海蓝', '冰川蓝']),
    '绿': dict(o=['绿色', '墨绿色', '军绿色'], f=['绿色', '深绿色', '墨绿'], en='green', py='lv se',
              mk=['苍岭绿', '松针绿']),
    '粉': dict(o=['粉色', '粉红色', '浅粉色'], f=['粉色', '粉红色'], en='pink', py='fen se', mk=['樱花粉', '蜜桃粉']),
    '紫': dict(o=['紫色', '浅紫色', '香芋紫'], f=['紫色', '淡紫色'], en='purple', py='zi se', mk=['暮光紫', '丁香紫']),
    '灰': dict(o=['灰色', '深灰色', '浅灰色'], f=['灰色', '灰', '深灰色'], en='grey', py='hui se', mk=['深空灰', '钛灰色']),
    '棕': dict(o=['棕色', '咖啡色', '褐色', '驼色'], f=['棕色', '咖啡色', '深棕色'], en='brown', py='zong se', mk=[]),
    '黄': dict(o=['黄色', '明黄色', '土黄色'], f=['黄色', '黄'], en='yellow', py='huang se', mk=[]),
    '橙': dict(o=['橙色', '橘色', '橘黄色'], f=['橙色', '橘黄色'], en='orange', py='cheng se', mk=[]),
}

BR = {
    '华为': dict(o=['华为', 'HUAWEI', 'Huawei', '华为'], f=['华为', 'HUAWEI'], ty=['华伟', '花为', 'huawei'], en='Huawei', py='huawei'),
    '苹果': dict(o=['苹果', 'iPhone', 'Apple', '苹果'], f=['苹果', 'Apple', '苹果'], ty=['平果', '爱疯', 'iphone'], en='Apple', py='pingguo'),
    '小米': dict(o=['小米', 'Xiaomi', 'MI'], f=['小米', 'Xiaomi'], ty=['小咪', 'xiaomi'], en='Xiaomi', py='xiaomi'),
    'OPPO': dict(o=['OPPO', 'oppo', '欧珀'], f=['OPPO'], ty=['OPP0', 'opoo'], en='OPPO', py='oppo'),
    'vivo': dict(o=['vivo', 'VIVO', '维沃'], f=['vivo', 'VIVO'], ty=['vivio', 'viwo'], en='vivo', py='vivo'),
    '荣耀': dict(o=['荣耀', 'HONOR', 'honor'], f=['荣耀', 'HONOR'], ty=['荣曜', '容耀'], en='Honor', py='rongyao'),
    '三星': dict(o=['三星', 'Samsung', 'SAMSUNG'], f=['三星', 'SAMSUNG'], ty=['三心', 'samsumg'], en='Samsung', py='sanxing'),
    '福寿星': dict(o=['福寿星', '福寿星牌'], f=['福寿星'], ty=['福寿兴'], en='Fushouxing', py='fushouxing'),
    '七匹狼': dict(o=['七匹狼', 'SEPTWOLVES'], f=['七匹狼'], ty=['七批狼'], en='Septwolves', py='qipilang'),
    '金利来': dict(o=['金利来', 'goldlion'], f=['金利来'], ty=['金立来'], en='Goldlion', py='jinlilai'),
    '蔻驰': dict(o=['蔻驰', 'COACH', 'coach'], f=['COACH', '蔻驰'], ty=['寇驰', 'coch'], en='Coach', py='kouchi'),
    '鳄鱼': dict(o=['鳄鱼', '卡帝乐鳄鱼'], f=['鳄鱼牌', '鳄鱼'], ty=['额鱼'], en='Crocodile', py='eyu'),
    '大众': dict(o=['大众', '大众的', 'VW'], f=['大众', 'VW'], ty=['大宗'], en='VW', py='dazhong'),
    '丰田': dict(o=['丰田', 'TOYOTA'], f=['丰田'], ty=['丰天'], en='Toyota', py='fengtian'),
    '比亚迪': dict(o=['比亚迪', 'BYD'], f=['比亚迪', 'BYD'], ty=['比亚笛'], en='BYD', py='biyadi'),
    '本田': dict(o=['本田', 'HONDA'], f=['本田'], ty=['本天'], en='Honda', py='bentian'),
    '五菱': dict(o=['五菱', '五菱宏光'], f=['五菱'], ty=['五陵'], en='Wuling', py='wuling'),
    '雅迪': dict(o=['雅迪', 'Yadea'], f=['雅迪', 'YADEA'], ty=['雅笛', '亚迪'], en='Yadea', py='yadi'),
    '爱玛': dict(o=['爱玛', 'AIMA'], f=['爱玛', 'AIMA'], ty=['艾玛', '爱马'], en='Aima', py='aima'),
    '台铃': dict(o=['台铃', 'TAILG'], f=['台铃'], ty=['台玲', '台零'], en='Tailg', py='tailing'),
    '新日': dict(o=['新日', 'SUNRA'], f=['新日'], ty=['新目'], en='Sunra', py='xinri'),
    '小牛': dict(o=['小牛', 'NIU'], f=['小牛', 'NIU'], ty=['小妞'], en='NIU', py='xiaoniu'),
    '绿源': dict(o=['绿源', 'LUYUAN'], f=['绿源'], ty=['绿园'], en='Luyuan', py='lvyuan'),
    '捷安特': dict(o=['捷安特', 'GIANT', 'Giant'], f=['捷安特', 'GIANT'], ty=['杰安特', 'giant'], en='Giant', py='jieante'),
    '美利达': dict(o=['美利达', 'MERIDA'], f=['美利达', 'MERIDA'], ty=['美丽达'], en='Merida', py='meilida'),
    '永久': dict(o=['永久', '永久牌'], f=['永久'], ty=['永九'], en='Forever', py='yongjiu'),
    '凤凰': dict(o=['凤凰', '凤凰牌'], f=['凤凰'], ty=['风凰'], en='Phoenix', py='fenghuang'),
    '喜德盛': dict(o=['喜德盛', 'XDS'], f=['喜德盛', 'XDS'], ty=['喜得盛'], en='XDS', py='xidesheng'),
    '迪卡侬': dict(o=['迪卡侬', 'Decathlon', 'DECATHLON'], f=['迪卡侬', 'DECATHLON'], ty=['迪卡农', '迪卡龙'], en='Decathlon', py='dikanong'),
    '耐克': dict(o=['耐克', 'Nike', 'NIKE'], f=['NIKE', '耐克'], ty=['奈克', 'nkie'], en='Nike', py='naike'),
    '阿迪达斯': dict(o=['阿迪达斯', '阿迪', 'adidas'], f=['adidas', '阿迪达斯'], ty=['阿迪打斯'], en='Adidas', py='adidasi'),
    '安踏': dict(o=['安踏', 'ANTA'], f=['安踏', 'ANTA'], ty=['安塔'], en='Anta', py='anta'),
    '李宁': dict(o=['李宁', 'LI-NING', 'lining'], f=['李宁'], ty=['李凝'], en='Li-Ning', py='lining'),
    '新秀丽': dict(o=['新秀丽', 'Samsonite'], f=['新秀丽', 'Samsonite'], ty=['新秀莉'], en='Samsonite', py='xinxiuli'),
    '周大福': dict(o=['周大福', 'CTF', 'Chow Tai Fook'], f=['周大福'], ty=['周大富'], en='Chow Tai Fook', py='zhoudafu'),
    '老凤祥': dict(o=['老凤祥'], f=['老凤祥'], ty=['老凤翔', '老风祥'], en='Lao Feng Xiang', py='laofengxiang'),
    '周生生': dict(o=['周生生'], f=['周生生'], ty=['周升升'], en='Chow Sang Sang', py='zhoushengsheng'),
    '六福': dict(o=['六福', '六福珠宝'], f=['六福'], ty=['陆福'], en='Luk Fook', py='liufu'),
    '大疆': dict(o=['大疆', 'DJI'], f=['大疆', 'DJI'], ty=['大僵'], en='DJI', py='dajiang'),
    '索尼': dict(o=['索尼', 'SONY', 'Sony'], f=['SONY', '索尼'], ty=['索尼尼'], en='Sony', py='suoni'),
    '佳能': dict(o=['佳能', 'Canon'], f=['佳能', 'Canon'], ty=['家能'], en='Canon', py='jianeng'),
    '罗马仕': dict(o=['罗马仕', 'ROMOSS'], f=['罗马仕', 'ROMOSS'], ty=['罗马士'], en='Romoss', py='luomashi'),
    '小天才': dict(o=['小天才'], f=['小天才'], ty=['小天材'], en='Xiaotiancai', py='xiaotiancai'),
    '漫步者': dict(o=['漫步者', 'EDIFIER'], f=['漫步者', 'EDIFIER'], ty=['慢步者'], en='Edifier', py='manbuzhe'),
    '峰力': dict(o=['峰力', 'Phonak'], f=['峰力', 'Phonak'], ty=['风力'], en='Phonak', py='fengli'),
    '德生': dict(o=['德生', 'TECSUN'], f=['德生', 'TECSUN'], ty=['得生'], en='Tecsun', py='desheng'),
    '膳魔师': dict(o=['膳魔师', 'THERMOS'], f=['膳魔师', 'THERMOS'], ty=['膳模师'], en='Thermos', py='shanmoshi'),
    '象印': dict(o=['象印', 'ZOJIRUSHI'], f=['象印'], ty=['像印'], en='Zojirushi', py='xiangyin'),
    '富光': dict(o=['富光'], f=['富光'], ty=['福光'], en='Fuguang', py='fuguang'),
    '天堂': dict(o=['天堂伞', '天堂'], f=['天堂伞'], ty=['天棠'], en='Paradise', py='tiantang'),
    '鱼跃': dict(o=['鱼跃'], f=['鱼跃'], ty=['鱼越'], en='Yuwell', py='yuyue'),
}


def brand_word(b, side, allow_typo=True):
    d = BR[b]
    if side == 'o' and allow_typo and chance(0.07):
        return pick(d['ty'])
    return pick(d[side])


def color_word(c, side, marketing=False):
    d = COL[c]
    if marketing and d['mk'] and chance(0.5):
        return pick(d['mk'])
    return pick(d[side])


# ----------------------------------------------------------------------------- kinds
# key: (category, owner names, finder names, english, pinyin, measure word)
KINDS = {
    'phone': ('phone', ['手机', '手机', '电话', '手机'], ['手机', '手机'], 'phone', 'shouji', '部'),
    'laorenji': ('phone', ['老人机', '老年手机', '手机'], ['老年机', '按键手机', '老人手机'], 'basic phone for the elderly', 'laorenji', '个'),
    'idcard': ('id_doc', ['身份证', '身份证', '居民身份证', '身份证'], ['居民身份证', '身份证'], 'ID card', 'shenfenzheng', '张'),
    'sbk': ('id_doc', ['社保卡', '医保卡', '社会保障卡'], ['社会保障卡', '社保卡', '医保卡'], 'social insurance card', 'shebaoka', '张'),
    'jzk': ('id_doc', ['就诊卡', '医院就诊卡', '诊疗卡'], ['就诊卡', '市一医院就诊卡'], 'hospital patient card', 'jiuzhenka', '张'),
    'xyk': ('id_doc', ['校园卡', '学生证', '一卡通', '校园一卡通'], ['校园卡', '学生卡'], 'student card', 'xiaoyuanka', '张'),
    'jsz': ('id_doc', ['驾驶证', '驾照', '驾驶本'], ['机动车驾驶证', '驾驶证'], 'driving licence', 'jiashizheng', '本'),
    'yhk': ('id_doc', ['银行卡', '储蓄卡', '卡'], ['银行卡', '借记卡'], 'bank card', 'yinhangka', '张'),
    'lnz': ('id_doc', ['老年证', '老年卡', '敬老卡'], ['老年人优待证', '老年证'], 'senior citizen card', 'laonianzheng', '张'),
    'hz': ('id_doc', ['护照'], ['护照', '外国护照'], 'passport', 'huzhao', '本'),
    'gp': ('id_doc', ['工作牌', '工牌', '胸牌'], ['工作证', '工牌'], 'staff badge', 'gongpai', '个'),
    'wallet_long': ('wallet', ['钱包', '长钱包', '长款钱包', '钱夹'], ['长款钱包', '钱包'], 'long wallet', 'qianbao', '个'),
    'wallet_short': ('wallet', ['钱包', '短款钱包', '皮夹子', '钱夹'], ['短款钱包', '钱包', '皮夹'], 'wallet', 'qianbao', '个'),
    'coin': ('wallet', ['零钱包', '小钱包'], ['零钱包', '小钱包'], 'coin purse', 'lingqianbao', '个'),
    'cardcase': ('wallet', ['卡包', '卡套', '小卡包'], ['卡包', '卡套'], 'card holder', 'kabao', '个'),
    'keys': ('keys', ['钥匙', '钥匙', '钥匙串', '钥匙'], ['钥匙', '钥匙串', '钥匙'], 'keys', 'yaoshi', '串'),
    'carkey': ('keys', ['车钥匙', '汽车钥匙'], ['汽车钥匙', '车钥匙', '遥控钥匙'], 'car key', 'che yaoshi', '把'),
    'ebike': ('ebike', ['电动车', '电瓶车', '电动车', '电驴子'], ['电动自行车', '电动车', '电瓶车'], 'e-bike', 'diandongche', '辆'),
    'bike_mtb': ('bicycle', ['山地车', '自行车', '单车'], ['山地自行车', '自行车'], 'mountain bike', 'shandiche', '辆'),
    'bike_city': ('bicycle', ['自行车', '单车', '女式自行车'], ['自行车', '城市自行车'], 'bicycle', 'zixingche', '辆'),
    'bike_fold': ('bicycle', ['折叠车', '折叠自行车'], ['折叠自行车', '小轮折叠车'], 'folding bike', 'zhedieche', '辆'),
    'backpack': ('bag', ['双肩包', '背包', '书包'], ['双肩背包', '背包', '双肩包'], 'backpack', 'shuangjianbao', '个'),
    'handbag': ('bag', ['手提包', '包包', '女士包', '手提包'], ['女式手提包', '手提包'], 'handbag', 'shoutibao', '个'),
    'crossbody': ('bag', ['斜挎包', '挎包', '单肩包'], ['斜挎包', '挎包'], 'crossbody bag', 'xiekuabao', '个'),
    'tote': ('bag', ['帆布袋', '布袋子', '环保袋'], ['帆布袋', '布袋'], 'canvas tote bag', 'fanbudai', '个'),
    'suitcase': ('bag', ['行李箱', '拉杆箱', '箱子'], ['拉杆箱', '行李箱'], 'suitcase', 'xinglixiang', '个'),
    'laptopbag': ('bag', ['电脑包', '笔记本电脑包'], ['电脑包', '黑色公文包'], 'laptop bag', 'diannaobao', '个'),
    'waist': ('bag', ['腰包', '胸包', '小挎包'], ['腰包', '胸包'], 'waist bag', 'yaobao', '个'),
    'medbag': ('bag', ['装病历的袋子', '药袋子', '袋子'], ['手提塑料袋', '塑料袋', '无纺布袋'], 'bag with medical records', 'daizi', '个'),
    'cash': ('cash', ['钱', '现金', '一沓钱'], ['现金', '人民币'], 'cash', 'xianjin', '笔'),
    'gold_chain': ('jewelry', ['金项链', '项链'], ['金项链', '项链'], 'gold necklace', 'jin xianglian', '条'),
    'gold_bangle': ('jewelry', ['金手镯', '金镯子'], ['金手镯', '手镯'], 'gold bangle', 'jin shouzhuo', '只'),
    'jade_bangle': ('jewelry', ['玉镯子', '玉手镯', '镯子'], ['玉镯', '玉手镯'], 'jade bangle', 'yu zhuozi', '只'),
    'ring': ('jewelry', ['戒指', '戒指', '婚戒', '结婚戒指'], ['戒指', '戒指'], 'ring', 'jiezhi', '枚'),
    'earring': ('jewelry', ['耳环', '耳坠'], ['耳环', '耳饰'], 'earring', 'erhuan', '只'),
    'bracelet': ('jewelry', ['手链', '银手链'], ['手链'], 'bracelet', 'shoulian', '条'),
    'lock': ('jewelry', ['长命锁', '银锁', '宝宝的银锁'], ['银锁', '长命锁吊坠'], 'silver longevity lock', 'changmingsuo', '个'),
    'beads': ('jewelry', ['佛珠手串', '手串', '念珠'], ['佛珠', '木珠手串'], 'prayer-bead bracelet', 'fozhu', '串'),
    'earbuds': ('electronics', ['蓝牙耳机', '无线耳机', '耳机'], ['蓝牙耳机', '无线耳机'], 'wireless earbuds', 'lanya erji', '副'),
    'powerbank': ('electronics', ['充电宝', '移动电源'], ['充电宝', '移动电源'], 'power bank', 'chongdianbao', '个'),
    'tablet': ('electronics', ['平板', '平板电脑', 'iPad'], ['平板电脑', '平板'], 'tablet', 'pingban', '台'),
    'laptop': ('electronics', ['笔记本电脑', '电脑', '笔记本'], ['笔记本电脑'], 'laptop', 'bijiben diannao', '台'),
    'swatch': ('electronics', ['智能手表', '手表', '运动手表'], ['智能手表', '电子手表'], 'smart watch', 'shoubiao', '块'),
    'kidwatch': ('electronics', ['电话手表', '儿童手表'], ['儿童电话手表', '儿童手表'], "kid's phone watch", 'ertong shoubiao', '块'),
    'camera': ('electronics', ['相机', '微单相机', '单反'], ['相机', '数码相机'], 'camera', 'xiangji', '台'),
    'hearing': ('electronics', ['助听器'], ['助听器'], 'hearing aid', 'zhutingqi', '个'),
    'radio': ('electronics', ['收音机', '小收音机', '插卡音箱'], ['收音机', '便携收音机'], 'pocket radio', 'shouyinji', '个'),
    'drone': ('electronics', ['无人机'], ['无人机'], 'drone', 'wurenji', '架'),
    'cane': ('other', ['拐杖', '拐棍', '手杖'], ['拐杖', '手杖'], 'walking stick', 'guaizhang', '根'),
    'umbrella': ('other', ['雨伞', '伞', '折叠伞'], ['雨伞', '折叠伞'], 'umbrella', 'yusan', '把'),
    'thermos': ('other', ['保温杯', '水杯', '杯子'], ['保温杯', '水杯'], 'thermos flask', 'baowenbei', '个'),
    'films': ('other', ['CT片', '片子', '检查的片子'], ['CT片袋', '医学影像胶片'], 'CT films', 'CT pian', '袋'),
    'glasses': ('other', ['眼镜', '老花镜', '近视眼镜'], ['眼镜', '眼镜'], 'glasses', 'yanjing', '副'),
    'kite': ('other', ['风筝'], ['风筝'], 'kite', 'fengzheng', '个'),
    'birdcage': ('other', ['画眉鸟', '鸟笼子', '鸟'], ['鸟笼', '鸟笼（内有鸟）'], 'bird cage with a thrush', 'niaolong', '个'),
    'wheelchair': ('other', ['轮椅'], ['轮椅'], 'wheelchair', 'lunyi', '辆'),
    'coat': ('other', ['外套', '衣服', '夹克'], ['外套', '上衣'], 'jacket', 'waitao', '件'),
    'toy': ('other', ['玩具', '玩具车', '毛绒玩具'], ['儿童玩具', '玩具'], 'toy', 'wanju', '个'),
    'book': ('other', ['书', '图书馆的书', '借的书'], ['书籍', '图书'], 'library book', 'shu', '本'),
    'dentures': ('other', ['假牙', '活动假牙'], ['假牙', '义齿'], 'dentures', 'jiaya', '副'),
    'insulin': ('other', ['胰岛素笔', '胰岛素针'], ['胰岛素注射笔', '注射笔'], 'insulin pen', 'yidaosu bi', '支'),
    'offering': ('other', ['祭品', '祭品袋子', '香烛纸钱'], ['祭祀用品', '纸钱香烛'], 'bag of offerings', 'jipin', '袋'),
}

CATS = ['id_doc', 'phone', 'wallet', 'keys', 'ebike', 'bicycle', 'bag', 'cash', 'jewelry',
        'electronics', 'other']

# ----------------------------------------------------------------------------- places
# Invented city 汉川市 around lat 30.6, lon 113.9.  Sites have several spellings, sub-places have
# several spellings, so the same spot is written differently by different people.

SITES = {
    'hos': dict(zh=['市一医院', '汉川市第一人民医院', '第一人民医院', '一医院', '市人民医院', '市一院', '汉川一医院'],
                en='First People\'s Hospital', py='shi yi yiyuan'),
    'sub': dict(zh=['地铁2号线', '2号线', '地铁二号线', '二号线'], en='Metro Line 2', py='ditie er hao xian'),
    'bus': dict(zh=['汉川客运中心', '客运中心', '公交总站', '城北公交枢纽', '汽车站'], en='Hanchuan bus hub', py='keyun zhongxin'),
    'cem1': dict(zh=['凤凰山公墓', '凤凰山陵园', '凤凰山墓园', '凤凰山公墓'], en='Fenghuangshan Cemetery', py='fenghuangshan gongmu'),
    'cem2': dict(zh=['龙泉陵园', '龙泉公墓', '龙泉山陵园'], en='Longquan Cemetery', py='longquan lingyuan'),
    'mkt': dict(zh=['金桥花鸟市场', '花鸟市场', '金桥花鸟鱼虫市场', '金桥市场', '花鸟鱼市场'], en='Jinqiao flower and bird market', py='huaniao shichang'),
    'park': dict(zh=['滨江公园', '沔河滨江公园', '江滩公园', '江滩', '沔河江滩'], en='Binjiang riverside park', py='binjiang gongyuan'),
    'uni': dict(zh=['汉川理工学院', '理工学院', '汉川理工', '学校'], en='Hanchuan Institute of Technology', py='ligong xueyuan'),
    'sm': dict(zh=['佳惠万家购物广场', '佳惠万家', '佳惠万家超市', '佳惠超市', '万家购物广场'], en='Jiahui Wanjia supermarket', py='jiahui wanjia chaoshi'),
    'street': dict(zh=[''], en='', py=''),
    'far': dict(zh=[''], en='', py=''),
}

SUBS = {}


def S(key, site, lat, lon, names, en, spots, finders, acts, cats, hours=(7, 20), days='any',
      acts_old=None, near=(), py=None):
    SUBS[key] = dict(key=key, site=site, lat=lat, lon=lon, names=names, en=en, spots=spots,
                     finders=finders, acts=acts, acts_old=acts_old or acts, cats=cats,
                     hours=hours, days=days, near=list(near), py=py or '')


H_FIN = ['保洁员', '保安', '一位病人家属', '志愿者']
S('hos_opd', 'hos', 30.6321, 113.9012,
  ['一号门诊楼', '门诊大厅', '门诊部', '门诊楼一楼', '1号门诊楼大厅', '门诊挂号大厅', '门诊楼'],
  'outpatient hall', ['自助挂号机旁边', '候诊区的椅子上', '挂号窗口台面上', '导医台旁边地上', '门诊大门口'],
  ['保洁员', '导医台护士', '门诊保安', '志愿者', '一位病人家属'],
  ['陪我妈在{p}挂号', '在{p}自助机上缴费', '在{p}等叫号', '带孩子在{p}排队看病', '来复查，在{p}等了半天'],
  dict(phone=4, id_doc=5, wallet=3, keys=2, bag=2, cash=3, jewelry=1, electronics=2, other=3),
  (7, 17), 'wk', ['在{p}排队挂号', '在{p}等着看病', '去{p}开药'], ['hos_pharm', 'hos_park', 'hos_ct'], 'menzhen dating')
S('hos_pharm', 'hos', 30.6324, 113.9016,
  ['门诊药房', '取药窗口', '西药房', '药房窗口', '药房3号窗口', '一楼药房'],
  'pharmacy window', ['窗口台子上', '排队的栏杆边上', '门口的椅子上'],
  ['药房工作人员', '药房药师', '保洁员'],
  ['在{p}排队取药', '在{p}拿药', '在{p}等着叫号拿药'],
  dict(phone=3, id_doc=4, wallet=3, cash=3, bag=1, other=2, electronics=1, keys=1),
  (7, 17), 'wk', ['在{p}拿药', '在{p}排队拿药'], ['hos_opd'], 'yaofang')
S('hos_ward', 'hos', 30.6333, 113.9006,
  ['住院部', '住院大楼', '住院部8楼', '住院楼', '住院部7楼', '住院部心内科病房', '住院部电梯口'],
  'inpatient ward building', ['病房床头柜上', '走廊的陪护椅上', '开水间', '护士站台面上', '电梯里'],
  ['住院部护士', '病房保洁阿姨', '护工', '同病房的家属'],
  ['在{p}陪护我爸', '去{p}看我舅舅', '在{p}陪床', '在{p}照顾我妈', '办出院那天在{p}收拾东西'],
  dict(phone=3, id_doc=2, wallet=2, keys=2, bag=2, cash=2, jewelry=2, electronics=3, other=5),
  (0, 24), 'any', ['在{p}住院', '在{p}陪老伴'], ['hos_canteen', 'hos_opd'], 'zhuyuanbu')
S('hos_ct', 'hos', 30.6326, 113.9022,
  ['CT室', '放射科', '影像中心', 'CT检查室', '放射科候诊区', '影像科'],
  'CT room', ['CT室门口放东西的篮子里', '更衣柜里', '候诊椅上'],
  ['CT室技师', '放射科护士', '放射科保洁'],
  ['在{p}做CT之前把东西取下来', '陪我爸在{p}做检查', '在{p}排队做CT'],
  dict(jewelry=7, phone=2, keys=2, electronics=3, other=3, wallet=1),
  (7, 18), 'wk', ['在{p}做CT', '在{p}拍片子'], ['hos_opd'], 'CT shi')
S('hos_park', 'hos', 30.6313, 113.9016,
  ['医院地下停车场', '地下车库', '医院停车场', '停车场B2', '医院地面停车场'],
  'hospital car park', ['车位旁边', '电梯口', '缴费机旁边', '出口道闸旁边'],
  ['停车场保安', '停车场收费员', '一位司机'],
  ['在{p}停车', '在{p}下车的时候', '在{p}找车'],
  dict(keys=5, phone=2, wallet=2, bag=2, id_doc=1, cash=1),
  (6, 21), 'any', None, ['hos_opd'], 'tingchechang')
S('hos_canteen', 'hos', 30.6336, 113.9024,
  ['医院食堂', '职工食堂', '医院餐厅', '食堂二楼'],
  'hospital canteen', ['餐桌上', '打饭窗口旁边', '收餐具的地方'],
  ['食堂阿姨', '食堂保洁', '收餐具的师傅'],
  ['在{p}吃午饭', '在{p}打饭', '在{p}给病人买饭'],
  dict(phone=3, id_doc=3, wallet=2, keys=2, electronics=1, other=3, bag=1),
  (6, 20), 'any', None, ['hos_ward'], 'shitang')
S('hos_er', 'hos', 30.6317, 113.9003,
  ['急诊科', '急诊大厅', '急诊输液室', '急诊'],
  'emergency department', ['输液椅上', '分诊台旁边', '急诊门口'],
  ['急诊护士', '急诊保安', '保洁员'],
  ['半夜送我爸来{p}', '在{p}输液', '陪孩子在{p}看急诊'],
  dict(phone=3, wallet=2, id_doc=2, keys=1, cash=1, other=1, bag=1),
  (0, 24), 'any', None, ['hos_opd'], 'jizhen')
S('hos_shed', 'hos', 30.6338, 113.8998,
  ['医院电动车棚', '非机动车停车棚', '医院后门车棚', '医院东侧车棚'],
  'bike shed behind the hospital', ['车棚里'], ['医院保安', '车棚管理员'],
  ['把车停在{p}'], dict(ebike=7, bicycle=2), (6, 21), 'any', None, [], 'chepeng')

STATIONS = [
    ('hczz', '汉川火车站', 30.6552, 113.8603, ['汉川火车站站', '火车站站', '火车站'], 'Huochezhan'),
    ('rmgc', '人民广场', 30.6461, 113.8788, ['人民广场站', '广场站'], 'Renmin Guangchang'),
    ('sysy', '市一医院', 30.6336, 113.8991, ['市一医院站', '一医院站', '医院站'], 'Shiyiyiyuan'),
    ('zsl', '中山路', 30.6252, 113.9148, ['中山路站', '中山路'], 'Zhongshan Lu'),
    ('bjgy', '滨江公园', 30.6168, 113.9318, ['滨江公园站', '江滩站'], 'Binjiang Gongyuan'),
    ('lgxy', '理工学院', 30.6049, 113.9478, ['理工学院站', '大学城站', '汉川理工站'], 'Ligong Xueyuan'),
    ('fhs', '凤凰山', 30.5903, 113.9702, ['凤凰山站', '凤凰山公墓站'], 'Fenghuangshan'),
]
for code, nm, la, lo, al, en in STATIONS:
    S('st_%s_hall' % code, 'sub', la, lo,
      ['%s站厅' % a for a in al] + ['%s安检口' % al[0], '%s闸机口' % al[0], '%sB口' % al[0], '%s站厅层' % al[0]],
      '%s station concourse' % en, ['安检机传送带旁边', '闸机旁边', '客服中心窗口', '卫生间洗手台上', '自动售票机上', '楼梯口'],
      ['站务员', '安检员', '保洁员', '客服中心工作人员'],
      ['在{p}过安检', '在{p}刷闸机进站', '在{p}买票', '出站的时候在{p}'],
      dict(phone=4, wallet=3, id_doc=3, keys=2, bag=3, electronics=3, other=2, cash=1, jewelry=1),
      (6, 23), 'any', ['在{p}过安检', '在{p}进站'], ['st_%s_plat' % code], '%s zhan' % en.lower())
    S('st_%s_plat' % code, 'sub', la + 0.0002, lo + 0.0001,
      ['%s站台' % a for a in al] + ['%s上行站台' % al[0]],
      '%s station platform' % en, ['站台座椅上', '候车的地方地上', '屏蔽门边上'],
      ['站务员', '保洁员', '安全员'],
      ['在{p}等车', '在{p}坐着等车'],
      dict(phone=3, wallet=2, bag=2, electronics=2, other=2, keys=1, id_doc=1),
      (6, 23), 'any', ['在{p}等车'], ['st_%s_hall' % code], '%s zhan' % en.lower())
for code in ['sysy', 'zsl', 'lgxy', 'rmgc']:
    st = [s for s in STATIONS if s[0] == code][0]
    S('st_%s_out' % code, 'sub', st[2] - 0.0004, st[3] + 0.0003,
      ['%sB口外' % st[4][0], '%sA出口非机动车停放点' % st[4][0], '%s出口旁边' % st[4][0]],
      '%s station exit' % st[5], ['出口外停车区'], ['站务员', '巡逻民警', '保安'],
      ['把车停在{p}'], dict(ebike=3, bicycle=3), (6, 23), 'any', None, [], '%s zhan chukou' % st[5].lower())

S('bus_hall', 'bus', 30.6578, 113.8648,
  ['候车厅', '客运中心候车厅', '售票大厅', '汽车站候车室', '公交总站候车亭', '3号检票口'],
  'bus hub waiting hall', ['候车椅上', '检票口旁边', '售票窗口台面上', '厕所门口'],
  ['客运中心保洁', '检票员', '客运中心保安', '售票员'],
  ['在{p}等车', '在{p}买票', '在{p}坐着等专线车'],
  dict(phone=3, bag=4, wallet=3, id_doc=3, cash=1, electronics=2, other=2, keys=1),
  (6, 20), 'any', ['在{p}等车'], [], 'keyun zhongxin')
S('bus_depot', 'bus', 30.6590, 113.8661,
  ['公交总站调度室', '公交场站', '枢纽站调度室'], 'bus depot office', ['值班台上', '收车检查时车上'], ['公交司机', '调度员'],
  ['在{p}'], dict(), (6, 21), 'any', None, [], 'gongjiao changzhan')

CEM_F = ['公墓管理处工作人员', '公墓保安', '扫墓的群众', '志愿者', '保洁员']
CEM_A = ['去{p}给爷爷扫墓', '清明带一家人去{p}给我爸上坟', '在{p}烧纸', '在{p}买菊花', '在{p}排队进去']
CEM_O = ['去{p}给老伴上坟', '在{p}给老头子烧纸']
CEM_C = dict(phone=4, keys=4, wallet=2, jewelry=2, cash=1, id_doc=1, bag=2, other=3, electronics=1)
S('cem1_gate', 'cem1', 30.5785, 113.9842, ['大门口', '正门', '公墓门口', '门口卖花的地方'], 'main gate',
  ['大门口卖花的摊子边', '门口台阶上', '入口登记处'], CEM_F, CEM_A, CEM_C, (6, 17), 'qm', CEM_O,
  ['cem1_area', 'cem1_park'], 'gongmu damen')
S('cem1_area', 'cem1', 30.5770, 113.9870, ['C区墓地', '松园区', '墓区', '祭扫区', '半山腰墓区', '福寿区'], 'grave area',
  ['墓碑旁边的台阶上', '路边草丛里', '墓区小路上'], CEM_F, CEM_A, CEM_C, (6, 17), 'qm', CEM_O,
  ['cem1_burn', 'cem1_gate'], 'mudi')
S('cem1_park', 'cem1', 30.5792, 113.9830, ['公墓停车场', '山下停车场', '公墓外面的停车场'], 'cemetery car park',
  ['停车场地上', '车位旁边'], ['公墓保安', '停车场管理员', '扫墓的群众'],
  ['在{p}停车', '在{p}下车'], dict(keys=5, phone=2, wallet=2, bag=1), (6, 17), 'qm', None,
  ['cem1_gate'], 'tingchechang')
S('cem1_burn', 'cem1', 30.5776, 113.9858, ['祭品焚烧点', '烧纸的地方', '文明祭扫焚烧炉'], 'offering burner',
  ['旁边的地上', '放祭品的台子上'], CEM_F, ['在{p}烧纸钱', '在{p}排队烧纸'], CEM_C, (6, 17), 'qm', CEM_O,
  ['cem1_area'], 'shao zhi de difang')
S('cem2_gate', 'cem2', 30.5421, 113.8702, ['大门口', '陵园正门', '陵园门口'], 'gate',
  ['门口台阶上', '售花点旁边'], CEM_F, CEM_A, CEM_C, (6, 17), 'qm', CEM_O, ['cem2_area'], 'lingyuan damen')
S('cem2_area', 'cem2', 30.5408, 113.8721, ['墓区', 'B区', '后山墓区', '祭扫区'], 'grave area',
  ['墓碑前面', '小路边的草里'], CEM_F, CEM_A, CEM_C, (6, 17), 'qm', CEM_O, ['cem2_gate'], 'mudi')

MKT_F = ['摊主', '市场管理处', '市场保安', '一位老师傅']
S('mkt_bird', 'mkt', 30.6402, 113.9198, ['鸟市', '卖鸟的那排', '画眉鸟摊位', '鸟市那一排'], 'bird stalls',
  ['鸟笼摊子边上', '摊位凳子上', '地上'], MKT_F, ['在{p}看画眉', '在{p}买鸟食', '在{p}转了一圈'],
  dict(phone=3, wallet=3, keys=2, other=4, cash=1, bag=1, id_doc=1, electronics=2, jewelry=1),
  (7, 17), 'any', ['在{p}遛鸟', '在{p}看鸟'], ['mkt_flower', 'mkt_gate'], 'niao shi')
S('mkt_flower', 'mkt', 30.6398, 113.9205, ['花卉区', '卖花的棚子', '多肉摊', '花卉大棚'], 'flower stalls',
  ['花盆堆旁边', '摊位台子上'], MKT_F, ['在{p}买花', '在{p}挑多肉', '在{p}买菊花'],
  dict(phone=3, wallet=3, keys=2, other=2, cash=1, bag=2, id_doc=1, jewelry=1),
  (7, 17), 'any', ['在{p}买花'], ['mkt_bird', 'mkt_gate'], 'hua shi')
S('mkt_gate', 'mkt', 30.6406, 113.9191, ['门口', '北门', '大门口', '北门停车的地方'], 'market gate',
  ['门口地上', '门口停车区'], MKT_F + ['巡逻民警'], ['在{p}停车', '在{p}等人'],
  dict(phone=2, wallet=2, keys=2, ebike=3, bicycle=1), (7, 17), 'any', None, ['mkt_bird'], 'shichang menkou')

PARK_F = ['环卫工人', '放风筝的大爷', '公园保安', '游客', '晨练的阿姨']
S('park_kite', 'park', 30.6152, 113.9347, ['风筝广场', '大草坪', '放风筝的草地', '草坪'], 'kite lawn',
  ['草丛里', '树底下', '长椅上', '风筝线轴旁边'], PARK_F,
  ['带孙子在{p}放风筝', '在{p}放风筝', '陪孩子在{p}放风筝'],
  dict(phone=3, keys=3, other=6, wallet=2, electronics=3, bag=1, jewelry=1),
  (8, 19), 'wknd', ['在{p}看别人放风筝', '带孙子在{p}放风筝'], ['park_walk', 'park_play'], 'fengzheng guangchang')
S('park_walk', 'park', 30.6160, 113.9330, ['江边步道', '沿江步道', '江边', '堤上'], 'riverside walk',
  ['长椅上', '栏杆边上', '台阶上'], PARK_F, ['在{p}散步', '在{p}跑步', '在{p}钓鱼'],
  dict(phone=3, keys=3, other=3, wallet=2, electronics=2, bag=1, jewelry=1, bicycle=1),
  (6, 21), 'any', ['在{p}散步', '在{p}晒太阳'], ['park_kite', 'park_gate'], 'jiang bian')
S('park_play', 'park', 30.6147, 113.9358, ['儿童游乐区', '滑滑梯那里', '游乐场', '沙坑'], 'playground',
  ['滑梯下面', '沙坑边上', '长椅上'], PARK_F, ['陪孩子在{p}玩', '带伢在{p}玩'],
  dict(phone=2, other=4, keys=2, wallet=1, electronics=2, jewelry=1, bag=1),
  (8, 19), 'wknd', ['带孙子在{p}玩'], ['park_kite'], 'youlechang')
S('park_gate', 'park', 30.6165, 113.9312, ['公园东门', '东门', '正门广场', '公园门口'], 'park gate',
  ['门口停车区', '门口石凳上'], PARK_F + ['巡逻民警'], ['在{p}停车', '在{p}等人'],
  dict(ebike=3, bicycle=2, phone=1, keys=1), (7, 21), 'any', None, ['park_walk'], 'gongyuan dongmen')

UNI_F = ['图书管理员', '同学', '宿管阿姨', '体育馆管理员', '学校保安']
S('uni_lib', 'uni', 30.6035, 113.9515,
  ['图书馆', '图书馆三楼自习室', '图书馆二楼阅览室', '图书馆一楼借还处', '图书馆存包柜', '图书馆门口'],
  'library', ['自习桌上', '存包柜里', '书架旁边', '插座旁边'], ['图书管理员', '同学', '图书馆保洁', '学生志愿者'],
  ['在{p}自习', '在{p}借书', '在{p}复习考研'],
  dict(phone=3, id_doc=4, electronics=6, bag=3, keys=2, wallet=2, other=3, jewelry=1),
  (7, 23), 'any', None, ['uni_canteen'], 'tushuguan')
S('uni_field', 'uni', 30.6021, 113.9532, ['东区运动场', '田径场', '操场', '运动场看台', '东区操场', '足球场'],
  'sports ground', ['看台座位上', '篮球架下面', '跑道边上'], ['体育馆管理员', '同学', '学校保安'],
  ['在{p}跑步', '在{p}打球', '在{p}踢球'],
  dict(phone=3, keys=2, electronics=4, wallet=1, id_doc=2, bag=2, other=2, jewelry=1),
  (6, 22), 'any', None, ['uni_dorm'], 'caochang')
S('uni_canteen', 'uni', 30.6040, 113.9540, ['一食堂', '学生食堂', '二食堂'], 'student canteen',
  ['餐桌上', '打饭窗口'], ['食堂阿姨', '同学'], ['在{p}吃饭'],
  dict(phone=2, id_doc=3, wallet=1, electronics=2, other=2, keys=1), (6, 21), 'any', None, ['uni_lib'], 'shitang')
S('uni_dorm', 'uni', 30.6012, 113.9555, ['学生宿舍', '宿舍区', '7栋宿舍楼下', '宿舍楼下车棚'], 'dormitory bike shed',
  ['车棚里'], ['宿管阿姨', '学校保安'], ['把车停在{p}'],
  dict(bicycle=6, ebike=3), (0, 24), 'any', None, ['uni_field'], 'sushe')

SM_F = ['收银员', '超市服务台', '超市保安', '理货员']
S('sm_check', 'sm', 30.6382, 113.8848, ['收银台', '结账的地方', '自助收银台', '收银区'], 'checkout',
  ['收银台上', '购物车里', '打包台上'], SM_F, ['在{p}结账', '在{p}排队付钱', '在{p}装袋子'],
  dict(phone=3, wallet=4, keys=2, bag=2, id_doc=2, cash=2, electronics=1, other=1, jewelry=1),
  (8, 21), 'any', ['在{p}付钱'], ['sm_fresh', 'sm_locker'], 'shouyintai')
S('sm_locker', 'sm', 30.6384, 113.8845, ['存包柜', '寄存柜', '门口存包处'], 'lockers',
  ['存包柜里', '存包柜上面'], SM_F, ['把包存在{p}', '在{p}存东西'],
  dict(bag=4, phone=1, keys=2, electronics=1, other=1), (8, 21), 'any', None, ['sm_check'], 'cunbaogui')
S('sm_fresh', 'sm', 30.6379, 113.8852, ['生鲜区', '卖菜的区域', '水果区'], 'fresh food area',
  ['货架旁边', '购物车里', '称重台上'], SM_F, ['在{p}买菜', '在{p}挑水果'],
  dict(phone=3, wallet=3, keys=2, bag=1, id_doc=1, other=1, cash=1, jewelry=1), (8, 21), 'any',
  ['在{p}买菜'], ['sm_check'], 'shengxian qu')
S('sm_park', 'sm', 30.6376, 113.8840, ['超市地下停车场', '超市停车场', '门口停车场'], 'supermarket car park',
  ['停车场地上', '购物车存放点'], ['超市保安', '停车场管理员'], ['在{p}停车', '在{p}装东西上车'],
  dict(keys=3, ebike=2, phone=1, wallet=1, bag=1), (8, 21), 'any', None, ['sm_check'], 'tingchechang')

STREETS = [('中山路与建设路路口', 30.6262, 113.9101), ('人民大道', 30.6405, 113.8890), ('解放街', 30.6342, 113.8935),
           ('沿江大道', 30.6188, 113.9290), ('文化路', 30.6085, 113.9440), ('新华街', 30.6475, 113.8745),
           ('汉正东路', 30.6300, 113.9200), ('学府路', 30.6010, 113.9560), ('凤凰大道', 30.5860, 113.9760),
           ('站前路', 30.6560, 113.8630), ('花园路', 30.6420, 113.9160), ('金桥路', 30.6390, 113.9230),
           ('桂花园小区门口', 30.6280, 113.9060), ('幸福里小区', 30.6350, 113.9100), ('龙泉路', 30.5450, 113.8740)]
for i, (nm, la, lo) in enumerate(STREETS):
    S('street_%d' % i, 'street', la, lo, [nm, nm + '边上', nm + '路边'], nm, ['路边', '绿化带旁', '人行道上'],
      ['巡逻民警', '环卫工人', '路人', '快递小哥'], ['在{p}走路'], dict(), (6, 22), 'any', None, [], '')

FAR = [('far_xinhe', ['新河镇集贸市场', '新河镇', '新河镇汽车站'], 30.7312, 113.7480, 'Xinhe town market'),
       ('far_shahu', ['沙湖镇卫生院', '沙湖镇', '沙湖镇中学门口'], 30.5105, 113.7722, 'Shahu town clinic'),
       ('far_kfq', ['经济开发区管委会', '开发区工业园门口', '开发区'], 30.6688, 114.0133, 'development zone'),
       ('far_dz', ['东区汽车站', '东站', '东区客运站'], 30.6205, 114.0355, 'east bus station'),
       ('far_zyy', ['市中医院', '中医院门诊', '汉川市中医医院'], 30.6690, 113.8350, 'TCM hospital'),
       ('far_fss', ['福寿山公墓', '福寿山陵园'], 30.7050, 113.7900, 'Fushoushan cemetery'),
       ('far_xc', ['西城农贸市场', '西城菜市场'], 30.6480, 113.8090, 'Xicheng wet market'),
       ('far_gx', ['高新区体育中心', '体育中心'], 30.5660, 114.0420, 'sports centre')]
for key, nms, la, lo, en in FAR:
    S(key, 'far', la, lo, nms, en, ['地上', '座椅上', '门口'], ['保安', '保洁员', '群众', '巡逻民警'],
      ['在{p}'], dict(), (7, 19), 'any', None, [], '')

# rides: lost somewhere on a moving vehicle, found at a station or depot
RIDE_CATS = {
    'train': dict(phone=5, bag=4, wallet=3, electronics=4, other=3, id_doc=2, keys=1, jewelry=1),
    'bus': dict(phone=3, bag=3, wallet=2, other=3, electronics=2, id_doc=1, keys=1, cash=1),
    'shuttle': dict(phone=4, wallet=2, bag=3, other=3, id_doc=1, keys=2, electronics=1),
}
BUS_ROUTES = ['12路', 'K2路', '3路', '21路']



# ----------------------------------------------------------------------------- truth records

def Mk(fam, val, o, f=None, en=None, tell=False, vis=True, s=None, py=None):
    o = o if isinstance(o, list) else [o]
    f = (f if isinstance(f, list) else [f]) if f is not None else o
    return dict(fam=fam, val=val, o=o, f=f, en=en, tell=tell, vis=vis, s=s, py=py)


def new_obj(cat, kind, color=None, brand=None, model=None):
    return dict(cat=cat, cat_f=cat, kind=kind, color=color, brand=brand, model=model, serial=None,
                marks=[], contents=[], person=None, extra={}, must=[], must_f=[], role='pair')


FAMGEN = {}


def famgen(name):
    def deco(fn):
        FAMGEN[name] = fn
        return fn
    return deco


# ---- phone
PHONE_MODELS = {
    '华为': ['Mate 70 Lite', 'nova 15 SE', '畅享 80X', 'Pura 80 青春版', 'nova 14 Ultra'],
    '苹果': ['iPhone 16 mini', 'iPhone 15 Lite', 'iPhone 14 Max', 'iPhone 16 SE'],
    '小米': ['Civi 5S', '小米 15 Lite', 'Note 15R'],
    'OPPO': ['Reno 14 Neo', 'A5 Max', 'Find X8 Lite'],
    'vivo': ['S21 Max', 'Y300 Lite', 'X200 Neo'],
    '荣耀': ['X70 Plus', 'Play 9T Pro', '荣耀 200 Lite'],
    '三星': ['Galaxy A58', 'Galaxy S24 Lite'],
    '福寿星': ['FS-818', 'FS-520'],
}
PHONE_COLS = ['黑', '黑', '黑', '白', '银', '金', '蓝', '蓝', '绿', '紫', '粉', '灰']
CASES = [('透明壳', 'a clear case', None, True), ('黑色硅胶壳', 'a black silicone case', '黑', False),
         ('粉色卡通壳', 'a pink cartoon case', '粉', False), ('棕色翻盖皮套', 'a brown flip leather cover', '棕', False),
         ('带支架的防摔壳', 'a rugged case with a stand', None, False), ('蓝色磨砂壳', 'a blue matte case', '蓝', False),
         ('白色软壳', 'a white soft case', '白', False), ('碎花手机壳', 'a floral case', None, False),
         ('绿色液态硅胶壳', 'a green silicone case', '绿', False), ('透明气囊防摔壳', 'a clear shockproof case', None, True)]
STICKERS = [('小熊', 'bear'), ('熊猫', 'panda'), ('小黄鸭', 'yellow duck'), ('福字', '福 character'),
            ('招财猫', 'lucky cat'), ('樱花', 'cherry blossom'), ('柴犬', 'shiba dog'), ('小兔子', 'bunny'),
            ('恐龙', 'dinosaur'), ('向日葵', 'sunflower'), ('草莓', 'strawberry'), ('彩虹', 'rainbow'),
            ('奥特曼', 'Ultraman'), ('篮球', 'basketball'), ('小猪', 'piggy'), ('星星', 'star')]
WALLS = [('我孙女的照片', '一个小女孩的照片', 'a photo of my granddaughter'), ('我家的橘猫', '一只橘猫', 'my orange cat'),
         ('全家福', '一张全家福', 'our family photo'), ('一只柯基', '一只柯基犬', 'a corgi'),
         ('荷花', '荷花图片', 'lotus flowers'), ('海边的风景', '海边风景', 'a beach'), ('观音像', '观音菩萨像', 'a Guanyin image'),
         ('我和我老公的合照', '一男一女的合影', 'me and my husband'), ('樱花', '樱花', 'cherry blossoms'),
         ('我儿子小时候的照片', '一个小男孩的照片', 'my son as a child'), ('雪山', '雪山风景', 'snowy mountains'),
         ('一只哈士奇', '哈士奇的照片', 'a husky'), ('黄鹤楼', '一座古楼的照片', 'an old tower'),
         ('我家宝宝满月照', '婴儿照片', 'my baby')]
CRACKS = [('左上角', 'top-left corner'), ('右上角', 'top-right corner'), ('左下角', 'bottom-left corner'),
          ('右下角', 'bottom-right corner'), ('中间', 'middle'), ('上边', 'top edge')]
LANYARDS = [('红色挂绳', 'a red strap'), ('黑色短挂绳', 'a short black strap'), ('串珠手机链', 'a beaded phone chain'),
            ('挂脖子的蓝色长绳', 'a long blue neck lanyard'), ('带铃铛的挂绳', 'a strap with a little bell'),
            ('红色平安结挂绳', 'a red knot charm')]
INNERS = [('一张公交卡', '一张公交卡', 'a bus card'), ('五十块钱', '人民币50元一张', 'a 50 yuan note'),
          ('孙子的一寸照', '一张小孩一寸照片', "my grandson's photo"), ('一张挂号单', '一张医院挂号单', 'a hospital slip'),
          ('一百块钱', '100元纸币一张', 'a 100 yuan note'), ('一张门禁卡', '一张门禁卡', 'an access card')]
CALLERS = [('我儿子', '儿子'), ('我老婆', '老婆'), ('我女儿', '宝贝女儿'), ('我老伴', '老伴'), ('我妈', '妈妈'),
           ('我老公', '老公'), ('我姐', '姐姐')]


@famgen('sticker')
def m_sticker(o, avoid=None):
    v, en = pick([s for s in STICKERS if s[0] != avoid])
    return Mk('sticker', v, ['手机壳后面贴了个%s贴纸' % v, '壳子背面有%s的贴画' % v, '后壳贴着一张%s贴纸' % v],
              ['手机壳背面贴有%s贴纸' % v, '壳上有%s图案贴纸' % v, '背面有一个%s贴画' % v],
              'a %s sticker on the back' % en, tell=True, s=['%s贴纸' % v, '背面%s贴纸' % v],
              py='houmian you %s tiezhi' % en)


@famgen('wall')
def m_wall(o, avoid=None):
    vo, vf, en = pick([w for w in WALLS if w[0] != avoid])
    return Mk('wall', vo, ['锁屏壁纸是%s' % vo, '锁屏是%s' % vo, '屏保是%s' % vo],
              ['按亮屏幕，锁屏是%s' % vf, '锁屏壁纸为%s' % vf, '屏幕亮起显示%s' % vf],
              'lock screen shows %s' % en, tell=True, s=['锁屏%s' % vo], py=None)


@famgen('crack')
def m_crack(o, avoid=None):
    p, en = pick([c for c in CRACKS if c[0] != avoid])
    return Mk('crack', p, ['屏幕%s摔裂了' % p, '屏幕%s有裂纹' % p, '%s的屏幕碎了一块' % p],
              ['屏幕%s有裂痕' % p, '屏幕%s碎裂' % p, '屏%s有裂纹' % p],
              'screen cracked at the %s' % en, tell=True, s=['屏幕%s裂' % p, '%s碎屏' % p])


@famgen('lanyard')
def m_lanyard(o, avoid=None):
    v, en = pick([l for l in LANYARDS if l[0] != avoid])
    return Mk('lanyard', v, ['挂着%s' % v, '上面拴了根%s' % v], ['带有%s' % v, '系着%s' % v], 'with %s' % en,
              tell=True, s=[v])


def m_case(c):
    zh, en, col, clear = c
    return Mk('case', zh, ['套着%s' % zh, '手机壳是%s' % zh, '带了个%s' % zh],
              ['外有%s' % zh, '带%s' % zh, '手机套为%s' % zh], 'in %s' % en, s=[zh])


def mk_phone(force):
    brand = force.get('brand') or wpick([('华为', 22), ('苹果', 22), ('小米', 9), ('OPPO', 10), ('vivo', 10),
                                          ('荣耀', 8), ('三星', 3), ('福寿星', 0 if PERSON_MODE else 6)])
    kind = 'laorenji' if brand == '福寿星' else 'phone'
    col = force.get('color') or (pick(['黑', '黑', '红', '银']) if kind == 'laorenji' else pick(PHONE_COLS))
    o = new_obj('phone', kind, col, brand, force.get('model') or pick(PHONE_MODELS[brand]))
    o['person'] = person(60, 88) if kind == 'laorenji' else person(16, 80)
    imei = make_imei()
    o['serial'] = dict(t='imei', v=imei, v2=make_imei(imei[:8]))
    case = None
    if kind == 'phone' and chance(0.72):
        case = force.get('case') or pick(CASES)
        o['marks'].append(m_case(case))
        o['extra']['case'] = case
    if case and chance(0.4):
        o['marks'].append(m_sticker(o))
    if chance(0.3):
        o['marks'].append(m_crack(o))
    if kind == 'phone' and chance(0.4):
        o['marks'].append(m_wall(o))
    if chance(0.22):
        o['marks'].append(m_lanyard(o))
    if case and case[3] and chance(0.5):
        io, if_, en = pick(INNERS)
        o['marks'].append(Mk('inner', io, ['壳里面夹着%s' % io, '手机壳里面塞了%s' % io],
                             ['壳内夹有%s' % if_, '透明壳里有%s' % if_], 'with %s inside the case' % en, tell=True,
                             s=['壳里夹%s' % io]))
    if chance(0.15):
        o['marks'].append(Mk('ring', 1, ['背面有个指环支架', '后面粘了个指环扣'], ['背面有指环扣', '背面带指环支架'],
                             'a ring holder on the back', s=['指环支架']))
    if chance(0.2):
        c, d = pick(CALLERS)
        o['marks'].append(Mk('call', d, ['%s一直在打这个号' % c, '%s打了好多遍电话' % c],
                             ['期间有来电，显示"%s"' % d, '一直有电话打进来，备注是"%s"' % d],
                             'my family keeps calling it', s=['来电显示%s' % d]))
    if chance(0.55):
        o['marks'].append(Mk('num', mask_phone(), [], vis=False))
        o['marks'][-1]['o'] = ['手机号是%s' % o['marks'][-1]['val'], '号码%s' % o['marks'][-1]['val'],
                               '电话号码%s' % o['marks'][-1]['val']]
        o['marks'][-1]['en'] = 'number %s' % o['marks'][-1]['val']
    if chance(0.2):
        o['marks'].append(Mk('photos', 1, ['里面有好多孩子的照片', '手机里有我爸的检查报告照片', '里面存的东西很重要'],
                             en='lots of photos I need', vis=False))
    if chance(0.2):
        v = pick(['去年才买的', '用了两年多了', '刚买了三个月', '买的时候三千多'])
        o['marks'].append(Mk('bought', v, [v], en='bought last year', vis=False))
    return o


# ---- id documents
COLLEGES = ['计算机学院', '护理学院', '机械工程学院', '外国语学院', '经济管理学院', '电气学院', '土木学院']
DEPTS = ['心内科', '护理部', '检验科', '放射科', '药剂科', '骨科', '呼吸内科', '急诊科']
HOLDERS = [('蓝色卡套', '蓝', 'a blue card sleeve'), ('透明卡套', None, 'a clear card sleeve'),
           ('黑色证件套', '黑', 'a black card holder'), ('红色卡套', '红', 'a red card sleeve'),
           ('一根皮筋扎着', None, 'held with a rubber band'), ('印着银行标志的卡套', None, 'a bank card sleeve')]


def id_serial(kind, p):
    if kind in ('idcard', 'sbk', 'jsz', 'lnz'):
        return dict(t='id', v=p['id'])
    if kind == 'jzk':
        return dict(t='card', v='00' + digits(8))
    if kind == 'xyk':
        return dict(t='stuid', v='20%d%s' % (R.randint(21, 24), digits(6)))
    if kind == 'yhk':
        b = pick(BANKS)
        return dict(t='bank', bank=b, v=digits(4))
    if kind == 'hz':
        return dict(t='passport', v=pick('EPGK') + digits(8))
    if kind == 'gp':
        return dict(t='staff', v=digits(5))
    return None


def m_person(o, kind, p):
    n = p['name']
    if kind == 'yhk':
        return None
    m = Mk('person', n, ['名字是%s' % n, '姓名%s' % n, '上面是我的名字%s' % n],
           ['姓名：%s' % n, '证件姓名%s' % n, '上面姓名为%s' % n], 'name: %s' % n, tell=True, s=['姓名%s' % n])
    m['fname'] = n
    return m


@famgen('person')
def m_person_regen(o, avoid=None):
    # a different person with a document of the same kind
    old = o['person']
    p = person(max(16, old['age'] - 6), old['age'] + 6, old['male'], old['foreign'], old.get('pinyin', False))
    o['person'] = p
    o['serial'] = id_serial(o['kind'], p) if o['cat'] == 'id_doc' else o['serial']
    return m_person(o, o['kind'], p)


def mk_id(force):
    kind = force.get('kind') or wpick([('idcard', 34), ('sbk', 14), ('jzk', 8), ('xyk', 12), ('jsz', 7),
                                        ('yhk', 6), ('lnz', 5), ('hz', 4), ('gp', 6)])
    if kind == 'xyk':
        p = person(18, 24)
    elif kind == 'lnz':
        p = person(66, 88)
    elif kind == 'gp':
        p = person(22, 52)
    elif kind == 'hz':
        p = person(19, 45, foreign=True)
    elif kind == 'jzk':
        p = person(40, 86)
    else:
        p = person(18, 82)
    o = new_obj('id_doc', kind)
    o['person'] = p
    o['serial'] = id_serial(kind, p)
    pm = m_person(o, kind, p)
    if pm:
        o['marks'].append(pm)
    if kind == 'xyk':
        c = pick(COLLEGES)
        o['marks'].append(Mk('college', c, ['%s的' % c, '%s' % c], ['%s' % c, '学院：%s' % c], 'school of %s' % c, s=[c]))
    if kind == 'gp':
        d = pick(DEPTS)
        o['extra']['dept'] = d
        o['marks'].append(Mk('dept', d, ['%s的工牌' % d, '科室写的%s' % d], ['科室：%s' % d, '市一医院%s' % d],
                             '%s department' % d, s=[d]))
    if kind == 'jzk':
        o['marks'].append(Mk('hosp', 1, ['市一医院的就诊卡'], ['汉川市第一人民医院就诊卡'], 'hospital card', s=['市一医院']))
    if kind == 'jsz':
        o['marks'].append(Mk('class', 'C1', ['C1的', '准驾C1'], ['准驾车型C1'], 'class C1', s=['C1']))
    if chance(0.45):
        h, col, en = pick(HOLDERS)
        o['color'] = col
        o['marks'].append(Mk('holder', h, ['装在%s里' % h if '扎' not in h else '用%s' % h],
                             ['装于%s内' % h if '扎' not in h else '用%s' % h], en, s=[h]))
    # other cards kept together
    if kind not in ('hz',) and chance(0.35):
        extra = []
        if kind != 'yhk' and chance(0.6):
            b = pick(BANKS)
            t = digits(4)
            extra.append(Mk('card', t, ['一张%s卡尾号%s' % (pick(b[1]), t)], ['%s卡一张(尾号%s)' % (b[0], t)],
                            '%s card ending %s' % (b[3], t), tell=True))
        if kind == 'idcard' and chance(0.5):
            extra.append(Mk('card', 'sbk', ['医保卡'], ['社保卡一张'], 'health insurance card'))
        if chance(0.4):
            extra.append(Mk('card', 'bus', ['公交卡'], ['公交卡一张'], 'bus card'))
        o['contents'] += extra
    return o


# ---- wallets
def approx_amount(n):
    if n < 100:
        return pick(['几十块钱', '几十块', '不到一百块'])
    if n < 1000:
        h = n // 100
        return pick(['%s百多块' % cn_unit(h), '%s百来块' % cn_unit(h), '大概%d块' % (h * 100), '%d块左右' % n,
                     '%d元' % n]) if n % 100 else pick(['%s百块' % cn_unit(h), '%d元' % n, '%d块钱' % n])
    t = n // 1000
    return pick(['%s千多' % cn_unit(t), '%d块左右' % n, '%d元' % n, '%s千出头' % cn_unit(t)]) if n % 1000 else \
        pick(['%s千块' % cn_unit(t), '%d元整' % n, '%d块' % n])


@famgen('cashin')
def m_cashin(o, avoid=None):
    while True:
        n = wpick([(R.randint(2, 9) * 10 + pick([0, 5, 6, 8]), 2), (R.randint(1, 9) * 100 + pick([0, 0, 20, 50, 36, 80]), 5),
                   (R.randint(1, 4) * 1000 + pick([0, 0, 200, 500]), 2)])
        if n != avoid:
            break
    return Mk('cashin', n, ['现金%s' % approx_amount(n), '%s现金' % approx_amount(n), '钱大概%s' % approx_amount(n)],
              ['现金%d元' % n, '人民币%d元' % n, '现金共计%d元' % n], '%d yuan cash' % n, tell=True)


def m_idin(o, p):
    m = Mk('idin', p['name'], ['身份证（%s）' % p['name'], '我的身份证', '身份证，名字%s' % p['name']],
           ['身份证一张（姓名%s）' % name_for_finder(p['name']), '居民身份证一张，姓名%s' % p['name']],
           'my ID card (%s)' % p['name'], tell=True)
    return m


@famgen('idin')
def m_idin_regen(o, avoid=None):
    old = o['person']
    p = person(max(18, old['age'] - 8), old['age'] + 8, old['male'])
    o['person'] = p
    if o['serial'] and o['serial']['t'] == 'id':
        o['serial'] = dict(t='id', v=p['id'])
    return m_idin(o, p)


PHOTOS = [('我孙子的照片', '一张小男孩照片', "a photo of my grandson"), ('我老伴年轻时的照片', '一张黑白老照片', 'an old photo of my wife'),
          ('女儿的一寸照', '一张女孩一寸照', "my daughter's photo"), ('全家福', '一张合影', 'a family photo'),
          ('我儿子的照片', '一张小男孩照片', 'a photo of my son'), ('我和我女朋友的合照', '一张男女合影', 'a photo of me and my girlfriend')]


def mk_wallet(force):
    kind = force.get('kind') or wpick([('wallet_long', 30), ('wallet_short', 35), ('coin', 15), ('cardcase', 20)])
    brand = force.get('brand', 'x')
    if brand == 'x':
        brand = wpick([('七匹狼', 18), ('金利来', 12), ('蔻驰', 8), ('鳄鱼', 8), (None, 54)]) if kind != 'coin' else None
    col = force.get('color') or (pick(['红', '粉', '黄', '紫', '蓝']) if kind == 'coin' else
                                 wpick([('黑', 30), ('棕', 25), ('红', 12), ('粉', 7), ('蓝', 6), ('灰', 5), ('白', 4)]))
    o = new_obj('wallet', kind, col, brand)
    p = person(18, 85)
    o['person'] = p
    mat = pick(['真皮', '皮的', 'PU皮', '布的', '漆皮']) if kind != 'coin' else pick(['布的', '绣花的', '皮的'])
    o['marks'].append(Mk('material', mat, ['%s' % mat], ['%s材质' % mat.rstrip('的')], mat, s=[mat]))
    if chance(0.3):
        w = pick(['边角磨破了', '拉链头掉了一个', '扣子有点松', '背面有一道划痕'])
        o['marks'].append(Mk('wear', w, [w], [w.replace('了一个', '').replace('有点', '')], 'worn', s=[w]))
    if brand and chance(0.5):
        o['marks'].append(Mk('logo', brand, ['上面有%s的标' % brand], ['有%s标志' % brand], '%s logo' % brand))
    if kind != 'cardcase' and chance(0.75):
        o['contents'].append(m_cashin(o))
    if kind in ('cardcase',) or chance(0.55):
        o['contents'].append(m_idin(o, p))
        o['serial'] = dict(t='id', v=p['id'])
    for _ in range(R.choice([0, 1, 1, 2])):
        b = pick(BANKS)
        t = digits(4)
        o['contents'].append(Mk('card', t, ['%s卡尾号%s' % (pick(b[1]), t), '一张%s的卡' % pick(b[1])],
                                ['%s银行卡一张（尾号%s）' % (b[0].replace('银行', ''), t), '%s卡一张，卡号%s****%s' % (b[0], b[2], t)],
                                '%s card ending %s' % (b[3], t), tell=True))
        if not o['serial']:
            o['serial'] = dict(t='bank', bank=b, v=t)
    if chance(0.2):
        o['contents'].append(Mk('card', 'sbk', ['医保卡', '社保卡'], ['社保卡一张（姓名%s）' % name_for_finder(p['name'])],
                                'health insurance card'))
    if chance(0.15):
        po, pf, en = pick(PHOTOS[:4] if p['age'] >= 55 else PHOTOS[2:])
        o['contents'].append(Mk('photo', po, [po], [pf], en, tell=True))
    if chance(0.2):
        o['contents'].append(Mk('bus', 1, ['公交卡'], ['公交卡一张'], 'a bus card'))
    if chance(0.15):
        v = pick(['药费发票', '挂号收据', '超市小票', '一张住院押金条'])
        o['contents'].append(Mk('slip', v, [v], ['%s若干' % v if '张' not in v else v], 'receipts'))
    return o


# ---- keys
PENDANTS = [('小熊挂件', 'a little bear charm', '棕'), ('红绳平安扣', 'a red-string jade ring', '红'),
            ('葫芦挂件', 'a little gourd', '黄'), ('指甲剪', 'a nail clipper', '银'), ('开瓶器', 'a bottle opener', '银'),
            ('毛绒兔子挂件', 'a plush bunny', '白'), ('奥特曼公仔', 'an Ultraman figure', '红'), ('铜钱', 'a copper coin', '金'),
            ('篮球挂件', 'a basketball charm', '橙'), ('小手电筒', 'a mini torch', '黑'), ('貔貅挂件', 'a pixiu charm', '金'),
            ('桃木剑挂件', 'a peach-wood sword', '棕'), ('皮质钥匙扣', 'a leather fob', '棕'), ('蓝色海豚', 'a blue dolphin', '蓝'),
            ('粉色小猪', 'a pink piggy', '粉'), ('汽车模型挂件', 'a toy car charm', '红')]
DOORCARDS = [('蓝色', '蓝'), ('红色', '红'), ('黑色', '黑'), ('白色', '白'), ('黄色', '黄'), ('绿色', '绿')]
KEYTYPES = ['防盗门钥匙', '十字钥匙', '小铜钥匙', '电动车钥匙', '信箱钥匙', '挂锁钥匙', '抽屉钥匙', '单元门钥匙']


@famgen('pendant')
def m_pendant(o, avoid=None):
    v, en, col = pick([p for p in PENDANTS if p[0] != avoid])
    o['extra']['pcol'] = col
    return Mk('pendant', v, ['上面挂了个%s' % v, '钥匙扣是%s' % v, '拴着一个%s' % v],
              ['挂有%s' % v, '钥匙圈上有%s' % v, '带一个%s' % v], 'with %s' % en, tell=True, s=[v],
              py='you yige %s' % en)


@famgen('tag')
def m_tag(o, avoid=None):
    while True:
        v = pick(['%d-%d-%d' % (R.randint(1, 12), R.randint(1, 4), R.randint(1, 18) * 100 + R.randint(1, 4)),
                  '%d栋%d单元' % (R.randint(1, 20), R.randint(1, 4)), '仓库', '老家', '%d号铺' % R.randint(1, 60)])
        if v != avoid:
            break
    return Mk('tag', v, ['钥匙上贴了胶布写着"%s"' % v, '有个小牌子写的%s' % v],
              ['其中一把钥匙贴有胶布，写"%s"' % v, '挂有小标签，上写"%s"' % v], 'a tag reading "%s"' % v, tell=True,
              s=['标签"%s"' % v])


def mk_keys(force):
    kind = force.get('kind') or wpick([('keys', 80), ('carkey', 20)])
    o = new_obj('keys', kind)
    o['person'] = person(20, 80)
    if kind == 'carkey':
        o['brand'] = force.get('brand') or pick(['大众', '丰田', '比亚迪', '本田', '五菱'])
        o['color'] = '黑'
        o['marks'].append(Mk('fob', o['brand'], ['%s的遥控钥匙' % o['brand']], ['%s车标遥控钥匙' % o['brand']],
                             '%s remote key' % o['brand'], s=['%s遥控钥匙' % o['brand']]))
        if chance(0.6):
            n = R.randint(1, 3)
            o['marks'].append(Mk('nkeys', n, ['还串着%s把家里的钥匙' % cn_unit(n)], ['另有%s把钥匙' % cn_unit(n)],
                                 'plus %d house keys' % n))
    else:
        n = R.randint(2, 7)
        types = R.sample(KEYTYPES, min(3, n))
        o['marks'].append(Mk('nkeys', n, ['%s把钥匙' % cn_unit(n), ['两三把钥匙', '两三把钥匙', '三四把钥匙', '四五把钥匙', '五六把钥匙', '六七把钥匙'][n - 2],
                                          '有%s、%s' % (types[0], types[1])],
                             ['共%s把钥匙' % cn_unit(n), '%d把钥匙' % n, '钥匙%d把（含%s）' % (n, types[0])],
                             '%d keys' % n, s=['%d把钥匙' % n]))
        if chance(0.5):
            dc, col = pick(DOORCARDS)
            shape = pick(['门禁卡', '圆形门禁扣', '水滴形门禁卡'])
            o['color'] = col
            o['marks'].append(Mk('door', dc + shape, ['还有个%s%s' % (dc, shape), '带%s%s' % (dc, shape)],
                                 ['%s%s一个' % (dc, shape), '带%s%s' % (dc, shape)], 'a %s access fob' % COL[col]['en'],
                                 s=[dc + shape]))
        if 'carkey' not in kind and chance(0.2):
            b = pick(['大众', '丰田', '比亚迪'])
            o['brand'] = b
            o['marks'].append(Mk('fob', b, ['还有一把%s的车钥匙' % b], ['含%s汽车遥控钥匙一把' % b], 'a %s car key' % b))
    if chance(0.62):
        o['marks'].append(m_pendant(o))
        if not o['color'] and chance(0.5):
            o['color'] = o['extra']['pcol']
    if chance(0.18):
        o['marks'].append(m_tag(o))
    ring = pick(['一个大铁圈', '登山扣', '普通钥匙圈', '红绳子'])
    o['marks'].append(Mk('ring', ring, ['用%s串着' % ring], ['%s串连' % ring], 'on %s' % ring, s=[ring]))
    return o


# ---- e-bikes and bicycles
EB_MODELS = {'雅迪': ['DE8', '冠逸T5', 'Q7青春版'], '爱玛': ['小蜜豆Pro', 'A500', '麦MA3'], '台铃': ['超能T7', '狮子王S3'],
             '新日': ['XC1', '小金刚N5'], '小牛': ['UQ+ 2025', 'F0 Lite'], '绿源': ['S70', 'MODA3']}
EB_PREF = {'雅迪': 'YD', '爱玛': 'AM', '台铃': 'TL', '新日': 'XR', '小牛': 'NU', '绿源': 'LY'}


@famgen('plate')
def m_plate(o, avoid=None):
    v = '汉川%s%s' % (pick('ABCDE'), digits(5))
    o['serial'] = dict(t='plate', v=v, frame=o['serial']['frame'] if o.get('serial') else None)
    return None


@famgen('seatcover')
def m_seatcover(o, avoid=None):
    v, en = pick([x for x in [('豹纹', 'leopard-print'), ('红格子', 'red check'), ('卡通小熊', 'cartoon bear'),
                              ('黑色皮', 'black leather'), ('迷彩', 'camouflage'), ('蓝色碎花', 'blue floral')] if x[0] != avoid])
    return Mk('seatcover', v, ['坐垫套是%s的' % v, '座子上套了个%s的垫子' % v], ['坐垫套为%s图案' % v, '座椅套%s' % v],
              'a %s seat cover' % en, tell=True, s=['%s坐垫套' % v])


def mk_ebike(force):
    brand = force.get('brand') or wpick([('雅迪', 25), ('爱玛', 20), ('台铃', 15), ('新日', 10), ('小牛', 10), ('绿源', 10)])
    col = force.get('color') or pick(['白', '白', '黑', '黑', '红', '蓝', '灰', '粉', '绿', '银'])
    o = new_obj('ebike', 'ebike', col, brand, force.get('model') or pick(EB_MODELS[brand]))
    o['person'] = person(18, 72)
    frame = '%s%d%s%s' % (EB_PREF[brand], R.randint(19, 25), pick('ABCDEFGHJK'), digits(7))
    o['serial'] = dict(t='plate', v='汉川%s%s' % (pick('ABCDE'), digits(5)), frame=frame)
    if chance(0.5):
        o['marks'].append(m_seatcover(o))
    if chance(0.45):
        v = pick(['一件蓝色雨衣', '一个头盔', '一袋菜', '两瓶水', '一把雨伞'])
        o['marks'].append(Mk('basket', v, ['车篮里放着%s' % v, '前面筐里有%s' % v], ['车筐内有%s' % v, '车篮里有%s' % v],
                             'basket has %s' % v, s=['车篮里%s' % v]))
    if chance(0.3):
        o['marks'].append(Mk('childseat', 1, ['后面装了儿童座椅', '后座加了个小孩座位'], ['后座装有儿童座椅'],
                             'child seat on the back', s=['儿童座椅']))
    if chance(0.3):
        v = pick(['红色', '黑色', '迷彩', '蓝色碎花'])
        o['marks'].append(Mk('quilt', v, ['挂着%s的挡风被' % v], ['装有%s挡风被' % v], '%s wind quilt' % v,
                             s=['%s挡风被' % v]))
    if chance(0.3):
        v = pick(['左边后视镜断了', '右边后视镜没了', '车身右侧有刮痕', '前挡板裂了', '尾灯坏了一个'])
        o['marks'].append(Mk('damage', v, [v], [v.replace('没了', '缺失').replace('断了', '断裂')], 'damaged', tell=True, s=[v]))
    if chance(0.25):
        v = pick(['新手上路', '别吻我', '一路平安', '熊猫'])
        o['marks'].append(Mk('ebsticker', v, ['车后面贴着"%s"的贴纸' % v], ['车尾贴有"%s"贴纸' % v],
                             'a "%s" sticker' % v, tell=True, s=['"%s"贴纸' % v]))
    if chance(0.5):
        v = pick(['48V锂电池', '60V铅酸电池', '电池是去年新换的', '车钥匙还在我身上', '买了一年多', '车龙头锁了'])
        o['marks'].append(Mk('hid', v, [v], en=v, vis=False))
    return o


BK_MODELS = {'捷安特': ['ATX 660', 'Escape 2 城市版', 'FCR 1'], '美利达': ['勇士 300', 'Crossway 100'],
             '永久': ['YJ-26 女式', 'C5 复古'], '凤凰': ['FH-2600', '小海豚'], '喜德盛': ['英雄 500', 'AD 350'],
             '迪卡侬': ['Rockrider 120', 'Elops 100']}
BK_PREF = {'捷安特': 'GA', '美利达': 'MR', '永久': 'YJ', '凤凰': 'FH', '喜德盛': 'XD', '迪卡侬': 'DK'}


@famgen('permit')
def m_permit(o, avoid=None):
    v = '%04d' % R.randint(1, 4999)
    return Mk('permit', v, ['车上贴了学校的停车证，编号%s' % v, '后挡泥板上有理工的车证%s号' % v],
              ['贴有理工学院停车证，编号%s' % v, '车证号No.%s' % v], 'campus parking sticker No.%s' % v, tell=True,
              s=['车证%s' % v])


@famgen('frame')
def m_frame(o, avoid=None):
    b = o['brand'] or '捷安特'
    o['serial'] = dict(t='frame', v='%s%s%d%s' % (BK_PREF.get(b, 'BK'), pick('ABCDEFGHJK'), R.randint(18, 25), digits(6)))
    return None


def mk_bicycle(force):
    kind = force.get('kind') or wpick([('bike_mtb', 45), ('bike_city', 40), ('bike_fold', 15)])
    brand = force.get('brand') or wpick([('捷安特', 25), ('美利达', 15), ('永久', 15), ('凤凰', 15), ('喜德盛', 15), ('迪卡侬', 10)])
    col = force.get('color') or pick(['黑', '白', '红', '蓝', '灰', '绿', '黄', '银'])
    o = new_obj('bicycle', kind, col, brand, force.get('model') or pick(BK_MODELS[brand]))
    o['person'] = person(18, 60)
    o['serial'] = dict(t='frame', v='%s%s%d%s' % (BK_PREF[brand], pick('ABCDEFGHJK'), R.randint(18, 25), digits(6)))
    if chance(0.45):
        o['marks'].append(m_permit(o))
    if chance(0.4):
        v = pick(['前面装了车筐', '有个黑色铁车筐', '后面有货架'])
        o['marks'].append(Mk('basket', v, [v], [v.replace('装了', '装有').replace('有个', '带')], 'with a basket', s=[v]))
    if chance(0.35):
        v = pick(['车锁还锁在后轮上', '挂着一把U型锁', '链条有点锈', '车座换过，是黑色加厚的', '铃铛是小黄人形状的',
                  '车把缠了红色胶带'])
        o['marks'].append(Mk('bkmark', v, [v], [v.replace('还', '')], v, tell=True, s=[v]))
    return o


# ---- bags
BAG_BRANDS = {'backpack': [('耐克', 14), ('阿迪达斯', 10), ('安踏', 10), ('李宁', 8), ('迪卡侬', 12), ('小米', 8), (None, 38)],
              'handbag': [('蔻驰', 15), ('金利来', 10), (None, 75)], 'crossbody': [('耐克', 10), ('李宁', 10), ('蔻驰', 10), (None, 70)],
              'tote': [(None, 100)], 'suitcase': [('新秀丽', 25), ('小米', 20), (None, 55)], 'laptopbag': [('小米', 20), ('新秀丽', 20), (None, 60)],
              'waist': [('耐克', 15), ('安踏', 15), (None, 70)], 'medbag': [(None, 100)]}
BAG_STUFF = [('病历本', '病历本一本', 'medical record booklet'), ('一袋CT片', 'CT片一袋', 'CT films'),
             ('降压药', '药品若干（降压药）', 'blood pressure pills'), ('保温杯', '保温杯一个', 'a thermos'),
             ('一件外套', '外套一件', 'a jacket'), ('雨伞', '雨伞一把', 'an umbrella'), ('充电宝', '充电宝一个', 'a power bank'),
             ('饭盒', '饭盒一个', 'a lunch box'), ('几个苹果', '水果若干', 'some fruit'), ('纸钱和香', '纸钱香烛', 'offerings'),
             ('一包纸巾', '纸巾', 'tissues'), ('眼镜盒', '眼镜盒一个', 'a glasses case'), ('两本书', '书两本', 'two books'),
             ('毛巾和牙刷', '洗漱用品', 'toiletries'), ('孩子的尿不湿', '婴儿尿不湿若干', 'nappies')]


@famgen('bagtag')
def m_bagtag(o, avoid=None):
    p = o['person']
    v = pick([p['name'], p['name'][-2:] if ' ' not in p['name'] else p['name'].split()[0], 'Mr. %s' % p['name'][0] if ' ' not in p['name'] else p['name']])
    if v == avoid:
        v = p['name'] + pick(['的包', ''])
    w = pick(['写着名字的吊牌', '行李牌', '名字贴'])
    return Mk('bagtag', v, ['包上挂了个%s，写的"%s"' % (w, v), '包上有我的名字牌"%s"' % v],
              ['包外挂有%s，写"%s"' % (w, v), '包上有名牌，写着"%s"' % v], 'a name tag "%s"' % v, tell=True, s=['名牌"%s"' % v])


@famgen('bagcharm')
def m_bagcharm(o, avoid=None):
    v, en, col = pick([p for p in PENDANTS if p[0] != avoid])
    return Mk('bagcharm', v, ['拉链上挂着%s' % v, '包上挂了个%s' % v], ['包上挂有%s' % v, '拉链头挂%s' % v], 'with %s' % en,
              tell=True, s=[v])


@famgen('bagbook')
def m_bagbook(o, avoid=None):
    p = o['person']
    v = pick(['高等数学', '大学英语', '护理学基础', '电路原理', '考研政治'])
    return Mk('bagbook', p['name'], ['里面有本《%s》，写了我名字%s' % (v, p['name'])],
              ['内有《%s》一本，扉页写有"%s"' % (v, p['name'])], 'a textbook with my name %s' % p['name'], tell=True)


def mk_bag(force):
    kind = force.get('kind') or wpick([('backpack', 30), ('handbag', 18), ('crossbody', 14), ('tote', 10), ('suitcase', 7),
                                        ('laptopbag', 6), ('waist', 7), ('medbag', 8)])
    brand = force.get('brand', 'x')
    if brand == 'x':
        brand = wpick(BAG_BRANDS[kind])
    col = force.get('color') or (pick(['白', '蓝', '红', '黄']) if kind == 'medbag' else
                                 wpick([('黑', 35), ('灰', 10), ('蓝', 12), ('红', 8), ('棕', 10), ('白', 8), ('粉', 7), ('绿', 5), ('紫', 3)]))
    o = new_obj('bag', kind, col, brand)
    o['person'] = person(18 if kind in ('backpack', 'laptopbag') else 25, 60 if kind in ('backpack',) else 82)
    if brand and chance(0.5):
        o['marks'].append(Mk('logo', brand, ['上面有%s的标' % brand], ['有%s标志' % brand], '%s logo' % brand))
    stuff = R.sample(BAG_STUFF, R.randint(1, 3))
    if kind == 'medbag':
        stuff = [BAG_STUFF[0], BAG_STUFF[1]] + ([BAG_STUFF[2]] if chance(0.5) else [])
    for so, sf, en in stuff:
        o['contents'].append(Mk('stuff', so, [so], [sf], en))
    if kind == 'medbag' or (chance(0.2) and kind != 'suitcase'):
        p = o['person']
        o['contents'].append(Mk('record', p['name'], ['病历本上写的%s' % p['name'], '病历上是%s的名字' % p['name']],
                                ['病历本姓名%s' % name_for_finder(p['name']), '病历姓名为%s' % p['name']],
                                'medical records in the name %s' % p['name'], tell=True))
    if kind == 'laptopbag' or (kind == 'backpack' and chance(0.2)):
        b = pick(['华为', '小米', '苹果'])
        sn = alnum(10)
        o['extra']['laptop'] = (b, sn)
        o['contents'].append(Mk('laptop', b, ['一台%s笔记本电脑' % b, '%s的电脑' % b], ['%s笔记本电脑一台' % b],
                                'a %s laptop' % BR[b]['en'], tell=True))
        o['serial'] = dict(t='sn', v=sn)
    if kind == 'backpack' and o['person']['age'] <= 30 and chance(0.35):
        o['contents'].append(m_bagbook(o))
    if chance(0.35):
        o['marks'].append(m_bagcharm(o))
    if chance(0.2):
        o['marks'].append(m_bagtag(o))
    if chance(0.3):
        cash = m_cashin(o)
        o['contents'].append(cash)
    if chance(0.2):
        v = pick(['拉链坏了一边', '背带断过缝了一下', '底下有块污渍', '侧面口袋破了个洞'])
        o['marks'].append(Mk('wear', v, [v], [v], 'worn', s=[v]))
    return o


# ---- cash
CONTAINERS = [('白色信封', '白', 'a white envelope'), ('牛皮纸信封', '棕', 'a brown paper envelope'), ('红包', '红', 'a red packet'),
              ('塑料袋', None, 'a plastic bag'), ('橡皮筋捆着', None, 'a rubber band'), ('银行的纸袋', '白', 'a bank paper bag')]


@famgen('amount')
def m_amount(o, avoid=None):
    while True:
        n = wpick([(R.randint(5, 50) * 100, 5), (R.randint(1, 9) * 1000, 3), (R.randint(3, 19) * 100 + pick([50, 20, 70]), 2)])
        if n != avoid:
            break
    notes = pick(['都是一百的', '一百的和五十的都有', '', ''])
    return Mk('amount', n, ['一共%s' % approx_amount(n) + ('，%s' % notes if notes else ''), '%s现金' % approx_amount(n)],
              ['共计人民币%d元' % n, '现金%d元' % n, '人民币%d元整' % n], '%d yuan' % n, tell=True)


@famgen('writing')
def m_writing(o, avoid=None):
    v = pick([w for w in ['住院押金', '给妈的', '清明', '交费', '王医生', '房租', '学费', '爸爸手术费'] if w != avoid])
    return Mk('writing', v, ['信封上写着"%s"' % v, '上面写了%s两个字' % v if len(v) == 2 else '上面写了"%s"' % v],
              ['信封上写有"%s"字样' % v, '外面写着"%s"' % v], 'written "%s" on it' % v, tell=True, s=['写"%s"' % v])


def mk_cash(force):
    c = force.get('container') or pick(CONTAINERS)
    o = new_obj('cash', 'cash', c[1])
    o['person'] = person(28, 82)
    o['extra']['container'] = c
    o['marks'].append(Mk('container', c[0], ['装在%s里' % c[0] if '捆' not in c[0] else '用%s' % c[0]],
                         ['装于%s内' % c[0] if '捆' not in c[0] else '用%s' % c[0]], 'in %s' % c[2], s=[c[0]]))
    o['contents'].append(m_amount(o))
    if c[0] != '橡皮筋捆着' and chance(0.4):
        o['marks'].append(m_writing(o))
    if chance(0.3):
        v = pick(['准备交住院押金的', '刚从银行取的', '给老人的生活费', '卖菜攒的'])
        o['marks'].append(Mk('why', v, [v], en=v, vis=False))
    return o


# ---- jewelry
@famgen('engrave')
def m_engrave(o, avoid=None):
    while True:
        v = pick(['%s%s %d.%d.%d' % (pick('LWZCHYMX'), pick('LWZCHYMX'), R.randint(1985, 2022), R.randint(1, 12), R.randint(1, 28)),
                  '%s♥%s' % (pick('LWZCHYMX'), pick('LWZCHYMX')), pick(['平安', '长命百岁', '爱', '福', '永恒', '一生一世']),
                  '%s%s' % (pick('LWZCHYMX'), pick('LWZCHYMX'))])
        if v != avoid:
            break
    return Mk('engrave', v, ['内侧刻了"%s"' % v, '上面刻着%s' % v], ['内圈刻有"%s"' % v, '刻有"%s"字样' % v],
              'engraved "%s"' % v, tell=True, s=['刻"%s"' % v])


PENDS = [('观音吊坠', 'a Guanyin pendant'), ('平安扣吊坠', 'a jade disc pendant'), ('小金佛', 'a little Buddha'),
         ('生肖马吊坠', 'a horse zodiac pendant'), ('生肖龙吊坠', 'a dragon zodiac pendant'), ('心形吊坠', 'a heart pendant'),
         ('转运珠', 'a lucky bead'), ('十字架', 'a cross')]


@famgen('pend')
def m_pend(o, avoid=None):
    v, en = pick([p for p in PENDS if p[0] != avoid])
    return Mk('pend', v, ['带个%s' % v, '下面挂着%s' % v], ['附%s' % v, '带有%s' % v], 'with %s' % en, tell=True, s=[v])


def mk_jewelry(force):
    kind = force.get('kind') or wpick([('gold_chain', 20), ('gold_bangle', 12), ('jade_bangle', 14), ('ring', 18), ('earring', 10),
                                        ('bracelet', 10), ('lock', 6), ('beads', 10)])
    col = {'gold_chain': '金', 'gold_bangle': '金', 'jade_bangle': pick(['绿', '绿', '白']), 'ring': pick(['金', '金', '银']),
           'earring': pick(['金', '银', '白']), 'bracelet': pick(['银', '金', '红']), 'lock': '银', 'beads': pick(['棕', '黑', '红'])}[kind]
    col = force.get('color') or col
    brand = force.get('brand', 'x')
    if brand == 'x':
        brand = None if kind in ('beads', 'jade_bangle') and chance(0.8) else wpick([('周大福', 25), ('老凤祥', 20), ('周生生', 10), ('六福', 10), (None, 35)])
    o = new_obj('jewelry', kind, col, brand)
    o['person'] = person(25, 85, male=False if kind in ('earring', 'bracelet', 'jade_bangle') else None)
    mat = {'gold_chain': '足金', 'gold_bangle': '足金', 'jade_bangle': pick(['翡翠', '和田玉', '岫玉']), 'ring': pick(['足金', '18K金', '铂金']),
           'earring': pick(['珍珠', '足金', '银']), 'bracelet': pick(['银', '18K金', '红绳编的']), 'lock': '银',
           'beads': pick(['小叶紫檀', '菩提子', '沉香木'])}[kind]
    o['marks'].append(Mk('mat', mat, [mat, '%s的' % mat], [('疑似%s' % mat) if mat in ('足金', '18K金', '铂金', '翡翠', '和田玉') else mat],
                         mat, s=[mat]))
    if kind == 'gold_chain' and chance(0.7):
        o['marks'].append(m_pend(o))
    if kind in ('ring', 'gold_bangle', 'lock', 'bracelet') and chance(0.55):
        o['marks'].append(m_engrave(o))
    if kind == 'beads':
        n = pick([18, 21, 27, 108])
        o['marks'].append(Mk('nbeads', n, ['%d颗珠子' % n], ['%d颗珠' % n], '%d beads' % n, tell=True, s=['%d颗' % n]))
    if kind == 'earring':
        o['marks'].append(Mk('single', 1, ['只掉了一只，另一只还在', '一对里掉了一只'], ['单只'], 'just one of a pair'))
    if kind == 'jade_bangle' and chance(0.5):
        v = pick(['有一道白色的棉絮纹', '有一小块黄色的皮', '有一条细裂纹，用金包过边'])
        o['marks'].append(Mk('jadefeat', v, [v], [v.replace('有一条', '有').replace('有一小块', '有')], v, tell=True, s=[v]))
    if kind not in ('beads', 'earring') and chance(0.5):
        g = R.randint(3, 40)
        o['marks'].append(Mk('weight', g, ['大概%d克' % g, '%d克左右' % g], en='about %d g' % g, vis=False))
    if chance(0.25):
        v = pick(['我妈留给我的', '结婚时买的', '戴了二十多年', '孩子满月时外婆给的'])
        o['marks'].append(Mk('story', v, [v], en=v, vis=False))
    return o


# ---- electronics
EL = {
    'earbuds': ([('苹果', 30), ('华为', 25), ('小米', 15), ('漫步者', 15), ('索尼', 10)],
                {'苹果': ['AirPods 4 Lite', 'AirPods Pro 3 SE'], '华为': ['FreeBuds 7 Lite', 'FreeBuds SE 4'], '小米': ['Buds 6 Air'],
                 '漫步者': ['Lolli Pro 5', 'X7 Neo'], '索尼': ['WF-C620']}, ['白', '白', '黑', '蓝', '绿']),
    'powerbank': ([('罗马仕', 40), ('小米', 35), (None, 25)], {'罗马仕': ['sense 10P'], '小米': ['PB20K Lite']}, ['白', '黑', '蓝', '粉']),
    'tablet': ([('苹果', 45), ('华为', 35), ('小米', 20)], {'苹果': ['iPad Air 7 Lite', 'iPad 11 mini'], '华为': ['MatePad 12 SE'],
                                                         '小米': ['Pad 7 Lite']}, ['灰', '银', '蓝', '紫']),
    'laptop': ([('华为', 40), ('小米', 25), ('苹果', 35)], {'华为': ['MateBook 14 Lite'], '小米': ['RedmiBook 15 Air'],
                                                        '苹果': ['MacBook Air 15 SE']}, ['灰', '银']),
    'swatch': ([('华为', 50), ('小米', 30), ('苹果', 20)], {'华为': ['Watch GT 6 Lite', '手环 10 Pro'], '小米': ['Watch S5 SE'],
                                                        '苹果': ['Watch SE 4']}, ['黑', '白', '粉', '绿']),
    'kidwatch': ([('小天才', 70), ('华为', 30)], {'小天才': ['Z10 少年版', 'Q5 Lite'], '华为': ['儿童手表 6X']}, ['蓝', '粉', '黑']),
    'camera': ([('佳能', 50), ('索尼', 50)], {'佳能': ['EOS R60', 'PowerShot V20'], '索尼': ['ZV-E20', 'A6800 Lite']}, ['黑', '白', '银']),
    'hearing': ([('峰力', 70), (None, 30)], {'峰力': ['Audeo L30 Lite']}, ['灰', '棕', '银']),
    'radio': ([('德生', 70), (None, 30)], {'德生': ['PL-330 Lite', 'R-9710']}, ['黑', '红', '银']),
    'drone': ([('大疆', 100)], {'大疆': ['Mini 5 SE', 'Neo 2 Lite']}, ['灰', '白']),
}


@famgen('elsticker')
def m_elsticker(o, avoid=None):
    v, en = pick([s for s in STICKERS if s[0] != avoid])
    return Mk('elsticker', v, ['上面贴了个%s贴纸' % v, '外壳有%s的贴画' % v], ['表面贴有%s贴纸' % v, '外壳上有%s贴画' % v],
              'a %s sticker' % en, tell=True, s=['%s贴纸' % v])


@famgen('elname')
def m_elname(o, avoid=None):
    p = o['person']
    v = pick([p['name'], p['name'][-2:] if ' ' not in p['name'] else p['name'].split()[0]])
    if v == avoid:
        v = p['name']
    return Mk('elname', v, ['背面贴了胶布写着"%s"' % v, '上面用记号笔写了%s' % v], ['背面贴有胶布，写"%s"' % v, '写有"%s"字样' % v],
              'name "%s" written on it' % v, tell=True, s=['写"%s"' % v])


STRAPS = {'黑色硅胶': 'black silicone', '橙色硅胶': 'orange silicone', '棕色皮质': 'brown leather', '粉色编织': 'pink braided',
          '墨绿色尼龙': 'dark green nylon', '白色硅胶': 'white silicone', '蓝色硅胶': 'blue silicone'}


@famgen('strap')
def m_strap(o, avoid=None):
    v = pick([x for x in sorted(STRAPS) if x != avoid])
    return Mk('strap', v, ['表带是%s的' % v, '换了根%s表带' % v], ['表带为%s' % v, '%s表带' % v], '%s strap' % STRAPS[v], tell=True,
              s=['%s表带' % v])


def mk_electronics(force):
    kind = force.get('kind') or wpick([('earbuds', 24), ('powerbank', 14), ('tablet', 12), ('laptop', 6), ('swatch', 10),
                                        ('kidwatch', 8), ('camera', 6), ('hearing', 8), ('radio', 7), ('drone', 5)])
    brands, models, cols = EL[kind]
    brand = force.get('brand', 'x')
    if brand == 'x':
        brand = wpick(brands)
    o = new_obj('electronics', kind, force.get('color') or pick(cols), brand,
                force.get('model') or (pick(models[brand]) if brand in models else None))
    o['person'] = person(*{'hearing': (62, 88), 'radio': (58, 86), 'kidwatch': (28, 42), 'earbuds': (16, 45)}.get(kind, (18, 60)))
    if kind in ('earbuds', 'tablet', 'laptop', 'camera', 'drone', 'hearing', 'swatch') and brand:
        o['serial'] = dict(t='sn', v=alnum(R.choice([10, 11, 12])))
    if kind == 'earbuds':
        if chance(0.45):
            o['marks'].append(m_elsticker(o))
        if chance(0.3):
            v = pick(['透明', '黑色', '粉色', '蓝色', '绿色'])
            o['marks'].append(Mk('cover', v, ['耳机盒套了个%s的硅胶套' % v], ['耳机盒有%s保护套' % v], '%s case cover' % v, s=['%s保护套' % v]))
        if chance(0.3):
            o['marks'].append(Mk('half', 1, ['盒子里只剩一只耳机', '左耳那只之前就丢了'], ['盒内仅一只耳机'], 'only one earbud in the case',
                                 tell=True, s=['只有一只']))
    elif kind == 'powerbank':
        o['marks'].append(Mk('mah', 20000 if chance(0.6) else 10000, [], vis=True))
        m = o['marks'][-1]
        m['o'] = ['%d毫安的' % m['val'], '%d mAh' % m['val']]
        m['f'] = ['容量标注%dmAh' % m['val']]
        m['en'] = '%d mAh' % m['val']
        if chance(0.5):
            o['marks'].append(Mk('cable', 1, ['上面插着一根数据线', '带着根白色充电线'], ['连着一根充电线'], 'with a cable'))
        if chance(0.45):
            o['marks'].append(m_elsticker(o) if chance(0.5) else m_elname(o))
    elif kind in ('tablet', 'laptop'):
        if chance(0.6):
            v = pick(['蓝色', '黑色', '粉色', '透明', '卡其色'])
            o['marks'].append(Mk('tcase', v, ['套着%s的保护套' % v], ['外有%s保护套' % v], '%s cover' % v, s=['%s保护套' % v]))
        if chance(0.5):
            o['marks'].append(m_elsticker(o) if chance(0.6) else m_elname(o))
        if chance(0.4):
            o['marks'].append(m_wall(o))
    elif kind in ('swatch', 'kidwatch'):
        o['marks'].append(m_strap(o))
        if kind == 'kidwatch':
            child = pick(GIV_NEW_M + GIV_NEW_F)
            o['extra']['child'] = child
            o['marks'].append(Mk('childname', child, ['是我儿子%s的' % child if chance(0.5) else '我家孩子%s的' % child,
                                                      '表背面贴了名字%s' % child],
                                 ['表背面贴有名字"%s"' % child, '背面写着"%s"' % child], "my child %s's" % child, tell=True,
                                 s=['背面名字%s' % child]))
            o['marks'].append(Mk('kwnum', mask_phone(), [], vis=False))
            o['marks'][-1]['o'] = ['手表号码%s' % o['marks'][-1]['val']]
    elif kind == 'camera':
        v = pick(['挂着一根红色背带', '镜头盖丢了', '机身右边掉了点漆', '装了个长焦镜头'])
        o['marks'].append(Mk('cammark', v, [v], [v.replace('丢了', '缺失')], v, tell=True, s=[v]))
        o['marks'].append(Mk('cardin', 1, ['卡里有我拍的清明扫墓的照片', '里面有很多江滩的照片'], en='photos on the card', vis=False))
    elif kind == 'hearing':
        side = pick(['左耳', '右耳'])
        o['marks'].append(Mk('side', side, ['%s的' % side, '戴%s的' % side], ['%s用（标有%s字母）' % (side, 'L' if side == '左耳' else 'R')],
                             '%s ear' % ('left' if side == '左耳' else 'right'), tell=True, s=[side]))
        if chance(0.5):
            o['marks'].append(Mk('hbox', 1, ['装在一个小黑盒子里'], ['装于黑色小盒内'], 'in a small black box', s=['黑色小盒']))
    elif kind == 'radio':
        if chance(0.6):
            o['marks'].append(m_elname(o))
        o['marks'].append(Mk('opera', 1, ['平时放楚剧听', '里面插了张卡全是黄梅戏'], en='full of local opera', vis=False))
    elif kind == 'drone':
        o['marks'].append(Mk('prop', 1, ['一个桨叶断了', '螺旋桨缺了一片'], ['一片螺旋桨断裂'], 'one propeller broken', tell=True,
                             s=['桨叶断']))
    return o


# ---- other
def mk_other(force):
    kind = force.get('kind') or wpick([('cane', 10), ('umbrella', 10), ('thermos', 10), ('films', 9), ('glasses', 9), ('kite', 8),
                                        ('birdcage', 5), ('wheelchair', 4), ('coat', 8), ('toy', 6), ('book', 6), ('dentures', 3),
                                        ('insulin', 3), ('offering', 3)])
    o = new_obj('other', kind)
    o['person'] = person(*{'cane': (65, 90), 'wheelchair': (60, 90), 'dentures': (65, 90), 'insulin': (50, 80), 'birdcage': (55, 80),
                           'book': (18, 24), 'kite': (30, 75), 'toy': (26, 45)}.get(kind, (18, 80)))
    M = o['marks']
    p = o['person']
    if kind == 'cane':
        o['color'] = pick(['黑', '棕', '银'])
        v = pick(['四个脚的铝合金拐杖', '木头拐棍', '可以折叠的拐杖', '带凳子的拐杖'])
        M.append(Mk('canetype', v, [v], [v.replace('可以折叠的', '折叠').replace('木头', '木质')], v, s=[v]))
        if chance(0.6):
            v = pick(['把手缠了一圈红胶布', '把手上刻了个"%s"字' % p['name'][0], '下面橡胶头掉了一个', '挂着个小铃铛'])
            M.append(Mk('canemark', v, [v], [v.replace('了一圈', '有'), v], v, tell=True, s=[v]))
    elif kind == 'umbrella':
        o['color'] = pick(['黑', '蓝', '红', '紫', '绿', '灰'])
        o['brand'] = '天堂' if chance(0.4) else None
        v = pick(['格子的', '碎花的', '纯色的', '印着小猫的'])
        M.append(Mk('pattern', v, [v], [v.rstrip('的') + '图案'], v, s=[v]))
        if chance(0.4):
            v = pick(['有一根伞骨断了', '伞柄是木头弯把的', '伞套没了'])
            M.append(Mk('umark', v, [v], [v], v, tell=True, s=[v]))
    elif kind == 'thermos':
        o['color'] = pick(['黑', '白', '粉', '蓝', '绿', '银'])
        o['brand'] = wpick([('膳魔师', 30), ('象印', 25), ('富光', 25), (None, 20)])
        if chance(0.5):
            M.append(m_elsticker(o) if chance(0.5) else m_elname(o))
        if chance(0.4):
            v = pick(['里面泡的红枣枸杞', '里面还有半杯茶', '杯身有个凹坑', '带个杯套'])
            M.append(Mk('tmark', v, [v], [v.replace('泡的', '有')], v, s=[v]))
    elif kind == 'films':
        o['color'] = None
        M.append(Mk('filmname', p['name'], ['片子袋子上写的名字是%s' % p['name'], '袋子上是%s的名字' % p['name']],
                    ['片袋上患者姓名%s' % name_for_finder(p['name']), '影像袋姓名：%s' % p['name']], 'name on the film bag %s' % p['name'],
                    tell=True, s=['姓名%s' % p['name']]))
        ex = pick(['胸部CT', '头部CT', '腰椎核磁', '膝关节片子'])
        M.append(Mk('exam', ex, ['是%s的片子' % ex], ['%s影像' % ex], ex, s=[ex]))
        M.append(Mk('hospbag', 1, ['市一医院的袋子'], ['汉川市第一人民医院影像袋'], "hospital film bag"))
        if chance(0.5):
            o['serial'] = dict(t='exam', v='CT' + digits(8))
    elif kind == 'glasses':
        o['color'] = pick(['黑', '金', '棕', '银'])
        v = pick(['老花镜', '近视眼镜', '金丝边眼镜'])
        M.append(Mk('gtype', v, [v], [v], v, s=[v]))
        cs = pick(['红色眼镜盒', '黑色眼镜盒', '蓝色布袋', '没有盒子'])
        if cs != '没有盒子':
            M.append(Mk('gcase', cs, ['装在%s里' % cs], ['装于%s内' % cs], 'in a case', s=[cs]))
        if chance(0.4):
            v = pick(['左边镜腿用胶布缠过', '镜片有划痕', '鼻托掉了一个'])
            M.append(Mk('gmark', v, [v], [v], v, tell=True, s=[v]))
    elif kind == 'kite':
        shape, en = pick([('老鹰', 'eagle'), ('蝴蝶', 'butterfly'), ('沙燕', 'swallow'), ('蜈蚣', 'centipede'), ('章鱼', 'octopus'),
                          ('金鱼', 'goldfish'), ('凤凰', 'phoenix')])
        o['color'] = pick(['红', '黄', '蓝', '绿', '黑'])
        M.append(Mk('shape', shape, ['%s风筝' % shape, '%s形状的' % shape], ['%s造型' % shape], '%s shaped' % en, s=[shape]))
        M.append(Mk('size', 1, ['两米多宽', '翅膀有一米五'], ['约两米宽'], 'about 2 m wide'))
        if chance(0.5):
            v = p['name'][-2:]
            M.append(Mk('kname', v, ['背面用毛笔写了"%s"' % v, '后面写着我名字%s' % v], ['背面写有"%s"' % v], 'my name "%s" on the back' % v,
                        tell=True, s=['写"%s"' % v]))
        M.append(Mk('line', 1, ['线断了飞走的', '线断了'], ['线已断，挂在树上', '挂在树上，线断了'], 'line snapped'))
    elif kind == 'birdcage':
        o['color'] = pick(['棕', '黄'])
        M.append(Mk('bird', '画眉', ['笼子里是一只画眉', '养了三年的画眉'], ['笼内有画眉鸟一只', '笼里有一只画眉'], 'a hwamei thrush'))
        cov = pick(['蓝布罩子', '黑布罩子', '没罩子'])
        if cov != '没罩子':
            M.append(Mk('cover', cov, ['笼子上有个%s' % cov], ['笼外套%s' % cov], 'cloth cover', s=[cov]))
        if chance(0.6):
            v = pick(['红色', '绿色', '白色'])
            M.append(Mk('ringleg', v, ['鸟脚上有个%s脚环' % v], ['鸟左脚戴%s脚环' % v], '%s leg ring' % v, tell=True, s=['%s脚环' % v]))
        M.append(Mk('cup', 1, ['食罐是青花瓷的'], ['青花瓷食罐'], 'blue-and-white feeder'))
    elif kind == 'wheelchair':
        o['color'] = pick(['黑', '蓝', '银'])
        o['brand'] = '鱼跃' if chance(0.6) else None
        if chance(0.6):
            v = pick(['扶手上绑着红布条', '坐垫是格子布的', '靠背挂着个布袋子', '左边刹车不灵'])
            M.append(Mk('wmark', v, [v], [v], v, tell=True, s=[v]))
    elif kind == 'coat':
        o['color'] = pick(['黑', '灰', '蓝', '红', '绿', '白'])
        o['brand'] = wpick([('李宁', 15), ('安踏', 15), ('耐克', 10), (None, 60)])
        v = pick(['羽绒服', '冲锋衣', '夹克', '毛衣开衫', '校服外套'])
        M.append(Mk('ctype', v, [v], [v], v, s=[v]))
        if chance(0.5):
            v = pick(['口袋里有一包烟和打火机', '口袋里有个口罩和几张纸巾', '口袋里有张挂号单', '口袋里有钥匙扣'])
            M.append(Mk('pocket', v, [v], [v.replace('口袋里有', '口袋内有')], v, tell=True, s=[v]))
    elif kind == 'toy':
        v = pick(['奥特曼', '挖掘机玩具车', '毛绒兔子', '小恐龙', '芭比娃娃'])
        o['color'] = pick(['红', '黄', '粉', '绿', '白'])
        M.append(Mk('toy', v, ['是个%s' % v], [v], v, s=[v]))
        if chance(0.4):
            v2 = pick(['一只胳膊掉了', '脖子上系了个红丝带', '耳朵有点脏了'])
            M.append(Mk('tmark', v2, [v2], [v2], v2, tell=True, s=[v2]))
    elif kind == 'book':
        title = pick(['高等数学（下册）', '数据结构教程', '中国近代史纲要', '解剖学图谱', '汉川地方志', '考研英语真题'])
        M.append(Mk('title', title, ['书名是《%s》' % title, '《%s》' % title], ['书名《%s》' % title], title, s=['《%s》' % title]))
        o['serial'] = dict(t='barcode', v='C%07d' % R.randint(0, 9999999))
        if chance(0.4):
            M.append(Mk('bname', p['name'], ['里面夹了张纸写着我名字%s' % p['name']], ['书内夹有纸条，写"%s"' % p['name']],
                        'a note with my name', tell=True))
    elif kind == 'dentures':
        v = pick(['上牙', '下牙', '半口'])
        M.append(Mk('dtype', v, ['是%s' % v], [v], v, s=[v]))
        cs = pick(['白色小盒子', '粉色假牙盒', '纸巾包着'])
        M.append(Mk('dcase', cs, ['放在%s里' % cs if '包' not in cs else '用%s' % cs], ['装于%s' % cs if '包' not in cs else cs],
                    'in a box', s=[cs]))
    elif kind == 'insulin':
        o['color'] = pick(['蓝', '白', '灰'])
        M.append(Mk('iname', p['name'], ['笔上贴了名字%s' % p['name'], '上面贴了标签，写的%s，床号%d' % (p['name'], R.randint(1, 40))],
                    ['笔身贴有标签"%s"' % p['name']], 'labelled with my name', tell=True))
    elif kind == 'offering':
        v = pick(['纸钱、香和蜡烛', '一束菊花和纸钱', '金元宝和纸衣服'])
        M.append(Mk('off', v, ['里面是%s' % v], ['内有%s' % v], v, s=[v]))
        o['color'] = pick(['红', '黄', '白'])
        if chance(0.5):
            v2 = '%s%s' % (p['name'][0], pick(['府', '老大人', '家']))
            M.append(Mk('offname', v2, ['袋子上写了"%s"' % v2], ['袋上写有"%s"' % v2], 'written %s' % v2, tell=True))
    return o


MAKERS = {'phone': mk_phone, 'id_doc': mk_id, 'wallet': mk_wallet, 'keys': mk_keys, 'ebike': mk_ebike, 'bicycle': mk_bicycle,
          'bag': mk_bag, 'cash': mk_cash, 'jewelry': mk_jewelry, 'electronics': mk_electronics, 'other': mk_other}


# ----------------------------------------------------------------------------- where and when

KIND_SCEN = {
    'xyk': ['uni_lib', 'uni_field', 'uni_canteen', 'st_lgxy_hall', 'uni_lib'],
    'gp': ['hos_canteen', 'hos_ward', 'hos_opd', 'st_sysy_hall', 'hos_canteen'],
    'jzk': ['hos_opd', 'hos_pharm', 'hos_ct', 'hos_er', 'hos_opd', 'ride_train'],
    'films': ['hos_opd', 'hos_ct', 'hos_pharm', 'ride_train', 'ride_bus'],
    'medbag': ['hos_opd', 'hos_pharm', 'hos_ward', 'ride_train', 'ride_bus', 'hos_er'],
    'kite': ['park_kite'],
    'birdcage': ['mkt_bird', 'park_walk', 'mkt_bird'],
    'wheelchair': ['hos_opd', 'hos_park', 'hos_ward'],
    'cane': ['hos_opd', 'hos_pharm', 'ride_shuttle', 'cem1_area', 'ride_bus', 'park_walk'],
    'dentures': ['hos_ward', 'hos_canteen', 'hos_ct'],
    'insulin': ['hos_ward', 'hos_er', 'ride_bus', 'hos_pharm'],
    'offering': ['ride_shuttle', 'cem1_gate', 'cem2_gate', 'bus_hall'],
    'book': ['uni_lib', 'uni_canteen', 'st_lgxy_hall', 'ride_train', 'uni_lib'],
    'hearing': ['hos_ct', 'hos_opd', 'hos_ward', 'cem1_area', 'park_walk'],
    'drone': ['park_kite', 'park_walk', 'uni_field'],
    'hz': ['uni_lib', 'hos_opd', 'st_lgxy_hall', 'bus_hall', 'ride_train', 'sm_check'],
    'laptop': ['uni_lib', 'ride_train', 'bus_hall', 'hos_canteen', 'uni_lib'],
    'laptopbag': ['uni_lib', 'ride_train', 'bus_hall', 'hos_canteen'],
    'lock': ['park_play', 'hos_ward', 'sm_check', 'cem1_area'],
    'radio': ['park_walk', 'mkt_bird', 'hos_ward', 'ride_shuttle', 'cem1_area'],
    'kidwatch': ['park_play', 'park_kite', 'sm_check', 'ride_train', 'mkt_flower'],
    'suitcase': ['bus_hall', 'ride_train', 'st_hczz_hall', 'ride_bus', 'hos_ward'],
    'coin': ['mkt_flower', 'mkt_bird', 'sm_fresh', 'hos_pharm', 'cem1_gate'],
    'toy': ['park_play', 'park_kite', 'sm_check', 'ride_train', 'hos_opd', 'mkt_flower', 'park_play'],
    'coat': ['park_walk', 'uni_field', 'hos_ward', 'ride_bus', 'cem1_area', 'bus_hall', 'hos_er'],
    'offering_': [],
}
FOREIGN_SCEN = ['uni_lib', 'uni_field', 'uni_canteen', 'st_lgxy_hall', 'ride_train', 'hos_opd', 'park_walk', 'sm_check', 'st_bjgy_hall']
EXCLUDE_SUBS = ('street', 'far')
SITE_W = {'sub': 0.4, 'hos': 1.3, 'uni': 1.7, 'sm': 1.5, 'park': 1.1, 'mkt': 1.0, 'cem1': 1.2, 'cem2': 1.2, 'bus': 1.6}


def choose_scene(o):
    k = o['kind']
    p = o['person']
    if p and p['foreign'] and o['cat'] not in ('ebike',):
        opts = [s for s in FOREIGN_SCEN if o['cat'] != 'bicycle' or s in ('uni_lib', 'uni_field')]
        if o['cat'] == 'bicycle':
            opts = ['uni_dorm', 'st_lgxy_out']
        return pick(opts)
    if k in KIND_SCEN and KIND_SCEN[k]:
        return pick(KIND_SCEN[k])
    pool = []
    for key in SUBS:
        s = SUBS[key]
        if s['site'] in EXCLUDE_SUBS or key == 'bus_depot':
            continue
        w = s['cats'].get(o['cat'], 0) * SITE_W.get(s['site'], 1.0)
        if w:
            pool.append((key, w))
    for mode, cats in (('train', RIDE_CATS['train']), ('bus', RIDE_CATS['bus']), ('shuttle', RIDE_CATS['shuttle'])):
        w = cats.get(o['cat'], 0)
        if w:
            pool.append(('ride_' + mode, w * 1.6))
    return wpick(pool)


DAY0 = datetime.date(2025, 3, 20)
ALL_DAYS = [DAY0 + datetime.timedelta(days=i) for i in range((NOW.date() - DAY0).days + 1)]
HOLI = [datetime.date(2025, 4, 4), datetime.date(2025, 4, 5), datetime.date(2025, 4, 6)]
QM_W = {datetime.date(2025, 3, 29): 3, datetime.date(2025, 3, 30): 3, datetime.date(2025, 4, 1): 1, datetime.date(2025, 4, 2): 2,
        datetime.date(2025, 4, 3): 3, datetime.date(2025, 4, 4): 7, datetime.date(2025, 4, 5): 7, datetime.date(2025, 4, 6): 4,
        datetime.date(2025, 4, 7): 1}


def pick_day(spec):
    pairs = []
    for d in ALL_DAYS:
        age = (NOW.date() - d).days
        w = 1.0 + (2.5 if age <= 6 else 0) + (1.0 if age <= 10 else 0)
        wk = d.weekday() >= 5 or d in HOLI
        if spec == 'qm':
            w = QM_W.get(d, 0)
        elif spec == 'wknd':
            w *= 3 if wk else 0.5
        elif spec == 'wk':
            w *= 0.35 if wk else 1.2
        if w:
            pairs.append((d, w))
    return wpick(pairs)


def scene_days(scene):
    if scene.startswith('ride_'):
        return 'qm' if scene == 'ride_shuttle' else 'any'
    return SUBS[scene]['days']


def scene_hours(scene):
    if scene.startswith('ride_'):
        return (6, 22) if scene != 'ride_shuttle' else (7, 16)
    return SUBS[scene]['hours']


def pick_moment(scene, old=False):
    if old:
        d = datetime.date(2024, 12, 22) + datetime.timedelta(days=R.randint(0, 80))
    else:
        d = pick_day(scene_days(scene))
    h0, h1 = scene_hours(scene)
    if d == NOW.date():
        h1 = min(h1, 16)
        h0 = min(h0, 15)
    h = R.randint(h0, max(h0, h1 - 1))
    return datetime.datetime(d.year, d.month, d.day, h, R.randint(0, 59))


def part_bounds(dt):
    h = dt.hour
    day = datetime.datetime(dt.year, dt.month, dt.day)
    for a, b in ((0, 6), (6, 12), (12, 18), (18, 24)):
        if a <= h < b:
            return day + datetime.timedelta(hours=a), day + datetime.timedelta(hours=b)


def make_window(L, old=False):
    """the owner's loss window around the true moment L (from <= L <= to <= NOW - 10 min)"""
    limit = NOW - datetime.timedelta(minutes=10)
    if old:
        wt = pick(['multi', 'long', 'day'])
    else:
        wt = wpick([('precise', 36), ('half', 30), ('day', 15), ('multi', 14), ('long', 5)])
    if wt == 'precise':
        a = L - datetime.timedelta(minutes=R.randint(10, 75))
        b = L + datetime.timedelta(minutes=R.randint(5, 90))
        a = a.replace(minute=(a.minute // 10) * 10)
    elif wt == 'half':
        a, b = part_bounds(L)
    elif wt == 'day':
        day = datetime.datetime(L.year, L.month, L.day)
        a, b = day + datetime.timedelta(hours=6), day + datetime.timedelta(hours=22)
        if not (a <= L <= b):
            a, b = day, day + datetime.timedelta(hours=24)
    elif wt == 'multi':
        day = datetime.datetime(L.year, L.month, L.day)
        a = day - datetime.timedelta(days=R.randint(1, 2))
        b = day + datetime.timedelta(days=R.randint(1, 2))
    else:
        day = datetime.datetime(L.year, L.month, L.day)
        a = day - datetime.timedelta(days=R.randint(4, 12))
        b = day + datetime.timedelta(days=R.randint(1, 4))
    b = min(b, limit)
    a = max(a, NOW - datetime.timedelta(minutes=MAXMIN - 60))
    if b < L:
        b = L
    return a, b, wt


def daytime(F, sub, lo_bound=None, hi_bound=None):
    """people hand things in by day: move a night-time find into the next morning (or the evening before)"""
    h0, h1 = SUBS[sub]['hours']
    if h0 == 0 and h1 == 24:
        return F
    if 7 <= F.hour < 22:
        return F
    day = datetime.datetime(F.year, F.month, F.day)
    later = (day + datetime.timedelta(days=1 if F.hour >= 22 else 0, hours=R.randint(7, 9), minutes=R.randint(0, 59)))
    earlier = (day - datetime.timedelta(days=1 if F.hour < 7 else 0) + datetime.timedelta(hours=R.randint(19, 21), minutes=R.randint(0, 59)))
    for cand in (later, earlier):
        if (lo_bound is None or cand >= lo_bound) and (hi_bound is None or cand <= hi_bound) and cand <= NOW - datetime.timedelta(minutes=5):
            return cand
    return F


def found_delay(L):
    kind = wpick([('soon', 60), ('day', 25), ('days', 15)])
    if kind == 'soon':
        m = R.randint(3, 180)
    elif kind == 'day':
        m = R.randint(180, 1440)
    else:
        m = R.randint(1440, 6 * 1440)
    F = L + datetime.timedelta(minutes=m)
    limit = NOW - datetime.timedelta(minutes=5)
    if F > limit:
        span = int((limit - L).total_seconds() // 60)
        F = L + datetime.timedelta(minutes=R.randint(0, max(0, span)))
    return F


def ride_setup(scene):
    if scene == 'ride_train':
        i, j = R.sample(range(len(STATIONS)), 2)
        return dict(mode='train', a=i, b=j)
    if scene == 'ride_bus':
        return dict(mode='bus', route=pick(BUS_ROUTES))
    return dict(mode='shuttle', line=pick(['fhs', 'fhs', 'lq']))


def near_street(lat, lon, maxd=0.03):
    c = [k for k in SUBS if SUBS[k]['site'] == 'street' and abs(SUBS[k]['lat'] - lat) + abs(SUBS[k]['lon'] - lon) < maxd]
    return pick(c) if c else None


def found_place(o):
    """where the finder picked the object up (sub key), for a true pair"""
    sc = o['scene']
    if sc == 'ride_train':
        r = o['ride']
        st = STATIONS[r['b']] if chance(0.5) else pick([STATIONS[0], STATIONS[-1]])
        return 'st_%s_hall' % st[0], 'train'
    if sc == 'ride_bus':
        return ('bus_depot' if chance(0.7) else 'bus_hall'), 'bus'
    if sc == 'ride_shuttle':
        if o['ride']['line'] == 'fhs':
            return pick(['cem1_gate', 'st_fhs_hall', 'cem1_gate']), 'shuttle'
        return pick(['bus_hall', 'cem2_gate']), 'shuttle'
    s = SUBS[sc]
    if o['cat'] == 'ebike' or (o['cat'] == 'bicycle' and chance(0.4)):
        if chance(0.55):
            st = near_street(s['lat'], s['lon'])
            if st:
                return st, 'moved'
        return sc, 'same'
    x = R.random()
    if x < 0.22 and s['near']:
        return pick(s['near']), 'near'
    if x < 0.27:
        st = near_street(s['lat'], s['lon'], 0.012)
        if st:
            return st, 'moved'
    return sc, 'same'


def far_scene(o, mind=0.06):
    """a place well away from the object's scene (for same_brand_elsewhere)"""
    lat, lon = scene_latlon(o['scene'], o.get('ride'))
    opts = []
    for k in SUBS:
        s = SUBS[k]
        if s['site'] == 'street' or k == 'bus_depot':
            continue
        if s['site'] != 'far' and not s['cats'].get(o['cat']):
            continue
        d = abs(s['lat'] - lat) + abs(s['lon'] - lon)
        if d > mind:
            opts.append(k)
    return pick(sorted(opts))


def scene_latlon(sc, ride=None):
    if sc == 'ride_train':
        st = STATIONS[ride['a']] if ride else STATIONS[2]
        return st[2], st[3]
    if sc == 'ride_bus':
        return SUBS['bus_hall']['lat'], SUBS['bus_hall']['lon']
    if sc == 'ride_shuttle':
        return (SUBS['cem1_gate']['lat'], SUBS['cem1_gate']['lon']) if not ride or ride['line'] == 'fhs' else \
            (SUBS['cem2_gate']['lat'], SUBS['cem2_gate']['lon'])
    return SUBS[sc]['lat'], SUBS[sc]['lon']


# ----------------------------------------------------------------------------- phrases of time and place

WD_CN = '一二三四五六日'
EN_MON = ['', 'Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec']
PY_NUM = ['ling', 'yi', 'er', 'san', 'si', 'wu', 'liu', 'qi', 'ba', 'jiu', 'shi']


def day_zh(d):
    delta = (NOW.date() - d).days
    opts = []
    if delta == 0:
        opts += ['今天', '今天', '今天']
    elif delta == 1:
        opts += ['昨天', '昨天', '昨日']
    elif delta == 2:
        opts += ['前天', '前天']
    if 3 <= delta <= 8 and datetime.date(2025, 3, 31) <= d <= datetime.date(2025, 4, 6):
        opts.append('上周' + WD_CN[d.weekday()])
    if d == datetime.date(2025, 4, 4):
        opts += ['清明节那天', '清明当天', '4月4号清明那天']
    opts += ['%d月%d日' % (d.month, d.day), '%d月%d号' % (d.month, d.day)]
    if delta >= 3:
        opts += ['%d.%d' % (d.month, d.day)] + (['%d号' % d.day] if d.month == NOW.month else [])
    return pick(opts)


def dj(day, rest):
    """join a day and what follows; '3.28' + '19:00' needs a space"""
    if day and rest and day[-1].isdigit() and rest[0].isdigit():
        return day + ' ' + rest
    return day + rest


def part_zh(h):
    if h < 5:
        return pick(['凌晨', '半夜'])
    if h < 9:
        return '早上'
    if h < 12:
        return '上午'
    if h < 14:
        return '中午'
    if h < 18:
        return '下午'
    return '晚上'


def h12(h):
    return 12 if h % 12 == 0 else h % 12


def clock_zh(dt, part=True):
    p = part_zh(dt.hour) if part else ''
    if dt.minute == 0:
        return '%s%d点' % (p, h12(dt.hour) if part else dt.hour)
    if dt.minute == 30 and chance(0.5):
        return '%s%d点半' % (p, h12(dt.hour) if part else dt.hour)
    return pick(['%s%d点%d分' % (p, h12(dt.hour) if part else dt.hour, dt.minute),
                 '%s%d:%02d' % (p, h12(dt.hour) if part else dt.hour, dt.minute)])


def window_zh(a, b, wt):
    same = a.date() == b.date()
    if wt == 'precise' and same:
        r = R.randrange(3)
        if r == 0:
            hb = b.hour + (1 if b.minute else 0)
            return dj(day_zh(a.date()), '%s%d点到%d点之间' % (part_zh(a.hour), h12(a.hour), h12(hb) if hb < 24 else 12))
        if r == 1:
            return dj(day_zh(a.date()), '%d:%02d到%d:%02d' % (a.hour, a.minute, b.hour, b.minute))
        return dj(day_zh(a.date()), '%s到%s之间' % (clock_zh(a), clock_zh(b)))
    if wt == 'precise':
        return dj(day_zh(a.date()), clock_zh(a)) + '到' + dj(day_zh(b.date()), clock_zh(b))
    if wt == 'half' and same:
        return dj(day_zh(a.date()), '') + {0: pick(['凌晨', '半夜']), 6: pick(['上午', '早上', '上午']), 12: '下午', 18: '晚上'}[a.hour]
    if wt == 'day' and same:
        return day_zh(a.date()) + pick(['', '', '白天', '一天'])
    if wt == 'long':
        return pick(['%s到%s之间（具体哪天记不清了）' % (day_zh(a.date()), day_zh(b.date())),
                     '大概%s以后（一直没注意）' % day_zh(a.date()), '%s至%s期间' % (day_zh(a.date()), day_zh(b.date()))])
    return pick(['%s到%s之间' % (day_zh(a.date()), day_zh(b.date())), '%s到%s这几天' % (day_zh(a.date()), day_zh(b.date()))])


def day_en(d):
    delta = (NOW.date() - d).days
    if delta == 0:
        return 'today'
    if delta == 1:
        return 'yesterday'
    return pick(['on %s %d' % (EN_MON[d.month], d.day), 'on %d %s' % (d.day, EN_MON[d.month])])


def window_en(a, b, wt):
    if a.date() == b.date() and wt == 'precise':
        return '%s between %d:%02d and %d:%02d' % (day_en(a.date()), a.hour, a.minute, b.hour, b.minute)
    if a.date() == b.date() and wt == 'half':
        pt = {0: 'early morning', 6: 'morning', 12: 'afternoon', 18: 'evening'}[a.hour]
        de = day_en(a.date())
        return ('this ' + pt) if de == 'today' else ('yesterday ' + pt if de == 'yesterday' else '%s, in the %s' % (de, pt))
    if a.date() == b.date():
        return day_en(a.date())
    return 'sometime between %s %d and %s %d' % (EN_MON[a.month], a.day, EN_MON[b.month], b.day)


def day_py(d):
    delta = (NOW.date() - d).days
    if delta == 0:
        return 'jintian'
    if delta == 1:
        return 'zuotian'
    if delta == 2:
        return 'qiantian'
    return '%d yue %d hao' % (d.month, d.day)


def window_py(a, b, wt):
    if a.date() == b.date():
        pt = {0: ' lingchen', 6: ' shangwu', 12: ' xiawu', 18: ' wanshang'}[part_bounds(a)[0].hour] if wt in ('half', 'precise') else ''
        if wt == 'precise':
            return '%s%s %d dian dao %d dian' % (day_py(a.date()), pt, h12(a.hour), h12(b.hour + (1 if b.minute else 0)))
        return day_py(a.date()) + pt
    return '%s dao %s zhijian' % (day_py(a.date()), day_py(b.date()))


def found_time_zh(F, formal=False):
    if formal:
        return '%d年%d月%d日%d时%d分' % (F.year, F.month, F.day, F.hour, F.minute)
    if (NOW - F).total_seconds() < 3600 and chance(0.5):
        return pick(['刚才', '刚刚'])
    r = R.randrange(4)
    if r == 0:
        return day_zh(F.date()) + part_zh(F.hour)
    return dj(day_zh(F.date()), clock_zh(F, part=r != 1)) + pick(['', '左右', '许'])


def place_zh(key, vague=False):
    s = SUBS[key]
    nm = pick(s['names'])
    if s['site'] in ('street', 'far'):
        return nm
    sn = pick(SITES[s['site']]['zh'])
    if s['site'] == 'sub':
        return pick([sn + nm, nm, '地铁' + nm, sn + ' ' + nm])
    if vague:
        return sn
    if len(nm) <= 3:
        return pick([sn + nm, sn + '的' + nm, sn + ' ' + nm])
    r = R.random()
    if r < 0.45:
        return sn + nm
    if r < 0.58:
        return sn + '的' + nm
    if r < 0.62 and s['site'] == 'hos':
        return '医院' + nm
    if r < 0.88:
        return nm
    return sn + ' ' + nm


def place_en(key):
    s = SUBS[key]
    if s['site'] in ('street', 'far'):
        return s['en']
    if s['site'] == 'sub':
        return pick(['the %s (Line 2)' % s['en'], 'Line 2 %s' % s['en']])
    return pick(['the %s of %s' % (s['en'], SITES[s['site']]['en']), '%s, %s' % (SITES[s['site']]['en'], s['en'])])


def place_py(key):
    s = SUBS[key]
    return ('%s %s' % (SITES[s['site']]['py'], s['py'])).strip()


def ride_zh(o, side):
    r = o['ride']
    if r['mode'] == 'train':
        A, B = STATIONS[r['a']], STATIONS[r['b']]
        a, b = pick(A[4]), pick(B[4])
        if side == 'act':
            return pick(['坐地铁2号线从%s到%s' % (a, b), '坐二号线去%s（%s上的车）' % (b, a), '在2号线车上（%s上车，%s下车）' % (a, b),
                         '乘坐地铁二号线%s至%s' % (a, b)])
        return pick(['2号线%s到%s的车上' % (a, b), '地铁二号线（%s—%s）' % (A[1], B[1]), '2号线列车']), (A[2], A[3])
    if r['mode'] == 'bus':
        if side == 'act':
            return pick(['坐%s公交车' % r['route'], '坐%s到客运中心' % r['route'], '在%s公交上' % r['route']])
        return pick(['%s公交车上' % r['route'], '%s公交' % r['route']]), None
    if r['line'] == 'fhs':
        if side == 'act':
            return pick(['坐凤凰山公墓的祭扫接驳车', '在凤凰山站坐摆渡车去公墓', '坐清明接驳车去凤凰山'])
        return pick(['凤凰山公墓接驳车上', '祭扫接驳车（凤凰山站—公墓）', '摆渡车上']), None
    if side == 'act':
        return pick(['坐客运中心到龙泉陵园的清明专线', '坐去龙泉陵园的专线车'])
    return pick(['龙泉陵园清明专线车上', '客运中心—龙泉陵园专线']), None


def ride_en(o):
    r = o['ride']
    if r['mode'] == 'train':
        return 'on a Line 2 train from %s to %s' % (STATIONS[r['a']][5], STATIONS[r['b']][5])
    if r['mode'] == 'bus':
        return 'on bus %s' % r['route'].replace('路', '')
    return 'on the Qingming shuttle bus to the cemetery'


# ----------------------------------------------------------------------------- serial formatting

OWN_SERIAL = dict(imei=0.3, id=0.65, bank=0.75, card=0.35, stuid=0.7, passport=0.7, staff=0.5, plate=0.85, frame=0.25, sn=0.25,
                  barcode=0.3, exam=0.4)
FIND_SERIAL = dict(imei=0.12, id=0.75, bank=0.75, card=0.8, stuid=0.8, passport=0.85, staff=0.7, plate=0.85, frame=0.3, sn=0.35,
                   barcode=0.7, exam=0.6)
SERIAL_LABEL = dict(imei=['IMEI', 'IMEI号', '串号', 'IMEI码'], id=['身份证号', '证件号', '身份证号码'], bank=['卡号', '银行卡'],
                    card=['就诊卡号', '卡号'], stuid=['学号'], passport=['护照号', '护照号码'], staff=['工号'], plate=['车牌', '车牌号'],
                    frame=['车架号', '车架号码'], sn=['序列号', 'SN码', 'SN'], barcode=['条码号', '书的条码'], exam=['检查号', '影像号'])


def fmt_serial(sr, side):
    t, v = sr['t'], sr['v']
    if t == 'imei':
        if side == 'f' and 'fpick' not in sr:
            sr['fpick'] = 'v' if chance(0.75) else 'v2'
        vv = v if side == 'o' else sr[sr['fpick']]
        forms = [vv, vv, '%s %s %s %s' % (vv[:2], vv[2:8], vv[8:14], vv[14]), '%s %s %s %s' % (vv[:4], vv[4:8], vv[8:12], vv[12:]),
                 '%s-%s-%s-%s' % (vv[:2], vv[2:8], vv[8:14], vv[14])]
        if side == 'o' and chance(0.12):
            return '后六位' + vv[-6:]
        return pick(forms)
    if t == 'id':
        m1 = v[:6] + '********' + v[-4:]
        m2 = v[:3] + '*' * 11 + v[-4:]
        m3 = v[:10] + '****' + v[-4:]
        if side == 'o':
            return pick([v, v, v, m1, '尾号' + v[-4:], '%s %s %s' % (v[:6], v[6:14], v[14:]), v[:-1] + v[-1].lower()])
        return pick([m1, m1, m2, m3, v, '尾号' + v[-4:]])
    if t == 'bank':
        b = sr['bank']
        return pick(['尾号' + v, '%s****%s' % (b[2], v), '%s **** **** %s' % (b[2], v), '后四位' + v, v])
    if t == 'plate':
        return pick([v, v, v[:3] + '·' + v[3:], v[2:], v[:2] + ' ' + v[2:], v[:3] + '-' + v[3:]])
    if t in ('frame', 'sn'):
        return pick([v, v, v.lower(), ' '.join(v[i:i + 4] for i in range(0, len(v), 4)), '后六位' + v[-6:] if side == 'o' else v])
    if t == 'card':
        return pick([v, v[:4] + ' ' + v[4:]])
    if t == 'passport':
        return pick([v, v, 'No.' + v, v.lower()])
    return v


def serial_sentence(sr, side, txt):
    lab = pick(SERIAL_LABEL[sr['t']])
    if sr['t'] == 'bank':
        b = sr['bank']
        return pick(['%s卡%s' % (pick(b[1]), txt), '%s的卡，%s' % (pick(b[1]), txt)]) if side == 'o' else '%s卡，%s' % (b[0], txt)
    if sr['t'] == 'imei' and side == 'o':
        return pick(['%s是%s' % (lab, txt), '%s：%s' % (lab, txt), '盒子上的%s是%s' % (lab, txt), '%s %s' % (lab, txt)])
    if sr['t'] == 'plate' and side == 'o':
        return pick(['车牌号%s' % txt, '牌照是%s' % txt, '车牌%s' % txt])
    return pick(['%s%s' % (lab, txt), '%s：%s' % (lab, txt), '%s是%s' % (lab, txt) if side == 'o' else '%s为%s' % (lab, txt)])


def serial_en(sr, txt):
    return {'imei': 'IMEI %s', 'id': 'ID number %s', 'bank': 'card ending %s', 'plate': 'plate %s', 'frame': 'frame number %s',
            'sn': 'serial number %s', 'stuid': 'student number %s', 'passport': 'passport number %s', 'card': 'card number %s',
            'staff': 'staff number %s', 'barcode': 'barcode %s', 'exam': 'exam number %s'}[sr['t']] % txt


# ----------------------------------------------------------------------------- voice helpers

TYPOS = [('身份证', '身分证'), ('钥匙', '钥是'), ('钥匙', '要匙'), ('钱包', '钱抱'), ('捡到', '检到'), ('麻烦', '麻凡'),
         ('已经', '以经'), ('黑色', '黑涩'), ('耳机', '耳鸡'), ('充电宝', '冲电宝'), ('门诊', '门珍'), ('项链', '项练'),
         ('手镯', '手卓'), ('戒指', '戒子'), ('拐杖', '拐仗'), ('谢谢', '谢写'), ('联系', '连系'), ('地铁', '地帖'),
         ('停车场', '停车厂'), ('医院', '一院'), ('电动车', '电动扯'), ('自行车', '自形车'), ('的时候', '得时候'),
         ('在', '再'), ('的', '滴'), ('丢了', '丢咯'), ('手机', '手几'), ('银行卡', '银航卡'), ('超市', '超事'),
         ('公墓', '公募'), ('放风筝', '放风争'), ('保温杯', '保温被'), ('图书馆', '图书管'), ('挂号', '挂好'),
         ('陵园', '林园'), ('现金', '现今'), ('护士', '户士'), ('捡', '减')]
DIALECT = [('丢了', '搞掉哒'), ('丢了', '落哒'), ('不知道', '不晓得'), ('没有', '冇得'), ('很', '蛮'), ('什么', '么事'),
           ('怎么', '么样'), ('孩子', '伢'), ('一下', '一哈'), ('去医院', '克医院'), ('去公墓', '克公墓'), ('不见了', '冇看到哒'),
           ('了。', '哒。'), ('弄丢了', '搞丢哒'), ('东西', '东西'), ('全部', '一哈'), ('这个', '这个'), ('找不到', '寻不到')]


def add_typos(s, n):
    for _ in range(n):
        cands = [(a, b) for a, b in TYPOS if a in s]
        if not cands:
            break
        a, b = pick(cands)
        i = s.find(a)
        occ = []
        while i >= 0:
            occ.append(i)
            i = s.find(a, i + 1)
        j = pick(occ)
        s = s[:j] + b + s[j + len(a):]
    return s


def dialectize(s, side='o'):
    for a, b in DIALECT:
        if a in s and chance(0.6):
            s = s.replace(a, b, 1 if chance(0.5) else 5)
    if chance(0.4):
        s = s.rstrip('。！') + (pick(['，帮忙找一哈撒！', '，麻烦你们哒。', '咧。']) if side == 'o' else
                               pick(['，快来拿撒。', '咧。', '，冇得人来认。']))
    return s


def elderize(s):
    s = s.replace('，', ' ').replace('。', ' ').replace('；', ' ')
    while '  ' in s:
        s = s.replace('  ', ' ')
    return s.strip()


def clean(s):
    while '  ' in s:
        s = s.replace('  ', ' ')
    for a, b in (('，，', '，'), ('。。', '。'), ('，。', '。'), ('。，', '。'), (' ，', '，'), ('（）', ''), ('， ', '，'),
                 ('。 ', '。'), ('的的', '的')):
        while a in s:
            s = s.replace(a, b)
    return s.strip().strip('，')


# ----------------------------------------------------------------------------- descriptions of the object

def model_word(m):
    return pick([m, m, m.replace(' ', ''), m.lower(), m.replace(' ', '').lower()])


def item_zh(o, side, col, br, mdl, kn=None, inline=False):
    """a noun phrase for the object; inline forms carry no comma so a sentence can go on after them"""
    kinds = KINDS[o['kind']]
    kn = kn or pick(kinds[1] if side == 'o' else kinds[2])
    mw = kinds[5]
    c, b, m = col or '', br or '', mdl or ''
    if o['cat'] == 'cash':
        return pick(['一笔现金', '现金', '钱', '一沓现金']) if side == 'o' else pick(['现金一笔', '人民币现金', '一沓现金'])
    if m and b and m.lower().startswith(b.lower()):
        b = ''
    if m and b and b[-1].isascii() and m[0].isascii() and chance(0.8):
        b = b + ' '
    t = R.randrange(4 if inline else 6)
    if t == 0:
        s = '%s%s%s%s%s' % ('' if kn.startswith('一') else '一' + mw, (c + ('的' if chance(0.5) else '')) if c else '', b,
                            (' %s ' % m) if m else '', kn)
    elif t == 1:
        s = '%s%s%s' % (c, b, kn) + ('（%s）' % m if m else '')
    elif t == 2:
        s = '%s%s%s' % (c + '的' if c else '', b, m if m and chance(0.6) else kn)
    elif t == 3:
        inner = '，'.join(x for x in [('%s %s' % (b, m)).strip(), c] if x)
        s = kn + ('（%s）' % inner if inner else '')
    elif t == 4:
        s = '%s%s' % (b, kn) + ('，%s的' % c if c else '') + ('，型号%s' % m if m else '')
    else:
        s = ('%s%s' % (b, m) if m else b + kn) + ('，%s' % c if c else '')
        if not (b or m):
            s = kn + ('，%s' % c if c else '')
    return clean(s)


def contents_zh(cs, side, cat=None):
    if not cs:
        return ''
    items = [pick(c['o'] if side == 'o' else c['f']) for c in cs]
    if cat == 'id_doc':
        return pick(['和%s放在一起' % '、'.join(items), '还有%s' % '、'.join(items)]) if side == 'o' else '另有' + '，'.join(items)
    if side == 'o':
        return pick(['里面有', '里面装着', '里头有']) + '、'.join(items)
    return pick(['内有', '包内有', '内装', '经清点内有']) + '，'.join(items)


def field_marks(ms, cs, side, lang='zh'):
    parts = []
    for m in ms:
        if lang == 'en':
            if m.get('en'):
                parts.append(m['en'])
            continue
        if m.get('s'):
            parts.append(pick(m['s']))
        else:
            parts.append(pick(m['o'] if side == 'o' else m['f']))
    for c in cs:
        if lang == 'en':
            if c.get('en'):
                parts.append(c['en'])
            continue
        parts.append(pick(c['o'] if side == 'o' else c['f']))
    sep = pick(['；', '，', ' ', '、']) if lang == 'zh' else '; '
    s = sep.join(p for p in parts if p)
    return s[:480]


def closing_zh(voice, cat, papers=False):
    ph = mask_phone()
    if voice == 'student':
        return pick(['有捡到的同学麻烦联系我%s，必有重谢！' % ph, '求好心人！！联系方式%s' % ph, '万分感谢～', '捡到的同学请联系我，请你喝奶茶！'])
    if voice == 'formal':
        return pick(['如有拾到者请与本人联系，不胜感激。联系电话%s。' % ph, '望拾到者归还，定当酬谢。', '特此登记。'])
    if voice.startswith('dict'):
        pr = '他' if voice == 'dict_m' else '她'
        return pick(['有消息请打我电话%s（我是%s孙子）。' % (ph, pr), '老人家很着急，麻烦了！', '联系人是我，电话%s。' % ph,
                     '%s记性不好，麻烦大家了。' % pr])
    opts = ['有捡到的请联系我，电话%s，必有重谢！' % ph, '谢谢！', '麻烦帮忙留意一下，谢谢。', '拜托了！', '捡到的好心人请联系我%s' % ph,
            '', '', '非常着急，谢谢警官。']
    if cat in ('wallet', 'bag') and papers:
        opts.append('里面的证件很重要，钱不要了都行。')
    if cat == 'id_doc':
        opts.append('证件补办太麻烦了，谢谢帮忙。')
    return pick(opts)


def intro_zh(o, voice):
    p = o['person']
    if voice == 'dict':
        rel = pick(['我爷爷', '我外公']) if p['male'] else pick(['我奶奶', '我外婆'])
        o['extra']['rel'] = rel
        return pick(['帮%s登记一下，%s不会用手机。' % (rel, rel[1:]), '替%s写的：' % rel, '（孙子代写）', '%s让我帮忙登记，' % rel[1:]])
    if voice == 'formal':
        o['extra']['selfnamed'] = chance(0.5)
        return '本人%s，' % p['name'] if o['extra']['selfnamed'] else pick(['', '报失：'])
    if voice == 'student':
        return pick(['求助！！', '急！', '我是理工学院的学生，', '家人们求助，'])
    if voice == 'staff':
        return pick(['我是市一医院的护士，', '我是住院部的护士，', '本院职工，'])
    if voice in ('plain', 'dialect'):
        return pick(['', '', '', '您好，', '警官你好，', '麻烦登记一下，', '求助，'])
    return ''


LOSS_VERB = ['把{i}弄丢了', '把{i}丢了', '{i}不见了', '发现{i}没了', '{i}掉了', '把{i}落下了', '{i}找不到了']
LOSS_VERB_OLD = ['把{i}搞丢了', '{i}掉了', '把{i}落在那里了', '{i}不见了']


def act_for(o, voice, place):
    sc = o['scene']
    if sc.startswith('ride_'):
        return ride_zh(o, 'act')
    s = SUBS[sc]
    acts = s['acts_old'] if voice in ('dict', 'elder') else s['acts']
    a = pick(acts)
    if s['site'].startswith('cem') and '去{p}' in a:
        return a.replace('{p}', pick(SITES[s['site']]['zh'])) + '，在' + place
    return a.replace('{p}', place)


# ----------------------------------------------------------------------------- lost report writer

def decide(level, must, name):
    """(in_field, in_body) for one attribute the writer knows"""
    pf = {'hurry': 0.0, 'body': 0.0, 'some': 0.5, 'full': 0.9}[level]
    fld = chance(pf)
    body = chance(0.55 if fld else 0.88)
    if name in must and not (fld or body):
        body = True
    if level == 'hurry' and name not in must:
        body = chance(0.6)
    return fld, body


def lost_latlon(o, level):
    sc = o['scene']
    if level in ('hurry', 'body') and not chance(0.15):
        return None
    if level == 'some' and chance(0.45):
        return None
    if o['extra'].get('vague'):
        return None if chance(0.6) else jitter(*scene_latlon(sc, o.get('ride')), 0.003)
    if sc.startswith('ride_'):
        return None if chance(0.6) else jitter(*scene_latlon(sc, o.get('ride')), 0.001)
    return jitter(SUBS[sc]['lat'], SUBS[sc]['lon'], 0.0012)


def owner_view(o):
    """what the owner chooses to tell: chosen marks and contents"""
    must_f = [m.split(':', 1)[1] for m in o['must'] if m.startswith('fam:')]
    ms = [m for m in o['marks'] if m['fam'] in must_f or chance(0.62 if m['vis'] else 0.45)]
    ms = [m for m in ms if m['o']]
    cs = [c for c in o['contents'] if c['fam'] in must_f or chance(0.75)]
    ms.sort(key=lambda m: m['fam'] not in must_f)
    cs.sort(key=lambda m: m['fam'] not in must_f)
    return ms, cs


def render_lost(o):
    w = o['lw']
    if w['lang'] == 'en':
        return render_lost_en(o)
    if w['lang'] == 'py':
        return render_lost_py(o)
    voice, level = w['voice'], w['level']
    must = o['must']
    rec = {}
    # what is known and where it goes
    col = br = mdl = ser = None
    if o['color'] and o['cat'] not in ('id_doc', 'cash') or (o['color'] and 'color' in must):
        fld, body = decide(level, must, 'color')
        word = color_word(o['color'], 'o', marketing=o['kind'] == 'phone')
        if fld:
            rec['color'] = word
        if body:
            col = word if not fld else color_word(o['color'], 'o')
    if o['brand']:
        fld, body = decide(level, must, 'brand')
        if fld:
            rec['brand'] = brand_word(o['brand'], 'o')
        if body:
            br = brand_word(o['brand'], 'o')
    if o['model'] and (chance({'phone': 0.55, 'ebike': 0.45, 'bicycle': 0.3, 'electronics': 0.45}.get(o['cat'], 0.3)) or 'model' in must):
        fld, body = decide(level, must, 'model')
        if fld:
            rec['model'] = model_word(o['model'])
        if body and chance(0.7):
            mdl = model_word(o['model'])
    if o['serial'] and (chance(OWN_SERIAL[o['serial']['t']]) or 'serial' in must):
        fld, body = decide(level, must, 'serial')
        txt = fmt_serial(o['serial'], 'o')
        if fld:
            rec['serial'] = txt
        if body or not fld:
            ser = serial_sentence(o['serial'], 'o', fmt_serial(o['serial'], 'o') if fld else txt)
            if o['serial']['t'] == 'imei' and chance(0.2):
                ser += '，IMEI2：%s' % o['serial']['v2']
    ms, cs = owner_view(o)
    if level in ('some', 'full') and (ms or cs) and chance(0.6 if level == 'some' else 0.85):
        rec['marks'] = field_marks(ms, cs, 'o')
        if chance(0.45):
            ms = [m for m in ms if chance(0.5) or ('fam:' + m['fam']) in must]
            cs = [c for c in cs if chance(0.5) or ('fam:' + c['fam']) in must]
    # place
    sc = o['scene']
    vague = o['extra'].get('vague')
    if sc.startswith('ride_'):
        pl, _ = ride_zh(o, 'place')
        addr = pl
    else:
        pl = place_zh(sc, vague=vague)
        addr = place_zh(sc, vague=vague) if chance(0.5) else pl
    if level == 'full' or (level == 'some' and chance(0.7)) or (level == 'body' and chance(0.25)):
        rec['address'] = addr[:60]
    ll = lost_latlon(o, level)
    if ll:
        rec['lat'], rec['lon'] = ll
    a, b, wt = o['win']
    T = window_zh(a, b, wt)
    if ser and o['serial']['t'] == 'bank' and any(c['val'] == o['serial']['v'] for c in cs):
        ser = None
    item = item_zh(o, 'o', col, br, mdl, inline=True)
    item2 = item_zh(o, 'o', col, br, mdl)
    body = compose_lost_zh(o, voice, T, pl, item, item2, ms, cs, ser)
    rec['body'] = body
    return rec


def detail_sentences(ms, side, shuffle=True):
    out = [pick(m['o'] if side == 'o' else m['f']) for m in ms]
    if shuffle:
        R.shuffle(out)
    return out


def n_must(o, lst, side):
    must = o['must'] if side == 'o' else o['must_f']
    return sum(1 for m in lst if ('fam:' + m['fam']) in must)


def compose_lost_zh(o, voice, T, pl, item, item2, ms, cs, ser):
    subj = ''
    intro = intro_zh(o, voice)
    if voice == 'dict':
        subj = o['extra']['rel']
    dets = detail_sentences(ms, 'o', shuffle=voice != 'hurry')
    if voice == 'dict':
        pr = '他' if o['person']['male'] else '她'
        dets = [x.replace('我', pr) for x in dets]
    cont = contents_zh(cs, 'o', o['cat'])
    if voice == 'dict':
        cont = cont.replace('我', pr)
    if voice == 'hurry':
        bits = [pick(['%s丢了%s' % (pl, item2), '%s在%s丢了' % (item, pl), '丢%s，%s' % (item2, pl), '%s %s 丢了%s' % (T, pl, item2)])]
        bits += dets[:max(1, n_must(o, ms, 'o'))]
        if ser and (chance(0.5) or 'serial' in o['must']):
            bits.append(ser)
        if cs and (chance(0.5) or n_must(o, cs, 'o')):
            bits.append(cont)
        s = pick(['，', ' ', '。']).join(bits) + pick(['，急！', '！！', '', ' 急', '，谢谢'])
        return clean(add_typos(s, 1 if chance(0.6) else 0))[:600]
    act = act_for(o, voice, pl)
    lv = pick(LOSS_VERB_OLD if voice in ('dict', 'elder') else LOSS_VERB).replace('{i}', item)
    vague = o['extra'].get('vague')
    r = R.randrange(6)
    if vague:
        alt = place_zh(pick(SUBS[o['scene']]['near']), False)
        core = pick(['%s%s去过%s和%s，回来发现%s不见了，不知道掉在哪里了。' % (subj, T, pl, alt, item),
                     '%s%s%s，可能是在%s，也可能是在%s，不晓得具体在哪。' % (subj, T, lv, pl, alt)])
    elif voice == 'formal':
        sj = subj or ('' if o['extra'].get('selfnamed') else '本人')
        core = pick(['%s于%s在%s不慎遗失%s。' % (sj, T, pl, item2), '%s于%s%s时，不慎遗失%s。' % (sj, T, act, item2)])
    elif r == 0:
        core = '%s%s%s的时候，%s。' % (subj, T, act, lv)
    elif r == 1:
        core = '%s%s%s，回来发现%s不见了。' % (subj, T, act, item)
    elif r == 2:
        core = '%s%s在%s丢了%s。' % (subj, T, pl, item2)
    elif r == 3:
        core = '%s%s！%s%s%s。' % (item, pick(['丢了', '不见了', '找不到了']), subj, T, act)
    elif r == 4:
        core = '%s%s%s，%s没了，估计是掉在那里了。' % (subj, T, act, item)
    else:
        core = '%s%s%s。%s。' % (subj, T, act, lv)
    parts = [intro + core]
    if dets:
        lead = ('他说' if o['person']['male'] else '她说') if voice == 'dict' and chance(0.5) else ''
        parts.append(lead + '，'.join(dets) + '。')
    if cont:
        parts.append(cont + '。')
    if ser:
        parts.append(ser + '。')
    papers = any(c['fam'] in ('idin', 'card', 'record') for c in o['contents'])
    parts.append(closing_zh(('dict_m' if o['person']['male'] else 'dict_f') if voice == 'dict' else voice, o['cat'], papers))
    s = ''.join(parts)
    if voice == 'elder':
        s = elderize(s)
    if voice == 'dialect':
        s = dialectize(s)
    nt = o['lw']['typos']
    if nt:
        s = add_typos(s, nt)
    s = clean(s)
    if len(s) > 600:
        s = s[:598] + '…'
    return s


def render_lost_en(o):
    w = o['lw']
    rec = {}
    a, b, wt = o['win']
    sc = o['scene']
    pl = ride_en(o) if sc.startswith('ride_') else 'at ' + place_en(sc)
    kind = KINDS[o['kind']][3]
    col = COL[o['color']]['en'] if o['color'] and o['cat'] not in ('id_doc',) else ''
    br = BR[o['brand']]['en'] if o['brand'] else ''
    mdl = o['model'] if o['model'] and o['model'].isascii() and chance(0.5) else ''
    desc = ' '.join(x for x in [col, br, mdl, kind] if x)
    ms, cs = owner_view(o)
    dets = [m['en'] for m in ms if m.get('en') and m['en'].isascii()] + [c['en'] for c in cs if c.get('en') and c['en'].isascii()]
    lead = pick(['Hi, ', 'Hello, ', '', 'Dear officer, '])
    core = pick(['%sI lost my %s %s %s.' % (lead, desc, window_en(a, b, wt), pl),
                 '%s%sy %s is missing. I think I left it %s, %s.' % (lead, 'm' if lead else 'M', desc, pl, window_en(a, b, wt)),
                 '%sI am lost my %s %s %s.' % (lead, desc, pl, window_en(a, b, wt))])
    s = core
    if dets:
        s += ' ' + pick(['Details: ', 'Features: ']) + ', '.join(dets) + '.'
    if o['serial'] and (chance(OWN_SERIAL[o['serial']['t']]) or 'serial' in o['must']):
        txt = fmt_serial(o['serial'], 'o').replace('后六位', 'last six digits ').replace('尾号', 'ending ')
        se = serial_en(o['serial'], txt)
        s += ' ' + se[0].upper() + se[1:] + '.'
        if w['level'] in ('some', 'full'):
            rec['serial'] = txt
    if o['person']['foreign']:
        s += ' ' + pick(['I am an international student at the institute.', 'I only speak a little Chinese, sorry.', ''])
    s += ' ' + pick(['Please contact me: %s. Thank you!' % mask_phone(), 'Thanks a lot.', 'WeChat: %s%d' % (o['person']['name'].split()[0].lower(), R.randint(10, 99)), ''])
    rec['body'] = ' '.join(s.split())[:600]
    if w['level'] in ('some', 'full'):
        if col and chance(0.8):
            rec['color'] = col
        if br and chance(0.8):
            rec['brand'] = br
        if o['model'] and o['model'].isascii() and chance(0.5):
            rec['model'] = o['model']
        if not sc.startswith('ride_') and chance(0.7):
            rec['address'] = place_en(sc)[:60]
            if chance(0.6):
                rec['lat'], rec['lon'] = jitter(SUBS[sc]['lat'], SUBS[sc]['lon'], 0.0012)
        if dets and chance(0.6):
            rec['marks'] = '; '.join(dets)[:480]
    return rec


def render_lost_py(o):
    rec = {}
    a, b, wt = o['win']
    sc = o['scene']
    pl = 'ditie 2 hao xian shang' if sc == 'ride_train' else ('gongjiao che shang' if sc.startswith('ride_') else place_py(sc))
    kn = KINDS[o['kind']][4]
    col = COL[o['color']]['py'] if o['color'] and o['cat'] not in ('id_doc',) else ''
    br = BR[o['brand']]['py'] if o['brand'] else ''
    s = pick(['wo de %s diu le' % ' '.join(x for x in [col + (' de' if col else ''), br, kn] if x),
              '%s zai %s diu le %s' % (window_py(a, b, wt), pl, ' '.join(x for x in [col, br, kn] if x))])
    if not s.startswith(window_py(a, b, wt)[:3]):
        s += ', %s zai %s' % (window_py(a, b, wt), pl)
    ms, cs = owner_view(o)
    pys = [m['py'] for m in ms if m.get('py')]
    if pys:
        s += ', ' + ', '.join(pys)
    if o['serial'] and o['serial']['t'] in ('id', 'imei', 'bank', 'plate') and chance(0.5):
        s += ', hao ma %s' % fmt_serial(o['serial'], 'o').replace('尾号', 'weihao ').replace('后六位', 'hou liu wei ').replace('汉川', 'hanchuan ')
    if o['cat'] in ('id_doc', 'wallet') and chance(0.6):
        s += ', mingzi %s' % o['person'].get('py', o['person']['name'])
    s += pick([', xiexie!', '. shurufa huai le, bu hao yisi. xiexie', ', you shiqu de qing lianxi wo %s' % mask_phone()])
    rec['body'] = s[:600]
    if chance(0.4):
        rec['address'] = pl[:60]
    return rec


# ----------------------------------------------------------------------------- found registration writer

ACTIONS = {
    'hos': ['已交医院保卫科', '暂存门诊导医台', '暂放住院部护士站', '交到医院服务中心了'],
    'sub': ['暂存车站客服中心', '已交站务室保管', '放在客服中心'],
    'bus': ['暂存客运中心失物招领处', '放在调度室'],
    'cem1': ['暂存公墓管理处', '交到管理处了'], 'cem2': ['暂存陵园管理处'],
    'mkt': ['放在市场管理处', '暂存管理处办公室'],
    'park': ['交到公园管理处', '放在公园东门保安亭'],
    'uni': ['交到图书馆总服务台', '放在宿管站', '交学校保卫处'],
    'sm': ['存放在超市服务台', '交到总服务台了'],
    'street': ['送至城关派出所'], 'far': ['送派出所'],
}
BRAND_SEEN = dict(phone=0.85, id_doc=0, wallet=0.7, keys=0.9, ebike=0.95, bicycle=0.9, bag=0.8, cash=0, jewelry=0.3,
                  electronics=0.85, other=0.6)
MODEL_SEEN = dict(phone=0.12, ebike=0.35, bicycle=0.2, electronics=0.25)
FKN = {
    'id_doc<wallet': ['身份证等证件', '证件一套', '身份证和银行卡'],
    'phone<electronics': ['儿童手表手机', '小孩的电话手表', '儿童定位手表（可通话）'],
    'electronics<bag': ['笔记本电脑（连电脑包）', '笔记本电脑一台及电脑包'],
    'other<jewelry': ['木珠串', '一串珠子', '手串'],
}


def finder_view(o):
    must_f = [m.split(':', 1)[1] for m in o['must_f'] if m.startswith('fam:')]
    ms = [m for m in o['marks'] if m['vis'] and m['f'] and (m['fam'] in must_f or chance(0.68))]
    cs = [c for c in o['contents'] if c['vis'] and (c['fam'] in must_f or chance(0.85))]
    ms.sort(key=lambda m: m['fam'] not in must_f)
    cs.sort(key=lambda m: m['fam'] not in must_f)
    return ms, cs


def found_where_zh(o, fsub, how):
    if how == 'train':
        st = SUBS[fsub]['names'][0].replace('站厅', '')
        return pick(['列车到%s站清客时，在车厢座位上' % st.replace('站站', '站'), '2号线列车终到%s后，在车厢内' % st,
                     '%s（乘客在列车上捡到后交来）' % place_zh(fsub)])
    if how == 'bus':
        rt = o['ride']['route'] if o.get('ride') and o['ride'].get('route') else pick(BUS_ROUTES)
        return pick(['%s收车后在车厢后排' % rt, '%s公交车收车时在座位底下' % rt, '%s，公交司机在车上' % place_zh(fsub)])
    if how == 'shuttle':
        return pick(['祭扫接驳车上（车停%s）' % place_zh(fsub), '接驳车座位上，司机收车时', '%s的接驳车上' % place_zh(fsub)])
    pl = place_zh(fsub)
    spot = pick(SUBS[fsub]['spots'])
    return pick(['%s%s' % (pl, spot), '%s' % pl, '%s的%s' % (pl, spot)])


def render_found(o):
    w = o['fw']
    if w['lang'] == 'en':
        return render_found_en(o)
    voice, level = w['voice'], w['level']
    must = o['must_f']
    rec = {}
    col = br = mdl = ser = None
    cat_f = o['cat_f']
    # colour as the finder sees it
    ccol = o['color']
    case = o['extra'].get('case')
    if o['cat'] == 'phone' and case and case[2] and chance(0.45) and 'color' not in must:
        ccol = case[2]
    if o['cat'] == 'id_doc' and not chance(0.5):
        ccol = None
    if ccol:
        fld, body = decide(level, must, 'color')
        if fld:
            rec['color'] = color_word(ccol, 'f')
        if body:
            col = color_word(ccol, 'f')
    if o['brand']:
        p = BRAND_SEEN[o['cat']]
        if o['cat'] == 'phone' and case and not case[3]:
            p = 0.55
        if chance(p) or 'brand' in must:
            fld, body = decide(level, must, 'brand')
            if fld:
                rec['brand'] = brand_word(o['brand'], 'f')
            if body:
                br = brand_word(o['brand'], 'f')
    if o['model'] and (chance(MODEL_SEEN.get(o['cat'], 0.1)) or 'model' in must):
        fld, body = decide(level, must, 'model')
        if fld:
            rec['model'] = model_word(o['model'])
        if body:
            mdl = model_word(o['model'])
    if o['serial'] and (chance(FIND_SERIAL[o['serial']['t']]) or 'serial' in must):
        fld, body = decide(level, must, 'serial')
        txt = fmt_serial(o['serial'], 'f')
        if fld:
            rec['serial'] = txt
        if body or not fld:
            ser = serial_sentence(o['serial'], 'f', fmt_serial(o['serial'], 'f') if fld else txt)
    ms, cs = finder_view(o)
    if level in ('some', 'full') and (ms or cs) and chance(0.65 if level == 'some' else 0.9):
        rec['marks'] = field_marks(ms, cs, 'f')
        if chance(0.4):
            ms = [m for m in ms if chance(0.5) or ('fam:' + m['fam']) in must]
            cs = [c for c in cs if chance(0.5) or ('fam:' + c['fam']) in must]
    if ser and o['serial']['t'] == 'bank' and any(c['val'] == o['serial']['v'] for c in cs):
        ser = None
    fsub, how = o['fsub'], o['fhow']
    where = found_where_zh(o, fsub, how)
    addr = place_zh(fsub)
    if SUBS[fsub]['site'] == 'sub' and not addr.startswith(('地铁', '2号线', '二号线', '地铁二号线')):
        addr = pick(['地铁2号线', '2号线']) + addr
    if level in ('full', 'some') or chance(0.3):
        rec['address'] = addr[:60]
    if level == 'full' or (level == 'some' and chance(0.6)) or (level == 'body' and chance(0.2)):
        rec['lat'], rec['lon'] = jitter(SUBS[fsub]['lat'], SUBS[fsub]['lon'], 0.0004)
    key = '%s<%s' % (cat_f, o['cat'])
    kn = pick(FKN[key]) if key in FKN else None
    item = item_zh(o, 'f', col, br, mdl, kn=kn)
    item_in = item_zh(o, 'f', col, br, mdl, kn=kn, inline=True)
    F = o['F']
    ft = found_time_zh(F, formal=voice == 'desk' and chance(0.4))
    dets = detail_sentences(ms, 'f', shuffle=voice != 'hurry')
    cont = contents_zh(cs, 'f', o['cat'])
    role = pick(SUBS[fsub]['finders']) if how in ('same', 'near', 'moved') else \
        {'train': pick(['站务员', '列车司机', '保洁员']), 'bus': pick(['公交司机', '调度员']), 'shuttle': pick(['接驳车司机', '志愿者'])}[how]
    site = SUBS[fsub]['site']
    action = pick(ACTIONS.get(site, ['送至派出所']))
    if voice == 'hurry':
        bits = [pick(['%s捡到%s' % (where, item), '捡到%s，在%s' % (item, where), '%s %s' % (where, item)])]
        bits += dets[:max(1, n_must(o, ms, 'f'))]
        if cs and (chance(0.5) or n_must(o, cs, 'f')):
            bits.append(cont)
        if ser and (chance(0.6) or 'serial' in o['must_f']):
            bits.append(ser)
        s = '，'.join(bits)
        s = add_typos(s, 1 if chance(0.5) else 0)
    else:
        if voice == 'desk':
            who = pick(['%s' % role, '%s（%s）' % (role, pick(SURN) + pick(['师傅', '女士', '先生'])), '群众', '%s%s' % (pick(SURN), pick(['师傅', '女士', '先生']))])
            core = pick(['%s于%s在%s拾得%s' % (who, ft, where, item), '%s送来%s，称%s在%s捡到' % (who, item_in, ft, where),
                         '%s在%s发现%s，时间%s' % (who, where, item, ft)])
        elif voice == 'self' or voice == 'dialect':
            me = ('我是%s的' % role) if role.endswith(('台', '处')) else ('我是%s' % role)
            core = pick(['%s，%s在%s捡到%s' % (me, ft, where, item), '%s在%s捡到%s' % (ft, where, item),
                         '%s打扫的时候在%s发现有人落下了%s' % (ft, where, item) if '保洁' in role or '环卫' in role or '阿姨' in role else
                         '%s在%s看到%s，没人认领' % (ft, where, item_in)])
        else:
            core = '%s，%s发现%s' % (ft, where, item)
        parts = [core + '。']
        if dets:
            parts.append('，'.join(dets) + '。')
        if cont:
            parts.append(cont + '。')
        if ser:
            parts.append(ser + '。')
        if voice == 'desk':
            parts.append(pick(['%s，请失主携带有效证件认领。' % action, '现存放于城关派出所阳光坐席，请失主来所认领。', '已登记。', '']))
        else:
            parts.append(pick(['%s。' % action, '失主请联系%s。' % mask_phone(), '东西在我这里。', '']))
        s = ''.join(parts)
        if voice == 'dialect':
            s = dialectize(s, 'f')
        if w['typos']:
            s = add_typos(s, w['typos'])
    rec['body'] = clean(s)[:600]
    return rec


def render_found_en(o):
    rec = {}
    F = o['F']
    kind = KINDS[o['kind']][3]
    col = COL[o['color']]['en'] if o['color'] else ''
    br = BR[o['brand']]['en'] if o['brand'] and chance(0.8) else ''
    ms, cs = finder_view(o)
    dets = [m['en'] for m in ms if m.get('en') and m['en'].isascii()] + [c['en'] for c in cs if c.get('en') and c['en'].isascii()]
    s = 'Found a %s %s %s, %s around %d:%02d.' % (' '.join(x for x in [col, br, kind] if x), 'at', place_en(o['fsub']),
                                                  day_en(F.date()), F.hour, F.minute)
    if dets:
        s += ' Details: ' + ', '.join(dets) + '.'
    if o['serial'] and (chance(FIND_SERIAL[o['serial']['t']]) or 'serial' in o['must_f']):
        txt = fmt_serial(o['serial'], 'f').replace('尾号', 'ending ')
        se = serial_en(o['serial'], txt)
        s += ' ' + se[0].upper() + se[1:] + '.'
        rec['serial'] = txt
    s += ' ' + pick(['I left it at the front desk.', 'I gave it to the staff.', 'Handed in by a foreign teacher.'])
    rec['body'] = s[:600]
    if col:
        rec['color'] = col
    rec['address'] = place_en(o['fsub'])[:60]
    rec['lat'], rec['lon'] = jitter(SUBS[o['fsub']]['lat'], SUBS[o['fsub']]['lon'], 0.0004)
    return rec


# ----------------------------------------------------------------------------- twins and negatives

def regen_cards(o):
    """new tails for every bank card an object holds (a twin is a different person's wallet)"""
    first = None
    for lst in (o['marks'], o['contents']):
        for i, c in enumerate(lst):
            if c['fam'] == 'card' and str(c['val']).isdigit():
                b = pick(BANKS)
                t = digits(4)
                lst[i] = Mk('card', t, ['%s卡尾号%s' % (pick(b[1]), t)], ['%s卡一张（尾号%s）' % (b[0], t)],
                            '%s card ending %s' % (b[3], t), tell=True)
                first = first or (b, t)
    if o['serial'] and o['serial']['t'] == 'bank':
        if first:
            o['serial'] = dict(t='bank', bank=first[0], v=first[1])
        else:
            o['serial'] = dict(t='bank', bank=pick(BANKS), v=digits(4))


def regen_serial(o):
    sr = o['serial']
    if not sr:
        return
    t = sr['t']
    if t == 'imei':
        v = make_imei()
        o['serial'] = dict(t='imei', v=v, v2=make_imei(v[:8]))
    elif t == 'id':
        o['serial'] = dict(t='id', v=o['person']['id'])
    elif t == 'bank':
        regen_cards(o)
    elif t == 'plate':
        o['serial'] = dict(t='plate', v='汉川%s%s' % (pick('ABCDE'), digits(5)), frame=sr.get('frame') and (sr['frame'][:4] + digits(len(sr['frame']) - 4)))
    elif t in ('frame',):
        o['serial'] = dict(t='frame', v=sr['v'][:4] + digits(len(sr['v']) - 4))
    elif t == 'sn':
        o['serial'] = dict(t='sn', v=alnum(len(sr['v'])))
    elif t == 'card':
        o['serial'] = dict(t='card', v='00' + digits(8))
    elif t == 'stuid':
        o['serial'] = dict(t='stuid', v=sr['v'][:4] + digits(6))
    elif t == 'passport':
        o['serial'] = dict(t='passport', v=pick('EPGK') + digits(8))
    elif t == 'staff':
        o['serial'] = dict(t='staff', v=digits(5))
    elif t == 'barcode':
        o['serial'] = dict(t='barcode', v='C%07d' % R.randint(0, 9999999))
    elif t == 'exam':
        o['serial'] = dict(t='exam', v='CT' + digits(8))


TWIN_DEFAULT = {'phone': ['sticker', 'crack', 'wall', 'lanyard'], 'wallet': ['idin', 'cashin'], 'keys': ['pendant', 'tag'],
                'ebike': ['plate', 'seatcover'], 'bicycle': ['permit', 'frame'], 'bag': ['bagcharm', 'bagtag'],
                'cash': ['amount', 'writing'], 'jewelry': ['engrave', 'pend'], 'electronics': ['elsticker', 'elname', 'strap'],
                'other': ['elname', 'elsticker'], 'id_doc': ['person']}
SERIAL_FAMS = ('plate', 'frame', 'person', 'idin')


def twin_fam(T):
    """the telling detail a twin will differ in; adds it to T when T has none (T is not yet written)"""
    cat = T['cat']
    if cat == 'id_doc':
        return 'person' if T['kind'] != 'yhk' else 'serial'
    have = [m['fam'] for m in T['marks'] + T['contents'] if m['fam'] in FAMGEN and m['vis']]
    if cat == 'ebike':
        have.append('plate')
    if cat == 'bicycle' and T['serial']:
        have.append('frame')
    if cat == 'wallet' and T['serial'] and T['serial']['t'] == 'id':
        have.append('idin')
    have = [h for h in have if h in TWIN_DEFAULT.get(cat, []) + ['wall', 'sticker', 'crack', 'lanyard', 'engrave', 'pend', 'elsticker',
                                                              'elname', 'strap', 'bagbook', 'seatcover', 'permit', 'tag']]
    if have:
        return pick(sorted(set(have)))
    # add one
    for f in TWIN_DEFAULT.get(cat, []):
        if cat == 'phone' and f == 'sticker' and not T['extra'].get('case'):
            continue
        if cat == 'jewelry' and f == 'engrave' and T['kind'] not in ('ring', 'gold_bangle', 'lock', 'bracelet'):
            continue
        if cat == 'jewelry' and f == 'pend' and T['kind'] != 'gold_chain':
            continue
        if cat == 'electronics' and f == 'strap' and T['kind'] not in ('swatch', 'kidwatch'):
            continue
        if cat == 'other' and T['kind'] not in ('thermos', 'umbrella', 'cane'):
            return None
        if f in ('plate', 'frame'):
            return f
        if cat == 'wallet' and f == 'idin':
            T['contents'].append(m_idin(T, T['person']))
            T['serial'] = dict(t='id', v=T['person']['id'])
            return 'idin'
        m = FAMGEN[f](T)
        if m:
            (T['contents'] if f in ('cashin', 'amount') else T['marks']).append(m)
        return f
    return None


NAME_FAMS = ('idin', 'record', 'bagbook', 'bagtag', 'elname', 'filmname', 'iname', 'kname', 'bname', 'offname', 'childname')


def make_twin(T, f):
    """the same make, model and colour, bought by someone else: differs in the telling detail f"""
    N = copy.deepcopy({k: v for k, v in T.items() if k not in ('lw', 'fw', 'F', 'fsub', 'fhow')})
    N['must'], N['must_f'] = [], []
    if T['cat'] != 'id_doc':
        old = T['person']
        N['person'] = person(max(16, old['age'] - 8), old['age'] + 8, old['male'])
    regen_serial(N)
    if f != 'serial':
        old = None
        for lst in (N['marks'], N['contents']):
            for i, m in enumerate(lst):
                if m['fam'] == f:
                    old = (lst, i, m['val'])
                    break
            if old:
                break
        new = FAMGEN[f](N, old[2] if old else None)
        if old:
            if new:
                old[0][old[1]] = new
            else:
                del old[0][old[1]]
        elif new:
            N['marks'].append(new)
    # anything else carrying the owner's name belongs to the twin's own owner
    for lst in (N['marks'], N['contents']):
        for i in range(len(lst) - 1, -1, -1):
            m = lst[i]
            if m['fam'] in NAME_FAMS and m['fam'] != f:
                if m['fam'] in FAMGEN:
                    lst[i] = FAMGEN[m['fam']](N, m['val'])
                else:
                    del lst[i]
    regen_cards(N)
    if N['cat'] == 'wallet':
        if N['serial'] and N['serial']['t'] == 'id':
            N['serial'] = dict(t='id', v=N['person']['id'])
    tags = (['fam:' + f] if f != 'serial' else []) + (['serial'] if f in SERIAL_FAMS + ('serial',) else [])
    T['must'] += tags
    N['must_f'] += tags
    return N


def similar_obj(T, keep_brand, keep_color, keep_kind=True):
    force = {}
    if keep_color and T['color']:
        force['color'] = T['color']
    if keep_brand and T['brand']:
        force['brand'] = T['brand']
    if keep_kind and T['cat'] not in ('phone', 'ebike', 'cash'):
        force['kind'] = T['kind']
    N = MAKERS[T['cat']](force)
    if T['cat'] == 'other' and keep_color and T['color']:
        N['color'] = T['color']
    if T['cat'] == 'keys' and keep_color:
        N['color'] = T['color']
    return N


def differs(T, N):
    return (T['brand'] != N['brand']) or (T['kind'] != N['kind']) or (T['model'] != N['model'])


def neg_place_near(T):
    """a place at or next to where T was lost (as a finder would hand it in)"""
    sc = T['scene']
    if sc.startswith('ride_'):
        tmp = dict(T)
        return found_place(tmp)[0]
    s = SUBS[sc]
    if s['near'] and chance(0.4):
        return pick(s['near'])
    return sc


def open_hours(sub, t):
    h0, h1 = SUBS[sub]['hours']
    if h0 == 0 and h1 == 24:
        return True
    return max(7, h0) <= t.hour < min(21, h1)


def sample_between(a, b, sub):
    """a moment in [a, b] when someone is about to pick things up at sub"""
    span = max(0, int((b - a).total_seconds() // 60))
    t = a
    for _ in range(40):
        t = a + datetime.timedelta(minutes=R.randint(0, span))
        if open_hours(sub, t):
            return t
    return t


def time_after(a, sub):
    return sample_between(a, NOW - datetime.timedelta(minutes=5), sub)


def time_before(a, sub, lo_min=90, hi_min=20 * 1440):
    earliest = NOW - datetime.timedelta(minutes=MAXMIN - 30)
    lo = max(earliest, a - datetime.timedelta(minutes=hi_min))
    hi = a - datetime.timedelta(minutes=lo_min)
    if hi < lo:
        hi = lo
    return sample_between(lo, hi, sub)


# ----------------------------------------------------------------------------- writers (voices)

EN_FOUND = []


def lost_writer(o):
    p = o['person']
    if p['foreign']:
        return dict(lang='en', voice='en', level=wpick([('body', 40), ('some', 35), ('full', 25)]), typos=0)
    if p.get('pinyin'):
        return dict(lang='py', voice='py', level='body', typos=0)
    age = p['age']
    sc = o['scene']
    if o['kind'] == 'gp':
        voice = wpick([('staff', 60), ('hurry', 25), ('plain', 15)])
    elif age >= 70:
        voice = wpick([('dict', 45), ('elder', 35), ('plain', 20)])
    elif age >= 50:
        voice = wpick([('plain', 45), ('dialect', 25), ('formal', 12), ('hurry', 18)])
    elif age <= 25:
        voice = wpick([('student', 55 if sc.startswith('uni') or 'lgxy' in sc else 30), ('plain', 30), ('hurry', 25)])
    elif sc.startswith('hos_') and age <= 50 and chance(0.2):
        voice = 'staff'
    else:
        voice = wpick([('plain', 50), ('hurry', 20), ('formal', 12), ('dialect', 10), ('student', 8 if age < 30 else 0)])
    if voice == 'hurry':
        level = 'hurry'
    elif voice == 'elder':
        level = wpick([('body', 80), ('some', 20)])
    elif voice == 'dict':
        level = wpick([('body', 50), ('some', 40), ('full', 10)])
    else:
        level = wpick([('body', 36), ('some', 38), ('full', 26)])
    typos = 0
    if voice in ('elder', 'dialect', 'hurry'):
        typos = wpick([(0, 40), (1, 40), (2, 20)])
    elif chance(0.15):
        typos = 1
    return dict(lang='zh', voice=voice, level=level, typos=typos)


def found_writer(o):
    site = SUBS[o['fsub']]['site']
    if site in ('uni', 'park') and len(EN_FOUND) < 3 and chance(0.12):
        EN_FOUND.append(1)
        return dict(lang='en', voice='en', level='some', typos=0)
    voice = wpick([('desk', 40), ('self', 38), ('hurry', 12), ('dialect', 10)])
    if voice == 'hurry':
        level = 'hurry'
    elif voice == 'desk':
        level = wpick([('body', 15), ('some', 45), ('full', 40)])
    else:
        level = wpick([('body', 40), ('some', 40), ('full', 20)])
    typos = wpick([(0, 50), (1, 35), (2, 15)]) if voice in ('hurry', 'dialect') else (1 if chance(0.12) else 0)
    return dict(lang='zh', voice=voice, level=level, typos=typos)


# ----------------------------------------------------------------------------- the plan

LOST_PLAN = [  # category, lost reports, of which handed in
    ('phone', 46, 30), ('id_doc', 36, 26), ('wallet', 24, 15), ('keys', 22, 14), ('bag', 22, 14), ('electronics', 22, 14),
    ('jewelry', 16, 9), ('cash', 12, 4), ('ebike', 12, 8), ('bicycle', 10, 5), ('other', 18, 11)]
CROSS = [('wallet', 'cardcase', 'id_doc'), ('electronics', 'kidwatch', 'phone'), ('bag', 'laptopbag', 'electronics'),
         ('jewelry', 'beads', 'other')]
FOREIGN_CATS = ['phone', 'phone', 'id_doc', 'id_doc', 'bag', 'electronics', 'electronics', 'bicycle', 'keys', 'phone']
PINYIN_CATS = ['phone', 'wallet', 'keys', 'bag', 'id_doc']


def build():
    slots = []
    for cat, n, npair in LOST_PLAN:
        for i in range(n):
            slots.append(dict(cat=cat, paired=i < npair, force={}, mode=None))
    # cross-category pairs: the first handed-in slot of each
    for cat, kind, catf in CROSS:
        s = [x for x in slots if x['cat'] == cat and x['paired']][0]
        s['force'] = {'kind': kind}
        s['cat_f'] = catf
    # foreign owners and pinyin typists, on slots that are not cross pairs
    for i, cat in enumerate(FOREIGN_CATS):
        cands = [x for x in slots if x['cat'] == cat and not x['mode'] and 'cat_f' not in x]
        s = cands[(i * 7) % len(cands)]
        s['mode'] = 'foreign'
        if cat == 'id_doc':
            s['force'] = {'kind': 'hz'}
    for i, cat in enumerate(PINYIN_CATS):
        cands = [x for x in slots if x['cat'] == cat and not x['mode'] and 'cat_f' not in x]
        s = cands[(i * 5 + 3) % len(cands)]
        s['mode'] = 'pinyin'
        if cat == 'id_doc':
            s['force'] = {'kind': 'idcard'}
    R.shuffle(slots)

    objs = []
    for s in slots:
        if s['mode']:
            PERSON_MODE.append(s['mode'])
        o = MAKERS[s['cat']](dict(s['force']))
        del PERSON_MODE[:]
        o['cat_f'] = s.get('cat_f', o['cat'])
        o['paired'] = s['paired']
        setup_event(o, old_ok=True)
        objs.append(o)

    # negatives
    found_negs = []
    unpaired = [o for o in objs if not o['paired']]
    paired = [o for o in objs if o['paired']]
    R.shuffle(unpaired)
    R.shuffle(paired)
    used = []

    def take(pred):
        pool = unpaired if (chance(0.62) and any(pred(o) and id(o) not in used for o in unpaired)) else paired
        c = [o for o in pool if pred(o) and id(o) not in used]
        if not c:
            c = [o for o in unpaired + paired if pred(o) and id(o) not in used]
        if not c:
            c = [o for o in unpaired + paired if pred(o)]
        T = pick(c)
        used.append(id(T))
        return T

    for kind, n in NEG_PLAN:
        for _ in range(n):
            if kind == 'same_cat_color':
                T = take(lambda o: o['color'] and o['cat'] not in ('id_doc', 'cash'))
                for _ in range(40):
                    N = similar_obj(T, keep_brand=False, keep_color=True, keep_kind=chance(0.5))
                    if differs(T, N):
                        break
                T['must'] += ['color'] + (['brand'] if T['brand'] else [])
                N['must_f'] += ['color'] + (['brand'] if N['brand'] else [])
                N['fsub'] = neg_place_near(T)
                N['F'] = time_after(T['win'][0], N['fsub'])
            elif kind == 'twin':
                T = take(lambda o: twin_fam_ok(o))
                f = twin_fam(T)
                N = make_twin(T, f)
                N['fsub'] = neg_place_near(T)
                N['F'] = time_after(T['win'][0], N['fsub'])
            elif kind == 'found_before_loss':
                T = take(lambda o: True)
                N = similar_obj(T, keep_brand=True, keep_color=True)
                N['fsub'] = neg_place_near(T)
                N['F'] = time_before(T['win'][0], N['fsub'])
            elif kind == 'same_brand_elsewhere':
                T = take(lambda o: o['brand'])
                before = chance(0.55) or T['cat'] in ('ebike', 'bicycle')
                for _ in range(40):
                    N = similar_obj(T, keep_brand=True, keep_color=before and chance(0.5))
                    if before or N['color'] != T['color'] or N['kind'] != T['kind']:
                        break
                T['must'] += ['brand']
                N['must_f'] += ['brand']
                if not before:
                    T['must'] += ['color']
                    N['must_f'] += ['color']
                N['fsub'] = far_scene(T, 0.06 if before else 0.1)
                N['F'] = time_before(T['win'][0], N['fsub'], 1440, 30 * 1440) if before else time_after(T['win'][0], N['fsub'])
            else:
                cat = wpick([('phone', 4), ('id_doc', 3), ('wallet', 2), ('keys', 3), ('bag', 2), ('electronics', 3), ('other', 5),
                             ('jewelry', 1), ('ebike', 1), ('bicycle', 1), ('cash', 1)])
                N = MAKERS[cat]({})
                T = None
                N['scene'] = choose_scene(N)
                if N['scene'].startswith('ride_'):
                    N['ride'] = ride_setup(N['scene'])
                N['fsub'] = found_place(N)[0] if not N['scene'].startswith('ride_') or True else None
                N['F'] = sample_between(NOW - datetime.timedelta(days=25), NOW - datetime.timedelta(minutes=5), N['fsub'])
            if T is not None and T['cat'] == 'ebike' and kind != 'same_brand_elsewhere' and chance(0.5):
                st = near_street(*scene_latlon(T['scene'], T.get('ride')))
                if st:
                    N['fsub'] = st
            N['role'] = kind
            N['target'] = T
            N['fhow'] = 'same'
            N['cat_f'] = N['cat']
            found_negs.append(N)
    return objs, found_negs


def twin_fam_ok(o):
    if 'cat_f' in o and o['cat_f'] != o['cat']:
        return False
    if o['cat'] == 'other' and o['kind'] not in ('thermos', 'umbrella', 'cane') and \
            not any(m['fam'] in FAMGEN for m in o['marks']):
        return False
    if o['cat'] == 'jewelry' and o['kind'] not in ('ring', 'gold_bangle', 'lock', 'bracelet', 'gold_chain'):
        return False
    if o['cat'] == 'electronics' and o['kind'] in ('hearing', 'radio', 'drone', 'camera') and \
            not any(m['fam'] in FAMGEN for m in o['marks']):
        return False
    return True


def setup_event(o, old_ok=False):
    o['scene'] = choose_scene(o)
    if o['scene'].startswith('ride_'):
        o['ride'] = ride_setup(o['scene'])
    old = old_ok and o['cat'] in ('id_doc', 'jewelry', 'other', 'keys', 'bicycle') and chance(0.08)
    o['L'] = pick_moment(o['scene'], old=old)
    o['win'] = make_window(o['L'], old=old)
    o['extra']['vague'] = (not o['scene'].startswith('ride_')) and bool(SUBS[o['scene']]['near']) and chance(0.12)
    if o['paired']:
        o['fsub'], o['fhow'] = found_place(o)
        for _ in range(30):
            F = found_delay(o['L'])
            if open_hours(o['fsub'], F):
                break
        o['F'] = daytime(F, o['fsub'], lo_bound=o['L'])


def main():
    objs, negs = build()
    lost, found = [], []
    for o in objs:
        o['lw'] = lost_writer(o)
    for o in objs:
        rec = render_lost(o)
        a, b, wt = o['win']
        rec['lost_from_min'] = mins_before(a)
        rec['lost_to_min'] = mins_before(b)
        rec['category'] = o['cat']
        o['lrec'] = rec
        lost.append(o)
    for o in [x for x in objs if x['paired']] + negs:
        o['fw'] = found_writer(o)
        rec = render_found(o)
        rec['category'] = o['cat_f']
        rec['found_at_min'] = mins_before(o['F'])
        if o['role'] != 'pair':
            rec['negative'] = o['role']
        o['frec'] = rec
        found.append(o)
    R.shuffle(lost)
    R.shuffle(found)
    for i, o in enumerate(found):
        o['fkey'] = '%s-F%04d' % (PFX, i + 1)
    for i, o in enumerate(lost):
        o['lkey'] = '%s-L%04d' % (PFX, i + 1)
    FIELD_ORDER = ['key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon']
    out_lost = []
    for o in lost:
        rec = dict(o['lrec'], key=o['lkey'], truth=o['fkey'] if o['paired'] else None)
        out_lost.append({k: rec[k] for k in FIELD_ORDER + ['lost_from_min', 'lost_to_min', 'truth'] if k in rec})
    out_found = []
    for o in found:
        rec = dict(o['frec'], key=o['fkey'])
        out_found.append({k: rec[k] for k in FIELD_ORDER + ['found_at_min', 'negative'] if k in rec})
    # internal honesty checks on the hidden truth (the json carries only the labels)
    for o in found:
        if o['role'] == 'found_before_loss':
            assert mins_before(o['F']) > mins_before(o['target']['win'][0]), 'found_before_loss not before'
        if o['role'] == 'pair':
            assert mins_before(o['F']) <= mins_before(o['win'][0])
    if os.environ.get('SET69_DEBUG'):
        dbg = []
        for o in found:
            if o['role'] != 'pair' and o.get('target') is not None:
                T = o['target']
                la, lo = scene_latlon(T['scene'], T.get('ride'))
                dbg.append(dict(kind=o['role'], found=o['fkey'], lost=T['lkey'], before=o['F'] < T['win'][0],
                                km=round(math.hypot((SUBS[o['fsub']]['lat'] - la) * 111,
                                                    (SUBS[o['fsub']]['lon'] - lo) * 96), 1)))
        pair_km = []
        for o in found:
            if o['role'] == 'pair':
                la, lo = scene_latlon(o['scene'], o.get('ride'))
                pair_km.append(round(math.hypot((SUBS[o['fsub']]['lat'] - la) * 111, (SUBS[o['fsub']]['lon'] - lo) * 96), 1))
        stats = dict(pair_km_max=max(pair_km), pair_km_over_1=sum(1 for x in pair_km if x > 1),
                     pair_km_over_3=sum(1 for x in pair_km if x > 3),lost_voice=collections.Counter('%s/%s' % (o['lw']['voice'], o['lw']['level']) for o in lost),
                     found_voice=collections.Counter('%s/%s' % (o['fw']['voice'], o['fw']['level']) for o in found),
                     pair_place=collections.Counter(o['fhow'] for o in found if o['role'] == 'pair'),
                     lost_typos=sum(1 for o in lost if o['lw']['typos']), found_typos=sum(1 for o in found if o['fw']['typos']),
                     vague=sum(1 for o in lost if o['extra'].get('vague')),
                     old=sum(1 for o in lost if o['win'][2] in ('long',) or mins_before(o['win'][0]) > 40 * 1440),
                     scenes=collections.Counter(o['scene'].split('_')[0] for o in lost))
        with open(os.environ['SET69_DEBUG'], 'w') as fh:
            json.dump(dict(neg=dbg, stats=stats), fh, ensure_ascii=False, indent=1, sort_keys=True)
    data = {'seed': SEED, 'made_by': 'tests/lostfound/make_set69.py', 'parts': {PART: {'found': out_found, 'lost': out_lost}}}
    text = json.dumps(data, ensure_ascii=False, indent=1) + '\n'
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, 'w', encoding='utf-8') as fh:
        fh.write(text)
    print('wrote %s: %d lost (%d handed in), %d found' % (os.path.relpath(out), len(out_lost),
                                                       sum(1 for r in out_lost if r['truth']), len(out_found)))


if __name__ == '__main__':
    main()
