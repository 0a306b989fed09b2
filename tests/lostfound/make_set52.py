#!/usr/bin/env python3
"""Write tests/lostfound/set52.json, a blind labelled lost-and-found set.

Set 52 was written from the issue's own words only (BRIEF-issue-worded.md); nothing of the
matcher, the other sets or their tools was read. The world is the invented county seat 桑干县 in
deep winter, from early December to the twelfth day of the first lunar month: the railway
station and the bus terminal in the Spring Festival rush, the county hospital, the 东关 wholesale
market, the 龙王庙 temple fair, the No. 2 middle school and the township clinics and markets.

Every object is first drawn as a hidden truth record (its facts, where and when it was lost,
who found it). The lost report (失物登记) and the found registration (拾遗物登记) are then written
from that record separately, each knowing only what its writer would know. Which facts each
registration states is remembered, and the script makes sure that every found item that is not
a report's truth can be told apart from that report by something written down (a stated fact
that differs, a find before the loss began, or a place far away), so the labels are honest.

Python 3 standard library only; one random.Random(SEED); output identical on every run and
under any PYTHONHASHSEED.  Usage: python3 make_set52.py [--out PATH]
"""
import copy
import json
import math
import os
import random
import sys

SEED = 52052
PFX = 'S52'
SET = 'set52'
HERE = os.path.dirname(os.path.abspath(__file__))
N_PAIR, N_LOSTONLY, N_UNCLAIMED = 150, 90, 30
# (negative kind, how many, how many of them are aimed at reports whose item never turns up)
NEG_PLAN = [('twin_one_fact', 22, 0), ('same_category_colour', 24, 12),
            ('found_before_loss', 22, 14), ('same_brand_elsewhere', 22, 12)]

R = random.Random(SEED)


def ch(seq):
    seq = list(seq)
    return seq[R.randrange(len(seq))]


def wch(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def p(x):
    return R.random() < x


# ----------------------------------------------------------------------------- time
# Minute 0 is 1 December 00:00. The moment of registration (NOW) is 12 February 16:00, which in
# this invented year is 正月十二; 正月初一 fell on 1 February.
NOW = 73 * 1440 + 16 * 60
DAY_NOW = 73


def day_of(t):
    return t // 1440


def greg(D):
    if D >= 62:
        return 2, D - 61
    if D >= 31:
        return 1, D - 30
    if D >= 0:
        return 12, D + 1
    return 11, D + 31


LDAY = ['初一', '初二', '初三', '初四', '初五', '初六', '初七', '初八', '初九', '初十',
        '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十',
        '二十一', '二十二', '二十三', '二十四', '二十五', '二十六', '二十七', '二十八', '二十九', '三十']
LMONTH = [(62, '正月'), (32, '腊月'), (2, '冬月'), (-28, '十月'), (-57, '九月')]


def lunar(D):
    for st, nm in LMONTH:
        if D >= st:
            return nm + LDAY[D - st]
    return '九月初一'


def zh_int(n):
    d = '零一二三四五六七八九'
    if n < 10:
        return d[n]
    if n < 20:
        return '十' + (d[n % 10] if n % 10 else '')
    if n < 100:
        return d[n // 10] + '十' + (d[n % 10] if n % 10 else '')
    return str(n)


def zh_money(v):
    d = '零一两三四五六七八九'
    if v >= 10000 and v % 1000 == 0:
        w, r = divmod(v, 10000)
        k = r // 1000
        return ('两' if w == 2 else zh_int(w)) + '万' + ('零一二三四五六七八九'[k] if k else '')
    if 100 <= v < 10000 and v % 100 == 0:
        q, r = divmod(v, 1000)
        h = r // 100
        if q and h:
            return d[q] + '千' + '零一二三四五六七八九'[h]
        if q:
            return d[q] + '千'
        return d[h] + '百'
    return str(v)


def money_ph(v):
    opts = [f'{v}元', f'{v}块', f'{v}块钱']
    z = zh_money(v)
    if z != str(v):
        opts += [z + '块', z + '块钱']
    return ch(opts)


def date_ph(D, style):
    if style == 'rel':
        if D == DAY_NOW:
            return '今天'
        if D == DAY_NOW - 1:
            return '昨天'
        if D == DAY_NOW - 2:
            return '前天'
        style = ch(['greg', 'lunar'])
    if style == 'lunar':
        s = lunar(D)
        if s == '腊月三十':
            return ch(['大年三十', '除夕', '腊月三十'])
        if s == '正月初一':
            return ch(['大年初一', '正月初一'])
        if s == '腊月二十三':
            return ch(['小年那天', '腊月二十三'])
        return s
    M, d = greg(D)
    if style == 'both':
        return f'{M}月{d}日（{lunar(D)}）'
    return ch([f'{M}月{d}日', f'{M}月{d}号'])


def period(h):
    if h < 5:
        return '凌晨'
    if h < 8:
        return '早上'
    if h < 11:
        return '上午'
    if h < 13:
        return '中午'
    if h < 17:
        return '下午'
    if h < 19:
        return '傍晚'
    return '晚上'


def clock_ph(t, hanzi=False, with_period=True):
    h, m = (t % 1440) // 60, t % 60
    h12 = h if h <= 12 else h - 12
    hs = ('两' if h12 == 2 else zh_int(h12)) if hanzi else str(h12)
    if m == 0:
        s = hs + '点'
    elif m == 30:
        s = hs + '点半'
    else:
        s = hs + '点' + (zh_int(m) if hanzi else str(m)) + '分'
    return (period(h) + s) if with_period else s


def window_ph(w, style):
    st, en = w['st'], w['en']
    Ds, De = day_of(st), day_of(en - 1)
    hz = style == 'lunar'
    if w['kind'] == 'period':
        return date_ph(Ds, style) + w['name']
    if w['kind'] == 'hours':
        if en == NOW:
            return f'{date_ph(Ds, style)}{clock_ph(st, hz)}到现在'
        if Ds == De:
            return ch([f'{date_ph(Ds, style)}{clock_ph(st, hz)}到{clock_ph(en, hz)}之间',
                       f'{date_ph(Ds, style)}{clock_ph(st, hz)}到{clock_ph(en, hz, False)}这段时间'])
        return f'{date_ph(Ds, style)}{clock_ph(st, hz)}到{date_ph(De, style)}{clock_ph(en, hz)}之间'
    if Ds == De:
        return date_ph(Ds, style) + '那天'
    return ch([f'{date_ph(Ds, style)}到{date_ph(De, style)}之间', f'{date_ph(Ds, style)}到{date_ph(De, style)}这几天'])


def found_time_ph(t, style):
    D = day_of(t)
    h, m = (t % 1440) // 60, t % 60
    if style == 'formal':
        M, d = greg(D)
        return ch([f'{M}月{d}日{h}时{m:02d}分', f'{M}月{d}日{h}:{m:02d}', f'{M}月{d}日{h}时{m:02d}分许'])
    h12 = h if h <= 12 else h - 12
    hs = ('两' if h12 == 2 else zh_int(h12)) if style == 'lunar' else str(h12)
    tail = '点多' if m >= 10 else '点'
    return date_ph(D, style) + period(h) + hs + tail + ch(['', '的时候'] + ([] if tail == '点多' else ['左右']))


# ----------------------------------------------------------------------------- numbers
IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
USED = {}


def fresh(space, gen):
    used = USED.setdefault(space, set())
    for _ in range(1000):
        v = gen()
        if v not in used:
            used.add(v)
            return v
    raise RuntimeError('no fresh value in ' + space)


def id_check(s17):
    return '10X98765432'[sum(int(c) * w for c, w in zip(s17, IDW)) % 11]


def make_idno(birth, sex):
    y, m, d = birth
    region = ch(['139952', '139952', '139952', '139951'])

    def gen():
        seq = R.randint(0, 498) * 2 + (1 if sex == 'm' else 2)
        s17 = f'{region}{y:04d}{m:02d}{d:02d}{seq:03d}'
        return s17 + id_check(s17)
    while True:
        v = gen()
        if v[-4:] not in USED.setdefault('id4', set()):
            USED['id4'].add(v[-4:])
            return v


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


def make_imei():
    while True:
        body = '86' + ''.join(str(R.randint(0, 9)) for _ in range(12))
        v = body + luhn_digit(body)
        if v[-6:] not in USED.setdefault('imei6', set()):
            USED['imei6'].add(v[-6:])
            return v


def digits(n):
    return ''.join(str(R.randint(0, 9)) for _ in range(n))


# ----------------------------------------------------------------------------- people
SURN = list('王李张刘陈杨赵黄周吴徐孙马胡朱郭何高林郑梁谢宋韩冯曹彭田董袁蒋于杜程魏苏吕丁任姚崔陆范石贾夏付方白孟秦侯尹薛闫段雷史陶贺毛郝武乔温樊岳常牛康')
GIVEN = {
    ('old', 'f'): ['秀英', '桂兰', '玉兰', '凤英', '淑珍', '桂芝', '秀兰', '翠花', '金凤', '玉芬', '素琴', '招娣', '桂英', '凤兰', '玉珍', '改莲', '银花', '巧云', '月娥', '兰英'],
    ('old', 'm'): ['德福', '根生', '建国', '福林', '保田', '满仓', '振华', '玉明', '长有', '守义', '铁柱', '有才', '来福', '二虎', '存良', '国庆', '增寿', '全胜', '万祥', '拴柱'],
    ('mid', 'f'): ['红梅', '丽娜', '晓燕', '彩霞', '海燕', '春燕', '秀梅', '丽萍', '翠萍', '美玲', '慧敏', '艳红', '雪梅', '俊霞', '小红', '玉梅', '爱萍', '晓红', '静', '娟'],
    ('mid', 'm'): ['志强', '海军', '建军', '春生', '永刚', '俊峰', '卫东', '立新', '国栋', '晓军', '文斌', '建平', '海龙', '志勇', '利军', '宏伟', '军', '刚', '斌', '鹏'],
    ('youth', 'f'): ['佳怡', '思雨', '雅琪', '欣然', '梦瑶', '婷婷', '晓雪', '雨欣', '鑫', '丹丹'],
    ('youth', 'm'): ['浩宇', '俊杰', '博文', '鹏飞', '子豪', '宇航', '志鹏', '家豪', '帅', '磊'],
    ('young', 'f'): ['子涵', '雨桐', '欣怡', '一诺', '梓萱', '诗涵', '若曦', '可馨'],
    ('young', 'm'): ['浩然', '梓轩', '宇轩', '子墨', '俊熙', '皓轩', '一鸣', '天佑'],
}
TOWNSHIPS = ['南堡乡', '西河营镇', '大王庄乡', '石门镇', '城关镇']
VILLAGES = ['后营村', '前所村', '三道沟村', '杏树洼村', '马家堡村', '上庄村', '碾子沟村', '柳树屯', '李家窑村',
            '红土坡村', '小营盘村', '东关村', '西滩村', '王家湾村', '羊圈沟村']
BIRTHY = {'old': (1938, 1958), 'mid': (1962, 1990), 'youth': (1991, 2005), 'young': (2008, 2012)}
AGE_NOW = 2025   # the invented year of this winter, only used to turn birth years into ages


def make_name(sex, age):
    return fresh('name', lambda: ch(SURN) + ch(GIVEN[(age, sex)]))


def make_birth(age):
    lo, hi = BIRTHY[age]
    return (R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28))


def make_person(age, sex):
    b = make_birth(age)
    return dict(name=make_name(sex, age), sex=sex, age=age, birth=b, years=AGE_NOW - b[0],
                village=ch(TOWNSHIPS) + ch(VILLAGES))


# ----------------------------------------------------------------------------- places
PL = {}


def place(pid, g, lat, lon, names, org, spots, dest=None):
    PL[pid] = dict(g=g, lat=lat, lon=lon, n=names, org=org, spots=spots, dest=dest)


place('rail_wait', 'rail', 39.9214, 113.9519, ['桑干火车站候车室', '火车站候车大厅', '桑干站候车厅', '火车站侯车室'], '桑干站', ['候车椅底下', '3号检票口旁边的座位上', '候车室充电桩旁边', '第二排椅子缝里', '垃圾桶边上'])
place('rail_ticket', 'rail', 39.9209, 113.9530, ['火车站售票厅', '桑干站售票大厅', '火车站买票大厅'], '桑干站', ['售票窗口台面上', '自助取票机上', '售票厅门口地上'])
place('rail_gate', 'rail', 39.9216, 113.9526, ['火车站进站口', '桑干站进站安检口', '火车站安检口'], '桑干站', ['安检机出口', '安检筐里', '进站口栏杆边'])
place('rail_exit', 'rail', 39.9203, 113.9512, ['火车站出站口', '桑干站出站通道', '出站口'], '桑干站', ['出站通道地上', '出站口闸机旁', '出站楼梯上'])
place('rail_square', 'rail', 39.9225, 113.9524, ['火车站站前广场', '站前广场', '火车站门口广场'], '桑干站', ['广场花坛边', '广场长椅上', '广场公交站牌下'])
place('rail_platform', 'rail', 39.9200, 113.9505, ['桑干站1站台', '火车站站台', '桑干站二站台'], '桑干站', ['站台长椅上', '站台立柱边', '站台地上'])
place('bus_hall', 'bus', 39.9268, 113.9604, ['桑干县汽车站候车厅', '汽车客运站候车大厅', '县客运站', '长途汽车站'], '县汽车站', ['候车椅上', '候车厅暖气片旁边', '小卖部门口'])
place('bus_ticket', 'bus', 39.9266, 113.9610, ['汽车站售票窗口', '客运站售票厅', '汽车站买票的地方'], '县汽车站', ['售票窗口台子上', '排队的栏杆边'])
place('bus_depart', 'bus', 39.9272, 113.9598, ['汽车站发车区', '客运站发车口', '汽车站停车场'], '县汽车站', ['发车区站台上', '班车座位底下', '班车行李架上', '车底行李舱里'])
place('bus_gate', 'bus', 39.9262, 113.9613, ['汽车站门口', '客运站大门口', '汽车站门口三轮车停的地方'], '县汽车站', ['大门口台阶上', '门口路边'])
place('bus_line_nb', 'busline', 39.8740, 113.9450, ['县城到南堡的城乡公交', '去南堡的班车', '县城—南堡的公交车'], '城乡公交', ['车上座位底下', '最后一排座位上'], dest='nb_market')
place('bus_line_xh', 'busline', 39.9225, 113.8480, ['去西河营的班车', '县城到西河营的大巴', '西河营班车'], '城乡公交', ['车上座位底下', '行李架上'], dest='xh_market')
place('taxi', 'taxi', 39.9330, 113.9600, ['出租车', '三轮车', '拉客的电三轮'], '出租车', ['后座上', '座位缝里', '后座底下'])
place('hosp_hall', 'hosp', 39.9391, 113.9702, ['县医院门诊大厅', '县人民医院门诊楼大厅', '县医院门珍大厅'], '县医院', ['门诊大厅候诊椅上', '导医台旁边', '自助挂号机上'])
place('hosp_reg', 'hosp', 39.9392, 113.9705, ['县医院挂号处', '县人民医院挂号收费窗口', '县医院收费处'], '县医院', ['挂号窗口台面上', '排队的地上'])
place('hosp_pharm', 'hosp', 39.9389, 113.9699, ['县医院取药窗口', '县医院西药房', '县医院药房'], '县医院', ['取药窗口台子上', '药房门口椅子上'])
place('hosp_inpat', 'hosp', 39.9399, 113.9712, ['县医院住院部', '县人民医院住院楼', '县医院住院部三楼'], '县医院', ['住院部电梯里', '走廊陪护椅上', '开水房里'])
place('hosp_ct', 'hosp', 39.9395, 113.9695, ['县医院CT室门口', '县医院放射科', '县医院影像科'], '县医院', ['CT室门口椅子上', '更衣柜里'])
place('hosp_gate', 'hosp', 39.9385, 113.9700, ['县医院大门口', '县医院门口车棚', '县人民医院门口'], '县医院', ['车棚里', '大门口路边'])
place('mkt_main', 'mkt', 39.9365, 113.9851, ['东关批发市场', '东关市场', '批发市场'], '东关批发市场', ['过道上', '摊位前地上'])
place('mkt_dry', 'mkt', 39.9368, 113.9858, ['批发市场干货区', '东关市场干果调料区'], '东关批发市场', ['干货摊前面', '秤旁边'])
place('mkt_couplet', 'mkt', 39.9362, 113.9845, ['批发市场卖对联那排', '东关市场对联福字摊'], '东关批发市场', ['对联摊子底下', '灯笼摊旁边'])
place('mkt_gate', 'mkt', 39.9360, 113.9840, ['东关批发市场南门', '批发市场门口', '东关市场大门口'], '东关批发市场', ['门口停车的地方', '大门口路边'])
place('mkt_meat', 'mkt', 39.9370, 113.9862, ['东关市场冻货区', '批发市场肉摊那片'], '东关批发市场', ['冻货摊前', '肉摊案板边'])
place('fair_main', 'fair', 39.9452, 113.9598, ['龙王庙庙会', '庙会上', '龙王庙会'], '庙会', ['人堆里地上', '套圈摊旁边'])
place('fair_food', 'fair', 39.9455, 113.9605, ['庙会小吃街', '庙会卖小吃那片'], '庙会', ['小吃摊桌子上', '凳子底下'])
place('fair_stage', 'fair', 39.9449, 113.9591, ['庙会戏台底下', '龙王庙戏台前头', '庙会唱戏的台子那儿'], '庙会', ['戏台前头的板凳上', '台下地上'])
place('fair_temple', 'fair', 39.9458, 113.9596, ['龙王庙大殿门口', '龙王庙上香的地方'], '庙会', ['香炉旁边', '功德箱旁边'])
place('sch_gate', 'school', 39.9478, 113.9733, ['县二中门口', '第二中学大门口', '二中校门口'], '县二中', ['门卫室门口', '校门口路边'])
place('sch_yard', 'school', 39.9482, 113.9738, ['二中操场', '县二中操场'], '县二中', ['操场看台上', '篮球架底下'])
place('sch_shed', 'school', 39.9476, 113.9740, ['二中车棚', '县二中自行车棚'], '县二中', ['车棚里', '车棚边上'])
place('sch_bldg', 'school', 39.9484, 113.9729, ['二中教学楼', '县二中教学楼', '二中初二年级教室'], '县二中', ['教室抽屉里', '楼道窗台上', '厕所洗手池边'])
place('st_super', 'town', 39.9340, 113.9655, ['惠民超市', '县城惠民超市', '惠民超市收银台'], '惠民超市', ['收银台上', '存包柜里', '购物车里'])
place('st_walk', 'town', 39.9355, 113.9640, ['鼓楼步行街', '鼓楼那条街', '步行街'], '步行街', ['路边长椅上', '商铺门口'])
place('st_sq', 'town', 39.9360, 113.9628, ['鼓楼广场', '县城广场'], '鼓楼广场', ['广场长椅上', '健身器材旁边'])
place('st_bank', 'town', 39.9330, 113.9680, ['县农商银行营业厅', '农商行门口ATM', '农商银行'], '农商银行', ['ATM机上', '填单台上', '营业厅椅子上'])
place('st_gov', 'town', 39.9420, 113.9560, ['县政务服务中心', '政务大厅', '县政务中心'], '政务服务中心', ['办事窗口台面上', '复印机旁边'])
place('st_gold', 'town', 39.9348, 113.9662, ['步行街瑞福祥金店门口', '步行街金店那块儿'], '步行街', ['店门口台阶下', '路边'])
place('st_bath', 'town', 39.9318, 113.9620, ['兴旺澡堂', '县城兴旺澡堂子', '澡堂'], '兴旺澡堂', ['更衣柜里', '休息大厅床铺上'])
place('nb_clinic', 'nb', 39.8210, 113.9300, ['南堡乡卫生院', '南堡卫生院'], '南堡乡卫生院', ['候诊椅上', '取药窗口'])
place('nb_market', 'nb', 39.8230, 113.9335, ['南堡集上', '南堡乡大集', '南堡集'], '南堡集', ['菜摊前', '路边'])
place('xh_clinic', 'xh', 39.9180, 113.7350, ['西河营镇卫生院', '西河营卫生院'], '西河营镇卫生院', ['候诊椅上', '院子里'])
place('xh_market', 'xh', 39.9195, 113.7380, ['西河营大集', '西河营镇集上'], '西河营大集', ['集上菜摊前', '路边'])
place('dw_clinic', 'dw', 40.0650, 114.1320, ['大王庄乡卫生院', '大王庄卫生院'], '大王庄乡卫生院', ['候诊椅上', '输液室'])
place('sm_clinic', 'sm', 39.7600, 114.1800, ['石门镇卫生院', '石门卫生院'], '石门镇卫生院', ['候诊椅上', '院子里'])
place('sm_market', 'sm', 39.7620, 114.1830, ['石门镇集上', '石门大集'], '石门大集', ['集上', '路边'])
place('ext_alley', 'ext', 39.9300, 113.9500, ['城西巷子里', '西关一条小巷', '西关小区后巷'], '', ['巷子里', '墙根底下'])
place('ext_bridge', 'ext', 39.9250, 113.9800, ['桑干河大桥底下', '河堤边', '桑干河河堤上'], '', ['桥洞底下', '河堤边上'])
place('ext_village', 'ext', 39.9500, 114.0100, ['城东东关村村口', '东关村', '城东村口'], '', ['村口大槐树底下', '小卖部门口'])
place('ext_scrap', 'ext', 39.9280, 113.9720, ['南环路废品站门口', '废品收购站'], '', ['门口', '院墙外'])

FAR = ['nb', 'xh', 'dw', 'sm']
GROUP_PLACES = {}
for _pid in PL:
    GROUP_PLACES.setdefault(PL[_pid]['g'], []).append(_pid)
FAR_PLACES = [q for q in PL if PL[q]['g'] in FAR]
EBIKE_PARK = ['hosp_gate', 'mkt_gate', 'st_super', 'fair_main', 'sch_shed', 'bus_gate', 'nb_market', 'xh_market', 'st_walk', 'rail_square', 'st_bath']
BIKE_PARK = ['sch_shed', 'sch_shed', 'st_super', 'mkt_gate', 'hosp_gate', 'st_walk', 'rail_square']
TOWN_SUB = {'jewelry': ['st_gold', 'st_gold', 'st_bath', 'st_walk', 'st_super'],
            'cash': ['st_bank', 'st_bank', 'st_super', 'st_walk', 'st_sq'],
            'id_doc': ['st_gov', 'st_bank', 'st_super', 'st_walk', 'st_bath'],
            '_': ['st_super', 'st_walk', 'st_sq', 'st_bank', 'st_bath']}


def dist_km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (PL[a]['lat'], PL[a]['lon'], PL[b]['lat'], PL[b]['lon']))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


