#!/usr/bin/env python3
"""make_set51.py: writes set51.json, a blind labelled lost-and-found set.

World: the invented hill city 渝岭市 in the autumn rains (October and November).
Every lost report and every found registration is written separately from a
hidden truth record of the object, each in the voice of the person who files it
and knowing only what that person could know.

Python 3 standard library only; one random.Random(SEED); no set or dict is ever
iterated in an order that depends on hashing, so the output is the same on every
run and under any PYTHONHASHSEED.

    python3 tests/lostfound/make_set51.py            # writes set51.json beside this file
    python3 tests/lostfound/make_set51.py --stdout   # prints it instead

build() returns (document, meta); meta is the generator's own record of which
found item is the decoy of which lost report (check_set51.py uses it; it is not
written into the set).
"""
import datetime
import json
import math
import os
import random
import sys

SEED = 51051
PFX = 'S51'
NAME = 'set51'
MADE_BY = 'tests/lostfound/make_set51.py'
# "the moment of registration": every *_min value counts minutes back from here,
# and the dates written in the bodies are consistent with it.
REF = datetime.datetime(2025, 11, 28, 20, 0)
EARLIEST = datetime.datetime(2025, 10, 1, 6, 0)

N_TRUE, N_NEVER, N_UNCLAIMED = 150, 90, 30
NEG_PLAN = [('twin', 24), ('same_category_colour', 24),
            ('found_before_loss', 21), ('same_brand_elsewhere', 21)]
N_CROSS = 4          # true pairs filed under different categories by the two sides

R = None             # the one random.Random(SEED), made in build()


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def wpick(pairs):
    total = sum(w for _, w in pairs)
    x = R.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def sample(seq, k):
    seq = list(seq)
    R.shuffle(seq)
    return seq[:k]


CN_NUM = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']

