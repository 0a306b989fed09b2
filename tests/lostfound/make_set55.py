#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Write tests/lostfound/set55.json: a blind labelled lost-and-found set.

World: the invented 航空港新区 (airport and high-speed-rail hub district) of the invented
inland city 沅州市, winter travel rush before the Spring Festival, January 2026.

Every object is first drawn as a hidden truth record; the owner's report and the finder's
registration are then written from it separately, each knowing only what that person would
know.  One random.Random(SEED), no set iteration, so the output is identical on every run and
under any PYTHONHASHSEED.  Python 3 standard library only.
"""
import copy
import datetime
import json
import math
import os
import random
import sys

SEED = 55055
PFX = 'S55'
R = random.Random(SEED)
NOW = datetime.datetime(2026, 1, 31, 21, 30)   # the moment of registration (minute 0)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'set55.json')

N_PAIRS = 150
N_UNFOUND = 90
NEG_PLAN = [('twin', 22), ('same_category_colour', 24), ('found_before_loss', 22),
            ('same_brand_far_away', 22)]
N_UNCLAIMED = 30
N_HURRIED = 30

PAIR_CATS = dict(phone=20, electronics=24, id_doc=18, wallet=15, bag=18, keys=10, cash=9,
                 jewelry=9, ebike=8, bicycle=5, other=14)
UNFOUND_CATS = dict(phone=12, electronics=14, id_doc=8, wallet=9, bag=8, keys=7, cash=8,
                    jewelry=5, ebike=5, bicycle=4, other=10)
UNCLAIMED_CATS = dict(phone=3, electronics=5, id_doc=3, wallet=3, bag=4, keys=3, cash=1,
                      jewelry=1, ebike=1, bicycle=2, other=4)


# ----------------------------------------------------------------------------- helpers
def pick(seq):
    seq = list(seq)
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def digits(n):
    return ''.join(str(R.randrange(10)) for _ in range(n))


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(body17):
    return '10X98765432'[sum(int(c) * w for c, w in zip(body17, ID_W)) % 11]


CN_DIG = '零一二三四五六七八九'


def cn_amount(n):
    """3600 -> 三千六百 (n < 100000, whole hundreds or tens)."""
    parts = []
    units = [(10000, '万'), (1000, '千'), (100, '百'), (10, '十')]
    rest = n
    zero = False
    for u, name in units:
        q, rest = divmod(rest, u)
        if q:
            if zero and parts:
                parts.append('零')
            parts.append(CN_DIG[q] + name)
            zero = False
        elif parts:
            zero = True
    if rest:
        if zero and parts:
            parts.append('零')
        parts.append(CN_DIG[rest])
    s = ''.join(parts) or '零'
    if s.startswith('一十'):
        s = s[1:]
    s = s.replace('二千', '两千').replace('二万', '两万')
    if s.startswith('二百'):
        s = '两' + s[1:]
    return s


def cn_amount_short(n):
    s = cn_amount(n)
    for tail in ('百', '十'):
        if s.endswith(tail) and len(s) >= 4 and s[-3] in '千百万':
            return s[:-1]
    return s


# ----------------------------------------------------------------------------- geography
LAT0, LON0 = 28.3100, 110.8600
KM_LAT = 1 / 111.2
KM_LON = 1 / (111.32 * math.cos(math.radians(LAT0)))

P = {}


def place(key, kind, xy, zh, en, py):
    P[key] = dict(key=key, kind=kind, xy=xy, zh=zh, en=en, py=py)


place('T1_dep', 'dep', (0.0, -0.1), ['T1出发大厅', '一号航站楼出发层', 'T1值机区', '机场T1出发层'],
      'T1 departures', 'T1 chufa dating')
place('T1_sec', 'sec', (0.05, 0.05), ['T1安检口', 'T1国内安检', '一号航站楼安检通道', 'T1安检'],
      'T1 security check', 'T1 anjian kou')
place('T1_gate', 'gate', (0.25, 0.4), ['T1候机厅', 'T1登机口', '一号航站楼A区登机口', 'T1候机区'],
      'T1 gate area', 'T1 houji ting')
place('T1_bag', 'bag', (-0.1, -0.25), ['T1行李提取厅', 'T1到达行李转盘', '一号航站楼到达层', 'T1提取行李的地方'],
      'T1 baggage claim', 'T1 xingli tiqu')
place('T2_dep', 'dep', (1.3, -0.1), ['T2出发大厅', '二号航站楼出发层', 'T2值机柜台', '机场T2出发'],
      'T2 departures', 'T2 chufa dating')
place('T2_sec', 'sec', (1.35, 0.05), ['T2安检口', 'T2国内安检通道', '二号航站楼安检', 'T2安检'],
      'T2 security', 'T2 anjian')
place('T2_gate', 'gate', (1.6, 0.5), ['T2候机区', 'T2登机口', '二号航站楼B区登机口', 'T2 C区候机厅'],
      'T2 gates', 'T2 dengji kou')
place('T2_bag', 'bag', (1.2, -0.25), ['T2行李提取大厅', 'T2行李转盘', '二号航站楼到达层', 'T2到达'],
      'T2 baggage claim', 'T2 xingli zhuanpan')
place('T2_park', 'park', (1.3, -0.6), ['T2停车楼', '二号航站楼停车场', 'T2停车楼B2层'],
      'T2 car park', 'T2 tingche lou')
place('shuttle', 'shuttle', (0.6, -0.8), ['机场大巴', '航站楼摆渡车', '空港快线大巴', 'T1-T2摆渡巴士'],
      'the airport shuttle bus', 'jichang daba')
place('depot', 'depot', (0.65, -0.85), ['机场大巴调度站', '空港快线调度站', '大巴停车场'],
      'shuttle bus depot', 'daba diaodu zhan')
place('hsr_wait', 'hsr', (0.5, -3.0), ['空港高铁站候车大厅', '高铁站候车室', '沅州空港站二楼候车厅', '高铁站候车区'],
      'the HSR station waiting hall', 'gaotie zhan houche ting')
place('hsr_plat', 'plat', (0.6, -3.2), ['高铁站站台', '空港站5站台', '高铁站台'],
      'the HSR platform', 'gaotie zhantai')
place('train', 'train', (0.6, -3.2), ['高铁上', '高铁车厢里', '动车上'],
      'on the train', 'gaotie shang')
place('hsr_taxi', 'taxi', (0.2, -2.8), ['高铁站出租车上客区', '空港站出租车候车点', '高铁站打车处'],
      'the taxi rank at the HSR station', 'gaotie zhan chuzuche')
place('taxi', 'cab', (0.2, -2.8), ['出租车上', '的士上', '出租车后座'],
      'in a taxi', 'chuzuche shang')
place('hsr_metro', 'metro', (0.7, -2.9), ['地铁2号线换乘通道', '高铁站地铁换乘厅', '空港站地铁换乘口'],
      'the metro transfer at the HSR station', 'ditie huancheng')
place('hsr_exit', 'exit', (0.4, -3.15), ['高铁站出站口', '空港站到达出站层', '高铁站出口'],
      'the HSR station exit', 'gaotie chuzhan kou')
place('hsr_bike', 'bike', (0.15, -3.35), ['高铁站非机动车停车区', '空港站南广场电动车停放点'],
      'the bike parking at the HSR station', 'gaotie zhan tingche qu')
place('hotel_yq', 'hotel', (-1.0, 0.8), ['空港云栖酒店', '云栖酒店', '云栖酒店大堂'],
      'Yunqi Airport Hotel', 'Yunqi jiudian')
place('hotel_hy', 'hotel', (2.2, 0.9), ['航悦国际酒店', '航悦酒店', '航悦国际酒店12楼'],
      'Hangyue International Hotel', 'Hangyue jiudian')
place('hotel_jc', 'hotel', (0.9, -2.4), ['锦程快捷酒店空港店', '锦程酒店(高铁站店)', '锦程快捷'],
      'Jincheng Express Hotel', 'Jincheng jiudian')
place('rental', 'rental', (-1.5, -0.9), ['空港租车还车场', '机场租车点', '租车公司还车区'],
      'the car rental return lot', 'zuche huanche chang')
place('log_wh', 'log', (5.3, -1.4), ['航空港物流园3号仓', '物流园三号仓库', '物流园分拣仓'],
      'warehouse 3 at the logistics park', 'wuliu yuan cangku')
place('log_drv', 'log', (4.8, -1.7), ['物流园司机之家', '物流园司机休息室', '司机之家食堂'],
      'the drivers lounge at the logistics park', 'wuliu yuan siji zhi jia')
place('log_park', 'logp', (5.5, -1.9), ['物流园货车停车场', '物流园大车停车场'],
      'the truck park', 'huoche tingche chang')
place('sa_n', 'sa', (2.0, 9.0), ['沅岚高速沅州北服务区', '沅州北服务区', '服务区(北行)'],
      'Yuanzhou North service area', 'Yuanzhou bei fuwuqu')
place('sa_s', 'sa', (2.3, 8.7), ['沅州北服务区南行', '服务区南区', '沅岚高速服务区南侧'],
      'the service area southbound', 'fuwuqu nan qu')
place('office_a', 'office', (-3.0, -3.5), ['临空商务中心A座', '临空中心A座', '临空商务中心'],
      'Linkong Business Center Tower A', 'Linkong shangwu zhongxin')
place('office_b', 'office', (-2.6, -4.0), ['港汇大厦', '港汇大厦大堂', '港汇大厦17楼'],
      'Ganghui Tower', 'Ganghui dasha')
place('office_bike', 'bike', (-2.7, -4.05), ['港汇大厦地下非机动车库', '港汇大厦B1电动车棚'],
      'the Ganghui Tower bike garage', 'Ganghui dasha cheku')
place('metro_new', 'metro', (-2.8, -3.7), ['地铁空港新区站', '空港新区地铁站', '地铁空港新区站B口'],
      'Konggang Xinqu metro station', 'Konggang xinqu ditie zhan')
place('dorm_1', 'dorm', (-5.5, -5.0), ['空港产业园员工宿舍', '产业园宿舍3栋', '员工宿舍楼下'],
      'the industrial park dorms', 'yuangong sushe')
place('dorm_2', 'dorm', (-5.0, -5.6), ['蓝领公寓', '蓝领公寓B区', '蓝领公寓楼下车棚'],
      'the Blue Collar Apartments', 'lanling gongyu')
# far away (for the same-brand-far-away negatives): 25-60 km from the district
place('far_old', 'far', (-38.0, 4.0), ['沅州老城区步行街', '老城区步行街', '沅州市老城区中山路'],
      'old town', 'laocheng')
place('far_rail', 'far', (-35.0, 1.0), ['沅州火车站(老站)', '沅州老火车站候车室', '老火车站广场'],
      'old railway station', 'lao huoche zhan')
place('far_ql', 'far', (-22.0, 48.0), ['青岚县汽车站', '青岚县客运站', '青岚县城商业街'],
      'Qinglan county bus station', 'Qinglan xian')
place('far_uni', 'far', (-30.0, -12.0), ['沅州大学城', '大学城南门', '大学城商业街'],
      'the university town', 'daxue cheng')
place('far_zl', 'far', (20.0, -55.0), ['芷岚镇', '芷岚镇集市', '芷岚镇卫生院门口'],
      'Zhilan town', 'Zhilan zhen')

FAR_KEYS = ['far_old', 'far_rail', 'far_ql', 'far_uni', 'far_zl']

FOUND_AT = {
    'T1_dep': ['T1_dep', 'T1_dep', 'T1_sec'], 'T1_sec': ['T1_sec', 'T1_sec', 'T1_gate'],
    'T1_gate': ['T1_gate'], 'T1_bag': ['T1_bag', 'T1_bag', 'T1_dep'],
    'T2_dep': ['T2_dep', 'T2_dep', 'T2_sec'], 'T2_sec': ['T2_sec', 'T2_sec', 'T2_gate'],
    'T2_gate': ['T2_gate'], 'T2_bag': ['T2_bag', 'T2_bag', 'T2_park'], 'T2_park': ['T2_park'],
    'shuttle': ['depot', 'depot', 'hsr_exit', 'T2_dep'],
    'hsr_wait': ['hsr_wait'], 'hsr_plat': ['hsr_plat', 'hsr_wait'],
    'train': ['hsr_plat'],
    'hsr_taxi': ['hsr_taxi'], 'taxi': ['hsr_taxi', 'T2_dep', 'T1_dep', 'hotel_jc'],
    'hsr_metro': ['hsr_metro', 'metro_new'], 'hsr_exit': ['hsr_exit', 'hsr_wait'],
    'hsr_bike': ['hsr_bike', 'hsr_exit'],
    'hotel_yq': ['hotel_yq'], 'hotel_hy': ['hotel_hy'], 'hotel_jc': ['hotel_jc'],
    'rental': ['rental'], 'log_wh': ['log_wh', 'log_drv'], 'log_drv': ['log_drv'],
    'log_park': ['log_park', 'log_drv'], 'sa_n': ['sa_n'], 'sa_s': ['sa_s'],
    'office_a': ['office_a'], 'office_b': ['office_b'],
    'office_bike': ['office_bike', 'office_b'], 'metro_new': ['metro_new', 'hsr_metro'],
    'dorm_1': ['dorm_1', 'dorm_1', 'dorm_2'], 'dorm_2': ['dorm_2', 'dorm_2', 'dorm_1'],
}

LOSS_PLACES = {
    'phone': ['T1_dep', 'T1_sec', 'T1_gate', 'T1_bag', 'T2_dep', 'T2_sec', 'T2_gate', 'T2_bag',
              'shuttle', 'hsr_wait', 'train', 'taxi', 'hsr_metro', 'hotel_yq', 'hotel_hy',
              'hotel_jc', 'rental', 'log_wh', 'log_drv', 'sa_n', 'sa_s', 'office_a', 'office_b',
              'metro_new', 'dorm_1'],
    'electronics': ['T1_sec', 'T1_gate', 'T2_sec', 'T2_sec', 'T2_gate', 'T2_gate', 'shuttle',
                    'hsr_wait', 'train', 'taxi', 'hotel_yq', 'hotel_hy', 'hotel_jc', 'office_a',
                    'office_b', 'metro_new', 'sa_n', 'hsr_metro'],
    'id_doc': ['T1_dep', 'T1_sec', 'T2_dep', 'T2_sec', 'T2_sec', 'T1_gate', 'T2_bag', 'hsr_wait',
               'hsr_exit', 'hotel_yq', 'hotel_hy', 'hotel_jc', 'rental', 'taxi', 'sa_n',
               'log_drv'],
    'wallet': ['T1_dep', 'T1_bag', 'T2_dep', 'T2_gate', 'T2_bag', 'shuttle', 'hsr_wait',
               'hsr_taxi', 'taxi', 'hsr_metro', 'hotel_jc', 'rental', 'log_drv', 'sa_n', 'sa_s',
               'office_b', 'metro_new', 'dorm_2'],
    'keys': ['rental', 'rental', 'T2_park', 'log_wh', 'log_park', 'office_a', 'office_b',
             'dorm_1', 'dorm_2', 'hotel_yq', 'sa_n', 'metro_new'],
    'ebike': ['dorm_1', 'dorm_2', 'office_bike', 'hsr_bike', 'log_park', 'dorm_1'],
    'bicycle': ['dorm_1', 'dorm_2', 'office_bike', 'hsr_bike'],
    'bag': ['T1_bag', 'T2_bag', 'T2_bag', 'T1_dep', 'T2_dep', 'shuttle', 'hsr_wait', 'train',
            'hsr_exit', 'taxi', 'hotel_yq', 'hotel_hy', 'hotel_jc', 'sa_n', 'sa_s', 'rental'],
    'cash': ['T1_dep', 'T2_dep', 'T2_gate', 'hsr_wait', 'train', 'taxi', 'sa_n', 'log_drv',
             'dorm_1', 'hotel_jc', 'shuttle'],
    'jewelry': ['T1_sec', 'T2_sec', 'T2_gate', 'hsr_wait', 'train', 'taxi', 'hotel_yq',
                'hotel_hy', 'sa_n'],
    'other': ['T1_gate', 'T2_gate', 'T2_bag', 'shuttle', 'hsr_wait', 'train', 'taxi', 'hsr_exit',
              'hotel_hy', 'hotel_jc', 'sa_n', 'sa_s', 'rental', 'office_a', 'dorm_1'],
}

FINDERS = {
    'dep': ['保洁员', '值机柜台工作人员', '问询台工作人员', '旅客'],
    'sec': ['安检员', '安检员', '保洁员'],
    'gate': ['保洁员', '登机口地服人员', '旅客'],
    'bag': ['行李查询柜台工作人员', '保洁员', '旅客'],
    'park': ['停车场收费员', '停车场保安'],
    'depot': ['大巴司机', '大巴调度员', '保洁员'],
    'hsr': ['保洁员', '车站客运员', '旅客'],
    'plat': ['列车员', '站台客运员', '保洁员'],
    'taxi': ['出租车司机'],
    'metro': ['地铁站务员', '保洁员', '乘客'],
    'exit': ['车站客运员', '保洁员', '旅客'],
    'bike': ['车站保安', '物业保安', '巡逻民警'],
    'hotel': ['酒店前台', '客房服务员', '大堂经理'],
    'rental': ['租车公司员工', '还车场管理员'],
    'log': ['仓库工人', '物流园保安', '司机之家管理员'],
    'logp': ['物流园保安', '货车司机'],
    'sa': ['服务区保洁员', '服务区超市店员', '服务区管理员'],
    'office': ['大厦保安', '保洁员', '大厦前台'],
    'dorm': ['宿管', '宿舍保安', '住户'],
    'far': ['路人', '保洁员', '车站工作人员', '商户'],
}


def km_between(a, b):
    return math.hypot(a[0] - b[0], a[1] - b[1])


def coords_of(pkey, jit=0.12):
    xy = P[pkey]['xy']
    dx = xy[0] + R.uniform(-jit, jit)
    dy = xy[1] + R.uniform(-jit, jit)
    return round(LAT0 + dy * KM_LAT, 6), round(LON0 + dx * KM_LON, 6)


# ----------------------------------------------------------------------------- people
SUR = [('王', 'Wang'), ('李', 'Li'), ('张', 'Zhang'), ('刘', 'Liu'), ('陈', 'Chen'), ('杨', 'Yang'),
       ('黄', 'Huang'), ('赵', 'Zhao'), ('吴', 'Wu'), ('周', 'Zhou'), ('徐', 'Xu'), ('孙', 'Sun'),
       ('马', 'Ma'), ('朱', 'Zhu'), ('胡', 'Hu'), ('郭', 'Guo'), ('何', 'He'), ('高', 'Gao'),
       ('林', 'Lin'), ('罗', 'Luo'), ('郑', 'Zheng'), ('梁', 'Liang'), ('谢', 'Xie'), ('宋', 'Song'),
       ('唐', 'Tang'), ('韩', 'Han'), ('冯', 'Feng'), ('邓', 'Deng'), ('曹', 'Cao'), ('彭', 'Peng'),
       ('曾', 'Zeng'), ('肖', 'Xiao'), ('田', 'Tian'), ('董', 'Dong'), ('袁', 'Yuan'), ('潘', 'Pan'),
       ('蒋', 'Jiang'), ('蔡', 'Cai'), ('杜', 'Du'), ('叶', 'Ye'), ('程', 'Cheng'), ('苏', 'Su'),
       ('魏', 'Wei'), ('吕', 'Lv'), ('丁', 'Ding'), ('任', 'Ren'), ('沈', 'Shen'), ('姚', 'Yao'),
       ('卢', 'Lu'), ('崔', 'Cui'), ('钟', 'Zhong'), ('谭', 'Tan'), ('汪', 'Wang'), ('范', 'Fan'),
       ('金', 'Jin'), ('石', 'Shi'), ('廖', 'Liao'), ('贾', 'Jia'), ('夏', 'Xia'), ('韦', 'Wei'),
       ('方', 'Fang'), ('白', 'Bai'), ('邹', 'Zou'), ('孟', 'Meng'), ('熊', 'Xiong'), ('秦', 'Qin'),
       ('邱', 'Qiu'), ('尹', 'Yin'), ('薛', 'Xue'), ('段', 'Duan'), ('雷', 'Lei'), ('侯', 'Hou'),
       ('龙', 'Long'), ('陶', 'Tao'), ('贺', 'He'), ('顾', 'Gu'), ('毛', 'Mao'), ('龚', 'Gong'),
       ('覃', 'Qin'), ('向', 'Xiang'), ('欧阳', 'Ouyang')]
GIV_M = [('伟', 'wei'), ('强', 'qiang'), ('磊', 'lei'), ('军', 'jun'), ('洋', 'yang'), ('勇', 'yong'),
         ('杰', 'jie'), ('涛', 'tao'), ('明', 'ming'), ('超', 'chao'), ('刚', 'gang'), ('建', 'jian'),
         ('文', 'wen'), ('辉', 'hui'), ('力', 'li'), ('鹏', 'peng'), ('宇', 'yu'), ('浩', 'hao'),
         ('晨', 'chen'), ('轩', 'xuan'), ('睿', 'rui'), ('峰', 'feng'), ('斌', 'bin'), ('博', 'bo'),
         ('凯', 'kai'), ('航', 'hang'), ('嘉', 'jia'), ('俊', 'jun'), ('泽', 'ze'), ('昊', 'hao'),
         ('翔', 'xiang'), ('毅', 'yi'), ('舟', 'zhou'), ('亮', 'liang'), ('松', 'song'), ('霖', 'lin'),
         ('骏', 'jun'), ('铭', 'ming'), ('志', 'zhi'), ('国', 'guo'), ('海', 'hai'), ('鑫', 'xin'),
         ('阳', 'yang'), ('帆', 'fan'), ('华', 'hua'), ('平', 'ping')]
GIV_F = [('芳', 'fang'), ('娜', 'na'), ('敏', 'min'), ('静', 'jing'), ('丽', 'li'), ('艳', 'yan'),
         ('娟', 'juan'), ('秀', 'xiu'), ('霞', 'xia'), ('英', 'ying'), ('玉', 'yu'), ('萍', 'ping'),
         ('红', 'hong'), ('欣', 'xin'), ('怡', 'yi'), ('佳', 'jia'), ('然', 'ran'), ('涵', 'han'),
         ('婷', 'ting'), ('雪', 'xue'), ('琳', 'lin'), ('晓', 'xiao'), ('楠', 'nan'), ('思', 'si'),
         ('颖', 'ying'), ('梓', 'zi'), ('宁', 'ning'), ('雨', 'yu'), ('若', 'ruo'), ('诗', 'shi'),
         ('岚', 'lan'), ('婧', 'jing'), ('瑶', 'yao'), ('蕾', 'lei'), ('欢', 'huan'), ('兰', 'lan'),
         ('悦', 'yue'), ('彤', 'tong'), ('春', 'chun'), ('梅', 'mei'), ('燕', 'yan'), ('晴', 'qing'),
         ('华', 'hua'), ('丹', 'dan')]
PROV = ['11', '12', '13', '14', '21', '22', '23', '32', '33', '34', '35', '36', '37', '41', '42',
        '43', '43', '43', '44', '45', '50', '51', '52', '53', '61', '62', '64']


def new_person(sex=None, young=False, old=False, years=None):
    sname, spy = pick(SUR)
    sex = sex or pick('MF')
    pool = GIV_M if sex == 'M' else GIV_F
    g = [pick(pool) for _ in range(1 if chance(0.3) else 2)]
    if len(g) == 2 and g[0][0] == g[1][0]:
        g = g[:1]
    name = sname + ''.join(c for c, _ in g)
    gpy = ''.join(p for _, p in g)
    if years:
        year = R.randint(*years)
    elif old:
        year = R.randint(1948, 1965)
    elif young:
        year = R.randint(2002, 2007)
    else:
        year = R.randint(1968, 2005)
    region = pick(PROV) + '%02d' % R.randint(1, 28) + '%02d' % R.randint(1, 30)
    body = region + '%04d%02d%02d' % (year, R.randint(1, 12), R.randint(1, 28))
    body += '%02d' % R.randrange(100) + str(pick([1, 3, 5, 7, 9] if sex == 'M' else [0, 2, 4, 6, 8]))
    idn = body + id_check(body)
    phone = '1' + pick('3456789') + str(R.randrange(10)) + '****' + digits(4)
    return dict(name=name, sur=sname, py=(spy + ' ' + gpy.capitalize()), pyu=(spy.upper() + ' ' + gpy.upper()),
                sex=sex, year=year, id=idn, phone=phone)


# ----------------------------------------------------------------------------- colours
# key: (owner words, finder words, english, pinyin)
COLORS = {
    'black': (['黑色', '黑的', '深色', '哑光黑', '纯黑', '黑色的'], ['黑色', '黑色', '深黑色', '哑光黑色'], ['black', 'dark'], 'heise'),
    'white': (['白色', '白的', '米白色', '白色的'], ['白色', '白色', '乳白色'], ['white'], 'baise'),
    'silver': (['银色', '银白色', '银灰色', '银的'], ['银色', '银灰色'], ['silver'], 'yinse'),
    'grey': (['灰色', '深空灰', '深灰色', '灰的'], ['灰色', '深灰色', '浅灰色'], ['grey', 'gray'], 'huise'),
    'blue': (['蓝色', '深蓝色', '藏青色', '宝蓝色', '蓝的'], ['蓝色', '深蓝色', '藏青色'], ['blue', 'navy'], 'lanse'),
    'red': (['红色', '大红色', '酒红色', '红的'], ['红色', '深红色'], ['red'], 'hongse'),
    'pink': (['粉色', '粉红色', '樱花粉', '浅粉色'], ['粉色', '粉红色'], ['pink'], 'fense'),
    'green': (['绿色', '墨绿色', '军绿色', '浅绿色'], ['绿色', '墨绿色', '深绿色'], ['green'], 'lvse'),
    'gold': (['金色', '香槟金', '土豪金'], ['金色', '香槟色'], ['gold'], 'jinse'),
    'brown': (['棕色', '咖啡色', '褐色', '驼色'], ['棕色', '咖啡色'], ['brown'], 'zongse'),
    'purple': (['紫色', '浅紫色', '薰衣草紫'], ['紫色', '淡紫色'], ['purple'], 'zise'),
    'yellow': (['黄色', '鹅黄色', '柠檬黄'], ['黄色'], ['yellow'], 'huangse'),
    'orange': (['橙色', '橘色', '橘黄色'], ['橙色'], ['orange'], 'chengse'),
}


COLOR_SHORT = {'black': '黑', 'white': '白', 'silver': '银', 'grey': '灰', 'blue': '蓝', 'red': '红', 'pink': '粉',
               'green': '绿', 'gold': '金', 'brown': '棕', 'purple': '紫', 'yellow': '黄', 'orange': '橙'}


def col_o(c):
    return pick(COLORS[c][0])


def col_f(c):
    return pick(COLORS[c][1])


# ----------------------------------------------------------------------------- brands (all invented)
BR = {}


def brand(key, zh, en, py, typo, models):
    BR[key] = dict(key=key, zh=zh, en=en, py=py, typo=typo, models=models)


brand('xinglan', '星澜', 'XINGLAN', 'Xinglan', ['星兰', '新澜'], ['S12', 'S12 Pro', 'Note 9', 'A7'])
brand('langto', '朗拓', 'LANGTO', 'Langtuo', ['郎拓', '朗托'], ['LT9', 'LT9 Max', 'Ray 5'])
brand('yaoshi', '曜石', 'YAOSTONE', 'Yaoshi', ['耀石', '曜时'], ['Y30', 'Y30e', 'Fold 2'])
brand('mingchuan', '鸣川', 'MINGCHUAN', 'Mingchuan', ['明川', '鸣穿'], ['M8', 'M8 Lite', 'MC11'])
brand('qinghe', '青禾', 'QINGHE', 'Qinghe', ['清禾', '青和'], ['Q5', 'Q5s', 'Q7 Plus'])
brand('shengyu', '声屿', 'SOUNDISLE', 'Shengyu', ['声雨', '生屿'], ['Buds 3', 'Air S', 'SP-20'])
brand('jixin', '极芯', 'JICORE', 'Jixin', ['极心', '急芯'], ['BookPro 14', 'X15', 'Air 13'])
brand('boyan', '博衍', 'BOYAN', 'Boyan', ['博言', '搏衍'], ['Studio 13', 'B14'])
brand('lanzo', '澜舟', 'LANZO', 'Lanzhou', ['兰舟', '蓝舟'], ['Pad 11', 'Pad Mini 2', 'Pad Air'])
brand('voltik', '伏特客', 'VOLTIK', 'Futeke', ['伏特克', '福特客'], ['PB-20', 'PB-10', 'MagGo 5K'])
brand('yingsun', '影隼', 'YINGSUN', 'Yingsun', ['影准', '映隼'], ['V2', 'Z30'])
brand('geshi', '革仕', 'GESHEE', 'Geshi', ['格仕', '革士'], [])
brand('pijiang', '皮匠坊', 'TANNERY HOUSE', 'Pijiangfang', ['皮匠房'], [])
brand('koulan', '蔻岚', 'KOULAN', 'Koulan', ['寇岚', '蔻兰'], [])
brand('lvtuo', '旅拓', 'LVTUO', 'Lvtuo', ['侣拓', '旅托'], ['20寸', '24寸', '28寸'])
brand('tuyue', '途岳', 'TUYUE', 'Tuyue', ['涂岳', '途越'], ['20寸', '24寸', '26寸'])
brand('shanjing', '山径', 'TRAILPATH', 'Shanjing', ['山经', '山劲'], ['TP30', 'TP45'])
brand('marlo', '玛络', 'MARLO', 'Maluo', ['马络', '玛洛'], [])
brand('jinmantang', '金满堂', 'JINMANTANG', 'Jinmantang', ['金满棠', '金满塘'], [])
brand('yulinlong', '玉琳珑', 'YULINLONG', 'Yulinlong', ['玉玲珑', '玉林珑'], [])
brand('fuyun', '福韵金', 'FUYUN GOLD', 'Fuyunjin', ['福运金', '福韵今'], [])
brand('lvju', '绿驹', 'LVJU', 'Lvju', ['绿居', '率驹'], ['LJ-350', 'LJ-500 Pro'])
brand('fxx', '风行侠', 'FENGXINGXIA', 'Fengxingxia', ['风形侠', '风行夏'], ['F6', 'F8'])
brand('xiaoxi', '小犀', 'XIAOXI', 'Xiaoxi', ['小西', '小希'], ['X1', 'X1 Pro'])
brand('xiaoqi', '骁骑', 'XIAOQI', 'Xiaoqi', ['晓骑', '骁奇'], ['Trail 300', 'City 7'])
brand('bailu', '白鹭', 'BAILU', 'Bailu', ['白露', '百鹭'], ['BL-20折叠', 'BL-26'])
brand('shanyue', '山越', 'SHANYUE', 'Shanyue', ['山月', '山跃'], ['SY-27.5', 'SY-26'])
brand('changlan', '长岚', 'CHANGLAN', 'Changlan', ['长兰', '常岚'], ['岚途', '岚影'])
brand('yuanchi', '沅驰', 'YUANCHI', 'Yuanchi', ['元驰', '远驰'], ['C5', 'C7'])
brand('xiushan', '岫山', 'XIUSHAN', 'Xiushan', ['秀山', '袖山'], ['云岫红茶', '岫山毛尖'])
brand('yjc', '沅江春', 'YUANJIANGCHUN', 'Yuanjiangchun', ['元江春', '沅江纯'], ['52度珍藏', '42度窖藏'])
brand('nuantu', '暖途', 'NUANTU', 'Nuantu', ['暖图', '暖涂'], ['500ml', '380ml'])
brand('jimu', '积木星球', 'BRICK PLANET', 'Jimu Xingqiu', ['积木星求', '积目星球'], ['机甲战士', '城市消防局'])

PHONE_BRANDS = ['xinglan', 'langto', 'yaoshi', 'mingchuan', 'qinghe']
BANKS = ['华岳银行', '沅州农商银行', '东陵银行', '天衡银行', '西岭银行']
BINS = {'华岳银行': '623071', '沅州农商银行': '621938', '东陵银行': '622461', '天衡银行': '625807',
        '西岭银行': '621355'}


def brand_o(b):
    """How an owner spells a brand."""
    return wpick([(b['zh'], 45), (b['en'], 18), (b['en'].title(), 7), (b['py'], 12),
                  (pick(b['typo']), 12), (b['en'].lower(), 6)])


def brand_f(b):
    """What a finder copies: usually the printed logo, sometimes the Chinese name."""
    return wpick([(b['en'], 50), (b['zh'], 40), (b['en'].title(), 10)])


# ----------------------------------------------------------------------------- nouns
# sub: (owner nouns, finder nouns, english, pinyin, measure word)
NOUN = {
    'phone': (['手机', '手机', '电话', '智能手机'], ['手机', '智能手机', '移动电话'], 'phone', 'shouji', '部'),
    'earbuds': (['蓝牙耳机', '无线耳机', '耳机', '耳机（带充电盒）'], ['蓝牙耳机', '无线耳机及充电盒', '耳机充电仓'], 'earbuds', 'lanya erji', '副'),
    'laptop': (['笔记本电脑', '电脑', '笔记本', '手提电脑'], ['笔记本电脑', '笔记本电脑'], 'laptop', 'bijiben diannao', '台'),
    'tablet': (['平板', '平板电脑', 'pad'], ['平板电脑', '平板'], 'tablet', 'pingban', '台'),
    'powerbank': (['充电宝', '移动电源', '充电宝'], ['充电宝', '移动电源'], 'power bank', 'chongdianbao', '个'),
    'watch': (['智能手表', '手表', '运动手表'], ['智能手表', '电子手表'], 'smart watch', 'shoubiao', '块'),
    'camera': (['相机', '微单相机', '照相机'], ['相机', '数码相机'], 'camera', 'xiangji', '台'),
    'headphones': (['头戴式耳机', '耳机', '大耳机'], ['头戴式耳机'], 'headphones', 'toudai erji', '副'),
    'idcard': (['身份证', '身份证', '二代身份证'], ['居民身份证', '身份证'], 'ID card', 'shenfenzheng', '张'),
    'passport': (['护照', '护照本'], ['护照', '中国护照'], 'passport', 'huzhao', '本'),
    'hkmo': (['港澳通行证', '通行证'], ['往来港澳通行证', '港澳通行证'], 'HK/Macau travel permit', 'gang ao tongxingzheng', '张'),
    'license': (['驾驶证', '驾照'], ['机动车驾驶证', '驾驶证'], "driver's license", 'jiashizheng', '本'),
    'staffcard': (['工作证', '工牌', '员工卡'], ['工作证', '工牌'], 'staff card', 'gongpai', '个'),
    'studentcard': (['学生证'], ['学生证'], 'student card', 'xueshengzheng', '本'),
    'docholder': (['证件夹', '登机牌夹', '证件包'], ['证件夹', '证件包'], 'document holder', 'zhengjian jia', '个'),
    'wallet_long': (['钱包', '长款钱包', '皮夹'], ['钱包', '长款钱包'], 'wallet', 'qianbao', '个'),
    'wallet_short': (['钱包', '短款钱包', '皮夹子'], ['钱包', '短款钱包', '折叠钱包'], 'wallet', 'qianbao', '个'),
    'cardholder': (['卡包', '卡套', '小卡包'], ['卡包', '卡夹'], 'card holder', 'kabao', '个'),
    'coinpurse': (['零钱包', '小钱包'], ['零钱包'], 'coin purse', 'lingqian bao', '个'),
    'carkey': (['车钥匙', '汽车钥匙', '遥控钥匙'], ['汽车钥匙', '车辆遥控钥匙'], 'car key', 'che yaoshi', '把'),
    'keyring': (['钥匙', '一串钥匙', '钥匙串'], ['钥匙', '钥匙串'], 'keys', 'yaoshi', '串'),
    'rentalkey': (['租的车的钥匙', '租车钥匙', '车钥匙'], ['汽车钥匙', '车钥匙'], 'rental car key', 'zuche yaoshi', '把'),
    'ebike': (['电动车', '电瓶车', '电驴', '电动自行车'], ['电动自行车', '电动车', '电瓶车'], 'e-bike', 'diandongche', '辆'),
    'mtb': (['山地车', '自行车', '单车'], ['山地自行车', '自行车'], 'mountain bike', 'shandiche', '辆'),
    'folding': (['折叠车', '折叠自行车', '小折'], ['折叠自行车'], 'folding bike', 'zhedie che', '辆'),
    'citybike': (['自行车', '单车', '通勤车'], ['自行车', '普通自行车'], 'bicycle', 'zixingche', '辆'),
    'suitcase': (['行李箱', '拉杆箱', '旅行箱', '箱子'], ['行李箱', '拉杆箱'], 'suitcase', 'xinglixiang', '个'),
    'backpack': (['双肩包', '背包', '书包'], ['双肩背包', '背包'], 'backpack', 'beibao', '个'),
    'handbag': (['手提包', '包包', '女士包', '挎包'], ['手提包', '女式挎包'], 'handbag', 'shoutibao', '个'),
    'laptopbag': (['电脑包'], ['电脑包', '公文包'], 'laptop bag', 'diannao bao', '个'),
    'duffel': (['旅行袋', '行李袋', '大包'], ['旅行袋', '手提行李袋'], 'travel bag', 'lvxing dai', '个'),
    'tote': (['帆布袋', '帆布包'], ['帆布袋', '帆布手提袋'], 'tote bag', 'fanbu dai', '个'),
    'hongbao': (['红包'], ['红包'], 'red envelopes', 'hongbao', '个'),
    'cashenv': (['现金', '一信封现金', '钱'], ['装有现金的信封', '现金信封'], 'cash', 'xianjin', '个'),
    'cashroll': (['现金', '一沓钱', '一卷钱'], ['现金', '成捆现金'], 'cash', 'xianjin', '沓'),
    'bracelet': (['金手镯', '手镯', '金镯子'], ['金手镯', '手镯'], 'gold bangle', 'jin shouzhuo', '只'),
    'necklace': (['金项链', '项链'], ['金项链', '项链'], 'gold necklace', 'xianglian', '条'),
    'jade': (['玉坠', '玉佩', '翡翠吊坠'], ['玉石吊坠', '玉坠'], 'jade pendant', 'yuzhui', '块'),
    'ring': (['戒指', '金戒指', '婚戒'], ['戒指'], 'ring', 'jiezhi', '枚'),
    'lock': (['长命锁', '金锁', '宝宝金锁'], ['长命锁', '小金锁'], 'baby gold lock', 'changming suo', '个'),
    'earrings': (['耳环', '珍珠耳环'], ['耳环', '珍珠耳饰'], 'earrings', 'erhuan', '对'),
    'tea': (['茶叶', '茶叶礼盒', '一盒茶叶'], ['茶叶礼盒', '茶叶'], 'tea gift box', 'chaye lihe', '盒'),
    'liquor': (['酒', '白酒礼盒', '两瓶白酒'], ['白酒礼盒', '白酒'], 'liquor gift box', 'baijiu', '盒'),
    'toy': (['玩具', '小孩的玩具', '积木'], ['儿童玩具', '玩具'], 'toy', 'wanju', '个'),
    'plush': (['毛绒玩具', '娃娃', '玩偶'], ['毛绒玩具'], 'plush toy', 'maorong wanju', '个'),
    'thermos': (['保温杯', '水杯', '杯子'], ['保温杯'], 'thermos cup', 'baowen bei', '个'),
    'umbrella': (['雨伞', '伞'], ['雨伞', '折叠伞'], 'umbrella', 'yusan', '把'),
    'scarf': (['围巾'], ['围巾'], 'scarf', 'weijin', '条'),
    'glasses': (['眼镜', '近视眼镜'], ['眼镜', '眼镜（带眼镜盒）'], 'glasses', 'yanjing', '副'),
    'docs': (['文件袋', '资料', '合同'], ['文件袋', '牛皮纸文件袋'], 'document folder', 'wenjian dai', '个'),
    'giftbag': (['年货', '年货礼包'], ['年货礼包', '礼品袋'], 'New Year goodies', 'nianhuo', '袋'),
    'pillow': (['U型枕', '颈枕'], ['U型枕', '颈枕'], 'neck pillow', 'jingzhen', '个'),
}

# ----------------------------------------------------------------------------- visible marks
# slot: list of (owner words, finder words, english)
FACT = {
    'case': [('透明手机壳，壳里夹着一张高铁票', '透明手机壳，壳内夹有一张高铁票', 'clear case with a train ticket inside'),
             ('透明壳里夹了张小孩的照片', '透明手机壳内夹一张儿童照片', 'clear case with a photo of a kid inside'),
             ('黑色磨砂硅胶壳', '黑色磨砂软壳', 'black matte case'),
             ('粉色毛绒手机壳', '粉色毛绒外壳', 'pink fluffy case'),
             ('棕色皮质翻盖壳', '棕色皮质翻盖保护套', 'brown leather flip case'),
             ('带支架的蓝色手机壳', '蓝色带支架手机壳', 'blue case with a stand'),
             ('印着小熊图案的手机壳', '手机壳印有小熊图案', 'case with a little bear print'),
             ('绿色格子手机壳', '绿色格纹保护壳', 'green checked case'),
             ('壳背面有个指环扣', '手机壳背面有指环支架', 'ring holder on the back')],
    'crack': [('屏幕右上角碎了一块', '屏幕右上角有碎裂', 'cracked top right corner'),
              ('屏幕中间有一道裂痕', '屏幕中部一道裂纹', 'a crack across the screen'),
              ('钢化膜左下角碎了', '钢化膜左下角破裂', 'screen protector broken at the bottom left'),
              ('后盖有一条划痕', '后盖有明显划痕', 'a scratch on the back')],
    'charm': [('挂着一个红色小马挂件', '挂有红色小马挂件', 'a red little horse charm'),
              ('挂着一根黑色挂绳', '系有黑色挂绳', 'a black lanyard'),
              ('挂了个平安结', '挂着红色平安结', 'a red knot charm'),
              ('挂着毛绒小兔子', '挂有毛绒兔子挂件', 'a plush bunny charm')],
    'wall': [('锁屏是一只橘猫', '按亮屏幕，锁屏为一只橘猫图片', 'lock screen is an orange cat'),
             ('锁屏是我女儿的照片', '锁屏为一名小女孩照片', 'lock screen is my daughter'),
             ('锁屏是雪山风景', '锁屏图片为雪山', 'lock screen is a snowy mountain'),
             ('锁屏是一只柯基', '锁屏为柯基犬图片', 'lock screen is a corgi'),
             ('锁屏是我们俩的合照', '锁屏为一男一女合影', 'lock screen is a couple photo'),
             ('锁屏是默认的星空壁纸', '锁屏为星空图案', 'default starry lock screen')],
    'psticker': [('背面贴了个熊猫贴纸', '背面贴有熊猫贴纸', 'panda sticker on the back'),
                 ('壳上贴着"福"字贴纸', '壳上贴有"福"字贴纸', 'a fu sticker on the case'),
                 ('背面贴了张沅州通公交卡', '背面贴着一张沅州通公交卡', 'a bus card stuck on the back')],
    'ecase': [('充电盒套了个蓝色硅胶套', '充电盒外有蓝色硅胶保护套', 'blue silicone cover on the case'),
              ('充电盒外面套着小恐龙的壳', '充电仓套有小恐龙造型保护壳', 'little dinosaur cover'),
              ('充电盒上有很多划痕', '充电盒表面划痕较多', 'lots of scratches on the case'),
              ('盒子上贴了名字贴"小宇"', '充电仓贴有"小宇"字样名字贴', 'name sticker on the case'),
              ('盒子上挂着一个钥匙扣', '充电盒挂有钥匙扣', 'a keyring on the case')],
    'eonly': [('只有右耳那一只', '盒内仅有右耳耳机', 'only the right earbud'),
              ('两只耳机都在盒子里', '盒内两只耳机齐全', 'both earbuds in the case'),
              ('左耳的耳塞套换成了黑色的', '左耳耳塞套为黑色，与右耳不同', 'left ear tip replaced with a black one')],
    'lsticker': [('外壳上贴了一个火箭贴纸', '外壳贴有火箭图案贴纸', 'rocket sticker on the lid'),
                 ('A面贴满了卡通贴纸', '外壳贴有多张卡通贴纸', 'lid covered in stickers'),
                 ('外壳贴着公司的资产标签', '外壳贴有资产标签', 'company asset tag on it'),
                 ('底部贴了块黑色的保护膜', '底部贴有黑色保护膜', 'black film on the bottom')],
    'lbag': [('装在灰色内胆包里', '装于灰色电脑内胆包内', 'in a grey sleeve'),
             ('装在一个黑色电脑包里', '装在黑色电脑包内', 'in a black laptop bag'),
             ('套着一个透明的外壳', '外有透明保护壳', 'in a clear shell')],
    'ldamage': [('左下角磕掉了一点漆', '外壳左下角有磕碰掉漆', 'paint chipped at the bottom left corner'),
                ('屏幕上有一条亮线', '屏幕有一道亮线', 'a bright line on the screen'),
                ('键盘上的E键掉了', '键盘E键缺失', 'E key missing')],
    'tcase': [('带键盘的保护套', '配有键盘保护套', 'keyboard cover'),
              ('蓝色三折保护套', '蓝色三折皮套', 'blue folio cover'),
              ('透明壳上画了小花', '透明保护壳上有手绘小花', 'clear case with flowers drawn on it'),
              ('粉色防摔壳，有手柄', '粉色防摔儿童保护套（带手柄）', 'pink kids case with a handle')],
    'tmark': [('屏幕上有几道划痕', '屏幕有划痕', 'scratches on the screen'),
              ('背后贴着孩子的小恐龙贴纸', '背面贴有恐龙贴纸', 'dinosaur stickers on the back'),
              ('夹着一支白色触控笔', '附白色触控笔一支', 'a white stylus with it')],
    'pbmark': [('自带两根线', '自带两根充电线', 'built-in cables'),
               ('上面贴了白色标签写着名字', '表面贴有写名字的白色标签', 'white name label on it'),
               ('一个角磕掉漆了', '一角有磕碰', 'chipped corner'),
               ('有个小屏幕显示电量', '带电量数显屏', 'digital battery display'),
               ('挂着小熊挂绳', '挂有小熊挂绳', 'bear lanyard')],
    'wband': [('表带是橙色硅胶的', '表带为橙色硅胶', 'orange silicone strap'),
              ('换了条棕色皮表带', '棕色皮质表带', 'brown leather strap'),
              ('金属网状表带', '金属网状表带', 'metal mesh strap')],
    'wface': [('表盘是熊猫图案', '表盘显示熊猫图案', 'panda watch face'),
              ('表盘屏幕有划痕', '表盘玻璃有划痕', 'scratched screen'),
              ('表盘显示大号数字', '表盘为大号数字显示', 'big digits watch face')],
    'cstrap': [('挂着彩色编织背带', '配彩色编织背带', 'colourful woven strap'),
               ('黑色原装背带', '黑色相机背带', 'black strap')],
    'cmark': [('镜头盖丢了', '无镜头盖', 'no lens cap'),
              ('机身左边贴了胶布', '机身左侧贴有胶布', 'tape on the left side'),
              ('装在咖啡色相机包里', '装于咖啡色相机包内', 'in a brown camera bag')],
    'hphmark': [('头梁上缠了胶带', '头梁缠有胶带', 'tape on the headband'),
                ('耳罩皮有点脱皮', '耳罩皮面脱落', 'peeling ear pads'),
                ('装在黑色收纳包里', '装于黑色耳机收纳包内', 'in a black pouch')],
    'idsleeve': [('套着透明卡套', '装在透明卡套内', 'in a clear sleeve'),
                 ('套着一个印着小猫的卡套', '装于小猫图案卡套内', 'in a cat card sleeve'),
                 ('卡套上挂着一个小铃铛', '卡套挂有小铃铛', 'a small bell on the sleeve')],
    'ppcover': [('护照套是绿色的', '外有绿色护照套', 'green passport cover'),
                ('护照里夹着登机牌', '护照内夹有登机牌一张', 'boarding pass inside'),
                ('护照外面有个黑色皮套', '外套黑色皮质护照夹', 'black leather cover'),
                ('护照里夹着几张外币', '护照内夹有少量外币', 'some foreign banknotes inside')],
    'lcover': [('外面是黑色皮套', '外有黑色皮质证件套', 'black cover'),
               ('皮套里还夹着行驶证', '皮套内另有行驶证一本', 'vehicle registration inside too'),
               ('棕色的证件皮套', '棕色证件皮套', 'brown cover')],
    'lanyard': [('挂绳是蓝色的', '蓝色挂绳', 'blue lanyard'),
                ('挂着红色挂绳', '红色挂绳', 'red lanyard'),
                ('黑色挂绳，卡套有点裂', '黑色挂绳，卡套有裂痕', 'black lanyard, cracked holder')],
    'wmark': [('拉链坏了', '拉链损坏', 'broken zip'),
              ('边角磨得发白', '边角磨损明显', 'worn edges'),
              ('上面有个金属小马扣', '有金属小马装饰扣', 'metal horse buckle'),
              ('角上绣着一朵小花', '角上有绣花', 'a small embroidered flower'),
              ('扣子是磁吸的', '磁吸扣', 'magnetic clasp')],
    'kchain': [('钥匙扣是一个红色小马', '钥匙扣为红色小马玩偶', 'red little horse keychain'),
               ('挂着一个篮球挂件', '挂有篮球挂件', 'basketball charm'),
               ('挂着红绳平安结', '系有红绳平安结', 'red knot'),
               ('带个开瓶器', '附开瓶器钥匙扣', 'bottle opener keyring'),
               ('挂着一个毛绒小熊', '挂有毛绒小熊', 'plush bear'),
               ('挂了个指甲刀', '附指甲剪一个', 'nail clipper on it')],
    'kcount': [('一共三把钥匙', '共三把钥匙', 'three keys'),
               ('四把钥匙，有一把是电动车钥匙', '钥匙四把，其中一把为电动车钥匙', 'four keys incl. an e-bike key'),
               ('两把钥匙加一张蓝色门禁卡', '钥匙两把及蓝色门禁卡一张', 'two keys and a blue access fob'),
               ('五把钥匙，有把是铜的', '钥匙五把（含铜钥匙一把）', 'five keys, one brass')],
    'ktag': [('挂了个塑料牌写着"3栋507"', '挂有塑料牌，写"3栋507"', 'tag saying Bldg 3 Rm 507'),
             ('钥匙牌上写着"仓库B"', '钥匙牌标"仓库B"', 'tag saying Warehouse B'),
             ('有个小牌子写着"12楼机房"', '挂牌写"12楼机房"', 'tag saying 12F server room'),
             ('有个小牌子写着"宿舍"', '挂牌写"宿舍"', 'tag saying dorm')],
    'ebmark': [('后座装了儿童座椅', '后座加装儿童座椅', 'child seat on the back'),
               ('装了挡风被，是迷彩的', '加装迷彩挡风被', 'camouflage wind quilt'),
               ('车筐里有件黑色雨衣', '车筐内有黑色雨衣一件', 'black raincoat in the basket'),
               ('左边后视镜断了', '左后视镜缺失', 'left mirror broken'),
               ('后面绑了个外卖箱', '后座绑有外卖保温箱', 'delivery box on the back'),
               ('座垫破了，用胶带缠着', '座垫破损，缠有胶带', 'torn seat taped up'),
               ('车头挂着平安符', '车头挂平安符', 'a charm on the handlebar')],
    'bimark': [('车把缠了红色把带', '车把缠红色把带', 'red handlebar tape'),
               ('后挡泥板歪了', '后挡泥板变形', 'bent rear mudguard'),
               ('前面有个铁车筐', '前有铁丝车筐', 'wire basket'),
               ('后座有个货架', '带后货架', 'rear rack'),
               ('车座是黑色加厚的', '加厚黑色坐垫', 'thick black saddle'),
               ('车上挂着一把U型锁', '车架挂U型锁一把', 'a U-lock hanging on the frame')],
    'bgmark': [('拉杆有点歪', '拉杆略弯', 'bent handle'),
               ('箱子上贴满了各地的贴纸', '箱体贴有多张旅行贴纸', 'covered in travel stickers'),
               ('绑了一根红色行李带', '捆有红色行李带', 'red luggage strap'),
               ('一个轮子坏了', '一个万向轮损坏', 'one broken wheel'),
               ('把手上系了条黄丝带', '提手系有黄色丝带', 'yellow ribbon on the handle'),
               ('侧面有一道很深的划痕', '箱体侧面有明显划痕', 'deep scratch on the side'),
               ('挂着一个小马挂件', '挂有小马挂件', 'little horse charm')],
    'bpmark': [('侧袋插着一把黑伞', '侧袋插有黑色雨伞', 'black umbrella in the side pocket'),
               ('拉链上挂着一个小熊', '拉链挂有小熊挂件', 'bear on the zip'),
               ('肩带上别着几个徽章', '肩带别有徽章数枚', 'badges on the strap'),
               ('包底有块油渍', '包底有污渍', 'stain on the bottom'),
               ('前面有个反光条', '正面有反光条', 'reflective strip on the front')],
    'hbdesign': [('红包上印着"马到成功"', '红包印"马到成功"字样', 'printed with 马到成功'),
                 ('烫金福字红包', '红包为烫金"福"字款', 'gold fu character'),
                 ('印着小金马的红包', '红包印有金色小马图案', 'little golden horse'),
                 ('红包背面写着"给外婆"', '红包背面手写"给外婆"', 'written for grandma on the back'),
                 ('华岳银行送的红包', '红包印有华岳银行字样', 'bank red envelope')],
    'cashwrap': [('用皮筋扎着', '用橡皮筋捆扎', 'rubber band'),
                 ('装在牛皮纸信封里', '装于牛皮纸信封内', 'in a brown envelope'),
                 ('装在银行的白信封里', '装在白色银行信封内', 'white bank envelope'),
                 ('夹在一个透明塑料袋里', '装在透明塑料袋内', 'in a plastic sleeve')],
    'jbox': [('装在红色首饰盒里', '装于红色首饰盒内', 'in a red jewellery box'),
             ('用绒布袋装着', '装于绒布小袋内', 'in a velvet pouch'),
             ('没有盒子，用纸巾包着', '用纸巾包裹', 'wrapped in tissue'),
             ('装在一个小塑料袋里，带着发票', '装在小塑料袋内，附发票', 'in a small bag with the receipt')],
    'jengrave': [('内侧刻着"平安"', '内侧刻"平安"二字', 'engraved 平安 inside'),
                 ('内圈刻了"2026"', '内圈刻有"2026"', 'engraved 2026'),
                 ('刻着"福"字', '刻"福"字', 'engraved fu'),
                 ('是一匹小马的造型', '为小马造型', 'horse-shaped'),
                 ('竹节花纹的', '竹节纹样', 'bamboo pattern')],
    'teamark': [('两盒装，外面是红色手提袋', '双盒装，红色手提礼袋', 'two boxes in a red gift bag'),
                ('礼盒上印着一座山', '礼盒印有山水图案', 'mountain print on the box'),
                ('铁罐装的', '铁罐包装', 'tin cans')],
    'liqmark': [('两瓶装的礼盒，红色的盒子', '双瓶装红色礼盒', 'two-bottle red box'),
                ('外面套着黄色手提袋', '外装黄色手提袋', 'yellow carry bag'),
                ('盒子一个角压坏了', '礼盒一角压损', 'dented corner')],
    'toymark': [('已经拼好了的机甲', '已拼好的机甲积木', 'assembled robot bricks'),
                ('盒子还没拆', '包装盒未拆封', 'box unopened'),
                ('装在一个蓝色购物袋里', '装于蓝色购物袋内', 'in a blue shopping bag')],
    'plushmark': [('是一只长耳朵兔子', '长耳毛绒兔', 'plush rabbit with long ears'),
                  ('是一匹小马，脖子上系着红领结', '毛绒小马，颈部系红色领结', 'plush horse with a red bow'),
                  ('是一只熊猫，有点脏了', '熊猫毛绒玩具，表面有污渍', 'a slightly dirty panda')],
    'thmark': [('杯身贴着名字贴', '杯身贴有名字贴', 'name sticker'),
               ('杯盖上有个小熊', '杯盖有小熊造型', 'bear lid'),
               ('杯子有个凹坑', '杯身有凹痕', 'dented')],
    'umark': [('伞柄是木头的', '木质伞柄', 'wooden handle'),
              ('格子图案的', '格纹伞面', 'checked'),
              ('伞骨断了一根', '一根伞骨断裂', 'one broken rib')],
    'scmark': [('羊绒的，有流苏', '羊绒质地带流苏', 'cashmere with tassels'),
               ('格子图案的', '格纹', 'checked'),
               ('一头绣着字母', '一端绣有字母', 'embroidered letters')],
    'glmark': [('黑框的', '黑色镜框', 'black frame'),
               ('装在蓝色眼镜盒里', '装蓝色眼镜盒内', 'blue case'),
               ('镜腿有点歪', '镜腿略变形', 'bent arm')],
    'dcmark': [('里面是租房合同', '内有租房合同', 'rental contract inside'),
               ('里面有几张发票和报销单', '内有发票及报销单', 'receipts inside'),
               ('文件袋上印着"沅州空港货运"', '文件袋印有"沅州空港货运"', 'company name printed'),
               ('里面有孩子的入学材料', '内有入学材料', 'school enrolment papers')],
    'gbmark': [('红色无纺布袋，里面两块腊肉一包香肠', '红色无纺布袋内有腊肉两块、香肠一包', 'cured meat and sausages'),
               ('一箱橙子，箱子上写着"冰糖橙"', '橙子一箱，箱上印"冰糖橙"', 'a box of oranges'),
               ('礼包里有两盒坚果', '礼包内有坚果礼盒两盒', 'two boxes of nuts')],
    'pimark': [('灰色记忆棉的', '灰色记忆棉材质', 'grey memory foam'),
               ('印着卡通猫', '印有卡通猫', 'cartoon cat print')],
}

CONT_BAG = [('几件换洗衣服', '衣物若干', 'some clothes'), ('一件黑色羽绒服', '黑色羽绒服一件', 'a black down jacket'),
            ('两盒给家里带的腊肉', '腊肉两盒', 'two boxes of cured meat'),
            ('给孩子买的遥控车', '儿童遥控车玩具一个', 'a remote-control car for my kid'),
            ('一条红围巾', '红色围巾一条', 'a red scarf'), ('洗漱包', '洗漱用品一包', 'a toiletry bag'),
            ('一袋橘子', '橘子一袋', 'a bag of oranges'), ('几本书', '书籍若干', 'some books'),
            ('保温杯', '保温杯一个', 'a thermos'), ('两瓶酒', '白酒两瓶', 'two bottles of liquor'),
            ('充电器和数据线', '充电器、数据线', 'chargers'), ('一盒药', '药品一盒', 'medicine'),
            ('春联和福字', '春联、福字若干', 'Spring Festival couplets'),
            ('给老人买的保健品', '保健品礼盒', 'health supplements for my parents'),
            ('公司的文件', '文件资料一袋', 'company documents'), ('一个毛绒玩具', '毛绒玩具一个', 'a plush toy'),
            ('一双运动鞋', '运动鞋一双', 'a pair of sneakers'), ('一台平板', '平板电脑一台', 'a tablet'),
            ('一包尿不湿和奶粉', '纸尿裤一包、奶粉一罐', 'diapers and baby formula'),
            ('两条烟', '香烟两条', 'two cartons of cigarettes')]

HIDDEN = {
    'phone': ['手机里有很多工作资料', '估计已经没电关机了', '里面有孩子的照片，很重要', '去年才买的', '手机设了六位数密码'],
    'electronics': ['里面有明天要用的投标文件', '买了不到半年', '设了开机密码', '里面有我的毕业论文', '是公司配的'],
    'id_doc': ['今天要赶飞机', '明天还要坐高铁回家', '挂失补办太麻烦了', '今晚要办酒店入住'],
    'wallet': ['钱包是我爸送的', '卡都已经挂失了', '证件比钱重要'],
    'keys': ['宿舍门钥匙只有这一把', '车还停在停车场进不去', '备用钥匙在老家'],
    'ebike': ['电池是上个月新换的', '车钥匙在我这', '发票在家里', '每天靠它上班'],
    'bicycle': ['车是二手买的', '锁被剪了', '每天骑去地铁站'],
    'bag': ['箱子里东西加起来好几千', '是托运的行李', '里面都是带回老家过年的东西'],
    'cash': ['是准备给老人的压岁钱', '是年终奖取的现金', '是这个月的工资'],
    'jewelry': ['是给我妈买的新年礼物', '买了一万多', '是结婚时的首饰，很有纪念意义'],
    'other': ['是带回老家的年货', '孩子哭着要找', '是给客户的礼物'],
}

CONT_SMALL = [('口红', '口红一支', 'a lipstick'), ('一包纸巾', '纸巾一包', 'tissues'),
              ('充电宝', '充电宝一个', 'a power bank'), ('一把折叠伞', '折叠伞一把', 'a folding umbrella'),
              ('墨镜', '墨镜一副', 'sunglasses'), ('护手霜', '护手霜一支', 'hand cream'),
              ('一串钥匙', '钥匙一串', 'a bunch of keys'), ('耳机', '耳机一副', 'earphones')]
WALLET_MISC = [('几张会员卡', '会员卡数张', 'some membership cards'), ('一张孩子的一寸照片', '儿童一寸照片一张', "a small photo of my kid"),
               ('几张发票', '发票数张', 'some receipts'), ('名片', '名片若干', 'business cards'),
               ('一张沅州通公交卡', '沅州通公交卡一张', 'a bus card'), ('一张蓝色门禁卡', '蓝色门禁卡一张', 'a blue access card')]
COMPANIES = ['沅州空港货运有限公司', '航港物流', '临空数智科技', '空港地服公司', '沅州快运', '港汇物业']
SCHOOLS = ['岚江大学', '沅州师范学院', '青岚职业技术学院', '沅州理工学院']
RENTALS = ['驰程租车', '沅行租车', '空港易租']
EXTRA_MODELS = {
    ('earbuds', 'mingchuan'): ['M Buds 2', 'MC Buds'], ('earbuds', 'xinglan'): ['XL Buds Pro'],
    ('earbuds', 'qinghe'): ['Q Buds'], ('laptop', 'langto'): ['LT Book 14', 'LT Book 16'],
    ('tablet', 'xinglan'): ['XL Pad 12'], ('powerbank', 'mingchuan'): ['MC-PB20'],
    ('watch', 'xinglan'): ['XL Watch 4'], ('watch', 'qinghe'): ['Q Band 6'],
    ('headphones', 'shengyu'): ['H7'], ('headphones', 'mingchuan'): ['MC Studio'],
}
ELEC_BRANDS = {
    'earbuds': ['shengyu', 'shengyu', 'mingchuan', 'xinglan', 'qinghe'],
    'laptop': ['jixin', 'boyan', 'langto'], 'tablet': ['lanzo', 'lanzo', 'xinglan'],
    'powerbank': ['voltik', 'voltik', 'mingchuan'], 'watch': ['xinglan', 'qinghe'],
    'camera': ['yingsun'], 'headphones': ['shengyu', 'mingchuan'],
}


def models_for(sub, b):
    return EXTRA_MODELS.get((sub, b)) or BR[b]['models']


def alnum(n, letters='ABCDEFGHJKLMNPQRSTUVWXYZ'):
    return ''.join(pick(letters + '0123456789') for _ in range(n))


def new_serial(kind, **kw):
    s = dict(kind=kind)
    if kind == 'imei':
        v = '86' + digits(12)
        s['val'] = v + luhn_digit(v)
    elif kind == 'sn':
        s['val'] = kw.get('prefix', '') + alnum(kw.get('n', 10))
    elif kind == 'passport':
        s['val'] = 'E' + digits(8)
    elif kind == 'hkmo':
        s['val'] = 'C' + digits(8)
    elif kind == 'staff':
        s['val'] = pick(['GK', 'HG', 'LK']) + digits(5)
    elif kind == 'student':
        s['val'] = pick(['2022', '2023', '2024', '2025']) + digits(6)
    elif kind == 'card':
        s['val'] = digits(4)
        s['bank'] = pick(BANKS)
    elif kind == 'frame':
        s['val'] = kw.get('prefix', 'LJ') + digits(2) + pick('ABCDEFGH') + digits(9)
    elif kind == 'plate':
        s['val'] = '沅州' + pick('ABCD') + digits(5)
    elif kind == 'bagtag':
        s['val'] = 'YZ' + digits(6)
    elif kind == 'cert':
        s['val'] = kw.get('prefix', 'JM') + '2' + digits(10)
    elif kind == 'rentplate':
        s['val'] = '沅A' + alnum(5, 'ABCDEFGHJKLMNPQRSTUVWXYZ')
    s.update({k: v for k, v in kw.items() if k not in ('prefix', 'n')})
    return s


def base(cat, sub):
    return dict(cat=cat, catf=cat, sub=sub, color=None, brand=None, model=None, model_vis=False,
                brand_vis=True, serials=[], facts=[], contents=[], hidden=[], holder=None,
                amount=None, extra={}, cross=None, misc=[])


def add_facts(o, slots, kmin=1, kmax=2, must=None):
    slots = list(slots)
    chosen = []
    if must:
        chosen.append(must)
    rest = [s for s in slots if s not in chosen]
    k = R.randint(kmin, kmax) - len(chosen)
    if k > 0:
        chosen += R.sample(rest, min(k, len(rest)))
    for sl in chosen:
        o['facts'].append([sl, R.randrange(len(FACT[sl]))])


HIDDEN_SUB = {
    'carkey': ['车还停在停车场，进不去', '备用钥匙在老家'],
    'keyring': ['宿舍门钥匙只有这一把', '备用钥匙在老家', '单位的钥匙，很着急'],
    'rentalkey': ['押金还没退', '租车公司说钥匙丢了要赔钱'],
    'toy': ['孩子哭着要找', '是给孩子的新年礼物'], 'plush': ['孩子哭着要找', '孩子每天抱着睡觉'],
    'tea': ['是带回老家的年货', '是给客户的礼物'], 'liquor': ['是带回老家的年货', '是给客户的礼物'],
    'giftbag': ['是带回老家的年货'], 'docs': ['里面的材料很重要，明天要用', '是公司的原件'],
    'thermos': ['是朋友送的', '用了好几年了'], 'umbrella': ['是朋友送的'], 'scarf': ['是我妈织的', '是朋友送的'],
    'glasses': ['没有眼镜看不清', '刚配的'], 'pillow': ['是刚买的'],
    'laptop': ['里面有明天要用的投标文件', '设了开机密码', '里面有我的毕业论文', '是公司配的'],
    'tablet': ['孩子在上面上网课', '设了密码', '是公司配的'],
    'camera': ['SD卡里有孩子的照片', '买了不到半年'],
    'earbuds': ['买了不到半年', '是朋友送的'], 'headphones': ['是公司配的', '买了不到半年'],
    'powerbank': ['是朋友送的', '买了不到半年'], 'watch': ['是朋友送的', '买了不到半年'],
}


def add_hidden(o, p=0.6):
    if chance(p):
        o['hidden'].append(pick(HIDDEN_SUB.get(o['sub']) or HIDDEN[o['cat']]))


def gen_phone(color=None, brand_key=None, sub=None):
    o = base('phone', 'phone')
    o['brand'] = brand_key or pick(PHONE_BRANDS)
    o['model'] = pick(BR[o['brand']]['models'])
    o['model_vis'] = chance(0.35)
    o['color'] = color or wpick([('black', 30), ('white', 12), ('blue', 10), ('purple', 6), ('green', 6),
                                 ('silver', 8), ('gold', 5), ('pink', 6), ('grey', 10)])
    o['serials'].append(new_serial('imei', o=chance(0.45), f=chance(0.22)))
    add_facts(o, ['crack', 'charm', 'wall', 'psticker'], 1, 2, must='case' if chance(0.8) else None)
    add_hidden(o, 0.5)
    return o


def gen_electronics(color=None, brand_key=None, sub=None):
    sub = sub or wpick([('earbuds', 30), ('laptop', 18), ('tablet', 14), ('powerbank', 16), ('watch', 8),
                        ('camera', 6), ('headphones', 8)])
    o = base('electronics', sub)
    o['brand'] = brand_key if brand_key in ELEC_BRANDS[sub] else pick(ELEC_BRANDS[sub])
    o['model'] = pick(models_for(sub, o['brand']))
    pal = {'earbuds': [('white', 50), ('black', 35), ('blue', 10), ('pink', 5)],
           'laptop': [('silver', 40), ('grey', 35), ('black', 25)],
           'tablet': [('grey', 35), ('silver', 25), ('blue', 15), ('pink', 10), ('purple', 15)],
           'powerbank': [('white', 35), ('black', 35), ('pink', 10), ('blue', 10), ('green', 10)],
           'watch': [('black', 40), ('silver', 25), ('pink', 15), ('white', 20)],
           'camera': [('black', 70), ('silver', 30)],
           'headphones': [('black', 50), ('white', 30), ('grey', 20)]}[sub]
    o['color'] = color or wpick(pal)
    if sub == 'earbuds':
        o['model_vis'] = chance(0.2)
        o['serials'].append(new_serial('sn', n=12, o=chance(0.1), f=chance(0.3)))
        add_facts(o, ['ecase', 'eonly'], 1, 2)
    elif sub == 'laptop':
        o['model_vis'] = chance(0.6)
        o['serials'].append(new_serial('sn', n=10, o=chance(0.5), f=chance(0.75)))
        add_facts(o, ['lsticker', 'lbag', 'ldamage'], 1, 2)
    elif sub == 'tablet':
        o['model_vis'] = chance(0.2)
        o['serials'].append(new_serial('sn', n=11, o=chance(0.3), f=chance(0.2)))
        add_facts(o, ['tcase', 'tmark'], 1, 2)
    elif sub == 'powerbank':
        o['model_vis'] = chance(0.7)
        o['extra']['mah'] = pick(['10000mAh', '20000mAh', '20000mAh', '5000mAh'])
        add_facts(o, ['pbmark'], 1, 2)
    elif sub == 'watch':
        o['model_vis'] = chance(0.1)
        add_facts(o, ['wband', 'wface'], 1, 2)
        if chance(0.3):
            o['serials'].append(new_serial('sn', n=10, o=chance(0.4), f=False))
    elif sub == 'camera':
        o['model_vis'] = chance(0.8)
        o['serials'].append(new_serial('sn', n=9, o=chance(0.5), f=chance(0.6)))
        add_facts(o, ['cstrap', 'cmark'], 1, 2)
    else:
        o['model_vis'] = chance(0.3)
        add_facts(o, ['hphmark'], 1, 1)
    add_hidden(o, 0.4)
    return o


def gen_id(color=None, brand_key=None, sub=None, holder=None):
    sub = sub or wpick([('idcard', 44), ('passport', 16), ('hkmo', 10), ('license', 12), ('staffcard', 10),
                        ('studentcard', 8)])
    o = base('id_doc', sub)
    o['brand_vis'] = False
    h = holder or new_person(young=(sub == 'studentcard'))
    o['holder'] = h
    if sub in ('idcard', 'docholder'):
        o['serials'].append(new_serial('id', val=h['id'], o=True, f=True))
        if chance(0.5):
            add_facts(o, ['idsleeve'], 1, 1)
    elif sub == 'passport':
        o['serials'].append(new_serial('passport', o=chance(0.6), f=True))
        add_facts(o, ['ppcover'], 1, 1)
    elif sub == 'hkmo':
        o['serials'].append(new_serial('hkmo', o=chance(0.5), f=True))
        if chance(0.5):
            add_facts(o, ['idsleeve'], 1, 1)
    elif sub == 'license':
        o['serials'].append(new_serial('id', val=h['id'], o=True, f=True, license=True))
        add_facts(o, ['lcover'], 1, 1)
    elif sub == 'staffcard':
        o['serials'].append(new_serial('staff', o=chance(0.8), f=True, org=pick(COMPANIES)))
        add_facts(o, ['lanyard'], 1, 1)
    elif sub == 'studentcard':
        o['serials'].append(new_serial('student', o=chance(0.7), f=True, org=pick(SCHOOLS)))
        o['color'] = color or pick(['red', 'blue', 'green'])
    if color and sub not in ('studentcard',):
        o['color'] = color
    add_hidden(o, 0.4)
    return o


def wallet_contents(o, sub, holder):
    lo, hi = {'wallet_long': (200, 3000), 'wallet_short': (50, 1500), 'cardholder': (0, 300),
              'coinpurse': (20, 300)}[sub]
    amt = R.randint(lo // 10, hi // 10) * 10
    if amt and chance(0.85):
        o['amount'] = amt
    ncard = {'wallet_long': (1, 3), 'wallet_short': (1, 3), 'cardholder': (1, 4), 'coinpurse': (0, 1)}[sub]
    banks = []
    for _ in range(R.randint(*ncard)):
        s = new_serial('card', o=chance(0.75), f=True)
        if s['bank'] in banks:
            continue
        banks.append(s['bank'])
        o['serials'].append(s)
    if sub != 'coinpurse' and chance(0.45):
        o['serials'].append(new_serial('id', val=holder['id'], o=True, f=True))
    if sub != 'coinpurse' and chance(0.15):
        o['serials'].append(new_serial('id', val=holder['id'], o=True, f=True, license=True))
    k = R.randint(0, 2)
    o['misc'] = sorted(R.sample(range(len(WALLET_MISC)), k))


def gen_wallet(color=None, brand_key=None, sub=None, holder=None):
    sub = sub or wpick([('wallet_long', 30), ('wallet_short', 35), ('cardholder', 20), ('coinpurse', 15)])
    o = base('wallet', sub)
    o['holder'] = holder or new_person()
    if brand_key in ('geshi', 'pijiang', 'koulan'):
        o['brand'] = brand_key
    elif chance(0.55):
        o['brand'] = pick(['geshi', 'pijiang', 'koulan'])
    o['color'] = color or wpick([('black', 35), ('brown', 25), ('red', 10), ('pink', 10), ('blue', 8), ('grey', 6),
                                 ('green', 6)])
    wallet_contents(o, sub, o['holder'])
    if chance(0.5):
        add_facts(o, ['wmark'], 1, 1)
    add_hidden(o, 0.3)
    return o


def gen_keys(color=None, brand_key=None, sub=None):
    sub = sub or wpick([('carkey', 30), ('keyring', 45), ('rentalkey', 25)])
    o = base('keys', sub)
    if sub == 'carkey':
        o['brand'] = brand_key if brand_key in ('changlan', 'yuanchi') else pick(['changlan', 'yuanchi'])
        o['model'] = pick(BR[o['brand']]['models'])
        o['color'] = color or pick(['black', 'black', 'silver', 'white'])
        o['hidden'].append('车牌%s' % new_serial('rentplate')['val'])
        add_facts(o, ['kchain'], 1, 1)
        add_hidden(o, 0.5)
        return o
    elif sub == 'rentalkey':
        o['brand'] = brand_key if brand_key in ('changlan', 'yuanchi') else pick(['changlan', 'yuanchi'])
        o['model'] = pick(BR[o['brand']]['models'])
        o['color'] = color or pick(['black', 'black', 'grey'])
        o['serials'].append(new_serial('rentplate', o=chance(0.7), f=True, org=pick(RENTALS)))
        if chance(0.4):
            add_facts(o, ['kchain'], 1, 1)
    else:
        o['brand_vis'] = False
        o['color'] = color
        add_facts(o, ['kchain', 'kcount', 'ktag'], 2, 3)
    add_hidden(o, 0.4)
    return o


def gen_ebike(color=None, brand_key=None, sub=None):
    o = base('ebike', 'ebike')
    if brand_key in ('lvju', 'fxx', 'xiaoxi') or chance(0.85):
        o['brand'] = brand_key if brand_key in ('lvju', 'fxx', 'xiaoxi') else pick(['lvju', 'fxx', 'xiaoxi'])
        o['model'] = pick(BR[o['brand']]['models'])
        o['model_vis'] = chance(0.5)
    o['color'] = color or wpick([('white', 20), ('black', 22), ('blue', 15), ('red', 12), ('grey', 15), ('green', 8),
                                 ('pink', 8)])
    o['serials'].append(new_serial('plate', o=chance(0.85), f=chance(0.9)))
    o['serials'].append(new_serial('frame', prefix=pick(['LJ', 'FX', 'XX', 'TD']), o=chance(0.3), f=chance(0.7)))
    add_facts(o, ['ebmark'], 1, 2)
    add_hidden(o, 0.5)
    return o


def gen_bicycle(color=None, brand_key=None, sub=None):
    sub = sub or wpick([('mtb', 40), ('folding', 25), ('citybike', 35)])
    o = base('bicycle', sub)
    if brand_key in ('xiaoqi', 'bailu', 'shanyue') or chance(0.75):
        o['brand'] = brand_key if brand_key in ('xiaoqi', 'bailu', 'shanyue') else pick(['xiaoqi', 'bailu', 'shanyue'])
        o['model'] = pick(BR[o['brand']]['models'])
        o['model_vis'] = chance(0.4)
    o['color'] = color or wpick([('black', 25), ('white', 15), ('blue', 15), ('red', 12), ('grey', 12), ('green', 10),
                                 ('yellow', 6), ('orange', 5)])
    o['serials'].append(new_serial('frame', prefix=pick(['XQ', 'BL', 'SY', 'GB']), o=chance(0.25), f=chance(0.6)))
    add_facts(o, ['bimark'], 1, 2)
    add_hidden(o, 0.4)
    return o


def gen_bag(color=None, brand_key=None, sub=None, holder=None):
    sub = sub or wpick([('suitcase', 40), ('backpack', 25), ('handbag', 12), ('duffel', 10), ('tote', 8),
                        ('laptopbag', 5)])
    o = base('bag', sub)
    o['holder'] = holder or new_person()
    brands = {'suitcase': ['lvtuo', 'tuyue'], 'backpack': ['shanjing', 'marlo'], 'handbag': ['marlo', 'koulan'],
              'duffel': ['shanjing', 'tuyue'], 'tote': [], 'laptopbag': ['shanjing', 'jixin']}[sub]
    if brands and (brand_key in brands or chance(0.65)):
        o['brand'] = brand_key if brand_key in brands else pick(brands)
        if sub == 'suitcase':
            o['model'] = pick(BR[o['brand']]['models'])
            o['model_vis'] = chance(0.5)
    pal = {'suitcase': [('black', 22), ('silver', 16), ('grey', 14), ('blue', 12), ('pink', 10), ('red', 8),
                        ('green', 8), ('white', 10)],
           'backpack': [('black', 45), ('grey', 20), ('blue', 20), ('green', 15)],
           'handbag': [('black', 30), ('brown', 25), ('red', 15), ('white', 15), ('pink', 15)],
           'duffel': [('black', 40), ('blue', 30), ('green', 30)],
           'tote': [('white', 60), ('yellow', 20), ('green', 20)],
           'laptopbag': [('black', 70), ('grey', 30)]}[sub]
    o['color'] = color or wpick(pal)
    if sub == 'suitcase':
        add_facts(o, ['bgmark'], 1, 2)
        if chance(0.45):
            o['extra']['nametag'] = True
        if chance(0.4):
            o['serials'].append(new_serial('bagtag', o=chance(0.7), f=True))
        if chance(0.5):
            o['hidden'].append('密码锁密码是%s' % digits(3))
        pool = CONT_BAG
    elif sub in ('backpack', 'duffel', 'laptopbag'):
        add_facts(o, ['bpmark'], 1, 2)
        if chance(0.25):
            o['extra']['nametag'] = True
        pool = CONT_BAG
    else:
        pool = CONT_SMALL
    n = R.randint(2, 4)
    o['contents'] = sorted(R.sample(range(len(pool)), n))
    o['extra']['small'] = (pool is CONT_SMALL)
    add_hidden(o, 0.4)
    return o


def gen_cash(color=None, brand_key=None, sub=None):
    sub = sub or wpick([('hongbao', 55), ('cashenv', 25), ('cashroll', 20)])
    o = base('cash', sub)
    o['brand_vis'] = False
    if sub == 'hongbao':
        n = R.randint(1, 5)
        each = pick([200, 600, 600, 800, 1000, 1200, 2000, 888])
        o['extra']['n'] = n
        o['extra']['each'] = each
        o['amount'] = n * each
        o['color'] = 'red'
        add_facts(o, ['hbdesign'], 1, 1)
    else:
        o['amount'] = R.randint(5, 200) * 100 if sub == 'cashenv' else R.randint(5, 80) * 100
        o['color'] = color if color in ('white', 'brown') else None
        add_facts(o, ['cashwrap'], 1, 1)
    add_hidden(o, 0.6)
    return o


def gen_jewelry(color=None, brand_key=None, sub=None):
    sub = sub or wpick([('bracelet', 30), ('necklace', 22), ('jade', 15), ('ring', 13), ('lock', 12),
                        ('earrings', 8)])
    o = base('jewelry', sub)
    jb = ['jinmantang', 'fuyun', 'yulinlong']
    if brand_key in jb or chance(0.6):
        o['brand'] = brand_key if brand_key in jb else pick(jb)
        o['brand_vis'] = chance(0.7)
    o['color'] = {'bracelet': 'gold', 'necklace': 'gold', 'lock': 'gold', 'jade': pick(['green', 'white']),
                  'ring': pick(['gold', 'silver']), 'earrings': 'white'}[sub]
    if color and color != o['color'] and sub in ('ring', 'jade'):
        o['color'] = color
    grams = {'bracelet': (20, 60), 'necklace': (8, 30), 'lock': (5, 15), 'ring': (3, 8), 'jade': (0, 0),
             'earrings': (0, 0)}[sub]
    if grams[1]:
        o['extra']['grams'] = '%d.%d' % (R.randint(*grams), R.randrange(10))
    if o['brand'] and chance(0.5):
        o['serials'].append(new_serial('cert', prefix={'jinmantang': 'JMT', 'fuyun': 'FY', 'yulinlong': 'YLL'}[o['brand']],
                                       o=chance(0.6), f=chance(0.5)))
    add_facts(o, ['jbox', 'jengrave'], 1, 2)
    add_hidden(o, 0.6)
    return o


OTHER_SPEC = {
    'tea': ('xiushan', [('red', 50), ('green', 30), ('yellow', 20)], 'teamark'),
    'liquor': ('yjc', [('red', 60), ('yellow', 40)], 'liqmark'),
    'toy': ('jimu', [('blue', 40), ('red', 30), ('yellow', 30)], 'toymark'),
    'plush': (None, [('white', 40), ('pink', 30), ('brown', 30)], 'plushmark'),
    'thermos': ('nuantu', [('black', 30), ('white', 25), ('pink', 15), ('blue', 15), ('green', 15)], 'thmark'),
    'umbrella': (None, [('black', 50), ('blue', 25), ('red', 25)], 'umark'),
    'scarf': (None, [('red', 35), ('grey', 30), ('brown', 20), ('blue', 15)], 'scmark'),
    'glasses': (None, [('black', 60), ('gold', 25), ('brown', 15)], 'glmark'),
    'docs': (None, [('brown', 60), ('blue', 40)], 'dcmark'),
    'giftbag': (None, [('red', 100)], 'gbmark'),
    'pillow': (None, [('grey', 50), ('blue', 25), ('pink', 25)], 'pimark'),
}


def gen_other(color=None, brand_key=None, sub=None):
    sub = sub or wpick([('tea', 16), ('liquor', 14), ('toy', 12), ('plush', 10), ('thermos', 10), ('umbrella', 8),
                        ('scarf', 6), ('glasses', 8), ('docs', 8), ('giftbag', 8), ('pillow', 5)])
    o = base('other', sub)
    bk, pal, slot = OTHER_SPEC[sub]
    if bk and (sub != 'thermos' or brand_key == bk or chance(0.6)):
        o['brand'] = bk
        o['model'] = pick(BR[bk]['models'])
        o['model_vis'] = sub in ('tea', 'liquor', 'toy')
    o['color'] = color or wpick(pal)
    add_facts(o, [slot], 1, 2)
    add_hidden(o, 0.4)
    return o


GEN = dict(phone=gen_phone, electronics=gen_electronics, id_doc=gen_id, wallet=gen_wallet, keys=gen_keys,
           ebike=gen_ebike, bicycle=gen_bicycle, bag=gen_bag, cash=gen_cash, jewelry=gen_jewelry, other=gen_other)


def gen_cross(kind):
    """Objects that an owner and a finder would file under different categories."""
    if kind == 'cash>other':
        o = gen_cash(sub='hongbao')
        o['catf'] = 'other'
        o['cross'] = dict(fnoun=['红色礼品纸袋', '手提礼品袋'], meas='个', inner='点心两盒')
        o['extra']['bag'] = True
    elif kind == 'id>wallet':
        o = gen_id(sub='idcard')
        o['sub'] = 'docholder'
        o['color'] = pick(['black', 'brown', 'blue'])
        o['catf'] = 'wallet'
        o['cross'] = dict(fnoun=['卡包', '证件夹', '卡套'], meas='个', inner='登机牌一张')
        o['facts'] = []
    elif kind == 'jewelry>other':
        o = gen_jewelry(sub='bracelet', brand_key='jinmantang')
        o['brand_vis'] = True
        o['catf'] = 'other'
        o['cross'] = dict(fnoun=['礼品袋', '手提纸袋'], meas='个', inner='首饰盒一个')
        o['facts'] = [['jbox', 0]]
    else:  # electronics>bag
        o = gen_electronics(sub='laptop')
        o['catf'] = 'bag'
        o['cross'] = dict(fnoun=['电脑包', '公文包'], meas='个', inner='笔记本电脑一台', bagcolor=pick(['black', 'grey']))
        o['facts'] = [f for f in o['facts'] if f[0] != 'lbag']
        if not o['facts']:
            o['facts'] = [['ldamage', R.randrange(3)]]
    return o


# ----------------------------------------------------------------------------- time
def at(m):
    return NOW - datetime.timedelta(minutes=m)


def mins(d):
    return int((NOW - d).total_seconds() // 60)


def r5(x):
    return int(x) // 5 * 5


def pod(h):
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


def day_word(d, rel=True):
    delta = (NOW.date() - d.date()).days
    if rel and delta == 0:
        return '今天'
    if rel and delta == 1:
        return '昨天'
    if rel and delta == 2 and chance(0.5):
        return '前天'
    opts = ['%d月%d日' % (d.month, d.day), '%d月%d号' % (d.month, d.day)]
    if d.month == NOW.month:
        opts.append('%d号' % d.day)
    return pick(opts)


def clock(d, approx=False):
    h, m = d.hour, d.minute
    h12 = h if h <= 12 else h - 12
    hz = '零' if h == 0 else str(h12)
    style = R.randrange(4)
    if style == 0:
        return '%02d:%02d' % (h, m)
    if approx and style == 1:
        return '%s%s点多' % (pod(h), hz)
    if m == 0:
        return '%s%s点' % (pod(h), hz)
    if m == 30:
        return '%s%s点半' % (pod(h), hz)
    return '%s%s点%d' % (pod(h), hz, m) if style == 2 else '%s%s点%d分' % (pod(h), hz, m)


def when_cn(m, approx=False, rel=True):
    d = at(m)
    return day_word(d, rel) + clock(d, approx)


MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def when_en(m):
    d = at(m)
    h12 = d.hour % 12 or 12
    return '%s %d around %d:%02d %s' % (MONTHS[d.month - 1], d.day, h12, d.minute, 'am' if d.hour < 12 else 'pm')


def when_py(m):
    d = at(m)
    podpy = {'凌晨': 'lingchen', '早上': 'zaoshang', '上午': 'shangwu', '中午': 'zhongwu', '下午': 'xiawu',
             '傍晚': 'bangwan', '晚上': 'wanshang'}[pod(d.hour)]
    h12 = d.hour if d.hour <= 12 else d.hour - 12
    return '%dyue%dhao %s %d dian' % (d.month, d.day, podpy, h12)


PARTS = [(0, 6, '凌晨'), (6, 12, '上午'), (12, 18, '下午'), (18, 24, '晚上')]


def make_window(t, style):
    """Returns (lost_from_min, lost_to_min, when_phrase, notice_phrase)."""
    if style == 'moment':
        a = pick([10, 15, 20, 30])
        b = pick([10, 15, 20, 30, 45, 60])
        lf, lt = t + a, max(0, t - b)
        w = when_cn(t, approx=True)
        return lf, lt, w + pick(['', '的时候'] if w.endswith('多') else ['左右', '左右', '的时候', '']), ''
    if style in ('between', 'between_short'):
        if style == 'between_short':
            a = R.randrange(2, 18) * 5
            b = R.randrange(2, 36) * 5
        else:
            a = R.randrange(4, 60) * 5
            b = R.randrange(3, 120) * 5
        lf, lt = t + a, max(0, t - b)
        d1, d2 = at(lf), at(lt)
        w = when_cn(lf)
        if lt == 0:
            n = '刚才'
        elif d1.date() == d2.date():
            n = clock(d2)
        else:
            n = day_word(d2) + clock(d2)
        return lf, lt, w, n
    if style == 'day':
        d = at(t)
        for h0, h1, name in PARTS:
            if h0 <= d.hour < h1:
                start = d.replace(hour=h0, minute=0)
                end = start + datetime.timedelta(hours=h1 - h0)
                lf = mins(start)
                lt = max(0, mins(end))
                return lf, lt, day_word(d) + name, ''
    a = R.randrange(120, 576) * 5
    b = R.randrange(60, 576) * 5
    lf, lt = t + a, max(0, t - b)
    d1, d2 = at(lf), at(lt)
    if lt == 0:
        w = day_word(d1) + '到现在'
    elif d1.date() == d2.date():
        w = day_word(d1) + pick(['一整天', '白天'])
    else:
        w = day_word(d1) + '到' + day_word(d2) + '之间'
    return lf, lt, w, ''


# ----------------------------------------------------------------------------- serial formats
def fmt_serial_owner(s):
    k, v = s['kind'], s['val']
    if k == 'imei':
        st = wpick([('plain', 30), ('2661', 25), ('dash', 10), ('4s', 15), ('tail', 20)])
        if st == 'plain':
            return v, '%s%s' % (pick(['IMEI：', 'IMEI号', '串号', 'IMEI ']), v)
        if st == '2661':
            f = '%s %s %s %s' % (v[:2], v[2:8], v[8:14], v[14])
            return f, 'IMEI：' + f
        if st == 'dash':
            f = '%s-%s-%s-%s' % (v[:2], v[2:8], v[8:14], v[14])
            return f, '串号' + f
        if st == '4s':
            f = ' '.join(v[i:i + 4] for i in range(0, 15, 4))
            return f, 'IMEI ' + f
        n = pick([4, 6])
        return v[-n:], 'IMEI后%d位%s' % (n, v[-n:])
    if k == 'sn':
        st = wpick([('plain', 40), ('lower', 15), ('sp', 20), ('tail', 25)])
        if st == 'plain':
            return v, pick(['序列号', 'SN：', 'S/N ', '序列号是']) + v
        if st == 'lower':
            return v.lower(), 'sn ' + v.lower()
        if st == 'sp':
            f = ' '.join(v[i:i + 4] for i in range(0, len(v), 4))
            return f, '序列号 ' + f
        return v[-4:], '序列号最后四位%s' % v[-4:]
    if k == 'id':
        lab = '驾驶证号' if s.get('license') else pick(['身份证号', '身份证号码', '证件号'])
        st = wpick([('full', 40), ('m64', 25), ('tail', 25), ('m34', 10)])
        if st == 'full':
            return v, '%s%s' % (lab, v)
        if st == 'm64':
            f = v[:6] + '********' + v[-4:]
            return f, '%s%s' % (lab, f)
        if st == 'm34':
            f = v[:3] + '*' * 11 + v[-4:]
            return f, '%s%s' % (lab, f)
        return v[-4:], '%s后四位%s' % (lab, v[-4:])
    if k in ('passport', 'hkmo'):
        lab = '护照号' if k == 'passport' else '通行证号'
        if chance(0.65):
            return v, lab + v
        return v[-4:], '%s%s开头，后四位%s' % (lab, v[0], v[-4:])
    if k == 'card':
        f = pick(['尾号%s', '卡号后四位%s', '末四位%s'])
        return v, '%s卡%s' % (s['bank'], f % v)
    if k == 'frame':
        st = wpick([('full', 40), ('tail', 40), ('lower', 20)])
        if st == 'full':
            return v, '车架号' + v
        if st == 'lower':
            return v.lower(), '车架号' + v.lower()
        return v[-6:], '车架号后六位' + v[-6:]
    if k == 'plate':
        st = R.randrange(3)
        if st == 0:
            f = v[:3] + '·' + v[3:]
        elif st == 1:
            f = v
        else:
            f = v[3:]
        return f, '车牌' + f
    if k == 'bagtag':
        f = pick([v, v[:2] + ' ' + v[2:], v[2:]])
        return f, pick(['行李牌号', '托运牌号', '行李条号码']) + f
    if k == 'cert':
        if chance(0.6):
            return v, '证书编号' + v
        return v[-4:], '证书编号尾号' + v[-4:]
    if k == 'rentplate':
        return v, '车牌是' + pick([v, v[:2] + '·' + v[2:]])
    if k == 'student':
        return v, '学号' + v
    if k == 'staff':
        f = pick([v, v[:2].lower() + '-' + v[2:], v[2:]])
        return f, '工号' + f
    return v, v


def fmt_serial_finder(s, o):
    k, v = s['kind'], s['val']
    h = o.get('holder')
    if k == 'imei':
        f = v if chance(0.7) else '%s %s %s %s' % (v[:2], v[2:8], v[8:14], v[14])
        return f, pick(['拨*#06#查得IMEI：', '紧急拨号查得IMEI ', 'IMEI：']) + f
    if k == 'sn':
        return v, pick(['底部标签SN：', '机身印有序列号', 'S/N：', '序列号']) + v
    if k == 'id':
        f = v if chance(0.5) else pick([v[:6] + '********' + v[-4:], v[:4] + '*' * 10 + v[-4:], v[:10] + '****' + v[-4:]])
        if s.get('license'):
            return f, '驾驶证姓名%s，证号%s' % (h['name'], f)
        return f, pick(['姓名%s，公民身份号码%s', '%s的身份证，号码%s']) % (h['name'], f)
    if k == 'passport':
        return v, '持照人%s（%s），护照号%s' % (h['pyu'], h['name'], v)
    if k == 'hkmo':
        return v, '持证人%s，证件号%s' % (h['name'], v)
    if k == 'card':
        f = pick([BINS[s['bank']][:4] + ' **** **** ' + v, BINS[s['bank']] + '******' + v,
                  BINS[s['bank']][:4] + '*' * 11 + v])
        return f, '%s银行卡一张（%s）' % (s['bank'], f)
    if k == 'frame':
        return v, '车架号' + v
    if k == 'plate':
        f = v[:3] + '·' + v[3:] if chance(0.6) else v
        return f, '车牌' + f
    if k == 'bagtag':
        return v, pick(['箱上贴有托运行李条', '把手上有托运行李条，号码']) + v
    if k == 'cert':
        return v, '盒内附证书，编号' + v
    if k == 'rentplate':
        return v, '钥匙挂牌写有车牌%s及“%s”字样' % (v, s['org'])
    if k == 'student':
        return v, '%s学生证，姓名%s，学号%s' % (s['org'], h['name'], v)
    if k == 'staff':
        return v, '%s工作证，姓名%s，工号%s' % (s['org'], h['name'], v)
    return v, v


# ----------------------------------------------------------------------------- scenes
OWN_SCEN = {
    'sec': ['{W}{I}在{PZ}过安检，{N}放在筐里过机，{T}到了登机口才发现没拿',
            '{W}在{PZ}安检的时候把{N}落下了，{T}才反应过来',
            '{W}{I}过{PZ}，{N}应该是落在安检筐里了'],
    'gate': ['{W}{I}在{PZ}等登机，{N}放在旁边座位上，登机太急忘拿了，{T}才发现',
             '{W}在{PZ}候机，{N}忘在座位上了',
             '{W}{I}在{PZ}充电等飞机，登机后发现{N}没了'],
    'dep': ['{W}{I}在{PZ}办值机，托运完行李{T}发现{N}不见了',
            '{W}在{PZ}整理行李的时候{N}落下了',
            '{W}{I}在{PZ}排队值机，之后{N}就找不到了'],
    'bag': ['{W}{I}在{PZ}等行李，{T}出了机场才发现{N}没了',
            '{W}落地后在{PZ}取行李，{N}可能落在行李推车上了',
            '{W}{I}在{PZ}拿行李，{N}不知道掉哪了'],
    'park': ['{W}{I}在{PZ}取车，{N}可能掉在车旁边了',
             '{W}在{PZ}停车，{T}发现{N}不见了'],
    'shuttle': ['{W}{I}坐机场大巴从{A}到{B}，{T}下车后发现{N}落在车上了',
                '{W}坐摆渡车（{A}到{B}），{N}落车上了',
                '{W}{I}在机场大巴上睡着了，从{A}到{B}，下车时{N}没拿'],
    'hsr': ['{W}{I}在{PZ}候车，检票的时候太急，{T}上车后发现{N}不见了',
            '{W}在{PZ}座位上坐了一会儿，{N}落在那里了',
            '{W}{I}在{PZ}等车，{N}不知道掉哪了'],
    'plat': ['{W}{I}在{PZ}等车，上车时{N}掉了'],
    'train': ['{W}{I}坐{TRAIN}次到空港站，{CAR}车厢，下车的时候{N}忘在车上了，{T}出站才发现',
              '{W}坐高铁{TRAIN}到沅州空港站，{N}落在{CAR}车厢行李架上了',
              '{W}{I}在{TRAIN}次列车上，下车时{N}没拿，坐的是{CAR}车'],
    'taxi': ['{W}{I}在{PZ}排队打车，{N}可能掉在排队的地方了',
             '{W}在{PZ}等出租车，上车后发现{N}不见了'],
    'cab': ['{W}{I}从{A}打车到{B}，{T}下车后发现{N}落在出租车上了，没要发票不知道车牌',
            '{W}打车去{B}，{N}落在出租车后座了',
            '{W}{I}坐出租车从{A}出来，到{B}下车，{N}忘车上了'],
    'metro': ['{W}{I}坐地铁2号线从{A}到{B}，{T}出站后发现{N}不见了',
              '{W}在{PZ}，{N}可能落在地铁座位上了'],
    'exit': ['{W}{I}从{PZ}出站，{T}发现{N}不见了',
             '{W}在{PZ}附近{N}掉了'],
    'hotel': ['{W}{I}在{PZ}退房，{T}才想起来{N}落在房间里了',
              '{W}{I}住在{PZ}，在大堂沙发上坐了一下，{N}落在那了',
              '{W}在{PZ}办入住的时候{N}落在前台了'],
    'rental': ['{W}{I}在{PZ}还车，{T}发现{N}落在车上了',
               '{W}在{PZ}还车的时候{N}掉了'],
    'log': ['{W}{I}在{PZ}上班，{T}下班才发现{N}没了',
            '{W}在{PZ}卸货，{N}放在旁边就找不到了',
            '{W}{I}在{PZ}吃饭，{N}忘在桌上了'],
    'logp': ['{W}{I}在{PZ}停车休息，{N}掉在车外面了',
             '{W}在{PZ}，{N}不见了'],
    'sa': ['{W}{I}开车路过{PZ}，上了个厕所，{T}开出去几十公里才发现{N}没了',
           '{W}在{PZ}吃饭，{N}忘在桌子上了',
           '{W}{I}在{PZ}加油休息，{N}不见了'],
    'office': ['{W}{I}在{PZ}上班，{T}发现{N}不见了',
               '{W}在{PZ}开会，{N}落在会议室了',
               '{W}{I}在{PZ}电梯里把{N}弄掉了'],
    'dorm': ['{W}{I}在{PZ}，{T}发现{N}不见了',
             '{W}{N}在{PZ}弄丢了',
             '{W}{I}回{PZ}的路上{N}丢了'],
    'bike': ['{W}{I}把{N}停在{PZ}，{T}回来就不见了',
             '{W}{N}停在{PZ}，后来找不到了',
             '{W}停在{PZ}的{N}没了，{T}去骑的时候发现的'],
}

FIND_WHERE = {
    'sec': ['{PZ}{n}号通道安检筐内（旅客过检后遗留）', '{PZ}{n}号通道传送带末端', '{PZ}待检区座椅上'],
    'gate': ['{PZ}{g}号登机口座椅上', '{PZ}{g}号登机口充电桩旁', '{PZ}卫生间洗手台上'],
    'dep': ['{PZ}{c}岛值机柜台旁', '{PZ}行李打包处', '{PZ}座椅区', '{PZ}卫生间洗手台上'],
    'bag': ['{PZ}{k}号转盘旁', '{PZ}行李推车上', '{PZ}出口处'],
    'park': ['{PZ}电梯口', '{PZ}缴费机旁'],
    'depot': ['机场大巴（{ROUTE}）车内座位下（收车清扫时）', '机场大巴行李舱内', '机场大巴最后一排座位上'],
    'hsr': ['{PZ}{z}检票口附近座椅上', '{PZ}母婴室', '{PZ}充电桩旁'],
    'plat': ['{PZ}候车线附近', '{PZ}座椅上'],
    'train': ['{TRAIN}次列车{CAR}车厢行李架上（终到清扫时）', '{TRAIN}次{CAR}车厢座位下'],
    'taxi': ['{PZ}排队栏杆旁', '{PZ}地面'],
    'cab': ['出租车后座（车牌沅A·{PL}，乘客下车后）', '出租车后备箱（沅A·{PL}）', '自己的出租车上（沅A·{PL}）'],
    'metro': ['地铁2号线列车车厢座位上（终点站清客时）', '{PZ}闸机旁', '{PZ}自助售票机上'],
    'exit': ['{PZ}闸机旁', '{PZ}地面', '{PZ}出口台阶上'],
    'bike': ['{PZ}，停放多日无人认领', '{PZ}通道内，未上锁'],
    'hotel': ['{PZ}{room}房间床头柜上（退房清扫时）', '{PZ}大堂沙发上', '{PZ}前台', '{PZ}{room}房间衣柜内'],
    'rental': ['{PZ}一辆还回车辆的副驾座位下', '{PZ}还回车辆的后备箱内', '{PZ}服务台'],
    'log': ['{PZ}分拣线旁地上', '{PZ}休息区桌上', '{PZ}门口'],
    'logp': ['{PZ}地面', '{PZ}门卫室旁'],
    'sa': ['{PZ}卫生间洗手台', '{PZ}餐厅桌上', '{PZ}便利店收银台', '{PZ}停车场地面'],
    'office': ['{PZ}电梯内', '{PZ}一楼大堂沙发上', '{PZ}会议室', '{PZ}卫生间'],
    'dorm': ['{PZ}楼道', '{PZ}车棚', '{PZ}洗衣房', '{PZ}门口地上'],
    'far': ['{PZ}路边', '{PZ}公交站台', '{PZ}商店门口', '{PZ}长椅上'],
    'bikefound': ['{PZ}', '{PZ}路边', '{PZ}门口', '{PZ}车棚'],
}


def trip_for(lp):
    k = P[lp]['kind']
    t = {}
    if k == 'shuttle':
        t['A'], t['B'] = pick([('T1', '高铁站'), ('T2', '高铁站'), ('高铁站', 'T2'), ('T1', 'T2'), ('T2', 'T1')])
    elif k == 'cab':
        t['A'] = pick(['高铁站', '机场T2', 'T1', '物流园', '港汇大厦'])
        t['B'] = pick(['航悦酒店', '云栖酒店', '锦程酒店', '临空商务中心', '蓝领公寓', '产业园宿舍'])
        t['PL'] = pick('BCDEFT') + digits(4)
    elif k == 'metro':
        t['A'], t['B'] = pick([('空港新区站', '高铁站'), ('高铁站', '空港新区站')])
    elif k == 'train':
        t['TRAIN'] = pick('GGD') + str(R.randint(1000, 9899))
        t['CAR'] = str(R.randint(1, 16))
    return t


def fill(tpl, **kw):
    out = tpl
    for k, v in kw.items():
        out = out.replace('{%s}' % k, str(v))
    return out


# ----------------------------------------------------------------------------- typos / traditional
TYPOS = [('候车', '侯车'), ('充电宝', '冲电宝'), ('身份证', '身分证'), ('安检', '按检'), ('钥匙', '钥是'),
         ('行李', '形李'), ('钱包', '钱宝'), ('耳机', '耳鸡'), ('电动车', '电动扯'), ('手机', '手记'),
         ('红包', '红宝'), ('登机口', '登记口'), ('出租车', '出祖车'), ('护照', '户照'), ('笔记本', '笔记夲'),
         ('项链', '项练'), ('自行车', '自行扯'), ('麻烦', '麻烫')]

T_WORDS = [('充电宝', '行動電源'), ('出租车', '計程車'), ('的士', '計程車'), ('打车', '叫車'), ('身份证', '身分證'),
           ('笔记本电脑', '筆電'), ('自行车', '腳踏車'), ('联系', '聯絡'), ('一只', '一隻'), ('两只', '兩隻'),
           ('手表', '手錶'), ('表带', '錶帶'), ('表盘', '錶盤'), ('划痕', '刮痕'), ('屏幕', '螢幕'), ('硅胶', '矽膠'),
           ('塑料', '塑膠'), ('公交卡', '交通卡'), ('序列号', '序號'), ('托运', '託運'), ('前台', '櫃檯'),
           ('两条烟', '兩條菸'), ('尿不湿', '尿布'), ('信息', '訊息'), ('扎着', '綁著'), ('系了', '繫了'),
           ('系有', '繫有'), ('里面', '裡面'), ('拜托', '拜託'), ('头发', '頭髮'), ('准备', '準備'), ('干净', '乾淨'), ('地铁', '捷運')]
_S = ('个丢说机场里钱银红蓝绿号证时间后发现车厅楼门东边还给们这对话电脑宝护钥贵请谢联过检转盘点应该没见买礼妈爷儿孙带条项'
      '链镯块张码写贴纸壳划装着国际层处办领认识烦帮飞广湾为从会经开关长万币两几钟旧样线壶叶乐单双黄浅猫图实约觉视频软务员区扫头'
      '总结华岚驰岛剧终丽刘杨赵吴陈郑韩冯邓罗苏吕钟谭贾邹龙贺顾龚韦卢蒋许欧阳伟强军杰涛刚辉鹏轩凯骏铭晓颖宁诗瑶欢兰悦'
      '摆调换动园仓库务厦产业领阔汇云栖悦锦农县运学区广颜风绳结钢盖绒质环篮铜栋纳罩脱铃铛驾驶内胆标签键触显数网状编织镜缠'
      '拉坏属绣杆满绑轮丝侧伞别渍腊遥围书药联运烟鞋烫压岁终奖资饰节纹坠环纪铁购脏温断苏报销入纺肠坚忆队误问题难谁让听远热'
      '刚紧顺确体术圆归异么吗为开门闸饭厕议货进备补挂设剪骑错来游节准户纸爱发标专凭领证优质极声屿澜玛络满珑韵驹侠骁鹭积径'
      '临岭边东该历复杂细节试码层宽软硬针签讯论谈识读赶记认许诉译读诗课贵费购贴质账货赔赞赠赛赶跃踪践轻较辆输辞边过达迁'
      '运近还这进远违连迟适选递逻遗邮郁酱释里钉钓钥钩钮钻铅铝铺链销锁锅锈锋锐错锣键镇长门闪闭问闯闲间闷闹阅队阳阴阶际陆'
      '陈险随隐难雾静须顶项顺须顾顿预领颗题额风飘饱饼馆马驱驴骂验鱼鲁鸟鸡鸭麦黄齐齿龙只们么丰临为丽举义乌乐乔习乡书买乱争'
      '亏云亚产亩亲亿仅从仑仓仪们价众优伙会伞伟传伤伦伪体佣侣侦侧侨侬俭债倾偿储傩儿兑党兰关兴兹养兽冈册写军农冯冲决况冻净'
      '准凉减凑凤凭凯击凿刍划刘则刚创删别刹剂剐剑剥剧劝办务动励劲劳势勋匀华协单卖卢卤卧卫却厂厅历厉压厌厕厘县叁参双发变叙'
      '叠叶号叹叽吁后吓吕吗吨听启吴呐呕员呛呜咏咙咸响哑哗唤啧啬啰啸喷嗳嘤团园围国图圆圣场坏块坚坛坝坞坟坠垄垒垦垫埘尧执扩')
_T = ('個丟說機場裡錢銀紅藍綠號證時間後發現車廳樓門東邊還給們這對話電腦寶護鑰貴請謝聯過檢轉盤點應該沒見買禮媽爺兒孫帶條項'
      '鏈鐲塊張碼寫貼紙殼劃裝著國際層處辦領認識煩幫飛廣灣為從會經開關長萬幣兩幾鐘舊樣線壺葉樂單雙黃淺貓圖實約覺視頻軟務員區掃頭'
      '總結華嵐馳島劇終麗劉楊趙吳陳鄭韓馮鄧羅蘇呂鍾譚賈鄒龍賀顧龔韋盧蔣許歐陽偉強軍傑濤剛輝鵬軒凱駿銘曉穎寧詩瑤歡蘭悅'
      '擺調換動園倉庫務廈產業領闊匯雲棲悅錦農縣運學區廣顏風繩結鋼蓋絨質環籃銅棟納罩脫鈴鐺駕駛內膽標籤鍵觸顯數網狀編織鏡纏'
      '拉壞屬繡桿滿綁輪絲側傘別漬臘遙圍書藥聯運菸鞋燙壓歲終獎資飾節紋墜環紀鐵購髒溫斷蘇報銷入紡腸堅憶隊誤問題難誰讓聽遠熱'
      '剛緊順確體術圓歸異麼嗎為開門閘飯廁議貨進備補掛設剪騎錯來遊節準戶紙愛發標專憑領證優質極聲嶼瀾瑪絡滿瓏韻駒俠驍鷺積徑'
      '臨嶺邊東該歷複雜細節試碼層寬軟硬針簽訊論談識讀趕記認許訴譯讀詩課貴費購貼質賬貨賠贊贈賽趕躍蹤踐輕較輛輸辭邊過達遷'
      '運近還這進遠違連遲適選遞邏遺郵鬱醬釋裡釘釣鑰鉤鈕鑽鉛鋁鋪鏈銷鎖鍋鏽鋒銳錯鑼鍵鎮長門閃閉問闖閒間悶鬧閱隊陽陰階際陸'
      '陳險隨隱難霧靜須頂項順須顧頓預領顆題額風飄飽餅館馬驅驢罵驗魚魯鳥雞鴨麥黃齊齒龍只們麼豐臨為麗舉義烏樂喬習鄉書買亂爭'
      '虧雲亞產畝親億僅從侖倉儀們價眾優夥會傘偉傳傷倫偽體傭侶偵側僑儂儉債傾償儲儺兒兌黨蘭關興茲養獸岡冊寫軍農馮沖決況凍淨'
      '準涼減湊鳳憑凱擊鑿芻劃劉則剛創刪別剎劑剮劍剝劇勸辦務動勵勁勞勢勳勻華協單賣盧鹵臥衛卻廠廳歷厲壓厭廁釐縣叄參雙發變敘'
      '疊葉號嘆嘰籲後嚇呂嗎噸聽啟吳吶嘔員嗆嗚詠嚨鹹響啞嘩喚嘖嗇囉嘯噴噯嚶團園圍國圖圓聖場壞塊堅壇壩塢墳墜壟壘墾墊塒堯執擴')
_S += '俩厢夹婴师弃弯战拣拨挡损捡无暂柠栏桩槟樱毕泽画笔纯绘缴职胶艳裤计询颈驼鸣鹅'
_T += '倆廂夾嬰師棄彎戰揀撥擋損撿無暫檸欄樁檳櫻畢澤畫筆純繪繳職膠豔褲計詢頸駝鳴鵝'
assert len(_S) == len(_T), (len(_S), len(_T))
S2T = {}
for _a, _b in zip(_S, _T):
    S2T.setdefault(_a, _b)


def to_trad(s):
    for a, b in T_WORDS:
        s = s.replace(a, b)
    return ''.join(S2T.get(ch, ch) for ch in s)


# ----------------------------------------------------------------------------- what each side states
def has_name(o):
    if o['cat'] == 'id_doc':
        return True
    if o['cat'] == 'wallet' and any(s['kind'] == 'id' for s in o['serials']):
        return True
    return bool(o['extra'].get('nametag'))


def owner_states(o, voice):
    lvl = {'hurried': 0.0, 'detailed': 1.0, 'english': 0.5, 'pinyin': 0.35}.get(voice, 0.65)
    st = []
    if o['color'] and chance(0.5 + 0.45 * lvl):
        st.append('color')
    if o['brand'] and chance(0.35 + 0.55 * lvl):
        st.append('brand')
    if o['model'] and 'brand' in st and chance(0.3 + 0.5 * lvl):
        st.append('model')
    for i, s in enumerate(o['serials']):
        if s.get('o') and chance(0.3 + 0.6 * lvl):
            st.append('ser%d' % i)
    if has_name(o) and chance(0.55 + 0.4 * lvl):
        st.append('name')
    for i in range(len(o['facts'])):
        if chance(0.3 + 0.6 * lvl):
            st.append('fact%d' % i)
    if o['contents'] and chance(0.45 + 0.5 * lvl):
        st.append('cont')
    if o['amount'] and (o['cat'] == 'cash' or chance(0.5 + 0.45 * lvl)):
        st.append('amount')
    if o['misc'] and chance(0.5 * lvl):
        st.append('misc')
    if o['hidden'] and chance(0.25 + 0.6 * lvl):
        st.append('hidden')
    if o['extra'].get('grams') and chance(0.15 + 0.6 * lvl):
        st.append('grams')
    if voice == 'hurried':
        keep = [t for t in st if t in ('color', 'brand', 'amount', 'name')]
        extra = [t for t in st if t.startswith('fact') or t.startswith('ser')]
        if extra and chance(0.35):
            keep.append(pick(extra))
        st = [t for t in st if t in keep][:3]
    return st


def finder_states(o, force=()):
    st = []
    col = o['cross'].get('bagcolor', o['color']) if o['cross'] else o['color']
    if col and chance(0.9):
        st.append('color')
    if o['brand'] and o['brand_vis'] and chance(0.75):
        st.append('brand')
    if o['model'] and o['model_vis'] and chance(0.6):
        st.append('model')
    for i, s in enumerate(o['serials']):
        if s.get('f') and chance(0.95 if s['kind'] in ('id', 'passport', 'card', 'student', 'staff', 'hkmo') else 0.8):
            st.append('ser%d' % i)
    if has_name(o) and chance(0.9):
        st.append('name')
    for i in range(len(o['facts'])):
        if chance(0.75):
            st.append('fact%d' % i)
    if o['facts'] and not any(t.startswith('fact') for t in st):
        st.append('fact%d' % R.randrange(len(o['facts'])))
    if o['contents'] and chance(0.9):
        st.append('cont')
    if o['amount'] and chance(0.95):
        st.append('amount')
    if o['misc'] and chance(0.8):
        st.append('misc')
    for t in force:
        if t not in st:
            st.append(t)
    return st


# ----------------------------------------------------------------------------- owner side
def owner_amount(a):
    if chance(0.6):
        return pick(['%d元' % a, '%d块' % a, '%s块' % cn_amount_short(a), '%d块钱' % a])
    base = a // 100 * 100 if a >= 200 else a // 10 * 10
    return pick(['大概%d块' % base, '%d左右' % base, '%s多块' % cn_amount_short(base) if base >= 100 else '几十块'])


def spell_bm(b, m):
    if not m:
        return b
    if b and b[-1].isascii() and m[0].isascii():
        return b + ' ' + m
    return b + m


def owner_np(o, st, nn, compact=False):
    c = col_o(o['color']) if 'color' in st else ''
    b = brand_o(BR[o['brand']]) if 'brand' in st else ''
    m = o['model'] if 'model' in st else ''
    if o['sub'] in ('tea', 'liquor') and m:
        nn = '礼盒'
    if o['sub'] == 'toy' and m:
        nn = '积木'
    if nn[0].isascii() and (m or b):
        nn = '平板'
    bm = spell_bm(b, m)
    p = R.randrange(3) if not compact else R.randrange(2)
    if p == 0 or not (c and bm):
        de = '的' if c and bm and not c.endswith('的') and chance(0.35) else ''
        return c + de + bm + nn
    if p == 1:
        return '%s%s（%s）' % (bm, nn, c)
    return '%s的%s，%s' % (bm, nn, c if c.endswith('的') else c + '的')


def owner_contents(o, st, ctx):
    parts = []
    if 'amount' in st and o['cat'] == 'wallet':
        parts.append('现金' + owner_amount(o['amount']))
    for i, s in enumerate(o['serials']):
        if o['cat'] == 'wallet' and s['kind'] == 'card' and s.get('o') and ('ser%d' % i) in st:
            parts.append(fmt_serial_owner(s)[1])
        if o['cat'] == 'wallet' and s['kind'] == 'id':
            if ('ser%d' % i) in st:
                parts.append(('驾驶证（%s）' if s.get('license') else '身份证（%s）') % fmt_serial_owner(s)[1])
            elif chance(0.7):
                parts.append('驾驶证' if s.get('license') else '身份证')
    if 'misc' in st:
        parts += [WALLET_MISC[i][0] for i in o['misc']]
    if 'cont' in st:
        pool = CONT_SMALL if o['extra'].get('small') else CONT_BAG
        items = ctx.setdefault('ocont', sorted(R.sample(o['contents'], R.randint(1, len(o['contents'])))))
        parts += [pool[i][0] for i in items]
    if not parts:
        return ''
    return pick(['里面有', '里面装着', '包里有', '里边有']) + '、'.join(parts) + pick(['', '等', '，还有些零碎东西']) + '。'


def owner_cash(o, st):
    a = o['amount']
    if o['sub'] == 'hongbao':
        n, each = o['extra']['n'], o['extra']['each']
        if n == 1:
            return pick(['一个红包，里面%s' % owner_amount(a), '红包里装了%d元' % a])
        return pick(['%d个红包，每个%d，一共%d元' % (n, each, a), '红包%d个，总共%s' % (n, owner_amount(a)),
                     '%s个红包，一共%s' % (CN_DIG[n] if n != 2 else '两', owner_amount(a))])
    return pick(['一共%s' % owner_amount(a), '现金%s' % owner_amount(a), '%d张一百的' % (a // 100) if a % 100 == 0 else '%d元' % a])


def owner_serial_sents(o, st):
    out = []
    for i, s in enumerate(o['serials']):
        if ('ser%d' % i) not in st:
            continue
        if o['cat'] == 'wallet' and s['kind'] in ('card', 'id'):
            continue
        out.append(fmt_serial_owner(s)[1])
    if 'name' in st:
        h = o['holder']
        if o['cat'] == 'bag':
            out.append(pick(['箱子上挂着名字牌，写的%s', '包上有个行李牌写着%s', '名牌上是%s的名字']) % h['name'])
        elif o['cat'] == 'id_doc':
            out.insert(0, pick(['姓名%s', '名字是%s', '上面的名字是%s', '持证人%s']) % h['name'])
    return out


def first_serial_field(o, st, owner=True):
    for i, s in enumerate(o['serials']):
        if ('ser%d' % i) in st:
            if owner:
                v = fmt_serial_owner(s)[0]
                if s['kind'] == 'card':
                    v = pick(['尾号', '', '****']) + v
                return v
            return fmt_serial_finder(s, o)[0]
    return None


def owner_marks(o, st, ctx):
    bits = [FACT[o['facts'][i][0]][o['facts'][i][1]][0] for i in range(len(o['facts'])) if ('fact%d' % i) in st]
    return bits


def scen_text(o, ctx, I, nn):
    lp = ctx['lp']
    kind = P[lp]['kind']
    if o['cat'] in ('ebike', 'bicycle'):
        kind = 'bike'
    tpl = pick(OWN_SCEN[kind])
    w = ctx['when']
    if w and chance(0.5) and not w.endswith('的时候'):
        w += '，'
    tn = ctx['notice'] or pick(['后来', '过了一会儿', ''])
    trip = ctx['trip']
    return fill(tpl, W=w, I=I, PZ=pick(P[lp]['zh']), N=nn, T=tn, A=trip.get('A', ''), B=trip.get('B', ''),
                TRAIN=trip.get('TRAIN', ''), CAR=trip.get('CAR', ''))


OPENERS = ['', '', '您好，', '你好，', '警察同志您好，', '报失：', '求助，', '你好，想登记一下丢的东西。']
CLOSERS = ['', '谢谢！', '麻烦了，谢谢。', '非常感谢！', '拜托了！', '有消息请联系我，谢谢', '急，谢谢！']
RELS = [('我妈', 'F', (1955, 1975)), ('我爸', 'M', (1952, 1974)), ('我老公', 'M', (1970, 2000)),
        ('我老婆', 'F', (1972, 2001)), ('我同事', None, (1975, 2003)), ('我女儿', 'F', (1998, 2008)),
        ('我儿子', 'M', (1998, 2008)), ('我们老板', None, (1965, 1990)), ('我奶奶', 'F', (1940, 1956))]


def contact_text(o, ctx):
    ph = ctx['phone']
    if o['cat'] == 'phone' and not ctx.get('rel'):
        return pick(['手机丢了，请打我朋友电话%s', '请联系我同事%s', '我现在用的是借的手机：%s', '联系我老婆%s']) % ph
    return pick(['联系电话%s', '电话：%s', '有消息请打%s', '我的电话%s', '手机%s']) % ph


def owner_body_plain(o, st, ctx, voice, no_opener=False):
    rel = ctx.get('rel')
    I = rel[0] if rel else '我'
    nn = pick(NOUN[o['sub']][0])
    np = owner_np(o, st, nn)
    scen = scen_text(o, ctx, I, nn)
    marks = owner_marks(o, st, ctx)
    sents = []
    opener = pick(OPENERS)
    if rel:
        opener = pick(['帮%s登记一下，' % rel[0], '替%s报失：' % rel[0], '您好，我是替%s来登记的，' % rel[0]])
    if voice == 'worker':
        opener = pick(['', '', '老乡，', '警官，'])
    if no_opener and not rel:
        opener = ''
    if o['cat'] == 'cash':
        desc = owner_cash(o, st)
        if marks:
            desc += '，' + '，'.join(marks)
        p = R.randrange(2)
        if p == 0:
            sents.append(opener + scen + '。' + pick(['丢的是', '是', '']) + desc + '。')
        else:
            sents.append(opener + '丢了' + desc + '。' + scen + '。')
    else:
        p = R.randrange(3)
        if np == nn:
            p = 0
        if p == 1:
            np = owner_np(o, st, nn, compact=True)
        if p == 0:
            s = opener + scen + '。'
            if np != nn:
                s += pick(['%s是%s' % (nn, np.replace(nn, '', 1) or np), '丢的是%s' % np, '是%s' % np])
                s += '。' if not marks else '，'
            if marks:
                s += '，'.join(marks) + '。'
            sents.append(s)
        elif p == 1:
            verbs = ['丢失', '丢了', '丢了', '遗失'] if rel else ['本人丢失', '丢了', '我丢了', '遗失']
            s = opener + pick(verbs) + np + '一' + NOUN[o['sub']][4] + '。' + scen + '。'
            if marks:
                s += pick(['特征：', '', '好认：', '认得出来：']) + '，'.join(marks) + '。'
            sents.append(s)
        else:
            s = opener + scen + '，' + pick(['是', '丢的是']) + np
            if marks:
                s += '，' + '，'.join(marks)
            sents.append(s + '。')
    c = owner_contents(o, st, ctx)
    if c:
        sents.append(c)
    ss = owner_serial_sents(o, st)
    if ss:
        sents.append('，'.join(ss) + '。')
    if 'grams' in st:
        sents.append(pick(['大概%s克。', '重%s克左右。', '发票上写的%s克。']) % o['extra']['grams'])
    hid = [h for h in o['hidden'] if not (rel and ('我妈' in h or '我爸' in h))]
    if 'hidden' in st and hid:
        sents.append('，'.join(hid) + '。')
    sents.append(contact_text(o, ctx) + (pick(['，', '。']) if True else ''))
    body = ''.join(sents) + pick(CLOSERS)
    body = body.replace('。。', '。').replace('，。', '。').replace('，，', '，')
    if body.endswith('，'):
        body = body[:-1] + '。'
    if voice == 'worker' and chance(0.5):
        body = body.replace('我', '俺')
    return body


def owner_body_hurried(o, st, ctx):
    lp = ctx['lp']
    nn = pick(NOUN[o['sub']][0])
    c = col_o(o['color']) if 'color' in st else ''
    b = brand_o(BR[o['brand']]) if 'brand' in st else ''
    pz = pick(P[lp]['zh'])
    if P[lp]['kind'] == 'cab':
        pz = pick(['出租车上', '打的'])
    if P[lp]['kind'] == 'train':
        pz = ctx['trip']['TRAIN'] + pick(['车上', '次'])
    bits = [pz + pick(['丢了', '落了', '掉了', '']) + c + b + nn]
    if 'amount' in st:
        bits.append(pick(['%d元', '%d块']) % o['amount'])
    if 'name' in st:
        bits.append(pick(['名字%s', '%s的']) % o['holder']['name'])
    for t in st:
        if t.startswith('fact'):
            f = o['facts'][int(t[4:])]
            bits.append(FACT[f[0]][f[1]][0])
        if t.startswith('ser'):
            bits.append(fmt_serial_owner(o['serials'][int(t[3:])])[1])
    k = P[lp]['kind']
    if k in ('sec', 'gate', 'dep', 'bag', 'park', 'shuttle'):
        tails = ['急！！', '马上登机了', '要登机了 急', '快帮忙', '']
    elif k in ('hsr', 'plat', 'train', 'exit', 'metro', 'taxi', 'cab'):
        tails = ['急！！', '赶车', '车要开了', '快帮忙', '']
    else:
        tails = ['急！！', '急', '快帮忙', '帮忙找找', '']
    tail = pick(tails)
    if chance(0.6):
        tail += ' ' + ctx['phone']
    sep = pick([' ', '，', ' ', ''])
    body = sep.join(bits) + (' ' + tail.strip() if tail.strip() else '')
    if chance(0.8):
        cand = [(a, b2) for a, b2 in TYPOS if a in body]
        if cand:
            a, b2 = pick(cand)
            i = body.rfind(a)
            body = body[:i] + b2 + body[i + len(a):]
        elif o['brand'] and b and chance(0.5):
            body = body.replace(b, pick(BR[o['brand']]['typo']), 1)
    return body.strip()


def owner_body_english(o, st, ctx):
    lp = ctx['lp']
    en = NOUN[o['sub']][2]
    c = pick(COLORS[o['color']][2]) if 'color' in st else ''
    if o['sub'] == 'hongbao':
        c = ''
    b = BR[o['brand']]['en'] if 'brand' in st else ''
    m = o['model'] if 'model' in st else ''
    np = ' '.join(x for x in [c, b, m, en] if x)
    where = P[lp]['en']
    trip = ctx['trip']
    if P[lp]['kind'] == 'train':
        where = 'on train %s, car %s' % (trip['TRAIN'], trip['CAR'])
    elif P[lp]['kind'] == 'cab':
        where = 'in a taxi from %s to %s' % (trip['A'], trip['B'])
    elif not where.startswith('on ') and not where.startswith('in '):
        where = 'at ' + where
    verb = 'are' if en.endswith('s') else 'is'
    s = pick(['Hello, I lost my %s %s on %s. ', 'Hi. My %s ' + verb + ' lost %s, %s. ', 'Lost %s %s (%s). ']) % (
        np, where, when_en(ctx['t']))
    facts = [FACT[o['facts'][i][0]][o['facts'][i][1]][2] for i in range(len(o['facts'])) if ('fact%d' % i) in st]
    if facts:
        s += pick(['Features: ', 'Details: ', '']) + ', '.join(facts) + '. '
    if 'cont' in st:
        pool = CONT_SMALL if o['extra'].get('small') else CONT_BAG
        s += 'Inside: ' + ', '.join(pool[i][2] for i in o['contents'][:3]) + '. '
    if 'amount' in st:
        s += 'Cash about %d RMB. ' % o['amount']
    if 'name' in st:
        s += 'Name: %s. ' % o['holder']['pyu']
    for i, sr in enumerate(o['serials']):
        if ('ser%d' % i) in st:
            v = fmt_serial_owner(sr)[0]
            lab = {'imei': 'IMEI', 'sn': 'SN', 'id': 'ID no.', 'passport': 'Passport no.', 'hkmo': 'Permit no.',
                   'card': 'bank card ending', 'frame': 'frame no.', 'plate': 'plate', 'bagtag': 'bag tag',
                   'cert': 'certificate', 'rentplate': 'car plate', 'student': 'student no.', 'staff': 'staff no.'}[sr['kind']]
            s += '%s %s. ' % (lab, v)
    s += pick(['Please call %s. Thank you!', 'Contact: %s', 'My number %s, thanks', 'Tel %s']) % ctx['phone']
    if chance(0.3):
        s = pick(['你好，', '您好 ']) + s
    return s.strip()


def owner_body_pinyin(o, st, ctx):
    lp = ctx['lp']
    n = NOUN[o['sub']][3]
    c = COLORS[o['color']][3] if 'color' in st else ''
    b = BR[o['brand']]['py'] if 'brand' in st else ''
    bits = ['wo de %s diu le' % n]
    if c:
        bits.append('%s de' % c)
    if b:
        bits.append('pinpai %s%s' % (b, (' ' + o['model']) if 'model' in st else ''))
    bits.append('zai %s' % P[lp]['py'])
    bits.append(when_py(ctx['t']))
    s = ', '.join(bits) + '. '
    marks = owner_marks(o, st, ctx)
    if marks:
        s += marks[0] + '. '
    if 'amount' in st:
        s += 'li mian you %d yuan. ' % o['amount']
    if 'name' in st:
        s += 'mingzi %s. ' % o['holder']['py']
    for i, sr in enumerate(o['serials']):
        if ('ser%d' % i) in st:
            s += fmt_serial_owner(sr)[0] + '. '
            break
    s += pick(['lianxi %s', 'dianhua %s', 'qing da %s']) % ctx['phone']
    if chance(0.5):
        s += pick([' (shurufa huai le)', ' xiexie', ' ji!!'])
    return s


def owner_body_trad(o, st, ctx):
    mainland_id = any(s['kind'] in ('id', 'passport', 'hkmo') for s in o['serials'])
    if mainland_id:
        intro = pick(['', '', '您好，'])
    else:
        intro = pick(['您好，我是從台灣來的旅客，', '你好，我係香港嚟嘅，', '您好，我是台商，回來過年，', '', '您好，'])
    body = owner_body_plain(o, st, ctx, 'plain', no_opener=bool(intro))
    if ctx['phone'] in body and chance(0.5):
        alt = pick(['09%s-***-%s' % (digits(2), digits(3)), '+852 %s **%s' % (digits(4), digits(2))])
        body = body.replace(ctx['phone'], alt)
    return intro + to_trad(body)


# ----------------------------------------------------------------------------- finder side
ROLE_SELF = {'保洁员': '这里的保洁', '安检员': '安检的', '列车员': '列车员', '出租车司机': '开出租的',
             '酒店前台': '酒店前台', '客房服务员': '酒店客房的', '宿管': '宿舍管理员', '旅客': '路过的旅客',
             '乘客': '乘客', '大巴司机': '机场大巴司机', '仓库工人': '仓库上班的', '货车司机': '跑货车的',
             '服务区保洁员': '服务区保洁'}


def finder_role(lp, fp):
    lk, fk = P[lp]['kind'] if lp else None, P[fp]['kind']
    if lk == 'cab':
        return '出租车司机'
    if lk == 'train' and fk == 'plat':
        return '列车员'
    if lk == 'shuttle' and fk == 'depot':
        return pick(['大巴司机', '大巴调度员'])
    return pick(FINDERS[fk])


NAME_DETAIL = ('大堂', '12楼', '17楼', 'B口', 'B2层', '3栋', '楼下', '食堂', '(北行)', '南侧', 'B区', '登机口', '通道')


def base_names(pk):
    names = [n for n in P[pk]['zh'] if not any(x in n for x in NAME_DETAIL)]
    return names or P[pk]['zh'][:1]


def finder_where(o, lp, fp, trip, role):
    fk = P[fp]['kind']
    pz = pick(base_names(fp))
    if role == '出租车司机' and lp and P[lp]['kind'] == 'cab':
        tpl = pick(FIND_WHERE['cab'])
    elif role == '列车员' and trip.get('TRAIN'):
        tpl = pick(FIND_WHERE['train'])
    elif o['cat'] in ('ebike', 'bicycle'):
        tpl = pick(FIND_WHERE['bikefound'])
    else:
        tpl = pick(FIND_WHERE[fk])
    route = '%s—%s' % (trip.get('A', 'T1'), trip.get('B', '高铁站'))
    return fill(tpl, PZ=pz, n=R.randint(1, 14), g=R.randint(1, 30), c=pick('ABCDEFGH'), k=R.randint(1, 12),
                z=pick(['A', 'B']) + str(R.randint(1, 18)), room=R.choice([R.randint(201, 1230)]), ROUTE=route,
                TRAIN=trip.get('TRAIN', ''), CAR=trip.get('CAR', ''), PL=trip.get('PL', pick('BCDEF') + digits(4))), pz


def finder_np(o, st):
    if o['cross']:
        noun = pick(o['cross']['fnoun'])
        ck = o['color'] if o['cat'] == 'id_doc' else o['cross'].get('bagcolor')
        col = col_f(ck) if ('color' in st and ck) else ''
        if o['cat'] == 'cash' or o['cat'] == 'jewelry':
            col = ''
        return col + noun + '一' + o['cross']['meas'], noun
    noun = pick(NOUN[o['sub']][1])
    meas = NOUN[o['sub']][4]
    col = col_f(o['color']) if 'color' in st else ''
    if o['sub'] == 'hongbao':
        n = o['extra']['n']
        return pick(['%s红包%d个' % (col, n), '%d个%s红包' % (n, col)]), noun
    b = brand_f(BR[o['brand']]) if 'brand' in st else ''
    p = R.randrange(3)
    if not b:
        return col + noun + '一' + meas, noun
    if p == 0:
        return col + noun + '一' + meas + pick(['，印有%s标志', '，品牌%s', '，%s牌']) % b, noun
    if p == 1:
        return '%s%s%s一%s' % (b, '牌' if not b.isascii() and chance(0.4) else '', col + noun, meas), noun
    return '%s一%s（%s）' % (col + noun, meas, b), noun


def finder_desc(o, st):
    bits = []
    if 'model' in st and o['sub'] == 'suitcase':
        bits.append(pick(['尺寸约%s', '%s箱']) % o['model'])
    elif 'model' in st:
        if o['cat'] in ('ebike', 'bicycle'):
            opts = ['车身印有“%s”字样', '型号%s']
        elif o['cat'] in ('phone', 'electronics'):
            opts = ['背面印有“%s”字样', '型号%s', '机身标有%s']
        else:
            opts = ['包装上印有“%s”', '标有%s'] if o['cat'] == 'other' else ['型号%s', '标有%s']
        bits.append(pick(opts) % o['model'])
    if 'brand' in st and o['cross']:
        bits.append(pick(['印有%s字样', '品牌%s']) % brand_f(BR[o['brand']]))
    for i, f in enumerate(o['facts']):
        if ('fact%d' % i) in st:
            bits.append(FACT[f[0]][f[1]][1])
    if o['cat'] == 'cash' and 'amount' in st:
        a = o['amount']
        if o['sub'] == 'hongbao':
            n = o['extra']['n']
            bits.append('内装现金共计%d元' % a if n > 1 else '红包内装现金%d元' % a)
        else:
            bits.append('现金人民币%d元（%s）' % (a, '100元×%d张' % (a // 100) if a % 100 == 0 else '清点无误'))
    if o['cat'] == 'jewelry' and o['extra'].get('grams') and 'amount' in st:
        pass
    if o['cross'] and o['cat'] != 'id_doc':
        inner = o['cross']['inner']
        if o['cat'] == 'electronics':
            c = col_f(o['color']) if 'color' in st and chance(0.8) else ''
            inner = '%s笔记本电脑一台' % c
        if o['cat'] == 'jewelry':
            inner = '首饰盒一个，盒内金色手镯一只'
        bits.insert(0, '内有' + inner)
    if o['cat'] == 'bag' and 'name' in st:
        bits.append(pick(['挂有行李牌，写有姓名%s', '行李牌姓名：%s']) % o['holder']['name'])
    return bits


def finder_contents(o, st):
    parts = []
    if o['cat'] == 'wallet' and 'amount' in st and o['amount']:
        parts.append('现金%d元' % o['amount'])
    for i, s in enumerate(o['serials']):
        if ('ser%d' % i) not in st:
            continue
        if o['cat'] == 'wallet' or (o['cross'] and o['cat'] == 'id_doc'):
            txt = fmt_serial_finder(s, o)[1]
            if s['kind'] == 'id' and not s.get('license'):
                txt = '居民身份证一张（%s）' % txt
            parts.append(txt)
    if 'misc' in st:
        parts += [WALLET_MISC[i][1] for i in o['misc']]
    if 'cont' in st:
        pool = CONT_SMALL if o['extra'].get('small') else CONT_BAG
        parts += [pool[i][1] for i in o['contents']]
    if o['cross'] and o['cat'] == 'id_doc':
        parts.append(o['cross']['inner'])
    if not parts:
        return ''
    return pick(['内有', '打开查看，内有', '内装']) + '、'.join(parts)


def finder_serials(o, st):
    out = []
    for i, s in enumerate(o['serials']):
        if ('ser%d' % i) not in st:
            continue
        if o['cat'] == 'wallet' or (o['cross'] and o['cat'] == 'id_doc'):
            continue
        out.append(fmt_serial_finder(s, o)[1])
    if o['cat'] == 'id_doc' and 'name' in st and not any(t.startswith('ser') for t in st):
        out.append('姓名%s' % o['holder']['name'])
    return out


def finder_report(o, lp, fp, fa, trip, force=()):
    st = finder_states(o, force)
    role = finder_role(lp, fp)
    where, pz = finder_where(o, lp, fp, trip, role)
    np, noun = finder_np(o, st)
    bits = finder_desc(o, st)
    if o['cat'] in ('ebike', 'bicycle'):
        bits.insert(0, pick(['停放多日无人认领', '车辆未上锁，停放数日', '停放多日，车身积灰', '长时间停放，疑似遗弃']))
    cont = finder_contents(o, st)
    sers = finder_serials(o, st)
    ft = when_cn(fa, rel=chance(0.3))
    desc = '，'.join(bits + sers + ([cont] if cont else []))
    style = wpick([('desk', 45), ('self', 22), ('brief', 15), ('list', 18)])
    if style == 'desk':
        body = '%s，%s%s在%s拾得%s。' % (ft, role, pick(['', '', pick(SUR)[0] + pick(['某', '师傅', '女士', '先生'])]), where, np)
        if desc:
            body += desc + '。'
        body += pick(['已交阳光坐席登记。', '暂存派出所。', '失主可凭有效证件认领。', '', ''])
    elif style == 'self':
        me = ROLE_SELF.get(role, role)
        body = '我是%s，%s在%s捡到%s' % (me, ft, where, np)
        body += ('，' + desc if desc else '') + pick(['，交过来登记。', '，送到派出所了。', '。', '，请帮忙找失主。'])
    elif style == 'brief':
        one = pick(bits + sers) if (bits or sers) else ''
        body = '%s拾得%s%s。' % (where, np, ('，' + one) if one else '')
        if cont and chance(0.5):
            body = body[:-1] + '，' + cont + '。'
    else:
        body = '物品：%s；拾得地点：%s；拾得时间：%s；拾得人：%s' % (np, where, ft, role)
        if desc:
            body += '；特征：' + desc
    rec = dict(category=o['catf'], body=body)
    desk = chance(0.65)
    colkey = o['cross'].get('bagcolor', o['color']) if o['cross'] else o['color']
    if o['cross'] and o['cat'] in ('cash', 'jewelry', 'id_doc'):
        colkey = o['color'] if o['cat'] == 'id_doc' else None
    if 'color' in st and colkey and (desk or chance(0.3)):
        rec['color'] = col_f(colkey)
    if 'brand' in st and (desk or chance(0.3)):
        rec['brand'] = brand_f(BR[o['brand']])
    if 'model' in st and (desk or chance(0.2)):
        rec['model'] = o['model']
    sv = first_serial_field(o, st, owner=False)
    if sv and (desk or chance(0.4)):
        rec['serial'] = sv
    mk = [FACT[f[0]][f[1]][1] for i, f in enumerate(o['facts']) if ('fact%d' % i) in st]
    if cont:
        mk.append(cont)
    if mk and (desk or chance(0.3)):
        rec['marks'] = '；'.join(mk)[:500]
    if desk or chance(0.6):
        addr = pz
        if P[fp]['kind'] == 'cab' or (role == '出租车司机'):
            addr = '出租车（%s送交）' % pz
        rec['address'] = addr[:60]
    if chance(0.7 if desk else 0.35):
        rec['lat'], rec['lon'] = coords_of(fp)
    rec['found_at_min'] = fa
    return rec, st


# ----------------------------------------------------------------------------- owner report
def owner_report(o, lp, t, voice, person, rel=None):
    ctx = dict(lp=lp, t=t, trip=trip_for(lp), phone=person['phone'])
    if voice == 'proxy':
        ctx['rel'] = rel
    if o['cat'] in ('ebike', 'bicycle'):
        wstyle = wpick([('between', 55), ('span', 35), ('day', 10)])
    elif voice == 'hurried':
        wstyle = wpick([('moment', 70), ('day', 30)])
    else:
        wstyle = wpick([('moment', 35), ('between', 35), ('day', 20), ('span', 10)])
        if wstyle == 'between' and P[lp]['kind'] in ('sec', 'gate', 'cab', 'shuttle', 'train', 'metro', 'taxi', 'plat'):
            wstyle = 'between_short'
    lf, lt, when, notice = make_window(t, wstyle)
    ctx.update(when=when, notice=notice, wstyle=wstyle)
    st = owner_states(o, voice)
    if voice == 'hurried':
        body = owner_body_hurried(o, st, ctx)
    elif voice == 'english':
        body = owner_body_english(o, st, ctx)
    elif voice == 'pinyin':
        body = owner_body_pinyin(o, st, ctx)
    elif voice == 'trad':
        body = owner_body_trad(o, st, ctx)
    else:
        body = owner_body_plain(o, st, ctx, voice)
    rec = dict(category=o['cat'], body=body[:600])
    fill_lvl = {'detailed': 'full', 'hurried': 'none', 'pinyin': 'none', 'english': 'partial'}.get(voice)
    if not fill_lvl:
        fill_lvl = wpick([('full', 25), ('partial', 45), ('none', 30)])
    p = {'full': 0.95, 'partial': 0.5, 'none': 0.0}[fill_lvl]
    tr = to_trad if voice == 'trad' else (lambda x: x)
    if 'color' in st and chance(p):
        rec['color'] = pick(COLORS[o['color']][2]) if voice == 'english' else tr(pick([col_o(o['color']), COLOR_SHORT[o['color']]]))
    if 'brand' in st and chance(p):
        rec['brand'] = BR[o['brand']]['en'] if voice == 'english' else tr(brand_o(BR[o['brand']]))
    if 'model' in st and chance(p):
        rec['model'] = o['model']
    sv = first_serial_field(o, st, owner=True)
    if sv and chance(p):
        rec['serial'] = tr(sv)
    mk = owner_marks(o, st, ctx)
    if voice == 'english':
        mk = [FACT[o['facts'][i][0]][o['facts'][i][1]][2] for i in range(len(o['facts'])) if ('fact%d' % i) in st]
    if 'hidden' in st and fill_lvl == 'full':
        mk = mk + o['hidden']
    if mk and chance(p):
        rec['marks'] = ('; ' if voice == 'english' else '，').join(tr(x) for x in mk)[:500]
    if fill_lvl != 'none' or chance(0.25):
        kind = P[lp]['kind']
        trip = ctx['trip']
        if kind == 'cab':
            addr = '出租车上（%s→%s）' % (trip['A'], trip['B'])
        elif kind == 'train':
            addr = '%s次列车%s车厢' % (trip['TRAIN'], trip['CAR'])
        elif kind == 'shuttle':
            addr = '机场大巴（%s—%s）' % (trip['A'], trip['B'])
        elif kind == 'metro' and 'A' in trip:
            addr = '地铁2号线（%s—%s）' % (trip['A'], trip['B'])
        else:
            addr = pick(P[lp]['zh'])
        if voice == 'english':
            addr = P[lp]['en']
        rec['address'] = tr(addr)[:60]
        if kind not in ('cab', 'train', 'shuttle') and chance(0.5 if fill_lvl == 'full' else 0.3):
            rec['lat'], rec['lon'] = coords_of(lp, 0.25)
    rec['lost_from_min'] = lf
    rec['lost_to_min'] = lt
    return rec, st, ctx


# ----------------------------------------------------------------------------- hard negatives
FAMILY = {
    'phone': PHONE_BRANDS, 'wallet': ['geshi', 'pijiang', 'koulan'], 'jewelry': ['jinmantang', 'fuyun', 'yulinlong'],
    'ebike': ['lvju', 'fxx', 'xiaoxi'], 'bicycle': ['xiaoqi', 'bailu', 'shanyue'], 'keys': ['changlan', 'yuanchi'],
}
ANY_COLOURS = ['black', 'white', 'silver', 'grey', 'blue', 'red', 'pink', 'green', 'gold', 'purple', 'brown']


def brand_family(o):
    if o['cat'] == 'electronics':
        return sorted(set(ELEC_BRANDS[o['sub']]))
    if o['cat'] == 'bag':
        return {'suitcase': ['lvtuo', 'tuyue'], 'backpack': ['shanjing', 'marlo'], 'handbag': ['marlo', 'koulan'],
                'duffel': ['shanjing', 'tuyue'], 'laptopbag': ['shanjing', 'jixin']}.get(o['sub'], [])
    return FAMILY.get(o['cat'], [])


def twin_candidates(o, st):
    ident = [t for t in st if t.startswith('ser') or t == 'name']
    if ident:
        # an owner who gave an identifying number or name: the only honest twin is one that
        # differs in that identifier and nothing else the owner said
        return [t for t in ident if t.startswith('ser')] or ident
    c = []
    for t in st:
        if t == 'color' and o['color'] and not (o['cat'] == 'cash') and not (
                o['cat'] == 'jewelry' and o['sub'] not in ('ring', 'jade')):
            c.append(t)
        elif t == 'brand' and 'model' not in st and len(brand_family(o)) > 1:
            c.append(t)
        elif t == 'model' and o['model'] and len(models_for(o['sub'], o['brand'])) > 1:
            c.append(t)
        elif t.startswith('ser') or t.startswith('fact') or t == 'amount':
            c.append(t)
        elif t == 'name' and not any(x.startswith('ser') for x in st):
            c.append(t)
    return c


def mutate_twin(o, tok, st):
    o2 = copy.deepcopy(o)
    # identifiers the owner did not state still belong to another physical object
    id_stated = any(('ser%d' % i) in st for i, s in enumerate(o['serials']) if s['kind'] == 'id')
    tok_is_id = tok.startswith('ser') and o['serials'][int(tok[3:])]['kind'] == 'id'
    id_done = False
    if o2['holder'] and tok != 'name' and 'name' not in st and (tok_is_id or not id_stated):
        # another person's thing: another name and another number
        oldid = o2['holder']['id']
        o2['holder'] = new_person(sex=pick('MF'))
        for s in o2['serials']:
            if s['kind'] == 'id' and s['val'] == oldid:
                s['val'] = o2['holder']['id']
        id_done = True
    for i, s in enumerate(o2['serials']):
        if ('ser%d' % i) in st or s['kind'] == 'id':
            continue
        s['val'] = new_serial(s['kind'], prefix=s['val'][:2] if s['kind'] == 'frame' else '')['val']
    if tok == 'color':
        c = None
        for _ in range(20):
            c = GEN[o['cat']](sub=o['sub'])['color'] if o['cat'] not in ('cash',) else None
            if c and c != o['color']:
                break
        if not c or c == o['color']:
            c = pick([x for x in ANY_COLOURS if x != o['color']])
        o2['color'] = c
    elif tok == 'brand':
        o2['brand'] = pick([b for b in brand_family(o) if b != o['brand']])
        o2['brand_vis'] = True
        ms = models_for(o2['sub'], o2['brand']) if o2['model'] else []
        o2['model'] = pick(ms) if ms else None
    elif tok == 'model':
        o2['model'] = pick([m for m in models_for(o['sub'], o['brand']) if m != o['model']])
        o2['model_vis'] = True
    elif tok.startswith('ser'):
        i = int(tok[3:])
        s = o2['serials'][i]
        old = s['val']
        if s['kind'] == 'id' and id_done:
            pass
        elif s['kind'] == 'id':
            nid = new_person(sex=o['holder']['sex'])['id']
            for s2 in o2['serials']:
                if s2['kind'] == 'id' and s2['val'] == old:
                    s2['val'] = nid
            o2['holder'] = dict(o2['holder'], id=nid)
        else:
            fresh = new_serial(s['kind'], prefix=old[:2] if s['kind'] in ('frame',) else
                               (old[:-11] if s['kind'] == 'cert' else ''))
            if s['kind'] == 'card':
                fresh['bank'] = s['bank']
            s['val'] = fresh['val'] if fresh['val'] != old else fresh['val'][::-1]
        s['f'] = True
    elif tok.startswith('fact'):
        i = int(tok[4:])
        sl, idx = o2['facts'][i]
        o2['facts'][i] = [sl, pick([j for j in range(len(FACT[sl])) if j != idx])]
    elif tok == 'amount':
        if o['sub'] == 'hongbao':
            n = o['extra']['n']
            n2 = pick([x for x in range(1, 6) if x != n])
            o2['extra']['n'] = n2
            o2['amount'] = n2 * o['extra']['each']
        else:
            o2['amount'] = o['amount'] + pick([-1, 1]) * pick([100, 200, 500, 1000]) if o['amount'] > 1000 else o['amount'] + 100
    elif tok == 'name':
        p = new_person(sex=o['holder']['sex'])
        o2['holder'] = p
        for s in o2['serials']:
            if s['kind'] == 'id':
                s['val'] = p['id']
    return o2


def redraw_like(o):
    """Same kind of thing (same brand, colour, model), but another object: for found-before-loss."""
    o2 = copy.deepcopy(o)
    if o2['holder']:
        o2['holder'] = new_person(sex=pick('MF'))
    for s in o2['serials']:
        if s['kind'] == 'id':
            s['val'] = o2['holder']['id']
        else:
            fresh = new_serial(s['kind'])
            s['val'] = fresh['val']
    o2['facts'] = [[sl, R.randrange(len(FACT[sl]))] for sl, _ in o2['facts']]
    if o2['contents']:
        pool = CONT_SMALL if o2['extra'].get('small') else CONT_BAG
        o2['contents'] = sorted(R.sample(range(len(pool)), len(o2['contents'])))
    if o2['amount']:
        if o2['sub'] == 'hongbao':
            o2['extra']['n'] = R.randint(1, 5)
            o2['amount'] = o2['extra']['n'] * o2['extra']['each']
        else:
            o2['amount'] = max(10, o2['amount'] + pick([-1, 1]) * R.randint(1, 20) * 10)
    return o2


# ----------------------------------------------------------------------------- assembly
def loss_time(cat):
    t = r5(300 + 40500 * (R.random() ** 1.25))
    if cat in ('ebike', 'bicycle'):
        t = max(t, 3000)
    return t


def found_delay(cat):
    if cat in ('ebike', 'bicycle'):
        return R.randint(288, 288 * 9) * 5
    return wpick([(R.randint(2, 24) * 5, 45), (R.randint(24, 144) * 5, 30), (R.randint(144, 864) * 5, 25)])


TRAVEL_KINDS = ('sec', 'gate', 'dep', 'bag', 'park', 'shuttle', 'hsr', 'plat', 'train', 'taxi', 'cab', 'exit',
                'hotel', 'rental', 'sa')


def pick_voice(cat, lp):
    w = [('plain', 40), ('detailed', 18), ('proxy', 12)]
    if P[lp]['kind'] in TRAVEL_KINDS:
        w += [('english', 8), ('pinyin', 4)]
        if cat != 'id_doc':
            w.append(('trad', 13))
    if cat in ('ebike', 'bicycle', 'keys') or P[lp]['kind'] in ('dorm', 'log', 'logp'):
        w.append(('worker', 20))
    return wpick(w)


def cat_list(counts):
    out = []
    for k in sorted(counts):
        out += [k] * counts[k]
    R.shuffle(out)
    return out


def main():
    truths = []   # hidden truth records of objects somebody reports
    pair_cats = cat_list(PAIR_CATS)
    unfound_cats = cat_list(UNFOUND_CATS)
    cross_kinds = {'cash': 'cash>other', 'id_doc': 'id>wallet', 'jewelry': 'jewelry>other', 'electronics': 'electronics>bag'}
    cross_done = set()
    plan = [(c, True) for c in pair_cats] + [(c, False) for c in unfound_cats]
    hurried = set(R.sample(range(len(plan)), N_HURRIED))
    for n, (cat, paired) in enumerate(plan):
        o = None
        if paired and cat in cross_kinds and cat not in cross_done:
            cross_done.add(cat)
            o = gen_cross(cross_kinds[cat])
        lp = pick(LOSS_PLACES[cat])
        voice = 'hurried' if n in hurried else pick_voice(cat, lp)
        rel = None
        if voice == 'proxy':
            rel = pick(RELS)
            person = new_person(sex=rel[1], years=rel[2])
        else:
            person = new_person()
        if o is None:
            if cat in ('id_doc', 'wallet', 'bag'):
                o = GEN[cat](holder=person)
            else:
                o = GEN[cat]()
        elif o['holder'] is not None:
            o['holder'] = dict(o['holder'])
        t = loss_time(cat)
        rec, st, ctx = owner_report(o, lp, t, voice, person, rel)
        truths.append(dict(o=o, lp=lp, t=t, voice=voice, lost=rec, st=st, ctx=ctx, paired=paired, found=None))

    # true found items
    for tr in truths:
        if not tr['paired']:
            continue
        o, lp, t = tr['o'], tr['lp'], tr['t']
        fp = pick(FOUND_AT[lp])
        fa = t - found_delay(o['cat'])
        if fa < 0:
            fa = r5(t * R.random())
        rec, fst = finder_report(o, lp, fp, fa, tr['ctx']['trip'])
        assert rec['found_at_min'] <= tr['lost']['lost_from_min']
        tr['found'] = rec

    # hard negatives
    negs = []
    used = set()
    paired_idx = [i for i, tr in enumerate(truths) if tr['paired'] and not tr['o']['cross']]
    unfound_idx = [i for i, tr in enumerate(truths) if not tr['paired']]
    R.shuffle(paired_idx)
    R.shuffle(unfound_idx)

    def take(pool, ok):
        for i in pool:
            if i not in used and ok(truths[i]):
                used.add(i)
                return i
        raise SystemExit('no base left for a negative')

    for kind, count in NEG_PLAN:
        for j in range(count):
            pool = paired_idx if j % 2 == 0 else unfound_idx
            if kind == 'twin':
                i = take(pool, lambda tr: bool(twin_candidates(tr['o'], tr['st'])))
            elif kind == 'same_brand_far_away':
                i = take(pool, lambda tr: bool(tr['o']['brand']))
            else:
                i = take(pool, lambda tr: True)
            tr = truths[i]
            o, lp, lost = tr['o'], tr['lp'], tr['lost']
            lf, lt = lost['lost_from_min'], lost['lost_to_min']
            trip = tr['ctx']['trip']
            force = ()
            if kind == 'twin':
                tok = pick(twin_candidates(o, tr['st']))
                o2 = mutate_twin(o, tok, tr['st'])
                force = (tok,)
                fp = pick(FOUND_AT[lp])
                fa = r5(R.uniform(max(0, lt - 1440), lf))
                flp = lp
                if chance(0.5):
                    trip = trip_for(lp)
            elif kind == 'same_category_colour':
                o2 = None
                for _ in range(30):
                    cand = GEN[o['cat']](color=o['color'], sub=o['sub'] if chance(0.6) else None)
                    if cand['color'] == o['color'] and (not o['brand'] or cand['brand'] != o['brand']):
                        o2 = cand
                        break
                if o2 is None:
                    o2 = cand
                    o2['color'] = o['color']
                    if o['brand'] and o2['brand'] == o['brand']:
                        o2['brand'] = None
                        o2['model'] = None
                fp = pick(FOUND_AT[lp])
                fa = r5(R.uniform(max(0, lt - 1440), lf))
                flp = lp
            elif kind == 'found_before_loss':
                o2 = redraw_like(o)
                fp = pick(FOUND_AT[lp])
                fa = lf + R.randint(12, 1152) * 5
                flp = lp
            else:
                o2 = None
                for _ in range(30):
                    cand = GEN[o['cat']](brand_key=o['brand'], sub=o['sub'], color=o['color'] if chance(0.5) else None)
                    if cand['brand'] == o['brand']:
                        o2 = cand
                        break
                if o2 is None:
                    o2 = cand
                    o2['brand'] = o['brand']
                o2['brand_vis'] = True
                force = ('brand',)
                fp = pick(FAR_KEYS)
                if lt >= 7200 + 300:
                    fa = r5(R.uniform(0, lt - 7200))
                else:
                    fa = lf + R.randint(7 * 288, 20 * 288) * 5
                flp = None
                trip = {}
            if o2['cross']:
                o2['cross'] = None
                o2['catf'] = o2['cat']
            rec, fst = finder_report(o2, flp, fp, fa, trip if flp else {}, force)
            rec['negative'] = kind
            negs.append(dict(rec=rec, base=i, kind=kind))

    # unclaimed found items nobody reports
    for cat in cat_list(UNCLAIMED_CATS):
        o = GEN[cat]()
        lp = pick(LOSS_PLACES[cat])
        fp = pick(FOUND_AT[lp])
        fa = r5(R.uniform(0, 41000))
        rec, fst = finder_report(o, lp, fp, fa, trip_for(lp))
        rec['negative'] = 'unclaimed'
        negs.append(dict(rec=rec, base=None, kind='unclaimed'))

    # shuffle, key, link
    lost_order = list(range(len(truths)))
    R.shuffle(lost_order)
    found_items = [('T', i) for i, tr in enumerate(truths) if tr['paired']] + [('N', j) for j in range(len(negs))]
    R.shuffle(found_items)
    fkey = {}
    found_out = []
    for n, ref in enumerate(found_items, 1):
        key = '%s-F%04d' % (PFX, n)
        fkey[ref] = key
        rec = truths[ref[1]]['found'] if ref[0] == 'T' else negs[ref[1]]['rec']
        found_out.append(ordered(dict(rec, key=key), 'found'))
    lost_out = []
    for n, i in enumerate(lost_order, 1):
        tr = truths[i]
        key = '%s-L%04d' % (PFX, n)
        rec = dict(tr['lost'], key=key, truth=fkey[('T', i)] if tr['paired'] else None)
        lost_out.append(ordered(rec, 'lost'))
    data = {'seed': SEED, 'made_by': 'tests/lostfound/make_set55.py',
            'parts': {'set55': {'found': found_out, 'lost': lost_out}}}
    out = OUT
    if '--out' in sys.argv:
        out = sys.argv[sys.argv.index('--out') + 1]
    with open(out, 'w', encoding='utf-8') as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    if '-v' in sys.argv:
        report(truths, negs, lost_out, found_out)


FIELD_ORDER = ['key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon',
               'lost_from_min', 'lost_to_min', 'found_at_min', 'truth', 'negative']


def ordered(rec, side):
    out = {}
    for k in FIELD_ORDER:
        if k in rec:
            out[k] = rec[k]
    assert set(out) == set(rec), set(rec) - set(out)
    return out


def report(truths, negs, lost_out, found_out):
    from collections import Counter
    print('lost', len(lost_out), 'found', len(found_out), file=sys.stderr)
    print('voices', sorted(Counter(tr['voice'] for tr in truths).items()), file=sys.stderr)
    print('negatives', sorted(Counter(n['kind'] for n in negs).items()), file=sys.stderr)
    print('lost by cat', sorted(Counter(r['category'] for r in lost_out).items()), file=sys.stderr)
    print('found by cat', sorted(Counter(r['category'] for r in found_out).items()), file=sys.stderr)
    if '-vv' in sys.argv:
        for n in negs:
            if n['base'] is None:
                continue
            tr = truths[n['base']]
            print('==', n['kind'], 'paired' if tr['paired'] else 'unfound')
            print('  L', json.dumps(tr['lost'], ensure_ascii=False))
            if tr['found']:
                print('  T', json.dumps(tr['found'], ensure_ascii=False))
            print('  N', json.dumps(n['rec'], ensure_ascii=False))


if __name__ == '__main__':
    main()