DAYW = {
    'rail': [(0, 39, 1), (40, 61, 4), (62, 65, 1), (66, 73, 3)],
    'hosp': [(0, 61, 2), (62, 64, 0.3), (65, 73, 2)],
    'mkt': [(0, 39, 1), (40, 61, 3), (62, 65, 0.2), (66, 73, 1)],
    'fair': [(62, 73, 1)],
    'school': [(0, 39, 1)],
    'town': [(0, 39, 1), (40, 61, 2), (62, 73, 1.5)],
    'far': [(0, 61, 1), (62, 64, 0.3), (65, 73, 1)],
}
HOURS = {'rail': (6, 21), 'bus': (6, 18), 'busline': (6, 18), 'taxi': (7, 21), 'hosp': (7, 17), 'mkt': (7, 17),
         'fair': (9, 17), 'school': (7, 18), 'town': (8, 20), 'far': (7, 17)}


def gkey(g):
    return 'far' if g in FAR else g


def pick_day(g):
    segs = DAYW.get({'bus': 'rail', 'busline': 'rail', 'taxi': 'rail'}.get(g, gkey(g)), DAYW['town'])
    seg = wch([(s, s[2] * (s[1] - s[0] + 1)) for s in segs])
    return R.randint(seg[0], seg[1])


def pick_loss_time(pid):
    g = PL[pid]['g']
    D = pick_day(g)
    lo, hi = HOURS.get(gkey(g), (8, 18))
    if D == DAY_NOW:
        hi = min(hi, 13)
    return D * 1440 + R.randint(lo, hi) * 60 + R.randint(0, 59)


# ----------------------------------------------------------------------------- vocab
COLOR = {
    '黑': (['黑色', '黑', '黑色的', '哑光黑', '纯黑'], ['黑色', '黑', '深色', '哑光黑']),
    '白': (['白色', '白', '白的', '米白'], ['白色', '白', '乳白色']),
    '红': (['红色', '大红', '红的', '大红色'], ['红色', '红', '大红色', '暗红色']),
    '金': (['金色', '土豪金', '香槟金'], ['金色', '金黄色', '香槟色']),
    '银': (['银色', '银白', '银灰色'], ['银色', '银白色']),
    '蓝': (['蓝色', '深蓝', '蓝的', '宝蓝'], ['蓝色', '深蓝色', '藏蓝']),
    '灰': (['灰色', '深灰', '灰的'], ['灰色', '深灰色', '浅灰色']),
    '绿': (['绿色', '军绿', '墨绿'], ['绿色', '军绿色', '墨绿色']),
    '棕': (['棕色', '咖啡色', '褐色'], ['棕色', '咖啡色', '驼色']),
    '粉': (['粉色', '粉红', '粉的'], ['粉色', '粉红色']),
    '紫': (['紫色', '紫的', '深紫'], ['紫色', '深紫色']),
    '红白蓝': (['红白蓝的', '红白蓝条的', '三色条纹的'], ['红白蓝条纹', '红蓝白相间']),
}
BR = {
    '华为': ['华为', 'HUAWEI', '华伟', 'huawei'], '苹果': ['苹果', 'iPhone', 'Apple', '平果', '爱疯'],
    '小米': ['小米', 'Xiaomi', 'MI', '小咪'], 'OPPO': ['OPPO', 'oppo', '欧珀'], 'vivo': ['vivo', 'VIVO', '维沃'],
    '荣耀': ['荣耀', 'HONOR', 'honor', '荣跃'], '福寿星': ['福寿星', 'FUSHOUXING', '福寿心', 'fushouxing'],
    '康乐宝': ['康乐宝', 'KANGLEBAO', '康乐保'], '老来伴': ['老来伴', 'LAOLAIBAN', '老来半'],
    '驼峰': ['驼峰', 'TUOFENG', '驼锋'], '雁北': ['雁北', 'YANBEI', '燕北'], '金狐': ['金狐', 'JINHU', '金胡'],
    '北驰': ['北驰', 'BEICHI', '北池', 'beichi'], '雪骏': ['雪骏', 'XUEJUN', '雪俊'], '金鹿达': ['金鹿达', 'JINLUDA', '金路达'],
    '欣悦': ['欣悦', 'XINYUE', '新悦'], '飞羚': ['飞羚', 'FEILING', '飞铃'], '永驰': ['永驰', 'YONGCHI', '永池'],
    '途乐': ['途乐', 'TULE', '途勒'], '北纬': ['北纬', 'BEIWEI', '北伟'], '瑞福祥': ['瑞福祥', 'RUIFUXIANG', '瑞福翔'],
    '金满堂': ['金满堂', 'JINMANTANG', '金满棠'], '老银坊': ['老银坊', 'LAOYINFANG', '老银房'],
    '金曲宝': ['金曲宝', 'JINQUBAO', '金曲堡'], '小星童': ['小星童', 'XIAOXINGTONG', '小星彤'], '康护': ['康护', 'KANGHU', '康互'],
    '聆音': ['聆音', 'LINGYIN', '玲音'], '暖冬': ['暖冬', 'NUANDONG', '暖东'], '冰川': ['冰川', 'BINGCHUAN', '冰穿'],
    '桑干春': ['桑干春', 'SANGGANCHUN'],
}
BR_F = {k: [x for x in v if x not in ('华伟', '平果', '爱疯', '小咪', '荣跃', '福寿心', '康乐保', '老来半', '驼锋', '燕北', '金胡',
                                      '北池', '雪俊', '金路达', '新悦', '飞铃', '永池', '途勒', '北伟', '瑞福翔', '金满棠', '老银房',
                                      '金曲堡', '小星彤', '康互', '玲音', '暖东', '冰穿', 'fushouxing', 'beichi')] for k, v in BR.items()}
MODELS = {
    ('smart', '华为'): {'K52 Pro': ['K52 Pro', 'k52pro', 'K52普柔'], 'Nova Q8': ['Nova Q8', 'nova q8', '诺瓦Q8'], '畅行20': ['畅行20', '畅行 20', '畅形20']},
    ('smart', '苹果'): {'iPhone 52': ['iPhone 52', '苹果52', 'iphone52'], 'iPhone 52 Plus': ['iPhone 52 Plus', '52plus', '52 普拉斯'], 'iPhone SE9': ['iPhone SE9', 'se9', 'SE 9']},
    ('smart', '小米'): {'红杉K7': ['红杉K7', '红衫K7', 'Hongshan K7'], 'MI 52': ['MI 52', '小米52', 'mi52']},
    ('smart', 'OPPO'): {'Reno Q5': ['Reno Q5', 'reno q5', '雷诺Q5'], 'A58x': ['A58x', 'a58x', 'A58X']},
    ('smart', 'vivo'): {'Y52s': ['Y52s', 'y52s', 'Y52S'], 'X-Lite 9': ['X-Lite 9', 'xlite9', 'X Lite9']},
    ('smart', '荣耀'): {'畅玩52': ['畅玩52', '畅玩 52', '畅完52'], 'X52青春版': ['X52青春版', 'x52青春', 'X52 青春']},
    ('elder', '福寿星'): {'F520': ['F520', 'f520', 'F-520'], 'F8': ['F8', 'f8']},
    ('elder', '康乐宝'): {'K8大字版': ['K8大字版', 'K8', 'k8大字']},
    ('elder', '老来伴'): {'L9': ['L9', 'l9', 'L-9'], 'L6': ['L6', 'l6']},
    ('kidwatch', '小星童'): {'Z6': ['Z6', 'z6', 'Z6儿童版'], 'Q3': ['Q3', 'q3']},
    ('ebike', '北驰'): {'骏风E5': ['骏风E5', 'E5', '骏风e5'], 'B3': ['B3', 'b3']},
    ('ebike', '雪骏'): {'Q7长跑王': ['Q7长跑王', 'Q7', 'q7长跑'], 'X1': ['X1', 'x1']},
    ('ebike', '金鹿达'): {'小霸王3': ['小霸王3', '小霸王三代']},
    ('ebike', '欣悦'): {'悦途S': ['悦途S', '悦途s']},
    ('opera', '金曲宝'): {'JQ-88': ['JQ-88', 'jq88', '88型'], 'JQ-66': ['JQ-66', '66型']},
    ('powerbank', '小米'): {'PB20K': ['PB20K', 'pb20k'], 'PB10K': ['PB10K', 'pb10k']},
    ('earbuds', '华为'): {'FreeLink 3': ['FreeLink 3', 'freelink3']},
    ('tablet', '华为'): {'平板Q10': ['平板Q10', 'Q10']}, ('tablet', '苹果'): {'iPad 52': ['iPad 52', 'ipad52', '爱派52']},
    ('bp', '康护'): {'KH-60': ['KH-60', 'kh60']}, ('hearing', '聆音'): {'LY-2': ['LY-2', 'ly2']},
}


def model_key(kind, brand):
    return ('ebike', brand) if kind in ('e2', 'e3', 'moto') else (kind, brand)


# (quantity word, owner nouns, finder nouns)
NOUN = {
    'idcard': ('一张', ['身份证', '二代身份证', '身份证'], ['居民身份证', '身份证']),
    'senior': ('一本', ['老年证', '老年优待证', '老人证'], ['老年人优待证', '老年证']),
    'medcard': ('一张', ['医保卡', '社保卡', '医保卡（社保卡）'], ['社会保障卡', '社保卡']),
    'student': ('一本', ['学生证'], ['学生证']),
    'driver': ('一本', ['驾驶证', '驾照'], ['机动车驾驶证', '驾驶证']),
    'bankcard': ('一张', ['银行卡'], ['银行卡']),
    'cardset': ('一套', ['身份证和医保卡', '证件（身份证、医保卡）'], ['证件（身份证、社保卡）', '身份证及社保卡']),
    'smart': ('一部', ['手机', '智能手机'], ['手机', '智能手机']),
    'elder': ('一部', ['老人机', '老年机', '按键手机'], ['老年手机', '老人机', '直板按键手机']),
    'kidwatch': ('一块', ['电话手表', '儿童手表'], ['儿童电话手表', '儿童智能手表']),
    'wallet': ('一个', ['钱包', '皮夹子', '钱夹'], ['钱包', '钱夹']),
    'coin': ('一个', ['零钱包', '小钱包', '布钱包'], ['零钱包', '小布钱包']),
    'cardholder': ('一个', ['卡包', '卡夹'], ['卡包']),
    'bunch': ('一串', ['钥匙', '钥匙'], ['钥匙']),
    'ekey': ('一把', ['电动车钥匙', '电车钥匙'], ['电动车钥匙']),
    'carkey': ('一把', ['车钥匙', '汽车钥匙'], ['汽车钥匙']),
    'e2': ('一辆', ['电动车', '电瓶车', '电车'], ['电动自行车', '电动车']),
    'e3': ('一辆', ['电动三轮', '电三轮', '三轮电动车'], ['电动三轮车']),
    'moto': ('一辆', ['电摩', '电动摩托'], ['电动摩托车']),
    'bike': ('一辆', ['自行车', '车子'], ['自行车']),
    'tri': ('一辆', ['人力三轮', '脚蹬三轮车'], ['人力三轮车']),
    'woven': ('一个', ['编织袋', '蛇皮袋', '大编织袋'], ['编织袋']),
    'backpack': ('一个', ['双肩包', '背包'], ['双肩背包', '双肩包']),
    'trolley': ('一个', ['行李箱', '拉杆箱', '箱子'], ['拉杆箱', '行李箱']),
    'handbag': ('一个', ['挎包', '手提包', '包'], ['女式挎包', '手提包']),
    'schoolbag': ('一个', ['书包'], ['书包', '学生书包']),
    'shopping': ('一个', ['布兜子', '购物袋', '塑料袋子'], ['购物袋', '手提袋']),
    'redenv': ('一个', ['红包', '压岁钱红包'], ['红包']),
    'envelope': ('一个', ['装钱的信封', '信封（里头是钱）'], ['装有现金的信封', '信封（内装现金）']),
    'bundle': ('一沓', ['钱', '现金'], ['现金', '人民币']),
    'loose': ('一卷', ['钱', '现金'], ['现金', '纸币']),
    'bracelet': ('一只', ['金手镯', '金镯子', '手镯'], ['金手镯', '黄金手镯']),
    'necklace': ('一条', ['金项链', '项链'], ['金项链']),
    'ring': ('一枚', ['金戒指', '戒指'], ['金戒指']),
    'earring': ('一对', ['金耳环', '耳环'], ['金耳环']),
    'jade': ('一只', ['玉镯子', '翡翠镯子'], ['玉镯']),
    'lock': ('一个', ['银锁', '长命锁', '小孩戴的银锁'], ['银质长命锁', '长命锁']),
    'opera': ('一个', ['唱戏机', '收音机', '戏匣子'], ['唱戏机', '便携播放器']),
    'powerbank': ('一个', ['充电宝'], ['充电宝', '移动电源']),
    'earbuds': ('一副', ['蓝牙耳机', '耳机'], ['蓝牙耳机']),
    'tablet': ('一台', ['平板', '平板电脑'], ['平板电脑']),
    'bp': ('一个', ['血压计', '电子血压计'], ['电子血压计']),
    'hearing': ('一个', ['助听器'], ['助听器']),
    'thermos': ('一个', ['保温杯', '水杯', '杯子'], ['保温杯', '不锈钢保温杯']),
    'gloves': ('一副', ['手套'], ['手套']),
    'hat': ('一顶', ['帽子', '棉帽子'], ['帽子']),
    'scarf': ('一条', ['围巾', '围脖'], ['围巾']),
    'cane': ('一根', ['拐杖', '拐棍'], ['拐杖']),
    'glasses': ('一副', ['老花镜', '眼镜'], ['眼镜']),
    'medbag': ('一袋', ['药', '药袋子'], ['药品', '药袋']),
    'ctfilm': ('一袋', ['CT片子', '片子'], ['CT胶片袋', '影像胶片']),
    'coat': ('一件', ['大衣', '外套'], ['外套', '棉衣']),
    'giftbox': ('一盒', ['酒', '礼盒'], ['礼品盒']),
}
# nouns when the two sides file the object under different categories
CROSS_NOUN = {
    'cardset': (['身份证和医保卡', '证件（身份证、医保卡）'], ['卡包', '卡套']),
    'kidwatch': (['电话手表', '孩子的电话手表'], ['儿童电话手表']),
    'coin': (['装钱的小布钱包', '钱（装在小布钱包里）'], ['零钱包', '小布钱包']),
    'opera': (['唱戏机', '收音机'], ['小音箱', '小收音机']),
}