# ---------------------------------------------------------------- numbers

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return '10X98765432'[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


LOCAL_REGIONS = ['500231', '500246', '500118', '500264', '500239', '500152']
AWAY_REGIONS = ['330782', '440981', '610428', '421127', '320684', '370883', '411729', '430624', '510725', '350583']


def new_id(local=True, year=None):
    region = pick(LOCAL_REGIONS if local else AWAY_REGIONS)
    y = year or R.randint(1952, 2006)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    s17 = '%s%04d%02d%02d%03d' % (region, y, m, d, R.randint(11, 989))
    return s17 + id_check(s17)


def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


def new_imei(tac=None):
    tac = tac or ('86' + ''.join(str(R.randint(0, 9)) for _ in range(6)))
    body = tac + ''.join(str(R.randint(0, 9)) for _ in range(6))
    return body + luhn_digit(body)


def digits(n):
    return ''.join(str(R.randint(0, 9)) for _ in range(n))


def alnum(n, letters='ABCDEFGHJKLMNPRSTUVWXYZ'):
    return ''.join(pick(letters) if chance(0.35) else str(R.randint(0, 9)) for _ in range(n))


def sp4(s):
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


def dash_imei(v):
    return '%s-%s-%s-%s' % (v[:2], v[2:8], v[8:14], v[14:])


def mask_id(v):
    return v[:6] + '********' + v[-4:]


def sp_id(v):
    return '%s %s %s' % (v[:6], v[6:14], v[14:])


def mask_id2(v):
    return v[:4] + '*' * 10 + v[-4:]


# ---------------------------------------------------------------- people

SURNAMES = ['况', '冉', '谭', '向', '秦', '母', '付', '蒲', '彭', '邓', '陈', '李', '刘', '张', '杨', '黄',
            '周', '罗', '唐', '何', '熊', '甘', '牟', '税', '瞿', '龚', '袁', '江', '幸', '敖', '游', '苟']
GIVEN = ['小梅', '子涵', '俊', '雨桐', '明', '建国', '秀英', '思远', '浩', '婷', '佳怡', '志强', '丽', '欣然',
         '宇轩', '桂兰', '文', '晓东', '诗琪', '家豪', '玉珍', '涛', '梦瑶', '国平', '晨', '一鸣', '春燕', '静',
         '宏伟', '若溪', '海燕', '天佑', '芳', '嘉禾', '亚军', '润', '书瑶', '永红', '凯', '沁', '明轩', '素芬',
         '德兵', '小川', '语桐', '锦程', '碧霞', '立群', '安琪', '启航', '淑华', '正阳', '可馨', '学军']
HOMES = ['沅川', '宁嵩', '北淇', '汀阳', '澜州', '苍屿', '临漪', '溱州']
DESTS = ['青杠', '石溪', '沅川', '宁嵩', '北淇', '汀阳', '澜州', '云岫']
COLLEGES = ['机械学院', '外国语学院', '文学院', '计算机学院', '建筑学院', '经管学院', '新闻学院', '化工学院']
COMPANIES = ['渝岭轨道集团', '磁湾街道办', '岭江物流', '渝岭市二院', '嘉渝索道公司', '龙门坝客运公司', '岭上餐饮']
COMMUNITIES = ['云梯小区', '枇杷湾小区', '黄葛苑', '临江花园', '龙脊新村', '梅园公寓', '翠屏山居', '望江名都']
used_names = []


def new_name(surname=None):
    while True:
        n = (surname or pick(SURNAMES)) + pick(GIVEN)
        if surname or n not in used_names:
            used_names.append(n)
            return n


PRON = {'我妈': '她', '我爸': '他', '我外婆': '她', '我爷爷': '他', '我奶奶': '她', '我家老汉儿': '他', '我女儿': '她',
        '我儿子': '他'}


def other_name(name):
    """Somebody else with the same surname (a twin's one differing fact)."""
    while True:
        n = new_name(name[0])
        if n != name:
            return n


def new_person(place_kind=None):
    tourist = chance(0.32) and place_kind not in ('uni', 'resid', 'market')
    student = place_kind == 'uni' and chance(0.8)
    p = dict(name=new_name(), female=chance(0.5), tourist=tourist, student=student,
             home=pick(HOMES) if tourist else None)
    if student:
        p['voice'] = wpick([('student', 5), ('local', 2), ('hurried', 2), ('precise', 1)])
        p['age'] = 'young'
    elif tourist:
        p['voice'] = wpick([('tourist', 6), ('precise', 2), ('hurried', 2)])
        p['age'] = wpick([('young', 3), ('mid', 2), ('old', 1)])
    else:
        p['voice'] = wpick([('local', 9), ('precise', 4), ('hurried', 4), ('proxy', 3)])
        p['age'] = wpick([('young', 2), ('mid', 3), ('old', 2)])
    year = {'young': R.randint(1996, 2006), 'mid': R.randint(1972, 1995), 'old': R.randint(1945, 1971)}[p['age']]
    p['id'] = new_id(local=not tourist, year=year)
    p['rel'] = pick(['我妈', '我爸', '我外婆', '我爷爷', '我奶奶', '我家老汉儿', '我女儿', '我儿子', '我同事'])
    return p


# ---------------------------------------------------------------- colours and brands

COL = {
    'black': (['黑色', '黑', '哑光黑', '深色', '曜石黑', '纯黑色'], ['黑色', '黑色', '深色']),
    'white': (['白色', '白', '珍珠白', '米白色'], ['白色', '白色', '米白色']),
    'silver': (['银色', '银白色', '亮银色'], ['银色', '银灰色']),
    'grey': (['灰色', '深灰色', '太空灰', '浅灰色'], ['灰色', '深灰色']),
    'blue': (['蓝色', '宝蓝色', '天蓝色', '湖蓝'], ['蓝色', '浅蓝色']),
    'navy': (['藏青色', '深蓝色', '藏蓝色', '海军蓝'], ['深蓝色', '藏青色']),
    'red': (['红色', '大红色', '酒红色', '红'], ['红色', '暗红色']),
    'pink': (['粉色', '樱花粉', '粉红色', '浅粉'], ['粉色', '粉红色']),
    'green': (['绿色', '墨绿色', '军绿色', '薄荷绿'], ['绿色', '深绿色']),
    'yellow': (['黄色', '明黄色', '柠檬黄'], ['黄色', '黄色']),
    'purple': (['紫色', '香芋紫', '淡紫色', '丁香紫'], ['紫色', '浅紫色']),
    'brown': (['棕色', '咖啡色', '驼色', '焦糖色'], ['棕色', '褐色']),
    'gold': (['金色', '香槟金', '土豪金'], ['金色', '金黄色']),
    'transparent': (['透明', '透明的'], ['透明']),
    'orange': (['橙色', '橘色', '橘红色'], ['橙色', '橘黄色']),
}
# a finder under a street lamp in the rain sometimes names a neighbouring colour
NEAR = {'navy': ['黑色', '深色'], 'grey': ['银色', '深色'], 'white': ['米色'], 'silver': ['灰色'],
        'brown': ['深色', '咖啡色'], 'purple': ['粉紫色'], 'pink': ['浅紫色'], 'green': ['深色'],
        'blue': ['深蓝色'], 'black': ['深灰色'], 'gold': ['黄色'], 'red': ['橙红色']}


def colw(c, side):
    o, f = COL[c]
    if side == 'f':
        if c in NEAR and chance(0.08):
            return pick(NEAR[c])
        return pick(f)
    return pick(o)


BR = {
    'huawei': (['华为', '华为', 'HUAWEI', 'Huawei', 'huawei', '华伟'], ['华为', 'HUAWEI']),
    'apple': (['苹果', '苹果', 'iPhone', 'Apple', 'apple', '爱疯', 'pingguo'], ['苹果', 'Apple']),
    'xiaomi': (['小米', '小米', 'Xiaomi', 'xiaomi', 'MI', '小咪'], ['小米', 'Xiaomi']),
    'oppo': (['OPPO', 'oppo', '欧珀', 'Oppo'], ['OPPO']),
    'vivo': (['vivo', 'VIVO', '维沃', 'Vivo'], ['vivo']),
    'honor': (['荣耀', '荣耀', 'HONOR', 'honor', 'rongyao', '荣曜'], ['荣耀', 'HONOR']),
    'qinglan': (['青岚', 'QINGLAN', 'qinglan', '青兰'], ['青岚', 'QINGLAN']),
    'lenovo': (['联想', 'Lenovo', 'lenovo', '联相'], ['联想', 'Lenovo']),
    'canon': (['佳能', 'Canon', 'canon', 'jianeng'], ['Canon', '佳能']),
    'dxm': (['电小满', 'DIANXIAOMAN', 'dianxiaoman', '电晓满'], ['电小满', 'DIANXIAOMAN']),
    'manyun': (['满韵', 'MANYUN', 'manyun', '曼韵'], ['满韵', 'MANYUN']),
    'shenglan': (['声岚', 'SHENGLAN', 'shenglan', '声蓝'], ['声岚', 'SHENGLAN']),
    'moye': (['墨页', 'MOYE', 'moye'], ['墨页', 'MOYE']),
    'qingchuan': (['晴川', 'QINGCHUAN', 'qingchuan', '晴穿'], ['晴川', 'QINGCHUAN']),
    'yunting': (['云汀', '云汀伞', 'YUNTING', 'yunting'], ['云汀', 'YUNTING']),
    'tulan': (['途岚', 'TULAN', 'tulan', '涂岚'], ['途岚', 'TULAN']),
    'beiye': (['北野', 'BEIYE', 'beiye', '北冶'], ['北野', 'BEIYE']),
    'baitu': (['柏图', 'BAITU', 'baitu', '百图'], ['柏图', 'BAITU']),
    'kafan': (['卡梵', 'KAFAN', 'kafan', '卡凡'], ['卡梵', 'KAFAN']),
    'juntu': (['骏途', 'JUNTU', 'juntu', '俊途'], ['骏途', 'JUNTU']),
    'lvju': (['绿驹', 'LVJU', 'lvju', '绿驹牌'], ['绿驹', 'LVJU']),
    'lingfeng': (['岭峰', 'LINGFENG', 'lingfeng', '领峰'], ['岭峰', 'LINGFENG']),
    'xunchi': (['迅驰', 'XUNCHI', 'xunchi', '讯驰'], ['迅驰', 'XUNCHI']),
    'ruijin': (['瑞金阁', '瑞金阁', 'RUIJINGE', '瑞金'], ['瑞金阁']),
    'jinyuan': (['金缘坊', 'JINYUANFANG', '金元坊'], ['金缘坊']),
    'changan': (['长安', 'CHANGAN', '长安汽车', 'changan'], ['长安', 'CHANGAN']),
    'dazhong': (['大众', 'VW', 'Volkswagen', '大众汽车'], ['大众', 'VW']),
    'luquan': (['鹿泉', 'LUQUAN', 'luquan'], ['鹿泉', 'LUQUAN']),
    'yeling': (['野岭', 'YELING', 'yeling', '野领'], ['野岭', 'YELING']),
    'mingmou': (['明眸', 'MINGMOU', 'mingmou'], ['明眸', 'MINGMOU']),
}


def brw(b, side):
    o, f = BR[b]
    return pick(f if side == 'f' else o)


def model_variant(m):
    forms = [m, m, m.replace(' ', ''), m.lower()]
    if ' ' in m and chance(0.3):
        forms.append(m.split(' ', 1)[1])
    return pick(forms)


# ---------------------------------------------------------------- facts
# A fact is one thing that could be said about the object: o = the owner's ways
# of saying it, f = a finder's (empty when a finder cannot see it), token = the
# short literal that any token-bearing phrase contains (used for twins).

BUILD = {}
MUT = {}


def fact(kind, val, o, f, token=None, so=None, sf=None, ovis=1.0, fvis=1.0, serial=False, oprio=None, fprio=None):
    """oprio/fprio: the chance the owner/finder says it whatever their voice (a name on an ID card)."""
    return dict(kind=kind, val=val, o=list(o), f=list(f), token=token, so=so, sf=sf,
                ovis=ovis, fvis=fvis if f else 0.0, serial=serial, oprio=oprio, fprio=fprio if f else None)


def reg(kind, mut=None):
    def deco(fn):
        BUILD[kind] = fn
        if mut:
            MUT[kind] = mut
        return fn
    return deco


def mk(kind, val):
    return BUILD[kind](val)


def other_than(pool, v):
    return pick([x for x in pool if x != v])


@reg('imei', mut=lambda v: new_imei(v[:8]))
def b_imei(v):
    return fact('imei', v,
                ['IMEI号%s' % v, 'IMEI：%s' % sp4(v), '串号%s' % v, 'IMEI %s' % dash_imei(v),
                 'IMEI后六位是%s' % v[-6:], '串号最后几位是%s' % v[-4:], '盒子上的IMEI是%s' % sp4(v)],
                ['IMEI：%s' % v, '经查询IMEI为%s' % v, '拨*#06#显示IMEI %s' % v],
                token=v[-4:], so=[v, sp4(v), dash_imei(v), '尾号%s' % v[-6:], '%s %s' % (v[:8], v[8:])],
                sf=[v, 'IMEI:%s' % v], ovis=0.45, fvis=0.35, serial=True)


CASE_STYLES = ['透明', '硅胶', '皮质翻盖', '磨砂', '卡通图案', '带支架']


def _mut_case(v):
    return (v[0], other_than(CASE_STYLES, v[1]))


@reg('case', mut=_mut_case)
def b_case(v):
    c, st = v
    if st == '透明':
        o = ['戴了个透明手机壳', '套的透明壳，有点发黄了', '外面是透明软壳']
        f = ['带透明保护壳', '外套透明手机壳（已发黄）']
    else:
        co, cf = colw(c, 'o'), colw(c, 'f')
        o = ['套了个%s%s手机壳' % (co, st), '手机壳是%s的%s壳' % (co, st), '外面套着%s%s壳' % (co, st)]
        f = ['带%s%s保护壳' % (cf, st), '外套%s%s手机壳' % (cf, st)]
    return fact('case', v, o, f, token=st[:2], fvis=0.95)


CRACKS = ['左上角', '右上角', '左下角', '右下角', '正中间']


@reg('crack', mut=lambda v: other_than(CRACKS, v))
def b_crack(v):
    return fact('crack', v, ['屏幕%s有条裂纹' % v, '屏幕%s摔裂了一点' % v, '%s屏幕有点碎' % v],
                ['屏幕%s有裂痕' % v, '屏幕%s碎裂' % v], token=v, fvis=0.9)


LOCKS = [('我女儿的照片', '一名小女孩照片'), ('我家猫的照片', '一只橘猫图片'), ('一张雪山风景', '雪山风景图'),
         ('我和男朋友的合照', '一男一女合影'), ('全黑的壁纸', '纯黑色壁纸'), ('我家柯基', '一只柯基犬图片'),
         ('江边夜景', '城市夜景图'), ('我儿子穿校服的照片', '一名穿校服男孩照片'), ('一张火锅的照片', '火锅图片')]


@reg('lock')
def b_lock(v):
    return fact('lock', v, ['锁屏壁纸是%s' % v[0], '锁屏是%s' % v[0]],
                ['亮屏可见锁屏壁纸为%s' % v[1], '锁屏界面为%s' % v[1]], ovis=0.7, fvis=0.45)


CASECARDS = ['岭通卡', '岭大校园卡', '一张10块的票子', '一张一寸照', '小区门禁卡']


@reg('casecard', mut=lambda v: other_than(CASECARDS, v))
def b_casecard(v):
    fv = v.replace('一张10块的票子', '10元纸币一张')
    return fact('casecard', v, ['手机壳后面夹了%s' % v, '壳子里面塞了%s' % v],
                ['手机壳内夹有%s' % fv], token=v[-3:] if v != '一张10块的票子' else '10', fvis=0.9)


@reg('lanyard')
def b_lanyard(v):
    return fact('lanyard', v, ['挂了根%s挂绳' % colw(v, 'o'), '手机上系着%s的挂绳' % colw(v, 'o')],
                ['系有%s挂绳' % colw(v, 'f')], fvis=0.95)


@reg('phonenum')
def b_phonenum(v):
    return fact('phonenum', v, ['手机号%s' % v, '号码是%s' % v, '电话号码%s' % v], [], ovis=0.5)


@reg('battery')
def b_battery(v):
    return fact('battery', v, [v], [], ovis=0.6)


# -- documents and cards

def _mut_idno(v):
    name, idno = v
    while True:
        n = new_id(local=idno[:4] == '5002' or idno[:4] == '5001', year=int(idno[6:10]))
        if n[-4:] != idno[-4:]:
            return (name, n)


@reg('idno', mut=_mut_idno)
def b_idno(v):
    name, n = v
    low = n[:-1] + 'x' if n[-1] == 'X' else n
    return fact('idno', v,
                ['身份证号%s' % n, '号码%s' % low, '证件号%s' % sp_id(n), '身份证后四位%s' % n[-4:],
                 '身份证号码尾号%s' % n[-4:]],
                ['证号%s' % n, '公民身份号码%s' % mask_id(n), '号码%s' % mask_id2(n)],
                token=n[-4:], so=[n, low, sp_id(n), mask_id(n), '尾号%s' % n[-4:]], sf=[n, mask_id(n)],
                ovis=0.75, fvis=0.95, serial=True)


@reg('holder', mut=lambda v: other_name(v))
def b_holder(v):
    return fact('holder', v, ['名字是%s' % v, '姓名%s' % v, '名字写的%s' % v],
                ['姓名%s' % v, '持证人：%s' % v, '证上姓名为%s' % v], token=v, fvis=1.0, oprio=0.85, fprio=0.95)


def _mut_stu(v):
    no, col = v
    while True:
        n = no[:6] + digits(4)
        if n != no:
            return (n, col)


@reg('stuno', mut=_mut_stu)
def b_stuno(v):
    no, col = v
    return fact('stuno', v, ['学号%s' % no, '%s的，学号%s' % (col, no), '学号是%s' % no],
                ['学号%s' % no, '%s，学号%s' % (col, no)], token=no, so=[no, '学号%s' % no], sf=[no],
                ovis=0.95, fvis=1.0, serial=True, oprio=0.7, fprio=0.9)


@reg('passport', mut=lambda v: v[0] + digits(8))
def b_passport(v):
    return fact('passport', v, ['证件号%s' % v, '号码%s' % v, '号码后四位%s' % v[-4:]],
                ['证件号码%s' % v, '号码%s' % v], token=v[-4:], so=[v, v.lower()], sf=[v],
                ovis=0.7, fvis=1.0, serial=True)


BANKS = [('工商银行', '工行'), ('建设银行', '建行'), ('农业银行', '农行'), ('中国银行', '中行'),
         ('招商银行', '招行'), ('渝岭农商银行', '农商行'), ('岭江银行', '岭江银行')]


def _mut_bank(v):
    bank, pre, tail = v
    while True:
        t = digits(4)
        if t != tail:
            return (bank, pre, t)


@reg('bank', mut=_mut_bank)
def b_bank(v):
    bank, pre, tail = v
    full, short = bank
    return fact('bank', v,
                ['%s卡尾号%s' % (short, tail), '一张%s的卡，后四位%s' % (full, tail), '%s银行卡（%s）' % (short, tail),
                 '还有张%s的卡' % short],
                ['%s卡一张，卡号%s****%s' % (full, pre, tail), '%s银行卡（%s **** **** %s）' % (full, pre, tail),
                 '尾号%s的%s卡' % (tail, full)],
                token=tail, so=[tail, '尾号%s' % tail, '卡号后四位%s' % tail, '****%s' % tail],
                sf=['%s****%s' % (pre, tail), '%s **** **** %s' % (pre, tail)], ovis=0.8, fvis=0.95, serial=True)


def new_bank():
    return (pick(BANKS), pick(['6222', '6217', '6228', '6214', '6259', '6236', '6230']), digits(4))


@reg('cardholder')
def b_cardholder(v):
    return fact('cardholder', v, ['装在一个%s卡套里' % colw(v, 'o'), '外面有个%s的卡套' % colw(v, 'o')],
                ['外有%s卡套' % colw(v, 'f'), '装于%s卡套内' % colw(v, 'f')])


@reg('badge', mut=lambda v: (v[0], other_name(v[1])))
def b_badge(v):
    comp, name = v
    return fact('badge', v, ['%s的工牌，名字%s' % (comp, name), '工作证上是%s，%s' % (comp, name)],
                ['%s工作证，姓名%s' % (comp, name), '工牌印有“%s”及姓名%s' % (comp, name)], token=name, oprio=0.85, fprio=0.9)


# -- wallet

@reg('material')
def b_material(v):
    return fact('material', v, ['%s的' % v, '材质是%s' % v], ['%s材质' % v, '%s' % v], fvis=0.8)


def _approx(a):
    if a < 100:
        return '几十块'
    if a < 1000:
        return '%s百多' % CN_NUM[a // 100]
    return '%s千左右' % CN_NUM[min(a // 1000, 10)]


def _mut_amt(a):
    while True:
        b = a + pick([-200, -100, -50, 50, 100, 200, 300, -20, 20, 500])
        if b > 0 and b != a:
            return b


@reg('cashin', mut=_mut_amt)
def b_cashin(a):
    return fact('cashin', a, ['里面有%d块钱现金' % a, '现金%d元' % a, '有%d块钱' % a, '里面有%s块钱' % _approx(a)],
                ['内有现金%d元' % a, '现金人民币%d元' % a, '内装现金%d元' % a], token=str(a), ovis=0.9, fvis=0.95)


@reg('idin', mut=lambda v: (other_name(v[0]), new_id(local=v[1][:2] == '50', year=int(v[1][6:10]))))
def b_idin(v):
    name, n = v
    return fact('idin', v, ['身份证也在里面，名字叫%s' % name, '身份证也在里头（%s）' % name, '里面有身份证，%s' % name],
                ['内有居民身份证一张（姓名：%s）' % name, '夹有身份证，姓名%s，号码%s' % (name, mask_id(n))],
                token=name, ovis=0.9, fvis=0.95)


@reg('transit')
def b_transit(v):
    return fact('transit', v, ['一张岭通卡', '还有公交卡'], ['岭通卡一张'], fvis=0.9)


PHOTOS = [('我和我儿子的合照', '合影照片'), ('我妈年轻时候的照片', '黑白老照片'), ('毕业合照', '多人合影'),
          ('小孩的一寸照', '儿童一寸照'), ('我家狗的照片', '宠物狗照片')]


@reg('photo')
def b_photo(v):
    return fact('photo', v, ['里面夹了张%s' % v[0], '有张%s' % v[0]], ['内夹%s一张' % v[1]], fvis=0.8)


@reg('ticket', mut=lambda v: other_than(DESTS, v))
def b_ticket(v):
    return fact('ticket', v, ['里面还有一张回%s的车票' % v, '有张到%s的汽车票' % v],
                ['内有龙门坝至%s汽车票一张' % v, '夹有至%s的车票' % v], token=v, fvis=0.9)


SHOPS = ['岭上牛油火锅', '幺妹九宫格', '老灶台串串', '磁湾理发店', '黄葛湾超市']


@reg('member', mut=lambda v: other_than(SHOPS, v))
def b_member(v):
    return fact('member', v, ['还有张%s的会员卡' % v], ['%s会员卡一张' % v], token=v, fvis=0.85)


# -- keys

@reg('nkeys')
def b_nkeys(n):
    return fact('nkeys', n, ['%s把钥匙' % CN_NUM[n], '一共%d把钥匙' % n, '%d把钥匙' % n],
                ['钥匙%d把' % n, '共%s把钥匙' % CN_NUM[n]], fvis=1.0)


@reg('access', mut=lambda v: (v[0], other_than(COMMUNITIES, v[1])))
def b_access(v):
    c, com = v
    return fact('access', v, ['还挂着个%s门禁卡，%s的' % (colw(c, 'o'), com), '有个%s的门禁扣，%s的' % (colw(c, 'o'), com),
                              '有%s的门禁卡' % com],
                ['%s门禁扣一个，印有“%s”' % (colw(c, 'f'), com), '带%s门禁卡（%s）' % (colw(c, 'f'), com)],
                token=com, fvis=0.85)


@reg('carkey')
def b_carkey(b):
    return fact('carkey', b, ['有一把%s的车钥匙' % brw(b, 'o'), '%s汽车的遥控钥匙' % brw(b, 'o')],
                ['%s汽车遥控钥匙一把' % brw(b, 'f'), '含%s车钥匙' % brw(b, 'f')])


PENDANTS = ['小熊', '火锅造型', '平安扣', '篮球', '熊猫', '葫芦', '小黄鸭', '辣椒', '小兔子', '骰子', '恐龙', '铃铛']


@reg('pendant', mut=lambda v: other_than(PENDANTS, v))
def b_pendant(v):
    return fact('pendant', v, ['挂了个%s挂件' % v, '钥匙扣是个%s' % v, '上面吊着个%s' % v],
                ['带%s挂件' % v, '钥匙扣为%s' % v], token=v, fvis=1.0)


@reg('ebkey')
def b_ebkey(v):
    return fact('ebkey', v, ['还有一把电动车钥匙', '有把电瓶车钥匙'], ['含电动车钥匙一把'])


# -- ebikes and bicycles

def _mut_plate(v):
    while True:
        w = v[:4] + digits(5)
        if w[-5:] != v[-5:]:
            return w


@reg('plate', mut=_mut_plate)
def b_plate(v):
    nd = v.replace('·', '')
    return fact('plate', v, ['车牌%s' % v, '牌照是%s' % nd, '车牌号%s' % nd],
                ['号牌%s' % v, '车牌%s' % v, '悬挂号牌%s' % nd], token=v[-5:],
                so=[v, nd, v.replace('·', ' ')], sf=[v, nd], ovis=0.85, fvis=0.9, serial=True, oprio=0.75, fprio=0.85)


def _mut_frame(v):
    while True:
        w = v[:-6] + alnum(6)
        if w[-6:] != v[-6:]:
            return w


@reg('frame', mut=_mut_frame)
def b_frame(v):
    return fact('frame', v, ['车架号%s' % v, '车架号后六位%s' % v[-6:], '车架号是%s（发票上抄的）' % v],
                ['车架号%s' % v, '车架钢印%s' % v], token=v[-6:],
                so=[v, v.lower(), '后六位%s' % v[-6:]], sf=[v], ovis=0.45, fvis=0.55, serial=True)


@reg('canopy')
def b_canopy(v):
    return fact('canopy', v, ['装了%s的遮雨棚' % colw(v, 'o'), '车上有个%s雨棚' % colw(v, 'o')],
                ['车上装有%s遮雨棚' % colw(v, 'f')])


@reg('basket')
def b_basket(v):
    return fact('basket', v, ['前面有个车筐', '前头有个菜篮子'], ['前有车筐'])


@reg('helmet')
def b_helmet(v):
    return fact('helmet', v, ['车把上挂着%s头盔' % colw(v, 'o'), '挂了个%s的头盔' % colw(v, 'o')],
                ['挂有%s头盔一个' % colw(v, 'f')], fvis=0.8)


SEATS = ['豹纹', '蓝格子', '卡通', '黑色皮革', '碎花']


@reg('seat', mut=lambda v: other_than(SEATS, v))
def b_seat(v):
    return fact('seat', v, ['坐垫套是%s的' % v, '座套%s图案' % v], ['座套为%s' % v, '%s坐垫套' % v], token=v)


SPOTS_V = ['车头左边', '后挡泥板', '脚踏板右侧', '车身右侧', '前叉']


@reg('scratch')
def b_scratch(v):
    return fact('scratch', v, ['%s有刮痕' % v, '%s刮花了' % v], ['%s有划痕' % v], fvis=0.7)


@reg('vbatt')
def b_vbatt(v):
    return fact('vbatt', v, [v], [], ovis=0.7)


@reg('tailbox')
def b_tailbox(v):
    return fact('tailbox', v, ['后面装了个尾箱', '有个后备箱'], ['后置尾箱'])


STICKERS = ['熊猫', '火锅', '岭大校徽', '宇航员', '小恐龙', '柴犬', '樱花', '辣椒', '闪电', '海豚']


@reg('sticker', mut=lambda v: other_than(STICKERS, v))
def b_sticker(v):
    return fact('sticker', v, ['贴了个%s贴纸' % v, '上面贴着%s的贴纸' % v, '有张%s贴纸' % v],
                ['贴有%s贴纸' % v, '表面贴%s图案贴纸' % v], token=v, fvis=1.0)


@reg('ulock')
def b_ulock(v):
    return fact('ulock', v, ['锁了的，%s' % v], ['车上有%s' % v])


@reg('bell')
def b_bell(v):
    return fact('bell', v, ['车铃是%s的' % colw(v, 'o')], ['%s车铃' % colw(v, 'f')], fvis=0.7)


# -- bags

CONTENTS = [('一台笔记本电脑', '笔记本电脑一台'), ('两本书', '书本两本'), ('一件换洗衣服', '衣物若干'),
            ('一把折叠伞', '折叠伞一把'), ('两包火锅底料', '火锅底料两袋'), ('几包麻花', '麻花特产数袋'),
            ('一个充电宝', '充电宝一个'), ('一袋药', '药品一袋'), ('化妆包', '化妆包一个'),
            ('一叠合同', '文件若干'), ('一个保温杯', '保温杯一个'), ('一盒怪味胡豆', '怪味胡豆一盒'),
            ('一副耳机', '耳机一副'), ('小孩的作业本', '作业本数本')]


@reg('content')
def b_content(v):
    return fact('content', v, ['里面有%s' % v[0], '装了%s' % v[0]], ['内有%s' % v[1], '内装%s' % v[1]],
                token=v[1][:2], ovis=0.9, fvis=0.9)


@reg('nametag', mut=lambda v: other_name(v))
def b_nametag(v):
    return fact('nametag', v, ['包上挂着行李牌，写的%s' % v, '挂了个名牌，名字是%s' % v, '行李牌上是%s' % v],
                ['挂有行李牌，姓名%s' % v, '行李牌写有“%s”' % v], token=v, fvis=1.0, oprio=0.7, fprio=0.8)


@reg('zipper')
def b_zipper(v):
    return fact('zipper', v, ['拉链头坏了一个', '有个拉链拉不动'], ['一处拉链损坏'], fvis=0.8)


@reg('strap')
def b_strap(v):
    return fact('strap', v, ['肩带磨破了点', '背带有点起毛'], ['肩带有磨损'], fvis=0.8)


@reg('bagpend', mut=lambda v: other_than(PENDANTS, v))
def b_bagpend(v):
    return fact('bagpend', v, ['拉链上挂了个%s挂件' % v, '包上吊着个%s' % v], ['拉链挂有%s挂件' % v, '挂%s饰品' % v],
                token=v, fvis=1.0)


@reg('bookname', mut=lambda v: other_name(v))
def b_bookname(v):
    return fact('bookname', v, ['书上写了名字%s' % v, '本子上写了名字%s' % v],
                ['书本扉页写有“%s”' % v, '本子上署名%s' % v], token=v, fvis=0.85)


# -- cash

@reg('amount', mut=_mut_amt)
def b_amount(a):
    return fact('amount', a, ['一共%d元' % a, '%d块钱' % a, '总共%d' % a, '大概%s' % _approx(a)],
                ['现金%d元' % a, '经清点共%d元' % a, '人民币%d元' % a], token=str(a), ovis=1.0, fvis=1.0, oprio=0.95, fprio=1.0)


DENOMS = [('全是一百的', '均为100元面额'), ('一百的和五十的都有', '有100元和50元面额'),
          ('大部分是二十的', '多为20元面额'), ('有几张一百的，其他是零钱', '含100元及零钞')]


@reg('denom')
def b_denom(v):
    return fact('denom', v, [v[0]], [v[1]], fvis=0.9)


@reg('container')
def b_container(v):
    kind, c = v
    if kind == 'envelope':
        return fact('container', v, ['装在一个%s信封里' % colw(c, 'o'), '用%s信封装着' % colw(c, 'o')],
                    ['装于%s信封内' % colw(c, 'f')])
    if kind == 'redpacket':
        return fact('container', v, ['用红包装起的', '装在红包里'], ['装在红包内', '红包一个'])
    if kind == 'band':
        return fact('container', v, ['用橡皮筋扎起的', '拿橡皮筋捆起的'], ['以橡皮筋捆扎'])
    return fact('container', v, ['装在一个塑料袋里', '用塑料袋包起的'], ['装于塑料袋内'])


WRITINGS = ['房租', '学费', '给幺妹', '3号楼物业费', '还老谭的', '生日快乐', '医药费', '份子钱']


@reg('writing', mut=lambda v: other_than(WRITINGS, v))
def b_writing(v):
    return fact('writing', v, ['信封上写着“%s”' % v, '上面写了%s两个字' % v if len(v) == 2 else '上面写了“%s”' % v],
                ['信封上写有“%s”字样' % v, '封面写“%s”' % v], token=v, fvis=1.0)


# -- jewelry

ENGRAVES = ['LY♥ZQ', '平安喜乐', '2019.5.20', 'M&J', '永结同心', '一生平安', 'XY', '520', '陈&刘', 'L.Q 2016']


@reg('engrave', mut=lambda v: other_than(ENGRAVES, v))
def b_engrave(v):
    return fact('engrave', v, ['内圈刻了“%s”' % v, '上面刻着%s' % v, '刻的字是%s' % v],
                ['内侧刻有“%s”' % v, '刻字“%s”' % v], token=v, ovis=0.9, fvis=0.75)


@reg('hallmark')
def b_hallmark(v):
    return fact('hallmark', v, ['是%s的' % v, '%s的' % v], ['印有“%s”字样' % v, '标记%s' % v], fvis=0.8)


@reg('weight')
def b_weight(v):
    return fact('weight', v, ['大概%d克' % v, '有%d克左右' % v], [], ovis=0.6)


@reg('pouch')
def b_pouch(v):
    return fact('pouch', v, ['装在%s绒布袋里' % colw(v, 'o'), '用%s的小布袋装着' % colw(v, 'o')],
                ['装于%s绒布袋' % colw(v, 'f')])


JPEND = ['观音', '貔貅', '小猪', '四叶草', '字母L', '平安扣', '葫芦', '月亮', '生肖兔']


@reg('jpend', mut=lambda v: other_than(JPEND, v))
def b_jpend(v):
    return fact('jpend', v, ['吊坠是个%s' % v, '下面坠了个%s' % v], ['带%s吊坠' % v, '%s造型吊坠' % v], token=v)


@reg('clasp')
def b_clasp(v):
    return fact('clasp', v, ['扣子有点松', '搭扣坏了一半'], ['搭扣松动'], fvis=0.7)


@reg('cert')
def b_cert(v):
    return fact('cert', v, ['有鉴定证书，编号%s' % v], [], ovis=0.5)


# -- electronics

def _mut_sn(v):
    while True:
        w = v[:-5] + alnum(5)
        if w[-5:] != v[-5:]:
            return w


@reg('sn', mut=_mut_sn)
def b_sn(v):
    return fact('sn', v, ['SN码%s' % v, '序列号%s' % v, '序列号后五位%s' % v[-5:], '盒子上的SN是%s' % v],
                ['S/N：%s' % v, '机身序列号%s' % v, '底部印有SN %s' % v], token=v[-5:],
                so=[v, v.lower(), 'SN:%s' % v, '后五位%s' % v[-5:]], sf=[v, 'S/N %s' % v],
                ovis=0.35, fvis=0.5, serial=True)


CAPS = [5000, 10000, 20000, 30000]


@reg('capacity', mut=lambda v: other_than(CAPS, v))
def b_capacity(v):
    return fact('capacity', v, ['%d毫安的' % v, '%dmAh' % v, '容量%d' % v], ['标称%dmAh' % v, '容量%dmAh' % v],
                token=str(v), ovis=0.8, fvis=0.95)


@reg('cable')
def b_cable(v):
    return fact('cable', v, ['上面还插着一根数据线', '带了根Type-C的线'], ['连有数据线一根'], fvis=0.95)


@reg('cover')
def b_cover(v):
    return fact('cover', v, ['套着%s的保护套' % colw(v, 'o'), '外面有个%s硅胶套' % colw(v, 'o')],
                ['外套%s保护套' % colw(v, 'f')])


@reg('eengrave', mut=lambda v: other_than(ENGRAVES, v))
def b_eengrave(v):
    return fact('eengrave', v, ['盒子上刻了“%s”' % v, '外壳镭雕了%s' % v], ['外壳刻有“%s”' % v], token=v)


@reg('dent')
def b_dent(v):
    return fact('dent', v, ['%s磕掉了一块漆' % v, '%s有个凹印' % v], ['%s有磕碰痕迹' % v], fvis=0.7)


@reg('data')
def b_data(v):
    return fact('data', v, [v], [], ovis=0.6)


@reg('namelabel', mut=lambda v: other_name(v))
def b_namelabel(v):
    return fact('namelabel', v, ['贴了写着%s的标签' % v, '贴了名字%s' % v],
                ['贴有姓名标签“%s”' % v, '标签写有“%s”' % v], token=v, fvis=0.95)


@reg('buds')
def b_buds(v):
    if v == 'right':
        return fact('buds', v, ['盒子里只有右耳那只', '只剩右边一只在盒子里'], ['充电盒内仅有右耳耳机'])
    return fact('buds', v, ['盒子里两只耳机都在', '两只耳机都在盒子里'], ['盒内耳机两只'], fvis=0.7)


# -- other

HANDLES = ['木头弯柄', '直柄', 'J字弯柄', '橡胶直柄', '长柄带尖头', '竹节柄']


@reg('handle', mut=lambda v: other_than(HANDLES, v))
def b_handle(v):
    return fact('handle', v, ['伞柄是%s' % v, '%s的' % v], ['伞柄为%s' % v, '%s' % v], token=v, fvis=1.0)


ADPRINTS = ['岭上牛油火锅', '渝岭银行', '幺妹九宫格', '嘉渝索道', '渝岭大学', '渝岭旅游', '黄葛湾超市']


@reg('adprint', mut=lambda v: other_than(ADPRINTS, v))
def b_adprint(v):
    return fact('adprint', v, ['伞面印着“%s”的广告字' % v, '伞上印了%s几个字' % v, '是%s送的广告伞' % v],
                ['伞面印有“%s”字样' % v, '印“%s”广告' % v], token=v, fvis=1.0)


@reg('tape')
def b_tape(v):
    return fact('tape', v, ['伞柄上缠了%s胶布' % colw(v, 'o'), '柄上缠着%s胶带' % colw(v, 'o')],
                ['伞柄缠有%s胶布' % colw(v, 'f')])


@reg('rib')
def b_rib(v):
    return fact('rib', v, ['有根伞骨断了', '伞骨弯了一根'], ['伞骨有一根折断', '一根伞骨变形'], fvis=0.8)


@reg('sleeve')
def b_sleeve(v):
    return fact('sleeve', v, ['有个%s伞套' % colw(v, 'o'), '带着%s的伞套' % colw(v, 'o')],
                ['附%s伞套' % colw(v, 'f')], fvis=0.9)


CHARMS = ['小铃铛', '红绳', '熊猫挂件', '平安符', '小鱼挂件']


@reg('charm', mut=lambda v: other_than(CHARMS, v))
def b_charm(v):
    return fact('charm', v, ['柄上挂了个%s' % v, '伞柄系着%s' % v], ['伞柄挂有%s' % v], token=v)


@reg('uname', mut=lambda v: other_name(v))
def b_uname(v):
    return fact('uname', v, ['柄上用记号笔写了%s' % v, '上面写了名字%s' % v], ['写有“%s”' % v, '记号笔写“%s”' % v],
                token=v, fvis=0.95)


PATTERNS = ['格子', '碎花', '条纹', '波点', '小黄鸭图案', '纯色', '星星图案']


@reg('pattern', mut=lambda v: other_than(PATTERNS, v))
def b_pattern(v):
    return fact('pattern', v, ['伞面是%s的' % v, '%s的伞面' % v], ['伞面为%s' % v, '%s伞面' % v], token=v, fvis=1.0)


@reg('auto')
def b_auto(v):
    return fact('auto', v, ['自动开合的', '按一下就弹开那种'], ['自动伞'], fvis=0.8)


@reg('rtype')
def b_rtype(v):
    return fact('rtype', v, ['%s的' % v], ['%s' % v])


RPRINTS = ['快鹿外卖', '渝岭旅游', '骏途电动车', '凌云台景区', '岭大志愿者', '磁湾街道']


@reg('rprint', mut=lambda v: other_than(RPRINTS, v))
def b_rprint(v):
    return fact('rprint', v, ['背后印着“%s”' % v, '后背有%s几个字' % v], ['背部印有“%s”' % v, '印“%s”字样' % v],
                token=v, fvis=1.0)


@reg('size')
def b_size(v):
    return fact('size', v, ['%s码' % v, '尺码%s' % v], ['尺码%s' % v, '%s码' % v], fvis=0.8)


@reg('pocket')
def b_pocket(v):
    return fact('pocket', v, [v], [], ovis=0.6)


@reg('gcase')
def b_gcase(v):
    return fact('gcase', v, ['装在%s眼镜盒里' % colw(v, 'o'), '眼镜盒是%s的' % colw(v, 'o')],
                ['装于%s眼镜盒' % colw(v, 'f')])


@reg('degree')
def b_degree(v):
    return fact('degree', v, [v], [], ovis=0.8)


@reg('lens')
def b_lens(v):
    return fact('lens', v, ['镜片是防蓝光的', '镜片有点刮花了'], ['镜片反蓝光', '镜片有划痕'], fvis=0.7)


@reg('docs', mut=lambda v: (v[0], v[1], other_name(v[2])))
def b_docs(v):
    own, fin, name = v
    return fact('docs', v, ['里面是%s，上面名字是%s' % (own, name), '装着%s（%s的）' % (own, name)],
                ['内有%s，姓名%s' % (fin, name), '%s，署名%s' % (fin, name)], token=name, fvis=0.9, oprio=0.8, fprio=0.7)


@reg('bow')
def b_bow(v):
    return fact('bow', v, ['脖子上系着%s蝴蝶结' % colw(v, 'o')], ['颈部系%s蝴蝶结' % colw(v, 'f')])


@reg('generic')
def b_generic(v):
    return fact('generic', v, [v[0]], [v[1]] if v[1] else [], fvis=0.85 if v[1] else 0.0)


# ---------------------------------------------------------------- objects

PHONE_MODELS = {
    'huawei': ['nova Lark 12', '畅享 Z7', 'Mate Vela 5', 'Pura Mist 3'],
    'apple': ['iPhone 13 Max', 'iPhone 15 mini', 'iPhone 16 Lite', 'iPhone 12 Air'],
    'xiaomi': ['Redmi Note 13 Lark', 'Civi Lite 4', 'Kite 9'],
    'oppo': ['Reno 11 Mist', 'A5 Vita', 'Find Lark X'],
    'vivo': ['Y-Lark 36', 'S19 Mist', 'iQOO Vela 7'],
    'honor': ['X60 Lark', 'Play 8 Vita', 'Magic Mist 5'],
    'qinglan': ['QL-7 Pro', 'QL-5'],
}
PHONE_COLORS = ['black', 'black', 'black', 'white', 'silver', 'blue', 'green', 'purple', 'gold', 'pink', 'grey']


def obj(cat, sub, no, nf, cl, color=None, brand=None, model=None, facts=(), alt_cat=None,
        model_vis=0.1, brand_vis=0.85, color_vis=0.95):
    return dict(cat=cat, sub=sub, no=no, nf=nf, cl=cl, color=color, brand=brand, model=model,
                facts=list(facts), alt_cat=alt_cat, model_vis=model_vis, brand_vis=brand_vis,
                color_vis=color_vis)


def g_phone(p, brand=None, color=None):
    b = brand or wpick([('huawei', 5), ('apple', 5), ('xiaomi', 3), ('oppo', 3), ('vivo', 3), ('honor', 2),
                        ('qinglan', 1)])
    c = color or pick(PHONE_COLORS)
    fs = [mk('imei', new_imei())]
    if chance(0.7):
        fs.append(mk('case', (pick(['black', 'pink', 'blue', 'brown', 'green', 'white']), pick(CASE_STYLES))))
    if chance(0.3):
        fs.append(mk('crack', pick(CRACKS)))
    if chance(0.45):
        fs.append(mk('lock', pick(LOCKS)))
    if chance(0.2):
        fs.append(mk('casecard', pick(CASECARDS)))
    if chance(0.15):
        fs.append(mk('lanyard', pick(['red', 'black', 'yellow', 'purple'])))
    if chance(0.45):
        fs.append(mk('phonenum', '1%s****%s' % (pick(['38', '39', '58', '87', '36', '77', '99', '52']), digits(4))))
    if chance(0.3):
        fs.append(mk('battery', pick(['掉的时候电量不多了，估计已经关机', '手机开着静音的，打过去没人接',
                                      '刚才打过去还是通的，后来就关机了', '开了飞行模式，打不通'])))
    return obj('phone', 'phone', ['手机', '手机', '电话', '机子'], ['手机', '手机', '移动电话'],
               ['部', '个', '台'], c, b, pick(PHONE_MODELS[b]), fs, model_vis=0.12)


def g_iddoc(p, sub=None):
    sub = sub or wpick([('idcard', 5), ('student', 3 if p['student'] else 0.5), ('driver', 1.5), ('social', 1.5),
                 ('passport', 1 if p['tourist'] else 0.2), ('bankcard', 1.5), ('cardholder', 2), ('badge', 1)])
    name = p['name']
    if sub == 'idcard':
        fs = [mk('idno', (name, p['id'])), mk('holder', name)]
        if chance(0.35):
            fs.append(mk('cardholder', pick(['blue', 'pink', 'transparent', 'black'])))
        return obj('id_doc', sub, ['身份证', '身份证', '二代证', '身份证件'], ['居民身份证', '身份证'], ['张'],
                   facts=fs, brand_vis=0)
    if sub == 'student':
        no = '20%d%s' % (R.randint(21, 25), digits(6))
        col = pick(COLLEGES)
        fs = [mk('stuno', (no, col)), mk('holder', name)]
        if chance(0.4):
            fs.append(mk('cardholder', pick(['blue', 'green', 'transparent'])))
        if chance(0.3):
            fs.append(mk('generic', ('卡背后贴了张%s贴纸' % pick(STICKERS), '背面有贴纸')))
        return obj('id_doc', sub, ['学生证', '校园卡', '学生卡'], ['学生证', '校园一卡通'], ['张', '个'],
                   facts=fs, brand_vis=0)
    if sub == 'driver':
        fs = [mk('idno', (name, p['id'])), mk('holder', name),
              mk('generic', ('准驾车型%s' % pick(['C1', 'C2', 'B2']), None))]
        if chance(0.5):
            fs.append(mk('cardholder', pick(['brown', 'black', 'red'])))
        return obj('id_doc', sub, ['驾驶证', '驾照', '驾驶本'], ['机动车驾驶证', '驾驶证'], ['本'],
                   color=pick(['brown', 'black', None]), facts=fs, brand_vis=0)
    if sub == 'social':
        fs = [mk('idno', (name, p['id'])), mk('holder', name), mk('bank', new_bank())]
        return obj('id_doc', sub, ['社保卡', '社保卡', '医保卡'], ['社会保障卡', '社保卡'], ['张'], facts=fs, brand_vis=0)
    if sub == 'passport':
        fs = [mk('passport', pick(['E', 'EA', 'EC'])[0] + digits(8)), mk('holder', name)]
        if chance(0.5):
            fs.append(mk('generic', ('护照里夹了一张回程的机票行程单', '内夹行程单一张')))
        return obj('id_doc', sub, ['护照', '护照'], ['护照', '中华人民共和国护照'], ['本'], color='red' if chance(0.3) else None,
                   facts=fs, brand_vis=0)
    if sub == 'bankcard':
        fs = [mk('bank', new_bank()), mk('holder', name)]
        return obj('id_doc', sub, ['银行卡', '卡', '储蓄卡'], ['银行卡'], ['张'], facts=fs, brand_vis=0)
    if sub == 'cardholder':
        fs = [mk('idno', (name, p['id'])), mk('holder', name), mk('bank', new_bank())]
        if chance(0.5):
            fs.append(mk('transit', 1))
        c = pick(['blue', 'black', 'pink', 'brown', 'green'])
        return obj('id_doc', sub, ['卡套', '证件套', '卡包'], ['卡套', '证件卡套'], ['个'], color=c,
                   facts=fs, brand_vis=0)
    comp = pick(COMPANIES)
    fs = [mk('badge', (comp, name)), mk('generic', ('挂绳是%s的' % pick(['蓝色', '红色', '黑色']), '带挂绳'))]
    return obj('id_doc', 'badge', ['工作证', '工牌', '工作牌'], ['工作证', '工牌'], ['个', '张'], facts=fs, brand_vis=0)


def g_wallet(p, brand=None, color=None, sub=None):
    sub = sub or pick(['长款钱包', '短款钱包', '卡包', '零钱包', '折叠钱包'])
    b = brand or (pick(['baitu', 'kafan']) if chance(0.55) else None)
    c = color or pick(['black', 'black', 'brown', 'brown', 'red', 'pink', 'blue', 'grey', 'white'])
    fs = [mk('material', pick(['真皮', 'PU皮', '帆布', '尼龙', '鳄鱼纹皮']))]
    fs.append(mk('cashin', pick([35, 60, 120, 200, 260, 300, 350, 480, 500, 620, 800, 1200, 1500])))
    if chance(0.6):
        fs.append(mk('idin', (p['name'], p['id'])))
    for _ in range(R.randint(0, 2)):
        fs.append(mk('bank', new_bank()))
    if chance(0.35):
        fs.append(mk('transit', 1))
    if chance(0.25):
        fs.append(mk('photo', pick(PHOTOS)))
    if p['tourist'] and chance(0.5):
        fs.append(mk('ticket', pick(DESTS)))
    if chance(0.2):
        fs.append(mk('member', pick(SHOPS)))
    alt = 'id_doc' if any(f['kind'] == 'idin' for f in fs) else None
    nouns = {'长款钱包': ['长款钱包', '钱包', '钱夹'], '短款钱包': ['钱包', '短钱包', '皮夹子'],
             '卡包': ['卡包', '卡夹'], '零钱包': ['零钱包', '小钱包'], '折叠钱包': ['钱包', '折叠钱包', '皮夹']}[sub]
    return obj('wallet', sub, nouns, [sub, '钱包'], ['个'], c, b, None, fs, alt_cat=alt, brand_vis=0.7)


def g_keys(p):
    fs = [mk('nkeys', R.randint(2, 6))]
    b = None
    if chance(0.5):
        fs.append(mk('access', (pick(['blue', 'red', 'yellow', 'black', 'green']), pick(COMMUNITIES))))
    if chance(0.3):
        b = pick(['changan', 'dazhong'])
        fs.append(mk('carkey', b))
    if chance(0.65):
        fs.append(mk('pendant', pick(PENDANTS)))
    if chance(0.3):
        fs.append(mk('ebkey', 1))
    c = pick(['silver', 'silver', 'gold', 'black', 'red', 'blue'])
    return obj('keys', 'keys', ['钥匙', '钥匙', '钥匙串', '锁匙'], ['钥匙', '钥匙串'], ['串', '把'],
               c, b, None, fs, brand_vis=0.8, color_vis=0.6)


def plate():
    return '岭%s·%s' % (pick('ABCD'), digits(5))


def g_ebike(p, brand=None, color=None):
    b = brand or pick(['juntu', 'juntu', 'lvju', 'lvju', None])
    c = color or pick(['white', 'black', 'blue', 'red', 'pink', 'grey', 'green', 'yellow'])
    fs = [mk('plate', plate()), mk('frame', 'JT%s%s' % (R.randint(2019, 2025), alnum(8, 'ABCDEFHKLMN')))]
    if chance(0.4):
        fs.append(mk('canopy', pick(['transparent', 'blue', 'black'])))
    if chance(0.45):
        fs.append(mk('basket', 1))
    if chance(0.3):
        fs.append(mk('helmet', pick(['yellow', 'white', 'pink', 'black'])))
    if chance(0.35):
        fs.append(mk('seat', pick(SEATS)))
    if chance(0.3):
        fs.append(mk('scratch', pick(SPOTS_V)))
    if chance(0.3):
        fs.append(mk('vbatt', pick(['电池是48V的', '电池去年才换的新电池', '电池是60V的锂电'])))
    if chance(0.25):
        fs.append(mk('tailbox', 1))
    models = {'juntu': ['JT-Lark 3', '追风 S2'], 'lvju': ['LV-Mist 5', '小绿 Q3']}
    m = pick(models[b]) if b and chance(0.7) else None
    return obj('ebike', 'ebike', ['电动车', '电瓶车', '电动车', '小电驴'], ['电动车', '电动自行车'], ['辆', '个'],
               c, b, m, fs, model_vis=0.5)


def g_bicycle(p, brand=None, color=None, sub=None):
    b = brand or pick(['lingfeng', 'xunchi', None])
    c = color or pick(['black', 'white', 'blue', 'red', 'green', 'grey', 'yellow'])
    sub = sub or pick(['山地车', '折叠车', '公路车', '通勤车'])
    fs = [mk('frame', '%s%s' % (pick(['LF', 'XC', 'GT']), alnum(9)))]
    if chance(0.6):
        fs.append(mk('sticker', pick(STICKERS)))
    if chance(0.5):
        fs.append(mk('ulock', pick(['U形锁', '钢缆锁', '密码锁'])))
    if chance(0.3):
        fs.append(mk('bell', pick(['red', 'silver', 'yellow'])))
    if chance(0.3):
        fs.append(mk('basket', 1))
    if chance(0.3):
        fs.append(mk('scratch', pick(['前叉', '车架下管', '后货架'])))
    models = {'lingfeng': ['LF-Lark 26', '云峰 700'], 'xunchi': ['XC-Mist 9', '疾风 2']}
    m = pick(models[b]) if b and chance(0.6) else None
    return obj('bicycle', sub, [sub, '自行车', '单车'], [sub, '自行车'], ['辆'], c, b, m, fs, model_vis=0.5)


def g_bag(p, brand=None, color=None, sub=None):
    sub = sub or wpick([('双肩包', 4), ('斜挎包', 2), ('手提包', 2), ('托特包', 1), ('行李箱', 2), ('腰包', 1),
                 ('电脑包', 1), ('帆布袋', 1)])
    b = brand or (pick(['tulan', 'beiye']) if chance(0.6) else None)
    c = color or pick(['black', 'black', 'grey', 'navy', 'blue', 'brown', 'pink', 'green', 'white', 'red'])
    fs = []
    pool = list(CONTENTS)
    if p['tourist']:
        pool = pool + [('两包火锅底料', '火锅底料两袋'), ('几包麻花', '麻花特产数袋')]
    chosen = []
    for v in sample(pool, R.randint(1, 3)):
        if v not in chosen:
            chosen.append(v)
            fs.append(mk('content', v))
    if sub == '行李箱' or chance(0.25):
        fs.append(mk('nametag', p['name']))
    if chance(0.25):
        fs.append(mk('zipper', 1))
    if chance(0.2):
        fs.append(mk('strap', 1))
    if chance(0.3):
        fs.append(mk('bagpend', pick(PENDANTS)))
    if p['student'] and chance(0.6):
        fs.append(mk('bookname', p['name']))
    alt = 'electronics' if ('一台笔记本电脑', '笔记本电脑一台') in chosen else None
    nouns = {'双肩包': ['双肩包', '背包', '书包'], '斜挎包': ['斜挎包', '挎包', '包包'], '手提包': ['手提包', '包包', '手袋'],
             '托特包': ['托特包', '大包'], '行李箱': ['行李箱', '箱子', '拉杆箱'], '腰包': ['腰包', '小包'],
             '电脑包': ['电脑包', '包'], '帆布袋': ['帆布袋', '布袋子', '帆布包']}[sub]
    return obj('bag', sub, nouns, [sub, sub, '包'], ['个', '只'], c, b, None, fs, alt_cat=alt, brand_vis=0.7)


def g_cash(p):
    amt = pick([300, 500, 800, 1000, 1200, 1500, 2000, 2600, 3000, 3500, 5000, 6800])
    fs = [mk('amount', amt), mk('denom', pick(DENOMS))]
    kind = wpick([('envelope', 4), ('redpacket', 2), ('band', 2), ('plastic', 1)])
    c = pick(['brown', 'white', 'yellow']) if kind == 'envelope' else ('red' if kind == 'redpacket' else None)
    fs.append(mk('container', (kind, c or 'white')))
    if kind == 'envelope' and chance(0.7):
        fs.append(mk('writing', pick(WRITINGS)))
    if chance(0.3):
        fs.append(mk('generic', ('里面还夹了张取款凭条', '内夹取款凭条一张')))
    return obj('cash', 'cash', ['现金', '钱', '一沓钱', '现金'], ['现金', '人民币现金'], ['沓', '笔'], c, None,
               None, fs, brand_vis=0, color_vis=0.9)


def g_jewelry(p, brand=None, color=None, sub=None):
    sub = sub or wpick([('金项链', 3), ('金手镯', 2), ('玉镯', 2), ('银手链', 2), ('戒指', 3), ('耳环', 1.5),
                 ('吊坠', 1.5), ('机械手表', 1)])
    b = brand or (pick(['ruijin', 'jinyuan']) if chance(0.5) and sub != '玉镯' else None)
    if sub in ('金项链', '金手镯'):
        c, hm = 'gold', pick(['足金999', '足金', 'Au999'])
    elif sub == '玉镯':
        c, hm = pick(['green', 'white']), None
    elif sub == '银手链':
        c, hm = 'silver', 'S925'
    elif sub == '机械手表':
        c, hm = pick(['silver', 'gold', 'black']), None
    else:
        c = color if color in ('gold', 'silver') else pick(['gold', 'silver', 'gold'])
        hm = 'Au750' if c == 'gold' else 'S925'
    fs = []
    if hm:
        fs.append(mk('hallmark', hm))
    if sub in ('戒指', '金手镯', '银手链', '机械手表') or chance(0.3):
        fs.append(mk('engrave', pick(ENGRAVES)))
    if sub in ('金项链', '吊坠', '银手链') and chance(0.7):
        fs.append(mk('jpend', pick(JPEND)))
    if sub != '机械手表':
        fs.append(mk('weight', R.randint(3, 40)))
    if chance(0.4):
        fs.append(mk('pouch', pick(['red', 'blue', 'black'])))
    if chance(0.25):
        fs.append(mk('clasp', 1))
    if chance(0.2):
        fs.append(mk('cert', 'J%s' % digits(9)))
    if sub == '玉镯':
        fs.append(mk('generic', (pick(['镯子上有一条白色的絮', '有一小块飘花']), pick(['有白色絮状纹', '带飘花']))))
    nouns = {'金项链': ['金项链', '项链', '金链子'], '金手镯': ['金手镯', '金镯子', '手镯'], '玉镯': ['玉镯子', '玉手镯', '镯子'],
             '银手链': ['银手链', '手链'], '戒指': ['戒指', '婚戒', '指环'], '耳环': ['耳环', '耳坠'],
             '吊坠': ['吊坠', '坠子'], '机械手表': ['手表', '机械表']}[sub]
    cl = {'金项链': ['条'], '金手镯': ['只', '个'], '玉镯': ['只', '个'], '银手链': ['条'], '戒指': ['枚', '个'],
          '耳环': ['只', '对'], '吊坠': ['个'], '机械手表': ['块', '只']}[sub]
    m = None
    if sub == '机械手表':
        b = None
        m = pick(['岭表 L-301', '山城牌自动表'])
    return obj('jewelry', sub, nouns, [sub, sub], cl, c, b, m, fs, brand_vis=0.6)


E_SUBS = [('充电宝', 6), ('蓝牙耳机', 5), ('平板电脑', 2), ('笔记本电脑', 2), ('相机', 2), ('智能手表', 1.5),
          ('手环', 1), ('蓝牙音箱', 1), ('电子阅读器', 1)]
E_BRANDS = {'充电宝': [('dxm', 3), ('xiaomi', 2), ('manyun', 1)], '蓝牙耳机': [('shenglan', 2), ('apple', 2), ('huawei', 2)],
            '平板电脑': [('apple', 2), ('huawei', 2)], '笔记本电脑': [('lenovo', 3), ('huawei', 1)],
            '相机': [('canon', 1)], '智能手表': [('huawei', 1), ('apple', 1)], '手环': [('xiaomi', 1), ('huawei', 1)],
            '蓝牙音箱': [('manyun', 1)], '电子阅读器': [('moye', 1)]}
E_MODELS = {('dxm', '充电宝'): ['PB-20 Pro', '闪充 Q10'], ('xiaomi', '充电宝'): ['口袋版 Lark', 'PB-Mist 20'],
            ('manyun', '充电宝'): ['MY-P10'], ('shenglan', '蓝牙耳机'): ['S3 Air', 'Pods Lite 2'],
            ('apple', '蓝牙耳机'): ['AirPods Lark'], ('huawei', '蓝牙耳机'): ['FreeBuds Mist'],
            ('apple', '平板电脑'): ['iPad Lark 10'], ('huawei', '平板电脑'): ['MatePad Vela 11'],
            ('lenovo', '笔记本电脑'): ['小新 Pro Lark 14', 'ThinkBook Mist 16'], ('huawei', '笔记本电脑'): ['MateBook Vela 14'],
            ('canon', '相机'): ['EOS Lark 90', 'PowerShot Mist'], ('huawei', '智能手表'): ['Watch Vela 4'],
            ('apple', '智能手表'): ['Watch Lark 9'], ('xiaomi', '手环'): ['手环 Lark 8'], ('huawei', '手环'): ['手环 Mist 9'],
            ('manyun', '蓝牙音箱'): ['M3'], ('moye', '电子阅读器'): ['MY-6']}
E_NOUNS = {'充电宝': (['充电宝', '充电宝', '移动电源', '充电器'], ['充电宝', '移动电源']),
           '蓝牙耳机': (['蓝牙耳机', '耳机', '无线耳机'], ['蓝牙耳机', '耳机充电盒']),
           '平板电脑': (['平板', '平板电脑', 'iPad'], ['平板电脑']), '笔记本电脑': (['笔记本电脑', '电脑', '笔记本'], ['笔记本电脑']),
           '相机': (['相机', '单反', '照相机'], ['相机', '数码相机']), '智能手表': (['智能手表', '手表'], ['智能手表']),
           '手环': (['手环', '运动手环'], ['运动手环', '手环']), '蓝牙音箱': (['蓝牙音箱', '小音箱'], ['蓝牙音箱']),
           '电子阅读器': (['电子书', '阅读器', '电纸书'], ['电子阅读器'])}
E_CL = {'充电宝': ['个'], '蓝牙耳机': ['副', '个'], '平板电脑': ['台', '个'], '笔记本电脑': ['台'], '相机': ['台', '部'],
        '智能手表': ['块', '只'], '手环': ['个', '只'], '蓝牙音箱': ['个'], '电子阅读器': ['个', '台']}


def g_elec(p, brand=None, color=None, sub=None):
    sub = sub or wpick(E_SUBS)
    b = brand or wpick(E_BRANDS[sub])
    if (b, sub) not in E_MODELS:
        b = E_BRANDS[sub][0][0]
    c = color or pick(['black', 'white', 'white', 'silver', 'grey', 'blue', 'pink', 'green'])
    fs = [mk('sn', '%s%s' % (pick(['PB', 'SL', 'X', 'K', 'HW', 'C']), alnum(9)))]
    if sub == '充电宝':
        fs.append(mk('capacity', pick(CAPS)))
        if chance(0.5):
            fs.append(mk('cable', 1))
    if sub == '蓝牙耳机':
        fs.append(mk('buds', pick(['both', 'both', 'right'])))
        if chance(0.4):
            fs.append(mk('cover', pick(['pink', 'black', 'green', 'yellow'])))
        if chance(0.2):
            fs.append(mk('eengrave', pick(ENGRAVES)))
    if sub in ('平板电脑', '笔记本电脑', '电子阅读器') and chance(0.5):
        fs.append(mk('cover', pick(['black', 'blue', 'grey', 'pink'])))
    if chance(0.4):
        fs.append(mk('sticker', pick(STICKERS)))
    if chance(0.25):
        fs.append(mk('dent', pick(['一个角', '边上', '背面'])))
    if chance(0.2):
        fs.append(mk('namelabel', p['name']))
    if sub in ('笔记本电脑', '平板电脑', '相机') and chance(0.6):
        fs.append(mk('data', pick(['里面有很重要的工作资料', '电脑有开机密码', '里面有这次旅游拍的照片，对我很重要',
                                   '里头有我毕业论文的资料'])))
    alt = 'other' if sub in ('充电宝', '蓝牙耳机') else None
    no, nf = E_NOUNS[sub]
    return obj('electronics', sub, no, nf, E_CL[sub], c, b, pick(E_MODELS[(b, sub)]), fs, alt_cat=alt,
               model_vis=0.35 if sub == '充电宝' else 0.15)


O_SUBS = [('折叠伞', 9), ('长柄伞', 7), ('雨衣', 5), ('眼镜', 2), ('保温杯', 3), ('冲锋衣', 2), ('帽子', 1),
          ('围巾', 1), ('毛绒玩偶', 1.5), ('文件袋', 2), ('拐杖', 1), ('自拍杆', 1)]


def g_other(p, brand=None, color=None, sub=None):
    sub = sub or wpick(O_SUBS)
    fs = []
    b, m = brand, None
    if sub in ('折叠伞', '长柄伞'):
        b = brand or (pick(['qingchuan', 'yunting']) if chance(0.45) else None)
        c = color or pick(['black', 'black', 'black', 'navy', 'transparent', 'grey', 'pink', 'red', 'blue', 'green',
                           'yellow', 'purple'])
        if c != 'transparent' and chance(0.35):
            fs.append(mk('pattern', pick(PATTERNS)))
        if sub == '长柄伞' or chance(0.3):
            fs.append(mk('handle', pick(HANDLES)))
        if chance(0.3):
            fs.append(mk('adprint', pick(ADPRINTS)))
        if chance(0.25):
            fs.append(mk('tape', pick(['red', 'black', 'yellow', 'white'])))
        if chance(0.25):
            fs.append(mk('rib', 1))
        if sub == '折叠伞' and chance(0.3):
            fs.append(mk('sleeve', pick(['black', 'navy', 'pink', 'grey'])))
        if chance(0.15):
            fs.append(mk('charm', pick(CHARMS)))
        if chance(0.15):
            fs.append(mk('uname', p['name']))
        if chance(0.3):
            fs.append(mk('auto', 1))
        no = {'折叠伞': ['折叠伞', '雨伞', '伞', '三折伞'], '长柄伞': ['长柄伞', '雨伞', '伞', '直杆伞']}[sub]
        nf = {'折叠伞': ['折叠伞', '雨伞'], '长柄伞': ['长柄雨伞', '雨伞', '长柄伞']}[sub]
        return obj('other', sub, no, nf, ['把'], c, b, None, fs, brand_vis=0.7)
    if sub == '雨衣':
        c = color or pick(['transparent', 'yellow', 'blue', 'black', 'red', 'green', 'pink'])
        fs.append(mk('rtype', pick(['分体式', '连体', '斗篷式', '长款'])))
        if chance(0.4):
            fs.append(mk('rprint', pick(RPRINTS)))
        if chance(0.4):
            fs.append(mk('size', pick(['XL', 'XXL', 'L', 'M', '均'])))
        if chance(0.3):
            fs.append(mk('pocket', pick(['口袋里还有一包纸巾和几块零钱', '兜里有把电动车钥匙', '衣服口袋里有张轻轨票'])))
        return obj('other', sub, ['雨衣', '雨披', '雨衣'], ['雨衣', '雨披'], ['件'], c, None, None, fs, brand_vis=0)
    if sub == '眼镜':
        c = color or pick(['black', 'gold', 'silver', 'brown', 'transparent'])
        b = brand or (pick(['mingmou']) if chance(0.4) else None)
        fs.append(mk('gcase', pick(['black', 'blue', 'brown', 'red'])))
        fs.append(mk('degree', pick(['近视六百度左右', '左眼散光，三百多度', '老花镜，两百度', '近视四百五'])))
        if chance(0.5):
            fs.append(mk('lens', 1))
        return obj('other', sub, ['眼镜', '近视眼镜', '眼镜'], ['眼镜', '近视眼镜'], ['副'], c, b, None, fs,
                   brand_vis=0.5, color_vis=0.9)
    if sub == '保温杯':
        c = color or pick(['black', 'white', 'pink', 'blue', 'green', 'silver'])
        b = brand or (pick(['luquan']) if chance(0.5) else None)
        if chance(0.5):
            fs.append(mk('sticker', pick(STICKERS)))
        if chance(0.3):
            fs.append(mk('namelabel', p['name']))
        if chance(0.3):
            fs.append(mk('dent', pick(['杯底', '杯身'])))
        if chance(0.4):
            fs.append(mk('pocket', pick(['里面还有半杯枸杞茶', '里头泡的菊花茶', '里面是空的'])))
        return obj('other', sub, ['保温杯', '水杯', '杯子'], ['保温杯', '水杯'], ['个', '只'], c, b, None, fs, brand_vis=0.8)
    if sub == '冲锋衣':
        c = color or pick(['black', 'navy', 'red', 'green', 'grey', 'yellow'])
        b = brand or (pick(['yeling', 'beiye']) if chance(0.7) else None)
        fs.append(mk('size', pick(['XL', 'L', 'M', 'XXL', '175'])))
        if chance(0.5):
            fs.append(mk('pocket', pick(['口袋里有包烟和打火机', '兜里有一副手套', '衣服口袋里有几张发票'])))
        if chance(0.3):
            fs.append(mk('generic', ('袖口有块油渍，吃火锅溅的', '袖口有油渍')))
        return obj('other', sub, ['冲锋衣', '外套', '衣服'], ['冲锋衣', '外套'], ['件'], c, b, None, fs, brand_vis=0.8)
    if sub in ('帽子', '围巾'):
        c = color or pick(['black', 'grey', 'red', 'brown', 'white', 'navy'])
        fs.append(mk('generic', (pick(['毛线织的', '羊毛的', '针织的']), pick(['毛线材质', '针织']))))
        if chance(0.4):
            fs.append(mk('generic', ('上面有个小狐狸的图案', '有狐狸图案')))
        return obj('other', sub, [sub], [sub], ['顶'] if sub == '帽子' else ['条'], c, None, None, fs, brand_vis=0)
    if sub == '毛绒玩偶':
        c = color or pick(['white', 'brown', 'pink', 'yellow'])
        kind = pick(['熊猫', '兔子', '小熊', '小狗'])
        fs.append(mk('generic', ('是个%s玩偶' % kind, '%s造型' % kind)))
        if chance(0.5):
            fs.append(mk('bow', pick(['red', 'pink', 'blue'])))
        if chance(0.3):
            fs.append(mk('generic', ('我女儿天天抱着睡觉的，对她很重要', None)))
        return obj('other', sub, ['玩偶', '毛绒玩具', '娃娃'], ['毛绒玩偶', '玩具'], ['个', '只'], c, None, None, fs,
                   brand_vis=0)
    if sub == '文件袋':
        c = color or pick(['blue', 'transparent', 'brown', 'white'])
        fs.append(mk('docs', (pick(['我爸的病历和CT片子', '租房合同', '孩子的学籍材料', '公司的报销单据']),
                              pick(['病历资料', '合同文件', '材料若干', '单据若干']), p['name'])))
        return obj('other', sub, ['文件袋', '资料袋', '档案袋'], ['文件袋', '资料袋'], ['个'], c, None, None, fs, brand_vis=0)
    if sub == '拐杖':
        c = color or pick(['black', 'brown', 'silver'])
        fs.append(mk('generic', (pick(['铝合金的，可以伸缩', '木头的，龙头把手']), pick(['铝合金伸缩', '木质龙头把手']))))
        if chance(0.5):
            fs.append(mk('tape', pick(['red', 'white'])))
        return obj('other', sub, ['拐杖', '拐棍'], ['拐杖'], ['根'], c, None, None, fs, brand_vis=0)
    c = color or pick(['black', 'white', 'pink'])
    fs.append(mk('generic', ('带蓝牙遥控的', '带遥控器')))
    if chance(0.5):
        fs.append(mk('sticker', pick(STICKERS)))
    return obj('other', '自拍杆', ['自拍杆', '自拍棍'], ['自拍杆'], ['根', '个'], c, None, None, fs, brand_vis=0)


GEN = {'phone': g_phone, 'id_doc': g_iddoc, 'wallet': g_wallet, 'keys': g_keys, 'ebike': g_ebike,
       'bicycle': g_bicycle, 'bag': g_bag, 'cash': g_cash, 'jewelry': g_jewelry, 'electronics': g_elec,
       'other': g_other}
CATS = ['id_doc', 'phone', 'wallet', 'keys', 'ebike', 'bicycle', 'bag', 'cash', 'jewelry', 'electronics', 'other']

# ---------------------------------------------------------------- places

LAT0, LON0 = 29.618, 106.492
P = {}


def place(key, x, y, kind, o, a, short):
    P[key] = dict(key=key, x=x, y=y, kind=kind, o=o, a=a, short=short)


place('cable_n', 0.0, 0.35, 'cable', ['望江门索道站', '索道北站', '望江门那边的索道站', '嘉渝索道北岸站'],
      ['临江区望江门嘉渝索道北站', '嘉渝跨江索道北站候车厅', '望江门索道站'], ['索道北站', '望江门索道'])
place('cable_s', 0.3, -0.55, 'cable', ['龙脊坡索道站', '索道南站', '南岸龙脊坡的索道站'],
      ['南岭区龙脊坡嘉渝索道南站', '嘉渝跨江索道南站出站口', '龙脊坡索道站'], ['索道南站', '龙脊坡'])
place('cable_car', 0.15, -0.1, 'cable', ['索道车厢里', '跨江索道上', '过江索道的车厢里'],
      ['嘉渝跨江索道车厢内', '跨江索道（望江门至龙脊坡）车厢'], ['索道上', '索道'])
place('hotpot', -0.8, 0.9, 'hotpot', ['磁湾火锅街', '磁湾老街', '磁湾那条火锅街'],
      ['临江区磁湾老街火锅一条街', '磁湾老街', '临江区磁湾老街中段'], ['火锅街', '磁湾'])
place('hp_ls', -0.78, 0.93, 'hotpot', ['岭上牛油火锅磁湾店', '岭上牛油火锅'],
      ['临江区磁湾老街岭上牛油火锅（磁湾店）', '磁湾老街18号岭上牛油火锅'], ['岭上火锅'])
place('hp_ym', -0.85, 0.88, 'hotpot', ['幺妹九宫格火锅', '幺妹火锅'], ['临江区磁湾老街幺妹九宫格火锅', '磁湾老街幺妹九宫格'],
      ['幺妹火锅'])
place('hp_lz', -0.74, 0.86, 'hotpot', ['老灶台串串', '磁湾老灶台串串香'], ['临江区磁湾老街老灶台串串香', '磁湾老街老灶台'],
      ['老灶台'])
place('lr_wjm', 0.1, 0.5, 'lr', ['轻轨望江门站', '3号线望江门站'], ['渝岭轻轨3号线望江门站', '轻轨望江门站站台'], ['望江门站'])
place('lr_cpk', -1.5, 1.5, 'lr', ['翠屏坎轻轨站', '3号线翠屏坎站'], ['渝岭轻轨3号线翠屏坎站', '轻轨翠屏坎站B出口'], ['翠屏坎站'])
place('lr_cyb', 1.8, 1.8, 'lr', ['朝阳坝轻轨站', '朝阳坝站'], ['渝岭轻轨3号线朝阳坝站', '朝阳坝站站厅'], ['朝阳坝站'])
place('lr_gyt', -0.3, 1.9, 'lr', ['观音梯轻轨站', '观音梯站'], ['渝岭轻轨3号线观音梯站', '观音梯站A口'], ['观音梯站'])
place('lr_ld', 2.2, -2.4, 'lr', ['岭大站', '渝岭大学轻轨站'], ['渝岭轻轨3号线渝岭大学站', '轻轨岭大站'], ['岭大站'])
place('lr_lmb', -3.8, 3.0, 'lr', ['龙门坝轻轨站', '3号线龙门坝站'], ['渝岭轻轨3号线龙门坝站（终点站）', '龙门坝站'], ['龙门坝站'])
place('uni_lib', 2.5, -2.8, 'uni', ['岭大图书馆', '渝岭大学图书馆', '学校图书馆'],
      ['南岭区缙麓路渝岭大学图书馆', '渝岭大学缙麓校区图书馆'], ['图书馆'])
place('uni_ct', 2.8, -2.6, 'uni', ['岭大二食堂', '二食堂', '学校二食堂'], ['渝岭大学缙麓校区第二食堂', '渝岭大学二食堂'],
      ['二食堂'])
place('uni_tb', 2.3, -3.0, 'uni', ['三教', '第三教学楼', '岭大三教'], ['渝岭大学第三教学楼', '渝岭大学缙麓校区三教'], ['三教'])
place('uni_dm', 2.9, -3.1, 'uni', ['梅园宿舍', '梅园那边', '梅园7栋楼下'], ['渝岭大学梅园学生宿舍区', '渝岭大学梅园宿舍'],
      ['梅园'])
place('uni_fd', 2.6, -2.5, 'uni', ['岭大田径场', '学校操场', '田径场'], ['渝岭大学缙麓校区田径场', '渝岭大学操场'], ['操场'])
place('view_lyt', 0.9, -1.4, 'view', ['凌云台观景台', '凌云台', '凌云台那个观景平台'], ['南岭区凌云台观景台', '凌云台观景平台'],
      ['凌云台'])
place('view_yzy', -1.2, -1.1, 'view', ['鹰嘴岩观景平台', '鹰嘴岩', '鹰嘴岩看夜景那里'],
      ['南岭区鹰嘴岩观景平台', '鹰嘴岩景区观景平台'], ['鹰嘴岩'])
place('view_wjt', 1.5, -0.9, 'view', ['望江亭', '南山望江亭'], ['南岭区望江亭观景点', '望江亭景区'], ['望江亭'])
place('djl', -0.5, 0.3, 'view', ['江岸吊脚楼', '吊脚楼', '吊脚楼那边看夜景的地方'],
      ['临江区江岸吊脚楼景区', '江岸吊脚楼观景长廊'], ['吊脚楼'])
place('st_bb', 0.2, 0.8, 'stairs', ['百步云梯', '云梯坎', '百步梯'], ['临江区百步云梯步道', '百步云梯中段'], ['云梯'])
place('st_tf', -0.4, 0.6, 'stairs', ['挑夫巷', '挑夫巷石梯', '挑夫巷那截梯坎'], ['临江区挑夫巷石梯步道', '挑夫巷'], ['挑夫巷'])
place('st_qb', 0.6, -1.0, 'stairs', ['千步梯', '南岸千步梯', '爬千步梯上山那段'], ['南岭区千步梯步道', '千步梯步道入口'],
      ['千步梯'])
place('bus', -3.9, 3.2, 'bus', ['龙门坝长途汽车站', '长途汽车站', '龙门坝车站', '汽车站'],
      ['龙门区龙门坝长途汽车站候车大厅', '龙门坝长途汽车站', '龙门坝汽车站出站口'], ['汽车站', '龙门坝'])
place('market', 1.2, 0.6, 'market', ['黄葛湾菜市场', '黄葛湾市场', '菜市场'], ['临江区黄葛湾农贸市场', '黄葛湾菜市场'],
      ['菜市场'])
place('hosp', -1.8, 0.8, 'hosp', ['市二医院', '渝岭二院', '第二人民医院'], ['渝岭市第二人民医院门诊大厅', '渝岭市第二人民医院'],
      ['二院'])
place('square', 1.0, 1.4, 'street', ['渝岭广场', '广场那边'], ['临江区渝岭广场', '渝岭广场东侧'], ['广场'])
place('walk', 0.6, 1.1, 'street', ['临江路步行街', '步行街'], ['临江区临江路步行街', '临江路步行街中段'], ['步行街'])
place('pier', 1.6, 0.2, 'street', ['朝天渡码头', '朝天渡', '轮渡码头'], ['临江区朝天渡轮渡码头', '朝天渡码头候船厅'], ['码头'])
place('resid', 0.0, 1.6, 'resid', ['云梯小区', '我们小区门口', '云梯小区楼下'], ['临江区云梯小区', '云梯小区3栋'], ['小区'])
place('minsu', -0.2, 0.15, 'street', ['江边民宿', '临江路的民宿', '住的民宿门口'], ['临江区临江路江景民宿区', '临江路民宿一条街'],
      ['民宿'])
place('far_qg', -8.0, 6.0, 'street', ['青杠新区', '青杠'], ['青杠新区青杠大道', '青杠新区商业街'], ['青杠'])
place('far_sb', 7.5, 5.0, 'street', ['双碑工业园', '双碑'], ['双碑工业园区', '双碑工业园公交站'], ['双碑'])
place('far_sx', 4.0, -7.5, 'street', ['石溪镇', '石溪'], ['南岭区石溪镇场镇', '石溪镇客运点'], ['石溪'])
place('station', 0.4, 0.9, 'station', ['望江派出所'], ['渝岭市公安局望江派出所', '望江派出所接待大厅'], ['派出所'])
place('taxi', 0.0, 0.0, 'taxi', ['出租车上'], ['出租车内'], ['出租车上'])
place('train', 0.0, 0.0, 'train', ['轻轨上'], ['轻轨3号线车厢内'], ['轻轨上'])

REL = {'cable_car': ['cable_n', 'cable_s'], 'cable_n': ['cable_car', 'lr_wjm', 'st_bb'], 'cable_s': ['cable_car', 'st_qb'],
       'hotpot': ['hp_ls', 'hp_ym', 'hp_lz', 'st_tf'], 'hp_ls': ['hotpot', 'hp_ym'], 'hp_ym': ['hotpot', 'hp_lz'],
       'hp_lz': ['hotpot', 'hp_ls'], 'lr_wjm': ['cable_n', 'st_bb'], 'lr_cpk': ['hotpot'], 'lr_cyb': ['square'],
       'lr_gyt': ['resid'], 'lr_ld': ['uni_lib', 'uni_ct'], 'lr_lmb': ['bus'], 'uni_lib': ['uni_ct', 'uni_tb', 'lr_ld'],
       'uni_ct': ['uni_lib', 'uni_dm', 'uni_fd'], 'uni_tb': ['uni_lib', 'uni_fd'], 'uni_dm': ['uni_ct', 'uni_fd'],
       'uni_fd': ['uni_ct', 'uni_tb'], 'view_lyt': ['st_qb', 'view_wjt'], 'view_yzy': ['djl'], 'view_wjt': ['view_lyt'],
       'djl': ['minsu', 'st_tf'], 'st_bb': ['cable_n', 'walk', 'resid'], 'st_tf': ['hotpot', 'djl'],
       'st_qb': ['view_lyt', 'cable_s'], 'bus': ['lr_lmb'], 'market': ['walk', 'pier'], 'hosp': ['lr_cpk'],
       'square': ['walk', 'lr_cyb'], 'walk': ['square', 'st_bb'], 'pier': ['market'], 'resid': ['st_bb', 'lr_gyt'],
       'minsu': ['djl', 'cable_n'], 'far_qg': [], 'far_sb': [], 'far_sx': []}
GROUPS = {'cable': ['cable_n', 'cable_s', 'cable_car', 'cable_car'], 'hotpot': ['hotpot', 'hotpot', 'hp_ls', 'hp_ym', 'hp_lz'],
          'lrst': ['lr_wjm', 'lr_cpk', 'lr_cyb', 'lr_gyt', 'lr_ld', 'lr_lmb'], 'train': ['train'],
          'uni': ['uni_lib', 'uni_ct', 'uni_tb', 'uni_dm', 'uni_fd'], 'view': ['view_lyt', 'view_yzy', 'view_wjt', 'djl'],
          'stairs': ['st_bb', 'st_tf', 'st_qb'], 'bus': ['bus'], 'taxi': ['taxi'], 'market': ['market'], 'hosp': ['hosp'],
          'street': ['square', 'walk', 'minsu', 'pier'], 'resid': ['resid']}
CATG = {
    'phone': {'taxi': 5, 'cable': 4, 'hotpot': 4, 'train': 3, 'lrst': 1, 'view': 4, 'bus': 2, 'uni': 2, 'stairs': 2, 'street': 2},
    'other': {'cable': 5, 'train': 4, 'lrst': 2, 'hotpot': 4, 'taxi': 3, 'bus': 3, 'uni': 3, 'view': 3, 'stairs': 2,
              'street': 2, 'market': 1, 'hosp': 1},
    'electronics': {'taxi': 3, 'cable': 3, 'train': 3, 'uni': 4, 'view': 3, 'bus': 2, 'hotpot': 2, 'street': 1},
    'wallet': {'taxi': 3, 'hotpot': 3, 'train': 2, 'market': 2, 'bus': 2, 'view': 2, 'stairs': 2, 'street': 2, 'hosp': 1,
               'cable': 2, 'uni': 1},
    'id_doc': {'bus': 4, 'uni': 4, 'hosp': 3, 'train': 2, 'lrst': 2, 'taxi': 2, 'street': 2, 'hotpot': 1, 'cable': 1},
    'bag': {'bus': 4, 'taxi': 4, 'train': 3, 'hotpot': 2, 'uni': 2, 'cable': 2, 'view': 1, 'street': 1},
    'keys': {'resid': 3, 'stairs': 3, 'hotpot': 2, 'market': 2, 'train': 2, 'street': 2, 'uni': 1, 'taxi': 1},
    'jewelry': {'view': 3, 'stairs': 2, 'hotpot': 2, 'street': 2, 'hosp': 1, 'cable': 1, 'taxi': 1},
    'cash': {'market': 3, 'hosp': 2, 'bus': 2, 'taxi': 2, 'street': 2, 'hotpot': 1},
    'ebike': {'resid': 3, 'market': 2, 'street': 3, 'lrst': 3, 'uni': 2, 'hotpot': 1},
    'bicycle': {'uni': 5, 'street': 2, 'lrst': 1, 'resid': 1},
}
HOURS = {'hotpot': [((17, 24), 5), ((0, 2), 2), ((11, 14), 1)], 'cable': [((9, 22), 1)], 'train': [((7, 23), 1)],
         'lr': [((7, 23), 1)], 'uni': [((8, 23), 1)], 'view': [((10, 19), 1), ((19, 23), 2)], 'bus': [((6, 20), 1)],
         'taxi': [((0, 24), 1), ((18, 24), 1)], 'market': [((6, 12), 1)], 'hosp': [((7, 17), 1)],
         'street': [((9, 23), 1)], 'stairs': [((7, 22), 1)], 'resid': [((7, 23), 1)], 'station': [((8, 22), 1)]}
LR_LINE = ['lr_lmb', 'lr_cpk', 'lr_gyt', 'lr_wjm', 'lr_cyb', 'lr_ld']


NEUTRAL = {'cable_n': ['嘉渝索道北站', '望江门索道站'], 'cable_s': ['嘉渝索道南站', '龙脊坡索道站'],
           'cable_car': ['跨江索道', '嘉渝索道'], 'lr_cpk': ['轻轨翠屏坎站'], 'lr_gyt': ['轻轨观音梯站'],
           'lr_lmb': ['轻轨龙门坝站'], 'lr_wjm': ['轻轨望江门站'], 'lr_cyb': ['轻轨朝阳坝站'], 'lr_ld': ['轻轨岭大站'],
           'hosp': ['渝岭市第二人民医院', '市二医院'], 'bus': ['龙门坝长途汽车站'], 'resid': ['云梯小区'],
           'uni_dm': ['渝岭大学梅园宿舍区'], 'minsu': ['临江路民宿区'], 'square': ['渝岭广场'], 'pier': ['朝天渡码头'],
           'st_bb': ['百步云梯'], 'st_qb': ['千步梯步道'], 'djl': ['江岸吊脚楼']}
ACTS_AT = {'uni_lib': ['上自习', '借书', '在图书馆复习'], 'uni_ct': ['在食堂吃饭', '排队打饭'], 'uni_tb': ['上课', '上晚自习'],
           'uni_dm': ['回宿舍', '取快递'], 'uni_fd': ['跑步', '上体育课', '看球'], 'cable_car': ['坐索道过江', '坐索道'],
           'cable_n': ['排队坐索道', '等索道', '坐索道'], 'cable_s': ['排队坐索道', '等索道', '坐索道下来'],
           'hotpot': ['逛火锅街', '排队等位', '吃火锅'], 'pier': ['等船', '坐轮渡'], 'minsu': ['退房', '拖箱子'],
           'djl': ['看夜景', '拍照', '逛吊脚楼']}
SPOTS_AT = {'uni_lib': ['自习室桌上', '阅览室座位上', '存包柜旁'], 'uni_ct': ['餐桌上', '打饭窗口前', '门口'],
            'uni_tb': ['教室抽屉里', '走廊长椅上', '楼梯间'], 'uni_dm': ['宿舍楼下', '快递点', '楼道里'],
            'uni_fd': ['看台上', '跑道边', '器材室门口'], 'cable_car': ['车厢座椅下', '车厢角落', '车厢座位上'],
            'cable_n': ['候车区长椅上', '检票闸机旁', '出站通道'], 'cable_s': ['候车区长椅上', '检票闸机旁', '出站通道'],
            'hotpot': ['街边等位的凳子上', '路边台阶上', '公厕洗手台上'], 'pier': ['候船区', '码头栏杆边'],
            'minsu': ['民宿门口', '路边台阶上']}
FINDERS_AT = {'uni_lib': ['图书馆管理员', '一名学生'], 'uni_dm': ['宿管阿姨', '一名学生'], 'uni_ct': ['食堂师傅', '一名学生'],
              'cable_car': ['索道乘务员', '索道公司保洁员'], 'hotpot': ['环卫工人', '路过的居民', '附近商户'],
              'pier': ['码头工作人员', '轮渡售票员'], 'minsu': ['民宿老板', '热心市民']}


def km2ll(x, y):
    lat = LAT0 + y / 110.574
    lon = LON0 + x / (111.320 * math.cos(math.radians(LAT0)))
    return lat, lon


def coords(key, jitter_km):
    pl = P[key]
    x = pl['x'] + R.uniform(-jitter_km, jitter_km)
    y = pl['y'] + R.uniform(-jitter_km, jitter_km)
    lat, lon = km2ll(x, y)
    return round(lat, 6), round(lon, 6)


def dist_km(a, b):
    return math.hypot(P[a]['x'] - P[b]['x'], P[a]['y'] - P[b]['y'])


def anchor(pl, obj_=None):
    """A real point for a place that is a vehicle: the taxi's pick-up or drop-off, a station on the line."""
    return pl


ACTS = {'cable': ['坐索道过江', '排队坐索道', '坐跨江索道去南岸', '坐索道回来', '等索道'],
        'hotpot': ['吃火锅', '和朋友吃宵夜', '吃九宫格', '排队等位', '吃串串'],
        'lr': ['坐轻轨', '赶轻轨', '在站台等车', '进站刷卡'], 'train': ['坐轻轨', '坐3号线', '挤轻轨'],
        'uni': ['上自习', '在食堂吃饭', '上课', '跑步', '排队打饭'], 'view': ['拍照', '看夜景', '打卡拍照', '看江景'],
        'stairs': ['爬梯坎', '下梯坎', '走石梯子', '爬坡上坎'], 'bus': ['等车', '检票上车', '坐大巴', '买票'],
        'taxi': ['打车', '坐出租车'], 'market': ['买菜', '赶早市'], 'hosp': ['看病', '陪家里人看病', '挂号', '拿药'],
        'street': ['逛街', '散步', '等公交', '买东西'], 'resid': ['回家', '停车', '取快递'], 'station': ['办事']}
DISC = ['回去才发现不见了', '到家了才发现', '一摸包包就没得了', '走了一截才反应过来', '转个身就找不到了',
        '回到酒店才发现', '准备扫码的时候才发现', '下来才发现', '过了好一阵才想起来']
FINDERS = {'cable': ['索道站工作人员', '索道乘务员', '索道公司保洁员'], 'hotpot': ['火锅店服务员', '店老板', '收台的阿姨', '邻桌客人'],
           'lr': ['轻轨站务员', '轻轨保洁员', '一名乘客'], 'train': ['列车乘务员', '轻轨保洁员', '一名乘客'],
           'uni': ['岭大保卫处', '宿管阿姨', '图书馆管理员', '一名学生'], 'view': ['景区保安', '景区保洁员', '一名游客', '摆摊的大爷'],
           'stairs': ['环卫工人', '路过的居民', '一位棒棒师傅', '附近商户'], 'bus': ['车站失物招领处', '大巴司机', '安检员', '车站保洁员'],
           'taxi': ['出租车司机'], 'market': ['菜市场摊主', '市场管理员'], 'hosp': ['医院保安', '导医台护士'],
           'street': ['热心市民', '巡逻民警', '外卖骑手', '附近商户'], 'resid': ['小区保安', '物业工作人员'],
           'station': ['群众']}
FSPOTS = {'cable': ['车厢座椅下', '车厢角落', '候车区长椅上', '检票闸机旁', '出站通道'],
          'hotpot': ['卡座沙发缝里', '餐桌下', '门口等位的凳子上', '收银台旁', '洗手台上'],
          'lr': ['站台候车椅上', '扶梯口', '安检机旁', '出站闸机外'], 'train': ['车厢座位上', '车厢连接处', '座位下'],
          'uni': ['自习室桌上', '食堂餐桌上', '教室抽屉里', '操场看台上', '宿舍楼下'],
          'view': ['栏杆边', '拍照点石凳上', '台阶上', '售货亭旁'], 'stairs': ['梯坎中段', '石阶拐角', '休息平台', '路边花台上'],
          'bus': ['候车大厅座椅上', '安检口', '售票窗口前', '大巴行李架上', '出站口'],
          'taxi': ['后排座椅上', '后座脚垫上', '副驾座位缝里', '后备箱'], 'market': ['摊位旁', '过道上', '秤台边'],
          'hosp': ['挂号大厅', '候诊区座椅上', '缴费窗口', '住院部电梯里'], 'street': ['路边', '公交站台', '店门口台阶上', '花坛边'],
          'resid': ['小区门口', '单元楼下', '车棚里'], 'station': ['门口']}
RAIN_O = ['那天雨下得大，光顾着打伞', '落雨天手忙脚乱的', '下着雨，人又多', '雨一直下，衣服都打湿了', '外头在落雨']
RAIN_F = ['拾得时物品已被雨淋湿', '表面有雨水', '当时正在下雨']

# ---------------------------------------------------------------- time


def minutes_before(dt):
    return int((REF - dt).total_seconds() // 60)


def daypart(h):
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


def h12(h):
    k = h % 12
    return 12 if k == 0 else k


def t_owner(dt, with_date=True, style=None, dstyle=None):
    d = ''
    if with_date:
        forms = ['%d月%d日' % (dt.month, dt.day), '%d月%d号' % (dt.month, dt.day), '%d号' % dt.day,
                 '%d.%d' % (dt.month, dt.day)]
        d = forms[dstyle] if dstyle is not None else pick(forms)
    if style is None:
        style = R.randrange(4)
    if style == 0:
        return '%s%s%d点%s' % (d, daypart(dt.hour), h12(dt.hour), pick(['多', '左右', '过', '']))
    if style == 1:
        return '%s %d:%02d' % (d, dt.hour, dt.minute) if d else '%d:%02d' % (dt.hour, dt.minute)
    if style == 2:
        return '%s%s%s点%s' % (d, daypart(dt.hour), CN_NUM[h12(dt.hour)], pick(['多', '半' if dt.minute >= 25 else '钟', '左右']))
    return '%s%s' % (d, daypart(dt.hour))


def t_window(a, b, t):
    width = (b - a).total_seconds() / 60
    if width <= 90 and chance(0.5):
        return '%s左右' % t_owner(t, style=pick([0, 1, 2])) if R.random() < 0.5 else '大概%s' % t_owner(t, style=pick([1, 2]))
    if width <= 720:
        same = a.date() == b.date()
        st = pick([0, 1, 1, 2])
        ds = R.randrange(4)
        if st == 1 and same:
            return '%s %d:%02d到%d:%02d之间' % (t_owner(a, style=3, dstyle=ds)[:-2], a.hour, a.minute, b.hour, b.minute)
        return '%s到%s之间' % (t_owner(a, style=st, dstyle=ds), t_owner(b, with_date=not same, style=st, dstyle=ds))
    if a.date() == b.date():
        return '%d月%d日%s到%s之间（具体时间记不清了）' % (a.month, a.day, daypart(a.hour), daypart(b.hour))
    return '%d月%d日%s到%d月%d日%s之间（具体时间记不清了）' % (a.month, a.day, daypart(a.hour), b.month, b.day, daypart(b.hour))


def t_found(dt, voice):
    if voice in ('officer', 'handover'):
        return pick(['%d月%d日%d时%02d分' % (dt.month, dt.day, dt.hour, dt.minute),
                     '%d月%d日 %d:%02d' % (dt.month, dt.day, dt.hour, dt.minute),
                     '%d年%d月%d日%d时许' % (dt.year, dt.month, dt.day, dt.hour)])
    return t_owner(dt)


def rand_time(group_kind, lo, hi):
    """A moment between lo and hi at an hour when people are at such a place."""
    ranges = HOURS.get(group_kind, [((8, 22), 1)])
    for _ in range(200):
        day = lo.date() + datetime.timedelta(days=R.randint(0, max(0, (hi.date() - lo.date()).days)))
        (h0, h1) = wpick(ranges)
        h = R.randint(h0, h1 - 1)
        dt = datetime.datetime(day.year, day.month, day.day, h, R.randint(0, 59))
        if lo <= dt <= hi:
            return dt
    return lo + (hi - lo) * R.random()


# ---------------------------------------------------------------- scenes

def kind_of(key):
    return P[key]['kind']


def make_scene(cat):
    """Where and when the object was lost, and what the owner could know of it."""
    g = wpick(sorted(CATG[cat].items()))
    key = pick(GROUPS[g])
    sc = dict(place=key)
    if key == 'taxi':
        a, b = sample(['hotpot', 'cable_n', 'cable_s', 'bus', 'view_lyt', 'view_yzy', 'djl', 'minsu', 'uni_dm', 'walk',
                       'hosp', 'square', 'resid', 'pier'], 2)
        sc['route'] = (a, b)
        sc['taxi'] = '岭A·T%s%s' % (pick('ABCDEFGHJK'), digits(3))
    if key == 'train':
        i, j = sample(range(len(LR_LINE)), 2)
        sc['route'] = (LR_LINE[i], LR_LINE[j])
    return sc


def loss_times(sc, delay_kind):
    kind = kind_of(sc['place'])
    # how long until a finder picks it up (minutes)
    base = {'cable': (5, 240), 'taxi': (10, 1200), 'hotpot': (5, 180), 'lr': (5, 300), 'train': (5, 300),
            'uni': (10, 4000), 'view': (5, 1440), 'stairs': (10, 2880), 'bus': (5, 480), 'market': (10, 600),
            'hosp': (10, 600), 'street': (10, 2880), 'resid': (30, 4000)}[kind]
    delay = R.randint(*base)
    if chance(0.08):
        delay = R.randint(3 * 1440, 12 * 1440)
    if delay_kind == 'none':
        delay = 0
    latest = REF - datetime.timedelta(minutes=delay + R.randint(30, 600))
    t = rand_time(kind, EARLIEST + datetime.timedelta(days=2), latest)
    style = wpick([('tight', 4), ('medium', 5), ('wide', 1)])
    if style == 'tight':
        u1, u2 = R.randint(5, 45), R.randint(5, 60)
    elif style == 'medium':
        u1, u2 = R.randint(30, 300), R.randint(10, 200)
    else:
        u1, u2 = R.randint(6 * 60, 60 * 60), R.randint(0, 12 * 60)
    if cat_of_scene(sc) in ('ebike', 'bicycle'):
        u1, u2 = R.randint(60, 600), R.randint(5, 120)
    a = t - datetime.timedelta(minutes=u1)
    b = t + datetime.timedelta(minutes=u2)
    if b > REF - datetime.timedelta(minutes=5):
        b = REF - datetime.timedelta(minutes=5)
    found = t + datetime.timedelta(minutes=delay)
    return t, a, b, found


def cat_of_scene(sc):
    return sc.get('cat')


# ---------------------------------------------------------------- rendering

TYPOS = [('华为', '华伟'), ('身份证', '身分证'), ('充电宝', '冲电宝'), ('钥匙', '要是'), ('索道', '所到'), ('钱包', '前包'),
         ('雨伞', '雨散'), ('耳机', '二级'), ('观景台', '观景抬'), ('学生证', '学生正'), ('不见了', '不件了'), ('麻烦', '马烦'),
         ('项链', '项恋'), ('戒指', '介指'), ('银行卡', '银航卡'), ('火锅', '火过'), ('电动车', '电动扯'), ('手机', '手鸡'),
         ('轻轨', '轻规'), ('黑色', '黑涩'), ('帮忙', '帮吗'), ('谢谢', '谢谢谢'), ('掉了', '调了'), ('汽车站', '汽车战')]


def typo(text):
    cands = [(a, b) for a, b in TYPOS if a in text]
    if not cands:
        return text
    a, b = pick(cands)
    i = text.find(a)
    return text[:i] + b + text[i + len(a):]


def join_bm(b, m):
    if not b:
        return m or ''
    if not m:
        return b
    if b[-1].isascii() and m[0].isascii():
        sep = ' ' if chance(0.92) else ''
    else:
        sep = ' ' if (b[-1].isascii() or m[0].isascii()) and chance(0.6) else ''
    return b + sep + m


def clip(s, n):
    return s if len(s) <= n else s[:n]


def choose_phrase(f, side, forced):
    pool = f['o'] if side == 'o' else f['f']
    if forced and f['token']:
        pool = [x for x in pool if f['token'] in x]
        if not pool:
            raise RuntimeError('no token phrase for %s' % f['kind'])
    return pick(pool)


def choose_serial(f, side, forced):
    pool = f['so'] if side == 'o' else f['sf']
    if forced and f['token']:
        pool = [x for x in pool if f['token'] in x.replace(' ', '').replace('-', '')]
    return pick(pool)


VOICE_O = {'local': (0.55, 0.3), 'tourist': (0.6, 0.4), 'precise': (0.85, 0.85), 'hurried': (0.25, 0.0),
           'proxy': (0.5, 0.3), 'student': (0.65, 0.55)}


def owner_knowledge(o, voice, force_idx, force_brand):
    verb, fill = VOICE_O[voice]
    k = {}
    k['color'] = o['color'] if o['color'] and chance(0.93) else None
    k['brand'] = o['brand'] if o['brand'] and (force_brand or chance(0.82)) else None
    k['model'] = o['model'] if o['model'] and k['brand'] and chance(0.45 if voice != 'hurried' else 0.15) else None
    facts = []
    for i, f in enumerate(o['facts']):
        forced = i in force_idx
        said = chance(f['oprio']) if f['oprio'] is not None else (chance(f['ovis']) and chance(verb))
        if forced or said:
            facts.append((i, f, forced))
    if voice == 'hurried':
        keep = [x for x in facts if x[2] or (x[1]['oprio'] or 0) >= 0.9]
        rest = [x for x in facts if x not in keep]
        facts = keep + rest[:max(0, 1 - len(keep)) if chance(0.6) else 0]
    k['facts'] = facts
    return k


def desc_phrase(noun, cw, bw, mw, side, cl=None):
    bm = join_bm(bw, mw)
    one = ('一' + cl) if cl and chance(0.7) else ''
    st = R.randrange(4)
    if st == 0 or not (cw or bm):
        return '%s%s%s%s' % (one, cw or '', bm, noun)
    if st == 1 and cw and bm:
        return '%s%s%s，%s的' % (one, bm, noun, cw)
    if st == 2 and bm:
        return '%s%s（%s%s）' % (one, noun, bm, '，' + cw if cw else '')
    return '%s%s的%s%s' % (one, cw or '', bm, noun) if cw else '%s%s%s' % (one, bm, noun)


def owner_where(o, sc):
    """(where for the body, where for the address field, a journey clause or None)"""
    key = sc['place']
    if key == 'taxi':
        a, b = sc['route']
        ao, bo = pick(P[a]['o']), pick(P[b]['o'])
        j = pick(['从%s打车去%s' % (ao, bo), '在%s打了个出租车到%s' % (ao, bo), '从%s坐出租车到%s' % (ao, bo)])
        return pick(['出租车上', '车上', '出租车后座']), '出租车上（%s→%s）' % (P[a]['short'][0], P[b]['short'][0]), j
    if key == 'train':
        a, b = sc['route']
        j = pick(['坐3号线从%s到%s' % (P[a]['short'][0], P[b]['short'][0]),
                  '从%s坐轻轨去%s' % (P[a]['short'][0], P[b]['short'][0])])
        return pick(['轻轨上', '轻轨车厢里', '3号线上']), '轻轨3号线%s至%s' % (P[a]['short'][0], P[b]['short'][0]), j
    return pick(P[key]['o']), pick(P[key]['o'] + P[key]['a']), None


def owner_coords(sc, voice):
    p = {'precise': 0.7, 'hurried': 0.2}.get(voice, 0.45)
    if not chance(p):
        return None
    key = sc['place']
    if key in ('taxi', 'train'):
        return coords(pick(list(sc['route'])), 0.25)
    return coords(key, 0.15)


def lost_report(key, o, person, sc, times, force_idx=(), force_brand=False):
    t, a, b, _ = times
    voice = person['voice']
    if voice == 'hurried' and (force_idx or force_brand) and chance(0.5):
        voice = 'local'
    verb, fill = VOICE_O[voice]
    k = owner_knowledge(o, voice, set(force_idx), force_brand)
    rec = {'key': key, 'category': o['cat']}
    fields = {}
    noun = pick(o['no'])
    cw = colw(k['color'], 'o') if k['color'] else None
    bw = brw(k['brand'], 'o') if k['brand'] else None
    mw = model_variant(k['model']) if k['model'] else None
    # which parts go to fields, which to the body (or both)
    body_c, body_b, body_m = cw, bw, mw
    if o['cat'] == 'cash':
        body_c = None
    if cw and chance(fill):
        fields['color'] = colw(k['color'], 'o')
        if chance(0.35):
            body_c = None
    if bw and chance(fill):
        fields['brand'] = brw(k['brand'], 'o')
        if chance(0.35):
            body_b = None
    if mw and chance(fill):
        fields['model'] = model_variant(k['model'])
        if chance(0.4):
            body_m = None
    body_facts, mark_facts = [], []
    for i, f, forced in k['facts']:
        if f['serial'] and 'serial' not in fields and chance(fill + 0.1):
            fields['serial'] = choose_serial(f, 'o', forced)
            if chance(0.6):
                continue
        if chance(fill * 0.8):
            mark_facts.append(choose_phrase(f, 'o', forced))
            if chance(0.7):
                continue
        body_facts.append(choose_phrase(f, 'o', forced))
    where_body, where_addr, journey = owner_where(o, sc)
    if chance(0.25 + fill * 0.6) and voice != 'hurried':
        fields['address'] = clip(where_addr, 60)
    elif voice == 'hurried' and chance(0.25):
        fields['address'] = clip(where_addr, 60)
    if mark_facts:
        fields['marks'] = clip(pick(['；', '，', '、', '。']).join(mark_facts), 500)
    ll = owner_coords(sc, voice)
    if ll:
        rec['lat'], rec['lon'] = ll
    kind = kind_of(sc['place'])
    act = pick(ACTS_AT.get(sc['place'], ACTS[kind]))
    if '宵夜' in act and 3 <= t.hour < 21:
        act = pick(['吃火锅', '吃九宫格'])
    if '夜景' in act and 6 <= t.hour < 17:
        act = pick(['看江景', '拍照'])
    if '早市' in act and t.hour >= 10:
        act = '买菜'
    when = t_window(a, b, t)
    desc = desc_phrase(noun, body_c, body_b, body_m, 'o', pick(o['cl']))
    fx = '，'.join(body_facts)
    rain = pick(RAIN_O) if chance(0.25) else ''
    if voice == 'hurried':
        bits = [pick(P[sc['place']]['short']) if sc['place'] not in ('taxi', 'train') else pick(['出租车上', '打车的时候', '轻轨上'])]
        dp = desc_phrase(noun, body_c, body_b, None, 'o')
        bits.append(pick(['掉了', '丢了', '落了']) + dp if chance(0.6) else dp + pick(['不见了', '掉了', '丢了']))
        if fx:
            bits.append(fx)
        bits.append(pick(['急', '急！！', '麻烦了', '', '捡到请联系', '谢谢']))
        body = ' '.join(x for x in bits if x)
        if chance(0.7):
            body = typo(body)
    elif voice == 'precise':
        parts = ['遗失物品：%s' % desc_phrase(noun, body_c, body_b, body_m, 'o')]
        if fx:
            parts.append('特征：%s' % fx)
        parts.append('遗失时间：%s' % when)
        parts.append('遗失地点：%s' % (journey + '，' + where_body if journey else where_body))
        if o['cat'] in ('phone', 'wallet', 'id_doc') and chance(0.3):
            parts.append(pick(['已挂失', '银行卡已挂失', '已补办临时身份证', '手机卡已停机']))
        body = pick(['；', '。', '\n']).join(parts) + '。'
        if chance(0.45):
            body = '本人于%s%s时遗失%s%s。' % (when, journey or ('在' + where_body + act), desc, ('，' + fx) if fx else '')
            if o['cat'] in ('phone', 'wallet', 'id_doc') and chance(0.3):
                body += pick(['已挂失。', '手机卡已停机。', '已补办临时身份证。'])
    else:
        if voice == 'tourist':
            opener = pick(['您好，我是从%s来渝岭旅游的，' % person['home'], '你好，我们是%s过来耍的游客，' % person['home'],
                           '您好，外地游客，', '你好！我们一家从%s来玩，' % person['home']])
        elif voice == 'student':
            opener = pick(['本人渝岭大学学生，', '你好，我是岭大的学生，', '同学你好，麻烦登记一下：', ''])
        elif voice == 'proxy':
            opener = pick(['帮%s登记一下：' % person['rel'], '替%s报个失：' % person['rel'], '我是帮%s填的，' % person['rel']])
        else:
            opener = pick(['', '你好，', '麻烦问一哈，', '警官你好，', '遭了，', '各位好，'])
        subj = '我'
        if voice == 'proxy':
            subj = PRON.get(person['rel'], pick(['她', '他']))
            if person['rel'] in ('我外婆', '我爷爷', '我奶奶', '我家老汉儿') and chance(0.4):
                subj = '老人家'
        lose = pick(['弄落了', '搞落了', '落起了', '弄丢了', '搞掉了']) if voice in ('local', 'proxy') else pick(['丢了', '遗失了', '弄丢了'])
        put = pick(['落在', '丢在', '忘在', '搞落在']) if voice in ('local', 'proxy') else pick(['落在', '遗落在', '忘在'])
        doing = journey or ('在%s%s' % (where_body, act))
        st = R.randrange(3)
        if o['cat'] in ('ebike', 'bicycle'):
            body = opener + '%s%s把%s停在%s%s，%s。%s' % (
                subj, when, desc, where_body, pick(['门口', '路边', '旁边', '', '外头']),
                pick(['回来就不见了', '办完事出来车就没了', '第二天去骑就找不到了', '出来一看车没得了']),
                (fx + '。') if fx else '')
        elif st == 0:
            ev = '%s%s%s，%s。' % (subj, when, doing, pick(DISC))
            body = opener + ev + ('丢的是' if chance(0.5) else '') + desc + ('，' + fx if fx else '') + '。'
        elif st == 1:
            ev = '%s%s，把%s%s%s了。' % (when, journey or act, desc, put, where_body)
            body = opener + subj + ev + (fx + '。' if fx else '')
        else:
            body = opener + '%s%s%s。%s%s%s的时候掉的。' % (desc, lose, ('，' + fx) if fx else '', subj if voice == 'proxy' else '',
                                                  when, doing)
        if rain:
            body += rain + '。'
        closing = {'tourist': ['我们后天就要走了，麻烦尽快联系，谢谢！', '如果找到了可以寄到%s吗？' % person['home'],
                               '拜托了，谢谢！', '有消息请联系，万分感谢。'],
                   'student': ['拾到请联系，微信同号，谢谢！', '有同学捡到麻烦交一下，万分感谢', '谢谢！'],
                   'proxy': ['家里人急得很，麻烦帮忙留意一哈。', '麻烦了，谢谢！', '有消息打我电话。'],
                   'local': ['麻烦帮忙留意一哈，谢谢了！', '有捡到的请联系我，必有重谢。', '里面东西对我很重要，拜托了。',
                             '好焦人哦，麻烦了。', '谢谢嘞！', '']}[voice]
        body += pick(closing)
        if chance(0.06):
            body = typo(body)
    body = body.replace('左右左右', '左右').replace('多左右', '多')
    if sc['place'] == 'taxi' and voice != 'hurried' and chance(0.3):
        body += pick(['出租车车牌好像是%s。', '记得车牌是%s。', '车牌号%s（不太确定）。']) % (
            sc['taxi'][:-1] + '几' if chance(0.5) else sc['taxi'])
    rec['body'] = clip(body, 600)
    for fk in ('color', 'brand', 'model', 'serial', 'address', 'marks'):
        if fk in fields and fields[fk]:
            rec[fk] = fields[fk] if fk == 'marks' else clip(fields[fk], 60)
    rec['lost_from_min'] = minutes_before(a)
    rec['lost_to_min'] = minutes_before(b)
    rec['truth'] = None
    return rec, [i for i, _, _ in k['facts']]


FOUND_VOICES = []
F_VOICES = [('officer', 5), ('handover', 3), ('terse', 2), ('words', 1.5)]


def found_record(key, o, fkey, fdt, force_idx=(), cat=None, sc=None, hide_idx=()):
    """A found registration written from what a finder could see."""
    kind = kind_of(fkey)
    voice = wpick(F_VOICES)
    if kind == 'taxi':
        voice = pick(['officer', 'officer', 'words'])
    FOUND_VOICES.append(voice)
    fill = {'officer': 0.7, 'handover': 0.5, 'terse': 0.15, 'words': 0.3}[voice]
    rec = {'key': key, 'category': cat or o['cat']}
    fields = {}
    noun = pick(o['nf'])
    cw = colw(o['color'], 'f') if o['color'] and chance(o['color_vis']) else None
    bw = brw(o['brand'], 'f') if o['brand'] and chance(o['brand_vis']) else None
    mw = model_variant(o['model']) if o['model'] and bw and chance(o['model_vis']) else None
    body_c, body_b, body_m = cw, bw, mw
    if o['cat'] == 'cash':
        body_c = None
    if cw and chance(fill):
        fields['color'] = colw(o['color'], 'f')
        if chance(0.3):
            body_c = None
    if bw and chance(fill):
        fields['brand'] = brw(o['brand'], 'f')
        if chance(0.3):
            body_b = None
    if mw and chance(fill):
        fields['model'] = mw
        if chance(0.4):
            body_m = None
    body_facts, mark_facts = [], []
    verb = {'officer': 0.8, 'handover': 0.65, 'terse': 0.3, 'words': 0.55}[voice]
    fset = set(force_idx)
    for i, f in enumerate(o['facts']):
        forced = i in fset
        if i in hide_idx:
            continue
        if f['fprio'] is not None:
            said = chance(f['fprio'])
        else:
            said = f['fvis'] > 0 and chance(f['fvis']) and chance(verb)
        if not (forced or said):
            continue
        if f['serial'] and 'serial' not in fields and chance(fill + 0.1):
            fields['serial'] = choose_serial(f, 'f', forced)
            if chance(0.6):
                continue
        if chance(fill * 0.8):
            mark_facts.append(choose_phrase(f, 'f', forced))
            if chance(0.7):
                continue
        body_facts.append(choose_phrase(f, 'f', forced))
    if mark_facts:
        fields['marks'] = clip(pick(['；', '，', '、']).join(mark_facts), 500)
    fx = '，'.join(body_facts)
    when = t_found(fdt, voice)
    spot = pick(SPOTS_AT.get(fkey, FSPOTS[kind]))
    pl = P[fkey]
    desc = desc_phrase(noun, body_c, body_b, body_m, 'f', pick(o['cl']))
    if kind == 'taxi':
        tplate = sc['taxi'] if sc and 'taxi' in sc else '岭A·T%s%s' % (pick('ABCDEFGHJK'), digits(3))
        drv = '出租车司机%s师傅（%s）' % (pick(SURNAMES), tplate)
        hand = 'station' if chance(0.6) else pick(['far_qg', 'bus', 'square', 'walk', 'hosp'])
        route = sc['route'] if sc and 'route' in sc else None
        if voice == 'words':
            body = '我是跑出租的（%s），%s在车子%s发现乘客落下的%s%s，送到派出所来了。' % (tplate, when, spot, desc, ('，' + fx) if fx else '')
        else:
            body = '%s，%s送来乘客遗落物品：%s%s。' % (when, drv, desc, ('，' + fx) if fx else '')
        if route and chance(0.6):
            body += '司机称该乘客约%s从%s上车、在%s附近下车。' % (t_owner(fdt, with_date=False), P[route[0]]['short'][0],
                                                  P[route[1]]['short'][0])
        addr = '出租车内（%s）' % tplate
        if chance(0.6):
            rec['lat'], rec['lon'] = coords(hand, 0.1)
        if chance(0.7):
            fields['address'] = addr
    else:
        who = pick(FINDERS_AT.get(fkey, FINDERS[kind]))
        got, got2 = '拾得', '捡到'
        if o['cat'] in ('ebike', 'bicycle'):
            spot = pick(['路边', '非机动车停放区', '人行道上', '绿化带旁', '桥下', '车棚里'])
            who = pick(['巡逻民警', '热心市民', '城管队员', '小区保安', '环卫工人'])
            got, got2 = '发现无人看管的', '看到一辆停了好几天没人管的'
            desc = desc.replace('一个', '一辆').replace('一辆', '')
        if kind == 'train':
            st = pick(LR_LINE)
            if sc and 'route' in sc and chance(0.6):
                st = sc['route'][1]
            pname = '轻轨3号线列车（%s清客时）' % P[st]['short'][0]
            addr = '渝岭轻轨3号线%s' % P[st]['short'][0]
            llkey = st
        else:
            pname = pick(NEUTRAL.get(fkey, pl['o'][:1] + pl['a'][:1]))
            addr = pick(pl['a'])
            llkey = fkey
        rain = pick(RAIN_F) if chance(0.2) else ''
        if voice == 'officer':
            body = '%s，%s在%s%s%s%s%s。%s%s' % (when, who, pname, spot, got, desc, ('，' + fx) if fx else '',
                                              (rain + '。') if rain else '',
                                              pick(['已登记保管，待失主认领。', '现存放于望江派出所。', '请失主携有效证件认领。', '']))
        elif voice == 'handover':
            org = {'cable': '嘉渝索道', 'hotpot': pl['short'][0], 'lr': '轻轨3号线', 'train': '轻轨3号线', 'uni': '岭大保卫处',
                   'view': '景区管理处', 'stairs': '环卫所', 'bus': '龙门坝汽车站', 'market': '黄葛湾市场',
                   'hosp': '市二院保卫科', 'street': '街道办', 'resid': '云梯小区物业', 'station': '接待大厅'}[kind]
            body = '【%s移交】%s%s。%s于%s%s发现。' % (org, desc, ('；' + fx) if fx else '', when, pname, spot)
        elif voice == 'terse':
            body = '%s，%s%s%s' % (desc, pick(pl['short']) if kind != 'train' else '轻轨上', got2[:2] if got2 == '捡到' else '发现',
                                    ('，' + fx) if fx else pick(['', '，无其他特征', '。']))
        else:
            body = '我%s在%s%s%s%s%s，%s。' % (when, pname, spot, got2, desc, ('，' + fx) if fx else '',
                                         '交到派出所了，失主快来领哦' if got2 == '捡到' else '报给派出所了')
        if chance(0.7 if voice != 'terse' else 0.3):
            fields['address'] = clip(addr, 60)
        if chance({'officer': 0.75, 'handover': 0.6, 'terse': 0.35, 'words': 0.4}[voice]):
            rec['lat'], rec['lon'] = coords(llkey, 0.08)
    rec['body'] = clip(body, 600)
    for fk in ('color', 'brand', 'model', 'serial', 'address', 'marks'):
        if fk in fields and fields[fk]:
            rec[fk] = fields[fk] if fk == 'marks' else clip(fields[fk], 60)
    rec['found_at_min'] = minutes_before(fdt)
    return rec


def found_place_for(sc):
    key = sc['place']
    if key == 'taxi':
        return 'taxi'
    if key == 'train':
        return 'train'
    if key == 'cable_car':
        return pick(['cable_n', 'cable_s', 'cable_car'])
    if chance(0.55) or not REL.get(key):
        return key
    return pick(REL[key])


def near_place(key):
    if key in ('taxi', 'train'):
        return key
    if chance(0.5) or not REL.get(key):
        return key
    return pick(REL[key])


def scene_dist(sc, fpl):
    """km between where a report says it was lost and where a found item was found (vehicles: nearest stop)."""
    ends = list(sc['route']) if sc['place'] in ('taxi', 'train') else [sc['place']]
    fends = ['station'] if fpl == 'taxi' else (LR_LINE if fpl == 'train' else [fpl])
    return min(dist_km(a, b) for a in ends for b in fends)


def far_place(key):
    cands = [k for k in sorted(P) if k not in ('taxi', 'train', 'station')
             and min(dist_km(k, r) for r in (key if isinstance(key, list) else [key])) >= 4.0]
    return pick(cands)


# ---------------------------------------------------------------- build

UNIQUE = ['imei', 'idno', 'passport', 'plate', 'frame', 'sn', 'stuno']
IDENTITY = ['imei', 'idno', 'holder', 'stuno', 'passport', 'bank', 'plate', 'frame', 'sn', 'nametag', 'namelabel',
            'uname', 'idin', 'badge', 'docs', 'bookname', 'engrave', 'eengrave']


def near_copy(o):
    """A look-alike: same kind, colour, brand and most visible marks, its own identity."""
    d = dict(o)
    fs = []
    for g in o['facts']:
        if g['kind'] in IDENTITY and g['kind'] in MUT:
            fs.append(mk(g['kind'], MUT[g['kind']](g['val'])))
        elif chance(0.7):
            fs.append(g)
    d['facts'] = fs
    return d


def look_alike(cat, o, want_brand_differs):
    """Same category and colour, mostly the same kind of thing, a different object."""
    gen = GEN[cat]
    best = None
    for n in range(80):
        kw = {}
        if cat in ('phone', 'wallet', 'ebike', 'bicycle', 'bag', 'jewelry', 'electronics', 'other'):
            kw['color'] = o['color']
        if cat in ('wallet', 'bag', 'jewelry', 'electronics', 'other', 'id_doc', 'bicycle') and chance(0.8):
            kw['sub'] = o['sub']
        d = gen(new_person(), **kw)
        if cat in ('id_doc', 'keys', 'cash'):
            d['color'] = o['color']
        ok = d['color'] == o['color'] and (not want_brand_differs or d['brand'] != o['brand'])
        if ok and (d['sub'] == o['sub'] or n > 40):
            return d
        if ok and best is None:
            best = d
    if best is None:
        best = d
        best['color'] = o['color']
        if want_brand_differs and best['brand'] == o['brand']:
            best['brand'] = None
    return best


def unlike(d, o):
    """A decoy that is another object must not carry the target's own marks by chance."""
    theirs = [(g['kind'], repr(g['val'])) for g in o['facts']]
    fs = []
    for g in d['facts']:
        if (g['kind'], repr(g['val'])) in theirs and g['kind'] != 'carkey':
            if g['kind'] in MUT:
                g = mk(g['kind'], MUT[g['kind']](g['val']))
            else:
                continue
        fs.append(g)
    d['facts'] = fs
    if d.get('model') and d['model'] == o.get('model') and d.get('brand') != o.get('brand'):
        d['model'] = None
    return d


def twin_candidates(o):
    out = []
    for i, f in enumerate(o['facts']):
        if f['kind'] in MUT and f['token'] and f['f'] and any(f['token'] in x for x in f['o']) \
                and any(f['token'] in x for x in f['f']):
            out.append(i)
    return out


def build():
    global R
    R = random.Random(SEED)
    del used_names[:]
    del FOUND_VOICES[:]
    n_lost = N_TRUE + N_NEVER
    cat_weights = [('phone', 40), ('other', 35), ('electronics', 30), ('wallet', 25), ('id_doc', 25), ('bag', 25),
                   ('keys', 20), ('jewelry', 12), ('cash', 10), ('ebike', 10), ('bicycle', 8)]
    cats = []
    for c, w in cat_weights:
        cats += [c] * w
    assert len(cats) == n_lost
    R.shuffle(cats)
    cases = []
    for i, cat in enumerate(cats):
        sc = make_scene(cat)
        sc['cat'] = cat
        person = new_person(kind_of(sc['place']) if sc['place'] in P else None)
        o = GEN[cat](person)
        times = loss_times(sc, 'normal')
        cases.append(dict(cat=cat, sc=sc, person=person, obj=o, times=times, truth=None, decoys=[]))
    # which cases are handed in
    idx = list(range(n_lost))
    R.shuffle(idx)
    true_idx = sorted(idx[:N_TRUE])
    never_idx = sorted(idx[N_TRUE:])
    # negatives: plan targets
    neg_jobs = []
    tw_pool = [i for i in true_idx if twin_candidates(cases[i]['obj'])]
    R.shuffle(tw_pool)
    twin_targets = tw_pool[:dict(NEG_PLAN)['twin']]
    used_t = list(twin_targets)
    for i in twin_targets:
        neg_jobs.append(('twin', i))

    def take(pool, n, pred=lambda c: True):
        cand = [i for i in pool if i not in used_t and pred(cases[i])]
        R.shuffle(cand)
        got = cand[:n]
        used_t.extend(got)
        return got

    has_brand = lambda c: c['obj']['brand'] is not None
    plan = dict(NEG_PLAN)
    for kind, n_never, pred in [('same_category_colour', 12, lambda c: c['obj']['color'] is not None),
                                ('found_before_loss', 13, lambda c: True),
                                ('same_brand_elsewhere', 13, has_brand)]:
        n = plan[kind]
        got = take(never_idx, n_never, pred) + take(true_idx, n - n_never, pred)
        for i in got:
            neg_jobs.append((kind, i))
    # cross-category true pairs
    cross = [i for i in true_idx if cases[i]['obj']['alt_cat'] and i not in twin_targets]
    R.shuffle(cross)
    cross = cross[:N_CROSS]

    lost_recs, found_recs, meta = [], [], {'twins': [], 'decoys': [], 'cross': []}
    lkeys = ['%s-L%04d' % (PFX, k + 1) for k in range(n_lost)]
    R.shuffle(lkeys)
    n_found = N_TRUE + sum(n for _, n in NEG_PLAN) + N_UNCLAIMED
    fkeys = ['%s-F%04d' % (PFX, k + 1) for k in range(n_found)]
    R.shuffle(fkeys)
    fk_iter = iter(fkeys)
    twin_fact = {}
    for i in twin_targets:
        cand = twin_candidates(cases[i]['obj'])
        kinds = [cases[i]['obj']['facts'][j]['kind'] for j in cand]
        if 'idno' in kinds and 'holder' in kinds:
            cand = [j for j in cand if cases[i]['obj']['facts'][j]['kind'] != 'holder']
        twin_fact[i] = pick(cand)
    decoy_brand = {i for k, i in neg_jobs if k == 'same_category_colour' and cases[i]['obj']['brand']}
    for i, c in enumerate(cases):
        c['lkey'] = lkeys[i]
        force = [twin_fact[i]] if i in twin_fact else []
        c['lost'], c['said'] = lost_report(c['lkey'], c['obj'], c['person'], c['sc'], c['times'], force_idx=force,
                                           force_brand=i in decoy_brand)
        lost_recs.append(c['lost'])
    for i in true_idx:
        c = cases[i]
        fkey = next(fk_iter)
        fpl = found_place_for(c['sc'])
        cat = c['obj']['alt_cat'] if i in cross else None
        force = [twin_fact[i]] if i in twin_fact else []
        if cat:
            force += [k for k, f in enumerate(c['obj']['facts'])
                      if (cat == 'id_doc' and f['kind'] == 'idin') or
                      (cat == 'electronics' and f['kind'] == 'content' and '电脑' in f['val'][1])]
        rec = found_record(fkey, c['obj'], fpl, c['times'][3], force_idx=force, cat=cat, sc=c['sc'])
        c['lost']['truth'] = fkey
        c['found'] = rec
        c['fplace'] = fpl
        found_recs.append(rec)
        if i in cross:
            meta['cross'].append((c['lkey'], fkey))
    for kind, i in neg_jobs:
        c = cases[i]
        o = c['obj']
        t, a, b, fd = c['times']
        fkey = next(fk_iter)
        if kind == 'twin':
            fi = twin_fact[i]
            f = o['facts'][fi]
            tw = dict(o)
            tw['facts'] = list(o['facts'])
            tw['facts'][fi] = mk(f['kind'], MUT[f['kind']](f['val']))
            # another object: whatever identifies it and the owner did not state is its own; a number
            # that no two objects share (IMEI, ID, plate, frame, SN) is its own too, and its finder
            # does not read it out, so the twin parts from the owner's words in the one fact only
            hide = []
            for j, g in enumerate(o['facts']):
                if j == fi or g['kind'] not in MUT:
                    continue
                if g['kind'] in UNIQUE:
                    tw['facts'][j] = mk(g['kind'], MUT[g['kind']](g['val']))
                    if j in c['said']:
                        hide.append(j)
                elif j not in c['said'] and g['kind'] in IDENTITY:
                    tw['facts'][j] = mk(g['kind'], MUT[g['kind']](g['val']))
            fpl = near_place(c['fplace'])
            fdt = max(a + datetime.timedelta(minutes=5), fd + datetime.timedelta(minutes=R.randint(-600, 1800)))
            fdt = min(fdt, REF - datetime.timedelta(minutes=R.randint(5, 300)))
            if fdt < a:
                fdt = a + (min(REF, b) - a) * R.random()
            rec = found_record(fkey, tw, fpl, fdt, force_idx=[fi], sc=c['sc'], hide_idx=hide)
            meta['twins'].append(dict(lost=c['lkey'], true=c['lost']['truth'], twin=fkey, kind=f['kind'],
                                      token=f['token'], twin_token=tw['facts'][fi]['token']))
        else:
            gen = GEN[c['cat']]
            if kind == 'same_category_colour':
                d = unlike(look_alike(c['cat'], o, o['brand'] is not None), o)
                fpl = near_place(c['sc']['place'] if c['sc']['place'] not in ('taxi', 'train') else
                                 (c['sc']['place']))
                hi = min(REF - datetime.timedelta(minutes=10), b + datetime.timedelta(days=2))
                fdt = a + (hi - a) * R.random()
            elif kind == 'found_before_loss':
                if chance(0.6):
                    d = near_copy(o)
                else:
                    d = unlike(look_alike(c['cat'], o, False), o)
                    if o['brand'] and chance(0.7):
                        d['brand'] = o['brand']
                        if o['model'] and chance(0.5):
                            d['model'] = o['model']
                fpl = near_place(c['sc']['place'])
                fdt = a - datetime.timedelta(minutes=R.randint(30, 4 * 1440))
            else:  # same_brand_elsewhere
                col = o['color'] if chance(0.5) else None
                if c['cat'] in ('other', 'electronics'):
                    d = gen(new_person(), brand=o['brand'], color=col, sub=o['sub'])
                elif c['cat'] in ('keys',):
                    d = gen(new_person())
                    d['facts'] = [f for f in d['facts'] if f['kind'] != 'carkey'] + [mk('carkey', o['brand'])]
                else:
                    d = gen(new_person(), brand=o['brand'], color=col)
                d = unlike(d, o)
                d['brand'] = o['brand']
                d['brand_vis'] = 1.0
                if d['brand'] and d['model'] is None and o['model'] and chance(0.3):
                    d['model'] = o['model']
                fpl = far_place(list(c['sc']['route']) if c['sc']['place'] in ('taxi', 'train') else c['sc']['place'])
                later = b + datetime.timedelta(days=R.randint(4, 25), minutes=R.randint(0, 1440))
                if later < REF - datetime.timedelta(minutes=30):
                    fdt = later
                else:
                    fdt = a - datetime.timedelta(days=R.randint(4, 20), minutes=R.randint(0, 1440))
            if fpl in ('taxi', 'train'):
                rec = found_record(fkey, d, fpl, fdt, sc=None)
            else:
                rec = found_record(fkey, d, fpl, fdt)
            meta['decoys'].append(dict(lost=c['lkey'], found=fkey, kind=kind, truth=c['lost']['truth'], place=fpl,
                                       lost_color=o['color'], found_color=d['color'], lost_brand=o['brand'],
                                       found_brand=d['brand'], lost_sub=o['sub'], found_sub=d['sub'],
                                       dist_km=round(scene_dist(c['sc'], fpl), 2)))
        rec['negative'] = kind
        found_recs.append(rec)
    for _ in range(N_UNCLAIMED):
        cat = wpick([('other', 8), ('electronics', 4), ('phone', 3), ('wallet', 3), ('id_doc', 3), ('bag', 3),
                     ('keys', 3), ('jewelry', 1), ('ebike', 1), ('bicycle', 1)])
        sc = make_scene(cat)
        sc['cat'] = cat
        person = new_person(kind_of(sc['place']))
        d = GEN[cat](person)
        t, a, b, fd = loss_times(sc, 'normal')
        fpl = found_place_for(sc)
        fkey = next(fk_iter)
        rec = found_record(fkey, d, fpl, fd, sc=sc)
        rec['negative'] = 'unclaimed'
        found_recs.append(rec)
        meta['decoys'].append(dict(lost=None, found=fkey, kind='unclaimed', truth=None, place=fpl))
    lost_recs.sort(key=lambda r: r['key'])
    found_recs.sort(key=lambda r: r['key'])
    doc = {'seed': SEED, 'made_by': MADE_BY, 'parts': {NAME: {'found': found_recs, 'lost': lost_recs}}}
    meta['place_of'] = {c['lkey']: c['sc']['place'] for c in cases}
    meta['lost_voices'] = sorted((v, sum(1 for c in cases if c['person']['voice'] == v))
                                 for v in sorted(set(c['person']['voice'] for c in cases)))
    meta['found_voices'] = sorted((v, FOUND_VOICES.count(v)) for v in sorted(set(FOUND_VOICES)))
    meta['tourists'] = sum(1 for c in cases if c['person']['tourist'])
    meta['fplace_of'] = {c['found']['key']: c['fplace'] for c in cases if 'found' in c}
    return doc, meta


def dumps(doc):
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False) + '\n'


def main():
    doc, _ = build()
    text = dumps(doc)
    if '--stdout' in sys.argv:
        sys.stdout.write(text)
        return
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME + '.json')
    with open(out, 'w', encoding='utf-8') as fh:
        fh.write(text)
    part = doc['parts'][NAME]
    print('wrote %s: %d lost, %d found' % (out, len(part['lost']), len(part['found'])))


if __name__ == '__main__':
    main()
