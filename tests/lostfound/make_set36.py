#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes tests/lostfound/set36.json: a blind labelled lost-and-found set.

World: 海屿镇 of the invented 闽澄县, a coastal tourist town in southern Fujian, over the
National Day golden week of 2026 and the weeks around it.  Written from the product issue's
words only (tests/lostfound/BRIEF-issue-worded.md), without looking at the matcher.

Every object is first drawn as a hidden truth record (kind, colour, brand, model, identifying
numbers, visible marks, things only the owner knows, where and when it was lost).  The lost
report and the found registration are then written separately from that record, each in its
own voice and knowing only what that person would know.  Hard negatives are separate hidden
objects built next to a report (a twin differing in one detail, the same kind found before the
loss began, the same brand elsewhere weeks away, ordinary desk traffic).

Python 3 standard library only; one random.Random(SEED); output is byte-identical on every run.
Usage: python3 tests/lostfound/make_set36.py [--out PATH]
"""
import copy
import datetime
import json
import math
import os
import random
import sys

SEED = 20261236
NN = 36
PFX = 'M3'
R = random.Random(SEED)
# every record is registered against this one moment: minutes are counted back from it
NOW = datetime.datetime(2026, 10, 27, 12, 0)
HERE = os.path.dirname(os.path.abspath(__file__))
DAY = datetime.timedelta(days=1)
MIN = datetime.timedelta(minutes=1)


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


def mins(dt):
    return int((NOW - dt).total_seconds() // 60)


def digits(n):
    return ''.join(pick('0123456789') for _ in range(n))


USED = set()          # membership only, never iterated


def fresh(fn):
    for _ in range(1000):
        v = fn()
        if v not in USED:
            USED.add(v)
            return v
    raise RuntimeError('could not draw a fresh value')


# ---------------------------------------------------------------- numbers
GB_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return '10X98765432'[sum(int(a) * b for a, b in zip(s17, GB_W)) % 11]


def make_idno(area, birth, male):
    def draw():
        while True:
            seq = R.randrange(0, 1000)
            if (seq % 2 == 1) == male:
                break
        s17 = '%s%s%03d' % (area, birth.strftime('%Y%m%d'), seq)
        return s17 + id_check(s17)
    return fresh(draw)


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


def make_imei(tac=None):
    tac = tac or ('86' + digits(6))

    def draw():
        body = tac + digits(6)
        return body + luhn_digit(body)
    return fresh(draw)


def fmt_imei(s, style=None):
    style = style or wpick([('plain', 5), ('dash', 2), ('space', 2), ('space4', 2)])
    if style == 'dash':
        return '%s-%s-%s-%s' % (s[:2], s[2:8], s[8:14], s[14])
    if style == 'space':
        return '%s %s %s %s' % (s[:2], s[2:8], s[8:14], s[14])
    if style == 'space4':
        return ' '.join(s[i:i + 4] for i in range(0, 15, 4))
    return s


ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'


def make_sn(n=None):
    n = n or R.choice([10, 11, 12])
    return fresh(lambda: ''.join(pick(ALNUM) for _ in range(n)))


def mutate_tail(s, pool, k=2, last=5):
    """change k characters among the last `last` characters of s"""
    for _ in range(200):
        chars = list(s)
        idx = R.sample(range(len(s) - last, len(s)), k)
        for i in idx:
            chars[i] = pick([c for c in pool if c != chars[i]])
        v = ''.join(chars)
        if v not in USED:
            USED.add(v)
            return v
    raise RuntimeError('mutate_tail')


# ---------------------------------------------------------------- places
PLACES = {}


def _pl(key, local, tourist, map_, alts, py, lat, lon, r, spots, acts, elder_acts=(), zone='town'):
    PLACES[key] = dict(key=key, local=local, tourist=tourist, map=map_, alts=list(alts), py=py,
                       lat=lat, lon=lon, r=r, spots=list(spots), acts=list(acts),
                       elder_acts=list(elder_acts), zone=zone)


_pl('pier', '老渡头', '海屿码头', '海屿客运码头', ['轮渡码头', '渡口', '码头'], 'Haiyu pier',
    24.4506, 118.1058, 120,
    ['候船厅座椅上', '售票窗口旁', '检票口', '栈桥上', '洗手间门口', '充电桩旁'],
    ['等船', '排队买船票', '候船'], ['等船', '接孙仔'])
_pl('ferry', '渡船', '轮渡', '海屿—鹭鸣屿客渡航线', ['船上', '轮渡船上', '渡轮上'], 'ferry',
    24.4420, 118.1140, 900,
    ['船舱座位下', '二层甲板长椅上', '船舱行李架上', '船尾栏杆边', '船舱后排座位'],
    ['坐船去鹭鸣屿', '坐轮渡回海屿', '坐船上岛'], ['坐船过对面屿'])
_pl('island_pier', '对面屿渡头', '鹭鸣岛码头', '鹭鸣屿客运码头', ['岛上码头', '鹭鸣屿码头'], 'Luming island pier',
    24.4328, 118.1221, 100,
    ['候船棚下', '栈桥上', '售票亭旁', '小卖部门口'],
    ['等回程的船', '下船', '拍照'], ['等船'])
_pl('island_village', '屿仔内', '鹭鸣岛渔村', '鹭鸣屿社区', ['岛上渔村', '鹭鸣屿村里', '岛上'], 'Luming dao',
    24.4301, 118.1256, 350,
    ['小巷里', '海鲜排档门口', '村口榕树下', '彩色房子拍照点', '观景平台'],
    ['逛渔村', '吃海鲜', '在彩色房子前拍照'], ['看亲戚'])
_pl('beach_moon', '沙尾', '月牙湾沙滩', '月湾海滨浴场', ['月牙湾', '月亮湾海滩', '月牙湾海边'], 'Yueyawan beach',
    24.4432, 118.0948, 400,
    ['靠海那一片', '礁石边', '淋浴间', '救生瞭望台旁', '更衣室', '躺椅下', '入口台阶'],
    ['游泳', '拍照', '带小孩玩沙', '赶海', '看日落'], ['散步', '捡螺'])
_pl('beach_gold', '后澳', '黄金沙滩', '后澳海滩', ['后澳沙滩', '网红沙滩', '黄金海岸'], 'Houao beach',
    24.4609, 118.1186, 450,
    ['中段', '椰子树下', '冲淋房', '秋千旁', '救生站旁', '停车场'],
    ['游泳', '拍网红照', '玩桨板', '看日出', '野餐'], ['挖蛤'])
_pl('night_market', '街仔头', '海屿夜市', '滨海夜市街区', ['美食夜市', '夜市一条街', '夜市'], 'Haiyu yeshi',
    24.4487, 118.1003, 150,
    ['海蛎煎摊位旁', '烧烤摊桌子下', '公厕门口', '入口牌坊下', '奶茶店门口', '套圈摊旁'],
    ['逛夜市', '吃海蛎煎', '买小吃', '排队买奶茶'], ['买点心'])
_pl('old_street', '顶街', '骑楼老街', '海屿骑楼历史街区', ['老街', '骑楼街', '骑楼'], 'Qilou old street',
    24.4499, 118.0986, 200,
    ['廊下长椅上', '伴手礼店门口', '茶铺里', '转角处', '老门楼下'],
    ['逛街', '买伴手礼', '喝茶'], ['买香'])
_pl('temple', '宫口', '天后宫庙会', '海屿天后宫', ['妈祖庙', '天后宫', '庙会'], 'Tianhou temple',
    24.4523, 118.0969, 120,
    ['香炉边', '戏台前面', '庙埕长凳上', '供桌旁', '大门口'],
    ['逛庙会', '看庙会的戏', '烧香'], ['拜拜', '看戏'])
_pl('homestay_village', '后厝', '海屿民宿村', '后厝村', ['民宿区', '后厝民宿街', '民宿村'], 'Houcuo',
    24.4583, 118.1124, 300,
    ['民宿房间里', '民宿前台', '民宿院子里', '巷口', '民宿楼梯口'],
    ['散步', '出门', '回民宿'], ['散步'])
_pl('lighthouse', '灯仔山', '东角灯塔', '东角灯塔景区', ['灯塔', '观景台', '灯塔公园'], 'Dongjiao lighthouse',
    24.4401, 118.1315, 250,
    ['观景台栏杆边', '灯塔下石阶', '厕所旁', '拍照打卡点', '长椅上'],
    ['看灯塔', '拍照', '爬灯塔'], [])
_pl('shuttle', '观光车', '景区观光车', '海屿景区接驳车', ['接驳车', '小火车', '观光车上'], 'shuttle bus',
    24.4490, 118.1190, 1200,
    ['车厢后排座位下', '座位缝里', '车厢地板上', '司机座位后面'],
    ['坐观光车', '坐接驳车去灯塔', '坐观光车去后澳'], [])
_pl('shuttle_hub', '大埕', '游客中心', '海屿景区游客服务中心', ['游客中心停车场', '观光车站', '接驳车总站'], 'visitor center',
    24.4541, 118.1079, 150,
    ['售票大厅', '观光车候车区', '停车场', '洗手间'],
    ['等观光车', '排队买票', '停车'], [])
_pl('health', '卫生院', '镇医院', '海屿镇卫生院', ['镇卫生院', '卫生院门诊'], 'health centre',
    24.4537, 118.1011, 80,
    ['候诊区椅子上', '挂号窗口', '输液室', '药房窗口', '大门口'],
    ['带孩子看病', '打点滴', '拿药'], ['拿药', '量血压'])
_pl('fish_market', '鱼市', '海鲜市场', '海屿水产交易市场', ['渔港', '海鲜码头', '水产市场'], 'fish market',
    24.4496, 118.1072, 150,
    ['鱼摊旁', '称重台边', '大门口', '冰块堆旁', '卸货区'],
    ['买海鲜', '逛海鲜市场'], ['买鱼', '卸货'])
_pl('seafood_row', '排档', '海鲜大排档', '渔港美食街', ['排档街', '海鲜一条街', '大排档'], 'seafood street',
    24.4488, 118.1086, 150,
    ['排档桌子下', '店门口', '收银台旁', '洗手池边'],
    ['吃海鲜', '吃宵夜'], ['吃喜酒'])
_pl('school', '中心校', '海屿小学', '海屿镇中心小学', ['小学', '镇小学门口'], 'primary school',
    24.4550, 118.0978, 100,
    ['校门口', '操场', '教室', '接送区'],
    ['接孩子放学', '送孩子上学'], ['接孙仔', '送孙仔'])
_pl('bus_terminal', '车头', '海屿汽车站', '海屿客运站', ['公交总站', '车站', '汽车站'], 'bus station',
    24.4563, 118.1024, 120,
    ['候车室座椅上', '售票厅', '大巴上', '出站口', '公交车上'],
    ['等大巴', '坐大巴回县城', '等车'], ['等车去县城'])
_pl('supermarket', '佳家', '佳家超市', '佳家超市海屿店', ['超市', '镇上超市'], 'supermarket',
    24.4528, 118.1032, 60,
    ['收银台', '存包柜旁', '门口', '购物车里'],
    ['买东西', '买水'], ['买东西'])
_pl('trail', '后山', '观音山步道', '观音山登山步道', ['登山步道', '观音山', '后山步道'], 'Guanyinshan trail',
    24.4578, 118.0912, 500,
    ['半山凉亭', '半山腰石凳', '山顶观景台', '台阶边'],
    ['爬观音山', '走步道'], ['走路'])
_pl('village_aotou', '澳头', '澳头渔村', '澳头村', ['澳头', '澳头社区'], 'Aotou',
    24.4678, 118.1297, 400,
    ['村口', '晒鱼干的空地', '渔船停靠点', '小卖部门口'],
    ['逛渔村', '买鱼干'], ['补渔网'])
_pl('village_shicheng', '石埕', '石埕古村', '石埕村', ['古村', '石头厝古村'], 'Shicheng',
    24.4716, 118.0893, 400,
    ['古厝门口', '村口大榕树下', '祠堂前', '石板路上'],
    ['逛古村', '拍石头厝'], ['乘凉'])
_pl('village_xiayang', '下洋', '下洋村', '下洋村', ['下洋', '下洋社区'], 'Xiayang',
    24.4385, 118.0821, 400,
    ['村道边', '菜地旁', '村委会门口', '小店门口'],
    ['散步', '买菜', '拍照'], ['种菜'])
_pl('island_road', '环岛路', '环岛公路', '海屿环岛路', ['环岛路上', '海边公路', '骑行道'], 'huandao road',
    24.4470, 118.1150, 1500,
    ['路边观景台', '环岛路公交站', '路边草地', '骑行道护栏边'],
    ['骑电动车环岛', '骑车兜风'], [])
_pl('rental_pier', '阿强车行', '码头租车点', '阿强电动车租赁（码头店）', ['租车店', '码头旁租车的'], 'rental',
    24.4515, 118.1046, 40, ['还车处', '车辆停放区', '店门口'], ['租电动车', '还车'], [])
_pl('rental_beach', '海风车行', '后澳租车点', '海风电动车租赁（后澳店）', ['后澳租车店', '沙滩边租车的'], 'rental',
    24.4601, 118.1160, 40, ['还车处', '车辆停放区', '店门口'], ['租电动车', '还车'], [])
_pl('county_bus', '县车站', '闽澄汽车站', '闽澄县汽车客运站', ['县城车站'], 'Mincheng bus station',
    24.5308, 118.0317, 120, ['候车室', '出站口', '大巴行李舱'], ['等车', '转车'], ['转车'], zone='far')
_pl('chengjiang', '澄江街', '澄江镇', '澄江镇澄江路', ['澄江'], 'Chengjiang',
    24.4962, 118.1823, 400, ['街边', '菜市场门口', '公交站'], ['路过澄江'], ['赶集'], zone='far')
_pl('county_square', '江边广场', '滨江广场', '闽澄县滨江广场', ['县城广场'], 'Binjiang square',
    24.5262, 118.0405, 300, ['长椅上', '舞台边', '喷泉旁'], ['逛广场'], ['跳舞'], zone='far')

TOWN = [k for k in PLACES if PLACES[k]['zone'] == 'town']
FAR = [k for k in PLACES if PLACES[k]['zone'] == 'far']

# where an object lost at one place tends to be handed in
FLOWS = {
    'pier': [('pier', 6), ('ferry', 1), ('bus_terminal', 1)],
    'ferry': [('ferry', 3), ('pier', 3), ('island_pier', 3)],
    'island_pier': [('island_pier', 5), ('ferry', 1), ('island_village', 1)],
    'island_village': [('island_village', 4), ('island_pier', 2)],
    'beach_moon': [('beach_moon', 8), ('old_street', 1), ('village_xiayang', 1)],
    'beach_gold': [('beach_gold', 7), ('rental_beach', 2), ('homestay_village', 1), ('shuttle', 1)],
    'night_market': [('night_market', 6), ('old_street', 2), ('temple', 1)],
    'old_street': [('old_street', 6), ('night_market', 2), ('temple', 1)],
    'temple': [('temple', 6), ('old_street', 2)],
    'homestay_village': [('homestay_village', 7), ('beach_gold', 1), ('bus_terminal', 1)],
    'lighthouse': [('lighthouse', 5), ('shuttle', 2), ('shuttle_hub', 2)],
    'shuttle': [('shuttle_hub', 5), ('shuttle', 2), ('lighthouse', 1)],
    'shuttle_hub': [('shuttle_hub', 6), ('shuttle', 1), ('pier', 1)],
    'health': [('health', 8), ('supermarket', 1)],
    'fish_market': [('fish_market', 6), ('seafood_row', 2), ('pier', 1)],
    'seafood_row': [('seafood_row', 6), ('fish_market', 2)],
    'school': [('school', 8), ('old_street', 1)],
    'bus_terminal': [('bus_terminal', 7), ('supermarket', 1), ('county_bus', 1)],
    'supermarket': [('supermarket', 7), ('old_street', 1)],
    'trail': [('trail', 6), ('village_shicheng', 2)],
    'village_aotou': [('village_aotou', 7), ('beach_gold', 1)],
    'village_shicheng': [('village_shicheng', 7), ('trail', 1)],
    'village_xiayang': [('village_xiayang', 7), ('beach_moon', 1)],
    'island_road': [('rental_pier', 3), ('rental_beach', 3), ('island_road', 3), ('lighthouse', 1)],
}

ADJ = {}
for _k, _fl in FLOWS.items():
    ADJ[_k] = [p for p, _ in _fl if p != _k and PLACES[p]['zone'] == 'town']

TOURIST_PLACES = [('beach_moon', 10), ('beach_gold', 9), ('night_market', 10), ('old_street', 8), ('temple', 6),
                  ('pier', 8), ('ferry', 7), ('island_pier', 4), ('island_village', 5), ('lighthouse', 6),
                  ('shuttle', 5), ('shuttle_hub', 4), ('homestay_village', 6), ('seafood_row', 5),
                  ('bus_terminal', 4), ('supermarket', 2), ('trail', 3), ('village_shicheng', 3),
                  ('island_road', 4), ('fish_market', 3), ('health', 1)]
LOCAL_PLACES = [('fish_market', 10), ('temple', 8), ('health', 6), ('bus_terminal', 5), ('supermarket', 5),
                ('village_aotou', 4), ('village_shicheng', 3), ('village_xiayang', 4), ('old_street', 4),
                ('night_market', 4), ('school', 3), ('pier', 4), ('seafood_row', 2), ('island_village', 2)]
PARK_PLACES = [('night_market', 5), ('fish_market', 5), ('old_street', 3), ('beach_gold', 4), ('beach_moon', 4),
               ('pier', 4), ('supermarket', 3), ('health', 2), ('bus_terminal', 3), ('homestay_village', 3),
               ('school', 2), ('temple', 3), ('village_aotou', 2), ('lighthouse', 2)]

HOURS = {'night_market': (18, 23.4), 'fish_market': (5, 10), 'seafood_row': (17, 23.4), 'school': (7, 17.5),
         'health': (7.5, 17), 'temple': (8, 22), 'ferry': (7, 18), 'pier': (6.5, 18.5), 'island_pier': (8, 18),
         'lighthouse': (8, 18), 'shuttle': (8, 18), 'shuttle_hub': (8, 18), 'beach_moon': (6, 19.5),
         'beach_gold': (5.5, 19.5), 'bus_terminal': (6.5, 19), 'supermarket': (8, 21.5), 'trail': (6, 18)}

HOMESTAYS = [(['听涛居', '听涛居民宿'], 'homestay_village'), (['阿嬷的厝', '阿嬷厝民宿'], 'homestay_village'),
             (['半岛拾光', '拾光民宿'], 'homestay_village'), (['海风小院', '海风小院民宿'], 'homestay_village'),
             (['蓝屿海景民宿', '蓝屿'], 'village_aotou'), (['渔火人家', '渔火民宿'], 'island_village'),
             (['石埕小筑', '石埕小筑民宿'], 'village_shicheng'), (['浪花里', '浪花里民宿'], 'homestay_village')]
BOATS = ['鹭鸣1号', '鹭鸣3号', '鹭鸣5号', '海屿渡2号']
SHUTTLE_LINES = ['1号线（游客中心—东角灯塔）', '2号线（游客中心—后澳）', '环线']
RENTALS = [('阿强租车', 'AQ', 'rental_pier'), ('海风租车', 'HF', 'rental_beach'), ('鹭鸣岛电驴', 'LM', 'island_pier')]
BIKE_RENTAL = ('景区自行车', 'JQ', 'shuttle_hub')
AGENCIES = ['闽澄青旅', '海屿假期旅行社', '鹭鸣国旅', '澄海旅行社']
STALL_GOODS = ['海蛎煎', '烤鱿鱼', '土笋冻', '花生汤', '烤生蚝', '沙茶面', '奶茶']
SHOPS = ['阿珠伴手礼', '老林茶铺', '骑楼贝壳坊', '顶街馅饼店', '南洋咖啡馆']
RESTAURANTS = ['阿海排档', '渔港人家', '海屿第一鲜', '阿水海鲜楼']

# ---------------------------------------------------------------- people
SURN = list('陈林黄张李王吴刘蔡杨郑许谢洪郭邱曾廖赖徐周叶苏庄吕江何萧罗高潘朱钟彭游詹胡施沈余卢梁赵颜柯翁魏孙戴范方宋邓杜傅曹薛丁卓马阮董温唐蓝蒋石纪姚连冯程汤田康姜白汪邹韩袁')
LOCAL_SURN = list('陈林黄蔡洪郭庄颜柯许吴王曾苏郑李')
GIV_M = list('建国志明俊杰伟强文斌海涛永福金水天明荣华国平振宇浩然子轩晨阳宏伟家豪锦程德胜')
GIV_F = list('雅琳秀英丽华美玲淑芬婉婷雨萱思琪晓燕春梅桂兰碧霞佳怡诗涵欣怡素珍月娥宝珠')
PROVS = [('浙江', '33', ['杭州', '宁波', '温州', '金华']), ('江西', '36', ['南昌', '赣州', '上饶']),
         ('湖南', '43', ['长沙', '株洲', '衡阳']), ('广东', '44', ['广州', '深圳', '汕头', '潮州']),
         ('四川', '51', ['成都', '绵阳']), ('河南', '41', ['郑州', '洛阳']), ('江苏', '32', ['南京', '苏州', '无锡']),
         ('上海', '31', ['上海']), ('北京', '11', ['北京']), ('湖北', '42', ['武汉', '宜昌']),
         ('安徽', '34', ['合肥', '芜湖']), ('山东', '37', ['济南', '青岛']), ('陕西', '61', ['西安']),
         ('重庆', '50', ['重庆']), ('福建', '35', ['福州', '泉州', '漳州'])]
LOCAL_AREA = '350593'       # 闽澄县 (invented)
NAMES_USED = set()


def make_name(male, local=False):
    def draw():
        s = pick(LOCAL_SURN) if local and chance(0.7) else pick(SURN)
        pool = GIV_M if male else GIV_F
        n = 1 if chance(0.25) else 2
        return s + ''.join(pick(pool) for _ in range(n))
    for _ in range(500):
        nm = draw()
        if nm not in NAMES_USED and len(set(nm)) == len(nm):
            NAMES_USED.add(nm)
            return nm
    raise RuntimeError('names')


def near_name(nm):
    """a different name one character away (a twin's card)"""
    pool = GIV_M + GIV_F
    for _ in range(200):
        i = R.randrange(1, len(nm))
        v = nm[:i] + pick(pool) + nm[i + 1:]
        if v != nm and v not in NAMES_USED and len(set(v)) == len(v):
            NAMES_USED.add(v)
            return v
    raise RuntimeError('near_name')


def person(role):
    male = chance(0.5)
    if role in ('elder',):
        age = R.randrange(66, 86)
    elif role == 'kid':
        age = R.randrange(6, 13)
    elif role == 'student':
        age = R.randrange(18, 24)
    elif role == 'fisher':
        age = R.randrange(38, 68)
        male = chance(0.85)
    else:
        age = R.randrange(22, 62)
    local = role in ('elder', 'fisher', 'local', 'homestay', 'rental')
    if role == 'kid':
        local = chance(0.3)
    if local:
        prov, city, area = '福建', '闽澄', LOCAL_AREA if chance(0.8) else '3505' + pick(['21', '24', '83', '93'])
    else:
        p = pick(PROVS[:-1]) if chance(0.9) else PROVS[-1]
        prov, city = p[0], pick(p[2])
        area = p[1] + '%02d%02d' % (R.randrange(1, 10), R.randrange(1, 30))
    birth = datetime.date(2026 - age, 1, 1) + datetime.timedelta(days=R.randrange(0, 360))
    nm = make_name(male, local)
    return dict(name=nm, male=male, age=age, prov=prov, city=city, local=local, role=role,
                idno=make_idno(area, birth, male), area=area, birth=birth)


def masked_name(nm):
    return nm[0] + '某' + ('某' if len(nm) > 2 and chance(0.5) else '')


# ---------------------------------------------------------------- colours, brands, models
COLOURS = {
    'black': (['黑色', '黑的', '深色', '哑光黑', '曜石黑', '亮黑色', '纯黑'], ['黑色', '深色', '黑色', '深黑色'], 'black'),
    'white': (['白色', '白的', '米白色', '珍珠白', '象牙白', '奶白色'], ['白色', '浅色', '米白色', '白色'], 'white'),
    'silver': (['银色', '银白色', '银灰色', '星河银', '钛银色'], ['银色', '银灰色', '灰白色'], 'silver'),
    'grey': (['灰色', '深灰', '太空灰', '石墨色', '浅灰'], ['灰色', '深灰色', '灰黑色'], 'grey'),
    'gold': (['金色', '香槟金', '玫瑰金', '土豪金'], ['金色', '浅金色', '金黄色'], 'gold'),
    'red': (['红色', '大红', '酒红色', '枣红色', '中国红'], ['红色', '暗红色', '深红色'], 'red'),
    'pink': (['粉色', '樱花粉', '粉红色', '浅粉', '玫瑰粉'], ['粉色', '粉红色', '淡粉色'], 'pink'),
    'blue': (['蓝色', '深蓝', '藏青色', '宝蓝', '天蓝色', '远峰蓝', '海军蓝', '浅蓝'], ['蓝色', '深蓝色', '浅蓝色', '蓝色'], 'blue'),
    'green': (['绿色', '墨绿', '军绿色', '薄荷绿', '松绿'], ['绿色', '深绿色', '墨绿色'], 'green'),
    'yellow': (['黄色', '明黄', '柠檬黄', '鹅黄'], ['黄色', '淡黄色'], 'yellow'),
    'purple': (['紫色', '淡紫', '香芋紫', '暗夜紫'], ['紫色', '浅紫色'], 'purple'),
    'brown': (['棕色', '咖啡色', '驼色', '卡其色', '焦糖色'], ['棕色', '咖啡色', '褐色'], 'brown'),
    'orange': (['橙色', '橘色', '橘黄色'], ['橙色', '橘色'], 'orange'),
}

# owner forms, finder forms, typo forms, pinyin/english
BRANDS = {
    'apple': (['苹果', 'Apple', '苹果', 'apple'], ['苹果', 'Apple'], ['平果', '苹菓'], 'Apple'),
    'huawei': (['华为', 'HUAWEI', '华为', 'Huawei'], ['华为', 'HUAWEI'], ['华伟', '花为'], 'huawei'),
    'xiaomi': (['小米', 'Xiaomi', '小米', 'MI'], ['小米', 'Xiaomi'], ['晓米', '小咪'], 'xiaomi'),
    'oppo': (['OPPO', 'oppo', '欧珀'], ['OPPO'], ['0PPO', '欧泊'], 'oppo'),
    'vivo': (['vivo', 'VIVO', '维沃', '步步高vivo'], ['vivo'], ['viv0', '维握'], 'vivo'),
    'honor': (['荣耀', 'HONOR', '荣耀', 'honor'], ['荣耀', 'HONOR'], ['容耀', '荣跃'], 'rongyao'),
    'haixing': (['海星', '海星牌', 'HAIXING'], ['海星'], ['海心'], 'haixing'),
    'fushou': (['福寿星', 'FUSHOUXING'], ['福寿星'], ['福受星'], 'fushouxing'),
    'septwolves': (['七匹狼', 'SEPTWOLVES', '七匹狼'], ['七匹狼', 'SEPTWOLVES'], ['七皮狼'], 'qipilang'),
    'goldlion': (['金利来', 'Goldlion', '金利来'], ['金利来', 'Goldlion'], ['金利莱'], 'jinlilai'),
    'laorentou': (['老人头', 'LAORENTOU'], ['老人头'], ['老仁头'], 'laorentou'),
    'kangaroo': (['袋鼠', 'KANGAROO', '袋鼠牌'], ['袋鼠', 'KANGAROO'], ['代鼠'], 'daishu'),
    'decathlon': (['迪卡侬', 'Decathlon', 'DECATHLON'], ['迪卡侬', 'DECATHLON'], ['迪卡农'], 'dikanong'),
    'northface': (['北面', 'The North Face', 'TNF', '北面'], ['北面', 'THE NORTH FACE'], ['北脸'], 'beimian'),
    'anta': (['安踏', 'ANTA', '安踏'], ['安踏', 'ANTA'], ['安塔'], 'anta'),
    'lining': (['李宁', 'LI-NING', '李宁'], ['李宁', 'LI-NING'], ['李凝'], 'lining'),
    'nike': (['耐克', 'Nike', 'NIKE'], ['耐克', 'NIKE'], ['耐可'], 'naike'),
    'samsonite': (['新秀丽', 'Samsonite'], ['新秀丽', 'Samsonite'], ['新秀莉'], 'xinxiuli'),
    'anker': (['安克', 'Anker', 'ANKER'], ['安克', 'Anker'], ['安可'], 'anke'),
    'romoss': (['罗马仕', 'ROMOSS', 'romoss'], ['罗马仕', 'ROMOSS'], ['罗马士'], 'luomashi'),
    'canon': (['佳能', 'Canon', 'CANON'], ['佳能', 'Canon'], ['加能'], 'jianeng'),
    'sony': (['索尼', 'SONY', 'Sony'], ['索尼', 'SONY'], ['索呢'], 'suoni'),
    'fujifilm': (['富士', 'FUJIFILM', 'Fuji'], ['富士', 'FUJIFILM'], ['福士'], 'fushi'),
    'nikon': (['尼康', 'Nikon'], ['尼康', 'Nikon'], ['尼糠'], 'nikang'),
    'dji': (['大疆', 'DJI', 'dji'], ['大疆', 'DJI'], ['大江'], 'dajiang'),
    'insta360': (['影石', 'Insta360', 'insta360'], ['Insta360', '影石'], ['影实'], 'yingshi'),
    'lenovo': (['联想', 'Lenovo', 'ThinkPad'], ['联想', 'Lenovo'], ['连想'], 'lianxiang'),
    'xtc': (['小天才', 'imoo', '小天才'], ['小天才'], ['小天材'], 'xiaotiancai'),
    'nintendo': (['任天堂', 'Nintendo', 'Switch'], ['任天堂', 'Nintendo'], ['任天棠'], 'rentiantang'),
    'jbl': (['JBL', 'jbl'], ['JBL'], ['JBI'], 'JBL'),
    'shengbao': (['声宝', '声宝扩音器'], ['声宝'], ['生宝'], 'shengbao'),
    'ctf': (['周大福', 'CHOW TAI FOOK', '周大福'], ['周大福'], ['周大富'], 'zhoudafu'),
    'lfx': (['老凤祥', '老凤祥'], ['老凤祥'], ['老风祥'], 'laofengxiang'),
    'css': (['周生生', '周生生'], ['周生生'], ['周升生'], 'zhoushengsheng'),
    'yadea': (['雅迪', 'Yadea', '雅迪'], ['雅迪', 'Yadea'], ['亚迪', '雅的'], 'yadi'),
    'aima': (['爱玛', 'AIMA', '爱玛'], ['爱玛', 'AIMA'], ['爱马'], 'aima'),
    'tailg': (['台铃', 'TAILG', '台铃'], ['台铃', 'TAILG'], ['台玲'], 'tailing'),
    'niu': (['小牛', 'NIU', '小牛'], ['小牛', 'NIU'], ['小妞'], 'xiaoniu'),
    'luyuan': (['绿源', 'LUYUAN'], ['绿源'], ['绿园'], 'lvyuan'),
    'sunra': (['新日', 'SUNRA'], ['新日', 'SUNRA'], ['新曰'], 'xinri'),
    'jinpeng': (['金彭', 'JINPENG'], ['金彭'], ['金鹏'], 'jinpeng'),
    'huaihai': (['淮海', 'HUAIHAI'], ['淮海'], ['怀海'], 'huaihai'),
    'giant': (['捷安特', 'GIANT', 'giant'], ['捷安特', 'GIANT'], ['捷安持'], 'jieante'),
    'merida': (['美利达', 'MERIDA'], ['美利达', 'MERIDA'], ['美丽达'], 'meilida'),
    'xds': (['喜德盛', 'XDS'], ['喜德盛', 'XDS'], ['喜得盛'], 'xidesheng'),
    'forever': (['永久', 'FOREVER', '永久牌'], ['永久'], ['永九'], 'yongjiu'),
    'phoenix': (['凤凰', 'PHOENIX', '凤凰牌'], ['凤凰'], ['风凰'], 'fenghuang'),
    'dahon': (['大行', 'DAHON'], ['大行', 'DAHON'], ['大形'], 'daxing'),
    'byd': (['比亚迪', 'BYD', 'byd'], ['比亚迪', 'BYD'], ['比亚笛'], 'biyadi'),
    'toyota': (['丰田', 'TOYOTA', 'Toyota'], ['丰田', 'TOYOTA'], ['丰天'], 'fengtian'),
    'vw': (['大众', 'VW', '大众'], ['大众'], ['大中'], 'dazhong'),
    'wuling': (['五菱', 'WULING', '五菱'], ['五菱'], ['五凌'], 'wuling'),
    'geely': (['吉利', 'GEELY', '吉利'], ['吉利', 'GEELY'], ['吉力'], 'jili'),
    'tiantang': (['天堂伞', '天堂'], ['天堂伞'], ['天棠伞'], 'tiantang'),
    'bolon': (['暴龙', 'BOLON'], ['暴龙', 'BOLON'], ['爆龙'], 'baolong'),
    'rayban': (['雷朋', 'Ray-Ban', 'RayBan'], ['雷朋', 'Ray-Ban'], ['雷鹏'], 'leipeng'),
    'thermos': (['膳魔师', 'THERMOS'], ['膳魔师', 'THERMOS'], ['善魔师'], 'shanmoshi'),
    'zojirushi': (['象印', 'ZOJIRUSHI'], ['象印'], ['像印'], 'xiangyin'),
    'fuguang': (['富光', 'FUGUANG'], ['富光'], ['富广'], 'fuguang'),
    'gw': (['光威', 'GW'], ['光威', 'GW'], ['光为'], 'guangwei'),
    'goodbaby': (['好孩子', 'gb', 'goodbaby'], ['好孩子'], ['好孩仔'], 'haohaizi'),
    'tingyin': (['聆音', '聆音助听器'], ['聆音'], ['玲音'], 'lingyin'),
    'beneunder': (['蕉下', 'BENEUNDER'], ['蕉下'], ['焦下'], 'jiaoxia'),
    'enya': (['恩雅', 'Enya'], ['恩雅', 'Enya'], ['恩亚'], 'enya'),
}

MODELS = {
    ('apple', '手机'): ['iPhone 19', 'iPhone 19 Pro', 'iPhone 18 Pro Max', 'iPhone 18 Plus'],
    ('huawei', '手机'): ['Mate 90 Pro', 'Mate 90', 'nova 17', 'Pura 90 Ultra', '畅享 80'],
    ('xiaomi', '手机'): ['小米 17 Ultra', 'Redmi K95', 'Redmi Note 16 Pro', '小米 Civi 7'],
    ('oppo', '手机'): ['Reno 19', 'Find X12', 'A5 活力版'],
    ('vivo', '手机'): ['X300s', 'S25 Pro', 'Y300 Plus'],
    ('honor', '手机'): ['Magic 9', 'X70', '荣耀 400 Pro'],
    ('haixing', '老人机'): ['HX-T8', 'HX-98'],
    ('fushou', '老人机'): ['F-8800', 'F-2'],
    ('apple', '蓝牙耳机'): ['AirPods Pro 4', 'AirPods 5'],
    ('huawei', '蓝牙耳机'): ['FreeBuds Pro 6', 'FreeBuds 7i'],
    ('xiaomi', '蓝牙耳机'): ['Redmi Buds 8', 'Xiaomi Buds 6'],
    ('sony', '蓝牙耳机'): ['WF-1200XM7'],
    ('xiaomi', '充电宝'): ['20000mAh 快充版', '10000mAh 口袋版'],
    ('anker', '充电宝'): ['PowerCore 20K', 'Nano 10K'],
    ('romoss', '充电宝'): ['PAC20', 'SW10 Pro'],
    ('apple', '智能手表'): ['Watch S12', 'Watch SE 4'],
    ('huawei', '智能手表'): ['WATCH GT 7', 'WATCH Fit 5'],
    ('xiaomi', '智能手表'): ['手环 10', 'Watch S5'],
    ('canon', '相机'): ['EOS R9', 'EOS R60', 'G9 X III'],
    ('sony', '相机'): ['A7C III', 'ZV-E20', 'RX100 IX'],
    ('fujifilm', '相机'): ['X-T60', 'X100VII', 'X-S30'],
    ('nikon', '相机'): ['Z60', 'Zf II'],
    ('dji', '运动相机'): ['Osmo Action 7', 'Osmo Pocket 5'],
    ('insta360', '运动相机'): ['X6', 'Ace Pro 3'],
    ('apple', '平板电脑'): ['iPad Air 8', 'iPad mini 9'],
    ('huawei', '平板电脑'): ['MatePad 13', 'MatePad Air 3'],
    ('xiaomi', '平板电脑'): ['小米平板 9', 'Redmi Pad 4'],
    ('lenovo', '平板电脑'): ['小新 Pad 2027', '拯救者 Y900'],
    ('lenovo', '笔记本电脑'): ['ThinkPad X19', '小新 Pro 17'],
    ('huawei', '笔记本电脑'): ['MateBook 16X', 'MateBook D 17'],
    ('apple', '笔记本电脑'): ['MacBook Air 15', 'MacBook Pro 14'],
    ('xtc', '儿童电话手表'): ['Z12', 'Q9 Pro'],
    ('huawei', '儿童电话手表'): ['儿童手表 7X'],
    ('nintendo', '游戏机'): ['Switch 2', 'Switch OLED'],
    ('jbl', '蓝牙音箱'): ['FLIP 9', 'GO 5'],
    ('xiaomi', '蓝牙音箱'): ['户外音箱 Mini'],
    ('shengbao', '导游扩音器'): ['SB-70', 'SB-90'],
    ('yadea', '电动车'): ['冠能 Q9', 'DE8', '欧睿 E5'],
    ('aima', '电动车'): ['A700', '小风 Pro'],
    ('tailg', '电动车'): ['超能 T7', '狮鹫 2'],
    ('niu', '电动车'): ['G6', 'F600', 'MQ Pro'],
    ('luyuan', '电动车'): ['S90', 'MODA 3'],
    ('sunra', '电动车'): ['CX3', '大黄蜂 5'],
    ('jinpeng', '电动三轮车'): ['JP-560', '金彭 S3'],
    ('huaihai', '电动三轮车'): ['HH-3', '淮海 T2'],
    ('giant', '山地车'): ['ATX 880', 'XTC 990'],
    ('merida', '山地车'): ['勇士 600', 'BIG.NINE 90'],
    ('xds', '山地车'): ['狂风 700', 'XC 900'],
    ('dahon', '折叠车'): ['P18', 'K3 Plus'],
    ('xds', '折叠车'): ['Q7'],
    ('decathlon', '潜水镜'): ['Subea 900'],
}

CARDS = [('工商银行', '工行', '6222'), ('农业银行', '农行', '6228'), ('建设银行', '建行', '6217'),
         ('中国银行', '中行', '6216'), ('招商银行', '招行', '6225'), ('邮储银行', '邮储', '6210'),
         ('闽澄农商银行', '农商行', '6230'), ('兴业银行', '兴业', '6229')]
UNIS = ['江南理工大学', '湘江师范学院', '中原科技学院', '蜀南大学', '浙东工商学院', '鄂西医学院']
KID_SCHOOLS = ['育才小学', '实验小学', '东风小学', '启明小学', '新华路小学']


# ---------------------------------------------------------------- features
# name: (values (owner, finder), owner templates, finder templates, chance a finder can see it)
FEAT = {
    # phones
    'case': ([('透明软壳', '透明手机壳'), ('粉色硅胶壳', '粉色硅胶手机壳'), ('黑色皮质翻盖套', '黑色翻盖皮套'),
              ('带支架的蓝色壳', '蓝色带支架手机壳'), ('磨砂黑壳', '黑色磨砂壳'), ('印着小熊的卡通壳', '卡通小熊图案手机壳'),
              ('薄荷绿硅胶壳', '绿色硅胶壳'), ('带卡槽的棕色皮套', '棕色插卡皮套'), ('闪粉壳', '亮片手机壳'),
              ('印着海浪的白壳', '白色海浪图案壳')],
             ['套着{v}', '手机壳是{v}', '外面有个{v}'], ['外套{v}', '带{v}', '装有{v}'], 0.95),
    'sticker': ([('海绵宝宝', '黄色方块卡通'), ('皮卡丘', '黄色卡通'), ('库洛米', '黑色兔子卡通'), ('柴犬', '小狗'),
                 ('樱花', '樱花'), ('猫爪', '猫爪'), ('小黄鸭', '小黄鸭'), ('星星', '星星'), ('“海屿”字样', '“海屿”字样')],
                ['壳后面贴了个{v}贴纸', '背面有{v}的贴纸'], ['背面贴有{v}贴纸', '后壳有{v}图案贴纸'], 0.9),
    'crack': ([('右上角', '右上角'), ('左下角', '左下角'), ('屏幕中间', '屏幕中部'), ('后盖', '后盖'),
               ('摄像头旁边', '摄像头旁'), ('屏幕左边', '屏幕左侧')],
              ['{v}摔裂了', '{v}有裂痕', '{v}碎了一块'], ['{v}有裂纹', '{v}破损'], 0.9),
    'lanyard': ([('红色挂绳', '红色挂绳'), ('蓝色挂绳', '蓝色挂绳'), ('珍珠手机链', '珍珠串挂链'),
                 ('彩色编织挂绳', '彩色编织绳'), ('黑色短挂绳', '黑色短绳'), ('带小铃铛的挂绳', '带铃铛挂绳')],
                ['挂着{v}', '有条{v}'], ['系有{v}', '挂{v}'], 0.95),
    'cardincase': ([('公交卡', '交通卡一张'), ('一张门禁卡', '门禁卡一张'), ('一张银行卡', '银行卡一张'),
                    ('民宿房卡', '房卡一张'), ('一张拍立得照片', '照片一张'), ('二十块钱', '现金20元')],
                   ['壳里夹着{v}', '手机壳后面塞了{v}'], ['手机壳内夹有{v}', '壳内夹{v}'], 0.85),
    'lockscreen': ([('我女儿的照片', '小女孩照片'), ('一只橘猫', '橘猫图片'), ('海边的合照', '两人海边合影'),
                    ('全家福', '多人合影'), ('一张樱花图', '樱花图片'), ('宝宝满月照', '婴儿照片'),
                    ('我和老公的合照', '男女合影'), ('一只柴犬', '狗的照片'), ('动漫人物', '动漫图片')],
                   ['锁屏是{v}', '锁屏壁纸是{v}', '屏保是{v}'], ['按亮屏幕锁屏为{v}', '锁屏壁纸为{v}'], 0.15),
    'backnote': ([('写着“阿公的手机”的纸条', '写有“阿公的手机”的纸条'), ('孙仔的名字贴纸', '写有名字的贴纸'),
                  ('红纸写的“平安”', '红纸“平安”')],
                 ['后盖贴着{v}', '背面有{v}'], ['背面贴有{v}', '后盖有{v}'], 0.9),
    'worn': ([('按键上的字都磨掉了', '按键字迹磨损'), ('屏幕划得花花的', '屏幕划痕多'), ('电池盖用胶布粘着', '电池盖用胶布固定')],
             ['{v}'], ['{v}'], 0.9),
    # cards and documents
    'holder': ([('透明卡套', '透明卡套'), ('蓝色卡套', '蓝色卡套'), ('印着小猫的卡套', '小猫图案卡套'),
                ('带挂绳的卡套', '挂绳卡套'), ('黑色皮卡套', '黑色皮质卡套'), ('红色卡套', '红色卡套')],
               ['装在{v}里', '套着{v}'], ['装于{v}内', '带{v}'], 0.95),
    'together': ([('一张公交卡', '交通卡一张'), ('一张饭卡', '饭卡一张'), ('一张健身卡', '会员卡一张'),
                  ('一张门禁卡', '门禁卡一张')],
                 ['和{v}放在一起', '一起的还有{v}'], ['同套内有{v}', '另有{v}'], 0.9),
    'cover': ([('黑色皮套', '黑色皮套'), ('棕色皮夹', '棕色皮套'), ('透明塑料套', '透明塑料套')],
              ['装在{v}里', '外面是{v}'], ['外有{v}', '装于{v}'], 0.95),
    # wallets
    'w_style': ([('长款', '长款'), ('短款对折', '短款对折式'), ('三折', '三折式'), ('拉链长款', '拉链式长款'), ('手拿', '手拿式')],
                ['{v}的', '款式是{v}的'], ['{v}', '款式为{v}'], 0.95),
    'w_material': ([('真皮', '皮质'), ('PU皮', '人造革'), ('帆布', '帆布'), ('尼龙', '尼龙布'), ('鳄鱼纹皮', '鳄鱼纹皮质')],
                   ['{v}的', '材质是{v}'], ['{v}', '{v}材质'], 0.9),
    'w_wear': ([('边角磨白了', '边角磨损'), ('拉链头掉了', '拉链头缺失'), ('正面有一道划痕', '正面有划痕'),
                ('表面有点脱皮', '表面脱皮'), ('按扣坏了', '按扣损坏')],
               ['{v}'], ['{v}'], 0.85),
    'w_charm': ([('小鱼挂件', '鱼形挂件'), ('平安符', '红色平安符'), ('小铃铛', '铃铛'), ('流苏', '流苏挂饰')],
                ['拉链上挂着{v}', '挂了个{v}'], ['拉链上挂有{v}', '挂{v}'], 0.9),
    'w_pattern': ([('碎花', '碎花图案'), ('格子', '格纹'), ('卡通猫', '猫咪图案'), ('刺绣', '刺绣花纹')],
                  ['上面是{v}的', '{v}图案'], ['{v}', '印有{v}'], 0.95),
    'c_photo': ([('儿子的一寸照', '小孩一寸照片'), ('全家福', '多人合影照片'), ('结婚照', '男女合影照片'),
                 ('孙仔的照片', '小孩照片'), ('过世老伴的照片', '老人照片')],
                ['{v}', '一张{v}'], ['{v}一张', '{v}'], 0.8),
    'c_member': ([('佳家超市会员卡', '佳家超市会员卡'), ('健身房卡', '健身卡'), ('加油卡', '加油卡'),
                  ('理发店会员卡', '理发店储值卡'), ('图书馆借书证', '图书馆借书证')],
                 ['{v}', '一张{v}'], ['{v}一张', '{v}'], 0.9),
    'c_misc': ([('几张发票', '发票若干'), ('一张火车票', '火车票一张'), ('护身符', '护身符一个'),
                ('一张彩票', '彩票一张'), ('几个硬币', '硬币若干'), ('一张写着电话的便签', '便签纸一张')],
               ['{v}', '还有{v}'], ['{v}'], 0.8),
    # keys
    'k_pendant': ([('小熊挂件', '熊形挂件'), ('妈祖平安符', '平安符'), ('开瓶器', '开瓶器'), ('木头小鱼', '木质鱼形挂件'),
                   ('皮卡丘公仔', '黄色卡通公仔'), ('贝壳挂件', '贝壳挂饰'), ('红绳编的中国结', '红色中国结')],
                  ['挂着{v}', '钥匙扣上有个{v}'], ['挂有{v}', '带{v}'], 0.95),
    'k_card': ([('蓝色水滴门禁卡', '蓝色门禁卡'), ('红色圆门禁扣', '红色门禁扣'), ('黑色门禁卡', '黑色门禁卡'),
                ('小区停车卡', '停车卡')],
               ['串着{v}', '还有个{v}'], ['串有{v}', '另有{v}'], 0.95),
    'k_ring': ([('不锈钢圈', '金属圈'), ('登山扣', '登山扣'), ('皮质钥匙扣', '皮钥匙扣'), ('弹簧扣', '弹簧钥匙扣')],
               ['用{v}串着', '是{v}'], ['{v}', '串于{v}'], 0.9),
    'k_small': ([('一把小挂锁钥匙', '小挂锁钥匙一把'), ('一把信箱钥匙', '小钥匙一把'), ('一把自行车锁钥匙', '小钥匙一把'),
                 ('一把写着“3”的铜钥匙', '刻“3”铜钥匙一把')],
                ['里面有{v}', '有{v}'], ['含{v}', '其中有{v}'], 0.7),
    'k_fob': ([('套着黑色硅胶套', '黑色硅胶钥匙套'), ('套着棕色皮套', '棕色皮钥匙套'), ('按键掉了漆', '按键掉漆'),
               ('没套东西', '无钥匙套')],
              ['遥控{v}', '{v}'], ['遥控钥匙{v}', '{v}'], 0.9),
    # ebikes and bicycles
    'e_basket': ([('前面有车筐', '有前车筐'), ('前筐是黑色塑料筐', '黑色塑料前筐'), ('车筐绑着菜篮', '车筐内有菜篮'),
                  ('前筐是铁丝的', '铁丝前筐')],
                 ['{v}'], ['{v}'], 0.95),
    'e_seat': ([('后座装了儿童座椅', '后座加装儿童座椅'), ('后面有靠背', '后座有靠背'), ('后座绑着泡沫箱', '后座绑泡沫箱')],
               ['{v}'], ['{v}'], 0.95),
    'e_cover': ([('挂着碎花挡风被', '碎花挡风被'), ('装了透明雨棚', '透明雨棚'), ('把手套着毛绒手套', '把手毛绒套'),
                 ('挂着红色挡风被', '红色挡风被')],
                ['{v}'], ['装有{v}', '{v}'], 0.95),
    'e_scratch': ([('左边车壳有划痕', '左侧车壳划痕'), ('前挡泥板裂了', '前挡泥板破裂'), ('右边后视镜断了', '右后视镜缺失'),
                   ('车壳掉了一块漆', '车壳掉漆'), ('坐垫破了个口子', '坐垫破损')],
                  ['{v}'], ['{v}'], 0.85),
    'e_sticker': ([('车尾贴着“新手上路”', '车尾“新手上路”贴纸'), ('贴着一张卡通贴纸', '卡通贴纸'),
                   ('贴着外卖平台的贴纸', '外卖平台贴纸'), ('贴着“闽南囝仔”', '“闽南囝仔”贴纸')],
                  ['{v}'], ['有{v}', '{v}'], 0.9),
    'e_box': ([('座桶里有一件雨衣', '座桶内有雨衣'), ('座桶里放着一顶头盔', '座桶内有头盔'), ('座桶里有充电器', '座桶内有充电器')],
              ['{v}'], ['{v}'], 0.4),
    'e_batt': ([('电瓶是上个月新换的', ''), ('钥匙孔有点松', '')], ['{v}'], ['{v}'], 0.0),
    'e_load': ([('车斗里有泡沫箱', '车斗内有泡沫箱'), ('车斗绑着渔网', '车斗内有渔网'), ('车斗有个蓝色塑料桶', '车斗内有蓝色塑料桶')],
               ['{v}'], ['{v}'], 0.95),
    'b_sticker': ([('车架上贴着闪电贴纸', '车架闪电贴纸'), ('车架上有名字贴', '车架名字贴'), ('车把缠了红色把带', '红色把带')],
                  ['{v}'], ['{v}'], 0.9),
    'b_seat': ([('座套是豹纹的', '豹纹座套'), ('后座装了儿童座椅', '后座儿童座椅'), ('座垫破了个口子', '座垫破损')],
               ['{v}'], ['{v}'], 0.95),
    'b_bell': ([('车把上有个小熊铃铛', '小熊铃铛'), ('铃铛坏了', '铃铛损坏'), ('车把上绑着彩带', '车把彩带')],
               ['{v}'], ['{v}'], 0.9),
    'b_scratch': ([('后挡泥板歪了', '后挡泥板变形'), ('车架有掉漆', '车架掉漆'), ('前轮有点瘪', '前轮胎气不足')],
                  ['{v}'], ['{v}'], 0.8),
    'b_lock': ([('车轮上挂着一把U型锁', 'U型锁'), ('锁着一根钢缆锁', '钢缆锁'), ('没上锁', '')],
               ['{v}'], ['车上有{v}', '{v}'], 0.8),
    'b_basket': ([('前面有车篮', '前车篮'), ('车篮是白色塑料的', '白色塑料车篮'), ('车篮是藤编的', '藤编车篮')],
                 ['{v}'], ['{v}'], 0.95),
    'b_wheel': ([('装了辅助轮', '带辅助轮'), ('轮子是彩色发光的', '发光车轮'), ('前轮是新换的', '前轮较新')],
                ['{v}'], ['{v}'], 0.9),
    # bags
    'bag_charm': ([('挂着一只毛绒小熊', '挂毛绒小熊'), ('挂着一个贝壳风铃', '挂贝壳风铃'), ('挂着一个名字牌', '挂名牌'),
                   ('拉链上系着红丝带', '拉链系红丝带'), ('挂着一个平安符', '挂平安符')],
                  ['{v}'], ['{v}'], 0.95),
    'bag_damage': ([('背带有点开线', '背带开线'), ('底部有个小洞', '底部破洞'), ('拉链坏了一个', '拉链损坏一处')],
                   ['{v}'], ['{v}'], 0.8),
    'bag_patch': ([('贴着一个字母徽章', '字母徽章'), ('缝着一个小熊布贴', '小熊布贴'), ('别着好几个徽章', '多个徽章')],
                  ['{v}'], ['有{v}', '{v}'], 0.95),
    'bag_print': ([('印着“海屿”两个字', '印“海屿”字样'), ('印着一只猫', '猫咪图案'), ('印着书店的logo', '印书店标志'),
                   ('印着“I❤鹭鸣屿”', '印“I❤鹭鸣屿”')],
                  ['{v}'], ['{v}'], 0.95),
    'c_clothes': ([('换洗衣服', '衣物若干'), ('一件防晒衣', '防晒衣一件'), ('泳衣', '泳衣'), ('小孩的衣服', '儿童衣物')],
                  ['{v}'], ['{v}'], 0.95),
    'c_towel': ([('一条大浴巾', '浴巾一条'), ('毛巾', '毛巾'), ('一张野餐垫', '野餐垫')], ['{v}'], ['{v}'], 0.95),
    'c_cosm': ([('防晒霜', '防晒霜'), ('化妆包', '化妆包'), ('一副墨镜', '墨镜一副'), ('口红', '口红')], ['{v}'], ['{v}'], 0.9),
    'c_snack': ([('零食', '零食'), ('一瓶矿泉水', '矿泉水一瓶'), ('保温杯', '水杯'), ('几包饼干', '饼干')], ['{v}'], ['{v}'], 0.9),
    'c_book': ([('课本和作业本', '课本作业本'), ('一本小说', '书一本'), ('笔袋', '笔袋'), ('素描本', '素描本')], ['{v}'], ['{v}'], 0.95),
    'c_med': ([('降压药', '药品'), ('胰岛素笔', '胰岛素注射笔'), ('哮喘喷雾', '喷雾剂')], ['{v}'], ['{v}'], 0.9),
    'c_charger': ([('充电宝', '充电宝一个'), ('充电线', '数据线'), ('耳机', '耳机')], ['{v}'], ['{v}'], 0.9),
    'c_key': ([('一串钥匙', '钥匙一串'), ('民宿钥匙', '钥匙一把')], ['{v}'], ['{v}'], 0.95),
    'c_fishing': ([('两根海竿', '海竿两根'), ('一盒鱼钩', '鱼钩一盒'), ('渔线轮', '渔线轮')], ['{v}'], ['{v}'], 0.95),
    'lug_tag': ([('挂着航空托运条', '航空行李条'), ('贴满了旅行贴纸', '旅行贴纸多张'), ('把手缠着彩色胶带', '把手彩色胶带')],
                ['{v}'], ['{v}'], 0.95),
    'lug_damage': ([('一个轮子坏了', '一个轮子损坏'), ('侧面有凹痕', '侧面凹陷'), ('拉杆拉不到底', '拉杆卡滞')],
                   ['{v}'], ['{v}'], 0.7),
    # electronics
    'e_case': ([('透明保护壳', '透明保护壳'), ('蓝色硅胶套', '蓝色硅胶套'), ('带挂钩的皮套', '带挂钩皮套'),
                ('柯基造型的硅胶套', '小狗造型硅胶套'), ('三折保护套', '折叠保护套')],
               ['套着{v}', '有{v}'], ['带{v}', '外有{v}'], 0.95),
    'e_sticker2': ([('贴了几张动漫贴纸', '动漫贴纸'), ('贴着公司资产标签', '资产标签'), ('贴着“小鱼”名字贴', '“小鱼”名字贴')],
                   ['{v}'], ['贴有{v}', '有{v}'], 0.9),
    'e_scratch2': ([('角上磕掉了漆', '边角磕碰掉漆'), ('屏幕上有划痕', '屏幕划痕'), ('外壳有一道裂', '外壳裂纹')],
                   ['{v}'], ['{v}'], 0.8),
    'e_btname': ([('蓝牙名字叫“小鱼的设备”', ''), ('设备名改成了“阿杰”', ''), ('蓝牙名是“Lily”', '')],
                 ['{v}'], ['{v}'], 0.0),
    'e_content': ([('里面有我们在灯塔拍的照片', ''), ('存着小孩的视频', ''), ('里面有工作资料', '')],
                  ['{v}'], ['{v}'], 0.0),
    'e_missing': ([('只剩充电盒和左耳', '仅充电盒及左耳'), ('右耳是后来补配的', '')], ['{v}'], ['{v}'], 0.6),
    'e_cable': ([('带着一根白色数据线', '附白色数据线'), ('自带两根线', '自带两根线'), ('缠着一根黑线', '附黑色数据线')],
                ['{v}'], ['{v}'], 0.95),
    'strap': ([('黑色硅胶表带', '黑色硅胶表带'), ('米色编织表带', '米色编织表带'), ('粉色表带', '粉色表带'),
               ('棕色皮表带', '棕色皮表带'), ('蓝色尼龙表带', '蓝色尼龙表带')],
              ['是{v}', '换了{v}'], ['{v}', '配{v}'], 0.95),
    'dial': ([('表盘是我孩子的照片', '表盘为小孩照片'), ('表盘是一只猫', '表盘为猫图案')], ['{v}'], ['{v}'], 0.3),
    'lens': ([('带一个35mm定焦镜头', '带35mm镜头'), ('镜头盖丢了', '无镜头盖'), ('装着长焦镜头', '带长焦镜头'),
              ('套着镜头遮光罩', '带遮光罩')],
             ['{v}'], ['{v}'], 0.9),
    'camstrap': ([('红色相机背带', '红色背带'), ('彩色编织背带', '彩色编织背带'), ('黑色手腕带', '黑色腕带')],
                 ['挂着{v}', '是{v}'], ['带{v}', '{v}'], 0.95),
    'mount': ([('装在自拍杆上', '连自拍杆'), ('带防水壳', '带防水壳'), ('装着潜水壳', '带潜水壳')],
              ['{v}'], ['{v}'], 0.95),
    # jewelry
    'j_pendant': ([('平安扣', '圆形扣状吊坠'), ('貔貅', '貔貅吊坠'), ('十字架', '十字吊坠'), ('字母L', '字母L吊坠'),
                   ('小金猪', '小猪吊坠'), ('葫芦', '葫芦吊坠'), ('转运珠', '圆珠吊坠')],
                  ['坠子是{v}', '挂着一个{v}'], ['带{v}', '有{v}'], 0.95),
    'j_clasp': ([('扣子有点松', '搭扣松动'), ('链子断过焊过一次', '有焊接痕迹'), ('扣子是弹簧扣', '弹簧扣')],
                ['{v}'], ['{v}'], 0.6),
    'j_stamp': ([('足金999', '足金999'), ('Au750', 'Au750'), ('S925', 'S925'), ('足银', '足银')],
                ['上面打着“{v}”', '印有“{v}”'], ['打有“{v}”印记', '刻“{v}”'], 0.7),
    'j_pattern': ([('龙凤花纹', '龙凤纹'), ('光面', '光面'), ('古法雕花', '雕花纹'), ('竹节纹', '竹节纹')],
                  ['是{v}的', '{v}'], ['{v}', '表面{v}'], 0.95),
    'j_stone': ([('镶了一颗小钻', '镶一颗透明石'), ('镶着红色小石头', '镶红色石'), ('有一颗珍珠', '带一颗珍珠')],
                ['{v}'], ['{v}'], 0.95),
    'j_crack': ([('有一道细裂纹', '有细裂纹'), ('内圈有棉絮', '内有絮状纹'), ('边上磕了个小口', '边缘有缺口')],
                ['{v}'], ['{v}'], 0.7),
    'j_bell': ([('下面有三个小铃铛', '下挂三个铃铛'), ('挂在红绳上', '红绳穿挂'), ('刻着花纹', '有花纹')],
               ['{v}'], ['{v}'], 0.95),
    'j_beads': ([('小叶紫檀', '深色木珠'), ('沉香', '木珠'), ('红玛瑙', '红色石珠'), ('绿松石', '蓝绿色石珠'), ('砗磲', '白色珠子'),
                 ('黑曜石', '黑色石珠')],
                ['是{v}的', '{v}珠子'], ['{v}', '{v}串成'], 0.95),
    'j_charm': ([('隔珠是一颗金貔貅', '夹一颗金色貔貅'), ('有个葫芦吊坠', '带葫芦坠'), ('穿着一颗金转运珠', '夹金色圆珠')],
                ['{v}'], ['{v}'], 0.95),
    'j_pair': ([('只丢了一只', '单只'), ('一对都丢了', '一对')], ['{v}'], ['{v}'], 0.95),
    'j_size': ([('戴在无名指的', ''), ('圈号是13号', '')], ['{v}'], ['{v}'], 0.0),
    # cash
    'cash_write': ([('写着“阿嬷 寿”', '写有“阿嬷 寿”'), ('印着“恭喜发财”', '印“恭喜发财”'), ('写着“学费”两个字', '写有“学费”'),
                    ('写着“还阿兰”', '写有“还阿兰”'), ('写着“房租”', '写有“房租”')],
                   ['上面{v}', '外面{v}'], ['封面{v}', '外{v}'], 0.95),
    'cash_band': ([('用橡皮筋扎着', '橡皮筋捆扎'), ('夹着一张取款凭条', '内夹取款凭条'), ('折成两折', '对折')],
                  ['{v}'], ['{v}'], 0.85),
    # other
    'o_pattern': ([('小黄鸭图案', '小黄鸭图案'), ('格子', '格纹'), ('透明的', '透明'), ('碎花', '碎花图案'), ('纯色', '纯色')],
                  ['是{v}', '{v}'], ['{v}', '图案为{v}'], 0.95),
    'o_handle': ([('木头手柄', '木质手柄'), ('手柄缠着胶布', '手柄缠胶布'), ('伞套丢了', '无伞套'), ('手柄是弯钩', '弯钩手柄')],
                 ['{v}'], ['{v}'], 0.9),
    'o_frame': ([('黑框', '黑色镜框'), ('金属细框', '金属细框'), ('圆框', '圆形镜框'), ('半框', '半框')],
                ['是{v}的', '{v}'], ['{v}', '{v}'], 0.95),
    'o_case': ([('装在蓝色眼镜盒里', '蓝色眼镜盒'), ('装在黑色硬盒里', '黑色硬盒'), ('装在布袋里', '布袋'), ('没有盒子', '')],
               ['{v}'], ['装于{v}', '有{v}'], 0.9),
    'o_degree': ([('近视500度', ''), ('左眼300右眼350', ''), ('老花200度', '')], ['{v}'], ['{v}'], 0.0),
    'o_hatdeco': ([('帽檐有个小洞', '帽檐破洞'), ('绑着一条丝巾', '系丝巾'), ('印着“I❤海屿”', '印“I❤海屿”'), ('帽绳是红色的', '红色帽绳')],
                  ['{v}'], ['{v}'], 0.95),
    'o_cupdeco': ([('贴着卡通贴纸', '卡通贴纸'), ('杯身有磕痕', '杯身凹痕'), ('套着针织杯套', '针织杯套')],
                  ['{v}'], ['{v}'], 0.9),
    'o_inside': ([('里面泡着枸杞茶', '内有茶水'), ('装着凉茶', '内有液体')], ['{v}'], ['{v}'], 0.5),
    'o_toywear': ([('耳朵缝过', '耳朵有缝补'), ('少了一只眼睛', '缺一只眼睛'), ('脖子系着蓝丝带', '颈部系蓝丝带'), ('穿着小裙子', '穿小裙子')],
                  ['{v}'], ['{v}'], 0.95),
    'o_reel': ([('装着银色渔线轮', '银色渔线轮'), ('没装轮子', '无渔线轮'), ('轮子是红色的', '红色渔线轮')],
               ['{v}'], ['配{v}', '{v}'], 0.95),
    'o_rodbag': ([('装在黑色竿包里', '黑色竿包'), ('没有竿包', '')], ['{v}'], ['装于{v}'], 0.9),
    'o_size': ([('XL码', 'XL码'), ('M码', 'M码'), ('童装130', '130码')], ['{v}'], ['{v}'], 0.7),
    'o_pocket': ([('口袋里有一包纸巾', '口袋内有纸巾'), ('口袋里有几十块零钱', '口袋内有零钱若干'), ('口袋里有民宿房卡', '口袋内有房卡')],
                 ['{v}'], ['{v}'], 0.6),
    'o_hang': ([('把手挂着一个奶瓶包', '把手挂奶瓶包'), ('挂着安抚玩具', '挂安抚玩具'), ('遮阳篷破了', '遮阳篷破损')],
               ['{v}'], ['{v}'], 0.95),
    'o_docs': ([('购房合同', '合同文件'), ('几份发票和报销单', '发票报销单'), ('孩子的体检报告', '体检报告'),
                ('渔船证件复印件', '船舶证件复印件')],
               ['里面有{v}', '装着{v}'], ['内有{v}', '装{v}'], 0.9),
    'o_meds': ([('卫生院开的降压药', '降压药'), ('胰岛素笔和针头', '胰岛素笔'), ('小孩的退烧药', '儿童退烧药')],
               ['{v}'], ['{v}'], 0.9),
    'o_strap': ([('绑带是花的', '花色绑带'), ('呼吸管是黄色的', '黄色呼吸管')], ['{v}'], ['{v}'], 0.95),
    'o_ukedeco': ([('琴身贴着海龟贴纸', '琴身海龟贴纸'), ('一根弦断了', '断一根弦'), ('琴包是蓝色的', '蓝色琴包')],
                  ['{v}'], ['{v}'], 0.95),
}

# special slots: their value is drawn per object; see make_special / sphrase
SPECIAL = {'imei', 'idcard', 'c_id', 'bank', 'c_bank', 'cash', 'c_cash', 'plate', 'frame', 'fleet', 'sn',
           'student', 'permit', 'guide', 'engrave', 'weight', 'count', 'name', 'numtail', 'k_tag', 'c_room',
           'c_driver'}
# slots whose value is an identity a finder can read (twins differ in one of these or in a visible feature)
SERIAL_SLOTS = ['imei', 'idcard', 'student', 'permit', 'guide', 'bank', 'plate', 'frame', 'fleet', 'sn',
                'c_id', 'c_bank', 'k_tag', 'c_room', 'c_driver']


def K(cat, kind, o, f, unit, brands=(), brand_p=0.0, colours=(), slots=(), who=None, w=1, elder=None):
    return dict(cat=cat, kind=kind, o=list(o), f=list(f), unit=unit, brands=list(brands), brand_p=brand_p,
                colours=list(colours), slots=list(slots), who=who, w=w, elder=list(elder or o))


KINDS = [
    K('phone', '手机', ['手机', '手机', '电话', '智能手机'], ['手机', '智能手机', '手机'], '部',
      ['apple', 'huawei', 'xiaomi', 'oppo', 'vivo', 'honor'], 1.0,
      ['black', 'white', 'blue', 'purple', 'gold', 'silver', 'green', 'pink'],
      [('case', .7), ('sticker', .25), ('crack', .2), ('lanyard', .2), ('cardincase', .15), ('lockscreen', .6),
       ('numtail', .6), ('imei', .6)], w=12, elder=['手机仔', '电话']),
    K('phone', '老人机', ['老人机', '老年机', '按键手机'], ['老人机', '按键手机', '老年手机'], '部',
      ['haixing', 'fushou'], 0.8, ['red', 'black', 'blue', 'gold'],
      [('backnote', .5), ('worn', .5), ('numtail', .8), ('imei', .3)], who='elder', w=2, elder=['老人机仔', '电话仔']),
    K('id_doc', '身份证', ['身份证', '身份证', '二代身份证'], ['居民身份证', '身份证'], '张', (), 0, (),
      [('idcard', 1), ('holder', .4), ('together', .3)], w=10),
    K('id_doc', '驾驶证', ['驾驶证', '驾照'], ['机动车驾驶证', '驾驶证'], '本', (), 0, ['black', 'brown'],
      [('idcard', 1), ('cover', .7)], w=3),
    K('id_doc', '学生证', ['学生证', '校卡'], ['学生证', '学生卡'], '张', (), 0, (),
      [('student', 1), ('holder', .5)], who='student', w=3),
    K('id_doc', '港澳通行证', ['港澳通行证', '通行证'], ['往来港澳通行证', '港澳通行证'], '张', (), 0, (),
      [('permit', 1), ('holder', .3)], w=2),
    K('id_doc', '社保卡', ['社保卡', '医保卡', '社会保障卡'], ['社会保障卡', '社保卡'], '张', (), 0, (),
      [('idcard', 1), ('holder', .3)], w=3),
    K('id_doc', '老年优待证', ['老年证', '老人卡', '老年优待证'], ['老年优待证', '老年卡'], '张', (), 0, (),
      [('idcard', 1), ('holder', .5)], who='elder', w=2, elder=['老人卡', '老年证']),
    K('id_doc', '导游证', ['导游证', '电子导游证'], ['导游证'], '张', (), 0, (),
      [('guide', 1), ('holder', .7)], who='guide', w=1),
    K('id_doc', '银行卡', ['银行卡', '储蓄卡'], ['银行卡'], '张', (), 0, (),
      [('bank', 1), ('name', .5), ('holder', .3)], w=2),
    K('wallet', '钱包', ['钱包', '皮夹', '钱夹'], ['钱包', '皮夹'], '个',
      ['septwolves', 'goldlion', 'laorentou', 'kangaroo'], 0.5, ['black', 'brown', 'red', 'pink', 'blue', 'white'],
      [('w_style', .8), ('w_material', .5), ('w_wear', .3), ('w_charm', .2), ('c_id', .5), ('c_bank', .6),
       ('c_cash', .85), ('c_photo', .2), ('c_member', .3), ('c_room', .15), ('c_misc', .3), ('c_driver', .1)],
      w=8, elder=['钱包仔', '钱袋仔']),
    K('wallet', '卡包', ['卡包', '卡夹'], ['卡包'], '个', ['septwolves', 'goldlion'], 0.3,
      ['black', 'brown', 'pink', 'blue', 'green'],
      [('c_id', .6), ('c_bank', .9), ('c_member', .5), ('c_cash', .3), ('w_material', .5)], w=2),
    K('wallet', '零钱包', ['零钱包', '小钱包'], ['零钱包'], '个', (), 0, ['red', 'pink', 'yellow', 'blue', 'purple'],
      [('c_cash', 1), ('w_charm', .4), ('c_misc', .4), ('w_pattern', .5)], w=2, elder=['钱袋仔', '零钱包仔']),
    K('keys', '钥匙串', ['钥匙', '一串钥匙', '钥匙串'], ['钥匙', '钥匙'], '串', (), 0, (),
      [('count', 1), ('k_pendant', .7), ('k_card', .4), ('k_ring', .5), ('k_small', .4)], w=6,
      elder=['锁匙', '锁匙串仔']),
    K('keys', '车钥匙', ['车钥匙', '汽车钥匙'], ['汽车遥控钥匙', '车钥匙'], '把',
      ['byd', 'toyota', 'vw', 'wuling', 'geely'], 1.0, ['black', 'silver'],
      [('k_fob', .6), ('count', .5), ('k_pendant', .5)], w=3),
    K('keys', '电动车钥匙', ['电动车钥匙', '电瓶车钥匙'], ['电动车钥匙'], '把', ['yadea', 'aima', 'tailg', 'niu'], 0.8, (),
      [('k_pendant', .6), ('count', .5), ('k_ring', .3)], w=2, elder=['电动车锁匙']),
    K('keys', '民宿钥匙', ['民宿钥匙', '房间钥匙', '民宿的钥匙'], ['钥匙', '房间钥匙'], '把', (), 0, (),
      [('k_tag', 1), ('k_pendant', .3)], who='tourist', w=2),
    K('ebike', '电动车', ['电动车', '电瓶车', '电驴', '小电驴'], ['电动自行车', '电动车', '两轮电动车'], '辆',
      ['yadea', 'aima', 'tailg', 'niu', 'luyuan', 'sunra'], 0.9,
      ['white', 'black', 'red', 'blue', 'pink', 'green', 'grey', 'yellow'],
      [('plate', .8), ('frame', .6), ('e_basket', .5), ('e_seat', .3), ('e_cover', .3), ('e_scratch', .4),
       ('e_sticker', .3), ('e_box', .3), ('e_batt', .3)], who='local', w=5, elder=['电动车', '摩托仔']),
    K('ebike', '租赁电动车', ['电动车', '出租电动车', '电驴'], ['电动车', '租赁电动车'], '辆',
      ['yadea', 'aima', 'tailg', 'niu'], 0.9, ['white', 'blue', 'yellow', 'green', 'orange'],
      [('fleet', 1), ('plate', .5), ('frame', .5), ('e_basket', .6), ('e_scratch', .3)], who='rental', w=3),
    K('ebike', '电动三轮车', ['电动三轮车', '三轮车', '老年代步车'], ['电动三轮车'], '辆', ['jinpeng', 'huaihai'], 0.8,
      ['red', 'blue', 'green', 'grey'],
      [('plate', .6), ('frame', .5), ('e_load', .7), ('e_scratch', .4)], who='elder', w=2, elder=['三轮仔', '三轮车']),
    K('bicycle', '山地车', ['山地车', '自行车', '单车'], ['山地自行车', '自行车'], '辆',
      ['giant', 'merida', 'xds', 'forever', 'phoenix'], 0.85, ['black', 'white', 'red', 'blue', 'grey', 'green', 'orange'],
      [('frame', .5), ('b_sticker', .3), ('b_seat', .3), ('b_bell', .3), ('b_scratch', .4), ('b_lock', .4)], w=3),
    K('bicycle', '儿童自行车', ['儿童自行车', '小孩自行车', '童车'], ['儿童自行车'], '辆', ['phoenix', 'forever'], 0.6,
      ['pink', 'blue', 'red', 'yellow'], [('b_wheel', .6), ('b_basket', .4), ('b_bell', .5), ('name', .3)],
      who='kid', w=2),
    K('bicycle', '折叠车', ['折叠自行车', '折叠车'], ['折叠自行车'], '辆', ['dahon', 'xds'], 0.8,
      ['black', 'white', 'red', 'silver'], [('frame', .5), ('b_scratch', .4), ('b_lock', .4), ('b_sticker', .3)], w=2),
    K('bicycle', '景区租赁自行车', ['租的自行车', '双人自行车', '自行车'], ['自行车', '双人自行车'], '辆', (), 0,
      ['yellow', 'blue', 'green'], [('fleet', 1), ('b_basket', .5)], who='tourist', w=2),
    K('bicycle', '淑女车', ['自行车', '单车'], ['自行车', '女式自行车'], '辆', ['forever', 'phoenix'], 0.7,
      ['white', 'pink', 'blue', 'green'], [('b_basket', .7), ('b_seat', .3), ('b_lock', .4), ('frame', .3)],
      who='local', w=2),
    K('bag', '双肩包', ['双肩包', '背包', '书包'], ['双肩背包', '背包'], '个',
      ['decathlon', 'northface', 'anta', 'lining', 'xiaomi', 'nike'], 0.6,
      ['black', 'grey', 'blue', 'green', 'pink', 'red'],
      [('bag_charm', .3), ('bag_damage', .2), ('bag_patch', .2), ('c_clothes', .5), ('c_charger', .4),
       ('c_cosm', .3), ('c_snack', .3), ('c_id', .25), ('c_cash', .2), ('c_key', .2)], w=5),
    K('bag', '斜挎包', ['斜挎包', '挎包', '小包'], ['斜挎包', '单肩包'], '个', ['anta', 'lining', 'nike', 'northface'], 0.4,
      ['black', 'brown', 'white', 'pink', 'red', 'blue'],
      [('bag_charm', .3), ('c_cosm', .5), ('c_id', .3), ('c_cash', .4), ('c_key', .4), ('c_charger', .3)], w=4),
    K('bag', '帆布袋', ['帆布袋', '帆布包'], ['帆布袋', '布袋'], '个', (), 0, ['white', 'yellow', 'black', 'green'],
      [('bag_print', .8), ('c_towel', .5), ('c_cosm', .4), ('c_snack', .4), ('c_book', .3)], w=3),
    K('bag', '腰包', ['腰包', '胸包'], ['腰包'], '个', ['lining', 'anta', 'nike', 'decathlon'], 0.5, ['black', 'grey', 'green', 'blue'],
      [('c_cash', .6), ('c_id', .4), ('c_key', .4), ('c_charger', .3)], w=2),
    K('bag', '沙滩包', ['沙滩包', '草编包', '编织包'], ['草编包', '沙滩包'], '个', (), 0, ['yellow', 'white', 'brown'],
      [('c_towel', .7), ('c_cosm', .7), ('c_clothes', .5), ('bag_charm', .3)], w=2),
    K('bag', '儿童书包', ['书包', '小书包'], ['儿童书包', '书包'], '个', (), 0, ['blue', 'pink', 'red', 'purple'],
      [('name', .6), ('c_book', .9), ('c_snack', .3), ('bag_charm', .4)], who='kid', w=2),
    K('bag', '行李箱', ['行李箱', '拉杆箱', '箱子'], ['拉杆箱', '行李箱'], '个', ['samsonite', 'xiaomi'], 0.5,
      ['black', 'silver', 'pink', 'blue', 'white'],
      [('lug_tag', .5), ('c_clothes', .9), ('lug_damage', .4), ('name', .3)], w=2),
    K('bag', '钓具包', ['钓具包', '渔具包', '鱼竿包'], ['钓具包'], '个', ['gw'], 0.4, ['black', 'green', 'grey'],
      [('c_fishing', .9), ('name', .2)], who='fisher', w=1),
    K('electronics', '蓝牙耳机', ['蓝牙耳机', '耳机', '无线耳机'], ['蓝牙耳机', '耳机充电盒'], '副',
      ['apple', 'huawei', 'xiaomi', 'sony'], 0.95, ['white', 'black', 'blue'],
      [('sn', .6), ('e_case', .5), ('e_sticker2', .15), ('e_btname', .5), ('e_missing', .2), ('engrave', .15)], w=4),
    K('electronics', '充电宝', ['充电宝', '移动电源'], ['充电宝', '移动电源'], '个', ['xiaomi', 'anker', 'romoss'], 0.85,
      ['white', 'black', 'pink', 'blue'], [('e_sticker2', .4), ('e_scratch2', .4), ('e_cable', .5)], w=3),
    K('electronics', '智能手表', ['手表', '智能手表', '运动手表'], ['智能手表', '电子手表'], '块',
      ['apple', 'huawei', 'xiaomi'], 0.95, ['black', 'white', 'pink', 'green', 'silver'],
      [('strap', .8), ('dial', .5), ('e_scratch2', .2), ('sn', .3), ('e_btname', .3)], w=3),
    K('electronics', '相机', ['相机', '微单', '照相机'], ['照相机', '数码相机'], '台',
      ['canon', 'sony', 'fujifilm', 'nikon'], 1.0, ['black', 'silver'],
      [('sn', .5), ('lens', .6), ('camstrap', .5), ('e_content', .6), ('e_scratch2', .3)], w=3),
    K('electronics', '运动相机', ['运动相机', '口袋相机'], ['运动相机', '小型摄像机'], '台', ['dji', 'insta360'], 1.0,
      ['black', 'grey'], [('sn', .5), ('mount', .7), ('e_content', .5)], w=2),
    K('electronics', '平板电脑', ['平板', '平板电脑', '平板'], ['平板电脑'], '台', ['apple', 'huawei', 'xiaomi', 'lenovo'], 1.0,
      ['grey', 'silver', 'blue', 'pink'], [('e_case', .8), ('e_sticker2', .3), ('sn', .4), ('e_btname', .3), ('engrave', .2)],
      w=2),
    K('electronics', '笔记本电脑', ['笔记本电脑', '电脑', '笔记本'], ['笔记本电脑'], '台', ['lenovo', 'huawei', 'apple'], 1.0,
      ['black', 'silver', 'grey'], [('sn', .6), ('e_sticker2', .5), ('e_scratch2', .3), ('e_content', .5)], w=1),
    K('electronics', '儿童电话手表', ['电话手表', '儿童手表', '儿童电话手表'], ['儿童电话手表', '儿童手表'], '块',
      ['xtc', 'huawei'], 0.9, ['pink', 'blue', 'purple', 'black'], [('strap', .6), ('name', .5), ('numtail', .5), ('sn', .3)],
      who='kid', w=2),
    K('electronics', '导游扩音器', ['小蜜蜂扩音器', '扩音器', '小蜜蜂'], ['便携扩音器', '扩音器'], '个', ['shengbao'], 0.8,
      ['black', 'red', 'blue'], [('e_scratch2', .5), ('name', .4)], who='guide', w=1),
    K('electronics', '游戏机', ['Switch', '游戏机', '掌机'], ['游戏机', '掌上游戏机'], '台', ['nintendo'], 1.0,
      ['red', 'blue', 'white', 'black'], [('e_case', .6), ('e_sticker2', .3), ('sn', .4), ('e_content', .3)], w=1),
    K('electronics', '蓝牙音箱', ['蓝牙音箱', '音箱', '小音响'], ['蓝牙音箱'], '个', ['jbl', 'xiaomi'], 0.9,
      ['black', 'blue', 'red', 'green'], [('e_scratch2', .4), ('e_sticker2', .3)], w=1),
    K('jewelry', '金项链', ['金项链', '项链', '金链子'], ['项链', '链子'], '条', ['ctf', 'lfx', 'css'], 0.5, ['gold'],
      [('j_pendant', .6), ('engrave', .2), ('weight', .6), ('j_clasp', .3), ('j_stamp', .5)], w=4,
      elder=['金链仔', '金项链']),
    K('jewelry', '金手镯', ['金手镯', '手镯', '金镯子'], ['手镯', '镯子'], '只', ['ctf', 'lfx', 'css'], 0.5, ['gold'],
      [('engrave', .4), ('weight', .6), ('j_pattern', .7), ('j_stamp', .5)], w=2, elder=['金手环', '手环仔']),
    K('jewelry', '银手镯', ['银手镯', '银镯子'], ['手镯', '金属手镯'], '只', ['lfx'], 0.2, ['silver'],
      [('engrave', .4), ('j_pattern', .6), ('j_stamp', .5)], w=2),
    K('jewelry', '玉镯', ['玉镯', '翡翠镯子', '玉手镯'], ['玉石手镯', '玉镯'], '只', (), 0, ['green', 'white'],
      [('j_crack', .5)], w=2),
    K('jewelry', '戒指', ['戒指', '婚戒', '金戒指'], ['戒指'], '枚', ['ctf', 'lfx', 'css'], 0.4, ['gold', 'silver'],
      [('engrave', .5), ('j_stone', .5), ('j_stamp', .5), ('j_size', .5)], w=3),
    K('jewelry', '耳环', ['耳环', '耳坠', '耳钉'], ['耳环', '耳饰'], '只', ['ctf'], 0.2, ['gold', 'silver', 'white'],
      [('j_stone', .5), ('j_pair', 1), ('j_stamp', .3)], w=2),
    K('jewelry', '长命锁', ['长命锁', '银锁', '平安锁'], ['银锁吊坠', '长命锁'], '个', ['lfx'], 0.2, ['silver', 'gold'],
      [('engrave', .8), ('j_bell', .6)], who='kid', w=1),
    K('jewelry', '手串', ['手串', '佛珠', '珠子手串'], ['手串', '珠串'], '串', (), 0, ['brown', 'red', 'black', 'green', 'white'],
      [('j_beads', 1), ('j_charm', .6)], w=2),
    K('cash', '现金', ['现金', '现金', '钱'], ['现金', '人民币现金'], '笔', (), 0, (),
      [('c_cash', 1), ('cash_write', .4), ('cash_band', .4)], w=1, elder=['钱', '钱仔']),
    K('other', '雨伞', ['雨伞', '伞', '遮阳伞', '折叠伞'], ['雨伞', '折叠伞'], '把', ['tiantang', 'beneunder'], 0.4,
      ['black', 'blue', 'pink', 'yellow', 'white', 'green', 'purple'], [('o_pattern', .6), ('o_handle', .5), ('name', .1)], w=3),
    K('other', '眼镜', ['眼镜', '近视眼镜'], ['眼镜', '近视眼镜'], '副', ['bolon'], 0.4, ['black', 'gold', 'silver', 'brown'],
      [('o_frame', 1), ('o_case', .6), ('o_degree', .6)], w=3),
    K('other', '老花镜', ['老花镜', '老花眼镜'], ['老花镜', '眼镜'], '副', (), 0, ['black', 'brown', 'gold'],
      [('o_frame', 1), ('o_case', .6), ('o_degree', .4)], who='elder', w=1, elder=['老花镜', '目镜']),
    K('other', '太阳镜', ['墨镜', '太阳镜'], ['太阳镜', '墨镜'], '副', ['bolon', 'rayban'], 0.7, ['black', 'brown', 'gold', 'blue'],
      [('o_frame', .7), ('o_case', .5)], w=2),
    K('other', '帽子', ['帽子', '遮阳帽', '渔夫帽', '草帽'], ['帽子', '遮阳帽'], '顶', ['beneunder'], 0.2,
      ['white', 'yellow', 'black', 'pink', 'blue', 'brown'], [('o_hatdeco', .6), ('name', .2)], w=2),
    K('other', '保温杯', ['保温杯', '水杯'], ['保温杯', '水杯'], '个', ['thermos', 'zojirushi', 'fuguang'], 0.7,
      ['black', 'white', 'pink', 'blue', 'silver', 'green'], [('o_cupdeco', .6), ('name', .3), ('o_inside', .4)], w=3),
    K('other', '毛绒玩具', ['毛绒玩具', '玩偶', '布娃娃'], ['毛绒玩具', '玩偶'], '个', (), 0, ['brown', 'white', 'pink', 'blue'],
      [('o_toywear', .7), ('name', .3)], who='kid', w=3),
    K('other', '钓鱼竿', ['钓鱼竿', '鱼竿', '海竿'], ['钓鱼竿', '鱼竿'], '根', ['gw'], 0.6, ['black', 'red', 'blue'],
      [('o_reel', .8), ('o_rodbag', .4), ('name', .2)], who='fisher', w=2),
    K('other', '助听器', ['助听器'], ['助听器'], '个', ['tingyin'], 0.7, ['brown', 'white', 'silver'],
      [('sn', .5), ('o_case', .5)], who='elder', w=1, elder=['助听器', '耳仔机']),
    K('other', '拐杖', ['拐杖', '拐棍'], ['拐杖'], '根', (), 0, ['brown', 'black', 'silver'], [('o_handle', .6), ('name', .3)],
      who='elder', w=1, elder=['拐仔', '拐杖']),
    K('other', '外套', ['外套', '防晒衣', '衣服'], ['外套', '上衣'], '件', ['anta', 'lining', 'northface', 'beneunder'], 0.5,
      ['black', 'white', 'blue', 'pink', 'grey', 'green'], [('o_pocket', .6), ('o_size', .5)], w=2),
    K('other', '尤克里里', ['尤克里里', '小吉他', 'ukulele'], ['尤克里里', '小型吉他'], '把', ['enya'], 0.6,
      ['brown', 'blue', 'pink', 'white'], [('o_ukedeco', .8)], w=1),
    K('other', '婴儿推车', ['婴儿车', '推车', '宝宝推车'], ['婴儿推车'], '辆', ['goodbaby'], 0.6,
      ['grey', 'pink', 'blue', 'black'], [('o_hang', .7)], w=1),
    K('other', '文件袋', ['文件袋', '资料袋', '档案袋'], ['文件袋'], '个', (), 0, ['blue', 'white', 'brown'],
      [('o_docs', 1), ('name', .4)], w=2),
    K('other', '潜水镜', ['潜水镜', '浮潜面罩', '泳镜'], ['潜水镜', '泳镜'], '副', ['decathlon'], 0.5,
      ['blue', 'black', 'pink', 'yellow'], [('o_strap', .5)], w=1),
    K('other', '药袋', ['药', '一袋药', '药袋'], ['药品', '药袋'], '袋', (), 0, ['white'], [('o_meds', 1), ('name', .6)],
      who='elder', w=1, elder=['药仔', '药']),
]
KIND_BY = {k['kind']: k for k in KINDS}

FEAT['cash_cont'] = ([('红包', '红包'), ('牛皮纸信封', '牛皮纸信封'), ('银行的信封', '银行信封'), ('一个塑料袋', '塑料袋'),
                      ('一块手帕', '手帕')],
                     ['装在{v}里', '用{v}装着'], ['装于{v}内', '用{v}装'], 0.95)
CASH_COLOUR = {'红包': 'red', '牛皮纸信封': 'brown', '银行的信封': 'white', '一个塑料袋': None, '一块手帕': 'blue'}
for _k in KINDS:
    if _k['kind'] == '现金':
        _k['slots'].insert(0, ('cash_cont', 1))


# ---------------------------------------------------------------- special slot values
def kid_name(surname):
    for _ in range(300):
        nm = surname + ''.join(pick(GIV_M + GIV_F) for _ in range(R.choice([1, 2, 2])))
        if nm not in NAMES_USED and len(set(nm)) == len(nm):
            NAMES_USED.add(nm)
            return nm
    raise RuntimeError('kid_name')


def engrave_value(obj):
    kind = obj['kind']
    if kind == '长命锁':
        return pick(['长命百岁', '平安喜乐', '福寿安康']) + ' ' + obj['holder']['name'][1:]
    opts = []
    L = 'ABCDEFGHJKLMNPQRSTWXYZ'
    opts.append(lambda: '%s%s♡%s%s' % (pick(L), pick(L), pick(L), pick(L)))
    opts.append(lambda: '20%02d.%02d.%02d' % (R.randrange(5, 26), R.randrange(1, 13), R.randrange(1, 29)))
    opts.append(lambda: pick(['平安', '永结同心', '福', '一生一世']) + ' ' + str(R.randrange(2008, 2026)))
    opts.append(lambda: obj['owner']['name'][1:] if obj.get('owner') else 'LY')
    return fresh(pick(opts))


def new_special(name, obj):
    owner = obj['owner']
    holder = obj['holder']
    if name == 'imei':
        a = make_imei()
        b = make_imei(a[:8]) if chance(0.4) and obj['kind'] == '手机' else None
        return dict(a=a, b=b)
    if name in ('idcard', 'c_id', 'c_driver'):
        h = holder if name == 'idcard' else owner
        kind = '驾驶证' if name == 'c_driver' else ('身份证' if name == 'c_id' else obj['kind'])
        return dict(name=h['name'], idno=h['idno'], kind=kind)
    if name in ('bank', 'c_bank'):
        b = pick(CARDS)
        return dict(bank=b[0], short=b[1], prefix=b[2], tail=fresh(lambda: digits(4)))
    if name in ('cash', 'c_cash'):
        if obj['cat'] == 'cash':
            amt = pick([600, 800, 1000, 1200, 1600, 2000, 2400, 3000, 3600, 5000, 6600, 8800]) if chance(.6) \
                else R.randrange(3, 90) * 100 + pick([0, 0, 50, 20])
        elif obj['kind'] == '零钱包':
            amt = R.randrange(2, 40) * 10 + pick([0, 5])
        else:
            amt = pick([R.randrange(1, 30) * 50, R.randrange(2, 30) * 100 + pick([0, 20, 50, 70])])
        return dict(amt=amt)
    if name == 'plate':
        return fresh(lambda: pick('ABCDEFGH') + digits(5))
    if name == 'frame':
        pre = {'yadea': 'YD', 'aima': 'AM', 'tailg': 'TL', 'niu': 'NU', 'luyuan': 'LY', 'sunra': 'XR', 'jinpeng': 'JP',
               'huaihai': 'HH', 'giant': 'GA', 'merida': 'MD', 'xds': 'XS', 'forever': 'YJ', 'phoenix': 'FH',
               'dahon': 'DH'}.get(obj.get('brand'), pick(['HY', 'MC', 'ZX']))
        return fresh(lambda: pre + pick(['24', '25', '26']) + pick('ABCDEFGHKM') + digits(7))
    if name == 'fleet':
        if obj['cat'] == 'bicycle':
            shop = BIKE_RENTAL
        else:
            shop = obj.get('shop') or pick(RENTALS)
        return dict(shop=shop[0], code=shop[1], num=fresh(lambda: shop[1] + '%03d' % R.randrange(1, 160)))
    if name == 'sn':
        return make_sn()
    if name == 'student':
        h = holder
        if h['role'] == 'kid':
            school = '海屿镇中心小学' if h['local'] else h['city'] + pick(KID_SCHOOLS)
            cls = '%s年级%s班' % (pick('一二三四五六'), pick('一二三四五'))
            no = fresh(lambda: '20' + pick(['19', '20', '21', '22', '23']) + digits(4))
        else:
            school = pick(UNIS)
            cls = pick(['计算机', '会计', '护理', '机械', '英语', '数学']) + '专业'
            no = fresh(lambda: pick(['2023', '2024', '2025']) + digits(6))
        return dict(name=h['name'], school=school, cls=cls, no=no)
    if name == 'permit':
        return dict(name=holder['name'], no=fresh(lambda: 'C' + digits(8)))
    if name == 'guide':
        return dict(name=holder['name'], no=fresh(lambda: 'D-3505-' + digits(6)))
    if name == 'engrave':
        return engrave_value(obj)
    if name == 'weight':
        return round(R.uniform(2.5, 45.0), 1)
    if name == 'count':
        return R.randrange(2, 8)
    if name == 'name':
        return holder['name']
    if name == 'numtail':
        return digits(4)
    if name in ('k_tag', 'c_room'):
        hs = obj.get('homestay') or pick(HOMESTAYS)
        hr = fresh(lambda: (hs[0][0], pick(['2', '3', '1']) + '0' + str(R.randrange(1, 9)) if chance(.7)
                            else pick('ABC') + str(R.randrange(1, 20))))
        return dict(hs=hs[0], room=hr[1])
    raise KeyError(name)


def mutate_special(name, v, obj):
    """a different object's value for the same slot, one detail away"""
    if name == 'imei':
        a = v['a']
        for _ in range(100):
            body = a[:9] + digits(5)
            nv = body + luhn_digit(body)
            if nv not in USED and nv[-6:] != a[-6:]:
                USED.add(nv)
                return dict(a=nv, b=None)
    if name in ('idcard', 'c_id', 'c_driver'):
        nm = near_name(v['name'])
        idn = v['idno']
        birth = datetime.date(int(idn[6:10]), int(idn[10:12]), int(idn[12:14])) + datetime.timedelta(days=R.randrange(-200, 200))
        male = int(idn[16]) % 2 == 1
        for _ in range(50):
            nid = make_idno(idn[:6], birth, male)
            if nid[-4:] != idn[-4:]:
                return dict(name=nm, idno=nid, kind=v['kind'])
    if name in ('bank', 'c_bank'):
        t = v['tail']
        for _ in range(100):
            if chance(.5) and t[2] != t[3]:
                nt = t[:2] + t[3] + t[2]
            else:
                nt = t[:3] + str((int(t[3]) + R.randrange(1, 9)) % 10)
            if nt != t and nt not in USED:
                USED.add(nt)
                return dict(v, tail=nt)
    if name in ('cash', 'c_cash'):
        a = v['amt']
        return dict(amt=a + pick([-200, -100, 100, 200, 500]) if a > 600 else a + pick([50, 100, 150]))
    if name == 'plate':
        return mutate_tail(v, '0123456789', k=1, last=5)
    if name == 'frame':
        return mutate_tail(v, '0123456789', k=2, last=5)
    if name == 'fleet':
        code = v['code']
        num = v['num'][len(code):]
        for _ in range(100):
            nn_ = num[0] + num[2] + num[1] if num[1] != num[2] and chance(.5) else '%03d' % R.randrange(1, 160)
            nv = code + nn_
            if nv != v['num'] and nv not in USED:
                USED.add(nv)
                return dict(v, num=nv)
    if name == 'sn':
        return mutate_tail(v, ALNUM, k=2, last=4)
    if name == 'student':
        nm = near_name(v['name'])
        return dict(v, name=nm, no=mutate_tail(v['no'], '0123456789', k=2, last=4))
    if name in ('permit', 'guide'):
        return dict(v, name=near_name(v['name']), no=mutate_tail(v['no'], '0123456789', k=2, last=4))
    if name == 'engrave':
        s = v
        for _ in range(100):
            i = R.randrange(len(s))
            if s[i] in '0123456789':
                ns = s[:i] + pick([c for c in '0123456789' if c != s[i]]) + s[i + 1:]
            elif 'A' <= s[i] <= 'Z':
                ns = s[:i] + pick([c for c in 'ABCDEFGHJKLMNPQRSTWXYZ' if c != s[i]]) + s[i + 1:]
            elif '\u4e00' <= s[i] <= '\u9fff':
                ns = s[:i] + pick([c for c in GIV_F + GIV_M if c != s[i]]) + s[i + 1:]
            else:
                continue
            if ns not in USED:
                USED.add(ns)
                return ns
    if name == 'count':
        return v + 2 if v < 5 else v - 2
    if name == 'name':
        return near_name(v)
    if name in ('k_tag', 'c_room'):
        r = v['room']
        for _ in range(100):
            nr = r[:-1] + str((int(r[-1]) + R.randrange(1, 9)) % 10)
            if nr != r and (v['hs'][0], nr) not in USED:
                USED.add((v['hs'][0], nr))
                return dict(v, room=nr)
    raise KeyError(name)


def skey(name, v):
    """a hashable identity of a slot value (used to tell two objects apart)"""
    if name in SPECIAL:
        if name == 'imei':
            return v['a']
        if name in ('idcard', 'c_id', 'c_driver'):
            return v['idno']
        if name in ('bank', 'c_bank'):
            return v['tail']
        if name in ('cash', 'c_cash'):
            return str(v['amt'])
        if name in ('fleet',):
            return v['num']
        if name in ('student', 'permit', 'guide'):
            return v['no']
        if name in ('k_tag', 'c_room'):
            return v['hs'][0] + v['room']
        return str(v)
    return v[0]


# ---------------------------------------------------------------- objects
def make_slot(name, obj):
    if name in SPECIAL:
        return dict(name=name, v=new_special(name, obj))
    vals = FEAT[name][0]
    return dict(name=name, v=pick(vals))


BEADS = {'brown': ['小叶紫檀', '沉香'], 'red': ['红玛瑙'], 'green': ['绿松石'], 'white': ['砗磲'], 'black': ['黑曜石']}


def make_obj(kind, owner, holder=None, family=None, brand=None, avoid_brand=None, extra=None):
    k = KIND_BY[kind] if isinstance(kind, str) else kind
    obj = dict(k=k, kind=k['kind'], cat=k['cat'], cat_o=k['cat'], cat_f=k['cat'], owner=owner,
               holder=holder or owner, slots={}, f_kind=None)
    if extra:
        obj.update(extra)
    fam = None
    if k['colours']:
        fam = family if family in k['colours'] else (family or pick(k['colours']))
    obj['family'] = fam
    obj['shade'] = pick(COLOURS[fam][0]) if fam else None
    b = None
    if k['brands']:
        pool = [x for x in k['brands'] if x != avoid_brand]
        if brand and brand in k['brands']:
            b = brand
        elif pool and chance(k['brand_p']):
            b = pick(pool)
    obj['brand'] = b
    mods = MODELS.get((b, k['kind'])) if b else None
    obj['model'] = pick(mods) if mods and chance(.85) else None
    for name, p in k['slots']:
        if chance(p):
            obj['slots'][name] = make_slot(name, obj)
    if k['kind'] == '现金':
        if obj['slots']['cash_cont']['v'][0] in ('一个塑料袋', '一块手帕'):
            obj['slots'].pop('cash_write', None)
        fam = CASH_COLOUR[obj['slots']['cash_cont']['v'][0]]
        obj['family'] = fam
        obj['shade'] = pick(COLOURS[fam][0]) if fam else None
    if 'j_stamp' in obj['slots'] and fam:
        want = ['足金999', 'Au750'] if fam == 'gold' else ['S925', '足银']
        obj['slots']['j_stamp']['v'] = pick([x for x in FEAT['j_stamp'][0] if x[0] in want])
    if k['kind'] == '手串' and 'j_beads' in obj['slots']:
        want = BEADS[fam]
        obj['slots']['j_beads']['v'] = pick([x for x in FEAT['j_beads'][0] if x[0] in want])
    if k['kind'] == '手机' and not obj['slots']:
        obj['slots']['case'] = make_slot('case', obj)
    return obj


def clone_obj(obj):
    c = dict(obj)
    c['slots'] = {n: dict(s) for n, s in obj['slots'].items()}
    return c


# ---------------------------------------------------------------- time
CN = '零一二三四五六七八九'


def cn_int(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return '十' + (CN[n % 10] if n % 10 else '')
    return CN[n // 10] + '十' + (CN[n % 10] if n % 10 else '')


LUNAR = {16: '十六', 17: '十七', 18: '十八', 19: '十九', 20: '二十', 21: '廿一', 22: '廿二', 23: '廿三', 24: '廿四',
         25: '廿五', 26: '廿六', 27: '廿七', 28: '廿八'}
ELDERISH = ('elder_typed', 'fisher', 'villager', 'fish_vendor')
TOURISTY = ('tourist', 'tourist_en', 'parent', 'guide', 'homestay')


def date_txt(d, voice):
    m, dd = d.month, d.day
    if voice == 'officer':
        return pick(['2026年%d月%d日' % (m, dd), '%d月%d日' % (m, dd)])
    if voice in ELDERISH:
        n = 15 + (d.date() - datetime.date(2026, 9, 25)).days if isinstance(d, datetime.datetime) else 0
        if n in LUNAR and chance(.45):
            return '农历八月' + LUNAR[n] + ('（%d号）' % dd if chance(.5) else '')
    if voice in TOURISTY and m == 10 and dd <= 7 and chance(.25):
        return pick(['国庆第%s天' % cn_int(dd), '十一第%s天' % cn_int(dd), '国庆%d号' % dd])
    if (m, dd) == (9, 25) and chance(.6):
        return '中秋节那天'
    if voice == 'tourist_en' and chance(.4):
        return pick(['%d/%d' % (m, dd), 'Oct %d' % dd if m == 10 else 'Sep %d' % dd])
    return pick(['%d月%d日' % (m, dd), '%d月%d号' % (m, dd), '%d.%d' % (m, dd), '%d号' % dd])


def pod(hf):
    if hf < 5:
        return '凌晨'
    if hf < 8:
        return '早上'
    if hf < 11:
        return '上午'
    if hf < 13:
        return '中午'
    if hf < 17:
        return '下午'
    if hf < 19:
        return '傍晚'
    return '晚上'


ELDER_POD = {'凌晨': '半暝', '早上': '早起', '上午': '早起', '中午': '中昼', '下午': '下晡', '傍晚': '暗时', '晚上': '暗时'}


def clock(dt, voice):
    h, m = dt.hour, dt.minute
    if voice == 'officer':
        return '%d时%02d分' % (h, m) if m else '%d时' % h
    if voice == 'tourist_en' and chance(.5):
        return ' %d:%02d' % (h, m)
    p = pod(h + m / 60.0)
    if voice in ELDERISH:
        p = ELDER_POD[p]
    if m > 50:
        h += 1
        m = 0
        pre = '快'
    else:
        pre = ''
    h12 = h if h <= 12 else h - 12
    if h12 == 0:
        h12 = 12
    suf = '' if m < 10 else ('半' if 25 <= m <= 35 else '多')
    return '%s%s%d点%s' % (p, pre, h12, suf)


def window_txt(f, t, voice):
    d1 = date_txt(f, voice)
    span = (t - f).total_seconds() / 3600.0
    if voice == 'line':
        return d1 + pod(f.hour)
    if f.date() == t.date():
        if span <= 1.01 and chance(.6):
            return d1 + clock(f + (t - f) / 2, voice) + '左右'
        sep = '至' if voice == 'officer' else pick(['到', '至', '-'])
        return d1 + clock(f, voice) + sep + clock(t, voice) + ('之间' if sep != '-' else '')
    d2 = date_txt(t, voice)
    if voice == 'officer':
        return '%s%s至%s%s期间' % (d1, clock(f, voice), d2, clock(t, voice))
    if chance(.4):
        return '%s到%s这几天' % (d1, d2)
    return '%s%s到%s%s之间' % (d1, clock(f, voice), d2, clock(t, voice))


def loss_day():
    x = R.random()
    if x < 0.55:
        d = datetime.date(2026, 10, 1) + R.randrange(7) * DAY
    elif x < 0.70:
        d = datetime.date(2026, 9, 24) + R.randrange(7) * DAY
    elif x < 0.85:
        d = datetime.date(2026, 10, 8) + R.randrange(13) * DAY
    elif x < 0.95:
        d = datetime.date(2026, 9, 12) + R.randrange(12) * DAY
    else:
        d = datetime.date(2026, 10, 21) + R.randrange(5) * DAY
    return datetime.datetime(d.year, d.month, d.day)


def loss_time(place):
    lo, hi = HOURS.get(place, (8, 21.5))
    d = loss_day()
    if place == 'school':
        while d.weekday() >= 5 or datetime.date(2026, 10, 1) <= d.date() <= datetime.date(2026, 10, 8) \
                or d.date() == datetime.date(2026, 9, 25):
            d = loss_day()
        lo, hi = pick([(6.8, 8.2), (15.8, 17.6)])
    return d + datetime.timedelta(minutes=int(R.uniform(lo, hi) * 60))


def floor_to(dt, step):
    return dt - datetime.timedelta(minutes=dt.minute % step, seconds=dt.second)


def ceil_to(dt, step):
    f = floor_to(dt, step)
    return f if f == dt else f + datetime.timedelta(minutes=step)


def make_window(t, style):
    if style == 'tight':
        f, to = t - R.randrange(10, 50) * MIN, t + R.randrange(5, 40) * MIN
        step = 10
    elif style == 'part':
        span = R.randrange(120, 360)
        off = R.randrange(0, span)
        f, to = t - off * MIN, t + (span - off) * MIN
        step = 30
    elif style == 'day':
        span = R.randrange(360, 840)
        off = R.randrange(0, span)
        f, to = t - off * MIN, t + (span - off) * MIN
        step = 30
    else:
        span = R.randrange(24 * 60, 72 * 60)
        off = R.randrange(0, span)
        f, to = t - off * MIN, t + (span - off) * MIN
        step = 60
    f, to = floor_to(f, step), ceil_to(to, step)
    six = t.replace(hour=6, minute=0, second=0)
    if style in ('part', 'day') and f < six <= t:
        f = six
    if style == 'multi' and f.hour < 6:
        f = f.replace(hour=6, minute=0) if f.replace(hour=6, minute=0) <= t else f
    if to > NOW - 30 * MIN:
        to = floor_to(NOW - 30 * MIN, step)
    return f, to


def found_delay(cat, place):
    if cat in ('ebike', 'bicycle'):
        return R.randrange(6 * 60, 20 * 24 * 60) * MIN
    x = R.random()
    if x < 0.55:
        return R.randrange(10, 180) * MIN
    if x < 0.85:
        return R.randrange(180, 48 * 60) * MIN
    if x < 0.97:
        return R.randrange(48 * 60, 14 * 24 * 60) * MIN
    return R.randrange(14 * 24 * 60, 30 * 24 * 60) * MIN


def clamp_found(dt):
    lim = NOW - 20 * MIN
    if dt > lim:
        dt = lim - R.randrange(0, 300) * MIN
    return dt


# ---------------------------------------------------------------- text helpers
def tidy(s):
    for a, b in (('，。', '。'), ('。。', '。'), ('，，', '，'), ('。，', '。'), ('；。', '。'), ('，；', '；'),
                 ('、，', '，'), ('  ', ' '), ('！。', '！'), ('？。', '？')):
        while a in s:
            s = s.replace(a, b)
    return s.strip('，； ')


TYPOS = [('钱包', '钱宝'), ('钥匙', '钥是'), ('身份证', '身分证'), ('耳机', '耳几'), ('充电宝', '充电包'),
         ('项链', '项练'), ('手镯', '手卓'), ('码头', '马头'), ('沙滩', '沙摊'), ('民宿', '民俗'), ('手机', '手几'),
         ('黑色', '黒色'), ('背包', '被包'), ('电动车', '电东车'), ('眼镜', '眼睛'), ('丢了', '丢勒'), ('捡到', '检到')]


def typo(s, n=1):
    cands = [p for p in TYPOS if p[0] in s]
    for a, b in R.sample(cands, min(n, len(cands))):
        i = s.find(a)
        s = s[:i] + b + s[i + len(a):]
    return s


def jitter(pk):
    pl = PLACES[pk]
    r = pl['r'] * math.sqrt(R.random())
    a = R.random() * 2 * math.pi
    dlat = r * math.cos(a) / 111000.0
    dlon = r * math.sin(a) / (111000.0 * math.cos(math.radians(pl['lat'])))
    return round(pl['lat'] + dlat, 6), round(pl['lon'] + dlon, 6)


def dist_km(a, b):
    pa, pb = PLACES[a], PLACES[b]
    dy = (pa['lat'] - pb['lat']) * 111.0
    dx = (pa['lon'] - pb['lon']) * 111.0 * math.cos(math.radians(24.45))
    return math.hypot(dx, dy)


# ---------------------------------------------------------------- phrasing of one slot
def fmt_id(idn, side, voice, parts):
    if side == 'o':
        if voice == 'officer':
            st = 'full'
        else:
            st = wpick([('full', 55), ('space', 10), ('tail', 15), ('mid', 10), ('lowerx', 10)])
    else:
        st = wpick([('full', 40), ('mid', 35), ('mid2', 15), ('tail', 10)])
    if st == 'space':
        return '%s %s %s' % (idn[:6], idn[6:14], idn[14:])
    if st == 'tail':
        return '尾号' + idn[-4:]
    if st == 'mid':
        return idn[:6] + '********' + idn[-4:]
    if st == 'mid2':
        return idn[:10] + '****' + idn[-4:]
    if st == 'lowerx':
        return idn.lower()
    return idn


def plate_fmt(p):
    return pick(['闽澄' + p, '闽澄%s·%s' % (p[0], p[1:]), p, '澄' + p, '闽澄 ' + p])


def frame_fmt(fr):
    return pick([fr, fr, fr.lower(), '%s %s' % (fr[:5], fr[5:])])


def fleet_fmt(v, side):
    code, num = v['code'], v['num'][len(v['code']):]
    if side == 'f':
        return pick(['%s %s' % (v['shop'], num), '%s-%s' % (code, num), '%s%s' % (code, num)])
    return pick(['%s号' % num, '%s号' % int(num), '%s-%s' % (code, num), 'No.%s' % num])


def cn_money(n):
    """Chinese numerals for a round amount: 2100 -> 两千一百, 350 -> 三百五十, 3000 -> 三千"""
    out = ''
    th, hu, te = n // 1000, (n // 100) % 10, (n // 10) % 10
    if n >= 10000:
        w = n // 10000
        out += ('两' if w == 2 else cn_int(w)) + '万'
        th = (n // 1000) % 10
        if th == 0 and (hu or te):
            out += '零'
    if th:
        out += ('两' if th == 2 else CN[th]) + '千'
    if hu:
        out += ('两' if hu == 2 and not out else CN[hu]) + '百'
    elif th and te:
        out += '零'
    if te:
        out += CN[te] + '十'
    return out or '零'


def cash_o(amt, voice):
    if chance(.45):
        return ('%d元' % amt if voice != 'line' else '%d块' % amt), ('exact',)
    r100 = int(round(amt / 100.0)) * 100 if amt >= 100 else amt
    if voice in ELDERISH:
        return ('%s箍左右' % cn_money(r100) if amt >= 100 else '%d箍' % amt), ('approx',)
    if amt >= 1000 and amt % 1000 == 0:
        return ('%s块' % cn_money(amt)), ('exact',)
    if amt >= 100:
        lead = (amt // 1000) * 1000 if amt >= 1000 else (amt // 100) * 100
        return pick(['%s多块' % cn_money(lead), '大概%d块' % r100, '%d左右' % r100]), ('approx',)
    return '几十块', ('approx',)


def denoms(amt):
    h, rest = amt // 100, amt % 100
    out = []
    if h:
        out.append('100元×%d' % h)
    for d in (50, 20, 10, 5):
        if rest >= d:
            out.append('%d元×%d' % (d, rest // d))
            rest %= d
    return '、'.join(out)


def sphrase(s, side, voice, obj, parts=None):
    """(text, parts, serial-field text) for one slot as one side would write it"""
    name, v = s['name'], s['v']
    o = side == 'o'
    if name not in SPECIAL:
        vals, ot, ft, vis = FEAT[name]
        val = v[0] if o else v[1]
        if not val:
            return None, (), None
        return pick(ot if o else ft).format(v=val), ('v',), None
    if name == 'imei':
        a, b = v['a'], v['b']
        if o:
            p = parts or wpick([(('full',), 6), (('tail',), 3)])
            if 'full' in p:
                f1 = fmt_imei(a)
                if b and chance(.5):
                    t = 'IMEI1：%s，IMEI2：%s' % (f1, fmt_imei(b))
                else:
                    t = pick(['IMEI：%s', '串号%s', 'IMEI号%s（包装盒上抄的）', 'imei %s']) % f1
                return t, p, f1
            t6 = a[-6:]
            return pick(['IMEI后六位%s', 'IMEI号最后几位是%s', '串号尾号%s']) % t6, p, '尾号' + t6
        f1 = fmt_imei(a)
        return pick(['经紧急拨号*#06#查得IMEI：%s', '卡托上印有IMEI %s', 'IMEI：%s']) % f1, ('full', 'tail'), f1
    if name in ('idcard', 'c_id', 'c_driver'):
        nm, idn, kd = v['name'], v['idno'], v['kind']
        if o:
            p = parts or wpick([(('name',), 3), (('num',), 2), (('name', 'num'), 5)])
            segs = []
            if 'name' in p:
                segs.append(pick(['名字是%s', '姓名%s', '上面的名字是%s']) % nm)
            idt = None
            if 'num' in p:
                idt = fmt_id(idn, 'o', voice, p)
                lab = '证号' if kd == '驾驶证' else ('证件号码' if voice == 'officer' else pick(['身份证号', '号码', '身份证号码']))
                segs.append(lab + idt)
            if name == 'idcard':
                return '，'.join(segs), p, idt
            base = '驾驶证' if name == 'c_driver' else pick(['身份证', '我的身份证', '身份证'])
            return base + ('（%s）' % '，'.join(segs) if segs else ''), (p if segs else ()), idt
        p = parts or wpick([(('name', 'num'), 6), (('name',), 2), (('num',), 1)])
        idt = fmt_id(idn, 'f', voice, p) if 'num' in p else None
        segs = []
        if 'name' in p:
            segs.append('姓名%s' % nm)
        if idt:
            segs.append(('证号' if kd == '驾驶证' else pick(['公民身份号码', '身份证号', '号码'])) + idt)
        if name == 'idcard':
            return '，'.join(segs), p, idt
        base = '驾驶证一本' if name == 'c_driver' else '身份证一张'
        return '%s（%s）' % (base, '，'.join(segs)), p, idt
    if name in ('bank', 'c_bank'):
        bk, sh, pre, tail = v['bank'], v['short'], v['prefix'], v['tail']
        if o:
            p = parts or wpick([(('tail',), 8), ((), 2)])
            if not p:
                return pick(['一张%s的卡', '%s卡一张']) % pick([bk, sh]), (), None
            t = pick(['%s卡，尾号%s', '%s的卡尾号%s', '一张%s储蓄卡（后四位%s）']) % (pick([bk, sh]), tail)
            return t, p, pick(['尾号' + tail, tail, sh + '尾号' + tail])
        mk = pick(['%s****%s' % (pre, tail), '%s **** **** %s' % (pre, tail), '%s********%s' % (pre, tail)])
        t = pick(['%s卡一张（卡号%s）' % (bk, mk), '%s借记卡一张，卡号末四位%s' % (sh, tail), '%s卡一张，卡号%s' % (bk, mk)])
        return t, ('tail',), mk
    if name in ('cash', 'c_cash'):
        amt = v['amt']
        if o:
            if parts and 'exact' in parts:
                t, p = '%d元' % amt, ('exact',)
            else:
                t, p = cash_o(amt, voice)
            if obj['cat'] == 'cash':
                return t, p, None
            return pick(['现金%s', '%s现金']) % t, p, None
        t = '现金%d元' % amt + ('（%s）' % denoms(amt) if chance(.35) else '')
        return t, ('exact',), None
    if name == 'plate':
        return ('车牌' if o else pick(['号牌', '车牌号'])) + plate_fmt(v), ('full',), plate_fmt(v)
    if name == 'frame':
        if o:
            p = parts or wpick([(('full',), 5), (('tail',), 5)])
            if 'full' in p:
                ft = frame_fmt(v)
                return pick(['车架号%s（发票上的）', '车架号%s', '车架号是%s']) % ft, p, ft
            return '车架号后六位%s' % v[-6:], p, '后六位' + v[-6:]
        ft = frame_fmt(v)
        return pick(['车架号%s', '车架号：%s', '经查车架号为%s']) % ft, ('full', 'tail'), ft
    if name == 'fleet':
        ft = fleet_fmt(v, side)
        if o:
            if voice in ('rental', 'officer'):
                return pick(['车身编号%s', '车辆编号%s']) % ft, ('num',), ft
            return pick(['车上喷着%s的编号%s', '是%s的车，编号%s']) % (v['shop'], ft), ('num',), ft
        return pick(['车身喷有“%s”字样', '车尾编号%s', '车上喷有编号%s']) % ft, ('num',), ft
    if name == 'sn':
        where = {'蓝牙耳机': '充电盒内侧', '相机': '机身底部', '运动相机': '机身底部', '平板电脑': '背面',
                 '笔记本电脑': '底部铭牌', '智能手表': '表背', '游戏机': '背面', '儿童电话手表': '表背',
                 '助听器': '机身内侧'}.get(obj['kind'], '背面')
        if o:
            p = parts or wpick([(('full',), 5), (('tail',), 4)])
            if 'full' in p:
                return pick(['序列号%s（盒子上有）', 'SN码%s', '序列号是%s']) % v, p, v
            return pick(['序列号后四位%s', 'SN最后四位是%s']) % v[-4:], p, '后四位' + v[-4:]
        return pick(['%s印有序列号%s' % (where, v), 'S/N：%s' % v, '%s序列号%s' % (where, v)]), ('full', 'tail'), v
    if name == 'student':
        nm, sch, cls, no = v['name'], v['school'], v['cls'], v['no']
        if o:
            p = parts or wpick([(('name', 'no'), 4), (('name',), 4), (('no',), 1)])
        else:
            p = parts or (('name', 'no') if chance(.8) else ('name',))
        segs = []
        if 'name' in p:
            segs.append(('%s%s的%s' if o else '%s %s %s') % (sch, cls, nm) if chance(.5) else ('名字%s' if o else '姓名%s') % nm)
        if 'no' in p:
            segs.append('学号%s' % no)
        return '，'.join(segs), p, ('学号' + no if 'no' in p else None)
    if name in ('permit', 'guide'):
        nm, no = v['name'], v['no']
        p = parts or (wpick([(('name', 'no'), 5), (('name',), 3), (('no',), 2)]) if o else ('name', 'no'))
        segs = []
        if 'name' in p:
            segs.append(('名字%s' if o else '持证人%s') % nm)
        if 'no' in p:
            segs.append(('证号%s' if name == 'guide' else '证件号%s') % (no if o or chance(.6) else no.lower()))
        return '，'.join(segs), p, (no if 'no' in p else None)
    if name == 'engrave':
        if o:
            return pick(['刻着“%s”', '内圈刻了“%s”', '上面刻有“%s”']) % v, ('full',), None
        return pick(['内侧刻有“%s”字样', '刻有“%s”', '背面刻“%s”']) % v, ('full',), None
    if name == 'weight':
        if o:
            return pick(['大概%s克', '%s克左右', '买的时候%s克']) % (int(round(v)) if chance(.6) else v), ('approx',), None
        return '称重约%s克' % round(v + R.uniform(-0.3, 0.3), 1), ('approx',), None
    if name == 'count' and obj['kind'] != '钥匙串':
        if v < 2:
            return None, (), None
        if o:
            return pick(['钥匙圈上还串着%d把别的钥匙', '连着另外%d把钥匙']) % (v - 1), ('exact',), None
        return pick(['另串有钥匙%d把', '同串另有钥匙%d把']) % (v - 1), ('exact',), None
    if name == 'count':
        if o:
            if parts and 'exact' in parts or chance(.6):
                return pick(['一共%d把钥匙', '%d把钥匙', '串着%d把']) % v if chance(.5) else '%s把钥匙' % cn_int(v), ('exact',), None
            return '%s%s把钥匙' % (cn_int(v), cn_int(v + 1)), ('approx',), None
        return pick(['共%d把', '钥匙%d把', '计%d把']) % v, ('exact',), None
    if name == 'name':
        kd = obj['kind']
        if o and kd == '银行卡':
            return pick(['背面签了名字“%s”', '签名栏写的是%s']) % v, ('full',), None
        if o:
            if obj['holder'] is not obj['owner']:
                return pick(['上面写着孩子名字%s', '写了%s的名字', '贴着名字贴“%s”']) % v, ('full',), None
            return pick(['上面写着我的名字%s', '写了名字%s', '贴着名字“%s”']) % v, ('full',), None
        if kd == '银行卡':
            return '背面签名“%s”' % v, ('full',), None
        return pick(['上有手写“%s”字样', '写有“%s”', '贴有名字贴“%s”']) % v, ('full',), None
    if name == 'numtail':
        if o:
            t = pick(['手机号尾号%s', '电话号码后四位%s', '号码尾数%s'])
            if obj['kind'] == '儿童电话手表':
                t = pick(['手表号码尾号%s', '手表里的卡尾号%s'])
            return t % v, ('full',), None
        return None, (), None
    if name in ('k_tag', 'c_room'):
        hs, room = v['hs'], v['room']
        if o:
            if name == 'k_tag':
                return pick(['是%s%s房的钥匙，挂着木牌', '%s的房间钥匙，房号%s', '钥匙牌上写着%s %s']) % (pick(hs), room), ('room',), '房号' + room
            return pick(['%s的房卡（%s房）', '%s%s房的房卡']) % (pick(hs), room), ('room',), None
        if name == 'k_tag':
            return pick(['挂有“%s %s”木牌', '钥匙牌写有“%s %s”']) % (hs[0], room), ('room',), room
        return pick(['%s房卡一张（%s）', '%s房卡一张，背面手写%s']) % (hs[0], room), ('room',), None
    raise KeyError(name)


MENTION_O = {'imei': .55, 'idcard': 1.0, 'c_id': .9, 'c_driver': .8, 'bank': .95, 'c_bank': .8, 'cash': .95,
             'c_cash': .9, 'plate': .8, 'frame': .5, 'fleet': .9, 'sn': .5, 'student': .97, 'permit': .9, 'guide': .95,
             'engrave': .8, 'weight': .6, 'count': .8, 'name': .8, 'numtail': .5, 'k_tag': .9, 'c_room': .8,
             'cash_cont': .95}
SEE_F = {'imei': .22, 'idcard': 1.0, 'c_id': 1.0, 'c_driver': .95, 'bank': 1.0, 'c_bank': .9, 'cash': 1.0,
         'c_cash': 1.0, 'plate': .95, 'frame': .55, 'fleet': .97, 'sn': .6, 'student': 1.0, 'permit': 1.0,
         'guide': 1.0, 'engrave': .6, 'weight': .3, 'count': .9, 'name': .9, 'numtail': 0.0, 'k_tag': .97,
         'c_room': .9}
PRIMARY = {'idcard', 'student', 'permit', 'guide', 'bank', 'cash', 'c_cash', 'cash_cont'}


def slot_class(name, obj):
    if name in ('idcard', 'student', 'permit', 'guide'):
        return 'feat'
    if name in ('imei', 'plate', 'frame', 'fleet', 'sn', 'k_tag') or \
            (name == 'bank' and obj['kind'] == '银行卡'):
        return 'serial'
    if name.startswith('c_') and obj['cat'] != 'cash':
        return 'content'
    if name in SPECIAL:
        return 'hidden' if name == 'numtail' else 'feat'
    if FEAT[name][3] < 0.35:
        return 'hidden'
    return 'feat'


def collect(obj, side, voice, force=None, pnote=0.7, limit=None):
    """what one side writes about the object: lists of phrases, shown slots, serial field"""
    out = dict(feat=[], content=[], serial=[], hidden=[], shown={}, serial_field=None, by={}, serial_src=None)
    force = force or {}
    sf = {}
    chosen, extra = [], []
    for name in list(obj['slots']):
        if name in force:
            fp = force[name]
            if side == 'f' and chance(.6):
                full = {'idcard': ('name', 'num'), 'c_id': ('name', 'num'), 'c_driver': ('name', 'num'),
                        'student': ('name', 'no'), 'permit': ('name', 'no'), 'guide': ('name', 'no')}.get(name)
                if full:
                    fp = tuple(sorted(set(fp) | set(full)))
            chosen.append((name, fp))
            continue
        if side == 'f' and name == 'weight' and voice != 'officer':
            continue
        if side == 'o':
            p = MENTION_O.get(name, .6 if (name in SPECIAL or FEAT[name][3] >= .35) else .7)
        else:
            vis = SEE_F.get(name) if name in SPECIAL else FEAT[name][3]
            p = vis * (1.0 if name in PRIMARY else pnote)
        if chance(p):
            extra.append((name, None))
    if limit is not None and len(extra) > limit:
        keep = sorted(R.sample(range(len(extra)), limit))
        extra = [extra[i] for i in keep]
    order = list(obj['slots'])
    for name, parts in sorted(chosen + extra, key=lambda x: order.index(x[0])):
        s = obj['slots'][name]
        text, pr, ser = sphrase(s, side, voice, obj, parts)
        if not text:
            continue
        cl = slot_class(name, obj)
        if side == 'f' and cl == 'hidden':
            cl = 'feat'
        out[cl].append(text)
        out['by'][name] = text
        out['shown'][name] = (skey(name, s['v']), pr)
        if ser:
            sf[name] = ser
    for name in SERIAL_SLOTS:
        if name in sf:
            out['serial_field'] = sf[name]
            out['serial_src'] = name
            break
    return out


# ---------------------------------------------------------------- words for the object itself
def brand_word(obj, side, voice):
    b = obj['brand']
    if not b:
        return None
    forms = BRANDS[b]
    if side == 'f':
        return pick(forms[1])
    if voice == 'tourist_en' and chance(.6):
        return forms[3]
    if voice != 'officer' and chance(.35 if voice == 'line' else .06):
        return pick(forms[2])
    if b == 'apple' and obj['kind'] == '手机' and chance(.3):
        return 'iPhone'
    return pick(forms[0])


def model_word(obj, side, voice):
    m = obj['model']
    if not m:
        return None
    if side == 'o':
        if not chance(.75):
            return None
        return pick([m, m, m.replace(' ', ''), m.lower(), m.lower().replace(' ', '')])
    p = {'ebike': .4, 'electronics': .4, 'bicycle': .3, 'phone': .08}.get(obj['cat'], 0)
    if obj['kind'] == '相机':
        p = .6
    if not chance(p):
        return None
    return ('疑似' if obj['cat'] == 'phone' else '') + m


CASE_COL = [('粉', '粉色'), ('黑', '黑色'), ('蓝', '蓝色'), ('绿', '绿色'), ('棕', '棕色'), ('白', '白色')]


def colour_word(obj, side, voice):
    fam = obj['family']
    if not fam:
        return None
    if side == 'o':
        if voice == 'tourist_en' and chance(.4):
            return COLOURS[fam][2]
        return obj['shade'] if chance(.65) else COLOURS[fam][0][0]
    if obj['kind'] == '手机' and 'case' in obj['slots'] and chance(.3):
        cv = obj['slots']['case']['v'][1]
        for ch, w in CASE_COL:
            if ch in cv:
                return w + '（手机壳）'
    return pick(COLOURS[fam][1])


def kind_word(obj, side, voice):
    k = obj['k']
    if side == 'f':
        return obj['f_kind'] or pick(k['f'])
    if voice in ELDERISH:
        return pick(k['elder'])
    return obj.get('o_kind') or pick(k['o'])


def head_phrase(cw, bw, mw, kw, side):
    if mw and mw.startswith('疑似'):
        return (cw or '') + (bw or '') + kw + '（%s）' % mw
    if bw and mw and (mw.lower().startswith(bw.lower()) or bw.lower() in mw.lower()):
        core = mw
    else:
        core = (bw or '') + ((' ' if bw and bw[-1].isascii() and mw[0].isascii() else '') + mw if mw else '')
    if core and core[-1].isascii() and core[-1].isalnum() and kw[0].isascii():
        core += ' '
    if side == 'f':
        return (cw or '') + core + kw
    x = R.random()
    if not cw:
        return core + kw if core else kw
    bare = cw[:-1] if cw.endswith('的') else cw
    if x < 0.55 or not core:
        return bare + ('的' if chance(.4) or cw.endswith('的') else '') + core + kw
    if x < 0.8:
        return '%s%s（%s）' % (core, kw, bare)
    return '%s%s，%s的' % (core, kw, bare)


def join_list(xs, sep='，'):
    return sep.join(x for x in xs if x)


def where_word(pk, voice, spot=False):
    pl = PLACES[pk]
    if voice in ('officer',):
        w = pl['map']
    elif voice in ELDERISH or voice in ('local', 'sanitation', 'fish_vendor', 'villager'):
        w = pl['local'] if chance(.8) else pl['tourist']
    elif voice == 'tourist_en':
        w = pl['py'] if chance(.5) else pl['tourist']
    else:
        w = pick([pl['tourist'], pl['tourist']] + pl['alts'])
    if spot and chance(.45):
        w += pick(pl['spots'])
    return w


# ---------------------------------------------------------------- lost reports
CLOSE_T = ['麻烦有人捡到联系我，万分感谢！', '捡到的好心人请交派出所，必有酬谢。', '里面的东西对我很重要，拜托了。',
           '我们过两天就要回{city}了，很着急。', '', '', '谢谢警察同志！', '有消息请电话联系，谢谢。', '拜托帮忙留意一下。']
CLOSE_E = ['伊真着急，拜托大家帮忙看看。', '有捡着的请交派出所，感谢。', '伊讲彼是孙仔买的，真要紧。', '拜托拜托。', '']
DISCOVER = ['回到民宿才', '上了车才', '准备付钱的时候', '过了一会儿', '晚上收拾东西时', '走出去没多远就', '回到住的地方']
DISCOVER_AT = {'ferry': '下了船才', 'beach_moon': '游完泳上来', 'beach_gold': '从海里上来', 'shuttle': '下了车才',
               'bus_terminal': '上了大巴才', 'night_market': '逛完夜市'}
SEXW = {True: '男', False: '女'}


def home_txt(p):
    if p['local']:
        return pick(['本镇', '海屿镇', '闽澄县']) + pick(['澳头村', '石埕村', '下洋村', '后厝村', '镇区', ''])
    return p['prov'] + p['city'] if p['prov'] not in p['city'] else p['city']


def rel_word(obj):
    h, o = obj['holder'], obj['owner']
    if h is o:
        return ''
    if h['role'] == 'kid':
        return pick(['儿子', '孩子']) if h['male'] else pick(['女儿', '孩子'])
    return obj.get('rel') or pick(['家人'])


def lost_body(rep, bits, cw, bw, mw, kw, show_feats, show_serial):
    obj, v, o = rep['obj'], rep['voice'], rep['obj']['owner']
    head = head_phrase(cw, bw, mw, kw, 'o')
    unit = obj['k']['unit']
    one = '' if obj.get('o_wrap') else '一' + unit
    if obj['cat'] == 'cash' and 'c_cash' in bits['by']:
        head = '现金' + bits['by']['c_cash']
    cont_src = list(bits['content'])
    if obj.get('o_wrap'):
        inner = head_phrase(cw, bw, mw, pick(obj['k']['o']), 'o')
        what = obj['o_wrap']
        if what == '现金' and 'c_cash' in bits['by']:
            what = bits['by']['c_cash']
            cont_src = [c for c in cont_src if c != bits['by']['c_cash']]
            if not what.startswith('现金'):
                what = '现金' + what.replace('现金', '')
        head = '%s（装在%s里）' % (what, inner)
        kw = obj['o_wrap']
    feats = [x for x in bits['feat'] if not (obj['cat'] == 'cash' and x == bits['by'].get('c_cash'))] if show_feats else []
    feats_s = join_list(feats)
    cont = cont_src
    cont_s = ('里面有' + '、'.join(cont)) if cont else ''
    ser_s = join_list(t for t in bits['serial'] if show_serial or t != bits['by'].get(bits['serial_src']))
    hid_s = join_list(bits['hidden'])
    when = window_txt(rep['wf'], rep['wt'], v)
    where = rep['where']
    act = rep['act']
    if act.startswith('在'):
        act = act[1:]
    city = o['city']
    rel = rel_word(obj)
    plain_kw = kw
    if rel and v not in ('officer',):
        kw = pick(['我%s的', '%s的']) % rel + kw
    trivial = head in (kw, plain_kw, '一' + unit + plain_kw)

    def hd(x):
        return '' if trivial else x
    S = []
    if v == 'tourist' or v == 'parent':
        who = ''
        if v == 'parent':
            who = pick(['带孩子出来玩，', '', '我家小孩', '孩子'])
        intro = pick(['', '', '我是%s来的游客，' % city, '国庆带家人来海屿玩，', '我们一家从%s过来旅游，' % city,
                      '本人%s，%s人，来旅游的。' % (o['name'], o['prov'])])
        if v == 'parent':
            intro = pick(['', '我们是%s来旅游的，' % city, '']) + who
        disc = DISCOVER_AT.get(rep['place'], pick(DISCOVER))
        near = '' if where.endswith('上') else '附近'
        S.append(intro + pick(['%s在%s%s的时候，把%s弄丢了。' % (when, where, act, kw),
                               '%s在%s%s，%s发现%s不见了。' % (when, where, act, disc, kw),
                               '%s，在%s%s丢了%s。' % (when, where, near, kw)]))
        S.append(hd(pick(['是%s%s。' % (one, head), '丢的是%s，' % head, '%s%s，' % (head, one)])))
        S += [feats_s + '。', cont_s + '。', ser_s + '。', hid_s + '。']
        close = [c for c in CLOSE_T if '里面' not in c] if obj['cat'] not in ('wallet', 'bag', 'phone', 'electronics') else CLOSE_T
        S.append(pick(close).format(city=city))
    elif v == 'tourist_en':
        S.append(pick(['%s在%s%s的时候丢了%s！' % (when, where, act, head),
                       '%s lost my %s @%s，' % (when, head, where),
                       '来海屿旅游，%s在%s把%s弄丢了，' % (when, where, head)]))
        S += [feats_s + '。', cont_s + '。', ser_s + '。', hid_s + '。']
        S.append(pick(['pls捡到的联系我，thanks！', '求好心人帮忙！！', '有人看到吗，thx', '感谢感谢🙏', '']))
    elif v == 'officer':
        nm = o['name']
        lead = pick(['报失人%s（%s，%d岁，%s人）称：其于' % (nm, SEXW[o['male']], o['age'], home_txt(o)),
                     '%s（%s）来所报称：其于' % (nm, home_txt(o) + ('游客' if not o['local'] else '居民')),
                     '报失人%s称，' % nm])
        obj_s = ('其%s的' % rel if rel else '') + head
        S.append('%s%s在%s%s时，不慎遗失%s%s。' % (lead, when, where, act, obj_s, one))
        if feats_s:
            S.append(pick(['物品特征：', '该物品', '']) + feats_s + '。')
        if cont:
            S.append('内有' + '、'.join(cont) + '。')
        S.append(ser_s + '。')
        if hid_s:
            S.append('据报失人称，' + hid_s + '。')
    elif v == 'elder_typed':
        eref = pick(['阿公', '阿伯']) if o['male'] else pick(['阿嬷', '阿婶'])
        helper = pick(['隔壁厝边', '孙仔', '村里网格员', '外甥'])
        S.append(pick(['我是%s的%s，帮伊打字。%s讲伊%s在%s%s，%s拍毋见了。' % (eref, helper, eref, when, where, act, kw),
                       '帮阮%s报失：伊%s在%s%s，转来才知影%s拍无去了。' % (eref, when, where, act, kw),
                       '%s%s在%s%s，%s毋知落在哪里，是阮%s替伊打字。' % (eref, when, where, act, kw, helper)]))
        S.append(hd(pick(['是%s，' % head, '%s%s，' % (head, one)] + ([''] if obj['cat'] != 'cash' else []))))
        S += [feats_s + '。', cont_s + '。', ser_s + '。', hid_s + '。']
        S.append(pick(CLOSE_E))
    elif v == 'fisher':
        S.append(pick(['阮是讨海的，%s船靠%s，%s的时候%s落去了，毋知落在哪。' % (when, where, act, kw),
                       '讨海人，%s在%s%s，%s拍毋见了。' % (when, where, act, kw),
                       '我是澳头的渔民，%s在%s忙，%s弄丢了。' % (when, where, kw)]))
        S.append(hd(pick(['是%s，' % head, '%s，' % head])))
        S += [feats_s + '。', cont_s + '。', ser_s + '。', hid_s + '。']
        S.append(pick(['有人捡到麻烦交派出所。', '拜托了。', '']))
    elif v == 'local':
        S.append(pick(['我是%s这边的，%s%s，%s丢了。' % (PLACES[rep['place']]['local'], when, act, kw),
                       '%s在%s%s，%s不见了。' % (when, where, act, kw),
                       '本地人，%s在%s丢了%s。' % (when, where, kw)]))
        S.append(hd(pick(['是%s，' % head, '%s%s，' % (head, one)])))
        S += [feats_s + '。', cont_s + '。', ser_s + '。', hid_s + '。']
        S.append(pick(['谢谢。', '', '捡到的请联系。']))
    elif v == 'homestay':
        hs = pick(rep['homestay'][0])
        gname = o['name'] if chance(.5) else masked_name(o['name'])
        S.append('我是%s的老板，帮住店客人%s（%s人）报个失。客人%s在%s%s，回来发现%s不见了。' % (
            hs, gname, o['city'], when, where, act, kw))
        S.append(hd(pick(['是%s，' % head, '%s%s，' % (head, one)])))
        S += [feats_s + '。', cont_s + '。', ser_s + '。', hid_s + '。']
        S.append(pick(['客人明天退房，有消息请联系民宿。', '客人已经回%s了，找到可以寄过去。' % city, '麻烦了。']))
    elif v == 'guide':
        ag = rep['agency']
        rel = pick(['阿姨', '大叔', '小姑娘', '游客', '老人家'])
        S.append('我是%s的导游，带的%s团里有位%s（%s）%s在%s%s时丢了%s。' % (
            ag, city, rel, o['name'] if chance(.6) else masked_name(o['name']), when, where, act, kw))
        S.append(hd(pick(['是%s，' % head, '%s，' % head])))
        S += [feats_s + '。', cont_s + '。', ser_s + '。', hid_s + '。']
        S.append(pick(['团明天离开海屿，找到请联系我。', '麻烦帮忙留意。', '']))
    elif v == 'guide_own':
        S.append('本人是%s导游%s，%s带团在%s%s时把%s落下了。' % (rep['agency'], o['name'], when, where, act, kw))
        S.append(hd('是%s，' % head))
        S += [feats_s + '。', ser_s + '。', hid_s + '。']
        S.append(pick(['上团要用，急。', '谢谢。']))
    elif v == 'rental':
        shop = obj['slots']['fleet']['v']['shop'] if 'fleet' in obj['slots'] else pick(RENTALS)[0]
        S.append(pick(['我是%s的店员，店里一台%s%s租给一位游客，游客说停在%s%s，回来车就不见了。' % (shop, head, when, where, act),
                       '%s报失：%s出租的%s在%s被人骑走或者停丢了，游客说%s以后就找不到了。' % (shop, when, head, where, act)]))
        S += [ser_s + '。', feats_s + '。', hid_s + '。']
        S.append(pick(['车上有定位但是没电了。', '请帮忙留意。', '']))
    elif v == 'line':
        first = (feats + cont + bits['serial'])[:1]
        S.append(pick(['%s丢了%s%s' % (where, head, '，' + first[0] if first else ''),
                       '%s %s遗失%s%s %s' % (when, where, kw, one, first[0] if first else ''),
                       '捡到%s的请联系！在%s丢的%s' % (head.rstrip('的'), where, ' ' + first[0] if first else '')]))
        S.append(pick(['急', '急急急', '', '谢谢']))
        return typo(tidy(join_list(S, '')), n=R.choice([1, 1, 2]))
    body = tidy(join_list(S, ''))
    if v != 'officer' and chance(.05):
        body = typo(body)
    return body


def voice_for(role):
    if role in ('tourist', 'student'):
        return wpick([('tourist', 40), ('tourist_en', 12), ('officer', 25), ('line', 7), ('guide', 6), ('homestay', 10)])
    if role == 'elder':
        return wpick([('elder_typed', 50), ('officer', 50)])
    if role == 'fisher':
        return wpick([('fisher', 50), ('officer', 40), ('line', 10)])
    if role == 'local':
        return wpick([('local', 45), ('officer', 40), ('line', 15)])
    if role == 'rental':
        return wpick([('rental', 70), ('officer', 30)])
    if role == 'kid':
        return wpick([('parent', 55), ('officer', 35), ('line', 10)])
    if role == 'guide':
        return 'guide_own'
    return 'tourist'


def render_lost(rep):
    obj, v = rep['obj'], rep['voice']
    bits = collect(obj, 'o', v, force=obj.get('force_o'), limit=1 if v == 'line' else None)
    if obj['cat'] == 'cash' and 'c_cash' in obj['slots'] and 'c_cash' not in bits['by']:
        t, p, _ = sphrase(obj['slots']['c_cash'], 'o', v, obj)
        bits['by']['c_cash'] = t
        bits['shown']['c_cash'] = (skey('c_cash', obj['slots']['c_cash']['v']), p)
    cw = colour_word(obj, 'o', v) if obj['family'] and chance(.9 if v != 'line' else .6) else None
    bw = brand_word(obj, 'o', v) if chance(.92) else None
    mw = model_word(obj, 'o', v)
    kw = kind_word(obj, 'o', v)
    fill = rep['fill']
    rec = dict(key=None, category=obj['cat_o'])
    fld = {}
    if fill == 'full':
        pf = 1.0
    elif fill == 'some':
        pf = 0.5
    else:
        pf = 0.0
    if cw and chance(pf * (.4 if obj['cat'] == 'cash' else 1)):
        fld['color'] = (cw if chance(.6) else colour_word(obj, 'o', v)).rstrip('的')
    if bw and chance(pf):
        fld['brand'] = bw
    if mw and chance(pf):
        fld['model'] = mw
    if bits['serial_field'] and chance(pf * 0.95):
        fld['serial'] = bits['serial_field']
    marks = bits['feat'] + bits['content'] + bits['hidden']
    if obj['cat'] == 'cash':
        marks = [m for m in marks if m != bits['by'].get('c_cash')]
    if marks and chance(pf * 0.9):
        fld['marks'] = pick(['；', '，'])[0].join(marks)
    if chance(pf * 0.95 if fill != 'body' else 0.3) and v != 'line':
        fld['address'] = rep['addr']
    show_feats = 'marks' not in fld or chance(.5)
    show_serial = 'serial' not in fld or chance(.6)
    body = lost_body(rep, bits, cw, bw, mw, kw, show_feats, show_serial)
    if len(body) > 600:
        body = lost_body(rep, bits, cw, bw, mw, kw, False, False)
    if len(body) > 600:
        body = body[:598] + '。'
    rec['body'] = body
    for f in ('color', 'brand', 'model', 'serial'):
        if f in fld:
            rec[f] = fld[f][:60]
    if 'marks' in fld:
        rec['marks'] = fld['marks'][:500]
    if 'address' in fld:
        rec['address'] = fld['address'][:60]
    pc = {'officer': .45, 'tourist': .3, 'tourist_en': .35, 'homestay': .2, 'guide': .2, 'rental': .4}.get(v, .1)
    if fill in ('full', 'some') and rep['place'] != 'ferry' and chance(pc):
        rec['lat'], rec['lon'] = jitter(rep['place'])
    rec['lost_from_min'] = mins(rep['wf'])
    rec['lost_to_min'] = mins(rep['wt'])
    rec['truth'] = None
    rep['rec'] = rec
    rep['shown'] = bits['shown']
    rep['said_family'] = obj['family'] if (cw or 'color' in rec) else None
    rep['said_brand'] = obj['brand'] if (bw or 'brand' in rec) else None
    return rec


# ---------------------------------------------------------------- found registrations
FINDERS_AT = {
    'pier': ['ferry_crew', 'station_staff', 'tourist_finder', 'sanitation'], 'ferry': ['ferry_crew'],
    'island_pier': ['ferry_crew', 'villager', 'tourist_finder'],
    'island_village': ['villager', 'restaurant_staff', 'tourist_finder'],
    'beach_moon': ['sanitation', 'lifeguard', 'tourist_finder'], 'beach_gold': ['sanitation', 'lifeguard', 'tourist_finder'],
    'night_market': ['stall_owner', 'sanitation', 'tourist_finder'], 'old_street': ['shop_owner', 'tourist_finder', 'sanitation'],
    'temple': ['temple_volunteer', 'tourist_finder', 'villager'], 'homestay_village': ['homestay_owner', 'villager'],
    'lighthouse': ['scenic_staff', 'tourist_finder', 'sanitation'], 'shuttle': ['shuttle_driver'],
    'shuttle_hub': ['scenic_staff', 'shuttle_driver'], 'health': ['nurse'],
    'fish_market': ['fish_vendor', 'fisher', 'sanitation'], 'seafood_row': ['restaurant_staff'], 'school': ['teacher'],
    'bus_terminal': ['station_staff'], 'supermarket': ['shop_staff'], 'trail': ['tourist_finder', 'villager', 'sanitation'],
    'village_aotou': ['villager', 'fisher'], 'village_shicheng': ['villager', 'tourist_finder'],
    'village_xiayang': ['villager'], 'island_road': ['sanitation', 'tourist_finder', 'patrol'],
    'rental_pier': ['rental_staff'], 'rental_beach': ['rental_staff'],
    'county_bus': ['station_staff'], 'chengjiang': ['tourist_finder', 'patrol', 'villager'],
    'county_square': ['sanitation', 'tourist_finder'],
}
ROLE_VOICE = {'sanitation': 'sanitation', 'villager': 'villager', 'fish_vendor': 'fish_vendor', 'fisher': 'fisher'}


def role_desc(role, fd):
    return {'sanitation': '环卫工', 'lifeguard': '救生员', 'ferry_crew': fd.get('boat', '鹭鸣3号') + '船员',
            'shuttle_driver': '观光车司机', 'stall_owner': '夜市摊主', 'tourist_finder': '游客',
            'temple_volunteer': '天后宫义工', 'homestay_owner': fd['homestay'][0][0] + '民宿老板',
            'rental_staff': fd['shop'] + '店员', 'patrol': '巡逻辅警', 'nurse': '卫生院护士', 'teacher': '中心校老师',
            'station_staff': '客运站工作人员', 'fish_vendor': '鱼市摊主', 'villager': '村民', 'shop_owner': '老街店主',
            'restaurant_staff': '排档服务员', 'scenic_staff': '景区工作人员', 'shop_staff': '超市收银员',
            'fisher': '渔民'}[role]


def ftime_txt(dt, voice):
    if voice == 'officer':
        return '%s%d时%02d分许' % (date_txt(dt, 'officer'), dt.hour, dt.minute)
    return date_txt(dt, voice) + clock(dt, voice)


def obj_is_vehicle(fd):
    return fd['obj']['cat_f'] in VEHICLE


def found_spot(fd):
    pk, role = fd['place'], fd['role']
    if role == 'homestay_owner':
        return pick(['房间床底下', '卫生间洗手台上', '院子茶桌上', '房间抽屉里', '楼梯口'])
    if obj_is_vehicle(fd):
        return pick(VEH_SPOTS)
    if role == 'rental_staff':
        return pick(['车筐里', '座桶里', '脚踏板上', '还车处地上'])
    if pk == 'ferry':
        return fd['boat'] + pick(PLACES['ferry']['spots'])
    if pk == 'shuttle':
        return pick(SHUTTLE_LINES) + pick(['07号车', '12号车', '03号车', '']) + pick(PLACES['shuttle']['spots'])
    return pick(PLACES[pk]['spots'])


def found_body(fd, bits, cw, bw, mw, kw):
    obj, v, role = fd['obj'], fd['voice'], fd['role']
    unit = obj.get('f_unit') or obj['k']['unit']
    head = head_phrase(None if obj['cat'] == 'cash' else cw, bw, mw, kw, 'f')
    feats_s = join_list(bits['feat'] + bits['hidden'])
    cont = bits['content']
    cont_s = ('内有' + '、'.join(cont)) if cont else ''
    ser_s = join_list(t for t in bits['serial'] if fd['show_serial'] or t != bits['by'].get(bits['serial_src']))
    when = ftime_txt(fd['t'], v if v == 'officer' else ROLE_VOICE.get(role, 'tourist'))
    pl = PLACES[fd['place']]
    spot = fd['spot']
    fname = fd['finder']['name'] if chance(.5) else masked_name(fd['finder']['name'])
    rd = role_desc(role, fd)
    vehicle = obj['cat_f'] in ('ebike', 'bicycle')
    S = []
    if v == 'officer':
        wm = pl['map'] if fd['place'] not in ('ferry', 'shuttle') else pl['map'] + '（%s）' % spot
        spot_o = '' if fd['place'] in ('ferry', 'shuttle') else spot
        if vehicle and role == 'patrol':
            S.append('%s，民警巡逻至%s%s发现%s一%s无人看管，' % (when, wm, spot_o, head, unit))
        elif vehicle:
            S.append('%s，%s%s报称在%s%s发现%s一%s停放多日无人认领，民警到场后拖回所内。' % (
                when, rd, fname, wm, spot_o, head, unit))
        else:
            S.append(pick(['%s，拾得人%s（%s）在%s%s拾得%s一%s，交至本所。' % (when, fname, rd, wm, spot_o, head, unit),
                           '拾得人%s%s交来：%s在%s%s捡到%s。' % (rd, fname, when, wm, spot_o, head),
                           '%s，%s%s将在%s%s拾到的%s送至派出所阳光坐席，暂存待领。' % (when, rd, fname, wm, spot_o, head)]))
        if feats_s:
            S.append(pick(['特征：', '', '经查看，']) + feats_s + '。')
        S.append(cont_s + '。')
        S.append(ser_s + '。')
        if vehicle and role == 'patrol':
            S.append(pick(['经周边询问无人认领，已拖回所内。', '暂扣待领。']))
        return tidy(join_list(S, ''))
    wl = where_word(fd['place'], ROLE_VOICE.get(role, 'tourist'))
    desc = join_list([feats_s, cont_s, ser_s])
    if vehicle and role == 'villager':
        S.append(pick(['阮%s讲%s%s有一%s%s停几若工无人骑，%s，叫我报派出所。' % (
            pick(['阿公', '阿伯', '阿嬷']), wl, spot, unit, kw, desc),
            '村民：%s在%s%s看到一%s%s停了好几天没人动，%s，打电话报了派出所。' % (when, wl, spot, unit, head, desc)]))
    elif vehicle and role == 'sanitation':
        S.append('我是镇环卫所的，%s扫%s时看到%s有一%s%s停了好几天，%s，报给派出所。' % (when, wl, spot, unit, head, desc))
    elif role == 'sanitation':
        S.append('我是镇环卫所的，%s扫%s的时候在%s捡到%s，%s，交派出所。' % (when, wl, spot, head, desc))
    elif role == 'lifeguard':
        S.append('%s救生员：%s巡查时在%s拾到%s，%s。' % (wl, when, spot, head, desc))
    elif role == 'ferry_crew':
        if fd['place'] == 'ferry':
            S.append('%s船员：%s%s清舱时在%s发现%s，%s。已交码头值班室转派出所。' % (
                fd['boat'], when, pick(['末班船靠岸后', '到鹭鸣屿后', '回到海屿后', '']), spot, head, desc))
        else:
            S.append('%s船员：%s在%s%s捡到%s，%s，交码头值班室。' % (fd['boat'], when, wl, spot, head, desc))
    elif role == 'shuttle_driver':
        S.append('观光车司机%s收车检查时，在%s发现%s，%s。' % (when, spot, head, desc))
    elif role == 'stall_owner':
        S.append('我在%s摆摊卖%s，%s收摊时在%s捡到%s，%s，一直没人回来找，送过来。' % (wl, pick(STALL_GOODS), when, spot, head, desc))
    elif role == 'tourist_finder':
        S.append(pick(['我是游客，%s在%s%s捡到%s，%s，交给警察处理。' % (when, wl, spot, head, desc),
                       '%s路过%s时在%s捡到一%s%s，%s。希望失主早点找到。' % (when, wl, spot, unit, head, desc)]))
    elif role == 'temple_volunteer':
        S.append('天后宫义工%s在%s捡到%s，%s。' % (when, spot, head, desc))
    elif role == 'homestay_owner':
        S.append('我是%s老板，%s打扫时在%s发现客人遗留的%s，%s，登记的客人电话打不通。' % (
            pick(fd['homestay'][0]), when, spot, head, desc))
    elif role == 'rental_staff':
        S.append('%s店员：%s客人还车后在%s发现%s，%s，不知道是哪位客人的。' % (fd['shop'], when, spot, head, desc))
    elif role == 'patrol':
        if vehicle:
            S.append('%s巡逻至%s%s，发现%s停放多日无人看管，%s，经周边询问无人认领，已拖回所内。' % (when, wl, spot, head, desc))
        else:
            S.append('%s巡逻时在%s%s拾得%s，%s。' % (when, wl, spot, head, desc))
    elif role == 'nurse':
        S.append('卫生院护士%s在%s拾得%s，%s。' % (when, spot, head, desc))
    elif role == 'teacher':
        S.append('中心校老师%s在%s捡到%s，%s。' % (when, spot, head, desc))
    elif role == 'station_staff':
        S.append('%s工作人员%s在%s拾得%s，%s。' % (pl['tourist'], when, spot, head, desc))
    elif role == 'fish_vendor':
        S.append('鱼市摊主%s收拾摊位时在%s捡到%s，%s。' % (when, spot, head, desc))
    elif role == 'villager':
        eref = pick(['阿公', '阿嬷', '阿伯'])
        S.append(pick(['阮%s%s在%s%s捡着一%s%s，%s，叫我打字交派出所。' % (eref, when, wl, spot, unit, kw, desc),
                       '村民%s在%s%s捡到%s，%s。' % (when, wl, spot, head, desc)]))
    elif role == 'shop_owner':
        S.append('老街%s店主%s在%s捡到%s，%s。' % (pick(SHOPS), when, spot, head, desc))
    elif role == 'restaurant_staff':
        S.append('%s服务员%s收桌时在%s发现%s，%s。' % (pick(RESTAURANTS), when, spot, head, desc))
    elif role == 'scenic_staff':
        S.append('景区工作人员%s在%s拾得%s，%s。' % (when, spot, head, desc))
    elif role == 'shop_staff':
        S.append('佳家超市收银员%s在%s捡到%s，%s。' % (when, spot, head, desc))
    elif role == 'fisher':
        S.append('讨海人%s在%s%s捡着%s，%s，交来。' % (when, wl, spot, head, desc))
    else:
        raise KeyError(role)
    return tidy(join_list(S, ''))


BRAND_SEEN = {'phone': .85, 'wallet': .6, 'bag': .7, 'electronics': .85, 'jewelry': .5, 'ebike': .95, 'bicycle': .9,
              'keys': .9, 'other': .6, 'id_doc': 0, 'cash': 0}


def render_found(fd):
    obj = fd['obj']
    role = fd['role']
    v = fd['voice']
    pnote = .8 if v == 'officer' else (.45 if role == 'tourist_finder' else .6)
    bits = collect(obj, 'f', v, force=fd.get('force'), pnote=pnote)
    cw = colour_word(obj, 'f', v) if obj['family'] and chance(.9) else None
    bw = brand_word(obj, 'f', v) if obj['brand'] and chance(BRAND_SEEN[obj['cat']]) else None
    if fd.get('force_brand') and obj['brand']:
        bw = brand_word(obj, 'f', v)
    mw = model_word(obj, 'f', v)
    kw = kind_word(obj, 'f', v)
    fd['spot'] = found_spot(fd)
    hcw = None if cw and '（' in cw else cw
    officer = v == 'officer'
    pf = .85 if officer else .45
    rec = dict(key=None, category=obj['cat_f'])
    fld = {}
    if cw and chance(pf):
        fld['color'] = cw
    if bw and chance(pf):
        fld['brand'] = bw
    if mw and chance(pf):
        fld['model'] = mw.replace('疑似', '')
    if bits['serial_field'] and chance(.9 if officer else .5):
        fld['serial'] = bits['serial_field']
    marks = bits['feat'] + bits['hidden'] + bits['content']
    if marks and chance(pf):
        fld['marks'] = '；'.join(marks)
    fd['show_serial'] = 'serial' not in fld or chance(.6) or fd.get('force')
    body = found_body(fd, bits, hcw, bw, mw, kw)
    if len(body) > 600:
        body = body[:598] + '。'
    rec['body'] = body
    for f in ('color', 'brand', 'model', 'serial'):
        if f in fld:
            rec[f] = fld[f][:60]
    if 'marks' in fld:
        rec['marks'] = fld['marks'][:500]
    if chance(.95 if officer else .5):
        pk = fd['place']
        w = PLACES[pk]['map'] if officer else where_word(pk, ROLE_VOICE.get(role, 'tourist'))
        if pk not in ('ferry', 'shuttle'):
            w += fd['spot'] if chance(.5) else ''
        else:
            w = (PLACES[pk]['map'] if officer else w) + ' ' + fd['spot']
        rec['address'] = w[:60]
    if chance(.6 if officer else .25):
        pk = {'ferry': fd.get('handed', 'pier'), 'shuttle': 'shuttle_hub'}.get(fd['place'], fd['place'])
        rec['lat'], rec['lon'] = jitter(pk)
    rec['found_at_min'] = mins(fd['t'])
    fd['rec'] = rec
    fd['shown'] = bits['shown']
    fd['said_family'] = obj['family'] if (cw or 'color' in rec) else None
    fd['said_brand'] = obj['brand'] if (bw or 'brand' in rec) else None
    return rec


ROLE_HOURS = {'sanitation': [(5, 9), (14, 17)], 'teacher': [(7, 17.5)], 'fish_vendor': [(5, 12)],
              'ferry_crew': [(7, 19)], 'shuttle_driver': [(8, 19)], 'nurse': [(7.5, 17.5)], 'scenic_staff': [(8, 18.5)],
              'lifeguard': [(7, 18.5)], 'stall_owner': [(21.5, 23.9)], 'homestay_owner': [(8, 20)],
              'rental_staff': [(8, 20)], 'station_staff': [(6.5, 19.5)], 'shop_owner': [(9, 22)],
              'restaurant_staff': [(11, 23.9)], 'shop_staff': [(8, 22)], 'temple_volunteer': [(7, 21)],
              'villager': [(6, 19)], 'fisher': [(5, 18)], 'tourist_finder': [(7, 23)]}


def fit_hours(t, role, latest=None):
    spans = ROLE_HOURS.get(role)
    if not spans:
        return t
    hf = t.hour + t.minute / 60.0
    if any(lo <= hf < hi for lo, hi in spans):
        return t
    day0 = t.replace(hour=0, minute=0, second=0)
    starts = sorted(day0 + dd * DAY + int(lo * 60) * MIN for dd in (0, 1) for lo, hi in spans
                    if day0 + dd * DAY + int(lo * 60) * MIN > t)
    nt = starts[0] + R.randrange(5, 80) * MIN
    lim = NOW - 20 * MIN if latest is None else min(latest, NOW - 20 * MIN)
    if nt <= lim:
        return nt
    if latest is not None:
        ends = sorted(day0 + dd * DAY + int(hi * 60) * MIN for dd in (-1, 0) for lo, hi in spans
                      if day0 + dd * DAY + int(hi * 60) * MIN < t)
        return ends[-1] - R.randrange(5, 80) * MIN
    return t


VEH_SPOTS = ['路边', '停车场', '巷子口', '大树下', '公厕旁空地', '路口', '围墙边']


def make_fd(obj, place, t, force=None, role=None, voice=None, latest=None):
    if role is None:
        if obj['cat_f'] in VEHICLE and place not in ('rental_pier', 'rental_beach'):
            role = 'patrol' if chance(.6) else pick(['villager', 'sanitation'])
        else:
            role = pick(FINDERS_AT[place])
    t = fit_hours(t, role, latest)
    if voice is None:
        voice = 'officer' if chance(.5) else role
    fd = dict(obj=obj, place=place, t=t, role=role, voice=voice, force=force,
              finder=person('tourist' if role == 'tourist_finder' else 'local'),
              boat=pick(BOATS), homestay=pick(HOMESTAYS), handed=pick(['pier', 'island_pier']))
    shop = [r for r in RENTALS if r[2] == place]
    fd['shop'] = shop[0][0] if shop else pick(RENTALS)[0]
    return fd


# ---------------------------------------------------------------- reports and their true items
PLAN = [('phone', 45, 15), ('id_doc', 40, 12), ('wallet', 33, 11), ('keys', 30, 10), ('bag', 30, 10),
        ('electronics', 30, 10), ('jewelry', 18, 8), ('ebike', 18, 6), ('bicycle', 13, 5), ('cash', 13, 7),
        ('other', 30, 6)]
# four objects that the owner and the finder file under different categories
XCAT = {('id_doc', 0): 'cardpack', ('cash', 0): 'waistbag', ('electronics', 0): 'watchphone',
        ('electronics', 1): 'camerabag'}
VEHICLE = ('ebike', 'bicycle')


def pick_kind(cat):
    return wpick([(k, k['w']) for k in KINDS if k['cat'] == cat])


def role_for(k):
    w = k['who']
    if w == 'elder':
        return 'elder'
    if w == 'fisher':
        return 'fisher' if chance(.6) else 'tourist'
    if w in ('kid', 'guide', 'rental', 'tourist'):
        return w
    if w == 'student':
        return 'student' if chance(.6) else 'kid'
    if w == 'local':
        return wpick([('local', 5), ('elder', 2), ('fisher', 2)])
    return wpick([('tourist', 62), ('local', 16), ('elder', 12), ('fisher', 6), ('student', 4)])


def make_owner(role):
    if role == 'kid':
        parent = person('tourist' if chance(.7) else 'local')
        kid = person('kid')
        kid['name'] = kid_name(parent['name'][0])
        for f in ('local', 'prov', 'city'):
            kid[f] = parent[f]
        return parent, kid
    if role == 'guide':
        p = person('local')
        p['role'] = 'guide'
        return p, p
    p = person(role)
    return p, p


def choose_place(k, role, holder):
    kind = k['kind']
    if kind == '租赁电动车':
        return wpick([('island_road', 6), ('beach_gold', 3), ('lighthouse', 2), ('night_market', 2), ('pier', 2),
                      ('island_village', 1)])
    if kind == '景区租赁自行车':
        return wpick([('island_road', 5), ('lighthouse', 3), ('beach_gold', 2), ('shuttle_hub', 2)])
    if k['cat'] in VEHICLE:
        return wpick(PARK_PLACES)
    if kind in ('钓鱼竿', '钓具包'):
        return wpick([('pier', 3), ('fish_market', 2), ('island_pier', 2), ('village_aotou', 2), ('beach_moon', 2)])
    if role == 'kid':
        pl = [('beach_moon', 3), ('beach_gold', 2), ('night_market', 3), ('temple', 2), ('health', 1),
              ('old_street', 2), ('island_village', 1), ('lighthouse', 1)]
        if holder['local']:
            pl.append(('school', 8))
        return wpick(pl)
    if role in ('elder', 'fisher', 'local'):
        return wpick(LOCAL_PLACES)
    return wpick(TOURIST_PLACES)


WSTYLE = {'officer': [('tight', 35), ('part', 35), ('day', 20), ('multi', 10)],
          'tourist': [('tight', 30), ('part', 35), ('day', 25), ('multi', 10)],
          'tourist_en': [('tight', 40), ('part', 35), ('day', 20), ('multi', 5)],
          'elder_typed': [('tight', 10), ('part', 40), ('day', 50)],
          'fisher': [('part', 5), ('day', 5)], 'homestay': [('day', 5), ('multi', 5)],
          'line': [('tight', 3), ('part', 5), ('day', 2)], 'rental': [('part', 3), ('day', 5), ('multi', 2)],
          'parent': [('tight', 3), ('part', 4), ('day', 3)], 'guide': [('tight', 3), ('part', 5), ('day', 2)],
          'guide_own': [('tight', 3), ('part', 5), ('day', 2)], 'local': [('tight', 3), ('part', 4), ('day', 3)]}


ACT_HOURS = {'吃宵夜': (20.5, 24), '看日落': (16.5, 19.6), '看日出': (5, 7.5), '送孩子上学': (6.5, 8.5),
             '接孩子放学': (15.5, 18), '接孙仔': (15.5, 18), '送孙仔': (6.5, 8.5), '等回程的船': (12, 19), '吃海鲜': (10.5, 24)}


def act_fits(a, t):
    if a not in ACT_HOURS:
        return True
    lo, hi = ACT_HOURS[a]
    return lo <= t.hour + t.minute / 60.0 < hi


def activity(pk, voice, obj, t):
    pl = PLACES[pk]
    if obj['cat'] in VEHICLE:
        if obj['kind'] in ('租赁电动车', '景区租赁自行车'):
            return pick(['停车拍照', '停车去吃东西', '把车停在路边去玩水', '停车看海'])
        return pick(['把车停在路边去办事', '停好车去买东西', '停车进去', '锁好车去吃东西'])
    if voice in ELDERISH and pl['elder_acts']:
        acts = [a for a in pl['elder_acts'] if act_fits(a, t)]
        return pick(acts) if acts else '办事'
    if voice in ELDERISH:
        return '办事'
    acts = [a for a in pl['acts'] if act_fits(a, t)]
    return pick(acts) if acts else pick(['路过', '经过', '在那边走走'])


def where_for(pk, voice, boat, vehicle=False):
    if pk == 'ferry':
        if voice == 'officer':
            return '%s%s客船上' % (PLACES['ferry']['map'], boat)
        return pick([boat + '上', '渡船上', '轮渡上', boat + '渡船上'])
    if pk == 'shuttle':
        if voice == 'officer':
            return PLACES['shuttle']['map'] + '车上'
        return pick(['观光车上', '景区接驳车上', pick(SHUTTLE_LINES) + '观光车上'])
    if vehicle:
        if pk in ('health', 'supermarket', 'school', 'bus_terminal', 'temple', 'fish_market'):
            return where_word(pk, voice) + pick(['门口', '门口', '旁边'])
        return where_word(pk, voice) + pick(['路边', '旁边', ''])
    return where_word(pk, voice, spot=True)


def found_place_for(obj, place):
    if obj['cat'] in VEHICLE:
        if chance(.25) and place not in ('ferry', 'shuttle', 'island_road'):
            return place
        cands = [p for p in TOWN if p not in ('ferry', 'shuttle', 'rental_pier', 'rental_beach', place)
                 and dist_km(p, place) <= 3.2]
        if obj['kind'] == '租赁电动车' and place in ('island_village', 'island_pier'):
            cands = ['island_village', 'island_pier']
        return pick(sorted(cands))
    return wpick(FLOWS[place])


def build_report(cat, true, xcat=None):
    if xcat == 'cardpack':
        k = KIND_BY['卡包']
    elif xcat == 'waistbag':
        k = KIND_BY['腰包']
    elif xcat == 'watchphone':
        k = KIND_BY['儿童电话手表']
    elif xcat == 'camerabag':
        k = KIND_BY['相机']
    else:
        k = pick_kind(cat)
    role = role_for(k)
    owner, holder = make_owner(role)
    extra = {}
    if role == 'rental':
        extra['shop'] = pick(RENTALS)
    if k['cat'] == 'id_doc' and k['kind'] in ('身份证', '社保卡', '驾驶证', '港澳通行证') and role not in ('kid',) \
            and chance(.15):
        rel = pick(['母亲', '父亲', '老伴', '妻子', '丈夫'])
        holder = person('elder' if rel in ('母亲', '父亲', '老伴') else 'tourist')
        extra['rel'] = rel
    obj = make_obj(k, owner, holder, extra=extra)
    if xcat == 'cardpack':
        for n in ('c_id', 'c_bank'):
            obj['slots'].setdefault(n, make_slot(n, obj))
        obj['cat_o'], obj['o_wrap'] = 'id_doc', '身份证和银行卡'
        obj['force_o'] = {'c_id': ('name',) if chance(.5) else ('name', 'num')}
    elif xcat == 'waistbag':
        obj['slots'].setdefault('c_cash', make_slot('c_cash', obj))
        obj['cat_o'], obj['o_wrap'] = 'cash', '现金'
        obj['force_o'] = {'c_cash': None}
    elif xcat == 'watchphone':
        obj['cat_f'], obj['f_kind'] = 'phone', pick(['儿童手表手机', '儿童电话手表（手机）', '手表式手机'])
    elif xcat == 'camerabag':
        obj['cat_f'], obj['f_kind'], obj['f_unit'] = 'bag', pick(['相机包（内有相机一台）', '摄影包（内装相机）']), '个'
    place = choose_place(k, role, holder)
    t = loss_time(place)
    voice = voice_for(role)
    style = wpick([('part', 4), ('day', 4), ('multi', 2)]) if k['cat'] in VEHICLE else wpick(WSTYLE[voice])
    wf, wt = make_window(t, style)
    boat = pick(BOATS)
    rep = dict(obj=obj, place=place, place2=None, voice=voice, wf=wf, wt=wt, t=t, true=true, boat=boat,
               homestay=pick(HOMESTAYS), agency=pick(AGENCIES), xcat=xcat)
    rep['act'] = activity(place, voice, obj, t)
    where = where_for(place, voice, boat, k['cat'] in VEHICLE)
    if k['cat'] not in VEHICLE and ADJ.get(place) and chance(.12):
        rep['place2'] = pick(ADJ[place])
        where = where + ('或' if voice == 'officer' else pick(['或者', '或', '还是'])) + where_for(rep['place2'], voice, boat)
    rep['where'] = where
    rep['addr'] = where
    if voice == 'officer':
        rep['fill'] = wpick([('full', 65), ('some', 35)])
    elif voice == 'line':
        rep['fill'] = 'line'
    else:
        rep['fill'] = wpick([('full', 25), ('some', 35), ('body', 40)])
    render_lost(rep)
    if true:
        fp = found_place_for(obj, place)
        tf = clamp_found(t + found_delay(obj['cat'], fp))
        assert tf >= t
        fd = make_fd(obj, fp, tf)
        render_found(fd)
        rep['found'] = fd
        fd['truth_of'] = rep
    return rep


# ---------------------------------------------------------------- hard negatives
IDENT = ('imei', 'idcard', 'c_id', 'c_driver', 'bank', 'c_bank', 'plate', 'frame', 'fleet', 'sn', 'student',
         'permit', 'guide', 'k_tag', 'c_room', 'name', 'engrave', 'numtail', 'cash', 'c_cash', 'weight')


def twin_ok(name, parts, obj):
    if not parts:
        return False
    if name in SPECIAL:
        if name in ('weight', 'numtail'):
            return False
        if name in ('cash', 'c_cash') and 'exact' not in parts:
            return False
        return SEE_F.get(name, 0) > 0
    if name in ('j_beads', 'j_pair'):
        return False
    cur = obj['slots'][name]['v'][0]
    alts = [x for x in FEAT[name][0] if x[0] != cur and x[1]]
    return FEAT[name][3] >= .5 and bool(alts) and obj['slots'][name]['v'][1] != ''


def neg_time_after(rep):
    span = max((rep['wt'] - rep['wf']).total_seconds() / 60.0, 30)
    t = rep['wf'] + int(R.uniform(0, span + 2 * 24 * 60)) * MIN
    return clamp_found(max(t, rep['wf'] + 10 * MIN))


def near_place(rep):
    pk = rep['place']
    if chance(.6) or not ADJ.get(pk):
        return {'ferry': pick(['ferry', 'pier', 'island_pier']), 'shuttle': pick(['shuttle', 'shuttle_hub'])}.get(pk, pk)
    return pick(ADJ[pk])


def new_owner_like(obj):
    o = obj['owner']
    p = person('local' if o['local'] else 'tourist')
    return p


def make_twin(rep):
    obj = rep['obj']
    elig = [n for n, (key, parts) in sorted(rep['shown'].items()) if twin_ok(n, parts, obj)]
    if not elig:
        return None
    n = pick(elig)
    parts = rep['shown'][n][1]
    tw = clone_obj(obj)
    other = new_owner_like(obj)
    tw['owner'] = other
    tw['holder'] = other
    tw['f_kind'] = None
    tw['cat_f'] = obj['cat_f']
    for m in list(tw['slots']):
        if m != n and m in IDENT:
            del tw['slots'][m]
    if n in SPECIAL:
        tw['slots'][n] = dict(name=n, v=mutate_special(n, obj['slots'][n]['v'], obj))
    else:
        vals = [x for x in FEAT[n][0] if x[0] != obj['slots'][n]['v'][0] and x[1]]
        tw['slots'][n] = dict(name=n, v=pick(vals))
    if tw['kind'] == '现金':
        if tw['slots']['cash_cont']['v'][0] in ('一个塑料袋', '一块手帕') and n != 'cash_write':
            tw['slots'].pop('cash_write', None)
        fam = CASH_COLOUR[tw['slots']['cash_cont']['v'][0]]
        tw['family'] = fam
        tw['shade'] = pick(COLOURS[fam][0]) if fam else None
    fd = make_fd(tw, near_place(rep), neg_time_after(rep), force={n: parts})
    fd['force_brand'] = True
    return fd


def make_samecat(rep):
    obj = rep['obj']
    k = obj['k']
    kinds = [x for x in KINDS if x['cat'] == obj['cat_f'] and (not obj['family'] or obj['family'] in x['colours'])]
    if chance(.6) or not kinds:
        nk = k if obj['cat_f'] == obj['cat'] else pick_kind(obj['cat_f'])
    else:
        nk = pick(kinds)
    owner = new_owner_like(obj)
    nobj = make_obj(nk, owner, owner, family=obj['family'], avoid_brand=obj['brand'])
    others = [b for b in k['brands'] if b != obj['brand']]
    if nk is k and others and obj['brand'] and not nobj['brand']:
        nobj['brand'] = pick(others)
        mods = MODELS.get((nobj['brand'], k['kind']))
        nobj['model'] = pick(mods) if mods else None
    fd = make_fd(nobj, near_place(rep), neg_time_after(rep))
    fd['force_brand'] = True
    return fd


def make_before(rep):
    obj = rep['obj']
    owner = new_owner_like(obj)
    nobj = make_obj(obj['k'], owner, owner, family=obj['family'], brand=obj['brand'] if chance(.6) else None)
    x = R.random()
    if x < .3:
        d = R.randrange(20, 180)
    elif x < .7:
        d = R.randrange(180, 48 * 60)
    else:
        d = R.randrange(48 * 60, 7 * 24 * 60)
    t = rep['wf'] - d * MIN
    pk = {'ferry': pick(['ferry', 'pier']), 'shuttle': 'shuttle_hub'}.get(rep['place'], rep['place'])
    fd = make_fd(nobj, pk, t, latest=rep['wf'] - 10 * MIN)
    return fd


def make_brand_elsewhere(rep):
    obj = rep['obj']
    owner = new_owner_like(obj)
    nobj = make_obj(obj['k'], owner, owner, family=obj['family'] if chance(.5) else None, brand=obj['brand'])
    if chance(.5):
        pk = pick(FAR)
    else:
        pk = pick(sorted(p for p in TOWN if dist_km(p, rep['place']) >= 1.6 and p not in ('ferry', 'shuttle')))
    d = R.randrange(14 * 24 * 60, 42 * 24 * 60) * MIN
    t = rep['wt'] + d
    if t > NOW - 60 * MIN or chance(.5):
        t = rep['wf'] - d
    fd = make_fd(nobj, pk, t)
    fd['force_brand'] = True
    return fd


def make_desk():
    k = wpick([(x, x['w']) for x in KINDS])
    role = role_for(k)
    owner, holder = make_owner(role)
    extra = {'shop': pick(RENTALS)} if role == 'rental' else {}
    nobj = make_obj(k, owner, holder, extra=extra)
    pk = wpick(TOURIST_PLACES) if chance(.7) else wpick(LOCAL_PLACES)
    if k['cat'] in VEHICLE:
        pk = wpick(PARK_PLACES)
    t = clamp_found(loss_time(pk) + found_delay(k['cat'], pk))
    return make_fd(nobj, pk, t)


# ---------------------------------------------------------------- audit: could a negative pass for a report?
def conflict(sa, sb):
    for n in sorted(set(sa) & set(sb)):
        ka, pa = sa[n]
        kb, pb = sb[n]
        if ka == kb:
            continue
        if n in ('idcard', 'c_id', 'c_driver', 'student', 'permit', 'guide'):
            if set(pa) & set(pb):
                return True
            continue
        if n in ('cash', 'c_cash', 'count') and ('approx' in pa or 'approx' in pb):
            try:
                if abs(int(ka) - int(kb)) >= (150 if n != 'count' else 2):
                    return True
            except ValueError:
                pass
            continue
        if n == 'weight':
            continue
        return True
    return False


def evidence(fd, rep):
    """how many things written on both records agree (colour, brand, the same mark or number)"""
    n = 0
    if fd['said_family'] and fd['said_family'] == rep['said_family']:
        n += 1
    if fd['said_brand'] and fd['said_brand'] == rep['said_brand']:
        n += 1
    for k_ in sorted(set(fd['shown']) & set(rep['shown'])):
        if fd['shown'][k_][0] == rep['shown'][k_][0]:
            n += 1
    return n


def confusable(fd, rep):
    """True when nothing written on the two records tells a negative apart from a report"""
    if fd['obj']['cat_f'] != rep['obj']['cat_o']:
        return False
    if fd['rec']['found_at_min'] > rep['rec']['lost_from_min']:
        return False
    if fd['t'] > rep['wt'] + 20 * DAY:
        return False
    places = [rep['place']] + ([rep['place2']] if rep['place2'] else [])
    fp = {'ferry': 'pier', 'shuttle': 'shuttle_hub'}.get(fd['place'], fd['place'])
    if min(dist_km(fp, {'ferry': 'pier', 'shuttle': 'shuttle_hub'}.get(p, p)) for p in places) > 1.5:
        return False
    if fd['obj']['kind'] != rep['obj']['kind']:
        return False
    if fd['said_family'] and rep['said_family'] and fd['said_family'] != rep['said_family']:
        return False
    if fd['said_brand'] and rep['said_brand'] and fd['said_brand'] != rep['said_brand']:
        return False
    if conflict(fd['shown'], rep['shown']):
        return False
    return True


def main(out_path):
    reps = []
    for cat, nt, nf in PLAN:
        for i in range(nt):
            reps.append(build_report(cat, True, XCAT.get((cat, i))))
        for i in range(nf):
            reps.append(build_report(cat, False))
    trues = [r for r in reps if r['true']]
    nfs = [r for r in reps if not r['true']]
    negs = []
    used = {}

    def add(kind, maker, rep, tries=6, keep_last=False):
        fd = None
        for _ in range(tries):
            fd = maker(rep) if rep is not None else maker()
            if fd is None:
                return False
            render_found(fd)
            if not any(confusable(fd, r) for r in reps):
                fd['negative'] = kind
                negs.append(fd)
                return True
        if keep_last and fd is not None:
            fd['negative'] = kind
            fd['confusable'] = [r for r in reps if confusable(fd, r)]
            negs.append(fd)
            return True
        return False

    def has_twin_slot(r):
        return any(twin_ok(n, p, r['obj']) for n, (k_, p) in r['shown'].items())

    plan = [('same_kind_one_detail', make_twin, 35, 25, has_twin_slot),
            ('same_cat_colour', make_samecat, 25, 20, None),
            ('found_before_loss', make_before, 20, 20, None),
            ('same_brand_elsewhere', make_brand_elsewhere, 12, 18, lambda r: r['obj']['brand'] is not None)]
    for kind, maker, n_nf, n_t, need in plan:
        for pool, n in ((nfs, n_nf), (trues, n_t)):
            cands = [r for r in pool if used.get(id(r), 0) < 2 and (need is None or need(r))]
            R.shuffle(cands)
            got = 0
            for r in cands:
                if got == n:
                    break
                if add(kind, maker, r):
                    used[id(r)] = used.get(id(r), 0) + 1
                    got += 1
            assert got == n, (kind, got, n)
    while len(negs) < 200:
        add('desk_traffic', make_desk, None, tries=30, keep_last=True)
    assert len(negs) == 200, len(negs)

    founds = [r['found'] for r in trues] + negs
    R.shuffle(reps)
    R.shuffle(founds)
    for i, fd in enumerate(founds):
        fd['rec']['key'] = '%s-F%04d' % (PFX, i + 1)
        if 'negative' in fd:
            fd['rec']['negative'] = fd['negative']
    for i, r in enumerate(reps):
        r['rec']['key'] = '%s-L%04d' % (PFX, i + 1)
        if r['true']:
            r['rec']['truth'] = r['found']['rec']['key']
            assert r['found']['rec']['found_at_min'] <= r['rec']['lost_from_min']
    data = {'seed': SEED, 'made_by': 'tests/lostfound/make_set%d.py' % NN,
            'parts': {'set%d' % NN: {'found': [fd['rec'] for fd in founds], 'lost': [r['rec'] for r in reps]}}}
    with open(out_path, 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write('\n')
    # a summary for the writer (stderr keeps stdout clean)
    conf = sum(1 for fd in negs if fd.get('confusable'))
    amb = sum(1 for r in trues for r2 in reps if r2 is not r and confusable(r['found'], r2)
              and evidence(r['found'], r2) >= 2)
    if os.environ.get('SET_DEBUG') == 'amb':
        import collections
        bs = collections.Counter()
        for r in trues:
            for r2 in reps:
                if r2 is not r and confusable(r['found'], r2) and evidence(r['found'], r2) >= 2:
                    bs[(r2['rec']['key'], r2['true'], r2['obj']['kind'])] += 1
        sys.stderr.write('reports with a foreign compatible true item: %d (never found %d)\n' % (
            len(bs), sum(1 for b in bs if not b[1])))
        sys.stderr.write('%s\n' % collections.Counter(b[2] for b in bs).most_common())
        for b in sorted(bs)[:15]:
            r2 = [x for x in reps if x['rec']['key'] == b[0]][0]
            sys.stderr.write('%s %s\n' % (b, r2['rec']['body']))
    if os.environ.get('SET_DEBUG') == 'stats':
        import collections
        C = collections.Counter
        sys.stderr.write('lost voices %s\n' % C(r['voice'] for r in reps).most_common())
        sys.stderr.write('lost fill %s\n' % C(r['fill'] for r in reps).most_common())
        sys.stderr.write('finder roles %s\n' % C(fd['role'] for fd in founds).most_common())
        sys.stderr.write('found voice officer %d of %d\n' % (sum(1 for fd in founds if fd['voice'] == 'officer'), len(founds)))
        sys.stderr.write('true found place same/other %s\n' % C('same' if r['found']['place'] == r['place'] else
                                                              ('far' if PLACES[r['found']['place']]['zone'] == 'far' else 'other')
                                                              for r in trues).most_common())
        sys.stderr.write('unsure place %d\n' % sum(1 for r in reps if r['place2']))
        sys.stderr.write('twin slots %s\n' % C(list(fd['force'])[0] for fd in negs if fd['negative'] == 'same_kind_one_detail').most_common())
        sys.stderr.write('brand elsewhere far %d\n' % sum(1 for fd in negs if fd['negative'] == 'same_brand_elsewhere'
                                                          and PLACES[fd['place']]['zone'] == 'far'))
        sys.stderr.write('kinds %s\n' % C(r['obj']['kind'] for r in reps).most_common())
        sys.stderr.write('owner roles %s\n' % C(r['obj']['owner']['role'] for r in reps).most_common())
        sys.stderr.write('days: golden week %d, around Mid-Autumn 9/24-30 %d\n' % (
            sum(1 for r in reps if r['t'].month == 10 and r['t'].day <= 7),
            sum(1 for r in reps if r['t'].month == 9 and 24 <= r['t'].day <= 30)))
    if os.environ.get('SET_DEBUG') == '1':
        for fd in negs:
            for r in fd.get('confusable') or []:
                sys.stderr.write('CONFUSABLE %s %s\n  %s\n  %s\n' % (fd['negative'], r['rec']['key'], fd['rec']['body'], r['rec']['body']))
    kinds = {}
    for fd in negs:
        kinds[fd['negative']] = kinds.get(fd['negative'], 0) + 1
    sys.stderr.write('set%d: %d lost (%d true, %d never found), %d found (%d negatives: %s); '
                     'negatives left confusable with some report: %d; true items that another report could also claim: %d\n' % (
                         NN, len(reps), len(trues), len(nfs), len(founds), len(negs),
                         ', '.join('%s %d' % kv for kv in sorted(kinds.items())), conf, amb))


if __name__ == '__main__':
    out = os.path.join(HERE, 'set%d.json' % NN)
    if '--out' in sys.argv:
        out = sys.argv[sys.argv.index('--out') + 1]
    main(out)