KINDS = {
    'id_doc': [('idcard', 45), ('senior', 12), ('medcard', 13), ('student', 8), ('driver', 8), ('bankcard', 7), ('cardset', 7)],
    'phone': [('smart', 72), ('elder', 28)],
    'wallet': [('wallet', 65), ('coin', 22), ('cardholder', 13)],
    'keys': [('bunch', 60), ('ekey', 28), ('carkey', 12)],
    'ebike': [('e2', 55), ('e3', 35), ('moto', 10)],
    'bicycle': [('bike', 80), ('tri', 20)],
    'bag': [('woven', 24), ('backpack', 20), ('trolley', 20), ('handbag', 14), ('schoolbag', 10), ('shopping', 12)],
    'cash': [('redenv', 40), ('envelope', 25), ('bundle', 15), ('loose', 20)],
    'jewelry': [('bracelet', 30), ('necklace', 22), ('ring', 18), ('earring', 10), ('jade', 10), ('lock', 10)],
    'electronics': [('opera', 28), ('powerbank', 18), ('earbuds', 14), ('kidwatch', 14), ('tablet', 10), ('bp', 8), ('hearing', 8)],
    'other': [('thermos', 18), ('gloves', 12), ('hat', 10), ('scarf', 10), ('cane', 10), ('medbag', 12), ('ctfilm', 8), ('coat', 8), ('giftbox', 6), ('glasses', 6)],
}
OLD = [('old', 1)]
AGEW = {
    'senior': OLD, 'medcard': [('old', 7), ('mid', 3)], 'student': [('young', 1)], 'driver': [('mid', 6), ('youth', 4)],
    'idcard': [('youth', 35), ('mid', 40), ('old', 25)], 'bankcard': [('mid', 5), ('old', 5)], 'cardset': [('mid', 5), ('old', 5)],
    'smart': [('youth', 40), ('mid', 45), ('old', 15)], 'elder': OLD, 'kidwatch': [('young', 1)],
    'wallet': [('mid', 5), ('old', 3), ('youth', 2)], 'coin': OLD, 'cardholder': [('youth', 5), ('mid', 5)],
    'e3': [('old', 6), ('mid', 4)], 'bike': [('young', 5), ('old', 3), ('mid', 2)], 'tri': OLD,
    'woven': [('mid', 7), ('youth', 3)], 'backpack': [('youth', 7), ('mid', 3)], 'trolley': [('youth', 6), ('mid', 4)],
    'handbag': [('mid', 6), ('old', 4)], 'schoolbag': [('young', 1)], 'shopping': [('old', 6), ('mid', 4)],
    'cash': [('mid', 6), ('old', 4)], 'opera': OLD, 'powerbank': [('youth', 1)], 'earbuds': [('youth', 1)],
    'tablet': [('youth', 6), ('mid', 4)], 'bp': OLD, 'hearing': OLD, 'cane': OLD, 'medbag': OLD,
    'ctfilm': [('old', 6), ('mid', 4)], 'glasses': OLD, 'coat': [('mid', 6), ('youth', 4)], 'giftbox': [('mid', 1)],
}
AGEW_DEFAULT = [('mid', 5), ('old', 3), ('youth', 2)]
SEXW = {'handbag': 0.9, 'earring': 0.95, 'necklace': 0.7, 'bracelet': 0.85, 'jade': 0.95, 'carkey': 0.2, 'driver': 0.3, 'scarf': 0.7}

PALETTE = {
    'idcard': ['黑', '蓝', '红', '粉', '棕'], 'senior': ['红'], 'medcard': ['蓝', '黑', '红'], 'student': ['红', '蓝'], 'driver': ['黑', '棕'],
    'bankcard': ['黑', '蓝', '粉'], 'cardset': ['黑', '棕', '红', '蓝'],
    'smart': ['黑', '白', '蓝', '金', '银', '紫', '绿'], 'elder': ['红', '黑', '金', '蓝'], 'kidwatch': ['粉', '蓝', '紫'],
    'wallet': ['黑', '棕', '红', '紫', '灰'], 'coin': ['红', '紫', '蓝', '黑', '绿'], 'cardholder': ['黑', '棕', '红', '粉'],
    'bunch': ['红', '黑', '银', '金', '蓝'], 'ekey': ['黑', '红', '蓝'], 'carkey': ['黑', '银'],
    'e2': ['红', '白', '黑', '蓝', '银', '绿', '粉'], 'e3': ['红', '蓝', '绿', '白', '银'], 'moto': ['黑', '白', '红', '蓝'],
    'bike': ['黑', '蓝', '红', '白', '绿', '灰'], 'tri': ['蓝', '绿', '红', '黑'],
    'woven': ['红白蓝', '白', '绿'], 'backpack': ['黑', '灰', '蓝', '绿'], 'trolley': ['黑', '银', '红', '蓝', '灰'],
    'handbag': ['黑', '棕', '红', '紫'], 'schoolbag': ['蓝', '粉', '黑', '红'], 'shopping': ['红', '白', '绿', '蓝'],
    'envelope': ['白', '棕'],
    'bracelet': ['金'], 'necklace': ['金'], 'ring': ['金'], 'earring': ['金'], 'jade': ['绿'], 'lock': ['银'],
    'opera': ['红', '金', '黑'], 'powerbank': ['白', '黑'], 'earbuds': ['白', '黑'], 'tablet': ['银', '灰', '金'], 'bp': ['白'], 'hearing': ['棕', '银'],
    'thermos': ['黑', '红', '银', '蓝', '粉', '绿'], 'gloves': ['黑', '棕', '灰', '红'], 'hat': ['黑', '灰', '红', '棕', '蓝'],
    'scarf': ['红', '灰', '棕', '黑', '紫'], 'cane': ['银', '棕', '黑'], 'glasses': ['黑', '棕', '金'], 'medbag': ['白'],
    'ctfilm': ['白', '蓝'], 'coat': ['黑', '绿', '蓝', '红', '灰'], 'giftbox': ['红'],
}
BRANDS_OF = {
    'smart': ['华为', '苹果', '小米', 'OPPO', 'vivo', '荣耀'], 'elder': ['福寿星', '康乐宝', '老来伴'], 'kidwatch': ['小星童'],
    'wallet': ['驼峰', '雁北', '金狐'], 'cardholder': ['驼峰', '雁北'],
    'e2': ['北驰', '雪骏', '金鹿达', '欣悦'], 'e3': ['北驰', '雪骏', '金鹿达', '欣悦'], 'moto': ['北驰', '雪骏', '欣悦'],
    'bike': ['飞羚', '永驰'], 'tri': ['永驰'],
    'backpack': ['途乐', '北纬'], 'trolley': ['途乐', '北纬'], 'handbag': ['雁北', '金狐'], 'schoolbag': ['北纬', '途乐'],
    'bracelet': ['瑞福祥', '金满堂'], 'necklace': ['瑞福祥', '金满堂'], 'ring': ['瑞福祥', '金满堂'], 'earring': ['瑞福祥', '金满堂'], 'lock': ['老银坊'],
    'opera': ['金曲宝'], 'powerbank': ['小米'], 'earbuds': ['华为'], 'tablet': ['华为', '苹果'], 'bp': ['康护'], 'hearing': ['聆音'],
    'thermos': ['暖冬'], 'coat': ['冰川'], 'giftbox': ['桑干春'],
}
KIND_FACTS = {
    'idcard': [('name', 1), ('idno', 1), ('birth', 1), ('village', .8), ('color', .5)],
    'senior': [('name', 1), ('snum', 1), ('birth', 1), ('color', 1)],
    'medcard': [('name', 1), ('idno', 1), ('card_tail', .6), ('color', .3)],
    'student': [('name', 1), ('xh', 1), ('cls', 1), ('color', 1)],
    'driver': [('name', 1), ('idno', 1), ('color', .8)],
    'bankcard': [('card_tail', 1), ('signame', .5), ('color', .4)],
    'cardset': [('name', 1), ('idno', 1), ('card_tail', .7), ('color', 1)],
    'smart': [('color', 1), ('brand', 1), ('model', 1), ('imei', 1), ('case', .85), ('crack', .4), ('casecard', .3), ('wallpaper', .8), ('lock', .8), ('ptail', .8)],
    'elder': [('color', 1), ('brand', 1), ('model', 1), ('imei', 1), ('note', .5), ('lanyard', .4), ('crack', .25), ('ptail', .8)],
    'kidwatch': [('color', 1), ('brand', 1), ('model', .8), ('imei', 1), ('ename', .6), ('wband', .7)],
    'wallet': [('color', 1), ('brand', .6), ('wstyle', 1), ('material', .7), ('cash', .85), ('id_name', .5), ('idno', .35), ('card_tail', .5), ('photo', .3), ('extra', .4), ('wdamage', .3)],
    'coin': [('color', 1), ('material', 1), ('cash', .95), ('extra', .4), ('wdamage', .3)],
    'cardholder': [('color', 1), ('brand', .4), ('id_name', .8), ('card_tail', .8), ('extra', .5)],
    'bunch': [('color', .7), ('kcount', 1), ('pendant', .8), ('fob', .5), ('remote', .3), ('lockbrand', .4), ('ktag', .3)],
    'ekey': [('color', .7), ('remote', 1), ('kcount', 1), ('pendant', .6)],
    'carkey': [('color', .5), ('carkey', 1), ('kcount', 1), ('pendant', .6)],
    'e2': [('color', 1), ('brand', 1), ('model', .6), ('plate', .8), ('frame', 1), ('battery', .7), ('quilt', .8), ('basket', .5), ('edamage', .5), ('seatcover', .4)],
    'e3': [('color', 1), ('brand', 1), ('model', .5), ('plate', .6), ('frame', 1), ('battery', .7), ('canopy', 1), ('quilt', .6), ('edamage', .5)],
    'moto': [('color', 1), ('brand', 1), ('model', .8), ('plate', .9), ('frame', 1), ('battery', .7), ('quilt', .6), ('edamage', .5)],
    'bike': [('color', 1), ('brand', .7), ('bstyle', 1), ('bframe', .7), ('bbasket', .5), ('rearseat', .4), ('block', .5), ('bsticker', .4), ('bdamage', .5), ('bname', .3)],
    'tri': [('color', 1), ('brand', .4), ('bframe', .3), ('rearseat', .5), ('bdamage', .6), ('block', .4)],
    'woven': [('color', 1), ('main', 1), ('second', .6), ('tagname', .3), ('bgdamage', .6)],
    'backpack': [('color', 1), ('brand', .8), ('main', 1), ('second', .6), ('ribbon', .3), ('bgdamage', .4)],
    'trolley': [('color', 1), ('brand', .9), ('main', 1), ('second', .6), ('tagname', .5), ('ribbon', .6), ('bgdamage', .4)],
    'handbag': [('color', 1), ('brand', .6), ('main', 1), ('second', .6), ('bgdamage', .4)],
    'schoolbag': [('color', 1), ('brand', .5), ('main', 1), ('bookname', 1), ('cls', 1), ('ribbon', .3), ('bgdamage', .3)],
    'shopping': [('color', 1), ('main', 1), ('second', .5)],
    'redenv': [('amount', 1), ('denom', .8), ('envtext', 1), ('purpose', .7)],
    'envelope': [('color', 1), ('amount', 1), ('denom', .8), ('purpose', .7), ('notes', .3)],
    'bundle': [('amount', 1), ('denom', 1), ('band', 1), ('notes', .5), ('purpose', .8)],
    'loose': [('amount', 1), ('denom', .8), ('purpose', .5)],
    'bracelet': [('color', 1), ('brand', .8), ('weight', 1), ('purity', 1), ('pattern', 1), ('engrave', .4), ('box', .7), ('receipt', .5), ('size', .4), ('bought', .6)],
    'necklace': [('color', 1), ('brand', .8), ('weight', 1), ('purity', 1), ('pattern', 1), ('box', .6), ('receipt', .4), ('bought', .6)],
    'ring': [('color', 1), ('brand', .7), ('weight', 1), ('purity', 1), ('engrave', .7), ('size', .5), ('box', .5), ('bought', .6)],
    'earring': [('color', 1), ('brand', .7), ('weight', .8), ('purity', 1), ('pattern', 1), ('box', .5), ('bought', .6)],
    'jade': [('color', 1), ('pattern', 1), ('size', .6), ('box', .5)],
    'lock': [('color', 1), ('brand', .6), ('purity', 1), ('engrave', 1), ('weight', .7), ('box', .5)],
    'opera': [('color', 1), ('brand', 1), ('model', .6), ('opera', 1), ('ecase', .6), ('ename', .3), ('edmg', .5)],
    'powerbank': [('color', 1), ('brand', 1), ('model', .5), ('capacity', 1), ('ename', .3), ('edmg', .5)],
    'earbuds': [('color', 1), ('brand', 1), ('model', .6), ('ecase', .5), ('edmg', .4)],
    'tablet': [('color', 1), ('brand', 1), ('model', .7), ('esn', 1), ('ecase', .7), ('edmg', .4), ('wallpaper', .5)],
    'bp': [('color', 1), ('brand', 1), ('model', .7), ('ecase', .5), ('ename', .5)],
    'hearing': [('color', 1), ('brand', 1), ('model', .7), ('ecase', .6)],
    'thermos': [('color', 1), ('brand', .8), ('tsticker', .6), ('tcontent', .7), ('dent', .5)],
    'gloves': [('color', 1), ('gmat', 1), ('gpat', .6)],
    'hat': [('color', 1), ('hstyle', 1), ('hmark', .6)],
    'scarf': [('color', 1), ('spat', 1), ('handmade', .5)],
    'cane': [('color', 1), ('cmat', 1), ('cwrap', .8)],
    'glasses': [('color', 1), ('gcase', 1), ('degree', .7), ('gleg', .4)],
    'medbag': [('color', 1), ('pname', 1), ('hospn', 1), ('drug', 1), ('mzh', .8)],
    'ctfilm': [('color', 1), ('pname', 1), ('hospn', 1), ('exam', 1), ('yxh', .8)],
    'coat': [('color', 1), ('brand', .6), ('cstyle', 1), ('pocket', .7), ('csize', .5)],
    'giftbox': [('color', 1), ('brand', 1), ('gcontent', 1), ('gbag', .7)],
}

# descriptive facts: value -> (what the owner says, what a finder writes; None = the finder cannot know)
DESC = {
    'case': {'透明壳': (['带个透明壳，都发黄了', '套着透明手机壳', '透明的软壳'], ['透明手机壳（已发黄）', '带透明保护壳', '透明软壳']),
             '黑皮套': (['带翻盖的黑皮套', '黑色皮套，能翻开的'], ['黑色翻盖皮套', '翻盖式黑皮套']),
             '小熊壳': (['手机壳上有个小熊', '壳是卡通小熊的'], ['卡通小熊图案手机壳', '壳上印着小熊']),
             '福字红壳': (['红色手机壳上有个福字', '壳是大红的，印着福'], ['红色“福”字手机壳', '红壳带福字']),
             '蓝硅胶壳': (['蓝色的硅胶软套', '套个蓝胶皮套'], ['蓝色硅胶套', '蓝色软胶壳']),
             '磨砂黑壳': (['黑色磨砂壳', '壳是黑的磨砂的'], ['黑色磨砂保护壳']),
             '碎花壳': (['壳上是小碎花', '碎花的手机壳'], ['碎花图案手机壳']),
             '防摔壳': (['四个角鼓起来的防摔壳', '厚厚的防摔壳'], ['四角加厚防摔壳'])},
    'crack': {'左上角碎': (['屏幕左上角碎了一块', '左上角摔裂了'], ['屏幕左上角有裂痕', '左上角碎屏']),
              '蛛网': (['屏幕碎成蜘蛛网了', '屏都摔花了'], ['屏幕碎裂呈蛛网状', '屏幕碎得厉害']),
              '后盖划痕': (['后盖上一道大划痕'], ['后盖有明显划痕']),
              '底部磕': (['充电口那边磕掉块漆'], ['底部边框磕碰掉漆'])},
    'casecard': {'老年公交卡': (['壳里夹着张老年公交卡'], ['手机壳内夹有老年公交卡一张']),
                 '一百元': (['壳里塞着一百块钱'], ['壳内夹有100元纸币一张']),
                 '全家福': (['壳里夹着张全家福小照片'], ['壳内夹有一张合影照片']),
                 '药方': (['壳里夹着张药方子'], ['壳内夹有手写药方一张'])},
    'wallpaper': {'孙子': (['锁屏是俺孙子的照片', '屏保是小孙子'], ['锁屏是一个小男孩照片', '屏保为小孩照片']),
                  '合影': (['屏保是我们一家人合影'], ['锁屏是一家几口合影']),
                  '雪山': (['屏保是雪山风景'], ['锁屏是雪山图片']),
                  '橘猫': (['锁屏是一只橘猫'], ['锁屏是一只黄猫']),
                  '佛像': (['屏保是个佛像'], ['锁屏图片是佛像'])},
    'lock': {'六位密码': (['有六位数开机密码'], None), '指纹': (['设的指纹解锁'], None), '图案': (['画图案解锁的'], None), '无密码': (['没设密码'], None)},
    'note': {'儿子电话': (['背后贴着白胶布，写着家里人电话', '后面贴着胶布，上头写着儿子电话'], ['背面贴白胶布，上写一个电话号码']),
             '红花': (['后面贴着孙女给贴的小红花'], ['背面贴着小红花贴纸']),
             '东院': (['背后用红笔写着“东院”两个字'], ['背面红笔写“东院”'])},
    'lanyard': {'红绳': (['挂着根红绳', '拴着个红绳子'], ['挂红色挂绳']), '黑挂绳': (['挂着个黑色挂脖绳'], ['带黑色挂绳']),
                '平安符': (['挂着个小平安符'], ['挂着平安符挂件'])},
    'wband': {'兔子': (['表带上有小兔子'], ['表带带兔子图案']), '恐龙': (['表带上面有小恐龙'], ['恐龙图案表带']), '素色': (['表带是素的，没图案'], ['素色硅胶表带'])},
    'wstyle': {'长款': (['长款的', '长条的钱包'], ['长款']), '短款': (['短款折叠的', '对折的短钱包'], ['短款对折']), '三折': (['三折的小钱包'], ['三折式'])},
    'material': {'真皮': (['真皮的'], ['皮质']), '人造革': (['人造革的，有点掉皮'], ['人造革材质，表面脱皮']), '帆布': (['帆布的'], ['帆布材质'])},
    ('material', 'coin'): {'绣花布': (['绣花布的，俺自个儿绣的'], ['绣花布包']), '绒布': (['绒布的'], ['绒布材质']), '毛线': (['毛线织的'], ['毛线编织'])},
    'photo': {'孙子一寸照': (['夹着孙子的一寸照'], ['内有儿童一寸照一张']), '结婚照': (['有张结婚照'], ['内有一张结婚合影']),
              '黑白老照片': (['有张黑白老照片，是俺爹娘'], ['内有黑白老照片一张']), '闺女小照': (['夹着闺女的小照片'], ['内有女孩照片一张'])},
    'extra': {'老年证': (['还有老年证'], ['另有老年证一本']), '医保卡': (['医保卡也在里面'], ['另有社保卡一张']),
              '药店小票': (['有几张药店小票'], ['药店小票若干']), '火车票': (['有一张去省城的火车票'], ['火车票一张（桑干—省城）']),
              '欠条': (['夹着张欠条'], ['内有欠条一张']), '购物卡': (['还有张超市购物卡'], ['惠民超市购物卡一张'])},
    'wdamage': {'拉链坏': (['拉链坏了'], ['拉链损坏']), '边角磨破': (['边角都磨破了'], ['边角磨损']), '扣子掉': (['扣子掉了一个'], ['按扣缺失'])},
    'pendant': {'布老虎': (['挂着个布老虎', '有个小老虎挂件'], ['挂件为布老虎', '挂小老虎']), '葫芦': (['挂着个小葫芦'], ['挂小葫芦挂件']),
                '中国结': (['拴着红绳中国结'], ['挂红色中国结']), '福字牌': (['挂着个福字铜牌'], ['挂“福”字铜牌']),
                '小熊': (['挂着个小熊玩偶'], ['挂毛绒小熊']), '铜钱': (['串着个铜钱'], ['挂铜钱一枚']),
                '指甲刀': (['上头挂着个指甲刀'], ['带指甲刀一个']), '小手电': (['带个小手电'], ['挂小手电筒一个'])},
    'fob': {'蓝门禁': (['有个蓝色门禁扣'], ['蓝色门禁卡扣一个']), '红门禁': (['带个红色门禁卡'], ['红色门禁扣一个']), '黄门禁': (['一个黄色门禁扣'], ['黄色门禁扣'])},
    'ktag': {'东屋': (['有把钥匙贴着胶布写“东屋”'], ['其中一把贴胶布写“东屋”']), '仓房': (['挂着个小纸牌写“仓房”'], ['挂小纸牌“仓房”']),
             '红钥匙套': (['有把钥匙套着红色塑料套'], ['一把钥匙套红色钥匙套'])},
    'lockbrand': {'铁卫': (['防盗门钥匙是铁卫的'], ['防盗门钥匙刻“铁卫”']), '金盾': (['有两把金盾的'], ['钥匙上刻有“金盾”']), '固邦': (['大门钥匙是固邦的'], ['钥匙印“固邦”'])},
    'battery': {'48V铅酸': (['电瓶是48伏的'], ['48V铅酸电池']), '60V铅酸': (['60伏的电瓶'], ['60V电瓶']), '锂电': (['锂电池的'], ['锂电池'])},
    'quilt': {'迷彩挡风被': (['车上挂着迷彩挡风被', '有个迷彩的挡风被'], ['车把挂迷彩挡风被']), '红格子挡风被': (['挡风被是红格子的'], ['红格子挡风被']),
              '黑加厚挡风被': (['黑色加厚的挡风被'], ['黑色加厚挡风被']), '护膝挡风被': (['带护膝的挡风被，印着大花'], ['带护膝的大花挡风被']),
              '棉把套': (['就车把上套着一对棉把套'], ['车把有棉把套'])},
    'basket': {'白菜': (['车筐里放着一袋白菜'], ['车筐内有白菜一袋']), '馒头': (['车筐里有个塑料袋，装着馒头'], ['车筐里有塑料袋（内有馒头）']),
               '铁筐': (['车筐是后加的铁筐'], ['前加装铁筐']), '纸板': (['车筐里垫着块纸板'], ['车筐底垫纸板'])},
    'edamage': {'后视镜断': (['左边后视镜断了'], ['左后视镜缺失']), '灯罩裂': (['前灯罩裂了'], ['前大灯罩破裂']),
                '座垫破': (['座垫破了个口子'], ['座垫有破口']), '刮痕': (['车身右边刮花了'], ['车身右侧有刮痕'])},
    'seatcover': {'豹纹': (['座套是豹纹的'], ['豹纹座套']), '棉座套': (['套着棉座套'], ['棉座套']), '平安座套': (['座套上印着“平安”'], ['“平安”字样座套'])},
    'canopy': {'带棚': (['带个铁皮棚子'], ['车上有铁皮棚']), '后斗铺被': (['没棚子，后斗里铺着旧棉被'], ['后斗内铺旧棉被']), '篷布': (['后斗盖着块篷布'], ['后斗盖篷布'])},
    'bstyle': {'山地': (['山地车，21速的'], ['山地车（变速）']), '二八': (['老式二八大杠'], ['老式二八自行车']), '女式': (['女式的，带弯梁'], ['女式弯梁车'])},
    'bbasket': {'塑料筐': (['前面有个塑料车筐'], ['前装塑料车筐']), '铁筐': (['前面有个铁车筐，有点锈'], ['前有生锈铁车筐'])},
    'rearseat': {'棉垫': (['后座绑着个棉垫子'], ['后座绑棉垫']), '儿童座': (['后座装着个儿童座椅'], ['后座加装儿童座椅']), '铁架': (['后座是个大铁架子'], ['后座带加宽铁架'])},
    'block': {'链条锁': (['挂着把链条锁'], ['车上有链条锁']), 'U型锁': (['有把U型锁'], ['带U型锁']), '没锁': (['当时没锁'], ['未上锁'])},
    'bsticker': {'奥特曼': (['车梁上贴着奥特曼贴纸'], ['车梁贴奥特曼贴纸']), '二中车证': (['贴着二中的车证'], ['贴有县二中车辆证']), '反光条': (['后挡泥板贴着反光条'], ['后挡泥板贴反光条'])},
    'bdamage': {'铃没了': (['铃铛没了'], ['车铃缺失']), '座裂': (['车座裂了用胶布缠着'], ['车座破裂缠胶布']), '挡泥板歪': (['后挡泥板歪了'], ['后挡泥板变形'])},
    ('main', 'woven'): {'新被子': (['里面是两床新被子'], ['内有新棉被两床']), '腊肉香肠': (['装着腊肉和香肠'], ['内有腊肉、香肠若干']),
                        '孩子新衣服': (['里面都是给孩子买的新衣服'], ['内有儿童新衣服若干']), '挂面和油': (['一箱挂面和两桶油'], ['内有挂面一箱、食用油两桶']),
                        '被褥冬衣': (['装着一套被褥和冬衣'], ['内有被褥一套、棉衣若干']), '瓦工工具': (['里面是干活的家伙，瓦刀抹子'], ['内有瓦刀、抹子等工具'])},
    ('main', 'backpack'): {'笔记本电脑': (['里面有台笔记本电脑'], ['内有笔记本电脑一台']), '工作服': (['装着工作服和安全帽'], ['内有工作服、安全帽']),
                           '换洗衣服': (['装着换洗衣服和充电器'], ['内有衣物、充电器']), '合同材料': (['里面有一沓合同材料'], ['内有合同文件一沓'])},
    ('main', 'trolley'): {'新衣服': (['装的都是过年穿的新衣服'], ['内有新衣服若干']), '保健品': (['装着给爹妈买的保健品'], ['内有保健品礼盒']),
                          '烟酒': (['有几条烟两瓶酒'], ['内有香烟数条、白酒两瓶']), '特产': (['装着外地带回来的特产'], ['内有各类食品特产'])},
    ('main', 'handbag'): {'老花镜降压药': (['里头有老花镜和降压药'], ['内有老花镜一副、降压药一盒']), '记账本': (['有个记账本和一把钥匙'], ['内有记账本一个、钥匙一把']),
                          '化妆品': (['装着化妆品'], ['内有化妆品若干']), '毛线活': (['里面是织了一半的毛衣'], ['内有未织完毛衣及毛线'])},
    ('main', 'schoolbag'): {'寒假作业': (['里面有寒假作业'], ['内有寒假作业']), '课本': (['装着语文数学课本'], ['内有语文、数学课本']), '文具盒': (['有个铁文具盒'], ['内有铁皮文具盒'])},
    ('main', 'shopping'): {'香油烧鸡': (['装着两瓶香油一只烧鸡'], ['内有香油两瓶、烧鸡一只']), '灯笼': (['一对大红灯笼'], ['内有红灯笼一对']),
                           '冻饺子': (['一兜冻饺子'], ['内有速冻饺子']), '对联': (['买的对联福字'], ['内有对联、福字'])},
    'second': {'袜子': (['还有几双新袜子'], ['另有袜子几双']), '保温杯': (['还有个保温杯'], ['另有保温杯一个']), '雨伞': (['有一把伞'], ['另有雨伞一把']),
               '烟': (['有一包烟'], ['另有香烟一包']), '苹果': (['有一兜苹果'], ['另有苹果一袋'])},
    'ribbon': {'红布条': (['拉杆上系着红布条', '把手上系着红布条'], ['把手系红布条']), '黄胶带': (['把手缠着黄胶带'], ['提手缠黄色胶带']),
               '平安符': (['包上挂着个平安符'], ['挂平安符一个']), '小娃娃': (['挂着个小娃娃'], ['挂小玩偶'])},
    ('bgdamage', 'woven'): {'麻绳扎口': (['口用麻绳扎着'], ['口部用麻绳捆扎']), '破洞': (['底下磨了个洞，拿胶带粘着'], ['底部破洞，用胶带粘补'])},
    ('bgdamage', 'trolley'): {'曲别针': (['拉链头掉了，用曲别针别着'], ['拉链头缺失，以回形针代替']), '轮子掉': (['底下掉了个轮子'], ['底部缺一个轮子'])},
    'bgdamage': {'曲别针': (['拉链头掉了，用曲别针别着'], ['拉链头缺失，以回形针代替']), '背带断': (['一根带子断了'], ['一侧背带断裂']),
                 '提手开线': (['提手开线了'], ['提手开线'])},
    'denom': {'全百元': (['都是一百的', '全是新票子，一百的', '清一色一百的'], ['均为百元面额', '均为百元新钞']),
              '混合': (['一百的五十的都有', '有一百的也有十块二十的'], ['面额不一，百元、五十元及零钞混合', '面额不一，含零钱'])},
    'envtext': {'恭喜发财': (['红包上印着“恭喜发财”'], ['红包印“恭喜发财”']), '福': (['红包上有个金色福字'], ['红包印金色“福”字']),
                '新年快乐': (['红包上写着新年快乐'], ['红包印“新年快乐”']), '给大孙子': (['红包上俺用笔写了“给大孙子”'], ['红包上手写“给大孙子”']),
                '招财进宝': (['红包上是招财进宝'], ['红包印“招财进宝”'])},
    'bought': {'过年刚买': (['腊月里刚买的，准备过年戴'], None), '给儿媳妇': (['是给儿媳妇买的过年礼'], None),
               '给闺女': (['过年给闺女买的'], None), '陪嫁': (['是老伴年轻时候的陪嫁'], None)},
    'purpose': {'压岁钱': (['是给孙子的压岁钱'], None), '工钱': (['是刚结的工钱'], None), '卖羊钱': (['是卖羊的钱'], None),
                '住院押金': (['准备交住院押金的'], None), '年货钱': (['是办年货的钱'], None)},
    'band': {'银行纸条': (['用农商银行的纸条捆着'], ['有银行封签纸条']), '皮筋': (['用皮筋扎着'], ['用橡皮筋捆扎']), '对折': (['对折着'], ['对折放置'])},
    'engrave': {'福': (['里面刻着个福字'], ['内侧刻“福”字']), '平安': (['刻着“平安”'], ['内侧刻“平安”']), 'LXY': (['内圈刻了LXY三个字母'], ['内圈刻字母“LXY”']),
                '长命百岁': (['刻着长命百岁'], ['刻有“长命百岁”']), '520': (['刻着520'], ['内侧刻“520”']), '一鸣': (['背面刻着孩子名字“一鸣”'], ['背面刻“一鸣”'])},
    'purity': {'足金999': (['是足金999的'], ['印有“足金999”']), '足金': (['足金的'], ['印有“足金”']), 'Au750': (['是18K的'], ['印“Au750”'])},
    ('purity', 'lock'): {'S925': (['925银的'], ['印“S925”']), '足银': (['足银的'], ['印“足银”'])},
    ('pattern', 'bracelet'): {'龙凤': (['上面是龙凤图案'], ['龙凤纹']), '光面': (['光面的，没花'], ['光面无花纹']), '古法福字': (['古法的，带福字纹'], ['古法工艺，福字纹'])},
    ('pattern', 'necklace'): {'貔貅': (['带个貔貅吊坠'], ['带貔貅吊坠']), '转运珠': (['串着一颗转运珠'], ['带转运珠一颗']), '福字吊坠': (['挂着福字吊坠'], ['带“福”字吊坠']), '麻花链': (['是麻花链'], ['麻花链款'])},
    ('pattern', 'earring'): {'圆环': (['圆圈的'], ['圆环款']), '葫芦': (['葫芦坠的'], ['葫芦造型'])},
    ('pattern', 'jade'): {'飘绿': (['白底带一点绿'], ['白底飘绿']), '满绿': (['通体绿的'], ['满绿']), '有裂': (['有一道小裂纹'], ['有一道细裂纹'])},
    'box': {'红绒盒': (['装在红色绒布盒子里'], ['装于红色绒布首饰盒']), '小红袋': (['装在金店的小红袋里'], ['装于金店红色小袋']), '无盒': (['没装盒，揣兜里的'], ['无包装'])},
    'size': {'54': (['圈口54'], ['圈口约54']), '56': (['圈口56'], ['圈口约56']), '58': (['圈口58'], ['圈口约58'])},
    ('size', 'ring'): {'14号': (['戴14号的'], ['戒圈约14号']), '16号': (['戴16号的'], ['戒圈约16号']), '18号': (['戴18号的'], ['戒圈约18号'])},
    'opera': {'打金枝': (['里面存的都是晋剧，《打金枝》啥的'], ['开机播放晋剧《打金枝》']), '二人台': (['里面是二人台'], ['开机播放二人台']),
              '河北梆子': (['存的河北梆子'], ['播放河北梆子']), '岳飞传': (['听评书《岳飞传》的'], ['播放评书《岳飞传》']), '花木兰': (['存着豫剧《花木兰》'], ['播放豫剧《花木兰》'])},
    'ecase': {'红布套': (['套着个红布套'], ['外有红布套']), '透明套': (['套着透明保护套'], ['带透明保护套']), '黑皮套': (['装在黑皮套里'], ['装于黑色皮套'])},
    'capacity': {'10000': (['一万毫安的'], ['10000mAh']), '20000': (['两万毫安的'], ['20000mAh'])},
    'edmg': {'划花': (['屏幕划花了'], ['屏幕有划痕']), '天线断': (['天线断了半截'], ['天线折断']), '充电口松': (['充电口松了'], ['充电口松动']), '掉漆': (['角上磕掉块漆'], ['一角掉漆'])},
    'tsticker': {'二中贴': (['杯子上贴着“县二中”贴纸'], ['杯身贴“县二中”贴纸']), '小熊': (['杯身印着小熊'], ['杯身印小熊图案']),
                 '福字': (['杯子上有个福字'], ['杯身印“福”字']), '劳动模范': (['杯底刻着“劳动模范”'], ['杯底刻“劳动模范”'])},
    'tcontent': {'枸杞': (['里面泡着枸杞'], ['杯内有枸杞水']), '茶': (['装着红茶'], ['杯内有茶水']), '空': (['里面是空的'], ['杯内无水'])},
    'dent': {'杯底瘪': (['杯底磕瘪了一块'], ['杯底有凹痕']), '盖裂': (['盖子上有道裂纹'], ['杯盖有裂纹']), '掉漆': (['杯身掉了几块漆'], ['杯身掉漆'])},
    'gmat': {'皮绒': (['皮的，里面带绒'], ['皮质，内衬绒']), '毛线': (['毛线织的'], ['毛线手套']), '劳保棉': (['劳保棉手套'], ['棉线劳保手套']), '半指': (['露指头的半指手套'], ['半指手套'])},
    'gpat': {'鹿': (['手背上有只小鹿'], ['手背有小鹿图案']), '毛球': (['手腕上带毛球'], ['带毛球装饰']), '白毛边': (['手腕一圈白毛'], ['腕口一圈白色绒毛'])},
    'hstyle': {'雷锋帽': (['雷锋帽，带护耳的'], ['护耳棉帽（雷锋帽）']), '毛线帽': (['毛线帽'], ['针织毛线帽']), '鸭舌棉帽': (['鸭舌的棉帽子'], ['鸭舌棉帽']), '皮毛帽': (['貂毛帽子'], ['毛皮帽'])},
    'hmark': {'毛球': (['顶上有个毛球'], ['帽顶有毛球']), '五角星': (['前面有个五角星'], ['帽前有五角星']), '字母': (['上面织着字母'], ['帽身有字母图案'])},
    'spat': {'格子': (['格子的'], ['格纹']), '流苏': (['纯色带流苏'], ['纯色带流苏']), '条纹': (['条纹的'], ['条纹款'])},
    'handmade': {'闺女织': (['是俺闺女给织的'], None), '集上买': (['在集上买的'], None)},
    'cmat': {'四脚': (['不锈钢四脚拐杖'], ['不锈钢四脚拐杖']), '木拐': (['木头拐棍'], ['木质拐棍']), '折叠': (['能折叠的铝拐杖'], ['折叠铝拐杖'])},
    'cwrap': {'红布条': (['把手缠着红布条'], ['手柄缠红布条']), '黑胶布': (['把上缠着黑胶布'], ['手柄缠黑胶布']), '铃铛': (['挂着个小铃铛'], ['挂小铃铛'])},
    'gcase': {'蓝盒': (['装在蓝色眼镜盒里'], ['装于蓝色眼镜盒']), '硬壳盒': (['装在硬壳眼镜盒里'], ['装于硬质眼镜盒']), '布袋': (['装在个绒布袋里'], ['装于绒布袋'])},
    'degree': {'300度': (['老花300度'], None), '250度': (['250度的'], None)},
    'gleg': {'胶布': (['一条腿用胶布缠着'], ['一侧镜腿缠胶布']), '螺丝松': (['镜腿螺丝松了'], ['镜腿松动'])},
    'hospn': {'县医院': (['县医院开的'], ['药袋印“桑干县人民医院”']), '南堡卫生院': (['南堡卫生院开的'], ['袋上印“南堡乡卫生院”']), '西河营卫生院': (['西河营卫生院开的'], ['袋上印“西河营镇卫生院”'])},
    'drug': {'降压药': (['里面是降压药'], ['内有降压药']), '胰岛素': (['里面有胰岛素'], ['内有胰岛素注射笔']), '中药': (['是熬好的中药，一袋一袋的'], ['内有袋装中药汤剂']), '止疼片': (['有止疼片'], ['内有止痛片'])},
    'exam': {'胸部CT': (['拍的胸部CT'], ['胸部CT片']), '腰椎': (['腰椎的片子'], ['腰椎片']), '头颅CT': (['脑袋的CT'], ['头颅CT片'])},
    'cstyle': {'长款羽绒服': (['长款羽绒服'], ['长款羽绒服']), '短款羽绒服': (['短款羽绒服'], ['短款羽绒服']), '棉袄': (['对襟棉袄'], ['对襟棉袄']), '呢子大衣': (['呢子大衣'], ['呢子大衣'])},
    'pocket': {'打火机烟': (['兜里有打火机和半盒烟'], ['口袋内有打火机、半包烟']), '零钱': (['兜里有几十块零钱'], ['口袋内有零钱若干']), '口罩': (['兜里有口罩'], ['口袋内有口罩'])},
    'csize': {'XL': (['XL码'], ['XL码']), '175': (['175的号'], ['175/92A'])},
    'gcontent': {'两瓶装': (['两瓶装的礼盒'], ['两瓶装白酒礼盒']), '四瓶装': (['四瓶装的'], ['四瓶装白酒']), '带酒杯': (['带两个酒杯的礼盒'], ['附酒杯两个'])},
    'gbag': {'红手提袋': (['装在红色手提袋里'], ['装于红色手提袋']), '塑料袋': (['套着个塑料袋'], ['外套塑料袋'])},
}
# how likely an owner (wo) and a finder (wf) are to mention a descriptive fact
DW = {'bought': (.6, 0), 'case': (.7, .85), 'crack': (.6, .7), 'casecard': (.7, .7), 'wallpaper': (.5, .4), 'lock': (.35, 0), 'note': (.7, .8),
      'lanyard': (.5, .7), 'wband': (.6, .7), 'wstyle': (.5, .7), 'material': (.4, .6), 'photo': (.5, .5), 'extra': (.5, .6),
      'wdamage': (.4, .5), 'pendant': (.8, .9), 'fob': (.6, .8), 'ktag': (.5, .8), 'lockbrand': (.2, .5), 'battery': (.4, .35),
      'quilt': (.75, .85), 'basket': (.5, .7), 'edamage': (.6, .7), 'seatcover': (.5, .7), 'canopy': (.7, .8), 'bstyle': (.6, .8),
      'bbasket': (.5, .6), 'rearseat': (.5, .7), 'block': (.4, .6), 'bsticker': (.6, .7), 'bdamage': (.5, .6), 'main': (.85, .75),
      'second': (.5, .5), 'ribbon': (.6, .8), 'bgdamage': (.5, .7), 'denom': (.5, .7), 'envtext': (.6, .8), 'purpose': (.7, 0),
      'band': (.6, .7), 'engrave': (.7, .8), 'purity': (.4, .8), 'pattern': (.7, .85), 'box': (.5, .8), 'size': (.3, .4),
      'opera': (.8, .6), 'ecase': (.6, .8), 'capacity': (.4, .6), 'edmg': (.5, .6), 'tsticker': (.7, .8), 'tcontent': (.5, .5),
      'dent': (.5, .6), 'gmat': (.7, .8), 'gpat': (.7, .7), 'hstyle': (.8, .8), 'hmark': (.6, .7), 'spat': (.7, .8),
      'handmade': (.5, 0), 'cmat': (.8, .8), 'cwrap': (.7, .8), 'gcase': (.6, .8), 'degree': (.4, 0), 'gleg': (.6, .6),
      'hospn': (.6, .8), 'drug': (.8, .7), 'exam': (.8, .8), 'cstyle': (.8, .8), 'pocket': (.5, .6), 'csize': (.3, .5),
      'gcontent': (.6, .7), 'gbag': (.4, .6)}


def desc_table(k, kind):
    return DESC.get((k, kind)) or DESC[k]


BANKS = [('农商银行', '623058'), ('邮储', '621799'), ('信用社', '622369'), ('农行', '622848')]
CARBRANDS = ['骏驰', '远航', '腾云']
CLASSES = ['初一（1）班', '初一（4）班', '初二（3）班', '初二（5）班', '初三（2）班', '初三（6）班']
ZODIAC = '鼠牛虎兔龙蛇马羊猴鸡狗猪'
IDENT = {'name', 'signame', 'id_name', 'bookname', 'tagname', 'pname', 'ename', 'bname', 'idno', 'snum', 'xh', 'card_tail',
         'imei', 'ptail', 'plate', 'frame', 'bframe', 'notes', 'receipt', 'esn', 'mzh', 'yxh'}
# facts an object can have several of (damage, extra contents, stickers): a different value named by
# the other side does not contradict, so these never count as a difference that tells two objects apart
ADDITIVE = {'crack', 'wdamage', 'edamage', 'bdamage', 'bgdamage', 'edmg', 'dent', 'gleg', 'extra', 'second', 'photo',
            'pocket', 'basket', 'ktag', 'tsticker', 'hmark', 'gpat', 'casecard', 'fob', 'lockbrand', 'block', 'bsticker',
            'ribbon', 'opera', 'cwrap', 'drug', 'note'}


def differs(k, a, b):
    """Whether two stated values of fact k contradict each other."""
    if k in ADDITIVE:
        return False
    if k == 'weight':
        return abs(a - b) >= max(2.0, 0.15 * max(a, b))
    return a != b


NAMEKEYS = {'name', 'signame', 'id_name', 'bookname', 'tagname', 'pname', 'ename', 'bname'}


def cls_variants(v):
    a = v.replace('（', '(').replace('）', ')')
    b = v.replace('（', '').replace('）', '')
    return [v, a, b]


def vg(k, o):
    """Draw a value for fact k of object o."""
    kind = o['kind']
    own = o['owner']
    if k == 'color':
        return ch(PALETTE[kind])
    if k == 'brand':
        return ch(BRANDS_OF[kind])
    if k == 'model':
        b = o['vals'].get('brand')
        mk = model_key(kind, b)
        return ch(sorted(MODELS[mk])) if mk in MODELS else None
    if k in NAMEKEYS:
        if o.get('_named'):
            return make_name(own['sex'], own['age'])
        o['_named'] = True
        return own['name']
    if k == 'idno':
        return make_idno(o['vals'].get('birth') or own['birth'], own['sex'])
    if k == 'birth':
        return own['birth']
    if k == 'village':
        return own['village']
    if k == 'snum':
        return fresh('snum', lambda: '0' + digits(6))
    if k == 'xh':
        return fresh('xh', lambda: '2023' + digits(4))
    if k == 'cls':
        return ch(CLASSES)
    if k == 'card_tail':
        bank, bn = ch(BANKS)
        return (bank, bn, fresh('tail', lambda: digits(4)))
    if k == 'imei':
        return make_imei()
    if k == 'ptail':
        return digits(4)
    if k == 'cash':
        if kind == 'coin':
            return ch([85, 160, 300, 460, 600, 1200])
        return ch([120, 260, 500, 800, 1300, 2000, 3500, 640, 1100])
    if k == 'amount':
        return {'redenv': lambda: ch([200, 500, 600, 800, 1000, 1200, 2000]),
                'envelope': lambda: ch([3000, 5000, 6800, 8000, 12000, 15000]),
                'bundle': lambda: ch([10000, 20000, 30000, 50000]),
                'loose': lambda: ch([300, 450, 860, 1500, 2600])}[kind]()
    if k == 'kcount':
        return R.randint(1, 3) if kind in ('ekey', 'carkey') else R.randint(2, 7)
    if k == 'remote':
        return ch(BRANDS_OF['e2'])
    if k == 'carkey':
        return ch(CARBRANDS)
    if k == 'plate':
        return fresh('plate', lambda: ch('ABCDEF') + digits(5))
    if k == 'frame':
        code = {'北驰': 'BC', '雪骏': 'XJ', '金鹿达': 'JL', '欣悦': 'XY'}.get(o['vals'].get('brand'), 'EB')
        return fresh('frame', lambda: code + ch(['22', '23', '24']) + f'{R.randint(1, 12):02d}' + ch('KHMN') + digits(5))
    if k == 'bframe':
        return fresh('bframe', lambda: ch(['FL', 'YC', 'HX']) + ch('ABC') + digits(6))
    if k == 'notes':
        return fresh('notes', lambda: ch(['FK', 'HB', 'QT', 'MZ']) + digits(8))
    if k == 'weight':
        lo, hi = {'bracelet': (15, 40), 'necklace': (8, 25), 'ring': (3, 8), 'earring': (2, 5), 'lock': (20, 40)}.get(kind, (5, 20))
        return round(R.uniform(lo, hi), 1)
    if k == 'receipt':
        return fresh('receipt', lambda: 'RF' + digits(8))
    if k == 'esn':
        return fresh('esn', lambda: ch(['HWP', 'APD']) + digits(2) + ch('KMN') + digits(7))
    if k == 'mzh':
        return fresh('mzh', lambda: '100' + digits(6))
    if k == 'yxh':
        return fresh('yxh', lambda: 'CT' + digits(7))
    return ch(sorted(desc_table(k, kind)))


def fact(k, v, own, fnd, wo, wf, fld=None, of=None, ff=None, head=False):
    return dict(k=k, v=v, own=own, fnd=fnd, wo=wo, wf=wf, fld=fld, of=of, ff=ff, head=head)


HEADCOLOR = {'phone', 'wallet', 'ebike', 'bicycle', 'bag', 'jewelry', 'electronics', 'other'}


def idno_forms(v):
    t = v[-4:]
    return [v, v[:6] + '********' + t, v[:4] + '**********' + t, v[:10] + '****' + t, v[:6] + ' ' + v[6:14] + ' ' + v[14:]], t


def imei_forms(v):
    return [v, ' '.join([v[0:4], v[4:8], v[8:12], v[12:]]), v[:8] + '-' + v[8:14] + '-' + v[14]]


def build_fact(k, v, o):
    kind = o['kind']
    cat = o['cat']
    if k == 'color':
        co, cf = COLOR[v]
        fo = [c for c in co if not c.endswith('的')]
        if cat in HEADCOLOR and kind not in ('bundle', 'loose', 'medbag', 'ctfilm'):
            return fact(k, v, co, cf, .85, .95, 'color', fo, cf, head=True)
        a = fo
        if kind in ('senior', 'student', 'driver'):
            return fact(k, v, [f'{c}皮的' for c in a], [f'{c}封皮' for c in cf], .6, .8, 'color', fo, cf)
        if cat == 'id_doc' or kind in ('cardset',):
            return fact(k, v, [f'装在{c}卡套里' for c in a], [f'外有{c}卡套' for c in cf], .5, .8, 'color', fo, cf)
        if cat == 'keys':
            return fact(k, v, [f'钥匙扣是{c}的' for c in a], [f'{c}钥匙扣' for c in cf], .5, .8, 'color', fo, cf)
        if kind == 'envelope':
            return fact(k, v, [f'{c}信封' for c in a], [f'{c}信封' for c in cf], .6, .8, 'color', fo, cf)
        if kind in ('medbag', 'ctfilm'):
            return fact(k, v, [f'装在{c}袋子里' for c in a], [f'{c}袋装' for c in cf], .3, .6, 'color', fo, cf)
        return fact(k, v, [f'{c}的' for c in a], [f'{c}' for c in cf], .7, .8, 'color', fo, cf)
    if k == 'brand':
        return fact(k, v, BR[v], BR_F[v], .8, .8, 'brand', BR[v], BR_F[v], head=True)
    if k == 'model':
        mv = MODELS[model_key(kind, o['vals']['brand'])][v]
        return fact(k, v, mv, mv[:2], .5, .25, 'model', mv, mv[:2], head=True)
    if k in ('name',):
        if kind == 'cardset':
            own = [f'身份证上名字是{v}', f'都是{v}的', f'姓名{v}']
            fnd = [f'内有{v}的身份证和社保卡', f'证件姓名均为{v}']
        else:
            own = [f'名字是{v}', f'上面名字{v}', f'姓名{v}', f'上头写的{v}']
            fnd = [f'姓名{v}', f'持证人{v}', f'上面姓名：{v}', f'名字是{v}']
        return fact(k, v, own, fnd, .95, .95)
    if k == 'signame':
        return fact(k, v, [f'卡背面签着名字{v}'], [f'卡背面签名“{v}”'], .5, .6)
    if k == 'id_name':
        return fact(k, v, [f'里头有身份证，名字{v}', f'夹着身份证，是{v}的', f'有{v}的身份证'],
                    [f'内有身份证一张，姓名{v}', f'夹有{v}的身份证', f'有身份证（{v}）'], .75, .85)
    if k == 'bookname':
        return fact(k, v, [f'书本上写着名字{v}', f'作业本上名字是{v}'], [f'作业本上写着“{v}”', f'课本署名{v}'], .8, .8)
    if k == 'tagname':
        return fact(k, v, [f'上面挂着行李牌，写着{v}', f'贴着名字条，写的{v}'], [f'行李牌上写“{v}”', f'贴有姓名条“{v}”'], .5, .75)
    if k == 'pname':
        return fact(k, v, [f'上面是{v}的名字', f'病人名字{v}'], [f'袋上患者姓名{v}', f'患者姓名：{v}'], .8, .9)
    if k == 'ename':
        return fact(k, v, [f'贴着名字贴“{v}”', f'背面贴了{v}的名字'], [f'贴有名字贴“{v}”', f'背面写着{v}'], .7, .8)
    if k == 'bname':
        return fact(k, v, [f'车座底下写着“{v}”'], [f'车座下写有“{v}”'], .6, .5)
    if k == 'idno':
        forms, t = idno_forms(v)
        own = [f'身份证号{forms[0]}', f'号码是{forms[0]}', f'身份证号后四位是{t}', f'号码尾号{t}', f'号码{forms[1]}', f'身份证号{forms[4]}']
        fnd = [f'公民身份号码{forms[0]}', f'证号{forms[0]}', f'身份证号：{forms[1]}', f'号码{forms[2]}', f'号码{forms[3]}']
        if kind in ('medcard',):
            fnd = [f'社会保障号码{forms[0]}', f'社保号{forms[1]}']
        wo, wf = (.6, .75) if kind in ('idcard', 'driver', 'cardset') else (.4, .7) if kind == 'medcard' else (.2, .45)
        return fact(k, v, own, fnd, wo, wf, 'serial', [forms[0], forms[1], forms[4], '尾号' + t, forms[2]], [forms[0], forms[1], forms[2], forms[3]])
    if k == 'birth':
        y, m, d = v
        own = [f'{y}年出生的', f'{y}年{m}月生人', f'属{ZODIAC[(y - 4) % 12]}的，{y}年的']
        fnd = [f'出生{y}年{m}月{d}日', f'{y}.{m}.{d}出生', f'出生年月{y}年{m}月']
        return fact(k, v, own, fnd, .3, .4)
    if k == 'village':
        return fact(k, v, [f'住址是{v}', f'家是{v}的'], [f'住址：桑干县{v}', f'住址{v}'], .3, .5)
    if k == 'snum':
        return fact(k, v, [f'老年证号{v}', f'证号是{v}'], [f'证号{v}', f'编号No.{v}'], .25, .6, 'serial', [v, 'No.' + v], [v, 'No.' + v])
    if k == 'xh':
        return fact(k, v, [f'学号{v}', f'学号是{v}'], [f'学号{v}'], .55, .8, 'serial', [v, '学号' + v], [v])
    if k == 'cls':
        cv = cls_variants(v)
        return fact(k, v, [f'{c}的' for c in cv], [f'班级{c}' for c in cv], .6, .6)
    if k == 'card_tail':
        bank, bn, t = v
        own = [f'{bank}的卡，尾号{t}', f'卡号后四位{t}', f'一张{bank}卡，{bn}****{t}']
        cn = {'农商银行': '农商银行卡', '邮储': '邮储银行卡', '信用社': '信用社的卡', '农行': '农行卡'}[bank]
        fnd = [f'{cn}一张，卡号{bn}****{t}', f'{cn}（尾号{t}）', f'银行卡尾号{t}']
        wo, wf = (.8, .9) if kind == 'bankcard' else (.5, .7)
        return fact(k, v, own, fnd, wo, wf, 'serial', [f'尾号{t}', t, f'{bn}****{t}', f'{bn[:4]} **** **** {t}'], [f'{bn}****{t}', f'尾号{t}', f'{bn[:4]}********{t}'])
    if k == 'imei':
        forms = imei_forms(v)
        own = [f'IMEI是{forms[0]}', f'串号{forms[1]}', f'盒子上的串号{forms[0]}', f'IMEI后六位{v[-6:]}', f'串号{forms[2]}']
        if kind == 'elder':
            fnd = [f'电池仓贴纸IMEI:{forms[0]}', f'后盖内IMEI号{forms[0]}']
            wo, wf = .15, .45
        elif kind == 'kidwatch':
            fnd = [f'表背IMEI：{forms[0]}']
            wo, wf = .3, .35
        else:
            fnd = [f'IMEI号{forms[0]}', f'经查串号为{forms[0]}', f'IMEI：{forms[1]}']
            wo, wf = .4, .3
        return fact(k, v, own, fnd, wo, wf, 'serial', [forms[0], forms[1], forms[2], 'IMEI:' + v, '后六位' + v[-6:]], [forms[0], forms[1], 'IMEI ' + v])
    if k == 'ptail':
        return fact(k, v, [f'手机号尾号{v}', f'电话号后四位{v}'], None, .35, 0)
    if k == 'cash':
        ms = [money_ph(v) for _ in range(3)]
        return fact(k, v, [f'里面有{ms[0]}现金', f'有现金{ms[1]}', f'钱有{ms[2]}'], [f'内有现金{v}元', f'现金{v}元', f'人民币{v}元'], .85, .6)
    if k == 'amount':
        ms = [money_ph(v) for _ in range(3)]
        return fact(k, v, [f'一共{ms[0]}', f'里面是{ms[1]}', f'总共{ms[2]}'], [f'经清点共{v}元', f'内装现金{v}元', f'人民币{v}元'], .98, .95)
    if k == 'kcount':
        return fact(k, v, [f'一共{zh_int(v)}把钥匙', f'{v}把钥匙', f'有{zh_int(v)}把'], [f'钥匙{v}把', f'共{v}把钥匙'], .6, .9)
    if k == 'remote':
        return fact(k, v, [f'带着个{v}电动车遥控钥匙', f'有{v}电车的遥控器'], [f'附{v}电动车遥控器一个', f'带{v}遥控钥匙'], .7, .75)
    if k == 'carkey':
        return fact(k, v, [f'有一把{v}汽车遥控钥匙'], [f'{v}汽车遥控钥匙一把'], .8, .8)
    if k == 'plate':
        L_, d = v[0], v[1:]
        forms = [f'桑干{v}', f'桑干{L_}·{d}', v, f'桑干 {v}']
        return fact(k, v, [f'车牌{forms[0]}', f'牌照是{forms[1]}', f'车牌号{forms[2]}'], [f'牌照{forms[0]}', f'车牌：{forms[1]}'], .75, .85, 'serial', forms, forms[:2])
    if k in ('frame', 'bframe'):
        sp = v[:2] + ' ' + v[2:6] + ' ' + v[6:] if k == 'frame' else v[:3] + ' ' + v[3:]
        forms = [v, v.lower(), sp]
        own = [f'车架号{v}', f'车架号{sp}', f'车架号后五位{v[-5:]}']
        fnd = [f'车架号{v}', f'车架号为{sp}', f'车架钢印{v}']
        wo, wf = (.35, .5) if k == 'frame' else (.2, .45)
        return fact(k, v, own, fnd, wo, wf, 'serial', forms + ['后五位' + v[-5:]], forms)
    if k == 'notes':
        return fact(k, v, [f'新钱连号，头一张冠字号{v}', f'号码是{v}开头连号的'], [f'百元新钞连号，首张冠字号{v}'], .35, .6, 'serial', [v, v[:2] + ' ' + v[2:]], [v])
    if k == 'weight':
        return fact(k, v, [f'{v}克', f'{v}克重', f'发票上写的{v}克'], [f'称重约{v}克', f'重{v}克'], .6, .3)
    if k == 'receipt':
        return fact(k, v, [f'发票号{v}', f'发票编号{v}'], [f'盒内有购物发票，编号{v}'], .3, .5, 'serial', [v], [v])
    if k == 'esn':
        return fact(k, v, [f'序列号{v}', f'SN码{v}'], [f'SN：{v}', f'序列号{v}'], .3, .45, 'serial', [v, v.lower()], [v])
    if k == 'mzh':
        return fact(k, v, [f'门诊号{v}', f'就诊卡号{v}'], [f'门诊号{v}'], .3, .7, 'serial', [v, '门诊号' + v], [v])
    if k == 'yxh':
        return fact(k, v, [f'影像号{v}', f'片子袋上的号{v}'], [f'影像号{v}', f'检查号{v}'], .35, .7, 'serial', [v], [v])
    tab = desc_table(k, kind)
    own, fnd = tab[v]
    wo, wf = DW[k]
    return fact(k, v, own, fnd, wo, wf)


def build_facts(o):
    return [build_fact(k, v, o) for k, v in o['vals'].items() if v is not None]


# ----------------------------------------------------------------------------- objects
GW = {
    'id_doc': [('rail', 30), ('bus', 18), ('hosp', 10), ('town', 17), ('mkt', 5), ('fair', 5), ('far', 8), ('taxi', 3), ('busline', 4)],
    'phone': [('rail', 22), ('bus', 12), ('hosp', 12), ('mkt', 10), ('fair', 14), ('town', 14), ('taxi', 6), ('busline', 5), ('far', 5)],
    'wallet': [('mkt', 20), ('fair', 14), ('rail', 14), ('bus', 10), ('hosp', 12), ('town', 20), ('far', 6), ('taxi', 4)],
    'keys': [('town', 30), ('school', 8), ('mkt', 14), ('hosp', 12), ('fair', 10), ('rail', 10), ('bus', 8), ('far', 8)],
    'bag': [('rail', 34), ('bus', 22), ('busline', 8), ('mkt', 14), ('town', 10), ('taxi', 8), ('far', 4)],
    'cash': [('mkt', 24), ('fair', 18), ('town', 26), ('hosp', 14), ('rail', 8), ('far', 10)],
    'jewelry': [('fair', 24), ('town', 30), ('mkt', 14), ('hosp', 10), ('rail', 10), ('bus', 8), ('far', 4)],
    'electronics': [('rail', 22), ('bus', 16), ('hosp', 16), ('fair', 14), ('town', 16), ('far', 10)],
    'other': [('rail', 18), ('bus', 16), ('hosp', 22), ('mkt', 10), ('fair', 10), ('town', 12), ('far', 8)],
}
GW_KIND = {
    'student': [('school', 70), ('town', 20), ('fair', 10)], 'schoolbag': [('school', 70), ('town', 15), ('bus', 15)],
    'kidwatch': [('school', 45), ('town', 30), ('fair', 25)],
    'senior': [('hosp', 40), ('bus', 20), ('far', 25), ('town', 15)], 'medcard': [('hosp', 45), ('far', 30), ('town', 15), ('bus', 10)],
    'cane': [('hosp', 50), ('far', 30), ('town', 20)], 'medbag': [('hosp', 60), ('far', 25), ('bus', 15)],
    'ctfilm': [('hosp', 60), ('far', 10), ('bus', 20), ('taxi', 10)], 'bp': [('hosp', 60), ('far', 40)], 'hearing': [('hosp', 60), ('far', 40)],
    'opera': [('fair', 30), ('town', 30), ('far', 25), ('hosp', 15)], 'woven': [('rail', 45), ('bus', 35), ('busline', 20)],
    'trolley': [('rail', 60), ('bus', 30), ('taxi', 10)], 'giftbox': [('mkt', 40), ('bus', 30), ('rail', 30)],
    'shopping': [('mkt', 50), ('town', 30), ('busline', 20)],
}


def pick_loss_place(o):
    cat, kind = o['cat'], o['kind']
    if cat == 'ebike':
        return ch(EBIKE_PARK)
    if cat == 'bicycle':
        return ch(BIKE_PARK)
    g = wch(GW_KIND.get(kind) or GW[cat])
    if g == 'far':
        return ch(FAR_PLACES)
    if g == 'town':
        return ch(TOWN_SUB.get(cat, TOWN_SUB['_']))
    return ch(GROUP_PLACES[g])


WINW = {'id_doc': [('hours', 30), ('period', 25), ('days', 25), ('long', 20)], 'phone': [('hours', 60), ('period', 35), ('days', 5)],
        'wallet': [('hours', 55), ('period', 35), ('days', 10)], 'keys': [('hours', 40), ('period', 40), ('days', 20)],
        'ebike': [('hours', 70), ('period', 20), ('days', 10)], 'bicycle': [('hours', 50), ('period', 30), ('days', 20)],
        'bag': [('hours', 65), ('period', 30), ('days', 5)], 'cash': [('hours', 60), ('period', 35), ('days', 5)],
        'jewelry': [('hours', 35), ('period', 35), ('days', 20), ('long', 10)], 'electronics': [('hours', 50), ('period', 35), ('days', 15)],
        'other': [('hours', 40), ('period', 40), ('days', 20)]}
PERIODS = [(8, 12, '上午'), (12, 14, '中午'), (13, 18, '下午'), (18, 22, '晚上'), (7, 18, '白天'), (6, 9, '早上')]


def make_window(t, kind):
    D = day_of(t)
    tod = t % 1440
    w = dict(kind=kind, name='')
    if kind == 'period':
        fit = [x for x in PERIODS if x[0] * 60 <= tod < x[1] * 60]
        if not fit:
            return make_window(t, 'hours')
        a, b, nm = ch(fit)
        w.update(st=D * 1440 + a * 60, en=D * 1440 + b * 60, name=nm)
    elif kind == 'hours':
        st = t - R.randint(10, 150)
        st -= st % 30
        en = t + R.randint(10, 150)
        en += (-en) % 30
        if day_of(en - 1) != D or en % 1440 > 22 * 60:
            en = min(en, D * 1440 + 22 * 60)
        if en <= t:
            en = t + 30 - (t % 30)
        if day_of(st) != D:
            st = D * 1440 + 5 * 60
        w.update(st=st, en=en)
    elif kind == 'days':
        w.update(st=(D - R.randint(1, 2)) * 1440, en=(D + R.randint(0, 2)) * 1440 + 1440)
    else:
        w.update(st=(D - R.randint(4, 18)) * 1440, en=(D + R.randint(1, 5)) * 1440 + 1440)
    if w['en'] > NOW:
        if kind == 'hours' or kind == 'period':
            w['en'] = NOW
            w['kind'] = 'hours'
        else:
            w['en'] = (DAY_NOW) * 1440 + 12 * 60
            if w['en'] < t:
                w['en'] = NOW
    assert w['st'] <= t <= w['en'] <= NOW, (w, t)
    return w


def make_object(cat, role, kind=None, color=None, brand=None, cross=None, place=None):
    kind = kind or wch(KINDS[cat])
    age = wch(AGEW.get(kind) or AGEW.get(cat) or AGEW_DEFAULT)
    sex = 'f' if p(SEXW.get(kind, 0.5)) else 'm'
    o = dict(cat=cat, fcat=cross or cat, kind=kind, role=role, vals={}, cross=bool(cross))
    o['owner'] = make_person(age, sex)
    keys = [k for k, pr in KIND_FACTS[kind] if pr >= 1 or p(pr)]
    if 'model' in keys and 'brand' not in keys:
        keys.remove('model')
    for k in keys:
        if k == 'color' and color:
            v = color
        elif k == 'brand' and brand:
            v = brand
        else:
            v = vg(k, o)
        o['vals'][k] = v
    if color and 'color' not in o['vals'] and PALETTE.get(kind):
        o['vals'] = dict([('color', color)] + list(o['vals'].items()))
    if brand and 'brand' not in o['vals'] and kind in BRANDS_OF:
        o['vals'] = dict([('brand', brand)] + list(o['vals'].items()))
    o['vals'] = {k: v for k, v in o['vals'].items() if v is not None}
    o['place'] = place or pick_loss_place(o)
    o['t_loss'] = pick_loss_time(o['place'])
    o['win'] = make_window(o['t_loss'], wch(WINW[cat]))
    return o


def regen_ident(o, keep=()):
    """Give a copied object a new identity: fresh names, numbers and serials. Returns the changed keys."""
    changed = []
    for k in list(o['vals']):
        if k in IDENT and k not in keep:
            old = o['vals'][k]
            o['_named'] = True
            for _ in range(50):
                nv = vg(k, o)
                if nv != old:
                    break
            o['vals'][k] = nv
            changed.append(k)
    return changed


# ----------------------------------------------------------------------------- voices
VOICE_W = {'old': [('elder', 30), ('relative', 45), ('farmer', 10), ('staff', 7), ('hurried', 8)],
           'young': [('student', 70), ('plain', 18), ('hurried', 12)],
           'youth': [('migrant', 42), ('plain', 38), ('hurried', 14), ('staff', 6)],
           'mid': [('plain', 34), ('migrant', 22), ('farmer', 22), ('hurried', 14), ('staff', 8)]}
FILL_L = {'hurried': [('hurried', 1)], 'staff': [('form', 7), ('some', 3)], 'plain': [('form', 35), ('some', 40), ('body', 25)],
          'elder': [('form', 25), ('some', 35), ('body', 40)], 'relative': [('form', 25), ('some', 35), ('body', 40)],
          'farmer': [('form', 25), ('some', 35), ('body', 40)], 'migrant': [('form', 30), ('some', 40), ('body', 30)],
          'student': [('form', 30), ('some', 40), ('body', 30)]}
FINDER_W = {'rail': [('station', 4), ('cleaner', 3), ('passerby', 2), ('desk', 1)],
            'bus': [('station', 3), ('driver', 2), ('cleaner', 2), ('passerby', 2)],
            'busline': [('driver', 5), ('passerby', 1)], 'taxi': [('driver', 1)],
            'hosp': [('security', 3), ('cleaner', 2), ('nurse', 2), ('passerby', 2)],
            'mkt': [('vendor', 4), ('passerby', 3), ('security', 1)], 'fair': [('vendor', 3), ('passerby', 3), ('security', 2)],
            'school': [('teacher', 4), ('security', 1)], 'town': [('passerby', 4), ('cleaner', 2), ('desk', 1)],
            'far': [('nurse', 2), ('passerby', 2), ('vendor', 1)], 'ext': [('patrol', 3), ('passerby', 2)]}
FILL_F = {'station': [('form', 55), ('some', 35), ('body', 10)], 'security': [('form', 55), ('some', 35), ('body', 10)],
          'teacher': [('form', 50), ('some', 35), ('body', 15)], 'patrol': [('form', 55), ('some', 35), ('body', 10)],
          'cashier': [('form', 55), ('some', 35), ('body', 10)], 'desk': [('form', 50), ('some', 30), ('hurried', 20)],
          '_': [('form', 30), ('some', 35), ('body', 25), ('hurried', 10)]}
REL_F = [('妈', '儿子'), ('妈', '闺女'), ('奶奶', '孙子'), ('姥姥', '外孙女'), ('婆婆', '儿媳妇')]
REL_M = [('爸', '儿子'), ('爸', '闺女'), ('爷爷', '孙子'), ('姥爷', '外孙'), ('公公', '儿媳妇')]
AWAY = ['省城', '外省', '南方', '外地', '内蒙那边']
ACT = {
    'rail': ['等车', '排队进站', '下了车往外走，人挤人的', '等家里人来接', '排队买票改签', '坐着歇了一会儿'],
    'bus': ['等班车', '排队买票', '等车，人多得挤不动', '上车的时候人太多', '下车拿东西'],
    'busline': ['回家', '回村，车上人挤', '进城'],
    'taxi': ['回家', '从车站回村'],
    'hosp': ['排队挂号', '取药', '等着拍片子', '陪老人看病', '楼上楼下跑着交费'],
    'mkt': ['买年货', '进货', '买对联福字', '称干果', '买冻肉'],
    'fair': ['逛庙会，人山人海', '看戏', '上香', '吃小吃', '领着孙子玩'],
    'school': ['上课', '上体育课', '放学的时候', '打扫卫生'],
    'st_super': ['买东西', '结账', '买年货'], 'st_walk': ['逛街', '买衣服'], 'st_sq': ['晒太阳', '扭秧歌', '看人下棋'],
    'st_bank': ['取钱', '存钱', '办卡'], 'st_gov': ['办事', '补办证件', '办社保'], 'st_gold': ['买金子', '逛金店'], 'st_bath': ['洗澡', '搓澡'],
    'clinic': ['打针', '拿药', '输液'], 'market': ['赶集', '卖鸡蛋', '买年货'],
}


ACT.update({
    'rail_wait': ['等车', '坐着歇了一会儿', '等车的时候打了个盹'], 'rail_ticket': ['排队买票改签', '取票', '排队买票'],
    'rail_gate': ['排队进站', '过安检，手里大包小包的'], 'rail_exit': ['下了车往外走，人挤人的', '出站'],
    'rail_square': ['等家里人来接', '等三轮车', '拉着行李往外走'], 'rail_platform': ['等车', '上车的时候人挤人'],
    'bus_hall': ['等班车', '等车，人多得挤不动'], 'bus_ticket': ['排队买票'], 'bus_depart': ['上车的时候人太多', '下车拿东西', '往车上搬东西'],
    'bus_gate': ['等三轮车', '下了车往家走'],
    'hosp_hall': ['排队挂号', '等叫号', '陪老人看病'], 'hosp_reg': ['排队挂号', '交费'], 'hosp_pharm': ['取药', '排队拿药'],
    'hosp_inpat': ['陪床', '看病人'], 'hosp_ct': ['等着拍片子', '做CT'], 'hosp_gate': ['等车', '下三轮车'],
    'mkt_main': ['买年货', '进货'], 'mkt_dry': ['称干果', '买调料'], 'mkt_couplet': ['买对联福字', '挑灯笼'], 'mkt_gate': ['等人', '往车上装年货'],
    'mkt_meat': ['买冻肉', '买排骨'], 'fair_main': ['逛庙会，人山人海', '领着孙子玩', '套圈'], 'fair_food': ['吃小吃', '买糖葫芦'],
    'fair_stage': ['看戏', '听戏'], 'fair_temple': ['上香', '烧香磕头'],
    'sch_gate': ['放学的时候', '等家长'], 'sch_yard': ['上体育课', '跑操'], 'sch_shed': ['取车', '放车'], 'sch_bldg': ['上课', '打扫卫生'],
})
VEH_ACT = {'hosp_gate': ['进去看病', '进去拿药'], 'mkt_gate': ['进去买年货', '进市场转了转'], 'st_super': ['进去买东西', '进超市买年货'],
           'fair_main': ['去逛庙会', '进去上香'], 'sch_shed': ['去上课', '进学校开家长会'], 'bus_gate': ['去接人', '进站送孩子'],
           'nb_market': ['去赶集', '去买年货'], 'xh_market': ['去赶集', '去卖鸡蛋'], 'st_walk': ['去逛街', '进店里买衣服'],
           'rail_square': ['进站送人', '去接人'], 'st_bath': ['进去洗澡']}
PARK = {'hosp_gate': '县医院门口车棚', 'mkt_gate': '东关批发市场南门', 'st_super': '惠民超市门口', 'fair_main': '庙会入口',
        'sch_shed': '二中车棚', 'bus_gate': '汽车站门口', 'nb_market': '南堡集口上', 'xh_market': '西河营大集边上',
        'st_walk': '步行街口', 'rail_square': '火车站站前广场', 'st_bath': '兴旺澡堂门口'}


def act_for(pid):
    g = PL[pid]['g']
    if pid in ACT:
        return ch(ACT[pid])
    if g in FAR:
        return ch(ACT['clinic'] if 'clinic' in pid else ACT['market'])
    return ch(ACT.get(g, ['办事']))


DISC = ['回家才发现', '一摸兜', '到家一看', '等想起来', '过了一会儿发现', '上车才发现', '回头一看']
LVERB = ['丢了', '没了', '找不着了', '不见了']
CLOSE_L = {
    'plain': ['麻烦帮忙留意，谢谢。', '有捡到的请联系我，必有酬谢。', '望好心人归还。', ''],
    'elder': ['俺就这一个，麻烦给找找。', '谁捡着了给送回来，俺谢谢他。', ''],
    'relative': ['老人着急得睡不着，麻烦留意。', '东西不值啥钱，老人用惯了。', '拜托了。'],
    'migrant': ['过了十五还得回去上班，着急。', '年后还要出门，麻烦尽快。', '谢谢警察同志。'],
    'student': ['开学还要用，谢谢。', ''],
    'farmer': ['俺们村离得远，有信儿给打个电话。', ''],
    'staff': ['旅客已留联系方式。', '请协助查找。'],
}
CLOSE_F = ['暂存所内，待失主认领。', '请失主携带有效证件认领。', '拾得人未留联系方式。', '拾得人说不用谢，人已经走了。', '已拍照存档。', '', '']
FLAVOR_F = {
    'phone': ['已关机。', '电量还剩一格。', '拾得后有电话打进来，未接。', '屏幕有密码打不开。', ''],
    'ebike': ['停放多日无人认领。', '车上落了一层灰。', '钥匙没拔。', ''],
    'bicycle': ['停了好几天没人管。', '车上落了一层灰。', ''],
    'id_doc': ['', '', '证件完好。'], 'cash': ['当面清点。', ''], 'keys': ['', '一直没人来找。'],
}
TYPOS = [('身份证', '身分证'), ('钥匙', '钥是'), ('候车', '侯车'), ('门诊', '门珍'), ('钱包', '钱抱'), ('医保卡', '医宝卡'),
         ('项链', '项连'), ('手镯', '手卓'), ('已经', '以经'), ('联系', '连系'), ('麻烦', '麻凡'), ('登记', '登纪'), ('充电宝', '冲电宝'),
         ('保温杯', '保温背'), ('拐杖', '拐仗'), ('红包', '红抱'), ('批发', '批法'), ('挂号', '卦号'), ('估计', '古计'),
         ('发现', '发先'), ('着急', '着极'), ('谢谢', '谢射'), ('在', '再'), ('的', '得'), ('找不着', '找不到')]


def typo(s, n, reg=None):
    opts = [t for t in TYPOS if t[0] in s]
    done = 0
    for _ in range(n):
        if not opts:
            break
        a, b = opts.pop(R.randrange(len(opts)))
        s = s.replace(a, b, 1)
        done += 1
    if reg is not None:
        reg['n_typo'] = done
    return s


def jitter(pid):
    return round(PL[pid]['lat'] + R.uniform(-0.0006, 0.0006), 6), round(PL[pid]['lon'] + R.uniform(-0.0006, 0.0006), 6)


def noun_for(o, side):
    if o['cross'] and o['kind'] in CROSS_NOUN:
        return ch(CROSS_NOUN[o['kind']][0 if side == 'L' else 1])
    return ch(NOUN[o['kind']][1 if side == 'L' else 2])


def headline(o, side, heads, qty=True):
    col = brand = model = ''
    for f in heads:
        ph = ch(f['own'] if side == 'L' else f['fnd'])
        if f['k'] == 'color':
            col = ph
        elif f['k'] == 'brand':
            brand = ph
        elif f['k'] == 'model':
            model = ph
    if brand and model and (brand.lower() in model.lower() or model.lower().startswith(brand.lower()[:2])):
        brand = ''
    noun = noun_for(o, side)
    if o['cat'] == 'jewelry' and brand:
        brand += ch(['的', '家的', '金店的'])
    if col and not col.endswith('的') and p(.25):
        col += '的'
    sep = ' ' if brand and model and brand[-1].isascii() and model[0].isascii() else ''
    if model and noun[0].isascii():
        model += ' '
    s = col + brand + sep + model + noun
    q = NOUN[o['kind']][0]
    if o['cross'] and o['kind'] == 'coin':
        q = '一个'
    return (q + s) if qty else s


def choose_facts(reg, side):
    o = reg['obj']
    fill = reg['fill']
    chosen = []
    mult = {'form': 1.0, 'some': 0.9, 'body': 0.85, 'hurried': 0.25}[fill]
    for f in build_facts(o):
        ph = f['own'] if side == 'L' else f['fnd']
        if not ph or f['k'] in reg['forbid']:
            continue
        w = (f['wo'] if side == 'L' else f['wf']) * mult
        if f['k'] in reg['forced'] or R.random() < w:
            chosen.append(f)
    return chosen


def route(chosen, reg, side):
    fill = reg['fill']
    pf = {'form': 0.9, 'some': 0.55, 'body': 0.0, 'hurried': 0.1}[fill]
    fields, heads, body_cl, mark_cl = {}, [], [], []
    for f in chosen:
        fv = f['of'] if side == 'L' else f['ff']
        in_field = False
        if f['fld'] and fv and f['fld'] not in fields and R.random() < pf:
            fields[f['fld']] = ch(fv)
            in_field = True
        if f['head']:
            if not in_field or p(.6):
                heads.append(f)
            continue
        ph = ch(f['own'] if side == 'L' else f['fnd'])
        if in_field and not p(.35):
            continue
        if fill in ('form', 'some') and p(.5):
            mark_cl.append(ph)
        else:
            body_cl.append(ph)
    return fields, heads, body_cl, mark_cl


def lost_style(voice):
    if voice in ('elder', 'relative', 'farmer'):
        return 'lunar' if p(.65) else 'greg'
    if voice == 'migrant':
        return 'greg' if p(.7) else 'lunar'
    if voice == 'hurried':
        return 'rel' if p(.5) else 'greg'
    if voice == 'staff':
        return 'greg'
    return 'both' if p(.15) else 'greg'


def place_name(pid, side):
    n = ch(PL[pid]['n'])
    return n


def render_lost(reg):
    o = reg['obj']
    voice = reg['voice']
    fill = reg['fill']
    chosen = choose_facts(reg, 'L')
    fields, heads, body_cl, mark_cl = route(chosen, reg, 'L')
    for f in chosen:
        if f['head'] and f not in heads and f['fld'] not in fields:
            heads.append(f)
    reg['stated'] = {'kind': o['kind']}
    for f in chosen:
        reg['stated'][f['k']] = f['v']
    hd = headline(o, 'L', heads)
    hd0 = headline(o, 'L', heads, qty=False)
    own = o['owner']
    style = lost_style(voice)
    pid = o['place']
    g = PL[pid]['g']
    pn = place_name(pid, 'L')
    if o['cat'] in ('ebike', 'bicycle') and pid in PARK and p(.7):
        pn = PARK[pid]
    addr = pn + ('上' if g in ('busline', 'taxi') else '')
    w = o['win']
    if voice == 'hurried':
        cl = body_cl + mark_cl
        cls = ('，' + '，'.join(cl)) if cl else ''
        dt = date_ph(day_of(w['st']), style)
        body = ch([f'{addr}丢了{hd0}{cls}，急', f'{dt}在{addr}丢失{hd}{cls}。', f'丢{hd0}，{addr}{cls}，速联系', f'{dt}{addr}丢{hd0}{cls}'])
        mark_cl = []
    else:
        sex = own['sex']
        him = '她' if sex == 'f' else '他'
        name = own['name']
        age_zh = zh_int(own['years']) if own['years'] < 100 else str(own['years'])
        if voice == 'elder':
            subj = '俺'
            opener = ch([f'俺是{own["village"]}的，今年{age_zh}了，', '俺老了，记性不行，', f'俺叫{name}，', ''])
        elif voice == 'relative':
            rel, rr = ch(REL_F if sex == 'f' else REL_M)
            subj = ch([f'我{rel}', '老人', him, '老太太' if sex == 'f' else '老爷子'])
            opener = ch([f'替我{rel}来登记，老人{age_zh}了，说不清楚。', f'我是{name}的{rr}，{him}岁数大了，我替{him}来报。',
                         f'帮我{rel}报个失。', f'我{rel}{name}，{own["years"]}岁，东西是{him}丢的。'])
        elif voice == 'migrant':
            subj = '我'
            opener = ch([f'我在{ch(AWAY)}打工，回来过年，', f'我是{own["village"]}的，在{ch(AWAY)}干活，', '在外地干了一年，回家过年，', '过完年准备回工地，', ''])
        elif voice == 'student':
            c = o['vals'].get('cls') or ch(CLASSES)
            if p(.5):
                subj = '我'
                opener = ch([f'我是县二中{c}的{name}，', '我是二中的学生，'])
            else:
                subj = '孩子'
                opener = ch([f'孩子叫{name}，在二中{c}上学，我是家长。', '我是家长，'])
        elif voice == 'farmer':
            subj = ch(['俺', '我'])
            opener = ch([f'俺是{own["village"]}的，', f'我是{own["village"]}种地的，', '俺们村的，进城办点事，'])
        elif voice == 'staff':
            if g in ('rail',):
                subj, opener = '旅客', f'桑干站客运值班员代旅客登记：旅客{name}（{own["village"]}人）称，'
            elif g in ('bus', 'busline'):
                subj, opener = '乘客', f'客运站服务台代乘客登记：乘客{name}反映，'
            else:
                subj, opener = '患者', f'县医院门诊服务台代为登记：患者{name}的家属称，'
        else:
            subj = ch(['我', '我', '本人'])
            opener = ch(['', f'本人{name}，', f'我叫{name}，', '失主本人登记：'])
        tph = window_ph(w, style)
        if o['cat'] in ('ebike', 'bicycle'):
            narr = (f'{tph}，{subj}把{hd0}停在{pn}，' + ch(VEH_ACT.get(pid, ['进去办点事', '去旁边转了转'])) + '，' +
                    ch(['出来一看', '回来', '一个来小时后出来']) + '车就没了')
        elif w['kind'] == 'long':
            narr = (f'{subj}的{hd0}，最后一回见着是{date_ph(day_of(w["st"]), style)}，{date_ph(day_of(w["en"] - 1), style)}要用的时候才发现没了，'
                    f'那几天去过{pn}，估计是丢那儿了')
        elif w['kind'] == 'days':
            narr = f'{tph}，{subj}去过{pn}，{hd0}不知道啥时候{ch(LVERB)}'
        else:
            loc = f'坐{pn}{act_for(pid)}' if g in ('busline', 'taxi') else f'在{pn}{act_for(pid)}'
            narr = f'{tph}，{subj}{loc}，' + ch([f'{ch(DISC)}丢了{hd}', f'{ch(DISC)}{hd0}{ch(LVERB)}'])
        if reg.get('alt'):
            narr += f'。也可能是落在{place_name(reg["alt"], "L")}了，说不准'
        cl = ''
        if body_cl:
            cl = ch(['', '特征：', '具体是：', '那个东西']) + '，'.join(body_cl) + '。'
            if cl.startswith('那个东西'):
                cl = cl.replace('那个东西', '', 1)
        closers = CLOSE_L[voice]
        if o['cat'] in ('cash', 'jewelry', 'ebike', 'wallet', 'bag'):
            closers = [c for c in closers if not any(w in c for w in ('不值', '这一个', '用惯'))] or ['']
        body = opener + narr + '。' + cl + ch(closers)
    n_typo = 0
    if voice == 'hurried':
        n_typo = 1 if p(.55) else 0
    elif voice in ('elder', 'relative', 'farmer'):
        n_typo = R.randint(1, 2) if p(.35) else 0
    elif voice == 'migrant':
        n_typo = 1 if p(.25) else 0
    elif p(.1):
        n_typo = 1
    body = typo(body, n_typo, reg)
    out = {'category': o['cat'], 'body': body}
    for fk in ('color', 'brand', 'model', 'serial'):
        if fk in fields:
            out[fk] = fields[fk]
    if mark_cl:
        out['marks'] = '；'.join(mark_cl)
    has_addr = p({'form': .9, 'some': .6, 'body': .2, 'hurried': .3}[fill])
    if has_addr:
        out['address'] = addr
    if (has_addr and p(.5)) or (not has_addr and p(.1)):
        out['lat'], out['lon'] = jitter(pid)
    out['lost_from_min'] = NOW - w['st']
    out['lost_to_min'] = NOW - w['en']
    reg['out'] = out


def finder_text(reg):
    ft = reg['finder']
    fp = reg['fplace']
    org = PL[fp]['org'] or '附近'
    n = reg['fname']
    if ft == 'station':
        if PL[fp]['g'] == 'rail':
            return ch([f'桑干站客运值班员{n}交来：', '车站服务台交来：', '火车站工作人员送交：']), ch(['值班员巡视时', '', '工作人员'])
        return ch(['汽车站服务台交来：', f'客运站站务员{n}交来：']), ch(['站务员', '', '巡查时'])
    if ft == 'cleaner':
        return ch([f'保洁员{n}交来，', f'保洁{n}送来的，说', '环卫工送来，说']), ch(['打扫卫生时', '扫地的时候', ''])
    if ft == 'security':
        return ch([f'{org}保安{n}交来：', f'{org}值班保安送交：']), ch(['巡逻时', ''])
    if ft == 'nurse':
        return ch([f'{org}护士{n}交来：', f'{org}送来：']), ''
    if ft == 'driver':
        g = PL[fp]['g']
        if g == 'taxi':
            return ch([f'出租车司机{n}交来：', f'开三轮的{n}师傅送来，说']), '乘客下车后'
        return ch([f'班车司机{n}交来：', '班车售票员交来：']), ch(['乘客下车后', '收车时'])
    if ft == 'teacher':
        return ch([f'县二中{n}老师交来：', '二中政教处交来：']), '学生'
    if ft == 'vendor':
        return ch([f'摆摊的{n}送来，说', f'{org}商户{n}交来：']), ch(['收摊时', ''])
    if ft == 'patrol':
        return ch(['巡逻民警发现：', f'社区网格员{n}反映：', '群众反映：']), ''
    if ft == 'desk':
        return ch(['群众送交：', '']), ''
    if ft == 'cashier':
        return ch([f'惠民超市收银员{n}交来：', '惠民超市前台送来：']), ch(['', '顾客走后'])
    return ch([f'群众{n}交来：', f'过路的{n}送来，说', '一位大爷送来，说', '热心群众交来（未留姓名）：']), ''


def found_style(ft):
    if ft in ('station', 'security', 'teacher', 'patrol', 'desk'):
        return 'formal' if p(.7) else 'greg'
    return ch(['greg', 'greg', 'lunar'])


def render_found(reg):
    o = reg['obj']
    fill = reg['fill']
    chosen = choose_facts(reg, 'F')
    fields, heads, body_cl, mark_cl = route(chosen, reg, 'F')
    for f in chosen:
        if f['head'] and f not in heads and f['fld'] not in fields:
            heads.append(f)
    reg['stated'] = {'kind': o['kind']}
    for f in chosen:
        reg['stated'][f['k']] = f['v']
    hd = headline(o, 'F', heads)
    hd0 = headline(o, 'F', heads, qty=False)
    fp = reg['fplace']
    fpn = place_name(fp, 'F')
    if PL[fp]['g'] in ('busline', 'taxi'):
        fpn += '上'
    spot = ch(PL[fp]['spots'])
    if o['cat'] in ('ebike', 'bicycle') and PL[fp]['g'] != 'ext':
        spot = ch(['门口', '路边', '墙根底下', '旁边空地上'])
    for k in (4, 3, 2):
        if len(spot) > k and fpn.endswith(spot[:k]):
            spot = spot[k:]
            break
    if fpn.endswith(spot) or spot in ('上', '边上', '里') or (spot.endswith('边上') and spot[:2] in fpn):
        spot = ''
    t = reg['t_found']
    ft = reg['finder']
    style = found_style(ft)
    cat = reg['cat']
    if fill == 'hurried':
        cl = body_cl + mark_cl
        cls = ('，' + '，'.join(cl)) if cl else ''
        body = ch([f'{fpn}捡到{hd}{cls}', f'{date_ph(day_of(t), "greg")}在{fpn}拾得{hd}{cls}', f'{hd0}，{fpn}{spot}捡的{cls}'])
        mark_cl = []
    else:
        opener, fsubj = finder_text(reg)
        tph = found_time_ph(t, style)
        if o['cat'] in ('ebike', 'bicycle'):
            main = f'{tph}，在{fpn}{spot}发现{hd}'
        else:
            verb = ch(['拾得', '捡到', '发现']) if style == 'formal' else ch(['捡到', '捡着', '拾到', '发现'])
            main = f'{tph}，{fsubj}在{fpn}{spot}{verb}{hd}'
        cl = ''
        if body_cl:
            cl = ch(['', '特征：', '经查看：', '']) + '，'.join(body_cl) + '。'
        body = opener + main + '。' + cl + ch(FLAVOR_F.get(o['cat'], [''])) + ch(CLOSE_F)
    n_typo = 0
    if fill == 'hurried':
        n_typo = 1 if p(.4) else 0
    elif ft in ('cleaner', 'vendor', 'passerby') and p(.2):
        n_typo = 1
    body = typo(body, n_typo, reg)
    out = {'category': cat, 'body': body}
    for fk in ('color', 'brand', 'model', 'serial'):
        if fk in fields:
            out[fk] = fields[fk]
    if mark_cl:
        pre = ['', '', '特征：'] + (['内有：'] if cat in ('bag', 'wallet', 'cash') and not any(m.startswith(('内', '另')) for m in mark_cl) else [])
        out['marks'] = ch(pre) + '；'.join(mark_cl)
    has_addr = p({'form': .9, 'some': .7, 'body': .3, 'hurried': .3}[fill])
    if has_addr:
        out['address'] = fpn + (spot if p(.4) else '')
    if (has_addr and p(.55)) or (not has_addr and p(.1)):
        out['lat'], out['lon'] = jitter(fp)
    out['found_at_min'] = NOW - t
    reg['out'] = out


# ----------------------------------------------------------------------------- registrations
def new_lost(o):
    voice = wch(VOICE_W[o['owner']['age']])
    if voice == 'staff' and PL[o['place']]['g'] not in ('rail', 'bus', 'busline', 'hosp'):
        voice = 'plain'
    reg = dict(side='L', obj=o, cat=o['cat'], voice=voice, fill=wch(FILL_L[voice]), forced=set(), forbid=set(), truth=None)
    if o['cat'] not in ('ebike', 'bicycle') and p(.2):
        alts = [q for q in PL if PL[q]['g'] not in ('ext',) and q != o['place']]
        reg['alt'] = ch(alts)
    return reg


DELAY = {'station': (5, 240), 'cleaner': (20, 900), 'security': (10, 600), 'nurse': (10, 480), 'driver': (10, 300),
         'teacher': (60, 4000), 'vendor': (5, 600), 'passerby': (3, 2880), 'patrol': (1440, 14400), 'desk': (30, 2880),
         'cashier': (5, 300)}


def pick_finder(fp, cat):
    g = PL[fp]['g']
    if cat in ('ebike', 'bicycle'):
        return wch(FINDER_W['ext'])
    if g in FAR:
        return wch([('nurse', 3), ('passerby', 2)] if 'clinic' in fp else [('vendor', 3), ('passerby', 2)])
    if fp == 'st_super' and p(.4):
        return 'cashier'
    return wch(FINDER_W.get(gkey(g), FINDER_W['town']))


def daytime(t, lo):
    """Move a find made in the small hours to the next morning when that is still possible."""
    h = (t % 1440) // 60
    if 6 <= h < 22:
        return t
    D = day_of(t)
    for nt in (D * 1440 + R.randint(7 * 60, 21 * 60 + 50), (D + 1) * 1440 + R.randint(7 * 60, 12 * 60)):
        if lo <= nt <= NOW:
            return nt
    return t


def round_up10(t, lo):
    t = daytime(t, lo)
    t2 = t + (-t) % 10
    if t2 > NOW:
        t2 = NOW
    return max(t2, lo)


def new_found(o, fp, t_found, finder=None):
    finder = finder or pick_finder(fp, o['cat'])
    reg = dict(side='F', obj=o, cat=o['fcat'], fplace=fp, t_found=t_found, finder=finder,
               fname=make_name(ch(['m', 'f']), ch(['mid', 'old', 'youth'])), fill=wch(FILL_F.get(finder, FILL_F['_'])),
               forced=set(), forbid=set(), neg=None, target=None, owner_of=None)
    return reg


def pick_found_place(o):
    lp = o['place']
    g = PL[lp]['g']
    if o['cat'] in ('ebike', 'bicycle'):
        r = R.random()
        if r < .35:
            return lp
        if r < .85:
            return ch(GROUP_PLACES['ext'])
        return ch(FAR_PLACES)
    if g == 'busline':
        return ch(['bus_depart', PL[lp]['dest']])
    if g == 'taxi':
        return 'taxi'
    if p(.55):
        return lp
    sib = [q for q in GROUP_PLACES[g] if q != lp]
    return ch(sib) if sib else lp


def true_found(o):
    fp = pick_found_place(o)
    finder = pick_finder(fp, o['cat'])
    lo, hi = DELAY[finder]
    t = o['t_loss'] + R.randint(lo, hi)
    if t > NOW:
        t = o['t_loss'] + R.randint(0, NOW - o['t_loss'])
    t = round_up10(t, o['t_loss'])
    return new_found(o, fp, t, finder)


# ----------------------------------------------------------------------------- build
PAIR_ALLOC = [('id_doc', 30), ('phone', 26), ('wallet', 18), ('keys', 12), ('ebike', 10), ('bicycle', 5), ('bag', 15),
              ('cash', 8), ('jewelry', 9), ('electronics', 8), ('other', 9)]
LOSTONLY_ALLOC = [('id_doc', 16), ('phone', 16), ('wallet', 10), ('keys', 8), ('ebike', 6), ('bicycle', 3), ('bag', 9),
                  ('cash', 7), ('jewelry', 6), ('electronics', 4), ('other', 5)]
UNCLAIMED_ALLOC = [('id_doc', 5), ('phone', 3), ('wallet', 3), ('keys', 5), ('ebike', 2), ('bicycle', 1), ('bag', 3),
                   ('cash', 1), ('jewelry', 1), ('electronics', 2), ('other', 4)]
CROSS = {'id_doc': ('cardset', 'wallet'), 'phone': ('kidwatch', 'electronics'), 'cash': ('coin', 'wallet'),
         'electronics': ('opera', 'other')}

LOST, FOUND = [], []

def apportion(n, weights):
    """n kinds in proportion to their weights (largest remainder), so every common kind appears."""
    tot = sum(w for _, w in weights)
    share = [(k, n * w / tot) for k, w in weights]
    out = {k: int(x) for k, x in share}
    rest = sorted(share, key=lambda kx: -(kx[1] - int(kx[1])))
    for k, _ in rest[:n - sum(out.values())]:
        out[k] += 1
    return [k for k, _ in weights for _ in range(out[k])]


N_PAIR_CAT = dict(PAIR_ALLOC)
N_LO_CAT = dict(LOSTONLY_ALLOC)
N_UN_CAT = dict(UNCLAIMED_ALLOC)
for cat, _ in KINDS.items():
    kinds = apportion(N_PAIR_CAT[cat] + N_LO_CAT[cat] + N_UN_CAT[cat], KINDS[cat])
    R.shuffle(kinds)
    if cat in CROSS:
        ck, fc = CROSS[cat]
        if ck in kinds:
            kinds.remove(ck)
        else:
            kinds.pop()
    for i in range(N_PAIR_CAT[cat]):
        if i == 0 and cat in CROSS:
            o = make_object(cat, 'pair', kind=CROSS[cat][0], cross=CROSS[cat][1])
        else:
            o = make_object(cat, 'pair', kind=kinds.pop())
        L = new_lost(o)
        F = true_found(o)
        L['truth'] = F
        F['owner_of'] = L
        LOST.append(L)
        FOUND.append(F)
    for i in range(N_LO_CAT[cat]):
        LOST.append(new_lost(make_object(cat, 'lostonly', kind=kinds.pop())))
    for i in range(N_UN_CAT[cat]):
        o = make_object(cat, 'unclaimed', kind=kinds.pop())
        F = true_found(o)
        F['neg'] = 'unclaimed'
        FOUND.append(F)
    assert not kinds

for reg in LOST:
    render_lost(reg)
for reg in FOUND:
    render_found(reg)


def can_state(reg, k):
    o = reg['obj']
    if k not in o['vals'] or k in reg['forbid']:
        return False
    f = build_fact(k, o['vals'][k], o)
    return bool(f['own'] if reg['side'] == 'L' else f['fnd'])


# most true pairs share at least one stated fact beyond kind and colour
weak_pairs = 0
for L in LOST:
    F = L['truth']
    if not F:
        continue
    shared = (set(L['stated']) & set(F['stated'])) - {'kind', 'color'}
    if shared:
        continue
    if p(.25):
        weak_pairs += 1
        continue
    ks = [k for k in L['obj']['vals'] if k not in ('color',) and can_state(L, k) and can_state(F, k)]
    if ks:
        k = ch(ks)
        L['forced'].add(k)
        F['forced'].add(k)
        render_lost(L)
        render_found(F)
    else:
        weak_pairs += 1


# ----------------------------------------------------------------------------- hard negatives
def siblings(pid):
    g = PL[pid]['g']
    if g in ('busline', 'taxi', 'ext'):
        return [pid]
    return GROUP_PLACES[g]


MUT_PREF = ['idno', 'name', 'id_name', 'card_tail', 'imei', 'plate', 'frame', 'bframe', 'xh', 'snum', 'tagname', 'bookname',
            'pname', 'ename', 'bname', 'notes', 'receipt', 'esn', 'mzh', 'yxh']
NO_MUT = {'kind', 'birth', 'village', 'lock', 'ptail', 'purpose', 'handmade', 'degree', 'bought'}


def mutable_keys(L):
    o = L['obj']
    ks = []
    for k in sorted(L['stated']):
        if k in NO_MUT or k in ADDITIVE or k not in o['vals']:
            continue
        f = build_fact(k, o['vals'][k], o)
        if not f['fnd']:
            continue
        if k == 'color' and len(PALETTE.get(o['kind'], [])) < 2:
            continue
        if k == 'brand' and len(BRANDS_OF.get(o['kind'], [])) < 2:
            continue
        if k == 'model':
            continue
        if k in DESC or (k, o['kind']) in DESC:
            if len(desc_table(k, o['kind'])) < 2:
                continue
        ks.append(k)
    return ks


def make_twin(L):
    T = L['obj']
    Ft = L['truth']
    ks = mutable_keys(L)
    if not ks:
        return None
    pref = [k for k in ks if k in MUT_PREF]
    k = ch(pref) if pref and p(.6) else ch(ks)
    o = copy.deepcopy(T)
    o['role'] = 'neg'
    old = o['vals'][k]
    for _ in range(60):
        if k == 'idno':
            nv = make_idno(o['vals'].get('birth') or o['owner']['birth'], o['owner']['sex'])
        elif k in NAMEKEYS:
            nv = make_name(o['owner']['sex'], o['owner']['age'])
        else:
            o['_named'] = True
            nv = vg(k, o)
        if nv is not None and differs(k, nv, old):
            break
    o['vals'][k] = nv
    keep = {k}
    if k == 'idno':
        keep |= NAMEKEYS
    if k == 'brand' and 'model' in o['vals']:
        o['vals']['model'] = vg('model', o)
        if o['vals']['model'] is None:
            del o['vals']['model']
    changed = regen_ident(o, keep=keep)
    fp = ch(siblings(Ft['fplace'])) if p(.5) else Ft['fplace']
    t = Ft['t_found'] + R.randint(-2880, 2880)
    t = min(max(t, T['win']['st'] + R.randint(0, 120)), NOW)
    t = round_up10(t, T['win']['st'])
    F = new_found(o, fp, t)
    F['forced'].add(k)
    F['forbid'].update(changed)
    if k == 'brand':
        F['forbid'].add('model')
    F['neg'] = 'twin_one_fact'
    F['target'] = L
    F['twin_key'] = k
    if can_state(Ft, k) and p(.7):
        Ft['forced'].add(k)
        render_found(Ft)
    return F


def make_same_cat_colour(L):
    T = L['obj']
    c = T['vals'].get('color')
    if not c:
        return None
    kinds = [k for k, _ in KINDS[T['cat']] if c in PALETTE.get(k, [])]
    if not kinds:
        return None
    for _ in range(30):
        kind = T['kind'] if T['kind'] in kinds and p(.5) else ch(kinds)
        o = make_object(T['cat'], 'neg', kind=kind, color=c)
        if o['vals'].get('color') != c:
            continue
        if T['vals'].get('brand') and o['vals'].get('brand') == T['vals'].get('brand') and len(BRANDS_OF.get(o['kind'], [])) > 1:
            continue
        break
    else:
        return None
    o['fcat'] = T['cat']
    fp = ch(siblings(T['place'])) if PL[T['place']]['g'] not in ('busline', 'taxi') else ch(GROUP_PLACES['bus'])
    if T['cat'] in ('ebike', 'bicycle'):
        fp = ch(GROUP_PLACES['ext'] + [q for q in PARK if PL[q]['g'] not in FAR])
    lo = T['win']['st']
    hi = min(NOW, T['win']['en'] + 3 * 1440)
    t = round_up10(R.randint(lo, hi), lo)
    F = new_found(o, fp, t)
    F['neg'] = 'same_category_colour'
    F['target'] = L
    F['forced'].add('color')
    return F


def make_found_before(L):
    T = L['obj']
    o = copy.deepcopy(T)
    o['role'] = 'neg'
    o['cross'] = False
    o['fcat'] = T['cat']
    regen_ident(o)
    for k in list(o['vals']):
        if k in IDENT or k in ('color', 'brand', 'model', 'kind'):
            continue
        if p(.5):
            o['_named'] = True
            nv = vg(k, o)
            if nv is not None:
                o['vals'][k] = nv
    fp = ch(siblings(T['place'])) if PL[T['place']]['g'] not in ('busline', 'taxi') else T['place']
    if T['cat'] in ('ebike', 'bicycle'):
        fp = ch(GROUP_PLACES['ext'] + [T['place']])
    t = T['win']['st'] - R.randint(90, 20 * 1440)
    t = max(t, -29 * 1440)
    t2 = daytime(t, -29 * 1440)
    if t2 < T['win']['st'] - 60:
        t = t2
    t -= t % 10
    F = new_found(o, fp, t)
    F['neg'] = 'found_before_loss'
    F['target'] = L
    F['forced'].update(k for k in ('color', 'brand') if k in o['vals'])
    return F


def make_same_brand(L):
    T = L['obj']
    b = T['vals'].get('brand')
    if not b or T['win']['en'] > NOW - 4 * 1440:
        return None
    for _ in range(30):
        o = make_object(T['cat'], 'neg', kind=T['kind'], brand=b)
        if o['vals'].get('brand') != b:
            continue
        dm = o['vals'].get('model') and T['vals'].get('model') and o['vals']['model'] != T['vals']['model']
        dc = o['vals'].get('color') != T['vals'].get('color')
        if dm or dc:
            break
    else:
        return None
    o['fcat'] = T['cat']
    lg = PL[T['place']]['g']
    far = [q for q in FAR_PLACES if PL[q]['g'] != lg and dist_km(q, T['place']) >= 10]
    fp = ch(far)
    lo = T['win']['en'] + 3 * 1440
    t = round_up10(R.randint(lo, min(NOW, T['win']['en'] + 25 * 1440)), lo)
    F = new_found(o, fp, t)
    F['neg'] = 'same_brand_elsewhere'
    F['target'] = L
    F['forced'].add('brand')
    return F


MAKERS = {'twin_one_fact': make_twin, 'same_category_colour': make_same_cat_colour,
          'found_before_loss': make_found_before, 'same_brand_elsewhere': make_same_brand}


def informative(L):
    return len(set(L['stated']) - {'kind', 'color'}) >= 1


used_targets = set()
NEGS = []
N_LOST_CAT = {}
for L in LOST:
    N_LOST_CAT[L['cat']] = N_LOST_CAT.get(L['cat'], 0) + 1
for kind, n, n_lo in NEG_PLAN:
    per_cat = {}
    for pool_role, want in (('lostonly', n_lo), ('pair', n - n_lo)):
        got = 0
        pool = [L for L in LOST if (L['truth'] is None) == (pool_role == 'lostonly') and id(L) not in used_targets]
        if kind == 'same_category_colour':
            pool = [L for L in pool if 'color' in L['stated'] and informative(L)]
        if kind == 'same_brand_elsewhere':
            pool = [L for L in pool if 'brand' in L['stated'] and L['obj']['win']['en'] <= NOW - 4 * 1440]
        R.shuffle(pool)
        while got < want and pool:
            # spread each kind over the categories in proportion to how many reports each category has
            best = min(range(len(pool)), key=lambda i: per_cat.get(pool[i]['cat'], 0) / N_LOST_CAT[pool[i]['cat']])
            L = pool.pop(best)
            F = MAKERS[kind](L)
            if F is None:
                continue
            # what makes it this kind of negative stays written in the report through any later rewrite
            L['forced'].update({'twin_one_fact': {F.get('twin_key')}, 'same_category_colour': {'color'},
                                'same_brand_elsewhere': {'brand'}}.get(kind, set()) - {None})
            used_targets.add(id(L))
            per_cat[L['cat']] = per_cat.get(L['cat'], 0) + 1
            NEGS.append(F)
            got += 1
        if got < want:
            raise SystemExit(f'not enough targets for {kind} ({pool_role}): {got}/{want}')
for F in NEGS:
    render_found(F)
FOUND.extend(NEGS)


# ----------------------------------------------------------------------------- keeping the labels honest
def near(L, F):
    if L['cat'] in ('ebike', 'bicycle'):
        return True
    fp = F['fplace']
    for lp in [L['obj']['place']] + ([L['alt']] if L.get('alt') else []):
        if PL[lp]['g'] in ('busline', 'taxi') or PL[fp]['g'] in ('busline', 'taxi'):
            return True
        if dist_km(lp, fp) <= 3.5:
            return True
    return False


def conflict(L, F):
    for k, v in L['stated'].items():
        if k in F['stated'] and differs(k, v, F['stated'][k]):
            return True
    return False


def ambiguous():
    out = []
    for L in LOST:
        for F in FOUND:
            if F is L['truth'] or F['cat'] != L['cat']:
                continue
            if F['out']['found_at_min'] > L['out']['lost_from_min']:
                continue
            if not near(L, F) or conflict(L, F):
                continue
            out.append((L, F))
    return out


def regenerate_negative(F):
    kind = F['neg']
    if kind == 'unclaimed':
        o = make_object(F['obj']['cat'], 'unclaimed')
        G = true_found(o)
        G['neg'] = 'unclaimed'
        return G
    return MAKERS[kind](F['target'])


def add_fact_to_split(L, F):
    """Two objects of one kind that share no stateable fact with different values: give one of the
    hidden records a fact the other has (with a different value) and make both writers state it."""
    lo, fo = L['obj'], F['obj']
    if lo['kind'] != fo['kind']:
        return False
    cands = []
    for k, _ in KIND_FACTS[lo['kind']]:
        if k in ADDITIVE or k in ('model', 'birth', 'village') or (k in lo['vals']) == (k in fo['vals']):
            continue
        cands.append(k)
    R.shuffle(cands)
    for k in cands:
        src, dst = (lo, fo) if k in lo['vals'] else (fo, lo)
        if twin_involved(dst):
            continue
        dst['_named'] = True
        nv = None
        for _ in range(30):
            nv = vg(k, dst)
            if nv is not None and differs(k, nv, src['vals'][k]):
                break
        if nv is None or not differs(k, nv, src['vals'][k]):
            continue
        dst['vals'][k] = nv
        if can_state(L, k) and can_state(F, k):
            L['forced'].add(k)
            F['forced'].add(k)
            render_lost(L)
            render_found(F)
            for other in (L['truth'], F.get('owner_of')):
                if other is not None:
                    (render_found if other['side'] == 'F' else render_lost)(other)
            return True
        del dst['vals'][k]
    return False


def twin_involved(o):
    return any(G.get('neg') == 'twin_one_fact' and (G['obj'] is o or G['target']['obj'] is o) for G in FOUND)


def diverge(L, F):
    """Two hidden records that agree on every fact both could state: change one fact of one record
    (never one that a twin was copied from) and make both writers state it."""
    lo, fo = L['obj'], F['obj']
    if lo['kind'] != fo['kind']:
        return False
    ks = [k for k in lo['vals'] if k in fo['vals'] and lo['vals'][k] == fo['vals'][k] and k not in IDENT and k not in ADDITIVE
          and k not in ('model', 'brand', 'birth', 'village') and can_state(L, k) and can_state(F, k)]
    R.shuffle(ks)
    for tgt in (lo, fo):
        if twin_involved(tgt):
            continue
        for k in ks:
            old = tgt['vals'][k]
            tgt['_named'] = True
            nv = old
            for _ in range(30):
                nv = vg(k, tgt)
                if differs(k, nv, old):
                    break
            if not differs(k, nv, old):
                continue
            tgt['vals'][k] = nv
            L['forced'].add(k)
            F['forced'].add(k)
            regs = [L, F, L['truth'], F.get('owner_of')]
            for reg in regs:
                if reg is not None:
                    (render_found if reg['side'] == 'F' else render_lost)(reg)
            return True
    return False


resolve_rounds = 0
forced_for_honesty = 0
regenerated = 0
for resolve_rounds in range(1, 80):
    amb = ambiguous()
    if os.environ.get('S52_DEBUG'):
        print('round', resolve_rounds, len(amb), [(L['cat'], F['neg'], L['obj']['kind']) for L, F in amb][:6])
    if not amb:
        break
    dirty = []
    for L, F in amb:
        if conflict(L, F):
            continue
        lo, fo = L['obj'], F['obj']
        ks = [k for k in lo['vals'] if k in fo['vals'] and differs(k, lo['vals'][k], fo['vals'][k]) and can_state(L, k) and can_state(F, k)]
        if ks:
            half = [k for k in ks if k in L['stated'] or k in F['stated']]
            k = ch(half) if half else ch(ks)
            if k not in L['stated']:
                L['forced'].add(k)
                render_lost(L)
            if k not in F['stated']:
                F['forced'].add(k)
                render_found(F)
            forced_for_honesty += 1
        elif add_fact_to_split(L, F) or diverge(L, F):
            forced_for_honesty += 1
        elif F['neg']:
            i = FOUND.index(F)
            G = regenerate_negative(F)
            if G is None:
                raise SystemExit('cannot regenerate a negative')
            render_found(G)
            FOUND[i] = G
            regenerated += 1
        else:
            raise SystemExit('ambiguous pair that cannot be resolved: ' + L['out']['body'] + ' / ' + F['out']['body'])
else:
    raise SystemExit('labels could not be made honest')

# final assertions on the hidden records
for L in LOST:
    F = L['truth']
    if F:
        assert not conflict(L, F), (L['out'], F['out'])
        assert F['out']['found_at_min'] <= L['out']['lost_from_min']
for F in FOUND:
    if F['neg'] == 'twin_one_fact':
        L = F['target']
        diff = [k for k in L['stated'] if k in F['stated'] and differs(k, F['stated'][k], L['stated'][k])]
        assert diff == [F['twin_key']], (diff, F['twin_key'])
    if F['neg'] == 'found_before_loss':
        assert F['out']['found_at_min'] > F['target']['out']['lost_from_min']
assert not ambiguous()

# ----------------------------------------------------------------------------- keys and output
R.shuffle(LOST)
R.shuffle(FOUND)
for i, F in enumerate(FOUND, 1):
    F['key'] = f'{PFX}-F{i:04d}'
for i, L in enumerate(LOST, 1):
    L['key'] = f'{PFX}-L{i:04d}'

ORDER = ['key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon']


def record(reg):
    o = reg['out']
    rec = {'key': reg['key']}
    for k in ORDER[1:]:
        if k in o:
            rec[k] = o[k]
    if reg['side'] == 'L':
        rec['lost_from_min'] = o['lost_from_min']
        rec['lost_to_min'] = o['lost_to_min']
        rec['truth'] = reg['truth']['key'] if reg['truth'] else None
    else:
        rec['found_at_min'] = o['found_at_min']
        if reg['neg']:
            rec['negative'] = reg['neg']
    return rec


data = {'seed': SEED, 'made_by': f'tests/lostfound/make_{SET}.py',
        'parts': {SET: {'found': [record(F) for F in FOUND], 'lost': [record(L) for L in LOST]}}}

out_path = os.path.join(HERE, f'{SET}.json')
if '--out' in sys.argv:
    out_path = sys.argv[sys.argv.index('--out') + 1]
with open(out_path, 'w', encoding='utf-8') as fh:
    fh.write(json.dumps(data, ensure_ascii=False, indent=1) + '\n')

if '--quiet' not in sys.argv:
    negc = {}
    for F in FOUND:
        if F['neg']:
            negc[F['neg']] = negc.get(F['neg'], 0) + 1
    print(f'wrote {out_path}: {len(LOST)} lost ({sum(1 for L in LOST if L["truth"])} with truth), {len(FOUND)} found')
    print('negatives:', ', '.join(f'{k} {v}' for k, v in sorted(negc.items())))
    print(f'bodies with a deliberate misspelling: {sum(1 for r in LOST + FOUND if r.get("n_typo"))}')
    print(f'weak pairs (no shared fact beyond kind/colour): {weak_pairs}; honesty rounds {resolve_rounds}, '
          f'facts forced {forced_for_honesty}, negatives redrawn {regenerated}')
